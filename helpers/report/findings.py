"""What the index says about each notebook: its title, its question, and the findings it computed.

A notebook marks the cells whose output states a finding with the cell tag
``finding`` (JupyterLab: the property inspector, "Cell Tags").  The index
shows the Markdown or plain text those cells displayed in the executed
notebook (not their tables or charts), through the same allow-list as the pages, so a finding that quotes an
article cannot put live markup on the index.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 01 · The *articles*")])
    >>> notebook_title(nb)
    '01 · The articles'
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import nbformat

from .sanitize import markdown_to_html

FINDING_TAG = "finding"

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_INLINE_MARKUP = re.compile(r"[*_`]+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def read_notebook(path: str | Path):
    """The notebook at ``path``, or None where it does not exist (a notebook not run)."""
    path = Path(path)
    return nbformat.read(path, as_version=4) if path.exists() else None


def _first_markdown(nb) -> str:
    return next((c.source for c in nb.cells if c.cell_type == "markdown" and c.source.strip()), "")


def plain_markdown(text: str) -> str:
    """One line of Markdown as plain text: links reduced to their words, emphasis and code marks gone."""
    return _INLINE_MARKUP.sub("", _LINK.sub(r"\1", text)).strip()


def notebook_title(nb, fallback: str = "Notebook") -> str:
    """The notebook's first heading as plain text (the page's title), else ``fallback``."""
    match = _HEADING.search(_first_markdown(nb)) if nb is not None else None
    return plain_markdown(match.group(1)) if match else fallback


def notebook_question(nb) -> str:
    """The first paragraph after the heading of the first Markdown cell, as safe HTML ("" if none)."""
    if nb is None:
        return ""
    body = _HEADING.sub("", _first_markdown(nb), count=1).strip()
    paragraph = body.split("\n\n", 1)[0].strip()
    return markdown_to_html(paragraph) if paragraph else ""


def _output_html(output) -> str:
    """A finding's text as safe HTML: Markdown rendered, plain text escaped; tables and charts are not findings."""
    if output.get("output_type") == "stream":
        if output.get("name") != "stdout":
            return ""  # warnings are not findings
        return f"<p>{escape(str(output.get('text', '')).strip())}</p>"
    data = output.get("data", {})
    if "text/markdown" in data:
        return markdown_to_html(str(data["text/markdown"])).strip()
    if set(data) == {"text/plain"}:
        return f"<p>{escape(str(data['text/plain']).strip())}</p>"
    return ""


def findings_of(nb) -> list[str]:
    """What the cells tagged ``finding`` displayed, one safe HTML block per output, in order."""
    if nb is None:
        return []
    blocks = []
    for cell in nb.cells:
        if cell.cell_type != "code" or FINDING_TAG not in cell.get("metadata", {}).get("tags", []):
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") in ("display_data", "execute_result", "stream"):
                html = _output_html(output)
                if html and html != "<p></p>":
                    blocks.append(html)
    return blocks
