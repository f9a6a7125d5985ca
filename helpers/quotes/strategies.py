"""Finding the attributions of a writer's sentence: each strategy, in the order they are tried.

At each token of the sentence (quotations masked, :mod:`.tokens`), the
phrase strategies come first, in :data:`PHRASE_STRATEGIES` order:

- :func:`according_to`: "according to X";
- :func:`as_x_put_it`: "as X put it", "as The Daily Beast called them": the whole sentence is X's;
- :func:`possessive_claim`: "his claim that ...", "Trump’s statement that ...": the possessor's words;
- :func:`dash_after_quote`: "“…” ― Carlos Raúl": a dash after a quotation, then the speaker.

Otherwise, a verb of speech (:func:`helpers.quotes.cues.cue_at`) is handed to
the verb strategies of :mod:`.verb_cues`.  Each strategy returns None when
its construction is not there, and the next one is tried.
"""

from __future__ import annotations

from .attribution import Attribution, assign_regions
from .cues import Cue, cue_at, evidence_noun
from .lexicon import (
    AS_PUT_OBJECTS,
    AS_PUT_VERBS,
    AS_SAID_VERBS,
    BOUNDARY_WORDS,
    CLAIM_NOUNS,
    DETERMINERS_OR_NUMBERS,
    NOT_AS_PUT,
    PASSIVE_PARTICIPLES,
    POSSESSIVE_PRONOUNS,
)
from .marks import QuoteSpan
from .nouns import person_noun
from .people import looks_like_role
from .subjects import np_after, role_after, skip_back_adverbs, valid_speaker
from .tokens import Tok, masked_tokens
from .verb_cues import attribution_for_cue


def find_attributions(text: str, a: int, b: int, quotes: list[QuoteSpan], cues: dict[str, Cue]) -> list[Attribution]:
    """Attributions in the writer's sentence ``text[a:b]``; quoted words are masked out first."""
    toks = masked_tokens(text, a, b, quotes)
    found: list[Attribution] = []
    i = 0
    while i < len(toks):
        for strategy in PHRASE_STRATEGIES if _may_open_phrase(toks[i], cues) else ():
            got = strategy(text, toks, i) if strategy is not passive_by_agent else strategy(text, toks, i, cues)
            if got is not None:
                found.append(got[0])
                i = got[1]
                break
        else:
            cue = cue_at(toks, i, cues)
            if cue is not None:
                att = attribution_for_cue(text, toks, i, cue, found)
                if att is not None:
                    found.append(att)
            i += 1
    assign_regions(found, a, b, text)
    # An attitude inside reported speech ("told the Americans that if they want ...") is not a new source.
    nested = [x for x in found if not x.strong and any(
        y.strong and y.direction == "pre" and y.content[0] <= x.cue_start < y.content[1] for y in found)]
    if nested:
        found = [x for x in found if x not in nested]
        assign_regions(found, a, b, text)
    for x in found:
        if x.fixed_content is not None:
            x.content = x.fixed_content
    return found


def _may_open_phrase(t: Tok, cues: dict[str, Cue]) -> bool:
    """Whether any phrase strategy can start at token ``t``: each asks this of its first token before anything else
    (most tokens are none of these, so the strategies are not called for them; the result is the same)."""
    return t.kind == "Q" or t.low in _PHRASE_OPENERS or t.low in CLAIM_NOUNS or t.low in cues


def according_to(text: str, toks: list[Tok], i: int) -> tuple[Attribution, int] | None:
    """"according to X": the attribution and the token after X."""
    t = toks[i]
    if not (t.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to"):
        return None
    rng = np_after(toks, i + 2)
    evidence = next((k for k in range(*rng) if evidence_noun(toks[k].low)), None) if rng else None
    if evidence is not None:
        # "according to a tally by the state board": whoever made it; "according to court records": the records
        source = np_after(toks, evidence + 2) if evidence + 2 < len(toks) and toks[evidence + 1].low in (
            "by", "from", "of") else None
        if source and valid_speaker(toks, *source):
            rng = source
    elif not (rng and valid_speaker(toks, *rng)):
        return None
    att = Attribution.of_tokens("according to", t.start, toks[i + 1].end, text, toks, rng, direction="both")
    att.role = role_after(text, toks, rng[1])
    return att, rng[1]


def as_x_put_it(text: str, toks: list[Tok], i: int) -> tuple[Attribution, int] | None:
    """"As Ms. Simonyan put it in a statement, RT is “…”" / "as a Homeland Security memo put it": X's words,
    wherever they sit in the sentence.  Returns the attribution and the token index after it."""
    n = len(toks)
    if toks[i].low != "as" or not (i == 0 or toks[i - 1].kind != "W" or toks[i - 1].low in ("and", "but", "or")):
        return None
    comma = -1
    if i + 1 >= n or toks[i + 1].low in NOT_AS_PUT:
        return None  # "as for RT's bent, he said", "as well"; "as a result"
    for j in range(i + 2, min(n, i + 40)):
        tk = toks[j]
        if tk.kind == "Q" or tk.text in (";", ":", "(", ")") or tk.low in BOUNDARY_WORDS and tk.low != "and":
            return None
        if tk.text == ",":
            if comma >= 0 and j - comma > 25:
                return None
            comma = j if comma < 0 else comma
            continue
        if tk.low not in AS_PUT_VERBS:
            continue
        after = toks[j + 1] if j + 1 < n else None
        if tk.low in AS_SAID_VERBS:
            if after is not None and after.kind == "W":
                return None  # "as X said he would": a clause, not "as X said,"
        elif after is None or after.low not in AS_PUT_OBJECTS:
            continue
        k = skip_back_adverbs(toks, j - 1, i) + 1
        end = comma if 0 <= comma < k else k
        if not valid_speaker(toks, i + 1, end) or toks[k - 1].text == ",":
            if not (comma >= 0 and toks[k - 1].text == "," and valid_speaker(toks, i + 1, comma)):
                return None
        att = Attribution.of_tokens("as … put it", toks[j].start, toks[min(j + 1, n - 1)].end, text, toks,
                                    (i + 1, end), direction="both")
        if comma >= 0 and comma < k:
            att.role = _appositive_after_comma(text, toks, comma, k)
        return att, j + 2
    return None


def _appositive_after_comma(text: str, toks: list[Tok], comma: int, k: int) -> str:
    last = k - 1 if toks[k - 1].text != "," else k - 2
    if last <= comma:
        return ""
    role = text[toks[comma + 1].start : toks[last].end]
    return role if looks_like_role(role) else ""


def possessive_claim(text: str, toks: list[Tok], i: int) -> tuple[Attribution, int] | None:
    """"his claim that ...", "Trump’s repeated assertion that ...", "the senator's reply: “…”": the possessor
    said it."""
    if not (toks[i].low in CLAIM_NOUNS and i + 1 < len(toks) and (
            toks[i + 1].low == "that" or toks[i + 1].text == ":" and i + 2 < len(toks) and toks[i + 2].kind == "Q")):
        return None
    k = i - 1
    while k >= 0 and toks[k].kind == "W" and toks[k].text[:1].islower() and not toks[k].low.endswith("'s") \
            and toks[k].low not in POSSESSIVE_PRONOUNS and i - k <= 2:
        k -= 1  # "repeated", "false", "earlier"
    if k < 0 or toks[k].kind != "W":
        return None
    owner = toks[k]
    if owner.low in POSSESSIVE_PRONOUNS:
        s = k
        mention = owner.text
    elif owner.low.endswith("'s") and (owner.text[:1].isupper() or person_noun(owner.low[:-2])):
        s = k
        while s - 1 >= 0 and toks[s - 1].kind == "W" and (toks[s - 1].text[:1].isupper()
                                                           or s == k and toks[s - 1].low in DETERMINERS_OR_NUMBERS):
            s -= 1
        mention = text[toks[s].start : owner.end - 2]
        if not mention.strip():
            return None
    else:
        return None
    att = Attribution(toks[i].text.casefold(), toks[i].start, toks[i + 1].end, mention, toks[s].start,
                      toks[s].start + len(mention), direction="pre")
    return att, i + 2


def dash_after_quote(text: str, toks: list[Tok], i: int) -> tuple[Attribution, int] | None:
    """"“…” ― Carlos Raúl": a dash after a quotation, then the speaker's name."""
    n = len(toks)
    if not (toks[i].kind == "Q" and i + 2 < n and toks[i + 1].text in ("―", "—", "–", "-")
            and toks[i + 2].kind == "W"):
        return None
    rng = np_after(toks, i + 2)
    if not (rng and valid_speaker(toks, *rng) and (rng[1] == n or toks[rng[1]].kind != "W")):
        return None
    att = Attribution.of_tokens("—", toks[i + 1].start, toks[i + 1].end, text, toks, rng, direction="post")
    att.role = role_after(text, toks, rng[1])
    return att, rng[1]


def passive_by_agent(text: str, toks: list[Tok], i: int, cues: dict[str, Cue]) -> tuple[Attribution, int] | None:
    """"was branded “a disgrace” by the campaign", "the plan, dismissed as “a fantasy” by the mayor": a cue in
    the passive, a quotation, then "by" and the speaker, who said those words."""
    t = toks[i]
    if t.kind != "W" or t.low not in cues or not (t.low.endswith("ed") or t.low in PASSIVE_PARTICIPLES):
        return None
    quote = None
    for j in range(i + 1, min(len(toks), i + 12)):
        tk = toks[j]
        if tk.kind == "Q":
            quote = quote or tk
        elif tk.low == "by" and quote is not None:
            rng = np_after(toks, j + 1)
            if not (rng and valid_speaker(toks, *rng)):
                return None
            att = Attribution.of_tokens(f"{t.low} … by", t.start, tk.end, text, toks, rng, direction="pre")
            att.quote_anchor = quote.start
            att.fixed_content = (quote.start, quote.end)
            att.role = role_after(text, toks, rng[1])
            return att, rng[1]
        elif tk.kind == "P" and tk.text != "," or tk.low in BOUNDARY_WORDS and tk.low != "as":
            return None  # "as": "dismissed as “…” by"
    return None


PHRASE_STRATEGIES = (according_to, as_x_put_it, possessive_claim, dash_after_quote, passive_by_agent)
#: The first words of :func:`according_to` and :func:`as_x_put_it`.
_PHRASE_OPENERS = frozenset({"according", "as"})
