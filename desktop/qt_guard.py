"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

Every call of a Qt method that returns nothing takes one reference from `None` (and some take
one from `True`/`False`) without having given it. After a few thousand clicks the count reaches
zero and Python aborts ("none_dealloc"), losing whatever the user was typing. Python 3.12 made
these objects immortal, so the bug is harmless there; on 3.11 we give them a reference count
so large that the leak can never bring it to zero. Imported before any Qt widget is made.
"""

from __future__ import annotations

import sys

_MARGIN = 1 << 40


def protect_singletons() -> bool:
    """Returns True if it had to act (Python older than 3.12)."""
    if sys.version_info >= (3, 12):
        return False
    import ctypes  # here: ≈4 ms at every start, and the Windows build's Python is 3.12

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    return True


_protected = protect_singletons()
