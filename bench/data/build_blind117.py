# ruff: noqa: E501
"""A hundred-and-seventeenth blind privacy set: 220 texts with personal data and 100 clean
ones on education and childcare (schools, teachers and parents, universities and students,
tutoring, nurseries and childminders, school trips, exam boards, student accounts and portals).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) sent to a general assistant through a company gateway:
  notes to teachers, parents, childminders and tutors, notices for class chats, replies to
  schools and universities, summaries of pasted parents' evening notes, PTA minutes, portal
  logs and e-mails, translations, wording fixes, rotas and trip plans, cost splits and
  "is this a scam" questions about fee, grant and accommodation messages. The first 30 are
  typed all in lower case (names, e-mails, codes and IBANs too, with shorthand and typos);
  the next 6 are in Spanish, German, French, Portuguese, Polish and Korean; the other 84 in
  ordinary English. Names of many origins, some in Korean, Chinese, Japanese, Greek or
  Arabic script; first names alone, surnames after titles, full names, nicknames and names
  that are ordinary words (Honey, Sunny, Rose, Hope, Bill); many named in passing.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose lines, profile lines, pipe and CSV rows, JSON objects, log lines, register
  entries and short letters about pupils, parents, students, teachers, tutors and
  childminders; a name and one to four other values each; about fifty national ids with
  valid check digits.

Usernames, handles, logins, student, candidate, pupil, family, member, customer and account
numbers and national ids are ID_NUMBER; PINs, door, gate, alarm, key safe and locker codes,
wifi keys, passwords and passphrases are PASSWORD; titles (Mr, Mrs, Ms, Miss, Dr, Prof,
Frau, Pani, Mme) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, schools,
companies, order and invoice numbers, postcodes alone and dates of birth are not labelled;
every occurrence of a private value is marked. The 100 clean texts hold no personal data at
all: 25 MT-Bench/Vicuna-style prompts (some naming historical or fictional people), 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A to
D and 25 health questions naming no one; most on the theme.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900 and 020 7946 0; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97, of
their country's length and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (NHS number,
Aadhaar, BSN, PESEL, CPF, Turkish kimlik, Spanish DNI and NIE, Finnish henkilötunnus,
Italian codice fiscale, Chinese resident id, Singapore NRIC and FIN, Korean resident
registration number, Australian TFN and Medicare, Japanese My Number, New Zealand NHI, Czech
rodné číslo, Ukrainian RNOKPP, German Steuer-ID, Portuguese NIF, Romanian CNP, Estonian
isikukood, Icelandic kennitala, French NIR, Belgian national number, Norwegian
fødselsnummer, Irish PPS number, Chilean RUT, Canadian SIN, Swedish personnummer, South
African id, Israeli teudat zehut, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind117.py`` from the repository root; the output
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
from marks import build_sections, iban_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Frau|Herr|Pani|Mme|Sra|Sr|Señora|Señor)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
IBAN_LENGTHS = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "PL": 28,
                "IE": 22, "BE": 16, "PT": 25, "AT": 20, "CH": 21}  # fmt: skip

# 120 chat requests: 30 typed in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # --- all lower case ---
    "pls write a short msg to [[PERSON|ayesha]] saying the year 4 trip to the science museum leaves at 8.15 and her son needs a packed lunch, her number is [[PHONE_NUMBER|07700900417]]",
    "my kids school portal login is [[ID_NUMBER|t.brennan09]] and pw is [[PASSWORD|chalk&cheese44]], it keeps saying locked out. is it safe to paste it here or should i reset first",
    "summarise: parents eve notes - [[PERSON|jonah]] struggling w fractions, mr [[PERSON|adeyemi]] suggests tutoring tues/thurs. mum [[PERSON|colette]] wants updates by email to [[EMAIL_ADDRESS|colette.marchand@fastmail.fr]]",
    "translate into polish pls: dear pani [[PERSON|kowalska]], your daughter [[PERSON|zuzia]] has been picked for the school choir, rehearsals are on wednesdays after lunch",
    "nursery gate code is now [[PASSWORD|4471]] not [[PASSWORD|3390]], can you write a notice for the parents group that doesnt actually put the code in it lol",
    "split the ski trip deposit between me, [[PERSON|priya]], [[PERSON|dev]] and [[PERSON|mo]]. total is 1260 quid and [[PERSON|priya]] already paid 200 of it",
    "is this a scam?? text says student finance: ur account [[ID_NUMBER|sfe-88310274]] is suspended, verify now at a weird link. came to [[PHONE_NUMBER|07700 900562]]",
    "write a thank you card from the whole class to miss [[PERSON|honey]] who is leaving reception after 11 years",
    "my uni library login is [[ID_NUMBER|s2291847]] and pin [[PASSWORD|0613]], explain how to renew books online without going in",
    "childminder [[PERSON|bronwen]] is at [[STREET_ADDRESS|14 heol y felin, cardiff cf14 6ny]], can u draft a reminder that pick up is 5.30 not 6 from next week",
    "email prof [[PERSON|nakamura]] ([[EMAIL_ADDRESS|h.nakamura@kestrel.ac.uk]]) asking for a 1 week extension on the dissertation draft, my student no is [[ID_NUMBER|20417733]]",
    "fix grammar: hi [[PERSON|sunny]], pls remind [[PERSON|hamish]] to bring his inhaler on tmrws trip, teachers mob is [[PHONE_NUMBER|07700 900 238]]",
    "whats a polite way to tell [[PERSON|ruth]] and [[PERSON|barry]] that their boy [[PERSON|ollie]] keeps biting at playgroup",
    "make a sign for the school hall open evening, guest wifi key is [[PASSWORD|bluebell-orchard-19]] but dont make it too big",
    "summarize these pta minutes: chair [[PERSON|fatima begum]], treasurer [[PERSON|lars eriksen]] says 412 in the account [[IBAN_CODE|gb30barc20317594062831]], summer fair moved to 6 july",
    "turn into a table: [[PERSON|kai]] locker code [[PASSWORD|2580]], [[PERSON|imogen]] [[PASSWORD|7413]], [[PERSON|tavita]] [[PASSWORD|9062]]",
    "text to [[PERSON|wojtek]]: tutoring this sat is at [[STREET_ADDRESS|flat 3, 22 albion road, leeds ls6 1ab]] not the library, bring the past papers",
    "help me answer this: hi its [[PERSON|marguerite]] from little acorns, can you send [[PERSON|théo]]'s nhs number for the form. his is [[ID_NUMBER|472 839 1051]], is it ok to just text it",
    "fafsa form, my ssn is [[US_SSN|412-58-3907]] name [[PERSON|dana whitcombe]], can u check the wording in the parent section before i submit",
    "api key for the homework app is [[API_KEY|hwk_live_9f2c71ab04de4c88b1e7]] can u write a python snippet that lists all my classes",
    "exam board portal locked me out again, centre user [[ID_NUMBER|ctr48213_jmorris]] pass [[PASSWORD|summer2024!exams]], what do i tell the exams officer",
    "allergies for the trip: [[PERSON|amani]] nuts, [[PERSON|lucía]] dairy, [[PERSON|benji]] none, [[PERSON|rose]] gluten. make it a checklist for the coach",
    "my card [[CREDIT_CARD|4920 8531 6740 2891]] got charged twice for the school photos, write a complaint to the photographer",
    "translate to urdu for [[PERSON|nasreen]]'s mum: parents evening is thursday 6pm in room 12, no need to book",
    "after school club invoice says pay to [[IBAN_CODE|ie43 bofi 9013 8427 5196 30]] ref [[PERSON|cillian oduya]], does that look like a real irish iban",
    "someone logged into my student email from [[IP_ADDRESS|203.0.113.58]] at 3am, my username is [[ID_NUMBER|ab7731]], what do i do",
    "make a school run rota, me, [[PERSON|steph]], [[PERSON|gaz]], [[PERSON|nkechi]] and [[PERSON|olu]], mon to fri, i cant do wednesdays",
    "note to mr [[PERSON|fitzgerald]]: [[PERSON|aoife]] was off sick mon and tue, call me on [[PHONE_NUMBER|087 341 2259]] if u need anything",
    "uni accommodation guy [[PERSON|reza]] wants 400 deposit to [[IBAN_CODE|de94 1001 0010 0834 7192 65]] before i even see the room, legit or scam",
    "reword so it sounds less angry: [[PERSON|gemma]] your [[PERSON|alfie]] pushed my [[PERSON|bea]] off the climbing frame again, ring me [[PHONE_NUMBER|07700900815]]",
    # --- other languages ---
    "¿Puedes redactar un aviso para las familias? La excursión al museo sale el viernes a las nueve. Para dudas, llamar a la profesora [[PERSON|Marisol Quintana]] al [[PHONE_NUMBER|+34 612 487 903]].",
    "Bitte formuliere eine kurze E-Mail an Frau [[PERSON|Hülsmann]]: Unser Sohn [[PERSON|Lennart]] fehlt morgen in der Kita wegen Fieber. Rückruf gern unter [[PHONE_NUMBER|030 23125 614]].",
    "Peux-tu corriger ce mot pour la nounou ? « Bonjour [[PERSON|Yasmina]], le code du portail est [[PASSWORD|B2748]] et [[PERSON|Chloé]] finit l'école à 16h30, merci ! »",
    "Traduza para inglês: Prezada coordenação, a matrícula do meu filho [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|527.184.903-14]], ainda não aparece no portal. Meu e-mail é [[EMAIL_ADDRESS|renata.nascimento@uol-mail.com.br]].",
    "Napisz proszę wiadomość do wychowawczyni, pani [[PERSON|Agnieszki Wróbel]]: córka [[PERSON|Hania]] nie będzie jutro w szkole. PESEL do usprawiedliwienia: [[ID_NUMBER|10250819473]].",
    "이 문자를 영어로 번역해 주세요: 안녕하세요, [[PERSON|박지훈]] 학생 담임입니다. 다음 주 상담 예약은 [[PHONE_NUMBER|010-4827-3915]]로 연락 주세요.",
    # --- ordinary English ---
    "Can you draft a note to Mrs [[PERSON|Okonkwo]] saying [[PERSON|Ebele]] will be collected by her uncle [[PERSON|Chuka]] on Friday? His mobile is [[PHONE_NUMBER|07700 900 326]].",
    "Please summarise this e-mail thread for me. [[PERSON|Harriet Lowe]] (Head of Year 8) says three pupils were late back from the Bath trip; [[PERSON|Callum]] lost his phone and his dad [[PERSON|Stuart Reid]] wants a call on [[PHONE_NUMBER|020 7946 0581]].",
    "I tutor maths online. Write a friendly invoice message to Mrs [[PERSON|Adebayo-Clarke]] for four sessions with [[PERSON|Tolu]] at £30 each, payable to sort code 20-41-77, account [[ID_NUMBER|53018842]].",
    "Is this safe? An e-mail from 'exam-results-uk' asks me to confirm my candidate number [[ID_NUMBER|5217]] and UCI [[ID_NUMBER|52143U24011852]] to release my son's grades early.",
    "Write a short welcome message for new nursery parents. Sign it from [[PERSON|Joy]] and [[PERSON|Marcel]], room leaders in the Caterpillars room.",
    "Help me split the cost of the Year 6 leavers' party: £180 for the hall, £95 for pizza, £42 for balloons. Families paying: [[PERSON|Kaur]], [[PERSON|Dimitriou]], [[PERSON|O'Neill]], [[PERSON|Haddad]] and us.",
    "Fix the wording: 'Dear Dr [[PERSON|Mbeki-Lawson]], I are writing about my daughter [[PERSON|Zainab]] marks in biology which seems wrong to we.'",
    "Our PTA bank login got shared in the group chat by mistake: username [[ID_NUMBER|ptastjude_treas]], password [[PASSWORD|Fairground!2291]]. Draft a message asking everyone to delete it.",
    "My daughter [[PERSON|Lily-Mae]] needs a letter for her new school in Spain. We live at [[STREET_ADDRESS|Calle Mayor 14, 2º A, 03002 Alicante]]. Can you write it in simple Spanish?",
    "Plan a three-day Year 10 geography field trip to the Lake District for 48 students, with Mr [[PERSON|Thackeray]] and Miss [[PERSON|Osei-Bonsu]] as leaders.",
    "Translate into French for our exchange partner: 'Hi [[PERSON|Baptiste]], we will meet you at the station. Ring [[PERSON|Olivia]]'s mum on [[PHONE_NUMBER|07700 900 457]] when you land.'",
    "Write a reference for my former teaching assistant [[PERSON|Precious Dlamini]]. She worked with us for two years and can be reached at [[EMAIL_ADDRESS|precious.dlamini@mailbox-za.co.za]].",
    "Summarise this portal log: 07:52 failed login [[ID_NUMBER|jwatanabe]] from [[IP_ADDRESS|198.51.100.14]]; 07:53 failed login [[ID_NUMBER|jwatanabe]] from [[IP_ADDRESS|198.51.100.14]]; 07:55 password reset sent to [[EMAIL_ADDRESS|j.watanabe@hillcrest-sch.org]].",
    "Is it a scam if a 'tutoring agency' asks me to pay a registration fee of £60 to [[IBAN_CODE|GB19 LOYD 3098 2214 5870 36]] before they match me with a student?",
    "The childminder, Auntie [[PERSON|Pat]], wants to know if [[PERSON|Finn]] can have a nap after lunch. Write a kind reply saying yes but no more than an hour.",
    "I hope you can help. My son's key worker [[PERSON|Hope]] is leaving the nursery. Write a card from him and from me, [[PERSON|Gwen]].",
    "Draft a notice for the staff room: the new photocopier PIN for the English department is [[PASSWORD|58204]] and scans go to [[EMAIL_ADDRESS|english.scans@eastfieldhigh.org.uk]].",
    "Can you turn these notes into a proper email to Ms [[PERSON|Yamamoto]]? Notes: maths set change for [[PERSON|Kenta]], wants set 2, tested 68%, mum happy, reply to [[EMAIL_ADDRESS|yuki.kobayashi.home@nifty-mail.jp]].",
    "Our tutor [[PERSON|Bill]] sent his bill for March: 8 sessions at £32. We also owe him £20 from February. What's the total and how should I word the reply?",
    "Please check this for tone before I send it to the head, Mr [[PERSON|Achterberg]]: 'I'm disappointed that nobody told me [[PERSON|Freddie]] was excluded from the trip.'",
    "My student loan login was [[ID_NUMBER|kirsty.mcl1999]] and I used the password [[PASSWORD|Tartan_Sky_77]] everywhere. Which accounts should I change first?",
    "Write a text to the other parents: swimming lessons move to [[STREET_ADDRESS|Riverside Leisure Centre, 3 Mill Lane, Exeter EX2 4FA]] from next Tuesday. Questions to [[PERSON|Delphine]] on [[PHONE_NUMBER|07700 900 914]].",
    "Make a reading list for a Year 5 child who loves Matilda and The Hobbit. The child is [[PERSON|Saoirse]], quite advanced for her age.",
    "Our school uniform shop charged [[CREDIT_CARD|5582 0391 7465 8206]] for a blazer that never arrived. Draft a chargeback request in my name, [[PERSON|Niamh Costello]].",
    "Summarise these minutes: governors met on Tuesday. Revd [[PERSON|Alan Pugh]] in the chair, [[PERSON|Sandra Oyelowo]] took notes. Budget approved; [[PERSON|Pugh]] to write to parents about the roof.",
    "Translate into Arabic for a parent: 'Dear Mr [[PERSON|Haddad]], [[PERSON|Yusuf]] did very well in his reading test today.' Please also give a version addressed to his mother, [[PERSON|ليلى حداد]].",
    "Write an out-of-office reply for me, Dr [[PERSON|Ifeoma Nwosu]], lecturer in education. I'm at a conference until 3 June; urgent student queries to [[PERSON|Kieran Walsh]] at [[EMAIL_ADDRESS|k.walsh@northgate.ac.uk]].",
    "A parent e-mailed me her daughter's medical card by accident: Medicare [[ID_NUMBER|5039 1827 91]], child [[PERSON|Matilda Grace Ng]]. How should I reply and delete it properly?",
    "Plan my week of revision: I'm [[PERSON|Tom]], Year 13, chemistry, maths and history exams start 14 May. My tutor Ms [[PERSON|Ilunga]] says two past papers a week.",
    "Please rewrite more formally: 'hey [[PERSON|Rashida]], the minibus is booked, code for the key box is [[PASSWORD|1966]], leave it in reception after.'",
    "Can you help me work out childcare costs? Nursery charges £62 a day for [[PERSON|Arlo]] (3 days a week) and the childminder [[PERSON|Sue Pritchard]] charges £6.50 an hour for his sister after school, 12 hours a week.",
    "Received this text from '[[PHONE_NUMBER|+44 7700 900 128]]': 'Mum, it's [[PERSON|Jess]], lost my phone, need £300 for uni rent, send to new account.' Is this the usual scam?",
    "Draft a letter to the council about the school bus. Our address is [[STREET_ADDRESS|Ty Newydd, Llanfair Road, Ruthin LL15 2SH]] and the driver who keeps missing the stop is [[PERSON|Emrys]].",
    "Fix the spelling in this certificate text: 'Awarded to [[PERSON|Kwabena Asante-Boateng]] for outstading progress in Year 3 reading.'",
    "I teach in Seoul. Help me write an English note to [[PERSON|민서]]'s parents saying she has improved a lot and asking them to call [[PHONE_NUMBER|010-7213-5580]] to book a meeting.",
    "The university asked for my bank details for the bursary. Is it fine to send [[IBAN_CODE|NL91 INGB 0007 3915 28]] and my student number [[ID_NUMBER|s4418902]] by plain email to [[EMAIL_ADDRESS|bursaries@student-support-desk.com]]?",
    "Write a message inviting Mrs [[PERSON|Gallo]] to talk to Year 2 about her bakery. She said to text [[PHONE_NUMBER|07700 900 309]] to fix a date.",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Patrick]] from Greenway Tutors, calling about [[PERSON|Ravi]]'s GCSE sessions. Ring me back on [[PHONE_NUMBER|020 7946 0219]] or e-mail [[EMAIL_ADDRESS|patrick@greenway-tutors.co.uk]].'",
    'Can you check this JSON our class app sends? {"pupil": "[[PERSON|Ellis Bright]]", "guardian_email": "[[EMAIL_ADDRESS|k.bright@homemail.net]]", "token": "[[API_KEY|cls_9d81e2f04b7a43c6b0a5e771]]"}',
    "Write a short poem for our retiring dinner lady, [[PERSON|Mavis]], who has served school lunches for 31 years.",
    "I run a small tutoring business. The payment app asks for my SSN [[US_SSN|523-71-0846]] to verify me. Is that normal for getting paid in the US, or a red flag?",
    "Draft a reminder that the nursery alarm code changes to [[PASSWORD|2719]] on Monday; only [[PERSON|Kerry-Ann]] and [[PERSON|Dominic]] should have it.",
    "Translate to German: 'Dear host family [[PERSON|Schneider]], [[PERSON|Amelie]] arrives at [[STREET_ADDRESS|Lindenstraße 8, 50674 Köln]] on Saturday with the school group.'",
    "How do I tell my ex, [[PERSON|Darren]], that he needs to pay half of [[PERSON|Kayden]]'s school trip to France without it turning into a row?",
    "Write an email to the exam board from our exams officer [[PERSON|Gillian Shah]] asking about a special consideration for candidate [[PERSON|Reuben Adler]], whose grandmother died the week of his exams.",
    "What should I do? Our school's Wi-Fi password [[PASSWORD|Tr0ut&Heron$Lake]] was written on the whiteboard in a photo the head posted online.",
    "Help me reply to a student: [[PERSON|Björn]] wants to change his thesis supervisor from Dr [[PERSON|Castellanos]] to Prof [[PERSON|Wiśniewska]] and asks what the process is.",
    "Please make a packing list for our Year 4 residential. Our group leader is [[PERSON|Sunita]]; her group is [[PERSON|Leo]], [[PERSON|Maisie]], [[PERSON|Cyrus]] and [[PERSON|Pearl]].",
    "Summarise this incident note: at 12:40 [[PERSON|Jayden Fox]] fell in the playground, first aid by Mrs [[PERSON|Lorna Kidd]], ice pack applied, mum [[PERSON|Tanya]] informed at [[PHONE_NUMBER|07700 900 286]].",
    "Rewrite for the school newsletter: congratulations to [[PERSON|Anouk]] and [[PERSON|Tiago]] who won the regional spelling bee!",
    "My daughter's university fees were taken from [[CREDIT_CARD|5351 9402 8716 3423]] twice. Write to the finance office; her student ID is [[ID_NUMBER|UOB-2291047]].",
    "Draft a message to the dance school: [[PERSON|Ines]] and [[PERSON|Marta]] won't come this term. Please refund to the card ending 4013 and email me at [[EMAIL_ADDRESS|ana.pereira.mae@sapo-mail.pt]].",
    "Can you write a form for the Year 7 camping trip collecting parent name, phone and allergies? Put our trip lead Mr [[PERSON|Dubrovsky]] as the contact.",
    "Our new nanny [[PERSON|Ximena]] starts Monday. Write her a welcome sheet with the door code [[PASSWORD|8820]], the school address [[STREET_ADDRESS|St Anne's Primary, 40 Church Road, Bristol BS7 8SA]] and my number [[PHONE_NUMBER|07700 900 670]].",
    "The student union sent this: 'Reply with your login [[ID_NUMBER|kp22ba]] and password to keep your free bus pass.' Is that genuine?",
    "Make a revision timetable for [[PERSON|Aditi]] and [[PERSON|Rohit]], twins in Year 11, sharing one laptop after school.",
    "Write a thank-you e-mail to our student ambassador [[PERSON|Jun Hao]] who showed the open day visitors around the labs.",
    "Please translate into Greek for grandma: '[[PERSON|Νίκος]] got his A-level results today, he got into Durham!'",
    "I'm [[PERSON|Carmen Ruiz]], SENCo. Draft a letter to parents about the new EHCP review dates. Replies to [[EMAIL_ADDRESS|c.ruiz@meadowbank.sch.uk]] or [[PHONE_NUMBER|020 7946 0964]].",
    "Split the tutoring fees: [[PERSON|Hamza]] had 6 sessions, [[PERSON|Lina]] 4 and [[PERSON|Omar]] 9, at £28 each. Their mum pays for [[PERSON|Lina]] and [[PERSON|Omar]], their uncle for [[PERSON|Hamza]].",
    "Fix my Python. It posts grades to the portal with key [[API_KEY|pt_sk_41c0e9a6b8f24d7193ae0c52]] but returns 401. Should I rotate the key since it was in git?",
    "Can you write a notice that the school gate code for staff is changing? Old code [[PASSWORD|1357A]], new code [[PASSWORD|9024B]]. Send it only to staff.",
    "Summarise: 'Parent [[PERSON|Goran Petrović]] called twice about bullying. Son [[PERSON|Luka]] in 9C. Wants meeting with Mr [[PERSON|Hale]]. Home: [[STREET_ADDRESS|71 Sandpiper Way, Norwich NR4 6DX]].'",
    "Write a short bio for our new tutor page: [[PERSON|Aisling]] studied physics at Trinity and has taught for six years.",
    "How should I respond? A man called [[PERSON|Kevin Marsh]] messaged our class Facebook group offering cheap exam papers for cash.",
    "Help me write a complaint: the coach company left [[PERSON|Ngaio]] and two other kids at the services for an hour on the way back from camp.",
    "Turn this into a polite email to the landlord, Mr [[PERSON|Sandhu]]: heating broken in the student house at [[STREET_ADDRESS|47 Hubert Road, Selly Oak, Birmingham B29 6ER]] for 9 days, we have exams.",
    "I need a letter for the council tax student exemption. I'm [[PERSON|Chidera Obi]], student number [[ID_NUMBER|C2317751]], living at [[STREET_ADDRESS|Flat 12, Lister House, 9 Park Row, Nottingham NG1 6GR]].",
    "Please write a sign-up sheet for parent helpers at sports day. Add [[PERSON|Fenella]] and [[PERSON|Jasper]]'s dad as already confirmed.",
    "Can you fix this message to the nursery? 'Hi, [[PERSON|Wren]] will be picked up by her grandad today, his name is [[PERSON|Clive Hart]], password for collection is [[PASSWORD|pineapple]].'",
    "Is it a scam? 'Dear student, your tuition refund of £1,240 is waiting. Confirm card [[CREDIT_CARD|4483 0291 7564 0132]] and CVV by replying.' I did reply with my card. What now?",
    "Write a message for the class WhatsApp: lost property found, a blue coat labelled [[PERSON|Ezra Okoye]] and a lunchbox labelled [[PERSON|Poppy]].",
    "Translate to Japanese: 'Dear [[PERSON|Sato]]-sensei, thank you for looking after [[PERSON|Mia]] during the exchange week.'",
    "Check my maths: the school trip to Paris costs €415 per pupil, 32 pupils and 4 staff free. Mrs [[PERSON|Clarke]] says that comes to £13,280.",
    "Our after-school club account with the booking app is [[ID_NUMBER|acc-778120]], registered to [[EMAIL_ADDRESS|the.mahmoods@familymail.co.uk]]. Draft a request to close it.",
    "Write a note for the supply teacher: [[PERSON|Archie]] needs to sit near the front, [[PERSON|Esme]] goes to speech therapy at 10, and [[PERSON|Tariq]] has an EpiPen in the office.",
    "Draft a reply to the university accommodation office: I'm [[PERSON|Sakura Ito]], room 214, and my key card PIN [[PASSWORD|340917]] stopped working.",
    "Summarise this for the governors: head teacher [[PERSON|Ingrid Solberg]] reports attendance at 94.1%, two staff leaving, and asks that [[PERSON|Aziz]] be thanked for running the chess club.",
    "Can you help me write a speech for my son [[PERSON|Kofi]]'s graduation? His grandmother [[PERSON|Abena]] will be there and his teacher Mr [[PERSON|Frimpong]].",
    "The online exam proctoring tool flagged [[PERSON|Rahel Tesfaye]] because her IP changed from [[IP_ADDRESS|192.0.2.61]] to [[IP_ADDRESS|192.0.2.188]] mid-test. Draft a note to the examiner.",
    "Write an email to the letting agent, Ms [[PERSON|Petra Horvat]], asking for my deposit back. Tenancy ended 30 June; send it to [[IBAN_CODE|AT40 2011 1839 4726 0501]].",
    "I'm the school business manager. Our bank wants the direct debit mandate for [[IBAN_CODE|BE37 0635 4182 7069]] confirmed by Mr [[PERSON|Vermeulen]], the chair. Draft the cover note.",
    "Please draft a short thank-you from our class to the museum guide [[PERSON|Leopold]]; the children loved the dinosaur room.",
    "The music school wants me to keep paying by card. Write to them to cancel [[CREDIT_CARD|4539 1740 2856 1731]] and say [[PERSON|Noa]]'s violin lessons stop after half term.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "Pupil [[PERSON|Amelia Hartwell]] (NHS no. [[ID_NUMBER|615 204 7730]]) is registered at Brookfield Primary; emergency contact [[PHONE_NUMBER|07700 900184]].",
    "student_id=[[ID_NUMBER|U2210458]] | name=[[PERSON|Rohan Mehta]] | email=[[EMAIL_ADDRESS|rohan.mehta@students.aldermoor.ac.uk]] | aadhaar=[[ID_NUMBER|3817 5520 9645]]",
    '{"child": "[[PERSON|Noor El-Sayed]]", "nursery_id": "[[ID_NUMBER|LBN-30418]]", "parent_phone": "[[PHONE_NUMBER|020 7946 0372]]"}',
    "[[PERSON|Sven Lindqvist]], personnummer [[ID_NUMBER|050923-6147]], has applied for the exchange semester; reach him at [[EMAIL_ADDRESS|sven.lq@studentpost.se]].",
    "Tutor profile: [[PERSON|Gabriela Fuentes]] · DNI [[ID_NUMBER|25874093J]] · [[PHONE_NUMBER|+34 655 301 842]] · [[STREET_ADDRESS|Calle de la Princesa 31, 3º B, 28008 Madrid]]",
    '2024-09-03T08:14:22Z portal login ok user=[[ID_NUMBER|mkowalczyk]] src=[[IP_ADDRESS|198.51.100.23]] display="[[PERSON|Marta Kowalczyk]]"',
    "Dear Mr [[PERSON|Oyelaran]], we confirm a place on the Year 9 Iceland trip for [[PERSON|Tobi]]. Please quote family reference [[ID_NUMBER|FAM-77201]] with every payment.",
    "Enrolment: [[PERSON|Wiktoria Zając]], PESEL [[ID_NUMBER|06221045839]], [[STREET_ADDRESS|ul. Marszałkowska 84/12, 00-514 Warszawa]].",
    "Childminder register — [[PERSON|Deborah Quaye]], URN [[ID_NUMBER|EY539214]], [[STREET_ADDRESS|27 Hawthorn Close, Reading RG2 7TQ]], tel [[PHONE_NUMBER|07700 900731]]",
    "[[PERSON|Liang Wei]], [[ID_NUMBER|110105200909173851]], Grade 10, boarding, [[EMAIL_ADDRESS|liangwei09@eduhub-mail.cn]]",
    "[[PERSON|Ayşe Demirtaş]] — T.C. kimlik no [[ID_NUMBER|58304271954]] — Erasmus learning agreement signed; mobile [[PHONE_NUMBER|+90 532 418 07 63]].",
    "Parent: [[PERSON|Hemi Walker]] | NHI [[ID_NUMBER|KTR5822]] | child enrolled at Kōwhai Kindergarten | mobile [[PHONE_NUMBER|+64 21 408 3357]]",
    "Scholarship payment to [[PERSON|Isabela Rocha]], CPF [[ID_NUMBER|361.820.475-26]], into account [[IBAN_CODE|PT36 0035 0651 0009 2837 4615 3]].",
    "Resident registration number [[ID_NUMBER|080416-4028177]] belongs to pupil [[PERSON|신재원]], Hanbit Elementary; guardian phone [[PHONE_NUMBER|010-3318-2046]].",
    "Student [[PERSON|Kenji Takahashi]], My Number [[ID_NUMBER|3904 6172 8513]], dormitory [[STREET_ADDRESS|〒113-0033 東京都文京区本郷7-3-1 学生寮204号室]]",
    "Tuition fee paid by card [[CREDIT_CARD|5163 8472 0193 6545]] on behalf of [[PERSON|Olamide Balogun]], student ID [[ID_NUMBER|LBU-2290183]].",
    "[[PERSON|Tamar Levi]], teudat zehut [[ID_NUMBER|315672097]], private Hebrew tutor, [[EMAIL_ADDRESS|tamar.levi.tutor@walla-mail.co.il]]",
    "Name: [[PERSON|Siobhán Ní Bhriain]]; PPSN: [[ID_NUMBER|6104937S]]; Role: SNA; Address: [[STREET_ADDRESS|12 Glenview Park, Ballincollig, Co. Cork P31 X2E4]]",
    "Pupil [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI08A41F205P]], trip consent from [[EMAIL_ADDRESS|famiglia.rossi@liberomail.it]]",
    "[[PERSON|Nguyễn Thị Lan]] — lecturer — [[PHONE_NUMBER|+84 90 381 2274]] — [[STREET_ADDRESS|45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội]]",
    '{"applicant": "[[PERSON|Chiamaka Eze]]", "ssn": "[[US_SSN|231-04-5589]]", "college": "Harlow State", "intake": "fall"}',
    "Bursary form: [[PERSON|Pieter de Vries]], BSN [[ID_NUMBER|184537022]], [[STREET_ADDRESS|Oudegracht 212, 3511 NR Utrecht]].",
    "[[PERSON|Kalani Akana]] signed out of the lab at 17:02 from [[IP_ADDRESS|192.0.2.144]] using account [[ID_NUMBER|kakana3]].",
    "Register entry 14: [[PERSON|Ioana Popescu]], parent volunteer, CNP [[ID_NUMBER|2801214302154]], phone [[PHONE_NUMBER|+40 722 318 904]].",
    "[[PERSON|Aarav Sharma]] | Aadhaar [[ID_NUMBER|6294 0183 5728]] | Class VIII-B | father's mobile [[PHONE_NUMBER|+91 98204 17735]]",
    "Supply teacher [[PERSON|Colm Gallagher]] can be reached on [[PHONE_NUMBER|+353 86 402 7719]] or at [[EMAIL_ADDRESS|colm.g.supply@eirmail.ie]].",
    "Staff locker 31 — [[PERSON|Beatriz Lopes]] — combination [[PASSWORD|5-19-33]]",
    "NIF [[ID_NUMBER|248573900]] — [[PERSON|Rui Carvalho]], encarregado de educação, [[STREET_ADDRESS|Rua de Cedofeita 118, 2.º Esq., 4050-178 Porto]]",
    "[[PERSON|Oksana Melnyk]], RNOKPP [[ID_NUMBER|3184726908]], new pupil support plan; host family phone [[PHONE_NUMBER|07700 900 649]].",
    "Occupational health referral: [[PERSON|Hannah Whitaker]], NHS [[ID_NUMBER|903 118 4624]], [[EMAIL_ADDRESS|h.whitaker@oakfield-academy.org.uk]]",
    "[[PERSON|张敏]] 身份证号 [[ID_NUMBER|310115198806240513]]，家长，联系电话 [[PHONE_NUMBER|+86 139 1742 6083]]",
    "Visiting scholar [[PERSON|Lars Øvergaard]], fødselsnummer [[ID_NUMBER|21081249374]], office phone [[PHONE_NUMBER|+47 412 83 905]].",
    "[[PERSON|Maximilian Brandt]], Steuer-ID [[ID_NUMBER|47182039565]], Honorarvertrag Nachhilfe, IBAN [[IBAN_CODE|DE75 7002 0270 0019 3847 26]]",
    "Visiting teacher [[PERSON|Kristiina Tamm]] (isikukood [[ID_NUMBER|49011238214]]) arrives Monday; host family [[PHONE_NUMBER|+372 5318 4402]].",
    "[[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|120395-3780]], leikskólakennari, [[EMAIL_ADDRESS|gudrun.j@leikskoli-mail.is]]",
    "[[PERSON|Tomáš Novák]], rodné číslo [[ID_NUMBER|030512/4182]], žák 6.B, [[EMAIL_ADDRESS|t.novak@zs-luzanky-mail.cz]]",
    "[[PERSON|Camille Dubois]], NIR [[ID_NUMBER|2 07 04 75 118 052 18]], élève de 4e, mère joignable au [[PHONE_NUMBER|06 39 98 42 17]]",
    "[[PERSON|Lotte Peeters]] — rijksregisternummer [[ID_NUMBER|08.05.12-307.21]] — [[STREET_ADDRESS|Kortrijksesteenweg 415, 9000 Gent]]",
    "[[PERSON|Valentina Soto]], RUT [[ID_NUMBER|12.847.593-1]], profesora de inglés, [[PHONE_NUMBER|+56 9 8421 3307]]",
    "[[PERSON|Sipho Ndlovu]] | ID [[ID_NUMBER|0108245183083]] | Grade 11 | [[STREET_ADDRESS|18 Jacaranda Street, Hatfield, Pretoria 0083]]",
    "[[PERSON|Mei Ling Tan]], NRIC [[ID_NUMBER|S9047183Z]], parent support group volunteer, [[PHONE_NUMBER|+65 9184 2730]]",
    "[[PERSON|Lachlan O'Brien]], TFN [[ID_NUMBER|718 430 525]], casual relief teacher, [[STREET_ADDRESS|6/42 Glebe Point Road, Glebe NSW 2037]]",
    "Medicare [[ID_NUMBER|2841 7603 51]] for [[PERSON|Ruby Nguyen]] on the camp medical form; parent mobile [[PHONE_NUMBER|0491 570 318]].",
    "[[PERSON|Efua Mensah]], SIN [[ID_NUMBER|720 418 359]], early childhood assistant, [[EMAIL_ADDRESS|efua.mensah@daycare-bc.ca]]",
    "[[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|12038574914]], φροντιστήριο αγγλικών, [[PHONE_NUMBER|+30 694 318 2057]]",
    "[[PERSON|Aino Virtanen]] (HETU [[ID_NUMBER|190597-318K]]), päiväkoti staff, [[EMAIL_ADDRESS|aino.virtanen@paivakoti-helmi.fi]]",
    "[[PERSON|Elias Korhonen]], henkilötunnus [[ID_NUMBER|040812A073F]], pupil; guardian [[PHONE_NUMBER|+358 40 739 2814]]",
    "Pupil [[PERSON|Emre Yıldız]], kimlik [[ID_NUMBER|32719045652]], Saturday school; father [[PERSON|Hakan Yıldız]] at [[EMAIL_ADDRESS|hakan.yildiz@ttmail.com.tr]].",
    "[[PERSON|Rafael Gómez]], NIE [[ID_NUMBER|X3918274V]], monitor de comedor, [[IBAN_CODE|ES81 2100 3842 7102 0057 4916]]",
    "[[PERSON|Lucía Ferrer]], DNI [[ID_NUMBER|60213748R]], matrícula de grado, [[EMAIL_ADDRESS|lferrer@alumnos.univ-turia.es]]",
    "[[PERSON|Femke Visser]], BSN [[ID_NUMBER|618203746]], pedagogisch medewerker, [[STREET_ADDRESS|Vondelstraat 17-II, 1054 GB Amsterdam]]",
    "[[PERSON|Matteo Bruno]] | CF [[ID_NUMBER|BRNMTT07S12L219Q]] | classe 5ªB | [[PHONE_NUMBER|+39 347 281 9054]]",
    "[[PERSON|Gustavo Almeida]], CPF [[ID_NUMBER|804.297.163-03]], bolsista de iniciação científica, [[EMAIL_ADDRESS|gustavo.almeida@ufx-mail.edu.br]]",
    "Fee receipt for [[PERSON|Anjali Rao]] (Aadhaar [[ID_NUMBER|8450 2761 3094]]) sent to [[EMAIL_ADDRESS|anjali.rao81@rediff-mail.in]]",
    "[[PERSON|Oliver Bennett]], NHS [[ID_NUMBER|528 716 3908]], allergy care plan on file, [[STREET_ADDRESS|9 Primrose Lane, Harrogate HG1 4PL]]",
    "[[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|950221-2159034]], 한국어 강사, [[EMAIL_ADDRESS|seoyeon.kim@hangul-school.org]]",
    "[[PERSON|佐藤陽翔]] マイナンバー [[ID_NUMBER|7205 3318 9469]] 保護者連絡先 [[PHONE_NUMBER|090-2714-8836]]",
    "[[PERSON|Farah Siddiqui]], NRIC [[ID_NUMBER|T0523614I]], tuition centre owner, [[PHONE_NUMBER|+65 8273 5519]]",
    "[[PERSON|Arjun Pillai]], FIN [[ID_NUMBER|G4718290K]], exchange student, [[EMAIL_ADDRESS|arjun.pillai@campus-sg.edu.sg]]",
    "[[PERSON|Declan Byrne]], PPSN [[ID_NUMBER|3829105MW]], Leaving Cert exam number [[ID_NUMBER|LC-448217]]",
    "[[PERSON|Inês Martins]], NIF [[ID_NUMBER|193742659]], educadora de infância, [[PHONE_NUMBER|+351 912 408 377]]",
    "[[PERSON|Marcus Webb]], SSN [[US_SSN|678-30-1124]], adjunct instructor, [[STREET_ADDRESS|4418 Linden Ave, Apt 2, Madison, WI 53705]]",
    "Payee: [[PERSON|Brianna Torres]] | SSN [[US_SSN|145-62-7803]] | district bus driver | [[PHONE_NUMBER|(608) 555-0147]]",
    "[[PERSON|Tyrone Jackson]] — assistant coach — [[US_SSN|509-17-3362]] — [[EMAIL_ADDRESS|tjackson.coach@northridge-hs.org]]",
    "Field trip payment: card [[CREDIT_CARD|4716280931548270]], cardholder [[PERSON|Megan Sullivan]], exp 09/27",
    "[[PERSON|Oscar Lindgren]] paid the teaching conference fee with [[CREDIT_CARD|5420 9731 6485 2013]]; receipt to [[EMAIL_ADDRESS|lindgren.o@alumni-kth-mail.se]].",
    "Amex [[CREDIT_CARD|3458 720164 93823]] — [[PERSON|Harriet Cole]] — uniform shop account [[ID_NUMBER|UNI-55318]]",
    "[[PERSON|Daniel Fischer]], Kita-Beitrag per Lastschrift, IBAN [[IBAN_CODE|CH53 0483 5029 1847 3615 2]], Kundennummer [[ID_NUMBER|KD-204718]]",
    "[[PERSON|Chloé Lefèvre]], cantine scolaire, [[IBAN_CODE|FR58 3000 4007 3100 0482 9175 347]], [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]]",
    "[[PERSON|Giorgio Conti]] | [[IBAN_CODE|IT76X0306909606100000482913]] | rimborso gita scolastica",
    "[[PERSON|Zofia Nowak]], opłata za przedszkole, [[IBAN_CODE|PL94 1020 5561 0000 3847 5926 1740]]",
    "[[PERSON|Sanne de Groot]] | [[IBAN_CODE|NL89 RABO 0318 2746 59]] | ouderbijdrage schooljaar",
    "Refund the overpaid trip deposit to [[PERSON|Graham Pike]], [[IBAN_CODE|GB46 MIDL 4005 1882 7364 19]].",
    "auth fail user=[[ID_NUMBER|lwright_teach]] ip=[[IP_ADDRESS|203.0.113.201]] name=[[PERSON|Laura Wright]]",
    "[[PERSON|Ibrahim Diallo]] — Moodle username [[ID_NUMBER|idiallo22]] — temporary password [[PASSWORD|Kora!Lune58]]",
    "[[PERSON|Sophie Laurent]]: API token for the gradebook sync [[API_KEY|gbk_3e91f0a7c24d4b18a6f5d2c9]]",
    '{"tutor": "[[PERSON|Kwame Asante]]", "handle": "[[ID_NUMBER|@kwame_maths]]", "rate": "£35/h", "phone": "[[PHONE_NUMBER|07700 900 903]]"}',
    "Alarm code for the nursery annex, keyholder [[PERSON|Bethany Moss]]: [[PASSWORD|8 3 6 1 9]]",
    "[[PERSON|Hyun-woo Lee]], student number [[ID_NUMBER|2023-118472]], [[EMAIL_ADDRESS|hyunwoo.lee@campus-mail.ac.kr]]",
    "Dear Ms [[PERSON|Abara]], your son has been given locker 12 with code [[PASSWORD|0927]]. Please keep it private.",
    "[[PERSON|Rosa Castillo]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]], [[PHONE_NUMBER|+52 55 4183 2076]]",
    "[[PERSON|Chinedu Okafor]] | [[STREET_ADDRESS|12 Adeola Odeku Street, Victoria Island, Lagos 101241]] | [[PHONE_NUMBER|+234 803 417 2288]]",
    "[[PERSON|Fatuma Wanjiru]], parent rep, [[PHONE_NUMBER|+254 712 480 396]], [[EMAIL_ADDRESS|fwanjiru@safmail.co.ke]]",
    "[[PERSON|Ethan Brooks]] | [[STREET_ADDRESS|88 Maple Grove Rd, Toronto, ON M4E 2V7]] | [[PHONE_NUMBER|(416) 555-0163]]",
    "[[PERSON|Charlotte Evans]], [[STREET_ADDRESS|Flat 6, 31 Canal Street, Manchester M1 3HE]], [[EMAIL_ADDRESS|charlie.evans77@postbox-uk.co.uk]]",
    "[[PERSON|Mateus Ribeiro]] - wifi da república: [[PASSWORD|repub@2024mateus]]",
    "[[PERSON|Ngozi Uche]], JAMB registration number [[ID_NUMBER|20481733GF]], [[PHONE_NUMBER|+234 809 552 1047]]",
    "[[PERSON|Ahmad Karimi]] | [[STREET_ADDRESS|Wilhelmstraße 23, 10963 Berlin]] | [[PHONE_NUMBER|030 23125 877]]",
    "Candidate [[PERSON|Jessica Park]], centre/candidate [[ID_NUMBER|48213/4731]], access arrangements 25% extra time; contact [[EMAIL_ADDRESS|jpark.family@btmail-home.com]]",
    "[[PERSON|Leon Schäfer]] logged into the VLE from [[IP_ADDRESS|198.51.100.77]] and then [[IP_ADDRESS|198.51.100.78]].",
    "[[PERSON|Amara Osei]], registered childminder, [[STREET_ADDRESS|5 Cedar Walk, Milton Keynes MK9 2BN]], key safe code [[PASSWORD|1804]]",
    "[[PERSON|Kiri Tane]], kaiako, [[STREET_ADDRESS|17 Rata Street, Naenae, Lower Hutt 5011]], [[PHONE_NUMBER|+64 27 551 8034]]",
    "[[PERSON|محمد الرشيد]] | student visa | [[EMAIL_ADDRESS|m.alrashid@post.kingsbridge.ac.uk]] | [[PHONE_NUMBER|+971 50 318 4427]]",
    "[[PERSON|Elif Şahin]] parent portal PIN [[PASSWORD|662014]], user [[ID_NUMBER|esahin.veli]]",
    "[[PERSON|Dmitri Volkov]] — chess tutor — [[EMAIL_ADDRESS|d.volkov.chess@yandmail.ru]] — Discord [[ID_NUMBER|dvolkov#4417]]",
    "[[PERSON|Grace Liu]] paid the application fee with [[CREDIT_CARD|6011 7438 5920 4637]]; address [[STREET_ADDRESS|1270 Oak Street, Apt 4B, Eugene, OR 97401]]",
    "[[PERSON|Wout Claes]], [[IBAN_CODE|BE55 7350 1846 2901]], [[EMAIL_ADDRESS|wout.claes@telenet-mail.be]]",
    "Library account [[ID_NUMBER|LIB-0048213]] of [[PERSON|Priyanka Bose]] is blocked; her card [[CREDIT_CARD|2226 1459 0837 2656]] was declined for the fine.",
    "[[PERSON|Bram Jansen]] BSN [[ID_NUMBER|290471837]] [[PHONE_NUMBER|06-41837265]]",
    "[[PERSON|Kacper Lewandowski]], PESEL [[ID_NUMBER|98071531268]], student, [[EMAIL_ADDRESS|kacper.lew@student-uw-mail.pl]]",
]

# 25 MT-Bench/Vicuna-style prompts; some name historical or fictional people.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that primary schools should teach a second language from the age of five.",
    "Imagine you are Hermione Granger writing a study guide for first-year students. What are her top five revision tips?",
    "Compare the educational ideas of Maria Montessori and John Dewey in a short table, then explain which suits a nursery setting better.",
    "Draft a welcome speech for a head teacher opening a new school library on a rainy Monday morning.",
    "Explain how a university decides between a numerical grading system and a letter grading system, with pros and cons of each.",
    "Role-play as Socrates teaching a ten-year-old why the square root of two cannot be written as a fraction.",
    "Write a short story about a school trip to a planetarium where the lights go out and the children have to navigate by the stars.",
    "What are three ways a teacher can make group projects fairer for quieter students?",
    "Summarise the main arguments for and against homework in primary school in under 150 words.",
    "Pretend you are Mary Poppins and write a list of rules for a tidy playroom, in rhyme.",
    "Write a Python function that takes a list of exam scores and returns the mean, median and the number of scores above 70.",
    "Describe the life of a student at a medieval university such as Bologna or Oxford around the year 1300.",
    "Give me a lesson plan for a 45-minute Year 3 science lesson on why ice melts faster in salt water.",
    "Extract the dates and events from this text into a list: 'Term starts 4 September. Half term runs 23 to 27 October. Mock exams begin 27 November.'",
    "Write a haiku sequence about the first day at nursery from the point of view of a shy child.",
    "How did Florence Nightingale use statistics to argue for reform, and how could a secondary school teach that story?",
    "Explain the difference between formative and summative assessment to a new teaching assistant.",
    "Write a dialogue between Sherlock Holmes and Dr Watson solving the mystery of the missing class hamster.",
    "What are the benefits and drawbacks of single-sex schools? Give a balanced answer.",
    "Design a weekly timetable for a home-educated twelve-year-old that covers maths, English, science, art and outdoor time.",
    "Write a limerick about a professor who always loses his chalk.",
    "If Leonardo da Vinci visited a modern design and technology classroom, what would surprise him most?",
    "Rewrite this sentence in plain English: 'Pupils are required to ensure the timely submission of all assessed coursework components.'",
    "Suggest five ice-breaker games for the first seminar of a university philosophy course.",
    "Explain why Ada Lovelace is often described as the first computer programmer, in language suitable for a Year 6 class.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya's class has 28 pupils. Each pupil needs 3 exercise books, and books come in packs of 10. How many packs does the teacher need to buy?",
    "A nursery charges $54 per day. Leo attends 3 days a week for 4 weeks. How much do his parents pay in total?",
    "Priya reads 18 pages of her history textbook every evening. The book has 270 pages. How many evenings will it take her to finish?",
    "A school trip coach holds 52 people. There are 147 students and 9 teachers going. How many coaches are needed?",
    "Tomás scored 72, 85 and 91 on three tests. What score does he need on the fourth test for an average of 85?",
    "A tutor charges £30 per hour. Hana has 2 sessions a week of 90 minutes each. How much does she pay over 6 weeks?",
    "The school fair sold 240 cupcakes at 50 cents each and 85 drinks at $1.20 each. How much money did it raise?",
    "Kofi's university rent is $640 a month for 9 months, and he earns $12 an hour at the library. How many hours must he work to cover the rent?",
    "A teacher splits 96 crayons equally among 8 tables, then takes back 2 crayons from each table. How many crayons are left on each table?",
    "Ellie's school day starts at 8:45 and ends at 15:15, with a 50-minute lunch break. How many minutes of lessons are there?",
    "A class of 30 voted on a trip: 2/5 chose the zoo, 1/3 chose the museum, and the rest chose the beach. How many chose the beach?",
    "Ravi buys 4 notebooks at $2.75 each and a calculator for $14.50. He pays with a $30 note. How much change does he get?",
    "A childminder looks after 3 children for 7 hours a day, 5 days a week, at £6 per child per hour. What does she earn each week?",
    "Sofia's reading score rose from 64 to 80. By what percentage did it increase?",
    "The library has 1,250 books. 12% are on loan and 35 are being repaired. How many books are on the shelves?",
    "A school orders 18 boxes of pencils with 24 pencils in each box. After 5 weeks, 190 pencils are left. How many were used per week on average?",
    "Noah walks 1.2 km to school and back each day. How far does he walk in a 38-week school year of 5 days a week?",
    "A university hall has 12 floors with 26 rooms on each floor. If 7% of rooms are empty, how many rooms are occupied, to the nearest whole room?",
    "Amara saves £4 a week for a school trip that costs £85. She already has £21. How many more weeks must she save?",
    "In a spelling test of 40 words, Jack got 3 out of every 4 words right. How many words did he get wrong?",
    "A music teacher gives 6 lessons on Monday, twice as many on Tuesday, and 5 fewer on Wednesday than on Tuesday. How many lessons in the three days?",
    "Yuki's school bus leaves at 7:38 and the journey takes 42 minutes. School starts at 8:30. How many minutes early is she?",
    "A playgroup buys 15 litres of milk. Each child drinks 150 ml a day and there are 20 children. How many days will the milk last?",
    "Lucas sold 36 raffle tickets, Mia sold 1.5 times as many, and Ben sold 12 fewer than Mia. How many tickets did they sell together?",
    "An exam has 60 questions. Zara answers 45 in the first hour and the rest at the same rate. How many minutes does the whole exam take her?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which theorist proposed that children pass through four stages of cognitive development? A) B. F. Skinner B) Jean Piaget C) Sigmund Freud D) Noam Chomsky",
    "In Vygotsky's theory, the gap between what a learner can do alone and with help is called: A) the scaffold B) the schema C) the zone of proximal development D) the critical period",
    "Which of the following is an example of formative assessment? A) a final exam B) a weekly low-stakes quiz C) a national test D) a diploma",
    "The Education Act of 1870 in England is best known for: A) founding universities B) establishing elementary school boards C) abolishing exams D) creating student loans",
    "What does the abbreviation 'SEN' usually stand for in UK schools? A) Standard Exam Notice B) Special Educational Needs C) Senior Education Network D) School Enrolment Number",
    "A test that gives consistent results over repeated administrations is said to be: A) valid B) reliable C) normed D) standardised",
    "Which learning theory emphasises reinforcement and punishment? A) constructivism B) behaviourism C) humanism D) connectivism",
    "In Bloom's taxonomy, which level is the highest in the revised version? A) remembering B) applying C) evaluating D) creating",
    "What is the median of 4, 9, 2, 7, 5? A) 4 B) 5 C) 7 D) 5.4",
    "Which philosopher wrote 'Emile, or On Education'? A) John Locke B) Jean-Jacques Rousseau C) Immanuel Kant D) Voltaire",
    "The Montessori method places particular emphasis on: A) rote learning B) self-directed activity C) standardised testing D) corporal discipline",
    "Which university is generally considered the oldest in continuous operation in the English-speaking world? A) Cambridge B) Harvard C) Oxford D) St Andrews",
    "If a student answers 18 of 24 questions correctly, what percentage is that? A) 70% B) 72% C) 75% D) 80%",
    "Which of these is a primary source for a history project on school life in 1900? A) a modern textbook B) a school logbook from 1900 C) a documentary from 2015 D) an encyclopedia entry",
    "Attachment theory in early childhood is most associated with: A) John Bowlby B) Howard Gardner C) Albert Bandura D) Lev Vygotsky",
    "Howard Gardner is known for the theory of: A) multiple intelligences B) operant conditioning C) cognitive load D) mastery learning",
    "Which is a symptom of dyslexia most commonly noticed in early readers? A) difficulty with phonological awareness B) colour blindness C) poor hearing D) left-handedness",
    "A sample of 200 students is chosen so that each year group is represented in proportion. This is: A) convenience sampling B) stratified sampling C) snowball sampling D) quota-free sampling",
    "In the UK, the qualification usually taken at age 16 is the: A) A level B) GCSE C) BTEC Higher D) Baccalaureate",
    "Which planet did Galileo observe to have four moons? A) Mars B) Saturn C) Jupiter D) Venus",
    "What is the main purpose of a rubric? A) to rank schools B) to set out criteria for grading work C) to record attendance D) to plan lessons",
    "Which of the following best describes 'inclusive education'? A) separate schools for all needs B) all learners taught together with support C) streaming by ability D) home schooling only",
    "The phrase 'Cogito, ergo sum' was written by: A) Aristotle B) René Descartes C) Thomas Aquinas D) David Hume",
    "A child who can count objects but not yet understand that 5 is always 5 regardless of arrangement lacks: A) conservation of number B) object permanence C) egocentrism D) seriation",
    "Which ratio describes 12 adults supervising 36 children? A) 1:2 B) 1:3 C) 1:4 D) 3:1",
]

# 25 health questions naming no one, mostly about children and students.
CLEAN_HEALTH = [
    "How much sleep does a seven-year-old need on a school night?",
    "My toddler has a temperature of 38.4°C but is still playing. When should I keep her home from nursery?",
    "What are the early signs of chickenpox and how long should a child stay off school?",
    "Is it normal for a teenager to feel very anxious before exams, and what helps?",
    "How can I tell the difference between a cold and hay fever in a school-age child?",
    "What should a school first aider do if a pupil has an asthma attack and has no inhaler?",
    "How long is a child with impetigo contagious after starting antibiotics?",
    "Are energy drinks harmful for students revising late at night?",
    "What is the recommended amount of screen time for a four-year-old?",
    "How do head lice spread in classrooms, and what treatment works best?",
    "What are the symptoms of glandular fever in university students?",
    "Should a child with conjunctivitis be kept away from nursery?",
    "What is a healthy packed lunch for a child who refuses vegetables?",
    "How can I spot signs of dehydration in a baby during hot weather?",
    "Which vaccinations are usually recommended before starting university?",
    "What should I do if my child bumps their head in the playground but seems fine?",
    "How does hand, foot and mouth disease spread, and is it serious?",
    "Is it safe for a child with a mild fever to take part in PE lessons?",
    "What are the warning signs of meningitis that parents and teachers should know?",
    "How much water should a secondary school pupil drink during a school day?",
    "Can stress cause stomach aches in young children before school?",
    "What is the best way to manage a nut allergy on a school trip?",
    "How long does norovirus stay contagious, and when can a child return to school?",
    "What exercises help a student with back pain from carrying a heavy bag?",
    "When does a persistent cough in a child need to be seen by a doctor?",
]

NATIONAL_IDS = {
    "472 839 1051": nhs_ok,  # NHS number
    "615 204 7730": nhs_ok,
    "903 118 4624": nhs_ok,
    "528 716 3908": nhs_ok,
    "3817 5520 9645": aadhaar_ok,  # Indian Aadhaar
    "6294 0183 5728": aadhaar_ok,
    "8450 2761 3094": aadhaar_ok,
    "184537022": bsn_ok,  # Dutch BSN
    "290471837": bsn_ok,
    "618203746": bsn_ok,
    "06221045839": pesel_ok,  # Polish PESEL
    "98071531268": pesel_ok,
    "10250819473": pesel_ok,
    "527.184.903-14": cpf_ok,  # Brazilian CPF
    "361.820.475-26": cpf_ok,
    "804.297.163-03": cpf_ok,
    "58304271954": kimlik_ok,  # Turkish kimlik
    "32719045652": kimlik_ok,
    "25874093J": dni_ok,  # Spanish DNI and NIE
    "60213748R": dni_ok,
    "X3918274V": dni_ok,
    "190597-318K": hetu_ok,  # Finnish henkilötunnus
    "040812A073F": hetu_ok,
    "RSSGLI08A41F205P": codice_fiscale_ok,  # Italian codice fiscale
    "BRNMTT07S12L219Q": codice_fiscale_ok,
    "110105200909173851": china_id_ok,  # Chinese resident identity number
    "310115198806240513": china_id_ok,
    "S9047183Z": nric_ok,  # Singapore NRIC and FIN
    "T0523614I": nric_ok,
    "G4718290K": nric_ok,
    "080416-4028177": rrn_ok,  # Korean resident registration number
    "950221-2159034": rrn_ok,
    "718 430 525": tfn_ok,  # Australian tax file number
    "2841 7603 51": medicare_ok,  # Australian Medicare
    "5039 1827 91": medicare_ok,
    "3904 6172 8513": my_number_ok,  # Japanese My Number
    "7205 3318 9469": my_number_ok,
    "KTR5822": nhi_ok,  # New Zealand NHI
    "030512/4182": rodne_cislo_ok,  # Czech rodné číslo
    "3184726908": rnokpp_ok,  # Ukrainian RNOKPP
    "47182039565": steuer_id_ok,  # German Steuer-ID
    "248573900": nif_ok,  # Portuguese NIF
    "193742659": nif_ok,
    "2801214302154": cnp_ok,  # Romanian CNP
    "49011238214": isikukood_ok,  # Estonian isikukood
    "120395-3780": kennitala_ok,  # Icelandic kennitala
    "2 07 04 75 118 052 18": nir_ok,  # French NIR
    "08.05.12-307.21": belgian_id_ok,  # Belgian national number
    "21081249374": fodselsnummer_ok,  # Norwegian fødselsnummer
    "6104937S": pps_ok,  # Irish PPS number
    "3829105MW": pps_ok,
    "12.847.593-1": rut_ok,  # Chilean RUT
    "720 418 359": luhn_len(9),  # Canadian SIN
    "050923-6147": luhn_len(10),  # Swedish personnummer
    "0108245183083": luhn_len(13),  # South African id
    "315672097": luhn_len(9),  # Israeli teudat zehut
    "12038574914": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, spaced or not
        r"\+44 7700 900 ?\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{8}",  # Netherlands mobile
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile
        r"\+(30|34|39|40|47|56|65|84|86|90|91|254|234|351|353|358|372|52 55|55|64|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Each record names someone; the chat requests mostly name people and many carry a
    secret; IBANs have their country's length; every national id is listed."""
    for marked in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"record without a name: {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            if span["type"] != "IBAN_CODE":
                continue
            compact = span["value"].replace(" ", "").upper()
            if len(compact) != IBAN_LENGTHS[compact[:2]] or not iban_ok(compact):
                raise SystemExit(f"IBAN {span['value']!r} of the wrong length or invalid")


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
    check_counts("chat", CHAT, CHAT_WORDS, (1, 10))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind117", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
