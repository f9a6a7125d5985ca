"""The same event?  Whether the articles of one event could be telling one story, said before comparing them.

Every comparison in the notebooks assumes the articles of an event report the
same story.  Two signs say they may not: publication dates far apart, and few
names and content words in common.  For every pair of articles of an event,
:func:`event_coherence` measures both; :func:`coherence_note` turns the pairs
that fail into a warning for the top of a notebook.

The limits were set on BASIL's dev events (three outlets telling one event):
its 151 same-event pairs were published at most 4 days apart, and shared at
least 0.21 of their names and 0.21 of their content words (overlap
coefficient: shared / the smaller set); pairs of a seed article and a BASIL
article, years apart, shared at most 0.20 and 0.19.

>>> coherence_note(articles)      # "" when every event's articles look like one story
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from .alignment import _content_keys, _entity_keys
from .exclusive import events_of
from .inputs import check_articles
from .lexicons import load_stopwords

#: Articles of one event published more than this many days apart are flagged.
MAX_DAYS_APART = 7
#: Articles sharing less than this share of their names and of their content words are flagged.
MIN_OVERLAP = 0.2
COHERENCE_COLUMNS = [
    "event", "article_id_a", "article_id_b", "outlet_a", "outlet_b", "days_apart",
    "shared_names", "shared_words", "common_names", "same_story",
]


def _overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def event_coherence(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of articles of the same event: how far apart, how much in common, and ``same_story``.

    ``days_apart`` between publication dates (NaN when one is unknown);
    ``shared_names`` and ``shared_words``: the overlap coefficient of their
    capitalised names and of their content words; ``common_names`` the
    shared names, most frequent first (up to five).  ``same_story`` is False
    when they are more than :data:`MAX_DAYS_APART` days apart, or share less
    than :data:`MIN_OVERLAP` of both their names and their words.
    """
    check_articles(articles)
    stop = load_stopwords()
    event = events_of(articles)
    published = pd.to_datetime(articles["published"], errors="coerce") if "published" in articles else None
    info = []
    for i, row in enumerate(articles.itertuples(index=False)):
        words = _content_keys(row.text, stop)
        info.append((row.article_id, str(row.outlet), event[row.article_id],
                     published.iloc[i] if published is not None else pd.NaT,
                     _entity_keys(row.text, stop), set(words), words))
    rows = []
    for a, b in combinations(info, 2):
        if a[2] != b[2]:
            continue
        days = abs((a[3] - b[3]).days) if pd.notna(a[3]) and pd.notna(b[3]) else float("nan")
        names, words = _overlap(a[4], b[4]), _overlap(a[5], b[5])
        counts = pd.Series(a[6] + b[6]).value_counts()
        common = [w for w in counts.index if w in a[4] & b[4]][:5]
        same = not (days > MAX_DAYS_APART) and not (names < MIN_OVERLAP and words < MIN_OVERLAP)
        rows.append((a[2], a[0], b[0], a[1], b[1], days, round(names, 3), round(words, 3), ", ".join(common), same))
    return pd.DataFrame(rows, columns=COHERENCE_COLUMNS)


def coherence_note(articles: pd.DataFrame) -> str:
    """A warning naming the articles of an event that may not tell the same story, or "" when all look alike."""
    pairs = event_coherence(articles)
    bad = pairs[~pairs["same_story"]]
    if bad.empty:
        return ""
    parts = []
    for r in bad.itertuples():
        why = []
        if r.days_apart > MAX_DAYS_APART:
            why.append(f"published {int(r.days_apart)} days apart")
        if r.shared_names < MIN_OVERLAP and r.shared_words < MIN_OVERLAP:
            why.append(f"sharing {r.shared_names:.0%} of their names and {r.shared_words:.0%} of their content words")
        parts.append(f"{r.article_id_a} ({r.outlet_a}) and {r.article_id_b} ({r.outlet_b}): {' and '.join(why)}")
    events = bad["event"].nunique()
    return (
        f"**The same event?** {len(bad)} pair{'s' if len(bad) != 1 else ''} of articles in "
        f"{events} event{'s' if events != 1 else ''} may not tell the same story: " + "; ".join(parts)
        + ". The comparisons below treat each event's articles as one story; read them with this in mind, "
        "or put the articles in separate event folders."
    )
