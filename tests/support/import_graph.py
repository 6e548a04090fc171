"""Kense's import graph, read from the source: every import, those inside functions and the
relative ones too, resolved to the module of ours it loads (a package counts as its
__init__). Read, not run, so that a late import that breaks a rule is caught without running it.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"


@cache
def modules() -> dict[str, Path]:
    """Dotted name → file, for every module of desktop/ (packages by their __init__.py)."""
    found = {}
    for path in DESKTOP.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_package(name: str) -> bool:
    return modules()[name].name == "__init__.py"


def module_of(name: str) -> str | None:
    """The longest module of ours that `name` is or lies in, or None (not ours)."""
    while name:
        if name in modules():
            return name
        name = name.rpartition(".")[0]
    return None


def imported_names(name: str) -> set[str]:
    """Every dotted name module `name` imports: modules, and the module whose attribute a
    `from … import` takes; relative imports made absolute."""
    path = modules()[name]
    package = name if _is_package(name) else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                # `from package import module` names the module; any other name is the
                # module's (or the package's own) attribute.
                submodule = f"{module}.{alias.name}"
                found.add(submodule if submodule in modules() else module)
    return found


@cache
def graph() -> dict[str, frozenset[str]]:
    """Module → the modules of ours its import statements name (a package's own names: its
    __init__). The packages Python runs on the way (a/__init__ for a.b) are left out: a package
    that gathers its own modules would otherwise be a circle with each of them."""
    edges = {}
    for name in modules():
        targets = {module_of(imported) for imported in imported_names(name)}
        targets.discard(None)
        targets.discard(name)
        edges[name] = frozenset(targets)
    return edges


def circles(edges: dict[str, frozenset[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups
