"""How the pipeline grows with the size of an article and the number of articles about one event.

    .venv/bin/python benchmarks/scale.py [--sizes 1 3 10] [--counts 500 2000 10000] [--timeout 1200]

Two series, each point in a fresh process (so memory and caches start empty),
timed in CPU seconds of that process and in wall seconds:

- one article of 1, 3 and 10 MB, made of the seed articles' body paragraphs
  repeated (each copy numbered), through ``analyze`` stage by stage;
- 500, 2,000 and 10,000 short articles about one event (the seeds' call,
  told in varied words by many outlets), through ``extract_events``: every
  mention of the call must merge into one event.

Near-linear growth shows as a constant cost per MB and per article.  A point
that does not finish within ``--timeout`` seconds is printed as such.
Needs nothing from ../shared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import pandas as pd

MB = 1_000_000

TEMPLATES = [
    "{who} and {other} spoke by phone on Thursday, {source} said.",
    "{who} held a call with {other} on Thursday night, according to {source}.",
    "The call between {who} and {other} on Thursday lasted 90 minutes, {source} said.",
    "{who} talked with {other} by phone on Thursday about competition and climate.",
]
PAIRS = [("President Joe Biden", "Chinese leader Xi Jinping"), ("Mr Biden", "Mr Xi"), ("Biden", "Xi Jinping")]
SOURCES = ["the White House", "Chinese state media", "a senior US official", "officials"]


def big_article(megabytes: float) -> pd.DataFrame:
    """One article of about ``megabytes`` MB built from the seeds' body paragraphs, each copy numbered."""
    from helpers.corpus import load_articles, paragraphs

    seeds = load_articles()
    body = [t for t in paragraphs(seeds, kinds=("body",))["text"]]
    parts, size, i = ["A very long article\n"], 0, 0
    while size < megabytes * MB:
        para = f"{body[i % len(body)]} (Copy {i}.)"
        parts.append(para)
        size += len(para) + 2
        i += 1
    text = "\n\n".join(parts) + "\n"
    return pd.DataFrame([{"article_id": "big", "outlet": "Generated", "title": "A very long article",
                          "published": pd.Timestamp("2021-09-10"), "text": text}])


def one_event(n: int) -> pd.DataFrame:
    """``n`` short articles by 40 outlets, all telling the same call in varied words."""
    rows = []
    for i in range(n):
        who, other = PAIRS[i % len(PAIRS)]
        sentence = TEMPLATES[i % len(TEMPLATES)].format(who=who, other=other, source=SOURCES[i % len(SOURCES)])
        text = f"Story {i}\n\n{sentence} The two leaders discussed the relationship, report {i} adds.\n"
        rows.append({"article_id": f"e{i:06d}", "outlet": f"Outlet {i % 40}", "title": f"Story {i}",
                     "published": pd.Timestamp("2021-09-10"), "text": text})
    return pd.DataFrame(rows)


def run_point(kind: str, size: float) -> dict:
    """Measure one point in this process (called in a fresh child)."""
    from helpers.pipeline import analyze
    from helpers.timeline import extract_events

    articles = big_article(size) if kind == "size" else one_event(int(size))
    cpu, wall = time.process_time(), time.perf_counter()
    if kind == "size":
        tables = analyze(articles, progress=False)
        out = {"sentences": len(tables["sentences"]), "quotes": len(tables["quotes"]), "dates": len(tables["dates"])}
    else:
        events, undated = extract_events(articles)
        out = {"events": len(events), "undated": len(undated)}
    out.update(cpu=time.process_time() - cpu, wall=time.perf_counter() - wall,
               chars=int(articles["text"].str.len().sum()))
    return out


def measure(kind: str, size: float, timeout: float) -> dict:
    command = [sys.executable, __file__, "--point", kind, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"finished": False}
    except subprocess.CalledProcessError as exc:
        return {"finished": False, "error": exc.stderr.strip().splitlines()[-1:]}
    return {"finished": True, **json.loads(done.stdout.strip().splitlines()[-1])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="*", default=[1, 3, 10], help="article sizes in MB")
    parser.add_argument("--counts", type=int, nargs="*", default=[500, 2000, 10000], help="articles about one event")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds before a point is given up")
    parser.add_argument("--point", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.point:
        print(json.dumps(run_point(args.point[0], float(args.point[1]))))
        return 0
    print("one article, analyze():")
    for size in args.sizes:
        r = measure("size", size, args.timeout)
        if r["finished"]:
            print(f"  {size:5.1f} MB  {r['cpu']:8.1f} s CPU  {r['wall']:8.1f} s wall  "
                  f"{r['cpu'] / size:6.1f} CPU s per MB  ({r['sentences']} sentences, {r['quotes']} quotes, {r['dates']} dates)")
        else:
            print(f"  {size:5.1f} MB  did not finish in {args.timeout:.0f} s {r.get('error', '')}")
    print("articles about one event, extract_events():")
    for count in args.counts:
        r = measure("event", count, args.timeout)
        if r["finished"]:
            print(f"  {count:6d} articles  {r['cpu']:8.1f} s CPU  {r['wall']:8.1f} s wall  "
                  f"{1000 * r['cpu'] / count:6.2f} CPU ms per article  ({r['events']} events, {r['undated']} undated)")
        else:
            print(f"  {count:6d} articles  did not finish in {args.timeout:.0f} s {r.get('error', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
