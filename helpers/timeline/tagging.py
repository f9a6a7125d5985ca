"""Temporal expressions in a text, or in every article: :func:`tag_dates` and :func:`dates`.

>>> tag_dates("Kerry visited China last week.", "2021-09-10")[["expression", "value"]]
  expression     value
0  last week  2021-W35
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import cache

import pandas as pd

from ..corpus import ANALYSED_KINDS
from ..corpus import sentences as corpus_sentences
from ..errors import TimelineInputError
from ..validation import require_articles
from .algebra import Resolved
from .context import Context, fast_sentences, stated_day
from .lexicon import PART_NAMES, SIGNAL
from .patterns import MASTER, MASTER_AFTER, MASTER_BEFORE, NOT_QUANTITIES, PER_QUANTITY, PRENOMINAL, RANGE_SIGNAL, RULES
from .resolvers import resolve
from .scanning import Scanner

DATE_COLUMNS = [
    "start", "end", "expression", "type", "value", "date_start", "date_end", "granularity", "part_of_day",
    "mod", "anchor", "signal", "tense", "sentence", "rule",
]


@cache
def scanner() -> Scanner:
    """The matches of :data:`.patterns.MASTER`, found fast (built on first use: about half a second)."""
    return Scanner(MASTER, RULES, MASTER_BEFORE, MASTER_AFTER)


def _trim_extent(rule: str, text: str, s: int, e: int, resolved: Resolved):
    """TimeBank extents: "a 16-hour (flight)" is "16-hour"; "four flights a week" is a SET;
    "between two and four weeks" leaves out "between" (the signal); "2021-09" read as one year is "2021"."""
    if rule in ("duration", "quarter"):
        m = PRENOMINAL.match(text, s, e)
        if m:
            return m.end(), e, resolved
    if rule == "duration" and re.fullmatch(r"an?\s+\w+", text[s:e], re.IGNORECASE):
        before = text[max(0, s - 24):s]
        quantity = PER_QUANTITY.search(before)
        if quantity and quantity.group().strip().lower() not in NOT_QUANTITIES:
            return s, e, Resolved("SET", resolved.value, "", None, None, "")
    if rule == "duration_range":
        m = RANGE_SIGNAL.match(text, s, e)
        if m:
            return m.end(), e, resolved
    if rule == "year_range" and resolved.gran == "year":
        return s, s + 4, resolved
    return s, e, resolved


def _as_date(published) -> date:
    if published is None or (isinstance(published, float) and published != published):
        raise TimelineInputError("published date is missing; tag_dates needs the publication date to resolve dates")
    try:
        stamp = pd.Timestamp(published)
    except (ValueError, TypeError) as exc:
        raise TimelineInputError(f"published date {published!r} is not a date ({exc})") from None
    if stamp is pd.NaT or pd.isna(stamp):
        raise TimelineInputError(f"published date {published!r} is not a date")
    return date(stamp.year, stamp.month, stamp.day)


def tag_dates(
    text: str,
    published,
    start: int = 0,
    end: int | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> pd.DataFrame:
    """Temporal expressions in ``text[start:end]``, resolved against ``published``.

    One row per expression: ``start, end`` (offsets into ``text``),
    ``expression`` (``text[start:end]``, TIMEX3 extent: no leading
    preposition, modifiers such as "early" or "about" included), ``type``
    (DATE / TIME / DURATION / SET), ``value`` (TIMEX3: 2021-09-09, 2021-W35,
    2021-03, 2012, P7M, PT90M, PRESENT_REF ...; a written range of days or
    years, "January 26-27" or "1998-99", is one row valued as an ISO 8601
    interval, 2024-01-26/2024-01-27 or 1998/1999, of granularity
    ``interval``; a range of lengths, "two to three weeks", has the lower
    end's value with mod EQUAL_OR_MORE), ``date_start, date_end``
    (inclusive days of the interval, ``date_start <= date_end``, years
    1–9999; NaT for durations, sets and vague references), ``granularity``
    (day / week / month / quarter / year / interval ...), ``mod`` (START /
    END / MID / APPROX ...), ``anchor`` (``dct`` when resolved against the
    publication date, ``stated`` when against the day the document gives as
    its own near the top, a date on a line of its own or in a dateline, which
    then replaces the publication date as the reference; ``previous`` when
    against the last date mentioned; empty when absolute), ``signal`` (the preposition before it:
    since, in, on ...), ``tense`` of its sentence, ``sentence`` (index of the
    sentence within the range, by a fast punctuation splitter unless
    ``sentences`` spans are given) and ``rule``.

    Month and weekday names without a year are placed by tense: the last
    occurrence in a past-tense sentence, the next in a future one (a month
    in a future sentence, or after "by" or "until", is never behind the
    publication date), the nearest otherwise; "since" forces the past.

    >>> tag_dates("They spoke on Feb. 10.", "2021-09-10").loc[0, "value"]
    '2021-02-10'
    """
    if not isinstance(text, str):
        raise TimelineInputError(f"text must be a string, not {type(text).__name__}")
    end = len(text) if end is None else end
    if not (0 <= start <= end <= len(text)):
        raise TimelineInputError(f"range {start}:{end} is outside the text (length {len(text)})")
    frame = pd.DataFrame(_date_rows(text, _as_date(published), start, end, sentences), columns=DATE_COLUMNS)
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame


def _date_rows(text: str, dct: date, start: int, end: int, sentences: list[tuple[int, int]] | None) -> list[tuple]:
    """The rows of :func:`tag_dates`, as tuples in :data:`DATE_COLUMNS` order."""
    spans = sorted(sentences) if sentences is not None else fast_sentences(text, start, end)
    stated = stated_day(text, start, end, dct)
    ctx = Context(stated or dct, text, spans or [(start, end)])
    # relative dates count from the day the document gives as its own, when it gives one
    own_anchor = "stated" if stated is not None and stated != dct else "dct"
    rows = []
    for m in scanner().finditer(text, start, end):
        rule = m.lastgroup
        s, e = m.span()
        # trailing punctuation is not part of an expression ("Feb. 10." at a sentence end keeps "Feb. 10")
        try:
            resolved = resolve(rule, m, ctx, s, e)
        except (ValueError, OverflowError, AttributeError, KeyError, IndexError):
            resolved = None  # a shape the rules do not cover (e.g. day 31 of a 30-day month): skip it
        if resolved is None:
            continue
        s, e, resolved = _trim_extent(rule, text, s, e, resolved)
        if resolved is None:
            continue
        if resolved.type in ("DATE", "TIME") and resolved.start is not None and not resolved.value.endswith("_REF"):
            ctx.last = resolved
            if ctx.history is None:
                ctx.history = []
            resolved.sentence = ctx.sentence_of(s)
            ctx.history.append(resolved)
            if resolved.gran == "quarter" and rule == "quarter":
                ctx.last_quarter = resolved
            if resolved.gran == "day":
                ctx.last_day = resolved
                ctx.last_day_sentence = ctx.sentence_of(s)
        signal = SIGNAL.search(text, max(start, s - 16), s)
        rows.append((
            s, e, text[s:e], resolved.type, resolved.value,
            pd.Timestamp(resolved.start) if resolved.start else pd.NaT,
            pd.Timestamp(resolved.end) if resolved.end else pd.NaT,
            resolved.gran if resolved.type in ("DATE", "TIME") else "",
            PART_NAMES.get(resolved.part, ""),
            resolved.mod, own_anchor if resolved.anchor == "dct" else resolved.anchor, signal.group(1).lower() if signal else "",
            ctx.tense(s, e).rstrip("?"), ctx.sentence_of(s), rule,
        ))
    return rows


def check_articles(articles: pd.DataFrame, needed=("article_id", "outlet", "text", "published")) -> None:
    require_articles(articles, needed, TimelineInputError)


def dates(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Every temporal expression of every article, one row each.

    Columns: ``article_id, outlet, sentence, paragraph, kind`` (from
    :func:`helpers.corpus.sentences`) followed by the columns of
    :func:`tag_dates`; ``sentence`` is the article's sentence index, so rows
    join back to the sentences table.  Each article is tagged as a whole (so
    "the following year" finds the year mentioned before it), with the
    corpus sentences for tense; only expressions in paragraphs of ``kinds``
    (default :data:`helpers.corpus.ANALYSED_KINDS`) are kept.
    """
    check_articles(articles)
    kinds = ANALYSED_KINDS if kinds is None else kinds
    sents = corpus_sentences(articles)
    # plain tuples per article (one split of the table, not a scan or a DataFrame per article)
    by_article: dict[str, list] = {}
    for row in zip(sents["article_id"], sents["sentence"], sents["paragraph"], sents["kind"], sents["start"], sents["end"]):
        by_article.setdefault(row[0], []).append(row)
    sentence_at = DATE_COLUMNS.index("sentence")
    rows = []
    for art in articles.itertuples(index=False):
        own = by_article.get(art.article_id, [])
        if not own:
            continue
        starts = [r[4] for r in own]
        for tagged in _date_rows(art.text, _as_date(art.published), 0, len(art.text), [(r[4], r[5]) for r in own]):
            s, e = tagged[0], tagged[1]
            i = bisect_right(starts, s) - 1  # the corpus sentence holding the expression
            if i < 0 or e > own[i][5] or own[i][3] not in kinds:
                continue
            _, number, paragraph, kind, _, _ = own[i]
            rest = tagged[:sentence_at] + tagged[sentence_at + 1 :]
            rows.append((art.article_id, art.outlet, number, paragraph, kind, *rest))
    columns = ["article_id", "outlet", "sentence", "paragraph", "kind"] + [c for c in DATE_COLUMNS if c != "sentence"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame

