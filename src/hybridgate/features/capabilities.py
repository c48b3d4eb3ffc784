"""What a request needs from a model: images, tools, JSON output."""

from __future__ import annotations

from ..config import Capability
from ..schemas import ChatRequest


def needed_capabilities(request: ChatRequest) -> frozenset[Capability]:
    needs: set[Capability] = {"text"}
    if any(m.has_images() for m in request.messages):
        needs.add("images")
    if request.tools and request.tool_choice != "none":
        needs.add("tools")
    if request.response_format is not None and request.response_format.type != "text":
        needs.add(request.response_format.type)
    return frozenset(needs)
