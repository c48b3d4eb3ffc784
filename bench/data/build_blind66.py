# ruff: noqa: E501
"""A sixty-sixth blind privacy set: 220 texts with personal data and 100 clean ones, records
in the manner of synthetic PII benchmark datasets.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 100 third-person statements in the style of presidio-research's synthetic sentences (8 to
  25 words, one to three values each): "the tenant, X, can be reached at ...", "send the
  refund to account ... held by ...", bios in a line, lost-property, login and billing lines;
* 80 short records in the style of free-text PII rows (20 to 45 words, two to five values):
  case notes, HR and payroll notes, shipping and courier notes, bios, KYC, insurance,
  clinic, school, hotel, IT-ticket and security-log notes;
* 40 form-like lines (5 to 30 words, two to four values): key-value rows, pipe- and
  semicolon-separated records, labels and registration lines; the first 10 are typed all
  in lower case.

Names come from many origins (West, East and Southern African, South and East Asian,
Eastern European, Latin American, Nordic, Arabic, Persian, Turkish, Pacific and others);
addresses from some thirty-five countries in their own layouts, among them US military
APO, FPO and DPO addresses and PO boxes; phones in many layouts, some without separators;
cards, IBANs, SSNs, national ids, driving licences, passports, usernames, IPs, passwords,
PINs, a one-time code, wifi and door codes and two API keys.

Usernames and logins, account, customer, member, employee, student and patient numbers,
passports, driving licences and tax or national ids are ID_NUMBER; PINs, door codes, wifi
keys, one-time codes and passwords are PASSWORD; titles, ranks and relation words (Mr, Ms,
Dr, Staff Sgt., Ratu, my aunt) stay outside PERSON spans; an address span runs from the
street line, box or unit through the postcode and city as typed; public figures, brands,
places and ships named after people, order, tracking, invoice, ticket and claim numbers and
dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts hold no personal data at all: 25 MT-Bench- and Vicuna-style open prompts, 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A
to D on history, law and medicine naming historical figures, and 25 patient-style health
questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 029 2018 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125, 040 66969; Sweden
070-174 06) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97, of their country's length and not
documentation examples; SSNs with assignable area, group and serial; IPs from documentation
ranges; national ids with valid check digits (Indian Aadhaar, NHS number, Dutch BSN,
Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI, Finnish henkilötunnus, Italian
codice fiscale, Chinese resident id, Singapore NRIC and FIN, Korean
resident registration number, Australian TFN and Medicare, Japanese My Number, Irish PPS,
French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian
CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian
RNOKPP, German Steuer-ID, New Zealand NHI, Canadian SIN, Swedish personnummer, Israeli
teudat zehut, South African id, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind66.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_FORMS = 10
MIN_CHARS = 15
MAX_WORDS = 300
SENTENCE_WORDS = (8, 25)
NOTE_WORDS = (20, 45)
FORM_WORDS = (5, 30)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|SSgt|Staff Sgt|SPC|Cpl|Lance Cpl|Lt|Capt|Cmdr|Petty Officer|Ratu|Herr|Frau|Mme|Sr|Sra|Rev)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# Third-person statements in the manner of presidio-research's synthetic sentences.
SENTENCES = [
    "The tenant, [[PERSON|Chiamaka Eze]], can be reached at [[PHONE_NUMBER|07700 900417]] or by email at [[EMAIL_ADDRESS|chiamaka.eze@mailbox.org]].",
    "Send the refund to account [[IBAN_CODE|DE20 5001 0517 0648 2139 75]] held by [[PERSON|Jonas Lindqvist]].",
    "[[PERSON|Rahul Venkataraman]]'s Aadhaar number is [[ID_NUMBER|5823 0471 9628]] and he lives at [[STREET_ADDRESS|Flat 3B, 14 Residency Road, Bengaluru 560025]].",
    "According to the intake sheet, [[PERSON|Mariana Quispe Huamán]] paid with card [[CREDIT_CARD|4716 2083 5519 0642]].",
    "[[PERSON|Sione Taufa]] moved over from Nuku'alofa last year and now rents a sleepout at [[STREET_ADDRESS|27 Kiwi Street, Alexandra 9320]].",
    "The parcel for [[PERSON|Aigerim Bekova]] should go to [[STREET_ADDRESS|ul. Tole Bi 59, kv. 12, Almaty 050000]]; her number is [[PHONE_NUMBER|+7 701 482 3310]].",
    "Staff Sgt. [[PERSON|Dwayne Okonkwo-Harris]] receives his mail at [[STREET_ADDRESS|Unit 3140 Box 227, APO AE 09096]].",
    "[[PERSON|Hiroshi Tanabe]] (username [[ID_NUMBER|htanabe_77]]) last signed in from [[IP_ADDRESS|203.0.113.54]].",
    "Her social security number, [[US_SSN|412-68-3095]], was printed in full on the W-2 mailed to [[PERSON|Latoya Brooks]].",
    "If anything goes wrong with the booking, call [[PERSON|Pedro Álvarez Restrepo]] on [[PHONE_NUMBER|+57 310 482 7761]].",
    "[[PERSON|Eirik Solberg]], born 15 August 1991 in Bergen, has fødselsnummer [[ID_NUMBER|150891 32727]].",
    "Please update the billing email for [[PERSON|Fatima Al-Zahrani]] to [[EMAIL_ADDRESS|f.alzahrani@sahabmail.sa]].",
    "The wifi password at [[PERSON|Kalani Akana]]'s beach house in Hilo is [[PASSWORD|honu-sunset-2291]].",
    "[[PERSON|Zoltán Farkas]] listed his home as [[STREET_ADDRESS|Andrássy út 47, 1061 Budapest]] and his mobile as [[PHONE_NUMBER|+36 30 418 2275]].",
    "Ship to [[PERSON|Nomvula Dlamini]], [[STREET_ADDRESS|PO Box 18422, Bloemfontein 9300]], signature required.",
    "[[PERSON|Tran Thi Thu Ha]] can be contacted on [[PHONE_NUMBER|+84 912 547 308]] during office hours in Hanoi.",
    "Mr [[PERSON|Bogdan Kovalenko]] gave his RNOKPP as [[ID_NUMBER|3184206751]] when he opened the account.",
    "[[PERSON|Leilani Faleolo]] is a nurse in Apia; write to her at [[EMAIL_ADDRESS|leilani.faleolo@samoamed.ws]].",
    "[[PERSON|Mohammed Al-Amin Suleiman]] wired the deposit from [[IBAN_CODE|AE110331000482193605127]] on the 4th.",
    "Driving licence [[ID_NUMBER|DL-4127-5538-093]] was issued to [[PERSON|Grace Wanjiru Mwangi]] in Nairobi in 2019.",
    "For the school trip, [[PERSON|Anjali Deshpande]] left her emergency number as [[PHONE_NUMBER|98201 44673]].",
    "[[PERSON|Sebastián Ortega]] gave RUT [[ID_NUMBER|17.482.306-5]] and wants the boleta in his own name.",
    "The passport number on file for [[PERSON|Olga Wiśniewska]] is [[ID_NUMBER|EK4738201]].",
    "[[PERSON|Kwame Asante]] lives at [[STREET_ADDRESS|House No. 14, Abafun Crescent, Kanda, Accra]] and his phone is [[PHONE_NUMBER|+233 24 418 7732]].",
    "An invoice went to [[EMAIL_ADDRESS|ines.carvalho88@correio.pt]] for [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|238 170 462]].",
    "[[PERSON|Björn Sigurðsson]] gave his kennitala, [[ID_NUMBER|070492-3349]], to the guesthouse in Akureyri.",
    "The server logs show [[PERSON|Priya Raghunathan]] signing in as [[ID_NUMBER|priya.r]] from [[IP_ADDRESS|2001:db8:4a1f::27]].",
    "[[PERSON|Kenji Watanabe]] lives at [[STREET_ADDRESS|3-14-2 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]] and can be called on [[PHONE_NUMBER|090-4471-2836]].",
    "[[PERSON|Nadia Haddad]] asked that her Visa [[CREDIT_CARD|4539 8812 0076 4319]] be taken off the account.",
    "Correspondence for Petty Officer [[PERSON|Marisol Vega]] goes to [[STREET_ADDRESS|USS Carl Vinson (CVN 70), FPO AP 96629-2840]].",
    "[[PERSON|Dmitri Volkov]]'s password was reset to [[PASSWORD|Tg7!rq2Lm#4x]] by the help desk on Friday.",
    "[[PERSON|Amara Conteh]], a teacher from Freetown, can be reached on [[PHONE_NUMBER|+232 76 481 220]].",
    "The SSN [[US_SSN|538-21-7746]] belongs to [[PERSON|Miguel Ángel Torres]], who lives at [[STREET_ADDRESS|4410 W Pershing Ave, Phoenix, AZ 85029]].",
    "[[PERSON|Wiremu Ngata]] works nights at the Rotorua plant; his NHI is [[ID_NUMBER|ZKD3187]].",
    "Refunds for [[PERSON|Camille Durand]] go to [[IBAN_CODE|FR13 3000 4028 7100 0614 5237 826]].",
    "[[PERSON|Li Wei]] registered with resident id [[ID_NUMBER|510107198606234714]] and phone [[PHONE_NUMBER|+86 138 2047 9153]].",
    "On the form, [[PERSON|Ayşe Kaya]] wrote her T.C. kimlik number as [[ID_NUMBER|38615042740]] and left the phone field blank.",
    "The account @[[ID_NUMBER|sunnyside_kofi]] is run by [[PERSON|Kofi Mensah-Bonsu]] from Kumasi.",
    "Visitors should ask for [[PERSON|Ingrid Johansson]] at reception or ring her direct line, [[PHONE_NUMBER|070-174 06 47]].",
    "[[PERSON|Rosa Mamani]] paid the hostel in Cusco with her Mastercard, number [[CREDIT_CARD|5382 9107 4426 3184]].",
    "[[PERSON|Tomasz Zieliński]], PESEL [[ID_NUMBER|92071814530]], was admitted to ward 4 on Tuesday.",
    "Please note the new address of [[PERSON|Yasmin Benali]]: [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]].",
    "Text [[PERSON|Tavita Leota]] at [[PHONE_NUMBER|+685 724 8113]] once the container clears customs.",
    "[[PERSON|Oluwaseun Bakare]] emailed from [[EMAIL_ADDRESS|seun.bakare@lagosmail.ng]] asking about his visa appointment.",
    "The flat at [[STREET_ADDRESS|Calle de Toledo 88, 3º izq., 28005 Madrid]] is leased to [[PERSON|Lucía Fernández Gil]], DNI [[ID_NUMBER|48305172C]].",
    "NRIC [[ID_NUMBER|S8831207D]] matched the name [[PERSON|Mei Lin Chua]] at the clinic counter.",
    "[[PERSON|Haruto Sato]]'s My Number, [[ID_NUMBER|4082 7715 6309]], was keyed in twice by mistake.",
    "A tip from [[PERSON|Erik Nyström]] came in through [[EMAIL_ADDRESS|erik.nystrom@kolumn.se]] late last night.",
    "[[PERSON|Siddharth Menon]] connects to the VPN from [[IP_ADDRESS|198.51.100.23]] most mornings.",
    "[[PERSON|Mara Andreoli]]'s codice fiscale is [[ID_NUMBER|NDRMRA88E52H501N]]; she was born in Rome.",
    "Mail for [[PERSON|Ji-woo Ahn]] should be sent to [[STREET_ADDRESS|Unit 15494, DPO AP 96205-5494]].",
    "[[PERSON|Abebe Tadesse]] can be reached on [[PHONE_NUMBER|+251 91 147 2208]] or at [[EMAIL_ADDRESS|abebe.t@ethiomail.et]].",
    "The claim lists [[PERSON|Hana Nováková]] (rodné číslo [[ID_NUMBER|915308/4710]]) as the driver at the time.",
    "[[PERSON|Diego Fernández]] sent March's rent from [[IBAN_CODE|ES13 0182 4571 6202 0163 8844]].",
    "[[PERSON|Aroha Tane]] asked that the keys be left with the neighbour at [[STREET_ADDRESS|9 Karaka Lane, Ōtaki 5512]].",
    "[[PERSON|Natalia Morozova]] uses PIN [[PASSWORD|7391]] for the staff entrance.",
    "[[PERSON|Santiago Morales]] holds Mexican passport [[ID_NUMBER|G28471635]], valid until 2031.",
    "The SIN [[ID_NUMBER|527 318 406]] on the T4 slip belongs to [[PERSON|Émilie Tremblay]].",
    "[[PERSON|Karthik Subramaniam]] paid with AmEx [[CREDIT_CARD|3782 640915 33709]].",
    "A photocopy of [[PERSON|Seo-yeon Han]]'s ID card, showing [[ID_NUMBER|910304-2518477]], was left in the printer tray.",
    "Ms [[PERSON|Leila Karimi]] can be reached at [[PHONE_NUMBER|+98 912 438 1507]] in Tehran.",
    "[[PERSON|Niamh O'Sullivan]]'s PPS number is [[ID_NUMBER|6283041JA]] and she works in Cork.",
    "[[PERSON|Aleksandar Petrović]] lives at [[STREET_ADDRESS|Bulevar kralja Aleksandra 212, 11000 Beograd]].",
    "[[PERSON|Maja Kowalczyk]]'s password for the payroll portal is [[PASSWORD|Wiosna2024!]]",
    "[[PERSON|Ebere Nwosu]] paid the deposit with a Discover card, [[CREDIT_CARD|6011 5034 8827 1906]].",
    "The Medicare number for [[PERSON|Jack Thornton]] is [[ID_NUMBER|5731 64022 1]].",
    "[[PERSON|Saanvi Iyer]]'s new number is [[PHONE_NUMBER|+91 99001 37482]]; the old one is disconnected.",
    "[[PERSON|Lukas Hofer]] banks in Graz, IBAN [[IBAN_CODE|AT60 2011 1826 4301 9772]].",
    "[[PERSON|Aisha Bello]] posts on the forum as [[ID_NUMBER|aisha_b_writes]].",
    "[[PERSON|Mateus Oliveira]]'s CPF is [[ID_NUMBER|418.652.907-85]] and his phone is [[PHONE_NUMBER|+55 21 98477-3016]].",
    "[[PERSON|Ioana Popescu]] lives at [[STREET_ADDRESS|Strada Mihai Eminescu 41, ap. 7, 010512 București]] and her CNP is [[ID_NUMBER|2950321408173]].",
    "[[PERSON|Teuila Fa'amausili]] is the emergency contact for the Auckland crew, on [[PHONE_NUMBER|+64 21 448 3907]].",
    "[[PERSON|Khalid Al-Mansouri]] gave [[EMAIL_ADDRESS|k.mansouri@dohanet.qa]] as his work address.",
    "[[PERSON|Liisa Tamm]] (isikukood [[ID_NUMBER|48902173527]]) signed the lease in Tartu on Monday.",
    "[[PERSON|Juan Pablo Cárdenas]] wants the statement sent to [[STREET_ADDRESS|Av. Corrientes 1847, piso 6, C1045AAB CABA]].",
    "The call came from [[PHONE_NUMBER|2125550147]], a number registered to [[PERSON|Danielle Whitaker]].",
    "Dr. [[PERSON|Folake Adeyemi-Cole]] will see the next patient at ten.",
    "[[PERSON|Arjun Malhotra]], 41, runs a small logistics firm out of Pune and can be emailed at [[EMAIL_ADDRESS|arjun@malhotrafreight.in]].",
    "[[PERSON|Svetlana Ivanova]]'s login [[ID_NUMBER|sivanova]] was locked after five failed attempts from [[IP_ADDRESS|192.0.2.181]].",
    "[[PERSON|Mohamed Abdi Warsame]] sends money home every month from account [[IBAN_CODE|GB16 BARC 2071 4583 6120 94]].",
    "Our records show [[PERSON|Pania Rangi]] at [[STREET_ADDRESS|PO Box 731, Gisborne 4040]].",
    "[[PERSON|Thi Lan Nguyen]] used the card [[CREDIT_CARD|4024 0071 9933 5828]] to book two nights in Da Nang.",
    "The landlord, [[PERSON|Rajesh Pillai]], prefers calls on [[PHONE_NUMBER|+971 50 318 4427]] after six.",
    "Henkilötunnus [[ID_NUMBER|140793-218P]] was entered for [[PERSON|Anna-Kaisa Virtanen]] when she registered at the Oulu clinic.",
    "[[PERSON|Bongani Khumalo]] said his ID number is [[ID_NUMBER|8804155231084]] and that he was born in Durban.",
    "Lance Cpl. [[PERSON|Jesús Ramírez]] can be reached at [[STREET_ADDRESS|PSC 817 Box 4412, FPO AE 09622]].",
    "[[PERSON|Hamza Qureshi]] pays his rent from [[IBAN_CODE|PK73 SCBL 0000 0017 8264 0391]].",
    "[[PERSON|Malia Vainikolo]] asked us to text [[PHONE_NUMBER|+676 771 2384]] rather than call.",
    "[[PERSON|Yusuf Demir]]'s new email is [[EMAIL_ADDRESS|yusufdemir1987@postakutusu.com.tr]], the hotmail one is dead",
    "The Steuer-ID of [[PERSON|Katharina Brandt]] is [[ID_NUMBER|57 194 083 167]].",
    "[[PERSON|Chanel Ruiz-Montoya]] was issued Florida licence [[ID_NUMBER|R163-428-91-774-0]] last spring and gave SSN [[US_SSN|603-57-1249]] for the background check.",
    "The bank asked [[PERSON|Oren Shapiro]] to confirm teudat zehut [[ID_NUMBER|031628472]] by SMS.",
    "[[PERSON|Fiifi Owusu]]'s API key [[API_KEY|hg_live_7Qm2vX9pLr4TnB8kWz3sYd6A]] was pasted into a public ticket.",
    "[[PERSON|Sun-hee Kim]] asked that the password [[PASSWORD|blue*Heron*88]] be changed before she left.",
    "Greek AMKA [[ID_NUMBER|12078530412]] was given for [[PERSON|Eleni Papadopoulou]] at the pharmacy in Patras.",
    "the courier said [[PERSON|Rustam Nazarov]] wasnt home, he left a card and the number [[PHONE_NUMBER|+998 90 417 2286]]",
    "[[PERSON|Chukwuemeka Obi]]'s TFN is [[ID_NUMBER|472 053 180]] and he started at the Perth site in June.",
    "BSN [[ID_NUMBER|237481601]] belongs to [[PERSON|Sanne de Vries]], who moved to Utrecht in 2020.",
    "The Belgian national number [[ID_NUMBER|79.11.23-284.83]] appears on [[PERSON|Sofie Peeters]]'s residence card.",
    "[[PERSON|Kimi Lehtonen]] was seen logging in from [[IP_ADDRESS|2001:db8:7c0::15]] and again from [[IP_ADDRESS|198.51.100.140]] ten minutes later.",
]

# Short records in the manner of free-text PII rows: case, HR, shipping and clinic notes, bios.
NOTES = [
    "Case note, 14 Feb: met [[PERSON|Halima Yusuf]] at the drop-in centre. She has moved to [[STREET_ADDRESS|Flat 6, 31 Cheetham Hill Road, Manchester M8 8LW]] and asked that letters stop going to her sister's. New mobile [[PHONE_NUMBER|07700 900583]]. Follow-up booked in two weeks.",
    "HR note: [[PERSON|Kaito Nakamura]] (employee no. [[ID_NUMBER|E-204871]]) starts on the 3rd at the Osaka warehouse. Salary into his Mizuho account [[ID_NUMBER|3051-2274619]]. Emergency contact is his wife, [[PERSON|Yui Nakamura]], [[PHONE_NUMBER|080-3917-5524]].",
    "Deliver to [[PERSON|Femi Adebayo]], [[STREET_ADDRESS|Plot 22, Admiralty Way, Lekki Phase 1, Lagos 106104]]. Call [[PHONE_NUMBER|+234 803 417 2296]] on arrival, the gateman will not sign for it. Tracking 7XK-4471-09, do not leave with neighbours.",
    "[[PERSON|Ana Lucía Paredes]] is a Quito-born agronomist who has spent fifteen years working with cacao cooperatives along the coast. She now lives in Guayaquil and welcomes messages at [[EMAIL_ADDRESS|alparedes@cacaoandes.ec]] or on [[PHONE_NUMBER|+593 99 482 7106]].",
    "Client [[PERSON|Viktor Horváth]] (client no. [[ID_NUMBER|HU-CL-88104]]) disputes the parking fine. Registered address [[STREET_ADDRESS|Váci utca 18, 1052 Budapest]]. Any refund to [[IBAN_CODE|HU21 1070 0024 3819 2740 0000 0000]]. Hearing set for 12 May; client prefers morning slots.",
    "Ticket #58213: user [[ID_NUMBER|m.oyelaran]] ([[PERSON|Moyo Oyelaran]]) can't reach the file share from home, home IP [[IP_ADDRESS|203.0.113.201]]. Temporary password issued, [[PASSWORD|Kq8#vL2p!Rz]], must be changed at next login. Closed pending her confirmation.",
    "Patient [[PERSON|Ruslan Akhmetov]], NHS number [[ID_NUMBER|485 772 3018]], presented with chest pain after a night shift. ECG unremarkable, troponin pending. Next of kin: [[PERSON|Dinara Akhmetova]] (wife), [[PHONE_NUMBER|+447700900142]].",
    "Reference check for [[PERSON|Chloé Lambert]]: previous employer confirms bookkeeping role 2016 to 2021, no concerns. Former manager [[PERSON|Thierry Gauthier]] can be called on [[PHONE_NUMBER|06 39 98 41 27]]. Her NIR on the old payslips reads [[ID_NUMBER|2 84 09 75 114 062 24]].",
    "Container note: goods for [[PERSON|Semisi Fifita]] to be held at the Nuku'alofa depot until he shows ID. Contact him on [[PHONE_NUMBER|+676 884 1207]] or his cousin [[PERSON|Lose Fifita]] on [[PHONE_NUMBER|+676 775 3390]]. Storage fees start after five days.",
    "Tenant [[PERSON|Gabriela Santos]] paid the bond by transfer from [[IBAN_CODE|PT64 0035 0651 0007 2184 3057 3]]. Forwarding address after the lease ends: [[STREET_ADDRESS|Rua do Almada 214, 2.º Esq., 4050-032 Porto]]. Meter readings taken at handover.",
    "[[PERSON|Tendai Moyo]] grew up in Bulawayo, studied civil engineering in Cape Town and now consults on water projects across the region. He is on most platforms as [[ID_NUMBER|tendai.builds]] and answers email at [[EMAIL_ADDRESS|tendai@moyoworks.co.zw]].",
    "Enrolment: student [[PERSON|Arohanui Walker]], student ID [[ID_NUMBER|STU-22-08817]], transferring from a Hamilton intermediate. Caregiver [[PERSON|Mere Walker]] on [[PHONE_NUMBER|+64 27 513 4489]]. Needs a bus pass for route 12.",
    "Motor claim: insured driver [[PERSON|Piotr Nowicki]], policyholder no. [[ID_NUMBER|PZU-7730192]], PESEL [[ID_NUMBER|03220547812]]. Third party [[PERSON|Agnieszka Lis]] gave her mobile as [[PHONE_NUMBER|+48 601 384 227]]. Rear bumper and tail light damaged, no injuries.",
    "KYC review, [[PERSON|Samira Bouzid]], born 1990 in Sfax. Residential address [[STREET_ADDRESS|Avenue Habib Bourguiba 73, 3000 Sfax]]. Account [[IBAN_CODE|TN29 0801 7000 1284 7330 1652]]. Source of funds: salary from a textile exporter. Low risk.",
    "Security incident 2024-118: a device at [[IP_ADDRESS|198.51.100.77]] tried the account of [[PERSON|Lars Eriksen]] ([[EMAIL_ADDRESS|lars.eriksen@fjordlog.no]]) 41 times overnight. Account locked; [[PERSON|Lars]] informed by phone at 08:10 and asked to reset.",
    "Home visit to [[PERSON|Nkechi Obi]] at [[STREET_ADDRESS|Apt 2C, 915 Bergen Street, Brooklyn, NY 11216]]. Two children present, both well. She asked that calls go to her mother's phone, [[PHONE_NUMBER|(718) 555-0163]], as hers has been cut off.",
    "Disciplinary note re [[PERSON|Marek Dvořák]] (emp. [[ID_NUMBER|40817]]): shared his badge PIN [[PASSWORD|5520]] with a contractor on 2 April so the contractor could use the side door. Verbal warning given, PIN reissued.",
    "Return label for [[PERSON|Isabella Moretti]]: [[STREET_ADDRESS|Via San Vitale 61, 40125 Bologna BO]]. If the courier can't find the door, ring [[PHONE_NUMBER|+39 347 218 6604]].",
    "Traveller profile: [[PERSON|Rania Khoury]], passport [[ID_NUMBER|LR4410827]], frequent flyer [[ID_NUMBER|ME 7718 2290]]. Window seat, vegetarian meal, no red-eyes. Mobile [[PHONE_NUMBER|+961 3 418 772]], assistant copies all confirmations.",
    "[[PERSON|Sigrid Aasen]] is a retired ferry captain from Ålesund who now carves small wooden boats in her garage. Orders can be placed by writing to [[EMAIL_ADDRESS|sigrid.aasen@fjordpost.no]] or calling [[PHONE_NUMBER|+47 913 48 226]] in the evening.",
    "Referral: [[PERSON|Jae-won Choi]], 58, type 2 diabetes, poorly controlled, lives alone at [[STREET_ADDRESS|302-1104, 45 Banpo-daero, Seocho-gu, Seoul 06591]]. Daughter [[PERSON|Min-ji Choi]] manages his appointments, [[PHONE_NUMBER|010-4827-1193]].",
    "[[PERSON|Faisal Al-Harbi]] called about his deposit; the landlord has kept SAR 4,000 for 'cleaning'. He gave his iqama number [[ID_NUMBER|2418730561]] and asked for replies by email to [[EMAIL_ADDRESS|faisal.harbi@riyadhnet.sa]].",
    "Standing order set up for [[PERSON|Marta Jankowska]]: 1,200 PLN on the 1st of each month to [[IBAN_CODE|PL36 1140 2004 0000 3702 7651 8824]], title 'czynsz'. Customer number [[ID_NUMBER|88412907]]. First payment next month.",
    "Onboarding for [[PERSON|Thabo Nkosi]], Johannesburg office: laptop issued, username [[ID_NUMBER|tnkosi]], initial password [[PASSWORD|Welcome#Joburg81]]. Badge photo still outstanding. Line manager to confirm access to the finance drive.",
    "Care package for SPC [[PERSON|Tyrell Jameson]], [[STREET_ADDRESS|CMR 402 Box 1188, APO AE 09180]]. Customs form attached; contents socks, instant coffee, AA batteries and a paperback. Sender is his grandmother in Macon.",
    "[[PERSON|Pham Minh Tuan]] founded a small coffee roastery in Buon Ma Thuot in 2015 and sells mostly to cafes in Saigon. Wholesale enquiries go to [[EMAIL_ADDRESS|tuan.pham@caphebmt.vn]] or [[PHONE_NUMBER|+84 905 318 442]].",
    "Owner: [[PERSON|Astrid Møller]], [[STREET_ADDRESS|Nørrebrogade 112, 2. th., 2200 København N]]. Patient: Bamse, 7 yrs, Labrador, limping on the left hind leg. Owner's phone [[PHONE_NUMBER|+45 28 41 73 09]]; prefers SMS reminders.",
    "Applicant [[PERSON|Luis Fernando Quintero]], SSN [[US_SSN|271-04-8813]], current address [[STREET_ADDRESS|2207 Calle Loíza, Apt 5, San Juan, PR 00911]]. Employer confirms income of 3,800 a month. Credit check authorised by signature.",
    "Dr [[PERSON|Wanjiku Kamau]] is a paediatrician at a district hospital in Nyeri and leads a small study on childhood malaria. Invitations to speak can be sent to [[EMAIL_ADDRESS|wkamau@nyeripaeds.or.ke]].",
    "Home insurance. Policy holder [[PERSON|Jelena Marković]], member no. [[ID_NUMBER|HR-55-019283]], insured property [[STREET_ADDRESS|Ulica Ivana Gundulića 27, 21000 Split]]. Premium collected yearly from [[IBAN_CODE|HR14 2484 0081 1085 2793 1]].",
    "Driver report: passenger [[PERSON|Kiri Herewini]] left a phone on the back seat after the airport run. Her partner called from [[PHONE_NUMBER|021 557 3092]] and will collect it from the depot tomorrow.",
    "[[PERSON|Nasrin Hosseini]] arrived from Mashhad in 2022 and works as a dental nurse. Current address [[STREET_ADDRESS|Kurfürstenstraße 19, 10785 Berlin]], landline [[PHONE_NUMBER|030 23125 417]]. Needs a certified translation of her diploma.",
    "Parental leave approved for [[PERSON|Emma Lindberg]] (personnummer [[ID_NUMBER|870312-4522]]) from 1 September to 28 February. Letters to [[STREET_ADDRESS|Kungsgatan 44, 411 19 Göteborg]]. Cover arranged within the team.",
    "Prescription collected by [[PERSON|Abdullahi Garba]] on behalf of his father, who is bedridden. Two boxes of amlodipine. Contact for queries [[PHONE_NUMBER|0803 552 9184]].",
    "Lost baggage file LHR44817: bag belonging to [[PERSON|Priyanka Bose]] to be delivered to [[STREET_ADDRESS|52 Elmfield Avenue, Leicester LE2 1RD]] between 6 and 9 pm. Passenger contact [[EMAIL_ADDRESS|priyanka.bose@fastmail.in]].",
    "Complaint from [[PERSON|Oksana Melnyk]] ([[EMAIL_ADDRESS|oksana.melnyk@ukr-post.net]]): charged twice on card [[CREDIT_CARD|5496 3320 8185 0478]] for the same order of school shoes. Duplicate refunded, apology sent.",
    "Family readiness roster: [[PERSON|Kayla Brennan]], spouse of SSgt [[PERSON|Colin Brennan]], [[STREET_ADDRESS|PSC 1005 Box 316, APO AE 09009]], cell [[PHONE_NUMBER|+1 910 555 0118]]. Volunteers for the meal train.",
    "Candidate [[PERSON|Nicolás Benítez]], DNI [[ID_NUMBER|33.481.902]], eight years in retail banking in Rosario. Reference: his former branch manager [[PERSON|Gustavo Ibarra]], [[PHONE_NUMBER|+54 9 11 4628-3170]]. Second interview Thursday.",
    "Member [[ID_NUMBER|GYM-004821]], [[PERSON|Ayaan Chaudhry]], froze his membership until March after knee surgery. Direct debit continues from [[IBAN_CODE|IE85 BOFI 9000 1752 8806 41]] at the reduced rate.",
    "Witness statement: [[PERSON|Lerato Mokoena]] gave her address as [[STREET_ADDRESS|14 Jacaranda Street, Hatfield, Pretoria 0083]] and her cell as [[PHONE_NUMBER|+27 82 418 3306]]. She saw the taxi reverse into the gate.",
    "Field note: met Ratu [[PERSON|Josefa Vunivalu]] near Nadi about the land lease renewal. He prefers contact through his nephew, [[PERSON|Apenisa Ravula]], on [[PHONE_NUMBER|+679 924 1873]]. Next meeting after the church fundraiser.",
    "Volunteer roster: [[PERSON|Keoni Mahoe]], [[STREET_ADDRESS|94-1021 Waipahu St, Waipahu, HI 96797]], [[PHONE_NUMBER|(808) 555-0139]]. Available Saturdays for beach clean-ups, has his own truck.",
    "[[PERSON|Vesna Kostić]] translates Serbian and Slovene poetry into English and teaches a night class in Novi Sad. She takes commissions through [[EMAIL_ADDRESS|vesna.kostic@prevodi.rs]] and on Instagram as [[ID_NUMBER|vesna.prevodi]].",
    "Send the signed contract to [[PERSON|Joseph Otieno Odhiambo]], [[STREET_ADDRESS|P.O. Box 40172-00100, Nairobi]], and copy it by email to [[EMAIL_ADDRESS|j.odhiambo@lakeside-advocates.co.ke]]. Original by courier, not ordinary post.",
    "Recall letter to [[PERSON|Gunnhild Berg]], patient no. [[ID_NUMBER|P-019284]], [[STREET_ADDRESS|Storgata 9B, 9008 Tromsø]]. Due for a check-up and scale; last seen fourteen months ago.",
    "[[PERSON|Yousef Al-Khatib]] rents the ground-floor shop at [[STREET_ADDRESS|Rainbow Street 23, Jabal Amman, Amman 11181]]. Rent arrives from [[IBAN_CODE|JO21 ARAB 1180 0000 0011 8273 0465 00]] on the 5th, usually a day late.",
    "VPN audit: account [[ID_NUMBER|jsithole]] ([[PERSON|Jabu Sithole]]) connected from [[IP_ADDRESS|192.0.2.77]] and, twenty minutes later, from [[IP_ADDRESS|2001:db8:ff00:42::9]]. Probably the phone hotspot, but flagged for review.",
    "Transcript request from [[PERSON|Milica Jovanović]], student number [[ID_NUMBER|2016/0481]], to be posted to [[STREET_ADDRESS|Njegoševa 15, 21000 Novi Sad]]. Fee paid at the counter.",
    "Donor [[PERSON|Henrik Sørensen]] gives 300 kroner a month from [[IBAN_CODE|DK95 3000 4017 8829 05]]. Thank-you letters by email only, to [[EMAIL_ADDRESS|henrik.s@postkasse.dk]].",
    "Parcel 9938-XA for [[PERSON|Gulnara Sadykova]] came back: address [[STREET_ADDRESS|prospekt Chuy 128, kv. 44, Bishkek 720040]] marked incomplete. Her phone [[PHONE_NUMBER|+996 555 184 273]] goes to voicemail.",
    "Lost property: wallet found on tram 4 with cards in the name of [[PERSON|Jakub Černý]], among them a Visa [[CREDIT_CARD|4929 6105 3378 2161]] and his driving licence [[ID_NUMBER|EH 482190]]. Held at the depot office.",
    "Guest [[PERSON|Noura Al-Suwaidi]], room 714, asked for a late checkout and a cot. Card on file [[CREDIT_CARD|4485 3017 6620 9199]]. Contact [[PHONE_NUMBER|+971 55 209 4418]] if housekeeping needs the room earlier.",
    "CV summary: [[PERSON|Andrés Villalobos]], mechanical engineer, nine years in copper mining around Antofagasta. Phone [[PHONE_NUMBER|+56 9 6418 3372]], LinkedIn [[ID_NUMBER|andres-villalobos-mec]]. Open to relocation.",
    "[[PERSON|Losana Qalo]] runs a weaving collective of thirty women in Savusavu and sells mats and baskets to resorts. Buyers can reach her at [[EMAIL_ADDRESS|losana.qalo@vanualevu.com.fj]].",
    "Payroll change for [[PERSON|Veronika Hrubá]], employee [[ID_NUMBER|7742]]: from next month salary goes to [[IBAN_CODE|CZ69 0300 0000 0002 7461 8359]] instead of the old account. Signed form received.",
    "Youth worker note: [[PERSON|Malik Johnson]] (16) missed two sessions this month. His mum, [[PERSON|Tanisha Johnson]], asked us to text [[PHONE_NUMBER|313-555-0172]] instead of calling the landline.",
    "Ship spare parts to [[PERSON|Baatar Ganbold]], [[STREET_ADDRESS|PO Box 46/512, Ulaanbaatar 14200]], and email the invoice to [[EMAIL_ADDRESS|ganbold.b@steppe-auto.mn]]. Customs value under 500 USD.",
    "SIM swap flagged: [[PERSON|Eun-ji Yoon]] reports her number [[PHONE_NUMBER|010-7713-2804]] stopped working at noon; the one-time code [[PASSWORD|482917]] was then used from [[IP_ADDRESS|203.0.113.9]]. Card frozen.",
    "Pickup list, Room 3: only [[PERSON|Siosaia Lolohea]] (father) or [[PERSON|Ana Lolohea]] (aunt) may collect, nobody else, even with a signed note. Collection password [[PASSWORD|mango-tree]]. Allergies: peanuts.",
    "Salary review: [[PERSON|Adaeze Okafor]], employee [[ID_NUMBER|NG-00417]], moves to grade 7 from April. Confirmation letter to [[EMAIL_ADDRESS|adaeze.okafor@bluecrestng.com]]; copy on her file.",
    "[[PERSON|Dorota Kamińska]] asked why her carer's allowance stopped in June. NI number [[ID_NUMBER|JT 58 41 27 C]], address [[STREET_ADDRESS|41 Ferndale Road, Luton LU1 3DS]]. Forms resent by post.",
    "Rental agreement: driver [[PERSON|Fernando Cabrera]], licence [[ID_NUMBER|CABRE806120F99LT]], second driver none. Deposit held on card [[CREDIT_CARD|2223 0419 6652 8706]]. Return to the Gatwick desk with a full tank.",
    "[[PERSON|Yulia Shevchuk]] registered with the city office; passport [[ID_NUMBER|FE418372]], temporary address [[STREET_ADDRESS|ul. Marszałkowska 104/12, 00-017 Warszawa]]. Two children, both enrolled in school.",
    "Bill to [[PERSON|Chen Jiahui]], [[STREET_ADDRESS|Room 1502, 88 Century Avenue, Pudong, Shanghai 200120]]. Payment by UnionPay [[CREDIT_CARD|6250 9472 1308 5562]]. Invoice in Chinese and English.",
    "Shared mailbox handover: [[PERSON|Tamar Levi]] leaves Friday. Her login [[ID_NUMBER|tlevi]] will be disabled; the mailbox password [[PASSWORD|Yarden!2019sea]] moves to [[PERSON|Avi Mizrahi]].",
    "[[PERSON|Aleksi Korhonen]], 67, retired forester, keeps bees outside Kuopio and sells honey by post. Orders to [[EMAIL_ADDRESS|aleksi.korhonen@hunaja.fi]] or [[PHONE_NUMBER|+358 40 718 3326]].",
    "Fraud review: card [[CREDIT_CARD|5168 4402 7719 9308]] of [[PERSON|Nino Beridze]] used twice in Dubai while she was at home in Tbilisi. Customer confirms. Refund to [[IBAN_CODE|GE26 TB77 4133 6081 0022 97]] requested by her.",
    "Clinic note: [[PERSON|Mbali Zungu]], 29, antenatal visit, 24 weeks. Blood pressure fine. Lives with her mother at [[STREET_ADDRESS|2113 Zone 4, Mamelodi East, 0122]], phone [[PHONE_NUMBER|071 384 2205]].",
    "Tenancy ended for [[PERSON|Gintarė Kazlauskienė]]. Deposit of 900 EUR to be returned to [[IBAN_CODE|LT03 7300 0101 3648 2591]] within 30 days. New address [[STREET_ADDRESS|Gedimino pr. 9-14, LT-01103 Vilnius]].",
    "HR exit note: [[PERSON|Rashid Mahmoud]] returned his laptop and badge. Personal email for the P45 and references: [[EMAIL_ADDRESS|rashid.m.mahmoud@gmx.co.uk]]. Forwarding address [[STREET_ADDRESS|Flat 2, 18 Albert Road, London E16 2JB]], home phone [[PHONE_NUMBER|020 7946 0318]].",
    "Courier note: leave with the reception at [[STREET_ADDRESS|Level 9, 200 Queen Street, Melbourne VIC 3000]], attention [[PERSON|Linh Tran]]. If closed, call [[PHONE_NUMBER|0491570318]].",
    "[[PERSON|Kateryna Bondarenko]] is a violinist from Kharkiv who now teaches in Kraków. For lessons, write to [[EMAIL_ADDRESS|kateryna.violin@poczta.pl]] or call [[PHONE_NUMBER|+48 512 094 338]].",
    "Insurance (travel): [[PERSON|Ingibjörg Jónsdóttir]] claims for a cancelled flight from Keflavík. Payout to [[IBAN_CODE|IS41 0133 2601 8274 1504 8233 79]]. Policy holder email [[EMAIL_ADDRESS|ingibjorg.j@simnet.is]].",
    "Incident: at 02:14 the door controller logged code [[PASSWORD|9046#]] at the loading bay, issued to night supervisor [[PERSON|Ifeanyi Chukwu]]. He says he was off that night; code changed.",
    "Bio for the programme: [[PERSON|Carlos Eduardo Lima]] leads a small team building reading apps for public schools in Recife. He writes at [[EMAIL_ADDRESS|carlos.lima@leiturapro.com.br]] and on Mastodon as [[ID_NUMBER|cadu_lima]].",
    "Outpatient letter for [[PERSON|Gareth Pryce]], hospital no. [[ID_NUMBER|K2208174]], [[STREET_ADDRESS|7 Heol y Coed, Rhiwbina, Cardiff CF14 6HR]], tel [[PHONE_NUMBER|029 2018 0462]]. Review in six weeks.",
    "Subscriber [[PERSON|Dang Thi Mai]] cancelled after the price rise. Last payment taken from card [[CREDIT_CARD|3569 1207 4483 6522]]; account login [[ID_NUMBER|maidang.hn]]. No refund owed.",
    "[[PERSON|Kristjan Saar]] rents a fixed desk in the co-working space on the third floor. Building access code [[PASSWORD|2468*]], wifi key [[PASSWORD|tallinn-hub-55]]. Invoice to [[EMAIL_ADDRESS|kristjan@saardesign.ee]].",
    "Adoption of shelter dog Tika approved for [[PERSON|Salma Benjelloun]], [[STREET_ADDRESS|Résidence Al Manar, imm. 4, apt 11, 20250 Casablanca]], [[PHONE_NUMBER|+212 661 48 23 07]]. Follow-up visit in a month.",
    "Freight hold: [[PERSON|Nguyen Van Hieu]] must present passport [[ID_NUMBER|C4829107]] to release two pallets. Agent [[PERSON|Lydia Mensah]], [[PHONE_NUMBER|+233 20 551 4089]], will accompany him to the warehouse.",
]

# Form-like lines and record rows; the first LOWER_FORMS typed all in lower case.
FORMS = [
    "name: [[PERSON|kagiso molefe]] | cell: [[PHONE_NUMBER|072 418 3391]] | email: [[EMAIL_ADDRESS|kagiso.molefe@webmail.co.za]] | suburb: soweto",
    "customer=[[PERSON|nguyen van long]]; acct=[[ID_NUMBER|00418273]]; email=[[EMAIL_ADDRESS|longnv@saigonmail.vn]]; tier=gold",
    "driver: [[PERSON|tevita havili]], licence no. [[ID_NUMBER|ab482019]], ph [[PHONE_NUMBER|022 418 7726]], vehicle van 3",
    "deliver to: [[PERSON|farida nurmagambetova]], [[STREET_ADDRESS|mkr. samal-2, d. 58, kv. 17, almaty 050059]], tel [[PHONE_NUMBER|+7 727 418 2290]]",
    "username: [[ID_NUMBER|oscar.lindahl]] / password: [[PASSWORD|hemlig123]] / last ip: [[IP_ADDRESS|192.0.2.14]]",
    "emp id [[ID_NUMBER|55102]] - [[PERSON|sakura ito]] - [[EMAIL_ADDRESS|sakura.ito@kansai-denki.jp]] - dept. logistics",
    "patient: [[PERSON|joao batista ferreira]], mrn [[ID_NUMBER|00847213]], dob 02/11/1961, phone [[PHONE_NUMBER|(11) 98417-3302]]",
    "billing addr: [[STREET_ADDRESS|1420 n halsted st apt 3r, chicago il 60642]] / card [[CREDIT_CARD|4917 5520 0843 1136]] / name on card: [[PERSON|mehmet yilmaz]]",
    "contact - [[PERSON|abena kyei]], [[STREET_ADDRESS|p.o. box ks 1402, kumasi]], [[PHONE_NUMBER|0244 917 305]]",
    "ssn [[US_SSN|459-62-0383]] dob 4/9/88 name [[PERSON|luz marina ocampo]] ok to verify",
    "Name: [[PERSON|Dragana Ilić]] | DOB: 1983-06-02 | Phone: [[PHONE_NUMBER|+381 64 418 2275]] | Email: [[EMAIL_ADDRESS|dragana.ilic@mts-mail.rs]] | Address: [[STREET_ADDRESS|Knez Mihailova 22, 11000 Beograd]]",
    "id,name,email,phone,city\n1043,[[PERSON|Emmanuel Okoro]],[[EMAIL_ADDRESS|emmanuel.okoro@tinmail.ng]],[[PHONE_NUMBER|+234 809 144 2381]],Port Harcourt",
    "Consignee: [[PERSON|Wahid Rahmani]] / Address: [[STREET_ADDRESS|House 17, Street 4, Taimani, Kabul 1006]] / Phone: [[PHONE_NUMBER|+93 79 418 2273]]",
    "Account holder: [[PERSON|Emilia Virtanen-Koski]]   IBAN: [[IBAN_CODE|FI28 4055 0012 3894 72]]   BIC: OKOYFIHH",
    "PAX [[PERSON|HALVORSEN/METTE]] MS   PNR Q7XK2L   PASSPORT [[ID_NUMBER|34817725]] NOR   SEAT 14A",
    "Employee: [[PERSON|Ravi Kumar Sharma]] (ID [[ID_NUMBER|00912]]) | Bank a/c [[ID_NUMBER|30418827713]] | PAN [[ID_NUMBER|BQHPS4182K]]",
    "From: [[PERSON|Isabel Núñez]] <[[EMAIL_ADDRESS|isabel.nunez@correo-andino.pe]]>\nSubject: cambio de contraseña\nMi usuario es [[ID_NUMBER|inunez84]] y no me llega el correo.",
    "Reg. no. / Name / Phone\n2024-0331 / [[PERSON|Hemi Paewai]] / [[PHONE_NUMBER|027 604 1185]]",
    "TO: SGT [[PERSON|Marcus Bell]]\n[[STREET_ADDRESS|Unit 29351 Box 104\nAPO AE 09014]]\nCONTENTS: books, snacks",
    "Emergency contact form. Student: [[PERSON|Amani Mwakyusa]]; Parent/guardian: [[PERSON|Rehema Mwakyusa]]; Mobile: [[PHONE_NUMBER|+255 754 318 207]]; Address: [[STREET_ADDRESS|Plot 41, Mikocheni B, Dar es Salaam]]",
    "Name: [[PERSON|Kevin O'Donnell-Reyes]] | SSN: [[US_SSN|318-09-2751]] | Address: [[STREET_ADDRESS|88 Harbor View Dr, Norwalk, CT 06854]] | Filing status: single",
    "Login attempt | user=[[ID_NUMBER|a.bergstrom]] | src=[[IP_ADDRESS|203.0.113.166]] | result=FAIL | pw_tried=[[PASSWORD|Sommar2023]]",
    "Beneficiary: [[PERSON|Hassan Mohamud Ali]] | Mobile money: [[PHONE_NUMBER|+252 61 548 2207]] | City: Mogadishu | Relationship: brother",
    "PATIENT LABEL   [[PERSON|FINAU, Mele]]   MRN [[ID_NUMBER|7730418]]   DOB 12/03/1954   Ward 6B",
    "Name (as in passport): [[PERSON|ARJUN NAIR]]   Passport no.: [[ID_NUMBER|Z4418203]]   FIN: [[ID_NUMBER|G5520814Q]]   Employer: shipyard",
    "KYC - Name: [[PERSON|Meenakshi Sundaram]] | Aadhaar: [[ID_NUMBER|7419 3306 2859]] | Mobile: [[PHONE_NUMBER|94432 18706]] | PIN code 600040",
    "Ship to: [[PERSON|Rangi Parata]], [[STREET_ADDRESS|14 Tui Street, Taradale, Napier 4112]] | ph [[PHONE_NUMBER|06 844 2917]] | order 55-1902",
    "Visitor log 09:42 - [[PERSON|Mohammed Rafiq]] (Ansar Logistics), badge V-118, host [[PERSON|Joanna Wright]], visitor mobile [[PHONE_NUMBER|07700900736]]",
    "Transfer from [[PERSON|Cristina Marin]], [[IBAN_CODE|RO92 BTRL 0130 1205 8374 1900]], to [[PERSON|Andrei Marin]], [[IBAN_CODE|BG57 UNCR 7000 1524 8319 63]], amount 450 RON, note: rent share",
    "Subscriber record. Name: [[PERSON|Nikolai Petersen]]; email: [[EMAIL_ADDRESS|nikolai.p@uni-mail.dk]]; IP at signup: [[IP_ADDRESS|198.51.100.62]]; password hint: first dog",
    "Claimant: [[PERSON|Mónica Sepúlveda Rojas]]   DNI: [[ID_NUMBER|45128703]]   Phone: [[PHONE_NUMBER|+51 987 204 316]]   Lima",
    "Pay slip - Emp no [[ID_NUMBER|3391]] - [[PERSON|Karolína Dušková]] - [[IBAN_CODE|SK53 1100 0000 0026 1748 3052]] - net 1 842,50 EUR",
    "Check-in info. Host: [[PERSON|Ewa Dąbrowska]] | door code: [[PASSWORD|4471B]] | wifi: Sopot_Home_5G / key: [[PASSWORD|sopot-morze-77]] | host phone: [[PHONE_NUMBER|+48 698 214 530]]",
    "Alumni record: [[PERSON|Ahmad Zaki bin Hassan]], matric no. [[ID_NUMBER|A17CS0412]], email [[EMAIL_ADDRESS|ahmadzaki.h@alumni-utm.my]], phone [[PHONE_NUMBER|+60 12-418 3307]]",
    "Holder: [[PERSON|MERVE ÖZTÜRK]]   Document: [[ID_NUMBER|U18374925]]   Nationality: TUR   Expiry: 2029-08-14",
    "Library card [[ID_NUMBER|2900 4418 7731]] - borrower: [[PERSON|Pavel Sokolov]] - 2 items overdue - phone [[PHONE_NUMBER|8 (912) 418-22-73]]",
    "Medical alert: Name: [[PERSON|Ahmad Hakimi]]; Blood type O+; Emergency: [[PERSON|Zahra Hakimi]] (wife) [[PHONE_NUMBER|+49 40 66969 218]]",
    "Signup: first_name=[[PERSON|Folasade]] last_name=[[PERSON|Ogunleye]] email=[[EMAIL_ADDRESS|f.ogunleye@ibadanmail.ng]] phone=[[PHONE_NUMBER|+2348061472209]]",
    "Attn: Ms. [[PERSON|Hannah Kessler]], [[STREET_ADDRESS|Unit 6250 Box 71, DPO AE 09898]]   Return to sender if undeliverable",
    "Integration settings: owner [[PERSON|Tomás Quiroga]] | client_id app-7731 | secret [[API_KEY|hgk_9fQ2xL7mVb3RtZ8wNc4PjK1s]] | callback https://example.com/cb",
]

# Clean prompts in the manner of public benchmarks: no personal data at all.
CLEAN_OPEN = [
    "Write a lively travel blog post about three days in Lisbon, focusing on food markets, tram rides and one disappointing museum.",
    "Write a friendly but persuasive message encouraging a shy colleague to present their project at the next team meeting. Keep it under 150 words.",
    "You are the cook on a long sea voyage. Give a short, funny speech to convince the crew to try your new seaweed stew.",
    "Explain the difference between a virus and a bacterium to a ten-year-old, using one everyday comparison.",
    "Write a Python function that checks whether a string of brackets is balanced, and give two test cases.",
    "Should a beginner learn Go or Rust first for writing command-line tools? Give the trade-offs honestly.",
    "What routines help someone who works from home keep work time and personal time apart? Give five I could start this week.",
    "Draft a professional email to a supplier asking for a two-week extension on an invoice payment, without sounding desperate.",
    "You are a poet who writes proofs in rhyme. In no more than eight lines, prove that there are infinitely many prime numbers.",
    "In two short paragraphs, describe an unusual lighthouse keeper using striking sensory details.",
    "Extract the names of the countries and their capitals from the following text and return them as JSON: 'Nairobi, the capital of Kenya, sits beside a national park, while Canberra, Australia's capital, was planned from scratch.'",
    "A line passes through (1, 3) and (5, 11). What are its slope and y-intercept? Show your steps.",
    "Pretend you are a statistics tutor and explain what a p-value is to a nervous first-year student.",
    "Write a haiku about the first frost of winter, then explain the imagery you chose.",
    "What if the printing press had never been invented? Speculate on three consequences for science.",
    "Summarise the plot of Shakespeare's Hamlet in exactly five sentences, suitable for a secondary school revision sheet.",
    "Pretend to be Sherlock Holmes and deduce what you can about a person from the mud on their boots and a train ticket stub.",
    "Outline a short blog post comparing e-readers and printed books for students, covering cost, eye strain and note-taking.",
    "Write a SQL query that returns the three best-selling products per category from a table called sales(product, category, units).",
    "What are the pros and cons of a four-day working week for small businesses?",
    "Give me a weekly vegetarian meal plan for a family of four on a tight budget, with a shopping list.",
    "Correct the grammar in this sentence without changing its meaning: 'Me and him was going to the market when the rain start falling very hardly.'",
    "Why do some vaccines need booster doses while others seem to last a lifetime? Keep the answer under 150 words.",
    "Role-play as a customer service agent for an airline and handle a complaint about a lost suitcase, staying calm and helpful.",
    "Which methods can I use to estimate the number of piano tuners in a large city? Walk me through a Fermi estimate.",
]

CLEAN_GSM8K = [
    "Noor sold 36 bracelets at a craft fair on Saturday and a third as many on Sunday. How many bracelets did Noor sell over the weekend?",
    "Tomasz buys 3 notebooks at $2.40 each and a pen for $1.15. He pays with a $10 bill. How much change does he get?",
    "A baker makes 144 rolls. Amara packs them into bags of 6 and sells each bag for $3. How much money does she make if she sells every bag?",
    "Kenji runs 5 kilometres every weekday and twice that distance on Saturday. He rests on Sunday. How many kilometres does he run in 4 weeks?",
    "Priya has 3 times as many stickers as Leo. Together they have 96 stickers. How many stickers does Priya have?",
    "A school bus holds 52 students. If 317 students are going on a field trip, how many buses are needed?",
    "Ingrid earns $18 an hour and works 7.5 hours a day, 5 days a week. She saves one-fifth of her weekly pay. How much does she save each week?",
    "Mateo's garden is 12 metres long and 8 metres wide. He wants to put a fence around it, leaving a 2-metre gap for a gate. How many metres of fencing does he need?",
    "A shop sells apples at 4 for $3. Fatima needs 30 apples for a party. How much will she spend?",
    "Olu reads 24 pages of his book each night. The book has 408 pages. If he has already read 120 pages, how many more nights will it take him to finish?",
    "There are 5 rows of chairs with 14 chairs in each row. Sione sets out another 3 rows of 12 chairs. How many chairs are there in total?",
    "Mei's phone plan costs $25 a month plus $0.10 per text over 200 texts. Last month she sent 340 texts. What was her bill?",
    "A tank holds 250 litres of water. It leaks 3.5 litres per hour. How much water is left after one full day?",
    "Diego is twice as old as his sister Lucía. In 6 years the sum of their ages will be 45. How old is Lucía now?",
    "Aroha bakes 3 trays of cookies with 16 cookies on each tray. She gives 10 cookies to her neighbour and eats 4. How many cookies are left?",
    "A train travels 320 km in 4 hours. At the same speed, how long will it take to travel 560 km?",
    "Zainab spent a third of her allowance on a book and a quarter of it on lunch. She has $25 left. How much was her allowance?",
    "Lars plants 7 rows of tulips with 23 bulbs in each row. One in every 7 bulbs does not flower. How many tulips flower?",
    "Kofi's car uses 6.5 litres of fuel per 100 km. Fuel costs $1.80 per litre. How much does a 450 km trip cost?",
    "A pizza is cut into 12 slices. Hana eats 2 slices, her brother eats 3 and their parents share half of what is left equally. How many slices does each parent get?",
    "Ravi saves $15 in the first week and $5 more each week than the week before. How much has he saved after 8 weeks?",
    "A class has 28 students. Three-sevenths of them walk to school and half of the rest take the bus. How many students take the bus?",
    "Elena buys a jacket for $80 at a 25% discount off the marked price. What was the original marked price?",
    "Nikolai keeps chickens and cows. Altogether his animals have 30 heads and 74 legs. How many cows does Nikolai have?",
    "Yuki types 45 words per minute. How long, in minutes and seconds, will it take her to type a 1,170-word essay?",
]

CLEAN_MMLU = [
    "Which of the following best describes the main aim of the Marshall Plan after the Second World War?\nA. To punish Germany for the war\nB. To rebuild the economies of Western Europe\nC. To establish the United Nations\nD. To divide Berlin into four zones",
    "In Marbury v. Madison (1803), Chief Justice John Marshall established which principle?\nA. Separation of church and state\nB. Judicial review\nC. Federal supremacy over state taxes\nD. The right to counsel",
    "Which physician is credited with developing the first successful smallpox vaccine in 1796?\nA. Louis Pasteur\nB. Robert Koch\nC. Edward Jenner\nD. Joseph Lister",
    "The Magna Carta was sealed in 1215 by which English king?\nA. Henry II\nB. Richard I\nC. John\nD. Edward I",
    "Ignaz Semmelweis is best remembered for showing that which practice reduced deaths from puerperal fever?\nA. Bloodletting\nB. Handwashing with chlorinated lime\nC. Opium administration\nD. Open-window ventilation",
    "Which Roman emperor issued the Edict of Milan in 313, granting tolerance to Christians?\nA. Nero\nB. Diocletian\nC. Constantine\nD. Hadrian",
    "Under the common law doctrine of stare decisis, courts are expected to:\nA. follow precedent set by higher courts\nB. defer to the legislature on all questions\nC. apply international law first\nD. decide each case without reference to earlier cases",
    "Alexander Fleming's discovery of penicillin in 1928 came from observing:\nA. a yeast fermenting sugar\nB. mould killing bacteria on a culture plate\nC. a virus destroying bacteria\nD. an antibody reaction in blood serum",
    "Which leader of the Haitian Revolution later became the first ruler of independent Haiti?\nA. Toussaint Louverture\nB. Jean-Jacques Dessalines\nC. Simón Bolívar\nD. Henri Christophe",
    "In the United States, the Miranda warning derives from a 1966 Supreme Court decision concerning:\nA. search warrants\nB. self-incrimination during custodial interrogation\nC. freedom of the press\nD. the right to bear arms",
    "Florence Nightingale's statistical work during the Crimean War showed that most soldiers died from:\nA. battle wounds\nB. preventable diseases in hospitals\nC. starvation\nD. extreme cold",
    "The Meiji Restoration in Japan began in which year?\nA. 1603\nB. 1853\nC. 1868\nD. 1905",
    "Which of the following elements must a plaintiff usually prove in a negligence claim?\nA. Intent to harm\nB. Duty, breach, causation and damages\nC. A written contract\nD. Criminal conviction of the defendant",
    "John Snow's investigation of the 1854 Broad Street outbreak in London linked cholera to:\nA. bad air\nB. contaminated water from a pump\nC. rats\nD. imported cotton",
    "Mansa Musa, whose pilgrimage to Mecca in 1324 became famous for its wealth, ruled which empire?\nA. Songhai\nB. Ghana\nC. Mali\nD. Kanem-Bornu",
    "Brown v. Board of Education (1954) held that:\nA. separate schools for Black and white children were inherently unequal\nB. busing was unconstitutional\nC. states could set their own school curricula\nD. private schools must admit all applicants",
    "Which scientist first described the circulation of blood through the body in 1628?\nA. Andreas Vesalius\nB. William Harvey\nC. Galen\nD. Marcello Malpighi",
    "The Treaty of Westphalia (1648) is often associated with the rise of:\nA. the modern sovereign state system\nB. the European Union\nC. absolute papal authority\nD. the Holy Roman Empire's expansion",
    "Hippocrates is traditionally associated with:\nA. the discovery of insulin\nB. an oath of ethical conduct for physicians\nC. the germ theory of disease\nD. the first blood transfusion",
    "In contract law, consideration refers to:\nA. the judge's opinion of fairness\nB. something of value exchanged between the parties\nC. a cooling-off period\nD. the signature of a witness",
    "Which Mughal emperor ordered the construction of the Taj Mahal?\nA. Akbar\nB. Babur\nC. Aurangzeb\nD. Shah Jahan",
    "Frederick Banting and Charles Best are known for their work on:\nA. polio vaccine\nB. insulin\nC. X-rays\nD. antiseptic surgery",
    "The Code of Hammurabi is an early example of:\nA. a written legal code with fixed penalties\nB. a religious hymn\nC. a trade agreement with Egypt\nD. a census of Babylon",
    "Which of the following was a central demand of the Chartist movement in nineteenth-century Britain?\nA. Abolition of the monarchy\nB. Universal male suffrage\nC. Independence for Ireland\nD. Free trade with France",
    "Marie Curie received her second Nobel Prize, in 1911, for work in:\nA. physics\nB. medicine\nC. chemistry\nD. peace",
]

CLEAN_HEALTH = [
    "I've had a dull headache behind my eyes for three days and it gets worse when I bend over. Could this be sinusitis, and when should I see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a fever, and how far apart should the doses be?",
    "My blood pressure reading at the pharmacy was 148/92. I feel fine. Should I be worried, and what lifestyle changes help?",
    "What is the difference between a cold and the flu, and how can I tell which one I have?",
    "I get heartburn almost every night after dinner. What foods should I avoid and when is it a sign of something more serious?",
    "How much water should an adult drink in a day, and does coffee count?",
    "I'm 34 weeks pregnant and my ankles are very swollen by evening. Is this normal or a warning sign?",
    "What are the early symptoms of type 2 diabetes that people often miss?",
    "My toddler has a temperature of 38.9°C but is still playing. When do I need to take a child with fever to the emergency department?",
    "Can stress really cause chest pain, or should any chest pain be checked straight away?",
    "What stretches help with lower back pain from sitting at a desk all day?",
    "I was prescribed amoxicillin for an ear infection. Can I drink alcohol while taking it?",
    "How long after a tetanus shot does the arm usually stay sore, and is a lump at the site normal?",
    "What does a high LDL cholesterol result mean and how quickly can diet bring it down?",
    "I keep waking up at 3 am and can't get back to sleep. What can I try before asking for sleeping pills?",
    "Is it normal for a mole to itch? What changes in a mole mean I should get it checked?",
    "What should I do if someone near me is having a seizure?",
    "How do I know whether a sprained ankle is actually broken?",
    "Are there any side effects of taking vitamin D supplements every day through the winter?",
    "My eyes are red and itchy every spring. Which over-the-counter allergy treatments work best and do they cause drowsiness?",
    "After a course of antibiotics I have had diarrhoea for a week. Should I stop eating dairy, and when is it serious?",
    "What are the warning signs of a stroke, and what is the FAST test?",
    "Can you explain what an MRI scan involves? I'm claustrophobic and nervous about it.",
    "I have a rash that looks like a ring with a clear centre on my arm. Could it be ringworm and how is it treated?",
    "How often should adults over 50 get screened for bowel cancer, and what does the test involve?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "5823 0471 9628": aadhaar_ok,  # Indian Aadhaar
    "7419 3306 2859": aadhaar_ok,
    "485 772 3018": nhs_ok,  # NHS number
    "237481601": bsn_ok,  # Dutch BSN
    "92071814530": pesel_ok,  # Polish PESEL
    "03220547812": pesel_ok,
    "418.652.907-85": cpf_ok,  # Brazilian CPF
    "38615042740": kimlik_ok,  # Turkish kimlik
    "48305172C": dni_ok,  # Spanish DNI
    "140793-218P": hetu_ok,  # Finnish henkilötunnus
    "NDRMRA88E52H501N": codice_fiscale_ok,  # Italian codice fiscale
    "510107198606234714": china_id_ok,  # Chinese resident identity number
    "S8831207D": nric_ok,  # Singapore NRIC
    "G5520814Q": nric_ok,  # Singapore FIN
    "910304-2518477": rrn_ok,  # Korean resident registration number
    "472 053 180": tfn_ok,  # Australian TFN
    "5731 64022 1": medicare_ok,  # Australian Medicare
    "4082 7715 6309": my_number_ok,  # Japanese My Number
    "6283041JA": pps_ok,  # Irish PPS number
    "2 84 09 75 114 062 24": nir_ok,  # French NIR
    "79.11.23-284.83": belgian_id_ok,  # Belgian national number
    "150891 32727": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 170 462": nif_ok,  # Portuguese NIF
    "2950321408173": cnp_ok,  # Romanian CNP
    "17.482.306-5": rut_ok,  # Chilean RUT
    "48902173527": isikukood_ok,  # Estonian isikukood
    "070492-3349": kennitala_ok,  # Icelandic kennitala
    "915308/4710": rodne_cislo_ok,  # Czech rodné číslo
    "3184206751": rnokpp_ok,  # Ukrainian RNOKPP
    "57 194 083 167": steuer_id_ok,  # German Steuer-ID
    "ZKD3187": nhi_ok,  # New Zealand NHI
    "527 318 406": luhn_len(9),  # Canadian SIN
    "870312-4522": luhn_len(10),  # Swedish personnummer
    "031628472": luhn_len(9),  # Israeli teudat zehut
    "8804155231084": luhn_len(13),  # South African id
    "12078530412": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany, Sweden), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 ?7700 ?900 ?\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 ?570 ?\d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"070-174 06 \d{2}",  # Sweden, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"9\d{4} \d{5}",  # India mobile, national layout
        r"080\d \d{3} \d{4}",  # Nigeria mobile, national layout
        r"02[127] \d{3} \d{4}",  # New Zealand mobile, national layout
        r"06 \d{3} \d{4}",  # New Zealand landline (Hawke's Bay)
        r"07[12] \d{3} \d{4}",  # South Africa mobile, national layout
        r"024\d \d{3} \d{3}",  # Ghana mobile, national layout
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile, national layout
        r"8 \(9\d{2}\) \d{3}-\d{2}-\d{2}",  # Russia mobile, national layout
        r"\+234\d{10}",  # Nigeria, no separators
        r"\+(7|20|27|36|39|45|47|48|51|54|55|56|57|60|64|84|86|91|93|98|212|232|233|234|251|252|255|358|381|593|676|679|685|961|971|996|998) [\d -]+\d",  # no fiction range known
    )
]

# The IBAN length of each country used (ISO 13616 registry).
IBAN_LENGTHS = {
    "AE": 23, "AT": 20, "BG": 22, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18,
    "FR": 27, "GB": 22, "GE": 22, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "JO": 30,
    "LT": 20, "PK": 24, "PL": 28, "PT": 25, "RO": 24, "SK": 24, "TN": 24,
}  # fmt: skip

MILITARY = re.compile(r"\b(APO|FPO|DPO) (AE|AP|AA) \d{5}")
PO_BOX = re.compile(r"\bP\.? ?O\.? Box\b", re.IGNORECASE)
NO_SEPARATORS = re.compile(r"\+?\d{10,13}")


def check_mix(pii: list[str]) -> None:
    """Every label type, military and PO box addresses, phones without separators, IBANs of
    their country's length and no documentation example, and the record kinds the set is
    meant to hold."""
    spans = [s for t in pii for s in marked_spans(t)]
    kinds = [s["type"] for s in spans]
    for kind in TYPES:
        if kinds.count(kind) < (2 if kind == "API_KEY" else 5):
            raise SystemExit(f"too few {kind} values: {kinds.count(kind)}")
    addresses = [s["value"] for s in spans if s["type"] == "STREET_ADDRESS"]
    if sum(bool(MILITARY.search(a)) for a in addresses) < 6:
        raise SystemExit("too few APO, FPO or DPO addresses")
    if sum(bool(PO_BOX.search(a)) for a in addresses) < 5:
        raise SystemExit("too few PO box addresses")
    phones = [s["value"] for s in spans if s["type"] == "PHONE_NUMBER"]
    if sum(bool(NO_SEPARATORS.fullmatch(p)) for p in phones) < 4:
        raise SystemExit("too few phones typed without separators")
    for span in spans:
        if span["type"] != "IBAN_CODE":
            continue
        compact = span["value"].replace(" ", "")
        if IBAN_LENGTHS.get(compact[:2]) != len(compact) or compact in DOCUMENTATION_IBANS:
            raise SystemExit(f"IBAN {span['value']!r}: wrong length or a documentation example")
    plain = " ".join(strip_marks(t)[0] for t in pii).lower()
    for word, least in (
        ("passport", 6),
        ("licence", 4),
        ("password", 6),
        ("username", 3),
        ("employee", 4),
        ("patient", 3),
        ("student", 2),
    ):
        if plain.count(word) < least:
            raise SystemExit(f"too few texts with {word!r}")


def main() -> None:
    sections = {
        "sentences": (SENTENCES, 100),
        "notes": (NOTES, 80),
        "forms": (FORMS, 40),
        "clean open": (CLEAN_OPEN, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = SENTENCES + NOTES + FORMS
    check_counts("sentences", SENTENCES, SENTENCE_WORDS, (1, 3))
    check_counts("notes", NOTES, NOTE_WORDS, (2, 5))
    check_counts("forms", FORMS, FORM_WORDS, (2, 4))
    check_mix(pii)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    for item in CLEAN_MMLU:
        if not all(f"\n{letter}. " in item for letter in "ABCD"):
            raise SystemExit(f"mmlu: options A to D missing in {item[:60]!r}")
    build_sections(
        "blind66", HERE, sections, {"sentences", "notes", "forms"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=FORMS, lower_chat=LOWER_FORMS, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
