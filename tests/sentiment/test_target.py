"""target_sentiment: the contract, and a label that follows the person rather than the sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.sentiment import LABELS, TARGET_COLUMNS, SentimentInputError, target_sentiment
from helpers.sentiment.model import Contribution
from helpers.sentiment.target import evidence

# Sentences written for these tests: two people each, one praised and one attacked.
TWO_PEOPLE = [
    ("Voters praised Maria Lopez for her honesty, while Tom Baker was mocked as a liar and a coward.",
     "Maria Lopez", "Tom Baker"),
    ("The brilliant and widely admired senator Jane Hill won praise, but her rival Bob Gray was indicted for "
     "fraud and bribery.", "Jane Hill", "Bob Gray"),
]


def _frame(rows) -> pd.DataFrame:
    return pd.DataFrame([(text, text.index(name), text.index(name) + len(name)) for text, name in rows],
                        columns=["text", "target_start", "target_end"])


@pytest.mark.parametrize("text, praised, attacked", TWO_PEOPLE)
def test_two_people_in_one_sentence_get_the_label_each_deserves(text, praised, attacked):
    out = target_sentiment(_frame([(text, praised), (text, attacked)]))
    assert list(out["label"]) == ["positive", "negative"]
    assert out["score"].iloc[0] > 0 > out["score"].iloc[1]


def test_contract_columns_probabilities_and_offsets_kept():
    frame = _frame([(TWO_PEOPLE[0][0], "Maria Lopez")]).assign(article_id=["a"])
    frame.index = [7]
    before = frame.copy()
    out = target_sentiment(frame)
    pd.testing.assert_frame_equal(frame, before)  # the input is not changed
    assert list(out.columns) == [*frame.columns, *TARGET_COLUMNS]
    assert list(out.index) == [7]
    row = out.iloc[0]
    assert row["label"] in LABELS
    assert row["p_negative"] + row["p_neutral"] + row["p_positive"] == pytest.approx(1.0)
    assert row["score"] == pytest.approx(row["p_positive"] - row["p_negative"])
    assert row["label"] == max(("negative", "neutral", "positive"), key=lambda lab: row[f"p_{lab}"])
    assert row["text"][row["target_start"]:row["target_end"]] == "Maria Lopez"
    assert "Maria Lopez" in row["window"] and "praised" in row["evidence"]


def test_window_assessments_are_textblobs_words_near_the_mention():
    text = "A superb negotiator, Ana Ruiz closed the deal. Far away, a terrible storm hit the coast for days on end."
    out = target_sentiment(_frame([(text, "Ana Ruiz")]))
    assert "superb" in out["window_assessments"].iloc[0]
    assert "terrible" not in out["window_assessments"].iloc[0]  # beyond the window


def test_an_empty_frame_gets_the_columns():
    out = target_sentiment(pd.DataFrame(columns=["text", "target_start", "target_end"]))
    assert out.empty and set(TARGET_COLUMNS) <= set(out.columns)


@pytest.mark.parametrize("text, start, end, message", [
    ("Ann Reed spoke.", 0, 40, "row 0: target 0–40"),
    ("Ann Reed spoke.", 3, 3, "row 0: target 3–3"),
    (None, 0, 3, "row 0: text is NoneType"),
    ("Ann Reed spoke.", "0", 3, "row 0: target_start '0'"),
])
def test_bad_rows_are_named(text, start, end, message):
    frame = pd.DataFrame({"text": [text], "target_start": [start], "target_end": [end]}, dtype=object)
    with pytest.raises(SentimentInputError, match=message):
        target_sentiment(frame)


def test_missing_column_is_named():
    with pytest.raises(SentimentInputError, match="target_end"):
        target_sentiment(pd.DataFrame({"text": ["x"], "target_start": [0]}))


def test_evidence_names_the_heaviest_words_and_leaves_out_lexicon_features():
    parts = [Contribution("<praised", 0.6), Contribution("praised _target_", 0.2), Contribution("vd_window_pos", 3.0),
             Contribution("inside_quotes", -2.0), Contribution("the", 0.01), Contribution("liar>", -0.5)]
    assert evidence(parts) == "praised +0.60; liar -0.50; praised [person] +0.20"


def test_the_model_loads_and_scores_without_sklearn_or_scipy():
    """The linear model is scored in plain Python (TextBlob's own import is another matter: issue 15)."""
    import subprocess
    import sys

    code = ("import sys\n"
            "import helpers.sentiment.target\n"
            "from helpers.sentiment.features import DENSE_NAMES, MentionFeatures\n"
            "from helpers.sentiment.model import load_model\n"
            "f = MentionFeatures(('won', '_target_ won'), ('won>',), (0.0,) * len(DENSE_NAMES), '', ())\n"
            "load_model().score(f)\n"
            "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
