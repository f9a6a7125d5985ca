"""Every chart fits its words: four outlets with long names, and no text outside the figure or over another.

Each chart of the project is drawn from the tables the notebooks build, on a folder of four outlets whose
names are long, then laid out as :func:`helpers.charts.export_figure` lays it out.  Every piece of text
(titles, labels, tick labels, legends, annotations) must lie inside the figure, and no two titles (the
figure's and its panels') may overlap.  The same checks hold at every size preset of ``export_figure``.
"""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from helpers import framing as fr  # noqa: E402
from helpers import sentiment as S  # noqa: E402
from helpers import timeline  # noqa: E402
from helpers.charts import SIZES, export_figure, fit_text, lay_out, outlet_colors  # noqa: E402
from helpers.charts.framing import (  # noqa: E402
    plot_aligned_pairs,
    plot_distinctive_terms,
    plot_frame_shares,
    plot_narrator_tone,
    plot_source_mix,
)
from helpers.charts.overview import plot_sentence_lengths, plot_structure  # noqa: E402
from helpers.charts.sentiment import plot_lexicon_agreement, plot_quote_sentiment, plot_quoted_share  # noqa: E402
from helpers.charts.timeline import plot_outlet_events, plot_timeline  # noqa: E402
from helpers.corpus import BODY_KINDS, load_articles, sentences, structure  # noqa: E402
from helpers.quotes import extract_quotes  # noqa: E402
from tests.conftest import THIRD_ARTICLE, write_folder  # noqa: E402

#: Four outlets, three of them with names far longer than "Axios".
LONG_NAMES = {
    "Axios": "Axios Washington Bureau, Morning Politics Edition",
    "Financial Times": "Financial Times",
    "Reuters": "Reuters World News Service, Asia-Pacific Desk",
}
FOURTH = {
    "file": "ap_biden_xi.txt",
    "outlet": "The Associated Press International Wire Service",
    "title": "Biden and Xi talk by phone as tensions simmer between the United States and China",
    "published": "2021-09-10",
    "text": (
        "Biden and Xi talk by phone as tensions simmer between the United States and China\n\n"
        "WASHINGTON (AP) - President Joe Biden spoke with Chinese President Xi Jinping on Thursday, the White "
        "House said, in their first conversation since February.\n\n"
        "\u201cThe two leaders had a broad, strategic discussion,\u201d the White House said. Chinese state media "
        "said Xi told Biden that US policy toward China had caused serious difficulties.\n\n"
        "Climate envoy John Kerry met Chinese officials in Tianjin last week, and Secretary of State Antony "
        "Blinken met Wang Yi in Alaska in March, where the talks turned into a public spat.\n\n"
        "\u201cThis call was about keeping the lines open,\u201d said Evan Medeiros, a former adviser to "
        "President Barack Obama. Biden and Xi may meet at the G20 summit in Rome in October.\n"
    ),
}


@pytest.fixture(scope="module")
def four(tmp_path_factory, seeds):
    rows = [
        {"file": r.file, "outlet": LONG_NAMES[r.outlet], "title": r.title,
         "published": r.published.strftime("%Y-%m-%d"), "text": r.text}
        for r in seeds.itertuples(index=False)
    ]
    third = {**THIRD_ARTICLE, "outlet": LONG_NAMES["Reuters"]}
    folder = write_folder(tmp_path_factory.mktemp("fit") / "four_outlets", rows + [third, FOURTH])
    articles = load_articles(folder)
    assert articles["outlet"].nunique() == 4
    return articles


def _charts(articles):
    """Every chart of the notebooks, by name, drawn from the tables the notebooks build."""
    colors = outlet_colors(articles["outlet"])
    outlets = sorted(articles["outlet"].unique())
    quotes = extract_quotes(articles)
    scored = S.score_quotes(quotes)
    quoted = scored[scored["kind"].isin(S.QUOTED_KINDS)]
    sents = fr.content_sentences(articles)
    shares = fr.frame_shares(sents, fr.tag_frames(sents))
    by_side, by_kind = fr.source_mix(quotes, by="side"), fr.source_mix(quotes, by="speaker_kind")
    events = timeline.extract_events(articles)[0]
    plotted = timeline.timeline_data(events)
    lengths = sentences(articles, kinds=BODY_KINDS)
    yield "corpus_structure", lambda: plot_structure(structure(articles), colors)
    yield "sentence_lengths", lambda: plot_sentence_lengths(lengths, colors)
    yield "framing_distinctive_terms", lambda: plot_distinctive_terms(
        fr.top_terms(fr.distinctive_terms(articles), n=10, content_only=True), colors)
    yield "framing_frame_shares", lambda: plot_frame_shares(shares, colors)
    yield "framing_source_mix", lambda: plot_source_mix(fr.source_mix_chart_table(by_side, by_kind))
    yield "framing_aligned_pairs", lambda: plot_aligned_pairs(
        fr.pairs_chart_table(fr.side_by_side(fr.align_sentences(articles)), n=6))
    yield "framing_narrator_tone", lambda: plot_narrator_tone(
        fr.narrator_tone(fr.narrator_sentences(articles, quotes)), colors)
    yield "quoted_share", lambda: plot_quoted_share(S.quoted_share_panels(quotes), outlets)
    yield "quote_sentiment", lambda: plot_quote_sentiment(S.speaker_sentiment(scored), colors)
    yield "lexicon_agreement", lambda: plot_lexicon_agreement(S.agreement_points(quoted), colors)
    yield "engagement_timeline", lambda: plot_timeline(
        plotted, timeline.timeline_panels(plotted, published=articles["published"]), outlets=articles["outlet"],
        title=timeline.timeline_title(plotted, articles))
    yield "engagement_by_outlet", lambda: plot_outlet_events(
        timeline.outlet_event_positions(events, articles), plotted, outlets=articles["outlet"])


CHART_NAMES = [
    "corpus_structure", "sentence_lengths", "framing_distinctive_terms", "framing_frame_shares",
    "framing_source_mix", "framing_aligned_pairs", "framing_narrator_tone", "quoted_share", "quote_sentiment",
    "lexicon_agreement", "engagement_timeline", "engagement_by_outlet",
]  # fmt: skip


@pytest.fixture(scope="module")
def charts(four):
    return dict(_charts(four))


@pytest.fixture(scope="module")
def seed_charts(seeds):
    return dict(_charts(seeds))


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _drawn_ticks(axis) -> list[Text]:
    """The tick labels an axis draws (those of ticks inside its view; matplotlib keeps others, unseen)."""
    return [label for tick in axis._update_ticks() for label in (tick.label1, tick.label2) if label.get_visible()]


def _texts(fig) -> list[Text]:
    """Every text the figure draws: its titles and notes, and each panel's titles, labels, ticks, legend, notes."""
    found = list(fig.texts) + [t for t in (fig._suptitle, fig._supxlabel, fig._supylabel) if t is not None]
    for legend in fig.legends:
        found += list(legend.get_texts()) + [legend.get_title()]
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        found += [ax.title, ax._left_title, ax._right_title] + list(ax.texts)
        legend = ax.get_legend()
        if legend is not None:
            found += list(legend.get_texts()) + [legend.get_title()]
        if ax.axison:
            for axis in (ax.xaxis, ax.yaxis):
                found += [axis.label, axis.get_offset_text()] + _drawn_ticks(axis)
    return [t for t in found if t.get_visible() and t.get_text().strip()]


def text_problems(fig) -> list[str]:
    """Texts outside the figure, titles (figure and panels) that overlap, a layout that gave up: in words."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    box = fig.bbox
    problems = [f"layout gave up: {w.message}" for w in caught if "collapsed" in str(w.message)]
    for text in _texts(fig):
        if text.get_text().startswith("Source:"):
            continue  # the source line sits under the figure on purpose (export_figure's bounding box takes it in)
        extent = text.get_window_extent(renderer)
        if extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y0 < box.y0 - 1 or extent.y1 > box.y1 + 1:
            problems.append(f"outside the figure: {text.get_text()[:60]!r} {extent.bounds} in {box.bounds}")
    titles = [t for ax in fig.axes for t in (ax.title, ax._left_title, ax._right_title) if t.get_text().strip()]
    titles += [t for t in (fig._suptitle,) if t is not None and t.get_text().strip()]
    extents = [(t, t.get_window_extent(renderer)) for t in titles]
    for i, (a, ea) in enumerate(extents):
        for b, eb in extents[i + 1:]:
            if ea.overlaps(eb):
                problems.append(f"titles overlap: {a.get_text()[:40]!r} and {b.get_text()[:40]!r}")
    return problems


def test_the_check_sees_a_title_off_the_edge_and_titles_over_each_other():
    fig, axes = plt.subplots(1, 2, figsize=(4, 3), layout="constrained")
    axes[0].set_title("A panel title far too long to fit above its own narrow panel")
    axes[1].set_title("And another one just as long, running into the first")
    fig.suptitle("A figure title much longer than the figure it is the title of, running off its edge",
                 x=0.0, ha="left")
    problems = text_problems(fig)
    assert any(p.startswith("outside the figure") for p in problems), problems
    assert any(p.startswith("titles overlap") for p in problems), problems


def test_fit_text_wraps_what_runs_over_and_leaves_the_rest(tmp_path):
    fig, axes = plt.subplots(1, 2, figsize=(4, 3), layout="constrained")
    axes[0].set_title("A panel title far too long to fit above its own narrow panel")
    axes[1].set_title("Short")
    fig.suptitle("A figure title much longer than the figure it is the title of, running off its edge",
                 x=0.0, ha="left")
    fit_text(fig)
    assert text_problems(fig) == []
    assert "\n" in fig._suptitle.get_text() and "\n" in axes[0].get_title(loc="left")
    assert axes[1].get_title(loc="left") == "Short"


@pytest.mark.parametrize("name", CHART_NAMES)
def test_every_chart_fits_four_long_outlet_names(charts, four, name):
    fig = charts[name]()
    lay_out(fig, articles=four)  # as export_figure lays it out, without writing the files
    assert text_problems(fig) == []


PRESET_CHARTS = ["framing_frame_shares", "engagement_by_outlet", "quoted_share", "framing_distinctive_terms"]


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("name", PRESET_CHARTS)
def test_size_presets_keep_the_words_inside(seed_charts, seeds, name, size):
    fig = seed_charts[name]()
    lay_out(fig, articles=seeds, size=size)
    width, height = fig.get_size_inches()
    assert width == pytest.approx(SIZES[size][0]) and height <= SIZES[size][1] + 1e-9
    assert text_problems(fig) == []


@pytest.mark.parametrize("size", ["page", "slide"])
@pytest.mark.parametrize("name", PRESET_CHARTS)
def test_wide_presets_fit_four_long_outlet_names(charts, four, name, size):
    fig = charts[name]()
    lay_out(fig, articles=four, size=size)
    assert text_problems(fig) == []


def test_export_writes_the_preset_size(seed_charts, seeds, tmp_path):
    from PIL import Image

    fig = seed_charts["quoted_share"]()
    drawn = fig.get_size_inches()[0]
    written = export_figure(fig, "quoted_share", folder=tmp_path, articles=seeds, size="column")
    width = Image.open(written["png"]).size[0] / 200  # inches at 200 dpi, the tight box a little off the figure
    assert drawn > 9 and abs(width - SIZES["column"][0]) < 0.6


def test_an_unknown_size_is_refused_by_name(seed_charts, tmp_path):
    with pytest.raises(ValueError, match="'poster'.*column, page, slide"):
        export_figure(seed_charts["framing_frame_shares"](), "x", folder=tmp_path, size="poster")
