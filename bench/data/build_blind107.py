# ruff: noqa: E501
"""A hundred-and-seventh blind privacy set: 220 texts with personal data and 100 clean ones,
on skilled trades and field work: plumbers, electricians, builders, cleaners, gardeners,
removals, site and warehouse workers, job sheets, quotes, rotas and invoices.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) that a tradesperson, cleaner, site or warehouse worker,
  office manager or customer sends to a general AI assistant through a company gateway:
  drafting quotes, replies and job sheets, summarising notes and voicemails, translating
  for crews, fixing wording, planning rotas, routes and removals, advising on payments and
  logins, calculating invoices, materials and pay. The first 30 are typed all in lower
  case (names too), the next 6 are in Spanish, Polish, German, Brazilian Portuguese,
  French and Turkish, the rest in ordinary English with capitals. Names of many origins:
  first names alone, lone surnames after titles, full names, names with non-English
  letters, names that are ordinary words (Hope, Grace, Sterling, Faith, Precious),
  nicknames, a few in Chinese, Cyrillic, Arabic and Greek script; some named in passing
  with no cue word, others after "my colleague", "Dr", "Mrs" and the like. Values: phones,
  e-mails, street addresses in UK, US, French, German, Spanish, Polish and New Zealand
  formats, alarm, gate, lockbox and key-safe codes, Wi-Fi keys and passwords, usernames,
  account, customer, employee, payroll, badge and competence-card numbers, national ids,
  cards, IBANs, an SSN, IPs and API keys;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research's synthetic sentences, Nannigalaxy-style records): one invented person
  each with one to four values besides the name, as free prose, labelled profile lines,
  form and CSV rows, JSON fragments, log lines and short letters; addresses in UK, Irish,
  US, Portuguese, Italian, German, Danish and Japanese formats, SSNs among the values.

Usernames and logins, account, customer, member, employee, payroll, badge, patient and
reference numbers, competence cards, tax references, passports, licences, national and tax
ids are ID_NUMBER; PINs, door, gate, alarm and key-safe codes, Wi-Fi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Herrn, doña,
Reverend, my colleague, my mate) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; public figures, fictional
characters, pets, companies, brands, places, order, job, ticket and invoice numbers and
dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (writing,
reasoning, coding, role-play, STEM; some naming historical figures or fictional
characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items
with options A to D and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0 and the
01x1 496 0 / 011x 496 0 drama ranges; North America 555-01xx; Australia 0491 570; France
06 39 98; Germany 030 23125) and in each country's own layout elsewhere; cards Luhn-valid
and not well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs
with assignable area, group and serial; IPs from documentation ranges; national ids with
valid check digits (Spanish DNI and NIE, Polish PESEL, French NIR, Turkish kimlik,
Brazilian CPF, NHS number, Irish PPS, Indian Aadhaar, Singapore NRIC and FIN, Australian
TFN and Medicare, Canadian SIN, Japanese My Number, Korean resident registration number,
South African id, Norwegian fødselsnummer, Swedish personnummer, Italian codice fiscale,
Portuguese NIF, Romanian CNP, Chinese resident id, Ukrainian RNOKPP, Estonian isikukood,
Czech rodné číslo, Finnish henkilötunnus, German tax id, Belgian national number, Dutch
BSN, Chilean RUT, New Zealand NHI).

Run ``.venv/bin/python bench/data/build_blind107.py`` from the repository root; the output
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
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Reverend|Auntie|Uncle|Herr|Herrn|Frau|Mme|Sr|Sra|Doña)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to a general assistant: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "text my tiler [[PERSON|kwame asante]] that i'm running about 40 mins late for the bathroom job in hove. his mobile is [[PHONE_NUMBER|07700 900412]]",
    "reply to mrs [[PERSON|o'connell]] about her boiler service quote: £95 including the flue check, next free slot is thursday morning. her email is [[EMAIL_ADDRESS|s.oconnell@eircom.net]]",
    "write a job sheet for a shower pump swap at [[STREET_ADDRESS|flat 2, 47 dunmore road, belfast bt7 3fq]]. customer [[PERSON|aoife mcgrath]], key under the blue pot, alarm code [[PASSWORD|2609]]",
    "the rota app won't let me in. username [[ID_NUMBER|dvolkov88]], password [[PASSWORD|scaffold!pole7]]. it says account locked, what do i tell the site manager?",
    "work out the invoice total: 14 hours labour at £38 an hour, 2 radiators at £112 each, plus 20% vat. bill to [[PERSON|hamid rezaei]], [[STREET_ADDRESS|9 sorrel way, milton keynes mk10 7hd]]",
    "translate into polish for [[PERSON|bartek]]: the skip arrives tuesday 7am, keep the drive clear. then i'll send it to [[PHONE_NUMBER|+48 512 803 447]]",
    "summarise for the site diary: sparky [[PERSON|priya raman]] isolated db3, tested the rcds and signed it off. her cscs card is [[ID_NUMBER|60418273]]",
    "my gardener [[PERSON|tomasz]] wants paying by bank transfer, his iban is [[IBAN_CODE|pl86 1140 2004 0000 3702 7614 5832]]. how do i send a one-off £240 from a uk account?",
    "plan a removals day for [[PERSON|grace ndlovu]]: 3-bed from [[STREET_ADDRESS|12 kestrel rise, bristol bs16 4lp]] to [[STREET_ADDRESS|88 wharf lane, bath ba2 3dn]], two lorries, four porters. her number is [[PHONE_NUMBER|07700 900583]]",
    "hi, i'm [[PERSON|lars øvergaard]], cleaner on the night shift at unit 4. the holiday form wants my employee number, it's [[ID_NUMBER|emp-20931]]. can you fill in the rest: 12 to 16 august",
    "fix the grammar in this: dear mr [[PERSON|kapoor]], we was unable to get in the loft monday as nobody were home, can we rebook. cheers, [[PERSON|shaun pell]]",
    "what's a fair day rate for a labourer in leeds? asking for [[PERSON|jamal]], he'd invoice from [[EMAIL_ADDRESS|jamal.b.works@gmail.com]]",
    "help me word a polite chaser: [[PERSON|wen li]] at [[STREET_ADDRESS|31 cranbrook avenue, ilford ig1 4ur]] still owes £1,180 for the fence panels, invoice went out six weeks ago",
    "the alarm keypad at [[PERSON|dolores]]'s house keeps beeping after i put in [[PASSWORD|8153]]. it's a texecom panel. what do two beeps mean?",
    "make a weekly rota for five cleaners: [[PERSON|ana]], [[PERSON|precious]], [[PERSON|yusuf]], [[PERSON|magda]] and [[PERSON|rhys]]. offices open 6am to 8pm, nobody over 30 hours",
    "how many 25kg bags of multi-finish for three rooms, about 95 square metres of walls? send the list to [[PERSON|ollie]] on [[PHONE_NUMBER|020 7946 0318]]",
    "my customer [[PERSON|beatriz souza]] read out her card [[CREDIT_CARD|4539 7182 6043 1159]] over the phone and i wrote it on the job sheet. is that allowed? what do i do with the paper now?",
    "write a reference for my old apprentice [[PERSON|connor mcbride]], two years with us, good on first fix, a bit slow on paperwork. his ni number is [[ID_NUMBER|jk 48 27 19 c]] if they ask",
    "the warehouse wifi key is [[PASSWORD|pallet-jack-2231]] but the handheld scanners won't join. our access point sits on [[IP_ADDRESS|192.0.2.44]]. what settings should i check?",
    "my brother-in-law [[PERSON|deepak]] wants me to rewire his kitchen for free again. how do i say no nicely",
    "planning a garden clearance for mrs [[PERSON|whitcombe]] at [[STREET_ADDRESS|the old forge, church lane, little bardfield, braintree cm7 4tg]]: hedge cut, three tonne bags of waste, one tip run. how long for two people?",
    "translate to romanian for our new cleaner [[PERSON|ioana]]: your shift starts at 5:30, the key safe code is [[PASSWORD|0719]], sign in on the tablet by the door",
    "check my quote: 22 sqm of porcelain at £34 a sqm plus adhesive and grout, labour three days at £220. customer is [[PERSON|niamh breslin]], [[EMAIL_ADDRESS|niamhb@outlook.ie]]",
    "the council portal login for my building firm is [[ID_NUMBER|sipho.builds]] and the password is [[PASSWORD|brickie#44]]. how do i upload a completion certificate?",
    "my colleague [[PERSON|fergus]] cut his hand on site today. write a short accident book entry: 10:40, stanley knife, first aid by [[PERSON|joanne tait]], went to a&e",
    "how do i split a £3,600 kitchen job with [[PERSON|marek]] if he did 4 days and i did 6? i pay him on [[PHONE_NUMBER|07700 900736]] by bank app",
    "write an out-of-hours message for our plumbing line: leaks, call [[PERSON|dave kelly]] on [[PHONE_NUMBER|07700 900127]], anything else email [[EMAIL_ADDRESS|dave.kelly.plumb@gmail.com]]",
    "our delivery driver [[PERSON|chidi okafor]] needs a letter confirming his job for the bank. employee no [[ID_NUMBER|wh-5520]], started march 2021, full time",
    "can u check this rams? job at [[STREET_ADDRESS|unit 7, harbour trading estate, southampton so14 5qf]], site contact [[PERSON|bev]] [[PHONE_NUMBER|07700 900865]], working at height on the mezzanine",
    "summarise these notes: [[PERSON|jürgen]] says the condensing unit out back needs re-gassing, [[PERSON|haruto sato]] to order parts, customer account [[ID_NUMBER|cx-77102]]",
    # other languages
    "Redacta un presupuesto para reformar el baño de doña [[PERSON|Carmen Salvatierra]], [[STREET_ADDRESS|Calle de los Almendros 14, 3.º B, 28039 Madrid]]. Su DNI para la factura: [[ID_NUMBER|48271593K]]. Incluye fontanería y alicatado.",
    "Napisz wiadomość do brygadzisty [[PERSON|Zbigniew Kowalczyk]]: jutro zaczynamy o 6:00 na budowie przy [[STREET_ADDRESS|ul. Długa 18/4, 31-146 Kraków]]. Jego numer: [[PHONE_NUMBER|+48 601 274 918]]. PESEL do umowy: [[ID_NUMBER|86071403858]].",
    "Kannst du eine Rechnung für Herrn [[PERSON|Tobias Brandstätter]] schreiben? Gartenpflege im März, 12 Stunden à 42 €. Überweisung auf [[IBAN_CODE|DE17 1001 0010 0567 3421 88]]. Anschrift: [[STREET_ADDRESS|Lindenstraße 27, 10969 Berlin]].",
    "Me ajuda a responder o cliente [[PERSON|Rogério Bastos]]: ele quer saber se a instalação elétrica fica pronta na sexta. CPF dele para a nota: [[ID_NUMBER|418.273.956-64]]. WhatsApp [[PHONE_NUMBER|+55 11 98734-2160]].",
    "Traduis en anglais pour le chef de chantier : « [[PERSON|Mamadou Diallo]] ne pourra pas venir lundi, appelez-le au [[PHONE_NUMBER|06 39 98 21 47]]. » Pour son contrat, son numéro de sécurité sociale est [[ID_NUMBER|1 86 04 69 123 418 14]].",
    "Depo vardiya listesini düzenler misin? [[PERSON|Emre Yıldırım]] gece vardiyasına geçiyor. Telefonu [[PHONE_NUMBER|+90 532 418 76 09]], TC kimlik no [[ID_NUMBER|38471026540]].",
    # English
    "Draft a quote for Mr [[PERSON|Okonkwo]]: replace 6 m of guttering and two downpipes at [[STREET_ADDRESS|23 Beech Grove, Harrogate HG2 0LT]]. Scaffold tower needed. Send it to [[EMAIL_ADDRESS|e.okonkwo@btinternet.com]].",
    "Can you turn my scribbles into a proper job sheet? Leak under sink fixed, replaced trap and washer, customer [[PERSON|Hollie Dunne]] signed, paid cash £85.",
    "Our site manager [[PERSON|Gary]] wants the welfare cabin code changed from [[PASSWORD|5512]] to something harder. Suggest a routine for rotating door codes on a site with forty subcontractors.",
    "I clean for Dr [[PERSON|Farouk]] on Tuesdays and she's given me her Wi-Fi password, [[PASSWORD|Jasmine&Cedar19]], so I can play music. Is it OK to save it in my phone notes?",
    "Work out overtime for [[PERSON|Luis Ferreira]]: 47.5 hours this week, first 40 at £13.20, time and a half after that. His payroll number is [[ID_NUMBER|PR-004821]].",
    "Rewrite this more professionally: hiya [[PERSON|Kez]], the skip lorry cant get down ur road so we need a permit, ring me on [[PHONE_NUMBER|07700 900274]]",
    "Translate into Spanish for our removals crew: pick-up at [[STREET_ADDRESS|5 Harbour View, Falmouth TR11 2QB]], ask for [[PERSON|Morwenna Trevithick]], fragile piano in the hall.",
    "Which breaker rating should I use? Customer [[PERSON|Ingrid Solberg]] has a 9.5 kW shower on an 18 m run of 10 mm² cable. Her account with us is [[ID_NUMBER|CUS-10392]].",
    "Please write a polite English text to our landlord client [[PERSON|王建国]] confirming the decorators start on Monday at [[STREET_ADDRESS|Flat 11, 4 Canal Street, Manchester M1 3HE]]. His number is [[PHONE_NUMBER|+44 7700 900651]].",
    "Login trouble: the timesheet portal rejects [[ID_NUMBER|k.adeyemi]] with password [[PASSWORD|Plaster2Board!]] even after a reset. What should I check before calling IT?",
    "Estimate how long to lay 140 m² of block paving with a crew of three. Client is [[PERSON|Heather Lamb]] at [[STREET_ADDRESS|Rose Cottage, 2 Mill Lane, Ledbury HR8 1BQ]], and she wants it done before 20 May.",
    "My mate [[PERSON|Stevo]] owes me for two days' labouring. Write a friendly but firm message asking for £260 to my account, IBAN [[IBAN_CODE|GB45 LOYD 3094 1172 6648 53]].",
    "Summarise this handover: night picker [[PERSON|Oluwaseun Bello]] reported a damaged racking upright in aisle 14, reach truck driver [[PERSON|Radek Novák]] moved the pallets, supervisor to inspect before 6am.",
    "I do EICRs for a letting agent. Landlord [[PERSON|Ravi Chandrasekaran]] wants the certificates sent to [[EMAIL_ADDRESS|ravi.c@chandraproperties.co.uk]], and the tenants are on [[PHONE_NUMBER|07700 900918]] and [[PHONE_NUMBER|07700 900043]]. Draft the scheduling email.",
    "Make a packing checklist for the [[PERSON|Harbinson]] move on Saturday: four-bed, loft full, two cats, American fridge freezer. The entry code for their new block is [[PASSWORD|C4729]].",
    "Please check the spelling: Dear Ms [[PERSON|Achterberg]], the gardner will come fortnightly from April and we will keep your spare gate key in our office safe. Regards, [[PERSON|Duncan]]",
    "Customer paid the deposit with Amex [[CREDIT_CARD|3782 519640 77310]] and now disputes it. What evidence should a roofer keep to fight a chargeback?",
    "Plan a two-week programme for a loft conversion: joiner [[PERSON|Ciarán]], plasterer [[PERSON|Nkechi]], electrician [[PERSON|Bogdan]], plumber [[PERSON|Ahmed Saleh]]. The steel arrives on day 3.",
    "Quote for boarding a 28 m² loft with [[PERSON|Fenella Moss]] doing the electrics. Roughly what should I charge in Surrey?",
    "The wholesaler's trade account is [[ID_NUMBER|TA-559310]] and the card on file is [[CREDIT_CARD|5412 8830 1957 6420]]. Write an email asking them to remove the card and move us to 30-day invoices.",
    "Our new picker [[PERSON|Олександр Ткаченко]] starts Monday. Write him a welcome text in Ukrainian with the shift times (06:00 to 14:30) and the locker room code [[PASSWORD|3318]].",
    "Calculate the volt drop for a 32 A radial on 25 m of 4 mm² twin and earth, for Mrs [[PERSON|Patel]]'s garden office at [[STREET_ADDRESS|41 Holly Road, Leicester LE2 6PW]].",
    "Draft a text to all cleaners: from Monday the Greenway office alarm code is [[PASSWORD|604917]] and the supervisor is [[PERSON|Faith Mwangi]], [[PHONE_NUMBER|07700 900359]].",
    "Summarise this email chain in three bullets: [[PERSON|Angus]] wants the boiler moved, Dr [[PERSON|Yeo]] wants it left where it is, and the gas engineer [[PERSON|Pádraig Ó Súilleabháin]] says the flue can't go on the side wall.",
    "I'm a self-employed gardener. My UTR is [[ID_NUMBER|84126 37590]] and I've forgotten my Government Gateway password. Fastest way back in before 31 January?",
    "Write a key-holder handover note: property [[STREET_ADDRESS|Apartment 3B, 17 Quayside, Newcastle upon Tyne NE1 3DX]], owner [[PERSON|Sunita Mehra]], alarm [[PASSWORD|9021]], stopcock under the stairs.",
    "Can you fix this spreadsheet formula for our invoices? =SUM(D2:D40)*1.2 shows an error. The sheet belongs to [[PERSON|Wojciech]] and is shared from [[EMAIL_ADDRESS|wojtek.invoices@gmail.com]].",
    "A tenant, [[PERSON|Zainab Hussain]], rang about damp in the back bedroom. Write a short text to [[PHONE_NUMBER|07700 900560]] offering a survey on Tuesday or Thursday morning.",
    "Our scanner logs show user [[ID_NUMBER|picker_0417]] signed in from [[IP_ADDRESS|198.51.100.23]] at 03:12 when nobody was on shift. How should a warehouse supervisor look into it?",
    "My customer [[PERSON|Hope Adebayo]] wants the invoice posted to her office: [[STREET_ADDRESS|Suite 4, 90 Gresham Street, London EC2V 7NQ]]. Can you write the cover letter?",
    "Role-play a customer complaining about a late sofa delivery so I can practise. The customer's real name is [[PERSON|Miriam Oyelaran]] and she ordered by phone.",
    "Write a toolbox talk on silica dust for Monday. Presenter: [[PERSON|Siddharth Iyer]], site supervisor. Attendees confirm by email to [[EMAIL_ADDRESS|siyer.site@gmail.com]].",
    "My plasterer [[PERSON|Kofi]] sent his bank details as [[IBAN_CODE|GB90 NWBK 5041 8829 3716 04]]. Is it normal for a UK sole trader to give an IBAN instead of a sort code?",
    "Put this Polish quote from [[PERSON|Krzysztof Wiśniewski]] into English: Montaż drzwi wewnętrznych, 6 szt., 180 zł za sztukę. His email is [[EMAIL_ADDRESS|k.wisniewski@wp.pl]].",
    "Explain what a Part P notification is to my customer [[PERSON|Adaeze]] in plain words, then add my scheme registration number [[ID_NUMBER|NIC-5580392]] at the bottom.",
    "We fitted a heat pump for [[PERSON|Hamish Gordon]] and his wife [[PERSON|Elspeth]] at [[STREET_ADDRESS|Birchbrae, 6 Station Road, Aboyne AB34 5HR]]. Write the handover letter with the service schedule.",
    "How do we store customer door codes safely in our field app? Right now [[PERSON|Tyrone]] keeps them in a group chat, like [[PASSWORD|1984*]] for a flat in Leyton.",
    "Please write an apology to Reverend [[PERSON|Clarke]]: our lorry scraped the church gatepost while unloading. Offer to repair it this week at our cost.",
    "Draft a job ad: warehouse operative, nights, £13.50 an hour, apply to [[PERSON|Shanice Brown]] at [[EMAIL_ADDRESS|shanice.brown.hr@outlook.com]].",
    "I took a card payment for a boiler repair, card [[CREDIT_CARD|2221 0048 7360 1158]], and the terminal timed out. The customer, [[PERSON|Elif Demir]], thinks she was charged twice. What do I check?",
    "What's the going hourly rate for end-of-tenancy cleaning in Glasgow? I'm quoting for [[PERSON|Moira]] and need to text her back on [[PHONE_NUMBER|0141 496 0732]].",
    "Rewrite this warning letter more firmly: our employee [[PERSON|Dean Whitlock]], staff no. [[ID_NUMBER|3307]], left the forklift keys in the ignition twice this month.",
    "Summarise this voicemail: Hi it's [[PERSON|Lorraine]] at [[STREET_ADDRESS|14 Acacia Avenue, Reading RG1 5LN]], the new radiator is leaking at the valve, please call me on [[PHONE_NUMBER|0118 496 0285]].",
    "Help me plan a rota for a 24/7 warehouse: three shifts, 18 pickers, nobody on more than five nights in a row. Team leads are [[PERSON|Baz]], [[PERSON|Sinéad]] and [[PERSON|Mohammed Al-Rashid]].",
    "Check my maths: 4 rolls of lining paper per room, 7 rooms, £6.49 a roll, plus 3 tubs of paste at £8.99. It's for the [[PERSON|Faulkner]] job, so also write it as an invoice line to [[EMAIL_ADDRESS|m.faulkner@yahoo.co.uk]].",
    "My apprentice [[PERSON|Jayden]] lost his CSCS card. The number was [[ID_NUMBER|60733915]]. What's the process for a replacement?",
    "Translate into Vietnamese for the homeowner, [[PERSON|Nguyễn Văn Minh]]: we will turn the water off from 9 to 12 on Wednesday. Then I'll send it to [[PHONE_NUMBER|07700 900194]].",
    "Fill in this CIS verification for a subcontractor: [[PERSON|Gheorghe Popescu]], UTR [[ID_NUMBER|57209 41836]], NI number [[ID_NUMBER|SP 63 01 84 B]], trading as GP Roofing.",
    "Write a short bio for our website about [[PERSON|Bunmi]], our lead tiler: 15 years in the trade, City & Guilds qualified, loves a herringbone floor.",
    "How do I reset the code on a Yale keypad lock? The current one is [[PASSWORD|7741]] and the owner, Mr [[PERSON|Haddad]], wants a new one before the tenants move in.",
    "A customer sent me: [[PERSON|Ewa Zielińska]] here, can you do our bathroom tiling in May? Write a reply asking for photos and rough measurements.",
    "List the documents I should keep after a consumer unit change for [[PERSON|Thandiwe Khumalo]] at [[STREET_ADDRESS|19 Fairview Crescent, Cardiff CF14 3NE]].",
    "Our office manager [[PERSON|Pru]] set the accounts software password to [[PASSWORD|Invoice2024]] for everyone. Write her a tactful email about individual logins.",
    "Work out mileage: the yard to [[STREET_ADDRESS|Hollybank Farm, Long Lane, Nantwich CW5 8QP]] and back is 38 miles, 4 visits, 45p a mile. Charge it to Mr [[PERSON|Yates]].",
    "Write a risk assessment for window cleaning at height for [[PERSON|Kai]], our new starter in Perth. He also gave me his TFN, [[ID_NUMBER|482 619 539]], for payroll. Where does that go?",
    "Tell me if this IBAN looks right before I pay the supplier rep [[PERSON|Dirk Janssen]]: [[IBAN_CODE|NL31 RABO 0318 4472 96]].",
    "Text the tenant at [[STREET_ADDRESS|Flat 6, 210 Leith Walk, Edinburgh EH6 5EQ]] that the electrician [[PERSON|Alasdair]] will come Friday 8 to 10am, and to ring [[PHONE_NUMBER|0131 496 0448]] if that doesn't suit.",
    "Someone on the team, [[PERSON|Jo]], pasted our fleet tracker key [[API_KEY|ftk_live_8Qm2vR7xLp4Zt9Wc3Ny6Hd1B]] into the group chat. What should we do now?",
    "I'm quoting a garden room base for [[PERSON|Ottilie Marchetti]]: 3.6 by 4.8 m, 100 mm slab. How many cubic metres of concrete, and how many bags if mixing by hand?",
    "Draft a reply to [[PERSON|Jean-Baptiste Moreau]]: yes, we can move his furniture from [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]] to London, quote to follow, insurance included.",
    "Summarise for the insurer: injured person [[PERSON|Mizanur Rahman]], agency picker, badge [[ID_NUMBER|AGY-7713]], NHS number [[ID_NUMBER|485 731 9268]], slipped on a wet loading-bay ramp, bruised wrist, back at work next day.",
    "My client [[PERSON|Sterling Osei]] wants the kitchen fitting quote in both euros and pounds sterling. What's £6,400 at today's rate? Reply goes to [[EMAIL_ADDRESS|sterling.osei@gmail.com]].",
    "What PPE should I give temporary warehouse staff? The agency contact is [[PERSON|Lucía Fernández]] on [[PHONE_NUMBER|+34 612 407 893]], and I want to send her a list.",
    "A homeowner asked me to hold her spare key and alarm code ([[PASSWORD|2240]]) while she's abroad. Write a simple key-holding agreement between me and [[PERSON|Lavinia Tuilagi]].",
    "Tidy this CV line for [[PERSON|Marcus]]: done loads of groundwork, dig footings, drains, kerbs. Then send it back to him at [[EMAIL_ADDRESS|marcusgroundworks@hotmail.com]].",
    "Explain how to bleed a radiator to my elderly customer Mrs [[PERSON|Ogunleye]] in short, simple steps.",
    "Plan tomorrow's van route: [[STREET_ADDRESS|3 Weir Road, Bedford MK41 9AA]] at 8, [[STREET_ADDRESS|117 Castle Street, Luton LU1 3AJ]] at 10:30, [[STREET_ADDRESS|Unit 2, Stirling Way, Hemel Hempstead HP2 7EP]] at 2. Driver is [[PERSON|Tariq]].",
    "I'm a cleaner paid through an app and my account [[ID_NUMBER|CLN88412]] shows no payout since 2 March. Write a complaint for me; my name is [[PERSON|Maricel Dela Cruz]].",
    "Give me a simple building contract template under $10k. Parties: builder [[PERSON|Wiremu Parata]] and the owner of [[STREET_ADDRESS|42 Kowhai Street, Hamilton 3216]].",
    "How should I label my tools so they don't walk off site? Should I engrave my mobile, [[PHONE_NUMBER|0491 570 228]], on them?",
    "The homeowner at [[STREET_ADDRESS|1182 Maple Ridge Drive, Columbus, OH 43215]], [[PERSON|Travis McAllister]], wants a written estimate for drywall repair. Call-back number [[PHONE_NUMBER|(614) 555-0173]].",
    "For the W-9, our handyman [[PERSON|DeShawn Pruitt]] gave his SSN as [[US_SSN|418-62-7391]]. Is it safe to email that to my accountant?",
    "Our Canadian sub [[PERSON|Étienne Gagnon]] sent his SIN, [[ID_NUMBER|718 392 541]], for the T4A slip. Write a note confirming we'll store it securely.",
    "Help me write an invoice reminder in German for Frau [[PERSON|Keller]] in Munich: £1,200 for the stair carpet fitting, due 14 days ago.",
    "What size skip for a bathroom strip-out? It's going on the road outside [[STREET_ADDRESS|27 Abbotsford Terrace, Glasgow G3 6RA]], so I need a permit too. The householder is [[PERSON|Iain Baird]].",
    "Write a short LinkedIn post thanking our longest-serving cleaner [[PERSON|Rosalind Achebe]] (everyone calls her [[PERSON|Ros]]) for 20 years with us.",
    "I'm moving house myself with a hired Luton van. Make a loading plan for three helpers: [[PERSON|Gethin]], [[PERSON|Manon]] and [[PERSON|Dafydd]].",
    "The supplier portal shows my login [[ID_NUMBER|trades_hollis77]] was used from [[IP_ADDRESS|203.0.113.58]] and [[IP_ADDRESS|2001:db8:4c1::27]]. I've changed the password to [[PASSWORD|Sl4te&Lead-roof]]. Anything else?",
    "Please write a WhatsApp message in Arabic to our cleaner [[PERSON|فاطمة الزهراء]] saying the office key is now in the lockbox by the bins, code [[PASSWORD|8826]].",
    "Our Cypriot client [[PERSON|Γιώργος Χατζηπαύλου]] wants the pool pump quote in Greek and English. His email is [[EMAIL_ADDRESS|g.chatzipavlou@cytanet.com.cy]].",
    "Write a welcome email to our new Dublin labourer [[PERSON|Darragh Nolan]] at [[EMAIL_ADDRESS|darraghnolan94@gmail.com]]. He already gave PPS [[ID_NUMBER|6419273A]] on the form, so just confirm his start date.",
    "My cousin [[PERSON|Raghav]] in Pune wants electrician work in Dubai, and the agency asked for his Aadhaar [[ID_NUMBER|4827 1936 0512]] over WhatsApp. Is that a scam sign?",
    "I'm hiring a part-time cleaner in Singapore, [[PERSON|Tan Mei Ling]], NRIC [[ID_NUMBER|S8417362B]], mobile [[PHONE_NUMBER|+65 9172 4038]]. Draft a simple contract.",
    "Our job-management webhook keeps returning 401. The key in the config is [[API_KEY|jm_sk_T7bQ2xW9nR4pL6vZ3cK8yF1d]]. Can you explain what to check? The account owner is [[PERSON|Imogen Stroud]].",
]

# 100 one-person records in the manner of synthetic PII datasets: prose, profiles, rows, JSON, logs, letters.
RECORDS = [
    "[[PERSON|Marguerite Delacroix-Binet]] runs a small upholstery workshop and can be reached at [[EMAIL_ADDRESS|mdelacroix@orange.fr]] or [[PHONE_NUMBER|06 39 98 52 10]].",
    "Name: [[PERSON|Obinna Eze]]\nTrade: scaffolder\nMobile: [[PHONE_NUMBER|+234 803 417 2290]]\nEmail: [[EMAIL_ADDRESS|obinna.eze@yahoo.com]]",
    '{"customer": "[[PERSON|Harriet Blackwood]]", "card": "[[CREDIT_CARD|4024 0071 8853 2195]]", "job": "gutter clean"}',
    '2024-03-11 07:42:15 AUTH ok user=[[ID_NUMBER|r.malhotra]] name="[[PERSON|Rohit Malhotra]]" src=[[IP_ADDRESS|192.0.2.187]]',
    "Dear Mr [[PERSON|Abernathy]], your annual gas safety check is due. Our engineer will call at [[STREET_ADDRESS|7 Willow Court, Stevenage SG1 2EN]] on 4 June between 8 and 12. Kind regards, the Service Desk",
    "[[PERSON|Kenji Watanabe]] updated his payroll file with My Number [[ID_NUMBER|4182 9375 0160]] and mobile [[PHONE_NUMBER|090-3817-4462]].",
    "Applicant | [[PERSON|Tomás Ó Briain]] | [[STREET_ADDRESS|Apt 5, 22 Clanbrassil Street Upper, Dublin 8, D08 K2W4]] | PPS [[ID_NUMBER|8302516AA]]",
    "When [[PERSON|Leilani Kahananui]] booked the carpet cleaners, she left [[PHONE_NUMBER|(808) 555-0142]] as her call-back number.",
    "Pay the tiling deposit to [[PERSON|Pieter de Vries]], IBAN [[IBAN_CODE|NL71 INGB 0006 7291 84]], before Friday.",
    "[[PERSON|Guadalupe Ramírez Ochoa]] paid with card [[CREDIT_CARD|5289 4410 7362 0053]] and asked for the receipt at [[EMAIL_ADDRESS|lupita.ramirez@gmail.com]].",
    "At the depot [[PERSON|Arjun Nair]] gave his Aadhaar as [[ID_NUMBER|7392 0518 4671]] and his number as [[PHONE_NUMBER|+91 98451 27730]].",
    "[2024-06-02 22:10:04] WARN three failed logins account=[[ID_NUMBER|hkowalczyk]] owner=[[PERSON|Halina Kowalczyk]] ip=[[IP_ADDRESS|203.0.113.91]]",
    '{"employee": {"name": "[[PERSON|Dumisani Mthembu]]", "id_number": "[[ID_NUMBER|8806175124082]]", "phone": "[[PHONE_NUMBER|+27 82 614 3097]]"}}',
    "To whom it may concern: I confirm that [[PERSON|Agnieszka Wróbel]], PESEL [[ID_NUMBER|92112304729]], has worked as a cleaning supervisor with us since 2019. Signed, Operations Manager",
    "Subcontractor: [[PERSON|Bjørn Haugland]]; fødselsnummer [[ID_NUMBER|22099141526]]; bank account [[IBAN_CODE|NO87 1503 2876 114]]",
    "[[PERSON|Chiamaka Obi]] moved into [[STREET_ADDRESS|Flat 9, 31 Tenby Road, Coventry CV5 7HJ]] last spring and books a cleaner every other week.",
    "1042, [[PERSON|Ruairi Doherty]], [[EMAIL_ADDRESS|ruairi.doherty@gmail.com]], [[PHONE_NUMBER|07700 900227]], electrician",
    "Emergency contact for [[PERSON|Ye-jin Park]]: [[PHONE_NUMBER|010-4827-1936]]. Resident registration number [[ID_NUMBER|850927-1452732]] is on file.",
    "Dear [[PERSON|Svetlana]], thank you for booking your move with us. Your account login is [[ID_NUMBER|svet.morozova]] and your temporary password is [[PASSWORD|Crate!Move58]]. Best wishes",
    "job=5510 tech=[[PERSON|Callum Reid]] card=[[CREDIT_CARD|6011 5832 0947 7164]] status=refunded amount=312.40",
    "[[PERSON|Hiroshi Tanaka-Brown]] rents a lock-up at [[STREET_ADDRESS|Unit 12, Riverside Works, Hull HU9 1PZ]] for his joinery tools.",
    "Tenant: [[PERSON|Mariana Costa]] · NIF [[ID_NUMBER|238471608]] · Tel. [[PHONE_NUMBER|+351 912 408 377]] · Morada: [[STREET_ADDRESS|Rua das Flores 112, 2.º Esq., 4050-265 Porto]]",
    '{"full_name": "[[PERSON|Liang Xiaoming]]", "resident_id": "[[ID_NUMBER|320106198704235612]]"}',
    "Invoices for the roof repair go to [[PERSON|Emeka Nwosu]] at [[EMAIL_ADDRESS|emeka.nwosu@outlook.com]].",
    "Dear Ms [[PERSON|Lindgren]], we have received your payment from [[IBAN_CODE|SE42 8000 0832 7904 1185 2267]] for the garden design. Your customer number is [[ID_NUMBER|GD-30418]].",
    "Driver: [[PERSON|Mateusz Zając]] | licence [[ID_NUMBER|ZAJAC803140MM9AB]] | mobile [[PHONE_NUMBER|+48 698 204 117]]",
    "[[PERSON|Sofía Castillo]]'s SSN, [[US_SSN|529-47-1836]], was typed into the wrong box on the onboarding form.",
    "2024-04-19T16:03:27Z api_call key=[[API_KEY|rk_prod_5hT9xQe2LmV8nB4cZ1wY7aK3]] actor=[[PERSON|Felix Amankwah]]",
    "The spare keys are with [[PERSON|Nana Akua Boateng]]; the lockbox code is [[PASSWORD|3860]].",
    "Full name — [[PERSON|Eleftheria Papadopoulou]]\nE-mail — [[EMAIL_ADDRESS|e.papadopoulou@gmail.com]]\nPhone — [[PHONE_NUMBER|+30 694 218 5530]]",
    "Hello [[PERSON|Jakub]], your new door fob is ready at reception. Until you set your own PIN, the temporary one is [[PASSWORD|550913]].",
    "[[PERSON|Laura Monti]]'s codice fiscale, [[ID_NUMBER|MNTLRA90C52L219I]], is needed before the cleaning contract can start.",
    "[[PERSON|Lorenzo Bertoli]] pays the plastering invoice from [[IBAN_CODE|IT42 X030 6909 6061 0000 0073 215]]; codice fiscale [[ID_NUMBER|BRTLNZ83C22A944Z]].",
    '{"name": "[[PERSON|Amara Okoye]]", "email": "[[EMAIL_ADDRESS|amara.okoye@protonmail.com]]", "ip": "[[IP_ADDRESS|198.51.100.142]]"}',
    "Name: [[PERSON|Jonas Lindström]]  Personnummer: [[ID_NUMBER|870412-5387]]  Tel: [[PHONE_NUMBER|+46 70 318 44 29]]",
    "After the warehouse fire drill, [[PERSON|Precious Zulu]] was logged as present with badge [[ID_NUMBER|WH-22917]].",
    "Dear Dr [[PERSON|Benedetta Farinelli]], the kitchen fitter will arrive at [[STREET_ADDRESS|Via Garibaldi 41, 10122 Torino]] at 8:30 on Monday.",
    "sms_out to=[[PHONE_NUMBER|+61 491 570 314]] recipient=[[PERSON|Kylie Broadbent]] body='Your cleaner is on the way'",
    "[[PERSON|Mehmet Aslan]] (kimlik [[ID_NUMBER|52739018498]]) signed for the tile delivery.",
    "Customer: [[PERSON|Dolores Fairweather]]\nAccount: [[ID_NUMBER|ACC-7720415]]\nCard on file: [[CREDIT_CARD|3469 880215 44704]]",
    "[[PERSON|Wouter Peeters]] asked that refunds go to [[IBAN_CODE|BE17 0635 8127 4419]] rather than his old account.",
    '{"worker": "[[PERSON|Hemi Walker]]", "nhi": "[[ID_NUMBER|ZLK4822]]", "mobile": "[[PHONE_NUMBER|+64 21 408 3391]]"}',
    "Dear Mrs [[PERSON|Verhoeven]], your BSN [[ID_NUMBER|273915848]] was printed on the cleaning contract by mistake; a corrected copy follows.",
    "2024-02-28 05:58:12 gate=north badge=[[ID_NUMBER|B-40917]] holder=[[PERSON|Ionuț Stan]] pin=[[PASSWORD|7302]] result=granted",
    "[[PERSON|Winston Achebe-Clarke]] lives at [[STREET_ADDRESS|48 Mountjoy Road, Brixton, London SW9 8QB]] and works nights at the parcel hub.",
    "Payee: [[PERSON|Aurélie Lambert]] / IBAN: [[IBAN_CODE|FR94 3000 4028 3700 0104 7829 163]] / Amount: €860",
    "The old login [[ID_NUMBER|zeynep.k]] belonged to [[PERSON|Zeynep Kaya]] and was closed when she left the depot.",
    "Hi [[PERSON|Manuel]], a reminder that your monthly window-cleaning direct debit comes from [[IBAN_CODE|ES48 0182 5322 8102 0176 4439]]. Thanks!",
    "We took on [[PERSON|Kerry-Ann Whyte]] as a site cleaner; her National Insurance number is [[ID_NUMBER|WY 71 24 38 A]].",
    '{"contact": "[[PERSON|Aditya Kulkarni]]", "phone": "[[PHONE_NUMBER|+91 99204 61837]]", "email": "[[EMAIL_ADDRESS|aditya.k@rediffmail.com]]", "site": "Pune depot"}',
    "lease ip=[[IP_ADDRESS|2001:db8:7a::15]] host=laptop-ops user=[[ID_NUMBER|jmcintyre]] name=[[PERSON|Jessica McIntyre]]",
    "For the Ontario contract, [[PERSON|Priyanka Sandhu]] gave SIN [[ID_NUMBER|526 048 178]] and phone [[PHONE_NUMBER|(416) 555-0119]].",
    "[[PERSON|Rangi]] keeps the yard padlock combination, [[PASSWORD|0-4-7-2]], written inside his wallet.",
    "Dear Mr [[PERSON|Fitzgerald-Oyelaran]], please find enclosed the final invoice for the loft insulation at [[STREET_ADDRESS|3 Primrose Hill Cottages, Hebden Bridge HX7 6AD]].",
    "Nombre: [[PERSON|Camila Rojas Fuentes]]; RUT: [[ID_NUMBER|14.732.918-0]]; correo: [[EMAIL_ADDRESS|camila.rojas@vtr.net]]",
    "[[PERSON|Brendan Kavanagh]] gave card [[CREDIT_CARD|4485 2936 0178 4470]] to hold the skip booking.",
    "09:14:02 POST /timesheets 201 user=[[ID_NUMBER|akhalil]] ([[PERSON|Amira Khalil]]) ip=[[IP_ADDRESS|203.0.113.206]]",
    "Owner | [[PERSON|Sigrid Nilsen]] | [[PHONE_NUMBER|+47 912 44 306]] | [[EMAIL_ADDRESS|sigrid.nilsen@online.no]] | fnr [[ID_NUMBER|03057622864]]",
    "The moving crew collected [[PERSON|Ethan Goldberg]]'s piano from [[STREET_ADDRESS|215 West 88th Street, Apt 4C, New York, NY 10024]].",
    "Dear [[PERSON|Ananya]], your payslip is attached. Open it with the password [[PASSWORD|Payslip#0812]].",
    "[[PERSON|Ștefan Munteanu]]'s CNP [[ID_NUMBER|1840612403184]] and phone [[PHONE_NUMBER|+40 744 518 203]] were added to the crew list.",
    '{"name": "[[PERSON|Olga Petrenko]]", "rnokpp": "[[ID_NUMBER|3184275908]]"}',
    "[[PERSON|Delroy Campbell]], SSN [[US_SSN|371-08-6624]], can be emailed at [[EMAIL_ADDRESS|delroy.campbell@comcast.net]] about the boiler warranty.",
    "door_event site=WH3 user=[[PERSON|Kasia Nowicka]] code=[[PASSWORD|913377]] ok",
    "Cleaner profile\nName: [[PERSON|Rosa María Gutiérrez]]\nNIE: [[ID_NUMBER|X8402735F]]\nPhone: [[PHONE_NUMBER|+34 655 219 084]]",
    "Dear Ms [[PERSON|Ferreira]], your customer number [[ID_NUMBER|CN-558201]] is now linked to the new address [[STREET_ADDRESS|22 Harbour Street, Whitstable CT5 1AH]].",
    "[[PERSON|Yusuf Demirci]] uses [[EMAIL_ADDRESS|y.demirci@gmx.de]] for all quotes and [[PHONE_NUMBER|030 23125614]] for call-backs.",
    '{"id": 88, "name": "[[PERSON|Finn Schröder]]", "steuer_id": "[[ID_NUMBER|80527164939]]"}',
    "Payroll lists [[PERSON|Maja Horvat]] under employee number [[ID_NUMBER|E-11873]].",
    'vpn connect user=[[ID_NUMBER|lkaur]] name="[[PERSON|Lakhvir Kaur]]" from=[[IP_ADDRESS|198.51.100.77]]',
    "Dear [[PERSON|Gwen]], thanks for your order. We will deliver the turf to [[STREET_ADDRESS|Ty Newydd, Heol y Bryn, Llandeilo SA19 6RT]] on Saturday morning.",
    "[[PERSON|Tariq Mahmood]] left his Medicare card, [[ID_NUMBER|4182 73654 1]], in the site office.",
    "Contractor: [[PERSON|Aroha Ngata]]; NHI [[ID_NUMBER|MWR7362]]; email [[EMAIL_ADDRESS|aroha.ngata@xtra.co.nz]]",
    "Warehouse temp [[PERSON|Li Na]] asked for her wages to go to [[IBAN_CODE|DE25 3705 0299 0148 2267 30]].",
    "ref,name,phone\n5531,[[PERSON|Siobhán Kearney]],[[PHONE_NUMBER|+353 87 412 9063]]",
    "Dear Mr [[PERSON|Ivanović]], your removal is booked. Please leave the building access code, [[PASSWORD|4C82]], with the concierge.",
    "The inspector noted that [[PERSON|Gustavo Pereira]] (CPF [[ID_NUMBER|630.917.245-06]]) had signed the electrical certificate.",
    '{"user": "[[ID_NUMBER|awarsame_ops]]", "display_name": "[[PERSON|Abdirahman Warsame]]", "last_ip": "[[IP_ADDRESS|192.0.2.233]]"}',
    "[[PERSON|Kalani]] keeps the van fuel card PIN, [[PASSWORD|2817]], on a sticky note.",
    "Homeowner: [[PERSON|Ingeborg Vestergaard]]\nAddress: [[STREET_ADDRESS|Nørrebrogade 112, 2. tv, 2200 København N]]\nPhone: [[PHONE_NUMBER|+45 28 41 93 07]]",
    "[[PERSON|Aleksander Tamm]] lists isikukood [[ID_NUMBER|38904120271]] on his work permit application.",
    "2024-07-08 13:20:45 payment ok card=[[CREDIT_CARD|5358 1720 4963 3815]] payer=[[PERSON|Nomvula Sithole]]",
    "Dear Mrs [[PERSON|Quispe]], your new cleaner starts on Tuesday. Please text [[PHONE_NUMBER|+51 987 204 116]] if you need to change the time.",
    "[[PERSON|Václav Dvořák]] (rodné číslo [[ID_NUMBER|880614/3929]]) joined the plastering team in March.",
    '{"patient": "[[PERSON|Keira Lockhart]]", "nhs_number": "[[ID_NUMBER|612 388 4077]]", "employer": "Clearview Glazing"}',
    "[[PERSON|Omar Farouk Haddad]] rents the storage unit and can be contacted at [[EMAIL_ADDRESS|ofhaddad@hotmail.com]].",
    "Worker: [[PERSON|Jūratė Kazlauskienė]] | IBAN: [[IBAN_CODE|LT97 7300 0440 1883 9210]] | Tel: [[PHONE_NUMBER|+370 612 48301]]",
    "[[PERSON|Alejandro Vidal]]'s NIE, [[ID_NUMBER|Y3918206D]], was copied onto the cleaning rota by mistake.",
    "login_success user=[[ID_NUMBER|pmensah]] display=[[PERSON|Patience Mensah]] device_ip=[[IP_ADDRESS|203.0.113.17]] mfa=false",
    "Dear [[PERSON|Haruka]], the electrician will switch off the supply at [[STREET_ADDRESS|3-14-2 Nishiazabu, Minato-ku, Tokyo 106-0031]] for two hours on Thursday.",
    "[[PERSON|Pauline Okafor-Smith]] paid the gardening invoice by card [[CREDIT_CARD|4716 3095 5218 2042]], billed to [[STREET_ADDRESS|9 Elm Tree Avenue, Sale M33 4FD]].",
    '{"name": "[[PERSON|Matti Virtanen]]", "hetu": "[[ID_NUMBER|140388-417L]]", "phone": "[[PHONE_NUMBER|+358 40 718 2264]]"}',
    "[[PERSON|Kwabena Asare]] signs into the fleet app as [[ID_NUMBER|kasare_driver]] with the password [[PASSWORD|Diesel&Dust71]].",
    "Dear Mr [[PERSON|Khumalo-Reyes]], your account [[ID_NUMBER|SR-66082]] has been credited with £45 for the missed cleaning visit.",
    "Name: [[PERSON|Hanna Schmidt]]\nSteuer-ID: [[ID_NUMBER|47381059622]]\nAnschrift: [[STREET_ADDRESS|Bergmannstraße 9, 10961 Berlin]]",
    "[[PERSON|Wim Claes]], national number [[ID_NUMBER|85.03.12-271.11]], is the new warehouse shift lead in Antwerp.",
    "2024-01-15 18:44 ALERT api key [[API_KEY|gtw_sk_Zp4Lq8Rm2Tv6Xw9Bc1Nd5Fh3]] used by [[PERSON|Dmitri Sokolov]] outside working hours",
    "[[PERSON|Valentina Greco]] can be reached on [[PHONE_NUMBER|+39 347 218 6095]] about the garden wall.",
    "Dear [[PERSON|Sione]], your site login is [[ID_NUMBER|sione.f]] and your temporary password is [[PASSWORD|Rebar-Tie-903]]. Please change it today.",
    "[[PERSON|Fatima Zahra Benali]] holds a Singapore work pass; her FIN is [[ID_NUMBER|G7730518T]] and her phone [[PHONE_NUMBER|+65 8214 5097]].",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks.
CLEAN_MTBENCH = [
    "Write a persuasive short essay arguing that apprenticeships deserve the same standing as university degrees.",
    "Imagine you are Sherlock Holmes examining a muddy pair of work boots. Describe what you deduce about their owner's trade.",
    "Write a Python function that takes a list of room dimensions in metres and returns the total floor area, rounded to two decimal places.",
    "Explain to a ten-year-old why copper is used for household wiring instead of iron.",
    "Compose a sequence of three haiku about the first frost on a building site.",
    "Isambard Kingdom Brunel and Thomas Telford both built famous bridges. Compare their engineering styles in about 200 words.",
    "Role-play as a medieval master mason interviewing an apprentice for work on a cathedral. Stay in character throughout.",
    "A ladder leans against a wall and its foot slides away at a constant speed. Does the top move faster or slower as it nears the ground? Reason step by step.",
    "Write a SQL query that returns each warehouse's three best-selling products by quantity for the last quarter, given orders(product_id, warehouse_id, qty, ordered_at) and products(id, name).",
    "Draft a product description for a lightweight cordless hedge trimmer aimed at older gardeners.",
    "What would Leonardo da Vinci have made of modern power tools? Answer in his imagined voice.",
    "Explain the difference between a ring final circuit and a radial circuit, with one advantage of each.",
    "Write a limerick about a plumber who is secretly afraid of water.",
    "Summarise the causes of the Great Fire of London in 1666 and how it changed the way the city was rebuilt.",
    "Debug this JavaScript: const total = items.reduce((a, b) => a + b.price); It returns a string starting with [object Object]. Why, and how do I fix it?",
    "Pretend you are Mary Poppins tidying a very messy garden shed, and give the children instructions in her style.",
    "Three painters finish a fence. The first says the second finished before her; the second says the third did not finish last; the third says she finished first. Only one is lying. What was the order?",
    "Write the opening paragraph of a mystery in which a removal crew finds a sealed letter behind an old fireplace.",
    "Describe how an air-source heat pump moves heat from cold outdoor air into a warm house, including the role of the refrigerant.",
    "Give me five interview questions for a warehouse team leader role and what a strong answer to each would include.",
    "In the voice of Hercule Poirot, explain why orderly filing of invoices matters to a small business.",
    "Write a bash one-liner that finds all .log files larger than 100 MB under /var and lists them by size.",
    "What did Ada Lovelace contribute to computing, and why is she often called the first programmer?",
    "Write a short comic dialogue between a gardener and a robot lawnmower negotiating who mows the steep slope.",
    "Explain Archimedes' principle and how it could show whether a crown is pure gold without melting it.",
]

CLEAN_GSM8K = [
    "Priya lays 45 bricks an hour. She works 7 hours on Monday and 5 hours on Tuesday. How many bricks does she lay in total?",
    "A cleaner charges $18 per hour. Marco books her for 3 hours a week for 6 weeks. How much does he pay altogether?",
    "Tom buys 4 boxes of screws at $7.50 each and 2 tubes of sealant at $4.25 each. He pays with a $50 note. How much change does he get?",
    "A warehouse holds 1,200 boxes. On Monday 35% are shipped, and on Tuesday half of what is left is shipped. How many boxes remain?",
    "Aisha is tiling a floor 5 m by 4 m with square tiles 0.5 m on each side. Each box holds 10 tiles. How many boxes does she need?",
    "Liam mows 3 lawns each Saturday and earns $25 per lawn. After 8 Saturdays he spends $150 on a new trimmer. How much money does he have left?",
    "A removal van can carry 18 boxes per trip. Sofia has 130 boxes to move. How many trips are needed?",
    "An electrician uses 2.5 m of cable for each socket. Kwame fits 14 sockets and started with 50 m of cable. How much cable is left?",
    "Elena's crew paints 3 rooms a day. A hotel floor has 17 rooms. If they start on a Monday and work every day, on which day do they finish?",
    "A plumber charges a $60 call-out fee plus $45 per hour. Hana's job takes 2.5 hours. What is the bill?",
    "Oscar plants 6 rows of tulips with 14 bulbs in each row. Squirrels dig up 9 bulbs. How many bulbs remain?",
    "A builder orders 8 tonnes of sand. Each wheelbarrow load is 80 kg. How many wheelbarrow loads is that?",
    "Mei works 38 hours at $16 per hour and gets 1.5 times that rate for 6 hours of overtime. What does she earn that week?",
    "A fence needs a post every 2.4 m along a 36 m boundary, including both ends. How many posts are needed?",
    "Jonas packs 24 orders per hour and Ruth packs 30 per hour. Working together, how long do they take to pack 486 orders?",
    "A gardener has 96 seedlings. She gives a quarter to a neighbour and plants the rest equally in 8 beds. How many go in each bed?",
    "Kofi drives 42 km to one job, 17 km on to a second job, then home the same way he came. How far does he drive in total?",
    "A tin of paint covers 12 square metres. Leah must paint 4 walls, each 3 m by 2.5 m, with two coats. How many tins must she buy?",
    "Ibrahim's van uses 9 litres of diesel per 100 km, and diesel costs $1.60 per litre. What does a 350 km week cost in fuel?",
    "A cleaning company has 5 teams. Each team cleans 4 offices a night, 5 nights a week. How many office cleans is that in 3 weeks?",
    "Nadia buys a drill for $120 and sells it two years later for 40% less. How much does she sell it for?",
    "A skip holds 6 cubic metres. Ben fills it with 48 bags of 0.1 cubic metres each. What fraction of the skip is full?",
    "Carlos and Dev share a $2,400 job payment in the ratio 5:3. How much does Dev get?",
    "Each pallet holds 40 cases and each case holds 12 tins. Yusuf unloads 7 pallets. How many tins is that?",
    "Grace earns $22 an hour and saves one third of what she earns in a 30-hour week. How much does she save?",
]

CLEAN_MMLU = [
    "Which unit measures electrical resistance? A) volt B) ampere C) ohm D) watt",
    "In modern UK domestic wiring, what colour is the protective earth conductor? A) brown B) blue C) green and yellow D) grey",
    "What gives mains natural gas its noticeable smell? A) methane B) added sulphur compounds C) carbon monoxide D) nitrogen",
    "What is the main raw material of Portland cement? A) gypsum B) limestone C) sandstone D) granite",
    "Who wrote The Wealth of Nations? A) David Ricardo B) Adam Smith C) John Maynard Keynes D) Karl Marx",
    "What is the derivative of x^3 with respect to x? A) 3x B) x^2 C) 3x^2 D) x^4/4",
    "Which organelle is the main site of aerobic respiration? A) ribosome B) mitochondrion C) Golgi apparatus D) nucleus",
    "A simply supported beam with a single central point load has its maximum bending moment where? A) at the supports B) at midspan C) a quarter of the way along D) it is the same everywhere",
    "Which of these soils drains fastest? A) clay B) silt C) sand D) peat",
    "A price floor set above the equilibrium price usually causes: A) a shortage B) a surplus C) no change D) a fall in supply",
    "Which treaty formally ended the First World War between the Allies and Germany? A) Treaty of Versailles B) Treaty of Utrecht C) Treaty of Paris (1763) D) Peace of Westphalia",
    "What power does a 230 V appliance drawing 10 A use? A) 23 W B) 230 W C) 2.3 kW D) 23 kW",
    "Which timber treatment forces preservative deep into the wood? A) brushing B) dipping C) vacuum-pressure impregnation D) spraying",
    "Which plant nutrient is most associated with leafy green growth? A) nitrogen B) phosphorus C) potassium D) calcium",
    "Under common law, an offer can generally be revoked: A) at any time before acceptance B) only after acceptance C) never D) only in writing",
    "The interior angles of a hexagon add up to: A) 540° B) 720° C) 900° D) 1080°",
    "Which of these is a sedimentary rock? A) basalt B) marble C) shale D) granite",
    "What does a residual current device mainly protect against? A) overload B) earth leakage that could cause a shock C) a short circuit between live and neutral only D) lightning surges",
    "Which philosopher wrote Leviathan? A) John Locke B) Thomas Hobbes C) Jean-Jacques Rousseau D) David Hume",
    "Legionella bacteria multiply most readily in water at about: A) 5–10 °C B) 20–45 °C C) 60–70 °C D) above 90 °C",
    "Which hand-operated device is designed to move pallets short distances? A) forklift truck B) pallet truck C) scissor lift D) telehandler",
    "If the chance of rain is 0.3 on each of two independent days, what is the chance of no rain on either day? A) 0.09 B) 0.42 C) 0.49 D) 0.6",
    "Which novel features the lawyer Atticus Finch? A) Of Mice and Men B) To Kill a Mockingbird C) The Grapes of Wrath D) Go Tell It on the Mountain",
    "What is the chemical formula of gypsum? A) CaCO3 B) CaSO4·2H2O C) NaCl D) SiO2",
    "In a sealed central heating system, which part stops the pressure rising dangerously high? A) circulating pump B) pressure relief valve C) room thermostat D) motorised zone valve",
]

CLEAN_HEALTH = [
    "My lower back is sore after a day of lifting boxes. When should I see a doctor rather than just rest?",
    "Is it normal for a small cut on my hand to still be red and warm three days later?",
    "What are the early signs of carbon monoxide poisoning, and what should I do if I suspect it at home?",
    "How often do adults need a tetanus booster if they work with soil and rusty tools?",
    "My knees ache after kneeling to lay floors all week. Would knee pads and ibuprofen be enough?",
    "Can breathing in plaster dust every day cause long-term lung problems?",
    "I've got a rash on my wrists after using a new cleaning product. Could it be contact dermatitis, and how is it treated?",
    "What's the safest way to get out a splinter that has gone deep under a fingernail?",
    "How much water should someone drink when doing heavy work outdoors in hot weather?",
    "Are there stretches that help prevent shoulder strain when painting ceilings?",
    "My fingers go white and numb after using a vibrating tool for a while. Is this something to worry about?",
    "What should go in a basic first aid kit for a small builder's van?",
    "Is it safe to take paracetamol and ibuprofen together for a sprained ankle?",
    "How can I tell whether a burn from a hot pipe needs hospital treatment?",
    "Can working night shifts raise blood pressure, and what helps?",
    "What are the symptoms of leptospirosis and how do people usually catch it?",
    "I keep getting headaches on site in the afternoons. Could it be dehydration or the noise?",
    "Should I get a hepatitis B vaccine if I clean public toilets for a living?",
    "How long does a mild concussion usually take to clear up, and when is it safe to drive?",
    "What's the difference between a muscle strain and a ligament sprain?",
    "Is it safe to go back to heavy lifting six weeks after a hernia repair?",
    "What can I do about hay fever when I mow lawns every day in summer?",
    "Are there health risks from handling fibreglass loft insulation without a mask?",
    "How can I tell whether a tick bite needs antibiotics?",
    "Why do my hands crack so badly in winter, and what kind of cream works best?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "48271593K": dni_ok,  # Spanish DNI
    "Y3918206D": dni_ok,  # Spanish NIE
    "X8402735F": dni_ok,  # Spanish NIE
    "86071403858": pesel_ok,  # Polish PESEL
    "92112304729": pesel_ok,
    "1 86 04 69 123 418 14": nir_ok,  # French NIR
    "38471026540": kimlik_ok,  # Turkish kimlik
    "52739018498": kimlik_ok,
    "418.273.956-64": cpf_ok,  # Brazilian CPF
    "630.917.245-06": cpf_ok,
    "485 731 9268": nhs_ok,  # NHS number
    "612 388 4077": nhs_ok,
    "6419273A": pps_ok,  # Irish PPS number
    "8302516AA": pps_ok,
    "4827 1936 0512": aadhaar_ok,  # Indian Aadhaar
    "7392 0518 4671": aadhaar_ok,
    "S8417362B": nric_ok,  # Singapore NRIC
    "G7730518T": nric_ok,  # Singapore FIN
    "482 619 539": tfn_ok,  # Australian TFN
    "4182 73654 1": medicare_ok,  # Australian Medicare card
    "718 392 541": luhn_len(9),  # Canadian SIN
    "526 048 178": luhn_len(9),
    "4182 9375 0160": my_number_ok,  # Japanese My Number
    "850927-1452732": rrn_ok,  # Korean resident registration number
    "8806175124082": luhn_len(13),  # South African id
    "22099141526": fodselsnummer_ok,  # Norwegian fødselsnummer
    "03057622864": fodselsnummer_ok,
    "870412-5387": luhn_len(10),  # Swedish personnummer
    "MNTLRA90C52L219I": codice_fiscale_ok,  # Italian codice fiscale
    "BRTLNZ83C22A944Z": codice_fiscale_ok,
    "238471608": nif_ok,  # Portuguese NIF
    "1840612403184": cnp_ok,  # Romanian CNP
    "320106198704235612": china_id_ok,  # Chinese resident identity number
    "3184275908": rnokpp_ok,  # Ukrainian RNOKPP
    "38904120271": isikukood_ok,  # Estonian isikukood
    "880614/3929": rodne_cislo_ok,  # Czech rodné číslo
    "140388-417L": hetu_ok,  # Finnish henkilötunnus
    "80527164939": steuer_id_ok,  # German tax id
    "47381059622": steuer_id_ok,
    "85.03.12-271.11": belgian_id_ok,  # Belgian national number
    "273915848": bsn_ok,  # Dutch BSN
    "14.732.918-0": rut_ok,  # Chilean RUT
    "ZLK4822": nhi_ok,  # New Zealand NHI
    "MWR7362": nhi_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01\d1 496 0\d{3}",  # Edinburgh, Glasgow and other drama ranges
        r"011\d 496 0\d{3}",  # Reading and other drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 ?\d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|34|39|40|45|46|47|48|51|55|64|65|90|91|234|351|353|358|370) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Each record names one person and carries one to four values besides the name; most
    chat requests name someone, many carry a secret, and every kind of value turns up."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(names) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(names)} names, {len(others)} values in {marked[:60]!r}"
            )
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 105 or secret < 18:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    missing = {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    } - kinds  # fmt: skip
    if missing:
        raise SystemExit(f"no {sorted(missing)} anywhere")


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
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind107", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
