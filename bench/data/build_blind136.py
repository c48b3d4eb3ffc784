# ruff: noqa: E501
"""A hundred-and-thirty-sixth blind privacy set: 220 texts with personal data and 100 clean
ones on aviation and airports (cabin crew and pilots' rosters, airport ground staff, lost
baggage claims, flight school students, crew hotels, staff travel, security passes, air
traffic control trainees, private charter bookings, plane spotters' clubs).

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the first
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs,
  voicemails and e-mails, translating, fixing wording, splitting costs, asking whether
  something is a scam, planning. The first 30 are typed all in lower case (names, e-mails,
  codes and postcodes too, with shorthand and typos); the next 6 are in Spanish, German,
  French, Japanese, Russian and Arabic; the other 84 in ordinary English. Names of many
  origins: first names alone, surnames after titles (Captain, Capt., First officer, Mr, Mrs,
  Ms, Dr, Senhor), full names, nicknames marked whole (big kev, Stevo, Bear, Gav), names
  that are ordinary words (Hope, Sunny, Grace, Bill, Rose, Will, Faith, Dawn, Joy, Robin,
  Summer, Drew, Precious), many named in passing with no cue word; door, gate, locker,
  keypad and alarm codes, PINs, wifi keys and passwords, logins, API keys, IPs, cards,
  IBANs, SSNs, phones, e-mails and street addresses of many countries, on one line or
  several; 1 to 8 values each, at least 90 naming a person, at least 15 holding a secret,
  every entity type present;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose, profile lines, pipe, CSV and semicolon rows, JSON objects, log lines,
  register entries and short letters, in English, Chinese, Portuguese, Swedish, Dutch,
  Korean, Turkish, Polish, Italian, Finnish, Japanese, Spanish, French, Norwegian,
  Romanian, Estonian, Icelandic, Czech, Ukrainian, German, Greek, Hebrew and Vietnamese;
  each names exactly one person and holds 1 to 4 other values; 42 carry a national id with
  valid check digits (Chinese resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC,
  Swedish personnummer, Dutch BSN, Korean resident registration number, Australian TFN
  and Medicare, Canadian SIN, Turkish kimlik, NHS number, Polish PESEL, Italian codice
  fiscale, Finnish henkilötunnus, South African id, Japanese My Number, Spanish DNI and
  NIE, Irish PPS, French NIR, Belgian national number, Norwegian fødselsnummer,
  Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala,
  Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Greek AMKA,
  Israeli teudat zehut).

Labels: usernames and logins, staff, crew, employee, badge, member, frequent-flyer,
student, account and medical-certificate numbers, airside and security pass numbers,
passports, pilot licences and national ids are ID_NUMBER; PINs, door, gate, locker,
lockbox, keypad and alarm codes, wifi keys and passwords PASSWORD; titles, ranks and
relation words (Captain, Capt., First officer, Mr, Mrs, Ms, Dr, Senhor, Auntie, Uncle,
Grandpa) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, historical and fictional people,
pets, companies, airlines, aircraft registrations, flight numbers, booking, baggage file,
bag tag, claim, invoice and ticket references, vehicle plates, room numbers, amounts,
last four digits of a card and dates of birth are not labelled; every occurrence of a
private value is marked (a name said again is marked again, a part of a name said alone
too). The 100 clean texts hold no personal data at all: 25 MT-Bench and Vicuna-style
prompts (some naming historical or fictional people: Amelia Earhart, the Wright brothers,
Charles Lindbergh, Yuri Gagarin, Sherlock Holmes, Biggles), 25 GSM8K-style word problems
with fictional first names, 25 MMLU-style items with options A to D and 25 health
questions naming no one, mostly on aviation.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid with 15 or 16 digits and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from the documentation ranges; national ids with
valid check digits; no card, IBAN, phone, e-mail, key, code or id in two texts.

Run ``.venv/bin/python bench/data/build_blind136.py`` from the repository root; the output
is deterministic.
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Capt|Captain|Cpt|FO|First officer|Senhor|Auntie|Uncle"
    r"|Grandpa|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 in lower case, the next 6 in other languages, then English.
CHAT = [
    # --- lower case ---
    "can u draft a quick msg to [[PERSON|priya]] saying i can swap my lhr-jfk trip on the 14th for her lisbon turn, my staff no is [[ID_NUMBER|bc40817]] if crewing asks",
    "summarise this voicemail pls: 'hi its [[PERSON|dom kowalczyk]] from ground ops, the crew room door code changed to [[PASSWORD|4719#]] from tonight, call me back on [[PHONE_NUMBER|07700 900318]]'",
    "my bag never showed up at manchester, file ref manba48213. can you write a complaint email to the airline, my name is [[PERSON|tunde bakare]], address [[STREET_ADDRESS|14 cheltenham rd, stockport sk3 8pz]], email [[EMAIL_ADDRESS|tunde.bakare77@gmail.com]]",
    "is this a scam?? got a text saying my staff travel account is locked and to log in at a link with my username [[ID_NUMBER|j.okafor22]] and password. i didnt click. its from a +44 number",
    "split the crew hotel dinner: me, [[PERSON|sunny]], [[PERSON|big kev]] and [[PERSON|marta]]. total 212 euros, [[PERSON|kev]] had the lobster so add 30 to his share",
    "translate to spanish for the hotel front desk: crew member [[PERSON|ahmed el-sayed]] needs a late checkout, room 512, his crew id is [[ID_NUMBER|fa22871]]",
    "wifi at the crew hotel in dubai is [[PASSWORD|falcon2024!]] can u put that in a neat note for the notice board with the breakfast times 5-10am",
    "pls fix my wording: hi [[PERSON|rosie]], sorry i missed ur call, the sim session w/ capt [[PERSON|hargreaves]] moved to thurs 0600, bring ur logbook + licence [[ID_NUMBER|gbr.fcl.ppl.a.118274]]",
    "my student pilot [[PERSON|grace]] owes me for 3 dual hrs at 165/hr and fuel surcharge 42. whats the total and can u write a polite reminder, her email is [[EMAIL_ADDRESS|gracie.m.flies@outlook.com]]",
    "notes from todays atc sim debrief, tidy them up: trainee [[PERSON|luca bianchi]] - good r/t, late on handoffs. trainee [[PERSON|nkechi obi]] - lost sep twice on sector 3. mentor [[PERSON|dave]] wants both retested fri",
    "whats the gate code for the gen av side, [[PERSON|hamish]] said its [[PASSWORD|2580]] but it didnt work, write him a text asking to check",
    "hey can u turn this into a proper email to hr: i lost my airside pass [[ID_NUMBER|asp-773104]] somewhere between t2 and stand 41 last night. name [[PERSON|oksana petrenko]], ground handling, shift lead [[PERSON|rob]]",
    "write a short bio for the spotters club newsletter for our new member [[PERSON|wen jie]], hes been logging at schiphol since 2009, 4000+ regs. dont put his number [[PHONE_NUMBER|+31 6 4817 2093]] in it obviously",
    "charter for [[PERSON|fernando]] and [[PERSON|ines ribeiro]], farnborough to nice 6 pax, pay on card [[CREDIT_CARD|4539 1762 8450 3729]] exp 08/27. can u write the confirmation email",
    "my ssn for the faa medical form is [[US_SSN|412-63-8275]], can you check the form wording makes sense before i send to dr [[PERSON|okonkwo]]",
    "summarise: call w/ [[PERSON|bill]] at lost & found 10:40. tagged bag mx 482917 found at cdg, to be couriered to [[STREET_ADDRESS|flat 3, 22 ashgrove road, bristol bs6 7nh]]. courier will ring [[PHONE_NUMBER|07700 900742]]",
    "remind me how to tell [[PERSON|hope]] nicely that she cant use my staff travel nominee spot anymore, ive put [[PERSON|jonah]] on it instead",
    "ipad efb wont sync, it ops said log in w/ [[ID_NUMBER|fo.rahman]] and temp pw [[PASSWORD|efb-temp-5531]] then reset, is that safe to do on hotel wifi",
    "can u make a table of my flight school mates and their solo dates: [[PERSON|aiyana]] 3 may, [[PERSON|tom reyes]] 11 may, [[PERSON|bea]] 19 may, me 2 june",
    "draft a msg to the roster team: i need the 22nd off for my sisters wedding, im [[PERSON|ciara nolan]] crew no [[ID_NUMBER|ei58302]], happy to swap with [[PERSON|declan]] who asked for the 25th",
    "translate into french pls, its for the crew hotel in lyon: the captain, [[PERSON|vesna jovanovic]], left her ipad charger in room 309, can you post it to [[STREET_ADDRESS|18 avenue jean jaurès, 92120 montrouge]]",
    "split the taxi from the crew hotel: 68 quid between me, [[PERSON|will]], [[PERSON|faith]] and the fo. send to my iban [[IBAN_CODE|gb54barc20658371946025]]",
    "[[PERSON|marco]] from the spotters club says the new club site admin is at [[IP_ADDRESS|198.51.100.23]] and the login is [[ID_NUMBER|admin_marco]], can u write a quick how-to for the committee",
    "what do i say to [[PERSON|dawn]] at ops, she gave me the locker code [[PASSWORD|0627]] for someone elses locker by mistake and i saw their stuff",
    "api key for the adsb feed is [[API_KEY|adsbx_k3v9q2lm7w8r4t1p6z0n]], write a python snippet that pulls arrivals for egcc, dont hardcode the key",
    "minutes from the crew rep meeting, make them readable: attendees [[PERSON|shona]], [[PERSON|pat o'brien]], [[PERSON|raj]], me. rest rules on the ulr trips, [[PERSON|pat]] to email union, [[PERSON|raj]] to check hotel contracts",
    "whats a nice way to say no to uncle [[PERSON|ray]], he keeps asking me to use my staff travel to fly him to florida for free",
    "help me reply to [[PERSON|lindiwe]] who wants her deposit back for the flying club trip, refund goes to her account [[IBAN_CODE|nl29rabo0318476529]], she paid 350",
    "bag claim form asks for passport no, mine is [[ID_NUMBER|533817264]] and phone [[PHONE_NUMBER|(617) 555-0139]], does the airline really need the passport",
    "pls write a text to [[PERSON|joy]] saying the hangar alarm code is now [[PASSWORD|8 3 1 6 0]] and she has to set it when shes the last one out",
    # --- other languages ---
    "¿Puedes escribir un mensaje a [[PERSON|Lucía Fernández]] para decirle que su maleta apareció en Barajas? Que llame al [[PHONE_NUMBER|+34 612 847 390]] y que traiga el pasaporte [[ID_NUMBER|PAF482913]].",
    "Bitte fasse diese Notiz kurz zusammen: Flugschüler [[PERSON|Jonas Weber]] hat die Theorieprüfung bestanden. Zugang zum Lernportal: Benutzer [[ID_NUMBER|jweber_fs]], Passwort [[PASSWORD|Cessna172!]]. Die Rechnung geht an [[STREET_ADDRESS|Lindenstraße 14, 10969 Berlin]].",
    "Peux-tu traduire en anglais : « Bonjour [[PERSON|Amélie]], ton badge aéroport [[ID_NUMBER|CDG-BA-558201]] expire le 30. Rappelle-moi au [[PHONE_NUMBER|06 39 98 41 27]] pour le renouveler. »",
    "次の メッセージを 丁寧な 日本語に 直してください：[[PERSON|佐藤 美咲]]さん、来週の 羽田 クルーホテルの 予約番号は HND-7731 です。緊急時は [[PHONE_NUMBER|090-4821-7365]] まで。",
    "Помоги написать письмо в авиакомпанию: меня зовут [[PERSON|Ирина Соколова]], мой багаж потерян в Шереметьево, номер заявки SVO-48172. Контакты: [[EMAIL_ADDRESS|irina.sokolova84@yandex.ru]], [[PHONE_NUMBER|+7 916 482-73-15]].",
    "من فضلك ترجم هذه الرسالة إلى الإنجليزية: الكابتن [[PERSON|خالد المنصوري]] يحتاج إلى تغيير كلمة مرور نظام الجدولة، كلمة المرور الحالية [[PASSWORD|Falcon#8812]] ورقمه الوظيفي [[ID_NUMBER|EK-30417]].",
    # --- English ---
    "Can you draft a polite email to Captain [[PERSON|Okafor]] asking whether I can observe from the jump seat on the Lagos rotation next month? I'm a second officer, staff number [[ID_NUMBER|SO-41872]].",
    "Summarise this voicemail for me: \"Hi, it's [[PERSON|Brenda]] from the baggage desk at Terminal 5. We've located the suitcase under file LHRBA77310 and it'll be delivered tomorrow between 2 and 6 to [[STREET_ADDRESS|41 Wendover Close, Aylesbury HP21 9LT]]. Any problems, ring [[PHONE_NUMBER|020 7946 0381]].\"",
    "[[PERSON|Sunita]], [[PERSON|Gareth]] and I shared a cab from the crew hotel to the airport in Johannesburg. R640 total, [[PERSON|Gareth]] paid R200 already. Who owes what?",
    "Is this a scam? An email says 'Dear crew member, verify your roster login at crewportal-update.net within 24 hours.' It was sent to my work address [[EMAIL_ADDRESS|m.haddad@skyvale-air.com]].",
    "Make this sound less grumpy: '[[PERSON|Hope]], someone booked over my sim slot again. Tell Mr [[PERSON|Lindqvist]] I need Saturday 0800 back or I'll miss my checkride.'",
    "Write a reference letter for my former flight school student [[PERSON|Daniel Mwangi]], who is applying to a cadet programme. He soloed after 14 hours and passed his PPL skills test first time. His licence number is [[ID_NUMBER|KE-PPL-20931]] if they need it.",
    "My dispatcher account keeps locking. [[PERSON|Kwame]] in IT told me to try username [[ID_NUMBER|ops.vwright]] with password [[PASSWORD|Tailwind!2291]]. Can you write a ticket explaining it still fails after three attempts?",
    "Translate into Portuguese for the Lisbon handling agent: The passenger [[PERSON|Giulia Marchetti]] needs wheelchair assistance on arrival and her contact number is [[PHONE_NUMBER|+39 347 218 4096]].",
    "Plan a spotting day at Manchester for our club: [[PERSON|Alan]] will drive, [[PERSON|Priyanka]] has the scanner, [[PERSON|Stevo]] brings the step ladders. Meet at the Runway Visitor Park at 7.",
    "Can you fix the grammar: 'Dear Sir, my name is [[PERSON|Olumide Adeyemi]] and I lost my bag on flight 207 from Abuja, my address is [[STREET_ADDRESS|Flat 12, Carrow House, 5 King Street, Norwich NR1 2QF]] and my email is [[EMAIL_ADDRESS|olu.adeyemi@proton.me]].'",
    "Text [[PERSON|Rose]] that the crew bus leaves the hotel at 04:15 not 04:45, and that [[PERSON|Pilar]] swapped onto her flight.",
    "Help me word a message to the security pass office: my airside ID [[ID_NUMBER|MAN-AS-204518]] was in my jacket that got stolen at the staff car park. I'm [[PERSON|Callum Baird]], ramp agent, reachable on [[PHONE_NUMBER|07700 900215]].",
    "Here are my notes from the ATC trainee review, turn them into a short summary for the unit manager: [[PERSON|Farida]] ready for solo on approach; [[PERSON|Jens Mortensen]] needs 10 more hours on tower; [[PERSON|Tiago]] withdrew.",
    "How do I split a private charter cost fairly? Six of us flew Biggin Hill to Jersey: me, [[PERSON|Harriet]], [[PERSON|Nik]], [[PERSON|Bear]], [[PERSON|Olly]] and [[PERSON|Sanjay]]. £7,800 total, but [[PERSON|Sanjay]] only flew one way.",
    "Write a payment confirmation for the charter client, Mr [[PERSON|Vikram Oberoi]]: card ending 2518 charged £12,400 for the Geneva round trip. The full card was [[CREDIT_CARD|5426 1809 3746 2518]], please don't include that.",
    "Can you summarise this e-mail thread? [[PERSON|Marguerite]] asks if the crew hotel in Montreal can move us to the Old Port property; [[PERSON|Yusuf]] says the contract runs to March; [[PERSON|Marguerite]] replies that noise complaints hit 11 this month.",
    "My FAA application wants my SSN. Is it normal to type [[US_SSN|523-71-4068]] into their online form, or should I call them first?",
    "Draft a letter to the bank: please refund £86 to [[IBAN_CODE|GB75 MIDL 4005 1572 9384 61]] for the crew hotel laundry charge I was wrongly billed. Sign it [[PERSON|Aoife Brennan]], cabin crew.",
    "What's a kind reply to Grandpa [[PERSON|Joe]]? He wants me to take him to the Duxford air show but I'm on standby that weekend.",
    "Write a welcome note for our new flight school students: [[PERSON|Chen Wei]], [[PERSON|Mariana Costa]], [[PERSON|Elijah Brooks]] and [[PERSON|Zara]]. First ground school is Monday 9am in hangar 2.",
    "Please check this roster swap message: 'Hi [[PERSON|Kasia]], I'll take your Tenerife on the 9th if you take my Berlin on the 12th. My crew ID is [[ID_NUMBER|CC77215]].'",
    "Quick question: the spotters' club WhatsApp has [[PERSON|Dennis]]'s home address pinned ([[STREET_ADDRESS|27 Meadow Lane, Hounslow TW4 6BX]]) for the barbecue. Should I ask him to unpin it?",
    "The crew room keypad code is [[PASSWORD|7713*]] this month. Write a notice telling people to stop writing it on the whiteboard, signed by [[PERSON|Lorraine]] (base manager).",
    "Convert this call log into bullet points: 09:12 Mrs [[PERSON|Ortega]] called re lost pushchair, flight IB3166. 09:30 called back on [[PHONE_NUMBER|+34 655 301 874]]. 10:05 pushchair found in Madrid, courier booked.",
    "Write a Slack message to [[PERSON|Thabo]] asking him to rotate the flight-ops API key [[API_KEY|fo_live_8Qz2mW7rT4xK9pL1vN6c]] because it was pasted into a public channel.",
    "Help me plan my staff travel standby to Bangkok: I'm listed with my partner [[PERSON|Noor]] and my mum. Which days are best to avoid full loads?",
    "Rewrite as formal minutes: [[PERSON|Sam]] opened. [[PERSON|Ingrid]] reported 3 laser strikes near the approach. [[PERSON|Kofi]] will email the police liaison. Next meeting 4 June.",
    "My student [[PERSON|Bill]] owes £1,140 for 6 hours in the PA-28 plus landing fees. Write a firm but friendly invoice email to [[EMAIL_ADDRESS|billy.hutchins@btinternet.com]].",
    "Is this legit? Someone in a Facebook plane spotting group messaged [[PERSON|Ray Dunmore]] offering airside tour tickets if he sends his bank details and pass number. He's in our club.",
    "Please summarise for handover: aircraft G-EZTK delayed, crew out of hours. Hotel for 6 crew booked at the Hilton Garden Inn; captain [[PERSON|Wójcik]] contactable on [[PHONE_NUMBER|+48 601 482 937]].",
    "What should I write back? [[PERSON|Grace Liu]] from the flying club asked to borrow my headset and to use my logbook app login ([[ID_NUMBER|skyhawk_pete88]]) for a week.",
    "Can you translate this to German for the Frankfurt crew hotel: Our first officer [[PERSON|Tomasz]] left his passport, number [[ID_NUMBER|EK4928173]], at reception. Please keep it in the safe until he collects it.",
    "Split this: crew layover dinner in Singapore came to S$348. [[PERSON|Mei]] and [[PERSON|Arjun]] didn't drink, the other four did (me, [[PERSON|Frankie]], [[PERSON|Luis]], [[PERSON|Dee]]). Drinks were S$120.",
    "Write a message to the building manager: the gate code for [[STREET_ADDRESS|Unit 4, Crawley Business Quarter, Manor Royal, Crawley RH10 9QP]] is [[PASSWORD|1966#]] and contractors keep leaving it open.",
    "Draft a short congratulations card for [[PERSON|Precious]], who just got her commercial licence. Our whole class of 2022 will sign it.",
    "I'm a cabin crew manager. Summarise this incident note: 'Passenger in 14C abusive to crew member [[PERSON|Lena]]; captain [[PERSON|Abernathy]] informed; police met the aircraft.'",
    "Help me write to Skyvale HR: my payslip shows the wrong IBAN. The correct one is [[IBAN_CODE|IE44 AIBK 9310 4728 5619 34]]. Employee number [[ID_NUMBER|SV-118402]]. Name [[PERSON|Niamh Gallagher]].",
    "Read this voicemail and tell me what they want: 'Hello, this is [[PERSON|Kenji]] from the charter desk, the Gulfstream for Ms [[PERSON|Albrecht]] is confirmed for 0930 from Farnborough; please confirm the passenger list to [[EMAIL_ADDRESS|kenji.arai@aurelia-jets.co.uk]].'",
    "Can you help me word a complaint? The crew hotel in Nairobi charged my card [[CREDIT_CARD|4916 8273 5104 9284]] twice for room service. I'm [[PERSON|Wanjiru Kamau]] and they can reply to [[EMAIL_ADDRESS|wanjiru.kamau@kq-crew.net]].",
    "Our spotters' club treasurer [[PERSON|Sunny Singh]] wants to move the club account. Write a short email asking members to pay the £15 subscription to [[IBAN_CODE|GB51 NWBK 6073 0184 7293 65]] from now on.",
    "Fix this roster note: First officer [[PERSON|Hughes]] sick on the 0620 to Malaga, replacement is [[PERSON|Ama Mensah]], who's on standby at home.",
    "Translate into Italian: Dear [[PERSON|Stefano]], your flight school invoice is attached. The door code for the briefing room is [[PASSWORD|2207]] until Friday.",
    "A guy called [[PERSON|Derek Fairbanks]] emailed our charter company asking us to send the jet fuel payment to a new account because of 'an audit'. Is that a scam? The account given is [[IBAN_CODE|DE81 5001 0517 0648 3927 15]].",
    "Tidy up these ground staff shift notes: Early: [[PERSON|Ewa]], [[PERSON|Mohammed]], [[PERSON|Jo]]. Late: [[PERSON|Carlos]], [[PERSON|Becky]]. [[PERSON|Jo]] swaps with [[PERSON|Becky]] on Thursday.",
    "Write a short LinkedIn post congratulating [[PERSON|Aditi Raman]] on completing her ATC training at the college.",
    "I found a boarding pass in the staff car park: [[PERSON|Olga Ivanova]], seat 22A, frequent flyer [[ID_NUMBER|BA 48201937]]. What's the right thing to do with it?",
    "Draft an email to the flight school: Please update my address to\n[[STREET_ADDRESS|233 Maple Avenue, Apt 5B\nHartford, CT 06106]]\nand my phone to [[PHONE_NUMBER|(860) 555-0174]]. Student [[PERSON|Marcus Bell]], ID [[ID_NUMBER|FTS-20418]].",
    "How should I tell our new hire [[PERSON|Robin]] that sharing the baggage system password [[PASSWORD|Baggage#2024]] over text is against policy?",
    "Summarise: e-mail from [[PERSON|Félix Gagnon]]: 'The staff travel portal shows my dependants wrong. My daughter [[PERSON|Chloé]] is 19, not 29. My employee ID is [[ID_NUMBER|AC-509274]].'",
    "I'm organising the cabin crew reunion. Make a list from these: [[PERSON|Deb]] ([[EMAIL_ADDRESS|debs.moran@hotmail.co.uk]]), [[PERSON|Linh]] ([[PHONE_NUMBER|07700 900583]]), [[PERSON|Ravi]] ([[EMAIL_ADDRESS|ravi.k@fastmail.com]]).",
    "Can you write a polite nudge to Dr [[PERSON|Fenwick]], the aviation medical examiner, asking for my class 1 certificate? My CAA medical reference is [[ID_NUMBER|CAA-MED-337185]].",
    "Split 4 nights at the Dubai crew hotel upgrade, AED 1,600, between [[PERSON|Hana]], [[PERSON|Omar]] and me, but [[PERSON|Omar]] only stayed 2 nights.",
    "Is it safe to post this in the club chat? 'Tracker box is up at [[IP_ADDRESS|203.0.113.47]], login [[ID_NUMBER|feeder01]], password [[PASSWORD|runway27L]]. Cheers, [[PERSON|Gav]]'",
    "Write a polite out-of-office for me: I'm flying until the 18th; urgent roster issues go to [[PERSON|Maeve]] on [[PHONE_NUMBER|01632 960417]].",
    "Here's a lost-property log; turn it into a table: iPad, seat 3A, owner [[PERSON|Haruto Sato]]; black wallet, row 19, owner unknown; teddy bear, seat 28F, owner [[PERSON|Amira]] (child, mother's number [[PHONE_NUMBER|+971 50 318 2746]]).",
    "My per diem for the 3-day São Paulo trip is $74 a day; [[PERSON|Bruno]] says it should be $81 because it went up 9.5%. Is he right?",
    "Write a short message to the crew hotel: please note [[PERSON|Siobhan Kelly]] and [[PERSON|Arnav Desai]] will arrive at 02:30 and need a wake-up call at 11.",
    "Turn this into a professional email: 'yo hotel, [[PERSON|Tyrone]] left his laptop in 1107, send it to [[STREET_ADDRESS|88 Harbour Street, Unit 2, Wellington 6011]] asap, thx'",
    "What's a polite way to decline [[PERSON|Summer]]'s request to swap her Christmas Day trip? I already swapped with her twice this year.",
    "Please translate to Dutch for my colleague: 'Hi [[PERSON|Femke]], your new airside pass number is [[ID_NUMBER|AMS-7720913]] and the temporary PIN for the staff turnstile is [[PASSWORD|5902]].'",
    "Summarise these ATC trainee results for the course file: [[PERSON|Adebayo Okonjo]] 84%, [[PERSON|Selin Kaya]] 91%, [[PERSON|Mateo]] 77%, [[PERSON|Ellie-Mae Turner]] 88%. Pass mark is 80.",
    "My colleague [[PERSON|Drew]] found a USB stick at the check-in desk with a file called 'crew passwords'. What should we do with it?",
    "Write an SMS to passenger [[PERSON|Joaquín Herrera]] saying his delayed bag will arrive on tonight's last flight and a driver will call [[PHONE_NUMBER|+52 55 4183 7260]] before delivery.",
    "Help me reply to my landlord: I'm a trainee pilot at the academy, rent goes out from [[IBAN_CODE|ES65 0049 1500 0527 1839 4650]] on the 1st but my course stipend arrives on the 5th. Can we move the date? Thanks, [[PERSON|Álvaro]]",
    "Can you explain this error? Our spotters' club server at [[IP_ADDRESS|2001:db8:4a2::17]] rejects SSH from [[IP_ADDRESS|192.0.2.88]] with 'too many authentication failures'.",
    "Write a reminder to the flight school group: [[PERSON|Jamal]], [[PERSON|Petra]] and [[PERSON|Yuki]] still haven't returned the club headsets. The hangar is open 8 to 6.",
    "I need to stop the airline paying into my old account. Draft a letter: Name [[PERSON|Carla Mendes]], SSN [[US_SSN|218-45-9637]], payments to stop at the end of the month.",
    "Please reword: 'Capt. [[PERSON|Strand]], your hotel is the Radisson Blu, room 418. The key card PIN is [[PASSWORD|3381]].'",
    "Draft a WhatsApp to Auntie [[PERSON|Pam]] explaining she can't fly on my staff pass unless she's registered as my nominee, and [[PERSON|Gordon]] already has that slot.",
    "Summarise this email from crew scheduling: 'Dear Ms [[PERSON|Nakamura]], your roster for June is published. Please log in to the crew portal with your staff ID [[ID_NUMBER|JL-448120]]. If you have questions, contact [[PERSON|Hiroshi Tanaka]] on [[PHONE_NUMBER|080-3725-6194]].'",
    "Is this text a scam? 'Your lost baggage claim 88213 is approved. To receive £250, reply with your card number and CVV.' I did file a claim last week under my name, [[PERSON|Eleanor Whitcombe]].",
    "What's the nicest way to tell [[PERSON|Marek]] that his photos of the security fence got the club a warning from airport police?",
    "Draft a handover note: Gate 14 printer jammed; [[PERSON|Li Na]] reset it. New login for the gate system is [[ID_NUMBER|gate14_ops]] / [[PASSWORD|Bluesky!47]]. Tell the late shift.",
    "Help me write a message to [[PERSON|Kiri]] at the Auckland crew base: can she post my forgotten uniform jacket to [[STREET_ADDRESS|15 Ponsonby Road, Grey Lynn, Auckland 1011]]? I'll pay the courier.",
    "Calculate how much each of us owes for the Cessna rental: 2.4 hours at £210/hr, split between [[PERSON|Freddie]], [[PERSON|Ananya]] and me, plus an £18 landing fee that [[PERSON|Freddie]] covered.",
    "Translate into Spanish: Dear Mr [[PERSON|Ruiz]], your private charter from Ibiza is confirmed. The crew will call you on [[PHONE_NUMBER|+34 971 482 305]] one hour before departure.",
    "I'm the spotters' club secretary. Write the AGM minutes from these notes: chair [[PERSON|Malcolm]]; treasurer [[PERSON|Joyce]] reported £2,310 in the account; [[PERSON|Ibrahim]] proposed a trip to Schiphol; agreed.",
    "Write a short, calm reply to Mrs [[PERSON|Adeleke]], who says her bag was damaged on arrival and wants compensation sent to [[IBAN_CODE|BE55 0635 8274 9105]]. Tell her we need photos first.",
    "Can you make a shared note for our crew? Wi-Fi for the Lisbon layover flat is [[PASSWORD|Tejo2025crew]], the lockbox is [[PASSWORD|0419]], and the landlord, Senhor [[PERSON|Duarte]], lives downstairs.",
    "Draft a text to [[PERSON|Nadia]]: her ATC mentor, [[PERSON|Phil Crowe]], moved her simulator assessment to Tuesday 14:00.",
    "I'm a ground handler and my pay went to the wrong account. Write to payroll with my details: [[PERSON|Samuel Oyelaran]], badge [[ID_NUMBER|GH-30791]], correct account [[IBAN_CODE|GB51 LOYD 3096 3518 2746 09]].",
    "Please tidy this voicemail transcript: 'uh hi it's [[PERSON|Charlie]] from the Biggin Hill FBO, um, the passengers for tomorrow are [[PERSON|Anton Reyes]] and his assistant, they'll need parking, call me on [[PHONE_NUMBER|07700 900864]]'",
    "Our flying club's booking system got hacked. The attacker IP in the logs is [[IP_ADDRESS|198.51.100.142]]. Write a notice telling members to change their passwords and that [[PERSON|Hamza]] is handling it.",
    "Please format this for the baggage courier label, the passenger is [[PERSON|Kirsty Henderson]]:\n[[STREET_ADDRESS|Flat 2/1\n19 Dowanhill Street\nGlasgow\nG11 5QR]]\nPhone [[PHONE_NUMBER|+44 7700 900156]]",
]

# 100 one-person records: 42 carry a national id with valid check digits.
RECORDS = [
    "Crew profile: [[PERSON|Zhang Wei]], cabin crew, Shenzhen base, resident ID [[ID_NUMBER|44030519880714263X]], mobile [[PHONE_NUMBER|+86 138 2719 4605]].",
    "Passenger [[PERSON|Margaret Ellison]] reported a missing suitcase on arrival; delivery address [[STREET_ADDRESS|6 Orchard Way, Harrogate HG2 0LS]].",
    "乘务员 [[PERSON|李静怡]]，身份证号 [[ID_NUMBER|310115199302274183]]，联系电话 [[PHONE_NUMBER|+86 139 1647 2038]]，上海基地。",
    "[[PERSON|Dmitri Volkov]] | FO | staff no [[ID_NUMBER|VR-22817]] | roster line 14 | [[EMAIL_ADDRESS|d.volkov@nordwind-crew.ru]]",
    "Flight school enrolment | [[PERSON|Ana Clara Souza]] | CPF [[ID_NUMBER|418.736.205-35]] | [[EMAIL_ADDRESS|anaclara.souza@uol.com.br]] | PPL course, start 3 March",
    "name,role,phone,email\n[[PERSON|Keisha Robinson]],ramp supervisor,[[PHONE_NUMBER|(404) 555-0127]],[[EMAIL_ADDRESS|keisha.robinson@peachground.com]]",
    "Passageiro [[PERSON|Rodrigo Nascimento]], CPF [[ID_NUMBER|062.915.847-94]], registrou extravio de bagagem em Guarulhos; telefone [[PHONE_NUMBER|+55 11 98374-2615]].",
    "2024-03-11T06:42:19Z AUTH_FAIL user=[[ID_NUMBER|mrossi_ops]] src=[[IP_ADDRESS|203.0.113.214]] crew=[[PERSON|Marco Rossi]]",
    "Ground staff register: [[PERSON|Rohan Mehta]], loader, Aadhaar [[ID_NUMBER|7341 8265 0936]], airside pass [[ID_NUMBER|DEL-AP-55183]].",
    "Security pass register — [[PERSON|Patrick Doyle]], pass [[ID_NUMBER|DUB-ASC-118204]], zones A/B/C, expires 09/2026.",
    '{"traveller": "[[PERSON|Kavya Iyer]]", "aadhaar": "[[ID_NUMBER|5826 0741 9231]]", "phone": "[[PHONE_NUMBER|+91 98450 31726]]", "route": "BLR-DXB"}',
    "Our new spotters' club member [[PERSON|Ken Whitaker]] can be reached at [[EMAIL_ADDRESS|kenw.spotter@btopenworld.com]] or [[PHONE_NUMBER|01632 960283]].",
    "ATC trainee register, Changi: [[PERSON|Tan Hui Min]], NRIC [[ID_NUMBER|S8734162C]], cohort 14, mentor assigned.",
    '{"pilot": "[[PERSON|Amara Okeke]]", "licence": "[[ID_NUMBER|NG/ATPL/004817]]", "base": "LOS"}',
    "Security pass application: applicant [[PERSON|Muhammad Faiz bin Rahman]], NRIC [[ID_NUMBER|T0281597J]], employer ground handling, phone [[PHONE_NUMBER|+65 9183 4726]].",
    "Charter invoice paid by [[PERSON|Henrik Sørensen]] with card [[CREDIT_CARD|5358 0416 2973 8452]] on 14 May.",
    "Besättningsmedlem [[PERSON|Elin Lindström]], personnummer [[ID_NUMBER|910423-3862]], bas Arlanda, e-post [[EMAIL_ADDRESS|elin.lindstrom@telia.se]].",
    "Staff travel profile: [[PERSON|Yasmin Haddad]], employee [[ID_NUMBER|EK-771204]], nominee login [[ID_NUMBER|yhaddad.st]], password [[PASSWORD|Dunes!7731]].",
    "Vliegschool inschrijving: [[PERSON|Daan de Vries]], BSN [[ID_NUMBER|273819471]], adres [[STREET_ADDRESS|Keizersgracht 418, 1016 GD Amsterdam]].",
    "Fee refund to student [[PERSON|Lukas Gruber]], IBAN [[IBAN_CODE|AT36 2011 1820 4736 1925]], amount EUR 450.",
    "Staff travel nominee form: employee [[PERSON|Sanne Bakker]], BSN [[ID_NUMBER|614503826]], mobile [[PHONE_NUMBER|+31 6 2947 1835]], nominee: partner.",
    "Crew hotel check-in, Doha: [[PERSON|Sophie Laurent]], passport [[ID_NUMBER|19FV48273]], room 1204, phone [[PHONE_NUMBER|+33 6 39 98 52 14]].",
    "승무원 [[PERSON|김민준]], 주민등록번호 [[ID_NUMBER|870915-2153862]], 인천 기지, 휴대폰 [[PHONE_NUMBER|010-4827-3916]].",
    "ATC trainee [[PERSON|Benjamin Osei]] passed his aerodrome rating; contact him at [[EMAIL_ADDRESS|ben.osei@natscollege.org.uk]].",
    "Pilot onboarding, Sydney: [[PERSON|Liam O'Connell]], TFN [[ID_NUMBER|462 719 353]], mobile [[PHONE_NUMBER|0491 570 218]], address [[STREET_ADDRESS|12 Beach Road, Bondi NSW 2026]].",
    "US crew onboarding: [[PERSON|Tyler Jackson]], SSN [[US_SSN|371-28-6045]], DOB 02/14/1994, address [[STREET_ADDRESS|4410 Dorsey Ave, Apt 12, Charlotte, NC 28205]].",
    "Cabin crew payroll record for [[PERSON|Chloe Nguyen]]: TFN [[ID_NUMBER|385 194 262]], super fund member no. [[ID_NUMBER|SF-7720148]].",
    "[[PERSON|Rosa Delgado]], 41, gate agent at LAX, lives at [[STREET_ADDRESS|1827 W 37th Pl, Los Angeles, CA 90018]].",
    "Crew hire, Toronto base: [[PERSON|Marie-Ève Tremblay]], SIN [[ID_NUMBER|527 384 168]], phone [[PHONE_NUMBER|(416) 555-0162]].",
    "Baggage claim BGX-55821: owner [[PERSON|Arjun Nair]], phone [[PHONE_NUMBER|+91 90040 18276]], deliver to [[STREET_ADDRESS|Flat 302, Lake View Apartments, 14th Cross, Indiranagar, Bengaluru 560038]].",
    "[[PERSON|Jaskaran Gill]], ramp agent at YVR, SIN [[ID_NUMBER|719 462 301]], badge [[ID_NUMBER|YVR-RA-40918]].",
    "Mitglied des Spotterclubs: [[PERSON|Uwe Brandt]], Mitgliedsnummer [[ID_NUMBER|SC-0482]], Telefon [[PHONE_NUMBER|030 23125 417]].",
    "Kabin memuru [[PERSON|Elif Yıldız]], T.C. kimlik no [[ID_NUMBER|28374651994]], İstanbul üssü, e-posta [[EMAIL_ADDRESS|elif.yildiz@mynet.com]].",
    "Hôtel équipage, réservation au nom de [[PERSON|Nathalie Girard]], téléphone [[PHONE_NUMBER|06 39 98 73 05]], courriel [[EMAIL_ADDRESS|n.girard@orange.fr]].",
    "Occupational health referral: first officer [[PERSON|Aled Pritchard]], NHS number [[ID_NUMBER|485 217 3907]], staff no. [[ID_NUMBER|EZY-60413]].",
    "Roster extract: Capt. [[PERSON|Eamon Walsh]], crew ID [[ID_NUMBER|EI-40271]], duty 05:10 to 13:45, Dublin to Faro and back.",
    "To the practice: please update the record of [[PERSON|Joanne Rigby]], NHS number [[ID_NUMBER|612 904 7398]], air traffic control trainee, new address [[STREET_ADDRESS|9 Fulwood Row, Preston PR2 5RW]].",
    "Private charter passenger [[PERSON|Alessandro Ferri]], passport [[ID_NUMBER|YA4827193]], mobile [[PHONE_NUMBER|+39 335 718 2946]].",
    "Rejestr kursantów: [[PERSON|Katarzyna Wiśniewska]], PESEL [[ID_NUMBER|95072314863]], licencja ucznia-pilota, tel. [[PHONE_NUMBER|+48 512 739 406]].",
    "Lost and found log 17/06: Kindle returned to [[PERSON|Priscilla Owusu]], ID checked (passport [[ID_NUMBER|G4018273]]).",
    "Assistente di volo [[PERSON|Giulia Martini]], codice fiscale [[ID_NUMBER|MRTGLI92M48F205Y]], base Milano Malpensa.",
    "Spotters' club renewal: [[PERSON|Trevor Banks]] paid £20 by card [[CREDIT_CARD|4026 1738 9054 7166]].",
    "Lennonjohtajaharjoittelija [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|140389-527D]], puhelin [[PHONE_NUMBER|+358 40 729 3816]].",
    "Student pilot [[PERSON|Mia Schneider]] | login [[ID_NUMBER|mschneider]] | temporary password [[PASSWORD|Klappe-19x]] | course IR(A)",
    "Charter client record: [[PERSON|Sipho Ndlovu]], SA ID [[ID_NUMBER|8906125183087]], card [[CREDIT_CARD|3782 164905 37129]].",
    "Crew transport request: pick up [[PERSON|Kwabena Asante]] from [[STREET_ADDRESS|22 Ring Road East, Osu, Accra]] at 03:30.",
    "整備士 [[PERSON|山本 健太]] マイナンバー [[ID_NUMBER|5281 7349 0610]] 連絡先 [[PHONE_NUMBER|070-3819-4627]]",
    "Staff parking permit holder: [[PERSON|Lorna McIntyre]], vehicle SK19 XPT, staff ID [[ID_NUMBER|GLA-30481]].",
    "Tripulante de cabina [[PERSON|Carmen Romero]], DNI [[ID_NUMBER|47382916H]], base Barajas, correo [[EMAIL_ADDRESS|carmen.romero.tcp@gmail.com]].",
    "[[PERSON|Jun Park]] (ATC trainee, Incheon): email [[EMAIL_ADDRESS|jun.park@kac-training.kr]], phone [[PHONE_NUMBER|010-7392-5184]].",
    "Agente de rampa [[PERSON|Andrei Popescu]], NIE [[ID_NUMBER|Y5829174E]], pase aeroportuario [[ID_NUMBER|PMI-41827]].",
    "Application for airside pass: applicant [[PERSON|Fatima Zahra Benali]], phone [[PHONE_NUMBER|+212 661 482 937]], address [[STREET_ADDRESS|23 Rue Ibn Batouta, Casablanca 20250]].",
    "Crew hotel guest card: [[PERSON|Seán Ó Murchú]], PPS [[ID_NUMBER|6381925VA]], room billed to the airline.",
    "Charter booking note: lead passenger [[PERSON|Beatrix von Arnim]], pays by transfer from [[IBAN_CODE|CH89 0483 5017 3829 4610 0]].",
    "Personnel navigant : [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 85 06 75 123 418 77]], base Orly.",
    "Register of flight instructors: [[PERSON|Gustavo Pereira]], FI(A) licence [[ID_NUMBER|PT.FCL.FI.30418]], phone [[PHONE_NUMBER|+351 912 483 705]].",
    "Bagagiste [[PERSON|Mathieu Peeters]], numéro national [[ID_NUMBER|82.05.19-341.70]], badge [[ID_NUMBER|BRU-GH-2290]].",
    "Cabin crew member [[PERSON|Hannah Fischer]] updated her bank account to [[IBAN_CODE|DE77 1203 0000 1047 5829 36]].",
    "Kabinansatt [[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|120788 46389]], base Gardermoen, mobil [[PHONE_NUMBER|+47 482 19 736]].",
    '2024-05-02 22:14:07 VPN login ok user=[[ID_NUMBER|atc.trainee.okoro]] ip=[[IP_ADDRESS|198.51.100.77]] name="[[PERSON|Chidi Okoro]]"',
    "Aluno piloto [[PERSON|Tiago Almeida]], NIF [[ID_NUMBER|257 391 843]], morada [[STREET_ADDRESS|Rua das Flores 52, 4050-265 Porto]].",
    "Dear Ms [[PERSON|Abiodun]], your flight school account [[ID_NUMBER|FS-2023-0871]] is overdue by £340. We have your e-mail as [[EMAIL_ADDRESS|t.abiodun@yahoo.co.uk]]; please reply there.",
    "Însoțitor de bord [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2901112405831]], telefon [[PHONE_NUMBER|+40 721 384 905]].",
    "[[PERSON|Esperanza Ruiz]];cabin crew;Madrid;[[EMAIL_ADDRESS|esperanza.ruiz@iberomail.es]];[[PHONE_NUMBER|+34 622 918 307]]",
    "Pasajero chárter [[PERSON|Felipe Contreras]], RUT [[ID_NUMBER|16.482.735-6]], correo [[EMAIL_ADDRESS|fcontreras@vtr.net]].",
    "Staff travel: employee [[PERSON|Connor Walsh]] nominated his partner; employee no. [[ID_NUMBER|RY-59301]].",
    "Lennujuhi praktikant [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|38809304213]], Tallinna lennujaam.",
    "Hotel folio for crew member [[PERSON|Pooja Sharma]], card on file [[CREDIT_CARD|5187 3490 6251 7342]], room 814.",
    "Flugfreyja [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|251190-3569]], sími [[PHONE_NUMBER|+354 612 4873]].",
    "ATC college applicant [[PERSON|Lewis Campbell]], date of birth 03/09/2001, address [[STREET_ADDRESS|17 Craigentinny Avenue, Edinburgh EH7 6QN]].",
    "Palubní průvodčí [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|885412/6303]], základna Praha.",
    "Frequent flyer account [[ID_NUMBER|LH 992 0183 4726 815]] belongs to [[PERSON|Klaus Wagner]].",
    "Бортпровідниця [[PERSON|Олена Шевченко]], РНОКПП [[ID_NUMBER|3185629471]], тел. [[PHONE_NUMBER|+380 67 418 2953]].",
    "[[PERSON|Ayesha Siddiqui]] filed damaged bag claim DXB-20419, email [[EMAIL_ADDRESS|ayesha.sidd@outlook.com]], phone [[PHONE_NUMBER|+971 55 204 8317]].",
    "Flugschüler [[PERSON|Maximilian Hoffmann]], Steuer-ID [[ID_NUMBER|57 639 182 048]], Anschrift [[STREET_ADDRESS|Bergstraße 7, 60385 Frankfurt am Main]].",
    "Học viên phi công [[PERSON|Nguyễn Thị Lan]], hộ chiếu [[ID_NUMBER|C4827193]], điện thoại [[PHONE_NUMBER|+84 912 483 076]].",
    "Aeromedical check record: pilot [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKP4188]], phone [[PHONE_NUMBER|+64 21 483 9176]].",
    "Membership card, Thames Valley Aviation Society: [[PERSON|Geoffrey Pike]], member no. [[ID_NUMBER|TVAS-1187]].",
    "Flight school student [[PERSON|Jack Thornton]], Medicare [[ID_NUMBER|3729 51849 2]], mobile [[PHONE_NUMBER|+61 491 570 604]].",
    "Plane spotter [[PERSON|Jamie Lowe]], 29, of [[STREET_ADDRESS|3 Kestrel Close, Luton LU2 8RT]], was escorted from the perimeter road on Sunday.",
    "Φοιτήτρια πιλότος [[PERSON|Μαρία Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|22049105830]], τηλ. [[PHONE_NUMBER|+30 694 718 2350]].",
    "Crew member: [[PERSON|Aisha Bello]]\nStaff ID: [[ID_NUMBER|AB-30927]]\nPhone: [[PHONE_NUMBER|+234 803 418 2976]]",
    "Bonjour, je suis [[PERSON|Yannick Diallo]], élève pilote, et ma nouvelle adresse est [[STREET_ADDRESS|14 rue Pasteur, 31000 Toulouse]].",
    "דייל [[PERSON|יונתן לוי]], ת.ז. [[ID_NUMBER|318572641]], בסיס נתב״ג.",
    "Flight school invoice to [[PERSON|Charlotte Evans]], paid by card [[CREDIT_CARD|4483 0271 5968 4373]], ref INV-2291.",
    "Aviation medical: pilot [[PERSON|Rahul Verma]], CAA medical ref [[ID_NUMBER|MED-1-448207]], phone [[PHONE_NUMBER|07700 900629]].",
    "user [[PERSON|Sofia Andersson]] reset password to [[PASSWORD|Northern!Lights88]] via crew portal",
    "Ground handler [[PERSON|Emeka Nwosu]]: security pass [[ID_NUMBER|LGW-SP-661029]], locker code [[PASSWORD|3174]].",
    "Cliente de vuelo privado: [[PERSON|Valentina Ríos]], tarjeta [[CREDIT_CARD|5251 7394 6028 3151]], teléfono [[PHONE_NUMBER|+57 310 482 7391]].",
    "Private jet passenger [[PERSON|Rashid Al Hammadi]], passport [[ID_NUMBER|P8204716]], e-mail [[EMAIL_ADDRESS|r.alhammadi@desertmail.ae]].",
    "Dispatcher [[PERSON|Wyatt Cole]]: SSN [[US_SSN|604-17-3852]], phone [[PHONE_NUMBER|(602) 555-0181]].",
    "Lost item: passport belonging to [[PERSON|Mariam Tesfaye]], number [[ID_NUMBER|EP2918374]], handed to airport police.",
    "[[PERSON|Bilal Chaudhry]] | cabin crew | [[EMAIL_ADDRESS|bilal.chaudhry@pia-crew.pk]] | [[PHONE_NUMBER|+92 300 418 2765]]",
    "Flying club member [[PERSON|Isla Robertson]] paid her annual dues from [[IBAN_CODE|IE31 BOFI 9000 1738 4629 51]].",
    "ATC trainee [[PERSON|Lars Eriksen]], salary account [[IBAN_CODE|DK09 3000 4027 1836 49]].",
    "Hotel crew liaison: [[PERSON|Ximena Flores]], [[PHONE_NUMBER|(305) 555-0193]], [[EMAIL_ADDRESS|ximena.flores@coralbayhotel.com]].",
    "Flight ops tool account: owner [[PERSON|Hugo Martins]], API key [[API_KEY|sv_ops_5tK8wQ2zL9mN4rX7pB3d]].",
    "Charter passenger [[PERSON|Oskar Nilsson]], refund to IBAN [[IBAN_CODE|SE61 5000 0000 0583 9146 2037]].",
    "Spotters' forum moderator [[PERSON|Pedro Alves]], last login from [[IP_ADDRESS|192.0.2.156]].",
    "Pilot cadet [[PERSON|Zofia Nowak]], bank account [[IBAN_CODE|PL12 1020 5561 0000 2837 1946 5018 27]], e-mail [[EMAIL_ADDRESS|zofia.nowak@wp.pl]].",
]

# 25 MT-Bench and Vicuna-style prompts: historical and fictional people are not personal data.
CLEAN_PROMPTS = [
    "Write a persuasive essay of about 400 words arguing that small regional airports deserve public funding.",
    "Compose a short poem about the last flight of Concorde, told from the point of view of the aircraft.",
    "Explain, as if to a ten-year-old, how a jet engine produces thrust.",
    "Imagine you are Amelia Earhart writing a diary entry the night before your 1932 solo flight across the Atlantic. Write the entry.",
    "Write a Python function that takes a list of departure times as strings in HH:MM format and returns them sorted, without duplicates.",
    "Compare the advantages and disadvantages of hub-and-spoke and point-to-point airline networks.",
    "Role-play as an air traffic controller calmly explaining to a nervous passenger what happens during a go-around.",
    "Extract all airport codes from this text and list them alphabetically: 'The route ran LHR to SIN, then SIN to SYD, with a diversion to PER.'",
    "Sherlock Holmes is asked to find a suitcase that vanished between the check-in desk and the aircraft hold. Write the opening scene.",
    "What were the main reasons airship travel declined after the Hindenburg disaster?",
    "Summarise the contribution of the Wright brothers to powered flight in three bullet points.",
    "How would you design a fair rostering system for cabin crew that balances seniority with family commitments? Give a step-by-step plan.",
    "Write a SQL query that returns the ten airports with the most delayed departures from a table flights(origin, scheduled, actual).",
    "Describe the differences between visual flight rules and instrument flight rules for a new student pilot.",
    "Draft a friendly welcome speech for the opening night of a plane spotters' club photography exhibition.",
    "What might aviation look like today if Charles Lindbergh had failed to reach Paris in 1927?",
    "Write a haiku about waiting at an airport gate at dawn.",
    "Give me five tips for writing a clear lost-luggage policy for a small airline's website.",
    "Explain why aircraft leave contrails on some days and not on others.",
    "Pretend you are Yuri Gagarin describing the view from orbit to a class of schoolchildren.",
    "Write a product description for a noise-cancelling headset aimed at private pilots.",
    "A plane lands in London at 7 pm New York time. London is five hours ahead of New York. What time is it in London? Explain step by step.",
    "Rewrite this sentence in formal English: 'The flight got cancelled cos the crew ran out of hours.'",
    "What are the ethical questions raised by using facial recognition at airport security checkpoints?",
    "Write a short adventure story in which Biggles has to land a damaged biplane in a field at night.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya is a flight instructor. She teaches 3 lessons each weekday and 5 lessons on Saturday, and each lesson lasts 1.5 hours. If she rests on Sunday, how many hours does she teach in a week?",
    "An airport bus holds 48 passengers. On its first trip it is three quarters full, and on its second trip it carries 10 more passengers than on the first. How many passengers did it carry in total?",
    "Carlos collects model aircraft. He has 24 airliners and half as many fighter jets. He then buys 7 more airliners. How many models does he have now?",
    "A baggage carousel delivers 18 bags per minute. Dev watches it for 12 minutes, and one third of the bags he sees are black. How many black bags did Dev see?",
    "Priya's flight lasts 7 hours 40 minutes and departs at 22:35. At what time does it land, in the same time zone?",
    "A flying club charges $160 per hour for its Cessna and $45 per hour for an instructor. Liam flies 4 hours solo and 3 hours with an instructor. How much does he pay in total?",
    "Hana and Tomas are spotting planes. Hana logs 17 registrations in the morning and twice as many in the afternoon. Tomas logs 12 fewer than Hana in total. How many registrations did Tomas log?",
    "A crew hotel has 120 rooms. Ingrid, the manager, books 35% of them for pilots and 45% for cabin crew. How many rooms are left for other guests?",
    "An airline gives 5 points for every dollar spent. Zoe spends $240 on a ticket and $36 on extra luggage. How many points does she earn?",
    "Omar's plane burns 2,400 kg of fuel per hour. How much fuel does it burn on a flight lasting 3 hours 15 minutes?",
    "Leila checks in 4 suitcases. Three weigh 18 kg each and one weighs 26 kg. The airline allows 23 kg per bag and charges $15 for each kilogram over the limit. How much does Leila pay?",
    "Sam's ground crew of 6 workers can unload an aircraft in 40 minutes. How long would 8 workers take, working at the same rate?",
    "Nadia walks 1.2 km from the check-in desk to her gate at 4 km per hour. How many minutes does the walk take her?",
    "Ben buys 3 airport coffees at $4.50 each and a sandwich for $7.25. He pays with a $30 note. How much change does he get?",
    "A flight school has 84 students. One quarter are training for an instrument rating, and one third of the rest are training for a commercial licence. How many students are training for neither?",
    "Ella's flight was delayed by 2 hours 50 minutes and then by another 95 minutes. How long was the total delay in minutes?",
    "Kofi flies 3 round trips between two cities that are 540 miles apart. How many miles does he fly altogether?",
    "Rosa's spotters' club had 60 members. This year 15% of them left and 12 new members joined. How many members does the club have now?",
    "Jin is saving for a $2,700 ground school course. He saves $225 each month. How many months will it take him?",
    "An airport shop sells keyrings at 3 for $10. Amira buys 12 keyrings. How much does she spend?",
    "Hugo flies a drone for 25 minutes on each battery. He has 4 batteries and recharges two of them once. How many minutes can he fly in total?",
    "Nia and Paul serve 180 passengers. Each trolley holds drinks for 45 passengers, and they share the trolleys equally. How many trolleys does each of them take?",
    "Felix's plane climbs at 1,800 feet per minute. How many minutes does it take to reach a cruising altitude of 36,000 feet?",
    "An airport car park charges $12 for the first day and $8 for each extra day. Grace parks for 9 days. How much does she pay?",
    "Lucia's suitcase was lost for 6 days. The airline pays $50 a day for essentials, up to a maximum of $250. How much does Lucia receive?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the four forces acting on an aircraft in level flight directly opposes thrust?\nA. Lift\nB. Weight\nC. Drag\nD. Torque",
    "In the ICAO phonetic alphabet, the letter Q is spoken as:\nA. Queen\nB. Quebec\nC. Quartz\nD. Quito",
    "A METAR is best described as:\nA. a routine aviation weather observation\nB. a flight plan amendment\nC. a runway lighting code\nD. an aircraft maintenance log",
    "Bernoulli's principle states that as the speed of a moving fluid increases, its pressure:\nA. increases\nB. stays the same\nC. decreases\nD. doubles",
    "Which organisation sets international standards for civil aviation?\nA. IATA\nB. ICAO\nC. NATO\nD. WHO",
    "The transponder code 7700 indicates:\nA. radio failure\nB. unlawful interference\nC. a general emergency\nD. VFR flight",
    "Which instrument shows an aircraft's rate of climb or descent?\nA. Altimeter\nB. Vertical speed indicator\nC. Airspeed indicator\nD. Heading indicator",
    "The Montreal Convention of 1999 mainly governs:\nA. airline liability for passengers and baggage\nB. air traffic control licensing\nC. aircraft noise limits\nD. airport security screening",
    "What is the main purpose of de-icing fluid sprayed on an aircraft before departure?\nA. To reduce engine noise\nB. To remove and prevent ice that spoils the wing's lift\nC. To clean the windscreen\nD. To cool the brakes",
    "In economics, an airline charging different fares for the same seat depending on when it is booked is an example of:\nA. perfect competition\nB. price discrimination\nC. a price ceiling\nD. a public good",
    "Runway 27 is aligned with a magnetic heading of approximately:\nA. 027 degrees\nB. 090 degrees\nC. 180 degrees\nD. 270 degrees",
    "At higher altitudes, air density:\nA. increases\nB. decreases\nC. does not change\nD. first decreases then increases",
    "The first powered, controlled, sustained flight of a heavier-than-air aircraft took place in:\nA. 1896\nB. 1903\nC. 1914\nD. 1927",
    "Which part of the wing is moved to roll an aeroplane?\nA. Rudder\nB. Elevator\nC. Ailerons\nD. Flaps",
    "Hypoxia at altitude is caused mainly by:\nA. low partial pressure of oxygen\nB. high humidity\nC. excess nitrogen in the cabin\nD. cold temperatures",
    "In air traffic control, 'squawk' refers to:\nA. a radio check\nB. setting a transponder code\nC. an engine fault\nD. a runway incursion",
    "Which gas makes up most of the Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Nitrogen\nD. Argon",
    "A tailwind on take-off will:\nA. shorten the take-off run\nB. lengthen the take-off run\nC. have no effect\nD. increase lift at rest",
    "The unit of speed most used in aviation is the knot, which equals one:\nA. statute mile per hour\nB. kilometre per hour\nC. nautical mile per hour\nD. metre per second",
    "Which layer of the atmosphere do most commercial jets cruise in or near?\nA. Thermosphere\nB. Mesosphere\nC. Upper troposphere and lower stratosphere\nD. Exosphere",
    "Under the principle of comparative advantage, a country should specialise in goods for which it has:\nA. the lowest absolute cost\nB. the lowest opportunity cost\nC. the highest tariffs\nD. the largest airports",
    "A 'hot and high' airport reduces aircraft performance because:\nA. the air is less dense\nB. the runways are shorter\nC. fuel is heavier\nD. gravity is stronger",
    "Which phase of flight statistically accounts for the largest share of accidents?\nA. Cruise\nB. Climb\nC. Taxi\nD. Approach and landing",
    "The primary function of the flaps on a wing is to:\nA. steer the aircraft on the ground\nB. increase lift and drag at low speeds\nC. reduce fuel burn in cruise\nD. control yaw",
    "The sound barrier was first broken in level flight in:\nA. 1927\nB. 1939\nC. 1947\nD. 1969",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What is the best way to reduce jet lag after flying east across six time zones?",
    "How can I lower my risk of deep vein thrombosis on a long-haul flight?",
    "Why do my ears hurt during descent, and what can I do about it?",
    "Is it safe to fly in the third trimester of pregnancy?",
    "What helps with motion sickness on small aircraft?",
    "Does the dry air in an aircraft cabin cause dehydration, and how much water should I drink on a ten-hour flight?",
    "Are frequent flyers exposed to enough cosmic radiation to worry about?",
    "What are good techniques for managing a fear of flying?",
    "How does night shift work affect sleep, and what can shift workers do to rest better?",
    "Can I fly with a cold, or does congestion make ear problems more likely?",
    "How long after scuba diving should I wait before flying?",
    "What are the symptoms of hypoxia at altitude?",
    "Is it safe to take melatonin for jet lag, and what dose is usually suggested?",
    "What should someone with asthma pack in their hand luggage for a long trip?",
    "How long should I wait to fly after keyhole surgery on the knee?",
    "Why do my feet and ankles swell on long flights?",
    "What vaccinations are usually recommended before travelling to tropical countries?",
    "Can loud aircraft noise at work damage hearing, and what protection is adequate for ramp workers?",
    "How can people who stand all day on hard floors reduce back and foot pain?",
    "Is it safe to fly soon after a heart attack?",
    "What causes the headache some people get on take-off?",
    "How can I stay alert and eat well on an early morning shift that starts at 4 am?",
    "Are airport body scanners safe for people with pacemakers?",
    "What are the warning signs of burnout in people who work irregular shifts?",
    "How should insulin be stored when flying across several time zones?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "44030519880714263X": china_id_ok,
    "310115199302274183": china_id_ok,
    "418.736.205-35": cpf_ok,
    "062.915.847-94": cpf_ok,
    "7341 8265 0936": aadhaar_ok,
    "5826 0741 9231": aadhaar_ok,
    "S8734162C": nric_ok,
    "T0281597J": nric_ok,
    "910423-3862": luhn_len(10),
    "273819471": bsn_ok,
    "614503826": bsn_ok,
    "870915-2153862": rrn_ok,
    "462 719 353": tfn_ok,
    "385 194 262": tfn_ok,
    "527 384 168": luhn_len(9),
    "719 462 301": luhn_len(9),
    "28374651994": kimlik_ok,
    "485 217 3907": nhs_ok,
    "612 904 7398": nhs_ok,
    "95072314863": pesel_ok,
    "MRTGLI92M48F205Y": codice_fiscale_ok,
    "140389-527D": hetu_ok,
    "8906125183087": luhn_len(13),
    "5281 7349 0610": my_number_ok,
    "47382916H": dni_ok,
    "Y5829174E": dni_ok,
    "6381925VA": pps_ok,
    "2 85 06 75 123 418 77": nir_ok,
    "82.05.19-341.70": belgian_id_ok,
    "120788 46389": fodselsnummer_ok,
    "257 391 843": nif_ok,
    "2901112405831": cnp_ok,
    "16.482.735-6": rut_ok,
    "38809304213": isikukood_ok,
    "251190-3569": kennitala_ok,
    "885412/6303": rodne_cislo_ok,
    "3185629471": rnokpp_ok,
    "57 639 182 048": steuer_id_ok,
    "ZKP4188": nhi_ok,
    "3729 51849 2": medicare_ok,
    "22049105830": luhn_len(11),
    "318572641": luhn_len(9),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK fiction range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|30|31|34|39|40|47|48|52|55|57|64|65|84|86|91|92|212|234|351|354|358|380|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record
    names exactly one person beside 1 to 4 other values, about 40 with a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: missing types {sorted(TYPES - kinds)}")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        with_id += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id, want 35 to 45")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind136", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
