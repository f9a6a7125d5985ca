"""helpers.sentiment.findings: the computed sentences of notebook 03, on the seeds, one outlet, and no quotes."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import sentiment as S
from helpers.corpus import load_articles
from helpers.paths import NOTEBOOKS_DIR
from helpers.quotes import extract_quotes
from tests.conftest import run_to_markdown
from tests.sentiment.tables import quotes_for

NOTEBOOK = NOTEBOOKS_DIR / "03_quoted_officials_sentiment.ipynb"


def tables(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> dict:
    """The tables notebook 03 builds, from its articles (or a quotes table given)."""
    quotes = extract_quotes(articles) if quotes is None else quotes
    scored = S.score_quotes(quotes)
    quoted = scored[scored["kind"].isin(S.QUOTED_KINDS)]
    split = S.disagreements(quoted)
    return {
        "n_outlets": articles["outlet"].nunique(),
        "counts": S.quote_counts(quotes),
        "shares": S.quoted_share_panels(quotes),
        "by_side": S.sentiment_by(quoted, by=["outlet", "side"], value="polarity"),
        "words": S.word_table(quoted, by="outlet"),
        "agreement": S.agreement_table(quoted),
        "split": split,
        "register": S.register_words(quoted),
    }


def all_findings(t: dict, calibration: pd.DataFrame | None) -> dict[str, str]:
    return {
        "quotes": S.finding_quotes(t["counts"], t["n_outlets"]),
        "quoted_share": S.finding_quoted_share(t["shares"], t["counts"], t["n_outlets"]),
        "side_tone": S.finding_side_tone(t["by_side"]),
        "words": S.finding_words(t["words"]),
        "agreement": S.finding_agreement(t["agreement"], t["split"]),
        "trust": S.finding_trust(calibration),
        "summary": S.finding_summary(t["shares"], t["by_side"], t["agreement"]),
        "limits": S.finding_limits(t["register"], t["split"], calibration),
    }


@pytest.fixture(scope="module")
def seed_tables(seeds):
    return tables(seeds)


# --------------------------------------------------------------------------- the seeds


def test_quote_finding_states_each_outlets_counts(seed_tables):
    text = S.finding_quotes(seed_tables["counts"], seed_tables["n_outlets"])
    for r in seed_tables["counts"].itertuples():
        assert (f"{r.outlet} has {r.n_spans} quote spans ({r.direct} direct, {r.partial} partial, "
                f"{r.continuation} continuation, {r.indirect} indirect) from {r.n_speakers} speakers") in text
    assert "With one outlet" not in text and text.endswith("attributed.")


def test_quoted_share_finding_names_each_outlets_leading_side(seed_tables):
    text = S.finding_quoted_share(seed_tables["shares"], seed_tables["counts"], seed_tables["n_outlets"])
    sides = seed_tables["shares"].query("panel == 'side'")
    for outlet, group in sides.groupby("outlet"):
        lead = group.loc[group["share"].idxmax()]
        assert f"{outlet}, {lead['group']} gets {lead['share']:.0%} of {group['n_words'].sum()} quoted words" in text
    assert "Quoted words from anonymous sources: Axios" in text and "needs at least two outlets" not in text
    assert text[0].isupper()


def test_side_tone_finding_reads_only_groups_with_enough_quotes(seed_tables):
    by_side = seed_tables["by_side"]
    text = S.finding_side_tone(by_side)
    for r in by_side.itertuples():
        assert (f"{r.side} in {r.outlet}: mean polarity {r.mean:+.2f}" in text) == (not r.too_few)
    thin = int(by_side["too_few"].sum())
    assert f"{thin} of {len(by_side)} outlet–side groups have fewer than {S.MIN_COUNT} quotes" in text


def test_words_finding_lists_the_heaviest_words(seed_tables):
    words = seed_tables["words"]
    text = S.finding_words(words)
    heaviest = words.assign(weight=words["word_polarity"].abs() * words["n"]).nlargest(1, "weight").iloc[0]
    assert f"*{heaviest['words']}* ({heaviest['word_polarity']:+.2f}, {heaviest['outlet']})" in text
    assert text.count("*") == 2 * min(5, int((words["word_polarity"] != 0).sum()))


def test_agreement_finding_gives_share_kappa_and_the_widest_opposite(seed_tables):
    agreement, split = seed_tables["agreement"], seed_tables["split"]
    text = S.finding_agreement(agreement, split)
    assert text.startswith(f"The lexicons give the same label to {agreement.share_agree:.0%} of {agreement.n} quotes "
                           f"(kappa {agreement.kappa:.2f}")
    opposite = split[split["opposite"]]
    assert f"{len(opposite)} quotes get opposite signs, the widest being “{opposite.iloc[0]['quote']}”" in text


def test_trust_finding_reads_the_committed_table():
    calibration = S.load_calibration()
    f1 = calibration.set_index("method")["macro_f1"]
    text = S.finding_trust(calibration)
    assert text.startswith("On 1,067 news sentences labelled by people (NewsMTSC)")
    assert f"macro-F1 {f1[S.project_method('textblob')]:.2f} and VADER's {f1[S.project_method('vader')]:.2f}" in text
    assert "not found" not in text


@pytest.mark.parametrize(
    "calibration",
    [None, pd.DataFrame({"method": ["always neutral"], "macro_f1": [0.19], "n_sentences": [10], "corpus": ["X"]})],
    ids=["no table", "table without the project's cuts"],
)
def test_trust_finding_without_figures_for_the_project_cuts(calibration):
    text = S.finding_trust(calibration)
    assert text.startswith("Lexicon labels agree with human readers") and "benchmarks/sentiment_newsmtsc.py" in text


def test_summary_and_limits_on_the_seeds(seed_tables):
    calibration = S.load_calibration()
    summary = S.finding_summary(seed_tables["shares"], seed_tables["by_side"], seed_tables["agreement"])
    assert summary.startswith("By quoted words: in Axios, ")
    assert f"agree on {seed_tables['agreement'].share_agree:.0%} of the quotes" in summary
    limits = S.finding_limits(seed_tables["register"], seed_tables["split"], calibration)
    positive = seed_tables["register"].query("score > 0")
    n_register = len(positive[["article_id", "start"]].drop_duplicates())
    assert limits.startswith(f"{n_register} quotes score positive partly on words of the diplomatic register")
    assert S.finding_trust(calibration) in limits and limits.endswith("read the quotes.")


def test_findings_on_hand_made_quotes(seeds):
    t = tables(seeds, quotes_for(seeds))
    assert S.finding_quotes(t["counts"], 2) == (
        "Axios has 2 quote spans (0 direct, 2 partial, 0 continuation, 0 indirect) from 1 speaker, "
        "100% of them attributed; Financial Times has 3 quote spans (1 direct, 2 partial, 0 continuation, "
        "0 indirect) from 2 speakers, 67% of them attributed.")
    assert S.finding_side_tone(t["by_side"]) == (
        "No side has enough quotes for an interval worth reading. 3 of 3 outlet–side groups have fewer than "
        f"{S.MIN_COUNT} quotes: their dots are shown, their means are not findings.")
    assert "No outlet–side group has enough quotes" in S.finding_summary(t["shares"], t["by_side"], t["agreement"])


# --------------------------------------------------------------------------- one outlet, no quotes


def test_findings_with_one_outlet(one_outlet):
    found = all_findings(tables(load_articles(one_outlet)), S.load_calibration())
    assert found["quotes"].startswith("Harbour Gazette has ")
    assert found["quotes"].endswith(" With one outlet there is nothing to compare it with.")
    assert found["quoted_share"].endswith(" A comparison needs at least two outlets.")
    assert "Estavia" not in found["quotes"] and "Ledger" not in found["summary"]


def test_findings_without_quotes(no_quotes):
    found = all_findings(tables(load_articles(no_quotes)), S.load_calibration())
    assert found["quotes"] == "No quotes were found."
    assert found["quoted_share"] == "No quoted words were found."
    assert found["side_tone"] == "No side has enough quotes for an interval worth reading."
    assert found["words"] == "The words that move the quote scores most are none: no quote holds a scored word."
    assert found["agreement"] == "No quotes to compare."
    assert found["summary"] == ("No quoted words were found. "
                                "No outlet–side group has enough quotes for its tone to count as a finding.")
    assert found["limits"].startswith("No quote here rests on words of the diplomatic register")
    assert found["trust"] in found["limits"]


def test_counts_agree_in_number():
    counts = pd.DataFrame([{"outlet": "X", "n_spans": 1, "direct": 1, "partial": 0, "continuation": 0,
                            "indirect": 0, "n_speakers": 1, "share_attributed": 1.0}])
    assert S.finding_quotes(counts, 1).startswith("X has 1 quote span (1 direct, 0 partial, 0 continuation, "
                                                  "0 indirect) from 1 speaker, 100%")


@pytest.mark.notebook
def test_notebook_runs_on_a_folder_without_quotes(no_quotes, tmp_path):
    markdown = run_to_markdown(NOTEBOOK, no_quotes, tmp_path)
    assert "**Finding.** No quotes were found." in markdown and "NewsMTSC" in markdown
    assert "not found" not in markdown
    assert "**Finding.** No person the registry or the quotes know is mentioned" in markdown
    assert "**The model.** On 1,146 people mentioned" in markdown
    for name in ("quoted_share", "quote_sentiment", "portrayal", "lexicon_agreement"):
        assert (tmp_path / "figures" / f"{name}.svg").exists()
