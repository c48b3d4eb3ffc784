"""Addresses and names of every `faker` locale, placed in a few invented sentences: how
much of each the privacy scanner covers (every character of the value redacted at
`redact_min_score`) and how often the sentence is detected as sensitive, per locale.

    .venv/bin/python bench/privacy_locales.py [--kind address|name] [--per-locale 12]
        [--worst 25] [--seed 7] [--misses en_GB,it_IT]

Write rules from another seed than the one you quote (`--seed 11 --misses ...` to read
what is missed; the default seed 7 is the figure in docs/privacy.md).

These values come from the same `faker` lists the gazetteer and the place lists are built
from, so a locale's name figure is an upper bound for unseen names of that culture; the
address formats, though, are only partly known to the rules, which makes the address
figure a fair probe of how they generalise across countries.
"""

from __future__ import annotations

import argparse
import warnings
from collections.abc import Callable

from faker import Faker
from faker.config import AVAILABLE_LOCALES

from hybridgate.features.privacy import Scanner, SpacyNER

SENTENCES = {
    "address": (
        "Meet me at {value}",
        "The new office is at {value}.",
        "please update my address to {value} thanks",
    ),
    "name": (
        "have you heard {value} speak yet?",
        "{value} is from the finance team.",
        "Please call {value} tomorrow about the lease.",
    ),
}


def covered(start: int, end: int, spans: list[tuple[int, int]], text: str) -> bool:
    return all(
        any(a <= i < b for a, b in spans) for i in range(start, end) if not text[i].isspace()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(SENTENCES), default="address")
    parser.add_argument("--per-locale", type=int, default=12)
    parser.add_argument("--worst", type=int, default=25, help="locales to list, worst first")
    parser.add_argument("--seed", type=int, default=7, help="faker seed (7: the quoted one)")
    parser.add_argument("--misses", default="", help="comma-separated locales: print misses")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # deprecated locales (fr_QC) warn on load
    scanner = Scanner(ner=SpacyNER(), cache_size=1)
    rows = []
    for locale in sorted(AVAILABLE_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(args.seed)
        make: Callable[[], str] = fake.address if args.kind == "address" else fake.name
        try:
            values = [make() for _ in range(args.per_locale)]
        except (AttributeError, NotImplementedError):
            continue
        hits = found = 0
        for i, value in enumerate(values):
            text = SENTENCES[args.kind][i % 3].format(value=value)
            start = text.index(value)
            spans = [(s.start, s.end) for s in scanner.find_redactable(text)]
            hit = covered(start, start + len(value), spans, text)
            hits += hit
            if not hit and locale in args.misses.split(","):
                shown = [text[a:b] for a, b in spans]
                print(f"MISS {locale} {value!r} redacted {shown}")
            found += bool(scanner.find(text))
        rows.append((locale, hits, found, len(values), values[0]))
    total = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    print(
        f"{args.kind}: {len(rows)} locales, covered {total[0]}/{total[2]} "
        f"({total[0] / total[2]:.1%}), detected {total[1]}/{total[2]} ({total[1] / total[2]:.1%})"
    )
    for locale, hits, found, n, example in sorted(rows, key=lambda r: r[1])[: args.worst]:
        print(f"  {locale:8} covered {hits:2}/{n}  detected {found:2}/{n}  e.g. {example!r}")


if __name__ == "__main__":
    main()
