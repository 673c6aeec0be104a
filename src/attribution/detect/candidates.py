"""A candidate attribution as a detection rule proposes it: spans, the rule's name, its confidence."""

from __future__ import annotations

from dataclasses import dataclass

from .cues import CueMatch
from .quotes import Quote

#: Every named rule and how sure it is; a record carries both (``rule``, ``confidence``).
RULE_CONFIDENCE = {
    "quote-post-cue": 0.95,  # “…,” kata X / “…,” tambahnya
    "quote-post-verb": 0.75,  # “…,” <a verb the lexicon lacks> X
    "quote-post-demikian": 0.85,  # “…,” demikian pernyataan X / “…,” begitu cuitan X
    "quote-pre-cue": 0.9,  # X mengatakan, “…” / Menurut X, “…”
    "quote-colon-paragraph": 0.85,  # X mengatakan: ¶ “…” (the frame closes the paragraph before)
    "quote-pre-verb": 0.7,  # X menyambung, "…" / X berkicau di Twitter, “…” (a verb the lexicon lacks)
    "quote-interrupted": 0.85,  # “A,” kata X. “B.” — B shares A's cue and source
    "quote-continuation": 0.6,  # a quotation paragraph with no cue, continuing the previous speaker
    "quote-standalone": 0.5,  # a cue-less quotation sentence with no statement near: the narration's person
    "quote-nested": 0.8,  # inside a quotation: X bilang, ' … ' (another speech act in single marks)
    "reported-verb": 0.75,  # X mengatakan (bahwa) …, X mengaku siap …, X mendesak Y untuk …
    "reported-verb-predicate": 0.7,  # X menyebut permainan timnas sangat kasar (the object has its own predicate)
    "reported-verb-adjunct": 0.7,  # X mengungkapkan di hari normal, kebutuhan … (an adjunct, then the clause)
    "reported-directive-object": 0.7,  # X meminta semua pihak mengikuti aturan (the addressee, then the verb)
    "reported-menurut": 0.85,  # Menurut X, … / …, menurut X(, …)
    "reported-relay": 0.8,  # Diberitakan Reuters, … / …, seperti dilaporkan X / Namun kata X, …
    "reported-passive-clitic": 0.7,  # Pemain disebutnya sudah bisa … / Musk juga disebut Trump berada …
    "reported-post-cue": 0.8,  # …, kata X. (no marks); a cue interrupting the clause (…, lanjutnya, …)
    "reported-next-sentence": 0.7,  # … . Hal itu diungkapkan X
    "reported-passive-front": 0.75,  # Disampaikan X, … / Diungkapkan X bahwa … / …, diakui X <clause>
    "reported-document-passive": 0.7,  # Dalam Pasal 5 ayat (2) disebutkan, … / Di sana disebutkan bahwa …
    "reported-inner-cue": 0.7,  # Umumnya kata dia, … / Hal itu katanya sudah … (no comma before the cue)
    "reported-noun-front": 0.7,  # Dari keterangannya, … / Seperti ucapan Hoeness, … / Harapannya, …
    "reported-demikian": 0.75,  # …, demikian laporan Xinhua / “…,” demikian pernyataan X
    "reported-front-clitic": 0.7,  # Disampaikannya, … / Lanjutnya, … / Dikatakan, …
    "headline": 0.6,  # Nama: isi
}
#: A record whose cue is a misspelling read as the cue ("Sumanto mengetakan, …"; cues.FuzzyCues) is a little
#: less sure than its rule: the word may still be a real word that no list knows.
FUZZY_CUE_FACTOR = 0.9


@dataclass(kw_only=True)
class Candidate:
    """Content span ``[start, end)``, its type, the rule that proposed it, the cue and the source (char span)."""

    type: str
    start: int
    end: int
    rule: str
    sentence: int
    cue: CueMatch | None = None
    source: tuple[int, int] | None = None
    quote: Quote | None = None  # the quotation a direct record is made of

    @property
    def confidence(self) -> float:
        conf = RULE_CONFIDENCE.get(self.rule, 1.0)  # records given from gold ("given") are sure
        return round(conf * FUZZY_CUE_FACTOR, 3) if self.cue is not None and self.cue.fuzzy else conf
