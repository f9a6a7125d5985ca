"""How far lexicon sentiment can be trusted on news: TextBlob and VADER against NewsMTSC.

Reads ``../shared/eval/newsmtsc/devtest_rw.jsonl`` (Hamborg and Donnay, EACL
2021: 1,067 news sentences, 1,146 human labels of the sentiment towards a
person).  Each sentence is labelled by its overall score, as the project
labels sentences and quotes; prints macro-F1, accuracy and the confusion
matrix per method, the sweep of cut points that justifies the project's cuts,
and sentences per second.  Reference points measured with this scoring:
TextBlob ±0.1 0.40, VADER ±0.3 0.53, always-neutral 0.19.

Writes the results to ``helpers/data/calibration_sentiment.csv`` (one row
per method, with the corpus, counts, lexicon versions and the date measured),
which notebook 03 reads, so a reader without ``../shared`` sees the same
figures.  The file is left as it is when the figures have not changed.
Without ``../shared/eval``, says so and exits cleanly.

    .venv/bin/python benchmarks/sentiment_newsmtsc.py [--table PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.paths import EVAL_DIR
from helpers.sentiment import LABELS, TEXTBLOB_CUT, VADER_CUT, label, project_method, score_texts
from helpers.sentiment.calibration import ALWAYS_NEUTRAL, CALIBRATION_COLUMNS, CALIBRATION_PATH, MODEL_CALIBRATION_NAME
from helpers.sentiment.model import load_model
from helpers.sentiment.scoring import load_analyzers
from helpers.sentiment.target import target_sentiment
from helpers.stats import SEED
from helpers.text import count_words

NEWSMTSC_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
CORPUS, SPLIT = "NewsMTSC", "devtest_rw"
#: The name of the trained model in the calibration table.
MODEL_METHOD = MODEL_CALIBRATION_NAME
N_BOOT = 1000


def newsmtsc_path() -> Path:
    """Where the NewsMTSC real-world split is expected (``../shared/eval/newsmtsc/devtest_rw.jsonl``)."""
    return EVAL_DIR / "newsmtsc" / f"{SPLIT}.jsonl"


def load_newsmtsc(path: str | Path | None = None) -> pd.DataFrame:
    """One row per human label: ``sentence_id, sentence, mention, from, to, gold`` (negative/neutral/positive)."""
    path = Path(path) if path is not None else newsmtsc_path()
    if not path.is_file():
        raise FileNotFoundError(f"{path}: NewsMTSC file not found")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            for target in record["targets"]:
                rows.append({"sentence_id": line_no, "sentence": record["sentence_normalized"],
                             "mention": target["mention"], "from": target["from"], "to": target["to"],
                             "gold": NEWSMTSC_LABELS[float(target["polarity"])]})
    return pd.DataFrame(rows)


def macro_f1(gold, predicted, labels=LABELS) -> float:
    """Mean over ``labels`` of each label's F1 (0 for a label never predicted nor present)."""
    gold, predicted = np.asarray(list(gold), dtype=object), np.asarray(list(predicted), dtype=object)
    scores = []
    for lab in labels:
        tp = float(np.sum((gold == lab) & (predicted == lab)))
        fp = float(np.sum((gold != lab) & (predicted == lab)))
        fn = float(np.sum((gold == lab) & (predicted != lab)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores))


def confusion(gold, predicted, labels=LABELS) -> pd.DataFrame:
    """Counts of gold (rows) against predicted (columns) labels."""
    table = pd.crosstab(pd.Categorical(list(gold), categories=labels),
                        pd.Categorical(list(predicted), categories=labels),
                        rownames=["gold"], colnames=["predicted"], dropna=False)
    return table.reindex(index=list(labels), columns=list(labels), fill_value=0)


def evaluate_newsmtsc(
    path: str | Path | None = None,
    cuts: tuple[float, ...] = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5),
) -> dict:
    """Score every NewsMTSC sentence with both lexicons and measure the labels against the human ones.

    Each sentence is labelled by its overall score (not by the person it is
    about).  Returns a dict: ``results`` (one row per method: ``method, cut,
    macro_f1, accuracy, n``), ``sweep`` (macro-F1 per cut and lexicon),
    ``held_out`` (cut chosen on odd sentences, F1 on even ones, and back),
    ``confusion`` (per method), ``n_sentences``, ``n_labels``,
    ``sentences_per_second`` and ``words_per_second`` (both lexicons, words
    behind the scores included, after ``load_seconds`` spent loading them).
    """
    gold = load_newsmtsc(path)
    unique = gold.drop_duplicates("sentence_id")[["sentence_id", "sentence"]]
    started = time.perf_counter()
    load_analyzers()
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    scored = score_texts(unique, "sentence")
    seconds = time.perf_counter() - started
    n_words = int(sum(count_words(t) for t in unique["sentence"]))
    frame = gold.merge(scored[["sentence_id", "polarity", "vader_compound"]], on="sentence_id")

    def labels_for(column, cut):
        return [label(v, cut) for v in frame[column]]

    methods = {
        ALWAYS_NEUTRAL: (None, ["neutral"] * len(frame)),
        "TextBlob polarity ±0.1 (reference cut)": (0.1, labels_for("polarity", 0.1)),
        "VADER compound ±0.3 (reference cut)": (0.3, labels_for("vader_compound", 0.3)),
        "VADER compound ±0.05 (VADER authors' cut)": (0.05, labels_for("vader_compound", 0.05)),
    }
    # The project's own labels, named as such (the same rows as the reference ones while the cuts coincide).
    methods[project_method("textblob")] = (TEXTBLOB_CUT, labels_for("polarity", TEXTBLOB_CUT))
    methods[project_method("vader")] = (VADER_CUT, labels_for("vader_compound", VADER_CUT))
    both = [t if t == v else "neutral"
            for t, v in zip(labels_for("polarity", TEXTBLOB_CUT), labels_for("vader_compound", VADER_CUT))]
    methods["both lexicons agree, else neutral (project cuts)"] = (None, both)
    model_seconds, model_labels = _model_labels(frame)
    methods[MODEL_METHOD] = (None, model_labels)
    results, confusions = [], {}
    for name, (cut, predicted) in methods.items():
        results.append({"method": name, "cut": cut, "macro_f1": macro_f1(frame["gold"], predicted),
                        "accuracy": float(np.mean(frame["gold"].to_numpy() == np.asarray(predicted))), "n": len(frame)})
        confusions[name] = confusion(frame["gold"], predicted)
    sweep = pd.DataFrame([{"cut": c, "textblob": macro_f1(frame["gold"], labels_for("polarity", c)),
                           "vader": macro_f1(frame["gold"], labels_for("vader_compound", c))} for c in cuts])
    held_out = []
    odd = (frame["sentence_id"] % 2 == 1).to_numpy()
    for column in ("polarity", "vader_compound"):
        for train, test, name in ((odd, ~odd, "odd→even"), (~odd, odd, "even→odd")):
            def f1_on(rows, cut, column=column):
                return macro_f1(frame["gold"][rows], [label(v, cut) for v in frame[column][rows]])

            best = max(cuts, key=lambda c: (f1_on(train, c), -c))  # ties go to the smaller cut
            held_out.append({"score": column, "split": name, "chosen_cut": best,
                             "macro_f1_held_out": f1_on(test, best)})
    return {
        "results": pd.DataFrame(results),
        "sweep": sweep,
        "held_out": pd.DataFrame(held_out),
        "confusion": confusions,
        "n_sentences": len(unique),
        "n_labels": len(frame),
        "sentences_per_second": len(unique) / seconds if seconds > 0 else float("nan"),
        "words_per_second": n_words / seconds if seconds > 0 else float("nan"),
        "load_seconds": load_seconds,
        "targets_per_second": len(frame) / model_seconds if model_seconds > 0 else float("nan"),
        "intervals": intervals(frame["gold"], {name: methods[name][1] for name in
                                                (MODEL_METHOD, project_method("textblob"), project_method("vader"))}),
    }


def _model_labels(frame: pd.DataFrame) -> tuple[float, list[str]]:
    """The model's label for every target, and the CPU seconds it took (model loaded beforehand)."""
    load_model()
    targets = frame.rename(columns={"sentence": "text", "from": "target_start", "to": "target_end"})
    started = time.process_time()
    labelled = target_sentiment(targets[["text", "target_start", "target_end"]])
    return time.process_time() - started, labelled["label"].tolist()


def _scores(gold: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    scores = {"macro-F1": macro_f1(gold, predicted), "accuracy": float(np.mean(gold == predicted))}
    for lab in LABELS:
        scores[f"F1 {lab}"] = macro_f1(gold, predicted, labels=(lab,))
    return scores


def intervals(gold, methods: dict[str, list[str]], n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """Macro-F1, accuracy and per-class F1 of each method, with a 95% bootstrap interval over the labels."""
    gold = np.asarray(list(gold), dtype=object)
    rng = np.random.default_rng(seed)
    samples = rng.integers(0, len(gold), size=(n_boot, len(gold)))
    rows = []
    for name, predicted in methods.items():
        predicted = np.asarray(list(predicted), dtype=object)
        point = _scores(gold, predicted)
        boot = [_scores(gold[idx], predicted[idx]) for idx in samples]
        for measure, value in point.items():
            low, high = np.quantile([b[measure] for b in boot], [0.025, 0.975])
            rows.append({"method": name, "measure": measure, "value": value, "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows)


def calibration_table(report: dict, measured: str) -> pd.DataFrame:
    """The rows of ``helpers/data/calibration_sentiment.csv`` for an :func:`evaluate_newsmtsc` report."""
    results = report["results"]
    return pd.DataFrame({
        "method": results["method"],
        "cut": results["cut"].astype(float),
        "macro_f1": results["macro_f1"],
        "accuracy": results["accuracy"],
        "n_labels": report["n_labels"],
        "n_sentences": report["n_sentences"],
        "corpus": CORPUS,
        "split": SPLIT,
        "lexicons": f"textblob {version('textblob')}; vaderSentiment {version('vaderSentiment')}",
        "measured": measured,
    })[CALIBRATION_COLUMNS]


def _csv(table: pd.DataFrame) -> str:
    return table.to_csv(index=False, lineterminator="\n")


def write_calibration(table: pd.DataFrame, path: str | Path = CALIBRATION_PATH) -> bool:
    """Write ``table`` to ``path``; True if written, False when only the date measured would change."""
    path = Path(path)
    if path.is_file():
        old = pd.read_csv(path, dtype=str, keep_default_na=False)
        if "measured" in old.columns and len(old) == len(table):
            if _csv(table.assign(measured=old["measured"].to_numpy())) == path.read_text(encoding="utf-8"):
                return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_csv(table), encoding="utf-8")
    return True


def print_report(report: dict) -> None:
    print(f"NewsMTSC devtest_rw: {report['n_sentences']} sentences, {report['n_labels']} labels "
          f"(each label scored with its sentence's overall score)")
    print(f"project cuts: TextBlob ±{TEXTBLOB_CUT:g}, VADER ±{VADER_CUT:g}\n")
    results = report["results"]
    width = max(map(len, results["method"]))
    print(f"{'method':<{width}}  macro-F1  accuracy")
    for row in results.itertuples():
        print(f"{row.method:<{width}}  {row.macro_f1:8.3f}  {row.accuracy:8.3f}")
    print("\nmacro-F1 by cut point (why the project cuts where it does):")
    print(report["sweep"].to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    print("\ncut chosen on one half of the sentences, macro-F1 on the other half:")
    print(report["held_out"].to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    for name in (project_method("textblob"), project_method("vader")):
        print(f"\nconfusion, {name}:")
        print(report["confusion"][name].to_string())
    print("\nper target, with 95% bootstrap intervals (the model's label follows the person; the lexicons "
          "label the whole sentence):")
    table = report["intervals"].assign(
        shown=lambda t: [f"{v:.3f} ({lo:.3f}–{hi:.3f})" for v, lo, hi in zip(t["value"], t["ci_low"], t["ci_high"])])
    print(table.pivot(index="method", columns="measure", values="shown").to_string())
    print(f"\nmodel speed: {report['targets_per_second']:,.0f} targets/s (CPU time, one core, model loaded)")
    print(f"\nspeed: {report['sentences_per_second']:,.0f} sentences/s, {report['words_per_second']:,.0f} words/s "
          f"(both lexicons and the words behind the scores, one core; "
          f"loading them took {report['load_seconds']:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=CALIBRATION_PATH, help="where to write the calibration table")
    args = parser.parse_args(argv)
    path = newsmtsc_path()
    if not path.is_file():
        print(f"skipped: ../shared/eval not found ({path} missing); {args.table} left as it is")
        return 0
    report = evaluate_newsmtsc(path)
    print_report(report)
    written = write_calibration(calibration_table(report, date.today().isoformat()), args.table)
    print(f"\ncalibration table: {args.table} " + ("written" if written else "unchanged (same figures)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
