"""The reading view: marks where the analyses found things, links between aligned sentences, inert text."""

from __future__ import annotations

import re
from html import unescape

import pandas as pd

from helpers.corpus import load_articles
from helpers.reading import anchor, reading_view

ARTICLE = "Title <b>here</b>\n\nThe minister said \u201cwe will talk\u201d on Monday. <script>alert(1)</script> Then silence.\n"


def one_article(text: str = ARTICLE, outlet: str = "Outlet A", article_id: str = "a1") -> pd.DataFrame:
    return pd.DataFrame([{"article_id": article_id, "outlet": outlet, "title": "T",
                          "published": pd.Timestamp("2021-09-10"), "text": text}])


def test_marks_wrap_exactly_the_offsets_they_were_given():
    articles = one_article()
    start = ARTICLE.index("we will talk")
    quotes = pd.DataFrame([{"article_id": "a1", "start": start, "end": start + 12, "speaker": "the minister",
                            "side": "US government", "kind": "direct"}])
    d0 = ARTICLE.index("on Monday")
    dates = pd.DataFrame([{"article_id": "a1", "start": d0 + 3, "end": d0 + 9, "value": "2021-09-06"}])
    html = reading_view(articles, quotes=quotes, dates=dates).html
    quoted = re.search(r'<span class="rv-quote"[^>]*title="([^"]*)">([^<]*)</span>', html)
    assert quoted.group(2) == "we will talk"
    assert unescape(quoted.group(1)) == "the minister (US government), direct"
    assert re.search(r'<span class="rv-date"[^>]*title="date: 2021-09-06">Monday</span>', html)


def test_article_markup_is_shown_as_text_never_as_markup():
    html = reading_view(one_article()).html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>" not in html and "&lt;b&gt;here&lt;/b&gt;" in html


def test_overlapping_marks_nest_and_keep_every_character():
    articles = one_article()
    start = ARTICLE.index("we will talk")
    quotes = pd.DataFrame([{"article_id": "a1", "start": start, "end": start + 12, "speaker": "x", "side": "other",
                            "kind": "direct"}])
    loaded = pd.DataFrame([{"article_id": "a1", "start": start + 3, "end": start + 20, "term": "will talk on Mo",
                            "lexicon": "test"}])
    html = reading_view(articles, quotes=quotes, loaded=loaded).html
    text = unescape(re.sub(r"<[^>]+>", "", html.split('<div class="rv-grid"', 1)[1].split(">", 1)[1]))
    assert "The minister said \u201cwe will talk\u201d on Monday." in text
    assert html.count('class="rv-loaded"') == 2  # cut in two where the quote ends


def test_aligned_sentences_link_to_each_other(seeds):
    from helpers.framing import align_sentences

    pairs = align_sentences(seeds)
    html = reading_view(seeds, pairs=pairs).html
    ids = set(re.findall(r'id="([^"]+)"', html))
    targets = re.findall(r'<a class="rv-pair" href="#([^"]+)"', html)
    assert len(targets) == 2 * len(pairs) > 0
    assert set(targets) <= ids
    first = pairs.iloc[0]
    assert anchor(first.article_id_a, first.start_a) in ids and anchor(first.article_id_b, first.start_b) in ids


def test_outlets_side_by_side_in_one_column_each(three_outlets):
    articles = load_articles(three_outlets)
    html = reading_view(articles).html
    assert "repeat(3,minmax" in html
    assert html.count('<article class="rv-article"') == 3
    assert [m for m in re.findall(r'<div class="rv-meta">([^&·]+)', html)] == sorted(articles["outlet"] + " ")


def test_empty_tables_and_one_article_render(seeds):
    empty = pd.DataFrame(columns=["article_id", "start", "end", "speaker", "side", "kind"])
    view = reading_view(seeds.iloc[:1], quotes=empty, dates=None, loaded=None, pairs=None)
    assert view.html.startswith("<!DOCTYPE html>") and "rv-quote" not in view.html.split("</div>", 1)[1]
    assert "<style>" in view._repr_html_()


def test_save_writes_a_page(tmp_path, seeds):
    path = reading_view(seeds, title="Two outlets").save(tmp_path / "sub" / "reading.html")
    page = path.read_text(encoding="utf-8")
    assert "<title>Two outlets</title>" in page and "http" not in page


def test_a_saved_page_links_back_to_its_index_and_a_report_page_links_to_it(tmp_path):
    from helpers.reading import READING_VIEW_PAGE
    from helpers.tables import REPORT_MIME

    view = reading_view(one_article())
    saved = view.save(tmp_path / READING_VIEW_PAGE, index="index.html").read_text(encoding="utf-8")
    assert '<nav class="rv-nav"><a href="index.html">' in saved and "<title>Reading view</title>" in saved
    assert 'href="index.html"' not in view.html  # saved elsewhere, with no index to go back to
    bundle = view._repr_mimebundle_()
    assert bundle["text/html"] == view._repr_html_()
    assert f'<a href="{READING_VIEW_PAGE}">' in bundle[REPORT_MIME]  # a shared notebook page: a link to the view


def test_shown_in_jupyterlab_the_view_restyles_only_itself():
    shown = reading_view(one_article())._repr_html_()
    css = re.search(r"<style>(.*?)</style>", shown, re.S).group(1)
    selectors = [rule.split("{")[0].strip() for rule in css.split("}") if "{" in rule]
    assert selectors and all(s.startswith((".rv-", "a.rv-")) for s in selectors), selectors
    assert "body{" in reading_view(one_article()).html  # a page of its own keeps its margins
