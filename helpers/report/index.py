"""``index.html``: one page a reader opens without Jupyter.

It leads with each notebook's computed findings (the outputs of its cells
tagged ``finding``) and thumbnails of its figures, each linking to the full
figure and to its SVG, PDF and CSV; then the figures no notebook claims and
the articles analysed.  Everything that comes from an article (titles,
outlets, text) is HTML-escaped, or cleaned by the report's allow-list, so
markup inside an article is shown as text, inert.
"""

from __future__ import annotations

import json
import re
import struct
from html import escape
from pathlib import Path

import pandas as pd

from ..paths import NOTEBOOKS_DIR
from ..reading import READING_VIEW_PAGE
from .findings import findings_of, notebook_question, notebook_title, read_notebook

FIGURE_FORMATS = ("png", "svg", "pdf", "csv")

# Figures are written at 200 dpi; a thumbnail shows them at 80 px per inch (0.4 of their pixels), where a
# 9-point label is still about 10 px high, and never wider than the page.  The full figure is a click away.
THUMBNAIL_SCALE = 0.4

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 62rem; margin: 2rem auto;
  padding: 0 1rem; color: #222; line-height: 1.45; }}
h1 {{ font-size: 1.7rem; margin-bottom: 0.3rem; }}
h2 {{ font-size: 1.3rem; margin: 2.5rem 0 0.3rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }}
h2 a {{ color: inherit; text-decoration: none; }} h2 a:hover {{ text-decoration: underline; }}
.intro {{ color: #444; }}
.reading {{ border: 1px solid #d8e3ec; background: #fafcfe; padding: 0.5rem 1rem; }}
.contents {{ padding-left: 1.3rem; }}
.question {{ color: #555; font-size: 0.95rem; }} .question p {{ margin: 0.3rem 0; }}
.findings {{ border-left: 4px solid #0072b2; background: #f5f9fc; padding: 0.4rem 1rem; margin: 0.8rem 0; }}
.findings p, .findings li {{ margin: 0.35rem 0; }}
.links a {{ margin-right: 0.8rem; }}
.not-run {{ color: #a33; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
th, td {{ text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #eee; vertical-align: top; }}
.gallery {{ display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin: 1rem 0; }}
figure {{ margin: 0; border: 1px solid #e4e4e4; padding: 0.5rem; background: #fff; max-width: 100%;
  box-sizing: border-box; }}
figure img {{ display: block; max-width: 100%; height: auto; }}
figcaption {{ font-size: 0.85rem; margin-top: 0.3rem; }} figcaption a {{ margin-right: 0.5rem; }}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="intro">{intro}</p>
{reading}
<ol class="contents">
{contents}
</ol>
</header>
<main>
{sections}
<section id="articles">
<h2>Articles analysed</h2>
{articles}
</section>
</main>
</body>
</html>
"""


def _articles_table(articles: pd.DataFrame) -> str:
    rows = [
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            escape(str(row.outlet)),
            escape(str(row.title)),
            escape(pd.Timestamp(row.published).strftime("%Y-%m-%d")),
            escape(str(row.file)),
        )
        for row in articles.itertuples(index=False)
    ]
    return (
        "<table><thead><tr><th>Outlet</th><th>Title</th><th>Published</th><th>File</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def png_size(path: Path) -> tuple[int, int] | None:
    """Width and height from a PNG's header, or None if ``path`` is not a PNG."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def _figure_card(figures_dir: Path, stem: str) -> str:
    links = [
        f'<a href="figures/{escape(stem)}.{ext}">{ext.upper()}</a>'
        for ext in FIGURE_FORMATS
        if (figures_dir / f"{stem}.{ext}").exists()
    ]
    size = png_size(figures_dir / f"{stem}.png")
    # width-limited to the thumbnail scale; with its height, the page keeps its layout while images load
    dims = "".join(f' {k}="{round(v * THUMBNAIL_SCALE)}"' for k, v in zip(("width", "height"), size or ()))
    label = stem.replace("_", " ")
    return (
        f'<figure><a href="figures/{escape(stem)}.png" title="Full size: {escape(stem)}.png">'
        f'<img src="figures/{escape(stem)}.png" alt="{escape(label)}"{dims} loading="lazy"></a>'
        f"<figcaption><strong>{escape(label)}</strong> \u00b7 {' '.join(links)}</figcaption></figure>"
    )


# export_figure(fig, "name", …) or export_figure(plot_x(table, colors), "name", …): the first string argument
_EXPORTED = re.compile(r"""export_figure\(\s*(?:[\w.]+|[\w.]+\((?:[^"'()]|\([^()]*\))*\))\s*,\s*["']([^"']+)["']""")


def figures_of(stem: str) -> list[str]:
    """The figure names a notebook exports, in the order its cells export them."""
    path = NOTEBOOKS_DIR / f"{stem}.ipynb"
    if not path.exists():
        return []
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    source = "\n".join("".join(c.get("source", "")) for c in cells if c.get("cell_type") == "code")
    return list(dict.fromkeys(_EXPORTED.findall(source)))


def _gallery(figures_dir: Path, names: list[str]) -> str:
    if not names:
        return ""
    cards = "\n".join(_figure_card(figures_dir, n) for n in names)
    return f'<div class="gallery">\n{cards}\n</div>'


def _links(out_dir: Path, stem: str) -> str:
    forms = [(f"{stem}.report.html", "Read the report"), (f"{stem}.html", "with code"), (f"{stem}.ipynb", "notebook")]
    links = [f'<a href="{escape(href)}">{label}</a>' for href, label in forms if (out_dir / href).exists()]
    if not (out_dir / f"{stem}.report.html").exists():
        links.append('<em class="not-run">not run</em>')
    return f'<p class="links">{" ".join(links)}</p>'


def _notebook_section(out_dir: Path, stem: str, figures: list[str]) -> tuple[str, str]:
    """One notebook's title, and its section: question, findings, figure thumbnails, links to its pages."""
    executed = read_notebook(out_dir / f"{stem}.ipynb")
    source = executed if executed is not None else read_notebook(NOTEBOOKS_DIR / f"{stem}.ipynb")
    title = notebook_title(source, fallback=stem.split("_", 1)[-1].replace("_", " "))
    heading = escape(title)
    if (out_dir / f"{stem}.report.html").exists():
        heading = f'<a href="{escape(stem)}.report.html">{heading}</a>'
    findings = findings_of(executed)
    parts = [
        f'<section class="notebook" id="{escape(stem)}">',
        f"<h2>{heading}</h2>",
        f'<div class="question">{notebook_question(source)}</div>' if source is not None else "",
        f'<div class="findings">\n{chr(10).join(findings)}\n</div>' if findings else "",
        _gallery(out_dir / "figures", figures),
        _links(out_dir, stem),
        "</section>",
    ]
    return title, "\n".join(p for p in parts if p)


def _sections(out_dir: Path, notebooks: list[str], stems: list[str]) -> tuple[list[str], list[str]]:
    """The notebooks' sections (figures under the notebook that exports them), then any other figures."""
    sections, contents, shown = [], [], set()
    for notebook in notebooks:
        names = [n for n in figures_of(notebook) if n in stems]
        title, section = _notebook_section(out_dir, notebook, names)
        sections.append(section)
        contents.append(f'<li><a href="#{escape(notebook)}">{escape(title)}</a></li>')
        shown.update(names)
    rest = [n for n in stems if n not in shown]
    if rest:
        gallery = _gallery(out_dir / "figures", rest)
        sections.append(f'<section id="other-figures">\n<h2>Other figures</h2>\n{gallery}\n</section>')
        contents.append('<li><a href="#other-figures">Other figures</a></li>')
    if (out_dir / READING_VIEW_PAGE).exists():
        contents.append(f'<li><a href="{READING_VIEW_PAGE}">Reading view: the articles, marked</a></li>')
    contents.append('<li><a href="#articles">Articles analysed</a></li>')
    return sections, contents


def _reading_link(out_dir: Path) -> str:
    """A pointer to the reading view, where a reader checks any number against the text (if the run wrote it)."""
    if not (out_dir / READING_VIEW_PAGE).exists():
        return ""
    return (
        f'<p class="reading"><a href="{READING_VIEW_PAGE}"><strong>Reading view</strong></a>: every article as text, '
        "side by side, with its quotes coloured by the speaker's side, its dates and loaded terms marked, and each "
        "sentence linked to the sentence another outlet tells the same fact with. Check any number below against "
        "the text there.</p>"
    )


def write_index(out_dir: str | Path, articles: pd.DataFrame, notebooks: list[str], title: str | None = None) -> Path:
    """Write ``out_dir/index.html`` for the notebooks (stems) and the figures in ``out_dir/figures``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures_dir = out_dir / "figures"
    stems = sorted({p.stem for p in figures_dir.glob("*.png")}) if figures_dir.exists() else []
    outlets = ", ".join(sorted(articles["outlet"].astype(str).unique()))
    sections, contents = _sections(out_dir, notebooks, stems)
    page = _PAGE.format(
        title=escape(title or f"News coverage compared: {outlets}"),
        intro=escape(
            f"{len(articles)} articles from {articles['outlet'].nunique()} outlets. "
            "Each notebook below: what it found, its figures (click for full size; SVG, PDF and the plotted "
            "data as CSV beside each), and its report, rendered without code."
        ),
        reading=_reading_link(out_dir),
        contents="\n".join(contents),
        sections="\n".join(sections),
        articles=_articles_table(articles),
    )
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
