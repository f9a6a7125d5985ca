"""Engagement mentions: every sentence clause that reports a call, meeting, visit or summit, kept or not.

:func:`event_mentions` reads each sentence for cues (:mod:`.event_patterns`),
the participants around them (:mod:`.actors`) and a date of the same clause
(:func:`.tagging.dates`); :mod:`.merging` turns the kept mentions into events.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from ..corpus import ANALYSED_KINDS
from ..corpus import sentences as corpus_sentences
from ..people import SEED_STUDY, Study
from .actors import (
    ActorReader,
    Participant,
    camps_of,
    event_level,
    find_participants,
    load_actors,
    roles_at_the_time,
    side_names,
)
from .event_patterns import BOTH_LEADERS, CLAUSE_BREAK, CUE, CUE_MODES, CUES, NEGATION, NOT_PLACES, PLACE, PLANNED, THEY
from .scanning import Scanner
from .schema import MENTION_COLUMNS, MODE_FAMILY
from .tagging import check_articles, dates


@cache
def cue_scanner() -> Scanner:
    """The matches of :data:`.event_patterns.CUE`, found fast (built on first use)."""
    return Scanner(CUE, [(f"c{i}", regex) for i, (_, regex) in enumerate(CUES)], r"\b", "", build_after=500_000)


def _cue_groups(text: str, s: int, e: int, date_rows: list) -> list[tuple[int, int, list]]:
    """Cues of one sentence, grouped by event: ``(group_start, group_end, cues)``.

    Cues form one event unless a later cue has a date of its own after it
    ("visited China in 2011 ... and hosted Mr Xi ... the following year");
    then the sentence is cut at the clause break before that cue.
    """
    cues = [(m.start(), m.end(), CUE_MODES[m.lastgroup], m.group()) for m in cue_scanner().finditer(text, s, e)]
    if not cues:
        return []
    groups: list[list] = [[cues[0]]]
    for cue in cues[1:]:
        prev_end = groups[-1][-1][1]
        dated_between = any(prev_end <= d["start"] < cue[0] for d in date_rows)
        dated_after = any(d["start"] >= cue[1] for d in date_rows)
        # a call and a meeting in one sentence are two events ("requested the call after
        # officials who met ..."), as are two cues each with a date of its own
        other_family = MODE_FAMILY[cue[2]] != MODE_FAMILY[groups[-1][-1][2]]
        if other_family or (dated_between and dated_after):
            groups.append([cue])
        else:
            groups[-1].append(cue)
    spans = []
    cut = s
    for i, group in enumerate(groups):
        if i + 1 < len(groups):
            nxt = groups[i + 1][0][0]
            breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, group[-1][1], nxt)]
            dates_before = [d["end"] for d in date_rows if group[-1][1] <= d["start"] < nxt]
            breaks = [b for b in breaks if not dates_before or b >= max(dates_before)]
            end = breaks[-1] if breaks else nxt
        else:
            end = e
        spans.append((cut, end, group))
        cut = end
    return spans


def _mode_of(cues: list) -> str:
    """A video call or a call when a cue says so, else the first cue's mode."""
    modes = [c[2] for c in cues]
    for mode in ("video call", "call"):
        if mode in modes:
            return mode
    return modes[0]



@dataclass
class _Named:
    """Who an article has named so far: what "the two leaders" and "they" refer to."""

    camps: tuple[str, str] = ("US", "China")
    leaders: dict[str, Participant] = field(default_factory=dict)  # the last leader named on each side
    pair: list[Participant] = field(default_factory=list)  # the last leaders of the two camps named together
    previous: list[list[Participant]] = field(default_factory=list)  # each earlier sentence's participants

    def notice_leaders(self, parts: list[Participant], levels: dict[str, str]) -> None:
        for p in parts:
            if p.level == "leaders" and p.kind == "person":
                self.leaders[next(iter(p.sides))] = p
        both = {next(iter(p.sides)): p for p in parts if p.kind == "person" and levels.get(p.name) == "leaders"}
        if set(self.camps) <= set(both):
            self.pair = [both[camp] for camp in self.camps]

    def implied(self, parts: list[Participant], text: str, s: int, g_end: int, cue_end: int) -> list[Participant]:
        """``parts`` with "the two leaders" (the last pair named) and "they" (the previous sentence's actors)."""
        if BOTH_LEADERS.search(text[s:g_end]):
            parts = parts + (self.pair or [self.leaders[side] for side in self.camps if side in self.leaders])
        sides = {side for p in parts for side in p.sides}
        if not (set(self.camps) <= sides) and THEY.search(text[s:cue_end]) and self.previous:
            parts = parts + [p for p in self.previous[-1] if p.kind != "country"]
        return parts


def _chosen_date(date_rows: list[dict], g_start: int, g_end: int, first_cue: int) -> dict | None:
    """The date of a clause: the nearest after the cue, else the nearest before it."""
    in_clause = [d for d in date_rows if g_start <= d["start"] < g_end]
    after = [d for d in in_clause if d["start"] >= first_cue]
    if after:
        return min(after, key=lambda d: d["start"])
    return max(in_clause, key=lambda d: d["start"]) if in_clause else None


def _mention(text: str, s: int, e: int, g_start: int, g_end: int, cues: list, parts: list[Participant],
             date_rows: list[dict], published: pd.Timestamp, camps: tuple[str, str] = ("US", "China")) -> dict:
    """The reading of one cue group: date, participants, level, status, place, kept or why not."""
    first_cue = cues[0][0]
    clause = text[g_start:g_end]
    negated = any(NEGATION.search(text[max(s, c[0] - 30):c[0]]) for c in cues[:1])
    chosen = _chosen_date(date_rows, g_start, g_end, first_cue)
    mode = _mode_of(cues)
    level = event_level(parts, camps)
    if mode == "summit" and level != "leaders":
        mode = "in-person meeting"  # "the March summit" of ministers is a meeting
    planned = bool(PLANNED.search(clause)) or (chosen is not None and chosen["date_start"] > published)
    if chosen is not None and chosen["date_end"] < published and not PLANNED.search(text[first_cue:g_end]):
        planned = False
    place = next((m.group(1) for m in PLACE.finditer(text, g_start, g_end)
                  if m.group(1).lower().removeprefix("the ") not in NOT_PLACES), "")
    us, china = side_names(parts, camps[0]), side_names(parts, camps[1])
    named = [p for p in parts if p.kind == "person" or (p.kind == "role" and p.level != "other")]
    third = [p for p in parts if not p.sides & set(camps)]
    if negated:
        kept, reason = False, "negated"
    elif not us or not china:
        kept, reason = False, f"not a {camps[0]}–{camps[1]} engagement"
    elif not named:
        kept, reason = False, "no identified participant"
    else:
        kept, reason = True, ""
    # context: a dated engagement of one camp's named person with a third party ("Xi visited Myanmar in 2020")
    context = (not negated and chosen is not None and bool(us) != bool(china) and bool(third)
               and any(p.kind == "person" and p.sides & set(camps) for p in parts))
    participants = list(dict.fromkeys(us + china + [p.name for p in third]))
    return {
        "start": s, "end": e, "cue": " / ".join(c[3] for c in cues), "mode": mode,
        "expression": chosen["expression"] if chosen else "",
        "date_start": chosen["date_start"] if chosen else pd.NaT,
        "date_end": chosen["date_end"] if chosen else pd.NaT,
        "granularity": chosen["granularity"] if chosen else "",
        "signal": chosen["signal"] if chosen else "",
        "participants": "; ".join(participants), "us": "; ".join(us), "china": "; ".join(china),
        "level": level, "status": "planned" if planned else "happened", "place": place,
        "kept": kept, "reason": reason, "context": context, "text": text[s:e],
        "_parts": parts, "_published": published, "_camps": camps,
    }


def _article_mentions(art, own_sents: list[tuple[int, int, int]], own_dates: list[dict], reader: ActorReader) -> list[dict]:
    """The mentions of one article, sentence by sentence (earlier sentences say who "they" are)."""
    text = art.text
    published = pd.Timestamp(art.published).normalize()
    named = _Named(reader.camps)
    folder = str(getattr(art, "event", "") or "")
    rows = []
    # the dates by where they start, to find a sentence's dates without reading all of them
    order = sorted(range(len(own_dates)), key=lambda k: own_dates[k]["start"])
    starts = [own_dates[k]["start"] for k in order]
    for number, s, e in own_sents:
        parts_all = find_participants(text, s, e, reader)
        named.notice_leaders(parts_all, reader.levels)
        # a date within the sentence starts in s..e (it ends after it starts); kept in the order given
        held = sorted(order[bisect_left(starts, s) : bisect_right(starts, e)])
        date_rows = [own_dates[k] for k in held if own_dates[k]["end"] <= e]
        groups = _cue_groups(text, s, e, date_rows)
        parts_all = roles_at_the_time(text, s, e, parts_all)
        subject_end = groups[0][2][0][0] if groups else s
        for g_start, g_end, cues in groups:
            parts = [p for p in parts_all if g_start <= p.start < g_end or p.start < subject_end]
            parts = named.implied(parts, text, s, g_end, cues[0][1])
            row = _mention(text, s, e, g_start, g_end, cues, parts, date_rows, published, reader.camps)
            rows.append({"article_id": art.article_id, "outlet": art.outlet, "sentence": number, **row,
                         "_event": folder})
        if parts_all:
            named.previous.append(parts_all)
    return rows


def event_mentions(
    articles: pd.DataFrame,
    actors: pd.DataFrame | None = None,
    sents: pd.DataFrame | None = None,
    dated: pd.DataFrame | None = None,
    study: Study = SEED_STUDY,
) -> pd.DataFrame:
    """Every sentence clause that reports an engagement, kept or not, with the reason.

    One row per cue group (a sentence may report two events, "visited China
    in 2011 ... and hosted Mr Xi ... the following year"): ``article_id,
    outlet, sentence, start, end`` (the sentence), ``cue`` (the words),
    ``mode``, the date found in the clause (``expression, date_start,
    date_end, granularity, signal``; empty when none), ``participants`` (as
    named, "; "-joined), ``us`` and ``china`` (who is on each side: the
    study's first and second camp), ``level``, ``status`` (happened /
    planned), ``place``, ``kept`` and ``reason`` (why a mention is left out:
    negated, not an engagement between the camps, no identified participant),
    ``context`` (a dated engagement of one camp's named person with a third
    party, such as a visit to a third country: background, not an engagement)
    and the sentence ``text``.  The articles' ``event`` column, when there is
    one (pooled event folders), is kept for merging.

    ``study`` says which two camps (default the seeds' US and China, read
    through :func:`helpers.people.actor_registry`); ``actors`` is the
    registry (default :func:`.actors.load_actors` for that study);
    ``sents`` (``helpers.corpus.sentences(articles, ANALYSED_KINDS)``) and
    ``dated`` (:func:`dates`) may be passed when already computed.
    """
    check_articles(articles)
    reader = ActorReader.from_registry(load_actors(study=study) if actors is None else actors, camps_of(study))
    sents = corpus_sentences(articles, kinds=ANALYSED_KINDS) if sents is None else sents
    all_dates = dates(articles) if dated is None else dated
    usable = all_dates[all_dates["type"].isin(["DATE", "TIME"]) & all_dates["date_start"].notna()
                       & ~all_dates["value"].astype(str).str.endswith("_REF")]
    # split once per article (a scan per article would make a big corpus quadratic)
    dates_of: dict[str, list[dict]] = {}
    for record in usable.to_dict("records"):
        dates_of.setdefault(record["article_id"], []).append(record)
    # (sentence, start, end) of each article's sentences, in order, as plain values (no frame per article)
    numbers, starts, ends = sents["sentence"].tolist(), sents["start"].tolist(), sents["end"].tolist()
    sents_of = {article: [(numbers[i], starts[i], ends[i]) for i in rows]
                for article, rows in sents.groupby("article_id", sort=False).indices.items()}
    rows = []
    for art in articles.itertuples(index=False):
        own_sents = sents_of.get(art.article_id, [])
        rows += _article_mentions(art, own_sents, dates_of.get(art.article_id, []), reader)
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS + ["_parts", "_published", "_camps", "_event"])
    frame["kept"] = frame["kept"].astype(bool)  # an empty table too: "~kept" must read as a boolean
    frame["context"] = frame["context"].astype(bool)
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame
