"""What the reader of one article remembers: the speakers noted so far and the people named, indexed.

:class:`~.resolution.ArticleSpeakers` asks, at each attribution, for the last
speaker before an offset that fits (a pronoun's gender and number, a
surname, a government side, a description's head noun) or the last person
named before it.  Reading everything seen so far at each attribution grows
with the square of an article's length (a 10 MB article did not finish); these
indexes give the same answers reading only the entries that could fit.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator

from .people import Person
from .sides import GOVERNMENT_SIDES
from .speaker import Speaker


class SpeakerHistory:
    """The speakers noted so far, ``(offset, speaker)`` in the order noted, with indexes.

    Offsets are noted in reading order, but not always rising, so every
    look-up takes the last entry *noted* among those at or before an offset.
    """

    def __init__(self) -> None:
        self.entries: list[tuple[int, Speaker]] = []
        self._offsets: list[int] = []  # sorted
        self._by_traits: dict[tuple[bool, bool, str], list[int]] = {}  # (institution, plural, gender) -> entries
        self._government: list[int] = []
        self._by_name_word: dict[str, list[int]] = {}  # first and last word of a named speaker's name -> entries
        self._anonymous: dict[tuple[str, bool], list[int]] = {}  # (head, plural) of an anonymous speaker -> entries

    def note(self, offset: int, speaker: Speaker) -> None:
        k = len(self.entries)
        self.entries.append((offset, speaker))
        insort(self._offsets, offset)
        self._by_traits.setdefault((speaker.kind == "institution", speaker.plural, speaker.gender), []).append(k)
        if speaker.side in GOVERNMENT_SIDES:
            self._government.append(k)
        parts = speaker.name.split()
        if speaker.kind == "named" and parts:
            for word in {parts[0], parts[-1]}:
                self._by_name_word.setdefault(word, []).append(k)
        if speaker.kind == "anonymous":
            self._anonymous.setdefault((speaker.head, speaker.plural), []).append(k)

    def last_offset(self, offset: int) -> int:
        """The greatest offset noted at or before ``offset`` (-1 when none)."""
        k = bisect_right(self._offsets, offset)
        return self._offsets[k - 1] if k else -1

    def _last_in(self, entries: list[int], offset: int, fits: Callable[[Speaker], bool] | None = None) -> int:
        """The last of ``entries`` at or before ``offset`` whose speaker ``fits`` (-1 when none)."""
        for k in reversed(entries):
            pos, spk = self.entries[k]
            if pos <= offset and (fits is None or fits(spk)):
                return k
        return -1

    def last_with_traits(self, offset: int, fits: Callable[[bool, bool, str], bool]) -> Speaker | None:
        """The last speaker at or before ``offset`` whose ``(institution, plural, gender)`` ``fits``."""
        best = max((self._last_in(entries, offset) for traits, entries in self._by_traits.items() if fits(*traits)),
                   default=-1)
        return self.entries[best][1] if best >= 0 else None

    def government_side(self, offset: int) -> str:
        """The side of the last government speaker at or before ``offset`` ("" when none)."""
        k = self._last_in(self._government, offset)
        return self.entries[k][1].side if k >= 0 else ""

    def named_by_word(self, word: str, offset: int) -> Speaker | None:
        """The last named speaker at or before ``offset`` whose first or last name is ``word``."""
        k = self._last_in(self._by_name_word.get(word, []), offset)
        return self.entries[k][1] if k >= 0 else None

    def anonymous(self, head: str, plural: bool, offset: int, fits: Callable[[Speaker], bool]) -> Speaker | None:
        """The last anonymous speaker with ``head`` and ``plural``, at or before ``offset``, that ``fits``."""
        k = self._last_in(self._anonymous.get((head, plural), []), offset, fits)
        return self.entries[k][1] if k >= 0 else None


class NamedPeople:
    """The people named in an article (:func:`.people.find_people`, in text order), by offset, name and name word."""

    def __init__(self, people: list[Person]):
        self.people = people
        self._starts = [p.start for p in people]  # rising: one person per name match
        self._first_named: dict[str, Person] = {}
        self._by_word: dict[str, tuple[list[int], list[Person]]] = {}
        for person in people:
            self._first_named.setdefault(person.name, person)
            parts = person.name.split()
            if len(parts) > 1:
                for word in {parts[0], parts[-1]}:
                    starts, found = self._by_word.setdefault(word, ([], []))
                    starts.append(person.start)
                    found.append(person)

    def backwards_from(self, offset: int) -> Iterator[Person]:
        """The people named before ``offset``, nearest first."""
        for k in range(bisect_left(self._starts, offset) - 1, -1, -1):
            yield self.people[k]

    def first_named(self, name: str) -> Person | None:
        """The first mention of the person called ``name``."""
        return self._first_named.get(name)

    def last_by_word(self, word: str, offset: int) -> Person | None:
        """The last person of two or more names, one being ``word`` first or last, named before ``offset``."""
        starts, found = self._by_word.get(word, ([], []))
        k = bisect_left(starts, offset)
        return found[k - 1] if k else None
