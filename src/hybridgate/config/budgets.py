"""Spend limits: global, per key and for named keys, by day and month."""

from __future__ import annotations

from pydantic import Field, model_validator

from .base import Strict


class BudgetLimit(Strict):
    """USD per period. Past `soft`, "auto" goes to the cheapest model that can serve the
    request (reason `budget`); at `hard`, requests are refused (429, no retry)."""

    soft: float | None = Field(None, ge=0)
    hard: float | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> BudgetLimit:
        if self.soft is not None and self.hard is not None and self.soft > self.hard:
            raise ValueError("soft must not exceed hard")
        return self


class BudgetWindow(Strict):
    day: BudgetLimit | None = None  # UTC calendar day
    month: BudgetLimit | None = None  # UTC calendar month


class BudgetsConfig(Strict):
    """Spend limits: everyone together (`global`), each key (`per_key`, anonymous callers
    included), and named keys (`keys`: by key id or name, replacing `per_key` for them). A
    key's own `budget_usd_per_day` is its hard daily limit, soft at `soft_fraction` of it."""

    global_: BudgetWindow = Field(BudgetWindow(), alias="global")
    per_key: BudgetWindow = BudgetWindow()
    keys: dict[str, BudgetWindow] = {}  # noqa: RUF012
    soft_fraction: float = Field(0.8, gt=0, le=1)
