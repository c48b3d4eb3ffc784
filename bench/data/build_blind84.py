# ruff: noqa: E501
"""An eighty-fourth blind privacy set: 220 texts with personal data and 100 clean ones, a
held-out mix of chat requests and synthetic-benchmark records.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code
(constants, check functions, ``main``) of ``build_blind36.py``, never the detector, its
rules, docs, tests, the benchmark script or any other set's texts. Every text is typed by
hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated
combinations). The writer has a customer-support and HR background: many requests quote
forms, tickets and e-mails, and most chat requests are short (under 25 words).

* 120 chat requests to an AI assistant (3 to 100 words): people asking to draft, reply,
  translate, summarise, fix, plan, calculate or advise about their own life, work, family,
  health, money, travel, school, home and IT accounts. The first 30 are typed all in lower
  case, the next 6 are in Spanish, French, German, Portuguese, Italian and Dutch, the other
  84 are English with capitals. Names of many origins: first names alone, surnames after
  titles, lower-case names, non-English letters, names in Cyrillic, Han and Greek script,
  names that are ordinary words (Hope, Summer, Rusty, Willow, Faith, Precious, Violet);
  passwords, passphrases, PINs, door, gate and alarm codes and wifi keys (most without the
  word "password"); phones with and without separators, e-mails, usernames, account,
  member, employee, staff, student, patient and policy numbers, national ids, cards, IBANs,
  one SSN, IPs, API keys; addresses in UK, US, Canadian, French, German, Spanish, Japanese
  and Australian formats and one military DPO address.
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name: contact lines, form rows,
  JSON fragments, log lines, notes, letters, profiles, bank, HR, payroll, insurance and
  clinical lines, one military APO address; names in Arabic, Greek, Cyrillic, Hangul and
  Han script; national ids of 25 countries, cards of six networks, IBANs of sixteen
  countries.
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts
  (writing, reasoning, coding, role-play, STEM; some name historical figures or fictional
  characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style
  items with options A to D (some naming historical figures) and 25 patient-style health
  questions naming no one.

Usernames and logins, account, customer, member, employee, staff, student, patient and
policy numbers, passports and national and tax ids are ID_NUMBER; PINs, door, gate and
alarm codes, wifi keys and passphrases PASSWORD; titles and relation words (Mr, Mrs, Ms,
Dr, Frau, SSgt, my sister, grandad) stay outside PERSON spans; an address span runs from
the street line through the postcode and city as typed; public and historical figures,
fictional characters, pets, brands, places, order, invoice and ticket numbers and dates of
birth are not labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; the SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (NHS number, Aadhaar, BSN,
PESEL, Spanish DNI and NIE, codice fiscale, French NIR, Belgian national number,
fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, isikukood, kennitala, rodné
číslo, RNOKPP, German tax id, NZ NHI, Korean RRN, My Number, Chinese resident id,
Singapore NRIC, CPF, kimlik, henkilötunnus, personnummer, Canadian SIN, Israeli id, South
African id, Australian TFN and Medicare, Irish PPS, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind84.py`` from the repository root; the output is
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
    word_count,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|SSgt|Cpl|Frau|Herr|Mme|Sr|Sra|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English with capitals.
CHAT = [
    # all lower case
    "can you write a short reply to [[PERSON|tomasz]] saying i can't do the shift swap on friday",
    "my wifi key is [[PASSWORD|bluekettle!492]], how do i share it with my mum's ipad without typing it",
    "reset help pls, username [[ID_NUMBER|ngozi.okafor7]] and my number is [[PHONE_NUMBER|07700 900618]]",
    "translate into french: dear mrs [[PERSON|delacroix]], your parcel is waiting at the depot until thursday",
    "whats a polite way to tell [[PERSON|jun-ho]] from payroll that my overtime is missing from the march slip",
    "door code for the office is [[PASSWORD|4471#]], remind me to tell the new starter [[PERSON|priya]] on monday",
    "summarise this ticket: customer [[PERSON|dale hutchins]], acct [[ID_NUMBER|44018237]], says he was charged twice for the annual plan",
    "fix my grammar: hi [[PERSON|aoife]], attached is the signed contract, let me know if you need anything else",
    "my sister [[PERSON|hope]] wants to know if her employee number [[ID_NUMBER|e-20931]] goes on the expense form or just her name",
    "email [[EMAIL_ADDRESS|k.varga.hr@mailbox.hu]] bounced twice, is there something wrong with it",
    "calc my take home pay if i earn 31k in leeds. employee no [[ID_NUMBER|77310842]] if that matters",
    "write a note to my landlord [[PERSON|gareth]] saying the boiler at [[STREET_ADDRESS|flat 2, 19 rowan terrace, cardiff cf24 3ld]] has been off since sunday and i have a baby at home",
    "is [[PASSWORD|sunflower1987]] strong enough for my bank login or should i change it",
    "plan a 3 day trip to lisbon for me and [[PERSON|rafa]], we fly back on the 14th",
    "reply to this: 'hi, this is [[PERSON|chidi]] from accounts, can you confirm your iban?' mine is [[IBAN_CODE|gb39 loyd 3096 1548 2730 16]] but is it safe",
    "ssh keeps refusing me on [[IP_ADDRESS|203.0.113.58]], user [[ID_NUMBER|mkowalczyk]], what do i check first",
    "alarm pin [[PASSWORD|0927]] keeps beeping, why",
    "draft a sick note email to my manager [[PERSON|sunita]], i have a migraine and won't be in today",
    "my nhs number is [[ID_NUMBER|729 184 6056]], do i need it to register with a new gp",
    "how do i politely chase [[PERSON|bogdan]] who still hasn't returned the laptop after leaving",
    "can u turn this into a formal complaint: my son [[PERSON|kofi]] was sent home from school and nobody rang me on [[PHONE_NUMBER|07700900245]]",
    "what do i put under 'previous address' if i lived at [[STREET_ADDRESS|88 mill lane, stockport sk4 2rt]] for only 5 months",
    "help me write a leaving card message for [[PERSON|grace obuya]], she's retiring after 22 years in the post room",
    "my api key [[API_KEY|sk-4hq9tz2mxl7wpb0rk3ncv8ydfe6u1ajs]] stopped working after i changed plans, do i need a new one",
    "tell me if this is a scam: text from [[PHONE_NUMBER|0491 570 233]] says my parcel fee is unpaid",
    "how do i explain the new rota to [[PERSON|lucía]] who only works weekends",
    "my student login is [[ID_NUMBER|s2219847]] and the password is [[PASSWORD|maple-river-66]], portal says locked, what now",
    "convert 340 usd to gbp for the invoice i'm sending [[PERSON|wojciech nowak]]",
    "short reply pls: thanks [[PERSON|ife]], got the payslips, will check them tonight",
    "write an out of office saying urgent stuff goes to [[PERSON|marcus]] on [[EMAIL_ADDRESS|marcus.lindqvist@tellmore.se]]",
    # other languages
    "¿Puedes ayudarme a responder a [[PERSON|Rocío Benítez]]? Pide que le confirme su número de empleado, que es [[ID_NUMBER|RH-40917]].",
    "Corrige ce mail : « Bonjour [[PERSON|Yannick]], mon nouveau numéro est le [[PHONE_NUMBER|06 47 21 93 58]], merci de mettre à jour mon dossier. »",
    "Bitte formuliere eine kurze Antwort an Frau [[PERSON|Brunnhuber]]: Die neue Adresse lautet [[STREET_ADDRESS|Lindenstraße 42, 70176 Stuttgart]].",
    "Traduz para inglês: o meu CPF é [[ID_NUMBER|637.210.948-40]] e o contrato está em nome de [[PERSON|Gustavo Almeida]].",
    "Mi aiuti a scrivere al supporto? Il mio codice fiscale è [[ID_NUMBER|RSSGNN88T52L219K]] e l'IBAN [[IBAN_CODE|IT59Y0306909606100000472815]] non viene accettato.",
    "Kun je dit korter maken? Beste [[PERSON|Sanne]], mijn BSN is [[ID_NUMBER|319582073]] en ik wil mijn toeslag opnieuw aanvragen.",
    # English with capitals
    "Reply to this ticket politely and offer a replacement: \"Hi, I'm [[PERSON|Bernadette Kowalski]]. Order 55102 came today with the lid cracked and the charger missing. I've had the kettle for one hour. Please call me on [[PHONE_NUMBER|(312) 555-0147]] after 5, I'm at work until then.\"",
    "Can you shorten this for a text? Hi [[PERSON|Jamal]], your interview is moved to 2pm Thursday, room B4.",
    "Freeze gym membership [[ID_NUMBER|GM-558213]] for two months?",
    "Write a reference for [[PERSON|Anneliese Vogt]], who worked on our help desk for three years.",
    "Fill in this form line for me: Name: [[PERSON|Olusegun Bakare]] | Policy No: [[ID_NUMBER|HX-7720419]] | Claim: water leak",
    "Is it safe to email my card number [[CREDIT_CARD|4539 2710 8462 7511]] to a hotel that asked for it?",
    "Translate into Japanese for my host family: my name is [[PERSON|Callum Reid]] and I arrive at Narita on the 9th.",
    "Draft a two-line reply to Mrs [[PERSON|Adeyemi]] confirming her refund of £42.80 was sent today.",
    "Our new hire [[PERSON|Hamid Rezaei]] needs a laptop; his employee ID is [[ID_NUMBER|EMP-30418]]. Write the IT request.",
    "The garage door code is [[PASSWORD|7391]]. Write a note for the dog sitter [[PERSON|Summer]] explaining how to get in.",
    'Help me answer this email: "Dear [[PERSON|Rahul]], we could not verify your Aadhaar [[ID_NUMBER|6391 4720 8516]], please upload a clearer copy."',
    "Error 403 from [[IP_ADDRESS|198.51.100.77]], why?",
    "Please proofread: I, [[PERSON|Siobhán Ní Bhriain]], give notice that I will leave my post on 31 May.",
    'Summarise this complaint in one line for the CRM: "Hello, my name is [[PERSON|Lionel Fairweather]] and I have now waited in three times for your engineer. Each time nobody came and nobody rang. I have taken unpaid leave for this. Please email me at [[EMAIL_ADDRESS|lfairweather@postbox.co.uk]] with a firm date or I will cancel."',
    "Is [[PASSWORD|velvet tram orchard 58]] long enough as a passphrase, or should I add a fifth word?",
    "Write a birthday text to my nephew [[PERSON|Teodor]], he turns 12 on Saturday.",
    "I need a cover letter opening. I'm [[PERSON|Mei-Ling Chou]], six years in customer support, applying for team lead.",
    'Turn this into a polite chaser: "[[PERSON|Dimitri]], still waiting on the P45 for [[PERSON|Ines Carvalho]]."',
    "Can you check this IBAN looks right before I pay the deposit? [[IBAN_CODE|DE22 3705 0299 0148 2763 51]]",
    "Plan meals for a week for me and [[PERSON|Bartholomew]], who is diabetic.",
    'Ticket #88213 says: "User [[ID_NUMBER|jfernandes]] locked out after 5 attempts, last IP [[IP_ADDRESS|192.0.2.141]]". What should I reply?',
    "Help me write a thank-you to Dr [[PERSON|Okonkwo-Hale]] for looking after my dad on ward 7.",
    "My SSN is [[US_SSN|538-27-4106]]. Which line of the W-4 does it go on?",
    "What's a nice way to say no to [[PERSON|Rusty]] from marketing, who keeps asking me to cover his calls?",
    "Update my address on the HR form: [[STREET_ADDRESS|Apartment 6B, 212 Wellington Street West, Toronto, ON M5V 3G7]]. Is that the right order?",
    'Can you make this email sound less angry? "[[PERSON|Pieter]], I have asked three times for the rota."',
    "Write a message for the group chat saying [[PERSON|Fatoumata]]'s number changed to [[PHONE_NUMBER|+221 77 418 29 36]].",
    "Our shop Wi-Fi is Bakehouse_Guest, key [[PASSWORD|crumb&butter2024]]. Make a small sign for the counter.",
    "Translate for my neighbour: [[PERSON|Олена Коваленко]] lives in flat 3 and needs help with the heating forms.",
    "Write an apology to [[PERSON|Arvid Lindgren]] for sending his payslip to the wrong address.",
    "Explain the Luhn check using my old card [[CREDIT_CARD|5274 1369 0825 1747]] as the example.",
    "Can you plan a route from [[STREET_ADDRESS|27 Rue des Tanneurs, 67000 Strasbourg]] to Freiburg by train?",
    "Write a quick note to payroll that [[PERSON|Nkechi Obi]] (staff no. [[ID_NUMBER|400917]]) was underpaid two hours.",
    "Is this phishing? It asks me to confirm the login [[ID_NUMBER|hwatanabe_admin]] on a site called secure-update-mail.",
    "My daughter [[PERSON|Willow]] has a fever of 38.6. When should I call the doctor?",
    'Can you reword: "Per my last email, [[PERSON|Graham]], the deadline was Friday."',
    "Help, my AWS key [[API_KEY|AKIA4QZ7M2XR9TLWB5NE]] ended up in a public repo. What do I do first?",
    "Draft a letter to the council about the bins outside [[STREET_ADDRESS|14 Larch Grove, Harrogate HG2 7PL]].",
    "The alarm code [[PASSWORD|3816]] is my birthday backwards. Too obvious?",
    "What's the best reply to a customer who writes: \"I'm [[PERSON|Dolores Ybarra]], member [[ID_NUMBER|CL-2291047]], cancel me NOW\"?",
    "Write the minutes line: [[PERSON|Kwabena]] to send the new starter checklist by Friday.",
    "Can you translate my signature into Korean? [[PERSON|Elliot Marsh]], HR Advisor, [[PHONE_NUMBER|020 7946 0382]]",
    "My policy number is [[ID_NUMBER|POL-88310475]] and the insurer won't cover the windscreen. Help me appeal.",
    "How much tax do I owe? Tax ID [[ID_NUMBER|57382109642]], salary 48,000 euros, single, living in Cologne.",
    "Is it OK to send my manager [[PERSON|Bongani]] my medical certificate on WhatsApp?",
    "I work in HR. An employee, [[PERSON|Thu Trang Nguyen]], asked to change her surname on payroll after her wedding. What documents can I ask for?",
    "Send a reminder to [[EMAIL_ADDRESS|obi.nwachukwu@fastmail.com]] that the form is due tomorrow.",
    "Make a packing list. Flying to see [[PERSON|Ahmad]] in Amman next week, first time there.",
    "Fix this SQL please: UPDATE customers SET address='[[STREET_ADDRESS|3120 Cedar Hollow Rd, Lexington, KY 40502]]' WHERE email='[[EMAIL_ADDRESS|t.mcbride@cornerpost.net]]'",
    "Which is better for my work login: [[PASSWORD|Tr0mbone!Dusk]] or [[PASSWORD|harbourlight77]]?",
    "Summarise for handover: patient [[PERSON|Agnieszka Wróbel]], hospital number [[ID_NUMBER|RX4419082]], needs bloods rechecked on Monday.",
    "Address this envelope properly: [[PERSON|Kenji Mori]], [[STREET_ADDRESS|2-8-15 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023]]",
    "Write a welcome email for [[PERSON|Faith Adebanjo-Reyes]], who starts Monday as a support agent. Her login will be [[ID_NUMBER|fadebanjo]].",
    "My PIN is [[PASSWORD|6204]] and the ATM swallowed the card. Do I need to cancel it?",
    "Make a rota table: [[PERSON|Sven]] mornings, [[PERSON|Lotte]] afternoons, [[PERSON|Ravi]] weekends.",
    "Someone called from [[PHONE_NUMBER|0161 496 0731]] claiming to be my bank. How can I check?",
    "Write an email to [[PERSON|Zeynep Aydın]] asking her to sign the updated NDA by Wednesday.",
    "The form asks for my PPS number [[ID_NUMBER|3817402C]]. Do they need the letter at the end too?",
    "Send [[PERSON|Tariq]] a reminder that our flight to Doha is at 06:40, he's always late.",
    'Customer writes: "please stop calling [[PHONE_NUMBER|+61 491 570 118]], I already paid!" Give me a calm reply.',
    "Calculate how many leave days [[PERSON|Marguerite Lavoie]] has left: 25 a year, 11 taken, started in April.",
    "Draft a note for the school: [[PERSON|Amara]] will be collected by her grandad [[PERSON|Winston Campbell]] today.",
    "Rewrite this ticket so it's clear: 'cust [[PERSON|R. Delgado]] cant see invoices in portal, tried 2 browsers'",
    "My home lab server is [[IP_ADDRESS|2001:db8:4f1a::27]]. Is it OK to leave port 22 open?",
    "What's the format for a Chilean RUT? Mine is [[ID_NUMBER|17.482.093-7]], is the dash needed on forms?",
    "Help me word a text to [[PERSON|Precious]] saying the nursery fees went up.",
    "My brother [[PERSON|Dwayne Porter]] is deployed. Is this address right for a parcel? [[STREET_ADDRESS|Unit 8427 Box 316, DPO AE 09794]]",
    "Write a complaint to my landlord about mould at [[STREET_ADDRESS|Calle de Toledo 71, 3º B, 28005 Madrid]] and add my NIE [[ID_NUMBER|Y4820371E]] at the bottom.",
    "My Medicare number is [[ID_NUMBER|4182 73654 2]] and we just moved to [[STREET_ADDRESS|4/38 Carrington Road, Coogee NSW 2034]]. Do I update it online?",
    "Can you make a LinkedIn headline for me? [[PERSON|Oksana Melnyk]], HR generalist, bilingual.",
    "The bank asks for my IBAN. Is it [[IBAN_CODE|NL82 RABO 0318 4729 56]] or is that the account number?",
    "Write an escalation to [[PERSON|Hyun-woo Park]] in Seoul; his mobile is [[PHONE_NUMBER|010-4827-1936]] if he prefers a call.",
    "My colleague [[PERSON|Ingrid]] sent me 'cGFzc3dvcmQ=' in a chat. What is it?",
    "Where should the team keep the shared server password [[PASSWORD|Qm7#vL2p!xR9]] so it isn't in e-mails?",
    "Write a short thank-you in Greek to [[PERSON|Κατερίνα]] for covering the phones on Friday.",
    "Explain this log line: Failed password for [[ID_NUMBER|deploy_ops]] from [[IP_ADDRESS|203.0.113.209]] port 51422 ssh2",
    "Rephrase my voicemail greeting: You've reached [[PERSON|Chiamaka Eze-Nwosu]], leave a message or text [[PHONE_NUMBER|+234 803 418 2957]].",
    "Translate into Chinese: my colleague [[PERSON|刘晓梅]] will meet you at arrivals.",
    "Is [[EMAIL_ADDRESS|dmitri.volkov88@yandex.ru]] a real address? It keeps sending me payroll questions.",
    "Draft a termination-of-contract email for our office cleaner, [[PERSON|Luz Marina Ortega]]. Points: the building is closing in June, she has done nothing wrong, she gets two weeks' notice plus her unused holiday, and she can ask me for a reference any time. Keep it warm but clear; she reads English well but prefers short sentences.",
    "Compare two phone plans for my mother [[PERSON|Halina]]: 10GB for £12 or unlimited for £20.",
    "The checkout wants card number, expiry and CVV. Mine's [[CREDIT_CARD|4916802371459060]], exp 08/27. Should I type the CVV too?",
    "Our support agent [[PERSON|Yusuf]] needs a script for customers asking about late refunds.",
    "Help me reply to HR: my South African ID is [[ID_NUMBER|9203085714088]] and they say it doesn't match my name.",
]

# 100 records in the style of synthetic PII benchmark datasets, one person each.
RECORDS = [
    "Name: [[PERSON|Tobias Engström]]\nEmail: [[EMAIL_ADDRESS|tobias.engstrom@telia-mail.se]]\nPhone: [[PHONE_NUMBER|+46 70 482 19 36]]",
    '{"name": "[[PERSON|Adaeze Nwankwo]]", "email": "[[EMAIL_ADDRESS|adaeze.n@protonmail.com]]", "member_id": "[[ID_NUMBER|MB-7730182]]"}',
    '2024-03-11 09:42:17 INFO login ok user=[[ID_NUMBER|lpetrovic]] ip=[[IP_ADDRESS|198.51.100.23]] name="[[PERSON|Luka Petrović]]"',
    "Payroll change: [[PERSON|Marisa Quintero]], employee [[ID_NUMBER|004718]], new bank account [[IBAN_CODE|ES07 2100 3817 4920 5618 3047]], effective next cycle.",
    "Dear Mr [[PERSON|Haddad]], thank you for your application. Please confirm your mobile, [[PHONE_NUMBER|+971 50 381 7264]], for the interview call.",
    "Patient: [[PERSON|Eleanor Whitcombe]] | NHS No: [[ID_NUMBER|481 906 2379]] | Allergies: penicillin | GP: Riverside Surgery",
    "Applicant: [[PERSON|ليلى الخطيب]] / [[PERSON|Layla Al-Khatib]], mobile [[PHONE_NUMBER|+962 79 481 3027]], Amman.",
    "Πελάτης: [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|19068804731]], τηλ. [[PHONE_NUMBER|+30 694 817 2053]]",
    "Сотрудник: [[PERSON|Анна Сергеевна Белова]], табельный номер [[ID_NUMBER|10-48273]], e-mail [[EMAIL_ADDRESS|a.belova@severstroy.ru]]",
    "Customer [[PERSON|김민지]] (RRN [[ID_NUMBER|880614-2291576]]) requested a paper statement.",
    "收件人：[[PERSON|陈志强]]，身份证号 [[ID_NUMBER|110108198709234719]]，电话 [[PHONE_NUMBER|+86 139 4827 1056]]",
    "Ship to: SSgt [[PERSON|Corey Mattingly]], [[STREET_ADDRESS|PSC 817 Box 2246, APO AE 09180]]",
    "Insurance line: policy holder [[PERSON|Ruth Abernethy]], policy [[ID_NUMBER|HM-40028193]], property [[STREET_ADDRESS|3 Kirkton Wynd, Forfar DD8 3QT]].",
    "Clinical note: [[PERSON|Mateus Figueiredo]], patient ID [[ID_NUMBER|PT-882041]], reports knee pain after a fall; review in 2 weeks.",
    "Contact: [[PERSON|Priyanka Deshmukh]] | [[EMAIL_ADDRESS|priyanka.deshmukh@rediffmail.com]] | [[PHONE_NUMBER|+91 98204 71365]]",
    "Profile: [[PERSON|Nils Jørgensen]], 41, logistics planner in Aarhus. Username [[ID_NUMBER|nilsj_aarhus]].",
    "Bank transfer to [[PERSON|Hélène Rousseau]], IBAN [[IBAN_CODE|FR07 3000 6001 1947 2836 1504 827]], ref rent May.",
    "HR record: [[PERSON|Sipho Dlamini]], staff number [[ID_NUMBER|55103]], start date 1 Feb, phone [[PHONE_NUMBER|+27 82 417 3096]].",
    "Dear Ms [[PERSON|Okafor]], your new account number is [[ID_NUMBER|60418827]]. Kind regards, Member Services",
    '{"user": "[[ID_NUMBER|m.tanaka]]", "full_name": "[[PERSON|Tanaka Misaki]]", "tel": "[[PHONE_NUMBER|080-3917-2264]]"}',
    "Card on file: [[CREDIT_CARD|5482 0731 6942 0836]], holder [[PERSON|Brigid Callaghan]], billing [[STREET_ADDRESS|12 Oakpark Drive, Tralee, Co. Kerry V92 X4C2]]",
    "Note: [[PERSON|Javier Montenegro]] called from [[PHONE_NUMBER|+52 55 4827 1903]] about his refund; promised a callback before Friday.",
    "Employee [[PERSON|Ama Serwaa Boateng]], payroll no. [[ID_NUMBER|PY-20193]], salary to [[IBAN_CODE|GB66 NWBK 6072 3418 2957 30]].",
    "SSN on W-2: [[US_SSN|271-84-3952]]; employee [[PERSON|Travis Oakley]]; state Ohio.",
    "Auth log: 2023-11-02T22:14Z fail user=[[ID_NUMBER|akhan01]] src=[[IP_ADDRESS|203.0.113.96]] (owner [[PERSON|Ayesha Khan]])",
    "Tenant: [[PERSON|Giulia Ferraro]], [[STREET_ADDRESS|Via dei Mille 24, 80121 Napoli]], tel. [[PHONE_NUMBER|+39 333 418 2750]]",
    "Patient [[PERSON|Wiremu Tane]]; NHI [[ID_NUMBER|KZT4824]]; clinic Hamilton East; next visit in March.",
    "Passenger [[PERSON|Idris Bello]], passport no. [[ID_NUMBER|A08831547]], seat 22F, Abuja to Dubai.",
    "[[PERSON|Camille Dubois-Lefèvre]] | Responsable RH | [[PHONE_NUMBER|+33 6 48 21 93 07]] | [[EMAIL_ADDRESS|c.duboislefevre@atelier-nord.fr]]",
    "Claim form: insured [[PERSON|Dariusz Zieliński]], PESEL [[ID_NUMBER|92071418536]], damage to rear bumper, no injuries.",
    "Profile: [[PERSON|Aroha Ngata]], volunteer coordinator, Rotorua, [[EMAIL_ADDRESS|aroha.ngata@kiwimail.nz]].",
    "Login details issued: user [[ID_NUMBER|hbergstrom]], temporary password [[PASSWORD|Winter-Ferry-83]], for [[PERSON|Hanna Bergström]].",
    "Payslip: [[PERSON|Rohan Pillai]], employee no. [[ID_NUMBER|118274]], net pay ₹62,400, month of August.",
    "Ship to [[PERSON|Lindiwe Mokoena]], [[STREET_ADDRESS|45 Marula Avenue, Parkhurst, Johannesburg 2193]]",
    "Travel insurance: [[PERSON|Oskar Lindholm]], policy number [[ID_NUMBER|TRV-4471820]], cover Europe, 14 days.",
    "Student record: [[PERSON|Maya Rosenthal]], student ID [[ID_NUMBER|2019-4471]], email [[EMAIL_ADDRESS|mrosenthal@student.kestrel.edu]].",
    "Visitor log: [[PERSON|Bilal Chaudhry]] signed in 08:55, badge 12, mobile [[PHONE_NUMBER|07700 900512]].",
    '{"customer": "[[PERSON|Sofía Castaño]]", "dni": "[[ID_NUMBER|73915062P]]", "city": "Valencia"}',
    "Dear [[PERSON|Jun]], your PIN for the staff portal is [[PASSWORD|558201]]. Do not share it.",
    "Account holder [[PERSON|Pedro Henrique Lima]], IBAN [[IBAN_CODE|PT49 0035 0718 0047 2819 3651 2]].",
    "Discharge: [[PERSON|Fiona MacLeod]], DOB 14/02/1979, hospital no. [[ID_NUMBER|H4471902]], sent home with oral antibiotics.",
    "Contact card: [[PERSON|Kalani Akana]], [[PHONE_NUMBER|(808) 555-0139]], [[STREET_ADDRESS|91-1021 Kaimalie Street, Ewa Beach, HI 96706]]",
    "HR note: [[PERSON|Yevgenia Orlova]] asked for flexible hours from September; employee ID [[ID_NUMBER|HR-66120]].",
    "Order placed by [[PERSON|Connor Fitzgerald]], card [[CREDIT_CARD|4129 0743 8216 5937]], delivery to [[STREET_ADDRESS|17 Marsh Road, Exeter EX2 8PN]].",
    "Dear Dr [[PERSON|Ramanathan]], your locum contract is attached. Once signed, we will send a countersigned copy to [[EMAIL_ADDRESS|sramanathan.md@gmail.com]] for your records. Kind regards, Medical Staffing",
    "Member: [[PERSON|Björn Åkesson]], member no. [[ID_NUMBER|SE-774201]], personnummer [[ID_NUMBER|910428-7355]].",
    "Log: password reset requested for [[ID_NUMBER|ttembo]] ([[PERSON|Thandiwe Tembo]]) from [[IP_ADDRESS|192.0.2.88]].",
    "Contact: [[PERSON|Nasrin Karimi]], [[EMAIL_ADDRESS|n.karimi@parsmail.ir]], [[PHONE_NUMBER|+98 912 481 3370]].",
    "Payroll: [[PERSON|Gerhard Fuchs]], Personalnummer [[ID_NUMBER|70312]], IBAN [[IBAN_CODE|DE70 1001 0010 0593 8471 63]].",
    "First name: [[PERSON|Aleksander]] Last name: [[PERSON|Nowicki]] Phone: [[PHONE_NUMBER|+48 601 382 947]]",
    "API credentials for [[PERSON|Rosa Villanueva]]: key [[API_KEY|pk_live_8Hq2VtN4xZr7LwK1mS9dE3bY]]",
    "To whom it may concern: [[PERSON|Emeka Chukwu]] rented [[STREET_ADDRESS|Flat 9, 140 Moss Lane East, Manchester M15 5DE]] from us for three years, always paid on time and left the flat in good order.",
    "Policyholder: [[PERSON|Yuki Hasegawa]]; My Number [[ID_NUMBER|3829 4716 0524]]; plan: family health.",
    "Support note: [[PERSON|Marta Sobczak]] says the app logs her out; device IP [[IP_ADDRESS|198.51.100.154]].",
    "Dear [[PERSON|Kieran]], the gate code for the new site is [[PASSWORD|1947*]]. Regards, Facilities",
    "Candidate: [[PERSON|Adebola Ogunleye]], phone [[PHONE_NUMBER|0113 496 0285]], email [[EMAIL_ADDRESS|adebola.ogunleye@outlook.com]].",
    "Benefits enrolment: [[PERSON|Lorraine Kettering]], SIN [[ID_NUMBER|618 402 937]], dependants 2.",
    "Referral: [[PERSON|Yonatan Levi-Shaked]], ID [[ID_NUMBER|318472602]], for cardiology follow-up.",
    "Resident [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49103152741]], applied for a parking permit.",
    "Invoice contact: [[PERSON|Oren Kaplan]], [[EMAIL_ADDRESS|oren.kaplan@bezeqmail.co.il]]",
    "Mortgage file: borrower [[PERSON|Declan Byrne]], account [[ID_NUMBER|MTG-30947718]], property [[STREET_ADDRESS|22 Seaview Park, Bray, Co. Wicklow A98 K2F6]].",
    "Employee [[PERSON|Eirik Haugen]], fødselsnummer [[ID_NUMBER|19038847328]], bank [[IBAN_CODE|NO56 1503 8274 916]].",
    "Client [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|855709/4711]], phone [[PHONE_NUMBER|+420 604 382 917]].",
    "Applicant [[PERSON|Ioana Stanciu]], CNP [[ID_NUMBER|2960521403874]], email [[EMAIL_ADDRESS|ioana.stanciu96@yahoo.ro]].",
    "Contractor [[PERSON|Khrystyna Hnatiuk]], RNOKPP [[ID_NUMBER|3187405620]], paid monthly.",
    "Guide [[PERSON|Sigrún Helgadóttir]], kennitala [[ID_NUMBER|210489-3719]], phone [[PHONE_NUMBER|+354 862 4719]].",
    "Member [[PERSON|Wouter Claes]], national number [[ID_NUMBER|83.11.24-317.07]], joined 2019.",
    "Patient [[PERSON|Clémence Aubry]], NIR [[ID_NUMBER|2 91 07 69 388 154 35]], mutuelle on file.",
    "Supplier [[PERSON|Rui Magalhães Pinto]], NIF [[ID_NUMBER|248173952]], invoices to [[EMAIL_ADDRESS|ruimpinto@sapo.pt]].",
    "Employee [[PERSON|Aino Lehtonen]], henkilötunnus [[ID_NUMBER|240791-6386]], part-time.",
    "Customer [[PERSON|Emre Yıldırım]], kimlik no [[ID_NUMBER|48291703644]], phone [[PHONE_NUMBER|+90 532 481 7206]].",
    "Staff [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0318472I]], department: finance.",
    "Tenant check: [[PERSON|Lakshmi Venkataraman]], Aadhaar [[ID_NUMBER|8147 2093 6651]], mobile [[PHONE_NUMBER|+91 94430 28175]].",
    "Salary account: [[PERSON|Elsa Nyberg]], IBAN [[IBAN_CODE|SE72 5000 0000 0582 7193 6402]].",
    "New starter [[PERSON|Brodie McAllister]], TFN [[ID_NUMBER|738 154 268]], mobile [[PHONE_NUMBER|0491 570 604]].",
    "Landlord [[PERSON|Urs Brunner]], [[STREET_ADDRESS|Seestrasse 118, 8002 Zürich]], IBAN [[IBAN_CODE|CH80 0483 5028 4719 3650 1]]",
    "Payroll: [[PERSON|Magdalena Huber]], IBAN [[IBAN_CODE|AT52 2011 1829 4730 5618]], tax class 1.",
    "HR: [[PERSON|Rashid Al Mazrouei]], employee no. [[ID_NUMBER|DXB-20847]], salary IBAN [[IBAN_CODE|AE46 0260 0010 4827 3915 603]].",
    "Refund recipient [[PERSON|Elif Şahin]], IBAN [[IBAN_CODE|TR67 0001 0002 3841 7092 6518 32]].",
    "Payee [[PERSON|Kamil Dąbrowski]], account [[IBAN_CODE|PL03 1090 2402 1638 4759 1037 4852]].",
    "Payee [[PERSON|Niamh Gallagher]], IBAN [[IBAN_CODE|IE26 BOFI 9001 4726 3184 90]], phone [[PHONE_NUMBER|+353 86 402 7719]].",
    "Payee [[PERSON|Lotte Janssens]], IBAN [[IBAN_CODE|BE90 0634 8291 7530]], reimbursement for travel.",
    "Expense refund to [[PERSON|Mads Kjærgaard]], IBAN [[IBAN_CODE|DK78 3000 1284 7193 52]].",
    "Contact [[PERSON|Veikko Saarinen]], IBAN [[IBAN_CODE|FI16 4231 0018 4739 25]], email [[EMAIL_ADDRESS|veikko.saarinen@elisanet.fi]].",
    "Supplier payment: payee [[PERSON|Harriet Ashdown]], IBAN [[IBAN_CODE|GB71 BARC 2071 4439 1806 26]], ref INV-3391.",
    "Booking guarantee: [[PERSON|Augustin Mwamba]], Amex [[CREDIT_CARD|3764 920815 37164]], arrival 21:00.",
    "Subscriber [[PERSON|Shelby Tran]], card [[CREDIT_CARD|6011 4827 3095 6186]], plan renews yearly.",
    "Guest [[PERSON|Haruto Nakamura]], card [[CREDIT_CARD|3540 2918 3764 5064]], room 1108.",
    "Refund to [[PERSON|Colette Marchand]], card [[CREDIT_CARD|2223 0719 4685 3106]], amount 64.90 EUR.",
    "Billing: [[PERSON|Dwight Ellsworth]], [[CREDIT_CARD|4467 2189 3054 2176]], exp 11/26, [[STREET_ADDRESS|508 Pinecrest Road, Asheville, NC 28803]]",
    "Chargeback: cardholder [[PERSON|Carmen Paredes]], card [[CREDIT_CARD|5158 7204 6931 8275]], email [[EMAIL_ADDRESS|carmen.paredes@hotmail.es]].",
    "Corporate card [[CREDIT_CARD|3481 726503 94826]] issued to [[PERSON|Nikolai Ivanov]], cost centre 220.",
    "Debit card [[CREDIT_CARD|6762 0391 8475 2015]] reported lost by [[PERSON|Gwen Pritchard]], phone [[PHONE_NUMBER|020 7946 0917]].",
    "Service account owner [[PERSON|Priscilla Amoah]]: token [[API_KEY|ghp_T7kQ2mX9vR4wL8nB3cZ6yH1pJ5sD0fG2aE4u]]",
    "Bot owner [[PERSON|Ravindra Joshi]], token [[API_KEY|xoxb-4821937065-7730418826-Kq9TzLm2Wx8Rv4Np1Bc6Hs3D]]",
    "Front desk: [[PERSON|Beatriz Souza]] left her number, [[PHONE_NUMBER|+55 11 98472-3105]], and wants a callback about her claim.",
    "Deliver to [[PERSON|Chinonso Okeke]], [[STREET_ADDRESS|27 Okonjo Crescent, Ikeja, Lagos 100271]].",
    "Courier: [[PERSON|Anand Krishnamurthy]], [[STREET_ADDRESS|No. 14, 3rd Cross, Indiranagar 2nd Stage, Bengaluru 560038]], [[PHONE_NUMBER|+91 99001 47283]].",
    "Cliente [[PERSON|Ximena Arriaga]], [[STREET_ADDRESS|Calle Durango 218, Col. Roma Norte, 06700 Ciudad de México]].",
    "Recipient [[PERSON|Lee Seo-yeon]], [[STREET_ADDRESS|302-ho, 112 Worldcup-ro, Mapo-gu, Seoul 03995]], signature required.",
]

# 25 MT-Bench/Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Compose a short travel blog post about a weekend in a coastal fishing town, focusing on food and local markets.",
    "Imagine you are Sherlock Holmes. Explain to Watson how you deduced that a visitor had recently travelled by train.",
    "Write a Python function that returns the longest common prefix of a list of strings, and explain its time complexity.",
    "Explain the difference between weather and climate to a ten-year-old in three short paragraphs.",
    "A train leaves at 3 pm at 60 km/h and a second leaves the same station an hour later at 90 km/h on a parallel track. When does the second catch up? Show your reasoning.",
    "Pretend you are a medieval blacksmith. Describe your working day to a curious traveller.",
    "Summarise the main causes of the French Revolution in five bullet points.",
    "What are the pros and cons of remote work for a small software company? Give a balanced answer.",
    "Write a sequence of three haiku about the first snowfall in a city.",
    "Extract all the dates from this paragraph and list them in ISO format: The treaty was signed on 4 March 1801, ratified the following June, and amended on 12 October 1803.",
    "How might Marie Curie explain radioactivity to a modern secondary school class? Write it as a short speech.",
    "Write a SQL query that finds the three products with the highest total sales in each region.",
    "Describe the water cycle, then write a four-question quiz about it.",
    "Role-play as a tour guide at the Colosseum and answer a tourist who asks why parts of it are missing.",
    "What is the derivative of x^3 * ln(x)? Explain each step.",
    "Give me a plan to learn basic Spanish in three months with 30 minutes a day.",
    "Write a limerick about a cat who is afraid of cucumbers.",
    "Compare the wartime leadership styles of Abraham Lincoln and Winston Churchill.",
    "Explain how a hash table handles collisions, with a small example in JavaScript.",
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. How many fruits must you draw to relabel them correctly? Explain.",
    "Write a product description for a reusable water bottle aimed at hikers, in under 100 words.",
    "What would happen to Earth's seasons if its axis had no tilt? Answer in simple terms.",
    "Act as Captain Nemo and describe the view from the Nautilus window during a storm.",
    "Rewrite this sentence to be more concise: In the event that the meeting is cancelled, we will make sure to let all of the participants know as soon as possible.",
    "Explain the concept of opportunity cost using an example from everyday life.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Amelie bakes 48 cookies. She gives a third to her neighbours and packs the rest into bags of 8. How many bags does she fill?",
    "Tobiah reads 14 pages on Monday and twice as many on Tuesday. If his book has 120 pages, how many pages are left?",
    "Marisol buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 bill. How much change does she get?",
    "Osric has 36 hens. Each lays 5 eggs a week. He sells the eggs in cartons of 12. How many full cartons does he sell in two weeks?",
    "Keziah runs 4 km every weekday and 7 km on Saturday. How far does she run in three weeks?",
    "Dorian saved $15 a week for 9 weeks, then spent $47 on a game. How much money does he have left?",
    "Linnea has 5 boxes of crayons with 24 crayons in each. She loses 13 crayons. How many crayons does she have now?",
    "Bram's garden is 12 m long and 7 m wide. A fence around it costs $9 per metre. How much will the fence cost?",
    "Noor made 3 litres of lemonade and poured it into cups of 250 ml. She drank 2 cups herself. How many cups were left for her friends?",
    "Caspian is 3 times as old as his sister Wren. In 4 years he will be twice as old as she is. How old is Wren now?",
    "A shop sells pencils only in packs of 4 for $1. Ottilie needs 30 pencils. How much does she spend?",
    "Jericho drives 180 miles on 6 gallons of fuel. How many gallons would he need for a 450-mile trip?",
    "Fenna picks 28 apples, Ruben picks 8 more than Fenna, and Ilse picks half as many as Ruben. How many apples do they have together?",
    "Thaddeus earns $18 an hour and works 7 hours a day, 5 days a week. How much does he earn in 4 weeks?",
    "A recipe needs 250 g of flour for 12 muffins. Hester wants to make 30 muffins. How much flour does she need?",
    "Zephyrine had 64 stickers. She gave a quarter of them to her brother and 10 to a friend. How many stickers does she have now?",
    "Lorcan's tablet battery loses 12 percent each hour. It starts at 90 percent. After how many full hours does it first drop below 20 percent?",
    "A classroom has 6 rows of 5 desks. Mirela adds 2 more rows of the same size. How many desks are there now?",
    "Evander buys a bike for $240 and sells it for 15% more than he paid. How much profit does he make?",
    "Isolde walks her dog 3 times a day for 20 minutes each time. How many hours does she spend walking the dog in a week?",
    "Barnaby has twice as many marbles as Cosima. Together they have 54. How many marbles does Barnaby have?",
    "A tank holds 500 litres. Anouk fills it at 25 litres per minute, but it leaks 5 litres per minute. How many minutes until it is full?",
    "Gideon scores 78, 85 and 92 on three tests. What must he score on the fourth test to average 86?",
    "Saoirse sells 45 raffle tickets on Friday and 20% more on Saturday. How many tickets does she sell in total?",
    "Leopold has 4 full shelves holding 35 books each. He donates 28 books and buys 15 new ones. How many books does he have now?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is the main site of ATP production in eukaryotic cells? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Lysosome",
    "Who wrote the Ninety-five Theses in 1517? A. John Calvin B. Martin Luther C. Ulrich Zwingli D. Thomas Cranmer",
    "What is the value of 7! / 5!? A. 42 B. 35 C. 56 D. 21",
    "A price ceiling set below the equilibrium price usually causes: A. a surplus B. a shortage C. no change in quantity D. higher supply",
    "Which of the following is a noble gas? A. Nitrogen B. Chlorine C. Argon D. Hydrogen",
    "The Peace of Westphalia (1648) ended which conflict? A. The Hundred Years' War B. The Thirty Years' War C. The Wars of the Roses D. The Seven Years' War",
    "Which philosopher wrote the Critique of Pure Reason? A. Hegel B. Hume C. Kant D. Locke",
    "What is the time complexity of binary search on a sorted array of n elements? A. O(n) B. O(log n) C. O(n log n) D. O(1)",
    "Which amendment to the US Constitution abolished slavery? A. Tenth B. Thirteenth C. Fifteenth D. Nineteenth",
    "A force of 10 N acts on a 2 kg mass. What is its acceleration? A. 0.2 m/s² B. 5 m/s² C. 20 m/s² D. 12 m/s²",
    "Who formulated the three laws of planetary motion? A. Tycho Brahe B. Johannes Kepler C. Galileo Galilei D. Nicolaus Copernicus",
    "Which hormone lowers blood glucose levels? A. Glucagon B. Insulin C. Cortisol D. Adrenaline",
    "In contract law, 'consideration' refers to: A. careful thought B. something of value exchanged C. a court ruling D. a signature",
    "Which of these is a primary colour in the RGB model? A. Yellow B. Magenta C. Green D. Cyan",
    "The Meiji Restoration took place in which country? A. China B. Korea C. Japan D. Vietnam",
    "What is the pH of a neutral solution at 25 °C? A. 0 B. 7 C. 10 D. 14",
    "Which psychologist proposed a hierarchy of needs? A. B. F. Skinner B. Abraham Maslow C. Carl Rogers D. Jean Piaget",
    "If f(x) = 2x + 3, what is f(f(1))? A. 11 B. 13 C. 8 D. 10",
    "Mansa Musa ruled which empire? A. Songhai B. Mali C. Ghana D. Kanem",
    "Which data structure follows last-in, first-out order? A. Queue B. Stack C. Heap D. Linked list",
    "Things Fall Apart was written by: A. Wole Soyinka B. Chinua Achebe C. Ngũgĩ wa Thiong'o D. Ben Okri",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Nitrogen D. Argon",
    "Which financial statement shows a company's assets, liabilities and equity at a point in time? A. Income statement B. Balance sheet C. Cash flow statement D. Statement of retained earnings",
    "Who led the Haitian Revolution in its early years? A. Toussaint Louverture B. Simón Bolívar C. José de San Martín D. Miguel Hidalgo",
    "Which of the following is a renewable resource? A. Coal B. Natural gas C. Wind D. Uranium",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks with no fever. Should I ask for a chest X-ray?",
    "Is it safe to take ibuprofen and paracetamol together for a toothache?",
    "My ankle is swollen after I twisted it yesterday, but I can walk on it. Do I need to see someone?",
    "What are the early signs of type 2 diabetes in adults?",
    "Can I drink alcohol while taking a course of amoxicillin?",
    "How long should a cold last before I worry that it's something else?",
    "I get headaches every afternoon at work. Could it be my screen or not drinking enough water?",
    "What blood pressure reading counts as high for someone in their fifties?",
    "Is it normal to feel dizzy when I stand up quickly?",
    "My toddler has a rash that doesn't fade when I press a glass on it. What should I do?",
    "How much vitamin D should an adult take in winter?",
    "Can stress cause chest tightness, or should I always get it checked?",
    "What's the difference between a migraine and a tension headache?",
    "I was bitten by a neighbour's dog and the skin is broken. Do I need a tetanus shot?",
    "Are there foods I should avoid while taking warfarin?",
    "How soon after a positive pregnancy test should I book a first appointment?",
    "My knee clicks when I climb stairs but doesn't hurt. Is that a problem?",
    "What helps with heartburn at night besides antacids?",
    "Is it worth getting a flu vaccine if I'm healthy and under 40?",
    "I keep waking up at 4 am and can't get back to sleep. Any tips?",
    "Can hot showers make eczema worse?",
    "How do I know if a cut needs stitches?",
    "My elderly father gets confused in the evenings. Could that be an infection?",
    "What side effects are common when starting an SSRI for anxiety?",
    "Is it okay to exercise with a mild fever?",
]

NATIONAL_IDS = {
    "729 184 6056": nhs_ok,  # NHS number
    "481 906 2379": nhs_ok,
    "6391 4720 8516": aadhaar_ok,  # Indian Aadhaar
    "8147 2093 6651": aadhaar_ok,
    "319582073": bsn_ok,  # Dutch BSN
    "92071418536": pesel_ok,  # Polish PESEL
    "73915062P": dni_ok,  # Spanish DNI
    "Y4820371E": dni_ok,  # Spanish NIE
    "RSSGNN88T52L219K": codice_fiscale_ok,  # Italian codice fiscale
    "2 91 07 69 388 154 35": nir_ok,  # French NIR
    "83.11.24-317.07": belgian_id_ok,  # Belgian national number
    "19038847328": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248173952": nif_ok,  # Portuguese NIF
    "2960521403874": cnp_ok,  # Romanian CNP
    "17.482.093-7": rut_ok,  # Chilean RUT
    "49103152741": isikukood_ok,  # Estonian isikukood
    "210489-3719": kennitala_ok,  # Icelandic kennitala
    "855709/4711": rodne_cislo_ok,  # Czech rodné číslo
    "3187405620": rnokpp_ok,  # Ukrainian RNOKPP
    "57382109642": steuer_id_ok,  # German tax id
    "KZT4824": nhi_ok,  # New Zealand NHI
    "880614-2291576": rrn_ok,  # Korean resident registration number
    "3829 4716 0524": my_number_ok,  # Japanese My Number
    "110108198709234719": china_id_ok,  # Chinese resident identity number
    "T0318472I": nric_ok,  # Singapore NRIC
    "637.210.948-40": cpf_ok,  # Brazilian CPF
    "48291703644": kimlik_ok,  # Turkish kimlik
    "240791-6386": hetu_ok,  # Finnish henkilötunnus
    "910428-7355": luhn_len(10),  # Swedish personnummer
    "618 402 937": luhn_len(9),  # Canadian SIN
    "318472602": luhn_len(9),  # Israeli teudat zehut
    "9203085714088": luhn_len(13),  # South African id
    "19068804731": luhn_len(11),  # Greek AMKA
    "738 154 268": tfn_ok,  # Australian tax file number
    "4182 73654 2": medicare_ok,  # Australian Medicare
    "3817402C": pps_ok,  # Irish PPS number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, with or without a space
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06( \d{2}){4}",  # France mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|33|39|46|48|52|55|86|90|91|98|221|234|353|354|420|962|971) [\d -]+\d",
    )
]

MILITARY = re.compile(r"\b(APO|DPO|FPO) (AA|AE|AP) \d{5}\b")
OTHER_SCRIPTS = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\uac00-\ud7af\u4e00-\u9fff]")


def check_mix() -> None:
    """Each record names one person and holds one to four other values; the chat requests
    are mostly short, name people and carry secrets, keys, an SSN, cards, IBANs and IPs;
    each section has one military address and names in other scripts."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: {len(others)} values besides the name in {marked[:60]!r}")
    short = sum(word_count(t) < 25 for t in CHAT)
    if short < 90:
        raise SystemExit(f"chat: only {short} texts under 25 words")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    kinds = [s["type"] for t in CHAT for s in marked_spans(t)]
    if named < 70 or kinds.count("PASSWORD") < 12:
        raise SystemExit(f"chat: {named} texts with a name, {kinds.count('PASSWORD')} secrets")
    for kind in ("API_KEY", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "EMAIL_ADDRESS"):
        if kind not in kinds:
            raise SystemExit(f"chat: no {kind}")
    for section, texts in (("chat", CHAT), ("records", RECORDS)):
        plain = [strip_marks(t)[0] for t in texts]
        if sum(bool(MILITARY.search(p)) for p in plain) != 1:
            raise SystemExit(f"{section}: want exactly one military address")
        if sum(bool(OTHER_SCRIPTS.search(p)) for p in plain) < 3:
            raise SystemExit(f"{section}: too few names in other scripts")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind84", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
