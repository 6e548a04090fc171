"""The error codes desktop/ can raise, read from its source with `ast`.

A code reaches the user only through `messages.error_text`, so the test that every code has a
sentence must know every code. A hand-kept list goes stale (it once missed six); this reads
each construction of an error class instead: `DomainError("code", ...)`,
`InvalidInput(field, "code", ...)`, a subclass that fixes its code (`Conflict()`), a code held
in a variable, chosen by `a if … else b`, or taken from a module-level table in a `for` loop.
A call whose code it cannot work out is reported, so a new way of passing codes fails the test
instead of slipping past it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

# The roots of the error hierarchy; each takes its code as the first argument, named `code`.
ROOTS = {"DomainError": "domain", "StoreError": "store"}


@dataclass
class ErrorClass:
    name: str
    family: str  # "domain" or "store"
    is_field: bool = False  # an InvalidInput: the message names a field
    fixed_code: str | None = None  # the subclass always passes this code
    code_position: int | None = 0  # where a call passes the code (self not counted)
    code_keyword: str | None = "code"


@dataclass
class Found:
    # code -> {(family, is_field)}: a code may be raised as a field error and as another
    codes: dict[str, set[tuple[str, bool]]] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)

    def add(self, code: str, cls: ErrorClass) -> None:
        self.codes.setdefault(code, set()).add((cls.family, cls.is_field))


def _modules() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(DESKTOP.rglob("*.py"))}


def _base_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _super_init_call(init: ast.FunctionDef) -> ast.Call | None:
    for node in ast.walk(init):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "__init__" and isinstance(node.func.value, ast.Call)
                and _base_name(node.func.value.func) == "super"):
            return node
    return None


def error_classes(modules: dict[Path, ast.Module]) -> dict[str, ErrorClass]:
    """Every class derived from DomainError or StoreError, with where its code comes from."""
    known = {name: ErrorClass(name, family) for name, family in ROOTS.items()}
    defs = [n for tree in modules.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    changed = True
    while changed:
        changed = False
        for node in defs:
            if node.name in known:
                continue
            parent = next((known[b] for b in map(_base_name, node.bases) if b in known), None)
            if parent is None:
                continue
            known[node.name] = _derive(node, parent)
            changed = True
    return known


def _derive(node: ast.ClassDef, parent: ErrorClass) -> ErrorClass:
    cls = ErrorClass(node.name, parent.family, parent.is_field or node.name == "InvalidInput",
                     parent.fixed_code, parent.code_position, parent.code_keyword)
    init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"),
                None)
    if init is None:
        return cls
    params = [a.arg for a in init.args.args[1:]]
    call = _super_init_call(init)
    passed = None
    if call is not None and parent.fixed_code is None:
        if parent.code_position is not None and len(call.args) > parent.code_position:
            passed = call.args[parent.code_position]
        passed = next((k.value for k in call.keywords if k.arg == parent.code_keyword), passed)
    if isinstance(passed, ast.Constant) and isinstance(passed.value, str):
        cls.fixed_code, cls.code_position, cls.code_keyword = passed.value, None, None
    elif isinstance(passed, ast.Name) and passed.id in params:
        cls.code_position, cls.code_keyword = params.index(passed.id), passed.id
    elif parent.fixed_code is None:
        cls.code_position = cls.code_keyword = None  # unknown: every call is reported
    return cls


def _constants(node: ast.expr, reasons: Reasons | None = None) -> set[str] | None:
    """The strings an expression can be, or None if it is not that simple."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        a, b = _constants(node.body, reasons), _constants(node.orelse, reasons)
        return None if a is None or b is None else a | b
    if isinstance(node, ast.JoinedStr) and reasons is not None:
        return reasons.expand(node)
    return None


class Reasons:
    """`f"iin_{exc.reason}"` inside `except InvalidIin as exc`: the code is the prefix plus
    each reason InvalidIin is ever raised with (the first argument of its calls)."""

    def __init__(self, modules: dict[Path, ast.Module]) -> None:
        self._calls: dict[str, set[str] | None] = {}
        for tree in modules.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and (name := _base_name(node.func)):
                    first = _constants(node.args[0]) if node.args else None
                    known = self._calls.get(name, set())
                    self._calls[name] = None if known is None or first is None else known | first
        self._handler: dict[ast.AST, ast.ExceptHandler] = {}

    def bind(self, tree: ast.Module) -> None:
        """Remember, for each node of `tree`, the innermost `except … as name` around it."""
        self._handler = {}
        for handler in ast.walk(tree):
            if isinstance(handler, ast.ExceptHandler) and handler.name:
                for node in ast.walk(handler):
                    self._handler[node] = handler  # inner handlers are walked later: they win

    def expand(self, node: ast.JoinedStr) -> set[str] | None:
        parts = node.values
        if not (len(parts) == 2 and isinstance(parts[0], ast.Constant)
                and isinstance(parts[1], ast.FormattedValue)
                and isinstance(parts[1].value, ast.Attribute)
                and parts[1].value.attr == "reason"
                and isinstance(parts[1].value.value, ast.Name)):
            return None
        handler = self._handler.get(node)
        if handler is None or handler.name != parts[1].value.value.id or handler.type is None:
            return None
        values = self._calls.get(_base_name(handler.type) or "")
        if not values:
            return None
        return {parts[0].value + v for v in values}


def _name_values(tree: ast.Module, scope: ast.AST, name: str) -> set[str] | None:
    """What `name` can hold: its assignments in the enclosing function (else the module), or
    the first item of each row of a module-level table it is unpacked from in a `for` loop."""
    tables = {t.id: n.value for n in tree.body if isinstance(n, ast.Assign)
              for t in n.targets if isinstance(t, ast.Name)}
    found: set[str] = set()
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            values = _constants(node.value)
            if values is None:
                return None
            found |= values
        if (isinstance(node, ast.For) and isinstance(node.target, ast.Tuple)
                and isinstance(node.target.elts[0], ast.Name)
                and node.target.elts[0].id == name and isinstance(node.iter, ast.Name)):
            table = tables.get(node.iter.id)
            if not isinstance(table, ast.Tuple | ast.List):
                return None
            for row in table.elts:
                values = _constants(row.elts[0]) if isinstance(row, ast.Tuple) else None
                if values is None:
                    return None
                found |= values
    if not found and scope is not tree:
        return _name_values(tree, tree, name)
    return found or None


def _enclosing_functions(tree: ast.Module) -> dict[ast.AST, ast.AST]:
    """Each node -> the outermost function holding it (the module for top-level code)."""
    owner: dict[ast.AST, ast.AST] = {}
    for top in ast.walk(tree):
        if isinstance(top, ast.FunctionDef | ast.AsyncFunctionDef) and top not in owner:
            for node in ast.walk(top):
                owner.setdefault(node, top)
    return owner


def scan() -> Found:
    modules = _modules()
    classes = error_classes(modules)
    found = Found()
    reasons = Reasons(modules)
    for path, tree in modules.items():
        reasons.bind(tree)
        owner = _enclosing_functions(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            cls = classes.get(_base_name(node.func) or "")
            if cls is None:
                continue
            if cls.fixed_code is not None:
                found.add(cls.fixed_code, cls)
                continue
            arg = None
            if cls.code_position is not None and len(node.args) > cls.code_position:
                arg = node.args[cls.code_position]
            arg = next((k.value for k in node.keywords if k.arg == cls.code_keyword), arg)
            values = _constants(arg, reasons) if arg is not None else None
            if values is None and isinstance(arg, ast.Name):
                values = _name_values(tree, owner.get(node, tree), arg.id)
            if values is None:
                found.unresolved.append(f"{path.relative_to(DESKTOP.parent)}:{node.lineno}")
                continue
            for code in values:
                found.add(code, cls)
    return found
