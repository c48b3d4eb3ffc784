"""No module of the package binds one top-level name twice. The detector modules hold
hundreds of module-level patterns; a second `_DAY_AFTER = …` further down a file silently
replaces the first for every function that reads it (it happened once: a date pattern
turned a saint's-day rule against "my nan's 80th")."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "hybridgate"


def rebound(source: str) -> set[str]:
    """Top-level names assigned, defined or declared more than once in `source`."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.value is not None:
                counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return {name for name, n in counts.items() if n > 1}


def test_rebound_finds_a_name_bound_twice() -> None:
    source = "import re\nA = re.compile('x')\ndef f():\n    return A\nA = re.compile('y')\n"
    assert rebound(source) == {"A"}
    assert rebound("A = 1\nB = 2\ndef A2(): ...\n") == set()


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {
        str(path.relative_to(SRC)): names
        for path in sorted(SRC.rglob("*.py"))
        if (names := rebound(path.read_text(encoding="utf-8")))
    }
    assert found == {}
