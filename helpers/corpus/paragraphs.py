"""Paragraphs: blank-line blocks of an article, one per bullet, each with its kind.

A paragraph row keeps its ``start, end`` character offsets, so that
``text[start:end]`` is the row's text; together the paragraphs cover every
non-whitespace character of the article.

>>> paras = paragraphs(load_articles())          # headline, body, bullets ...
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..text import count_words
from .patterns import (
    BLANK_LINE,
    BOILERPLATE,
    BULLET,
    BULLET_LINE,
    DATELINE,
    DATELINE_END,
    LABEL,
    LINE_BREAK,
    PLAIN_MARKS,
    SPEECH_WORDS,
    TERMINAL,
    TRAILING_COPYRIGHT,
)
from .normalise import soft_breaks, unify_line_ends
from .table import check_articles, title_of

PARAGRAPH_KINDS = (
    "headline",
    "standfirst",
    "dateline",
    "body",
    "bullet",
    "section_heading",
    "boilerplate",
)
#: Paragraph kinds that analyses use by default (boilerplate and the like are kept but left out).
ANALYSED_KINDS = ("headline", "standfirst", "body", "bullet", "section_heading")
#: The running text: body paragraphs and bullets, without headline, standfirst or headings.
BODY_KINDS = ("body", "bullet")
PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "kind", "content_start", "dateline", "label", "text", "n_words"]


def split_paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of ``text``: blank-line blocks, one per bullet, trailing copyright split off.

    Spans exclude surrounding whitespace; together they cover every
    non-whitespace character.  A line of nothing but whitespace (spaces,
    tabs, no-break spaces ...) is a blank line; CR and CRLF line endings count
    as line breaks.  A text with no blank line at all takes each line as a
    paragraph, unless it is hard-wrapped: then a wrapped line goes on the
    paragraph (see :mod:`helpers.corpus.normalise`).
    """
    text = unify_line_ends(text)  # same length: offsets hold for the raw text
    if BLANK_LINE.search(text):
        breaks = list(BLANK_LINE.finditer(text))
    else:
        soft = soft_breaks(text)
        breaks = [m for m in LINE_BREAK.finditer(text) if m.start() not in soft]
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in breaks + [None]:
        block_end = match.start() if match else len(text)
        _append_block(text, pos, block_end, spans)
        if match:
            pos = match.end()
    return spans


def _append_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    cuts = [start] + [m.start() + 1 for m in BULLET_LINE.finditer(text, start, end)] + [end]
    for a, b in zip(cuts, cuts[1:]):
        sub = [a]
        copyright_match = TRAILING_COPYRIGHT.search(text, a, b)
        if copyright_match and copyright_match.start() > a:
            sub.append(copyright_match.start())
        sub.append(b)
        for s, e in zip(sub, sub[1:]):
            span = strip_span(text, s, e)
            if span:
                spans.append(span)


def strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` narrowed to exclude surrounding whitespace; None if only whitespace is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_attribution(label: str) -> bool:
    """'He concluded:' or 'The minister said:' opens a quotation; it is no lead-in label."""
    return bool(SPEECH_WORDS.search(label))


def _normalise(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(PLAIN_MARKS)).strip().casefold()


def _classify(text: str, spans: list[tuple[int, int]], title: str) -> list[dict]:
    rows = []
    body_seen = False
    for i, (start, end) in enumerate(spans):
        para = text[start:end]
        n_words = count_words(para)
        content_start = start
        dateline = label = ""
        bullet = BULLET.match(para)
        if BOILERPLATE.match(para) and n_words <= 25:
            kind = "boilerplate"
        elif i == 0 and (_normalise(para) == _normalise(title) or (n_words <= 25 and not TERMINAL.search(para))):
            kind = "headline"
        elif (
            i == 1
            and rows
            and rows[0]["kind"] == "headline"
            and n_words <= 45
            and not TERMINAL.search(para)
        ):
            kind = "standfirst"
        elif bullet and bullet.end() < len(para):
            kind = "bullet"
            content_start = start + bullet.end()
        elif body_seen and n_words <= 8 and not TERMINAL.search(para) and not para.startswith(("“", '"')):
            kind = "section_heading"
        else:
            kind = "body"
            found = DATELINE.match(para)
            if found and not body_seen:
                head = found.group("dateline")
                place = head.split("(", 1)[0]  # "KESSEL (Northern Wire) -": the place is in capitals, the outlet need not be
                if sum(c.isupper() for c in place) >= 0.6 * sum(c.isalpha() for c in place):
                    dateline = DATELINE_END.sub("", head)
                    content_start = start + found.end()
                    if found.end() >= len(para):
                        kind = "dateline"
        if kind in ("body", "bullet"):
            body_seen = True
            lab = LABEL.match(text, content_start, end)
            if lab and not dateline and not _is_attribution(lab.group("label")):
                label = lab.group("label")
                content_start = lab.end()
        rows.append(
            {
                "paragraph": i,
                "start": start,
                "end": end,
                "kind": kind,
                "content_start": content_start,
                "dateline": dateline,
                "label": label,
                "text": para,
                "n_words": n_words,
            }
        )
    return rows


def paragraphs(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One row per paragraph: ``article_id, outlet, paragraph, start, end, kind, text ...``.

    ``kind`` is one of :data:`PARAGRAPH_KINDS`.  ``content_start`` is where the
    paragraph's own words begin, after a bullet marker, a dateline
    ("WASHINGTON (Axios):") or an Axios-style label ("Driving the news:"),
    which are given in ``dateline`` and ``label``.  Pass ``kinds`` (e.g.
    :data:`ANALYSED_KINDS`) to keep only those kinds.  An article without a
    text raises :class:`~helpers.errors.ArticleTableError` naming it.
    """
    check_articles(articles)
    frames = []
    for art in articles.itertuples(index=False):
        rows = paragraph_rows(art.text, title_of(art.title))
        frame = pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)
        frame.insert(0, "article_id", art.article_id)
        frame.insert(1, "outlet", art.outlet)
        frames.append(frame)
    result = pd.concat(frames, ignore_index=True) if frames else _empty(PARAGRAPH_COLUMNS)
    if kinds is not None:
        result = result[result["kind"].isin(kinds)].reset_index(drop=True)
    return result


@lru_cache(maxsize=4096)
def paragraph_rows(text: str, title: str) -> tuple[dict, ...]:
    """The paragraph rows of one text (dicts with :data:`PARAGRAPH_COLUMNS`); cached, as every stage asks."""
    return tuple(_classify(text, split_paragraph_spans(text), title))


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
