"""Who gets quoted: quoted words per side or kind of speaker, the quotes as a reader wants them, counts.

>>> quoted_share(quotes, "side")     # per outlet and side: n_quotes, n_words, share of the quoted words
>>> quote_counts(quotes)             # per outlet: spans by kind, speakers, share attributed
"""

from __future__ import annotations

import pandas as pd

from ..quotes import QUOTED_KINDS
from .aggregate import NO_SIDE, NO_SPEAKER
from .columns import require

#: The panels of the quoted-share chart: the column of the quotes table each one splits the words by.
SHARE_PANELS = ("side", "speaker_kind")


def _drop_nested(quotes: pd.DataFrame) -> pd.DataFrame:
    """Drop spans that lie inside another span of the same article, so no word is counted twice."""
    keep = []
    for _, group in quotes.groupby("article_id", sort=False):
        spans = group.sort_values(["start", "end"], ascending=[True, False])
        reach = -1
        for index, row in spans.iterrows():
            if row["end"] <= reach:
                continue
            keep.append(index)
            reach = max(reach, row["end"])
    return quotes.loc[sorted(keep)] if keep else quotes.iloc[0:0]


def quoted_share(quotes: pd.DataFrame, by: str = "side", kinds: tuple[str, ...] = QUOTED_KINDS) -> pd.DataFrame:
    """Per outlet and value of ``by``: ``n_quotes``, ``n_words`` and ``share`` of the outlet's quoted words.

    Counts the words inside quotation marks (``kinds``, default direct,
    partial and continuation), each word once even where spans nest.  An
    empty ``by`` value (no speaker found) is shown as ``unattributed``.
    """
    require(quotes, ["article_id", "outlet", "start", "end", "kind", "n_words", by], "quoted_share")
    rows = _drop_nested(quotes[quotes["kind"].isin(kinds)])
    columns = ["outlet", by, "n_quotes", "n_words", "share"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows = rows.assign(**{by: rows[by].fillna("").replace("", NO_SIDE)})
    table = rows.groupby(["outlet", by], as_index=False).agg(n_quotes=("start", "size"), n_words=("n_words", "sum"))
    table["share"] = table["n_words"] / table.groupby("outlet")["n_words"].transform("sum")
    return table.sort_values(["outlet", "n_words", by], ascending=[True, False, True]).reset_index(drop=True)


def quoted_share_panels(quotes: pd.DataFrame) -> pd.DataFrame:
    """:func:`quoted_share` by side and by kind of speaker, stacked: the table of the quoted-share chart.

    Columns: ``panel`` (``side`` or ``speaker_kind``), ``outlet``, ``group``
    (the side or kind of speaker), ``n_quotes, n_words, share``.
    """
    parts = [quoted_share(quotes, panel).rename(columns={panel: "group"}).assign(panel=panel)
             for panel in SHARE_PANELS]
    return pd.concat(parts, ignore_index=True)[["panel", "outlet", "group", "n_quotes", "n_words", "share"]]


def quote_table(quotes: pd.DataFrame, width: int = 90) -> pd.DataFrame:
    """The quotes as a reader wants them: outlet, speaker, side, kind, and the quote (shortened to ``width``)."""
    require(quotes, ["outlet", "speaker", "side", "kind", "quote"], "quote_table")
    table = quotes.copy()
    table["speaker"] = table["speaker"].fillna("").replace("", NO_SPEAKER)
    if "via" in table.columns:
        table["speaker"] = [f"{s} (via {v})" if isinstance(v, str) and v else s
                            for s, v in zip(table["speaker"], table["via"])]
    table["quote"] = [q if len(q) <= width else q[: width - 1].rstrip() + "…" for q in table["quote"].astype(str)]
    order = [c for c in ("outlet", "article_id", "start") if c in table.columns]
    return table.sort_values(order)[["outlet", "speaker", "side", "kind", "quote"]].reset_index(drop=True)


def quote_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: quote spans by kind, quoted words, speakers, and how many spans have a speaker.

    Columns: ``outlet, n_spans, direct, partial, continuation, indirect,
    quoted_words`` (inside quotation marks, each word once), ``n_speakers``
    (distinct speakers found), ``share_attributed`` (spans with a speaker),
    ``share_anonymous_words`` (quoted words from anonymous speakers).
    """
    require(quotes, ["article_id", "outlet", "start", "end", "kind", "speaker", "speaker_kind", "n_words"],
            "quote_counts")
    columns = ["outlet", "n_spans", *QUOTED_KINDS, "indirect", "quoted_words", "n_speakers", "share_attributed",
               "share_anonymous_words"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    kinds = pd.crosstab(quotes["outlet"], quotes["kind"]).reindex(columns=[*QUOTED_KINDS, "indirect"], fill_value=0)
    speakers = quotes.assign(has=quotes["speaker"].fillna("") != "")
    table = speakers.groupby("outlet").agg(n_spans=("start", "size"), share_attributed=("has", "mean"),
                                           n_speakers=("speaker", lambda s: s[s.fillna("") != ""].nunique()))
    words = quoted_share(quotes, "speaker_kind").pivot_table(index="outlet", columns="speaker_kind",
                                                             values="n_words", aggfunc="sum", fill_value=0)
    table["quoted_words"] = words.sum(axis=1).reindex(table.index).fillna(0).astype(int)
    anonymous = words["anonymous"] if "anonymous" in words.columns else pd.Series(0, index=words.index)
    table["share_anonymous_words"] = (anonymous / words.sum(axis=1)).reindex(table.index)
    table = table.join(kinds).reset_index()
    return table[columns]
