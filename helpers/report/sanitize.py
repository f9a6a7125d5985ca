"""Cell outputs made inert for a shared page: an allow-list of tags, everything else shown as text.

What a notebook displays can carry an article's words: a title in a table, a
quote in a finding.  Those words must never become live markup in the report,
so every HTML or Markdown output goes through one allow-list (Bleach): the
structure a table or a paragraph needs is kept (headings, paragraphs, lists,
tables with their header cells, links), anything else (``<script>``, ``<img>``,
``<iframe>``, event handlers, ``javascript:`` links) is escaped and shows as
the text it was.  pandas' ``<style scoped>`` block is dropped, not shown: it is
presentation the page provides itself.

Why not nbconvert's own ``sanitize_html=True``: in nbconvert 7 it sends every
Markdown cell and HTML output through a fixed list of a dozen inline tags
(``clean_html``), with no ``h1``-``h6``, ``p``, ``thead``, ``th`` or
``style``, and escapes the rest.  So the rendered Markdown showed up as
literal ``<h1 id=…>…</h1><p>…`` and every table lost its header row, with the
pandas CSS printed above it.  Its ``SanitizeHTML`` preprocessor is
configurable but escapes a style block the same way, and cleans Markdown
source as if it were HTML.

    >>> sanitize_html('<p>Talks <script>alert(1)</script> ended</p>')
    '<p>Talks &lt;script&gt;alert(1)&lt;/script&gt; ended</p>'
"""

from __future__ import annotations

import re

import bleach
from nbconvert.filters.markdown_mistune import markdown2html_mistune
from nbconvert.preprocessors import Preprocessor

from ..tables import REPORT_MIME

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

ALLOWED_TAGS = frozenset(
    {
        *HEADINGS,
        "p", "br", "hr", "blockquote", "pre", "code", "kbd", "samp",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "q",
        "span", "div",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a",
    }
)  # fmt: skip

# No ``style`` attribute (the page styles tables itself) and no ``src`` anywhere: an output can
# never make the page fetch anything.  ``id`` only on headings, for the Markdown anchors.
ALLOWED_ATTRIBUTES = {
    "*": ["class", "title"],
    "a": ["href", "title", "class"],
    "th": ["colspan", "rowspan", "scope", "class"],
    "td": ["colspan", "rowspan", "class"],
    "col": ["span"],
    "colgroup": ["span"],
    "ol": ["start", "reversed"],
    **{h: ["id", "class"] for h in HEADINGS},
}

# Links may lead to a web page or an e-mail address; relative links and #anchors are kept as they are.
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

# Output types a page shows as they are: plain text is escaped by the template, images are embedded
# as data URLs (an SVG in an <img> runs no script).
SAFE_AS_IS = frozenset({"text/plain", "image/png", "image/jpeg", "image/gif", "image/svg+xml"})

_STYLE_BLOCK = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL)

_CLEANER = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=False,
    strip_comments=True,
)


def sanitize_html(html: str) -> str:
    """``html`` with only allow-listed tags and attributes live; any other markup escaped into text."""
    return _CLEANER.clean(_STYLE_BLOCK.sub("", html))


def markdown_to_html(markdown: str) -> str:
    """Markdown rendered as nbconvert renders it, then through the allow-list."""
    return sanitize_html(markdown2html_mistune(markdown))


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def safe_output_data(data: dict) -> dict:
    """A display's mime bundle reduced to what a shared page may show.

    HTML is cleaned; Markdown is rendered and cleaned into HTML (so the page
    shows it without a second pass); scripts, widgets and any other type are
    left out.  A display that says what a shared page should show in its
    place (:data:`helpers.tables.REPORT_MIME`: a readable table's static
    HTML, a link instead of the reading view, nothing instead of itables'
    code) is shown as that, cleaned the same way.
    """
    if REPORT_MIME in data:
        alternative = _text(data[REPORT_MIME])
        return {"text/html": sanitize_html(alternative)} if alternative.strip() else {}
    safe = {key: value for key, value in data.items() if key in SAFE_AS_IS}
    if "text/html" in data:
        safe["text/html"] = sanitize_html(_text(data["text/html"]))
    elif "text/markdown" in data:
        safe["text/html"] = markdown_to_html(_text(data["text/markdown"]))
    return safe


class SafeOutputs(Preprocessor):
    """nbconvert preprocessor: every code cell's displays made inert with :func:`safe_output_data`.

    Markdown cells are the notebook author's own text and are rendered as
    written; raw cells are cleaned by the template.  Streams, errors and
    ``text/plain`` are escaped by the template.
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                if "data" in output:
                    output["data"] = safe_output_data(output["data"])
                    # per-type metadata (e.g. "isolated" HTML in an iframe) no longer applies
                    output["metadata"] = {k: v for k, v in output.get("metadata", {}).items() if k in SAFE_AS_IS}
            # a display left with nothing to show (a script, a widget) leaves no empty box behind
            cell.outputs = [o for o in cell.get("outputs", []) if "data" not in o or o["data"]]
        return cell, resources
