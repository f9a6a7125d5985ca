"""People in the text: personal names with the titles and appositives that give their roles."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import (
    CATEGORY_WORDS,
    HONORIFIC_GENDER,
    HONORIFICS,
    INSTITUTION_NOUNS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
)
from .nouns import singular, title_words
from .patterns import APPOSITIVE, CLAUSE_BREAK, MENTION_WORD, NAME, PERSON_TITLE_BEFORE, POSSESSIVE, ROLE_HEADS
from .registry import Registry, registry_index
from .speaker_patterns import PARTY_AFTER_NAME, PARTY_APPOSITIVE
from .speaker import Speaker


@dataclass
class Person:
    """A named person found in the article text, with where and how they were introduced."""

    name: str
    start: int
    role: str = ""
    gender: str = ""
    speaker: Speaker | None = None


def find_people(text: str, registry: Registry | None = None) -> list[Person]:
    """Named people in ``text``: runs of two to five capitalised words that look like a personal name.

    Titles before the name ("foreign minister Wang Yi") and appositives after
    it ("Shi Yinhong, a foreign policy expert at ...") become the role.
    Organisations and places (White House, Renmin University, South China
    Sea) are left out by their head words.
    """
    registry = registry or registry_index()
    people: list[Person] = []
    for match in NAME.finditer(text):
        words = match.group().split()
        # Drop leading title or sentence words ("President Joe Biden", "When Evan Medeiros").
        drop = 0
        while drop < len(words) - 1 and (words[drop] in NON_NAME_WORDS
                                         or words[drop].rstrip(".").lower() in HONORIFICS):
            drop += 1
        words = words[drop:]
        titled = after_title(words)  # "Majority Whip Kevin McCarthy": the name starts after the last title
        if titled is not words:
            drop, words = drop + len(words) - len(titled), titled
        if len(words) < 2 or any(w in ORG_WORDS for w in words) or words[-1] in NON_NAME_WORDS:
            continue
        if any(w.rstrip(".") in NON_NAME_WORDS and w not in ("Al",) for w in words[1:]):
            continue
        start = match.start() + match.group().index(words[0]) if drop else match.start()
        if start > 4 and text[start - 4 : start].lower().endswith("the "):
            continue  # "the Treaty Room", "the Biden administration"
        name = " ".join(words)
        known = registry.lookup(name)
        role = title_before(text, match.start()) or appositive_after(text, match.end())
        party = PARTY_AFTER_NAME.match(text, match.end()) or PARTY_APPOSITIVE.match(text, match.end())
        role = f"{role} ({party.group(1)})".strip() if party else role  # "(R-Ohio)", ", a Republican,"
        people.append(Person(known.name if known and known.kind == "named" else name, start, role,
                             known.gender if known else ""))
    return people


def after_title(words: list[str]) -> list[str]:
    """The words after the last title ("Sheriff", "Whip") that leaves at least two, else ``words`` itself."""
    titles = title_words()
    for k in range(len(words) - 3, -1, -1):
        if words[k] in titles:
            return words[k + 1:]
    return words


def title_before(text: str, start: int) -> str:
    """The title just before offset ``start`` ("foreign minister" before "Wang Yi"), or ""."""
    window = text[max(0, start - 80) : start]
    found = PERSON_TITLE_BEFORE.search(window)
    return found.group(1).strip() if found else ""


def appositive_after(text: str, end: int) -> str:
    """The appositive role after offset ``end`` (", a foreign policy expert at Renmin University"), or ""."""
    found = APPOSITIVE.match(text, end)
    if not found:
        return ""
    role = found.group(1).strip()
    if role.split()[0].lower() in {"who", "which"} or not looks_like_role(role):
        return ""
    return role


def looks_like_role(text: str) -> bool:
    return bool(ROLE_HEADS.search(text))


def subject_position(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens a clause, give or take a title ("..., presidential nominee Hillary
    Clinton was ...")."""
    return bool(CLAUSE_BREAK.search(text, max(0, start - 60), start))


def honorific_gender(mention: str) -> str:
    first = mention.split()[0].rstrip(".").casefold() if mention.split() else ""
    return HONORIFIC_GENDER.get(first, "")


def mention_words(text: str) -> list[str]:
    return MENTION_WORD.findall(text)


def trailing_name(words: list[str]) -> list[str]:
    """The capitalised words at the end of a mention ("foreign minister Wang Yi" -> Wang Yi)."""
    out: list[str] = []
    titles = title_words()
    for w in reversed(words):
        bare = POSSESSIVE.sub("", w)
        if out and (bare != w or bare in titles):
            break  # an owner ("Twitter's Adam Sharp") or a title ("Sheriff Joe Arpaio") is not part of the name
        if bare[:1].isupper() and bare not in NON_NAME_WORDS and bare.rstrip(".").casefold() not in HONORIFICS:
            out.append(bare)
        elif bare in NAME_PARTICLES and out:
            out.append(bare)
        else:
            break
    out.reverse()
    # A title in capitals ("Secretary of State Antony Blinken") stays out; "Jr." stays in.
    return out


def canonical(words: list[str]) -> str:
    """An anonymous source or institution as a category: no determiners, common words lower-cased."""
    kept = [w for w in words if w.casefold() not in {"same"}]
    out = []
    for w in kept:
        low = w.casefold()
        if low in PERSON_NOUNS or singular(low) in PERSON_NOUNS or low in INSTITUTION_NOUNS or low in CATEGORY_WORDS \
                and w not in ORG_WORDS:
            out.append(low)
        else:
            out.append(w)
    return " ".join(out)
