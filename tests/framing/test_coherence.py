"""helpers.framing.coherence: the notebooks say when an event's articles may not tell one story."""

from __future__ import annotations

from helpers import framing as fr
from helpers.corpus import load_articles
from tests.conftest import write_folder

EARLIER = {
    "file": "valley_2016.txt",
    "outlet": "Valley Post",
    "title": "Orchard growers count losses after late frost",
    "published": "2016-04-20",
    "text": (
        "Orchard growers count losses after late frost\n\n"
        "Apple and cherry growers in the Tamber valley lost up to half their blossom after two nights of frost, "
        "the regional farmers' union said on Tuesday.\n\n"
        "Insurers expect claims to rise, and the union asked the county council for emergency loans.\n"
    ),
}


def _seed_rows():
    return [{"file": r.file, "outlet": r.outlet, "title": r.title, "published": r.published.strftime("%Y-%m-%d"),
             "text": r.text} for r in load_articles().itertuples(index=False)]


def test_the_seeds_tell_one_story(seeds):
    pairs = fr.event_coherence(seeds)
    assert len(pairs) == 1 and pairs["same_story"].all()
    assert pairs["days_apart"].item() == 0 and pairs["shared_names"].item() >= fr.MIN_OVERLAP
    assert {"biden", "xi"} <= set(pairs["common_names"].item().split(", "))
    assert fr.coherence_note(seeds) == ""


def test_an_article_about_another_event_five_years_earlier_is_named(tmp_path):
    arts = load_articles(write_folder(tmp_path / "mixed", _seed_rows() + [EARLIER]))
    pairs = fr.event_coherence(arts)
    odd = pairs[~pairs["same_story"]]
    assert len(pairs) == 3 and len(odd) == 2  # the seeds still agree with each other
    assert odd["days_apart"].min() > 5 * 365
    assert (odd[["shared_names", "shared_words"]] < fr.MIN_OVERLAP).all().all()
    note = fr.coherence_note(arts)
    assert note.startswith("**The same event?** 2 pairs") and "Valley Post" in note and "days apart" in note


def test_articles_of_different_events_are_never_compared(tmp_path):
    arts = load_articles(write_folder(tmp_path / "mixed", _seed_rows() + [EARLIER]))
    arts["event"] = ["call", "call", "frost"]
    assert len(fr.event_coherence(arts)) == 1 and fr.coherence_note(arts) == ""


def test_same_day_but_nothing_in_common_is_flagged(tmp_path):
    same_day = dict(EARLIER, published="2021-09-10")
    arts = load_articles(write_folder(tmp_path / "mixed", _seed_rows() + [same_day]))
    note = fr.coherence_note(arts)
    assert "of their names" in note and "days apart" not in note
