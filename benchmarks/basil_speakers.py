"""Who said it, measured on BASIL dev (human quote annotations with the speaker's canonical name).

Reads ``../shared/eval/basil-dev`` (one articles folder per event and
``annotations.csv``) and prints:

- named-speaker accuracy: over the annotated quotes whose speaker is a named
  person (not a group label such as "House Democrats", not ``other_*``), the
  share for which a row of :func:`helpers.quotes.extract_quotes` overlaps the
  annotated span and its canonical speaker matches the annotated name (the
  full name or the surname, case-insensitive);
- the share of extracted quote spans per side, with the default study and
  with the US-politics study ``studies/us_politics.yaml``;
- the speakers that are not speakers: extracted speakers that name a place
  (a US state, a country, a city), a date or a fragment.

Figures on basil-dev (81 named-speaker quotes in 34 articles):

- before (main at the start of issue 10): found 0.951, named-speaker accuracy 0.765; 48 of 2,264 spans had a
  place or a fragment as speaker ("Ohio", "Tennessee", "of her lawyers", "on the plan" ...); sides
  other 0.821, US government 0.059; no study files;
- after: found 0.951, accuracy 0.778; 1 of 2,255 ("Nebraska", from "something Oklahoma and Nebraska says");
  default study other 0.671, US government 0.209 (the registry is read on the articles' date);
  ``studies/us_politics.yaml``: other 0.474, Republicans 0.213, administration 0.109, Democrats 0.089.
  The 18 misses left are attribution and pronoun resolution (a letter quoted after "via Gawker:", "she" after
  another woman spoke, "according to a video of his remarks", an uncued "retort:"), and one name misspelt in
  the article itself.

Run: ``.venv/bin/python benchmarks/basil_speakers.py [--errors N]``.
Skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

from helpers.corpus import load_articles
from helpers.paths import EVAL_DIR, ROOT
from helpers.quotes import extract_quotes
from helpers.quotes.nouns import is_date_or_number, is_place

CORPUS = EVAL_DIR / "basil-dev"
US_POLITICS = ROOT / "studies" / "us_politics.yaml"
#: Words that make an annotated speaker a group or an organisation rather than a named person.
FRAGMENT = r"(?i)^(?:of|on|in|over|including|with|from|by|to|at|for)\b"
GROUP_WORDS = {
    "campaign", "party", "officials", "lawmakers", "democrats", "republicans", "companies", "catholics",
    "protestors", "protesters", "plaintiffs", "administration", "america", "house", "senate", "committee",
}


def named_person(label: str) -> bool:
    """Whether an annotated speaker is a named person: two to four capitalised words, none a group word,
    no acronym ("Rick Perry" yes; "House Democrats", "NAACP", "Obama campaign", "other anti" no)."""
    words = label.split()
    if not 2 <= len(words) <= 4 or label.startswith("other"):
        return False
    if any(w.casefold() in GROUP_WORDS for w in words):
        return False
    return all(w[:1].isupper() and not (w.isupper() and len(w.rstrip(".")) > 1) for w in words)


def name_matches(predicted: str, gold: str) -> bool:
    """The predicted canonical speaker names the gold person: the full name or the surname, case-insensitive."""
    pred, want = _norm(predicted), _norm(gold)
    if not pred:
        return False
    return pred == want or pred == want.split()[-1] or pred.split()[-1:] == want.split()[-1:]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.,]", "", str(text or ""))).strip().casefold()


def load_events(folder: Path = CORPUS) -> pd.DataFrame:
    frames = []
    for event in sorted(p for p in folder.iterdir() if (p / "articles.csv").exists()):
        arts = load_articles(event)
        arts["event"] = event.name
        frames.append(arts)
    return pd.concat(frames, ignore_index=True)


def gold_quotes(folder: Path = CORPUS) -> pd.DataFrame:
    ann = pd.read_csv(folder / "annotations.csv", dtype=str, keep_default_na=False)
    ann = ann[(ann["quote"] == "yes") & ann["speaker"].map(named_person)].copy()
    ann["start"] = ann["start"].astype(int)
    ann["end"] = ann["end"].astype(int)
    return ann


def score(quotes: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold quote: ``found`` (a row overlaps), ``correct`` (and its speaker matches), ``predicted``."""
    by_article = dict(tuple(quotes.groupby("article_id")))
    rows = []
    for g in gold.itertuples(index=False):
        cand = by_article.get(g.article_id, quotes.iloc[:0])
        over = cand[(cand["start"] < g.end) & (cand["end"] > g.start)]
        speakers = list(dict.fromkeys(over["speaker"]))
        rows.append({"article_id": g.article_id, "start": g.start, "end": g.end, "gold": g.speaker,
                     "found": len(over) > 0, "correct": any(name_matches(s, g.speaker) for s in speakers),
                     "predicted": " | ".join(map(str, speakers))})
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    args = parser.parse_args(argv)
    if not (CORPUS / "annotations.csv").exists():
        print(f"skipped: {CORPUS} not found")
        return 0
    articles = load_events()
    gold = gold_quotes()
    quotes = extract_quotes(articles)
    scored = score(quotes, gold)
    print(f"named-speaker quotes: {len(scored)} in {scored['article_id'].nunique()} articles")
    print(f"found (a row overlaps): {scored['found'].mean():.3f}")
    print(f"named-speaker accuracy: {scored['correct'].mean():.3f}")
    spoken = quotes.loc[quotes["speaker"] != "", "speaker"]
    not_speakers = spoken[spoken.map(is_place) | spoken.map(is_date_or_number) | spoken.str.match(FRAGMENT)]
    print(f"speakers that name a place, a date or a fragment: {len(not_speakers)} of {len(spoken)} quote spans"
          + (f" ({', '.join(sorted(set(not_speakers))[:8])})" if len(not_speakers) else ""))
    print("sides, default study:", quotes["side"].value_counts(normalize=True).round(3).to_dict())
    if US_POLITICS.exists():
        from helpers.quotes.registry import study_registry
        from helpers.study import load_study

        study = load_study(US_POLITICS)
        shares = extract_quotes(articles, registry=study_registry(study, articles))["side"]
        print(f"sides, {US_POLITICS.name}:", shares.value_counts(normalize=True).round(3).to_dict())
    if args.errors:
        misses = scored[~scored["correct"]].head(args.errors)
        for m in misses.itertuples(index=False):
            text = articles.set_index("article_id").at[m.article_id, "text"]
            print(f"- {m.article_id} gold={m.gold!r} predicted={m.predicted!r}: {text[m.start:m.end][:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
