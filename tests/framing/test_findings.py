"""helpers.framing.findings: each section's sentence, on the seeds, on one outlet, and where the section has no data."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles


def _quotes(arts: pd.DataFrame) -> pd.DataFrame:
    return pytest.importorskip("helpers.quotes").extract_quotes(arts)


def _shares(arts: pd.DataFrame) -> pd.DataFrame:
    sents = fr.content_sentences(arts)
    return fr.frame_shares(sents, fr.tag_frames(sents))


def test_findings_are_computed_from_the_tables(seeds, distinct, pairs, seed_quotes):
    quotes = seed_quotes
    text = fr.finding_sources(fr.source_mix(quotes), quotes)
    assert "Axios puts in quotation marks US government (1 side)" in text
    assert "Financial Times puts in quotation marks Chinese government, US government, expert (3 sides)" in text
    mr = distinct[(distinct["outlet"] == "Financial Times") & (distinct["term"] == "mr")].iloc[0]
    expected = f"“mr” for Financial Times ({mr['count']} vs 0 uses, z = {mr['z']:.1f})"
    assert expected in fr.finding_distinctive(distinct)
    table = fr.side_by_side(pairs)
    assert fr.finding_pairs(table).startswith(f"{len(table)} pairs of sentences")
    naming = fr.leader_naming(seeds)
    assert "“Mr Biden” by Financial Times" in fr.finding_lede(fr.headline_lede(seeds), naming)
    tone = fr.narrator_tone(fr.narrator_sentences(seeds))
    assert "intervals" in fr.finding_tone(tone)
    sizes = fr.sample_sizes(seeds)
    note = fr.limits_note(sizes)
    n = sizes.set_index("outlet")["sentences"]
    assert f"{n['Axios']} sentences" in note and "stands out from chance" in note


# --------------------------------------------------------------------------- 1. distinctive words


def test_finding_distinctive_on_the_seeds(distinct):
    text = fr.finding_distinctive(distinct)
    strong = fr.top_terms(distinct, n=1, include_too_few=False, content_only=True)
    assert text.startswith("The most distinctive frequent terms are “biden” for Axios")
    assert f"{int((strong['z'] >= 1.96).sum())} of them reaches z ≥ 1.96" in text


def test_distinctive_words_on_one_outlet_say_they_need_two(one_outlet):
    # the section has no table to state a finding from: the notebook says why instead
    with pytest.raises(fr.NeedTwoOutlets, match="at least two"):
        fr.distinctive_terms(load_articles(one_outlet))


def test_finding_distinctive_without_a_frequent_word(quiet):
    table = fr.distinctive_terms(load_articles(quiet))
    assert table.loc[~table["term"].isin(fr.load_stopwords()), "too_few"].all()
    assert fr.finding_distinctive(table) == "No word or phrase is frequent enough in these texts to single out an outlet."


# --------------------------------------------------------------------------- 2. frames


def test_finding_frames_on_the_seeds(seeds):
    shares = _shares(seeds)
    top = fr.frame_differences(shares).iloc[0]
    text = fr.finding_frames(shares)
    assert text.startswith(f"The largest gap is in {top['label']}: {top['share_highest']:.0%} of {top['highest']}'s")
    assert f"of {shares['frame'].nunique()} frames separate the outlets" in text


def test_finding_frames_on_one_outlet(one_outlet):
    shares = _shares(load_articles(one_outlet))
    best = shares.loc[shares["share"].idxmax()]
    assert best["share"] > 0
    assert fr.finding_frames(shares) == (
        f"Harbour Gazette's most frequent frame is {best['label']} "
        f"({best['share']:.0%} of {best['n_sentences']} sentences)."
    )


def test_finding_frames_when_no_sentence_carries_a_frame(quiet):
    shares = _shares(load_articles(quiet))
    n = int(shares.groupby("outlet")["n_sentences"].first().sum())
    assert fr.finding_frames(shares) == f"No sentence carries a frame of the lexicon ({n} sentences read)."
    one = shares[shares["outlet"] == "Valley Post"]
    assert fr.finding_frames(one).startswith("No sentence carries a frame")


def test_finding_frames_when_no_frame_separates_the_outlets():
    shares = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "frame": ["economic", "economic"],
            "label": ["Economic", "Economic"],
            "n_sentences": [10, 10],
            "n_tagged": [3, 3],
            "share": [0.3, 0.3],
            "ci_low": [0.1, 0.1],
            "ci_high": [0.6, 0.6],
        }
    )
    assert fr.finding_frames(shares).startswith("No frame separates the outlets")


# --------------------------------------------------------------------------- 3. sources


def test_finding_sources_on_one_outlet(one_outlet):
    arts = load_articles(one_outlet)
    quotes = _quotes(arts)
    by_side = fr.source_mix(quotes)
    lead = by_side[by_side["side"] != fr.NO_SPEAKER].sort_values("share").iloc[-1]
    text = fr.finding_sources(by_side, quotes)
    assert text.startswith("Harbour Gazette puts in quotation marks ") and "Valley" not in text
    assert f"{lead['share']:.0%} of its attributed words are {lead['side']}." in text


def test_finding_sources_without_quotes(quiet):
    arts = load_articles(quiet)
    quotes = _quotes(arts)
    assert quotes.empty
    assert fr.finding_sources(fr.source_mix(quotes), quotes) == "No quotes or reported speech were found."


# --------------------------------------------------------------------------- 4. same fact, two framings


def test_finding_pairs_on_the_seeds(pairs):
    table = fr.side_by_side(pairs)
    one_sided = int(((table["loaded_a"] != "") != (table["loaded_b"] != "")).sum())
    assert f"in {one_sided} of them only one of the two uses loaded words" in fr.finding_pairs(table)


def test_aligned_facts_on_one_outlet_say_they_need_two(one_outlet):
    with pytest.raises(fr.NeedTwoOutlets):
        fr.align_sentences(load_articles(one_outlet))


def test_finding_pairs_without_a_shared_fact(quiet):
    table = fr.side_by_side(fr.align_sentences(load_articles(quiet)))
    assert fr.finding_pairs(table) == "No sentence pair is close enough to count as the same fact."


# --------------------------------------------------------------------------- 5. headline, lede, naming


def test_finding_lede_on_the_seeds(seeds):
    text = fr.finding_lede(fr.headline_lede(seeds), fr.leader_naming(seeds))
    assert text.startswith("Axios's lede opens with “President Biden used”; Financial Times's lede opens with")
    assert "Joe Biden is named “Biden” by Axios" in text


def test_finding_lede_on_one_outlet(one_outlet):
    arts = load_articles(one_outlet)
    naming = fr.leader_naming(arts)
    assert naming.empty  # no leader of the people registry in this article
    assert fr.finding_lede(fr.headline_lede(arts), naming) == "Harbour Gazette's lede opens with “Trade ministers”."


def test_finding_lede_without_leaders(quiet):
    arts = load_articles(quiet)
    text = fr.finding_lede(fr.headline_lede(arts), fr.leader_naming(arts))
    assert "is named" not in text and text.count("lede opens with") == 2


def test_finding_lede_without_any_headline_or_lede():
    empty = pd.DataFrame(columns=["outlet", "part", "first_actor", "main_verb"])
    naming = pd.DataFrame(columns=["outlet", "leader", "form", "n", "share", "first_at", "example"])
    assert fr.finding_lede(empty, naming) == "No headline or lede could be read."


# --------------------------------------------------------------------------- 6. narrator tone


def test_finding_tone_on_the_seeds(seeds):
    tone = fr.narrator_tone(fr.narrator_sentences(seeds))
    sub = tone[tone["measure"] == "subjectivity"].set_index("outlet")["mean"]
    assert fr.finding_tone(tone).startswith(f"{sub.idxmax()}'s narrator is the most subjective ({sub.max():.2f}")


def test_finding_tone_on_one_outlet(one_outlet):
    tone = fr.narrator_tone(fr.narrator_sentences(load_articles(one_outlet)))
    sub = tone[tone["measure"] == "subjectivity"].iloc[0]
    assert fr.finding_tone(tone).startswith(f"Harbour Gazette's own sentences: subjectivity {sub['mean']:.2f}")
    assert f"(n = {sub['n']})." in fr.finding_tone(tone)


def test_finding_tone_without_narrator_sentences(all_quoted):
    tone = fr.narrator_tone(fr.narrator_sentences(load_articles(all_quoted)))
    assert fr.finding_tone(tone) == "No narrator sentences to score."


# --------------------------------------------------------------------------- what the sample supports


def test_limits_note_on_one_outlet(one_outlet):
    arts = load_articles(one_outlet)
    note = fr.limits_note(fr.sample_sizes(arts, _quotes(arts)))
    assert note.startswith("The evidence: Harbour Gazette: 1 article, ")
    assert "With one outlet nothing can be compared" in note and "Each outlet here is one article" in note


def test_limits_note_without_quotes(quiet):
    arts = load_articles(quiet)
    note = fr.limits_note(fr.sample_sizes(arts, _quotes(arts)))
    assert "0 quote spans from 0 speakers" in note and "a frame share has to differ by about" in note


@pytest.mark.parametrize(
    "articles, sentences, expected",
    [
        ([1, 1], [1, 30], "A: 1 article, 1 sentence, 12 words, 1 quote span from 1 speaker"),
        ([2, 1], [40, 30], "A: 2 articles, 40 sentences"),
    ],
)
def test_limits_note_counts_in_words(articles, sentences, expected):
    sizes = pd.DataFrame(
        {"outlet": ["A", "B"], "articles": articles, "sentences": sentences, "words": [12, 300], "quotes": [1, 4],
         "speakers": [1, 2]}
    )
    note = fr.limits_note(sizes)
    assert expected in note
    one_article_each = all(n == 1 for n in articles)
    assert ("Each outlet here is one article" in note) == one_article_each
    assert ("within these articles" in note) != one_article_each


# --------------------------------------------------------------------------- in the notebook


@pytest.mark.notebook
@pytest.mark.parametrize(
    "folder, said, charts",
    [
        (
            "quiet",
            [
                "No word or phrase is frequent enough",
                "No sentence carries a frame of the lexicon",
                "No quotes or reported speech were found.",
                "No sentence pair is close enough",
            ],
            {"framing_distinctive_terms", "framing_frame_shares", "framing_narrator_tone", "framing_outlet_only"},
        ),
        (
            "all_quoted",
            ["No narrator sentences to score."],
            {"framing_distinctive_terms", "framing_frame_shares", "framing_source_mix", "framing_outlet_only"},
        ),
    ],
)
def test_notebook_02_states_what_a_section_lacks(request, tmp_path, folder, said, charts):
    import nbformat

    from helpers.notebooks import notebook_paths, run_one

    path = next(p for p in notebook_paths() if p.name.startswith("02_"))
    run_one(path, request.getfixturevalue(folder), tmp_path)
    executed = nbformat.read(tmp_path / path.name, as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = "\n".join(o.get("data", {}).get("text/markdown", "") for o in outputs)
    for sentence in said:
        assert f"**Finding.** {sentence}" in shown, sentence
    assert {p.stem for p in (tmp_path / "figures").glob("*.png")} == charts


def test_findings_name_every_outlet_when_there_are_three(tmp_path):
    from tests.conftest import OTHER_EVENT, write_folder

    arts = load_articles(write_folder(tmp_path / "three", OTHER_EVENT))
    outlets = set(arts["outlet"])
    assert len(outlets) == 3
    frames = fr.finding_frames(_shares(arts))
    if not frames.startswith("No "):
        assert all(o in frames for o in outlets), frames
    tone = fr.finding_tone(fr.narrator_tone(fr.narrator_sentences(arts)))
    assert all(o in tone for o in outlets), tone
    pairs = fr.side_by_side(fr.align_sentences(arts))
    if len(pairs) and len(set(pairs["outlet_a"]) | set(pairs["outlet_b"])) > 2:
        assert all(o in fr.finding_pairs(pairs) for o in set(pairs["outlet_a"]) | set(pairs["outlet_b"]))


def test_finding_outlet_only_on_the_seeds(seeds, pairs, seed_quotes):
    only = fr.outlet_only_sentences(seeds, pairs)
    counts = fr.outlet_only_counts(only, fr.outlet_only_speakers(seed_quotes, seeds))
    text = fr.finding_outlet_only(counts, fr.outlet_only_shares(only, by_event=True))
    for r in counts.itertuples():
        assert f"{r.outlet} {r.share:.0%} ({r.n_only} of {r.n} sentences" in text
    assert "Per event" not in text  # one event: no breakdown to give
