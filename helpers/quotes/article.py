"""One article, read sentence by sentence: its quotations and reported speech as rows, with their speakers."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ..text import count_words
from .attribution import Attribution, after_adverbial, choose
from .continuation import (
    forward_fill,
    label_attribution,
    own_named,
    previous_subject,
    subject_attribution,
    subject_of_sentence,
)
from .cues import Cue, has_cue
from .lexicon import AUX, BOUNDARY_WORDS, DETERMINERS_OR_NUMBERS, NOT_NOUNS_AFTER_TERM, PREPOSITIONS
from .lexicon import FIRST_PERSON, NO_CONTENT_CUES, NOT_HEADLINE_SOURCES, PRONOUN_MENTIONS, TITLE_MINOR_WORDS
from .marks import QuoteSpan, find_quote_spans, strip_span
from .patterns import (
    CLAUSE_LEAD,
    CLAUSE_TAIL,
    COLON_LEAD_IN,
    CONTRACTED_PRONOUN,
    DETERMINER_BEFORE,
    POSSESSIVE_CLAIM_LABEL,
    PRONOUN_CLAUSE,
    HEADLINE_LABEL,
    SENTENCE_BREAK,
    SO_CALLED_BEFORE,
    TITLE_WORD,
    VERBISH,
    WORD_AFTER_CLOSE,
    WORK_TITLE_BEFORE,
)
from .registry import Registry
from .resolution import ArticleSpeakers
from .speaker import Speaker
from .strategies import find_attributions
from .subjects import is_adverb
from .turns import Turn, find_turns, label_speaker, turn_pieces
from .units import Unit, opens_sentence, quote_kind, units


class Article(NamedTuple):
    """What the reader needs of an article."""

    article_id: str
    outlet: str
    text: str
    title: str = ""


def article_rows(art: Article, paras: list[dict], sents: list[tuple[int, int, int, int]], registry: Registry,
                 cues: dict[str, Cue]) -> list[dict]:
    """The rows of one article, given its paragraph rows (dicts as :func:`helpers.corpus.paragraph_rows` gives)
    and its sentences ``(number, paragraph, start, end)``, both of the analysed kinds."""
    return ArticleReader(art, paras, sents, registry, cues).read()


class ArticleReader:
    """Reads one article in order, carrying the last attribution forward for quotations without their own."""

    def __init__(self, art: Article, paras: list[dict], sents: list[tuple[int, int, int, int]], registry: Registry,
                 cues: dict[str, Cue]):
        self.art, self.text, self.cues = art, art.text, cues
        text = art.text
        para_list = [(p["paragraph"], p["start"], p["end"]) for p in paras]
        content_starts = {p["paragraph"]: p["start"] if attribution_label(p["label"], cues) else p["content_start"]
                          for p in paras}
        spans = find_quote_spans(text, para_list)
        self.units = units(sents, spans, content_starts, text, cues)
        self.people = ArticleSpeakers(text, registry)
        self.headlines = {p["paragraph"] for p in paras if p["kind"] == "headline"}
        self.turns = find_turns(text)  # a transcript's speaker turns (none in news)
        self.turn_speakers: list[tuple[Turn, Speaker | None]] = []
        self.unit_starts = [u.start for u in self.units]
        for turn in self.turns:  # a turn's label ("Q", "MS. ROE:") is no part of its first sentence's subject
            k = bisect_right(self.unit_starts, turn.label_start) - 1
            if k >= 0 and self.units[k].content_start <= turn.label_start and turn.start < self.units[k].end:
                self.units[k].content_start = turn.start
        self.rows: list[dict] = []
        self.last: tuple[Attribution, Speaker | None] | None = None  # the attribution a following quote may inherit
        self.last_para = self.last_unit = -1

    def read(self) -> list[dict]:
        pending = list(self.turns)
        for u_index, unit in enumerate(self.units):
            while pending and pending[0].label_start < unit.end:
                self._turn(pending.pop(0))
            atts = self._attributions(unit)
            strong = [x for x in atts if x.strong]
            if self.last is not None and unit.paragraph - self.last_para > 1:
                self.last = None
            for q in unit.quotes:
                att = choose(q, atts, strong, self.text)
                if att is not None:
                    self._cued(unit, q, att)
                else:
                    self._uncued(u_index, unit, q)
            self._reported(unit, atts)
            if atts:
                chosen = strong[-1] if strong else atts[-1]
                self.last, self.last_para, self.last_unit = (chosen, chosen.speaker), unit.paragraph, u_index
            elif unit.quotes and self.last is not None:
                self.last_para = unit.paragraph
            elif not unit.quotes:
                self.last = None
        for turn in pending:
            self._turn(turn)
        forward_fill(self.rows, self.units)
        return self.rows

    def _turn(self, turn: Turn) -> None:
        """A transcript turn: its words as rows of kind ``turn``, said by the label's speaker."""
        speaker = label_speaker(turn.label, turn.label_start, self.people)
        self.turn_speakers.append((turn, speaker))
        att = Attribution(":", turn.label_end, turn.label_end + 1, turn.label, turn.label_start, turn.label_end)
        att.speaker = speaker
        for start, end in turn_pieces(self.text, turn):
            k = max(bisect_right(self.unit_starts, start) - 1, 0)
            if self.units:
                self._add(start, end, "turn", att, self.units[k])

    def _turn_speaker(self, offset: int) -> Speaker | None:
        """Who holds the floor at ``offset`` in a transcript ("I" and "we" in a turn are its speaker)."""
        for turn, speaker in reversed(self.turn_speakers):
            if turn.start <= offset < turn.end:
                return speaker
        return None

    def _attributions(self, unit: Unit) -> list[Attribution]:
        """The attributions of a sentence (or a headline's "Name: ..."), with their speakers resolved."""
        text, people = self.text, self.people
        atts = find_attributions(text, unit.content_start, unit.end, unit.quotes, self.cues)
        if not atts and unit.paragraph in self.headlines:
            label = headline_label(text, unit)
            atts = [label] if label is not None else []
        unit.attributions = atts
        sent_text = text[unit.start : unit.end]
        for att in atts:
            if att.via:
                att.via_speaker = people.resolve(att.via, att.via_start, sentence=sent_text)
                if att.via_speaker is not None:
                    people.note(att.via_speaker, att.via_start)
            att.speaker = None
            contracted = CONTRACTED_PRONOUN.fullmatch(att.mention)
            if contracted:  # "I’ve said", "we’d argue": the pronoun speaks, never "I’ve"
                att.mention, att.m_end = contracted.group(1), att.m_start + contracted.end(1)
            if PRONOUN_CLAUSE.match(att.mention):
                continue  # "I think both sides", "I’m keeping regular order": a clause, no speaker's name
            if att.mention.casefold() in FIRST_PERSON and self.turn_speakers:
                att.speaker = self._turn_speaker(att.m_start)
            if att.speaker is None and att.mention.casefold() in PRONOUN_MENTIONS:
                att.speaker = subject_of_sentence(text, unit, att, people)
            if att.speaker is None:
                att.speaker = people.resolve(att.mention, att.m_start, att.role, sent_text)
            if att.speaker is not None:
                people.note(att.speaker, att.m_start)
        return atts

    def _cued(self, unit: Unit, q: QuoteSpan, att: Attribution) -> None:
        """A quotation governed by an attribution of its own sentence."""
        kind = quote_kind(self.text, unit, q, att)
        if kind == "direct" and att.direction == "pre" and att.cue_end <= q.open and (
            opens_sentence(self.text, unit, q.open) and q.open > att.cue_end + 2
        ):
            kind = "continuation"  # "X said: “A.” “B.”": the second sentence continues
        self._add(q.start, q.end, kind, att, unit)

    def _uncued(self, u_index: int, unit: Unit, q: QuoteSpan) -> None:
        """A quotation with no attribution in its sentence (see :mod:`.continuation`)."""
        text, people, last = self.text, self.people, self.last
        kind = quote_kind(text, unit, q, None)
        chained = last is not None and (
            self.last_para == unit.paragraph or u_index and self.units[u_index - 1].paragraph == self.last_para
        )
        label = label_attribution(text, q, people)
        own = (subject_attribution(text, unit, q, people)
               if kind == "direct" and COLON_LEAD_IN.search(text[unit.content_start : q.open]) else None)
        if label is not None:
            self._add(q.start, q.end, kind, label, unit)
        elif own is not None and own.mention.casefold() not in PRONOUN_MENTIONS:
            # "President Obama is rolling out a new message: “It's about me.”": the sentence's subject
            self._add(q.start, q.end, kind, own, unit, inherited=True)
        elif kind == "direct" and chained:
            self._add(q.start, q.end, "continuation", last[0], unit, inherited=True)
        elif kind == "partial" and last is not None and self.last_unit == u_index - 1 and not own_named(
                text, unit, q, people, last[1]):
            # words from the source quoted in the sentence just before ("Biden sought to explain ... “…”")
            self._add(q.start, q.end, "partial", last[0], unit, inherited=True)
        else:
            att = (previous_subject(text, self.units, u_index, q, people) if kind == "direct"
                   else subject_attribution(text, unit, q, people))
            if att is not None and kind == "direct":
                kind = "continuation"
            self._add(q.start, q.end, kind, att, unit, inherited=att is not None)

    def _reported(self, unit: Unit, atts: list[Attribution]) -> None:
        """Reported speech: what each attribution covers, when no quotation stands there."""
        for att in atts:
            if att.cue in NO_CONTENT_CUES:
                continue
            lo, hi = att.content
            if any(lo <= q.start < hi or q.start <= lo < q.end for q in unit.quotes):
                continue
            span = indirect_span(self.text, lo, hi)
            if span:
                rows = self.rows
                if rows and rows[-1]["kind"] == "indirect" and (rows[-1]["start"], rows[-1]["end"]) == span:
                    rows.pop()  # "Critics attacked Berg’s statement that ...": the inner source said it
                self._add(span[0], span[1], "indirect", att, unit)

    def _add(self, start: int, end: int, kind: str, att: Attribution | None, unit: Unit, inherited: bool = False):
        self.rows.append(quote_row(self.art, self.text, start, end, kind, att, unit, inherited))


def attribution_label(label: str, cues: dict[str, Cue]) -> bool:
    """A paragraph "label" that is an attribution: "He concluded:", "The senator’s reply:"."""
    return bool(label) and (has_cue(label, cues) or bool(POSSESSIVE_CLAIM_LABEL.search(label)))


def headline_label(text: str, unit: Unit) -> Attribution | None:
    """"Pat Caddell: Democrat Voters Worried ...", "Poll: Wealthy Voters Abandon ...": in a headline, a name
    (or a poll) before a colon is the source of what follows."""
    m = HEADLINE_LABEL.match(text, unit.content_start)
    if not m or m.end() >= unit.end or m.group(1).casefold() in NOT_HEADLINE_SOURCES:
        return None
    colon = m.end(1)
    att = Attribution(":", colon, colon + 1, m.group(1), m.start(1), colon, direction="pre")
    att.content = (colon + 1, unit.end)
    return att


def indirect_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The reported clause in ``text[lo:hi]``: past "that" and adverbials, without a trailing conjunction;
    None when under three words remain."""
    lo, hi = strip_span(text, lo, hi)
    lo = after_adverbial(text, lo, hi)
    m = CLAUSE_LEAD.match(text[lo:hi])
    if m:
        lo += m.end()
    while True:
        while hi > lo and text[hi - 1] in ".,;:—–-!? \"”’":
            hi -= 1
        tail = CLAUSE_TAIL.search(text[lo:hi])
        if not tail:
            break
        hi = lo + tail.start()
    lo, hi = strip_span(text, lo, hi)
    if count_words(text[lo:hi]) < 3:
        return None
    return lo, hi


def named_in_noun_phrase(text: str, start: int, end: int, inherited: bool = True) -> bool:
    """Quoted words that name something inside the writer's noun phrase: after "so-called", or, where no cue of
    the sentence governs them (``inherited``), between a determiner and a noun ("the “green wall” policy")."""
    before = text[max(0, start - 12) : start]
    if SO_CALLED_BEFORE.search(before):
        return True
    quote = text[start:end].rstrip()
    if not inherited or not DETERMINER_BEFORE.search(before) or count_words(quote) > 4 or quote.endswith(
            (",", ".", ";", ":", "!", "?")):
        return False
    after = WORD_AFTER_CLOSE.match(text, end, end + 30)
    if not after:
        return False
    word = after.group(1)
    return not (word in PREPOSITIONS or word in BOUNDARY_WORDS or word in AUX or word in NOT_NOUNS_AFTER_TERM
                or word in DETERMINERS_OR_NUMBERS
                or VERBISH.match(word) or is_adverb(word))


def looks_like_title(quote: str) -> bool:
    """Quoted words that name a work, a programme or an act ("Face the Nation", "The 411") or a handle:
    every significant word capitalised, or no spaces and an @ or digits.  Reported with no speaker."""
    words = TITLE_WORD.findall(quote)
    if not words or len(words) > 8 or SENTENCE_BREAK.search(quote):
        return False
    if len(words) == 1 and not re.match(r"[A-Z0-9]", words[0]):
        return False
    significant = [w for w in words if w.casefold() not in TITLE_MINOR_WORDS]
    return bool(significant) and all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def quote_row(art, text: str, start: int, end: int, kind: str, att: Attribution | None, unit: Unit,
              inherited: bool = False) -> dict:
    """One row of :func:`helpers.quotes.extract_quotes` (``inherited``: the speaker comes from elsewhere, so
    the row has no cue of its own)."""
    if kind == "partial" and att is not None and looks_like_title(text[start:end]) and WORK_TITLE_BEFORE.search(
        text, max(0, start - 40), start
    ):
        att = None  # a title ("on CBS's “Face the Nation”") is mentioned, not quoted
    if kind == "partial" and att is not None and named_in_noun_phrase(text, start, end, inherited):
        att = None  # the so-called “green wall”, the “green wall” policy: a name, mentioned, not quoted
    spk = att.speaker if att is not None else None
    via = ""
    if att is not None and att.via:
        via = att.via_speaker.name if att.via_speaker is not None else att.via
    return {
        "article_id": art.article_id,
        "outlet": art.outlet,
        "start": start,
        "end": end,
        "quote": text[start:end],
        "kind": kind,
        "speaker": spk.name if spk else "",
        "speaker_mention": att.mention if att is not None else "",
        "speaker_kind": spk.kind if spk else "",
        "side": spk.side if spk else "",
        "cue": "" if att is None or inherited else att.cue,
        "paragraph": unit.paragraph,
        "sentence": unit.sentence,
        "via": via,
        "n_words": count_words(text[start:end]),
        "speaker_start": att.m_start if att is not None else -1,
        "speaker_end": att.m_end if att is not None else -1,
        "role": spk.role if spk and spk.role else (att.role if att is not None else ""),
    }
