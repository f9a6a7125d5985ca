"""Who is speaking, within one article: mentions at attributions resolved to speakers in reading order.

:class:`ArticleSpeakers` turns the words at an attribution ("the official",
"she", "Mr Wang", "Shi Yinhong, a foreign policy expert at Renmin University
in Beijing") into a :class:`~helpers.quotes.speaker.Speaker`: the canonical
name, named / anonymous / institution, the side and the role.  It works for
people who are not in the registry: names, titles and appositives in the
text give the role, and role words give the side
(:func:`helpers.quotes.sides.infer_side`).

>>> from helpers.quotes.registry import registry_index
>>> people = ArticleSpeakers("Foreign minister Wang Yi met Blinken.", registry_index())
>>> people.resolve("Mr Wang", 40).name
'Wang Yi'
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import (
    COMMON_CAPS,
    DETERMINERS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLURAL_INSTITUTION,
    PRONOUNS,
    SAME_SOURCE_MODIFIERS,
)
from .nouns import person_noun, singular, speaker_mention
from .patterns import DEFINITE, GOVERNMENT_WORDS, HEAD_PREPOSITION, HONORIFIC_NAME, POSSESSIVE, STRIP_WORDS
from .people import (
    Person,
    canonical,
    find_people,
    honorific_gender,
    mention_words,
    subject_position,
    trailing_name,
)
from .recall import NamedPeople, SpeakerHistory
from .registry import Registry, registry_index
from .sides import infer_side
from .speaker import Speaker


class ArticleSpeakers:
    """Speakers of one article, resolved in reading order.

    Call :meth:`resolve` with each attribution's mention and its offset, in
    text order, and :meth:`note` with the speaker chosen, so that "the
    official", "she" and "Mr Wang" find who was introduced before.
    """

    def __init__(self, text: str, registry: Registry | None = None):
        self.text = text
        self.registry = registry or registry_index()
        self.people = find_people(text, self.registry)
        self.named = NamedPeople(self.people)
        self.history = SpeakerHistory()  # (offset, speaker) of every attribution so far
        self._honorifics: dict[str, str] | None = None  # surname -> gender, from "Mr. X", "Ms. Y" in the text

    # ---------------------------------------------------------------- public
    def note(self, speaker: Speaker, offset: int) -> None:
        """Record that ``speaker`` spoke at ``offset`` (antecedent for later pronouns and definites)."""
        self.history.note(offset, speaker)

    def context_side(self, offset: int) -> str:
        """The side of the most recent government speaker before ``offset``."""
        return self.history.government_side(offset)

    def resolve(self, mention: str, offset: int, role: str = "", sentence: str = "") -> Speaker | None:
        """The speaker behind ``mention`` (as written at an attribution, starting at ``offset``).

        ``role`` is an appositive or title found beside the mention;
        ``sentence`` the sentence it sits in (used only for the side of a bare
        "officials" when nothing else tells).  Returns None for a mention that
        names nobody (an unresolvable pronoun).
        """
        mention = re.sub(r"\s+", " ", mention).strip(" ,.;:—–-")
        mention, offset = speaker_mention(self.text, mention, offset)  # never a place, a date or a fragment
        if not mention:
            return None
        low = mention.casefold()
        if low in PRONOUNS:
            return self._pronoun(low, offset)
        known = self.registry.lookup(mention) or self.registry.lookup(STRIP_WORDS.sub("", mention))
        if known is not None:
            return self._registered(known, offset, mention)
        words = mention_words(mention)
        if not words:
            return None
        person = self._named(mention, words, offset, role)
        if person is not None:
            return person
        return self._description(mention, words, offset, role, sentence)

    # ---------------------------------------------------------------- kinds of mention
    def _registered(self, known: Speaker, offset: int, mention: str) -> Speaker:
        gender = known.gender or honorific_gender(mention)
        return replace(known, gender=gender) if gender != known.gender else known

    def _recent_subject(self, gender: str, after: int, offset: int) -> Person | None:
        """The last person named as a clause subject between ``after`` and ``offset`` whose gender is known to be
        ``gender`` ("Hillary Clinton was more circumspect ... Though she called ...")."""
        for person in self.named.backwards_from(offset):
            if person.start <= after:
                return None
            if self._gender_of(person) == gender and subject_position(self.text, person.start):
                return person
        return None

    def _gender_of(self, person: Person) -> str:
        if person.gender:
            return person.gender
        if self._honorifics is None:
            self._honorifics = {}
            for m in HONORIFIC_NAME.finditer(self.text):
                self._honorifics.setdefault(m.group(2).split()[-1], honorific_gender(m.group(1)))
        return self._honorifics.get(person.name.split()[-1], "")

    def _pronoun(self, low: str, offset: int) -> Speaker | None:
        gender, plural = PRONOUNS[low]
        if gender:
            last_pos = self.history.last_offset(offset)
            person = self._recent_subject(gender, last_pos, offset) if last_pos >= 0 else None
            if person is not None:
                found = self._person_speaker(person)
                return found if found.gender else replace(found, gender=gender)

        def fits(institution: bool, spk_plural: bool, spk_gender: str) -> bool:
            """Whether a speaker of these traits can be what the pronoun stands for."""
            if low in ("it", "its"):
                return institution
            if plural != spk_plural and not (plural and institution):
                return False
            return not (gender and (spk_gender and spk_gender != gender or institution))

        spk = self.history.last_with_traits(offset, fits)
        if spk is not None:
            return replace(spk, gender=gender) if gender and not spk.gender else spk
        # No speaker yet: the nearest person named before, in the text.
        if gender:
            for person in self.named.backwards_from(offset):
                if not person.gender or person.gender == gender:
                    return self._person_speaker(person)
        return None

    def _named(self, mention: str, words: list[str], offset: int, role: str) -> Speaker | None:
        caps = [w for w in words if w[:1].isupper()]
        if not caps:
            return None
        first = words[0].rstrip(".").casefold()
        # "Mr Wang", "Ms Sherman", "Dr. Smith": a surname, looked up among the people named before.
        if first in HONORIFICS and len(words) >= 2:
            found = self._by_surname(words[-1], offset) or self._by_surname(words[1], offset)
            gender = honorific_gender(mention)
            if found is not None:
                return replace(found, gender=found.gender or gender)
            name = " ".join(words[1:])
            return Speaker(name, "named", infer_side(role, "named", registry=self.registry), role, gender=gender)
        name_words = trailing_name(words)
        is_name = len(name_words) >= 2 and not any(
            w in ORG_WORDS or w.casefold() in INSTITUTION_NOUNS or singular(w) in PERSON_NOUNS for w in name_words
        )
        if is_name:  # "MSNBC host Chris Matthews": a title, then a name
            return self._new_named(" ".join(name_words), words, name_words, offset, role)
        if any(w.casefold() in INSTITUTION_NOUNS or w in ORG_WORDS for w in words):
            return None
        if any(singular(w) in PERSON_NOUNS for w in words if w.islower()):
            return None  # "Chinese officials", "a senior US official": a description
        if all(singular(w) in PERSON_NOUNS or w.casefold() in DETERMINERS or w.casefold() in COMMON_CAPS
               for w in words):
            return None  # "Officials", "Confidants" at the start of a sentence
        # A name with or without a title in front: "foreign minister Wang Yi", "Shi Yinhong".
        name_words = trailing_name(words)
        if not name_words:
            return None
        name = " ".join(name_words)
        known = self.registry.lookup(name)
        if known is not None and known.kind == "named":
            return known
        if len(name_words) == 1:
            found = self._by_surname(name_words[0], offset)
            if found is not None:
                return found
            if name_words[0].casefold() in INSTITUTION_NOUNS:
                return None
        return self._new_named(name, words, name_words, offset, role)

    def _new_named(self, name: str, words: list[str], name_words: list[str], offset: int, role: str) -> Speaker:
        known = self.registry.lookup(name)
        if known is not None and known.kind == "named":
            return known
        title = " ".join(words[: len(words) - len(name_words)])
        introduced = self._introduction(name, offset)
        full_role = role or title or (introduced.role if introduced else "")
        gender = introduced.gender if introduced else ""
        return Speaker(name, "named", infer_side(full_role, "named", registry=self.registry), full_role, gender=gender)

    def _description(self, mention: str, words: list[str], offset: int, role: str, sentence: str) -> Speaker | None:
        clean = STRIP_WORDS.sub("", mention).strip()
        # "officials from both countries", "a spokesman for the campaign": the head comes before the preposition
        head_part = HEAD_PREPOSITION.split(clean, maxsplit=1)[0] or clean
        clean_words = mention_words(clean) or words
        head_words = mention_words(head_part) or clean_words
        lowered = [w.casefold().rstrip(".") for w in head_words]
        head = singular(lowered[-1].replace("’s", "").replace("'s", ""))
        plural = (lowered[-1] != head and lowered[-1] not in ("media",)
                  or lowered[-1] in ("people", "staff", "spokespeople"))
        institution = (
            any(w in INSTITUTION_NOUNS for w in lowered) and head not in PERSON_NOUNS
        ) or any(w in ORG_WORDS for w in clean_words)
        if institution:
            name = canonical(clean_words)
            side = infer_side(f"{mention} {role}", "institution", self.context_side(offset), registry=self.registry)
            if side == "other" and head in ("administration", "government"):
                side = self.context_side(offset) or "other"
            return Speaker(name, "institution", side, role, plural=head in PLURAL_INSTITUTION)
        if not person_noun(head):
            return None
        modifiers = frozenset(singular(w) for w in lowered[:-1] if w not in DETERMINERS)
        definite = bool(DEFINITE.match(mention))
        if definite:
            antecedent = self._anonymous_antecedent(head, modifiers, plural, offset)
            if antecedent is not None:
                return antecedent
        name = canonical(clean_words)
        description = f"{mention} {role}"
        context = self.context_side(offset)
        side = infer_side(description, "anonymous", context, registry=self.registry)
        if side == "other" and sentence and GOVERNMENT_WORDS.search(mention):
            side = infer_side(f"{mention} {sentence}", "anonymous", context, registry=self.registry)
        return Speaker(name, "anonymous", side, role, plural=plural, head=head, modifiers=modifiers)

    # ---------------------------------------------------------------- lookups
    def _anonymous_antecedent(self, head: str, modifiers: frozenset, plural: bool, offset: int) -> Speaker | None:
        def fits(spk: Speaker) -> bool:
            return modifiers <= spk.modifiers | SAME_SOURCE_MODIFIERS and bool(
                not modifiers or modifiers & spk.modifiers or modifiers <= {"senior", "top", "same"})

        return self.history.anonymous(head, plural, offset, fits)

    def _by_surname(self, word: str, offset: int) -> Speaker | None:
        word = POSSESSIVE.sub("", word)
        spk = self.history.named_by_word(word, offset)
        if spk is not None:
            return spk
        person = self.named.last_by_word(word, offset)
        # a bare surname is not enough to pick someone from the registry
        return self._person_speaker(person) if person is not None else None

    def _introduction(self, name: str, offset: int) -> Person | None:
        person = self.named.first_named(name)  # later mentions of the name start later still
        return person if person is not None and person.start <= offset + len(name) else None

    def _person_speaker(self, person: Person) -> Speaker:
        known = self.registry.lookup(person.name)
        if known is not None and known.kind == "named":
            return known
        side = infer_side(person.role, "named", registry=self.registry)
        return Speaker(person.name, "named", side, person.role, gender=person.gender)
