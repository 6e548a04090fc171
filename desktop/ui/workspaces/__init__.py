"""The role workspaces: what the clerk, the head and the executor work in all day."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.accounts.session import Session


def build_workspace(session: Session, parent: QWidget | None = None) -> QWidget:
    """The workspace of the session's role (clerk, head or executor)."""
    if session.role == "clerk":
        from desktop.ui.workspaces.clerk import ClerkWorkspace

        return ClerkWorkspace(session, parent)
    if session.role == "head":
        from desktop.ui.workspaces.head import HeadWorkspace

        return HeadWorkspace(session, parent)
    if session.role == "executor":
        from desktop.ui.workspaces.executor import ExecutorWorkspace

        return ExecutorWorkspace(session, parent)
    raise ValueError(f"no case workspace for the role {session.role!r}")


__all__ = ["build_workspace"]
