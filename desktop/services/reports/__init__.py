"""The reports of the state services: statistics of a period and the report files."""
