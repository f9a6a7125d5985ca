"""helpers.tables: tables to read (percentages, two decimals, words for headers, text that wraps), interactive."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.tables import REPORT_MIME, header, interactive_tables_bundle, readable_table
from tests.test_report import HOSTILE, _live_script


def test_shares_as_percentages_scores_to_two_decimals_and_headers_in_words():
    frame = pd.DataFrame({
        "outlet": ["Axios", "Financial Times"],
        "share": [0.810256, 0.004],
        "ci_low": [0.7, 0.0],
        "z": [1.91456, -0.5],
        "n_words": [692, 715],
        "words_per_sentence": [24.7, 23.1],
        "too_few": [False, True],
    })
    table = readable_table(frame, percent=["ci_low"]).frame
    assert list(table.columns) == ["Outlet", "Share", "95% CI from", "z-score", "Words", "Words per sentence",
                                   "Too few to tell"]
    assert list(table["Share"]) == ["81%", "0.4%"]
    assert list(table["95% CI from"]) == ["70%", "0%"]
    assert list(table["z-score"]) == ["1.91", "-0.50"]
    assert list(table["Words"]) == ["692", "715"]
    assert list(table["Words per sentence"]) == ["24.70", "23.10"]
    assert list(table["Too few to tell"]) == ["no", "yes"]


@pytest.mark.parametrize(("name", "words"), [
    ("n_section_heading", "Section headings"), ("speaker_kind", "Kind of speaker"), ("first_actor", "First actor"),
    ("n_loaded", "Loaded terms"), ("n_events", "Events"), ("date_expressions", "Date expressions"),
    (("polarity", "mean"), "TextBlob polarity Mean"),
])
def test_header_words(name, words):
    assert header(name) == words


def test_only_shares_read_as_percentages():
    frame = pd.DataFrame({"share_highest": [0.63], "quoted_share": [0.5], "n_shared": [6], "shared": ["alaska, march"],
                          "gap": [0.17]})
    table = readable_table(frame).frame
    assert list(table.iloc[0]) == ["63%", "50%", "6", "alaska, march", "0.17"]
    assert readable_table(frame, percent=["gap"]).frame.iloc[0, -1] == "17%"


def test_dates_lists_and_missing_values_read_plainly():
    frame = pd.DataFrame({
        "published": pd.to_datetime(["2021-09-10", "2021-09-10 14:30"], format="mixed"),
        "speakers": [["Xi Jinping", "Wang Yi"], []],
        "score": [float("nan"), 0.5],
        "label": ["a", None],
    })
    table = readable_table(frame).frame
    assert list(table["Published"]) == ["2021-09-10", "2021-09-10 14:30"]
    assert list(table["Speakers"]) == ["Xi Jinping, Wang Yi", ""]
    assert list(table["Score"]) == ["", "0.50"] and list(table["Label"]) == ["a", ""]


def test_a_named_index_becomes_columns_and_row_numbers_do_not():
    counts = pd.DataFrame({"Axios": [7, 12], "Financial Times": [17, 0]}, index=pd.Index(["body", "bullet"], name="kind"))
    assert list(readable_table(counts).frame.columns) == ["Kind", "Axios", "Financial Times"]
    picked = pd.DataFrame({"outlet": ["a", "b", "c"]}).iloc[[2, 0]]  # an index of row numbers, out of order
    assert list(readable_table(picked).frame.columns) == ["Outlet"]
    assert list(readable_table(pd.Series([1, 2], name="n_words")).frame.columns) == ["Words"]


def test_text_is_left_aligned_and_long_text_wraps_never_cut():
    long = "The Biden administration has publicly raised concerns about China's hacking of Microsoft " * 3
    table = readable_table(pd.DataFrame({"outlet": ["Axios"], "text": [long], "n_words": [42]}))
    assert table.kinds == ["text", "text long", "num"]
    html = table.html()
    assert f'<td class="text long">{long}</td>'.replace("'", "&#x27;") in html  # the whole text, escaped
    assert '<th scope="col" class="num">Words</th>' in html and '<td class="num">42</td>' in html
    assert html.startswith('<div class="readable-table"><table class="readable">') and "<thead><tr>" in html


def test_article_markup_stays_text_in_both_forms():
    table = readable_table(pd.DataFrame({"title": [HOSTILE["title"]], "outlet": [HOSTILE["outlet"]]}))
    bundle = table._repr_mimebundle_()
    for html in (bundle[REPORT_MIME], bundle["text/html"]):
        assert not _live_script(html) and "<b>Weekly</b>" not in html


def test_jupyterlab_gets_an_offline_interactive_table_the_report_a_static_one():
    frame = pd.DataFrame({"outlet": ["Axios", "Financial Times"] * 3, "share": [0.5, 0.25] * 3})
    bundle = readable_table(frame)._repr_mimebundle_()
    interactive = bundle["text/html"]
    assert "new ITable(" in interactive and '"connected"' not in interactive
    assert not re.search(r"""(import[^;]*from\s*['"]https?:|<script[^>]*\bsrc=|<link[^>]*href=["']?https?:)""",
                         interactive), "the interactive table loads nothing from the network"
    assert "<script" not in bundle[REPORT_MIME] and "<td class=\"num\">25%</td>" in bundle[REPORT_MIME]
    assert "Financial Times" in bundle["text/plain"]


def test_the_interactive_tables_bundle_is_offline_and_left_out_of_reports():
    bundle = interactive_tables_bundle()
    assert bundle[REPORT_MIME] == ""  # a shared page shows nothing in its place
    html = bundle["text/html"]
    assert "injectModule(" in html and len(html) > 100_000  # DataTables itself, embedded
    assert "unpkg" not in html and not re.search(r"""import[^;]*from\s*['"]https?:""", html)


def test_a_search_box_from_four_rows_on_in_jupyterlab():
    def layout(n):
        html = readable_table(pd.DataFrame({"outlet": [f"o{i}" for i in range(n)]})).interactive_html()
        return re.search(r'"layout": (\{[^}]*\})', html).group(1)

    assert '"topEnd": null' in layout(3)  # read at a glance
    assert '"topEnd": "search"' in layout(6) and '"bottomEnd": null' in layout(6)  # one page: search, no paging
    assert '"topEnd": "search"' in layout(30) and '"bottomEnd": "paging"' in layout(30)
