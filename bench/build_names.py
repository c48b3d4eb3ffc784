"""Writes src/hybridgate/data/given_names.txt and family_names.txt: given names and
surnames that the `faker` lists of the name gazetteer lack ("Olatz", "Przemek",
"Gráinne"), lower-cased, one a line. The privacy gate adds them to the gazetteer
(features/privacy/gazetteer.py).

Sources, both with a clear provenance (no list built from personal data that leaked):
- the `mimesis` package's person data (MIT): given names and surnames of 40 locales;
- the US Census Bureau's 1990 name lists (public domain) as the `names` package (MIT)
  ships them: 5,494 given names and 88,799 surnames.

Kept: one word of three letters or more, not in faker's list of its kind; not an English
word, nor one with an English stem ("walking"); not a word web text writes in
lower case; not a place of faker's address lists or of data/big_cities.txt; not a word of
faker's word lists or of mimesis's sample texts of other languages ("dobry"); not an Arabic
honorific ("السيد", Mr). Chosen on the tune half of the evaluation sets
(docs/privacy.md). `names-dataset`, a larger list, was measured and is not used: its data
was extracted from a 2021 dump of 533M social-network accounts.

The packages are maintenance tools, not dependencies:

    .venv/bin/uv pip install --python .venv/bin/python mimesis names
    .venv/bin/python bench/build_names.py
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "hybridgate" / "data"
WORD = re.compile(r"[^\W\d_]{3,}")
SUFFIXES = ("est", "er", "ed", "ing", "es", "s", "ly")
# Arabic titles some name lists carry as names: Mr, Mrs, sheikh, doctor, professor,
# engineer, hajji.
HONORIFICS = frozenset(
    {
        "السيد", "السيدة", "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة",
        "المهندس", "المهندسة", "الحاج", "الحاجة",
    }
)  # fmt: skip


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def mimesis_names() -> tuple[set[str], set[str]]:
    import mimesis

    given: set[str] = set()
    family: set[str] = set()
    for person in (importlib.resources.files(mimesis) / "datasets").iterdir():
        source = person / "person.json"
        if source.is_file():
            data = json.loads(source.read_text(encoding="utf-8"))
            given.update(strings(data.get("names", {})))
            family.update(strings(data.get("surnames", {})))
    return given, family


def census_names() -> tuple[set[str], set[str]]:
    import names

    def read(name: str) -> set[str]:
        text = (importlib.resources.files(names) / name).read_text(encoding="utf-8")
        return {line.split()[0].title() for line in text.splitlines() if line.strip()}

    return read("dist.female.first") | read("dist.male.first"), read("dist.all.last")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DATA, help="folder of the two files")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from hybridgate.features.privacy import SpacyNER, gazetteer, public
    from hybridgate.features.privacy.ner import rare_in_lower_case

    gazetteer.more_names = lambda: (set(), set())  # the gazetteer without these files
    listed = dict(zip(("given", "family"), gazetteer.names(), strict=True))
    ner = SpacyNER()
    places = {p.lower() for p in public.faker_places() | public.all_big_cities()}
    words: set[str] = set()  # faker's lorem words and mimesis's sample texts, every locale
    for provider in gazetteer.providers("lorem"):
        words.update(v.lower() for v in strings(list(vars(provider).values())))
    import mimesis

    for locale in (importlib.resources.files(mimesis) / "datasets").iterdir():
        source = locale / "text.json"
        if source.is_file():
            for sample in strings(json.loads(source.read_text(encoding="utf-8"))):
                words.update(w.lower() for w in re.findall(r"[^\W\d_]+", sample))
    words |= HONORIFICS

    def english(low: str) -> bool:
        stems = (low[: -len(x)] for x in SUFFIXES if low.endswith(x))
        return ner.english(low) or any(len(s) >= 3 and ner.english(s) for s in stems)

    found = [mimesis_names(), census_names()]
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("mimesis", "names"))
    for i, kind in enumerate(("given", "family")):
        kept = set()
        for name in set().union(*(f[i] for f in found)):
            low = name.lower()
            if (
                WORD.fullmatch(name) is None
                or low in listed[kind]
                or low in places
                or low in words
                or english(low)
                or not rare_in_lower_case(low)
            ):
                continue
            kept.add(low)
        header = (
            f"# {kind.title()} names beyond faker's: mimesis person data (MIT) and the US Census"
            f" 1990 lists (public domain) via\n# the names package (MIT); {versions}; no"
            " English word, place or other-language word;\n# written by bench/build_names.py\n"
        )
        out = args.out / f"{kind}_names.txt"
        out.write_text(header + "\n".join(sorted(kept)) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(kept)} names)")


if __name__ == "__main__":
    main()
