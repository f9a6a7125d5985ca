"""helpers.datafiles: every data file read and validated in one module, a bad row named with its file."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from helpers import datafiles as df
from helpers import framing, speakers, timeline, vocabularies
from helpers.errors import (
    ActorRegistryError,
    CueLexiconError,
    DataFileError,
    LexiconError,
    OverrideError,
    PeopleRegistryError,
    QuoteInputError,
    RegisterError,
    SentimentInputError,
    SpeakerRegistryError,
    TimelineInputError,
)
from helpers.quotes import load_cues
from helpers.sentiment import load_calibration as load_sentiment_calibration
from helpers.sentiment import load_register

PEOPLE_HEADER = ",".join(df.PEOPLE_COLUMNS)
SENTIMENT_HEADER = ",".join(df.SENTIMENT_CALIBRATION_COLUMNS)
OVERRIDE_HEADER = "action,event_id,match_participants,match_mode,date_start,date_end,label,participants,level,mode,status"

# One case per format: (the datafiles reader, the public loader users call, the file's name, a file whose
# last entry is malformed, where the message must point, the error classes it must be).
CASES = {
    "people": (df.load_people, speakers.load_registry, "people.csv",
               PEOPLE_HEADER + "\nJane Roe,,person,leaders,senator,US,government,,,,,,\n"
               "John Roe,,robot,leaders,senator,US,government,,,,,,\n",
               "row 3: kind 'robot'", (PeopleRegistryError,)),
    "speaker list": (df.read_speaker_list, speakers.load_registry, "speakers.csv",
                     "name,aliases,role,side,kind\nA B,,,other,named\nC D,,,martian,named\n",
                     "row 3: side 'martian'", (SpeakerRegistryError,)),
    "actor list": (df.read_actor_list, timeline.load_actors, "actors.csv",
                   "name,side,level,kind,aliases\nA B,US,cabinet,person,A B\nC D,US,kings,person,C D\n",
                   "row 3 ('C D'): level 'kings'", (ActorRegistryError, TimelineInputError)),
    "leaders": (df.read_leaders_file, framing.load_leaders, "leaders.yaml",
                "leaders:\n  - {name: Anna Berg, surname: Berg}\n  - {name: Piet Vos}\n",
                "leader 2: needs 'name' and 'surname'", (LexiconError,)),
    "cues": (df.read_cues, lambda p: load_cues(str(p)), "quote_cues.csv",
             "lemma,forms,invertible,takes_object,strength\nsay,said,yes,no,strong\nhum,hummed,perhaps,no,weak\n",
             "row 3: strength must be strong/weak", (CueLexiconError, QuoteInputError)),
    "register": (df.read_register, load_register, "diplomatic_register.csv",
                 "word,reading\ncandid,disagreement\n,no word\n", "row 3: empty word",
                 (RegisterError, SentimentInputError)),
    "sentiment calibration": (df.read_sentiment_calibration, load_sentiment_calibration, "calibration_sentiment.csv",
                              SENTIMENT_HEADER + "\nm,0.1,0.4,0.4,10,9,C,s,l,2021-01-01\n"
                              "n,0.1,0.4,0.4,ten,9,C,s,l,2021-01-01\n",
                              "row 3: n_labels 'ten' is not a number", (DataFileError,)),
    "date calibration": (df.read_dates_calibration, timeline.load_calibration, "calibration_dates.csv",
                         "measure,value,corpus,documents,measured\nstrict_f1,0.9,C,10,2021-01-01\n"
                         "strict_recall,0.9,C,10,soon\n",
                         "row 3 ('strict_recall'): value must be a number", (DataFileError,)),
    "overrides": (df.read_overrides, timeline.load_overrides, "event_overrides.csv",
                  OVERRIDE_HEADER + "\ndrop,e-1,,,,,,,,,\nadd,,,,2021-01-02,,Talk,A; B,leaders,call,maybe\n",
                  "row 3: status 'maybe'", (OverrideError, TimelineInputError)),
    "frames": (df.read_frames, framing.load_frames, "frames.yaml",
               "frames:\n  economic:\n    label: Economic\n    terms: [trade]\n"
               "  security:\n    label: Security\n    terms: [army, army]\n",
               "line 5, frame 'security': term 'army' listed twice", (LexiconError,)),
    "loaded terms": (df.read_loaded_terms, framing.load_loaded_terms, "loaded_terms.csv",
                     "pattern,kind,note\nspat*,noun,\n,verb,\n", "row 3: empty pattern", (LexiconError,)),
    "stopwords": (df.read_stopwords, framing.load_stopwords, "stopwords.txt",
                  "# a comment\nthe\nof the\n", "line 3: one word per line", (LexiconError,)),
}


@pytest.fixture(params=sorted(CASES), name="case")
def _case(request):
    return CASES[request.param]


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_a_malformed_row_is_named_with_its_file(tmp_path, case):
    reader, loader, name, content, where, classes = case
    path = _write(tmp_path, name, content)
    messages = []
    for read in (reader, loader):
        with pytest.raises(classes[0]) as info:
            read(path)
        assert all(isinstance(info.value, c) for c in classes)
        assert isinstance(info.value, DataFileError), "every data-file error is a DataFileError"
        assert f"{path}, {where}" in str(info.value)
        messages.append(str(info.value))
    assert messages[0] == messages[1], "the public loader says what the reader says"


def test_a_missing_file_is_named(tmp_path, case):
    reader, _, name, *_ = case
    with pytest.raises(DataFileError, match="does not exist") as info:
        reader(tmp_path / name)
    assert str(tmp_path / name) in str(info.value)


def test_a_file_that_is_not_utf8_is_named(tmp_path, case):
    reader, _, name, content, *_ = case
    path = _write(tmp_path, name, content.encode("utf-8") + "café\n".encode("cp1252"))
    with pytest.raises(DataFileError, match=r"is not UTF-8 \(.+ at byte \d+\)") as info:
        reader(path)
    assert str(path) in str(info.value)


def test_a_folder_is_not_read_as_a_file(tmp_path, case):
    reader, _, name, *_ = case
    (tmp_path / name).mkdir()
    with pytest.raises(DataFileError, match="is a folder, not a file"):
        reader(tmp_path / name)


@pytest.mark.parametrize(
    "reader",
    [df.load_people, df.read_cues, df.read_register, df.read_sentiment_calibration, df.read_dates_calibration,
     df.read_overrides, df.read_frames, "loaded lexicons", df.read_stopwords, df.read_target_model],
    ids=lambda reader: getattr(reader, "__name__", reader),
)
def test_every_packaged_file_reads_by_default(reader):
    if reader == "loaded lexicons":  # every research lexicon has rows; one's own list (loaded_terms.csv) is empty
        assert all(len(df.read_loaded_terms(path)) > 0 for name, path in df.LOADED_LEXICON_FILES.items() if name != "own list")
        return
    assert len(reader()) > 0


def test_the_readers_return_what_the_analyses_use():
    cues = df.read_cues()
    say = next(cue for cue in cues if cue["lemma"] == "say")
    assert say["forms"][:2] == ("say", "says") and say["invertible"] and say["strong"] and not say["takes_object"]
    assert load_cues()["said"].lemma == "say"
    assert df.read_register()["candid"] == load_register()["candid"]
    frames = df.read_frames()
    assert list(frames.columns) == df.FRAME_COLUMNS and frames.equals(framing.load_frames())
    assert "'s" in df.read_stopwords() and "s" in framing.load_stopwords()  # the analysis normalises "'s"
    assert df.read_overrides().equals(timeline.load_overrides())


def test_the_people_registry_loads_with_tuples_and_dates():
    people = df.load_people().set_index("name")
    assert people.loc["Xi Jinping", "aliases"][:2] == ("Xi", "Mr Xi")
    assert people.loc["Barack Obama", "to"] == date(2017, 1, 20)
    biden = people.loc["Joe Biden"]  # one row per office: president from 2021, vice-president 2009-2017
    assert list(biden["from"]) == [date(2021, 1, 20), date(2009, 1, 20)] and biden["to"].iloc[0] is None


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
def test_a_bad_people_row_is_named(tmp_path, row, message):
    path = _write(tmp_path, "people.csv", PEOPLE_HEADER + "\n" + row + "\n")
    if message is None:
        assert df.load_people(path)["name"].tolist() == ["Jane Roe"]
        return
    with pytest.raises(PeopleRegistryError, match=message) as info:
        df.load_people(path)
    assert "row 2" in str(info.value) and str(path) in str(info.value)
    assert isinstance(info.value, DataFileError)


@pytest.mark.parametrize(
    "rows, message",
    [
        (["Jane Roe,Roe|Senator Roe,person,other,senator,US,government,,,,,,",
          "John Roe,Roe,person,other,senator,US,government,,,,,,"],
         r"row 3: alias 'Roe' of 'John Roe' is also .* 'Jane Roe'"),
        (["Jane Roe,,person,other,senator,US,government,,,,,,", "Jane Roe,,person,other,senator,US,government,,,,,,"],
         "row 3: duplicate name 'Jane Roe' .also on row 2"),
        ([], "people registry has no rows"),
    ],
    ids=["alias of two", "duplicate name", "no rows"],
)
def test_people_entries_must_be_distinct(tmp_path, rows, message):
    path = _write(tmp_path, "people.csv", PEOPLE_HEADER + "\n" + "\n".join(rows) + "\n")
    with pytest.raises(PeopleRegistryError, match=message):
        df.load_people(path)


def test_people_format_is_told_apart_from_older_lists(tmp_path):
    assert df.is_people_file(df.PEOPLE_FILE)
    assert not df.is_people_file(_write(tmp_path, "speakers.csv", "name,aliases,role,side,kind\n"))
    assert not df.is_people_file(tmp_path / "nowhere.csv") and not df.is_people_file(tmp_path)


@pytest.mark.parametrize(
    "content, message",
    [("leaders: [", "not valid YAML"), ("- Anna Berg\n", "expected a mapping with a 'leaders:' list"),
     ("version: 1\n", "expected a non-empty list of leaders")],
    ids=["bad YAML", "a list", "no leaders"],
)
def test_a_bad_leaders_file_is_named(tmp_path, content, message):
    path = _write(tmp_path, "leaders.yaml", content)
    with pytest.raises(LexiconError, match=message) as info:
        framing.load_leaders(path)
    assert str(path) in str(info.value)


def test_frame_errors_name_the_line_of_the_frame(tmp_path):
    path = _write(tmp_path, "frames.yaml", "version: 1\nframes:\n  economic:\n    label: E\n    terms: [trade]\n"
                                           "\n  Bad Name:\n    label: B\n    terms: [x]\n")
    with pytest.raises(LexiconError, match=r"frames\.yaml, line 7, frame 'Bad Name': frame names are lower-case"):
        df.read_frames(path)


def test_term_patterns_are_checked_by_the_analysis_that_owns_their_syntax(tmp_path):
    path = _write(tmp_path, "loaded.csv", "pattern,kind\nspat*,noun\nU.S./China,noun\n")
    assert df.read_loaded_terms(path)["pattern"].tolist() == ["spat*", "U.S./China"]  # no syntax check asked
    with pytest.raises(LexiconError, match=r"loaded\.csv, row 3: 'U\.S\./China' is not a single word"):
        framing.load_loaded_terms(path)
    calls = []
    df.read_frames(check_term=lambda term, where: calls.append((term, where)))
    assert len(calls) == len(df.read_frames()) and calls[0][1].startswith(f"{df.FRAMES_FILE}, line ")


def test_one_vocabulary_for_files_and_tables():
    assert timeline.LEVELS is vocabularies.LEVELS and timeline.MODES is vocabularies.MODES
    assert timeline.STATUSES is vocabularies.STATUSES and timeline.SIDES is vocabularies.CAMPS
    assert speakers.SIDES is vocabularies.SPEAKER_SIDES and speakers.KINDS is vocabularies.SPEAKER_KINDS
    assert df.PEOPLE_LEVELS is vocabularies.LEVELS
    assert timeline.OVERRIDE_COLUMNS is df.OVERRIDE_COLUMNS and timeline.OVERRIDES_FILE == df.OVERRIDES_FILE.name


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_datafiles_imports_no_analysis_package():
    imported = _imported_modules(Path(df.__file__))
    local = {m for m in imported if m.startswith(".")}
    assert local == {".errors", ".paths", ".validation", ".vocabularies"}, local
    assert _imported_modules(Path(vocabularies.__file__)) == {"__future__"}


def test_places_and_titles_load_and_bad_rows_are_named(tmp_path):
    places = df.read_places()
    assert {"state", "country", "city"} == set(places["kind"])
    assert "Tenn." in places.set_index("name").at["Tennessee", "abbreviations"]
    assert "Sheriff" in df.read_titles() and "Sen." in df.read_titles()
    bad = _write(tmp_path, "places.csv", "name,kind,abbreviations\nAtlantis,continent,\n")
    with pytest.raises(PeopleRegistryError, match=r"places.csv, row 2: .*kind"):
        df.read_places(bad)
    twice = _write(tmp_path, "places2.csv", "name,kind,abbreviations\nOhio,state,\nOhio,state,\n")
    with pytest.raises(PeopleRegistryError, match="row 3: duplicate place 'Ohio'"):
        df.read_places(twice)
    titles = _write(tmp_path, "titles.txt", "# titles\nSheriff\nvice chair\n")
    with pytest.raises(PeopleRegistryError, match=r"titles.txt, line 3: one capitalised word"):
        df.read_titles(titles)
