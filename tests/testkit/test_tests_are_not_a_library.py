"""Tests and benchmarks share code through testkit only: no module anywhere imports tests/, so
conftest files hold fixtures and hooks, and a test module is never another's library."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("services", "orchestrator", "testkit", "bench", "tests", "tools")


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, by its absolute name."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def test_no_module_imports_tests() -> None:
    offenders = {
        str(path.relative_to(REPO)): sorted(
            m for m in imported_modules(path) if m == "tests" or m.startswith("tests.")
        )
        for package in PACKAGES
        for path in (REPO / package).rglob("*.py")
        if "node_modules" not in path.parts
    }
    assert {path: found for path, found in offenders.items() if found} == {}


def test_testkit_imports_nothing_from_bench() -> None:
    for path in (REPO / "testkit").rglob("*.py"):
        assert not any(m.startswith("bench") for m in imported_modules(path)), path
