"""A speaker's side from the words the text uses for them."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.speakers import infer_side, load_registry, registry_index

from .support import CN, US


@pytest.mark.parametrize("description, kind, side", [
    ("a foreign policy expert at Renmin University in Beijing", "", "expert"),
    ("China's foreign ministry", "institution", CN),
    ("senior US official", "", US),
    ("a former top adviser to former president Barack Obama", "", "expert"),
])
def test_infer_side_from_roles(description, kind, side):
    assert infer_side(description, kind) == side


def test_side_words_come_from_the_registry():
    base = load_registry()
    extra = pd.DataFrame([{"name": "Dana Fictional", "aliases": ("Ms Fictional",), "role": "US trade envoy",
                           "side": "US government", "kind": "named"}])
    custom = registry_index(pd.concat([base, extra], ignore_index=True))
    assert infer_side("an aide to Fictional", registry=custom) == "US government"
    assert infer_side("an aide to Fictional") == "other"  # the packaged registry does not know her
    assert infer_side("a Biden aide") == "US government"  # "Biden" comes from the packaged registry
    assert infer_side("an official close to Xi") == "Chinese government"


@pytest.mark.parametrize("description", [
    "the Springfield Gazette's editorial board", "a columnist", "a Globex spokeswoman", "a spokesman for Initech",
])
def test_the_press_and_companies_do_not_take_the_government_side_of_the_context(description):
    assert infer_side(description, "anonymous", context_side=US) == "other"
    assert infer_side("a spokeswoman", "anonymous", context_side=US) == US  # no one else named: the context decides
