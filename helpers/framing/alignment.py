"""Section 4 of notebook 02: the same fact told by two outlets, with the words that carry judgement.

>>> pairs = align_sentences(articles)      # sentence pairs of two outlets telling the same fact
>>> table = side_by_side(pairs)            # with each sentence's loaded and TextBlob words
>>> pairs_chart_table(table, n=6)          # the best pairs, wrapped as the chart draws them
"""

from __future__ import annotations

import textwrap
from collections import Counter

import numpy as np
import pandas as pd

from ..corpus import BODY_KINDS
from ..sentiment.scoring import pattern_sentiment
from .inputs import check_articles, check_columns, content_sentences, need_two_outlets
from .lexicons import load_stopwords, loaded_index
from .loaded import loaded_in
from .tfidf import tfidf_cosine
from .tokens import is_stopword, tokens
from .wordlists import ATTRIBUTION_WORDS, CALENDAR_WORDS, US_SPELLINGS

#: Aligned sentence pairs scoring below this are not kept as "the same fact".
ALIGN_THRESHOLD = 0.15
#: Shorter sentences ("Be smart:", "He declined.") are not aligned.
MIN_ALIGN_WORDS = 4
#: The columns that locate each sentence of a pair, suffixed ``_a`` and ``_b``.
SENTENCE_COLUMNS = ("outlet", "article_id", "sentence", "start", "end", "text")
PAIR_COLUMNS = [f"{c}_{side}" for side in ("a", "b") for c in SENTENCE_COLUMNS] + [
    "score",
    "shared",
    "n_shared",
    "direction",
]


def _content_keys(text: str, stop: frozenset[str]) -> list[str]:
    """Content words, crudely stemmed (plural -s dropped) so "envoy" meets "envoys"."""
    out = []
    for _, _, word, key in tokens(text):
        if is_stopword(word, stop) or not any(c.isalpha() for c in key) or key in ATTRIBUTION_WORDS:
            continue
        key = US_SPELLINGS.get(key, key)
        if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
            key = key[:-1]
        out.append(key)
    return out


def _entity_keys(text: str, stop: frozenset[str]) -> set[str]:
    """Names, places, dates: capitalised words that are not function words, plus month and day names."""
    found = set()
    for _, _, word, key in tokens(text):
        if key in CALENDAR_WORDS:
            found.add(key)
        elif word[:1].isupper() and not is_stopword(word, stop) and key not in ATTRIBUTION_WORDS:
            found.add(US_SPELLINGS.get(key, key))
    return found


def _alignment_features(text: str, stop: frozenset[str]) -> list[str]:
    """Content words, adjacent content-word pairs ("climate_envoy") and names ("E:xinjiang")."""
    keys = _content_keys(text, stop)
    return keys + [f"{a}_{b}" for a, b in zip(keys, keys[1:])] + [f"E:{e}" for e in sorted(_entity_keys(text, stop))]


def alignable_sentences(articles: pd.DataFrame, kinds: tuple[str, ...] = BODY_KINDS) -> pd.DataFrame:
    """The sentences :func:`align_sentences` compares: body content sentences of at least ``MIN_ALIGN_WORDS`` words."""
    sents = content_sentences(articles, kinds=kinds)
    return sents[sents["n_words"] >= MIN_ALIGN_WORDS].reset_index(drop=True)


def align_sentences(
    articles: pd.DataFrame,
    threshold: float = ALIGN_THRESHOLD,
    kinds: tuple[str, ...] = BODY_KINDS,
    min_shared: int = 2,
    specific_share: float = 0.1,
) -> pd.DataFrame:
    """Pairs of sentences from two outlets that tell the same fact.

    For every pair of outlets, every sentence of each is matched with its
    closest sentence in the other (both directions, so a sentence that is the
    best match of a sentence it does not itself prefer still pairs).  The score
    is the TF-IDF cosine (:func:`.tfidf.tfidf_cosine`: sublinear tf, smoothed
    idf fitted on all loaded sentences, as scikit-learn computes it) of three
    kinds of features: content words (stopwords and attribution words such as
    "said", "official" left out, plural -s dropped), adjacent content-word
    pairs ("climate envoy", "last week") and capitalised names, places and
    months.  A pair is kept when its score reaches ``threshold`` and the two
    sentences share at least ``min_shared`` specific
    words or phrases: words found in at most ``specific_share`` of all sentences (at
    least 2), so "Biden" and "China" alone do not make two sentences the same fact.

    When ``articles`` has an ``event`` column with several events, sentences
    are aligned within each event only (events with one outlet give no pairs).

    Returns ``outlet_a, article_id_a, sentence_a, start_a, end_a, text_a``, the
    same for ``_b``, ``score``, ``shared`` (specific words in common, rarest
    first), ``n_shared`` (those words counted as units: a shared name or phrase
    such as "white house" counts once) and ``direction`` (``a→b``, ``b→a`` or ``both``),
    best pairs first.
    """
    check_articles(articles)
    outlets = need_two_outlets(articles, "align_sentences")
    if "event" in articles.columns and articles["event"].nunique() > 1:
        # sentences are aligned only within an event: two events' articles never tell the same fact
        parts = [
            align_sentences(group, threshold, kinds, min_shared, specific_share)
            for _, group in articles.groupby("event", sort=True)
            if group["outlet"].nunique() >= 2
        ]
        out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=PAIR_COLUMNS)
        return out.sort_values(["score", "article_id_a", "sentence_a"], ascending=[False, True, True]).reset_index(
            drop=True
        )
    stop = load_stopwords()
    sents = alignable_sentences(articles, kinds)
    columns = PAIR_COLUMNS
    if len(sents) < 2:
        return pd.DataFrame(columns=columns)
    features = [_alignment_features(t, stop) for t in sents["text"]]
    score = tfidf_cosine(features)
    df = Counter(f for feats in features for f in set(feats))
    limit = max(2, specific_share * len(sents))
    outlet_of = sents["outlet"].to_numpy()
    found: dict[tuple[int, int], set] = {}
    for ia, a in enumerate(outlets):
        for b in outlets[ia + 1 :]:
            idx_a, idx_b = np.flatnonzero(outlet_of == a), np.flatnonzero(outlet_of == b)
            if not len(idx_a) or not len(idx_b):
                continue
            block = score[np.ix_(idx_a, idx_b)]
            for k, i in enumerate(idx_a):
                found.setdefault((i, idx_b[int(np.argmax(block[k]))]), set()).add("a→b")
            for k, j in enumerate(idx_b):
                found.setdefault((idx_a[int(np.argmax(block[:, k]))], j), set()).add("b→a")
    records = []
    for (i, j), directions in found.items():
        words_i = set(_content_keys(sents.at[i, "text"], stop))
        shared = sorted(
            (w for w in words_i & set(_content_keys(sents.at[j, "text"], stop)) if df[w] <= limit),
            key=lambda w: (df[w], w),
        )
        n_shared = _n_units(shared, set(features[i]) & set(features[j]))
        if score[i, j] < threshold or n_shared < min_shared:
            continue
        records.append(
            (
                *_sentence_values(sents.iloc[i]),
                *_sentence_values(sents.iloc[j]),
                float(score[i, j]),
                ", ".join(shared),
                n_shared,
                "both" if len(directions) == 2 else next(iter(directions)),
            )
        )
    out = pd.DataFrame(records, columns=columns)
    return out.sort_values(["score", "article_id_a", "sentence_a"], ascending=[False, True, True]).reset_index(
        drop=True
    )


def _sentence_values(row: pd.Series) -> tuple:
    """One sentence's ``outlet, article_id, sentence, start, end, text`` for a pair's record."""
    return (row["outlet"], row["article_id"], int(row["sentence"]), int(row["start"]), int(row["end"]), row["text"])


def _n_units(words: list[str], shared_features: set[str]) -> int:
    """Shared words counted as units: a name or phrase both sentences contain ("white house") counts once."""
    parent = {w: w for w in words}

    def root(w: str) -> str:
        while parent[w] != w:
            w = parent[w]
        return w

    for feature in shared_features:
        a, _, b = feature.partition("_")
        if b and a in parent and b in parent:
            parent[root(a)] = root(b)
    return len({root(w) for w in words})


def evaluative_words(text: str, loaded: pd.DataFrame | None = None, score=None) -> dict[str, list[str]]:
    """The words that carry judgement in ``text``: TextBlob's scored words and the loaded terms.

    Returns ``{"textblob": ["botched (-0.2)", ...], "loaded": ["hectored", ...]}``;
    TextBlob words with polarity 0 (only subjectivity) are listed without a sign.
    ``score`` is TextBlob's pattern score of ``text`` (:func:`~helpers.sentiment.pattern_sentiment`),
    when the caller has it already.
    """
    # the engine behind TextBlob(text).sentiment_assessments, without loading NLTK
    score = pattern_sentiment()(text) if score is None else score
    assessed = []
    for words, polarity, subjectivity, _ in score.assessments:
        if polarity == 0 and subjectivity < 0.2:
            continue  # "chinese", "public": descriptive words the lexicon scores as neutral
        assessed.append(f"{' '.join(words)} ({polarity:+.1f})" if polarity else " ".join(words))
    toks = tokens(text)
    hits = loaded_in(toks, loaded_index(loaded))
    found = list(dict.fromkeys(text[toks[i][0] : toks[j - 1][1]] for *_, i, j in hits))
    return {"textblob": assessed, "loaded": found}


def side_by_side(pairs: pd.DataFrame, loaded: pd.DataFrame | None = None) -> pd.DataFrame:
    """The aligned pairs with each sentence's evaluative words, ready to read.

    Adds ``loaded_a, textblob_a, loaded_b, textblob_b`` (comma-joined words)
    to the pairs of :func:`align_sentences`.
    """
    check_columns(pairs, {"text_a", "text_b", "outlet_a", "outlet_b", "score"}, "aligned pairs")
    out = pairs.copy()
    for side in ("a", "b"):
        found = [evaluative_words(t, loaded) for t in out[f"text_{side}"]]
        out[f"loaded_{side}"] = [", ".join(f["loaded"]) for f in found]
        out[f"textblob_{side}"] = [", ".join(f["textblob"]) for f in found]
    return out


def pairs_chart_table(table: pd.DataFrame, n: int = 6, width: int = 64) -> pd.DataFrame:
    """The best ``n`` pairs of :func:`side_by_side` as :func:`helpers.charts.framing.plot_aligned_pairs` draws them.

    Keeps the pairs' columns (TextBlob's words left out: the chart does not
    show them) and adds ``wrapped_a, wrapped_b``: each sentence wrapped at
    ``width`` characters, its outlet in brackets first when the pairs come
    from more than two outlets, and its loaded terms on a last line.
    """
    check_columns(
        table, {"outlet_a", "outlet_b", "text_a", "text_b", "score", "loaded_a", "loaded_b"}, "side-by-side table"
    )
    rows = table.head(n).drop(columns=["textblob_a", "textblob_b"], errors="ignore")
    several = rows[["outlet_a", "outlet_b"]].drop_duplicates().shape[0] > 1
    for side in ("a", "b"):
        rows[f"wrapped_{side}"] = [
            textwrap.fill((f"[{outlet}] " if several else "") + text, width) + (f"\nloaded: {loaded}" if loaded else "")
            for outlet, text, loaded in zip(rows[f"outlet_{side}"], rows[f"text_{side}"], rows[f"loaded_{side}"])
        ]
    return rows
