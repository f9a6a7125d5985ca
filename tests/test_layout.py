"""The library's shape: small modules, plotting in one package, no evaluation code, one registry of people."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

from helpers.paths import DATA_DIR, ROOT

HELPERS = ROOT / "helpers"
MODULES = sorted(p for p in HELPERS.rglob("*.py") if "__pycache__" not in p.parts)
CEILING = 600


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_no_module_over_the_ceiling(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= CEILING, f"{_rel(path)} has {lines} lines; split it by concern (ceiling {CEILING}, aim 400)"


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_matplotlib_only_under_charts_and_no_benchmarks(path):
    imported = _imports(path)
    if "charts" not in path.relative_to(HELPERS).parts:
        assert not [m for m in imported if m.split(".")[0] == "matplotlib"], f"{_rel(path)} imports matplotlib"
    assert not [m for m in imported if m.split(".")[0] == "benchmarks"], f"{_rel(path)} imports from benchmarks/"
    assert "spec_from_file_location" not in path.read_text(encoding="utf-8"), f"{_rel(path)} loads a file by path"


def _code_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, stripped line) for lines that carry code, not blanks, comments or lone brackets."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not re.fullmatch(r"[\]\[(){},:]+", stripped):
            out.append((number, stripped))
    return out


def test_no_block_of_six_lines_repeated():
    seen: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for path in MODULES:
        lines = _code_lines(path)
        for i in range(len(lines) - 5):
            block = tuple(text for _, text in lines[i : i + 6])
            seen[block].append(f"{_rel(path)}:{lines[i][0]}")
    repeated = {block: places for block, places in seen.items() if len(places) > 1}
    assert not repeated, "repeated blocks:\n" + "\n".join(
        f"{', '.join(places)}: {block[0]!r} …" for block, places in list(repeated.items())[:10]
    )


@pytest.mark.parametrize("person", ["Xi Jinping", "Joe Biden", "Antony Blinken", "Wang Yi"])
def test_a_known_person_is_in_exactly_one_registry_file(person):
    holders = []
    for path in sorted(DATA_DIR.iterdir()):
        if not path.is_file() or path.name in ("event_overrides.csv", "README.md"):
            continue
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("#")]
        if any(person in ln for ln in lines):
            holders.append(path.name)
    assert holders == ["people.csv"], f"{person} is listed in {holders}"


def test_a_non_editable_install_carries_every_subpackage_and_data_file():
    import tomllib

    from setuptools import find_namespace_packages, find_packages

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = set(find_packages(where=str(ROOT), **config["packages"]["find"]))
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in HELPERS.rglob("__init__.py")}
    assert on_disk <= found
    assert not [p for p in find_namespace_packages(where=str(HELPERS)) if "__pycache__" not in p
                and not (HELPERS / p.replace(".", "/") / "__init__.py").exists() and p != "data"]
    patterns = config["package-data"]["helpers"]
    shipped = {p.name for pattern in patterns for p in HELPERS.glob(pattern)}
    assert {p.name for p in DATA_DIR.iterdir() if p.is_file()} <= shipped


@pytest.mark.parametrize("path", [p for p in MODULES if p.name != "errors.py"], ids=_rel)
def test_error_classes_live_in_one_module(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    raised = [node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
              and any(getattr(base, "id", getattr(base, "attr", "")).endswith(("Error", "Warning", "Exception"))
                      for base in node.bases)]
    assert not raised, f"{_rel(path)} defines {raised}; error classes belong in helpers/errors.py"
