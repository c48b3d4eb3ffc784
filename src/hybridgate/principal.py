"""Who is calling: the authenticated key's identity, permissions and allowances. Made by
auth (governance.keys), read by features, routing, budgets, limits and the audit log."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling (from auth): what they may use and what they may spend."""

    key_id: str | None = None
    name: str = "anonymous"
    models: frozenset[str] | None = None  # None = every model
    local_only: bool = False
    on_sensitive: str | None = None  # per-key override of router.privacy.on_sensitive
    budget_usd_per_day: float | None = None  # None = no budget of its own
    rpm: int | None = None  # requests per minute; None = limits.rpm (or unlimited)
    tpm: int | None = None  # tokens per minute; None = limits.tpm (or unlimited)
    expires: float | None = None  # unix seconds; None = never
    admin: bool = False  # the admin key (HYBRIDGATE_ADMIN_KEY)
    scopes: frozenset[str] = frozenset()  # extra rights: governance.keys.SCOPES

    def allows(self, scope: str) -> bool:
        """The admin key has every scope; another key the ones it was created with."""
        return self.admin or scope in self.scopes


ANONYMOUS = Principal()
