"""Tests of helpers.framing: distinctive words, frames, source mix, aligned facts, ledes, naming, tone."""

from __future__ import annotations

from collections import Counter

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

from helpers import framing as fr
from helpers.corpus import load_articles
from helpers.text import word_spans


def counts(text: str) -> Counter:
    return Counter(w.lower() for _, _, w in word_spans(text))


# =========================================================================== 1. log-odds: golden tests
#
# Published worked example: the README of `fightin_words` (P. H. M. Wigderowitz,
# https://github.com/Wigder/fightin_words, MIT licence), a packaged port of Jack
# Hessel's FightingWords (https://github.com/jmhessel/FightingWords), which
# implements Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political
# Analysis 16(4): 372-403.  Inputs and expected z-scores are copied from it.

DOC1 = "the quick brown fox jumps over the lazy pig"
DOC2 = "the lazy purple pig jumps over the lazier donkey"


def test_log_odds_reproduces_uninformed_readme_example():
    out = fr.log_odds_dirichlet(counts(DOC1), counts(DOC2), 0.05).set_index("term")["z"]
    expected = {
        "donkey": -0.6894227886807968,
        "lazier": -0.6894227886807968,
        "purple": -0.6894227886807968,
        "jumps": 0.0,
        "lazy": 0.0,
        "over": 0.0,
        "pig": 0.0,
        "the": 0.0,
        "brown": 0.6894227886807968,
        "fox": 0.6894227886807968,
        "quick": 0.6894227886807968,
    }
    assert set(out.index) == set(expected)
    for term, z in expected.items():
        assert out[term] == pytest.approx(z, abs=1e-6), term


def test_log_odds_reproduces_informed_readme_example():
    doc2 = "the lazy purple pig jumps over the " + (1000 * "very ") + "sleepy donkey"
    c1, c2 = counts(DOC1), counts(doc2)
    uninformed = fr.log_odds_dirichlet(c1, c2, 0.05).set_index("term")["z"]
    expected_uninformed = {
        "very": -2.2144429606255946,
        "donkey": 0.3528670051726073,
        "purple": 0.3528670051726073,
        "sleepy": 0.3528670051726073,
        "brown": 1.7074955767167836,
        "fox": 1.7074955767167836,
        "quick": 1.7074955767167836,
        "jumps": 3.4564380059373603,
        "lazy": 3.4564380059373603,
        "over": 3.4564380059373603,
        "pig": 3.4564380059373603,
        "the": 4.954523357120953,
    }
    for term, z in expected_uninformed.items():
        assert uninformed[term] == pytest.approx(z, abs=1e-6), term
    # the informed prior of the README: 1/1000 for "very", 0.05 for every other word
    prior = {w: 0.05 for w in set(c1) | set(c2)}
    prior["very"] = 1.0 / 1000
    informed = fr.log_odds_dirichlet(c1, c2, prior).set_index("term")["z"]
    expected_informed = {
        "very": -0.4368846171934332,
        "purple": 0.3539801999989518,
        "sleepy": 0.3539801999989518,
        "donkey": 0.3539801999989518,
        "quick": 1.7087406001344665,
        "brown": 1.7087406001344665,
        "fox": 1.7087406001344665,
        "jumps": 3.4605672465974453,
        "over": 3.4605672465974453,
        "lazy": 3.4605672465974453,
        "pig": 3.4605672465974453,
        "the": 4.961066225017743,
    }
    for term, z in expected_informed.items():
        assert informed[term] == pytest.approx(z, abs=1e-6), term


def test_log_odds_matches_the_paper_formulas_by_hand():
    # Monroe et al. 2008, eqs. 16, 20, 22, on a two-term vocabulary worked by hand:
    # group i: a=3, b=1 (n_i=4); group j: a=1, b=3 (n_j=4); alpha_a=1, alpha_b=3, a0=4.
    out = fr.log_odds_dirichlet({"a": 3, "b": 1}, {"a": 1, "b": 3}, {"a": 1.0, "b": 3.0}).set_index("term")
    delta_a = np.log(4 / 4) - np.log(2 / 6)  # log((3+1)/(4+4-3-1)) - log((1+1)/(4+4-1-1))
    var_a = 1 / 4 + 1 / 2
    assert out.loc["a", "delta"] == pytest.approx(delta_a, abs=1e-12)
    assert out.loc["a", "variance"] == pytest.approx(var_a, abs=1e-12)
    assert out.loc["a", "z"] == pytest.approx(delta_a / np.sqrt(var_a), abs=1e-12)
    assert out.loc["a", "z"] == pytest.approx(1.2685682, abs=1e-6)  # 2 ln 3 / sqrt 3


def test_log_odds_rejects_bad_priors():
    with pytest.raises(fr.FramingError, match="positive"):
        fr.log_odds_dirichlet({"a": 1}, {"a": 2}, 0)
    with pytest.raises(fr.FramingError, match="no value"):
        fr.log_odds_dirichlet({"a": 1, "b": 1}, {"a": 2}, {"a": 1.0})
    with pytest.raises(fr.FramingError, match="empty"):
        fr.log_odds_dirichlet({}, {}, 0.1)


# =========================================================================== 1. distinctive terms on the seeds


@pytest.fixture(scope="module")
def arts():
    return load_articles()


@pytest.fixture(scope="module")
def distinct(arts):
    return fr.distinctive_terms(arts)


def test_distinctive_terms_marks_house_styles(distinct):
    ft = distinct[(distinct["outlet"] == "Financial Times") & (distinct["ngram"] == 1)].set_index("term")
    axios = distinct[(distinct["outlet"] == "Axios") & (distinct["ngram"] == 1)].set_index("term")
    # The FT's "Mr Biden", "Mr Xi" and "US"; Axios writes "U.S." and never "Mr".
    assert ft.loc["mr", "count"] >= 10 and ft.loc["mr", "count_others"] == 0
    assert ft.loc["mr", "z"] > 2 and not ft.loc["mr", "too_few"]
    assert axios.loc["u.s", "z"] > 0 and ft.loc["u.s", "z"] < 0
    # each outlet against the rest: with two outlets the z-scores mirror each other
    assert ft.loc["mr", "z"] == pytest.approx(-axios.loc["mr", "z"])


def test_distinctive_terms_has_phrases_without_stopwords(distinct):
    phrases = distinct[distinct["ngram"] == 2]
    stop = fr.load_stopwords()
    assert "white house" in set(phrases["term"])
    for term in phrases["term"]:
        a, b = term.split()
        assert a not in stop - {"us"} and b not in stop - {"us"}, term  # "US" in capitals is the country


def test_distinctive_terms_flags_small_counts(distinct):
    total = distinct["count"] + distinct["count_others"]
    assert (distinct["too_few"] == (total < fr.MIN_COUNT)).all()
    assert distinct["too_few"].any() and (~distinct["too_few"]).any()


def test_distinctive_terms_prior_scales_with_alpha0(arts):
    weak = fr.distinctive_terms(arts, ngrams=(1,), alpha0=10)
    strong = fr.distinctive_terms(arts, ngrams=(1,), alpha0=10_000)
    key = ["outlet", "term"]
    both = weak.merge(strong, on=key, suffixes=("_weak", "_strong"))
    # a stronger prior shrinks the log-odds towards zero
    assert (both["log_odds_strong"].abs() <= both["log_odds_weak"].abs() + 1e-12).all()
    # the prior sums to alpha0 over the vocabulary
    assert weak[weak["outlet"] == "Axios"]["alpha"].sum() == pytest.approx(10)


def test_distinctive_terms_with_background_corpus(arts):
    background = {"mr": 1000, "the": 5000, "china": 10}
    out = fr.distinctive_terms(arts, ngrams=(1,), background=background, alpha0=50)
    ft = out[out["outlet"] == "Financial Times"].set_index("term")
    # a word the background knows well gets a bigger prior than one it never saw
    assert ft.loc["mr", "alpha"] > ft.loc["impasse", "alpha"] > 0
    # an articles table works as background too
    out2 = fr.distinctive_terms(arts, ngrams=(1,), background=arts, alpha0=50)
    assert len(out2) == len(out)


def test_distinctive_terms_needs_two_outlets(one_outlet):
    with pytest.raises(fr.NeedTwoOutlets, match="at least two"):
        fr.distinctive_terms(load_articles(one_outlet))


def test_distinctive_terms_three_outlets_each_against_rest(three_outlets):
    out = fr.distinctive_terms(load_articles(three_outlets))
    assert set(out["outlet"]) == {"Axios", "Financial Times", "Reuters"}
    reuters = out[(out["outlet"] == "Reuters") & (out["ngram"] == 1)].set_index("term")
    # "Reuters" appears only in the Reuters dateline, which is not counted; "glaser" is Reuters' own
    assert reuters.loc["glaser", "count"] == 1 and reuters.loc["glaser", "count_others"] == 0
    assert "reuters" not in reuters.index


# =========================================================================== 2. frames


def test_frame_lexicon_loads_and_validates(tmp_path):
    lex = fr.load_frames()
    for frame in (
        "economic",
        "security_defense",
        "political",
        "external_reputation",
        "morality",
        "fairness_equality",
        "conflict",
        "cooperation",
        "leader_diplomacy",
        "communication_propaganda",
        "human_rights",
        "climate",
    ):
        assert frame in set(lex["frame"]), frame
    bad = tmp_path / "frames.yaml"
    bad.write_text("frames:\n  economic:\n    label: Economic\n    terms: [trade, 'two  words*x']\n")
    with pytest.raises(fr.LexiconError, match="economic"):
        fr.load_frames(bad)
    bad.write_text("frames:\n  Economic Frame:\n    label: x\n    terms: [trade]\n")
    with pytest.raises(fr.LexiconError, match="identifiers"):
        fr.load_frames(bad)
    bad.write_text("frames:\n  economic:\n    label: x\n")
    with pytest.raises(fr.LexiconError, match="missing terms"):
        fr.load_frames(bad)
    bad.write_text("frames: [")
    with pytest.raises(fr.LexiconError, match="YAML"):
        fr.load_frames(bad)


def test_patterns_stem_and_wildcard():
    toks = fr.tokens("Beijing’s climate envoys hectored the economists")
    pats = {
        "envoy": fr.compile_pattern("climate envoy"),
        "hector": fr.compile_pattern("hector*"),
        "econ": fr.compile_pattern("econom*"),
        "beijing": fr.compile_pattern("=beijing"),
    }
    found = {name: (i, j) for name, i, j in fr.find_terms(toks, pats)}
    assert found == {"beijing": (0, 1), "envoy": (1, 3), "hector": (3, 4), "econ": (5, 6)}
    assert not fr.find_terms(fr.tokens("envoyship"), {"e": fr.compile_pattern("envoy")})


def test_tag_frames_returns_the_words_that_matched(arts):
    sents = fr.content_sentences(arts)
    tags = fr.tag_frames(sents)
    texts = dict(zip(arts["article_id"], arts["text"]))
    # every match is traceable: the offsets give back the matched words
    assert all(texts[r.article_id][r.start : r.end] == r.matched for r in tags.itertuples())
    axios = tags[tags["outlet"] == "Axios"]
    assert {"genocide", "Xinjiang"} <= set(axios[axios["frame"] == "human_rights"]["matched"])
    assert "hectored" in set(axios[axios["frame"] == "conflict"]["matched"])
    ft = tags[tags["outlet"] == "Financial Times"]
    assert "Uighurs" in set(ft[ft["frame"] == "human_rights"]["matched"])
    assert "spat" in set(ft[ft["frame"] == "conflict"]["matched"])
    # "national security adviser" is one security match, not also "security"
    sec = ft[(ft["frame"] == "security_defense") & (ft["matched"].str.contains("security"))]
    assert list(sec["matched"]) == ["national security adviser"]


def test_tag_frames_on_a_hand_written_sentence():
    sents = pd.DataFrame(
        {
            "article_id": ["x"],
            "outlet": ["O"],
            "sentence": [0],
            "start": [100],
            "text": ["Tariffs on imports deepened the trade war."],
        }
    )
    tags = fr.tag_frames(sents)
    got = {(r.frame, r.matched, r.start) for r in tags.itertuples()}
    assert ("economic", "Tariffs", 100) in got
    assert ("economic", "imports", 111) in got
    assert ("security_defense", "war", 138) in got


def test_frame_shares_with_intervals(arts):
    sents = fr.content_sentences(arts)
    shares = fr.frame_shares(sents, fr.tag_frames(sents))
    lex = fr.load_frames()
    assert len(shares) == 2 * lex["frame"].nunique()
    assert ((shares["ci_low"] <= shares["share"]) & (shares["share"] <= shares["ci_high"])).all()
    row = shares[(shares["outlet"] == "Axios") & (shares["frame"] == "human_rights")].iloc[0]
    assert row["n_tagged"] >= 1 and row["too_few"]
    n = sents.groupby("outlet").size()
    assert (shares.set_index("outlet")["n_sentences"].groupby(level=0).first() == n).all()


# =========================================================================== 3. source mix

HAND_QUOTES = pd.DataFrame(
    [
        ("a1", "Alpha", "direct", "Ann Lee", "named", "US government", 10),
        ("a1", "Alpha", "partial", "senior official", "anonymous", "US government", 4),
        ("a1", "Alpha", "indirect", "White House", "institution", "US government", 6),
        ("a1", "Alpha", "direct", "", "", "", 3),
        ("b1", "Beta", "direct", "Wang Yi", "named", "Chinese government", 8),
        ("b1", "Beta", "continuation", "Wang Yi", "named", "Chinese government", 4),
        ("b1", "Beta", "direct", "Kim Park", "named", "expert", 12),
        ("b1", "Beta", "indirect", "senior official", "anonymous", "US government", 6),
    ],
    columns=["article_id", "outlet", "kind", "speaker", "speaker_kind", "side", "n_words"],
)


def test_source_mix_by_side_on_hand_built_quotes():
    mix = fr.source_mix(HAND_QUOTES).set_index(["outlet", "side"])
    assert mix.loc[("Alpha", "US government"), "quoted_words"] == 14
    assert mix.loc[("Alpha", "US government"), "reported_words"] == 6
    assert mix.loc[("Alpha", "US government"), "n_speakers"] == 3
    assert mix.loc[("Alpha", fr.NO_SPEAKER), "words"] == 3
    assert mix.loc[("Alpha", "US government"), "share"] == pytest.approx(20 / 23)
    assert mix.loc[("Beta", "Chinese government"), "share"] == pytest.approx(12 / 30)
    assert mix.loc[("Beta", "Chinese government"), "speakers"] == "Wang Yi"
    assert mix.groupby("outlet")["share"].sum().round(9).eq(1).all()


def test_source_mix_named_vs_anonymous_and_voices():
    kinds = fr.source_mix(HAND_QUOTES, by="speaker_kind").set_index(["outlet", "speaker_kind"])
    assert kinds.loc[("Beta", "named"), "words"] == 24
    assert kinds.loc[("Beta", "anonymous"), "reported_words"] == 6
    assert fr.voices(HAND_QUOTES) == {"Alpha": ["US government"], "Beta": ["Chinese government", "expert"]}


def test_source_mix_rejects_bad_tables():
    with pytest.raises(fr.FramingError, match="side"):
        fr.source_mix(HAND_QUOTES.drop(columns="side"))
    with pytest.raises(fr.FramingError, match="unknown kind"):
        fr.source_mix(HAND_QUOTES.assign(kind="quote"))


def test_source_mix_on_the_seeds(arts):
    quotes_module = pytest.importorskip("helpers.quotes")
    quotes = quotes_module.extract_quotes(arts)
    sides = fr.voices(quotes)
    assert sides["Axios"] == ["US government"]
    assert set(sides["Financial Times"]) >= {"US government", "Chinese government", "expert"}
    mix = fr.source_mix(quotes)
    axios = mix[(mix["outlet"] == "Axios") & (mix["quoted_words"] > 0) & (mix["side"] != fr.NO_SPEAKER)]
    assert set(axios["side"]) == {"US government"}
    ft = mix[(mix["outlet"] == "Financial Times") & (mix["quoted_words"] > 0)].set_index("side")
    assert ft.loc["expert", "quoted_words"] > 0 and ft.loc["Chinese government", "quoted_words"] > 0


# =========================================================================== 4. same fact, two framings


@pytest.fixture(scope="module")
def pairs(arts):
    return fr.align_sentences(arts)


def _paired(pairs: pd.DataFrame, a: str, b: str) -> bool:
    return bool(
        (
            (pairs["text_a"].str.contains(a, regex=False) & pairs["text_b"].str.contains(b, regex=False))
            | (pairs["text_b"].str.contains(a, regex=False) & pairs["text_a"].str.contains(b, regex=False))
        ).any()
    )


def test_alignment_pairs_the_alaska_talks(pairs):
    assert _paired(pairs, "March summit in Alaska", "met Yang Jiechi")


def test_alignment_pairs_kerrys_visit(pairs):
    assert _paired(pairs, "climate envoy John Kerry visited China last week", "climate envoys last week")


def test_alignment_pairs_xinjiang(pairs):
    assert _paired(pairs, "genocide in Xinjiang", "treatment of Uighurs in Xinjiang")


def test_alignment_keeps_offsets_and_is_selective(arts, pairs):
    texts = dict(zip(arts["article_id"], arts["text"]))
    for side in ("a", "b"):
        assert all(
            texts[r[f"article_id_{side}"]][r[f"start_{side}"] : r[f"end_{side}"]] == r[f"text_{side}"]
            for _, r in pairs.iterrows()
        )
    assert (pairs["outlet_a"] != pairs["outlet_b"]).all()
    assert (pairs["score"] >= fr.ALIGN_THRESHOLD).all() and (pairs["n_shared"] >= 2).all()
    # far fewer pairs than sentences: most sentences have no counterpart
    assert len(pairs) < 0.5 * min(fr.content_sentences(arts).groupby("outlet").size())


def test_side_by_side_shows_evaluative_words(pairs):
    table = fr.side_by_side(pairs)
    alaska = table[table["text_a"].str.contains("Alaska") & table["text_b"].str.contains("Alaska")].iloc[0]
    loaded_a = alaska["loaded_a"] if alaska["outlet_a"] == "Axios" else alaska["loaded_b"]
    loaded_b = alaska["loaded_b"] if alaska["outlet_a"] == "Axios" else alaska["loaded_a"]
    assert "hectored" in loaded_a
    assert "spat" in loaded_b
    xin = table[table["text_b"].str.contains("Uighurs") | table["text_a"].str.contains("Uighurs")].iloc[0]
    words = xin["loaded_a"] + ", " + xin["loaded_b"]
    assert "genocide" in words and "treatment of Uighurs" in words


def test_evaluative_words_lists_textblob_and_loaded():
    found = fr.evaluative_words("Officials hectored the envoy in a menacing, extraordinary public spat.")
    assert found["loaded"] == ["hectored", "menacing", "extraordinary", "spat"]
    assert any(w.startswith("menacing") for w in found["textblob"])


def test_alignment_needs_two_outlets(one_outlet):
    with pytest.raises(fr.NeedTwoOutlets):
        fr.align_sentences(load_articles(one_outlet))


# =========================================================================== 5. headline, lede, naming


def test_headline_and_lede(arts):
    table = fr.headline_lede(arts).set_index(["outlet", "part"])
    assert table.loc[("Axios", "lede"), "first_actor"] == "President Biden"
    assert table.loc[("Axios", "lede"), "main_verb"] == "used"
    assert table.loc[("Financial Times", "lede"), "first_actor"] == "Joe Biden"
    assert table.loc[("Financial Times", "lede"), "main_verb"] == "has held"
    assert table.loc[("Financial Times", "headline"), "first_actor"] == "Biden and Xi"
    assert table.loc[("Financial Times", "headline"), "main_verb"] == "speak"
    assert table.loc[("Axios", "headline"), "first_actor"] == "Biden"  # "Inside Biden’s call": no verb
    assert table.loc[("Axios", "headline"), "main_verb"] == ""
    assert "Personal, leader-level diplomacy" in table.loc[("Axios", "lede"), "frames"]
    texts = dict(zip(arts["article_id"], arts["text"]))
    for r in table.itertuples():
        assert texts[r.article_id][r.actor_start : r.actor_end] == r.first_actor


@pytest.mark.parametrize(
    "text, actor, verb",
    [
        (
            "U.S. President Joe Biden and Chinese leader Xi Jinping spoke for 90 minutes",
            "U.S. President Joe Biden and Chinese leader Xi Jinping",
            "spoke",
        ),
        ("The Biden administration has spoken in broad strokes", "Biden administration", "has spoken"),
        ("Biden has long preached about the power of personal diplomacy.", "Biden", "has long preached"),
        ("Top Chinese officials have snubbed and lectured top Biden aides", "Top Chinese officials", "have snubbed"),
        ("Trade ministers from Norland and Estavia met in Kessel", "Trade ministers", ""),
        ("Inside Biden’s call with Xi", "Biden", ""),
    ],
)
def test_first_actor_and_verb(text, actor, verb):
    got, _, e = fr.first_actor(text)
    assert got == actor
    assert fr.main_verb(text, e)[0] == verb


def test_leader_naming_counts_forms_per_outlet(arts):
    naming = fr.leader_naming(arts).set_index(["outlet", "leader", "form"])["n"]
    assert naming[("Financial Times", "Xi Jinping", "Mr Xi")] >= 7
    assert naming[("Financial Times", "Xi Jinping", "Chinese leader Xi Jinping")] == 1
    assert naming[("Axios", "Joe Biden", "President Biden")] == 1
    assert ("Axios", "Xi Jinping", "Mr Xi") not in naming.index
    # "President Xi" in Axios is the official's words, inside a quote: not the outlet's naming
    assert ("Axios", "Xi Jinping", "President Xi") not in naming.index
    quoted = fr.leader_naming(arts, include_quoted=True).set_index(["outlet", "leader", "form"])["n"]
    assert quoted[("Axios", "Xi Jinping", "President Xi")] == 1


def test_leader_naming_with_names_parameter(other_event):
    arts = load_articles(other_event)
    naming = fr.leader_naming(arts, names=["Anna Berg", "Piet Vos"])
    forms = set(zip(naming["outlet"], naming["form"]))
    assert ("Northern Wire", "trade minister Anna Berg") in forms
    assert ("Harbour Gazette", "Anna Berg") in forms
    assert ("Estavia Ledger", "trade minister Piet Vos") in forms
    with pytest.raises(fr.LexiconError):
        fr.leader_naming(arts, names=[{"surname": "Vos"}])


# =========================================================================== 6. narrator tone


def test_narrator_sentences_remove_quotes(arts):
    narr = fr.narrator_sentences(arts)
    texts = dict(zip(arts["article_id"], arts["text"]))
    assert all(texts[r.article_id][r.start : r.end] == r.text for r in narr.itertuples())
    assert not narr["narrator_text"].str.contains("talking points").any()  # only ever inside a quote
    row = narr[narr["text"].str.contains("snubbed and lectured")].iloc[0]
    assert "snubbed" in row["loaded"] and "botched" in row["loaded"]
    assert (narr["n_words"] >= fr.MIN_NARRATOR_WORDS).all()


def test_narrator_uses_quotes_table_when_given(arts):
    first = arts["article_id"].iloc[0]
    quotes = pd.DataFrame({"article_id": [first], "start": [0], "end": [2000], "kind": ["direct"]})
    narr = fr.narrator_sentences(arts, quotes=quotes)
    mine = narr[narr["article_id"] == first]
    # everything before offset 2000 counts as quoted: only sentences reaching past it keep narrator words
    assert len(mine) > 0 and (mine["end"] > 2000).all()
    # the other article falls back to nothing removed (the table lists no quotes for it)
    other = narr[narr["article_id"] != first]
    assert other["narrator_text"].str.contains("talking points").any()


def test_narrator_tone_per_outlet(arts):
    tone = fr.narrator_tone(fr.narrator_sentences(arts))
    assert set(tone["measure"]) == {"polarity", "subjectivity", "loaded_terms"}
    assert set(tone["outlet"]) == {"Axios", "Financial Times"}
    assert ((tone["ci_low"] <= tone["mean"]) & (tone["mean"] <= tone["ci_high"])).all()


# =========================================================================== bad input, other corpora, charts


def test_bad_input_gives_clear_errors():
    with pytest.raises(fr.FramingError, match="lacks column"):
        fr.distinctive_terms(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(fr.FramingError, match="DataFrame"):
        fr.headline_lede(["not a table"])
    with pytest.raises(fr.FramingError, match="alpha0"):
        fr.distinctive_terms(load_articles(), alpha0=-1)
    with pytest.raises(fr.FramingError, match="ngrams"):
        fr.term_counts(load_articles(), ngrams=(3,))


def test_functions_do_not_mutate_inputs(arts):
    before = arts.copy()
    sents = fr.content_sentences(arts)
    sents_before = sents.copy()
    fr.tag_frames(sents)
    fr.distinctive_terms(arts)
    q = HAND_QUOTES.copy()
    fr.source_mix(q)
    pd.testing.assert_frame_equal(arts, before)
    pd.testing.assert_frame_equal(sents, sents_before)
    pd.testing.assert_frame_equal(q, HAND_QUOTES)


def test_everything_runs_on_three_outlets_and_charts_export(three_outlets, tmp_path):
    from helpers.figures import export_figure, outlet_colors

    arts = load_articles(three_outlets)
    colors = outlet_colors(arts["outlet"])
    sents = fr.content_sentences(arts)
    tags = fr.tag_frames(sents)
    shares = fr.frame_shares(sents, tags)
    distinct = fr.distinctive_terms(arts)
    pairs = fr.side_by_side(fr.align_sentences(arts))
    assert {"Reuters"} <= set(pairs["outlet_a"]) | set(pairs["outlet_b"])
    naming = fr.leader_naming(arts)
    assert ("Reuters", "Xi Jinping", "Chinese leader Xi Jinping") in set(
        zip(naming["outlet"], naming["leader"], naming["form"])
    )
    tone = fr.narrator_tone(fr.narrator_sentences(arts))
    figs = {
        "terms": fr.plot_distinctive_terms(distinct, colors),
        "frames": fr.plot_frame_shares(shares, colors),
        "pairs": fr.plot_aligned_pairs(pairs),
        "tone": fr.plot_narrator_tone(tone, colors),
    }
    for name, fig in figs.items():
        written = export_figure(fig, name, data=shares, folder=tmp_path)
        assert written["png"].stat().st_size > 0
    assert set(shares["outlet"]) == {"Axios", "Financial Times", "Reuters"}


def test_one_outlet_describes_but_does_not_compare(one_outlet):
    arts = load_articles(one_outlet)
    assert "one outlet" in fr.comparison_note(arts).lower()
    sents = fr.content_sentences(arts)
    shares = fr.frame_shares(sents, fr.tag_frames(sents))
    assert set(shares["outlet"]) == {"Harbour Gazette"}
    assert fr.frame_differences(shares)["gap"].eq(0).all()
    assert len(fr.narrator_sentences(arts)) > 0


def test_sample_sizes_and_detectable_gap(arts):
    sizes = fr.sample_sizes(arts).set_index("outlet")
    assert (sizes["articles"] == 1).all() and (sizes["sentences"] > 20).all()
    gap = fr.smallest_detectable_gap(28, 30, p=0.2)
    assert 0.2 < gap < 0.25  # two short articles: only gaps of 20+ points in a frame share stand out


# =========================================================================== computed findings


def test_findings_are_computed_from_the_tables(arts, distinct, pairs):
    quotes_module = pytest.importorskip("helpers.quotes")
    quotes = quotes_module.extract_quotes(arts)
    text = fr.finding_sources(fr.source_mix(quotes), quotes)
    assert "Axios puts in quotation marks US government (1 side)" in text
    assert "Financial Times puts in quotation marks Chinese government, US government, expert (3 sides)" in text
    mr = distinct[(distinct["outlet"] == "Financial Times") & (distinct["term"] == "mr")].iloc[0]
    expected = f"“mr” for Financial Times ({mr['count']} vs 0 uses, z = {mr['z']:.1f})"
    assert expected in fr.finding_distinctive(distinct)
    table = fr.side_by_side(pairs)
    assert fr.finding_pairs(table).startswith(f"{len(table)} pairs of sentences")
    naming = fr.leader_naming(arts)
    assert "“Mr Biden” by Financial Times" in fr.finding_lede(fr.headline_lede(arts), naming)
    tone = fr.narrator_tone(fr.narrator_sentences(arts))
    assert "intervals" in fr.finding_tone(tone)
    sizes = fr.sample_sizes(arts)
    note = fr.limits_note(sizes)
    n = sizes.set_index("outlet")["sentences"]
    assert f"{n['Axios']} sentences" in note and "stands out from chance" in note


def test_first_actor_skips_a_dateline():
    text = "KESSEL (Northern Wire) - Talks between Norland and Estavia ended without a deal"
    assert fr.first_actor(text)[0] == "Talks"
