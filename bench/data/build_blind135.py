# ruff: noqa: E501
"""A hundred-and-thirty-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on household utilities and telecoms (mobile contracts and SIM swaps, broadband faults
and engineer visits, gas, electricity and water bills, meter readings, switching suppliers,
payment plans and arrears, router logins, smart-home devices, moving house, complaints and
shared flat bills).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting texts, e-mails and letters to suppliers, landlords and flatmates, summarising
  call notes, voicemails, minutes and e-mail threads, translating, fixing wording,
  splitting bills, asking whether a text or call is a scam, planning a move or an engineer
  visit. The first 30 are typed all in lower case (names, e-mails, codes and postcodes
  too, with shorthand and typos); the next 6 are in French, German, Spanish, Russian,
  Greek and Japanese; the other 84 in ordinary English. Names of many origins, first names
  alone, surnames after titles, full names and nicknames (marked whole), names that are
  ordinary words (Hope, Sunny, Grace, Bill, Rose, Will, Mark, Joy, Summer, Frank, Honey,
  Ray, Jade, Dawn), many named in passing with no cue word; 1 to 8 values each, among
  them wifi keys, router and account passwords, PINs, key-safe, gate, alarm and bike-store
  codes, logins, API keys and tokens, IPs, cards, IBANs, SSNs, phones, e-mails and street
  addresses of a dozen countries, on one line or several;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose, profile lines, pipe and CSV rows, JSON objects, log lines, register
  entries and short letters, in English and twenty-one other languages; each names exactly
  one person and holds 1 to 4 other values; 43 carry a national id with valid check
  digits (NHS number, Swedish personnummer, Canadian SIN, Israeli teudat zehut, Greek
  AMKA, South African id, Aadhaar, BSN, PESEL, CPF, Turkish kimlik, Spanish DNI and NIE,
  Finnish henkilötunnus, codice fiscale, Chinese resident id, Singapore NRIC, Korean
  resident registration number, Australian TFN and Medicare, Japanese My Number, Irish
  PPS, French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF,
  Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo,
  Ukrainian RNOKPP, German tax id, New Zealand NHI);
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (some naming
  historical or fictional people, who are not personal data), 25 GSM8K-style word problems
  with fictional first names, 25 MMLU-style items with options A to D and 25 health
  questions naming no one, mostly on the same theme.

Usernames and logins, account, customer, contract and client numbers, driving licences
and national ids are ID_NUMBER; PINs, security words, door, gate, alarm, key-safe and
bike-store codes, wifi keys and passwords PASSWORD; a smart-home bridge username that works
as a key is API_KEY; titles and relation words (Mr, Mrs, Dona, my nan, my dad) stay outside
PERSON spans; an address span runs from the first street line through the postcode and
city as typed; public figures, fictional characters, companies, case, order and ticket
references, meter readings, amounts and dates are not labelled; every occurrence of a
private value is marked, a name said again too.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960,
0131 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (``NATIONAL_IDS``, checked with the validators of ``ids.py``).

Run ``.venv/bin/python bench/data/build_blind135.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Auntie|Aunty|Uncle|Nan|Nana|Herr|Frau|Mme|Mlle|Sr|Sra|Dona|Signora|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 in lower case, the next 6 in other languages, then English.
CHAT = [
    # lower case
    "can u help me word a msg to my flatmate [[PERSON|jonno]] about the gas bill. its £142.60 for the quarter split 4 ways so £35.65 each, and he still owes me from last time. keep it chill lol",
    "new router came today, write this on a card for the fridge so [[PERSON|priya]] and [[PERSON|kwame]] can connect: network is the 5g one, key [[PASSWORD|velvet-harbour-2291]]. admin page password is [[PASSWORD|k7ramp!doorstep]] but tell them not to touch that",
    "is this a scam? got a text saying 'your ee account is suspended, confirm ur details at ee-billing-help dot com' and they even had my name [[PERSON|dave mcallister]] and my number [[PHONE_NUMBER|07700 900417]]. never had that b4",
    "summarise this voicemail pls: 'hi its [[PERSON|marguerite]] from the lettings office, the water meter for flat 3 at [[STREET_ADDRESS|14 caversham road, reading rg1 8bb]] needs reading before you move out on friday, ring me back on [[PHONE_NUMBER|01632 960184]], thanks'",
    "help me reply to [[PERSON|sunny]] who says i never paid my share of the broadband. i did, bank transfer on the 3rd, £11 for march. short and not passive agressive",
    "mums new smart meter keeps showing 0 on the in home display. her account no is [[ID_NUMBER|a-3c81f0d7]] with octopus, name on account [[PERSON|brenda holloway]]. draft a msg to their support asking for an engineer",
    "sim swap done yesterday but now my banking app wont send codes. phone is [[PHONE_NUMBER|07700 900563]], account pin with the network was [[PASSWORD|4417]]. what do i say to the bank so they dont lock me out",
    "write a quick note for the door: engineer from openreach coming thurs am, gate code [[PASSWORD|2580#]] then flat 6b buzzer, ask for [[PERSON|tomasz]] if im not in",
    "splitting bills w [[PERSON|hope]], [[PERSON|ravi]] and [[PERSON|lou]]: electric £96, water £38.40, broadband £27, council tax £161. [[PERSON|ravi]] was away 2 weeks so knock a third off his electric. who owes what",
    "translate into polish for our cleaner [[PERSON|agnieszka]]: the boiler pressure should be 1.5, if it drops call british gas on the number on the boiler, not me. the key safe code is [[PASSWORD|7391]]",
    "my login for the virgin media app is [[ID_NUMBER|leahmorgan_91]] and i forgot the password, it keeps sending the reset to [[EMAIL_ADDRESS|leah.morgan91@hotmail.co.uk]] which i cant get into anymore. how do i get it changed",
    "pls tidy this into minutes: flat meeting sun. present me, [[PERSON|ife]], [[PERSON|grace]], [[PERSON|callum b]]. agreed: switch to a fixed tariff, [[PERSON|grace]] sorts it, [[PERSON|ife]] moves the water direct debit to her card. [[PERSON|callum b]] to chase the deposit",
    "landlord mr [[PERSON|okonkwo]] wants the gas safety cert but the engineer never sent it. email him at [[EMAIL_ADDRESS|c.okonkwo@lettingsmail.co.uk]] asking for another week? make it polite",
    "whats the best way to ask three energy companies for quotes without giving my full address? im at [[STREET_ADDRESS|flat 2, 77 beech grove, harrogate hg2 0ly]] and just want ballpark figures",
    "bt keeps saying my line is fine but it drops every evening. router wan ip shows [[IP_ADDRESS|203.0.113.58]] then changes. account holder is my dad [[PERSON|gerald finch]], acc no [[ID_NUMBER|gp77104293]]. write a complaint",
    "can u check my maths. me and [[PERSON|bill]] share a 2 bed, water is £44 a month, he uses the shower twice a day, i work away mon-thu. is 60/40 fair",
    "reminder text for my nan [[PERSON|joyce]]: her meter reading day is the 1st, read the numbers left of the red ones, text them to me on [[PHONE_NUMBER|07700 900228]]. big font pls",
    "got a letter about £312 arrears on the water, acct [[ID_NUMBER|41-8830-2297]]. name on it is [[PERSON|sanne achterberg]] but shes moved to [[STREET_ADDRESS|9 wharf st, leeds ls2 7ef]]. help me write back offering £20 a month",
    "my neighbour [[PERSON|mo]] asked if he can piggyback our wifi til his fibre is installed. is that ok legally? would i just give him [[PASSWORD|teacup-lantern-58]] or set up a guest network",
    "someone rang claiming to be three mobile fraud team and i gave them my account pin [[PASSWORD|830512]] before i realised 🙃 number was [[PHONE_NUMBER|020 7946 0931]]. what now, do i need to change it and tell my bank",
    "fix the wording: hi [[PERSON|rosa]], the engineer says the leak is on your side of the stopcock at [[STREET_ADDRESS|3 mill lane, totnes tq9 5hd]] so south west water wont cover it, sorry x",
    "card ending isnt enough apparently, the phone shop wants the whole thing to set up the contract. its [[CREDIT_CARD|4485 0671 2239 5879]], name [[PERSON|aisha rahman]]. should i give it over the phone or go in",
    "can u summarise our group chat for [[PERSON|big phil]] who missed it: [[PERSON|deano]] says the electric is in his name, [[PERSON|shaz]] paid the last 2, everyone owes [[PERSON|deano]] £23 by friday, wifi stays with plusnet",
    "home assistant keeps losing the hive thermostat. my long lived token is [[API_KEY|hass_lt_9f4c2e71ab83d6605e1f7c29a4b8d013]] and the pi sits on [[IP_ADDRESS|192.0.2.44]]. write me the rest_command yaml to restart the integration",
    "translate to urdu for my aunt [[PERSON|nasreen]]: your new sim will arrive at [[STREET_ADDRESS|41 st marys road, bradford bd8 7qr]], dont throw away the old one until the number moves over, i'll come round and do it. the puk is [[PASSWORD|58201946]]",
    "water co wants id to move the account into my name. what counts? i have my provisional licence [[ID_NUMBER|jacks955127a99ct]] and a bank statement. im [[PERSON|amber jackson]], is that enough",
    "what do i say to get out of my contract early, i moved somewhere with no signal. o2 account [[ID_NUMBER|o2-55718402]], holder [[PERSON|kieran o'shea]]. new address [[STREET_ADDRESS|cottage 4, glenmore, aviemore ph22 1qu]]",
    "send this to [[PERSON|fatima]] at [[EMAIL_ADDRESS|fatima.b.ali@gmail.com]]: the smart plug app login is [[ID_NUMBER|flat9plugs]] / [[PASSWORD|socket&spoon44]], dont share it with anyone outside the flat",
    "ok so [[PERSON|will]] moved out in june but the broadband is still on his card [[CREDIT_CARD|5168 4402 7319 6621]]. hes asking us to move it. who do we ring and what do we need",
    "draft a text to the plumber [[PERSON|gary]] confirming tues 8am, address [[STREET_ADDRESS|22a hollis road, coventry cv3 1ax]], park on the drive, alarm code is [[PASSWORD|1966]] if were out, side door key under the blue pot",
    # other languages
    "Peux-tu m'aider à répondre à EDF ? Le compteur Linky au nom de [[PERSON|Lucie Marchand]], [[STREET_ADDRESS|18 rue des Tanneurs, 69005 Lyon]], affiche une consommation trois fois trop élevée. Mon numéro client est [[ID_NUMBER|6014 882 397]] et on peut me joindre au [[PHONE_NUMBER|06 39 98 41 27]]. Ton ferme mais poli.",
    "Bitte formuliere eine Mail an die Telekom: Der Techniker sollte am Dienstag zwischen 8 und 12 Uhr kommen, ist aber nie erschienen. Kundennummer [[ID_NUMBER|550 219 8834]], Anschluss auf [[PERSON|Jörg Bergmann]], [[STREET_ADDRESS|Kastanienallee 41, 10435 Berlin]]. Rückruf bitte unter [[PHONE_NUMBER|030 23125 674]]. Die Abbuchung vom Konto [[IBAN_CODE|DE24 1007 0024 0593 8174 02]] soll für diesen Monat gestoppt werden.",
    "Ayúdame a repartir las facturas del piso con [[PERSON|Nerea]] y [[PERSON|Óscar]]: luz 74 €, agua 29 €, internet 35 €. [[PERSON|Óscar]] solo estuvo dos semanas este mes. Que me paguen por Bizum al [[PHONE_NUMBER|+34 612 408 739]] o por transferencia a [[IBAN_CODE|ES65 2085 9471 0003 3018 4267]].",
    "Помоги написать письмо в управляющую компанию: в квартире по адресу [[STREET_ADDRESS|ул. Садовая, д. 12, кв. 45, Санкт-Петербург, 191023]] уже неделю нет горячей воды. Лицевой счёт оформлен на [[PERSON|Ольгу Викторовну Смирнову]], мой телефон [[PHONE_NUMBER|+7 921 384-57-06]].",
    "Μπορείς να το μεταφράσεις στα αγγλικά; «Ο τεχνικός της Cosmote θα έρθει την Πέμπτη. Ο κωδικός του Wi-Fi είναι [[PASSWORD|Thalassa!2024k]] και το κινητό της [[PERSON|Ελένης Παπαδάκη]] είναι [[PHONE_NUMBER|+30 694 218 5073]].»",
    "大家さんへのメールを丁寧な敬語に直してください：「 [[PERSON|山本 健太]] です。 [[STREET_ADDRESS|東京都世田谷区三軒茶屋2-14-7 コーポ桜 203号室]] の光回線の工事日が決まりました。 立ち会いが必要なので、 [[PHONE_NUMBER|090-4827-3165]] までご連絡ください。」",
    # English
    "Draft a polite message to [[PERSON|Sunita]] reminding her that her half of the electricity (£58.20) was due on Friday. Keep it light, we're friends.",
    "Summarise these call notes into three bullet points: 09:12 rang Vodafone about the SIM swap on [[PHONE_NUMBER|07700 900781]]. Agent [[PERSON|Declan]] said the new SIM was activated at 08:55 but not by us. 09:30 asked for the swap to be reversed, case ref VF-228190. 09:41 [[PERSON|Declan]] escalated to fraud, callback promised within 24h.",
    "Is this a scam? 'Dear customer, your Octopus Energy refund of £214.50 is ready. Confirm your card at octo-refunds.help to receive it.' It came from [[EMAIL_ADDRESS|refunds.octopus@mailbox-secure.net]] and my account actually is with them.",
    "Moving to the US: Duke Energy wants my SSN to open the account at [[STREET_ADDRESS|2187 Hillcrest Drive, Charlotte, NC 28205]]. It's [[US_SSN|512-48-7731]]. Is it normal to hand that over, or can I pay a deposit instead?",
    "Please rewrite this so it sounds less angry: '[[PERSON|Rose]], the router is NOT a toy, stop unplugging it to charge your phone, the whole flat lost connection during my interview.'",
    "Write a letter to Thames Water from [[PERSON|Adebayo Ogunleye]], [[STREET_ADDRESS|Flat 12, Albion Court, 5 Queen Caroline Street, London W6 9DX]], disputing a bill that uses an estimated reading. The actual reading today is 00412 cubic metres. Customer number [[ID_NUMBER|9004 3318 752]].",
    "[[PERSON|Bill]] says he'll cover the gas if I do the water, but the gas bill is double. How do I raise it without sounding petty?",
    "Help me plan the move. Old place: [[STREET_ADDRESS|27 Rowan Close, Chelmsford CM1 2TG]]. New place: [[STREET_ADDRESS|8 Station Terrace, Ely CB7 4BP]], keys on the 14th. I need to sort gas, electric, water, broadband and council tax. Make me a checklist with what to tell each one.",
    "Translate into Spanish for our neighbour [[PERSON|Inés]]: the fibre engineer needs to go through your garden to reach the pole on Wednesday morning, he'll knock first.",
    "Can you turn this voicemail into a to-do list? 'Hi, it's [[PERSON|Faith]] from Scottish Power, we need access to the meter at [[STREET_ADDRESS|44 Dalkeith Road, Edinburgh EH16 5BS]] to fit the smart meter, can you call us back on [[PHONE_NUMBER|0131 496 0522]] to book a slot, the earliest is next Tuesday.'",
    "My son set up the Ring doorbell with his email [[EMAIL_ADDRESS|ethan.kowalczyk@outlook.com]] and now he's away at uni. How do I move the account over to me? My name is [[PERSON|Beata Kowalczyk]].",
    "I pay the flat's broadband on my card and everyone pays me back. This year [[PERSON|Femi]] paid £96, [[PERSON|Lars]] £88, [[PERSON|Ji-woo]] £72. The total was £420. What's the fairest way to settle up now [[PERSON|Lars]] is leaving?",
    "Our Octopus API key is [[API_KEY|sk_live_Qm7Rz2Lp9XvC4tWn8Hd3Ka6Y]] and the account is [[ID_NUMBER|A-4F7K2L19]]. Write a Python snippet that pulls yesterday's half-hourly consumption and prints the cost at 24.5p/kWh.",
    "I set up port forwarding for the CCTV box on [[IP_ADDRESS|198.51.100.23]] and now my ISP says my line is sending spam. The router login is [[ID_NUMBER|kofi.mensah]] / [[PASSWORD|Tr0ut-Bridge-77]]. What should I check first?",
    "Can you make this complaint clearer? I'm [[PERSON|Grace Oyelaran]], a Sky customer since 2016. Four engineer visits and none fixed the dropouts. I want the contract cancelled without the £160 exit fee. Contact me at [[EMAIL_ADDRESS|grace.oyelaran@yahoo.co.uk]].",
    "Text for the group: [[PERSON|Hamid]] has paid the water, [[PERSON|Clara]] the electric, I did broadband. So [[PERSON|Hamid]] owes nobody and [[PERSON|Clara]] is owed £12 by me. Check I've got that right: water £60, electric £84, broadband £36, split three ways.",
    "A 'broadband reseller' wants me to pay a year upfront to [[IBAN_CODE|GB78 BARC 2037 4168 2053 91]] in the name of [[PERSON|Patience Addo]] for full fibre at £9.99 a month. Is this legit?",
    "Write a short email to my landlady Mrs [[PERSON|Kaur]] asking her to confirm the boiler service date, since the engineer needs 48 hours' notice. She's at [[EMAIL_ADDRESS|hkaur.lettings@gmail.com]].",
    "Summarise these residents' association minutes: Attendees: [[PERSON|Eileen Doherty]] (chair), [[PERSON|Viktor Lund]], [[PERSON|Parisa Nouri]], [[PERSON|Sam Whitlock]]. Items: the shared aerial fault ([[PERSON|Viktor]] to call the installer), the bin store lights (council), the water pressure on floors 5-7 ([[PERSON|Parisa]] to log it with Anglian Water). Next meeting 4 March.",
    "Wifi key for the holiday let guests: [[PASSWORD|SeaGlass-Cove-4417]]. Key safe [[PASSWORD|0829]]. Write a welcome card that includes these and says to call [[PERSON|Morwenna]] on [[PHONE_NUMBER|07700 900354]] for any problems.",
    "How do I tell if a door-to-door energy salesman is legit? One came round today, said his name was [[PERSON|Jordan]], and wanted a photo of my bill and my bank card.",
    "Can you write a payment plan proposal to British Gas? Arrears are £780. I can pay £45 a month on top of usage. Account [[ID_NUMBER|850 331 729 04]], name [[PERSON|Tendai Moyo]], [[STREET_ADDRESS|63 Cromer Street, Stockport SK4 2JH]]. I'm on Universal Credit.",
    "My Tapo camera app asks for the camera account password but I only know the wifi one ([[PASSWORD|Bluebell_Lane_9]]). Is it the same? The camera sits at [[IP_ADDRESS|192.0.2.118]] on the network.",
    "Help me say no nicely: [[PERSON|Dinesh]] wants to put his phone contract in my name because his credit is bad.",
    "Check this before I send it: 'Hi [[PERSON|Joy]], your share of the last quarter came to £61.14. I've attached the Ovo bill. Pay me back to [[IBAN_CODE|GB62 MIDL 4005 1572 9380 16]] when you can.'",
    "Translate into Portuguese for the cleaner, Dona [[PERSON|Fernanda]]: please do not switch off the fridge at the wall, and the alarm code is [[PASSWORD|4059]], not the old one.",
    "Tidy up this note for the engineer: 'Fault on line since Sunday. Landline [[PHONE_NUMBER|01632 960417]]. Customer [[PERSON|Ivo Petrov]] works nights, ring before 2pm. Dog friendly but keep the gate shut.'",
    "My dad [[PERSON|Lionel]] got a call from [[PHONE_NUMBER|020 7946 0288]] saying his TalkTalk router was hacked and he had to install AnyDesk. He did it and gave them his card [[CREDIT_CARD|4716 2048 9953 1045]]. What does he need to do now?",
    "Write a reply to [[PERSON|Mark]] from the letting agent, who says we have to pay for the broadband engineer callout (£95). The fault was the master socket, which belongs to the building.",
    "The house is split into two flats on one electricity meter. [[PERSON|Aurelio]] upstairs has a heat pump, [[PERSON|Dawn]] and I downstairs cook on gas. Electricity was 1,840 kWh this quarter. How should we share it fairly?",
    "Comcast says my account [[ID_NUMBER|8773 20 418 0069472]] is past due but I paid with my Amex [[CREDIT_CARD|3742 918305 62719]]. Write a firm but polite chat message asking them to find the payment. Name on the account [[PERSON|Latoya Brooks]], callback [[PHONE_NUMBER|(404) 555-0142]].",
    "Write a text to the group reminding everyone the electric goes up on 1 April. [[PERSON|Nkechi]], [[PERSON|Alfie]] and [[PERSON|Summer]] are on the fixed deal, I'm not. Keep it under 50 words.",
    "Can you turn this into a formal letter? To whom it may concern: I, [[PERSON|Siobhán Ní Bhriain]], authorise my partner [[PERSON|Conor Walsh]] to discuss my Bord Gáis account [[ID_NUMBER|9100482271]] on my behalf. Address [[STREET_ADDRESS|Apt 5, 112 Ranelagh Road, Dublin 6, D06 X2F3]].",
    "A text said: 'Three: your SIM swap request is being processed. If this wasn't you, call [[PHONE_NUMBER|07700 900812]]'. I didn't ask for one. Should I call that number or the one on the website?",
    "My Hive login is [[EMAIL_ADDRESS|d.fairweather@btinternet.com]] and the password is [[PASSWORD|Heating!Sept23]]. The heating schedule keeps resetting. Give me steps to check whether someone else has access.",
    "Please summarise this email thread for [[PERSON|Rich]]: [[PERSON|Anneke]] asked the agency to fix the intercom; the agency said it's BT's job; BT said the agency owns the wiring; [[PERSON|Anneke]] is now asking us to chip in £30 each for an electrician.",
    "Plan my Saturday around the broadband install: the engineer window is 8-1 at [[STREET_ADDRESS|Unit 3, 19 Canal Wharf, Leicester LE1 5JR]]. I'm at football till 11 so [[PERSON|Hassan]] will let them in. Write him a note of what to ask the engineer.",
    "Can you draft an email to AGL? I'm moving out of [[STREET_ADDRESS|4/27 Alison Road, Randwick NSW 2031]] on the 30th and want a final meter read. Account holder [[PERSON|Mei Lin Tan]], phone [[PHONE_NUMBER|0491 570 238]].",
    "Is it normal for a smart lock to email the code in plain text? Mine sent 'Your new entry code is [[PASSWORD|739104]]' to [[EMAIL_ADDRESS|holly.ashdown@proton.me]]. I'm [[PERSON|Holly]], by the way, and I'm not impressed.",
    "Fix my spelling: 'Dear Sir, i wish to complane about the engeneer who came to my property on tuesday, he left the skirting board off and didnt conect the phone line. My name is Mr [[PERSON|Anwar Siddiqui]].'",
    "Reply to this in a friendly way: 'Hey it's [[PERSON|Guy]] from 4B, is your internet down too? Mine's been off since 6.' Tell him ours is fine and offer our guest wifi, password [[PASSWORD|GuestOnly-Fern-12]].",
    "Rewrite for clarity: Hydro-Québec disconnection notice for [[PERSON|Marie-Ève Gagnon]], [[STREET_ADDRESS|88 Rue Principale, Gatineau, QC J9H 3L4]]. I'm her neighbour and she's in hospital. Can I call them for her with her account number [[ID_NUMBER|200 417 638 915]]?",
    "Write a thank-you note to the Openreach engineer, [[PERSON|Bogdan]], who came out on a Sunday and fixed our line in the rain.",
    "Convert this to a table: Flat 1 [[PERSON|Yusuf]] £32.10, Flat 2 [[PERSON|Harriet Lowe]] £28.90, Flat 3 empty, Flat 4 [[PERSON|Chidi]] £35.00. It's the shared hallway lighting bill for the quarter.",
    "Got this text: 'Xfinity: please confirm your SSN [[US_SSN|371-62-0945]] to keep your service active.' Is it a scam if it already has my real number? I'm [[PERSON|Travis Boone]].",
    "Write a note for the new tenants at [[STREET_ADDRESS|15 Larch Avenue, Cardiff CF14 3NW]]: the water stopcock is under the sink, the smart thermostat app is registered to [[EMAIL_ADDRESS|larchave15@gmail.com]] and I'll transfer it on request, ring [[PHONE_NUMBER|07700 900690]]. Sign it [[PERSON|Gwen]].",
    "Help me understand this bill. The cap says 24.5p per kWh but I'm being charged 31p. Account [[ID_NUMBER|EON-7710-3382]], [[PERSON|Kwabena]] is the name on it, I'm his partner.",
    "Please translate into Romanian for [[PERSON|Mihai]]: the electricity key meter needs topping up at the PayPoint shop, the key is on the hook by the door, minimum £10.",
    "My business broadband has a static IP [[IP_ADDRESS|203.0.113.209]] and the VPN won't connect from [[PERSON|Anjali]]'s laptop. The shared key is [[PASSWORD|Kestrel#Rain5581]]. Draft a ticket to the ISP, without the key.",
    "Write a message to Sky asking them to take [[PERSON|Norma Pritchard]] off the account: she passed away in January and I'm her son. Account [[ID_NUMBER|6213 0045 9918]]. I want to keep the TV but cancel her mobile [[PHONE_NUMBER|07700 900146]].",
    "My Dutch landlord wants the Vattenfall contract moved into my name at [[STREET_ADDRESS|Jan van Galenstraat 214-2, 1056 CD Amsterdam]] and asks for my BSN [[ID_NUMBER|173905626]] by email. Should I send it? I'm [[PERSON|Kenji Watanabe]].",
    "Summarise this voicemail in one line: 'Hiya, it's [[PERSON|Amber]] from the Co-op Energy debt team, about the balance on the account at [[STREET_ADDRESS|9 Ferry Road, Hessle HU13 0DX]], please ring back quoting [[ID_NUMBER|CE88214930]].'",
    "Three-way split of a 24-month phone contract gone wrong: [[PERSON|Lukas]] took the handset, [[PERSON|Sade]] paid 10 months, I paid 14, and the contract is in my name. How much should [[PERSON|Lukas]] pay each of us? Monthly was £42.",
    "Write a one-paragraph complaint to the Ombudsman. The supplier kept billing [[PERSON|Precious Ndlovu]] at [[STREET_ADDRESS|31 Keppel Road, Manchester M21 0BQ]] for 14 months after she moved out. Her new email is [[EMAIL_ADDRESS|precious.ndlovu@gmail.com]]. Our reference is 2023-11-0884.",
    "Set up a reminder for me: pay the water (£38.40) on the 5th from the card [[CREDIT_CARD|2221 0084 6730 1901]], then text [[PERSON|Ciarán]] when it's done.",
    "Wording help: 'Hi [[PERSON|Kemi]], the landlord is switching us to a prepay meter. Your old credit was £17.50, shall I send it to you? [[PERSON|Tunde]]'",
    "Write rules for [[PERSON|Iris]]'s first phone contract: no in-app purchases, screen time till 9, and the PIN for the parental controls stays with me ([[PASSWORD|2841]]).",
    "Minutes draft, flat 3 bills meeting: [[PERSON|Noor]] proposes switching to Octopus Agile. [[PERSON|Ben Ashworth]] objects (works from home, heating on in the day). Vote 2-1 in favour. [[PERSON|Noor]] to set it up with her login [[ID_NUMBER|noor.h.flat3]]. Tidy these up.",
    "Help me write an IT ticket: the smart TV in Meeting Room 2 won't join the guest wifi. I tried [[PASSWORD|Visitor$Oak2025]] twice. Reported by [[PERSON|Dmitri Volkov]].",
    "Draft a letter to the City of Cape Town: the prepaid electricity meter rejected the token and we've been off for two days at [[STREET_ADDRESS|17 Kloof Nek Road, Tamboerskloof, Cape Town, 8001]]. Account holder [[PERSON|Thandiwe Mokoena]], cell [[PHONE_NUMBER|+27 82 418 3307]].",
    "Is this email from EE real? 'Hi [[PERSON|Olumide]], your upgrade is ready. Log in with your username [[ID_NUMBER|olumide_a]] at ee-upgrades.co to confirm.' It has my username right.",
    "Rewrite as bullet points for a handover: new tenant [[PERSON|Valentina Russo]] takes over the water and gas from 1 May; outgoing tenant [[PERSON|Pete]] leaves final readings (gas 04821, electric 33105) on the kitchen table; [[PERSON|Valentina]]'s email is [[EMAIL_ADDRESS|v.russo.home@icloud.com]].",
    "Please write a two-line text for [[PERSON|Ray]]: the code for the bike store is [[PASSWORD|3-1-7-7]] and the meter cupboard key is in the same box.",
    "How do I split a £250 reconnection fee fairly when only [[PERSON|Callum]] missed the payments? [[PERSON|Esi]] and [[PERSON|Rhys]] think he should pay all of it.",
    "My cousin in Pune needs the electricity connection at [[STREET_ADDRESS|Flat B-402, Sai Residency, Baner Road, Pune 411045]] moved into his name. MSEDCL asks for his Aadhaar, [[ID_NUMBER|8051 3967 2248]]. His name is [[PERSON|Rohan Kulkarni]]. Write a short application letter.",
    "What's a good reply to [[PERSON|Smudge]], who wants to borrow my Netflix and my Sky Go login ([[ID_NUMBER|jmcclure77]])? I don't mind Netflix but not Sky.",
    "I wrote a script for my Philips Hue bridge at [[IP_ADDRESS|192.0.2.77]] using the username [[API_KEY|3kF9vQ2mWx7LrT1bHc8NpZ4dYs6Ge0Ua]]. Why does it keep getting 'unauthorized user'?",
    "Draft a formal notice to end the water contract at [[STREET_ADDRESS|The Old Forge, Church Lane, Ludlow SY8 1AP]] from 31 July. Account holder [[PERSON|Penelope Ashcombe-Reid]].",
    "Explain this German letter from the Stadtwerke: 'Sehr geehrter Herr [[PERSON|Nowak]], für Ihre Wohnung in der [[STREET_ADDRESS|Bergstraße 9, 69120 Heidelberg]] ist eine Nachzahlung von 312 € fällig.' Do I have to pay it all at once?",
    "Reminder for [[PERSON|Jade]]: meter reading photos go to [[EMAIL_ADDRESS|readings.flat7@gmail.com]] by the 28th of each month. Can you make that into a cute fridge note?",
    "Review this message before I send it to the estate agent: 'Tenant [[PERSON|Óscar Delgado]] here. The broadband socket at [[STREET_ADDRESS|2/1, 45 Hyndland Road, Glasgow G12 9UX]] was ripped out during the refurb. Please confirm who pays for the new line.'",
    "My Google Nest is still registered to my ex, [[PERSON|Jamal]], and he controls the heating remotely. What steps can I take? I'm at [[STREET_ADDRESS|6 Thornfield Road, Bristol BS7 9QE]].",
    "Quick maths: [[PERSON|Daisy]] is on a £25 SIM-only deal and [[PERSON|Theo]] pays £48 on a 36-month handset contract. If both switch to a £12 deal after [[PERSON|Theo]]'s contract ends in 14 months, how much do they save over 3 years?",
    "Summarise this complaint from a tenant: 'I am [[PERSON|Zainab Hussaini]] at [[STREET_ADDRESS|Flat 9, Orchard House, Lewisham Way, London SE14 6PX]]. The heating has been off for 9 days, I have a baby, and I have called the agent on [[PHONE_NUMBER|020 7946 0715]] six times.'",
    "Payment plan help: I owe Affinity Water £412 and can pay £30 a fortnight. Account [[ID_NUMBER|AW 3390 4412 78]]. Write it out as a schedule and a short letter signed [[PERSON|Jerome Baptiste]].",
    "Can you fix the grammar? 'Me and [[PERSON|Honey]] has agreed the leccy is split 50/50 from now but the back payment is mine cause it was my heater.'",
    "A caller said he was from the energy regulator and needed my IBAN for a refund. I gave him [[IBAN_CODE|IE72 AIBK 9310 4528 6193 07]] before hanging up. Is that dangerous on its own? I'm [[PERSON|Aoife]].",
    "Write a friendly welcome message for our new flatmate [[PERSON|Kai]]: bills are split five ways on Splitwise, the wifi is [[PASSWORD|Kettle&Crumpet_5]], and the bin rota starts with [[PERSON|Roisin]].",
    "Is it safe to put my router's admin password in a shared note? It's [[PASSWORD|Nv8-qLx2-Z4tp]] and the note is shared with [[PERSON|Alessandro]] and [[PERSON|Fiona]].",
    "My mother [[PERSON|Wanjiru Kamau]] in Nairobi wants to pay KPLC through M-Pesa but the paybill keeps failing. Her number is [[PHONE_NUMBER|+254 722 418 605]]. Write simple steps in English she can follow.",
    "Please summarise this engineer visit report. Customer [[PERSON|Fernando Alves]], address [[STREET_ADDRESS|Rua do Almada 212, 4050-032 Porto]]. Fault: corroded connector in the street cabinet, replaced. Speed test 512 Mbps. Customer IP [[IP_ADDRESS|2001:db8:4a1c::17]].",
    "Draft a message asking [[PERSON|Bobbie]] to stop using my Amazon account on the Echo in the living room. My card [[CREDIT_CARD|4556 7730 1842 2958]] is saved on it and there were £60 of audiobooks last month.",
    "Help me write to the mobile network: I'm [[PERSON|Anastasia Ivanova]] and my number [[PHONE_NUMBER|07700 900925]] was ported to another network without my consent. My account password was [[PASSWORD|Cobalt_Harbor_62]] and I want to know who authorised it.",
    "List what I should ask the solar installer visiting [[PERSON|Frank]]'s house on Thursday. He's 82 and wants to know if it'll cut his electric bill.",
]

# 100 one-person records: prose, profile lines, rows, JSON, logs, registers, short letters.
RECORDS = [
    "Priority Services Register entry: [[PERSON|Harriet Quinlan]], NHS no. [[ID_NUMBER|473 918 2068]], oxygen concentrator at home, contact [[PHONE_NUMBER|07700 900302]].",
    "customer_id | name | email | phone\n[[ID_NUMBER|CU-558102]] | [[PERSON|Oluwaseun Bello]] | [[EMAIL_ADDRESS|seun.bello@gmail.com]] | [[PHONE_NUMBER|07700 900673]]",
    '{"account": "[[ID_NUMBER|BB-20931847]]", "holder": "[[PERSON|Signe Halvorsen]]", "fnr": "[[ID_NUMBER|15038842738]]", "install_address": "[[STREET_ADDRESS|Thereses gate 14B, 0168 Oslo]]"}',
    "Kund: [[PERSON|Johan Lindqvist]], personnummer [[ID_NUMBER|880614-7131]], adress [[STREET_ADDRESS|Storgatan 18, 903 26 Umeå]]. Elavtal: fast pris i 24 månader.",
    "Tenant application: [[PERSON|Darnell Whitfield]], SIN [[ID_NUMBER|538 170 622]], hydro account to be transferred from unit 1204 on 1 June. Email [[EMAIL_ADDRESS|dwhitfield@rogers.com]].",
    "Bezeq fibre order: customer [[PERSON|Noa Ben-David]], teudat zehut [[ID_NUMBER|318247061]], mobile [[PHONE_NUMBER|+972 52 418 3390]].",
    "Αίτηση σύνδεσης ρεύματος: [[PERSON|Γιώργος Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|15058804376]], διεύθυνση [[STREET_ADDRESS|Οδός Ερμού 45, 105 63 Αθήνα]].",
    "Eskom prepaid registration | [[PERSON|Sipho Dlamini]] | ID [[ID_NUMBER|9103185824086]] | meter holder since 2019 | cell [[PHONE_NUMBER|+27 73 551 2048]]",
    "New connection request from [[PERSON|Lakshmi Narayanan]], Aadhaar [[ID_NUMBER|6318 2740 5197]], premises [[STREET_ADDRESS|No. 14, 3rd Cross, Indiranagar, Bengaluru 560038]].",
    "Huurder [[PERSON|Sanne de Vries]] (BSN [[ID_NUMBER|204817365]]) neemt per 1 juni het energiecontract over; incasso van [[IBAN_CODE|NL82 RABO 0318 4729 56]].",
    "Umowa na internet światłowodowy: [[PERSON|Katarzyna Wiśniewska]], PESEL [[ID_NUMBER|92041573168]], tel. [[PHONE_NUMBER|+48 601 237 884]].",
    "[[PERSON|Magdalena Zielińska]], PESEL [[ID_NUMBER|85112302842]], zgłosiła awarię licznika gazu w lokalu przy [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]].",
    "Cliente: [[PERSON|Thiago Fernandes]] | CPF [[ID_NUMBER|315.782.406-62]] | conta de luz em atraso | e-mail [[EMAIL_ADDRESS|thiago.fernandes@uol.com.br]]",
    "[[PERSON|Juliana Costa Ribeiro]] solicitou a transferência de titularidade da água para o CPF [[ID_NUMBER|824.019.573-32]], imóvel na [[STREET_ADDRESS|Rua Augusta 1508, ap. 72, São Paulo - SP, 01304-001]].",
    "Abone: [[PERSON|Emre Yıldız]], T.C. Kimlik No [[ID_NUMBER|28417503662]], doğalgaz aboneliği [[STREET_ADDRESS|Bağdat Caddesi No: 211 D: 6, Kadıköy/İstanbul]] adresine taşındı.",
    "Alta de suministro eléctrico a nombre de [[PERSON|Alejandro Martín Ruiz]], DNI [[ID_NUMBER|71024836P]], teléfono de contacto [[PHONE_NUMBER|+34 655 219 073]].",
    "Contrato de fibra: titular [[PERSON|Ioana Popescu]], NIE [[ID_NUMBER|Y4718205E]], domicilio [[STREET_ADDRESS|Calle de Embajadores 88, 3º B, 28012 Madrid]].",
    "Sähkösopimus: [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|240791-318V]], osoite [[STREET_ADDRESS|Hämeenkatu 22 B 14, 33200 Tampere]].",
    "Voltura utenza luce: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]], fornitura in [[STREET_ADDRESS|Via Po 33, 10124 Torino]].",
    "[[PERSON|Marco Conti]], CF [[ID_NUMBER|CNTMRC79T08F839F]], attivazione fibra, cellulare [[PHONE_NUMBER|+39 347 218 6604]].",
    "用户 [[PERSON|陈伟]] ，身份证号 [[ID_NUMBER|310104198807264032]] ，宽带安装地址 [[STREET_ADDRESS|上海市徐汇区漕溪北路 88 号 1203 室]] 。",
    "SP Services account opened for [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8042716F]], unit [[STREET_ADDRESS|Blk 221 Ang Mo Kio Ave 1, #08-1432, Singapore 560221]].",
    "Mobile line registration | [[PERSON|Muhammad Faris bin Rahman]] | [[ID_NUMBER|T0271538J]] | [[PHONE_NUMBER|+65 9127 4408]]",
    "KT 인터넷 가입자: [[PERSON|김민준]], 주민등록번호 [[ID_NUMBER|890412-1607538]], 연락처 [[PHONE_NUMBER|010-4127-3358]]",
    "Tenant ledger note: [[PERSON|Brodie Walsh]] supplied his TFN [[ID_NUMBER|312 479 868]] by mistake with his electricity concession form; email [[EMAIL_ADDRESS|brodie.walsh@bigpond.com]].",
    "Life support equipment notice. Patient [[PERSON|Margaret O'Loughlin]], Medicare [[ID_NUMBER|4127 53062 1]], home [[STREET_ADDRESS|12 Banksia Street, Toowong QLD 4066]].",
    "電気契約者: [[PERSON|佐藤 美咲]] / マイナンバー [[ID_NUMBER|5218 3907 4620]] / 電話 [[PHONE_NUMBER|080-3361-5027]]",
    "Electric Ireland hardship scheme applicant: [[PERSON|Niamh Gallagher]], PPSN [[ID_NUMBER|7264031HA]], [[STREET_ADDRESS|22 St. Patrick's Terrace, Ballina, Co. Mayo, F26 K7P2]].",
    "Abonné : [[PERSON|Julien Moreau]], n° de sécurité sociale [[ID_NUMBER|1 84 07 75 116 482 47]], ligne fixe résiliée le 12/03, e-mail [[EMAIL_ADDRESS|julien.moreau84@free.fr]].",
    "Dossier chèque énergie : [[PERSON|Camille Girard]], NIR [[ID_NUMBER|2 91 03 69 388 015 13]], [[STREET_ADDRESS|7 place Bellecour, 69002 Lyon]]",
    "Klant [[PERSON|Pieter Janssens]], rijksregisternummer [[ID_NUMBER|85.07.14-263.84]], energiecontract, domiciliëring op [[IBAN_CODE|BE40 0632 1847 5963]].",
    "Cliente [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|241738601]], pediu a mudança do contrato de água para a [[STREET_ADDRESS|Rua de Santa Catarina 418, 2.º Esq., 4000-446 Porto]].",
    "Client: [[PERSON|Andrei Ionescu]], CNP [[ID_NUMBER|1850926403817]], contract de gaze naturale, telefon [[PHONE_NUMBER|+40 722 415 903]].",
    "Cliente [[PERSON|Francisca Soto]], RUT [[ID_NUMBER|16.482.307-5]], solicitó la reposición del servicio de agua en [[STREET_ADDRESS|Av. Providencia 1650, depto 502, Providencia, Santiago]].",
    "Kliendi andmed: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48706230278]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]], elektrileping alates 1. märtsist.",
    "Viðskiptavinur: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120489-3219]], heimilisfang [[STREET_ADDRESS|Laugavegur 58, 101 Reykjavík]].",
    "Odběratel: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885617/2743]], odběrné místo [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Абонентка [[PERSON|Оксана Коваленко]], РНОКПП [[ID_NUMBER|3074185628]], телефон [[PHONE_NUMBER|+380 67 412 8853]], борг за газ 1 240 грн.",
    "Mieterin [[PERSON|Sabine Krüger]], Steuer-ID [[ID_NUMBER|47261830597]], zieht zum 1. Juli in die [[STREET_ADDRESS|Lindenstraße 7, 04109 Leipzig]]; Stromvertrag bitte umschreiben.",
    "Patient [[PERSON|Aroha Ngata]] (NHI [[ID_NUMBER|ZKM4829]]) is on the medically dependent customer list; contact [[PHONE_NUMBER|+64 21 448 207]].",
    "Vulnerability form attached to the water account: [[PERSON|Desmond Achebe]], NHS [[ID_NUMBER|602 447 1831]], dialysis at home, extra water allowance approved.",
    "2024-02-11T10:42:07Z PSR_UPDATE customer=[[PERSON|Yvonne Carmichael]] nhs=[[ID_NUMBER|934 560 1279]] flag=stairlift",
    "Bredbandsbeställning | [[PERSON|Elin Bergström]] | [[ID_NUMBER|930227-4627]] | [[EMAIL_ADDRESS|elin.bergstrom@telia.se]]",
    "[[PERSON|Priya Raghunathan]], SIN [[ID_NUMBER|712 403 591]], pays the gas bill with card [[CREDIT_CARD|5355 1926 0478 3113]].",
    "Dear Mrs [[PERSON|Okafor]], your new account number is [[ID_NUMBER|OV-30184772]] and your first direct debit of £96 will be taken on 1 May.",
    "name,email,phone,tariff\n[[PERSON|Ruairi Byrne]],[[EMAIL_ADDRESS|ruairi.byrne@eircom.net]],[[PHONE_NUMBER|+353 87 214 5530]],Standard Variable",
    '2024-05-02 14:11:09 INFO portal login ok user=[[ID_NUMBER|mfarouk82]] name="[[PERSON|Mahmoud Farouk]]" src=[[IP_ADDRESS|198.51.100.6]]',
    "Applicant [[PERSON|Krystal Menendez]], SSN [[US_SSN|283-17-5402]], requests new water service at [[STREET_ADDRESS|4410 Cedar Bend Lane, Austin, TX 78744]].",
    "[[PERSON|Graham Pettigrew]] switched his broadband to a new provider and can be reached at [[EMAIL_ADDRESS|g.pettigrew@virginmedia.com]].",
    "Meter access register, 14/03: [[PERSON|Solomon Mekonnen]], Flat 6, key safe code [[PASSWORD|4182]], tel [[PHONE_NUMBER|020 7946 0350]]",
    '{"user": "[[ID_NUMBER|amira.h]]", "name": "[[PERSON|Amira Haddad]]", "device": "Nest Thermostat", "last_ip": "[[IP_ADDRESS|203.0.113.91]]"}',
    "Dear [[PERSON|Thomas]], thank you for paying the outstanding £212.40. Your account [[ID_NUMBER|SSE 4470 2291 03]] is now clear. Kind regards, Customer Services",
    "[[PERSON|Lena Hoffmann]] | [[IBAN_CODE|DE62 2004 1133 0472 6159 00]] | Abschlag 85 € | Strom",
    "Card on file for [[PERSON|Bartholomew Finch]]: [[CREDIT_CARD|5412 7390 1164 8213]], used for the monthly mobile contract.",
    "[[PERSON|Mariam Yusuf]] (username [[ID_NUMBER|mariamy_home]], password [[PASSWORD|Lemon!Grove88]]) is the admin of the household smart hub.",
    "Mme [[PERSON|Nathalie Dubois]] a demandé le transfert de son abonnement internet au [[STREET_ADDRESS|24 avenue Jean Médecin, 06000 Nice]] ; contact [[PHONE_NUMBER|06 39 98 72 10]].",
    "Kunde [[PERSON|Mehmet Aydın]], Vertragskonto [[ID_NUMBER|210 448 9371]], E-Mail [[EMAIL_ADDRESS|m.aydin@web.de]], Zählerstand 48213 kWh.",
    "[[PERSON|Lucía Fernández]] pagó la factura del agua con la tarjeta [[CREDIT_CARD|4024 0071 5538 6211]].",
    "Gentile [[PERSON|Francesca Bianchi]], il tecnico arriverà giovedì; per informazioni chiami il [[PHONE_NUMBER|+39 333 472 1950]].",
    "[[PERSON|Bram Visser]] meldde een storing aan de glasvezel op [[STREET_ADDRESS|Oudegracht 231, 3511 NK Utrecht]]; klantnummer [[ID_NUMBER|KPN-7730128]].",
    "[[PERSON|Rafael Mendes]] alterou o e-mail da conta para [[EMAIL_ADDRESS|rafa.mendes@sapo.pt]] e o IBAN para [[IBAN_CODE|PT75 0035 0651 0008 4627 3910 0]].",
    "Account holder: [[PERSON|Jolene Whitaker]]; phone [[PHONE_NUMBER|(512) 555-0187]]; service address [[STREET_ADDRESS|902 W 34th St, Austin, TX 78705]]; autopay card [[CREDIT_CARD|6011 5820 4417 0331]].",
    "fw-drop 2024-06-18 03:14:55 src=[[IP_ADDRESS|2001:db8:0:12::5]] dst=home-cam01 owner=[[PERSON|Hyun-woo Park]]",
    "[[PERSON|Beatrix Cole]]'s wifi password is [[PASSWORD|Orchard-Lane-2290]].",
    "[[PERSON|Marcus Delaney]], SSN [[US_SSN|604-33-8190]], set up gas service with the deposit waived.",
    "Direct debit mandate | payer: [[PERSON|Agnieszka Nowicka]] | IBAN [[IBAN_CODE|PL48 1090 2590 0000 0001 4417 3628]] | gas, monthly",
    "Dear Mr [[PERSON|Hollis]], we have received your meter reading and updated your account [[ID_NUMBER|YW 118 204 773]]. Yours sincerely, Customer Accounts",
    "Installer notes: [[PERSON|Shanice Grant]], [[STREET_ADDRESS|58 Kingsland Road, Birmingham B33 8QT]], gate code [[PASSWORD|1470]], dog in the garden.",
    "[[PERSON|Oskar Nilsson]] registered the developer key [[API_KEY|tk_9HfQ2xLm47RzVp0sNw3Bc8Ke]] for the energy dashboard.",
    "Lease register, unit 4: tenant [[PERSON|Adaeze Nwosu]], email [[EMAIL_ADDRESS|adaeze.nwosu@outlook.com]], mobile [[PHONE_NUMBER|07700 900517]], broadband in tenant's name.",
    "Name: [[PERSON|Dylan Pryce]] · Network: Three · Mobile: [[PHONE_NUMBER|07700 900829]] · Account PIN: [[PASSWORD|9034]]",
    "[[PERSON|Hannah Goldberg]] paid her final electricity bill from [[IBAN_CODE|GB53 LOYD 3094 2861 7730 45]].",
    "Engineer visit booked for [[PERSON|Kofi Asante]] at [[STREET_ADDRESS|19 Pelham Road, Nottingham NG5 1AP]] on 9 May, 8am to 1pm.",
    "Arrears export, row 17 of 40:\n[[ID_NUMBER|C-00917]],[[PERSON|Irene Papadopoulos]],[[EMAIL_ADDRESS|irene.p@hotmail.com]],arrears,£340.00",
    '{"name": "[[PERSON|Joaquín Herrera]]", "phone": "[[PHONE_NUMBER|+52 55 4127 8836]]", "service": "internet", "status": "suspended"}',
    "SIM swap authorised for [[PERSON|Rebecca Lowry]] after the security word [[PASSWORD|pineapple]] was given; new SIM sent to [[STREET_ADDRESS|4 Mill Row, Kendal LA9 4JS]].",
    "ग्राहक [[PERSON|अनीता शर्मा]] का बिजली खाता नंबर [[ID_NUMBER|4002 7719 3358]] है, मोबाइल [[PHONE_NUMBER|+91 98204 17365]] ।",
    "العميلة [[PERSON|ليلى حداد]] طلبت نقل اشتراك الإنترنت إلى منزلها الجديد، رقم الهاتف [[PHONE_NUMBER|+971 50 418 2267]] .",
    "The login for the shared bills spreadsheet belongs to [[PERSON|Eamon Fitzgerald]]: [[ID_NUMBER|eamonfitz]] / [[PASSWORD|Bills4Flat2!]]",
    "Smart plug paired by [[PERSON|Chioma Eze]] from [[IP_ADDRESS|198.51.100.144]] at 21:03.",
    "[[PERSON|Wojciech Kamiński]] owes £126.50 to the shared flat kitty; contact [[EMAIL_ADDRESS|wojtek.kaminski@wp.pl]].",
    "[[PERSON|Lola Martínez]] | SIM-only | [[PHONE_NUMBER|07700 900955]] | card [[CREDIT_CARD|4539 2701 8316 4921]]",
    "Complaint logged: [[PERSON|Harold Finnegan]], customer [[ID_NUMBER|TT-88410362]], says the engineer damaged the fence at [[STREET_ADDRESS|11 Orchard Way, Didcot OX11 7HB]].",
    "Moving-out form: outgoing occupier [[PERSON|Ngozi Okeke]], forwarding address [[STREET_ADDRESS|Flat 3, 21 Chapel Street, Salford M3 5JZ]], final reading 18852.",
    "Utility assistance application: [[PERSON|DeShawn Harris]], SSN [[US_SSN|148-76-2253]], phone [[PHONE_NUMBER|(313) 555-0129]].",
    "Hi [[PERSON|Bogusia]], your share of the internet for May is £9.50. Please send it to [[IBAN_CODE|GB30 HBUK 4012 7634 5820 17]]. Thanks!",
    "[[PERSON|Yara Said]] changed her router password to [[PASSWORD|Cedar&Moon71]] on 2 June.",
    "[[PERSON|Hồ Thị Lan]] | [[STREET_ADDRESS|45 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh]] | [[PHONE_NUMBER|+84 90 812 3374]]",
    "[[PERSON|Lukas Gruber]], Fernwärme, Bankverbindung [[IBAN_CODE|AT42 1420 0200 1096 3481]], Kundennummer [[ID_NUMBER|WE-55012873]].",
    "[[PERSON|Chiara Lombardi]] ha domiciliato la bolletta del gas sull'IBAN [[IBAN_CODE|IT38 X030 6909 6061 0000 0173 294]].",
    "Prélèvement SEPA : [[PERSON|Hugo Lefèvre]], IBAN [[IBAN_CODE|FR10 3000 4028 3700 0108 4215 763]], facture d'électricité mensuelle.",
    "Refund of £48.20 issued to [[PERSON|Imogen Blake]] via [[IBAN_CODE|GB88 NWBK 6072 1548 3306 92]].",
    "[[PERSON|Samuel Osei]] topped up his gas key with card [[CREDIT_CARD|5290 3817 4406 2151]].",
    "[[PERSON|Victoria Ashby]], Amex [[CREDIT_CARD|3791 406628 10537]], annual broadband prepayment.",
    "[[PERSON|Omar Siddiqui]] reported a gas smell at [[STREET_ADDRESS|72 Leopold Road, Leicester LE2 1YD]]; callback [[PHONE_NUMBER|01632 960733]].",
    "[[PERSON|Freya Lindholm]], email [[EMAIL_ADDRESS|freya.lindholm@gmail.com]], username [[ID_NUMBER|freyalind]].",
    "Alarm company record: keyholder [[PERSON|Clive Barraclough]], alarm code [[PASSWORD|5806]], mobile [[PHONE_NUMBER|07700 900264]].",
    "Water meter exchange: [[PERSON|Roya Karimi]], customer number [[ID_NUMBER|SW-40382716]], [[STREET_ADDRESS|27 Harbour View, Falmouth TR11 2NQ]].",
    "User [[PERSON|Tobias Engel]] generated API token [[API_KEY|ha_pat_4c91f7d2e8b05a3c6d1e9f7b20a48c53]] for the heat pump integration from [[IP_ADDRESS|203.0.113.162]].",
    "[[PERSON|Paloma Reyes]], [[EMAIL_ADDRESS|paloma.reyes@gmail.com]], moved into [[STREET_ADDRESS|1519 Alvarado St, Los Angeles, CA 90026]], tel [[PHONE_NUMBER|(213) 555-0163]].",
]

# 100 clean texts: prompts, word problems, multiple-choice items and health questions.
CLEAN_PROMPTS = [
    "Write a persuasive blog post arguing that households should consider time-of-use electricity tariffs, with three concrete examples of when they save money.",
    "Imagine you are Sherlock Holmes investigating why a village's tap water suddenly tastes of chlorine. Describe your deductions in his voice.",
    "Explain to a ten-year-old how electricity gets from a power station to the socket in their bedroom wall.",
    "Compose a short poem about a broadband router blinking orange in the middle of the night.",
    "What were Thomas Edison's and Nikola Tesla's main disagreements about AC and DC power, and which system won out for long-distance transmission?",
    "Draft a template letter a tenant could use to ask a landlord to repair a broken boiler, leaving placeholders for names, dates and addresses.",
    "Compare fibre-to-the-premises, fibre-to-the-cabinet and 5G home broadband in a table with columns for speed, reliability and typical monthly cost.",
    "Role-play as a call-centre trainer teaching new staff how to calm down a customer whose internet has been down for a week.",
    "Write a Python function that takes a list of dated meter readings and returns the average daily consumption between each pair of readings.",
    "How did Alexander Graham Bell's telephone patent shape the early telecoms industry in the United States?",
    "Give me five tips for reducing condensation in a rented flat during winter without running up a huge heating bill.",
    "Extract the tariff names, unit rates and standing charges from this text into JSON: 'Fixed Saver: 24.1p/kWh, 53p/day. Flex Plus: 26.8p/kWh, 49p/day. Green Tracker: 22.9p/kWh, 61p/day.'",
    "Write a comic dialogue in which Mr Darcy and Elizabeth Bennet argue over who should pay for the candles at Pemberley.",
    "What are the pros and cons of an air-source heat pump compared with a gas combi boiler for a Victorian terraced house?",
    "Summarise the main causes of the 2003 Northeast blackout in North America in under 150 words.",
    "Suggest a fair system for four flatmates to share utility bills when one of them works from home full-time.",
    "Describe how SIM swap fraud works and what mobile networks typically do to prevent it.",
    "Write a sequence of three haiku about reading a water meter in the rain.",
    "If Ada Lovelace could see a modern smart thermostat, what might she say about it? Answer in the style of her notes on the Analytical Engine.",
    "Explain the difference between a payment plan, a payment holiday and a debt relief order for someone who has fallen behind on energy bills.",
    "Write a SQL query that finds customers whose last three bills were all estimated, given a table bills(customer_id, bill_date, reading_type).",
    "Why do some countries use around 230 volts for household electricity while others use around 120 volts?",
    "Rewrite this sentence to sound more formal: 'The wifi's been rubbish all week and nobody's bothered to fix it.'",
    "Plan a one-week challenge for a family of four to cut their electricity use by 20 percent, with one goal for each day.",
    "Who was Joseph Bazalgette, and how did his sewer network change public health in Victorian London?",
]

CLEAN_GSM8K = [
    "Maya's electricity bill is £84 a month. She switches to a tariff that is 15% cheaper. How much does she save in a year?",
    "Four flatmates share a water bill of £168 for a quarter. Leo was away for half the quarter and pays half a share; the other three pay a full share each. How much does Leo pay?",
    "One broadband deal costs £25 a month for 18 months plus a £30 setup fee. Another costs £28 a month with no setup fee. Which is cheaper over 18 months, and by how much?",
    "Priya reads her gas meter on 1 March as 4,215 units and on 1 April as 4,563 units. If each unit is 11.2 kWh, how many kWh of gas did she use?",
    "Tom's phone contract is £32 a month. When it ends he moves to a SIM-only deal at £10 a month. How much does he save over the next year?",
    "A smart plug costs £12 and saves 8p a day on standby power. After how many days has it paid for itself?",
    "Aisha's family used 3,100 kWh of electricity last year. This year they used 12% less. How many kWh did they use this year?",
    "An engineer charges £65 for the first hour and £40 for each extra hour. Ben's repair took 3 hours. How much was the bill?",
    "Zara, Finn and Omar split a £96 internet bill in the ratio 3:2:1. How much does Finn pay?",
    "A water company charges £1.90 per cubic metre plus a standing charge of £48 a year. Lucy uses 62 cubic metres in a year. What is her total bill?",
    "Noah's mobile plan gives 30 GB of data a month. In April he uses 1.2 GB a day. How many GB over his allowance does he go?",
    "Elena is paying off £540 of energy arrears at £45 a month. How many months will it take?",
    "A heat pump uses 2.5 kWh of electricity to deliver 9 kWh of heat. How much electricity does it need to deliver 36 kWh of heat?",
    "Kai's router restarts itself every 6 hours. How many times does it restart in a 30-day month?",
    "Sofia switches supplier and gets a £50 welcome credit. Her new monthly bill is £72 instead of £79. How much better off is she after one year?",
    "A landlord splits a £1,260 yearly water bill between three flats by floor area: 40, 50 and 60 square metres. How much does the largest flat pay?",
    "Jonah's tumble dryer uses 4 kWh per load and he runs it 5 times a week. At 27p per kWh, what does it cost him over 4 weeks?",
    "An internet outage lasted from 9:40 p.m. until 6:15 a.m. the next morning. For how many minutes was the connection down?",
    "Grace's solar panels produce 3,600 kWh a year. She uses 55% of it herself and exports the rest at 15p per kWh. How much does she earn from exports?",
    "Mateo buys a phone for £720 on a 24-month interest-free plan. After paying for 10 months, how much does he still owe?",
    "A flat's electricity meter read 21,480 at move-in and 23,105 at move-out. How many kWh were used in between?",
    "Hana has 3 smart bulbs that each use 9 watts. If all three are on for 5 hours a day, how many kWh do they use in 30 days?",
    "A family's monthly bills are gas £60, electricity £75, water £35 and broadband £30. If every bill rises by 10%, what is the new monthly total?",
    "Oliver's mobile plan charges 5p for each text beyond 500 free texts. He sent 680 texts last month. How much extra does he pay?",
    "Ines and Marco save £18 a month by switching energy supplier and another £9 a month by switching broadband. How much do they save over two years?",
]

CLEAN_MMLU = [
    "Which unit is used on household electricity bills to measure energy consumption?\nA. Kilowatt\nB. Kilowatt-hour\nC. Volt\nD. Ampere",
    "In Great Britain, what does the energy price cap limit?\nA. The total annual bill of every household\nB. The unit rates and standing charges on standard variable tariffs\nC. How often a supplier may send bills\nD. The amount of gas a household may use",
    "Which device converts the signal on a broadband line into a form a home network can use?\nA. Modem\nB. Switch\nC. Repeater\nD. Hub",
    "What is the main purpose of a SIM card?\nA. To store photos\nB. To identify the subscriber to the mobile network\nC. To extend battery life\nD. To boost signal strength",
    "Ohm's law states that voltage equals:\nA. Current divided by resistance\nB. Current multiplied by resistance\nC. Power multiplied by time\nD. Resistance divided by current",
    "Which gas, produced by incomplete combustion in a faulty boiler, is colourless and odourless?\nA. Carbon dioxide\nB. Methane\nC. Carbon monoxide\nD. Nitrogen",
    "A standing charge on an energy bill is:\nA. A fee per kWh used\nB. A fixed daily charge paid regardless of use\nC. A penalty for late payment\nD. A one-off connection fee",
    "Which wifi frequency band generally reaches further through walls?\nA. 2.4 GHz\nB. 5 GHz\nC. 6 GHz\nD. 60 GHz",
    "In economics, a single water company serving a whole town is usually an example of:\nA. Perfect competition\nB. Monopolistic competition\nC. A natural monopoly\nD. Oligopsony",
    "Which protocol automatically assigns addresses to devices on a home network?\nA. DNS\nB. DHCP\nC. FTP\nD. SMTP",
    "What does a heat pump's coefficient of performance of 3 mean?\nA. It uses three times more energy than it delivers\nB. It delivers three units of heat for each unit of electricity\nC. It runs for three hours a day\nD. It can heat three rooms",
    "A 14-day cooling-off period for a phone contract signed online mainly protects:\nA. The network\nB. The retailer\nC. The consumer\nD. The regulator",
    "Which is the strongest sign that a text claiming to come from your mobile network is phishing?\nA. It uses your first name\nB. It asks you to follow a link and enter your login details\nC. It arrives during office hours\nD. It mentions your tariff",
    "Hard water is mainly caused by dissolved:\nA. Sodium chloride\nB. Calcium and magnesium salts\nC. Chlorine\nD. Iron oxide",
    "In broadband, 'latency' refers to:\nA. Download speed\nB. The delay before data starts to arrive\nC. The monthly data allowance\nD. Upload speed",
    "Which of the following is a renewable source of electricity?\nA. Coal\nB. Natural gas\nC. Wind\nD. Diesel",
    "If a 2 kW heater runs for 3 hours, how much energy does it use?\nA. 0.67 kWh\nB. 1.5 kWh\nC. 5 kWh\nD. 6 kWh",
    "What is the purpose of a residual current device in a consumer unit?\nA. To measure energy use\nB. To cut the power quickly if current leaks to earth\nC. To raise the voltage\nD. To store electricity",
    "Which body regulates the communications sector in the United Kingdom?\nA. Ofgem\nB. Ofwat\nC. Ofcom\nD. Ofsted",
    "Money that customers owe a utility for services already supplied is recorded by the utility as:\nA. Accounts payable\nB. Accounts receivable\nC. Retained earnings\nD. Deferred revenue",
    "Which IPv4 block is reserved for private networks such as home LANs?\nA. 8.8.8.0/24\nB. 192.168.0.0/16\nC. 224.0.0.0/4\nD. 100.64.0.0/10",
    "Which philosopher wrote Leviathan, arguing for a strong sovereign to avoid a war of all against all?\nA. John Locke\nB. Thomas Hobbes\nC. Jean-Jacques Rousseau\nD. David Hume",
    "A prepayment meter differs from a credit meter because:\nA. It is billed quarterly\nB. Energy is paid for before it is used\nC. It can never be read remotely\nD. It only works with gas",
    "What does the 'G' in 5G stand for?\nA. Gigabit\nB. Generation\nC. Global\nD. Gateway",
    "Legionella bacteria in household water systems multiply most readily at about:\nA. 0-5 °C\nB. 20-45 °C\nC. 60-70 °C\nD. Above 90 °C",
]

CLEAN_HEALTH = [
    "What are the early symptoms of carbon monoxide poisoning, and how do they differ from flu?",
    "Can black mould in a damp bedroom make asthma worse, and what can be done while waiting for a repair?",
    "Is it safe to drink tap water straight after a boil-water notice is lifted, or should the taps be run first?",
    "How cold does a home have to be before it starts to affect an older person's health?",
    "Is there any good evidence that wifi routers or smart meters cause headaches?",
    "What is the first aid for someone who has had a mild electric shock from a faulty socket?",
    "Does using a phone in bed really affect sleep, and how long before bedtime should screens go off?",
    "Are lead water pipes in old houses still a health risk, and how can you tell if a house has them?",
    "What temperature should a hot water cylinder be kept at to prevent legionella?",
    "Is it harmful to breathe in the smell from a gas hob that doesn't light first time?",
    "How does constant low-frequency noise from a neighbour's heat pump affect stress and sleep?",
    "What are the signs of hypothermia in a baby if the heating has been off overnight?",
    "Is hard tap water bad for eczema, and does a water softener help?",
    "Can worry about unpaid bills cause physical symptoms such as chest tightness or stomach problems?",
    "Is it safe to use an electric blanket every night for someone with diabetic neuropathy?",
    "How much water should an adult drink each day during a heatwave when there is no air conditioning?",
    "What should you do if you smell gas at home and start to feel dizzy?",
    "Can long hours on video calls cause eye strain, and what helps?",
    "Are portable paraffin heaters safe to use in a bedroom overnight?",
    "Is the fluoride added to tap water safe for young children?",
    "How can someone who relies on home oxygen stay safe during a planned power cut?",
    "Does keeping a baby's room very warm increase the risk of sudden infant death?",
    "What are the health effects of drinking water with high nitrate levels from a private well?",
    "Can a cold, damp home make arthritis pain worse?",
    "How long can insulin be kept out of the fridge during a power cut before it stops working properly?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "473 918 2068": nhs_ok,  # NHS number
    "602 447 1831": nhs_ok,
    "934 560 1279": nhs_ok,
    "880614-7131": luhn_len(10),  # Swedish personnummer
    "930227-4627": luhn_len(10),
    "538 170 622": luhn_len(9),  # Canadian SIN
    "712 403 591": luhn_len(9),
    "318247061": luhn_len(9),  # Israeli teudat zehut
    "15058804376": luhn_len(11),  # Greek AMKA
    "9103185824086": luhn_len(13),  # South African id
    "6318 2740 5197": aadhaar_ok,  # Indian Aadhaar
    "8051 3967 2248": aadhaar_ok,
    "204817365": bsn_ok,  # Dutch BSN
    "173905626": bsn_ok,
    "92041573168": pesel_ok,  # Polish PESEL
    "85112302842": pesel_ok,
    "315.782.406-62": cpf_ok,  # Brazilian CPF
    "824.019.573-32": cpf_ok,
    "28417503662": kimlik_ok,  # Turkish kimlik
    "71024836P": dni_ok,  # Spanish DNI
    "Y4718205E": dni_ok,  # Spanish NIE
    "240791-318V": hetu_ok,  # Finnish henkilötunnus
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "CNTMRC79T08F839F": codice_fiscale_ok,
    "310104198807264032": china_id_ok,  # Chinese resident identity number
    "S8042716F": nric_ok,  # Singapore NRIC
    "T0271538J": nric_ok,
    "890412-1607538": rrn_ok,  # Korean resident registration number
    "312 479 868": tfn_ok,  # Australian tax file number
    "4127 53062 1": medicare_ok,  # Australian Medicare
    "5218 3907 4620": my_number_ok,  # Japanese My Number
    "7264031HA": pps_ok,  # Irish PPS number
    "1 84 07 75 116 482 47": nir_ok,  # French NIR
    "2 91 03 69 388 015 13": nir_ok,
    "85.07.14-263.84": belgian_id_ok,  # Belgian national number
    "15038842738": fodselsnummer_ok,  # Norwegian fødselsnummer
    "241738601": nif_ok,  # Portuguese NIF
    "1850926403817": cnp_ok,  # Romanian CNP
    "16.482.307-5": rut_ok,  # Chilean RUT
    "48706230278": isikukood_ok,  # Estonian isikukood
    "120489-3219": kennitala_ok,  # Icelandic kennitala
    "885617/2743": rodne_cislo_ok,  # Czech rodné číslo
    "3074185628": rnokpp_ok,  # Ukrainian RNOKPP
    "47261830597": steuer_id_ok,  # German tax id
    "ZKM4829": nhi_ok,  # New Zealand NHI
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range, no area
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+7 9\d{2} \d{3}-\d{2}-\d{2}",  # Russia mobile
        r"\+(27|30|34|39|40|48|52|64|65|84|91|254|353|380|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record names
    exactly one person beside 1 to 4 other values, and about 40 carry a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    for marked in RECORDS:
        values = {(s["type"], s["value"]) for s in marked_spans(marked)}
        people = sum(kind == "PERSON" for kind, _ in values)
        if people != 1 or not 1 <= len(values) - people <= 4:
            raise SystemExit(f"records: {people} people, {len(values)} values in {marked[:60]!r}")
    national = sum(
        any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in marked_spans(t))
        for t in RECORDS
    )
    if not 35 <= national <= 45:
        raise SystemExit(f"records: {national} with a national id")


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
        "blind135", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
