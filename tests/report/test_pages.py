"""A notebook page: Markdown and tables render, nothing loads from the network, article text stays inert."""

from __future__ import annotations

import re

import nbformat.v4 as v4
import pandas as pd

from helpers.notebooks import write_html
from helpers.report.pages import render_page
from tests.report.test_findings import executed_notebook
from tests.test_report import HOSTILE, _live_script


def page_notebook():
    """An executed notebook with what the collection displays: Markdown, a DataFrame, a chart, JavaScript."""
    nb = executed_notebook(HOSTILE["title"])
    frame = pd.DataFrame({"outlet": ["Axios", HOSTILE["outlet"]], "title": ["Inside", HOSTILE["title"]]})
    nb.cells.append(
        v4.new_code_cell(
            "frame",
            outputs=[
                v4.new_output("execute_result", data={"text/html": frame._repr_html_(), "text/plain": "..."}),
                v4.new_output("display_data", data={"application/javascript": "document.title = 'owned'"}),
                v4.new_output("display_data", data={"text/markdown": "## A heading from code\n\nText *here*."}),
            ],
        )
    )
    nb.cells.append(v4.new_markdown_cell("## Section\n\nPlain **Markdown** cell."))
    return nb


def test_markdown_renders_as_html():
    html = render_page(page_notebook(), "07_x", no_input=True)
    assert re.search(r"<h1 id=[^>]*>07 · Who <em>speaks</em>", html)
    assert re.search(r"<h2 id=[^>]*>A heading from code", html) and "<em>here</em>" in html
    assert "<strong>Finding.</strong>" in html
    # nothing of the rendering shows as text (what nbconvert's own sanitizer did)
    assert not re.search(r"&lt;/?(h[1-6]|p|table|thead|th|td|style|div|strong|em)\b", html)


def test_tables_keep_their_header_row_and_lose_the_pandas_style_block():
    html = render_page(page_notebook(), "07_x", no_input=True)
    assert "<th>outlet</th>" in html and "<th>title</th>" in html
    assert "<style scoped>" not in html and ".dataframe tbody tr th" not in html


def test_no_script_or_style_from_the_network_and_no_output_script():
    html = render_page(page_notebook(), "07_x")
    assert not re.search(r"<script[^>]*\bsrc=", html), "a script is loaded from a file or the network"
    assert not re.search(r"<link[^>]*stylesheet", html)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html)
    assert "require.min.js" not in html and "MathJax" not in html and "mermaid.esm" not in html
    assert "document.title = 'owned'" not in html  # a JavaScript output does not run in a shared page


def test_article_text_stays_inert():
    html = render_page(page_notebook(), "07_x", no_input=True)
    assert not _live_script(html)
    assert "Harbour &lt;script&gt;alert(" in html
    assert "Markup &lt;b&gt;Weekly&lt;/b&gt;" in html


def test_title_and_links_back_to_the_index_and_the_other_forms(tmp_path):
    nb = page_notebook()
    report = write_html(nb, tmp_path / "07_x.report.html", no_input=True).read_text(encoding="utf-8")
    code = write_html(nb, tmp_path / "07_x.html").read_text(encoding="utf-8")
    assert "<title>07 · Who speaks: a test notebook</title>" in report
    assert "<title>07 · Who speaks: a test notebook (with code)</title>" in code
    for page, other in ((report, "07_x.html"), (code, "07_x.report.html")):
        nav = re.search(r'<nav [^>]*class="report-nav".*?</nav>', page, re.S).group(0)
        assert 'href="index.html"' in nav and f'href="{other}"' in nav and 'href="07_x.ipynb"' in nav
    assert "show_findings" in code and "show_findings" not in report  # the code, highlighted


def test_a_title_with_markup_is_escaped():
    nb = page_notebook()
    nb.cells[0].source = "# Talks <script>alert('title')</script>\n\nText."
    html = render_page(nb, "07_x", no_input=True)
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<script" not in title and "&lt;script&gt;" in title


def _with_readable_table(nb):
    from helpers.tables import interactive_tables_bundle, readable_table

    frame = pd.DataFrame({"outlet": ["Axios", "Financial Times", HOSTILE["outlet"], "Reuters"],
                          "share": [0.5, 0.25, 0.13, 0.12]})
    nb.cells.append(v4.new_code_cell("readable_table(frame)", outputs=[
        v4.new_output("display_data", data=interactive_tables_bundle()),
        v4.new_output("execute_result", data=readable_table(frame)._repr_mimebundle_(), execution_count=9),
    ]))
    return nb


def test_a_readable_table_shows_as_its_static_form_with_the_pages_own_script():
    from helpers.report.table_script import TABLE_SCRIPT

    html = render_page(_with_readable_table(page_notebook()), "07_x", no_input=True)
    assert '<table class="readable">' in html and '<td class="num">13%</td>' in html
    assert "ITable" not in html and "injectModule" not in html  # itables' code stays in the notebook
    assert html.count("<script>") == 1 and html.count(TABLE_SCRIPT.strip()) == 1  # the template's, once
    assert "Markup &lt;b&gt;Weekly&lt;/b&gt;" in html and not _live_script(html)
