"""Every data file in ``helpers/data`` is read and validated here.

Each loader takes an optional path (a user's own file in the same format)
and raises a :class:`~helpers.errors.DataFileError` subclass naming the file,
the row and what is wrong.  ``helpers/data/README.md`` describes each file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from .errors import DataFileError
from .paths import DATA_DIR
from .validation import read_rows

PEOPLE_FILE = DATA_DIR / "people.csv"
PEOPLE_COLUMNS = (
    "name", "aliases", "kind", "level", "office", "country", "affiliation", "party",
    "from", "to", "surname", "given_names", "family_name_first",
)
#: What an entry is: a person, an institution (a ministry, a news agency), a country, a group.
PEOPLE_KINDS = ("person", "institution", "country", "group")
#: Rank of an office, from heads of state and government down (the timeline's marker sizes).
PEOPLE_LEVELS = ("leaders", "deputies", "cabinet", "envoys", "other")
#: Whom a person or institution speaks for, as a fact (a study maps these to its sides).
AFFILIATIONS = ("", "government", "state media", "academia", "think tank", "party", "company", "media", "ngo")


class PeopleRegistryError(DataFileError):
    """A row of the people registry that does not follow its format."""


def _iso_date(value: str, where: str, column: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PeopleRegistryError(f"{where}: {column} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


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
    path = Path(path) if path is not None else PEOPLE_FILE
    records, seen, owner = [], {}, {}
    for line_no, row in read_rows(path, PEOPLE_COLUMNS, "people registry", PeopleRegistryError, allowed=PEOPLE_COLUMNS):
        where = f"{path}, row {line_no}"
        name = row["name"]
        if not name:
            raise PeopleRegistryError(f"{where}: empty name")
        if name in seen:
            raise PeopleRegistryError(f"{where}: duplicate name {name!r} (also on row {seen[name]})")
        seen[name] = line_no
        for column, allowed in (("kind", PEOPLE_KINDS), ("level", PEOPLE_LEVELS), ("affiliation", AFFILIATIONS)):
            if row[column] not in allowed:
                raise PeopleRegistryError(
                    f"{where}: {column} {row[column]!r} is not one of {', '.join(a or '(empty)' for a in allowed)}"
                )
        if row["family_name_first"] not in ("", "yes", "no"):
            raise PeopleRegistryError(f"{where}: family_name_first must be yes, no or empty")
        start, end = _iso_date(row["from"], where, "from"), _iso_date(row["to"], where, "to")
        if start and end and start > end:
            raise PeopleRegistryError(f"{where}: from {start} is after to {end}")
        aliases = _split(row["aliases"])
        for alias in (name, *aliases):
            if alias in owner and owner[alias] != name:
                raise PeopleRegistryError(f"{where}: alias {alias!r} of {name!r} is also a name or alias of {owner[alias]!r}")
            owner[alias] = name
        records.append({
            **row,
            "aliases": aliases,
            "given_names": _split(row["given_names"]),
            "family_name_first": row["family_name_first"] == "yes",
            "from": start,
            "to": end,
        })
    if not records:
        raise PeopleRegistryError(f"{path}: people registry has no rows")
    return pd.DataFrame.from_records(records, columns=list(PEOPLE_COLUMNS))
