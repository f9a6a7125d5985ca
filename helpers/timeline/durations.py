"""Resolvers of lengths of time and of repeated times: durations (P7M, PT90M) and sets (P1W, XXXX-WXX-1).

"seven months", "90 minutes", "the past three years", "a year and a half",
"years", "every week", "weekly", "every Monday".  "recent years" and "the
coming weeks" are reference words (PAST_REF, FUTURE_REF), as in TimeBank.
"""

from __future__ import annotations

import re

from .algebra import Resolved, mod_of
from .context import Found
from .lexicon import NUMBER_WORDS, PARTS_OF_DAY, SET_ADVERBS, UNIT_FACTOR, UNITS, WEEKDAYS
from .patterns import DASH, NUMBER, PART, UNIT, UNIT_ANY, UNITS_PL, VAGUE, VAGUE_FUTURE, VAGUE_PAST


def number_of(word: str) -> float | None:
    """A number written in digits or words ("seven", "twenty-four", "5 1/2"), or None if vague."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", w):
        return float(w.replace(",", ""))
    m = re.fullmatch(r"(\d+) 1/2", w)
    if m:
        return int(m.group(1)) + 0.5
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _number_text(n: float) -> str:
    """7.0 -> "7", 0.5 -> "0.5"."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit_word: str) -> str:
    """The TIMEX3 value of ``n`` units (P7M, PT90M, P1Y6M); ``n=None`` is a vague amount (PXY)."""
    unit = unit_word.lower().rstrip("s") if unit_word.lower() != "centuries" else "century"
    letter, is_time, _ = UNITS[unit]
    factor = UNIT_FACTOR.get(unit, 1)
    if n is None:
        amount = "X"
    else:
        total = n * factor
        whole = int(total)
        if total != whole:  # 5 1/2 hours -> PT5H30M, a year and a half -> P1Y6M
            smaller = {"Y": ("M", 12), "M": ("S", 60) if is_time else ("D", 30), "H": ("M", 60), "D": ("H", 24),
                       "W": ("D", 7), "S": ("S", 1)}
            small_letter, mult = smaller.get(letter, (letter, 1))
            rest = _number_text((total - whole) * mult)
            head = f"{whole}{letter}" if whole else ""
            if is_time or small_letter == "H":
                return f"PT{head}{rest}{small_letter}" if is_time else f"P{head}T{rest}H"
            return f"P{head}{rest}{small_letter}"
        amount = _number_text(total)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _last_unit(low: str, tail: str = "") -> str | None:
    """The unit word that ends ``low`` (before ``tail``): "months" in "the past three months"."""
    m = re.search(rf"({UNIT_ANY}){tail}$", low)
    return m.group(1) if m else None


def duration(f: Found) -> Resolved | None:
    """"seven months", "the past three years", "90 minutes", "a year and a half"."""
    low = f.low
    unit_word = _last_unit(low, r"(?:\s+and\s+a\s+half)?")
    if unit_word is None:
        return None
    number_match = re.search(rf"(?:^|\s)({NUMBER}|{VAGUE})(?:-|\s+)(?:and\s+a\s+half\s+)?{re.escape(unit_word)}", low)
    if not number_match:
        return None
    word = number_match.group(1)
    n = number_of(word)
    if n is None:
        reference = _vague_reference(low, unit_word)
        if reference is not None:
            return reference
    if word in ("a", "an") and re.match(r"(?:the|this|these)\s", low):
        return None
    if "and a half" in low and n is not None:
        n += 0.5
    if n is not None and n > 1000:  # "2,000 years" of history is not a span a news event has
        return None
    unit = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    if unit == "quarter" and n is not None and n < 1:
        return None
    return Resolved("DURATION", duration_value(n, unit_word), "", None, None, mod_of(low))


def duration_range(f: Found) -> Resolved | None:
    """"two to three weeks", "between two and four weeks", "12-18 months", "weeks or months".

    One length, valued at its lower end with mod EQUAL_OR_MORE (TimeBank
    values "two to three weeks" P2W); units with no number ("weeks or
    months") are PXW, the first unit.
    """
    low = f.low
    plain = re.fullmatch(rf"({UNITS_PL})\s+or\s+(?:even\s+)?{UNITS_PL}", low)
    if plain:
        return Resolved("DURATION", duration_value(None, plain.group(1)), "", None, None, "")
    unit_word = _last_unit(low)
    numbers = re.findall(rf"(?:^|\s|between\s|{DASH})({NUMBER})(?=\s+(?:and|to|or)\s|\s*{DASH}|(?:-|\s+){re.escape(unit_word)}$)", low)
    if unit_word is None or len(numbers) < 2:
        return None
    low_end, high_end = number_of(numbers[-2]), number_of(numbers[-1])
    if low_end is None or high_end is None or not 0 < low_end < high_end or high_end > 1000:
        return None
    return Resolved("DURATION", duration_value(low_end, unit_word), "", None, None, "EQUAL_OR_MORE")


def _vague_reference(low: str, unit_word: str) -> Resolved | None:
    """"recent years", "the past few months", "the coming weeks": a reference word, not a length (TimeBank)."""
    if not (unit_word.endswith("s") or unit_word == "centuries"):
        return None
    if VAGUE_PAST.search(low):
        return Resolved("DATE", "PAST_REF", "", None, None, "", "dct")
    if VAGUE_FUTURE.search(low):
        return Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")
    return None


def unit_duration(f: Found) -> Resolved | None:
    """"the past year", "years", "recent months": a unit with no number."""
    low = f.low
    unit_word = _last_unit(low)
    if unit_word is None:
        return None
    reference = _vague_reference(low, unit_word)
    if reference is not None:
        return reference
    vague = unit_word.endswith("s") or "few" in low or "several" in low
    value = duration_value(None if vague else 1, unit_word)
    return Resolved("DURATION", value, "", None, None, "")


def set_of_times(f: Found) -> Resolved:
    """"every week", "weekly", "each Monday", "every morning", "twice a year"."""
    low = f.low
    if low in SET_ADVERBS:
        return Resolved("SET", SET_ADVERBS[low], "", None, None, "")
    wd = re.search(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", low)
    if wd:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[wd.group(1)] + 1}", "", None, None, "")
    part = re.search(PART + "$", low)
    if part:
        return Resolved("SET", f"T{PARTS_OF_DAY[part.group()]}", "", None, None, "")
    unit_word = re.search(rf"({UNIT})$", low).group(1)
    value = duration_value(2 if "other" in low else 1, unit_word)
    return Resolved("SET", value, "", None, None, "")

