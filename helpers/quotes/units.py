"""The writer's sentences of an article, and the kind of each quotation in its sentence.

:mod:`helpers.corpus` splits sentences; a quotation may run across its
breaks ("“Why?” Vitter demanded." is one sentence of the writer's), so
:func:`units` merges them back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from .attribution import Attribution
from .cues import Cue
from .lexicon import NOT_TAIL_STARTS
from .marks import QuoteSpan
from .patterns import CLOSING_MARK, CUE_TO_QUOTE_GAP, CUE_TO_QUOTE_GAP_LOOSE, SENTENCE_INSIDE, SENTENCE_START, WORD


@dataclass
class Unit:
    """A writer's sentence: ``start``-``end``, where its own words begin (past a paragraph label), the
    quotations that open in it and the attributions found in it."""

    start: int
    end: int
    paragraph: int
    sentence: int
    content_start: int
    quotes: list = field(default_factory=list)
    attributions: list = field(default_factory=list)


def units(sents: list[tuple[int, int, int, int]], spans: list[QuoteSpan], content_starts: dict[int, int],
          text: str = "", cues: dict[str, Cue] | None = None) -> list[Unit]:
    """Writer's sentences: corpus sentences ``(number, paragraph, start, end)``, in text order, merged where a
    quotation runs across a sentence break, or where a quotation ending in "?”" or "!”" is attributed in what the
    splitter took for the next sentence.  ``content_starts`` gives where each paragraph's own words begin."""
    spanning = _QuotesAcross(spans)
    opens = sorted(q.open for q in spans)
    out: list[Unit] = []
    for number, para, s, e in sents:
        if out and out[-1].paragraph == para and spanning.across(para, s):
            out[-1].end = e
            continue
        if (out and out[-1].paragraph == para and CLOSING_MARK.search(text, out[-1].start, out[-1].end)
                and not _opens_within(opens, s, e) and attribution_tail(text, s, e, cues)):
            out[-1].end = e
            continue
        cs = content_starts.get(para, s)
        out.append(Unit(s, e, para, number, cs if s <= cs < e else s))
    _place_quotes(out, spans)
    return out


class _QuotesAcross:
    """Per paragraph, the quotations by opening mark, with the farthest closing mark so far: whether a quotation
    of the paragraph runs across an offset, without reading them all."""

    def __init__(self, spans: list[QuoteSpan]):
        by_para: dict[int, list[QuoteSpan]] = {}
        for q in spans:
            by_para.setdefault(q.paragraph, []).append(q)
        self.opens: dict[int, list[int]] = {}
        self.reach: dict[int, list[int]] = {}
        for para, qs in by_para.items():
            qs = sorted(qs, key=lambda q: q.open)
            self.opens[para] = [q.open for q in qs]
            self.reach[para] = list(accumulate((q.close for q in qs), max))

    def across(self, para: int, at: int) -> bool:
        """Whether a quotation of paragraph ``para`` opens before ``at`` and closes at or after it."""
        k = bisect_left(self.opens.get(para, []), at)
        return k > 0 and self.reach[para][k - 1] >= at


def _opens_within(opens: list[int], s: int, e: int) -> bool:
    """Whether a quotation (``opens``: every opening mark, sorted) opens in ``s``..``e`` (end excluded)."""
    k = bisect_left(opens, s)
    return k < len(opens) and opens[k] < e


def _place_quotes(out: list[Unit], spans: list[QuoteSpan]) -> None:
    """Each quotation to the first unit of its paragraph holding its opening (units in text order)."""
    by_para: dict[int, list[Unit]] = {}
    for u in out:
        by_para.setdefault(u.paragraph, []).append(u)
    starts = {para: [u.start for u in us] for para, us in by_para.items()}
    for q in spans:
        at = max(q.start - 1, q.open)
        us = by_para.get(q.paragraph, [])
        k = bisect_right(starts.get(q.paragraph, []), at) - 1  # the last unit starting at or before ``at``
        first = None
        while k >= 0 and at <= us[k].end:  # an earlier unit may end just where it starts
            first = us[k]
            k -= 1
        if first is not None:
            first.quotes.append(q)


def attribution_tail(text: str, s: int, e: int, cues: dict[str, Cue] | None) -> bool:
    """A short sentence that only attributes the quotation before it ("“Why?” Vitter demanded.",
    "“Go!” shouted the crowd."): the sentence splitter cuts after "?”", the writer's sentence goes on."""
    if not cues:
        return False
    words = WORD.findall(text[s:e])
    if not words or len(words) > 14 or words[0][:1].isupper() and words[0].casefold() in NOT_TAIL_STARTS:
        return False
    for k, w in enumerate(words[:6]):
        cue = cues.get(w.casefold())
        if cue is not None and (k == 0 and cue.invertible or k > 0 and w[:1].islower()):
            return True
    return False


def opens_sentence(text: str, unit: Unit, at: int) -> bool:
    """Whether what comes before offset ``at`` in ``unit`` ends a sentence (or a colon, a dash)."""
    return bool(SENTENCE_START.search(text[unit.content_start : at].rstrip()))


def quote_kind(text: str, unit: Unit, q: QuoteSpan, att: Attribution | None) -> str:
    """``direct`` (a clause or sentence in the speaker's words) or ``partial`` (a fragment in the writer's
    sentence), for quotation ``q`` attributed by ``att`` (or by nothing)."""
    before = text[unit.content_start : q.open].rstrip()
    lead = before.lstrip("•●▪◦‣·*- \t")
    sentence_initial = not lead or bool(SENTENCE_START.search(before)) or q.carried
    if sentence_initial:
        return "direct"
    if att is not None and att.quote_anchor >= 0:
        return "partial"  # "described the tone as “familiar”"
    after = text[q.close + 1 : unit.end]
    runs_to_end = not re.search(r"\w", after) or (
        att is not None and att.direction == "post" and att.m_start >= q.close)
    if att is not None and att.direction == "pre" and runs_to_end:
        gap = text[att.cue_end if att.object_end < 0 else att.object_end : q.open]
        if CUE_TO_QUOTE_GAP.fullmatch(gap) or CUE_TO_QUOTE_GAP_LOOSE.fullmatch(gap):
            return "direct"
    inner = text[q.start : q.end]
    if SENTENCE_INSIDE.search(inner) and inner[:1].isupper():
        return "direct"
    return "partial"
