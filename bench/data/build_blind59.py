# ruff: noqa: E501
"""A fifty-ninth blind privacy set: 220 texts with personal data and 100 clean ones, short
records in the shape of public PII benchmark sets and secrets said without any keyword.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 100 one- or two-sentence records in the style of presidio-research's synthetic sentences
  and similar generated PII sets (5 to 50 words), each a different sentence shape: an
  invented person (names of some forty origins; middle names, initials, suffixes Jr and
  III, titles Dr., Prof., Mrs., Mme, Mr outside the span; some only a first name or only a
  surname) with one to three of a street address (about forty countries' layouts, flats, PO
  boxes, an APO military address), phone (national layouts, with and without country code
  and separators), e-mail, card, IBAN, SSN, national id with valid check digits, passport,
  driver licence, username, IP (v4 and v6 documentation ranges);
* 60 rows like a "free text PII" set (5 to 45 words): a short line from a log, a support
  ticket, an HR system or a CRM holding a name plus an e-mail, username, password, PIN or
  door code, IP, account, customer or employee number, API key, card or IBAN;
* 60 short requests (4 to 40 words) whose only personal datum is one secret or number (two
  recovery codes in one) said in passing, with no "password", "PIN", "IBAN", "token" or
  "key" word before it: passwords and passphrases of three to five words, PINs and safe or
  gate codes in sentences, one-time codes, recovery codes, API keys pasted bare, card
  numbers, IBANs, phones and national ids asked about; the first 20 typed all in lower
  case.

Usernames and logins, account, customer, member, employee, staff, badge and personnel
numbers, passports, driver licences and national ids are ID_NUMBER; PINs, door, safe,
locker and gate codes, wifi passwords, passphrases, recovery and one-time codes PASSWORD;
titles and relation words stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; public figures, historical figures,
brands, places and streets named after people, order, ticket, invoice and tracking numbers
and dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts hold no personal data: 50 short benchmark-style questions (arithmetic, trivia,
coding, science, history naming historical figures), 25 requests full of numbers that are
not identifiers (prices, dates, versions, order and flight numbers, measurements, an ISBN,
scores, years) and 25 questions about formats with obvious placeholders (example.com,
555-0100, 0000, XXXX, "your password here").

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0141 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not well-known
test numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits
(Chinese resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC, Swedish personnummer,
Dutch BSN, Korean resident registration number, Australian TFN and Medicare, Canadian SIN,
Turkish kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus,
South African id, Japanese My Number, Spanish DNI and NIE, Irish PPS, French NIR, Belgian
national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT,
Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax
id, New Zealand NHI, Israeli teudat zehut).

Run ``.venv/bin/python bench/data/build_blind59.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    belgian_id_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    china_id_ok,
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
    isikukood_ok,
    kennitala_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhi_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rnokpp_ok,
    rodne_cislo_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_BARE = 20
MIN_CHARS = 15
MAX_WORDS = 60
SYNTHETIC_WORDS = (5, 50)
FREE_TEXT_WORDS = (5, 45)
BARE_WORDS = (4, 40)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|SGT|Mme|M|Herr|Frau|Sr|Sra)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")


# One- or two-sentence records in the style of presidio-research's synthetic sentences.
SYNTHETIC = [
    "My name is [[PERSON|Carla M. Whitfield]] and I live at [[STREET_ADDRESS|4127 Larkspur Lane, Apt 3B, Boise, ID 83704]].",
    "Please deliver the parcel to [[PERSON|Owen Pritchard]] at [[STREET_ADDRESS|Flat 7, 22 Alder Court, Cardiff CF24 3DG]] and text [[PHONE_NUMBER|07700 900263]] on arrival.",
    "[[PERSON|Jürgen Hoffmeister]]'s registered address is [[STREET_ADDRESS|Lindenstraße 48, 04109 Leipzig]] and his tax ID is [[ID_NUMBER|57382910462]].",
    "Contact Dr. [[PERSON|Amara Okonkwo]] by email at [[EMAIL_ADDRESS|amara.okonkwo@lagosmedic.ng]] or on [[PHONE_NUMBER|+234 803 417 2296]].",
    "The card number [[CREDIT_CARD|4532 0187 4419 0233]] was charged twice for [[PERSON|Hiroshi Tanabe]] last week.",
    "[[PERSON|Sofía Ramírez Castillo]] lives at [[STREET_ADDRESS|Calle de Alcalá 214, 3º izq., 28028 Madrid]]; her DNI is [[ID_NUMBER|48291637D]].",
    "Wire the refund to [[IBAN_CODE|FR94 3000 4008 2700 9413 2850 267]], account holder Mme [[PERSON|Élise Marchand]], [[STREET_ADDRESS|12 rue des Lilas, Bât. B, 69003 Lyon]].",
    "Social security number [[US_SSN|536-72-1849]] belongs to [[PERSON|Derek Lawson Jr]].",
    "Hi, I'm [[PERSON|Priya]] and my number is [[PHONE_NUMBER|+91 98452 61730]].",
    "Prof. [[PERSON|Anders Lindqvist]] (personnummer [[ID_NUMBER|870923-4168]]) moved to [[STREET_ADDRESS|Sveavägen 61, lgh 1102, 113 59 Stockholm]].",
    "Ship to: [[PERSON|Tomasz Wiśniewski]], [[STREET_ADDRESS|ul. Mokotowska 17 m. 4, 00-640 Warszawa]], PESEL [[ID_NUMBER|88071423810]].",
    "The account [[ID_NUMBER|kwame_asante88]] was opened by [[PERSON|Kwame Asante]] from IP [[IP_ADDRESS|198.51.100.23]].",
    "[[PERSON|Nguyễn Thị Lan]] can be reached at [[EMAIL_ADDRESS|lan.nguyen@hanoimail.vn]] or at [[STREET_ADDRESS|18 Ngõ 25 Phố Lý Thường Kiệt, Hoàn Kiếm, Hà Nội]].",
    "Mr. [[PERSON|Rahul Mehta]] holds Aadhaar [[ID_NUMBER|4827 3916 0583]] and lives at [[STREET_ADDRESS|Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038]].",
    "Address the care package to SGT [[PERSON|Marcus Bell]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]].",
    "[[PERSON|Leilani Kahale]] receives her mail at [[STREET_ADDRESS|PO Box 3318, Hilo, HI 96720]].",
    "Passport no. [[ID_NUMBER|C4RT7X92K]] was issued to [[PERSON|Katrin Vogel]] in Munich in 2021.",
    "Driver licence [[ID_NUMBER|WILLI761204GH9KT]] belongs to [[PERSON|Gareth Williams]] of [[STREET_ADDRESS|9 Heol y Coed, Swansea SA2 0QR]].",
    "Please forward the invoice to [[PERSON|Yui Sato]], [[STREET_ADDRESS|3-14-2 Jingumae, Shibuya-ku, Tokyo 150-0001]], tel. [[PHONE_NUMBER|090-4172-8356]].",
    "[[PERSON|Kim Min-jun]]'s resident registration number is [[ID_NUMBER|880523-1347199]] and he rents [[STREET_ADDRESS|Apt 1203, 45 Teheran-ro 38-gil, Gangnam-gu, Seoul 06221]].",
    "Salary for [[PERSON|Lukas Brandt]] goes to [[IBAN_CODE|DE44 5001 0517 5407 3249 31]].",
    "Login alert for [[PERSON|Fabien Moreau]]: [[EMAIL_ADDRESS|f.moreau@orange-mail.fr]] signed in from [[IP_ADDRESS|2001:db8:4a1::17]].",
    "[[PERSON|Chloé Tremblay]], [[STREET_ADDRESS|1450 rue Saint-Denis, app. 6, Montréal QC H2X 3K4]], SIN [[ID_NUMBER|527 391 841]].",
    "G'day, this is [[PERSON|Mitchell O'Rourke]], call me on [[PHONE_NUMBER|0491 570 318]] or drop by [[STREET_ADDRESS|12 Banksia Street, Fremantle WA 6160]].",
    "Customer [[PERSON|João Pedro Albuquerque]], CPF [[ID_NUMBER|418.275.639-82]], lives at [[STREET_ADDRESS|Rua Oscar Freire 1120, apto 84, Jardins, São Paulo - SP, 01426-001]].",
    "Our new tenant, [[PERSON|Guadalupe Herrera]], lives at [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Int. 8, Col. Crédito Constructor, 03940 Ciudad de México]].",
    "Mrs. [[PERSON|Siobhán Gallagher]] gave PPS number [[ID_NUMBER|6381745K]] and the address [[STREET_ADDRESS|14 Grove Park, Rathmines, Dublin 6, D06 X2C9]].",
    "Codice fiscale [[ID_NUMBER|BNCLRA85M52F205I]] corresponds to [[PERSON|Laura Bianchi]], [[STREET_ADDRESS|Via Torino 38, 20123 Milano MI]].",
    "[[PERSON|Daan de Vries]] (BSN [[ID_NUMBER|273509147]]) of [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JB Amsterdam]] banks with [[IBAN_CODE|NL13 RABO 0318 4579 02]].",
    "NRIC [[ID_NUMBER|S8734512B]], name [[PERSON|Tan Wei Ling]], address [[STREET_ADDRESS|Blk 512 Ang Mo Kio Avenue 8, #09-231, Singapore 560512]].",
    "The hotel registered guest [[PERSON|Li Jianguo]] with identity card [[ID_NUMBER|510107198704223613]].",
    "[[PERSON|Elif Yıldız]], T.C. kimlik no [[ID_NUMBER|28461937550]], phone [[PHONE_NUMBER|+90 532 418 67 09]], [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]].",
    "Applicant: [[PERSON|Thabo Mokoena]]; ID [[ID_NUMBER|880417 5273 082]]; address [[STREET_ADDRESS|27 Jacaranda Avenue, Hatfield, Pretoria 0083]].",
    "An M-Pesa payment from [[PERSON|Wanjiru Kamau]] of [[STREET_ADDRESS|P.O. Box 52318-00200, Nairobi]] on [[PHONE_NUMBER|+254 722 381 604]] was reversed.",
    "Henkilötunnus [[ID_NUMBER|120785-436C]] belongs to [[PERSON|Aino Virtanen]], [[STREET_ADDRESS|Mannerheimintie 42 B 15, 00260 Helsinki]].",
    "[[PERSON|Sigrid Haugen]] was born on 2 November 1994, her fødselsnummer is [[ID_NUMBER|02119448533]] and she lives at [[STREET_ADDRESS|Thorvald Meyers gate 21B, 0555 Oslo]].",
    "Isikukood [[ID_NUMBER|38905142719]] - [[PERSON|Kristjan Tamm]], [[EMAIL_ADDRESS|kristjan.tamm@elisa-post.ee]].",
    "Patient [[PERSON|Agnieszka Zielińska]], PESEL [[ID_NUMBER|95022706148]], was admitted on 3 May.",
    "[[PERSON|Andrei Popescu]] presented CNP [[ID_NUMBER|1960312418731]] and listed his home as [[STREET_ADDRESS|Strada Lipscani 19, ap. 3, 030031 București]].",
    "[[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|855321/4714]], [[STREET_ADDRESS|Vinohradská 1511/230, 100 00 Praha 10]].",
    "[[PERSON|Oksana Kovalenko]] (RNOKPP [[ID_NUMBER|3160824750]]) of [[STREET_ADDRESS|vul. Khreshchatyk 22, kv. 15, Kyiv 01001]] asked for a transfer to [[IBAN_CODE|UA45 305299 0000026207418395163]].",
    "Rijksregisternummer [[ID_NUMBER|85.06.13-273.97]] belongs to [[PERSON|Pieter Claes]], [[STREET_ADDRESS|Kortrijksesteenweg 214 bus 5, 9000 Gent]].",
    "Invoice addressed to [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|217439063]], [[STREET_ADDRESS|Rua de Santa Catarina 312, 2.º Esq., 4000-447 Porto]].",
    "[[PERSON|Guðrún Sigurðardóttir]], kt. [[ID_NUMBER|120891-3320]], subscribed with [[EMAIL_ADDRESS|gudrun.sig@simnet.is]].",
    "Mr [[PERSON|Julien Fabre]]'s social security number is [[ID_NUMBER|1 84 03 69 108 247 38]] and his mobile [[PHONE_NUMBER|06 39 98 41 27]].",
    "Foreign resident [[PERSON|Olena Shevchuk]], NIE [[ID_NUMBER|Y7305184F]], lives at [[STREET_ADDRESS|Carrer de Mallorca 275, 4t 2a, 08008 Barcelona]].",
    "[[PERSON|Bronwyn Fletcher]] quoted TFN [[ID_NUMBER|453 729 164]] on her tax return.",
    "Medicare card [[ID_NUMBER|2951 84632 1]] for [[PERSON|Jack Nguyen]] expires in 2027.",
    "[[PERSON|Kenji Watanabe]] submitted My Number [[ID_NUMBER|7385 9120 4768]] to his employer in April.",
    "Teudat zehut [[ID_NUMBER|301847265]] was issued to [[PERSON|Noa Ben-David]] of [[STREET_ADDRESS|Dizengoff St 187, apt 9, Tel Aviv 6346105]].",
    "[[PERSON|Camila Fuentes Rojas]], RUT [[ID_NUMBER|15.842.379-0]], [[STREET_ADDRESS|Avenida Providencia 1208, depto 704, Providencia, Santiago]].",
    "Patient [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKR2844]], [[STREET_ADDRESS|45 Ponsonby Road, Grey Lynn, Auckland 1011]].",
    "Greetings from [[PERSON|Nikos Papadakis]], [[STREET_ADDRESS|Ermou 56, 105 63 Athina]], tel [[PHONE_NUMBER|+30 694 318 2750]].",
    "[[PERSON|Mona El-Sayed]] moved to [[STREET_ADDRESS|17 Shagaret El Dor Street, Zamalek, Cairo 11211]] and kept [[PHONE_NUMBER|+20 100 472 8391]].",
    "[[PERSON|Ayesha Siddiqui]]'s CNIC is [[ID_NUMBER|35202-4817365-2]].",
    "Kindly update the records of [[PERSON|Maria Cristina Dela Cruz]]: new mobile [[PHONE_NUMBER|+63 917 482 1056]], new address [[STREET_ADDRESS|Unit 1204, Tower 2, 34th Street, Bonifacio Global City, Taguig 1634]].",
    "[[PERSON|Budi Santoso]] lives at [[STREET_ADDRESS|Jl. Kemang Raya No. 27, Bangka, Mampang Prapatan, Jakarta Selatan 12730]].",
    "[[PERSON|Martín Gómez]], DNI [[ID_NUMBER|32.418.907]], celular [[PHONE_NUMBER|+54 9 11 4823-6170]], [[STREET_ADDRESS|Av. Corrientes 3247, piso 5 depto B, C1193AAE CABA]].",
    "Cédula [[ID_NUMBER|1.020.438.715]] pertains to [[PERSON|Valentina Ospina]], who shops from IP [[IP_ADDRESS|203.0.113.58]].",
    "[[PERSON|Omar Al Mansoori]] can be found at [[STREET_ADDRESS|Villa 14, Street 23, Al Barsha 2, Dubai]] or on [[PHONE_NUMBER|+971 50 418 2736]].",
    "[[PERSON|Reto Baumann]] of [[STREET_ADDRESS|Seefeldstrasse 88, 8008 Zürich]] pays his rent from [[IBAN_CODE|CH48 0076 2011 4803 2597 1]].",
    "[[PERSON|Magdalena Gruber]] ([[STREET_ADDRESS|Mariahilfer Straße 103/2/14, 1060 Wien]]) asked us to use [[IBAN_CODE|AT87 1200 0529 4883 7162]] instead of the old account.",
    "The lease is signed by [[PERSON|Mette Kjær]], [[STREET_ADDRESS|Nørrebrogade 112, 2. tv., 2200 København N]].",
    "[[PERSON|Benjamin Okafor]] signed up as [[ID_NUMBER|benji.ok]] with [[EMAIL_ADDRESS|benjamin.okafor@protonmail.com]].",
    "You can call [[PERSON|Tyrone Jackson]] at [[PHONE_NUMBER|(312) 555-0147]] after 6 pm.",
    "[[PERSON|Megan O'Connell]]'s cell is [[PHONE_NUMBER|+1 617 555 0182]], and her work email is [[EMAIL_ADDRESS|moconnell@harborlight-legal.com]].",
    "Reach [[PERSON|Dale]] at [[PHONE_NUMBER|2065550131]] any time before noon.",
    "Please ask Mrs. [[PERSON|Abernathy]] to confirm her email, [[EMAIL_ADDRESS|j.abernathy@fastmail.com]].",
    "[[PERSON|J. R. Castellanos]] paid with [[CREDIT_CARD|3744 291837 05515]] at the front desk.",
    "[[PERSON|Theodore Grant III]] listed [[STREET_ADDRESS|88 Magnolia Boulevard, Savannah, GA 31401]] as his billing address.",
    "Dr. [[PERSON|Eleanor Ruth Vasquez]] can be paged at [[PHONE_NUMBER|(505) 555-0116]].",
    "Prof. [[PERSON|Henrik Dahl]] shared his office phone [[PHONE_NUMBER|+47 412 83 569]] and email [[EMAIL_ADDRESS|henrik.dahl@online.no]].",
    "Charge [[CREDIT_CARD|4716-5209-3387-1455]] for [[PERSON|Isabella Rossi]]'s booking.",
    "[[PERSON|Fatima Zahra Benali]] entered card [[CREDIT_CARD|5268731400976516]] with expiry 09/27.",
    "[[PERSON|Roberta Kowalczyk]], born 14 March 1962, SSN [[US_SSN|412-08-6637]].",
    "Employee [[PERSON|Curtis Whitaker]] ([[US_SSN|287-41-9902]]) resides at [[STREET_ADDRESS|1903 Pecan Hollow Drive, Round Rock, TX 78664]].",
    "The laptop of [[PERSON|Ingrid Solberg]] connected from [[IP_ADDRESS|2001:db8:c0de:14::9]] at midnight.",
    "[[PERSON|Rafael Moreno]] keeps getting blocked; his home IP is [[IP_ADDRESS|192.0.2.147]].",
    "Message from [[PERSON|Zanele]] <[[EMAIL_ADDRESS|zanele.dube@webmail.co.za]]>: see you Friday.",
    "California driver license [[ID_NUMBER|D4827163]] was issued to [[PERSON|Alicia Moreno-Park]] in 2019.",
    "[[PERSON|Wesley Harmon]] handed over Florida licence [[ID_NUMBER|H655-218-79-114-0]] at the rental counter.",
    "US passport [[ID_NUMBER|548213097]], holder [[PERSON|Natalie Brooks]], [[STREET_ADDRESS|610 W Maple Ave, Apt 12, Des Moines, IA 50309]].",
    "[[PERSON|Harriet Ashworth]] renewed passport [[ID_NUMBER|127493856]] and gave [[EMAIL_ADDRESS|hattie.ashworth@btinternet.com]] as her contact.",
    "Passport [[ID_NUMBER|T4817392]] of [[PERSON|Sunita Reddy]] needs a new visa page.",
    "NHS number [[ID_NUMBER|948 361 7251]] is registered to [[PERSON|Gwen Parry]] at [[STREET_ADDRESS|3 Ffordd Elfed, Bangor LL57 2UJ]].",
    "Courier note: recipient [[PERSON|Wang Fang]], [[PHONE_NUMBER|+86 138 1047 2965]], [[STREET_ADDRESS|Room 1502, Building 3, 188 Zhangyang Road, Pudong New Area, Shanghai 200120]].",
    "[[PERSON|Park Ji-woo]] / [[PHONE_NUMBER|010-4827-3910]] / [[EMAIL_ADDRESS|jiwoo.park@naver.com]]",
    "Standing order from [[PERSON|Callum Fraser]], [[IBAN_CODE|GB50 BARC 2003 5347 1829 06]], to his landlord every month.",
    "[[PERSON|Krzysztof Nowak]]; [[IBAN_CODE|PL80114020040000310281746529]]; [[PHONE_NUMBER|+48 601 284 937]]",
    "[[PERSON|Annika Schulz]] asked for a call back on [[PHONE_NUMBER|030 23125 847]].",
    "Leave a voicemail for [[PERSON|Camille Girard]] on [[PHONE_NUMBER|+33 6 39 98 52 14]].",
    "The office of Mr [[PERSON|Rupert Haines]] is on [[PHONE_NUMBER|020 7946 0372]].",
    "[[PERSON|Iona MacLeod]], [[STREET_ADDRESS|Flat 2/1, 47 Byres Road, Glasgow G11 5RG]], [[PHONE_NUMBER|0141 496 0219]].",
    "Subscriber [[ID_NUMBER|moonlit_harbor]] ([[PERSON|Delphine Aucoin]]) updated her card to [[CREDIT_CARD|3791 084336 11740]].",
    "[[PERSON|Gary Lindholm]] paid $412 with Discover [[CREDIT_CARD|6011 0394 4172 8633]].",
    "Tokyo hotel guest [[PERSON|Aiko Fujimoto]] guaranteed the room with [[CREDIT_CARD|3568 1120 6483 9757]].",
    "[[PERSON|Chinedu Eze]] lives at [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos 101241]] and banks online from [[IP_ADDRESS|198.51.100.211]].",
    "When [[PERSON|Ahmad Karimi]] was born his father registered him in Herat; today he uses the email [[EMAIL_ADDRESS|a.karimi.kbl@gmail.com]].",
    "Card holder [[PERSON|Lucía Navarro]], number [[CREDIT_CARD|5413 2760 9981 2345]], billing address [[STREET_ADDRESS|Calle Colón 44, 5.º B, 46004 Valencia]].",
    "Dear [[PERSON|Vikram Joshi]], your e-KYC with Aadhaar [[ID_NUMBER|7361 5820 9475]] is complete.",
]


# Rows like a "free text PII" set: one line from a log, a ticket, an HR system or a CRM.
FREE_TEXT = [
    '2024-03-11 09:14:02 INFO auth: login ok user=[[ID_NUMBER|mgarcia]] name="[[PERSON|Marisol Garcia]]" src=[[IP_ADDRESS|198.51.100.77]]',
    "Ticket #48213: customer [[PERSON|Peter Kowalski]] ([[EMAIL_ADDRESS|p.kowalski@northwind-mail.com]]) says his password [[PASSWORD|Winter2024!]] no longer works.",
    "New hire [[PERSON|Sanjay Patel]], employee no. [[ID_NUMBER|E-204871]], salary account [[IBAN_CODE|GB18 LOYD 3096 2871 0455 16]].",
    "Lead: [[PERSON|Helena Kurz]] | [[EMAIL_ADDRESS|helena.kurz@kurz-design.at]] | [[PHONE_NUMBER|+43 664 218 3057]] | source: webinar",
    "WARN failed login for [[EMAIL_ADDRESS|a.mensah@ghanapost-mail.com]] ([[PERSON|Abena Mensah]]) from [[IP_ADDRESS|203.0.113.9]], 5 attempts",
    "DEBUG config loaded for tenant acme: owner=[[PERSON|Victor Hale]] stripe_key=[[API_KEY|sk_live_MoxHUtmf9gaklYzyam6KKFMX]]",
    "Agent note: [[PERSON|Lorraine Dubois]] read her card [[CREDIT_CARD|4556 7601 2983 3470]] over the phone, please mask it in the recording.",
    "Payroll change request: [[PERSON|Mateus Oliveira]] (employee [[ID_NUMBER|3381]]) new IBAN [[IBAN_CODE|PT76 0035 0097 0004 7126 8539 1]].",
    "Account [[ID_NUMBER|ACC-00918274]] belongs to [[PERSON|Yusuf Demir]], primary email [[EMAIL_ADDRESS|yusuf.demir@outlook.com]].",
    "sshd[2231]: Accepted publickey for [[ID_NUMBER|rkhan]] ([[PERSON|Rizwan Khan]]) from [[IP_ADDRESS|192.0.2.201]] port 52144",
    "Hi support, [[PERSON|Nadia Haddad]] here, my username is [[ID_NUMBER|nhaddad_93]] and the temp password you sent, [[PASSWORD|qT7#vR2m]], has expired.",
    "Reference check: former employee [[PERSON|Brian O'Neill]], staff ID [[ID_NUMBER|HR-55817]], home phone [[PHONE_NUMBER|0113 496 0581]].",
    "git config: user.name=[[PERSON|Stian Berg]] user.email=[[EMAIL_ADDRESS|stian.berg@kodeverksted.no]]",
    "ERROR payment declined: cardholder=[[PERSON|Grace Liu]] pan=[[CREDIT_CARD|5522094476130985]] reason=insufficient_funds",
    "Pasted .env from the ticket: OPENAI_API_KEY=[[API_KEY|sk-proj-qVrKcyv6piNTOzQYJe041z9T7Zyz0GhCDUIg7w38]] (set up by [[PERSON|Dominik Lang]])",
    "User [[PERSON|Carmen Ortega]] exported the customer list to [[EMAIL_ADDRESS|carmen.ortega.home@gmail.com]] at 23:41 from [[IP_ADDRESS|198.51.100.190]].",
    "Reset done. [[PERSON|Felix Wagner]], your new login is [[ID_NUMBER|fwagner2]] with password [[PASSWORD|Kaffee-Tasse-88]].",
    "Bank transfer memo: from [[PERSON|Elena Petrova]], [[IBAN_CODE|BG80 BNBG 9661 1020 3456 78]], rent for May.",
    "audit: sudo by [[ID_NUMBER|abaptiste]] ([[PERSON|Alix Baptiste]]) on host web-03 at 02:17",
    "Customer [[PERSON|Hamid Rezaei]], customer no. [[ID_NUMBER|C-7730412]], prefers calls on [[PHONE_NUMBER|+98 912 347 0615]].",
    "Incident: [[PERSON|Owen Clarke]] pasted [[API_KEY|AKIA67CH4I5GOC1A2GN9]] into the public channel at 10:02.",
    "Slack app owned by [[PERSON|Rhea Kapoor]] uses [[API_KEY|xoxb-066658419904-8576597640005-DV8r7aYs9haYwWqsXa16hZMd]] to post alerts.",
    "Leave request by [[PERSON|Maximilian Huber]] (personnel no. [[ID_NUMBER|P-41872]]); contact during leave [[EMAIL_ADDRESS|max.huber@gmx.at]].",
    "Customer [[PERSON|Olivia Bennett]] says the wifi password [[PASSWORD|bluefinch-2291]] we set up isn't working at [[STREET_ADDRESS|14 Kestrel Way, Norwich NR4 7TJ]].",
    "POST /api/login 401 name=[[PERSON|Daria Ivanova]] email=[[EMAIL_ADDRESS|d.ivanova@mail-box.bg]] ip=[[IP_ADDRESS|2001:db8:ab::3]]",
    "CRM note: spoke with [[PERSON|Kofi Boateng]], he wants invoices sent to [[EMAIL_ADDRESS|accounts.kboateng@yahoo.com]] from now on.",
    "Background check consent received from [[PERSON|Lindiwe Ndlovu]], ID [[ID_NUMBER|9102260843086]].",
    "MFA reset for [[PERSON|Tomás Herrera]]: backup code [[PASSWORD|9WZOR-S6UWO]] was already used.",
    "Security scan: [[PERSON|Arjun Iyer]] committed [[API_KEY|ghp_UYPjOlmICET594ILPSMxcgoUgNQ54jPsUSrJ]] in config.yml yesterday.",
    "Caller verified as [[PERSON|Ruth Adeyemi]], DOB 12/07/1979, account [[ID_NUMBER|40718263]].",
    "VPN session opened: [[ID_NUMBER|l.moretti]] ([[PERSON|Luca Moretti]]) assigned [[IP_ADDRESS|198.51.100.64]]",
    "Offboarding: disable [[EMAIL_ADDRESS|s.aydin@brightlane.io]] for [[PERSON|Selin Aydın]] and revoke badge [[ID_NUMBER|B-22871]].",
    "Deal owner [[PERSON|Jacob Feldman]]; buyer contact [[PERSON|Miriam Katz]], [[PHONE_NUMBER|+972 52-418-7360]].",
    "Refund to [[PERSON|Paulina Sandoval]] via card [[CREDIT_CARD|4024 0071 8843 2651]] approved by finance.",
    "IT request: please whitelist [[IP_ADDRESS|203.0.113.118]] for [[PERSON|Ethan Cole]]'s home office.",
    "users.csv row 1042: [[PERSON|Margot Lindqvist]],[[EMAIL_ADDRESS|margot.l@telia-post.se]],[[PASSWORD|sommar!2023]]",
    "Model upload by [[PERSON|Yara Nasser]] failed, her token [[API_KEY|hf_vSn1OWOkbNO8Sh6r9Dlup4cDo1rxBJYl79]] lacks write scope.",
    "HR portal: [[PERSON|Gabriel Silva]] updated his bank details to [[IBAN_CODE|ES24 2100 0418 4713 0269 5381]].",
    "Mrs [[PERSON|Janet Hollis]] forgot her PIN at the branch; she thinks it was [[PASSWORD|4471]].",
    "Newsletter bounce: [[EMAIL_ADDRESS|lottie.fenwick@virginmedia.com]] ([[PERSON|Lottie Fenwick]]) - mailbox full",
    "GitLab audit: [[API_KEY|glpat-diHpf4ysPEUIjINScTFh]] created by [[ID_NUMBER|okwame]] ([[PERSON|Kwame Osei]])",
    "Visa sponsorship file for [[PERSON|Dong-hyun Lee]], passport [[ID_NUMBER|M71846293]], is complete.",
    "Helpdesk: [[PERSON|Beatriz Santos]] reports her router admin password [[PASSWORD|admin!Bea1985]] was changed by someone else.",
    "Maps billing: [[API_KEY|AIzaq01Rn2pIb1f3zoPhwghkPWaLFaHvdsVNsw1]] registered by [[PERSON|Nora Lindgren]] exceeded its quota.",
    "Loyalty member [[ID_NUMBER|LM-8830217]], [[PERSON|Esther Mwangi]], [[EMAIL_ADDRESS|esther.mwangi@gmail.com]]",
    "INFO user [[PERSON|Rohan Das]] changed email from [[EMAIL_ADDRESS|rohan.das@rediffmail.com]] to [[EMAIL_ADDRESS|rohandas.dev@proton.me]]",
    "Probation review for [[PERSON|Clara Weiss]] (employee [[ID_NUMBER|004417]]) is scheduled for Monday.",
    "Can't log into the portal: [[PERSON|Ivan Horvat]], user [[ID_NUMBER|ihorvat]], pw [[PASSWORD|Zagreb#1987]]",
    "KYC complete: [[PERSON|Leah Goldberg]], acct [[ID_NUMBER|0048 2291 7730]], IBAN [[IBAN_CODE|DE96 3705 0299 0284 7116 30]].",
    "Access granted to [[PERSON|Tariq Hussain]] from [[IP_ADDRESS|2001:db8:7f::1c]] using [[API_KEY|sk-ant-api03-6QZficF8fItQfmx1WK1oj2V10SbQx4b9bL68uKKG]]",
    "Hello, this is [[PERSON|Sean Murphy]], my locker combination [[PASSWORD|18-04-27]] stopped working.",
    "Emergency contact for [[PERSON|Nikolai Orlov]]: his wife [[PERSON|Tatiana]], [[PHONE_NUMBER|+7 916 482 3017]].",
    "Order 55812 placed by [[PERSON|Ingrid Holm]], ship to [[STREET_ADDRESS|Strandvejen 203, 2900 Hellerup]].",
    "SENDGRID_API_KEY=[[API_KEY|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]] # [[PERSON|Paolo Ricci]] please rotate",
    "[[PERSON|Mei Chen]] shared her screen during the call and the door code [[PASSWORD|7305#]] was visible.",
    "Expense claim by [[PERSON|Darnell Price]] on corporate card [[CREDIT_CARD|5304 1772 6690 1840]].",
    "Account recovery: [[PERSON|Ana Lucía Paredes]] confirmed [[EMAIL_ADDRESS|analu.paredes@hotmail.com]] and set a new password, [[PASSWORD|Arequipa_2025]].",
    "mysql: Access denied for user '[[ID_NUMBER|svc_ogunleye]]'@'[[IP_ADDRESS|192.0.2.88]]' ([[PERSON|Tunde Ogunleye]])",
    "Warm lead [[PERSON|Hugo Lefèvre]], HubSpot ID [[ID_NUMBER|30981274]], phone [[PHONE_NUMBER|06 39 98 17 63]]",
    "Payroll: [[PERSON|Astrid Nilsson]], employee [[ID_NUMBER|SE-1187]], pays into [[IBAN_CODE|SE07 8000 0832 7901 4638 2715]].",
]


# Requests whose only personal datum is one secret or number, said without a keyword; the
# first LOWER_BARE typed all in lower case.
BARE = [
    "can you check if [[PASSWORD|mapl3syrup&9]] is strong enough",
    "is [[PHONE_NUMBER|07700 900736]] a uk mobile or a landline",
    "i use [[PASSWORD|copper lantern quietly sings]] for everything, are four words enough these days",
    "how long would it take a gpu to crack [[PASSWORD|hunter7kestrel]]",
    "my bank app wants six digits, is [[PASSWORD|482915]] too predictable",
    "got [[PASSWORD|739204]] by text just now, does it expire after five minutes",
    "is [[CREDIT_CARD|4929 6130 7745 8123]] a visa or a mastercard",
    "whose network is [[PHONE_NUMBER|010-7315-2846]] on, skt or kt",
    "i accidentally committed [[API_KEY|57285629cd419de1f5bc5e1c47a07421]] to a public repo, how do i scrub it from the history",
    "do i need to keep [[PASSWORD|qp5g-jr6j]] and [[PASSWORD|esfh-cprm]] somewhere safe or can i toss them now that i'm logged in",
    "does [[CREDIT_CARD|6492 0137 7460 9213]] look like a discover number to you",
    "would [[PASSWORD|blue-otter-ramen-1987]] pass a 12 character minimum",
    "is [[PASSWORD|rufus1994!]] a bad choice if my dog is all over my instagram",
    "will [[PASSWORD|2207]] still open the side gate or did the landlord change it",
    "does [[ID_NUMBER|618 742 035]] pass the luhn check",
    "grandma still has [[PASSWORD|sunflower88]] on her router from 2009, should we change it",
    "someone keeps ringing me from [[PHONE_NUMBER|+44 7700 900512]], any idea who that is",
    "i typed [[PASSWORD|39-12-07]] into the hotel safe twice and it locked, how long is the lockout usually",
    "does [[ID_NUMBER|9111075389]] look like a swedish personnummer",
    "what's the quickest way to memorise [[PASSWORD|gravel tulip anchor]] without writing it down",
    "What bank is [[IBAN_CODE|DE66 1203 0000 0018 3746 25]] with?",
    "Is [[CREDIT_CARD|5188 4490 6317 7259]] a debit or a credit Mastercard?",
    "What service issues strings like [[API_KEY|github_pat_11N59YR0P0XRWOVB4QWIS4_LvNLsRf7KQgsQLEDIRald2a31XZ23pyeBQhwhDvr]], and what does the 11 mean?",
    "Is [[API_KEY|AKIAQUMPMHS49PJ96ARB]] from AWS or from some other cloud?",
    "How strong is [[PASSWORD|Velvet!Harbor_42]] compared to a four-word phrase?",
    "Which country uses mobile numbers like [[PHONE_NUMBER|+351 912 487 306]]?",
    "My bank sent [[PASSWORD|58 21 93]] by SMS, should I type it with the spaces?",
    "Is [[IBAN_CODE|NO22 1503 7729 418]] Norwegian or Danish?",
    "Does [[IBAN_CODE|IE34 BOFI 9000 1728 4653 01]] belong to Bank of Ireland?",
    "Is [[CREDIT_CARD|3485 620771 94322]] an American Express?",
    "Does [[PASSWORD|Maple-Quartz-Drift-Orbit-Lemon]] count as five words for an entropy calculator?",
    "Hey, would [[PASSWORD|Saturn Pickle Harbor]] be too easy to guess?",
    "Is [[CREDIT_CARD|4761 7398 0024 5155]] still valid under Luhn if I drop the last digit?",
    "I keep getting 'invalid' when I enter [[PASSWORD|0318]] at the ATM. Could it be locked?",
    "Just pasted [[API_KEY|sk-F8Hw1zuToG0ViIALklJcri6TAhWc2GFF7weTxLpsrLCITvQr]] into the terminal, which endpoint should I test first?",
    "Does [[IP_ADDRESS|203.0.113.42]] show my street to the websites I visit?",
    "Which Brazilian state issued [[ID_NUMBER|735.092.846-74]]?",
    "Is [[ID_NUMBER|T0295718Z]] a citizen number or a PR number?",
    "Does [[ID_NUMBER|330106199208152742]] mean the holder was born in Hangzhou?",
    "Is [[ID_NUMBER|731 204 9583]] written the way the NHS app shows it?",
    "Is [[ID_NUMBER|618473026]] a Dutch number or a Belgian one?",
    "Twitter gave me [[PASSWORD|QEGTO-VBL9K]] after I set up two-factor. Will I ever need it again?",
    "Quick check: does [[PASSWORD|Rk9!mZ2@qL]] meet the NIST guidance?",
    "Does [[ID_NUMBER|930214-2638159]] belong to a woman born in 1993?",
    "Which Spanish province is [[ID_NUMBER|71394028G]] from?",
    "Will Swiss banks accept [[IBAN_CODE|CH48 0483 5038 5920 1100 0]] for a standing order?",
    "What's the BIC for [[IBAN_CODE|SE29 5000 0000 0541 2037 7916]]?",
    "Does [[IBAN_CODE|NL87 INGB 0007 2649 18]] look right to you?",
    "Could [[PHONE_NUMBER|(415) 555-0139]] be a San Francisco number?",
    "Is [[PHONE_NUMBER|+61 491 570 842]] a Telstra mobile?",
    "I chose [[PASSWORD|Orchid-Tundra-47]] last night and already forgot whether the dash was there.",
    "Is it safe to reuse [[PASSWORD|Kilimanjaro#Sunrise]] on two sites?",
    "Is [[CREDIT_CARD|4117 3825 6604 9270]] tied to a particular bank?",
    "The front desk gave me [[PASSWORD|83419]] for the room safe. Does it need the # after it?",
    "Can anyone still use [[API_KEY|dop_v1_35421f01c6a4c6f8e1a7c4797b57335f8430e493247aa2e55676336e55e4b57d]] if I revoke it now?",
    "Is [[API_KEY|0ab84b84b837527697f08df470461c86]] the right length for Mailchimp?",
    "Which bank in Lithuania does [[IBAN_CODE|LT43 7301 0010 0374 2186]] point to?",
    "Can I send money to [[IBAN_CODE|HU94 1177 3016 2009 5847 0000 0000]] from Revolut?",
    "Is [[PASSWORD|Tangerine Pocket Violin Stairs]] better than a random 10-character string?",
    "My laptop asks for [[PASSWORD|M7GZ6-7YLI5]] after the BIOS update. Where does that come from?",
]


# Short benchmark-style questions; historical figures are named and not labelled.
CLEAN_BENCHMARK = [
    "What is 17 times 24?",
    "If a train travels 180 km in 2.5 hours, what is its average speed?",
    "Solve for x: 3x + 7 = 22.",
    "What is the derivative of x^3 sin x?",
    "How many prime numbers are there below 50?",
    "What is the capital of Mongolia?",
    'Who wrote "One Hundred Years of Solitude"?',
    "Which planet has the most known moons?",
    "In what year did the Berlin Wall fall?",
    "Who painted the ceiling of the Sistine Chapel?",
    "Write a Python function that reverses a singly linked list.",
    "What is the time complexity of binary search?",
    "Explain the difference between a process and a thread.",
    "How do I remove duplicates from a list in Python while keeping the order?",
    "Write a SQL query that returns the second highest salary from an employees table.",
    "What does git rebase -i do?",
    "Why is the sky blue?",
    "What is the chemical formula of table salt?",
    "Explain photosynthesis in two sentences.",
    "Which organelle is called the powerhouse of the cell?",
    "What did Marie Curie discover?",
    "Why did Julius Caesar cross the Rubicon?",
    "What reforms is Peter the Great known for?",
    "Who was Genghis Khan and how large did his empire grow?",
    "What was Ada Lovelace's contribution to computing?",
    "What happened at the Battle of Hastings?",
    "Summarize Abraham Lincoln's Gettysburg Address in three sentences.",
    "Why is Nikola Tesla linked with alternating current?",
    "What is the sum of the interior angles of a hexagon?",
    "A rectangle has a perimeter of 30 cm and a length of 9 cm. What is its width?",
    "What is the boiling point of water in Fahrenheit?",
    "Which element has atomic number 26?",
    "State Newton's second law of motion.",
    "Convert 0.375 to a fraction in lowest terms.",
    "What is the longest river in Africa?",
    "Which ocean is the deepest?",
    "Who composed The Four Seasons?",
    "Write a JavaScript function that debounces another function.",
    "What is a closure in programming?",
    "What's the difference between TCP and UDP?",
    "Explain what a hash map is to a beginner.",
    "What causes the seasons on Earth?",
    "How does a vaccine train the immune system?",
    "What did Galileo Galilei see through his telescope in 1610?",
    "Why was Cleopatra important in Roman politics?",
    "What were the main teachings of Confucius?",
    "Who was Mansa Musa and why is he remembered?",
    "Tom has three times as many apples as Sara, and together they have 48. How many does Sara have?",
    "What is the square root of 1764?",
    "Name the three branches of the US government.",
]

# Requests full of numbers that are not identifiers.
CLEAN_NUMBERS = [
    "The laptop costs $1,249.99 plus 8% sales tax. What's the total?",
    "Is Python 3.12.4 compatible with Django 4.2?",
    "My flight BA 283 lands at 14:35. How long is the drive from Heathrow into central London?",
    "The Lakers won 112-108 last night. How common is a four-point margin in NBA games?",
    "Order #A-55218 hasn't shipped in 9 days. What should I write to the seller?",
    "Is the check digit of ISBN 978-0-306-40615-7 correct?",
    "Convert 72 kg to pounds.",
    "My room is 4.2 m by 3.6 m. How many 60 cm tiles do I need?",
    "What happened in 1789 apart from the French Revolution?",
    "Will 2 TB of storage hold 40,000 RAW photos at 25 MB each?",
    "Should I pick Node 18.19.0 or 20.11.1 for a new project?",
    "Flight LH 1234 leaves at 06:50. Is a 45-minute connection in Frankfurt enough?",
    "A recipe for 2 needs 250 g flour and 180 ml milk. Scale it for 3.",
    "What's the monthly payment on a 15-year mortgage of $320,000 at 6.25%?",
    "Is 1080p at 60 fps better than 1440p at 30 fps for streaming?",
    "Tracking 1Z4F82E90398172645 says exception. What does that mean?",
    "Invoice INV-2024-0387 shows 1,460 euros. How do I split out 21% VAT?",
    "The thermostat reads 68°F. What's that in Celsius?",
    "Is a magnitude 5.9 earthquake much stronger than a 5.2?",
    "How do I link Jira issue 7734 to epic 7701?",
    "Was Bitcoin block 840000 the 2024 halving?",
    "My marathon time was 3:47:12. What pace per kilometre is that?",
    "Which Windows 11 version is build 22631.3155?",
    "What's the real difference between USB 3.2 Gen 2 at 10 Gbps and USB4 at 40 Gbps?",
    "If I save $450 a month at 4% interest, how much will I have after 10 years?",
]

# Questions about formats with obvious placeholders.
CLEAN_PLACEHOLDERS = [
    "In an address like name@example.com, what is the part after the @ called?",
    "Are US numbers like 555-0100 reserved for films and TV?",
    "Our checkout shows 0000 0000 0000 0000 as the card placeholder. Is that a good idea?",
    "How should a receipt show a masked card such as XXXX XXXX XXXX XXXX?",
    "What's a good regex to validate addresses like user@example.org?",
    "The docs say PASSWORD=your password here in the .env file. What goes there?",
    "How do I write an SSN hint like XXX-XX-XXXX in a web form?",
    "Why do RFCs use addresses like 192.0.2.1 and 2001:db8::1 in their examples?",
    "What does John Doe mean on a legal form?",
    "Which IBAN should I show as a field hint, something like GB00 XXXX 0000 0000 0000 00?",
    "How do I replace <API_KEY> in the curl example with my own?",
    "What does 'Jane Doe, 123 Main Street, Anytown' stand for on a sample envelope?",
    "Should the phone field placeholder be (555) 555-0100 or +1 000 000 0000?",
    "How do I write a date-of-birth hint like DD/MM/YYYY?",
    "The template says 'Dear [First Name]'. How do I fill it in with mail merge?",
    "What does YOUR_API_KEY_HERE in the README mean?",
    "How should I show a PIN field hint, **** or 0000?",
    "Why does the sample config use admin/changeme as the default login?",
    "What are the example.net and example.org domains for?",
    "In the form it says 'Username: your_username'. What do I type?",
    "What is the format of a UK postcode like AB1 2CD?",
    "What does sk-xxxxxxxxxxxxxxxx in the API docs stand for?",
    "How do I mask an email in logs as j***@example.com?",
    "What does the 000-00-0000 SSN in our test fixture mean?",
    "How should I label a sample IBAN field that reads DE00 0000 0000 0000 0000 00?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "57382910462": steuer_id_ok,  # German tax id
    "48291637D": dni_ok,  # Spanish DNI
    "71394028G": dni_ok,
    "Y7305184F": dni_ok,  # Spanish NIE
    "870923-4168": luhn_len(10),  # Swedish personnummer
    "9111075389": luhn_len(10),
    "88071423810": pesel_ok,  # Polish PESEL
    "95022706148": pesel_ok,
    "4827 3916 0583": aadhaar_ok,  # Indian Aadhaar
    "7361 5820 9475": aadhaar_ok,
    "880523-1347199": rrn_ok,  # Korean resident registration number
    "930214-2638159": rrn_ok,
    "527 391 841": luhn_len(9),  # Canadian SIN
    "618 742 035": luhn_len(9),
    "418.275.639-82": cpf_ok,  # Brazilian CPF
    "735.092.846-74": cpf_ok,
    "6381745K": pps_ok,  # Irish PPS number
    "BNCLRA85M52F205I": codice_fiscale_ok,  # Italian codice fiscale
    "273509147": bsn_ok,  # Dutch BSN
    "618473026": bsn_ok,
    "S8734512B": nric_ok,  # Singapore NRIC
    "T0295718Z": nric_ok,
    "510107198704223613": china_id_ok,  # Chinese resident identity card
    "330106199208152742": china_id_ok,
    "28461937550": kimlik_ok,  # Turkish kimlik
    "880417 5273 082": luhn_len(13),  # South African id
    "9102260843086": luhn_len(13),
    "120785-436C": hetu_ok,  # Finnish henkilötunnus
    "02119448533": fodselsnummer_ok,  # Norwegian fødselsnummer
    "38905142719": isikukood_ok,  # Estonian isikukood
    "1960312418731": cnp_ok,  # Romanian CNP
    "855321/4714": rodne_cislo_ok,  # Czech rodné číslo
    "3160824750": rnokpp_ok,  # Ukrainian RNOKPP
    "85.06.13-273.97": belgian_id_ok,  # Belgian national number
    "217439063": nif_ok,  # Portuguese NIF
    "120891-3320": kennitala_ok,  # Icelandic kennitala
    "1 84 03 69 108 247 38": nir_ok,  # French NIR
    "453 729 164": tfn_ok,  # Australian TFN
    "2951 84632 1": medicare_ok,  # Australian Medicare
    "7385 9120 4768": my_number_ok,  # Japanese My Number
    "301847265": luhn_len(9),  # Israeli teudat zehut
    "15.842.379-0": rut_ok,  # Chilean RUT
    "ZKR2844": nhi_ok,  # New Zealand NHI
    "948 361 7251": nhs_ok,  # NHS number
    "731 204 9583": nhs_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|41) 496 0\d{3}",  # Leeds and Glasgow drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|20|30|43|47|48|54|63|86|90|91|98|234|254|351|971|972) [\d -]+\d",  # no fiction range known
    )
]

# Words that would name a secret or number in the keyword-free requests.
KEYWORDS = re.compile(
    r"\b(password|passwd|passcode|passphrase|pin|iban|ssn|token|secret|api key|credit card|card number|account number)\b",
    re.IGNORECASE,
)


def check_mix() -> None:
    """The free-text rows each name someone and carry a record value; the keyword-free
    requests carry one kind of value, no keyword and no name."""
    for marked in FREE_TEXT:
        kinds = {s["type"] for s in marked_spans(marked)}
        if "PERSON" not in kinds or len(kinds) < 2:
            raise SystemExit(f"free text: no name or no value in {marked[:60]!r}")
    for marked in BARE:
        kinds = {s["type"] for s in marked_spans(marked)}
        if len(kinds) != 1 or "PERSON" in kinds or KEYWORDS.search(strip_marks(marked)[0]):
            raise SystemExit(f"bare: a keyword, a name or two kinds in {marked[:60]!r}")
    for marked in SYNTHETIC:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"synthetic: no name in {marked[:60]!r}")


def main() -> None:
    sections = {
        "synthetic": (SYNTHETIC, 100),
        "free text": (FREE_TEXT, 60),
        "bare": (BARE, 60),
        "clean benchmark": (CLEAN_BENCHMARK, 50),
        "clean numbers": (CLEAN_NUMBERS, 25),
        "clean placeholders": (CLEAN_PLACEHOLDERS, 25),
    }
    pii = SYNTHETIC + FREE_TEXT + BARE
    check_counts("synthetic", SYNTHETIC, SYNTHETIC_WORDS, (2, 4))
    check_counts("free text", FREE_TEXT, FREE_TEXT_WORDS, (2, 4))
    check_counts("bare", BARE, BARE_WORDS, (1, 2))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind59", HERE, sections, {"synthetic", "free text", "bare"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=BARE, lower_chat=LOWER_BARE, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
