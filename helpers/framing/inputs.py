"""What every framing section starts from: a checked articles table, its outlets, its content sentences."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..corpus import ANALYSED_KINDS, paragraphs, sentences
from ..errors import FramingError, NeedTwoOutlets
from ..text import count_words
from ..validation import require_articles, require_columns


def check_articles(articles: pd.DataFrame) -> None:
    """Raise :class:`FramingError` unless ``articles`` is a non-empty articles table."""
    require_articles(articles, ("article_id", "outlet", "title", "text"), FramingError)
    if articles.empty:
        raise FramingError("articles table is empty")


def check_columns(frame: pd.DataFrame, needed: set[str], what: str) -> None:
    """Raise :class:`FramingError` naming ``what`` unless ``frame`` has every column of ``needed``."""
    require_columns(frame, sorted(needed), what, FramingError)


def outlets_of(articles: pd.DataFrame) -> list[str]:
    """The outlets in ``articles``, sorted."""
    return sorted(articles["outlet"].astype(str).unique())


def comparison_note(articles: pd.DataFrame) -> str:
    """One sentence on what the corpus allows: a comparison needs two outlets."""
    outlets = outlets_of(articles)
    if len(outlets) < 2:
        return (
            f"Only one outlet ({outlets[0]}) is loaded: its frames, sources, naming and tone are described, "
            "but distinctive words and aligned sentences need at least two outlets."
        )
    return f"{len(outlets)} outlets are compared: {', '.join(outlets)}."


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def framing_title(articles: pd.DataFrame) -> str:
    """Notebook 02's title for these articles, every outlet named: "Framing: how Axios and FT told the same story"."""
    check_articles(articles)
    outlets = outlets_of(articles)
    n_events = articles["event"].nunique() if "event" in articles.columns else 1
    if len(outlets) == 1:
        return f"Framing: how {outlets[0]} told " + ("the story" if n_events == 1 else f"{n_events} stories")
    stories = "the same story" if n_events == 1 else f"the same {n_events} stories"
    return f"Framing: how {_and(outlets)} told {stories}"


def need_two_outlets(articles: pd.DataFrame, what: str) -> list[str]:
    """The outlets of ``articles``; :class:`NeedTwoOutlets` naming ``what`` when there is only one."""
    outlets = outlets_of(articles)
    if len(outlets) < 2:
        raise NeedTwoOutlets(
            f"{what} compares outlets and needs at least two; the articles come from one: {outlets[0]}"
        )
    return outlets


def content_sentences(articles: pd.DataFrame, kinds: tuple[str, ...] = ANALYSED_KINDS) -> pd.DataFrame:
    """Sentences (:func:`helpers.corpus.sentences`) without datelines and Axios-style labels.

    A paragraph's first sentence starts at the paragraph's ``content_start``, so
    "WASHINGTON (Axios):" and "Driving the news:" are not read as the writer's
    words; ``text`` is re-sliced so ``text == article[start:end]`` still holds.
    Section headings are left out (they carry no claim).
    """
    check_articles(articles)
    kinds = tuple(k for k in kinds if k != "section_heading")
    sents = sentences(articles, kinds=kinds)
    paras = paragraphs(articles)[["article_id", "paragraph", "content_start"]]
    merged = sents.merge(paras, on=["article_id", "paragraph"], how="left")
    texts = dict(zip(articles["article_id"], articles["text"]))
    merged["start"] = np.maximum(merged["start"], merged["content_start"]).astype(int)
    merged = merged[merged["start"] < merged["end"]].copy()
    merged["text"] = [texts[a][s:e] for a, s, e in zip(merged["article_id"], merged["start"], merged["end"])]
    merged["n_words"] = [count_words(t) for t in merged["text"]]
    merged = merged[merged["n_words"] > 0]
    return merged.drop(columns="content_start").reset_index(drop=True)
