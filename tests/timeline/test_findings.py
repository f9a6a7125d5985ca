"""Tests for helpers.timeline.findings: the sentences of notebook 04, on the seeds, one outlet and no events."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import timeline as tl
from helpers.corpus import load_articles

from helpers.paths import EVAL_DIR, ROOT

from ..conftest import OTHER_EVENT, run_to_markdown, write_folder

NOTEBOOK = ROOT / "notebooks" / "04_engagement_timeline.ipynb"
#: A BASIL triplet in which no sentence tells an engagement (US politics, 2010s).
BASIL_TRIPLET = EVAL_DIR / "basil-dev" / "33521e65-12da-4521-b132-7b606243b0e4"


def _sentences(articles: pd.DataFrame) -> dict[str, str]:
    """Every finding of notebook 04, computed as the notebook does."""
    tagged = tl.dates(articles)
    found, undated = tl.extract_events(articles)
    events = tl.apply_overrides(found, tl.load_overrides(), articles)
    plotted = tl.timeline_data(events)
    positions = tl.outlet_event_positions(events, articles)
    return {
        "dates": tl.finding_dates(tagged),
        "events": tl.finding_events(events, undated, articles),
        "left_out": tl.finding_left_out(tl.event_mentions(articles)),
        "title": tl.timeline_title(plotted, articles),
        "timeline": tl.finding_timeline(plotted),
        "outlets": tl.finding_outlets(positions, plotted),
    }


@pytest.fixture(scope="module")
def on_seeds():
    return _sentences(load_articles())


@pytest.fixture
def on_one_outlet(seeds, tmp_path):
    rows = [{"file": r.file, "outlet": r.outlet, "title": r.title, "published": f"{r.published:%Y-%m-%d}",
             "text": r.text} for r in seeds[seeds["outlet"] == "Axios"].itertuples()]
    return _sentences(load_articles(write_folder(tmp_path / "axios", rows)))


@pytest.fixture
def without_events(other_event):
    return _sentences(load_articles(other_event))


@pytest.mark.parametrize(
    "key, sentence",
    [
        ("dates", "Axios uses 4 dated expressions reaching back to 2021; Financial Times uses 9 dated expressions "
                  "reaching back to 2011 (19 temporal expressions in all)."),
        ("events", "The 2 articles tell 8 dated US–China engagements, 2011 to October 2021; 4 of them are told by "
                   "more than one outlet; 1 planned; 1 more without a date the text supports; 1 changed or added by "
                   "the analyst's overrides (The FT's \"last month\" reads as August 2021; the State Department "
                   "readout dates Sherman's talks with Wang Yi in Tianjin to 26 July 2021.)"),
        ("left_out", "13 of 36 engagement cues are left out: not a US–China engagement (11), no identified "
                     "participant (1), negated (1). An engagement without a US and a Chinese participant (a visit to "
                     "a third country, a meeting with a third party) is not on this timeline by rule."),
        ("title", "6 of 8 engagements fall in 2021; the story reaches back to 2011"),
        ("timeline", "6 of 8 engagements fall in 2021; the story reaches back to 2011. By level: 3 deputies, "
                     "3 leaders, 1 cabinet, 1 envoys. Planned: Biden administration, White House – Xi Jinping "
                     "meeting, Italy (Oct 2021)."),
        ("outlets", "Axios tells 4 of 8 events, from 10 Feb 2021 to 9 Sep 2021; Financial Times tells 8 of 8 events, "
                    "from 2011 to Oct 2021."),
    ],
)
def test_findings_on_the_seeds(on_seeds, key, sentence):
    assert on_seeds[key] == sentence


def test_findings_on_one_outlet(on_one_outlet):
    assert on_one_outlet["dates"] == "Axios uses 4 dated expressions reaching back to 2021 (8 temporal expressions in all)."
    assert on_one_outlet["events"].startswith("The 1 article tells 4 dated US–China engagements, 2021 to September 2021")
    assert "with one outlet there is no cross-outlet comparison" in on_one_outlet["events"]
    assert on_one_outlet["title"] == "All 4 engagements fall in 2021"
    assert on_one_outlet["timeline"] == ("All 4 engagements fall in 2021. By level: 2 leaders, 1 cabinet, 1 envoys. "
                                         "Nothing planned is reported.")
    assert on_one_outlet["outlets"] == ("Axios tells 4 of 4 events, from 10 Feb 2021 to 9 Sep 2021. "
                                        "With one outlet there is nothing to compare.")


def test_findings_without_engagement_events(without_events):
    outlets = sorted(a["outlet"] for a in OTHER_EVENT)
    assert without_events["dates"].startswith(f"{outlets[0]} uses 1 dated expression reaching back to 2022;")
    assert without_events["events"] == ("The 3 articles tell no dated US–China engagement; "
                                        "0 without a date the text supports.")
    assert without_events["left_out"].startswith("12 of 12 engagement cues are left out: not a US–China engagement (12).")
    assert without_events["title"] == "US–China engagements told in 3 articles: none dated"
    assert without_events["timeline"] == "No dated US–China engagement in these articles: no chart is drawn."
    assert without_events["outlets"] == "No outlet tells a dated US–China engagement."


def test_findings_on_one_outlet_without_engagement_events(one_outlet):
    found = _sentences(load_articles(one_outlet))
    assert found["events"] == ("The 1 article tells no dated US–China engagement; 0 without a date the text "
                               "supports; with one outlet there is no cross-outlet comparison.")
    assert found["title"] == "US–China engagements told in 1 article: none dated"
    assert found["outlets"] == "No outlet tells a dated US–China engagement."


def test_findings_with_no_dates_and_no_mentions():
    empty_dates = pd.DataFrame({"outlet": [], "date_start": pd.to_datetime([]), "value": []})
    assert tl.finding_dates(empty_dates) == "No article contains a dated expression."
    assert tl.finding_left_out(pd.DataFrame({"kept": [], "reason": []})) == "No sentence reports an engagement."
    all_kept = pd.DataFrame({"kept": [True, True], "reason": ["", ""]})
    assert tl.finding_left_out(all_kept).startswith("All 2 engagement cues are kept.")


def test_finding_calibration_reads_the_committed_table():
    table = tl.load_calibration()
    v = dict(zip(table["measure"], table["value"]))
    text = tl.finding_calibration(table)
    assert text.startswith(f"On {table['documents'].iloc[0]} TempEval-3 (TimeBank + AQUAINT) documents "
                           f"({int(v['gold']):,} gold expressions, {int(v['words']):,} words; measured ")
    assert f"value F1 {v['value_f1']:.3f}" in text and f"span F1 {v['strict_f1']:.3f} strict" in text
    assert tl.finding_calibration(table.iloc[0:0]).startswith("The date tagger has not been measured")


def test_findings_with_the_context_lane(seeds):
    found, undated = tl.extract_events(seeds, context=True)
    plotted = tl.timeline_data(found)
    plain, _ = tl.extract_events(seeds)
    # the engagements are told as before, and the context is said apart
    assert tl.finding_events(found, undated, seeds).startswith(
        tl.finding_events(plain, undated, seeds).removesuffix("."))
    assert tl.finding_events(found, undated, seeds).endswith(" They give 1 dated context event as background.")
    assert tl.finding_timeline(plotted) == (
        tl.finding_timeline(tl.timeline_data(plain)) + " Context the stories give, drawn in a lane of its own "
        "(not engagements): Xi Jinping visits Myanmar (Jan 2020).")
    assert tl.timeline_title(plotted, seeds) == "6 of 8 engagements fall in 2021; the story reaches back to 2011"
    assert tl.has_timeline(plotted) and not tl.has_timeline(plotted.iloc[0:0])


def test_finding_outlets_names_every_outlet(seeds):
    events, _ = tl.extract_events(seeds)
    plotted = tl.timeline_data(events)
    positions = tl.outlet_event_positions(events, seeds)
    outlets = list(seeds["outlet"]) + ["Harbour Gazette"]
    assert tl.finding_outlets(positions, plotted, outlets) == (
        "Axios tells 4 of 8 events, from 10 Feb 2021 to 9 Sep 2021; Financial Times tells 8 of 8 events, "
        "from 2011 to Oct 2021; Harbour Gazette tells none of them.")
    empty = positions.iloc[0:0]
    assert tl.finding_outlets(empty, plotted.iloc[0:0], outlets) == (
        "No outlet tells a dated US–China engagement (Axios, Financial Times and Harbour Gazette).")


def test_findings_name_the_studys_camps():
    from helpers.people import Study

    russia = Study(camps={"US": "US", "Russia": "Russia"}, government_sides={})
    empty = pd.DataFrame(columns=tl.EVENT_COLUMNS)
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["O"]})
    assert tl.finding_events(empty, empty, articles, russia).startswith("The 1 article tells no dated US–Russia engagement")
    assert tl.finding_timeline(tl.timeline_data(empty), russia) == (
        "No dated US–Russia engagement in these articles: no chart is drawn.")
    assert "a participant from each camp (US and Russia)" in tl.finding_left_out(
        pd.DataFrame({"kept": [False], "reason": ["negated"]}), russia)


@pytest.mark.notebook
def test_notebook_on_the_seeds_draws_the_context_lane(seeds, tmp_path):
    markdown = run_to_markdown(NOTEBOOK, ROOT / "seeds", tmp_path)
    assert "Context the stories give, drawn in a lane of its own (not engagements): Xi Jinping visits Myanmar" in markdown
    assert "Axios tells 4 of 8 events" in markdown and "Financial Times tells 8 of 8 events" in markdown
    table = pd.read_csv(tmp_path / "figures" / "engagement_timeline.csv")
    assert table["lane"].tolist() == ["engagement"] * 8 + ["context"]
    positions = tl.outlet_event_positions(tl.extract_events(seeds)[0], seeds)  # the engagements' only
    assert len(pd.read_csv(tmp_path / "figures" / "engagement_by_outlet.csv")) == len(positions)


@pytest.mark.notebook
def test_notebook_on_one_outlet(one_outlet, tmp_path):
    markdown = run_to_markdown(NOTEBOOK, one_outlet, tmp_path)
    assert "with one outlet there is no cross-outlet comparison" in markdown
    assert "No outlet tells a dated US–China engagement." in markdown


@pytest.mark.notebook
@pytest.mark.skipif(not BASIL_TRIPLET.exists(), reason="../shared/eval/basil-dev not found")
def test_notebook_on_a_triplet_with_no_engagement_draws_no_empty_axis(tmp_path):
    markdown = run_to_markdown(NOTEBOOK, BASIL_TRIPLET, tmp_path)
    assert "**Finding.** No dated US–China engagement in these articles: no chart is drawn." in markdown
    assert "No outlet tells a dated US–China engagement (Fox News, HuffPost and New York Times)." in markdown
    assert not list((tmp_path / "figures").glob("engagement_*"))


def test_finding_dates_names_every_outlet(seed_dates):
    outlets = ["Axios", "Financial Times", "Harbour Gazette"]
    assert tl.finding_dates(seed_dates, outlets) == (
        "Axios uses 4 dated expressions reaching back to 2021; Financial Times uses 9 dated expressions "
        "reaching back to 2011; Harbour Gazette uses none (19 temporal expressions in all).")
