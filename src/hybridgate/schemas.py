"""OpenAI Chat Completions wire models: the request we validate, the responses we relay.

Requests are validated strictly where OpenAI is strict (types, ranges, roles) and keep
unknown top-level fields (`extra="allow"`) so provider-specific options pass through.
Responses reuse the openai SDK's own models, which accept vendor extensions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.completion_usage import CompletionUsage
from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatRequest",
    "CompletionUsage",
    "ContentPart",
    "Message",
    "Tool",
    "ToolCall",
]

Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ImageURL(_Open):
    url: str = Field(min_length=1)
    detail: Literal["auto", "low", "high"] | None = None


class ContentPart(_Open):
    type: str = Field(min_length=1)
    text: str | None = None
    image_url: ImageURL | None = None

    @model_validator(mode="after")
    def _shape(self) -> ContentPart:
        if self.type == "text" and self.text is None:
            raise ValueError("a text part needs 'text'")
        if self.type == "image_url" and self.image_url is None:
            raise ValueError("an image_url part needs 'image_url'")
        return self


class FunctionCall(_Open):
    name: str
    arguments: str = ""


class ToolCall(_Open):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class Message(_Open):
    role: Role
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None

    @model_validator(mode="after")
    def _content(self) -> Message:
        if self.content is None and self.role not in ("assistant", "function"):
            raise ValueError(f"a {self.role} message needs 'content'")
        if self.role == "tool" and not self.tool_call_id:
            raise ValueError("a tool message needs 'tool_call_id'")
        return self

    def texts(self) -> Iterator[str]:
        """Every piece of text this message carries: content, text parts, tool-call args."""
        if isinstance(self.content, str):
            yield self.content
        elif self.content:
            for part in self.content:
                if part.text is not None:
                    yield part.text
        for call in self.tool_calls or ():
            yield call.function.arguments

    def has_images(self) -> bool:
        return isinstance(self.content, list) and any(
            p.type in ("image_url", "input_image") for p in self.content
        )


class FunctionDef(_Open):
    name: str = Field(min_length=1, max_length=64)
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class Tool(_Open):
    type: Literal["function"] = "function"
    function: FunctionDef


class JSONSchemaFormat(_Open):
    name: str = Field(min_length=1)
    schema_: dict[str, Any] | None = Field(None, alias="schema")
    strict: bool | None = None
    description: str | None = None


class ResponseFormat(_Open):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JSONSchemaFormat | None = None

    @model_validator(mode="after")
    def _schema(self) -> ResponseFormat:
        if self.type == "json_schema" and self.json_schema is None:
            raise ValueError("response_format json_schema needs 'json_schema'")
        return self


class StreamOptions(_Open):
    include_usage: bool | None = None


class ChatRequest(_Open):
    model: str = Field(min_length=1)
    messages: list[Message] = Field(min_length=1)
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    tools: list[Tool] | None = None
    tool_choice: Literal["none", "auto", "required"] | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    response_format: ResponseFormat | None = None
    n: int | None = Field(None, ge=1, le=128)
    stop: str | list[str] | None = None
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    seed: int | None = None
    user: str | None = Field(None, max_length=512)

    @model_validator(mode="after")
    def _stop(self) -> ChatRequest:
        if isinstance(self.stop, list) and len(self.stop) > 4:
            raise ValueError("'stop' takes at most 4 sequences")
        return self

    @property
    def output_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens

    def upstream_body(self, model: str) -> dict[str, Any]:
        """The JSON body for an upstream: what the client set, with the upstream's model id."""
        body = self.model_dump(mode="json", exclude_unset=True, by_alias=True)
        body["model"] = model
        return body
