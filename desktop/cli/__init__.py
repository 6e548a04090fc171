"""The command line: `kense` with its options, for the IT person and the start of the window."""
