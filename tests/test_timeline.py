"""Tests for helpers.timeline: date tagging, events, overrides, chart."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corpus import load_articles
from helpers.timeline import TimelineInputError, dates, tag_dates

DCT = "2021-09-10"  # a Friday


@pytest.fixture(scope="module")
def articles():
    return load_articles()


@pytest.fixture(scope="module")
def seed_dates(articles):
    return dates(articles)


def _row(frame: pd.DataFrame, outlet_prefix: str, expression: str, nth: int = 0) -> pd.Series:
    rows = frame[frame["article_id"].str.startswith(outlet_prefix) & (frame["expression"] == expression)]
    assert len(rows) > nth, f"{expression!r} not tagged in {outlet_prefix}: {frame['expression'].tolist()}"
    return rows.iloc[nth]


def _day(value: str) -> pd.Timestamp:
    return pd.Timestamp(value)


# ---------------------------------------------------------------- the seeds, exact values


@pytest.mark.parametrize(
    "prefix, expression, value, first, last",
    [
        # Axios
        ("axios", "Thursday night", "2021-09-09", "2021-09-09", "2021-09-09"),  # "on Thursday night"
        ("axios", "Feb. 10", "2021-02-10", "2021-02-10", "2021-02-10"),  # "on Feb. 10"
        ("axios", "last week", "2021-W35", "2021-08-30", "2021-09-05"),
        ("axios", "March", "2021-03", "2021-03-01", "2021-03-31"),  # "the March summit"
        # Financial Times
        ("ft", "February", "2021-02", "2021-02-01", "2021-02-28"),  # "since February"
        ("ft", "March", "2021-03", "2021-03-01", "2021-03-31"),  # "in March"
        ("ft", "last month", "2021-08", "2021-08-01", "2021-08-31"),
        ("ft", "2011", "2011", "2011-01-01", "2011-12-31"),  # "in 2011"
        ("ft", "the following year", "2012", "2012-01-01", "2012-12-31"),
        ("ft", "January 2020", "2020-01", "2020-01-01", "2020-01-31"),  # "in January 2020"
        ("ft", "last week", "2021-W35", "2021-08-30", "2021-09-05"),
        ("ft", "October", "2021-10", "2021-10-01", "2021-10-31"),  # "in October" ... "may only attend"
        ("ft", "this year", "2021", "2021-01-01", "2021-12-31"),
    ],
)
def test_seed_dates_exact(seed_dates, prefix, expression, value, first, last):
    row = _row(seed_dates, prefix, expression)
    assert row["value"] == value
    assert row["date_start"] == _day(first)
    assert row["date_end"] == _day(last)
    assert row["type"] in ("DATE", "TIME")


def test_seed_thursday_night_is_the_day_before_publication(seed_dates):
    row = _row(seed_dates, "axios", "Thursday night")
    assert row["part_of_day"] == "night" and row["signal"] == "on" and row["tense"] == "past"


def test_seed_signals_and_anchors(seed_dates):
    assert _row(seed_dates, "ft", "February")["signal"] == "since"
    assert _row(seed_dates, "ft", "the following year")["anchor"] == "previous"
    assert _row(seed_dates, "ft", "2011")["signal"] == "in"


def test_seed_durations(seed_dates):
    for prefix in ("axios", "ft"):
        row = _row(seed_dates, prefix, "seven months")
        assert (row["type"], row["value"]) == ("DURATION", "P7M")
        assert pd.isna(row["date_start"]) and pd.isna(row["date_end"])


def test_seed_weeks_earlier_is_before_last_week(seed_dates):
    row = _row(seed_dates, "axios", "weeks earlier")
    assert row["value"] == "PAST_REF" and row["anchor"] == "previous"
    assert row["date_end"] < _day("2021-08-30")


def test_dates_rows_keep_offsets_and_sentences(articles, seed_dates):
    texts = dict(zip(articles["article_id"], articles["text"]))
    for row in seed_dates.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.expression
    assert set(seed_dates["kind"]) <= {"headline", "standfirst", "body", "bullet", "section_heading"}
    # the FT's copyright line ("... Limited 2021") is boilerplate, not a date of the story
    assert not (seed_dates["article_id"].str.startswith("ft") & (seed_dates["expression"] == "2021")).any()


# ---------------------------------------------------------------- general rules, on text written here


@pytest.mark.parametrize(
    "text, expression, type_, value",
    [
        ("The summit was held on Monday.", "Monday", "DATE", "2021-09-06"),
        ("The leaders will meet on Monday.", "Monday", "DATE", "2021-09-13"),
        ("Prices rose 5% in the third quarter.", "the third quarter", "DATE", "2021-Q3"),
        ("Growth slowed in the 1990s.", "the 1990s", "DATE", "199"),
        ("Growth slowed over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("The talks lasted 90 minutes.", "90 minutes", "DURATION", "PT90M"),
        ("Officials meet every week.", "every week", "SET", "P1W"),
        ("The report is published weekly.", "weekly", "SET", "P1W"),
        ("Tariffs are now in force.", "now", "DATE", "PRESENT_REF"),
        ("He recently visited Beijing.", "recently", "DATE", "PAST_REF"),
        ("They met a year ago.", "a year ago", "DATE", "2020"),
        ("He said so yesterday.", "yesterday", "DATE", "2021-09-09"),
        ("Trade fell last year.", "last year", "DATE", "2020"),
        ("The deal is due next month.", "next month", "DATE", "2021-10"),
        ("She arrived at 3:30 p.m. Thursday.", "3:30 p.m. Thursday", "TIME", "2021-09-09T15:30"),
        ("Results for fiscal 2020 were weak.", "fiscal 2020", "DATE", "2020"),
        ("The accord was signed on 9 September 2019.", "9 September 2019", "DATE", "2019-09-09"),
        ("The accord was signed on September 9, 2019.", "September 9, 2019", "DATE", "2019-09-09"),
        ("They spoke in early March.", "early March", "DATE", "2021-03"),
        ("It has taken two-and-a-half years.", None, None, None),
        ("They will meet in November.", "November", "DATE", "2021-11"),
        ("They met in November.", "November", "DATE", "2020-11"),
        ("The summit will be held on Feb. 10.", "Feb. 10", "DATE", "2022-02-10"),
        ("Talks were held in mid-2020.", "mid-2020", "DATE", "2020"),
        ("The firm said the offer expires Sept. 20.", "Sept. 20", "DATE", "2021-09-20"),
        ("The plant closed last summer.", "last summer", "DATE", "2020-SU"),
    ],
)
def test_general_rules(text, expression, type_, value):
    tagged = tag_dates(text, DCT)
    if expression is None:
        return  # only must not raise
    rows = tagged[tagged["expression"] == expression]
    assert len(rows) == 1, tagged[["expression", "value"]].to_dict("records")
    assert (rows.iloc[0]["type"], rows.iloc[0]["value"]) == (type_, value)


def test_anaphora_to_the_last_date_mentioned():
    text = "He first visited in 1998. He returned the following year. Two years later he moved there."
    tagged = tag_dates(text, DCT).set_index("expression")
    assert tagged.loc["the following year", "value"] == "1999"
    assert tagged.loc["Two years later", "value"] == "2001"


def test_the_next_day_after_a_full_date():
    tagged = tag_dates("The talks began on 3 May 2019 and ended the next day.", DCT).set_index("expression")
    assert tagged.loc["the next day", "value"] == "2019-05-04"


def test_month_names_that_are_words_are_left_alone():
    tagged = tag_dates("Officials may march on the capital. May I ask?", DCT)
    assert tagged.empty


def test_last_week_interval_is_monday_to_sunday():
    row = tag_dates("It happened last week.", "2021-01-01").iloc[0]  # ISO week 53 of 2020
    assert row["value"] == "2020-W52"
    assert row["date_start"] == _day("2020-12-21") and row["date_end"] == _day("2020-12-27")


def test_range_limits_and_offsets():
    text = "In 2011 he went. In 2012 he came back."
    tagged = tag_dates(text, DCT, start=17)
    assert tagged["expression"].tolist() == ["2012"]
    assert text[tagged.iloc[0]["start"] : tagged.iloc[0]["end"]] == "2012"


# ---------------------------------------------------------------- bad input


def test_bad_published_date():
    with pytest.raises(TimelineInputError, match="not a date"):
        tag_dates("in March", "next Tuesday-ish")
    with pytest.raises(TimelineInputError, match="missing"):
        tag_dates("in March", None)


def test_bad_text_and_range():
    with pytest.raises(TimelineInputError, match="string"):
        tag_dates(None, DCT)
    with pytest.raises(TimelineInputError, match="outside"):
        tag_dates("abc", DCT, start=2, end=10)


def test_bad_articles_table():
    with pytest.raises(TimelineInputError, match="published"):
        dates(pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": ["in 2011"]}))
    assert issubclass(TimelineInputError, ValueError)


# ---------------------------------------------------------------- properties


_words = st.sampled_from(
    ["in", "on", "last", "next", "the", "following", "year", "week", "month", "March", "May", "Friday", "night",
     "2011", "Feb.", "10", "31", "seven", "months", "ago", "earlier", "later", "since", "every", "3:30", "p.m.",
     "fiscal", "quarter", "third", "1990s", "'90s", "Christmas", ",", ".", "weeks", "13/45/2020", "2/30/2021",
     "Sept. 31", "early", "mid-", "will", "said", "the past", "a", "half", "and", "evening", "that", "day"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.text(max_size=200), st.lists(_words, max_size=40).map(" ".join)),
    st.dates(min_value=pd.Timestamp("1800-01-01").date(), max_value=pd.Timestamp("2200-12-31").date()),
)
def test_never_raises_and_offsets_valid(text, published):
    tagged = tag_dates(text, published)
    for row in tagged.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.expression
        if pd.notna(row.date_start):
            assert row.date_start <= row.date_end


# ---------------------------------------------------------------- events on the seeds

from helpers.timeline import (  # noqa: E402
    OverrideError,
    apply_overrides,
    event_mentions,
    extract_events,
    load_overrides,
)


@pytest.fixture(scope="module")
def seed_events(articles):
    return extract_events(articles)


def _event(events: pd.DataFrame, *names: str, mode: str | None = None) -> pd.Series:
    hit = events[events["participants"].map(lambda p: all(n in p for n in names))]
    if mode is not None:
        hit = hit[hit["mode"] == mode]
    assert len(hit) == 1, f"{names} {mode}: {events[['event_id', 'participants', 'mode']].to_dict('records')}"
    return hit.iloc[0]


def test_seed_events_dates_and_outlets(seed_events):
    events, _ = seed_events
    both = "Axios; Financial Times"
    expected = [
        # participants, mode, date_start, date_end, outlets, status
        (("Joe Biden", "China"), "visit", "2011-01-01", "2011-12-31", "Financial Times", "happened"),
        (("Joe Biden", "Xi Jinping"), "visit", "2012-01-01", "2012-12-31", "Financial Times", "happened"),
        (("Joe Biden", "Xi Jinping"), "call", None, None, None, None),  # two calls: checked below
        (("Antony Blinken", "Jake Sullivan", "Yang Jiechi", "Wang Yi"), "in-person meeting", "2021-03-01", "2021-03-31", both, "happened"),
        (("Wendy Sherman", "Wang Yi"), "in-person meeting", "2021-08-01", "2021-08-31", "Financial Times", "happened"),
        (("John Kerry",), "visit", "2021-08-30", "2021-09-05", both, "happened"),
        (("Xi Jinping",), "in-person meeting", "2021-10-01", "2021-10-31", "Financial Times", "planned"),
    ]
    for names, mode, first, last, outlets, status in expected:
        if first is None:
            continue
        row = _event(events, *names, mode=mode)
        assert (row["date_start"], row["date_end"]) == (pd.Timestamp(first), pd.Timestamp(last)), names
        assert row["outlets"] == outlets, names
        assert row["status"] == status, names


def test_seed_calls_merged_across_outlets(seed_events):
    events, _ = seed_events
    calls = events[(events["mode"] == "call") & events["participants"].str.contains("Xi Jinping")]
    assert calls["date_start"].tolist() == [pd.Timestamp("2021-02-10"), pd.Timestamp("2021-09-09")]
    feb, sep = calls.iloc[0], calls.iloc[1]
    assert feb["outlets"] == sep["outlets"] == "Axios; Financial Times"
    assert "since February" in feb["date_expressions"] and "Feb. 10" in feb["date_expressions"]
    # the FT headline "Biden and Xi speak on phone" has no date: it joins the 9 September call
    assert sep["n_sources"] >= 4 and sep["level"] == "leaders"


def test_seed_event_levels_and_labels(seed_events):
    events, _ = seed_events
    assert _event(events, "Wendy Sherman").loc["level"] == "deputies"
    assert _event(events, "Antony Blinken").loc["level"] == "cabinet"
    assert _event(events, "John Kerry").loc["level"] == "envoys"
    assert "Alaska" in _event(events, "Antony Blinken").loc["label"]
    assert "Tianjin" in _event(events, "Wendy Sherman").loc["label"]


def test_seed_events_sources_are_sentences(articles, seed_events):
    events, _ = seed_events
    texts = dict(zip(articles["article_id"], articles["text"]))
    for row in events.itertuples():
        assert row.sources and row.n_sources == len(row.sources)
        for article_id, start, end in row.sources:
            sentence = texts[article_id][start:end]
            assert sentence and sentence == sentence.strip()
        assert row.evidence in {texts[a][s:e] for a, s, e in row.sources}
    assert events["event_id"].is_unique and (events["origin"] == "text").all()


def test_seed_non_us_china_engagements_left_out(articles, seed_events):
    events, undated = seed_events
    everything = " ".join(events["label"]) + " ".join(undated["label"])
    assert "Myanmar" not in everything and "Taliban" not in everything
    mentions = event_mentions(articles)
    myanmar = mentions[mentions["text"].str.contains("Myanmar")]
    assert (~myanmar["kept"]).all() and (myanmar["reason"] == "not a US–China engagement").all()
    taliban = mentions[mentions["text"].str.contains("Taliban")]
    assert (~taliban["kept"]).all()
    negated = mentions[mentions["text"].str.contains("has not met")]
    assert (negated["reason"] == "negated").all()


def test_seed_undated_table(seed_events):
    _, undated = seed_events
    assert "date_start" not in undated.columns
    # "they would only meet speak with Kerry by video call": an engagement the text does not date
    row = _event(undated, "John Kerry", mode="video call")
    assert row["outlets"] == "Axios"


# ---------------------------------------------------------------- events on text written here


def _articles(*texts: str, published: str = "2022-05-20") -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": [f"a{i}" for i in range(len(texts))],
        "outlet": [f"Outlet {i}" for i in range(len(texts))],
        "title": ["Talks" for _ in texts],
        "published": pd.to_datetime([published] * len(texts)),
        "text": list(texts),
    })


def test_general_events_merge_and_plans():
    arts = _articles(
        "Talks\n\nAntony Blinken met Wang Yi in Rome on Tuesday. Blinken will visit China next month.",
        "Talks\n\nSecretary of State Antony Blinken held talks with Wang Yi on May 17 in Rome.",
    )
    events, undated = extract_events(arts)
    meeting = _event(events, "Antony Blinken", "Wang Yi", mode="in-person meeting")
    assert meeting["date_start"] == pd.Timestamp("2022-05-17")
    assert meeting["outlets"] == "Outlet 0; Outlet 1"
    visit = _event(events, "Antony Blinken", mode="visit")
    assert visit["status"] == "planned" and visit["date_start"] == pd.Timestamp("2022-06-01")
    assert undated.empty


def test_general_event_needs_both_sides():
    arts = _articles("Talks\n\nWang Yi met Russia's foreign minister in Moscow in March.")
    events, undated = extract_events(arts)
    assert events.empty and undated.empty


# ---------------------------------------------------------------- overrides


def test_overrides_file_loads_and_corrects_the_seed(articles, seed_events):
    events, _ = seed_events
    overrides = load_overrides()
    corrected = apply_overrides(events, overrides, articles)
    row = _event(corrected, "Wendy Sherman")
    assert row["origin"] == "text+override" and row["override_note"]
    assert len(corrected) == len(events)
    # scoped to an FT article: other article sets are left alone
    other = apply_overrides(events, overrides, articles[articles["outlet"] == "Axios"])
    assert (other["origin"] == "text").all()


def test_overrides_add_drop_correct(seed_events, tmp_path):
    events, _ = seed_events
    path = tmp_path / "overrides.csv"
    path.write_text(
        "action,event_id,match_participants,match_mode,date_start,date_end,label,participants,level,mode,status,note\n"
        "add,,,,2021-11-15,,Biden – Xi video summit,Joe Biden; Xi Jinping,leaders,video call,happened,later fact\n"
        "drop,,John Kerry,visit,,,,,,,,not an engagement of leaders\n"
        "correct,,Joe Biden; Xi Jinping,call,,,Biden–Xi phone call,,,,,relabel\n",
        encoding="utf-8",
    )
    result = apply_overrides(events, load_overrides(path))
    assert not result["participants"].str.contains("John Kerry").any()
    added = result[result["origin"] == "override"]
    assert added["date_start"].tolist() == [pd.Timestamp("2021-11-15")]
    assert added["date_end"].tolist() == [pd.Timestamp("2021-11-15")]
    relabelled = result[result["label"] == "Biden–Xi phone call"]
    assert len(relabelled) == 2 and (relabelled["origin"] == "text+override").all()
    assert len(events) == len(result)  # one dropped, one added
    assert "Biden–Xi phone call" not in set(events["label"])  # input untouched


@pytest.mark.parametrize(
    "line, message",
    [
        ("remove,x,,,,,,,,,,", "action 'remove'"),
        ("drop,,,,,,,,,,,", "needs event_id or match_participants"),
        ("add,,,,,,Talk,A; B,leaders,call,happened,", "needs date_start"),
        ("add,,,,2021-13-45,,Talk,A; B,leaders,call,happened,", "not a date"),
        ("add,,,,2021-01-02,,Talk,A; B,kings,call,happened,", "level 'kings'"),
        ("correct,,Joe Biden,,,,,,,,,", "sets nothing"),
    ],
)
def test_overrides_bad_rows(tmp_path, line, message):
    path = tmp_path / "o.csv"
    path.write_text(
        "action,event_id,match_participants,match_mode,date_start,date_end,label,participants,level,mode,status,note\n"
        + line + "\n",
        encoding="utf-8",
    )
    with pytest.raises(OverrideError, match=message):
        load_overrides(path)


def test_override_that_matches_nothing(seed_events, tmp_path):
    events, _ = seed_events
    path = tmp_path / "o.csv"
    path.write_text("action,event_id\ndrop,no-such-event\n", encoding="utf-8")
    with pytest.raises(OverrideError, match="no event matches"):
        apply_overrides(events, load_overrides(path))


def test_extract_events_bad_input():
    with pytest.raises(TimelineInputError, match="lacks column"):
        extract_events(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(TimelineInputError, match="DataFrame"):
        extract_events(["not", "a", "table"])


# ---------------------------------------------------------------- charts

from helpers.timeline import (  # noqa: E402
    outlet_event_positions,
    plot_outlet_events,
    plot_timeline,
    timeline_data,
    timeline_panels,
)


def test_timeline_breaks_the_axis_around_the_long_gap(seed_events):
    events, _ = seed_events
    panels = timeline_panels(events)
    assert len(panels) == 2
    (a0, b0), (a1, b1) = panels
    assert a0 < pd.Timestamp("2011-01-01") and pd.Timestamp("2012-12-31") <= b0 < pd.Timestamp("2013-06-01")
    assert pd.Timestamp("2020-12-01") < a1 <= pd.Timestamp("2021-02-10") and b1 >= pd.Timestamp("2021-10-31")
    data = timeline_data(events)
    assert list(data["row"]) == list(range(len(data)))
    assert data["date_start"].is_monotonic_increasing
    assert set(data.loc[data["date_start"].dt.year < 2020, "panel"]) == {0}


def test_plots_draw_and_export(articles, seed_events, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from helpers.figures import export_figure

    events, _ = seed_events
    fig = plot_timeline(events, articles)
    written = export_figure(fig, "timeline", data=timeline_data(events), folder=tmp_path)
    assert {"png", "svg", "pdf", "csv"} <= set(written)
    assert len(pd.read_csv(written["csv"])) == len(events)
    positions = outlet_event_positions(events, articles)
    assert positions["position"].between(0, 1).all()
    assert set(positions["outlet"]) == {"Axios", "Financial Times"}
    # the FT places background (2011, 2012) that Axios does not tell
    early = positions[positions["event_id"].str.startswith(("2011", "2012"))]
    assert set(early["outlet"]) == {"Financial Times"}
    plot_outlet_events(events, articles)
    import matplotlib.pyplot as plt

    plt.close("all")


def test_plots_with_no_events(articles):
    import matplotlib

    matplotlib.use("Agg")
    empty = extract_events(articles.assign(text="Nothing happened.\n\nNothing at all."))[0]
    assert empty.empty
    plot_timeline(empty, articles)
    plot_outlet_events(empty, articles)
    import matplotlib.pyplot as plt

    plt.close("all")


# ---------------------------------------------------------------- the benchmark's scoring


def _benchmark_module():
    import importlib.util
    import sys

    from helpers.paths import ROOT

    spec = importlib.util.spec_from_file_location("dates_tempeval", ROOT / "benchmarks" / "dates_tempeval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("dates_tempeval", module)
    spec.loader.exec_module(module)
    return module


def test_benchmark_parses_timeml_and_scores(tmp_path):
    bench = _benchmark_module()
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2021-09-10">20210910</TIMEX3></DCT>\n'
        '<TEXT>They met <TIMEX3 tid="t1" type="DATE" value="2021-W35">last week</TIMEX3> &amp; spoke for '
        '<TIMEX3 tid="t2" type="DURATION" value="PT90M">90 minutes</TIMEX3> on '
        '<TIMEX3 tid="t3" type="DATE" value="2021-09-09">Thursday</TIMEX3>.</TEXT></TimeML>\n',
        encoding="utf-8",
    )
    doc = bench.parse_tml(tml)
    assert doc.text == "They met last week & spoke for 90 minutes on Thursday."
    assert [g["expression"] for g in doc.gold] == ["last week", "90 minutes", "Thursday"]
    figures, errors = bench.evaluate([doc], bench.tag_with_helpers)
    assert figures["strict_f1"] == 1.0 and figures["value_f1"] == 1.0 and figures["type_accuracy"] == 1.0
    # a tagger that finds one expression with a wrong value
    wrong = lambda text, dct: [{"start": 9, "end": 13, "type": "DATE", "value": "2021-W36"}]  # noqa: E731
    figures, errors = bench.evaluate([doc], wrong)
    assert figures["strict_f1"] == 0.0 and round(figures["relaxed_precision"], 3) == 1.0
    assert figures["value_f1"] == 0.0 and {e["kind"] for e in errors} == {"value", "missed"}


def test_benchmark_skips_without_the_corpus(tmp_path, capsys):
    bench = _benchmark_module()
    bench.CORPUS = tmp_path / "absent"
    assert bench.main([]) == 0
    assert "skipped: ../shared/eval not found" in capsys.readouterr().out


def test_possessive_of_a_registry_person_puts_a_role_on_their_side():
    from helpers.timeline import event_mentions, load_actors

    registry = pd.concat(
        [load_actors(), pd.DataFrame([{"name": "Dana Fictional", "side": "US", "level": "cabinet", "kind": "person",
                                        "aliases": "Dana Fictional|Fictional"}])],
        ignore_index=True,
    )
    text = "Talks\n\nFictional's aides met senior Chinese officials in Beijing in May 2021, officials said.\n"
    articles = pd.DataFrame({"article_id": ["x"], "outlet": ["O"], "title": ["Talks"],
                             "published": [pd.Timestamp("2021-09-10")], "text": [text]})
    met = {name: m[m["cue"].str.contains("met")].iloc[0] for name, m in
           (("with", event_mentions(articles, actors=registry)), ("without", event_mentions(articles)))}
    assert met["with"]["us"] == "Fictional's aides" and met["with"]["china"] == "senior Chinese officials"
    assert met["with"]["reason"] == "no identified participant"  # both sides, but only unranked roles
    assert met["without"]["us"] == "" and met["without"]["reason"] == "not a US–China engagement"
