"""Public figures and famous characters (privacy.public): well-known people of today are
no private persons; ordinary private-looking names are not on the lists."""

from __future__ import annotations

import pytest

from hybridgate.features.privacy import public


@pytest.mark.parametrize(
    "name",
    [
        "Satya Nadella",
        "Christine Lagarde",
        "Ursula von der Leyen",
        "Jerome Powell",
        "Andrew Bailey",
        "Sundar Pichai",
        "Jensen Huang",
        "Lisa Su",
        "Jamie Dimon",
        "Demis Hassabis",
        "Dario Amodei",
        "Shohei Ohtani",
        "Aaron Judge",
        "Victor Wembanyama",
        "Erling Haaland",
        "Keir Starmer",
        "Dwight Schrute",
        "Pam Beesly",
        "Michael Scott",
    ],
)
def test_public_figures_are_known(name: str) -> None:
    assert public.known(name, alone_ok=True)
    assert public.famous_full(f"Summarise what {name} said")


@pytest.mark.parametrize("name", ["Nadella", "Lagarde", "Ohtani", "Wembanyama", "Schrute"])
def test_distinctive_surnames_are_famous(name: str) -> None:
    assert public.famous(name)
    assert public.known(f"Mr {name}", alone_ok=False)


@pytest.mark.parametrize(
    "name",
    ["Maria Kowalczyk", "Tomasz Nowak", "Sarah Whitfield", "Daniel Okafor", "Priya Raman"],
)
def test_private_names_are_not_known(name: str) -> None:
    assert not public.known(name, alone_ok=True)
    assert not public.famous_full(name)


@pytest.mark.parametrize("surname", ["Powell", "Lee", "Kim", "Su", "Huang", "Scott", "Johnson"])
def test_common_surnames_are_not_famous(surname: str) -> None:
    assert surname not in public.FAMOUS
