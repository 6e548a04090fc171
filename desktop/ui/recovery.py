"""Old name of `desktop.services.unsaved_work`, kept until ui/workspaces/executor.py imports the
new one (it is being changed on another branch)."""

from desktop.services.unsaved_work import (  # noqa: F401
    Kept,
    configure,
    discard,
    discard_form,
    keep,
    keep_form,
    load,
    load_form,
)
