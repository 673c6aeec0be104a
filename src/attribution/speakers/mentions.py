"""A source mention as the speaker rules read it: without what capital letters glued to it (shared by the
resolver and its rule mixins)."""

from __future__ import annotations

import regex

from ..detect.sources import DETERMINERS, LEADING_ADJUNCT_WORDS, TIME_WORDS, TRAILING_ADVERBS
from ..lexicon import words
from .names import MENTION_OPENERS, PRONOUNS_PL, PRONOUNS_SG

RELAY_OPENERS = words("front_relays")
NAMED_PARTY_WORDS = words("named_party_words")
_PUN_RE = regex.compile(r"(?i)^(\p{L}{2,}?)(pun)$")


def clean_mention(mention: str) -> str:
    """A source mention without what capital letters glued to it: trailing adverbs and the particle "pun"
    ("ia juga", "Akbar pun", "Diapun", "itupun"), and leading connectives, prepositions and relay verbs
    ("Bahkan Akbar", "Kepada Kicker …", "Melansir Independent, penelitian")."""
    head, comma, tail = mention.partition(", ")
    if comma and tail[:1].islower() and any(w[:1].isupper() for w in head.split()[1:] or head.split()) and (
            head.split()[0].lower() not in MENTION_OPENERS | RELAY_OPENERS | LEADING_ADJUNCT_WORDS | TIME_WORDS):
        mention = head  # "Jenderal Abdulelah al - Saleh, sekretaris jenderal aliansi": the role in apposition
    words = mention.split()
    if len(words) > 1 and words[-1].lower() == "pun":
        words.pop()
    if words and (m := _PUN_RE.match(words[-1])) and (m.group(1).lower() in PRONOUNS_SG | PRONOUNS_PL | DETERMINERS):
        words[-1] = m.group(1)  # "Diapun", "itupun"
    while len(words) > 1 and words[-1].lower() in TRAILING_ADVERBS and words[-1].lower() not in DETERMINERS:
        words.pop()  # "ia juga mengatakan": the pronoun speaks
    if len(words) > 2 and words[1] == "-" and words[0].islower() and words[0].isalpha() and len(words[0]) <= 4:
        words = words[2:]  # "com - Bintang Barcelona Neymar": the tail of a scraped dateline
    if words and words[0].lower() in MENTION_OPENERS | RELAY_OPENERS and any(w.endswith(",") for w in words[:-1]):
        k = max(i for i, w in enumerate(words[:-1]) if w.endswith(","))
        words = words[k + 1:]  # "Terkait SKD, dia", "Kepada Kicker, eks penyerang Muenchen": an adjunct before it
    if len(words) > 1 and words[0].lower() in MENTION_OPENERS:
        words = words[1:]  # "Bahkan Akbar", "Kepada Kicker", "Bahkan pemain asal Brasil"
    if words and words[0].lower() in RELAY_OPENERS and any(w.endswith(",") for w in words[:-1]):
        k = next(i for i, w in enumerate(words) if w.endswith(","))
        words = words[k + 1:]  # "Melansir Independent, penelitian": the relay is no part of the speaker
    if len(words) > 1 and words[0].lower() in NAMED_PARTY_WORDS and words[1][:1].isupper():
        words = words[1:]  # "Pihak Microsoft sendiri menyebutkan": the party is the organisation named
    return " ".join(words) if words else mention
