"""Section 5 of notebook 02 (second half): how each outlet names the leaders.

>>> leader_naming(articles)   # "Mr Xi", "President Xi", "Chinese leader Xi Jinping", counted per outlet

The leaders are those of :func:`helpers.framing.lexicons.leaders_to_count`.
"""

from __future__ import annotations

import pandas as pd

from .inputs import check_articles, content_sentences
from .lexicons import leaders_to_count, load_stopwords
from .regexes import ATTRIBUTIVE, POSSESSIVE, TITLE_WORD, WHITESPACE, leader_regex
from .tone import quote_spans
from .wordlists import HEAD_TITLES, TITLE_WORDS


def leader_mentions_in(
    text: str, leaders: list[dict], start: int = 0, end: int | None = None
) -> list[tuple[str, str, int, int, int, int]]:
    """``(leader, form, start, end, name_start, name_end)`` for each leader mention in ``text[start:end]``, in order.

    ``form`` is the title words before the name as written ("Chinese leader",
    "President", "Mr") plus the name as written, without a possessive.
    """
    end = len(text) if end is None else end
    found = []
    for leader in leaders:
        for m in leader_regex(leader).finditer(text, start, end):
            ns, ne = m.span("name")
            ts = _title_start(text, ns, start)
            found.append((leader["name"], WHITESPACE.sub(" ", text[ts:ne]), ts, ne, ns, ne))
    return sorted(found, key=lambda f: f[2])


def _title_start(text: str, name_start: int, floor: int) -> int:
    """Walk back over title words ("former President", "Chinese leader", "Mr") before a name.

    Before a head title (minister, secretary, adviser, envoy …) up to two
    lower-case modifiers are taken too: "trade minister", "national security adviser".
    """
    pos = name_start
    base = max(floor, name_start - 60)
    words = list(TITLE_WORD.finditer(text[base:name_start]))
    stop = load_stopwords()
    modifiers = 0
    head = False
    for m in reversed(words):
        if text[base + m.end() : pos].strip():  # punctuation between: the title has ended
            break
        word = m.group()
        low = word.lower().rstrip(".")
        if low in TITLE_WORDS:
            head = head or low in HEAD_TITLES
        elif head and modifiers < 2 and word.islower() and low not in stop:
            modifiers += 1
        else:
            break
        pos = base + m.start()
    return pos


def leader_mentions(
    articles: pd.DataFrame, names: list | dict | None = None, quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every mention of a leader: ``article_id, outlet, leader, form, title, usage, in_quote, start, end, text``.

    ``usage`` is ``name`` (the leader as a person), ``possessive`` ("Biden’s
    aides") or ``attributive`` ("the Biden administration", "Biden officials");
    ``in_quote`` marks a mention inside someone else's quoted words (from
    ``quotes`` when given, else between quotation marks): the speaker's
    naming, not the outlet's.  Offsets span title and name (``text == article[start:end]``).
    """
    check_articles(articles)
    leaders = leaders_to_count(names)
    spans = quote_spans(articles, quotes)
    sents = content_sentences(articles)
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = []
    for sent in sents.itertuples(index=False):
        text = texts[sent.article_id]
        quoted = spans[spans["article_id"] == sent.article_id]
        for leader, form, s, e, ns, ne in leader_mentions_in(text, leaders, sent.start, sent.end):
            if POSSESSIVE.match(text[ne : ne + 3]):
                usage = "possessive"
            elif ATTRIBUTIVE.match(text, ne):
                usage = "attributive"
            else:
                usage = "name"
            in_quote = bool(((quoted["start"] <= ns) & (quoted["end"] >= ne)).any())
            rows.append(
                (sent.article_id, sent.outlet, leader, form, text[s:ns].strip(), usage, in_quote, s, e, text[s:e])
            )
    columns = ["article_id", "outlet", "leader", "form", "title", "usage", "in_quote", "start", "end", "text"]
    return pd.DataFrame(rows, columns=columns)


def leader_naming(
    articles: pd.DataFrame,
    names: list | dict | None = None,
    usage: tuple[str, ...] = ("name", "possessive"),
    quotes: pd.DataFrame | None = None,
    include_quoted: bool = False,
) -> pd.DataFrame:
    """How each outlet names each leader: ``outlet, leader, form, n, share, first_at, example``.

    ``share`` is of the outlet's mentions of that leader; ``first_at`` the
    offset of the form's first use and ``example`` its sentence.  ``names``: a
    list of leaders (dicts with ``name, surname, given``), a list of full names
    ("Joe Biden" -> surname Biden; give a dict for family-name-first names such
    as Xi Jinping), or ``None`` for the people registry's leaders.  Attributive
    uses ("the Biden administration") and mentions inside quotes are left out
    by default: they are not the outlet naming the person.
    """
    mentions = leader_mentions(articles, names, quotes)
    mentions = mentions[mentions["usage"].isin(usage)]
    if not include_quoted:
        mentions = mentions[~mentions["in_quote"]]
    columns = ["outlet", "leader", "form", "n", "share", "first_at", "example"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    counts = mentions.groupby(["outlet", "leader", "form"]).size().rename("n").reset_index()
    counts["share"] = counts["n"] / counts.groupby(["outlet", "leader"])["n"].transform("sum")
    first = mentions.sort_values("start").groupby(["outlet", "leader", "form"]).head(1)
    sents = content_sentences(articles)
    example = []
    for row in first.itertuples(index=False):
        hit = sents[(sents["article_id"] == row.article_id) & (sents["start"] <= row.start) & (sents["end"] >= row.end)]
        example.append(hit["text"].iloc[0] if len(hit) else row.text)
    first = first.assign(first_at=first["start"], example=example)[["outlet", "leader", "form", "first_at", "example"]]
    counts = counts.merge(first, on=["outlet", "leader", "form"])
    counts = counts.sort_values(["leader", "outlet", "n", "first_at"], ascending=[True, True, False, True])
    return counts[columns].reset_index(drop=True)
