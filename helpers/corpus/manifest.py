"""One event's folder into a table: the manifest ``articles.csv`` and one ``.txt`` file per article.

The manifest has the columns ``file, outlet, title, published`` and,
optionally, ``article_id, url, byline, source`` (``source``: the saved web
page the text was extracted from, as ``init`` records it); it is read by the
rules of the ``csv`` module (a quoted title keeps its commas and line
breaks).  Every problem stops the load with a message naming the folder, the
file or the manifest row.  :func:`helpers.corpus.load_articles` says which
folders and files are read how.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd

from ..errors import ArticleLoadError
from ..paths import SEEDS_DIR
from ..validation import file_problem, read_rows
from .files import article_path, exists, listed_name, pages_on_disk, refuse_outside, texts_on_disk
from .reading import read_text
from .webpages import is_page

MANIFEST = "articles.csv"
REQUIRED_COLUMNS = ("file", "outlet", "title", "published")
OPTIONAL_COLUMNS = ("article_id", "url", "byline", "source")
#: The columns of the articles table (before ``event``, which :func:`helpers.corpus.load_articles` adds).
ARTICLE_COLUMNS = ("article_id", "file", "path", "source", "outlet", "title", "published", "url", "byline", "text",
                   "n_chars")
#: An ISO 8601 date, optionally with a time and a zone ("2021-09-10", "2021-09-10T12:00:00Z").
ISO_DATE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[Tt ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"(?:[Zz]|[+-](?P<zone_hour>\d{2})(?::?(?P<zone_minute>\d{2}))?)?)?"
)
#: The largest value each part of a time may take (a second of 60 is a leap second).
TIME_LIMITS = {"hour": 23, "minute": 59, "second": 60, "zone_hour": 23, "zone_minute": 59}


def load_folder(folder: str | Path | None = None) -> pd.DataFrame:
    """Load every article listed in ``folder/articles.csv`` (default: ``seeds/``).

    Returns one row per article with ``article_id, file, path, source,
    outlet, title, published, url, byline, text, n_chars``; ``published`` is
    a pandas Timestamp (the date; a time given with it is dropped) and
    ``text`` the file's content (see :func:`read_text`).  Only regular files
    inside the folder are read.  Raises :class:`ArticleLoadError`, naming the
    file or manifest row, on bad input.
    """
    folder = Path(folder) if folder is not None else SEEDS_DIR
    check_folder(folder)
    manifest = folder / MANIFEST
    on_disk = texts_on_disk(folder)
    if not exists(manifest):
        raise missing_manifest(folder)
    refuse_outside(folder, manifest, f"{manifest}: the manifest")
    rows = _read_manifest(manifest)
    _refuse_unlisted(folder, manifest, on_disk, {listed_name(row["file"]) for _, row in rows})
    _refuse_unlisted_pages(folder, manifest, rows)

    records = []
    seen_ids: dict[str, int] = {}
    for line_no, row in rows:
        where = f"{manifest}, row {line_no}"
        if is_page(Path(row["file"])):
            raise ArticleLoadError(
                f"{where}: file {row['file']!r} is a saved web page; `python -m helpers.corpus init {folder} "
                f"--force` writes its text beside it as a .txt file to name in file (the page goes in source)"
            )
        path = article_path(folder, row["file"], where)
        article_id = row.get("article_id") or path.stem
        if article_id in seen_ids:
            raise ArticleLoadError(
                f"{where}: duplicate article id {article_id!r} (also on row {seen_ids[article_id]})"
            )
        seen_ids[article_id] = line_no
        published = parse_date(row["published"], where)
        text = read_text(path)
        records.append(article_record(
            article_id=article_id, file=row["file"], path=str(path), source=row.get("source", ""),
            outlet=row["outlet"], title=row["title"], published=published, url=row.get("url", ""),
            byline=row.get("byline", ""), text=text,
        ))
    return articles_frame(records, f"{manifest}: manifest lists no articles")


def article_record(**fields) -> dict:
    """One row of the articles table: its :data:`ARTICLE_COLUMNS` in order ("" for a field not given)."""
    return {column: fields.get(column, "") for column in ARTICLE_COLUMNS[:-1]} | {"n_chars": len(fields["text"])}


def articles_frame(records: list[dict], nothing: str) -> pd.DataFrame:
    """The articles table of ``records``, dates as Timestamps; :class:`ArticleLoadError` ``nothing`` if empty."""
    if not records:
        raise ArticleLoadError(nothing)
    frame = pd.DataFrame.from_records(records)
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def missing_manifest(folder: Path) -> ArticleLoadError:
    """The error for a folder without ``articles.csv``: empty, or holding articles that ``init`` can list."""
    if not texts_on_disk(folder) and not pages_on_disk(folder):
        return ArticleLoadError(f"{folder}: empty articles folder (no {MANIFEST}, no .txt or .html files)")
    return ArticleLoadError(
        f"{folder / MANIFEST}: manifest missing; `python -m helpers.corpus init {folder}` (or "
        f"`make init FOLDER={folder}`) writes it, one row per .txt and saved web page, with columns "
        f"{', '.join(REQUIRED_COLUMNS)}, and says which cells to fill in"
    )


def check_folder(folder: Path) -> None:
    """Raise :class:`ArticleLoadError` unless ``folder`` is a folder."""
    problem = file_problem(folder)
    if problem == "is a folder, not a file":
        return
    if problem is None or (problem.startswith("is ") and problem != "is a broken link"):
        raise ArticleLoadError(f"{folder}: not a folder (expected a folder with {MANIFEST} and .txt files)")
    raise ArticleLoadError(f"{folder}: articles folder {problem}")


def _read_manifest(manifest: Path) -> list[tuple[int, dict[str, str]]]:
    rows = read_rows(manifest, REQUIRED_COLUMNS, "manifest", ArticleLoadError)
    for line_no, row in rows:
        empty = [c for c in REQUIRED_COLUMNS if not row.get(c)]
        if empty:
            raise ArticleLoadError(f"{manifest}, row {line_no}: empty {', '.join(empty)}")
    return rows


def _refuse_unlisted(folder: Path, manifest: Path, on_disk: dict[str, Path], listed: set[str]) -> None:
    unlisted = [path for name, path in on_disk.items() if name not in listed]
    if not unlisted:
        return
    more = "" if len(unlisted) == 1 else f"; {len(unlisted) - 1} more unlisted"
    problem = file_problem(unlisted[0])
    if problem in (None, "does not exist", "is a broken link"):
        raise ArticleLoadError(f"{unlisted[0]}: text file not in the manifest {manifest.name} (add a row for it{more})")
    raise ArticleLoadError(
        f"{unlisted[0]}: named like a text file but {problem}, and not in the manifest {manifest.name} "
        f"(rename it or move it out of {folder}{more})"
    )


def _refuse_unlisted_pages(folder: Path, manifest: Path, rows: list[tuple[int, dict[str, str]]]) -> None:
    listed = {listed_name(row[c]) for _, row in rows for c in ("file", "source") if row.get(c)}
    unlisted = [path for name, path in pages_on_disk(folder).items() if name not in listed]
    if unlisted:
        more = "" if len(unlisted) == 1 else f"; {len(unlisted) - 1} more unlisted"
        raise ArticleLoadError(
            f"{unlisted[0]}: saved web page not in the manifest {manifest.name} (`python -m helpers.corpus init "
            f"{folder} --force` writes a manifest listing it, in place of yours; or move it out of the folder{more})"
        )


def parse_date(value: str, where: str) -> pd.Timestamp:
    """The date of an ISO 8601 date or date and time, as written: a time and zone are checked, then dropped.

    >>> parse_date("2021-09-10T23:30:00-05:00", "row 2")
    Timestamp('2021-09-10 00:00:00')
    """
    found = ISO_DATE.fullmatch(value)
    if not found:
        raise ArticleLoadError(
            f"{where}: published date {value!r} is not an ISO date (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss with a zone)"
        )
    try:
        date.fromisoformat(found["date"])
    except ValueError:
        raise ArticleLoadError(f"{where}: published date {value!r} is not a valid date") from None
    too_large = [part for part, limit in TIME_LIMITS.items() if found[part] and int(found[part]) > limit]
    if too_large:
        raise ArticleLoadError(f"{where}: published date {value!r} has an impossible {too_large[0].replace('_', ' ')}")
    return pd.Timestamp(found["date"])
