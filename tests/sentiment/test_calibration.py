"""The NewsMTSC benchmark (benchmarks/sentiment_newsmtsc.py) and the calibration table it commits."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from helpers import sentiment as S
from helpers.errors import DataFileError
from helpers.paths import EVAL_DIR, ROOT
from helpers.sentiment.calibration import CALIBRATION_COLUMNS, CALIBRATION_PATH, load_calibration, project_method
from tests.conftest import load_benchmark


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("sentiment_newsmtsc")


def small_newsmtsc(folder):
    def record(sentence, *labels):
        return {"sentence_normalized": sentence,
                "targets": [{"from": 0, "to": 1, "mention": sentence[0], "polarity": p} for p in labels]}

    lines = [
        record("It was a terrible, awful call.", 2.0),
        record("A wonderful, excellent meeting.", 6.0),
        record("The call lasted 90 minutes.", 4.0, 2.0),  # two people, two labels, one sentence score
    ]
    path = folder / "devtest_rw.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the committed table


def test_the_committed_table_has_the_project_methods():
    table = load_calibration()
    assert list(table.columns) == CALIBRATION_COLUMNS
    f1 = table.set_index("method")["macro_f1"]
    # the reference points of the benchmark's docstring and ../shared/eval/README.md
    assert round(f1[project_method("textblob")], 2) == 0.40
    assert round(f1[project_method("vader")], 2) == 0.53
    assert round(f1["always neutral"], 2) == 0.19
    assert set(table["corpus"]) == {"NewsMTSC"} and set(table["n_sentences"]) == {1067}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in table["measured"])
    assert set(table.loc[table["cut"].isna(), "method"]) == {"always neutral",
                                                            "both lexicons agree, else neutral (project cuts)",
                                                            S.MODEL_CALIBRATION_NAME}
    # the trained model reads the person, the lexicons the sentence: it must do better than both
    assert f1[S.MODEL_CALIBRATION_NAME] > f1[project_method("vader")] + 0.1
    cuts = table.set_index("method")["cut"]
    assert (cuts[project_method("textblob")], cuts[project_method("vader")]) == (S.TEXTBLOB_CUT, S.VADER_CUT)


@pytest.mark.parametrize(
    ("lexicon", "name"),
    [("textblob", f"TextBlob polarity ±{S.TEXTBLOB_CUT:g} (project cut)"),
     ("vader", f"VADER compound ±{S.VADER_CUT:g} (project cut)")],
)
def test_project_method_names(lexicon, name):
    assert project_method(lexicon) == name


def test_project_method_refuses_an_unknown_lexicon():
    with pytest.raises(ValueError, match="unknown lexicon 'afinn'"):
        project_method("afinn")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text.replace("0.1894649177597335", "about 0.19", 1), r"row 2: macro_f1 'about 0.19'"),
        (lambda text: text.replace("n_labels,", "", 1), r"lacks column\(s\) n_labels"),
        (lambda text: text.replace("always neutral,", ",", 1), r"row 2: empty method"),
    ],
    ids=["not a number", "missing column", "empty method"],
)
def test_a_bad_table_names_the_file_and_row(tmp_path, edit, message):
    path = tmp_path / "calibration.csv"
    path.write_text(edit(CALIBRATION_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as error:
        load_calibration(path)
    assert str(path) in str(error.value)


def test_the_library_never_imports_the_benchmarks():
    sources = [p for p in (ROOT / "helpers").rglob("*.py")]
    assert sources
    for path in sources:
        assert not re.search(r"^\s*(from|import)\s+benchmarks", path.read_text(encoding="utf-8"), re.M), path


# --------------------------------------------------------------------------- the benchmark


def test_macro_f1_matches_sklearn(bench):
    from sklearn.metrics import f1_score

    gold = ["positive", "neutral", "negative", "neutral", "positive"]
    pred = ["positive", "neutral", "neutral", "neutral", "negative"]
    assert bench.macro_f1(gold, pred) == pytest.approx(f1_score(gold, pred, average="macro"))


def test_benchmark_skips_cleanly_without_shared(bench, monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(bench, "newsmtsc_path", lambda: tmp_path / "missing" / "devtest_rw.jsonl")
    table = tmp_path / "calibration.csv"
    assert bench.main(["--table", str(table)]) == 0
    assert capsys.readouterr().out.startswith("skipped: ../shared/eval not found")
    assert not table.exists()


def test_newsmtsc_evaluation_on_a_small_file(bench, tmp_path):
    report = bench.evaluate_newsmtsc(small_newsmtsc(tmp_path))
    assert report["n_sentences"] == 3 and report["n_labels"] == 4
    results = report["results"].set_index("method")
    assert results.loc[S.project_method("vader"), "accuracy"] == pytest.approx(3 / 4)
    assert results.loc["always neutral", "accuracy"] == pytest.approx(1 / 4)
    assert report["confusion"]["always neutral"].to_numpy().sum() == 4
    assert report["targets_per_second"] > 0
    intervals = report["intervals"].set_index(["method", "measure"])
    for method in (S.MODEL_CALIBRATION_NAME, S.project_method("vader")):
        row = intervals.loc[(method, "macro-F1")]
        assert row["ci_low"] <= row["value"] <= row["ci_high"]
    assert intervals.loc[(S.project_method("vader"), "accuracy"), "value"] == pytest.approx(3 / 4)


def test_benchmark_writes_the_table_the_notebook_reads(bench, monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(bench, "newsmtsc_path", lambda: small_newsmtsc(tmp_path))
    table = tmp_path / "data" / "calibration.csv"
    assert bench.main(["--table", str(table)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("written")
    written = load_calibration(table)
    assert (written["n_labels"] == 4).all() and (written["n_sentences"] == 3).all()
    assert written.set_index("method").loc["always neutral", "accuracy"] == pytest.approx(1 / 4)
    assert "On 3 news sentences labelled by people (NewsMTSC)" in S.finding_trust(written)
    # the same figures on another day: the file is left as it is
    table.write_text(table.read_text(encoding="utf-8").replace(written["measured"][0], "2000-01-01"),
                     encoding="utf-8")
    before = table.read_bytes()
    assert bench.main(["--table", str(table)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("unchanged (same figures)")
    assert table.read_bytes() == before


def test_benchmark_rewrites_the_table_when_the_figures_change(bench, tmp_path):
    report = bench.evaluate_newsmtsc(small_newsmtsc(tmp_path))
    table = tmp_path / "calibration.csv"
    assert bench.write_calibration(bench.calibration_table(report, "2000-01-01"), table)
    report["results"].loc[0, "macro_f1"] = 0.5
    assert bench.write_calibration(bench.calibration_table(report, "2000-01-02"), table)
    assert load_calibration(table)["measured"].tolist() == ["2000-01-02"] * len(report["results"])


@pytest.mark.slow
@pytest.mark.skipif(not (EVAL_DIR / "newsmtsc" / "devtest_rw.jsonl").is_file(),
                    reason="../shared/eval not present")
def test_the_committed_table_is_what_the_benchmark_measures(bench):
    report = bench.evaluate_newsmtsc()
    measured = bench.calibration_table(report, "any day").drop(columns=["measured", "lexicons"])
    committed = load_calibration().drop(columns=["measured", "lexicons"])
    pd.testing.assert_frame_equal(measured, committed, check_dtype=False)
