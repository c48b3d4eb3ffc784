# ruff: noqa: E501
"""A twenty-sixth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 80 messages (5 to 60 words) whose only personal datum is one secret or one account
  identifier said in passing, in many voices: passwords of every shape (word and digits,
  plain words, three- and four-word passphrases, leetspeak, random strings, names with
  years), PINs, phone unlock patterns written as digits, door, gate, garage, locker,
  bike-lock, padlock, key-safe, hotel-safe and alarm codes, wifi keys, router admin
  passwords, recovery codes, usernames, gamertags and handles, bank, library, gym,
  loyalty, student, employee, staff and customer numbers. The first 40 name what the value
  is (password, PIN, code, username, member number, ...); the last 40 carry no such
  keyword ("it's on a sticky note under the keyboard: ...", "try ... if the other one
  fails", "I log in as ... and it says locked", "the number on my library card is ...");
  some are typed in lower case, some sit inside a question about security;
* 80 messages (5 to 40 words) naming one or two private people with no cue word at all
  (no relation word, title, greeting, sign-off or "my name is"), the first 40 all in lower
  case, names as subject, object, after prepositions, possessive, in lists and in
  questions about what someone did, said or wants; names from more than 50 countries
  and the word-names Hope, Grace, Will, Bill, Rose, Jack, Mercedes, Lexus, Porsche, Kai,
  Sunday, April, June, Ginger, Poppy, Blue, Storm, Ocean, Lake and Forest;
* 60 work and home requests (20 to 120 words) mixing names, logins, phones, e-mails,
  addresses, cards, IBANs, national ids and IPs, many of them pasted material: e-mails
  and signatures, WhatsApp, Slack and Teams chat, CSV, JSON, YAML, SQL, iCalendar and a
  .env and compose file, sshd and application log lines, a git log, tickets, forms,
  letters and receipts.

Usernames, handles, gamertags, logins, account, customer, member, patient, employee,
staff, student, library, gym and loyalty numbers, passports and national ids are
labelled ID_NUMBER; PINs, unlock patterns, door, gate, garage, alarm, locker, safe and
key-safe codes, lock combinations, wifi keys, recovery codes, passphrases and passwords
PASSWORD; titles (Dr) stay outside PERSON spans; an address span runs from the first
street line through postcode and city as typed; every occurrence of a private value is
marked. Public figures, companies, fictional characters, order, ticket, invoice, policy,
booking and tracking numbers, licence plates, wifi network names and dates of birth are
not labelled. The 100 clean texts are 20 security questions with no real secret
(password length, weak PINs, password managers, placeholders such as ``<password>``,
``hunter2`` as the meme, ``correct horse battery staple`` as the xkcd example), 20
questions naming public figures, fictional characters, brands named after people
(Porsche, Ferrari, Dell, Ford, Mercedes, Lexus), bands, teams and places, 20 grade-school
word problems with fictional first names (some of them word-names), 20 multiple-choice
items and 20 everyday and technical questions (versions, hashes, ports, UUIDs, order and
tracking numbers).

All values are invented and were worked out once by hand while writing (check digits
with a scratch calculation); the builder generates no value, it only checks them: phones
from ranges kept for fiction (UK 07700 900xxx, North America 555-01xx, Australia 0491
570 xxx), cards Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not
documentation examples, IPs from the documentation ranges, national ids with valid check
digits (NHS number, Dutch BSN, Spanish DNI, Canadian SIN, Swedish personnummer, Polish
PESEL, Brazilian CPF, Indian Aadhaar) and an SSN with assignable area, group and serial.

Run ``.venv/bin/python bench/data/build_blind26.py`` from the repository root; the output is
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
    bsn_ok,
    check_national_ids,
    cpf_ok,
    dni_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    pesel_ok,
    word_count,
)
from marks import build_sections, iban_ok, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_NAMES = 40
MIN_CHARS = 15
MAX_WORDS = 200
SECRET_WORDS = (5, 60)
NAME_WORDS = (5, 40)
REQUEST_WORDS = (20, 120)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s")
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 40 secrets or account ids said with a keyword that names them.
SECRETS_NAMED = [
    "Is [[PASSWORD|Toffee2019]] a decent password for my email, or is a word plus a year too easy to guess?",
    "the wifi key at the cabin is [[PASSWORD|pineconeX77river]], can you make a little sign for the fridge that says so",
    "Our garage door code is [[PASSWORD|5529]] and the keypad beeps twice before it opens. Is that a battery issue?",
    "I set my PIN to [[PASSWORD|0718]] at the branch today. Is a four-digit PIN really enough for a debit card?",
    "Username: [[ID_NUMBER|quietfox_88]]. The forum says it's taken but I registered it last week. How do I get it back?",
    "Router admin password is still [[PASSWORD|Zt4!mQ9w]], do I need to change it after the firmware update?",
    "For the bike lock the combo is [[PASSWORD|3-8-1-6]], write me a reminder I can send myself without making it obvious.",
    "The gate code for the back lane changed to [[PASSWORD|#4096]]. How do I tell the delivery apps without posting it publicly?",
    "my steam username is [[ID_NUMBER|xX_PaperCrane_Xx]] and support wants proof of purchase, what do i send them",
    "Gym membership number [[ID_NUMBER|GM-4471093]] stopped working at the turnstile since they changed software. Who should I email?",
    "One of my recovery codes is [[PASSWORD|8fk2-pq7d-3mzr]]; is it safe to keep it in my notes app with the rest?",
    "passphrase for the backup drive: [[PASSWORD|velvet tractor monsoon]]. is three words enough or should i add a fourth",
    "Does a password like [[PASSWORD|P@55w0rd!Kestrel]] actually slow a cracker down, or is leetspeak pointless these days?",
    "library card number [[ID_NUMBER|21183004419276]], the app keeps saying invalid barcode, is there a check digit i'm mistyping",
    "The key safe by the front door opens with [[PASSWORD|2741]]. Can you draft a note for the morning carer visits?",
    "My alarm code is [[PASSWORD|9083]] and it went off at 3am even though I typed it right. What could cause that?",
    "Employee number [[ID_NUMBER|E0048215]] gets 'no such user' on the payroll portal. Should I ask HR or IT?",
    "Locker code at the pool: [[PASSWORD|617]]. Is three digits normal or did I misread the sign?",
    "How long would it take to brute-force a password like [[PASSWORD|kxq9vr2hlw]] if someone got hold of the hash?",
    "My unlock pattern is [[PASSWORD|1-5-9-6-3]], is that one of the common shapes people guess first?",
    "Customer number [[ID_NUMBER|CN 00783 5521]] on the electricity bill doesn't match the one in the app. Which one counts?",
    "my gamertag is [[ID_NUMBER|SlowLorisTV]] and someone keeps joining lobbies pretending to be me, how do i report that",
    "The student number on my ID is [[ID_NUMBER|s2291847]] but the exam portal wants eight digits. Do I drop the s?",
    "Loyalty card number [[ID_NUMBER|6339 0192 7741 05]] hasn't collected points since March. Can you write a short complaint?",
    "PIN for the spare phone is [[PASSWORD|246810]]; I've read that even-number runs are the first thing thieves try. True?",
    "Wifi password at the studio is [[PASSWORD|BlueHeron-Studio-2024]] and I want to change it. What's a good pattern for guest networks?",
    "I use [[PASSWORD|Mittens2011]] as my password for basically everything. Be honest, how bad is that?",
    "my online banking user id is [[ID_NUMBER|77201845]] and it locked me out after three tries, how long does that usually last",
    "The door code for the bin store is [[PASSWORD|C1739X]]. Is it normal for building managers to print codes on the bins?",
    "Patient login [[ID_NUMBER|hollybank.p4419]] for the surgery app keeps timing out. Is that on their end?",
    "Is four random words like [[PASSWORD|lantern pickle orbit cashew]] actually safer than a long random string? That's my new passphrase.",
    "I changed my Instagram handle to [[ID_NUMBER|@fernandbrick]] and the verification request vanished. Is that linked?",
    "The combination for the shed padlock is [[PASSWORD|0-4-4-9]]. Is a four-dial lock worth upgrading?",
    "Account number [[ID_NUMBER|40-771-203-8]] for the water company: do they need the dashes when I pay by phone?",
    "Should I write the passcode [[PASSWORD|771902]] on the back of the tablet for my grandmother, or is that a terrible idea?",
    "what makes [[PASSWORD|Qwerty!2345]] weak? the site said strong password with a green tick",
    "Member number [[ID_NUMBER|0049-22817]] at the climbing wall. Do they let you transfer a membership to someone else?",
    "the shared drive password is [[PASSWORD|h0n3yb4dg3r]], is leetspeak like that any better than the plain word",
    "My work login is [[ID_NUMBER|tk48210]] and since Monday it asks for the second factor twice. Is that normal with single sign-on?",
    "Seed words aside, the recovery code printed on the card was [[PASSWORD|R7KX-99PD-T2MA-H4QE]]. Can I laminate it?",
]

# 40 secrets or account ids given in passing with no keyword naming them.
SECRETS_PLAIN = [
    "It's on a sticky note under the keyboard: [[PASSWORD|Gravel!Moth42]]. Should I be worried the cleaners can see it?",
    "try [[PASSWORD|summerhouse88]] if the other one fails, it's what i used before the reset",
    "I log in as [[ID_NUMBER|moth_and_lamp]] and it says locked. What does locked mean on a library catalogue account?",
    "The number on my library card is [[ID_NUMBER|7002 4418 0093]] and the self-checkout machine won't read it. Can I type it in instead?",
    "for the front door just punch [[PASSWORD|1 9 7 3]] then the tick button, can you word that for the cleaner on friday",
    "we always type [[PASSWORD|whiskeyjack]] to get on the boat's wifi, is it weird that it never changed in six years",
    "Is it bad that mine is just [[PASSWORD|Bella2016]], the dog's name and the year we got her?",
    "Draw an L from the top left, [[PASSWORD|1-4-7-8-9]], and the phone opens. Could someone work that out from smudges?",
    "I typed [[PASSWORD|Tangerine_Dream_77]] three times and the site still says incorrect. Could caps lock be on without the light?",
    "my locker at the station is set to [[PASSWORD|4418]], can the staff see what i chose",
    "Sign in with [[ID_NUMBER|ferrous.wheel]] and the same thing as on the old laptop; I'll explain the rest when I'm back.",
    "Please remind me on Monday that the new one for the shared mailbox is [[PASSWORD|Northwind-Otter-19]].",
    "what does 'account suspended' mean when i enter [[ID_NUMBER|44019382]] on the student portal",
    "Is [[PASSWORD|letmein2024]] really that bad? It's only for the recipe site.",
    "The bank asked what's on my gym card and I read out [[ID_NUMBER|M-3390-1178]]. Was that safe over the phone?",
    "Our wifi is called Otterhaus and the thing you type is [[PASSWORD|8c3fQe91Lm]], can you put both on a printable card?",
    "if [[PASSWORD|tulip-granite-owl-4]] turns up in a breach, how would i even find out",
    "Gate opens with star [[PASSWORD|5081]] hash. Can you word a message for guests that doesn't read like a ransom note?",
    "The alarm panel wants [[PASSWORD|3364]] and then OFF, but it beeps angrily. Is there a setup mode I'm missing?",
    "The bike lock reads [[PASSWORD|2-2-0-7]] and it still won't open. Is it seized or am I remembering wrong?",
    "i'm [[ID_NUMBER|wrenfield_kat]] on discord if you need to find the server, is that a safe thing to post in a public channel",
    "Type [[PASSWORD|Opal&Spruce#31]] at the prompt and hit enter. Does that look random enough to you?",
    "[[ID_NUMBER|S300418]] on my badge gets me through the side entrance but not the lift. Who programs those?",
    "The little box on the wall by the porch opens with [[PASSWORD|0627]], is that safe enough for a holiday let?",
    "my old one was [[PASSWORD|rainbowfish]], i know, i know. what should replace it",
    "The stamp card at the coffee place is [[ID_NUMBER|CF88 2093 1147]] and it shows zero stamps. Can I claim them back?",
    "On the router page I typed admin and then [[PASSWORD|Mx7#kR2@pL]] but it just reloads. Firefox issue?",
    "The hotel safe is set to [[PASSWORD|190482]] and now it flashes ERROR. What do I do at 2am?",
    "Is it normal that my bank account shows as [[ID_NUMBER|12-3456-0789012-00]] in the app but shorter on the statement?",
    "The Nintendo profile I play on is [[ID_NUMBER|CrumpetKnight]], and friend requests aren't arriving. Any ideas?",
    "swiping [[PASSWORD|7-5-3-6-9]] opens my phone and my daughter watched me do it, should i change it",
    "I copied [[PASSWORD|Hx9v22LqPn0w]] from the reset email but it's rejected. Does it expire after an hour?",
    "the garage opens if you press [[PASSWORD|8 8 0 1]] on the pad outside, could a burglar just try every number",
    "Books on [[ID_NUMBER|LIB0074419]] show a fine from someone else's loan. How do I dispute it with the library?",
    "I'd rather not type [[PASSWORD|Florentine1959]] into a browser I don't own. Is a hotel lobby PC ever safe?",
    "the locker at the gym opens with [[PASSWORD|9140]] and i forgot which one is mine, can they open all of them",
    "My customer reference is [[ID_NUMBER|CR-6618-204]]; the broadband chatbot keeps asking for it and then losing it.",
    "Write down [[PASSWORD|5G7b!tide]] for me somewhere safe, you're better at remembering than I am.",
    "Is it a good idea to reuse [[PASSWORD|Aurelio1978]] across the kids' school apps, or should each get its own?",
    "the wifi on the van is [[PASSWORD|campervan4ever!]] and it cuts out past the border. roaming thing?",
]

# 80 messages naming one or two private people with no cue word: the first 40 in lower case.
NAMES = [
    "did [[PERSON|dewi lestari]] ever bring back the drill she borrowed before the holidays?",
    "[[PERSON|hope]] said the meeting moved to thursday, can you check whether that clashes with the dentist",
    "what does [[PERSON|kenji watanabe]] want for the leaving do, cake or drinks",
    "no idea why [[PERSON|marisol]] stopped replying after the trip to the coast",
    "can you rewrite this so [[PERSON|bill]] doesn't take it personally: the report was late again",
    "who should sit next to [[PERSON|aroha]] at dinner so she isn't stuck beside the speakers",
    "[[PERSON|grace]] and [[PERSON|dmitri volkov]] both want the window seat, how do i settle it fairly",
    "the parcel for [[PERSON|ines carvalho]] ended up at ours again, what's the polite way to drop it off",
    "is it weird that [[PERSON|will]] keeps asking about the flat rent every week",
    "[[PERSON|jack]]'s car has been parked across the drive since saturday morning, what can i do",
    "what did [[PERSON|priya raghunathan]] say about the budget on the call",
    "lunch with [[PERSON|mercedes]] ran over, push the 2pm to 3",
    "how do i tell [[PERSON|lexus]] the band doesn't need a second drummer",
    "[[PERSON|porsche]] wants the blue dress back before saturday, where did i put it",
    "is [[PERSON|kai]] still coming to the climbing session or did that fall through",
    "[[PERSON|sunday]] texted at 6am asking about the van, what could be so urgent",
    "remind me to ask [[PERSON|april]] about the spare tickets before friday",
    "[[PERSON|june]] and [[PERSON|tomasz kowalczyk]] are splitting the deposit, work out what each owes if it's 1,150",
    "why would [[PERSON|ginger]] cancel the booking without telling anyone",
    "got a voice note from [[PERSON|poppy]], she sounds upset about the allotment, what should i reply",
    "[[PERSON|blue]] left the spare keys under the mat, is that asking for trouble",
    "does [[PERSON|storm]] still want in on the camping weekend or not",
    "[[PERSON|ocean]] asked if the spare room is free in august, how do i say no nicely",
    "ask [[PERSON|lake]] whether the kayak fits on the roof rack",
    "[[PERSON|forest]] and [[PERSON|rose]] haven't paid for the pizza yet, draft something cheeky",
    "what time did [[PERSON|nguyen thi lan]] land, the flight app lost it",
    "can you summarise what [[PERSON|abebe girma]] was going on about in the group chat",
    "[[PERSON|sione]] borrowed my ladder in march, should i just buy another one",
    "the quiz team is me, [[PERSON|fatima zahra el idrissi]] and [[PERSON|ruairi]], think of a team name",
    "[[PERSON|chipo moyo]] keeps leaving dishes in the sink at the studio, how do i bring it up",
    "did [[PERSON|lars-erik]] say he'd bring the trailer or was that someone else",
    "i owe [[PERSON|camila restrepo]] 40 for the concert, what's the easiest way to send it",
    "is [[PERSON|yusuf demir]] still on the rota for saturday or did he swap",
    "write a short note to slip under [[PERSON|anneliese]]'s door about the noise",
    "[[PERSON|somchai]] wants to know if we're still doing the hike, what do i say if it rains",
    "apparently [[PERSON|giulia]] told everyone about the surprise, what now",
    "how do i split the cost between [[PERSON|roshan thapa]] and [[PERSON|mei ling]] if one of them didn't drink",
    "[[PERSON|kwame]] hasn't answered since the argument, is it my place to text first",
    "what would [[PERSON|eszter]] want for her thirtieth, she hates clutter",
    "nobody has heard from [[PERSON|bartholomew quince]] since tuesday, who should i call",
    "What did [[PERSON|Hope Mbatha]] decide about the van in the end?",
    "Ask [[PERSON|Will Tennant]] whether he can cover Thursday's late shift.",
    "The spreadsheet [[PERSON|Bill Nasser]] sent has the wrong totals; how do I point that out gently?",
    "[[PERSON|Rose Ahern]] left her umbrella in the car. Should I drop it round tonight?",
    "Is [[PERSON|Jack Dvořák]] allowed to park in the visitor bay every day?",
    "Plan a route that passes [[PERSON|Mercedes Villanueva]]'s place and then the bakery.",
    "Why would [[PERSON|Grace Mwangi]] turn down the promotion after asking for it?",
    "Sort these by who paid most: [[PERSON|Svetlana Petrova]] 12 euros, [[PERSON|Mateus Oliveira]] 9 euros.",
    "What exactly did [[PERSON|Tariq Al-Mansouri]] promise about the refund?",
    "Over coffee [[PERSON|Ingrid Solberg]] mentioned a cabin near Tromsø; is that a long drive from Oslo?",
    "Write a limerick about [[PERSON|Kai Nakamura]] losing his sunglasses again.",
    "Between [[PERSON|Anouk de Vries]] and [[PERSON|Pieter Janssens]], who should present first?",
    "I keep mixing up [[PERSON|Javier Quispe]] and [[PERSON|Luis Mamani]] on calls. Any trick for remembering voices?",
    "Does [[PERSON|Ahmad Karimi]] still want the second-hand bike?",
    "Summarise what [[PERSON|Leilani Kahale]] said in the voice note about the lease.",
    "[[PERSON|Poppy Fairbairn]] wants the spare room from May. Is that too soon to decide?",
    "Could [[PERSON|Storm Halvorsen]] really have finished the marathon in under three hours?",
    "The dog-walking rota now reads [[PERSON|Ocean Whitaker]], then [[PERSON|Tavita Leota]].",
    "Invite [[PERSON|Forest Lindqvist]] to the barbecue but not to the planning chat.",
    "Is it rude that [[PERSON|Lake Morrison]] never answers invitations?",
    "Where did [[PERSON|Ginger Kowalski]] say the spare key was hidden?",
    "[[PERSON|Blue Castellanos]] asked whether the rehearsal starts at seven or eight.",
    "What does [[PERSON|Sunday Okoro]] expect from the contract renewal?",
    "Did [[PERSON|April Virtanen]] sign the petition or only share it?",
    "I need a polite way to tell [[PERSON|June Campbell-Brown]] her hedge blocks the footpath.",
    "Lunch with [[PERSON|Lexus Harmon]] and [[PERSON|Porsche Delaney]] ran over, so move the call to four.",
    "The cake [[PERSON|Farida Haddad]] baked for the office went in ten minutes. Is it odd to ask for the recipe?",
    "How much does [[PERSON|Rafael Acosta]] still owe after paying 60 of the 145?",
    "Everyone except [[PERSON|Oksana Bondarenko]] voted for the Friday slot. Should we go ahead?",
    "Has [[PERSON|Giorgos Papadakis]] returned the projector to room 4?",
    "Photos from [[PERSON|Aiyana Begay]] are still uploading. How do I merge two shared albums?",
    "Put [[PERSON|Mihai Popescu]] and [[PERSON|Vesna Horvat]] on the same shift next week.",
    "Should [[PERSON|Nilufar Rashidova]] get the refund or the store credit?",
    "Why did [[PERSON|Hamid Nouri]] leave the choir so suddenly?",
    "A note from [[PERSON|Rahel Tesfaye]] says the boat is back. What does she want me to do with it?",
    "What did [[PERSON|Jae-won Park]] and [[PERSON|Soo-ah Kim]] decide about the venue?",
    "Help me word a reminder so [[PERSON|Dagny Eiríksdóttir]] repays the deposit.",
    "After [[PERSON|Bilal Chaudhry]] left, the Tuesday quiz lost its best player. Should we recruit someone?",
    "Is it worth asking [[PERSON|Carmen Rojas]] to proofread, or is she swamped?",
    "[[PERSON|Thabo Nkosi]] and [[PERSON|Nurul Aisyah]] say the hall is booked; can you double-check the dates?",
]

# 60 work and home requests mixing names with logins, phones, e-mails, addresses and ids.
REQUESTS = [
    "Tidy up this email before I forward it:\n\nFrom: [[PERSON|Wanjiru Kamau]] <[[EMAIL_ADDRESS|wanjiru.kamau@tindimail.co.ke]]>\nSubject: keys for Saturday\nHi team, I'll leave the storeroom keys with [[PERSON|Dennis Otieno]] at reception. If anything goes wrong call me on [[PHONE_NUMBER|07700 900418]]. The shared calendar login is [[ID_NUMBER|wkamau_ops]].\n[[PERSON|Wanjiru]]",
    "Turn this CSV into a short onboarding email for each row, friendly but brief, and mention the start date:\nname,email,phone,start\n[[PERSON|Salma Haque]],[[EMAIL_ADDRESS|salma.haque@brightfen.co.uk]],[[PHONE_NUMBER|07700 900537]],3 March\n[[PERSON|Teodor Marinov]],[[EMAIL_ADDRESS|t.marinov@brightfen.co.uk]],[[PHONE_NUMBER|07700 900214]],10 March",
    "Which user keeps failing and from where? Is this a brute-force attempt or just someone with a stale key?\nsshd[2211]: Failed password for [[ID_NUMBER|rnaidoo]] from [[IP_ADDRESS|203.0.113.47]] port 51122 ssh2\nsshd[2211]: Failed password for [[ID_NUMBER|rnaidoo]] from [[IP_ADDRESS|203.0.113.47]] port 51130 ssh2\nsshd[2240]: Accepted publickey for [[ID_NUMBER|hlevi]] from [[IP_ADDRESS|198.51.100.19]] port 40022 ssh2",
    "Is this .env safe to commit to our private repo, and what should go in the example file instead?\nDB_USER=[[ID_NUMBER|ayasmin]]\nDB_PASSWORD=[[PASSWORD|Tamarind!Sky55]]\nADMIN_EMAIL=[[EMAIL_ADDRESS|aylin.yasmin@kestrelworks.io]]\nSMTP_HOST=mail.kestrelworks.io\nSMTP_PORT=587",
    "Summarise this group chat for someone who missed it:\n[08:02] [[PERSON|Leota Faleolo]]: van leaves 7 sharp from mine, [[STREET_ADDRESS|22 Wattle Grove, Marrickville NSW 2204]]\n[08:05] [[PERSON|Hemi Walker]]: can't make 7, can someone grab me from the station\n[08:06] [[PERSON|Leota Faleolo]]: ok but text [[PHONE_NUMBER|0491 570 318]] when ur there",
    "Can you turn this Slack thread into a helpdesk ticket?\n[[ID_NUMBER|@dorota.wisniewska]]: the VPN rejects me since this morning, user [[ID_NUMBER|dwisniewska]], laptop IP [[IP_ADDRESS|192.0.2.61]]\nit-helpdesk: did you change your password recently?\n[[ID_NUMBER|@dorota.wisniewska]]: yes, to [[PASSWORD|Bramble#Harbour7]] on Monday",
    "Proofread this letter to the council: I am writing about the blocked drain outside [[STREET_ADDRESS|41 Orchard Rise, Cheltenham GL52 6TW]]. I reported it on 3 May under council tax account [[ID_NUMBER|5002873146]]. You can reach me on [[PHONE_NUMBER|07700 900652]] or at [[EMAIL_ADDRESS|margit.szabo@postafiok.hu]]. Yours faithfully, [[PERSON|Margit Szabó]]",
    "Our new starter [[PERSON|Kofi Boateng]] needs accounts set up: employee number [[ID_NUMBER|E-20917]], email [[EMAIL_ADDRESS|kofi.boateng@larchfield.org]], mobile [[PHONE_NUMBER|+44 7700 900881]]. He starts Monday in the Leeds office. Write the IT request for me.",
    "Write a short landlord reference for [[PERSON|Noa Ben-David]], who rented [[STREET_ADDRESS|Flat 9B, Carmel Court, 114 Seaview Road, Brighton BN2 1PL]] from 2021 to 2024. She always paid on time and kept the place spotless. The letting agent can email her at [[EMAIL_ADDRESS|noa.bendavid@shemesh-mail.co.il]].",
    'Why does this JSON fail schema validation? The phone should be a string I think.\n{"customer": "[[PERSON|Giorgi Beridze]]", "customer_id": "[[ID_NUMBER|CU-778201]]", "phone": [[PHONE_NUMBER|6465550112]], "card": "[[CREDIT_CARD|5328 7104 6693 0821]]", "vip": true}',
    "Draft a message to [[PERSON|Tamar Hovhannisyan]] asking her to send the 320 for the cottage to [[IBAN_CODE|GB88 MIDL 4051 6271 3588 26]] with the reference COTTAGE-JULY. Her number is [[PHONE_NUMBER|07700 900305]] if the banking app asks for one. Keep it light, she hates money talk.",
    "Why does this compose file fail to start the database container?\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: [[ID_NUMBER|lkhumalo]]\n      POSTGRES_PASSWORD: [[PASSWORD|Xq7-bafe-92Lm]]\n  admin:\n    image: dpage/pgadmin4\n    environment:\n      PGADMIN_DEFAULT_EMAIL: [[EMAIL_ADDRESS|lindiwe.khumalo@umthombo.co.za]]",
    "Fill in the physio referral form from my notes: name [[PERSON|Ravindra Perera]], NHS number [[ID_NUMBER|999 417 2638]], address [[STREET_ADDRESS|17 Wensley Drive, Leicester LE3 9FA]], phone [[PHONE_NUMBER|07700 900744]]. Reason: knee pain after a fall in January, worse on stairs.",
    "Help me write a short English cover note for the tax office letter about [[PERSON|Sanne Mulder]], BSN [[ID_NUMBER|217394589]], who lives at [[STREET_ADDRESS|Prinsengracht 508-2, 1017 KH Amsterdam]]. She wants the reply by email to [[EMAIL_ADDRESS|sanne.mulder@grachtpost.nl]] rather than by post.",
    "Translate to English: Hola [[PERSON|Lucía]], el contrato está a nombre de [[PERSON|Andrés Ferrer Vidal]], DNI [[ID_NUMBER|48273916K]], con domicilio en [[STREET_ADDRESS|calle de la Alhóndiga 14, 3º B, 46002 Valencia]]. Si falta algo, escríbele a [[EMAIL_ADDRESS|aferrer.vidal@correo-levante.es]].",
    "My accountant needs this as a tidy cover sheet: [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|527 418 396]], [[STREET_ADDRESS|88 rue des Érables, Trois-Rivières QC G9A 2K4]], phone [[PHONE_NUMBER|(819) 555-0131]]. Tax year 2024, one T4 and one RRSP slip.",
    "Convert this into a vCard I can import on my phone, with the address split into fields: [[PERSON|Linnéa Forsberg]], personnummer [[ID_NUMBER|850317-2846]], [[STREET_ADDRESS|Vasagatan 12, 411 24 Göteborg]], [[EMAIL_ADDRESS|linnea.forsberg@skargard.se]].",
    "Check this shipping and customs label for mistakes before I print it: recipient [[PERSON|Bartosz Zieliński]], [[STREET_ADDRESS|ul. Długa 17/4, 80-831 Gdańsk]], PESEL [[ID_NUMBER|88042117366]], email [[EMAIL_ADDRESS|b.zielinski@bursztyn-poczta.pl]], contents: two books, value 30 euros.",
    "Write a polite payment reminder to [[PERSON|Thiago Nascimento]] (CPF [[ID_NUMBER|418.572.093-97]]) about invoice INV-2291 from March, to be sent to [[EMAIL_ADDRESS|thiago.nasc@carambola.com.br]]. Mention we can split it into two payments if that helps.",
    "My landlord in Pune wants a rent receipt. Tenant [[PERSON|Aditi Kulkarni]], Aadhaar [[ID_NUMBER|7392 6418 0534]], [[STREET_ADDRESS|Flat 502, Silver Oak Residency, Baner Road, Pune 411045]]. Draft the receipt for 28,000 rupees for June.",
    "Help me check the withholding summary before I file it: employee [[PERSON|Dwayne Castillo]], SSN [[US_SSN|417-62-8391]], [[STREET_ADDRESS|2208 Wrenwood Ave, Apt 3B, Columbus, OH 43214]], phone [[PHONE_NUMBER|(614) 555-0186]]. Which boxes apply to a single filer with one job?",
    "Split the holiday house costs: [[PERSON|Femke Bakker]] paid 640 and [[PERSON|Joris van Leeuwen]] paid 410, total 1,050 for the two of them. [[PERSON|Femke]]'s IBAN is [[IBAN_CODE|NL63 RABO 0317 4422 85]]. Who sends what to whom?",
    "Write a short invoice note: please pay 180 euros for the March piano lessons to [[PERSON|Katharina Vogt]], IBAN [[IBAN_CODE|DE12 5001 0517 0648 4898 90]], [[STREET_ADDRESS|Kastanienweg 3, 79100 Freiburg]]. Add a friendly line about the spring recital.",
    "Set up a standing order note for the crèche fees: payee [[PERSON|Orla Fitzgerald]], [[IBAN_CODE|IE84 BOFI 9001 7245 5391 72]], 420 euros monthly starting September. Her mobile is [[PHONE_NUMBER|07700 900129]] in case the bank calls to confirm.",
    "I paid the deposit with [[CREDIT_CARD|4916 3385 0271 4495]] and the hotel charged it twice. Write a complaint in the name of [[PERSON|Hyun-woo Choi]], booking 88213, reply to [[EMAIL_ADDRESS|hw.choi@hanbit-mail.kr]].",
    "Someone used my Amex [[CREDIT_CARD|3765 442190 88310]] for three online orders last night. Help me write to the bank: cardholder [[PERSON|Marguerite Lefebvre]], [[STREET_ADDRESS|12 rue Pasteur, 69007 Lyon]], [[EMAIL_ADDRESS|marguerite.lefebvre@lavandemail.fr]].",
    "Parse these app log lines into a table of time, user, IP and action:\n2025-03-04T09:12:55Z INFO login ok user=[[ID_NUMBER|ssahin]] ip=[[IP_ADDRESS|198.51.100.72]]\n2025-03-04T09:13:40Z WARN export denied user=[[ID_NUMBER|ssahin]] ip=[[IP_ADDRESS|198.51.100.72]]\n2025-03-04T09:15:02Z INFO login ok user=[[ID_NUMBER|m.ortega]] ip=[[IP_ADDRESS|203.0.113.208]]",
    "Shorten this email signature to two lines: [[PERSON|Nadia Rahman]] | Senior Buyer | Oakvale Foods | [[EMAIL_ADDRESS|nadia.rahman@oakvalefoods.co.uk]] | [[PHONE_NUMBER|+44 7700 900966]] | [[STREET_ADDRESS|Unit 4, Fenwick Trading Estate, Doncaster DN4 5PL]]",
    "Turn this Teams chat into a short incident note:\n[10:31] [[PERSON|Arash Tehrani]]: can someone reset my account, login [[ID_NUMBER|atehrani]], it locked after the holiday\n[10:33] [[PERSON|Siew Mei Tan]]: done, temp one is [[PASSWORD|Spring-Lotus-204]], change it when you're in\n[10:34] [[PERSON|Arash Tehrani]]: cheers",
    "Can you write a note for the house sitter? The alarm is [[PASSWORD|7306]], the wifi is Forsythe_Home with [[PASSWORD|parsnip-ocean-lamp]], and if the boiler acts up call [[PERSON|Darius Moradi]] on [[PHONE_NUMBER|07700 900590]]. Bins go out Tuesday night.",
    "The school form asks for my student number and a parent's details. Mine is [[ID_NUMBER|2024-11873]], mum is [[PERSON|Lorna McAllister]], [[PHONE_NUMBER|07700 900276]], [[EMAIL_ADDRESS|lorna.mcallister@thistlemail.co.uk]]. Does it matter which email goes first?",
    "Write a cancellation email to the gym: member number [[ID_NUMBER|GY-55102-8]], name [[PERSON|Ifeanyi Eze]], address [[STREET_ADDRESS|Flat 6, 30 Clarendon Road, Bristol BS6 7EX]]. I want the membership to end this month and no more direct debits.",
    "Please email the library that [[PERSON|Zofia Nowak]], card [[ID_NUMBER|21183005560412]], returned the three overdue books on Friday through the outside drop box. Her phone is [[PHONE_NUMBER|07700 900163]] if they need to check.",
    "Write a complaint summarising this chat: Agent: can I take the account number? Me: [[ID_NUMBER|7719-0042-16]]. Agent: and the name on the account? Me: [[PERSON|Hollis Brennan]], [[STREET_ADDRESS|5 Ferry Lane, Hull HU1 2DX]]. Agent: I'm afraid I need to transfer you. Then it cut off.",
    "At my parents' I set the router admin to admin / [[PASSWORD|Quill-Meadow-88]] and the guest wifi to [[PASSWORD|6fR2pLx9]]. Their public IP is [[IP_ADDRESS|203.0.113.91]], apparently. Write them simple instructions for letting guests on.",
    "Write a ban notice for the Discord server: user [[ID_NUMBER|WraithOfKiev]] (he signed a post as [[PERSON|Bohdan Shevchuk]]) spammed invite links from [[IP_ADDRESS|198.51.100.155]] on three channels. Keep it factual, no insults.",
    "Help me write to the deposit scheme: tenants [[PERSON|Chloé Marchand]] and [[PERSON|Rhys Pritchard]], [[STREET_ADDRESS|11 Tanners Yard, Leeds LS6 3AB]]; contact [[EMAIL_ADDRESS|rhys.pritchard@kettlemail.co.uk]], [[PHONE_NUMBER|07700 900448]]. The landlord wants 300 for a carpet that was already stained.",
    "Summarise this support ticket in two lines:\nTicket #40217\nReporter: [[PERSON|Anjali Deshpande]] ([[EMAIL_ADDRESS|anjali.d@mintleaf.in]])\nUser ID: [[ID_NUMBER|ad44102]]\nIssue: cannot reach the shared drive from [[IP_ADDRESS|192.0.2.140]] since the VPN update. Tried a reboot and a password reset.",
    "I'm selling my car. Write a receipt: seller [[PERSON|Eilidh Grant]], [[STREET_ADDRESS|3 Brae View, Inverness IV2 4QF]]; buyer [[PERSON|Paolo Ricci]], [[STREET_ADDRESS|Via dei Mille 22, 00185 Roma]]; 4,200 paid by transfer to [[IBAN_CODE|GB74 BARC 2071 4483 9205 61]]; registration SK17 WVD, sold as seen.",
    "Book a dental check-up for [[PERSON|Mateo Fernández]] and [[PERSON|Valentina Fernández]], both under family account [[ID_NUMBER|66120-4]], phone [[PHONE_NUMBER|(305) 555-0164]], home [[STREET_ADDRESS|1840 Coral Way, Miami, FL 33145]]. Any weekday after 3pm works.",
    "Fix this iCalendar event, Outlook refuses it:\nBEGIN:VEVENT\nSUMMARY:Flat viewing at [[STREET_ADDRESS|27 Heron Quay, Bristol BS1 6DQ]]\nORGANIZER;CN=[[PERSON|Ama Owusu]]:mailto:[[EMAIL_ADDRESS|ama.owusu@kumasi-mail.com]]\nATTENDEE;CN=[[PERSON|Lukas Brandt]]:mailto:[[EMAIL_ADDRESS|lukas.brandt@tannenpost.de]]\nDTSTART:20250614T100000\nEND:VEVENT\nI think the time zone is missing, but what else?",
    "Security wants a list for the new badges: [[PERSON|Dev Malhotra]] [[ID_NUMBER|E-30562]], [[PERSON|Sofía Herrera]] [[ID_NUMBER|E-30563]], [[PERSON|Olumide Bakare]] [[ID_NUMBER|E-30571]]. Format it as a table with an empty column for the photo.",
    "Fill in the visa invitation letter: guest [[PERSON|Nurlan Abenov]], passport [[ID_NUMBER|N14829573]], staying with me at [[STREET_ADDRESS|Flat 2, 48 Cedar Street, Cambridge CB1 2HX]] from 2 to 16 August. Host: Dr [[PERSON|Imogen Hale]], phone [[PHONE_NUMBER|07700 900372]].",
    "The courier [[PERSON|Bongani Dlamini]] left a card with [[PHONE_NUMBER|0491 570 552]] and says my parcel is waiting at [[STREET_ADDRESS|6/14 Banksia Street, Dee Why NSW 2099]]. Draft a reply asking him to leave it in the porch next time.",
    "Draft an insurance claim: policyholder [[PERSON|Mai Thi Huong]], customer number [[ID_NUMBER|4401-28837]], [[STREET_ADDRESS|91 Lotus Crescent, Parramatta NSW 2150]], [[EMAIL_ADDRESS|maihuong.thi@sen-mail.com.au]], [[PHONE_NUMBER|0491 570 684]]. Water leak from the flat above on 12 May, policy HH-22910.",
    "Help me write to Steam support: the account [[ID_NUMBER|ravenhollow_77]] was linked to [[EMAIL_ADDRESS|sam.oduya@pinecrestmail.com]] and [[PHONE_NUMBER|(212) 555-0107]], and someone changed both overnight. The account holder is [[PERSON|Samuel Oduya]] and he still has the original receipt.",
    "Make a seating plan for two tables of three from this list: [[PERSON|Lwazi Ndlovu]], [[PERSON|Hannah Kirchner]], [[PERSON|Rosa Jiménez]], [[PERSON|Cyrus Farahani]], [[PERSON|Maile Kealoha]], [[PERSON|Ezra Goldfarb]]. [[PERSON|Hannah]] and [[PERSON|Ezra]] must not sit together, and [[PERSON|Rosa]] needs the aisle. Then write a note sending the plan to [[EMAIL_ADDRESS|cyrus.farahani@sarvmail.ir]].",
    "Turn this YAML into a printable phone list sorted by surname:\nvolunteers:\n  - name: [[PERSON|Tahmina Akter]]\n    phone: [[PHONE_NUMBER|07700 900811]]\n  - name: [[PERSON|Gareth Lloyd]]\n    phone: [[PHONE_NUMBER|07700 900823]]\n  - name: [[PERSON|Koa Makoa]]\n    phone: [[PHONE_NUMBER|07700 900834]]\nnotes: [[PERSON|Gareth]] has the church hall keys on Sundays",
    "Is this email a scam? 'Dear [[PERSON|Aleksandra Novak]], your account [[ID_NUMBER|04-2279-5513]] was locked after unusual activity. Confirm your password and card [[CREDIT_CARD|4559 6201 3387 7045]] at the link below within 24 hours.' The card number really is mine.",
    "Write a three-line ticket summary for this reset request: staff member [[PERSON|Jiho Lee]], username [[ID_NUMBER|jlee7]], device IP [[IP_ADDRESS|192.0.2.77]], MFA phone [[PHONE_NUMBER|+1 425 555 0139]]. Lost phone on the train, needs a new authenticator.",
    "Write to the registry for me: my student number is [[ID_NUMBER|20481736]], name [[PERSON|Chiara Benedetti]]. I moved to [[STREET_ADDRESS|9 Kelvin Terrace, Glasgow G12 8QP]] and my university email [[EMAIL_ADDRESS|c.benedetti.1@univmail.ac.uk]] is blocked after the move.",
    "Rewrite this check-in message more warmly: Door code [[PASSWORD|2580#]]. Wifi Harbourview_5G, key [[PASSWORD|shell-anchor-tide]]. Host [[PERSON|Malia Fonoti]], [[PHONE_NUMBER|0491 570 413]]. Address [[STREET_ADDRESS|3/22 Esplanade, Cairns QLD 4870]]. Checkout 10am, leave keys on the bench.",
    "[[PERSON|Edith Wren]]'s patient portal login is [[ID_NUMBER|ewren46]] and her NHS number [[ID_NUMBER|999 802 1545]]; since last week the portal shows someone else's blood results. Write a calm but firm message to the practice manager about it.",
    "Who touched the config last and what changed?\ncommit 3f9c2ab\nAuthor: [[PERSON|Oyelaran Bello]] <[[EMAIL_ADDRESS|oyebello@driftwood.dev]]>\nDate: Tue Apr 8 14:02\n    rotate db password to [[PASSWORD|Lapis_Crane_9910]]\ncommit 77e01dd\nAuthor: [[PERSON|Marta Silva]] <[[EMAIL_ADDRESS|marta.silva@driftwood.dev]]>\nDate: Mon Apr 7 09:40\n    bump pool size",
    "Why does this insert fail on Postgres 16 with a syntax error near the phone column?\nINSERT INTO members (name, email, member_no, phone) VALUES ('[[PERSON|Grete Tamm]]', '[[EMAIL_ADDRESS|grete.tamm@laanemail.ee]]', '[[ID_NUMBER|MB-00918]]', '[[PHONE_NUMBER|07700 900967]]');",
    "Draft a thank-you to [[PERSON|Shanique Campbell]] for hosting us, and ask her to confirm her PayPal is [[EMAIL_ADDRESS|shanique.c@islandpost.com.jm]] so I can send my share. Her address for the card is [[STREET_ADDRESS|14 Hope Road, Kingston 6]].",
    "Reply to this WhatsApp for me, saying yes to Thursday:\n[19:40] [[PERSON|Pham Quoc Bao]]: can u still take the kids to football thu? gate at the club is [[PASSWORD|1357]] now, coach changed it\n[19:41] [[PERSON|Pham Quoc Bao]]: my new number is [[PHONE_NUMBER|+61 491 570 227]] btw",
    "My Xbox gamertag [[ID_NUMBER|MangoTango404]] got banned after someone logged in from [[IP_ADDRESS|198.51.100.230]]. The account e-mail is [[EMAIL_ADDRESS|kiri.tawhiri@pohutu-mail.co.nz]] and it belongs to me, [[PERSON|Kiri Tawhiri]]. What should the appeal say?",
    "Clean up this Nginx config comment block before I share it: # owner [[PERSON|Siddharth Rao]] <[[EMAIL_ADDRESS|sid.rao@lanternops.in]]>\n# staging box [[IP_ADDRESS|203.0.113.12]], basic auth user [[ID_NUMBER|srao_stage]] pass [[PASSWORD|teal-Otter-5529x]]\nserver { listen 8080; server_name staging.lanternops.in; }",
    "Write a welcome message for the allotment society: new plot holders [[PERSON|Gwen Pryce]] (plot 14, [[PHONE_NUMBER|07700 900512]]) and [[PERSON|Amadou Diallo]] (plot 15, [[EMAIL_ADDRESS|amadou.diallo@baobab-post.sn]]). The shed padlock is [[PASSWORD|0-9-1-2]] and the water goes on in April.",
]

# 20 security questions with no real secret: examples are marked as examples or placeholders.
CLEAN_SECURITY = [
    "How long should a password be these days, and does length matter more than symbols?",
    "What makes a four-digit PIN weak? Give examples of the patterns people pick most, like years and repeated digits.",
    "Explain the xkcd comic with 'correct horse battery staple' and whether its advice still holds up.",
    "Why is 'hunter2' a meme? I keep seeing it in programming forums and don't get the joke.",
    "Is it safer to use a password manager or to memorise a few strong passphrases?",
    "In my docs I wrote `mysql -u <username> -p<password>`. Is there a better placeholder convention for command-line examples?",
    "What's the difference between a recovery code and a backup code for two-factor authentication?",
    "Should the wifi key for a small office be rotated, and how often is sensible?",
    "How do phone unlock patterns compare with a six-digit PIN for security?",
    "Write a short staff policy on choosing passphrases: at least four random words, no names, no birthdays, no reuse.",
    "What does credential stuffing mean, and how do I protect a login form against it?",
    "Is a door keypad that accepts any run of digits without an enter key easier to brute-force?",
    "For a tutorial I show `PASSWORD=changeme` in a sample .env file. Is that a bad idea even as an example?",
    "Compare bcrypt, scrypt and Argon2 for storing user passwords in a web app.",
    "Why do banks ask for random characters of a password rather than the whole thing?",
    "Give me a checklist for securing a home router: default admin credentials, firmware, WPS, guest network.",
    "How do key safes for holiday lets get opened by thieves, and what kind should I buy?",
    "Is 'Password123!' still near the top of the most common password lists? Where do those yearly lists come from?",
    "What's the entropy of a random 12-character password drawn from the 94 printable ASCII characters?",
    "Explain how TOTP codes work and why they change every 30 seconds.",
]

# 20 questions naming public figures, fictional characters, brands named after people,
# bands, teams and places.
CLEAN_PUBLIC = [
    "Who designed the first Porsche 911, and when did it go on sale?",
    "Did Enzo Ferrari ever race a car that carried his own name?",
    "Why did Michael Dell start selling computers from his university dorm room?",
    "How did Henry Ford's moving assembly line change wages for factory workers?",
    "The Mercedes brand is named after Mercédès Jellinek. Who was her father and why did he pick her name?",
    "Where should I start with Discworld if I liked Granny Weatherwax in the little I've read?",
    "Rank the Beatles' albums from Rubber Soul onward by how critics received them.",
    "Has Manchester United ever gone a whole league season unbeaten at home?",
    "Why is Sherlock Holmes's address 221B Baker Street when that number didn't exist at the time?",
    "Summarise Serena Williams's Grand Slam singles record year by year.",
    "Is Hermione Granger a better role model than Elizabeth Bennet? Argue both sides briefly.",
    "When did Lexus start as a separate luxury brand from Toyota, and why?",
    "What's the story behind Fleetwood Mac recording Rumours while the band was falling apart?",
    "Plan a two-day trip to Lake Como with a day in Bellagio and a boat ride.",
    "Who won more Tour de France stages, Eddy Merckx or Mark Cavendish?",
    "Why did Taylor Swift re-record her first six albums?",
    "Compare the Golden State Warriors' 73-win season with the 1995-96 Chicago Bulls.",
    "What did Ada Lovelace actually contribute to Charles Babbage's Analytical Engine?",
    "What are Frodo Baggins's reasons for leaving the Shire, and does Sam share them?",
    "Why is the Forest of Dean called that, and is it worth visiting in April?",
]

# 20 grade-school word problems with fictional first names (some of them word-names).
CLEAN_MATHS = [
    "Lena has 24 stickers and gives a third of them to Omar. How many stickers does Lena have left?",
    "Tomás reads 18 pages a day. How many days will it take him to finish a 252-page book?",
    "A baker named Priya makes 6 trays of 15 rolls and sells 73. How many rolls are left?",
    "Jack and Will share 45 marbles in the ratio 2:3. How many marbles does Will get?",
    "Grace runs 3.5 km every morning. How far does she run in two weeks?",
    "Kofi buys 3 notebooks at £1.40 each and a pen for 85p. How much change does he get from £10?",
    "Mia's garden is 12 m long and 7 m wide. How many metres of fencing does she need to go all the way round?",
    "Hope saves £15 a week for 9 weeks and then spends £48 on shoes. How much does she have left?",
    "Sven drives at 64 km/h for 2 hours and 15 minutes. How far does he travel?",
    "Aisha has twice as many books as Ben, and together they have 36. How many books does each of them have?",
    "A class of 28 pupils is split into teams of 4 for a relay, and Rosa's team finishes first. How many teams are there?",
    "Yuki buys a bike priced at $240 with a 15% discount. How much does she pay?",
    "Carlos has 5 boxes of 48 pencils and gives 37 pencils to each of 6 classes. How many pencils are left?",
    "Poppy plants 8 rows of 14 tulip bulbs, and 9 bulbs never come up. How many tulips flower?",
    "Dev earns $12.50 an hour and works 26 hours this week. How much does he earn?",
    "Ines fills a 40-litre tank with a hose that delivers 2.5 litres a minute. How many minutes does it take?",
    "Noah is 4 years older than Ava. In 6 years their ages will add up to 40. How old is Ava now?",
    "Hana cuts a 3 m ribbon into pieces 25 cm long. How many pieces does she get?",
    "June has 3 quarters, 4 dimes and 7 nickels. How much money does she have in total?",
    "Amara can paint a fence in 6 hours and Luca can paint it in 3 hours. How long does it take them working together?",
]

# 20 multiple-choice items.
CLEAN_EXAM = [
    "Which organelle produces most of a cell's ATP? A) nucleus B) mitochondrion C) ribosome D) Golgi apparatus",
    "In contract law, consideration means: A) a written signature B) something of value exchanged by each party C) a cooling-off period D) a court's approval",
    "Which gas makes up most of Earth's atmosphere? A) oxygen B) carbon dioxide C) nitrogen D) argon",
    "The Treaty of Westphalia (1648) ended which conflict? A) the Hundred Years' War B) the Thirty Years' War C) the War of the Roses D) the Seven Years' War",
    "Which vitamin deficiency causes scurvy? A) vitamin A B) vitamin B12 C) vitamin C D) vitamin D",
    "What is the time complexity of binary search on a sorted array? A) O(1) B) O(log n) C) O(n) D) O(n log n)",
    "Which planet has the shortest year? A) Venus B) Mercury C) Mars D) Earth",
    "In economics, a price ceiling set below equilibrium usually causes: A) a surplus B) a shortage C) no change D) deflation",
    "Which blood vessels carry blood back to the heart? A) arteries B) capillaries C) veins D) arterioles",
    "The Magna Carta was sealed in which year? A) 1066 B) 1215 C) 1415 D) 1603",
    "Which of these is a prime number? A) 51 B) 57 C) 59 D) 63",
    "In tort law, the 'reasonable person' standard is used to judge: A) intent B) negligence C) consent D) damages only",
    "What is the chemical symbol for sodium? A) S B) So C) Na D) Sd",
    "Which layer of the OSI model does TCP belong to? A) network B) transport C) session D) data link",
    "Photosynthesis mainly takes place in which part of a plant cell? A) vacuole B) chloroplast C) cell wall D) nucleus",
    "Who wrote 'One Hundred Years of Solitude'? A) Isabel Allende B) Gabriel García Márquez C) Jorge Luis Borges D) Mario Vargas Llosa",
    "Which SQL clause filters groups after aggregation? A) WHERE B) ORDER BY C) HAVING D) LIMIT",
    "A patient with sudden one-sided facial droop and slurred speech most likely has: A) a migraine B) a stroke C) Bell's palsy only D) low blood sugar only",
    "The Berlin Wall fell in: A) 1985 B) 1987 C) 1989 D) 1991",
    "Which sorting algorithm is stable by default? A) quicksort B) heapsort C) merge sort D) selection sort",
]

# 20 everyday and technical questions: versions, hashes, ports, UUIDs, order and tracking numbers.
CLEAN_TECH = [
    "After upgrading to Python 3.12.4, pip says setuptools 69.5.1 is incompatible. How do I pin an older version?",
    "What's the default port for PostgreSQL, and why might a second install end up on 5433?",
    "Is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 really the SHA-256 of an empty file? Why is it always the same?",
    "My order 112-4839201-5573906 says delivered but nothing arrived. What are my options with Amazon?",
    "Tracking number 1Z999AA10123456784 hasn't updated in four days. Does UPS ever just lose parcels?",
    "How do I generate a UUID v4 in Bash without uuidgen, something like 3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f809a1b?",
    "Why does nginx 1.25.3 return 502 when my app listens on port 8080 inside Docker?",
    "What does HTTP status 418 mean and is it ever used seriously?",
    "Convert the hex colour #1E90FF to RGB and HSL.",
    "Docker says port 5432 is already allocated. How do I find which container holds it?",
    "Is a short hash like a1b2c3d enough to identify a commit in a big repo, or should I use all 40 characters?",
    "What's the difference between the semantic versions 2.0.0-rc.1 and 2.0.0+build.5 when sorting?",
    "How do I boil eggs so the yolks stay jammy?",
    "What's a good weekly meal plan for a family of four on a tight budget?",
    "My parcel with Royal Mail tracking AB123456789GB is stuck at the depot. Who do I contact?",
    "How do I check whether port 443 is open on a server from Windows PowerShell?",
    "In Node 20.11.1, why does the built-in fetch ignore my HTTPS_PROXY setting?",
    "A download page lists MD5 d41d8cd98f00b204e9800998ecf8427e. What does that tell me, and why is MD5 frowned on?",
    "Invoice INV-2025-00417 shows VAT twice. How should I ask the supplier to reissue it?",
    "How do I get a coffee stain out of a wool jumper without shrinking it?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "999 417 2638": nhs_ok,  # NHS number, 999 range
    "999 802 1545": nhs_ok,
    "217394589": bsn_ok,  # Dutch BSN
    "48273916K": dni_ok,  # Spanish DNI
    "527 418 396": luhn_len(9),  # Canadian SIN
    "850317-2846": luhn_len(10),  # Swedish personnummer
    "88042117366": pesel_ok,  # Polish PESEL
    "418.572.093-97": cpf_ok,  # Brazilian CPF
    "7392 6418 0534": aadhaar_ok,  # Indian Aadhaar
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"\+61 491 570 \d{3}",
    )
]

# Words that name a secret or an account id: the first group of secrets has one, the second none.
KEYWORDS = re.compile(
    r"\b(pass\w*|pwd?|pins?|codes?|combos?|combinations?|user ?names?|user ?ids?|ids?|"
    r"logins?|handles?|gamertags?|keys?|patterns?|credentials?|"
    r"(card|account|member(ship)?|customer|employee|staff|student|library|gym|loyalty) (numbers?|no\.?|ids?))\b",
    re.IGNORECASE,
)

# Cue words: relations and roles, greetings, sign-offs, titles and introductions.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child(ren)?|baby|aunt|auntie|uncle|cousin|niece|nephew|grand\w*|"
    r"\w+-in-law|friends?|mate|bf|gf|boyfriend|girlfriend|partner|fianc\w*|ex|boss|manager|"
    r"colleague|co-?worker|neighbou?r|landlord|landlady|tenant|room-?mate|flatmate|"
    r"teacher|tutor|student|doctor|nurse|client|patient|customer|nanny|babysitter|coach|"
    r"mentor|step\w+|hi|hello|hey|hiya|dear|yo|cheers|regards|thanks|thank you|love|xx|"
    r"mr|mrs|ms|miss|mx|dr|prof|sir|madam|my name is|this is|call me|i'?m|i am|im)\b",
    re.IGNORECASE,
)
WORD_NAMES = frozenset(
    {
        "hope", "grace", "will", "bill", "rose", "jack", "mercedes", "lexus", "porsche", "kai",
        "sunday", "april", "june", "ginger", "poppy", "blue", "storm", "ocean", "lake", "forest",
    }
)  # fmt: skip


def check_secrets(named: list[str], plain: list[str]) -> None:
    """Secrets: 5 to 60 words, one PASSWORD or ID_NUMBER value and nothing else; the named
    ones say what the value is, the plain ones carry no keyword; at least 10 in lower case
    and at least 10 asking a question; both types well represented."""
    kinds = {"PASSWORD": 0, "ID_NUMBER": 0}
    for group, want_keyword in ((named, True), (plain, False)):
        for marked in group:
            spans = marked_spans(marked)
            if not SECRET_WORDS[0] <= word_count(marked) <= SECRET_WORDS[1]:
                raise SystemExit(f"secrets: {word_count(marked)} words in {marked[:60]!r}")
            if len(spans) != 1 or spans[0]["type"] not in kinds:
                raise SystemExit(f"secrets: want one secret or id in {marked[:60]!r}")
            kinds[spans[0]["type"]] += 1
            if bool(KEYWORDS.search(strip_marks(marked)[0])) != want_keyword:
                raise SystemExit(f"secrets: keyword rule broken in {marked[:60]!r}")
    both = named + plain
    lower = sum(is_lower(t) for t in both)
    questions = sum("?" in strip_marks(t)[0] for t in both)
    if lower < 10 or questions < 10 or min(kinds.values()) < 25:
        raise SystemExit(f"secrets: {lower} lower case, {questions} questions, {kinds}")


def check_names(texts: list[str]) -> None:
    """Names: 5 to 40 words, only PERSON spans, one or two people, no cue word; every
    word-name in ``WORD_NAMES`` used at least once as a private person's given name."""
    used: set[str] = set()
    for marked in texts:
        spans = marked_spans(marked)
        if not NAME_WORDS[0] <= word_count(marked) <= NAME_WORDS[1]:
            raise SystemExit(f"names: {word_count(marked)} words in {marked[:60]!r}")
        people = {s["value"] for s in spans}
        if any(s["type"] != "PERSON" for s in spans) or not 1 <= len(people) <= 2:
            raise SystemExit(f"names: want one or two people and nothing else in {marked[:60]!r}")
        if CUE_WORDS.search(strip_marks(marked)[0]):
            raise SystemExit(f"names: cue word in {marked[:60]!r}")
        used |= {p.split()[0].lower() for p in people}
    if not used >= WORD_NAMES:
        raise SystemExit(f"names: word-names unused: {sorted(WORD_NAMES - used)}")


def check_requests(texts: list[str]) -> None:
    """Requests: 20 to 120 words, at least two kinds of value each; across them at least ten
    value types, names, ids, secrets, phones, e-mails and addresses in ten texts or more."""
    counts: dict[str, int] = {}
    for marked in texts:
        spans = marked_spans(marked)
        if not REQUEST_WORDS[0] <= word_count(marked) <= REQUEST_WORDS[1]:
            raise SystemExit(f"requests: {word_count(marked)} words in {marked[:60]!r}")
        kinds = {s["type"] for s in spans}
        if len(kinds) < 2:
            raise SystemExit(f"requests: want mixed values in {marked[:60]!r}")
        for kind in kinds:
            counts[kind] = counts.get(kind, 0) + 1
    core = ("PERSON", "ID_NUMBER", "PASSWORD", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS")
    if len(counts) < 10 or min(counts.get(kind, 0) for kind in core) < 10:
        raise SystemExit(f"requests: type counts {counts}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
            ):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def main() -> None:
    sections = {
        "secrets named": (SECRETS_NAMED, 40),
        "secrets plain": (SECRETS_PLAIN, 40),
        "names": (NAMES, 80),
        "requests": (REQUESTS, 60),
        "clean security": (CLEAN_SECURITY, 20),
        "clean public": (CLEAN_PUBLIC, 20),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean tech": (CLEAN_TECH, 20),
    }
    pii = SECRETS_NAMED + SECRETS_PLAIN + NAMES + REQUESTS
    check_secrets(SECRETS_NAMED, SECRETS_PLAIN)
    check_names(NAMES)
    check_requests(REQUESTS)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind26", HERE, sections, {"secrets named", "secrets plain", "names", "requests"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=NAMES, lower_chat=LOWER_NAMES, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
