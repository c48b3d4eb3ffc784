# ruff: noqa: E501
"""A forty-seventh blind privacy set: 220 texts with personal data and 100 clean ones, a
held-out privacy benchmark's mix.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 100 short sentences in the style of synthetic PII benchmark sets such as
  presidio-research's synthetic dataset (5 to 45 words), one to three values each: one
  person with up to two identifiers (one log line holds only an e-mail and an IP):
  billing and shipping updates, bios, customer-service lines, shipping labels, travel
  profiles, HR lines and log lines; names of many origins (Arabic, Persian, Turkish,
  Slavic, Nordic, West and East African, South and East Asian, Latin American, Irish,
  Maori), some only a first name or a surname after a title; street addresses in the
  formats of 33 countries and territories; phones in national layouts with and without
  separators; e-mails, IBANs, cards, SSNs, national ids, passports, driver licences and
  usernames;
* 60 free-text rows in the manner of a synthetic PII dataset (12 to 80 words): a sentence
  or two of narrative with one name and one to three of an e-mail, a username, a password,
  an IP address, an account number, an API key, a card, an IBAN, a phone or a national id;
* 60 everyday chat requests (5 to 60 words) about the writer's friends, family,
  colleagues, doctors, tenants and customers, with and without cue words ("my friend",
  "Dr"), with lone first names, lone surnames, nicknames and names that are also words
  (Grace, Mark, Rose, Jade, Ivy, Cliff); the first 20 (a third) are typed all in lower
  case.

Usernames and logins, account, customer, member, employee and loyalty numbers, passports,
driver licences and national ids are ID_NUMBER; passwords, PINs and wifi keys PASSWORD;
titles (Mr, Mrs, Ms, Dr, Prof) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; public figures, fictional
characters, companies, order, ticket and booking numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench- and Vicuna-style prompts (some naming famous or
fictional people), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style
items with options A to D naming historical figures and 25 healthcare-routing questions
naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0, 0131 496 0; North America 555-01xx; Australia 0491 570 and (0x) 5550; France
06 39 98 and 01 99 00; Germany 030 23125 and 040 66969) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits wherever ``ids.py`` has a
validator (Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian
isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New
Zealand NHI, French NIR, Belgian national number, Turkish kimlik, Indian Aadhaar,
Brazilian CPF, Polish PESEL, Swedish personnummer, Korean resident registration number,
Chinese resident id, Japanese My Number, Irish PPS, Finnish henkilötunnus, Dutch BSN,
Canadian SIN, South African id, Israeli teudat zehut, Greek AMKA, Australian Medicare and
TFN, NHS number, Spanish DNI and NIE, Singapore NRIC, Italian codice fiscale).

Run ``.venv/bin/python bench/data/build_blind47.py`` from the repository root; the output is
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
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 20
MIN_CHARS = 15
MAX_WORDS = 300
PRESIDIO_WORDS = (5, 45)
RECORD_WORDS = (12, 80)
CHAT_WORDS = (5, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sgt|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
WORD_NAMES = ("grace", "mark", "rose", "jade", "ivy", "cliff")

# 100 sentences in the manner of presidio-research's synthetic PII sentences.
PRESIDIO = [
    "Please update the billing address for [[PERSON|Hamid Rezaei]] to [[STREET_ADDRESS|14 Rue des Lilas, 69003 Lyon]] and his phone to [[PHONE_NUMBER|06 39 98 41 27]].",
    "[[PERSON|Aylin Demirtaş]] was born in İzmir and now works as a pharmacist; reach her at [[PHONE_NUMBER|+90 532 418 2793]].",
    "Ship to: [[PERSON|Bogdan Kowalczyk]], [[STREET_ADDRESS|ul. Mickiewicza 27/4, 31-120 Kraków]]",
    "My name is [[PERSON|Ingrid Solberg]] and my e-mail is [[EMAIL_ADDRESS|ingrid.solberg@fjordpost.no]].",
    "The customer [[PERSON|Kwame Mensah]] called from [[PHONE_NUMBER|+233 24 418 3920]] about a double charge on card [[CREDIT_CARD|4532 0174 8290 5166]].",
    "[[PERSON|Priya Raghunathan]] lives at [[STREET_ADDRESS|Flat 3B, 17 Residency Road, Bengaluru 560025]] and her Aadhaar is [[ID_NUMBER|6392 7184 0510]].",
    "Mr. [[PERSON|Okonkwo]] asked us to send the refund to IBAN [[IBAN_CODE|DE03 7005 0000 6204 7183 59]].",
    "[[PERSON|Chen Jiahui]]'s resident identity number is [[ID_NUMBER|510107199308274632]].",
    "Traveler profile: [[PERSON|Mariana Castillo Ríos]], passport [[ID_NUMBER|G48217395]], mobile [[PHONE_NUMBER|+52 55 4182 7395]].",
    "Dr [[PERSON|Lindqvist]] will see you on Thursday at 09:40 in room 12.",
    "[[PERSON|Tomasz Wiśniewski]], PESEL [[ID_NUMBER|85112304714]], started on the night shift in March.",
    "Contact [[PERSON|Nguyen Thi Lan]] at [[EMAIL_ADDRESS|lan.nguyen84@saigonmail.vn]] or [[PHONE_NUMBER|+84 912 418 273]].",
    "2024-05-17T09:12:44Z WARN login failed for [[PERSON|Farid Haddad]] (user [[ID_NUMBER|fhaddad]]) from [[IP_ADDRESS|203.0.113.47]]",
    "[[PERSON|Oluwaseun Adeyemi]] can be reached on [[PHONE_NUMBER|0803 412 7765]] between nine and five.",
    "Please cancel the gym membership of [[PERSON|Sven Eriksson]], member number [[ID_NUMBER|SE-448172]].",
    "[[PERSON|Layla Al-Mansouri]] moved to [[STREET_ADDRESS|Villa 12, Street 7, Al Barsha 2, Dubai]] last spring.",
    "Employee [[PERSON|Rajesh Kumar Iyer]] (ID [[ID_NUMBER|EMP-207431]]) has been promoted to team lead.",
    "Send the replacement card to [[PERSON|Keiko Matsuda]], [[STREET_ADDRESS|2-14-9 Shibuya, Shibuya-ku, Tokyo 150-0002]].",
    "[[PERSON|Diego Fernández]]'s SSN is [[US_SSN|512-38-4729]] and he was born on 3 April 1988.",
    "Hi, this is [[PERSON|Ana Luísa Pereira]], NIF [[ID_NUMBER|238715400]], I need a copy of my last invoice.",
    "The tenant, Ms. [[PERSON|Oyelaran]], pays her rent from [[IBAN_CODE|GB25 MIDL 4017 2983 0571 64]].",
    "[[PERSON|Dmitri Volkov]] logged in from [[IP_ADDRESS|198.51.100.23]] at 03:14 and downloaded two reports.",
    "For delivery questions call [[PERSON|Jonas Becker]] on [[PHONE_NUMBER|030 23125 417]].",
    "[[PERSON|Amara Okafor]] is a 34-year-old nurse from Enugu who now lives at [[STREET_ADDRESS|48 Admiralty Way, Lekki Phase 1, Lagos 106104]].",
    "Name: [[PERSON|Soo-ah Park]] / RRN: [[ID_NUMBER|880419-2183744]] / Tel: [[PHONE_NUMBER|010-4182-7395]]",
    "[[PERSON|Gabriel Moreau]] paid with [[CREDIT_CARD|5527 1840 6392 7417]] and asked for the receipt at [[EMAIL_ADDRESS|gmoreau@lumiere-post.fr]].",
    "Hello Mrs. [[PERSON|Yılmaz]], your parcel is waiting for you at the Kadıköy depot.",
    "[[PERSON|Arash Tehrani]]'s driving licence number is [[ID_NUMBER|TEHRA806127AT9KL]].",
    "[[PERSON|Ewa Nowicka-Zielińska]], [[STREET_ADDRESS|ul. Piotrkowska 112 m. 5, 90-006 Łódź]], tel. [[PHONE_NUMBER|+48 512 384 729]]",
    "Bio: [[PERSON|Kofi Boateng]] is a software engineer in Kumasi who writes about football analytics and grows peppers.",
    "[[PERSON|Mehmet Aksoy]], T.C. kimlik no [[ID_NUMBER|28473019688]], applied for a residence card renewal.",
    "Our records show [[PERSON|Ahmed Farouk]] at [[STREET_ADDRESS|15 Shehab Street, Mohandessin, Giza 12655]].",
    "Card holder [[PERSON|Lucía Ortega]] - [[CREDIT_CARD|3746 291058 37193]] - exp 09/27",
    "[[PERSON|Henrik Madsen]] asked to move his salary payments to [[IBAN_CODE|DK83 3409 0007 1829 34]].",
    "Reach [[PERSON|Tariq Mahmood]] at [[PHONE_NUMBER|+92 300 4172839]] or [[EMAIL_ADDRESS|tariq.mahmood@lahorenet.pk]].",
    "[[PERSON|Marta Kovačević]] lives at [[STREET_ADDRESS|Ilica 84, 10000 Zagreb]] with her two cats.",
    "Reservation for Ms. [[PERSON|Haruka Tanaka]], 2 guests, contact [[EMAIL_ADDRESS|haruka.t@kumomail.jp]].",
    "[[PERSON|Mohammed Al-Qahtani]] sent SAR 2,400 from [[IBAN_CODE|SA68 4500 0000 3910 4782 6519]].",
    "Professor [[PERSON|Astrid Nyberg]]'s new office is at [[STREET_ADDRESS|Sveavägen 44, 111 34 Stockholm]].",
    "[[PERSON|Emeka Nwosu]] (SSN [[US_SSN|618-42-0937]]) requested a copy of his W-2.",
    "[[PERSON|Giulia Russo]], codice fiscale [[ID_NUMBER|RSSGLI88M52F839D]], lives at [[STREET_ADDRESS|Via Toledo 156, 80134 Napoli]].",
    "[[PERSON|Bjørn Haraldsen]], fødselsnummer [[ID_NUMBER|140387 52317]], has asked for his tax card.",
    "Customer [[PERSON|Xu Ming]] updated his phone number to [[PHONE_NUMBER|+86 138 4172 8390]].",
    "[[PERSON|Isabela Carvalho]], CPF [[ID_NUMBER|318.527.946-82]], [[STREET_ADDRESS|Rua Augusta 1520, apto 82, Consolação, São Paulo - SP, 01304-001]]",
    "Please forward the signed contract to Mr [[PERSON|Abernathy]] at [[EMAIL_ADDRESS|r.abernathy@coldbrookhomes.co.uk]].",
    "[[PERSON|Siddharth Menon]] from Kochi left his number as [[PHONE_NUMBER|9845027163]].",
    "[[PERSON|Nadia Benali]] lives at [[STREET_ADDRESS|23 Rue Ibn Battouta, Appt 4, 20250 Casablanca]].",
    "Passenger [[PERSON|Youssef Haddad]], passport [[ID_NUMBER|RL7290431]], seat 23C, no checked bags.",
    "[[PERSON|Olga Petrenko]] paid her utility bill from [[IBAN_CODE|UA49 3220 0100 0000 2600 7233 5660 01]].",
    "Shipping label: [[PERSON|Liam O'Sullivan]], [[STREET_ADDRESS|Apt 6, 22 Grand Canal Street Lower, Dublin 2, D02 KX88]]",
    "[[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|9103085271081]], works at the Durban branch.",
    "[[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905612/4187]], [[STREET_ADDRESS|Vinohradská 1897/12, 120 00 Praha 2]]",
    "[[PERSON|Jakub Novák]] changed his contact e-mail to [[EMAIL_ADDRESS|jakub.novak77@vltava-post.cz]].",
    "[[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], was discharged from the ward on Friday.",
    "[[PERSON|Carlos Eduardo Mejía]] can be reached at [[PHONE_NUMBER|+57 310 418 2739]] or at [[STREET_ADDRESS|Calle 85 # 11-53, Apto 402, Bogotá]].",
    "[[PERSON|Sofía Gutiérrez]]'s RUT is [[ID_NUMBER|14.382.619-8]].",
    "Update the file for [[PERSON|Ruth Abebe]]: new address [[STREET_ADDRESS|House No. 231, Bole Sub-City, Woreda 03, Addis Ababa]].",
    "[[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|220795-318L]], [[STREET_ADDRESS|Hämeenkatu 21 A 7, 33200 Tampere]]",
    "Account holder: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7618204C]], mobile [[PHONE_NUMBER|+65 9182 4736]]",
    "2024-03-02 11:05:19 INFO password reset requested by [[EMAIL_ADDRESS|k.adeyemi@brightlane.ng]] from [[IP_ADDRESS|192.0.2.114]]",
    "[[PERSON|Hiroshi Watanabe]]'s My Number is [[ID_NUMBER|7392 0518 4622]].",
    "Call Mrs. [[PERSON|Haddad]] back on [[PHONE_NUMBER|(415) 555-0132]] about the lease.",
    "[[PERSON|Jean-Baptiste Kaboré]], NIR [[ID_NUMBER|1 85 07 75 123 482 79]], is registered with the Paris health insurance office.",
    "[[PERSON|Elif Şahin]] sent her CV from [[EMAIL_ADDRESS|elif.sahin@anadolu-posta.com.tr]].",
    "Bill to [[PERSON|Harpreet Sandhu]], [[STREET_ADDRESS|2231 Kingsway, Vancouver, BC V5N 2T4]], SIN [[ID_NUMBER|648 129 575]]",
    "[[PERSON|Thandiwe Mokoena]] asked to be called back on [[PHONE_NUMBER|082 418 2739]] after 6 pm.",
    "[[PERSON|Pieter de Vries]], BSN [[ID_NUMBER|528461734]], [[STREET_ADDRESS|Prinsengracht 418-2, 1016 HL Amsterdam]]",
    "[[PERSON|Maximilian Huber]] pays rent from [[IBAN_CODE|AT19 2011 1829 4617 3058]] for the flat at [[STREET_ADDRESS|Mariahilfer Straße 88/14, 1070 Wien]].",
    "Send the keys to [[PERSON|Noor Fatima]], [[STREET_ADDRESS|House 14, Street 9, F-7/2, Islamabad 44000]].",
    "[[PERSON|Elin Johansson]]'s personnummer [[ID_NUMBER|910423-6188]] was entered twice in the payroll system.",
    "Dear Ms [[PERSON|Mwangi]], we tried to reach you on [[PHONE_NUMBER|0712 408 396]] about your order.",
    "[[PERSON|Juan Pablo Herrera]], [[STREET_ADDRESS|Av. Corrientes 3247, Piso 5 Dto. B, C1193AAE CABA]], cel. [[PHONE_NUMBER|+54 9 11 4182-7395]]",
    "[[PERSON|Yuki Sato]] paid for the tour with JCB [[CREDIT_CARD|3530 1149 2837 1600]].",
    "[[PERSON|Anjali Deshpande]] has moved to [[STREET_ADDRESS|B-602, Sai Kripa CHS, Link Road, Malad West, Mumbai 400064]].",
    "Agent note: caller [[PERSON|Khadija Ouédraogo]] confirmed her date of birth as 12/06/1979 and her e-mail as [[EMAIL_ADDRESS|khadija.oued@faso-net.bf]].",
    "[[PERSON|Lars Henriksen]], [[STREET_ADDRESS|Thorvald Meyers gate 51, 0555 Oslo]], konto [[IBAN_CODE|NO78 1503 2947 183]]",
    "[[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2950712403184]], signed the lease in Cluj on Monday.",
    "[[PERSON|Kaito]] called about the missing refund; his number is [[PHONE_NUMBER|090-4182-7395]].",
    "[[PERSON|Miriam Goldberg]], teudat zehut [[ID_NUMBER|318472057]], is the second driver on the rental.",
    "[[PERSON|Georgios Papadopoulos]], AMKA [[ID_NUMBER|08078812347]], mobile [[PHONE_NUMBER|+30 694 418 2739]]",
    "[[PERSON|Tyrone Jackson]], [[STREET_ADDRESS|4417 Magnolia Ave, Apt 2C, Memphis, TN 38117]], [[PHONE_NUMBER|901-555-0147]]",
    "[[PERSON|Siobhan Gallagher]], [[STREET_ADDRESS|27 Ashgrove Terrace, Leeds LS6 3BH]], NHS number [[ID_NUMBER|743 829 1057]]",
    "Visa [[CREDIT_CARD|4916273081450932]] belongs to [[PERSON|Oskar Lindgren]].",
    "[[PERSON|Marisol Vega]] moved to [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Int. 7, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]].",
    "HR: [[PERSON|Adebayo Ogunleye]] has resigned; pay his final salary into [[IBAN_CODE|GB11 BARC 2095 1873 6405 28]].",
    "[[PERSON|Lee Hyun-woo]] signs in to the staff portal as [[ID_NUMBER|hwlee_88]].",
    "Please ask Prof. [[PERSON|Abubakar]] to sign the form by Friday.",
    "[[PERSON|Beatriz Santos]], [[STREET_ADDRESS|Rua da Prata 214, 3.º Esq., 1100-420 Lisboa]], [[PHONE_NUMBER|+351 912 418 273]]",
    "[[PERSON|Andrei Ionescu]], NIE [[ID_NUMBER|Y4817362A]], [[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]]",
    "[[PERSON|Francisco Javier Ruiz]] showed his DNI [[ID_NUMBER|53928174M]] at the front desk.",
    "Deliver to [[PERSON|Wong Ka Yan]], [[STREET_ADDRESS|Flat 12C, Block 3, Tai Koo Shing, Quarry Bay, Hong Kong]].",
    "[[PERSON|Friederike Schulte]], Steuer-ID [[ID_NUMBER|47 193 058 267]], [[STREET_ADDRESS|Lindenstraße 34, 50674 Köln]]",
    "[[PERSON|Mathieu Dupont]], numéro national [[ID_NUMBER|85.06.14-283.57]], [[STREET_ADDRESS|Rue Royale 112, bte 3, 1000 Bruxelles]]",
    "[[PERSON|Nicolas Favre]] would like his bonus paid to [[IBAN_CODE|CH96 0023 5739 1846 2007 1]].",
    "[[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120391-2839]], booked the cabin for June.",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48906142714]], renewed her library card.",
    "[[PERSON|Olena Bondarenko]] gave her tax number as [[ID_NUMBER|3182047566]].",
    "[[PERSON|Mia Thompson]], [[STREET_ADDRESS|Unit 4, 19 Bridge Road, Glebe NSW 2037]], Medicare [[ID_NUMBER|5271 93849 1]]",
    "[[PERSON|Jack Nguyen]]'s TFN is [[ID_NUMBER|738 251 648]] and his mobile is [[PHONE_NUMBER|0491 570 157]].",
    "[[PERSON|Kim Min-jun]] lives at [[STREET_ADDRESS|Apt 1204, 35 Teheran-ro 87-gil, Gangnam-gu, Seoul 06164]].",
]

# 60 free-text rows in the manner of a synthetic PII dataset's narrative records.
RECORDS = [
    "[[PERSON|Leontine Asante]] opened a savings account, number [[ID_NUMBER|0041-7729-3310]], and asked that her statements be sent to [[EMAIL_ADDRESS|leontine.asante@kasamail.gh]] instead of by post.",
    "The help desk reset the login for [[PERSON|Piotr Zając]]: username [[ID_NUMBER|pzajac_krk]], temporary password [[PASSWORD|Wisla!2024tmp]]. He signed in again from [[IP_ADDRESS|203.0.113.88]] ten minutes later.",
    "In her complaint, [[PERSON|Rania Khalil]] wrote that someone had used her e-mail [[EMAIL_ADDRESS|rania.khalil@nilemail.eg]] to order a phone; the order was placed from [[IP_ADDRESS|2001:db8:4a1:9c::17]].",
    "[[PERSON|Matteo Bianchi]] registered for the webinar as [[ID_NUMBER|mbianchi_dev]] with the address [[EMAIL_ADDRESS|matteo.bianchi@lagunaweb.it]] and chose the password [[PASSWORD|Gelato_Verde_77]].",
    "During the quarterly audit we found that [[PERSON|Samuel Osei]] had e-mailed his VPN password, [[PASSWORD|Tema2020!!]], to an outside contractor, and that his account [[ID_NUMBER|sosei]] was still active on two laptops.",
    "[[PERSON|Chloé Lambert]]'s loyalty account [[ID_NUMBER|FR-LOY-0082714]] was merged with a duplicate profile that had been created from [[IP_ADDRESS|192.0.2.201]] the week before.",
    "[[PERSON|Arjun Nair]] paid the deposit from his savings account [[ID_NUMBER|50100274813965]] and sent the receipt from [[EMAIL_ADDRESS|arjun.nair.kochi@indimail.in]] on the same afternoon.",
    "The forum user [[ID_NUMBER|nightowl_reza]], who signs his posts as [[PERSON|Reza Karimi]], was suspended after posting from [[IP_ADDRESS|198.51.100.142]] and [[IP_ADDRESS|198.51.100.143]] within a minute.",
    "[[PERSON|Wanjiru Kamau]] forgot the password of her statement PDF; the bank's hint says it is her national ID number, [[ID_NUMBER|28471936]], followed by the year she was born.",
    "[[PERSON|Sigrid Holm]] asked the landlord to refund her deposit to [[IBAN_CODE|SE93 8000 0832 7900 4176 2593]] and to confirm by e-mail at [[EMAIL_ADDRESS|sigrid.holm@nordvik.se]].",
    "After the phishing test, [[PERSON|Tomás Quispe]] admitted he had typed his password [[PASSWORD|Cusco#Llama19]] into the fake page; the page logged his machine as [[IP_ADDRESS|203.0.113.19]].",
    "[[PERSON|Fatemeh Moradi]] uses the handle [[ID_NUMBER|fati_m_1370]] on the recipe site and gets newsletters at [[EMAIL_ADDRESS|fmoradi1370@parsmail.ir]].",
    "The developer [[PERSON|Eirik Nordhagen]] committed an API key, [[API_KEY|qk_live_7Hf3LmN9xR2vTq8Wz4Bc6YdE]], to a public repository; it was revoked an hour later.",
    "[[PERSON|Nkechi Eze]]'s online banking profile lists account [[ID_NUMBER|0123984756]], user ID [[ID_NUMBER|nkechi.eze]] and the recovery e-mail [[EMAIL_ADDRESS|nkechi.eze@lagoonmail.ng]].",
    "On 12 May [[PERSON|Hannah Weiß]] reported that her password [[PASSWORD|Sommer2023!]] had stopped working; the last successful login came from [[IP_ADDRESS|198.51.100.61]].",
    "[[PERSON|Vikram Chauhan]] set up autopay for his phone bill with card [[CREDIT_CARD|5369 0471 8253 0696]] and listed [[EMAIL_ADDRESS|vikram.c@jaipurconnect.in]] for the receipts.",
    "The clinic's portal shows patient [[PERSON|Amina Yusuf]] with login [[ID_NUMBER|amina.yusuf83]] and a recovery phone of [[PHONE_NUMBER|07700900563]].",
    "[[PERSON|Mateus Oliveira]] transferred 1,200 reais to his brother from account [[ID_NUMBER|00417-3 / 28194-6]] and kept the confirmation sent to [[EMAIL_ADDRESS|mateus.oliveira@cariocanet.com.br]].",
    "Security notice: the account of [[PERSON|Emily Carter]] ([[EMAIL_ADDRESS|emily.carter@harborview-mail.com]]) was accessed from [[IP_ADDRESS|2001:db8:7f00::a3]], a location she has never used.",
    "[[PERSON|Daniyar Seitkali]] created the shop account [[ID_NUMBER|daniyar_s]] with the password [[PASSWORD|Almaty*Snow42]] and saved the card [[CREDIT_CARD|4024 0071 8253 9469]] for later purchases.",
    "[[PERSON|Sakura Yamamoto]] wrote to support from [[EMAIL_ADDRESS|sakura.y@hanamail.jp]] because her username [[ID_NUMBER|sakura_ym]] had been locked after three failed logins.",
    "[[PERSON|Obinna Chukwu]] shared the office wifi key [[PASSWORD|Gr33nH0use#5]] in the team chat, which also showed his phone number [[PHONE_NUMBER|+234 803 418 2739]].",
    "[[PERSON|Lucas Girard]] paid his membership with IBAN [[IBAN_CODE|FR23 1027 8060 3900 0204 1738 512]]; the mandate reference was sent to [[EMAIL_ADDRESS|lucas.girard@alpes-courrier.fr]].",
    "The contractor [[PERSON|Bartosz Lewandowski]] left his SSH password, [[PASSWORD|Baltyk_2022]], in a note on the shared drive, next to the server address [[IP_ADDRESS|192.0.2.45]].",
    "[[PERSON|Camila Restrepo]] asked to close her account [[ID_NUMBER|4417-220938-01]] and to send the remaining balance to [[IBAN_CODE|ES61 0049 1500 0527 1846 0391]].",
    "[[PERSON|Ali Reza Hosseini]] registered with the username [[ID_NUMBER|arhosseini]] from [[IP_ADDRESS|203.0.113.201]], giving [[EMAIL_ADDRESS|ali.hosseini@tabrizmail.ir]] as his e-mail.",
    "A note on the file of [[PERSON|Margaret Okafor-Reid]] says her pension is paid to [[IBAN_CODE|IE89 BOFI 9012 3748 2619 37]] and her PPS number is [[ID_NUMBER|8473926EA]].",
    "[[PERSON|Hugo Lemaire]] recovered his e-mail account [[EMAIL_ADDRESS|hugo.lemaire@valmont.fr]] by answering the security question; the new password he chose is [[PASSWORD|Brioche&Cafe88]].",
    "Our fraud team flagged [[PERSON|Kerem Öztürk]]: five cards tested from [[IP_ADDRESS|198.51.100.9]] in two minutes, all on the account [[ID_NUMBER|keremoz]].",
    "[[PERSON|Aigerim Nurlanovna]] updated her payroll record: bank account [[ID_NUMBER|KZ-77-4410-2938]] and home phone [[PHONE_NUMBER|+7 727 418 2739]].",
    "[[PERSON|Chidi Okeke]]'s smart home hub is registered to [[EMAIL_ADDRESS|chidi.okeke@homeline.ng]] and the admin PIN on the sticker is [[PASSWORD|48213]].",
    "[[PERSON|Ingeborg Lund]] signed up for the pharmacy app as [[ID_NUMBER|ingeborg.lund]] and receives reminders at [[PHONE_NUMBER|+47 412 83 927]].",
    "[[PERSON|Rafael Domínguez]] paid the invoice with [[CREDIT_CARD|6011 0492 8736 4153]]; the payment gateway recorded his IP as [[IP_ADDRESS|203.0.113.64]].",
    "The student [[PERSON|Mai Anh Tran]] (student number [[ID_NUMBER|S20417386]]) requested that her transcript be e-mailed to [[EMAIL_ADDRESS|maianh.tran@hanoi-uni-mail.vn]].",
    "[[PERSON|Farhan Chowdhury]] reported that the bKash wallet on his number [[PHONE_NUMBER|+880 1712-408396]] was emptied after he gave his PIN, [[PASSWORD|7291]], to a caller posing as the bank.",
    "During onboarding, [[PERSON|Svetlana Ivanova]] received the username [[ID_NUMBER|s.ivanova]], the initial password [[PASSWORD|Welcome-Neva-2024]] and access from the office range through [[IP_ADDRESS|192.0.2.77]].",
    "[[PERSON|Benjamin Adler]] disputed a charge on [[CREDIT_CARD|3481 027395 18467]] and asked the bank to call him on [[PHONE_NUMBER|(212) 555-0164]].",
    "A backup script written by [[PERSON|Ravi Subramanian]] still contains his database password [[PASSWORD|Chennai@Tide2021]] and the API key [[API_KEY|ak_8d2F7kQ1mZ9pX4rT6vL3wN5s]].",
    "[[PERSON|Zeynep Arslan]] wants her refund sent to [[IBAN_CODE|TR78 0006 7010 0000 0482 9173 65]]; she can be reached at [[EMAIL_ADDRESS|zeynep.arslan@bogazici-posta.com.tr]].",
    "[[PERSON|Juliana Souza]] logged in to the tax portal with CPF [[ID_NUMBER|605.194.283-15]] from [[IP_ADDRESS|198.51.100.250]] and downloaded last year's return.",
    "The newsletter list shows [[PERSON|Patrick Mulligan]] subscribed as [[EMAIL_ADDRESS|paddy.mulligan@shannonpost.ie]] with the username [[ID_NUMBER|paddym]], signed up from [[IP_ADDRESS|203.0.113.155]].",
    "[[PERSON|Deepika Rao]]'s insurance profile has policyholder number [[ID_NUMBER|PH-7720-4413]] and Aadhaar [[ID_NUMBER|8402 6173 9521]] on file.",
    "[[PERSON|Mustafa Kaya]] asked for the kimlik on his loan file to be corrected to [[ID_NUMBER|51739208410]] and the payout account to [[ID_NUMBER|TR-ACC-66193027]].",
    "[[PERSON|Zofia Mazur]], PESEL [[ID_NUMBER|92031478523]], logged in to the patient portal as [[ID_NUMBER|zmazur92]] and booked an eye test.",
    "The shop's logs show that [[PERSON|Liu Yang]] ([[EMAIL_ADDRESS|liuyang.sh@dongfangmail.cn]]) changed the delivery address from [[IP_ADDRESS|2001:db8:c0a::5e]] just before dispatch.",
    "[[PERSON|Chen Xiaoling]] registered her phone [[PHONE_NUMBER|13962047158]] and her resident id [[ID_NUMBER|310115198602140529]] with the ride-hailing app.",
    "[[PERSON|Nomvula Khumalo]] e-mailed from [[EMAIL_ADDRESS|nomvula.k@jozimail.co.za]] to say her ID [[ID_NUMBER|8607150823080]] had been used to open a store account.",
    "[[PERSON|Connor Walsh]] set the password on the shared tablet to [[PASSWORD|Rugby&Tea1987]] and wrote it on a sticky note under the username [[ID_NUMBER|cwalsh]].",
    "[[PERSON|Sung-min Choi]] sent the rent to his landlord from account [[ID_NUMBER|110-482-739105]] and texted the confirmation from [[PHONE_NUMBER|010-7391-8264]].",
    "A customer, [[PERSON|Helena Sousa]], paid with [[CREDIT_CARD|4556 7390 1284 6377]] and gave [[EMAIL_ADDRESS|helena.sousa@tejo-mail.pt]] for the booking confirmation.",
    "[[PERSON|Ibrahim Diallo]] reset his webmail password to [[PASSWORD|Dakar!Mango2024]] after a login from [[IP_ADDRESS|198.51.100.188]] that he did not recognise.",
    "[[PERSON|Anneke Visser]] had her salary paid to [[IBAN_CODE|NL98 INGB 0007 4198 23]] until March, when she switched banks and updated her portal login [[ID_NUMBER|avisser]].",
    "[[PERSON|Emre Çelik]] registered the domain for his bakery with [[EMAIL_ADDRESS|emre.celik@firinmail.com.tr]] and pointed it at [[IP_ADDRESS|203.0.113.230]].",
    "[[PERSON|Rosa Jiménez]] asked the agency to remove her SSN, [[US_SSN|457-19-3826]], from the application and to contact her at [[PHONE_NUMBER|210-555-0188]] instead.",
    "The service account of [[PERSON|Kenji Mori]] used the token [[API_KEY|ghx_P4r8Kd2LmQ7wZ1tV9bN6cX3y]] from [[IP_ADDRESS|192.0.2.9]] to pull the nightly build.",
    "[[PERSON|Agnieszka Wójcik]] gave the tutor's office her e-mail [[EMAIL_ADDRESS|a.wojcik@wislanet.pl]] and the username [[ID_NUMBER|agawojcik]] she uses on the course site.",
    "[[PERSON|Moses Otieno]] withdrew his savings from account [[ID_NUMBER|0110-2948-3371]] and asked the cashier to text the receipt to [[PHONE_NUMBER|+254 722 418 739]].",
    "[[PERSON|Laura Conti]] reported that her e-mail [[EMAIL_ADDRESS|laura.conti@brezza-mail.it]] and the password [[PASSWORD|Amalfi_2019]] appeared in a breach list.",
    "Payroll moved the salary of [[PERSON|Eleni Georgiou]] to [[IBAN_CODE|GR47 0110 1250 0000 1234 8956 271]] after she sent the signed form from [[EMAIL_ADDRESS|eleni.georgiou@aigaio-mail.gr]].",
    "[[PERSON|Ahmad Nasser]] set up the family's router with the admin password [[PASSWORD|Zaatar#Home7]]; its public address is [[IP_ADDRESS|203.0.113.111]].",
]

# 60 everyday chat requests; the first 20 are typed all in lower case.
CHAT = [
    "can you help me write a thank-you note to my neighbour [[PERSON|jade]] for watering my plants while i was away",
    "[[PERSON|cliff]] got a new number, [[PHONE_NUMBER|07700900417]], can you write a short message telling our five-a-side group to save it",
    "what do i say to [[PERSON|okafor]] about the late invoice",
    "my mum [[PERSON|rose]] turns 70 next week, give me ideas for a surprise party in a small flat",
    "how do i tell my tenant [[PERSON|dariusz]] that the rent is going up by 40 pounds a month without starting a fight",
    "write a birthday message for [[PERSON|ivy]], she just started uni in glasgow and misses home",
    "my daughter's teacher mrs [[PERSON|kapoor]] emailed from [[EMAIL_ADDRESS|s.kapoor@oakfield-primary.sch.uk]], help me reply that we'll both be at the meeting on tuesday",
    "[[PERSON|mark]] from the gym lent me his car for the weekend, how do i say thanks without being weird",
    "dr [[PERSON|abiodun]] said my blood pressure was high, what questions should i ask at the next visit",
    "remind [[PERSON|tunde]] he still owes me 50 quid",
    "my colleague [[PERSON|grace]] is leaving after twelve years, suggest a few lines for her card",
    "what's a polite way to ask [[PERSON|bubba]] (my brother-in-law, real name [[PERSON|robert fairweather]]) to stop bringing his dog to our barbecues",
    "[[PERSON|jojo]] told me her wifi password is [[PASSWORD|pancakes4ever]], how do i connect my laptop to it on windows 11",
    "my landlord [[PERSON|petrović]] wants cash only and no receipts, is that even legal in croatia",
    "help me write a reference for our nanny [[PERSON|adaeze nwachukwu]]. she looked after the twins for three years, never missed a day, taught them to swim and handled the chickenpox week better than we did. she is applying to a nursery in leeds, so keep it warm but professional, about 200 words",
    "i need to cancel dinner with [[PERSON|siobhan]] and [[PERSON|declan]] tonight, write something apologetic but not dramatic",
    "i'm a physio and my patient [[PERSON|helga]] keeps skipping her exercises, how can i motivate her",
    "is it rude to ask my coworker [[PERSON|nakamura]] why he never joins team lunches",
    "draft a text for my sister [[PERSON|lina]], her number is [[PHONE_NUMBER|07700 900771]], saying i'll pick her up at 6",
    "pls check this email to my accountant [[PERSON|ferreira]]: my login for the tax site is [[ID_NUMBER|lerato.m77]] and password [[PASSWORD|lionsden2020]], can you file it for me",
    "Can you write a short toast for my best friend [[PERSON|Mark]]'s wedding? He met [[PERSON|Jade]] at a climbing gym three years ago.",
    "Our customer [[PERSON|Fernando Alves]] ([[EMAIL_ADDRESS|fernando.alves@portomail.pt]]) says his order never arrived. Draft a reply offering a refund or a resend.",
    "My tenant [[PERSON|Rose]] hasn't paid rent for two months. What are my options in Ontario?",
    "Please summarise this for my manager: [[PERSON|Cliff]] said the outage was caused by an expired certificate and he has renewed it.",
    "What should I bring when I see Dr. [[PERSON|Szabó]] about my knee on Monday?",
    "Write a silly limerick about [[PERSON|Ivy]].",
    "Help me split the rent fairly between me, [[PERSON|Kenji]], [[PERSON|Amaru]] and [[PERSON|Folake]]; the four rooms are all different sizes.",
    "My grandmother [[PERSON|Zainab Bello]] needs a letter to the council about her bins. Her address is [[STREET_ADDRESS|9 Cromer Road, Leicester LE4 6JP]].",
    "Is it okay to share my streaming password, [[PASSWORD|Couch$Potato88]], with [[PERSON|Grace]] from work?",
    "[[PERSON|Big Mo]] from the warehouse wants to swap shifts with me on Saturday. How do I ask the supervisor?",
    "Translate into Spanish: Hi [[PERSON|Valeria]], your appointment with Dr. [[PERSON|Ferrante]] is on Monday at 10.",
    "A customer, [[PERSON|Imran Siddiqui]], called from [[PHONE_NUMBER|+44 20 7946 0384]] about his warranty. How should I log the call?",
    "My GP, Dr [[PERSON|Okoro]], thinks I need a second opinion. How do I ask for a referral without offending her?",
    "[[PERSON|Sunny]] (everyone calls [[PERSON|Sunil Batra]] that) is retiring on Friday. Write a funny but kind farewell speech.",
    "Help me reply to [[PERSON|Jade Thornton]]'s e-mail; she wants to move our call to Friday afternoon.",
    "My colleague [[PERSON|Wojciech]] keeps presenting my analysis as his own in the Monday meetings. Last week he showed my churn model to the director without mentioning me. How should I bring it up with our lead, [[PERSON|Priyanka]], without sounding petty? Give me an opening line and two points to make.",
    "Can you rewrite this more politely? [[PERSON|Henderson]], the report is late again and the client is asking.",
    "I'm renting my flat to [[PERSON|Oksana Melnyk]] and she gave me her passport number, [[ID_NUMBER|FT284719]]. Do I need to keep a copy?",
    "Set a reminder to call Aunt [[PERSON|Folasade]] on [[PHONE_NUMBER|+234 802 739 1846]] for her birthday.",
    "My dad [[PERSON|Harold Pemberton]] got a letter asking him to confirm his SSN, [[US_SSN|233-71-5094]]. Is this a scam?",
    "Make this sound friendlier: Dear Mr [[PERSON|Achterberg]], your dog barks all night and we cannot sleep.",
    "Write a short poem for [[PERSON|Cliff]] and [[PERSON|Rose]], who are celebrating their 40th anniversary.",
    "Plan a three-day Lisbon trip for me and [[PERSON|Tiago]]. He doesn't like museums but loves food markets.",
    "Our babysitter [[PERSON|Marisa]] needs the door code, which is [[PASSWORD|8642]]. Write a short note I can leave her.",
    "Can you check this for typos before I send it to [[PERSON|Ngozi]]? I'll transfer the money to [[IBAN_CODE|GB32 BARC 2040 1572 9843 61]] tonight.",
    "My patient, Mrs [[PERSON|Ivanova]], asked whether she can take ibuprofen with her blood thinners. How should I explain the risk?",
    "Help me write a complaint to the courier. My parcel, a birthday present for my nephew, was left outside in the rain instead of with a neighbour, even though I asked for that in the delivery notes. My address is [[STREET_ADDRESS|Flat 2, 88 Harcourt Street, Glasgow G3 7BP]]. I want the delivery fee back and an apology.",
    "Gift ideas for [[PERSON|Mark Osei]]? He loves cycling.",
    "What's the best way to tell [[PERSON|Lindberg]] in finance that the expense form is missing receipts?",
    "My flatmate [[PERSON|Dev]] keeps eating my food. Write a passive-aggressive note, but keep it funny.",
    "Please email [[PERSON|Yasmin]] at [[EMAIL_ADDRESS|yasmin.haddadi@cedarpost.lb]] and say the keys are under the mat.",
    "Summarise: [[PERSON|Grace Adjei]] called, she can't make the 3 pm interview and asked to call back on [[PHONE_NUMBER|0161 496 0572]].",
    "Can you suggest a name for the puppy my son [[PERSON|Kwabena]] is getting for his birthday?",
    "My client Ms [[PERSON|Aziz]] wants to split one invoice across two cards. Is that something freelancers usually allow?",
    "I owe [[PERSON|Chayton]] 120 dollars. Here's my card, [[CREDIT_CARD|2223 1490 7365 1822]], can you tell me if it's a Visa or a Mastercard?",
    "Draft a short message to my tenants [[PERSON|Pavel]] and [[PERSON|Irina Sokolova]] that the plumber is coming Wednesday morning.",
    "What should I write in the sympathy card for [[PERSON|Mereana]]? Her father passed away last week.",
    "Tell [[PERSON|Babajide]] the shared drive password is now [[PASSWORD|Harmattan!2024]] and that he should change it after logging in.",
    "My doctor, [[PERSON|Mehta]], wants me to cut down on salt. Give me a week of low-salt dinners.",
    "Write a message welcoming [[PERSON|Astrid]] to our book club; she's joining from Bergen next month.",
]

# 25 clean prompts in the manner of MT-Bench and Vicuna's question set.
CLEAN_MTBENCH = [
    "Write a persuasive e-mail to convince a shy friend to volunteer as a guest speaker at a local event. Keep it under 200 words.",
    "Imagine you are Sherlock Holmes. Explain, step by step, how you would deduce a stranger's profession from their shoes.",
    "Write a dialogue in which Marie Curie explains radioactivity to a curious ten-year-old.",
    "How might Abraham Lincoln have reacted to social media? Answer in three short paragraphs.",
    "Compare the leadership styles of Winston Churchill and Franklin D. Roosevelt during the Second World War.",
    "Pretend you are Hermione Granger and draw up a study plan for a classmate who keeps failing Potions.",
    "Describe a bustling marketplace using vivid sensory details, in a single paragraph.",
    "Write a Python function that returns the longest common subsequence of two strings, and explain its time complexity.",
    "Extract the names of the countries, their capitals and their languages from the following sentences and return them as JSON: The capital of Denmark is Copenhagen and Danish is spoken there. In Argentina, people speak Spanish and the capital is Buenos Aires.",
    "What are the main differences between Python and JavaScript for a beginner who wants to build web apps?",
    "If Leonardo da Vinci had a smartphone, what three apps would he invent? Be creative.",
    "Act as a travel guide and recommend a two-day itinerary in Kyoto for someone who loves gardens.",
    "Suggest five ways to improve time management for a remote worker who has young children.",
    "Rewrite the opening of Pride and Prejudice as if Elizabeth Bennet were writing a modern blog post.",
    "Thomas runs faster than Alex, and Alex runs faster than Sam. Is Sam faster than Thomas? Explain your reasoning.",
    "Write a short story about a robot who learns to paint, in the style of Hans Christian Andersen.",
    "Explain the concept of opportunity cost using an example from everyday life.",
    "How would Captain Jean-Luc Picard handle a disagreement between two junior officers? Write his speech.",
    "Evaluate this argument: cities should ban cars from their centres to reduce pollution. What evidence would strengthen or weaken it?",
    "What are the possible reasons the Roman Empire fell? Give at least four and rank them.",
    "Compose a haiku sequence about the four seasons, one haiku for each season.",
    "Write a job advertisement for a lighthouse keeper on a remote island, written in a cheerful tone.",
    "Explain how vaccines train the immune system, in language a twelve-year-old can follow.",
    "Pretend to be Ada Lovelace reviewing a modern programming language. What would impress her and what would puzzle her?",
    "Give me a SQL query that finds the top three products by revenue in each region from a table named sales.",
]

# 25 clean word problems in the manner of GSM8K, with fictional first names.
CLEAN_GSM8K = [
    "Maya buys 3 packs of stickers with 12 stickers in each pack. She gives 9 stickers to her brother. How many stickers does she have left?",
    "Tomas bakes 48 cookies and puts them into bags of 6. He sells each bag for $4. How much money does he make if he sells every bag?",
    "Aisha reads 15 pages on Monday and twice as many on Tuesday. How many pages has she read in total over the two days?",
    "A farmer named Olu has 5 rows of tomato plants with 14 plants in each row. If 8 plants die, how many are left?",
    "Lena earns $18 an hour and works 6 hours a day for 5 days. How much does she earn that week?",
    "Ravi has 120 marbles. He gives a quarter of them to Kiran and a third of what is left to Meera. How many marbles does Ravi keep?",
    "Sofia's garden is 12 meters long and 8 meters wide. She wants to put a fence around it. How many meters of fencing does she need?",
    "Jonah saves $25 each week. How many weeks will it take him to save enough for a bike that costs $300?",
    "A bus carries 42 passengers. At the first stop 15 get off and 9 get on. At the second stop 11 get off. How many passengers are on the bus now?",
    "Hana buys 4 notebooks at $2.50 each and a pen for $1.75. She pays with a $20 bill. How much change does she get?",
    "Diego runs 3 kilometers every morning and 2 kilometers every evening. How many kilometers does he run in 2 weeks?",
    "Priya has twice as many stamps as Anil, and Anil has 7 more stamps than Beth. If Beth has 16 stamps, how many stamps does Priya have?",
    "A school orders 18 boxes of pencils with 24 pencils in each box. If each of 36 students gets the same number, how many pencils does each student get?",
    "Kofi's car uses 6 liters of fuel for every 100 kilometers. How much fuel does he need for a 450-kilometer trip?",
    "Elena bought a coat for $80 that was on sale for 25% off. What was the original price of the coat?",
    "Noah picks 36 apples. He uses a third of them for pies and eats 4. How many apples does he have left?",
    "Yuki practises piano for 45 minutes a day. How many hours does she practise in 4 weeks?",
    "A bakery sells 130 loaves on Saturday and 20% more on Sunday. How many loaves does it sell over the weekend?",
    "Ines has $60. She spends half on a concert ticket and $12 on dinner. How much money does she have left?",
    "Marco fills a 200-liter tank at 8 liters per minute. How long does it take to fill the tank from empty?",
    "Amara is 4 years older than her cousin Tendai. In 6 years the sum of their ages will be 40. How old is Amara now?",
    "A box holds 9 red balls, 6 blue balls and 5 green balls. What fraction of the balls are not red?",
    "Felix plants 7 trees each day for 9 days, but 5 of the trees do not survive. How many trees are growing at the end?",
    "Zara's phone plan costs $15 a month plus $0.10 for every text. Last month she sent 230 texts. How much was her bill?",
    "Omar shares 3 pizzas equally among himself and 5 friends. Each pizza has 8 slices. How many slices does each person get?",
]

# 25 clean multiple-choice items in the manner of MMLU, naming historical figures.
CLEAN_MMLU = [
    "Who formulated the three laws of motion? A) Galileo Galilei B) Isaac Newton C) Johannes Kepler D) Nicolaus Copernicus",
    "Which ruler issued the Edict of Milan in 313 AD? A) Nero B) Constantine I C) Diocletian D) Augustus",
    "The theory of evolution by natural selection was proposed by: A) Gregor Mendel B) Jean-Baptiste Lamarck C) Charles Darwin D) Louis Pasteur",
    "Who was the first Emperor of unified China? A) Qin Shi Huang B) Kublai Khan C) Emperor Wu of Han D) Taizong of Tang",
    "Which philosopher wrote The Republic? A) Aristotle B) Socrates C) Plato D) Epicurus",
    "The Declaration of Independence was principally drafted by: A) John Adams B) Benjamin Franklin C) Thomas Jefferson D) George Washington",
    "Who led the Salt March in 1930? A) Jawaharlal Nehru B) Mahatma Gandhi C) Subhas Chandra Bose D) B. R. Ambedkar",
    "Which scientist is credited with discovering penicillin? A) Alexander Fleming B) Robert Koch C) Edward Jenner D) Joseph Lister",
    "The Ninety-five Theses are associated with: A) John Calvin B) Martin Luther C) Ulrich Zwingli D) Thomas More",
    "Which explorer led the first expedition to circumnavigate the globe, although he died on the way? A) Vasco da Gama B) Christopher Columbus C) Ferdinand Magellan D) James Cook",
    "Who composed the Ninth Symphony that ends with the Ode to Joy? A) Mozart B) Beethoven C) Haydn D) Brahms",
    "Which economist wrote The Wealth of Nations? A) John Maynard Keynes B) David Ricardo C) Adam Smith D) Karl Marx",
    "The first woman to win a Nobel Prize was: A) Rosalind Franklin B) Marie Curie C) Dorothy Hodgkin D) Lise Meitner",
    "Who was the Mughal emperor who commissioned the Taj Mahal? A) Akbar B) Babur C) Aurangzeb D) Shah Jahan",
    "Which leader is associated with the New Deal? A) Herbert Hoover B) Franklin D. Roosevelt C) Harry S. Truman D) Woodrow Wilson",
    "Who developed the polio vaccine first licensed in 1955? A) Albert Sabin B) Jonas Salk C) Edward Jenner D) Louis Pasteur",
    "The Code of Hammurabi originated in which civilisation? A) Egypt B) Babylon C) Persia D) Assyria",
    "Which general crossed the Alps with elephants to attack Rome? A) Scipio Africanus B) Hannibal Barca C) Julius Caesar D) Pyrrhus",
    "Who proposed the heliocentric model in De revolutionibus? A) Tycho Brahe B) Ptolemy C) Nicolaus Copernicus D) Galileo Galilei",
    "Nelson Mandela became President of South Africa in which year? A) 1990 B) 1992 C) 1994 D) 1999",
    "Which ruler founded the Mali Empire? A) Mansa Musa B) Sundiata Keita C) Sunni Ali D) Askia Muhammad",
    "Who wrote the Communist Manifesto together with Friedrich Engels? A) Vladimir Lenin B) Karl Marx C) Leon Trotsky D) Rosa Luxemburg",
    "Simon Bolivar is best known for: A) exploring the Amazon B) leading independence movements in South America C) founding the Inca Empire D) writing the Mexican constitution",
    "Which scientist proposed the uncertainty principle? A) Niels Bohr B) Erwin Schrodinger C) Werner Heisenberg D) Max Planck",
    "Who was the first Tokugawa shogun of Japan? A) Oda Nobunaga B) Toyotomi Hideyoshi C) Tokugawa Ieyasu D) Minamoto no Yoritomo",
]

# 25 clean healthcare-routing questions naming no one.
CLEAN_HEALTH = [
    "Which department should I go to for a rash that has spread over both arms in two days?",
    "I have chest pain when I climb stairs. Should I book a GP appointment or go to the emergency department?",
    "Where do I go to get a tetanus booster after stepping on a rusty nail?",
    "My child has had a fever of 39 degrees for three days. Is this urgent care or can it wait for the paediatric clinic?",
    "Who should I see about ongoing lower back pain: a physiotherapist, an orthopaedic surgeon or my family doctor?",
    "Which clinic handles hearing tests for adults?",
    "I think I broke my wrist playing football. Do I need the emergency room or a minor injuries unit?",
    "Where can I get a prescription refill if my regular pharmacy is closed on Sunday?",
    "Who do I contact about anxiety that is making it hard to go to work?",
    "My eye is red and painful and light hurts it. Should I go to the eye clinic or the emergency department?",
    "Which department books pregnancy scans, and do I need a referral?",
    "I need a travel vaccine for yellow fever. Which service provides that?",
    "Can a pharmacist help with a urinary tract infection, or do I need to see a doctor?",
    "Where should an elderly person go for a fall where they hit their head but feel fine?",
    "Which specialist treats frequent migraines that painkillers no longer help?",
    "I have been coughing for four weeks. Is that a GP visit or a respiratory clinic referral?",
    "Who handles requests for a copy of my medical records at the hospital?",
    "My toddler swallowed a button battery. What should I do right now?",
    "Which department should I call to reschedule an MRI scan?",
    "Is a sprained ankle something the walk-in centre can treat?",
    "Where do I go for a blood test that my doctor ordered, and do I need to fast?",
    "Which service helps with quitting smoking?",
    "I have a toothache and a swollen jaw. Should I see a dentist or go to the hospital?",
    "Who should I contact about side effects from a new blood pressure medicine?",
    "Which clinic deals with diabetes check-ups and foot examinations?",
]

# Every national id with a check in ids.py, as typed, and its validator.
NATIONAL_IDS = {
    "6392 7184 0510": aadhaar_ok,  # Indian Aadhaar
    "8402 6173 9521": aadhaar_ok,
    "510107199308274632": china_id_ok,  # Chinese resident identity number
    "310115198602140529": china_id_ok,
    "92031478523": pesel_ok,  # Polish PESEL
    "85112304714": pesel_ok,
    "880419-2183744": rrn_ok,  # Korean resident registration number
    "238715400": nif_ok,  # Portuguese NIF
    "28473019688": kimlik_ok,  # Turkish kimlik
    "51739208410": kimlik_ok,
    "RSSGLI88M52F839D": codice_fiscale_ok,  # Italian codice fiscale
    "140387 52317": fodselsnummer_ok,  # Norwegian fødselsnummer
    "318.527.946-82": cpf_ok,  # Brazilian CPF
    "605.194.283-15": cpf_ok,
    "9103085271081": luhn_len(13),  # South African id
    "8607150823080": luhn_len(13),
    "905612/4187": rodne_cislo_ok,  # Czech rodné číslo
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "14.382.619-8": rut_ok,  # Chilean RUT
    "220795-318L": hetu_ok,  # Finnish henkilötunnus
    "S7618204C": nric_ok,  # Singapore NRIC
    "7392 0518 4622": my_number_ok,  # Japanese My Number
    "1 85 07 75 123 482 79": nir_ok,  # French NIR
    "648 129 575": luhn_len(9),  # Canadian SIN
    "528461734": bsn_ok,  # Dutch BSN
    "910423-6188": luhn_len(10),  # Swedish personnummer
    "2950712403184": cnp_ok,  # Romanian CNP
    "318472057": luhn_len(9),  # Israeli teudat zehut
    "08078812347": luhn_len(11),  # Greek AMKA
    "743 829 1057": nhs_ok,  # NHS number
    "Y4817362A": dni_ok,  # Spanish NIE
    "53928174M": dni_ok,  # Spanish DNI
    "47 193 058 267": steuer_id_ok,  # German tax id
    "85.06.14-283.57": belgian_id_ok,  # Belgian national number
    "120391-2839": kennitala_ok,  # Icelandic kennitala
    "48906142714": isikukood_ok,  # Estonian isikukood
    "3182047566": rnokpp_ok,  # Ukrainian RNOKPP
    "5271 93849 1": medicare_ok,  # Australian Medicare
    "738 251 648": tfn_ok,  # Australian TFN
    "8473926EA": pps_ok,  # Irish PPS number
}

# The country of every address in the presidio-style sentences (at least 25 countries).
ADDRESS_COUNTRIES = {
    "14 Rue des Lilas, 69003 Lyon": "France",
    "ul. Mickiewicza 27/4, 31-120 Kraków": "Poland",
    "Flat 3B, 17 Residency Road, Bengaluru 560025": "India",
    "Villa 12, Street 7, Al Barsha 2, Dubai": "United Arab Emirates",
    "2-14-9 Shibuya, Shibuya-ku, Tokyo 150-0002": "Japan",
    "48 Admiralty Way, Lekki Phase 1, Lagos 106104": "Nigeria",
    "ul. Piotrkowska 112 m. 5, 90-006 Łódź": "Poland",
    "15 Shehab Street, Mohandessin, Giza 12655": "Egypt",
    "Ilica 84, 10000 Zagreb": "Croatia",
    "Sveavägen 44, 111 34 Stockholm": "Sweden",
    "Via Toledo 156, 80134 Napoli": "Italy",
    "Rua Augusta 1520, apto 82, Consolação, São Paulo - SP, 01304-001": "Brazil",
    "23 Rue Ibn Battouta, Appt 4, 20250 Casablanca": "Morocco",
    "Apt 6, 22 Grand Canal Street Lower, Dublin 2, D02 KX88": "Ireland",
    "Vinohradská 1897/12, 120 00 Praha 2": "Czechia",
    "Calle 85 # 11-53, Apto 402, Bogotá": "Colombia",
    "House No. 231, Bole Sub-City, Woreda 03, Addis Ababa": "Ethiopia",
    "Hämeenkatu 21 A 7, 33200 Tampere": "Finland",
    "2231 Kingsway, Vancouver, BC V5N 2T4": "Canada",
    "Prinsengracht 418-2, 1016 HL Amsterdam": "Netherlands",
    "Mariahilfer Straße 88/14, 1070 Wien": "Austria",
    "House 14, Street 9, F-7/2, Islamabad 44000": "Pakistan",
    "Av. Corrientes 3247, Piso 5 Dto. B, C1193AAE CABA": "Argentina",
    "B-602, Sai Kripa CHS, Link Road, Malad West, Mumbai 400064": "India",
    "Thorvald Meyers gate 51, 0555 Oslo": "Norway",
    "4417 Magnolia Ave, Apt 2C, Memphis, TN 38117": "United States",
    "27 Ashgrove Terrace, Leeds LS6 3BH": "United Kingdom",
    "Av. Insurgentes Sur 1602, Int. 7, Col. Crédito Constructor, 03940 Ciudad de México, CDMX": "Mexico",
    "Rua da Prata 214, 3.º Esq., 1100-420 Lisboa": "Portugal",
    "Calle de Alcalá 214, 3º B, 28028 Madrid": "Spain",
    "Flat 12C, Block 3, Tai Koo Shing, Quarry Bay, Hong Kong": "Hong Kong",
    "Lindenstraße 34, 50674 Köln": "Germany",
    "Rue Royale 112, bte 3, 1000 Bruxelles": "Belgium",
    "Unit 4, 19 Bridge Road, Glebe NSW 2037": "Australia",
    "Apt 1204, 35 Teheran-ro 87-gil, Gangnam-gu, Seoul 06164": "South Korea",
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with and without spaces
        r"\+44 7700 900\d{3}",
        r"(020|\+44 20) 7946 0\d{3}",  # London drama range
        r"01(13|61|31) 496 0\d{3}",  # Leeds, Manchester, Edinburgh drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-?555-?01\d{2}",
        r"(0|\+61 )491 570 \d{3}",  # Australian fictional mobiles
        r"\(0[2378]\) 5550 \d{4}",  # Australian fictional landlines
        r"(06|\+33 6) 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"(01|\+33 1) 99 00 \d{2} \d{2}",
        r"(030|\+49 30) 23125 \d{3}",  # Germany, fiction ranges
        r"(040|\+49 40) 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile; no fiction range known from here on
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"1[3-9]\d{9}",  # China mobile, no separators
        r"[6-9]\d{9}",  # India mobile, no separators
        r"0[789]0\d \d{3} \d{4}",  # Nigeria mobile
        r"0[6-8]\d \d{3} \d{4}",  # South Africa mobile
        r"07\d\d \d{3} \d{3}",  # Kenya mobile
        r"\+(7|30|47|48|52|54|57|65|84|86|90|92|233|234|254|351|880) [\d -]+\d",
    )
]


def kinds(texts: list[str]) -> list[str]:
    """The types of every span of ``texts``."""
    return [s["type"] for t in texts for s in marked_spans(t)]


def check_mix() -> None:
    """Each section carries what the theme asks for: the sentences one person and every kind
    of identifier, with names after titles and addresses from 25 countries; the records
    secrets, logins, IPs and accounts; the chat requests names, among them lone names and
    the six names that are also words."""
    for marked in PRESIDIO + RECORDS:
        if sum(s["type"] == "PERSON" for s in marked_spans(marked)) > 1:
            raise SystemExit(f"more than one person in {marked[:60]!r}")
    want = {
        "PERSON": 90, "EMAIL_ADDRESS": 10, "PHONE_NUMBER": 20, "STREET_ADDRESS": 30,
        "IBAN_CODE": 8, "CREDIT_CARD": 4, "US_SSN": 2, "ID_NUMBER": 40, "IP_ADDRESS": 3,
    }  # fmt: skip
    found = kinds(PRESIDIO)
    for kind, least in want.items():
        if found.count(kind) < least:
            raise SystemExit(f"presidio: {found.count(kind)} {kind}, want {least}")
    lone = [
        s
        for t in PRESIDIO
        for s in marked_spans(t)
        if s["type"] == "PERSON" and " " not in s["value"]
    ]
    if len(lone) < 8:
        raise SystemExit("presidio: too few lone first names or surnames")
    addresses = [
        s["value"] for t in PRESIDIO for s in marked_spans(t) if s["type"] == "STREET_ADDRESS"
    ]
    if set(addresses) != set(ADDRESS_COUNTRIES) or len(set(ADDRESS_COUNTRIES.values())) < 25:
        raise SystemExit("presidio: addresses and their countries do not match")
    found = kinds(RECORDS)
    want = {
        "PERSON": 60,
        "PASSWORD": 15,
        "IP_ADDRESS": 20,
        "EMAIL_ADDRESS": 25,
        "ID_NUMBER": 25,
        "API_KEY": 3,
    }
    for kind, least in want.items():
        if found.count(kind) < least:
            raise SystemExit(f"records: {found.count(kind)} {kind}, want {least}")
    names = [s["value"] for t in CHAT for s in marked_spans(t) if s["type"] == "PERSON"]
    firsts = {n.split()[0].lower() for n in names}
    if not set(WORD_NAMES) <= firsts:
        raise SystemExit(f"chat: missing names that are words: {set(WORD_NAMES) - firsts}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    if named < 58 or sum(" " not in n for n in names) < 40:
        raise SystemExit("chat: too few names or lone names")


def check_clean() -> None:
    """No clean text holds an e-mail or a long number; every MMLU item has options A to D
    in order; every word problem asks a question with numbers in it."""
    for text in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if "@" in text or re.search(r"\d{5,}", text):
            raise SystemExit(f"clean: contact or number in {text[:60]!r}")
    for text in CLEAN_MMLU:
        if not re.search(r" A\) .+ B\) .+ C\) .+ D\) .+", text):
            raise SystemExit(f"mmlu: options missing in {text[:60]!r}")
    for text in CLEAN_GSM8K:
        if not re.search(r"\d", text) or not text.endswith("?"):
            raise SystemExit(f"gsm8k: not a word problem: {text[:60]!r}")


def main() -> None:
    sections = {
        "presidio": (PRESIDIO, 100),
        "records": (RECORDS, 60),
        "chat": (CHAT, 60),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = PRESIDIO + RECORDS + CHAT
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_counts("chat", CHAT, CHAT_WORDS, (1, 4))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    check_clean()
    build_sections(
        "blind47", HERE, sections, {"presidio", "records", "chat"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
