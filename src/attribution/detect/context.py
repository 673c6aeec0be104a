"""What every detection rule reads: the parsed document, its quotations and the lexicon, loaded once."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..text.capitals import proper_words
from ..text.segment import Parsed
from .quotes import Quote, QuoteIndex, find_quotes, find_titles


class Context:
    def __init__(self, p: Parsed, lex: Lexicon):
        self.p = p
        self.lex = lex
        self.text = p.text
        self.quotes = QuoteIndex(find_quotes(p.text, p.paragraphs))
        self.direct_opens: set[int] = set()  # opening marks of quotations already attributed
        self.proper = proper_words(p.text)
        self.titles = find_titles(p.text)  # ' Ketika Tangan dan Kaki Berkata ': no cue, no speaker inside
        self.sentence_starts: dict[int, int] = {}  # clauses.sentence_start, once per sentence (rules ask it often)

    def in_title(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.titles)

    def in_quote(self, offset: int) -> Quote | None:
        return self.quotes.at(offset)

    def token_at(self, offset: int) -> int:
        return self.p.token_at(offset)

    def next_word(self, i: int, hi: int) -> int:
        while i < hi and not self.p.tokens[i].is_word:
            i += 1
        return i

    def is_term(self, q: Quote) -> bool:
        """Marks around a term or a title, not a quotation: one word ("telisik", ' surga '), or a short
        Title Case name ("The Beach", "Bang Bang"); two lower-case words ("tidak berdasar") are quoted speech."""
        ws = self.text[q.start : q.end].split()
        return len(ws) <= 1 or (len(ws) <= 4 and all(w[:1].isupper() for w in ws))

    def ends_with_comma(self, q: Quote) -> bool:
        inside = self.text[q.start : q.end].rstrip()
        after = self.text[q.outer_end : q.outer_end + 1]
        return inside.endswith(",") or after == ","

    def first_person_in_quote(self, source: tuple[int, int] | None) -> Quote | None:
        """The quotation holding a first-person source (``saya bilang, …``): the report belongs to the
        quotation's speaker."""
        if source is None or self.text[source[0] : source[1]].lower() not in self.lex.pronouns["first"]:
            return None
        return self.quotes.at(source[0])

    def third_person_in_quote(self, source: tuple[int, int] | None) -> Quote | None:
        """The quotation holding a third-person source (``… dia bilang ' …'``, ``dia [Syahrini] mengabari …``):
        the one quoted speaks of someone else."""
        if source is None or self.text[source[0] : source[1]].lower() not in self.lex.pronouns.get("third", ()):
            return None
        return self.quotes.at(source[0])
