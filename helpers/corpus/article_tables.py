"""An article table (CSV, JSON Lines or Parquet; one article per row) into the articles table.

Exports of news databases and scrapers name their columns in many ways.
Each field of the articles table is taken from the first of its usual
column names that the table has (:data:`COLUMN_NAMES`, compared without
case), unless a mapping says otherwise: the ``columns=`` argument, or a
``columns:`` section of a ``study.yaml`` beside the table file, each as
``field: column in the table``::

    columns:
      text: story_body
      outlet: publication

``text``, ``outlet`` and ``published`` are required; ``title`` too where
the table has a title column, else it is the first line of the text.
``article_id`` comes from an id column if there is one, else the row number
(1 for the first article); ``event`` from an event column, else the file's
stem.  The same checks as for a folder apply (an empty cell, a date that is
not ISO 8601, a duplicate id), each named by row: the line for CSV and JSON
Lines, the row number for Parquet.  Offsets index the ``text`` column.
"""

from __future__ import annotations

import json
import numbers
from datetime import date
from pathlib import Path

import pandas as pd

from ..errors import ArticleLoadError
from ..validation import file_problem, read_text
from .manifest import article_record, articles_frame, parse_date

#: Each field and the column names it is read from, in order of preference.
COLUMN_NAMES = {
    "article_id": ("article_id", "id", "stories_id", "doc_id"),
    "text": ("text", "body", "content", "article_text", "full_text"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publish_date", "published_at", "pub_date"),
    "outlet": ("outlet", "source", "media_name", "publisher", "site_name"),
    "url": ("url", "link"),
    "byline": ("byline", "author", "authors"),
    "event": ("event",),
}
REQUIRED_FIELDS = ("text", "outlet", "published")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
STUDY_FILE = "study.yaml"


def load_article_table(path: str | Path, columns: dict[str, str] | None = None) -> pd.DataFrame:
    """Load the article table at ``path``, one article per row.

    ``columns`` maps fields (``text``, ``title``, ``published``, ``outlet``,
    ``url``, ``byline``, ``article_id``, ``event``) to the table's column
    names; it overrides the ``columns:`` of ``study.yaml`` beside the file,
    which overrides the usual names.  Returns the columns of
    :func:`helpers.corpus.load_articles`; ``file`` names the table and the
    row, ``path`` is the table.  Raises :class:`ArticleLoadError`, naming the
    file and row, on bad input.

    >>> load_article_table("export.jsonl", columns={"text": "story"})    # doctest: +SKIP
    """
    path = Path(path)
    problem = file_problem(path)
    if problem:
        raise ArticleLoadError(f"{path}: article table {problem}")
    raw, row_names = _read_table(path)
    mapping = column_mapping(raw.columns, path, {**study_columns(path), **(columns or {})})
    records, seen = [], {}
    for position, (_, row) in enumerate(raw.iterrows()):
        where = f"{path}, {row_names[position]}"
        cells = {field: _cell(row[column], where, column) for field, column in mapping.items()}
        empty = [mapping[f] for f in (*REQUIRED_FIELDS, "title") if f in cells and not cells[f].strip()]
        if empty:
            raise ArticleLoadError(f"{where}: empty {', '.join(empty)}")
        article_id = cells.get("article_id") or str(position + 1)
        if article_id in seen:
            raise ArticleLoadError(f"{where}: duplicate article id {article_id!r} (also on {seen[article_id]})")
        seen[article_id] = row_names[position]
        text = cells["text"]
        records.append(article_record(
            article_id=article_id, file=f"{path.name}#{position + 1}", path=str(path), outlet=cells["outlet"],
            title=cells.get("title") or text.strip().splitlines()[0].strip(),
            published=parse_date(cells["published"].strip(), where), url=cells.get("url", ""),
            byline=cells.get("byline", ""), text=text,
        ) | {"event": cells.get("event") or path.stem})
    return articles_frame(records, f"{path}: article table holds no articles")


def column_mapping(names, path: Path, given: dict[str, str]) -> dict[str, str]:
    """``{field: column}`` for ``path``'s columns ``names``: the ``given`` ones, else the first usual name found.

    Raises :class:`ArticleLoadError` for a field that is not one, a given
    column that the table lacks, or a required field with no column.
    """
    names = [str(n) for n in names]
    unknown = sorted(set(given) - set(COLUMN_NAMES))
    if unknown:
        raise ArticleLoadError(
            f"{path}: unknown field(s) {', '.join(map(repr, unknown))} in the column mapping "
            f"(fields: {', '.join(COLUMN_NAMES)})"
        )
    absent = {field: column for field, column in given.items() if column not in names}
    if absent:
        field, column = next(iter(absent.items()))
        raise ArticleLoadError(f"{path}: the mapping reads {field} from column {column!r}, which the table lacks "
                               f"(has: {', '.join(names)})")
    by_lower = {}
    for name in names:
        by_lower.setdefault(name.lower(), name)
    mapping = {}
    for field, usual in COLUMN_NAMES.items():
        found = given.get(field) or next((by_lower[n] for n in usual if n in by_lower), None)
        if found is not None:
            mapping[field] = found
    missing = [f for f in REQUIRED_FIELDS if f not in mapping]
    if missing:
        field = missing[0]
        hint = " (a folder's articles.csv is a manifest: give the folder instead)" if path.name == "articles.csv" else ""
        raise ArticleLoadError(
            f"{path}: no {field} column (looked for {', '.join(COLUMN_NAMES[field])}; has: {', '.join(names)}); "
            f"name it with columns={{'{field}': ...}} or a columns: section in {STUDY_FILE} beside the table{hint}"
        )
    return mapping


def study_columns(path: Path) -> dict[str, str]:
    """The ``columns:`` section of ``study.yaml`` beside the table (nothing else of the file is read), or {}."""
    import yaml

    study = path.parent / STUDY_FILE
    if file_problem(study) is not None:
        return {}
    try:
        content = yaml.safe_load(read_text(study, "study file", ArticleLoadError))
    except yaml.YAMLError as exc:
        raise ArticleLoadError(f"{study}: not valid YAML ({exc})") from None
    section = content.get("columns") if isinstance(content, dict) else None
    if section is None:
        return {}
    if not isinstance(section, dict) or not all(isinstance(v, str) and v for v in section.values()):
        raise ArticleLoadError(f"{study}: columns: must map fields to column names (e.g. 'text: body')")
    return {str(k): v for k, v in section.items()}


def _read_table(path: Path) -> tuple[pd.DataFrame, list[str]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            return frame, [f"row {n + 2}" for n in range(len(frame))]  # the header is row 1, as in a spreadsheet
        if suffix in (".jsonl", ".ndjson"):
            return _read_jsonl(path)
        if suffix == ".parquet":
            frame = pd.read_parquet(path)
            return frame, [f"row {n + 1}" for n in range(len(frame))]
    except (ValueError, OSError, ImportError, UnicodeDecodeError) as exc:
        raise ArticleLoadError(f"{path}: cannot be read as a {suffix[1:]} article table ({exc})") from None
    raise ArticleLoadError(
        f"{path}: not a folder of articles, nor an article table ({', '.join(TABLE_SUFFIXES)}); give the folder "
        f"that holds it, or run `python -m helpers.corpus init` on that folder"
    )


def _read_jsonl(path: Path) -> tuple[pd.DataFrame, list[str]]:
    rows, names = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleLoadError(f"{path}, line {number}: not a JSON object ({exc.msg})") from None
        if not isinstance(row, dict):
            raise ArticleLoadError(f"{path}, line {number}: not a JSON object (one article per line)")
        rows.append(row)
        names.append(f"line {number}")
    return pd.DataFrame.from_records(rows), names


def _cell(value, where: str, column: str) -> str:
    """A cell as text: "" for a missing value; a date or number as written; anything else refused."""
    if isinstance(value, str):
        return value
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    if isinstance(value, date):  # a datetime, a pandas Timestamp
        return value.isoformat()
    raise ArticleLoadError(f"{where}: column {column!r} holds a {type(value).__name__}, expected text")
