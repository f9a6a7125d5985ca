"""Loaded language measured on BASIL dev: sentence-level P/R/F1 against human lexical-bias annotations.

Reads ``../shared/eval/basil-dev`` (50 event folders, ``sentences.csv`` with
BASIL's own sentence boundaries, ``annotations.csv``).  A sentence is *gold*
when a lexical-bias span overlaps it, *flagged* when a term found by
:func:`helpers.framing.loaded_language` overlaps it.  Printed beside each
figure: the baseline that flags every sentence.

How the default lexicons were chosen (``helpers.framing.DEFAULT_LOADED``): the
events are split in two by their sorted position (even: tuning half, odd:
held-out half).  On the tuning half, whole categories of the shipped lexicons
(an MPQA strength and polarity, a words-to-watch section, the hedges) are added
one at a time, each time the one that raises F1 most, until none does; single
words are never chosen.  ``--tune`` prints that search; the default run prints
the shipped choice on both halves and on all events, and each lexicon alone.

Reference: the seed list this replaced (27 patterns written for the seed
story) reached F1 0.04 (P 0.15, R 0.02) on all of basil-dev.

Run: ``.venv/bin/python benchmarks/basil_loaded.py [--tune]``.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np
import pandas as pd

from helpers.corpus import load_articles
from helpers.framing import DEFAULT_LOADED, load_loaded_lexicons, loaded_language
from helpers.paths import EVAL_DIR

CORPUS = EVAL_DIR / "basil-dev"
ALL_LEXICONS = {"MPQA subjectivity": None, "words to watch": None, "hedges": None, "own list": None}


def events() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if (p / "articles.csv").exists())


def sentence_table() -> pd.DataFrame:
    """BASIL's sentences with ``gold``: a lexical-bias span overlaps them."""
    sents = pd.read_csv(CORPUS / "sentences.csv")
    anns = pd.read_csv(CORPUS / "annotations.csv")
    lexical = anns[anns["bias"] == "lexical"]
    spans = {k: g[["start", "end"]].to_numpy() for k, g in lexical.groupby("article_id")}
    sents["gold"] = [_overlaps(spans.get(a), s, e) for a, s, e in zip(sents["article_id"], sents["start"], sents["end"])]
    return sents


def _overlaps(spans, start: int, end: int) -> bool:
    return spans is not None and bool(((spans[:, 0] < end) & (spans[:, 1] > start)).any())


def found_terms(names: list[str]) -> pd.DataFrame:
    """Every term of every shipped lexicon and category, in every article of ``names``."""
    table = load_loaded_lexicons(ALL_LEXICONS)
    parts = [loaded_language(load_articles(CORPUS / name), table).assign(event=name) for name in names]
    return pd.concat(parts, ignore_index=True)


def flags(sents: pd.DataFrame, found: pd.DataFrame, groups: set[tuple[str, str]]) -> np.ndarray:
    """Whether a term of the ``(lexicon, kind)`` groups overlaps each sentence."""
    keep = found[[(lx, k) in groups for lx, k in zip(found["lexicon"], found["kind"])]]
    spans = {k: g[["start", "end"]].to_numpy() for k, g in keep.groupby("article_id")}
    return np.array([_overlaps(spans.get(a), s, e) for a, s, e in zip(sents["article_id"], sents["start"], sents["end"])])


def scores(gold: np.ndarray, flagged: np.ndarray) -> tuple[float, float, float]:
    tp = int((gold & flagged).sum())
    p = tp / flagged.sum() if flagged.sum() else 0.0
    r = tp / gold.sum() if gold.sum() else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def line(label: str, gold: np.ndarray, flagged: np.ndarray) -> str:
    p, r, f = scores(gold, flagged)
    _, _, base = scores(gold, np.ones_like(gold))
    return f"{label:<46} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (every sentence: F1 {base:.3f}; {len(gold)} sentences, {int(gold.sum())} gold)"


def tune(sents: pd.DataFrame, found: pd.DataFrame) -> list[tuple[str, str]]:
    """Greedy forward selection of whole categories on the sentences given, best F1 first."""
    gold = sents["gold"].to_numpy()
    candidates = sorted(set(zip(found["lexicon"], found["kind"])))
    chosen: list[tuple[str, str]] = []
    best = 0.0
    while True:
        trials = [(scores(gold, flags(sents, found, set(chosen) | {c}))[2], c) for c in candidates if c not in chosen]
        if not trials:
            break
        f1, pick = max(trials)
        if f1 <= best + 1e-9:
            break
        chosen.append(pick)
        best = f1
        print(f"  + {pick[0]}: {pick[1]:<28} F1 {f1:.3f}")
    return chosen


def default_groups(found: pd.DataFrame) -> set[tuple[str, str]]:
    groups = set(zip(found["lexicon"], found["kind"]))
    return {(lx, k) for lx, k in groups if lx in DEFAULT_LOADED and (DEFAULT_LOADED[lx] is None or k in DEFAULT_LOADED[lx])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tune", action="store_true", help="print the category search on the tuning half")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    names = events()
    t0 = time.process_time()
    found = found_terms(names)
    seconds = time.process_time() - t0
    sents = sentence_table()
    sents = sents[sents["event"].isin(names)].reset_index(drop=True)
    half = {name: ("tuning" if i % 2 == 0 else "held-out") for i, name in enumerate(names)}
    sents["half"] = sents["event"].map(half)
    if args.tune:
        print("Category search on the tuning half (even-numbered events):")
        tune(sents[sents["half"] == "tuning"].reset_index(drop=True), found)
    groups = default_groups(found)
    print(f"BASIL dev, {len(names)} events; lexicons: {DEFAULT_LOADED}")
    for label, part in (("tuning half", sents["half"] == "tuning"), ("held-out half", sents["half"] == "held-out"),
                        ("all events", sents["half"].notna())):
        sub = sents[part].reset_index(drop=True)
        print(line(f"default lexicons, {label}", sub["gold"].to_numpy(), flags(sub, found, groups)))
    gold = sents["gold"].to_numpy()
    for lexicon in sorted(set(found["lexicon"])):
        lex_groups = {g for g in set(zip(found["lexicon"], found["kind"])) if g[0] == lexicon}
        print(line(f"{lexicon} alone (all categories), all events", gold, flags(sents, found, lex_groups)))
    print(f"matching every lexicon in {len(names) * 3} articles: {seconds:.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
