"""helpers.framing.loaded_language: every use of a loaded term, per lexicon, with offsets into the raw text."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles
from helpers.errors import FramingError, LexiconError
from tests.conftest import write_folder

COLUMNS = ["article_id", "start", "end", "term", "lexicon", "kind", "pattern"]
TEXT = (
    "Talks stall\n\n"
    "Officials hectored the envoy, a propaganda coup for the hosts.\n\n"
    "Nobody was snubbed. The propaganda\n\nspat went on.\n"
)
MINE = pd.DataFrame({
    "pattern": ["hector~", "snub~", "propaganda", "propaganda coup", "spat"],
    "kind": ["verb", "verb", "noun", "noun", "noun"],
    "note": [""] * 5,
})


def _folder(tmp_path, text=TEXT):
    return load_articles(write_folder(tmp_path / "loaded", [
        {"file": "a.txt", "outlet": "Valley Post", "title": "Talks stall", "published": "2022-01-02", "text": text}
    ]))


def test_every_row_points_at_the_words_it_names_and_its_lexicon(seeds):
    found = fr.loaded_language(seeds)
    assert list(found.columns) == COLUMNS
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(texts[r.article_id][r.start:r.end] == r.term for r in found.itertuples())
    assert set(found["lexicon"]) <= set(fr.DEFAULT_LOADED)
    snub = found[found["term"] == "snubbing"].iloc[0]  # a research lexicon's word, inflected
    assert (snub["lexicon"], snub["kind"], snub["pattern"]) == ("MPQA subjectivity", "strong negative", "snub~")


def test_the_longer_match_wins_and_no_phrase_crosses_a_paragraph(tmp_path):
    found = fr.loaded_language(_folder(tmp_path), loaded=MINE)
    assert list(found["term"]) == ["hectored", "propaganda coup", "snubbed", "propaganda", "spat"]
    assert found.loc[found["term"] == "propaganda coup", "pattern"].item() == "propaganda coup"
    assert set(found["lexicon"]) == {"own list"}  # a table without a lexicon column is one's own list
    assert found["start"].is_monotonic_increasing


def test_two_lexicons_listing_the_same_words_give_a_row_each(tmp_path):
    two = pd.concat([MINE.assign(lexicon="first"), MINE.head(1).assign(lexicon="second", kind="hostile")])
    found = fr.loaded_language(_folder(tmp_path), loaded=two)
    hectored = found[found["term"] == "hectored"]
    assert sorted(hectored["lexicon"]) == ["first", "second"] and len(found) == 6


def test_a_span_matched_twice_within_one_lexicon_is_one_row(tmp_path):
    twice = pd.DataFrame({"pattern": ["snub~", "snubbed"], "kind": ["a", "b"], "note": ["", ""]})
    found = fr.loaded_language(_folder(tmp_path), loaded=twice)
    assert list(found["term"]) == ["snubbed"] and found["pattern"].item() == "snub~"


def test_the_default_lexicons_come_from_research_files():
    table = fr.load_loaded_lexicons()
    assert {"MPQA subjectivity", "words to watch"} <= set(table["lexicon"])
    every = fr.load_loaded_lexicons({"hedges": None, "words to watch": ("synonym for said",)})
    assert set(every["lexicon"]) == {"hedges", "words to watch"} and set(every.loc[every["lexicon"] == "words to watch", "kind"]) == {"synonym for said"}
    with pytest.raises(LexiconError, match="unknown loaded-language lexicon"):
        fr.load_loaded_lexicons({"my favourite": None})


def test_research_lexicons_find_words_of_their_kind(tmp_path):
    text = "Vote\n\nThe mayor complained about the allegedly phony figures, critics said.\n"
    found = fr.loaded_language(_folder(tmp_path, text))
    assert {"phony", "allegedly"} <= set(found["term"])
    doubt = found[found["term"] == "allegedly"].iloc[0]
    assert (doubt["lexicon"], doubt["kind"]) == ("words to watch", "expression of doubt")
    said = fr.loaded_language(_folder(tmp_path / "x", text), fr.load_loaded_lexicons({"words to watch": ("synonym for said",)}))
    assert list(said["term"]) == []  # "complained" is not in that list; "said" itself is neutral
    hedged = fr.loaded_language(_folder(tmp_path / "y", "Vote\n\nIt was perhaps the largest crowd.\n"),
                                fr.load_loaded_lexicons({"hedges": None}))
    assert list(hedged["term"]) == ["perhaps"]


def test_no_loaded_term_gives_an_empty_table_with_its_columns(tmp_path):
    found = fr.loaded_language(_folder(tmp_path, "Calm\n\nThe ministers met and agreed.\n"), loaded=MINE)
    assert found.empty and list(found.columns) == COLUMNS


def test_not_an_articles_table():
    with pytest.raises(FramingError):
        fr.loaded_language(pd.DataFrame({"text": ["x"]}))
