"""Nouns that can speak: people described by a common noun, and institutions."""

from __future__ import annotations

from .lexicon import INSTITUTION_NOUNS, NOT_AGENT_NOUNS, PERSON_NOUNS, UNCOUNTED_NOUNS
from .tokens import Tok


def singular(word: str) -> str:
    """The singular of a lower-cased English noun, by rule ("officials" -> "official", "spokesmen" -> "spokesman")."""
    w = word.casefold()
    if w in UNCOUNTED_NOUNS:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def person_noun(word: str) -> bool:
    """A common noun for a person: listed in :data:`PERSON_NOUNS`, or an agent noun ("questioner", "narrator",
    "lobbyist", "politician") — only ever asked about a word in subject position before a speech verb."""
    w = singular(word)
    if w in PERSON_NOUNS:
        return True
    return len(w) > 5 and w.isalpha() and w.endswith(("er", "or", "ist", "ian")) and w not in NOT_AGENT_NOUNS


def nounish(t: Tok) -> bool:
    """A word that may head a speaker's noun phrase: capitalised, a person noun or an institution noun."""
    return t.kind == "W" and (t.text[:1].isupper() or singular(t.low) in PERSON_NOUNS or t.low in INSTITUTION_NOUNS)
