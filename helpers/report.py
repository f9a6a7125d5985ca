"""``index.html``: one page a reader opens without Jupyter.

It lists the articles analysed, links each notebook rendered without its
code, and shows every exported figure with links to its PNG, SVG, PDF and
CSV.  Everything that comes from an article (titles, outlets, text) is
HTML-escaped, so markup inside an article is shown as text, inert.
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

import pandas as pd

from .paths import NOTEBOOKS_DIR

FIGURE_FORMATS = ("png", "svg", "pdf", "csv")

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }}
h1 {{ font-size: 1.6rem; }} h2 {{ font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
th, td {{ text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #eee; vertical-align: top; }}
.gallery {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }}
figure {{ margin: 0; border: 1px solid #eee; padding: 0.5rem; }} figure img {{ width: 100%; height: auto; }}
figcaption {{ font-size: 0.85rem; }} figcaption a {{ margin-right: 0.4rem; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{intro}</p>
<h2>Articles analysed</h2>
{articles}
<h2>Notebooks</h2>
<ol>
{notebooks}
</ol>
<h2>Figures</h2>
{figures}
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


def _notebook_item(out_dir: Path, stem: str) -> str:
    title = stem.split("_", 1)[-1].replace("_", " ")
    links = [f'<a href="{escape(stem)}.report.html">{escape(title)}</a>']
    if (out_dir / f"{stem}.html").exists():
        links.append(f'(<a href="{escape(stem)}.html">with code</a>, <a href="{escape(stem)}.ipynb">notebook</a>)')
    missing = "" if (out_dir / f"{stem}.report.html").exists() else " <em>not run</em>"
    return f"<li>{' '.join(links)}{missing}</li>"


def _figure_card(figures_dir: Path, stem: str) -> str:
    links = [
        f'<a href="figures/{escape(stem)}.{ext}">{ext.upper()}</a>'
        for ext in FIGURE_FORMATS
        if (figures_dir / f"{stem}.{ext}").exists()
    ]
    return (
        f'<figure><a href="figures/{escape(stem)}.png"><img src="figures/{escape(stem)}.png" '
        f'alt="{escape(stem)}" loading="lazy"></a><figcaption><strong>{escape(stem)}</strong><br>'
        f"{' '.join(links)}</figcaption></figure>"
    )


_EXPORTED = re.compile(r"""export_figure\(\s*\w+\s*,\s*["']([^"']+)["']""")


def figures_of(stem: str) -> list[str]:
    """The figure names a notebook exports, in the order its cells export them."""
    path = NOTEBOOKS_DIR / f"{stem}.ipynb"
    if not path.exists():
        return []
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    source = "\n".join("".join(c.get("source", "")) for c in cells if c.get("cell_type") == "code")
    return list(dict.fromkeys(_EXPORTED.findall(source)))


def _gallery(figures_dir: Path, notebooks: list[str], stems: list[str]) -> str:
    """Figures grouped under the notebook that exports them, in reading order; any others last."""
    sections, shown = [], set()
    for notebook in notebooks:
        names = [n for n in figures_of(notebook) if n in stems]
        if names:
            title = notebook.split("_", 1)[-1].replace("_", " ")
            cards = "\n".join(_figure_card(figures_dir, n) for n in names)
            sections.append(f'<h3>{escape(title)}</h3>\n<div class="gallery">\n{cards}\n</div>')
            shown.update(names)
    rest = [n for n in stems if n not in shown]
    if rest:
        cards = "\n".join(_figure_card(figures_dir, n) for n in rest)
        sections.append(f'<h3>Other figures</h3>\n<div class="gallery">\n{cards}\n</div>')
    return "\n".join(sections) or "<p>No figures.</p>"


def write_index(out_dir: str | Path, articles: pd.DataFrame, notebooks: list[str], title: str | None = None) -> Path:
    """Write ``out_dir/index.html`` for the notebooks (stems) and the figures in ``out_dir/figures``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures_dir = out_dir / "figures"
    stems = sorted({p.stem for p in figures_dir.glob("*.png")}) if figures_dir.exists() else []
    outlets = ", ".join(sorted(articles["outlet"].astype(str).unique()))
    page = _PAGE.format(
        title=escape(title or f"News coverage compared: {outlets}"),
        intro=escape(
            f"{len(articles)} articles from {articles['outlet'].nunique()} outlets. "
            "Each notebook below is rendered without its code; every figure links to its data (CSV)."
        ),
        articles=_articles_table(articles),
        notebooks="\n".join(_notebook_item(out_dir, stem) for stem in notebooks),
        figures=_gallery(figures_dir, notebooks, stems),
    )
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
