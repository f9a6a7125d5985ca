"""The browser tests' own rule: skip where Chromium is missing, but never under CI."""

from __future__ import annotations

import pytest

from .browser_support import skip_or_fail, under_ci


@pytest.mark.parametrize("value", ["true", "True", "1"])
def test_a_browser_test_that_would_skip_fails_under_ci(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    assert under_ci()
    with pytest.raises(pytest.fail.Exception, match="Chromium is not installed.*CI=true"):
        skip_or_fail("Chromium is not installed")


@pytest.mark.parametrize("value", [None, "", "false"])
def test_elsewhere_it_skips_saying_why(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    assert not under_ci()
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed"):
        skip_or_fail("Chromium is not installed")
