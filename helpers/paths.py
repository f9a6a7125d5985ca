"""Every path the project uses, found from this file's location.

A notebook run from JupyterLab, the Makefile or pytest sees the same paths,
whatever its working directory: a relative path a user gives a notebook
(``articles_dir = "three_outlets"``, the form ``make report ARTICLES=…``
takes) is read from the project root, not from ``notebooks/`` where the
kernel runs.

Exploring cannot overwrite the report: a notebook run in JupyterLab with
``figures_dir = None`` writes its charts to :data:`EXPLORE_FIGURES_DIR`
(``reports/explore/figures/``, a scratch folder); only the report run
(``make report``) names ``reports/figures/``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "seeds"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
#: Where interactive runs write their charts unless told otherwise: never the report's own figures.
EXPLORE_DIR = REPORTS_DIR / "explore"
EXPLORE_FIGURES_DIR = EXPLORE_DIR / "figures"
DATA_DIR = Path(__file__).resolve().parent / "data"
SHARED_DIR = ROOT.parent / "shared"
EVAL_DIR = SHARED_DIR / "eval"


def from_root(path: str | Path | None) -> Path | None:
    """``path`` as the notebooks' parameters take it: absolute as given, relative from the project root.

    ``None`` stays ``None`` (each loader's own default, e.g. ``seeds/``).

    >>> from_root("seeds") == SEEDS_DIR
    True
    """
    if path is None:
        return None
    path = Path(path).expanduser()
    return path if path.is_absolute() else ROOT / path


def figures_folder(figures_dir: str | Path | None) -> Path:
    """Where a notebook's charts go: ``figures_dir`` (relative from the project root), else the scratch folder.

    >>> figures_folder(None) == EXPLORE_FIGURES_DIR
    True
    """
    return from_root(figures_dir) if figures_dir is not None else EXPLORE_FIGURES_DIR
