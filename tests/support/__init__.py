"""Helpers the tests share: fixtures' data, drivers of dialogs, PDF readers. No tests here."""
