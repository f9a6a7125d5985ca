"""One pipeline for big corpora, built from the same helpers the notebooks use.

``analyze(articles)`` returns every table the notebooks build, joined on the
keys they share (``article_id``, ``sentence``):

- ``sentences``: one row per sentence with its sentiment (TextBlob and VADER),
  the quotes in it (count, kinds, speakers, sides), its frames and its dates;
- ``quotes``, ``dates``, ``frames``: the tidy tables behind those columns;
- ``events`` and ``undated``: the engagement events across all articles.

The sentence table is built by named stages, in this order, each adding its
columns: :func:`sentence_table`, :func:`add_sentiment`, :func:`add_quotes`,
:func:`add_frames`, :func:`add_dates`, :func:`typed`.  A stage that finds
nothing (no quote, frame or date in a batch) leaves "" or 0 in its columns.

Every stage works article by article, so the sentence table of a corpus is
the concatenation of the tables of its parts.  That is what lets
``analyze_dask`` run the same code on a Dask DataFrame of articles with
``map_partitions``, on one machine or a cluster, with identical results.

>>> tables = analyze(load_articles())
>>> tables["sentences"][["outlet", "text", "polarity", "speakers", "frames", "dates"]]
"""

from __future__ import annotations

import pandas as pd
from tqdm.auto import tqdm

from .corpus import ANALYSED_KINDS, sentences
from .framing import tag_frames
from .quotes import extract_quotes
from .sentiment import score_texts
from .timeline import dates, event_mentions, events_from_mentions
from .validation import require_articles

#: Above this many articles, ``analyze`` shows a progress bar.
PROGRESS_FROM = 30
#: Articles handled together: big enough to amortise per-call overhead, small enough for a progress bar.
BATCH = 25
#: The keys that join every per-sentence table to the sentence table.
KEYS = ["article_id", "sentence"]

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


# --------------------------------------------------------------------------- the stages, in order


def sentence_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Stage 1: the sentences of the analysed paragraph kinds (:func:`helpers.corpus.sentences`).

    Columns: ``article_id, outlet, sentence, paragraph, kind, start, end, text, n_words``.
    """
    return sentences(articles, kinds=ANALYSED_KINDS)


def add_sentiment(sents: pd.DataFrame) -> pd.DataFrame:
    """Stage 2: each sentence scored by TextBlob and VADER (:func:`helpers.sentiment.score_texts`).

    Adds ``polarity, subjectivity, vader_compound, textblob_label, vader_label, agree``.
    """
    return score_texts(sents)


def add_quotes(table: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Stage 3: the quotes in each sentence (``quotes`` from :func:`helpers.quotes.extract_quotes`).

    Adds ``n_quotes`` (0 where none), and the distinct ``quote_kinds``,
    ``speakers`` and ``sides`` of its quotes, in order, joined by "; ".
    """
    counts = quotes.groupby(KEYS).size().rename("n_quotes").reset_index() if not quotes.empty else None
    table = _merge_on_keys(table, counts, "n_quotes", 0)
    table = _add_joined(table, quotes, "kind", "quote_kinds")
    table = _add_joined(table, quotes, "speaker", "speakers")
    return _add_joined(table, quotes, "side", "sides")


def add_frames(table: pd.DataFrame, frames: pd.DataFrame) -> pd.DataFrame:
    """Stage 4: the frames each sentence evokes (``frames`` from :func:`helpers.framing.tag_frames`).

    Adds ``frames``: its distinct frames, in order, joined by "; ".
    """
    return _add_joined(table, frames, "frame", "frames")


def add_dates(table: pd.DataFrame, dated: pd.DataFrame) -> pd.DataFrame:
    """Stage 5: the dates each sentence mentions (``dated`` from :func:`helpers.timeline.dates`).

    Adds ``dates``: the distinct resolved values, in order, joined by "; ".
    """
    return _add_joined(table, dated, "value", "dates")


def typed(table: pd.DataFrame) -> pd.DataFrame:
    """Stage 6: the columns of :data:`SENTENCE_COLUMNS`, in order, with their dtypes, whatever the input.

    Missing values become "", 0 or False, so that partitions concatenate.
    """
    out = pd.DataFrame(index=table.index)
    for column, dtype in SENTENCE_COLUMNS.items():
        values = table[column] if column in table else pd.Series(index=table.index, dtype=object)
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


def analyze_tables(articles: pd.DataFrame, mentions: bool = False) -> dict[str, pd.DataFrame]:
    """All per-article tables for ``articles``: ``sentences`` (every stage joined), ``quotes``, ``frames``, ``dates``.

    With ``mentions``, also the engagement ``mentions`` that :func:`analyze`
    merges into events.  Each table may be empty (an article with no quote,
    frame or date); the sentence table then has "" or 0 in those columns.
    """
    sents = sentence_table(articles)
    quotes = extract_quotes(articles)
    frames = tag_frames(sents)
    dated = dates(articles)
    joined = (
        add_sentiment(sents)
        .pipe(add_quotes, quotes)
        .pipe(add_frames, frames)
        .pipe(add_dates, dated)
        .pipe(typed)
    )
    tables = {"sentences": joined, "quotes": quotes, "frames": frames, "dates": dated}
    if mentions:
        tables["mentions"] = event_mentions(articles, sents=sents, dated=dated)
    return tables


# --------------------------------------------------------------------------- joining per-sentence values


def _add_joined(table: pd.DataFrame, frame: pd.DataFrame, column: str, name: str) -> pd.DataFrame:
    """``table`` with ``name``: per sentence, the distinct values of ``frame[column]``, in order, joined by '; '.

    Sentences with none get "".  One pass over plain lists: a pandas group-by
    with a string join per group cost more than the stage it joins.
    """
    joined: dict[tuple, list[str]] = {}
    if not frame.empty:
        kept = frame[column].notna().to_numpy()
        for article, sentence, value in zip(frame["article_id"].to_numpy()[kept], frame["sentence"].to_numpy()[kept],
                                            frame[column].to_numpy()[kept]):
            value = str(value)
            if value == "":
                continue
            seen = joined.setdefault((article, int(sentence)), [])
            if value not in seen:  # the first of each, in order
                seen.append(value)
    keys = zip(table["article_id"].tolist(), table["sentence"].tolist())
    return table.assign(**{name: ["; ".join(joined[key]) if key in joined else "" for key in keys]})


def _merge_on_keys(table: pd.DataFrame, values: pd.DataFrame | None, name: str, missing) -> pd.DataFrame:
    """``table`` with the column ``name`` of ``values`` (keyed by :data:`KEYS`); ``missing`` where it has none."""
    if values is None:  # nothing found in this batch: no merge with an empty, untyped table
        return table.assign(**{name: missing})
    values = values.astype({"sentence": table["sentence"].dtype})
    merged = table.merge(values, on=KEYS, how="left", validate="one_to_one")
    merged[name] = merged[name].fillna(missing)
    return merged


def analyze_partition(articles: pd.DataFrame) -> pd.DataFrame:
    """The joined sentence table for one partition of articles (what ``map_partitions`` calls)."""
    if articles.empty:
        return typed(pd.DataFrame(columns=list(SENTENCE_COLUMNS)))
    return analyze_tables(articles)["sentences"]


def analyze(articles: pd.DataFrame, progress: bool | None = None) -> dict[str, pd.DataFrame]:
    """Every table for ``articles``: ``sentences`` (joined), ``quotes``, ``frames``, ``dates``, ``events``, ``undated``.

    A progress bar (tqdm) is shown for more than :data:`PROGRESS_FROM`
    articles, unless ``progress=False``.
    """
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
