"""The writer's sentences: quotations that run across the splitter's sentence breaks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.quotes.cues import load_cues
from helpers.quotes.marks import find_quote_spans
from helpers.quotes.patterns import CLOSING_MARK
from helpers.quotes.units import Unit, attribution_tail, units

from .support import one, quoted


def test_question_mark_quote_then_short_attribution_sentence():
    q, _ = one("Jan Smit spoke first. “Why is nobody accountable?” Mira Olsen demanded. “Who pays?” asked Jan Smit.")
    rows = quoted(q)
    assert (rows.loc["Why is nobody accountable?", "speaker"], rows.loc["Why is nobody accountable?", "cue"]) == (
        "Mira Olsen", "demanded")
    assert rows.loc["Who pays?", "speaker"] == "Jan Smit"


# ---------------------------------------------------------------- the indexes of units() against a scan


def _units_by_scan(sents, spans, content_starts, text, cues):
    """units() as it read every quotation for every sentence (quadratic in a long article)."""
    out = []
    for number, para, s, e in sents:
        if out and out[-1].paragraph == para and any(q.open < s <= q.close for q in spans if q.paragraph == para):
            out[-1].end = e
            continue
        if (out and out[-1].paragraph == para and CLOSING_MARK.search(text, out[-1].start, out[-1].end)
                and not any(s <= q.open < e for q in spans) and attribution_tail(text, s, e, cues)):
            out[-1].end = e
            continue
        cs = content_starts.get(para, s)
        out.append(Unit(s, e, para, number, cs if s <= cs < e else s))
    for q in spans:
        for u in out:
            if u.paragraph == q.paragraph and u.start <= max(q.start - 1, q.open) < u.end + 1:
                u.quotes.append(q)
                break
    return out


_PIECES = st.sampled_from(["“Why?”", "she asked.", "“Go on,", "he said.", "It rained.", "“No!”", "shouted Ann.",
                           "“It is", "late,”", "‘fine’", "Talks went on.", "\"Yes.\"", "said Bo."])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.lists(_PIECES, min_size=1, max_size=3), min_size=1, max_size=4), min_size=1, max_size=5),
       st.lists(st.sampled_from([" ", " ", ""]), min_size=20, max_size=20))
def test_units_are_those_of_a_scan(paragraphs, gaps):
    """Sentences in paragraphs, some with no space between (a quotation opening just where one ends)."""
    text, paras, sents, number = "", [], [], 0
    for k, para in enumerate(paragraphs):
        lo = len(text)
        for sentence in para:
            chunk = " ".join(sentence)
            s = len(text)
            text += chunk + gaps[number % len(gaps)]
            sents.append((number, k, s, s + len(chunk)))
            number += 1
        paras.append((k, lo, len(text.rstrip(" "))))
        text = text.rstrip(" ") + "\n\n"
    spans = find_quote_spans(text, paras)
    cues = load_cues()
    got = units(sents, spans, {}, text, cues)
    want = _units_by_scan(sents, spans, {}, text, cues)
    assert [(u.start, u.end, u.paragraph, u.sentence, u.quotes) for u in got] == [
        (u.start, u.end, u.paragraph, u.sentence, u.quotes) for u in want]
