"""``index.html``: findings first, readable thumbnails linking to every format, article markup inert."""

from __future__ import annotations

import re
import struct
import zlib

import nbformat
import pytest

from helpers.corpus import load_articles
from helpers.report import write_index
from helpers.report.index import THUMBNAIL_SCALE, png_size
from tests.conftest import OTHER_EVENT, write_folder
from tests.report.test_findings import executed_notebook
from tests.test_report import HOSTILE, _live_script


def tiny_png(width: int, height: int) -> bytes:
    """A valid grey PNG of the given size."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def test_index_escapes_article_markup(tmp_path):
    folder = write_folder(tmp_path / "hostile", OTHER_EVENT + [HOSTILE])
    articles = load_articles(folder)
    html = write_index(tmp_path / "out", articles, []).read_text(encoding="utf-8")
    assert not _live_script(html)
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html
    assert "Markup &lt;b&gt;Weekly&lt;/b&gt;" in html


def test_index_groups_figures_under_their_notebook(tmp_path, seeds):
    figures = tmp_path / "figures"
    figures.mkdir()
    for name in ("sentence_lengths", "corpus_structure", "stray_chart"):
        for ext in ("png", "svg", "pdf", "csv"):
            (figures / f"{name}.{ext}").write_bytes(b"x")
    html = write_index(tmp_path, seeds, ["01_corpus_overview"]).read_text(encoding="utf-8")
    overview = html.index('<section class="notebook" id="01_corpus_overview">')
    other = html.index('<section id="other-figures">')
    # in the order the notebook exports them, then the figures no notebook claims
    assert overview < html.index('src="figures/corpus_structure.png"') < html.index('src="figures/sentence_lengths.png"') < other
    assert other < html.index('src="figures/stray_chart.png"')
    for ext in ("png", "svg", "pdf", "csv"):
        assert f'href="figures/corpus_structure.{ext}"' in html
    # the section is titled with the notebook's first heading, and says it was not run here
    assert "<h2>01 · The articles: what they are and how they are built</h2>" in html
    assert '<em class="not-run">not run</em>' in html


def test_index_leads_with_each_notebooks_findings(tmp_path, seeds):
    nb = executed_notebook(HOSTILE["title"])
    nbformat.write(nb, tmp_path / "01_corpus_overview.ipynb")
    for suffix in (".html", ".report.html"):
        (tmp_path / f"01_corpus_overview{suffix}").write_text("page", encoding="utf-8")
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "corpus_structure.png").write_bytes(tiny_png(2000, 500))
    html = write_index(tmp_path, seeds, ["01_corpus_overview", "02_framing"]).read_text(encoding="utf-8")
    section = html.index('id="01_corpus_overview"')
    finding = html.index("<strong>Finding.</strong>")
    assert section < finding < html.index('src="figures/corpus_structure.png"') < html.index('id="articles"')
    assert html.index("<strong>Question.</strong>") < finding
    assert "Not a finding" not in html  # an untagged cell's output is not a finding
    assert not _live_script(html)
    # the notebook's heading links to its report; its other forms are linked below the figures
    assert '<h2><a href="01_corpus_overview.report.html">07 · Who speaks: a test notebook</a></h2>' in html
    for href in ("01_corpus_overview.report.html", "01_corpus_overview.html", "01_corpus_overview.ipynb"):
        assert f'href="{href}"' in html
    # the notebook not run gets a section with its title from the committed notebook, and no findings
    later = html[html.index('id="02_framing"') :]
    assert "02 · Framing" in later and "Finding." not in later.split("</section>")[0]
    # table of contents: one entry per notebook, then the articles
    contents = re.findall(r'<li><a href="#([^"]+)">', html)
    assert contents == ["01_corpus_overview", "02_framing", "articles"]


def test_thumbnails_are_width_limited_and_link_to_the_full_figure(tmp_path, seeds):
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "corpus_structure.png").write_bytes(tiny_png(2000, 500))
    (tmp_path / "figures" / "corpus_structure.csv").write_text("a\n1\n", encoding="utf-8")
    assert png_size(tmp_path / "figures" / "corpus_structure.png") == (2000, 500)
    assert png_size(tmp_path / "figures" / "corpus_structure.csv") is None
    html = write_index(tmp_path, seeds, ["01_corpus_overview"]).read_text(encoding="utf-8")
    img = re.search(r'<a href="figures/corpus_structure.png"[^>]*><img ([^>]*)></a>', html)
    assert img, "the thumbnail links to the full-size PNG"
    width, height = round(2000 * THUMBNAIL_SCALE), round(500 * THUMBNAIL_SCALE)
    assert f'width="{width}" height="{height}"' in img.group(1)
    assert "max-width: 100%" in html  # and never wider than the page
    assert 'href="figures/corpus_structure.csv"' in html and 'href="figures/corpus_structure.svg"' not in html


def test_every_notebook_claims_the_figures_it_exports():
    from helpers.report import figures_of

    # notebook 02 exports as export_figure(plot_x(table, colors), "name", …): its figures are its own, not "other"
    assert figures_of("02_framing") == [
        "framing_distinctive_terms", "framing_frame_shares", "framing_source_mix", "framing_aligned_pairs",
        "framing_narrator_tone", "framing_outlet_only",
    ]
    assert figures_of("04_engagement_timeline") == ["engagement_timeline", "engagement_by_outlet"]


def test_the_reading_view_is_linked_where_the_run_wrote_it(tmp_path, seeds):
    assert "reading_view.html" not in write_index(tmp_path, seeds, []).read_text(encoding="utf-8")
    (tmp_path / "reading_view.html").write_text("<!DOCTYPE html><title>r</title>", encoding="utf-8")
    html = write_index(tmp_path, seeds, []).read_text(encoding="utf-8")
    assert '<p class="reading"><a href="reading_view.html"><strong>Reading view</strong></a>' in html
    assert html.index('class="reading"') < html.index('<ol class="contents">')  # before the notebooks


@pytest.mark.notebook
def test_the_seeds_index_leads_each_notebook_with_its_findings(seeds_report):
    """The committed notebooks tag their finding cells: each section of the index opens with them."""
    from helpers.notebooks import notebook_paths

    html = (seeds_report / "index.html").read_text(encoding="utf-8")
    for path in notebook_paths():
        start = html.index(f'<section class="notebook" id="{path.stem}">')
        section = html[start:html.index("</section>", start)]
        findings = re.search(r'<div class="findings">(.*?)</div>', section, re.S)
        assert findings, f"{path.stem}: no findings on the index"
        assert findings.group(1).count("<strong>Finding.</strong>") >= 2, findings.group(1)[:300]
        assert section.index('class="findings"') < section.index("<figure") if "<figure" in section else True
