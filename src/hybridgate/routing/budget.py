"""The budget policy: over a soft limit, "auto" goes to the cheapest model that can serve
the request; at a hard limit, the request is refused with a 429 that says not to retry
(or, when the limit is reached only by the estimates of requests in flight, when to)."""

from __future__ import annotations

from ..accounting.budgets import Level, assess
from ..accounting.pricing import estimate_cost
from ..errors import BudgetExceeded, BudgetHeld
from ..features import Features
from .candidates import Candidates
from .decision import Reason, RouteDecision


def budget(features: Features, candidates: Candidates) -> Candidates | RouteDecision | None:
    state = assess(features.spend, candidates.config.budgets, features.principal)
    if state.level is Level.OK:
        return None
    if state.level is Level.HARD and not state.exhausted:
        raise BudgetHeld(
            f"Budget held by requests in flight: {state.describe()} counting their "
            "estimated cost; retry when they finish."
        )
    if state.level is Level.HARD:
        raise BudgetExceeded(
            f"Budget exhausted: {state.describe()}. Requests are refused until the "
            f"{state.scope.split()[-1]} ends (UTC) or the budget is raised."
        )
    if not features.auto:
        return candidates.note(f"{state.describe()}; the client named its model")

    ranked = sorted(
        (estimate_cost(m, features.prompt_tokens, features.output_tokens), m.hosted, m.name)
        for m in candidates.models
    )
    cost, _, cheapest = ranked[0]
    return RouteDecision(
        model=cheapest,
        reason=Reason.BUDGET,
        explanation=f"{state.describe()}: downgraded to the cheapest model ({cheapest}, "
        f"~${cost:.6f})",
        scores={"budget_spent_usd": state.spent},
    )
