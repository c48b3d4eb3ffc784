"""hybridgate: a hybrid LLM gateway (hosted + self-hosted models behind one endpoint)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config, load_config
    from .errors import GatewayError
    from .gateway import Gateway
    from .routing import Reason, RouteDecision
    from .server import create_app

# Imported on first use, so `hybridgate --version`, `--help` and a config error cost ~0.2 s
# of CPU, not the ~1 s of importing the gateway, the server and the openai SDK.
_EXPORTS = {
    "Config": ".config",
    "load_config": ".config",
    "GatewayError": ".errors",
    "Gateway": ".gateway",
    "Reason": ".routing",
    "RouteDecision": ".routing",
    "create_app": ".server",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = [
    "Config",
    "Gateway",
    "GatewayError",
    "Reason",
    "RouteDecision",
    "create_app",
    "load_config",
]
__version__ = "0.1.0"
