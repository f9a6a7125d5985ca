"""Transcript turns measured on the White House development corpus (gold speaker turns).

Reads ``../shared/eval/whitehouse-dev`` (the articles folder and
``turns.csv``: 518 turns in 14 transcripts), runs :func:`extract_quotes` on
the whole folder and counts, for each gold turn, its non-blank characters
covered by predicted rows of kind ``turn``:

- attributed to the turn's person: the predicted speaker names them (the
  canonical name, or, where the label gives only a surname as in
  ``MR. HADLEY``, that surname);
- attributed to someone else;
- left unattributed (stage directions, uncovered text): neither.

Prints both shares (aims: >= 0.97 and <= 0.01), the turn rows per
transcript, and the extraction speed in words per CPU-second.

Run: ``.venv/bin/python benchmarks/whitehouse_turns.py [--errors N]``.
"""

from __future__ import annotations

import argparse
import sys
import time

import pandas as pd

from helpers.corpus import load_articles
from helpers.paths import EVAL_DIR
from helpers.quotes import extract_quotes
from helpers.text import count_words

CORPUS = EVAL_DIR / "whitehouse-dev"


def names_person(predicted: str, gold_speaker: str, label: str) -> bool:
    """Whether a predicted speaker names the gold turn's person: the same name, or the label's surname."""
    pred = predicted.casefold().strip()
    if not pred:
        return False
    if pred == gold_speaker.casefold():
        return True
    label_words = [w.strip(".").casefold() for w in label.split()]
    gold_words = gold_speaker.casefold().split()
    surname = [w for w in gold_words if w in label_words]
    return bool(surname) and pred.split()[-len(surname):] == surname


def score(articles: pd.DataFrame, quotes: pd.DataFrame, gold: pd.DataFrame, errors: int = 0) -> dict:
    """Character counts of gold turns: ``right``, ``wrong``, ``none`` and ``total`` (non-blank characters)."""
    texts = dict(zip(articles["file"], articles["text"]))
    ids = dict(zip(articles["file"], articles["article_id"]))
    turns = quotes[quotes["kind"] == "turn"]
    by_article = {a: g for a, g in turns.groupby("article_id")}
    counts = {"right": 0, "wrong": 0, "none": 0, "total": 0}
    shown = 0
    for g in gold.itertuples(index=False):
        text = texts[g.file]
        owner = [""] * (g.end - g.start)
        rows = by_article.get(ids[g.file])
        if rows is not None:
            for r in rows.itertuples(index=False):
                for i in range(max(r.start, g.start), min(r.end, g.end)):
                    owner[i - g.start] = r.speaker or ""
        for i, who in enumerate(owner):
            if text[g.start + i].isspace():
                continue
            counts["total"] += 1
            if not who:
                counts["none"] += 1
            elif names_person(who, g.speaker, g.label):
                counts["right"] += 1
            else:
                counts["wrong"] += 1
                if errors and shown < errors and (i == 0 or owner[i - 1] != who):
                    print(f"  WRONG {g.file[:40]} turn {g.turn} ({g.label} = {g.speaker}): {who!r}")
                    shown += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrongly attributed turns")
    args = parser.parse_args(argv)
    if not (CORPUS / "turns.csv").exists():
        print(f"skipped: ../shared/eval not found (looked for {CORPUS})")
        return 0
    articles = load_articles(CORPUS)
    gold = pd.read_csv(CORPUS / "turns.csv")
    n_words = int(articles["text"].map(count_words).sum())
    t0 = time.process_time()
    quotes = extract_quotes(articles)
    cpu = time.process_time() - t0
    counts = score(articles, quotes, gold, errors=args.errors)
    total = counts["total"] or 1
    print(f"White House dev: {len(articles)} texts, {n_words:,} words; {len(gold)} gold turns in "
          f"{gold['file'].nunique()} transcripts, {counts['total']:,} non-blank characters")
    print(f"turn characters attributed to the turn's person  {counts['right'] / total:.3f}  (aim >= 0.97)")
    print(f"turn characters attributed to someone else      {counts['wrong'] / total:.3f}  (aim <= 0.01)")
    print(f"turn characters left unattributed              {counts['none'] / total:.3f}")
    rows = quotes[quotes["kind"] == "turn"]
    print(f"turn rows: {len(rows)} in {rows['article_id'].nunique()} texts; "
          f"speakers: {', '.join(rows['speaker'].value_counts().index[:12])}")
    print(f"speed: {n_words / cpu:,.0f} words per CPU-second ({cpu:.2f} CPU-s, sentence splitting included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
