"""Qt widgets of Kense."""
