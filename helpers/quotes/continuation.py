"""Quotations with no cue of their own: whose words they are.

In order of preference (see :func:`helpers.quotes.article.ArticleReader`):
a transcript label ("WALLACE: ..."), the subject of a sentence that ends in
a colon before the quotation, the speaker of the attribution just before
(a continuation), the subject of the sentence (a fragment), or the person
the previous sentence was about.  Last, :func:`forward_fill` gives a
quotation that opens a paragraph the speaker of the next attributed one.
"""

from __future__ import annotations

import re

from .attribution import Attribution
from .marks import QuoteSpan
from .patterns import TRANSCRIPT_LABEL
from .resolution import ArticleSpeakers
from .speaker import Speaker
from .subjects import leading_subject
from .tokens import masked_tokens, span_text
from .units import Unit

#: The speaker columns a quotation takes over from the next attributed one.
SPEAKER_COLUMNS = ("speaker", "speaker_mention", "speaker_kind", "side", "cue", "via", "speaker_start", "speaker_end",
                   "role")


def leading_speaker(text: str, unit: Unit, upto: int, people: ArticleSpeakers):
    """The sentence's leading subject before ``upto`` (quotes masked), resolved: ``(speaker, mention, start, end)``."""
    toks = masked_tokens(text, unit.content_start, upto, unit.quotes)
    lead = leading_subject(toks, 0, len(toks))
    if lead is None:
        return None
    mention = span_text(text, toks, *lead)
    start, end = toks[lead[0]].start, toks[lead[1] - 1].end
    spk = people.resolve(mention, start)
    return None if spk is None else (spk, mention, start, end)


def subject_of_sentence(text: str, unit: Unit, att: Attribution, people: ArticleSpeakers) -> Speaker | None:
    """For "he"/"she" at an attribution: the person named at the start of the same sentence, if any
    ("Trump took to Twitter ... what he called ...")."""
    found = leading_speaker(text, unit, att.m_start, people)
    spk = found[0] if found else None
    gender = {"he": "m", "she": "f", "his": "m", "her": "f"}.get(att.mention.casefold(), "")
    if spk is None or (gender and (spk.plural or spk.kind == "institution" or spk.gender and spk.gender != gender)):
        return None
    low = att.mention.casefold()
    if low in ("we", "i") or low in ("it", "its") and (spk.kind != "institution" or spk.plural) or (
            low in ("they", "their") and not (spk.plural or spk.kind == "institution")):
        return None  # "Clinton's campaign is seeking ... what they call": the campaign
    return spk


def label_attribution(text: str, q: QuoteSpan, people: ArticleSpeakers) -> Attribution | None:
    """A transcript label at the start of the quoted words ("WALLACE: But, Governor ...")."""
    m = TRANSCRIPT_LABEL.match(text, q.start)
    if not m or len(m.group(1)) < 2:
        return None
    att = Attribution(":", m.end(1), m.end(1) + 1, m.group(1), m.start(1), m.end(1), direction="post")
    att.speaker = people.resolve(m.group(1).title(), m.start(1))
    return att


def subject_attribution(text: str, unit: Unit, q: QuoteSpan, people: ArticleSpeakers) -> Attribution | None:
    """A quoted fragment in a sentence with no cue: the words of the sentence's subject, when it can speak
    ("Christie blasted Clinton as a “disgrace”", "Obama condemned the test as “provocative”")."""
    found = leading_speaker(text, unit, q.open, people)
    if found is None:
        return None
    spk, mention, start, end = found
    att = Attribution("", -1, -1, mention, start, end)
    att.speaker = spk
    return att


def own_named(text: str, unit: Unit, q: QuoteSpan, people: ArticleSpeakers, last: Speaker | None) -> bool:
    """Whether the sentence of a quoted fragment opens with a named person other than the last speaker
    ("Aaron Kall, the director of debate ..., compared Trump to a coach who is “working the referees”")."""
    att = subject_attribution(text, unit, q, people)
    if att is None or att.speaker is None or att.speaker.kind != "named" or last is not None and (
            att.speaker.name == last.name):
        return False
    # Only a person introduced here, not one the story is about ("Biden sought to explain ... “…”" are still the
    # words of the official quoted just before).
    surname = att.speaker.name.split()[-1]
    # searched in place (a copy of everything before would make a long article quadratic)
    return re.compile(rf"\b{re.escape(surname)}\b").search(text, 0, att.m_start) is None


def previous_subject(text: str, units: list[Unit], u_index: int, q: QuoteSpan,
                     people: ArticleSpeakers) -> Attribution | None:
    """A quotation opening a sentence with no cue, after a sentence about a named person with no cue
    either ("Sanders identified ... . “The younger people ...”"): that person's words."""
    unit = units[u_index]
    if u_index == 0 or text[unit.content_start : q.open].strip(" \t\n•*-"):
        return None
    prev = units[u_index - 1]
    if prev.attributions or prev.quotes or unit.paragraph - prev.paragraph > 1:
        return None
    toks = masked_tokens(text, prev.content_start, prev.end, prev.quotes)
    lead = leading_subject(toks, 0, len(toks))
    if lead is None:
        return None
    mention = span_text(text, toks, *lead)
    spk = people.resolve(mention, toks[lead[0]].start)
    if spk is None or spk.kind != "named":
        return None
    att = Attribution("", -1, -1, mention, toks[lead[0]].start, toks[lead[1] - 1].end)
    att.speaker = spk
    return att


def forward_fill(rows: list[dict], units: list[Unit]) -> None:
    """A quote with no speaker that opens a sentence takes the speaker of the next attributed quote in
    its paragraph ("“A.” “B,” she said.") or the next paragraph it runs on into."""
    runs_on: dict[int, bool] = {}  # by where a quotation starts (the first one there)
    for u in units:
        for q in u.quotes:
            runs_on.setdefault(q.start, q.runs_on)
    for k, row in enumerate(rows):
        if row["speaker_mention"] or row["kind"] not in ("direct", "continuation"):
            continue
        for j in range(k + 1, len(rows)):
            nxt = rows[j]
            if nxt["kind"] == "indirect":
                continue
            if nxt["paragraph"] - row["paragraph"] > 1:
                break
            if nxt["paragraph"] != row["paragraph"] and not runs_on.get(row["start"], False):
                break
            if nxt["speaker_mention"]:
                for key in SPEAKER_COLUMNS:
                    row[key] = nxt[key]
                break
