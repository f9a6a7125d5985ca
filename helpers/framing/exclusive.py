"""What one outlet tells that the others do not: sentences with no counterpart, speakers and events only it has.

BASIL's annotators found informational bias (what is put in or left out)
about twice as often as lexical bias.  This section lists, for each outlet,
the content the other outlets of the same event do not have:

- sentences that :func:`.alignment.align_sentences` pairs with no sentence of
  another outlet of the same event (``outlet_only``);
- speakers that only one outlet quotes within an event;
- dated events (:func:`helpers.timeline.extract_events`) that only one outlet tells.

Comparisons stay within an event (the articles' ``event`` column; without
it, all the articles are one event); outlets are then compared pooled over
events, with bootstrap intervals (:func:`helpers.stats.summarise`) and the
per-event breakdown beside them.

>>> only = outlet_only_sentences(articles)           # every alignable sentence, with ``outlet_only``
>>> outlet_only_shares(only)                         # per outlet, pooled over events, with intervals
>>> outlet_only_shares(only, by_event=True)          # per event and outlet
"""

from __future__ import annotations

import pandas as pd

from ..stats import summarise
from .alignment import alignable_sentences, align_sentences
from .inputs import check_articles, check_columns

ONLY_COLUMNS = ["event", "outlet", "article_id", "sentence", "start", "end", "text", "outlet_only"]
SPEAKER_COLUMNS = ["event", "outlet", "speaker", "n_quotes", "article_id", "start", "end", "quote"]
EVENT_COLUMNS = ["event", "outlet", "event_id", "label", "date_start", "article_id", "start", "end"]


def events_of(articles: pd.DataFrame) -> pd.Series:
    """Each article's event (the ``event`` column; without it, one event named "all articles"), by article id."""
    if "event" in articles.columns:
        events = articles["event"].astype(str)
    else:
        events = pd.Series("all articles", index=articles.index)
    return pd.Series(events.to_numpy(), index=articles["article_id"].to_numpy())


def _compared_events(articles: pd.DataFrame) -> set[str]:
    """The events that at least two outlets tell: only there can an outlet leave something out."""
    event = events_of(articles)
    outlets = pd.Series(articles["outlet"].astype(str).to_numpy(), index=event.index)
    n = outlets.groupby(event.to_numpy()).nunique()
    return set(n[n >= 2].index)


def outlet_only_sentences(articles: pd.DataFrame, pairs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every sentence the alignment compares, in events told by two outlets or more, with ``outlet_only``.

    ``outlet_only`` is True when no pair of ``pairs`` (default
    :func:`align_sentences` of ``articles``) holds the sentence: no sentence
    of another outlet of its event tells the same fact.  Columns ``event,
    outlet, article_id, sentence, start, end, text, outlet_only``.
    """
    check_articles(articles)
    compared = _compared_events(articles)
    if not compared:  # typed, so that only[only["outlet_only"]] selects rows, not columns
        return pd.DataFrame(columns=ONLY_COLUMNS).astype({"outlet_only": bool})
    if pairs is None:
        pairs = align_sentences(articles)
    check_columns(pairs, {"article_id_a", "sentence_a", "article_id_b", "sentence_b"}, "aligned pairs")
    paired = set(zip(pairs["article_id_a"], pairs["sentence_a"])) | set(zip(pairs["article_id_b"], pairs["sentence_b"]))
    sents = alignable_sentences(articles)
    sents["event"] = sents["article_id"].map(events_of(articles))
    sents = sents[sents["event"].isin(compared)].copy()
    sents["outlet_only"] = [(a, s) not in paired for a, s in zip(sents["article_id"], sents["sentence"])]
    return sents[ONLY_COLUMNS].reset_index(drop=True)


def outlet_only_shares(only: pd.DataFrame, by_event: bool = False) -> pd.DataFrame:
    """Per outlet (and event, with ``by_event``): the share of sentences with no counterpart, bootstrap interval.

    Columns ``[event,] outlet, n (sentences), n_only, share, ci_low, ci_high,
    too_few``; pooled over events unless ``by_event``.
    """
    check_columns(only, {"event", "outlet", "outlet_only"}, "outlet-only sentences")
    keys = ["event", "outlet"] if by_event else ["outlet"]
    columns = [*keys, "n", "n_only", "share", "ci_low", "ci_high", "too_few"]
    if only.empty:
        return pd.DataFrame(columns=columns)
    table = summarise(only.assign(value=only["outlet_only"].astype(float)), keys, "value")
    table["n_only"] = only.groupby(keys, sort=True)["outlet_only"].sum().to_numpy().astype(int)
    return table.rename(columns={"mean": "share"})[columns]


def outlet_only_speakers(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The speakers only one outlet quotes within an event (told by two outlets or more), with a first quote.

    Only named speakers and named institutions count (an anonymous "official"
    cannot be matched across outlets).  Columns ``event, outlet, speaker,
    n_quotes, article_id, start, end, quote``.
    """
    check_columns(quotes, {"article_id", "start", "end", "speaker"}, "quotes table")
    compared = _compared_events(articles)
    outlet_of = dict(zip(articles["article_id"], articles["outlet"].astype(str)))
    texts = dict(zip(articles["article_id"], articles["text"]))
    q = quotes[quotes["speaker"].fillna("").astype(str).str.strip() != ""].copy()
    if "speaker_kind" in q.columns:
        q = q[q["speaker_kind"] != "anonymous"]
    q["event"] = q["article_id"].map(events_of(articles))
    q["outlet"] = q["article_id"].map(outlet_of)
    q = q[q["event"].isin(compared)]
    if q.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    q["key"] = q["speaker"].astype(str).str.lower()
    n_outlets = q.groupby(["event", "key"])["outlet"].nunique()
    single = n_outlets[n_outlets == 1].index
    q = q.set_index(["event", "key"]).loc[lambda f: f.index.isin(single)].reset_index()
    q = q.sort_values(["event", "outlet", "article_id", "start"])
    first = q.groupby(["event", "key"], sort=False).head(1).copy()
    first["n_quotes"] = first.set_index(["event", "key"]).index.map(q.groupby(["event", "key"]).size()).to_numpy()
    first["quote"] = [texts[a][int(s) : int(e)] for a, s, e in zip(first["article_id"], first["start"], first["end"])]
    first = first.astype({"start": int, "end": int, "n_quotes": int})
    first = first.sort_values(["event", "outlet", "n_quotes"], ascending=[True, True, False])
    return first[SPEAKER_COLUMNS].reset_index(drop=True)


def outlet_only_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The dated events (:func:`helpers.timeline.extract_events`) that only one outlet of their event tells.

    Columns ``event, outlet, event_id, label, date_start, article_id, start,
    end`` (the first sentence that tells it).
    """
    check_columns(events, {"event_id", "sources"}, "events table")
    compared = _compared_events(articles)
    outlet_of = dict(zip(articles["article_id"], articles["outlet"].astype(str)))
    event_of = events_of(articles)
    rows = []
    for ev in events.itertuples(index=False):
        sources = [s for s in ev.sources if s[0] in outlet_of]
        outlets = {outlet_of[s[0]] for s in sources}
        if len(outlets) != 1 or event_of[sources[0][0]] not in compared:
            continue
        aid, start, end = sources[0]
        rows.append((event_of[aid], outlet_of[aid], ev.event_id, getattr(ev, "label", ""),
                     getattr(ev, "date_start", pd.NaT), aid, int(start), int(end)))
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def outlet_only_counts(only: pd.DataFrame, speakers: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per outlet: sentences with no counterpart (share, interval), speakers and events only it has (the chart's table)."""
    shares = outlet_only_shares(only)
    if shares.empty:
        return shares.assign(n_speakers=pd.Series(dtype=int), n_events=pd.Series(dtype=int))
    shares["n_speakers"] = shares["outlet"].map(speakers.groupby("outlet").size()).fillna(0).astype(int)
    n_events = events.groupby("outlet").size() if events is not None and len(events) else pd.Series(dtype=int)
    shares["n_events"] = shares["outlet"].map(n_events).fillna(0).astype(int)
    return shares.reset_index(drop=True)
