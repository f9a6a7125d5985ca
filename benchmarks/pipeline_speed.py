"""Speed and memory of the pipeline on a corpus built from PolNeAR dev texts.

    .venv/bin/python benchmarks/pipeline_speed.py [--articles 10000] [--dask-articles 2000]

Prints words per second for each stage and for the whole pipeline, the ratio
of the whole pipeline's cost to TextBlob sentiment alone on the same
sentences (measured in this run), the peak memory of a fresh process running
the whole pipeline, and the speed-up of 2 Dask workers over 1 process.
Targets: pipeline <= 5x TextBlob alone; 10,000 articles in <= 2 GB; 2 workers >= 1.7x.

Each replica of a text gets a distinct last paragraph, so no cache sees the same article twice.
Skips when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import json
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
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def clear_caches() -> None:
    """Forget the per-text caches, so a timing includes the sentence splitting it needs."""
    from helpers import corpus

    corpus.clear_caches()


def stage_speeds(articles: pd.DataFrame) -> dict:
    """Seconds per stage; the stages after the first reuse its (cached) sentences, the whole pipeline does not."""
    from textblob import TextBlob

    from helpers.corpus import ANALYSED_KINDS, sentences
    from helpers.framing import tag_frames
    from helpers.pipeline import analyze
    from helpers.quotes import extract_quotes
    from helpers.sentiment import score_texts
    from helpers.timeline import dates, extract_events

    clear_caches()
    sents, t_sent = timed(sentences, articles, ANALYSED_KINDS)
    words = int(sents["n_words"].sum())
    _, t_textblob = timed(lambda s: [TextBlob(x).sentiment for x in s], sents["text"])
    _, t_score = timed(score_texts, sents)
    _, t_quotes = timed(extract_quotes, articles)
    _, t_frames = timed(tag_frames, sents)
    _, t_dates = timed(dates, articles)
    _, t_events = timed(extract_events, articles)
    clear_caches()
    _, t_all = timed(lambda a: analyze(a, progress=False), articles)
    stages = {
        "sentences (pysbd + rules)": t_sent,
        # the stages below start from the sentences already split above
        "TextBlob sentiment alone": t_textblob,
        "sentiment (TextBlob + assessments + VADER)": t_score,
        "quotes and speakers": t_quotes,
        "frames": t_frames,
        "dates": t_dates,
        "events": t_events,
        "whole pipeline (analyze)": t_all,
    }
    return {"words": words, "sentences": len(sents), "seconds": stages}


def peak_memory(n: int) -> dict:
    """Run the whole pipeline on n articles in a fresh process; report its time and peak RSS."""
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(Path(__file__).parent)!r})
from pipeline_speed import build_corpus
from helpers.pipeline import analyze
articles = build_corpus({n})
started = time.perf_counter()
tables = analyze(articles, progress=False)
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "words": int(tables["sentences"]["n_words"].sum()),
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
        _, t_pool = timed(lambda: pool.map(_partition_seconds, parts, chunksize=1))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(analyze_partition, warm)  # the same warm start for each worker
        ddf = dd.from_pandas(articles, npartitions=partitions)
        distributed, t_dask = timed(lambda: analyze_dask(ddf).compute())
    same = sort_sentences(single).equals(sort_sentences(distributed))
    return {"articles": n, "one_process_s": t_single, "two_workers_s": t_dask, "speedup": t_single / t_dask,
            "two_plain_processes_s": t_pool, "ceiling": t_single / t_pool, "identical": same}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="0 skips the memory run (and the Dask run after it)")
    parser.add_argument("--stage-articles", type=int, default=840, help="articles for the per-stage timing")
    parser.add_argument("--dask-articles", type=int, default=2_000)
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"skipped: {SOURCE} not found (../shared/eval is absent)")
        return

    print(f"== per stage, {args.stage_articles} articles")
    speeds = stage_speeds(build_corpus(args.stage_articles))
    words = speeds["words"]
    for stage, seconds in speeds["seconds"].items():
        print(f"{stage:46s} {seconds:7.2f} s  {words / seconds:10,.0f} words/s")
    ratio = speeds["seconds"]["whole pipeline (analyze)"] / speeds["seconds"]["TextBlob sentiment alone"]
    print(f"whole pipeline / TextBlob sentiment alone: {ratio:.2f}x   (target <= 5x)")

    if not args.articles:
        return
    print(f"\n== whole pipeline in a fresh process, {args.articles:,} articles")
    mem = peak_memory(args.articles)
    print(
        f"{mem['words']:,} words, {mem['sentences']:,} sentences, {mem['quotes']:,} quotes in {mem['seconds']:.1f} s "
        f"({mem['words'] / mem['seconds']:,.0f} words/s); peak memory {mem['peak_mb']:,.0f} MB   (target <= 2,048 MB)"
    )

    if not args.dask_articles:
        return
    print(f"\n== Dask, {args.dask_articles:,} articles")
    dask = dask_speedup(args.dask_articles)
    print(
        f"1 process {dask['one_process_s']:.1f} s; 2 workers {dask['two_workers_s']:.1f} s; "
        f"speed-up {dask['speedup']:.2f}x (target >= 1.7x); identical results: {dask['identical']}"
    )
    print(
        f"the machine's ceiling: the same partitions on 2 plain processes {dask['two_plain_processes_s']:.1f} s, "
        f"{dask['ceiling']:.2f}x"
    )


if __name__ == "__main__":
    main()
