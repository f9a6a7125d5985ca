"""Where the loaded terms occur: one row per use, with its offsets, for the reading view and the evidence.

The terms are those of ``helpers/data/loaded_terms.csv`` (or a table like
it): evaluative words a sentiment lexicon misses ("hectored", "snubbed",
"genocide").  Each paragraph is searched on its own, so a phrase never runs
across a paragraph break; a match inside a longer one is left out
("propaganda" inside "propaganda coup").

>>> loaded_language(load_articles()).head(2)
                       article_id  start  end       term  pattern       lexicon
0  axios-2021-09-10-biden-xi-call    245  253   snubbing    snub*  hostile verb
1  axios-2021-09-10-biden-xi-call    258  267  rebuffing  rebuff*  hostile verb
"""

from __future__ import annotations

import pandas as pd

from ..corpus import paragraphs
from .inputs import check_articles
from .lexicons import load_loaded_terms, loaded_patterns
from .patterns import drop_nested, find_terms
from .tokens import tokens

LOADED_COLUMNS = ["article_id", "start", "end", "term", "pattern", "lexicon"]


def loaded_language(articles: pd.DataFrame, loaded: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every use of a loaded term in ``articles``: ``article_id, start, end, term, pattern, lexicon``.

    ``term`` is the text as written (``text[start:end]``), ``pattern`` the
    entry of the list it matched, ``lexicon`` that entry's kind ("hostile
    verb", "charged label" …).  ``loaded`` is a table with ``pattern, kind``
    (default: :func:`load_loaded_terms`).  Rows in text order per article.
    """
    check_articles(articles)
    table = load_loaded_terms() if loaded is None else loaded
    patterns = loaded_patterns(loaded)
    kinds = dict(zip(table["pattern"], table["kind"]))
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = []
    for para in paragraphs(articles).itertuples(index=False):
        text = texts[para.article_id]
        toks = tokens(text, para.start, para.end)
        for pattern, i, j in sorted(drop_nested(find_terms(toks, patterns)), key=lambda h: (h[1], h[2])):
            start, end = toks[i][0], toks[j - 1][1]
            rows.append((para.article_id, start, end, text[start:end], pattern, kinds.get(pattern, "")))
    return pd.DataFrame(rows, columns=LOADED_COLUMNS)
