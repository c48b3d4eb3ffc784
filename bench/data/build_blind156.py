# ruff: noqa: E501
"""A hundred-and-fifty-sixth blind privacy set: 220 texts with personal data and 100 clean
ones, on car repair garages, MOT tests and breakdown recovery.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py`` (whole
files), the first eight lines and the "Labels:" paragraph of ``README.md``, and the
docstring and non-text code of ``build_blind36.py`` (imports, constants, check functions,
``main``), never the detector, its rules, docs, tests, git history or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) a person would type to a general assistant behind a
  company gateway: drafting texts, e-mails, letters, complaints and review replies,
  summarising pasted call notes, voicemails, minutes and e-mail threads, translating,
  fixing wording, splitting tow and repair bills, asking whether a DVLA, warranty or
  marketplace message is a scam, planning trips and rotas. The first 30 are typed all in
  lower case (names, e-mails, licences, IBANs and postcodes too, with shorthand and
  typos); the next 6 are in Spanish, French, German, Polish, Portuguese and Turkish; the
  other 84 in ordinary English. Names of many origins and shapes: first names alone,
  surnames after titles, full names, nicknames (Gaz, Big Al, Bazza, Tiny), names that are
  ordinary words (Kit, Sunny, Joy, Blessing, Hunter), many named in passing with no cue
  word. 1 to 8 values each; 21 hold a secret (gate, key safe, alarm, locker and padlock
  codes, fuel card and tablet PINs, wifi keys, passwords);
* 100 one-person records (4 to 60 words): prose sentences, profile lines, pipe and CSV
  rows, JSON objects, log lines, register entries and short letters, in English and 27
  other languages (German, French, Spanish, Catalan, Italian, Portuguese, Dutch, Polish,
  Turkish, Finnish, Swedish, Norwegian, Danish, Icelandic, Estonian, Czech, Romanian,
  Ukrainian, Greek, Chinese, Japanese, Korean, Hindi, Welsh, Vietnamese, Indonesian,
  Arabic); each names exactly one person and holds 1 to 4 other values; 41 carry a
  national id with valid check digits (NHS number, Aadhaar, BSN, PESEL, CPF, kimlik, DNI,
  NIE, henkilötunnus, codice fiscale, Chinese resident id, NRIC, FIN, Korean RRN, TFN,
  Medicare, My Number, PPS, French NIR, Belgian national number, fødselsnummer,
  Portuguese NIF, CNP, RUT, isikukood, kennitala, rodné číslo, RNOKPP, Steuer-ID, NHI,
  personnummer, Canadian SIN, teudat zehut, AMKA, South African id);
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people: Henry Ford, Karl Benz, Sherlock Holmes, Mr. Toad,
  Lightning McQueen), 25 GSM8K-style word problems with fictional first names, 25
  MMLU-style items with options A to D and 25 health questions naming no one; mostly on
  the theme.

Labels: only direct identifiers. Usernames, logins, member, account, customer, policy
holder, badge, employee, student and super fund numbers, passports, driving licences and
national ids are ID_NUMBER; PINs, door, gate, alarm, key safe, locker and padlock codes,
wifi keys and passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Herr,
Frau, Sr., auntie, grandad, my dad) stay outside PERSON spans; an address span runs from
the first street line through the postcode and city as typed (a bare postcode or town is
not labelled); public figures, fictional characters, pets, companies, vehicle
registrations, order, invoice, job and booking references, amounts and dates of birth are
not labelled; phone numbers and e-mails are labelled whoever they belong to, a scam
caller's included; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0 and the
496 0 ranges of Leeds, Bristol, Birmingham, Glasgow and Manchester; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in the country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and
not documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits (``ids.py`` validators).

Run ``.venv/bin/python bench/data/build_blind156.py`` from the repository root; the output
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 12
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Sr|Sra|Sig|Auntie|Aunt|Uncle|Grandad|Grandma|Nan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- typed all in lower case ---
    "can you draft a text to [[PERSON|dev]] saying the corsa failed its mot on the rear brake pipes and the retest is thursday at 10, his number is [[PHONE_NUMBER|07700 900318]]",
    "summarise this voicemail pls: 'hi its [[PERSON|gaz]] from the recovery yard, your van's been towed to unit 4, gate code is [[PASSWORD|4471#]] if you come after six, ring me on [[PHONE_NUMBER|07700 900527]] if it's locked'",
    "my mate [[PERSON|shauna o'leary]] covered the £180 clutch bill for me while i was skint, write her a thank you and say i'll pay her back friday. also can u check my iban looks right [[IBAN_CODE|gb51 midl 4066 3036 1475 36]]",
    "is this a scam?? got a text saying 'dvla: your vehicle tax payment failed, update your details at dvla-renew-portal.co or call [[PHONE_NUMBER|020 7946 0391]] today to avoid a fine'. pretty sure my tax is paid",
    "write a polite but firm complaint to the garage manager mr [[PERSON|hussain]], they kept my car 9 days for what they said was a 2 day job and nobody rang me. my customer account is [[ID_NUMBER|hm-20931]]",
    "fix my wording: hiya [[PERSON|bex]], breakdown man says alternators gone, can u grab the kids from [[STREET_ADDRESS|27 fernhill road, sale m33 4ht]] at 3 and i'll owe u big time",
    "split the recovery bill £240 between me, [[PERSON|tomasz]], [[PERSON|ifeoma]] and [[PERSON|kit]]. [[PERSON|tomasz]] already paid the tow driver £90 in cash, who owes who what",
    "my breakdown cover app login keeps failing, username [[ID_NUMBER|rhiannon.p88]] password [[PASSWORD|tr4ctorbeam!!]] is that too long or something? what else could it be",
    "translate into polish for our new fitter [[PERSON|marek]]: the alarm code for the workshop is [[PASSWORD|2580]], set it when you lock up and never give it to customers",
    "summarise these call notes: 9.10 [[PERSON|jolene fairweather]] called re cambelt quote, wants it done before her trip to wales, call back on [[PHONE_NUMBER|0113 496 0274]] or email [[EMAIL_ADDRESS|jolene.fw@btinternet.com]], asked if we do collection",
    "draft a note for the recovery driver tmrw: cars on the drive at [[STREET_ADDRESS|3 poplar close, kidlington ox5 1rt]], keys are in the key safe by the back door, code [[PASSWORD|1066]], please shut the side gate after",
    "what do i even say to [[PERSON|sunny]]? she reversed my ka into a bollard at the retail park and the bodyshop wants £620 to fix the bumper",
    "reply to this email from [[EMAIL_ADDRESS|k.abernethy@kwikfixmotors.co.uk]] saying yes tuesday 8am is fine for the mot and i'll wait in reception, sign it [[PERSON|fergus]]",
    "my dad [[PERSON|ravi]] needs his driving licence number for the hire car form, its [[ID_NUMBER|bhatt603115r99lk]], can you check it looks like a real uk format before he submits",
    "write a whatsapp to the family group: auntie [[PERSON|adjoa]] broke down on the m6 near j16, recovery eta 90 mins, anyone near stoke pls call her on [[PHONE_NUMBER|07700 900846]] she's a bit shaken",
    "ok so the fuel card pin is [[PASSWORD|8302]] and the card number is [[CREDIT_CARD|5559 3187 0552 3488]], write a handover note for [[PERSON|lewis]] who's on the recovery truck this weekend",
    "summarise in plain english: 'mot advisory - nearside front tyre close to legal limit, slight oil leak from sump. tested by [[PERSON|pritchard]], tester id [[ID_NUMBER|pri4417]]'",
    "the waiting room wifi key is [[PASSWORD|brakedisc77]], can you write a cute little sign for the counter with that on it and something about free tea",
    "help me reply to [[PERSON|ollie]] who says the old van he bought off me has a knocking noise, i sold it as seen 3 weeks ago. his email is [[EMAIL_ADDRESS|ollie.brannigan@outlook.com]]",
    "draft a message to my landlord mr [[PERSON|gill]] asking if i can leave the car on the drive at [[STREET_ADDRESS|flat 2, 41 albion street, hull hu1 3ty]] while the garage waits for the part",
    "clean up this voicemail transcript: 'yeah hi it's er [[PERSON|morag]] at the body shop, the insurance assessor [[PERSON|deepak sandhu]] is coming monday, can you leave the key in locker 12, code is [[PASSWORD|5190]], ta'",
    "is this legit or not? guy on marketplace called [[PERSON|kyle dempsey]] wants a £50 deposit for a catalytic converter sent to [[IBAN_CODE|gb95barc20678662330597]] before he'll even show it to me",
    "write an apology from me, [[PERSON|hollie]], to [[PERSON|bernard]], we scratched his alloy wheel during the tyre fit this morning, offer a free refurb and a discount on his next service",
    "my son [[PERSON|jayden]] passed his mot tester course!! his testing service user id is [[ID_NUMBER|jadx0921]] and temp password [[PASSWORD|welcome-mot-55]], write him a congrats card but leave the login bit out lol",
    "remind me what to send the insurer: claim for [[PERSON|amira haddad]], policy holder no [[ID_NUMBER|lv-7734201]], dob 03/02/91, tel [[PHONE_NUMBER|07700 900173]], car was hit while parked outside the garage",
    "translate to spanish for the rental desk in malaga: my name is [[PERSON|callum reid]], my uk licence number is [[ID_NUMBER|reid9812039c99ab]], i booked a small automatic for 7 days",
    "summarise the email chain: [[PERSON|nkechi]] asked [[PERSON|stan]] to book the transit in for a service, [[PERSON|stan]] said the garage can't take it till the 14th, [[PERSON|nkechi]] now wants a loan van",
    "text to [[PERSON|big al]]: the winch on the truck is jammed again and the yard padlock is now [[PASSWORD|7734]], dont tell the day lads",
    "can u check this card number is typed right before i read it out to the breakdown people: [[CREDIT_CARD|4103 5637 8431 0992]], name on card [[PERSON|p kowalczyk]]",
    "draft an email from me to [[EMAIL_ADDRESS|lyndon.t@ashgrovegarage.co.uk]] asking why my mot certificate still isnt showing online, it's been a week. ta, [[PERSON|wren]]",
    # --- six other languages ---
    "¿Puedes resumir este mensaje? «Hola, soy [[PERSON|Begoña Ruiz]]. La grúa dejó mi coche en el taller de la calle Mayor y nadie me ha llamado. Mi móvil es el [[PHONE_NUMBER|+34 612 48 93 07]].»",
    "Traduis en anglais pour le garage : « Je m'appelle [[PERSON|Thibault Marchand]], ma voiture est tombée en panne sur l'A26. Mon numéro de sociétaire est [[ID_NUMBER|MAF-0931177]], vous pouvez me joindre au [[PHONE_NUMBER|+33 6 39 98 41 27]]. »",
    "Kannst du diese Nachricht an meinen Nachbarn [[PERSON|Jürgen]] freundlicher formulieren? „Dein Abschleppwagen blockiert seit drei Tagen meine Einfahrt in der [[STREET_ADDRESS|Lindenstraße 14, 50674 Köln]]. Fahr ihn endlich weg.“",
    "Pomóż mi napisać uprzejmą wiadomość do mechanika [[PERSON|Zbigniewa Nowaka]]: auto nadal stuka po wymianie sprzęgła, proszę o telefon na [[PHONE_NUMBER|+48 601 274 839]].",
    "Resume esta nota de voz: «Olá, é a [[PERSON|Fernanda]]. O reboque chega às 15h, o código do portão é [[PASSWORD|3917]] e o meu email é [[EMAIL_ADDRESS|fernanda.lobo@gmail.com]], manda-me a fatura.»",
    "Bu mesajı İngilizceye çevirir misin? “Sayın müşterimiz, aracınız muayeneden geçemedi. Ustamız [[PERSON|Murat Yıldız]] sizi [[PHONE_NUMBER|+90 532 418 67 29]] numarasından arayacak.”",
    # --- ordinary English ---
    "Can you turn these call notes into a tidy summary for the service manager? 10:42 – Mrs [[PERSON|Oyelaran]] rang, Yaris warning light on again after we replaced the O2 sensor. Wants a courtesy car. Mobile [[PHONE_NUMBER|07700 900239]]. Very unhappy, mentioned leaving a review.",
    "Write a friendly reminder text to [[PERSON|Desmond]] that his MOT runs out on 12 March and we still have slots on Friday morning.",
    "Four of us hired a van for the festival and it broke down. Recovery was £312 and the replacement fan belt £48. [[PERSON|Priya]] paid the recovery, [[PERSON|Josh]] paid for the belt. How much do [[PERSON|Mo]] and I each owe, and to whom?",
    "Is this a scam? A man calling himself [[PERSON|Derek Hale]] from 'DVSA enforcement' said my MOT certificate was invalid and I had to pay a £90 reissue fee by card over the phone. He rang from [[PHONE_NUMBER|020 7946 0518]].",
    "Draft a formal letter to the garage disputing their bill. I'm [[PERSON|Gráinne Mulcahy]] of [[STREET_ADDRESS|22 Orchard Rise, Cheltenham GL52 6PJ]]. They quoted £410 for front pads and discs and then charged £655 without calling me first.",
    "Translate into Welsh for a sign on the MOT bay door: 'Staff only. This month's door code is [[PASSWORD|4826]]. Do not prop this door open.'",
    "Our online booking widget stopped working after the developer left. This is the config he gave us, can you spot what's wrong?\nGARAGEHIVE_API_KEY=[[API_KEY|ghv_live_9fK2mQx7TpL4wZr8Ns1Vd6Hc]]\nWEBHOOK_URL=http//ashgrove-bookings.example/hooks",
    "Our workshop CCTV recorder emailed an alert: 'Failed login for user [[ID_NUMBER|yardadmin]] from [[IP_ADDRESS|203.0.113.84]] at 02:14'. Should I be worried? Write a short note to our IT guy [[PERSON|Femi]] asking him to look into it.",
    "My mechanic in Ohio wants my Social Security number again to finance a transmission rebuild, but he already has it from my last loan: [[US_SSN|412-68-3097]]. Draft a reply to [[PERSON|Brandon Keel]] asking why he needs it twice.",
    "Summarise these minutes from Tuesday's garage meeting. Present: [[PERSON|Nadia]], [[PERSON|Chris Oduya]], [[PERSON|Pete]]. [[PERSON|Nadia]]: MOT bay 2 lift failed its inspection, engineer booked. [[PERSON|Chris]]: new apprentice [[PERSON|Kieran Blythe]] starts Monday, employee no. [[ID_NUMBER|EMP-0472]]. [[PERSON|Pete]]: diagnostic laptop password changed to [[PASSWORD|Lift&Shift2]].",
    "Rewrite this to sound less angry: '[[PERSON|Sam]], you told me the car would be ready at 4. It's now half six and nobody is answering the phone. This is the third time.'",
    "I'm stuck on the A30 near Okehampton with a flat battery. Write me a quick message for the breakdown service: member number [[ID_NUMBER|61729304]], name [[PERSON|Elspeth Carr]], callback [[PHONE_NUMBER|07700 900661]], silver Honda Jazz, two kids in the car.",
    "What does 'dangerous' mean on an MOT result? My neighbour [[PERSON|Ade]] reckons I can still drive it home from the test centre.",
    "Plan my week around the car: Monday drop the Astra at the tyre place for 8, Wednesday collect the spare keys from [[PERSON|Hannah]]'s, Thursday MOT retest, Friday take [[PERSON|Dimitri]] to Stansted in the loan car.",
    "Help me word a WhatsApp to my brother [[PERSON|Ciarán]]: the Fiesta's head gasket has gone, the scrapyard offers £150, do we scrap it or pay £900 to fix it?",
    "Can you check this IBAN before I pay the bodyshop deposit? [[IBAN_CODE|DE69 7401 3320 6595 2427 13]], account holder [[PERSON|Lutz Brandt]]. It's for my camper's rust repair in Passau.",
    "Write a reply thanking [[PERSON|Marguerite]] for her five-star review of our MOT service, and mention her dog Pickles, who sat in reception the whole time.",
    "Turn these voicemail notes into an email to my boss: van 14 broke down outside the customer's house at [[STREET_ADDRESS|18 Harbour Road, Ramsgate CT11 8LS]], customer [[PERSON|Wilf]] gave the driver tea, second truck needed for the tow.",
    "Please write a short message to my husband [[PERSON|Tariq]] with the car finance portal login so he can pay this month: email [[EMAIL_ADDRESS|tariq.and.sana@gmail.com]], password [[PASSWORD|Peugeot-2008-sana]].",
    "Got this email: 'Your breakdown cover has expired. Renew today at 40% off, reply with your card number and CVV.' It was sent to my work address [[EMAIL_ADDRESS|h.mcgovern@lanthorn-logistics.co.uk]], which I never gave any breakdown company. Scam?",
    "Translate into Romanian for our mechanic [[PERSON|Ionuț]]: 'Please road-test the Qashqai before giving the keys back to the customer, and note the mileage.'",
    "Fix the grammar: 'Me and [[PERSON|Shirley]] was wondering if you could look at are car tomorrow, its making a grinding noise when we brake.'",
    "I'm a mobile mechanic. Draft an invoice email to Dr [[PERSON|Aurelio Vance]] for replacing the starter motor at his home, [[STREET_ADDRESS|9 Beechwood Avenue, Harrogate HG2 0LD]], total £285, payable to [[IBAN_CODE|GB19 LOYD 3092 8962 3704 08]] within 14 days.",
    "What should I ask a garage before booking a cambelt change? My friend [[PERSON|Rosa]] got charged for a water pump she didn't need.",
    "Summarise my phone call with the recovery firm so I can dispute it: I gave card [[CREDIT_CARD|4685 4128 7073 6312]] for a £95 callout and they took £295. The agent was [[PERSON|Leanne]] and she said it was a 'motorway surcharge'.",
    "Write a note for the night recovery driver: customer is [[PERSON|Horatio Beck]], his wife's car keys are in the lockbox on the porch, code [[PASSWORD|9340]], address [[STREET_ADDRESS|Rose Cottage, Low Lane, Ambleside LA22 9DF]].",
    "Our MOT tester [[PERSON|Kwame Asante]] is retiring after 11 years. Draft a farewell message for the staff noticeboard, with a joke about the Morris Minor he refused to fail.",
    "Pull out the action points from this voicemail: 'Hi, it's [[PERSON|Bogdan]] on the parts desk. The clutch kit for Mrs [[PERSON|Ellery]]'s Golf is back-ordered, so call [[PHONE_NUMBER|0121 496 0385]] and ask for [[PERSON|Zoltan]] if it's urgent.'",
    "Make a checklist for my daughter [[PERSON|Esme]] before she drives to uni: oil, tyres, screenwash, spare bulbs. Put her breakdown membership number at the bottom: [[ID_NUMBER|GB-BRK-558201]].",
    "Write a short email to [[PERSON|Anselm]] in the office: the key cabinet code has changed to [[PASSWORD|3-1-4-1-5]] because someone left it open on Saturday.",
    "Rephrase this for Slack so it's less passive-aggressive: 'whoever has the diag tablet please give it back to [[PERSON|Darren]], his login [[ID_NUMBER|dsmythe_ws2]] is now locked out because someone kept trying it'",
    "Write a funny birthday card for [[PERSON|Tiny]], our recovery driver, who is six foot five and can lift a gearbox on his own.",
    "[[PERSON|Joy]] from accounts wants to know why the tow truck insurance went up. Explain it in plain words: a new driver under 25, two claims last year and a higher excess.",
    "Can you write a message to [[PERSON|Hamish]] and [[PERSON|Ffion]] telling them the campervan failed its MOT on corrosion and we can't go to Skye on Saturday after all?",
    "Translate this quote from the Porsche specialist for my dad: 'Sehr geehrter Herr [[PERSON|Lindqvist]], die Reparatur der Kupplung kostet 2.340 Euro einschließlich Mehrwertsteuer.'",
    "Check my maths: the garage charged 3.5 hours labour at £78 an hour, plus parts at £212, plus VAT at 20%. [[PERSON|Marcus]] says the total should be under £700. Who's right?",
    "Our garage management software shows a login from [[IP_ADDRESS|198.51.100.23]] on [[PERSON|Yusuf]]'s account at 3am. He was asleep. What should I do first?",
    "Write a text for my tenant [[PERSON|Lorcan]]: the car park gate code is now [[PASSWORD|1947B]], and the broken-down Vauxhall in bay 6 will be towed on Friday.",
    "Please draft a complaint to the towing company. On 3 June my car was removed from outside [[STREET_ADDRESS|56 Kingsley Road, Norwich NR1 3RB]] even though I had a valid permit. I'm [[PERSON|Beatrix Hollingsworth]], phone [[PHONE_NUMBER|07700 900752]].",
    "Summarise this for me: an email from [[PERSON|Wei Zhang]] asking us to quote for servicing a fleet of 12 vans. Contact [[EMAIL_ADDRESS|wei.zhang@greenleaf-couriers.co.uk]], direct line [[PHONE_NUMBER|020 7946 0662]]. They want a reply by Thursday.",
    "Is it a scam if someone texts 'Your car failed a roadside check, pay the fine here' with my registration? They even used my full name, [[PERSON|Olamide Balogun]].",
    "Help me write a note to leave on a car that keeps blocking our garage door. Polite but firm, and sign it from [[PERSON|Glyn]] at the workshop.",
    "Plan a 3-day road trip for me and [[PERSON|Aroha]] in our 2004 Land Cruiser with a garage stop in Taupō for an oil change. Put my mobile [[PHONE_NUMBER|+64 21 048 3317]] on the booking.",
    "Write a text to my mechanic [[PERSON|Bazza]]: the ute's making that clunking noise again, can he fit me in Tuesday? My number's [[PHONE_NUMBER|0491 570 233]] in case he lost it.",
    "Draft an email to [[PERSON|Tamsin Okafor]] at the body shop in Toronto asking for photos of the hail damage before I approve the quote. Her cell is [[PHONE_NUMBER|(416) 555-0147]].",
    "Write a short LinkedIn recommendation for [[PERSON|Stanisław Wróbel]], the best diesel technician I've worked with in two garages.",
    "Summarise: 'Tow request. Driver: [[PERSON|Kenji Mori]], mobile [[PHONE_NUMBER|07700 900194]]. Pickup: [[STREET_ADDRESS|Flat 5, 2 Wharf Street, Leeds LS2 7EQ]]. Vehicle: Toyota Prius, won't start. Notes: prefers texts to calls.'",
    "My stepdad [[PERSON|Clive]] wants to sell his classic MG. Write an ad for it, but put my number [[PHONE_NUMBER|07700 900483]] on it instead of his.",
    "Reword this so I'm not blaming [[PERSON|Ngozi]]: 'The MOT was missed because [[PERSON|Ngozi]] didn't put it in the fleet calendar.'",
    "Make a laminated sign for the customer lounge: Wi-Fi network AshgroveGuest, password [[PASSWORD|OilChange!88]], coffee machine is free, toilets through the red door.",
    "Reply to Ms [[PERSON|Petrova]], who asked whether her MOT can be done while she waits. Yes, it takes 45 to 60 minutes and we also test on Saturday mornings.",
    "Explain to my grandma [[PERSON|Dorothy]] in simple words why her little car needs a new catalytic converter and why it's so expensive.",
    "Work out the fuel split for our trip: [[PERSON|Rupert]] drove 340 miles, [[PERSON|Maeve]] drove 210, diesel was £1.52 a litre and the car does 48 mpg.",
    "I'm helping my cousin [[PERSON|Luca Ferrante]] hire a car abroad and the form wants his passport number. It's [[ID_NUMBER|YA4823917]]. Does it need the expiry date too?",
    "Draft a message to the landlord of our unit, Mr [[PERSON|Ashdown]], saying the roller shutter is stuck halfway and we can't get the recovery truck out.",
    "My card got declined at the tyre centre. Can you check I typed it right: [[CREDIT_CARD|5350 0975 2856 8687]], expires 09/27, name [[PERSON|Rhys Ap Gwilym]]?",
    "Summarise today's call log: 08:15 [[PERSON|Vusi]] – van won't start. 09:40 [[PERSON|Linnea]] – booked MOT. 11:05 Mr [[PERSON|Cheng]] – query on invoice 2290. 14:30 [[PERSON|Vusi]] again – van started, cancel callout.",
    "Write a text to [[PERSON|Blessing]] saying her car passed its MOT with two advisories and can be collected after 3.",
    "Draft a warning for our staff group chat: someone is phoning customers pretending to be from our garage and asking for card details. Tell them to call [[PERSON|Moira]] on [[PHONE_NUMBER|0141 496 0728]] if they hear of it.",
    "Why does this curl return 401?\ncurl -H 'Authorization: Bearer [[API_KEY|pk_parts_3Zt8wQ1nRb6yK0eLm5Xa]]' https://api.partsfeed.example/v2/stock?sku=BRK-221",
    "Please translate into Urdu for my uncle [[PERSON|Javed]]: your car is ready, the bill is £340, and the garage is open until half past five.",
    "Write up the minutes: we met [[PERSON|Ingrid Solberg]] from the insurer about the recovery contract. She wants 45-minute response times on motorways and a monthly report sent to [[EMAIL_ADDRESS|i.solberg@northstarinsure.co.uk]].",
    "How do I tell Grandad [[PERSON|Reg]] he shouldn't drive the Rover until the steering is fixed? He won't listen to me or the garage.",
    "Text [[PERSON|Sione]]: side door alarm [[PASSWORD|6620]], set it tonight.",
    "Summarise this thread in two lines: [[PERSON|Harriet]] asked if the warranty covers the gearbox; [[PERSON|Abdi]] said only if it was serviced on schedule; [[PERSON|Harriet]] sent photos of the service book.",
    "Draft a WhatsApp broadcast for our customers about free winter checks this week. Sign off as [[PERSON|Cormac]] and [[PERSON|Lena]] from the garage.",
    "My partner [[PERSON|Jules]] and I share one car. Write a fair rota for who drives the other to work during the three-day repair.",
    "Someone left a voicemail for my dad [[PERSON|Eamon]]: 'Your car warranty is about to expire, press 1.' He's 81 and worried. Write a calm explanation I can read to him.",
    "I'm filling in a credit application for a used truck in Texas. Does this look right? Name: [[PERSON|DeShawn Miller]], SSN: [[US_SSN|529-41-7736]], Address: [[STREET_ADDRESS|4417 Pecan Hollow Dr, Austin, TX 78745]], Phone: [[PHONE_NUMBER|(512) 555-0163]].",
    "Fix the tone of my reply to a one-star review from [[PERSON|Gav Thornton]], who says we 'invented' his brake fault. Keep it calm and offer a free second inspection.",
    "Make a packing list for breakdown emergencies. My daughter [[PERSON|Poppy]] is driving to Cornwall on her own next week in a 2011 Polo.",
    "Translate into Lithuanian for [[PERSON|Aurimas]], our new valeter: 'The key locker code is [[PASSWORD|8815]]. Never leave van keys in the ignition.'",
    "Please summarise this text from my son: 'mum the car made a massive bang on the M62, im on the hard shoulder, [[PERSON|Tyrone]] is with me, recovery says an hour'",
    "Who pays when a garage damages your car during an MOT? The tester, a lad called [[PERSON|Ozzy]], admitted he clipped my wing mirror on the bay door.",
    "Write a message to [[PERSON|Ximena]] with my bank details so she can pay her half of the tow: [[IBAN_CODE|ES73 9152 7370 0483 2097 4954]]. Keep it light, she's a friend.",
    "Rewrite this handover note more clearly: 'jump pack in cab 3 flat. [[PERSON|Dobson]] knows. tablet PIN [[PASSWORD|270419]]. winch rope frayed near hook.'",
    "Can you draft a short condolence card to Mrs [[PERSON|Abara]]? Her husband was our customer for 30 years and we serviced his Volvo every spring.",
    "Write a letter to my insurer about my breakdown in France. Policy holder [[PERSON|Sébastien Royer]], customer number [[ID_NUMBER|CN-48217735]], home address [[STREET_ADDRESS|31 Marlborough Crescent, Bath BA1 2LT]].",
    "Explain 'brake fluid contaminated' to [[PERSON|Pip]], one sentence.",
    "My recovery app wants a 6-digit PIN and I keep forgetting it. Write me a note to myself that hides [[PASSWORD|518003]] in what looks like a shopping list.",
    "Write an email to [[PERSON|Agata]] in payroll: [[PERSON|Nikhil Rao]], badge [[ID_NUMBER|B-30418]], did 14 hours of weekend recovery callouts and is owed overtime.",
    "Remind [[PERSON|Wanjiru]]: courtesy car back Friday, full tank.",
    "I think my garage is ripping me off. They say the DPF needs replacing at £1,400. My friend [[PERSON|Hunter]] is a mechanic and thinks a forced regen would fix it. How do I ask for a second opinion politely?",
    "Quick one: tell [[PERSON|Rosalind]] I'll pick her up from [[STREET_ADDRESS|14 Chestnut Walk, Swindon SN3 1QE]] at 8, since her car is in for its MOT all day.",
]

# 100 one-person records: English and 27 other languages.
RECORDS = [
    # --- English ---
    "[[PERSON|Marjorie Pennington]] booked her Honda Jazz in for an MOT on 4 April; reach her on [[PHONE_NUMBER|07700 900915]].",
    "Recovery driver: [[PERSON|Dean Whitlock]] | Licence: [[ID_NUMBER|WHITL702148D99KT]] | Mobile: [[PHONE_NUMBER|07700 900370]] | NHS no: [[ID_NUMBER|547 932 5841]]",
    "[[PERSON|Aisling Brennan]],[[EMAIL_ADDRESS|aisling.brennan@eircom.net]],[[ID_NUMBER|5332375Q]],Dublin 8,NCT due",
    '{"customer": "[[PERSON|Gopal Iyer]]", "aadhaar": "[[ID_NUMBER|2656 4741 5428]]", "phone": "[[PHONE_NUMBER|+91 98450 27361]]", "vehicle": "Maruti Swift"}',
    '2024-03-11T07:42:19Z login ok user=[[ID_NUMBER|mot_tester_rkhan]] name="[[PERSON|Rehana Khan]]" src=[[IP_ADDRESS|192.0.2.147]]',
    "Key register – 14/05 – tag 22 signed out to [[PERSON|Ezra Goldstein]], licence [[ID_NUMBER|GOLDS806305E99PR]], returned 17:20.",
    "Dear Mr [[PERSON|Halvorsen]], your vehicle failed its MOT today on headlamp aim. We have posted the refusal certificate to [[STREET_ADDRESS|12 Larch Grove, Otley LS21 3HN]].",
    "Workshop pass issued to [[PERSON|Tan Wei Ling]] (NRIC [[ID_NUMBER|S6757156H]]), contact [[PHONE_NUMBER|+65 9127 4408]], valid until December.",
    "Foreign worker record | [[PERSON|Arjun Pillai]] | FIN [[ID_NUMBER|G9703652M]] | panel beater | start 02/01/2024",
    "New starter – mechanic: [[PERSON|Brodie McInnes]]; TFN [[ID_NUMBER|726 765 218]]; mobile [[PHONE_NUMBER|0491 570 118]]; super fund member no. [[ID_NUMBER|SUP-2281937]]",
    "Roadside injury report: [[PERSON|Kylie Tran]], Medicare [[ID_NUMBER|5479 06500 2]], taken to Nepean Hospital after the winch cable snapped.",
    "[[PERSON|Tama Ngata]] — NHI [[ID_NUMBER|HUC7791]] — first aid given at the Hamilton yard, mobile [[PHONE_NUMBER|+64 27 391 5064]].",
    "Payroll: [[PERSON|Mathieu Gagnon]], SIN [[ID_NUMBER|685 993 644]], apprentice automotive service technician, direct deposit confirmed.",
    "Applicant: [[PERSON|Lakisha Dunmore]] / SSN [[US_SSN|603-18-4427]] / 2017 Ford F-150 loan / cell [[PHONE_NUMBER|(614) 555-0128]]",
    "Tow operator permit — [[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|8003192904080]], Midrand depot, heavy recovery class.",
    "Customer card: [[PERSON|Noa Ben-David]]; teudat zehut [[ID_NUMBER|045839214]]; email [[EMAIL_ADDRESS|noa.bd@walla.co.il]]; prefers Hebrew.",
    "Occupational health note: MOT tester [[PERSON|Graham Ludlow]], NHS number [[ID_NUMBER|606 449 3682]], fit to return to workshop duties from Monday.",
    "Accident book entry 7: [[PERSON|Precious Mensah]] burned her left hand on an exhaust manifold; first aid by the supervisor; mobile [[PHONE_NUMBER|07700 900288]].",
    "Driver KYC complete for [[PERSON|Harpreet Kaur Sandhu]]: Aadhaar [[ID_NUMBER|2749 5821 4859]], mobile [[PHONE_NUMBER|+91 99150 64872]].",
    "Employee: [[PERSON|Donal Ó Súilleabháin]] | PPSN [[ID_NUMBER|5163196LA]] | IBAN [[IBAN_CODE|IE06 BOFI 9011 5023 8689 64]]",
    "Card on file for [[PERSON|Winston Achebe]]: [[CREDIT_CARD|4233 7150 6673 6574]], used for the annual breakdown cover renewal.",
    "Deliver the courtesy car paperwork to [[PERSON|Perpetua Lyle]], [[STREET_ADDRESS|7 Millstream Court, Taunton TA1 4EZ]]; she prefers email: [[EMAIL_ADDRESS|perpetua.lyle@yahoo.co.uk]].",
    "[recovery-app] 2024-08-02 21:17:05 job accepted by driver [[ID_NUMBER|drv-0917]] ([[PERSON|Oskar Nilsen]]) from [[IP_ADDRESS|198.51.100.201]]",
    "Integration owner: [[PERSON|Priscilla Moyo]]; telematics key [[API_KEY|tlm_sk_7Rb2Xq9LwE4pZ0cVn3Jh8Kd]]; rotate quarterly.",
    "Hire car desk: [[PERSON|Elif Demir]], UK passport [[ID_NUMBER|548203917]], phone [[PHONE_NUMBER|07700 900627]].",
    "[[PERSON|Augustine Fairbairn]] has been an MOT tester since 1998 and can be reached at [[EMAIL_ADDRESS|gus.fairbairn@ntlworld.com]].",
    "Visitor log | 09:12 | [[PERSON|Ravinder Bassi]] | site auditor | badge [[ID_NUMBER|V-1183]]",
    "Hi [[PERSON|Kofi]], your MOT certificate is attached. Your new account login is [[ID_NUMBER|kofi.mensah22]] and your temporary password is [[PASSWORD|Fp9!wQ2r]].",
    "name,phone,postcode\n[[PERSON|Leopold Strand]],[[PHONE_NUMBER|020 7946 0833]],N16 7TW",
    "Ship the rebuilt alternator to [[PERSON|Carmen Alvarado]], [[STREET_ADDRESS|2291 Sycamore St, Fresno, CA 93721]], tel [[PHONE_NUMBER|(559) 555-0182]].",
    "Client: [[PERSON|Évangéline Tremblay]] — [[STREET_ADDRESS|418 rue Saint-Olivier, Québec QC G1R 1G4]] — [[PHONE_NUMBER|(418) 555-0119]]",
    "[[PERSON|Nathaniel Osei]] / licence [[ID_NUMBER|OSEI9905127N99WB]] / [[EMAIL_ADDRESS|nat.osei@gmail.com]]",
    '{"member": "[[PERSON|Philippa Grange]]", "membership_no": "[[ID_NUMBER|77019243]]", "cover": "Home Start", "mobile": "[[PHONE_NUMBER|07700 900058]]"}',
    "WARN 2024-11-19 06:03:44 mot-bay-tablet: 5 failed PIN attempts, user [[ID_NUMBER|ttaylor]] ([[PERSON|Tegan Taylor]]), device [[IP_ADDRESS|192.0.2.66]]",
    "Please note that [[PERSON|Jude]] now lives at [[STREET_ADDRESS|Apartment 12, The Maltings, 4 Brewery Lane, York YO1 9TX]].",
    "[[PERSON|Imogen Carstairs-Blake]], fleet manager at a courier firm, direct line [[PHONE_NUMBER|0161 496 0447]].",
    "Deposit taken from [[PERSON|Rupinder Ghuman]], Amex [[CREDIT_CARD|3712 233808 17857]], for the engine rebuild.",
    "Employee no. [[ID_NUMBER|AG-00391]], [[PERSON|Lachlan Moffat]], IMI Level 3, key fob PIN [[PASSWORD|4402]].",
    "Witness statement taken from [[PERSON|Fenella Okonjo-Price]], [[STREET_ADDRESS|88 Quarry Hill, Sevenoaks TN15 0HG]], about the collision outside the MOT centre.",
    "Tenant of bay 4 at the self-repair garage: [[PERSON|Bartholomew Quaye]], [[PHONE_NUMBER|0117 496 0293]].",
    "Lost property: wallet handed in by [[PERSON|Maisie Trent]], who left her number, [[PHONE_NUMBER|07700 900706]], and email, [[EMAIL_ADDRESS|maisie.t@protonmail.com]].",
    "2024-06-03 | MOT | [[PERSON|Siddharth Menon]] | [[EMAIL_ADDRESS|sid.menon@outlook.com]] | pass | advisories: 2",
    '{"user": "[[PERSON|Colette Marr]]", "role": "garage-admin", "api_key": "[[API_KEY|ak_live_Q7nV2cR9tY4mW8zX1bL6pH3s]]"}',
    "sshd[2231]: Accepted password for [[ID_NUMBER|jbarnaby]] from [[IP_ADDRESS|2001:db8:4a1::17]] port 52214 (workshop server, owner [[PERSON|Jem Barnaby]])",
    "Dear [[PERSON|Ottilie]], thank you for staying with us for another year. Your breakdown cover, including home start and onward travel, renews on 1 May and we will take payment from [[CREDIT_CARD|5200 7126 4396 2399]] unless you tell us otherwise before then. Kind regards, the membership team.",
    "[[PERSON|Hamza Qureshi]],recovery,[[PHONE_NUMBER|07700 900882]],[[STREET_ADDRESS|41 Fairfield Road, Bradford BD8 7QF]]",
    "Name: [[PERSON|Dolores Fitzpatrick-Okeke]] · Role: service advisor · Ext. 214 · Mobile: [[PHONE_NUMBER|07700 900539]]",
    "Scrap vehicle register – seller [[PERSON|Leroy Campbell]], ID checked: passport [[ID_NUMBER|133907452]], payment by bank transfer only.",
    "The courtesy car was signed out by [[PERSON|Agnes Whitmore]], whose fuel card PIN, written on the form, is [[PASSWORD|6071]].",
    "Customer [[PERSON|Tyrell Jackson]] — [[STREET_ADDRESS|908 W Maple Ave, Columbus, OH 43215]] — card [[CREDIT_CARD|4250 5376 1656 9737]]",
    "Tow driver onboarding: [[PERSON|Maribel Santos]], SSN [[US_SSN|231-57-9042]], CDL [[ID_NUMBER|S530-4471-9982]].",
    "[[PERSON|Jacinta O'Rourke]], [[STREET_ADDRESS|16 Banksia Street, Ballarat VIC 3350]], mobile [[PHONE_NUMBER|+61 491 570 442]]",
    "Roadside call from [[PERSON|Fiachra Dunne]] on [[PHONE_NUMBER|+353 86 417 2290]], N7 westbound, rear puncture, no spare.",
    "2024-09-30 22:10:41 dashcam-cloud upload from [[IP_ADDRESS|203.0.113.19]] account [[ID_NUMBER|cam_ewright]] holder [[PERSON|Eleanor Wright]]",
    "Service reminder sent to [[PERSON|Rasmus Eklund]] at [[EMAIL_ADDRESS|r.eklund@live.co.uk]].",
    "Supplier payee update – sole trader [[PERSON|Terence Bowyer]] (mobile tyre fitting), new account [[IBAN_CODE|GB40 NWBK 6045 3331 4789 32]].",
    "Apprentice [[PERSON|Kezia Lamb]], college student no. [[ID_NUMBER|ST20419873]], on placement at the MOT centre on Tuesdays.",
    "Locker allocation: locker 9 – [[PERSON|Seren Llewellyn]] – combination [[PASSWORD|3391]] – issued 02/09 by the workshop foreman.",
    # --- other languages ---
    "Kunde: [[PERSON|Heike Brandstätter]], Steuer-ID [[ID_NUMBER|70 658 598 254]], Werkstattauftrag zur Vorbereitung auf die Hauptuntersuchung.",
    "Sehr geehrte Frau [[PERSON|Albrecht]], Ihr Fahrzeug ist nach der Hauptuntersuchung abholbereit. Den Betrag buchen wir von [[IBAN_CODE|DE55 5118 4873 3311 3879 81]] ab.",
    "Pannenhilfe-Einsatz: Mitglied [[PERSON|Klaus-Dieter Wenzel]], Mitgliedsnummer [[ID_NUMBER|101 488 273]], Rückruf unter [[PHONE_NUMBER|030 23125 441]].",
    "Kundin [[PERSON|Veronika Gruber]], §57a-Überprüfung (Pickerl) bestanden, Rückerstattung der Anzahlung auf [[IBAN_CODE|AT90 6380 4950 5320 2703]].",
    "Assurée : [[PERSON|Camille Rousseau]] — n° de sécurité sociale [[ID_NUMBER|2 98 06 25 055 942 75]] — dépannage sur l'A6, véhicule remorqué à Beaune.",
    "M. [[PERSON|Yannick Le Goff]], NIR [[ID_NUMBER|1 70 12 62 688 453 38]], mécanicien poids lourds, tél. [[PHONE_NUMBER|06 39 98 12 84]].",
    "Cliente : [[PERSON|Séverine Dubois]], numéro national [[ID_NUMBER|79.04.10-667.41]], contrôle technique à Liège, e-mail [[EMAIL_ADDRESS|severine.dubois@skynet.be]].",
    "Bonjour [[PERSON|Inès]], voici le code du boîtier à clés du garage : [[PASSWORD|7291]]. Votre voiture est prête, bonne journée.",
    "Cliente: [[PERSON|Alejandro Font Vidal]] · DNI [[ID_NUMBER|07722900Y]] · ITV caducada · tel. [[PHONE_NUMBER|+34 655 210 384]]",
    "Treballador: [[PERSON|Oleksandr Bondar]], NIE [[ID_NUMBER|Z9361172Q]], xapista al taller de Sabadell des del març.",
    "Conductor de grúa: [[PERSON|Matías Soto Painequeo]], RUT [[ID_NUMBER|16.094.455-2]], celular [[PHONE_NUMBER|+56 9 6127 4830]].",
    "Recogimos el auto de [[PERSON|Guadalupe Ortega]] en su domicilio, [[STREET_ADDRESS|Av. Insurgentes Sur 1432, Col. Actipan, 03230 Ciudad de México]], para la afinación mayor.",
    "Cliente: [[PERSON|Giulia Bruno]], codice fiscale [[ID_NUMBER|BRNGLI85M52L219P]], revisione auto prenotata per martedì mattina.",
    "Gentile [[PERSON|Leonardo Costa]], CF [[ID_NUMBER|CSTLRD77T09F205L]], il rimborso per il tagliando verrà accreditato su [[IBAN_CODE|IT49 K203 4988 4277 4864 2835 281]].",
    "Soccorso stradale richiesto da [[PERSON|Pasquale Esposito]], cell. [[PHONE_NUMBER|+39 347 218 5096]], A1 km 412 direzione sud.",
    "Cliente [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|019.059.719-40]], revisão dos 40 mil km agendada para sexta.",
    "Funcionária: [[PERSON|Luana Ferreira Dias]] | CPF [[ID_NUMBER|522.347.981-59]] | e-mail [[EMAIL_ADDRESS|luana.fdias@uol.com.br]]",
    "Sr. [[PERSON|Rui Meireles]], NIF [[ID_NUMBER|144516926]], inspeção periódica aprovada; reembolso para [[IBAN_CODE|PT30 4638 5194 0865 7323 9242 6]].",
    "Klant: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|415293030]], APK-keuring op 12 juni, auto wordt opgehaald.",
    "Monteur [[PERSON|Joris van den Berg]] — IBAN [[IBAN_CODE|NL26 RABO 1171 4648 04]] — telefoon [[PHONE_NUMBER|+31 6 48 27 19 35]]",
    "Klient: [[PERSON|Katarzyna Wiśniewska]], PESEL [[ID_NUMBER|98021511045]], przegląd techniczny, tel. [[PHONE_NUMBER|+48 512 903 476]].",
    "Mechanik [[PERSON|Grzegorz Lis]], numer konta [[IBAN_CODE|PL88 5169 2612 4409 1498 9165 4158]], wypłata za nadgodziny przy holowaniu.",
    "Müşteri: [[PERSON|Ayşe Kaya]], T.C. kimlik no [[ID_NUMBER|61749829512]], araç muayenesi randevusu 14 Mart.",
    "Çekici şoförü [[PERSON|Emre Aydın]], telefon [[PHONE_NUMBER|+90 533 274 19 60]], gece vardiyası.",
    "Asiakas: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|260486-1866]], katsastus hylätty jarrujen vuoksi.",
    "Kund: [[PERSON|Ebba Holm]], personnummer [[ID_NUMBER|710622-6553]], bilbesiktning bokad, mobil [[PHONE_NUMBER|+46 70 418 22 97]].",
    "Verkstedkunde: [[PERSON|Sindre Haugland]], fødselsnummer [[ID_NUMBER|150375 16004]], EU-kontroll godkjent.",
    "Kunde: [[PERSON|Mette Kjærgaard]], synsrapport sendt til [[EMAIL_ADDRESS|mette.kj@mail.dk]], refusion til [[IBAN_CODE|DK13 5462 3416 1776 97]].",
    "Viðskiptavinur: [[PERSON|Guðrún Ólafsdóttir]], kennitala [[ID_NUMBER|130794-6295]], aðalskoðun bifreiðar.",
    "Klient [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|37407114903]], tehnoülevaatus läbitud.",
    "Zákaznice: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|955910/7481]], STK platná do roku 2026.",
    "Client: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2790916915602]], ITP efectuat, telefon [[PHONE_NUMBER|+40 722 318 904]].",
    "Водій евакуатора: [[PERSON|Олег Шевченко]], РНОКПП [[ID_NUMBER|2255635881]], тел. [[PHONE_NUMBER|+380 67 412 3859]].",
    "Πελάτης: [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|23127376400]], τεχνικός έλεγχος ΚΤΕΟ.",
    "车主： [[PERSON|王建国]] | 身份证号 [[ID_NUMBER|310124197712200758]] | 车辆年检 已预约",
    "お客様： [[PERSON|佐藤 美咲]] / マイナンバー [[ID_NUMBER|2784 2412 3240]] / 車検 予約済み",
    "고객: [[PERSON|김민준]], 주민등록번호 [[ID_NUMBER|790721-1578210]], 자동차 정기검사 예약, 연락처 [[PHONE_NUMBER|010-4827-3916]].",
    "ग्राहक: [[PERSON|सुनीता शर्मा]], मोबाइल [[PHONE_NUMBER|+91 98201 47365]], गाड़ी की सर्विस अगले सोमवार को।",
    "Cwsmer: [[PERSON|Gethin Pryce]], [[STREET_ADDRESS|5 Heol y Felin, Caerfyrddin SA31 2BT]], prawf MOT dydd Llun.",
    "Khách hàng: [[PERSON|Nguyễn Thị Hoa]], điện thoại [[PHONE_NUMBER|+84 912 384 051]], đăng kiểm xe máy.",
    "Pelanggan: [[PERSON|Budi Santoso]], email [[EMAIL_ADDRESS|budi.santoso88@yahoo.co.id]], servis berkala 10.000 km.",
    "العميل: [[PERSON|خالد العتيبي]]، الجوال [[PHONE_NUMBER|+971 50 318 4427]]، الفحص الفني السنوي للسيارة.",
]

# 25 MT-Bench/Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive blog post explaining why drivers should book their MOT a few weeks early rather than on the day it expires.",
    "Compose a short poem about a breakdown truck driving through a snowstorm at night.",
    "Imagine you are Sherlock Holmes examining a car abandoned in a lay-by. Describe, in character, what the tyres and the dashboard tell you.",
    "Compare electric and petrol cars in terms of servicing costs, common faults and what an MOT tester checks. Present the answer as a table.",
    "Explain to a ten-year-old how a car's brakes turn movement into heat.",
    "Write a Python function that takes a list of MOT test results as dictionaries and returns the three most common failure reasons.",
    "Role-play as a friendly garage receptionist greeting a nervous first-time customer whose car has a warning light on.",
    "Extract every part name and price from this quote and present them as JSON: front brake pads £64, brake discs (pair) £118, labour 1.5 hours £105, brake fluid £12.",
    "What were Henry Ford's main contributions to car manufacturing, and how did the moving assembly line change the price of a car?",
    "Draft a code of conduct for a small independent garage covering honest quotes, workshop safety and respect for customers.",
    "Summarise the main arguments for and against moving a new car's first MOT from three years to four.",
    "Write a two-paragraph story in which Mr. Toad from The Wind in the Willows has his motor car towed away.",
    "How would you design a fair queueing system for a breakdown recovery service that has more callouts than trucks on a bank holiday?",
    "Give five tips for keeping a car battery healthy through a cold winter, one sentence each.",
    "Rewrite this sentence in a formal register: the garage reckons the clutch is knackered and it'll cost a fair bit.",
    "Write a SQL query that lists every vehicle whose MOT expires in the next 30 days, from a table called vehicles with columns reg, make and mot_expiry.",
    "What are the pros and cons of running a mobile mechanic business instead of renting a workshop unit?",
    "Pretend you are Lightning McQueen giving a pep talk to a team of tow trucks before a busy bank holiday weekend.",
    "Create a lesson plan for teaching apprentice mechanics how to read the markings on a tyre sidewall.",
    "Explain the difference between an MOT, a service and a manufacturer's recall in under 150 words.",
    "Describe how Karl Benz's 1885 Motorwagen worked and why it is often called the first true automobile.",
    "Write a limerick about a car that fails its emissions test.",
    "List the steps a driver should follow if their car breaks down on a motorway with no hard shoulder.",
    "Suggest a name and a one-line slogan for a roadside assistance service for cyclists and e-scooter riders.",
    "Is it ethical for a garage to recommend work that is not needed yet but soon will be? Argue both sides.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Nadia's garage can do 6 MOT tests a day on each of its 2 bays. If it is open 5 days a week, how many MOT tests can it do in 4 weeks?",
    "A breakdown truck charges £75 for the callout plus £2.40 per mile towed. Tom's car is towed 35 miles. How much does he pay?",
    "Priya buys 4 tyres at £68 each and pays £15 per tyre for fitting. She has a voucher for £40 off the total. How much does she pay?",
    "An MOT costs £54.85. A garage tests 132 cars in March. How much MOT money does it take in March?",
    "Jamal drives 12,000 miles a year. His old car did 40 miles per gallon and his new one does 60. If fuel costs £6.80 a gallon, how much does he save a year?",
    "A mechanic changes 3 sets of brake pads every 2 hours. How many sets can she change in an 8-hour shift?",
    "Olga's recovery firm has 7 trucks. Each truck does 5 callouts on a weekday and 8 on a Saturday. How many callouts do they do from Monday to Saturday?",
    "A garage buys oil in 20-litre drums for £90. Each oil change uses 5 litres. What is the cost of oil for one oil change?",
    "Ben's car needs a new clutch costing £480 and a cambelt costing £320. The garage gives a 15% discount when both are done together. How much does Ben pay?",
    "A tow truck travels at 40 miles per hour. How long, in minutes, does it take to reach a car 26 miles away?",
    "Mei has £1,200 saved. Her car repair costs £350 for parts and 4 hours of labour at £65 an hour. How much is left?",
    "A garage tested 240 cars last month and 35% of them failed first time. How many passed first time?",
    "Dev fills his tank with 45 litres of petrol at £1.48 a litre. How much change does he get from £70?",
    "A set of 4 wiper blades costs £36. Wiper blades are also sold singly for £10.50 each. How much is saved by buying the set?",
    "Rosa's breakdown cover costs £11.50 a month or £120 a year paid up front. How much does she save by paying yearly?",
    "A garage has 3 lifts. Each service takes 90 minutes. How many services can be done in a 9-hour day?",
    "Kwesi drove 18 miles to the garage, then 7 miles to work, then 25 miles home. If his car uses 1 litre every 12.5 miles, how many litres did he use?",
    "A bodyshop charges £45 an hour. A dent repair takes 2 hours 20 minutes. What does the labour cost?",
    "Lena sold her old car for £2,300 and bought one for £6,750. She pays the difference over 15 equal months. How much is each payment?",
    "A recovery driver earns £14 an hour plus £20 for each night callout. Last week he worked 42 hours and did 3 night callouts. What did he earn?",
    "A garage orders 150 spark plugs. It fits 4 per car and services 28 cars. How many plugs are left?",
    "Hugo's car loses 2 psi of tyre pressure a week. It is at 36 psi now and should not fall below 28 psi. After how many weeks must he pump it up?",
    "An MOT centre opens at 8:00 and each test takes 50 minutes with a 10-minute gap. What time does the fifth test finish?",
    "Ada pays £3.20 a day to park at work. The garage offers a loan car for free while hers is repaired for 6 days. How much parking does she still pay if she drives the loan car every day?",
    "Sam's van does 32 miles per gallon. A 256-mile round trip to collect a part costs how many gallons of diesel?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "In a hydraulic brake system, the force at the wheel cylinder is greater than at the master cylinder because of:\nA. friction in the lines\nB. the difference in piston areas\nC. the temperature of the fluid\nD. gravity",
    "Which gas in vehicle exhaust is colourless, odourless and binds to haemoglobin?\nA. Carbon dioxide\nB. Nitrogen\nC. Carbon monoxide\nD. Ozone",
    "A catalytic converter mainly reduces emissions by:\nA. filtering soot mechanically\nB. speeding up chemical reactions that convert pollutants\nC. cooling exhaust gases\nD. adding oxygen to the fuel",
    "In economics, a garage that raises its MOT price and loses few customers faces demand that is:\nA. perfectly elastic\nB. elastic\nC. inelastic\nD. unit elastic",
    "What is the SI unit of torque?\nA. Joule\nB. Newton-metre\nC. Watt\nD. Pascal",
    "A four-stroke engine's strokes occur in which order?\nA. Intake, compression, power, exhaust\nB. Compression, intake, exhaust, power\nC. Power, intake, compression, exhaust\nD. Intake, power, compression, exhaust",
    "Under contract law, a garage's written quote accepted by a customer is best described as:\nA. an invitation to treat\nB. a binding offer once accepted\nC. a gift\nD. a tort",
    "A car travelling at 20 m/s brakes uniformly to rest in 4 s. Its deceleration is:\nA. 2 m/s²\nB. 4 m/s²\nC. 5 m/s²\nD. 80 m/s²",
    "Which component converts alternating current to direct current in a car's charging system?\nA. Starter motor\nB. Rectifier\nC. Ignition coil\nD. Voltage regulator",
    "Anti-lock braking systems prevent wheel lock mainly to preserve:\nA. tyre pressure\nB. steering control\nC. engine speed\nD. fuel economy",
    "Which statistical measure is least affected by a few extremely expensive repair bills?\nA. Mean\nB. Median\nC. Range\nD. Standard deviation",
    "The ethical principle that a mechanic should not recommend unnecessary work for profit is closest to:\nA. beneficence\nB. honesty and non-exploitation\nC. utilitarian aggregation\nD. moral relativism",
    "Diesel engines ignite their fuel by:\nA. a spark plug\nB. heat from compression\nC. a glow from the exhaust\nD. a battery discharge",
    "Ohm's law states that voltage equals:\nA. current divided by resistance\nB. current times resistance\nC. resistance divided by current\nD. power times current",
    "A tyre's tread depth matters on wet roads mainly because tread:\nA. increases engine power\nB. channels water away to reduce aquaplaning\nC. lowers rolling resistance\nD. raises tyre pressure",
    "Which of these is a fixed cost for a repair garage?\nA. Brake pads used per job\nB. Monthly rent of the workshop\nC. Oil used per service\nD. Overtime paid per callout",
    "In thermodynamics, the efficiency of a heat engine is limited by:\nA. Newton's first law\nB. the Carnot limit\nC. Hooke's law\nD. Archimedes' principle",
    "Which muscle group is most at risk when lifting a heavy wheel with a bent back?\nA. Lower back muscles\nB. Calf muscles\nC. Forearm flexors\nD. Neck muscles",
    "A garage's quality manager samples 50 of 1,000 MOT records to check accuracy. This is:\nA. a census\nB. a sample survey\nC. an experiment\nD. a case study",
    "Which metal is most commonly used for car body panels in mass-produced vehicles?\nA. Copper\nB. Steel\nC. Titanium\nD. Lead",
    "The main purpose of an engine's thermostat is to:\nA. measure oil level\nB. regulate coolant flow to keep a steady temperature\nC. control fuel injection\nD. cool the cabin",
    "A recovery truck pulls a car with a constant force while it moves at constant speed. The net force on the car is:\nA. equal to the pulling force\nB. zero\nC. equal to its weight\nD. increasing",
    "In marketing, offering a free winter check to bring customers into a garage is an example of:\nA. a loss leader\nB. price skimming\nC. a monopoly\nD. vertical integration",
    "Which fluid is hygroscopic and should be replaced periodically because it absorbs water?\nA. Engine oil\nB. Brake fluid\nC. Screenwash\nD. Gearbox oil",
    "Lead-acid car batteries produce which gas when overcharged, making sparks dangerous?\nA. Hydrogen\nB. Helium\nC. Chlorine\nD. Methane",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How soon is it safe to drive after a minor whiplash injury from a rear-end collision?",
    "Can breathing exhaust fumes in a workshop all day cause headaches, and what can reduce the risk?",
    "What is the right first aid for a burn from a hot radiator or exhaust pipe?",
    "Is it normal to feel shaky and tearful for days after a motorway breakdown scare?",
    "How long after hernia surgery can I usually drive a manual car?",
    "Which gloves protect mechanics' hands best from used engine oil, and why does oil irritate skin?",
    "What are the signs of carbon monoxide poisoning from a faulty car heater?",
    "Is it safe to drive with a pacemaker, and do car batteries or jump leads pose any risk?",
    "How can I ease lower back pain from bending over engine bays all day?",
    "What should be in a first aid kit kept in a recovery truck?",
    "Can hearing be damaged by working near air impact wrenches, and what protection works?",
    "How do I rinse brake fluid out of my eye, and when should I go to hospital?",
    "Is it safe to drive while taking antihistamines that cause drowsiness?",
    "What stretches help drivers who sit in a tow truck cab for ten hours a day?",
    "How long does it take to recover from a sprained wrist caused by a slipping spanner?",
    "Should I get a tetanus booster after cutting my hand on a rusty exhaust bracket?",
    "What are the early signs of vibration white finger from using power tools?",
    "Can anxiety about driving after a crash be treated, and what kinds of therapy help?",
    "What eyesight standard is needed to drive, and how often should drivers over 70 have eye tests?",
    "Is diesel on the skin harmful if it is washed off quickly?",
    "How do I stay warm and safe while waiting for a breakdown truck in freezing weather with young children?",
    "What is the safest way to lift a car tyre to avoid injuring my shoulder?",
    "Can long-term exposure to brake dust affect the lungs?",
    "How can night-shift recovery drivers manage sleep and stay alert on the road?",
    "What should a person with diabetes keep in the car in case of a long breakdown wait?",
]

NATIONAL_IDS = {
    "547 932 5841": nhs_ok,  # NHS number
    "606 449 3682": nhs_ok,
    "2656 4741 5428": aadhaar_ok,  # Indian Aadhaar
    "2749 5821 4859": aadhaar_ok,
    "5332375Q": pps_ok,  # Irish PPS number
    "5163196LA": pps_ok,
    "S6757156H": nric_ok,  # Singapore NRIC
    "G9703652M": nric_ok,  # Singapore FIN
    "726 765 218": tfn_ok,  # Australian tax file number
    "5479 06500 2": medicare_ok,  # Australian Medicare card
    "HUC7791": nhi_ok,  # New Zealand NHI
    "685 993 644": luhn_len(9),  # Canadian SIN
    "8003192904080": luhn_len(13),  # South African id
    "045839214": luhn_len(9),  # Israeli teudat zehut
    "70 658 598 254": steuer_id_ok,  # German tax id
    "2 98 06 25 055 942 75": nir_ok,  # French NIR
    "1 70 12 62 688 453 38": nir_ok,
    "79.04.10-667.41": belgian_id_ok,  # Belgian national number
    "07722900Y": dni_ok,  # Spanish DNI
    "Z9361172Q": dni_ok,  # Spanish NIE
    "16.094.455-2": rut_ok,  # Chilean RUT
    "BRNGLI85M52L219P": codice_fiscale_ok,  # Italian codice fiscale
    "CSTLRD77T09F205L": codice_fiscale_ok,
    "019.059.719-40": cpf_ok,  # Brazilian CPF
    "522.347.981-59": cpf_ok,
    "144516926": nif_ok,  # Portuguese NIF
    "415293030": bsn_ok,  # Dutch BSN
    "98021511045": pesel_ok,  # Polish PESEL
    "61749829512": kimlik_ok,  # Turkish kimlik
    "260486-1866": hetu_ok,  # Finnish henkilötunnus
    "710622-6553": luhn_len(10),  # Swedish personnummer
    "150375 16004": fodselsnummer_ok,  # Norwegian fødselsnummer
    "130794-6295": kennitala_ok,  # Icelandic kennitala
    "37407114903": isikukood_ok,  # Estonian isikukood
    "955910/7481": rodne_cislo_ok,  # Czech rodné číslo
    "2790916915602": cnp_ok,  # Romanian CNP
    "2255635881": rnokpp_ok,  # Ukrainian RNOKPP
    "23127376400": luhn_len(11),  # Greek AMKA
    "310124197712200758": china_id_ok,  # Chinese resident identity number
    "2784 2412 3240": my_number_ok,  # Japanese My Number
    "790721-1578210": rrn_ok,  # Korean resident registration number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|17|21|41|61) 496 0\d{3}",  # Leeds, Bristol, Birmingham, Glasgow, Manchester
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(31|34|39|40|46|48|56|64|65|84|90|91|353|380|971) [\d ]+\d",  # no fiction range known
    )
]


def count_with(texts: list[str], kind: str) -> int:
    """How many texts hold at least one value of ``kind``."""
    return sum(any(s["type"] == kind for s in marked_spans(t)) for t in texts)


def check_mix() -> None:
    """Chats carry about twenty secrets and mostly name people; every record names exactly
    one person and about forty carry a national id; every type appears somewhere."""
    secret = count_with(CHAT, "PASSWORD")
    named = count_with(CHAT, "PERSON")
    if not 18 <= secret <= 23 or named < 90:
        raise SystemExit(f"chat: {secret} texts with a secret, {named} with a name")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 44:
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT:
        if any(s["value"] in NATIONAL_IDS for s in marked_spans(marked)):
            raise SystemExit(f"chat: national id in {marked[:60]!r}")
    seen = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if seen != TYPES:
        raise SystemExit(f"types never used: {sorted(TYPES - seen)}")
    chat_seen = {s["type"] for t in CHAT for s in marked_spans(t)}
    if chat_seen != TYPES:
        raise SystemExit(f"chat: types never used: {sorted(TYPES - chat_seen)}")
    for marked in CHAT + RECORDS:
        if "\t" in strip_marks(marked)[0]:
            raise SystemExit(f"tab in {marked[:60]!r}")


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
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(RECORDS, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind156", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
