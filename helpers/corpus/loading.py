"""Where the articles come from: ``articles_dir`` read in one stated order.

1. A file is an article table: CSV, JSON Lines or Parquet, one article per
   row (:mod:`.article_tables`).
2. A folder with ``articles.csv`` is one event: the manifest and its text
   files (:mod:`.manifest`).
3. A folder whose subfolders hold an ``articles.csv`` is many events, one
   per subfolder, pooled.  Other files beside the subfolders (annotation
   tables, notes) are ignored, and so are subfolders with no articles at
   all; a subfolder with text files or saved pages but no manifest stops
   the load, as 4 does.
4. A folder of ``.txt`` files or saved web pages without a manifest stops
   with a message pointing to ``python -m helpers.corpus init FOLDER``,
   which writes the manifest.

Every articles table has an ``event`` column: the event folder's name (for
a single folder, its own name); for a table, its event column if it has one,
else the file's stem.  Pooled events keep their files' texts verbatim, so
offsets still index the files on disk; their ids and ``file`` names are
prefixed with the event (``event/article_id``, ``event/file.txt``) so that
they are unique across events.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import ArticleLoadError
from ..paths import SEEDS_DIR
from ..validation import file_problem
from .article_tables import load_article_table
from .files import exists, pages_on_disk, refuse_outside, texts_on_disk
from .manifest import MANIFEST, check_folder, load_folder, missing_manifest

def articles_kind(articles_dir: str | Path) -> str:
    """How ``articles_dir`` is read: ``"table"``, ``"event"`` or ``"events"`` (the order in the module's docstring).

    Raises :class:`ArticleLoadError` for a path that is none of these: one
    that does not exist, an empty folder, a folder of articles without a
    manifest (pointing to ``init``).
    """
    path = Path(articles_dir)
    problem = file_problem(path)
    if problem is None:
        return "table"
    check_folder(path)
    if exists(path / MANIFEST):
        return "event"
    if event_folders(path):
        return "events"
    raise missing_manifest(path)


def event_folders(folder: str | Path) -> list[Path]:
    """The subfolders of ``folder`` that hold a manifest, in name order (hidden ones left out).

    Raises :class:`ArticleLoadError` for a subfolder that holds text files
    or saved pages but no manifest, when others have one.
    """
    folder = Path(folder)
    subfolders = sorted(p for p in folder.glob("*") if not p.name.startswith(".") and p.is_dir())
    events = [p for p in subfolders if exists(p / MANIFEST)]
    if events:
        for sub in subfolders:
            if sub not in events and (texts_on_disk(sub) or pages_on_disk(sub)):
                raise missing_manifest(sub)
    return events


def load_articles(articles_dir: str | Path | None = None, columns: dict[str, str] | None = None) -> pd.DataFrame:
    """Load the articles of ``articles_dir`` (default: ``seeds/``): an article table, one event or many.

    The order in which ``articles_dir`` is read: a file is an article table;
    a folder with ``articles.csv`` is one event; a folder whose subfolders
    hold manifests is many events, pooled (other files beside them are
    ignored); a folder of pages or texts without a manifest stops with a
    message pointing to ``python -m helpers.corpus init``.

    Returns one row per article with ``article_id, event, file, path,
    source, outlet, title, published, url, byline, text, n_chars``.
    ``columns`` maps fields to an article table's column names (see
    :func:`~helpers.corpus.article_tables.load_article_table`).  Raises
    :class:`ArticleLoadError`, naming the file or row, on bad input.

    >>> load_articles()["event"].unique().tolist()
    ['seeds']
    """
    path = Path(articles_dir) if articles_dir is not None else SEEDS_DIR
    kind = articles_kind(path)
    if columns is not None and kind != "table":
        raise ArticleLoadError(f"{path}: columns= maps the columns of an article table; this is a folder")
    if kind == "table":
        return _event_first(load_article_table(path, columns))
    if kind == "event":
        return _event_first(load_folder(path).assign(event=_name(path)))
    return _event_first(pool_events(path))


def pool_events(folder: Path) -> pd.DataFrame:
    """The articles of every event folder in ``folder``, with ids and file names prefixed by the event."""
    frames = []
    for sub in event_folders(folder):
        refuse_outside(folder, sub, f"{sub}: the event folder")
        event = sub.name
        frame = load_folder(sub)
        frames.append(frame.assign(
            event=event,
            article_id=event + "/" + frame["article_id"].astype(str),
            file=event + "/" + frame["file"].astype(str),
            source=frame["source"].map(lambda page: f"{event}/{page}" if page else ""),
        ))
    return pd.concat(frames, ignore_index=True)


def _name(folder: Path) -> str:
    return folder.name or folder.resolve().name


def _event_first(frame: pd.DataFrame) -> pd.DataFrame:
    order = ["article_id", "event"] + [c for c in frame.columns if c not in ("article_id", "event")]
    return frame[order]
