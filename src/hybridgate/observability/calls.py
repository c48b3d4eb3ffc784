"""CallRecord and the CallObserver protocol (they live in hybridgate/calls.py, below
every layer that keeps or reacts to calls); re-exported here, where observers look."""

from __future__ import annotations

from ..calls import DENIED, EVALUATION, CallObserver, CallRecord

__all__ = ["DENIED", "EVALUATION", "CallObserver", "CallRecord"]
