"""The computed one-line findings of notebook 02, one per section, and the note on what the sample supports.

Each takes the section's table (and, for sources, the quotes) and returns a
sentence stating what the numbers show; a section without data gets a
sentence saying so.

>>> finding_frames(frame_shares(sents, tag_frames(sents)))
'The largest gap is in …'
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from ..stats import MIN_COUNT
from .frames import frame_differences
from .limits import smallest_detectable_gap
from .sources import NO_SPEAKER, voices
from .terms import top_terms


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _count(n: int, noun: str) -> str:
    """ "1 sentence", "2 sentences"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def finding_distinctive(table: pd.DataFrame) -> str:
    """The most distinctive word or phrase of each outlet that is not flagged ``too_few``."""
    solid = top_terms(table, n=1, include_too_few=False, content_only=True)
    if solid.empty:
        return "No word or phrase is frequent enough in these texts to single out an outlet."
    parts = [
        f"“{r.term}” for {r.outlet} ({r.count} vs {r.count_others} uses, z = {r.z:.1f})" for r in solid.itertuples()
    ]
    n_few = int(table.loc[table["z"] > 0, "too_few"].mean() * 100) if (table["z"] > 0).any() else 0
    strong = int((solid["z"] >= 1.96).sum())
    bar = (
        f"{strong} of them reach{'es' if strong == 1 else ''} z ≥ 1.96"
        if strong
        else "none of them reaches z ≥ 1.96, so no word clearly marks an outlet"
    )
    return (
        f"The most distinctive frequent terms are {'; '.join(parts)}; {bar}. "
        f"{n_few}% of the terms leaning to an outlet occur fewer than {MIN_COUNT} times in all texts: "
        "most differences rest on a handful of uses."
    )


def finding_frames(shares: pd.DataFrame) -> str:
    """The frame with the largest gap between outlets, and whether the intervals separate."""
    if not shares["n_tagged"].any():
        n_sentences = int(shares.groupby("outlet")["n_sentences"].first().sum())
        return f"No sentence carries a frame of the lexicon ({_count(n_sentences, 'sentence')} read)."
    if shares["outlet"].nunique() < 2:
        best = shares.loc[shares["share"].idxmax()]
        return (
            f"{best['outlet']}'s most frequent frame is {best['label']} "
            f"({_pct(best['share'])} of {best['n_sentences']} sentences)."
        )
    diffs = frame_differences(shares)
    top = diffs.iloc[0]
    if top["gap"] == 0:
        return "No frame separates the outlets: each frame has the same share of sentences in every outlet."
    n_sep = int(diffs["separated"].sum())
    others = shares[(shares["frame"] == top["frame"]) & ~shares["outlet"].isin([top["highest"], top["lowest"]])]
    between = "".join(f", {_pct(r.share)} of {r.outlet}'s" for r in others.sort_values("outlet").itertuples())
    return (
        f"The largest gap is in {top['label']}: {_pct(top['share_highest'])} of {top['highest']}'s sentences "
        f"against {_pct(top['share_lowest'])} of {top['lowest']}'s{between}; "
        + ("its intervals overlap" if not top["separated"] else "its intervals do not overlap")
        + f", and {n_sep} of {shares['frame'].nunique()} frames separate the outlets beyond their intervals."
    )


def finding_sources(by_side: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """Which sides each outlet quotes, and its leading side by words."""
    if by_side.empty:
        return "No quotes or reported speech were found."
    sides = voices(quotes)
    parts = []
    for outlet, group in by_side[by_side["side"] != NO_SPEAKER].groupby("outlet"):
        lead = group.loc[group["share"].idxmax()]
        quoted = sides.get(outlet, [])
        parts.append(
            f"{outlet} puts in quotation marks {', '.join(quoted) if quoted else 'no identified side'} "
            f"({_count(len(quoted), 'side')}); "
            f"{_pct(lead['share'])} of its attributed words are {lead['side']}"
        )
    return "; ".join(parts) + "."


def finding_pairs(table: pd.DataFrame) -> str:
    """How many facts both outlets tell, and how many of those pairs differ in loaded words."""
    if table.empty:
        return "No sentence pair is close enough to count as the same fact."
    differ = int(((table["loaded_a"] != "") != (table["loaded_b"] != "")).sum())
    one_side = table[(table["loaded_a"] != "") != (table["loaded_b"] != "")]
    lean = Counter(np.where(one_side["loaded_a"] != "", one_side["outlet_a"], one_side["outlet_b"]))
    lead = f"; the loaded side is {', '.join(f'{o} ({n})' for o, n in lean.most_common())}" if lean else ""
    outlets = sorted(set(table["outlet_a"]) | set(table["outlet_b"]))
    among = f" (among {', '.join(outlets)})" if len(outlets) > 2 else ""
    return (
        f"{len(table)} pair{'s' if len(table) != 1 else ''} of sentences{among} "
        f"tell{'s' if len(table) == 1 else ''} the same fact; "
        f"in {differ} of them only one of the two "
        f"uses loaded words{lead}."
    )


def finding_lede(ledes: pd.DataFrame, naming: pd.DataFrame) -> str:
    """Who each lede puts first, and each outlet's usual name for the most mentioned leader."""
    parts = []
    for r in ledes[ledes["part"] == "lede"].itertuples():
        verb = f" {r.main_verb}" if r.main_verb else ""
        parts.append(
            f"{r.outlet}'s lede opens with “{r.first_actor}{verb}”"
            if r.first_actor
            else f"{r.outlet}'s lede names no actor first"
        )
    if not naming.empty:
        leader = naming.groupby("leader")["n"].sum().idxmax()
        usual = (
            naming[naming["leader"] == leader]
            .sort_values(["n", "first_at"], ascending=[False, True])
            .groupby("outlet")
            .head(1)
        )
        totals = naming[naming["leader"] == leader].groupby("outlet")["n"].sum()
        parts.append(
            f"{leader} is named "
            + ", ".join(f"“{r.form}” by {r.outlet} ({r.n} of {totals[r.outlet]})" for r in usual.itertuples())
        )
    return "; ".join(parts) + "." if parts else "No headline or lede could be read."


def finding_tone(tone: pd.DataFrame) -> str:
    """Narrator subjectivity and polarity per outlet, and whether the intervals overlap."""
    sub = tone[tone["measure"] == "subjectivity"].set_index("outlet")
    pol = tone[tone["measure"] == "polarity"].set_index("outlet")
    if sub.empty:
        return "No narrator sentences to score."
    if len(sub) == 1:
        o = sub.index[0]
        return (
            f"{o}'s own sentences: subjectivity {sub.loc[o, 'mean']:.2f}, "
            f"polarity {pol.loc[o, 'mean']:+.2f} (n = {sub.loc[o, 'n']})."
        )
    hi, lo = sub["mean"].idxmax(), sub["mean"].idxmin()
    overlap = sub.loc[lo, "ci_high"] >= sub.loc[hi, "ci_low"]
    pol_txt = ", ".join(f"{o} {v:+.2f}" for o, v in pol["mean"].items())
    middle = "".join(f", {sub.loc[o, 'mean']:.2f} for {o}" for o in sub.index if o not in (hi, lo))
    return (
        f"{hi}'s narrator is the most subjective "
        f"({sub.loc[hi, 'mean']:.2f}{middle} vs {sub.loc[lo, 'mean']:.2f} for {lo}), "
        + ("but the intervals overlap" if overlap else "and the intervals do not overlap")
        + f"; mean polarity: {pol_txt}."
    )


def finding_outlet_only(counts: pd.DataFrame, by_event: pd.DataFrame | None = None) -> str:
    """What each outlet tells that no other outlet of the event does: every outlet named, pooled over events."""
    if counts.empty:
        return "No event here is told by two outlets, so no outlet can be said to leave anything out."
    parts = [
        f"{r.outlet} {_pct(r.share)} ({r.n_only} of {_count(r.n, 'sentence')}, "
        f"interval {_pct(r.ci_low)}–{_pct(r.ci_high)}; "
        f"{_count(r.n_speakers, 'speaker')} and {_count(r.n_events, 'dated event')} only it has)"
        for r in counts.sort_values("outlet").itertuples()
    ]
    text = "Share of each outlet's sentences that no other outlet of the same event tells: " + "; ".join(parts) + "."
    if by_event is not None and by_event["event"].nunique() > 1:
        spread = by_event.groupby("outlet")["share"].agg(["min", "max"])
        text += " Per event: " + "; ".join(
            f"{o} {_pct(r['min'])}–{_pct(r['max'])}" for o, r in spread.iterrows()
        ) + f" across {by_event['event'].nunique()} events."
    return text


def limits_note(sizes: pd.DataFrame) -> str:
    """What the sample supports: counts, and the smallest frame-share gap that would stand out."""
    parts = [
        f"{r.outlet}: {_count(r.articles, 'article')}, {_count(r.sentences, 'sentence')}, {_count(r.words, 'word')}"
        + (f", {_count(r.quotes, 'quote span')} from {_count(r.speakers, 'speaker')}" if "quotes" in sizes else "")
        for r in sizes.itertuples()
    ]
    text = "The evidence: " + "; ".join(parts) + ". "
    if len(sizes) >= 2:
        small = sizes.nsmallest(2, "sentences")["sentences"].tolist()
        gap = smallest_detectable_gap(small[0], small[1])
        text += (
            f"With {small[0]} and {small[1]} sentences, a frame share has to differ by about {gap:.0%} "
            "(two standard errors, for a share near 20%) before it stands out from chance; smaller gaps, single "
            "words and single quotes are descriptions of these articles, not of the outlets. "
        )
    else:
        text += "With one outlet nothing can be compared; the tables describe this outlet's article(s) only. "
    if (sizes["articles"] == 1).all():
        text += (
            "Each outlet here is one article: intervals resample its sentences, so they show the uncertainty "
            "within the article, not how the outlet writes in general."
        )
    else:
        text += (
            "Intervals resample sentences, so they show the uncertainty within these articles, "
            "not how the outlets write in general."
        )
    return text
