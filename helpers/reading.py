"""A reading view: every article as text, with what the analyses found marked where they found it.

Outlets stand side by side; each article's quotes are coloured by the
speaker's side (speaker, side and kind on hover), dates are underlined (their
resolved value on hover), loaded terms are marked, and a sentence that the
alignment pairs with another outlet's sentence links to it.  This is where a
reader checks any number against the text.

>>> view = reading_view(articles, quotes=quotes, dates=dated, loaded=loaded, pairs=pairs)
>>> view                                   # shown in JupyterLab
>>> view.save("reports/reading_view.html")  # a page of its own, no script, nothing from the network

Article text is escaped, so markup in an article is shown as text and never runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

from .colors import outlet_colors, side_color
from .corpus import paragraphs
from .tables import REPORT_MIME

DATE_STYLE = "border-bottom:2px dotted #333"
LOADED_STYLE = "font-weight:600;text-decoration:underline wavy #B8860B"
#: Paragraph kinds shown dimmed: kept for a reader, left out of the analyses.
DIM_KINDS = ("boilerplate",)

#: The view's own style, scoped to it: shown inside JupyterLab, it restyles nothing else.
VIEW_CSS = """
.rv-view{font-family:Georgia,serif;color:#222}
.rv-view h1{font-family:Helvetica,Arial,sans-serif;font-size:1.5em;margin:.2em 0 .5em}
.rv-grid{display:grid;gap:1.5em;overflow-x:auto}
.rv-article h2{font-family:Helvetica,Arial,sans-serif;font-size:1.05em;margin:0 0 .2em}
.rv-meta{font-family:Helvetica,Arial,sans-serif;font-size:.8em;color:#555;margin-bottom:.8em}
.rv-article p{line-height:1.55;margin:0 0 .8em;text-align:left;white-space:pre-wrap}
.rv-legend{font-family:Helvetica,Arial,sans-serif;font-size:.85em;margin-bottom:1em}
.rv-legend span{margin-right:1.2em}
a.rv-pair{font-family:Helvetica,Arial,sans-serif;font-size:.75em;text-decoration:none;margin:0 .4em 0 .2em}
"""
#: A page of its own adds the page's margins.
PAGE_CSS = "body{margin:1.5em;max-width:120em}" + VIEW_CSS


@dataclass(frozen=True)
class Mark:
    """One annotation on an article's text: ``text[start:end]`` is what it marks."""

    start: int
    end: int
    style: str
    title: str
    kind: str


#: The file name of the reading view in a report folder, beside the notebooks' pages.
READING_VIEW_PAGE = "reading_view.html"

_NAV_CSS = ".rv-nav{font-family:Helvetica,Arial,sans-serif;font-size:.9em;margin-bottom:1em}"


@dataclass
class ReadingView:
    """The reading view's HTML: shown by JupyterLab, or saved as a page of its own.

    A shared notebook page (``make report``) shows a link to the report's
    own ``reading_view.html`` in its place: a page's outputs are cleaned of
    the styles and anchors the view needs, and the runner writes the page.
    """

    body: str
    title: str = "Reading view"

    def _repr_html_(self) -> str:
        return f"<style>{VIEW_CSS}</style>{self.body}"

    def _repr_mimebundle_(self, include=None, exclude=None):
        link = (
            f'<p><a href="{READING_VIEW_PAGE}">Open the reading view</a>: every article side by side, '
            "with its quotes coloured by side, dates and loaded terms marked, and the sentences the outlets "
            "share linked to each other.</p>"
        )
        return {"text/html": self._repr_html_(), REPORT_MIME: link, "text/plain": f"<{self.title}>"}

    def document(self, index: str | None = None) -> str:
        """The view as a page; given ``index`` (e.g. ``"index.html"``), a link back to it at the top."""
        nav = (f'<nav class="rv-nav"><a href="{escape(index)}">\u2190 Index: all notebooks, findings and figures</a>'
               "</nav>" if index else "")
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(self.title)}</title><style>{PAGE_CSS}{_NAV_CSS if index else ''}</style></head>"
            f"<body>{nav}{self.body}</body></html>\n"
        )

    @property
    def html(self) -> str:
        return self.document()

    def save(self, path: str | Path, index: str | None = None) -> Path:
        """Write the page to ``path`` (with a link back to ``index``, given one)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.document(index), encoding="utf-8")
        return path


def anchor(article_id: str, start: int) -> str:
    """The HTML id of the sentence of ``article_id`` that starts at offset ``start``."""
    return "s-" + re.sub(r"[^A-Za-z0-9_-]", "_", str(article_id)) + f"-{int(start)}"


def _rows(table: pd.DataFrame | None, article_id: str) -> pd.DataFrame:
    if table is None or table.empty:
        return pd.DataFrame()
    return table[table["article_id"] == article_id]


def _marks(article_id: str, quotes, dates, loaded) -> list[Mark]:
    marks = []
    for row in _rows(quotes, article_id).itertuples(index=False):
        speaker = row.speaker if isinstance(row.speaker, str) and row.speaker else "no speaker found"
        side = row.side if isinstance(row.side, str) and row.side else "other"
        color = side_color(side)
        marks.append(Mark(row.start, row.end, f"background:{color}22;border-bottom:2px solid {color}",
                          f"{speaker} ({side}), {row.kind}", "quote"))
    for row in _rows(dates, article_id).itertuples(index=False):
        marks.append(Mark(row.start, row.end, DATE_STYLE, f"date: {row.value}", "date"))
    for row in _rows(loaded, article_id).itertuples(index=False):
        lexicon = getattr(row, "lexicon", "")
        marks.append(Mark(row.start, row.end, LOADED_STYLE, f"loaded term: {row.term}" + (f" ({lexicon})" if lexicon else ""),
                          "loaded"))
    return marks


def _pair_links(pairs: pd.DataFrame | None, outlets: dict[str, str]) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """(article_id, sentence start) -> [(target anchor, label)] for each aligned pair, both ways."""
    links: dict[tuple[str, int], list[tuple[str, str]]] = {}
    if pairs is None or pairs.empty:
        return links
    for row in pairs.itertuples(index=False):
        for here, there in (("a", "b"), ("b", "a")):
            key = (getattr(row, f"article_id_{here}"), int(getattr(row, f"start_{here}")))
            target = anchor(getattr(row, f"article_id_{there}"), getattr(row, f"start_{there}"))
            label = f"↔ {outlets.get(getattr(row, f'article_id_{there}'), '')} (similarity {row.score:.2f})"
            links.setdefault(key, []).append((target, label))
    return links


def _render_span(text: str, start: int, end: int, marks: list[Mark], points: dict[int, str]) -> str:
    """``text[start:end]`` as HTML: each run between mark boundaries wrapped in the marks that cover it."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end, *(p for p in points if start <= p < end),
                   *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.append(points.get(a, ""))
        piece = escape(text[a:b])
        for mark in sorted((m for m in inside if m.start <= a and b <= m.end), key=lambda m: m.end - m.start):
            piece = f'<span class="rv-{mark.kind}" style="{escape(mark.style)}" title="{escape(mark.title)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _sentence_points(sents: pd.DataFrame, links) -> dict[int, str]:
    """Offset -> the anchor (and links to aligned sentences) placed where a sentence starts."""
    points = {}
    for row in sents.itertuples(index=False):
        extra = "".join(f'<a class="rv-pair" href="#{t}">{escape(label)}</a>'
                        for t, label in links.get((row.article_id, int(row.start)), []))
        points[int(row.start)] = f'<span id="{anchor(row.article_id, row.start)}"></span>{extra}'
    return points


def _legend(sides: list[str]) -> str:
    items = [f'<span style="background:{side_color(s)}22;border-bottom:2px solid {side_color(s)}">quote: {escape(s)}</span>'
             for s in sides]
    items += [f'<span style="{DATE_STYLE}">date</span>', f'<span style="{LOADED_STYLE}">loaded term</span>',
              '<span>↔ the same fact told by another outlet</span>']
    return '<div class="rv-legend">' + "".join(items) + "</div>"


def reading_view(
    articles: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    dates: pd.DataFrame | None = None,
    loaded: pd.DataFrame | None = None,
    pairs: pd.DataFrame | None = None,
    sents: pd.DataFrame | None = None,
    title: str = "Reading view",
) -> ReadingView:
    """Every article of ``articles`` side by side, with quotes, dates, loaded terms and aligned pairs marked.

    Each annotation table needs ``article_id, start, end`` (offsets into the
    article's text) and: quotes ``speaker, side, kind``; dates ``value``;
    loaded terms ``term`` (and ``lexicon`` if known).  ``pairs`` is the table
    of :func:`helpers.framing.align_sentences`; ``sents`` the sentences whose
    starts get anchors (default: the aligned sentences only).
    """
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    colors = outlet_colors(articles["outlet"])
    links = _pair_links(pairs, outlets)
    if sents is None:
        sents = pd.DataFrame([{"article_id": a, "start": s} for a, s in links], columns=["article_id", "start"])
    paras = paragraphs(articles)
    columns = []
    for art in articles.sort_values(["outlet", "published", "article_id"]).itertuples(index=False):
        marks = _marks(art.article_id, quotes, dates, loaded)
        points = _sentence_points(_rows(sents, art.article_id).assign(article_id=art.article_id), links)
        body = []
        for para in _rows(paras, art.article_id).itertuples(index=False):
            style = ' style="color:#999"' if para.kind in DIM_KINDS else ""
            tag = "h2" if para.kind == "headline" else "p"
            body.append(f'<{tag} class="rv-{para.kind}"{style}>'
                        f"{_render_span(art.text, para.start, para.end, marks, points)}</{tag}>")
        meta = f"{escape(art.outlet)} · {pd.Timestamp(art.published):%Y-%m-%d} · {escape(str(art.article_id))}"
        columns.append(f'<article class="rv-article" style="border-top:4px solid {colors[art.outlet]};padding-top:.5em">'
                       f'<div class="rv-meta">{meta}</div>{"".join(body)}</article>')
    sides = sorted(set(quotes["side"].dropna())) if quotes is not None and not quotes.empty else []
    grid = (f'<div class="rv-grid" style="grid-template-columns:repeat({max(1, len(columns))},minmax(18em,1fr))">'
            + "".join(columns) + "</div>")
    return ReadingView(f'<div class="rv-view"><h1>{escape(title)}</h1>' + _legend(sides) + grid + "</div>", title=title)
