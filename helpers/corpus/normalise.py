"""Text as a reader sees it, while every offset still points into the raw text.

Texts come as they were stored: CR-only or CRLF line endings, lines
hard-wrapped at a fixed width (a wrapped line is no sentence or paragraph
break), blank lines made of no-break spaces, Markdown escapes (``\\[sic\\]``,
``\\###``) and leftover HTML (``18<sup>th</sup>``).  Nothing here rewrites an
article: the splitters work on a *view* and map what they find back, so
``text[start:end]`` holds for every row.

- :func:`unify_line_ends`: the same text, same length, every line ending a
  ``\\n`` (a CR of a CRLF pair becomes a space), so paragraph rules see lines;
- :func:`wrap_width` and :func:`soft_breaks`: whether a text is hard-wrapped,
  and which of its line breaks are wraps;
- :func:`reader_view`: a stretch of text with wraps and odd spaces read as
  spaces and escapes and tags left out, with the raw offset of each character.

>>> reader_view("He met the President of\\nFrance.", 0, 32, soft_breaks("x")).text
'He met the President of\\nFrance.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .patterns import HARD_LINE_START, MARKUP, ODD_SPACE

#: Fewest lines, and the narrowest and widest line width, for a text to count as hard-wrapped.
MIN_WRAPPED_LINES = 6
WIDTH_RANGE = (40, 100)
#: Share of a text's inner lines (lines followed by another in the same block) that reach near the width.
FULL_LINE_SHARE = 0.6
FULL_LINE_SLACK = 20


def unify_line_ends(text: str) -> str:
    """``text`` with CRLF and CR line endings read as ``\\n``; same length, so offsets are unchanged."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _lines(text: str) -> list[tuple[int, str]]:
    """``(start offset, line)`` of each line of a text with ``\\n`` endings."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


@lru_cache(maxsize=4096)
def wrap_width(text: str) -> int | None:
    """The width a text is hard-wrapped at, or None when its lines are not wrapped.

    A text is wrapped when it has at least :data:`MIN_WRAPPED_LINES` lines, its
    longest line is 40 to 100 characters and most lines that go on to another
    line in the same block come close to that width.
    """
    text = unify_line_ends(text)
    if text.count("\n") < MIN_WRAPPED_LINES:
        return None
    lengths = [len(line.rstrip()) for _, line in _lines(text)]
    width = max(lengths)
    if not WIDTH_RANGE[0] <= width <= WIDTH_RANGE[1]:
        return None
    inner = [n for n, nxt in zip(lengths, lengths[1:]) if n and nxt]
    full = sum(n >= width - FULL_LINE_SLACK for n in inner)
    if len(inner) < 3 or full < FULL_LINE_SHARE * len(inner):
        return None
    return width


@lru_cache(maxsize=4096)
def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of the line breaks in ``text`` that are wraps, not breaks a writer made.

    In a hard-wrapped text (:func:`wrap_width`) a line ends where its next word
    would not fit; a break after a line with room left for the next word, before
    a blank line, or before a line that opens a bullet, a speaker label or a
    time stamp, is the writer's.
    """
    width = wrap_width(text)
    if width is None:
        return frozenset()
    text = unify_line_ends(text)
    lines = _lines(text)
    soft = set()
    for (start, line), (_, nxt) in zip(lines, lines[1:]):
        body = line.rstrip()
        if not body or not nxt.strip() or HARD_LINE_START.match(nxt):
            continue
        word = nxt.split(None, 1)[0]
        if len(body) + 1 + len(word) > width - 3:
            soft.add(start + len(line))
    return frozenset(soft)


@dataclass(frozen=True)
class View:
    """A stretch of raw text as a reader sees it: ``text``, and ``origin[i]`` the raw offset of ``text[i]``."""

    text: str
    base: int
    origin: tuple[int, ...] | None = None  # None: the view is as long as the raw stretch, ``base`` its start

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw offsets of ``text[start:end]`` (a non-empty span)."""
        if self.origin is None:
            return self.base + start, self.base + end
        return self.origin[start], self.origin[end - 1] + 1


def reader_view(text: str, start: int, end: int, soft: frozenset[int]) -> View:
    """``text[start:end]`` as a reader sees it: wraps (``soft``) and no-break or narrow spaces read as spaces,
    CRs as line breaks, Markdown escapes and HTML tags left out."""
    chunk = unify_line_ends(text[start:end])
    if soft:
        chars = list(chunk)
        for pos in soft:
            if start <= pos < end:
                chars[pos - start] = " "
        chunk = "".join(chars)
    chunk = ODD_SPACE.sub(" ", chunk)
    cuts = [(m.start(), m.end()) for m in MARKUP.finditer(chunk)]
    if not cuts:
        return View(chunk, start)
    keep, origin, pos = [], [], 0
    for a, b in cuts:
        keep.append(chunk[pos:a])
        origin.extend(range(start + pos, start + a))
        pos = b
    keep.append(chunk[pos:])
    origin.extend(range(start + pos, end))
    return View("".join(keep), start, tuple(origin))
