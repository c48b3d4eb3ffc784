"""Import layering of src/hybridgate: counts imports that point from a lower layer to a
higher one and prints the module sizes (lines).

    .venv/bin/python bench/layers.py            # count, each upward import, sizes
    .venv/bin/python bench/layers.py --quiet    # count and size summary only
"""

from __future__ import annotations

import argparse
import ast
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src"

# Lowest first; a module may import its own layer and any layer below it. The order
# follows DESIGN.md's request flow: vocabulary, then the stores and upstreams, access
# control, the records observers keep, spend, the per-request features, routing,
# execution, the flow (gateway), its HTTP face, assembly, and the tools on top.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(names.split())
    for names in (
        "errors schemas settings config principal usage entities calls translate",
        "storage",
        "providers",
        "governance",
        "observability",
        "accounting",
        "features",
        "routing",
        "execution",
        "gateway",
        "server",
        "wiring",
        "harness",
        "commands cli __init__",
    )
)


def layer_of(module: str) -> int:
    """Layer of `hybridgate.x.y` by its first component (`x`)."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    raise SystemExit(f"{module}: not in LAYERS; add it")


def module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def imports(path: Path) -> list[str]:
    """Modules of the package imported by one file (lazy imports included)."""
    name, is_package = module_name(path)
    package = name if is_package else name.rpartition(".")[0]
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("hybridgate")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.startswith("hybridgate"):
                found.append(target)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="no per-import lines")
    args = parser.parse_args()
    files = sorted((ROOT / "hybridgate").rglob("*.py"))
    upward: list[str] = []
    for path in files:
        name, _ = module_name(path)
        for target in imports(path):
            if layer_of(target) > layer_of(name):
                upward.append(f"{name} -> {target}")
    sizes = {module_name(p)[0]: len(p.read_text().splitlines()) for p in files}
    big = sorted(sizes.items(), key=lambda kv: -kv[1])
    print(f"upward imports: {len(upward)}")
    if not args.quiet:
        for line in upward:
            print(f"  {line}")
    real = [n for n in sizes.values() if n > 10]  # package markers aside
    print(
        f"modules: {len(sizes)}  lines: {sum(sizes.values())}  "
        f"median: {statistics.median(real):.0f}  over 300: {sum(n > 300 for n in real)}"
    )
    print("largest: " + ", ".join(f"{n.removeprefix('hybridgate.')} {s}" for n, s in big[:10]))


if __name__ == "__main__":
    main()
