"""Task suites: YAML or JSONL files of benchmark items, validated strictly on load."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..config import format_errors
from ..errors import ConfigError

Tier = Literal["easy", "medium", "hard"]
TIERS: tuple[Tier, ...] = ("easy", "medium", "hard")
SHIPPED_DIR = Path(__file__).resolve().parent.parent / "data" / "suites"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExactGrader(_Strict):
    type: Literal["exact"]
    normalise: bool = Field(True, description="Compare case-, space- and punctuation-blind.")


class NumericGrader(_Strict):
    type: Literal["numeric"]
    tolerance: float = Field(1e-6, ge=0, description="Absolute tolerance.")
    relative: float = Field(0.0, ge=0, description="Relative tolerance.")


class RegexGrader(_Strict):
    type: Literal["regex"]
    pattern: str = Field(min_length=1)
    ignore_case: bool = True


class ContainsGrader(_Strict):
    type: Literal["contains"]
    all: bool = Field(True, description="Every expected string must occur (else any one).")
    ignore_case: bool = True


class ChoiceGrader(_Strict):
    type: Literal["choice"]
    letters: str = Field("ABCD", min_length=2)


class JsonSchemaGrader(_Strict):
    type: Literal["json_schema"]
    schema_: dict[str, Any] = Field(alias="schema")


class ToolCallGrader(_Strict):
    type: Literal["tool_call"]
    exact_arguments: bool = Field(False, description="Arguments must equal, not include, expected.")


class JudgeGrader(_Strict):
    type: Literal["judge"]
    threshold: float = Field(7.0, ge=1, le=10, description="Judge score (1-10) that passes.")
    reference: str | None = None


GraderSpec = Annotated[
    ExactGrader
    | NumericGrader
    | RegexGrader
    | ContainsGrader
    | ChoiceGrader
    | JsonSchemaGrader
    | ToolCallGrader
    | JudgeGrader,
    Field(discriminator="type"),
]


class ExpectedToolCall(_Strict):
    name: str
    arguments: dict[str, Any] = {}


class SuiteItem(_Strict):
    """One task. `prompt` is shorthand for a single user message; `messages` gives a
    multi-turn conversation (the model answers its last user turn). `follow_ups` are user
    turns sent after each answer, with the model's own answers in the conversation (as in
    MT-Bench's second turn); the last answer is graded."""

    id: str = Field(min_length=1)
    prompt: str | None = None
    messages: tuple[dict[str, Any], ...] | None = None
    system: str | None = None
    tools: tuple[dict[str, Any], ...] | None = None
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None
    expected: str | float | int | tuple[str, ...] | ExpectedToolCall | None = None
    grader: GraderSpec | None = None
    tier: Tier = "medium"
    tags: tuple[str, ...] = ()
    max_tokens: int | None = Field(None, gt=0)
    follow_ups: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _shape(self) -> SuiteItem:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give exactly one of prompt or messages")
        return self

    def chat_messages(self) -> list[dict[str, Any]]:
        msgs: list[dict[str, Any]] = []
        if self.system:
            msgs.append({"role": "system", "content": self.system})
        if self.messages is not None:
            msgs.extend(dict(m) for m in self.messages)
        else:
            msgs.append({"role": "user", "content": self.prompt})
        return msgs


class SuiteDefaults(_Strict):
    grader: GraderSpec | None = None
    system: str | None = None
    max_tokens: int | None = Field(256, gt=0)
    temperature: float = Field(0.0, ge=0, le=2)


class Suite(_Strict):
    name: str = Field(min_length=1)
    description: str = ""
    defaults: SuiteDefaults = SuiteDefaults()
    items: tuple[SuiteItem, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Suite:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"items: duplicate id {item.id!r}")
            seen.add(item.id)
        for i, item in enumerate(self.items):
            if item.grader is None and self.defaults.grader is None:
                raise ValueError(f"items.{i}.grader: no grader (set it or defaults.grader)")
        return self

    def grader(self, item: SuiteItem) -> GraderSpec:
        spec = item.grader or self.defaults.grader
        assert spec is not None  # checked by _unique
        return spec

    def max_tokens(self, item: SuiteItem) -> int | None:
        return item.max_tokens or self.defaults.max_tokens

    def messages(self, item: SuiteItem) -> list[dict[str, Any]]:
        if item.system is None and self.defaults.system:
            return [{"role": "system", "content": self.defaults.system}, *item.chat_messages()]
        return item.chat_messages()

    def sample(self, limit: int | None, seed: int) -> list[SuiteItem]:
        """A deterministic sample: items ordered by a seeded hash of their id, so a larger
        limit extends a smaller one and re-runs pick the same items."""
        ranked = sorted(self.items, key=lambda it: _rank(seed, it.id))
        return ranked[:limit] if limit is not None else ranked


def _rank(seed: int, item_id: str) -> str:
    return hashlib.sha256(f"{seed}:{item_id}".encode()).hexdigest()


def item_seed(seed: int, item_id: str) -> int:
    return int(_rank(seed, item_id)[:8], 16)


def parse_suite(data: object, source: str) -> Suite:
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping with 'name' and 'items'")
    try:
        return Suite.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_errors(source, exc)) from None


def _read_jsonl(path: Path) -> list[object]:
    rows: list[object] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path.name}: line {n}: invalid JSON ({exc.msg})") from None
    return rows


def load_suite(path: Path | str) -> Suite:
    """A YAML suite (mapping with name, defaults, items), or JSONL: one item per line,
    where a first line holding `{"suite": {...}}` gives name, description and defaults."""
    path = Path(path)
    if not path.exists() and SHIPPED_DIR.is_dir():
        shipped = shipped_suites().get(str(path))
        if shipped is not None:
            path = shipped
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        known = ", ".join(sorted(shipped_suites())) or "none"
        raise ConfigError(
            f"{path}: cannot read suite ({exc.strerror}); shipped suites: {known}"
        ) from None
    if path.suffix == ".jsonl":
        rows = _read_jsonl(path)
        head: dict[str, Any] = {"name": path.stem}
        if rows and isinstance(rows[0], dict) and "suite" in rows[0]:
            first = rows.pop(0)
            assert isinstance(first, dict)
            if not isinstance(first["suite"], dict):
                raise ConfigError(f"{path.name}: line 1: 'suite' must be a mapping")
            head.update(first["suite"])
        return parse_suite({**head, "items": rows}, path.name)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path.name}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    return parse_suite(data, path.name)


def shipped_suites() -> dict[str, Path]:
    """Suites that ship with hybridgate, by name (file stem)."""
    if not SHIPPED_DIR.is_dir():
        return {}
    return {
        p.stem: p for p in sorted(SHIPPED_DIR.iterdir()) if p.suffix in (".yaml", ".yml", ".jsonl")
    }
