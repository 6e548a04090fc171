"""Kense: the office of a TVE college running two state services."""

__version__ = "0.4.0"
