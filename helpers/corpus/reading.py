"""An article file's bytes into its text: UTF-8, a byte-order mark's encoding, or Windows-1252."""

from __future__ import annotations

import warnings
from pathlib import Path

from ..errors import ArticleEncodingWarning, ArticleLoadError
from ..text import byte_order_mark, decode_unicode

#: How far into a file without a byte-order mark a NUL byte marks it as binary.
BINARY_SNIFF = 8192


def read_text(path: str | Path) -> str:
    """The file's text, verbatim (no newline translation), without a byte-order mark.

    UTF-8 is expected.  A byte-order mark (UTF-8, UTF-16 or UTF-32, as
    editors and spreadsheets write them) sets the encoding and is not part of
    the text: offsets count from the first character after it.  A file that
    is neither is decoded as Windows-1252 with an
    :class:`~helpers.errors.ArticleEncodingWarning`.  Empty (or all
    whitespace) and binary files raise :class:`~helpers.errors.ArticleLoadError`.
    """
    path = Path(path)
    data = path.read_bytes()
    mark = byte_order_mark(data)
    if mark is None and b"\x00" in data[:BINARY_SNIFF]:
        raise ArticleLoadError(f"{path}: binary file (contains NUL bytes), expected plain text")
    try:
        text = decode_unicode(data)
    except UnicodeDecodeError as exc:
        if mark is not None:
            name = mark[1]
            raise ArticleLoadError(
                f"{path}: starts with a {name} byte-order mark but is not {name} ({exc.reason} at byte {exc.start})"
            ) from None
        text = _windows_1252(path, data, exc)
    if mark is not None and "\x00" in text[:BINARY_SNIFF]:
        raise ArticleLoadError(f"{path}: binary file (contains NUL characters), expected plain text")
    if not text.strip():
        raise ArticleLoadError(f"{path}: empty file")
    return text


def _windows_1252(path: Path, data: bytes, exc: UnicodeDecodeError) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleLoadError(
            f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}) and not Windows-1252 either"
        ) from None
    warnings.warn(
        f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}); decoded as Windows-1252",
        ArticleEncodingWarning,
        stacklevel=4,  # the line that called load_articles
    )
    return text
