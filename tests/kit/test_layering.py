"""The offline designer's kit stands on its own: it imports no service and no runtime plumbing,
so every service and services/runtime may import it without a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

KIT = Path(__file__).resolve().parents[2] / "services" / "kit"


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "services":
            found.update(f"services.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_kit_imports_nothing_from_the_services_or_the_runtime() -> None:
    outside = {
        f"{path.relative_to(KIT)}: {module}"
        for path in KIT.rglob("*.py")
        for module in _imported_modules(path)
        if module.startswith(("services.", "orchestrator"))
        and not module.startswith("services.kit")
    }
    assert not outside, sorted(outside)
