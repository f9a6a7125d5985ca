"""How far lexicon sentiment can be trusted on news: TextBlob and VADER against NewsMTSC.

Reads ``../shared/eval/newsmtsc/devtest_rw.jsonl`` (Hamborg and Donnay, EACL
2021: 1,067 news sentences, 1,146 human labels of the sentiment towards a
person).  Each sentence is labelled by its overall score, as the project
labels sentences and quotes; prints macro-F1, accuracy and the confusion
matrix per method, the sweep of cut points that justifies the project's cuts,
and sentences per second.  Reference points measured with this scoring:
TextBlob ±0.1 0.40, VADER ±0.3 0.53, always-neutral 0.19.

    .venv/bin/python benchmarks/sentiment_newsmtsc.py
"""

from __future__ import annotations

import sys

from helpers.sentiment import TEXTBLOB_CUT, VADER_CUT, evaluate_newsmtsc, newsmtsc_path, project_method


def main() -> int:
    path = newsmtsc_path()
    if not path.is_file():
        print(f"skipped: ../shared/eval not found ({path} missing)")
        return 0
    report = evaluate_newsmtsc(path)
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
    print(f"\nspeed: {report['sentences_per_second']:,.0f} sentences/s, {report['words_per_second']:,.0f} words/s "
          f"(both lexicons and the words behind the scores, one core; "
          f"loading them took {report['load_seconds']:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
