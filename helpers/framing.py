"""How outlets frame the same story: words, frames, sources, facts, ledes, leaders and tone.

Every function takes the articles table of :func:`helpers.corpus.load_articles`
(or a table derived from it) and returns a new tidy DataFrame whose rows keep
``article_id, start, end`` offsets into the raw text.  Comparisons work for any
number of outlets; those that need two (distinctive words, aligned sentences)
say so with :class:`NeedTwoOutlets`.

>>> arts = load_articles()
>>> distinctive_terms(arts)                  # Fightin' Words z-scores, each outlet vs the rest
>>> sents = content_sentences(arts)
>>> tags = tag_frames(sents)                 # one row per (sentence, frame, matched words)
>>> frame_shares(sents, tags)                # share of sentences per frame, bootstrap CI
>>> source_mix(extract_quotes(arts))         # quoted and reported words by side
>>> align_sentences(arts)                    # the same fact told by two outlets
>>> leader_naming(arts)                      # "Mr Xi", "President Xi", "Chinese leader Xi Jinping"
>>> narrator_tone(narrator_sentences(arts))  # the writer's own tone, quotes removed

Data files, all in ``helpers/data`` and editable: ``frames.yaml`` (the frame
lexicon), ``loaded_terms.csv`` (evaluative words a sentiment lexicon misses),
``leaders.yaml`` (whose naming to count) and ``stopwords.txt``.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from .errors import FramingError, LexiconError, NeedTwoOutlets  # noqa: F401 (re-exported)
from .corpus import ANALYSED_KINDS, BODY_KINDS, paragraphs, sentences
from .figures import SIDE_COLORS, new_figure
from .paths import DATA_DIR
from .quotes import QUOTE_KINDS, QUOTED_KINDS
from .stats import MIN_COUNT, bootstrap_ci, summarise
from .text import word_spans
from .validation import read_rows, require_articles, require_columns

FRAMES_FILE = DATA_DIR / "frames.yaml"
LOADED_TERMS_FILE = DATA_DIR / "loaded_terms.csv"
LEADERS_FILE = DATA_DIR / "leaders.yaml"
STOPWORDS_FILE = DATA_DIR / "stopwords.txt"

#: Prior strength (pseudo-words) of the informative Dirichlet prior taken from the
#: combined texts: about a tenth of the words of two short news articles, enough to
#: pull a word seen once towards the corpus rate without drowning real differences.
DEFAULT_ALPHA0 = 100.0
#: Aligned sentence pairs scoring below this are not kept as "the same fact".
ALIGN_THRESHOLD = 0.15
#: Narrator sentences with fewer words left once quotes are removed are not scored.
MIN_NARRATOR_WORDS = 5

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


# =========================================================================== tokens and data files


def normalise_word(word: str) -> str:
    """Lower case, straight apostrophes, possessive ``'s`` removed: "Biden’s" -> "biden"."""
    key = word.translate(_APOSTROPHES).lower()
    if key.endswith("'s") and len(key) > 2:
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str]]:
    """``(start, end, word, key)`` for each word of ``text[start:end]``; ``key`` from :func:`normalise_word`."""
    return [(s, e, w, normalise_word(w)) for s, e, w in word_spans(text, start, end)]


@lru_cache(maxsize=8)
def _stopwords(path: str) -> frozenset[str]:
    p = Path(path)
    if not p.is_file():
        raise LexiconError(f"{p}: stopword list not found")
    words = set()
    for line_no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if " " in line:
            raise LexiconError(f"{p}, line {line_no}: one word per line expected, got {line!r}")
        words.add(normalise_word(line))
    return frozenset(words)


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stopword list (default ``helpers/data/stopwords.txt``): one word per line, ``#`` comments."""
    return _stopwords(str(path or STOPWORDS_FILE))


def is_stopword(word: str, stopwords: frozenset[str]) -> bool:
    """True for a function word; "US" written in capitals is the country, not the pronoun."""
    if len(word) > 1 and word.isupper():
        return False
    return normalise_word(word) in stopwords


# --------------------------------------------------------------------------- term patterns


@dataclass(frozen=True)
class _Part:
    mode: str  # "plain" (word, +s, +es), "prefix" (word*), "exact" (=word)
    word: str

    def matches(self, key: str) -> bool:
        if self.mode == "prefix":
            return key.startswith(self.word)
        if self.mode == "exact":
            return key == self.word
        return key == self.word or key == self.word + "s" or key == self.word + "es"


def compile_pattern(pattern: str, where: str = "pattern") -> tuple[_Part, ...]:
    """A term pattern (``word``, ``word*``, ``=word``, or several separated by spaces) as matchable parts."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise LexiconError(f"{where}: empty or non-text pattern {pattern!r}")
    parts = []
    for raw in pattern.split():
        mode = "plain"
        word = raw
        if word.startswith("="):
            mode, word = "exact", word[1:]
        if word.endswith("*"):
            if mode == "exact":
                raise LexiconError(f"{where}: {raw!r} cannot be both exact (=) and a wildcard (*)")
            mode, word = "prefix", word[:-1]
        word = word.translate(_APOSTROPHES).lower()
        # the word must be one token as helpers.text.word_spans cuts it, or it could never match
        found = [w for _, _, w in word_spans(word)]
        if len(found) != 1 or found[0].lower() != word:
            raise LexiconError(
                f"{where}: {raw!r} is not a single word (letters, digits, inner - ' .); "
                "separate the words of a phrase with spaces"
            )
        parts.append(_Part(mode, word))
    return tuple(parts)


def find_terms(
    toks: list[tuple[int, int, str, str]], patterns: "dict[str, tuple[_Part, ...]] | _PatternIndex"
) -> list[tuple[str, int, int]]:
    """Every ``(pattern, first token index, end token index)`` where a pattern matches consecutive tokens.

    Results come in the order of ``patterns``, then of the text.  ``patterns``
    may be an index from ``_pattern_index``, to build it once for many texts.
    """
    index = patterns if isinstance(patterns, _PatternIndex) else _pattern_index(tuple(patterns.items()))
    keys = [t[3] for t in toks]
    found = []
    for i, key in enumerate(keys):
        for order, name, parts in index.candidates(key):
            n = len(parts)
            if n == 1 or (i + n <= len(keys) and all(parts[k].matches(keys[i + k]) for k in range(1, n))):
                found.append((order, i, name, i + n))
    found.sort()
    return [(name, i, end) for _, i, name, end in found]


class _PatternIndex:
    """Patterns by what their first word accepts; each distinct token's candidates are worked out once."""

    def __init__(self, by_key: dict, by_prefix: dict):
        self.by_key = by_key  # a token that a pattern's first part accepts -> [(order, name, parts)]
        self.by_prefix = by_prefix  # a first part's prefix (word*) -> [(order, name, parts)]
        self.prefix_lengths = tuple(sorted({len(w) for w in by_prefix}))
        self._memo: dict[str, tuple] = {}

    def candidates(self, key: str) -> tuple:
        found = self._memo.get(key)
        if found is None:
            hits = list(self.by_key.get(key, ()))
            for length in self.prefix_lengths:
                if len(key) >= length:
                    hits.extend(self.by_prefix.get(key[:length], ()))
            if len(self._memo) > 500_000:  # bounded on a huge vocabulary
                self._memo.clear()
            found = self._memo[key] = tuple(hits)
        return found


@lru_cache(maxsize=32)
def _pattern_index(items: tuple[tuple[str, tuple[_Part, ...]], ...]) -> _PatternIndex:
    """Patterns indexed by what their first word accepts, so each token looks up only its candidates."""
    by_key: dict[str, list] = {}
    by_prefix: dict[str, list] = {}
    for order, (name, parts) in enumerate(items):
        first = parts[0]
        entry = (order, name, parts)
        if first.mode == "prefix":
            by_prefix.setdefault(first.word, []).append(entry)
        elif first.mode == "exact":
            by_key.setdefault(first.word, []).append(entry)
        else:
            for key in dict.fromkeys((first.word, first.word + "s", first.word + "es")):
                by_key.setdefault(key, []).append(entry)
    return _PatternIndex(by_key, by_prefix)


# --------------------------------------------------------------------------- frame lexicon


@lru_cache(maxsize=8)
def _frames(path: str) -> pd.DataFrame:
    p = Path(path)
    if not p.is_file():
        raise LexiconError(f"{p}: frame lexicon not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("frames"), dict) or not data["frames"]:
        raise LexiconError(f"{p}: expected a mapping with a non-empty 'frames:' mapping of frame name -> definition")
    rows = []
    for frame, spec in data["frames"].items():
        where = f"{p}, frame {frame!r}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(frame)):
            raise LexiconError(f"{where}: frame names are lower-case identifiers (letters, digits, _)")
        if not isinstance(spec, dict):
            raise LexiconError(f"{where}: expected a mapping with label, source, description, terms")
        missing = [k for k in ("label", "terms") if not spec.get(k)]
        if missing:
            raise LexiconError(f"{where}: missing {', '.join(missing)}")
        unknown = set(spec) - {"label", "source", "description", "terms"}
        if unknown:
            raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        if not isinstance(spec["terms"], list):
            raise LexiconError(f"{where}: 'terms' must be a list of patterns")
        seen = set()
        for term in spec["terms"]:
            term = str(term) if isinstance(term, (int, float)) else term
            compile_pattern(term, where)
            if term in seen:
                raise LexiconError(f"{where}: term {term!r} listed twice")
            seen.add(term)
            rows.append(
                (frame, str(spec["label"]), str(spec.get("source", "")), str(spec.get("description", "")), term)
            )
    return pd.DataFrame(rows, columns=["frame", "label", "source", "description", "term"])


def load_frames(path: str | Path | None = None) -> pd.DataFrame:
    """The frame lexicon (default ``helpers/data/frames.yaml``), one row per term pattern.

    Columns ``frame, label, source, description, term``.  Raises
    :class:`LexiconError` naming the frame and term that break the format.
    """
    return _frames(str(path or FRAMES_FILE)).copy()


def load_loaded_terms(path: str | Path | None = None) -> pd.DataFrame:
    """Loaded terms (default ``helpers/data/loaded_terms.csv``): ``pattern, kind, note``."""
    p = Path(path or LOADED_TERMS_FILE)
    rows = []
    for line_no, row in read_rows(p, ("pattern", "kind"), "loaded-terms list", LexiconError):
        if not row["pattern"]:
            raise LexiconError(f"{p}, row {line_no}: empty pattern")
        compile_pattern(row["pattern"], f"{p}, row {line_no}")
        rows.append((row["pattern"], row["kind"], row.get("note", "")))
    return pd.DataFrame(rows, columns=["pattern", "kind", "note"])


def load_leaders(path: str | Path | None = None) -> list[dict]:
    """The leaders whose naming is counted (default ``helpers/data/leaders.yaml``)."""
    p = Path(path or LEADERS_FILE)
    if not p.is_file():
        raise LexiconError(f"{p}: leaders list not found")
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return _check_leaders(data.get("leaders"), str(p))


def _check_leaders(leaders, where: str = "names") -> list[dict]:
    if isinstance(leaders, dict):  # {"Xi Jinping": "Xi"} shorthand
        leaders = [{"name": k, "surname": v} for k, v in leaders.items()]
    if isinstance(leaders, (list, tuple)) and all(isinstance(x, str) for x in leaders):
        # "Joe Biden" -> surname Biden, given Joe
        leaders = [
            {"name": x, "surname": x.split()[-1], "given": [" ".join(x.split()[:-1])] if " " in x.strip() else []}
            for x in leaders
        ]
    if not isinstance(leaders, (list, tuple)) or not leaders:
        raise LexiconError(f"{where}: expected a non-empty list of leaders (name, surname, given)")
    out = []
    for i, item in enumerate(leaders):
        if not isinstance(item, dict) or not item.get("name") or not item.get("surname"):
            raise LexiconError(f"{where}, leader {i + 1}: needs 'name' and 'surname'")
        given = item.get("given") or []
        if isinstance(given, str):
            given = [given]
        out.append(
            {
                "name": str(item["name"]),
                "surname": str(item["surname"]),
                "given": [str(g) for g in given],
                "family_name_first": bool(item.get("family_name_first", False)),
            }
        )
    return out


# =========================================================================== shared inputs


def _check_articles(articles: pd.DataFrame) -> None:
    require_articles(articles, ("article_id", "outlet", "title", "text"), FramingError)
    if articles.empty:
        raise FramingError("articles table is empty")


def _check_columns(frame: pd.DataFrame, needed: set[str], what: str) -> None:
    require_columns(frame, sorted(needed), what, FramingError)


def outlets_of(articles: pd.DataFrame) -> list[str]:
    """The outlets in ``articles``, sorted."""
    return sorted(articles["outlet"].astype(str).unique())


def comparison_note(articles: pd.DataFrame) -> str:
    """One sentence on what the corpus allows: a comparison needs two outlets."""
    outlets = outlets_of(articles)
    if len(outlets) < 2:
        return (
            f"Only one outlet ({outlets[0]}) is loaded: its frames, sources, naming and tone are described, "
            "but distinctive words and aligned sentences need at least two outlets."
        )
    return f"{len(outlets)} outlets are compared: {', '.join(outlets)}."


def _need_two(articles: pd.DataFrame, what: str) -> list[str]:
    outlets = outlets_of(articles)
    if len(outlets) < 2:
        raise NeedTwoOutlets(
            f"{what} compares outlets and needs at least two; the articles come from one: {outlets[0]}"
        )
    return outlets


def content_sentences(articles: pd.DataFrame, kinds: tuple[str, ...] = ANALYSED_KINDS) -> pd.DataFrame:
    """Sentences (:func:`helpers.corpus.sentences`) without datelines and Axios-style labels.

    A paragraph's first sentence starts at the paragraph's ``content_start``, so
    "WASHINGTON (Axios):" and "Driving the news:" are not read as the writer's
    words; ``text`` is re-sliced so ``text == article[start:end]`` still holds.
    Section headings are left out (they carry no claim).
    """
    _check_articles(articles)
    kinds = tuple(k for k in kinds if k != "section_heading")
    sents = sentences(articles, kinds=kinds)
    paras = paragraphs(articles)[["article_id", "paragraph", "content_start"]]
    merged = sents.merge(paras, on=["article_id", "paragraph"], how="left")
    texts = dict(zip(articles["article_id"], articles["text"]))
    merged["start"] = np.maximum(merged["start"], merged["content_start"]).astype(int)
    merged = merged[merged["start"] < merged["end"]].copy()
    merged["text"] = [texts[a][s:e] for a, s, e in zip(merged["article_id"], merged["start"], merged["end"])]
    merged["n_words"] = [sum(1 for _ in word_spans(t)) for t in merged["text"]]
    merged = merged[merged["n_words"] > 0]
    return merged.drop(columns="content_start").reset_index(drop=True)


# =========================================================================== 1. distinctive vocabulary


def log_odds_dirichlet(counts_i, counts_j, prior) -> pd.DataFrame:
    """Weighted log-odds ratio with a Dirichlet prior (Monroe, Colaresi and Quinn 2008, eqs. 16, 20, 22).

    ``counts_i`` and ``counts_j`` are term counts (Series or dict, term ->
    count) of two groups; ``prior`` is either one pseudo-count for every term
    (a uniform prior) or a per-term Series/dict ``alpha_w``.  Over the union
    of terms, with ``n`` the group totals and ``a0 = sum(alpha)``::

        delta = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a0 - y_j - a_w))
        var   ≈ 1 / (y_i + a_w) + 1 / (y_j + a_w)
        z     = delta / sqrt(var)

    Returns ``term, y_i, y_j, alpha, delta, variance, z``, sorted by ``z``
    (most typical of group j first, as in Jack Hessel's FightingWords).
    """
    ci = pd.Series(counts_i, dtype=float)
    cj = pd.Series(counts_j, dtype=float)
    vocab = ci.index.union(cj.index)
    if len(vocab) == 0:
        raise FramingError("log_odds_dirichlet: no terms to compare (both count tables are empty)")
    y_i = ci.reindex(vocab, fill_value=0.0)
    y_j = cj.reindex(vocab, fill_value=0.0)
    if (y_i < 0).any() or (y_j < 0).any():
        raise FramingError("log_odds_dirichlet: counts must not be negative")
    if isinstance(prior, (int, float, np.floating, np.integer)):
        alpha = pd.Series(float(prior), index=vocab)
    else:
        alpha = pd.Series(prior, dtype=float)
        lacking = vocab.difference(alpha.index)
        if len(lacking):
            raise FramingError(
                f"log_odds_dirichlet: the prior has no value for {len(lacking)} term(s), e.g. {lacking[0]!r}"
            )
        alpha = alpha.reindex(vocab)
    if (alpha <= 0).any() or alpha.isna().any():
        raise FramingError("log_odds_dirichlet: every prior pseudo-count must be positive")
    a0 = float(alpha.sum())
    n_i, n_j = float(y_i.sum()), float(y_j.sum())
    delta = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    z = delta / np.sqrt(variance)
    out = pd.DataFrame(
        {
            "term": vocab,
            "y_i": y_i.to_numpy(),
            "y_j": y_j.to_numpy(),
            "alpha": alpha.to_numpy(),
            "delta": delta.to_numpy(),
            "variance": variance.to_numpy(),
            "z": z.to_numpy(),
        }
    )
    return out.sort_values(["z", "term"], kind="stable").reset_index(drop=True)


def term_counts(
    articles: pd.DataFrame,
    ngrams: tuple[int, ...] = (1, 2),
    stopwords: frozenset[str] | None = None,
    kinds: tuple[str, ...] = ANALYSED_KINDS,
) -> pd.DataFrame:
    """Counts of words (``ngram`` 1, every word) and two-word phrases (``ngram`` 2) per outlet.

    Words come from :func:`content_sentences` (no datelines or labels), lower
    case, possessive 's removed; a phrase is two adjacent words of one sentence,
    neither a stopword nor a number.  Returns ``outlet, ngram, term, count``.
    """
    if not set(ngrams) <= {1, 2} or not ngrams:
        raise FramingError(f"ngrams must be a non-empty subset of (1, 2), got {ngrams!r}")
    stop = load_stopwords() if stopwords is None else frozenset(stopwords)
    sents = content_sentences(articles, kinds=kinds)
    counts: Counter = Counter()
    for outlet, text in zip(sents["outlet"], sents["text"]):
        toks = tokens(text)
        if 1 in ngrams:
            counts.update((outlet, 1, t[3]) for t in toks)
        if 2 in ngrams:
            for a, b in zip(toks, toks[1:]):
                if _phrase_word(a[2], stop) and _phrase_word(b[2], stop):
                    counts[(outlet, 2, f"{a[3]} {b[3]}")] += 1
    frame = pd.DataFrame([(*k, v) for k, v in counts.items()], columns=["outlet", "ngram", "term", "count"])
    return frame.sort_values(["outlet", "ngram", "count", "term"], ascending=[True, True, False, True]).reset_index(
        drop=True
    )


def _phrase_word(word: str, stop: frozenset[str]) -> bool:
    return not is_stopword(word, stop) and any(c.isalpha() for c in word)


def distinctive_terms(
    articles: pd.DataFrame,
    ngrams: tuple[int, ...] = (1, 2),
    background: pd.Series | dict | pd.DataFrame | None = None,
    alpha0: float | None = DEFAULT_ALPHA0,
    min_count: int = MIN_COUNT,
    stopwords: frozenset[str] | None = None,
) -> pd.DataFrame:
    """Each outlet's words and phrases against all other outlets pooled ("Fightin' Words").

    The informative Dirichlet prior is ``alpha_w = alpha0 * p_w``, with ``p_w``
    the term's share of the combined texts (default) or of a ``background``
    corpus: term -> count (Series/dict), or an articles table whose texts are
    counted.  Background rates are add-one smoothed over the union of terms so
    a term the background never saw keeps a positive prior.  ``alpha0=None``
    takes the prior counts as they are (``alpha_w`` = the term's count).

    Returns one row per outlet and term: ``outlet, ngram, term, count,
    count_others, rate, rate_others`` (per 1,000 words or phrases), ``alpha,
    log_odds, variance, z`` and ``too_few`` (the term occurs fewer than
    ``min_count`` times in all texts: its z-score says little).  Sorted by
    outlet, ngram and descending ``z``.
    """
    _check_articles(articles)
    outlets = _need_two(articles, "distinctive_terms")
    if alpha0 is not None and not (isinstance(alpha0, (int, float)) and alpha0 > 0):
        raise FramingError(f"alpha0 must be a positive number or None, got {alpha0!r}")
    counts = term_counts(articles, ngrams=ngrams, stopwords=stopwords)
    bg = _background_counts(background, ngrams, stopwords)
    frames = []
    for ngram in sorted(set(ngrams)):
        table = counts[counts["ngram"] == ngram].pivot_table(
            index="term", columns="outlet", values="count", aggfunc="sum", fill_value=0
        )
        table = table.reindex(columns=outlets, fill_value=0)
        if table.empty:
            continue
        total = table.sum(axis=1)
        if bg is None:
            rates = total / total.sum()
            base = total
        else:
            b = bg[bg["ngram"] == ngram].set_index("term")["count"] if not bg.empty else pd.Series(dtype=float)
            vocab = table.index.union(b.index)
            b = b.reindex(vocab, fill_value=0).astype(float)
            rates = ((b + 1) / (b.sum() + len(vocab))).reindex(table.index)
            base = b.reindex(table.index)
        alpha = rates * alpha0 if alpha0 is not None else base.astype(float).clip(lower=1e-9)
        for outlet in outlets:
            mine = table[outlet]
            others = total - mine
            scored = log_odds_dirichlet(mine, others, alpha)
            scored = scored.rename(columns={"y_i": "count", "y_j": "count_others", "delta": "log_odds"})
            scored.insert(0, "outlet", outlet)
            scored.insert(1, "ngram", ngram)
            scored["rate"] = 1000 * scored["count"] / max(mine.sum(), 1)
            scored["rate_others"] = 1000 * scored["count_others"] / max(others.sum(), 1)
            scored["too_few"] = (scored["count"] + scored["count_others"]) < min_count
            frames.append(scored)
    if not frames:
        raise FramingError("distinctive_terms: the articles have no words to compare")
    out = pd.concat(frames, ignore_index=True)
    out[["count", "count_others"]] = out[["count", "count_others"]].astype(int)
    columns = [
        "outlet",
        "ngram",
        "term",
        "count",
        "count_others",
        "rate",
        "rate_others",
        "alpha",
        "log_odds",
        "variance",
        "z",
        "too_few",
    ]
    out = out[columns].sort_values(["outlet", "ngram", "z", "term"], ascending=[True, True, False, True], kind="stable")
    return out.reset_index(drop=True)


def _background_counts(background, ngrams, stopwords) -> pd.DataFrame | None:
    if background is None:
        return None
    if isinstance(background, pd.DataFrame):
        if {"text", "outlet", "article_id", "title"} <= set(background.columns):
            counts = term_counts(background, ngrams=ngrams, stopwords=stopwords)
            return counts.groupby(["ngram", "term"], as_index=False)["count"].sum()
        if {"term", "count"} <= set(background.columns):
            frame = background.copy()
            if "ngram" not in frame:
                frame["ngram"] = frame["term"].astype(str).str.count(" ") + 1
            return frame[["ngram", "term", "count"]]
        raise FramingError(
            "background: pass an articles table, a (term, count[, ngram]) table, or a term -> count mapping"
        )
    series = pd.Series(background, dtype=float)
    if (series < 0).any():
        raise FramingError("background: counts must not be negative")
    frame = series.rename("count").rename_axis("term").reset_index()
    frame["ngram"] = frame["term"].astype(str).str.count(" ") + 1
    return frame[["ngram", "term", "count"]]


def top_terms(
    table: pd.DataFrame, n: int = 10, ngram: int | None = None, include_too_few: bool = True, content_only: bool = False
) -> pd.DataFrame:
    """The ``n`` terms with the highest positive z for each outlet (optionally of one ``ngram`` order).

    ``content_only`` leaves out stopwords ("with", "have"): they mark house
    style and syntax more than what the story is about.
    """
    _check_columns(table, {"outlet", "ngram", "term", "z", "too_few"}, "distinctive terms table")
    rows = table[table["z"] > 0]
    if content_only:
        stop = load_stopwords()
        rows = rows[~rows["term"].isin(stop)]
    if ngram is not None:
        rows = rows[rows["ngram"] == ngram]
    if not include_too_few:
        rows = rows[~rows["too_few"]]
    rows = rows.sort_values(["outlet", "z", "term"], ascending=[True, False, True], kind="stable")
    return rows.groupby("outlet", sort=True).head(n).reset_index(drop=True)


def term_evidence(articles: pd.DataFrame, term: str, outlet: str | None = None, limit: int = 3) -> pd.DataFrame:
    """Sentences where a term of :func:`distinctive_terms` occurs: ``article_id, outlet, start, end, text``."""
    parts = compile_pattern(" ".join("=" + w for w in term.split()), "term")
    sents = content_sentences(articles)
    if outlet is not None:
        sents = sents[sents["outlet"] == outlet]
    keep = []
    for row in sents.itertuples(index=False):
        if find_terms(tokens(row.text), {term: parts}):
            keep.append(row)
    frame = pd.DataFrame(keep, columns=sents.columns) if keep else sents.iloc[0:0]
    return (
        frame.groupby("outlet")
        .head(limit)[["article_id", "outlet", "sentence", "start", "end", "text"]]
        .reset_index(drop=True)
    )


def plot_distinctive_terms(table: pd.DataFrame, colors: dict[str, str], n: int = 10, content_only: bool = True):
    """Diverging bars of z-scores: two outlets face each other; three or more get a panel each.

    Terms flagged ``too_few`` are drawn pale and marked with a dagger;
    stopwords are left out unless ``content_only`` is False.
    """
    _check_columns(table, {"outlet", "term", "z", "too_few", "count", "count_others"}, "distinctive terms table")
    if content_only:
        table = table[~table["term"].isin(load_stopwords())]
    outlets = sorted(table["outlet"].unique())
    if len(outlets) == 2:
        left, right = outlets
        a = table[(table["outlet"] == right) & (table["z"] > 0)].nlargest(n, "z")
        b = table[(table["outlet"] == left) & (table["z"] > 0)].nlargest(n, "z")
        rows = pd.concat([a.assign(value=a["z"]), b.assign(value=-b["z"])]).sort_values("value")
        fig, ax = new_figure(figsize=(8, 1.2 + 0.26 * len(rows)))
        _diverging(ax, rows, colors)
        ax.set_xlabel(f"z-score: ← more typical of {left}    more typical of {right} →")
        lead = rows.loc[rows["value"].abs().idxmax()] if len(rows) else None
        title = "Distinctive words and phrases"
        if lead is not None:
            title += f": “{lead['term']}” most marks {lead['outlet']} (z = {lead['z']:.1f})"
        ax.set_title(title)
        fig.supxlabel(_TERMS_NOTE, fontsize=7, color="#555555")
        return fig
    fig, axes = new_figure(1, len(outlets), figsize=(3.4 * len(outlets), 1.2 + 0.26 * n), squeeze=False)
    for ax, outlet in zip(axes[0], outlets):
        rows = table[(table["outlet"] == outlet) & (table["z"] > 0)].nlargest(n, "z")
        _diverging(ax, rows.assign(value=rows["z"]).sort_values("value"), colors)
        ax.set_title(outlet, fontsize=10)
        ax.set_xlabel("z-score vs all other outlets")
    fig.suptitle("Distinctive words and phrases of each outlet against the others", x=0.0, ha="left", fontweight="bold")
    fig.supxlabel(_TERMS_NOTE, fontsize=7, color="#555555")
    return fig


_TERMS_NOTE = f"† used fewer than {MIN_COUNT} times in all texts; (n:m) = uses in this outlet : in the others"


def _diverging(ax, rows: pd.DataFrame, colors: dict[str, str]) -> None:
    y = np.arange(len(rows))
    shades = [colors[o] for o in rows["outlet"]]
    alphas = [0.35 if few else 0.9 for few in rows["too_few"]]
    for yi, (value, shade, alpha) in enumerate(zip(rows["value"], shades, alphas)):
        ax.barh(yi, value, color=shade, alpha=alpha, height=0.7)
    labels = [
        f"{t}{' †' if few else ''} ({c}:{o})"
        for t, few, c, o in zip(rows["term"], rows["too_few"], rows["count"], rows["count_others"])
    ]
    for yi, value, label in zip(y, rows["value"], labels):
        ax.text(value, yi, f" {label} ", va="center", ha="left" if value >= 0 else "right", fontsize=8)
    ax.axvline(0, color="#444444", lw=0.8)
    ax.set_yticks([])
    span = float(rows["value"].abs().max()) if len(rows) else 1.0
    ax.set_xlim(-span * 2.2 if (rows["value"] < 0).any() else 0, span * 2.2 if (rows["value"] > 0).any() else 0.1)


# =========================================================================== 2. frames


def tag_frames(sents: pd.DataFrame, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tag each sentence with every frame whose terms it contains, one row per match.

    ``sents`` needs ``article_id, outlet, sentence, start, text`` (e.g. from
    :func:`content_sentences`).  Returns ``article_id, outlet, sentence, frame,
    label, term, matched, start, end``: ``term`` is the lexicon pattern,
    ``matched`` the words as written, ``start, end`` their offsets in the
    article (``article_text[start:end] == matched``).  Within a frame a match
    inside a longer match of the same frame is dropped, so "national security
    adviser" is one security match, not two.
    """
    _check_columns(sents, {"article_id", "outlet", "sentence", "start", "text"}, "sentences table")
    lexicon = load_frames() if lexicon is None else lexicon
    _check_columns(lexicon, {"frame", "label", "term"}, "frame lexicon")
    patterns = {}
    for row in lexicon.itertuples(index=False):
        patterns[(row.frame, row.term)] = compile_pattern(row.term, f"frame {row.frame!r}")
    labels = dict(zip(lexicon["frame"], lexicon["label"]))
    index = _pattern_index(tuple(patterns.items()))
    rows = []
    for sent in sents.itertuples(index=False):
        toks = tokens(sent.text)
        by_frame: dict[str, list] = {}
        for (frame, term), i, j in find_terms(toks, index):  # one pass over the sentence for all frames
            by_frame.setdefault(frame, []).append((term, i, j))
        for frame, hits in by_frame.items():
            hits = [
                h
                for h in hits
                if not any(o is not h and o[1] <= h[1] and h[2] <= o[2] and (o[2] - o[1]) > (h[2] - h[1]) for o in hits)
            ]
            seen = set()
            for term, i, j in sorted(hits, key=lambda h: (h[1], -h[2])):
                if (i, j) in seen:  # two patterns on the same words: keep the first
                    continue
                seen.add((i, j))
                s, e = toks[i][0], toks[j - 1][1]
                rows.append(
                    (
                        sent.article_id,
                        sent.outlet,
                        sent.sentence,
                        frame,
                        labels[frame],
                        term,
                        sent.text[s:e],
                        sent.start + s,
                        sent.start + e,
                    )
                )
    columns = ["article_id", "outlet", "sentence", "frame", "label", "term", "matched", "start", "end"]
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["article_id", "sentence", "start", "frame"], kind="stable").reset_index(drop=True)


def frame_shares(
    sents: pd.DataFrame, tags: pd.DataFrame, lexicon: pd.DataFrame | None = None, min_count: int = MIN_COUNT
) -> pd.DataFrame:
    """Per outlet and frame: the share of sentences tagged, with a bootstrap interval over sentences.

    Returns ``outlet, frame, label, n_sentences, n_tagged, share, ci_low,
    ci_high, too_few`` (fewer than ``min_count`` tagged sentences) and
    ``terms``: the matched terms with their counts, most frequent first.
    Every frame of the lexicon appears for every outlet, also at zero.
    """
    _check_columns(sents, {"article_id", "outlet", "sentence"}, "sentences table")
    _check_columns(tags, {"article_id", "sentence", "frame", "matched"}, "frame tags")
    lexicon = load_frames() if lexicon is None else lexicon
    labels = dict(zip(lexicon["frame"], lexicon["label"]))
    rows = []
    for outlet, group in sents.groupby("outlet", sort=True):
        keys = list(zip(group["article_id"], group["sentence"]))
        mine = tags[tags["article_id"].isin(group["article_id"])]
        for frame in labels:
            hit = mine[mine["frame"] == frame]
            tagged = set(zip(hit["article_id"], hit["sentence"]))
            values = np.array([1.0 if k in tagged else 0.0 for k in keys])
            est, low, high = bootstrap_ci(values)
            terms = Counter(hit["matched"].str.lower())
            rows.append(
                (
                    outlet,
                    frame,
                    labels[frame],
                    len(keys),
                    int(values.sum()),
                    est,
                    low,
                    high,
                    int(values.sum()) < min_count,
                    ", ".join(f"{t} ({n})" for t, n in terms.most_common(6)),
                )
            )
    return pd.DataFrame(
        rows,
        columns=[
            "outlet",
            "frame",
            "label",
            "n_sentences",
            "n_tagged",
            "share",
            "ci_low",
            "ci_high",
            "too_few",
            "terms",
        ],
    )


def frame_differences(shares: pd.DataFrame) -> pd.DataFrame:
    """Per frame, the outlets with the highest and lowest share and the gap, largest gaps first.

    ``separated`` is True when the two intervals do not overlap (a rough
    check, not a test).
    """
    _check_columns(shares, {"outlet", "frame", "label", "share", "ci_low", "ci_high"}, "frame shares")
    rows = []
    for frame, group in shares.groupby("frame", sort=False):
        hi = group.loc[group["share"].idxmax()]
        lo = group.loc[group["share"].idxmin()]
        rows.append(
            (
                frame,
                hi["label"],
                hi["outlet"],
                hi["share"],
                lo["outlet"],
                lo["share"],
                hi["share"] - lo["share"],
                bool(hi["ci_low"] > lo["ci_high"]),
            )
        )
    out = pd.DataFrame(
        rows, columns=["frame", "label", "highest", "share_highest", "lowest", "share_lowest", "gap", "separated"]
    )
    return out.sort_values(["gap", "frame"], ascending=[False, True]).reset_index(drop=True)


def frame_evidence(sents: pd.DataFrame, tags: pd.DataFrame, frame: str, limit: int = 2) -> pd.DataFrame:
    """Sentences tagged with ``frame``, per outlet, with the words that matched (``matched``)."""
    hit = tags[tags["frame"] == frame]
    words = hit.groupby(["article_id", "sentence"])["matched"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    rows = sents.merge(words.rename("matched").reset_index(), on=["article_id", "sentence"])
    return (
        rows.groupby("outlet")
        .head(limit)[["outlet", "article_id", "sentence", "start", "end", "matched", "text"]]
        .reset_index(drop=True)
    )


def plot_frame_shares(shares: pd.DataFrame, colors: dict[str, str], frames: list[str] | None = None):
    """Dot-and-interval chart: share of sentences per frame, one colour per outlet."""
    _check_columns(shares, {"outlet", "frame", "label", "share", "ci_low", "ci_high", "too_few"}, "frame shares")
    if frames is not None:
        shares = shares[shares["frame"].isin(frames)]
    order = shares.groupby("label")["share"].max().sort_values().index.tolist()
    outlets = sorted(shares["outlet"].unique())
    fig, ax = new_figure(figsize=(8.5, 1.2 + 0.34 * len(order) * max(1, len(outlets) / 2)))
    step = 0.7 / max(len(outlets), 1)
    for k, outlet in enumerate(outlets):
        rows = shares[shares["outlet"] == outlet].set_index("label").reindex(order)
        y = np.arange(len(order)) + (k - (len(outlets) - 1) / 2) * step
        ax.hlines(y, rows["ci_low"], rows["ci_high"], color=colors[outlet], lw=2, alpha=0.6)
        ax.scatter(
            rows["share"],
            y,
            color=colors[outlet],
            s=28,
            zorder=3,
            label=outlet,
            facecolors=[("white" if few else colors[outlet]) for few in rows["too_few"]],
        )
    ax.set_yticks(np.arange(len(order)), order)
    ax.set_xlabel("Share of the outlet's sentences with the frame (95% bootstrap interval)")
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", color=colors[o], lw=2, label=o) for o in outlets]
    ax.legend(handles=handles, loc="lower right", fontsize=8)
    diffs = frame_differences(shares) if len(outlets) > 1 else None
    if diffs is not None and len(diffs):
        top = diffs.iloc[0]
        ax.set_title(
            f"{top['label']}: {top['share_highest']:.0%} of {top['highest']}'s sentences "
            f"vs {top['share_lowest']:.0%} of {top['lowest']}'s"
        )
    else:
        best = shares.loc[shares["share"].idxmax()]
        ax.set_title(f"Most frequent frame: {best['label']} ({best['share']:.0%} of sentences)")
    return fig


# =========================================================================== 3. source mix

QUOTE_COLUMNS = {"article_id", "outlet", "kind", "speaker", "speaker_kind", "side", "n_words"}
NO_SPEAKER = "(no speaker)"
UNKNOWN = "(unknown)"


def source_mix(quotes: pd.DataFrame, by: str = "side") -> pd.DataFrame:
    """Quoted and reported words per outlet by ``side`` (or ``speaker_kind``, or any quotes column).

    ``quotes`` follows the contract of :func:`helpers.quotes.extract_quotes`.
    Quoted words are those of ``direct``, ``partial`` and ``continuation``
    spans; reported words those of ``indirect`` ones.  Returns ``outlet, <by>,
    n_quotes, n_speakers, quoted_words, reported_words, words, share`` (of
    the outlet's attributed and quoted words) and ``speakers`` (names,
    most words first).  Spans without a speaker are kept as ``(no speaker)``,
    a speaker without a ``by`` value as ``(unknown)``, so nothing is lost silently.
    """
    _check_columns(quotes, QUOTE_COLUMNS | {by}, "quotes table")
    q = quotes.copy()
    q["speaker"] = q["speaker"].fillna("").astype(str)
    q[by] = q[by].fillna("").astype(str).replace("", UNKNOWN)
    q.loc[q["speaker"] == "", by] = NO_SPEAKER
    unknown = set(q["kind"]) - set(QUOTE_KINDS)
    if unknown:
        raise FramingError(
            f"quotes table: unknown kind(s) {', '.join(sorted(map(str, unknown)))}; "
            "expected direct, partial, continuation, indirect"
        )
    q["quoted_words"] = np.where(q["kind"].isin(QUOTED_KINDS), q["n_words"], 0)
    q["reported_words"] = np.where(q["kind"] == "indirect", q["n_words"], 0)
    rows = []
    for (outlet, group_value), group in q.groupby(["outlet", by], sort=True):
        speakers = group[group["speaker"] != ""].groupby("speaker")["n_words"].sum().sort_values(ascending=False)
        rows.append(
            (
                outlet,
                group_value,
                len(group),
                int(speakers.size),
                int(group["quoted_words"].sum()),
                int(group["reported_words"].sum()),
                ", ".join(speakers.index),
            )
        )
    out = pd.DataFrame(
        rows, columns=["outlet", by, "n_quotes", "n_speakers", "quoted_words", "reported_words", "speakers"]
    )
    out["words"] = out["quoted_words"] + out["reported_words"]
    totals = out.groupby("outlet")["words"].transform("sum")
    out["share"] = np.where(totals > 0, out["words"] / totals.where(totals > 0, 1), np.nan)
    return out[["outlet", by, "n_quotes", "n_speakers", "quoted_words", "reported_words", "words", "share", "speakers"]]


def voices(quotes: pd.DataFrame, kinds: tuple[str, ...] = QUOTED_KINDS) -> dict[str, list[str]]:
    """Outlet -> the sides whose words it puts in quotation marks (or other ``kinds``), sorted."""
    _check_columns(quotes, QUOTE_COLUMNS, "quotes table")
    q = quotes[quotes["kind"].isin(kinds) & (quotes["speaker"].fillna("") != "") & (quotes["side"].fillna("") != "")]
    found = {o: sorted(g["side"].unique()) for o, g in q.groupby("outlet")}
    return {o: found.get(o, []) for o in sorted(quotes["outlet"].unique())}


def plot_source_mix(by_side: pd.DataFrame, by_kind: pd.DataFrame, colors: dict[str, str] | None = None):
    """Two panels of stacked bars per outlet: words by side, and by named / anonymous / institution."""
    fig, axes = new_figure(1, 2, figsize=(10, 1.6 + 0.5 * by_side["outlet"].nunique()), sharey=True)
    kind_colors = {"named": "#332288", "anonymous": "#AA4499", "institution": "#88CCEE", NO_SPEAKER: "#CCCCCC"}
    side_colors = {**SIDE_COLORS, NO_SPEAKER: "#CCCCCC"}
    outlets = sorted(by_side["outlet"].unique())
    for ax, table, column, palette, title in (
        (axes[0], by_side, "side", side_colors, "Words quoted or reported, by side"),
        (axes[1], by_kind, "speaker_kind", kind_colors, "… by kind of source"),
    ):
        left = np.zeros(len(outlets))
        for value in [v for v in palette if v in set(table[column])] + sorted(set(table[column]) - set(palette)):
            shares = table[table[column] == value].set_index("outlet")["share"].reindex(outlets).fillna(0).to_numpy()
            ax.barh(
                range(len(outlets)), shares, left=left, color=palette.get(value, "#999999"), height=0.6, label=value
            )
            for i, (lo, s) in enumerate(zip(left, shares)):
                if s >= 0.08:
                    ax.text(lo + s / 2, i, f"{s:.0%}", ha="center", va="center", color="white", fontsize=8)
            left += shares
        ax.set_title(title, fontsize=10)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3, fontsize=8)
    axes[0].set_yticks(range(len(outlets)), outlets)
    axes[0].invert_yaxis()
    main = by_side[by_side["side"] != NO_SPEAKER].sort_values("share", ascending=False).groupby("outlet").head(1)
    parts = [f"{r.outlet}: {r.share:.0%} {r.side}" for r in main.itertuples()]
    fig.suptitle(
        "Whose words each outlet carries" + (f" ({'; '.join(parts)})" if parts else ""),
        x=0.0,
        ha="left",
        fontweight="bold",
    )
    return fig


# =========================================================================== 4. same fact, two framings


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    return frozenset(
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday".split()
    )


#: Attribution formulas recur in every news text whatever the fact: not evidence of the same fact.
ATTRIBUTION_WORDS = frozenset(
    "according official officials senior said says say told added adding spokesman spokeswoman "
    "spokesperson source sources statement".split()
)


def _content_keys(text: str, stop: frozenset[str]) -> list[str]:
    """Content words, crudely stemmed (plural -s dropped) so "envoy" meets "envoys"."""
    out = []
    for _, _, word, key in tokens(text):
        if is_stopword(word, stop) or not any(c.isalpha() for c in key) or key in ATTRIBUTION_WORDS:
            continue
        key = {"u.s": "us", "u.s.": "us"}.get(key, key)
        if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
            key = key[:-1]
        out.append(key)
    return out


def _entity_keys(text: str, stop: frozenset[str]) -> set[str]:
    """Names, places, dates: capitalised words that are not function words, plus month and day names."""
    found = set()
    for _, _, word, key in tokens(text):
        if key in _month_words():
            found.add(key)
        elif word[:1].isupper() and not is_stopword(word, stop) and key not in ATTRIBUTION_WORDS:
            found.add({"u.s": "us", "u.s.": "us"}.get(key, key))
    return found


def _alignment_features(text: str, stop: frozenset[str]) -> list[str]:
    """Content words, adjacent content-word pairs ("climate_envoy") and names ("E:xinjiang")."""
    keys = _content_keys(text, stop)
    return keys + [f"{a}_{b}" for a, b in zip(keys, keys[1:])] + [f"E:{e}" for e in sorted(_entity_keys(text, stop))]


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
    is the TF-IDF cosine (scikit-learn, sublinear tf, idf fitted on all loaded
    sentences) of three kinds of features: content words (stopwords and
    attribution words such as "said", "official" left out, plural -s dropped),
    adjacent content-word pairs ("climate envoy", "last week") and capitalised
    names, places and months.  A pair is kept when its score reaches
    ``threshold`` and the two sentences share at least ``min_shared`` specific
    words or phrases: words found in at most ``specific_share`` of all sentences (at
    least 2), so "Biden" and "China" alone do not make two sentences the same fact.

    Returns ``outlet_a, article_id_a, sentence_a, start_a, end_a, text_a``, the
    same for ``_b``, ``score``, ``shared`` (specific words in common, rarest
    first), ``n_shared`` (those words counted as units: a shared name or phrase
    such as "white house" counts once) and ``direction`` (``a→b``, ``b→a`` or ``both``),
    best pairs first.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    _check_articles(articles)
    outlets = _need_two(articles, "align_sentences")
    stop = load_stopwords()
    sents = content_sentences(articles, kinds=kinds)
    sents = sents[sents["n_words"] >= 4].reset_index(drop=True)
    columns = [
        "outlet_a",
        "article_id_a",
        "sentence_a",
        "start_a",
        "end_a",
        "text_a",
        "outlet_b",
        "article_id_b",
        "sentence_b",
        "start_b",
        "end_b",
        "text_b",
        "score",
        "shared",
        "n_shared",
        "direction",
    ]
    if len(sents) < 2:
        return pd.DataFrame(columns=columns)
    features = [_alignment_features(t, stop) for t in sents["text"]]
    vectorizer = TfidfVectorizer(analyzer=lambda doc: doc, sublinear_tf=True)
    matrix = vectorizer.fit_transform(features)
    score = (matrix @ matrix.T).toarray()
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
        if score[i, j] < threshold or _n_units(shared, set(features[i]) & set(features[j])) < min_shared:
            continue
        a, b = sents.iloc[i], sents.iloc[j]
        records.append(
            (
                a["outlet"],
                a["article_id"],
                int(a["sentence"]),
                int(a["start"]),
                int(a["end"]),
                a["text"],
                b["outlet"],
                b["article_id"],
                int(b["sentence"]),
                int(b["start"]),
                int(b["end"]),
                b["text"],
                float(score[i, j]),
                ", ".join(shared),
                _n_units(shared, set(features[i]) & set(features[j])),
                "both" if len(directions) == 2 else next(iter(directions)),
            )
        )
    out = pd.DataFrame(records, columns=columns)
    return out.sort_values(["score", "article_id_a", "sentence_a"], ascending=[False, True, True]).reset_index(
        drop=True
    )


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


def evaluative_words(text: str, loaded: pd.DataFrame | None = None) -> dict[str, list[str]]:
    """The words that carry judgement in ``text``: TextBlob's scored words and the loaded terms.

    Returns ``{"textblob": ["botched (-0.2)", ...], "loaded": ["hectored", ...]}``;
    TextBlob words with polarity 0 (only subjectivity) are listed without a sign.
    """
    from textblob import TextBlob

    assessed = []
    for words, polarity, subjectivity, _ in TextBlob(text).sentiment_assessments.assessments:
        if polarity == 0 and subjectivity < 0.2:
            continue  # "chinese", "public": descriptive words the lexicon scores as neutral
        assessed.append(f"{' '.join(words)} ({polarity:+.1f})" if polarity else " ".join(words))
    patterns = (
        _loaded_patterns()
        if loaded is None
        else {row.pattern: compile_pattern(row.pattern, "loaded term") for row in loaded.itertuples(index=False)}
    )
    toks = tokens(text)
    hits = find_terms(toks, patterns)
    hits = [
        h
        for h in hits
        if not any(o is not h and o[1] <= h[1] and h[2] <= o[2] and (o[2] - o[1]) > (h[2] - h[1]) for o in hits)
    ]
    found = list(dict.fromkeys(text[toks[i][0] : toks[j - 1][1]] for _, i, j in sorted(hits, key=lambda h: h[1])))
    return {"textblob": assessed, "loaded": found}


@lru_cache(maxsize=1)
def _loaded_patterns() -> dict[str, tuple[_Part, ...]]:
    return {
        row.pattern: compile_pattern(row.pattern, "loaded term") for row in load_loaded_terms().itertuples(index=False)
    }


def side_by_side(pairs: pd.DataFrame, loaded: pd.DataFrame | None = None) -> pd.DataFrame:
    """The aligned pairs with each sentence's evaluative words, ready to read.

    Adds ``loaded_a, textblob_a, loaded_b, textblob_b`` (comma-joined words)
    to the pairs of :func:`align_sentences`.
    """
    _check_columns(pairs, {"text_a", "text_b", "outlet_a", "outlet_b", "score"}, "aligned pairs")
    out = pairs.copy()
    for side in ("a", "b"):
        found = [evaluative_words(t, loaded) for t in out[f"text_{side}"]]
        out[f"loaded_{side}"] = [", ".join(f["loaded"]) for f in found]
        out[f"textblob_{side}"] = [", ".join(f["textblob"]) for f in found]
    return out


def plot_aligned_pairs(table: pd.DataFrame, n: int = 6, width: int = 64):
    """The best aligned pairs as a two-column text figure, loaded terms listed under each sentence."""
    _check_columns(
        table, {"outlet_a", "outlet_b", "text_a", "text_b", "score", "loaded_a", "loaded_b"}, "side-by-side table"
    )
    rows = table.head(n)
    several = rows[["outlet_a", "outlet_b"]].drop_duplicates().shape[0] > 1
    cells = []
    for r in rows.itertuples(index=False):
        pair = []
        for outlet, text, loaded in ((r.outlet_a, r.text_a, r.loaded_a), (r.outlet_b, r.text_b, r.loaded_b)):
            body = textwrap.fill((f"[{outlet}] " if several else "") + text, width)
            pair.append(body + (f"\nloaded: {loaded}" if loaded else ""))
        cells.append((*pair, r.score))
    heights = [max(a.count("\n"), b.count("\n")) + 1.8 for a, b, _ in cells] or [2]
    total = sum(heights) + 1.5
    fig, ax = new_figure(figsize=(11, 0.9 + 0.15 * total))
    ax.axis("off")
    ax.set_xlim(0, 1)
    ax.set_ylim(total, 0)
    if len(rows) and not several:
        ax.text(0.0, 0.2, rows["outlet_a"].iloc[0], fontweight="bold", va="top", fontsize=9)
        ax.text(0.5, 0.2, rows["outlet_b"].iloc[0], fontweight="bold", va="top", fontsize=9)
    y = 1.5
    for (a, b, score), h in zip(cells, heights):
        ax.text(0.0, y, a, va="top", fontsize=7.5, linespacing=1.25)
        ax.text(0.5, y, b, va="top", fontsize=7.5, linespacing=1.25)
        ax.text(1.0, y, f"{score:.2f}", va="top", ha="right", fontsize=7, color="#777777")
        ax.axhline(y - 0.35, color="#DDDDDD", lw=0.6)
        y += h
    n_loaded = int((rows["loaded_a"] != "").sum() + (rows["loaded_b"] != "").sum()) if len(rows) else 0
    ax.set_title(
        f"The same facts, told twice: {len(rows)} aligned pairs, "
        f"{n_loaded} of {2 * len(rows)} sentences use loaded terms",
        loc="left",
    )
    return fig


# =========================================================================== 5. headline and lede

_TITLE_WORDS = frozenset(
    "president presidents mr mrs ms dr premier chairman secretary general leader leaders vice vice-president "
    "prime minister "
    "former chinese china's us u.s u.s. american russian state foreign top senator governor then-president then-vice "
    "party communist supreme paramount adviser advisor envoy spokesman spokeswoman chief director ambassador".split()
)
_NAME_BREAK = re.compile(r"[,;:()\[\]—–]")
_HEAD_TITLES = frozenset(
    "minister secretary adviser advisor envoy spokesman spokeswoman chief director ambassador".split()
)
_ADVERBS = frozenset("long also still already now just then again even only soon once jointly".split())
_AUXILIARIES = frozenset(
    "has have had is are was were will would can could may might must shall should did does do be been being".split()
)


_LEADING_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([^)\n]{1,40}\))?\s*(?::|—|–|--|-)\s+"
)
_ATTRIBUTIVE = re.compile(r"\s+(?:administration|officials?|aides?|team|government|era|White House)\b")
#: Role nouns that complete an actor named by a capitalised word: "Trade ministers", "Chinese diplomats".
_ROLE_NOUNS = re.compile(
    r"\s+(?:ministers?|leaders?|diplomats?|envoys?|negotiators?|spokes(?:man|woman|person)|"
    r"lawmakers?|authorities|forces|media|experts?|analysts?)\b"
)


def _capitalised_run(text: str, start: int, end: int | None, stop: frozenset[str]) -> tuple[int, int] | None:
    """The first run of capitalised words (a name, a place, an institution), leading function words skipped."""
    run: list[tuple[int, int, str, str]] = []
    for t in tokens(text, start, end):
        word = t[2]
        capital = word[:1].isupper() or word[:1].isdigit() and bool(run)
        if capital and not (not run and word.lower() in stop):
            if run and _NAME_BREAK.search(text[run[-1][1] : t[0]]):
                break
            run.append(t)
        elif run:
            break
    return (run[0][0], run[-1][1]) if run else None


def first_actor(
    text: str, start: int = 0, end: int | None = None, names: list | dict | None = None
) -> tuple[str, int, int]:
    """The first actor named in ``text[start:end]``: a known leader (with title) or a run of capitalised words.

    A leader mention wins over the capitalised run it falls in ("Inside Biden’s
    call" -> "Biden"); a second actor joined by "and" or a comma is added
    ("Biden and Xi"), and so is an attributive noun ("Biden administration").
    Returns ``(actor, start, end)`` with offsets into ``text``; ``("", -1, -1)`` if none.
    """
    end = len(text) if end is None else end
    dateline = _LEADING_DATELINE.match(text, start, end)
    if dateline:  # "KESSEL (Northern Wire) - ": a place line, not an actor
        start = dateline.end()
    stop = load_stopwords()
    leaders = _check_leaders(names) if names is not None else load_leaders()
    mentions = leader_mentions_in(text, leaders, start, end)
    run = _capitalised_run(text, start, end, stop)
    if mentions and (run is None or mentions[0][2] < run[1]):
        s, e = mentions[0][2], mentions[0][3]
    elif run is not None:
        s, e = run
    else:
        return ("", -1, -1)
    # a second actor: "Biden and Xi", "Biden, Xi", "U.S. President Joe Biden and Chinese leader Xi Jinping"
    joiner = re.match(r"\s+and\s+|,\s*(?:and\s+)?", text[e:end])
    if joiner:
        at = e + joiner.end()
        nxt = [m for m in mentions if m[2] == at]
        if nxt:
            e = nxt[0][3]
        else:
            more = _capitalised_run(text, at, min(end, at + 40), stop)
            if more and more[0] == at:
                e = more[1]
    tail = _ATTRIBUTIVE.match(text, e, end) or _ROLE_NOUNS.match(text, e, end)
    if tail:
        e = tail.end()
    actor = text[s:e]
    return (actor, s, e)


def main_verb(text: str, after: int, end: int | None = None) -> tuple[str, int, int]:
    """The verb right after the actor, with its auxiliaries ("has held"), adverbs skipped.

    A pattern, not a parser (no tagger is available offline): ``("", -1, -1)``
    when the actor is a possessive ("Biden’s call"), is followed by
    punctuation (an appositive), or the next words are not verb-like.
    """
    if after < 0:
        return ("", -1, -1)
    end = len(text) if end is None else end
    if re.match(r"[’']s\b", text[after:end]):
        return ("", -1, -1)
    stop = load_stopwords()
    toks = tokens(text, after, end)[:6]
    if not toks or text[after : toks[0][0]].strip():
        return ("", -1, -1)
    first = None
    for s, e, word, _ in toks:
        low = word.lower()
        if low in _AUXILIARIES or low in ("not", "never"):
            first = s if first is None else first
            continue
        if low in _ADVERBS or (low.endswith("ly") and len(low) > 4):  # "has long preached", "emphatically rejected"
            continue
        if word[:1].isupper() or low in stop or not word.isalpha():
            break
        return (text[first if first is not None else s : e], first if first is not None else s, e)
    if first is not None:  # an auxiliary used as the verb: "Biden is in Rome"
        aux_end = next(e for s, e, *_ in toks if s == first)
        return (text[first:aux_end], first, aux_end)
    return ("", -1, -1)


def headline_lede(
    articles: pd.DataFrame, lexicon: pd.DataFrame | None = None, names: list[dict] | None = None
) -> pd.DataFrame:
    """What each article puts first: its headline and its lede (first body sentence).

    Returns one row per article and part (``headline``, ``lede``):
    ``article_id, outlet, part, start, end, text, first_actor, actor_start,
    actor_end, main_verb, verb_start, verb_end, frames`` (frame labels in
    the order their first word appears).
    """
    _check_articles(articles)
    paras = paragraphs(articles)
    sents = content_sentences(articles)
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = []
    for art in articles.itertuples(index=False):
        mine = paras[paras["article_id"] == art.article_id]
        head = mine[mine["kind"] == "headline"]
        body = sents[(sents["article_id"] == art.article_id) & (sents["kind"] == "body")]
        parts = []
        if len(head):
            h = head.iloc[0]
            parts.append(("headline", int(h["start"]), int(h["end"])))
        if len(body):
            b = body.iloc[0]
            parts.append(("lede", int(b["start"]), int(b["end"])))
        for part, s, e in parts:
            text = texts[art.article_id]
            actor, a_s, a_e = first_actor(text, s, e, names)
            verb, v_s, v_e = main_verb(text, a_e, e) if actor else ("", -1, -1)
            rows.append(
                {
                    "article_id": art.article_id,
                    "outlet": art.outlet,
                    "part": part,
                    "sentence": -1,
                    "start": s,
                    "end": e,
                    "text": text[s:e],
                    "first_actor": actor,
                    "actor_start": a_s,
                    "actor_end": a_e,
                    "main_verb": verb,
                    "verb_start": v_s,
                    "verb_end": v_e,
                }
            )
    table = pd.DataFrame(rows)
    if table.empty:
        return table
    table["sentence"] = range(len(table))  # a key for tag_frames
    tags = tag_frames(table, lexicon)
    labels = tags.sort_values("start").groupby("sentence")["label"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    table["frames"] = table["sentence"].map(labels).fillna("")
    return table.drop(columns="sentence")


# --------------------------------------------------------------------------- leader naming


def _leader_regex(leader: dict) -> re.Pattern:
    sur = re.escape(leader["surname"])
    given = sorted(leader["given"], key=len, reverse=True)
    g = "|".join(re.escape(x) for x in given)
    if not given:
        core = sur
    elif leader["family_name_first"]:
        core = rf"{sur}(?:\s+(?:{g}))?"
    else:
        core = rf"(?:(?:{g})\s+)?{sur}"
    return re.compile(rf"(?<![\w-])(?P<name>{core})(?P<poss>[’']s)?(?![\w-])")


def leader_mentions_in(
    text: str, leaders: list[dict], start: int = 0, end: int | None = None
) -> list[tuple[str, str, int, int, int, int]]:
    """``(leader, form, start, end, name_start, name_end)`` for each leader mention in ``text[start:end]``, in order.

    ``form`` is the title words before the name as written ("Chinese leader",
    "President", "Mr") plus the name as written, without a possessive.
    """
    end = len(text) if end is None else end
    found = []
    for leader in leaders:
        for m in _leader_regex(leader).finditer(text, start, end):
            ns, ne = m.span("name")
            ts = _title_start(text, ns, start)
            found.append((leader["name"], re.sub(r"\s+", " ", text[ts:ne]), ts, ne, ns, ne))
    return sorted(found, key=lambda f: f[2])


def _title_start(text: str, name_start: int, floor: int) -> int:
    """Walk back over title words ("former President", "Chinese leader", "Mr") before a name.

    Before a head title (minister, secretary, adviser, envoy …) up to two
    lower-case modifiers are taken too: "trade minister", "national security adviser".
    """
    pos = name_start
    base = max(floor, name_start - 60)
    words = list(re.finditer(r"[\w.’'-]+", text[base:name_start]))
    stop = load_stopwords()
    modifiers = 0
    head = False
    for m in reversed(words):
        if text[base + m.end() : pos].strip():  # punctuation between: the title has ended
            break
        word = m.group()
        low = word.lower().rstrip(".")
        if low in _TITLE_WORDS:
            head = head or low in _HEAD_TITLES
        elif head and modifiers < 2 and word.islower() and low not in stop:
            modifiers += 1
        else:
            break
        pos = base + m.start()
    return pos


def leader_mentions(
    articles: pd.DataFrame, names: list | dict | None = None, quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every mention of a leader: ``article_id, outlet, leader, form, title, usage, in_quote, start, end, text``.

    ``usage`` is ``name`` (the leader as a person), ``possessive`` ("Biden’s
    aides") or ``attributive`` ("the Biden administration", "Biden officials");
    ``in_quote`` marks a mention inside someone else's quoted words (from
    ``quotes`` when given, else between quotation marks): the speaker's
    naming, not the outlet's.  Offsets span title and name (``text == article[start:end]``).
    """
    _check_articles(articles)
    leaders = _check_leaders(names) if names is not None else load_leaders()
    spans = quote_spans(articles, quotes)
    sents = content_sentences(articles)
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = []
    for sent in sents.itertuples(index=False):
        text = texts[sent.article_id]
        quoted = spans[spans["article_id"] == sent.article_id]
        for leader, form, s, e, ns, ne in leader_mentions_in(text, leaders, sent.start, sent.end):
            if re.match(r"[’']s\b", text[ne : ne + 3]):
                usage = "possessive"
            elif _ATTRIBUTIVE.match(text, ne):
                usage = "attributive"
            else:
                usage = "name"
            in_quote = bool(((quoted["start"] <= ns) & (quoted["end"] >= ne)).any())
            rows.append(
                (sent.article_id, sent.outlet, leader, form, text[s:ns].strip(), usage, in_quote, s, e, text[s:e])
            )
    columns = ["article_id", "outlet", "leader", "form", "title", "usage", "in_quote", "start", "end", "text"]
    return pd.DataFrame(rows, columns=columns)


def leader_naming(
    articles: pd.DataFrame,
    names: list | dict | None = None,
    usage: tuple[str, ...] = ("name", "possessive"),
    quotes: pd.DataFrame | None = None,
    include_quoted: bool = False,
) -> pd.DataFrame:
    """How each outlet names each leader: ``outlet, leader, form, n, share, first_at, example``.

    ``share`` is of the outlet's mentions of that leader; ``first_at`` the
    offset of the form's first use and ``example`` its sentence.  ``names``: a
    list of leaders (dicts with ``name, surname, given``), a list of full names
    ("Joe Biden" -> surname Biden; give a dict for family-name-first names such
    as Xi Jinping), or ``None`` for ``helpers/data/leaders.yaml``.  Attributive
    uses ("the Biden administration") and mentions inside quotes are left out
    by default: they are not the outlet naming the person.
    """
    mentions = leader_mentions(articles, names, quotes)
    mentions = mentions[mentions["usage"].isin(usage)]
    if not include_quoted:
        mentions = mentions[~mentions["in_quote"]]
    columns = ["outlet", "leader", "form", "n", "share", "first_at", "example"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    counts = mentions.groupby(["outlet", "leader", "form"]).size().rename("n").reset_index()
    counts["share"] = counts["n"] / counts.groupby(["outlet", "leader"])["n"].transform("sum")
    first = mentions.sort_values("start").groupby(["outlet", "leader", "form"]).head(1)
    sents = content_sentences(articles)
    example = []
    for row in first.itertuples(index=False):
        hit = sents[(sents["article_id"] == row.article_id) & (sents["start"] <= row.start) & (sents["end"] >= row.end)]
        example.append(hit["text"].iloc[0] if len(hit) else row.text)
    first = first.assign(first_at=first["start"], example=example)[["outlet", "leader", "form", "first_at", "example"]]
    counts = counts.merge(first, on=["outlet", "leader", "form"])
    counts = counts.sort_values(["leader", "outlet", "n", "first_at"], ascending=[True, True, False, True])
    return counts[columns].reset_index(drop=True)


# =========================================================================== 6. narrator tone

_QUOTE_SPAN = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")


def quote_spans(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The spans of other people's words: ``article_id, start, end``.

    From the quotes table (direct, partial, continuation) when given; otherwise
    the text between quotation marks (“…” or "…", within a paragraph; an
    unclosed mark runs to the paragraph's end, as news style continues quotes).
    """
    if quotes is not None:
        _check_columns(quotes, {"article_id", "start", "end", "kind"}, "quotes table")
        q = quotes[quotes["kind"].isin(QUOTED_KINDS)]
        return q[["article_id", "start", "end"]].astype({"start": int, "end": int}).reset_index(drop=True)
    rows = []
    for para in paragraphs(articles).itertuples(index=False):
        for m in _QUOTE_SPAN.finditer(para.text):
            rows.append((para.article_id, para.start + m.start(), para.start + m.end()))
    return pd.DataFrame(rows, columns=["article_id", "start", "end"])


def narrator_sentences(
    articles: pd.DataFrame, quotes: pd.DataFrame | None = None, min_words: int = MIN_NARRATOR_WORDS
) -> pd.DataFrame:
    """The writer's own words in each body sentence, quotes blanked out, scored by TextBlob.

    Returns ``article_id, outlet, sentence, start, end, text, narrator_text``
    (quoted spans replaced by "…"), ``n_words`` (narrator words), ``polarity,
    subjectivity, evaluative`` (TextBlob's scored words) and ``loaded``;
    sentences with fewer than ``min_words`` narrator words are dropped.
    """
    _check_articles(articles)
    spans = quote_spans(articles, quotes)
    sents = content_sentences(articles, kinds=BODY_KINDS)
    rows = []
    for sent in sents.itertuples(index=False):
        inside = spans[
            (spans["article_id"] == sent.article_id) & (spans["start"] < sent.end) & (spans["end"] > sent.start)
        ]
        chars = list(sent.text)
        for s, e in zip(inside["start"], inside["end"]):
            for k in range(max(s, sent.start) - sent.start, min(e, sent.end) - sent.start):
                chars[k] = "\0"
        narrator = re.sub(r"\0+", " … ", "".join(chars))
        narrator = re.sub(r"[“”\"]", "", narrator)
        narrator = re.sub(r"\s+", " ", narrator).strip()
        n_words = sum(1 for _ in word_spans(narrator))
        if n_words < min_words:
            continue
        found = evaluative_words(narrator)
        from textblob import TextBlob

        blob = TextBlob(narrator).sentiment
        rows.append(
            (
                sent.article_id,
                sent.outlet,
                sent.sentence,
                sent.start,
                sent.end,
                sent.text,
                narrator,
                n_words,
                float(blob.polarity),
                float(blob.subjectivity),
                ", ".join(found["textblob"]),
                ", ".join(found["loaded"]),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "article_id",
            "outlet",
            "sentence",
            "start",
            "end",
            "text",
            "narrator_text",
            "n_words",
            "polarity",
            "subjectivity",
            "evaluative",
            "loaded",
        ],
    )


def narrator_tone(narr: pd.DataFrame, min_count: int = MIN_COUNT) -> pd.DataFrame:
    """Per outlet and measure (polarity, subjectivity, loaded terms per sentence): mean with bootstrap interval.

    Returns ``outlet, measure, n, mean, ci_low, ci_high, too_few``.
    """
    _check_columns(narr, {"outlet", "polarity", "subjectivity", "loaded"}, "narrator sentences")
    frame = narr.assign(loaded_terms=narr["loaded"].map(lambda s: len([x for x in s.split(", ") if x])))
    parts = []
    for measure in ("polarity", "subjectivity", "loaded_terms"):
        table = summarise(frame, by="outlet", value=measure, min_count=min_count)
        table.insert(1, "measure", measure)
        parts.append(table)
    return pd.concat(parts, ignore_index=True)


def plot_narrator_tone(tone: pd.DataFrame, colors: dict[str, str]):
    """Polarity and subjectivity of the narrator's sentences per outlet, means with 95% intervals."""
    _check_columns(tone, {"outlet", "measure", "mean", "ci_low", "ci_high"}, "narrator tone")
    measures = [
        ("polarity", "Polarity (−1 negative … +1 positive)"),
        ("subjectivity", "Subjectivity (0 factual … 1 opinion)"),
        ("loaded_terms", "Loaded terms per sentence"),
    ]
    outlets = sorted(tone["outlet"].unique())
    fig, axes = new_figure(1, 3, figsize=(11, 1.4 + 0.45 * len(outlets)), sharey=True)
    for ax, (measure, title) in zip(axes, measures):
        rows = tone[tone["measure"] == measure].set_index("outlet").reindex(outlets)
        for i, outlet in enumerate(outlets):
            r = rows.loc[outlet]
            ax.hlines(i, r["ci_low"], r["ci_high"], color=colors[outlet], lw=2.5, alpha=0.6)
            ax.scatter([r["mean"]], [i], color=colors[outlet], s=36, zorder=3)
            ax.text(r["mean"], i - 0.22, f"{r['mean']:.2f}", ha="center", fontsize=8)
        ax.set_title(title, fontsize=9)
        if measure == "polarity":
            ax.axvline(0, color="#888888", lw=0.8)
    axes[0].set_yticks(range(len(outlets)), outlets)
    axes[0].set_ylim(len(outlets) - 0.5, -0.7)
    pol = tone[tone["measure"] == "subjectivity"].set_index("outlet")["mean"]
    fig.suptitle(
        f"The writers' own sentences: subjectivity from {pol.min():.2f} ({pol.idxmin()}) "
        f"to {pol.max():.2f} ({pol.idxmax()})"
        if len(pol) > 1
        else f"The writer's own sentences: subjectivity {pol.iloc[0]:.2f}",
        x=0.0,
        ha="left",
        fontweight="bold",
    )
    return fig


# =========================================================================== what the counts can support


def sample_sizes(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per outlet: articles, sentences, words, and (given quotes) quotes and speakers: what every estimate rests on."""
    _check_articles(articles)
    sents = content_sentences(articles)
    table = articles.groupby("outlet").size().rename("articles").to_frame()
    table["sentences"] = sents.groupby("outlet").size()
    table["words"] = sents.groupby("outlet")["n_words"].sum()
    if quotes is not None:
        _check_columns(quotes, QUOTE_COLUMNS, "quotes table")
        table["quotes"] = quotes.groupby("outlet").size()
        table["speakers"] = quotes[quotes["speaker"] != ""].groupby("outlet")["speaker"].nunique()
    return table.fillna(0).astype(int).reset_index()


def smallest_detectable_gap(n_a: int, n_b: int, p: float = 0.2) -> float:
    """Roughly the smallest difference in a share (around ``p``) that two samples of n_a and n_b sentences can show.

    Two standard errors of a difference of proportions, 2·sqrt(p(1−p)(1/n_a + 1/n_b)):
    the order of magnitude of a gap that would not be noise.
    """
    if n_a <= 0 or n_b <= 0:
        return math.nan
    return 2 * math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))


# =========================================================================== one-line findings, computed


def _pct(x: float) -> str:
    return f"{x:.0%}"


def finding_distinctive(table: pd.DataFrame) -> str:
    """The most distinctive word or phrase of each outlet that is not flagged ``too_few``."""
    solid = top_terms(table, n=1, include_too_few=False, content_only=True)
    if solid.empty:
        return "No word or phrase is frequent enough in these texts to single out an outlet."
    parts = [
        f"“{r.term}” for {r.outlet} ({r.count} vs {r.count_others} uses, z = {r.z:.1f})" for r in solid.itertuples()
    ]
    n_few = int(table.loc[table["z"] > 0, "too_few"].mean() * 100) if (table["z"] > 0).any() else 0
    strong = int((solid["z"] >= 1.96).sum())
    bar = (
        f"{strong} of them reach{'es' if strong == 1 else ''} z ≥ 1.96"
        if strong
        else "none of them reaches z ≥ 1.96, so no word clearly marks an outlet"
    )
    return (
        f"The most distinctive frequent terms are {'; '.join(parts)}; {bar}. "
        f"{n_few}% of the terms leaning to an outlet occur fewer than {MIN_COUNT} times in all texts: "
        "most differences rest on a handful of uses."
    )


def finding_frames(shares: pd.DataFrame) -> str:
    """The frame with the largest gap between outlets, and whether the intervals separate."""
    if shares["outlet"].nunique() < 2:
        best = shares.loc[shares["share"].idxmax()]
        return (
            f"{best['outlet']}'s most frequent frame is {best['label']} "
            f"({_pct(best['share'])} of {best['n_sentences']} sentences)."
        )
    top = frame_differences(shares).iloc[0]
    n_sep = int(frame_differences(shares)["separated"].sum())
    return (
        f"The largest gap is in {top['label']}: {_pct(top['share_highest'])} of {top['highest']}'s sentences "
        f"against {_pct(top['share_lowest'])} of {top['lowest']}'s; "
        + ("its intervals overlap" if not top["separated"] else "its intervals do not overlap")
        + f", and {n_sep} of {shares['frame'].nunique()} frames separate the outlets beyond their intervals."
    )


def finding_sources(by_side: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """Which sides each outlet quotes, and its leading side by words."""
    if by_side.empty:
        return "No quotes or reported speech were found."
    sides = voices(quotes)
    parts = []
    for outlet, group in by_side[by_side["side"] != NO_SPEAKER].groupby("outlet"):
        lead = group.loc[group["share"].idxmax()]
        quoted = sides.get(outlet, [])
        parts.append(
            f"{outlet} puts in quotation marks {', '.join(quoted) if quoted else 'no identified side'} "
            f"({len(quoted)} side{'s' if len(quoted) != 1 else ''}); "
            f"{_pct(lead['share'])} of its attributed words are {lead['side']}"
        )
    return "; ".join(parts) + "."


def finding_pairs(table: pd.DataFrame) -> str:
    """How many facts both outlets tell, and how many of those pairs differ in loaded words."""
    if table.empty:
        return "No sentence pair is close enough to count as the same fact."
    differ = int(((table["loaded_a"] != "") != (table["loaded_b"] != "")).sum())
    one_side = table[(table["loaded_a"] != "") != (table["loaded_b"] != "")]
    lean = Counter(np.where(one_side["loaded_a"] != "", one_side["outlet_a"], one_side["outlet_b"]))
    lead = f"; the loaded side is {', '.join(f'{o} ({n})' for o, n in lean.most_common())}" if lean else ""
    return (
        f"{len(table)} pair{'s' if len(table) != 1 else ''} of sentences "
        f"tell{'s' if len(table) == 1 else ''} the same fact; "
        f"in {differ} of them only one of the two "
        f"uses loaded words{lead}."
    )


def finding_lede(ledes: pd.DataFrame, naming: pd.DataFrame) -> str:
    """Who each lede puts first, and each outlet's usual name for the most mentioned leader."""
    parts = []
    for r in ledes[ledes["part"] == "lede"].itertuples():
        verb = f" {r.main_verb}" if r.main_verb else ""
        parts.append(
            f"{r.outlet}'s lede opens with “{r.first_actor}{verb}”"
            if r.first_actor
            else f"{r.outlet}'s lede names no actor first"
        )
    if not naming.empty:
        leader = naming.groupby("leader")["n"].sum().idxmax()
        usual = (
            naming[naming["leader"] == leader]
            .sort_values(["n", "first_at"], ascending=[False, True])
            .groupby("outlet")
            .head(1)
        )
        totals = naming[naming["leader"] == leader].groupby("outlet")["n"].sum()
        parts.append(
            f"{leader} is named "
            + ", ".join(f"“{r.form}” by {r.outlet} ({r.n} of {totals[r.outlet]})" for r in usual.itertuples())
        )
    return "; ".join(parts) + "." if parts else "No headline or lede could be read."


def finding_tone(tone: pd.DataFrame) -> str:
    """Narrator subjectivity and polarity per outlet, and whether the intervals overlap."""
    sub = tone[tone["measure"] == "subjectivity"].set_index("outlet")
    pol = tone[tone["measure"] == "polarity"].set_index("outlet")
    if sub.empty:
        return "No narrator sentences to score."
    if len(sub) == 1:
        o = sub.index[0]
        return (
            f"{o}'s own sentences: subjectivity {sub.loc[o, 'mean']:.2f}, "
            f"polarity {pol.loc[o, 'mean']:+.2f} (n = {sub.loc[o, 'n']})."
        )
    hi, lo = sub["mean"].idxmax(), sub["mean"].idxmin()
    overlap = sub.loc[lo, "ci_high"] >= sub.loc[hi, "ci_low"]
    pol_txt = ", ".join(f"{o} {v:+.2f}" for o, v in pol["mean"].items())
    return (
        f"{hi}'s narrator is the most subjective ({sub.loc[hi, 'mean']:.2f} vs {sub.loc[lo, 'mean']:.2f} for {lo}), "
        + ("but the intervals overlap" if overlap else "and the intervals do not overlap")
        + f"; mean polarity: {pol_txt}."
    )


def limits_note(sizes: pd.DataFrame) -> str:
    """What the sample supports: counts, and the smallest frame-share gap that would stand out."""
    parts = [
        f"{r.outlet}: {r.articles} article{'s' if r.articles != 1 else ''}, {r.sentences} sentences, {r.words} words"
        + (f", {r.quotes} quote spans from {r.speakers} speakers" if "quotes" in sizes else "")
        for r in sizes.itertuples()
    ]
    text = "The evidence: " + "; ".join(parts) + ". "
    if len(sizes) >= 2:
        small = sizes.nsmallest(2, "sentences")["sentences"].tolist()
        gap = smallest_detectable_gap(small[0], small[1])
        text += (
            f"With {small[0]} and {small[1]} sentences, a frame share has to differ by about {gap:.0%} "
            "(two standard errors, for a share near 20%) before it stands out from chance; smaller gaps, single "
            "words and single quotes are descriptions of these articles, not of the outlets. "
        )
    else:
        text += "With one outlet nothing can be compared; the tables describe this outlet's article(s) only. "
    text += (
        "Each outlet here is one article: intervals resample its sentences, so they show the uncertainty "
        "within the article, not how the outlet writes in general."
    )
    return text
