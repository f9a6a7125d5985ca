"""An executed notebook as a page to share: renders offline, safely, with a title and a way back.

nbconvert's JupyterLab template, with five changes:

- no script from the network: the template's require.js, MathJax, Mermaid and
  widget loaders (all from a CDN) are left out; its CSS is already inline;
- every display output goes through :class:`~helpers.report.sanitize.SafeOutputs`
  (Markdown rendered, tables with their headers, article text inert);
- the tab is titled with the notebook's first heading, not "Notebook";
- a bar at the top links back to the index and to the other forms of the
  same notebook (with or without code, the ``.ipynb``);
- the project's own table script (:mod:`.table_script`), put in by the
  template, never from an output: every table with a header row sorts and
  filters, and a table too wide for the page scrolls in its own box.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from pathlib import Path

from jinja2 import DictLoader
from nbconvert import HTMLExporter

from .findings import notebook_title
from .sanitize import SafeOutputs
from .table_script import TABLE_CSS, TABLE_SCRIPT

TEMPLATE_NAME = "report_page.html.j2"

_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
.report-nav { font-family: var(--jp-ui-font-family); font-size: var(--jp-ui-font-size1);
  padding: 0.5rem 0 0.75rem; margin-bottom: 0.5rem; border-bottom: 1px solid var(--jp-border-color2); }
.report-nav a { color: var(--jp-content-link-color); margin-right: 1rem; }
.report-nav .here { color: var(--jp-ui-font-color2); margin-right: 1rem; }
{{ resources.table_css }}
</style>
{%- endblock extra_css -%}
{%- block body_header -%}
{{ super() }}
{{ resources.report_nav }}
{%- endblock body_header -%}
{%- block body_footer -%}
</main>
<script>{{ resources.table_script }}</script>
</body>
{%- endblock body_footer -%}
"""


def _nav(stem: str, no_input: bool) -> str:
    """Links: the index, then this notebook with code, without code, and as a notebook file."""
    forms = [
        (f"{stem}.report.html", "Report (without code)", no_input),
        (f"{stem}.html", "With code", not no_input),
        (f"{stem}.ipynb", "Notebook (.ipynb)", False),
    ]
    items = ['<a href="index.html" class="index-link">\u2190 Index: all notebooks, findings and figures</a>']
    for href, label, here in forms:
        items.append(
            f'<span class="here">{escape(label)}</span>' if here else f'<a href="{escape(href)}">{escape(label)}</a>'
        )
    return f'<nav class="report-nav" aria-label="Report">{" ".join(items)}</nav>'


@lru_cache(maxsize=2)
def page_exporter(no_input: bool = False) -> HTMLExporter:
    """nbconvert's HTML exporter for report pages (``no_input`` hides code, as ``--no-input``).

    One per setting and process: its templates are compiled on the first page
    and reused for every later one (a third of the time a page takes).  Pages
    are written one at a time (``helpers.notebooks.PAGES_LOCK``).
    """
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({TEMPLATE_NAME: _TEMPLATE})],
        template_file=TEMPLATE_NAME,
        exclude_input=no_input,
        exclude_input_prompt=no_input,
        exclude_output_prompt=no_input,
        # nbconvert's own sanitizer would escape headings and table headers: SafeOutputs does it right
        sanitize_html=False,
    )
    exporter.register_preprocessor(SafeOutputs(), enabled=True)
    return exporter


def render_page(nb, stem: str, no_input: bool = False) -> str:
    """The page for the executed notebook ``nb`` whose files are named ``stem``.*."""
    title = notebook_title(nb, fallback=stem)
    nb = nb.copy()
    nb.metadata = {**nb.metadata, "title": title if no_input else f"{title} (with code)"}
    resources = {
        "metadata": {"name": stem},
        "report_nav": _nav(stem, no_input),
        "table_css": TABLE_CSS,
        "table_script": TABLE_SCRIPT,
    }
    body, _ = page_exporter(no_input).from_notebook_node(nb, resources=resources)
    return body


def write_page(nb, output: str | Path, no_input: bool = False) -> Path:
    """Write the page for ``nb`` to ``output`` (``NN_name.html``, or ``NN_name.report.html`` with ``no_input``)."""
    output = Path(output)
    stem = output.name.removesuffix(".html").removesuffix(".report")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_page(nb, stem, no_input), encoding="utf-8")
    return output
