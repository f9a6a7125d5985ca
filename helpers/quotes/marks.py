"""Quotation marks paired into quote spans, paragraph by paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import count_words
from .patterns import (
    CLOSE_FOLLOW,
    CLOSERS,
    CURLY_OPENERS,
    LETTER,
    MARKS,
    OPEN_CONTEXT,
    REOPENS_QUOTE,
    SINGLE_QUOTE,
)


@dataclass
class QuoteSpan:
    open: int  # offset of the opening mark (or of the paragraph start when the mark is missing)
    close: int  # offset of the closing mark (or the paragraph end when unclosed)
    start: int  # content, marks excluded, whitespace stripped
    end: int
    paragraph: int
    carried: bool = False  # continues a quotation opened in an earlier paragraph
    runs_on: bool = False  # left open at the end of its paragraph, continued in the next


def find_quote_spans(text: str, paras: list[tuple[int, int, int]]) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text`` within the given paragraphs ``(number, start, end)``.

    Curly and straight marks may be mixed; a mark's role (open/close) comes
    from its neighbours, and where they allow either, a curly opening mark
    opens.  An opening mark left unclosed at the end of a paragraph runs to
    the paragraph's end (the news convention when the next paragraph reopens
    the quotation); a second opener before a closer ends the first quote
    there; a closer with nothing open is ignored.  Single curly quotes (‘…’)
    outside double quotes are quotes too; apostrophes never are.
    """
    spans: list[QuoteSpan] = []
    carry = False
    for k, (number, lo, hi) in enumerate(paras):
        first_here = len(spans)  # the spans of this paragraph are those added from here on
        open_at: int | None = None
        open_len = 1
        first_mark = True
        for m in MARKS.finditer(text, lo, hi):
            i, size = m.start(), m.end() - m.start()
            role = mark_role(text, i, lo, hi, size)
            if open_at is None:
                if role == "close" and first_mark and carry:
                    _add(spans, text, lo - 1, 1, i, size, number, carried=True)
                elif role in ("open", "either"):
                    open_at, open_len = i, size
            elif role in ("close", "either"):
                _add(spans, text, open_at, open_len, i, size, number,
                     carried=carry and not spans_in(spans[first_here:], number))
                open_at = None
            else:  # a second opener: the first quote lost its closing mark
                _add(spans, text, open_at, open_len, i, 0, number)
                open_at, open_len = i, size
            first_mark = False
        runs_on = False
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            runs_on = bool(nxt and REOPENS_QUOTE.match(text[nxt[1] : nxt[2]]))
            _add(spans, text, open_at, open_len, hi, 0, number, runs_on=runs_on)
        carry = runs_on
        spans.extend(_single_quotes(text, number, lo, hi, spans[first_here:]))
    spans.sort(key=lambda s: s.start)
    return spans


def mark_role(text: str, i: int, lo: int, hi: int, size: int = 1) -> str:
    """Whether the mark at ``i`` (``size`` characters, in a paragraph ``lo``-``hi``) can "open", "close" or
    do "either"."""
    ch = text[i]
    if text.startswith("``", i):
        return "open"
    if ch in CLOSERS:
        return "close"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + size] if i + size < hi else " "
    can_open = (prev in OPEN_CONTEXT or i == lo) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt in CLOSE_FOLLOW or i + size == hi)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"  # even a curly opener: "“It was good,“ he said." has its closer mistyped
    # The neighbours allow either: a curly opener opens, also when an earlier quote lost its closing mark.
    return "open" if ch in CURLY_OPENERS else "either"


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """``a, b`` moved inwards past whitespace."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def spans_in(spans: list[QuoteSpan], number: int) -> bool:
    return any(s.paragraph == number for s in spans)


def _add(spans, text, open_at, open_len, close_at, close_len, number, carried=False, runs_on=False):
    """Record the quote between an opening mark at ``open_at`` and a closing mark at ``close_at``."""
    a, b = strip_span(text, open_at + open_len, close_at)
    if b > a and LETTER.search(text[a:b]):
        # ``close`` is the last character of the closing mark, so ``close + 1`` is just past it.
        spans.append(QuoteSpan(open_at, close_at + max(close_len, 1) - 1, a, b, number, carried=carried,
                               runs_on=runs_on))


def _single_quotes(text: str, number: int, lo: int, hi: int, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    inside = [(s.open, s.close) for s in spans if s.paragraph == number]
    out = []
    for m in SINGLE_QUOTE.finditer(text, lo, hi):
        if any(o <= m.start() <= c for o, c in inside):
            continue  # nested: part of the double quote around it
        a, b = strip_span(text, m.start(1), m.end(1))
        if b > a and count_words(text[a:b]) >= 1:
            out.append(QuoteSpan(m.start(), m.end() - 1, a, b, number))
    return out
