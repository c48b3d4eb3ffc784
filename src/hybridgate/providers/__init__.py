"""Providers: one small protocol, one module per kind of upstream."""

from .base import Provider
from .registry import build_providers

__all__ = ["Provider", "build_providers"]
