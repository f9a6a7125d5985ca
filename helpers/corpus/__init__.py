"""Articles into DataFrames: one row per article, paragraph and sentence.

A folder of articles is a manifest, ``articles.csv``, plus one ``.txt`` file
per article (:mod:`.manifest`, :mod:`.files`, :mod:`.reading`).  The text of
each file is kept verbatim; every paragraph and sentence row
(:mod:`.paragraphs`, :mod:`.sentences`) carries ``start, end`` character
offsets such that ``text[start:end]`` is the row's text.  Texts are read as
a reader sees them (:mod:`.normalise`: CR and CRLF endings, hard-wrapped
lines, Markdown escapes and HTML tags) without rewriting them.

>>> arts = load_articles()                       # the seeds
>>> paras = paragraphs(arts)                     # headline, body, bullets ...
>>> sents = sentences(arts)                      # joins back by article_id
"""

from ..errors import ArticleEncodingWarning, ArticleLoadError, ArticleTableError
from .manifest import MANIFEST, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, load_articles
from .normalise import reader_view, soft_breaks, unify_line_ends, wrap_width
from .paragraphs import (
    ANALYSED_KINDS,
    BODY_KINDS,
    PARAGRAPH_KINDS,
    paragraph_rows,
    paragraphs,
    split_paragraph_spans,
)
from .reading import read_text
from .sentences import sentence_rows, sentences, split_sentence_spans
from .structure import structure

# the per-text caches under their former names (benchmarks/pipeline_speed.py clears them)
_paragraph_rows = paragraph_rows
_sentence_rows = sentence_rows


def clear_caches() -> None:
    """Forget the paragraphs and sentences of every text seen so far (for timings)."""
    paragraph_rows.cache_clear()
    sentence_rows.cache_clear()
    wrap_width.cache_clear()
    soft_breaks.cache_clear()


__all__ = [
    "ANALYSED_KINDS",
    "BODY_KINDS",
    "MANIFEST",
    "OPTIONAL_COLUMNS",
    "PARAGRAPH_KINDS",
    "REQUIRED_COLUMNS",
    "ArticleEncodingWarning",
    "ArticleLoadError",
    "ArticleTableError",
    "clear_caches",
    "load_articles",
    "paragraph_rows",
    "paragraphs",
    "read_text",
    "reader_view",
    "sentence_rows",
    "sentences",
    "soft_breaks",
    "split_paragraph_spans",
    "split_sentence_spans",
    "structure",
    "unify_line_ends",
    "wrap_width",
]
