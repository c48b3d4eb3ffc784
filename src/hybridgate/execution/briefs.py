"""The brief of a privacy escalation as text: the conversation as the in-house writer
reads it, the shipped prompt templates, and `approve`, the scanner's gate on what the
writer wrote (what it still finds is redacted; an unusable brief is rejected)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..features import Entity
from ..features.privacy import PLACEHOLDER, Pseudonyms, SpanFinder, plan
from ..schemas import ChatRequest, Message

# Words of a name that are looked for on their own in the brief ("Maria", "Gonzalez").
NAME_KINDS = frozenset({"PERSON", "DENY_LIST"})
# An identifier with this many digits is also looked for as a digit run, whatever the
# separators the brief writes between them.
MIN_DIGITS = 6
# A brief in which a run of this many words comes back REPEATS times is a degenerate
# generation (small models loop under greedy decoding), not a task.
SHINGLE, REPEATS = 6, 3
# A template's sections: `--- system`, `--- user`, `--- assistant` lines (few-shot
# examples); a template without them is one user message.
SECTION = re.compile(r"^--- *(system|user|assistant) *$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Approval:
    """The scanner's verdict on a brief: `brief` (what may leave, placeholders in place of
    what was redacted) or `why` not; `names` restores the placeholders in the answer."""

    brief: str | None
    why: str | None
    redacted: tuple[str, ...] = ()  # entity types redacted from the brief
    names: Pseudonyms = field(default_factory=Pseudonyms)


def _clean(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^(?:rewritten request|request|brief|task)\s*:\s*", "", text, flags=re.I)
    return text.strip().strip("\"'`").strip()


def _pieces(kind: str, value: str) -> list[str]:
    """The forms of an original identifier to look for in a brief."""
    pieces = [value.strip()]
    if kind in NAME_KINDS:
        pieces += [w for w in re.findall(r"[^\W\d_][\w'-]*", value) if len(w) >= 3]
    return [p for p in pieces if p]


def loops(text: str) -> bool:
    """Whether a run of SHINGLE words came back REPEATS times."""
    words = re.findall(r"\w+", text.lower())
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - SHINGLE + 1):
        key = tuple(words[i : i + SHINGLE])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] >= REPEATS:
            return True
    return False


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def approve(
    brief: str,
    request: ChatRequest,
    entities: Sequence[Entity],
    finder: SpanFinder | None,
    min_chars: int,
) -> Approval:
    """Redact what the scanner (recall-oriented threshold) still finds in the brief and
    every identifier of the original request wherever it appears (case-insensitive, and
    the words of a name one by one); reject a brief that is too short, or in which the
    scanner still fires, or an identifier's digits remain, after redaction."""
    text = _clean(brief)
    if finder is None:
        return Approval(None, "no privacy scanner is configured to approve the brief")
    if len(text) < min_chars:
        return Approval(None, f"the brief is too short ({len(text)} < {min_chars} characters)")
    if loops(text):
        return Approval(None, "the brief repeats itself (a degenerate generation)")
    known = plan(request, entities, finder)
    names = Pseudonyms()
    names.taken.update(m.group(0) for m in PLACEHOLDER.finditer(text))
    for value, tag in known.forward.items():
        kind = tag[1:].rsplit("_", 1)[0]
        for piece in _pieces(kind, value):
            for m in re.finditer(rf"(?<!\w){re.escape(piece)}(?!\w)", text, re.IGNORECASE):
                names.add(kind, m.group(0))
    for span in finder.find_redactable(text):
        names.add(span.type, text[span.start : span.end])
    redacted = names.redact(text)
    tags = [m.span() for m in PLACEHOLDER.finditer(redacted)]
    left = sorted(
        {
            s.type
            for s in finder.find_redactable(redacted)
            if not any(s.start < end and start < s.end for start, end in tags)
        }
    )
    if left:
        return Approval(None, f"identifiers remain after redaction ({', '.join(left)})")
    runs = _digits(PLACEHOLDER.sub(" ", redacted))
    if any(len(d := _digits(v)) >= MIN_DIGITS and d in runs for v in known.forward):
        return Approval(None, "an identifier's digits remain in the brief")
    if len(PLACEHOLDER.sub("", redacted).strip()) < min_chars:
        return Approval(None, "too little is left of the brief after redaction")
    kinds = tuple(sorted({tag[1:].rsplit("_", 1)[0] for tag in names.backward}))
    return Approval(redacted, None, kinds, names)


def transcript(request: ChatRequest) -> str:
    """The conversation as the brief writer reads it: a lone user message as it is, more
    turns each under its role."""
    turns = [(m.role, "\n".join(t for t in m.texts() if t)) for m in request.messages]
    if len(turns) == 1:
        return turns[0][1]
    return "\n\n".join(f"{role.capitalize()}: {text}" for role, text in turns if text)


def load_prompt(path: Path | None, shipped: str) -> str:
    if path is not None:
        return path.read_text(encoding="utf-8")
    return resources.files("hybridgate").joinpath(f"data/{shipped}").read_text("utf-8")


def messages(template: str, **values: str) -> list[Message]:
    """A prompt template as chat messages, `{name}` replaced by `values[name]`."""

    def fill(text: str) -> str:
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text.strip()

    parts = SECTION.split(template)
    if len(parts) == 1:
        return [Message(role="user", content=fill(template))]
    roles, bodies = parts[1::2], parts[2::2]
    return [
        Message(role=role, content=fill(body)) for role, body in zip(roles, bodies, strict=True)
    ]
