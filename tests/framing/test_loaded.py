"""helpers.framing.loaded_language: every use of a loaded term, with offsets into the raw text."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles
from helpers.errors import FramingError
from tests.conftest import write_folder

TEXT = (
    "Talks stall\n\n"
    "Officials hectored the envoy, a propaganda coup for the hosts.\n\n"
    "Nobody was snubbed. The propaganda\n\nspat went on.\n"
)


def _folder(tmp_path, text=TEXT):
    return load_articles(write_folder(tmp_path / "loaded", [
        {"file": "a.txt", "outlet": "Valley Post", "title": "Talks stall", "published": "2022-01-02", "text": text}
    ]))


def test_every_row_points_at_the_words_it_names(seeds):
    found = fr.loaded_language(seeds)
    assert list(found.columns) == ["article_id", "start", "end", "term", "pattern", "lexicon"]
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(texts[r.article_id][r.start:r.end] == r.term for r in found.itertuples())
    axios = found[found["article_id"].str.startswith("axios")]
    assert {"hectored", "snubbing", "rebuffing", "genocide"} <= set(axios["term"])
    hectored = found[found["term"] == "hectored"].iloc[0]
    assert (hectored["pattern"], hectored["lexicon"]) == ("hector*", "hostile verb")


def test_the_longer_match_wins_and_no_phrase_crosses_a_paragraph(tmp_path):
    found = fr.loaded_language(_folder(tmp_path))
    assert list(found["term"]) == ["hectored", "propaganda coup", "snubbed", "propaganda", "spat"]
    assert found.loc[found["term"] == "propaganda coup", "pattern"].item() == "propaganda coup"
    # "propaganda" ends one paragraph and "spat" opens the next: two uses, not one phrase
    assert found["start"].is_monotonic_increasing


def test_a_list_of_ones_own(tmp_path):
    mine = pd.DataFrame({"pattern": ["envoy", "host*"], "kind": ["role", "role"], "note": ["", ""]})
    found = fr.loaded_language(_folder(tmp_path), loaded=mine)
    assert list(found["term"]) == ["envoy", "hosts"] and set(found["lexicon"]) == {"role"}


def test_no_loaded_term_gives_an_empty_table_with_its_columns(tmp_path):
    found = fr.loaded_language(_folder(tmp_path, "Calm\n\nThe ministers met and agreed.\n"))
    assert found.empty and list(found.columns) == ["article_id", "start", "end", "term", "pattern", "lexicon"]


def test_not_an_articles_table():
    with pytest.raises(FramingError):
        fr.loaded_language(pd.DataFrame({"text": ["x"]}))
