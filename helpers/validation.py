"""Checks of the tables passed between helpers, with one way of saying what is wrong."""

from __future__ import annotations

import csv
import io
import stat
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .text import byte_order_mark, decode_unicode

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


def file_problem(path) -> str | None:
    """What keeps ``path`` from being read as a regular file ("does not exist", "is a folder" ...), or None.

    Links are followed; nothing is opened, so a named pipe or a device is
    described, never read.
    """
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "is a broken link" if path.is_symlink() else "does not exist"
    except (OSError, RuntimeError) as exc:  # a link loop, a permission denied on the way
        return f"cannot be reached ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    kinds = {stat.S_ISFIFO: "a named pipe", stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device",
             stat.S_ISSOCK: "a socket"}
    kind = next((name for test, name in kinds.items() if test(mode)), "a special file")
    return f"is {kind}, not a regular file"


def read_text(path, what: str, error: type[Exception] = ValueError) -> str:
    """The text of a data file, or ``error`` naming the file when it is missing, not a file or not Unicode.

    A byte-order mark (UTF-8, or UTF-16 as spreadsheets write it) sets the
    encoding; without one the file must be UTF-8.
    """
    path = Path(path)
    problem = file_problem(path)
    if problem:
        raise error(f"{path}: {what} {problem}")
    data = path.read_bytes()
    try:
        return decode_unicode(data)
    except UnicodeDecodeError as exc:
        encoding = (byte_order_mark(data) or ("", "UTF-8"))[1]
        raise error(f"{path}: {what} is not {encoding} ({exc.reason} at byte {exc.start})") from None


def read_rows(
    path,
    required: Iterable[str],
    what: str,
    error: type[Exception] = ValueError,
    allowed: Iterable[str] | None = None,
) -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV data file as ``(line number, {column: stripped value})``.

    Every data file of the project (manifests, registries, lexicons, overrides)
    is read here, so each bad file gets the same kind of message naming the
    file, the row and what is wrong: a missing file, a file that is not UTF-8,
    missing columns, a row with more fields than the header.  The file is
    parsed by the rules of the ``csv`` module: a quoted field keeps its commas
    and line breaks, whatever the line endings of the file.  A byte-order mark
    (UTF-8, or UTF-16 as spreadsheets write it) sets the encoding.  The line
    number is the line a row starts on, blank lines counted.  Blank rows are
    skipped; missing trailing fields read as empty.  With ``allowed``, a
    column outside it is an error, and every allowed column is in each row.
    """
    path = Path(path)
    records = _records(path, read_text(path, what, error), error)
    header = [h.strip() for h in (next(records, (1, []))[1])]
    missing = [c for c in required if c not in header]
    if missing:
        raise error(f"{path}: {what} lacks column(s) {', '.join(missing)} (has: {', '.join(header) or 'nothing'})")
    allowed = list(allowed) if allowed is not None else None
    if allowed is not None:
        unknown = [c for c in header if c not in allowed]
        if unknown:
            raise error(f"{path}: {what} has unknown column(s) {', '.join(unknown)}; expected some of {', '.join(allowed)}")
    rows = []
    for line_no, fields in records:
        if len(fields) > len(header):
            raise error(f"{path}, row {line_no}: more fields than the header has columns")
        row = {name: value.strip() for name, value in zip(header, fields + [""] * (len(header) - len(fields)))}
        if any(row.values()):
            if allowed is not None:
                row = {c: row.get(c, "") for c in allowed}
            rows.append((line_no, row))
    return rows


def _records(path: Path, raw: str, error: type[Exception]):
    """``(starting line, fields)`` of each CSV record of ``raw``, as the ``csv`` module splits them."""
    # newline="": line ends are csv's business, so a quoted line break stays in its field
    # (str.splitlines would also split on U+2028 and the like, and drop quoted line breaks)
    reader = csv.reader(io.StringIO(raw, newline=""))
    start = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise error(f"{path}, row {start}: {exc}") from None
        yield start, fields
        start = reader.line_num + 1
