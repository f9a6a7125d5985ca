"""Attributions without a verb cue: "according to", "as X put it", "his claim that", "“…” — Name"."""

from __future__ import annotations

from .support import one, quoted


def test_as_x_put_it_governs_its_sentence():
    q, _ = one("As Ruth Adler, a historian at Leiden University, put it, the law is “a dead letter.”\n\n"
               "The rule is a “paper tiger,” as a Treasury memo put it.")
    rows = quoted(q)
    assert (rows.loc["a dead letter.", "speaker"], rows.loc["a dead letter.", "side"]) == ("Ruth Adler", "expert")
    assert rows.loc["paper tiger,", "speaker_mention"] == "a Treasury memo"
    assert not (q["cue"].eq("as … put it") & q["kind"].eq("indirect")).any()


def test_possessive_claim_that():
    q, _ = one("Karl Dorn spoke in Ohio. His claim that voters would “learn nothing” was false. Critics "
               "attacked Ida Berg’s statement that the tax cut will pay for itself.")
    rows = quoted(q)
    assert (rows.loc["learn nothing", "speaker"], rows.loc["learn nothing", "cue"]) == ("Karl Dorn", "claim")
    ind = q[q["kind"] == "indirect"].set_index("quote")
    assert ind.loc["the tax cut will pay for itself", "speaker"] == "Ida Berg"


def test_newswire_double_apostrophes_and_dash_attribution():
    q, _ = one("''It is more tinkering at the edges,'' said Alan Cole, an economist at the Tax Foundation.\n\n"
               "“The most unqualified candidate ever.” ― Francisco Herrero")
    rows = q[q["kind"] != "indirect"]
    assert rows["quote"].tolist() == ["It is more tinkering at the edges,", "The most unqualified candidate ever."]
    assert rows["speaker"].tolist() == ["Alan Cole", "Francisco Herrero"]
    assert rows["side"].tolist()[0] == "expert"


def test_passive_by_agent_and_possessive_noun_cue():
    q, _ = one("The law was branded “a disgrace” by the campaign. The plan, dismissed as “a fantasy” by the mayor, "
               "was dropped.")
    assert quoted(q)[["speaker", "cue"]].values.tolist() == [["campaign", "branded … by"], ["mayor", "dismissed … by"]]
    q, _ = one("The senator’s reply: “We will see.”")
    assert quoted(q).loc["We will see."][["speaker", "cue"]].tolist() == ["senator", "reply"]


def test_according_to_a_document_or_a_tally():
    q, _ = one("According to a tally by the state board, 40 schools closed last year.")
    assert q[["speaker", "quote"]].values.tolist() == [["state board", "40 schools closed last year"]]
    q, _ = one("According to court records, the firm paid the fine.")
    assert q[["speaker", "quote"]].values.tolist() == [["court records", "the firm paid the fine"]]
