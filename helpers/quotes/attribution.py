"""An attribution: who, with which cue, over which part of the writer's sentence; and which one a quotation takes.

:func:`helpers.quotes.strategies.find_attributions` finds them; this module
says what each covers (:func:`assign_regions`) and which governs a given
quotation (:func:`choose`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import count_words
from .lexicon import PRONOUN_MENTIONS
from .marks import QuoteSpan
from .patterns import ADVERBIAL_THAT, NEXT_TO_CUE
from .speaker import Speaker
from .tokens import Tok, span_text


@dataclass
class Attribution:
    cue: str
    cue_start: int
    cue_end: int
    mention: str
    m_start: int
    m_end: int
    role: str = ""
    direction: str = "pre"  # pre: X said <content>; post: <content>, X said; both: according to
    content: tuple[int, int] = (0, 0)  # region of the writer's sentence the attribution covers
    via: str = ""
    via_start: int = -1
    strong: bool = True
    object_end: int = -1  # after "told reporters", "described the tone"
    speaker: Speaker | None = None
    quote_anchor: int = -1  # "described … as": where the described words begin
    object_only: bool = False  # "Clinton cited derogatory comments": governs only its own object
    via_speaker: Speaker | None = field(default=None, compare=False)  # who ``via`` is, once resolved
    fixed_content: tuple[int, int] | None = None  # "branded “…” by X": governs that quotation only

    @classmethod
    def of_tokens(cls, cue: str, cue_start: int, cue_end: int, text: str, toks: list[Tok], rng: tuple[int, int],
                  **more) -> Attribution:
        """An attribution whose speaker is written in tokens ``rng`` (start, exclusive end)."""
        s, e = rng
        return cls(cue, cue_start, cue_end, span_text(text, toks, s, e), toks[s].start, toks[e - 1].end, **more)


def assign_regions(found: list[Attribution], a: int, b: int, text: str) -> None:
    """The part of the sentence ``text[a:b]`` each attribution covers: after a preposed cue, before a postposed
    one, and for "according to" whichever side has the words."""
    found.sort(key=lambda x: x.cue_start)
    for k, att in enumerate(found):
        prev_end = found[k - 1].cue_end if k > 0 else a
        next_start = found[k + 1].m_start if k + 1 < len(found) else b
        if k + 1 < len(found):
            nxt = found[k + 1]
            via_at = nxt.via_start if nxt.via_start > att.cue_end else b
            next_start = max(att.cue_end, min(nxt.m_start if nxt.m_start > att.cue_end else b, nxt.cue_start, via_at))
        if att.direction == "post":
            lo = prev_end if k > 0 and found[k - 1].direction != "post" else (found[k - 1].cue_end if k > 0 else a)
            att.content = (lo, min(att.m_start, att.cue_start))
        elif att.direction == "both":
            lo = found[k - 1].cue_end if k > 0 else a
            hi = next_start
            if count_words(text[lo : att.cue_start]) >= 3:
                att.content = (lo, att.cue_start)
            else:
                att.content = (att.m_end, hi)
        else:
            start = att.quote_anchor if att.quote_anchor >= 0 else max(att.cue_end, att.object_end)
            if count_words(text[after_adverbial(text, start, next_start) : next_start]) < 3:
                next_start = b  # the next attribution is nested in this one's content ("X says Y promised ...")
            att.content = (start, next_start)


def after_adverbial(text: str, lo: int, hi: int) -> int:
    """Past "Tuesday that", "on Monday that", "in a statement that": where the reported clause begins."""
    m = ADVERBIAL_THAT.match(text, lo, hi)
    return m.end() if m else lo


def choose(q: QuoteSpan, atts: list[Attribution], strong: list[Attribution], text: str) -> Attribution | None:
    """The attribution of its sentence that quotation ``q`` takes (``strong``: the strong ones among ``atts``)."""
    atts = [x for x in atts if not x.object_only or x.content[0] <= q.open < x.content[1]]
    strong = [x for x in strong if x in atts]
    if not atts:
        return None
    pool = strong or atts
    # "described … as “…”": the described words.
    for att in atts:
        if att.quote_anchor >= 0 and att.quote_anchor <= q.open <= att.quote_anchor + 3:
            return att
    # "according to X" governs its whole sentence, except words another cue relays ("quoted X as saying").
    for att in atts:
        if att.cue.startswith("quoted") and att.content[0] <= q.open < att.content[1]:
            return att
    both = [x for x in atts if x.direction == "both"]
    if both:
        return both[0]
    for att in pool:  # "“…,” the union wrote" / "she said: “…”": the cue next to the quote wins
        first = min(att.m_start, att.cue_start)
        if att.direction == "post" and q.close < first and not re.search(r"[\w\x01]", text[q.close + 1 : first]):
            return att
        after = max(att.cue_end, att.object_end)
        if att.direction == "pre" and after <= q.open and NEXT_TO_CUE.fullmatch(text[after : q.open]):
            return att
    inside = [x for x in pool if x.content[0] <= q.open < x.content[1] or x.content[0] < q.close <= x.content[1]]
    if (len(inside) > 1 and all(x.direction == "pre" for x in inside[:2]) and not inside[-1].via
            and inside[-1].mention.casefold() not in PRONOUN_MENTIONS and inside[-1].speaker is not None
            and inside[0].speaker is not None and inside[-1].speaker.name != inside[0].speaker.name):
        # "Chinese state media said Xi told Biden that ... “serious difficulties”": Xi's words, relayed
        inner = inside[-1]
        inner.via, inner.via_start = inside[0].mention, inside[0].m_start
        inner.via_speaker = inside[0].speaker
        return inner
    if inside:
        return inside[0]
    return min(pool, key=lambda x: min(abs(x.cue_start - q.close), abs(x.cue_end - q.open)))
