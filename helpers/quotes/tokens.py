"""The writer's sentence as tokens, with the quoted words masked out.

Attribution rules read the sentence the writer wrote around the quotations:
each quotation (marks included) is replaced by :data:`MASK` characters, so
it becomes one token of kind ``Q`` and its words never pass for a speaker or
a cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .patterns import PRONOUN_IS, TITLE_TOKEN, TOKEN

if TYPE_CHECKING:
    from .marks import QuoteSpan

MASK = "\x01"


@dataclass(slots=True)  # slots: built for every token of every sentence, quicker to make and to read
class Tok:
    start: int
    end: int
    text: str
    low: str
    kind: str  # Q (quote), W (word), P (punctuation)


def tokens(masked: str, base: int) -> list[Tok]:
    """Tokens of ``masked`` (a stretch of text starting at offset ``base``), with offsets into the text."""
    toks = []
    for m in TOKEN.finditer(masked):
        t = m.group()
        if t[0] == MASK:
            kind = "Q"
        elif t[0].isalnum():
            kind = "W"
            # "He’s claiming": a pronoun and "is", not a possessive.
            if t[-1] in "sS" and PRONOUN_IS.match(t):  # (the test on the last letter spares most words the pattern)
                cut = m.start() + len(t) - 2
                toks.append(Tok(base + m.start(), base + cut, t[:-2], t[:-2].casefold(), "W"))
                toks.append(Tok(base + cut, base + m.end(), t[-2:], "'s", "W"))
                continue
            # "U.S." keeps its dots; a sentence-final dot is its own token.
            if t.endswith(".") and t.count(".") == 1 and len(t) > 3 and not TITLE_TOKEN.match(t):
                toks.append(Tok(base + m.start(), base + m.end() - 1, t[:-1], t[:-1].casefold(), "W"))
                toks.append(Tok(base + m.end() - 1, base + m.end(), ".", ".", "P"))
                continue
        else:
            kind = "P"
        toks.append(Tok(base + m.start(), base + m.end(), t, t.casefold().replace("’", "'"), kind))
    return toks


def masked_tokens(text: str, a: int, b: int, quotes: list[QuoteSpan]) -> list[Tok]:
    """Tokens of ``text[a:b]`` with every quotation in ``quotes`` (marks included) masked."""
    chars = list(text[a:b])
    for q in quotes:
        s, e = max(q.open, a) - a, min(q.close + 1, b) - a
        if e > s:
            chars[s:e] = MASK * (e - s)
    return tokens("".join(chars), a)


def span_text(text: str, toks: list[Tok], s: int, e: int) -> str:
    """The text of tokens ``s`` to ``e`` (exclusive), as written."""
    return text[toks[s].start : toks[e - 1].end]
