"""The computed sentences of notebook 04: what the dates, events, chart and calibration show.

Each function takes the tables the notebook has built and returns one
sentence (without the "Finding." lead), so a sentence in the notebook always
states what its numbers show, and says so plainly when a section has no data.
"""

from __future__ import annotations

import pandas as pd

from ..people import SEED_STUDY, Study
from .actors import camps_of
from .chart_data import context_rows, engagement_rows
from .schema import is_context


def _plural(n: int, word: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n} {word}{'s' if n != 1 else ''}"


def finding_dates(tagged: pd.DataFrame, outlets=None) -> str:
    """How many dated expressions each outlet uses and how far back they reach (from :func:`.tagging.dates`).

    ``outlets`` (every outlet of the articles) names those that use none.
    """
    points = tagged[tagged["date_start"].notna() & ~tagged["value"].astype(str).str.endswith("_REF")]
    reach = points.groupby("outlet")["date_start"].agg(["min", "count"])
    if reach.empty:
        return "No article contains a dated expression."
    silent = [o for o in sorted(set(outlets)) if o not in reach.index] if outlets is not None else []
    return "; ".join(
        [f"{outlet} uses {_plural(int(row['count']), 'dated expression')} reaching back to {row['min']:%Y}"
         for outlet, row in reach.iterrows()]
        + [f"{outlet} uses none" for outlet in silent]
    ) + f" ({len(tagged)} temporal expressions in all)."


def _pair(study: Study) -> str:
    """The study's two camps as the findings name them: "US–China"."""
    return "–".join(camps_of(study))


def _context_note(context: pd.DataFrame) -> str:
    """" Context the stories give (not engagements): Xi Jinping visits Myanmar (Jan 2020)." or nothing."""
    if context.empty:
        return ""
    return (" Context the stories give, drawn in a lane of its own (not engagements): "
            + "; ".join(f"{r.label} ({r.when})" for r in context.itertuples()) + ".")


def finding_events(events: pd.DataFrame, undated: pd.DataFrame, articles: pd.DataFrame,
                   study: Study = SEED_STUDY) -> str:
    """How many dated engagements the articles tell, over what span, how many shared, planned, undated, overridden.

    Context events (``context`` True) are counted apart, after the engagements.
    """
    context = events[is_context(events)]
    events = events[~is_context(events)]
    pair = _pair(study)
    n_outlets = articles["outlet"].nunique()
    shared = events[events["outlets"].str.count(";") >= 1] if n_outlets > 1 else events.iloc[0:0]
    from_overrides = events[events["origin"] != "text"]
    notes = " ".join(from_overrides["override_note"]) if "override_note" in events.columns else ""
    tell = f"The {len(articles)} article{'s tell' if len(articles) != 1 else ' tells'}"
    one_outlet = "; with one outlet there is no cross-outlet comparison"
    also = f" They give {_plural(len(context), 'dated context event')} as background." if len(context) else ""
    if events.empty:
        return (f"{tell} no dated {pair} engagement; {len(undated)} without a date the text supports"
                + (one_outlet if n_outlets == 1 else "") + "." + also)
    return (
        f"{tell} {_plural(len(events), f'dated {pair} engagement')}"
        + f", {events['date_start'].min():%Y} to {events['date_end'].max():%B %Y}"
        + (f"; {len(shared)} of them are told by more than one outlet" if n_outlets > 1 else one_outlet)
        + f"; {int((events['status'] == 'planned').sum())} planned; "
        + f"{len(undated)} more without a date the text supports; "
        + (f"{len(from_overrides)} changed or added by the analyst's overrides ({notes})"
           if len(from_overrides) else "no overrides apply.")
        + also
    )


def finding_left_out(mentions: pd.DataFrame, study: Study = SEED_STUDY) -> str:
    """How many engagement cues are left out of the timeline, and why (from :func:`.mentions.event_mentions`)."""
    if mentions.empty:
        return "No sentence reports an engagement."
    left_out = mentions[~mentions["kept"].astype(bool)]
    camps = camps_of(study)
    who = ("a US and a Chinese participant" if camps == ("US", "China")
           else f"a participant from each camp ({camps[0]} and {camps[1]})")
    rule = (f" An engagement without {who} (a visit to a third country, a meeting with a "
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


def timeline_title(plotted: pd.DataFrame, articles: pd.DataFrame, study: Study = SEED_STUDY) -> str:
    """The timeline chart's title, stating its finding (from :func:`.chart_data.timeline_data`)."""
    engagements = engagement_rows(plotted)
    if len(engagements):
        return _recent(engagements)
    return f"{_pair(study)} engagements told in {_plural(len(articles), 'article')}: none dated"


def has_timeline(plotted: pd.DataFrame) -> bool:
    """Whether there is anything to draw: a dated engagement or a context event (else no chart, no empty axis)."""
    return len(plotted) > 0


def finding_timeline(plotted: pd.DataFrame, study: Study = SEED_STUDY) -> str:
    """When the engagements fall, at what level, and what is planned (from :func:`.chart_data.timeline_data`)."""
    context = context_rows(plotted)
    plotted = engagement_rows(plotted)
    if plotted.empty:
        drawn = "the chart shows only the context lane" if len(context) else "no chart is drawn"
        return f"No dated {_pair(study)} engagement in these articles: {drawn}." + _context_note(context)
    planned = plotted[plotted["status"] == "planned"]
    levels = plotted["level"].value_counts()
    return (
        f"{_recent(plotted)}. By level: " + ", ".join(f"{n} {lv}" for lv, n in levels.items())
        + (f". Planned: {'; '.join(planned['label'] + ' (' + planned['when'] + ')')}." if len(planned)
           else ". Nothing planned is reported.")
        + _context_note(context)
    )


def finding_outlets(positions: pd.DataFrame, plotted: pd.DataFrame, outlets=None, study: Study = SEED_STUDY) -> str:
    """Which events each outlet tells, from the earliest to the latest (from :func:`.chart_data.outlet_event_positions`).

    ``outlets`` (every outlet of the articles) names the outlets that tell none.
    """
    everyone = sorted(set(outlets)) if outlets is not None else []
    plotted = engagement_rows(plotted)
    if positions.empty:
        if len(everyone) > 1:
            return f"No outlet tells a dated {_pair(study)} engagement ({', '.join(everyone[:-1])} and {everyone[-1]})."
        return f"No outlet tells a dated {_pair(study)} engagement."
    told = positions.merge(plotted[["event_id", "date_start"]], on="event_id").sort_values("date_start")
    per_outlet = told.groupby("outlet").agg(events=("event_id", "nunique"), earliest=("when", "first"),
                                            latest=("when", "last"))
    silent = [o for o in everyone if o not in per_outlet.index]
    n_outlets = len(set(per_outlet.index) | set(silent))
    return "; ".join(
        [f"{o} tells {r.events} of {len(plotted)} events, from {r.earliest} to {r.latest}"
         for o, r in per_outlet.iterrows()]
        + [f"{o} tells none of them" for o in silent]
    ) + "." + ("" if n_outlets > 1 else " With one outlet there is nothing to compare.")


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
