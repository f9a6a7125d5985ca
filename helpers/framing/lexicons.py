"""The editable data files of the framing analysis, as the analysis uses them.

All in ``helpers/data``: ``frames.yaml`` (the frame lexicon), ``loaded_terms.csv``
(evaluative words a sentiment lexicon misses) and ``stopwords.txt``; the
leaders whose naming is counted are the people registry's
(:func:`helpers.people.leaders`).  Each loader takes another path for a user's
own file and raises :class:`LexiconError` naming the file and the row or entry
at fault.  The files are read and validated by :mod:`helpers.datafiles`;
this module checks the term patterns with :func:`.patterns.compile_pattern`
and keeps what it read.

The leaders the analysis counts come from :func:`leaders_to_count`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..datafiles import (
    FRAMES_FILE,
    LOADED_LEXICON_FILES,
    LOADED_TERMS_FILE,
    STOPWORDS_FILE,
    check_leaders,
    is_people_file,
    load_people,
    read_frames,
    read_leaders_file,
    read_loaded_terms,
    read_stopwords,
)
from ..errors import LexiconError
from ..people import leaders
from .patterns import PatternIndex, TermPart, compile_pattern, pattern_index
from .tokens import normalise_word


# --------------------------------------------------------------------------- stopwords


@lru_cache(maxsize=8)
def _stopwords(path: str) -> frozenset[str]:
    return frozenset(normalise_word(word) for word in read_stopwords(path))


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stopword list (default ``helpers/data/stopwords.txt``): one word per line, ``#`` comments."""
    return _stopwords(str(path or STOPWORDS_FILE))


# --------------------------------------------------------------------------- frame lexicon


@lru_cache(maxsize=8)
def _frames(path: str) -> pd.DataFrame:
    return read_frames(path, check_term=compile_pattern)


def load_frames(path: str | Path | None = None) -> pd.DataFrame:
    """The frame lexicon (default ``helpers/data/frames.yaml``), one row per term pattern.

    Columns ``frame, label, source, description, term``.  Raises
    :class:`LexiconError` naming the frame and term that break the format.
    """
    return _frames(str(path or FRAMES_FILE)).copy()


# --------------------------------------------------------------------------- loaded terms


#: The lexicons and kinds that :func:`loaded_language` uses by default: lexicon -> kinds (``None``: all).
#: Chosen by ``benchmarks/basil_loaded.py`` on half of BASIL's dev events, at the level of whole
#: lexicons and of their published categories (never of single words); see helpers/data/README.md.
DEFAULT_LOADED = {
    "MPQA subjectivity": ("strong negative", "strong both"),
    "words to watch": ("expression of doubt",),
    "own list": None,
}
LOADED_COLUMNS_IN = ["pattern", "kind", "note", "lexicon"]


def load_loaded_terms(path: str | Path | None = None) -> pd.DataFrame:
    """One loaded-terms list (default the user's own, ``helpers/data/loaded_terms.csv``): ``pattern, kind, note``."""
    return read_loaded_terms(path, check_term=compile_pattern)


@lru_cache(maxsize=8)
def _lexicon(name: str) -> pd.DataFrame:
    return load_loaded_terms(LOADED_LEXICON_FILES[name]).assign(lexicon=name)


def load_loaded_lexicons(selection: dict[str, tuple[str, ...] | None] | None = None) -> pd.DataFrame:
    """The loaded-language lexicons of ``helpers/data``: ``pattern, kind, note, lexicon``, one row per entry.

    ``selection`` maps a lexicon's name (a key of ``LOADED_LEXICON_FILES``:
    "MPQA subjectivity", "words to watch", "hedges", "own list") to the kinds
    kept, or ``None`` for all of them (default :data:`DEFAULT_LOADED`).
    """
    selection = DEFAULT_LOADED if selection is None else selection
    unknown = sorted(set(selection) - set(LOADED_LEXICON_FILES))
    if unknown:
        raise LexiconError(
            f"unknown loaded-language lexicon(s) {', '.join(unknown)}; known: {', '.join(LOADED_LEXICON_FILES)}"
        )
    parts = []
    for name, kinds in selection.items():
        table = _lexicon(name)
        parts.append(table if kinds is None else table[table["kind"].isin(kinds)])
    if not parts:
        return pd.DataFrame(columns=LOADED_COLUMNS_IN)
    return pd.concat(parts, ignore_index=True)[LOADED_COLUMNS_IN]


def loaded_patterns(loaded: pd.DataFrame | None = None) -> dict[tuple[str, str, str], tuple[TermPart, ...]]:
    """``(lexicon, kind, pattern)`` -> compiled parts for a loaded-terms table (default :func:`load_loaded_lexicons`).

    A table without a ``lexicon`` column is one list of one's own: its lexicon is "own list".
    """
    if loaded is None:
        return _default_loaded_patterns()
    lexicons = loaded["lexicon"] if "lexicon" in loaded.columns else ["own list"] * len(loaded)
    return {
        (lexicon, kind, pattern): compile_pattern(pattern, "loaded term")
        for lexicon, kind, pattern in zip(lexicons, loaded["kind"], loaded["pattern"])
    }


def loaded_index(loaded: pd.DataFrame | None = None) -> PatternIndex:
    """The patterns of :func:`loaded_patterns` indexed for matching (the default lexicons' built once)."""
    if loaded is None:
        return _default_loaded_index()
    return pattern_index(tuple(loaded_patterns(loaded).items()))


@lru_cache(maxsize=1)
def _default_loaded_patterns() -> dict[tuple[str, str, str], tuple[TermPart, ...]]:
    return loaded_patterns(load_loaded_lexicons())


@lru_cache(maxsize=1)
def _default_loaded_index() -> PatternIndex:
    return pattern_index(tuple(_default_loaded_patterns().items()))


# --------------------------------------------------------------------------- leaders


def load_leaders(path: str | Path | None = None) -> list[dict]:
    """The leaders whose naming is counted: by default the people registry's (those with a surname).

    ``path`` may be a file in the people format (``helpers/data/people.csv``'s)
    or a YAML file with a ``leaders:`` list of ``name, surname, given,
    family_name_first``.
    """
    if path is None:
        return leaders()
    if is_people_file(path):
        return leaders(load_people(path))
    return read_leaders_file(path)


def leaders_to_count(names: list | dict | None = None) -> list[dict]:
    """The leaders whose mentions are looked for: ``names`` when given (checked), else the people registry's.

    Every function that finds leaders (:func:`~helpers.framing.ledes.first_actor`,
    :func:`~helpers.framing.naming.leader_mentions`) gets them here.
    """
    return check_leaders(names) if names is not None else load_leaders()
