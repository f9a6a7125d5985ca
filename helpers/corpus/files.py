"""Which files of an articles folder the loader reads: regular files inside the folder, and nothing else.

A manifest row names a file relative to the folder.  An absolute path, a
path or link leading out of the folder (after resolving every link), a
folder or a special file (a named pipe, a device) is refused with a message
naming the manifest row, before anything is opened.  Names are compared
after Unicode normalisation (NFC), so "café.txt" typed in the manifest finds
the file a Mac wrote with a decomposed "é" (NFD).
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path, PurePath

from ..errors import ArticleLoadError
from ..validation import file_problem


def nfc(name: str) -> str:
    """``name`` in Unicode normal form C (composed), the form names are compared in."""
    return unicodedata.normalize("NFC", name)


def listed_name(name: str) -> str:
    """A manifest's file name as compared with the names on disk ("./a.txt" is "a.txt")."""
    return nfc(os.path.normpath(name))


def exists(path: Path) -> bool:
    """Whether ``path`` is there (a broken link too); False for a name the system cannot even look up."""
    try:
        return path.exists() or path.is_symlink()
    except (OSError, ValueError):  # a name too long, a NUL byte
        return False


def texts_on_disk(folder: Path) -> dict[str, Path]:
    """The ``.txt`` entries of ``folder``, by their NFC name, in name order."""
    return {nfc(path.name): path for path in sorted(folder.glob("*.txt"))}


def pages_on_disk(folder: Path) -> dict[str, Path]:
    """The saved web pages (``.html``, ``.htm``, any case) of ``folder``, by their NFC name, in name order."""
    pages = [path for path in folder.glob("*") if path.suffix.lower() in (".html", ".htm")]
    return {nfc(path.name): path for path in sorted(pages)}


def article_path(folder: Path, name: str, where: str) -> Path:
    """The path of the file a manifest row names, once it is known to be a regular file inside ``folder``.

    Raises :class:`ArticleLoadError` starting with ``where`` (the manifest row) otherwise.
    """
    if "\x00" in name:
        raise ArticleLoadError(f"{where}: file name {name!r} contains a NUL character")
    if PurePath(name).is_absolute():
        raise ArticleLoadError(
            f"{where}: file {name!r} is an absolute path; give the file's name inside the articles folder {folder}"
        )
    path = find_on_disk(folder, name)
    refuse_outside(folder, path, f"{where}: file {name!r}")
    problem = file_problem(path)
    if problem == "does not exist":
        raise ArticleLoadError(f"{where}: file {name!r} does not exist in {folder}")
    if problem:
        raise ArticleLoadError(f"{where}: file {name!r} {problem} ({path})")
    return path


def refuse_outside(folder: Path, path: Path, what: str) -> None:
    """Raise :class:`ArticleLoadError` if ``path``, its links resolved, lies outside ``folder``."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a link loop: file_problem says so
        return
    if not target.is_relative_to(folder.resolve()):
        how = "is a link to a file" if path.is_symlink() else "is"
        raise ArticleLoadError(
            f"{what} {how} outside the articles folder {folder}; only files inside the folder are read"
        )


def find_on_disk(folder: Path, name: str) -> Path:
    """``folder / name``, each part spelled as on disk where the two differ only by Unicode normalisation."""
    path = folder
    for part in PurePath(name).parts:
        candidate = path / part
        if not exists(candidate):
            candidate = path / _same_name(path, part)
        path = candidate
    return path


def _same_name(folder: Path, part: str) -> str:
    wanted = nfc(part)
    try:
        names = os.listdir(folder)
    except OSError:
        return part
    matches = [name for name in names if nfc(name) == wanted]
    return matches[0] if len(matches) == 1 else part
