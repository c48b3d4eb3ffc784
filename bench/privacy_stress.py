"""Bounded cost of the privacy scan on hostile sizes: 250-500 KB texts built to stress the
rules that look back or across a text (a transcript with thousands of distinct speakers,
account names said again and again, long lists of names said to be someone's, lower-case
chat, CSV rows). Prints detection and redaction seconds per text and the throughput.

    .venv/bin/python bench/privacy_stress.py [--scale 1.0]

A rule that costs O(n²) shows as a row far slower than the others at the same size; run
it again with `--scale 0.5`: linear rows halve, quadratic ones quarter.
"""

from __future__ import annotations

import argparse
import random
import time

from hybridgate.features.privacy import Scanner, SpacyNER, gazetteer


def texts(scale: float, rnd: random.Random) -> dict[str, str]:
    given = sorted(w for w in gazetteer.names()[0] if w.isalpha())
    names = [w.title() for w in rnd.sample(given, 6000)]
    pick = rnd.choice
    n = lambda count: max(1, int(count * scale))  # noqa: E731
    return {
        "transcript, 6,000 speakers": "\n".join(
            f"{pick(names)}: ok so my {pick(['sister', 'boss', 'friend'])} is {pick(names)}"
            f" and Love, {pick(names)} x"
            for _ in range(n(9000))
        ),
        "account names said": " ".join(
            f"my steam login is user_{i} and her snapchat is a.b{i}, my son's godmother is"
            f" {pick(names).lower()}."
            for i in range(n(4000))
        ),
        "names said to be ours": " ".join(
            f"{pick(names)} and {pick(names)}, {pick(names)} & {pick(names)} are our cousins."
            for _ in range(n(6000))
        ),
        "lower-case chat": " ".join(
            f"{pick(names).lower()} said the {pick(['bus', 'rent', 'cat'])} was late again lol"
            for _ in range(n(9000))
        ),
        "csv rows": "reporter,key,summary\n"
        + "\n".join(f"{pick(names).lower()}{i},OPS-{i},vpn drops" for i in range(n(14000))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="text size multiplier")
    args = parser.parse_args()
    scanner = Scanner(ner=SpacyNER(), cache_size=1)
    scanner.warm()
    print(f"{'text':28} {'KB':>6} {'detect s':>9} {'redact s':>9} {'KB/s (redact)':>14}")
    for label, text in texts(args.scale, random.Random(5)).items():
        started = time.perf_counter()
        scanner.find(text)
        detect = time.perf_counter() - started
        started = time.perf_counter()
        scanner.find_redactable(text)
        redact = time.perf_counter() - started
        kb = len(text) / 1000
        print(f"{label:28} {kb:6.0f} {detect:9.2f} {redact:9.2f} {kb / redact:14.0f}")


if __name__ == "__main__":
    main()
