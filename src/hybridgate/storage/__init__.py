"""Persistent state: the shared SQL database layer (sql.py)."""
