"""The computed sentences of notebook 04: what the dates, events, chart and calibration show.

Each function takes the tables the notebook has built and returns one
sentence (without the "Finding." lead), so a sentence in the notebook always
states what its numbers show, and says so plainly when a section has no data.
"""

from __future__ import annotations

import pandas as pd


def _plural(n: int, word: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n} {word}{'s' if n != 1 else ''}"


def finding_dates(tagged: pd.DataFrame) -> str:
    """How many dated expressions each outlet uses and how far back they reach (from :func:`.tagging.dates`)."""
    points = tagged[tagged["date_start"].notna() & ~tagged["value"].astype(str).str.endswith("_REF")]
    reach = points.groupby("outlet")["date_start"].agg(["min", "count"])
    if reach.empty:
        return "No article contains a dated expression."
    return "; ".join(
        f"{outlet} uses {_plural(int(row['count']), 'dated expression')} reaching back to {row['min']:%Y}"
        for outlet, row in reach.iterrows()
    ) + f" ({len(tagged)} temporal expressions in all)."


def finding_events(events: pd.DataFrame, undated: pd.DataFrame, articles: pd.DataFrame) -> str:
    """How many dated engagements the articles tell, over what span, how many shared, planned, undated, overridden."""
    n_outlets = articles["outlet"].nunique()
    shared = events[events["outlets"].str.count(";") >= 1] if n_outlets > 1 else events.iloc[0:0]
    from_overrides = events[events["origin"] != "text"]
    notes = " ".join(from_overrides["override_note"]) if "override_note" in events.columns else ""
    tell = f"The {len(articles)} article{'s tell' if len(articles) != 1 else ' tells'}"
    one_outlet = "; with one outlet there is no cross-outlet comparison"
    if events.empty:
        return (f"{tell} no dated US–China engagement; {len(undated)} without a date the text supports"
                + (one_outlet if n_outlets == 1 else "") + ".")
    return (
        f"{tell} {_plural(len(events), 'dated US–China engagement')}"
        + f", {events['date_start'].min():%Y} to {events['date_end'].max():%B %Y}"
        + (f"; {len(shared)} of them are told by more than one outlet" if n_outlets > 1 else one_outlet)
        + f"; {int((events['status'] == 'planned').sum())} planned; "
        + f"{len(undated)} more without a date the text supports; "
        + (f"{len(from_overrides)} changed or added by the analyst's overrides ({notes})"
           if len(from_overrides) else "no overrides apply.")
    )


def finding_left_out(mentions: pd.DataFrame) -> str:
    """How many engagement cues are left out of the timeline, and why (from :func:`.mentions.event_mentions`)."""
    if mentions.empty:
        return "No sentence reports an engagement."
    left_out = mentions[~mentions["kept"]]
    rule = (" An engagement without a US and a Chinese participant (a visit to a third country, a meeting with a "
            "third party) is not on this timeline by rule.")
    if left_out.empty:
        return f"All {_plural(len(mentions), 'engagement cue')} are kept." + rule
    reasons = left_out["reason"].value_counts()
    return (
        f"{len(left_out)} of {len(mentions)} engagement cues are left out: "
        + ", ".join(f"{reason} ({n})" for reason, n in reasons.items())
        + "." + rule
    )


def _recent(plotted: pd.DataFrame) -> str:
    """How many engagements fall in the latest year, and how far back the story reaches."""
    years = plotted["date_start"].dt.year
    latest = years.max()
    if years.min() == latest:
        return f"The one engagement falls in {latest}" if len(plotted) == 1 else f"All {len(plotted)} engagements fall in {latest}"
    return (f"{int((years == latest).sum())} of {len(plotted)} engagements fall in {latest}; "
            f"the story reaches back to {plotted['date_start'].min():%Y}")


def timeline_title(plotted: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The timeline chart's title, stating its finding (from :func:`.chart_data.timeline_data`)."""
    if len(plotted):
        return _recent(plotted)
    return f"US–China engagements told in {_plural(len(articles), 'article')}: none dated"


def finding_timeline(plotted: pd.DataFrame) -> str:
    """When the engagements fall, at what level, and what is planned (from :func:`.chart_data.timeline_data`)."""
    if plotted.empty:
        return "No dated US–China engagement in these articles: the chart is empty."
    planned = plotted[plotted["status"] == "planned"]
    levels = plotted["level"].value_counts()
    return (
        f"{_recent(plotted)}. By level: " + ", ".join(f"{n} {lv}" for lv, n in levels.items())
        + (f". Planned: {'; '.join(planned['label'] + ' (' + planned['when'] + ')')}." if len(planned)
           else ". Nothing planned is reported.")
    )


def finding_outlets(positions: pd.DataFrame, plotted: pd.DataFrame) -> str:
    """Which events each outlet tells, from the earliest to the latest (from :func:`.chart_data.outlet_event_positions`)."""
    if positions.empty:
        return "No outlet tells a dated US–China engagement."
    told = positions.merge(plotted[["event_id", "date_start"]], on="event_id").sort_values("date_start")
    per_outlet = told.groupby("outlet").agg(events=("event_id", "nunique"), earliest=("when", "first"),
                                            latest=("when", "last"))
    return "; ".join(
        f"{o} tells {r.events} of {len(plotted)} events, from {r.earliest} to {r.latest}"
        for o, r in per_outlet.iterrows()
    ) + "." + ("" if len(per_outlet) > 1 else " With one outlet there is nothing to compare.")


def finding_calibration(calibration: pd.DataFrame) -> str:
    """The date tagger's measured quality (from :func:`.calibration.load_calibration`)."""
    if calibration.empty:
        return "The date tagger has not been measured: run benchmarks/dates_tempeval.py with ../shared/eval."
    v = dict(zip(calibration["measure"], calibration["value"]))
    first = calibration.iloc[0]
    return (
        f"On {first['documents']} {first['corpus']} documents ({int(v['gold']):,} gold expressions, "
        f"{int(v['words']):,} words; measured {first['measured']:%Y-%m-%d}): span F1 {v['strict_f1']:.3f} strict "
        f"and {v['relaxed_f1']:.3f} relaxed, type accuracy {v['type_accuracy']:.3f}, value F1 {v['value_f1']:.3f} "
        f"(precision {v['value_precision']:.3f}, recall {v['value_recall']:.3f}), "
        f"at {v['words_per_second']:,.0f} words per second on one core."
    )
