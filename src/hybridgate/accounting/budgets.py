"""Budgets: how the spend so far compares with the configured limits (pure, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from ..config import BudgetLimit, BudgetsConfig, BudgetWindow
from ..principal import Principal
from .spend import NO_SPEND, Spend


class Level(IntEnum):
    OK = 0
    SOFT = 1
    HARD = 2


@dataclass(frozen=True, slots=True)
class BudgetState:
    level: Level
    scope: str = ""  # e.g. "key day", "global month"
    spent: float = 0.0
    limit: float = 0.0
    held: float = 0.0  # of `spent`: estimates of requests still in flight

    @property
    def exhausted(self) -> bool:
        """At a hard limit with recorded spend alone; else requests in flight may still
        end below their estimates and free room (a retry can succeed)."""
        return self.level is Level.HARD and self.spent - self.held >= self.limit

    def describe(self) -> str:
        kind = "hard" if self.level is Level.HARD else "soft"
        return f"{self.scope} spend ${self.spent:.4f} reached the {kind} limit ${self.limit:.4f}"


OK = BudgetState(Level.OK)


def key_window(budgets: BudgetsConfig, principal: Principal) -> BudgetWindow:
    """The limits that apply to one key: its own entry, else `per_key`; the key's own
    `budget_usd_per_day` (issue 9's key store) sets its daily hard limit."""
    window = budgets.per_key
    for name in (principal.key_id, principal.name):
        if name is not None and name in budgets.keys:
            window = budgets.keys[name]
            break
    own = principal.budget_usd_per_day
    if own is not None:
        day = BudgetLimit(soft=own * budgets.soft_fraction, hard=own)
        window = BudgetWindow(day=day, month=window.month)
    return window


def _check(scope: str, spent: float, held: float, limit: BudgetLimit | None) -> BudgetState:
    if limit is None:
        return OK
    if limit.hard is not None and spent >= limit.hard:
        return BudgetState(Level.HARD, scope, spent, limit.hard, held)
    if limit.soft is not None and spent >= limit.soft:
        return BudgetState(Level.SOFT, scope, spent, limit.soft)
    return OK


def assess(spend: Spend, budgets: BudgetsConfig, principal: Principal) -> BudgetState:
    """The most severe state over key/global and day/month (an exhausted hard limit before
    one reached only with holds; else the first found wins a tie)."""
    own = key_window(budgets, principal)
    held = spend.held or NO_SPEND
    states = (
        _check("key day", spend.key_day, held.key_day, own.day),
        _check("key month", spend.key_month, held.key_month, own.month),
        _check("global day", spend.global_day, held.global_day, budgets.global_.day),
        _check("global month", spend.global_month, held.global_month, budgets.global_.month),
    )
    return max(states, key=lambda s: (s.level, s.exhausted))
