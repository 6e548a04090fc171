"""Persistence: peewee models, the connection, numbered migrations and backups."""
