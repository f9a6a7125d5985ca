"""helpers.framing as a package: the names users import, and tables left as they were given."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from helpers import framing as fr
from tests.framing.samples import HAND_QUOTES


def test_every_public_name_is_exported():
    for name in fr.__all__:
        assert getattr(fr, name) is not None, name
    for name in ("tag_frames", "distinctive_terms", "finding_tone", "MIN_COUNT", "NO_SPEAKER", "LexiconError"):
        assert name in fr.__all__


def test_plots_moved_to_charts_still_resolve_from_framing():
    from helpers.charts import framing as charts

    for name in fr.MOVED_TO_CHARTS:
        assert getattr(fr, name) is getattr(charts, name)
    with pytest.raises(AttributeError, match="no attribute 'plot_nothing'"):
        fr.plot_nothing  # noqa: B018


def test_importing_the_analysis_does_not_load_matplotlib():
    probe = "import sys, helpers.framing; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_functions_do_not_mutate_inputs(seeds):
    arts = seeds
    before = arts.copy()
    sents = fr.content_sentences(arts)
    sents_before = sents.copy()
    fr.tag_frames(sents)
    fr.distinctive_terms(arts)
    q = HAND_QUOTES.copy()
    fr.source_mix(q)
    pd.testing.assert_frame_equal(arts, before)
    pd.testing.assert_frame_equal(sents, sents_before)
    pd.testing.assert_frame_equal(q, HAND_QUOTES)
