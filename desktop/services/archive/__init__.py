"""The college's archive: reading its Excel workbooks, importing them, finding a former student."""
