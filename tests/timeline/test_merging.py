"""Tests for helpers.timeline.merging: events from mentions, merged across sentences and outlets."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.timeline import TimelineInputError, event_mentions, events_from_mentions, extract_events

from .support import articles_of, event_of

_BOTH = "Axios; Financial Times"


@pytest.mark.parametrize(
    "names, mode, first, last, outlets, status",
    [
        (("Joe Biden", "China"), "visit", "2011-01-01", "2011-12-31", "Financial Times", "happened"),
        (("Joe Biden", "Xi Jinping"), "visit", "2012-01-01", "2012-12-31", "Financial Times", "happened"),
        (("Antony Blinken", "Jake Sullivan", "Yang Jiechi", "Wang Yi"), "in-person meeting", "2021-03-01", "2021-03-31",
         _BOTH, "happened"),
        (("Wendy Sherman", "Wang Yi"), "in-person meeting", "2021-08-01", "2021-08-31", "Financial Times", "happened"),
        (("John Kerry",), "visit", "2021-08-30", "2021-09-05", _BOTH, "happened"),
        (("Xi Jinping",), "in-person meeting", "2021-10-01", "2021-10-31", "Financial Times", "planned"),
    ],
)
def test_seed_events_dates_and_outlets(seed_events, names, mode, first, last, outlets, status):
    events, _ = seed_events
    row = event_of(events, *names, mode=mode)
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp(first), pd.Timestamp(last)), names
    assert row["outlets"] == outlets, names
    assert row["status"] == status, names


def test_seed_calls_merged_across_outlets(seed_events):
    events, _ = seed_events
    calls = events[(events["mode"] == "call") & events["participants"].str.contains("Xi Jinping")]
    assert calls["date_start"].tolist() == [pd.Timestamp("2021-02-10"), pd.Timestamp("2021-09-09")]
    feb, sep = calls.iloc[0], calls.iloc[1]
    assert feb["outlets"] == sep["outlets"] == _BOTH
    assert "since February" in feb["date_expressions"] and "Feb. 10" in feb["date_expressions"]
    # the FT headline "Biden and Xi speak on phone" has no date: it joins the 9 September call
    assert sep["n_sources"] >= 4 and sep["level"] == "leaders"


@pytest.mark.parametrize(
    "name, level", [("Wendy Sherman", "deputies"), ("Antony Blinken", "cabinet"), ("John Kerry", "envoys")],
)
def test_seed_event_levels(seed_events, name, level):
    events, _ = seed_events
    assert event_of(events, name).loc["level"] == level


@pytest.mark.parametrize("name, place", [("Antony Blinken", "Alaska"), ("Wendy Sherman", "Tianjin")])
def test_seed_event_labels_name_the_place(seed_events, name, place):
    events, _ = seed_events
    assert place in event_of(events, name).loc["label"]


def test_seed_events_sources_are_sentences(seeds, seed_events):
    events, _ = seed_events
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    for row in events.itertuples():
        assert row.sources and row.n_sources == len(row.sources)
        for article_id, start, end in row.sources:
            sentence = texts[article_id][start:end]
            assert sentence and sentence == sentence.strip()
        assert row.evidence in {texts[a][s:e] for a, s, e in row.sources}
    assert events["event_id"].is_unique and (events["origin"] == "text").all()


def test_seed_undated_table(seed_events):
    _, undated = seed_events
    assert "date_start" not in undated.columns
    # "they would only meet speak with Kerry by video call": an engagement the text does not date
    row = event_of(undated, "John Kerry", mode="video call")
    assert row["outlets"] == "Axios"


def test_mentions_merged_batch_by_batch_are_the_same_events(seeds, seed_events):
    """helpers.pipeline gathers mentions batch by batch and merges them once."""
    batches = [event_mentions(seeds.iloc[[i]]) for i in range(len(seeds))]
    events, undated = events_from_mentions(pd.concat(batches, ignore_index=True))
    pd.testing.assert_frame_equal(events, seed_events[0])
    pd.testing.assert_frame_equal(undated, seed_events[1])


# ---------------------------------------------------------------- events on text written here


def test_general_events_merge_and_plans():
    arts = articles_of(
        "Talks\n\nAntony Blinken met Wang Yi in Rome on Tuesday. Blinken will visit China next month.",
        "Talks\n\nSecretary of State Antony Blinken held talks with Wang Yi on May 17 in Rome.",
    )
    events, undated = extract_events(arts)
    meeting = event_of(events, "Antony Blinken", "Wang Yi", mode="in-person meeting")
    assert meeting["date_start"] == pd.Timestamp("2022-05-17")
    assert meeting["outlets"] == "Outlet 0; Outlet 1"
    visit = event_of(events, "Antony Blinken", mode="visit")
    assert visit["status"] == "planned" and visit["date_start"] == pd.Timestamp("2022-06-01")
    assert undated.empty


def test_general_event_needs_both_sides():
    arts = articles_of("Talks\n\nWang Yi met Russia's foreign minister in Moscow in March.")
    events, undated = extract_events(arts)
    assert events.empty and undated.empty


@pytest.mark.parametrize(
    "table, message",
    [(pd.DataFrame({"article_id": ["a"]}), "lacks column"), (["not", "a", "table"], "DataFrame")],
)
def test_extract_events_bad_input(table, message):
    with pytest.raises(TimelineInputError, match=message):
        extract_events(table)


# ---------------------------------------------------------------- context, event folders, undated mentions across years


def test_context_events_are_rows_flagged_on_request(seeds):
    plain, _ = extract_events(seeds)
    with_context, undated = extract_events(seeds, context=True)
    assert not plain["context"].any()
    context = with_context[with_context["context"]]
    assert context["label"].tolist() == ["Xi Jinping visits Myanmar"]
    row = context.iloc[0]
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp("2020-01-01"), pd.Timestamp("2020-01-31"))
    assert row["participants"] == "Xi Jinping; Myanmar" and row["outlets"] == "Financial Times"
    # the engagements are the same rows as without context
    engagements = with_context[~with_context["context"]].reset_index(drop=True)
    pd.testing.assert_frame_equal(engagements, plain)


def test_context_with_a_third_party_leader():
    arts = articles_of("Briefing\n\nXi Jinping met Vladimir Putin in Moscow on Monday. "
                       "Antony Blinken met Wang Yi in Rome on May 17.")
    events, _ = extract_events(arts, context=True)
    assert events["context"].tolist() == [True, False]  # Monday 16 May, then 17 May
    assert events.loc[events["context"], "label"].tolist() == ["Xi Jinping – Vladimir Putin meeting, Moscow"]


def _pooled(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """Articles of ``(event folder, published, text)``."""
    return pd.DataFrame({
        "article_id": [f"a{i}" for i in range(len(rows))], "outlet": [f"Outlet {i}" for i in range(len(rows))],
        "title": ["Briefing"] * len(rows), "published": pd.to_datetime([r[1] for r in rows]),
        "text": [r[2] for r in rows], "event": [r[0] for r in rows],
    })


def test_events_never_merge_across_event_folders():
    call = "Briefing\n\nJoe Biden spoke with Xi Jinping on Thursday."
    same = extract_events(_pooled(("e1", "2021-09-10", call), ("e1", "2021-09-10", call)))[0]
    assert len(same) == 1 and same.iloc[0]["n_sources"] == 2
    apart, _ = extract_events(_pooled(("e1", "2021-09-10", call), ("e2", "2021-09-10", call)))
    assert len(apart) == 2 and apart["n_sources"].tolist() == [1, 1]
    assert apart["event_id"].is_unique
    # an undated mention joins the event of its own folder only
    undated = "Briefing\n\nJoe Biden and Xi Jinping spoke by phone."
    events, left = extract_events(_pooled(("e1", "2021-09-10", call), ("e2", "2021-09-10", undated)))
    assert len(events) == 1 and events.iloc[0]["n_sources"] == 1 and len(left) == 1


def test_undated_mentions_join_no_event_a_year_away():
    dated = "Briefing\n\nJoe Biden met Xi Jinping in Rome in March."
    undated = "Briefing\n\nJoe Biden met Xi Jinping in Rome."
    near = articles_of(dated, undated, published="2021-05-01")
    events, left = extract_events(near)
    assert events.iloc[0]["n_sources"] == 2 and left.empty
    later = pd.concat([articles_of(dated, published="2021-05-01"),
                       articles_of(undated, published="2024-05-01").assign(article_id="b0", outlet="Outlet 9")],
                      ignore_index=True)
    events, left = extract_events(later)
    assert events.iloc[0]["n_sources"] == 1 and left["outlets"].tolist() == ["Outlet 9"]


def test_a_mention_dated_to_a_year_links_no_two_events():
    arts = articles_of(
        "Briefing\n\nAntony Blinken met Wang Yi in Rome in June. Janet Yellen met Wang Yi in Paris in "
        "September. Antony Blinken met Wang Yi this year, too.",
        published="2022-11-20",
    )
    events, undated = extract_events(arts)
    assert [(e.date_start, e.date_end, e.n_sources) for e in events.itertuples()] == [
        (pd.Timestamp("2022-06-01"), pd.Timestamp("2022-06-30"), 2),  # "this year" joins June (Blinken)
        (pd.Timestamp("2022-09-01"), pd.Timestamp("2022-09-30"), 1),
    ]
    assert undated.empty
