"""Recall rules written from the tune halves (invented examples here, no dev record):
names after a title or kin word in any case, initials, subjects of a clause about someone,
surname-first records, quoted messages to translate, login names, PINs, postcode-anchored
address lines; and the negatives each rule must leave alone."""

# ruff: noqa: E501  (invented example texts are kept on one line)

from __future__ import annotations

import pytest

from hybridgate.features.privacy import Scanner, SpacyNER, lowercase
from hybridgate.features.privacy.spans import Span, whole_words

pytestmark = pytest.mark.slow  # loads the spaCy pipeline (seconds)

SCANNER = Scanner(ner=SpacyNER())


def detected(text: str) -> dict[str, list[str]]:
    """What makes the text sensitive (detection threshold), by type."""
    out: dict[str, list[str]] = {}
    for s in SCANNER.find(text):
        out.setdefault(s.type, []).append(text[s.start : s.end])
    return out


def redacted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in SCANNER.find_redactable(text)]


def redacted_types(text: str) -> set[str]:
    return {s.type for s in SCANNER.find_redactable(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what should i get auntie bronwen for her 70th", "bronwen"),
        ("thank you note for miss okafor from the whole class", "okafor"),
        ("my daughter is upset because a boy called tobias pushed her", "tobias"),
        ("pt k. lindqvist, bp 170/100, what are the next steps", "k. lindqvist"),
        ("net pay at 20%: T. Adebayo 2,300; M. Kowalczyk 1,950", "T. Adebayo"),
        ("Wiktoria keeps taking my lunch from the office fridge, how do I tell her", "Wiktoria"),
        ("dariusz is moving to leeds next month, he's nervous about the rent", "dariusz"),
        ("Ilse cried in our 1:1 after I gave feedback on her report. What went wrong?", "Ilse"),
        ("Translate: 'Dzień dobry, przesyłam fakturę. Pozdrawiam, Zbigniew Nowicki'", "Zbigniew Nowicki"),
        ("my manager sent this and I'm confused: 'Anneke, going forward please cc me'", "Anneke"),
    ],
)  # fmt: skip
def test_names_found(text: str, name: str) -> None:
    assert any(name in found for found in detected(text).get("PERSON", []))


@pytest.mark.parametrize(
    "text",
    [
        "mum said she will call me later",  # a word of address, then a verb
        "I wanted to know how my sister really felt about the move",  # no name after the cue
        "Jordan has a population of about 11 million. What is its capital?",
        "Chase raised its fees again, should I move my savings?",  # no he/she: a bank
    ],
)
def test_not_names(text: str) -> None:
    assert "PERSON" not in detected(text)


def test_surname_first_records_stay_one_span() -> None:
    text = 'fix the quoting: 7,"Kamau, Njeri",5555555555554444 8,"Wekesa, Otieno",4111111111111111'
    spans = redacted(text)
    assert "Kamau, Njeri" in spans and "Wekesa, Otieno" in spans


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("blocked by nginx from 198.51.100.77.", "IP_ADDRESS", "198.51.100.77"),
        ("Does it matter that my PIN 4826 is the same on both cards?", "PASSWORD", "4826"),
        ("the gate code is #5190, text it to the cleaner", "PASSWORD", "5190"),
        ("define( 'DB_PASSWORD', 'marmalade_42' ); fails", "PASSWORD", "marmalade_42"),
        ("wifi is 'Cafe-Guest' pw harbourlight7, make a sign", "PASSWORD", "harbourlight7"),
        ("my member number ABCP/0048213 was rejected", "ID_NUMBER", "ABCP/0048213"),
        ("medicare card 3951 26614 1 expired", "ID_NUMBER", "3951 26614 1"),
        ("my National Insurance number is QQ 98 76 54 A", "ID_NUMBER", "QQ 98 76 54 A"),
    ],
)
def test_structured_values(text: str, kind: str, value: str) -> None:
    assert value in detected(text).get(kind, [])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I live at Via dei Serpenti 12, int. 4, 00184 Roma, what do I need", "Via dei Serpenti 12, int. 4, 00184 Roma"),
        ("label says Calle de Toledo 71, 2º dcha., 28005 Madrid, is that right", "Calle de Toledo 71, 2º dcha., 28005 Madrid"),
        ("send it to H.No. 8-2-293, Banjara Hills, Hyderabad 500034 please", "H.No. 8-2-293, Banjara Hills, Hyderabad 500034"),
        ("my address: 9 rue des Abbesses, 75018 Paris", "9 rue des Abbesses, 75018 Paris"),
        ("we moved to 41 harbor view terrace unit 2, san diego ca 92101 last week", "41 harbor view terrace unit 2, san diego ca 92101"),
        ("Adres: ul. Kwiatowa 8/2, 31-222 Kraków.", "ul. Kwiatowa 8/2, 31-222 Kraków"),
        # spacing as typed: two spaces inside a part used to raise ValueError
        ("label says Calle  de Toledo 71, 2º dcha., 28005 Madrid ok", "Calle  de Toledo 71, 2º dcha., 28005 Madrid"),
    ],
)  # fmt: skip
def test_postcode_anchored_addresses(text: str, address: str) -> None:
    assert any(address in found for found in detected(text).get("STREET_ADDRESS", []))


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 45 researchers visited 3 labs, 12000 Berlin residents took part.",
        "card 4111 1111 1111 1112 is not Luhn-valid",
        "install python3 and the Windows10 drivers for the router",  # no password near
        "user=admin ts=2024-04-02T08:55:12Z status=ok, is this log line normal?",
    ],
)
def test_left_alone(text: str) -> None:
    found = detected(text)
    assert not {"STREET_ADDRESS", "PASSWORD", "ID_NUMBER"} & set(found), found


def test_login_names_are_redacted_in_a_sensitive_request() -> None:
    text = "who is this? user=tomasz.wrobel from 10.8.0.22, email ops@example.com"
    assert "tomasz.wrobel" in redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is it true that Newton was hit by an apple?",
        "Write a short quiz about Marie Skłodowska-Curie for a science class.",
        "what's the difference between Crohn's and colitis",
        "Seattle vs Austin for a software job, cost of living",
        "my .env.example has DB_PASSWORD=changeme, is that the convention?",
        "Our invoice numbers look like INV-2025-004411. How do I generate them in SQL?",
        "def greet(name: str) -> str: return 'Hi ' + name  # why does greet(None) fail?",
    ],
)
def test_public_knowledge_and_placeholders_stay_clean(text: str) -> None:
    assert detected(text) == {}


def test_a_famous_surname_with_a_personal_cue_is_still_a_name() -> None:
    assert "Austin" in detected("my son Austin keeps waking up at 3am, what can I try?")["PERSON"]
    assert any("Jackson" in s for s in detected("Dear Mrs Jackson, the rent is late")["PERSON"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Imogen keeps rescheduling our 1:1s at the last minute, how do I raise it", "Imogen"),
        ("Gordon is 79 and wants to learn video calls, write steps I can print", "Gordon"),
        ("Tobias left his charger at my flat, what's a funny text to send", "Tobias"),
    ],
)
def test_a_given_name_doing_something_to_the_writer(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", [])


@pytest.mark.parametrize(
    "text",
    [
        "Victoria is 150 km from my town, is the ferry faster than driving?",
        "Use the Kalman extended filter for my tracking project",
    ],
)
def test_places_and_eponyms_doing_nothing_personal(text: str) -> None:
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("how do i tell tadhg that i can't make the wedding", "tadhg"),
        ("can you make rupert's best man speech funnier, pasting below", "rupert"),
    ],
)
def test_lower_case_names_after_dealing_verbs_and_before_life_events(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", [])


def test_every_name_in_a_list_after_a_dealing_verb() -> None:
    found = detected("ask radek, ivana and jolanta about the keys")["PERSON"]
    assert {"radek", "ivana", "jolanta"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "cheap flights from goa to kerala in march?",
        "She bought supplies for her little sister's birthday party for $12. How much is left?",
    ],
)
def test_places_and_relatives_are_not_names(text: str) -> None:
    assert "PERSON" not in detected(text)


def test_a_lock_set_to_a_number_is_a_secret_but_a_time_is_not() -> None:
    assert (
        "4419"
        in detected("the safe in our room is set to 4419, can housekeeping open it?")["PASSWORD"]
    )
    assert "PASSWORD" not in detected("the heating lock is set to 2100 hours every night")


def test_mixed_letter_digit_codes_are_redacted_in_a_sensitive_request() -> None:
    text = "my account ab12cd34 is locked, email me at ana@example.com; I use utf-8 and python3"
    spans = redacted(text)
    assert "ab12cd34" in spans
    assert "utf-8" not in spans and "python3" not in spans


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "seed data: {'first': 'Oluwaseun', 'last': 'Bankole', 'email': 'seun@example.net'}",
            ["Oluwaseun", "Bankole"],
        ),
        (
            "member = Member(full_name=\"Radka Horáková\", phone='0900 111 222')",
            ["Radka Horáková", "0900 111 222"],
        ),
        ("patient_name: Tiago Esteves\naddress: Rua das Flores 12, Porto\nnotes: follow up", []),
    ],
)
def test_values_under_personal_keys_are_redacted(text: str, values: list[str]) -> None:
    found = redacted(text)
    assert detected(text), text  # sensitive already (a name or an address)
    for value in values or ["Tiago Esteves", "Rua das Flores 12, Porto"]:
        assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize(
    "text",
    [
        "class User(BaseModel):\n    name: str\n    email: str\n    phone: Optional[str]",
        "payload = {'name': '<name>', 'address': '{address}', 'phone': 'TBD'}",
    ],
)
def test_types_and_placeholders_under_personal_keys_are_not_values(text: str) -> None:
    found = redacted(text)
    for value in ("str", "Optional[str]", "<name>", "{address}", "TBD"):
        assert not any(value in f for f in found), (value, found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ring me back on +34 6 11223344 after lunch", "+34 6 11223344"),
        ("bitte unter 089 87654321 melden", "089 87654321"),
        ("the Seoul office is +82 2-3456-7890", "+82 2-3456-7890"),
    ],
)
def test_phone_groups_of_one_or_eight_digits(text: str, value: str) -> None:
    assert value in detected(text).get("PHONE_NUMBER", []), detected(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("my card PIN, I think it's 6093, keeps getting rejected", ["6093"]),
        ("the alarm code was either 5521 or 1255, which is more common?", ["5521", "1255"]),
        ("door code is 7-3-0-2 and the wifi is in the kitchen", ["7-3-0-2"]),
    ],
)
def test_pins_a_few_words_after_their_keyword(text: str, values: list[str]) -> None:
    assert detected(text).get("PASSWORD") == values, detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "my PIN has been the same since 2018, should I change it?",
        "Write code that prints the first 1000 primes",
    ],
)
def test_years_and_counts_near_code_words_are_no_pins(text: str) -> None:
    assert "PASSWORD" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her username is maren.k2011, can I see her grades?", "maren.k2011"),
        ("APP_USER=svc_reports APP_PASS=Xq!9vLm2", "svc_reports"),
        ("my account name was lindqvist_e and now it is gone", "lindqvist_e"),
    ],
)
def test_login_names_after_is_or_a_prefixed_key(text: str, value: str) -> None:
    assert value in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Переведи: Татьяна Смирнова просит перенести занятие.", "Татьяна Смирнова"),
        ("Η Μαρία είπε ότι το πακέτο χάθηκε. Translate please.", "Μαρία"),
        ("张伟说下周一开会，帮我写个通知。", "张伟"),
        ("鈴木さんに返信を書いてください。", "鈴木"),
    ],
)
def test_names_in_other_scripts(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "请帮我写一个排序算法，用Python。",
        "この文章を英語に翻訳してください。",
        "Как работает квантовый компьютер? Объясни простыми словами.",
        "क्या आप मुझे भारत के इतिहास के बारे में बता सकते हैं?",
    ],
)
def test_ordinary_text_in_other_scripts_stays_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_cells_under_a_personal_header_are_redacted() -> None:
    text = (
        "why does pandas read 4 columns here?\n"
        "id;full name;phone;team\n"
        "7;bo ek;+45 20 11 22 33;ops\n8;jo sky;2011 2233;ops\n\nthanks"
    )
    found = redacted(text)
    for value in ("bo ek", "jo sky", "2011 2233"):
        assert any(value in f for f in found), (value, found)
    assert not any("ops" in f for f in found), found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("le colis est parti au 17 rue des Acacias, 69003 Lyon", "17 rue des Acacias"),
        (
            "we stayed at 8 Avenue du Général Leclerc last summer, my aunt lives there",
            "8 Avenue du Général Leclerc",
        ),
        ("send the keys to 3 bis, boulevard Voltaire please", "3 bis, boulevard Voltaire"),
    ],
)
def test_number_first_street_lines(text: str, address: str) -> None:
    found = detected(text).get("STREET_ADDRESS", [])
    assert any(address in f for f in found), found


def test_masked_card_numbers_are_redacted_in_a_sensitive_request() -> None:
    text = "Hi, I'm Oona Lehtinen: my card 5500 **** **** 0004 was charged twice"
    assert any("5500 **** **** 0004" in f for f in redacted(text)), redacted(text)
    assert redacted("what does x**2 + 3x mean") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("anika and fenna are fighting again over the car, how do i stay out of it", "fenna"),
        ("ok so yusuf borrowed 200 quid and now ignores my texts", "yusuf"),
        ("should i invite zofia to the bbq or is that weird after the breakup", "zofia"),
    ],
)
def test_names_typed_in_lower_case_read_as_if_capitalised(text: str, name: str) -> None:
    assert name in " ".join(detected(text).get("PERSON", [])), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do i install jenkins on ubuntu 22.04",
        "is ada a good first language for embedded work",
        "best way to learn julia if i know python",
        "jackson vs gson for parsing json in java, which is faster",
        "whats the best camera settings for shooting the aurora in iceland",
        "compare marx and weber on bureaucracy",
        "recommend some sci fi books like dune",
        "set up grafana and prometheus with docker compose",
        "can u explane how photosynthesis works in simple words",
        "my laptop keeps freezeing when i open chrome, what shuold i check",
        "how do i apologise to my freind after forgetting her birthday",
        "my boss wants a presentaion on q3 sales, how do i structure it",
        "do i need my bsn to open a bank account here",
        "whats a tfn and do i need one as a backpacker",
    ],
)
def test_lower_case_tools_places_authors_and_typos_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_lower_case_chat_without_names_stays_clean() -> None:
    for text in (
        "i got a parking ticket in camden, can i appeal it",
        "my mum wants to learn whatsapp, how do i explain it simply",
        "i think my coworker is stealing my lunch from the fridge lol",
        "my teenager is glued to tiktok, how do i set limits",
    ):
        assert detected(text) == {}, (text, detected(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Mr Van der Linden, thank you for your letter", "Van der Linden"),
        ("new starter: Joost van den Heuvel, please set up his laptop", "Joost van den Heuvel"),
    ],
)
def test_name_particles_stay_inside_one_name(text: str, name: str) -> None:
    assert any(name in f for f in redacted(text)), redacted(text)


def test_short_values_named_as_the_password() -> None:
    assert detected("the shed password is MOJO, don't tell anyone") == {"PASSWORD": ["MOJO"]}
    for text in ("my password is fine, right?", "the password is weak"):
        assert "PASSWORD" not in detected(text), text


def test_a_plain_word_after_login_is_is_no_login_name() -> None:
    text = "Hi, I'm Bea Lund. my login is still not working since friday"
    assert not any("still" in f for f in redacted(text)), redacted(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi, I'm Ines Roth, my booking ref is QWTRZP, can I change the date?", "QWTRZP"),
        ("Hi, I'm Ines Roth: policy number: HX-3390-71, claim for the window", "HX-3390-71"),
        ("Hi, I'm Ines Roth, insurance number is 1 77 04 31 222 333 44", "1 77 04 31 222 333 44"),
    ],
)
def test_values_after_an_identifier_word_in_any_shape(text: str, value: str) -> None:
    at = text.index(value)
    spans = SCANNER.find_redactable(text)
    left = [
        i for i in range(at, at + len(value))
        if text[i].isalnum() and not any(s.start <= i < s.end for s in spans)
    ]  # fmt: skip
    assert left == [], (value, redacted(text))


def test_a_message_to_rework_after_a_colon_names_real_people() -> None:
    text = "Translate to German please: Signe, the keys are under the mat, back on Sunday."
    assert "Signe" in detected(text).get("PERSON", []), detected(text)


def test_a_puzzle_passage_after_a_colon_stays_a_puzzle() -> None:
    text = (
        "Read the passage and answer the questions:\nAt a bakery, Ann, Ben and Cleo bake "
        "in turns. Ann bakes before Ben. Who bakes last?"
    )
    assert "PERSON" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Why does this import fail?\nid;name;plan\n4;Wanjiru Kamau;gold\n", "Wanjiru Kamau"),
        ('what\'s wrong with this json? {"customer_name": "Tove Ekdahl", "plan": 3', "Tove Ekdahl"),
    ],
)
def test_names_filed_as_names_make_a_request_sensitive(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_placeholder_names_in_records_stay_clean() -> None:
    text = 'Why does this fail? {"name": "John Doe", "email": "<email>"} in my schema test'
    assert "PERSON" not in detected(text), detected(text)


def test_names_coordinated_with_a_found_name_are_redacted() -> None:
    text = "Hi, I'm Ana Lima. Summer vs Tamsin Reyes in the club final, who wins?"
    found = redacted(text)
    assert "Summer" in " ".join(found), found


def test_transcript_speakers_and_their_mentions_are_redacted() -> None:
    text = (
        "Hi, I'm Ana Lima. Summarise this call:\nAgent: how can I help?\n"
        "Thorbjørn: my order never came.\nAgent: sorry Thorbjørn, checking now.\n"
    )
    found = redacted(text)
    assert found.count("Thorbjørn") == 2, found
    assert "Agent" not in found, found


def test_login_cells_in_a_pasted_user_row_are_redacted() -> None:
    text = "why do these rows fail to import?\nMarit Solberg;marit.s@example.no;msolberg\n"
    assert "msolberg" in redacted(text), redacted(text)


def test_a_login_and_password_written_as_a_pair_are_redacted() -> None:
    text = "Hi, I'm Ana Lima. the nas login is still root / pelican7, how do i change it"
    found = redacted(text)
    assert "root" in found and "pelican7" in " ".join(found), found
    text = "Hi, I'm Ana Lima. the script connects as bkp_runner with password Zx!81qqW"
    assert "bkp_runner" in redacted(text), redacted(text)


def test_a_number_read_two_ways_stays_one_placeholder() -> None:
    text = "Hi, I'm Ana Lima. My insurance number is 1 77 04 31 222 333 44, which form?"
    assert "1 77 04 31 222 333 44" in redacted(text), redacted(text)
    text = "Hi, I'm Ana Lima. call 0612 345 678 or 0612 999 888 today"
    assert {"0612 345 678", "0612 999 888"} <= set(redacted(text)), redacted(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "i changed my email password to lemon tiger piano cloud, is that strong?",
            "lemon tiger piano cloud",
        ),
        (
            "the guest wifi password is orange sofa hiking boots. ok to share?",
            "orange sofa hiking boots",
        ),
    ],
)
def test_passphrases_of_plain_words_named_as_the_password(text: str, phrase: str) -> None:
    assert phrase in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "I changed my password to something stronger yesterday",
        "my password is the same as my email, bad idea?",
        "the password is too short and weak",
    ],
)
def test_descriptions_of_a_password_are_no_passphrase(text: str) -> None:
    assert "PASSWORD" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("write to me at P.O. Box GP 4410, Kumasi", "P.O. Box GP 4410"),
        ("wyślij na ul. Długa 12/14 m. 7, 80-831 Gdańsk", "ul. Długa 12/14 m. 7"),
    ],
)
def test_post_boxes_with_letters_and_flats_after_a_slashed_number(text: str, address: str) -> None:
    found = detected(text).get("STREET_ADDRESS", [])
    assert any(address in f for f in found), found


@pytest.mark.parametrize(
    "text", ["Explain Unit 3: thermodynamics, for my exam", "Unit 4 of the course covers OOP"]
)
def test_a_course_unit_is_no_address(text: str) -> None:
    assert "STREET_ADDRESS" not in detected(text), detected(text)


def test_social_handles_are_redacted_but_not_decorators_or_addresses() -> None:
    text = "Hi, I'm Ana Lima. DM me on @ana_lima.22 or @analima.\n@dataclass\nclass A: ..."
    found = redacted(text)
    assert "@ana_lima.22" in found and "@analima" in found, found
    assert "@dataclass" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Best day trip from Kraków: Wieliczka or Zakopane?",
        "Train or bus from Porto to Guimarães?",
        "Marta has four cousins. Each of them has two aunts on her side. How many aunts does Marta have at least?",
    ],
)
def test_places_from_the_address_lists_and_riddles_in_number_words_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_place_name_that_is_also_a_name_keeps_its_cue() -> None:
    assert "Georgia" in detected("my daughter Georgia starts school on Monday").get("PERSON", [])


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a profile address names its owner
        ("my profile: linkedin.com/in/ada-obi-pm, phone 07700 900123", ["ada-obi-pm"]),
        # a name signing off, also one that is an English word (a guard: found before too)
        (
            "Can you tidy this? Call 07700 900456 if the van is late.\nCheers, Kit x",
            ["Kit"],
        ),
        # logins under a column that says who filed the row
        (
            "Reporter,Key,Summary\nmkorva,OPS-1,VPN down\nbtan,OPS-2,printer\nmail ops@example.org",
            ["mkorva", "btan"],
        ),
    ],
)
def test_profiles_sign_offs_and_filed_logins_are_redacted(text: str, values: list[str]) -> None:
    found = " ".join(redacted(text))
    assert all(v in found for v in values), found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a postcode line under its street line, as envelopes and forms write it
        (
            "Post it to 12 Wattle Brace\nSouth Morang, VIC, 3752",
            "12 Wattle Brace\nSouth Morang, VIC, 3752",
        ),
        # Cyrillic and Greek place names
        ("Адрес: Садовая 5\n190000 Санкт-Петербург, спасибо", "Садовая 5\n190000 Санкт-Петербург"),
        ("Στείλτε το στη Σόλωνος 24,\n10673 Αθήνα", "Σόλωνος 24,\n10673 Αθήνα"),
    ],
)
def test_addresses_over_lines_and_scripts(text: str, address: str) -> None:
    assert detected(text).get("STREET_ADDRESS") == [address.rstrip(",")] or address in redacted(
        text
    ), (detected(text), redacted(text))


def test_lines_of_numbers_are_no_address() -> None:
    assert detected("Order 12\n3 boxes, 2 bags\nTotal 450 EUR") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lower-case given name + surname that WordNet also lists as nouns
        ("the claim is for the policyholder helen roberts, renewed in may", "helen roberts"),
        ("lower case form: applicant edward hughes, born in leeds", "edward hughes"),
    ],
)
def test_lower_case_full_names_that_are_also_nouns(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_lower_case_word_pairs_that_are_verbs_or_adjectives_stay_clean() -> None:
    assert detected("we will mark price changes in the sheet and rose slowly after") == {}


def test_a_name_that_wordnet_lists_as_a_noun_typed_in_lower_case() -> None:
    # "bernard" is a noun (a dog breed) and a given name rarely written in lower case
    text = "ok so bernard borrowed the ladder and hasnt brought it back, how do i ask"
    assert "bernard" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "my car makes a grinding noise when braking, is it safe",  # "car": a surname too
        "act as a math teacher and explain fractions to my son",
    ],
)
def test_common_lower_case_nouns_that_are_surnames_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a lower-case name runs on over its initial and an unknown surname
        (
            "my name is ottilie r. vandermeulen but everyone calls me otti",
            "ottilie r. vandermeulen",
        ),
    ],
)
def test_lower_case_names_run_on(text: str, value: str) -> None:
    assert value in " ".join(redacted(text)), redacted(text)


def test_a_lower_case_street_with_a_suite_after_it_is_an_address() -> None:
    text = "send it to 412 fourth avenue suite 18, brookvale"
    assert detected(text).get("STREET_ADDRESS") == ["412 fourth avenue suite 18"], detected(text)


def test_a_lower_case_given_name_then_an_unknown_word_is_a_full_name() -> None:
    text = "ingrid vasselborg won the match yesterday, write a short post"
    assert detected(text).get("PERSON") == ["ingrid vasselborg"], detected(text)


def test_two_unknown_lower_case_words_are_redacted_but_do_not_flag() -> None:
    text = "we need to add radomir wojciechowska as guardian, her phone is 07700 900123"
    assert "radomir wojciechowska" in redacted(text), redacted(text)
    assert detected("dzień dobry, can you translate this for my grandma") == {}


def test_name_rules_read_listed_names_typed_in_lower_case() -> None:
    text = "zak shouted at oskar: what are you doing here"  # a subject who shouts
    assert "zak" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Steps: log in as qa_tester / Summer2024, go to Billing", ["qa_tester", "Summer2024"]),
        (
            " id | user | ip\n 14 | halvorsen.k | 198.51.100.14\n 15 | dimitrov_p | 198.51.100.203",
            ["halvorsen.k", "dimitrov_p"],
        ),
        ("the chat: <nightowl_77> you again? <lemonbar_jo> stop messaging me", ["nightowl_77"]),
        ("he moved to 1022 e. magnolia st, apt 3, tampa, fl 33604 and", ["tampa, fl 33604"]),
    ],
)
def test_logins_in_rows_chats_and_lower_case_us_addresses(text: str, values: list[str]) -> None:
    found = " ".join(redacted(text))
    assert all(v in found for v in values), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Traceback: File "/home/mwanjiru/proj/etl.py", line 88', "mwanjiru"),
        ("the claimant, national insurance number qq 58 20 91 d, was paid", "qq 58 20 91 d"),
        ("reminder: the storage unit padlock is 9-2-7-1 and the unit is B14.", "9-2-7-1"),
    ],
)
def test_home_folders_lower_case_ninos_and_padlock_codes_are_detected(
    text: str, value: str
) -> None:
    assert value in [v for vs in detected(text).values() for v in vs], detected(text)


def test_a_placeholder_home_folder_is_no_user() -> None:
    assert detected('File "/home/user/app/main.py", line 3') == {}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # lower-case names and logins no word list has, in a request already sensitive
        (
            "pls fix: hi odhran, the code for the side gate is 4471. cheers, brannagh",
            ["odhran", "brannagh"],
        ),
        (
            "accounts = {'pkravitz': 'Lantern!88', 'dmoreau': 'Ocelot#21'} is this safe",
            ["pkravitz", "dmoreau"],
        ),
        (
            "someone made a fake profile as quillfox42 and my card 4111 1111 1111 1111 is on it",
            ["quillfox42"],
        ),
        (
            "CV header: TEMITOPE ADEYEMI-COLE, 07700 900731, write a summary line",
            ["TEMITOPE ADEYEMI-COLE"],
        ),
    ],
)
def test_unknown_lower_case_and_capital_words_are_redacted_in_a_sensitive_request(
    text: str, values: list[str]
) -> None:
    found = " ".join(redacted(text))
    assert all(v in found for v in values), found


def test_unknown_words_spare_english_inflections_shorthand_and_other_languages() -> None:
    text = "idk why the families' boxes grew, my pin is 4471, pls help"
    assert not {"idk", "families", "boxes", "grew", "pls"} & set(redacted(text)), redacted(text)
    french = "Corrigez : je voudrais réserver une chambre, mon téléphone est 06 00 00 41 27"
    assert not {"voudrais", "réserver", "chambre"} & set(redacted(french)), redacted(french)


@pytest.mark.parametrize(
    "text",
    [
        "Ignatius fell off his skateboard and his ankle is swollen, should I take him to A&E?",
        "Can you help me word a card? Philippa lost her dad last week and I want to say something kind.",
    ],
)
def test_a_name_the_writer_speaks_of_with_he_or_she_is_detected(text: str) -> None:
    assert detected(text).get("PERSON"), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "I loved reading about Newton, he was a strange man.",
        "I think Hamlet is a coward: he waits too long. Do you agree?",
        "If Ignatius has 12 apples and gives her 5, how many does he keep? I got 7.",
    ],
)
def test_famous_people_characters_and_word_problems_stay_clean_with_pronouns(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why does this fail?\nsmtp:\n  from: noreply@example.com\n  user: admin@example.org",
        "Write a regex for IPv4 and try it on 127.0.0.1 and 0.0.0.0",
    ],
)
def test_placeholder_mailboxes_at_reserved_domains_and_loopback_are_nobodys(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_persons_mailbox_at_a_reserved_domain_and_a_private_ip_still_count() -> None:
    text = "forward it to kalina.rusu@example.com, her laptop is 192.168.4.31"
    found = detected(text)
    assert found.get("EMAIL_ADDRESS") == ["kalina.rusu@example.com"], found
    assert found.get("IP_ADDRESS") == ["192.168.4.31"], found
    assert "admin@example.com" in redacted("my pin is 4471 and the login admin@example.com")


def test_template_slots_are_nobody_yet_but_a_name_in_brackets_counts() -> None:
    text = "Polish this: 'Hi [Customer Name], your parcel {{Tracking Number}} left today.'"
    assert detected(text) == {}, detected(text)
    named = "Fix the tone: 'Dear [Ingrid Solberg], your appointment moved.'"
    assert detected(named).get("PERSON") == ["Ingrid Solberg"], detected(named)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Ship it to Jalan Merpati Putih No. 18\nSurakarta, Jawa Tengah 57141.",
            "Jalan Merpati Putih No. 18\nSurakarta, Jawa Tengah 57141",
        ),
        (
            "my new flat: Via Orsolina, 12\n40127, Bologna (BO)",
            "Via Orsolina, 12\n40127, Bologna (BO)",
        ),
        (
            "update my address to Travessa do Lírio, 44\nVila Esperança\n13045210 Campinas / SP",
            "Travessa do Lírio, 44\nVila Esperança\n13045210 Campinas / SP",
        ),
        ("Meet me at Fjellstuvegen 7, 5043 Hordvik", "Fjellstuvegen 7, 5043 Hordvik"),
        ("post to Brezova cesta 14a\n4240 Radovljica", "Brezova cesta 14a\n4240 Radovljica"),
        (
            "the office is at Diag. Las Heras N° 310 Piso 3\nMar del Plata 7600, Buenos Aires",
            "Mar del Plata 7600, Buenos Aires",
        ),
    ],
)
def test_addresses_written_the_way_their_countries_write_them(text: str, address: str) -> None:
    assert any(address in r for r in redacted(text)), redacted(text)
    assert detected(text).get("STREET_ADDRESS"), detected(text)


def test_a_year_and_a_capitalised_word_are_no_address() -> None:
    text = "Released in 2019, Frozen 2 made over a billion dollars in Los Angeles 90028 alone."
    assert "STREET_ADDRESS" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "send it to Studio 4\nHarlow Rise\nNewby Marsh\nLS9 7QT",
            "Studio 4\nHarlow Rise\nNewby Marsh\nLS9 7QT",
        ),
        ("courier to H.No. 212\nPatel Lane\nNashik 422011", "H.No. 212\nPatel Lane\nNashik 422011"),
    ],
)
def test_envelope_addresses_with_a_house_line_and_a_postcode_alone(text: str, address: str) -> None:
    assert any(address in r for r in redacted(text)), redacted(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "pls send the form to 41 hawthorn lane apt. 12, my pin is 4471",
            "41 hawthorn lane apt. 12",
        ),
        ("my address is brunnenstrasse 88, call me on 07700 900412", "brunnenstrasse 88"),
    ],
)
def test_streets_and_flats_typed_in_lower_case(text: str, value: str) -> None:
    assert any(value in r for r in redacted(text)), redacted(text)


def test_a_number_before_a_verb_that_is_a_street_word_is_no_address() -> None:
    text = "Ana visits her aunt monthly. It takes her 2 hours to drive there; how far is it?"
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Адрес доставки: г. Кострома, ул. Садовая, д. 14 к. 2, 156005",
            "г. Кострома, ул. Садовая, д. 14 к. 2, 156005",
        ),
        (
            "Моя адреса: вулиця Липова 3-тя, буд. 7 кв. 21, Вінниця, 21001",
            "вулиця Липова 3-тя, буд. 7 кв. 21, Вінниця, 21001",
        ),
    ],
)
def test_russian_and_ukrainian_addresses(text: str, address: str) -> None:
    assert any(address in r for r in redacted(text)), redacted(text)
    assert detected(text).get("STREET_ADDRESS"), detected(text)


@pytest.mark.parametrize(
    "phone",
    ["+358 401234567", "+91-9876543210", "+1 (415) 5550123", "(02)87654321", "(351) 912345678"],
)
def test_phone_numbers_with_the_subscriber_number_in_one_run(phone: str) -> None:
    text = f"Her new number is {phone}, save it please."
    assert detected(text).get("PHONE_NUMBER") == [phone], detected(text)


def test_a_year_in_brackets_and_a_count_are_no_phone() -> None:
    assert "PHONE_NUMBER" not in detected("Population (2021) rose to 1234567 by then.")


def test_a_name_the_model_reads_as_a_place_doing_what_people_do() -> None:
    text = "Oksana just got engaged to her boyfriend. Ideas for a toast?"
    assert detected(text).get("PERSON") == ["Oksana"], detected(text)
    assert detected("Patagonia is beautiful in March, plan a two-week route.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reword this: 'thx Anselm for the lift home, u saved me'", "Anselm"),
        ("hiya Bronagh, are we still on for friday?", "Bronagh"),
    ],
)
def test_a_name_after_a_greeting_or_thanks_in_chat_shorthand(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text", ["Hi Team, the release is tonight.", "Write Hello World in Go, then explain it."]
)
def test_whom_a_greeting_addresses_is_no_name(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    "text", ["the employee's TIN is 912-34-5678", "SSN: 900-41-2277 (from the intake form)"]
)
def test_an_ssn_shaped_number_named_as_a_tax_id_counts_even_if_no_ssn_could_have_it(
    text: str,
) -> None:
    assert detected(text).get("US_SSN"), detected(text)


def test_an_invalid_ssn_shape_without_a_name_for_it_is_not_an_ssn() -> None:
    assert "US_SSN" not in detected("Part numbers 900-12-3456 and 901-22-0001 are in stock.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ring 0491 570 156 after six and ask for 'Torvald downstairs'.", "Torvald"),
        ("VPN access for martin63 (Martin Oyelaran) was granted from 198.51.100.46", "martin63"),
        ("$c = New-Object PSCredential('CORP\\ovisser', $pw) # pw is X9!kq2Lm", "CORP\\ovisser"),
    ],
)
def test_quoted_names_named_handles_and_domain_logins_are_redacted(text: str, value: str) -> None:
    assert value in redacted(text), redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        'Is this fine? db = Db(host="db", password=os.environ["DB_SECRET"])',
        "My template has SMTP_PASSWORD=changeme and TOKEN=your-token-here; ok to commit?",
        "const db = connect({ password: process.env.DB_PASS })",
        "Invoice INV-2023-1182 came to €3,410; split it across two teams.",
    ],
)
def test_secrets_read_from_elsewhere_template_values_and_invoices_are_nobodys(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_real_looking_password_in_code_still_counts() -> None:
    text = 'conn = connect(user="svc_app", password="Vq7!rT2#mLx9")'
    assert detected(text).get("PASSWORD") == ["Vq7!rT2#mLx9"], detected(text)


@pytest.mark.parametrize(
    "text", ["Can you convert 350°F to Celsius?", "Is 300 Kelvin warm? And what is a Coulomb?"]
)
def test_units_named_after_people_are_no_people(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_streets_name_is_no_person() -> None:
    text = "What does the plaque on Rue de la Paix say about the old jewellers?"
    assert detected(text) == {}, detected(text)
    assert detected("Is Calle de Alcalá a nice street to stay on in Madrid?") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chase says the heating is broken again, what do i check first", "chase"),
        ("ok so amber keeps leaving the back door unlocked, how do i bring it up", "amber"),
    ],
)
def test_a_lower_case_word_name_opening_a_clause_with_a_human_verb(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    ["the bill said we owe 40 pounds, is that right?", "summer is coming, what should i plant"],
)
def test_a_word_with_its_article_or_without_a_human_verb_is_no_name(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can u help me plan a date night for my gf ottilie, she likes jazz", "ottilie"),
        ("how do i get my toddler ines to eat vegetables", "ines"),
        ("tell my coach big rashid i can't make practice thursday", "big rashid"),
        (
            "My mother-in-law Gunnhild wants to stay for six weeks. How do I say no kindly?",
            "Gunnhild",
        ),
    ],
)
def test_every_relation_word_cues_the_name_after_it(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Write a short story starring my twins, Oona and Fintan, who love trains.",
            ["Oona", "Fintan"],
        ),
        ("my kids bartek & zosia wont share the ipad, any tips", ["bartek", "zosia"]),
    ],
)
def test_names_listed_after_a_plural_relation(text: str, names: list[str]) -> None:
    found = detected(text).get("PERSON", [])
    # each name inside a span ("bartek & zosia" may be one span: both listed names)
    assert all(any(n in f for f in found) for n in names), found


@pytest.mark.parametrize(
    "text",
    [
        "my bf forgot our anniversary again, am i overreacting",
        "my sister went to the gym and left her keys",
        "my kids are driving me mad, any tips for a rainy day",
        "birthday ideas for my gf, she's into pottery and podcasts",
    ],
)
def test_a_verb_or_pronoun_after_a_relation_is_no_name(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Autumn fell off the climbing frame and her ankle is swollen. A&E or wait?", "Autumn"),
        ("Cassius fell off his scooter and his elbow won't stop bleeding. Stitches?", "Cassius"),
    ],
)
def test_a_given_name_spoken_of_with_he_or_she(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mateo has 5 apples and gives 2 to his sister. How many apples does he have left?",
        "Write a story where Cassius fell off his horse and his sword broke.",
    ],
)
def test_a_word_problem_or_a_story_told_in_the_third_person_stays_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "ご連絡は佐々木 陽菜さん、メールはhina.sasaki@example-mail.jpです。",
            "PERSON",
            "佐々木 陽菜",
        ),
        (
            "ご連絡は佐々木 陽菜さん、メールはhina.sasaki@example-mail.jpです。",
            "EMAIL_ADDRESS",
            "hina.sasaki@example-mail.jp",
        ),
        (
            "Why 403?\nAuthorization: Bearer Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg",
            "API_KEY",
            "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg",
        ),
        (
            'token = "zq_v3_8c1e0b7a9d4f2e6c5b3a1d0f9e8c7b6a"',
            "API_KEY",
            "zq_v3_8c1e0b7a9d4f2e6c5b3a1d0f9e8c7b6a",
        ),
        ("is Trombone7!Lake strong enough for my bank?", "PASSWORD", "Trombone7!Lake"),
        ("Wenonah in payroll says my tax code changed, how do I check?", "PERSON", "Wenonah"),
        ("sage from accounts keeps cc'ing my manager, how do i handle it", "PERSON", "sage"),
        ("how often shud grandma elvira take her bp, shes 84", "PERSON", "elvira"),
    ],
)
def test_values_in_other_scripts_auth_headers_strength_questions_and_teams(
    text: str, kind: str, value: str
) -> None:
    assert value in detected(text).get(kind, []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is SHA-256 secure enough for passwords, or should I use bcrypt?",
        "Emails from accounts keep bouncing, what does SPF do?",
        "A bus leaves at 8:50 and arrives at 11:15. Ilona says the trip took 2 hours 35 minutes. Is she right? Show your working.",
        "The bearer of this card must show ID at the door.",
    ],
)
def test_standards_departments_and_homework_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Is it normal that Oyelaran texts me at 2am every night? We only met last week.",
            "Oyelaran",
        ),
        ("me and kwabena had a huge row about the dishes, who's right", "kwabena"),
        ("Tuva and I are splitting a flat, how do we divide the bills fairly?", "Tuva"),
    ],
)
def test_someone_who_does_something_to_the_writer_or_stands_beside_them(
    text: str, name: str
) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "me and the kids are bored, ideas for a rainy day?",
        "Siri keeps calling me by the wrong name, how do I fix it?",
        "Bread and I have a complicated relationship lol, low carb ideas?",
    ],
)
def test_things_beside_the_writer_are_no_people(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "I forgot which PIN I set on my new debit card, I think it's 5820 or 5802. How many tries?",
            ["5820", "5802"],
        ),
        ("The door code for our block is 7#3391, write a note for the cleaner", ["7#3391"]),
        ("gate is 6620# btw, tell the courier", ["6620#"]),
        ("locker combo 31-07-22, is it safe in my notes", ["31-07-22"]),
        (
            "BitLocker recovery key 112233-445566-778899-001122-334455-667788-990011-223344: where?",
            ["112233-445566-778899-001122-334455-667788-990011-223344"],
        ),
    ],
)
def test_codes_combos_and_recovery_keys(text: str, values: list[str]) -> None:
    found = detected(text).get("PASSWORD", [])
    assert all(v in found for v in values), found


@pytest.mark.parametrize(
    "text",
    [
        "The lock is 2048 bits, is that enough for RSA?",
        "The gate is 300 metres from the car park, is parking free?",
        "the pin code changed in 2023, where do I find the new one?",
    ],
)
def test_sizes_distances_and_years_after_lock_words_are_no_codes(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I'm Chidinma, 27, first job out of uni. How do I ask for a raise?", ["Chidinma"]),
        (
            "Give me a toast for my best man speech. Groom is Eoin Brannigan, bride is Saoirse, they met at a pub quiz.",
            ["Eoin Brannigan", "Saoirse"],
        ),
    ],
)
def test_a_writer_introducing_themselves_and_roles_said_to_be_someone(
    text: str, names: list[str]
) -> None:
    found = detected(text).get("PERSON", [])
    assert all(n in found for n in names), found


@pytest.mark.parametrize(
    "text", ["I'm Canadian, do I need a visa for Chile?", "It's Monday, what should I cook?"]
)
def test_a_nationality_or_a_day_after_im_is_no_name(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "客户王丽的身份证号为110105199003071239，手机号码139 1234 5678。",
            "ID_NUMBER",
            "110105199003071239",
        ),
        (
            "客户王丽的身份证号为110105199003071239，手机号码139 1234 5678。",
            "PHONE_NUMBER",
            "139 1234 5678",
        ),
        ("客户王丽的身份证号为110105199003071239，手机号码139 1234 5678。", "PERSON", "王丽"),
        ("이서연 님 계좌 변경 요청, 연락처 010-1234-5678", "PERSON", "이서연"),
        ("السيد خالد بن سعيد العمري، رقم الهوية", "PERSON", "خالد بن سعيد العمري"),
        (
            "收件地址：广东省深圳市南山区科技园南路18号2栋1506室 518057。",
            "STREET_ADDRESS",
            "广东省深圳市南山区科技园南路18号2栋1506室 518057",
        ),
        (
            "住所：東京都港区芝公園4丁目2番8号 芝ハイツ201 に送ってください",
            "STREET_ADDRESS",
            "東京都港区芝公園4丁目2番8号 芝ハイツ201",
        ),
    ],
)
def test_numbers_names_and_addresses_in_unspaced_scripts(text: str, kind: str, value: str) -> None:
    assert value in detected(text).get(kind, []), detected(text)


def test_a_chinese_id_number_with_a_wrong_check_digit_is_not_one() -> None:
    text = "订单号110105199003071234已发货"  # the valid check digit is 9
    assert "ID_NUMBER" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("how do i tell chukwuemeka i cant make his wedding w/o it being weird", "chukwuemeka"),
        ("we're meeting at henrike's later, what wine goes w pierogi", "henrike"),
        (
            "Can you draft a message to the group: dinner at Ottilie's moved to 8pm, bring drinks.",
            "Ottilie",
        ),
        ("im watching nadia's dog while shes away and he ate a sock, vet or wait", "nadia"),
        (
            "translate to turkish pls: emre abi thank u so much for driving us to the airport",
            "emre",
        ),
        (
            "yesenia n i are fighting abt whose parents we visit for xmas, give me a fair way to decide",
            "yesenia",
        ),
    ],
)
def test_homes_pets_honorifics_and_people_the_writer_tells(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "lunch at Wendy's or Nando's, which is healthier?",
        "how do i ask chatgpt for better code reviews",
        "can you tell python to ignore deprecation warnings?",
    ],
)
def test_chains_and_tools_are_no_homes_or_people(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compare Arsenal and Everton's league records in the 1980s.",
        "Explain this query: SELECT id FROM members WHERE email LIKE '%@example.net';",
        "Build a signup form in Vue with placeholder text 'Maria Jones' and 'maria@example.com'.",
        "Plan a walk that takes in the Golden Gate Bridge and Ghirardelli Square.",
    ],
)
def test_decades_wildcards_placeholders_and_landmarks_are_no_identifiers(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_real_address_beside_a_placeholder_one_is_still_found() -> None:
    text = (
        "Form placeholder is 'you@example.com' but my real one is tomasz.wrobel@poczta.example.pl"
    )
    assert "tomasz.wrobel@poczta.example.pl" in detected(text).get("EMAIL_ADDRESS", [])


def test_names_as_a_joint_subject() -> None:
    text = "ok so imogen and kaveh are fighting again in the group chat, how do i stay out"
    found = detected(text).get("PERSON", [])
    assert "imogen" in found and "kaveh" in found, found


def test_a_quoted_message_opening_on_a_name() -> None:
    text = "make this sound calmer: 'wojciech i dont want the bike back, keep it'"
    assert "wojciech" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    ["salt and pepper are the basics, what else?", "Julia and Python are both used in science"],
)
def test_things_as_a_joint_subject_are_no_people(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Adresim: Atatürk Caddesi No:45 D:3, Çankaya, Ankara",
            "STREET_ADDRESS",
            "Atatürk Caddesi No:45 D:3",
        ),
        (
            "Ship to Ben Yehuda St 45, Tel Aviv 6380101 by Friday",
            "STREET_ADDRESS",
            "Ben Yehuda St 45",
        ),
        (
            "Giao đến 12 Lê Lợi, phường Bến Thành, quận 1, TP. Hồ Chí Minh",
            "STREET_ADDRESS",
            "12 Lê Lợi, phường Bến Thành, quận 1, TP. Hồ Chí Minh",
        ),
        (
            "Deliver to Villa 14, Street 22B, Al Safa 1, Dubai",
            "STREET_ADDRESS",
            "Villa 14, Street 22B",
        ),
    ],
)
def test_addresses_with_the_number_after_the_street_or_a_ward_and_district(
    text: str, kind: str, value: str
) -> None:
    found = detected(text).get(kind, [])
    assert any(value in f for f in found), found


def test_a_network_keeps_its_prefix_length_when_redacted() -> None:
    text = "Hi, I'm Oskar. Open 443 from 198.51.100.0/24 to my box please"
    start = text.index("198.51.100.0/24")
    covered = {i for s in SCANNER.find_redactable(text) for i in range(s.start, s.end)}
    assert all(i in covered for i in range(start, start + len("198.51.100.0/24"))), redacted(text)


def test_a_street_and_a_walking_time_is_no_address() -> None:
    assert detected("Meet me on Main St 5 minutes from the station") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Why does this fail for me? mysql -h 10.1.2.3 -u billing_ro -p'Tr0ut#Lake' shop",
            "billing_ro",
        ),
        ("Alert from my server: DiskFull host=10.3.7.22 owner=k.nowicka usage=97%", "k.nowicka"),
    ],
)
def test_command_line_users_and_owner_fields_are_redacted(text: str, value: str) -> None:
    assert value in redacted(text), redacted(text)


def test_a_quoted_greeting_in_talk_about_writing_is_no_title() -> None:
    text = "Quick one: is 'Dear Ms Halvorsen' or 'Hi Ingeborg' better for a first email?"
    found = detected(text).get("PERSON", [])
    assert any("Halvorsen" in f for f in found) and "Ingeborg" in found, found


def test_an_ordinal_between_a_name_and_its_birthday() -> None:
    text = "Write a rhyme for Rosalind's 5th birthday cake."
    assert "Rosalind" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Have you read 'Hi Fidelity' or seen 'Dear Evan Hansen'?",
        "Is 'Mrs Dalloway' set over a single day?",
    ],
)
def test_quoted_titles_that_open_like_a_greeting_stay_titles(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "curl -u mrivera:Colibri#7731 https://jira.example.internal/rest/api/2/issue/OPS-1 returns 403",
            "PASSWORD",
            "Colibri#7731",
        ),
        (
            "Store these recovery codes somewhere safe for me: 7hq2-zk4p m9xw-31rd",
            "PASSWORD",
            "7hq2-zk4p m9xw-31rd",
        ),
        (
            "Wi-Fi at the flat: network Larkspur, key thimble-otter-42. Write a note.",
            "PASSWORD",
            "thimble-otter-42",
        ),
        ("what does it mean when my verification code 482913 says expired", "PASSWORD", "482913"),
        ("The parcel locker code is QM27X, remind me at 5.", "PASSWORD", "QM27X"),
        ("Can you tell which country issued the id Y2345678Z?", "ID_NUMBER", "Y2345678Z"),
        ("남자친구 김민준한테 보낼 사과 문자를 어떻게 써야 할까?", "PERSON", "김민준"),
        (
            "Помоги написать письмо учительнице Ольге Викторовне о контрольной.",
            "PERSON",
            "Ольге Викторовне",
        ),
        ("translate to spanish: rosa pls feed the cat at 7", "PERSON", "rosa"),
        (
            "help me write a condolence card for pauline, her husband passed last wk",
            "PERSON",
            "pauline",
        ),
        ("how do i ask dr adebayo for a second opinion without offending him", "PERSON", "adebayo"),
    ],
)
def test_codes_keys_ids_and_names_of_the_tenth_round(text: str, kind: str, value: str) -> None:
    assert value in detected(text).get(kind, []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "part no 12345678Q is back in stock",
        "The wifi is down again since the network key changed, what do I check?",
        "write a note for tomorrow's standup",
    ],
)
def test_near_misses_of_the_tenth_round_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_asking_how_to_deal_with_someone_is_no_general_knowledge_question() -> None:
    text = "How should I respond when Sigrid Aalto from the allotment keeps borrowing our tools?"
    assert any("Sigrid" in f for f in detected(text).get("PERSON", [])), detected(text)


def test_asking_about_a_famous_person_stays_a_knowledge_question() -> None:
    assert detected("How should I explain Marie Curie's discoveries to a ten-year-old?") == {}


def test_an_order_number_alone_makes_no_request_personal() -> None:
    text = "Order #B-552917 was placed on 3 May at 09:15 for £48.20. When do orders usually ship?"
    assert detected(text) == {}, detected(text)
    assert any(
        "B-552917" in r for r in redacted("I'm Wiebke Aalders, my order #B-552917 never came")
    )


def test_a_customer_reference_and_a_case_number_stay_identifiers() -> None:
    text = "My customer reference is C-8841207. How do I quote it when I phone the energy company?"
    assert "C-8841207" in detected(text).get("ID_NUMBER", []), detected(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "The transfer from IT60 X054 2811 1010 0000 0123 456 to ES91 2100 0418 4502 0005 1332 was refused",
            "IBAN_CODE",
            "ES91 2100 0418 4502 0005 1332",
        ),
        (
            "Why 401? TWILIO_ACCOUNT_SID=AC1bb23705e85b1d5ee4d5fcfbfeb2d41d",
            "API_KEY",
            "AC1bb23705e85b1d5ee4d5fcfbfeb2d41d",
        ),
        (
            "Deliver to Villa 22, Street 14B, Al Safa 2, Dubai, mobile +971 50 555 0199",
            "STREET_ADDRESS",
            "Villa 22, Street 14B, Al Safa 2, Dubai",
        ),
        (
            "Minutes: Ines to circulate the revised budget by Monday. Tomasz to book the room.",
            "PERSON",
            "Tomasz",
        ),
        (
            "business card: LUCA FONTANA Architetto, Corso Vercelli 12, Milano",
            "PERSON",
            "LUCA FONTANA",
        ),
    ],
)
def test_second_ibans_named_settings_villas_action_items_and_names_in_capitals(
    text: str, kind: str, value: str
) -> None:
    found = detected(text).get(kind, [])
    assert any(value in f for f in found), found


def test_a_database_user_in_a_define_is_redacted() -> None:
    text = "My wp-config.php has define('DB_USER', 'wp_osterberg'); define('DB_PASSWORD', 'Gr@nite-77');"
    assert "wp_osterberg" in redacted(text), redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "MAPS_API_KEY=your-api-key-here",
        "JOHN DEERE TRACTOR PARTS IN STOCK",
        "Python to send emails: which library?",
    ],
)
def test_placeholders_brands_in_capitals_and_tools_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Numéro de sécurité sociale : 1 84 05 75 112 044 88", "1 84 05 75 112 044 88"),
        ("The Hong Kong ID on my form is A123456(3). Do I include the bracket?", "A123456(3)"),
    ],
)
def test_french_and_hong_kong_ids_by_their_check_digits(text: str, value: str) -> None:
    assert value in detected(text).get("ID_NUMBER", []), detected(text)


def test_a_french_id_shape_with_a_wrong_key_is_no_id() -> None:
    assert "ID_NUMBER" not in detected("Le dossier 1 84 05 75 112 044 21 est clos.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "택배 주소: 경상남도 김해시 가야로 213 (삼정동) 로 보내주세요",
            "경상남도 김해시 가야로 213 (삼정동)",
        ),
        ("收件地址：浙江省杭州市西湖区文三路k座 310012", "浙江省杭州市西湖区文三路k座 310012"),
    ],
)
def test_korean_and_chinese_addresses(text: str, value: str) -> None:
    found = detected(text).get("STREET_ADDRESS", [])
    assert any(value in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Tell me a fun fact about Empress Matilda's escape from Oxford.",
        "Why did Henry VIII break with Rome?",
    ],
)
def test_monarchs_are_public_history(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_given_name_that_is_a_title_elsewhere_stays_a_name() -> None:
    text = "My colleague Prince Adeyemi sent me the file twice, how do I tell him politely?"
    assert any("Adeyemi" in f for f in detected(text).get("PERSON", [])), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("help me write a bday msg for kwabena hes turning 17", "kwabena"),
        ("asked hazel to proofread my essay and she rewrote half of it, is that ok??", "hazel"),
        ("grandad says his neighbour frank is trying to sell him a timeshare, scam?", "frank"),
        (
            "Cliff is coming on Sunday to help me move the piano; how do we get it down the steps?",
            "Cliff",
        ),
    ],
)
def test_names_of_the_eleventh_round(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Explain this SQL: SELECT name, email FROM users WHERE created_at > NOW() - INTERVAL '7 days';",
        "Discuss ambition in Shakespeare's Macbeth, with reference to Lady Macbeth.",
        "Write a short biography of Ada Lovelace for a Year 8 class.",
        "Write a short story where Mickey Mouse meets Paddington Bear.",
    ],
)
def test_plurals_references_school_years_and_characters_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


# ---- the thirteenth round: secrets said without a keyword, chat exports, known-from cues ----


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3390 is what I use for my phone and the bank card, too risky?", "3390"),
        ("the site wants six digits and i picked 504127, random enough?", "504127"),
        ("I typed 771203 into a page that looked like my bank's login, what now", "771203"),
        ("Remember this for me: shed 4471#, alarm 9062.", "4471#"),
        ("Remember this for me: shed 4471#, alarm 9062.", "9062"),
        ("does Pl4nt!pot count as having a symbol? the form keeps refusing it", "Pl4nt!pot"),
        ("we both use Qu!ll4Jam for everything, is that bad", "Qu!ll4Jam"),
        ("my old one was Winter2019 and it won't let me reuse it", "Winter2019"),
        ("the dial on my bike lock is 12-38-07 but it sticks, any tips", "12-38-07"),
        ("the app gave me 5JQ2-8TRW-3MKD-9PLA to keep somewhere safe, where do people put these?", "5JQ2-8TRW-3MKD-9PLA"),
    ],
)  # fmt: skip
def test_secrets_said_without_a_keyword(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", [])


def test_a_gamer_tag_said_as_mine_is_a_login() -> None:
    text = "how do i tell people my tag is MangoBandit_UK without strangers finding it"
    assert "MangoBandit_UK" in detected(text).get("ID_NUMBER", [])


def test_number_pairs_stay_clean_away_from_a_lock() -> None:
    assert detected("The match ended 12-10-08 in sets; who won?") == {}
    assert (
        detected(
            "My bike lock broke today. Separately: what is 12-4-2 in the 4-4-2 family of formations?"
        )
        == {}
    )


@pytest.mark.parametrize(
    "text",
    [
        "A padlock has 4 digits. How many codes are possible? I think 10000.",
        "My laptop shows error 1603 when I log in, what does it mean?",
        "I use 2048 as the key size for RSA, is that still secure enough?",
        "Which is stronger, AES-256 or RSA-4096? I need to pick one for my app.",
        "Express $0.1\\overline{7}$ as a common fraction.",
        "Our SKUs look like TSH-0042-RED-M; write a regex for them.",
    ],
)  # fmt: skip
def test_numbers_and_codes_beside_security_talk_stay_clean(text: str) -> None:
    assert "PASSWORD" not in detected(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("What's the gist of this group chat?\n[07:41] Rosa: is it pe day today??\n[07:43] Wen: no that's next friday\n[07:44] Rosa: ok Toby is already in his kit\n[07:50] Giorgos: lol send pics", ["Wen", "Giorgos"]),
        ("Summarise this:\n12/03/2024, 21:14 - Ama: are we still on for sunday\n12/03/2024, 21:15 - Kweku: yes 2pm\n12/03/2024, 21:20 - Ama: bring the speaker", ["Ama", "Kweku"]),
        ("how do i make the letters bigger on my phone. ingrid next door said there is a setting", ["ingrid"]),
    ],
)  # fmt: skip
def test_chat_exports_with_time_stamps_and_neighbours(text: str, names: list[str]) -> None:
    found = detected(text).get("PERSON", [])
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        "Explain this log:\n[12:01:33] Info: started\n[12:01:34] Warning: disk low\n[12:01:35] Error: failed\n[12:01:36] Debug: retry",
        "Charisma works for 8 hours every day. She has a timer to remind her to walk for 5 minutes every hour she's at work. After 5 days, how many minutes has she walked?",
    ],
)  # fmt: skip
def test_log_levels_and_pronouns_are_no_speakers_or_colleagues(text: str) -> None:
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patricio Aravena Soto, RUT 21.604.318-5, vive en Temuco", "21.604.318-5"),
        ("Marisol Henao, cédula 1.152.903.477, trabaja en Cali", "1.152.903.477"),
        (
            "Oops, Femi Adeyinka here: I pasted e41c09b7d2a35f8c6b1e07d9a4f2c853 into the forum",
            "e41c09b7d2a35f8c6b1e07d9a4f2c853",
        ),
        ("Stack trace for ines.varga@example.org: KeyError in cart (id k_40917)", "k_40917"),
        ("GET /v1/members/mbr-77120 for ines.varga@example.org returns 404", "mbr-77120"),
    ],
)
def test_dotted_ids_hex_secrets_and_prefixed_ids_are_redacted(text: str, value: str) -> None:
    assert detected(text), text  # sensitive already (a name or an e-mail)
    # wholly inside one redacted span (its keyword may be redacted with it: "RUT 21.6…")
    assert any(value in found for found in redacted(text)), redacted(text)


def test_decimals_and_versions_stay_unredacted() -> None:
    text = "Ana Lima asks: is 3.14159 pi, is v1.2.3 the newest, does 1.500 mean fifteen hundred?"
    found = redacted(text)
    assert not {"3.14159", "1.2.3", "v1.2.3", "1.500"} & set(found), found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "my recovery words are on a sticky note: copper walrus ember lagoon pistol, is that ok",
            "copper walrus ember lagoon pistol",
        ),
        (
            "should i keep glacier-tulip-onyx-harbor in my notes app or on paper",
            "glacier-tulip-onyx-harbor",
        ),
    ],
)
def test_passphrases_said_without_the_word_password(text: str, phrase: str) -> None:
    assert phrase in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Write it down: the machine learning model training pipeline needs review.",
        "What should I write on paper for a sourdough starter feeding schedule?",
        "Is a password manager better than my browser's built-in one?",
    ],
)
def test_noun_phrases_near_talk_of_secrets_are_no_passphrase(text: str) -> None:
    assert "PASSWORD" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("My cousin's gamertag is zx_Wombat_77, how do I find him on the app", "zx_Wombat_77"),
        ("login for the staff rota site is kefira_lund, remind me on monday", "kefira_lund"),
    ],
)
def test_logins_of_someone_named_or_of_what_they_open(text: str, login: str) -> None:
    assert login in detected(text).get("ID_NUMBER", []), detected(text)


def test_default_logins_stay_clean() -> None:
    text = "the username for the router's web page is admin by default, how do I change it"
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("honestly i set all of them to Marmalade7Sky, is that dumb", "Marmalade7Sky"),
        (
            "it turned out to be Quill_Harbor2009 after all. how do i pick one i'll remember",
            "Quill_Harbor2009",
        ),
    ],
)
def test_password_shaped_tokens_near_talk_of_remembering_or_setting_them(
    text: str, secret: str
) -> None:
    assert secret in detected(text).get("PASSWORD", []), detected(text)


def test_versions_near_talk_of_remembering_stay_clean() -> None:
    text = "I remember when python3 replaced python2, is ipv6 stronger than ipv4?"
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Write an essay comparing how Peter the Great and Ivan the Terrible ruled.",
        "Was Mary I's marriage to Philip a mistake for England?",
        "Summarise the reign of Anne I of Kerovia in our fantasy world bible.",
    ],
)
def test_rulers_by_epithet_or_as_the_first_are_public(text: str) -> None:
    assert "PERSON" not in detected(text), detected(text)


def test_an_epithet_after_a_cued_name_is_a_nickname() -> None:
    text = "my friend Magnus the Great at darts keeps beating me, how do I get better?"
    assert "Magnus" in detected(text).get("PERSON", []), detected(text)


def test_a_name_in_a_message_for_a_life_event_is_not_a_character() -> None:
    text = "Compose a farewell verse for Bartholomew, who leaves the choir after 20 years."
    assert "Bartholomew" in detected(text).get("PERSON", []), detected(text)


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = SCANNER.find_redactable(text)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Олег Сидоров, г. Казань, ул. Баумана, 21, кв. 7, тел. +7 843 555 01 23", "г. Казань, ул. Баумана, 21, кв. 7"),
        ("Deliver to Ngozi Eze at Plot 12, Adeola Odeku, Victoria Island, Lagos; her phone is 0803 555 0142", "Plot 12, Adeola Odeku, Victoria Island, Lagos"),
        ("ნინო ბერიძე, ქუთაისი, რუსთაველის ქ. 8, ბინა 3, ტელ. 599 12 34 56", "ქუთაისი, რუსთაველის ქ. 8, ბინა 3"),
        ("Contact: Mariela Quispe, Jr. Ayacucho 233, dpto 4, Miraflores, Lima — mariela.q@example.org", "Jr. Ayacucho 233, dpto 4, Miraflores, Lima"),
    ],
)  # fmt: skip
def test_address_runs_redacted(text: str, address: str) -> None:
    """An address written as comma-separated parts, in any script, is redacted whole once
    the text is sensitive."""
    assert detected(text)
    assert _covered(text, address), redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compare Chapter 3, Verse 12 with Chapter 4, Verse 1 of the same book.",
        "Rank these: Berlin 3, Madrid 2, Lisbon 1. Which city is the most visited?",
    ],
)
def test_address_runs_alone_not_sensitive(text: str) -> None:
    assert not detected(text)


def test_address_runs_skip_thousands() -> None:
    from hybridgate.features.privacy.candidates import address_runs

    text = "Why hasn't the landlord returned the 1,200 EUR deposit? Ana Lima, 0412 555 019"
    assert SCANNER.ner is not None
    runs = [text[s.start : s.end] for s in address_runs(text, SCANNER.ner.english)]
    assert not any("1,200" in run or "200 EUR" in run for run in runs), runs


def test_address_runs_skip_dates() -> None:
    from hybridgate.features.privacy.candidates import address_runs

    text = "see you on March 3, 2025 at the Hilton, Room 12"
    assert SCANNER.ner is not None
    runs = [text[s.start : s.end] for s in address_runs(text, SCANNER.ner.english)]
    assert runs == ["Hilton, Room 12"]
    assert not any("March" in run or "2025" in run for run in runs), runs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Напишите письмо: Богдан Стојановић просит перенести встречу, тел. +381 64 555 0192", "Богдан Стојановић"),
        ("Η Ελένη Παπαδοπούλου μου έστειλε το 6945 123 456, τι να απαντήσω;", "Ελένη Παπαδοπούλου"),
        ("Review this thread:\n@jkowal: can we ship today?\n@r.osei: not until QA signs off", "r.osei"),
        ("Mon numéro de sécu est 1 85 07 75 116 042 33, c'est bien ça ?", "1 85 07 75 116 042 33"),
        ("Passport CD 40718263 for Tomasz Wrona, expires 2031", "CD 40718263"),
        ("Nombre: Itziar Goikoetxea\nTeléfono: 612 555 019", "612 555 019"),
    ],
)  # fmt: skip
def test_edges_of_found_values_redacted(text: str, value: str) -> None:
    """Whole names in Greek and Cyrillic letters, chat speakers by handle, the short groups
    that belong to a found number, fields filed under another language's key."""
    assert detected(text)
    assert _covered(text, value), redacted(text)


def test_a_decorator_is_no_handle() -> None:
    text = "@dataclass\nclass Order:\n    total: int"
    assert not any(s.type == "ID_NUMBER" for s in SCANNER.find_redactable(text))


def test_a_name_filed_under_a_cyrillic_key_is_sensitive() -> None:
    assert detected("ФИО: Жанара Сейткалиева") == {"PERSON": ["Жанара Сейткалиева"]}


def test_a_big_city_is_a_place_unless_it_is_a_given_name() -> None:
    from hybridgate.features.privacy import public

    assert public.known("Lisbon", alone_ok=False)  # also a surname: a place first
    assert not public.known("Sydney", alone_ok=False)  # a given name: a person may be meant


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Please write a reply for patient 20931 about the new visiting hours.", "20931"),
        ("Chase up the refund for subscriber #A55120, it's been three weeks", "A55120"),
    ],
)
def test_a_person_named_by_their_number(text: str, number: str) -> None:
    assert detected(text).get("ID_NUMBER") == [number]


def test_a_software_client_version_is_no_person() -> None:
    assert "ID_NUMBER" not in detected("Client version 20231 fails to start after the update")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("What's a good birthday present under £40 for Ottoline? She's into knitting and crime novels.", "Ottoline"),
        ("Summarise why Kenji Watanabe's travel claim was refused: no receipt for the hotel, meals over the limit.", "Kenji Watanabe"),
        ("how do i politely stop calls from declan at the estate agents, he rings every day", "declan"),
    ],
)  # fmt: skip
def test_people_of_everyday_requests(text: str, name: str) -> None:
    """A pronoun going on about the name, workplace claims and leave, someone at a business
    the writer deals with."""
    assert any(name in found for found in detected(text).get("PERSON", []))


@pytest.mark.parametrize(
    "text",
    [
        "Marisol bought 60 stickers for her class. She gave 3 to each of 14 pupils. How many stickers are left?",
        "Write a short story about Harry, a boy who finds a door in the forest. He is brave.",
        "She finished her shift before heading to her job at the bakery on Main Road.",
    ],
)  # fmt: skip
def test_no_person_from_those_rules(text: str) -> None:
    assert "PERSON" not in detected(text)


def test_a_subject_spoken_of_without_the_writer() -> None:
    """A word no list has, opening a clause and doing something, in a text that goes on
    with he/she: a person, though the writer never says I."""
    text = "Anouk doesn't eat meat and she hates mushrooms, what can be cooked for a party?"
    assert detected(text).get("PERSON") == ["Anouk"]


@pytest.mark.parametrize(
    "text",
    [
        "Why does Okonkwo beat his wife in Things Fall Apart?",  # not a clause opener
        "Ruairi reads 12 pages a day. He has 84 pages left. How many days will he need?",
    ],
)
def test_no_subject_spoken_of(text: str) -> None:
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الاسم: سلمى خالد الزهراني، الهاتف: 0501234567", "سلمى خالد الزهراني"),
        ("姓名：李晓峰\n电话：138 0013 8000", "李晓峰"),
        ("नाम: अनीता शर्मा\nमोबाइल: 98290 12345", "अनीता शर्मा"),
    ],
)  # fmt: skip
def test_names_filed_under_keys_of_other_scripts(text: str, value: str) -> None:
    assert detected(text)
    assert _covered(text, value), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wren's such a sweet girl, what could I get her for turning six?", "Wren"),
        ("How do I tell the landlord the boiler is broken again? Clement is a decent bloke but slow.", "Clement"),
    ],
)  # fmt: skip
def test_said_to_be_a_person(text: str, name: str) -> None:
    assert any(name in found for found in detected(text).get("PERSON", []))


def test_a_language_said_to_be_great_is_no_person() -> None:
    assert "PERSON" not in detected(
        "Python is a great language for beginners, and Rust is a safe one."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My emails end with 'Cheers, Tamsin' and a colleague says that's too chummy. Any better sign-offs?", "Tamsin"),
        ("Is 'Thanks, Bartholomew' too stiff to end a text to my landlord?", "Bartholomew"),
    ],
)  # fmt: skip
def test_a_quoted_sign_off_with_a_comma_is_no_title(text: str, name: str) -> None:
    assert any(name in found for found in detected(text).get("PERSON", []))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is it fine to follow the dose the pharmacist Gurleen wrote on the label, 5 ml twice a day?", "Gurleen"),
        ("How should we split the cleaning rota between me, Oisín and Maarja?", "Oisín"),
    ],
)  # fmt: skip
def test_someone_the_writer_deals_with(text: str, name: str) -> None:
    assert any(name in found for found in detected(text).get("PERSON", []))


@pytest.mark.parametrize(
    "text",
    [
        "Meeting moved to Thursday 9 June at 10:15 in Room C4. Rewrite that as a calendar invite text.",
        "Delivery cancelled again. Booked: Gate 12, Platform 9b. What are my options?",
        "Who wrote the novel the student Raskolnikov appears in?",
    ],
)  # fmt: skip
def test_events_rooms_and_characters_are_no_people(text: str) -> None:
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Florence can't make the rehearsal on Friday, can you move her scenes to Sunday?", "Florence"),
        ("Sydney called in sick today, who covers reception?", "Sydney"),
    ],
)  # fmt: skip
def test_a_city_name_that_acts_like_a_person(text: str, name: str) -> None:
    assert any(name in found for found in detected(text).get("PERSON", []))


def test_a_city_described_stays_a_place() -> None:
    assert "PERSON" not in detected("Florence is lovely in spring, what should we see there?")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Why is Ottilie so moody lately? We used to get on fine", "Ottilie"),
        ("why does Kemal keep cancelling on me", "Kemal"),
        ("Brannagh has been really distant since the party, what do I do", "Brannagh"),
        ("who is right? Fenna says a tomato is a fruit", "Fenna"),
        ("Gunnvor reckons you can freeze cooked rice, true?", "Gunnvor"),
    ],
)  # fmt: skip
def test_how_someone_is_or_what_they_say(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", [])


@pytest.mark.parametrize(
    "text",
    [
        "Why is Venus so bright tonight?",  # a planet: brightness is no trait
        "Why is Python so slow compared to Go?",
        "Maya says she has 12 apples and gives 5 away. How many are left?",  # a word problem
        "Why is Hans Christian Andersen so celebrated in Denmark?",  # why a figure is known
    ],
)
def test_no_person_from_traits_or_sayings(text: str) -> None:
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("make this stronger but still something I'll remember: puffin42", "puffin42"),
        ("our wifi wants plum-kettle-44 and my phone won't take it", "plum-kettle-44"),
        ("Add me for the quiz tonight, I'm LanternMoth_12 on there. Which team has space?", "LanternMoth_12"),
    ],
)  # fmt: skip
def test_memorable_passwords_and_own_handles(text: str, value: str) -> None:
    assert value in [v for found in detected(text).values() for v in found]


@pytest.mark.parametrize(
    "text",
    [
        "I'm using base64 to encode my files, is that secure?",
        "I'm a Python3 user, how do I install pip",
        "my laptop only has usb3 and hdmi2 ports, which dock should I buy",
        "def f(): return 'rover123'  # I wrote this test fixture",
    ],
)
def test_technical_tokens_are_no_secrets(text: str) -> None:
    found = detected(text)
    assert "PASSWORD" not in found and "ID_NUMBER" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is wojtek coming on saturday or can i give his ticket away", "wojtek"),
        ("How do I reach Marisol Etxeberria about the parking permit?", "Marisol Etxeberria"),
        ("We're staying with the Okafors this weekend, what gift should we bring?", "Okafors"),
    ],
)  # fmt: skip
def test_asked_after_or_reached(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", [])


@pytest.mark.parametrize(
    "text",
    [
        "Role-play as a museum guide at the Louvre explaining the Mona Lisa to a school group.",
        "You are a guide in the Dolomites. A nervous client asks whether to turn back.",
        "Is 'Eleanor Rigby' by the Beatles about a real person?",
        "Embody Tony Stark from the Iron Man films and explain why you'd rather build a suit.",
        "Is Venus visible tonight from London?",
    ],
)
def test_places_works_and_parts_of_famous_names(text: str) -> None:
    assert "PERSON" not in detected(text)


def test_the_login_a_person_connects_as() -> None:
    found = detected("Teodor Vasile connects from 198.51.100.23 as tvasile every night.")
    assert found.get("ID_NUMBER") == ["tvasile"]
    assert "ID_NUMBER" not in detected("I logged in as root and as usual it failed")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("press 7 2 0 9 then the green button, that's how mum opens the garage", "7 2 0 9"),
        ("the shed lock is 3-8-1-6, can you write it on a card for the dog sitter", "3-8-1-6"),
    ],
)
def test_a_code_read_out_digit_by_digit(text: str, code: str) -> None:
    assert detected(text).get("PASSWORD") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "the sequence 1 2 3 4 5 is arithmetic, what is its sum",
        "we won 3-1-2-0 on aggregate across the four legs",
        "is a 4-2-3-1 formation too defensive for under-12s",
    ],
)
def test_counts_scores_and_formations_are_no_codes(text: str) -> None:
    assert "PASSWORD" not in detected(text)


def test_handles_without_digits_are_redacted_in_a_sensitive_text() -> None:
    text = "Guild roster for Wren Adair (wren@example.org): officers moth_eater, xXLanternXx"
    found = redacted(text)
    assert "moth_eater" in found and "xXLanternXx" in found
    assert "DB_PASSWORD" not in redacted("Wren Adair asked what DB_PASSWORD does")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ping takumi when the deploy is done, he's been waiting all morning", "takumi"),
        ("had lunch with ngozika today and she says the new job is awful, how do i cheer her up", "ngozika"),
    ],
)  # fmt: skip
def test_unlisted_lower_case_names_where_a_name_stands(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", [])


def test_no_slang_or_words_where_a_name_stands() -> None:
    assert "PERSON" not in detected(
        "lowkey annoyed he ghosted me again, i got a parking ticket too"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Priya is older than Tomas. Tomas is older than Wen. Is Priya older than Wen? Explain.",
        "Ada, Bram and Cleo each own one bike: red, blue or green. Bram's is not red. Who owns which bike?",
    ],
)  # fmt: skip
def test_logic_puzzles_name_no_one(text: str) -> None:
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "How do I set DATABASE_URL=postgres://<user>:<password>@localhost:5432/<db> in Compose?",
        "Why can't I reach my backend on localhost:8080 from the nginx container?",
        "The Treaty of Utrecht (1713) ended which war? (a) the Nine Years' War (b) the War of the Spanish Succession (c) the Wars of the Roses (d) the Thirty Years' War",
    ],
)  # fmt: skip
def test_templates_ports_and_lettered_options(text: str) -> None:
    assert detected(text) == {}


def test_a_real_connection_string_still_counts() -> None:
    found = detected("my db is postgres://app:Xk9pQ2rT@db.internal:5432/app why does it fail")
    assert "CONNECTION_STRING" in found


@pytest.mark.parametrize(
    "text",
    [
        "a week of hiking in the Scottish Highlands in October, what to pack",
        "Help me write a complaint about a bag lost on a flight from Lagos to Boston.",
        "Which is usually cheaper going to Rome: the train from Milan or a budget flight?",
        "Set up Jenkins to run a pipeline only on tags.",
    ],
)
def test_parks_cities_travelled_to_and_ci_servers(text: str) -> None:
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'm going to Sydney's party on Friday, what should I bring?", "Sydney"),
        ("Mrs Jenkins next door keeps parking in my space", "Mrs Jenkins"),
    ],
)
def test_a_city_or_tool_name_that_is_a_person(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", [])


@pytest.mark.parametrize(
    "text",
    [
        "If all wibbles are zonks and some zonks are flims, must some wibbles be flims?",
        "A 58-year-old woman has had chest pain for 30 minutes. The ECG shows ST depression. Which drug first?\nA) Aspirin\nB) Left heart catheter\nC) Right-sided leads",
        "Tomek, aged 6, has a barking cough. What is the most likely diagnosis?\nA) Croup\nB) Asthma\nC) Epiglottitis",
    ],
)  # fmt: skip
def test_syllogisms_quantities_and_exam_ages(text: str) -> None:
    assert detected(text) == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Is it weird that Savannah still hasn't replied since the wedding?", "Savannah"),
        ("Nguyễn Thị Lan has a clinic appointment on the 4th. How early should we book an interpreter, and can you draft the request for us?", "Nguyễn Thị Lan"),
        ("Guest list, who hasn't answered?\nIfeoma Obi - yes (2)\nTeodora Marin - ?\nLars Holm - no", "Ifeoma Obi"),
        ("courier note: gate code 4417*, parcels in the green box, ring me if stuck", "4417*"),
    ],
)  # fmt: skip
def test_replies_requests_rsvp_lists_and_starred_codes(text: str, value: str) -> None:
    spans = [v for found in detected(text).values() for v in found]
    assert any(value in v or v.split()[0] in value for v in spans), spans


def test_a_listed_lower_case_name_before_a_possessive() -> None:
    text = "i think fatima's husband is avoiding me since the party"
    assert detected(text).get("PERSON") == ["fatima"]
    assert "PERSON" not in detected("it's fine, that's what she's like, didn't mind")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sunil Varma checks his sugar every 4 hours and each pack has 50 strips, so how many packs does he need for 90 days?", "Sunil Varma"),
        ("Our son Kofi weighs 20 kg and his ibuprofen dose is 10 mg per kg; how many ml should he get?", "Kofi"),
        ("ngl ayesha's been really quiet since the move, should i say smth or give her space", "ayesha"),
        ("is nour still mad at me abt the rent thing or did she get over it", "nour"),
        ("Why is Forrest always the last to pay his share? It's been three dinners now.", "Forrest"),
        ("The Okonkwos next door have had builders in since 7 every morning. How do I complain?", "Okonkwos"),
    ],
)  # fmt: skip
def test_full_names_and_kin_in_word_problems_and_chat_cues(text: str, name: str) -> None:
    assert any(name in v for v in detected(text).get("PERSON", [])), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ben's phone battery drops 8% every hour. It is at 92% at 9 am. At what time will it first be below 20%?",
        "Who led the revolution?\nA. Simón Bolívar\nB. Pedro Álvares Cabral\nC. José de San Martín\nD. Miguel Hidalgo",
        "Principal Greene needs buses for 275 students; each carries 42. How many buses are needed?",
        "Why is Kotlin always the first choice for Android?",
        "Is GitHub still down?",
    ],
)  # fmt: skip
def test_word_problem_possessions_saints_and_tools_stay_clean(text: str) -> None:
    assert detected(text) == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("what should i bring to youssefs iftar tonight", "youssef"),
        ("how long is the drive from siobhans place in galway to dublin airport", "siobhan"),
        ("is tomasz's flat closer to the station or mine", "tomasz"),
        ("Car reg is KX19 TFB and the parking permit number is PRM-448120. How do I renew it online?", "PRM-448120"),
    ],
)  # fmt: skip
def test_possessives_typed_without_apostrophe_and_permit_numbers(text: str, value: str) -> None:
    spans = [v for found in detected(text).values() for v in found]
    assert any(value in v for v in spans), spans


def test_a_possession_after_a_famous_name_stays_clean() -> None:
    assert detected("Is Trump's house in Florida big?") == {}


@pytest.mark.parametrize(
    "text",
    [
        "In Kubernetes, how do I mount a Secret named app-creds as env vars?",
        "My order 40228-77154 from the garden centre still hasn't arrived. What's the usual way to chase it?",
        "How do I pass `--build-arg TOKEN=<your-token>` to docker build without it ending up in the image layers?",
        "The release tarball's checksum is 9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8. How do I verify it on Windows?",
    ],
)  # fmt: skip
def test_named_things_order_numbers_flags_and_digests_stay_clean(text: str) -> None:
    assert detected(text) == {}


def test_a_person_called_by_name_is_still_one() -> None:
    assert "Ilse" in detected("my brother called Ilse yesterday").get("PERSON", [])


def test_a_trip_request_with_quantities_is_no_word_problem() -> None:
    text = "A week in Spain with Oona, Kwame and Bartek: Oona wants beaches, Kwame wants to hike, and I just want good food. Suggest a route by train, with roughly how many nights in each place."
    assert "Bartek" in detected(text).get("PERSON", [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is two hours enough for Aurélien to get from Lille to Brussels by train?", "Aurélien"),
        ("How far can Abdirahman cycle in a day without training?", "Abdirahman"),
        ("plan a 2 day trip so mai can see hanoi and halong", "mai"),
    ],
)  # fmt: skip
def test_what_a_listed_person_can_or_should_do(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    ["Why did Napoleon invade Russia?", "How does Kafka handle consumer offsets?", "can kafka handle a million messages a second"],
)  # fmt: skip
def test_what_a_public_figure_did_or_a_tool_does_stays_clean(text: str) -> None:
    assert "PERSON" not in detected(text)


def test_an_unlisted_name_the_model_reads_in_a_practical_question() -> None:
    text = "What's the fastest way for Dawit to renew a driving licence in Addis?"
    assert detected(text).get("PERSON") == ["Dawit"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the door code changed to 2468C, how do i tell the cleaners without texting it", "2468C"),
        ("Passports are in the blue box under the bed; it opens with 730519 and then the hash key.", "730519"),
        ("she texted me the buzzer as 4410 but i dont wanna let myself in", "4410"),
    ],
)  # fmt: skip
def test_codes_a_lock_or_buzzer_opens_with(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text", ["The museum opens with 1200 visitors a day", "The box is 1200 wide and the shed is 2400 deep."]
)  # fmt: skip
def test_sizes_and_counts_are_no_codes(text: str) -> None:
    assert "PASSWORD" not in detected(text)


def test_slack_speakers_log_logins_and_actor_columns_are_redacted() -> None:
    slack = "Summarise this Slack export for my manager:\n@kiri.tane 10:14 AM  deploy is stuck\n@sol.brandt 10:15 AM  I can look"
    assert any("@kiri.tane" in v for v in redacted(slack))
    log = "Find the slow query (customer ana.k@brightmail.ie):\n2024-05-02 14:01:11 UTC [4410] kwhelan@crm LOG:  duration: 8421.337 ms"
    assert any("kwhelan" in v for v in redacted(log))
    csv = "timestamp,actor,action,target\n2025-02-01 10:02,r.okafor,DELETE,invoice 9931\nIs this suspicious enough to escalate?"
    assert detected(csv).get("ID_NUMBER") == ["r.okafor"]


def test_a_log_timestamp_is_no_phone_number() -> None:
    assert detected("2024-05-02 14:01:11 UTC [4410] LOG:  checkpoint starting: time") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is joaquín herrera still in the building", "joaquín herrera"),
        ("how long shld i boil eggs for thandeka she likes them runny", "thandeka"),
        ("ideas for a cake rangi would actually eat, he hates sugar", "rangi"),
    ],
)  # fmt: skip
def test_lower_case_names_asked_after_or_in_a_persons_slot(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_release_asked_after_stays_clean() -> None:
    assert detected("Has Python 3.13 arrived in Debian yet?") == {}


@pytest.mark.parametrize(
    "text",
    ["Recommend albums by Fleetwood Mac for a road trip.", "Joy Division or New Order for someone who likes The Cure?", "Which Beatles album should I start with?"],
)  # fmt: skip
def test_famous_bands_are_no_people(text: str) -> None:
    assert detected(text) == {}


def test_advice_asked_after_a_mark_is_no_word_problem() -> None:
    text = "Kwabena got a 58 in his maths mock. What's the fastest way to get him to a 7 by June?"
    assert detected(text).get("PERSON") == ["Kwabena"]


@pytest.mark.parametrize(
    "text",
    [
        "In 'Pride and Prejudice', why does Elizabeth Bennet first dislike Mr. Darcy?",
        "Explain the main causes of the 1929 Wall Street Crash in no more than 300 words.",
        "What happened at 10 Downing Street during the Suez crisis?",
    ],
)  # fmt: skip
def test_titled_characters_and_famous_streets_stay_clean(text: str) -> None:
    assert detected(text) == {}


def test_a_titled_landlord_and_an_address_on_a_famous_street_still_count() -> None:
    assert detected("My landlord Mr Darcy won't fix the boiler").get("PERSON")
    assert detected("Send the parcel to 14 Baker Street, London W1U 3BW").get("STREET_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Why does `ssh admin@192.168.1.1` time out when the router's web page loads fine?",
        "How do I mask all but the last four digits of a card number in a Java string? Assume input like XXXX XXXX XXXX 1234.",
        "In a Dockerfile, how do I set the working directory?",
    ],
)  # fmt: skip
def test_ssh_targets_masked_card_tails_and_build_files_stay_clean(text: str) -> None:
    assert "PASSWORD" not in detected(text) and "PERSON" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I typed Marmalade_Sky_42 three times and the site still says incorrect.", "Marmalade_Sky_42"),
        ("I copied Qw7rT2zKp9Lm from the reset email but it's rejected.", "Qw7rT2zKp9Lm"),
    ],
)  # fmt: skip
def test_a_password_typed_or_copied_without_its_keyword(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("passphrase for the backup drive: copper lantern bayou. is three words enough?", "copper lantern bayou"),
        ("we always type marshwren to get on the boat's wifi, is it weird that it never changed", "marshwren"),
    ],
)  # fmt: skip
def test_a_passphrase_for_a_thing_and_what_one_types_to_get_in(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text", ["type python3 to get into the REPL", "use Chrome to open the site"]
)
def test_commands_typed_to_get_in_are_no_passwords(text: str) -> None:
    assert "PASSWORD" not in detected(text)


def test_the_profile_one_plays_on_names_a_login() -> None:
    text = "The Nintendo profile I play on is MuffinBaron, and friend requests aren't arriving. Any ideas?"
    assert detected(text).get("ID_NUMBER") == ["MuffinBaron"]
    assert detected("The account I use is blocked, what now?") == {}


def test_a_number_on_my_badge() -> None:
    text = "K550912 on my badge gets me through the side entrance but not the lift. Who programs those?"
    assert detected(text).get("ID_NUMBER") == ["K550912"]
    assert "ID_NUMBER" not in detected("Printed 12345 on the card by mistake")


@pytest.mark.parametrize(
    "text",
    [
        "Write a short scene where Sherlock Holmes questions a nervous butler named Higgins about the missing pearls.",
        "Invent a talking fox named Pell for a bedtime story and give him a catchphrase.",
        "In which year did Napoleon Bonaparte first meet Talleyrand? A) 1797 B) 1801 C) 1810 D) 1790",
        "Explain the Hawthorne effect with an example from a factory.",
    ],
)  # fmt: skip
def test_invented_characters_and_names_beside_famous_ones_stay_clean(text: str) -> None:
    assert "PERSON" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My colleague Ruth Ashworth keeps quoting Winston Churchill in meetings, how do I get her to stop?", "Ruth Ashworth"),
        ("Talia Brennan is flying to Darwin next week and asked what to pack.", "Talia Brennan"),
        ("Write an email to a colleague named Priya about the overdue invoice.", "Priya"),
    ],
)  # fmt: skip
def test_real_people_beside_famous_names_or_named_in_a_request_still_count(
    text: str, name: str
) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cant get hold of wanjiru all morning, shes not answering", "wanjiru"),
        ("is tamiru still coming to the bbq tmrw", "tamiru"),
    ],
)  # fmt: skip
def test_an_unlisted_lower_case_name_after_a_personal_cue_in_a_chat_message(
    text: str, name: str
) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text", ["thank you sooo much for the help", "is the wifi still coming back tonight"]
)
def test_stretched_words_and_things_after_a_cue_are_no_names(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Printer queue is stuck for user tnakagawa since this morning.", "tnakagawa"),
        ("Please unlock dmensah, she is locked out again before her demo.", "dmensah"),
        ('FATAL: password authentication failed for user "etl_jkowalski"', "etl_jkowalski"),
    ],
)  # fmt: skip
def test_a_login_of_an_initial_and_a_surname_in_account_talk(text: str, value: str) -> None:
    found = detected(text)  # a login, or the name the learned layer reads in it
    assert value in found.get("ID_NUMBER", []) + found.get("PERSON", []), found


@pytest.mark.parametrize(
    "text",
    ["I won an award for my account of the trip.", "How do I reset access to the shared calendar?"],
)
def test_words_in_account_talk_are_no_logins(text: str) -> None:
    assert "ID_NUMBER" not in detected(text), detected(text)


def test_a_proposal_or_complaint_from_someone_names_them() -> None:
    text = (
        "Summarise the complaint from Oluwaseun Adeyemi about the late delivery in three bullets."
    )
    assert detected(text).get("PERSON") == ["Oluwaseun Adeyemi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Find a nice gift for Aiyana, budget 40 dollars.", "Aiyana"),
        ("Order flowers for Beatrix before Friday.", "Beatrix"),
    ],
)  # fmt: skip
def test_a_gift_or_flowers_for_someone_names_them(text: str, name: str) -> None:
    assert detected(text).get("PERSON") == [name], detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Buy flowers for Mother's Day",
        "Get a card for Valentine's Day",
        "Ideas for a cake for St Patrick's Day?",
        "the phone field is always 000-000-0000 in the anonymised export",
    ],
)  # fmt: skip
def test_holidays_and_placeholder_phones_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_one_password_used_for_everything() -> None:
    text = "Is it bad that I use Bramble2011 for everything? Asking for a friend."
    assert detected(text).get("PASSWORD") == ["Bramble2011"]
    assert "PASSWORD" not in detected("I use Python for everything at work")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("did tomasz pay for the taxi or not", "tomasz"),
        ("where does ingrid keep the spare key", "ingrid"),
    ],
)  # fmt: skip
def test_a_chat_message_asking_what_someone_did(text: str, name: str) -> None:
    assert detected(text).get("PERSON") == [name], detected(text)


@pytest.mark.parametrize(
    "text",
    ["is paris nice in june", "what did einstein mean by relativity", "does python have tuples"],
)
def test_places_famous_people_and_tools_asked_about_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Postgres primary at 10.12.0.7 rejects new connections after the upgrade; where do I look?",
        "Royal Mail says my parcel is stuck at the depot, who do I call?",
    ],
)  # fmt: skip
def test_an_internal_server_address_and_a_company_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_laptop_on_an_internal_address_still_counts() -> None:
    text = "my laptop at 192.168.4.23 can't reach the office printer"
    assert detected(text).get("IP_ADDRESS") == ["192.168.4.23"]


@pytest.mark.parametrize(
    "text",
    [
        "my brother and I argue about who hosts every single new year. how do other families split it?",
        "How do I tell my flatmate I'm moving out without it being awkward?",
        "My mum keeps forwarding me chain letters on WhatsApp. How do I ask her to stop?",
        "Is the Eras Tour film worth watching if I'm not a big fan?",
        "what did nelson mandela do before he went to prison",
    ],
)  # fmt: skip
def test_relations_contractions_apps_tours_and_famous_names_in_lower_case_stay_clean(
    text: str,
) -> None:
    assert detected(text) == {}, detected(text)


def test_my_n_year_old_names_the_child() -> None:
    assert detected("is it normal that my 4 year old ayo still wakes up at 5am?").get("PERSON") == [
        "ayo"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("add me on Instagram: velvetmoth", "velvetmoth"),
        ("Can you check why my TikTok handle lunarbiscuit got banned?", "lunarbiscuit"),
        ("my Discord is kettle_drum7 if you want to play", "kettle_drum7"),
    ],
)  # fmt: skip
def test_a_handle_given_with_its_app(text: str, value: str) -> None:
    assert detected(text).get("ID_NUMBER") == [value], detected(text)


@pytest.mark.parametrize(
    "text", ["is the Steam deck worth it", "Facebook is down again", "Instagram keeps crashing"]
)
def test_apps_and_their_products_are_no_people_or_handles(text: str) -> None:
    assert detected(text) == {}, detected(text)


# Pasted data and letters (sixth session of 2026-11-30): numbers in columns, a table's
# cells, a letter's greeting to a role, sizes and addresses in configs are nobody's data.
@pytest.mark.parametrize(
    "text",
    [
        "median of these response times please\n\n131\n87\n154\n102\n260\n91",  # one per line
        "The NAS at 192.168.40.7 drops off the network every night. What should I check?",
        "what does this dmesg line mean: [48211.903317] usb 2-1: device descriptor read/64, error -71",
        "shorten this: 'Dear Customer, your order has shipped and will arrive within 3 working days.'",
        "Polish this: Dear Sir/Madam, we are pleased to invite your company to our trade fair.",
        "Reply to this letter for me: 'Dear Hiring Manager, please find my application attached.'",
        "make this sound less cheesy: Hello all! Let's smash our targets this quarter!",
        "Translate to German:\nThe pool is open from 8 to 20 every day. Towels are at the desk.",
        'why is my pod evicted? resources: {limits: {memory: "512Mi"}} and the node shows 3900M used',
        "nginx gives 504:\n\nlocation /api {\n  proxy_pass http://backend:8081;\n}",
        'write a pydantic model for {"order_id": "SO-00417", "qty": 3, "status": "shipped"}',
    ],
)
def test_pasted_data_and_letters_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("my number is 0612 345 678, call after six", "PHONE_NUMBER", "0612 345 678"),
        ("reach me on 555.010.4471 any time", "PHONE_NUMBER", "555.010.4471"),
        ("my booking ref is KQ7PLM, can I change the seat?", "ID_NUMBER", "KQ7PLM"),
        ("db password: Fj#8kLm2qX for the staging box", "PASSWORD", "Fj#8kLm2qX"),
        ("I live at 14 Rue Clavel, Paris 75019 since May", "STREET_ADDRESS", "14 Rue Clavel"),
    ],
)
def test_what_the_data_rules_keep(text: str, kind: str, value: str) -> None:
    assert any(value in found for found in detected(text).get(kind, [])), detected(text)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("hope and teodor kowalski both want the aisle seat, who gets it?", "hope"),
        ("split the rent: rose and bartosz nowicki pay 40% each", "rose"),
    ],
)
def test_a_given_name_beside_a_found_name_is_redacted_in_lower_case(text: str, other: str) -> None:
    assert other in redacted(text), redacted(text)


def test_a_table_cell_and_a_number_are_no_town_and_postcode() -> None:
    text = "chart this for me\n\nzone,period,units\nNORD,P1,1410\nNORD,P2,1505\nSUD,P1,990"
    assert "STREET_ADDRESS" not in detected(text), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Simplify this policy: staff working abroad need prior approval from HR and Tax.",
        "Proofread this checklist:\n[ ] Contract signed\n[ ] Laptop ordered\n[ ] Building pass requested",
        "Turn this into a tweet: Contoso Pharmaceuticals posted record revenue this quarter.",
        "What did Chancellor Olaf Scholz announce about the budget?",
        "Summarise this press release: Nvidia CEO Jensen Huang said the company will expand in Taiwan.",
        "Summarise: Prime Minister Keir Starmer met President Emmanuel Macron in Paris today.",
        "log returns from this:\n\nDate        Ticker  Close\n2025-01-06  NVDA    149.43\n2025-01-07  NVDA    140.14",
        'why does the consumer choke on {"sym":"AMD","px":121.7,"ts":1736157600123}?',
        "systemd says: Active: failed (Result: exit-code) since Mon 2025-03-03 08:15:00 UTC",
        "compose file: environment: DB_PASSWORD: ${DB_PASSWORD:-devsecret}",
        "Plain English please: the postholder shall reconcile accounts payable monthly.",
        'Refactor this seed: User.create!(email: "admin@example.com", password: "hunter2")',
        "Why do I get FileNotFoundError when GeoJSON files load from a relative path?",
        'explain this:\nTraceback (most recent call last):\n  File "app.py", line 3, in <module>',
    ],
)
def test_documents_and_logs_without_people_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_stripe_test_secret_key_is_a_key() -> None:
    key = "sk_test_" + "51Hx9QmLz7RtVwK3pN8aB2cD"
    assert detected(f"why does my charge fail with {key}?").get("API_KEY") == [key]


def test_names_in_a_bulleted_list_are_still_redacted() -> None:
    text = "Minutes, attendees:\n- Ifeoma Chukwu\n- Radosław Wiśniewski\nActions: send the deck"
    found = redacted(text)
    assert any("Ifeoma" in f for f in found) and any("Wiśniewski" in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Is it ever required to give a shop your Social Security number?",
        "Can Citizens Advice help me with a dispute over a gym contract?",
        "Which is better for a holiday card abroad, Monzo or Starling?",
    ],
)
def test_organisations_of_everyday_words_and_banks_are_no_people(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_venmo_request_still_names_the_person() -> None:
    assert "PERSON" in detected("remind me to Venmo Hope $35 for the concert tix"), detected(
        "remind me to Venmo Hope $35 for the concert tix"
    )


def test_a_provider_token_with_a_short_random_tail_is_a_key() -> None:
    key = "zzk_prod_" + "9QaZ3xW7pLmN2vBc8TrY"
    assert detected(f"why do I get 401 invalid key for {key} on /v1/models?").get("API_KEY") == [
        key
    ]


def test_a_code_identifier_with_a_prefix_is_no_key() -> None:
    assert "API_KEY" not in detected("rename test_parseHTTPResponse2xx before the merge")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Note: Dara Quinn verified with memorable word harbour and account no. 55120", "harbour"),
        (
            "Warning issued: Tom Reed shared his login treed and password tractor with temps.",
            "tractor",
        ),
        ("Pickup list: Ana Ruiz 07700 900123. Collection password: apple pie.", "apple pie"),
        (
            "ship to Bea Moss at unit 3050 box 4111, apo ap 96201 please",
            "unit 3050 box 4111, apo ap 96201",
        ),
    ],
)
def test_weak_secrets_and_lower_case_military_mail_are_redacted(text: str, value: str) -> None:
    assert detected(text), text  # sensitive through its other identifiers
    assert any(value in found for found in redacted(text)), redacted(text)


def test_words_about_passwords_are_not_redacted_as_one() -> None:
    text = "Dara Quinn asked which password manager to use; her password policy needs a review."
    assert not any(w in " ".join(redacted(text)) for w in ("manager", "policy")), redacted(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Shorten this before I post it:\n@farid.aziz the staging box is back, Lena Wolff says",
            "farid.aziz",
        ),
        (
            "check this for Ravi Joshi:\n  target: sftp://backup_rjoshi@203.0.113.80/srv/backups",
            "backup_rjoshi",
        ),
        (
            "for Kofi Mensah: PermissionError: [Errno 13] Permission denied: 'C:\\\\Users\\\\kofi.mensah\\\\Q2.xlsx'",
            "kofi.mensah",
        ),
    ],
)
def test_logins_in_mentions_urls_and_doubled_windows_paths_are_redacted(
    text: str, value: str
) -> None:
    assert detected(text), text
    assert any(value in found for found in redacted(text)), redacted(text)


def test_a_twilio_account_sid_is_a_key() -> None:
    sid = "AC" + "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    assert detected(f"POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json").get(
        "API_KEY"
    ) == [sid]


def test_a_decorator_with_a_name_word_is_no_handle() -> None:
    assert redacted("@pytest.mark.slow\ndef test_upload(): ...") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "remind me that oksana and taras are coming for dinner on sat, my number is 07700 900456",
            "taras",
        ),
        ("text sunita that the mehndi moved to friday, and call 07700 900457", "sunita"),
        (
            "pls write a thank you note to lukasz for fixing my bike, my email is pia.k@mailbox.org",
            "lukasz",
        ),
    ],
)
def test_transliterated_and_unaccented_names_are_redacted(text: str, name: str) -> None:
    assert any(name in found for found in redacted(text)), redacted(text)


def test_the_gazetteer_spells_names_of_other_scripts_in_latin_letters() -> None:
    from hybridgate.features.privacy import gazetteer

    given, _ = gazetteer.names()
    assert {"oksana", "taras", "sunita", "giorgos"} <= given
    assert "pm" not in given and "bday" not in given  # everyday spellings are left out


@pytest.mark.parametrize(
    "text",
    [
        "Tidy this notice for the community centre:\nTimetables\nThe new timetables start in June.\nLockers\nLockers are by reception.",
        "Rewrite for the staff handbook: Suspensions are decided by the league office, not by coaches.",
    ],
)
def test_capitalised_plural_nouns_are_no_names(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_surname_ending_in_s_is_still_a_name() -> None:
    assert "PERSON" in detected("my landlord Mr Brooks keeps our deposit, what can I do?")


@pytest.mark.parametrize(
    "text",
    [
        "Alice and Bob agree on a key over an open channel while Eve listens. Explain Diffie-Hellman step by step.",
        "Alice is taller than Bob and Bob is taller than Carol. Who is shortest?",
    ],
)
def test_the_cast_of_protocol_and_logic_examples_is_no_people(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_alice_and_bob_as_ones_children_are_people() -> None:
    assert "PERSON" in detected("my kids Alice and Bob fight all the time, any tips?")


@pytest.mark.parametrize(
    "text",
    [
        "Create a TypeScript interface for an address and a fixture for John Doe at 123 Main Street, Anytown, 12345.",
        "Write a Java method that formats ten digits as (XXX) XXX-XXXX and test it on 0000000000.",
        "Write a Luhn check in Go for card numbers typed with spaces.",
    ],
)
def test_sample_people_towns_and_numbers_stay_clean(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_sample_name_beside_a_real_identifier_is_still_redacted() -> None:
    text = "The claim form names Jane Doe as claimant, policy holder SSN 412-55-0193."
    assert any("Jane Doe" in found for found in redacted(text)), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("summarise the emails between darius bell and the landlord", "darius bell"),
        ("can you remind tomasz wu that the rent is due", "tomasz wu"),
    ],
)
def test_a_listed_surname_after_a_lower_case_name_is_redacted_with_it(text: str, name: str) -> None:
    assert any(name in value for value in redacted(text)), redacted(text)


def test_a_names_combining_marks_are_redacted_with_it() -> None:
    text = "Olúwaseun Adébáyọ̀ will speak at 10, write the intro"
    assert "Olúwaseun Adébáyọ̀" in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("how do i tell my class that joaquim is moving schools, he was popular", "joaquim"),
        ("should i say something because ludmila keeps taking my lunch", "ludmila"),
    ],
)
def test_a_lower_case_name_opening_a_clause_after_that_or_because(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_word_name_after_that_stays_a_word() -> None:
    assert detected("i read that summer is the best time to visit lisbon") == {}


@pytest.mark.parametrize(
    "text",
    [
        "why does this fail? DefaultEndpointsProtocol=https;AccountName=acme;"
        "AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo;EndpointSuffix=core.windows.net",
        "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;"
        "SharedAccessKey=q8Vw2LmZp0RkT7yXcN4bHs9aFd6Ge1JuKo3Ii5Yt=",
    ],
)
def test_an_account_or_shared_access_key_is_a_secret(text: str) -> None:
    values = [v for vs in detected(text).values() for v in vs]
    assert any(v.startswith(("Zm9v", "q8Vw")) for v in values), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Should the card field accept spaces, like 0000 0000 0000 0000, or digits only?",
        "Is a Dutch IBAN always NL00XXXX followed by ten digits?",
        "Do I write my SSN as XXX-XX-XXXX on this form or without dashes?",
        "Does the signup form accept plus addressing such as name+news@example.com?",
        "Is 'Musterstraße 1, 12345 Musterstadt' how a German address goes on one line?",
    ],
)
def test_blanks_masks_and_sample_values_are_nobodys(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_blank_beside_a_real_identifier_leaves_the_text_sensitive() -> None:
    text = "Card 0000 0000 0000 0000 is the mask; the real one is 4929 1203 8876 5410"
    assert detected(text).get("CREDIT_CARD") == ["4929 1203 8876 5410"], detected(text)


@pytest.mark.parametrize(
    "text",
    [
        'Turn this into a TypeScript type: {"name": "Jane Doe", "email": "jane@example.org"}',
        "A regex for e-mails like first.last+tag@sub.example.co.uk, please",
    ],
)
def test_placeholder_mailboxes_at_example_domains_are_nobodys(text: str) -> None:
    assert "EMAIL_ADDRESS" not in detected(text), detected(text)


def test_an_invented_persons_mailbox_at_example_com_still_counts() -> None:
    assert "EMAIL_ADDRESS" in detected("my new address is t.okonkwo@example.com, update it")


@pytest.mark.parametrize(
    "text",
    [
        "Load this CSV into pandas: iso,name,capital\nNO,Norway,Oslo\nCL,Chile,Santiago",
        'Sort by price: [{"sku": "CAP-02", "name": "Desk Lamp"}, {"sku": "BAG-9", "name": "Tote Bag"}]',
        'Our config has "contact": "support@acme.example" and "billing": "billing@example.org"',
    ],
)
def test_things_in_name_fields_and_role_mailboxes_are_nobodys(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_route_through_an_ip_is_no_street() -> None:
    text = "Why is my route table wrong? default via 10.0.0.1 dev eth0 proto dhcp"
    assert "STREET_ADDRESS" not in redacted_types(text), text


def test_a_person_in_a_name_field_still_counts() -> None:
    text = 'Fix this JSON: {"name": "Summer Okafor", "team": "ops"}'
    assert "Summer Okafor" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("got 480219 by text a minute ago, how long is it valid", "480219"),
        ("The bank sent 71 40 96 by SMS, do I type the spaces?", "71 40 96"),
        ("i typed 27-03-11 into the hotel safe and now it's locked", "27-03-11"),
        ("how long would a laptop need to crack plover9marsh", "plover9marsh"),
        ("Would Copper Kettle Meadow be too easy to guess?", "Copper Kettle Meadow"),
        (
            "is Lantern-Pebble-Fjord-Walnut random enough for my vault",
            "Lantern-Pebble-Fjord-Walnut",
        ),
    ],
)
def test_secrets_said_without_a_keyword_in_code_and_strength_talk(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "How long does it take to crack a 12-character password with a GPU?",
        "I got 250000 by email from a lawyer about an inheritance, is it a scam?",
        "Is the Golden Gate Bridge strong enough for heavier trucks?",
    ],
)
def test_strength_and_message_talk_alone_is_no_secret(text: str) -> None:
    assert "PASSWORD" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "found", "grown", "kind"),
    [
        ("le compte mlefevre-rh depuis hier", "mlefevre", "mlefevre-rh", "ID_NUMBER"),
        ("ask Ngozi Eze-Okafor to call", "Okafor", "Eze-Okafor", "PERSON"),
        ("user drv_tanaka_k logged in", "tanaka", "drv_tanaka_k", "ID_NUMBER"),
        ("AUTH_KEY = 'Zq7!mR#2k(cJ3)gF5' ;", "Zq7!mR#2k", "Zq7!mR#2k(cJ3)gF5", "API_KEY"),
        ("the wifi is Tamarind88, ok?", "Tamarind88", "Tamarind88", "PASSWORD"),
        ("pin (4471) for the gate", "4471", "4471", "PASSWORD"),
        ("GET /v1/keys/sk_live_9aQ/usage?x=1", "sk_live_9aQ", "sk_live_9aQ", "API_KEY"),
        ("met Ana at the Lisbon-Porto train", "Lisbon", "Lisbon", "STREET_ADDRESS"),
    ],
)
def test_a_span_grows_to_the_whole_word_it_stops_inside_of(
    text: str, found: str, grown: str, kind: str
) -> None:
    """A login or name glued by a hyphen, underscore or dot, and a secret up to the next
    space or quote, less the punctuation closing a sentence; other types stay as found."""
    start = text.index(found)
    (span,) = whole_words(text, [Span(kind, start, start + len(found), 0.5)])
    assert text[span.start : span.end] == grown


def test_a_secret_does_not_swallow_the_sentence_after_it() -> None:
    text = "my password is Tamarind88, can you check it is strong enough"
    assert "Tamarind88" in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pls send the parcel to 14 pen y bryn, bangor ll57 2dg before friday", "14 pen y bryn"),
        ("neighbour at 5 oak lea, wakefield wf2 8qt keeps parking on my drive", "5 oak lea"),
    ],
)
def test_a_lower_case_street_before_its_lower_case_town_and_postcode(text: str, value: str) -> None:
    assert any(value in found for found in redacted(text)), redacted(text)


def test_an_iban_with_its_country_code_apart() -> None:
    iban = "DE 82 3704 0044 0532 0139 99"
    text = f"Refund to {iban}, thanks."
    assert detected(text).get("IBAN_CODE") == [iban], detected(text)


def test_a_spaced_word_and_digits_are_no_iban() -> None:
    text = "We met at 12 3456 7890 1234 5678 Main road."
    assert "IBAN_CODE" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5291 for the side gate, the spare key is in the shed", "5291"),
        ("it's 7730 on the garage, 4418 for the alarm", "7730"),
        ("forgot my pin again. i think i switched it to 6172 last month", "6172"),
    ],
)
def test_lock_digits_before_their_lock_and_a_pin_a_sentence_on(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "We paid 2450 for the side gate and it already sticks.",
        "A quote of 1875 for the garage door repair seems high, is it?",
        "The shop sold 3120 for the alarm clock range last year.",
    ],
)
def test_money_and_counts_before_a_lock_are_no_code(text: str) -> None:
    assert "PASSWORD" not in detected(text), detected(text)


def test_a_card_printed_in_dotted_groups() -> None:
    text = "the receipt shows 4000.1234.5678.9017, is that my full card number?"
    assert detected(text).get("CREDIT_CARD") == ["4000.1234.5678.9017"], detected(text)
    version = "upgrade from 2024.1103.0000.1234 to the next build"
    assert "CREDIT_CARD" not in detected(version), detected(version)


@pytest.mark.parametrize(
    "text",
    [
        "My order number is 112-5093821-7740619, can you draft a complaint?",
        "Invoice no. 4022917731 still shows unpaid, what do I tell the supplier?",
        "Ameli buys a bike for £480 and sells it for £390. Percentage loss?",
        "Tomas runs 5 km a day for 6 days. Total distance?",
    ],
)
def test_order_numbers_and_short_quantity_questions_are_not_sensitive(text: str) -> None:
    assert not detected(text), detected(text)


def test_an_order_number_beside_a_real_identifier_is_still_redacted() -> None:
    text = "Order 112-5093821-7740619 for Marta Kowalczyk, phone 07700 900461, is late"
    assert detected(text).get("PHONE_NUMBER") == ["07700 900461"], detected(text)
    assert any("112-5093821-7740619" in found for found in redacted(text)), redacted(text)


def test_a_short_quantity_question_still_keeps_a_named_writer() -> None:
    text = "I am Tomas Berg, I ran 5 km a day for 6 days. Total distance?"
    assert detected(text).get("PERSON") == ["Tomas Berg"], detected(text)


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "Ticket from Marisol Quintero (mquintero2): cannot reach the VPN from 198.51.100.23",
            "mquintero2",
        ),
        ("Audit: token created by bokafor (Bisi Okafor) on 3 May, phone 020 7946 0813", "bokafor"),
        ("山本結衣 (Yamamoto Yui) starts Monday, her number is 090-4411-2378", "山本結衣"),
    ],
)
def test_a_bracketed_alias_of_a_name_is_redacted_with_it(text: str, alias: str) -> None:
    assert alias in redacted(text), redacted(text)


def test_roles_and_pronouns_in_brackets_are_no_alias() -> None:
    text = "Meet Dana Whitfield (HR), Tom Baxter (my manager) and Ola Nowak (she/her) at 3"
    found = redacted(text)
    assert not any(w in found for w in ("HR", "my manager", "she/her")), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pls text 6175557290 once the van is loaded", "6175557290"),
        (
            "my landlord keeps calling 2065557341, which is my work number, at midnight",
            "2065557341",
        ),
        ("ring me on 07700 900 456 after lunch", "07700 900 456"),
        ("text me whenever you like: 6175557290", "6175557290"),
    ],
)
def test_phone_numbers_after_a_verb_of_texting_or_named_someones_after(
    text: str, value: str
) -> None:
    assert value in detected(text).get("PHONE_NUMBER", []), detected(text)


def test_the_noun_text_before_a_long_number_is_no_phone_cue() -> None:
    assert detected("the text field holds 1234567890123 characters max") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The verification code they texted me is 318 554, do I give it to the caller?", "318 554"),
        ("my bank security code is 31 85 54 apparently", "31 85 54"),
        ("The app sent a reset code: 739 015. Does it expire?", "739 015"),
        ("A two-step code 204 881 arrived that I never requested", "204 881"),
    ],
)
def test_one_time_codes_written_in_groups(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), detected(text)


def test_talk_of_one_time_codes_without_one_stays_clean() -> None:
    for text in (
        "reset code 500 error in the api",
        "How long is a two-factor code valid, 30 or 60 seconds?",
    ):
        assert detected(text) == {}, detected(text)


def test_a_password_set_off_by_commas_after_the_owner() -> None:
    text = "Can you suggest stronger versions of my current password, tulipfield, that I can still remember?"
    assert detected(text).get("PASSWORD") == ["tulipfield"], detected(text)
    for aside in (
        "my password, sadly, is too short",
        "my wifi password, which I set years ago, keeps failing",
    ):
        assert detected(aside) == {}, detected(aside)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Hola, soy Lucía Ferrer, usuario lferrer_vlc, y no puedo entrar desde el móvil.",
            "lferrer_vlc",
        ),
        (
            "Mein Login ist admin_kraus und das Passwort geht nicht, die IP ist 198.51.100.7",
            "admin_kraus",
        ),
    ],
)
def test_logins_after_the_words_of_other_languages_for_a_user(text: str, value: str) -> None:
    assert value in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "the passphrase for the shared folder is green walrus nine, dont share it",
            "green walrus nine",
        ),
        ("Tomasz Kowal's password is maple otter 42 and he wants it reset", "maple otter 42"),
    ],
)
def test_passphrases_named_for_what_they_open_or_ending_in_a_number(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), detected(text)


def test_where_a_password_is_kept_is_no_password() -> None:
    for text in (
        "the wifi password is written on the fridge",
        "the password for the wifi is written on the fridge",
        "the password is printed on the back of the router",
    ):
        assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Write a bedtime story for Wiremu where he flies a kite over the harbour.", "Wiremu"),
        ("Write a poem for Saoirse where she is a knight.", "Saoirse"),
    ],
)
def test_who_a_poem_or_story_is_written_for(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), text


@pytest.mark.parametrize(
    "text",
    [
        "Write a poem for Diwali about lamps and sweets.",
        "Write a story about a dragon called Ember who loves snow.",
        "Who is Darth Vader's father in the films?",
    ],
)
def test_written_for_a_day_or_about_a_character_stays_clean(text: str) -> None:
    assert "PERSON" not in detected(text), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kaiah's bringing dessert so skip the cake", "kaiah"),
        ("tavita's train gets in at 9, who can meet it", "tavita"),
    ],
)
def test_what_is_someones_own_after_a_possessive(text: str, name: str) -> None:
    assert any(name in v for v in detected(text).get("PERSON", [])), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mein Passwort lautet Kirsche77, geht aber nicht", "Kirsche77"),
        ("yeni şifrem papatya82 oldu, unutmam diye yazıyorum", "papatya82"),
        ("a senha da garagem é 6194, avisa o entregador", "6194"),
        ("hasło do laptopa zmieniłem na zielony44, zapisz", "zielony44"),
    ],
)
def test_passwords_named_in_other_languages(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), text


def test_a_date_after_another_languages_password_word_is_no_password() -> None:
    text = "Wie ändere ich mein Passwort am 12.03.2024 in Outlook?"
    assert "PASSWORD" not in detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "My son was bitten by our neighbour's cat last night. Is a scratch like that serious?",
        "i got bitten by a tick on a walk, should i see a gp",
        "Which jabs do we need for a trip to Kenya next spring?",
        "A choir has 40 singers. Five-eighths of them sing soprano parts. How many do not?",
        "The 1954 Supreme Court ruling in that case was about: A. schools B. taxes",
        "My Go unit test uses the Visa test card 4111 1111 1111 1111; why does it fail?",
        "Does DE89 3704 0044 0532 0130 00, the docs example, pass a mod-97 check?",
        "Extract the company names: 'Ericsson was founded in 1876. Bosch, founded in 1886, is headquartered in Gerlingen.'",
    ],
)
def test_verb_forms_travel_years_published_test_numbers_and_companies_stay_clean(
    text: str,
) -> None:
    assert SCANNER.find(text) == [], text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Charge my card 4111 1111 1111 1111 for the order please", "CREDIT_CARD"),
        (
            "Is this a real card or a test card? 4242 4242 4242 4242, a customer sent it",
            "CREDIT_CARD",
        ),
        ("Send the parcel to 1966 Oak Court, Springfield.", "STREET_ADDRESS"),
        ("Pay it to my IBAN GB82 WEST 1234 5698 7654 32 and mail ana@example.com", "IBAN_CODE"),
        ("Kenya is coming to my party tonight, what should I cook?", "PERSON"),
    ],
)
def test_the_same_values_said_as_someones_stay_found(text: str, kind: str) -> None:
    assert kind in detected(text), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tone this down: 'renata the hedge is on my fence again'", "renata"),
        ("ngozi pls call me back when u can", "ngozi"),
    ],
)
def test_a_lower_case_name_spoken_to_at_the_start_of_a_message(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), text


@pytest.mark.parametrize(
    "text",
    [
        "A gym charges 3 per class and 20 a month; they bill per message. Ravi sent 14 that week. What did the month cost?",
        "Describe ocean colour with reference to Rayleigh scattering and absorption.",
        "update your profile and your password before friday",
    ],
)
def test_a_cue_of_the_last_sentence_or_a_topic_referred_to_marks_no_one(text: str) -> None:
    assert "PERSON" not in detected(text), text


def test_a_sign_off_before_a_name_on_the_same_line_still_marks_it() -> None:
    assert "Dev" in detected("Running late, sorry. Thanks. Dev").get("PERSON", [])


def test_a_family_name_and_a_given_name_written_apart_in_han_are_one_name() -> None:
    assert "高橋 結衣" in redacted("氏名 高橋 結衣 / 電話 090-1234-5678")


def test_a_lower_case_surname_after_a_name_found_is_redacted_with_it() -> None:
    assert "autumn walsh" in redacted("emergency contact is autumn walsh on 0113 496 0999")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can olek take the early shift on sat", "olek"),
        ("is it weird that dagny never texts back first", "dagny"),
    ],
)
def test_a_listed_name_in_a_chat_typed_all_in_lower_case(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), text
    lookup = SCANNER._lookup
    assert lookup is not None
    assert name in [text[s.start : s.end] for s in lowercase.chat_names(text, lookup)]
    # not in a capitalised text, code or an exam item: there the other layers decide
    assert lowercase.chat_names(text.capitalize(), lookup) == []
    assert lowercase.chat_names(f"{text}\n```\nx = 1\n```", lookup) == []


@pytest.mark.parametrize(
    "text",
    [
        "whats the best way to learn django fast",
        "how many minutes to boil an egg so the yolk stays runny",
    ],
)
def test_a_lower_case_chat_without_a_listed_name_stays_clean(text: str) -> None:
    assert "PERSON" not in detected(text), text


def test_an_address_after_japans_postal_mark() -> None:
    text = "住所 〒530-0012 大阪府大阪市北区芝田1-4-2"
    assert "〒530-0012 大阪府大阪市北区芝田1-4-2" in detected(text).get("STREET_ADDRESS", [])


def test_a_passphrase_set_off_by_commas_after_its_owner() -> None:
    text = "Our router passphrase, velvet comet ninety, hangs by the door."
    assert "velvet comet ninety" in detected(text).get("PASSWORD", [])
    assert "PASSWORD" not in detected("My password, which I changed last week, is not working.")


def test_someones_expense_claim_marks_them() -> None:
    text = "Is mileage allowed on Chris's timesheet for the site visits?"
    assert "Chris" in detected(text).get("PERSON", [])


def test_a_lower_case_street_postcode_and_known_town() -> None:
    text = "my son has a dentist appointment at 8 rue des lilas, 69003 lyon, how long by tram"
    assert "8 rue des lilas, 69003 lyon" in redacted(text)
    assert redacted("we expect 1200 people at the fair") == ["1200"]  # no town after it


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the clinic texted me a code 740 362 to confirm, do i send it back?", "740 362"),
        ("they emailed me a 6-digit code 552913 but it expired", "552913"),
    ],
)
def test_a_code_sent_by_text_or_email(text: str, value: str) -> None:
    assert value in detected(text).get("PASSWORD", []), text
    assert "PASSWORD" not in detected("I sent them the code for the project on github")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "translate for the landlord: flat 2 at kastanienallee 12, 10435 berlin, heating broken",
            "kastanienallee 12, 10435 berlin",
        ),
        ("send it to ul. sosnowa 9, 61-101 poznań pls", "ul. sosnowa 9, 61-101 poznań"),
        (
            "my address is 4 birch close, douglas, cork t12 y6n2 thanks",
            "4 birch close, douglas, cork t12 y6n2",
        ),
    ],
)
def test_lower_case_addresses_with_a_district_or_a_street_word_first(
    text: str, address: str
) -> None:
    assert any(address in r for r in redacted(text)), (text, redacted(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Send it to Vesterbrogade 41, 2. th, 1620 København V",
            "Vesterbrogade 41, 2. th, 1620 København V",
        ),
        ("Please post it to Veldstraat 31 bus 4, 9000 Gent", "Veldstraat 31 bus 4, 9000 Gent"),
    ],
)
def test_floors_and_boxes_inside_an_address_line(text: str, address: str) -> None:
    assert any(address in r for r in redacted(text)), (text, redacted(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Marta keeps the passphrase copper moth lantern rain for her vault.",
            "copper moth lantern rain",
        ),
        (
            "guest wifi is up: use lemon-anchor-violet to join",
            "lemon-anchor-violet",
        ),
    ],
)
def test_passphrases_right_after_the_keyword_or_joined_by_hyphens(text: str, value: str) -> None:
    assert value in redacted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the passphrase should be at least four words",
        "my password keeps getting rejected by the portal",
        "In a .env file, should I quote values like DB_PASSWORD=<your-password-here>?",
        "Which redis setting is down-after-milliseconds 5000 for the network failover?",
    ],
)
def test_talk_about_passphrases_and_config_keys_is_no_passphrase(text: str) -> None:
    assert "PASSWORD" not in detected(text), text


def test_a_han_family_name_with_an_unlisted_given_name_is_redacted() -> None:
    assert "刘毓琦" in redacted("客户刘毓琦的账号是6222 0210 0112 3456")


@pytest.mark.parametrize(
    "text",
    [
        "tolong kirim ke jl. mawar 3, gubeng, surabaya timur 60281 ya",
        "trimite coletul la str. lalelelor nr. 14, ap. 3, 410001 oradea",
    ],
)
def test_lower_case_addresses_with_the_town_before_its_code_or_a_six_digit_code(text: str) -> None:
    assert "STREET_ADDRESS" in detected(text), text


def test_numbers_beside_ordinary_lower_case_words_are_no_address() -> None:
    assert "STREET_ADDRESS" not in detected("we need 1200 chairs, 300 tables and 40 lamps")
    assert "STREET_ADDRESS" not in detected("i moved from leeds 2019 to york, 3 kids, 2 dogs")


def test_a_pin_in_the_sentence_after_a_question() -> None:
    text = "Can I reuse a PIN? Mine has been 3391 for years."
    assert "3391" in detected(text).get("PASSWORD", [])
    assert "PASSWORD" not in detected("Why do banks use PIN codes? Six digits like 000000?")


def test_a_person_named_by_their_staff_number() -> None:
    text = "Rota clash: swap Sione (staff 5519023) onto nights."
    assert "5519023" in detected(text).get("ID_NUMBER", [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please greet Farah binte Osman at the desk, she is our new hire", "Farah binte Osman"),
        ("Payee: Aiman bin Razak, acct 1234567890", "Aiman bin Razak"),
    ],
)
def test_a_particle_of_descent_joins_the_name(text: str, name: str) -> None:
    assert name in redacted(text), redacted(text)


# ---- twelfth round (invented examples) ----


@pytest.mark.parametrize(
    "text",
    [
        "List the dates: the charter was sealed on 15 June 1215 and revised on 3 November 1216.",
        "The board met on 2nd of May 2019 and again on 9 Sept 2020.",
    ],
)
def test_a_day_month_and_year_is_no_house_number(text: str) -> None:
    assert "STREET_ADDRESS" not in detected(text), detected(text)


def test_a_street_named_after_a_month_is_still_an_address() -> None:
    assert "STREET_ADDRESS" in detected("send it to 14 June Street, Leeds LS1 4AB")


def test_a_compass_point_before_a_place_is_a_region() -> None:
    assert detected("Is Northern Ontario colder than Western Europe in March?") == {}
    assert "North West" in detected("My colleague North West sent me the draft.").get("PERSON", [])


@pytest.mark.parametrize(
    "text",
    [
        "Test the regex on GB33 BUKB 2020 1555 5555 55.",
        "My checkout demo uses the test card 5555 5555 5555 4444 from the Stripe docs.",
    ],
)
def test_the_groups_of_a_test_iban_or_card_are_no_phone_or_pin(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_real_iban_beside_a_phone_keeps_both() -> None:
    found = detected("my iban is GB71 MIDL 4051 2277 3381 54 and phone 07700 900123")
    assert found.get("PHONE_NUMBER") == ["07700 900123"]
    assert "IBAN_CODE" in found
    assert "PERSON" not in found  # "iban" in lower case is the abbreviation


def test_a_lower_case_russian_name_with_its_patronymic() -> None:
    text = "помоги написать письмо: анна петровна смирнова просит перенести встречу"
    assert detected(text).get("PERSON") == ["анна петровна смирнова"]
    assert detected("отличная погода сегодня в москве") == {}


def test_a_hindi_name_before_ne_or_ji() -> None:
    assert "सुनीता" in detected("सुनीता ने बताया कि मीटिंग कल है, reply in english").get("PERSON", [])
    assert detected("भारत ने मैच जीता") == {}  # India (a given name too) won the match


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('the customer name "Ilse Vermeer" shows up twice in the export, why?', "Ilse Vermeer"),
        (
            "The CSV import drops the hyphen in the client name 'Tobiloba Adeyemi-Cole', why?",
            "Tobiloba Adeyemi-Cole",
        ),
    ],
)
def test_a_full_name_quoted_after_the_word_name(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "What does the name 'Aoife' mean in Irish?",
        "Write a function that greets the name 'John Doe'.",
    ],
)
def test_a_name_asked_about_or_a_sample_name_in_quotes_is_not_cued(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Is Okafor-Lindqvist on call this weekend? The rota is blank.",
            "Okafor-Lindqvist",
        ),
        ("Is Brannigan on call this weekend or should I ring the agency?", "Brannigan"),
    ],
)
def test_someone_asked_about_as_on_shift_or_on_call(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_ship_or_a_city_on_duty_is_no_person() -> None:
    assert detected("Is Paris in the Schengen area?") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Were the 2009-2014 hatchbacks recalled for the brake issue?",
        "What does `wget --user=alice --password=x` differ from curl -u USER:SECRET https://h.example.org?",
        "Put your key where the README shows sk-xxxxxxxxxxxxxxxxxxxxxxxx and rerun.",
        "My tracking number 1Z 9F2 K41 55 0183 2207 has not moved in four days.",
        "DB_DSN=mysql://APP_USER:PASSWORD@db-host:3306/shop\nMAPS_TOKEN=pk_live_CHANGE_ME",
        "kind: Service\nmetadata:\n  name: payments-api\n  labels:\n    tier: backend",
        "- name: Restart cron\n  hosts: workers\n  tasks: []",
    ],
)
def test_years_placeholders_tracking_groups_and_config_names_are_no_identifiers(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_year_range_given_as_a_phone_is_still_a_phone() -> None:
    assert "2017-2034" in detected("call me on 2017-2034").get("PHONE_NUMBER", [])


def test_a_cli_password_that_is_no_placeholder_is_found() -> None:
    assert "Tealkettle58" in detected("curl -u priya:Tealkettle58 https://x.example.com").get(
        "PASSWORD", []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Which Tube line stops nearest to Harley Street for the clinics?",
        "Who cooks at Easter in a big family, and how do you share the work?",
        "cron log:\n14 Mar 2023 03:00:01 job started\n14 Mar 2023 03:00:09 job done",
        "The library is open Mondays and Fridays until eight.",
    ],
)
def test_streets_holidays_months_and_weekdays_are_no_people(text: str) -> None:
    assert "PERSON" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient record\nname: Ilse Vermeer\nward: 4", "Ilse Vermeer"),
        ("Sign-in form\nName: Sunny\nRoom: 4", "Sunny"),
        ("My colleague June Okafor starts on 3 March.", "June Okafor"),
        ("Maeve Street from accounts emailed me", "Maeve Street"),
    ],
)
def test_names_beside_those_rules_stay_names(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merge the rows for Sao Paulo and Zurich, they are the same as the accented ones.",
        "commit 3fa9d10\nAuthor: ci-runner\nDate:   Tue Sep 17 09:41:02 2024 +0000\n\n    bump deps",
        "Quarter      Revenue   Margin\nQ1           1.2M      31%",
    ],
)
def test_unaccented_places_log_dates_and_table_columns_are_no_people(text: str) -> None:
    assert "PERSON" not in detected(text), detected(text)


def test_a_birthday_after_a_possessive_is_no_saints_day() -> None:
    found = detected("Plan a lemon cake for my uncle tavi's 60th, he can't have nuts.")
    assert any("tavi" in value for value in found.get("PERSON", [])), found


def test_a_saints_day_is_no_person() -> None:
    assert "PERSON" not in detected("Do Scottish schools close for St Andrew's Day?")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The bike shed padlock: 07-33-21, lock it after you.", "07-33-21"),
        ("pool locker? 8-26-40 if you need my goggles", "8-26-40"),
    ],
)
def test_a_combination_right_after_the_lock(text: str, code: str) -> None:
    assert code in detected(text).get("PASSWORD", []), detected(text)


def test_a_date_after_a_safe_is_no_combination() -> None:
    assert detected("The safe was opened on 12-03-21 by the police.") == {}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hur mycket kostar ett månadskort i Göteborg för studenter?", "Hur"),
        ("Wat kost een treinkaart van Utrecht naar Gent in het weekend?", "Wat"),
        ("Vad betyder det här ordet? Jag hittar det inte i ordboken.", "Vad"),
    ],
)
def test_another_languages_question_words_are_no_names(text: str, word: str) -> None:
    people = detected(text).get("PERSON", [])
    assert not any(value.split()[0] == word for value in people), people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kai called me about the invoice, can you draft a reply?", "Kai"),
        ("Lang from finance emailed me twice, help me reply politely.", "Lang"),
    ],
)
def test_names_that_are_another_languages_words_stay_names(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


# ---- thirteenth round (2026-12-01) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Calculate the share of the boat hire for Kwame: £480 over 6 of us, he skipped the £22 lunch.", "Kwame"),
        ("Work out the mileage claim for Tendai: 212 miles at 45p a mile.", "Tendai"),
        ("Split the taxi fare: Zodwa, Kagiso and I paid 3 x 18 plus a 6 tip.", "Kagiso"),
    ],
)  # fmt: skip
def test_a_sum_set_the_assistant_about_someone_is_no_word_problem(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_word_problem_still_damps_its_characters() -> None:
    text = "Noor bakes 36 biscuits and packs 4 in each tin. How many tins does Noor fill?"
    assert "PERSON" not in detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Work out the monthly wage for my gardener Efua: 14 hours a week at £13.50.", "Efua"),
        ("What is a kind way to tell my hairdresser Sione I found a salon nearer home?", "Sione"),
        ("Write a short update on the survey delay for my buyers, Ravi and Meera.", "Meera"),
    ],
)
def test_someone_the_writer_employs_is_cued(text: str, name: str) -> None:
    assert any(name in value for value in detected(text).get("PERSON", [])), detected(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ravi Menon has library card QVRN 4410 2287 and wants a renewal letter.", "QVRN 4410 2287"),
        ("draft a complaint, my customer no. hx 3391 0472 and the router died", "hx 3391 0472"),
        ("Bring your health card (n.º KLMB 6620 1937 4405) to the clinic.", "KLMB 6620 1937 4405"),
    ],
)  # fmt: skip
def test_a_number_keeps_its_letter_group(text: str, number: str) -> None:
    assert number in detected(text).get("ID_NUMBER", []), detected(text)


def test_the_keyword_before_a_number_is_not_its_letter_group() -> None:
    found = detected("The dentist typed NHS number 943 476 5919 onto my son's card, is that his?")
    assert not any(v.startswith("NHS") for vs in found.values() for v in vs), found


def test_a_lower_case_national_insurance_number_named_earlier() -> None:
    text = "the pension form asks for my national insurance number, fine to text it? qq 58 20 91 d"
    assert "qq 58 20 91 d" in detected(text).get("ID_NUMBER", []), detected(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("my laptop pw is copper gulls drift slowly, should I change it?", "copper gulls drift slowly"),
        ("Vault entry: owner Mara Quist, passphrase amber kettle harbour 7", "amber kettle harbour 7"),
    ],
)  # fmt: skip
def test_passphrases_after_pw_or_ending_in_a_number(text: str, phrase: str) -> None:
    assert any(phrase in v for v in redacted(text)), redacted(text)


def test_a_pw_said_of_is_no_passphrase() -> None:
    assert detected("my pw is too short apparently, what are the rules?") == {}


def test_another_languages_phrase_with_its_little_words_is_no_name() -> None:
    text = "Kannst du mir zwei Beispiele für das Passiv geben?"
    people = detected(text).get("PERSON", [])
    assert not any("Beispiele" in value for value in people), people


def test_a_name_in_a_list_of_another_languages_words_stays() -> None:
    text = "Schreib eine kurze Nachricht an meine Kollegin Jana Brenner, dass das Treffen ausfällt."
    assert any("Jana Brenner" in v for v in detected(text).get("PERSON", [])), detected(text)


def test_a_key_printed_in_groups_near_the_wifi() -> None:
    text = "setting up the smart tv, the wifi sticker says 4KD9 QW2P 77LM but it keeps failing"
    assert "4KD9 QW2P 77LM" in detected(text).get("PASSWORD", []), detected(text)


def test_groups_of_an_iban_after_a_passport_are_no_key() -> None:
    text = "They have my passport copy and IBAN DE89 3704 0044 0532 0130 00 already."
    assert "PASSWORD" not in detected(text), detected(text)


def test_a_hyphen_prefixed_token_a_little_after_its_word() -> None:
    text = (
        "the token for our soil sensor kx-9a8b7c6d5e4f30211a2b3c4d5e6f7081 expired, how to renew?"
    )
    assert any("9a8b7c6d5e4f" in v for v in detected(text).get("API_KEY", [])), detected(text)


def test_a_build_id_with_a_prefix_is_no_token() -> None:
    assert detected("CI build ci-4f2a9b7c1d3e5f60718293a4b5c6d7e8 failed at the lint step") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("How many minibuses for 46 singers at 16 seats each? The travel coordinator is Tamati.", "Tamati"),
        ("How many flyers per street if 600 go to 25 streets? The volunteer organiser is Ngaire.", "Ngaire"),
    ],
)  # fmt: skip
def test_a_role_someone_is_said_to_hold(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_role_held_by_a_place_is_no_name() -> None:
    assert "PERSON" not in detected("The project lead is Python, the backup is Java.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("add to the mailing list: winter oakley, winter.oakley@fastmail.com", "winter oakley"),
        (
            "fix the casing in this row: june harlow | june_harlow@proton.me | tuesdays",
            "june harlow",
        ),
    ],
)
def test_the_name_an_email_spells_out(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_role_mailbox_spells_no_name() -> None:
    found = detected("write to customer care at customer.care@shopfront.com about the refund")
    assert "PERSON" not in found, found


def test_a_passphrase_quoted_after_its_word() -> None:
    text = 'Minutes: Idris read out the backup passphrase "amber lighthouse drizzle" by mistake.'
    assert "amber lighthouse drizzle" in detected(text).get("PASSWORD", []), detected(text)


def test_a_quoted_prompt_after_password_is_no_passphrase() -> None:
    text = 'Set the placeholder under Password "Enter your password here" on the sign-in form.'
    assert "PASSWORD" not in detected(text), detected(text)


def test_a_judgement_asked_of_a_real_arrangement_is_no_word_problem() -> None:
    text = (
        "Mateo covers 2/3 of the electricity and Signe 1/3 since Signe works at the office "
        "all week. Is that reasonable?"
    )
    assert "Signe" in detected(text).get("PERSON", []), detected(text)


def test_the_words_before_each_number_of_a_contact_list_are_redacted() -> None:
    spans = redacted("tidy up this list: wu +65 8123 4567, ng +65 9234 5678")
    assert "wu" in spans and "ng" in spans, spans


def test_a_word_saying_what_the_number_is_stays() -> None:
    spans = redacted("Call me on +65 8123 4567 or the office: +65 9234 5678")
    assert not any(s in ("me", "office", "Call me on") for s in spans), spans


def test_a_numbers_letter_group_is_no_name_before_it() -> None:
    assert redacted("Loan account QRX 7730 1846 for the van") == ["QRX 7730 1846"]


def test_a_when_clause_is_no_question_about_a_subject() -> None:
    text = "When Tomasz Wrona sold the van last spring, who kept the spare keys?"
    assert "Tomasz Wrona" in detected(text).get("PERSON", []), detected(text)


def test_a_when_question_about_history_still_asks() -> None:
    assert "PERSON" not in detected("When was Napoleon crowned emperor?")


def test_a_parent_telling_of_their_childs_day_is_personal() -> None:
    text = "Does 39.1 count as high in a toddler? Tomos has gone floppy and won't drink."
    assert "Tomos" in detected(text).get("PERSON", []), detected(text)


def test_a_medicine_in_a_fever_question_is_no_one() -> None:
    assert "PERSON" not in detected("Which works faster for a fever, Panadol or Advil?")


# ---- fourteenth round (2026-12-01) ----


@pytest.mark.parametrize(
    "text",
    [
        "curl -s -H 'authorization: bearer 3pz8q1wk6vj2tx9rm4hd7ln5' https://api.example.org/v2/slots",
        "Upload fails: 'Invalid token for user sync_runner: zq_4b9e17c2a8f30d65be41'",
        "our billing key is ksh_live_2m7x4q9p1v8c3t6w0r5z, is it ok in the repo?",
    ],
)  # fmt: skip
def test_a_lower_case_generated_token_is_an_api_key(text: str) -> None:
    assert "API_KEY" in detected(text), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "rename user_settings_2024_backup_table before the migration",
        "the function parseHttpResponse2xx returns None, why?",
        "my build id is rel_20240611_1 is that the newest one",
    ],
)
def test_words_and_dates_after_a_prefix_are_no_api_key(text: str) -> None:
    assert "API_KEY" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We need 12% of 240,000 in 3 years. How much a month must Rashmi and I save?", "Rashmi"),
        ("me and dario split the rent of 1,450, how much each?", "dario"),
    ],
)
def test_someone_beside_the_writer_is_cued_even_in_a_sum(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_regnal_numeral_is_not_the_writer() -> None:
    text = "Compare the reigns of Henry I and Matilda the Empress."
    assert "PERSON" not in detected(text), detected(text)


def test_a_secret_phrase_named_as_such_is_redacted() -> None:
    text = "On the phone Omar Qureshi said his secret phrase is brass otter under the old pier."
    assert "brass otter under the old pier" in redacted(text), redacted(text)


# ---- fifteenth round (2026-12-01) ----


def test_a_choice_letter_is_not_an_initial() -> None:
    text = "Who wrote the letter? A) Paul B) Mark C) Jude D) Peter"
    assert "PERSON" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Put this into Japanese for 中村 悠真: the rehearsal moves to 6 pm on Friday.", "中村 悠真"),
        ("小林ひなた、090-4417-2286、来週の面談について", "小林ひなた"),
    ],
)  # fmt: skip
def test_a_japanese_name_with_an_unlisted_given_name(text: str, name: str) -> None:
    assert name in redacted(text), redacted(text)
    assert name in detected(text).get("PERSON", []), detected(text)


def test_kana_after_a_one_character_family_name_is_a_word() -> None:
    assert "PERSON" not in detected("この時計は高いですか。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Write a farewell card for Father Ambrose, who ran the parish quiz for a decade.", "Ambrose"),
        ("Draft a thank-you email to Dr Abernethy for seeing us at short notice.", "Abernethy"),
    ],
)  # fmt: skip
def test_a_cue_reads_past_a_title(text: str, name: str) -> None:
    assert any(name in found for found in detected(text).get("PERSON", [])), detected(text)


def test_a_brand_before_to_is_no_maker() -> None:
    text = "Turn this into a short WhatsApp to Ottoline: the van comes at nine, not ten."
    assert "Ottoline" in detected(text).get("PERSON", []), detected(text)


def test_a_model_after_its_maker_is_still_no_one() -> None:
    assert "PERSON" not in detected("Is a used Porsche Cayman a sensible first sports car?")


def test_a_word_of_an_email_address_is_redacted_where_else_it_stands() -> None:
    text = "notes from the call with yaw: two logos by friday, proofs to yaw.adomako@example.net"
    assert "yaw" in redacted(text), redacted(text)


def test_a_role_mailbox_names_no_one() -> None:
    text = "Write to sales@example.com and ask whether sales tax is included for Tomasz Wrona."
    assert "sales" not in redacted(text), redacted(text)


def test_a_phrase_chosen_for_a_password_is_one() -> None:
    text = "The bank wants a spoken password for phone calls. I picked saffron kettle orbit. Fine?"
    assert "saffron kettle orbit" in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "For my password I use long random words, is that enough?",
        "Which password manager should I use for a team of five?",
    ],
)
def test_how_one_builds_a_password_is_no_password(text: str) -> None:
    assert "PASSWORD" not in detected(text), detected(text)


def test_the_name_to_sign_a_message_with_is_someone() -> None:
    text = "Answer this review kindly and invite them back, sign it from Seo-yeon."
    assert "Seo-yeon" in detected(text).get("PERSON", []), detected(text)


def test_a_lower_case_name_after_quoting_is_someone() -> None:
    text = "quoting ingrid for a logo refresh, is 900 fair for three concepts"
    assert "ingrid" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turn this into a cheerful WhatsApp to Isaura: 'glaze night moved, bring aprons'", "Isaura"),
        ("Write a postcard to Wendeline from the lakes, keep it short.", "Wendeline"),
    ],
)  # fmt: skip
def test_a_whatsapp_or_a_postcard_to_someone_is_a_message_to_them(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


# ---- sixteenth round (2026-12-02) ----


@pytest.mark.parametrize(
    "text",
    [
        "Can you move my pottery slot from Tues to Thurs afternoon?",
        "Shift pattern for the cafe: Mon 7-3, Wed 11-7, Fri 7-3. Is that under 30 hours?",
        "Reminder for the noticeboard: recycling collected Thu, garden waste every other Tue.",
    ],
)
def test_weekdays_written_short_are_no_one(text: str) -> None:
    assert detected(text) == {}, detected(text)


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Reformat as rows: Benedikt Großkreutz bgrosskreutz Finance; Mirela Dănescu mdanescu Legal", "bgrosskreutz"),
        ("Напиши письмо: Аркадий Веснин уходит, отключите учётку avesnin до пятницы.", "avesnin"),
        ("Напиши коротко: Зинаида Тимофеева переходит в другой отдел, учётку ztimofeeva перенести.", "ztimofeeva"),
        ("Tell Jolyon Ferreira-Quint his new login is jolyon.ferreira-quint7 and to change it.", "jolyon.ferreira-quint7"),
    ],
)  # fmt: skip
def test_a_username_made_of_a_name_in_the_text_is_redacted(text: str, login: str) -> None:
    assert any(login in r for r in redacted(text)), redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Which is better for a team of six, a password-manager family plan or separate accounts?",
        "Compare token-based and session-based authentication for a small web shop.",
        "Grace Hopper popularised the word 'bug'; tell that story in three sentences.",
        "Explain Dijkstra's shortest-path algorithm with a tiny example graph.",
    ],
)
def test_compound_words_and_computing_pioneers_are_no_one(text: str) -> None:
    assert detected(text) == {}, detected(text)


def test_a_han_name_alone_in_an_english_text_is_someone() -> None:
    text = "Write a tweet-length shout-out: 郑晓岚 just won our club's monthly quiz with a perfect score!"
    assert "郑晓岚" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("draft a polite reply to user velvet_marrow_88 who says the candles arrived cracked", "velvet_marrow_88"),
        ("The buyer quillfern42 has not paid after a week, what should I write?", "quillfern42"),
        ("ban player kr4ken_x from the server for spamming the raid channel", "kr4ken_x"),
    ],
)  # fmt: skip
def test_a_handle_after_the_word_for_its_holder_is_a_login(text: str, handle: str) -> None:
    assert handle in detected(text).get("ID_NUMBER", []), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Send Dazzer a message: the shed key is under the mat, alarm code 6620.", "Dazzer"),
        ("Text Jolyon a reminder: choir moved to 7, door code 3318.", "Jolyon"),
    ],
)
def test_a_name_after_a_verb_opening_the_request_is_redacted(text: str, name: str) -> None:
    assert any(name in r for r in redacted(text)), redacted(text)


def test_whoever_a_role_is_said_to_be_before_a_number_is_redacted() -> None:
    text = "for the fete checklist: the face painter is clemency 07700 900431, the raffle is ours"
    assert any("clemency" in r for r in redacted(text)), redacted(text)


def test_title_words_read_past_a_verb_opening_the_request() -> None:
    assert SCANNER.ner is not None
    text = "Send Wolfie a quick message: the shed key is under the mat."
    words = [text[s.start : s.end] for s in SCANNER.ner.title_words(text)]
    assert "Wolfie" in words, words


# ---- seventeenth round (2026-12-02) ----


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("Please email Kit Moreau about the float, and ask kit to bring change. Her number is 07700 900123.", "kit"),
        ("stall rota - tomasz novak mornings, kit moreau lunch. KIT has the keys. call 07700 900456", "KIT"),
    ],
)  # fmt: skip
def test_a_word_of_a_redacted_name_is_redacted_wherever_it_stands(text: str, again: str) -> None:
    start = text.rindex(again)
    spans = SCANNER.find_redactable(text)
    assert any(s.start <= start and s.end >= start + len(again) for s in spans), redacted(text)


def test_a_particle_of_a_redacted_name_is_not_redacted_elsewhere() -> None:
    text = "Ask Anna de Wit to sign the form, de facto she is the treasurer. Phone 07700 900789."
    spans = SCANNER.find_redactable(text)
    assert any("Anna de Wit" in text[s.start : s.end] for s in spans), redacted(text)
    facto = text.index("de facto")
    assert not any(s.start <= facto < s.end for s in spans), redacted(text)


def test_a_name_after_a_serial_comma_and_an_aside_is_redacted() -> None:
    text = (
        "Poster text for our quartet's spring recital: Orrin Vale (violin), Kasimir Vogt "
        "(viola), Bettany Strang (cello), and Wystan at the piano."
    )
    assert any(r == "Wystan" for r in redacted(text)), redacted(text)


@pytest.mark.parametrize(
    ("text", "combination"),
    [
        ("Write down for Hettie Crane: the garden shed padlock is 31 left, 7 right, 19 left.", "31 left, 7 right, 19 left"),
        ("Ask Bronwyn Tate to set the padlock to left 12 right 30 left 5 before the trip.", "left 12 right 30 left 5"),
    ],
)  # fmt: skip
def test_a_dial_combination_is_redacted(text: str, combination: str) -> None:
    assert combination in redacted(text), redacted(text)


def test_turns_of_a_route_are_no_combination() -> None:
    text = "From the station take the 2nd left, then the 1st right, then left at the lights."
    assert "PASSWORD" not in redacted_types(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Remind the volunteers that the gate code for the allotment, which the council changed over the winter, is now 7#3#1#5.", "7#3#1#5"),
        ("Please tell the new cleaner that the alarm code for the back office behind the staff kitchen upstairs is 2*8*1*4*6.", "2*8*1*4*6"),
    ],
)  # fmt: skip
def test_a_keypad_code_far_after_its_keyword_is_detected(text: str, code: str) -> None:
    assert code in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Monitoring centre note: if the alarm goes off, ring Petra Lindahl on 07700 900233 and ask for the code word marigold.", "marigold"),
        ("Carer notes for Mr Ashdown: the safeword for the front door intercom is heronsgate.", "heronsgate"),
    ],
)  # fmt: skip
def test_the_word_after_code_word_or_safe_word_is_redacted(text: str, word: str) -> None:
    assert word in redacted(text), redacted(text)


def test_a_question_about_code_words_names_no_secret() -> None:
    text = "What is a code word in cryptography, and how is it different from a cipher?"
    assert "PASSWORD" not in redacted_types(text), redacted(text)


# ---- eighteenth round (2026-12-02) ----


def test_a_choice_letter_is_no_initial() -> None:
    text = (
        "The shrine at the centre of the old quarter is called:\n"
        "A. Darbar Hall\nB. Mandir Gate\nC. Tirath Sahib\nD. Ghat Steps"
    )
    assert "PERSON" not in detected(text), detected(text)


def test_an_initial_and_a_surname_outside_a_question_are_still_a_name() -> None:
    text = "Sign-in sheet for the workshop: E. Okonkwo arrived 9:10, left at noon."
    assert "E. Okonkwo" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council meeting is on Tuesday 14 October 7.15pm in the hall; doors open from 6pm.",
        "Bell-ringing practice is on Thursday 23 January 6.45pm, same room.",
    ],
)
def test_a_date_and_an_hour_are_no_street_address(text: str) -> None:
    assert "STREET_ADDRESS" not in detected(text), detected(text)


def test_a_house_number_street_and_number_are_still_an_address() -> None:
    text = "Ship it to 3114 Marbella 22 Oosterhout please, my number is 07700 900561"
    assert "3114 Marbella 22 Oosterhout" in detected(text).get("STREET_ADDRESS", []), detected(text)


def test_a_word_listed_between_two_names_is_redacted() -> None:
    text = "seating plan pls: me, rob, tash, gems and pip. rob and pip cannot sit together. my number 07700 900418"
    assert "gems" in redacted(text), redacted(text)


def test_a_thing_listed_after_names_is_not_redacted() -> None:
    text = (
        "shopping for the party, tash and pip bring crisps, cake and juice. call me on 07700 900418"
    )
    assert not {"crisps", "cake", "juice"} & set(redacted(text)), redacted(text)


def test_a_name_greeted_in_another_language_is_detected() -> None:
    text = "Translate into English: «Γεια σου Σπύρο, το κλειδί είναι στο γραμματοκιβώτιο. Μαρίνα»"
    found = detected(text).get("PERSON", [])
    assert "Σπύρο" in found, detected(text)
    assert "το" not in redacted(text), redacted(text)  # Greek writes a name with a capital


def test_hello_world_in_another_language_is_no_greeting() -> None:
    assert "PERSON" not in detected('What does print("Hola Mundo") output in Python?')


def test_a_name_after_our_driver_is_detected() -> None:
    text = "Write a short note to our driver Борислав saying the depot opens at 6."
    assert "Борислав" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("refund help: i paid by bank transfer to account name t wexley and never got the item", "t wexley"),
        ("the broadband contract is still under autumn's name, how do i move it to mine?", "autumn"),
    ],
)  # fmt: skip
def test_whose_name_an_account_is_in_is_detected(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_column_called_account_name_names_no_one() -> None:
    text = "the account name field is empty in the CSV export, how do I fill it?"
    assert "PERSON" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kit fund so far: £96 of the £150 grant. James bought the cones, Radek and Fenna paid for the bibs. How much is left?", "James"),
        ("Cake stall float: £40. Ines counted the coins, Bartek and Wen took the notes to the bank. How much was made if we banked £212?", "Ines"),
    ],
)  # fmt: skip
def test_a_given_name_that_looks_inflected_opening_a_sentence_is_redacted(
    text: str, name: str
) -> None:
    assert name in redacted(text), redacted(text)


def test_in_gods_name_names_no_one() -> None:
    assert "PERSON" not in detected("In God's name, why is the broadband contract so long?")


def test_the_other_names_of_a_list_of_names_and_numbers_are_redacted() -> None:
    text = "Rota for the bar this week, hours: bex 30h, tomasz 26h, ro 38h, jude k 12h. who should get the extra sunday shift? call me on 07700 900512"
    found = redacted(text)
    assert "ro" in found, found
    assert "jude k" in found, found


def test_the_name_an_e_mail_address_is_built_from_is_redacted_whole() -> None:
    text = "Add t. marlowby to the volunteer list, her address is tmarlowby.mail@example.org, and send the welcome pack"
    assert "t. marlowby" in redacted(text), redacted(text)


def test_a_lower_case_ni_number_after_ni_numbers_is_detected() -> None:
    text = "checking my new starter forms: the ni numbers are all filled in, the last one reads pq 12 34 56 c, is that a valid format?"
    assert "pq 12 34 56 c" in detected(text).get("ID_NUMBER", []), detected(text)


def test_a_given_name_that_is_a_verb_is_redacted_before_what_the_person_does() -> None:
    text = "Fete jobs: Sue does the raffle, Idris runs the tombola and Petra Lindqvist brings the cakes. Call 07700 900514."
    assert "Sue" in redacted(text), redacted(text)


def test_a_given_name_signing_off_a_message_is_redacted() -> None:
    text = "translate to german pls: hi jonas, tent pegs go in the red van, poles in the blue one. text 07700 900418 if anything is missing. mike"
    assert "mike" in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("can u draft a welcome note for the adeyemi family moving into no. 9, we're doing a card from the whole street", "adeyemi"),
        ("what should the royal family do about the press?", None),
    ],
)  # fmt: skip
def test_a_family_named_by_its_surname_in_lower_case(text: str, family: str | None) -> None:
    found = detected(text).get("PERSON", [])
    assert (family in found) if family else not found, detected(text)


def test_a_thanks_and_the_next_sentence_name_no_one() -> None:
    assert "PERSON" not in detected("Thanks! And what is the capital of France?")


def test_a_thanks_a_comma_and_the_next_clause_name_no_one() -> None:
    assert "PERSON" not in detected("Thanks, and what is the capital of France? Thanks, But why?")


# ---- nineteenth round (2026-12-02) ----


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a question put to the assistant, not a set word problem
            "Could you tally this for the minibus: Oyelaran put in £60, Brisco £45 and "
            "Tavish £30. What's still owed on the £210 hire?",
            {"Oyelaran", "Brisco", "Tavish"},
        ),
        (  # the writer is one of the people the sum is about
            "Holiday cottage money: Idwal paid the £400 deposit, Ffion paid £150, I paid "
            "£70. How much should each of us get back if the total came to £540?",
            {"Idwal", "Ffion"},
        ),
    ],
)
def test_names_in_a_real_sum_are_not_word_problem_characters(text: str, names: set[str]) -> None:
    assert names <= set(detected(text).get("PERSON", [])), detected(text)


def test_a_third_person_word_problem_stays_clean() -> None:
    text = "Ottilie paid $40 for the tickets and Brann paid $25. How much more did Ottilie pay?"
    assert not detected(text), detected(text)


def test_a_japanese_address_with_hyphenated_block_numbers() -> None:
    text = "新住所は 兵庫県神戸市中央区元町通4-2-18 コーポ元町301 です。携帯 090-5123-4567"
    found = detected(text).get("STREET_ADDRESS", [])
    assert "兵庫県神戸市中央区元町通4-2-18 コーポ元町301" in found, detected(text)


def test_a_month_range_after_a_japanese_city_is_no_address() -> None:
    assert not detected("愛知県名古屋市の3-4月の平均気温を教えてください。")


def test_a_name_after_yo_is_detected() -> None:
    text = "Make this polite: yo Bash the sarge says bring ur ID and the orders at 0700"
    assert "Bash" in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "tidy these notes pls: - rafe to reset the till pin to 4471 - kit chases the supplier",
            "kit",
        ),
        (
            "tidy these notes pls: - till pin now 4471 - lux to order more cups - fitz owes £15",
            "lux",
        ),
        (
            "pls check: card 4539 1488 0343 6467 was declined, jem reckons its the bank. ring "
            "tash on 07700 900531 if u hear anything",
            "jem",
        ),
    ],
)
def test_a_lower_case_name_in_a_person_slot_is_redacted(text: str, name: str) -> None:
    assert name in redacted(text), redacted(text)
    assert name not in detected(text).get("PERSON", [])  # redaction only: it flags nothing


def test_a_role_before_an_ordinary_word_is_no_name() -> None:
    text = "help me swap the porter shift. im on 07700 900532, my email is jo.kerr@example.org"
    assert "shift" not in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "draft a text to big rory on days asking to swap his shift. number 07700 900656",
            "big rory",
        ),
        ("ช่วยแปลหน่อย: คุณวันดี มีสุข โทรมาที่ 089 123 4567 เรื่องค่าเช่า", "วันดี มีสุข"),
        ("申請者: カルロス・メンドーサ / 電話: 080-1111-2233", "カルロス・メンドーサ"),
    ],
)
def test_nicknames_and_names_of_other_scripts_are_redacted_whole(text: str, name: str) -> None:
    assert name in redacted(text), redacted(text)


def test_a_relation_after_little_is_no_name() -> None:
    assert "little sister" not in redacted("text my little sister the door code 4471 pls")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Помоги написать записку: ключи оставить у Ирине Волковой, телефон +7 916 111-22-33.",
            "Ирине Волковой",
        ),
        (
            "Μπορείς να γράψεις ένα μήνυμα στην Ελένη Κωστάκη ότι το ραντεβού αλλάζει; "
            "Το email της είναι ekostaki@example.gr.",
            "Ελένη Κωστάκη",
        ),
    ],
)
def test_a_greek_or_cyrillic_name_in_another_case_is_redacted_whole(text: str, name: str) -> None:
    assert name in redacted(text), redacted(text)


def test_a_three_digit_padlock_combination_is_a_password() -> None:
    text = "Note for the new allotment holders: the tool shed padlock is 482, the water tap is on the left."
    assert "482" in detected(text).get("PASSWORD", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "How old is a padlock that is 150 years old worth?",
        "A bike lock is 3 digits: how many combinations are there?",
    ],
)
def test_a_lock_with_a_number_that_is_no_combination(text: str) -> None:
    assert "PASSWORD" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Sort these raffle pledges by amount: Wilf £40, Odette £75, Kasia £25. Who should get a "
            "thank-you first?",
            {"Odette", "Kasia"},
        ),
        (
            "We're buying a leaving gift for Thorvald. In so far: Bridie £30, Anouk £25. The gift "
            "is £150. How much more do we need?",
            {"Bridie", "Anouk"},
        ),
    ],
)
def test_a_sorted_list_or_a_sum_the_writer_needs_is_no_word_problem(
    text: str, names: set[str]
) -> None:
    assert names <= set(detected(text).get("PERSON", [])), detected(text)


def test_a_lower_case_name_that_set_something_up_is_redacted() -> None:
    text = "wren set up the club wifi, network elm-hall and pw copperfinch7714. write a sign for it"
    assert "wren" in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "minutes pls: present: dunc, mirela, chris p and wyn. apologies from tobi. safe code now 4471",
            "wyn",
        ),
        (
            "our old gardener bill says we owe him for 4 visits, i paid to gb58 barc 2031 7468 2950 11",
            "bill",
        ),
        (
            "reply to the site manager fi - yes i can cover saturday, my number is 07700 900738",
            "fi",
        ),
    ],
)
def test_attendees_and_a_role_before_a_name_are_redacted(text: str, name: str) -> None:
    assert name in redacted(text), redacted(text)


def test_the_writer_among_attendees_is_not_redacted() -> None:
    text = "Minutes of the call with card 4539 1488 0343 6467 on file, attendees Ilse Brandt, Oren Tal, and me."
    assert not {"me", "and me"} & set(redacted(text)), redacted(text)


# ---- twentieth round (2026-12-03) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pls tidy: voicemail from rusty - the boiler part is in, ring 07700 900418", "rusty"),
        (
            "is this legit? fob 3 registered to dawn flat 9, card 4539 1488 0343 6467 declined",
            "dawn",
        ),
        (
            "help me plan a retirement party for dot, 30 years on the tills, her son says no "
            "speeches, 07700 900277",
            "dot",
        ),
        (
            "sort the rota: jade can only do sundays, big wilf anything, ring me on 07700 900366",
            "jade",
        ),
        ("sort the rota: big wilf anything, baz nights, ring me on 07700 900366", "baz"),
        (
            "summarise call log: 08:50 mrs quenby re the mooring fee. 09:20 rusty from the "
            "boatyard.",
            "rusty",
        ),
    ],
)
def test_a_lower_case_name_in_a_message_a_thing_or_a_rota_slot_is_redacted(
    text: str, name: str
) -> None:
    assert name in redacted(text), redacted(text)


def test_slot_words_that_are_no_one_stay() -> None:
    text = (
        "my ssn is 123-45-6789. the van is registered to work, email from home - i can only "
        "do weekends, most nights. 09:20 call from the boatyard. a leaving do for everyone"
    )
    kept = {"work", "home", "weekends", "most", "call", "everyone"}
    assert not kept & {w for value in redacted(text) for w in value.split()}, redacted(text)


def test_someone_who_weighs_in_after_a_sum_is_detected() -> None:
    text = "How long to sail 12 nautical miles at 4 knots? Torin reckons three hours."
    assert "Torin" in detected(text).get("PERSON", []), detected(text)


def test_a_lock_combination_after_combo_is_a_password() -> None:
    text = "tidy my notes: gym locker 17 combo 5-12-38, ring me 07700 900512"
    assert "5-12-38" in detected(text).get("PASSWORD", []), detected(text)


def test_a_role_then_a_given_name_set_off_by_commas_is_detected() -> None:
    text = "What does code C3 mean on the report? The electrician, Anselm, ticked it."
    assert "Anselm" in detected(text).get("PERSON", []), detected(text)


def test_a_character_set_off_by_commas_in_a_book_question_stays_clean() -> None:
    assert not detected("In the novel, the detective, Hercule, never marries. Why not?")


def test_an_initial_and_a_word_surname_someone_appoints_is_redacted() -> None:
    text = "they said mr ostrowski at 9 fenwick lane has appointed r. baker as his surveyor"
    assert any("baker" in value for value in redacted(text)), redacted(text)


def test_a_profile_line_handle_is_redacted() -> None:
    text = "@quietmendingmo · Demelza Ruthven-Ash, upholsterer in Truro, 07700 900812"
    assert "@quietmendingmo" in redacted(text), redacted(text)


def test_a_code_said_in_another_language_is_redacted() -> None:
    text = "Traduis: « C'est Fabrice Lanot, la clé est sous le pot, le code c'est 8C41. »"
    assert "8C41" in redacted(text) and "PASSWORD" in redacted_types(text), redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "My NAS has a 6,000 GB Drive bay and 3 slots. Is RAID 5 wise for it?",
        "A camera writes 3 GB a day. With a 1,500 GB drive, how many days fit?",
    ],
)
def test_a_storage_size_before_drive_is_no_address(text: str) -> None:
    assert "STREET_ADDRESS" not in detected(text), detected(text)


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        (
            "make this a profile: name Ji-ho Baek, goes by rusty, 010-5521-8804, based in Daegu",
            "rusty",
        ),
        (
            "notes: new starter radomir pelczynski (goes by moss), laptop needed, ring 07700 900733",
            "moss",
        ),
    ],
)
def test_a_nickname_a_dictionary_has_after_goes_by_is_redacted(text: str, nickname: str) -> None:
    assert nickname in redacted(text), redacted(text)


def test_what_was_called_stays() -> None:
    text = "she called the office, then called home. my ssn is 123-45-6789"
    assert not {"office", "home"} & set(redacted(text)), redacted(text)


def test_a_code_named_with_words_between_is_redacted() -> None:
    text = (
        "¿Qué significa? Mi casero Anselmo escribe: el código del garaje es 1986c, abre a las ocho"
    )
    assert "1986c" in redacted(text), redacted(text)


# ---- twenty-second round (2026-12-03): rules from the 156th-159th sets' tune half ----


def test_a_lock_said_to_be_now_a_number_is_a_password() -> None:
    text = "heads up: the depot padlock is now 6042, the day crew dont know yet"
    assert "6042" in detected(text).get("PASSWORD", []), detected(text)


def test_a_combination_named_after_its_locker_is_a_password() -> None:
    text = "Note for Ottoline: the kit is in locker 22 by the pool, third row, combination 4-20-11."
    assert "4-20-11" in detected(text).get("PASSWORD", []), detected(text)


def test_who_is_on_what_in_notes_is_redacted() -> None:
    text = "tidy these notes: ade front desk, jo covering lunch, gate code now 6615, dot chasing the van hire"
    assert "dot" in redacted(text), redacted(text)


# ---- twenty-third session (2026-12-03): rules from the tune halves of the 130th-159th sets ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "tidy this text pls: hello june, the car is ready at 4, pay at the desk or call 07700 900417",
            "june",
        ),
        ("remind me to text kemal that rose can cover the saturday shift, door code 4471", "rose"),
        ("the cctv login is yard_admin pw mudflap22, how can dot log in from her phone", "dot"),
        (
            "pin 5520 for the van, send a reminder to hope not to lend the keys out",
            "hope",
        ),
    ],
)
def test_a_lower_case_word_name_greeted_asked_to_do_a_job_or_written_to_is_redacted(
    text: str, name: str
) -> None:
    assert name in redacted(text), redacted(text)


def test_greeting_and_job_slots_leave_words_that_are_no_one() -> None:
    text = "hey all, the wifi pw is bluebell88. thanks again, so the bill will be paid and that hope can wait"
    kept = {"all", "again", "bill", "hope"}
    assert not kept & {w for value in redacted(text) for w in value.split()}, redacted(text)


def test_a_listed_given_name_beside_one_name_in_a_tally_is_redacted() -> None:
    text = "split the float: marek put in £40, grant £25, chidinma £35. who owes who"
    assert "grant" in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("कृपया संदेश भेजें: ग्राहक सुरेखा वर्मा का फ़ोन +91 98111 20417 है", "सुरेखा वर्मा"),
        ("לקוח: יוסי לוי, טלפון +972 52 611 2039", "יוסי לוי"),
    ],
)
def test_the_word_before_a_listed_surname_in_an_uncased_script_is_redacted(
    text: str, name: str
) -> None:
    assert any(name in value for value in redacted(text)), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "share the petrol for the filey trip with me, robin and clover: 180 miles at 40mpg, ring 07700 900511",
            "robin",
        ),
        (
            "call log: 08:55 summer (landlady) re the boiler, 09:30 ravi 07700 900612 about keys",
            "summer",
        ),
        ("rota notes: ifeoma lates all week, dawn off 3-8 sept, ring 07700 900733", "dawn"),
        (
            "split the taxi: £60, grant drove, passengers ifeoma and tadeusz. ring 07700 900733",
            "grant",
        ),
    ],
)
def test_a_lower_case_word_name_sharing_with_me_in_a_call_log_away_or_driving_is_redacted(
    text: str, name: str
) -> None:
    assert name in redacted(text), redacted(text)


def test_the_other_heads_of_notes_on_people_are_redacted() -> None:
    text = "Summarise today's notes: Otto – scales better. Wilhelmina – forgot her book. Anouk – ready for the exam. Bonnie – left early, dad to pay."
    assert "Bonnie" in redacted(text), redacted(text)


def test_heads_of_notes_that_are_no_one_stay() -> None:
    text = "Notes for Otto Brandvold, 07700 900811: Otto – scales better. Anouk – ready. Homework – none. Parking – full."
    assert not {"Homework", "Parking"} & set(redacted(text)), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นักเรียน ธนากร มั่นคงดี เบอร์โทร 089 512 7730", "ธนากร มั่นคงดี"),
        ("ลูกค้า ปริญญา ทองมา อีเมล parinya.t@example.com", "ปริญญา ทองมา"),
    ],
)
def test_a_thai_name_after_a_role_word_or_a_listed_given_name_is_redacted(
    text: str, name: str
) -> None:
    assert any(name in value for value in redacted(text)), redacted(text)


def test_an_australian_medicare_number_is_an_id_when_its_check_digit_holds() -> None:
    good = "Medicare number on the camp form for Otto Brandvold: 2953 17465 1, valid to 05/2028"
    bad = "Medicare number on the camp form for Otto Brandvold: 2953 17461 1, valid to 05/2028"
    assert "2953 17465 1" in detected(good).get("ID_NUMBER", []), detected(good)
    assert "2953 17461 1" not in redacted(bad), redacted(bad)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Compose a little verse for our goalkeeper Tobias, who stopped three penalties.",
            "Tobias",
        ),
        ("What does our host Bertrand mean by quiet hours after ten?", "Bertrand"),
        (
            "Please draft a greeting for my co-author Wilhelmina, joining the grant in May.",
            "Wilhelmina",
        ),
    ],
)
def test_a_name_after_our_or_my_and_a_club_or_work_role_is_sensitive(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Summarise who does what: Benedikt sweeps the yard, Ottoline waters the pots and Kasimir feeds the hens. Which of them is busiest?",
        "Put the chores into a grid: Benedikt mops on Mondays, Ottoline irons and Kasimir hoovers. Which of them is busiest?",
    ],
)
def test_an_instruction_to_organise_several_named_people_is_sensitive(text: str) -> None:
    assert detected(text).get("PERSON"), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "Benedikt owns 3 pears and Ottoline owns 5 pears. Together they own how many pears?",
        "Email our customer a two-sentence explanation of the Doppler effect.",
        "Write a story where Ottoline sails to the moon and Benedikt builds the rocket.",
    ],
)
def test_word_problems_fiction_and_a_role_with_no_name_stay_clean(text: str) -> None:
    assert not detected(text), detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "The receipt shows 440102198812153310 under the barcode, what is it?",
        "Parcel 3S 8K2 T44 19 0276 5518 still says in transit, who do I call?",
        "export WEATHER_TOKEN=wx_YOUR_TOKEN_HERE then rerun the script",
    ],
)
def test_a_bad_check_digit_a_later_group_of_a_code_and_a_placeholder_are_no_secrets(
    text: str,
) -> None:
    assert detected(text) == {}, detected(text)


def test_a_code_of_six_capitals_and_one_digit_after_its_keyword_is_an_id() -> None:
    text = "the ferry booking code is ZR8TQM, can we add a bike?"
    assert detected(text).get("ID_NUMBER") == ["ZR8TQM"], detected(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role, a comma, then who holds it (names that are words too)
        ("Put up a sign that the relief instructor, Ash, has the spare keys this week.", "Ash"),
        (
            "Who gets the cottage now that the deceased, Rowan Castle, left no will and two grown children?",
            "Rowan Castle",
        ),
        # a farewell written to someone
        (
            "Write a warm farewell to Clay for the staff newsletter, he retires after 30 years.",
            "Clay",
        ),
    ],
)
def test_a_role_set_beside_a_name_or_a_note_written_to_them_is_a_cue(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_role_beside_a_name_in_a_word_problem_stays_a_character() -> None:
    text = "The owner, Priya, bakes 24 cakes and sells 3 of them every hour. When will she have none left?"
    assert detected(text) == {}


@pytest.mark.parametrize(
    ("text", "login"),
    [
        (
            "I go by thistlecrow everywhere as my gamertag. Can people track me from that?",
            "thistlecrow",
        ),
        ("we picked harbourvole as our login on the family tablet", "harbourvole"),
    ],
)
def test_a_login_named_before_the_word_for_it(text: str, login: str) -> None:
    assert detected(text).get("ID_NUMBER") == [login]


def test_a_language_or_tool_used_as_something_is_no_login() -> None:
    assert detected("I use Python as my main language and vim as my editor") == {}


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Kennwort zurückgesetzt für Benutzer mbrandt am Montag, bitte prüfen", "mbrandt"),
        ("Passwort geändert durch Administrator ukeller-adm", "ukeller-adm"),
    ],
)
def test_a_login_built_from_a_surname_in_account_talk_of_another_language(
    text: str, login: str
) -> None:
    assert login in detected(text).get("ID_NUMBER", []), detected(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the phrase right after the word for it, with "my" before that word
        (
            "Could my passphrase copper otter kettle drums be in some breach list? How would I check?",
            "copper otter kettle drums",
        ),
        # a family's safe word or a code word, said with no "password"
        (
            "We picked a safe word for scam calls, anchor mango violin pebble. Do elderly parents remember these?",
            "anchor mango violin pebble",
        ),
        (
            "The code word for the school pickup is velvet cactus trombone river, please keep it to yourself",
            "velvet cactus trombone river",
        ),
    ],
)
def test_a_passphrase_after_the_word_for_it(text: str, phrase: str) -> None:
    assert any(phrase in found for found in detected(text).get("PASSWORD", [])), detected(text)


def test_whose_family_or_carer_is_a_cue_outside_a_word_problem() -> None:
    assert "Sunny" in detected(
        "Let the grandparents of Sunny know the school photos are ready."
    ).get("PERSON", [])
    assert (
        detected("The mum of Tavi bakes 12 buns and hands out 4 of them. What number remain?") == {}
    )
    assert detected("Who was the father of Zeus in Greek myth?") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ভর্তি ফর্ম: ফাহিম মুনতাসির, ফোন +880 1911 204 377", "ফাহিম মুনতাসির"),
        ("உறுப்பினர் பதிவு: செந்தில் வேலாயுதம், கைபேசி +91 94431 20588", "செந்தில் வேலாயுதம்"),
        ("टीम सूची: नाम ऋत्विक ठकराल, ईमेल ritvik.t@example.com", "ऋत्विक ठकराल"),
    ],
)
def test_the_first_value_of_a_form_in_an_uncased_script_is_redacted(text: str, name: str) -> None:
    assert name in redacted(text), redacted(text)


def test_a_korean_word_of_three_syllables_after_a_family_name_is_redacted() -> None:
    text = "내일 모임에 한솔찬 와요? 연락처 010-4821-7790"
    assert "한솔찬" in redacted(text), redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please thank อรุณี วงศ์ไพศาล for covering the Saturday stall.", "อรุณี วงศ์ไพศาล"),
        ("Please remind हर्षिता बघेल that the gate latch needs oiling on Sunday.", "हर्षिता बघेल"),
    ],
)
def test_two_words_of_an_uncased_script_in_an_english_text_are_a_name(text: str, name: str) -> None:
    assert name in detected(text).get("PERSON", []), detected(text)


def test_a_quoted_phrase_of_an_uncased_script_is_no_name() -> None:
    assert detected("My neighbour wrote 'ขอบคุณ มาก' on the card, what does it mean?") == {}


def test_the_first_value_of_a_thai_form_is_redacted() -> None:
    text = "ลูกค้าร้านตัดผม: วาสนา บุญมาก โทร +66 81 234 5678"
    assert "วาสนา บุญมาก" in redacted(text), redacted(text)


def test_who_takes_each_day_of_a_rota_is_redacted() -> None:
    text = "kiln rota for the pottery club: mon jude, tue radomir, wed nkem, sat hope, sun me. any gaps?"
    values = redacted(text)
    assert "jude" in values and "hope" in values, values
    assert "me" not in values, values


def test_the_first_value_of_an_ethiopic_form_is_redacted() -> None:
    text = "የአባላት መዝገብ፦ ተስፋዬ ገብሩ፣ ስልክ፦ 07700 900111"
    assert "ተስፋዬ ገብሩ" in redacted(text), redacted(text)


def test_a_message_in_another_language_to_someone_is_a_cue() -> None:
    text = "Write a card in Greek for Ξανθή Λαμπράκη thanking her for the lemons."
    assert "PERSON" in detected(text), detected(text)


def test_a_code_sent_to_the_writer_with_no_article_is_a_secret() -> None:
    text = "the bank app sent me code 730 615 - should i read it to the man on the phone?"
    assert "730 615" in detected(text).get("PASSWORD", []), detected(text)


def test_the_name_of_someone_the_writer_dealt_with_is_a_cue() -> None:
    text = "the courier name was dayo, he dropped my box behind the bins"
    assert "dayo" in detected(text).get("PERSON", []), detected(text)
    assert "PERSON" not in detected(
        "The main character name is Lily and she lives on the moon. Write a story."
    )


def test_who_takes_each_numbered_week_of_a_rota_is_redacted() -> None:
    text = "litter-pick rota: week 1 oskar, week 2 precious, week 3 tamsin, week 4 dunya. call 07700 900222"
    assert "precious" in redacted(text), redacted(text)


def test_the_first_value_of_a_cyrillic_form_is_redacted_whole() -> None:
    text = "Пријава за турнир: Јелена Јанковић, телефон +44 7700 900123"
    assert "Јелена Јанковић" in redacted(text), redacted(text)


def test_a_class_roster_is_no_code() -> None:
    text = (
        "Please update the pottery class roster: Hana Okoye, Tevita Fifita, Marco Ricci, Yuki Mori."
    )
    assert "Hana Okoye" in detected(text).get("PERSON", []), detected(text)
    code = "Why does this fail?\nclass Order(Base):\n    owner = 'placeholder'\n"
    assert detected(code) == {}, detected(code)


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("بطاقة العضو: سامي خليل، اسم المستخدم skhalil_chess", "skhalil_chess"),
        ("Анкета: Олег Савин, логин osavin_rail", "osavin_rail"),
    ],
)
def test_a_login_after_the_word_for_it_in_another_script_is_redacted(text: str, login: str) -> None:
    assert login in redacted(text), redacted(text)
