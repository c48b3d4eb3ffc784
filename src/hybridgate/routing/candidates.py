"""Candidates: the models a request may still go to, narrowed policy by policy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..config import Config, ModelConfig
from .decision import Reason, Transform


@dataclass(frozen=True, slots=True)
class Candidates:
    models: tuple[ModelConfig, ...]
    config: Config
    # The first policy that took away the model the client asked for names the reason.
    pinned: Reason | None = None
    # Set once privacy narrowed to in-house models: no later policy may widen again.
    local_only: bool = False
    transforms: tuple[Transform, ...] = ()
    notes: tuple[str, ...] = ()

    @classmethod
    def all(cls, config: Config) -> Candidates:
        return cls(models=config.models, config=config)

    def names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.models)

    def get(self, name: str) -> ModelConfig | None:
        return next((m for m in self.models if m.name == name), None)

    def narrow(
        self,
        keep: Callable[[ModelConfig], bool],
        reason: Reason,
        note: str,
        *,
        pin: bool,
        local_only: bool = False,
    ) -> Candidates:
        kept = tuple(m for m in self.models if keep(m))
        return replace(
            self,
            models=kept,
            pinned=self.pinned or (reason if pin else None),
            local_only=self.local_only or local_only,
            notes=(*self.notes, note),
        )

    def note(self, text: str) -> Candidates:
        return replace(self, notes=(*self.notes, text))

    def with_transform(self, transform: Transform, note: str) -> Candidates:
        return replace(self, transforms=(*self.transforms, transform), notes=(*self.notes, note))
