"""US–China engagements measured on the White House dev corpus (gold engagements with resolved dates).

Reads ``../shared/eval/whitehouse-dev`` (the articles folder and its
``engagements.csv``: 93 rows, one per engagement per document, keyed by
``event``, the real-world engagement) and runs
:func:`helpers.timeline.extract_events` on the whole folder.  Prints:

- recall of distinct engagements: an engagement (a gold ``event``) is found
  when a dated event of the same kind overlaps the interval of one of its
  gold rows, with one day of slack on each side (time zones).  Kinds: *call*
  (call, video call) and *meeting* (meeting, talks, visit; the helpers'
  in-person meeting, visit and summit);
- unmatched dated events: the share of dated events that overlap no gold row
  of their kind (engagements outside the study's camps are not gold, so a
  call with another country's leader found as US–China counts here);
- the same recall counting only events no longer than a month (a stricter
  reading: an event merged into a whole year overlaps every engagement of
  that year);
- the run time (CPU seconds).

Run: ``PYTHONPATH=$PWD .venv/bin/python benchmarks/whitehouse_engagements.py [--errors]``.
"""

from __future__ import annotations

import argparse
import sys
import time

import pandas as pd

from helpers.corpus import load_articles
from helpers.paths import EVAL_DIR
from helpers.timeline import extract_events

CORPUS = EVAL_DIR / "whitehouse-dev"
GOLD = CORPUS / "engagements.csv"
SLACK = pd.Timedelta(days=1)
MONTH = pd.Timedelta(days=31)
#: The kind of an engagement: the gold modes and the helpers' modes.
KIND = {"call": "call", "video call": "call", "meeting": "meeting", "talks": "meeting", "visit": "meeting",
        "in-person meeting": "meeting", "summit": "meeting"}


def load_gold(path=GOLD) -> pd.DataFrame:
    """The gold rows with their kind and interval as timestamps."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    gold["kind"] = gold["mode"].map(KIND)
    gold["date_start"] = pd.to_datetime(gold["date_start"])
    gold["date_end"] = pd.to_datetime(gold["date_end"])
    return gold


def _overlaps(event, row) -> bool:
    return event.date_start <= row.date_end + SLACK and row.date_start <= event.date_end + SLACK


def score(events: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Recall of distinct gold engagements and the share of dated events that match no gold row."""
    dated = events[events["date_start"].notna()].copy()
    dated["date_end"] = dated["date_end"].fillna(dated["date_start"])
    dated["kind"] = dated["mode"].map(KIND)
    found, matched, precise = set(), set(), set()
    for row in gold.itertuples():
        for event in dated.itertuples():
            if event.kind == row.kind and _overlaps(event, row):
                found.add(row.event)
                matched.add(event.event_id)
                if event.date_end - event.date_start < MONTH:
                    precise.add(row.event)
    unmatched = dated[~dated["event_id"].isin(matched)]
    engagements = sorted(set(gold["event"]))
    return {
        "engagements": len(engagements), "found": len(found), "recall": len(found) / max(len(engagements), 1),
        "found_precise": len(precise), "recall_precise": len(precise) / max(len(engagements), 1),
        "dated": len(dated), "unmatched": len(unmatched), "unmatched_share": len(unmatched) / max(len(dated), 1),
        "missed": [e for e in engagements if e not in found], "unmatched_events": unmatched,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="print the missed engagements and unmatched events")
    args = parser.parse_args(argv)
    if not GOLD.exists():
        print(f"skipped: ../shared/eval not found (looked for {GOLD})")
        return 0
    articles = load_articles(CORPUS)
    gold = load_gold()
    t0 = time.process_time()
    events, undated = extract_events(articles)  # engagements only (no context rows)
    cpu = time.process_time() - t0
    s = score(events, gold)
    print(f"White House dev: {len(articles)} documents, {len(gold)} gold rows, {s['engagements']} distinct engagements")
    print(f"recall of distinct engagements {s['recall']:.3f}  ({s['found']}/{s['engagements']}; target >= 0.85)")
    print(f"  counting only events no longer than a month {s['recall_precise']:.3f}  "
          f"({s['found_precise']}/{s['engagements']})")
    print(f"dated events overlapping no gold row {s['unmatched_share']:.3f}  ({s['unmatched']}/{s['dated']}; "
          f"target <= 0.10); undated events {len(undated)}")
    print(f"run time {cpu:.2f} CPU s (dates, mentions and merging)")
    if args.errors:
        for key in s["missed"]:
            rows = gold[gold["event"] == key]
            print(f"  MISSED {key}: {len(rows)} rows, e.g. {rows['file'].iloc[0]}: "
                  f"{' '.join(rows['evidence'].iloc[0].split())[:150]!r}")
        for e in s["unmatched_events"].itertuples():
            print(f"  UNMATCHED {e.event_id} {e.date_start:%Y-%m-%d}..{e.date_end:%Y-%m-%d} {e.mode}: "
                  f"{' '.join(str(e.evidence).split())[:150]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
