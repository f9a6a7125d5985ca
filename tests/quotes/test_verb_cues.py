"""Attributions made by a verb of speech: quoted as saying, described as, called for, inverted, participles."""

from __future__ import annotations

from .support import US, one, quoted


def test_told_reporters_and_quoted_as_saying():
    q, _ = one("A senior official told reporters that the talks were useful. State media quoted Mr Li as "
               "saying the deal was “fair”.")
    told = q[q["cue"] == "told"].iloc[0]
    assert (told.kind, told.speaker, told.quote) == ("indirect", "senior official", "the talks were useful")
    fair = q[q["quote"] == "fair"].iloc[0]
    assert fair.speaker == "Li"
    assert fair.via == "state media"


def test_said_of_is_not_an_inverted_speaker():
    q, _ = one("“It is a sound plan,” Lotte Kramer, an economist at Delft University, said of the budget.")
    row = quoted(q).loc["It is a sound plan,"]
    assert (row.speaker, row.speaker_mention, row.side) == ("Lotte Kramer", "Lotte Kramer", "expert")


def test_us_official_with_abbreviation_and_participle():
    q, _ = one("Biden and Xi could meet in Rome in October, a senior U.S. official told reporters, adding that no "
               "decision had been made.")
    ind = q[q["kind"] == "indirect"]
    assert set(ind["speaker"]) == {"senior U.S. official"}
    assert set(ind["side"]) == {US}
    assert set(ind["cue"]) == {"told", "adding"}
    assert ind["quote"].tolist()[0] == "Biden and Xi could meet in Rome in October"


def test_participle_after_while_takes_the_clause_subject():
    q, _ = one("Small groups of protesters marched downtown - while chanting, “Hands up, don’t shoot.”")
    assert quoted(q).loc["Hands up, don’t shoot.", "speaker_mention"] == "Small groups of protesters"


def test_called_for_and_adverbial_before_that():
    q, _ = one("In July, the teachers union called for a moratorium on new charter schools. "
               "The senator said Tuesday that the bill would fail in the House.")
    ind = q[q["kind"] == "indirect"].set_index("quote")
    assert ind.loc["a moratorium on new charter schools", "cue"] == "called for"
    assert ind.loc["the bill would fail in the House", "speaker"] == "senator"


def test_long_coordinated_subject_and_sentence_initial_participle():
    q, _ = one("Ida Berg spoke on Monday.\n\n"
               "The former secretary of state and current Democratic presidential nominee said she wanted to speak "
               "“directly to young voters.”\n\n"
               "After saying her right foot was “so swollen I could barely walk,” she went to hospital.")
    rows = quoted(q)
    assert rows.loc["directly to young voters.", "cue"] == "said"
    assert rows.loc["directly to young voters.", "speaker_mention"].startswith("The former secretary of state")
    # "she" is the nominee just quoted
    assert (rows.loc["so swollen I could barely walk,", "speaker_mention"],
            rows.loc["so swollen I could barely walk,", "speaker"]) == ("she", rows.loc["directly to young voters.",
                                                                                        "speaker"])


def test_speech_act_verb_reports_its_object_but_takes_no_quote():
    q, _ = one("At the debate, Ida Berg cited derogatory comments her rival had made about immigrants.\n\n"
               "The debate ran late. Karl Dorn’s line “That makes me smart” came when Ida Berg blasted him for "
               "his taxes.")
    ind = q[q["kind"] == "indirect"].set_index("quote")
    assert ind.loc["derogatory comments her rival had made about immigrants", "speaker"] == "Ida Berg"
    assert quoted(q).loc["That makes me smart", "speaker"] != "Ida Berg"


def test_participle_attributions_anywhere_in_the_sentence():
    q, _ = one("The city issued a statement saying the road would reopen on Monday.")
    assert q[["speaker", "cue", "quote"]].values.tolist() == [["city", "saying", "the road would reopen on Monday"]]
    q, _ = one("The council voted again, with a spokeswoman saying the plan was final.")
    assert q[["speaker", "cue", "quote"]].values.tolist() == [["spokeswoman", "saying", "the plan was final"]]
    q, _ = one("She ended the long debate by saying the plan was dead.")
    assert q[["speaker_mention", "cue", "quote"]].values.tolist() == [["She", "saying", "the plan was dead"]]


def test_referred_to_as():
    q, _ = one("Mr. Adler referred to the levy as “a tax on bread” during the hearing.")
    row = quoted(q).loc["a tax on bread"]
    assert (row.speaker, row.cue) == ("Adler", "referred to … as")


def test_titles_stay_with_names():
    q, _ = one("“We are ready,” said Gov. Tim Brantly. Rep. Ann Smith said the bill would pass. "
               "Gov. Ann Lowly said the roads were safe.")
    assert q["speaker_mention"].tolist() == ["Gov. Tim Brantly", "Rep. Ann Smith", "Gov. Ann Lowly"]
    assert q["speaker"].tolist() == ["Tim Brantly", "Ann Smith", "Ann Lowly"]
