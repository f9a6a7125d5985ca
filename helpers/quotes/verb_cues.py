"""Attributions made by a verb of speech: one strategy per construction, tried in order by :func:`attribution_for_cue`.

- ``quoted X as saying``: X speaks, the subject relays (:func:`quoted_as_saying`);
- ``described … as`` / ``referred to … as`` / ``called … “…”`` / ``called for``: the subject's words
  (:func:`described_or_called`);
- inverted, ``“…,” said X`` (:func:`inverted`);
- a participle: ``After saying …, she …`` takes the main clause's subject, ``…, adding that …`` the
  speaker of the attribution before it (:func:`opening_participle`, :func:`participle_after_comma`);
- after a document's noun, ``issued a statement saying …`` (:func:`document_participle`), and
  ``with a spokeswoman saying …``: the participle's subject;
- preposed, ``X said …`` or ``…, X said.`` (:func:`preposed`), with the part of the sentence it governs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .attribution import Attribution
from .cues import Cue, closes_quoted_sentence, statement_participle, with_participle
from .lexicon import (
    BE_FORMS,
    CONTENT_STARTS,
    DETERMINERS_OR_NUMBERS,
    ISSUE_VERBS,
    NOUN_PHRASE_WORDS,
    NOT_INVERTED_START,
    PRONOUN_SUBJECTS,
    SPEECH_ACTS,
    STOP_AFTER_NP,
    SUBORDINATORS,
    TAIL_ADVERBIAL_STARTS,
)
from .patterns import VERBISH
from .subjects import (
    leading_subject,
    np_after,
    role_after,
    role_between,
    skip_back_adverbs,
    subject,
    tail_subject,
    valid_speaker,
)
from .tokens import Tok, span_text

COMMA_OR_DASH = (",", "—", "–")


@dataclass
class Site:
    """A cue at token ``i`` of a sentence, with the attributions found before it in the sentence."""

    text: str
    toks: list[Tok]
    i: int
    cue: Cue
    found: list[Attribution]
    floor: int  # the first token a subject may be read back to: just after the last attribution

    @property
    def tok(self) -> Tok:
        return self.toks[self.i]

    @property
    def prev(self) -> Tok | None:
        return self.toks[self.i - 1] if self.i > 0 else None

    def attribution(self, rng: tuple[int, int], **more) -> Attribution:
        """This cue (as written, lower case), said by tokens ``rng``."""
        return Attribution.of_tokens(self.tok.text.casefold(), self.tok.start, self.tok.end, self.text, self.toks,
                                     rng, **more)

    def as_before(self, base: Attribution) -> Attribution:
        """This cue, said by the speaker of ``base`` ("X said ... and added", "..., adding that")."""
        t = self.tok
        return Attribution(t.text.casefold(), t.start, t.end, base.mention, base.m_start, base.m_end,
                           strong=self.cue.strong, role=base.role)


def attribution_for_cue(text: str, toks: list[Tok], i: int, cue: Cue, found: list[Attribution]) -> Attribution | None:
    """The attribution made by the cue at token ``i``, or None when no speaker can be found for it."""
    floor = 0
    if found:
        floor = next((k for k, tk in enumerate(toks) if tk.start >= found[-1].cue_end), 0)
    site = Site(text, toks, i, cue, found, floor)
    if cue.lemma == "quote":
        return quoted_as_saying(site)
    if cue.lemma in ("describe", "call") or cue.lemma == "refer" and i + 1 < len(toks) and toks[i + 1].low == "to":
        return described_or_called(site)
    att = inverted(site)
    if att is not None:
        return att
    t, prev = site.tok, site.prev
    if t.low.endswith("ing") and i == 1 and prev.low in SUBORDINATORS:
        return opening_participle(site)
    if t.low.endswith("ing") and statement_participle(toks, i):
        return document_participle(site)
    if t.low.endswith("ing") and i >= 2 and prev.low in SUBORDINATORS and toks[i - 2].kind == "W":
        return clause_subject_participle(site)  # "ended the debate by saying ..."
    with_at = with_participle(toks, i) if t.low.endswith("ing") else -1
    if with_at >= 0 and valid_speaker(toks, with_at + 1, i):
        return site.attribution((with_at + 1, i), direction="pre", strong=site.cue.strong)
    if t.low.endswith("ing") and prev is not None and (prev.text in COMMA_OR_DASH or (
            prev.low in SUBORDINATORS and i >= 2 and toks[i - 2].text in (*COMMA_OR_DASH, "-"))):
        return participle_after_comma(site)
    return preposed(site)


def quoted_as_saying(site: Site) -> Attribution | None:
    """"State media quoted Mr Xi as saying ...": Xi speaks, state media relays; "X was quoted as saying"."""
    text, toks, i, floor = site.text, site.toks, site.i, site.floor
    n = len(toks)
    rng = np_after(toks, i + 1)
    as_at = next((m for m in range(i + 1, min(n, i + 12)) if toks[m].low == "as"), None)
    if as_at is None or as_at + 1 >= n or toks[as_at + 1].low not in ("saying", "telling", "writing", "stating"):
        return None
    cue_start, cue_end = site.tok.start, toks[as_at + 1].end
    if rng and rng[1] <= as_at and valid_speaker(toks, rng[0], as_at):
        via_rng = subject(toks, i, floor)
        if via_rng is None and site.found and i > 0 and toks[i - 1].low in ("and", "but"):
            base = site.found[-1]  # "China's foreign ministry said ..., and quoted Mr Xi as saying"
            via_rng = next(((p, q + 1) for p in range(len(toks)) for q in range(p, len(toks))
                            if toks[p].start == base.m_start and toks[q].end == base.m_end), None)
        att = Attribution.of_tokens("quoted … as saying", cue_start, cue_end, text, toks, (rng[0], as_at))
        if via_rng:
            att.via = span_text(text, toks, *via_rng)
            att.via_start = toks[via_rng[0]].start
        return att
    if i > 0 and toks[i - 1].low in BE_FORMS:  # "was quoted as saying"
        rng2 = subject(toks, i - 1, floor)
        if rng2:
            return Attribution.of_tokens("quoted … as saying", cue_start, cue_end, text, toks, rng2)
    return None


def described_or_called(site: Site) -> Attribution | None:
    """"described the tone of the call as “…”", "which she described as", "called the plan “…”"."""
    toks, i, t = site.toks, site.i, site.tok
    n = len(toks)
    as_at = next((m for m in range(i + 1, min(n, i + 14)) if toks[m].low == "as"), None)
    if site.cue.lemma in ("describe", "refer") and as_at is None:
        return None
    if site.cue.lemma == "call":
        if i + 2 < n and toks[i + 1].low in ("for", "on") and t.low != "call" and toks[i + 2].kind == "W":
            return called_for(site)
        if i + 1 < n and toks[i + 1].low in ("for", "on", "off", "up", "in", "out", "back"):
            return None
        if not any(tk.kind == "Q" for tk in toks[i + 1 : i + 11]):  # "called Mr. Obama's remarks on Saturday “…”"
            return None
    rng = subject(toks, i, site.floor)
    if rng is None:
        return None
    anchor = toks[as_at].end if as_at is not None else t.end
    label = {"describe": "described … as", "refer": "referred to … as"}.get(site.cue.lemma, "called")
    att = Attribution.of_tokens(label, t.start, anchor,
                                site.text, toks, rng, direction="pre")
    att.quote_anchor = anchor
    att.strong = True
    att.role = role_between(site.text, toks, rng, i)
    return att


def called_for(site: Site) -> Attribution | None:
    """"the NAACP called for a moratorium", "Obama calls on Congress to act": a demand, reported."""
    rng = subject(site.toks, site.i, site.floor)
    if rng is None:
        return None
    following = site.toks[site.i + 1]
    att = Attribution.of_tokens(f"{site.tok.text.casefold()} {following.low}", site.tok.start, following.end,
                                site.text, site.toks, rng, direction="pre", strong=False)
    att.role = role_between(site.text, site.toks, rng, site.i)
    return att


def inverted(site: Site) -> Attribution | None:
    """"..., said a senior administration official" / "“…,” said Shi Yinhong, a ...": the speaker after the cue.
    None when the cue is not inverted (the other strategies are tried next)."""
    toks, i, prev = site.toks, site.i, site.prev
    n = len(toks)
    if not (site.cue.invertible and (prev is None or prev.kind == "Q" or prev.text in (",", ":")) and i + 1 < n):
        return None
    rng = np_after(toks, i + 1)
    if not (rng and valid_speaker(toks, *rng) and toks[rng[0]].low not in NOT_INVERTED_START):
        return None
    rest = toks[rng[1]:]
    quoted_before = prev is None or any(tk.kind == "Q" for tk in toks[:i])
    if not quoted_before and rest and not (rest[0].text in (".", "!", "?", ";") or rest[0].text == ","
                                           and len(rest) > 1 and rest[1].low not in ("and", "but", "or")):
        return None  # "Rawlings, 59, who watched ..., said the event brought back ...": not inverted
    if rest and rest[0].kind != "P" and rest[0].low not in STOP_AFTER_NP:
        return None
    att = site.attribution(rng, direction="post", strong=site.cue.strong)
    att.role = role_after(site.text, toks, rng[1])
    return att


def opening_participle(site: Site) -> Attribution | None:
    """"After saying her foot was “so swollen ...,” she was ...": the subject of the main clause that follows."""
    text, toks, i = site.text, site.toks, site.i
    n = len(toks)
    comma = next((k for k in range(i + 1, n) if toks[k].text == "," or toks[k].kind == "Q"
                  and text[toks[k].end - 2 : toks[k].end - 1] == ","), None)  # “…,” with the comma inside
    lead = leading_subject(toks, comma + 1, n) if comma is not None else None
    if lead is None or toks[lead[0]].low not in PRONOUN_SUBJECTS and not toks[lead[0]].text[:1].isupper():
        return None
    return site.attribution(lead, direction="pre", strong=site.cue.strong)


def document_participle(site: Site) -> Attribution | None:
    """"The city issued a statement saying ...": whoever issued the statement (the clause's subject); "the
    court cited reports alleging ...": the reports themselves."""
    toks, i = site.toks, site.i
    k = i - 1
    while k > site.floor and toks[k - 1].kind == "W" and toks[k - 1].low not in ISSUE_VERBS and i - k < 5 and (
            toks[k - 1].low in NOUN_PHRASE_WORDS
            or toks[k - 1].text[:1].islower() and not VERBISH.match(toks[k - 1].low)):
        k -= 1
    if k > 0 and toks[k - 1].low in ISSUE_VERBS:
        return clause_subject_participle(site)
    while k < i - 1 and toks[k].low in NOUN_PHRASE_WORDS and toks[k].low not in DETERMINERS_OR_NUMBERS:
        k += 1
    return site.attribution((k, i), direction="pre", strong=site.cue.strong)


def clause_subject_participle(site: Site) -> Attribution | None:
    """"She ended the debate by saying ...", "issued a statement saying ...": the main clause's subject."""
    if site.found:
        return site.as_before(site.found[-1])
    lead = leading_subject(site.toks, 0, site.i)
    if lead is None:
        return None
    return site.attribution(lead, direction="pre", strong=site.cue.strong)


def participle_after_comma(site: Site) -> Attribution | None:
    """"..., adding that ...", "..., saying ...": the speaker of the attribution before, or of the main clause."""
    if site.found:
        return site.as_before(site.found[-1])
    lead = leading_subject(site.toks, 0, site.i)  # "Clinton chimed in on Twitter, saying that ..."
    if lead is None:
        return None
    return site.attribution(lead, direction="pre", strong=site.cue.strong)


def preposed(site: Site) -> Attribution | None:
    """"X said ...", "..., one slide says.", "X said ... and added ...": the subject before the cue."""
    toks, i, found = site.toks, site.i, site.found
    rng = subject(toks, i, site.floor)
    if rng is None:
        rng = tail_subject(toks, i, site.floor)
    if rng is None:
        before = skip_back_adverbs(toks, i - 1, 0)  # "and repeatedly says"
        if found and before >= 0 and toks[before].low in ("and", "but"):
            return site.as_before(next((x for x in found if x.strong and x.direction == "pre"), found[0]))
        return None
    att = site.attribution(rng, strong=site.cue.strong)
    att.role = role_between(site.text, toks, rng, i)
    _set_direction(site, att, rng[0])
    return att


def _set_direction(site: Site, att: Attribution, s: int) -> None:
    """Is there content after the cue (X said <content>) or only its tail (<content>, X said)?  ``s`` is the
    first token of the speaker."""
    toks, i, cue = site.toks, site.i, site.cue
    n = len(toks)
    k = i + 1
    object_end = -1
    if cue.takes_object and k < n and toks[k].kind == "W" and toks[k].low not in CONTENT_STARTS:
        ob = np_after(toks, k)
        if ob:
            k = ob[1]
            object_end = toks[k - 1].end
    if k < n and toks[k].kind == "W" and toks[k].low in STOP_AFTER_NP and toks[k].low not in ("that", "to"):
        # "said in a statement", "said on Thursday": skip the adverbial
        k2 = k + 1
        while k2 < n and toks[k2].kind == "W" and toks[k2].low not in ("that",) and not VERBISH.match(toks[k2].low):
            k2 += 1
        if k2 < n and toks[k2].kind == "P" and toks[k2].text in (".", "!", "?", ",", ";"):
            k = k2
    tail = toks[k:]
    only_tail = all(tk.kind == "P" for tk in tail[:1]) and (
        not tail or tail[0].text in (".", "!", "?", ";", "—", "–", ")")
        or tail[0].text == "," and _tail_is_adverbial(tail))
    if only_tail and s > 0:
        att.direction = "post"
    att.object_end = object_end
    # accepted only as a speech act on its object ("blasted him for ..."): it governs that object, no quote
    att.object_only = cue.lemma in SPEECH_ACTS and not cue.strong and not any(
        tk.kind == "Q" for tk in toks[i + 1 :]) and not (i + 1 < n and (toks[i + 1].text[:1].isupper()
                                                                      or toks[i + 1].low == "that")) and not (
        closes_quoted_sentence(toks, i))
    if att.object_only:
        att.direction, att.object_end = "pre", -1  # what was cited or attacked is the reported content


def _tail_is_adverbial(tail: list[Tok]) -> bool:
    words = [tk for tk in tail[1:] if tk.kind == "W"]
    return bool(words) and words[0].low in TAIL_ADVERBIAL_STARTS
