"""Tests for helpers.quotes.recall: the indexed look-ups answer as a scan of everything seen so far would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.quotes.people import Person
from helpers.quotes.recall import NamedPeople, SpeakerHistory
from helpers.quotes.sides import GOVERNMENT_SIDES
from helpers.quotes.speaker import Speaker

_NAMES = ["Wang Yi", "Joe Biden", "Biden", "Yi Wang", "Jen Psaki", "Wang", ""]

_SPEAKERS = st.builds(
    Speaker,
    name=st.sampled_from(_NAMES),
    kind=st.sampled_from(["named", "anonymous", "institution"]),
    side=st.sampled_from([*GOVERNMENT_SIDES, "other", ""]),
    gender=st.sampled_from(["", "m", "f"]),
    plural=st.booleans(),
    head=st.sampled_from(["official", "diplomat"]),
    modifiers=st.sampled_from([frozenset(), frozenset({"senior"}), frozenset({"chinese", "senior"})]),
)
_TRAITS = st.tuples(st.booleans(), st.booleans(), st.sampled_from(["", "m", "f"]))


def _scan(entries, offset, fits):
    """The last entry noted at or before ``offset`` that fits: what the reader did before it kept indexes."""
    for pos, spk in reversed(entries):
        if pos <= offset and fits(spk):
            return spk
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), _SPEAKERS), max_size=30), st.integers(-1, 70), _TRAITS,
       st.sampled_from(["Wang", "Yi", "Biden", "Psaki", "Xi"]))
def test_speaker_history_answers_as_a_scan(notes, offset, traits, word):
    history = SpeakerHistory()
    for pos, spk in notes:
        history.note(pos, spk)
    assert history.last_offset(offset) == max((p for p, _ in notes if p <= offset), default=-1)
    assert history.government_side(offset) == getattr(
        _scan(notes, offset, lambda s: s.side in GOVERNMENT_SIDES), "side", "")

    def fits(institution, plural, gender):  # any rule on the traits: here, those of ``traits`` or an institution
        return institution or (plural, gender) == traits[1:]

    assert history.last_with_traits(offset, fits) == _scan(
        notes, offset, lambda s: fits(s.kind == "institution", s.plural, s.gender))
    assert history.named_by_word(word, offset) == _scan(
        notes, offset, lambda s: s.kind == "named" and bool(s.name.split()) and word in (s.name.split()[0],
                                                                                          s.name.split()[-1]))
    senior = frozenset({"senior"})
    assert history.anonymous("official", traits[1], offset, lambda s: senior <= s.modifiers) == _scan(
        notes, offset, lambda s: s.kind == "anonymous" and s.head == "official" and s.plural == traits[1]
        and senior <= s.modifiers)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 8), st.sampled_from(_NAMES[:-1])), max_size=25), st.integers(0, 200),
       st.sampled_from(["Wang", "Yi", "Biden", "Psaki"]))
def test_named_people_answer_as_a_scan(gaps, offset, word):
    people, start = [], 0
    for gap, name in gaps:  # people in text order, one per name match
        start += gap
        people.append(Person(name, start))
    named = NamedPeople(people)
    assert list(named.backwards_from(offset)) == [p for p in reversed(people) if p.start < offset]
    assert named.first_named("Wang Yi") == next((p for p in people if p.name == "Wang Yi"), None)
    expected = next((p for p in reversed(people) if p.start < offset and len(p.name.split()) > 1
                     and word in (p.name.split()[0], p.name.split()[-1])), None)
    assert named.last_by_word(word, offset) == expected
