"""Nouns that can speak: people described by a common noun, and institutions."""

from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import read_places, read_titles
from .lexicon import INSTITUTION_NOUNS, NOT_AGENT_NOUNS, PERSON_NOUNS, UNCOUNTED_NOUNS
from .speaker_patterns import (
    DATE_WORDS,
    FRAGMENT_START,
    NAME_AFTER_TITLE,
    NAME_BEFORE_COMMA,
    NAME_IN_APPOSITION,
    ONE_OF,
    OWNER_BEFORE_NAME,
    PARTY_MARKER,
    PLACE_AFTER,
)
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


# --------------------------------------------------------------------------- the words that name a speaker

@lru_cache(maxsize=1)
def _places() -> tuple[frozenset, frozenset]:
    table = read_places()
    names = frozenset(n.casefold() for n in table["name"])
    abbreviations = frozenset(a.casefold() for abbr in table["abbreviations"] for a in abbr)
    return names, abbreviations


@lru_cache(maxsize=1)
def title_words() -> frozenset:
    """The titles that come before a personal name (``helpers/data/titles.txt``)."""
    return frozenset(read_titles())


def is_place(text: str) -> bool:
    """Whether ``text`` names only places: "Ohio", "the United States", "Oklahoma and Nebraska", "Peoria, Ill."."""
    names, abbreviations = _places()
    parts = [p.strip() for p in re.split(r",|\band\b|&", re.sub(r"^the\s+", "", text.strip(), flags=re.I)) if p.strip()]
    return bool(parts) and all(p.casefold() in names or p.casefold() in abbreviations for p in parts)


def is_date_or_number(text: str) -> bool:
    """Whether ``text`` is only date or number words ("June", "Twenty-three", "Thursday")."""
    words = [w for w in re.split(r"[\s-]+", text.casefold()) if w]
    return bool(words) and all(w in DATE_WORDS or w.isdigit() for w in words)


def speaker_mention(text: str, mention: str, offset: int) -> tuple[str, int]:
    """The words of a mention that name a speaker, and where they start: "" when it names only a place, a date
    or a sentence fragment.

    >>> speaker_mention("Senator Jane Roe of Ohio said it.", "Senator Jane Roe of Ohio", 0)
    ('Senator Jane Roe', 0)
    >>> speaker_mention("Sen. Jane Roe, R-Ohio, said it.", "R-Ohio", 15)
    ('Sen. Jane Roe', 0)
    """
    if PARTY_MARKER.fullmatch(mention):  # the marker stands for the name it follows
        found = NAME_BEFORE_COMMA.search(text[max(0, offset - 80):offset])
        if not found:
            return "", offset
        return found.group(1), max(0, offset - 80) + found.start(1)
    mention = PARTY_MARKER.sub("", mention).strip(" ,")
    end = offset + len(mention)
    if mention in title_words() or f"{mention}." in title_words():
        found = NAME_AFTER_TITLE.match(text, end)
        return (text[offset:found.end(1)], offset) if found else ("", offset)
    if re.match(r"(?i)the\s+[a-z]+$", mention):
        found = NAME_IN_APPOSITION.match(text, end)
        if found:
            return found.group(1), found.start(1)
    owner = OWNER_BEFORE_NAME.match(mention)
    if owner:
        mention, offset = mention[owner.end():], offset + owner.end()
    place = PLACE_AFTER.search(mention)
    if place and is_place(place.group(2)) and (place.group(1) != "of" or mention[: place.start()].split()[-1][:1].isupper()):
        mention = mention[: place.start()]  # "Senator Jane Roe of Ohio", "officials in Ohio"; not "mayor of Ohio"
    one_of = ONE_OF.match(mention)
    if one_of:
        mention, offset = mention[one_of.end():], offset + one_of.end()
    if FRAGMENT_START.match(mention) or is_place(mention) or is_date_or_number(mention):
        return "", offset
    return mention, offset
