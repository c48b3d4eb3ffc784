# ruff: noqa: E501
"""A seventy-eighth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); check digits of ids, cards and IBANs were worked out
for hand-picked bodies and typed in.

* 120 short chat requests to a general assistant (3 to 100 words) from students, retirees,
  freelancers, gamers, parents, tenants and small-business owners: drafting, replying,
  translating, summarising, fixing code, planning, calculating and advice about their own
  life, money, school, health, travel, home and accounts. The first 30 are typed all in
  lower case; the next 5 are in Spanish, Portuguese, German, French and Dutch. Names stand
  alone, as surnames after a title, in lower case, in other scripts or are also ordinary
  words (Hope, Grace, Pearl, Joy, Reed, Hunter, Amber, Summer, dawn); secrets come with or
  without a cue word (passwords, passphrases, PINs, door, gate and lockbox codes, wifi keys,
  one-time codes), with phones, e-mails, usernames, account, member, policy, booking,
  student, employee and patient numbers, national ids, cards, IBANs, SSNs, IPs, API keys
  and addresses of many countries, one of them military.
* 100 records in the style of synthetic PII dataset generators (4 to 60 words), one invented
  person each with one to four values besides the name: "X's phone number is ...",
  "Please send the invoice to X at ...", customer-service utterances, profile bios, form
  rows, log lines, bank, HR, insurance and clinical lines; names of many origins, hyphenated
  and multi-part surnames, names in Chinese, Korean, Cyrillic, Greek and Arabic script;
  addresses of many countries written small-to-large and large-to-small,
  one military.

Labels are direct identifiers only: usernames and logins, account, customer, member,
employee, student, patient, policy and booking numbers, passports, driver licences and
national and tax ids are ID_NUMBER; PINs, door, gate, alarm and lockbox codes, wifi keys,
one-time codes, passphrases and passwords are PASSWORD; titles and relation words (Mr, Mrs,
Ms, Dr, Sergeant, my son) stay outside PERSON spans; an address span runs from the street
line through postcode and city as typed; public figures, fictional characters, brands,
places, order, invoice, ticket and tracking numbers and dates of birth are not labelled;
every occurrence of a private value is marked. The 100 clean texts hold no personal data:
25 MT-Bench/Vicuna-style prompts, 25 GSM8K-style word problems with fictional first names,
25 MMLU-style items with options A to D (some naming historical figures) and 25
patient-style health questions naming no one.

The builder only checks the values: phones from ranges kept for fiction where the country
has one (UK 07700 900, 020 7946 0, 0113/0161 496 0, 01632 960; North America 555-01xx;
Australia 0491 570; France 06 39 98; Germany 030 23125, 040 66969) and in the country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and
not documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (listed in ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind78.py`` from the repository root; the output is
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
OTHER_LANGUAGES = 5
MIN_CHARS = 15
MAX_WORDS = 120
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Sergeant|SPC|Herr|Frau|Mme|Sra|Doña|Señora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all lower case, then 5 in other languages, then 85 in English.
CHAT = [
    # all lower case
    "can you write a short text to my landlord [[PERSON|ahmed qureshi]] saying the boiler at [[STREET_ADDRESS|flat 3, 19 cranbrook road, bristol bs6 7bs]] has stopped again? his number is [[PHONE_NUMBER|07700 900431]]",
    "my grandson set up my email and wrote the password on a sticky note: [[PASSWORD|sunflower1953]]. is that safe enough for a 71 year old or should i change it",
    "help me reply to [[PERSON|priya]] from the study group, she wants my organic chem notes before tuesday. her email is [[EMAIL_ADDRESS|priya.nair03@studentmail.ac.uk]]",
    "translate to spanish: hi, i'm [[PERSON|tom reilly]], i booked the room for two nights, my phone is [[PHONE_NUMBER|+44 7700 900218]]",
    "whats a good way to remember my new bank pin [[PASSWORD|6403]] without writing it down anywhere",
    "my steam login is [[ID_NUMBER|n0scope_goblin77]] and someone changed the password, the old one was [[PASSWORD|goblinmode!2019]]. how do i get the account back",
    "write a quick note to mrs [[PERSON|okonjo]] saying [[PERSON|leo]] was off with a fever yesterday and will be back on thursday",
    "invoice for a freelance logo job: client [[PERSON|ben whitfield]], [[STREET_ADDRESS|22 harbour view, falmouth tr11 3ay]], 14 hours at £35. just do the maths and the wording",
    "pls fix my grammar: dear mr [[PERSON|lindqvist]], i am writing about the apartment at [[STREET_ADDRESS|storgatan 19b, 114 51 stockholm]], my personnummer is [[ID_NUMBER|920914-7389]]",
    "my wifi password is [[PASSWORD|cheesetoastie42]] and my kids keep giving it to their mates. how do i change it on the router",
    "how do i split the electric bill fairly, [[PERSON|jess]] paid £84, [[PERSON|marco]] paid £40 and i havent paid anything yet",
    "my uncle [[PERSON|suresh venkataraman]] needs his aadhaar linked to his pan card, aadhaar is [[ID_NUMBER|3874 1029 5647]]. what are the steps",
    "text for the dog walker [[PERSON|kayleigh]]: gate code is [[PASSWORD|1870#]], key is under the blue pot, dont let him off the lead near the park",
    "how do i tell [[PERSON|dawn]] from accounts that her expense claim got rejected without sounding rude",
    "retired teacher here, the pension form asks for my address and ni number. is it ok to put [[STREET_ADDRESS|7 orchard close, kendal la9 4qt]] and [[ID_NUMBER|jt 48 27 19 c]] in a normal email or should i post it",
    "write a birthday message for my best friend [[PERSON|nkechi]] who turns 30, keep it funny and short",
    "my student id is [[ID_NUMBER|s2284719]] and the uni portal says its locked, draft an email to it support",
    "can you check this iban is right before i pay my brother [[PERSON|karel]] back: [[IBAN_CODE|nl12 rabo 0318 7429 06]]",
    "my daughter [[PERSON|amélie]] has a dentist appointment at [[STREET_ADDRESS|14 rue des tanneurs, 69002 lyon]], how long is it by tram from part-dieu",
    "hey can u make a discord bio for me, name [[PERSON|kenji]], 19, plays valorant badly, add my tag [[ID_NUMBER|kenjiwashere#4417]]",
    "give me a trick to memorise the shop alarm code [[PASSWORD|9174]], [[PERSON|gary]] will kill me if i set it off again",
    "rewrite this in a nicer tone: [[PERSON|sophie]] you still owe me £120 for the festival tickets, send it to account [[ID_NUMBER|40318827]]",
    "my mother in law [[PERSON|halina wiśniewska]] needs a letter to the nfz, her pesel is [[ID_NUMBER|85112304677]]. make it formal please",
    "calculate how much [[PERSON|oyelaran]] owes me if i lent him 250 at 3% a month for 5 months",
    "my ip keeps getting banned on the minecraft server, its [[IP_ADDRESS|203.0.113.58]], how do i appeal to the mods",
    "someone called [[PERSON|frank delgado]] keeps texting me from [[PHONE_NUMBER|(312) 555-0147]] saying hes from my bank, is this a scam",
    "help me plan a week of low salt meals for my dad [[PERSON|ivan]] who just had a stent, i'll order the groceries to his flat at [[STREET_ADDRESS|ul. marszałkowska 84/12, 00-514 warszawa]]",
    "write a thank you card for [[PERSON|summer]]'s mum who drove the kids to the match",
    "new phone, need to move my authenticator. backup code [[PASSWORD|8842-1937]], email [[EMAIL_ADDRESS|jrobles.design@fastmail.com]]. whats the order of steps",
    "translate into german for the landlord: my name is [[PERSON|fatima el-amin]], flat 2 at [[STREET_ADDRESS|lindenstraße 42, 10969 berlin]], the heating hasnt worked since monday",
    # other languages
    "¿Puedes redactar un correo para la señora [[PERSON|Remedios Ortega Blanco]] diciendo que le haré la transferencia del alquiler desde mi cuenta [[IBAN_CODE|ES13 0182 3164 8602 0158 7932]] el día 5? Mi teléfono es [[PHONE_NUMBER|+34 612 48 93 07]].",
    "Preciso de uma mensagem educada para o síndico do prédio. Meu nome é [[PERSON|Rafael dos Santos Oliveira]], moro na [[STREET_ADDRESS|Rua Augusta, 1520, apto 74, Consolação, São Paulo - SP, 01304-001]] e meu CPF é [[ID_NUMBER|315.826.047-62]].",
    "Kannst du mir helfen, eine Kündigung für mein Fitnessstudio zu schreiben? Mitgliedsnummer [[ID_NUMBER|FS-204718]], Name [[PERSON|Jürgen Aßmann]], Telefon [[PHONE_NUMBER|030 23125 614]].",
    "Corrige ce message stp : « Bonjour, je suis [[PERSON|Anne-Sophie Lefèvre]], mon numéro de sécu est [[ID_NUMBER|2 84 07 75 115 042 79]], je voudrais un rendez-vous pour ma fille. » Merci !",
    "Kun je dit naar het Engels vertalen? Beste [[PERSON|Jan-Willem]], mijn BSN is [[ID_NUMBER|305718460]] en mijn nieuwe adres is [[STREET_ADDRESS|Van Woustraat 118-2, 1073 LT Amsterdam]]. Groet, [[PERSON|Marloes de Graaf]]",
    # English
    "Draft a polite reminder to Mrs [[PERSON|Achterberg]] that rent for [[STREET_ADDRESS|Flat 4, 27 Elmfield Terrace, Leeds LS6 2PQ]] is five days late.",
    "Please summarise this voicemail: 'Hi, it's [[PERSON|Declan]] from the garage, your car's ready, call me back on [[PHONE_NUMBER|0161 496 0825]].'",
    "I'm a freelance illustrator. Write an invoice footer with my IBAN [[IBAN_CODE|DE72 2105 0020 9834 1672 05]] and tax ID [[ID_NUMBER|58 274 193 067]], name [[PERSON|Lena Hoffmann-Kaya]].",
    "Write a permission slip reply: [[PERSON|Oscar Mwangi]] may attend the museum trip. Emergency contact [[PHONE_NUMBER|+254 712 384 905]].",
    "Rate my new password: [[PASSWORD|Hedgehog$Lantern88]]. Too short?",
    "Can you remind me what to pack for [[PERSON|Grace]]'s sleepover? She's allergic to nuts.",
    "Calculate my monthly repayments: loan account [[ID_NUMBER|LN-88410273]], £12,500 over 48 months at 6.9% APR.",
    "Retired, 74. How do I appeal a parking fine from the council? The ticket went to [[STREET_ADDRESS|12 Pendle Walk, Burnley BB10 3EX]] but I sold that car in March.",
    "Help me write a LinkedIn recommendation for [[PERSON|Oluwaseun Adeyemi-Bakare]], my former team lead at a fintech startup.",
    "Translate to Japanese: Please deliver to [[PERSON|Sakura Yamamoto]], [[STREET_ADDRESS|3-14-7 Nishiazabu, Minato-ku, Tokyo 106-0031]], tel [[PHONE_NUMBER|090-3821-7465]].",
    "My Steam Guard code isn't arriving. Account name [[ID_NUMBER|ShadowFox_1138]], email on file [[EMAIL_ADDRESS|m.kowalczyk99@wp.pl]]. What else can I try?",
    "Write a short apology to [[PERSON|Hope]] for missing her piano recital on Friday.",
    "Fix this SQL: SELECT * FROM users WHERE email = '[[EMAIL_ADDRESS|d.ferreira@outlook.pt]]' AND pwd = '[[PASSWORD|Lisboa#2021]]'",
    "Write a short email to the school office saying [[PERSON|Isla McAllister]] will be absent on the 12th for a hospital appointment. Her student number is [[ID_NUMBER|ST-0048213]].",
    "Plan a 3-day Lisbon trip for me and [[PERSON|Chidi]]. Booking ref is [[ID_NUMBER|ABX4K2]] if that helps with the hotel dates.",
    "Help me answer my bank: they say a payment from card [[CREDIT_CARD|4539 1786 0243 5519]] to an online casino was me. It wasn't. Draft a dispute letter from [[PERSON|Graham Pettigrew]].",
    "How do I stop Chrome saving passwords? It popped up with [[PASSWORD|fido&biscuit22]] for my vet portal and I panicked.",
    "Write me a cover letter intro. I'm [[PERSON|Aditi Raghunathan]], final-year CS student, contact [[EMAIL_ADDRESS|aditi.r@iitm-alumni.in]] / [[PHONE_NUMBER|+91 98452 17630]].",
    "Our babysitter [[PERSON|Marisol]] starts Monday. Make a one-page info sheet: door code [[PASSWORD|4472]], our mobiles [[PHONE_NUMBER|07700900872]] and [[PHONE_NUMBER|07700 900 117]], bedtime 7:30.",
    "Convert this to a CSV row: Name: [[PERSON|Kwame Mensah-Asante]] / Member no: [[ID_NUMBER|GYM-55172]] / Phone: [[PHONE_NUMBER|+233 24 418 7725]]",
    "My account got hacked on Roblox. Username [[ID_NUMBER|blocky_bea2011]], parent email [[EMAIL_ADDRESS|claire.beaumont@btinternet.com]]. How do we report it?",
    "What's the tax on a £3,200 bonus? Payroll number [[ID_NUMBER|E-77120]] if the calculator needs it.",
    "Can you make this bio shorter? '[[PERSON|Ngozi Eze]] is a Lagos-based ceramicist whose studio at [[STREET_ADDRESS|23 Adeola Odeku Street, Victoria Island, Lagos 101241]] is open by appointment.'",
    "Setting up SSH on a new VPS. Server IP [[IP_ADDRESS|198.51.100.23]], user [[ID_NUMBER|deploy_mattias]]. Why does it say permission denied (publickey)?",
    "Reply in Chinese to my landlord [[PERSON|吴建国]]: the rent will be three days late because my salary is delayed.",
    "Is this card number typed right? [[CREDIT_CARD|5412 7790 3318 6040]]. I'm booking the ferry for [[PERSON|Bill]] and me.",
    "My late husband's pension letters use his SSN [[US_SSN|412-58-7390]] as the reference. What documents do I need to claim survivor benefits?",
    "Summarise in 3 bullets for the committee: [[PERSON|Hamza El Idrissi]] resigned as treasurer; [[PERSON|Wiebke Sørensen]] takes over; her email is [[EMAIL_ADDRESS|wiebke.sorensen@posteo.de]].",
    "Help! I typed my card PIN [[PASSWORD|3391]] into a text by mistake and sent it to an unknown number. What do I do first?",
    "Write a text to my neighbour [[PERSON|Pearl]] asking if she can feed the cat while we're in Crete. The key safe code is [[PASSWORD|3108]].",
    "Calculate the late fee: policy [[ID_NUMBER|HX-4402917-B]], premium £46.20, 18 days overdue at 1.5% per month.",
    "My OpenAI key [[API_KEY|sk-proj-Vt7wQ2mLx9RpK4bN8cZd3HyJ]] leaked in a public repo. What's the fastest way to rotate it?",
    "Proofread my Airbnb message: Hi [[PERSON|Giovanni]], we'll arrive around 9pm at [[STREET_ADDRESS|Via Garibaldi 117, 40124 Bologna BO]]. Could you leave the key box code? Thanks, [[PERSON|Ruth Abernathy]]",
    "Parent here. The school portal login is [[ID_NUMBER|parent.nkosi41]] and it says my password [[PASSWORD|Soweto@1994]] expired. How do I reset it if the email never comes?",
    "Turn this into a polite email to HR: my employee number is [[ID_NUMBER|00418276]] and my payslip still shows my old address, [[STREET_ADDRESS|5 Kloof Street, Gardens, Cape Town, 8001]].",
    "Which is safer: [[PASSWORD|marigold-tractor-velvet-91]] or [[PASSWORD|M@rig0ld91]]?",
    "Help me write a condolence note to [[PERSON|Siobhán Ní Bhriain]] whose father died last week.",
    "My gym keeps charging me after I cancelled. Membership [[ID_NUMBER|PG-310877]]. Draft a chargeback request to my bank.",
    "My passport [[ID_NUMBER|533817246]] expires next June. Can I still visit Thailand in April?",
    "Gamer here: write a clan recruitment post. Contact me on Discord as [[ID_NUMBER|vexa.exe]] or email [[EMAIL_ADDRESS|vexa.plays@gmail.com]].",
    "Translate into Korean for the delivery driver: [[STREET_ADDRESS|12, Wausan-ro 29-gil, Mapo-gu, Seoul 04066]], call [[PHONE_NUMBER|010-4827-1936]] when you arrive.",
    "Can you work out how much I owe [[PERSON|Amber]]? We split a £96 taxi four ways and she paid the lot.",
    "Write a short reference for our cleaner [[PERSON|Danuta]], who has worked for us for six years.",
    "My Aadhaar [[ID_NUMBER|6152 8830 4171]] is linked to an old mobile. How do I update it to [[PHONE_NUMBER|+91 99021 48376]]?",
    "Please fix my VBA macro: it should email [[EMAIL_ADDRESS|h.tanaka@marusho-trading.co.jp]] every Friday but it throws error 287.",
    "I'm 68 and new to online banking. The bank texted me a code, [[PASSWORD|418 227]], and then someone rang asking for it. Did I do wrong by reading it out?",
    "Write a two-line bio for my Etsy shop: I'm [[PERSON|Mei-Ling Tsao]] and I knit socks in Taipei.",
    "What's the cheapest way to send £400 to my sister [[PERSON|Yasmin]]? Her IBAN is [[IBAN_CODE|IE60 BOFI 9058 3917 4620 58]].",
    "Draft a complaint: my parcel to [[STREET_ADDRESS|Unit 7/45 Beach Rd, Bondi NSW 2026]] was marked delivered but never came. Tracking AU992817.",
    "Write a short letter to the DVLA asking why my new licence hasn't arrived. Licence number [[ID_NUMBER|HUSSA705128AB9XY]], name [[PERSON|Abid Hussain]].",
    "Plan a surprise 40th for [[PERSON|Joy]] on a £300 budget, about 15 guests.",
    "Help me respond to this: 'Dear Mr. [[PERSON|Okafor]], your tenancy at [[STREET_ADDRESS|88 Rue Saint-Paul O, Montréal, QC H2Y 1Z4]] ends 30 June.' I want to ask for a two-month extension.",
    "I'm a student nurse. Is it okay to keep [[PERSON|Doreen Fairweather]]'s NHS number [[ID_NUMBER|721 458 9036]] in my notes app for handover?",
    "What should I do? My ex still knows my iCloud password, [[PASSWORD|Bluebell.Cottage.77]].",
    "Do I need to put my TFN [[ID_NUMBER|385 901 725]] on a quote to a client as a sole trader?",
    "Summarise this chat log for my manager: [[PERSON|Tariq]]: customer [[PERSON|Leonie Barraclough]] called from [[PHONE_NUMBER|0113 496 0591]] about a double charge.",
    "Reword this for Facebook Marketplace: pickup only from [[STREET_ADDRESS|41 Tern Crescent, Whitby YO21 3RQ]], message [[PERSON|Carol]].",
    "Make a spreadsheet formula that splits '[[PERSON|Nguyễn Thị Hồng Nhung]]' into family name and given name.",
    "My child's Nintendo account [[ID_NUMBER|pika_milo_08]] bought £60 of gems even though the parental PIN is [[PASSWORD|5521]]. Help me ask support for a refund.",
    "Write a pleasant out-of-office saying urgent issues go to [[PERSON|Fionnuala]] on [[PHONE_NUMBER|+353 87 418 2963]].",
    "I run a tiny bakery. Tidy this supplier email: 'Please invoice [[PERSON|Zainab Olatunji]], [[STREET_ADDRESS|9 Market Row, Brixton, London SW9 8LB]], VAT no. on file.'",
    "Our router shows an unknown device at [[IP_ADDRESS|192.0.2.147]]. Wifi key is [[PASSWORD|Kx9-pebble-Lm2]]. Should I change it?",
    "How do I cancel a direct debit from account [[ID_NUMBER|31926604]] without a penalty?",
    "Draft an email to my professor, Dr [[PERSON|Ingrid Halvorsen]], asking for an extension on the thermodynamics lab report.",
    "I'm filling in a visa form for my brother [[PERSON|Tomasz Dąbrowski]], PESEL [[ID_NUMBER|92071438525]]. Which box is 'place of issue'?",
    "My AWS access key [[API_KEY|AKIAW7QZ4M2RT9LKX3PB]] shows up in CloudTrail from an IP I don't know, [[IP_ADDRESS|203.0.113.201]]. What now?",
    "Translate into Swedish: 'Hi [[PERSON|Björn]], call me on [[PHONE_NUMBER|+49 30 23125 478]] when you land in Berlin.'",
    "My kid [[PERSON|Rowan]] wants to start a YouTube channel. What should a 12-year-old never put in the description?",
    "My tenant [[PERSON|Ewa Nowak]] paid £725 on the 3rd and £175 on the 19th; rent is £950. What's the balance?",
    "Is this card valid? My grandson gave it to me to pay for his course: [[CREDIT_CARD|3714 592806 41738]], exp 09/27.",
    "Write a short Slack message asking [[PERSON|Reed]] to review my PR before standup.",
    "Turn this into a formal complaint: the clinic lost my records. Patient number [[ID_NUMBER|PT-5520198]], name [[PERSON|Faith Onyango]], DOB 14/02/1962.",
    "Retiree moving to Spain. My NIE is [[ID_NUMBER|Y4827163Y]]; do I still need a padrón certificate to register the car?",
    "How do I politely ask [[PERSON|Sunny]] to stop using my Netflix login [[EMAIL_ADDRESS|mo.hassan.home@hotmail.com]]?",
    "Format this properly for a parcel label for my grandma [[PERSON|Shirin Farahani]]: [[STREET_ADDRESS|villa 27 street 14 al barsha 2 dubai]]",
    "Can I mail a care package with protein bars to my son, SPC [[PERSON|Jordan Whitlock]], [[STREET_ADDRESS|Unit 8420 Box 112, DPO AP 96521]]? Which customs form?",
    "Explain my payslip deductions. Tax code 1257L, NI number [[ID_NUMBER|PZ 31 84 62 B]].",
    "Help me write a dating bio. I'm [[PERSON|Maximilian]], 29, climber, terrible at cooking.",
    "My Gmail was hacked and the recovery phone is now [[PHONE_NUMBER|(415) 555-0183]], which isn't mine. Account [[EMAIL_ADDRESS|nora.vance.art@gmail.com]].",
    "Format this as an envelope: [[PERSON|Juan Carlos Pérez de la Cruz]] [[STREET_ADDRESS|Av. Insurgentes Sur 1432, Col. Del Valle, 03100 Ciudad de México, CDMX]]",
    "Write a quick note for [[PERSON|Hunter]]'s coach explaining he'll miss practice for a dental appointment.",
    "Check this Python: requests.get(url, headers={'Authorization': 'Bearer [[API_KEY|ghp_r8KdT2mQ9xLw4Vn7Bz3Hc6Yp1Js5Fg0Ae8Ui]]'}) returns 401. Why?",
    "Draft a text to the plumber: the lockbox code is [[PASSWORD|7206]] and the flat is [[STREET_ADDRESS|Apt 12, Grand Canal Quay, Dublin 2, D02 X285]].",
    "Which home insurance is cheaper? My current policy [[ID_NUMBER|AVV-99381242]] renews at £612 and a quote came in at £540.",
    "Summarise for my lawyer: [[PERSON|Dmitri Volkov]], SSN [[US_SSN|536-21-4087]], says the truck was parked legally outside [[STREET_ADDRESS|1847 Maple Hollow Dr, Apt 3B, Columbus, OH 43215]].",
]

# 100 records in the style of synthetic PII dataset generators: one person, 1-4 values.
RECORDS = [
    "[[PERSON|Marisa Gonçalves]]'s phone number is [[PHONE_NUMBER|+351 912 847 306]].",
    "Please send the invoice to [[PERSON|Henrik Aaltonen]] at [[EMAIL_ADDRESS|henrik.aaltonen@kolmio.fi]].",
    "Name: [[PERSON|陈晓玲]]; ID: [[ID_NUMBER|310104198706242133]]; Mobile: [[PHONE_NUMBER|+86 138 2761 4093]]",
    "My name is [[PERSON|Kateřina Horáková]] and I live at [[STREET_ADDRESS|Vinohradská 1480/62, 120 00 Praha 2]]. Rodné číslo: [[ID_NUMBER|905418/7120]].",
    "[[PERSON|Liam O'Sullivan]] paid with card [[CREDIT_CARD|4916 0382 7145 9203]] on 3 May.",
    "Customer: Hi, this is [[PERSON|Dolores Aguirre]], my account number is [[ID_NUMBER|7720018543]] and I can't log in.",
    "Ship to: [[PERSON|Babatunde Oyelaran]], [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104]], [[PHONE_NUMBER|+234 803 417 2958]]",
    "[[PERSON|Priyanka Venkataraman-Iyer]] (DOB 12/03/1990) holds Aadhaar number [[ID_NUMBER|5093 6621 8472]] and can be reached at [[EMAIL_ADDRESS|priyanka.vi@rediffmail.com]].",
    "Account holder: [[PERSON|Jean-Baptiste Kabongo Ilunga]] | IBAN: [[IBAN_CODE|BE40 0635 1827 4930]] | National number: [[ID_NUMBER|85.07.30-274.78]]",
    "Hello, I'm [[PERSON|Astrid]] and I'd like to change the delivery address on my order to [[STREET_ADDRESS|Sveavägen 76, 113 59 Stockholm]].",
    "[[PERSON|Kwabena Osei-Tutu]] works as a nurse in Kumasi. Contact: [[PHONE_NUMBER|+233 20 731 4468]].",
    "Patient [[PERSON|Gwendolyn Price]], NHS no. [[ID_NUMBER|486 302 9179]], attended clinic 4 on 09/11.",
    "Username [[ID_NUMBER|m.rossi_84]] is registered to [[PERSON|Marco Rossi]]; last login from [[IP_ADDRESS|198.51.100.77]].",
    "Can you update the phone number for [[PERSON|Aroha Ngata]]? The new one is [[PHONE_NUMBER|+64 21 384 7290]].",
    "[[PERSON|Mehmet Yıldırım]], T.C. Kimlik No: [[ID_NUMBER|28461039520]], Adres: [[STREET_ADDRESS|Bağdat Cad. No: 214 D: 7, 34728 Kadıköy/İstanbul]]",
    "The password for [[PERSON|Elodie Marchand]]'s account is [[PASSWORD|Papillon_2718]].",
    "[[PERSON|Sigríður Jónsdóttir]] – kennitala [[ID_NUMBER|150789-3119]] – [[STREET_ADDRESS|Laugavegur 58, 101 Reykjavík]]",
    "Dear Ms [[PERSON|Fujiwara]], your My Number card [[ID_NUMBER|3826 0491 7522]] is ready for collection at the ward office.",
    "[[PERSON|Ahmad bin Yusof]] lives at [[STREET_ADDRESS|No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor]] and his number is [[PHONE_NUMBER|+60 12-384 7291]].",
    "Employee [[PERSON|Tatiana Borisova]] (ID [[ID_NUMBER|EMP-20931]]) asked for her salary to be paid into [[IBAN_CODE|CZ39 0800 0000 1927 4638 5103]].",
    "I'd like to cancel my subscription. My email is [[EMAIL_ADDRESS|gwynn.thomas@btopenworld.com]] and my name is [[PERSON|Gwynn Thomas]].",
    "[[PERSON|Rosa María Castillo Vega]] paid using [[CREDIT_CARD|5374 2019 8846 0318]], billing address [[STREET_ADDRESS|Carrera 7 # 72-41, Apto 503, Bogotá]].",
    "SSN for [[PERSON|Darnell Whitaker]]: [[US_SSN|287-64-1153]]",
    "[[PERSON|Ana Paula Ribeiro]] (CPF [[ID_NUMBER|702.148.396-13]]) lives at [[STREET_ADDRESS|Av. Sete de Setembro, 2210, Salvador - BA, 40080-001]].",
    "Contact [[PERSON|Rangi]] at [[EMAIL_ADDRESS|rangi.parata@xtra.co.nz]] about the kayak booking.",
    "Passport holder [[PERSON|Ivana Petrović]], passport no. [[ID_NUMBER|011847362]], nationality Croatian.",
    "[[PERSON|Hyun-woo Park]]'s resident registration number is [[ID_NUMBER|880514-1293845]].",
    "Profile: [[PERSON|Fatoumata Diallo]], 34, product designer in Dakar. Email [[EMAIL_ADDRESS|fatou.diallo@orange.sn]]. Loves jazz and long bike rides.",
    "Loan note: borrower [[PERSON|Tremaine Hollis]], SSN [[US_SSN|048-72-9316]], phone [[PHONE_NUMBER|(773) 555-0126]], asked for a 60-month term.",
    "Hi, this is [[PERSON|Noor]]. The internet at [[STREET_ADDRESS|Villa 12, Way 3017, Al Khuwair, Muscat 133]] has been down since yesterday.",
    "Correspondence: [[PERSON|Jakub Nowicki]], [[STREET_ADDRESS|30-059 Kraków, ul. Czarnowiejska 27/4]], PESEL [[ID_NUMBER|74032915867]]",
    "[[PERSON|Thandiwe Dlamini]]'s ID number is [[ID_NUMBER|9006225123080]] and her cell is [[PHONE_NUMBER|+27 82 416 3097]].",
    "Deliver to [[PERSON|Ólafur Einarsson]], [[STREET_ADDRESS|105 Reykjavík, Hátún 6A]], before noon.",
    "[[PERSON|Lars-Erik Haugen]], fødselsnummer [[ID_NUMBER|12038749607]], konto [[IBAN_CODE|NO16 8601 1275 309]]",
    "Please reset the door code for [[PERSON|Beatriz Alencar]]; her current code [[PASSWORD|5839]] was shared by mistake.",
    "[[PERSON|Federica Bianchi]], codice fiscale [[ID_NUMBER|BNCFRC88A41H501H]], residente in [[STREET_ADDRESS|Via Nomentana 233, 00161 Roma RM]].",
    "Cliente: [[PERSON|Luca Marino]] – CF [[ID_NUMBER|MRNLCU79T08F839Q]] – IBAN [[IBAN_CODE|IT70 K030 6909 6061 0000 0118 723]]",
    "[[PERSON|Aiyana Redcloud]] can be reached at [[PHONE_NUMBER|505-555-0138]] or [[EMAIL_ADDRESS|aiyana.redcloud@gmail.com]].",
    "2024-03-02 14:07:33 user=[[ID_NUMBER|kpetersen]] src=[[IP_ADDRESS|203.0.113.14]] action=login_failed name=[[PERSON|Karin Petersen]]",
    "[[PERSON|Ines Van den Broeck]] asked us to send her membership card to [[STREET_ADDRESS|Kouter 41 bus 3, 9000 Gent]].",
    "[[PERSON|Pita Tuilagi]]'s gym locker PIN is [[PASSWORD|2580]].",
    "Insurance policy [[ID_NUMBER|POL-7719-0352]] is held by [[PERSON|Marguerite Dubois-Lambert]], resident at [[STREET_ADDRESS|8 avenue Jean Médecin, 06000 Nice]].",
    "Please charge the deposit to [[PERSON|Heather McKinnon]]'s Amex [[CREDIT_CARD|3765 418290 55317]].",
    "[[PERSON|Анна Кузнецова]], тел. [[PHONE_NUMBER|+7 916 482-73-19]], [[STREET_ADDRESS|ул. Пушкина, д. 17, кв. 42, Санкт-Петербург, 191011]]",
    "[[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|12048741057]], τηλ. [[PHONE_NUMBER|+30 694 218 3705]]",
    "Clinical note: [[PERSON|Rahul Mehta]], 58M, patient ID [[ID_NUMBER|MRN-40028157]], presents with chest tightness on exertion.",
    "[[PERSON|Wanjiru Kamau]], [[STREET_ADDRESS|Ngong Road, Plot 58, P.O. Box 41827-00100, Nairobi]], M-Pesa [[PHONE_NUMBER|+254 722 519 640]]",
    "HR record: [[PERSON|Sven Lindgren]], personnummer [[ID_NUMBER|760315-5826]], salary account [[IBAN_CODE|SE30 5000 0000 0549 1782 3046]].",
    "[[PERSON|Mariam Haddad]]'s login for the library portal is [[ID_NUMBER|mhaddad22]] with password [[PASSWORD|Cedar!tree9]].",
    "Send the replacement card to [[PERSON|Conor Fitzgerald]], [[STREET_ADDRESS|Apt 3, 14 Patrick Street, Cork T12 X6P2]]; PPS [[ID_NUMBER|4729183TA]].",
    "[[PERSON|Zhang Wei]] ([[PERSON|张伟]]), resident ID [[ID_NUMBER|440106198211074520]], Guangzhou.",
    "Customer [[PERSON|Brianna Castellanos]] disputes a charge on card [[CREDIT_CARD|4571 9038 2264 0179]]; callback [[PHONE_NUMBER|(214) 555-0163]].",
    "Teacher [[PERSON|Olumide Fashola]] can be emailed at [[EMAIL_ADDRESS|o.fashola@kingsgate-school.ng]].",
    "[[PERSON|Nguyen Van Minh]], phone [[PHONE_NUMBER|+84 90 382 7145]], address [[STREET_ADDRESS|45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]]",
    "The API key for [[PERSON|Rebecca Stanhope]]'s weather app is [[API_KEY|AIzaSyD8kP3mX7qR2vT9wL4nB6cJ5hF1gZ0aE3s]].",
    "[[PERSON|Álvaro Jiménez-Ruiz]], DNI [[ID_NUMBER|39571824W]], [[STREET_ADDRESS|Calle de Zurbano 58, 3º izq., 28010 Madrid]]",
    "Member [[PERSON|Beatrix Holloway]] — membership no. [[ID_NUMBER|NT-00583192]] — [[PHONE_NUMBER|020 7946 0374]]",
    "Dear [[PERSON|Yusuf]], your one-time code is [[PASSWORD|739104]]. Do not share it with anyone.",
    "[[PERSON|Charlotte Amundsen-Berg]]'s Medicare number is [[ID_NUMBER|4128 57391 1]] and her mobile is [[PHONE_NUMBER|0491 570 158]].",
    "Bio: [[PERSON|Tavita Faleolo]] is a youth rugby coach from Apia who now lives in Auckland. Reach him at [[EMAIL_ADDRESS|tavita.coach@outlook.co.nz]].",
    "[[PERSON|Marek Horvat]] pays his rent from [[IBAN_CODE|HR93 2484 0081 1205 8793]] on the first of each month.",
    "[[PERSON|Deepika Rao]] lost her card; block [[CREDIT_CARD|6011 4827 3305 9186]] and mail a new one to [[STREET_ADDRESS|Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038]].",
    "TFN [[ID_NUMBER|610 482 179]] belongs to [[PERSON|Jack Nguyen-Walsh]].",
    "[[PERSON|Miyu Kobayashi]] / [[PHONE_NUMBER|080-6612-4093]] / [[EMAIL_ADDRESS|miyu.k@docomo.ne.jp]]",
    "Please ring Mrs [[PERSON|Featherstonehaugh]] on [[PHONE_NUMBER|01632 960 418]] about her hearing aid fitting.",
    "Sergeant [[PERSON|Marcus Bell]], [[STREET_ADDRESS|PSC 3412, Box 1876, APO AE 09021]]",
    "[[PERSON|Tiago Ferreira]]'s NIF is [[ID_NUMBER|246813571]] and his IBAN is [[IBAN_CODE|PT79 0035 0097 0000 7284 1596 3]].",
    "[[PERSON|Eitan Mizrahi]], teudat zehut [[ID_NUMBER|038419271]], phone [[PHONE_NUMBER|+972 54-718-3260]].",
    "Stripe secret key for [[PERSON|Lottie Brennan]]'s candle shop: [[API_KEY|sk_live_51Hq8ZtK2vRm9XwLp4Yb7NcQ3]]",
    "[[PERSON|Andrei Popescu]], CNP [[ID_NUMBER|1950312403188]], [[STREET_ADDRESS|Strada Victoriei 45, Ap. 9, 010061 București]]",
    "Reservation under [[PERSON|Summer Okoye]], booking ref [[ID_NUMBER|QF7R2M]], contact [[EMAIL_ADDRESS|summer.okoye@icloud.com]].",
    "[[PERSON|Mark]] from accounts says the office Wi-Fi password is now [[PASSWORD|Bayleaf-Office-2024]].",
    "[[PERSON|Anneke Visser]], BSN [[ID_NUMBER|184720394]], telefoon [[PHONE_NUMBER|+31 6 2847 1935]]",
    "[[PERSON|Matthias Gruber]] wohnt in der [[STREET_ADDRESS|Mariahilfer Straße 88/14, 1070 Wien]]; IBAN [[IBAN_CODE|AT91 1420 0200 1087 3456]].",
    "[[PERSON|Noemi Baumann]], [[STREET_ADDRESS|Bahnhofstrasse 21, 8001 Zürich]], [[IBAN_CODE|CH42 0483 5012 3478 5009 1]]",
    "[[PERSON|Sofia Lindholm]], henkilötunnus [[ID_NUMBER|210879-538R]], tili [[IBAN_CODE|FI82 4230 0050 1378 54]]",
    "[[PERSON|Hiroshi Saito]] uses the handle [[ID_NUMBER|h_saito_dev]] on GitHub and his token is [[API_KEY|ghp_Z3mK8qT1vX5bN2wR7yL4cJ9dF6hP0sA2eG8u]].",
    "[[PERSON|Ömer Çelik]] [[CREDIT_CARD|5189 3372 0146 8517]] numaralı kartla ödeme yaptı.",
    "Patient: [[PERSON|Hemi Walker]] | NHI: [[ID_NUMBER|ZKT4821]] | Ward: 6B",
    "[[PERSON|Camille Rousseau]] est joignable au [[PHONE_NUMBER|06 39 98 41 27]].",
    "[[PERSON|Klaus-Dieter Schäfer]], [[STREET_ADDRESS|10115 Berlin, Torstraße 112]], Tel. [[PHONE_NUMBER|030 23125 857]]",
    "[[PERSON|Gabriela Ionescu]], NIE [[ID_NUMBER|X2915736A]], works as a nurse in Valencia.",
    "[[PERSON|최지연]] ([[PERSON|Ji-yeon Choi]]), 주민등록번호 [[ID_NUMBER|951103-2748120]], [[STREET_ADDRESS|부산광역시 해운대구 우동 1408, 302호]]",
    "[[PERSON|Siddharth Banerjee]]'s PAN is [[ID_NUMBER|BQKPB4418M]] and his UPI ID is [[ID_NUMBER|sid.banerjee@okaxis]].",
    "[[PERSON|Layla Al-Haddad]] — [[EMAIL_ADDRESS|layla.alhaddad@gmail.com]] — [[PHONE_NUMBER|+971 50 318 4726]]",
    "[[PERSON|Daniel Okeke-Brown]] uses the passphrase [[PASSWORD|river stone paper kite]] for his password manager.",
    "Tenant: [[PERSON|Hannah Goldberg]]; unit: [[STREET_ADDRESS|4B, 1520 Commonwealth Ave, Brighton, MA 02135]]; SSN: [[US_SSN|219-47-6083]]",
    "Alarm code for [[PERSON|Mateus Kowalski-Silva]]'s studio: [[PASSWORD|0615*]]",
    "[[PERSON|Cristina Moreno]], [[STREET_ADDRESS|Calle Florida 842, Piso 5, C1005AAR Buenos Aires]], [[PHONE_NUMBER|+54 9 11 4827-3916]]",
    "Student [[PERSON|Tomás Herrera]], student number [[ID_NUMBER|20231847]], email [[EMAIL_ADDRESS|t.herrera@alumnos.uchile.cl]], RUT [[ID_NUMBER|18.904.316-3]]",
    "[[PERSON|Isabelle Tremblay]]'s SIN is [[ID_NUMBER|046 372 892]].",
    "[[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3147825695]], тел. [[PHONE_NUMBER|+380 67 418 2953]]",
    "[[PERSON|Kaito Mori]], My Number [[ID_NUMBER|7190 4836 2553]], [[STREET_ADDRESS|〒530-0001 大阪府大阪市北区梅田 2-4-9]]",
    "[[PERSON|Grace Adebayo-Lawson]] requested a refund to card [[CREDIT_CARD|4485-2907-6613-7486]].",
    "[[PERSON|Mette Kjærgaard]], [[STREET_ADDRESS|Vesterbrogade 64, 3. th., 1620 København V]], konto [[IBAN_CODE|DK82 3000 0017 4839 26]]",
    "[[PERSON|Tan Wei Jie]], NRIC [[ID_NUMBER|S7621904D]], [[STREET_ADDRESS|Blk 412 Bedok North Ave 2, #08-117, Singapore 460412]], [[PHONE_NUMBER|+65 8123 4768]]",
    "[[PERSON|Kaarel Tamm]], isikukood [[ID_NUMBER|37004170211]], e-post [[EMAIL_ADDRESS|kaarel.tamm@mail.ee]]",
    "name: [[PERSON|aleksander wójcik]] | pin: [[PASSWORD|0428]] | branch: gdańsk",
    "الاسم: [[PERSON|سارة المنصوري]] — الهاتف: [[PHONE_NUMBER|+971 55 284 1937]]",
    "[[PERSON|Eleanor Whitcombe]], NHS number [[ID_NUMBER|552 917 3403]], lives at [[STREET_ADDRESS|31 Castle Street, Salisbury SP1 3TT]].",
]

# 25 MT-Bench/Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive essay outline arguing that cities should replace parking minimums with protected bike lanes.",
    "Compose a five-stanza haiku sequence about the first frost of autumn.",
    "Explain the difference between a process and a thread to a junior developer, using an everyday analogy.",
    "Write a Python function that returns the longest palindromic substring of a string and analyse its time complexity.",
    "Pretend you are a medieval blacksmith explaining to a new apprentice why quenching matters.",
    "Draft a product description for a solar-powered camping lantern aimed at families.",
    "What are the main causes of inflation, and what tools do central banks use to respond?",
    "Roleplay as a tour guide in ancient Rome describing the Colosseum to a group of visitors.",
    "Write a SQL query that finds the three departments with the highest average salary.",
    "Compare nuclear and wind power in a table covering cost, reliability, land use and emissions.",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much is the ball? Explain the common mistake.",
    "Write the opening paragraph of a short story in which a lighthouse keeper finds a message in a bottle.",
    "Explain to a twelve-year-old how vaccines train the immune system.",
    "Refactor this JavaScript into a single expression: for (var i = 0; i < arr.length; i++) { if (arr[i] % 2 === 0) out.push(arr[i] * 2); }",
    "What would happen to Earth's tides if the Moon were twice as far away?",
    "Give me five practical tips for managing my time when working from home.",
    "Write a limerick about a cat who learns to code.",
    "Explain the Monty Hall problem and why switching doors improves the odds.",
    "Write a bash one-liner that counts the total lines in all .py files under a directory.",
    "Act as a Socratic tutor and help me see why the derivative of sin x is cos x.",
    "Summarise the plot of Hamlet in under 100 words.",
    "Describe the water cycle and the role that transpiration plays in it.",
    "Suggest a seven-day beginner running plan for someone who currently walks 20 minutes a day.",
    "Write a regular expression that matches ISO 8601 dates and explain each part of it.",
    "Imagine you are a Mars rover writing a diary entry after a dust storm. Keep it under 150 words.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya buys 3 packs of pencils with 12 pencils in each pack. She gives 7 pencils to her brother. How many pencils does she have left?",
    "Tobias reads 18 pages a day. His book has 342 pages. How many days will it take him to finish it?",
    "A bakery sells muffins for $2.50 each. Priya buys 8 muffins and pays with a $50 bill. How much change does she get?",
    "Leon runs 4 km on Monday, twice as far on Tuesday and 3 km less than Tuesday on Wednesday. How far does he run in total?",
    "Amara has 45 stickers. She gives a third of them to Jonah and then buys 12 more. How many stickers does she have now?",
    "A school bus holds 52 students. How many buses are needed to take 390 students on a trip?",
    "Sofia earns $16 an hour and works 35 hours a week. She saves 20% of her pay. How much does she save in 4 weeks?",
    "Kenji's garden is 12 m long and 7 m wide. He wants to put a fence around it. How many metres of fence does he need?",
    "Ruth bakes 5 trays of cookies with 24 cookies on each tray. Her family eats 38. How many cookies are left?",
    "A shirt costs $40 and is on sale for 25% off. Omar also has a $5 coupon. How much does he pay?",
    "Elif fills a 60-litre tank at 4 litres per minute. The tank is already a quarter full. How many minutes until it is full?",
    "Diego collects 3 eggs every morning from each of his 9 hens. How many eggs does he collect in a week?",
    "Hana has twice as many marbles as Ben. Together they have 93 marbles. How many does Hana have?",
    "A train travels 240 km in 3 hours. At the same speed, how long will it take Nadia to travel 400 km?",
    "Felix pays $1,200 rent a month and shares the flat equally with two friends. How much does each pay in a year?",
    "Zara plants 6 rows of tulips with 14 bulbs in each row. A squirrel digs up 11 bulbs. How many bulbs remain?",
    "Marcus buys 4 notebooks at $3.25 each and a pen for $1.80. How much does he spend?",
    "A recipe needs 3 cups of flour for 12 pancakes. How many cups does Ingrid need for 30 pancakes?",
    "Theo saves $15 each week. How many weeks will it take him to buy a bike that costs $285?",
    "Aisha's class has 28 students. Three sevenths of them walk to school. How many students do not walk?",
    "A cinema has 18 rows of 22 seats. On Friday 317 seats are sold. How many seats are empty?",
    "Lucas drinks 250 ml of milk each morning. How many litres does he drink in April?",
    "Mira scores 82, 91 and 77 on three tests. What does she need on the fourth test to average 85?",
    "A farmer packs 1,260 apples into boxes of 36. Ana buys 4 boxes. How many boxes are left?",
    "Sam walks his dog 25 minutes in the morning and 40 minutes in the evening. How many hours is that in two weeks?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is the site of aerobic respiration in eukaryotic cells? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "Who wrote 'The Wealth of Nations' (1776)? A) David Hume B) John Locke C) Adam Smith D) Thomas Malthus",
    "What is the derivative of ln(x)? A) 1/x B) x C) e^x D) ln(x)/x",
    "The Treaty of Westphalia (1648) ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The War of the Roses D) The Seven Years' War",
    "Which of the following is a noble gas? A) Nitrogen B) Chlorine C) Argon D) Hydrogen",
    "In economics, a price floor set above equilibrium typically causes: A) a shortage B) a surplus C) no change D) a fall in supply",
    "Who formulated the three laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Tycho Brahe D) Nicolaus Copernicus",
    "What is the time complexity of binary search on a sorted array? A) O(n) B) O(n log n) C) O(log n) D) O(1)",
    "Which amendment to the US Constitution abolished slavery? A) First B) Tenth C) Thirteenth D) Nineteenth",
    "Which philosopher wrote 'Critique of Pure Reason'? A) Hegel B) Kant C) Nietzsche D) Descartes",
    "The hormone insulin is produced by which organ? A) Liver B) Kidney C) Pancreas D) Thyroid",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Which empire was ruled by Mansa Musa in the 14th century? A) Songhai B) Ghana C) Mali D) Kanem",
    "A sample mean is an example of a: A) parameter B) statistic C) population D) variable",
    "Which of these is an example of a Type I error? A) Rejecting a true null hypothesis B) Accepting a false null hypothesis C) Using a small sample D) Choosing the wrong test",
    "Who led the Haitian Revolution's early phase? A) Simón Bolívar B) Toussaint Louverture C) José de San Martín D) Miguel Hidalgo",
    "What is the pH of a neutral solution at 25 °C? A) 0 B) 5 C) 7 D) 14",
    "In Freudian theory, the part of the mind guided by the reality principle is the: A) id B) ego C) superego D) libido",
    "Which protocol resolves domain names to IP addresses? A) HTTP B) DNS C) SMTP D) FTP",
    "The Meiji Restoration took place in which country? A) China B) Korea C) Japan D) Vietnam",
    "Which of these is a vector quantity? A) Speed B) Mass C) Temperature D) Velocity",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Donatello C) Michelangelo D) Leonardo da Vinci",
    "In a perfectly competitive market, firms in the long run earn: A) economic profit B) zero economic profit C) losses D) monopoly rents",
    "What does a p-value of 0.03 mean at a 5% significance level? A) Fail to reject the null B) Reject the null C) The null is true D) The test is invalid",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Argon D) Nitrogen",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks after a cold. When should I see a doctor about it?",
    "Is it safe to take ibuprofen and paracetamol together for a toothache?",
    "What are the early signs of type 2 diabetes I should watch for?",
    "My blood pressure reading at the pharmacy was 148/92. Is one reading enough to worry about?",
    "How long after a tetanus shot can my arm stay sore?",
    "Can I exercise with a mild fever, or should I rest completely?",
    "What foods help raise iron levels for someone with mild anaemia?",
    "Is it normal to feel dizzy when standing up quickly?",
    "How much water should an adult drink a day in hot weather?",
    "What's the difference between a migraine and a tension headache?",
    "My toddler has a rash after starting a new antibiotic. Is that an allergy?",
    "How can I tell if a sprained ankle is actually broken?",
    "Are there side effects of taking vitamin D supplements every day through winter?",
    "What questions should I ask before starting statins?",
    "Why do my knees ache more when it rains?",
    "How long is someone contagious with the flu?",
    "Is heartburn every night something to see a GP about?",
    "What are the warning signs of a stroke that mean calling an ambulance right away?",
    "Can stress really cause hair loss, and does it grow back?",
    "How soon after a positive pregnancy test should the first antenatal appointment be?",
    "What stretches help lower back pain from sitting at a desk all day?",
    "Is it safe to drink alcohol while taking antibiotics?",
    "Why do I wake up at 3 am every night and can't get back to sleep?",
    "How often should adults over 50 have a colon cancer screening?",
    "What is the normal resting heart rate for an adult, and what counts as too low?",
]

# Every national id in the texts, with its check.
NATIONAL_IDS = {
    "3874 1029 5647": aadhaar_ok,  # Indian Aadhaar
    "6152 8830 4171": aadhaar_ok,
    "5093 6621 8472": aadhaar_ok,
    "920914-7389": luhn_len(10),  # Swedish personnummer
    "760315-5826": luhn_len(10),
    "85112304677": pesel_ok,  # Polish PESEL
    "92071438525": pesel_ok,
    "74032915867": pesel_ok,
    "315.826.047-62": cpf_ok,  # Brazilian CPF
    "702.148.396-13": cpf_ok,
    "2 84 07 75 115 042 79": nir_ok,  # French NIR
    "305718460": bsn_ok,  # Dutch BSN
    "184720394": bsn_ok,
    "58 274 193 067": steuer_id_ok,  # German tax id
    "721 458 9036": nhs_ok,  # NHS number
    "486 302 9179": nhs_ok,
    "552 917 3403": nhs_ok,
    "385 901 725": tfn_ok,  # Australian TFN
    "610 482 179": tfn_ok,
    "Y4827163Y": dni_ok,  # Spanish NIE
    "X2915736A": dni_ok,
    "39571824W": dni_ok,  # Spanish DNI
    "310104198706242133": china_id_ok,  # Chinese resident id
    "440106198211074520": china_id_ok,
    "905418/7120": rodne_cislo_ok,  # Czech rodné číslo
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "28461039520": kimlik_ok,  # Turkish kimlik
    "150789-3119": kennitala_ok,  # Icelandic kennitala
    "3826 0491 7522": my_number_ok,  # Japanese My Number
    "7190 4836 2553": my_number_ok,
    "880514-1293845": rrn_ok,  # Korean resident registration number
    "951103-2748120": rrn_ok,
    "9006225123080": luhn_len(13),  # South African id
    "12038749607": fodselsnummer_ok,  # Norwegian fødselsnummer
    "BNCFRC88A41H501H": codice_fiscale_ok,  # Italian codice fiscale
    "MRNLCU79T08F839Q": codice_fiscale_ok,
    "12048741057": luhn_len(11),  # Greek AMKA
    "4729183TA": pps_ok,  # Irish PPS number
    "4128 57391 1": medicare_ok,  # Australian Medicare
    "246813571": nif_ok,  # Portuguese NIF
    "038419271": luhn_len(9),  # Israeli teudat zehut
    "1950312403188": cnp_ok,  # Romanian CNP
    "210879-538R": hetu_ok,  # Finnish henkilötunnus
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "18.904.316-3": rut_ok,  # Chilean RUT
    "046 372 892": luhn_len(9),  # Canadian SIN
    "3147825695": rnokpp_ok,  # Ukrainian RNOKPP
    "S7621904D": nric_ok,  # Singapore NRIC
    "37004170211": isikukood_ok,  # Estonian isikukood
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"\+44 ?7700 ?900 ?\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|61) 496 0\d{3}",  # Leeds, Manchester drama ranges
        r"01632 960 \d{3}",  # UK drama range
        r"(\(\d{3}\) |\d{3}-)?555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|31|34|39|54|60|64|65|84|86|91|233|234|254|351|353|380|971|972) [\d -]+\d",
    )
]


def check_mix() -> None:
    """Each record names one person (a name may be given twice, in two scripts) and holds one
    to four other values; most chat requests name someone and many carry a secret."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: want a name and 1-4 values in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 70 or secret < 20:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")


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
    for text in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if not 3 <= len(strip_marks(text)[0].split()) <= MAX_WORDS:
            raise SystemExit(f"clean: length of {text[:60]!r}")
    build_sections(
        "blind78", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
