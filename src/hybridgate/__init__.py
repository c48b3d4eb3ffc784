"""hybridgate: a hybrid LLM gateway (hosted + self-hosted models behind one endpoint)."""

from .config import Config, load_config
from .errors import GatewayError
from .gateway import Gateway
from .routing import Reason, RouteDecision
from .server import create_app

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
