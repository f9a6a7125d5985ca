"""The report's reading view: every article of the folder as text, with what the notebooks found marked.

``make report`` writes it as ``reading_view.html`` beside the notebooks'
pages; the index and notebooks 02 and 03 link to it.  It marks the quotes
(coloured by side, speaker on hover), the dates (their value on hover), the
loaded terms, and links each sentence to the sentence another outlet tells
the same fact with (when there are two outlets or more).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..framing import align_sentences, loaded_language
from ..quotes import extract_quotes
from ..reading import READING_VIEW_PAGE, ReadingView, reading_view
from ..timeline import dates


def report_reading_view(articles: pd.DataFrame) -> ReadingView:
    """The reading view of ``articles`` with quotes, dates, loaded terms and aligned pairs, as the report shows it."""
    outlets = sorted(articles["outlet"].astype(str).unique())
    pairs = align_sentences(articles) if len(outlets) >= 2 else None
    return reading_view(
        articles,
        quotes=extract_quotes(articles),
        dates=dates(articles),
        loaded=loaded_language(articles),
        pairs=pairs,
        title=f"Reading view: {', '.join(outlets)}",
    )


def write_reading_view(out_dir: str | Path, articles: pd.DataFrame) -> Path:
    """Write ``out_dir/reading_view.html``, linking back to the folder's ``index.html``."""
    return report_reading_view(articles).save(Path(out_dir) / READING_VIEW_PAGE, index="index.html")
