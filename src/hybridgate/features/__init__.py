"""Request features, computed once per request before routing."""

from .extract import Entity, FeatureExtractor, Features

__all__ = ["Entity", "FeatureExtractor", "Features"]
