# ruff: noqa: E501
"""A seventy-first blind privacy set: 220 texts with personal data and 100 clean ones, the
mix a held-out privacy check of a chat gateway would use.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions
of ``build_blind36.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 real-looking chat requests (3 to 100 words) to an assistant from customers,
  employees, patients, parents, tenants and friends, naming private people (names of many
  origins) and sharing their identifiers: passwords, PINs, door and lock codes, wifi keys
  and one-time codes; phones in many layouts (UK, North American, Australian, French,
  Japanese, Korean, Irish, South African and Brazilian local forms, international forms of
  a score of countries); addresses in the UK, Germany, France, Spain, Italy, the Netherlands, the
  Czech Republic, Romania, Sweden, Canada, the US, India, Japan, the UAE, New Zealand,
  Australia and on US military posts (APO, DPO); e-mails; account, policy, member,
  booking-holder, employee, student and patient numbers; cards and IBANs; the first 30 (a
  quarter) are typed all in lower case;
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each and one to four values in all (the name counted), each in its own
  sentence shape: contact lines, form rows, log lines, bank, HR, insurance and clinical
  notes, travel and shipping records, a few in Italian, German, Czech, Spanish and
  Portuguese; national ids of some thirty countries, passports, driver licences,
  usernames, SSNs, IPs, an API key, cards and IBANs.

Usernames and logins, account, customer, member, employee, student, patient, policy,
booking-holder and frequent-flyer numbers, passports, licences and national or tax ids are
ID_NUMBER; PINs, door, lock and alarm codes, wifi keys, one-time codes and passwords
PASSWORD; titles and relation words (Mr, Mrs, Dr, Sgt, Frau, my son, my grandma) stay
outside PERSON spans; an address span runs from the first street line through the postcode
and city as typed; public figures, fictional characters, brands, places and streets named
after people, order, invoice, application and reference numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench/Vicuna-style prompts (writing, role-play, reasoning,
extraction, coding, knowledge), 25 GSM8K-style word problems with fictional first names,
25 MMLU-style items with options A to D (law, medicine, history naming historical
figures) and 25 healthcare-routing patient questions that name no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113, 0117,
0131 and 0161 496 0; North America 555-01xx; Australia 0491 57x; France 06 39 98 and
01 99 00; Germany 030 23125, 040 66969, 069 90009, 089 99998) and in each country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and
not documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (NHS number, Indian Aadhaar,
Brazilian CPF, Turkish kimlik, French NIR, Irish PPS, Australian Medicare and TFN, Polish
PESEL, Spanish DNI, Finnish henkilötunnus, Chinese resident id, Singapore FIN,
Korean resident registration number, Japanese My Number, German tax id, Dutch BSN,
Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech
rodné číslo, Belgian national number, Norwegian fødselsnummer, Italian codice fiscale,
Canadian SIN, Swedish personnummer, South African id, New Zealand NHI).

Run ``.venv/bin/python bench/data/build_blind71.py`` from the repository root; the output is
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
    rodne_cislo_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|SSgt|Cpl|PFC|Capt|Lt|Herr|Frau|Mme|Sr|Sra|Sig|Auntie|Uncle|Nurse|Abuela)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to an assistant: the first 30 typed all in lower case.
CHAT = [
    "hey can you help me write a text to my landlord [[PERSON|gary whitcombe]] saying the boiler at [[STREET_ADDRESS|flat 3, 22 elm grove, bristol bs7 8ph]] has been broken since friday. his number is [[PHONE_NUMBER|07700 900482]] if that matters",
    "my bank pin is [[PASSWORD|8042]] and i keep forgetting it, is it safe to save it in my notes app?",
    "pls remind me to pay [[PERSON|tunde]] back £40, his monzo is on [[PHONE_NUMBER|+44 7700 900913]]",
    "wifi password for my mums flat is [[PASSWORD|bluefinch1962]], can you make a little card for guests with it",
    "write an email to [[EMAIL_ADDRESS|d.okonkwo@freshmail.ng]] telling [[PERSON|dami]] the meeting moved to thursday",
    "the one time code they sent me is [[PASSWORD|583 920]] but the site says expired. what do i do",
    "my son [[PERSON|ravi]] has had a fever of 39.2 since last night, his nhs number is [[ID_NUMBER|933 121 7366]]. should i take him to a&e or call 111",
    "can u translate this to spanish: hi [[PERSON|lucía]], the keys are under the mat at [[STREET_ADDRESS|calle de la palma 14, 3º izq, 28004 madrid]] and the door code is [[PASSWORD|4417b]]",
    "tenant here. my landlord mrs [[PERSON|adeyemi]] still hasnt returned my £950 deposit, i paid it to [[IBAN_CODE|gb58barc05964130359254]] back in march. can you draft a polite but firm letter",
    "need a reference letter for our nanny [[PERSON|marisol quispe]], she worked for us 3 yrs and was amazing with the twins. her email is [[EMAIL_ADDRESS|marisol.q@correo.pe]]",
    "bp was 150/95 this morning, im 54 and on amlodipine. dr [[PERSON|nakamura]] said to keep an eye on it, when should i actually worry",
    "forward this to [[PERSON|shreya]]: login [[ID_NUMBER|shreya.k88]] pass [[PASSWORD|mango_tree_77]] for the shared canva",
    "text [[PERSON|nana ama]] at [[PHONE_NUMBER|+233 24 581 6637]] and tell her pickup is at 4 not 5",
    "locked out of my work laptop again. employee id [[ID_NUMBER|e-204417]], manager is [[PERSON|brendan foley]]. who do i even contact",
    "my daughter [[PERSON|zoë]] needs her school trip form filled in, address [[STREET_ADDRESS|27 rue des acacias, 69003 lyon]] and my mobile [[PHONE_NUMBER|06 39 98 41 27]]",
    "add to contacts: [[PERSON|kenji watanabe]] [[PHONE_NUMBER|090-3381-6645]] [[EMAIL_ADDRESS|kenji.w@kumo-mail.jp]]",
    "card got declined, its [[CREDIT_CARD|4966 2397 4627 3612]] exp 09/27. am i being charged twice??",
    "my mate [[PERSON|callum]] is staying at mine this weekend, write him directions from queen st station to [[STREET_ADDRESS|14 kelvin drive, glasgow g20 8qd]]",
    "hi its [[PERSON|fatima zahra el idrissi]], policy number [[ID_NUMBER|hx-5520918-ma]], someone hit my car while it was parked. what do i need for the claim",
    "pls check this is the right iban before i send rent: [[IBAN_CODE|de62 8069 9789 8713 1027 34]] for [[PERSON|jonas becker]]",
    "my grandma [[PERSON|bronisława]] keeps getting scam calls on [[PHONE_NUMBER|+48 512 447 908]], how do i block them on her android",
    "sisters bday at [[STREET_ADDRESS|flat 12b, 40 marine parade, brighton bn2 1te]] on sat, rsvp to [[PERSON|harriet]] on [[PHONE_NUMBER|07700 900276]]. make me a cute invite",
    "otp [[PASSWORD|771204]] dont share lol",
    "can you explain my payslip, employee no [[ID_NUMBER|40017723]], why is so much going to pension",
    "draft a note to school saying [[PERSON|amir hosseini]] in year 4 is off today with a stomach bug. sign it from his mum [[PERSON|leila]], [[PHONE_NUMBER|020 7946 0318]]",
    "ssh passphrase is [[PASSWORD|correct-otter-battery-94]] and the box is [[IP_ADDRESS|203.0.113.58]], why does it still say permission denied",
    "whats a kind way to tell [[PERSON|priyanka]] i cant make her wedding in jaipur",
    "my login for the pharmacy app is [[ID_NUMBER|gabi.nunes]] and pin [[PASSWORD|2580]], it keeps rejecting it",
    "format this apo address for the usps form pls: sgt [[PERSON|marcus bell]], [[STREET_ADDRESS|unit 2050 box 4190, apo ap 96278]]",
    "met [[PERSON|oksana]] at the conference, her number is [[PHONE_NUMBER|+380 67 214 5590]]. help me write a follow up that isnt weird",
    # From here on, typed with capitals.
    "Please update my address on the account. Account number [[ID_NUMBER|7730 4418 29]], new address [[STREET_ADDRESS|Hauptstraße 112, 69117 Heidelberg]]. Thanks, [[PERSON|Katrin Vogel]]",
    "Call [[PERSON|Siobhán]] back: [[PHONE_NUMBER|087 214 9936]]",
    "Hi, I'm [[PERSON|Graham Pritchard]], member no. [[ID_NUMBER|GYM-0098341]]. I want to freeze my gym membership for two months while I recover from knee surgery. Can you write the request?",
    "My card [[CREDIT_CARD|5110 8633 9665 3062]] was charged £89.99 twice by the airline. The booking holder is my wife, [[PERSON|Anjali Mehta]], holder number [[ID_NUMBER|BH4471029]]. How do I dispute just the duplicate?",
    "Reset the VPN password for [[PERSON|Tomasz Wiśniewski]] (employee [[ID_NUMBER|88213]]), temp password [[PASSWORD|Vistula#2291]]. He's reachable on [[PHONE_NUMBER|+48 601 338 215]] if IT needs him.",
    "My son's inhaler prescription ran out. He's [[PERSON|Mateo Ruiz]], NHS number [[ID_NUMBER|672 724 9474]], and our GP is Dr [[PERSON|Allen]] at Riverside Surgery. Can you write a repeat prescription request?",
    "The IBAN for the deposit refund is [[IBAN_CODE|NL80 RABO 0169 4642 11]], account holder [[PERSON|Sanne de Graaf]]. Could you phrase an email to the letting agent asking when it will be paid?",
    "Emergency contact for the form: [[PERSON|Olumide Bankole]], brother, [[PHONE_NUMBER|+234 803 419 2276]], email [[EMAIL_ADDRESS|olu.bankole@mailbox.ng]]. Put it in a neat table please.",
    "Hello, I need to write to the nursery. My daughter [[PERSON|Aisha Kamara]] starts on Monday. Emergency contacts are me ([[PERSON|Fatmata Kamara]], [[PHONE_NUMBER|07700 900154]]) and her grandad [[PERSON|Ibrahim Sesay]] ([[PHONE_NUMBER|0161 496 0722]]). She has a peanut allergy and her EpiPen will be in her bag. The pick-up password for anyone else collecting her is [[PASSWORD|sunflower-kite]]. Can you make this sound friendly but clear?",
    "Sgt. [[PERSON|Dwayne Ortiz]], [[STREET_ADDRESS|PSC 1271, Box 3390, APO AE 09165]]. Is this how I write it on a care package to Germany?",
    "PIN for the garage keypad is [[PASSWORD|0417]], tell [[PERSON|Mehmet]] when he comes to fix the heater on Tuesday.",
    "Can you check if this card number looks valid? [[CREDIT_CARD|3422 091231 72060]]",
    "Write a thank-you note to Mrs [[PERSON|Van der Merwe]], my son's teacher, and sign it from [[PERSON|Pieter]] and [[PERSON|Elna Joubert]].",
    "My Medicare number is [[ID_NUMBER|2151 70565 7]] and I'm looking for a bulk-billing GP near [[STREET_ADDRESS|8 Wattle Street, Fitzroy VIC 3065]]. Any tips? My mobile is [[PHONE_NUMBER|0491 570 313]] if they need to call.",
    "Can you draft a complaint to my landlord? Tenant: [[PERSON|Ngozi Eze]], [[STREET_ADDRESS|Flat 4, 19 Cranbrook Road, London E17 4RT]]. The damp in the bedroom hasn't been fixed in six months despite three emails. The agency's number for follow-up is [[PHONE_NUMBER|020 7946 0571]].",
    "The bank texted me a code, [[PASSWORD|Q7-4KD9]], and now a man claiming to be from the bank is on the phone asking me to read it out. What should I do?",
    "[[PERSON|Yusuf Al-Harbi]] here. Policy [[ID_NUMBER|POL-88104-KSA]]. Travel insurance claim for lost luggage in Dubai, call me on [[PHONE_NUMBER|+971 50 318 2294]].",
    "Summarise this for HR: [[PERSON|Chloé Marchand]] (matricule [[ID_NUMBER|FR-45521]]) requests parental leave from 3 March; her social security number is [[ID_NUMBER|2 83 04 80 296 306 71]].",
    "Our new starter [[PERSON|Bartholomew Asante]] needs a laptop by Monday. Username [[ID_NUMBER|basante]], temp password [[PASSWORD|Welcome2Kumasi!]]. Write the IT ticket.",
    "My mother [[PERSON|Rukhsana Begum]] has an appointment at the diabetes clinic next week; her hospital number is [[ID_NUMBER|RXH0093321]]. Help me prepare questions to ask the consultant.",
    "Hi, booking for [[PERSON|Hyun-woo Park]], frequent flyer [[ID_NUMBER|KE 1183 4420 91]]. I need a vegeterian meal added to both legs.",
    "Split the Airbnb: [[PERSON|Jess]] paid £420, [[PERSON|Marco]] £380, me nothing yet. My IBAN for them is [[IBAN_CODE|IE28 BOFI 6101 9269 9999 18]]. Who owes who?",
    "Write my cover letter. Name [[PERSON|Adaeze Nwosu]], phone [[PHONE_NUMBER|(646) 555-0143]], email [[EMAIL_ADDRESS|adaeze.nwosu@inboxly.com]]. Applying for a junior analyst role.",
    "Wi-Fi key: [[PASSWORD|Tr0pic@lMango88]]",
    "Text from my landlord [[PERSON|Hamid Rahimi]]: rent to [[IBAN_CODE|DE04 4919 9567 9306 3857 78]] by the 3rd or there's a late fee. Is that legal in Germany if the contract doesn't mention one?",
    "I'm [[PERSON|Gustavo Pereira]], CPF [[ID_NUMBER|123.922.804-01]]. The lab says my results are ready but the portal wants the SMS code, which was [[PASSWORD|904417]]. Is it ok to read it to the receptionist over the phone??",
    "My partner [[PERSON|Elif]] lost her wallet in Istanbul. Her kimlik number is [[ID_NUMBER|64178009296]]; how does she get a replacement card?",
    "Please forward to payroll: [[PERSON|Ruairí Ó Briain]], staff ID [[ID_NUMBER|UCD-330871]], PPS [[ID_NUMBER|4514755H]], salary into [[IBAN_CODE|IE66 AIBK 6306 4090 1836 33]] from next month.",
    "Hey, it's [[PERSON|Beatriz]]. Login for the family streaming account: [[EMAIL_ADDRESS|famiglia.conti@posteo.it]] / [[PASSWORD|Topolino-2020]]. Please don't change it again!",
    "Shipping address for the squadron gift box: SSgt [[PERSON|Leilani Kahale]], [[STREET_ADDRESS|Unit 5213 Box 1107, DPO AP 96521]]. Is DPO handled the same as APO on customs forms?",
    "Maintenance request for [[STREET_ADDRESS|Apt 7C, 455 Rue Sherbrooke Ouest, Montréal, QC H3A 1B7]]. Tenant [[PERSON|Mathieu Gagnon]], tel [[PHONE_NUMBER|514-555-0162]]. The radiator is leaking onto the hardwood floor.",
    "I want to cancel my broadband. Account holder [[PERSON|Deepak Subramanian]], account [[ID_NUMBER|0049 7723 118]], phone PIN [[PASSWORD|6613]]. Draft the cancellation email and mention the 30-day notice.",
    "Our babysitter is [[PERSON|Ingrid Solberg]], [[PHONE_NUMBER|+47 412 83 907]]. Write a short note for the fridge with her number and the alarm code [[PASSWORD|2716]].",
    "Dear assistant, my father [[PERSON|Arturo Villanueva]] passed away last month. His savings account [[ID_NUMBER|3159-0427-88]] is frozen. What documents will the bank in Manila ask for?",
    "Can you make this text sound less angry? '[[PERSON|Wei]], you borrowed my bike three weeks ago, just bring it back to [[STREET_ADDRESS|Room 214, 8 Hollis Court, Leeds LS6 2AB]]. Thanks.'",
    "My daughter's student number is [[ID_NUMBER|S20418833]] and her name is [[PERSON|Grace Mwangi]]. The school portal shows a fee balance of KES 14,000; can you write to the bursar asking for a payment plan?",
    "I need to change the delivery address on order #OD-55190 to [[STREET_ADDRESS|Via Garibaldi 23, 40124 Bologna]], name on the order [[PERSON|Chiara Lombardi]].",
    "Remind me to call my abuela [[PERSON|Carmen Rojas]] on Sunday, her landline is [[PHONE_NUMBER|+56 2 2714 8830]].",
    "Our team lead [[PERSON|Sven Lindqvist]] shared the staging admin login in Slack: user [[ID_NUMBER|svc_deploy]], password [[PASSWORD|Fj0rd!Staging]], host [[IP_ADDRESS|198.51.100.24]]. How do I report this to security without throwing him under the bus?",
    "Please fill in this tenancy reference: previous tenant [[PERSON|Jakub Novák]], rented [[STREET_ADDRESS|Křižíkova 58, 186 00 Praha 8]] from 2019 to 2023, rent always on time.",
    "Is this a scam? Someone texted me from [[PHONE_NUMBER|+44 7700 900741]] saying my parcel needs a £1.99 redelivery fee.",
    "What should we bring to the fertility clinic? The appointment is for [[PERSON|Nadia]] and [[PERSON|Karim Haddad]], patient ID [[ID_NUMBER|FC-20931]].",
    "[[PERSON|Lukas]], the code for the bike lock is [[PASSWORD|3-9-1-4]]. Please lock it at the back this time.",
    "Draft an out-of-office: I'm away until 2 June; for urgent payroll questions contact [[PERSON|Marguerite Dubois]] at [[EMAIL_ADDRESS|m.dubois@hexaline-group.fr]] or [[PHONE_NUMBER|+33 6 39 98 12 64]].",
    "My son [[PERSON|Oisín]] was born last week. How do I apply for his PPS number? My own is [[ID_NUMBER|1676622DA]].",
    "Customer here. I paid with [[CREDIT_CARD|3528 9358 1863 8433]] but the hotel in Kyoto says there's no booking under [[PERSON|Aoife Gallagher]]. The holder number on my confirmation is [[ID_NUMBER|RK-7719034]].",
    "Hello. I'm writing for my aunt, [[PERSON|Esperanza Mamani]], who only speaks Spanish and Aymara. She was discharged yesterday from the cardiology ward with a new medication list and we're confused about which pills replace the old ones. Her patient number is [[ID_NUMBER|HCL-0082217]] and the ward phone is always busy. Could you help me write a short, clear question to the pharmacist, and then translate the answer into simple Spanish once I get it? The pharmacist can reach me on [[PHONE_NUMBER|+591 7318 2645]].",
    "Tell [[PERSON|Haruto]] the Zoom passcode is [[PASSWORD|k8Rm2q]]",
    "Could you write a letter to the council? I'm [[PERSON|Precious Moyo]] at [[STREET_ADDRESS|31 Beech Crescent, Wolverhampton WV3 9HS]], council tax account [[ID_NUMBER|60018447291]]. I think I've been charged for a second adult who moved out in January.",
    "My brother [[PERSON|Tariq]] needs to log in to my Amazon to track a parcel. The email is [[EMAIL_ADDRESS|s.jamil82@webpost.pk]] and the password [[PASSWORD|Lahore*Rain91]]. Is it safe to just text him that?",
    "Please transfer €250 to [[PERSON|Francesca Moretti]], [[IBAN_CODE|IT71 K368 0529 3112 6634 0570 317]], reference 'wedding gift'.",
    "Help me reply to [[PERSON|Rafael]]: he wants my SSN for the lease application. It's [[US_SSN|412-68-3097]]. Should I really send that by email?",
    "I'm a nurse, can you turn this into SBAR? Pt [[PERSON|Winifred Achterberg]], MRN [[ID_NUMBER|00418832]], 82F, fall at home, R hip pain, on warfarin, INR 3.4, daughter on the way.",
    "HR question: [[PERSON|Dmitri Volkov]] (employee [[ID_NUMBER|00731]]) hasn't been paid overtime for March. His bank changed to [[IBAN_CODE|AT22 8263 3163 9531 5955]]. Who approves this?",
    "Can I use my late husband's frequent flyer points? His member number was [[ID_NUMBER|QF 8820 4417]] and the account is under [[PERSON|Bruce Kelleher]].",
    "Transcribe and summarise this voicemail: hi, this is [[PERSON|Lorraine Baptiste]], date of birth 12 May 1961, calling about my MRI results, please call me back on [[PHONE_NUMBER|(868) 555-0127]], thanks.",
    "Friends trip fund: send your share to [[PERSON|Naledi]] on [[PHONE_NUMBER|082 555 3147]]",
    "Write a message to my tenant [[PERSON|Ioana Popescu]]: the plumber will come to [[STREET_ADDRESS|Str. Mihai Eminescu 45, ap. 12, 020071 București]] on Wednesday morning.",
    "Please cancel the standing order to [[PERSON|Aleksander Nowak]], [[IBAN_CODE|PL40 8172 7399 2429 7001 0498 7812]], from next month.",
    "Our childminder needs both parents' details for Ofsted. Me: [[PERSON|Hannah Cooper]], [[PHONE_NUMBER|07700 900538]]. Partner: [[PERSON|Femi Adeleke]], [[PHONE_NUMBER|07700 900619]]. Address [[STREET_ADDRESS|9 Orchard Way, Reading RG4 6LN]]. Can you format it as a table?",
    "My son is deployed. Is [[STREET_ADDRESS|CMR 415 Box 3301, APO AE 09114]] enough or do I need his unit too? Name on it: PFC [[PERSON|Jaylen Brooks]].",
    "I rent a room at [[STREET_ADDRESS|Calle Mayor 8, 2ºB, 46001 València]] from [[PERSON|Vicente Soler]]. For two years I have paid by transfer to his account [[IBAN_CODE|ES26 1829 7376 2707 7551 8651]], but last week he told me that from now on he only wants cash, in an envelope, on the first of the month, and he will not give receipts. My contract says nothing about how to pay. Is that allowed in Spain, and what is the best way to keep proof that I paid? Should I just keep transferring and tell him politely?",
    "My OTP for the tax portal is [[PASSWORD|4481 2290]]. The agent in the chat window is asking for it, is that normal?",
    "Pharmacy question: my prescription is under [[PERSON|Bogdan Ilić]], insurance member number [[ID_NUMBER|MBR-3310-0427]]. Is generic atorvastatin covered?",
    "Reply to [[PERSON|Sophie]]: yes I can take the kids Saturday, drop them at [[STREET_ADDRESS|Kerkstraat 17, 3581 RD Utrecht]] at 10.",
    "Hi, my name is [[PERSON|Abebe Girma]]. I sent money to my cousin with card [[CREDIT_CARD|6011 0327 8444 4280]] and it never arrived. Her number in Addis is [[PHONE_NUMBER|+251 911 42 7785]].",
    "Don't forget: [[PERSON|Valentina]]'s locker combination is [[PASSWORD|18-04-33]].",
    "Employee onboarding: [[PERSON|Siddharth Rao]], ID [[ID_NUMBER|INF-77120]], phone [[PHONE_NUMBER|+91 98450 31762]], home [[STREET_ADDRESS|No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011]]. Create his account request.",
    "I got locked out after three wrong tries. Old password was [[PASSWORD|Pa55w0rd!Oct]], new one is [[PASSWORD|Kestrel_Ridge_2025]]. Which is better?",
    "My neighbor [[PERSON|Bill Hutchins]] keeps parking in my spot at [[STREET_ADDRESS|4417 Larkspur Lane, Boise, ID 83705]]. Write a polite note i can leave on his windshield pls.",
    "Please store my card for next time: [[CREDIT_CARD|4446 5775 7329 6689]], exp 11/28, name [[PERSON|Renée Lachance]].",
    "Remind [[PERSON|Emeka]] his gym member ID is [[ID_NUMBER|PG-004418]] and the door PIN is [[PASSWORD|5309]].",
    "Our contractor [[PERSON|Rohan Menon]] pasted our live key [[API_KEY|xk-prod-4fT9qLm2Zr8Wc6Yn1Bv5Kd3J]] into a public repo. How do I rotate it fast?",
    "Text [[PERSON|Mariana]] on [[PHONE_NUMBER|(11) 98734-2210]]",
    "Is [[PHONE_NUMBER|212.555.0188]] still Dr [[PERSON|Kapoor]]'s office number? I need to move my colonoscopy.",
    "Send the signed contract to [[PERSON|Björn Eriksson]], [[STREET_ADDRESS|Sveavägen 41, 113 59 Stockholm]], by registered post.",
    "My Japanese host family's address is [[STREET_ADDRESS|3-12-7 Nakameguro, Meguro-ku, Tokyo 153-0061]] and the mom is [[PERSON|Yuko Tanaka]]. How do I write this on an envelope from the US?",
    "I'm [[PERSON|Ji-yeon Choi]], my number is [[PHONE_NUMBER|010-4827-1936]]. Please write a message to my landlord in Korean saying the boiler is broken.",
    "Call me back at [[PHONE_NUMBER|3125550164]], this is [[PERSON|Trevor Lindgren]] about the insurance quote, policy [[ID_NUMBER|AUT-3391027]].",
    "What's the BIC for this one? [[IBAN_CODE|CH16 8741 4578 8982 7348 1]], owner [[PERSON|Reto Zürcher]].",
    "Please book the plumber for [[PERSON|Aroha Ngata]] at [[STREET_ADDRESS|52 Kauri Road, Ponsonby, Auckland 1011]], mobile [[PHONE_NUMBER|+64 21 448 9023]].",
    "My helper's FIN is [[ID_NUMBER|G2607348R]] and her name is [[PERSON|Marites Dela Cruz]]. How do I renew her work permit online?",
    "Fill in the W-4 for me: name [[PERSON|Carmen Delgado]], SSN [[US_SSN|529-31-8846]], single, no dependents.",
    "hey [[PERSON|Zainab]], door code for the new office is [[PASSWORD|7#2519]], see you Monday! Can you make this sound more professional?",
    "My wife's Medicare claim was rejected. Her name is [[PERSON|Lakshmi Iyer]] and her mobile is [[PHONE_NUMBER|+61 491 572 983]]. Write an appeal email.",
    "Could you check the grammar? 'Dear Sir, I, [[PERSON|Owen Fairclough]], tenant of [[STREET_ADDRESS|2 Mill Lane, Hebden Bridge HX7 8AD]], give one month's notice.'",
    "Our family doctor [[PERSON|Hendrik Pretorius]] retired; can you help me ask the new practice for my records? My ID number is [[ID_NUMBER|6703231937080]].",
    "My grandson set up my email as [[EMAIL_ADDRESS|nonna.rosetta1948@tiscali-web.it]] and I forgot the password. How do I reset it?",
    "Parent here. [[PERSON|Ethan Kowalski]]'s lunch account number is [[ID_NUMBER|LN-442190]]; please add $30 from the card ending 7712.",
    "Good evening. I'm [[PERSON|Nasser Al-Amiri]], member [[ID_NUMBER|GC 5590 2134]]. My home address changed to [[STREET_ADDRESS|Villa 27, Street 14, Al Barsha 2, Dubai]] and my new mobile is [[PHONE_NUMBER|+971 52 774 3018]]. Please update the loyalty account and confirm by email to [[EMAIL_ADDRESS|n.alamiri@desertpost.ae]].",
]

# 100 records in the style of synthetic PII benchmark datasets: one invented person each.
RECORDS = [
    "[[PERSON|Edwina Marsh]] can be reached at [[EMAIL_ADDRESS|edwina.marsh@postbox.co.uk]].",
    "The parcel was signed for by [[PERSON|Kwabena Owusu]] at [[STREET_ADDRESS|17 Liberation Road, Osu, Accra]].",
    "Name: [[PERSON|Ilse Brandt]] | IBAN: [[IBAN_CODE|DE33 9955 5226 4153 1782 18]] | Bank: Sparkasse",
    "Please note that [[PERSON|Rahul Bhattacharya]]'s Aadhaar number [[ID_NUMBER|7805 7557 9003]] was verified on 12/03/2023.",
    "Passenger [[PERSON|Olga Petrenko]], passport [[ID_NUMBER|FX448201]], seat 23C.",
    "Hi, I am [[PERSON|Connor Walsh]] and my card [[CREDIT_CARD|4033 4453 2265 7842]] was charged twice.",
    "Update the records: [[PERSON|Magdalena Zielińska]], PESEL [[ID_NUMBER|87071682760]], tel. [[PHONE_NUMBER|+48 22 514 73 90]].",
    "[[PERSON|Tobias Keller]] logged in from IP [[IP_ADDRESS|192.0.2.147]] at 03:12 UTC.",
    "We have received your application, [[PERSON|Amara Diallo]]. Your reference is APP-4471 and we will contact you at [[PHONE_NUMBER|+221 77 418 2290]].",
    "Kindly wire the funds to account holder [[PERSON|Heinrich Vossberg]], IBAN [[IBAN_CODE|DE20753540456948062233]].",
    "The driving licence number of [[PERSON|Grace O'Sullivan]] is [[ID_NUMBER|OSULL756153GE9XY]].",
    "SSN on file for [[PERSON|Darnell Hughes]]: [[US_SSN|238-74-1605]].",
    "Send the invoice to [[PERSON|Mireille Fontaine]], [[STREET_ADDRESS|14 avenue Jean Jaurès, 31000 Toulouse]].",
    "[[PERSON|Santiago Herrera]] (DNI [[ID_NUMBER|88234886D]]) lives at [[STREET_ADDRESS|Calle de Alcalá 210, 4º A, 28028 Madrid]].",
    "Contact person: [[PERSON|Wanjiru Kamau]], mobile [[PHONE_NUMBER|+254 722 318 446]], email [[EMAIL_ADDRESS|wkamau@mailpost.co.ke]].",
    "Dear [[PERSON|Lars]], your temporary password is [[PASSWORD|Qm7!vR2pXz]].",
    "The tax file number [[ID_NUMBER|345 158 478]] belongs to [[PERSON|Brooke Halloran]].",
    "Username [[ID_NUMBER|nkhumalo77]] was created for [[PERSON|Nomvula Khumalo]] on 2022-05-14.",
    "[[PERSON|Luca Ferraro]], codice fiscale [[ID_NUMBER|FRRLCU68S24L184S]], nato il 24/11/1968.",
    "La sig.ra [[PERSON|Giulia Bianchi]] ha comunicato il codice fiscale [[ID_NUMBER|BNCGLI91M53F041U]] e l'indirizzo [[EMAIL_ADDRESS|giulia.bianchi91@libero-posta.it]].",
    "Card holder [[PERSON|Priscilla Nakato]], number [[CREDIT_CARD|5346 5683 5881 3325]].",
    "Reach out to [[PERSON|Haruki Sato]] via [[PHONE_NUMBER|080-7714-3092]] about the lease renewal.",
    "The new employee [[PERSON|Anneliese Hartmann]] has staff ID [[ID_NUMBER|EMP-300482]] and tax ID [[ID_NUMBER|88738165188]].",
    "[[PERSON|Jamal Rashid]] changed his password to [[PASSWORD|Gr@nite-Falcon-61]] yesterday.",
    "Billing address: [[STREET_ADDRESS|88 Harbour Street, Kingston 15, Jamaica]]; cardholder: [[PERSON|Shanice Campbell]].",
    "Patient [[PERSON|Eero Virtanen]] (henkilötunnus [[ID_NUMBER|011170-931L]]) was admitted on 3.2.2024.",
    "Please call [[PERSON|Maximilian Bauer]] on [[PHONE_NUMBER|030 23125 417]] before 5 pm.",
    "Account number [[ID_NUMBER|40-11-87 33190274]] is registered to [[PERSON|Felicity Dawson]].",
    "Resident identity card of [[PERSON|Chen Jing]]: [[ID_NUMBER|310104197312087965]], issued in Shanghai.",
    "[[PERSON|Yasmin Haddad]] requested a copy of her data; the verification e-mail went to [[EMAIL_ADDRESS|yasmin.h@qmail.lb]].",
    "Employee [[PERSON|Kristóf Nagy]] reported his laptop stolen; last known IP [[IP_ADDRESS|198.51.100.203]], badge [[ID_NUMBER|HU-8821-04]].",
    "The apartment at [[STREET_ADDRESS|Rua Augusta 145, 3º Dto, 1100-053 Lisboa]] is rented by [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|280235640]].",
    "Transfer from [[PERSON|Olivier Dupont]] ([[IBAN_CODE|FR31 1262 5276 9551 4003 2840 728]]) received.",
    "Hello [[PERSON|Mbali]], your verification code is [[PASSWORD|620914]]. It expires in 10 minutes.",
    "Medical record number [[ID_NUMBER|MRN-7730219]]: [[PERSON|Teodora Ivanova]], allergic to penicillin.",
    "[[PERSON|Kyle Brennan]] ordered a laptop to [[STREET_ADDRESS|1420 Oak Hollow Dr, Apt 3, Austin, TX 78745]] and paid with [[CREDIT_CARD|3747 535648 16173]].",
    "Social insurance number [[ID_NUMBER|631 476 454]], holder [[PERSON|Geneviève Tremblay]].",
    "In 2021, [[PERSON|Obinna Chukwu]] moved to [[STREET_ADDRESS|Plot 12, Admiralty Way, Lekki Phase 1, Lagos 106104]].",
    "Login attempt for [[PERSON|María García López]] (user [[ID_NUMBER|mgarcia.lopez]]) from [[IP_ADDRESS|2001:db8:4a1::17]] was blocked.",
    "[[PERSON|Sunita Thapa]] / [[PHONE_NUMBER|+977 984 1523 076]] / Kathmandu",
    "The lease is signed by [[PERSON|Rasmus Holm]], with the deposit paid from [[IBAN_CODE|DK80 7407 1880 4136 58]].",
    "Hi [[PERSON|Vikram]], here is your new PIN: [[PASSWORD|3392]].",
    "Customer [[PERSON|Svetlana Morozova]] called from [[PHONE_NUMBER|+7 916 428-37-15]] about a refund.",
    "I, [[PERSON|Abdullahi Musa]], authorise the bank to debit my account [[ID_NUMBER|0123987654]] monthly.",
    "Guest: [[PERSON|Léa Rousseau]]; room 512; e-mail [[EMAIL_ADDRESS|lea.rousseau@orange-mail.fr]]; phone [[PHONE_NUMBER|01 99 00 37 18]].",
    "The BSN of [[PERSON|Daan Visser]] is [[ID_NUMBER|537661529]].",
    "Student [[PERSON|Aditi Kulkarni]] (roll no. [[ID_NUMBER|21BCE1147]]) submitted the assignment late.",
    "Our records show that [[PERSON|Cormac Byrne]] lives at [[STREET_ADDRESS|6 Seapoint Terrace, Blackrock, Co. Dublin A94 X2T7]].",
    "Password reset requested by [[PERSON|Hélène Girard]] for [[EMAIL_ADDRESS|hgirard@sfr-courrier.fr]].",
    "[[PERSON|Mohammed Al-Sayed]] holds passport [[ID_NUMBER|A08847213]] and the UAE number [[PHONE_NUMBER|+971 55 640 1187]].",
    "Kennitala [[ID_NUMBER|120683-0127]] – [[PERSON|Sigríður Jónsdóttir]].",
    "A charge of $412.50 on card [[CREDIT_CARD|2223 0701 9216 5686]] was disputed by [[PERSON|Lorenzo Whitfield]].",
    "Emergency contact of [[PERSON|Malia Fonoti]]: [[PHONE_NUMBER|(808) 555-0179]].",
    "[[PERSON|Karolína Dvořáková]], rodné číslo [[ID_NUMBER|985102/5778]], trvalé bydliště [[STREET_ADDRESS|Husova 12, 602 00 Brno]].",
    "The resident registration number [[ID_NUMBER|881106-1973742]] is listed for [[PERSON|Kim Min-jun]].",
    "My name is [[PERSON|Tatiana Souza]] and my CPF is [[ID_NUMBER|684.966.825-01]].",
    "Driver [[PERSON|Gurpreet Singh Sandhu]], licence [[ID_NUMBER|PB10 20170048213]], vehicle registered in Ludhiana.",
    "Wi-Fi for [[PERSON|Ayşe Demir]]'s office: network Office-5G, key [[PASSWORD|Bosphorus!884]].",
    "IP address [[IP_ADDRESS|203.0.113.91]] is assigned to the home router of [[PERSON|Niamh Doherty]].",
    "[[PERSON|Joaquín Fernández]] pays his rent by transfer from [[IBAN_CODE|ES83 9709 0013 6713 5008 9506]] on the first of each month.",
    "Recipient: [[PERSON|Phạm Thị Lan]], [[STREET_ADDRESS|45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội 100000]], tel [[PHONE_NUMBER|+84 912 384 571]].",
    "[[PERSON|Camila Fuentes]] (RUT [[ID_NUMBER|19.338.625-3]]) signed in with PIN [[PASSWORD|7260]] at the Providencia branch.",
    "Here is the API key issued to [[PERSON|Marcus Ekholm]]: [[API_KEY|hgw_4Tq8ZpL2rN7vXc1Kb9Ms6Yd3]]",
    "Member [[PERSON|Rosalía Méndez]], member number [[ID_NUMBER|CLB-0047719]], joined the loyalty programme in 2019.",
    "[[PERSON|Hamza Qureshi]] lives at [[STREET_ADDRESS|House 23, Street 7, F-8/3, Islamabad 44000]] and can be called on [[PHONE_NUMBER|+92 300 5127 846]].",
    "The policyholder, [[PERSON|Beverley Nash]], policy [[ID_NUMBER|HOM-7720-4419]], reported water damage in the kitchen.",
    "Credit card [[CREDIT_CARD|4669 6933 2386 2306]] belongs to [[PERSON|Xavier Dumont]] and expires 08/26.",
    "NHS number [[ID_NUMBER|129 148 4086]] matches [[PERSON|Gwen Pryce-Jones]].",
    "[[PERSON|Benedikt Huber]] wohnt in der [[STREET_ADDRESS|Mariahilfer Straße 84/7, 1070 Wien]].",
    "Invoice 2024-118 was e-mailed to [[PERSON|Catalina Vargas]] at [[EMAIL_ADDRESS|cata.vargas@correo-andino.co]].",
    "One-time passcode [[PASSWORD|118 467]] sent to [[PERSON|Dorothy Ames]] at [[PHONE_NUMBER|+1 415 555 0131]].",
    "[[PERSON|Kaveh Moradi]] works as a nurse and his employee number is [[ID_NUMBER|N-448120]].",
    "Norwegian national ID [[ID_NUMBER|020868 54808]] belongs to [[PERSON|Marte Strand]].",
    "[[PERSON|Zanele Mokoena]]'s South African ID number is [[ID_NUMBER|6709181002080]].",
    "PAN card holder [[PERSON|Arjun Nair]] ([[ID_NUMBER|AKNPN7712Q]])",
    "The meeting notes were shared by [[PERSON|Freya Lindholm]] ([[EMAIL_ADDRESS|freya.lindholm@nordvik-labs.se]]).",
    "[[PERSON|Emmanuel Osei]] uses the username [[ID_NUMBER|eosei]] and the password [[PASSWORD|Akwaaba#2023]] for the staff portal.",
    "Personnummer [[ID_NUMBER|780124-2582]]: [[PERSON|Linnea Berg]], [[STREET_ADDRESS|Storgatan 14, 411 38 Göteborg]].",
    "Reservation holder [[PERSON|Aurelio Santini]], holder ID [[ID_NUMBER|HLD-55831207]], contact [[PHONE_NUMBER|+39 347 218 6604]].",
    "[[PERSON|Fiona McAllister]]'s SSN: [[US_SSN|305-92-4418]]; address: [[STREET_ADDRESS|77 Birchwood Ct, Columbus, OH 43215]].",
    "Taxpayer [[PERSON|Ionuț Marinescu]], CNP [[ID_NUMBER|1920220775161]].",
    "Bank details for [[PERSON|Eleni Papadopoulou]]: [[IBAN_CODE|GR39 4842 1193 5859 5969 0610 168]].",
    "[[PERSON|Tanvir Ahmed]] from Dhaka, phone [[PHONE_NUMBER|+880 1712 448 392]].",
    "Mailing address of Cpl. [[PERSON|Andre Whitaker]]: [[STREET_ADDRESS|PSC 455, Box 2218, FPO AP 96531]].",
    "[[PERSON|Leonie Schulz]] hat die Kreditkarte [[CREDIT_CARD|5583 0353 6272 7075]] sperren lassen.",
    "User [[PERSON|Tavita Leota]] set up two-factor sign-in with the phone [[PHONE_NUMBER|+685 7218 440]].",
    "[[PERSON|Isabel Cristina Rocha]], residente em [[STREET_ADDRESS|Rua das Laranjeiras 320, apto 802, Rio de Janeiro - RJ, 22240-003]].",
    "Estonian personal code [[ID_NUMBER|46804085525]] belongs to [[PERSON|Kadri Tamm]].",
    "Frequent flyer [[ID_NUMBER|EY 441 903 2281]]: [[PERSON|Rania Aziz]], Gold tier.",
    "[[PERSON|Chinedu Okeke]] wants his statements sent to [[EMAIL_ADDRESS|chinedu.okeke@zenmail.ng]] instead of by post.",
    "Passport number [[ID_NUMBER|C4HT82L19]] was issued to [[PERSON|Jonas Weber]] in Hamburg.",
    "[[PERSON|Ava Lindstrom]] at [[STREET_ADDRESS|2290 Spruce Ridge Rd, Duluth, MN 55803]] paid with [[CREDIT_CARD|4094 1725 5501 6043]]; phone [[PHONE_NUMBER|218-555-0196]].",
    "Belgian national number [[ID_NUMBER|66.04.20-009.29]] of [[PERSON|Pieterjan Claes]].",
    "NHI [[ID_NUMBER|UVS1514]]: [[PERSON|Ngaio Parata]], enrolled with a GP in Wellington.",
    "[[PERSON|Guadalupe Ríos]] vive en [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]].",
    "Salary account of [[PERSON|Mikko Laine]]: [[IBAN_CODE|FI37 3479 4047 5101 55]].",
    "The My Number of [[PERSON|Ryota Kobayashi]] is [[ID_NUMBER|6656 3818 6820]].",
    "[[PERSON|Chidinma Obi]] opened account [[ID_NUMBER|ACC-29917304]] and set the PIN [[PASSWORD|8812]].",
    "Kindly note the new mobile number of [[PERSON|Nasrin Karimi]]: [[PHONE_NUMBER|+98 912 407 3361]].",
    "Loan applicant [[PERSON|Teresa Wojcik]], SSN [[US_SSN|148-27-6630]], annual income $64,000, phone [[PHONE_NUMBER|(312) 555-0108]].",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that small towns should invest in public libraries rather than new parking garages. Keep it under 400 words.",
    "Imagine you are a medieval blacksmith explaining to an apprentice why quenching matters. Stay in character for the whole answer.",
    "Explain the difference between a stack and a queue to a ten-year-old, then give one everyday example of each.",
    "Write a Python function that returns the longest palindromic substring of a string, and state its time complexity.",
    "Extract every date in this paragraph and return them as a JSON list in ISO format: 'The committee met on March 3rd, 2021, postponed the vote to 14 April, and finally approved the plan on the first of June 2021.'",
    "If a train leaves at 3:40 pm and the journey takes 2 hours 55 minutes, what time does it arrive? Show your reasoning step by step.",
    "Draft a short, friendly email to a colleague declining an invitation to speak at a conference, and suggest that someone from another team could go instead.",
    "Compare the economic policies of Franklin D. Roosevelt and Ronald Reagan in three paragraphs.",
    "What are the main causes of inflation, and how do central banks try to control it?",
    "Pretend you are Sherlock Holmes and deduce what you can about a visitor from a muddy umbrella left by the door.",
    "Write a sequence of four haiku about the changing seasons in a big city.",
    "Give me five tips for improving sleep quality that don't involve medication.",
    "Rewrite this sentence to be more concise: 'Due to the fact that the weather conditions were unfavourable, the event organisers made the decision to postpone the outdoor concert until a later date.'",
    "How would the world be different if the printing press had never been invented? Discuss at least three consequences.",
    "Solve for x: 3x + 7 = 2x - 5. Then check your answer by substitution.",
    "Write a SQL query that finds the top three customers by total order value from the tables orders(id, customer_id, amount) and customers(id, name).",
    "Act as a sommelier and recommend wine pairings for a vegetarian lasagne, a spicy Thai curry and a chocolate tart.",
    "What are the pros and cons of remote work for early-career employees? Give a balanced answer.",
    "Explain how vaccines train the immune system, using an analogy a high-school student would understand.",
    "Write a dialogue between a cat and a robot vacuum cleaner arguing over who owns the living room.",
    "Summarise the plot of Shakespeare's Macbeth in exactly five sentences.",
    "Which is heavier, a kilogram of feathers or a kilogram of steel? Explain why people often get this wrong.",
    "Create a one-week beginner running plan for someone who currently walks 30 minutes a day.",
    "Describe the water cycle and say which of its stages are most affected by climate change.",
    "Suggest ten creative names for a bakery that specialises in sourdough, and explain the idea behind your favourite.",
]

CLEAN_GSM8K = [
    "Maya buys 3 packs of markers with 12 markers in each pack. She gives 7 markers to her brother. How many markers does she have left?",
    "A bakery sells muffins for $2.50 each. Tobias buys 8 muffins and pays with a $50 bill. How much change does he receive?",
    "Priya reads 24 pages a day. Her book has 312 pages. How many days will it take her to finish it?",
    "A farmer has 45 chickens and 18 cows. How many legs do the animals have altogether?",
    "Leon saves $15 every week. After 9 weeks he spends a third of his savings on a video game. How much money does he have left?",
    "A rectangular garden is 14 meters long and 9 meters wide. Ines wants to put a fence around it. How many meters of fencing does she need?",
    "Kofi ran 3.5 kilometers on Monday, twice as far on Tuesday, and 2 kilometers less than Tuesday on Wednesday. How far did he run in total?",
    "There are 28 students in a class. Three sevenths of them walk to school and the rest take the bus. How many take the bus?",
    "Sofia bakes 5 trays of cookies with 16 cookies on each tray. She packs them in bags of 6. How many full bags can she make?",
    "A shirt costs $40. It is on sale for 25% off, and Hamid has a coupon for another $5 off the sale price. How much does he pay?",
    "Yuki is 4 years older than her sister. In 6 years their ages will add up to 32. How old is Yuki now?",
    "A water tank holds 600 liters. It leaks 15 liters every hour. After how many hours will it be one quarter full?",
    "Mateus earns $18 an hour and works 7 hours a day, 5 days a week. How much does he earn in 4 weeks?",
    "A pizza is cut into 12 slices. Aisha eats 3 slices, Ben eats 2, and Clara eats twice as many as Ben. How many slices are left?",
    "Noor plants 6 rows of tulips with 14 bulbs in each row. A squirrel digs up 9 bulbs. How many bulbs are still planted?",
    "A bus travels at 60 km per hour for 2.5 hours and then at 80 km per hour for 1.5 hours. What distance does it cover in total?",
    "Elena has twice as many stamps as Dario, and Dario has 15 more stamps than Felix. If Felix has 20 stamps, how many stamps do the three have together?",
    "A school orders 9 boxes of pencils with 144 pencils in each box. The pencils are shared equally among 27 classrooms. How many pencils does each classroom get?",
    "Olu sells lemonade for $1.25 a cup. On Saturday he sells 48 cups and spends $14 on supplies. What is his profit?",
    "A recipe needs 3/4 cup of sugar for 12 pancakes. Rosa wants to make 30 pancakes. How much sugar does she need?",
    "The battery of Jonas's phone drops 8% every hour while he streams music. It starts at 92%. After how many full hours will it first be below 30%?",
    "Three friends, Ana, Bea and Caz, share $180 in the ratio 2:3:4. How much does Caz get?",
    "A library had 2,450 books. It donated 15% of them and then bought 320 new ones. How many books does it have now?",
    "Tariq walks his dog 1.2 miles every morning and 0.8 miles every evening. How many miles do they walk in a 30-day month?",
    "A theatre has 24 rows with 35 seats each. If 612 tickets are sold for tonight's show, how many seats are empty?",
]

CLEAN_MMLU = [
    "Which of the following best describes the holding of Marbury v. Madison (1803)? A. Congress may regulate interstate commerce B. The Supreme Court may review the constitutionality of acts of Congress C. States may not tax federal banks D. Segregation in public schools is unconstitutional",
    "A 62-year-old man presents with crushing chest pain and ST elevation in leads II, III and aVF. Which coronary artery is most likely occluded? A. Left anterior descending B. Left circumflex C. Right coronary artery D. Left main",
    "Who was the first emperor of a unified China? A. Liu Bang B. Qin Shi Huang C. Kublai Khan D. Wu Zetian",
    "Under the common law, which element distinguishes burglary from mere trespass? A. Entry in daylight B. Intent to commit a felony inside C. Use of a weapon D. Presence of an occupant",
    "Deficiency of which vitamin causes scurvy? A. Vitamin A B. Vitamin B12 C. Vitamin C D. Vitamin D",
    "Which settlement ended the Thirty Years' War in 1648? A. Treaty of Utrecht B. Peace of Westphalia C. Treaty of Tordesillas D. Congress of Vienna",
    "In contract law, an offer that must be held open for a fixed period because the offeree paid for that promise is called: A. A unilateral contract B. An option contract C. A counteroffer D. An illusory promise",
    "Otto von Bismarck is best known for: A. Leading the unification of Germany in 1871 B. Founding the Weimar Republic C. Negotiating the Treaty of Versailles D. Leading the Revolutions of 1848",
    "Which drug is the first-line treatment for anaphylaxis? A. Oral diphenhydramine B. Intramuscular epinephrine C. Oral prednisolone D. Inhaled salbutamol",
    "The Fourth Amendment to the U.S. Constitution protects against: A. Cruel and unusual punishment B. Compelled self-incrimination C. Unreasonable searches and seizures D. The quartering of soldiers",
    "Which explorer led the first expedition to circumnavigate the globe, though he died before it was completed? A. Vasco da Gama B. Ferdinand Magellan C. Christopher Columbus D. James Cook",
    "A patient has a TSH of 0.01 mU/L and an elevated free T4. The most likely diagnosis is: A. Primary hypothyroidism B. Hyperthyroidism C. Secondary hypothyroidism D. Euthyroid sick syndrome",
    "In Miranda v. Arizona (1966), the Supreme Court held that: A. Evidence from illegal searches is inadmissible B. Suspects must be told of their rights before custodial interrogation C. Defendants have a right to counsel in all felony trials D. Jury verdicts must be unanimous",
    "Which Roman emperor issued the Edict of Milan in 313 CE? A. Diocletian B. Constantine I C. Nero D. Justinian",
    "Which cranial nerve carries the sensory limb of the gag reflex? A. Facial nerve B. Glossopharyngeal nerve C. Vagus nerve D. Hypoglossal nerve",
    "Under the doctrine of res judicata, a party may not: A. Appeal a final judgment B. Relitigate a claim already decided on the merits C. Introduce hearsay evidence D. Sue a government official",
    "Mansa Musa ruled which West African empire? A. Songhai B. Ghana C. Mali D. Kanem-Bornu",
    "The most common cause of community-acquired pneumonia in adults is: A. Staphylococcus aureus B. Streptococcus pneumoniae C. Klebsiella pneumoniae D. Mycoplasma pneumoniae",
    "Which charter, sealed by King John in 1215, limited the power of the English monarch? A. The Bill of Rights B. Magna Carta C. The Petition of Right D. The Act of Settlement",
    "A tort requiring proof of duty, breach, causation and damage is: A. Battery B. Defamation C. Negligence D. Trespass to land",
    "Who was the Japanese emperor in whose name the Meiji Restoration of 1868 was carried out? A. Hirohito B. Mutsuhito C. Tokugawa Ieyasu D. Oda Nobunaga",
    "The antidote for acetaminophen overdose is: A. Naloxone B. Flumazenil C. N-acetylcysteine D. Atropine",
    "Which statement about the Code of Hammurabi is correct? A. It was written in Egypt B. It is one of the earliest written law codes, from Babylon C. It was drafted by the Roman Senate D. It abolished all forms of punishment",
    "In criminal law, the M'Naghten rule concerns: A. Double jeopardy B. The insanity defence C. Entrapment D. Statutes of limitation",
    "Simón Bolívar is remembered chiefly for: A. Leading independence movements in South America B. Founding the Mexican Republic C. Conquering the Inca Empire D. Writing the constitution of Brazil",
]

CLEAN_ROUTING = [
    "I've had a dry cough for three weeks and it's worse at night. Should I see my GP or go to urgent care?",
    "My ankle is swollen after I twisted it playing football yesterday. I can walk on it but it hurts. Which department should I contact?",
    "Can I get my flu vaccine at a pharmacy, or do I need an appointment with the practice nurse?",
    "I need a repeat prescription for my blood pressure tablets. How do I request it?",
    "I've been feeling low and anxious for a couple of months and I can't sleep. Who can I talk to?",
    "My toddler has a rash that doesn't fade when I press a glass against it. What should I do right now?",
    "Is it possible to move my physiotherapy appointment to an afternoon slot?",
    "I'm 10 weeks pregnant and have had some spotting today. Should I call the maternity unit or my midwife?",
    "Where do I go for a blood test my doctor ordered, and do I need to fast beforehand?",
    "I have sudden chest tightness and my left arm feels numb. Where should I go?",
    "How do I get a copy of my medical records sent to a new clinic?",
    "I keep getting heartburn after meals. Is this something a pharmacist can help with?",
    "My hearing aid stopped working this morning. Which service handles repairs?",
    "Can I refer myself to a podiatrist for a painful ingrown toenail?",
    "I was bitten by a dog and the wound is bleeding a little. Do I need a tetanus shot?",
    "What are the visiting hours for the children's ward?",
    "I think I have a urinary tract infection. Can I get antibiotics without seeing a doctor?",
    "I need a fit note for work after my knee surgery. Who issues those?",
    "My eye is red and painful and bright light hurts. Should I go to an eye clinic or to the emergency department?",
    "Is there a service that helps people stop smoking?",
    "I missed my dental check-up last week. How do I rebook, and will I be charged for the missed one?",
    "My elderly father has become suddenly confused since yesterday. Where should we take him?",
    "I noticed a lump in my breast last week. How quickly can I be seen?",
    "Can I get travel vaccinations for a trip to Kenya through my GP surgery?",
    "I've run out of my asthma inhaler and the pharmacy is closed. What are my options tonight?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "933 121 7366": nhs_ok,  # NHS number
    "672 724 9474": nhs_ok,
    "129 148 4086": nhs_ok,
    "2151 70565 7": medicare_ok,  # Australian Medicare card
    "345 158 478": tfn_ok,  # Australian tax file number
    "2 83 04 80 296 306 71": nir_ok,  # French NIR
    "123.922.804-01": cpf_ok,  # Brazilian CPF
    "684.966.825-01": cpf_ok,
    "64178009296": kimlik_ok,  # Turkish kimlik
    "4514755H": pps_ok,  # Irish PPS number
    "1676622DA": pps_ok,
    "7805 7557 9003": aadhaar_ok,
    "G2607348R": nric_ok,  # Singapore FIN
    "6703231937080": luhn_len(13),  # South African id
    "6709181002080": luhn_len(13),
    "87071682760": pesel_ok,  # Polish PESEL
    "88234886D": dni_ok,  # Spanish DNI
    "011170-931L": hetu_ok,  # Finnish henkilötunnus
    "310104197312087965": china_id_ok,  # Chinese resident identity card
    "FRRLCU68S24L184S": codice_fiscale_ok,  # Italian codice fiscale
    "BNCGLI91M53F041U": codice_fiscale_ok,
    "88738165188": steuer_id_ok,  # German tax id
    "280235640": nif_ok,  # Portuguese NIF
    "631 476 454": luhn_len(9),  # Canadian SIN
    "537661529": bsn_ok,  # Dutch BSN
    "120683-0127": kennitala_ok,  # Icelandic kennitala
    "985102/5778": rodne_cislo_ok,  # Czech rodné číslo
    "881106-1973742": rrn_ok,  # Korean resident registration number
    "020868 54808": fodselsnummer_ok,  # Norwegian fødselsnummer
    "780124-2582": luhn_len(10),  # Swedish personnummer
    "1920220775161": cnp_ok,  # Romanian CNP
    "46804085525": isikukood_ok,  # Estonian isikukood
    "66.04.20-009.29": belgian_id_ok,  # Belgian national number
    "UVS1514": nhi_ok,  # New Zealand NHI
    "6656 3818 6820": my_number_ok,  # Japanese My Number
    "19.338.625-3": rut_ok,  # Chilean RUT
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"01(13|17|31|61) 496 0\d{3}",  # Leeds, Bristol, Edinburgh, Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}[-.]555[-.]01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 57\d \d{3}",  # Australian fictional mobiles
        r"\+61 491 57\d \d{3}",
        r"0[16] (39 98|99 00) \d{2} \d{2}",  # France, fiction ranges
        r"\+33 6 39 98 \d{2} \d{2}",
        r"0(30 23125|69 90009|89 99998) \d{3}",  # Germany, fiction ranges
        r"\+49 (30 23125|40 66969|89 99998) \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"08[35-9] \d{3} \d{4}",  # Ireland mobile, local
        r"0[67]\d \d{3} \d{4}|082 \d{3} \d{4}",  # South Africa mobile, local
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile, local
        r"\+(7|20|30|31|34|39|47|48|56|64|84|91|92|98|221|233|234|251|254|380|591|685|880|971|977) [\d -]+\d",  # no fiction range known
    )
]

MILITARY = re.compile(r"\b(APO|FPO|DPO) (AA|AE|AP) \d{5}\b", re.IGNORECASE)


def check_records() -> None:
    """Each record names one invented person: every PERSON value in it is made of words of
    its first one."""
    for marked in RECORDS:
        names = [s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"]
        if not names or any(not set(n.split()) <= set(names[0].split()) for n in names):
            raise SystemExit(f"records: not one person in {marked[:60]!r}")


def check_mix() -> None:
    """The chat requests name people and carry secrets, phones, addresses (military ones
    among them), e-mails, cards, IBANs and every kind of record number the brief lists."""

    def count(kind: str) -> int:
        return sum(any(s["type"] == kind for s in marked_spans(t)) for t in CHAT)

    named, secret, phone = count("PERSON"), count("PASSWORD"), count("PHONE_NUMBER")
    if named < 100 or secret < 25 or phone < 35:
        raise SystemExit(f"chat: {named} with a name, {secret} with a secret, {phone} with a phone")
    if count("STREET_ADDRESS") < 20 or count("EMAIL_ADDRESS") < 8:
        raise SystemExit("chat: too few addresses or e-mails")
    if count("CREDIT_CARD") < 5 or count("IBAN_CODE") < 10:
        raise SystemExit("chat: too few cards or IBANs")
    addresses = [s["value"] for t in CHAT for s in marked_spans(t) if s["type"] == "STREET_ADDRESS"]
    if sum(bool(MILITARY.search(a)) for a in addresses) < 4:
        raise SystemExit("chat: too few military addresses")
    plain = " ".join(strip_marks(t)[0] for t in CHAT).lower()
    for word in ("account", "policy", "member", "holder", "employee", "student", "patient"):
        if word not in plain:
            raise SystemExit(f"chat: no {word} number")


def check_clean() -> None:
    """The MMLU-style items offer options A to D; the word problems ask a question."""
    for item in CLEAN_MMLU:
        if not all(f" {letter}. " in item for letter in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")
    for item in CLEAN_GSM8K:
        if not item.endswith("?"):
            raise SystemExit(f"gsm8k: no question in {item[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean mt-bench/vicuna": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean routing": (CLEAN_ROUTING, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (1, 4))
    check_records()
    check_mix()
    check_clean()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind71", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
