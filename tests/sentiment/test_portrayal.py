"""How each outlet portrays each official: mentions of known people, scored, aggregated, and the finding."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import sentiment as S
from helpers.corpus import load_articles
from helpers.quotes import extract_quotes


@pytest.fixture(scope="module")
def seed_portrayal(seeds):
    quotes = extract_quotes(seeds)
    mentions = S.person_mentions(seeds, quotes)
    scored = S.score_mentions(seeds, mentions)
    return seeds, quotes, mentions, scored


def _registry(*rows) -> pd.DataFrame:
    return pd.DataFrame([{"name": n, "aliases": tuple(a), "role": "", "side": "other", "kind": k} for n, a, k in rows])


def test_every_mention_keeps_its_offsets(seed_portrayal):
    articles, _, mentions, scored = seed_portrayal
    text = dict(zip(articles["article_id"], articles["text"]))
    assert all(text[r.article_id][r.start:r.end] == r.mention for r in mentions.itertuples())
    assert {"Joe Biden", "Xi Jinping"} <= set(mentions["person"])
    assert set(mentions["via"]) == {"registry", "speaker"}
    assert all(r.mention in r.sentence_text for r in scored.itertuples())
    assert set(scored["label"]) <= set(S.LABELS) and scored["score"].between(-1, 1).all()
    assert list(scored.columns) == S.PORTRAYAL_COLUMNS


def test_registry_names_are_whole_words_longest_first_and_speakers_win():
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": [
        "President Ann Reed met Reedsworth officials. Reed, the president, praised Bo."]})
    registry = _registry(("Ann Reed", ["Reed", "President Ann Reed"], "named"), ("Bo Ling", ["Bo"], "named"),
                         ("Reed Group", ["Reedsworth"], "institution"))
    quotes = pd.DataFrame({"article_id": ["a"], "speaker": ["Ann Reed"], "speaker_kind": ["named"],
                           "speaker_start": [45], "speaker_end": [49]})
    mentions = S.person_mentions(articles, quotes, registry)
    assert list(zip(mentions["mention"], mentions["via"])) == [
        ("President Ann Reed", "registry"), ("Reed", "speaker"), ("Bo", "registry")]
    assert list(mentions["person"]) == ["Ann Reed", "Ann Reed", "Bo Ling"]


def test_portrayal_by_person_and_outlet_counts_each_label():
    scored = pd.DataFrame({"person": ["A"] * 6 + ["B"], "outlet": ["X"] * 6 + ["Y"],
                           "score": [0.5, 0.4, -0.2, 0.1, 0.3, 0.6, -0.7],
                           "label": ["positive"] * 2 + ["negative"] + ["neutral"] + ["positive"] * 2 + ["negative"]})
    table = S.portrayal_by(scored).set_index(["person", "outlet"])
    assert table.loc[("A", "X"), "n"] == 6 and not table.loc[("A", "X"), "too_few"]
    assert table.loc[("A", "X"), "ci_low"] <= table.loc[("A", "X"), "mean"] <= table.loc[("A", "X"), "ci_high"]
    assert (table.loc[("A", "X"), ["n_negative", "n_neutral", "n_positive"]] == [1, 1, 4]).all()
    assert table.loc[("B", "Y"), "too_few"] and table.loc[("B", "Y"), "n_negative"] == 1


def test_findings_on_the_seeds(seed_portrayal):
    articles, quotes, _, scored = seed_portrayal
    table = S.portrayal_by(scored)
    found = S.finding_portrayal(table, n_outlets=2)
    biden = table[(table["person"] == "Joe Biden") & ~table["too_few"]].iloc[0]
    assert f"mentions of {table['person'].nunique()} known people, most often Joe Biden" in found
    assert f"Joe Biden in {biden.outlet}: mean {biden['mean']:+.2f}" in found
    assert "Joe Biden reads more negatively in" in found
    sentences = S.portrayal_sentences(scored)
    assert len(sentences) == len(scored) and sentences["evidence"].str.len().gt(0).any()
    beside = S.tone_beside_portrayal(S.score_quotes(quotes), scored)
    assert {"textblob", "vader", "model"} <= set(beside.columns)


def test_findings_with_one_outlet(one_outlet):
    articles = load_articles(one_outlet)
    registry = _registry(("Anna Berg", [], "named"))
    scored = S.score_mentions(articles, S.person_mentions(articles, extract_quotes(articles), registry))
    found = S.finding_portrayal(S.portrayal_by(scored), n_outlets=1)
    assert "Anna Berg" in found and found.endswith("With one outlet there is nothing to compare it with.")
    assert "more negatively" not in found


def test_a_folder_with_no_people(no_quotes):
    articles = load_articles(no_quotes)
    mentions = S.person_mentions(articles, extract_quotes(articles))
    scored = S.score_mentions(articles, mentions)
    assert mentions.empty and scored.empty and list(scored.columns) == S.PORTRAYAL_COLUMNS
    table = S.portrayal_by(scored)
    assert table.empty
    assert S.finding_portrayal(table, n_outlets=2).startswith("No person the registry or the quotes know")


def test_model_trust_finding_reads_the_committed_table():
    calibration = S.load_calibration()
    found = S.finding_model_trust(calibration, S.MODEL_CALIBRATION_NAME)
    f1 = calibration.set_index("method")["macro_f1"][S.MODEL_CALIBRATION_NAME]
    accuracy = calibration.set_index("method")["accuracy"][S.MODEL_CALIBRATION_NAME]
    assert f"the model's labels reach macro-F1 {f1:.2f}" in found
    assert found.endswith(f"to {1 - accuracy:.0%} of the mentions.")
    assert "has not been measured" in S.finding_model_trust(calibration.iloc[:2], S.MODEL_CALIBRATION_NAME)
