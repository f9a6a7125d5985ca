"""The quick abbreviation pass gives exactly pysbd's own segments."""

from __future__ import annotations

import pysbd
import pytest

from helpers.corpus.splitter import QuickEnglish, segments

TEXTS = [
    "Mr. Lee met Sen. Ortiz on Feb. 3 at 4 p.m. in the U.S. capital. They spoke for an hour.",
    "The No. 2 official, Gen. Park, left at 9 a.m. on Tuesday. Dr. Chen stayed. Prof. Ames said no.",
    "He cited p. 12 and vol. 3, e.g. the annex. She said, \"It is time. We go.\" Then Capt. Roy left.",
    "A. B. Smith and J. Doe Jr. of Acme Inc. filed suit in St. Louis vs. the city. The judge, i.e. Judge Ray, ruled.",
    "Officials in Washington D.C. said talks ran long. Approx. 40 people came, incl. Amb. Burns.",
    "mr. lower case starts. a. single letter. no. 5 is next.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_segments_as_pysbd(text):
    assert segments(text) == pysbd.Segmenter(language="en", clean=False).processor(text).process()


def test_abbreviations_still_hold_sentences_together():
    assert segments(TEXTS[0]) == ["Mr. Lee met Sen. Ortiz on Feb. 3 at 4 p.m. in the U.S. capital.", "They spoke for an hour."]


def test_it_is_pysbds_english_with_one_pass_replaced():
    from pysbd.lang.english import English

    assert issubclass(QuickEnglish, English)
    assert QuickEnglish.AbbreviationReplacer is not English.AbbreviationReplacer
