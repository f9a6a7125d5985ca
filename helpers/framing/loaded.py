"""Where loaded language occurs: one row per term found and per lexicon that lists it, with its offsets.

The lexicons come from research and are shipped in ``helpers/data`` with their
source and licence (helpers/data/README.md): the MPQA subjectivity clues
(Wilson, Wiebe and Hoffmann 2005), Wikipedia's "words to watch" (its Manual of
Style's list of words that may introduce bias), a list of hedges, and the
user's own list (``loaded_terms.csv``, empty as shipped).  Which lexicons and
categories are used by default (:data:`.lexicons.DEFAULT_LOADED`) was chosen on
half of BASIL's dev events by ``benchmarks/basil_loaded.py``.

Each paragraph is searched on its own, so a phrase never runs across a
paragraph break; within one lexicon a match inside a longer one is left out
("doubt" inside "without a doubt"); when two lexicons list the same words, each
gives its own row.

>>> loaded_language(load_articles()).head(2)       # doctest: +SKIP
   article_id  start  end       term            lexicon             kind   pattern
0  axios-...    245  253   snubbing  MPQA subjectivity  strong negative     snub~
"""

from __future__ import annotations

import pandas as pd

from ..corpus import paragraphs
from .inputs import check_articles
from .lexicons import loaded_index
from .patterns import drop_nested, find_terms
from .tokens import tokens

LOADED_COLUMNS = ["article_id", "start", "end", "term", "lexicon", "kind", "pattern"]


def loaded_in(toks: list, index) -> list[tuple[str, str, str, int, int]]:
    """``(lexicon, kind, pattern, first token, end token)`` of every loaded term among ``toks``, in text order.

    Within a lexicon, a match inside a longer one is left out and a span
    matched by two of its patterns is given once (its first).
    """
    by_lexicon: dict[str, list] = {}
    for key, i, j in find_terms(toks, index):
        by_lexicon.setdefault(key[0], []).append((key, i, j))
    found = []
    for hits in by_lexicon.values():
        seen = set()
        for (lexicon, kind, pattern), i, j in drop_nested(hits):
            if (i, j) not in seen:
                seen.add((i, j))
                found.append((lexicon, kind, pattern, i, j))
    return sorted(found, key=lambda h: (h[3], h[4]))


def loaded_language(articles: pd.DataFrame, loaded: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every use of a loaded term in ``articles``: ``article_id, start, end, term, lexicon, kind, pattern``.

    ``term`` is the text as written (``text[start:end]``), ``lexicon`` the
    lexicon that lists it ("MPQA subjectivity", "words to watch", "hedges",
    "own list"), ``kind`` its category there ("strong negative", "expression
    of doubt" …) and ``pattern`` the entry it matched.  ``loaded`` is a table
    with ``pattern, kind`` and optionally ``lexicon`` (default:
    :func:`.lexicons.load_loaded_lexicons`).  Rows in text order per article;
    two lexicons listing the same words give two rows.
    """
    check_articles(articles)
    index = loaded_index(loaded)
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = []
    for para in paragraphs(articles).itertuples(index=False):
        text = texts[para.article_id]
        toks = tokens(text, para.start, para.end)
        for lexicon, kind, pattern, i, j in loaded_in(toks, index):
            start, end = toks[i][0], toks[j - 1][1]
            rows.append((para.article_id, start, end, text[start:end], lexicon, kind, pattern))
    return pd.DataFrame(rows, columns=LOADED_COLUMNS)
