"""Observability: metrics, logs and the audit trail."""
