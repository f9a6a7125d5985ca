"""Quotes and speakers: the seeds as a careful reader marks them, hard cases, and properties."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.quotes import COLUMNS, QuoteInputError, extract_quotes, find_quote_spans
from helpers.speakers import SIDES, ArticleSpeakers, SpeakerRegistryError, infer_side, load_registry

AXIOS = "axios-2021-09-10-biden-xi-call"
FT = "ft-2021-09-10-biden-xi-call"
SAO = "senior administration official"
SUO = "senior US official"
US, CN = "US government", "Chinese government"

# Every quotation in the seeds, as the words between the marks, with what a reader gives:
# (article, quote, kind, speaker, speaker_kind, side, cue, via)
SEED_QUOTES = [
    (AXIOS, "not seeking specific outcomes or agreements", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "have a broad and strategic discussion about how to manage the competition between the United States "
            "and China,", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "test the proposition", "partial", SAO, "anonymous", US, "added", ""),
    (AXIOS, "the leader level will be more effective than what we have found below him,", "partial", SAO,
     "anonymous", US, "added", ""),
    (AXIOS, "steady state of affairs", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "set guardrails", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "stiff competitive posture", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "lower-level engagements [between Chinese and U.S. officials] have not been very fruitful. And, "
            "candidly, we’ve not been very satisfied … with our interlocutors’ behavior.", "direct", SAO,
     "anonymous", US, "said", ""),
    (AXIOS, "whole-of-government approach,", "partial", "Biden administration", "institution", US, "spoken", ""),
    (AXIOS, "familiar,", "partial", SAO, "anonymous", US, "described … as", ""),
    (AXIOS, "respectful", "partial", SAO, "anonymous", US, "described … as", ""),
    (AXIOS, "candid.", "partial", SAO, "anonymous", US, "described … as", ""),
    (AXIOS, "playing for the press", "partial", SAO, "anonymous", US, "said", ""),
    # No cue in its sentence: the words come from the official quoted in the sentence before.
    (AXIOS, "in a way that [is] not misinterpreted as…somehow trying to sort of undermine Beijing in particular "
            "ways.", "partial", SAO, "anonymous", US, "", ""),
    (AXIOS, "there wasn’t a particular ask [about tariffs] from President Xi,", "partial", SAO, "anonymous", US,
     "said", ""),
    (AXIOS, "competitive when it should be, collaborative when it can be and adversarial when it must be.",
     "partial", "Biden officials", "anonymous", US, "said", ""),
    (FT, "broad, strategic discussion", "partial", "White House", "institution", US, "said", ""),
    (FT, "underscored the United States' enduring interest in peace, stability and prosperity in the "
         "Indo-Pacific and the world", "partial", "White House", "institution", US, "said", ""),
    (FT, "responsibility of both nations to ensure competition does not veer into conflict", "partial",
     "White House", "institution", US, "", ""),
    (FT, "serious difficulties", "partial", "Xi Jinping", "named", CN, "quoted … as saying",
     "Chinese foreign ministry"),
    (FT, "unwilling to engage in serious or substantive conversations", "partial", SUO, "anonymous", US,
     "according to", ""),
    (FT, "What we’ve gotten is the usual talking points, which are more designed for propaganda purposes,",
     "direct", SUO, "anonymous", US, "said", ""),
    (FT, "Xi has really centralised power in some pretty marked ways . . . engagement at the leader level is "
         "really what’s needed to move the ball forward.", "continuation", SUO, "anonymous", US, "", ""),
    (FT, "antics", "partial", SUO, "anonymous", US, "described … as", ""),
    (FT, "They have an ability to be candid and honest and frank with each other in a way that is not lecturing "
         "or in any way condescending . . . Both of them were honest about their views,", "direct", SUO,
     "anonymous", US, "said", ""),
    (FT, "the ball now is in the US court", "direct", "Wang Yi", "named", CN, "said", ""),
    (FT, "The US has been clearly opposed to China on important issues such as Taiwan, the South China Sea and "
         "human rights,", "direct", "Shi Yinhong", "named", "expert", "said", ""),
    (FT, "The relationship between the two countries will continue to deteriorate unless they can find common "
         "ground.", "continuation", "Shi Yinhong", "named", "expert", "", ""),
    (FT, "In such a competitive relationship, leader-level diplomacy is an essential component to managing "
         "competition well,", "direct", "Evan Medeiros", "named", "expert", "said", ""),
    (FT, "It’s been seven months, and seven hard ones for US-China. It’s time for the leaders to grab the reins "
         "again.", "continuation", "Evan Medeiros", "named", "expert", "", ""),
]

# Reported speech: (article, start of the reported clause, speaker, side, cue)
SEED_INDIRECT = [
    (AXIOS, "they’re still reviewing their China strategy", "officials", US, "say"),
    (AXIOS, "The call ran for around 90 minutesand since", SAO, US, "according to"),
    (AXIOS, "if they want a more productive relationship", "Chinese officials", CN, "told"),
    (FT, "US and Chinese leaders had a broad, strategic discussion", "White House", US, "says"),
    (FT, "the talks were candid", "Chinese foreign ministry", CN, "said"),
    (FT, "the discussions were marred by China tweeting", SUO, US, "said"),
    (FT, "Mr Biden and Mr Xi had a different kind of interaction", SUO, US, "said"),
    (FT, "the call was a critical step", "Evan Medeiros", "expert", "said"),
    (FT, "the White House had no indication", SUO, US, "said"),
]


@pytest.fixture(scope="module")
def seed_quotes(seeds):
    return extract_quotes(seeds)


def _text(seeds, article_id):
    return seeds.set_index("article_id").loc[article_id, "text"]


def test_columns_and_offsets(seeds, seed_quotes):
    assert list(seed_quotes.columns) == COLUMNS
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    for row in seed_quotes.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.quote
        assert row.n_words > 0
        if row.speaker_start >= 0:
            assert texts[row.article_id][row.speaker_start : row.speaker_end] == row.speaker_mention
    assert set(seed_quotes["kind"]) <= {"direct", "partial", "continuation", "indirect"}
    assert set(seed_quotes["side"]) <= set(SIDES) | {""}


def test_all_thirty_quote_spans_with_exact_offsets(seeds, seed_quotes):
    quoted = seed_quotes[seed_quotes["kind"] != "indirect"]
    expected = set()
    for article_id, quote, *_ in SEED_QUOTES:
        text = _text(seeds, article_id)
        # Located independently: the words right after an opening mark, once in the text.
        found_at = [m.start() for m in re.finditer("(?<=[\"“])" + re.escape(quote), text)]
        assert len(found_at) == 1, quote
        start = found_at[0]
        expected.add((article_id, start, start + len(quote)))
    found = set(zip(quoted["article_id"], quoted["start"], quoted["end"]))
    assert len(SEED_QUOTES) == 30
    assert found == expected


@pytest.mark.parametrize("article_id, quote, kind, speaker, speaker_kind, side, cue, via", SEED_QUOTES,
                         ids=[q[1][:30] for q in SEED_QUOTES])
def test_seed_quote_attribution(seed_quotes, article_id, quote, kind, speaker, speaker_kind, side, cue, via):
    rows = seed_quotes[(seed_quotes["article_id"] == article_id) & (seed_quotes["quote"] == quote)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row.kind, row.speaker, row.speaker_kind, row.side, row.cue, row.via) == (
        kind, speaker, speaker_kind, side, cue, via
    )


@pytest.mark.parametrize("article_id, begins, speaker, side, cue", SEED_INDIRECT, ids=[i[1][:30] for i in SEED_INDIRECT])
def test_seed_reported_speech(seeds, seed_quotes, article_id, begins, speaker, side, cue):
    rows = seed_quotes[(seed_quotes["article_id"] == article_id) & (seed_quotes["kind"] == "indirect")
                       & seed_quotes["quote"].str.startswith(begins)]
    assert len(rows) == 1, f"no reported clause starting {begins!r}"
    row = rows.iloc[0]
    assert (row.speaker, row.side, row.cue) == (speaker, side, cue)
    assert not any(mark in row.quote for mark in "“”\"")


def test_axios_quotes_only_us_government_voices(seed_quotes):
    axios = seed_quotes[(seed_quotes["article_id"] == AXIOS) & (seed_quotes["kind"] != "indirect")]
    assert set(axios["side"]) == {US}
    official = axios[axios["speaker_kind"] == "anonymous"]
    # "a senior administration official", "the official", "the senior official": one speaker.
    assert set(official["speaker"]) == {SAO, "Biden officials"}
    assert {"a senior administration official", "the official", "The official", "the senior official"} <= set(
        official["speaker_mention"]
    )


def test_ft_mentions_resolve_to_one_person(seed_quotes):
    ft = seed_quotes[seed_quotes["article_id"] == FT]
    by_mention = ft.groupby("speaker_mention")["speaker"].agg(set).to_dict()
    assert by_mention["she"] == {SUO}
    assert by_mention["The US official"] == {SUO}
    assert by_mention["the official"] == {SUO}
    assert by_mention["Mr Wang"] == {"Wang Yi"}
    assert by_mention["he"] == {"Evan Medeiros"}
    medeiros = ft[ft["speaker"] == "Evan Medeiros"]
    assert "Georgetown University" in medeiros["role"].iloc[0]


def test_speaker_offsets_point_at_the_attribution(seeds, seed_quotes):
    text = _text(seeds, FT)
    row = seed_quotes[seed_quotes["quote"] == "the ball now is in the US court"].iloc[0]
    assert text[row.speaker_start : row.speaker_end] == "Mr Wang"
    assert row.speaker_start < row.start
    shi = seed_quotes[seed_quotes["speaker"] == "Shi Yinhong"]
    assert (shi["speaker_mention"] == "Shi Yinhong").all()


def test_paragraph_and_sentence_join_the_corpus(seeds, seed_quotes):
    from helpers.corpus import sentences

    sents = sentences(seeds).set_index(["article_id", "sentence"])
    for row in seed_quotes.itertuples():
        sent = sents.loc[(row.article_id, row.sentence)]
        assert sent["paragraph"] == row.paragraph
        assert sent["start"] <= row.start


# --------------------------------------------------------------------------- hard cases

def _one(text, title="Headline here", **kw):
    arts = pd.DataFrame([{"article_id": "t", "outlet": "Test", "title": title, "text": f"{title}\n\n{text}"}])
    return extract_quotes(arts, **kw), arts["text"].iloc[0]


def test_mixed_curly_and_straight_marks_and_apostrophes():
    q, text = _one('He said "the United States\' interest is clear" and that “the talks’ tone was good”, '
                   "according to a senior official.")
    quotes = q[q["kind"] != "indirect"]["quote"].tolist()
    assert quotes == ["the United States' interest is clear", "the talks’ tone was good"]
    assert set(q[q["kind"] != "indirect"]["speaker"]) == {"senior official"}


def test_nested_single_quotes_stay_inside():
    q, _ = _one("“They told us ‘no deal’ and left,” said Anna Berg, a trade minister.")
    row = q[q["kind"] != "indirect"].iloc[0]
    assert row.quote == "They told us ‘no deal’ and left,"
    assert (row.speaker, row.kind) == ("Anna Berg", "direct")


def test_multi_paragraph_quote_with_open_quote_convention():
    q, _ = _one("“The first part runs on.\n\n“The second part ends here,” said Piet Vos, a minister.")
    rows = q[q["kind"] != "indirect"]
    assert rows["quote"].tolist() == ["The first part runs on.", "The second part ends here,"]
    assert set(rows["speaker"]) == {"Piet Vos"}


def test_unbalanced_marks_never_crash():
    q, text = _one("“Never closed, said the official.\n\nA stray ” mark and \"another one.")
    for row in q.itertuples():
        assert text[row.start : row.end] == row.quote


def test_told_reporters_and_quoted_as_saying():
    q, _ = _one("A senior official told reporters that the talks were useful. State media quoted Mr Li as "
                "saying the deal was “fair”.")
    told = q[q["cue"] == "told"].iloc[0]
    assert (told.kind, told.speaker, told.quote) == ("indirect", "senior official", "the talks were useful")
    fair = q[q["quote"] == "fair"].iloc[0]
    assert fair.speaker == "Li"
    assert fair.via == "state media"


def test_scare_quotes_without_speaker_are_kept():
    q, _ = _one("The so-called “reset” never happened.")
    row = q.iloc[0]
    assert (row.quote, row.speaker, row.speaker_kind, row.kind) == ("reset", "", "", "partial")


def test_pronoun_and_title_resolution():
    q, _ = _one("Lena Maas, a maritime economist at Kessel University, spoke at the port. "
                "“Every week of delay costs money,” she said.")
    row = q[q["kind"] != "indirect"].iloc[0]
    assert (row.speaker, row.speaker_mention, row.side) == ("Lena Maas", "she", "expert")


def test_user_registry_extends_the_default(tmp_path):
    extra = tmp_path / "more.csv"
    extra.write_text("name,aliases,role,side,kind\nPiet Vos,Mr Vos|Vos,trade minister,other,named\n",
                     encoding="utf-8")
    reg = load_registry(extra=extra)
    assert "Piet Vos" in set(reg["name"]) and "Wang Yi" in set(reg["name"])
    q, _ = _one("“Nothing was agreed,” Mr Vos said.", registry=reg)
    assert q.iloc[0].speaker == "Piet Vos"


def test_registry_errors_are_clear(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,aliases,role,side,kind\nX Y,,role,martian,named\n", encoding="utf-8")
    with pytest.raises(SpeakerRegistryError, match="side 'martian'"):
        load_registry(bad)
    clash = tmp_path / "clash.csv"
    clash.write_text("name,aliases,role,side,kind\nA B,AB,,other,named\nC D,AB,,other,named\n", encoding="utf-8")
    with pytest.raises(SpeakerRegistryError, match="alias 'AB'"):
        load_registry(clash)
    with pytest.raises(SpeakerRegistryError, match="does not exist"):
        load_registry(tmp_path / "missing.csv")


def test_bad_articles_table():
    with pytest.raises(QuoteInputError, match="lacks column"):
        extract_quotes(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(QuoteInputError, match="DataFrame"):
        extract_quotes(["not", "a", "frame"])


def test_input_not_mutated(seeds):
    before = seeds.copy()
    extract_quotes(seeds)
    pd.testing.assert_frame_equal(seeds, before)


def test_infer_side_from_roles():
    assert infer_side("a foreign policy expert at Renmin University in Beijing") == "expert"
    assert infer_side("China's foreign ministry", "institution") == CN
    assert infer_side("senior US official") == US
    assert infer_side("a former top adviser to former president Barack Obama") == "expert"


def test_article_speakers_resolve_titles():
    people = ArticleSpeakers("Antony Blinken met foreign minister Wang Yi. Later Mr Wang spoke.")
    assert people.resolve("Mr Wang", 50).name == "Wang Yi"


def test_find_quote_spans_pairs_within_paragraphs():
    text = 'A "b" c “d” e'
    spans = find_quote_spans(text, [(0, 0, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["b", "d"]


def test_curly_opening_mark_opens_a_quote_after_an_unclosed_one():
    # The first quotation lost its closing mark; the curly mark after "answered:" still opens the second.
    text = "Biden said “we are ready. Xi answered:“We are too.”"
    spans = find_quote_spans(text, [(0, 0, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["we are ready. Xi answered:", "We are too."]


def test_curly_opening_mark_typed_for_a_closer_still_closes():
    text = "“It was good,“ he said."
    spans = find_quote_spans(text, [(0, 0, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["It was good,"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("ab said he  Mr X,.“”\"‘’'\n") + ["according to ", "The official ", "\n\n"]),
                max_size=60).map("".join))
def test_arbitrary_text_never_raises(body):
    arts = pd.DataFrame([{"article_id": "x", "outlet": "O", "title": "T", "text": "T\n\n" + body}])
    q = extract_quotes(arts)
    text = arts["text"].iloc[0]
    for row in q.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.quote


def test_nested_report_relays_the_inner_speaker():
    q, _ = _one("Chinese state media said Xi Jinping told Biden that US policy had caused “serious difficulties” "
                "in relations.")
    row = q[q["quote"] == "serious difficulties"].iloc[0]
    assert (row.speaker, row.via, row.side) == ("Xi Jinping", "Chinese state media", CN)


def test_newswire_double_apostrophes_and_dash_attribution():
    q, _ = _one("''It is more tinkering at the edges,'' said Alan Cole, an economist at the Tax Foundation.\n\n"
                "“The most unqualified candidate ever.” ― Francisco Herrero")
    rows = q[q["kind"] != "indirect"]
    assert rows["quote"].tolist() == ["It is more tinkering at the edges,", "The most unqualified candidate ever."]
    assert rows["speaker"].tolist() == ["Alan Cole", "Francisco Herrero"]
    assert rows["side"].tolist()[0] == "expert"


def test_us_official_with_abbreviation_and_participle():
    q, _ = _one("Biden and Xi could meet in Rome in October, a senior U.S. official told reporters, adding that no "
                "decision had been made.")
    ind = q[q["kind"] == "indirect"]
    assert set(ind["speaker"]) == {"senior U.S. official"}
    assert set(ind["side"]) == {US}
    assert set(ind["cue"]) == {"told", "adding"}
    assert ind["quote"].tolist()[0] == "Biden and Xi could meet in Rome in October"


def test_title_of_a_work_has_no_speaker():
    q, _ = _one("Pence said on CBS’s “Face the Nation” that the debate was “a clear win.”")
    rows = q.set_index("quote")
    assert rows.loc["Face the Nation", "speaker"] == ""
    assert (rows.loc["a clear win.", "speaker"], rows.loc["a clear win.", "cue"]) == ("Pence", "said")


# --------------------------------------------------------------------------- speaker rules (general, own sentences)

def _quoted(q):
    return q[q["kind"] != "indirect"].set_index("quote")


def test_said_of_is_not_an_inverted_speaker():
    q, _ = _one("“It is a sound plan,” Lotte Kramer, an economist at Delft University, said of the budget.")
    row = _quoted(q).loc["It is a sound plan,"]
    assert (row.speaker, row.speaker_mention, row.side) == ("Lotte Kramer", "Lotte Kramer", "expert")


def test_question_mark_quote_then_short_attribution_sentence():
    q, _ = _one("Jan Smit spoke first. “Why is nobody accountable?” Mira Olsen demanded. “Who pays?” asked Jan Smit.")
    rows = _quoted(q)
    assert (rows.loc["Why is nobody accountable?", "speaker"], rows.loc["Why is nobody accountable?", "cue"]) == (
        "Mira Olsen", "demanded")
    assert rows.loc["Who pays?", "speaker"] == "Jan Smit"


def test_pronoun_with_is_contraction_is_a_subject():
    q, _ = _one("Tom Berg spoke on Friday. He’s claiming that the tax is “a burden on every family.”")
    row = _quoted(q).loc["a burden on every family."]
    assert (row.speaker, row.cue) == ("Tom Berg", "claiming")


def test_agent_noun_and_percent_subjects():
    q, _ = _one("One questioner claimed that the “rules are rigged.” Later, 63 percent said the plan was “fair.”")
    rows = _quoted(q)
    assert rows.loc["rules are rigged.", "speaker_mention"] == "One questioner"
    assert rows.loc["fair.", "speaker_mention"] == "63 percent"


def test_as_x_put_it_governs_its_sentence():
    q, _ = _one("As Ruth Adler, a historian at Leiden University, put it, the law is “a dead letter.”\n\n"
                "The rule is a “paper tiger,” as a Treasury memo put it.")
    rows = _quoted(q)
    assert (rows.loc["a dead letter.", "speaker"], rows.loc["a dead letter.", "side"]) == ("Ruth Adler", "expert")
    assert rows.loc["paper tiger,", "speaker_mention"] == "a Treasury memo"
    assert not (q["cue"].eq("as … put it") & q["kind"].eq("indirect")).any()


def test_subject_of_main_clause_after_an_opening_phrase():
    q, _ = _one("At a fundraiser in Boston last week, Karl Dorn called the rival plan “a fraud.”\n\n"
                "Karl Dorn took to Twitter overnight to mock what he called a “witch hunt.”")
    rows = _quoted(q)
    assert rows.loc["a fraud.", "speaker"] == "Karl Dorn"
    assert rows.loc["witch hunt.", "speaker"] == "Karl Dorn"


def test_weak_cue_far_from_the_quote_is_not_the_speaker():
    q, _ = _one("With party leaders increasingly worried about turnout, Mayor Ida Berg is rolling out a new "
                "message: “It is about you.”")
    row = _quoted(q).loc["It is about you."]
    assert row.speaker == "Ida Berg"


def test_coordinated_verbs_share_the_subject():
    q, _ = _one("When my brother mentioned the storm to me, I laughed and said, “It will pass.”\n\n"
                "Mayor Ida Berg said Friday that the vote should go ahead but said “the timing is wrong.”")
    rows = _quoted(q)
    assert rows.loc["It will pass.", "speaker_mention"] == "I"
    assert rows.loc["the timing is wrong.", "speaker"] == "Ida Berg"


def test_possessive_claim_that():
    q, _ = _one("Karl Dorn spoke in Ohio. His claim that voters would “learn nothing” was false. Critics "
                "attacked Ida Berg’s statement that the tax cut will pay for itself.")
    rows = _quoted(q)
    assert (rows.loc["learn nothing", "speaker"], rows.loc["learn nothing", "cue"]) == ("Karl Dorn", "claim")
    ind = q[q["kind"] == "indirect"].set_index("quote")
    assert ind.loc["the tax cut will pay for itself", "speaker"] == "Ida Berg"


def test_relative_clause_subject_with_appositive_and_colon_quote():
    q, _ = _one("The fine, which Apple’s chief executive, Tim Cook, called “total political crap,” stands.")
    row = _quoted(q).loc["total political crap,"]
    assert row.speaker_mention == "Apple’s chief executive"


def test_new_named_person_in_a_cueless_sentence_speaks_the_fragment():
    q, _ = _one("“The debate will be rough,” Karl Dorn said.\n\n"
                "Aaron Lind, the director of debate at Kessel University, compared Dorn to a coach who is "
                "“working the referees.”")
    assert _quoted(q).loc["working the referees.", "speaker"] == "Aaron Lind"


def test_gendered_pronoun_prefers_the_recent_subject_of_that_gender():
    q, _ = _one("“We will act,” Sen. Jeff Marks said.\n\n"
                "In a statement, nominee Ms. Ida Berg was more careful. Though she called the bank’s conduct "
                "“outrageous,” she stopped short of a break-up.")
    assert _quoted(q).loc["outrageous,", "speaker"] == "Ida Berg"


def test_participle_after_while_takes_the_clause_subject():
    q, _ = _one("Small groups of protesters marched downtown - while chanting, “Hands up, don’t shoot.”")
    assert _quoted(q).loc["Hands up, don’t shoot.", "speaker_mention"] == "Small groups of protesters"


# --------------------------------------------------------------------------- reported speech rules

def test_called_for_and_adverbial_before_that():
    q, _ = _one("In July, the teachers union called for a moratorium on new charter schools. "
                "The senator said Tuesday that the bill would fail in the House.")
    ind = q[q["kind"] == "indirect"].set_index("quote")
    assert ind.loc["a moratorium on new charter schools", "cue"] == "called for"
    assert ind.loc["the bill would fail in the House", "speaker"] == "senator"


def test_headline_label_is_the_source():
    q, _ = _one("The pollster spoke on Monday.", title="Pat Kessel: Voters Worried About the Economy")
    ind = q[q["kind"] == "indirect"]
    assert ind["quote"].tolist() == ["Voters Worried About the Economy"]
    assert ind["speaker"].tolist() == ["Pat Kessel"]
    q, _ = _one("Text.", title="Analysis: Voters Worried About the Economy")
    assert q.empty


def test_long_coordinated_subject_and_sentence_initial_participle():
    q, _ = _one("Ida Berg spoke on Monday.\n\n"
                "The former secretary of state and current Democratic presidential nominee said she wanted to speak "
                "“directly to young voters.”\n\n"
                "After saying her right foot was “so swollen I could barely walk,” she went to hospital.")
    rows = _quoted(q)
    assert rows.loc["directly to young voters.", "cue"] == "said"
    assert rows.loc["directly to young voters.", "speaker_mention"].startswith("The former secretary of state")
    # "she" is the nominee just quoted
    assert (rows.loc["so swollen I could barely walk,", "speaker_mention"],
            rows.loc["so swollen I could barely walk,", "speaker"]) == ("she", rows.loc["directly to young voters.",
                                                                                        "speaker"])


def test_speech_act_verb_reports_its_object_but_takes_no_quote():
    q, _ = _one("At the debate, Ida Berg cited derogatory comments her rival had made about immigrants.\n\n"
                "The debate ran late. Karl Dorn’s line “That makes me smart” came when Ida Berg blasted him for "
                "his taxes.")
    ind = q[q["kind"] == "indirect"].set_index("quote")
    assert ind.loc["derogatory comments her rival had made about immigrants", "speaker"] == "Ida Berg"
    assert _quoted(q).loc["That makes me smart", "speaker"] != "Ida Berg"


def test_side_words_come_from_the_registry():
    import pandas as pd

    from helpers.speakers import infer_side, load_registry, registry_index

    base = load_registry()
    extra = pd.DataFrame([{"name": "Dana Fictional", "aliases": ("Ms Fictional",), "role": "US trade envoy",
                           "side": "US government", "kind": "named"}])
    custom = registry_index(pd.concat([base, extra], ignore_index=True))
    assert infer_side("an aide to Fictional", registry=custom) == "US government"
    assert infer_side("an aide to Fictional") == "other"  # the packaged registry does not know her
    assert infer_side("a Biden aide") == "US government"  # "Biden" comes from the packaged registry
    assert infer_side("an official close to Xi") == "Chinese government"
