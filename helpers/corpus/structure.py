"""Per article: how many paragraphs of each kind, sentences and words."""

from __future__ import annotations

import pandas as pd

from .paragraphs import ANALYSED_KINDS, PARAGRAPH_KINDS, paragraphs
from .sentences import sentences


def structure(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: counts of paragraphs by kind, sentences and words (analysed kinds only)."""
    paras = paragraphs(articles)
    sents = sentences(articles, kinds=ANALYSED_KINDS)
    kinds = paras.pivot_table(index="article_id", columns="kind", values="paragraph", aggfunc="count", fill_value=0)
    kinds = kinds.reindex(columns=list(PARAGRAPH_KINDS), fill_value=0).add_prefix("n_")
    analysed = paras[paras["kind"].isin(ANALYSED_KINDS)]
    table = articles[["article_id", "outlet", "title", "published"]].set_index("article_id")
    table = table.join(kinds)
    table["n_paragraphs"] = analysed.groupby("article_id").size()
    table["n_sentences"] = sents.groupby("article_id").size()
    table["n_words"] = analysed.groupby("article_id")["n_words"].sum()
    table["words_per_sentence"] = (table["n_words"] / table["n_sentences"]).round(1)
    count_cols = [c for c in table.columns if c.startswith("n_")]
    table[count_cols] = table[count_cols].fillna(0).astype(int)
    return table.reset_index()
