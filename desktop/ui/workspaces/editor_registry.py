"""The executor's editor of each kind of result, registered here by the UI under the kind's
code: the result registry (desktop.services.results.registry) names no screen.

An editor is a widget class, made as `cls(parent)`, with set_draft/draft/changed/retranslate.
A kind with no editor registered is drafted elsewhere: the executor's screen says so."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_EDITORS: dict[str, type[QWidget]] = {}


def register_editor(kind_code: str, editor: type[QWidget]) -> type[QWidget]:
    """Make `editor` the executor's editor of the result kind `kind_code`."""
    _EDITORS[kind_code] = editor
    return editor


def editor_class(kind_code: str) -> type[QWidget] | None:
    """The editor registered for the kind, or None if this screen has none."""
    return _EDITORS.get(kind_code)
