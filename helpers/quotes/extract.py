"""The public entry point: :func:`extract_quotes`, one row per quotation and per reported statement."""

from __future__ import annotations

import pandas as pd

from .. import corpus
from ..corpus.table import title_of
from ..errors import QuoteInputError
from ..validation import require_articles
from .article import Article, article_rows
from .cues import load_cues
from .registry import Registry, registry_index

#: Kinds that are the speaker's own words: inside quotation marks, or a transcript's turn after its label.
QUOTED_KINDS = ("direct", "partial", "continuation", "turn")
QUOTE_KINDS = (*QUOTED_KINDS, "indirect")
COLUMNS = [
    "article_id", "outlet", "start", "end", "quote", "kind", "speaker", "speaker_mention", "speaker_kind", "side",
    "cue", "paragraph", "sentence", "via", "n_words", "speaker_start", "speaker_end", "role",
]
INT_COLUMNS = ("start", "end", "paragraph", "sentence", "n_words", "speaker_start", "speaker_end")


def extract_quotes(articles: pd.DataFrame, registry: pd.DataFrame | Registry | None = None,
                   kinds: tuple[str, ...] = corpus.ANALYSED_KINDS) -> pd.DataFrame:
    """One row per quote span and per reported (indirect) statement in ``articles``.

    ``articles`` is a table like :func:`helpers.corpus.load_articles` returns
    (needs ``article_id, outlet, text``; ``title`` is used to find the
    headline when present).  ``registry`` is a speaker registry table (see
    :func:`helpers.speakers.load_registry`); default the packaged one.
    ``kinds`` are the paragraph kinds searched.  Columns: see
    :mod:`helpers.quotes`; rows are in text order within each article.
    """
    require_articles(articles, ("article_id", "outlet", "text"), QuoteInputError)
    if articles["article_id"].duplicated().any():
        dup = articles.loc[articles["article_id"].duplicated(), "article_id"].iloc[0]
        raise QuoteInputError(f"articles table has duplicate article_id {dup!r}")
    bad = articles[~articles["text"].map(lambda t: isinstance(t, str))]
    if len(bad):
        raise QuoteInputError(f"article {bad['article_id'].iloc[0]!r}: text is not a string")
    arts = articles[["article_id", "outlet", "text"]].copy()
    arts["title"] = articles["title"].fillna("").astype(str) if "title" in articles.columns else ""
    index = registry_index(registry, articles)
    cues = load_cues()
    if arts.empty:
        return _empty()
    wanted = set(kinds)
    rows: list[dict] = []
    # one pass over plain tuples: the per-text paragraph and sentence rows are cached by helpers.corpus,
    # so no paragraph or sentence table is built and nothing is grouped or iterated as a DataFrame
    for art in zip(arts["article_id"], arts["outlet"], arts["text"], arts["title"]):
        article = Article(*art)
        title = title_of(article.title)
        paras = [p for p in corpus.paragraph_rows(article.text, title) if p["kind"] in wanted]
        if not paras:
            continue
        sents = [(number, para, s, e) for number, (para, kind, s, e, _) in
                 enumerate(corpus.sentence_rows(article.text, title)) if kind in wanted]
        rows.extend(article_rows(article, paras, sents, index, cues))
    if not rows:
        return _empty()
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame = frame.sort_values(["article_id", "start", "end"], kind="stable")
    order = {a: k for k, a in enumerate(arts["article_id"])}
    frame = frame.sort_values(["article_id", "start"], key=lambda c: c.map(order) if c.name == "article_id" else c,
                              kind="stable").reset_index(drop=True)
    for col in INT_COLUMNS:
        frame[col] = frame[col].astype(int)
    return frame


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    for col in INT_COLUMNS:
        frame[col] = frame[col].astype(int)
    return frame
