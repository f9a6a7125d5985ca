"""One pipeline for big corpora, built from the same helpers the notebooks use.

``analyze(articles)`` returns every table the notebooks build, joined on the
keys they share (``article_id``, ``sentence``):

- ``sentences``: one row per sentence with its sentiment (TextBlob and VADER),
  the quotes in it (count, kinds, speakers, sides), its frames and its dates;
- ``quotes``, ``dates``, ``frames``: the tidy tables behind those columns;
- ``events`` and ``undated``: the engagement events across all articles.

Every stage works article by article, so the sentence table of a corpus is
the concatenation of the tables of its parts.  That is what lets
``analyze_dask`` run the same code on a Dask DataFrame of articles with
``map_partitions``, on one machine or a cluster, with identical results.

>>> tables = analyze(load_articles())
>>> tables["sentences"][["outlet", "text", "polarity", "speakers", "frames", "dates"]]
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .corpus import ANALYSED_KINDS, sentences
from .validation import require_articles

#: Above this many articles, ``analyze`` shows a progress bar.
PROGRESS_FROM = 30
#: Articles handled together: big enough to amortise per-call overhead, small enough for a progress bar.
BATCH = 25

SENTENCE_COLUMNS = {
    "article_id": "str",
    "outlet": "str",
    "sentence": "int64",
    "paragraph": "int64",
    "kind": "str",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "n_words": "int64",
    "polarity": "float64",
    "subjectivity": "float64",
    "vader_compound": "float64",
    "textblob_label": "str",
    "vader_label": "str",
    "agree": "bool",
    "n_quotes": "int64",
    "quote_kinds": "str",
    "speakers": "str",
    "sides": "str",
    "frames": "str",
    "dates": "str",
}


def _stages() -> dict[str, Callable]:
    # imported here: a worker process loads the stages once, on first use
    from .framing import tag_frames
    from .quotes import extract_quotes
    from .sentiment import score_texts
    from .timeline import dates, event_mentions

    return {
        "quotes": extract_quotes,
        "sentiment": score_texts,
        "frames": tag_frames,
        "dates": dates,
        "mentions": event_mentions,
    }


def _join_values(frame: pd.DataFrame, column: str, name: str) -> pd.Series:
    """Per (article_id, sentence): the distinct values of ``column``, in order, joined by '; '."""
    keys = ["article_id", "sentence"]
    values = frame[keys + [column]].dropna(subset=[column]) if not frame.empty else frame
    if values.empty:
        return pd.Series(dtype="str", name=name)
    values = values.assign(**{column: values[column].astype(str)})
    values = values[values[column] != ""].drop_duplicates()  # keeps the first of each, in order
    return values.groupby(keys, sort=False)[column].agg("; ".join).rename(name)


def analyze_tables(articles: pd.DataFrame, mentions: bool = False) -> dict[str, pd.DataFrame]:
    """All per-article tables for ``articles``: sentences (joined), quotes, dates, frames.

    With ``mentions``, also the engagement mentions that :func:`analyze` merges into events.
    """
    stages = _stages()
    sents = sentences(articles, kinds=ANALYSED_KINDS)
    scored = stages["sentiment"](sents)
    quotes = stages["quotes"](articles)
    frames = stages["frames"](sents)
    dated = stages["dates"](articles)

    keys = ["article_id", "sentence"]
    joined = scored.set_index(keys)
    joined["n_quotes"] = quotes.groupby(keys).size() if not quotes.empty else 0
    joined = joined.join(_join_values(quotes, "kind", "quote_kinds"))
    joined = joined.join(_join_values(quotes, "speaker", "speakers"))
    joined = joined.join(_join_values(quotes, "side", "sides"))
    joined = joined.join(_join_values(frames, "frame", "frames"))
    joined = joined.join(_join_values(dated, "value", "dates"))
    joined = joined.reset_index()
    tables = {"sentences": _typed(joined), "quotes": quotes, "frames": frames, "dates": dated}
    if mentions:
        tables["mentions"] = stages["mentions"](articles, sents=sents, dated=dated)
    return tables


def _typed(joined: pd.DataFrame) -> pd.DataFrame:
    """The sentence table with fixed columns and dtypes, whatever the input (so partitions concatenate)."""
    out = pd.DataFrame(index=joined.index)
    for column, dtype in SENTENCE_COLUMNS.items():
        values = joined[column] if column in joined else pd.Series(index=joined.index, dtype=object)
        if dtype == "str":
            values = values.fillna("").astype(str)
        elif dtype == "int64":
            values = values.fillna(0).astype("int64")
        elif dtype == "bool":
            values = values.fillna(False).astype(bool)
        else:
            values = values.astype(dtype)
        out[column] = values
    return out.reset_index(drop=True)


def analyze_partition(articles: pd.DataFrame) -> pd.DataFrame:
    """The joined sentence table for one partition of articles (what ``map_partitions`` calls)."""
    if articles.empty:
        return _typed(pd.DataFrame(columns=list(SENTENCE_COLUMNS)))
    return analyze_tables(articles)["sentences"]


def analyze(articles: pd.DataFrame, progress: bool | None = None) -> dict[str, pd.DataFrame]:
    """Every table for ``articles``: ``sentences`` (joined), ``quotes``, ``frames``, ``dates``, ``events``, ``undated``.

    A progress bar (tqdm) is shown for more than :data:`PROGRESS_FROM`
    articles, unless ``progress=False``.
    """
    from tqdm.auto import tqdm

    from .timeline import events_from_mentions

    require_articles(articles, ("article_id", "outlet", "title", "published", "text"))
    if articles.empty:
        raise ValueError("articles table is empty: nothing to analyse")
    progress = len(articles) > PROGRESS_FROM if progress is None else progress
    parts: dict[str, list[pd.DataFrame]] = {}
    with tqdm(total=len(articles), desc="articles", unit="article", disable=not progress) as bar:
        for i in range(0, len(articles), BATCH):
            batch = articles.iloc[i : i + BATCH]
            for name, table in analyze_tables(batch, mentions=True).items():
                parts.setdefault(name, []).append(table)
            bar.update(len(batch))
    tables = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
    # an event told in several articles is one event: mentions are merged across all batches
    tables["events"], tables["undated"] = events_from_mentions(tables.pop("mentions"))
    return tables


def analyze_dask(articles_ddf):
    """The joined sentence table of a Dask DataFrame of articles, lazily (call ``.compute()``).

    Each partition runs :func:`analyze_partition`; with a ``dask.distributed``
    client active, the partitions run on its workers.
    """
    meta = analyze_partition(articles_ddf._meta)
    return articles_ddf.map_partitions(analyze_partition, meta=meta)


def sort_sentences(frame: pd.DataFrame) -> pd.DataFrame:
    """A sentence table in a canonical order (by article and sentence), to compare runs."""
    return frame.sort_values(["article_id", "sentence"], kind="stable").reset_index(drop=True)
