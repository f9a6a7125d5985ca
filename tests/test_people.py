"""The one registry of people: facts in people.csv, read as speakers, actors and leaders, sides applied once."""

from __future__ import annotations

from datetime import date

import pytest

from helpers.datafiles import PEOPLE_COLUMNS, PeopleRegistryError, load_people
from helpers.errors import DataFileError
from helpers.people import SEED_STUDY, Study, actor_registry, leaders, role_of, side_of, speaker_registry

HEADER = ",".join(PEOPLE_COLUMNS)


def write_people(tmp_path, *rows: str):
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_packaged_registry_loads_with_tuples_and_dates():
    people = load_people().set_index("name")
    assert people.loc["Xi Jinping", "aliases"][:2] == ("Xi", "Mr Xi")
    assert people.loc["Barack Obama", "to"] == date(2017, 1, 20)
    assert people.loc["Joe Biden", "from"] is None


@pytest.mark.parametrize(
    "row, message",
    [
        ("Jane Roe,,person,leaders,senator,US,government,,,,,,", None),
        (",,person,leaders,senator,US,government,,,,,,", "empty name"),
        ("Jane Roe,,robot,leaders,senator,US,government,,,,,,", "kind 'robot'"),
        ("Jane Roe,,person,kings,senator,US,government,,,,,,", "level 'kings'"),
        ("Jane Roe,,person,leaders,senator,US,church,,,,,,", "affiliation 'church'"),
        ("Jane Roe,,person,leaders,senator,US,government,,2021-13-01,,,,", "not an ISO date"),
        ("Jane Roe,,person,leaders,senator,US,government,,2021-02-01,2020-01-01,,,", "is after to"),
        ("Jane Roe,,person,leaders,senator,US,government,,,,,,maybe", "family_name_first"),
    ],
)
def test_a_bad_row_is_named(tmp_path, row, message):
    path = write_people(tmp_path, row)
    if message is None:
        assert load_people(path)["name"].tolist() == ["Jane Roe"]
        return
    with pytest.raises(PeopleRegistryError, match=message) as info:
        load_people(path)
    assert "row 2" in str(info.value) and str(path) in str(info.value)
    assert isinstance(info.value, DataFileError)


def test_an_alias_claimed_by_two_entries_is_refused(tmp_path):
    path = write_people(
        tmp_path,
        "Jane Roe,Roe|Senator Roe,person,other,senator,US,government,,,,,,",
        "John Roe,Roe,person,other,senator,US,government,,,,,,",
    )
    with pytest.raises(PeopleRegistryError, match=r"row 3: alias 'Roe' of 'John Roe' is also .* 'Jane Roe'"):
        load_people(path)


def test_duplicate_names_name_both_rows(tmp_path):
    path = write_people(
        tmp_path,
        "Jane Roe,,person,other,senator,US,government,,,,,,",
        "Jane Roe,,person,other,senator,US,government,,,,,,",
    )
    with pytest.raises(PeopleRegistryError, match="row 3: duplicate name 'Jane Roe' .also on row 2"):
        load_people(path)


def test_sides_follow_office_dates():
    people = load_people().set_index("name", drop=False)
    obama = people.loc["Barack Obama"]
    assert side_of(obama) == "other" and role_of(obama) == "former US president"
    assert side_of(obama, date(2016, 5, 1)) == "US government" and role_of(obama, date(2016, 5, 1)) == "US president"
    trump = people.loc["Donald Trump"]
    assert side_of(trump, date(2016, 5, 1)) == "other" and role_of(trump, date(2016, 5, 1)) == ""
    assert side_of(trump, date(2018, 5, 1)) == "US government"
    assert side_of(people.loc["Evan Medeiros"]) == "expert"
    assert side_of(people.loc["Xinhua"]) == "Chinese government"


def test_another_study_maps_the_same_facts_to_its_own_sides():
    study = Study(camps={"US": "US", "Russia": "Russia"}, government_sides={"Russia": "Kremlin"})
    people = load_people().set_index("name", drop=False)
    assert side_of(people.loc["Vladimir Putin"], study=study) == "Kremlin"
    assert side_of(people.loc["Xi Jinping"], study=study) == "other"
    assert side_of(people.loc["Vladimir Putin"], study=SEED_STUDY) == "other"


def test_views_for_quotes_timeline_and_naming():
    speakers = speaker_registry().set_index("name")
    assert speakers.loc["Xi Jinping", "side"] == "Chinese government" and speakers.loc["Xi Jinping", "kind"] == "named"
    assert speakers.loc["White House", "kind"] == "institution"
    assert "China" not in speakers.index  # countries are actors, not speakers
    actors = actor_registry().set_index("name")
    assert actors.loc["Barack Obama", "side"] == "US" and actors.loc["Barack Obama", "level"] == "leaders"
    assert actors.loc["Myanmar", "side"] == "other"
    assert "Evan Medeiros" not in actors.index  # experts speak; they are not actors of engagements
    assert actors.loc["Xi Jinping", "aliases"].split("|")[0] == "Xi Jinping"
    names = {leader["name"]: leader for leader in leaders()}
    assert names["Xi Jinping"]["family_name_first"] and names["Joe Biden"]["given"][:2] == ["Joe", "Joseph"]
    assert "Wang Yi" not in names
