"""CLI command plug-ins. Each module here defines `register(app, bench)` and adds its
commands to the root Typer app or to the `hybridgate bench` group; cli.py loads them all,
so a new feature adds a module here instead of editing cli.py."""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer, bench: typer.Typer) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app, bench)
