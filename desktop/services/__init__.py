"""Use cases: every write goes through here: role check, one transaction, an audit record."""
