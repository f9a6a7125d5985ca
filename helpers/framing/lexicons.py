"""The editable data files of the framing analysis, read and validated in one place.

All in ``helpers/data``: ``frames.yaml`` (the frame lexicon), ``loaded_terms.csv``
(evaluative words a sentiment lexicon misses) and ``stopwords.txt``; the
leaders whose naming is counted are the people registry's
(:func:`helpers.people.leaders`).  Each loader takes another path for a user's
own file and raises :class:`LexiconError` naming the file and the row or entry
at fault.

The leaders the analysis counts come from :func:`leaders_to_count`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from ..datafiles import is_people_file, load_people
from ..errors import LexiconError
from ..paths import DATA_DIR
from ..people import leaders
from ..validation import read_rows
from .patterns import TermPart, compile_pattern
from .regexes import FRAME_NAME
from .tokens import normalise_word

FRAMES_FILE = DATA_DIR / "frames.yaml"
LOADED_TERMS_FILE = DATA_DIR / "loaded_terms.csv"
STOPWORDS_FILE = DATA_DIR / "stopwords.txt"

FRAME_KEYS = ("label", "source", "description", "terms")


# --------------------------------------------------------------------------- stopwords


@lru_cache(maxsize=8)
def _stopwords(path: str) -> frozenset[str]:
    p = Path(path)
    if not p.is_file():
        raise LexiconError(f"{p}: stopword list not found")
    words = set()
    for line_no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if " " in line:
            raise LexiconError(f"{p}, line {line_no}: one word per line expected, got {line!r}")
        words.add(normalise_word(line))
    return frozenset(words)


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stopword list (default ``helpers/data/stopwords.txt``): one word per line, ``#`` comments."""
    return _stopwords(str(path or STOPWORDS_FILE))


# --------------------------------------------------------------------------- frame lexicon


def _frame_rows(frame, spec, where: str) -> list[tuple[str, str, str, str, str]]:
    """The rows of one frame's definition, checked: a lower-case name, a label, a list of distinct patterns."""
    if not FRAME_NAME.fullmatch(str(frame)):
        raise LexiconError(f"{where}: frame names are lower-case identifiers (letters, digits, _)")
    if not isinstance(spec, dict):
        raise LexiconError(f"{where}: expected a mapping with label, source, description, terms")
    missing = [k for k in ("label", "terms") if not spec.get(k)]
    if missing:
        raise LexiconError(f"{where}: missing {', '.join(missing)}")
    unknown = set(spec) - set(FRAME_KEYS)
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    if not isinstance(spec["terms"], list):
        raise LexiconError(f"{where}: 'terms' must be a list of patterns")
    rows = []
    seen = set()
    for term in spec["terms"]:
        term = str(term) if isinstance(term, (int, float)) else term
        compile_pattern(term, where)
        if term in seen:
            raise LexiconError(f"{where}: term {term!r} listed twice")
        seen.add(term)
        rows.append((frame, str(spec["label"]), str(spec.get("source", "")), str(spec.get("description", "")), term))
    return rows


@lru_cache(maxsize=8)
def _frames(path: str) -> pd.DataFrame:
    p = Path(path)
    if not p.is_file():
        raise LexiconError(f"{p}: frame lexicon not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("frames"), dict) or not data["frames"]:
        raise LexiconError(f"{p}: expected a mapping with a non-empty 'frames:' mapping of frame name -> definition")
    rows = []
    for frame, spec in data["frames"].items():
        rows.extend(_frame_rows(frame, spec, f"{p}, frame {frame!r}"))
    return pd.DataFrame(rows, columns=["frame", "label", "source", "description", "term"])


def load_frames(path: str | Path | None = None) -> pd.DataFrame:
    """The frame lexicon (default ``helpers/data/frames.yaml``), one row per term pattern.

    Columns ``frame, label, source, description, term``.  Raises
    :class:`LexiconError` naming the frame and term that break the format.
    """
    return _frames(str(path or FRAMES_FILE)).copy()


# --------------------------------------------------------------------------- loaded terms


def load_loaded_terms(path: str | Path | None = None) -> pd.DataFrame:
    """Loaded terms (default ``helpers/data/loaded_terms.csv``): ``pattern, kind, note``."""
    p = Path(path or LOADED_TERMS_FILE)
    rows = []
    for line_no, row in read_rows(p, ("pattern", "kind"), "loaded-terms list", LexiconError):
        if not row["pattern"]:
            raise LexiconError(f"{p}, row {line_no}: empty pattern")
        compile_pattern(row["pattern"], f"{p}, row {line_no}")
        rows.append((row["pattern"], row["kind"], row.get("note", "")))
    return pd.DataFrame(rows, columns=["pattern", "kind", "note"])


def loaded_patterns(loaded: pd.DataFrame | None = None) -> dict[str, tuple[TermPart, ...]]:
    """Pattern -> compiled parts for a loaded-terms table (default: the list in ``helpers/data``, compiled once)."""
    if loaded is None:
        return _default_loaded_patterns()
    return {row.pattern: compile_pattern(row.pattern, "loaded term") for row in loaded.itertuples(index=False)}


@lru_cache(maxsize=1)
def _default_loaded_patterns() -> dict[str, tuple[TermPart, ...]]:
    return loaded_patterns(load_loaded_terms())


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
    p = Path(path)
    if not p.is_file():
        raise LexiconError(f"{p}: leaders list not found")
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return check_leaders(data.get("leaders"), str(p))


def check_leaders(leaders, where: str = "names") -> list[dict]:
    """Leaders given in any accepted shape, as dicts ``name, surname, given, family_name_first``.

    Accepts a list of dicts, a list of full names ("Joe Biden" -> surname
    Biden, given Joe) or a ``{full name: surname}`` mapping.
    """
    if isinstance(leaders, dict):  # {"Xi Jinping": "Xi"} shorthand
        leaders = [{"name": k, "surname": v} for k, v in leaders.items()]
    if isinstance(leaders, (list, tuple)) and all(isinstance(x, str) for x in leaders):
        # "Joe Biden" -> surname Biden, given Joe
        leaders = [
            {"name": x, "surname": x.split()[-1], "given": [" ".join(x.split()[:-1])] if " " in x.strip() else []}
            for x in leaders
        ]
    if not isinstance(leaders, (list, tuple)) or not leaders:
        raise LexiconError(f"{where}: expected a non-empty list of leaders (name, surname, given)")
    out = []
    for i, item in enumerate(leaders):
        if not isinstance(item, dict) or not item.get("name") or not item.get("surname"):
            raise LexiconError(f"{where}, leader {i + 1}: needs 'name' and 'surname'")
        given = item.get("given") or []
        if isinstance(given, str):
            given = [given]
        out.append(
            {
                "name": str(item["name"]),
                "surname": str(item["surname"]),
                "given": [str(g) for g in given],
                "family_name_first": bool(item.get("family_name_first", False)),
            }
        )
    return out


def leaders_to_count(names: list | dict | None = None) -> list[dict]:
    """The leaders whose mentions are looked for: ``names`` when given (checked), else the people registry's.

    Every function that finds leaders (:func:`~helpers.framing.ledes.first_actor`,
    :func:`~helpers.framing.naming.leader_mentions`) gets them here.
    """
    return check_leaders(names) if names is not None else load_leaders()
