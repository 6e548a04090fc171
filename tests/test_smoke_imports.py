"""The self-check of the frozen program (`--smoke`) runs under Wine in CI, where importing the
password hasher aborts the process (Wine 8 lacks what argon2-cffi's loader asks Windows for).
So the checks it runs, the service definitions among them, must not load the hasher."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from desktop.cli import smoke
smoke.check_calendar()
smoke.check_services()
print(sorted(m for m in ("argon2", "desktop.services.accounts.users") if m in sys.modules))
"""


def test_the_smokes_service_check_loads_no_password_hasher():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
