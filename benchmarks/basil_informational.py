"""What one outlet leaves out, measured on BASIL dev: do outlet-only sentences carry informational bias more often?

Reads ``../shared/eval/basil-dev`` (50 events, each told by Fox News, the New
York Times and HuffPost; ``annotations.csv``).  For each event,
:func:`helpers.framing.outlet_only_sentences` marks the sentences that the
alignment pairs with no sentence of another outlet of the same event.  A
sentence *carries* informational bias when an informational-bias annotation
overlaps it.  Printed: the base rate (all sentences the alignment compares),
the rate among outlet-only sentences and among aligned ones, and the lift
(outlet-only rate / base rate), with a bootstrap interval over events.

Run: ``.venv/bin/python benchmarks/basil_informational.py``.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

from helpers.corpus import load_articles
from helpers.framing import outlet_only_sentences
from helpers.paths import EVAL_DIR

CORPUS = EVAL_DIR / "basil-dev"


def tagged_sentences() -> pd.DataFrame:
    """Every event's sentences as the alignment compares them, with ``outlet_only`` and ``informational``."""
    anns = pd.read_csv(CORPUS / "annotations.csv")
    info = anns[anns["bias"] == "informational"]
    spans = {k: g[["start", "end"]].to_numpy() for k, g in info.groupby("article_id")}
    parts = []
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "articles.csv").exists()):
        only = outlet_only_sentences(load_articles(folder)).assign(event=folder.name)
        only["informational"] = [
            s is not None and bool(((s[:, 0] < e) & (s[:, 1] > b)).any())
            for s, b, e in ((spans.get(a), b, e) for a, b, e in zip(only["article_id"], only["start"], only["end"]))
        ]
        parts.append(only)
    return pd.concat(parts, ignore_index=True)


def lift(frame: pd.DataFrame) -> float:
    base = frame["informational"].mean()
    return frame.loc[frame["outlet_only"], "informational"].mean() / base if base else float("nan")


def main() -> int:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    t0 = time.process_time()
    sents = tagged_sentences()
    seconds = time.process_time() - t0
    base = sents["informational"].mean()
    only = sents[sents["outlet_only"]]
    aligned = sents[~sents["outlet_only"]]
    rng = np.random.default_rng(20190901)
    groups = [g for _, g in sents.groupby("event")]
    boots = [lift(pd.concat([groups[i] for i in rng.integers(0, len(groups), len(groups))])) for _ in range(500)]
    low, high = np.nanquantile(boots, [0.025, 0.975])
    print(f"BASIL dev: {sents['event'].nunique()} events, {len(sents)} sentences compared, "
          f"{len(only)} outlet-only ({len(only) / len(sents):.0%})")
    print(f"informational-bias rate, all sentences (base rate): {base:.3f}")
    print(f"  outlet-only sentences: {only['informational'].mean():.3f}   aligned sentences: {aligned['informational'].mean():.3f}")
    print(f"lift of outlet-only over the base rate: {lift(sents):.2f} (95% bootstrap over events: {low:.2f}-{high:.2f})")
    for outlet, group in sents.groupby("outlet"):
        print(f"  {outlet}: lift {lift(group):.2f} ({int(group['outlet_only'].sum())} outlet-only of {len(group)})")
    print(f"aligning 50 events: {seconds:.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
