"""helpers.speakers keeps the speaker names importable from where they were."""

from __future__ import annotations

import helpers.speakers as speakers
from helpers.quotes import people, registry, resolution, sides


def test_speaker_names_are_the_package_objects():
    assert speakers.ArticleSpeakers is resolution.ArticleSpeakers
    assert speakers.infer_side is sides.infer_side
    assert speakers.load_registry is registry.load_registry
    assert speakers.find_people is people.find_people
    for name in speakers.__all__:
        assert getattr(speakers, name) is not None
