# ruff: noqa: E501
"""An eighty-third blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
table and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests to an AI assistant (3 to 100 words) from students, nurses, drivers,
  shop owners, retirees, parents and developers asking to draft, reply, translate,
  summarise, fix, plan, calculate or advise about their own life, work, family, health,
  money, travel, school, home and IT accounts. The first 30 (a quarter) are typed all in
  lower case, the next 6 are in Spanish, German, French, Portuguese, Indonesian and
  Italian, the rest are English with capitals. They hold first names alone, surnames
  alone after titles, lower-case names, names of many origins with non-English letters,
  names in Chinese, Cyrillic and Hangul script, names that are ordinary words (Grace,
  Hope, Will, Summer, Mark), passwords, passphrases, PINs, door, gate, alarm and lockbox
  codes (some without the word "password" before them), phones with and without
  separators, e-mails, usernames, account, member, employee, student, loan, policy,
  booking and patient numbers, national ids, cards, IBANs, an SSN, IPs, API keys and
  street addresses of many countries, one of them a military (DPO) address;
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name: contact lines, form rows,
  JSON fragments, log lines, notes, letters, profiles and bank, HR, payroll,
  insurance and clinical lines, one with a military (APO) address, names in Arabic, Greek,
  Cyrillic and Hangul script among them.

Usernames and logins, account, customer, member, employee, student, patient, policy,
booking, supporter and loan numbers, passports, driver licences and national and tax ids
are ID_NUMBER; PINs, door, gate, alarm and locker codes, wifi keys, passphrases and
passwords PASSWORD; titles and relation words (Mr, Mrs, Dr, Prof, SSgt, SPC, Herr, pak,
my son) stay outside PERSON spans; an address span runs from the street line through the
postcode and city as typed; public figures, fictional characters, pets, brands, places,
order, invoice and ticket numbers and dates of birth are not labelled; every occurrence of
a private value is marked. The 100 clean texts hold no personal data at all: 25
MT-Bench/Vicuna-style prompts (writing, reasoning, coding, role-play, STEM), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D (some
naming historical figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0131/
0161/0117/0121 496 0, 029 2018 0, 028 9649 6, 01632 960; North America 555-01xx; Australia
0491 570; France 06 39 98, 01 99 00; Germany 030 23125, 040 66969, 069 90009, 089 99998)
and in each country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind83.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    DOCUMENTATION_IPS,
    aadhaar_ok,
    belgian_id_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
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
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
SYNTH_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sgt|SSgt|SPC|Herr|Frau|Mme|Sr|Sra|Dott|Pak|Bu|Auntie|Uncle|Nan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to an assistant: the first 30 in lower case, then 6 in other languages.
CHAT = [
    "hey can you write a short msg to my landlord [[PERSON|gary whitlock]] saying the boiler is broken again, his number is [[PHONE_NUMBER|07700 900412]] if that matters",
    "pls fix the grammar: hi [[PERSON|priya]], the wifi password for the clinic break room is [[PASSWORD|tealkettle#58]] dont share it with patients thx",
    "translate to polish please: my name is [[PERSON|tomasz wieczorek]] and i live at [[STREET_ADDRESS|ul. długa 17/4, 80-827 gdańsk]]",
    "whats a polite way to remind [[PERSON|okafor]] he still owes me 40 quid for the van hire",
    "my bank app says iban [[IBAN_CODE|de81 5003 0200 0712 4458 93]] is invalid when i try to pay rent, can u check if its typed right",
    "night shift nurse here, need a handover note for bed 4: [[PERSON|edna morley]], nhs no [[ID_NUMBER|943 476 5919]], fell at 0300, no head injury, obs stable. keep it short",
    "can you make a soft-food shopping list for my nan [[PERSON|dot]], she's diabetic and her dentures hurt",
    "help me reset my router, admin login is [[ID_NUMBER|admin_hollis]] and the current pass is [[PASSWORD|r0uter!hollis22]]",
    "write a cover letter opening for a delivery driver job. i'm [[PERSON|dwayne osei]], 9 yrs driving, clean licence, email [[EMAIL_ADDRESS|dwayne.osei.drives@gmail.com]]",
    "my daughter [[PERSON|aroha]] needs her school trip form done, student id [[ID_NUMBER|stu-448217]], can u word the allergy bit: peanuts, mild",
    "summarise the email from [[PERSON|kenji tanaka]] about the shift swap in one line, then draft a yes reply i can send from [[EMAIL_ADDRESS|r.mbeki@haulworks.co.za]]",
    "door code for the storage unit is [[PASSWORD|4471#]] and its booked under [[PERSON|fatima zahra el idrissi]], write a text telling my brother how to get in",
    "is [[PHONE_NUMBER|+2348035142276]] a nigerian number? someone called saying they're from my bank and asked for my pin",
    "calc how much each of us owes: rent split 3 ways with [[PERSON|jules]] and [[PERSON|marco]], total 1850, bills 240",
    "can u write a 2 line bio for my etsy shop? i'm [[PERSON|siobhán ní bhriain]], i make beeswax candles in galway",
    "new phone who dis lol. no seriously save this as a contact card: [[PERSON|benji]] [[PHONE_NUMBER|(415) 555-0137]]",
    "my deploy script prints [[API_KEY|sk-live-9f2c7a1e4b8d06e3a5f7c9b2d41e8a60]] in the build logs, how do i hide it in github actions",
    "turn this into a formal complaint: the plumber [[PERSON|dale]] never showed, i waited all day at [[STREET_ADDRESS|22 birch close, norwich nr4 7tj]]",
    "what does pending mean on my transfer to [[PERSON|ana lúcia ferreira]], iban [[IBAN_CODE|pt51 0035 0683 0000 3714 2905 3]], sent 3 days ago",
    "help me answer this text: 'hi is this [[PERSON|hana]]'s number?' its not, i'm [[PERSON|wren]] and i got this number last month",
    "make a revision timetable for my a-levels, exams start june 3. login for the school portal is [[ID_NUMBER|kbaptiste07]] if you need it lol (you dont)",
    "i run a corner shop. write a sign saying we no longer take cheques, sign it from [[PERSON|raj]] & [[PERSON|meena]]",
    "im 71 and want to learn email. my grandson set up [[EMAIL_ADDRESS|bernardhiggs1953@btinternet.com]] and the password is [[PASSWORD|bluebell53]], how do i open it on the ipad",
    "my pin for the work laptop is [[PASSWORD|902614]] and it keeps saying wrong, caps lock isnt on, what else could it be",
    "write a birthday poem for [[PERSON|jo-ann]], she turns 60 and loves gardening and her cat biscuit",
    "card [[CREDIT_CARD|4485 2716 0093 3819]] got declined at the pump twice, what do i say to the bank",
    "whats the best way to tell my manager [[PERSON|stefan]] i need tuesday off for my mums hospital appt",
    "can you read this ssn back to me in words so i can say it on the phone: [[US_SSN|412-67-3095]]",
    "draft a whatsapp to the parents group: swimming moved to thursday, questions to [[PERSON|lindiwe]] on [[PHONE_NUMBER|+27 82 614 3390]]",
    "server at [[IP_ADDRESS|203.0.113.186]] keeps dropping my ssh session, user is [[ID_NUMBER|deploy_nkem]], what logs should i check",
    "¿Puedes escribir un mensaje para mi vecina [[PERSON|Remedios Gallardo]]? Dile que su paquete está en mi casa, [[STREET_ADDRESS|Calle del Olivo 14, 3º B, 28045 Madrid]], y que me llame al [[PHONE_NUMBER|+34 612 48 93 07]].",
    "Bitte formuliere eine kurze Kündigung meines Fitnessvertrags. Mitgliedsnummer [[ID_NUMBER|FS-20417736]], Name [[PERSON|Jörg Weißenfels]], Adresse [[STREET_ADDRESS|Am Kirchberg 7a, 79100 Freiburg]], Tel. [[PHONE_NUMBER|+49 40 66969 321]].",
    "Peux-tu corriger ce message : « Bonjour, je suis [[PERSON|Mamadou Diallo]], mon numéro de sécu est le [[ID_NUMBER|1 84 07 75 116 231 07]], vous pouvez me joindre au [[PHONE_NUMBER|06 39 98 41 27]] » ?",
    "Me ajuda a responder o [[PERSON|Thiago]]? Ele pediu meu CPF pra nota fiscal: [[ID_NUMBER|317.862.049-40]]. É seguro mandar por WhatsApp?",
    "tolong buatkan pesan sopan untuk pak [[PERSON|Harjono]], bilang uang sewa bulan ini sudah saya transfer ke rekening [[ID_NUMBER|1370 0184 2265]] ya",
    "Scrivi una mail alla dottoressa [[PERSON|Chiara Benedetti]] per spostare la visita di mio marito [[PERSON|Marco Rossi]], codice fiscale [[ID_NUMBER|RSSMRC88T21L219L]], a giovedì.",
    "Can you help me reply to my tenant, Mrs [[PERSON|Adebayo]]? She asked where to send the deposit. My account is [[IBAN_CODE|GB23 BARC 2004 1593 7261 48]], name on it [[PERSON|Colin Presswood]].",
    "I'm a student nurse. Make this referral sound more professional: Pt [[PERSON|Harold Bickerstaff]], DOB 04/11/1941, NHS [[ID_NUMBER|721 804 3399]], lives alone at [[STREET_ADDRESS|14 Ashgrove Road, Leeds LS6 2HN]], daughter [[PERSON|Janet]] on [[PHONE_NUMBER|0113 496 0938]].",
    "Translate into Japanese for my host family: Hi, I'm [[PERSON|Callum Reid]], arriving Friday evening. My UK phone is [[PHONE_NUMBER|+44 7700 900265]].",
    "My son [[PERSON|Luca]] forgot his Roblox password again. It was [[PASSWORD|dinoLuca2016!]] I think. How do I reset it as the parent?",
    "Summarise in 3 bullets: Met [[PERSON|Ngozi Eze]] re the shop lease. She wants 6 months upfront. Her email [[EMAIL_ADDRESS|ngozi@ezeproperties.ng]]. We counter at 3 months.",
    "Text [[PERSON|Grace]] that I'm stuck behind a tractor on the A39 and will be 20 min late for the handover",
    "Is this phishing? The email says 'Dear [[PERSON|Will Hunter]], confirm your card [[CREDIT_CARD|4716 2093 5518 7042]] at the link below.' It has my real card number in it.",
    "I drive for a courier firm. Draft a note for the customer: parcel left with your neighbour [[PERSON|Bogdan]] at number 9, nobody answered at [[STREET_ADDRESS|7 Banksia Court, Frankston VIC 3199]]. Call me on [[PHONE_NUMBER|0491 570 156]] if needed.",
    "Plan a 4-day Lisbon trip for me and my wife [[PERSON|Małgorzata]]. Our booking ref is [[ID_NUMBER|QX7L2M]], flights land at 10:40 on Thursday.",
    "Can you check this IBAN before I pay the builder, [[PERSON|Piet van der Berg]]: [[IBAN_CODE|NL02RABO0317562984]]? He wants €4,200 by Friday.",
    "How do I tell my sister [[PERSON|Hope]] that I can't host Christmas this year without starting a fight?",
    "Write an out-of-office for me: away until 14 May. Urgent dispensing queries go to [[PERSON|Fernando Ruiz]] at [[EMAIL_ADDRESS|f.ruiz@kingsroadpharmacy.co.uk]] or [[PHONE_NUMBER|020 7946 0381]].",
    "My mum's Aadhaar is [[ID_NUMBER|4627 3918 0557]] and the gas agency wants it linked. Draft the request letter in simple English. Her name is [[PERSON|Kamala Venkatesh]].",
    "Reply to this Airbnb guest politely: lockbox is [[PASSWORD|2580]], wifi Casa_Lumi, key [[PASSWORD|girasole-azul-77]]. Check-in after 3pm, no parties.",
    "Explain the error: ssh: connect to host [[IP_ADDRESS|198.51.100.23]] port 22: Connection timed out. I'm logging in as [[ID_NUMBER|mkowal]] from home.",
    "Help me word a text to [[PERSON|Dmitri]]. He sent £300 to the wrong account, so resend my details: sort code 20-41-59, account [[ID_NUMBER|60391827]].",
    "I'm 68 and my pension provider wants my National Insurance number over the phone. Is that normal? It's [[ID_NUMBER|QP 41 73 86 C]].",
    "Write a short LinkedIn recommendation for [[PERSON|Ayşe Kaplan]], she was my team lead at the warehouse for 3 years and never missed a deadline.",
    "Convert to a table: [[PERSON|王秀英]] [[PHONE_NUMBER|+86 138 1047 2259]], [[PERSON|李建国]] [[PHONE_NUMBER|+86 139 2281 6604]], both suppliers from the Yiwu trip.",
    "My access key [[API_KEY|AKIAQ7R2LX9MZC4PWT8E]] got pushed to a public repo by mistake. What do I do first?",
    "Draft a reference for our cleaner [[PERSON|Rosa]]. She has had keys to the house for 5 years and knows the alarm code [[PASSWORD|7319]], never an issue.",
    "Calculate my take-home pay: I'm a driver on £14.20/hr, 45 hours a week. Employee no [[ID_NUMBER|EMP-0048213]] if the payslip example needs one.",
    "Can you turn these notes into a letter to the council? Resident: [[PERSON|Emeka Nwosu]], [[STREET_ADDRESS|Flat 2, 31 Mill Street, Bristol BS1 6HX]]. Issue: bins not collected for 3 weeks.",
    "Does this look right for the visa form? Passport [[ID_NUMBER|K4827193]], name [[PERSON|Nguyễn Thị Lan]], phone [[PHONE_NUMBER|+84 912 407 385]].",
    "I keep forgetting the master passphrase for my vault. Is [[PASSWORD|correct-otter-brass-lantern]] strong enough or should I change it?",
    "Text for my dentist: Hi it's [[PERSON|Bea]], can I move Thursday's 9am to the afternoon? Thx",
    "Help me fill this in. Policy number [[ID_NUMBER|HH-7730194-02]], policyholder [[PERSON|Gwendolyn Marsh]], claim for water damage in the kitchen. Write the description part.",
    "Debug this: requests.get(url, headers={'Authorization': 'Bearer [[API_KEY|hgk_9TqL2vXw7RbM4nZp1KcY8sFd3JhA6eGu]]'}) keeps returning 401.",
    "My grandfather [[PERSON|Bartholomew]] turns 90. Plan a small party for 20 people at [[STREET_ADDRESS|402 W Maple Ave, Dayton, OH 45405]], budget $600.",
    "Please write a kind reply to [[PERSON|Mohammed Al-Farsi]] who asked to swap night shifts; I can do the 12th but not the 19th.",
    "Reword this for the landlord: 'The new gate code [[PASSWORD|*2024#]] doesn't work and I've been locked out twice this week.'",
    "Write a formal email to [[PERSON|Svetlana Kuznetsova]] at [[EMAIL_ADDRESS|s.kuznetsova@volgatrans.ru]] asking for the updated freight invoice.",
    "I'm a taxi driver and a passenger left a wallet. The cards say [[PERSON|Declan Fitzgerald]] and there's a note with [[PHONE_NUMBER|+353 87 214 6638]]. How should I handle this?",
    "Make this sound less angry: [[PERSON|Kowalczyk]] changed the rota again without asking anyone.",
    "Translate to Arabic: Dear [[PERSON|Yusuf]], your appointment is confirmed for Monday at 10.",
    "Work out the monthly payment on a £9,000 car loan at 7.9% over 4 years. Loan account [[ID_NUMBER|LN-55820417]] in case the bank calculator asks.",
    "Can you write a text for my son's coach, [[PERSON|Mark Abernathy]]? [[PERSON|Theo]] sprained his ankle and will miss Saturday.",
    "Find a nice way to ask [[PERSON|Sunita]] for the £50 back. Her number's [[PHONE_NUMBER|+91 98450 27316]] but I'd rather message.",
    "I'm locked out of the office. Card reader PIN [[PASSWORD|4096]], staff ID [[ID_NUMBER|HX-7720]]. Write an email to facilities asking for a reset.",
    "Draft a message to the school office: [[PERSON|Amara]] will be collected today by her aunt [[PERSON|Chidinma Obi]], [[PHONE_NUMBER|07700900873]].",
    "Summarise this customer note for the ticket: [[PERSON|Gerald Pinkney]] called, says card ending 8045 was charged twice. Full number he gave: [[CREDIT_CARD|4929 0361 5572 8045]].",
    "Write a cheerful welcome email for our new starter [[PERSON|Léa Moreau]], login [[ID_NUMBER|lmoreau]], temporary password [[PASSWORD|Bienvenue!4821]].",
    "Help me send money home: recipient [[PERSON|Kwame Asante]], mobile money [[PHONE_NUMBER|+233 24 418 2731]]. What fees should I expect?",
    "What's the cheapest way to ship a care parcel to my husband? SPC [[PERSON|Tyrell Jenkins]], [[STREET_ADDRESS|Unit 8840 Box 2215, DPO AP 96521]]",
    "My Medicare number is [[ID_NUMBER|2953 71843 1]] and the clinic says it's wrong. How do I check the digits?",
    "Give me a bedtime story featuring my twins, [[PERSON|Isla]] and [[PERSON|Rory]], and our dog Pickle.",
    "Reply in German to Herr [[PERSON|Vogelsang]]: the rent for March (€890) went to [[IBAN_CODE|DE17 1001 0010 0523 8417 62]] on the 1st.",
    "Which of these is safer as a wifi key: [[PASSWORD|mangotree2019]] or [[PASSWORD|Xq!7pR#w2Lz]]?",
    "Write a sympathy card for [[PERSON|Ingrid]] from all of us at the bakery. Her husband [[PERSON|Lars]] passed last week.",
    "I'm a developer. Is it OK under GDPR to log user IPs like [[IP_ADDRESS|2001:db8:4a1::17]] next to the username [[ID_NUMBER|kat_dev]]?",
    "Draft a complaint to the airline. Passenger [[PERSON|Anjali Raghunathan]], booking [[ID_NUMBER|7KQ2PD]], bag lost between Doha and Manchester.",
    "Help! I typed my card [[CREDIT_CARD|5413772091640312]] into a site that looks fake. What now?",
    "Write a polite chaser to [[PERSON|Björn Lindqvist]] about the invoice. His old email bounced, so use [[EMAIL_ADDRESS|bjorn.l@fjordsnickeri.se]] instead.",
    "Can you make this discharge summary plainer for the family? Pt: [[PERSON|Eleni Papadakis]], hospital no [[ID_NUMBER|RX4419027]], admitted with pneumonia, IV antibiotics, home on oral course.",
    "Help me write to [[PERSON|Дмитрий Соколов]] in Russian that the apartment keys are with the concierge and the entry code is [[PASSWORD|5173]].",
    "What's a good gift for my boss, [[PERSON|Summer]]? She likes hiking and true crime podcasts.",
    "Rewrite my email signature to look cleaner: [[PERSON|Marisol Quintero-Baez]] / Owner, Sweet Tooth Bakery / [[PHONE_NUMBER|(713) 555-0196]] / [[EMAIL_ADDRESS|marisol@sweettoothbakes.com]]",
    "How many days until my passport [[ID_NUMBER|563018274]] expires if the expiry is 2031-02-14 and today is 2025-06-01?",
    "I'm a retiree in Spain. My NIE is [[ID_NUMBER|Y4071936F]] and the town hall wants a padrón form. What do I need to bring?",
    "Write an SMS: Hi [[PERSON|Tomás]], this is [[PERSON|Fiona]] from reception. Your car is ready, total £412.",
    "Set up a cron job on my VPS [[IP_ADDRESS|192.0.2.47]] to back up /var/www nightly. Root login is disabled, I use [[ID_NUMBER|ops-rahim]].",
    "Please draft a letter disputing a parking fine. Vehicle keeper [[PERSON|Alasdair Munro]], [[STREET_ADDRESS|9 Craigleith View, Edinburgh EH4 3JT]], phone [[PHONE_NUMBER|0131 496 0722]].",
    "Help me write a thank you note to nurse [[PERSON|Precious]] on ward 7 who looked after my dad.",
    "Check my maths: [[PERSON|Ahmed]] paid 120, [[PERSON|Li]] paid 85 and I paid 40 for a 3-way split of 245. Who owes whom?",
    "Turn this into a polite Slack message: @[[ID_NUMBER|jpetrov]] please stop pasting the staging password [[PASSWORD|stg-Pl4typ0s]] in public channels.",
    "What does the tax code on my payslip mean? Name [[PERSON|Agnieszka Zielińska]], NI [[ID_NUMBER|JT 58 20 47 B]], code 1257L.",
    "Email to the bank: please cancel the standing order to [[IBAN_CODE|FR83 3000 4028 3700 0105 7312 K41]], payee [[PERSON|Hélène Dubois]].",
    "Can you tell [[PERSON|Mo]] in a nicer way that his van blocks my shop's loading bay every morning?",
    "Translate to Korean: My name is [[PERSON|Rachel Goldberg]] and my Korean number is [[PHONE_NUMBER|010-3847-2916]].",
    "Make a packing list for a week in Nairobi in July. I'm staying with [[PERSON|Wanjiru]] at [[STREET_ADDRESS|House 14, Riverside Grove, Westlands, Nairobi]].",
    "Our alarm panel asks for the master code when I change the batteries. Is [[PASSWORD|0852]] likely the installer default or ours?",
    "I'm a uni student. Write a short email to Prof. [[PERSON|Adeyemi]] asking for a one-week extension. Student no [[ID_NUMBER|2231874]], module CS204.",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Brenda]] from the surgery, call us back on [[PHONE_NUMBER|0161 496 0154]] about your blood results.'",
    "How do I rotate this key? [[API_KEY|live_sk_4Rt9Wq2ZmX7pLc8VbN1yKe3HuJ6dF0aS]] It sits in our .env and the intern who set it up has left.",
    "Write a note for the babysitter: kids are [[PERSON|Noor]] and [[PERSON|Zayd]], bedtime 8, my number [[PHONE_NUMBER|+971 50 418 2297]], front door code [[PASSWORD|1966]].",
    "Can you help me understand my lab report? Patient [[PERSON|Joaquín Herrera]], MRN [[ID_NUMBER|MRN-00718254]], HbA1c 7.4%, LDL 3.1.",
    "Write a 50-word toast for my best friend [[PERSON|Bilal]]'s wedding to [[PERSON|Hira]].",
    "Fix this SQL: SELECT * FROM users WHERE email = '[[EMAIL_ADDRESS|t.okonkwo@lagosfreight.ng]]' AND pass = '[[PASSWORD|Lagos#2023]]';",
    "I'm a shop owner. Customer [[PERSON|Ruth Anne Kimball]] paid by bank transfer from [[IBAN_CODE|IE20BOFI90001746228193]] but it hasn't arrived. Draft a message to her.",
    "Could you help me ask [[PERSON|김민준]] if he's free for dinner on Friday? Write it in casual Korean.",
    "My Steuer-ID is [[ID_NUMBER|47816930252]]. Where do I put it on the Anlage N?",
    "Plan a route for my deliveries tomorrow starting at [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]]. About 30 drops in Kreuzberg.",
    "Help me write a calm message to my ex [[PERSON|Jamal]] about the kids' passports; his new email is [[EMAIL_ADDRESS|jamal.reed84@outlook.com]].",
    "Draft an apology to our customer [[PERSON|Felicity Oduya]]: we shipped her order to [[STREET_ADDRESS|23 Jacaranda Ave, Hatfield, Pretoria 0083]] instead of her work address.",
]

# 100 records in the style of synthetic PII benchmark datasets: one person, one to four values.
SYNTH = [
    "Name: [[PERSON|Rafael Okonjo-Silva]] | Email: [[EMAIL_ADDRESS|rafa.os@brightmail.io]] | Phone: [[PHONE_NUMBER|+55 11 98734-2160]]",
    "[[PERSON|Hannelore Fischbach]], [[STREET_ADDRESS|Rosenweg 3, 04109 Leipzig]], Tel. [[PHONE_NUMBER|030 23125 784]]",
    "Patient: [[PERSON|Kaito Yamamoto]]; My Number [[ID_NUMBER|5172 9403 6817]]; tel [[PHONE_NUMBER|090-4182-7735]]",
    '{"name": "[[PERSON|Oluwaseun Adeleke]]", "email": "[[EMAIL_ADDRESS|seun.adeleke@kanoagro.com]]", "last_ip": "[[IP_ADDRESS|198.51.100.142]]"}',
    "Employee [[PERSON|Marta Nowicka]] (ID [[ID_NUMBER|E-30418]]) changed her salary account to [[IBAN_CODE|PL55 1140 2004 0000 3102 7839 1264]].",
    "Dear Mr [[PERSON|Thackeray]], your home policy [[ID_NUMBER|MTR-4471903]] renews on 1 August.",
    "[[PERSON|Li Wei]], resident ID [[ID_NUMBER|310104198706124831]], mobile [[PHONE_NUMBER|+86 135 0217 4468]]",
    "2024-11-03T08:14:22Z login user=[[ID_NUMBER|pvasquez]] src=[[IP_ADDRESS|203.0.113.9]] result=FAIL owner=[[PERSON|Paula Vásquez]]",
    "Customer [[PERSON|Aoife Gallagher]], PPS [[ID_NUMBER|8391246AA]], mobile [[PHONE_NUMBER|+353 86 730 4195]]",
    "Cardholder: [[PERSON|Dominik Horvat]] / Card: [[CREDIT_CARD|5180 6642 0937 2550]] / Exp 09/28",
    "[[PERSON|Sipho Ndlovu]], ID [[ID_NUMBER|9308155221086]], lives at [[STREET_ADDRESS|14 Protea Street, Rondebosch, Cape Town 7700]].",
    "Hi, I'm [[PERSON|Camille]], reach me at [[EMAIL_ADDRESS|camille.r@atelier-vert.fr]] or [[PHONE_NUMBER|+33 6 39 98 72 06]].",
    "SSN [[US_SSN|287-43-1186]] belongs to [[PERSON|Darnell Brooks]], born 1979.",
    "Member: [[PERSON|Patricia Ojo]], No. [[ID_NUMBER|GYM-884102]], locker PIN [[PASSWORD|5530]]",
    "Ship to: SSgt [[PERSON|Ramón Castillo]], [[STREET_ADDRESS|PSC 4127 Box 318, APO AE 09180]]",
    "BSN [[ID_NUMBER|318472600]] – [[PERSON|Femke de Vries]] – [[STREET_ADDRESS|Wilgenlaan 23, 3532 BK Utrecht]]",
    "Note: [[PERSON|Grzegorz Wójcik]], PESEL [[ID_NUMBER|92071463581]], requests a copy of his records.",
    "[[PERSON|Zeynep Arslan]] T.C. Kimlik No: [[ID_NUMBER|28473561972]] Adres: [[STREET_ADDRESS|Bağdat Cad. No:214 D:6, 34728 Kadıköy/İstanbul]]",
    "Account holder [[PERSON|Ivan Petrenko]], RNOKPP [[ID_NUMBER|3182746591]], tel [[PHONE_NUMBER|+380 67 412 8830]]",
    "[[PERSON|Sofía Martínez Ruiz]], DNI [[ID_NUMBER|53982417Z]], teléfono [[PHONE_NUMBER|+34 699 21 40 83]]",
    "Contact [[PERSON|Ming]] on [[PHONE_NUMBER|+65 9148 2730]] or [[EMAIL_ADDRESS|ming.tan@lionharbour.sg]]",
    "NRIC [[ID_NUMBER|S9054217F]] issued to [[PERSON|Tan Mei Ling]].",
    "Insured: [[PERSON|Harriet Coleman-Price]]; pet policy [[ID_NUMBER|PET-20931847]]; pet: Biscuit, beagle, 6.",
    "[[PERSON|Juan Pablo Restrepo]] [[PHONE_NUMBER|+57 310 482 7719]] [[EMAIL_ADDRESS|jprestrepo@correo.example.co]]",
    "username: [[ID_NUMBER|night_owl_77]] / password: [[PASSWORD|Owl$Hoot77]] / owner: [[PERSON|Kelechi]]",
    "Patient [[PERSON|Oskar Lind]], personnummer [[ID_NUMBER|900214-3825]], referred to cardiology.",
    "[[PERSON|Emily Hartwell]], [[STREET_ADDRESS|1847 Larkspur Lane, Apt 3B, Boise, ID 83704]], [[PHONE_NUMBER|208-555-0112]]",
    "From: [[PERSON|Rohan Mehta]] <[[EMAIL_ADDRESS|rohan.mehta@finlytics.in]]>\nSubject: March salary slip",
    "Aadhaar: [[ID_NUMBER|8305 6142 7795]] Name: [[PERSON|Lakshmi Narayanan]] Mobile: [[PHONE_NUMBER|+91 94432 18075]]",
    "[[PERSON|Chloé Lambert]] a payé par carte [[CREDIT_CARD|4539 8102 7746 1392]] le 12 mars.",
    "Tenant [[PERSON|Bukola Fashola]]: rent paid monthly to [[IBAN_CODE|BE25 0018 3247 9126]]",
    "[[PERSON|Jarrah]] ph [[PHONE_NUMBER|0491570737]] after 5pm",
    "Driver licence [[ID_NUMBER|D6101-48213-70914]] held by [[PERSON|Cody Marchetti]], [[STREET_ADDRESS|2210 Ridgecrest Dr, Reno, NV 89509]].",
    "[[PERSON|Nadia Haddad]] | IBAN [[IBAN_CODE|CH56 0483 5012 3456 7800 9]] | [[EMAIL_ADDRESS|nadia.haddad@alpenmail.ch]]",
    "HR note: [[PERSON|Moana Tupou]] (staff [[ID_NUMBER|4408193]]) on parental leave until March.",
    "Insurance line: [[PERSON|Vikram Chauhan]], policy [[ID_NUMBER|LIC/2291/774106]], nominee: spouse.",
    "Клиент: [[PERSON|Ольга Иванова]], тел. [[PHONE_NUMBER|+7 916 482-17-30]]",
    "Student [[PERSON|Tran Bao Ngoc]], email [[EMAIL_ADDRESS|ngoc.tran22@uni.example.edu]], ID [[ID_NUMBER|S22091847]]",
    "[[PERSON|Eamon Doyle]] left a voicemail from [[PHONE_NUMBER|028 9649 6213]] about his boiler service.",
    "Fatura para [[PERSON|Ana Sofia Lopes]], NIF [[ID_NUMBER|247518360]], morada [[STREET_ADDRESS|Rua do Almada 112, 4050-032 Porto]]",
    "Clinic log 14:02. [[PERSON|Bello]] called re results, callback [[PHONE_NUMBER|+234 809 227 4108]].",
    "Codice fiscale [[ID_NUMBER|BNCGNN92D55F205Y]], [[PERSON|Giovanna Bianchi]], [[STREET_ADDRESS|Via Garibaldi 88, 40124 Bologna]]",
    "contact: [[PERSON|hunter mcallister]], [[EMAIL_ADDRESS|hmcallister@ranchline.net]]",
    "Password reset requested for [[PERSON|Yasmin Rahimi]] ([[EMAIL_ADDRESS|y.rahimi@parsdesign.ir]]) from [[IP_ADDRESS|192.0.2.201]].",
    "[[PERSON|Henrik Aas]], fødselsnummer [[ID_NUMBER|12068945354]], konto [[IBAN_CODE|NO8915031948273]]",
    "Payroll: [[PERSON|Chiamaka Uzor]], emp [[ID_NUMBER|PR-77124]], SSN [[US_SSN|530-28-7764]]",
    "[[PERSON|Kalani]] - [[EMAIL_ADDRESS|kalani.surf@islemail.com]] - prefers email over calls",
    "Claim filed by [[PERSON|Brigid O'Sullivan]], travel policy [[ID_NUMBER|TRV-0093318]], card used [[CREDIT_CARD|3471 592806 44028]].",
    "[[PERSON|Ahmad Karimi]], [[STREET_ADDRESS|Avenue des Saisons 41, 1050 Ixelles]], numéro national [[ID_NUMBER|85.07.30-273.79]]",
    "Form row 17: [[PERSON|Esperanza Villalobos]], [[PHONE_NUMBER|+52 55 4127 8830]], [[STREET_ADDRESS|Av. Insurgentes Sur 1457, Col. Insurgentes Mixcoac, 03920 Ciudad de México]]",
    "Bio: [[PERSON|Thandiwe Mokoena]] is a freelance illustrator. Commissions: [[EMAIL_ADDRESS|thandi.draws@inkpot.co.za]].",
    "Wi-Fi for [[PERSON|Gus]]'s flat: network FlatFour, key [[PASSWORD|pickled-walrus-42]]",
    "[[PERSON|Ngaio Parata]] NHI [[ID_NUMBER|ZJK4823]] ph [[PHONE_NUMBER|+64 21 048 3372]]",
    "Isikukood [[ID_NUMBER|49005182734]]: [[PERSON|Kadri Tamm]], [[EMAIL_ADDRESS|kadri.tamm@mail.example.ee]]",
    "Kennitala [[ID_NUMBER|1807933219]], nafn [[PERSON|Hrafnhildur Einarsdóttir]], sími [[PHONE_NUMBER|+354 862 4107]]",
    "Rodné číslo [[ID_NUMBER|905612/4781]], jméno [[PERSON|Tereza Dvořáková]], tel. [[PHONE_NUMBER|+420 604 218 337]]",
    "CNP [[ID_NUMBER|2960315408716]] [[PERSON|Ioana Popescu]] [[STREET_ADDRESS|Str. Memorandumului 21, 400114 Cluj-Napoca]]",
    "RUT [[ID_NUMBER|17.482.615-3]], [[PERSON|Matías Fuentes]], [[PHONE_NUMBER|+56 9 8413 2760]]",
    "주민등록번호 [[ID_NUMBER|880415-1726319]] / 성명 [[PERSON|이도현]] / 휴대폰 [[PHONE_NUMBER|010-5528-1947]]",
    "TFN [[ID_NUMBER|382469179]] for [[PERSON|Bronwyn Kelly]], [[STREET_ADDRESS|58 Wattle Street, Ultimo NSW 2007]]",
    "Referral letter for [[PERSON|Hamid Qureshi]], hospital number [[ID_NUMBER|H0417729]], phone [[PHONE_NUMBER|+92 300 4718263]].",
    "SIN [[ID_NUMBER|046 381 927]], [[PERSON|Geneviève Tremblay]], [[STREET_ADDRESS|88 rue Saint-Denis, Montréal, QC H2X 3K8]]",
    "IP [[IP_ADDRESS|2001:db8::c0a8:1f]] mapped to subscriber [[PERSON|Lorenzo Gatti]], account [[ID_NUMBER|FB-00928461]].",
    "Call [[PERSON|Pooja]] on [[PHONE_NUMBER|9820417365]] tomorrow morning",
    "Alarm code for the [[PERSON|Haverford]] house: [[PASSWORD|8264]], set it when leaving.",
    "[[PERSON|Ruby Chen]] bought 2 tickets with card [[CREDIT_CARD|6011 4820 3377 9152]], receipt to [[EMAIL_ADDRESS|rubyc@pinecone.example.com]].",
    "Volunteer: [[PERSON|Abdirahman Warsame]], phone [[PHONE_NUMBER|+254 722 418 095]], shirt size L.",
    "Tenancy: [[PERSON|Eleftheria Georgiou]], [[STREET_ADDRESS|Odos Ermou 42, 105 63 Athina]], [[PHONE_NUMBER|+30 694 127 5583]]",
    "[[PERSON|Sigrid]]'s gym locker code is [[PASSWORD|3-17-29]]",
    "User [[ID_NUMBER|m.achterberg]] ([[PERSON|Maarten Achterberg]]) API token [[API_KEY|tok_7Hf2KqP9xV3mW8rLc1ZbT4nY]]",
    "[[PERSON|Fernanda Costa]], CPF [[ID_NUMBER|058.274.931-04]], cel [[PHONE_NUMBER|+55 21 99612-4073]]",
    "Loan applicant [[PERSON|Tobias Reinholt]], IBAN [[IBAN_CODE|AT20 2011 1829 4731 5506]], monthly net €2,840.",
    "Guest: [[PERSON|Priyanka Iyer]], room 412, booking [[ID_NUMBER|HTL-5502918]], card on file [[CREDIT_CARD|3541 7790 2286 0133]]",
    "[[PERSON|Malik]] wrote from [[EMAIL_ADDRESS|malik.j@crowncabs.co.uk]] asking about his fare.",
    "Dispatch: driver [[PERSON|Kostas]], vehicle 22, mobile [[PHONE_NUMBER|+44 20 7946 0917]]",
    "Letter: Dear [[PERSON|Winifred]], thank you for your gift. Your supporter number is [[ID_NUMBER|SUP-118204]].",
    "[[PERSON|Emre Yıldız]] <[[EMAIL_ADDRESS|emre.yildiz@karadeniz-lojistik.com.tr]]>, [[PHONE_NUMBER|+90 532 417 28 64]]",
    "Student record: [[PERSON|Lucía Fernández]], DNI [[ID_NUMBER|70315862D]], tutor group 3B.",
    "VPN session: user [[ID_NUMBER|achidi]] from [[IP_ADDRESS|198.51.100.77]], name on account [[PERSON|Achidi Nwachukwu]].",
    "[[PERSON|Phạm Văn Đức]], passport [[ID_NUMBER|C2918374]], [[STREET_ADDRESS|18 Ngõ 42 Trần Duy Hưng, Cầu Giấy, Hà Nội]]",
    "Henkilötunnus [[ID_NUMBER|210794-318P]], [[PERSON|Aino Korhonen]], IBAN [[IBAN_CODE|FI52 1590 3000 4127 56]]",
    "Clinical note: [[PERSON|Grace Achieng]], MRN [[ID_NUMBER|KNH-2290417]], BP 150/95, review in 2 weeks.",
    "[[PERSON|Stanisław]]: [[EMAIL_ADDRESS|stan.k@poczta.example.pl]], prefers calls after 6",
    "Reservation under [[PERSON|Okoro]], party of 4, contact [[PHONE_NUMBER|(312) 555-0164]]",
    "[[PERSON|Harper Lindqvist]] SSN [[US_SSN|048-91-2357]] DOB 03/22/1990",
    "Donor card: [[PERSON|Rafiq Chowdhury]], blood group O+, phone [[PHONE_NUMBER|+880 1712 408 336]]",
    "Profile: [[PERSON|Celeste Amaral]], 34, nurse, [[STREET_ADDRESS|Rua das Acácias 215, apto 42, Pinheiros, São Paulo - SP, 05422-010]]",
    "Payment from [[PERSON|Viktor Halász]] with card [[CREDIT_CARD|2221-0463-8815-9024]] declined, IP [[IP_ADDRESS|203.0.113.58]]",
    "[[PERSON|Kaveh]] set the shared drive password to [[PASSWORD|Persepolis!19]]",
    "[[PERSON|Leilani Kahale]], [[STREET_ADDRESS|94-1021 Waipio Uka St, Waipahu, HI 96797]], [[PHONE_NUMBER|(808) 555-0133]]",
    "[[PERSON|Nikhil Bhattacharya]], employee [[ID_NUMBER|INF-204718]], Aadhaar [[ID_NUMBER|5914 0268 3732]]",
    "[[PERSON|Ilse van Dijk]] BSN [[ID_NUMBER|173049527]] tel [[PHONE_NUMBER|+31 6 4172 8830]]",
    "Deliver to [[PERSON|Faith Baker]], [[STREET_ADDRESS|4 Glenview Park, Tallaght, Dublin 24, D24 X2T7]]",
    "Account [[ID_NUMBER|0048-221937]] belongs to [[PERSON|Moshe Azoulay]], email [[EMAIL_ADDRESS|moshe.az@galil.example.co.il]]",
    "Contact: [[PERSON|محمد العتيبي]] — [[PHONE_NUMBER|+966 55 418 2736]]",
    "Customer (Greek): [[PERSON|Ελένη Παπαδοπούλου]], [[EMAIL_ADDRESS|eleni.pap@thessmail.gr]]",
    "[[PERSON|Lachlan Ward]] TFN [[ID_NUMBER|714503825]] super fund member [[ID_NUMBER|SF-3308127]]",
    "[[PERSON|Mackenzie Roy]], SIN [[ID_NUMBER|512 904 731]], [[PHONE_NUMBER|+1 604 555 0171]]",
    "[[PERSON|Nurul Huda binte Ismail]] NRIC [[ID_NUMBER|T0318846E]] HP [[PHONE_NUMBER|+65 8273 0419]]",
    "NHS [[ID_NUMBER|6105547021]], [[PERSON|Gethin Pryce]], registered at a Cardiff GP, tel [[PHONE_NUMBER|029 2018 0447]]",
]

# 100 clean texts: no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that cities should replace surface parking lots with community gardens.",
    "Compose a sequence of three haiku about the first snowfall in a mountain village.",
    "Imagine you are a medieval blacksmith explaining to a new apprentice why tempering matters. Stay in character.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "A train leaves a station at 3 pm at 80 km/h; another leaves the same station at 4 pm at 100 km/h on the same track. When does the second catch the first?",
    "Explain the difference between TCP and UDP to a high-school student, using an everyday analogy.",
    "Describe how photosynthesis converts light energy into chemical energy in under 150 words.",
    "Pretend to be a tour guide in ancient Rome and describe a day at the Colosseum to a group of visitors.",
    "Write a SQL query that finds the second highest salary in an employees table, handling ties.",
    "What are the main arguments for and against a four-day working week? Give three of each.",
    "Draft a product description for a solar-powered camping lantern aimed at young families.",
    "A bat and a ball cost $1.10 in total, and the bat costs $1.00 more than the ball. How much is the ball? Explain the common mistake.",
    "Implement binary search in JavaScript and write three unit tests for it.",
    "Explain what a p-value is and why a threshold of 0.05 is a convention rather than a law of nature.",
    "Act as a Socratic tutor and help me work out why the sky is blue without telling me the answer directly.",
    "Write a short story that begins with the line 'The lighthouse had been dark for eleven years.'",
    "Compare mercantilism and free trade in a table with columns for goals, tools and criticisms.",
    "Given the list [3, 8, 1, 9, 4], walk through every step of insertion sort.",
    "How would you design a URL shortener? Cover storage, key generation, redirects and scaling.",
    "Rewrite this sentence in a formal tone: 'The meeting got pushed cause nobody showed up.'",
    "Explain entropy in thermodynamics and in information theory, and how the two ideas relate.",
    "Write a limerick about a cat who learns to program in Rust.",
    "What would happen to Earth's tides and climate if the Moon were twice as far away?",
    "Write a regular expression that matches ISO 8601 dates such as 2024-03-15 and explain each part.",
    "You are the host of a cooking show. Explain to a nervous beginner how to make a classic French omelette.",
]

CLEAN_GSM8K = [
    "Maya buys 3 notebooks at $2.50 each and a pen for $1.20. She pays with a $10 bill. How much change does she get?",
    "A bakery makes 144 muffins and packs them in boxes of 6. Tomas sells 17 boxes in the morning. How many boxes are left?",
    "Priyanka reads 12 pages a day for 5 days, then 20 pages a day for 3 days. How many pages has she read in total?",
    "Leo has twice as many marbles as Ada. Together they have 54 marbles. How many marbles does Leo have?",
    "Kofi has 48 hens and each lays 5 eggs a week. He sells the eggs in cartons of 12. How many cartons does he fill in 2 weeks?",
    "Sofia walks 2.4 km to school and the same distance back each day. How far does she walk in a 5-day school week?",
    "A shirt costs $40. It is discounted by 25%, and Hana has a coupon for a further 10% off the sale price. How much does Hana pay?",
    "Omar saves $15 a week. He wants a bike that costs $255. How many weeks must he save?",
    "A class of 28 students splits into groups of 4, and each group needs 3 poster boards. How many poster boards does Ines need to buy?",
    "Jamal ran 5 km on Monday, 3 km more than that on Tuesday, and half of Tuesday's distance on Wednesday. How far did he run in total?",
    "Elif fills a 250-litre tank. It leaks 4 litres per hour. How many litres remain after 18 hours?",
    "Chen buys 6 packs of stickers with 25 stickers in each and gives away 40. How many stickers does he keep?",
    "Rosa earns $18 an hour and works 7 hours a day, 4 days a week. How much does she earn in 3 weeks?",
    "A pizza is cut into 12 slices. Ben eats a quarter of it and Zara eats a third. How many slices are left?",
    "Aiko plants 5 rows of tulips with 14 bulbs in each row. 9 bulbs do not sprout. How many tulips grow?",
    "A bus leaves the depot with 42 passengers. At the first stop 15 get off and 8 get on; at the second stop 11 get off. How many passengers does Nikolai still have on board?",
    "Grace buys 4 kg of apples at $3.20 per kg and 2 kg of pears at $4.10 per kg. How much does she spend?",
    "Mateo is 3 times as old as his sister Lucia. In 5 years he will be twice her age. How old is Lucia now?",
    "A recipe needs 3/4 cup of sugar per batch. Freya makes 6 batches. How many cups of sugar does she need?",
    "Kwame's phone battery drops 8% every hour, starting at 100%. After how many full hours is it below 30%?",
    "A library has 1,200 books. 35% are fiction and a quarter of the rest are biographies. Asha counts the biographies. How many are there?",
    "Yusuf drives 360 km on 24 litres of fuel. How many litres will he need for a 540 km trip?",
    "Isla buys a $600 laptop, pays 20% up front and the rest in 8 equal monthly payments. How much is each payment?",
    "Dev, Mia and Sam share 75 stickers in the ratio 2:3:5. How many stickers does Sam get?",
    "Nora's garden is 12 m by 8 m. She fences all around it except for a 2 m gate. Fencing costs $9 per metre. How much does she spend?",
]

CLEAN_MMLU = [
    "Which of the following is the primary function of ribosomes? A) Lipid synthesis B) Protein synthesis C) ATP production D) DNA replication",
    "Who wrote 'An Inquiry into the Nature and Causes of the Wealth of Nations'? A) John Locke B) Adam Smith C) David Hume D) Thomas Hobbes",
    "The Peace of Westphalia (1648) is best known for: A) Ending the Hundred Years' War B) Establishing the principle of state sovereignty C) Founding the League of Nations D) Dividing Africa among colonial powers",
    "What is the derivative of x·sin(x)? A) cos(x) B) sin(x) + x·cos(x) C) sin(x) − x·cos(x) D) x·cos(x)",
    "Which amendment to the US Constitution abolished slavery? A) 10th B) 13th C) 15th D) 19th",
    "In Keynesian economics, an increase in government spending during a recession is expected to: A) Reduce aggregate demand B) Increase aggregate demand C) Have no effect on output D) Lower the money supply",
    "Which philosopher is associated with the categorical imperative? A) Immanuel Kant B) John Stuart Mill C) Friedrich Nietzsche D) Søren Kierkegaard",
    "A 0.5 kg ball moving at 4 m/s has a kinetic energy of: A) 1 J B) 2 J C) 4 J D) 8 J",
    "Which organelle in animal cells contains its own DNA? A) Golgi apparatus B) Lysosome C) Mitochondrion D) Ribosome",
    "Who was the leading figure of the Haitian Revolution? A) Simón Bolívar B) Toussaint Louverture C) José de San Martín D) Miguel Hidalgo",
    "The worst-case time complexity of heapsort is: A) O(n) B) O(n log n) C) O(n²) D) O(log n)",
    "Which is a characteristic of a perfectly competitive market? A) Few sellers B) Price-setting firms C) Identical products D) High barriers to entry",
    "Marie Curie received Nobel Prizes in which two fields? A) Physics and Chemistry B) Chemistry and Medicine C) Physics and Medicine D) Chemistry and Peace",
    "Under the Uniform Commercial Code, a contract for the sale of goods for $500 or more generally must be: A) Notarised B) In writing C) Witnessed by two people D) Registered with the state",
    "The main cause of the seasons on Earth is: A) Distance from the Sun B) The tilt of Earth's axis C) Solar flares D) The Moon's orbit",
    "Which psychologist proposed a hierarchy of needs? A) B. F. Skinner B) Abraham Maslow C) Carl Jung D) Jean Piaget",
    "A right triangle has legs of 6 and 8. Its hypotenuse is: A) 9 B) 10 C) 12 D) 14",
    "Which of the following is NOT a noble gas? A) Argon B) Neon C) Nitrogen D) Xenon",
    "The Meiji Restoration took place in which country? A) China B) Korea C) Japan D) Vietnam",
    "Which fallacy attacks the person making an argument rather than the argument itself? A) Straw man B) Ad hominem C) Slippery slope D) False dilemma",
    "The first emperor of a unified China was: A) Kublai Khan B) Qin Shi Huang C) Liu Bang D) Sun Yat-sen",
    "Which hormone lowers blood glucose levels? A) Glucagon B) Adrenaline C) Insulin D) Cortisol",
    "In accounting, depreciation is recorded in order to: A) Increase an asset's value B) Allocate an asset's cost over its useful life C) Pay suppliers D) Recognise revenue early",
    "Who formulated the three laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Tycho Brahe D) Nicolaus Copernicus",
    "What is the pH of a neutral aqueous solution at 25 °C? A) 0 B) 5 C) 7 D) 14",
]

CLEAN_HEALTH = [
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "What are the early signs of a stroke I should watch for in an elderly parent?",
    "I've had a dry cough for three weeks after a cold. When should I see a doctor?",
    "How much water should I drink per day while pregnant?",
    "Can I drink alcohol while I'm taking amoxicillin?",
    "My blood pressure reading was 145/92. Is that high, and what lifestyle changes help?",
    "What's the difference between type 1 and type 2 diabetes?",
    "How long is someone contagious after starting antibiotics for strep throat?",
    "Is it normal to feel dizzy for a few seconds when I stand up quickly?",
    "Which foods should I avoid if I have gout?",
    "How do I know if a burn from the oven needs medical attention?",
    "What are the side effects of statins, and are muscle aches common?",
    "My toddler has a temperature of 38.5 °C. When should I worry and call someone?",
    "Can stress cause chest pain, and how can I tell it apart from a heart problem?",
    "How often do adults need a tetanus booster?",
    "Is it okay to go for a run when I have a mild head cold?",
    "What does a high TSH result on a blood test usually mean?",
    "How should I store my insulin when travelling somewhere hot?",
    "What are the common symptoms of iron deficiency anaemia?",
    "I get heartburn most nights after dinner. What can I do apart from taking antacids?",
    "How long should I wait before swimming after getting a new tattoo?",
    "Is tingling in my fingers at night a sign of carpal tunnel syndrome?",
    "Which vaccines are usually recommended before a trip to Southeast Asia?",
    "Can I take melatonin every night for sleep, or does it become habit-forming?",
    "What is the recommended daily caffeine limit for a healthy adult?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "721 804 3399": nhs_ok,
    "6105547021": nhs_ok,
    "1 84 07 75 116 231 07": nir_ok,  # French NIR
    "317.862.049-40": cpf_ok,  # Brazilian CPF
    "058.274.931-04": cpf_ok,
    "RSSMRC88T21L219L": codice_fiscale_ok,  # Italian codice fiscale
    "BNCGNN92D55F205Y": codice_fiscale_ok,
    "4627 3918 0557": aadhaar_ok,  # Indian Aadhaar
    "8305 6142 7795": aadhaar_ok,
    "5914 0268 3732": aadhaar_ok,
    "2953 71843 1": medicare_ok,  # Australian Medicare card
    "Y4071936F": dni_ok,  # Spanish NIE
    "53982417Z": dni_ok,  # Spanish DNI
    "70315862D": dni_ok,
    "47816930252": steuer_id_ok,  # German tax id
    "5172 9403 6817": my_number_ok,  # Japanese My Number
    "310104198706124831": china_id_ok,  # Chinese resident identity number
    "8391246AA": pps_ok,  # Irish PPS number
    "9308155221086": luhn_len(13),  # South African id
    "318472600": bsn_ok,  # Dutch BSN
    "173049527": bsn_ok,
    "92071463581": pesel_ok,  # Polish PESEL
    "28473561972": kimlik_ok,  # Turkish kimlik
    "3182746591": rnokpp_ok,  # Ukrainian RNOKPP
    "S9054217F": nric_ok,  # Singapore NRIC
    "T0318846E": nric_ok,
    "900214-3825": luhn_len(10),  # Swedish personnummer
    "247518360": nif_ok,  # Portuguese NIF
    "12068945354": fodselsnummer_ok,  # Norwegian fødselsnummer
    "85.07.30-273.79": belgian_id_ok,  # Belgian national number
    "ZJK4823": nhi_ok,  # New Zealand NHI
    "49005182734": isikukood_ok,  # Estonian isikukood
    "1807933219": kennitala_ok,  # Icelandic kennitala
    "905612/4781": rodne_cislo_ok,  # Czech rodné číslo
    "2960315408716": cnp_ok,  # Romanian CNP
    "17.482.615-3": rut_ok,  # Chilean RUT
    "880415-1726319": rrn_ok,  # Korean resident registration number
    "382469179": tfn_ok,  # Australian tax file number
    "714503825": tfn_ok,
    "046 381 927": luhn_len(9),  # Canadian SIN
    "512 904 731": luhn_len(9),
    "210794-318P": hetu_ok,  # Finnish henkilötunnus
}

# Every phone, once spaces, dots, dashes and brackets are dropped, must match one of these:
# ranges kept for fiction where the country has one, the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"(\+44|0)(7700900|2079460|1(1[1-8]|[2-6]1)4960|2920180|2896496|1632960)\d{3}",  # UK drama ranges
        r"(\+?1)?\d{3}55501\d{2}",  # North America 555-0100 to 555-0199
        r"(\+61|0)491570\d{3}",  # Australian fictional mobiles
        r"(\+33|0)(63998|19900)\d{4}",  # France, fiction ranges
        r"(\+49|0)(3023125|4066969|6990009|8999998)\d{3}",  # Germany, fiction ranges
        r"0[789]0\d{8}",  # Japan mobile
        r"010\d{8}",  # South Korea mobile
        r"[6-9]\d{9}",  # India mobile without the country code
        r"\+(7|27|30|31|34|52|55|56|57|64|65|84|86|90|91|92|233|234|254|353|354|380|420|880|966|971)\d{6,12}",  # no fiction range known
    )
]


def check_values(texts: list[str]) -> None:
    """Phones in the listed layouts, IPs from documentation ranges, IBANs valid and no
    documentation example."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            compact = re.sub(r"[\s().-]", "", value)
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(compact) for p in PHONES):
                raise SystemExit(f"phone {value!r} outside the listed layouts")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            iban = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (iban in DOCUMENTATION_IBANS or not iban_ok(iban)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def check_mix() -> None:
    """Each benchmark-style record names one person and holds one to four other values; the
    chat requests name people and carry contacts, secrets, a military address and names in
    other scripts."""
    for marked in SYNTH:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"synth: want a name and 1 to 4 values in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 80 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    pii = CHAT + SYNTH
    plain = " ".join(strip_marks(t)[0] for t in pii)
    if plain.count("APO ") + plain.count("DPO ") < 2:
        raise SystemExit("too few military addresses")
    scripts = sum(
        s["type"] == "PERSON" and ord(s["value"][0]) > 0x24F for t in pii for s in marked_spans(t)
    )
    if scripts < 6:
        raise SystemExit(f"only {scripts} names in other scripts")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "synth": (SYNTH, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + SYNTH
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("synth", SYNTH, SYNTH_WORDS, (2, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind83", HERE, sections, {"chat", "synth"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
