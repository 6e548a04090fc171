"""Imports point down only (docs/architecture.md): cli -> ui -> forms / services -> store ->
domain, and no circle anywhere in desktop/.

Read from the source (every import, those inside functions and the relative ones too, see
tests/support/import_graph.py), so a late import that breaks a rule is caught without running it.
"""

import pytest

from support.import_graph import DESKTOP, circles, graph, imported_names, module_of, modules

# What each room may import of ours, besides itself. A top-level module is a room of its own.
ALLOWED = {
    "desktop": set(),  # the package's __init__: the version, nothing with a side effect
    "domain": set(),
    "store": {"domain"},
    "forms": {"domain", "locations"},
    "services": {"store", "domain", "locations"},
    "ui": {"services", "forms", "domain", "locations", "logging_setup", "qt_guard", "desktop"},
    "cli": {"ui", "services", "forms", "store", "domain", "locations", "logging_setup",
            "qt_guard"},
    "__main__": {"desktop", "cli", "qt_guard", "store"},
    "locations": set(),
    "logging_setup": set(),
    "qt_guard": set(),
}
# The command line reaches the UI only to start the window, or to say an error in the
# language of this PC's sign-in screen.
CLI_UI = {"desktop.ui.app", "desktop.ui.startup_error", "desktop.ui.terminal_text"}
# What __main__ may take of the store: the driver guard it installs first of all.
MAIN_STORE = {"desktop.store.drivers", "desktop.store"}
QT_FREE = ("domain", "store", "forms", "services", "locations", "logging_setup")


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "desktop"


def test_every_module_is_in_a_room_with_rules():
    assert {room(m) for m in modules()} <= set(ALLOWED)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_room_imports_only_the_rooms_below_it(layer):
    wrong = []
    for module in (m for m in modules() if room(m) == layer):
        for name in imported_names(module):
            target = module_of(name)
            if target is None or room(target) == layer:
                continue
            if room(target) not in ALLOWED[layer]:
                wrong.append(f"{module}: {name}")
            elif layer == "cli" and room(target) == "ui" and target not in CLI_UI:
                wrong.append(f"{module}: {name} (the command line only starts the window)")
            elif layer == "__main__" and room(target) == "store" and target not in MAIN_STORE:
                wrong.append(f"{module}: {name}")
    assert wrong == []


@pytest.mark.parametrize("layer", QT_FREE)
def test_the_layers_below_the_ui_hold_no_qt(layer):
    wrong = [f"{module}: {name}" for module in modules() if room(module) == layer
             for name in imported_names(module) if name.split(".")[0] == "PySide6"]
    assert wrong == []


def test_the_reads_do_not_import_the_write_side():
    assert not any(name.startswith("desktop.services.cases.steps")
                   for name in imported_names("desktop.services.cases.queries"))


def test_there_is_no_import_circle_in_desktop():
    assert circles(graph()) == []


def test_a_circle_is_found_where_there_is_one():
    # A graph made by hand: a -> b -> c -> a is one circle; d -> a hangs off it.
    edges = {"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"}),
             "d": frozenset({"a"}), "e": frozenset()}
    assert circles(edges) == [["a", "b", "c"]]


def _class_lengths():
    import ast

    for module, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                yield f"{module}.{node.name}", node.end_lineno - node.lineno + 1


def test_no_module_is_over_400_lines():
    long = {m: n for m, p in modules().items()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_no_class_is_over_300_lines():
    assert {name: n for name, n in _class_lengths() if n > 300} == {}


def test_no_test_module_imports_another_or_conftest():
    import ast

    tests = DESKTOP.parent / "tests"
    wrong = []
    for path in tests.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                last = name.split(".")[-1]
                if last.startswith(("test_", "bench_")) or last == "conftest":
                    wrong.append(f"{path.relative_to(tests)}: {name}")
    assert wrong == []
