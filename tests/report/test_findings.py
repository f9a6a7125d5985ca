"""What the index takes from a notebook: its title, its question, and the outputs of its ``finding`` cells."""

from __future__ import annotations

import nbformat
import nbformat.v4 as v4

from helpers.report.findings import findings_of, notebook_question, notebook_title, read_notebook
from tests.test_report import HOSTILE, _live_script


def _display(**data):
    return v4.new_output("display_data", data=data)


def executed_notebook(finding_title: str = "Axios") -> nbformat.NotebookNode:
    """A small executed notebook: a heading and question, one cell tagged ``finding`` and one not."""
    finding = v4.new_code_cell(
        "show_findings()",
        metadata={"tags": ["finding"]},
        outputs=[
            _display(**{"text/markdown": f"**Finding.** {finding_title} quotes 3 officials.", "text/plain": "<md>"}),
            _display(**{"text/html": "<table><tr><th>a</th></tr></table>", "text/plain": "   a"}),
            _display(**{"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}),
            v4.new_output("stream", name="stderr", text="UserWarning: something\n"),
            v4.new_output("stream", name="stdout", text="2 outlets compared.\n"),
            v4.new_output("execute_result", data={"text/plain": "'a plain finding'"}, execution_count=3),
        ],
    )
    other = v4.new_code_cell("table", outputs=[_display(**{"text/markdown": "**Not a finding.**"})])
    return v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# 07 · Who *speaks*: a [test](x.md) notebook\n\n**Question.** Who speaks?\n\nReads x."),
            v4.new_code_cell("articles_dir = None", metadata={"tags": ["parameters"]}),
            other,
            finding,
        ]
    )


def test_title_is_the_first_heading_as_plain_text():
    assert notebook_title(executed_notebook()) == "07 · Who speaks: a test notebook"
    assert notebook_title(v4.new_notebook(cells=[v4.new_code_cell("1")]), fallback="07_x") == "07_x"


def test_question_is_the_first_paragraph_after_the_heading():
    assert notebook_question(executed_notebook()).strip() == "<p><strong>Question.</strong> Who speaks?</p>"
    assert notebook_question(None) == ""


def test_findings_are_the_text_outputs_of_tagged_cells_in_order():
    blocks = findings_of(executed_notebook())
    assert [b.strip() for b in blocks] == [
        "<p><strong>Finding.</strong> Axios quotes 3 officials.</p>",
        "<p>2 outlets compared.</p>",
        "<p>&#x27;a plain finding&#x27;</p>",
    ]
    assert findings_of(None) == []


def test_a_finding_quoting_an_article_stays_inert():
    blocks = findings_of(executed_notebook(HOSTILE["title"]))
    assert not _live_script(blocks[0])
    assert "&lt;script&gt;alert('title')&lt;/script&gt;" in blocks[0]


def test_read_notebook_of_a_notebook_not_run(tmp_path):
    assert read_notebook(tmp_path / "01_missing.ipynb") is None
    nbformat.write(executed_notebook(), tmp_path / "07_x.ipynb")
    assert len(findings_of(read_notebook(tmp_path / "07_x.ipynb"))) == 3
