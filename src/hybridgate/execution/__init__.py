"""Execution: provider calls with fallback, streaming relay, redaction around the call."""

from .executor import CallContext, Executor, Outcome, StreamHandle

__all__ = ["CallContext", "Executor", "Outcome", "StreamHandle"]
