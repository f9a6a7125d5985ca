"""The shareable report: each notebook as an offline HTML page, and the index that leads to them."""

from .findings import FINDING_TAG, findings_of, notebook_question, notebook_title
from .index import FIGURE_FORMATS, figures_of, write_index
from .pages import render_page, write_page
from .reading_page import report_reading_view, write_reading_view
from .sanitize import SafeOutputs, markdown_to_html, sanitize_html

__all__ = [
    "FIGURE_FORMATS",
    "FINDING_TAG",
    "SafeOutputs",
    "figures_of",
    "findings_of",
    "markdown_to_html",
    "notebook_question",
    "notebook_title",
    "render_page",
    "report_reading_view",
    "sanitize_html",
    "write_index",
    "write_page",
    "write_reading_view",
]
