"""helpers.sentiment: two lexicons, the words behind each score, aggregation and agreement."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from textblob import TextBlob

from helpers import sentiment as S
from helpers.sentiment import (
    SCORE_COLUMNS,
    SentimentInputError,
    agreement_table,
    cohen_kappa,
    disagreements,
    label,
    macro_f1,
    quoted_share,
    register_words,
    score_quotes,
    score_sentences,
    score_texts,
    sentiment_by,
)


def frame(*texts, **columns):
    data = {"article_id": "a", "outlet": "X", "start": range(len(texts)), "end": range(1, len(texts) + 1),
            "text": list(texts)}
    data.update(columns)
    return pd.DataFrame(data)


# --------------------------------------------------------------------------- scores


def test_known_words_give_known_textblob_scores():
    scored = score_texts(frame("The talks were candid.", "It was a terrible, awful call.", "Nothing here."))
    assert scored["polarity"].tolist() == [0.6, -1.0, 0.0]
    assert scored["subjectivity"].tolist() == [0.8, 1.0, 0.0]
    assert scored["textblob_label"].tolist() == ["positive", "negative", "neutral"]


def test_scores_equal_textblob_sentiment_assessments():
    text = "They have an ability to be candid and honest and frank with each other, not very satisfied."
    expected = TextBlob(text).sentiment_assessments
    got = score_texts(frame(text)).iloc[0]
    assert got["polarity"] == pytest.approx(expected.polarity)
    assert got["subjectivity"] == pytest.approx(expected.subjectivity)
    assert got["assessments"] == "; ".join(f"{' '.join(w)} {p:+.2f}" for w, p, *_ in expected.assessments)


def test_assessments_list_the_driving_words():
    row = score_texts(frame("They were candid and honest, but the deadlock was a terrible problem.")).iloc[0]
    assert row["assessments"] == "candid +0.60; honest +0.60; terrible -1.00"
    assert "honest +2.30" in row["vader_words"] and "terrible -2.10" in row["vader_words"]


def test_vader_marks_negated_words():
    row = score_texts(frame("We have not been very satisfied with their behavior.")).iloc[0]
    assert row["vader_words"] == "not satisfied +1.80"
    assert row["vader_compound"] < 0  # VADER flips the negated word...
    assert row["polarity"] > 0  # ...TextBlob does not see "not" two words away: one of the failures to show


def test_vader_columns_present_and_bounded(seeds):
    scored = score_sentences(seeds)
    assert set(SCORE_COLUMNS) <= set(scored.columns)
    assert scored["vader_compound"].between(-1, 1).all()
    for column in ("vader_pos", "vader_neg", "vader_neu"):
        assert scored[column].between(0, 1).all()
    assert np.allclose(scored[["vader_pos", "vader_neg", "vader_neu"]].sum(axis=1), 1.0, atol=0.01)
    assert scored["polarity"].between(-1, 1).all() and scored["subjectivity"].between(0, 1).all()
    assert set(scored["textblob_label"]) <= set(S.LABELS) and set(scored["vader_label"]) <= set(S.LABELS)
    assert (scored["agree"] == (scored["textblob_label"] == scored["vader_label"])).all()


def test_sentence_rows_keep_offsets(seeds):
    scored = score_sentences(seeds)
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in scored.itertuples())


def test_labels_use_the_cut_points():
    assert label(0.1, 0.1) == "positive" and label(0.09, 0.1) == "neutral" and label(-0.1, 0.1) == "negative"
    assert label(float("nan"), 0.1) == ""
    scored = score_texts(frame("The talks were candid."), textblob_cut=0.7)
    assert scored["textblob_label"].iloc[0] == "neutral"


def test_input_not_mutated():
    original = frame("The talks were candid.", "It was a terrible, awful call.")
    before = original.copy()
    scored = score_texts(original)
    pd.testing.assert_frame_equal(original, before)
    assert scored is not original and "polarity" not in original.columns
    sentiment_by(scored, by="outlet")
    disagreements(scored)
    agreement_table(scored)
    pd.testing.assert_frame_equal(scored, score_texts(before))


def test_clear_error_without_text_column():
    with pytest.raises(SentimentInputError, match="lacks column.*'text'"):
        score_texts(pd.DataFrame({"body": ["hello"]}))
    with pytest.raises(ValueError, match="lacks column.*'quote'"):
        score_quotes(pd.DataFrame({"text": ["hello"]}))
    with pytest.raises(SentimentInputError, match="DataFrame"):
        score_texts(["a list"])
    with pytest.raises(SentimentInputError, match="expected a string"):
        score_texts(pd.DataFrame({"text": [42]}))


def test_missing_text_gets_nan_scores_not_a_crash():
    scored = score_texts(frame("The talks were candid.", None))
    assert math.isnan(scored["polarity"].iloc[1]) and scored["textblob_label"].iloc[1] == ""
    assert len(sentiment_by(scored, by="outlet")) == 1 and sentiment_by(scored, by="outlet")["n"].iloc[0] == 1


def test_score_quotes_scores_the_quote_column():
    quotes = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "start": [0], "end": [6], "quote": ["candid"]})
    assert score_quotes(quotes)["polarity"].iloc[0] == 0.6


def test_analyzers_are_cached():
    assert S._vader() is S._vader() and S._textblob() is S._textblob()


# --------------------------------------------------------------------------- aggregation


def test_aggregation_ci_contains_the_mean_and_counts(seeds):
    scored = score_sentences(seeds)
    table = sentiment_by(scored, by=["outlet"], value="polarity")
    assert list(table.columns) == ["outlet", "n", "mean", "ci_low", "ci_high", "too_few"]
    assert (table["ci_low"] <= table["mean"]).all() and (table["mean"] <= table["ci_high"]).all()
    counts = scored.groupby("outlet").size()
    assert dict(zip(table["outlet"], table["n"])) == counts.to_dict()
    assert table["mean"].tolist() == pytest.approx(scored.groupby("outlet")["polarity"].mean().tolist())


def test_too_few_flag():
    scored = score_texts(frame(*(["The talks were candid."] * 6 + ["A terrible call."] * 2),
                               side=["US"] * 6 + ["China"] * 2))
    table = sentiment_by(scored, by="side").set_index("side")
    assert not table.loc["US", "too_few"] and table.loc["China", "too_few"]
    assert table.loc["China", "n"] == 2
    assert sentiment_by(scored, by="side", min_count=2).set_index("side").loc["China", "too_few"] == False  # noqa: E712


def test_aggregation_errors_name_the_column():
    scored = score_texts(frame("candid"))
    with pytest.raises(SentimentInputError, match="'speaker'"):
        sentiment_by(scored, by=["speaker"])
    with pytest.raises(SentimentInputError, match="not numeric"):
        sentiment_by(scored, by="outlet", value="assessments")


# --------------------------------------------------------------------------- agreement


def test_disagreements_sorted_by_gap_with_the_words():
    scored = score_texts(frame(
        "We have not been very satisfied with their behavior.",  # TextBlob +, VADER -
        "The talks were candid.",  # TextBlob +, VADER neutral (candid is not in VADER's lexicon)
        "It was a terrible, awful call.",  # both negative: not a disagreement
    ))
    table = disagreements(scored)
    assert table["text"].tolist() == ["We have not been very satisfied with their behavior.", "The talks were candid."]
    assert table["gap"].is_monotonic_decreasing
    assert table["opposite"].tolist() == [True, False]
    assert table["assessments"].iloc[1] == "candid +0.60" and table["vader_words"].iloc[1] == ""
    assert (table["textblob_label"] != table["vader_label"]).all()


def test_agreement_table_crosstab_kappa_and_correlation():
    texts = ["It was a terrible, awful call.", "A wonderful, excellent meeting.", "The call lasted 90 minutes.",
             "The talks were candid.", "We have not been very satisfied with their behavior."]
    scored = score_texts(frame(*texts))
    result = agreement_table(scored)
    assert result.crosstab.to_numpy().sum() == 5 and result.n == 5
    assert list(result.crosstab.index) == list(S.LABELS) == list(result.crosstab.columns)
    assert result.share_agree == pytest.approx(3 / 5)
    from sklearn.metrics import cohen_kappa_score

    assert result.kappa == pytest.approx(cohen_kappa_score(scored["textblob_label"], scored["vader_label"]))
    assert result.pearson == pytest.approx(np.corrcoef(scored["polarity"], scored["vader_compound"])[0, 1])
    assert -1 <= result.spearman <= 1


def test_kappa_edge_cases():
    assert cohen_kappa(["neutral"] * 3, ["neutral"] * 3) != cohen_kappa(["neutral"] * 3, ["neutral"] * 3)  # NaN
    assert cohen_kappa(["positive", "negative"], ["positive", "negative"]) == 1.0
    assert cohen_kappa(["positive", "negative"], ["negative", "positive"]) == -1.0


# --------------------------------------------------------------------------- words and quotes


def test_register_words_points_at_diplomatic_words():
    scored = score_texts(frame("The talks were candid and frank.", "It was a terrible call."))
    found = register_words(scored)
    assert found["word"].tolist() == ["candid"]  # frank is in no lexicon, so no score to question
    assert found["score"].iloc[0] == 0.6 and found["lexicon"].iloc[0] == "TextBlob"


def test_quoted_share_counts_each_word_once():
    quotes = pd.DataFrame({
        "article_id": ["a"] * 4, "outlet": ["X"] * 4,
        "start": [0, 5, 40, 80], "end": [30, 10, 60, 90],
        "kind": ["direct", "partial", "direct", "indirect"],
        "n_words": [6, 1, 4, 3],
        "side": ["US government", "Chinese government", "", "expert"],
    })
    table = quoted_share(quotes, "side").set_index("side")
    assert table["n_words"].to_dict() == {"US government": 6, "unattributed": 4}  # nested span and indirect left out
    assert table["share"].sum() == pytest.approx(1.0)


def test_macro_f1_matches_sklearn():
    from sklearn.metrics import f1_score

    gold = ["positive", "neutral", "negative", "neutral", "positive"]
    pred = ["positive", "neutral", "neutral", "neutral", "negative"]
    assert macro_f1(gold, pred) == pytest.approx(f1_score(gold, pred, average="macro"))


# --------------------------------------------------------------------------- tables and charts of quotes


def quotes_for(articles: pd.DataFrame) -> pd.DataFrame:
    """A small quotes table in the extract_quotes contract, built by hand from the seed texts."""
    wanted = [
        ("Axios", "familiar", "senior administration official", "anonymous", "US government", "partial"),
        ("Axios", "candid", "senior administration official", "anonymous", "US government", "partial"),
        ("Financial Times", "the ball now is in the US court", "Wang Yi", "named", "Chinese government", "direct"),
        ("Financial Times", "serious difficulties", "Xi Jinping", "named", "Chinese government", "partial"),
        ("Financial Times", "antics", "", "", "", "partial"),
    ]
    texts = dict(zip(articles["outlet"], articles["text"]))
    ids = dict(zip(articles["outlet"], articles["article_id"]))
    rows = []
    for outlet, quote, speaker, kind_of_speaker, side, kind in wanted:
        start = texts[outlet].index(quote)
        rows.append({"article_id": ids[outlet], "outlet": outlet, "start": start, "end": start + len(quote),
                     "quote": quote, "kind": kind, "speaker": speaker, "speaker_mention": speaker,
                     "speaker_kind": kind_of_speaker, "side": side, "cue": "said", "paragraph": 0, "sentence": 0,
                     "via": "China's foreign ministry" if speaker == "Xi Jinping" else "",
                     "n_words": len(quote.split())})
    return pd.DataFrame(rows)


def test_quote_table_is_readable(seeds):
    table = S.quote_table(quotes_for(seeds))
    assert list(table.columns) == ["outlet", "speaker", "side", "kind", "quote"]
    assert "Xi Jinping (via China's foreign ministry)" in set(table["speaker"])
    assert "(no speaker found)" in set(table["speaker"])


def test_quote_charts_return_what_they_plot(seeds, tmp_path):
    from helpers.figures import export_figure

    quotes = quotes_for(seeds)
    fig, data = S.plot_quoted_share(quotes, seeds)
    shares = data[data["panel"] == "side"].groupby("outlet")["share"].sum()
    assert shares.to_numpy() == pytest.approx([1.0, 1.0])
    scored = score_quotes(quotes)
    fig, data = S.plot_quote_sentiment(scored, seeds)
    dots = data[data["mark"] == "quote"]
    assert len(dots) == 2 * len(quotes)
    intervals = data[data["mark"] != "quote"]
    assert (intervals["ci_low"] <= intervals["score"] + 1e-12).all()
    assert (intervals["score"] <= intervals["ci_high"] + 1e-12).all()
    assert intervals["too_few"].all()  # one or two quotes per speaker: nothing to read into
    written = export_figure(fig, "quote_sentiment", data=data, folder=tmp_path)
    assert set(written) == {"png", "svg", "pdf", "csv"}
    fig, data = S.plot_lexicon_agreement(scored, seeds)
    assert len(data) == len(quotes)


def test_charts_survive_no_quotes(seeds):
    empty = quotes_for(seeds).iloc[0:0]
    assert S.plot_quoted_share(empty, seeds)[1].empty
    assert S.plot_quote_sentiment(score_quotes(empty), seeds)[1].empty


def test_word_table_counts_words_per_outlet(seeds):
    words = S.word_table(score_quotes(quotes_for(seeds)))
    axios = words[words["outlet"] == "Axios"].set_index("words")
    assert axios.loc["candid", "word_polarity"] == 0.6
    assert axios.loc["familiar", "word_polarity"] == pytest.approx(0.375, abs=0.01)  # shown to 2 decimals
    assert axios.loc["candid", "n"] == 1


def test_empty_frames_keep_their_columns_and_types():
    scored = score_texts(frame().iloc[0:0])
    assert set(SCORE_COLUMNS) <= set(scored.columns) and scored.empty
    assert pd.api.types.is_float_dtype(scored["polarity"])
    table = sentiment_by(scored, by=["outlet"])
    assert table.empty and list(table.columns) == ["outlet", "n", "mean", "ci_low", "ci_high", "too_few"]
    assert table[~table["too_few"]].empty
    assert disagreements(scored).empty and agreement_table(scored).n == 0


def test_duplicate_index_labels_keep_rows_in_place():
    scored = score_texts(pd.DataFrame({"text": ["candid", "terrible"]}, index=[7, 7]))
    assert scored["polarity"].tolist() == [0.6, -1.0] and list(scored.index) == [7, 7]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_scores_within_bounds(text):
    row = S.score_text(text)
    assert -1 <= row["polarity"] <= 1 and 0 <= row["subjectivity"] <= 1
    assert -1 <= row["vader_compound"] <= 1
    assert row["textblob_label"] in S.LABELS and row["vader_label"] in S.LABELS


def test_benchmark_skips_cleanly_without_shared(monkeypatch, capsys, tmp_path):
    import importlib.util

    from helpers.paths import ROOT

    spec = importlib.util.spec_from_file_location("sentiment_newsmtsc", ROOT / "benchmarks" / "sentiment_newsmtsc.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setattr(bench, "newsmtsc_path", lambda: tmp_path / "missing" / "devtest_rw.jsonl")
    assert bench.main() == 0
    assert capsys.readouterr().out.startswith("skipped: ../shared/eval not found")


def test_newsmtsc_evaluation_on_a_small_file(tmp_path):
    def record(sentence, *labels):
        return {"sentence_normalized": sentence,
                "targets": [{"from": 0, "to": 1, "mention": sentence[0], "polarity": p} for p in labels]}

    lines = [
        record("It was a terrible, awful call.", 2.0),
        record("A wonderful, excellent meeting.", 6.0),
        record("The call lasted 90 minutes.", 4.0, 2.0),  # two people, two labels, one sentence score
    ]
    path = tmp_path / "devtest_rw.jsonl"
    path.write_text("\n".join(__import__("json").dumps(x) for x in lines), encoding="utf-8")
    report = S.evaluate_newsmtsc(path)
    assert report["n_sentences"] == 3 and report["n_labels"] == 4
    results = report["results"].set_index("method")
    assert results.loc[S.project_method("vader"), "accuracy"] == pytest.approx(3 / 4)
    assert results.loc["always neutral", "accuracy"] == pytest.approx(1 / 4)
    assert report["confusion"]["always neutral"].to_numpy().sum() == 4
