"""Sentences: nupunkt's segments, re-anchored on the raw text and corrected where a reader splits otherwise.

Every sentence row keeps its ``start, end`` character offsets into the
article's text, and the paragraph (and its kind) it lies in.

>>> sents = sentences(load_articles())           # joins back by article_id
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..text import count_words
from .normalise import reader_view, soft_breaks
from .paragraphs import paragraph_rows, strip_span
from .patterns import (
    ABBREVIATIONS,
    BULLET,
    CLOSED_QUOTE_SPLIT,
    DASH_LEAD,
    INNER_BREAK,
    LAST_WORD,
    QUOTED_SPLIT,
    TITLES,
)
from .punkt import segments
from .table import check_articles, title_of

SENTENCE_COLUMNS = ["article_id", "outlet", "sentence", "paragraph", "kind", "start", "end", "text", "n_words"]


def split_sentence_spans(text: str, start: int = 0, end: int | None = None,
                         soft: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``, as offsets into ``text``.

    The range is read as a reader sees it (:func:`~helpers.corpus.normalise.reader_view`:
    the line breaks in ``soft`` are wraps, Markdown escapes and HTML tags are
    not text) and split by :func:`split_view`; the spans are mapped back onto
    the raw text, so offsets are exact.  Spans cover every non-whitespace
    character of the range.
    """
    end = len(text) if end is None else end
    view = reader_view(text, start, end, soft)
    spans = []
    for a, b in split_view(view.text):
        raw = strip_span(text, *view.raw_span(a, b))
        if raw:
            spans.append(raw)
    return spans


def split_view(chunk: str) -> list[tuple[int, int]]:
    """Sentence spans of ``chunk``: the splitter's segments (:func:`.punkt.segments`) re-anchored on it, with
    corrections: sentences inside a quotation are split where a reader splits them ("… for US-China. It's
    time …"); a break is undone after an abbreviation (Mr., Feb., U.S.) followed by a lower-case word or digit,
    after a title before a name ("Lt. Gov. Ralph Northam"), before a closing bracket ("(D-Va.), a former …")
    and before a dash that attributes a quotation ("… ever.” ― Jane Doe")."""
    if not chunk.strip():
        return []
    if not INNER_BREAK.search(chunk.strip()):  # one sentence: no splitter would split it
        span = strip_span(chunk, 0, len(chunk))
        return [span] if span else []
    starts = []
    cursor = 0
    # the splitter's segments, anchored on the raw text here, in order
    for seg in segments(chunk):
        piece = seg.strip()
        if not piece:
            continue
        found = chunk.find(piece, cursor)
        if found < 0:  # the splitter altered the text: fall back to its own length
            found = cursor
        starts.append(found)
        cursor = found + max(len(piece), 1)
    bounds = _bounded(chunk, sorted(set(starts)))
    refined: list[tuple[int, int]] = []
    for a, b in bounds:
        for s, e in _split_after_quote(chunk, a, b):
            refined.extend(_split_inside_quotes(chunk, s, e))
    merged: list[tuple[int, int]] = []
    for a, b in refined:
        if merged and _should_merge(chunk, merged[-1], (a, b)):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _bounded(chunk: str, starts: list[int]) -> list[tuple[int, int]]:
    if not starts or chunk[: starts[0]].strip():
        starts = [0] + starts
    spans = []
    for a, b in zip(starts, starts[1:] + [len(chunk)]):
        span = strip_span(chunk, a, b)
        if span:
            spans.append(span)
    return spans


def _split_inside_quotes(chunk: str, a: int, b: int) -> list[tuple[int, int]]:
    piece = chunk[a:b]
    cuts = [0]
    for match in QUOTED_SPLIT.finditer(piece):
        before = piece[: match.start()]
        if not _inside_quote(before):
            continue
        word = LAST_WORD.search(before)
        if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        cuts.append(match.end())
    cuts.append(len(piece))
    out = []
    for s, e in zip(cuts, cuts[1:]):
        span = strip_span(chunk, a + s, a + e)
        if span:
            out.append(span)
    return out


def _split_after_quote(chunk: str, a: int, b: int) -> list[tuple[int, int]]:
    """A full stop inside a closing quotation mark, then a capital: a new sentence ("… official.” And …")."""
    cuts = [a]
    for match in CLOSED_QUOTE_SPLIT.finditer(chunk, a, b):
        word = LAST_WORD.search(chunk, a, match.start() - 1)
        if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        cuts.append(match.end())
    cuts.append(b)
    return [span for s, e in zip(cuts, cuts[1:]) if (span := strip_span(chunk, s, e))]


def _inside_quote(before: str) -> bool:
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    return before.count('"') % 2 == 1


def _should_merge(chunk: str, prev: tuple[int, int], cur: tuple[int, int]) -> bool:
    head = chunk[cur[0] : cur[1]]
    tail = chunk[prev[0] : prev[1]]
    if not any(c.isalnum() for c in head):  # a stray closing mark ('' or ”) belongs to what it closes
        return True
    first = head.lstrip("“\"‘'([")[:1]
    if first and (first.islower() or first.isdigit()):
        word = LAST_WORD.search(tail)
        if word and word.group(1).lower() in ABBREVIATIONS:
            return True
        if first.islower() and not tail.endswith(("?", "!")) and not BULLET.match(head):
            return True
    if tail.endswith((". .", "…")) and first.islower():
        return True
    if "\n" not in chunk[prev[1] : cur[0]]:  # on the same line
        if head.startswith((")", "]")) or DASH_LEAD.match(head):  # a closing bracket, an attribution after a dash
            return True
        word = LAST_WORD.search(tail)
        if word and word.group(1).lower() in TITLES and first.isupper():  # "Lt. Gov. Ralph Northam"
            return True
    return False


@lru_cache(maxsize=4096)
def sentence_rows(text: str, title: str) -> tuple[tuple[str | int, ...], ...]:
    """``(paragraph, kind, start, end, n_words)`` of every sentence; cached, as every stage asks for them."""
    rows = []
    soft = soft_breaks(text)
    for para in paragraph_rows(text, title):
        split_from = para["start"] if para["kind"] != "bullet" else para["content_start"]
        for s, e in split_sentence_spans(text, split_from, para["end"], soft):
            rows.append((para["paragraph"], para["kind"], s, e, count_words(text[s:e])))
    return tuple(rows)


def sentences(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One row per sentence: ``article_id, outlet, sentence, paragraph, kind, start, end, text, n_words``.

    ``sentence`` counts from 0 within the article; ``paragraph`` and ``kind``
    come from :func:`paragraphs`.  A bullet's first sentence starts after the
    marker; datelines and labels stay in their paragraph's first sentence.
    An article without a text raises :class:`~helpers.errors.ArticleTableError`
    naming it.
    """
    check_articles(articles)
    rows = []
    for art in articles.itertuples(index=False):
        for number, (paragraph, kind, s, e, n_words) in enumerate(sentence_rows(art.text, title_of(art.title))):
            rows.append((art.article_id, art.outlet, number, paragraph, kind, s, e, art.text[s:e], n_words))
    frame = pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype({"sentence": "int64", "paragraph": "int64", "start": "int64",
                                                        "end": "int64", "n_words": "int64"})
    if kinds is not None:
        frame = frame[frame["kind"].isin(kinds)].reset_index(drop=True)
    return frame
