"""`hybridgate export distill`: hosted answers on opted-in, non-sensitive traffic as an
OpenAI fine-tuning chat JSONL, with a card of counts, sources and the teachers' terms.

Texts come from where the logging policy kept them: the audit log's content table
(`logging.prompts: full`, or `redacted`, then masked) holds whole conversations; stored
comparisons (`router.evaluate`, any policy but `none`) hold the last user message and both
answers. Metadata alone (the hash chain) says which calls qualify, not what they said."""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from ..config import Config, License
from ..execution.compare import WITHHELD
from ..execution.refusal import is_refusal
from ..governance.keys import KeyStore
from ..governance.licenses import builtin_licenses, license_of
from ..observability.audit import AuditStore, audit_content
from ..routing.decision import Reason
from ..storage.evaluations import EvaluationRow, EvaluationStore, Verdict
from ..storage.sql import Database

SCOPE = "distill"
# Roles a fine-tuning chat example carries as plain text ("developer" is sent as system).
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}
_PRIVATE = {Reason.PRIVACY.value, "privacy_escalation"}


class Drop(StrEnum):
    """Why a hosted call is not in the export (the card counts each)."""

    NOT_OPTED_IN = "not_opted_in"  # its key has no `distill` scope (or no key)
    SENSITIVE = "sensitive"  # privacy found something, or it was redacted/escalated
    FAILED = "failed"  # error status, or no answer
    REFUSAL = "refusal"
    NO_TEXT = "no_text"  # the logging policy kept no text of it
    UNSUPPORTED = "unsupported"  # tool calls/results or images only: not plain chat
    NOT_REVIEWED = "not_hosted_better"  # --reviewed-only and no `hosted_better` verdict
    TEACHER = "other_teacher"  # --model and another model answered
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Example:
    messages: tuple[tuple[str, str], ...]  # (role, content), the answer last
    request_id: str
    model: str
    key_id: str
    source: str  # audit:full | audit:redacted | evaluation


@dataclass(frozen=True, slots=True)
class Teacher:
    model: str
    examples: int
    license: License | None


@dataclass
class DistillSet:
    examples: list[Example] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    candidates: int = 0  # hosted calls seen before any filter
    opted_keys: int = 0
    policy: str = "metadata"
    reviewed_only: bool = False

    def teachers(self, config: Config) -> list[Teacher]:
        counts = Counter(e.model for e in self.examples)
        return [Teacher(m, n, teacher_license(config, m)) for m, n in sorted(counts.items())]

    def restricted(self, config: Config) -> list[Teacher]:
        return [t for t in self.teachers(config) if t.license and t.license.restricts_training]

    def no_text_reason(self) -> str | None:
        """Set when qualifying calls exist but no text of them was stored: say so."""
        if self.examples or not self.dropped[Drop.NO_TEXT]:
            return None
        return (
            f"{self.dropped[Drop.NO_TEXT]} qualifying hosted call(s) found, but no prompt or "
            f"answer text of them is stored: logging.prompts is {self.policy!r} (the audit "
            "log keeps texts only with 'full' or 'redacted') and no stored comparison "
            "(router.evaluate) holds them. Set logging.prompts: full for traffic to distill."
        )


def teacher_license(config: Config, model: str) -> License | None:
    spec = config.model(model)
    if spec is not None:
        return license_of(spec)
    return builtin_licenses().lookup(model)


def _sensitive(row: dict[str, object]) -> bool:
    entities = json.loads(str(row["entities"]) or "{}")
    transforms = json.loads(str(row["transforms"]) or "[]")
    return bool(entities) or bool(transforms) or row["reason"] in _PRIVATE


def _messages(content: str) -> tuple[tuple[str, str], ...] | None:
    """The stored conversation plus the answer, or None when it is not plain chat."""
    data = json.loads(content)
    answer = data.get("answer")
    turns: list[tuple[str, str]] = []
    for message in data.get("messages", []):
        role = ROLES.get(message.get("role"))
        text = message.get("content") or ""
        if role is None or not text.strip():
            return None
        turns.append((role, text))
    if not turns or turns[-1][0] != "user" or not answer:
        return None
    return (*turns, ("assistant", answer))


def _normal(messages: tuple[tuple[str, str], ...]) -> str:
    prompt = [(role, " ".join(text.split()).lower()) for role, text in messages[:-1]]
    return hashlib.sha256(json.dumps(prompt).encode()).hexdigest()


def _hosted_side(row: EvaluationRow) -> tuple[str, str] | None:
    if row.other_hosted and not row.primary_hosted:
        return row.other_model, row.other_text
    if row.primary_hosted and not row.other_hosted:
        return row.primary_model, row.primary_text
    return None


def collect(
    db: Database,
    config: Config,
    *,
    reviewed_only: bool = False,
    models: tuple[str, ...] = (),
) -> DistillSet:
    """Every hosted call, filtered; each drop counted once, under its first reason."""
    keys = KeyStore(db)
    opted = {k.id for k in keys.list() if SCOPE in k.scopes}
    evaluations = EvaluationStore(db).queue_all()
    better = {r.request_id for r in evaluations if r.verdict == Verdict.HOSTED_BETTER.value}
    out = DistillSet(
        opted_keys=len(opted), policy=config.logging.prompts, reviewed_only=reviewed_only
    )
    seen: set[str] = set()
    done: set[str] = set()  # request ids already answered from the audit log

    def keep(
        request_id: str, model: str, key_id: str | None, status_ok: bool, sensitive: bool
    ) -> bool:
        out.candidates += 1
        drop = None
        if key_id is None or key_id not in opted:
            drop = Drop.NOT_OPTED_IN
        elif sensitive:
            drop = Drop.SENSITIVE
        elif not status_ok:
            drop = Drop.FAILED
        elif models and model not in models:
            drop = Drop.TEACHER
        elif reviewed_only and request_id not in better:
            drop = Drop.NOT_REVIEWED
        if drop is not None:
            out.dropped[drop] += 1
        return drop is None

    def add(example: Example) -> None:
        if is_refusal(example.messages[-1][1]):
            out.dropped[Drop.REFUSAL] += 1
            return
        digest = _normal(example.messages)
        if digest in seen:
            out.dropped[Drop.DUPLICATE] += 1
            return
        seen.add(digest)
        out.examples.append(example)

    compared = {r.request_id for r in evaluations if _hosted_side(r) is not None}
    audited: set[str] = set()  # hosted calls counted from the audit log
    pending: set[str] = set()  # qualifying, but only a stored comparison may hold the text
    stored = dict(_contents(db))
    for row in AuditStore(db).rows():
        if not row["hosted"] or row["reason"] == "denied":
            continue
        request_id, model = str(row["request_id"]), str(row["model"])
        key_id = None if row["key_id"] is None else str(row["key_id"])
        ok = int(row["status"]) == 200 and row["error_code"] is None
        audited.add(request_id)
        if not keep(request_id, model, key_id, ok, _sensitive(row)):
            continue
        found = stored.get(int(row["seq"]))
        if found is None:
            if request_id in compared:
                pending.add(request_id)
            else:
                out.dropped[Drop.NO_TEXT] += 1
            continue
        policy, content = found
        messages = _messages(content)
        done.add(request_id)
        if messages is None:
            reason = Drop.FAILED if not json.loads(content).get("answer") else Drop.UNSUPPORTED
            out.dropped[reason] += 1
            continue
        add(Example(messages, request_id, model, str(key_id), f"audit:{policy}"))

    for evaluation in evaluations:
        side = _hosted_side(evaluation)
        rid = evaluation.request_id
        if side is None or rid in done or (rid in audited and rid not in pending):
            continue
        model, answer = side
        ok = evaluation.error is None and bool(answer)
        sensitive = bool(evaluation.sensitive)
        if rid not in pending and not keep(rid, model, evaluation.key_id, ok, sensitive):
            continue
        if not ok or sensitive:  # the audited call passed; this comparison did not
            out.dropped[Drop.FAILED if not ok else Drop.SENSITIVE] += 1
            continue
        done.add(rid)
        if evaluation.prompt == WITHHELD or answer == WITHHELD or not evaluation.prompt:
            out.dropped[Drop.NO_TEXT] += 1
            continue
        messages = (("user", evaluation.prompt), ("assistant", answer))
        key = str(evaluation.key_id)
        add(Example(messages, evaluation.request_id, model, key, "evaluation"))
    return out


def _contents(db: Database) -> Iterator[tuple[int, tuple[str, str]]]:
    with db.connect() as conn:
        query = select(audit_content.c.seq, audit_content.c.policy, audit_content.c.content)
        for row in conn.execute(query):
            yield int(row.seq), (str(row.policy), str(row.content))


def line(example: Example) -> str:
    """One fine-tuning example: {"messages": [{"role", "content"}, ...]}."""
    messages = [{"role": role, "content": text} for role, text in example.messages]
    return json.dumps({"messages": messages}, ensure_ascii=False)


def card(dataset: DistillSet, config: Config, *, accepted: bool) -> dict[str, object]:
    """Counts and sources of an export, and the terms its teachers' answers come under."""
    return {
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "format": "OpenAI fine-tuning chat JSONL ({messages: [{role, content}]})",
        "examples": len(dataset.examples),
        "hosted_calls_seen": dataset.candidates,
        "dropped": {reason.value: dataset.dropped[reason] for reason in Drop},
        "filters": {
            "opted_in_keys": dataset.opted_keys,
            "reviewed_only": dataset.reviewed_only,
            "logging_prompts": dataset.policy,
        },
        "sources": dict(sorted(Counter(e.source for e in dataset.examples).items())),
        "keys": dict(sorted(Counter(e.key_id for e in dataset.examples).items())),
        "teachers": [
            {
                "model": t.model,
                "examples": t.examples,
                "license": t.license.model_dump() if t.license else None,
            }
            for t in dataset.teachers(config)
        ],
        "terms_accepted": accepted,
    }


def card_markdown(data: dict[str, object]) -> str:
    lines = [
        "# Distillation set",
        "",
        f"Created {data['created_at']}: {data['examples']} examples, {data['format']}.",
        "",
        "| count | what |",
        "|---|---|",
        f"| {data['hosted_calls_seen']} | hosted calls seen |",
    ]
    dropped = data["dropped"]
    assert isinstance(dropped, dict)
    lines += [f"| {n} | dropped: {reason} |" for reason, n in dropped.items() if n]
    lines += ["", f"Filters: {json.dumps(data['filters'])}", ""]
    lines += [f"Sources: {json.dumps(data['sources'])}", f"Keys: {json.dumps(data['keys'])}"]
    lines += ["", "## Teachers and their terms", ""]
    teachers = data["teachers"]
    assert isinstance(teachers, list)
    for teacher in teachers:
        terms = teacher["license"]
        head = f"- **{teacher['model']}** ({teacher['examples']} examples): "
        if terms is None:
            lines.append(head + "no licence metadata (set `license:` on the model)")
        else:
            lines.append(head + f"{terms['name']} {terms['url'] or ''}".rstrip())
            if terms["notes"]:
                lines.append(f"  {terms['notes']}")
    lines += ["", f"Terms accepted with --accept-terms: {data['terms_accepted']}", ""]
    return "\n".join(lines)


def write(dataset: DistillSet, config: Config, out: Path, *, accepted: bool) -> tuple[Path, Path]:
    """The JSONL and its card (`<name>.card.json` and `.card.md`) next to it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for example in dataset.examples:
            handle.write(line(example) + "\n")
    data = card(dataset, config, accepted=accepted)
    stem = out.with_suffix("") if out.suffix == ".jsonl" else out
    card_json = stem.with_name(stem.name + ".card.json")
    card_json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    card_md = stem.with_name(stem.name + ".card.md")
    card_md.write_text(card_markdown(data), encoding="utf-8")
    return card_json, card_md
