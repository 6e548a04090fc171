"""Fixed records and their checks: the keyed audit chain, snapshots, digests, verification codes."""
