"""A web page saved from the browser (``.html``, ``.htm``) into an article: its main text and its metadata.

The extraction is trafilatura's (offline: it reads the file it is given and
fetches nothing): the main text without navigation, asides, comments or
footers, and from the page's metadata the headline, the publication date,
the site's name and the page's URL.  The bytes are decoded by the page's own
declaration: a byte-order mark, else a ``<meta charset>`` (or its
``http-equiv`` form) in the first 1,024 bytes, else UTF-8, else
Windows-1252 with an :class:`~helpers.errors.ArticleEncodingWarning`.

>>> page = read_page("saved/port-talks.html")            # doctest: +SKIP
>>> page.title, page.published, page.outlet, page.url    # doctest: +SKIP
('Port talks stall as ministers trade blame', '2022-03-15', 'Harbour Gazette', 'https://…')
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import ArticleEncodingWarning, ArticleLoadError
from ..text import byte_order_mark
from ..validation import file_problem

PAGE_SUFFIXES = (".html", ".htm")
#: How far into a page the browser looks for its declared encoding (the HTML standard's prescan).
PRESCAN = 1024
#: ``<meta charset="…">`` or ``<meta http-equiv="Content-Type" content="text/html; charset=…">``.
META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
#: Labels a browser reads as Windows-1252 (the HTML standard maps Latin-1 and ASCII to it).
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "cp1252",
                       "windows-1252", "x-cp1252"}
#: Dates trafilatura may take: the page's own metadata and markup, not a guess from its running text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Page:
    """What a saved page says about its article; a field the page does not give is ``""``."""

    path: Path
    text: str
    title: str
    published: str
    outlet: str
    url: str

    def article_text(self) -> str:
        """The text as an article file holds it: the headline on the first line, a blank line between paragraphs."""
        paragraphs = [line.strip() for line in self.text.splitlines() if line.strip()]
        if self.title and (not paragraphs or paragraphs[0] != self.title):
            paragraphs.insert(0, self.title)
        return "\n\n".join(paragraphs) + "\n"


def is_page(path: Path) -> bool:
    """Whether ``path`` is named like a saved web page."""
    return path.suffix.lower() in PAGE_SUFFIXES


def page_html(path: str | Path) -> str:
    """The page's markup as text, decoded by its byte-order mark, its declared charset, UTF-8 or Windows-1252."""
    path = Path(path)
    problem = file_problem(path)
    if problem:
        raise ArticleLoadError(f"{path}: saved page {problem}")
    data = path.read_bytes()
    mark = byte_order_mark(data)
    if mark is not None:
        return _decode(path, data, mark[0], f"its {mark[1]} byte-order mark")
    declared = META_CHARSET.search(data[:PRESCAN])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        codec = "cp1252" if label in WINDOWS_1252_LABELS else label
        try:
            codecs.lookup(codec)
        except LookupError:
            raise ArticleLoadError(f"{path}: the page declares an unknown encoding {label!r} (<meta charset>)") from None
        return _decode(path, data, codec, f"its <meta charset={label}>")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        warnings.warn(
            f"{path}: declares no encoding and is not UTF-8 ({exc.reason} at byte {exc.start}); decoded as Windows-1252",
            ArticleEncodingWarning,
            stacklevel=3,
        )
        return _decode(path, data, "cp1252", "Windows-1252")


def _decode(path: Path, data: bytes, codec: str, how: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ArticleLoadError(f"{path}: cannot be decoded as {how} says ({exc.reason} at byte {exc.start})") from None


def read_page(path: str | Path) -> Page:
    """The article in a saved page: its main text and the headline, date, site name and URL its metadata give.

    Raises :class:`ArticleLoadError` naming the file when it cannot be read
    or holds no article text.
    """
    import trafilatura  # deferred: a second of imports that only pages need

    path = Path(path)
    html = page_html(path)
    if "\x00" in html:
        raise ArticleLoadError(f"{path}: binary file (contains NUL characters), expected a saved web page")
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=DATE_PARAMS,
    )
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise ArticleLoadError(f"{path}: no article text found in the saved page")
    return Page(
        path=path,
        text=text,
        title=_field(found, "title"),
        published=_field(found, "date"),
        outlet=_field(found, "sitename"),
        url=_field(found, "url"),
    )


def _field(found, name: str) -> str:
    value = getattr(found, name, None)
    return " ".join(str(value).split()) if value else ""
