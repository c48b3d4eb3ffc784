"""Writes src/hybridgate/data/given_names.txt and family_names.txt: given names and
surnames the `faker` gazetteer lacks ("Olatz", "Przemek", "Gráinne"), from the
`names-dataset` package (Apache-2.0; first and last names ranked by country, from a large
public social-network sample), lower-cased, one a line. The privacy gate adds them to the
gazetteer (features/privacy/gazetteer.py).

Kept: one word of three letters or more; among the `RANK` most common given names (or
surnames) of at least one country; a given name almost always given to one sex
(`GENDERED`: a real given name mostly is, a word that people type into a name field,
"Love", "Happy", "Table", is not); not in faker's list of its kind already; not an
English word (the NER model's lexicon), not a word web text writes in lower case, not a
place of faker's address lists or of data/big_cities.txt, not a word of faker's word lists
of other languages (the data has "babcia", "kolega", "marito" typed as first names).
Chosen on the tune half of the evaluation sets (docs/privacy.md).

The package is a maintenance tool, not a dependency (a 55 MB wheel):

    .venv/bin/uv pip install --python .venv/bin/python names-dataset
    .venv/bin/python bench/build_names.py
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import importlib.resources
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "hybridgate" / "data"
RANK = 1000
GENDERED = 0.9
WORD = re.compile(r"[^\W\d_]{3,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rank", type=int, default=RANK)
    parser.add_argument("--gendered", type=float, default=GENDERED)
    parser.add_argument("--out", type=Path, default=DATA, help="folder of the two files")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import names_dataset

    from hybridgate.features.privacy import SpacyNER, gazetteer, public
    from hybridgate.features.privacy.ner import rare_in_lower_case

    gazetteer.more_names = lambda: (set(), set())  # the gazetteer without these files
    given, family = gazetteer.names()
    ner = SpacyNER()
    places: set[str] = set()
    for provider in gazetteer.providers("address"):
        for attr in public._PLACE_LISTS:
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple)):
                places.update(v.lower() for v in value if isinstance(v, str))
    places |= {c.lower() for c in public.all_big_cities()}
    words: set[str] = set()  # faker's lorem words of every locale
    for provider in gazetteer.providers("lorem"):
        for value in vars(provider).values():
            if isinstance(value, (list, tuple)):
                words.update(v.lower() for v in value if isinstance(v, str))
    version = importlib.metadata.version("names-dataset")
    for kind, listed in (("first", given), ("last", family)):
        data = importlib.resources.files(names_dataset) / "v3" / f"{kind}_names.pkl.gz"
        with data.open("rb") as raw, gzip.open(raw) as f:
            ranked = pickle.load(f)  # the package's own data file
        kept = set()
        for name, facts in ranked.items():
            ranks = facts.get("rank") or {}
            sexes = [v for v in (facts.get("gender") or {}).values() if v is not None]
            if not ranks or min(ranks.values()) > args.rank:
                continue
            if kind == "first" and (not sexes or max(sexes) < args.gendered):
                continue
            low = name.lower()
            if (
                WORD.fullmatch(name) is None
                or low in listed
                or low in places
                or low in words
                or ner.english(low)
                or not rare_in_lower_case(low)
            ):
                continue
            kept.add(low)
        sexed = f", >= {args.gendered:.0%} one sex" if kind == "first" else ""
        header = (
            f"# {kind.title()} names of the names-dataset package {version} (Apache-2.0,"
            f" https://github.com/philipperemy/name-dataset)\n# top {args.rank} in a country"
            f"{sexed}, not in faker's lists, no English word, place or other-language word;\n"
            "# written by bench/build_names.py\n"
        )
        out = args.out / ("given_names.txt" if kind == "first" else "family_names.txt")
        out.write_text(header + "\n".join(sorted(kept)) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(kept)} names)")


if __name__ == "__main__":
    main()
