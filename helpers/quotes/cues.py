"""Verbs of speech: the cue lexicon (``helpers/data/quote_cues.csv``) and when a word in a sentence is a cue.

Each row of the lexicon gives a lemma, its written forms, whether it may come
before its subject (``invertible``: "said Wang Yi"), whether it takes an
object ("told reporters") and its strength: ``strong`` cues (said, told)
attribute whatever they govern; ``weak`` ones (feels, worried, called) only
with a "that" clause or a quotation close by.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import CUES_FILE, read_cues
from .lexicon import (
    BE_FORMS,
    CAPITALISED_CUES,
    CLAUSE_STARTS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENTIAL_CUES,
    HEADLINE_CUES,
    INTENTIONS,
    NOT_OBJECT_STARTS,
    NOUN_ADJECTIVES,
    NOUN_CONTEXT,
    NOUN_DETERMINERS,
    NOUN_FORMS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    REPORTING_NOUNS,
    SPEECH_ACTS,
    SPEECH_BEFORE_TO,
    SUBORDINATORS,
    WEAK_SPEECH,
)
from .nouns import nounish, singular
from .paradigms import paradigm
from .patterns import LABEL_WORD
from .tokens import Tok

CUES_PATH = CUES_FILE


@dataclass(frozen=True)
class Cue:
    lemma: str
    invertible: bool
    takes_object: bool
    strong: bool


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> dict[str, Cue]:
    """The cue lexicon: every written form (``said``, ``pointed out``) to its :class:`Cue`.

    Read and validated by :func:`helpers.datafiles.read_cues` (default
    ``helpers/data/quote_cues.csv``); a ``*`` among a row's forms stands for
    every form of its lemma (:func:`~helpers.quotes.paradigms.paradigm`); a bad row raises
    :class:`~helpers.errors.CueLexiconError`, a :class:`~helpers.errors.QuoteInputError`.
    """
    forms: dict[str, Cue] = {}
    for row in read_cues(path):
        cue = Cue(row["lemma"], row["invertible"], row["takes_object"], row["strong"])
        for written in row["forms"]:
            for form in paradigm(row["lemma"]) if written == "*" else (written,):
                forms[form.casefold()] = cue
    return forms


def has_cue(label: str, cues: dict[str, Cue]) -> bool:
    """A paragraph "label" that is really an attribution ("He concluded:", "Said Ellis:")."""
    return any(w.casefold() in cues for w in LABEL_WORD.findall(label))


def cue_at(toks: list[Tok], i: int, cues: dict[str, Cue]) -> Cue | None:
    """The cue that token ``i`` is in its sentence, or None where the form is a noun, a passive, an infinitive
    or a weak cue with nothing to govern."""
    t = toks[i]
    if t.kind != "W":
        return None
    if t.text[:1].isupper() and i > 0:
        # Headlines in title case: "Lindsey Graham Says", "Obama Says African-American Museum ..."
        if not (t.low in HEADLINE_CUES and toks[i - 1].kind == "W" and toks[i - 1].text[:1].isupper()):
            return None
    cue = cues.get(t.low)
    if cue is not None and t.text[:1].isupper():  # "Said Ellis: ..." only; "Reports say ..." is a noun
        return cue if cue.invertible and t.low in CAPITALISED_CUES else None
    if cue is None:
        return None
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.kind == "W":
        if _noun_before(t, prev, nxt):
            return None  # a noun ("the report", "his claims") or an infinitive ("declined to say")
        if prev.low in BE_FORMS and cue.lemma != "quote" and not t.low.endswith("ing"):
            return None  # passive: "was told", "is expected"
    refers = cue.lemma == "refer" and nxt is not None and nxt.low == "to" and any(
        tk.low == "as" for tk in toks[i + 2 : i + 12])  # "referred to the plan as “…”"
    if nxt is not None and nxt.low == "to" and cue.lemma not in INTENTIONS and cue.lemma not in SPEECH_BEFORE_TO and (
            not refers):
        return None  # "expected to", "promised to": not speech; "referred to the plan as" is
    if t.low in NOUN_FORMS and i >= 2 and prev is not None and prev.text[:1].isupper() and (
            toks[i - 2].low in NOUN_CONTEXT):
        return None  # "32% of Republican claims": a noun
    if t.low in NOUN_FORMS and prev is not None and not (
        prev.kind == "W" and (prev.low in PRONOUN_SUBJECTS
                              or prev.text[:1].isupper() and not prev.low.endswith(("'s", "’s")) or nounish(prev)
                              or evidence_noun(prev.low) and _opens_clause(nxt))
    ):
        return None  # "early-morning tweets", "new reports": nouns
    if t.low.endswith("ing") and (prev is None or prev.text not in (",", "—", "–")
                                  and prev.low not in ("as", "is", "are", "was", "were", "been", "'s")
                                  and prev.low not in SUBORDINATORS
                                  and not statement_participle(toks, i) and with_participle(toks, i) < 0):
        return None  # a gerund ("China tweeting criticism"), not a participle clause
    if cue.lemma in EVIDENTIAL_CUES and not (_opens_clause(nxt) or prev is not None and (
            evidence_noun(prev.low) or prev.low in PRONOUN_SUBJECTS)):
        return None  # "the Apple Music show The 411": a noun; "filings show", "the poll shows that": evidence
    if not cue.strong and cue.lemma not in ("describe", "call", "quote") and not refers and not _weak_cue_governs(
            toks, i, cue):
        return None  # "as expected", "he feels": weak cues count only with a "that" clause or a quote
    if nxt is not None and nxt.low == "to" and cue.lemma == "add":
        return None  # "added to"
    return cue


def statement_participle(toks: list[Tok], i: int) -> bool:
    """"issued a statement saying ...", "posted a video claiming ...": a participle after a document's noun."""
    prev = toks[i - 1] if i > 0 else None
    return (prev is not None and prev.kind == "W" and singular(prev.low) in DOCUMENT_NOUNS
            and toks[i].low.endswith("ing"))


def with_participle(toks: list[Tok], i: int) -> int:
    """"..., with a spokeswoman saying ...": the index of "with" before the participle's subject, or -1."""
    for k in range(i - 1, max(-1, i - 7), -1):
        tk = toks[k]
        if tk.kind != "W":
            return -1
        if tk.low == "with":
            return k if k + 1 < i else -1
    return -1


def _noun_before(t: Tok, prev: Tok, nxt: Tok | None) -> bool:
    """Whether the word before a cue form makes it a noun or an infinitive."""
    return prev.low in NOUN_DETERMINERS or prev.low.endswith("'s") and prev.low != "'s" or (
        t.low.endswith("s") and prev.low in NOUN_ADJECTIVES
        and not (prev.low in REPORTING_NOUNS and _opens_clause(nxt)))


def evidence_noun(word: str) -> bool:
    """A document or a count that can show or say something ("filings", "the survey", "records")."""
    return singular(word) in DOCUMENT_NOUNS or word in EVIDENCE_NOUNS


def _opens_clause(nxt: Tok | None) -> bool:
    """The word after an evidential cue opens what it reports ("shows that", "shows the governor ahead")."""
    return nxt is not None and nxt.kind == "W" and (nxt.low == "that" or nxt.low in CLAUSE_STARTS) and (
        nxt.text[:1].islower() or nxt.text == "I")


def _weak_cue_governs(toks: list[Tok], i: int, cue: Cue) -> bool:
    """A weak cue counts with a "that" clause, a quotation close by or, for a speech act, an object."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return bool(
        nxt is not None and (nxt.low == "that" or nxt.low in CLAUSE_STARTS or nxt.text[:1].isupper()
                             or nxt.low == "to" and cue.lemma in INTENTIONS)
        or any(tk.kind == "Q" for tk in toks[i + 1 :]) and cue.lemma in WEAK_SPEECH
        or cue.lemma in SPEECH_ACTS and nxt is not None and nxt.kind == "W" and nxt.low not in PREPOSITIONS
        and nxt.low not in NOT_OBJECT_STARTS
        and prev is not None and prev.kind == "W"
        or any(tk.kind == "Q" for tk in toks[i + 1 : i + 5]) and not (nxt is not None and nxt.low in PREPOSITIONS)
        or closes_quoted_sentence(toks, i)
    )


def closes_quoted_sentence(toks: list[Tok], i: int) -> bool:
    """A weak cue that ends a sentence opened by a quotation ("“Why ...?” Vitter demanded."): speech."""
    if i + 1 < len(toks) and not (toks[i + 1].kind == "P" and toks[i + 1].text in (".", "!", "?", ";")):
        return False
    k = i - 1
    while k >= 0 and toks[k].kind == "W" and i - k <= 4:
        k -= 1
    while k >= 0 and toks[k].kind == "P" and toks[k].text == ",":
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].kind == "Q"
