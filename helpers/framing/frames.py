"""Section 2 of notebook 02: which frames the sentences carry, per outlet, with the words that matched.

>>> sents = content_sentences(articles)
>>> tags = tag_frames(sents)            # one row per (sentence, frame, matched words)
>>> shares = frame_shares(sents, tags)  # share of sentences per frame, bootstrap CI: the chart's table
>>> frame_differences(shares)           # largest gaps between outlets first
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from ..stats import MIN_COUNT, bootstrap_ci
from .inputs import check_columns
from .lexicons import load_frames
from .patterns import compile_pattern, drop_nested, find_terms, pattern_index
from .tokens import tokens


def tag_frames(sents: pd.DataFrame, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tag each sentence with every frame whose terms it contains, one row per match.

    ``sents`` needs ``article_id, outlet, sentence, start, text`` (e.g. from
    :func:`content_sentences`).  Returns ``article_id, outlet, sentence, frame,
    label, term, matched, start, end``: ``term`` is the lexicon pattern,
    ``matched`` the words as written, ``start, end`` their offsets in the
    article (``article_text[start:end] == matched``).  Within a frame a match
    inside a longer match of the same frame is dropped, so "national security
    adviser" is one security match, not two.
    """
    check_columns(sents, {"article_id", "outlet", "sentence", "start", "text"}, "sentences table")
    lexicon = load_frames() if lexicon is None else lexicon
    check_columns(lexicon, {"frame", "label", "term"}, "frame lexicon")
    patterns = {}
    for row in lexicon.itertuples(index=False):
        patterns[(row.frame, row.term)] = compile_pattern(row.term, f"frame {row.frame!r}")
    labels = dict(zip(lexicon["frame"], lexicon["label"]))
    index = pattern_index(tuple(patterns.items()))
    rows = []
    columns = [sents[c].tolist() for c in ("article_id", "outlet", "sentence", "start", "text")]
    for article_id, outlet, sentence, sent_start, text in zip(*columns):  # plain values, no row objects
        toks = tokens(text)
        by_frame: dict[str, list] = {}
        for (frame, term), i, j in find_terms(toks, index):  # one pass over the sentence for all frames
            by_frame.setdefault(frame, []).append((term, i, j))
        for frame, hits in by_frame.items():
            seen = set()
            for term, i, j in sorted(drop_nested(hits), key=lambda h: (h[1], -h[2])):
                if (i, j) in seen:  # two patterns on the same words: keep the first
                    continue
                seen.add((i, j))
                s, e = toks[i][0], toks[j - 1][1]
                rows.append(
                    (
                        article_id,
                        outlet,
                        sentence,
                        frame,
                        labels[frame],
                        term,
                        text[s:e],
                        sent_start + s,
                        sent_start + e,
                    )
                )
    columns = ["article_id", "outlet", "sentence", "frame", "label", "term", "matched", "start", "end"]
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["article_id", "sentence", "start", "frame"], kind="stable").reset_index(drop=True)


def frame_shares(
    sents: pd.DataFrame, tags: pd.DataFrame, lexicon: pd.DataFrame | None = None, min_count: int = MIN_COUNT
) -> pd.DataFrame:
    """Per outlet and frame: the share of sentences tagged, with a bootstrap interval over sentences.

    Returns ``outlet, frame, label, n_sentences, n_tagged, share, ci_low,
    ci_high, too_few`` (fewer than ``min_count`` tagged sentences) and
    ``terms``: the matched terms with their counts, most frequent first.
    Every frame of the lexicon appears for every outlet, also at zero.
    """
    check_columns(sents, {"article_id", "outlet", "sentence"}, "sentences table")
    check_columns(tags, {"article_id", "sentence", "frame", "matched"}, "frame tags")
    lexicon = load_frames() if lexicon is None else lexicon
    labels = dict(zip(lexicon["frame"], lexicon["label"]))
    rows = []
    for outlet, group in sents.groupby("outlet", sort=True):
        keys = list(zip(group["article_id"], group["sentence"]))
        mine = tags[tags["article_id"].isin(group["article_id"])]
        for frame in labels:
            hit = mine[mine["frame"] == frame]
            tagged = set(zip(hit["article_id"], hit["sentence"]))
            values = np.array([1.0 if k in tagged else 0.0 for k in keys])
            est, low, high = bootstrap_ci(values)
            terms = Counter(hit["matched"].str.lower())
            rows.append(
                (
                    outlet,
                    frame,
                    labels[frame],
                    len(keys),
                    int(values.sum()),
                    est,
                    low,
                    high,
                    int(values.sum()) < min_count,
                    ", ".join(f"{t} ({n})" for t, n in terms.most_common(6)),
                )
            )
    return pd.DataFrame(
        rows,
        columns=[
            "outlet",
            "frame",
            "label",
            "n_sentences",
            "n_tagged",
            "share",
            "ci_low",
            "ci_high",
            "too_few",
            "terms",
        ],
    )


def frame_differences(shares: pd.DataFrame) -> pd.DataFrame:
    """Per frame, the outlets with the highest and lowest share and the gap, largest gaps first.

    ``separated`` is True when the two intervals do not overlap (a rough
    check, not a test).
    """
    check_columns(shares, {"outlet", "frame", "label", "share", "ci_low", "ci_high"}, "frame shares")
    rows = []
    for frame, group in shares.groupby("frame", sort=False):
        hi = group.loc[group["share"].idxmax()]
        lo = group.loc[group["share"].idxmin()]
        rows.append(
            (
                frame,
                hi["label"],
                hi["outlet"],
                hi["share"],
                lo["outlet"],
                lo["share"],
                hi["share"] - lo["share"],
                bool(hi["ci_low"] > lo["ci_high"]),
            )
        )
    out = pd.DataFrame(
        rows, columns=["frame", "label", "highest", "share_highest", "lowest", "share_lowest", "gap", "separated"]
    )
    return out.sort_values(["gap", "frame"], ascending=[False, True]).reset_index(drop=True)


def frame_evidence(sents: pd.DataFrame, tags: pd.DataFrame, frame: str, limit: int = 2) -> pd.DataFrame:
    """Sentences tagged with ``frame``, per outlet, with the words that matched (``matched``)."""
    hit = tags[tags["frame"] == frame]
    words = hit.groupby(["article_id", "sentence"])["matched"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    rows = sents.merge(words.rename("matched").reset_index(), on=["article_id", "sentence"])
    return (
        rows.groupby("outlet")
        .head(limit)[["outlet", "article_id", "sentence", "start", "end", "matched", "text"]]
        .reset_index(drop=True)
    )


def frame_shares_by_event(
    sents: pd.DataFrame, tags: pd.DataFrame, articles: pd.DataFrame, lexicon: pd.DataFrame | None = None
) -> pd.DataFrame:
    """:func:`frame_shares` within each event (the articles' ``event`` column): the breakdown beside the pooled shares.

    Columns ``event`` and those of :func:`frame_shares`; one event (or no
    ``event`` column) gives one block, named "all articles".
    """
    check_columns(articles, {"article_id"}, "articles table")
    event = dict(zip(articles["article_id"], articles["event"].astype(str))) if "event" in articles else {}
    keyed = sents.assign(event=[event.get(a, "all articles") for a in sents["article_id"]])
    parts = [
        frame_shares(group, tags[tags["article_id"].isin(group["article_id"])], lexicon).assign(event=name)
        for name, group in keyed.groupby("event", sort=True)
    ]
    out = pd.concat(parts, ignore_index=True) if parts else frame_shares(sents, tags, lexicon).assign(event=[])
    return out[["event", *[c for c in out.columns if c != "event"]]]
