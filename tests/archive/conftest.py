"""Both Excel readers (calamine, openpyxl) must read the archive alike."""

import pytest

from desktop.services import archive_files


@pytest.fixture(params=["calamine", "openpyxl"])
def both_readers(request, monkeypatch):
    if request.param == "calamine" and archive_files.python_calamine is None:
        pytest.skip("python-calamine is not installed")
    monkeypatch.setattr(archive_files, "BACKEND", request.param)
    return request.param
