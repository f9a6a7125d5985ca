"""Every path the project uses, found from this file's location.

A notebook run from JupyterLab, the Makefile or pytest sees the same paths,
whatever its working directory.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "seeds"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
DATA_DIR = Path(__file__).resolve().parent / "data"
SHARED_DIR = ROOT.parent / "shared"
EVAL_DIR = SHARED_DIR / "eval"
