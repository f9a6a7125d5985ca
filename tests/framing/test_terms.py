"""helpers.framing.terms: the weighted log-odds (golden tests), distinctive terms on the seeds, top terms."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles
from helpers.text import word_spans


def counts(text: str) -> Counter:
    return Counter(w.lower() for _, _, w in word_spans(text))


# --------------------------------------------------------------------------- log-odds: golden tests
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


@pytest.mark.parametrize(
    "counts_i, counts_j, prior, message",
    [
        ({"a": 1}, {"a": 2}, 0, "positive"),
        ({"a": 1, "b": 1}, {"a": 2}, {"a": 1.0}, "no value"),
        ({}, {}, 0.1, "empty"),
    ],
    ids=["zero prior", "prior lacks a term", "no terms"],
)
def test_log_odds_rejects_bad_priors(counts_i, counts_j, prior, message):
    with pytest.raises(fr.FramingError, match=message):
        fr.log_odds_dirichlet(counts_i, counts_j, prior)


# --------------------------------------------------------------------------- distinctive terms on the seeds


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


def test_distinctive_terms_prior_scales_with_alpha0(seeds):
    weak = fr.distinctive_terms(seeds, ngrams=(1,), alpha0=10)
    strong = fr.distinctive_terms(seeds, ngrams=(1,), alpha0=10_000)
    key = ["outlet", "term"]
    both = weak.merge(strong, on=key, suffixes=("_weak", "_strong"))
    # a stronger prior shrinks the log-odds towards zero
    assert (both["log_odds_strong"].abs() <= both["log_odds_weak"].abs() + 1e-12).all()
    # the prior sums to alpha0 over the vocabulary
    assert weak[weak["outlet"] == "Axios"]["alpha"].sum() == pytest.approx(10)


def test_distinctive_terms_with_background_corpus(seeds):
    background = {"mr": 1000, "the": 5000, "china": 10}
    out = fr.distinctive_terms(seeds, ngrams=(1,), background=background, alpha0=50)
    ft = out[out["outlet"] == "Financial Times"].set_index("term")
    # a word the background knows well gets a bigger prior than one it never saw
    assert ft.loc["mr", "alpha"] > ft.loc["impasse", "alpha"] > 0
    # an articles table works as background too
    out2 = fr.distinctive_terms(seeds, ngrams=(1,), background=seeds, alpha0=50)
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


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda arts: fr.distinctive_terms(arts, alpha0=-1), "alpha0"),
        (lambda arts: fr.term_counts(arts, ngrams=(3,)), "ngrams"),
    ],
    ids=["negative alpha0", "trigrams"],
)
def test_bad_parameters_give_clear_errors(seeds, call, message):
    with pytest.raises(fr.FramingError, match=message):
        call(seeds)


# --------------------------------------------------------------------------- top terms: the chart's table


def test_top_terms_is_each_outlets_strongest_content_terms(distinct):
    top = fr.top_terms(distinct, n=10, content_only=True)
    assert (top.groupby("outlet").size() == 10).all()
    assert (top["z"] > 0).all() and not top["term"].isin(fr.load_stopwords()).any()
    for outlet, rows in top.groupby("outlet"):
        rest = distinct[(distinct["outlet"] == outlet) & ~distinct["term"].isin(fr.load_stopwords())]
        assert rows["z"].min() == rest["z"].nlargest(10).min()  # no stronger term left out
        # strongest first, ties broken by term
        assert list(rows.sort_values(["z", "term"], ascending=[False, True])["term"]) == list(rows["term"])


def test_top_terms_can_leave_out_small_counts_and_pick_an_ngram(distinct):
    solid = fr.top_terms(distinct, n=3, ngram=2, include_too_few=False)
    assert (solid["ngram"] == 2).all() and not solid["too_few"].any()
    assert set(solid.groupby("outlet").size()) <= {1, 2, 3}


def test_term_evidence_gives_the_sentences_with_their_offsets(seeds):
    evidence = fr.term_evidence(seeds, "mr xi", "Financial Times", limit=2)
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert len(evidence) == 2 and set(evidence["outlet"]) == {"Financial Times"}
    for r in evidence.itertuples():
        assert texts[r.article_id][r.start : r.end] == r.text and "Mr Xi" in r.text
