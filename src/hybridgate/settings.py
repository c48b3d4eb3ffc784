"""Process-level settings from HYBRIDGATE_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HYBRIDGATE_", extra="ignore")

    config: Path | None = Field(None, description="Path of the YAML config (HYBRIDGATE_CONFIG).")
    home: Path = Field(Path("~/.hybridgate"), description="State directory: ledger, audit, caches.")
    admin_key: str | None = Field(None, description="Admin API key for admin endpoints.")
    audit_key: str | None = Field(
        None, description="HMAC key for the audit chain (HYBRIDGATE_AUDIT_KEY); else SHA-256."
    )

    def state_dir(self) -> Path:
        path = self.home.expanduser()
        path.mkdir(parents=True, exist_ok=True)
        return path
