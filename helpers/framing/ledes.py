"""Section 5 of notebook 02 (first half): what each headline and lede puts first.

Patterns around names and capitalised words, not a parser (no tagger is
available offline).

>>> first_actor("U.S. President Joe Biden and Chinese leader Xi Jinping spoke")
('U.S. President Joe Biden and Chinese leader Xi Jinping', 0, 54)
>>> headline_lede(articles)   # headline and lede of each article: first actor, verb, frames
"""

from __future__ import annotations

import pandas as pd

from ..corpus import paragraphs
from .frames import tag_frames
from .inputs import check_articles, content_sentences
from .lexicons import leaders_to_count, load_stopwords
from .naming import leader_mentions_in
from .regexes import ACTOR_JOINER, ATTRIBUTIVE, LEADING_DATELINE, NAME_BREAK, POSSESSIVE, ROLE_NOUNS
from .tokens import tokens
from .wordlists import ADVERBS, AUXILIARIES, NEGATIONS


def _capitalised_run(text: str, start: int, end: int | None, stop: frozenset[str]) -> tuple[int, int] | None:
    """The first run of capitalised words (a name, a place, an institution), leading function words skipped."""
    run: list[tuple[int, int, str, str]] = []
    for t in tokens(text, start, end):
        word = t[2]
        capital = word[:1].isupper() or word[:1].isdigit() and bool(run)
        if capital and not (not run and word.lower() in stop):
            if run and NAME_BREAK.search(text[run[-1][1] : t[0]]):
                break
            run.append(t)
        elif run:
            break
    return (run[0][0], run[-1][1]) if run else None


def first_actor(
    text: str, start: int = 0, end: int | None = None, names: list | dict | None = None
) -> tuple[str, int, int]:
    """The first actor named in ``text[start:end]``: a known leader (with title) or a run of capitalised words.

    A leader mention wins over the capitalised run it falls in ("Inside Biden’s
    call" -> "Biden"); a second actor joined by "and" or a comma is added
    ("Biden and Xi"), and so is an attributive noun ("Biden administration").
    Returns ``(actor, start, end)`` with offsets into ``text``; ``("", -1, -1)`` if none.
    """
    end = len(text) if end is None else end
    dateline = LEADING_DATELINE.match(text, start, end)
    if dateline:  # "KESSEL (Northern Wire) - ": a place line, not an actor
        start = dateline.end()
    stop = load_stopwords()
    leaders = leaders_to_count(names)
    mentions = leader_mentions_in(text, leaders, start, end)
    run = _capitalised_run(text, start, end, stop)
    if mentions and (run is None or mentions[0][2] < run[1]):
        s, e = mentions[0][2], mentions[0][3]
    elif run is not None:
        s, e = run
    else:
        return ("", -1, -1)
    # a second actor: "Biden and Xi", "Biden, Xi", "U.S. President Joe Biden and Chinese leader Xi Jinping"
    joiner = ACTOR_JOINER.match(text[e:end])
    if joiner:
        at = e + joiner.end()
        nxt = [m for m in mentions if m[2] == at]
        if nxt:
            e = nxt[0][3]
        else:
            more = _capitalised_run(text, at, min(end, at + 40), stop)
            if more and more[0] == at:
                e = more[1]
    tail = ATTRIBUTIVE.match(text, e, end) or ROLE_NOUNS.match(text, e, end)
    if tail:
        e = tail.end()
    actor = text[s:e]
    return (actor, s, e)


def main_verb(text: str, after: int, end: int | None = None) -> tuple[str, int, int]:
    """The verb right after the actor, with its auxiliaries ("has held"), adverbs skipped.

    A pattern, not a parser (no tagger is available offline): ``("", -1, -1)``
    when the actor is a possessive ("Biden’s call"), is followed by
    punctuation (an appositive), or the next words are not verb-like.
    """
    if after < 0:
        return ("", -1, -1)
    end = len(text) if end is None else end
    if POSSESSIVE.match(text[after:end]):
        return ("", -1, -1)
    stop = load_stopwords()
    toks = tokens(text, after, end)[:6]
    if not toks or text[after : toks[0][0]].strip():
        return ("", -1, -1)
    first = None
    for s, e, word, _ in toks:
        low = word.lower()
        if low in AUXILIARIES or low in NEGATIONS:
            first = s if first is None else first
            continue
        if low in ADVERBS or (low.endswith("ly") and len(low) > 4):  # "has long preached", "emphatically rejected"
            continue
        if word[:1].isupper() or low in stop or not word.isalpha():
            break
        return (text[first if first is not None else s : e], first if first is not None else s, e)
    if first is not None:  # an auxiliary used as the verb: "Biden is in Rome"
        aux_end = next(e for s, e, *_ in toks if s == first)
        return (text[first:aux_end], first, aux_end)
    return ("", -1, -1)


def headline_lede(
    articles: pd.DataFrame, lexicon: pd.DataFrame | None = None, names: list[dict] | None = None
) -> pd.DataFrame:
    """What each article puts first: its headline and its lede (first body sentence).

    Returns one row per article and part (``headline``, ``lede``):
    ``article_id, outlet, part, start, end, text, first_actor, actor_start,
    actor_end, main_verb, verb_start, verb_end, frames`` (frame labels in
    the order their first word appears).
    """
    check_articles(articles)
    paras = paragraphs(articles)
    sents = content_sentences(articles)
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = []
    for art in articles.itertuples(index=False):
        mine = paras[paras["article_id"] == art.article_id]
        head = mine[mine["kind"] == "headline"]
        body = sents[(sents["article_id"] == art.article_id) & (sents["kind"] == "body")]
        parts = []
        if len(head):
            h = head.iloc[0]
            parts.append(("headline", int(h["start"]), int(h["end"])))
        if len(body):
            b = body.iloc[0]
            parts.append(("lede", int(b["start"]), int(b["end"])))
        for part, s, e in parts:
            text = texts[art.article_id]
            actor, a_s, a_e = first_actor(text, s, e, names)
            verb, v_s, v_e = main_verb(text, a_e, e) if actor else ("", -1, -1)
            rows.append(
                {
                    "article_id": art.article_id,
                    "outlet": art.outlet,
                    "part": part,
                    "sentence": -1,
                    "start": s,
                    "end": e,
                    "text": text[s:e],
                    "first_actor": actor,
                    "actor_start": a_s,
                    "actor_end": a_e,
                    "main_verb": verb,
                    "verb_start": v_s,
                    "verb_end": v_e,
                }
            )
    table = pd.DataFrame(rows)
    if table.empty:
        return table
    table["sentence"] = range(len(table))  # a key for tag_frames
    tags = tag_frames(table, lexicon)
    labels = tags.sort_values("start").groupby("sentence")["label"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    table["frames"] = [labels.get(key, "") for key in table["sentence"]]  # "" where no frame (labels may be empty)
    return table.drop(columns="sentence")


# --------------------------------------------------------------------------- leader naming
