"""Temporal expression tagging measured on TempEval-3 (TimeBank + AQUAINT).

Runs :func:`helpers.timeline.tag_dates` on every ``.tml`` document of
``../shared/eval/tempeval3`` with the document creation time (DCT) as the
publication date, and prints what TempEval-3 (UzZaman et al., SemEval-2013)
reports for temporal expressions:

- span precision, recall and F1, strict (identical extent) and relaxed
  (overlapping extent), each gold and system expression matched at most once;
- type accuracy and value F1, judged on the relaxed-matched pairs: a pair
  counts when the attribute is identical, value precision = correct / system
  expressions, value recall = correct / gold expressions;
- speed: words of document text per second of tagging, on one core (CPU
  time of the tagging process, so other work on a shared machine does not
  count against it).

    python benchmarks/dates_tempeval.py [--limit N] [--errors N] [--out CSV]

A full run writes the figures to ``helpers/data/calibration_dates.csv``
(one row per measure: ``measure, value, corpus, documents, measured``), the
committed table notebook 04 reads (``helpers.timeline.load_calibration``);
a run with ``--limit`` writes nothing.  Exits 0 with "skipped:
../shared/eval not found" when the corpus is absent, and writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from helpers.paths import DATA_DIR, EVAL_DIR
from helpers.text import count_words
from helpers.timeline import tag_dates
from helpers.timeline.calibration import CALIBRATION_COLUMNS, CALIBRATION_FILE, MEASURES

CORPUS = EVAL_DIR / "tempeval3"
CORPUS_NAME = "TempEval-3 (TimeBank + AQUAINT)"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>|&(#?\w+);")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Document:
    """One TimeML document as plain text, with its gold TIMEX3 spans."""

    name: str
    dct: pd.Timestamp
    text: str
    gold: list[dict] = field(default_factory=list)


def parse_tml(path: Path) -> Document:
    """Plain text of the ``<TEXT>`` element and its TIMEX3s (offsets into that text)."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if not dct_match:
        raise ValueError(f"{path}: no DCT")
    dct_value = dict(_ATTR.findall(dct_match.group(1)))["value"]
    dct = pd.Timestamp(dct_value[:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    gold: list[dict] = []
    open_timex: dict | None = None
    pos = 0
    for match in _TAG.finditer(body):
        chunk = body[pos : match.start()]
        out.append(chunk)
        length += len(chunk)
        pos = match.end()
        if match.group(4) is not None:  # an entity such as &amp;
            char = html.unescape(match.group(0))
            out.append(char)
            length += len(char)
            continue
        closing, tag, attrs = match.group(1), match.group(2), match.group(3)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = dict(_ATTR.findall(attrs))
            open_timex["start"] = length
        elif open_timex is not None:
            open_timex["end"] = length
            gold.append(open_timex)
            open_timex = None
    out.append(body[pos:])
    text = "".join(out)
    for g in gold:
        g["expression"] = text[g["start"] : g["end"]]
    return Document(path.stem, dct, text, gold)


def load_corpus(folder: Path = CORPUS, limit: int | None = None) -> list[Document]:
    """Every ``.tml`` file under ``folder`` (sorted by path), parsed."""
    paths = sorted(folder.rglob("*.tml"))
    if limit:
        paths = paths[:limit]
    return [parse_tml(p) for p in paths]


def _match(gold: list[dict], system: list[dict], strict: bool) -> list[tuple[dict, dict]]:
    """Pairs of gold and system expressions, each used once (exact or overlapping extent)."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        for j, s in enumerate(system):
            if j in used:
                continue
            ok = (s["start"] == g["start"] and s["end"] == g["end"]) if strict else (
                s["start"] < g["end"] and g["start"] < s["end"]
            )
            if ok:
                pairs.append((g, s))
                used.add(j)
                break
    return pairs


def _prf(correct: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(
    docs: Iterable[Document], tagger: Callable[[str, pd.Timestamp], list[dict]]
) -> tuple[dict[str, float], list[dict]]:
    """Scores of ``tagger`` (text, dct -> list of dicts with start, end, type, value) on ``docs``.

    Returns the figures and a list of errors (missed, spurious, wrong value)
    for reading.
    """
    n_gold = n_system = strict = relaxed = type_ok = value_ok = 0
    words = 0
    seconds = 0.0  # CPU time of this process: the machine may be shared, a core's work is what counts
    errors: list[dict] = []
    for doc in docs:
        words += count_words(doc.text)
        t0 = time.process_time()
        system = tagger(doc.text, doc.dct)
        seconds += time.process_time() - t0
        n_gold += len(doc.gold)
        n_system += len(system)
        strict += len(_match(doc.gold, system, strict=True))
        pairs = _match(doc.gold, system, strict=False)
        relaxed += len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_system = {id(s) for _, s in pairs}
        for g, s in pairs:
            type_ok += g.get("type") == s["type"]
            value_ok += g.get("value") == s["value"]
            if g.get("value") != s["value"] or g["start"] != s["start"] or g["end"] != s["end"]:
                errors.append({"doc": doc.name, "kind": "value" if g.get("value") != s["value"] else "extent",
                               "gold": g["expression"], "gold_value": g.get("value"),
                               "system": doc.text[s["start"]:s["end"]], "system_value": s["value"]})
        for g in doc.gold:
            if id(g) not in matched_gold:
                errors.append({"doc": doc.name, "kind": "missed", "gold": g["expression"],
                               "gold_value": g.get("value"), "system": "", "system_value": "",
                               "context": doc.text[max(0, g["start"] - 40):g["end"] + 40].replace("\n", " ")})
        for s in system:
            if id(s) not in matched_system:
                errors.append({"doc": doc.name, "kind": "spurious", "gold": "", "gold_value": "",
                               "system": doc.text[s["start"]:s["end"]], "system_value": s["value"],
                               "context": doc.text[max(0, s["start"] - 40):s["end"] + 40].replace("\n", " ")})
    sp, sr, sf = _prf(strict, n_system, n_gold)
    rp, rr, rf = _prf(relaxed, n_system, n_gold)
    vp, vr, vf = _prf(value_ok, n_system, n_gold)
    figures = {
        "documents": 0, "gold": n_gold, "system": n_system,
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
        "value_precision": vp, "value_recall": vr, "value_f1": vf,
        "words": words, "seconds": seconds, "words_per_second": words / seconds if seconds else 0.0,
    }
    return figures, errors


def tag_with_helpers(text: str, dct: pd.Timestamp) -> list[dict]:
    """The project's tagger, as the benchmark's tagger function."""
    frame = tag_dates(text, dct)
    return frame[["start", "end", "type", "value"]].to_dict("records")


def write_calibration(figures: dict, path: Path, measured: date | None = None) -> Path:
    """The figures as the calibration table notebook 04 reads: one row per measure of ``MEASURES``."""
    measured = measured or date.today()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(CALIBRATION_COLUMNS)
        for measure in MEASURES:
            value = figures[measure]
            # counts as whole numbers, speed to the word, scores to six places
            text = str(round(value)) if measure in ("gold", "system", "words", "words_per_second") else f"{value:.6f}"
            writer.writerow([measure, text, CORPUS_NAME, figures["documents"], measured.isoformat()])
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents (writes no table)")
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    parser.add_argument("--out", type=Path, default=DATA_DIR / CALIBRATION_FILE,
                        help=f"where a full run writes the calibration table (default helpers/data/{CALIBRATION_FILE})")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: ../shared/eval not found ({CORPUS})")
        return 0
    docs = load_corpus(CORPUS, args.limit)
    tag_with_helpers("warm up on 9 September 2021.", pd.Timestamp("2021-09-10"))  # imports, compiled patterns
    figures, errors = evaluate(docs, tag_with_helpers)
    figures["documents"] = len(docs)
    print(f"TempEval-3 training data (TimeBank + AQUAINT): {len(docs)} documents, "
          f"{figures['gold']} gold TIMEX3, {figures['system']} tagged, {figures['words']:,} words")
    print(f"  strict span   P {figures['strict_precision']:.3f}  R {figures['strict_recall']:.3f}  F1 {figures['strict_f1']:.3f}")
    print(f"  relaxed span  P {figures['relaxed_precision']:.3f}  R {figures['relaxed_recall']:.3f}  F1 {figures['relaxed_f1']:.3f}")
    print(f"  type accuracy {figures['type_accuracy']:.3f} (of relaxed matches)")
    print(f"  value         P {figures['value_precision']:.3f}  R {figures['value_recall']:.3f}  F1 {figures['value_f1']:.3f}")
    print(f"  speed         {figures['words_per_second']:,.0f} words/s on one core "
          f"({figures['seconds']:.2f} s CPU for {figures['words']:,} words)")
    if args.limit:
        print("  (a partial run: the calibration table is not written)")
    else:
        print(f"  written to {write_calibration(figures, args.out)}")
    if args.errors:
        table = pd.DataFrame(errors)
        with pd.option_context("display.width", 200, "display.max_colwidth", 70):
            for kind, group in table.groupby("kind"):
                print(f"\n{kind} ({len(group)}):")
                print(group.head(args.errors).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
