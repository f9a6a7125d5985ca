"""Lexicon sentiment of sentences and quotes, two opinions side by side.

Every text is scored twice, offline: by TextBlob's pattern lexicon
(``polarity`` −1…1, ``subjectivity`` 0…1, and the ``assessments``: the words
that drove the score) and by VADER (``vader_compound`` −1…1 and the
``vader_pos/neg/neu`` shares, with ``vader_words``: the lexicon words VADER
saw).  Each score is cut into a label (negative / neutral / positive) and
``agree`` says whether the two lexicons give the same label, so their
disagreement is shown rather than averaged away.

>>> scored = score_sentences(load_articles())            # one row per sentence
>>> sentiment_by(scored, by=["outlet"])                  # n, mean, bootstrap CI, too_few
>>> disagreements(scored).head()                          # where the lexicons part ways

Cut points: TextBlob ±0.1 (its usual cut; on NewsMTSC the macro-F1 barely
moves between 0 and 0.15) and VADER ±0.3 (the best cut on NewsMTSC, also
when chosen on one half and tested on the other; VADER's own ±0.05 scores
lower).  ``benchmarks/sentiment_newsmtsc.py`` prints the sweep.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import SentimentInputError  # noqa: F401 (re-exported)
from .corpus import sentences
from .figures import SIDE_COLORS, add_source, new_figure, outlet_colors
from .paths import DATA_DIR, EVAL_DIR
from .quotes import QUOTED_KINDS
from .stats import MIN_COUNT, summarise
from .text import count_words
from .validation import read_rows, require_columns

#: Label cut points: a score at or beyond +cut is positive, at or below −cut negative.
TEXTBLOB_CUT = 0.1
VADER_CUT = 0.3
LABELS = ("negative", "neutral", "positive")

#: Columns that :func:`score_texts` adds.
SCORE_COLUMNS = [
    "polarity",
    "subjectivity",
    "assessments",
    "vader_compound",
    "vader_pos",
    "vader_neg",
    "vader_neu",
    "vader_words",
    "textblob_label",
    "vader_label",
    "agree",
]

#: Words of the diplomatic register that a general lexicon reads at face value.
#: In readouts of talks, "candid" and "frank" usually mean the sides disagreed,
#: "constructive" that nothing was settled.  Used to point at scores a reader
#: should not take literally; extend it with ``register=`` where needed.


def load_register(path: str | Path | None = None) -> dict[str, str]:
    """Diplomatic-register words and how to read them, from ``helpers/data/diplomatic_register.csv``.

    Edit that file (columns ``word, reading``) or pass another path to change the list.
    """
    path = Path(path) if path is not None else DATA_DIR / "diplomatic_register.csv"
    register = {}
    for line_no, row in read_rows(path, ("word", "reading"), "diplomatic register", SentimentInputError):
        if not row["word"]:
            raise SentimentInputError(f"{path}, row {line_no}: empty word")
        register[row["word"].lower()] = row["reading"]
    return register


#: Words that read as warm in a lexicon but, in the readout of diplomatic talks, signal something else.
DIPLOMATIC_REGISTER = load_register()


# --------------------------------------------------------------------------- analyzers


@lru_cache(maxsize=1)
def _textblob():
    """TextBlob's pattern sentiment, the engine behind ``TextBlob(text).sentiment_assessments``.

    Called directly, it scores once (``sentiment_assessments`` scores twice)
    and needs no NLTK data.
    """
    from textblob.en import sentiment

    return sentiment


@lru_cache(maxsize=1)
def _vader():
    """One VADER analyzer per process: loading its lexicon is the slow part."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def label(score: float, cut: float) -> str:
    """``positive`` at or above ``cut``, ``negative`` at or below ``-cut``, else ``neutral``; ``""`` for NaN.

    The VADER authors' convention (``>=``); a score of exactly 0 is always neutral.
    """
    if score is None or pd.isna(score):
        return ""
    # A zero score is neutral whatever the cut: no scored word, no sentiment.
    if score > 0 and score >= cut:
        return "positive"
    if score < 0 and score <= -cut:
        return "negative"
    return "neutral"


def format_assessments(assessments) -> str:
    """TextBlob assessments as text: ``"candid +0.60; not very satisfied -0.19"``."""
    return "; ".join(f"{' '.join(words)} {polarity:+.2f}" for words, polarity, *_ in assessments)


def vader_words(text: str) -> str:
    """The VADER lexicon words in ``text`` with their valence (−4…+4): ``"honest +2.30; not satisfied +1.80"``.

    VADER's own tokens (whitespace split, edge punctuation stripped); a word
    after a negation (within three words) is shown as ``not <word>`` with its
    lexicon valence, which VADER then dampens and flips.
    """
    from vaderSentiment.vaderSentiment import SentiText, negated

    lexicon = _vader().lexicon
    tokens = SentiText(text).words_and_emoticons
    parts = []
    for i, token in enumerate(tokens):
        valence = lexicon.get(token.lower())
        if valence is None:
            continue
        before = [t.lower() for t in tokens[max(0, i - 3) : i]]
        prefix = "not " if before and negated(before) else ""
        parts.append(f"{prefix}{token.lower()} {valence:+.2f}")
    return "; ".join(parts)


def score_text(text: str, textblob_cut: float = TEXTBLOB_CUT, vader_cut: float = VADER_CUT) -> dict:
    """Both lexicons' scores, the words behind them and the labels, for one text.

    >>> score_text("They were candid and honest.")["assessments"]
    'candid +0.60; honest +0.60'
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return _missing_scores()
    if not isinstance(text, str):
        raise SentimentInputError(f"cannot score {type(text).__name__} {text!r}: expected a string")
    tb = _textblob()(text)
    vd = _vader().polarity_scores(text)
    polarity, subjectivity = float(tb[0]), float(tb[1])
    tb_label, vd_label = label(polarity, textblob_cut), label(vd["compound"], vader_cut)
    return {
        "polarity": polarity,
        "subjectivity": subjectivity,
        "assessments": format_assessments(tb.assessments),
        "vader_compound": float(vd["compound"]),
        "vader_pos": float(vd["pos"]),
        "vader_neg": float(vd["neg"]),
        "vader_neu": float(vd["neu"]),
        "vader_words": vader_words(text),
        "textblob_label": tb_label,
        "vader_label": vd_label,
        "agree": tb_label == vd_label,
    }


def _missing_scores() -> dict:
    nan = float("nan")
    return {
        "polarity": nan,
        "subjectivity": nan,
        "assessments": "",
        "vader_compound": nan,
        "vader_pos": nan,
        "vader_neg": nan,
        "vader_neu": nan,
        "vader_words": "",
        "textblob_label": "",
        "vader_label": "",
        "agree": False,
    }


def _require(frame, columns, what: str) -> None:
    require_columns(frame, columns, f"{what}: the table", SentimentInputError)


# --------------------------------------------------------------------------- scoring


def score_texts(
    frame: pd.DataFrame,
    text_column: str = "text",
    textblob_cut: float = TEXTBLOB_CUT,
    vader_cut: float = VADER_CUT,
) -> pd.DataFrame:
    """A copy of ``frame`` with the columns of :data:`SCORE_COLUMNS` added (replaced if present).

    Missing texts (NaN/None) get NaN scores and empty labels; ``frame`` is
    not changed.  Raises :class:`SentimentInputError` when ``text_column``
    is missing or holds something other than text.
    """
    _require(frame, [text_column], "score_texts")
    out = frame.copy()
    scores = [score_text(t, textblob_cut, vader_cut) for t in frame[text_column].tolist()]
    table = pd.DataFrame.from_records(scores, columns=SCORE_COLUMNS, index=frame.index)
    for column in SCORE_COLUMNS:
        out[column] = table[column].to_numpy()  # positional: safe with duplicate index labels
    # fixed dtypes, so an empty frame still aggregates and concatenates like a full one
    for column in ("polarity", "subjectivity", "vader_compound", "vader_pos", "vader_neg", "vader_neu"):
        out[column] = out[column].astype(float)
    for column in ("assessments", "vader_words", "textblob_label", "vader_label"):
        out[column] = out[column].astype(object)
    out["agree"] = out["agree"].astype(bool)
    return out


def score_sentences(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One scored row per sentence (``helpers.corpus.sentences`` plus :data:`SCORE_COLUMNS`)."""
    return score_texts(sentences(articles, kinds), "text")


def score_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """One scored row per quote span of ``helpers.quotes.extract_quotes`` (scores its ``quote`` column)."""
    return score_texts(quotes, "quote")


# --------------------------------------------------------------------------- aggregation and agreement


def sentiment_by(
    scored: pd.DataFrame,
    by: str | list[str] = ("outlet", "side"),
    value: str = "polarity",
    min_count: int = MIN_COUNT,
) -> pd.DataFrame:
    """Per group of ``by``: ``n, mean, ci_low, ci_high`` (percentile bootstrap) of ``value``, and ``too_few``.

    ``too_few`` marks groups with fewer than ``min_count`` scored rows: their
    interval is drawn but says little.  Empty keys (an unattributed quote's
    ``side``) stay a group of their own.
    """
    keys = [by] if isinstance(by, str) else list(by)
    _require(scored, [*keys, value], "sentiment_by")
    if not pd.api.types.is_numeric_dtype(scored[value]):
        raise SentimentInputError(f"sentiment_by: column {value!r} is not numeric (score the frame first)")
    if scored.empty:
        empty = pd.DataFrame({k: pd.Series(dtype=object) for k in keys})
        return empty.assign(n=pd.Series(dtype=int), mean=pd.Series(dtype=float), ci_low=pd.Series(dtype=float),
                            ci_high=pd.Series(dtype=float), too_few=pd.Series(dtype=bool))
    return summarise(scored, keys, value, min_count=min_count)


def disagreements(scored: pd.DataFrame, text_column: str | None = None) -> pd.DataFrame:
    """Rows whose TextBlob and VADER labels differ, the widest ``gap`` first.

    Keeps the row keys and text, both scores and labels, ``gap`` (absolute
    difference of polarity and compound), ``opposite`` (the two scores have
    opposite signs) and the words behind each score.
    """
    _require(scored, ["polarity", "vader_compound", "textblob_label", "vader_label"], "disagreements")
    text_column = text_column or ("quote" if "quote" in scored.columns else "text")
    scored_rows = scored[(scored["textblob_label"] != "") & (scored["vader_label"] != "")]
    rows = scored_rows[scored_rows["textblob_label"] != scored_rows["vader_label"]].copy()
    rows["gap"] = (rows["polarity"] - rows["vader_compound"]).abs()
    rows["opposite"] = np.sign(rows["polarity"]) * np.sign(rows["vader_compound"]) < 0
    keys = [c for c in ("article_id", "outlet", "start", "end", "speaker", "side", "kind") if c in rows.columns]
    words = [c for c in ("assessments", "vader_words") if c in rows.columns]
    columns = [*keys, *([text_column] if text_column in rows.columns else []), "polarity", "vader_compound",
               "textblob_label", "vader_label", "gap", "opposite", *words]
    return rows.sort_values(["gap", *keys[:1]], ascending=[False, *([True] * len(keys[:1]))], kind="stable")[
        columns
    ].reset_index(drop=True)


@dataclass(frozen=True)
class Agreement:
    """How far TextBlob and VADER agree on the same rows."""

    crosstab: pd.DataFrame
    n: int
    share_agree: float
    kappa: float
    pearson: float
    spearman: float
    cuts: dict = field(default_factory=dict)

    def as_frame(self) -> pd.DataFrame:
        """One row: ``n, share_agree, kappa, pearson, spearman``."""
        return pd.DataFrame(
            [{"n": self.n, "share_agree": self.share_agree, "kappa": self.kappa,
              "pearson": self.pearson, "spearman": self.spearman}]
        )


def cohen_kappa(a, b, labels=LABELS) -> float:
    """Cohen's kappa of two label sequences; NaN when chance agreement is total (one label only)."""
    a, b = np.asarray(list(a), dtype=object), np.asarray(list(b), dtype=object)
    if a.size == 0:
        return float("nan")
    observed = float(np.mean(a == b))
    expected = float(sum(np.mean(a == lab) * np.mean(b == lab) for lab in labels))
    if np.isclose(expected, 1.0):
        return float("nan")
    return (observed - expected) / (1.0 - expected)


def _corr(x: pd.Series, y: pd.Series, method: str) -> float:
    if len(x) < 2 or x.nunique() < 2 or y.nunique() < 2:
        return float("nan")
    return float(x.corr(y, method=method))


def agreement_table(scored: pd.DataFrame) -> Agreement:
    """Crosstab of the two labels (TextBlob rows, VADER columns), Cohen's kappa, and
    Pearson/Spearman correlation of ``polarity`` with ``vader_compound``."""
    _require(scored, ["polarity", "vader_compound", "textblob_label", "vader_label"], "agreement_table")
    rows = scored[(scored["textblob_label"] != "") & (scored["vader_label"] != "")]
    tb = pd.Categorical(rows["textblob_label"], categories=LABELS)
    vd = pd.Categorical(rows["vader_label"], categories=LABELS)
    crosstab = pd.crosstab(tb, vd, rownames=["TextBlob"], colnames=["VADER"], dropna=False)
    crosstab = crosstab.reindex(index=list(LABELS), columns=list(LABELS), fill_value=0)
    n = int(len(rows))
    return Agreement(
        crosstab=crosstab,
        n=n,
        share_agree=float((rows["textblob_label"] == rows["vader_label"]).mean()) if n else float("nan"),
        kappa=cohen_kappa(rows["textblob_label"], rows["vader_label"]),
        pearson=_corr(rows["polarity"], rows["vader_compound"], "pearson"),
        spearman=_corr(rows["polarity"], rows["vader_compound"], "spearman"),
        cuts={"textblob": TEXTBLOB_CUT, "vader": VADER_CUT},
    )


# --------------------------------------------------------------------------- the words behind the scores


def assessment_words(scored: pd.DataFrame) -> pd.DataFrame:
    """One row per word (or phrase) that TextBlob scored, with the row it came from.

    Columns: the row keys present (``article_id, outlet, start, end, speaker,
    side, kind``), ``words`` (e.g. ``not very satisfied``), ``word_polarity``.
    """
    _require(scored, ["assessments"], "assessment_words")
    keys = [c for c in ("article_id", "outlet", "start", "end", "speaker", "side", "kind") if c in scored.columns]
    rows = []
    for record in scored[keys + ["assessments"]].to_dict("records"):
        for part in filter(None, str(record["assessments"]).split("; ")):
            words, _, value = part.rpartition(" ")
            rows.append({**{k: record[k] for k in keys}, "words": words, "word_polarity": float(value)})
    return pd.DataFrame(rows, columns=[*keys, "words", "word_polarity"])


def word_table(scored: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """The scored words, counted: ``words, word_polarity, n`` (and ``by`` when present), strongest first."""
    words = assessment_words(scored)
    keys = [by] if by in words.columns else []
    table = words.groupby([*keys, "words", "word_polarity"], as_index=False).size().rename(columns={"size": "n"})
    table["weight"] = table["word_polarity"].abs() * table["n"]
    return table.sort_values([*keys, "weight", "words"], ascending=[*([True] * len(keys)), False, True]).drop(
        columns="weight").reset_index(drop=True)


def register_words(scored: pd.DataFrame, register: dict[str, str] | None = None) -> pd.DataFrame:
    """Scored words that belong to the diplomatic register, with how the lexicon read them.

    One row per occurrence among TextBlob's assessments or VADER's words:
    the row keys, ``word``, ``lexicon`` (TextBlob or VADER), ``score`` (as
    that lexicon scored it) and ``reading`` (what the word usually means in a
    readout of talks, from ``register``, default :data:`DIPLOMATIC_REGISTER`).
    """
    register = DIPLOMATIC_REGISTER if register is None else {k.lower(): v for k, v in register.items()}
    _require(scored, ["assessments", "vader_words"], "register_words")
    keys = [c for c in ("article_id", "outlet", "start", "end", "speaker", "side", "kind") if c in scored.columns]
    text_column = "quote" if "quote" in scored.columns else ("text" if "text" in scored.columns else None)
    rows = []
    for record in scored.to_dict("records"):
        for lexicon, column in (("TextBlob", "assessments"), ("VADER", "vader_words")):
            for part in filter(None, str(record[column]).split("; ")):
                words, _, value = part.rpartition(" ")
                # TextBlob scores phrases ("very candid", "candidly not"): any register word in one counts
                word = next((w for w in words.split() if w in register), None)
                if word is not None:
                    rows.append({**{k: record[k] for k in keys}, "word": words, "lexicon": lexicon,
                                 "score": float(value), "reading": register[word],
                                 **({text_column: record[text_column]} if text_column else {})})
    columns = [*keys, "word", "lexicon", "score", "reading", *([text_column] if text_column else [])]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- who gets quoted


def _drop_nested(quotes: pd.DataFrame) -> pd.DataFrame:
    """Drop spans that lie inside another span of the same article, so no word is counted twice."""
    keep = []
    for _, group in quotes.groupby("article_id", sort=False):
        spans = group.sort_values(["start", "end"], ascending=[True, False])
        reach = -1
        for index, row in spans.iterrows():
            if row["end"] <= reach:
                continue
            keep.append(index)
            reach = max(reach, row["end"])
    return quotes.loc[sorted(keep)] if keep else quotes.iloc[0:0]


def quoted_share(quotes: pd.DataFrame, by: str = "side", kinds: tuple[str, ...] = QUOTED_KINDS) -> pd.DataFrame:
    """Per outlet and value of ``by``: ``n_quotes``, ``n_words`` and ``share`` of the outlet's quoted words.

    Counts the words inside quotation marks (``kinds``, default direct,
    partial and continuation), each word once even where spans nest.  An
    empty ``by`` value (no speaker found) is shown as ``unattributed``.
    """
    _require(quotes, ["article_id", "outlet", "start", "end", "kind", "n_words", by], "quoted_share")
    rows = _drop_nested(quotes[quotes["kind"].isin(kinds)])
    columns = ["outlet", by, "n_quotes", "n_words", "share"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows = rows.assign(**{by: rows[by].fillna("").replace("", "unattributed")})
    table = rows.groupby(["outlet", by], as_index=False).agg(n_quotes=("start", "size"), n_words=("n_words", "sum"))
    table["share"] = table["n_words"] / table.groupby("outlet")["n_words"].transform("sum")
    return table.sort_values(["outlet", "n_words", by], ascending=[True, False, True]).reset_index(drop=True)


def quote_table(quotes: pd.DataFrame, width: int = 90) -> pd.DataFrame:
    """The quotes as a reader wants them: outlet, speaker, side, kind, and the quote (shortened to ``width``)."""
    _require(quotes, ["outlet", "speaker", "side", "kind", "quote"], "quote_table")
    table = quotes.copy()
    table["speaker"] = table["speaker"].fillna("").replace("", "(no speaker found)")
    if "via" in table.columns:
        table["speaker"] = [f"{s} (via {v})" if isinstance(v, str) and v else s
                            for s, v in zip(table["speaker"], table["via"])]
    table["quote"] = [q if len(q) <= width else q[: width - 1].rstrip() + "…" for q in table["quote"].astype(str)]
    order = [c for c in ("outlet", "article_id", "start") if c in table.columns]
    return table.sort_values(order)[["outlet", "speaker", "side", "kind", "quote"]].reset_index(drop=True)


# --------------------------------------------------------------------------- charts


def _outlets_in(articles: pd.DataFrame, *frames: pd.DataFrame) -> list[str]:
    names = list(articles["outlet"]) if "outlet" in articles.columns else []
    for frame in frames:
        if "outlet" in frame.columns:
            names += list(frame["outlet"])
    return sorted(dict.fromkeys(names))


def plot_quoted_share(quotes: pd.DataFrame, articles: pd.DataFrame):
    """Two stacked bars per outlet: share of quoted words by side, and by kind of speaker.

    Returns ``(fig, data)``; ``data`` is the plotted table (``panel, outlet,
    group, n_quotes, n_words, share``).
    """
    by_side = quoted_share(quotes, "side").rename(columns={"side": "group"}).assign(panel="side")
    by_kind = (quoted_share(quotes, "speaker_kind").rename(columns={"speaker_kind": "group"})
               .assign(panel="speaker_kind"))
    data = pd.concat([by_side, by_kind], ignore_index=True)
    data = data[["panel", "outlet", "group", "n_quotes", "n_words", "share"]]
    outlets = _outlets_in(articles)
    fig, axes = new_figure(1, 2, figsize=(10, 1.6 + 0.55 * max(1, len(outlets))), sharey=True)
    kind_colors = {"named": "#4D4D4D", "anonymous": "#A6A6A6", "institution": "#7A9CC6", "unattributed": "#E0E0E0"}
    side_colors = {**SIDE_COLORS, "unattributed": "#E0E0E0"}
    for ax, panel, colors, heading in (
        (axes[0], "side", side_colors, "by side"),
        (axes[1], "speaker_kind", kind_colors, "by kind of speaker"),
    ):
        part = data[data["panel"] == panel]
        groups = [g for g in colors if g in set(part["group"])] + sorted(set(part["group"]) - set(colors))
        for y, outlet in enumerate(outlets):
            left = 0.0
            for group in groups:
                row = part[(part["outlet"] == outlet) & (part["group"] == group)]
                if row.empty:
                    continue
                share = float(row["share"].iloc[0])
                ax.barh(y, share, left=left, color=colors.get(group, "#CCCCCC"), edgecolor="white", height=0.6)
                if share >= 0.12:
                    dark = colors.get(group, "#CCCCCC") not in ("#E0E0E0", "#A6A6A6", "#7A9CC6")
                    ax.text(left + share / 2, y, f"{group}\n{share:.0%}", ha="center", va="center", fontsize=7,
                            color="white" if dark else "#222222")
                left += share
            if part[part["outlet"] == outlet].empty:
                ax.text(0.01, y, "no quotes found", va="center", fontsize=8, color="#555555")
        # small segments carry no label inside: a key above the panel names every colour
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=colors.get(g, "#CCCCCC"), label=g) for g in groups], loc="lower left",
                  bbox_to_anchor=(0.0, 1.0), ncol=min(len(groups), 4) or 1, fontsize=7, handlelength=1.0,
                  columnspacing=0.8, borderaxespad=0.2)
        ax.set_xlim(0, 1)
        ax.set_axisbelow(True)
        ax.set_yticks(range(len(outlets)), outlets)
        ax.set_xlabel(f"share of quoted words, {heading}")
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    axes[0].invert_yaxis()  # shared y: invert once, first outlet on top
    fig.suptitle(_share_title(by_side), x=0.0, ha="left", fontweight="bold")
    add_source(fig, articles,
               note="Words inside quotation marks (direct, partial, continuation); each word counted once.")
    return fig, data


def _share_title(by_side: pd.DataFrame) -> str:
    if by_side.empty:
        return "No quoted words found"
    top = by_side.sort_values(["outlet", "share"], ascending=[True, False]).groupby("outlet").head(1)
    parts = [f"{row.group} in {row.outlet} ({row.share:.0%})" for row in top.itertuples()]
    return "Most quoted words go to " + ", ".join(parts)


def _speaker_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    rows = quotes.copy()
    rows["speaker"] = rows["speaker"].fillna("").replace("", "(no speaker found)")
    rows["side"] = rows["side"].fillna("").replace("", "unattributed")
    rows["row_label"] = rows["speaker"] + " · " + rows["side"]
    return rows


def plot_quote_sentiment(scored: pd.DataFrame, articles: pd.DataFrame, kinds: tuple[str, ...] = QUOTED_KINDS):
    """Dot plot: every quote's TextBlob polarity and VADER compound, one row per speaker.

    Dots are single quotes coloured by outlet; a bar is the bootstrap 95%
    interval of the speaker's mean in that outlet (dashed when ``too_few``).
    The grey band is each lexicon's neutral zone.  Returns ``(fig, data)``:
    ``data`` has one row per quote and lexicon (``mark`` = quote) and one
    per interval (``mark`` = mean and 95% interval, with ``n, ci_low,
    ci_high, too_few``).
    """
    _require(scored, ["outlet", "speaker", "side", "kind", "polarity", "vader_compound"], "plot_quote_sentiment")
    rows = _speaker_rows(scored[scored["kind"].isin(kinds)].dropna(subset=["polarity"]))
    colors = outlet_colors(_outlets_in(articles, rows))
    order = (rows.groupby(["side", "row_label"], as_index=False)["polarity"].mean()
             .sort_values(["side", "polarity"], ascending=[True, False]))
    labels = list(order["row_label"])
    counts = rows.groupby("row_label").size()
    outlets = sorted(rows["outlet"].unique())
    offsets = {o: (i - (len(outlets) - 1) / 2) * 0.22 for i, o in enumerate(outlets)}
    fig, axes = new_figure(1, 2, figsize=(11, 1.8 + 0.5 * max(1, len(labels))), sharey=True)
    summaries = []
    for ax, value, cut, name in ((axes[0], "polarity", TEXTBLOB_CUT, "TextBlob polarity"),
                                 (axes[1], "vader_compound", VADER_CUT, "VADER compound")):
        ax.axvspan(-cut, cut, color="#EEEEEE", zorder=0)
        ax.axvline(0, color="#999999", linewidth=0.6, zorder=1)
        summary = sentiment_by(rows, ["row_label", "outlet"], value) if len(rows) else pd.DataFrame()
        summaries.append(summary.assign(value=value))
        for s in summary.itertuples():
            y = labels.index(s.row_label) + offsets[s.outlet]
            ax.plot([s.ci_low, s.ci_high], [y, y], color=colors[s.outlet], linewidth=2.2, alpha=0.55,
                    linestyle="--" if s.too_few else "-", zorder=2)
            ax.plot([s.mean], [y], marker="|", markersize=12, color=colors[s.outlet], zorder=3)
        for outlet, group in rows.groupby("outlet"):
            ys = [labels.index(lab) + offsets[outlet] for lab in group["row_label"]]
            ax.scatter(group[value], ys, s=22, color=colors[outlet], alpha=0.8, edgecolor="white", linewidth=0.5,
                       zorder=4, label=outlet)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel(name)
        ax.set_yticks(range(len(labels)), [f"{lab} (n={counts[lab]})" for lab in labels])
    axes[0].invert_yaxis()
    if len(rows):
        axes[1].legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    fig.suptitle(_sentiment_title(rows), x=0.0, ha="left", fontweight="bold")
    add_source(fig, articles, note="Dots: single quotes. Bars: bootstrap 95% interval of the mean per speaker and "
                                   f"outlet (dashed: fewer than {MIN_COUNT} quotes). Grey: neutral zone "
                                   f"(TextBlob ±{TEXTBLOB_CUT:g}, VADER ±{VADER_CUT:g}).")
    return fig, _sentiment_plot_data(rows, summaries)


def _sentiment_plot_data(rows: pd.DataFrame, summaries: list[pd.DataFrame]) -> pd.DataFrame:
    """What the dot plot shows, long and tidy: one row per quote and lexicon, then one per interval."""
    wanted = ("article_id", "outlet", "start", "end", "speaker", "side", "kind", "quote")
    keys = [c for c in wanted if c in rows.columns]
    dots = rows.melt(id_vars=keys, value_vars=["polarity", "vader_compound"], var_name="lexicon", value_name="score")
    dots.insert(0, "mark", "quote")
    parts = [dots]
    for summary in summaries:
        if summary.empty:
            continue
        split = summary["row_label"].str.split(" · ", n=1, expand=True)
        parts.append(pd.DataFrame({"mark": "mean and 95% interval", "outlet": summary["outlet"],
                                   "speaker": split[0], "side": split[1], "lexicon": summary["value"],
                                   "score": summary["mean"], "n": summary["n"], "ci_low": summary["ci_low"],
                                   "ci_high": summary["ci_high"], "too_few": summary["too_few"]}))
    data = pd.concat(parts, ignore_index=True)
    for column in ("start", "end", "n"):
        if column in data.columns:
            data[column] = data[column].astype("Int64")  # offsets and counts stay integers beside the NaNs
    return data


def _sentiment_title(rows: pd.DataFrame) -> str:
    if rows.empty:
        return "No quotes to score"
    share_neutral = float((rows["textblob_label"] == "neutral").mean()) if "textblob_label" in rows else float("nan")
    means = rows.groupby("row_label")["polarity"].mean().sort_values()
    if len(means) < 2:
        return f"{share_neutral:.0%} of the quotes from {means.index[0]} read as neutral to TextBlob"
    return (f"{share_neutral:.0%} of quotes are neutral to TextBlob; highest: {means.index[-1].split(' · ')[0]}, "
            f"lowest: {means.index[0].split(' · ')[0]}")


def plot_lexicon_agreement(scored: pd.DataFrame, articles: pd.DataFrame):
    """Scatter of TextBlob polarity against VADER compound, one dot per row, coloured by outlet.

    The shaded cross marks the neutral zones; dots off the diagonal quadrants
    are the disagreements.  Returns ``(fig, data)``.
    """
    _require(scored, ["outlet", "polarity", "vader_compound"], "plot_lexicon_agreement")
    rows = scored.dropna(subset=["polarity", "vader_compound"])
    colors = outlet_colors(_outlets_in(articles, rows))
    agreement = agreement_table(rows)
    fig, ax = new_figure(figsize=(6.5, 5.5))
    ax.axvspan(-TEXTBLOB_CUT, TEXTBLOB_CUT, color="#EEEEEE", zorder=0)
    ax.axhspan(-VADER_CUT, VADER_CUT, color="#EEEEEE", zorder=0)
    for outlet, group in rows.groupby("outlet"):
        ax.scatter(group["polarity"], group["vader_compound"], s=22, alpha=0.75, color=colors[outlet],
                   edgecolor="white", linewidth=0.5, label=outlet, zorder=3)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("TextBlob polarity")
    ax.set_ylabel("VADER compound")
    ax.grid(True, axis="both")
    if len(rows):
        ax.legend(loc="lower right", fontsize=8)
    ax.set_title(f"The two lexicons give the same label to {agreement.share_agree:.0%} of {agreement.n} texts "
                 f"(kappa {agreement.kappa:.2f})" if agreement.n else "Nothing to compare", fontsize=10)
    add_source(fig, articles)
    keys = [c for c in ("article_id", "outlet", "start", "end", "textblob_label", "vader_label") if c in rows.columns]
    return fig, rows[keys[:4] + ["polarity", "vader_compound"] + keys[4:]]


# --------------------------------------------------------------------------- calibration on NewsMTSC

NEWSMTSC_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def newsmtsc_path() -> Path:
    """Where the NewsMTSC real-world split is expected (``../shared/eval/newsmtsc/devtest_rw.jsonl``)."""
    return EVAL_DIR / "newsmtsc" / "devtest_rw.jsonl"


def load_newsmtsc(path: str | Path | None = None) -> pd.DataFrame:
    """One row per human label: ``sentence_id, sentence, mention, from, to, gold`` (negative/neutral/positive)."""
    path = Path(path) if path is not None else newsmtsc_path()
    if not path.is_file():
        raise FileNotFoundError(f"{path}: NewsMTSC file not found")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            for target in record["targets"]:
                rows.append({"sentence_id": line_no, "sentence": record["sentence_normalized"],
                             "mention": target["mention"], "from": target["from"], "to": target["to"],
                             "gold": NEWSMTSC_LABELS[float(target["polarity"])]})
    return pd.DataFrame(rows)


def macro_f1(gold, predicted, labels=LABELS) -> float:
    """Mean over ``labels`` of each label's F1 (0 for a label never predicted nor present)."""
    gold, predicted = np.asarray(list(gold), dtype=object), np.asarray(list(predicted), dtype=object)
    scores = []
    for lab in labels:
        tp = float(np.sum((gold == lab) & (predicted == lab)))
        fp = float(np.sum((gold != lab) & (predicted == lab)))
        fn = float(np.sum((gold == lab) & (predicted != lab)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores))


def confusion(gold, predicted, labels=LABELS) -> pd.DataFrame:
    """Counts of gold (rows) against predicted (columns) labels."""
    table = pd.crosstab(pd.Categorical(list(gold), categories=labels),
                        pd.Categorical(list(predicted), categories=labels),
                        rownames=["gold"], colnames=["predicted"], dropna=False)
    return table.reindex(index=list(labels), columns=list(labels), fill_value=0)


def project_method(lexicon: str) -> str:
    """The name of the project's own labelling in :func:`evaluate_newsmtsc`'s results (``textblob`` or ``vader``)."""
    if lexicon == "textblob":
        return f"TextBlob polarity ±{TEXTBLOB_CUT:g} (project cut)"
    if lexicon == "vader":
        return f"VADER compound ±{VADER_CUT:g} (project cut)"
    raise ValueError(f"unknown lexicon {lexicon!r}: expected 'textblob' or 'vader'")


def evaluate_newsmtsc(
    path: str | Path | None = None,
    cuts: tuple[float, ...] = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5),
) -> dict:
    """Score every NewsMTSC sentence with both lexicons and measure the labels against the human ones.

    Each sentence is labelled by its overall score (not by the person it is
    about).  Returns a dict: ``results`` (one row per method: ``method, cut,
    macro_f1, accuracy, n``), ``sweep`` (macro-F1 per cut and lexicon),
    ``held_out`` (cut chosen on odd sentences, F1 on even ones, and back),
    ``confusion`` (per method), ``n_sentences``, ``n_labels``,
    ``sentences_per_second`` and ``words_per_second`` (both lexicons, words
    behind the scores included, after ``load_seconds`` spent loading them).
    """
    gold = load_newsmtsc(path)
    unique = gold.drop_duplicates("sentence_id")[["sentence_id", "sentence"]]
    started = time.perf_counter()
    _textblob(), _vader()
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    scored = score_texts(unique, "sentence")
    seconds = time.perf_counter() - started
    n_words = int(sum(count_words(t) for t in unique["sentence"]))
    frame = gold.merge(scored[["sentence_id", "polarity", "vader_compound"]], on="sentence_id")

    def labels_for(column, cut):
        return [label(v, cut) for v in frame[column]]

    methods = {
        "always neutral": (None, ["neutral"] * len(frame)),
        "TextBlob polarity ±0.1 (reference cut)": (0.1, labels_for("polarity", 0.1)),
        "VADER compound ±0.3 (reference cut)": (0.3, labels_for("vader_compound", 0.3)),
        "VADER compound ±0.05 (VADER authors' cut)": (0.05, labels_for("vader_compound", 0.05)),
    }
    # The project's own labels, named as such (the same rows as the reference ones while the cuts coincide).
    methods[project_method("textblob")] = (TEXTBLOB_CUT, labels_for("polarity", TEXTBLOB_CUT))
    methods[project_method("vader")] = (VADER_CUT, labels_for("vader_compound", VADER_CUT))
    both = [t if t == v else "neutral"
            for t, v in zip(labels_for("polarity", TEXTBLOB_CUT), labels_for("vader_compound", VADER_CUT))]
    methods["both lexicons agree, else neutral (project cuts)"] = (None, both)
    results, confusions = [], {}
    for name, (cut, predicted) in methods.items():
        results.append({"method": name, "cut": cut, "macro_f1": macro_f1(frame["gold"], predicted),
                        "accuracy": float(np.mean(frame["gold"].to_numpy() == np.asarray(predicted))), "n": len(frame)})
        confusions[name] = confusion(frame["gold"], predicted)
    sweep = pd.DataFrame([{"cut": c, "textblob": macro_f1(frame["gold"], labels_for("polarity", c)),
                           "vader": macro_f1(frame["gold"], labels_for("vader_compound", c))} for c in cuts])
    held_out = []
    odd = (frame["sentence_id"] % 2 == 1).to_numpy()
    for column in ("polarity", "vader_compound"):
        for train, test, name in ((odd, ~odd, "odd→even"), (~odd, odd, "even→odd")):
            def f1_on(rows, cut, column=column):
                return macro_f1(frame["gold"][rows], [label(v, cut) for v in frame[column][rows]])

            best = max(cuts, key=lambda c: (f1_on(train, c), -c))  # ties go to the smaller cut
            held_out.append({"score": column, "split": name, "chosen_cut": best,
                             "macro_f1_held_out": f1_on(test, best)})
    return {
        "results": pd.DataFrame(results),
        "sweep": sweep,
        "held_out": pd.DataFrame(held_out),
        "confusion": confusions,
        "n_sentences": len(unique),
        "n_labels": len(frame),
        "sentences_per_second": len(unique) / seconds if seconds > 0 else float("nan"),
        "words_per_second": n_words / seconds if seconds > 0 else float("nan"),
        "load_seconds": load_seconds,
    }


# --------------------------------------------------------------------------- counts for the notebook


def quote_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: quote spans by kind, quoted words, speakers, and how many spans have a speaker.

    Columns: ``outlet, n_spans, direct, partial, continuation, indirect,
    quoted_words`` (inside quotation marks, each word once), ``n_speakers``
    (distinct speakers found), ``share_attributed`` (spans with a speaker),
    ``share_anonymous_words`` (quoted words from anonymous speakers).
    """
    _require(quotes, ["article_id", "outlet", "start", "end", "kind", "speaker", "speaker_kind", "n_words"],
             "quote_counts")
    columns = ["outlet", "n_spans", *QUOTED_KINDS, "indirect", "quoted_words", "n_speakers", "share_attributed",
               "share_anonymous_words"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    kinds = pd.crosstab(quotes["outlet"], quotes["kind"]).reindex(columns=[*QUOTED_KINDS, "indirect"], fill_value=0)
    speakers = quotes.assign(has=quotes["speaker"].fillna("") != "")
    table = speakers.groupby("outlet").agg(n_spans=("start", "size"), share_attributed=("has", "mean"),
                                           n_speakers=("speaker", lambda s: s[s.fillna("") != ""].nunique()))
    words = quoted_share(quotes, "speaker_kind").pivot_table(index="outlet", columns="speaker_kind",
                                                             values="n_words", aggfunc="sum", fill_value=0)
    table["quoted_words"] = words.sum(axis=1).reindex(table.index).fillna(0).astype(int)
    anonymous = words["anonymous"] if "anonymous" in words.columns else pd.Series(0, index=words.index)
    table["share_anonymous_words"] = (anonymous / words.sum(axis=1)).reindex(table.index)
    table = table.join(kinds).reset_index()
    return table[columns]
