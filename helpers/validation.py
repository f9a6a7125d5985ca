"""Checks of the tables passed between helpers, with one way of saying what is wrong."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

ARTICLES_HINT = "load it with helpers.corpus.load_articles"


def require_columns(
    frame,
    columns: Iterable[str],
    what: str = "table",
    error: type[Exception] = ValueError,
    hint: str = "",
) -> None:
    """Raise ``error`` unless ``frame`` is a DataFrame with every one of ``columns``.

    The message names the table (``what``), the missing columns, the columns
    it has, and a ``hint`` on where a right table comes from.
    """
    if not isinstance(frame, pd.DataFrame):
        raise error(f"{what}: expected a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        has = ", ".join(map(str, frame.columns)) or "none"
        raise error(
            f"{what} lacks column(s) {', '.join(repr(c) for c in missing)} (has: {has})" + (f"; {hint}" if hint else "")
        )


def require_articles(
    articles, columns: Iterable[str] = ("article_id", "outlet", "text"), error: type[Exception] = ValueError
) -> None:
    """:func:`require_columns` for an articles table, pointing to ``load_articles``."""
    require_columns(articles, columns, "articles table", error, ARTICLES_HINT)


def read_rows(
    path,
    required: Iterable[str],
    what: str,
    error: type[Exception] = ValueError,
    allowed: Iterable[str] | None = None,
) -> list[tuple[int, dict[str, str]]]:
    """The rows of a UTF-8 CSV data file as ``(line number, {column: stripped value})``.

    Every data file of the project (manifests, registries, lexicons, overrides)
    is read here, so each bad file gets the same kind of message naming the
    file, the row and what is wrong: a missing file, a file that is not UTF-8,
    missing columns, a row with more fields than the header.  Blank rows are
    skipped; missing trailing fields read as empty.  With ``allowed``, a
    column outside it is an error, and every allowed column is in each row.
    """
    import csv
    from pathlib import Path

    path = Path(path)
    if not path.is_file():
        raise error(f"{path}: {what} does not exist")
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: {what} is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    reader = csv.DictReader(raw.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise error(f"{path}: {what} lacks column(s) {', '.join(missing)} (has: {', '.join(header) or 'nothing'})")
    allowed = list(allowed) if allowed is not None else None
    if allowed is not None:
        unknown = [c for c in header if c not in allowed]
        if unknown:
            raise error(f"{path}: {what} has unknown column(s) {', '.join(unknown)}; expected some of {', '.join(allowed)}")
    rows = []
    for raw_row in reader:
        line_no = reader.line_num  # the file's line, blank lines counted
        if None in raw_row:
            raise error(f"{path}, row {line_no}: more fields than the header has columns")
        row = {k.strip(): (v or "").strip() for k, v in raw_row.items() if k is not None}
        if any(row.values()):
            if allowed is not None:
                row = {c: row.get(c, "") for c in allowed}
            rows.append((line_no, row))
    return rows
