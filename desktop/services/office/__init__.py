"""Where the office's data lives: this PC's file or the office server, and backups."""
