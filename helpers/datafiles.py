"""Every data file in ``helpers/data`` is read and validated here.

Each reader takes an optional path (a user's own file in the same format,
default the packaged file) and raises a :class:`~helpers.errors.DataFileError`
subclass naming the file, the row (the line, for a text or YAML file) and what
is wrong.  The analyses turn the validated rows into their objects (cues,
compiled patterns, views of the people registry) under their own names:
``load_cues``, ``load_frames``, ``load_overrides`` ...  ``helpers/data/README.md``
describes each file.  This module imports no analysis package: the few
vocabularies it checks against are in :mod:`helpers.vocabularies`, and a
pattern syntax that belongs to an analysis is checked by the function that
analysis passes (``check_term``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from .errors import (
    ActorRegistryError,
    CueLexiconError,
    DataFileError,
    LexiconError,
    OverrideError,
    PeopleRegistryError,
    RegisterError,
    SpeakerRegistryError,
)
from .paths import DATA_DIR
from .validation import read_rows, read_text
from .vocabularies import (
    AFFILIATIONS,
    CAMPS,
    LEVELS,
    MODES,
    PEOPLE_KINDS,
    SPEAKER_KINDS,
    SPEAKER_SIDES,
    STATUSES,
)

PEOPLE_FILE = DATA_DIR / "people.csv"
CUES_FILE = DATA_DIR / "quote_cues.csv"
REGISTER_FILE = DATA_DIR / "diplomatic_register.csv"
SENTIMENT_CALIBRATION_FILE = DATA_DIR / "calibration_sentiment.csv"
DATES_CALIBRATION_FILE = DATA_DIR / "calibration_dates.csv"
OVERRIDES_FILE = DATA_DIR / "event_overrides.csv"
FRAMES_FILE = DATA_DIR / "frames.yaml"
LOADED_TERMS_FILE = DATA_DIR / "loaded_terms.csv"
#: The loaded-language lexicons, by the name a found term's ``lexicon`` column gives (sources in helpers/data/README.md).
LOADED_LEXICON_FILES = {
    "MPQA subjectivity": DATA_DIR / "loaded_mpqa_subjectivity.csv",
    "words to watch": DATA_DIR / "loaded_words_to_watch.csv",
    "hedges": DATA_DIR / "loaded_hedges.csv",
    "own list": LOADED_TERMS_FILE,
}
STOPWORDS_FILE = DATA_DIR / "stopwords.txt"
TARGET_MODEL_FILE = DATA_DIR / "target_sentiment.json"

#: A function that raises (naming ``where``) unless a term pattern is well formed.
TermCheck = Callable[[str, str], object]


def _path(path, default: Path) -> Path:
    return Path(path) if path else default


def _split(value: str) -> tuple[str, ...]:
    """The parts of a ``|``-separated field, stripped, empty parts left out."""
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _one_of(row: dict, columns: dict[str, tuple], where: str, error: type[Exception], empty_ok: bool = False) -> None:
    """Raise ``error`` naming ``where`` unless each of ``columns`` holds one of its allowed values."""
    for column, allowed in columns.items():
        if row[column] not in allowed and not (empty_ok and not row[column]):
            raise error(f"{where}: {column} {row[column]!r} is not one of {', '.join(a or '(empty)' for a in allowed)}")


# --------------------------------------------------------------------------- people.csv

PEOPLE_COLUMNS = (
    "name", "aliases", "kind", "level", "office", "country", "affiliation", "party",
    "from", "to", "surname", "given_names", "family_name_first",
)
PEOPLE_LEVELS = LEVELS


def _iso_date(value: str, where: str, column: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PeopleRegistryError(f"{where}: {column} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _overlap(entry: dict, start: date, end: date | None) -> bool:
    """Whether an office held from ``start`` to ``end`` (None: still held) overlaps ``entry``'s."""
    return start <= (entry["to"] or date.max) and entry["from"] <= (end or date.max)


def is_people_file(path: str | Path) -> bool:
    """Whether ``path`` is a CSV file in the people registry's format (its header has every column)."""
    path = Path(path)
    if not path.is_file():
        return False
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        header = {column.strip() for column in fh.readline().split(",")}
    return set(PEOPLE_COLUMNS) <= header


def load_people(path: str | Path | None = None) -> pd.DataFrame:
    """The registry of people and institutions (default ``helpers/data/people.csv``), validated.

    One row per person, institution, country or group, with facts only: its
    aliases (``|``-separated in the file, a tuple here), kind, level, office,
    country, affiliation, party, the dates of office where they matter
    (``from``/``to``, ISO dates or empty) and, for leaders whose naming is
    counted, surname, given names and whether the family name comes first.
    Which side an entry is on is a study's reading of these facts
    (:mod:`helpers.people`), not a column.
    """
    path = _path(path, PEOPLE_FILE)
    records, seen, owner = [], {}, {}
    vocabularies = {"kind": PEOPLE_KINDS, "level": PEOPLE_LEVELS, "affiliation": AFFILIATIONS}
    for line_no, row in read_rows(path, PEOPLE_COLUMNS, "people registry", PeopleRegistryError, allowed=PEOPLE_COLUMNS):
        where = f"{path}, row {line_no}"
        name = row["name"]
        if not name:
            raise PeopleRegistryError(f"{where}: empty name")
        _one_of(row, vocabularies, where, PeopleRegistryError)
        if row["family_name_first"] not in ("", "yes", "no"):
            raise PeopleRegistryError(f"{where}: family_name_first must be yes, no or empty")
        start, end = _iso_date(row["from"], where, "from"), _iso_date(row["to"], where, "to")
        if start and end and start > end:
            raise PeopleRegistryError(f"{where}: from {start} is after to {end}")
        if name in seen:  # another office of the same person: dated, not overlapping, aliases on the first row
            earlier = [r for r in records if r["name"] == name]
            if row["aliases"] or not start or any(not r["from"] or _overlap(r, start, end) for r in earlier):
                raise PeopleRegistryError(
                    f"{where}: duplicate name {name!r} (also on row {seen[name]}); another office of the same "
                    "person needs a from date, no aliases, and dates that do not overlap its other offices")
        seen.setdefault(name, line_no)
        aliases = _split(row["aliases"])
        for alias in (name, *aliases):
            if alias in owner and owner[alias] != name:
                raise PeopleRegistryError(f"{where}: alias {alias!r} of {name!r} is also a name or alias of {owner[alias]!r}")
            owner[alias] = name
        records.append({**row, "aliases": aliases, "given_names": _split(row["given_names"]),
                        "family_name_first": row["family_name_first"] == "yes", "from": start, "to": end})
    if not records:
        raise PeopleRegistryError(f"{path}: people registry has no rows")
    return pd.DataFrame.from_records(records, columns=list(PEOPLE_COLUMNS))


# --------------------------------------------------------------------------- registries of one's own (older formats)

SPEAKER_COLUMNS = ("name", "aliases", "role", "side", "kind")
ACTOR_COLUMNS = ["name", "side", "level", "kind", "aliases"]


def read_speaker_list(path: str | Path) -> pd.DataFrame:
    """A speaker list of one's own: ``name, aliases (tuple), role, side, kind``, validated.

    ``side`` is one of :data:`~helpers.vocabularies.SPEAKER_SIDES` (empty reads
    as ``other``), ``kind`` one of :data:`~helpers.vocabularies.SPEAKER_KINDS`.
    """
    path = Path(path)
    records, seen = [], {}
    for line_no, row in read_rows(path, SPEAKER_COLUMNS, "speaker registry", SpeakerRegistryError):
        where = f"{path}, row {line_no}"
        if not row["name"]:
            raise SpeakerRegistryError(f"{where}: empty name")
        _one_of(row, {"kind": SPEAKER_KINDS}, where, SpeakerRegistryError)
        _one_of(row, {"side": SPEAKER_SIDES}, where, SpeakerRegistryError, empty_ok=True)
        if row["name"] in seen:
            raise SpeakerRegistryError(f"{where}: duplicate name {row['name']!r} (also on row {seen[row['name']]})")
        seen[row["name"]] = line_no
        records.append({"name": row["name"], "aliases": _split(row["aliases"]), "role": row["role"],
                        "side": row["side"] or "other", "kind": row["kind"]})
    return pd.DataFrame.from_records(records, columns=list(SPEAKER_COLUMNS))


def read_actor_list(path: str | Path) -> pd.DataFrame:
    """An actor list of one's own: ``name, side, level, kind, aliases`` (``|``-separated), validated.

    ``side`` is one of :data:`~helpers.vocabularies.CAMPS`, ``level`` one of
    :data:`~helpers.vocabularies.LEVELS`, ``kind`` one of
    :data:`~helpers.vocabularies.PEOPLE_KINDS`.
    """
    rows = read_rows(path, ACTOR_COLUMNS, "actor registry", ActorRegistryError)
    for line_no, row in rows:
        where = f"{path}, row {line_no} ({row['name']!r})"
        _one_of(row, {"side": CAMPS, "level": LEVELS}, where, ActorRegistryError)
        if row["kind"] not in PEOPLE_KINDS:
            raise ActorRegistryError(f"{where}: kind {row['kind']!r} is not person, institution, country or group")
        if not row["name"] or not row["aliases"].strip("|"):
            raise ActorRegistryError(f"{where}: name and aliases must not be empty")
    return pd.DataFrame([{c: row[c] for c in ACTOR_COLUMNS} for _, row in rows], columns=ACTOR_COLUMNS)


def read_leaders_file(path: str | Path) -> list[dict]:
    """A YAML file with a ``leaders:`` list of ``name, surname, given, family_name_first`` (see :func:`check_leaders`)."""
    path = Path(path)
    data = _parse_yaml(read_text(path, "leaders list", LexiconError), path) or {}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping with a 'leaders:' list")
    return check_leaders(data.get("leaders"), str(path))


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
        out.append({"name": str(item["name"]), "surname": str(item["surname"]), "given": [str(g) for g in given],
                    "family_name_first": bool(item.get("family_name_first", False))})
    return out


# --------------------------------------------------------------------------- quote_cues.csv, diplomatic_register.csv

CUE_COLUMNS = ("lemma", "forms", "invertible", "takes_object", "strength")


def read_cues(path: str | Path | None = None) -> list[dict]:
    """The cue lexicon's rows: ``lemma``, ``forms`` (a tuple), and ``invertible``, ``takes_object``, ``strong`` (bools)."""
    path = _path(path, CUES_FILE)
    cues = []
    for line_no, row in read_rows(path, CUE_COLUMNS, "cue file", CueLexiconError):
        if row["strength"] not in ("strong", "weak") or row["invertible"] not in ("yes", "no"):
            raise CueLexiconError(f"{path}, row {line_no}: strength must be strong/weak, invertible yes/no")
        cues.append({"lemma": row["lemma"], "forms": _split(row["forms"]), "invertible": row["invertible"] == "yes",
                     "takes_object": row["takes_object"] == "yes", "strong": row["strength"] == "strong"})
    return cues


def read_register(path: str | Path | None = None) -> dict[str, str]:
    """Diplomatic-register words (lower case) and how to read them (default ``helpers/data/diplomatic_register.csv``).

    Edit that file (columns ``word, reading``) or pass another path to change the list.
    """
    path = _path(path, REGISTER_FILE)
    register = {}
    for line_no, row in read_rows(path, ("word", "reading"), "diplomatic register", RegisterError):
        if not row["word"]:
            raise RegisterError(f"{path}, row {line_no}: empty word")
        register[row["word"].lower()] = row["reading"]
    return register


# --------------------------------------------------------------------------- calibration_*.csv

SENTIMENT_CALIBRATION_COLUMNS = [
    "method", "cut", "macro_f1", "accuracy", "n_labels", "n_sentences", "corpus", "split", "lexicons", "measured",
]
#: The figures of the sentiment table and their types.
SENTIMENT_NUMBERS = {"cut": float, "macro_f1": float, "accuracy": float, "n_labels": int, "n_sentences": int}

DATES_CALIBRATION_COLUMNS = ["measure", "value", "corpus", "documents", "measured"]
#: The measures of the date table, in the order the benchmark writes them.
DATE_MEASURES = (
    "strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall", "relaxed_f1",
    "type_accuracy", "value_precision", "value_recall", "value_f1", "gold", "system", "words", "words_per_second",
)


def _number(value: str, kind: type, where: str, column: str):
    if value == "" and column == "cut":
        return float("nan")  # a method without a cut point (always neutral, both lexicons agree)
    try:
        return kind(value)
    except ValueError:
        raise DataFileError(f"{where}: {column} {value!r} is not a number") from None


def read_sentiment_calibration(path: str | Path | None = None) -> pd.DataFrame:
    """The sentiment calibration table (default ``helpers/data/calibration_sentiment.csv``), one row per method.

    Written by ``benchmarks/sentiment_newsmtsc.py``.  Raises
    :class:`DataFileError` naming the file and row when a column is missing
    or a figure is not a number.
    """
    path = _path(path, SENTIMENT_CALIBRATION_FILE)
    rows = []
    for line_no, row in read_rows(path, SENTIMENT_CALIBRATION_COLUMNS, "sentiment calibration table", DataFileError):
        where = f"{path}, row {line_no}"
        if not row["method"]:
            raise DataFileError(f"{where}: empty method")
        numbers = {column: _number(row[column], kind, where, column) for column, kind in SENTIMENT_NUMBERS.items()}
        rows.append({**{c: row[c] for c in SENTIMENT_CALIBRATION_COLUMNS}, **numbers})
    return pd.DataFrame(rows, columns=SENTIMENT_CALIBRATION_COLUMNS)


def read_dates_calibration(path: str | Path | None = None) -> pd.DataFrame:
    """The date calibration table (default ``helpers/data/calibration_dates.csv``), validated.

    Written by ``benchmarks/dates_tempeval.py``.  Columns ``measure`` (one
    of :data:`DATE_MEASURES`), ``value`` (float), ``corpus``, ``documents``
    (int) and ``measured`` (a date).  Raises :class:`DataFileError` naming
    the file and row on bad input.
    """
    path = _path(path, DATES_CALIBRATION_FILE)
    records = []
    for line_no, row in read_rows(path, DATES_CALIBRATION_COLUMNS, "date calibration table", DataFileError):
        where = f"{path}, row {line_no} ({row['measure']!r})"
        if row["measure"] not in DATE_MEASURES:
            raise DataFileError(f"{where}: measure is not one of {', '.join(DATE_MEASURES)}")
        try:
            value, documents = float(row["value"]), int(row["documents"])
            measured = date.fromisoformat(row["measured"])
        except ValueError:
            raise DataFileError(f"{where}: value must be a number, documents a whole number and measured "
                                f"a date (YYYY-MM-DD); got {row['value']!r}, {row['documents']!r}, "
                                f"{row['measured']!r}") from None
        records.append({"measure": row["measure"], "value": value, "corpus": row["corpus"],
                        "documents": documents, "measured": pd.Timestamp(measured)})
    table = pd.DataFrame(records, columns=DATES_CALIBRATION_COLUMNS)
    duplicated = table["measure"][table["measure"].duplicated()]
    if len(duplicated):
        raise DataFileError(f"{path}: measure {duplicated.iloc[0]!r} is given twice")
    return table


# --------------------------------------------------------------------------- target_sentiment.json

#: The format the target-sentiment model file declares (``benchmarks/train_target_sentiment.py`` writes it).
TARGET_MODEL_FORMAT = "target-sentiment/1"


def read_target_model(path: str | Path | None = None) -> dict:
    """The target-sentiment model (default ``helpers/data/target_sentiment.json``), checked for shape.

    Raises :class:`DataFileError` naming the file and the part that is wrong:
    not JSON, another format, or term lists whose idf and coefficients do not
    line up with the terms and the three labels.
    """
    path = _path(path, TARGET_MODEL_FILE)
    try:
        spec = json.loads(read_text(path, "target-sentiment model", DataFileError))
    except json.JSONDecodeError as error:
        raise DataFileError(f"{path}: not JSON ({error})") from None
    if not isinstance(spec, dict) or spec.get("format") != TARGET_MODEL_FORMAT:
        raise DataFileError(f"{path}: format is not {TARGET_MODEL_FORMAT!r}")
    k = len(spec.get("labels", ()))
    if k != 3 or len(spec.get("intercept", ())) != k:
        raise DataFileError(f"{path}: expected three labels and three intercepts")
    for part, names in (("sentence", "terms"), ("window_terms", "terms"), ("dense", "names")):
        block = spec.get(part)
        if not isinstance(block, dict) or names not in block:
            raise DataFileError(f"{path}: {part} has no {names}")
        columns = ("idf", "coef") if names == "terms" else ("mean", "scale", "coef")
        for column in columns:
            if len(block.get(column, ())) != len(block[names]):
                raise DataFileError(f"{path}: {part}.{column} does not have one entry per {names[:-1]}")
        if any(len(c) != k for c in block["coef"]):
            raise DataFileError(f"{path}: {part}.coef needs one coefficient per label")
    return spec


# --------------------------------------------------------------------------- event_overrides.csv

OVERRIDE_COLUMNS = [
    "action", "event_id", "match_participants", "match_mode", "article_id",
    "date_start", "date_end", "granularity", "label", "participants", "level", "mode", "status", "note",
]
OVERRIDE_ACTIONS = ("add", "correct", "drop")
#: The fields of an event that an override row may set.
OVERRIDE_FIELDS = ("date_start", "date_end", "granularity", "label", "participants", "level", "mode", "status")


def read_overrides(path: str | Path | None = None) -> pd.DataFrame:
    """The analyst's overrides (default ``helpers/data/event_overrides.csv``), validated.

    One row per change: ``action`` (add / correct / drop); which event, by
    ``event_id`` or by ``match_participants`` (names separated by ";", all
    must take part) and optionally ``match_mode``; ``article_id`` to apply
    the row only when that article is loaded (empty: always); the fields to
    set (``date_start, date_end, granularity, label, participants, level,
    mode, status``) and a ``note`` saying why.  Missing optional columns are
    added empty.  Raises :class:`OverrideError` naming the row on bad input.
    """
    path = _path(path, OVERRIDES_FILE)
    rows = read_rows(path, ["action"], "overrides file", OverrideError, allowed=OVERRIDE_COLUMNS)
    frame = pd.DataFrame([row for _, row in rows], columns=OVERRIDE_COLUMNS, dtype=str)
    for (line_no, _), (_, row) in zip(rows, frame.iterrows()):
        check_override(row, f"{path}, row {line_no}")
    return frame


def check_override(row, where: str) -> None:
    """Raise :class:`OverrideError` naming ``where`` unless the override ``row`` can be applied as written."""
    action = row["action"]
    if action not in OVERRIDE_ACTIONS:
        raise OverrideError(f"{where}: action {action!r} is not one of {', '.join(OVERRIDE_ACTIONS)}")
    if action in ("correct", "drop") and not (row["event_id"] or row["match_participants"]):
        raise OverrideError(f"{where}: a {action} row needs event_id or match_participants to find its event")
    if action == "add":
        missing = [c for c in ("date_start", "label", "participants", "level", "mode", "status") if not row[c]]
        if missing:
            raise OverrideError(f"{where}: an add row needs {', '.join(missing)}")
    if action == "correct" and not any(row[c] for c in OVERRIDE_FIELDS):
        raise OverrideError(f"{where}: a correct row sets nothing (fill one of {', '.join(OVERRIDE_FIELDS)})")
    for column in ("date_start", "date_end"):
        if row[column]:
            try:
                pd.Timestamp(row[column])
            except ValueError:
                raise OverrideError(f"{where}: {column} {row[column]!r} is not a date (YYYY-MM-DD)") from None
    if row["date_start"] and row["date_end"] and pd.Timestamp(row["date_end"]) < pd.Timestamp(row["date_start"]):
        raise OverrideError(f"{where}: date_end {row['date_end']} is before date_start {row['date_start']}")
    vocabularies = {"level": LEVELS, "mode": MODES, "match_mode": MODES, "status": STATUSES}
    _one_of(row, vocabularies, where, OverrideError, empty_ok=True)


# --------------------------------------------------------------------------- frames.yaml, loaded_terms.csv, stopwords.txt

#: A frame's name in ``frames.yaml``: a lower-case identifier.
FRAME_NAME = re.compile(r"[a-z][a-z0-9_]*")
FRAME_KEYS = ("label", "source", "description", "terms")
FRAME_COLUMNS = ["frame", "label", "source", "description", "term"]


def _parse_yaml(text: str, path: Path):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML ({exc})") from None


def _frame_lines(text: str) -> dict[str, int]:
    """The line each frame's definition starts on in a (valid) frame lexicon, by frame name."""
    node = yaml.compose(text)
    frames = next((value for key, value in getattr(node, "value", ()) if getattr(key, "value", None) == "frames"), None)
    if not isinstance(frames, yaml.MappingNode):
        return {}
    return {str(key.value): key.start_mark.line + 1 for key, _ in frames.value}


def _frame_rows(frame, spec, where: str, check_term: TermCheck | None) -> list[tuple[str, str, str, str, str]]:
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
    rows, seen = [], set()
    for term in spec["terms"]:
        term = str(term) if isinstance(term, (int, float)) else term
        if check_term is not None:
            check_term(term, where)
        if term in seen:
            raise LexiconError(f"{where}: term {term!r} listed twice")
        seen.add(term)
        rows.append((frame, str(spec["label"]), str(spec.get("source", "")), str(spec.get("description", "")), term))
    return rows


def read_frames(path: str | Path | None = None, check_term: TermCheck | None = None) -> pd.DataFrame:
    """The frame lexicon (default ``helpers/data/frames.yaml``), one row per term pattern.

    Columns ``frame, label, source, description, term``.  Raises
    :class:`LexiconError` naming the file, the line and name of the frame and
    the term that break the format; ``check_term(term, where)`` checks a
    term's pattern syntax (``helpers.framing`` passes its ``compile_pattern``).
    """
    path = _path(path, FRAMES_FILE)
    text = read_text(path, "frame lexicon", LexiconError)
    data = _parse_yaml(text, path)
    if not isinstance(data, dict) or not isinstance(data.get("frames"), dict) or not data["frames"]:
        raise LexiconError(f"{path}: expected a mapping with a non-empty 'frames:' mapping of frame name -> definition")
    lines = _frame_lines(text)
    rows = []
    for frame, spec in data["frames"].items():
        line = f", line {lines[str(frame)]}" if str(frame) in lines else ""
        rows.extend(_frame_rows(frame, spec, f"{path}{line}, frame {frame!r}", check_term))
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def read_loaded_terms(path: str | Path | None = None, check_term: TermCheck | None = None) -> pd.DataFrame:
    """Loaded terms (default ``helpers/data/loaded_terms.csv``): ``pattern, kind, note``, one row per pattern.

    ``check_term(pattern, where)`` checks a pattern's syntax, as for :func:`read_frames`.
    """
    path = _path(path, LOADED_TERMS_FILE)
    rows = []
    for line_no, row in read_rows(path, ("pattern", "kind"), "loaded-terms list", LexiconError):
        if not row["pattern"]:
            raise LexiconError(f"{path}, row {line_no}: empty pattern")
        if check_term is not None:
            check_term(row["pattern"], f"{path}, row {line_no}")
        rows.append((row["pattern"], row["kind"], row.get("note", "")))
    return pd.DataFrame(rows, columns=["pattern", "kind", "note"])


def read_stopwords(path: str | Path | None = None) -> list[str]:
    """The words of a stopword list (default ``helpers/data/stopwords.txt``): one word per line, ``#`` comments."""
    path = _path(path, STOPWORDS_FILE)
    words = []
    for line_no, line in enumerate(read_text(path, "stopword list", LexiconError).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if " " in line:
            raise LexiconError(f"{path}, line {line_no}: one word per line expected, got {line!r}")
        words.append(line)
    return words


# --------------------------------------------------------------------------- places.csv, titles.txt (speaker names)

PLACES_FILE = DATA_DIR / "places.csv"
TITLES_FILE = DATA_DIR / "titles.txt"
PLACE_KINDS = ("state", "country", "city")


def read_places(path: str | Path | None = None) -> pd.DataFrame:
    """Places that are never speakers (default ``helpers/data/places.csv``): ``name, kind, abbreviations``.

    ``kind`` is ``state``, ``country`` or ``city``; ``abbreviations`` (``|``-separated in the file, a tuple
    here) are the forms a text writes after a place ("Peoria, Ill.")."""
    path = _path(path, PLACES_FILE)
    rows, seen = [], {}
    for line_no, row in read_rows(path, ("name", "kind", "abbreviations"), "place list", PeopleRegistryError):
        where = f"{path}, row {line_no}"
        if not row["name"]:
            raise PeopleRegistryError(f"{where}: empty name")
        if row["name"] in seen:
            raise PeopleRegistryError(f"{where}: duplicate place {row['name']!r} (also on row {seen[row['name']]})")
        seen[row["name"]] = line_no
        _one_of(row, {"kind": PLACE_KINDS}, where, PeopleRegistryError)
        rows.append({"name": row["name"], "kind": row["kind"], "abbreviations": _split(row["abbreviations"])})
    return pd.DataFrame(rows, columns=["name", "kind", "abbreviations"])


def read_titles(path: str | Path | None = None) -> list[str]:
    """Titles that come before a personal name (default ``helpers/data/titles.txt``): one a line, ``#`` comments,
    each a single capitalised word ("Sheriff", "Whip", "Sen.")."""
    path = _path(path, TITLES_FILE)
    titles = []
    for line_no, line in enumerate(read_text(path, "title list", PeopleRegistryError).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if " " in line or not line[:1].isupper():
            raise PeopleRegistryError(f"{path}, line {line_no}: one capitalised word per line expected, got {line!r}")
        titles.append(line)
    return titles
