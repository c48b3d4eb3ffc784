"""Licence metadata on models: the config's `license:` or the shipped catalog
(data/licenses.yaml), and the view `hybridgate models` and /v1/models show."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..config import License, ModelConfig
from ..errors import ConfigError

OPENAI_TERMS = "openai"  # what a hosted OpenAI model matching no rule is under
EMBEDDED = "smollm2"  # the bundled GGUF a llamacpp model without model_path runs


class LicenseRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str = Field(min_length=1)
    license: str


class LicenseCatalog(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    licenses: dict[str, License]
    models: tuple[LicenseRule, ...] = ()

    @model_validator(mode="after")
    def _known(self) -> LicenseCatalog:
        for rule in self.models:
            if rule.license not in self.licenses:
                raise ValueError(f"rule {rule.pattern!r}: unknown licence {rule.license!r}")
            re.compile(rule.pattern)
        return self

    def lookup(self, model_id: str, *, provider: str | None = None) -> License | None:
        """The first rule whose pattern is found in the id; a hosted OpenAI model that
        matches none is under OpenAI's terms."""
        for rule in self.models:
            if re.search(rule.pattern, model_id, re.IGNORECASE):
                return self.licenses[rule.license]
        if provider == "openai":
            return self.licenses.get(OPENAI_TERMS)
        return None


@lru_cache(maxsize=1)
def builtin_licenses() -> LicenseCatalog:
    text = resources.files("hybridgate").joinpath("data/licenses.yaml").read_text("utf-8")
    try:
        return LicenseCatalog.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"licenses.yaml: invalid licence catalog: {exc}") from None


def license_of(model: ModelConfig, catalog: LicenseCatalog | None = None) -> License | None:
    """The config's `license:`, else the catalog's entry for the upstream model id."""
    if model.license is not None:
        return model.license
    catalog = catalog or builtin_licenses()
    found = catalog.lookup(model.upstream_model, provider=model.provider)
    if found is None and model.model is not None:  # e.g. name: llama4-scout, model: a path
        found = catalog.lookup(model.name)
    path = getattr(model, "model_path", None)
    if found is None and model.provider in ("llamacpp", "embedded"):
        found = catalog.lookup(path.name if path is not None else EMBEDDED)
    return found


def license_view(license: License | None) -> dict[str, object] | None:
    """The JSON shape in /v1/models: `{name, url, notes, restricts_training}` or null."""
    return None if license is None else license.model_dump()
