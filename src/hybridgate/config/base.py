"""The strict base of every config model, and `env:VAR` secrets."""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict


# A `= {}` default on a subclass in another module carries a noqa for RUF012: pydantic
# copies it for each instance, but ruff sees pydantic models only within one file.
class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def resolve_secret(value: object) -> object:
    """`env:VAR` → the variable's value; a missing variable is an error naming it."""
    if isinstance(value, str) and value.startswith("env:"):
        var = value[4:]
        if var not in os.environ:
            raise ValueError(f"environment variable {var} is not set")
        return os.environ[var]
    return value
