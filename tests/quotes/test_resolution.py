"""Mentions resolved to speakers within an article: titles, pronouns, surnames."""

from __future__ import annotations

from helpers.speakers import ArticleSpeakers

from .support import one, quoted


def test_pronoun_and_title_resolution():
    q, _ = one("Lena Maas, a maritime economist at Kessel University, spoke at the port. "
               "“Every week of delay costs money,” she said.")
    row = q[q["kind"] != "indirect"].iloc[0]
    assert (row.speaker, row.speaker_mention, row.side) == ("Lena Maas", "she", "expert")


def test_article_speakers_resolve_titles():
    people = ArticleSpeakers("Antony Blinken met foreign minister Wang Yi. Later Mr Wang spoke.")
    assert people.resolve("Mr Wang", 50).name == "Wang Yi"


def test_gendered_pronoun_prefers_the_recent_subject_of_that_gender():
    q, _ = one("“We will act,” Sen. Jeff Marks said.\n\n"
               "In a statement, nominee Ms. Ida Berg was more careful. Though she called the bank’s conduct "
               "“outrageous,” she stopped short of a break-up.")
    assert quoted(q).loc["outrageous,", "speaker"] == "Ida Berg"
