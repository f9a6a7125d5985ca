"""Counts per article: paragraphs by kind, sentences, words."""

from __future__ import annotations

from helpers.corpus import structure

AXIOS = "axios-2021-09-10-biden-xi-call"
FT = "ft-2021-09-10-biden-xi-call"


def test_structure_counts(seeds):
    table = structure(seeds).set_index("article_id")
    assert table.loc[AXIOS, "n_bullet"] == 12
    assert table.loc[FT, "n_bullet"] == 0
    assert table.loc[FT, "n_section_heading"] == 1
    assert table.loc[FT, "n_standfirst"] == 1
    assert table.loc[AXIOS, "n_boilerplate"] == table.loc[FT, "n_boilerplate"] == 1
    assert table.loc[AXIOS, "n_words"] > 600 and table.loc[FT, "n_words"] > 600
