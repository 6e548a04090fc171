"""Entry script of the frozen bundle (app.spec): the same main() as `python -m desktop`.

A separate script rather than desktop/__main__.py, so PyInstaller's analysis does not put
desktop/ itself on its search path (which would let `desktop.forms` be found as `forms`).
"""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
