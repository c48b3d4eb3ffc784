"""The registry of entity types: each type once, the scanner's DIRECT/QUASI sets drawn
from it, placeholder labels the pseudonym pattern reads back, and every type in the docs."""

from __future__ import annotations

from pathlib import Path

from hybridgate.entities import (
    BY_NAME,
    DIRECT_TYPES,
    ENTITY_TYPES,
    QUASI_TYPES,
    Identifies,
    label_of,
)
from hybridgate.features.privacy import DIRECT, KNOWN, PLACEHOLDER, QUASI
from hybridgate.observability.audit import mark_spans

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_each_type_once_with_a_description_and_a_label() -> None:
    names = [t.name for t in ENTITY_TYPES]
    assert len(names) == len(set(names)) == len(BY_NAME)
    for t in ENTITY_TYPES:
        assert t.description and "\n" not in t.description, t.name
        match = PLACEHOLDER.fullmatch(f"<{t.label}_1>")  # restore() finds its placeholders
        assert match is not None and match.group(1) == t.label, t.name


def test_the_scanner_sets_come_from_the_registry() -> None:
    assert (
        DIRECT
        == DIRECT_TYPES
        == {t.name for t in ENTITY_TYPES if t.identifies is Identifies.DIRECT}
    )
    assert QUASI == QUASI_TYPES == {"LOCATION"}
    assert set(BY_NAME) == KNOWN


def test_docs_privacy_names_every_direct_type() -> None:
    text = (DOCS / "privacy.md").read_text()
    missing = sorted(name for name in DIRECT_TYPES if f"`{name}`" not in text)
    assert missing == [], f"docs/privacy.md does not name {missing}"


def test_the_audit_masks_with_the_registry_label() -> None:
    assert label_of("PERSON") == BY_NAME["PERSON"].label
    assert label_of("EMPLOYEE_ID") == "EMPLOYEE_ID"  # a config pattern's own type
    assert mark_spans("Ann Lee paid", [(0, 7, "PERSON")]) == f"[{label_of('PERSON')}] paid"


def _span_types_in(source: str) -> set[str]:
    """Type names the detectors write: the string a `Span(...)` call starts with."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Span"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def test_every_type_a_detector_emits_is_registered() -> None:
    from hybridgate.features.privacy import ner

    package = Path(ner.__file__).resolve().parent
    emitted: dict[str, set[str]] = {}
    for path in sorted(package.glob("*.py")):
        for name in _span_types_in(path.read_text()):
            emitted.setdefault(name, set()).add(path.name)
    for name in ner._LABELS.values():  # the model's labels, mapped
        emitted.setdefault(name, set()).add("ner.py (_LABELS)")
    assert {"PERSON", "EMAIL_ADDRESS", "PASSWORD", "LOCATION"} <= set(emitted)  # it reads them
    unknown = {name: sorted(files) for name, files in emitted.items() if name not in BY_NAME}
    assert unknown == {}, f"types emitted but not in hybridgate/entities.py: {unknown}"
