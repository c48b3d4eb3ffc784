"""The HTTP server: Starlette app, auth, and one module per endpoint family."""

from .app import create_app

__all__ = ["create_app"]
