"""Fixtures of the framing tests: the seeds' tables, and folders where a section has nothing to find."""

from __future__ import annotations

import pytest

from helpers import framing as fr
from tests.conftest import write_folder
from tests.framing.samples import ALL_QUOTED, QUIET


@pytest.fixture
def quiet(tmp_path):
    """A folder where sources, frames, distinctive words, aligned facts and naming have no data."""
    return write_folder(tmp_path / "quiet", QUIET)


@pytest.fixture
def all_quoted(tmp_path):
    """A folder without a narrator sentence: tone has no data."""
    return write_folder(tmp_path / "all_quoted", ALL_QUOTED)


@pytest.fixture(scope="session")
def distinct(seeds):
    return fr.distinctive_terms(seeds)


@pytest.fixture(scope="session")
def pairs(seeds):
    return fr.align_sentences(seeds)


@pytest.fixture(scope="session")
def seed_quotes(seeds):
    quotes_module = pytest.importorskip("helpers.quotes")
    return quotes_module.extract_quotes(seeds)
