"""Small tables in the contracts of the sentiment helpers, built by hand for the tests."""

from __future__ import annotations

import pandas as pd


def frame(*texts, **columns) -> pd.DataFrame:
    """One row per text, with the keys of a sentence table (one article, outlet X)."""
    data = {"article_id": "a", "outlet": "X", "start": range(len(texts)), "end": range(1, len(texts) + 1),
            "text": list(texts)}
    data.update(columns)
    return pd.DataFrame(data)


def quotes_for(articles: pd.DataFrame) -> pd.DataFrame:
    """A small quotes table in the extract_quotes contract, built by hand from the seed texts."""
    wanted = [
        ("Axios", "familiar", "senior administration official", "anonymous", "US government", "partial"),
        ("Axios", "candid", "senior administration official", "anonymous", "US government", "partial"),
        ("Financial Times", "the ball now is in the US court", "Wang Yi", "named", "Chinese government", "direct"),
        ("Financial Times", "serious difficulties", "Xi Jinping", "named", "Chinese government", "partial"),
        ("Financial Times", "antics", "", "", "", "partial"),
    ]
    texts = dict(zip(articles["outlet"], articles["text"]))
    ids = dict(zip(articles["outlet"], articles["article_id"]))
    rows = []
    for outlet, quote, speaker, kind_of_speaker, side, kind in wanted:
        start = texts[outlet].index(quote)
        rows.append({"article_id": ids[outlet], "outlet": outlet, "start": start, "end": start + len(quote),
                     "quote": quote, "kind": kind, "speaker": speaker, "speaker_mention": speaker,
                     "speaker_kind": kind_of_speaker, "side": side, "cue": "said", "paragraph": 0, "sentence": 0,
                     "via": "China's foreign ministry" if speaker == "Xi Jinping" else "",
                     "n_words": len(quote.split())})
    return pd.DataFrame(rows)
