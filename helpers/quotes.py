"""Quotes and reported speech, with who said them.

:func:`extract_quotes` returns one row per quote span, following
``../shared/ANNOTATION.md``:

- ``article_id, outlet, start, end, quote``: ``text[start:end] == quote``, the
  words between a pair of quotation marks (marks excluded), or, for kind
  ``indirect``, the reported clause;
- ``kind``: ``direct`` (a clause or sentence in the speaker's words),
  ``partial`` (a fragment inside the writer's sentence), ``continuation`` (a
  quoted sentence after an attributed one, with no new attribution) or
  ``indirect`` (reported speech without quotation marks);
- ``speaker`` (canonical), ``speaker_mention`` (as written at the attribution),
  ``speaker_start, speaker_end`` (its offsets; -1 when none), ``speaker_kind``
  (named / anonymous / institution / ""), ``side``, ``role``;
- ``cue`` (said, added, told, according to, quoted … as saying, described …
  as), ``via`` (who relayed the words, e.g. "China's foreign ministry"),
  ``paragraph, sentence`` (as numbered by :mod:`helpers.corpus`), ``n_words``.

No parser model: quotation marks are paired by rules, and attributions are
found with a cue lexicon (``helpers/data/quote_cues.csv``) and patterns over
the writer's sentence with the quoted words masked out.  Speakers are
resolved by :class:`helpers.speakers.ArticleSpeakers`.

>>> from helpers.corpus import load_articles
>>> quotes = extract_quotes(load_articles())
>>> quotes[["speaker", "quote"]].head(2)                     # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import QuoteInputError  # noqa: F401 (re-exported)
from . import corpus
from .paths import DATA_DIR
from .speakers import ArticleSpeakers, Registry, Speaker, registry_index
from .text import count_words
from .validation import read_rows, require_articles

CUES_PATH = DATA_DIR / "quote_cues.csv"
#: Kinds whose words stand inside quotation marks (the speaker's own words).
QUOTED_KINDS = ("direct", "partial", "continuation")
QUOTE_KINDS = (*QUOTED_KINDS, "indirect")
COLUMNS = [
    "article_id", "outlet", "start", "end", "quote", "kind", "speaker", "speaker_mention", "speaker_kind", "side",
    "cue", "paragraph", "sentence", "via", "n_words", "speaker_start", "speaker_end", "role",
]


# --------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class Cue:
    lemma: str
    invertible: bool
    takes_object: bool
    strong: bool


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> dict[str, Cue]:
    """The cue lexicon: every written form (``said``, ``pointed out``) to its :class:`Cue`."""
    path = Path(path) if path else CUES_PATH
    forms: dict[str, Cue] = {}
    need = ("lemma", "forms", "invertible", "takes_object", "strength")
    for line_no, row in read_rows(path, need, "cue file", QuoteInputError):
        if row["strength"] not in ("strong", "weak") or row["invertible"] not in ("yes", "no"):
            raise QuoteInputError(f"{path}, row {line_no}: strength must be strong/weak, invertible yes/no")
        cue = Cue(row["lemma"], row["invertible"] == "yes", row["takes_object"] == "yes", row["strength"] == "strong")
        for form in row["forms"].split("|"):
            if form.strip():
                forms[form.strip().casefold()] = cue
    return forms


# --------------------------------------------------------------------------- quotation marks

_MARKS = re.compile(r"''|``|[\"“”„‟]")  # '' and `` are the double quotes of some newswire texts
_CURLY_OPENERS = "“„‟"  # open a quotation wherever their neighbours allow it
_CLOSERS = "”"
_SINGLE = re.compile(r"(?<![\w’'])‘((?:[^‘’\n“”\"]|’(?=\w))+?)’(?![\w])")
_OPEN_CONTEXT = set(" \t\n\r([{—–-/‘'“\u00a0")
_CLOSE_FOLLOW = set(" \t\n\r.,;:!?)]}—–-…'’\u00a0")


@dataclass
class QuoteSpan:
    open: int  # offset of the opening mark (or of the paragraph start when the mark is missing)
    close: int  # offset of the closing mark (or the paragraph end when unclosed)
    start: int  # content, marks excluded, whitespace stripped
    end: int
    paragraph: int
    carried: bool = False  # continues a quotation opened in an earlier paragraph
    runs_on: bool = False  # left open at the end of its paragraph, continued in the next


def _mark_role(text: str, i: int, lo: int, hi: int, size: int = 1) -> str:
    ch = text[i]
    if text.startswith("``", i):
        return "open"
    if ch in _CLOSERS:
        return "close"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + size] if i + size < hi else " "
    can_open = (prev in _OPEN_CONTEXT or i == lo) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt in _CLOSE_FOLLOW or i + size == hi)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"  # even a curly opener: "“It was good,“ he said." has its closer mistyped
    # The neighbours allow either: a curly opener opens, also when an earlier quote lost its closing mark.
    return "open" if ch in _CURLY_OPENERS else "either"


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def find_quote_spans(text: str, paras: list[tuple[int, int, int]]) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text`` within the given paragraphs ``(number, start, end)``.

    Curly and straight marks may be mixed; a mark's role (open/close) comes
    from its neighbours.  An opening mark left unclosed at the end of a
    paragraph runs to the paragraph's end (the news convention when the next
    paragraph reopens the quotation); a second opener before a closer ends the
    first quote there; a closer with nothing open is ignored.  Single curly
    quotes (‘…’) outside double quotes are quotes too; apostrophes never are.
    """
    spans: list[QuoteSpan] = []
    carry = False
    for k, (number, lo, hi) in enumerate(paras):
        open_at: int | None = None
        open_len = 1
        first_mark = True
        for m in _MARKS.finditer(text, lo, hi):
            i, size = m.start(), m.end() - m.start()
            role = _mark_role(text, i, lo, hi, size)
            if open_at is None:
                if role == "close" and first_mark and carry:
                    _add(spans, text, lo - 1, 1, i, size, number, carried=True)
                elif role in ("open", "either"):
                    open_at, open_len = i, size
            elif role in ("close", "either"):
                _add(spans, text, open_at, open_len, i, size, number,
                     carried=carry and not spans_in(spans, number))
                open_at = None
            else:  # a second opener: the first quote lost its closing mark
                _add(spans, text, open_at, open_len, i, 0, number)
                open_at, open_len = i, size
            first_mark = False
        runs_on = False
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            runs_on = bool(nxt and re.match(r"\s*(?:[•●▪◦‣·*-]\s*)?(?:[\"“„]|''|``)", text[nxt[1] : nxt[2]]))
            _add(spans, text, open_at, open_len, hi, 0, number, runs_on=runs_on)
        carry = runs_on
        spans.extend(_single_quotes(text, number, lo, hi, spans))
    spans.sort(key=lambda s: s.start)
    return spans


def spans_in(spans: list[QuoteSpan], number: int) -> bool:
    return any(s.paragraph == number for s in spans)


def _add(spans, text, open_at, open_len, close_at, close_len, number, carried=False, runs_on=False):
    """Record the quote between an opening mark at ``open_at`` and a closing mark at ``close_at``."""
    a, b = _strip_span(text, open_at + open_len, close_at)
    if b > a and re.search(r"[^\W\d_]", text[a:b]):
        # ``close`` is the last character of the closing mark, so ``close + 1`` is just past it.
        spans.append(QuoteSpan(open_at, close_at + max(close_len, 1) - 1, a, b, number, carried=carried,
                               runs_on=runs_on))


def _single_quotes(text: str, number: int, lo: int, hi: int, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    inside = [(s.open, s.close) for s in spans if s.paragraph == number]
    out = []
    for m in _SINGLE.finditer(text, lo, hi):
        if any(o <= m.start() <= c for o, c in inside):
            continue  # nested: part of the double quote around it
        a, b = _strip_span(text, m.start(1), m.end(1))
        if b > a and count_words(text[a:b]) >= 1:
            out.append(QuoteSpan(m.start(), m.end() - 1, a, b, number))
    return out


# --------------------------------------------------------------------------- tokens of a writer's sentence

_TOKEN = re.compile(
    r"\x01+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Del|Atty|Adm|Maj|Cmdr|Supt|Sens|Reps)\."
    r"|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s[A-Z])|\d+/\d+|[A-Za-z0-9][\w’'.&-]*[\w]|[A-Za-z0-9]|[^\s\w]"
)
MASK = "\x01"
_PRONOUN_IS = re.compile(r"(?i)^(?:he|she|it|that|who|there)[’']s$")


@dataclass
class Tok:
    start: int
    end: int
    text: str
    low: str
    kind: str  # Q (quote), W (word), P (punctuation)


def _tokens(masked: str, base: int) -> list[Tok]:
    toks = []
    for m in _TOKEN.finditer(masked):
        t = m.group()
        if t[0] == MASK:
            kind = "Q"
        elif t[0].isalnum():
            kind = "W"
            # "He’s claiming": a pronoun and "is", not a possessive.
            if _PRONOUN_IS.match(t):
                cut = m.start() + len(t) - 2
                toks.append(Tok(base + m.start(), base + cut, t[:-2], t[:-2].casefold(), "W"))
                toks.append(Tok(base + cut, base + m.end(), t[-2:], "'s", "W"))
                continue
            # "U.S." keeps its dots; a sentence-final dot is its own token.
            if t.endswith(".") and t.count(".") == 1 and len(t) > 3:
                toks.append(Tok(base + m.start(), base + m.end() - 1, t[:-1], t[:-1].casefold(), "W"))
                toks.append(Tok(base + m.end() - 1, base + m.end(), ".", ".", "P"))
                continue
        else:
            kind = "P"
        toks.append(Tok(base + m.start(), base + m.end(), t, t.casefold().replace("’", "'"), kind))
    return toks


# Words that end a subject when reading backwards from a cue, or that sit
# between a subject and its cue.
_BOUNDARY_WORDS = {
    "that", "which", "who", "whom", "whose", "because", "while", "when", "after", "before", "if", "though",
    "although", "where", "so", "since", "but", "as", "whether", "than", "until", "unless", "once", "what",
    "how", "why", "and", "or", "then", "also",
}
_AUX = {
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "may", "might", "can",
    "did", "does", "do", "also", "reportedly", "recently", "previously", "later", "then", "now", "again", "once",
    "long", "repeatedly", "often", "already", "publicly", "privately", "frequently", "still", "just", "even",
    "first", "last", "further", "earlier", "subsequently", "separately", "similarly", "likewise", "simply",
    "flatly", "bluntly", "firmly", "emphatically", "candidly", "openly", "quickly", "initially", "ultimately",
    "finally", "has long", "had", "'s", "been",
}
_NEG = {"not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't"}
_BE = {"was", "were", "is", "are", "be", "been", "being", "am", "'s"}
_STOP_AFTER_NP = {
    "shortly", "on", "in", "at", "during", "before", "after", "last", "this", "yesterday", "today", "tonight",
    "who", "which", "that", "when", "while", "as", "to", "via", "over", "earlier", "later", "recently", "told",
    "said", "says", "adding", "speaking", "according", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "late", "early", "because", "but", "and", "where", "about", "with", "from", "by",
    "under", "than", "since", "until", "if", "then", "—", "–",
}
_OBJECTS = {
    "reporters", "journalists", "the", "a", "an", "him", "her", "them", "me", "us", "his", "their", "its",
    "our", "my", "your", "you", "it", "this", "that", "these", "those", "cnn", "axios", "abc", "nbc", "cbs",
    "fox", "msnbc", "congress", "lawmakers", "supporters", "voters", "viewers", "listeners", "readers",
    "audience", "crowd", "people",
}
_PERSONISH_LOWER = {"he", "she", "they", "i", "we", "it"}
_VERBISH = re.compile(r"^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|did|does|do|"
                      r"been|being|be|\w+ed)$")
_ADVERB_LY = re.compile(r"^\w+ly$")
_NOT_ADVERB = {"family", "only", "italy", "july", "early", "daily", "ally", "rally", "supply", "reply", "holy",
               "lily", "emily", "kelly", "sally", "billy", "molly", "jolly", "bully", "melly", "beverly", "kimberly",
               "ely", "politically"}


@dataclass
class Attribution:
    cue: str
    cue_start: int
    cue_end: int
    mention: str
    m_start: int
    m_end: int
    role: str = ""
    direction: str = "pre"  # pre: X said <content>; post: <content>, X said; both: according to
    content: tuple[int, int] = (0, 0)  # region of the writer's sentence the attribution covers
    via: str = ""
    via_start: int = -1
    strong: bool = True
    object_end: int = -1  # after "told reporters", "described the tone"
    speaker: Speaker | None = None
    quote_anchor: int = -1  # "described … as": where the described words begin
    object_only: bool = False  # "Clinton cited derogatory comments": governs only its own object


def _is_cue_token(toks: list[Tok], i: int, cues: dict[str, Cue]) -> Cue | None:
    t = toks[i]
    if t.kind != "W":
        return None
    if t.text[:1].isupper() and i > 0:
        # Headlines in title case: "Lindsey Graham Says", "Obama Says African-American Museum ..."
        if not (t.low in ("says", "said", "warns", "tells", "claims", "admits", "insists") and toks[i - 1].kind == "W"
                and toks[i - 1].text[:1].isupper()):
            return None
    cue = cues.get(t.low)
    if cue is not None and t.text[:1].isupper():  # "Said Ellis: ..." only; "Reports say ..." is a noun
        return cue if cue.invertible and t.low in ("said", "says", "added", "asked", "wrote", "writes") else None
    if cue is None:
        return None
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.kind == "W":
        if prev.low in {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                        "those", "to", "of", "no", "any", "some", "such", "whose", "same", "these", "many",
                        "several"} or prev.low.endswith("'s") and prev.low != "'s" or (
                            t.low.endswith("s") and prev.low in {"new", "recent", "latest", "first", "annual",
                                                                 "press", "news", "media", "poll", "survey", "early"}
                            and not (nxt is not None and nxt.low == "that" and prev.low in ("poll", "survey"))):
            return None  # a noun ("the report", "his claims") or an infinitive ("declined to say")
        if prev.low in _BE and cue.lemma != "quote" and not t.low.endswith("ing"):
            return None  # passive: "was told", "is expected"
    if nxt is not None and nxt.low == "to" and cue.lemma not in _INTENTIONS and cue.lemma not in ("say", "tell", "speak", "explain", "write",
                                                                   "report", "complain", "confirm", "describe",
                                                                   "add", "reply", "respond", "admit", "tweet",
                                                                   "mention", "reveal", "disclose", "post"):
        return None  # "expected to", "promised to": not speech
    if t.low in _NOUN_FORMS and i >= 2 and prev is not None and prev.text[:1].isupper() and (
            toks[i - 2].low in {"of", "the", "a", "an", "his", "her", "their", "its", "our", "%", "percent"}):
        return None  # "32% of Republican claims": a noun
    if t.low in _NOUN_FORMS and prev is not None and not (
        prev.kind == "W" and (prev.low in _PRONOUN_SUBJECTS or prev.text[:1].isupper() and not prev.low.endswith(("'s", "’s"))
                              or _nounish(prev))
    ):
        return None  # "early-morning tweets", "new reports": nouns
    if t.low.endswith("ing") and (prev is None or prev.text not in (",", "—", "–")
                                  and prev.low not in ("as", "is", "are", "was", "were", "been", "'s")
                                  and prev.low not in _SUBORDINATORS):
        return None  # a gerund ("China tweeting criticism"), not a participle clause
    if not cue.strong and cue.lemma not in ("describe", "call", "quote") and not (
        nxt is not None and (nxt.low == "that" or nxt.low in _CLAUSE_STARTS or nxt.text[:1].isupper()
                             or nxt.low == "to" and cue.lemma in _INTENTIONS)
        or any(tk.kind == "Q" for tk in toks[i + 1 :]) and cue.lemma in _WEAK_SPEECH
        or cue.lemma in _SPEECH_ACTS and nxt is not None and nxt.kind == "W" and nxt.low not in _PREPOSITIONS
        and nxt.low not in ("during", "as", "since", "until", "because", "when")
        and prev is not None and prev.kind == "W"
        or any(tk.kind == "Q" for tk in toks[i + 1 : i + 5]) and not (nxt is not None and nxt.low in _PREPOSITIONS)
        or _closes_quoted_sentence(toks, i)
    ):
        return None  # "as expected", "he feels": weak cues count only with a "that" clause or a quote
    if nxt is not None and nxt.low == "to" and cue.lemma == "add":
        return None  # "added to"
    return cue


def _closes_quoted_sentence(toks: list[Tok], i: int) -> bool:
    """A weak cue that ends a sentence opened by a quotation ("“Why ...?” Vitter demanded."): speech."""
    if i + 1 < len(toks) and not (toks[i + 1].kind == "P" and toks[i + 1].text in (".", "!", "?", ";")):
        return False
    k = i - 1
    while k >= 0 and toks[k].kind == "W" and i - k <= 4:
        k -= 1
    while k >= 0 and toks[k].kind == "P" and toks[k].text == ",":
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].kind == "Q"


def _np_after(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Token range [i, j) of a noun phrase starting at token i (for "said X", "according to X")."""
    j = i
    n = len(toks)
    while j < n and toks[j].kind == "W":
        low = toks[j].low
        if j > i and (low in _STOP_AFTER_NP or _ADVERB_LY.match(low) and low not in _NOT_ADVERB):
            break
        if j > i and _VERBISH.match(low) and not toks[j].text[:1].isupper() and low not in {"red", "united", "armed",
                                                                                          "retired", "elected"}:
            break
        j += 1
        if j - i > 10:
            return None
    # Allow "X's Y" and apostrophe forms; require something.
    return (i, j) if j > i else None


def _np_before(toks: list[Tok], end: int, floor: int) -> tuple[int, int]:
    """Token range [i, end) of the subject ending just before token ``end`` (reading back to ``floor``)."""
    from .speakers import INSTITUTION_NOUNS, _singular, person_noun

    j = end
    while j > floor and toks[j - 1].kind == "W" and (toks[j - 1].low in _AUX or toks[j - 1].low in _NEG
                                                      or _ADVERB_LY.match(toks[j - 1].low)
                                                      and toks[j - 1].low not in _NOT_ADVERB):
        j -= 1
    if j > floor and toks[j - 1].text == ")":  # "Sen. Claire McCaskill (D-Mo.) said"
        k = j - 1
        while k > floor and toks[k].text != "(" and j - k < 8:
            k -= 1
        if toks[k].text == "(" and k > floor and toks[k - 1].kind == "W":
            j = k
    i = j
    while i > floor:
        t = toks[i - 1]
        if t.kind != "W":
            if t.text in ("-", "&") and i - 1 > floor and toks[i - 2].kind == "W":
                i -= 1
                continue
            break
        if i == j and t.low in _PRONOUN_SUBJECTS:
            i -= 1
            break  # "the impact it said": the pronoun alone
        if i < j and _VERBISH.match(t.low) and not t.text[:1].isupper() and t.low not in _NOT_VERB:
            break
        if i < j and t.low == "to" and toks[i].text[:1].islower() and not (
                _singular(toks[i].low) in INSTITUTION_NOUNS or person_noun(toks[i].low)):
            break  # "is likely to placate nervous Democrats, who argued": an infinitive, not "ambassador to China"
        if t.low in _BOUNDARY_WORDS and not (t.low == "and" and i < j and _nounish(toks[i - 2]) if i >= 2 else False):
            break
        if t.low in _AUX and t.low not in ("long",) and i < j:
            break
        i -= 1
        if j - i > 11:
            break
    return i, j


_PREPOSITIONS = {"about", "over", "by", "with", "of", "in", "on", "at", "for", "from", "into", "through", "after"}
# Weak cues that are still acts of speech ("has spoken in broad strokes about ... — a “…”"); the others (worried,
# hoped, showed) govern a quotation only when it follows closely.
_WEAK_SPEECH = {"speak", "mention", "reveal", "disclose", "signal", "indicate", "demand", "urge", "propose", "cry",
                "post", "charge", "accuse"}
# Verbs of public speech whose object is what was said about ("Clinton cited derogatory comments ...",
# "Trump attacked the trade deal"): reported speech even without "that" or a quotation.
_SPEECH_ACTS = {"cite", "attack", "criticize", "condemn", "denounce", "praise", "slam", "blast", "mock", "tout",
                "lament", "decry", "question", "reveal", "demand", "urge", "disclose", "mention"}
_INTENTIONS = {"want", "plan", "promise", "pledge", "vow", "agree", "decide", "refuse", "decline", "offer", "urge",
               "intend", "threaten", "propose"}
_CLAUSE_STARTS = {"he", "she", "they", "it", "i", "we", "the", "a", "an", "this", "these", "there", "his", "her",
                  "their", "its", "our", "no", "most", "many", "some", "all", "more", "less", "nobody", "everyone"}
_NOUN_FORMS = {"tweets", "reports", "claims", "notes", "remarks", "promises", "posts", "comments", "shows",
               "estimates", "fears", "hopes", "worries", "warns", "states", "demands", "charges", "calls", "signals",
               "insists", "stresses", "writes", "reads", "asks"}
_PRONOUN_SUBJECTS = {"he", "she", "it", "they", "i", "we"}
_PRONOUN_MENTIONS = _PRONOUN_SUBJECTS | {"his", "her", "their", "its"}
_NOT_VERB = {"red", "united", "armed", "retired", "elected", "appointed", "named", "renowned", "noted", "alleged",
             "unnamed", "unidentified", "concerned", "informed", "advanced", "embattled", "beloved", "learned",
             "indeed", "speed", "seed", "need", "feed", "creed", "greed", "bred", "shed", "bed", "med", "ted", "ned",
             "fred", "reed", "ed", "owned", "based", "funded", "backed", "affiliated", "aligned", "affected"}


def _nounish(t: Tok) -> bool:
    from .speakers import INSTITUTION_NOUNS, PERSON_NOUNS, _singular

    return t.kind == "W" and (t.text[:1].isupper() or _singular(t.low) in PERSON_NOUNS or t.low in INSTITUTION_NOUNS)


def _valid_speaker(toks: list[Tok], i: int, j: int) -> bool:
    from .speakers import INSTITUTION_NOUNS, _singular, person_noun

    if j <= i or j - i > 11:
        return False
    words = toks[i:j]
    if any(w.kind == "Q" for w in words):
        return False
    last = words[-1].low
    if last in _BOUNDARY_WORDS or last in {"the", "a", "an", "of", "to", "in", "for", "on", "with", "by"}:
        return False
    for w in words:
        if w.kind != "W":
            continue
        low = w.low.replace("’s", "").replace("'s", "")
        if w.text[:1].isupper() or low in _PERSONISH_LOWER or person_noun(low) or low in INSTITUTION_NOUNS or (
                _singular(low) in INSTITUTION_NOUNS and low != "news") or (
                low in ("percent", "%") and w is words[-1]):  # "63 percent said": a poll's respondents
            if len(words) == 1 and w.text[:1].isupper() and low in {"this", "that", "there", "what"}:
                return False
            return True
    return False


def _appositive_subject(toks: list[Tok], comma: int, floor: int) -> tuple[int, int, str] | None:
    """For "X, <appositive>, said": the subject X and the appositive, given the comma before the cue."""
    k = comma - 1
    while k > floor and not (toks[k].kind == "P" and toks[k].text == ","):
        if toks[k].kind == "Q" or toks[k].text in (";", ":", "(", ")"):
            return None
        k -= 1
    if k <= floor or toks[k].text != ",":
        return None
    appositive = toks[k + 1 : comma]
    if not appositive:
        return None
    i, j = _np_before(toks, k, floor)
    if i == j or (i > floor and toks[i - 1].kind == "W" and toks[i - 1].low not in {"and", "but", "so"}
                  and toks[i - 1].kind != "P"):
        if not (i > floor and toks[i - 1].kind in ("P", "Q")):
            # "which Apple's chief executive, Tim Cook, called “…”": a relative clause's subject
            if i != floor and not (i > floor and toks[i - 1].low in {"and", "but", "which", "what", "whom"}):
                return None
    if not _valid_speaker(toks, i, j):
        return None
    role_words = [t.low for t in appositive]
    role = ""
    if role_words and not (len(role_words) <= 2 and all(_ADVERB_LY.match(w) or w in _AUX or w in {"however", "though", "too", "meanwhile", "instead", "in", "turn", "fact", "for", "example", "part", "his", "her", "their"} for w in role_words)):
        a, b = appositive[0].start, appositive[-1].end
        role = (a, b)
    return i, j, role


# --------------------------------------------------------------------------- attributions in a sentence


def find_attributions(text: str, a: int, b: int, quotes: list[QuoteSpan], cues: dict[str, Cue]) -> list[Attribution]:
    """Attributions in the writer's sentence ``text[a:b]``; quoted words are masked out first."""
    chars = list(text[a:b])
    for q in quotes:
        lo, hi = max(q.open, a), min(q.close + 1, b)
        for k in range(lo - a, hi - a):
            chars[k] = MASK
    masked = "".join(chars)
    toks = _tokens(masked, a)
    found: list[Attribution] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        # "according to X"
        if t.low == "according" and i + 1 < n and toks[i + 1].low == "to":
            rng = _np_after(toks, i + 2)
            if rng and _valid_speaker(toks, *rng):
                s, e = rng
                att = Attribution("according to", t.start, toks[i + 1].end, _span_text(text, toks, s, e),
                                  toks[s].start, toks[e - 1].end, direction="both")
                att.role = _role_after(text, toks, e)
                found.append(att)
                i = e
                continue
        # "as X put it", "as The Daily Beast called them": the whole sentence is X's
        if t.low == "as" and (i == 0 or toks[i - 1].kind != "W" or toks[i - 1].low in ("and", "but", "or")):
            got = _as_x_put_it(text, toks, i)
            if got is not None:
                found.append(got[0])
                i = got[1]
                continue
        # "his claim that ...", "Donald Trump’s statement that ...": the possessor's words
        if t.low in _CLAIM_NOUNS and i + 1 < n and toks[i + 1].low == "that":
            got = _possessive_claim(text, toks, i)
            if got is not None:
                found.append(got)
                i += 2
                continue
        # "“…” ― Carlos Raúl": a dash after a quotation, then the speaker's name
        if t.kind == "Q" and i + 2 < n and toks[i + 1].text in ("―", "—", "–", "-") and toks[i + 2].kind == "W":
            rng = _np_after(toks, i + 2)
            if rng and _valid_speaker(toks, *rng) and (rng[1] == n or toks[rng[1]].kind != "W"):
                s_, e_ = rng
                found.append(Attribution("—", toks[i + 1].start, toks[i + 1].end, _span_text(text, toks, s_, e_),
                                         toks[s_].start, toks[e_ - 1].end, direction="post"))
                found[-1].role = _role_after(text, toks, e_)
                i = e_
                continue
        cue = _is_cue_token(toks, i, cues) if t.kind == "W" else None
        if cue is None:
            i += 1
            continue
        att = _attribution_for_cue(text, toks, i, cue, found)
        if att is not None:
            found.append(att)
        i += 1
    _assign_regions(found, toks, a, b, text)
    # An attitude inside reported speech ("told the Americans that if they want ...") is not a new source.
    nested = [x for x in found if not x.strong and any(
        y.strong and y.direction == "pre" and y.content[0] <= x.cue_start < y.content[1] for y in found)]
    if nested:
        found = [x for x in found if x not in nested]
        _assign_regions(found, toks, a, b, text)
    return found



_CLAIM_NOUNS = {
    "claim", "claims", "statement", "statements", "assertion", "assertions", "argument", "contention", "promise",
    "pledge", "warning", "insistence", "suggestion", "belief", "charge", "accusation", "allegation", "allegations",
    "boast", "remark", "remarks", "comment", "comments", "prediction", "vow", "complaint", "admission", "argument",
    "view", "position", "message", "testimony", "announcement", "threat", "denial", "explanation", "theory",
}
_POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "my", "our"}


def _possessive_claim(text: str, toks: list[Tok], i: int) -> Attribution | None:
    """"his claim that ...", "Trump’s repeated assertion that ...": the possessor said it."""
    k = i - 1
    while k >= 0 and toks[k].kind == "W" and toks[k].text[:1].islower() and not toks[k].low.endswith("'s") \
            and toks[k].low not in _POSSESSIVE_PRONOUNS and i - k <= 2:
        k -= 1  # "repeated", "false", "earlier"
    if k < 0 or toks[k].kind != "W":
        return None
    owner = toks[k]
    if owner.low in _POSSESSIVE_PRONOUNS:
        s, e = k, k + 1
        mention = owner.text
    elif owner.low.endswith("'s") and owner.text[:1].isupper():
        s = k
        while s - 1 >= 0 and toks[s - 1].kind == "W" and toks[s - 1].text[:1].isupper():
            s -= 1
        e = k + 1
        mention = text[toks[s].start : owner.end - 2]
        if not mention.strip():
            return None
    else:
        return None
    att = Attribution(toks[i].text.casefold(), toks[i].start, toks[i + 1].end, mention, toks[s].start,
                      toks[s].start + len(mention), direction="pre")
    return att


_AS_PUT_VERBS = {"put", "called", "described", "said", "says", "wrote", "writes", "noted", "notes", "phrased",
                 "termed", "dubbed", "explained", "puts", "calls"}
_AS_PUT_OBJECTS = {"it", "them", "him", "her", "this", "that"}


def _as_x_put_it(text: str, toks: list[Tok], i: int) -> tuple[Attribution, int] | None:
    """"As Ms. Simonyan put it in a statement, RT is “…”" / "as a Homeland Security memo put it": X's words,
    wherever they sit in the sentence.  Returns the attribution and the token index after it."""
    n = len(toks)
    comma = -1
    if i + 1 >= n or toks[i + 1].low in _PREPOSITIONS | {"for", "to", "well", "much", "long", "soon", "far", "if",
                                                          "though", "part", "such", "usual", "expected"}:
        return None  # "as for RT's bent, he said", "as well"; "as a result"
    for j in range(i + 2, min(n, i + 40)):
        tk = toks[j]
        if tk.kind == "Q" or tk.text in (";", ":", "(", ")") or tk.low in _BOUNDARY_WORDS and tk.low != "and":
            return None
        if tk.text == ",":
            if comma >= 0 and j - comma > 25:
                return None
            comma = j if comma < 0 else comma
            continue
        if tk.low not in _AS_PUT_VERBS:
            continue
        after = toks[j + 1] if j + 1 < n else None
        if tk.low in ("said", "says", "wrote", "writes", "noted", "notes", "explained"):
            if after is not None and after.kind == "W":
                return None  # "as X said he would": a clause, not "as X said,"
        elif after is None or after.low not in _AS_PUT_OBJECTS:
            continue
        k = j
        while k > i + 1 and toks[k - 1].kind == "W" and (_ADVERB_LY.match(toks[k - 1].low) or toks[k - 1].low in _AUX):
            k -= 1
        end = comma if 0 <= comma < k else k
        if not _valid_speaker(toks, i + 1, end) or toks[k - 1].text == ",":
            if not (comma >= 0 and toks[k - 1].text == "," and _valid_speaker(toks, i + 1, comma)):
                return None
        att = Attribution("as … put it", toks[j].start, toks[min(j + 1, n - 1)].end,
                          _span_text(text, toks, i + 1, end), toks[i + 1].start, toks[end - 1].end, direction="both")
        if comma >= 0 and comma < k:
            att.role = _appositive_after_comma(text, toks, comma, k)
        return att, j + 2
    return None


def _appositive_after_comma(text: str, toks: list[Tok], comma: int, k: int) -> str:
    from .speakers import _looks_like_role

    last = k - 1 if toks[k - 1].text != "," else k - 2
    if last <= comma:
        return ""
    role = text[toks[comma + 1].start : toks[last].end]
    return role if _looks_like_role(role) else ""


def _span_text(text: str, toks: list[Tok], s: int, e: int) -> str:
    return text[toks[s].start : toks[e - 1].end]


def _role_after(text: str, toks: list[Tok], e: int) -> str:
    """An appositive after a mention: ", a foreign policy expert at Renmin University in Beijing"."""
    from .speakers import _appositive_after

    if e >= len(toks):
        return ""
    return _appositive_after(text, toks[e - 1].end)


def _attribution_for_cue(text: str, toks: list[Tok], i: int, cue: Cue, found: list[Attribution]) -> Attribution | None:
    t = toks[i]
    n = len(toks)
    floor = 0
    if found:
        last = found[-1]
        floor = next((k for k, tk in enumerate(toks) if tk.start >= last.cue_end), 0)
    cue_text = t.text.casefold()
    cue_end = t.end
    object_end = -1
    anchor = -1
    # "quoted X as saying": X is the speaker, the subject relays.
    if cue.lemma == "quote":
        k = i + 1
        rng = _np_after(toks, k)
        as_at = next((m for m in range(i + 1, min(n, i + 12)) if toks[m].low == "as"), None)
        if as_at is not None and as_at + 1 < n and toks[as_at + 1].low in ("saying", "telling", "writing", "stating"):
            if rng and rng[1] <= as_at and _valid_speaker(toks, rng[0], as_at):
                s, e = rng[0], as_at
                via_rng = _subject(toks, i, floor)
                if via_rng is None and found and i > 0 and toks[i - 1].low in ("and", "but"):
                    base = found[-1]  # "China's foreign ministry said ..., and quoted Mr Xi as saying"
                    via_rng = next(((p, q + 1) for p in range(len(toks)) for q in range(p, len(toks))
                                    if toks[p].start == base.m_start and toks[q].end == base.m_end), None)
                att = Attribution("quoted … as saying", t.start, toks[as_at + 1].end, _span_text(text, toks, s, e),
                                  toks[s].start, toks[e - 1].end, direction="pre")
                if via_rng:
                    att.via = _span_text(text, toks, *via_rng)
                    att.via_start = toks[via_rng[0]].start
                return att
            if i > 0 and toks[i - 1].low in _BE:  # "was quoted as saying"
                rng2 = _subject(toks, i - 1, floor)
                if rng2:
                    return Attribution("quoted … as saying", t.start, toks[as_at + 1].end,
                                       _span_text(text, toks, *rng2), toks[rng2[0]].start, toks[rng2[1] - 1].end)
        return None
    if cue.lemma in ("describe", "call"):
        # "described the tone of the call as ..." / "which she described as ..."
        as_at = next((m for m in range(i + 1, min(n, i + 14)) if toks[m].low == "as"), None)
        if cue.lemma == "describe" and as_at is None:
            return None
        if cue.lemma == "call":
            if i + 1 < n and toks[i + 1].low in ("for", "on") and t.low != "call" and (
                    i + 2 < n and toks[i + 2].kind == "W"):
                # "the NAACP called for a moratorium", "Obama calls on Congress to act": a demand, reported
                rng = _subject(toks, i, floor)
                if rng is None:
                    return None
                att = Attribution(f"{cue_text} {toks[i + 1].low}", t.start, toks[i + 1].end,
                                  _span_text(text, toks, *rng), toks[rng[0]].start, toks[rng[1] - 1].end,
                                  direction="pre", strong=False)
                att.role = _role_between(text, toks, rng, i)
                return att
            if i + 1 < n and toks[i + 1].low in ("for", "on", "off", "up", "in", "out", "back"):
                return None
            q_after = any(tk.kind == "Q" for tk in toks[i + 1 : i + 11])  # "called Mr. Obama's remarks on Saturday “…”"
            if not q_after:
                return None
        rng = _subject(toks, i, floor)
        if rng is None:
            return None
        att = Attribution("described … as" if cue.lemma == "describe" else "called", t.start,
                          toks[as_at].end if as_at is not None else t.end,
                          _span_text(text, toks, *rng), toks[rng[0]].start, toks[rng[1] - 1].end, direction="pre")
        att.quote_anchor = toks[as_at].end if as_at is not None else t.end
        att.strong = True
        att.role = _role_between(text, toks, rng, i)
        return att
    # Inverted: "..., said a senior administration official" / "“…,” said Shi Yinhong, a ..."
    prev = toks[i - 1] if i > 0 else None
    if cue.invertible and (prev is None or prev.kind == "Q" or prev.text in (",", ":")) and i + 1 < n:
        rng = _np_after(toks, i + 1)
        if rng and _valid_speaker(toks, *rng) and toks[rng[0]].low not in _NOT_INVERTED_START:
            s, e = rng
            rest = toks[e:]
            quoted_before = prev is None or any(tk.kind == "Q" for tk in toks[:i])
            if not quoted_before and rest and not (rest[0].text in (".", "!", "?", ";") or rest[0].text == ","
                                                   and len(rest) > 1 and rest[1].low not in ("and", "but", "or")):
                rest = None  # "Rawlings, 59, who watched ..., said the event brought back ...": not inverted
            if rest is None:
                pass
            elif not rest or rest[0].kind == "P" or rest[0].low in _STOP_AFTER_NP:
                att = Attribution(cue_text, t.start, cue_end, _span_text(text, toks, s, e), toks[s].start,
                                  toks[e - 1].end, direction="post", strong=cue.strong)
                att.role = _role_after(text, toks, e)
                return att
    # "After saying her foot was “so swollen ...,” she was ...": the subject of the main clause that follows.
    if t.low.endswith("ing") and i == 1 and prev.low in _SUBORDINATORS:
        comma = next((k for k in range(i + 1, n) if toks[k].text == "," or toks[k].kind == "Q"
                      and text[toks[k].end - 2 : toks[k].end - 1] == ","), None)  # “…,” with the comma inside
        lead = _leading_subject(toks, comma + 1, n) if comma is not None else None
        if lead is None or toks[lead[0]].low not in _PRONOUN_SUBJECTS and not toks[lead[0]].text[:1].isupper():
            return None
        att = Attribution(cue_text, t.start, cue_end, _span_text(text, toks, *lead), toks[lead[0]].start,
                          toks[lead[1] - 1].end, direction="pre", strong=cue.strong)
        return att
    # Participle after a comma: "..., adding that ...", "..., saying ..." takes the main clause's speaker.
    if t.low.endswith("ing") and prev is not None and (prev.text in (",", "—", "–") or (
            prev.low in _SUBORDINATORS and i >= 2 and toks[i - 2].text in (",", "—", "–", "-"))):
        if found:
            base = found[-1]
            att = Attribution(cue_text, t.start, cue_end, base.mention, base.m_start, base.m_end, direction="pre",
                              strong=cue.strong)
            att.role = base.role
            return att
        lead = _leading_subject(toks, 0, i)  # "Clinton chimed in on Twitter, saying that ..."
        if lead is None:
            return None
        return Attribution(cue_text, t.start, cue_end, _span_text(text, toks, *lead), toks[lead[0]].start,
                           toks[lead[1] - 1].end, direction="pre", strong=cue.strong)
    rng = _subject(toks, i, floor)
    if rng is None:
        rng = _tail_subject(toks, i, floor)
    before = i - 1
    while before > 0 and toks[before].kind == "W" and (_ADVERB_LY.match(toks[before].low) or toks[before].low in _AUX):
        before -= 1  # "and repeatedly says"
    if rng is None and found and before >= 0 and toks[before].low in ("and", "but"):
        base = next((x for x in found if x.strong and x.direction == "pre"), found[0])  # "X said ... and added ..."
        att = Attribution(cue_text, t.start, cue_end, base.mention, base.m_start, base.m_end, strong=cue.strong)
        att.role = base.role
        return att
    if rng is None:
        return None
    s, e = rng
    att = Attribution(cue_text, t.start, cue_end, _span_text(text, toks, s, e), toks[s].start, toks[e - 1].end,
                      strong=cue.strong)
    att.role = _role_between(text, toks, rng, i)
    # Direction: is there content after the cue (X said <content>) or only its tail (<content>, X said)?
    k = i + 1
    if cue.takes_object and k < n and toks[k].kind == "W" and toks[k].low not in ("that", "how", "whether", "what"):
        ob = _np_after(toks, k)
        if ob:
            k = ob[1]
            object_end = toks[k - 1].end
    while k < n and toks[k].kind == "W" and (toks[k].low in _STOP_AFTER_NP and toks[k].low not in ("that", "to")):
        # "said in a statement", "said on Thursday": skip the adverbial
        k2 = k + 1
        while k2 < n and toks[k2].kind == "W" and toks[k2].low not in ("that",) and not _VERBISH.match(toks[k2].low):
            k2 += 1
        if k2 < n and toks[k2].kind == "P" and toks[k2].text in (".", "!", "?", ",", ";"):
            k = k2
            break
        break
    tail = toks[k:]
    only_tail = all(tk.kind == "P" for tk in tail[:1]) and (
        not tail or tail[0].text in (".", "!", "?", ";", "—", "–", ")") or tail[0].text == "," and _tail_is_adverbial(tail)
    )
    before_is_content = s > 0 and (toks[s - 1].kind == "Q" or toks[s - 1].text in (",", "—", "–"))
    if only_tail and (before_is_content or s > 0):
        att.direction = "post"
    att.object_end = object_end
    # accepted only as a speech act on its object ("blasted him for ..."): it governs that object, no quote
    att.object_only = cue.lemma in _SPEECH_ACTS and not cue.strong and not any(
        tk.kind == "Q" for tk in toks[i + 1 :]) and not (i + 1 < n and (toks[i + 1].text[:1].isupper()
                                                                      or toks[i + 1].low == "that")) and not (
        _closes_quoted_sentence(toks, i))
    if att.object_only:
        att.direction, att.object_end = "pre", -1  # what was cited or attacked is the reported content
    return att


_NOT_INVERTED_START = _STOP_AFTER_NP | _BOUNDARY_WORDS | {
    "it", "there", "morning", "afternoon", "evening", "night", "week", "month", "year", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "twitter",
    "facebook", "instagram", "he", "she", "they", "we", "i", "this", "that", "these",
    # "X, a professor, said of the plan": a preposition after the cue opens an adjunct, not the speaker
    "of", "for", "into", "upon", "toward", "towards", "against", "through", "without", "within",
}


def _tail_is_adverbial(tail: list[Tok]) -> bool:
    words = [tk for tk in tail[1:] if tk.kind == "W"]
    return bool(words) and words[0].low in ("adding", "saying", "noting", "speaking", "who", "according", "in",
                                            "on", "after", "before", "while", "when", "referring")


def _subject(toks: list[Tok], i: int, floor: int) -> tuple[int, int] | None:
    """The speaker before the cue at token ``i``: plain, appositive, relative or coordinated."""
    k = i
    while k > floor and toks[k - 1].kind == "W" and (toks[k - 1].low in _AUX or toks[k - 1].low in _NEG):
        k -= 1
    if k - 2 > floor and toks[k - 1].low in ("who", "which") and toks[k - 2].text == ",":
        s, e = _np_before(toks, k - 2, floor)  # "Trump, who says he is honored"
        if s < e and _valid_speaker(toks, s, e):
            return s, e
    s, e = _np_before(toks, i, floor)
    if s < e and _valid_speaker(toks, s, e):
        if s > floor and toks[s - 1].low == "and" and s >= 2:
            # "Chinese officials and analysts have blamed ... and said": the subject of the clause
            pass
        else:
            return s, e
    # "X, <appositive>, said"
    j = e if s == e else s
    k = i
    while k > floor and toks[k - 1].kind == "W" and (toks[k - 1].low in _AUX or toks[k - 1].low in _NEG
                                                      or _ADVERB_LY.match(toks[k - 1].low)):
        k -= 1
    if k > floor and toks[k - 1].text == ",":
        got = _appositive_subject(toks, k - 1, floor)
        if got:
            return got[0], got[1]
    # "<subject> <verb> ... and said": the clause subject, up to its first verb.
    if s == e and s > floor and toks[s - 1].low in ("and", "but"):
        # "I laughed and said", "Trump smiled and added": a pronoun or name, one verb, "and"
        if s - 3 >= floor and toks[s - 2].kind == "W" and toks[s - 2].text[:1].islower() and (
                toks[s - 3].low in _PRONOUN_SUBJECTS or toks[s - 3].text[:1].isupper()
                and toks[s - 3].low not in DETERMINERS_OR_NUMBERS) and (s - 4 < floor or toks[s - 4].kind != "W"
                                                                           or toks[s - 4].text[:1].isupper()):
            k = s - 3
            while k - 1 >= floor and toks[k - 1].kind == "W" and toks[k - 1].text[:1].isupper():
                k -= 1
            return k, s - 2
        if floor > 0:
            return None  # another attribution in the sentence: "X said ... but said": the caller takes X
        return _leading_subject(toks, floor, s)
    return None


def _tail_subject(toks: list[Tok], i: int, floor: int) -> tuple[int, int] | None:
    """"…, one slide says." — any short noun phrase between a comma and a sentence-final cue."""
    if i + 1 < len(toks) and not (toks[i + 1].kind == "P" and toks[i + 1].text in (".", "!", "?")):
        return None
    s, e = _np_before(toks, i, floor)
    if s == e or e - s > 5 or s == floor or toks[s - 1].text not in (",", "—", "–") and toks[s - 1].kind != "Q":
        return None
    first = toks[s]
    if first.low in DETERMINERS_OR_NUMBERS or first.text[:1].isupper():
        return s, e
    return None


DETERMINERS_OR_NUMBERS = {"a", "an", "the", "one", "another", "this", "that", "these", "those", "some", "two", "three",
                          "his", "her", "their", "its", "our", "several", "many", "most", "other"}


def _leading_subject(toks: list[Tok], floor: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens a clause (from ``floor``), up to its first verb, if it can speak."""
    start = floor
    while start < limit and toks[start].kind != "W":
        start += 1
    if start < limit and (toks[start].low in _CLAUSE_OPENERS or toks[start].low in _BOUNDARY_WORDS):
        # "At a fundraiser in New York, Clinton called ...", "In August, several groups ...": the main clause
        comma = next((k for k in range(start + 1, min(limit, start + 24))
                      if toks[k].text in (",", ";", ":", "(", "—", "–")), None)
        if comma is None or toks[comma].text != ",":
            return None
        start = comma + 1
    elif start < limit and toks[start].low in ("even", "only", "now", "but", "and", "so", "yet"):
        start += 1  # "Even China, ..., said"
    elif start + 1 < limit and toks[start + 1].text == "," and _ADVERB_LY.match(toks[start].low) \
            and toks[start].low not in _NOT_ADVERB:
        start += 2  # "Conversely, PolitiFact rated ..."
    if start < limit and toks[start].low in _PRONOUN_SUBJECTS:
        return start, start + 1  # "she went to hospital": the pronoun is the whole subject
    m = start
    proper = False
    while m < limit and toks[m].kind == "W" and not (_VERBISH.match(toks[m].low) and toks[m].low not in _NOT_VERB) \
            and toks[m].low not in _AUX and toks[m].low not in _BOUNDARY_WORDS:
        tk = toks[m]
        if proper and not tk.text[:1].isupper() and not toks[m - 1].low.endswith("'s") and _verb_after_name(tk.low):
            break  # "Trump took to Twitter", "Blige sings": a name, then a lower-case verb
        if tk.text[:1].isupper() and tk.low not in DETERMINERS_OR_NUMBERS:
            proper = True
        m += 1
    if m > start and m - start <= 8 and _valid_speaker(toks, start, m):
        return start, m
    return None


# "..., while chanting “…”", "..., despite admitting that ...": the participle's subject is the main clause's
_SUBORDINATORS = {"while", "after", "before", "despite", "when", "by", "without", "in"}
_IRREGULAR_PAST = {
    "took", "made", "gave", "went", "came", "told", "said", "sang", "wrote", "spoke", "got", "put", "ran", "saw",
    "brought", "thought", "felt", "kept", "left", "held", "stood", "sent", "won", "lost", "led", "met", "paid",
    "set", "began", "drew", "threw", "knew", "chose", "rose", "fell", "struck", "hit", "cut", "let", "read",
}


def _verb_after_name(low: str) -> bool:
    """A lower-case word after a capitalised name that is more likely its verb than part of the noun phrase
    ("Trump took", "Blige sings"; not "Chinese officials", "European immigrants", "Trump campaign")."""
    from .speakers import INSTITUTION_NOUNS, person_noun

    if low in _IRREGULAR_PAST:
        return True
    if not low.endswith("s") or low.endswith(("ss", "'s")) or len(low) < 4:
        return False
    return not (person_noun(low) or low in INSTITUTION_NOUNS or low[:-1] in INSTITUTION_NOUNS
                or low[:-1].endswith(("ant", "ent", "ic", "al")))


_CLAUSE_OPENERS = {
    "in", "at", "on", "with", "after", "during", "following", "since", "before", "despite", "instead", "meanwhile",
    "however", "still", "also", "last", "earlier", "later", "from", "for", "of", "by", "under", "over", "amid",
    "among", "like", "unlike", "besides", "beyond", "within", "without", "through", "throughout", "to", "separately",
    "speaking", "asked", "in", "yesterday", "today", "tonight", "overnight", "hours", "minutes", "days", "weeks",
}
_NAME_LINKS = {"of", "for", "at", "and", "de", "van", "von", "bin", "al", "da", "del", "di", "la", "le", "du", "on"}


def _role_between(text: str, toks: list[Tok], rng: tuple[int, int], cue_i: int) -> str:
    """The appositive between a subject and its cue ("Evan Medeiros, an Asia expert ..., said")."""
    from .speakers import _appositive_after, _title_before

    s, e = rng
    role = ""
    if e < cue_i and toks[e].text == ",":
        role = _appositive_after(text, toks[e - 1].end)
    return role or _title_before(text, toks[s].start)


def _assign_regions(found: list[Attribution], toks: list[Tok], a: int, b: int, text: str) -> None:
    """The part of the sentence each attribution covers: after a preposed cue, before a postposed one."""
    found.sort(key=lambda x: x.cue_start)
    for k, att in enumerate(found):
        prev_end = found[k - 1].cue_end if k > 0 else a
        next_start = found[k + 1].m_start if k + 1 < len(found) else b
        if k + 1 < len(found):
            nxt = found[k + 1]
            via_at = nxt.via_start if nxt.via_start > att.cue_end else b
            next_start = max(att.cue_end, min(nxt.m_start if nxt.m_start > att.cue_end else b, nxt.cue_start, via_at))
        if att.direction == "post":
            lo = prev_end if k > 0 and found[k - 1].direction != "post" else (found[k - 1].cue_end if k > 0 else a)
            att.content = (lo, min(att.m_start, att.cue_start))
        elif att.direction == "both":
            lo = found[k - 1].cue_end if k > 0 else a
            hi = next_start
            if count_words(text[lo : att.cue_start]) >= 3:
                att.content = (lo, att.cue_start)
            else:
                att.content = (att.m_end, hi)
        else:
            start = att.quote_anchor if att.quote_anchor >= 0 else max(att.cue_end, att.object_end)
            if count_words(text[_after_adverbial(text, start, next_start) : next_start]) < 3:
                next_start = b  # the next attribution is nested in this one's content ("X says Y promised ...")
            att.content = (start, next_start)


# --------------------------------------------------------------------------- the article


@dataclass
class _Unit:
    start: int
    end: int
    paragraph: int
    sentence: int
    content_start: int
    quotes: list = field(default_factory=list)
    attributions: list = field(default_factory=list)


_CLOSING_MARK = re.compile(r"[?!.…,;—–-][\"”’']+\s*$|''\s*$")
_WORD = re.compile(r"[\w’'-]+")


def _attribution_tail(text: str, s: int, e: int, cues: dict[str, Cue] | None) -> bool:
    """A short sentence that only attributes the quotation before it ("“Why?” Vitter demanded.",
    "“Go!” shouted the crowd."): the sentence splitter cuts after "?”", the writer's sentence goes on."""
    if not cues:
        return False
    words = _WORD.findall(text[s:e])
    if not words or len(words) > 14 or words[0][:1].isupper() and words[0].casefold() in ("i", "it", "this", "that",
                                                                                         "there", "but", "and"):
        return False
    for k, w in enumerate(words[:6]):
        cue = cues.get(w.casefold())
        if cue is not None and (k == 0 and cue.invertible or k > 0 and w[:1].islower()):
            return True
    return False


def _units(sents: list[tuple[int, int, int, int]], spans: list[QuoteSpan], content_starts: dict[int, int],
           text: str = "", cues: dict[str, Cue] | None = None) -> list[_Unit]:
    """Writer's sentences: corpus sentences merged where a quotation runs across a sentence break, or where a
    quotation ending in "?”" or "!”" is attributed in what the splitter took for the next sentence."""
    units: list[_Unit] = []
    for number, para, s, e in sents:
        if units and units[-1].paragraph == para and any(q.open < s <= q.close for q in spans if q.paragraph == para):
            units[-1].end = e
            continue
        if (units and units[-1].paragraph == para and _CLOSING_MARK.search(text, units[-1].start, units[-1].end)
                and not any(s <= q.open < e for q in spans) and _attribution_tail(text, s, e, cues)):
            units[-1].end = e
            continue
        cs = content_starts.get(para, s)
        units.append(_Unit(s, e, para, number, cs if s <= cs < e else s))
    for q in spans:
        for u in units:
            if u.paragraph == q.paragraph and u.start <= max(q.start - 1, q.open) < u.end + 1:
                u.quotes.append(q)
                break
    return units


_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|[.!?][\"”’]\s+|[:;—–]\s*)$")


def _kind(text: str, unit: _Unit, q: QuoteSpan, att: Attribution | None) -> str:
    before = text[unit.content_start : q.open].rstrip()
    lead = before.lstrip("•●▪◦‣·*- \t")
    sentence_initial = not lead or bool(_SENTENCE_START.search(before)) or q.carried
    if sentence_initial:
        return "direct"
    if att is not None and att.quote_anchor >= 0:
        return "partial"  # "described the tone as “familiar”"
    after = text[q.close + 1 : unit.end]
    runs_to_end = not re.search(r"\w", after) or (att is not None and att.direction == "post" and att.m_start >= q.close)
    if att is not None and att.direction in ("pre",) and runs_to_end:
        gap = text[att.cue_end if att.object_end < 0 else att.object_end : q.open]
        if re.fullmatch(r"\s*(?:that\s*)?[,:]?\s*", gap) or re.fullmatch(r"[\s,:]*(?:that)?\s*", gap):
            return "direct"
    inner = text[q.start : q.end]
    if re.search(r"\w[.!?…]\s+[A-Z“\"]", inner) and inner[:1].isupper():
        return "direct"
    return "partial"


def _article_rows(art, paras: pd.DataFrame, sents: pd.DataFrame, registry: Registry, cues: dict[str, Cue]) -> list[dict]:
    text = art.text
    para_list = [(int(p.paragraph), int(p.start), int(p.end)) for p in paras.itertuples(index=False)]
    content_starts = {
        int(p.paragraph): int(p.start) if p.label and _has_cue(p.label, cues) else int(p.content_start)
        for p in paras.itertuples(index=False)
    }
    spans = find_quote_spans(text, para_list)
    sent_list = [(int(s.sentence), int(s.paragraph), int(s.start), int(s.end)) for s in sents.itertuples(index=False)]
    units = _units(sent_list, spans, content_starts, text, cues)
    people = ArticleSpeakers(text, registry)
    rows: list[dict] = []

    last: tuple[Attribution, Speaker | None] | None = None  # the attribution a following quote may inherit
    last_para = last_unit = -1
    assigned: dict[int, tuple] = {}
    headlines = {int(p.paragraph) for p in paras.itertuples(index=False) if p.kind == "headline"}
    for u_index, unit in enumerate(units):
        atts = find_attributions(text, unit.content_start, unit.end, unit.quotes, cues)
        if not atts and unit.paragraph in headlines:
            label = _headline_label(text, unit)
            atts = [label] if label is not None else []
        strong = [x for x in atts if x.strong]
        unit.attributions = atts
        for att in atts:
            sent_text = text[unit.start : unit.end]
            if att.via:
                att.via_speaker = people.resolve(att.via, att.via_start, sentence=sent_text)
                if att.via_speaker is not None:
                    people.note(att.via_speaker, att.via_start)
            att.speaker = None
            if att.mention.casefold() in _PRONOUN_MENTIONS:
                att.speaker = _subject_of_sentence(text, unit, att, people)
            if att.speaker is None:
                att.speaker = people.resolve(att.mention, att.m_start, att.role, sent_text)
            if att.speaker is not None:
                people.note(att.speaker, att.m_start)
        if last is not None and unit.paragraph - last_para > 1:
            last = None
        for q in unit.quotes:
            att = _choose(q, atts, strong, text)
            if att is not None:
                kind = _kind(text, unit, q, att)
                if kind == "direct" and att.direction == "pre" and att.cue_end <= q.open and (
                    _SENTENCE_START.search(text[unit.content_start : q.open].rstrip()) and q.open > att.cue_end + 2
                ):
                    kind = "continuation"
                rows.append(_row(art, text, q.start, q.end, kind, att, unit))
            else:
                kind = _kind(text, unit, q, None)
                chained = last is not None and (
                    last_para == unit.paragraph or u_index and units[u_index - 1].paragraph == last_para
                )
                label = _label_attribution(text, q, people)
                own = (_subject_attribution(text, unit, q, people)
                       if kind == "direct" and re.search(r"\w[^\w\x01]*:\s*$", text[unit.content_start : q.open])
                       else None)
                if label is not None:
                    rows.append(_row(art, text, q.start, q.end, kind, label, unit))
                elif own is not None and own.mention.casefold() not in _PRONOUN_MENTIONS:
                    # "President Obama is rolling out a new message: “It's about me.”": the sentence's subject
                    rows.append(_row(art, text, q.start, q.end, kind, own, unit, inherited=True))
                elif kind == "direct" and chained:
                    rows.append(_row(art, text, q.start, q.end, "continuation", last[0], unit, inherited=True))
                elif kind == "partial" and last is not None and last_unit == u_index - 1 and not _own_named(
                        text, unit, q, people, last[1]):
                    # words from the source quoted in the sentence just before ("Biden sought to explain ... “…”")
                    rows.append(_row(art, text, q.start, q.end, "partial", last[0], unit, inherited=True))
                else:
                    att = (_previous_subject(text, units, u_index, q, people) if kind == "direct"
                           else _subject_attribution(text, unit, q, people))
                    if att is not None and kind == "direct":
                        kind = "continuation"
                    rows.append(_row(art, text, q.start, q.end, kind, att, unit, inherited=att is not None))
        for att in atts:
            if att.cue in _NO_CONTENT_CUES:
                continue
            lo, hi = att.content
            if any(lo <= q.start < hi or q.start <= lo < q.end for q in unit.quotes):
                continue
            span = _indirect_span(text, lo, hi)
            if span:
                if rows and rows[-1]["kind"] == "indirect" and (rows[-1]["start"], rows[-1]["end"]) == span:
                    rows.pop()  # "Critics attacked Berg’s statement that ...": the inner source said it
                rows.append(_row(art, text, span[0], span[1], "indirect", att, unit))
        if atts:
            chosen = strong[-1] if strong else atts[-1]
            last, last_para, last_unit = (chosen, chosen.speaker), unit.paragraph, u_index
        elif unit.quotes and last is not None:
            last_para = unit.paragraph
        elif not unit.quotes:
            last = None
    _forward_fill(rows, units, text)
    return rows


_HEADLINE_LABEL = re.compile(r"((?:[A-Z][\w.’'&-]*|of|the|de|van)(?:\s+(?:[A-Z][\w.’'&-]*|of|the|de|van)){0,4}):\s+(?=\S)")
_NOT_HEADLINE_SOURCES = {
    "analysis", "exclusive", "breaking", "watch", "opinion", "video", "update", "updated", "live", "editorial",
    "review", "explainer", "photos", "photo", "listen", "podcast", "read", "transcript", "factbox", "timeline",
    "q&a", "interview", "commentary", "column", "letters", "correction", "report", "news", "first", "new", "the",
}


def _headline_label(text: str, unit: _Unit) -> Attribution | None:
    """"Pat Caddell: Democrat Voters Worried ...", "Poll: Wealthy Voters Abandon ...": in a headline, a name
    (or a poll) before a colon is the source of what follows."""
    m = _HEADLINE_LABEL.match(text, unit.content_start)
    if not m or m.end() >= unit.end or m.group(1).casefold() in _NOT_HEADLINE_SOURCES:
        return None
    colon = m.end(1)
    att = Attribution(":", colon, colon + 1, m.group(1), m.start(1), colon, direction="pre")
    att.content = (colon + 1, unit.end)
    return att


def _masked_tokens(text: str, a: int, b: int, quotes: list[QuoteSpan]) -> list[Tok]:
    chars = list(text[a:b])
    for q in quotes:
        for k in range(max(q.open, a) - a, min(q.close + 1, b) - a):
            chars[k] = MASK
    return _tokens("".join(chars), a)


def _leading_speaker(text: str, unit: _Unit, upto: int, people: ArticleSpeakers):
    """The sentence's leading subject before ``upto`` (quotes masked), resolved: ``(speaker, mention, start, end)``."""
    toks = _masked_tokens(text, unit.content_start, upto, unit.quotes)
    lead = _leading_subject(toks, 0, len(toks))
    if lead is None:
        return None
    mention = _span_text(text, toks, *lead)
    start, end = toks[lead[0]].start, toks[lead[1] - 1].end
    spk = people.resolve(mention, start)
    return None if spk is None else (spk, mention, start, end)


def _subject_of_sentence(text: str, unit: _Unit, att: Attribution, people: ArticleSpeakers) -> Speaker | None:
    """For "he"/"she" at an attribution: the person named at the start of the same sentence, if any
    ("Trump took to Twitter ... what he called ...")."""
    found = _leading_speaker(text, unit, att.m_start, people)
    spk = found[0] if found else None
    gender = {"he": "m", "she": "f", "his": "m", "her": "f"}.get(att.mention.casefold(), "")
    if spk is None or (gender and (spk.plural or spk.kind == "institution" or spk.gender and spk.gender != gender)):
        return None
    low = att.mention.casefold()
    if low in ("we", "i") or low in ("it", "its") and (spk.kind != "institution" or spk.plural) or low in ("they", "their") and not (
            spk.plural or spk.kind == "institution"):
        return None  # "Clinton's campaign is seeking ... what they call": the campaign
    return spk


_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")


def _label_attribution(text: str, q: QuoteSpan, people: ArticleSpeakers) -> Attribution | None:
    """A transcript label at the start of the quoted words ("WALLACE: But, Governor ...")."""
    m = _LABEL.match(text, q.start)
    if not m or len(m.group(1)) < 2:
        return None
    att = Attribution(":", m.end(1), m.end(1) + 1, m.group(1), m.start(1), m.end(1), direction="post")
    att.speaker = people.resolve(m.group(1).title(), m.start(1))
    return att


def _subject_attribution(text: str, unit: _Unit, q: QuoteSpan, people: ArticleSpeakers) -> Attribution | None:
    """A quoted fragment in a sentence with no cue: the words of the sentence's subject, when it can speak
    ("Christie blasted Clinton as a “disgrace”", "Obama condemned the test as “provocative”")."""
    found = _leading_speaker(text, unit, q.open, people)
    if found is None:
        return None
    spk, mention, start, end = found
    att = Attribution("", -1, -1, mention, start, end)
    att.speaker = spk
    return att


def _own_named(text: str, unit: _Unit, q: QuoteSpan, people: ArticleSpeakers, last: Speaker | None) -> bool:
    """Whether the sentence of a quoted fragment opens with a named person other than the last speaker
    ("Aaron Kall, the director of debate ..., compared Trump to a coach who is “working the referees”")."""
    att = _subject_attribution(text, unit, q, people)
    if att is None or att.speaker is None or att.speaker.kind != "named" or last is not None and (
            att.speaker.name == last.name):
        return False
    # Only a person introduced here, not one the story is about ("Biden sought to explain ... “…”" are still the
    # words of the official quoted just before).
    surname = att.speaker.name.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text[: att.m_start]) is None


def _previous_subject(text: str, units: list[_Unit], u_index: int, q: QuoteSpan,
                      people: ArticleSpeakers) -> Attribution | None:
    """A quotation opening a sentence with no cue, after a sentence about a named person with no cue
    either ("Sanders identified ... . “The younger people ...”"): that person's words."""
    unit = units[u_index]
    if u_index == 0 or text[unit.content_start : q.open].strip(" \t\n•*-"):
        return None
    prev = units[u_index - 1]
    if prev.attributions or prev.quotes or unit.paragraph - prev.paragraph > 1:
        return None
    toks = _masked_tokens(text, prev.content_start, prev.end, prev.quotes)
    lead = _leading_subject(toks, 0, len(toks))
    if lead is None:
        return None
    mention = _span_text(text, toks, *lead)
    spk = people.resolve(mention, toks[lead[0]].start)
    if spk is None or spk.kind != "named":
        return None
    att = Attribution("", -1, -1, mention, toks[lead[0]].start, toks[lead[1] - 1].end)
    att.speaker = spk
    return att


def _has_cue(label: str, cues: dict[str, Cue]) -> bool:
    """A paragraph "label" that is really an attribution ("He concluded:", "Said Ellis:")."""
    return any(w.casefold() in cues for w in re.findall(r"[\w’']+", label))


def _choose(q: QuoteSpan, atts: list[Attribution], strong: list[Attribution], text: str) -> Attribution | None:
    atts = [x for x in atts if not x.object_only or x.content[0] <= q.open < x.content[1]]
    strong = [x for x in strong if x in atts]
    if not atts:
        return None
    pool = strong or atts
    # "according to X" governs its whole sentence, except words another cue relays ("quoted X as saying").
    for att in atts:
        if att.quote_anchor >= 0 and att.quote_anchor <= q.open <= att.quote_anchor + 3:
            return att
    for att in atts:
        if att.cue.startswith("quoted") and att.content[0] <= q.open < att.content[1]:
            return att
    both = [x for x in atts if x.direction == "both"]
    if both:
        return both[0]
    for att in pool:  # "“…,” the union wrote" / "she said: “…”": the cue next to the quote wins
        first = min(att.m_start, att.cue_start)
        if att.direction == "post" and q.close < first and not re.search(r"[\w\x01]", text[q.close + 1 : first]):
            return att
        after = max(att.cue_end, att.object_end)
        if att.direction == "pre" and after <= q.open and re.fullmatch(r"[\s,:]*(?:that\s*)?", text[after : q.open]):
            return att
    inside = [x for x in pool if x.content[0] <= q.open < x.content[1] or x.content[0] < q.close <= x.content[1]]
    if (len(inside) > 1 and all(x.direction == "pre" for x in inside[:2]) and not inside[-1].via
            and inside[-1].mention.casefold() not in _PRONOUN_MENTIONS and inside[-1].speaker is not None
            and inside[0].speaker is not None and inside[-1].speaker.name != inside[0].speaker.name):
        # "Chinese state media said Xi told Biden that ... “serious difficulties”": Xi's words, relayed
        inner = inside[-1]
        inner.via, inner.via_start = inside[0].mention, inside[0].m_start
        inner.via_speaker = inside[0].speaker
        return inner
    if inside:
        return inside[0]
    return min(pool, key=lambda x: min(abs(x.cue_start - q.close), abs(x.cue_end - q.open)))


_NO_CONTENT_CUES = {"speak", "speaks", "spoke", "spoken", "speaking", "called", "described … as", "as … put it"}


_ADVERBIAL_THAT = re.compile(
    r"\s*(?:(?:on|in|at|during|after|before|last|this|late|early|earlier|later|yesterday|today|tonight|again|"
    r"repeatedly|recently|privately|publicly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"[^,.;:!?\"“”\x01]{0,50}?\s+)?that\s+", re.I)


def _after_adverbial(text: str, lo: int, hi: int) -> int:
    """Past "Tuesday that", "on Monday that", "in a statement that": where the reported clause begins."""
    m = _ADVERBIAL_THAT.match(text, lo, hi)
    return m.end() if m else lo


def _indirect_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    lo, hi = _strip_span(text, lo, hi)
    lo = _after_adverbial(text, lo, hi)
    m = re.match(r"(?:(?:that|,|:|—|–)\s*)+", text[lo:hi])
    if m:
        lo += m.end()
    while True:
        while hi > lo and text[hi - 1] in ".,;:—–-!? \"”’":
            hi -= 1
        tail = re.search(r"(?:\s|^)(?:and|but|or|which|who|while)$", text[lo:hi])
        if not tail:
            break
        hi = lo + tail.start()
    lo, hi = _strip_span(text, lo, hi)
    if count_words(text[lo:hi]) < 3:
        return None
    return lo, hi


_MINOR_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as",
                "is", "are", "vs", "de", "la", "le", "du", "&", "with", "into", "about", "over", "our", "his", "her"}


_TITLE_BEFORE = re.compile(
    r"(?:\bon|\bin|’s|'s|\btitled|\bentitled|\bshow|\bprogram|\bprogramme|\bbook|\bfilm|\bdocumentary|\bseries|"
    r"\bsong|\bnovel|\bmovie|\bpodcast|\bcolumn|\bop-ed|\bnewsletter|\bessay|\bepisode|\bhashtag)\s*[\"“‘]?$"
)


def looks_like_title(quote: str) -> bool:
    """Quoted words that name a work, a programme or an act ("Face the Nation", "The 411") or a handle:
    every significant word capitalised, or no spaces and an @ or digits.  Reported with no speaker."""
    words = re.findall(r"[^\W_][\w’'-]*", quote)
    if not words or len(words) > 8 or re.search(r"[.!?]\s+\S", quote):
        return False
    if len(words) == 1 and not re.match(r"[A-Z0-9]", words[0]):
        return False
    significant = [w for w in words if w.casefold() not in _MINOR_WORDS]
    return bool(significant) and all(w[:1].isupper() or w[:1].isdigit() for w in significant) and not (
        len(words) == 1 and words[0].isalpha() and words[0][1:].islower() and len(significant) == 1 and False
    )


def _row(art, text: str, start: int, end: int, kind: str, att: Attribution | None, unit: _Unit,
         inherited: bool = False) -> dict:
    if kind == "partial" and att is not None and looks_like_title(text[start:end]) and _TITLE_BEFORE.search(
        text, max(0, start - 40), start
    ):
        att = None  # a title ("on CBS's “Face the Nation”") is mentioned, not quoted
    spk = att.speaker if att is not None else None
    via = ""
    if att is not None and att.via:
        vs = getattr(att, "via_speaker", None)
        via = vs.name if vs is not None else att.via
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
        "role": (spk.role if spk and spk.role else (att.role if att is not None and isinstance(att.role, str) else "")),
    }


def _forward_fill(rows: list[dict], units: list[_Unit], text: str) -> None:
    """A quote with no speaker that opens a sentence takes the speaker of the next attributed quote in
    its paragraph ("“A.” “B,” she said.") or the next paragraph it runs on into."""
    for k, row in enumerate(rows):
        if row["speaker_mention"] or row["kind"] not in ("direct", "continuation"):
            continue
        for nxt in rows[k + 1 :]:
            if nxt["kind"] == "indirect":
                continue
            if nxt["paragraph"] - row["paragraph"] > 1:
                break
            if nxt["paragraph"] != row["paragraph"] and not _runs_on(units, row):
                break
            if nxt["speaker_mention"]:
                for key in ("speaker", "speaker_mention", "speaker_kind", "side", "cue", "via", "speaker_start",
                            "speaker_end", "role"):
                    row[key] = nxt[key]
                break


def _runs_on(units: list[_Unit], row: dict) -> bool:
    for u in units:
        for q in u.quotes:
            if q.start == row["start"]:
                return q.runs_on
    return False


# --------------------------------------------------------------------------- public


def extract_quotes(articles: pd.DataFrame, registry: pd.DataFrame | Registry | None = None,
                   kinds: tuple[str, ...] = corpus.ANALYSED_KINDS) -> pd.DataFrame:
    """One row per quote span and per reported (indirect) statement in ``articles``.

    ``articles`` is a table like :func:`helpers.corpus.load_articles` returns
    (needs ``article_id, outlet, text``; ``title`` is used to find the
    headline when present).  ``registry`` is a speaker registry table (see
    :func:`helpers.speakers.load_registry`); default the packaged one.
    ``kinds`` are the paragraph kinds searched.  Columns: see the module
    docstring; rows are in text order within each article.
    """
    require_articles(articles, ("article_id", "outlet", "text"), QuoteInputError)
    if articles["article_id"].duplicated().any():
        dup = articles.loc[articles["article_id"].duplicated(), "article_id"].iloc[0]
        raise QuoteInputError(f"articles table has duplicate article_id {dup!r}")
    bad = articles[~articles["text"].map(lambda t: isinstance(t, str))]
    if len(bad):
        raise QuoteInputError(f"article {bad['article_id'].iloc[0]!r}: text is not a string")
    arts = articles[["article_id", "outlet", "text"]].copy()
    arts["title"] = articles["title"].fillna("").astype(str) if "title" in articles.columns else ""
    index = registry_index(registry)
    cues = load_cues()
    if arts.empty:
        return _empty()
    paras = corpus.paragraphs(arts)
    paras = paras[paras["kind"].isin(kinds)]
    sents = corpus.sentences(arts)
    sents = sents[sents["kind"].isin(kinds)]
    para_groups = dict(tuple(paras.groupby("article_id", sort=False)))
    sent_groups = dict(tuple(sents.groupby("article_id", sort=False)))
    rows: list[dict] = []
    for art in arts.itertuples(index=False):
        if art.article_id not in para_groups:
            continue
        rows.extend(_article_rows(art, para_groups[art.article_id], sent_groups.get(art.article_id, sents.iloc[:0]),
                                  index, cues))
    if not rows:
        return _empty()
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame = frame.sort_values(["article_id", "start", "end"], kind="stable")
    order = {a: k for k, a in enumerate(arts["article_id"])}
    frame = frame.sort_values(["article_id", "start"], key=lambda c: c.map(order) if c.name == "article_id" else c,
                              kind="stable").reset_index(drop=True)
    for col in ("start", "end", "paragraph", "sentence", "n_words", "speaker_start", "speaker_end"):
        frame[col] = frame[col].astype(int)
    return frame


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    for col in ("start", "end", "paragraph", "sentence", "n_words", "speaker_start", "speaker_end"):
        frame[col] = frame[col].astype(int)
    return frame
