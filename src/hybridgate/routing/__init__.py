"""Routing: ordered, pure policies that turn Features into a RouteDecision."""

from .candidates import Candidates
from .chain import DEFAULT_POLICIES, Policy, decide
from .decision import Reason, RouteDecision

__all__ = ["DEFAULT_POLICIES", "Candidates", "Policy", "Reason", "RouteDecision", "decide"]
