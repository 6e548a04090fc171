"""A throw-away demo database with its archive (kense --demo)."""
