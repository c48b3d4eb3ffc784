"""Config, the whole file: its sections and the checks across them (model names,
aliases, references), and the config a gateway serves (with the built-in embedder)."""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator, model_validator

from .base import Strict, resolve_secret
from .budgets import BudgetsConfig
from .models import EmbeddedModel, ModelConfig
from .router import RouterConfig
from .server import AuthConfig, EmbeddingsConfig, LimitsConfig, LoggingConfig, ServerConfig


class Config(Strict):
    models: tuple[ModelConfig, ...] = Field(min_length=1)
    router: RouterConfig = RouterConfig()
    auth: AuthConfig = AuthConfig()
    server: ServerConfig = ServerConfig()
    limits: LimitsConfig = LimitsConfig()
    logging: LoggingConfig = LoggingConfig()
    budgets: BudgetsConfig = BudgetsConfig()
    embeddings: EmbeddingsConfig = EmbeddingsConfig()
    database_url: SecretStr | None = None
    redis_url: SecretStr | None = None

    @field_validator("database_url", "redis_url", mode="before")
    @classmethod
    def _env(cls, value: object) -> object:
        return resolve_secret(value)

    @model_validator(mode="after")
    def _references(self) -> Config:
        names = [m.name for m in self.models]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"models: duplicate name(s) {', '.join(dupes)}")
        if "auto" in names:
            raise ValueError('models: "auto" is reserved for routing')
        known = set(names)
        aliases = self._alias_owners(known)

        def check(path: str, name: str) -> None:
            if name in aliases:
                raise ValueError(f"{path}: {name!r} is an alias of {aliases[name]}; use its name")
            if name not in known:
                raise ValueError(f"{path}: unknown model {name!r} (known: {', '.join(names)})")

        if self.router.default != "auto":
            check("router.default", self.router.default)
        if self.router.difficulty:
            check("router.difficulty.strong", self.router.difficulty.strong)
            check("router.difficulty.weak", self.router.difficulty.weak)
        for source, targets in self.router.fallbacks.items():
            check("router.fallbacks", source)
            for target in targets:
                check(f"router.fallbacks.{source}", target)
        for name in self.router.evaluate.models:
            check("router.evaluate.models", name)
        if self.router.evaluate.judge is not None:
            check("router.evaluate.judge", self.router.evaluate.judge)
        for i, spec in enumerate(self.router.specialists):
            check(f"router.specialists.{i}.model", spec.model)
        writer = self.router.privacy.escalate.model
        if writer is not None:
            check("router.privacy.escalate.model", writer)
            writer_spec = self.model(writer)
            if writer_spec is not None and writer_spec.hosted:  # it reads the original
                raise ValueError(f"router.privacy.escalate.model: {writer} is hosted")
        default = self.embeddings.default
        if default is not None and default != self.embeddings.builtin:
            check("embeddings.default", default)
            embedder = self.model(default)
            if embedder is not None and not embedder.supports("embeddings"):
                raise ValueError(f"embeddings.default: {default} has no embeddings capability")
        return self

    def _alias_owners(self, names: set[str]) -> dict[str, str]:
        """alias → model name; an alias that clashes with a model name, another alias or
        the built-in embedding model is an error naming the key."""
        owners: dict[str, str] = {}
        for i, spec in enumerate(self.models):
            for alias in spec.aliases:
                if alias in names:
                    raise ValueError(f"models.{i}.aliases: {alias!r} is the name of a model")
                if alias in owners:
                    raise ValueError(
                        f"models.{i}.aliases: {alias!r} is already an alias of {owners[alias]}"
                    )
                if alias == self.embeddings.builtin:
                    raise ValueError(
                        f"models.{i}.aliases: {alias!r} is the built-in embedding model "
                        "(embeddings.builtin)"
                    )
                owners[alias] = spec.name
        return owners

    def model(self, name: str) -> ModelConfig | None:
        """The model called `name`, or that has it among its aliases."""
        found = next((m for m in self.models if m.name == name), None)
        if found is None:
            found = next((m for m in self.models if name in m.aliases), None)
        return found

    def canonical(self, name: str) -> str:
        """The model name behind an alias (any other name comes back as it is)."""
        spec = self.model(name)
        return spec.name if spec is not None else name


def with_builtin_models(config: Config) -> Config:
    """The config a gateway serves: the configured models plus the bundled embedding model
    (`embeddings.builtin`), unless turned off or a model of that name is configured."""
    name = config.embeddings.builtin
    if name is None or config.model(name) is not None:
        return config
    builtin = EmbeddedModel(name=name, provider="embedded")
    return config.model_copy(update={"models": (*config.models, builtin)})
