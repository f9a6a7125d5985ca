"""Sentence splitters against BASIL's human sentence boundaries: boundary precision, recall, F1 and speed.

    .venv/bin/python benchmarks/sentence_splitters.py

Gold: ``../shared/eval/basil-dev/sentences.csv`` (3,913 sentences of 150
articles, 149 of them headlines), each with its offsets into the article.
A boundary is where a sentence starts.  Every splitter is given the text one
paragraph at a time (blank lines separate BASIL's paragraphs, as they do
for the project), so a paragraph's start is a boundary for all of them; the
figures that tell the splitters apart are those of the boundaries *inside*
a paragraph.  Segments are re-anchored on the raw text (the first occurrence
of the stripped segment at or after the previous one), as the project does.

- ``project``: the project's own sentences (:func:`helpers.corpus.sentence_rows`:
  paragraphs, kinds, nupunkt and the corrections the seeds need), uncached;
  ``project on pysbd``: the same on pysbd (the project's splitter before nupunkt,
  :mod:`helpers.corpus.splitter`); ``project, plain pysbd``: on pysbd's own (slower) abbreviation pass;
- ``pysbd``: pysbd alone (``clean=False``), one segmenter reused;
- ``nupunkt``, ``blingfire``, ``sentencex``, ``syntok``: each with its defaults,
  when installed (a missing one is said and skipped);
- ``project+<splitter>``: the project's paragraphs and corrections on that
  splitter's segments instead of pysbd's (what a switch would give).

Speed is words per CPU second of this process over all 150 articles.
Skips when ../shared/eval is absent.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pandas as pd

from helpers.paths import EVAL_DIR
from helpers.text import count_words

BASIL = EVAL_DIR / "basil-dev"
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")  # runs of lines without a blank line between them


def anchored(text: str, pieces, offset: int) -> list[int]:
    """Starts (offsets into the article) of ``pieces`` found in order in ``text`` (a paragraph at ``offset``)."""
    starts, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:
            found = cursor + len(text[cursor:]) - len(text[cursor:].lstrip())
        starts.append(offset + found)
        cursor = found + len(piece)
    return starts


def _pysbd() -> Callable[[str], list[str]]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return seg.segment


def _nupunkt():
    import nupunkt

    return nupunkt.sent_tokenize


def _blingfire():
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


def _sentencex():
    import sentencex

    return lambda text: list(sentencex.segment("en", text))


def _syntok():
    from syntok import segmenter

    def split(text: str) -> list[str]:
        return [text[s[0].offset : s[-1].offset + len(s[-1].value)] for p in segmenter.analyze(text) for s in p]

    return split


SPLITTERS = {"pysbd": _pysbd, "nupunkt": _nupunkt, "blingfire": _blingfire, "sentencex": _sentencex, "syntok": _syntok}


def paragraph_starts(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(text) if m.group().strip()]


def split_article(split, text: str) -> set[int]:
    starts = set()
    for a, b in paragraph_starts(text):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        starts.add(a + lead)
        starts.update(anchored(text[a:b], split(text[a:b]), a))
    return starts


def project_article(text: str, title: str, backend: Callable[[str], list[str]] | None = None) -> set[int]:
    """The project's sentence starts; with ``backend``, its corrections on that splitter's segments instead of pysbd's."""
    import importlib

    sentences = importlib.import_module("helpers.corpus.sentences")  # the module (the package exports a function so named)
    if backend is None:
        return {row[2] for row in sentences.sentence_rows.__wrapped__(text, title)}
    kept = sentences.segments
    sentences.segments = backend  # the one call the project makes to its splitter
    try:
        return {row[2] for row in sentences.sentence_rows.__wrapped__(text, title)}
    finally:
        sentences.segments = kept


def scores(gold: dict[str, set[int]], found: dict[str, set[int]], inner: dict[str, set[int]] | None) -> dict:
    """Boundary P/R/F1 over every article; with ``inner`` (paragraph starts), only boundaries inside a paragraph."""
    tp = fp = fn = 0
    for name, g in gold.items():
        f = found[name]
        if inner is not None:
            g, f = g - inner[name], f - inner[name]
        tp, fp, fn = tp + len(g & f), fp + len(f - g), fn + len(g - f)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"gold": tp + fn, "p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def main() -> None:
    if not (BASIL / "sentences.csv").exists():
        print(f"skipped: {BASIL / 'sentences.csv'} not found (../shared/eval is absent)")
        return
    gold_rows = pd.read_csv(BASIL / "sentences.csv")
    texts = {f: (BASIL / f).read_text(encoding="utf-8") for f in sorted(gold_rows["file"].unique())}
    titles = {f: t.split("\n", 1)[0] for f, t in texts.items()}
    gold = {f: set(g["start"]) for f, g in gold_rows.groupby("file")}
    paragraphs = {f: {a + len(t[a:b]) - len(t[a:b].lstrip()) for a, b in paragraph_starts(t)} for f, t in texts.items()}
    crossing = sum(len(gold[f] - paragraphs[f]) for f in texts)
    words = sum(count_words(t) for t in texts.values())
    print(f"{len(gold_rows):,} gold sentences in {len(texts)} articles, {words:,} words; "
          f"{crossing:,} gold boundaries inside a paragraph, {sum(map(len, paragraphs.values())):,} paragraph starts")
    print(f"{'splitter':18s} {'inside paragraphs: P':>21s} {'R':>6s} {'F1':>6s}   {'all boundaries F1':>17s}   words/CPU-s")
    runs: dict[str, Callable[[str, str], set[int]]] = {"project": lambda f, t: project_article(t, titles[f])}
    try:  # the same on pysbd: the project's quick pass, and pysbd's own (slower) one, which splits the same
        import pysbd

        from helpers.corpus.splitter import segments as quick_pysbd

        runs["project on pysbd"] = lambda f, t: project_article(t, titles[f], quick_pysbd)

        plain = pysbd.Segmenter(language="en", clean=False)
        runs["project, plain pysbd"] = lambda f, t: project_article(t, titles[f], lambda x: plain.processor(x).process())
    except ImportError:
        pass
    for name, make in SPLITTERS.items():
        try:
            split = make()
        except ImportError:
            print(f"{name:18s} not installed: skipped")
            continue
        runs[name] = lambda f, t, split=split: split_article(split, t)
        if name != "pysbd":
            runs[f"project+{name}"] = lambda f, t, split=split: project_article(t, titles[f], split)
    for name, run in runs.items():
        run(next(iter(texts)), next(iter(texts.values())))  # warm: models and patterns loaded before timing
        cpu = time.process_time()
        found = {f: run(f, t) for f, t in texts.items()}
        seconds = time.process_time() - cpu
        inside, everything = scores(gold, found, paragraphs), scores(gold, found, None)
        print(f"{name:18s} {inside['p']:21.3f} {inside['r']:6.3f} {inside['f1']:6.3f}   {everything['f1']:17.3f}   "
              f"{words / seconds:11,.0f}")


if __name__ == "__main__":
    main()
