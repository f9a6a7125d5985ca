"""Transcripts: speaker turns after labels (``MS. PSAKI:``, ``SENIOR ADMINISTRATION OFFICIAL:``, ``Q``).

A press call, a briefing or leaders' remarks give the speaker of every
passage by a label at the start of a line.  :func:`find_turns` finds the
labels (a text with fewer than two is no transcript) and what each governs: the
words from after the label to the next label's line or the transcript's
closing line (``END``, a time stamp).  :func:`turn_pieces` cuts a turn into
its paragraphs, leaving out transcribers' notes (``(Laughter.)``,
``(As interpreted.)``); :func:`label_speaker` reads the label as a speaker:
a title and a name are resolved like any mention ("PRESIDENT XI" -> Xi
Jinping), a role is a description ("SENIOR ADMINISTRATION OFFICIAL"), and ``Q``
is a reporter.

>>> [t.label for t in find_turns("MS. ROE:  Hello.\\n\\nQ  Why?\\n\\nMS. ROE:  Because.\\n")]
['MS. ROE', 'Q', 'MS. ROE']
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..corpus.normalise import unify_line_ends
from .lexicon import LABEL_TITLES, ROLE_LABELS, STAGE_DIRECTIONS
from .nouns import person_noun
from .patterns import CAPITAL_RUN, STAGE_NOTE, TRANSCRIPT_END, TURN_BREAK, TURN_LABEL
from .resolution import ArticleSpeakers
from .speaker import Speaker

#: Fewest labels for a text to be read as a transcript.
MIN_LABELS = 2


@dataclass(frozen=True)
class Turn:
    """One speaker turn: the ``label`` as written (without the colon) at ``label_start:label_end``, and its
    words at ``start:end`` (trimmed; they may span many paragraphs)."""

    label: str
    label_start: int
    label_end: int
    start: int
    end: int


def find_turns(text: str) -> list[Turn]:
    """The speaker turns of a transcript, in order; none when ``text`` has fewer than two labels."""
    flat = unify_line_ends(text)
    labels = list(TURN_LABEL.finditer(flat))
    if len(labels) < MIN_LABELS:
        return []
    closings = [m.start() for m in TRANSCRIPT_END.finditer(flat)]
    turns = []
    for k, m in enumerate(labels):
        name = m.group("name") or m.group("q")
        label_start = m.start("name") if m.group("name") else m.start("q")
        label_end = label_start + len(name)
        limit = labels[k + 1].start() if k + 1 < len(labels) else len(flat)
        limit = min([c for c in closings if m.end() <= c < limit] or [limit])
        start = _after_notes(flat, m.end(), limit)
        end = limit
        while end > start and flat[end - 1].isspace():
            end -= 1
        if start < end:
            turns.append(Turn(" ".join(name.split()), label_start, label_end, start, end))
    return turns


def _after_notes(text: str, pos: int, limit: int) -> int:
    """Where a turn's words begin: past blanks and leading transcribers' notes ("(As interpreted.)")."""
    while True:
        while pos < limit and text[pos].isspace():
            pos += 1
        note = STAGE_NOTE.match(text, pos, limit)
        if not note or not is_stage_direction(note.group("note")):
            return pos
        pos = note.end()


def is_stage_direction(note: str) -> bool:
    """Whether the words of a parenthesis are a transcriber's note ("Laughter", "As interpreted", "inaudible")."""
    return " ".join(note.casefold().rstrip(". ").split()) in STAGE_DIRECTIONS


def turn_pieces(text: str, turn: Turn) -> list[tuple[int, int]]:
    """The spans of a turn's words: one per paragraph, with transcribers' notes cut out, each trimmed."""
    cuts = [(m.start(), m.end()) for m in TURN_BREAK.finditer(unify_line_ends(text), turn.start, turn.end)]
    cuts += [(m.start(), m.end()) for m in STAGE_NOTE.finditer(text, turn.start, turn.end)
             if is_stage_direction(m.group("note"))]
    pieces, pos = [], turn.start
    for a, b in sorted(cuts) + [(turn.end, turn.end)]:
        if a > pos:
            piece = _trim(text, pos, a)
            if piece:
                pieces.append(piece)
        pos = max(pos, b)
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return start, end


def label_mention(label: str) -> str:
    """A label as a mention to resolve: a title and a name in title case ("MS. JEAN-PIERRE" -> "Ms.
    Jean-Pierre"), a role in lower case ("SENIOR ADMINISTRATION OFFICIAL" -> "senior administration official")."""
    words = [w.strip(".").casefold() for w in label.split()]
    if not any(w in LABEL_TITLES for w in words) and person_noun(words[-1]):
        return label.casefold()
    return CAPITAL_RUN.sub(lambda m: m.group(0)[0] + m.group(0)[1:].lower(), label)


def label_speaker(label: str, offset: int, people: ArticleSpeakers) -> Speaker | None:
    """The speaker a label names, resolved within the article (``offset``: where the label stands)."""
    role = ROLE_LABELS.get(label.casefold().rstrip("."))
    if role is not None:
        name, side = role
        return Speaker(name, "anonymous", side, role=name, head=name)
    speaker = people.resolve(label_mention(label), offset)
    if speaker is not None:
        people.note(speaker, offset)
    return speaker
