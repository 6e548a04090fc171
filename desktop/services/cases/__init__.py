"""A case from registration to issue: the use cases that change it and the registry's reads."""
