# ruff: noqa: E501
"""A seventieth blind privacy set: 220 texts with personal data and 100 clean ones, the mix a
held-out privacy check of a chat gateway would use.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 real-looking chat requests (3 to 100 words) in which people share their own or
  others' data; the first 30 (a quarter) are typed all in lower case with typos. They hold
  surnames alone, names with non-English letters (Björn, Lucía, Siobhán, Wiśniewski,
  Sørensen, Đặng Thị Mai), lower-case names, nicknames (Jaz, Big Mike, Tash, Kev, Rafa),
  names with no cue word at all; passwords that look like passwords and ones that do not
  (banana, tigerlily, letmein), PINs, door, gate, lockbox, alarm and locker codes, wifi
  keys and one-time codes; phones with and without separators; addresses in the UK,
  Germany, France, Spain, Italy, Austria, Norway, Sweden, Iceland, Brazil, Chile, Nigeria,
  India, Korea, Vietnam, Canada and the US, and military APO/FPO/DPO addresses; e-mails;
  account, member, customer, employee, student, patient and library card numbers,
  usernames, a passport, national ids, two cards, two IBANs, an SSN and an API key;
* 100 records in the style of synthetic PII benchmark datasets (2 to 80 words): third-person
  statements, form lines, key-value rows, pipe- and comma-separated rows, log lines and
  short notes in English and a few other languages, with names of many origins; addresses
  in two dozen national formats; phones; cards (Visa, Mastercard, Amex, Discover, JCB,
  Diners, Maestro) and IBANs of twenty countries; SSNs; national ids with valid check
  digits; driver licences, passports, PAN and tax numbers; usernames and IPs.

Usernames and logins, account, customer, member, employee, staff, student, patient and
library card numbers, passports, driver licences and tax and national ids are ID_NUMBER;
PINs, door, gate, lockbox, alarm and locker codes, wifi keys, one-time codes and passwords
PASSWORD; titles and relation words (Mr, Mrs, Dr, Nurse, Mme, my sister, grandpa) stay
outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed; public figures, brands, fictional characters, places and streets
named after people, order, tracking and invoice numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench- and Vicuna-style prompts, 25 GSM8K-style word problems
with fictional first names, 25 MMLU-style items with options A to D and 25 everyday chat
requests, some naming public figures, brands and places.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0141 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (Chinese
resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC, Swedish personnummer, Dutch
BSN, Korean resident registration number, Australian TFN and Medicare, Canadian SIN,
Turkish kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus,
South African id, Japanese My Number, Spanish DNI and NIE, Irish PPS number, French NIR,
Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean
RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German
tax id, New Zealand NHI, Israeli teudat zehut, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind70.py`` from the repository root; the output is
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

LOWER_CHAT = 30
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (2, 80)
CARD_DIGITS = frozenset({14, 15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Sgt|Capt|Nurse|Auntie|Aunt|Uncle|Grandma|Grandpa|Nana)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to an assistant: the first 30 typed all in lower case, with typos.
CHAT = [
    "hey can u text my sis [[PERSON|priya]] at [[PHONE_NUMBER|07700900417]] and tell her im runing late for dinner",
    "wifi pw for the cabin is [[PASSWORD|bluelake2291]] can you make a cute sign for the fridge with it on",
    "whats a polite way to tell [[PERSON|okafor]] from acounting that his expense report is late agian",
    "my landlord [[PERSON|björn]] keeps texting me at 2am from [[PHONE_NUMBER|+46 70 318 24 96]], how do i block a number on android",
    "fix grammer pls: hi im [[PERSON|jessica tran]], my member number is [[ID_NUMBER|gx-448120]] and i was charged twice this month",
    "nanas door code is [[PASSWORD|4096]] and she lives at [[STREET_ADDRESS|flat 3, 22 whitmore road, leeds ls6 2ah]], can u write directions from the train station for my cousin",
    "how do i write a cover letter, my names [[PERSON|mateo]] and my email is [[EMAIL_ADDRESS|mateo.r.garza@outlook.com]]",
    "[[PERSON|dimitri]] set the shared drive pw to [[PASSWORD|letmein]] smh. write him a nice msg explaning why thats bad",
    "adress for the care package is [[STREET_ADDRESS|psc 1071 box 233, apo ae 09021]], its for my brother [[PERSON|tyler]] whos deployed. what can i send that wont get stuck",
    "ok so long story. my ex [[PERSON|marcus]] still has the login to our old shared netflix, email was [[EMAIL_ADDRESS|marcusandjo2019@gmail.com]] and the pw is [[PASSWORD|jojo&mo4ever]]. i want to change it without him getting the notificaton email bc he will freak out and call my mum. is that even possible? also he knows my phone pin [[PASSWORD|250619]] so should i change that too or am i being paranoid",
    "my mum [[PERSON|sue]] keeps getting spam calls on [[PHONE_NUMBER|0491570228]], how does she join the do not call register",
    "translate to spanish: hello my name is [[PERSON|hannah kowalczyk]] and i live at [[STREET_ADDRESS|calle de toledo 58, 28005 madrid]]",
    "emp id [[ID_NUMBER|e-204877]] cant log in to the portal since monday, pw i used was [[PASSWORD|summer2024!]]",
    "write a bday msg for [[PERSON|jaz]], her real name is [[PERSON|jasmine ofori]] but nobody calls her that lol, shes turning 30",
    "need a polite email to [[PERSON|lindqvist]] ([[EMAIL_ADDRESS|a.lindqvist@stud.uu.se]]) asking for an extention on my thesis",
    "whats the safest way to store my bank pin [[PASSWORD|3318]] and card pin [[PASSWORD|9902]] on my phone",
    "turn this into a table: [[PERSON|ahmed]] [[PHONE_NUMBER|+971 50 318 4472]], [[PERSON|lucía]] [[PHONE_NUMBER|+34 612 840 395]], [[PERSON|chen wei]] [[PHONE_NUMBER|+86 139 1028 4476]]",
    "my acct nr is [[ID_NUMBER|00381926]], they want proof of adress now, which docs count in the uk",
    "planing a suprise party for my grandpa [[PERSON|teodor wiśniewski]] turning 80, guests rsvp to [[EMAIL_ADDRESS|wisniewski.family@gmail.com]], write the invite",
    "[[PERSON|nakamura]] keeps taking credit for my work in meetings, how do i handle it without drama",
    "school portal username [[ID_NUMBER|mdelacroix09]] pasword [[PASSWORD|tigerlily]], can you check my kids grades",
    "sending to [[STREET_ADDRESS|unit 8450 box 112, dpo ap 96521]], what size box ships cheapest",
    "my neighbour [[PERSON|siobhán]] locked herself out, spare key box code is [[PASSWORD|2-7-7-1]] right? or am i mixing it up",
    "cant remember if my student number is [[ID_NUMBER|s3948172]], how do i check on the uni site",
    "calender invite for [[PERSON|raj]] and [[PERSON|deepa]] tmrw 3pm, emails [[EMAIL_ADDRESS|raj.menon@infolane.in]] and [[EMAIL_ADDRESS|deepa.k@infolane.in]]",
    "reword so it sounds less angry: [[PERSON|darnell]] you owe me 200 quid since march, pay it into [[ID_NUMBER|40-17-22 61829374]] by friday",
    "new contact pls: [[PERSON|ngozi]], [[PHONE_NUMBER|0803 417 2260]], [[STREET_ADDRESS|14 adeola odeku st, victoria island, lagos]]",
    "note for the dog walker: gate code [[PASSWORD|1985*]], alarm [[PASSWORD|6604]], dog is called biscuit and he pulls",
    "how do i type my wifes name [[PERSON|nguyen thi ngoc anh]] with the vietnamese accents on a us keyboard",
    "[[PERSON|kofi]]s numbr [[PHONE_NUMBER|020 7946 0381]]",
    # Mixed case from here on.
    "Can you help me draft a reply to Mrs [[PERSON|Abernethy]]? She asked for a number to call me back on, it's [[PHONE_NUMBER|07700 900 562]].",
    "[[PERSON|Zoë Castellanos]] starts Monday; set up an onboarding checklist for her. Employee no. [[ID_NUMBER|EMP-30917]].",
    "My PIN is [[PASSWORD|8813]]. Is it safe to tell the bank if they ask for it over the phone?",
    "Got a reset code from the app: [[PASSWORD|447 902]]. What does it mean when it says it expires in 10 minutes?",
    "Please format this as a mailing label: [[PERSON|Henrike Baumgärtner]], [[STREET_ADDRESS|Lindenstraße 41, 10969 Berlin]]",
    "I was charged twice on my card [[CREDIT_CARD|4539 1760 8215 3347]] for the same hotel night. Write a dispute letter to my bank for me, polite but firm.",
    "Ask [[PERSON|Friedman]] if he's free Tuesday.",
    "Login: [[ID_NUMBER|tomasz.kr]] / [[PASSWORD|Wz8#pLq2!vR]]",
    "Write a haiku about autumn for [[PERSON|Marguerite]], she turns 70 next week and loves maple trees.",
    "My husband [[PERSON|Kwame Asante]] and I are moving to [[STREET_ADDRESS|27 Rue des Acacias, 69003 Lyon]] in June. What do we need to register with the mairie?",
    "Our Airbnb host [[PERSON|Yuki]] said the lockbox code is [[PASSWORD|3071]] and the wifi password is [[PASSWORD|sakura-tree-88]]. Can you put that into a short note for my parents?",
    "Please update my shipping address to [[STREET_ADDRESS|Flat 12, 8 Marchmont Crescent, Edinburgh EH9 1HN]], customer number [[ID_NUMBER|CU-5583017]].",
    "Hi! It's [[PERSON|Sebastián Ortúzar]] again. The courier needs a phone number, use [[PHONE_NUMBER|+56 9 8471 2036]].",
    "I literally use [[PASSWORD|purplemonkeydishwasher]] for everything. Is that bad?",
    "Is [[STREET_ADDRESS|CMR 402 Box 1187, APO AE 09180]] the right format for my husband [[PERSON|Devon Pruitt]]? He's in Germany and I want to mail him a birthday present.",
    "My son [[PERSON|Eli]]'s school wants an emergency contact. Fill in the form with me: [[PERSON|Rachel Goldberg]], [[PHONE_NUMBER|(617) 555-0148]].",
    "Spreadsheet question: column A has names like [[PERSON|Okoro, Chidi]] and I want them as first name then last name. Which formula?",
    "Text [[PERSON|Lachlan]] on [[PHONE_NUMBER|0491 570 913]] that training has moved to 6.",
    "Why does the tax form reject my BSN [[ID_NUMBER|316284051]]? It keeps saying invalid format.",
    "I'm [[PERSON|Anneke de Vries]], member [[ID_NUMBER|NL-77302]] of the rowing club. Write a short note asking to pause my membership over the winter.",
    "Send the signed contract to [[EMAIL_ADDRESS|ines.ferreira@sapo.pt]] and copy [[EMAIL_ADDRESS|r.almeida@sapo.pt]] please, with a two-line cover note.",
    "My dad's address for the birthday card is [[STREET_ADDRESS|Via Garibaldi 112, 10122 Torino TO]]. His name is [[PERSON|Vittorio Esposito]]. How do I write an Italian envelope?",
    "New gate code is [[PASSWORD|2580#]], tell the cleaner.",
    "How do I say in Polish: my name is [[PERSON|Gosia]] and my phone number is [[PHONE_NUMBER|+48 512 408 377]]?",
    "Our new nanny is [[PERSON|Marisol Quispe]]. Her number is [[PHONE_NUMBER|+51 987 214 630]]. Write a welcome message with our house rules (no screens before homework, bedtime 8pm).",
    "[[PERSON|Hendricks]] signed off.",
    "Can you check this IBAN before I pay my rent: [[IBAN_CODE|FR65 2004 1010 0507 4392 0183 716]]? The landlord is Mme [[PERSON|Rousseau]] and I don't want to send 900 euros to the wrong place.",
    "The alarm code at the office changed to [[PASSWORD|58193]]. Draft a Slack message telling the team to DM me for it instead.",
    "I forgot the streaming password I set up for my mother, I think it was [[PASSWORD|Daisy1962]]. How do I reset it from my account?",
    "[[PERSON|Ravi]]'s employee ID is [[ID_NUMBER|41-0098-2]] and he needs parking access from Monday. Write the request to facilities.",
    "How many days until my passport [[ID_NUMBER|563018274]] expires if the expiry date says 14 MAR 2027?",
    "My grandma [[PERSON|Đặng Thị Mai]] needs her pension forms sent to [[STREET_ADDRESS|45 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]]. Can you write the cover letter in Vietnamese? She doesn't read English.",
    "Proofread please: Dear Sir or Madam, I, [[PERSON|Imran Qureshi]], holder of account [[ID_NUMBER|7730 1846 22]], wish to close my savings account with effect from 1 July.",
    "what's a good reply when [[PERSON|Bex]] asks to borrow money again? She never pays it back.",
    "We're staying with [[PERSON|Sigrún]] at [[STREET_ADDRESS|Bárugata 17, 101 Reykjavík]] for a week in February. Packing list please!",
    "My Costco member number is [[ID_NUMBER|111 8472 0395]]. Can I use it at a warehouse in Canada?",
    "Call [[PERSON|Big Mike]] at [[PHONE_NUMBER|312-555-0177]] about the deck quote.",
    "I accidentally pasted [[API_KEY|sk-proj-Xq7vN2LmR8tB4wZ9cK1pHs6dJ3fY0aUe]] into a public gist an hour ago. What should I do first?",
    "Book a table for four under [[PERSON|Dlamini]], 7pm Friday. What should I say on the phone?",
    "My employee number is [[ID_NUMBER|880-21473]] and my manager is [[PERSON|Agnieszka Wróbel]]. Fill in the leave request for three days in May.",
    "Write an out-of-office that sends urgent stuff to [[PERSON|Priyanka]] on [[PHONE_NUMBER|+91 98451 20376]] or [[EMAIL_ADDRESS|priyanka.s@meridianlogix.in]].",
    "Please check I spelled her name right for the certificate: [[PERSON|Żaneta Szczęsna-Kowal]].",
    "Draft a complaint: the package for [[PERSON|Leilani Kahananui]] at [[STREET_ADDRESS|1820 Kapiolani Blvd Apt 1504, Honolulu, HI 96814]] was marked delivered but never arrived.",
    "the code to the bike shed is [[PASSWORD|1-4-1-4]]. Make it into a sticky note for the neighbours.",
    "How do I change the name on my library card from [[PERSON|Katie]] to [[PERSON|Katherine Moss]]? Card no. [[ID_NUMBER|29381004571612]].",
    "My kid set his game password to [[PASSWORD|hunter2]]. Explain why that's a bad idea in words a nine-year-old gets.",
    "Address the wedding invitation to [[PERSON|Arjun Pillai]] & [[PERSON|Meera Pillai]], [[STREET_ADDRESS|Flat 4B, Prestige Greenwoods, 12th Main Rd, Indiranagar, Bengaluru 560038]]. Formal or casual wording?",
    "Make this sound professional: yo [[PERSON|Kev]], send me the staging login, mine is [[ID_NUMBER|dev_ashworth]] but the pass [[PASSWORD|Stg!2291xq]] doesn't work anymore",
    "A two-factor code [[PASSWORD|602 118]] just came in but I didn't request it. Should I be worried?",
    "Rewrite this flyer line for a Nairobi audience: Contact [[PERSON|Wanjiru Kamau]] on [[PHONE_NUMBER|+254 712 408 391]] for bookings.",
    "Can you remind me what [[PERSON|Sørensen]] said about the Q3 budget? I think it was in the call on Thursday.",
    "Help me fill in a Canadian form: SIN [[ID_NUMBER|046 454 286]], name [[PERSON|Marie-Ève Tremblay]], phone [[PHONE_NUMBER|(514) 555-0163]].",
    "Note for the babysitter: we're at [[STREET_ADDRESS|Carrer de Mallorca 214, 4t 2a, 08008 Barcelona]]. If anything happens call [[PERSON|Jordi]] on [[PHONE_NUMBER|+34 655 281 903]].",
    "Summarise the email thread between me and [[PERSON|O'Sullivan]] about the lease in three bullet points.",
    "I'm a nurse on nights. Write a handover note: patient [[PERSON|Harold Bennett]], 84, hospital number [[ID_NUMBER|RX0048213]], NHS number [[ID_NUMBER|943 476 5919]], admitted on Tuesday with a chest infection, on IV antibiotics, allergic to penicillin. Obs stable overnight, ate some toast at six. His daughter [[PERSON|Linda]] is next of kin and wants a call if anything changes, her mobile is [[PHONE_NUMBER|07700 900 613]]. He gets confused after dark so please keep the light on and remind him where he is.",
    "Our home wifi key is [[PASSWORD|m4ple-Syrup-drizzle]]. Make a printable card for guests.",
    "Please write a text to [[PERSON|Chioma]] saying her spare key is under the blue pot and the back door code is [[PASSWORD|4417]].",
    "I'm [[PERSON|Fernando]]. Write a bio for my dog-grooming website in Spanish and mention my WhatsApp [[PHONE_NUMBER|+52 55 1834 2097]].",
    "How should I write [[STREET_ADDRESS|Storgata 8, 0155 Oslo]] on a US visa form that only has a street, city and ZIP field?",
    "What does this mean? Your account [[ID_NUMBER|4401-88213-07]] will be suspended unless you verify within 24 hours. Is it phishing?",
    "[[PERSON|Aleksandra]] and [[PERSON|Timur]] both want Friday off again. Help me write a fair rule for the rota.",
    "Can I put [[STREET_ADDRESS|PSC 817 Box 29, FPO AE 09622]] as the delivery address on an Amazon order?",
    "Give me a mnemonic to remember [[PASSWORD|Tq9$mV2#]]",
    "Write an email to my professor, Dr. [[PERSON|Adeyemi]], asking to move my viva. My student ID is [[ID_NUMBER|2219047]].",
    "[[PERSON|Hamid]] office: [[PHONE_NUMBER|+49 30 23125 447]]",
    "What's the etiquette for sending bank details over WhatsApp? It'd be [[IBAN_CODE|NL16 RABO 0318 7465 20]] in the name of [[PERSON|J. Visser]].",
    "My number changed to [[PHONE_NUMBER|07700900845]], please update the signature below. Best, [[PERSON|Callum]]",
    "Tell [[PERSON|Rosalind]] her locker combination is [[PASSWORD|12-38-07]].",
    "I need a reference. My former boss was [[PERSON|Gunnar Halvorsen]] at the Bergen office, his email is [[EMAIL_ADDRESS|gunnar.halvorsen@fjordline-consult.no]]. How do I ask him after three years of silence?",
    "Hey, it's [[PERSON|Tash]]. I changed my email to [[EMAIL_ADDRESS|tashmorrow@proton.me]], can you rewrite my CV header with it?",
    "Can you explain the Australian TFN check? Mine's [[ID_NUMBER|372 618 904]] and the form says it's invalid.",
    "The tax letter still says [[STREET_ADDRESS|Quellenstraße 77/4/12, 1100 Wien]] but I moved. How do I update FinanzOnline?",
    "Could [[PERSON|Kowalski]] or [[PERSON|Brandt]] cover my Saturday shift? Draft the ask.",
    "Here's my info for the rental application: [[PERSON|Thabo Nkosi]], ID [[ID_NUMBER|8906115234080]], cell [[PHONE_NUMBER|+27 82 417 3095]]. Which fields usually go where?",
    "Write this in the Korean order: [[PERSON|Park Ji-hoon]], [[PHONE_NUMBER|010-4821-7730]], [[STREET_ADDRESS|서울특별시 강남구 테헤란로 152, 06236]]",
    "Explain to my mother-in-law, [[PERSON|Consuelo]], how to use the door keypad. Her code is [[PASSWORD|739164]] and she always presses the star first.",
    "Do I need a visa? Brazilian passport [[ID_NUMBER|GH417382]], going to Portugal for two weeks.",
    "Remind me to pay [[PERSON|Tomás]] back 40 euros.",
    "I signed up with [[EMAIL_ADDRESS|b.ekwueme@fastmail.com]] but the verification mail never arrives. Any ideas?",
    "Checking in for my mum, [[PERSON|Fatima Zahra El Idrissi]], patient no. [[ID_NUMBER|PT-6617043]], appointment at 10:30 in cardiology. Where do we park?",
    "Write a Christmas card message for [[PERSON|Samir]] and [[PERSON|Leila Haddad]] next door, they fed our cat all summer.",
    "My username is [[ID_NUMBER|quietfox_77]] and my password is [[PASSWORD|banana]]. Yes I know. Help me pick something better.",
    "Convert to a vCard: [[PERSON|Erik Johansson]], [[PHONE_NUMBER|+46 73 512 80 44]], [[EMAIL_ADDRESS|erik.johansson@telia-mail.se]], [[STREET_ADDRESS|Götgatan 48, 118 26 Stockholm]]",
    "Can you write a short thank-you note to Nurse [[PERSON|Abena]] on ward 7? She was so kind to my dad.",
    "The intercom code is [[PASSWORD|0412]] and the flat is [[STREET_ADDRESS|Av. Paulista 1578, apto 92, Bela Vista, São Paulo - SP, 01310-200]]. Write directions from the metro for my cousin [[PERSON|Rafa]].",
    "Payroll asked for my details again: employee [[ID_NUMBER|W-118204]], IBAN [[IBAN_CODE|IE18 BOFI 9001 2759 4826 14]], name [[PERSON|Niamh Gallagher]]. Is it safe to email these or should I use the portal?",
    "Is it normal for a landlord to ask for my SSN [[US_SSN|633-47-8120]] before a viewing? He's called [[PERSON|Brett Kowalczyk]] and only texts from [[PHONE_NUMBER|(702) 555-0191]].",
    "Can you tidy this message for the group chat? Hi all, [[PERSON|Mireille]] here. The cabin is [[STREET_ADDRESS|212 Chemin du Lac-Gagnon, Lac-Supérieur, QC J0T 1J0]], key in the lockbox (code [[PASSWORD|8054]]), wifi [[PASSWORD|loonsatdusk]]. Bring sheets, towels and whatever you want to drink. If you get lost, call me on [[PHONE_NUMBER|(819) 555-0112]], signal is bad after the bridge so text first. [[PERSON|Guillaume]] arrives Friday night with the canoe.",
    "Email from my kid's school, can you summarise? Dear parent of [[PERSON|Oskar Lindahl]], pupil number [[ID_NUMBER|ST-20917]], please note that Year 4 will visit the science museum on 12 May. The coach leaves at 8:15 sharp and returns around 3:30. Children need a packed lunch, a waterproof coat and comfortable shoes. The cost is 12 pounds, payable through the parent portal by 5 May. If your child has medication, hand it to the class teacher on the morning of the trip. If you have questions contact Ms [[PERSON|Ahlgren]] at the office.",
    "My card [[CREDIT_CARD|3530 2781 6490 5577]] was swallowed by an ATM in Osaka. What do I say when I call the bank?",
]

# 100 records in the style of synthetic PII benchmark datasets: statements, forms and rows.
RECORDS = [
    "[[PERSON|Kenji Watanabe]] lives at [[STREET_ADDRESS|2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001]] and his mobile is [[PHONE_NUMBER|090-3318-4726]].",
    "The card on file for [[PERSON|Margaret Ellison]] is [[CREDIT_CARD|4026 1158 7340 9120]], expiring 08/27.",
    "[[PERSON|Adaeze Nwosu]], a nurse at a Houston clinic, listed her Social Security number as [[US_SSN|412-73-9058]] and her cell as [[PHONE_NUMBER|(713) 555-0182]] on the credentialing form.",
    "customer_name: [[PERSON|Lars Øverby]]; iban: [[IBAN_CODE|NO24 1503 8274 619]]; fodselsnummer: [[ID_NUMBER|150789 41259]]",
    "Please wire the refund to [[IBAN_CODE|ES23 2100 0418 4508 3491 7265]], held by [[PERSON|Begoña Iturriaga]] (DNI [[ID_NUMBER|73095128R]]).",
    "User [[ID_NUMBER|wolfram_k83]] logged in from [[IP_ADDRESS|198.51.100.73]] at 03:12 UTC and downloaded four invoices.",
    "[[PERSON|Siddharth Rao]] (Aadhaar [[ID_NUMBER|6152 8047 3929]]) applied for a home loan at the Pune branch.",
    "Driver's licence number [[ID_NUMBER|D4127-58830-61904]] belongs to [[PERSON|Carla Benedetti]] of Springfield, Illinois.",
    "Passport [[ID_NUMBER|C7X4N21R9]] was issued to [[PERSON|Jonas Lehmann]] in Hamburg.",
    "[[PERSON|Mei-Ling Chou]] can be emailed at [[EMAIL_ADDRESS|meiling.chou@hanbridge.tw]] or phoned on [[PHONE_NUMBER|+886 912 473 085]].",
    "Send the annual statement to [[PERSON|Oscar Lindgren]], [[STREET_ADDRESS|Kungsgatan 12, 411 19 Göteborg]]; personnummer [[ID_NUMBER|790523-6183]].",
    "Billing record: [[PERSON|Fiona MacLeod]], [[CREDIT_CARD|5473-1820-9946-6131]], [[STREET_ADDRESS|27 Bruntsfield Place, Edinburgh EH10 4HN]].",
    "[[PERSON|Rahim Chowdhury]] was born in Sylhet and now works as a pharmacist in Leicester; his phone number is [[PHONE_NUMBER|07700 900318]] and his NHS number is [[ID_NUMBER|485 119 2088]].",
    "The applicant, [[PERSON|Valentina Morales Ruiz]], gave [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]] as her home address.",
    "IP [[IP_ADDRESS|203.0.113.206]] attempted 14 failed logins against the account of [[PERSON|Harriet Wolcott]], SSN [[US_SSN|751-09-2236]].",
    "[[PERSON|Emre Yıldız]] T.C. kimlik no: [[ID_NUMBER|31580927432]], tel: [[PHONE_NUMBER|+90 532 418 27 60]], IBAN: [[IBAN_CODE|TR69 0006 2000 1470 0062 9184 73]]",
    "17,[[PERSON|Tobias Greer]],[[US_SSN|538-21-6694]],1979-11-02,Denver,CO",
    "[[PERSON|Ana Clara Ribeiro]] tem CPF [[ID_NUMBER|527.384.196-82]] e mora na [[STREET_ADDRESS|Rua Augusta 1508, Consolação, São Paulo - SP, 01304-001]].",
    "Account holder [[PERSON|Pieter Janssens]], IBAN [[IBAN_CODE|BE63 7310 0482 9155]], national number [[ID_NUMBER|85.07.30-274.78]].",
    "[[PERSON|Wanjiku Mwangi]], a 34-year-old teacher from Nakuru, opened a savings account on 2 February. She gave her M-Pesa number [[PHONE_NUMBER|+254 722 815 046]], her email [[EMAIL_ADDRESS|wanjiku.mwangi@elimu-mail.co.ke]] and her home address [[STREET_ADDRESS|Plot 112, Kenyatta Avenue, Nakuru 20100]].",
    "Her username on the forum was [[ID_NUMBER|lilac.moth]], and she signed her posts as [[PERSON|Edie Harcourt]].",
    "[[PERSON|Giulia Conti]], codice fiscale [[ID_NUMBER|CNTGLI90T48L219Q]], residente in [[STREET_ADDRESS|Corso Vittorio Emanuele II 84, 10121 Torino]].",
    "Amex [[CREDIT_CARD|3794 186027 51338]] was used by [[PERSON|Douglas Fairweather]] at 14:05 on the night of the dispute.",
    "[[PERSON|Nguyễn Văn Hùng]] sống tại [[STREET_ADDRESS|28 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội]], số điện thoại [[PHONE_NUMBER|+84 912 384 057]].",
    "Employee [[PERSON|Tan Wei Ling]], staff ID [[ID_NUMBER|HR-004719]], NRIC [[ID_NUMBER|S7714365C]], joined the Jurong office in 2021.",
    "[[PERSON|Tomasz Zieliński]], PESEL [[ID_NUMBER|92051704835]], zamieszkały [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]], rachunek [[IBAN_CODE|PL14 1020 1026 0000 1702 0738 5916]].",
    "The suspect's laptop connected via [[IP_ADDRESS|2001:db8:4a1::17]] under the handle [[ID_NUMBER|n1ghtjar]].",
    "Contact: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZAC4179]], mobile [[PHONE_NUMBER|+64 21 408 7731]].",
    "[[PERSON|Liam O'Connor]] has PPS number [[ID_NUMBER|5273816T]] and lives at [[STREET_ADDRESS|14 Griffith Avenue, Drumcondra, Dublin 9, D09 X2F4]].",
    "Name: [[PERSON|Chen Jiahui]] | ID: [[ID_NUMBER|510107199309175863]] | Mobile: [[PHONE_NUMBER|+86 138 2047 5519]]",
    "[[PERSON|Rebecca Thornton]] paid with Discover [[CREDIT_CARD|6011 9035 7248 1637]] and asked for the receipt at [[EMAIL_ADDRESS|rthornton@cobaltmail.net]].",
    "The lease lists [[PERSON|Jean-Baptiste Mercier]] at [[STREET_ADDRESS|8 Rue Sainte-Catherine, 33000 Bordeaux]], NIR [[ID_NUMBER|1 85 07 75 116 238 48]].",
    "Tax record: [[PERSON|Helga Brandstätter]], Steuer-ID [[ID_NUMBER|47150398265]], IBAN [[IBAN_CODE|DE34 3705 0299 0047 8135 26]].",
    "[[PERSON|Yusuf Abdullahi]] (username [[ID_NUMBER|yusuf_abj]]) reported the checkout bug from [[IP_ADDRESS|192.0.2.14]].",
    "[[PERSON|Sakura Tanaka]], My Number [[ID_NUMBER|3904 7152 8660]], address [[STREET_ADDRESS|3-5-12 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023]]",
    "A transfer of £2,400 was sent from [[IBAN_CODE|GB54 BARC 2003 8473 6105 92]], which belongs to [[PERSON|Nathaniel Ashby]].",
    "[[PERSON|Kim Min-seo]]'s resident registration number is [[ID_NUMBER|920227-2615944]].",
    "[[PERSON|Ifeoma Chukwu]] called from [[PHONE_NUMBER|+234 803 514 2287]] to report that her debit card had been stolen in Abuja.",
    "[[PERSON|Alejandro Castillo]], SSN [[US_SSN|219-48-3071]], lives at [[STREET_ADDRESS|4410 Mesa Verde Dr, El Paso, TX 79904]].",
    "Card [[CREDIT_CARD|4916827300554186]] exp 11/26, holder [[PERSON|Bridget Okonjo]], billing address [[STREET_ADDRESS|9 Kingsway, Hove BN3 2RH]].",
    "[[PERSON|Ólafur Gunnarsson]], kennitala [[ID_NUMBER|1203872949]], [[STREET_ADDRESS|Laugavegur 62, 101 Reykjavík]], reikningur [[IBAN_CODE|IS14 0159 2600 7654 5510 7303 39]]",
    "Reach [[PERSON|Sophie Laurent]] at [[PHONE_NUMBER|06 39 98 41 27]] or [[EMAIL_ADDRESS|sophie.laurent@orange-mail.fr]]; her NIR is [[ID_NUMBER|2 93 11 69 381 047 27]].",
    "[[PERSON|Mateus Carvalho]] holds Portuguese NIF [[ID_NUMBER|237184591]] and IBAN [[IBAN_CODE|PT18 0035 0746 0002 8471 9365 2]].",
    "The driver, [[PERSON|Kyle Brennan]], presented UK licence [[ID_NUMBER|BRENN708129KD9XY]] at the roadside check.",
    "[[PERSON|Anjali Deshmukh]] uploaded her PAN card [[ID_NUMBER|BKDPD4172M]] and Aadhaar [[ID_NUMBER|3970 4126 5883]] for KYC.",
    "[[PERSON|Henrik Sundqvist]] connected to the VPN from [[IP_ADDRESS|198.51.100.142]] using account [[ID_NUMBER|hsundqvist]]; personnummer on file [[ID_NUMBER|881104-2749]].",
    "Policyholder [[PERSON|Chiara Bellini]] lives at [[STREET_ADDRESS|Via dei Mille 23, 80121 Napoli NA]]; phone [[PHONE_NUMBER|+39 347 218 5093]].",
    "[[PERSON|Isabella Whitcombe]] (SSN [[US_SSN|305-62-7419]]) was listed as the sole beneficiary of the policy.",
    "Chargeback file 88-2201: cardholder [[PERSON|Hugo Vasseur]] disputes a $1,240 charge on Mastercard [[CREDIT_CARD|2710 0458 3926 1486]]. He verified his identity with his SSN, [[US_SSN|128-90-5547]], and asked that all letters go to [[STREET_ADDRESS|3318 Mission St Apt 4, San Francisco, CA 94110]].",
    "[[PERSON|Andrei Popescu]], CNP [[ID_NUMBER|1870627401581]], domiciliat în [[STREET_ADDRESS|Str. Lipscani 41, 030033 București]], cont [[IBAN_CODE|RO81 RNCB 0082 0441 7392 0001]].",
    "Refund IBAN: [[IBAN_CODE|AT55 1200 0529 6638 1740]] ([[PERSON|Magdalena Huber]])",
    "Dear [[PERSON|Chinedu Eze]], your physiotherapy appointment is confirmed for 14 March at 09:15. Our records show your email as [[EMAIL_ADDRESS|chinedu.eze@kora-health.ng]] and your patient number as [[ID_NUMBER|KH-0093817]]. To change the booking, reply to this message or call the front desk.",
    "[[PERSON|Mohammed Al-Harbi]] transferred SAR 15,000 from [[IBAN_CODE|SA51 8000 0204 6080 1629 4518]] to his brother in Jeddah.",
    "[[PERSON|Tanvir Ahmed]], NHS number [[ID_NUMBER|721 058 3378]], lives at [[STREET_ADDRESS|52 Whitechapel Road, London E1 1JX]].",
    "Shipping to [[PERSON|Camila Ferreyra]], [[STREET_ADDRESS|Av. Corrientes 3247, piso 5 B, C1193AAE CABA, Buenos Aires]], tel [[PHONE_NUMBER|+54 11 4862 3019]].",
    "[[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905312/4729]], bytem [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]], účet [[IBAN_CODE|CZ65 0800 0000 1920 0014 5399]].",
    "Login [[ID_NUMBER|mrs_pennywhistle]] from [[IP_ADDRESS|203.0.113.58]] changed the recovery email to [[EMAIL_ADDRESS|penny.w.1961@mailbox.org]].",
    "[[PERSON|Aleksi Virtanen]], henkilötunnus [[ID_NUMBER|240791-631Y]], puhelin [[PHONE_NUMBER|+358 40 718 2254]].",
    "[[PERSON|Maja Kristensen]] banks with [[IBAN_CODE|DK15 3000 3469 2810 57]] and pays her rent on the first of the month.",
    "The nurse recorded [[PERSON|Hoang Thi Lan]]'s Medicare number as [[ID_NUMBER|4938 17264 1]] and her TFN as [[ID_NUMBER|415 827 392]].",
    "[[PERSON|Benjamin Okafor-Reyes]] | [[EMAIL_ADDRESS|ben.okreyes@gmail.com]] | [[PHONE_NUMBER|(404) 555-0139]] | [[STREET_ADDRESS|782 Ponce De Leon Ave NE, Atlanta, GA 30306]]",
    "Wire details for [[PERSON|Lukas Meier]]: [[IBAN_CODE|CH60 0076 2620 4981 7305 C]].",
    "[[PERSON|Thandiwe Mokoena]] presented SA ID [[ID_NUMBER|0108150742097]] at the branch in Soweto.",
    "Card holder: [[PERSON|Reza Tehrani]]; Visa [[CREDIT_CARD|4928 1305 7764 1208]]; email [[EMAIL_ADDRESS|reza.tehrani@parsmail.ir]]",
    "[[PERSON|Svetlana Kovalenko]], РНОКПП [[ID_NUMBER|3147298565]], [[STREET_ADDRESS|вул. Хрещатик 22, кв. 15, Київ, 01001]].",
    "[[PERSON|Maximilian Voss]] lists [[EMAIL_ADDRESS|m.voss@grauwerk.de]] and [[PHONE_NUMBER|030 23125 681]] on his profile; his tax id is [[ID_NUMBER|86329071451]].",
    "[[PERSON|Daniela Ortega]], RUT [[ID_NUMBER|16.482.735-6]], teléfono [[PHONE_NUMBER|+56 2 2718 4403]].",
    "The SSN on the W-2 for [[PERSON|Marcus Bellweather]] reads [[US_SSN|674-30-1185]].",
    "Loan officer's note: [[PERSON|Aisha Bello]] and her husband [[PERSON|Umar Bello]] share the current account [[ID_NUMBER|0218734591]] at a bank in Lagos. Mrs [[PERSON|Bello]] is the primary borrower; her BVN is [[ID_NUMBER|22184736590]] and the couple live at [[STREET_ADDRESS|17 Awolowo Road, Ikoyi, Lagos 101233]].",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49402180270]], [[STREET_ADDRESS|Narva mnt 31-8, 10120 Tallinn]].",
    "[[PERSON|Hamza Benali]] placed the order from [[IP_ADDRESS|192.0.2.233]] with card [[CREDIT_CARD|4558 7290 1346 2751]].",
    "[[PERSON|Eleni Papadaki]], IBAN [[IBAN_CODE|GR46 0110 1250 0000 0001 2849 563]], AMKA [[ID_NUMBER|15068302718]].",
    "[[PERSON|Olumide Akande]] works night shifts; his partner [[PERSON|Grace]] can be reached at [[PHONE_NUMBER|+234 809 227 4016]].",
    "Incoming transfer from [[PERSON|Ivana Horvat]], [[IBAN_CODE|HR82 2484 0081 1063 8291 0]].",
    "[[PERSON|Noor Al-Sayegh]] lives at [[STREET_ADDRESS|Villa 14, Street 27, Al Barsha 2, Dubai]]; mobile [[PHONE_NUMBER|+971 55 204 6817]], IBAN [[IBAN_CODE|AE67 0330 0123 4789 4520 163]].",
    "Username [[ID_NUMBER|ghost_of_ramen]] is registered to [[EMAIL_ADDRESS|d.kuroda@kumo-net.jp]].",
    "[[PERSON|Paulo Mendes]] | NIF [[ID_NUMBER|194527034]] | [[STREET_ADDRESS|Rua de Santa Catarina 312, 4000-447 Porto]]",
    "[[PERSON|Shira Ben-David]], teudat zehut [[ID_NUMBER|031847254]], phone [[PHONE_NUMBER|+972 54 318 2076]].",
    "[[PERSON|Gareth Pryce]]'s card [[CREDIT_CARD|5188 2340 6917 7341]] was declined at 21:40; he called from [[PHONE_NUMBER|+44 7700 900 781]].",
    "[[PERSON|Élodie Garnier]], [[STREET_ADDRESS|12 Boulevard Gambetta, 06000 Nice]], carte [[CREDIT_CARD|4147 0938 5562 0176]].",
    "[[PERSON|Arnav Kulkarni]] logged in as [[ID_NUMBER|arnav.k]] from [[IP_ADDRESS|2001:db8:0:12::5]].",
    "[[PERSON|Zsófia Nagy]] asked us to pay her invoice to [[IBAN_CODE|HU62 1177 3016 1847 2031 0000 0000]] rather than the old account.",
    "[[PERSON|Tremaine Jackson]], SSN [[US_SSN|486-15-3302]], Georgia driver's license [[ID_NUMBER|058214739]].",
    "[[PERSON|Pedro Henrique Alves]], CPF [[ID_NUMBER|063.915.478-66]], celular [[PHONE_NUMBER|(21) 98473-2015]].",
    "[[PERSON|Wei Zhang]]'s passport number is [[ID_NUMBER|E48217396]]; her daughter [[PERSON|Zhang Xinyi]], NRIC [[ID_NUMBER|T0238817G]], travels on the same booking.",
    "[[PERSON|Marit Solberg]], fødselsnummer [[ID_NUMBER|031195 27693]], moved to Trondheim last spring.",
    "The guest, [[PERSON|Ahmet Korkmaz]], paid with [[CREDIT_CARD|5438 0219 6674 1396]] and left [[PHONE_NUMBER|+90 541 702 39 18]] as his number.",
    "[[PERSON|Ji-woo Han]] (RRN [[ID_NUMBER|850914-1273807]]) can be reached at [[PHONE_NUMBER|010-3917-2284]].",
    "[[PERSON|Cormac Byrne]]'s PPS number [[ID_NUMBER|8140592QA]] appears on every payslip.",
    "[[PERSON|Simone Achterberg]], BSN [[ID_NUMBER|204719367]], [[STREET_ADDRESS|Oudegracht 118, 3511 AX Utrecht]].",
    "Diners Club [[CREDIT_CARD|3608 419256 7313]] belongs to [[PERSON|Horace Pemberton-Hall]].",
    "[[PERSON|Nadia Rahman]]'s SIN is [[ID_NUMBER|193 712 643]]; she lives at [[STREET_ADDRESS|4521 Rue Saint-Denis, Montréal, QC H2J 2L4]].",
    "[[PERSON|Zhou Yiming]], resident id [[ID_NUMBER|110105198806142315]], lives at [[STREET_ADDRESS|北京市朝阳区建国路88号 100022]].",
    "[[PERSON|Kagiso Molefe]]'s cell is [[PHONE_NUMBER|+27 71 863 2049]] and his email is [[EMAIL_ADDRESS|kagiso.molefe@vodamail.co.za]].",
    "[[PERSON|Astrid Nilsson]], IBAN [[IBAN_CODE|SE88 8000 0821 4902 3841 7653]], lives in Uppsala with two cats.",
    "[[PERSON|Lorenzo Ricci]]'s Italian IBAN is [[IBAN_CODE|IT37 X030 6909 6061 0000 0072 917]].",
    "Tenant [[PERSON|Eilidh Ross]], [[STREET_ADDRESS|Flat 2/1, 71 Byres Road, Glasgow G11 5RD]], phone [[PHONE_NUMBER|0141 496 0032]].",
    "[[PERSON|Kristóf Varga]], username [[ID_NUMBER|kvarga_dev]], IP [[IP_ADDRESS|203.0.113.91]], email [[EMAIL_ADDRESS|kristof.varga@pixelhaus.hu]]",
    "[[PERSON|Dragoș Ilie]], NIE [[ID_NUMBER|Y4817263L]], vive en [[STREET_ADDRESS|Calle Larios 9, 2º B, 29005 Málaga]].",
    "[[PERSON|Hanna Mäkinen]], IBAN [[IBAN_CODE|FI62 8000 1827 3645 09]], [[STREET_ADDRESS|Hämeenkatu 14 B 22, 33100 Tampere]].",
]

# 100 clean texts: benchmark-style prompts and everyday chat, no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that cities should replace parking minimums with protected bike lanes. Keep it under 400 words.",
    "Imagine you are a tour guide in ancient Rome. Describe a day at the Colosseum to a group of curious visitors.",
    "Explain the difference between a stack and a queue, and give one real-world example of each.",
    "Draft a professional email declining a job offer while leaving the door open for future opportunities.",
    "How can I improve my time management skills when working from home?",
    "What are the main differences between renewable and non-renewable energy sources?",
    "Write a Python function that returns the longest palindromic substring of a given string, and explain its time complexity.",
    "Pretend to be Sherlock Holmes and deduce what a stranger had for breakfast from a stain on their sleeve.",
    "Extract every country and its capital from this paragraph and return them as JSON: France governs from Paris on the Seine, Kenya's capital Nairobi lies beside a national park, and Peru is run from Lima on the Pacific coast.",
    "Solve 3x + 7 = 25 for x and show each step.",
    "Describe five key principles of good user interface design and give an example of each.",
    "If you could recommend only three books to a teenager interested in science, which would you choose and why?",
    "Rewrite this sentence in a formal tone: 'Hey, we gotta push the meeting cause the numbers aren't ready.'",
    "Write a short story of exactly six sentences about a lighthouse that stops working.",
    "Compare mercantilism and free-market capitalism in a short table with four rows.",
    "What would happen to Earth's tides and climate if the Moon suddenly disappeared?",
    "Act as a patient maths tutor. A student asks why dividing by zero is undefined. Respond in three short paragraphs.",
    "Suggest a weekly meal plan for a vegetarian family of four on a tight budget.",
    "Write a SQL query that finds the three customers with the highest total order value, given tables orders(customer_id, amount) and customers(id, name).",
    "Identify the logical fallacy in this argument: 'Everyone I know loves this phone, so it must be the best phone ever made.'",
    "How did the invention of the printing press change European society in the sixteenth century?",
    "Write a limerick about a cat who learns to code.",
    "Explain quantum entanglement to a ten-year-old without using the word 'particle'.",
    "A farmer has 17 sheep and all but 9 run away. How many are left? Explain why the question trips people up.",
    "You are a customer-service agent for a fictional airline called SkyLark Air. Apologise to passengers for a three-hour delay and explain what vouchers they can claim.",
]

CLEAN_GSM8K = [
    "Maya buys 3 packs of pencils with 12 pencils in each pack. She gives 8 pencils to her brother. How many pencils does she have left?",
    "A bakery sells muffins for $2.50 each. Tomás buys 6 muffins and pays with a $20 bill. How much change does he get?",
    "Priya reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish the book?",
    "A train travels 240 km in 3 hours. At the same speed, how far will it travel in 5 hours?",
    "Jamal has twice as many marbles as Lena. Together they have 45 marbles. How many marbles does Jamal have?",
    "Sofia earns $15 an hour and works 6 hours on Saturday and 4 hours on Sunday. She spends a quarter of her weekend earnings on a concert ticket. How much money does she have left?",
    "A garden is 12 metres long and 7 metres wide. Oliver wants to put a fence around it. How many metres of fencing does he need?",
    "Hiro baked 48 cookies. He ate 3, gave 15 to his classmates and split the rest equally among 5 jars. How many cookies are in each jar?",
    "A shirt costs $40. It is on sale for 25% off. Aisha also has a coupon for $5 off the sale price. What does she pay?",
    "Noah runs 3 miles on Monday, 5 miles on Wednesday and 4 miles on Friday. How many miles does he run in 4 weeks?",
    "There are 28 students in a class. 3/7 of them walk to school and the rest take the bus. How many take the bus?",
    "Elena fills a 20-litre tank at a rate of 2.5 litres per minute. How many minutes does it take to fill the tank halfway?",
    "A pizza is cut into 8 slices. Ben eats 3 slices and his sister eats 2. What fraction of the pizza is left?",
    "Kofi saves $12 every week. How many weeks will it take him to save enough for a bike that costs $180?",
    "A fourth-grade class collected 156 cans on Monday and 89 more cans on Tuesday than on Monday. How many cans did they collect over the two days?",
    "Lucia has 5 boxes of crayons with 24 crayons each. She loses 17 crayons. How many does she have now?",
    "A recipe needs 3 eggs for every 2 cups of flour. Ravi wants to use 10 cups of flour. How many eggs does he need?",
    "Ingrid drives 60 km to work and 60 km back every weekday. Her car uses 7 litres of fuel per 100 km. How many litres does she use in a five-day week?",
    "A store had 350 notebooks. It sold 40% of them in August and 90 more in September. How many notebooks are left?",
    "Mateo is 4 years older than his cousin Ana. In 6 years the sum of their ages will be 34. How old is Mateo now?",
    "Each ticket to the school play costs $7 for adults and $4 for children. Grace buys 2 adult tickets and 3 child tickets. How much does she spend?",
    "A water bottle holds 750 ml. Yusuf drinks 4 full bottles a day. How many litres does he drink in a week?",
    "Chloe plants 6 rows of tulips with 14 tulips in each row. A rabbit eats 9 of them. How many tulips are left?",
    "Dev's phone battery drops 12% every hour while he plays a game. It starts at 95%. After how many full hours will it be below 30%?",
    "A bookshelf has 4 shelves. Each shelf holds 26 books. Zara already has 71 books. How many more books can she fit?",
]

CLEAN_MMLU = [
    "Which of the following is the powerhouse of the cell?\nA. Nucleus\nB. Ribosome\nC. Mitochondrion\nD. Golgi apparatus\nAnswer:",
    "The chemical symbol for sodium is:\nA. So\nB. Na\nC. Sd\nD. Sn\nAnswer:",
    "Which economist is most associated with the idea of the 'invisible hand'?\nA. John Maynard Keynes\nB. Adam Smith\nC. Karl Marx\nD. Milton Friedman\nAnswer:",
    "What is the derivative of x^3 with respect to x?\nA. x^2\nB. 3x\nC. 3x^2\nD. x^4/4\nAnswer:",
    "In which year did the Berlin Wall fall?\nA. 1987\nB. 1989\nC. 1991\nD. 1993\nAnswer:",
    "Which of the following is a prime number?\nA. 21\nB. 27\nC. 29\nD. 33\nAnswer:",
    "Under the US Constitution, the power to declare war belongs to:\nA. the President\nB. the Supreme Court\nC. Congress\nD. the Secretary of Defense\nAnswer:",
    "Which planet has the shortest orbital period around the Sun?\nA. Venus\nB. Mercury\nC. Mars\nD. Earth\nAnswer:",
    "A patient presents with polyuria, polydipsia and weight loss. Which test is most appropriate first?\nA. Chest X-ray\nB. Fasting blood glucose\nC. Lumbar puncture\nD. Thyroid ultrasound\nAnswer:",
    "Which data structure uses first-in, first-out ordering?\nA. Stack\nB. Queue\nC. Binary tree\nD. Hash table\nAnswer:",
    "Who wrote the novel 'One Hundred Years of Solitude'?\nA. Mario Vargas Llosa\nB. Jorge Luis Borges\nC. Gabriel García Márquez\nD. Isabel Allende\nAnswer:",
    "What is the SI unit of electrical resistance?\nA. Volt\nB. Ampere\nC. Ohm\nD. Watt\nAnswer:",
    "Which philosopher wrote 'Critique of Pure Reason'?\nA. Hume\nB. Kant\nC. Hegel\nD. Descartes\nAnswer:",
    "If the price elasticity of demand for a good is -0.3, demand for the good is:\nA. perfectly elastic\nB. elastic\nC. inelastic\nD. unit elastic\nAnswer:",
    "The process by which plants lose water vapour through their leaves is called:\nA. transpiration\nB. respiration\nC. photosynthesis\nD. germination\nAnswer:",
    "Which of these treaties ended the First World War with Germany?\nA. Treaty of Paris\nB. Treaty of Versailles\nC. Treaty of Utrecht\nD. Treaty of Westphalia\nAnswer:",
    "What is the time complexity of binary search on a sorted array of n elements?\nA. O(1)\nB. O(log n)\nC. O(n)\nD. O(n log n)\nAnswer:",
    "Which blood type is known as the universal donor for red cells?\nA. A positive\nB. AB positive\nC. O negative\nD. B negative\nAnswer:",
    "In accounting, which statement shows a company's assets, liabilities and equity at a point in time?\nA. Income statement\nB. Balance sheet\nC. Cash flow statement\nD. Statement of retained earnings\nAnswer:",
    "Which gas makes up most of Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Argon\nD. Nitrogen\nAnswer:",
    "A contract signed by a minor is generally:\nA. void\nB. voidable by the minor\nC. fully enforceable against the minor\nD. illegal\nAnswer:",
    "Which of the following is an example of a monotreme?\nA. Kangaroo\nB. Platypus\nC. Koala\nD. Opossum\nAnswer:",
    "Solve for x: 2^(x+1) = 32.\nA. 3\nB. 4\nC. 5\nD. 6\nAnswer:",
    "Which composer wrote 'The Four Seasons'?\nA. Bach\nB. Handel\nC. Vivaldi\nD. Mozart\nAnswer:",
    "Which layer of the OSI model is responsible for routing packets between networks?\nA. Data link\nB. Network\nC. Transport\nD. Session\nAnswer:",
]

CLEAN_EVERYDAY = [
    "What's a good recipe for banana bread without eggs?",
    "Is the Eiffel Tower open on Christmas Day?",
    "Recommend some podcasts similar to Hardcore History.",
    "How do I clean the filter on a Dyson stick vacuum?",
    "Summarise the plot of Pride and Prejudice in five sentences.",
    "What time zone is Lisbon in, and does Portugal use daylight saving time?",
    "Which is better for a beginner, a Kindle or a Kobo?",
    "How tall is Mount Kilimanjaro and how long does it take to climb?",
    "Give me three ideas for a rainy Sunday with two kids under six.",
    "What was Serena Williams' last Grand Slam title?",
    "How do I stop my sourdough from going flat after shaping?",
    "Plan a three-day itinerary for Kyoto in November on a mid-range budget.",
    "What's the difference between an IKEA Billy and a Kallax shelf?",
    "Why did Taylor Swift re-record her old albums?",
    "Can you explain how the offside rule works in football?",
    "Is it worth upgrading from an iPhone 12 to the latest model?",
    "What are some easy houseplants that survive in low light?",
    "Write a birthday message for a coworker I don't know very well.",
    "How long should I boil an egg for a runny yolk?",
    "What did Marie Curie win her two Nobel Prizes for?",
    "Is the Louvre or the Musée d'Orsay better for someone who loves Impressionism?",
    "Translate 'where is the nearest pharmacy' into Italian and German.",
    "How do I convert a Google Doc to a PDF on my phone?",
    "Who designed the Sagrada Família and when is it expected to be finished?",
    "Suggest a playlist of ten upbeat songs for a road trip along the Pacific Coast Highway.",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "316284051": bsn_ok,  # Dutch BSN
    "204719367": bsn_ok,
    "943 476 5919": nhs_ok,  # NHS number
    "485 119 2088": nhs_ok,
    "721 058 3378": nhs_ok,
    "046 454 286": luhn_len(9),  # Canadian SIN
    "193 712 643": luhn_len(9),
    "372 618 904": tfn_ok,  # Australian tax file number
    "415 827 392": tfn_ok,
    "4938 17264 1": medicare_ok,  # Australian Medicare card
    "8906115234080": luhn_len(13),  # South African id
    "0108150742097": luhn_len(13),
    "150789 41259": fodselsnummer_ok,  # Norwegian fødselsnummer
    "031195 27693": fodselsnummer_ok,
    "73095128R": dni_ok,  # Spanish DNI and NIE
    "Y4817263L": dni_ok,
    "6152 8047 3929": aadhaar_ok,  # Indian Aadhaar
    "3970 4126 5883": aadhaar_ok,
    "790523-6183": luhn_len(10),  # Swedish personnummer
    "881104-2749": luhn_len(10),
    "31580927432": kimlik_ok,  # Turkish kimlik
    "527.384.196-82": cpf_ok,  # Brazilian CPF
    "063.915.478-66": cpf_ok,
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "CNTGLI90T48L219Q": codice_fiscale_ok,  # Italian codice fiscale
    "S7714365C": nric_ok,  # Singapore NRIC
    "T0238817G": nric_ok,
    "92051704835": pesel_ok,  # Polish PESEL
    "ZAC4179": nhi_ok,  # New Zealand NHI
    "5273816T": pps_ok,  # Irish PPS number
    "8140592QA": pps_ok,
    "510107199309175863": china_id_ok,  # Chinese resident identity number
    "110105198806142315": china_id_ok,
    "1 85 07 75 116 238 48": nir_ok,  # French NIR
    "2 93 11 69 381 047 27": nir_ok,
    "47150398265": steuer_id_ok,  # German tax id
    "86329071451": steuer_id_ok,
    "3904 7152 8660": my_number_ok,  # Japanese My Number
    "920227-2615944": rrn_ok,  # Korean resident registration number
    "850914-1273807": rrn_ok,
    "1203872949": kennitala_ok,  # Icelandic kennitala
    "237184591": nif_ok,  # Portuguese NIF
    "194527034": nif_ok,
    "1870627401581": cnp_ok,  # Romanian CNP
    "905312/4729": rodne_cislo_ok,  # Czech rodné číslo
    "240791-631Y": hetu_ok,  # Finnish henkilötunnus
    "3147298565": rnokpp_ok,  # Ukrainian RNOKPP
    "16.482.735-6": rut_ok,  # Chilean RUT
    "49402180270": isikukood_ok,  # Estonian isikukood
    "031847254": luhn_len(9),  # Israeli teudat zehut
    "15068302718": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with and without separators
        r"\+44 7700 900 \d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0141 496 0\d{3}",  # Glasgow drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 ?570 ?\d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"080\d \d{3} \d{4}",  # Nigeria mobile, national layout
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile, national layout
        r"\+(27|34|39|46|48|51|52|54|56|64|84|86|90|91|234|254|358|886|971|972) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and carry secrets, military addresses and record
    numbers; the records carry every kind of value the set promises; the clean items keep
    their shape."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 80 or secret < 25:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    military = sum(
        bool(re.search(r"\b(APO|FPO|DPO) (AE|AP|AA) \d{5}\b", strip_marks(t)[0], re.IGNORECASE))
        for t in CHAT
    )
    if military < 4:
        raise SystemExit(f"chat: {military} military addresses")
    kinds = [s["type"] for t in RECORDS for s in marked_spans(t)]
    want = {
        "PERSON": 90, "STREET_ADDRESS": 30, "PHONE_NUMBER": 25, "CREDIT_CARD": 12,
        "IBAN_CODE": 20, "US_SSN": 8, "ID_NUMBER": 50, "IP_ADDRESS": 8, "EMAIL_ADDRESS": 12,
    }  # fmt: skip
    for kind, least in want.items():
        if kinds.count(kind) < least:
            raise SystemExit(f"records: {kinds.count(kind)} {kind} spans, want {least}")
    for item in CLEAN_MMLU:
        if [line[:3] for line in item.split("\n")[1:5]] != ["A. ", "B. ", "C. ", "D. "]:
            raise SystemExit(f"mmlu: options A to D missing in {item[:60]!r}")
    for item in CLEAN_GSM8K:
        if not any(c.isdigit() for c in item) or not item.endswith("?"):
            raise SystemExit(f"gsm8k: not a word problem: {item[:60]!r}")
    for item in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_EVERYDAY:
        if "@" in item or re.search(r"\d{3}[ -]?\d{3}[ -]?\d{3}", item):
            raise SystemExit(f"clean: something like a contact in {item[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean everyday": (CLEAN_EVERYDAY, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (1, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind70", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
