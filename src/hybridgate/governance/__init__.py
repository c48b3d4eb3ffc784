"""Governance: virtual API keys (keys.py) and per-key rate limits (limits.py)."""
