"""A manifest written for you: ``articles.csv`` for a folder of ``.txt`` files and saved web pages.

For each saved page (``name.html`` or ``name.htm``) the extracted text is
written beside it as ``name.txt`` (headline first, a blank line between
paragraphs), unless a ``name.txt`` is already there, which is kept and
said so; the manifest names the text in ``file`` and the page in ``source``,
with the title, date, site name and URL the page gives.  For each other
``.txt`` file the title is its first line.  Cells nothing could fill
(a date, an outlet) are left empty and listed, for the user to fill in
before loading.  An existing ``articles.csv`` is never overwritten unless
``force`` is given.

    python -m helpers.corpus init FOLDER [--force]
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ArticleLoadError
from .files import exists, nfc, pages_on_disk, texts_on_disk
from .manifest import MANIFEST, REQUIRED_COLUMNS, check_folder, missing_manifest
from .reading import read_text
from .webpages import read_page

#: The manifest's columns, as ``init`` writes them.
INIT_COLUMNS = (*REQUIRED_COLUMNS, "url", "source")


@dataclass
class InitResult:
    """What :func:`init_folder` did: the manifest's rows, the text files written and kept, the cells left empty."""

    manifest: Path
    rows: list[dict[str, str]]
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    missing: dict[str, list[str]] = field(default_factory=dict)

    def message(self) -> str:
        """The report ``init`` prints: what it wrote, what it kept, and every cell left to fill in."""
        pages = sum(1 for row in self.rows if row["source"])
        lines = [f"wrote {self.manifest}: {len(self.rows)} article(s), {pages} from saved web pages"]
        lines += [f"  wrote {name}: the text extracted from {source}" for name, source in self.written_pairs()]
        lines += [f"  kept {name}: already there, not overwritten (delete it to extract the page again)"
                  for name in self.kept]
        if self.missing:
            lines.append(f"fill in these empty cells of {self.manifest.name} before loading (dates as YYYY-MM-DD):")
            for number, row in enumerate(self.rows, 2):
                if row["file"] in self.missing:
                    lines.append(f"  row {number}, {row['file']}: {', '.join(self.missing[row['file']])}")
        else:
            lines.append("every cell is filled: the folder is ready to load")
        return "\n".join(lines)

    def written_pairs(self) -> list[tuple[str, str]]:
        sources = {row["file"]: row["source"] for row in self.rows}
        return [(name, sources[name]) for name in self.written]


def init_folder(folder: str | Path, force: bool = False) -> InitResult:
    """Write ``folder/articles.csv`` listing every ``.txt`` file and saved web page in ``folder``.

    Raises :class:`ArticleLoadError` when the manifest exists and ``force``
    is not given, when the folder holds no articles, or when a page or a
    text cannot be read (naming the file).
    """
    folder = Path(folder)
    check_folder(folder)
    manifest = folder / MANIFEST
    if exists(manifest) and not force:
        raise ArticleLoadError(f"{manifest}: a manifest is already there; not overwritten (give --force to replace it)")
    pages, texts = pages_on_disk(folder), texts_on_disk(folder)
    if not pages and not texts:
        raise missing_manifest(folder)
    result = InitResult(manifest=manifest, rows=[])
    text_of_page = _page_texts(folder, pages)
    for page_path in pages.values():
        result.rows.append(_page_row(page_path, text_of_page[page_path], result))
    page_texts = {nfc(path.name) for path in text_of_page.values()}
    for name, path in texts.items():
        if name not in page_texts:
            result.rows.append(_text_row(path))
    result.rows.sort(key=lambda row: row["file"])
    for row in result.rows:
        empty = [column for column in REQUIRED_COLUMNS if not row[column]]
        if empty:
            result.missing[row["file"]] = empty
    with open(manifest, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=INIT_COLUMNS)
        writer.writeheader()
        writer.writerows(result.rows)
    return result


def _page_texts(folder: Path, pages: dict[str, Path]) -> dict[Path, Path]:
    """Each page's text file, ``name.txt`` beside ``name.html``; two pages of one name are refused."""
    owners: dict[str, Path] = {}
    for page in pages.values():
        other = owners.setdefault(page.stem, page)
        if other != page:
            raise ArticleLoadError(
                f"{page}: {other.name} has the same name, and both would have their text in {page.stem}.txt; "
                f"rename one of them"
            )
    return {page: folder / f"{page.stem}.txt" for page in pages.values()}


def _page_row(page_path: Path, text_path: Path, result: InitResult) -> dict[str, str]:
    page = read_page(page_path)
    if exists(text_path):
        result.kept.append(text_path.name)
    else:
        with open(text_path, "w", newline="", encoding="utf-8") as fh:
            fh.write(page.article_text())
        result.written.append(text_path.name)
    title = page.title or _first_line(read_text(text_path))
    return {"file": text_path.name, "outlet": page.outlet, "title": title, "published": page.published,
            "url": page.url, "source": page_path.name}


def _text_row(path: Path) -> dict[str, str]:
    return {"file": path.name, "outlet": "", "title": _first_line(read_text(path)), "published": "",
            "url": "", "source": ""}


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
