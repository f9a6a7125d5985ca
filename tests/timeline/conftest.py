"""Fixtures of the timeline tests: the seeds' dates and events, computed once."""

from __future__ import annotations

import pytest

from helpers.timeline import dates, extract_events


@pytest.fixture(scope="session")
def seed_dates(seeds):
    return dates(seeds)


@pytest.fixture(scope="session")
def seed_events(seeds):
    return extract_events(seeds)
