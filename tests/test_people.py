"""The one registry of people: facts in people.csv, read as speakers, actors and leaders, sides applied once."""

from __future__ import annotations

from datetime import date

import pytest

from helpers.datafiles import load_people
from helpers.people import SEED_STUDY, Study, actor_registry, leaders, role_of, side_of, speaker_registry

# The registry's format and its errors are tested with the other data files, in tests/test_datafiles.py.


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


def test_a_person_with_several_offices_holds_the_one_of_the_date(tmp_path):
    from helpers.datafiles import PEOPLE_COLUMNS

    path = tmp_path / "people.csv"
    path.write_text(",".join(PEOPLE_COLUMNS) + "\n"
                    "Jane Roe,Roe|Senator Roe,person,leaders,Ruritanian president,Ruritania,government,,2020-01-01,,,,\n"
                    "Jane Roe,,person,other,Ruritanian senator,Ruritania,government,,2010-01-01,2015-12-31,,,\n",
                    encoding="utf-8")
    people = load_people(path)
    assert speaker_registry(people, date(2012, 1, 1)).set_index("name").at["Jane Roe", "role"] == "Ruritanian senator"
    assert speaker_registry(people, date(2017, 1, 1)).set_index("name").at["Jane Roe", "role"] == (
        "former Ruritanian senator")
    now = speaker_registry(people).set_index("name")
    assert now.at["Jane Roe", "role"] == "Ruritanian president" and now.at["Jane Roe", "aliases"] == ("Roe", "Senator Roe")
    assert actor_registry(people).set_index("name").at["Jane Roe", "level"] == "leaders"


@pytest.mark.parametrize("second, message", [
    ("Jane Roe,,person,other,Ruritanian senator,Ruritania,government,,2019-01-01,2021-01-01,,,", "do not overlap"),
    ("Jane Roe,Senator Roe,person,other,Ruritanian senator,Ruritania,government,,2010-01-01,2015-01-01,,,",
     "no aliases"),
    ("Jane Roe,,person,other,Ruritanian senator,Ruritania,government,,,2015-01-01,,,", "needs a from date"),
])
def test_another_office_must_be_dated_and_apart(tmp_path, second, message):
    from helpers.datafiles import PEOPLE_COLUMNS
    from helpers.errors import PeopleRegistryError

    path = tmp_path / "people.csv"
    path.write_text(",".join(PEOPLE_COLUMNS) + "\n"
                    "Jane Roe,Roe,person,leaders,Ruritanian president,Ruritania,government,,2020-01-01,,,,\n"
                    + second + "\n", encoding="utf-8")
    with pytest.raises(PeopleRegistryError, match=rf"people.csv, row 3: duplicate name 'Jane Roe'.*{message}"):
        load_people(path)
