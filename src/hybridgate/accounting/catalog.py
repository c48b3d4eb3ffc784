"""The pricing catalog shipped as data (data/pricing.yaml) and how config overrides it."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..config import ModelConfig, Pricing
from ..errors import ConfigError


class CatalogEntry(Pricing):
    """A catalog price: Pricing plus the date it was read from its source."""

    as_of: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class Catalog(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    models: dict[str, CatalogEntry]

    def lookup(self, model_id: str) -> CatalogEntry | None:
        """Exact id, else its family: dated snapshots (`gpt-4.1-2025-04-14`) and suffixes
        (`gpt-5.4-0305`) fall back to the longest catalog id they extend."""
        if model_id in self.models:
            return self.models[model_id]
        base = re.sub(r"-(\d{4}-\d{2}-\d{2}|\d{4}|latest)$", "", model_id)
        if base in self.models:
            return self.models[base]
        return None


def parse_catalog(text: str, source: str) -> Catalog:
    try:
        return Catalog.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"{source}: invalid pricing catalog: {exc}") from None


@lru_cache(maxsize=1)
def builtin_catalog() -> Catalog:
    text = resources.files("hybridgate").joinpath("data/pricing.yaml").read_text("utf-8")
    return parse_catalog(text, "pricing.yaml")


def load_catalog(path: Path | None = None) -> Catalog:
    if path is None:
        return builtin_catalog()
    return parse_catalog(path.read_text(encoding="utf-8"), path.name)


def resolve_pricing(model: ModelConfig, catalog: Catalog | None = None) -> Pricing | None:
    """The price of a hosted model: its catalog entry with the config's `pricing:` keys
    laid over it (keys the config leaves out keep the catalog value). Models without a
    catalog entry use their config pricing alone; self-hosted models are not looked up."""
    own = model.pricing
    entry = None
    if model.provider == "openai":
        entry = (catalog or builtin_catalog()).lookup(model.upstream_model)
    if entry is None:
        return own
    if own is None:
        return entry
    fields = {name: getattr(own, name) for name in own.model_fields_set}
    return Pricing.model_validate({**entry.model_dump(exclude={"as_of"}), **fields})
