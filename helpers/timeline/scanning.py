"""Scanning a text with a big alternation of rules, fast and with the same matches: :class:`Scanner`.

``pattern.finditer(text)`` tries every alternative of a pattern at every
position the scan reaches; with thirty case-insensitive rules behind a
lookbehind, that is most of the cost of tagging dates.  A :class:`Scanner`
finds first the positions where a match *can* start, from the first
characters each rule can begin with (read from the parsed pattern), and
tries the pattern only there (with named rules, only the rules whose first
characters fit).  Its matches are those of ``pattern.finditer`` (same
spans, same rule), for any text:

- the starting strings are a superset: zero-width assertions inside a rule
  (lookarounds, ``\\b``, ``$``) are skipped, which only admits more;
- letters are compared in ASCII lower case (also for a case-sensitive
  pattern: that only admits more), and a position with a non-ASCII
  character in its first characters is always tried (Unicode case folding
  may match it);
- a rule whose first characters say little (``\\w+\\s+times``) is not
  filtered: its own pattern is searched for, position by position, and
  every position where it matches is tried too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from re import _constants as C  # noqa: N812 (the parser's opcodes)
from re import _parser

#: Characters tried for each class (after ASCII lower-casing): ASCII, as the filter compares ASCII text.
_LOWER_ASCII = [chr(i) for i in range(128) if not "A" <= chr(i) <= "Z"]
#: What the filter compares: ASCII letters in lower case, every ASCII digit as 0, every ASCII space as " "
#: (one key for many characters keeps the sets of starting strings small; the text keeps its length).
_KEY = {c: "0" if c.isdigit() else " " if c.isspace() else c for c in _LOWER_ASCII}
_LOWER = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
                        **{c: k for c, k in _KEY.items() if k != c}})
#: A rule whose starting strings are more than this many is searched for on its own, not filtered.
MAX_STARTS = 4000


def _category(name, ch: str) -> bool:
    """Whether ASCII ``ch`` is in a category of a Unicode str pattern (``\\d``, ``\\s``, ``\\w`` and negations)."""
    word = ch.isalnum() or ch == "_"
    return {
        C.CATEGORY_DIGIT: ch.isdigit(), C.CATEGORY_NOT_DIGIT: not ch.isdigit(),
        C.CATEGORY_SPACE: ch.isspace(), C.CATEGORY_NOT_SPACE: not ch.isspace(),
        C.CATEGORY_WORD: word, C.CATEGORY_NOT_WORD: not word,
        C.CATEGORY_UNI_DIGIT: ch.isdigit(), C.CATEGORY_UNI_NOT_DIGIT: not ch.isdigit(),
        C.CATEGORY_UNI_SPACE: ch.isspace(), C.CATEGORY_UNI_NOT_SPACE: not ch.isspace(),
        C.CATEGORY_UNI_WORD: word, C.CATEGORY_UNI_NOT_WORD: not word,
    }[name]


@cache
def _folds(regex: str, ch: str) -> bool:
    """Whether ``regex`` matches ASCII ``ch`` or its upper case, case-insensitively (as ``re`` folds case)."""
    return any(re.fullmatch(regex, c, re.IGNORECASE) for c in (ch, ch.upper()))


def _in_class(items, ch: str) -> bool:
    """Whether ASCII ``ch`` (or its upper case) is in a parsed character class."""
    negate = False
    found = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            found |= _folds(re.escape(chr(av)), ch)
        elif op is C.RANGE:
            found |= _folds(f"[{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}]", ch)
        elif op is C.CATEGORY:
            found |= _category(av, ch)
        else:
            raise ValueError(f"class item {op} not handled")
    return found != negate


@cache
def _literal_keys(code: int, negated: bool) -> frozenset[str]:
    """The keys of the ASCII characters a literal matches (or, ``negated``, does not), folding case as ``re`` does."""
    return frozenset(_KEY[c] for c in _LOWER_ASCII if _folds(re.escape(chr(code)), c) != negated)


@cache
def _class_keys(items: tuple) -> frozenset[str]:
    return frozenset(_KEY[c] for c in _LOWER_ASCII if _in_class(items, c))


def _concat(heads: set[str], tails: set[str], k: int) -> set[str]:
    out = set()
    for h in heads:
        if len(h) >= k:
            out.add(h)
        else:
            out.update((h + t)[:k] for t in tails)
        if len(out) > MAX_STARTS:
            raise OverflowError("more starting strings than MAX_STARTS: the rule says little by its first characters")
    return out


def starts(items, k: int) -> set[str]:
    """The first ``k`` characters (fewer where a match may end sooner) that ``items`` can match, lower case ASCII."""
    out = {""}
    for op, av in items:
        if all(len(s) >= k for s in out):
            break
        out = _concat(out, _node(op, av, k), k)
    return out


def _node(op, av, k: int) -> set[str]:
    if op is C.LITERAL:
        # lower-case ASCII text characters it matches (a non-ASCII one: positions with it are always tried)
        return _literal_keys(av, False)
    if op is C.NOT_LITERAL:
        return _literal_keys(av, True)
    if op is C.IN:
        return _class_keys(tuple(av))
    if op is C.ANY:
        return {_KEY[c] for c in _LOWER_ASCII if c != "\n"}
    if op is C.SUBPATTERN:
        return starts(av[-1], k)
    if op is C.BRANCH:
        return set().union(*(starts(branch, k) for branch in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        one = starts(body, k)
        out: set[str] = set()
        current = {""}
        for n in range(min(high, k) + 1):
            if n >= min(low, k):
                out |= current
            current = _concat(current, one, k)
        return out
    if op is C.ATOMIC_GROUP:
        return starts(av, k)
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}  # zero width: skipped, which admits more
    raise ValueError(f"pattern element {op} not handled")


def _trie_regex(strings: set[str]) -> str:
    """An alternation of literal strings as a trie (each branch starts with its own character)."""
    if "" in strings:
        return ""
    heads: dict[str, set[str]] = {}
    for s in strings:
        heads.setdefault(s[0], set()).add(s[1:])
    parts = [re.escape(h) + (f"(?:{_trie_regex(rest)})" if rest != {""} else "") for h, rest in sorted(heads.items())]
    return "|".join(parts)


def _structure(regex: str):
    """``(index, character, depth)`` of each parenthesis and ``|`` of ``regex`` outside classes and escapes;
    ``depth`` is the nesting after an opening parenthesis and before a closing one."""
    depth, klass, escaped = 0, False, False
    for i, ch in enumerate(regex):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif klass:
            klass = ch != "]" or regex[i - 1] == "["
        elif ch == "[":
            klass = True
        elif ch in "()|":
            depth += ch == "("
            yield i, ch, depth
            depth -= ch == ")"


def _branches(regex: str, flags: int) -> list[str]:
    """The top-level alternatives of ``regex`` (``a|b|c``), or ``[regex]``: each is filtered (or searched) on its own."""
    cuts = [i for i, ch, depth in _structure(regex) if ch == "|" and depth == 0]
    parts = [regex[a + 1 : b] for a, b in zip([-1] + cuts, cuts + [len(regex)])]
    # each alternative must parse on its own (as a check of the split); else the rule stays whole
    try:
        for part in parts:
            re.compile(part, flags)
    except re.error:
        return [regex]
    return parts


#: The last text compared and its compared form, shared by every scanner (one tuple: read and replaced whole,
#: so threads never mix two texts).
_COMPARED: list[tuple] = [(None, "")]


def compared(text: str) -> str:
    """``text`` as the scanners compare it (ASCII lower case, digits as 0, spaces as " "): same length, same offsets."""
    last = _COMPARED[0]
    if last[0] is not text:
        last = _COMPARED[0] = (text, text.translate(_LOWER))
    return last[1]


def _leading_lookbehind(regex: str) -> str:
    """The lookbehind ``regex`` starts with (``(?<![\\w-])``), or ""."""
    if not regex.startswith("(?<"):
        return ""
    for i, ch, depth in _structure(regex):
        if ch == ")" and depth == 1:
            return regex[: i + 1]
    return ""


def _keeps(before: str) -> bool:
    """Whether the lookbehind ``before`` says the same after each ASCII character and after its key."""
    if not before:
        return True
    test = re.compile(before)
    for c in _LOWER_ASCII + [chr(i) for i in range(ord("A"), ord("Z") + 1)]:
        key = c.translate(_LOWER)
        if bool(test.match(c + "a", 1)) != bool(test.match(key + "a", 1)):
            return False
    return True


class Scanner:
    """``pattern.finditer`` over a text, trying the pattern only where a match can start.

    With ``rules``, ``pattern`` is ``before (?:(?P<a>...)|(?P<b>...)|...)
    after``: ``rules`` gives the named alternatives ``[(name, regex), ...]``,
    ``before`` its zero-width prefix (a lookbehind) and ``after`` its suffix (a lookahead);
    at each position only the rules whose first characters fit are tried,
    and a match has its rule as ``lastgroup`` (its other groups are numbered
    differently).  Without ``rules``, the whole pattern is tried where it
    can start, and its matches are the pattern's own.  ``k`` is how many
    first characters are compared.  Matches must not be empty.
    """

    def __init__(self, pattern: re.Pattern, rules: list[tuple[str, str]] | None = None, before: str = "",
                 after: str = "", k: int = 6, build_after: int = 200_000):
        if rules is not None and pattern.pattern != before + "(?:" + "|".join(
                f"(?P<{n}>{r})" for n, r in rules) + ")" + after:
            raise ValueError("Scanner: pattern is not before + the named rules + after")
        self.pattern, self.k = pattern, k
        self._spec = (rules, before, after)
        # building costs what scanning some text costs (up to half a second): until ``build_after``
        # characters have been read, the pattern scans them itself (same matches), so short texts never pay it
        self.build_after, self._read, self._built = build_after, 0, False

    def _build(self) -> None:
        """The rules, their starting strings and the candidates pattern."""
        pattern, k, (rules, before, after) = self.pattern, self.k, self._spec
        flags = pattern.flags
        if rules is None:
            whole = [(None, pattern.pattern)]
            self.rules = [pattern]
            if len(_branches(pattern.pattern, flags)) == 1:  # its lookbehind screens candidates (and stays in it)
                before = _leading_lookbehind(pattern.pattern)
        else:
            whole = rules
            self.rules = [re.compile(f"{before}(?P<{name}>{regex}){after}", flags) for name, regex in rules]
        self.starts: list[tuple[int, set[str]]] = []  # (rule, the starting strings of one of its alternatives)
        self.alone: list[re.Pattern] = []
        for i, (_, regex) in enumerate(whole):
            for branch in _branches(regex, flags):
                try:
                    found = starts(_parser.parse(branch, flags), k)
                except OverflowError:
                    found = {""}
                if "" in found:  # searched for on its own
                    alone = branch if rules is None else f"{before}(?:{branch}){after}"
                    self.alone.append(re.compile(alone, flags))
                else:
                    self.starts.append((i, found))
        filtered = set().union(*(found for _, found in self.starts))
        # a position whose first characters are listed, or hold a non-ASCII character (folding may match it)
        non_ascii = "|".join("." * i + r"[^\x00-\x7f]" for i in range(k))
        # ``before`` screens candidates only where it reads the compared text as the text (\w, \s, \d: yes)
        screen = before if _keeps(before) else ""
        self.candidates = re.compile(f"{screen}(?=(?s:{_trie_regex(filtered) or '(?!)'}|{non_ascii}))")
        self._rules_at: dict[str, tuple[re.Pattern, ...]] = {}
        self._last: tuple[str, str, list[int]] | None = None
        self._built = True

    def _rules_for(self, key: str) -> tuple[re.Pattern, ...]:
        """The rules, in order, that can match text whose first characters are ``key`` (as compared)."""
        found = self._rules_at.get(key)
        if found is None:
            if len(self._rules_at) > 100_000:  # a lookup table of short strings, bounded
                self._rules_at.clear()
            hits = sorted({i for i, strings in self.starts for n in range(1, len(key) + 1) if key[:n] in strings})
            found = self._rules_at[key] = tuple(self.rules[i] for i in hits)
        return found

    def _prepared(self, text: str) -> tuple[str, str, list[int]]:
        """``text``, its compared form and every candidate position in it; kept for the next call on the same text
        (one text only: the sentences of one article are read one after the other)."""
        last = self._last
        if last is None or last[0] is not text:
            lowered = compared(text)
            last = self._last = (text, lowered, [m.start() for m in self.candidates.finditer(lowered)])
        return last

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """The matches of ``pattern.finditer(text, start, end)``."""
        end = len(text) if end is None else end
        if not self._built:
            self._read += end - start
            if self._read <= self.build_after:
                return self.pattern.finditer(text, start, end)
            self._build()
        return self._scan(text, start, end)

    def _scan(self, text: str, start: int, end: int):
        _, lowered, candidates = self._prepared(text)
        # candidates read from the whole text: a superset of those in text[start:end] (the same starting characters)
        positions = candidates[bisect_left(candidates, start) : bisect_left(candidates, end)]
        alone: set[int] = set()
        for pattern in self.alone:
            at = start
            while (m := pattern.search(text, at, end)) is not None:
                alone.add(m.start())
                at = m.start() + 1
        if alone:
            positions = sorted(alone.union(positions))
        k, full = self.k, self.pattern.match
        reached = start
        for p in positions:
            if p < reached:
                continue
            key = lowered[p : min(p + k, end)]
            if p in alone or not key.isascii():
                m = full(text, p, end)
            else:
                m = None
                for rule in self._rules_for(key):
                    m = rule.match(text, p, end)
                    if m is not None:
                        break
            if m is not None:
                if m.end() == p:
                    raise ValueError("Scanner does not handle empty matches")
                reached = m.end()
                yield m


@cache
def scanner_for(pattern: re.Pattern) -> Scanner:
    """A :class:`Scanner` of the whole ``pattern``, one per pattern (built after a million characters read)."""
    return Scanner(pattern, build_after=1_000_000)
