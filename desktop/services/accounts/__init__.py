"""Who may act: accounts and passwords, sessions, the access rule,
office policies, the office key."""
