"""The charts of notebook 02 (framing), each drawing only the table it is given.

The tables come from :mod:`helpers.framing`; the same table is what
:func:`helpers.charts.export_figure` writes beside the image, and the source
line is added there too (``articles=``, ``note=``).

>>> table = top_terms(distinct, n=10, content_only=True)
>>> export_figure(plot_distinctive_terms(table, colors), "framing_distinctive_terms", data=table, articles=articles)
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..errors import FramingError
from ..framing.frames import frame_differences
from ..framing.inputs import check_columns
from ..framing.sources import NO_SPEAKER
from ..stats import MIN_COUNT
from .style import SIDE_COLORS, new_figure

#: The key under the distinctive-terms chart (a legend of its marks, not the source line).
TERMS_NOTE = f"† used fewer than {MIN_COUNT} times in all texts; (n:m) = uses in this outlet : in the others"
#: Colours of the kinds of source, beside :data:`SIDE_COLORS` for the sides.
KIND_COLORS = {"named": "#332288", "anonymous": "#AA4499", "institution": "#88CCEE", NO_SPEAKER: "#CCCCCC"}
#: The panels of the narrator-tone chart: measure and title.
TONE_MEASURES = [
    ("polarity", "Polarity (−1 negative … +1 positive)"),
    ("subjectivity", "Subjectivity (0 factual … 1 opinion)"),
    ("loaded_terms", "Loaded terms per sentence"),
]


# --------------------------------------------------------------------------- 1. distinctive terms


def plot_distinctive_terms(table: pd.DataFrame, colors: dict[str, str]) -> Figure:
    """Bars of z-scores for the terms of ``top_terms(distinct, n, content_only=True)``.

    Two outlets face each other (the first, alphabetically, to the left);
    three or more get a panel each.  Terms flagged ``too_few`` are drawn pale
    and marked with a dagger.  Every row is drawn: choose the terms first.
    """
    check_columns(table, {"outlet", "term", "z", "too_few", "count", "count_others"}, "distinctive terms table")
    if table.empty or (table["z"] <= 0).any():
        raise FramingError(
            "distinctive terms table: the chart draws terms that lean to an outlet (z > 0), at least one; "
            "pick them with helpers.framing.top_terms"
        )
    outlets = sorted(table["outlet"].unique())
    if len(outlets) == 2:
        left, right = outlets
        a = table[table["outlet"] == right]
        b = table[table["outlet"] == left]
        rows = pd.concat([a.assign(value=a["z"]), b.assign(value=-b["z"])]).sort_values("value")
        fig, ax = new_figure(figsize=(8, 1.2 + 0.26 * len(rows)))
        _diverging(ax, rows, colors)
        ax.set_xlabel(f"z-score: ← more typical of {left}    more typical of {right} →")
        lead = rows.loc[rows["value"].abs().idxmax()]
        ax.set_title(
            f"Distinctive words and phrases: “{lead['term']}” most marks {lead['outlet']} (z = {lead['z']:.1f})"
        )
        fig.supxlabel(TERMS_NOTE, fontsize=7, color="#555555")
        return fig
    n = int(table.groupby("outlet").size().max())
    fig, axes = new_figure(1, len(outlets), figsize=(3.4 * len(outlets), 1.2 + 0.26 * n), squeeze=False)
    for ax, outlet in zip(axes[0], outlets):
        rows = table[table["outlet"] == outlet]
        _diverging(ax, rows.assign(value=rows["z"]).sort_values("value"), colors)
        ax.set_title(outlet, fontsize=10)
        ax.set_xlabel("z-score vs all other outlets")
    fig.suptitle("Distinctive words and phrases of each outlet against the others", x=0.0, ha="left", fontweight="bold")
    fig.supxlabel(TERMS_NOTE, fontsize=7, color="#555555")
    return fig


def _diverging(ax, rows: pd.DataFrame, colors: dict[str, str]) -> None:
    y = np.arange(len(rows))
    shades = [colors[o] for o in rows["outlet"]]
    alphas = [0.35 if few else 0.9 for few in rows["too_few"]]
    for yi, (value, shade, alpha) in enumerate(zip(rows["value"], shades, alphas)):
        ax.barh(yi, value, color=shade, alpha=alpha, height=0.7)
    labels = [
        f"{t}{' †' if few else ''} ({c}:{o})"
        for t, few, c, o in zip(rows["term"], rows["too_few"], rows["count"], rows["count_others"])
    ]
    for yi, value, label in zip(y, rows["value"], labels):
        ax.text(value, yi, f" {label} ", va="center", ha="left" if value >= 0 else "right", fontsize=8)
    ax.axvline(0, color="#444444", lw=0.8)
    ax.set_yticks([])
    span = float(rows["value"].abs().max()) if len(rows) else 1.0
    ax.set_xlim(-span * 2.2 if (rows["value"] < 0).any() else 0, span * 2.2 if (rows["value"] > 0).any() else 0.1)


# --------------------------------------------------------------------------- 2. frames


def plot_frame_shares(shares: pd.DataFrame, colors: dict[str, str]) -> Figure:
    """Dot-and-interval chart of :func:`helpers.framing.frame_shares`: share of sentences per frame and outlet.

    Hollow dots are shares resting on fewer than the minimum count.  To show
    some frames only, pass the rows of those frames.
    """
    check_columns(shares, {"outlet", "frame", "label", "share", "ci_low", "ci_high", "too_few"}, "frame shares")
    order = shares.groupby("label")["share"].max().sort_values().index.tolist()
    outlets = sorted(shares["outlet"].unique())
    fig, ax = new_figure(figsize=(8.5, 1.2 + 0.34 * len(order) * max(1, len(outlets) / 2)))
    step = 0.7 / max(len(outlets), 1)
    for k, outlet in enumerate(outlets):
        rows = shares[shares["outlet"] == outlet].set_index("label").reindex(order)
        y = np.arange(len(order)) + (k - (len(outlets) - 1) / 2) * step
        ax.hlines(y, rows["ci_low"], rows["ci_high"], color=colors[outlet], lw=2, alpha=0.6)
        ax.scatter(
            rows["share"],
            y,
            color=colors[outlet],
            s=28,
            zorder=3,
            label=outlet,
            facecolors=[("white" if few else colors[outlet]) for few in rows["too_few"]],
        )
    ax.set_yticks(np.arange(len(order)), order)
    ax.set_xlabel("Share of the outlet's sentences with the frame (95% bootstrap interval)")
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    handles = [Line2D([], [], marker="o", color=colors[o], lw=2, label=o) for o in outlets]
    ax.legend(handles=handles, loc="lower right", fontsize=8)
    diffs = frame_differences(shares) if len(outlets) > 1 else None
    if not (shares["share"] > 0).any():
        ax.set_title("No sentence carries a frame of the lexicon")
    elif diffs is not None and len(diffs) and diffs.iloc[0]["gap"] > 0:
        top = diffs.iloc[0]
        ax.set_title(
            f"{top['label']}: {top['share_highest']:.0%} of {top['highest']}'s sentences "
            f"vs {top['share_lowest']:.0%} of {top['lowest']}'s"
        )
    else:
        best = shares.loc[shares["share"].idxmax()]
        ax.set_title(f"Most frequent frame: {best['label']} ({best['share']:.0%} of sentences)")
    return fig


# --------------------------------------------------------------------------- 3. source mix


def plot_source_mix(table: pd.DataFrame) -> Figure:
    """Two panels of stacked bars per outlet: words by side, and by named / anonymous / institution.

    ``table`` is :func:`helpers.framing.source_mix_chart_table`: the rows of
    each mix marked in its column ``by``.
    """
    check_columns(table, {"outlet", "side", "speaker_kind", "share", "by"}, "source mix chart table")
    by_side = table[table["by"] == "side"]
    by_kind = table[table["by"] == "speaker_kind"]
    fig, axes = new_figure(1, 2, figsize=(10, 1.6 + 0.5 * by_side["outlet"].nunique()), sharey=True)
    side_colors = {**SIDE_COLORS, NO_SPEAKER: "#CCCCCC"}
    outlets = sorted(by_side["outlet"].unique())
    for ax, mix, column, palette, title in (
        (axes[0], by_side, "side", side_colors, "Words quoted or reported, by side"),
        (axes[1], by_kind, "speaker_kind", KIND_COLORS, "… by kind of source"),
    ):
        left = np.zeros(len(outlets))
        for value in [v for v in palette if v in set(mix[column])] + sorted(set(mix[column]) - set(palette)):
            shares = mix[mix[column] == value].set_index("outlet")["share"].reindex(outlets).fillna(0).to_numpy()
            ax.barh(
                range(len(outlets)), shares, left=left, color=palette.get(value, "#999999"), height=0.6, label=value
            )
            for i, (lo, s) in enumerate(zip(left, shares)):
                if s >= 0.08:
                    ax.text(lo + s / 2, i, f"{s:.0%}", ha="center", va="center", color="white", fontsize=8)
            left += shares
        ax.set_title(title, fontsize=10)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3, fontsize=8)
    axes[0].set_yticks(range(len(outlets)), outlets)
    axes[0].invert_yaxis()
    main = by_side[by_side["side"] != NO_SPEAKER].sort_values("share", ascending=False).groupby("outlet").head(1)
    parts = [f"{r.outlet}: {r.share:.0%} {r.side}" for r in main.itertuples()]
    fig.suptitle(
        "Whose words each outlet carries" + (f" ({'; '.join(parts)})" if parts else ""),
        x=0.0,
        ha="left",
        fontweight="bold",
    )
    return fig


# --------------------------------------------------------------------------- 4. same fact, two framings


def plot_aligned_pairs(table: pd.DataFrame) -> Figure:
    """Aligned pairs as a two-column text figure: ``pairs_chart_table(side_by_side(pairs), n)``, every row drawn."""
    check_columns(
        table, {"outlet_a", "outlet_b", "wrapped_a", "wrapped_b", "score", "loaded_a", "loaded_b"}, "pairs chart table"
    )
    several = table[["outlet_a", "outlet_b"]].drop_duplicates().shape[0] > 1
    cells = list(zip(table["wrapped_a"], table["wrapped_b"], table["score"]))
    heights = [max(a.count("\n"), b.count("\n")) + 1.8 for a, b, _ in cells] or [2]
    total = sum(heights) + 1.5
    fig, ax = new_figure(figsize=(11, 0.9 + 0.15 * total))
    ax.axis("off")
    ax.set_xlim(0, 1)
    ax.set_ylim(total, 0)
    if len(table) and not several:
        ax.text(0.0, 0.2, table["outlet_a"].iloc[0], fontweight="bold", va="top", fontsize=9)
        ax.text(0.5, 0.2, table["outlet_b"].iloc[0], fontweight="bold", va="top", fontsize=9)
    y = 1.5
    for (a, b, score), h in zip(cells, heights):
        ax.text(0.0, y, a, va="top", fontsize=7.5, linespacing=1.25)
        ax.text(0.5, y, b, va="top", fontsize=7.5, linespacing=1.25)
        ax.text(1.0, y, f"{score:.2f}", va="top", ha="right", fontsize=7, color="#777777")
        ax.axhline(y - 0.35, color="#DDDDDD", lw=0.6)
        y += h
    n_loaded = int((table["loaded_a"] != "").sum() + (table["loaded_b"] != "").sum()) if len(table) else 0
    ax.set_title(
        f"The same facts, told twice: {len(table)} aligned pairs, "
        f"{n_loaded} of {2 * len(table)} sentences use loaded terms",
        loc="left",
    )
    return fig


# --------------------------------------------------------------------------- 6. narrator tone


def plot_narrator_tone(tone: pd.DataFrame, colors: dict[str, str]) -> Figure:
    """Polarity, subjectivity and loaded terms of the narrator's sentences per outlet: :func:`narrator_tone`."""
    check_columns(tone, {"outlet", "measure", "mean", "ci_low", "ci_high"}, "narrator tone")
    if tone.empty:
        raise FramingError("narrator tone: no narrator sentences to draw")
    outlets = sorted(tone["outlet"].unique())
    fig, axes = new_figure(1, 3, figsize=(11, 1.4 + 0.45 * len(outlets)), sharey=True)
    for ax, (measure, title) in zip(axes, TONE_MEASURES):
        rows = tone[tone["measure"] == measure].set_index("outlet").reindex(outlets)
        for i, outlet in enumerate(outlets):
            r = rows.loc[outlet]
            ax.hlines(i, r["ci_low"], r["ci_high"], color=colors[outlet], lw=2.5, alpha=0.6)
            ax.scatter([r["mean"]], [i], color=colors[outlet], s=36, zorder=3)
            ax.text(r["mean"], i - 0.22, f"{r['mean']:.2f}", ha="center", fontsize=8)
        ax.set_title(title, fontsize=9)
        if measure == "polarity":
            ax.axvline(0, color="#888888", lw=0.8)
    axes[0].set_yticks(range(len(outlets)), outlets)
    axes[0].set_ylim(len(outlets) - 0.5, -0.7)
    pol = tone[tone["measure"] == "subjectivity"].set_index("outlet")["mean"]
    fig.suptitle(
        f"The writers' own sentences: subjectivity from {pol.min():.2f} ({pol.idxmin()}) "
        f"to {pol.max():.2f} ({pol.idxmax()})"
        if len(pol) > 1
        else f"The writer's own sentences: subjectivity {pol.iloc[0]:.2f}",
        x=0.0,
        ha="left",
        fontweight="bold",
    )
    return fig


# --------------------------------------------------------------------------- 7. what one outlet leaves out


def plot_outlet_only(table: pd.DataFrame, colors: dict[str, str]) -> Figure:
    """Per outlet, the share of its sentences no other outlet of the event tells: :func:`outlet_only_counts`.

    A dot and its bootstrap interval per outlet; beside it the counts of
    sentences, speakers and events only that outlet has.
    """
    check_columns(table, {"outlet", "n", "n_only", "share", "ci_low", "ci_high", "n_speakers", "n_events"},
                  "outlet-only table")
    if table.empty:
        raise FramingError("outlet-only table: no event is told by two outlets, so nothing is left out by one")
    rows = table.sort_values("outlet").reset_index(drop=True)
    fig, ax = new_figure(figsize=(8, 1.4 + 0.5 * len(rows)))
    for i, r in rows.iterrows():
        ax.hlines(i, r["ci_low"], r["ci_high"], color=colors.get(r["outlet"], "#555555"), lw=2.5, alpha=0.6)
        ax.scatter([r["share"]], [i], color=colors.get(r["outlet"], "#555555"), s=40, zorder=3)
        counts = f"{r['n_only']} of {r['n']} sentences, {r['n_speakers']} speaker(s), {r['n_events']} dated event(s)"
        ax.text(1.02, i, f"only here: {counts}", va="center", fontsize=8, transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(rows)), rows["outlet"])
    ax.set_ylim(len(rows) - 0.5, -0.7)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.set_xlabel("share of the outlet's sentences that no other outlet of the event tells (95% interval)")
    top = rows.loc[rows["share"].idxmax()]
    ax.set_title(f"What only one outlet tells: up to {top['share']:.0%} of {top['outlet']}'s sentences", loc="left")
    return fig
