"""The Reports window: statistics of the state services, their cases, the registers as files."""
