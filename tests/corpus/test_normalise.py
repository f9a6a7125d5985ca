"""Text normalisation: CR/CRLF endings, hard-wrapped lines, escapes and tags, with offsets into the raw text."""

from __future__ import annotations

import pandas as pd

from helpers.corpus import paragraphs, sentences
from helpers.corpus.normalise import reader_view, soft_breaks, unify_line_ends, wrap_width

# A readout written for this test, wrapped at 60 characters the way an archive stores it: a paragraph break is a
# line of no-break spaces, sentences are separated by a no-break space, and it ends in an escaped "###".
READOUT = (
    "Readout of the Minister's Call with the Premier of Elbonia\n"
    "\n"
    "Today the Minister spoke with the Premier of Elbonia about\n"
    "the harvest, trade across the river, and the new bridge at\n"
    "Dunmore.\u00a0 The Minister underscored the value of the treaty\n"
    "signed in the spring, and the two leaders agreed to meet in\n"
    "June.\n"
    "\u00a0\u00a0\n"
    "The Minister also raised the case of a fisherman detained at\n"
    "Port Vell on the 4<sup>th</sup> of May \\[sic\\], and asked the\n"
    "Premier of the Republic to let him go home to his family.\n"
    "\n"
    "\\###\n"
)


def _table(text: str, title: str = "") -> pd.DataFrame:
    return pd.DataFrame([{"article_id": "a", "outlet": "Test", "title": title, "text": text}])


def test_line_endings_keep_length():
    assert unify_line_ends("a\r\nb\rc") == "a \nb\nc"
    assert len(unify_line_ends("x\r\n\r\ny")) == len("x\r\n\r\ny")


def test_wrap_width_of_a_wrapped_text_and_of_prose():
    assert wrap_width(READOUT) == max(len(line) for line in READOUT.split("\n"))
    assert wrap_width("One line.\nAnother line.\n\nA third.") is None


def test_soft_breaks_are_the_wraps_only():
    soft = soft_breaks(READOUT)
    wrap = READOUT.index("about\n") + len("about")
    assert wrap in soft
    assert READOUT.index("June.\n") + len("June.") not in soft  # before a blank line: the writer's break


def test_reader_view_drops_markup_and_maps_back():
    start = READOUT.index("Port Vell")
    end = READOUT.index(", and asked")
    view = reader_view(READOUT, start, end, soft_breaks(READOUT))
    assert view.text == "Port Vell on the 4th of May [sic]"
    a = view.text.index("4th")
    assert view.raw_span(a, a + 3) == (READOUT.index("4<sup>"), READOUT.index("th</sup>") + 2)


def test_hard_wrapped_readout_paragraphs_and_sentences():
    paras = paragraphs(_table(READOUT))
    assert paras["kind"].tolist() == ["headline", "body", "body", "boilerplate"]
    sents = sentences(_table(READOUT))
    body = sents[sents["kind"] == "body"]
    assert [t.split()[:2] for t in body["text"]] == [["Today", "the"], ["The", "Minister"], ["The", "Minister"]]
    assert body["text"].iloc[1].endswith("meet in\nJune.")
    for row in sents.itertuples():
        assert READOUT[row.start : row.end] == row.text


def test_cr_only_file_is_read_as_lines():
    text = "Headline of the day\r\rFirst paragraph. It has two sentences.\r\rSecond paragraph here.\r"
    paras = paragraphs(_table(text))
    assert paras["text"].tolist() == ["Headline of the day", "First paragraph. It has two sentences.",
                                      "Second paragraph here."]
    sents = sentences(_table(text))
    assert sents["text"].tolist() == ["Headline of the day", "First paragraph.", "It has two sentences.",
                                      "Second paragraph here."]
    assert all(text[r.start : r.end] == r.text for r in sents.itertuples())


def test_crlf_file_splits_like_lf():
    lf = "Title line\n\nOne sentence here. Another one there.\n"
    crlf = lf.replace("\n", "\r\n")
    assert sentences(_table(crlf))["text"].tolist() == sentences(_table(lf))["text"].tolist()


def test_unwrapped_prose_keeps_its_line_breaks():
    text = "Title\n\nA first line of a poem\nA second line of the poem\nA third"
    sents = sentences(_table(text))
    assert sents["text"].tolist()[1:] == ["A first line of a poem", "A second line of the poem", "A third"]
