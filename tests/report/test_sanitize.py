"""The allow-list every displayed output goes through before it reaches a shared page."""

from __future__ import annotations

import pandas as pd

from helpers.report.sanitize import SafeOutputs, markdown_to_html, safe_output_data, sanitize_html
from tests.test_report import HOSTILE, _live_script


def test_structure_kept_live():
    html = sanitize_html('<h2 id="x">Frames</h2><p>One <strong>two</strong> <a href="figures/a.csv">data</a></p>'
                         "<ul><li>a</li></ul>")
    assert html == ('<h2 id="x">Frames</h2><p>One <strong>two</strong> <a href="figures/a.csv">data</a></p>'
                    "<ul><li>a</li></ul>")


def test_dataframe_keeps_its_header_and_loses_its_style_block():
    frame = pd.DataFrame({"outlet": ["Axios", "Financial Times"], "share": [0.5, 0.25]})
    html = sanitize_html(frame._repr_html_())
    assert "<style" not in html and "&lt;style" not in html and "vertical-align" not in html
    assert "<thead>" in html and "<th>outlet</th>" in html and "<th>share</th>" in html
    assert "<td>Financial Times</td>" in html


def test_article_markup_in_a_table_stays_text():
    frame = pd.DataFrame({"title": [HOSTILE["title"]], "snippet": ["ended <img src=x onerror=alert(1)> without"]})
    html = sanitize_html(frame._repr_html_())
    assert not _live_script(html) and "<img" not in html
    assert "<td>Harbour &lt;script&gt;alert('title')&lt;/script&gt; talks</td>" in html
    assert "<td>ended &lt;img src=x onerror=alert(1)&gt; without</td>" in html


def test_markup_outside_the_list_is_escaped_not_run():
    hostile = (
        '<p>Talks <script>alert(1)</script> ended <img src="http://tracker.example/x.png" onerror="alert(2)">'
        '<iframe src="http://example.com"></iframe> <a href="javascript:alert(3)" onclick="alert(4)">here</a>'
        '<span style="background:url(http://example.com/x)">s</span></p>'
    )
    html = sanitize_html(hostile)
    assert not _live_script(html) and "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as the text it was
    assert "<img" not in html and "<iframe" not in html
    assert "javascript:" not in html and "onclick" not in html and "style=" not in html
    assert "<a>here</a>" in html


def test_markdown_is_rendered_then_cleaned():
    html = markdown_to_html("# Finding\n\n**Axios** quotes <script>alert(1)</script> more.\n\n1. one\n2. two")
    assert html.startswith('<h1 id="Finding">Finding')
    assert "<strong>Axios</strong>" in html and "<ol>" in html and "<li>one</li>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html


def test_output_bundle_keeps_only_what_a_page_may_show():
    data = {
        "text/plain": "<Figure>",
        "image/png": "iVBORw0KGgo=",
        "text/markdown": "**Finding.** A <b>bold</b> claim",
        "application/javascript": "alert(1)",
        "application/vnd.jupyter.widget-view+json": {"model_id": "x"},
    }
    safe = safe_output_data(data)
    assert set(safe) == {"text/plain", "image/png", "text/html"}
    assert safe["text/html"].strip() == "<p><strong>Finding.</strong> A <b>bold</b> claim</p>"
    # an HTML rendering wins over the Markdown one, as in the page
    assert safe_output_data({"text/html": "<p>h</p>", "text/markdown": "m"})["text/html"] == "<p>h</p>"


def test_preprocessor_cleans_every_code_output_and_leaves_markdown_cells():
    import nbformat.v4 as v4

    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Title <em>kept</em>"),
            v4.new_code_cell(
                "x",
                outputs=[
                    v4.new_output("display_data", data={"text/html": "<p>ok</p><script>alert(1)</script>"}),
                    v4.new_output("stream", name="stdout", text="<p>printed</p>"),
                    v4.new_output("display_data", data={"application/javascript": "alert(2)"}),
                ],
            ),
        ]
    )
    nb, _ = SafeOutputs().preprocess(nb, {})
    assert nb.cells[0].source == "# Title <em>kept</em>"
    assert nb.cells[1].outputs[0].data["text/html"] == "<p>ok</p>&lt;script&gt;alert(1)&lt;/script&gt;"
    assert nb.cells[1].outputs[1].text == "<p>printed</p>"  # streams are escaped by the template
    assert len(nb.cells[1].outputs) == 2  # the script display is gone, not left empty


def test_an_output_that_names_its_report_form_is_shown_as_that_cleaned():
    from helpers.tables import REPORT_MIME

    data = {
        "text/html": "<table id='t'></table><script type='module'>new ITable(t)</script>",
        REPORT_MIME: "<table><thead><tr><th>outlet</th></tr></thead><tbody><tr><td>x <script>alert(1)</script></td>"
                     "</tr></tbody></table>",
        "text/plain": "...",
    }
    safe = safe_output_data(data)
    assert set(safe) == {"text/html"} and "ITable" not in safe["text/html"]
    assert "<th>outlet</th>" in safe["text/html"] and "&lt;script&gt;alert(1)&lt;/script&gt;" in safe["text/html"]
    # an empty report form: the output is left out of the page (itables' code, for instance)
    assert safe_output_data({"text/html": "<script>lots of code</script>", REPORT_MIME: ""}) == {}
