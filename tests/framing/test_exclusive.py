"""helpers.framing.exclusive: what one outlet tells that the others of the same event do not."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles
from tests.conftest import write_folder

HARBOUR = "Ministers from Norland and Estavia met in Kessel on Monday for talks on the shared harbour dredging plan."
FERRY = "Delegations from both countries arrived by ferry at the old pier before noon."
FROST = "Late frost destroyed half the cherry blossom in the Tamber valley orchards on Tuesday night."
FROST_TOO = "On Tuesday night a late frost destroyed cherry blossom across the Tamber valley."
ARTICLES = [
    ("gazette.txt", "Harbour Gazette", "harbour", f"Port talks\n\n{HARBOUR}\n\n{FERRY}\n\n"
     "Anna Berg said the offer was fair and the delay was Estavia's doing.\n\n"
     "Fishermen in Kessel fear the dredging will ruin the winter oyster beds.\n"),
    ("courier.txt", "Kessel Courier", "harbour", f"Harbour talks\n\n{HARBOUR}\n\n"
     "A new customs tariff on timber exports starts in January, the finance office announced.\n"),
    ("ledger.txt", "Valley Ledger", "harbour", f"Talks in Kessel\n\n{FERRY}\n\n"
     "Brass band musicians played outside the town hall while delegates arrived by ferry.\n"),
    ("gazette_frost.txt", "Harbour Gazette", "frost", f"Frost\n\n{FROST}\n\n"
     "Insurers expect a wave of crop claims from growers across the county.\n"),
    ("ledger_frost.txt", "Valley Ledger", "frost", f"Orchards hit\n\n{FROST_TOO}\n\n"
     "The county council promised emergency loans to the worst affected farms.\n"),
]


@pytest.fixture
def events(tmp_path):
    rows = [{"file": f, "outlet": o, "title": t.split("\n")[0], "published": "2022-03-15", "text": t}
            for f, o, _, t in ARTICLES]
    arts = load_articles(write_folder(tmp_path / "events", rows))
    return arts.assign(event=arts["file"].map({f: e for f, _, e, _ in ARTICLES}))


def test_sentences_no_other_outlet_of_the_event_tells(events):
    only = fr.outlet_only_sentences(events)
    assert list(only.columns) == ["event", "outlet", "article_id", "sentence", "start", "end", "text", "outlet_only"]
    texts = dict(zip(events["article_id"], events["text"]))
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in only.itertuples())
    shared = only[only["text"].isin([HARBOUR, FERRY, FROST, FROST_TOO])]
    assert len(shared) == 6 and not shared["outlet_only"].any()  # each told by two outlets
    alone = set(only.loc[only["outlet_only"], "text"].str[:12])
    assert {"Fishermen in", "A new custom", "Brass band m", "Insurers exp", "The county c"} <= alone


def test_pairs_never_cross_events(events):
    pairs = fr.align_sentences(events)
    event_of = dict(zip(events["article_id"], events["event"]))
    assert len(pairs) and (pairs["article_id_a"].map(event_of) == pairs["article_id_b"].map(event_of)).all()


def test_shares_pooled_with_intervals_and_per_event(events):
    only = fr.outlet_only_sentences(events)
    pooled = fr.outlet_only_shares(only)
    assert list(pooled["outlet"]) == ["Harbour Gazette", "Kessel Courier", "Valley Ledger"]
    gazette = pooled.set_index("outlet").loc["Harbour Gazette"]
    assert gazette["n"] == (only["outlet"] == "Harbour Gazette").sum()
    assert gazette["share"] == pytest.approx(gazette["n_only"] / gazette["n"])
    assert gazette["ci_low"] <= gazette["share"] <= gazette["ci_high"]
    by_event = fr.outlet_only_shares(only, by_event=True)
    assert set(zip(by_event["event"], by_event["outlet"])) == {
        ("harbour", "Harbour Gazette"), ("harbour", "Kessel Courier"), ("harbour", "Valley Ledger"),
        ("frost", "Harbour Gazette"), ("frost", "Valley Ledger")}


def test_speakers_only_one_outlet_quotes_within_an_event(events):
    ids = dict(zip(events["file"], events["article_id"]))
    text = dict(zip(events["file"], events["text"]))
    at = text["gazette.txt"].index("Anna Berg")
    quotes = pd.DataFrame([
        {"article_id": ids["gazette.txt"], "start": at, "end": at + 9, "speaker": "Anna Berg", "speaker_kind": "named"},
        {"article_id": ids["courier.txt"], "start": 0, "end": 5, "speaker": "finance office", "speaker_kind": "institution"},
        {"article_id": ids["ledger.txt"], "start": 0, "end": 5, "speaker": "Finance Office", "speaker_kind": "institution"},
        {"article_id": ids["ledger.txt"], "start": 0, "end": 5, "speaker": "an official", "speaker_kind": "anonymous"},
    ])
    found = fr.outlet_only_speakers(quotes, events)
    assert list(found["speaker"]) == ["Anna Berg"]  # the office is quoted by two outlets; anonymous never counts
    assert found["quote"].item() == "Anna Berg" and found["outlet"].item() == "Harbour Gazette"


def test_events_only_one_outlet_tells(events):
    ids = dict(zip(events["file"], events["article_id"]))
    table = pd.DataFrame({
        "event_id": ["e1", "e2"], "label": ["dredging talks", "tariff"], "date_start": ["2022-03-14", "2023-01-01"],
        "sources": [[(ids["gazette.txt"], 10, 20), (ids["courier.txt"], 10, 20)], [(ids["courier.txt"], 30, 40)]],
    })
    found = fr.outlet_only_events(table, events)
    assert list(found["event_id"]) == ["e2"] and found["outlet"].item() == "Kessel Courier"


def test_counts_and_the_finding_name_every_outlet(events):
    only = fr.outlet_only_sentences(events)
    counts = fr.outlet_only_counts(only, pd.DataFrame({"outlet": ["Harbour Gazette"]}), None)
    assert list(counts["n_speakers"]) == [1, 0, 0] and list(counts["n_events"]) == [0, 0, 0]
    text = fr.finding_outlet_only(counts, fr.outlet_only_shares(only, by_event=True))
    assert all(o in text for o in ("Harbour Gazette", "Kessel Courier", "Valley Ledger")) and "across 2 events" in text


def test_on_the_seeds_every_sentence_is_either_paired_or_outlet_only(seeds, pairs):
    only = fr.outlet_only_sentences(seeds, pairs)
    paired = set(zip(pairs["article_id_a"], pairs["sentence_a"])) | set(zip(pairs["article_id_b"], pairs["sentence_b"]))
    assert (~only["outlet_only"]).sum() == len(paired)
    assert set(only["outlet"]) == set(seeds["outlet"])


def test_one_outlet_leaves_nothing_out(one_outlet):
    arts = load_articles(one_outlet)
    only = fr.outlet_only_sentences(arts)
    assert only.empty and fr.outlet_only_shares(only).empty
    counts = fr.outlet_only_counts(only, fr.outlet_only_speakers(pd.DataFrame(columns=["article_id", "start", "end", "speaker"]), arts))
    assert fr.finding_outlet_only(counts).startswith("No event here is told by two outlets")
    # the notebook filters and groups the empty table as it does a full one
    shown = only[only["outlet_only"]].groupby("outlet").head(3)
    assert shown.empty and list(shown.columns) == list(only.columns)
