"""The speaker registry file: extending it, and clear errors."""

from __future__ import annotations

import pytest

from helpers.speakers import SpeakerRegistryError, load_registry

from .support import one


def test_user_registry_extends_the_default(tmp_path):
    extra = tmp_path / "more.csv"
    extra.write_text("name,aliases,role,side,kind\nPiet Vos,Mr Vos|Vos,trade minister,other,named\n",
                     encoding="utf-8")
    reg = load_registry(extra=extra)
    assert "Piet Vos" in set(reg["name"]) and "Wang Yi" in set(reg["name"])
    q, _ = one("“Nothing was agreed,” Mr Vos said.", registry=reg)
    assert q.iloc[0].speaker == "Piet Vos"


@pytest.mark.parametrize("content, message", [
    ("name,aliases,role,side,kind\nX Y,,role,martian,named\n", "side 'martian'"),
    ("name,aliases,role,side,kind\nA B,AB,,other,named\nC D,AB,,other,named\n", "alias 'AB'"),
    (None, "does not exist"),
], ids=["bad side", "alias clash", "missing file"])
def test_registry_errors_are_clear(tmp_path, content, message):
    path = tmp_path / "registry.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SpeakerRegistryError, match=message):
        load_registry(path)


@pytest.mark.parametrize("published, side, role", [
    ("2018-05-01", "US government", "US president"),
    ("2022-05-01", "other", "former US president"),
])
def test_the_registry_is_read_on_the_articles_date(published, side, role):
    import pandas as pd

    from helpers.quotes import extract_quotes

    text = "Trade talks\n\n\"We will win,\" President Trump said on Monday.\n"
    articles = pd.DataFrame([{"article_id": "a", "outlet": "X", "title": "Trade talks", "text": text,
                              "published": pd.Timestamp(published)}])
    row = extract_quotes(articles).iloc[0]
    assert (row["speaker"], row["side"], row["role"]) == ("Donald Trump", side, role)
