"""Who a cue belongs to: the noun phrase before or after it, and the role written beside it.

Token ranges are ``(i, j)``: tokens ``i`` to ``j`` (exclusive) of a sentence
from :func:`helpers.quotes.tokens.masked_tokens`.  ``floor`` is the first
token a rule may read back to (just after an earlier attribution).
"""

from __future__ import annotations

from .lexicon import (
    ADJECTIVES_IN_NP,
    AUX,
    BOUNDARY_WORDS,
    CLAUSE_OPENERS,
    DANGLING_WORDS,
    DETERMINERS_OR_NUMBERS,
    INSTITUTION_NOUNS,
    IRREGULAR_PAST,
    NEGATIONS,
    NOT_ADVERBS,
    NOT_VERBS,
    PRONOUN_SUBJECTS,
    STOP_AFTER_NP,
)
from .nouns import nounish, person_noun, singular
from .patterns import ADVERB_LY, VERBISH
from .people import appositive_after, title_before
from .tokens import Tok


def is_adverb(low: str) -> bool:
    return bool(ADVERB_LY.match(low)) and low not in NOT_ADVERBS


def adverb_token(t: Tok) -> bool:
    """An -ly adverb, not a capitalised name ending in -ly ("Gov. Ann Lowly", "Mr. Kelly")."""
    return is_adverb(t.low) and not t.text[:1].isupper()


def np_after(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Token range [i, j) of a noun phrase starting at token i (for "said X", "according to X")."""
    j = i
    n = len(toks)
    while j < n and toks[j].kind == "W":
        low = toks[j].low
        if j > i and (low in STOP_AFTER_NP or adverb_token(toks[j])):
            break
        if j > i and VERBISH.match(low) and not toks[j].text[:1].isupper() and low not in ADJECTIVES_IN_NP:
            break
        j += 1
        if j - i > 10:
            return None
    # Allow "X's Y" and apostrophe forms; require something.
    return (i, j) if j > i else None


def np_before(toks: list[Tok], end: int, floor: int) -> tuple[int, int]:
    """Token range [i, end) of the subject ending just before token ``end`` (reading back to ``floor``)."""
    j = end
    while j > floor and toks[j - 1].kind == "W" and (toks[j - 1].low in AUX or toks[j - 1].low in NEGATIONS
                                                      or adverb_token(toks[j - 1])):
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
        if i == j and t.low in PRONOUN_SUBJECTS:
            i -= 1
            break  # "the impact it said": the pronoun alone
        if i < j and VERBISH.match(t.low) and not t.text[:1].isupper() and t.low not in NOT_VERBS:
            break
        if i < j and t.low == "to" and toks[i].text[:1].islower() and not (
                singular(toks[i].low) in INSTITUTION_NOUNS or person_noun(toks[i].low)):
            break  # "is likely to placate nervous Democrats, who argued": an infinitive, not "ambassador to China"
        if t.low in BOUNDARY_WORDS and not (t.low == "and" and i < j and nounish(toks[i - 2]) if i >= 2 else False):
            break
        if t.low in AUX and t.low not in ("long",) and i < j:
            break
        i -= 1
        if j - i > 11:
            break
    return i, j


def valid_speaker(toks: list[Tok], i: int, j: int) -> bool:
    """Whether tokens [i, j) can be a speaker: a name, a pronoun, a person or an institution noun."""
    if j <= i or j - i > 11:
        return False
    words = toks[i:j]
    if any(w.kind == "Q" for w in words):
        return False
    last = words[-1].low
    if last in BOUNDARY_WORDS or last in DANGLING_WORDS:
        return False
    for w in words:
        if w.kind != "W":
            continue
        low = w.low.replace("’s", "").replace("'s", "")
        if w.text[:1].isupper() or low in PRONOUN_SUBJECTS or person_noun(low) or low in INSTITUTION_NOUNS or (
                singular(low) in INSTITUTION_NOUNS and low != "news") or (
                low in ("percent", "%") and w is words[-1]):  # "63 percent said": a poll's respondents
            if len(words) == 1 and w.text[:1].isupper() and low in {"this", "that", "there", "what"}:
                return False
            return True
    return False


def subject(toks: list[Tok], i: int, floor: int) -> tuple[int, int] | None:
    """The speaker before the cue at token ``i``: plain, appositive, relative or coordinated."""
    k = i
    while k > floor and toks[k - 1].kind == "W" and (toks[k - 1].low in AUX or toks[k - 1].low in NEGATIONS):
        k -= 1
    if k - 2 > floor and toks[k - 1].low in ("who", "which") and toks[k - 2].text == ",":
        s, e = np_before(toks, k - 2, floor)  # "Trump, who says he is honored"
        if s < e and valid_speaker(toks, s, e):
            return s, e
    s, e = np_before(toks, i, floor)
    # "Chinese officials and analysts have blamed ... and said": not the subject of the clause
    if s < e and valid_speaker(toks, s, e) and not (s > floor and toks[s - 1].low == "and" and s >= 2):
        return s, e
    # "X, <appositive>, said"
    k = i
    while k > floor and toks[k - 1].kind == "W" and (toks[k - 1].low in AUX or toks[k - 1].low in NEGATIONS
                                                      or ADVERB_LY.match(toks[k - 1].low)):
        k -= 1
    if k > floor and toks[k - 1].text == ",":
        got = _appositive_subject(toks, k - 1, floor)
        if got:
            return got
    # "<subject> <verb> ... and said": the clause subject, up to its first verb.
    if s == e and s > floor and toks[s - 1].low in ("and", "but"):
        # "I laughed and said", "Trump smiled and added": a pronoun or name, one verb, "and"
        if s - 3 >= floor and toks[s - 2].kind == "W" and toks[s - 2].text[:1].islower() and (
                toks[s - 3].low in PRONOUN_SUBJECTS or toks[s - 3].text[:1].isupper()
                and toks[s - 3].low not in DETERMINERS_OR_NUMBERS) and (s - 4 < floor or toks[s - 4].kind != "W"
                                                                          or toks[s - 4].text[:1].isupper()):
            k = s - 3
            while k - 1 >= floor and toks[k - 1].kind == "W" and toks[k - 1].text[:1].isupper():
                k -= 1
            return k, s - 2
        if floor > 0:
            return None  # another attribution in the sentence: "X said ... but said": the caller takes X
        return leading_subject(toks, floor, s)
    return None


def _appositive_subject(toks: list[Tok], comma: int, floor: int) -> tuple[int, int] | None:
    """For "X, <appositive>, said": the subject X, given the comma before the cue."""
    k = comma - 1
    while k > floor and not (toks[k].kind == "P" and toks[k].text == ","):
        if toks[k].kind == "Q" or toks[k].text in (";", ":", "(", ")"):
            return None
        k -= 1
    if k <= floor or toks[k].text != ",":
        return None
    if not toks[k + 1 : comma]:
        return None
    i, j = np_before(toks, k, floor)
    if i == j or (i > floor and toks[i - 1].kind == "W" and toks[i - 1].low not in {"and", "but", "so"}
                  and toks[i - 1].kind != "P"):
        if not (i > floor and toks[i - 1].kind in ("P", "Q")):
            # "which Apple's chief executive, Tim Cook, called “…”": a relative clause's subject
            if i != floor and not (i > floor and toks[i - 1].low in {"and", "but", "which", "what", "whom"}):
                return None
    if not valid_speaker(toks, i, j):
        return None
    return i, j


def tail_subject(toks: list[Tok], i: int, floor: int) -> tuple[int, int] | None:
    """"…, one slide says." — any short noun phrase between a comma and a sentence-final cue."""
    if i + 1 < len(toks) and not (toks[i + 1].kind == "P" and toks[i + 1].text in (".", "!", "?")):
        return None
    s, e = np_before(toks, i, floor)
    if s == e or e - s > 5 or s == floor or toks[s - 1].text not in (",", "—", "–") and toks[s - 1].kind != "Q":
        return None
    first = toks[s]
    if first.low in DETERMINERS_OR_NUMBERS or first.text[:1].isupper():
        return s, e
    return None


def leading_subject(toks: list[Tok], floor: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens a clause (from ``floor``), up to its first verb, if it can speak."""
    start = floor
    while start < limit and toks[start].kind != "W":
        start += 1
    if start < limit and (toks[start].low in CLAUSE_OPENERS or toks[start].low in BOUNDARY_WORDS):
        # "At a fundraiser in New York, Clinton called ...", "In August, several groups ...": the main clause
        comma = next((k for k in range(start + 1, min(limit, start + 24))
                      if toks[k].text in (",", ";", ":", "(", "—", "–")), None)
        if comma is None or toks[comma].text != ",":
            return None
        start = comma + 1
    elif start < limit and toks[start].low in ("even", "only", "now", "but", "and", "so", "yet"):
        start += 1  # "Even China, ..., said"
    elif start + 1 < limit and toks[start + 1].text == "," and is_adverb(toks[start].low):
        start += 2  # "Conversely, PolitiFact rated ..."
    if start < limit and toks[start].low in PRONOUN_SUBJECTS:
        return start, start + 1  # "she went to hospital": the pronoun is the whole subject
    m = start
    proper = False
    while m < limit and toks[m].kind == "W" and not (VERBISH.match(toks[m].low) and toks[m].low not in NOT_VERBS) \
            and toks[m].low not in AUX and toks[m].low not in BOUNDARY_WORDS:
        tk = toks[m]
        if proper and not tk.text[:1].isupper() and not toks[m - 1].low.endswith("'s") and _verb_after_name(tk.low):
            break  # "Trump took to Twitter", "Blige sings": a name, then a lower-case verb
        if tk.text[:1].isupper() and tk.low not in DETERMINERS_OR_NUMBERS:
            proper = True
        m += 1
    if m > start and m - start <= 8 and valid_speaker(toks, start, m):
        return start, m
    return None


def _verb_after_name(low: str) -> bool:
    """A lower-case word after a capitalised name that is more likely its verb than part of the noun phrase
    ("Trump took", "Blige sings"; not "Chinese officials", "European immigrants", "Trump campaign")."""
    if low in IRREGULAR_PAST:
        return True
    if not low.endswith("s") or low.endswith(("ss", "'s")) or len(low) < 4:
        return False
    return not (person_noun(low) or low in INSTITUTION_NOUNS or low[:-1] in INSTITUTION_NOUNS
                or low[:-1].endswith(("ant", "ent", "ic", "al")))


def skip_back_adverbs(toks: list[Tok], k: int, floor: int) -> int:
    """``k`` moved back past adverbs and auxiliaries ("and repeatedly says")."""
    while k > floor and toks[k].kind == "W" and (ADVERB_LY.match(toks[k].low) and not toks[k].text[:1].isupper()
                                                 or toks[k].low in AUX):
        k -= 1
    return k


def role_after(text: str, toks: list[Tok], e: int) -> str:
    """An appositive after a mention: ", a foreign policy expert at Renmin University in Beijing"."""
    if e >= len(toks):
        return ""
    return appositive_after(text, toks[e - 1].end)


def role_between(text: str, toks: list[Tok], rng: tuple[int, int], cue_i: int) -> str:
    """The appositive between a subject and its cue ("Evan Medeiros, an Asia expert ..., said"), or the title
    before the subject."""
    s, e = rng
    role = ""
    if e < cue_i and toks[e].text == ",":
        role = appositive_after(text, toks[e - 1].end)
    return role or title_before(text, toks[s].start)
