"""No import cycles in services/ or orchestrator/: every module's imports, read from its source
(function-level ones too: a late import hides a cycle, it does not remove it), form a graph
without a loop. Imports under `if TYPE_CHECKING:` never run, so they are left out."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("services", "orchestrator")


def modules_under(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Every module of `packages` under `root` by dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run, at any depth, skipping TYPE_CHECKING blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _imports(ast.Module(body=[child], type_ignores=[]))
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """`name` or its longest prefix that is one of `modules`."""
    parts = name.split(".")
    while parts:
        if (candidate := ".".join(parts)) in modules:
            return candidate
        parts.pop()
    return None


def imported_by(module: str, modules: dict[str, Path]) -> set[str]:
    """The modules of `modules` that `module` imports: `from x import y` is x.y when y is a
    module, else x; relative imports are resolved against the module's package."""
    path = modules[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" if base else alias.name for alias in node.names]
            names += [base] if base else []
        for name in names:
            if (target := _known(name, modules)) is not None and target != module:
                targets.add(target)
    return targets


def import_graph(root: Path, packages: Iterable[str]) -> dict[str, set[str]]:
    """Each module of `packages` and the modules of theirs it imports."""
    modules = modules_under(root, packages)
    return {module: imported_by(module, modules) for module in modules}


def knots(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other in a circle, directly or not (strongly
    connected components, Tarjan's algorithm): empty when the graph has no cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def loop_in(group: set[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest path from the group's first module back to itself, inside the group."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & group):
                if target == start:
                    return [*paths[node], start]
                if target not in paths:
                    paths[target] = [*paths[node], target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"no loop in {sorted(group)}")


def test_services_and_the_orchestrator_import_without_cycles() -> None:
    graph = import_graph(ROOT, PACKAGES)
    assert len(graph) > 50, "the walk found the packages"
    found = [
        f"{' -> '.join(loop_in(knot, graph))} (the knot: {', '.join(sorted(knot))})"
        for knot in knots(graph)
    ]
    assert not found, "import cycles:\n" + "\n".join(found)


def test_the_walk_finds_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "gateway.py").write_text("from pkg.limiter import acquire\n")
    (package / "limiter.py").write_text("def acquire():\n    from pkg import gateway\n")
    (package / "telemetry.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import limiter\n"
    )
    graph = import_graph(tmp_path, ["pkg"])
    assert graph["pkg.telemetry"] == set(), "a TYPE_CHECKING import never runs"
    (knot,) = knots(graph)
    assert loop_in(knot, graph) == ["pkg.gateway", "pkg.limiter", "pkg.gateway"]
