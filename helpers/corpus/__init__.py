"""Articles into DataFrames: one row per article, paragraph and sentence.

:func:`load_articles` reads, in this order (:mod:`.loading`): a file as an
article table (CSV, JSON Lines, Parquet: :mod:`.article_tables`); a folder
with a manifest, ``articles.csv``, plus one ``.txt`` file per article as one
event (:mod:`.manifest`, :mod:`.files`, :mod:`.reading`); a folder of such
folders as many events.  ``python -m helpers.corpus init FOLDER`` writes the
manifest of a folder of ``.txt`` files and saved web pages
(:mod:`.init`, :mod:`.webpages`).  The text of each file is kept verbatim;
every paragraph and sentence row
(:mod:`.paragraphs`, :mod:`.sentences`) carries ``start, end`` character
offsets such that ``text[start:end]`` is the row's text.  Texts are read as
a reader sees them (:mod:`.normalise`: CR and CRLF endings, hard-wrapped
lines, Markdown escapes and HTML tags) without rewriting them.

>>> arts = load_articles()                       # the seeds
>>> paras = paragraphs(arts)                     # headline, body, bullets ...
>>> sents = sentences(arts)                      # joins back by article_id
"""

from ..errors import ArticleEncodingWarning, ArticleLoadError, ArticleTableError
from .article_tables import COLUMN_NAMES, load_article_table
from .init import init_folder
from .loading import articles_kind, event_folders, load_articles
from .manifest import MANIFEST, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, load_folder
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
from .webpages import Page, read_page

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
    "COLUMN_NAMES",
    "MANIFEST",
    "OPTIONAL_COLUMNS",
    "PARAGRAPH_KINDS",
    "Page",
    "REQUIRED_COLUMNS",
    "ArticleEncodingWarning",
    "ArticleLoadError",
    "ArticleTableError",
    "articles_kind",
    "clear_caches",
    "event_folders",
    "init_folder",
    "load_article_table",
    "load_articles",
    "load_folder",
    "paragraph_rows",
    "paragraphs",
    "read_page",
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
