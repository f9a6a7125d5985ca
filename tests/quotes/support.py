"""Helpers for the quote tests: one article written for a test, and its quotations by their words."""

from __future__ import annotations

import pandas as pd

from helpers.quotes import extract_quotes

US, CN = "US government", "Chinese government"


def one(text, title="Headline here", **kw):
    """``extract_quotes`` on one article made of ``title`` and ``text``; returns the table and the article text."""
    arts = pd.DataFrame([{"article_id": "t", "outlet": "Test", "title": title, "text": f"{title}\n\n{text}"}])
    return extract_quotes(arts, **kw), arts["text"].iloc[0]


def quoted(q):
    """The rows in quotation marks, indexed by their words."""
    return q[q["kind"] != "indirect"].set_index("quote")
