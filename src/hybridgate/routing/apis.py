"""The client APIs a gateway speaks and which models serve each: the routing view of the
config for one API (chat-shaped APIs see text models, embeddings see embedding models)."""

from __future__ import annotations

from enum import StrEnum

from ..config import Config, ModelConfig
from ..errors import InvalidRequest


class Api(StrEnum):
    """An ingress: the wire API a request arrived on."""

    CHAT = "chat.completions"
    RESPONSES = "responses"
    MESSAGES = "messages"
    EMBEDDINGS = "embeddings"


CHAT_SHAPED = (Api.CHAT, Api.RESPONSES, Api.MESSAGES)


def serves(model: ModelConfig, api: Api) -> bool:
    """Whether `model` can answer requests of `api`: chat-shaped APIs are translated to
    chat completions, so every text model serves all three."""
    if api is Api.EMBEDDINGS:
        return model.supports("embeddings")
    return model.supports("text")


def apis_of(model: ModelConfig) -> list[str]:
    """The APIs a model serves, for /v1/models."""
    return [api.value for api in Api if serves(model, api)]


def view(config: Config, api: Api) -> Config:
    """The config routing sees for `api`: only the models that serve it, and for
    embeddings `auto` means `embeddings.default` (else the built-in model)."""
    models = tuple(m for m in config.models if serves(m, api))
    update: dict[str, object] = {"models": models}
    if api is Api.EMBEDDINGS:
        default = config.embeddings.default or config.embeddings.builtin
        known = default is not None and any(m.name == default for m in models)
        router = config.router.model_copy(update={"default": default if known else "auto"})
        update["router"] = router
    return config.model_copy(update=update)


def ensure_serves(config: Config, name: str, api: Api) -> None:
    """A named model that exists but cannot answer this API is a 400 that says which
    models can (an unknown name stays the access policy's 404)."""
    if not any(serves(m, api) for m in config.models):
        raise InvalidRequest(f"No model on this gateway serves {api.value}", param="model")
    spec = config.model(name)
    if spec is None or serves(spec, api):
        return
    able = ", ".join(["auto", *(m.name for m in config.models if serves(m, api))])
    what = "embeddings" if api is Api.EMBEDDINGS else "chat-shaped requests (it embeds texts)"
    raise InvalidRequest(
        f"The model '{name}' does not serve {what}; models that do: {able}", param="model"
    )
