"""The report on the seeds, run once per test session into a temporary folder, for the tests that read it."""

from __future__ import annotations

import pytest

from helpers.notebooks import run_all


@pytest.fixture(scope="session")
def seeds_report(tmp_path_factory):
    """``make report`` on the seeds, written to a temporary folder (not the project's ``reports/``)."""
    out = tmp_path_factory.mktemp("seeds_report")
    run_all(None, out)
    return out
