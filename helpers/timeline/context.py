"""What resolving a date needs: the publication date, the sentences, the tense, the dates mentioned before.

:class:`Context` is built once per text by :func:`.tagging.tag_dates` and
passed to every resolver.  The tense of a sentence is read from its verbs
(cues in :mod:`.lexicon`); :func:`place_month` and :func:`place_weekday` put a
month or weekday named without a year where the tense says.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .algebra import GRAN_ORDER, Resolved, month_of
from .lexicon import ABBREV_END, FUTURE, PAST, REPORTING, SENTENCE_END
from .patterns import MONTH, STATED_DAY, STATED_LINES

#: How much closer an occurrence against the tense must be to win over one that fits it.
#: "They met in November" (published in September) is last November, but
#: "said the offer expires Jan. 14" (published 7 January) is next week.
TENSE_WEIGHT_MONTH = 8
TENSE_WEIGHT_WEEKDAY = 3
#: Characters within which a tense cue is firm; farther cues weigh TENSE_WEIGHT_WEAK.
TENSE_NEAR = 30
TENSE_WEIGHT_WEAK = 3


@dataclass
class Context:
    """What resolution needs: the publication date, the text, sentence spans and the last date mentioned."""

    dct: date
    text: str
    sentences: list[tuple[int, int]]
    last: Resolved | None = None
    last_quarter: Resolved | None = None
    last_day: Resolved | None = None
    last_day_sentence: int = -99
    history: list | None = None
    _tense_cache: dict | None = None

    def antecedent(self, gran: str, not_backward: bool = False) -> Resolved | None:
        """The last date mentioned that is at least as precise as ``gran`` (or None).

        ``not_backward``: not a date itself counted back from another one, so
        that "a year earlier" after "the year-earlier quarter" compares with
        the quarter reported, not with the one before it.
        """
        need = GRAN_ORDER.index("week" if gran == "weekend" else gran)
        for earlier in reversed(self.history or []):
            if not_backward and earlier.backward:
                continue
            g = earlier.gran if earlier.gran in GRAN_ORDER else "day"
            if GRAN_ORDER.index(g) >= need:
                return earlier
        return None

    def same_date_before(self, gran: str, month: int, day: int | None = None) -> date | None:
        """The first day of an earlier mention of the same month (and day): "Feb. 1" again is the same Feb. 1."""
        for earlier in reversed(self.history or []):
            if earlier.gran == gran and earlier.start.month == month and (day is None or earlier.start.day == day):
                return earlier.start
        return None

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding character ``pos``."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def tense(self, start: int, end: int, reporting: bool = True) -> str:
        """past / future / mixed / present: the verbs of the sentence around ``start:end``.

        With ``reporting=False`` the reporting verbs (said, told ...) are not
        counted as past: the tense of what is reported, not of the report.
        """
        if self._tense_cache is None:
            self._tense_cache = {}
        i = self.sentence_of(start)
        if i not in self._tense_cache:
            s, e = self.sentences[i] if self.sentences else (0, len(self.text))
            markers = [(m.start(), m.end(), "future") for m in FUTURE.finditer(self.text, s, e)]
            # a participle inside a future ("will be held") is not a past tense
            markers += [(m.start(), m.end(), kind)
                        for kind, pattern in (("past", PAST), ("reporting", REPORTING))
                        for m in pattern.finditer(self.text, s, e)
                        if not any(a <= m.start() < b for a, b, _ in markers)]
            self._tense_cache[i] = markers
        # the expression itself ("last week", "next year") says nothing of the verbs;
        # of the others, the nearest one decides
        best: dict[str, int] = {}
        for a, b, k in self._tense_cache[i]:
            if start < b and a < end:
                continue
            if k == "reporting":
                if not reporting:
                    continue
                k = "past"
            distance = start - b if b <= start else a - end
            best[k] = min(best.get(k, distance), distance)
        if not best:
            return "present"
        tense = min(best, key=best.get)
        # a verb close by is a firm cue; one far off in a long sentence a weak one
        return tense if best[tense] <= TENSE_NEAR else f"{tense}?"


def fast_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans by punctuation, for tense and same-sentence links (fast, no pysbd)."""
    spans = []
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        if m.group().strip() == "" and "\n" not in m.group() and ABBREV_END.search(text, max(pos, m.start() - 6), m.start()):
            continue
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans or [(start, end)]


# --------------------------------------------------------------------------- placing by tense


def nearest_by_tense(candidates: list[date], ref: date, tense: str, weight: float) -> date:
    """The candidate nearest to ``ref``, occurrences on the wrong side of the tense counted ``weight`` times farther."""
    if tense.endswith("?"):
        tense, weight = tense[:-1], min(weight, TENSE_WEIGHT_WEAK)

    def cost(c: date) -> tuple[float, bool]:
        distance = abs((c - ref).days)
        wrong = (tense == "past" and c > ref) or (tense == "future" and c < ref)
        # ties: the future only when the sentence speaks of it
        return (distance * (weight if wrong else 1), (c < ref) if tense in ("future", "mixed") else (c > ref))
    return min(candidates, key=cost)


def place_month(month: int, ctx: Context, tense: str, day: int | None = None) -> date:
    """The year of a month (and day) named without one: the occurrence nearest the
    publication date, with the tense of the sentence weighing against the other side.

    ``tense="since"`` (after "since") takes the last occurrence not after it.
    (A year written just before, "In 1988, ... in April", is not used: on
    TempEval-3 that narrative reading did worse than the publication date.)
    """
    dct = ctx.dct

    def make(y: int) -> date:
        return date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))

    ref = dct if day else dct.replace(day=1)
    if tense == "since":
        this = make(dct.year)
        return this if this <= ref else make(dct.year - 1)
    candidates = [make(dct.year - 1), make(dct.year), make(dct.year + 1)]
    if tense in ("future", "future?"):
        # a future ("will travel to Paris in August", published in September) is not behind us
        candidates = [c for c in candidates if c >= ref]
    return nearest_by_tense(candidates, ref, tense, TENSE_WEIGHT_MONTH)


def place_weekday(weekday: int, ctx: Context, tense: str, rel: str = "") -> date:
    """The day of a weekday named without a date: by ``rel`` (last, next, this ...), else by tense."""
    dct = ctx.dct
    delta = weekday - dct.weekday()
    if rel in ("last", "previous", "preceding"):
        return dct + timedelta(days=delta - 7 if delta >= 0 else delta)
    if rel in ("next", "following", "coming"):
        return dct + timedelta(days=delta + 7 if delta <= 0 else delta)
    if rel == "this":
        return dct + timedelta(days=delta)
    if delta == 0:
        return dct
    past = dct + timedelta(days=delta - 7 if delta > 0 else delta)
    future = dct + timedelta(days=delta + 7 if delta < 0 else delta)
    if tense == "present":  # news reports what happened: with no cue, lean to the past
        return nearest_by_tense([past, future], dct, "past?", 2)
    return nearest_by_tense([past, future], dct, tense, TENSE_WEIGHT_WEEKDAY)


@dataclass
class Found:
    """One match of a rule, as its resolver reads it: the text, where it is, and the context."""

    rule: str
    text: str  # as written
    low: str  # lower case, runs of spaces as one
    start: int
    end: int
    ctx: Context

    @property
    def dct(self) -> date:
        return self.ctx.dct

    def tense(self) -> str:
        """past / future / mixed / present of the sentence around the match, weak cues counted as firm."""
        return self.ctx.tense(self.start, self.end).rstrip("?")

    def tense_cue(self, reporting: bool = True) -> str:
        """:meth:`Context.tense` of the match: ends with "?" when the nearest verb is far off."""
        return self.ctx.tense(self.start, self.end, reporting=reporting)


def stated_day(text: str, start: int, end: int, published: date) -> date | None:
    """The day a document gives as its own near the top (:data:`.patterns.STATED_DAY`), when it is
    not after ``published`` (a document cannot be dated after it appeared); else None."""
    head_end = start
    for _ in range(STATED_LINES):
        nl = text.find("\n", head_end, end)
        head_end = end if nl < 0 else nl + 1
        if nl < 0:
            break
    for m in STATED_DAY.finditer(text, start, head_end):
        written = m.group("day")
        try:
            if written[:4].isdigit():
                day = date.fromisoformat(written)
            else:
                month = month_of(re.search(MONTH, written).group())
                numbers = [int(n) for n in re.findall(r"\d+", written.replace(re.search(MONTH, written).group(), " "))]
                day = date(numbers[-1], month, numbers[0])
        except ValueError:
            continue  # day 31 of a 30-day month
        if day <= published:
            return day
    return None
