"""The side of a speaker, from the words a text uses for them (role, title, appositive), never from what they say."""

from __future__ import annotations

from ..people import Study
from .patterns import CAPITAL_WORDS, CURRENT_GOVERNMENT, EXPERT_WORDS, FORMER, GOVERNMENT_WORDS
from .registry import Registry, registry_index
from .speaker_patterns import MEDIA_NAME, OWNER_OF_SPEAKER, SPEAKS_FOR

GOVERNMENT_SIDES = ("US government", "Chinese government")


def infer_side(description: str, kind: str = "", context_side: str = "", registry: Registry | None = None) -> str:
    """Side from the words a text uses for a speaker (role, title, appositive), never from what they say.

    Expert words (expert, professor, analyst, university, former ...) make an
    ``expert``; government words (official, ministry, White House, secretary
    ...) make ``US government`` or ``Chinese government`` according to the
    country words in the description, or ``context_side`` (the government side
    the article has been quoting) when the description names no country.

    >>> infer_side("a foreign policy expert at Renmin University in Beijing")
    'expert'
    >>> infer_side("senior US official")
    'US government'

    The country words include the names the ``registry`` (default: the
    packaged one) gives each government side, so "a Biden aide" is US.
    """
    text = description or ""
    registry = registry or registry_index()
    if registry.study.rules:
        principal = registry.principal(text) if SPEAKS_FOR.search(text) else None
        return principal.side if principal is not None else study_side(text, kind, registry.study)
    country = registry.country_words
    us_words, cn_words = country["US government"], country["Chinese government"]
    if MEDIA_NAME.search(text):
        return "other"  # a newspaper's newsroom or editorial board speaks for itself
    expert = EXPERT_WORDS.search(text)
    government = GOVERNMENT_WORDS.search(text)
    if expert and not (government and CURRENT_GOVERNMENT.search(text) and not FORMER.search(text)):
        return "expert"
    if government or kind == "institution" and CAPITAL_WORDS.search(text):
        us = len(us_words.findall(text))
        cn = len(cn_words.findall(text))
        if us > cn:
            return "US government"
        if cn > us:
            return "Chinese government"
        if us and cn:  # "the US and Chinese officials": the head decides
            head = text.split()[-1] if text.split() else ""
            return "US government" if us_words.search(head) else "Chinese government"
        if context_side in GOVERNMENT_SIDES and not _named_owner(text, (us_words, cn_words)):
            return context_side
        return "other"
    return "other"


def _named_owner(text: str, government_words) -> bool:
    """Whether a spokesperson or aide belongs to someone named who is no government ("a Microsoft spokesperson"):
    then the government the article has been quoting is not whom they speak for."""
    found = OWNER_OF_SPEAKER.search(text)
    owner = found and (found.group(1) or found.group(2))
    return bool(owner) and owner not in ("A", "An", "The") and not any(w.search(owner) for w in government_words) \
        and not GOVERNMENT_WORDS.search(owner)


def study_side(description: str, kind: str, study: Study) -> str:
    """The side a study file gives the words a text uses for a speaker: its role patterns read facts
    (party, country, affiliation, office) and its rules map them to a side; "former ..." is out of office."""
    facts = study.facts_of_words(description)
    if not facts:
        return study.other_side
    facts.setdefault("kind", "institution" if kind == "institution" else "person")
    return study.side_of_facts(facts, held=not FORMER.search(description))
