"""The schema version this Kense writes: below everything that opens, checks or migrates a file.

Raised by one with every new step in desktop/store/migrations (a test holds the two together).
"""

SCHEMA_VERSION = 7
