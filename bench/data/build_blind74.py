# ruff: noqa: E501
"""A seventy-fourth blind privacy set: 220 texts with personal data and 100 clean ones,
weighted towards small businesses and households.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests to an AI assistant (3 to 100 words) from tradespeople, shopkeepers,
  club secretaries, landlords and tenants, carers, parents and teachers, and from people
  sorting out their own money, health, travel and IT accounts: drafting, replying,
  translating, summarising, fixing, planning, calculating and advising, often around a
  pasted text message, voicemail, letter or list. The first 30 are typed all in lower case,
  the next 6 are in Spanish, French, German, Portuguese, Italian and Polish. Hard cases:
  first names alone, surnames after titles, lower-case names, names that are also words
  (Hope, Bill, Precious), names in Chinese and Korean script, key-safe, gate, alarm,
  lockbox and locker codes, PINs, passphrases and wifi keys without the word "password",
  phones with and without separators, a military address, IBANs, a card read out over the
  phone, API keys and IPs;
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name: contact lines, form and
  CSV rows, JSON, log lines, letters, profiles, shipping labels, bank, HR, insurance,
  school, club and clinical lines, with names in Latin, Cyrillic, Greek, Arabic, Chinese,
  Japanese and Korean script and national ids of many countries.

Usernames and logins, account, customer, member, employee, pupil, patient, policy and
booking numbers, passports, driver licences, DBS certificates and national and tax ids are
ID_NUMBER; PINs, door, gate, lift, alarm, lockbox, padlock and locker codes, wifi keys,
passphrases and passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Herr,
Madame, CPT, SSG, my dad, grandad) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; public figures, brands, places,
order, invoice and ticket numbers and dates of birth are not labelled; every occurrence of a
private value is marked. The 100 clean texts hold no personal data at all: 25 MT-Bench and
Vicuna-style prompts (writing, reasoning, coding, role-play, STEM), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D (some naming
historical figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 to 0118
and 0121 to 0161 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France
06 39 98; Germany 030 23125, 089 99998) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS and Scottish CHI numbers, Dutch BSN, Polish
PESEL, Brazilian CPF, Indian Aadhaar, Singapore NRIC and FIN, Spanish DNI and NIE, Italian
codice fiscale, Turkish kimlik, Australian TFN and Medicare, Canadian SIN, Swedish
personnummer, South African id, Finnish henkilötunnus, Irish PPS, French NIR, German tax
id, Chilean RUT, Estonian isikukood, Czech rodné číslo, Japanese My Number, Korean resident
registration number, Chinese resident id, New Zealand NHI, Portuguese NIF, Romanian CNP,
Icelandic kennitala, Ukrainian RNOKPP, Belgian national number, Israeli teudat zehut).

Run ``.venv/bin/python bench/data/build_blind74.py`` from the repository root; the output is
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
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Nurse|Auntie|Uncle|Herr|Frau|Madame|Mme|Sig\.ra|Sr|Sra|Pani|Pan|CPT|SSG|Sgt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to an assistant: the first 30 typed all in lower case, the next 6 in
# other languages, the rest English with capitals. Small businesses and households weigh in.
CHAT = [
    # --- all lower case (30) ---
    "can you write a short text to my tenant [[PERSON|dylan]] saying the gas safety check is thursday between 10 and 12 and the engineer will let himself in with the key safe, code [[PASSWORD|4471]]. his number is [[PHONE_NUMBER|07700 900318]] if you need to put it in",
    "my mum's new carer [[PERSON|bronwen]] starts monday. write her a welcome note: tablets are in the blue box on top of the fridge, the key safe by the back door is [[PASSWORD|1958]], and if anything's wrong ring me on [[PHONE_NUMBER|07700900562]] not the agency",
    "fix the spelling pls - 'hi mrs [[PERSON|adeyemi]], [[PERSON|tunde]] wont be in school today he has a temprature, we are keeping him home til friday. thanks, [[PERSON|folake]]'",
    "whats the excel formula to add 20% vat to everything in column c. the sheet is shared with [[EMAIL_ADDRESS|gary.pettigrew@hotmail.co.uk]], can he edit it or only view",
    "how do i change the router admin login, its still [[ID_NUMBER|admin_fernleaf]] with password [[PASSWORD|kettle-biscuit-29]] from when the isp set it up",
    "translate into polish for our cleaner [[PERSON|agnieszka]]: the alarm code changes to [[PASSWORD|7203]] from monday, please don't write it on the kitchen calendar this time",
    "how much notice do i have to give a tenant in scotland? its [[PERSON|kirsty mcallister]] at [[STREET_ADDRESS|flat 2f1, 14 comely bank row, edinburgh eh4 1dz]], shes been there 3 years on a private residential tenancy and i want to sell",
    "plumber here. customer [[PERSON|ravi]] wants a written quote for a new combi, make it look proper. £1,850 fitted, 10 yr warranty, 2 days work. send to [[EMAIL_ADDRESS|ravi.chandrasekar@gmail.com]]",
    "urgent someone logged into my etsy shop from [[IP_ADDRESS|203.0.113.77]] and it wasnt me. username is [[ID_NUMBER|wickandwillowcandles]]. what do i do first",
    "write a reminder for the under 9s parents group: subs are £4 a week, pay [[PERSON|shaz]] at training or transfer to [[IBAN_CODE|gb21midl40051572948163]] with your kid's name as the reference",
    "my dad [[PERSON|jerzy]] keeps forgetting his card pin. is it ok to write it on a sticky note inside his wallet? its [[PASSWORD|0815]]. he was diagnosed with early dementia in march",
    "summarise this letter for my tenant in 2 lines: 'rent for [[STREET_ADDRESS|7b harcourt terrace, salford m6 8pl]] will rise from £725 to £780 from 1 june. queries to [[PERSON|dev malhotra]] on [[PHONE_NUMBER|0161 496 0734]]'",
    "whats a polite way to tell [[PERSON|bill]] from the allotment society he cant keep chickens on plot 31",
    "3 day lisbon itinerary for me and my sister [[PERSON|maeve]], not too much walking. flights are booked under ref [[ID_NUMBER|qx7hmr]] if that helps with times",
    "turn this into a table: name [[PERSON|ngozi eze]], member no [[ID_NUMBER|ftc-00482]], paid yes, email [[EMAIL_ADDRESS|ngozieze77@yahoo.com]]",
    "the salon wifi is [[PASSWORD|blowdry2024!]] - make me a little sign for the front desk that just says ask staff for the wifi, don't put the actual code on it lol",
    "is [[US_SSN|412-73-8856]] the right way to write my social on the w-4 or do i leave the dashes out. name is [[PERSON|marisol ybarra]]",
    "my son [[PERSON|kai]] forgot his school login, its [[ID_NUMBER|kai.w23]]. write an email to his teacher mr [[PERSON|farrant]] at [[EMAIL_ADDRESS|j.farrant@stbrendansprimary.org.uk]] asking for a reset",
    "roofer's quote came back, check the maths? 42 sq m at £68 per m plus scaffold £450 plus vat. he's [[PERSON|declan]], [[PHONE_NUMBER|07700 900951]], says he can start the 14th",
    "text to [[PERSON|yusuf]] the sparky: side gate code is [[PASSWORD|*2290#]], dog is friendly, fuse board under the stairs",
    "our chess club treasurer quit and left me the paypal login, [[EMAIL_ADDRESS|knightsofleyton@outlook.com]] / [[PASSWORD|rookh8mate]]. how do i move it into my name properly",
    "make this sound less angry: '[[PERSON|carla]] your van is blocking my drive again, third time this week, i have to get to work'",
    "explain my payslip please. employee no [[ID_NUMBER|e004417]], tax code 1257l, ni number [[ID_NUMBER|jt 48 21 93 c]], why is the pension bit so high",
    "away game sunday, lift share leaves from mine, [[STREET_ADDRESS|22 heol y parc, pontypridd cf37 2ly]], at 8. write the message for the parents and say to ring [[PHONE_NUMBER|029 2018 0463]] if running late",
    "gym locker 14 combination is [[PASSWORD|31-07-22]], remind me in the note app format. also whats a good 20 min leg workout",
    "reply to this customer for me: 'hi i ordered the oak shelf (order 55120) and it came cracked. i'm at [[STREET_ADDRESS|9 rue des tanneurs, 67000 strasbourg]], can you send another one? [[PERSON|élodie]]'",
    "does this email to my landlord sound ok: 'hi [[PERSON|graham]], the boiler has been off since sunday and i have a 4 month old. please call me on [[PHONE_NUMBER|07700 900274]] today. [[PERSON|precious]]'",
    "mum's nhs number is [[ID_NUMBER|485 291 7361]], the surgery wants it on the repeat prescription form, which box does it go in",
    "stripe keeps declining the bakery's card reader test charges. the key in our plugin is [[API_KEY|sk_live_51hq8t2lk9vbx7ruy3mpw0zd4xq6]], is that the wrong kind of key",
    "ok so [[PERSON|hemi]] from kapa haka moved house, new address [[STREET_ADDRESS|41 kowhai street, hamilton 3204]]. add him back into the contact list i pasted earlier",
    # --- other languages (6) ---
    "¿Me ayudas a redactar un mensaje para mi inquilino [[PERSON|Gonzalo Ibáñez]]? El martes revisan el contador del agua y el técnico necesita el código del portal, [[PASSWORD|3840B]]. Su móvil es [[PHONE_NUMBER|+34 612 48 93 07]].",
    "Peux-tu corriger ce mot pour la maîtresse ? « Madame [[PERSON|Lefebvre]], [[PERSON|Noé]] a oublié son cahier de liaison, il vous l'apportera demain. Cordialement, [[PERSON|Anaïs Martin-Roux]] » Et ajoute mon numéro : [[PHONE_NUMBER|06 39 98 41 27]].",
    "Bitte formuliere eine freundliche Zahlungserinnerung an meinen Mieter [[PERSON|Jürgen Kowalczyk]], [[STREET_ADDRESS|Lindenstraße 8, 10969 Berlin]]: die Miete für März fehlt noch. Bankverbindung: [[IBAN_CODE|DE46 5001 0517 0648 2973 15]].",
    "Preciso de um recibo simples para a diarista [[PERSON|Conceição]]: CPF [[ID_NUMBER|418.273.950-79]], R$ 180 por faxina, quatro faxinas em maio, pagamento por Pix para [[EMAIL_ADDRESS|conceicao.faxina@gmail.com]].",
    "Scrivi un avviso per i soci del circolo di bocce: la nuova password del wifi è [[PASSWORD|BocceVerdi!88]] e per qualsiasi problema chiamate [[PERSON|Franco]] al [[PHONE_NUMBER|+39 347 218 4590]].",
    "Napisz krótkiego SMS-a do opiekunki mamy, pani [[PERSON|Bożeny]]: od jutra kod do skrytki na klucz to [[PASSWORD|6614]], a lekarz przyjdzie w czwartek o 11.",
    # --- English with capitals (84) ---
    "Call [[PERSON|Siobhán]] back on [[PHONE_NUMBER|087 314 2269]] about the hen do deposit.",
    "Invoice [[EMAIL_ADDRESS|m.oyelaran@btinternet.com]] today",
    "I run a small florist. A regular, [[PERSON|Rosalind Achterberg]], wants flowers delivered every Friday to her mother's care home. Can you write a one-page standing order agreement: £35 a week, 7 days' notice to cancel. She read me her card over the phone, [[CREDIT_CARD|4557 0293 1864 7300]] — am I even allowed to keep that written down?",
    "Tenant reference request. Draft a reply confirming that [[PERSON|Tomasz Wiśniewski]] rented [[STREET_ADDRESS|Flat 3, 118 Abbeydale Road, Sheffield S7 1FF]] from me between 2021 and 2024, always paid on time and left the place clean. Short and factual.",
    'This came from the care agency. What does it actually change for us?\n\n"Client: [[PERSON|Edna Featherstonehaugh]]. Package reviewed 14/03. Double-up calls reduced to single from 1 April. Key safe [[PASSWORD|2961]] unchanged. Escalation contact: daughter [[PERSON|Lorraine]], [[PHONE_NUMBER|07700 900683]]."',
    "I'm a Year 4 teacher. Write a warm note to [[PERSON|Amara]]'s parents about her reading — she's gone from band 6 to band 9 this term and reads to the class on Fridays now. Sign it from Mr [[PERSON|Haddad]].",
    "Locked out of the shop's Shopify admin. The login is [[EMAIL_ADDRESS|rosie@thepicklejarlondon.co.uk]] and I've tried [[PASSWORD|Gherkin#Jar2023]] and [[PASSWORD|Gherkin#Jar2024]]. What's the recovery route when the 2FA phone was my old number, [[PHONE_NUMBER|07700 900145]]?",
    "Electrician here. Need a short cover letter to go with an EICR for Mrs [[PERSON|Oduya]] at [[STREET_ADDRESS|27 Larkspur Close, Swindon SN3 4HW]]: satisfactory, two C3 observations, next inspection due 2029.",
    "Our running club's membership sec sent me this mess. Tidy it into a table with columns name / number / paid?\n[[PERSON|Fenella Brook]] - [[ID_NUMBER|RC2291]] - yes\n[[PERSON|Óscar Villalobos]] - [[ID_NUMBER|RC2304]] - no\n[[PERSON|Jin-woo Baek]] - [[ID_NUMBER|RC2318]] - yes",
    "What's my take-home on £31,400 a year? And the payroll portal keeps rejecting my NI number, [[ID_NUMBER|PW 73 18 44 B]] — is that the right format?",
    "The bank keeps bouncing the transfer for my mum's care home fees. I'm her attorney. Her account is [[IBAN_CODE|IE95 BOFI 9000 1758 2946 13]]. Who do I ring and what paperwork should I have in front of me?",
    "Can you check Japan's entry rules for my husband? He travels on a Nigerian passport, number [[ID_NUMBER|A09183627]], name [[PERSON|Chukwuemeka Obi]]. We fly out in October for two weeks.",
    "Write a message to the GP surgery for my dad, [[PERSON|Harbhajan Singh Gill]], NHS number [[ID_NUMBER|602 847 1933]]. His blood pressure has been around 165/95 all week and he feels dizzy when he stands up in the morning.",
    "[[PERSON|Wiremu]]'s wifi: [[PASSWORD|TuiBird_4421]]",
    "Rewrite this so it sounds professional, it's going on the bakery's Facebook page: 'Massive congrats to our Saturday girl [[PERSON|Hope]] who passed her driving test first time!!! Free doughnut if you see her'",
    "My tenants [[PERSON|Priya]] and [[PERSON|Sandeep Raval]] have moved out of [[STREET_ADDRESS|56 Beeches Road, Leicester LE5 3QA]] and the kitchen worktop is burnt through. How do I claim £340 from the DPS deposit, and what photos or receipts will they want?",
    "Summarise these medical notes for the scout camp leaders, allergy at the top in bold:\n[[PERSON|Ibrahim Diallo]], 11. Severe peanut allergy, carries 2 EpiPens, mild asthma. Parent: [[PERSON|Mariam Diallo]], [[PHONE_NUMBER|0117 496 0882]].",
    "Wi-Fi at our dental practice drops every afternoon. Router sits at [[IP_ADDRESS|192.0.2.14]], admin user [[ID_NUMBER|drsmiles_admin]]. How do I tell if it's the router or the line?",
    "Customer left a voicemail, write it up as a job card: 'hiya it's [[PERSON|Lachlan]], the red Trek hybrid, can you do gears and brakes by Thursday, I'm on [[PHONE_NUMBER|0491 570 156]], cheers'",
    "Draft an email to the quiz league secretary saying our team captain is now [[PERSON|Dougal Fairweather]] ([[EMAIL_ADDRESS|dougalfw@icloud.com]]), not me, from the spring season.",
    "I tutor GCSE maths on the side. Invoice for [[PERSON|Leilani Kahale]]'s mum please: 6 sessions at £32, payment by PayPal to [[EMAIL_ADDRESS|tutor.amrita.s@gmail.com]] within 14 days.",
    "Nanny tax question. Our nanny [[PERSON|Guadalupe Reyes]] gave us her SSN, [[US_SSN|538-21-4907]], for the W-2. We paid her $24,000 last year. Do we have to file Schedule H?",
    "How long does a care package take to reach an APO? My brother's address is SSG [[PERSON|Marcus Okafor-Reyes]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]]. I want it there before Thanksgiving.",
    "Proofread before I send: 'Dear Ms [[PERSON|Wainwright]], please find attached the risk assessment for the Year 6 residential. Any questions, email me at [[EMAIL_ADDRESS|t.ncube@oakfieldjunior.sch.uk]]. Kind regards, [[PERSON|Thandiwe Ncube]]'",
    "I clean holiday lets. The owner sent: 'Lockbox at [[STREET_ADDRESS|Seaview Cottage, 3 Harbour Steps, St Ives TR26 1LP]] is [[PASSWORD|0407]], guests in at 4'. Make me a changeover checklist for a two-bed.",
    "Which is better for my nan's online banking — a passphrase like [[PASSWORD|marmalade walrus tango fern]] or eight characters with symbols? She'll write it down either way.",
    "Write a 70th birthday card message for my mother-in-law [[PERSON|王秀兰]] in simple English with a Chinese line underneath.",
    "The landlord, [[PERSON|Kostas Papadimitriou]], wants my bank details to return the deposit. Is it safe to just email him [[IBAN_CODE|GB08 BARC 2057 1843 0962 71]] or should I ask for a form?",
    "Hi, I own a corner shop. A lad called [[PERSON|Reece]] applied for the weekend job. Can you write interview questions for a 16 year old? His mum's number is on the form, [[PHONE_NUMBER|07700 900527]], do I need her there?",
    "Plan a 5-day Iceland road trip in March for me and [[PERSON|Sigrún]]. Car hire booking [[ID_NUMBER|KEF-448291]]. We're okay driving in snow, not okay with gravel F-roads.",
    "Translate into Urdu for my neighbour [[PERSON|Nasreen]]: the council bin collection moves to Tuesdays, and the new login for the recycling app is [[ID_NUMBER|nasreen.b61]] with PIN [[PASSWORD|2207]].",
    "Landlord question. HMO licence application asks for the managing agent's details and mine. Mine: [[PERSON|Alasdair Munro]], [[STREET_ADDRESS|12 Ravelston Dykes Road, Edinburgh EH4 3NY]], [[PHONE_NUMBER|0131 496 0219]]. What else will they ask for?",
    "Help me word a fundraising post for the PTA summer fair. Donations by bank transfer to the PTA treasurer, [[PERSON|Bogdan]], account [[IBAN_CODE|NL82 RABO 0318 4729 56]] — we're a Dutch international school so it's in euros.",
    "My AWS bill jumped to $900. I think this key leaked in a public repo: [[API_KEY|AKIAQ7RZ4XN2LPE6WD3M]]. What do I rotate first, and how do I check what it was used for?",
    "Is this a scam? Text says: 'Royal Mail: your parcel for [[PERSON|R. Aldous]] at [[STREET_ADDRESS|4 Mill Lane, Thetford IP24 3BT]] could not be delivered, pay £1.45 here'. The address is mine.",
    "What should go in a carer's emergency plan? My husband [[PERSON|Desmond]] has Parkinson's and I'm his only carer. Our GP is Dr [[PERSON|Afolabi]]. Back-up would be our son [[PERSON|Kwame]], [[PHONE_NUMBER|07700 900736]].",
    "Swap the columns round so it's surname first: [[PERSON|Imogen Thackeray]], [[PERSON|Bartholomew Quansah]], [[PERSON|Lucía Ferrer]]",
    "Convert to UK date format and fix capitals: 'meeting with [[PERSON|Ffion Pryce]] 03/14, her cell [[PHONE_NUMBER|(312) 555-0148]]'",
    "Write a WhatsApp to my dog-walking clients saying prices go up to £15 per walk in May. Sign off as [[PERSON|Jodie]], [[PHONE_NUMBER|07700900402]].",
    "Mechanic here. Customer's Astra failed its MOT on the front discs and pads. Write him a text with the quote, £210 all in, can do it Friday. He's Mr [[PERSON|Pereira]], [[PHONE_NUMBER|07700 900 360]].",
    "Help me calculate whether I can afford to go part-time. I take home £2,140 a month, rent is £850. Savings account [[ID_NUMBER|20471833]] has £6,200 in it. My partner [[PERSON|Ayesha]] earns about £1,900.",
    "Can you decode this error from our booking system? 'Auth failed for user [[ID_NUMBER|pilates_sam]] from [[IP_ADDRESS|198.51.100.23]]'. I'm the only one who uses that login.",
    "Please write a condolence card for our window cleaner's family. He was called [[PERSON|Norman]] and cleaned our street for 30 years.",
    "I've got 14 boxes of craft supplies for the school. Email the deputy head, [[EMAIL_ADDRESS|a.bergstrom@heathfieldprimary.sch.uk]], to ask where I can drop them.",
    "Our Airbnb guest left a review saying the door code didn't work. The code was [[PASSWORD|5813]] and it's worked for everyone else. Help me write a calm public reply to [[PERSON|Bartosz]].",
    "Summarise the key points of this complaint in 3 bullets: 'My name is [[PERSON|Winifred Oyelowo]]. I have been a member ([[ID_NUMBER|GY-771930]]) for six years and was charged twice in February. Nobody replied to my emails at [[EMAIL_ADDRESS|winnie.oyelowo@aol.com]].'",
    "Driving licence renewal — the DVLA site says my licence number [[ID_NUMBER|MORGA753116SM9IJ]] doesn't match. Could it be because I changed my surname when I married?",
    "My daughter [[PERSON|Zoë]] starts reception in September. Write a short 'all about me' paragraph for her teacher: loves dinosaurs, scared of hand dryers, allergic to kiwi.",
    "Review this cron job before I put it on the shop's server — it emails stock reports to [[EMAIL_ADDRESS|dan.k@fennelandrye.com]] using [[API_KEY|SG.x9TqL2mWv8RbNc4KpZ1sYd.Fh7GjU3oAe6VnQ0lRtXw5BcMz2PsKyD9iHuE4LfJq]].",
    "Insurance claim help: our shed was broken into, tools taken. Policy [[ID_NUMBER|HHM-2093517]], in my husband's name, [[PERSON|Gareth Llewellyn]]. List what evidence the insurer will want.",
    "Can you write a thank-you speech for our choir director [[PERSON|Mirela]] who's retiring after 22 years? Funny but not cheesy, two minutes max.",
    "[[PERSON|Oluwaseun]] from accounts asked for my new bank details for expenses. Here: [[IBAN_CODE|GB67 LOYD 3096 2481 5739 20]]. Write the email for me.",
    "I'm a childminder. Ofsted wants a record of who can collect each child. Make a form and fill in the first one: [[PERSON|Tilly Haworth]], collected by grandad [[PERSON|Stanley Haworth]], password for collection [[PASSWORD|bluebell]].",
    "Schedule for our bowls club's summer rota, 8 players, 4 weeks. One of them, [[PERSON|Rhoda]], can't do Wednesdays. The club's booking login is [[ID_NUMBER|greenacrebowls]] / [[PASSWORD|jack&mat1956]] if you need to know how the slots work.",
    "My Canadian SIN is [[ID_NUMBER|046 382 917]]. The new employer's form has a box for 'SIN expiry'. Does mine expire?",
    "Draft a notice for the communal hall of our block: water off Tuesday 9 till 1, the plumber is [[PERSON|Marek Piotrowski]]. Questions to me, flat 6, [[PHONE_NUMBER|020 7946 0591]].",
    "Explain this line on my tax return: 'Steuer-ID [[ID_NUMBER|47182930563]]'. I moved to Germany last year and my name is [[PERSON|Caoimhe Brannigan]].",
    "Write a flyer for my ironing service. Collection and drop-off within 3 miles, £1 an item. Contact [[PERSON|Blessing]] on [[PHONE_NUMBER|+447700900819]].",
    "My account on the school's parent portal got hacked and someone changed the email to [[EMAIL_ADDRESS|xx.dark.moon.xx@proton.me]]. My login is [[ID_NUMBER|parent_hollis_r]]. What do I tell the school office?",
    "Swedish pension forms want my personnummer: [[ID_NUMBER|870512-4637]]. Should the dash be there? I'm filling it in for my stepdad [[PERSON|Lennart Åkesson]].",
    "Karate club grading next month. Please list the kids for the certificate printer, alphabetical: [[PERSON|Tariq]], [[PERSON|Aoife]], [[PERSON|Mateus]], [[PERSON|Yuki]].",
    "Write a polite chaser to a customer who hasn't paid for a kitchen fitting: invoice 2231, £4,650, 45 days overdue. She's Mrs [[PERSON|Delacroix-Hale]], [[EMAIL_ADDRESS|h.delacroixhale@gmail.com]].",
    "Please reword so it's kinder: 'Mr [[PERSON|Vasquez]], your son's behaviour in PE has been unacceptable and we will be contacting you again'",
    "Work out the split: me, [[PERSON|Hamish]], [[PERSON|Anouk]] and [[PERSON|Tiago]] shared a villa for £2,380, but [[PERSON|Tiago]] only stayed 4 of the 7 nights.",
    "I'm 73 and my grandson set up this email for me, [[EMAIL_ADDRESS|marjorie.tuttle47@btinternet.com]], and the password is [[PASSWORD|Primrose1951]]. Is that too easy to guess?",
    "Fill in this address label properly: [[PERSON|Adaeze Nwankwo]] [[STREET_ADDRESS|Plot 14 Admiralty Way, Lekki Phase 1, Lagos 106104]] [[PHONE_NUMBER|+234 803 417 2290]]",
    "Help me write a risk assessment for our toddler group's trip to the farm. Lead adult: [[PERSON|Sinéad O'Callaghan]], mobile [[PHONE_NUMBER|+353 86 512 7730]].",
    "Can you make a budget sheet for the allotment society? Treasurer is [[PERSON|Horace Mbeki-Lund]], the account is with Nationwide, and members pay £45 a year.",
    "Write a LinkedIn recommendation for my apprentice [[PERSON|Kayden]]. He's been with my joinery firm 3 years, great at sash windows, always on time.",
    "Password reset emails for [[EMAIL_ADDRESS|finley.dunmore@outlook.com]] go to junk. Is that Outlook or the site?",
    "How many hours of respite is my mum entitled to? She cares for my brother [[PERSON|Callum]] full time. We're in Fife, his CHI number is [[ID_NUMBER|1207894435]].",
    "Draft a text from me, [[PERSON|Nkechi]], to the removal firm: the new flat is [[STREET_ADDRESS|Apartment 9, 31 Great Ancoats Street, Manchester M4 5AD]], lift code [[PASSWORD|C2746]], park on the loading bay.",
    "Our cricket club's website is showing a database error. Hosting panel user [[ID_NUMBER|ccc_webmaster]], password [[PASSWORD|Wickets&Tea77]], server [[IP_ADDRESS|203.0.113.140]]. What do I check first?",
    "Help me write my own reference letter for a cleaning job. I cleaned for Mrs [[PERSON|Abernethy]] every week for five years and she says she'll sign whatever I write, but I want it honest.",
    "Book club pick list: choose 6 novels under 350 pages for a group of retirees. Send the list to [[PERSON|Penelope]], she collates it.",
    "The door entry for our office is [[PASSWORD|1066X]] and the alarm is [[PASSWORD|8402]]. Write a one-page guide for the new receptionist, [[PERSON|Chiamaka]], without putting the codes in it.",
    "Tell me how to fill in the Aadhaar field on my mother's pension form — her number is [[ID_NUMBER|5830 7162 9045]] and the box only has 10 spaces.",
    "Quick sanity check on a quote for a loft conversion: £52k for a dormer in a 1930s semi in Bristol. Builder's name is [[PERSON|Connor Fitzgibbon]]. Too much?",
    "Rewrite for our Instagram: 'Welcome [[PERSON|Maximilian]] to the Tuesday barista team!'",
    "Need a rota for my mum's carers: [[PERSON|Oksana]] mornings Mon–Fri, [[PERSON|Delroy]] evenings, me weekends. Put the key safe code [[PASSWORD|4192]] at the bottom for the agency copy only.",
    "What's a fair price for a two-hour magic show at a kids' party in Leeds? My business partner [[PERSON|Fitzroy]] thinks £150 is too low.",
    "I want to switch my card for the club membership. The old one ended up in the wash. New card [[CREDIT_CARD|5167 3294 0185 2737]], same billing address. Write the email to [[EMAIL_ADDRESS|l.ashdown@thornburyswim.org.uk]].",
    "Turn my notes into a proper incident report for the nursery: 10:40 [[PERSON|Arlo]] bumped his head on the climbing frame, ice pack applied, mum [[PERSON|Jessamy Cole]] informed by phone on [[PHONE_NUMBER|07700 900247]] at 10:55.",
    "My Korean colleague [[PERSON|김서연]] asked me to proofread her English cover letter. The contact line reads: '[[PERSON|Seoyeon Kim]], [[PHONE_NUMBER|010-4827-3916]], [[EMAIL_ADDRESS|seoyeon.kim.92@naver.com]]'. Does it go at the top or the bottom?",
]

# 100 records in the style of synthetic PII benchmark datasets: one invented person each,
# with one to four values besides the name.
RECORDS = [
    "Name: [[PERSON|Aurelio Bianchi]] | Tel: [[PHONE_NUMBER|+39 333 815 2047]] | Email: [[EMAIL_ADDRESS|a.bianchi@libero.it]]",
    "Customer [[PERSON|Henrietta Vos]] changed her delivery address to [[STREET_ADDRESS|Keizersgracht 412-3, 1016 GC Amsterdam]] on 12 March.",
    "Patient: [[PERSON|Temitope Adewale]] | MRN: [[ID_NUMBER|MRN-0048213]] | DOB: 04/11/1986 | Allergies: penicillin",
    "[[PERSON|Lars Henriksen]] paid invoice 7741 from [[IBAN_CODE|DK38 3000 4917 2836 45]].",
    "Employee record: [[PERSON|Farah Qureshi]], staff ID [[ID_NUMBER|EMP-30914]], started 02/09/2019, department Operations, laptop login [[ID_NUMBER|fqureshi]].",
    "Applicant [[PERSON|Dwayne Holloway]], SSN [[US_SSN|219-64-0385]], asked for a copy of his 2022 W-2 to be mailed to [[STREET_ADDRESS|1847 Magnolia Ave, Tulsa, OK 74104]].",
    '2024-05-02T07:41:19Z login_success user=[[ID_NUMBER|ssaarinen]] src=[[IP_ADDRESS|198.51.100.201]] display_name="[[PERSON|Sanna Saarinen]]"',
    "Dear Mr [[PERSON|Adebayo]],\n\nYour life policy [[ID_NUMBER|LIF-88210473]] renews on 1 July. Your monthly premium will stay at £28.40 and your cover remains £150,000. If your circumstances have changed, for example you have taken up smoking or changed job, please tell us before the renewal date.\n\nYours sincerely,\nPolicy Services",
    "姓名: [[PERSON|陈思远]] | 电话: [[PHONE_NUMBER|+86 138 0427 6619]] | 身份证号: [[ID_NUMBER|110108198705142833]]",
    "Відправник: [[PERSON|Ольга Петренко]], тел. [[PHONE_NUMBER|+380 67 482 1936]], РНОКПП [[ID_NUMBER|3184720592]]",
    "Κράτηση στο όνομα [[PERSON|Γιώργος Παππάς]], αριθμός κράτησης [[ID_NUMBER|ATH7Q2K]], email [[EMAIL_ADDRESS|g.pappas@otenet.gr]]",
    "العميل: [[PERSON|محمد العتيبي]] — الجوال: [[PHONE_NUMBER|+966 50 418 2736]] — IBAN: [[IBAN_CODE|SA25 8000 0000 6080 1017 2846]]",
    "Ship to: CPT [[PERSON|Renata Solís]], [[STREET_ADDRESS|PSC 1271 Box 388, APO AE 09033]]",
    "Card on file for [[PERSON|Jasper Whitcombe]]: [[CREDIT_CARD|4532 0177 8294 6316]], exp 09/27.",
    "id,name,email,phone\n1043,[[PERSON|Mei Ling Tan]],[[EMAIL_ADDRESS|meiling.tan@singnet.com.sg]],[[PHONE_NUMBER|+65 9174 2836]]",
    '{"full_name": "[[PERSON|Ruairí Mac Giolla]]", "pps": "[[ID_NUMBER|6083914T]]", "mobile": "[[PHONE_NUMBER|+353 85 207 4416]]"}',
    "[[PERSON|Nomvula Dlamini]] (ID [[ID_NUMBER|9104175183087]]) joined the Durban branch as a cashier on 3 June; wages go to account [[ID_NUMBER|62817340915]].",
    "Policyholder: [[PERSON|Gerhard Baumgartner]]\nPolicy no.: [[ID_NUMBER|KFZ-4471-0938]]\nAddress: [[STREET_ADDRESS|Mariahilfer Straße 77/12, 1060 Wien]]\nIBAN: [[IBAN_CODE|AT49 1400 0039 0281 7465]]",
    "Pt [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKB4735]], seen 14:20 for review of cellulitis L leg, improving on oral flucloxacillin.",
    "Dear [[PERSON|Bartholomew]], welcome to Ashford Tennis Club. Your membership number is [[ID_NUMBER|ATC-20817]] and your court booking PIN is [[PASSWORD|6630]].",
    "[[PERSON|Ifeoma Chukwu]] · baker and owner, Crumbs of Enugu · [[EMAIL_ADDRESS|ifeoma@crumbsofenugu.ng]] · [[PHONE_NUMBER|+234 706 318 4429]]",
    "Rückrufbitte: Herr [[PERSON|Mittermeier]], Tel. [[PHONE_NUMBER|089 99998 214]], wegen Heizungswartung.",
    "contact: [[PERSON|jamal hussain]], [[EMAIL_ADDRESS|jamal.h.1990@hotmail.com]]",
    "Henkilö: [[PERSON|Aino Lähteenmäki]], henkilötunnus [[ID_NUMBER|140389-527D]], puh. [[PHONE_NUMBER|+358 40 718 2934]]",
    "Titular: [[PERSON|Marta Ruiz de Alarcón]] · DNI [[ID_NUMBER|48271936L]] · [[STREET_ADDRESS|Calle de Embajadores 41, 3º B, 28012 Madrid]]",
    "Arrendatario: [[PERSON|Vikram Nair]], NIE [[ID_NUMBER|Y3817264Z]], teléfono [[PHONE_NUMBER|+34 655 20 17 48]].",
    "Sig.ra [[PERSON|Giulia Ferraro]] — C.F. [[ID_NUMBER|FRRGLI85M52F205B]] — [[STREET_ADDRESS|Via Solferino 22, 20121 Milano]]",
    "Pacjent: [[PERSON|Łukasz Zieliński]], PESEL [[ID_NUMBER|88071423858]], tel. [[PHONE_NUMBER|+48 512 304 867]]",
    "Naam: [[PERSON|Sanne de Wit]] | BSN: [[ID_NUMBER|318472594]] | Adres: [[STREET_ADDRESS|Oudegracht 119, 3511 AE Utrecht]]",
    "Tenant: [[PERSON|Goh Wei Jie]], NRIC [[ID_NUMBER|S8417263D]], unit [[STREET_ADDRESS|Blk 318 Clementi Ave 5, #07-214, Singapore 120318]]",
    "Ad Soyad: [[PERSON|Çağla Yıldırım]] / T.C. Kimlik No: [[ID_NUMBER|38471056240]] / GSM: [[PHONE_NUMBER|+90 532 418 27 06]]",
    "New starter [[PERSON|Lachie Brennan]]: TFN [[ID_NUMBER|459 318 723]], super member no. [[ID_NUMBER|UNI-7730218]].",
    "[[PERSON|Talia Morgenstern]], Medicare [[ID_NUMBER|3719 28451 1]], mobile [[PHONE_NUMBER|0491570159]]",
    "Cliente: [[PERSON|Thiago Nascimento Rocha]] — CPF [[ID_NUMBER|027.594.318-60]] — WhatsApp [[PHONE_NUMBER|+55 21 98417-3306]]",
    "Beneficiary: [[PERSON|Lakshmi Venkataraman]], Aadhaar [[ID_NUMBER|7249 0318 5261]], mobile [[PHONE_NUMBER|+91 94431 27806]], village Kodavasal.",
    "Assurée : [[PERSON|Hélène Marchetti]], n° de sécurité sociale [[ID_NUMBER|2 86 07 69 384 127 39]], [[STREET_ADDRESS|12 rue Sainte-Catherine, 69001 Lyon]]",
    "Proveedor: [[PERSON|Catalina Fuentes Soto]], RUT [[ID_NUMBER|17.482.935-7]], correo [[EMAIL_ADDRESS|cata.fuentes@vtr.net]]",
    "[[PERSON|Kristiina Tamm]], isikukood [[ID_NUMBER|48706115722]], registered for the Tallinn half marathon.",
    "Zaměstnanec: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|855617/2306]], nástup 1. 4.",
    "氏名 [[PERSON|佐藤 美咲]] / マイナンバー [[ID_NUMBER|4827 1605 3916]] / 携帯 [[PHONE_NUMBER|090-3318-4472]]",
    "성명: [[PERSON|이수진]] 주민등록번호: [[ID_NUMBER|880412-2184731]] 연락처: [[PHONE_NUMBER|010-7264-1938]]",
    "Rijksregisternummer [[ID_NUMBER|84.07.21-293.17]] — [[PERSON|Wout Vermeulen]], [[STREET_ADDRESS|Kortrijksesteenweg 204, 9000 Gent]]",
    "Fatura emitida a [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|247183059]], pagamento para [[IBAN_CODE|PT90 0007 0000 0048 2917 3652 3]].",
    "Pacient: [[PERSON|Ioana Constantinescu]], CNP [[ID_NUMBER|2860712403186]], telefon [[PHONE_NUMBER|+40 723 184 906]]",
    "[[PERSON|Sigríður Ólafsdóttir]], kt. [[ID_NUMBER|120391-2089]], sími [[PHONE_NUMBER|+354 862 4417]]",
    "Mandantin [[PERSON|Annegret Vollmer]], Steuer-ID [[ID_NUMBER|59028164737]], [[STREET_ADDRESS|Hauptstraße 17, 69117 Heidelberg]]",
    "[[PERSON|Émile Gagnon]] – NAS [[ID_NUMBER|527 190 367]] – [[STREET_ADDRESS|4820 rue Saint-Denis, Montréal, QC H2J 2L6]]",
    "Referral: [[PERSON|Lorna Petrie]], NHS [[ID_NUMBER|731 604 5825]], to the community falls clinic. Next of kin phone [[PHONE_NUMBER|0141 496 0357]].",
    "Klant [[PERSON|Femke Jansen-Bakker]], BSN [[ID_NUMBER|260193744]], rekening [[IBAN_CODE|NL72 INGB 0006 8291 73]]",
    "Uczeń: [[PERSON|Kacper Nowicki]], PESEL [[ID_NUMBER|02251906478]], klasa 4b, telefon opiekuna [[PHONE_NUMBER|+48 601 227 314]]",
    "Socio [[PERSON|Iker Etxeberria]], DNI [[ID_NUMBER|71594028L]], cuota domiciliada en [[IBAN_CODE|ES38 2100 0813 4702 0059 1837]].",
    "[[PERSON|Ana-Maria Popescu]] NIE [[ID_NUMBER|X6092713J]] alta en la Seguridad Social 15/01/2024",
    "Student [[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0359182J]], hostel room C-412, guardian contact [[PHONE_NUMBER|+65 8127 4403]].",
    "Work pass holder [[PERSON|Rommel Dizon]], FIN [[ID_NUMBER|G4718295L]], employer: a renovation contractor in Jurong.",
    "Member [[PERSON|Faisal Al-Harbi]] | username [[ID_NUMBER|falharbi_88]] | last login [[IP_ADDRESS|203.0.113.58]]",
    "SSN on file for [[PERSON|Brianna Kowalski]]: [[US_SSN|671-08-2249]]. Verified against the I-9 on 03/18.",
    "Borrower: [[PERSON|Terrence Mayfield]], SSN [[US_SSN|305-47-1198]], loan account [[ID_NUMBER|HL-00928174]], property [[STREET_ADDRESS|210 Creekside Dr, Boise, ID 83702]]",
    "Beneficiary [[PERSON|Oluwadamilare Ajayi]] — [[IBAN_CODE|GB44 NWBK 6028 4179 3564 02]] — ref: June rent",
    "Cardholder [[PERSON|Yasmin El-Amin]], card [[CREDIT_CARD|3726 184901 73589]], disputed £64.99 at Bloom & Twig Florist.",
    "[[PERSON|Priscilla Oduro]] <[[EMAIL_ADDRESS|priscilla.oduro@gmail.com]]> wrote: Can I collect my order on Saturday?",
    "From: [[PERSON|Hamza Siddiqui]] <[[EMAIL_ADDRESS|hamza@siddiquielectrical.co.uk]]>\nSubject: Quote for rewire\nMobile: [[PHONE_NUMBER|07700 900608]]",
    "Tenant ledger | [[PERSON|Eilidh Buchanan]] | [[STREET_ADDRESS|Flat 1/2, 88 Dumbarton Road, Glasgow G11 6PW]] | rent £695 | arrears £0",
    "Carer timesheet — carer: [[PERSON|Marisa Delgado]], client: room 4, visits 07:00 / 12:30 / 18:00, key safe [[PASSWORD|3318]].",
    "Pupil: [[PERSON|Ezekiel Amankwah]] | UPN [[ID_NUMBER|H801200419027]] | Year 7 | Emergency contact [[PHONE_NUMBER|020 7946 0273]]",
    "Allotment plot 17 — tenant [[PERSON|Constance Ridley]], gate padlock [[PASSWORD|2-9-4-7]], rent paid.",
    "Membership card: [[PERSON|Dmitri Volkov]] · No. [[ID_NUMBER|BX-004719]] · Valid to 12/2025",
    "user: [[ID_NUMBER|mfontaine]]\nname: [[PERSON|Margaux Fontaine]]\ntemp_password: [[PASSWORD|Vq7!rT2m#Lp]]\nmust_change: true",
    "Insured: [[PERSON|Tobias Engström]] | Policy [[ID_NUMBER|HEM-55102938]] | Pet: Labrador, 4 yrs | Excess £99",
    "Reservation for [[PERSON|Nguyễn Thị Hằng]], booking ref [[ID_NUMBER|HX4P9Z]], 2 nights, phone [[PHONE_NUMBER|+84 903 418 275]].",
    "[[PERSON|Đặng Văn Minh]] — [[STREET_ADDRESS|27 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội 100000]]",
    "Driver: [[PERSON|Kofi Boateng]], licence [[ID_NUMBER|BOATE804127K99XT]], van reg. on file.",
    "Passport holder [[PERSON|Anastasia Ionescu-Webb]], passport no. [[ID_NUMBER|562817304]], nationality GBR.",
    "Reset requested by [[PERSON|Ravindra Perera]] ([[EMAIL_ADDRESS|ravi.perera@lankamail.lk]]) from [[IP_ADDRESS|2001:db8:4f2a::19]].",
    "API credentials issued to [[PERSON|Noor Haddad]]: key [[API_KEY|AIzaSyD4k9Xq2LmV7tRw0pBn3HcJ8sYfE1uZgQo]]",
    "Bot token for the club Slack, owner [[PERSON|Brendan Kiely]]: [[API_KEY|xoxb-4820193746-5718203946182-Kq8vTz3LwN1pRb7YmXc2HsJd]]",
    "Committed by [[PERSON|Priyanka Deshpande]]: GITHUB_TOKEN=[[API_KEY|ghp_R7tK2mQ9xLw4vB8nZ3pC6yH1sJ5dF0gA2eUo]]",
    "Payee: [[PERSON|Róisín Doherty]], [[IBAN_CODE|IE76 AIBK 9310 4829 1763 54]], amount €1,250.",
    "Shipping label\n[[PERSON|Wendell Pruitt]]\n[[STREET_ADDRESS|PO Box 4418, Anchorage, AK 99509]]\n[[PHONE_NUMBER|(907) 555-0163]]",
    "Gift card sent to [[PERSON|Hyun-woo Jang]] at [[EMAIL_ADDRESS|hwjang@kakao.com]].",
    "[[PERSON|Mbali Zungu]], cell [[PHONE_NUMBER|+27 82 417 3096]], email [[EMAIL_ADDRESS|mbali.zungu@webmail.co.za]]",
    "Volunteer: [[PERSON|Obinna Eze-Phillips]], DBS certificate [[ID_NUMBER|001728394650]], role: junior football coach.",
    "Named driver [[PERSON|Agnieszka Wróbel]], policy [[ID_NUMBER|MTR-6620914]], address [[STREET_ADDRESS|ul. Piotrkowska 143/5, 90-434 Łódź]]",
    "Clinic note 09/05: [[PERSON|Bhupinder Kaur]], patient no. [[ID_NUMBER|P-774019]], attended for diabetes review with her daughter. HbA1c 58, down from 64. Feet checked, pulses present. Continue metformin 500 mg twice daily, recheck bloods in three months, dietitian referral offered and accepted.",
    "Hi [[PERSON|Leandro]], your gym PIN is [[PASSWORD|090417]]. Don't share it.",
    "[[PERSON|Sofía Castañeda]] | [[PHONE_NUMBER|+52 55 4127 8836]] | [[STREET_ADDRESS|Av. Álvaro Obregón 182, Roma Nte., 06700 Ciudad de México, CDMX]]",
    "Alarm panel user 3: [[PERSON|Gideon Achterberg]], code [[PASSWORD|5527]]",
    "Wedding supplier contact — [[PERSON|Amelie Hartmann]], [[PHONE_NUMBER|030 23125 617]], [[EMAIL_ADDRESS|amelie@hartmann-blumen.de]]",
    "Invoice to: [[PERSON|Cormac Dunleavy]], [[STREET_ADDRESS|6 Orchard Grove, Ballincollig, Co. Cork P31 X2K7]]",
    "Loan applicant [[PERSON|Wanjiru Kamau]], ID no. [[ID_NUMBER|28417390]], M-Pesa [[PHONE_NUMBER|+254 722 418 306]]",
    "New account: [[PERSON|Precious Moyo]], card [[CREDIT_CARD|5459 0318 2746 1955]], billing [[STREET_ADDRESS|14 Jan Smuts Avenue, Parktown, Johannesburg 2193]]",
    "Chargeback raised by [[PERSON|Harlan Beaumont]] on card [[CREDIT_CARD|3401 856274 30299]], customer no. [[ID_NUMBER|CUS-188420]]",
    "[[PERSON|Yosef Ben-David]], tel. [[PHONE_NUMBER|+972 54 721 3384]], teudat zehut [[ID_NUMBER|318472651]]",
    "Parent: [[PERSON|Charmaine Okoro]], [[PHONE_NUMBER|0161 496 0558]], child: Year 2, consent for trip: yes",
    "Guest Wi-Fi voucher for [[PERSON|Hussein Jaber]]: [[PASSWORD|K7P2-WQ9M]]",
    "[[PERSON|alessandro ricci]] - [[PHONE_NUMBER|+39 328 640 1175]]",
    "Contact: Dr [[PERSON|Seo-yeon Park]], [[EMAIL_ADDRESS|sypark@mediclinic-yeouido.kr]]",
    "Subscriber [[PERSON|Felix Østergaard]], customer ID [[ID_NUMBER|TDC-8841027]], [[IBAN_CODE|DK41 2000 7183 9264 50]]",
    "HR note: [[PERSON|Jolene Fairbanks]] (employee [[ID_NUMBER|004182]]) returns from maternity leave on 4 November; home phone [[PHONE_NUMBER|614-555-0127]].",
    "Account holder [[PERSON|Wojciech Kamiński]], [[IBAN_CODE|PL46 1140 2004 0000 3502 9184 7361]], online banking login [[ID_NUMBER|wkaminski77]]",
    "[[PERSON|Thabo Nkosi]] paid with [[CREDIT_CARD|4916 3027 4815 9360]] for the bakery course.",
]

# 100 clean texts with no personal data: 25 of each kind.
CLEAN_MTBENCH = [
    "Write a short letter from a lighthouse keeper to the town council asking them not to automate the lighthouse. Make it sincere, not sentimental.",
    "Plan a two-day itinerary for a first-time visitor to Kyoto who loves gardens and hates crowds, with one rainy-day alternative.",
    "Imagine you are a medieval blacksmith explaining to an apprentice why the temperature of the forge matters. Stay in character for the whole answer.",
    "Write a Python function that returns the longest palindromic substring of a given string. Explain its time complexity.",
    "If a train leaves a station at 3 pm travelling at 80 km/h, and a second train leaves the same station at 4 pm travelling at 100 km/h on the same track, when does the second catch the first?",
    "Explain the difference between a stack and a queue to a 10-year-old, using examples from a school cafeteria.",
    "Pretend you are a sommelier. Recommend a wine for a mushroom risotto and justify the pairing in three sentences.",
    "Write a haiku sequence of four stanzas about the changing of seasons in a small fishing village.",
    "Extract all the dates from the following paragraph and return them as a JSON list: 'The bridge opened on 4 May 1932, closed for repairs in March 1978 and reopened on 1 January 1980.'",
    "What are the main differences between TCP and UDP, and when would you choose one over the other for a multiplayer game?",
    "Draft a short opening statement for a debate arguing that homework should be abolished in primary schools.",
    "Solve for x: 3x^2 - 12x + 9 = 0. Show each step.",
    "Write a SQL query that finds the three products with the highest total sales in each region from a table sales(region, product, amount).",
    "Describe the water cycle as if you were a single drop of water travelling through it.",
    "Act as a job interview coach. Ask me five questions for a junior data analyst role, one at a time, and wait for my answer before the next.",
    "Explain why the sky appears blue during the day and red at sunset, with reference to Rayleigh scattering.",
    "Write a limerick about a cat who is convinced it owns the house.",
    "Given the list [5, 1, 4, 2, 8], walk through each pass of bubble sort and show the list after every swap.",
    "What would happen to global trade if the Suez Canal were closed for six months? Consider shipping costs, routes and prices.",
    "Rewrite the following sentence in the passive voice: 'The committee approved the new budget after a long discussion.'",
    "Create a weekly meal plan for a vegetarian family of four on a tight budget, with a shopping list.",
    "Explain the concept of opportunity cost with an everyday example involving a weekend.",
    "Write a JavaScript function that debounces another function, and explain where debouncing is useful in web pages.",
    "You are a tour guide in ancient Rome. Describe a day at the Colosseum to a group of visitors from the future.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime in about 200 words.",
]
CLEAN_GSM8K = [
    "Maya buys 3 packs of stickers with 24 stickers in each pack. She gives 17 stickers to her brother and uses 9 in her notebook. How many stickers does she have left?",
    "A bakery sells muffins for $2.50 each. On Monday it sold 48 muffins and on Tuesday it sold 15 more than on Monday. How much money did it make over the two days?",
    "Tomás reads 18 pages a day. His book has 342 pages. How many days will it take him to finish the book?",
    "A farmer has 120 chickens. He sells a quarter of them and then buys 35 more. How many chickens does he have now?",
    "Priya saves $15 every week. After 8 weeks she spends $47 on a jacket. How much money does she have left?",
    "A school bus holds 44 students. If 230 students are going on a trip, how many buses are needed?",
    "Leo ran 3.5 km on Monday, twice as far on Wednesday, and 1.5 km less than Wednesday on Friday. How far did he run in total?",
    "A pizza is cut into 12 slices. Hana eats 3 slices, her friend eats 2 more slices than Hana, and the rest are saved. How many slices are saved?",
    "An orchard has 15 rows of apple trees with 22 trees in each row. Each tree produces 40 apples. How many apples does the orchard produce?",
    "Jamal buys a bike for $240 and sells it a year later for 65% of the price. How much money did he lose?",
    "A tank holds 500 litres of water. It leaks 12 litres per hour. How much water is left after one day?",
    "Elena knits 4 scarves a week. Each scarf uses 3 balls of wool, and a ball costs $4. How much does she spend on wool in 6 weeks?",
    "There are 28 students in a class. Three sevenths of them walk to school and the rest take the bus. How many take the bus?",
    "A shop discounts a $80 jacket by 25% and then adds 10% sales tax to the discounted price. What is the final price?",
    "Kofi has twice as many marbles as Ama. Together they have 87 marbles. How many marbles does Kofi have?",
    "A recipe needs 250 g of flour for 10 cookies. How much flour is needed for 36 cookies?",
    "Sven drives 65 miles per hour for 2.5 hours and then 45 miles per hour for 1 hour. What is his total distance?",
    "A library had 1,240 books. It donated 15% of them and received 96 new books. How many books does it have now?",
    "Rosa is 4 years older than her brother. In 6 years, the sum of their ages will be 40. How old is Rosa now?",
    "A gardener plants tulips in 9 rows of 14. A rabbit eats 23 of them. How many tulips are left?",
    "Noah earns $18 per hour and works 37 hours a week. He pays 20% in tax. What is his weekly take-home pay?",
    "A movie starts at 7:45 pm and lasts 2 hours 18 minutes. At what time does it end?",
    "Aiko has 5 boxes of pencils with 16 pencils each. She shares them equally among 8 friends. How many pencils does each friend get?",
    "A swimming pool is 25 m long. Ravi swims 34 lengths. How many kilometres did he swim?",
    "Three friends, Ben, Lucia and Omar, share $150 in the ratio 2:3:5. How much does Omar receive?",
]
CLEAN_MMLU = [
    "Which of the following was the primary cause of the Dust Bowl in the 1930s?\nA. Volcanic activity\nB. Poor farming practices combined with drought\nC. Flooding of the Mississippi\nD. A locust plague",
    "Who wrote 'The Wealth of Nations'?\nA. John Locke\nB. Adam Smith\nC. David Hume\nD. Karl Marx",
    "What is the derivative of sin(x) * x?\nA. cos(x)\nB. x cos(x) + sin(x)\nC. sin(x) - x cos(x)\nD. x sin(x)",
    "Which organelle is the main site of ATP production in eukaryotic cells?\nA. Ribosome\nB. Golgi apparatus\nC. Mitochondrion\nD. Lysosome",
    "The Treaty of Westphalia (1648) is most associated with:\nA. The end of the Thirty Years' War\nB. The founding of the United Nations\nC. The unification of Italy\nD. The start of the Hundred Years' War",
    "Which of the following is a correct statement of Newton's third law?\nA. Force equals mass times acceleration\nB. An object at rest stays at rest\nC. For every action there is an equal and opposite reaction\nD. Energy cannot be created or destroyed",
    "Under the US Constitution, which branch has the power to declare war?\nA. The President\nB. Congress\nC. The Supreme Court\nD. The Secretary of Defense",
    "Which philosopher is known for the categorical imperative?\nA. Immanuel Kant\nB. Friedrich Nietzsche\nC. Jean-Paul Sartre\nD. Thomas Hobbes",
    "In macroeconomics, an increase in the money supply in the short run will most likely:\nA. Raise interest rates\nB. Lower interest rates\nC. Reduce aggregate demand\nD. Have no effect on output",
    "What is the time complexity of binary search on a sorted array of n elements?\nA. O(n)\nB. O(n log n)\nC. O(log n)\nD. O(1)",
    "Which gas makes up the largest share of Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Argon\nD. Nitrogen",
    "Marie Curie received Nobel Prizes in which two fields?\nA. Physics and Chemistry\nB. Chemistry and Medicine\nC. Physics and Medicine\nD. Chemistry and Peace",
    "Which of these is a symptom typical of hypothyroidism?\nA. Weight loss\nB. Heat intolerance\nC. Fatigue and cold intolerance\nD. Tremor",
    "The Magna Carta was sealed in which year?\nA. 1066\nB. 1215\nC. 1415\nD. 1588",
    "In a perfectly competitive market, firms in the long run earn:\nA. Economic profit\nB. Zero economic profit\nC. Monopoly rents\nD. Negative accounting profit",
    "Which statement about DNA replication is true?\nA. It is conservative\nB. It is semi-conservative\nC. It only occurs during mitosis\nD. It uses uracil",
    "What did Mahatma Gandhi's Salt March of 1930 protest?\nA. British taxes on salt\nB. Partition of India\nC. Land reform\nD. Railway fares",
    "If a fair die is rolled twice, what is the probability that the sum is 7?\nA. 1/12\nB. 1/6\nC. 1/9\nD. 1/36",
    "Which legal principle holds that a person is innocent until proven guilty?\nA. Stare decisis\nB. Habeas corpus\nC. Presumption of innocence\nD. Double jeopardy",
    "Who led the Haitian Revolution?\nA. Simón Bolívar\nB. Toussaint Louverture\nC. José de San Martín\nD. Miguel Hidalgo",
    "The main function of the loop of Henle is to:\nA. Filter blood\nB. Concentrate urine\nC. Store urine\nD. Produce renin",
    "Which data structure uses LIFO order?\nA. Queue\nB. Heap\nC. Stack\nD. Linked list",
    "Which psychologist proposed the hierarchy of needs?\nA. B. F. Skinner\nB. Abraham Maslow\nC. Sigmund Freud\nD. Jean Piaget",
    "A 2 kg object accelerates at 3 m/s^2. What net force acts on it?\nA. 1.5 N\nB. 5 N\nC. 6 N\nD. 9 N",
    "Which empire was ruled by Suleiman the Magnificent?\nA. Mughal\nB. Ottoman\nC. Safavid\nD. Byzantine",
]
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks that gets worse at night. No fever. Should I see a doctor or wait it out?",
    "What's the difference between ibuprofen and paracetamol, and can I take them together for a bad toothache?",
    "My ankle is swollen and bruised after I rolled it yesterday but I can walk on it. Do I need an X-ray?",
    "Is it normal to feel dizzy when standing up quickly? It happens a few times a week.",
    "How much water should an adult drink a day in hot weather?",
    "My toddler has a temperature of 38.4 and a runny nose but is still playing. When should I worry?",
    "Can you explain what an HbA1c result of 46 means? My doctor said prediabetes.",
    "I get heartburn almost every night after dinner. What can I change before trying medication?",
    "What are the early signs of a urinary tract infection in older adults? I've heard they can be different.",
    "Is it safe to exercise while pregnant? I'm 20 weeks and used to run three times a week.",
    "How long should a cold last before it could be something else, like a sinus infection?",
    "What does it mean if my blood pressure is 142 over 91 at home readings? I'm 52.",
    "I keep waking up at 4 am and can't get back to sleep. What habits actually help with this?",
    "Are there any foods I should avoid while taking warfarin?",
    "What's the best way to care for a minor burn from a hot pan at home?",
    "My knees ache after running, especially going downstairs. Could it be runner's knee and how is it treated?",
    "How often should adults get a tetanus booster?",
    "Can stress cause chest tightness, or should I always get it checked?",
    "What's the recommended way to taper off an antidepressant? I don't want to stop suddenly.",
    "Is a mole that has changed colour something that needs to be checked quickly?",
    "What are the symptoms of iron deficiency, and is it OK to take supplements without a blood test?",
    "My elderly father is more confused than usual since yesterday. Could an infection cause that?",
    "How do I know if a rash on my arm is an allergic reaction or eczema?",
    "Is it safe to take an antihistamine every day during hay fever season?",
    "What should I pack in a hospital bag for a planned hip replacement?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 291 7361": nhs_ok,
    "602 847 1933": nhs_ok,
    "731 604 5825": nhs_ok,
    "1207894435": nhs_ok,
    "418.273.950-79": cpf_ok,
    "027.594.318-60": cpf_ok,
    "046 382 917": luhn_len(9),
    "527 190 367": luhn_len(9),
    "318472651": luhn_len(9),
    "870512-4637": luhn_len(10),
    "9104175183087": luhn_len(13),
    "5830 7162 9045": aadhaar_ok,
    "7249 0318 5261": aadhaar_ok,
    "47182930563": steuer_id_ok,
    "59028164737": steuer_id_ok,
    "110108198705142833": china_id_ok,
    "3184720592": rnokpp_ok,
    "6083914T": pps_ok,
    "140389-527D": hetu_ok,
    "48271936L": dni_ok,
    "Y3817264Z": dni_ok,
    "71594028L": dni_ok,
    "X6092713J": dni_ok,
    "FRRGLI85M52F205B": codice_fiscale_ok,
    "88071423858": pesel_ok,
    "02251906478": pesel_ok,
    "318472594": bsn_ok,
    "260193744": bsn_ok,
    "S8417263D": nric_ok,
    "T0359182J": nric_ok,
    "G4718295L": nric_ok,
    "38471056240": kimlik_ok,
    "459 318 723": tfn_ok,
    "3719 28451 1": medicare_ok,
    "2 86 07 69 384 127 39": nir_ok,
    "17.482.935-7": rut_ok,
    "48706115722": isikukood_ok,
    "855617/2306": rodne_cislo_ok,
    "4827 1605 3916": my_number_ok,
    "880412-2184731": rrn_ok,
    "84.07.21-293.17": belgian_id_ok,
    "247183059": nif_ok,
    "2860712403186": cnp_ok,
    "120391-2089": kennitala_ok,
    "ZKB4735": nhi_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"(07700 ?|\+44 ?7700 ?)900 ?\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01(1[3-8]|[2-6]1) 496 0\d{3}",  # UK geographic drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"(\(\d{3}\) |\d{3}-)555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 ?570 ?\d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"089 99998 \d{3}",
        r"08[35-9] \d{3} \d{4}",  # Ireland mobile, no fiction range known
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|34|39|40|48|52|55|65|84|86|90|91|234|254|353|354|358|380|966|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Each record names one person and holds one to four other values; the chat requests
    mostly name people, carry secrets and ids, and the chat and record sections between
    them hold every label."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"record: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 25:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)}")


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
        "blind74", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
