"""Verb paradigms from lemmas, and the cue lexicon's ``*``."""

from __future__ import annotations

from helpers.quotes import load_cues
from helpers.quotes.paradigms import paradigm, present_participle, third_person


def test_regular_paradigms():
    assert paradigm("argue") == ("argue", "argues", "argued", "arguing")  # e-drop
    assert paradigm("clarify") == ("clarify", "clarifies", "clarified", "clarifying")  # -y -> -ied
    assert paradigm("quip") == ("quip", "quips", "quipped", "quipping")  # doubling after "qu"
    assert paradigm("admit")[2:] == ("admitted", "admitting")  # stressed last syllable
    assert paradigm("visit")[2:] == ("visited", "visiting")  # unstressed: no doubling
    assert paradigm("echo")[1] == "echoes"


def test_irregular_and_phrasal_paradigms():
    assert paradigm("say") == ("say", "says", "said", "saying")
    assert paradigm("write") == ("write", "writes", "wrote", "written", "writing")
    assert paradigm("point out") == ("point out", "points out", "pointed out", "pointing out")


def test_small_rules():
    assert third_person("stress") == "stresses" and third_person("play") == "plays"
    assert present_participle("agree") == "agreeing" and present_participle("tie") == "tying"


def test_star_in_the_cue_file_stands_for_every_form():
    cues = load_cues()
    for form in ("underscored", "reiterates", "recounted", "clarified", "hinted", "assured", "interjected",
                 "citing", "referring", "insists"):
        assert form in cues, form
    assert cues["underscoring"].lemma == "underscore"
