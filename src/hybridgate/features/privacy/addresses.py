"""Street addresses by pattern: a house number with a street word (English and the common
European forms, "Skovvej 14", "rue de la Paix 5"), and unit lines (Apt., Suite, PO Box)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from . import public
from .spans import Span, digit_windows

_SUFFIX = (
    "Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|"
    "Terrace|Route|Crescent|Cres|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|"
    "Creek|Cliffs?|Mews|Row|Close|Gardens|Grove|Alley|Plaza|Bypass|Ridge|Loop|Crossing|"
    "Heights|Walk|Path|Harbor|Harbour|Glen|Hollow|Knoll|Landing|Manor|Orchard|Pike|Plains|"
    "Turnpike|Vista|Estates?|Wynd|Causeway|Embankment|Quay|Wharf|Fields|Rise|Hills?|Park|"
    "Mall|Expressway|Freeway|Junction|Springs?|Meadows?|Villages?|Views?|Ports?|Mills?|"
    "Islands?|Lakes?|Shores?|Stream|Summit|Valley|Ville|Wells?|Fords?|Forges?|Greens?|Cottages|Parade|Yard|Buildings|Croft"
)
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ0-9][\wÀ-ÿ'.-]*"
ENGLISH = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?(?:[\s,]+{_NAME}){{1,4}}\s+(?:{_SUFFIX})\b\.?"
    rf"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#)\s*\d+\w*)?"
)
# "14 Av Moulay Idriss street": lower-case street word, at least one capitalised name word.
LOWER_SUFFIX = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?(?P<words>(?:\s+[\wÀ-ÿ'.-]+){{1,4}})\s+(?i:{_SUFFIX})\b\.?"
)
# A flat or suite number right after a street: a street in any case.
_UNIT_AFTER = re.compile(r",?\s+(?i:apt\.?|apartment|suite|ste\.?|unit|flat|#)\s*#?\d+\w*")
# House number, street name, number: "2716 Orsola 12 Valbrune", "3172 Wiesental 18".
NUMBERED = re.compile(
    r"\b\d{2,6}[ \t]+(?:[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ\u0391-\u03a9][\wÀ-ÿĀ-ž'.-]{2,}[ \t]+){1,3}\d{1,5}\b"
    r"(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][\wÀ-ÿ'-]+)?"
)
# US military and diplomatic mail: "PSC 7589, Box 0572 APO AE 20040", "USNS Møller FPO AA 85844".
MILITARY = re.compile(
    r"\b(?:(?:PSC|Unit|CMR)\s+\d{1,5},?\s+Box\s+\d{1,5},?\s+|(?:USNS|USS|USCGC)\s+[\wÀ-ÿ'-]+,?\s+)?"
    r"(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b",
    re.IGNORECASE,  # "unit 3127 box 5521, apo ap 96341" typed in lower case
)
CORNER = re.compile(
    r"\b(?:the )?corner of\s+(?:[\wÀ-ÿ'.-]+\s+){1,4}and\s+(?:[\wÀ-ÿ'.-]+\s*){1,3}", re.IGNORECASE
)
_EURO_SUFFIX = (
    "vej|gade|vænget|straße|strasse|str\\.|weg|tie|katu|kuja|polku|gatan|vägen|väg|laan|"
    "plein|gracht|steeg|allee|platz|ring|damm|gasse|utca|u\\.|ulica|út|tér|sokak|caddesi|"
    "veien|vegen|gata|gate|straat|stræde|allé|torget|plass|vej|väylä|tanhua"
)
EUROPEAN = re.compile(
    rf"\b[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][\wÀ-ÿ'-]*(?:{_EURO_SUFFIX})\s+\d{{1,5}}[a-zA-Z]?(?:[-/]\d{{1,4}})?\b"
)
# A street word written apart from the name, then the number: Hungarian "Rákóczi u. 7",
# "kossuth út 12", German "Berliner Straße 5", Dutch/Danish "Lange Laan 3".
EUROPEAN_APART = re.compile(
    r"\b[^\W\d_]{3,}\s+(?:u\.|utca|út|útja|körút|krt\.|tér|tere|köz|sor|sétány|rakpart|"
    r"straße|strasse|str\.|allee|platz|gasse|weg|vej|gade|laan|straat|gracht|plein|gate|"
    r"gata|veien|vegen|gatan|vägen|katu|tie|ulica|sokak|caddesi)"
    r"\s+\d{1,5}[a-zA-Z]?\b(?!\s*%)",
    re.IGNORECASE,
)
# "ul. Długa 12/14 m. 7", "Calle Mayor 5, piso 3": a number with its second part
# and a flat after it.
EUROPEAN_PREFIX = re.compile(
    r"\b(?:rue|via|viale|vicolo|calle|avenida|avda\.|av\.|rua|paseo|travessa|largo|piazza|plaza|carrer|ulica|ul\.|chaussée|"
    r"chemin|boulevard)\s+(?:[\wÀ-ÿ'-]+\s+){0,4}\d{1,5}[a-zA-Z]?(?:/\d{1,5}[a-zA-Z]?)?\b"
    r"(?:,?\s+(?:m\.|lok\.|apt\.?|piso|int\.|esc\.)\s*\d{1,4}[a-zA-Z]?\b)?",
    re.IGNORECASE,
)
# The number first, then a French-style street word and its name: "17 rue des Acacias",
# "14 Avenue des Lilas", "3 bis, boulevard Saint-Michel", "8 place du Marché".
NUMBER_FIRST_PREFIX = re.compile(
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|"
    r"impasse|quai|cours|route|square|passage|avenida|rua|calle)\s+"
    r"(?:(?i:de la|de l'|des|du|de|d'|l'|la|le|dos|das|do|da|del)\s*)?"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÿ'-]+(?:[ \t]+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÿ'-]+|de|des|du|la|le))*"
)
# A unit then a lower-case street line: "flat 4, 27 kelso street".
LOWER_UNIT_STREET = re.compile(
    rf"\b(?:flat|apt\.?|apartment|unit|suite)\s*#?\d+\w?,?\s+\d{{1,5}}\w?\s+"
    rf"(?:[\wÀ-ÿ'.-]+\s+){{1,3}}(?:{_SUFFIX})\b",
    re.IGNORECASE,
)
# A street name, its number, then a unit: "Lindelaan 8, Apt. 3", "Nova Ulica 12 Suite 2".
NAME_NUMBER_UNIT = re.compile(
    r"\b(?:[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ\u0391-\u03a9][\wÀ-ÿĀ-ž'.-]+[ \t]+){1,3}\d{1,5}[a-zA-Z]?,?\s+"
    r"(?=(?:Apt\.?|Apartment|Suite|Ste\.|Unit|Flat)\s*#?\d)"
)
# A post box: an address on its own ("P.O. Box GP 4410", "Postfach 10 02 33").
PO_BOX = re.compile(
    r"\b(?:P\.?\s?O\.?\s?Box|Postfach|Apartado|Caixa Postal|Boîte postale|BP)\s*#?\s*"
    r"(?:[A-Z]{1,3}\s?)?\d{1,6}(?:[ -]\d{2,6}){0,2}[A-Za-z]?\b"
)
# A flat, an apartment, a suite: part of an address.
UNIT = re.compile(r"\b(?:Apt\.?|Apartment|Suite|Ste\.|Flat)\s*#?\s*\d{1,6}[A-Za-z]?\b")
# The same typed in lower case ("apt. 595", "suite 292"): weaker ("a test suite 3"), below
# the detection threshold, though like any address span it anchors the names beside it.
UNIT_LOWER = re.compile(r"\b(?:apt\.?|apartment|suite|ste\.)\s*#?\s*\d{1,6}[a-z]?\b")
# A numbered street typed all in lower case ("217 lovers lane", "1737 cheriton dr"): as
# often a phrase ("5 minutes to walk"), so a redaction candidate only.
LOWER_STREET = re.compile(
    r"\b\d{1,5}[a-z]?\s+(?:[a-zß-öø-ÿ'-]+\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|"
    r"drive|dr|close|crescent|cres|terrace|court|ct|boulevard|blvd|way|parkway|pkwy|"
    r"highway|hwy|grove|gardens|gdns|mews|circle|cir|square|sq|trail)\b\.?"
)
# A European street typed in lower case, for the suffixes no English word ends in:
# "snellmaninkatu 55", "loorenstrasse 149", "kastanienallee 3" ("string 5" is no street).
EUROPEAN_LOWER = re.compile(
    r"\b[a-zß-öø-ÿā-ž][\wß-öø-ÿā-ž'-]{2,}(?:straße|strasse|katu|gatan|vägen|vej|gade|veien|"
    r"vegen|utca|ulica|straat|gracht|allee|platz|gasse)\s+\d{1,5}[a-z]?(?:[-/]\d{1,4})?\b"
)
_EUROPEAN_LOWER_TAIL = re.compile(EUROPEAN_LOWER.pattern + r"\Z")
# "Unit 3" alone is as often a course unit ("Unit 3: thermodynamics"): a redaction
# candidate, an address only with a street line beside it (`join` makes one span of them).
UNIT_WORD = re.compile(r"\bUnit\s*#?\s*\d{1,6}[A-Za-z]?\b")


# Russian and Ukrainian addresses, with their abbreviations (a town, a street word, its name,
# the house after "d." or "bud.", a building or flat, the town and postcode after).
_CYR = "А-ЯЁЄІЇҐ"
CYRILLIC = re.compile(
    rf"(?:(?:г|с|ст|пос|п|дер|д|клх|м|смт|х|аул)\.?[ \t]+[{_CYR}][\w'’-]*"
    r"(?:[ \t]+\([\w.]+\))?,[ \t]*)?"
    r"(?:(?:ул|пр|просп|пер|ш|наб|бул|алл|пл|туп|вул|пров|пр-д|б-р)\.[ \t]*|"
    r"(?:улица|проспект|переулок|шоссе|набережная|бульвар|аллея|площадь|тупик|проезд|"
    r"вулиця|провулок|шосе|набережна|площа|узвіз|проїзд|сквер|парк|майдан|алея)[ \t]+)"
    rf"[{_CYR}0-9][\w'’-]*(?:[ \t]+[{_CYR}0-9][\w'’-]*){{0,3}}"
    r",?[ \t]+(?:д|буд|дом)\.?[ \t]*\d+[\w/]*(?:[ \t]+(?:стр|к|корп|кв)\.?[ \t]*\d+[\w/]*)*"
    rf"(?:,[ \t]*[{_CYR}][\w'’-]*(?:[ \t]+[{_CYR}][\w'’-]*)?)?(?:,[ \t]*\d{{5,6}})?",
    re.IGNORECASE,
)


# A Chinese or Japanese address: a run of Han and kana holding a division (省 市 区 県 …)
# that reaches a numbered unit (号 番地 室 栋 丁目 …), the rest of its number groups, then
# a building name with its number and a postcode: "广东省深圳市南山区科技园南路18号2栋1506室
# 518057", "東京都港区芝公園4丁目2番8号 芝ハイツ201".
_HAN_KANA = r"\u3005\u3040-\u30ff\u3400-\u9fff"
_NUM = r"(?:\d+|[０-９]+)"
_UNIT = r"(?:号|番地|番|室|栋|棟|楼|階|丁目|弄|巷|座)"
CJK = re.compile(
    rf"[{_HAN_KANA}]{{1,12}}(?:省|県|都|府|道|市|区|県|县|州)"
    rf"[{_HAN_KANA}0-9０-９A-Za-z\-－ー]{{0,40}}?(?:{_NUM}|[A-Za-z]){_UNIT}"
    rf"(?:[{_HAN_KANA}\-－ー]{{0,6}}{_NUM}{_UNIT}?)*"
    rf"(?:[ \u3000]?[{_HAN_KANA}A-Za-z]{{1,12}}{_NUM}(?:{_UNIT})?)?"
    r"(?:[ \u3000,，]?\d{3}-?\d{3,4})?"
)

# Japan's postal mark opens an address: "〒530-0012 大阪府大阪市北区芝田1-4-2" (the block
# numbers written with hyphens, no unit word).
JA_POSTAL = re.compile(
    rf"〒[ \u3000]?\d{{3}}-?\d{{4}}[ \u3000]?[{_HAN_KANA}]"
    rf"[{_HAN_KANA}0-9０-９\-－ー]{{1,40}}"
)

# A Japanese address with its block numbers joined by hyphens, no unit word: a division (都
# 道 府 県 市 区 町 村), the district, then chōme, block and house ("大阪府大阪市北区梅田
# 3-4-12"), or two numbers and the building with its room ("…吉田本町5-9 ハイツ吉田102").
# Not a range after a place ("東京都の2-3日").
_HYPHEN = r"[-－ー−]"
JA_BLOCKS = re.compile(
    rf"[{_HAN_KANA}]{{1,12}}(?:都|道|府|県|市|区|町|村)[{_HAN_KANA}]{{0,16}}?(?<!の)"
    rf"{_NUM}{_HYPHEN}{_NUM}(?:{_HYPHEN}{_NUM}(?![{_HAN_KANA}])"
    rf"(?:[ \u3000]?[{_HAN_KANA}A-Za-z]{{1,12}}[ \u3000]?{_NUM}(?:号室|号|階)?)?"
    rf"|[ \u3000]?[{_HAN_KANA}A-Za-z]{{1,12}}[ \u3000]?{_NUM}(?:号室|号|階)?)"
    r"(?![日月年時人回分秒歳個%])"
)

# A street's name, its word, then the number, as Turkish, Israeli and Gulf addresses put
# it: "Atatürk Caddesi No:45 D:3", "Ben Yehuda St 45", "Bağdat Cd. No: 221/4".
NAME_WORD_NUMBER = re.compile(
    r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3}[ \t]+"
    r"(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Mahallesi|Mah\.|"
    r"St\.?|Street|Rd\.?|Road|Ave\.?|Avenue|Blvd\.?|Boulevard)"
    r"[ \t]*(?:No[ \t]*[:.]?[ \t]*)?\d{1,5}[A-Za-z]?(?:[ \t]*/[ \t]*\d{1,4})?"
    r"(?:[ \t,]+(?:D|Daire|Kat|K)[ \t]*[:.][ \t]*\d{1,4})?\b"
    r"(?![ \t]*(?:minutes?|mins?|hours?|hrs?|km|kms|miles?|blocks?|am|pm|%|percent|times|"
    r"people|days?|weeks?|months?|years?|st|nd|rd|th)\b)"
)
# A Vietnamese address: number and street, then ward (phường) and district (quận).
VIETNAMESE = re.compile(
    r"\b\d{1,4}[A-Za-z]?(?:/\d{1,4})?[ \t]+[^\W\d_][^,\n]{1,40},[ \t]*"
    r"(?:phường|Phường|P\.|xã|Xã)[ \t]*[^,\n]{1,30},[ \t]*(?:quận|Quận|Q\.|huyện|Huyện)"
    r"[ \t]*[^,\n]{1,30}(?:,[ \t]*(?:TP\.|Tp\.|thành phố|Thành phố|tỉnh|Tỉnh)?[ \t]*"
    r"[^\W\d_][^,.\n]{1,30})?"
)
# A Gulf villa or flat on a numbered street: "Villa 14, Street 22B, Al Safa 1, Dubai".
VILLA = re.compile(
    r"\b(?:Villa|Flat|Apartment|Apt\.?|Building|Bldg\.?)[ \t]+\d{1,5}[A-Za-z]?,[ \t]*"
    r"(?:Street|St\.?|Road|Rd\.?|Way)[ \t]+\d{1,4}[A-Za-z]?"
    r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t][A-Za-z][\w'’-]*){0,3}(?:[ \t]\d{1,2})?)?"
    r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?"
)


# A Korean address: province or city, district, a road (로, 길, 거리) and its number, the
# dong in brackets: "경상남도 예산군 백제고분로 61 (승현김동)", "서울특별시 송파구 오금로 87".
_HANGUL_WORD = r"[\uac00-\ud7af0-9]+"
HANGUL_ADDRESS = re.compile(
    rf"{_HANGUL_WORD}(?:시|도)[ \t]+{_HANGUL_WORD}(?:구|군|시)[ \t]+"
    rf"(?:{_HANGUL_WORD}(?:구|동|읍|면)[ \t]+)?{_HANGUL_WORD}(?:로|길|거리|대로)[ \t]*\d{{1,5}}"
    r"(?:-\d{1,5})?(?:[ \t]*\([\uac00-\ud7af0-9]+\))?"
)


# Streets everyone knows, alone with a number or a year and nothing else of an address:
# "10 Downing Street", "the 1929 Wall Street Crash", "221B Baker Street" (history, finance,
# fiction). With a postcode, a city or a flat the line is an address like any other.
FAMOUS_STREET = re.compile(
    r"(?:\d{1,4}[A-Z]?[^\S\n]+)?(?:Downing Street|Wall Street|Baker Street|Abbey Road|"
    r"Fifth Avenue|Pennsylvania Avenue|Penny Lane|Sunset Boulevard|Hollywood Boulevard|"
    r"Fleet Street|Harley Street|Savile Row|Carnaby Street|Bourbon Street|Beale Street|"
    r"Lombard Street|Sesame Street|Elm Street)(?:[^\S\n]+[A-Z][a-z]+)?"
)


# The town or street of sample addresses ("123 Main Street, Anytown, 12345", German
# "Musterstraße 1, 12345 Musterstadt"): no one's address.
_SAMPLE_TOWN = re.compile(r"\b(?:anytown|musterstadt|musterstra(?:ß|ss)e)\b", re.IGNORECASE)


# An IPv4 address: no house number or postcode has three dots ("default via 10.0.0.1").
_DOTTED_QUAD = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_QUAD_TAIL = re.compile(r"\.\d{1,3}\.\d{1,3}")  # the span stopped inside one: "via 10"


def scan(text: str) -> Iterator[Span]:
    spans = (
        s
        for s in _scan(text)
        if s.type != "STREET_ADDRESS"
        or (
            _DOTTED_QUAD.search(text, s.start, s.end) is None
            and _QUAD_TAIL.match(text, s.end) is None
            and not _year(text, s.start)
            and _DATE_FIRST.match(text, s.start) is None
        )
    )
    if _SAMPLE_TOWN.search(text) is None:
        yield from spans
        return
    for span in spans:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if span.type == "STREET_ADDRESS" and _SAMPLE_TOWN.search(line):
            span = Span(span.type, span.start, span.end, min(span.score, 0.3))
        yield span


def _scan(text: str) -> Iterator[Span]:
    windows = digit_windows(text)
    for start, end in windows:
        for span in _scan_window(text, start, end):
            if FAMOUS_STREET.fullmatch(text, span.start, span.end):
                span = Span(span.type, span.start, span.end, min(span.score, 0.4))
            yield span
    if windows and ("," in text or "\n" in text):  # parts split by commas or lines
        yield from postal_lines(text)
    if windows and re.search("[а-яё]", text, re.IGNORECASE):
        for m in CYRILLIC.finditer(text):
            yield Span("STREET_ADDRESS", m.start(), m.end(), 0.75)
    if windows and re.search(f"[{_HAN_KANA}]", text):
        for m in CJK.finditer(text):
            yield Span("STREET_ADDRESS", m.start(), m.end(), 0.8)
        for m in JA_BLOCKS.finditer(text):
            yield Span("STREET_ADDRESS", m.start(), m.end(), 0.8)
        if "〒" in text:
            for m in JA_POSTAL.finditer(text):
                yield Span("STREET_ADDRESS", m.start(), m.end(), 0.85)
    if windows and re.search("[\uac00-\ud7af]", text):
        for m in HANGUL_ADDRESS.finditer(text):
            yield Span("STREET_ADDRESS", m.start(), m.end(), 0.8)
    if "orner" in text or "ORNER" in text:
        for m in CORNER.finditer(text):
            yield Span("STREET_ADDRESS", m.start(), m.end(), 0.7)


# A number and its unit: no house number is followed by one.
_QUANTITY = re.compile(
    r"\d+(?:,\d{3})*(?:\.\d+)?[^\S\n]+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?|mg|kg|g|ml|km|miles?|metres?|meters?|percent|per cent|times|people|"
    # digital storage: "a 6,000 GB drive", "4 TB Drive"
    r"points?|[kmgtp]i?b|bytes?|gigabytes?|terabytes?)\b"
)


# A year after an article or a preposition: "a 1954 Supreme Court ruling", "since 2019
# Park …" (a house number follows "at" or opens the line).
_YEAR = re.compile(r"(?:18|19|20)\d\d\b")
_YEAR_BEFORE = re.compile(r"\b(?i:a|an|the|in|since|of|by|from|until)[^\S\n]+\Z")
# A lower-case word ending a sentence inside the street's words: "28 students. Three of
# them walk" (an abbreviation keeps its capital: "St. John's Walk").
_SENTENCE_END = re.compile(r"\b[a-zß-ÿ]{2,}[.!?]\s+[A-ZÀ-ÖØ-Þ]")


# A day, a month and a year: a date ("15 June 1215", "3rd of May 2024"), never a house
# number and its street.
_DATE_FIRST = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?(?i:jan(?:uary)?|feb(?:ruary)?|march|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\.?,?[^\S\n]+\d{4}\b"
)


# A day of the month, the month and the hour: "14 October 7", "3 Sept 10" (NUMBERED reads
# the month as a one-word street between two numbers).
_DATE_TIME = re.compile(
    r"\d{1,2}[^\S\n]+(?i:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[^\S\n]+\d{1,2}\Z"
)


def _year(text: str, start: int) -> bool:
    return (
        _YEAR.match(text, start) is not None
        and _YEAR_BEFORE.search(text, max(0, start - 8), start) is not None
    )


# Columns of a table are set apart by runs of spaces or tabs; an address's words by one.
_COLUMN_GAP = re.compile(r"[^\S\n]{2,}|\t")


def _scan_window(text: str, start: int, end: int) -> Iterator[Span]:
    for pattern, score in (
        (NAME_WORD_NUMBER, 0.75), (VIETNAMESE, 0.75), (VILLA, 0.75),
        (ENGLISH, 0.85), (EUROPEAN, 0.8), (EUROPEAN_APART, 0.7), (EUROPEAN_PREFIX, 0.7),
        (LOWER_UNIT_STREET, 0.8), (NAME_NUMBER_UNIT, 0.7), (PO_BOX, 0.7), (UNIT, 0.7),
        (UNIT_WORD, 0.45), (UNIT_LOWER, 0.45), (EUROPEAN_LOWER, 0.6),
        (NUMBERED, 0.6),
        (NUMBER_FIRST_PREFIX, 0.7),
    ):  # fmt: skip
        for m in pattern.finditer(text, start, end):
            if _QUANTITY.match(text, m.start()):
                continue  # "40 minutes. The ECG shows ST …": a quantity, not a house number
            if len(_COLUMN_GAP.findall(m.group())) >= 2:
                continue  # "07  MSFT    412": cells of a table aligned in columns
            if pattern is NUMBERED and _DATE_TIME.match(m.group()):
                continue  # "Tuesday 14 October 7.15pm": a day, its month and a time
            yield Span("STREET_ADDRESS", m.start(), m.end(), score)
    for m in LOWER_SUFFIX.finditer(text, start, end):
        if _QUANTITY.match(text, m.start()) or _year(text, m.start()):
            continue
        if _SENTENCE_END.search(m.group()):
            continue
        if any(w[:1].isupper() for w in m.group("words").split()):
            yield Span("STREET_ADDRESS", m.start(), m.end(), 0.75)
        elif unit := _UNIT_AFTER.match(text, m.end()):  # "12 fourth avenue suite 697"
            yield Span("STREET_ADDRESS", m.start(), unit.end(), 0.7)
    if "PO " in text[start:end] or "po " in text[start:end]:
        for m in MILITARY.finditer(text, start, end):
            yield Span("STREET_ADDRESS", m.start(), m.end(), 0.9)


# ---- postcode-anchored address lines ----
# A postcode of a known shape, with the place it belongs to beside it, anchors an address
# line written the way the country writes it: "Via dei Cappellari 21, int. 3, 00186 Roma",
# "H.No. 6-3-245, Chikkadpally, Hyderabad 500020", "ul. Ogarna 42/7, 80-826 Gdańsk",
# "48 ocean crest terrace unit 3, san diego ca 92106". The line is walked back from the
# postcode over comma-separated parts that read like address parts.
# A capitalised place name of one or two words, in Latin, Greek or Cyrillic letters.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽḀ-ỸΑ-ΩΆ-ΏА-ЯЁЄІЇЎҐ"
# Up to four words, joined by the little words of place names: "Mar del Plata", "San
# Salvador de Jujuy", "Valu lui Traian", "Dublin 9".
_PLACE_JOINER = r"(?:de|do|da|dos|das|del|la|las|los|le|lui|di|du|des|van|von|der|den|sur|am|an|im)"
_PLACE = (
    rf"[{_CAPITAL}][\w'.-]*(?:[ \t]+(?:{_PLACE_JOINER}[ \t]+)?"
    rf"(?:[{_CAPITAL}][\w'.-]*|\d{{1,2}}\b)){{0,3}}"
)
# A state or province after the place: "Peixoto / MG", "Colleferro (RM)".
_STATE_TAIL = r"(?:[ \t]*/[ \t]*[A-Z]{2}\b|[ \t]+\([A-Z]{2,3}\))?"
_CODE = (
    r"(?i:[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2})"  # UK
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada
    r"|[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y0-9]{4}"  # Ireland
    r"|\d{5}-?\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}"  # BR, PT, JP, PL
    r"|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|\d{4,6}"  # SE/CZ/GR, NL, the plain ones
)
POSTAL = re.compile(
    rf"(?<![\w-])(?:(?P<code>{_CODE}),?[ \t]+(?P<after>{_PLACE}){_STATE_TAIL}"  # 00186 Roma
    rf"|(?P<before>{_PLACE})(?:[ \t]*[-,][ \t]*|[ \t]+)(?:[A-Z]{{2,3}}[ \t]*,?[ \t]*)?"
    rf"(?P<code2>{_CODE})"  # Hyderabad 500027, San Diego CA 92109, - SP, 01304-001
    # san diego ca 92109
    r"|(?P<lower>[a-z]{3,}(?:[ \t]+[a-z]{3,})?),?[ \t]+[a-z]{2,3}[ \t]+\d{4,5}(?:-\d{4})?"
    # 69002 lyon: a postcode and a known town typed in lower case (checked in postal_lines)
    r"|(?P<lowcode>\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4,6})[ \t]+"
    r"(?P<lowplace>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž-]{2,}(?:[ \t]+[a-zß-öø-ÿā-ž-]{3,})?)"
    # surabaya timur 60116: a known town typed in lower case, then its postcode
    r"|(?P<lowtown>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž-]{2,}(?:[ \t]+[a-zß-öø-ÿā-ž-]{3,})?)[ \t]+"
    r"(?P<lowcode2>\d{4,6})"
    # leeds ls6 2ab: a British postcode typed in lower case after its town
    r"|(?P<lowuk>[a-z]{3,}(?:[ \t]+[a-z]{3,})?),?[ \t]+(?:[a-z]{1,2}\d[a-z\d]?[ \t]*\d[a-z]{2}"
    r"|[ac-fhknprtv-y]\d{2}[ \t]?[ac-fhknprtv-y0-9]{4})"  # an Irish eircode: "cork p31 x2k7"
    # a British or Canadian postcode closing its line, the town on the line above
    r"|(?P<alone>[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"
    r"(?=[ \t]*(?:\n|$|[.,;!?]|[ \t][a-z])))"
    r"(?![\w-])"
)
# Street words that open a street's name, in the languages faker's address lists (and
# people) write most: Italian, Spanish, Portuguese, Romanian, Indonesian, Polish.
_STREET_OPENERS = (
    "via|viale|vicolo|piazza|piazzale|corso|largo|canale|stretto|incrocio|borgo|contrada|"
    "rotonda|strada|calle|avenida|avda|paseo|plaza|camino|carrera|diagonal|diag|calzada|"
    "periférico|continuación|peatonal|circuito|privada|cerrada|andador|ronda|pasaje|"
    "pasadizo|callejón|glorieta|rua|travessa|alameda|praça|quadra|rodovia|estrada|viela|"
    "ladeira|drumul|aleea|bulevardul|intrarea|calea|piața|splaiul|șoseaua|jalan|jl|jln|"
    "gang|gg|ulica|ul|aleja|al|plac|pl|osiedle|os"
)
# A street word first, then its name and number, in lower case: "ul. sosnowa 9", "rua
# augusta 1508", "calle de los olivos 24".
_OPENED_TAIL = re.compile(
    rf"\b(?:{_STREET_OPENERS}|rue|carrer|av)\.?[ \t]+[a-zß-öø-ÿā-ž'’ -]{{2,40}}?[ \t]+"
    r"\d{1,5}[a-z]?(?:/\d{1,4})?\Z"
)
_STREET_WORD = re.compile(
    rf"\b(?i:{_SUFFIX}|{_STREET_OPENERS}|rue|carrer|av|straße|strasse|"
    r"str|weg|gasse|platz|laan|straat|vej|gade|gatan|vägen|katu|utca|caddesi|sokak|cesta)\b"
)
_PART_WORD = re.compile(
    rf"\d[\w/º°ª.-]*|[{_CAPITAL}][\w'’./-]*|"
    r"(?i:de|del|dei|della|di|da|do|dos|das|du|des|la|le|les|van|von|der|den|ter|el|al|"
    r"y|e|am|an|im|sur|no\.?|nr\.?|n°|nº|int\.?|apto\.?|ap\.?|apt\.?|izq\.?|dcha\.?|bis|ter|"
    r"appartamento|piano|interno|scala|edif\.?|depto\.?|piso|dto\.?|oficina|local|torre|"
    r"bloco|sala|lote|casa|s/n|h\.?\s?no\.?|"
    # floors and boxes of a building: "bus 4" (Belgium), "2. th" (Denmark), "3. OG links"
    r"bus|bte|boîte|tv|th|mf|og|links|rechts|mitte|etage|étage|esc|pta|puerta|izda|dcha|"
    r"col|colonia|brgy|barangay|mnt|"
    rf"{_STREET_OPENERS}|[a-z]{{1,4}}\.|"
    r"cesta|ulica|ulice|utca|gata|gate|gatan|veien|vegen|vägen|vej|gade|straße|strasse|weg|"
    r"gasse|laan|straat|katu|tie|sokak|caddesi|út|tér|"
    r"floor|flat|unit|suite|house|block|shop|street|st\.?|road|rd\.?|lane|avenue|ave\.?|"
    rf"terrace|drive|court|close|way|place|square|cross|main|nagar|colony|sector|"
    r"rue|calle|carrer|via|viale|rua|avenida|av\.?|ulica|ul\.|chemin|"
    rf"{_SUFFIX.lower()})"
)


_TOKEN = re.compile(r"[^\s]+")
# A house number and what follows it in a part: "… is 77 bayview terrace unit 5".
_NUMBERED_TAIL = re.compile(r"(?<![\w.-])\d{1,6}[A-Za-z]?\s+[^,]*$")


# A house number and one to four lower-case words: a street typed in lower case before its
# town and postcode ("… at 9 mill brow, leeds ls6 2ab").
_LOWER_HOUSE = re.compile(r"\d{1,5}[a-z]?(?:[ \t]+[a-z][\w'’-]*){1,4}")


def _address_part(part: str, lower: bool = False) -> bool:
    words = part.split()
    if not 0 < len(words) <= 7:
        return False
    if lower and (_LOWER_HOUSE.fullmatch(part) or EUROPEAN_LOWER.fullmatch(part)):
        return True  # "9 mill brow", "kastanienallee 12"
    if words[0][0].isdigit() and _STREET_WORD.search(part):
        return True  # "48 ocean crest terrace unit 3": a numbered street, in any case
    return all(_PART_WORD.fullmatch(w.strip(",")) for w in words)


# A district or suburb typed in lower case: one or two words of four letters or more.
_LOCALITY = re.compile(
    r"[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{3,}(?:[ \t]+[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{3,})?"
)


def _line_start(text: str, end: int, lower: bool = False) -> int:
    """Walk back from `end` over ", "-separated address parts on the line; the first part
    may open with words that are no address ("I live at Via …"): only its tail counts.
    `lower`: the town and postcode are typed in lower case, so may the street be."""
    line_start = text.rfind("\n", 0, end) + 1
    start = pos = end
    for _ in range(8):
        comma = text.rfind(",", line_start, pos)
        seg = comma + 1 if comma >= 0 else line_start
        words = list(_TOKEN.finditer(text, seg, pos))  # offsets in `text`, any spacing
        if words and _address_part(text[words[0].start() : words[-1].end()], lower):
            start = words[0].start()
        elif (
            lower
            and words
            and comma >= 0
            and _LOCALITY.fullmatch(text, words[0].start(), words[-1].end())
        ):
            pass  # "…, douglas, cork t12 y6n2": a district between street and town, if a
            # street part comes before it (else the walk ends with `start` where it was)
        elif words:
            tail = len(words)
            while tail and _PART_WORD.fullmatch(words[tail - 1].group()):
                tail -= 1
            if tail < len(words):
                start = words[tail].start()
            numbered = _NUMBERED_TAIL.search(text, words[0].start(), words[-1].end())
            if numbered and _address_part(numbered.group(), lower):
                start = min(start, numbered.start())
            if lower:  # "… flat 2 at kastanienallee 12", "… to ul. sosnowa 9": a street
                a, b = words[0].start(), words[-1].end()
                street = _EUROPEAN_LOWER_TAIL.search(text, a, b) or _OPENED_TAIL.search(text, a, b)
                if street:
                    start = min(start, street.start())
            break
        if comma < 0:
            break
        pos = comma
    return start


def _lines_above(text: str, start: int, most: int = 3) -> int:
    """A postcode opening its line: the address's street (and a district or flat line)
    are on the lines above, as envelopes write them. Walk up over short lines that read
    like address parts while none of them holds a house number yet; the street line is
    the one with a number (or a street word)."""
    at = start
    for _ in range(most):
        if at == 0 or text[at - 1] != "\n":
            break
        prev_end = at - 1
        line_start = text.rfind("\n", 0, prev_end) + 1
        line = text[line_start:prev_end]
        if not line.strip():
            break
        # The street line may open with words that are no address ("Meet me at Jalan
        # Veteran No. 6"): its address part is what _line_start keeps.
        part_start = _line_start(text, prev_end)
        part = text[part_start:prev_end].strip(" ,")
        if len(part.split()) > 7:
            break
        if not part or not (_address_part(part) or re.search(r"\d", part)):
            break
        at = part_start
        if re.search(r"\d", part) or _STREET_WORD.search(part):
            return _house_line_above(text, at)  # the street line
    return at if at != start and re.search(r"\d", text[at:start]) else start


# A house, flat or plot number on its own line above the street: "H.No. 97", "02/34",
# "Flat 4", "Studio 8".
_HOUSE_LINE = re.compile(
    r"(?i:h\.?\s?no\.?|no\.?|flat|studio|apt\.?|apartment|unit|suite|plot|door|block)?"
    r"[ \t]*#?\d[\w/-]*"
)


def _house_line_above(text: str, at: int) -> int:
    if at == 0 or text[at - 1] != "\n":
        return at
    part_start = _line_start(text, at - 1)
    part = text[part_start : at - 1].strip(" ,")
    return part_start if part and _HOUSE_LINE.fullmatch(part) else at


# The postcode first, on its own: a "Place N, CODE Place" line is read as "Place N, CODE"
# by POSTAL (a place may end in a number), which hides "3076 Jørgensen" after it.
CODE_FIRST = re.compile(
    rf"(?<![\w-])(?P<code>{_CODE}),?[ \t]+(?P<after>{_PLACE}){_STATE_TAIL}(?![\w-])"
)


def postal_lines(text: str) -> Iterator[Span]:
    for m in chain(POSTAL.finditer(text), CODE_FIRST.finditer(text)):
        groups = m.groupdict()
        code = groups.get("code") or groups.get("code2") or ""
        end = m.end()
        if groups.get("lowplace"):
            place = _known_town(groups["lowplace"])
            if place is None:
                continue
            code, end = groups["lowcode"], m.start("lowplace") + len(place)
        town_at = None
        if groups.get("lowtown"):
            town_at = _town_before(groups["lowtown"])
            if town_at is None:
                continue
            code, town_at = groups["lowcode2"], m.start("lowtown") + town_at
        kinds = ("code", "before", "lower", "lowuk", "alone", "lowcode")
        anchor = (
            town_at if town_at is not None else m.start(next(g for g in kinds if groups.get(g)))
        )
        lower = bool(groups.get("lower") or groups.get("lowuk") or groups.get("lowcode") or town_at)
        start = _line_start(text, anchor, lower=lower)
        if not text[start:anchor].strip():
            start = _lines_above(text, start)  # "Chládkova 901\n159 08 Boží Dar"
        elif not _STREET_LINE.search(text[start:anchor]) and start == _line_begin(text, start):
            start = _lines_above(text, start)  # "Jl. Veteran No. 6\nMojokerto, Jawa 04940"
        head = text[start:anchor]
        # A street line before the place: a house number or a street word, with words.
        if not (re.search(r"\d", head) or _STREET_WORD.search(head)):
            continue
        if not re.search(r"[^\W\d_]{2}", head):
            continue
        if len(code) == 4 and code.isdigit() and YEARLIKE.fullmatch(code):
            continue
        before = groups.get("before") or ""
        if before and sum(c.isalpha() for c in before) < 3:
            continue  # "EMEA,Q2,1350", "CB-3300": a cell and a number, no town and code
        if groups.get("code2"):  # "rue des Petites Écuries, 75010" found first: take "Paris" too
            after = _AFTER_PLACE.match(text, end)
            end = after.end() if after else end
        yield Span("STREET_ADDRESS", start, end - (text[end - 1] == "."), 0.75)


def _known_town(words: str) -> str | None:
    """The town of a lower-case "code town" pair, one or two words, when a place list
    knows it ("lyon", "cluj-napoca", "san sebastián"); None otherwise ("1200 people")."""
    known = public.places_folded()
    parts = words.split()
    for n in (2, 1):
        if len(parts) >= n and " ".join(parts[:n]) in known:
            return words[: words.index(parts[n - 1]) + len(parts[n - 1])]
    return None


def _town_before(words: str) -> int | None:
    """Where the town starts in the one or two lower-case words before a postcode, when a
    place list knows it or the first of two ("surabaya timur", "lyon"); None otherwise
    ("people 1200")."""
    known = public.places_folded()
    parts = words.split()
    if len(parts) == 2 and (" ".join(parts) in known or parts[0] in known):
        return 0  # "surabaya timur": a town and its part
    if parts[-1] in known:
        return words.rindex(parts[-1])
    return None


YEARLIKE = re.compile(r"(?:19|20)\d\d")
_STREET_LINE = re.compile(rf"\d|{_STREET_WORD.pattern}")


def _line_begin(text: str, at: int) -> int:
    """Where the line holding `at` starts, after any blanks."""
    begin = text.rfind("\n", 0, at) + 1
    while begin < at and text[begin] in " \t":
        begin += 1
    return begin


_AFTER_PLACE = re.compile(rf",?[ \t]+{_PLACE}{_STATE_TAIL}")
