"""Results: the registry of result kinds, their content, and reading a result into
what its form prints."""
