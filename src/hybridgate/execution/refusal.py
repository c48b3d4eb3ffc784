"""Refusal detection on answers: the SDK's structured `refusal` field, or a declining
phrase near the start of the text. Used by `router.on_refusal: reroute` to re-ask another
candidate model (never for requests privacy narrowed or blocked)."""

from __future__ import annotations

import re

from ..features import Features
from ..schemas import ChatCompletion, ChatCompletionChunk

# Only the opening of an answer is looked at: a refusal says so first, while a long answer
# that later mentions "I can't" somewhere is an answer.
HEAD_CHARS = 300

_PATTERNS = (
    # "I'm sorry, but I can't help with that." / "Sorry, I cannot assist"
    r"\b(?:i'?m|i am)\s+(?:really\s+|very\s+|so\s+)?sorry,?\s+(?:but\s+)?(?:i|as an ai)\b"
    r"[^.!?\n]{0,40}\b(?:can(?:no|')t|can not|won'?t|will not|am unable|'m unable|am not able"
    r"|'m not able|must decline|do not|don'?t)\b",
    r"^\W*sorry,?\s+(?:but\s+)?i\s+(?:can(?:no|')t|can not|won'?t|am unable|'m unable)\b",
    r"\bi\s+apologi[sz]e,?\s+(?:but\s+)?(?:i|as an ai)\b[^.!?\n]{0,40}"
    r"\b(?:can(?:no|')t|can not|won'?t|will not|am unable|'m unable|am not able|must decline)\b",
    r"\bmy apologies,?\s+but\b",
    # "I can't help with that", "I cannot provide ...", "I won't assist with ..."
    r"\bi\s+(?:can(?:no|')t|can not|won'?t|will not|must not|shouldn'?t)\s+(?:help|assist|provide"
    r"|comply|fulfill|fulfil|support|create|generate|write|produce|engage|share|give|do that"
    r"|do this|participate|answer that|continue)\b",
    r"\bi(?:'m| am)\s+(?:unable|not able|not allowed|not permitted|not comfortable)\s+to\s+"
    r"(?:help|assist|provide|comply|fulfill|fulfil|support|create|generate|write|produce|engage"
    r"|share|give|do that|answer|continue|discuss)\b",
    r"\bi\s+(?:must|have to|need to)\s+(?:respectfully\s+)?decline\b",
    r"\bi\s+(?:respectfully\s+)?decline\s+to\b",
    r"\bas an ai(?: language model| assistant)?,?\s+i\s+(?:can(?:no|')t|can not|won'?t|am not able"
    r"|'m not able|am unable|'m unable|do not|don'?t)\s+(?:help|assist|provide|comply|create"
    r"|generate|write|produce|engage|support|condone|encourage|promote|give)\b",
    r"\b(?:is|goes|be)\s+against\s+(?:my|openai'?s?|our)\s+(?:guidelines|programming|policies"
    r"|policy|principles|content policy|usage policies)\b",
    r"\bnot something i can (?:help|assist) with\b",
    r"\bi(?:'m| am) not going to (?:help|assist|provide|write|create|do that)\b",
    r"\bi (?:won'?t|will not) be able to (?:help|assist|provide|write|create|do that|share)\b",
)
_REFUSAL = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)


def is_refusal(text: str | None) -> bool:
    if not text:
        return False
    head = text.strip()[:HEAD_CHARS].replace("\u2019", "'")
    for match in _REFUSAL.finditer(head):
        # A refusal inside quotes is an example the answer gives, not the answer's own.
        if head[max(0, match.start() - 1) : match.start()] not in ('"', "\u201c"):
            return True
    return False


def completion_refused(completion: ChatCompletion) -> bool:
    """True when every choice declined (a tool call or any real answer is not a refusal)."""
    if not completion.choices:
        return False
    for choice in completion.choices:
        message = choice.message
        if message.tool_calls:
            return False
        if not (message.refusal or is_refusal(message.content)):
            return False
    return True


def chunks_refused(chunks: list[ChatCompletionChunk]) -> bool:
    """`completion_refused` for the opening chunks of a stream (the first choice)."""
    text: list[str] = []
    for chunk in chunks:
        for choice in chunk.choices:
            if choice.index != 0:
                continue
            if choice.delta.tool_calls:
                return False
            if choice.delta.refusal:
                return True
            text.append(choice.delta.content or "")
    return is_refusal("".join(text))


def may_reroute(features: Features) -> bool:
    """Re-asking is never done for requests privacy narrowed or blocked: sensitive data,
    local-only keys. (A blocked request never gets an answer to re-ask in the first place.)"""
    return not features.sensitive and not features.principal.local_only
