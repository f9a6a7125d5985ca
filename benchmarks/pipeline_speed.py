"""Speed and memory of the pipeline on a corpus built from PolNeAR dev texts, in CPU time (the machine is shared).

    .venv/bin/python benchmarks/pipeline_speed.py [--stage-articles 840] [--sizes 500 2000 10000] [--dask-articles 2000]

Prints, for each stage and for the whole pipeline, CPU and wall seconds and
words per CPU second; the whole pipeline's cost as a ratio to TextBlob
sentiment alone on the same sentences, both as most code calls it
(``TextBlob(text).sentiment``) and as the project calls it
(``textblob.en.sentiment``, the pattern engine), measured in this run; the
growth from 500 to 10,000 articles, each size in a fresh process (CPU per
article and peak memory); and the speed-up of 2 Dask workers over one
process, beside what 2 plain processes reach on the same partitions just
before and just after (the machine's ceiling at that moment).
Targets: >= 40,000 words per CPU second; 10,000 articles in <= 2 GB; 2 workers >= 1.7x.

Each replica of a text gets a distinct last paragraph, so no cache sees the same article twice.
Skips when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from helpers.paths import EVAL_DIR

SOURCE = EVAL_DIR / "polnear-dev" / "text"


def build_corpus(n: int) -> pd.DataFrame:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SOURCE.glob("*.txt"))]
    rows = []
    for i in range(n):
        text = texts[i % len(texts)].rstrip() + f"\n\nThis copy is number {i}.\n"
        rows.append(
            {
                "article_id": f"a{i:06d}",
                "outlet": f"outlet {i % 7}",
                "title": text.split("\n", 1)[0][:80],
                "published": pd.Timestamp("2016-10-01") + pd.Timedelta(days=i % 60),
                "text": text,
            }
        )
    return pd.DataFrame(rows)


def timed(fn, *args):
    """``fn(*args)``, its wall seconds."""
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def cpu_timed(fn, *args):
    """``fn(*args)``, its CPU seconds (this process) and wall seconds."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn(*args)
    return result, time.process_time() - cpu, time.perf_counter() - wall


def clear_caches() -> None:
    """Forget the per-text caches, so a timing includes the sentence splitting it needs."""
    from helpers import corpus

    corpus.clear_caches()


def stage_speeds(articles: pd.DataFrame) -> dict:
    """CPU and wall seconds per stage; the stages after the first reuse its (cached) sentences, the whole pipeline does not."""
    from textblob import TextBlob
    from textblob.en import sentiment as pattern

    from helpers.corpus import ANALYSED_KINDS, sentences
    from helpers.framing import tag_frames
    from helpers.pipeline import analyze
    from helpers.quotes import extract_quotes
    from helpers.sentiment import score_texts
    from helpers.sentiment.scoring import load_analyzers
    from helpers.timeline import dates, extract_events

    load_analyzers()  # lexicons loaded before timing, as in any long run
    analyze(articles.iloc[:2], progress=False)  # registries and patterns too
    clear_caches()
    sents, *t_sent = cpu_timed(sentences, articles, ANALYSED_KINDS)
    words = int(sents["n_words"].sum())
    texts = sents["text"].tolist()
    stages = {
        "sentences (nupunkt + rules)": t_sent,
        # the stages below start from the sentences already split above
        "TextBlob(text).sentiment alone": cpu_timed(lambda: [TextBlob(x).sentiment for x in texts])[1:],
        "textblob.en.sentiment alone": cpu_timed(lambda: [pattern(x) for x in texts])[1:],
        "sentiment (TextBlob + assessments + VADER)": cpu_timed(score_texts, sents)[1:],
        "quotes and speakers": cpu_timed(extract_quotes, articles)[1:],
        "frames": cpu_timed(tag_frames, sents)[1:],
        "dates": cpu_timed(dates, articles)[1:],
        "events": cpu_timed(extract_events, articles)[1:],
    }
    clear_caches()
    stages["whole pipeline (analyze)"] = cpu_timed(lambda a: analyze(a, progress=False), articles)[1:]
    return {"words": words, "sentences": len(sents), "seconds": stages}


def grown(n: int) -> dict:
    """Run the whole pipeline on n articles in a fresh process; its CPU and wall time and peak RSS."""
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(Path(__file__).parent)!r})
from pipeline_speed import build_corpus
from helpers.pipeline import analyze
articles = build_corpus({n})
cpu, wall = time.process_time(), time.perf_counter()
tables = analyze(articles, progress=False)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
print(json.dumps({{"cpu": cpu, "wall": wall, "words": int(tables["sentences"]["n_words"].sum()),
                  "sentences": len(tables["sentences"]), "quotes": len(tables["quotes"]),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _partition_seconds(part: pd.DataFrame) -> float:
    from helpers.pipeline import analyze_partition

    return timed(analyze_partition, part)[1]


def dask_speedup(n: int, partitions: int = 8) -> dict:
    """One warm process against two warm Dask workers on the same articles, caches cleared before each.

    Also the ceiling this machine allows: the same partitions on two plain
    processes (multiprocessing), which tells what two cores give to any
    parallel run here, Dask or not.
    """
    import multiprocessing

    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    from helpers.pipeline import analyze_dask, analyze_partition, sort_sentences

    articles = build_corpus(n)
    warm = articles.iloc[:3]
    analyze_partition(warm)  # lexicons, registries and patterns loaded before timing, as in the workers
    clear_caches()
    single, t_single = timed(analyze_partition, articles)
    step = -(-len(articles) // partitions)
    parts = [articles.iloc[i : i + step] for i in range(0, len(articles), step)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_partition_seconds, [warm, warm])
        _, t_pool_before = timed(lambda: pool.map(_partition_seconds, parts, chunksize=1))
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.run(analyze_partition, warm)  # the same warm start for each worker
            ddf = dd.from_pandas(articles, npartitions=partitions)
            distributed, t_dask = timed(lambda: analyze_dask(ddf).compute())
        _, t_pool_after = timed(lambda: pool.map(_partition_seconds, parts, chunksize=1))
    same = sort_sentences(single).equals(sort_sentences(distributed))
    t_pool = (t_pool_before + t_pool_after) / 2
    return {"articles": n, "one_process_s": t_single, "two_workers_s": t_dask, "speedup": t_single / t_dask,
            "two_plain_processes_s": (t_pool_before, t_pool_after), "ceiling": t_single / t_pool, "identical": same}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage-articles", type=int, default=840, help="articles for the per-stage timing")
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2_000, 10_000],
                        help="articles for the growth and memory runs, each in a fresh process (none: skipped)")
    parser.add_argument("--dask-articles", type=int, default=2_000, help="0 skips the Dask run")
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"skipped: {SOURCE} not found (../shared/eval is absent)")
        return

    print(f"== per stage, {args.stage_articles} articles")
    speeds = stage_speeds(build_corpus(args.stage_articles))
    words, seconds = speeds["words"], speeds["seconds"]
    print(f"{words:,} words, {speeds['sentences']:,} sentences")
    print(f"{'stage':46s} {'CPU s':>7s} {'wall s':>7s} {'words/CPU-s':>12s} {'share':>6s}")
    whole = seconds["whole pipeline (analyze)"][0]
    for stage, (cpu, wall) in seconds.items():
        share = f"{cpu / whole:6.0%}" if "alone" not in stage else ""
        print(f"{stage:46s} {cpu:7.2f} {wall:7.2f} {words / cpu:12,.0f} {share}")
    print(f"whole pipeline: {words / whole:,.0f} words per CPU second (target >= 40,000)")
    for engine in ("TextBlob(text).sentiment alone", "textblob.en.sentiment alone"):
        print(f"whole pipeline / {engine.removesuffix(' alone')}: {whole / seconds[engine][0]:.2f}x (CPU)")

    if args.sizes:
        print("\n== growth, whole pipeline in a fresh process per size")
        for n in args.sizes:
            run = grown(n)
            print(f"{n:6,} articles {run['words']:10,} words {run['cpu']:8.1f} s CPU {run['wall']:8.1f} s wall "
                  f"{1000 * run['cpu'] / n:6.1f} CPU ms/article {run['words'] / run['cpu']:8,.0f} words/CPU-s "
                  f"peak {run['peak_mb']:7,.0f} MB (target <= 2,048 MB at 10,000)")

    if not args.dask_articles:
        return
    print(f"\n== Dask, {args.dask_articles:,} articles")
    dask = dask_speedup(args.dask_articles)
    before, after = dask["two_plain_processes_s"]
    print(
        f"1 process {dask['one_process_s']:.1f} s; 2 Dask workers {dask['two_workers_s']:.1f} s; "
        f"speed-up {dask['speedup']:.2f}x (target >= 1.7x); identical results: {dask['identical']}"
    )
    print(f"the machine's ceiling at that moment: the same partitions on 2 plain processes {before:.1f} s just before "
          f"and {after:.1f} s just after Dask, {dask['ceiling']:.2f}x (wall; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
