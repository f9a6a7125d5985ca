"""Tests for helpers.timeline.mentions (and the actors it reads): which clauses report an engagement."""

from __future__ import annotations

import threading

import pandas as pd

from helpers.corpus import ANALYSED_KINDS, sentences
from helpers.people import Study
from helpers.timeline import dates, event_mentions, load_actors
from helpers.timeline.actors import actor_pattern


def test_seed_non_us_china_engagements_left_out(seeds, seed_events):
    events, undated = seed_events
    everything = " ".join(events["label"]) + " ".join(undated["label"])
    assert "Myanmar" not in everything and "Taliban" not in everything
    mentions = event_mentions(seeds)
    myanmar = mentions[mentions["text"].str.contains("Myanmar")]
    assert (~myanmar["kept"]).all() and (myanmar["reason"] == "not a US–China engagement").all()
    taliban = mentions[mentions["text"].str.contains("Taliban")]
    assert (~taliban["kept"]).all()
    negated = mentions[mentions["text"].str.contains("has not met")]
    assert (negated["reason"] == "negated").all()


def _one_article(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["x"], "outlet": ["O"], "title": ["Talks"],
                         "published": [pd.Timestamp("2021-09-10")], "text": [text]})


def test_possessive_of_a_registry_person_puts_a_role_on_their_side():
    registry = pd.concat(
        [load_actors(), pd.DataFrame([{"name": "Dana Fictional", "side": "US", "level": "cabinet", "kind": "person",
                                        "aliases": "Dana Fictional|Fictional"}])],
        ignore_index=True,
    )
    articles = _one_article("Talks\n\nFictional's aides met senior Chinese officials in Beijing in May 2021, officials said.\n")
    met = {name: m[m["cue"].str.contains("met")].iloc[0] for name, m in
           (("with", event_mentions(articles, actors=registry)), ("without", event_mentions(articles)))}
    assert met["with"]["us"] == "Fictional's aides" and met["with"]["china"] == "senior Chinese officials"
    assert met["with"]["reason"] == "no identified participant"  # both sides, but only unranked roles
    assert met["without"]["us"] == "" and met["without"]["reason"] == "not a US–China engagement"


# "The two leaders" are the last US and Chinese leaders named together: with Xi a leader, Biden and Xi;
# with Xi demoted in the registry, the last leader named on each side, Biden and Li.
_LEADERS = pd.DataFrame([
    {"name": "Joe Biden", "side": "US", "level": "leaders", "kind": "person", "aliases": "Joe Biden|Biden"},
    {"name": "Xi Jinping", "side": "China", "level": "leaders", "kind": "person", "aliases": "Xi Jinping|Xi"},
    {"name": "Li Keqiang", "side": "China", "level": "leaders", "kind": "person", "aliases": "Li Keqiang|Li"},
])
_XI_DEMOTED = _LEADERS.assign(level=["leaders", "cabinet", "leaders"])
_TWO_LEADERS = ("Talks\n\nJoe Biden and Xi Jinping met in Beijing in 2013. Li Keqiang was there too.\n\n"
                "The two leaders spoke by phone on Thursday.\n")


def _phone_call(mentions: pd.DataFrame) -> pd.Series:
    return mentions[mentions["cue"].str.contains("spoke")].iloc[0]


def test_the_two_leaders_depend_on_the_registry():
    articles = _one_article(_TWO_LEADERS)
    assert _phone_call(event_mentions(articles, actors=_LEADERS))["china"] == "Xi Jinping"
    assert _phone_call(event_mentions(articles, actors=_XI_DEMOTED))["china"] == "Li Keqiang"


def test_calls_with_different_registries_do_not_interfere():
    """A call's registry stays its own while another call runs (e.g. Dask's threaded scheduler).

    The first call is held just after it starts reading sentences, a second
    call with another registry runs to the end, then the first goes on: it
    must read as if it had run alone (it once took the last registry's levels
    from a module global).
    """
    articles = _one_article(_TWO_LEADERS)
    sents = sentences(articles, kinds=ANALYSED_KINDS)
    dated = dates(articles)
    alone = event_mentions(articles, actors=_LEADERS, sents=sents, dated=dated)
    entered, go = threading.Event(), threading.Event()

    class HeldSentences(pd.DataFrame):
        def groupby(self, *args, **kwargs):
            entered.set()
            assert go.wait(60)
            return super().groupby(*args, **kwargs)

    result, errors = {}, []

    def first_call():
        try:
            result["first"] = event_mentions(articles, actors=_LEADERS, sents=HeldSentences(sents), dated=dated)
        except Exception as exc:  # noqa: BLE001 - reported below, in the test's thread
            errors.append(exc)
            entered.set()

    thread = threading.Thread(target=first_call)
    thread.start()
    try:
        assert entered.wait(60)
        other = event_mentions(articles, actors=_XI_DEMOTED, sents=sents, dated=dated)
    finally:
        go.set()
        thread.join(60)
    assert not errors, errors
    assert _phone_call(other)["china"] == "Li Keqiang"
    pd.testing.assert_frame_equal(result["first"].drop(columns="_parts"), alone.drop(columns="_parts"))
    assert _phone_call(result["first"])["china"] == "Xi Jinping"


def test_sentence_dates_found_by_offset_in_any_order(seeds, seed_dates):
    """Each sentence finds its dates by offset (bisect), whatever the order of the dates table given."""
    expected = event_mentions(seeds).drop(columns=["_parts"])
    shuffled = seed_dates.sample(frac=1, random_state=3)
    got = event_mentions(seeds, dated=shuffled).drop(columns=["_parts"])
    pd.testing.assert_frame_equal(got, expected)
    assert expected["date_start"].notna().sum() >= 10  # the seeds' mentions do carry dates


# ---------------------------------------------------------------- cue forms, camps and context (text written here)


def test_a_call_told_with_adverbials_is_found_and_dated():
    articles = _one_article("Briefing\n\nJoe Biden spoke by phone on Wednesday with Xi Jinping about trade.\n")
    (call,) = event_mentions(articles).query("kept").itertuples()
    assert call.mode == "call" and call.cue == "spoke by phone on Wednesday with"
    assert call.date_start == pd.Timestamp("2021-09-08") and (call.us, call.china) == ("Joe Biden", "Xi Jinping")


def test_a_virtual_meeting_is_a_video_call():
    articles = _one_article("Briefing\n\nAntony Blinken met virtually with Wang Yi on Tuesday.\n")
    (meeting,) = event_mentions(articles).query("kept").itertuples()
    assert meeting.mode == "video call" and meeting.date_start == pd.Timestamp("2021-09-07")


def test_speaking_to_a_topic_is_no_call():
    articles = _one_article("Briefing\n\nOn Monday Antony Blinken would not speak to what Wang Yi had proposed.\n")
    assert event_mentions(articles).empty


def test_no_cue_gives_an_empty_table_that_still_filters():
    mentions = event_mentions(_one_article("Briefing\n\nNothing happened on Monday.\n"))
    assert mentions.empty and mentions["kept"].dtype == bool
    assert mentions[~mentions["kept"]].empty  # an empty object column once failed here


def test_context_a_camps_leader_visiting_a_third_country():
    articles = _one_article("Briefing\n\nXi Jinping visited Myanmar in January 2020, before the outbreak.\n")
    (visit,) = event_mentions(articles).itertuples()
    assert not visit.kept and visit.reason == "not a US–China engagement" and visit.context
    undated = _one_article("Briefing\n\nXi Jinping visited Myanmar, before the outbreak.\n")
    assert not event_mentions(undated)["context"].any()  # context is dated
    negated = _one_article("Briefing\n\nXi Jinping has not visited Myanmar since 2020.\n")
    assert not event_mentions(negated)["context"].any()


_RUSSIA = Study(camps={"US": "US", "Russia": "Russia"},
                government_sides={"US": "US government", "Russia": "Russian government"})


def test_the_camps_come_from_the_study():
    articles = _one_article("Briefing\n\nJoe Biden spoke by phone with Vladimir Putin on Thursday.\n")
    seed = event_mentions(articles).iloc[0]
    assert not seed["kept"] and seed["reason"] == "not a US–China engagement"
    other = event_mentions(articles, study=_RUSSIA).iloc[0]
    assert other["kept"] and (other["us"], other["china"]) == ("Joe Biden", "Vladimir Putin")
    assert other["date_start"] == pd.Timestamp("2021-09-09")
    roles = event_mentions(_one_article("Briefing\n\nUS officials met Russian officials in Geneva in July.\n"),
                           study=_RUSSIA).iloc[0]
    # "Russian" is a side word of no camp (only the seeds' camps have adjectives): no Russian side here
    assert roles["reason"] == "not a US–Russia engagement" and roles["china"] == "" and roles["us"] == "US officials"
    two = event_mentions(_one_article("Briefing\n\nIn Geneva, senior Russia officials met US envoys in July.\n"),
                         study=_RUSSIA).iloc[0]
    assert two["kept"] and two["china"] == "senior Russia officials" and two["us"] == "US envoys"


def test_a_registry_name_wrapped_across_lines_is_read():
    # hard-wrapped readouts: a registry name may run over a line break
    pattern, aliases = actor_pattern(_LEADERS)
    found = pattern.search("She met with Xi\nJinping on Monday.")
    assert found.group() == "Xi\nJinping" and aliases[" ".join(found.group().split())].name == "Xi Jinping"
