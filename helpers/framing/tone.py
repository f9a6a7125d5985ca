"""Section 6 of notebook 02: the tone of the writer's own sentences, other people's words removed.

>>> narr = narrator_sentences(articles, quotes)   # body sentences, quotes blanked out, scored by TextBlob
>>> narrator_tone(narr)                           # per outlet: polarity, subjectivity, loaded terms; the chart's table
"""

from __future__ import annotations

import pandas as pd

from ..corpus import BODY_KINDS, paragraphs
from ..quotes import QUOTED_KINDS
from ..sentiment.scoring import pattern_sentiment
from ..stats import MIN_COUNT, summarise
from ..text import count_words
from .alignment import evaluative_words
from .inputs import check_articles, check_columns, content_sentences
from .regexes import BLANKED, QUOTE_MARKS, QUOTE_SPAN, WHITESPACE

#: Narrator sentences with fewer words left once quotes are removed are not scored.
MIN_NARRATOR_WORDS = 5


def quote_spans(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The spans of other people's words: ``article_id, start, end``.

    From the quotes table (direct, partial, continuation) when given; otherwise
    the text between quotation marks (“…” or "…", within a paragraph; an
    unclosed mark runs to the paragraph's end, as news style continues quotes).
    """
    if quotes is not None:
        check_columns(quotes, {"article_id", "start", "end", "kind"}, "quotes table")
        q = quotes[quotes["kind"].isin(QUOTED_KINDS)]
        return q[["article_id", "start", "end"]].astype({"start": int, "end": int}).reset_index(drop=True)
    rows = []
    for para in paragraphs(articles).itertuples(index=False):
        for m in QUOTE_SPAN.finditer(para.text):
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
    check_articles(articles)
    spans = quote_spans(articles, quotes)
    sents = content_sentences(articles, kinds=BODY_KINDS)
    rows = []
    for sent in sents.itertuples(index=False):
        inside = spans[
            (spans["article_id"] == sent.article_id) & (spans["start"] < sent.end) & (spans["end"] > sent.start)
        ]
        chars = list(sent.text)
        for s, e in zip(inside["start"], inside["end"]):
            a, b = max(s, sent.start) - sent.start, min(e, sent.end) - sent.start
            if b > a:
                chars[a:b] = "\0" * (b - a)
        narrator = BLANKED.sub(" … ", "".join(chars))
        narrator = QUOTE_MARKS.sub("", narrator)
        narrator = WHITESPACE.sub(" ", narrator).strip()
        n_words = count_words(narrator)
        if n_words < min_words:
            continue
        score = pattern_sentiment()(narrator)  # TextBlob(narrator).sentiment_assessments, without NLTK
        found = evaluative_words(narrator, score=score)
        polarity, subjectivity = score
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
                float(polarity),
                float(subjectivity),
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
    check_columns(narr, {"outlet", "polarity", "subjectivity", "loaded"}, "narrator sentences")
    frame = narr.assign(loaded_terms=narr["loaded"].map(lambda s: len([x for x in s.split(", ") if x])))
    parts = []
    for measure in ("polarity", "subjectivity", "loaded_terms"):
        table = summarise(frame, by="outlet", value=measure, min_count=min_count)
        table.insert(1, "measure", measure)
        parts.append(table)
    return pd.concat(parts, ignore_index=True)
