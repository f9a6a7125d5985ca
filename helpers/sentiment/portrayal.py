"""How each outlet portrays each official: every mention of a known person, scored by the target model.

A person is known when the registry of people names them (their name or an
alias found in the text) or when ``extract_quotes`` resolved a named speaker
(the speaker mention, pronouns included).  Each mention is scored in its
sentence by :func:`.target.target_sentiment`, so the label is about that
person, not about the sentence; :func:`portrayal_by` averages the scores per
person and outlet with bootstrap intervals, and :func:`portrayal_sentences`
lists the sentences behind each dot.

>>> mentions = person_mentions(articles, quotes)
>>> scored = score_mentions(articles, mentions)
>>> portrayal_by(scored)            # person, outlet, n, mean, ci_low, ci_high, too_few, n_negative…
"""

from __future__ import annotations

import re

import pandas as pd

from ..corpus import sentences
from ..stats import MIN_COUNT, summarise
from .columns import require
from .target import target_sentiment

#: The columns of :func:`person_mentions`.
MENTION_COLUMNS = ["article_id", "outlet", "person", "start", "end", "mention", "via"]
#: The columns of :func:`score_mentions` (one row per scored mention).
PORTRAYAL_COLUMNS = MENTION_COLUMNS + [
    "sentence", "sentence_text", "label", "score", "evidence", "window_assessments",
]


def _name_patterns(registry: pd.DataFrame) -> list[tuple[re.Pattern, str]]:
    """One pattern per named person in the registry: every name and alias, longest first, as whole words."""
    patterns = []
    for row in registry[registry["kind"] == "named"].itertuples():
        names = sorted({row.name, *row.aliases}, key=lambda n: (-len(n), n))
        alternatives = "|".join(re.escape(n) for n in names if n)
        patterns.append((re.compile(rf"(?<![\w’'])(?:{alternatives})(?![\w])"), row.name))
    return patterns


def _default_registry() -> pd.DataFrame:
    from ..quotes.registry import load_registry  # the quotes package is large: loaded when first needed

    return load_registry()


def person_mentions(articles: pd.DataFrame, quotes: pd.DataFrame | None = None,
                    registry: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every mention of a known person: ``article_id, outlet, person, start, end, mention, via``.

    ``via`` is ``speaker`` for a named speaker's mention from ``quotes``
    (``extract_quotes``), ``registry`` for a name or alias of the registry
    found in the text.  Where a registry name falls inside a speaker mention,
    the speaker mention is kept; overlapping registry matches keep the longest.
    """
    require(articles, ["article_id", "outlet", "text"], "person_mentions")
    registry = _default_registry() if registry is None else registry
    rows = []
    if quotes is not None and len(quotes):
        require(quotes, ["article_id", "speaker", "speaker_kind", "speaker_start", "speaker_end"], "person_mentions")
        named = quotes[(quotes["speaker_kind"] == "named") & quotes["speaker_start"].notna()]
        outlet_of = dict(zip(articles["article_id"], articles["outlet"]))
        text_of = dict(zip(articles["article_id"], articles["text"]))
        for r in named.drop_duplicates(["article_id", "speaker_start", "speaker_end"]).itertuples():
            start, end = int(r.speaker_start), int(r.speaker_end)
            rows.append((r.article_id, outlet_of[r.article_id], r.speaker, start, end,
                         text_of[r.article_id][start:end], "speaker"))
    taken = {}
    for article_id, spans in pd.DataFrame(rows, columns=MENTION_COLUMNS).groupby("article_id"):
        taken[article_id] = list(zip(spans["start"], spans["end"]))
    patterns = _name_patterns(registry)
    for article in articles.itertuples():
        found = []
        for pattern, person in patterns:
            found += [(m.start(), m.end(), person) for m in pattern.finditer(article.text)]
        kept = taken.get(article.article_id, [])[:]
        for start, end, person in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
            if any(start < e and s < end for s, e in kept):
                continue
            kept.append((start, end))
            rows.append((article.article_id, article.outlet, person, start, end, article.text[start:end], "registry"))
    table = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return table.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)


def score_mentions(articles: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Each mention scored in its sentence by :func:`target_sentiment` (columns :data:`PORTRAYAL_COLUMNS`).

    ``start, end`` stay offsets into the article text; ``sentence_text`` is
    the sentence the model read.  A mention outside every sentence (a stray
    header) is left out.
    """
    require(mentions, MENTION_COLUMNS, "score_mentions")
    sents = sentences(articles)[["article_id", "sentence", "start", "end", "text"]]
    merged = mentions.merge(sents.rename(columns={"start": "s_start", "end": "s_end", "text": "sentence_text"}),
                            on="article_id", how="inner")
    inside = merged[(merged["start"] >= merged["s_start"]) & (merged["end"] <= merged["s_end"])].copy()
    inside["target_start"] = inside["start"] - inside["s_start"]
    inside["target_end"] = inside["end"] - inside["s_start"]
    if inside.empty:
        return pd.DataFrame({c: pd.Series(dtype=float if c == "score" else object) for c in PORTRAYAL_COLUMNS})
    scored = target_sentiment(inside.rename(columns={"sentence_text": "text"}))
    scored = scored.rename(columns={"text": "sentence_text"})
    return scored[PORTRAYAL_COLUMNS].sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def portrayal_by(scored: pd.DataFrame, min_count: int = MIN_COUNT) -> pd.DataFrame:
    """Per person and outlet: ``n``, mean score, bootstrap interval, ``too_few`` and the count of each label."""
    require(scored, ["person", "outlet", "score", "label"], "portrayal_by")
    table = summarise(scored, ["person", "outlet"], "score", min_count=min_count)
    counts = (scored.groupby(["person", "outlet"])["label"].value_counts().unstack(fill_value=0)
              .reindex(columns=["negative", "neutral", "positive"], fill_value=0)
              .add_prefix("n_").reset_index())
    if table.empty:
        return table.assign(n_negative=0, n_neutral=0, n_positive=0)
    return table.merge(counts, on=["person", "outlet"], how="left")


def portrayal_sentences(scored: pd.DataFrame) -> pd.DataFrame:
    """The sentences behind each dot, most negative first within each person and outlet."""
    require(scored, PORTRAYAL_COLUMNS, "portrayal_sentences")
    columns = ["person", "outlet", "mention", "label", "score", "evidence", "window_assessments", "sentence_text"]
    return scored.sort_values(["person", "outlet", "score"], kind="stable")[columns].reset_index(drop=True)


def tone_beside_portrayal(quoted: pd.DataFrame, scored: pd.DataFrame) -> pd.DataFrame:
    """Per named speaker and outlet: the lexicons' mean tone of their quotes beside the model's portrayal of them.

    ``quoted`` is ``score_quotes`` output (its quoted kinds), ``scored`` is
    :func:`score_mentions`.  The two answer different questions (the tone
    of what a person said; how the sentence around them reads about them):
    where they part, read the sentences.
    """
    require(quoted, ["speaker", "outlet", "polarity", "vader_compound"], "tone_beside_portrayal")
    require(scored, ["person", "outlet", "score"], "tone_beside_portrayal")
    tone = (quoted.groupby(["speaker", "outlet"], as_index=False)
            .agg(n_quotes=("polarity", "size"), textblob=("polarity", "mean"), vader=("vader_compound", "mean"))
            .rename(columns={"speaker": "person"}))
    model = (scored.groupby(["person", "outlet"], as_index=False)
             .agg(n_mentions=("score", "size"), model=("score", "mean")))
    return tone.merge(model, on=["person", "outlet"], how="inner").sort_values(["person", "outlet"])
