"""Shared by the timeline tests: finding one event in a table, and articles written for a test."""

from __future__ import annotations

import pandas as pd

DCT = "2021-09-10"  # a Friday


def event_of(events: pd.DataFrame, *names: str, mode: str | None = None) -> pd.Series:
    """The one event in which every one of ``names`` takes part (and of ``mode``)."""
    hit = events[events["participants"].map(lambda p: all(n in p for n in names))]
    if mode is not None:
        hit = hit[hit["mode"] == mode]
    assert len(hit) == 1, f"{names} {mode}: {events[['event_id', 'participants', 'mode']].to_dict('records')}"
    return hit.iloc[0]


def articles_of(*texts: str, published: str = "2022-05-20") -> pd.DataFrame:
    """An articles table of ``texts``, one outlet each ("Outlet 0", "Outlet 1" ...)."""
    return pd.DataFrame({
        "article_id": [f"a{i}" for i in range(len(texts))],
        "outlet": [f"Outlet {i}" for i in range(len(texts))],
        "title": ["Talks" for _ in texts],
        "published": pd.to_datetime([published] * len(texts)),
        "text": list(texts),
    })
