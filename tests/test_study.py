"""The study file: sides, rules over registry facts, role patterns and camps; errors name the file and the key."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers.datafiles import load_people
from helpers.errors import StudyFileError
from helpers.paths import ROOT
from helpers.people import SEED_STUDY, side_of
from helpers.study import find_study, load_study, study_note, study_path
from helpers.quotes.registry import study_registry
from helpers.quotes.sides import infer_side

EXAMPLE = ROOT / "studies" / "us_politics.yaml"


def test_example_study_reads_registry_facts_on_a_date():
    study = load_study(EXAMPLE)
    assert study.sides[:3] == ("Democrats", "Republicans", "administration") and study.other_side == "other"
    people = load_people().set_index("name", drop=False)
    assert side_of(people.loc["Barack Obama"], date(2012, 6, 1), study) == "administration"
    assert side_of(people.loc["Barack Obama"], date(2018, 6, 1), study) == "Democrats"  # a former president
    assert side_of(people.loc["Donald Trump"], date(2018, 6, 1), study) == "administration"
    assert side_of(people.loc["John Boehner"], date(2012, 6, 1), study) == "Republicans"
    assert side_of(people.loc["Elena Kagan"], date(2012, 6, 1), study) == "courts"
    assert side_of(people.loc["Evan Medeiros"], None, study) == "experts"


@pytest.mark.parametrize("description, side", [
    ("Sen. Jane Roe (R-Ky.)", "Republicans"),
    ("a Democratic senator from the Midwest", "Democrats"),
    ("a White House spokeswoman", "administration"),
    ("a federal judge in Boston", "courts"),
    ("a historian at a state university", "experts"),
    ("a columnist for a weekly magazine", "press"),
    ("a neighbour", "other"),
])
def test_role_patterns_give_facts_that_rules_map_to_sides(description, side):
    registry = study_registry(load_study(EXAMPLE))
    assert infer_side(description, "named", registry=registry) == side


def test_without_a_study_file_the_default_study_is_used_and_said(tmp_path):
    assert find_study(tmp_path) is SEED_STUDY
    note = study_note(tmp_path)
    assert "default study" in note and "US government" in note and "US and China" in note


def test_study_file_beside_the_articles_or_the_event_folders(tmp_path):
    event = tmp_path / "event1"
    event.mkdir()
    (tmp_path / "study.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert study_path(event) == tmp_path / "study.yaml"
    articles = pd.DataFrame({"path": [str(event / "a.txt")]})
    assert find_study(articles).name == "US politics"
    assert "us_politics" not in study_note(articles) and "Democrats" in study_note(articles)


@pytest.mark.parametrize("text, message", [
    ("sides: [a]\n", "sides must list at least two"),
    ("sides: [a, b]\nother: c\n", "other 'c' is not one of the sides"),
    ("sides: [a, b]\ncolour: red\n", "unknown key 'colour'"),
    ("sides: [a, b]\nother: a\nrules:\n  - {side: z, party: [X]}\n", "rules[0]: side 'z'"),
    ("sides: [a, b]\nother: a\nrules:\n  - {side: a}\n", "rules[0]: a rule needs at least one fact"),
    ("sides: [a, b]\nother: a\nroles:\n  - {pattern: '(', party: X}\n", "roles[0]: pattern: '(' is not a valid"),
    ("sides: [a, b]\nother: a\nroles:\n  - {pattern: x}\n", "roles[0]: a role pattern must give at least one fact"),
    ("sides: [a, b]\nother: a\ncamps: {US: US}\n", "camps must map the two camps"),
    ("- just a list\n", "a study file is a mapping"),
])
def test_bad_study_files_name_the_file_and_the_key(tmp_path, text, message):
    path = tmp_path / "study.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StudyFileError, match="study.yaml") as error:
        load_study(path)
    assert message in str(error.value)


@pytest.mark.parametrize("description, side", [
    ("a spokesman for Speaker Boehner", "Republicans"),
    ("Pelosi's spokesman", "Democrats"),
    ("an aide to Attorney General Eric Holder", "administration"),
])
def test_who_speaks_for_a_registered_person_takes_their_side(description, side):
    registry = study_registry(load_study(EXAMPLE), pd.DataFrame({"published": [pd.Timestamp("2012-06-01")]}))
    assert infer_side(description, "anonymous", registry=registry) == side


def test_party_markers_and_appositives_are_read_into_the_role():
    from helpers.quotes.people import find_people

    roles = {p.name: p.role for p in find_people("Rep. Tom Ash (D-Iowa) and Jane Roe, a Republican, met.")}
    assert roles == {"Tom Ash": "Rep. (D-Iowa)", "Jane Roe": "(Republican)"}
    registry = study_registry(load_study(EXAMPLE))
    assert infer_side(roles["Tom Ash"], "named", registry=registry) == "Democrats"
    assert infer_side(roles["Jane Roe"], "named", registry=registry) == "Republicans"
