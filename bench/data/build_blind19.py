# ruff: noqa: E501
"""A nineteenth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind17.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations),
in the shapes of public synthetic personal-data benchmarks and public chat benchmarks:

* 100 one-sentence records (8 to 35 words) in the style of synthetic data-leak, incident
  and business-record sentences: an SSN, passport, driver licence, national id, account,
  employee, member, patient or student number exposed, sent, listed, updated or verified;
  HR, bank, insurance, hospital, school, shipping and IT-support records; 26 of them name
  a private person and nothing else (asking for a day off, "ask X about ..."), in many
  sentence positions; names from more than 40 countries; the first 15 typed all in lower
  case;
* 50 chat requests to an AI assistant (25 to 120 words) about private people in
  situations away from the office (house-sitting, care homes, allotments, choirs, custody
  handovers, quiz teams, canoe trips, iftar rotas, asylum letters, vet visits); 25 with an
  obvious cue (a relation word, a title, "Dear"), 25 with the name bare; 10 mention a PIN,
  alarm, key-box, gate or padlock code, a wifi key, a password or a username in passing;
* 70 mixed texts: 25 short questions about a named private person (4 to 15 words: where
  they live, why they act some way, whether they are coming, how to reach them), 25 pasted
  snippets (e-mail signatures, CSV, TSV, YAML, JSON and SQL rows, sshd, web-server and
  JSON auth logs, a vCard, git log, a .env file, forms, minutes, an invoice, a referral,
  chat and Slack exports) and 20 multi-identifier records (name with address, phone,
  e-mail, national id, card or IBAN) with addresses in the formats of 20 countries.

Usernames, handles, logins, account, customer, member, patient, student, employee,
borrower, licence and passport numbers and national ids are labelled ID_NUMBER; PINs,
alarm, key-box, gate and padlock codes, wifi keys and passwords PASSWORD; titles (Mr, Mrs,
Ms, Dr, Coach, Professor, Grandpa, M.) stay outside PERSON spans; an address span runs from the
street line through the postcode and city as typed; dates of birth, ticket, order, asset
and commit numbers, public figures, eponyms, companies and fictional characters are not
labelled; every occurrence of a private value is marked. The 100 clean texts are 30
writing, role-play and reasoning prompts in the style of MT-Bench and Vicuna-bench, 20
grade-school maths word problems with fictional first names, 20 multiple-choice exam items
(law, medicine, history, science), 15 questions a patient might ask a hospital chatbot
without any personal detail and 15 everyday and technical questions naming public figures,
eponyms, brands, places or code with placeholders. All values are invented: phones from
fictional ranges (UK 07700 900, 020 7946 0 and 0161 496 0, US 555-01, Australia 0491 570,
Sweden 070-174 06, France 06 39 98), cards Luhn-valid and not well-known test numbers,
IBANs valid mod 97 and not the standard documentation examples, national ids with valid
check digits where the format has a public one (US SSN area rules, Swedish personnummer,
Finnish henkilötunnus, Norwegian fødselsnummer, Brazilian CPF, Spanish DNI, Dutch BSN,
Polish PESEL, Chinese resident id, Belgian national number, French NIR, Canadian SIN,
South African id, Singapore NRIC, Turkish TC Kimlik, Chilean RUT, Indian Aadhaar,
Portuguese NIF, Korean resident number, Irish PPSN, Romanian CNP, Icelandic kennitala,
Saudi iqama, NHS numbers from the 999 test range, Australian Medicare), IPs from
documentation ranges.

Run ``.venv/bin/python bench/data/build_blind19.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    belgian_id_ok,
    bsn_ok,
    check_national_ids,
    china_id_ok,
    cnp_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
    kennitala_ok,
    kimlik_ok,
    medicare_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    rut_ok,
)
from marks import build_sections, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_SENTENCES = 15
NAME_ONLY = 26
CHAT_SECRETS = 10
MIN_CHARS = 15
MAX_WORDS = 160
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Coach|Principal|Mme|M|Herr|Frau|Grandpa)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 100 one-sentence records: the first 15 all in lower case.
SENTENCES = [
    # all lower case
    "the ssn for [[PERSON|tyler brennan]] ([[US_SSN|412-67-3058]]) was pasted into the public helpdesk queue on monday and stayed visible for six hours.",
    "please update the payroll file: [[PERSON|wanjiru kamau]] now banks under account [[ID_NUMBER|0119 4827 3356]] with the nairobi branch.",
    "passport number [[ID_NUMBER|p4829173a]] belonging to [[PERSON|rhea dimaculangan]] was found on an unshredded boarding list in the cebu office.",
    "[[PERSON|emre yıldırım]] asked if he can swap his thursday night shift for the sunday one.",
    "ask [[PERSON|sanne]] whether the warehouse invoices for april were ever signed off.",
    "the dvla record for [[PERSON|gareth pritchard]] lists licence [[ID_NUMBER|pritc704165g99xy]] with three penalty points from march.",
    "hr note: [[PERSON|aino heikkinen]], employee no. [[ID_NUMBER|fi-20417]], returns from parental leave on 2 september and wants four-day weeks.",
    "patient [[PERSON|chinedu okafor]], mrn [[ID_NUMBER|88214093]], was discharged before his potassium result came back, please call him today.",
    "shipping label printed for [[PERSON|guðrún sigurðardóttir]] at [[STREET_ADDRESS|hraunbær 58, 110 reykjavík]], but the parcel weight on it is wrong.",
    "[[PERSON|delroy]] from the kingston depot says the forklift keys are missing again.",
    "reset the vpn login for [[ID_NUMBER|mkjaergaard]], he is locked out after five wrong attempts from [[IP_ADDRESS|203.0.113.77]].",
    "can someone tell [[PERSON|bishnu]] that the minibus leaves at seven tomorrow, not half past?",
    "the insurance claim from [[PERSON|ximena gutiérrez]] under policyholder id [[ID_NUMBER|mx-77310482]] was denied twice without a reason being given.",
    "student [[PERSON|liang haoran]] (student id [[ID_NUMBER|20231847]]) has not collected his transcript from the registry desk yet.",
    "forwarded to the whole team by mistake: [[PERSON|noam friedman]]'s home number [[PHONE_NUMBER|07700 900612]] and his personal email [[EMAIL_ADDRESS|noamf@brightwick.net]].",
    # capitalised
    "Employee [[PERSON|Selamawit Tesfaye]] (staff ID [[ID_NUMBER|ET-55018]]) reported that her payslip shows the wrong tax code for June.",
    "The SSN [[US_SSN|538-21-9046]] belonging to [[PERSON|Shawna McCoy]] appeared in a spreadsheet emailed to an outside vendor on 12 March.",
    "Can you ask [[PERSON|Haruto]] to bring the spare projector cable to the Friday review?",
    "Mrs [[PERSON|Adebayo-Cole]] rang twice about the delayed refund and wants someone senior to call her back.",
    "Passport number [[ID_NUMBER|K38291047]] for [[PERSON|Aditya Venkataraman]] was entered in the visa portal with a typo in the expiry year.",
    "[[PERSON|Élodie Marchand]] verified her identity with NIR [[ID_NUMBER|2 89 06 75 118 042 19]] before the pension transfer was released.",
    "Bank record updated: [[PERSON|Jörg Hoffmeister]], IBAN [[IBAN_CODE|DE59 5498 6123 4002 2616 72]], standing order cancelled at the customer's request.",
    "Driver licence [[ID_NUMBER|D4827-19350-61204]] of [[PERSON|Genevieve Tremblay]] expired last month, so the rental desk refused to hand over the car.",
    "Please remind Dr [[PERSON|Wijesinghe]] that the ward round starts at eight tomorrow, not nine.",
    "Our records show [[PERSON|Chiara Benedetti]] paid with card [[CREDIT_CARD|4516 1722 4792 3630]] but the booking was never confirmed.",
    "[[PERSON|Bartosz Wiśniewski]] gave his PESEL [[ID_NUMBER|88071247939]] over the phone to someone claiming to be from the tax office.",
    "I think [[PERSON|Akosua]] already sent the contract draft to legal, but check with her first.",
    "The customer [[PERSON|Facundo Pereyra]], customer number [[ID_NUMBER|AR-0048213]], disputes the roaming charges on his March bill.",
    "A laptop stolen from the clinic held scans for patient [[PERSON|Thandeka Dlamini]], ID number [[ID_NUMBER|9102030271089]], and forty other patients.",
    "Let Mr [[PERSON|Bondarenko]] know his replacement badge is ready at the front desk.",
    "New starter [[PERSON|Luiz Fernando Araújo]], CPF [[ID_NUMBER|538.217.406-71]], still needs a locker and a parking permit.",
    "Who approved [[PERSON|Dimitris Karagiannis]]'s expense claim for the Thessaloniki trip?",
    "Support ticket: user [[ID_NUMBER|s.mousavi]] ([[PERSON|Shirin Mousavi]]) cannot open the shared drives since the weekend migration.",
    "[[PERSON|Iñaki Etxeberria]] updated his DNI to [[ID_NUMBER|47291836H]] after the old card was reported lost in Bilbao.",
    "The school office has the wrong emergency number for [[PERSON|Zhou Wenjing]]: it should be [[PHONE_NUMBER|(415) 555-0162]].",
    "[[PERSON|Gonçalo Ferreira]] asked payroll to send his March payslip to [[EMAIL_ADDRESS|goncalo.ferreira@tejomail.pt]] instead of the office address.",
    "Courier manifest: deliver to [[PERSON|Youssef Benali]], [[STREET_ADDRESS|14 Rue des Orangers, 20250 Casablanca]], signature required.",
    "Insurance member [[PERSON|Aroha Ngata]], member number [[ID_NUMBER|SHM-4471-20983]], asked why her physio sessions were only half covered.",
    "Forward the supplier complaint to [[PERSON|Andrés]] in procurement before lunch.",
    "The HR system still lists [[PERSON|Sindre Haugen]] with fødselsnummer [[ID_NUMBER|24068541731]] even though he left the company in 2022.",
    "An attacker logged in as [[ID_NUMBER|tfaleolo]] from [[IP_ADDRESS|198.51.100.142]] and downloaded the full client list for [[PERSON|Tavita Faleolo]]'s team.",
    "[[PERSON|Mona El-Sayed]] confirmed that account [[ID_NUMBER|100382745561]] is hers and asked for the overdraft limit to be lowered.",
    "Could you seat Ms [[PERSON|Haddad]] away from the window during the board meeting?",
    "Employee number [[ID_NUMBER|004718]] belongs to [[PERSON|Bence Kovács]], who was overpaid by two days in the January run.",
    "[[PERSON|Tereza Dvořáková]] called the bank after noticing her card [[CREDIT_CARD|5173 5780 4926 7714]] had been used in three countries in one night.",
    "The nurse said [[PERSON|Wouter]] should not drive home after the sedation.",
    "A scanned copy of [[PERSON|Andreea Popescu]]'s CNP [[ID_NUMBER|2900523400314]] was left in the shared printer tray over the weekend.",
    "Has [[PERSON|Priya]] finished the onboarding quiz, or should I chase her?",
    "The shipping record for [[PERSON|Brodie Fitzgerald]] shows [[STREET_ADDRESS|7 Banksia Close, Toowong QLD 4066]] but he moved out in May.",
    "Verification failed for [[PERSON|Imran Siddiqui]]: the CNIC [[ID_NUMBER|35202-4718293-5]] on file does not match the one he typed.",
    "At yesterday's parents' evening, Mr [[PERSON|Campbell]] asked to move his son to the other maths set.",
    "The IT asset list shows laptop HG-2291 assigned to [[PERSON|Niamh Gallagher]], PPSN [[ID_NUMBER|6318274N]], which HR should never have included.",
    "[[PERSON|Elin Sjöberg]] (personnummer [[ID_NUMBER|870314-4629]]) has been registered twice in the patient system.",
    "Please ask [[PERSON|Somchai]] to sign the delivery sheet before the lorry leaves.",
    "Payroll changed [[PERSON|Chaminda Wijesinghe]]'s bank account to [[ID_NUMBER|8004 1127 9953]] after an email that turned out to be phishing.",
    "[[PERSON|Mads Kjærgaard]]'s IBAN [[IBAN_CODE|DK15 6496 8994 9266 98]] was shared in the project channel instead of the payroll form.",
    "The transcript request for [[PERSON|Catalina Muñoz]], RUT [[ID_NUMBER|17.482.093-7]], is waiting for the faculty stamp.",
    "Nobody has told [[PERSON|Taras]] that the night shift was cancelled.",
    "The TC Kimlik number [[ID_NUMBER|38472591054]] of [[PERSON|Emre Yıldırım]] was printed on every page of the rental contract.",
    "Hotel log: guest [[PERSON|Rami Haddad]] checked in with passport [[ID_NUMBER|RL2093847]], room key issued twice.",
    "Gym membership [[ID_NUMBER|GYM-88310]] for [[PERSON|Kalani Akana]] was frozen after the card on file expired.",
    "Card [[CREDIT_CARD|3745 140370 73978]] on the account of [[PERSON|Sayuri Matsuda]] was charged twice for the same conference ticket.",
    "In the staff directory, [[PERSON|Dewi Kusumawati]] is listed with mobile [[PHONE_NUMBER|+44 7700 900357]] and desk 4.12.",
    "Dr [[PERSON|Nakamura]] has asked whether the Tuesday clinic can start half an hour later.",
    "A contractor's USB stick contained the SSN [[US_SSN|261-48-7315]] and home address of [[PERSON|Jordan Whitaker]], [[STREET_ADDRESS|2218 Alder Ridge Rd, Boise, ID 83704]].",
    "Reception says [[PERSON|Kofi Asante]] is waiting downstairs for his two o'clock interview.",
    "[[PERSON|Noura Al-Harbi]]'s iqama number [[ID_NUMBER|2381046727]] was visible in the screenshot posted to the team chat.",
    "The school nurse needs to speak to [[PERSON|Lucía]]'s father about the inhaler before Friday.",
    "Please cancel the standing order on [[IBAN_CODE|NL85 RABO 6826 0084 17]]; [[PERSON|Sanne de Vries]] closed that account in February.",
    "[[PERSON|Oluwaseun]] said the shipment from Lagos cleared customs this morning.",
    "The BSN [[ID_NUMBER|948689134]] of [[PERSON|Pieter Jansen]] was included in the audit sample sent to the external accountants.",
    "Hospital admissions: [[PERSON|Nguyễn Thị Lan]], patient no. [[ID_NUMBER|HN-0093318]], transferred from the emergency ward at 03:40.",
    "The alumni office still sends [[PERSON|Gareth Llewellyn]]'s newsletters to [[EMAIL_ADDRESS|gllewellyn@cardiffmail.co.uk]], which bounces every time.",
    "A phishing email asked [[PERSON|Park Ji-hoon]] to confirm his resident registration number, and he replied with [[ID_NUMBER|880412-1047190]].",
    "Aadhaar [[ID_NUMBER|4827 1936 0520]] was linked to the wrong mobile for [[PERSON|Priya Nair]], so the OTP went to a stranger.",
    "Mention to [[PERSON|Sipho]] that the generator needs diesel before the weekend.",
    "The library fine for [[PERSON|Liam O'Sullivan]], borrower number [[ID_NUMBER|29004117632]], was waived after the flood damage.",
    "Account holder [[PERSON|Hamza Benjelloun]] reported that [[EMAIL_ADDRESS|h.benjelloun@atlasmail.ma]] was used to reset his banking password without consent.",
    "The travel desk booked [[PERSON|Ingrid Solberg]] on the Oslo flight using passport [[ID_NUMBER|FK4839201]], which expires in three weeks.",
    "IT support closed ticket 55120 after resetting the password of [[PERSON|Rosa Quispe]], username [[ID_NUMBER|rquispe]], at her request.",
    "[[PERSON|Tan Wei Ling]] sent her NRIC [[ID_NUMBER|S8623714H]] in plain text to the condo management office.",
    "Mrs [[PERSON|Ferreira]] will collect the prescription on behalf of her husband.",
    "The leaked CSV contained [[PERSON|Abdulrahman Yusuf]]'s SSN [[US_SSN|327-90-4461]], date of birth and old address in Minneapolis.",
    "Can [[PERSON|Keoni]] take the visitors on the harbour tour at three?",
    "The clinic faxed [[PERSON|Marguerite Lavoie]]'s health card number [[ID_NUMBER|LAVM 7408 5519]] to the wrong pharmacy in Laval.",
    "Tax office letter: [[PERSON|Bjarni Þórsson]], kennitala [[ID_NUMBER|071083-2769]], owes a small balance from 2023.",
    "The updated roster lists [[PERSON|Riikka Virtanen]] with henkilötunnus [[ID_NUMBER|030791-816C]] in place of her employee ID.",
    "The rental agency photocopied [[PERSON|Lotte Peeters]]'s national number [[ID_NUMBER|79.09.28-114.89]] onto the deposit receipt.",
    "The luggage tag for [[PERSON|Jun Takeda]] lists his mobile as [[PHONE_NUMBER|(206) 555-0138]] and a hotel in Osaka.",
    "[[PERSON|Fernanda Ribeiro]] changed her payout account to [[IBAN_CODE|PT58 6547 2393 3395 5625 0005 8]] and confirmed it with her NIF [[ID_NUMBER|238491706]].",
    "Professor [[PERSON|Lindqvist]] wants the grading finished before the Midsummer break.",
    "Shipping exception: parcel for [[PERSON|Kemal Aydın]], phone [[PHONE_NUMBER|07700 900884]], returned to the depot after three failed delivery attempts.",
    "[[PERSON|Mateus Carvalho]]'s CPF [[ID_NUMBER|274.960.183-50]] was typed into the wrong client record at the notary.",
    "Claim form received from [[PERSON|Olivia Chen]], SSN [[US_SSN|585-14-2270]], for the water damage at her rental in Sacramento.",
    "Both [[PERSON|Hiroshi]] and [[PERSON|Mei]] have asked for the same week off in August.",
    "An outdated spreadsheet still lists [[PERSON|Zainab Bello]]'s corporate card [[CREDIT_CARD|4436 3474 6917 0246]] with a 5,000 pound limit.",
    "The SIN [[ID_NUMBER|527 193 841]] for [[PERSON|Étienne Gagnon]] was accidentally entered in the notes field of his loan application.",
    "[[PERSON|Lars Eriksen]]'s username [[ID_NUMBER|lars.e.dk]] and workstation IP [[IP_ADDRESS|192.0.2.44]] appear in the firewall block log.",
    "The front desk at the dental practice will ask for [[PERSON|Olumide Bankole]]'s NHS number [[ID_NUMBER|999 207 4434]] on arrival.",
    "The exchange office copied [[PERSON|Zhang Yuxin]]'s resident ID [[ID_NUMBER|31010419920207584X]] onto the housing form without asking.",
]

# 25 chat requests with an obvious cue (a relation word, a title, "Dear").
CHAT_CUE = [
    "My neighbour [[PERSON|Hal Dunmore]] has let his apple tree grow over our fence and the fruit is rotting on our patio. I don't want a feud, we've lived next to each other for eleven years. Can you help me write a friendly note suggesting we split the cost of a tree surgeon?",
    "My grandmother [[PERSON|Leokadia Zielińska]] is moving into a care home next month and she is worried about losing her garden. What are some small things I could bring to her room so it still feels like hers? She loves geraniums and old radio plays.",
    "I'm house-sitting for my cousin [[PERSON|Tomasz]] while he's in Gdańsk. He left the alarm code as [[PASSWORD|7304]] and the wifi key as [[PASSWORD|plumtree-harbour-61]], but the alarm keeps beeping after I enter it. What does a repeated double beep usually mean on these panels, and should I call the monitoring company?",
    "Dear assistant, my son [[PERSON|Ezekiel]] got into the regional youth orchestra as second cello and the first rehearsal clashes with his grandfather's 80th birthday lunch. How can we explain it to Grandpa [[PERSON|Amos]] so he doesn't feel like he comes second?",
    "Our babysitter [[PERSON|Maile Kahananui]] asked if she can bring her younger brother along on Saturday nights. I'm fine with it, but I want to set some ground rules about screen time and bedtime. Can you draft a kind message to her?",
    "My dad [[PERSON|Reginald Osei]] forgot the PIN for his new debit card and keeps guessing. He thinks it's [[PASSWORD|1958]], his birth year, which I've told him is a terrible idea. How many wrong tries before the card locks, and how do I help him reset it at the branch?",
    "My landlady, Mrs [[PERSON|Petrakis]], wants to show the flat to new tenants while I'm still living here, three evenings a week. Is that reasonable notice under a periodic tenancy in England, and how do I push back politely?",
    "Coach [[PERSON|Rangi Whaanga]] from my daughter's netball team has asked parents to drive to an away game three hours north. I can take four kids but my car only has three booster seats. Help me write to the other parents to sort out who drives whom.",
    "My ex-husband [[PERSON|Dragan Petrović]] keeps showing up early at handover and texting our son directly to change the plan. Last Sunday he arrived forty minutes early, sat outside honking, and then told our son on the way to the car that I was 'making things difficult'. Our mediator said to keep written messages short and factual. I'd like a neutral message that reminds him we agreed on 5 pm at the library car park and that plan changes go through me, not through a nine-year-old. Nothing emotional, please, and no legal threats.",
    "Hi, my sister-in-law [[PERSON|Farida]] is vegan and gluten-free and my brother [[PERSON|Karim]] is fasting for Ramadan, and they're both coming to our dinner on Saturday. Could you plan a menu that works after sunset for everyone, including two picky kids?",
    "My nephew [[PERSON|Caleb Hutchins]] is 12 and someone in his online game keeps sending him messages asking for photos. His in-game name is [[ID_NUMBER|CalebTheBrave07]], so anyone can find him. How do I report this, and what should I say to him without scaring him?",
    "My piano teacher, Ms [[PERSON|Okafor-Reid]], wants me to play at the spring recital, but my hands shake whenever anyone watches. Are there practical tricks for performance nerves that adult beginners use? I have about six weeks.",
    "My flatmate [[PERSON|Juniper Hale]] keeps adopting foster kittens without asking, and now there are four of them in the bathroom. I like them, but my allergies are awful. How do I bring it up without sounding like I hate cats?",
    "My stepdad [[PERSON|Ruslan Akhmetov]] had a small stroke last week and he's coming home on Thursday. What should we change in the house before he arrives? He uses a walking frame and the only bathroom is upstairs.",
    "Our Airbnb host [[PERSON|Cosimo]] sent the key box code [[PASSWORD|2291]] and the gate code [[PASSWORD|4470#]], but we're landing at 1 am and he says he's asleep by then. What should we do if the box is jammed? Write a short message asking him for a backup plan.",
    "I'm the best man for my oldest friend [[PERSON|Declan Mahoney]] and I need a five-minute speech. Some material: we met at seven when he pushed me off a bike and then cried harder than I did; he failed his driving test three times, once for reversing into the examiner's own car; he proposed to [[PERSON|Saoirse]] on the ferry to Inis Mór and nearly dropped the ring into a coil of rope; and he cries at every film, including the ones with talking dogs. Keep it funny but not cruel, and end on something warm about the two of them.",
    "Mr [[PERSON|Villanueva]], the driving instructor, says my son is ready for his test, but my son is terrified of roundabouts. Could you write a simple step-by-step explanation of multi-lane roundabouts that a nervous 17-year-old would follow?",
    "My aunt [[PERSON|Blessing Nwachukwu]] wants to start selling her pepper sauce at the Saturday market. What permits or food hygiene steps does a home cook in the UK usually need? She has no website and hates paperwork, so keep it simple.",
    "Hello! My daughter [[PERSON|Ilse]] and her friend [[PERSON|Marijke]] want to cycle from Utrecht to the coast next weekend, just the two of them. They're 15. Is that a reasonable trip, and what should I insist on before saying yes?",
    "My mum [[PERSON|Veronica Lyle]] wrote her email password on a sticky note on the fridge: [[PASSWORD|Bluebell!1949]]. I want to move her to a password manager without upsetting her. How do I explain it gently, and which options are easiest for someone who is 78?",
    "Our neighbour's boy, [[PERSON|Obinna]], broke our greenhouse window with a football and his parents offered to pay. I'd rather he helped me repaint the shed for an afternoon. Is that a fair idea, and how do I suggest it to his dad?",
    "My wife [[PERSON|Ha-eun]] is pregnant with twins and our hospital wants a birth plan by week 32. Could you give me a checklist of things to discuss with the midwife, especially about a possible caesarean and who can be in the room?",
    "Dear assistant, my best friend [[PERSON|Marisol Peña]] lost her job and won't let anyone help with rent. I'd like to do something subtle, maybe pay for groceries or her phone bill. How do I do it without hurting her pride?",
    "My uncle [[PERSON|Ibrahim Diallo]] is flying in from Conakry for my graduation and has never travelled in winter. He'll be here for five days in Montreal in December, staying with me in a fourth-floor walk-up, and I don't have a car. What should I tell him to pack, what can he borrow instead of buying, and how does he get from the airport to downtown late at night? He speaks French and Pular but little English, so please write the final advice as a short message in French that I can send him.",
    "The vet, Dr [[PERSON|Sørensen]], says our labrador has a tumour on his spleen and surgery might buy him a year. He's 13. How do other families decide, and what questions should I ask her at the appointment tomorrow?",
]

# 25 chat requests with the name bare.
CHAT_PLAIN = [
    "Write a short poem for [[PERSON|Ottilie]]'s retirement from the village choir. She sang alto for 38 years, brought lemon cake to every rehearsal, and once finished a solo while the church lights were out. Rhyming is fine but not cheesy.",
    "[[PERSON|Kwame Adjei]] and I share the allotment shed. He changed the padlock combination to [[PASSWORD|8062]] and didn't tell the committee. Help me write a message to the group chat asking everyone to agree on one code, without calling him out.",
    "Can you plan a three-day canoe trip on the Wye for [[PERSON|Bryn]], [[PERSON|Teodora]] and me? None of us has camped since school. We want easy paddling, a pub at least one night and somewhere to leave the car safely.",
    "Draft a message to [[PERSON|Anneliese Brandt]] asking if she still wants the upright piano. We're moving on the 20th and the removal company needs to know by Friday whether it comes with us or goes to her.",
    "[[PERSON|Santiago Herrera]] has asked me to be godmother to his son. I'm not religious. Is it okay to say yes, and what is actually expected of a godparent at a Catholic baptism in Bogotá?",
    "I'm looking for a climbing present for [[PERSON|Pita Havili]], who just sent his first V5 boulder problem. He already has good shoes and chalk. Any ideas under 60 dollars that a serious boulderer would actually use?",
    "Give [[PERSON|Mirela]] and [[PERSON|Goran]] a schedule for feeding the chickens while we're away from 3 to 10 July: eggs collected daily, water changed morning and evening, and the coop shut by dusk because of the fox.",
    "Write a cheerful reminder for the quiz team: [[PERSON|Hamish]] brings the buzzer, [[PERSON|Precious]] books the table, [[PERSON|Oren]] handles the music round, and everyone pays the five pound entry at the door. We start at eight sharp.",
    "Is there a respectful way to tell [[PERSON|Gulnara Seitkali]] that the mosque iftar rota is full for the last ten nights? She offered to cook for 60 people and I don't want her to feel turned away.",
    "Help me write a fundraiser description for [[PERSON|Teuila Mapu]], whose roof blew off in the cyclone. She lives alone with three grandchildren, and we need about 9,000 dollars for materials. Our church will do the labour for free.",
    "Tell [[PERSON|Yusuf]] the hall is booked for the chess tournament on the 14th. The caretaker leaves the side door on a keypad, code [[PASSWORD|5 1 9 3]], and we have to be out by six. Write it as a short text message.",
    "[[PERSON|Rosalind Achterberg]] wants the sailing club to buy a new rescue boat. I'm treasurer and we have 14,000 in reserves. Can you help me lay out the pros and cons for the AGM in a fair way?",
    "What could I say to [[PERSON|Tobiah]] after he didn't make the football team again? He trained all summer and he's devastated. I don't want to hand him empty encouragement or pretend the coach was wrong.",
    "Plan a surprise for [[PERSON|Akira]] and [[PERSON|Hana Moriyama]]'s 40th wedding anniversary. Their children want a dinner for 25 people with a few Japanese dishes and a slideshow of old photos. The budget is moderate.",
    "[[PERSON|Dorota]] can't log in to the homeschool co-op portal. Her username is [[ID_NUMBER|dkaminska_coop]] and the reset email never arrives. Write a short support request I can send to the co-op admin on her behalf.",
    "Write a limerick about [[PERSON|Fergus]], who fell asleep on the night ferry and ended up back in Holyhead instead of Dublin. It's for the card we're giving him on his 30th birthday.",
    "Could you help [[PERSON|Adaeze]] prepare for her citizenship interview next month? Give her twenty practice questions on history and civics with short answers, in plain English, and a tip for staying calm.",
    "[[PERSON|Marcus Lindholm]] keeps parking across my driveway when he visits the house next door. I've asked twice. What are my options before calling the council, and can you draft one last polite note for his windscreen?",
    "[[PERSON|Esperanza]] runs the food bank on Wednesdays and needs a rota for eight volunteers over four weeks, with nobody doing more than two shifts in a row. Can you make one in a table?",
    "I'd like to write a letter of support for [[PERSON|Haile Gebremedhin]]'s asylum appeal. He has volunteered at our repair café every Saturday for two years, fixing bikes, radios and the occasional sewing machine, and he taught three teenagers from the estate how to true a wheel. I run the café and have known him the whole time. What should a character letter like this include, how long should it be, and is there anything I must avoid saying so that it doesn't hurt his case? A rough outline with headings would help.",
    "Ask [[PERSON|Cormac]] and [[PERSON|Nadia Rahman]] whether they can swap slots at the open-mic night: he's on at nine but his last train leaves at 9:40, and she said she doesn't mind going late. Phrase it as one group message.",
    "[[PERSON|Lachlan]] lent me his streaming account for the weekend and sent the login as [[EMAIL_ADDRESS|lachie.b@wattlemail.com.au]] with password [[PASSWORD|koala-ute-3091]]. Is it safe to log in on the hotel TV, and how do I make sure I'm signed out afterwards?",
    "Summarise for [[PERSON|Viktória Szabó]] what happened at Tuesday's residents' meeting: the lift repair is delayed to October, bins move to the back courtyard, and the bike room gets a new lock. She missed it because of night shifts.",
    "Write a packing list for [[PERSON|Ngaio]], who's walking the Milford Track in March with her school group. She's 16, gets cold easily, and the school says one backpack, no more than 12 kilos.",
    "[[PERSON|Kenji Watanabe]] wants to join our astronomy club's Discord; his username is [[ID_NUMBER|kenji.stargazer]]. He's new to the hobby, just bought a second-hand 8-inch Dobsonian, and is a bit shy about posting. Write a short welcome message that explains the channels for observing logs, gear swaps and the monthly dark-sky trip, suggests a few beginner targets for this time of year, and tells him it's fine to ask basic questions. Friendly, not too many emojis.",
]

# 25 short questions about a named private person.
QUESTIONS = [
    "Where does [[PERSON|Ottoline Price]] live now?",
    "Why is [[PERSON|Dmitri]] always so rude to the cleaners?",
    "Is [[PERSON|Amara Nwosu]] coming to the barbecue on Sunday?",
    "How can I contact [[PERSON|Rafael Ortega Lima]] outside work?",
    "What's [[PERSON|Kalinda]]'s new phone number?",
    "Do you know if [[PERSON|Hyun-woo]] got the job?",
    "Why hasn't Mrs [[PERSON|Bellamy]] replied to any of my emails?",
    "Is [[PERSON|Torvald Eng]] still married?",
    "what time does [[PERSON|lena]] finish at the bakery",
    "Who is [[PERSON|Sunita Rao]] dating these days?",
    "Can you find [[PERSON|Benedikt Auer]]'s home address for me?",
    "Should I invite [[PERSON|Jolene]] and [[PERSON|Trey]] to the wedding?",
    "Why does [[PERSON|Kasia]] never answer her phone after nine?",
    "Is [[PERSON|Alhassan Sesay]] a reliable tenant?",
    "How old is [[PERSON|Perpetua]] from the church choir?",
    "Tell me everything you know about [[PERSON|Matías Cordero]] from Rosario.",
    "Has [[PERSON|Ewa]] paid back the money she borrowed?",
    "Where does [[PERSON|Junaid Malik]] work now?",
    "Is it weird that [[PERSON|Søren]] still texts my girlfriend?",
    "What's the best way to reach Dr [[PERSON|Oyelaran]] directly?",
    "Why did [[PERSON|Lucien Marchetti]] get fired?",
    "Does [[PERSON|Tala]] know I'm moving out?",
    "Who lives at [[STREET_ADDRESS|22 Heron Lane, Whitstable CT5 1QS]] these days?",
    "Whose number is [[PHONE_NUMBER|07700 900271]]?",
    "Is [[PERSON|Gabriel Okonkwo]] allergic to nuts?",
]

# 25 pasted snippets.
SNIPPETS = [
    "Can you shorten this e-mail signature so it fits on two lines?\n\n[[PERSON|Harriet Quayle]]\nSenior Conveyancer, Lindfield Moss Solicitors\nT: [[PHONE_NUMBER|0161 496 0825]] | M: [[PHONE_NUMBER|07700 900533]]\n[[EMAIL_ADDRESS|harriet.quayle@lindfieldmoss.co.uk]]\nPlease consider the environment before printing this email.",
    "Remove the duplicates from this CSV:\nid,name,email,phone\n101,[[PERSON|Oskar Lund]],[[EMAIL_ADDRESS|oskar.lund@fjordpost.no]],[[PHONE_NUMBER|+46 70-174 06 12]]\n102,[[PERSON|Bea Castillo]],[[EMAIL_ADDRESS|bea.castillo@solmail.es]],[[PHONE_NUMBER|(503) 555-0119]]\n103,[[PERSON|Oskar Lund]],[[EMAIL_ADDRESS|oskar.lund@fjordpost.no]],[[PHONE_NUMBER|+46 70-174 06 12]]",
    'Fix the indentation in this YAML:\nemployees:\n  - name: [[PERSON|Ifeoma Chukwu]]\n    login: [[ID_NUMBER|ichukwu]]\n    phone: "[[PHONE_NUMBER|+1 312 555 0148]]"\n   role: nurse\n  - name: [[PERSON|Radu Ionescu]]\n    login: [[ID_NUMBER|rionescu]]\n    phone: "[[PHONE_NUMBER|+44 7700 900719]]"\n    role: porter',
    "Is someone brute-forcing us? From auth.log:\nMar  3 02:14:07 web1 sshd[8812]: Failed password for [[ID_NUMBER|tkowalik]] from [[IP_ADDRESS|203.0.113.91]] port 50122 ssh2\nMar  3 02:14:09 web1 sshd[8812]: Failed password for [[ID_NUMBER|tkowalik]] from [[IP_ADDRESS|203.0.113.91]] port 50122 ssh2\nMar  3 02:14:15 web1 sshd[8830]: Accepted publickey for [[ID_NUMBER|tkowalik]] from [[IP_ADDRESS|198.51.100.7]] port 61844 ssh2",
    "Turn this web form entry into a CRM note:\nFull name: [[PERSON|Benedetta Rossi]]\nEmail: [[EMAIL_ADDRESS|b.rossi.art@lagunamail.it]]\nPhone: [[PHONE_NUMBER|+44 7700 900264]]\nPreferred contact: evenings\nMessage: I would like a quote for restoring two oil paintings damaged by damp.",
    'Why is this API response missing the address field?\n{"customer_id": "[[ID_NUMBER|CU-7781204]]", "name": "[[PERSON|Kwesi Ampofo]]", "email": "[[EMAIL_ADDRESS|kwesi.ampofo@harmattan.io]]", "tier": "gold", "address": null}',
    "Will this SQL run on Postgres?\nINSERT INTO patients (mrn, full_name, phone, ssn) VALUES ('[[ID_NUMBER|MRN-0042917]]', '[[PERSON|Loretta Giles]]', '[[PHONE_NUMBER|(614) 555-0187]]', '[[US_SSN|046-72-1839]]');",
    "Summarise this group chat:\n[18:02] [[PERSON|Anouk]]: who's bringing the tent pegs\n[18:03] [[PERSON|Bram]]: me, and the gas stove\n[18:05] [[PERSON|Anouk]]: [[PERSON|Sietske]] can you pick me up at [[STREET_ADDRESS|Vondelstraat 88, 2513 EX Den Haag]]?\n[18:06] [[PERSON|Sietske]]: yes, 7:30, I'll honk twice",
    'Which request returned the error?\n[[IP_ADDRESS|192.0.2.61]] - [[ID_NUMBER|jmbeki]] [02/Feb/2025:09:14:22 +0000] "GET /reports/q4.pdf HTTP/1.1" 200 90412\n[[IP_ADDRESS|192.0.2.61]] - [[ID_NUMBER|jmbeki]] [02/Feb/2025:09:14:40 +0000] "GET /reports/q5.pdf HTTP/1.1" 404 512',
    "Please check this intake form for missing fields:\nPatient: [[PERSON|Yevgenia Orlova]]\nNHS number: [[ID_NUMBER|999 482 7715]]\nAddress: [[STREET_ADDRESS|27 Mill Lane, Hebden Bridge HX7 8AB]]\nMobile: [[PHONE_NUMBER|07700 900905]]\nAllergies:\nRegistered GP: Dr [[PERSON|Ashworth]]",
    "Translate this transfer confirmation into English:\nAuftraggeber: [[PERSON|Katrin Vogelsang]]\nIBAN: [[IBAN_CODE|DE57 4533 3147 8932 8804 07]]\nEmpfänger: [[PERSON|Malte Brinkmann]]\nEmpfänger-IBAN: [[IBAN_CODE|AT23 1664 1518 5042 9886]]\nBetrag: 1.250,00 EUR\nVerwendungszweck: Miete Mai",
    "Extract the fields from this onboarding form into JSON:\nEmployee: [[PERSON|Dashiell Monroe]]\nSSN: [[US_SSN|623-55-8104]]\nEmployee ID: [[ID_NUMBER|EMP-20931]]\nHome: [[STREET_ADDRESS|918 Cottonwood Dr, Lawrence, KS 66044]]\nDirect deposit: on file\nStart date: 3 June",
    "Is this delivery note complete?\nDeliver to: [[PERSON|Mthunzi Khumalo]]\n[[STREET_ADDRESS|23 Protea Crescent, Rondebosch, Cape Town, 7700]]\nContact: [[EMAIL_ADDRESS|mthunzi.k@fynbosmail.co.za]]\nID for collection: [[ID_NUMBER|8709125123081]]\nParcels: 2 (fragile)",
    "Tidy these minutes:\nPresent: [[PERSON|Colm Devlin]] (chair), [[PERSON|Ruth Abebe]], [[PERSON|Sunil Perera]], [[PERSON|Marta Lindgren]]\nApologies: [[PERSON|Gwen Price]]\n1. Hall roof: [[PERSON|Colm]] to get three quotes.\n2. Treasurer's report: [[PERSON|Sunil]] says the balance is healthy.\n3. Summer fair moved to 12 July.",
    'Reply to this ticket for me:\nTicket #88213 | Customer: [[PERSON|Aurelio Bianchi]] | Account: [[ID_NUMBER|4410-2287-09]]\n"My router drops the connection every night at 11. I already rebooted it twice. My login for the portal is [[ID_NUMBER|aurelio.b77]] if you need it."',
    "Can you summarise this thread?\n\nFrom: [[PERSON|Pilar Domínguez]] <[[EMAIL_ADDRESS|pilar.dominguez@alhambra-tours.es]]>\nTo: [[PERSON|Jake Morrow]] <[[EMAIL_ADDRESS|jake@morrowcycles.co.nz]]>\nSubject: Re: group booking\n\nHi [[PERSON|Jake]], we can hold 12 rooms until Friday. After that I need a deposit.\nSaludos,\n[[PERSON|Pilar]]",
    "Why won't my phone import this vCard?\nBEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON|Solveig Aas]]\nTEL;TYPE=CELL:[[PHONE_NUMBER|+46 70-174 06 48]]\nEMAIL:[[EMAIL_ADDRESS|solveig.aas@nordlys.no]]\nADR:[[STREET_ADDRESS|Storgata 14, 9008 Tromsø]]\nEND:VCARD",
    "Sort this roster by student ID:\nstudent_id\tname\tguardian_phone\n[[ID_NUMBER|S-24417]]\t[[PERSON|Amani Odhiambo]]\t[[PHONE_NUMBER|0491 570 118]]\n[[ID_NUMBER|S-24388]]\t[[PERSON|Lachie Burke]]\t[[PHONE_NUMBER|0491 570 264]]\n[[ID_NUMBER|S-24402]]\t[[PERSON|Mia Tuilagi]]\t[[PHONE_NUMBER|0491 570 339]]",
    "Who changed the payment module? git log says:\ncommit 9f2c41e\nAuthor: [[PERSON|Ravindra Bhat]] <[[EMAIL_ADDRESS|ravi.bhat@lotusdev.in]]>\nDate:   Tue Apr 8 14:02:11 2025 +0530\n\n    fix rounding in partial refunds",
    "Is it bad that this file is in our repo?\nDB_HOST=db.internal\nDB_USER=[[ID_NUMBER|svc_lpereira]]\nDB_PASSWORD=[[PASSWORD|Tr0mbone-Gl4ss-22]]\nMAPS_API_KEY=[[API_KEY|mk_9vT4qLz2WbX7hN1cR8pF3sJ6yD0eGa5u]]\nDEBUG=true",
    'What does this log line tell me?\n{"ts":"2025-05-11T07:41:03Z","event":"login_success","user":"[[ID_NUMBER|hanne.kristiansen]]","src_ip":"[[IP_ADDRESS|2001:db8:4a1::17]]","mfa":"totp"}',
    "Check the VAT on this invoice:\nBill to: [[PERSON|Ottavio Ferri]]\n[[STREET_ADDRESS|Via Gramsci 42, 40121 Bologna BO]]\nCodice cliente: [[ID_NUMBER|CL-55902]]\n3 x tile restoration @ €180\nSubtotal €540, IVA 22% €118.80, total €658.80",
    "Count the guests from these RSVPs:\n- [[PERSON|Tamsin Kerr]] + 1, vegetarian\n- [[PERSON|Abdou Ndiaye]], no plus-one\n- [[PERSON|Hoang Minh Tuan]] + 2 (kids)\n- [[PERSON|Greta Falk]], declined\n- [[PERSON|Lior Ben-David]], maybe",
    "Translate this Slack thread into French:\n[[PERSON|Jonah Feldman]] 10:42 AM\n@[[ID_NUMBER|mara.ilic]] can you send me the deck before the client call?\n[[PERSON|Mara Ilić]] 10:44 AM\nsure, uploading it now, give me two minutes",
    "Proofread this referral:\nDear Dr [[PERSON|Okwuosa]],\nRe: [[PERSON|Florin Munteanu]], DOB 14/02/1961, NHS no. [[ID_NUMBER|999 315 6086]]\n[[STREET_ADDRESS|5 Orchard Rise, Malvern WR14 3JT]]\nThank you for seeing this gentleman with progressive breathlessness over six months.",
]

# 20 multi-identifier records.
RECORDS = [
    "Customer record: [[PERSON|Imogen Thwaite]], [[STREET_ADDRESS|Flat 3, 41 Cranbrook Road, Bristol BS6 7BL]], mobile [[PHONE_NUMBER|07700 900146]], email [[EMAIL_ADDRESS|imogen.thwaite@brackenmail.co.uk]].",
    "Name: [[PERSON|Dwayne Whitcombe]]; Address: [[STREET_ADDRESS|4410 Larkspur Ave Apt 2B, Tucson, AZ 85719]]; Phone: [[PHONE_NUMBER|(520) 555-0173]]; SSN: [[US_SSN|719-03-5582]]; Email: [[EMAIL_ADDRESS|dwhitcombe@saguaronet.com]]",
    "Client : [[PERSON|Mélanie Côté]] | [[STREET_ADDRESS|1287 rue Saint-Hubert, app. 4, Montréal (Québec) H2L 3Y6]] | tél. [[PHONE_NUMBER|514-555-0126]] | NAS [[ID_NUMBER|281 643 908]]",
    "[[PERSON|Kirra Anderson]], [[STREET_ADDRESS|Unit 5/18 Corella St, Fremantle WA 6160]], ph [[PHONE_NUMBER|0491 570 442]], Medicare [[ID_NUMBER|2953 81747 1]], card [[CREDIT_CARD|4554 1324 8103 7037]]",
    "Please update the file: [[PERSON|Jannik Oberländer]] now lives at [[STREET_ADDRESS|Lindenstraße 27, 04177 Leipzig]], e-mail [[EMAIL_ADDRESS|j.oberlaender@posteo-mail.de]], IBAN [[IBAN_CODE|DE32 9458 0730 2157 3681 93]].",
    "M. [[PERSON|Bastien Garnier]], [[STREET_ADDRESS|8 rue des Tanneurs, 69002 Lyon]], tél. [[PHONE_NUMBER|06 39 98 41 27]], n° de sécurité sociale [[ID_NUMBER|1 84 03 69 123 087 39]]",
    "naam,adres,bsn,email\n[[PERSON|Femke Bakker]],[[STREET_ADDRESS|Meeuwenlaan 64, 3521 BK Utrecht]],[[ID_NUMBER|107057979]],[[EMAIL_ADDRESS|femke.bakker@tulpmail.nl]]",
    "Titular: [[PERSON|Lucía Fernández Ortiz]]\nDomicilio: [[STREET_ADDRESS|Calle de la Alondra 15, 3º B, 28045 Madrid]]\nDNI: [[ID_NUMBER|70315928Y]]\nCorreo: [[EMAIL_ADDRESS|lucia.fdez.ortiz@mesetamail.es]]\nIBAN: [[IBAN_CODE|ES63 5139 4029 3775 8838 0452]]",
    "Guest: [[PERSON|Sakamoto Rin]], [[STREET_ADDRESS|3-14-7 Nishikicho, Nakagyo-ku, Kyoto 604-8211]], passport [[ID_NUMBER|TR4829105]], [[EMAIL_ADDRESS|rin.sakamoto@kamomail.jp]]",
    "KYC details for [[PERSON|Kavya Raghavan]]: [[STREET_ADDRESS|Flat 12B, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038]]; Aadhaar [[ID_NUMBER|7364 0519 2844]]; email [[EMAIL_ADDRESS|kavya.r@mysoremail.in]]",
    "Cadastro: [[PERSON|Thiago Nascimento]], [[STREET_ADDRESS|Rua das Acácias, 219, apto 31, Pinheiros, São Paulo - SP, 05422-010]], CPF [[ID_NUMBER|619.043.827-03]], cartão [[CREDIT_CARD|5260 0070 5614 8975]]",
    "Remitente: [[PERSON|Itzel Ramírez Soto]], [[STREET_ADDRESS|Calle Jacarandas 87, Col. Del Valle, 03100 Ciudad de México, CDMX]], correo [[EMAIL_ADDRESS|itzel.rs@nopalmail.mx]], tarjeta [[CREDIT_CARD|4071 2481 0756 9007]]",
    "[[PERSON|Zuzanna Mazur]], [[STREET_ADDRESS|ul. Kwiatowa 12/4, 30-015 Kraków]], PESEL [[ID_NUMBER|95120306183]], tel. [[PHONE_NUMBER|+44 7700 900822]], [[EMAIL_ADDRESS|zuza.mazur@wawelpost.pl]]",
    "Medlem: [[PERSON|Viktor Engström]], [[STREET_ADDRESS|Björkvägen 9, 752 36 Uppsala]], personnummer [[ID_NUMBER|930922-7172]], mobil [[PHONE_NUMBER|070-174 06 73]], IBAN [[IBAN_CODE|SE23 0948 8296 2916 6037 1939]]",
    "[[PERSON|Ciarán Ó Briain]], [[STREET_ADDRESS|14 Glenmore Park, Ballincollig, Co. Cork P31 X2K7]], IBAN [[IBAN_CODE|IE61 AIBK 4905 0768 6018 32]], [[EMAIL_ADDRESS|ciaran.obriain@leemail.ie]], PPSN [[ID_NUMBER|7204519P]]",
    "Tenant: [[PERSON|Njeri Wambugu]] | Address: [[STREET_ADDRESS|Hse 14, Kiambere Road, Upper Hill, Nairobi 00100]] | ID No. [[ID_NUMBER|28471936]] | Email: [[EMAIL_ADDRESS|njeri.wambugu@savannamail.co.ke]]",
    "[[PERSON|Oluwadamilare Ajayi]], [[STREET_ADDRESS|Plot 14, Adeola Crescent, Lekki Phase 1, Lagos 106104]], NIN [[ID_NUMBER|48201937561]], [[EMAIL_ADDRESS|dami.ajayi@lagoonmail.ng]], [[PHONE_NUMBER|+44 7700 900468]]",
    "Resident: [[PERSON|Lim Jia Hui]], [[STREET_ADDRESS|Blk 412 Tampines Street 41, #08-233, Singapore 520412]], NRIC [[ID_NUMBER|T0471836J]], [[EMAIL_ADDRESS|jiahui.lim@merlionmail.sg]]",
    "Order contact: [[PERSON|Kang Min-seo]], [[STREET_ADDRESS|8, Yeonnam-ro 17-gil, Mapo-gu, Seoul 03981]], [[EMAIL_ADDRESS|minseo.kang@hanbitmail.kr]], card [[CREDIT_CARD|5354 8753 9665 1883]]",
    "Kunde: [[PERSON|Reto Zimmermann]], [[STREET_ADDRESS|Rebgasse 19, 4058 Basel]], IBAN [[IBAN_CODE|CH82 2601 4532 6579 9045 1]], E-Mail [[EMAIL_ADDRESS|reto.zimmermann@rheinpost.ch]]",
]

# 30 writing, role-play and reasoning prompts in the style of MT-Bench and Vicuna-bench.
CLEAN_WRITING = [
    "Write a persuasive op-ed of about 400 words arguing that mid-sized cities should replace parking minimums with protected bike lanes. Include one counter-argument and a rebuttal.",
    "Pretend you are Sherlock Holmes examining a muddy umbrella left in a train carriage. Describe, in his voice, five deductions about its owner.",
    "Compose a sonnet about the last ferry of the season leaving a small island harbour.",
    "You are a medieval blacksmith being interviewed by a modern journalist. Answer her first question: what is the hardest part of your work?",
    "Alice is taller than Bob. Bob is taller than Carol. Carol is taller than Dave. Is Alice taller than Dave? Explain your reasoning step by step.",
    "Draft a product description for a solar-powered camping lantern aimed at families, in under 120 words, with a playful tone.",
    "Explain the difference between weather and climate to a curious ten-year-old, using an analogy involving a wardrobe.",
    "Imagine you are Marie Curie writing a letter to a young student who wants to become a chemist. What advice would you give?",
    "Three boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. You may take one fruit from one box. Which box should you pick from to relabel all three correctly, and why?",
    "Write a short dialogue between Frodo and Samwise planning a picnic in the Shire, keeping their voices true to the books.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime in three paragraphs.",
    "Role-play as a sommelier recommending a wine for a vegetarian mushroom risotto. Keep it under 100 words.",
    "Emma, Liam and Noah each own one pet: a cat, a dog or a parrot. Emma is allergic to fur. Liam's pet cannot fly. Noah does not own a dog. Who owns which pet?",
    "Write three haiku about the Tokyo subway at rush hour, one for morning, one for noon and one for the last train.",
    "Suggest a five-day itinerary for first-time visitors to Lisbon who love food and dislike crowds.",
    "Explain to a beginner how a bill becomes law in the United States, then summarise the whole process in one sentence.",
    "You are Captain Nemo. Describe the view from the Nautilus's great window to a nervous passenger on her first dive.",
    "Write a short email from a school principal to parents encouraging them to join a weekend litter-pick. Use [Principal Name] and [School Name] as placeholders.",
    "Critique this argument: 'Every successful company has a memorable logo, so designing a great logo will make my startup successful.'",
    "Rewrite the opening of Pride and Prejudice as a thread of five social media posts, keeping the irony.",
    "What would happen to Earth's tides if the Moon were twice as far away? Explain qualitatively, without equations.",
    "Act as a local guide in Kyoto and recommend three temples for a rainy afternoon, with one sentence on each.",
    "Given the sequence 2, 6, 12, 20, 30, what comes next, and what is the general formula for the nth term?",
    "Write a bedtime story about a lighthouse keeper's cat who is afraid of the dark. Keep it under 300 words.",
    "Debate both sides: should museums return artefacts like the Benin Bronzes to their countries of origin?",
    "Pretend to be Elon Musk pitching a Mars colony to a room of sceptical retired engineers, then answer their toughest objection.",
    "There are 12 coins, one of which is heavier than the rest, and a balance scale. What is the smallest number of weighings needed to find it, and how?",
    "Write a job advertisement for a lighthouse technician in the style of a Victorian newspaper.",
    "Summarise the plot of Hamlet in exactly five sentences, then name the theme you think matters most today.",
    "Explain the Monty Hall problem and why switching doors is the better strategy, using a table of all cases.",
]

# 20 grade-school maths word problems with fictional first names.
CLEAN_MATHS = [
    "Priya bakes 48 cookies and packs them into bags of 6. She gives 3 bags to her teachers and sells the rest for $2.50 per bag. How much money does she make?",
    "Mateo's train leaves at 9:15 and travels 180 km at an average speed of 72 km/h. At what time does it arrive?",
    "A bookshop sells notebooks at 3 for $4. Lena needs 14 notebooks for her class and can only buy them in packs of 3. How much does she spend?",
    "Kofi runs 2.5 km on each weekday and twice as far on Saturday. He rests on Sunday. How many kilometres does he run in four weeks?",
    "A garden is 12 m long and 7 m wide. Aiko wants to fence it, leaving a 1.5 m gap for a gate. How many metres of fence does she need?",
    "Ben had 120 marbles. He gave one third of them to his brother and then lost 15. How many marbles does he have left?",
    "Sofia earns $18 an hour and works 6 hours a day, 5 days a week. She saves 25% of what she earns. How much does she save in a week?",
    "A tank holds 600 litres. It fills at 25 litres per minute but leaks 5 litres per minute. If Omar starts with it empty, how long until it is full?",
    "Nadia bought a jacket for $84 after a 30% discount. What was the original price?",
    "Ravi, Jonas and Elif share a pizza cut into 12 slices. Ravi eats a quarter of it, Jonas eats 3 slices and Elif eats twice as many as Jonas. How many slices are left?",
    "A school bus can carry 42 students. How many buses does Principal Greene need to take 275 students on a trip?",
    "Mia reads 35 pages a day. Her book has 412 pages and she has already read 97. How many more days until she finishes it?",
    "Tomás plants 8 rows of 15 tomato plants. Each plant gives 4 kg of tomatoes, which he sells at $3 per kg. What is his total income?",
    "Hana is 3 times as old as her nephew. In 12 years she will be twice as old as him. How old is Hana now?",
    "A recipe for 4 people needs 300 g of flour. Lucas is cooking for 10 people. How much flour does he need?",
    "Zara's phone plan costs $25 a month plus $0.10 for every text over 200. Last month she sent 340 texts. What was her bill?",
    "Ethan saves $5 in the first week, $7 in the second, $9 in the third, and keeps adding $2 more each week. How much has he saved after 10 weeks?",
    "A cinema has 18 rows of 24 seats. On Friday five sixths of the seats were sold. Grace counted the empty seats. How many did she count?",
    "Amir drives 240 km on 18 litres of fuel. How many litres will he need for a 400 km trip at the same rate?",
    "Chloe buys 3 shirts at $16 each and 2 pairs of trousers at $27 each. She pays with a $100 note. How much change does she get?",
]

# 20 multiple-choice exam items.
CLEAN_EXAM = [
    "Under the common law, which element is NOT required to form a valid contract?\nA) Offer\nB) Acceptance\nC) Consideration\nD) Notarisation",
    "A 62-year-old woman presents with sudden painless loss of vision in one eye and a cherry-red spot on the macula. What is the most likely diagnosis?\nA) Central retinal artery occlusion\nB) Retinal detachment\nC) Acute angle-closure glaucoma\nD) Optic neuritis",
    "Which treaty ended the Thirty Years' War in 1648?\nA) Treaty of Utrecht\nB) Peace of Westphalia\nC) Treaty of Versailles\nD) Peace of Augsburg",
    "Which gas makes up about 78% of Earth's atmosphere?\nA) Oxygen\nB) Argon\nC) Nitrogen\nD) Carbon dioxide",
    "Dana lends her car to Eli, knowing he has been drinking all afternoon. Eli crashes into a parked van. Under which doctrine is Dana most likely liable?\nA) Strict liability\nB) Negligent entrustment\nC) Vicarious liability\nD) Res ipsa loquitur",
    "A patient on long-term lithium develops coarse tremor, vomiting and confusion. Which test should be ordered first?\nA) Serum lithium level\nB) Thyroid function tests\nC) CT head\nD) Blood cultures",
    "Question: Who was the first emperor of a unified China?\nA) Liu Bang\nB) Qin Shi Huang\nC) Kublai Khan\nD) Wu Zetian\nAnswer:",
    "What is the SI unit of electrical capacitance?\nA) Henry\nB) Farad\nC) Weber\nD) Tesla",
    "In a criminal trial in England and Wales, to what standard must the prosecution prove guilt?\nA) Balance of probabilities\nB) Clear and convincing evidence\nC) Beyond reasonable doubt\nD) Reasonable suspicion",
    "Question: A deficiency of which vitamin causes scurvy?\nA) Vitamin A\nB) Vitamin B12\nC) Vitamin C\nD) Vitamin D\nAnswer:",
    "In which year did the Meiji Restoration begin?\nA) 1853\nB) 1868\nC) 1889\nD) 1905",
    "Which organelle is the main site of ATP production in eukaryotic cells?\nA) Ribosome\nB) Golgi apparatus\nC) Mitochondrion\nD) Lysosome",
    "Hale sells a field to Ruiz, who does not record the deed. Hale then sells the same field to Ortiz, who pays value, knows nothing of the first sale and records first. In a race-notice jurisdiction, who owns the field?\nA) Ruiz\nB) Ortiz\nC) Hale\nD) Ruiz and Ortiz as tenants in common",
    "A 7-year-old boy has a barking cough and inspiratory stridor that worsen at night, with a low-grade fever. What is the most likely cause?\nA) Epiglottitis\nB) Croup\nC) Asthma\nD) Inhaled foreign body",
    "Which event directly triggered the outbreak of the First World War?\nA) The sinking of the Lusitania\nB) The assassination of Archduke Franz Ferdinand\nC) The invasion of Poland\nD) The Zimmermann Telegram",
    "What is the pH of pure water at 25 °C?\nA) 0\nB) 1\nC) 7\nD) 14",
    "Which amendment to the US Constitution protects against unreasonable searches and seizures?\nA) First\nB) Fourth\nC) Fifth\nD) Eighth",
    "What is the first-line treatment for anaphylaxis in an adult?\nA) Oral antihistamine\nB) Intramuscular adrenaline\nC) Intravenous hydrocortisone\nD) Nebulised salbutamol",
    "Mansa Musa ruled which West African empire?\nA) Songhai\nB) Ghana\nC) Mali\nD) Kanem-Bornu",
    "Crossing two heterozygous tall pea plants (Tt x Tt) gives what expected ratio of tall to short offspring?\nA) 1:1\nB) 3:1\nC) 9:3:3:1\nD) All tall",
]

# 15 questions a patient might ask a hospital chatbot, with no personal detail.
CLEAN_HEALTH = [
    "What are the visiting hours for the children's ward, and can siblings under 12 come in?",
    "Do I need to fast before a routine blood test, and if so for how long?",
    "How do I request a copy of my medical records from the hospital?",
    "Is there free parking for patients attending chemotherapy appointments?",
    "What should I bring with me for a planned day-surgery admission?",
    "How long does it usually take to get the results of an MRI scan?",
    "Can I pay a hospital bill in instalments if I don't have insurance?",
    "What is the difference between urgent care and the emergency department, and when should I use each?",
    "Are flu vaccines available for walk-in patients at the outpatient clinic?",
    "What side effects are common after a colonoscopy, and when should someone call a doctor?",
    "Does the hospital provide interpreters for patients who don't speak English?",
    "In general, how can you tell the difference between a cold and the flu?",
    "Is it safe for adults to take ibuprofen and paracetamol together for a fever?",
    "What does an itemised hospital bill include, and how do I dispute a charge I don't recognise?",
    "Can a family member stay overnight with a patient on the adult surgical wards?",
]

# 15 everyday and technical questions naming public figures, eponyms, brands, places or code.
CLEAN_EVERYDAY = [
    "Why is the Fibonacci sequence named after Leonardo of Pisa if Indian mathematicians described it centuries earlier?",
    "How do I fix 'Permission denied (publickey)' when pushing to GitHub from a new laptop?",
    "What's the difference between Alzheimer's disease and vascular dementia?",
    "Write a Python function send_welcome(user_name, user_email) that returns a greeting string; use placeholders like <NAME> in the docstring example, not real data.",
    "Did Nikola Tesla and Thomas Edison ever actually work together?",
    "Which is better for a first espresso machine, a Breville Bambino or a Gaggia Classic?",
    "How long does it take to walk the Cliffs of Moher trail from Doolin to Hag's Head?",
    "In Excel, how do I use XLOOKUP to return the email column for a given ID stored on another sheet?",
    "Explain Bayes' theorem with the example of a medical test that is 95% accurate for a rare disease.",
    "Why did Taylor Swift re-record her first six albums?",
    r"What does the regex ^[\w.+-]+@[\w-]+\.[a-z]{2,}$ match, and where does it fail?",
    "How did the Ford Model T change the layout of American cities?",
    "What's the origin of the word 'boycott'? I heard it comes from a 19th-century land agent in Ireland.",
    "How do I configure nginx as a reverse proxy for a Node app listening on port 3000?",
    "Recommend three novels similar to Kazuo Ishiguro's Never Let Me Go.",
]


def _nhs_test(value: str) -> bool:
    """An NHS number from the 999 range kept for testing."""
    return value.startswith("999") and nhs_ok(value)


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS: dict[str, Callable[[str], bool]] = {
    "870314-4629": luhn_ok,
    "930922-7172": luhn_ok,
    "030791-816C": hetu_ok,
    "24068541731": fodselsnummer_ok,
    "538.217.406-71": cpf_ok,
    "274.960.183-50": cpf_ok,
    "619.043.827-03": cpf_ok,
    "47291836H": dni_ok,
    "70315928Y": dni_ok,
    "948689134": bsn_ok,
    "107057979": bsn_ok,
    "88071247939": pesel_ok,
    "95120306183": pesel_ok,
    "31010419920207584X": china_id_ok,
    "79.09.28-114.89": belgian_id_ok,
    "2 89 06 75 118 042 19": nir_ok,
    "1 84 03 69 123 087 39": nir_ok,
    "527 193 841": luhn_ok,
    "281 643 908": luhn_ok,
    "9102030271089": luhn_ok,
    "8709125123081": luhn_ok,
    "S8623714H": nric_ok,
    "T0471836J": nric_ok,
    "38472591054": kimlik_ok,
    "17.482.093-7": rut_ok,
    "4827 1936 0520": aadhaar_ok,
    "7364 0519 2844": aadhaar_ok,
    "238491706": nif_ok,
    "880412-1047190": rrn_ok,
    "6318274N": pps_ok,
    "7204519P": pps_ok,
    "2900523400314": cnp_ok,
    "071083-2769": kennitala_ok,
    "2381046727": luhn_ok,
    "999 207 4434": _nhs_test,
    "999 315 6086": _nhs_test,
    "999 482 7715": _nhs_test,
    "2953 81747 1": medicare_ok,
}


# Fictional ranges, by the digits a number starts with once the spaces, dashes and brackets
# are gone: every phone in the set must fall in one.
FICTIONAL_PHONES = re.compile(
    r"(07700900|447700900|02079460|01614960|0491570|61491570|07017406|467017406|063998)\d+"
    r"|(1)?\d{3}55501\d{2}"
)


def check_phones(texts: list[str]) -> None:
    for marked in texts:
        for span in strip_marks(marked)[1]:
            if span["type"] != "PHONE_NUMBER":
                continue
            digits = "".join(c for c in span["value"] if c.isdigit())
            if not FICTIONAL_PHONES.fullmatch(digits):
                raise SystemExit(f"phone {span['value']!r} outside the fictional ranges")
            local = digits.removeprefix("46").removeprefix("0")
            if local.startswith("7017406") and not 5 <= int(local[7:]) <= 99:
                raise SystemExit(f"phone {span['value']!r} outside 070-174 06 05..99")


def check_ips(texts: list[str]) -> None:
    for marked in texts:
        for span in strip_marks(marked)[1]:
            if span["type"] == "IP_ADDRESS" and not span["value"].startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
            ):
                raise SystemExit(f"IP {span['value']!r} outside the documentation ranges")


def check_words(name: str, texts: list[str], least: int, most: int) -> None:
    for marked in texts:
        count = len(strip_marks(marked)[0].split())
        if not least <= count <= most:
            raise SystemExit(f"{name}: {count} words in {marked[:60]!r}")


def check_shapes() -> None:
    """The counts the brief asks for inside each section."""
    only_names = [t for t in SENTENCES if {s["type"] for s in strip_marks(t)[1]} == {"PERSON"}]
    if len(only_names) != NAME_ONLY:
        raise SystemExit(f"sentences: {len(only_names)} name-only texts, want {NAME_ONLY}")
    secret_types = {"PASSWORD", "ID_NUMBER"}
    secrets = [
        t for t in CHAT_CUE + CHAT_PLAIN if secret_types & {s["type"] for s in strip_marks(t)[1]}
    ]
    if len(secrets) != CHAT_SECRETS:
        raise SystemExit(f"chat: {len(secrets)} texts with a secret or username")
    addresses = [
        s["value"]
        for t in SENTENCES + QUESTIONS + SNIPPETS + RECORDS
        for s in strip_marks(t)[1]
        if s["type"] == "STREET_ADDRESS"
    ]
    if len(set(addresses)) != len(addresses) or len(addresses) < 25:
        raise SystemExit(f"addresses: {len(addresses)}, some repeated or too few")
    for text in RECORDS:
        kinds = [s["type"] for s in strip_marks(text)[1]]
        if "PERSON" not in kinds or "STREET_ADDRESS" not in kinds or len(kinds) < 4:
            raise SystemExit(f"record with too few identifiers: {text[:60]!r}")


def main() -> None:
    sections = {
        "sentences": (SENTENCES, 100),
        "chat cue": (CHAT_CUE, 25),
        "chat plain": (CHAT_PLAIN, 25),
        "questions": (QUESTIONS, 25),
        "snippets": (SNIPPETS, 25),
        "records": (RECORDS, 20),
        "clean writing": (CLEAN_WRITING, 30),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean health": (CLEAN_HEALTH, 15),
        "clean everyday": (CLEAN_EVERYDAY, 15),
    }
    pii = SENTENCES + CHAT_CUE + CHAT_PLAIN + QUESTIONS + SNIPPETS + RECORDS
    check_words("sentences", SENTENCES, 8, 35)
    check_words("chat", CHAT_CUE + CHAT_PLAIN, 25, 120)
    check_words("questions", QUESTIONS, 4, 15)
    check_shapes()
    check_national_ids(pii, NATIONAL_IDS)
    check_phones(pii)
    check_ips(pii)
    build_sections(
        "blind19", HERE, sections,
        {"sentences", "chat cue", "chat plain", "questions", "snippets", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=SENTENCES, lower_chat=LOWER_SENTENCES, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
