"""Section 3 of notebook 02: whose words each outlet carries, by side and by kind of source.

>>> quotes = extract_quotes(articles)
>>> by_side = source_mix(quotes, by="side")
>>> by_kind = source_mix(quotes, by="speaker_kind")
>>> source_mix_chart_table(by_side, by_kind)  # the table the chart draws
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import FramingError
from ..quotes import QUOTE_KINDS, QUOTED_KINDS
from .inputs import check_columns

#: The columns of the quotes table (helpers.quotes.extract_quotes) that the source mix reads.
QUOTE_COLUMNS = {"article_id", "outlet", "kind", "speaker", "speaker_kind", "side", "n_words"}
#: The group of quoted words nobody is named as saying.
NO_SPEAKER = "(no speaker)"
#: The group of a speaker whose side (or other ``by`` value) is not known.
UNKNOWN = "(unknown)"


def source_mix(quotes: pd.DataFrame, by: str = "side") -> pd.DataFrame:
    """Quoted and reported words per outlet by ``side`` (or ``speaker_kind``, or any quotes column).

    ``quotes`` follows the contract of :func:`helpers.quotes.extract_quotes`.
    Quoted words are those of ``direct``, ``partial`` and ``continuation``
    spans; reported words those of ``indirect`` ones.  Returns ``outlet, <by>,
    n_quotes, n_speakers, quoted_words, reported_words, words, share`` (of
    the outlet's attributed and quoted words) and ``speakers`` (names,
    most words first).  Spans without a speaker are kept as ``(no speaker)``,
    a speaker without a ``by`` value as ``(unknown)``, so nothing is lost silently.
    """
    check_columns(quotes, QUOTE_COLUMNS | {by}, "quotes table")
    q = quotes.copy()
    q["speaker"] = q["speaker"].fillna("").astype(str)
    q[by] = q[by].fillna("").astype(str).replace("", UNKNOWN)
    q.loc[q["speaker"] == "", by] = NO_SPEAKER
    unknown = set(q["kind"]) - set(QUOTE_KINDS)
    if unknown:
        raise FramingError(
            f"quotes table: unknown kind(s) {', '.join(sorted(map(str, unknown)))}; "
            "expected direct, partial, continuation, indirect"
        )
    q["quoted_words"] = np.where(q["kind"].isin(QUOTED_KINDS), q["n_words"], 0)
    q["reported_words"] = np.where(q["kind"] == "indirect", q["n_words"], 0)
    rows = []
    for (outlet, group_value), group in q.groupby(["outlet", by], sort=True):
        speakers = group[group["speaker"] != ""].groupby("speaker")["n_words"].sum().sort_values(ascending=False)
        rows.append(
            (
                outlet,
                group_value,
                len(group),
                int(speakers.size),
                int(group["quoted_words"].sum()),
                int(group["reported_words"].sum()),
                ", ".join(speakers.index),
            )
        )
    out = pd.DataFrame(
        rows, columns=["outlet", by, "n_quotes", "n_speakers", "quoted_words", "reported_words", "speakers"]
    )
    out["words"] = out["quoted_words"] + out["reported_words"]
    totals = out.groupby("outlet")["words"].transform("sum")
    out["share"] = np.where(totals > 0, out["words"] / totals.where(totals > 0, 1), np.nan)
    return out[["outlet", by, "n_quotes", "n_speakers", "quoted_words", "reported_words", "words", "share", "speakers"]]


def voices(quotes: pd.DataFrame, kinds: tuple[str, ...] = QUOTED_KINDS) -> dict[str, list[str]]:
    """Outlet -> the sides whose words it puts in quotation marks (or other ``kinds``), sorted."""
    check_columns(quotes, QUOTE_COLUMNS, "quotes table")
    q = quotes[quotes["kind"].isin(kinds) & (quotes["speaker"].fillna("") != "") & (quotes["side"].fillna("") != "")]
    found = {o: sorted(g["side"].unique()) for o, g in q.groupby("outlet")}
    return {o: found.get(o, []) for o in sorted(quotes["outlet"].unique())}


def source_mix_chart_table(by_side: pd.DataFrame, by_kind: pd.DataFrame) -> pd.DataFrame:
    """The two source mixes in one table, as :func:`helpers.charts.framing.plot_source_mix` draws them.

    The rows of ``source_mix(quotes, by="side")`` then those of
    ``source_mix(quotes, by="speaker_kind")``, each keeping its own index,
    with a column ``by`` saying which of the two a row belongs to.
    """
    check_columns(by_side, {"outlet", "side", "share"}, "source mix by side")
    check_columns(by_kind, {"outlet", "speaker_kind", "share"}, "source mix by kind of source")
    return pd.concat([by_side.assign(by="side"), by_kind.assign(by="speaker_kind")])
