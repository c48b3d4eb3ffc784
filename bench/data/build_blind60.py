# ruff: noqa: E501
"""A sixtieth blind privacy set: 220 texts with personal data and 100 clean ones, the mix a
held-out privacy check of an LLM chat gateway would use.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions
of ``build_blind36.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 100 chat requests (3 to 90 words) in which people ask an assistant for help and mention
  private people or their own data; the first 25 are typed all in lower case, with typos.
  Surnames alone (with and without a title), names with non-English letters, lower-case
  names, names that are also words (Hope, Dawn, Will Hunter, Patience, Sunny), names with
  no cue word, nicknames; passwords that look like passwords and ones that do not, PINs,
  door, alarm and lock codes, a one-time code; phones with and without separators;
  addresses in France, Ireland, Japan, Germany, Poland, Italy, India, Austria, Portugal,
  the Netherlands, Spain, Canada, Argentina, South Africa, New Zealand, South Korea,
  Greece and Turkey, two military addresses (APO, DPO); e-mails; account, member, policy,
  booking holder, frequent flyer and employee numbers;
* 70 short third-person statements in the style of presidio-research's synthetic PII
  sentences, each its own sentence shape, one to three values: names of many origins,
  addresses of many countries (one FPO), phones, cards, IBANs, SSNs, national ids with
  valid check digits, driver licences, passports, usernames and IPs;
* 50 free-text rows like a synthetic PII dataset's, each a different sentence: a name with
  one to three of e-mail, username, password, IP, account number, API key, card, IBAN
  and phone.

Usernames and logins, account, customer, member, employee, policy, frequent flyer and
booking holder numbers, passports, driver licences and national ids are ID_NUMBER; PINs,
door, alarm and lock codes, wifi keys, passphrases and one-time codes PASSWORD; titles
and relation words (Mr, Mrs, Dr, Professor, Oma, my sister) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed;
public figures, historical figures, brands, places named after people, booking
references, claim numbers, order numbers and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data: 25
MT-Bench and Vicuna style prompts, 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D (law, medicine, history naming historical
figures) and 25 patient questions for a healthcare routing bot naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98) and in each country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and
not documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (Chinese resident id, Indian
Aadhaar, Brazilian CPF, Polish PESEL, Swedish personnummer, Dutch BSN, NHS number, Spanish
DNI and NIE, Italian codice fiscale, Finnish henkilötunnus, Turkish kimlik, Singapore
NRIC, Korean resident registration number, Australian TFN and Medicare, Canadian SIN,
South African id, Japanese My Number, Irish PPS, French NIR, Romanian CNP, Chilean RUT,
German tax id, Estonian isikukood, Norwegian fødselsnummer, Portuguese NIF, New Zealand
NHI, Icelandic kennitala, Belgian national number, Czech rodné číslo, Israeli teudat
zehut).

Run ``.venv/bin/python bench/data/build_blind60.py`` from the repository root; the output is
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

LOWER_CHAT = 25
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 90)
PRESIDIO_WORDS = (4, 40)
DATASET_WORDS = (8, 70)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Oma|Opa|Nan|Auntie|Uncle|Sgt|Sr|Sra|Herr|Frau|Mme|Petty Officer)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 100 chat requests; the first 25 typed all in lower case, with typos.
CHAT = [
    "hey can u help me write a txt to [[PERSON|okafor]] about the rent, his numbr is [[PHONE_NUMBER|07700900418]] and he never picks up",
    "my wifi pasword is [[PASSWORD|sunflower22]] and my neighbour [[PERSON|zoë hartmann]] keeps asking for it. shoud i just give it to her?",
    "remind me the door code at mums building is [[PASSWORD|4471]] and her flat is [[STREET_ADDRESS|14 rue des lilas, 69003 lyon]]",
    "what do i write in a leaving card for [[PERSON|bill baker]]? hes retiring after 30 yrs at the depot",
    "draft an email to [[EMAIL_ADDRESS|k.mensah77@outlook.com]] saying i cant make the intervew on tuesday, keep it short",
    "i locked myself out lol. the key box code is [[PASSWORD|2580]], how do these lockboxes even work",
    "my mate [[PERSON|gaz]] owes me 40 quid, help me word a msg thats not too passive agressive",
    "ok so [[PERSON|rosa delgado]] gave me her card pin [[PASSWORD|0912]] to get cash out for her while shes in hospital, is that allowed",
    "pls fix the grammer: i am [[PERSON|siobhán ní bhriain]] and i live at [[STREET_ADDRESS|apt 4, 22 harcourt terrace, dublin 2, d02 x285]]",
    "trying to log in, member no. [[ID_NUMBER|gm4471920]] says acount locked??",
    "how do i tell my upstairs neighbour [[PERSON|wójcik]] that his washing machine at 2am is too much without starting a war",
    "my gmail pass is [[PASSWORD|pizzaonfriday]], is that strong enuff or shud i change it",
    "can u make a shoppin list for my nan [[PERSON|dot]] and send it to [[EMAIL_ADDRESS|dot.pickles@btinternet.com]], she wants tea bags, bread, milk",
    "call [[PERSON|hope]] on [[PHONE_NUMBER|0491 570 156]] and tell her the party moved to saturday",
    "my boss mr [[PERSON|tan]] wants the report by 5, his email is [[EMAIL_ADDRESS|weijie.t@kaihong-logistics.sg]], write a quick note saying ill be late",
    "wat does it cost to post a parcel from manchester to [[STREET_ADDRESS|psc 3370 box 118, apo ae 09021]]? its for my brother",
    "help me write a complant, my policy number is [[ID_NUMBER|hx-88120457]] and they still havent paid out for the flood",
    "the passphrase for the team drive is [[PASSWORD|blue elephant seven]], dont tell [[PERSON|marcus]] i told u",
    "whats the best way to remeber pins, mine is [[PASSWORD|7733]] and i keep forgetting it at the till",
    "my sister [[PERSON|mei-ling]] moved to [[STREET_ADDRESS|3-12-7 nishi-shinjuku, shinjuku-ku, tokyo 160-0023]], how long does post from the uk take",
    "book a table for 4 under [[PERSON|jonas berg]], phone [[PHONE_NUMBER|+46 70 318 42 96]], sometime after 7",
    "need to chase employee id [[ID_NUMBER|e0048213]] in payroll, they didnt get paid this month, write the email",
    "[[PERSON|amara]] said her login is [[ID_NUMBER|amara_o]] and pasword [[PASSWORD|mangotree]] but it wont let her in, any ideas",
    "can u explain this letter from the bank, it says acct [[ID_NUMBER|00923817]] is overdrawn by £212",
    "pls txt [[PERSON|fitzgerald]] on [[PHONE_NUMBER|087 913 4402]] that the meetin is off",
    "Can you write a short thank-you note to Mrs [[PERSON|Adeyemi]] for looking after our cat last week?",
    "Draft a firm reminder to [[PERSON|Kowalczyk]] that the invoice from March is still unpaid.",
    'Please check this before I send it: "Hi [[PERSON|Søren]], the key is under the mat and the alarm code is [[PASSWORD|3391]]."',
    "[[PERSON|Grace Summers]] needs a reference for a nursing job. She worked with me for three years at the clinic; make it warm but professional.",
    "My number changed to [[PHONE_NUMBER|(415) 555-0163]], can you update this signature? Thanks, [[PERSON|Dana Whitfield]]",
    "How do I reset my router? The admin password on the sticker is [[PASSWORD|Xk7#pQ92!m]] but it doesn't work.",
    "I'm [[PERSON|Björn Åkesson]], employee number [[ID_NUMBER|SE-20931]]. Write an email to HR asking how many holiday days I have left.",
    "Write a birthday poem for [[PERSON|Will Hunter]], he turns 60 and loves fly fishing.",
    "Translate into German: Please deliver the parcel to [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]] and ring the bell for [[PERSON|Hoffmann]].",
    "Our babysitter [[PERSON|Ngozi]] can be reached on [[PHONE_NUMBER|+234 803 412 7795]]; format this as a contact card for the fridge.",
    "Tell the cleaner the side gate code is [[PASSWORD|1408]] followed by the star key, and the bins go out Thursday.",
    "Can you summarise my insurance letter? Policy [[ID_NUMBER|MTR-5520193-K]], holder [[PERSON|Aurelio Castañeda]], claim 44-0912 rejected for late notice.",
    "Is it safe to email my password? It's just [[PASSWORD|marmalade]], nothing fancy.",
    "Text [[PERSON|Bex]] I'm late.",
    "Help me fill in this form: name [[PERSON|Tomasz Wiśniewski]], address [[STREET_ADDRESS|ul. Długa 8/12, 00-238 Warszawa]], phone [[PHONE_NUMBER|+48 601 238 447]].",
    "My login for the council portal is [[ID_NUMBER|jdoyle_88]] and the password [[PASSWORD|Gr33nF1eld$]]; why does it keep timing out?",
    "Send flowers to [[STREET_ADDRESS|Via Garibaldi 27, 10122 Torino]] for my aunt [[PERSON|Carla]]. What should the card say?",
    "I need to change the lead passenger on booking QX7T2M. The booking holder's customer number is [[ID_NUMBER|CN-30418872]] and the new name is [[PERSON|Imogen Price]].",
    "Rewrite this politely: [[PERSON|Fernandes]], stop parking in my spot.",
    "What's the postage from the UK to [[STREET_ADDRESS|Unit 8421 Box 0117, DPO AP 96338]]? My son [[PERSON|Kyle]] is stationed there.",
    "Phone [[PHONE_NUMBER|02079460731]] and ask for [[PERSON|Penny]]. Can you write me a script for the call?",
    "My dentist's office is at [[PHONE_NUMBER|312.555.0148]]. Write a message cancelling Friday's appointment for [[PERSON|Luis Ortega]].",
    "Dr [[PERSON|Olufemi]] asked me to email my blood results to [[EMAIL_ADDRESS|results.desk@lagoscare-clinic.ng]]. Can you help me word it?",
    "What are good gift ideas for [[PERSON|Dawn]]? She's 70, gardens a lot and hates clutter.",
    "Compose a notice for my tenant [[PERSON|Rajesh Iyer]] at [[STREET_ADDRESS|Flat 2B, 41 Residency Road, Bengaluru 560025]] about the water being off on Monday.",
    "My Netflix password is [[PASSWORD|Summer2019]], my kid changed it and I can't get in. What do I do?",
    "Write a cover letter. Me: [[PERSON|Chiara Esposito]], [[EMAIL_ADDRESS|chiara.esposito90@libero.it]], [[PHONE_NUMBER|+39 347 218 5530]]. Job: junior architect.",
    'Can you turn this into a polite follow-up? "[[PERSON|Mendoza]], you said you\'d send the deposit back two weeks ago."',
    "Our office wifi key is [[PASSWORD|K4ngar00-Jump!]]. Make a little sign for the break room that doesn't show it to visitors.",
    "Make a packing list for my trip to see Oma [[PERSON|Hilde]] at [[STREET_ADDRESS|Hauptplatz 3, 8010 Graz]] in December.",
    "I'm applying for a visa. My old address was [[STREET_ADDRESS|Rua Augusta 118, 2.º Esq., 1100-053 Lisboa]]; is that the right format for the form?",
    "Add [[PERSON|Joy Fisher]] to the list: [[EMAIL_ADDRESS|joyf@fastmail.fm]], mobile [[PHONE_NUMBER|07700 900 612]].",
    "Summarise this voicemail: \"Hi it's [[PERSON|Tyrone]], call me back on [[PHONE_NUMBER|6175550122]], it's about the van.\"",
    "The alarm at the shop disarms with [[PASSWORD|9086]]. Write instructions for the new hire on opening up.",
    "Is my bank going to refund this? Account [[ID_NUMBER|62819037]], the charge was from a site I never used.",
    "Write a short speech for [[PERSON|Ahmad]] and [[PERSON|Leyla Karimi]]'s 25th anniversary; they met at university in Tabriz.",
    "Help me reply to Mrs [[PERSON|Hughes]]: she wants the hedge trimmed before her daughter's wedding and I'm away until the 20th.",
    "My partner's PayPal login is [[EMAIL_ADDRESS|sam.obrien@icloud.com]] with password [[PASSWORD|ilovebiscuits]]. Can I cancel a payment from her account for her?",
    "Write a recommendation for [[PERSON|Dương Thị Hoa]], who tutored my daughter in maths for two years.",
    "Please draft a change of address notice. Old: [[STREET_ADDRESS|12 Kloofnek Road, Tamboerskloof, Cape Town 8001]]. New: [[STREET_ADDRESS|7 Jan Smuts Avenue, Parktown, Johannesburg 2193]].",
    "Why was I charged again? My gym membership ID is [[ID_NUMBER|PF-7712-0394]] and I froze it in May.",
    "Turn these notes into minutes: [[PERSON|Nakamura]] presented Q3 numbers, [[PERSON|Ivanova]] raised the hiring freeze, [[PERSON|Brennan]] will follow up.",
    "Is this a scam? Someone texted from [[PHONE_NUMBER|+44 7700 900 274]] asking for my one-time code [[PASSWORD|582 019]].",
    "Write a lullaby that mentions [[PERSON|Ayasha]] and her grandmother's farm.",
    "My badge number is [[ID_NUMBER|77-40219]] and the lab door code is [[PASSWORD|C4419]]; write a handover note for the temp covering my shift.",
    "Make a sympathy card message for [[PERSON|Colm]] whose father died on Sunday.",
    "[[PERSON|Khadija Benali]] [[EMAIL_ADDRESS|k.benali@orange.fr]] [[PHONE_NUMBER|06 39 98 41 27]] turn that into a vCard please",
    "Write a note to our neighbours at [[STREET_ADDRESS|Keizersgracht 318-II, 1016 EZ Amsterdam]] apologising for the noise on Saturday.",
    "Sort these guests by surname: [[PERSON|Ines Moreau]], [[PERSON|Pádraig Doyle]], [[PERSON|Hana Nováková]], [[PERSON|Ruth Ellison]].",
    "What does the code on my payslip mean? It shows employee [[ID_NUMBER|004417]] and tax code 1257L.",
    'Is this clear for my cousin? "[[PERSON|Mags]], the spare key\'s with [[PERSON|Pat]] at number 9 and the garage code is [[PASSWORD|6620]]."',
    "Help me write a dispute letter to the airline. I was the booking holder, frequent flyer number [[ID_NUMBER|BA 41127390]], and they lost both bags.",
    "Compose a welcome e-mail for our new starter [[PERSON|Hunter]]; his desk phone will be [[PHONE_NUMBER|020 7946 0582]].",
    "Please format for an envelope: [[PERSON|Javier Ruiz Peña]], [[STREET_ADDRESS|Calle de Alcalá 214, 4.º B, 28028 Madrid]].",
    "How do I ask Professor [[PERSON|Lindqvist]] for an extension without sounding lazy?",
    "The password for my grandad's laptop is his dog's name, [[PASSWORD|Biscuit]]. How do I set up a password manager for him?",
    "Write an out-of-office: back on the 14th, urgent matters to [[PERSON|Priyanka Shah]] at [[EMAIL_ADDRESS|p.shah@northgate-legal.co.uk]] or [[PHONE_NUMBER|0113 496 0875]].",
    "I'm moving to [[STREET_ADDRESS|455 Rue Saint-Denis, app. 6, Montréal QC H2X 3L4]]; what utilities should I set up first?",
    "My bike lock combo is [[PASSWORD|3719]] and it won't open. How do I reset a combination lock?",
    "Please write a get-well card for [[PERSON|Patience]] from all of us in accounts.",
    "My roadside membership number is [[ID_NUMBER|RSA-552019847]]; write a complaint that they took four hours to arrive.",
    "[[PERSON|Kaito]] and [[PERSON|Yuna Shimizu]] are coming to stay; write them directions from the station to [[STREET_ADDRESS|9 Marine Parade, Napier 4110]].",
    "What's wrong with my SQL? SELECT * FROM users WHERE email = '[[EMAIL_ADDRESS|tomi.adebayo@yahoo.com]]'",
    "I'm [[PERSON|Léa Dubois]]. My CAF allocataire number is [[ID_NUMBER|4418273]]; write a letter asking why my housing aid stopped.",
    "Write a note for [[PERSON|Sunny]] to feed the fish while I'm away; the house code is [[PASSWORD|5150]].",
    "Email [[EMAIL_ADDRESS|r.quinn@proton.me]] the minutes.",
    "My old address was [[STREET_ADDRESS|Calle Florida 1065, piso 3, C1005AAS Buenos Aires]]; help me write to the consulate to update it.",
    "Remind me that [[PERSON|Anneke]]'s number is [[PHONE_NUMBER|+31 6 4127 3398]] and her birthday is June 3.",
    "I'm the policy holder, [[PERSON|Mark Field]], policy [[ID_NUMBER|HH-00418827]]. Draft an email asking to add my wife as a named driver.",
    "Check my email to my tenant [[PERSON|Nikos Papadakis]] at [[STREET_ADDRESS|Ermou 56, 105 63 Athina]] about the boiler repair.",
    "Why does my SIM ask for a PUK? I typed the PIN [[PASSWORD|1990]] wrong three times.",
    "[[PERSON|Eun-ji]] from our Seoul office starts Monday; her address for the welcome pack is [[STREET_ADDRESS|101-1203, 25 Olympic-ro 35-gil, Songpa-gu, Seoul 05510]].",
    "The Wi-Fi at the cabin is Lakeside_5G and the key is [[PASSWORD|loonsatdusk]]. Write a welcome sheet for guests.",
    "My Costco membership card reads [[ID_NUMBER|111 8372 0464]]; can I add my husband [[PERSON|Dale]] to it?",
    "Write a reply to [[PERSON|Yusuf Demir]], who emailed from [[EMAIL_ADDRESS|ydemir1984@hotmail.com]] asking if the flat at [[STREET_ADDRESS|Bağdat Caddesi 214/7, 34728 Kadıköy, İstanbul]] is still available.",
]

# 70 third-person statements in the manner of presidio-research's synthetic PII sentences.
PRESIDIO = [
    "[[PERSON|Haruto Sato]] lives at [[STREET_ADDRESS|2-4-11 Umeda, Kita-ku, Osaka 530-0001]].",
    "Her phone number is [[PHONE_NUMBER|(202) 555-0178]].",
    "The customer paid with card [[CREDIT_CARD|4539 1607 2884 3016]], expiring 09/27.",
    "[[PERSON|Olga Petrenko]]'s IBAN is [[IBAN_CODE|DE04 5001 0517 0648 2193 07]].",
    "His social security number is [[US_SSN|512-48-3307]] and he was born in Ohio.",
    "The login attempt for user [[ID_NUMBER|kmorrow_22]] came from [[IP_ADDRESS|203.0.113.47]].",
    "[[PERSON|Adaeze Nwosu]] holds passport number [[ID_NUMBER|A07219483]].",
    "Driving licence [[ID_NUMBER|MORGA753116SM9IJ]] belongs to [[PERSON|Sarah Morgan]].",
    "Send the signed contract to [[PERSON|Luca Bianchi]] at [[EMAIL_ADDRESS|luca.bianchi@tiscali.it]] by Friday.",
    "[[PERSON|Chen Jing]]'s resident identity number is [[ID_NUMBER|110108198706234318]].",
    "The Aadhaar number on file for [[PERSON|Ananya Reddy]] is [[ID_NUMBER|5831 7204 9660]].",
    "She can be contacted at [[PHONE_NUMBER|+91 98450 31762]] during office hours.",
    "[[PERSON|Kwame Asante]] moved from Accra to [[STREET_ADDRESS|48 Oxford Road, Manchester M13 9PL]] in 2019.",
    "The server log shows [[IP_ADDRESS|2001:db8:4a1c::17]] connecting at 03:12 under the account of [[PERSON|Ivan Horvat]].",
    "Payment of €450 was sent from [[IBAN_CODE|NL07 RABO 0318 4629 57]] on behalf of [[PERSON|Femke de Vries]].",
    "[[PERSON|Gabriela Souza]], CPF [[ID_NUMBER|731.529.640-99]], registered the vehicle in Curitiba.",
    "His username is [[ID_NUMBER|dr_kosmos]] and he posts mostly about chess openings.",
    "The stolen phone, [[PHONE_NUMBER|0491 570 384]], was last located near Fremantle.",
    "[[PERSON|Mateusz Zieliński]] was born in Gdańsk and his PESEL is [[ID_NUMBER|92071483563]].",
    "Our records list [[PERSON|Emma Lindström]], personnummer [[ID_NUMBER|890517-3822]], as the owner of the flat.",
    "The BSN [[ID_NUMBER|183746259]] was entered twice on the form for [[PERSON|Daan Visser]].",
    "Patient [[PERSON|Hamish Grant]], NHS number [[ID_NUMBER|519 376 2042]], was discharged on Tuesday.",
    "At check-in [[PERSON|Lucía Romero]] showed DNI [[ID_NUMBER|73918462G]].",
    "Ship the replacement to [[STREET_ADDRESS|Av. Paulista 1578, apto 92, Bela Vista, São Paulo - SP, 01310-200]].",
    "The codice fiscale of [[PERSON|Giulia Rossi]] is [[ID_NUMBER|RSSGLI88M52L219T]].",
    "[[PERSON|Aino Virtanen]] (henkilötunnus [[ID_NUMBER|240791-318V]]) renewed her library card.",
    "According to the file, [[PERSON|Emre Yıldız]] has kimlik number [[ID_NUMBER|48291037510]].",
    "[[PERSON|Tan Wei Ming]]'s NRIC is [[ID_NUMBER|S9273154E]] and his mobile is [[PHONE_NUMBER|+65 9127 4830]].",
    "[[PERSON|Park Ji-hoon]] provided resident registration number [[ID_NUMBER|880314-1257931]].",
    "The tax file number [[ID_NUMBER|512 847 378]] is linked to [[PERSON|Chloe Nguyen]] of Perth.",
    "[[PERSON|Marc Tremblay]] listed SIN [[ID_NUMBER|614 938 272]] on his tax slip.",
    "The refund went to card [[CREDIT_CARD|5204-7311-9862-0547]] held by [[PERSON|Owen Pritchard]].",
    "[[PERSON|Sipho Dlamini]]'s ID number is [[ID_NUMBER|9208145631081]].",
    "The My Number card shown by [[PERSON|Yamamoto Rin]] reads [[ID_NUMBER|7391 4028 5612]].",
    "A PPS number, [[ID_NUMBER|8371924U]], was quoted by [[PERSON|Niamh Kelly]] on the call.",
    "[[PERSON|Camille Laurent]], numéro de sécurité sociale [[ID_NUMBER|2 84 07 75 056 123 22]], asked about her refund.",
    "[[PERSON|Andrei Popescu]] gave his CNP as [[ID_NUMBER|1850321406729]] at the bank.",
    "The RUT [[ID_NUMBER|16.482.917-0]] belongs to [[PERSON|Valentina Soto]].",
    "In Germany the tax ID of [[PERSON|Felix Wagner]] is [[ID_NUMBER|57392184604]].",
    "Estonian records give [[PERSON|Kadri Tamm]] the personal code [[ID_NUMBER|49008152749]].",
    "[[PERSON|Ingrid Solberg]] was registered with fødselsnummer [[ID_NUMBER|12038947204]].",
    "The Portuguese NIF of [[PERSON|Rui Carvalho]] is [[ID_NUMBER|237184591]].",
    "[[PERSON|Tamati Walker]]'s NHI number is [[ID_NUMBER|MFD7318]] and he lives in Rotorua.",
    "[[PERSON|Jón Guðmundsson]], kennitala [[ID_NUMBER|170690-3709]], owns the fishing boat.",
    "The Belgian national number [[ID_NUMBER|85.06.17-283.64]] appears on the lease for [[PERSON|Pieter Janssens]].",
    "[[PERSON|Jana Horáková]] gave her rodné číslo as [[ID_NUMBER|855714/1230]].",
    "The Medicare card [[ID_NUMBER|2947 18634 2]] belongs to [[PERSON|Liam O'Connor]].",
    "The attacker's IP was [[IP_ADDRESS|198.51.100.23]].",
    "He paid with an Amex, [[CREDIT_CARD|3719 384027 15629]].",
    "Her rent leaves [[IBAN_CODE|GB38 LOYD 3096 3482 0753 16]] on the first of the month.",
    "Her work e-mail is [[EMAIL_ADDRESS|n.haddad@cedarline.ae]] and her office is [[STREET_ADDRESS|Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai]].",
    "[[PERSON|Oluwaseun Bakare]] drives with licence number [[ID_NUMBER|LAG48291AB37]].",
    "[[PERSON|Santiago Herrera]] lives at [[STREET_ADDRESS|Carrera 7 # 71-21, Bogotá]] and works nights.",
    "The account [[ID_NUMBER|xX_nightowl_Xx]] was banned for spam.",
    "[[PERSON|Fatima Zahra El Idrissi]] can be reached at [[PHONE_NUMBER|+212 661 48 27 93]].",
    "The new tenant, [[PERSON|Dmitri Volkov]], pays from [[IBAN_CODE|AT87 1904 3006 4821 7593]].",
    "Records show a Visa, [[CREDIT_CARD|4917 8265 0314 4299]], used by [[PERSON|Hannah Schultz]] at 22:04.",
    "The intrusion came from [[IP_ADDRESS|192.0.2.186]] and targeted the account [[ID_NUMBER|a.lopez]].",
    "The family of [[PERSON|Mirela Kovač]] has rented [[STREET_ADDRESS|Ilica 112, 10000 Zagreb]] since 2015.",
    "His SSN [[US_SSN|231-70-4418]] was on the stolen laptop.",
    "[[PERSON|Aarav Mehta]] uses [[EMAIL_ADDRESS|aarav.mehta@rediffmail.com]] and [[PHONE_NUMBER|+91 98201 47335]].",
    "Mail for [[PERSON|Thabo Mokoena]] goes to [[STREET_ADDRESS|Plot 5432, Extension 9, Gaborone]].",
    "[[PERSON|Noa Mizrahi]]'s teudat zehut is [[ID_NUMBER|318472651]].",
    "Letters to Petty Officer [[PERSON|Reyes]] go to [[STREET_ADDRESS|USS Ashland LSD-48, FPO AP 96601-1718]].",
    "A transfer reached her Swiss account [[IBAN_CODE|CH68 0076 2011 8427 3594 4]] yesterday.",
    "[[PERSON|Elif Şahin]]'s home number is [[PHONE_NUMBER|+90 212 483 17 62]].",
    "The passport of [[PERSON|Heinrich Vogel]] is numbered [[ID_NUMBER|C4J7R9T21]].",
    "A login from [[IP_ADDRESS|203.0.113.211]] used the password [[PASSWORD|Tulip!2023]] for [[ID_NUMBER|mvaldez]].",
    "[[PERSON|Ewa Nowak]] banks with [[IBAN_CODE|PL90 1090 1014 0000 0712 9876 1234]].",
    "[[PERSON|Jessica Tran]], SSN [[US_SSN|608-21-5534]], filed jointly with her husband.",
]

# 50 free-text rows like a synthetic PII dataset's: a name and one to three other values.
DATASET = [
    "Please update the profile of [[PERSON|Marisol Vega]]: her new e-mail is [[EMAIL_ADDRESS|marisol.vega@protonmail.com]] and her username stays [[ID_NUMBER|mvega_design]].",
    "[[PERSON|Kenji Watanabe]] reported that his password [[PASSWORD|hK9$zq2Lw]] stopped working after a sign-in from [[IP_ADDRESS|198.51.100.77]].",
    "Refund approved for [[PERSON|Abena Owusu]] to card [[CREDIT_CARD|4173 8265 0193 8428]]; confirm by calling [[PHONE_NUMBER|+233 24 418 7290]].",
    "The API key [[API_KEY|sk_live_4fQ9xT2mL7vR8bN1cZ6wY3pK]] was pushed to a public repository by [[PERSON|Connor Walsh]] and revoked an hour later.",
    "Monthly salary for [[PERSON|Isabella Conti]] is paid into [[IBAN_CODE|IT20 X054 2811 1010 0000 0456 789]].",
    "Hello, my name is [[PERSON|Rohan Kapoor]] and I can't access account [[ID_NUMBER|7720145893]] since changing my phone to [[PHONE_NUMBER|+91 99014 26718]].",
    "Welcome aboard, [[PERSON|Freya Lindgren]]! Your temporary password is [[PASSWORD|Welcome#4821]] and your login is [[ID_NUMBER|flindgren]].",
    "Chargeback filed by [[PERSON|Marcus Oyelaran]] on card [[CREDIT_CARD|5350 1827 4466 0193]] for an order he says he never placed.",
    "[[PERSON|Sofia Andersson]] asked us to send invoices to [[EMAIL_ADDRESS|sofia.andersson@telia.se]] and debit [[IBAN_CODE|SE54 5000 0000 0583 9826 1475]] instead.",
    "Access log: user [[ID_NUMBER|pmartinez]] ([[PERSON|Pablo Martínez]]) authenticated from [[IP_ADDRESS|203.0.113.9]] using key [[API_KEY|AKIA4QZ7XN2LRB8TWM5K]].",
    "The courier will phone [[PERSON|Ayodele Okoro]] on [[PHONE_NUMBER|+234 809 615 3302]] before delivery.",
    "Could [[PERSON|Harriet Blackwood]] confirm whether [[EMAIL_ADDRESS|hblackwood@btopenworld.com]] is still the best address for the school newsletter?",
    "[[PERSON|Diego Alvarado]] uses the handle [[ID_NUMBER|dalvarado_mx]] on the forum and the password [[PASSWORD|cancun1987]] everywhere, which is how both accounts were taken.",
    "Direct debit set up for [[PERSON|Manon Lefèvre]] from [[IBAN_CODE|FR58 3000 4028 3700 0129 4768 531]]; receipts go to [[EMAIL_ADDRESS|manon.lefevre@free.fr]].",
    "[[PERSON|Yerlan Abenov]]'s GitHub token [[API_KEY|ghp_9kT3mQ7vXr2LwP5nB8cY1zH4dF6sJ0aE2gUi]] was found in a build log.",
    "Our fraud team flagged [[PERSON|Gemma Whitlock]]: card [[CREDIT_CARD|2227 4103 8856 1932]] used from [[IP_ADDRESS|192.0.2.54]] minutes after a password reset.",
    "Please ring [[PERSON|Tadeusz Nowicki]] on [[PHONE_NUMBER|+48 512 904 336]] about his savings account [[ID_NUMBER|PL-SAV-88213077]].",
    "Account holder [[PERSON|Leila Farahani]], account number [[ID_NUMBER|40917253]], requested a new debit card.",
    "Dear [[PERSON|Oskar Nieminen]], we received a request to reset the password for [[EMAIL_ADDRESS|oskar.nieminen@elisanet.fi]].",
    "The Slack bot for [[PERSON|Priscilla Ansah]]'s team leaked [[API_KEY|xoxb-48210937-61827304-qR7tM2vK9xLp4WnB8cZ3]] in a screenshot.",
    "[[PERSON|Connie Leung]] pays tuition by card [[CREDIT_CARD|3569 0277 3184 0617]] and can be reached at [[PHONE_NUMBER|+852 9184 3372]].",
    "New user created: [[PERSON|Bruno Teixeira]], username [[ID_NUMBER|bteixeira]], initial password [[PASSWORD|Pa55-Lisboa-77]], e-mail [[EMAIL_ADDRESS|bruno.teixeira@sapo.pt]].",
    "Suspicious activity from [[IP_ADDRESS|2001:db8:7f3::a2]] on the account of [[PERSON|Yasmin Haddad]] was blocked.",
    "[[PERSON|Magnus Eriksen]] wants rent refunds paid to [[IBAN_CODE|NO21 8601 1183 942]].",
    "Hi team, [[PERSON|Ruby Castellanos]] here; my Maps key [[API_KEY|AIzaSyD4kR9tLm2XqW7vB3nC8pJ5hF1gZ6eYs0u]] hit its quota, can someone raise it?",
    "[[PERSON|Owain Griffiths]] forgot his PIN and asked for a reminder to [[PHONE_NUMBER|07700 900 531]].",
    "For verification, [[PERSON|Nadia Rahman]] confirmed the last card used was [[CREDIT_CARD|4508 7331 0256 4874]] and her username [[ID_NUMBER|nadia.r88]].",
    "The bank transfer from [[PERSON|Jakob Huber]] came from [[IBAN_CODE|LU24 0019 4006 8217 5000]] last week.",
    "Reset complete for [[PERSON|Lwazi Ndlovu]]: password now [[PASSWORD|Umlando!93]], recovery e-mail [[EMAIL_ADDRESS|lwazi.ndlovu@webmail.co.za]].",
    "[[PERSON|Clara Fuentes]] logs into the VPN as [[ID_NUMBER|cfuentes]] from [[IP_ADDRESS|198.51.100.142]].",
    "Order confirmation was sent to [[PERSON|Wendell Pike]] at [[EMAIL_ADDRESS|wpike@comcast.net]] and to his phone [[PHONE_NUMBER|(503) 555-0191]].",
    "The OpenAI key [[API_KEY|sk-proj-Tq8Lm3Zr7Vx2Nc5Bw9Hk4Jd1Fs6Gp0Ye]] belongs to [[PERSON|Hyun-woo Kang]] and must not be shared.",
    "[[PERSON|Esperanza Molina]] asked that the deposit go to [[IBAN_CODE|ES21 2100 0418 4502 0005 1331]] rather than her old account.",
    "Gift card purchase by [[PERSON|Trevor Oakes]] with [[CREDIT_CARD|5403 1668 2740 9518]] was declined at 14:02.",
    "Teacher [[PERSON|Anjali Bose]] shares the class account [[ID_NUMBER|class7b_bose]] with password [[PASSWORD|chalkdust]].",
    "[[PERSON|Sebastián Quiroga]] called from [[PHONE_NUMBER|+56 9 6128 4407]] to dispute a charge on account [[ID_NUMBER|CL-3310927]].",
    "Thanks for signing up, [[PERSON|Mireille Kamga]]! We've sent a link to [[EMAIL_ADDRESS|mireille.kamga@yahoo.fr]].",
    "Ticket note: [[PERSON|Arjun Pillai]] cannot reach the dashboard from [[IP_ADDRESS|192.0.2.233]]; his token [[API_KEY|tok_9wQ2eR7tY4uI1oP8aS5dF3gH]] returns 401.",
    "Payroll will pay [[PERSON|Beatriz Lopes]] into [[IBAN_CODE|PT59 0035 0412 0004 8561 9276 3]] from next month.",
    "[[PERSON|Finnegan Cross]] changed his password to [[PASSWORD|correcthorsebattery]] and his phone to [[PHONE_NUMBER|+353 86 204 7719]].",
    "Card [[CREDIT_CARD|6011 7620 5583 4195]] on file for [[PERSON|Delphine Aubert]] expires next month.",
    "Profile: [[PERSON|Kofi Boateng]], e-mail [[EMAIL_ADDRESS|kofi.boateng@gmail.com]], username [[ID_NUMBER|kofib]], last IP [[IP_ADDRESS|203.0.113.164]].",
    "[[PERSON|Signe Dahl]] wants statements for [[IBAN_CODE|DK31 0040 0440 1862 31]] sent to [[EMAIL_ADDRESS|signe.dahl@stofanet.dk]].",
    "Help desk: [[PERSON|Ravi Subramanian]] locked out of account [[ID_NUMBER|88120344]] after three wrong passwords.",
    "The webhook secret [[API_KEY|whsec_Lr4Vq8Zt2Mx6Nb1Kc9Jp3Hw7]] was generated by [[PERSON|Imani Brooks]] for the billing service.",
    "Card [[CREDIT_CARD|4929 3014 7768 2050]] and account [[ID_NUMBER|00571843]] both belong to [[PERSON|Callum Reid]].",
    "[[PERSON|Ji-woo Han]] can be reached at [[PHONE_NUMBER|010-4823-1976]] or [[EMAIL_ADDRESS|jiwoo.han@naver.com]].",
    "Security notice for [[PERSON|Tobias Krüger]]: a login to [[ID_NUMBER|tkrueger]] from [[IP_ADDRESS|198.51.100.5]] used the old password [[PASSWORD|Bremen#2020]].",
    "[[PERSON|Lucille Baptiste]] pays rent from [[IBAN_CODE|BE53 7390 4872 1563]] by standing order.",
    "Support replied to [[PERSON|Hamza Qureshi]] at [[EMAIL_ADDRESS|hamza.q@outlook.com]] about card [[CREDIT_CARD|5167 3409 2283 9475]] being charged twice.",
]

# 25 clean prompts in the manner of MT-Bench and Vicuna.
CLEAN_MTBENCH = [
    "Compose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.",
    "Draft a professional email seeking your supervisor's feedback on the quarterly financial report you prepared.",
    "Imagine you are writing a blog post comparing two popular smartphone models. Develop an outline with key points and subheadings.",
    "Write a persuasive essay arguing that public libraries remain essential in the age of the internet.",
    "Pretend to be a sommelier and recommend a wine to pair with mushroom risotto, explaining your reasoning.",
    "Embrace the role of a tour guide in ancient Rome and describe a walk from the Forum to the Colosseum.",
    "Suppose you are a mathematician and poet. Write a short poem that proves the square root of 2 is irrational.",
    "Which word does not belong with the others? tyre, steering wheel, car, engine. Explain your answer.",
    "A is the father of B, B is the father of C. What is the relationship between A and C?",
    "Extract the unique variable names from the following equations and return them as a JSON list: y = 3x^2 + 2z; w = 5t - y.",
    "Write a Python function that returns the longest common subsequence of two strings, with comments.",
    "Implement a binary search in C that returns the index of a target value or -1 if it is absent.",
    "Explain the difference between a process and a thread to someone who has only written spreadsheets.",
    "How can I improve my time management skills when working from home?",
    "What are the most effective ways to deal with stress before an exam?",
    "What are the main differences between Python and JavaScript for a beginner?",
    "How do vaccines work to protect individuals and communities from infectious diseases?",
    "Why do some people enjoy the sensation of being scared, such as watching horror movies?",
    "How can governments use fiscal and monetary policy to fight a recession?",
    "What if the Internet had been invented during the Renaissance period?",
    "How many times does the average human blink in a lifetime? Walk me through your reasoning step by step.",
    "Describe a vivid and unique character, using strong imagery and creative language, in fewer than two paragraphs.",
    "Could you explain the basics of quantum computing in plain language?",
    "What are the pros and cons of a four-day working week for small businesses?",
    "Write a limerick about a cat who learns to use a laptop.",
]

# 25 clean GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?",
    "Tobias has 3 boxes of crayons with 24 crayons each. He gives 17 crayons to his sister. How many crayons does he have left?",
    "A bakery sells muffins for $2.50 each. Priya buys 6 muffins and pays with a $20 bill. How much change does she get?",
    "Marco runs 4 miles every weekday and 7 miles on Saturday. How many miles does he run in two weeks if he rests on Sundays?",
    "Leona's garden has 5 rows of tomato plants with 8 plants in each row. Each plant gives 12 tomatoes. How many tomatoes does she harvest?",
    "A train travels 60 miles per hour for 2.5 hours and then 45 miles per hour for 2 hours. How far does it travel in total?",
    "Jasper saves $15 a week. How many weeks will it take him to buy a bike that costs $240?",
    "Ingrid bought 3 notebooks at $4 each and 2 pens at $1.75 each. How much did she spend?",
    "There are 28 students in the art club. Three sevenths of them walk to school. How many students do not walk?",
    "Farah reads 35 pages a day. Her book has 420 pages. How many days will it take her to finish it?",
    "A rectangle has a length of 14 cm and a width of 9 cm. What is its perimeter?",
    "Elijah had 120 marbles. He lost 15% of them. How many marbles does he have now?",
    "Mina baked 4 trays of cookies with 18 cookies on each tray. She ate 5 and gave the rest equally to 7 friends. How many did each friend get?",
    "A store discounts a $80 jacket by 25%, then charges 8% sales tax on the sale price. What is the final price?",
    "Rafael is twice as old as his brother Dario. In 6 years, the sum of their ages will be 42. How old is Dario now?",
    "Wendy fills a 12-litre bucket with a tap that pours 0.8 litres per minute. How many minutes does it take?",
    "Kai earns $18 an hour and works 7.5 hours a day for 5 days. How much does he earn that week?",
    "A school orders 15 packs of pencils with 12 pencils in each pack. If 37 pencils are broken, how many usable pencils are there?",
    "Beatrix has 3 times as many stickers as Colin. Together they have 96 stickers. How many stickers does Colin have?",
    "A recipe needs 3/4 cup of sugar for 12 cookies. How much sugar does Omar need for 40 cookies?",
    "Lucia drives 320 km and her car uses 6.5 litres of fuel per 100 km. How many litres does she use?",
    "A farmer has 56 chickens and 14 cows. How many legs are there on the farm altogether?",
    "Theo buys a phone plan that costs $25 a month plus $0.10 per text. He sends 230 texts in March. What is his bill?",
    "Greta splits a $138 dinner bill evenly with 5 friends and adds a 15% tip to her share. How much does she pay?",
    "Ahmed packs 250 apples into bags of 8. How many full bags does he make and how many apples are left over?",
]

# 25 clean MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which case established the principle of judicial review in the United States? A. McCulloch v. Maryland B. Marbury v. Madison C. Gibbons v. Ogden D. Dred Scott v. Sandford",
    "Under the common law, which element distinguishes burglary from trespass? A. Use of force B. Intent to commit a felony inside C. Entry at night D. Presence of an occupant",
    "In contract law, an offer that specifies a time for acceptance generally lapses: A. immediately B. after a reasonable time C. at the time stated D. only when revoked in writing",
    "The Miranda warnings are required before: A. any police questioning B. custodial interrogation C. a traffic stop D. a search of a vehicle",
    "Which doctrine allows a court to set aside an unconscionable contract term? A. Promissory estoppel B. Parol evidence C. Unconscionability D. Frustration of purpose",
    "Who wrote the Second Treatise of Government? A. Thomas Hobbes B. John Locke C. Jean-Jacques Rousseau D. Montesquieu",
    "Which emperor issued the Edict of Milan in 313? A. Diocletian B. Nero C. Constantine D. Augustus",
    "Otto von Bismarck is best known for: A. unifying Germany B. founding the Royal Navy C. leading the French Revolution D. writing the Communist Manifesto",
    "The Magna Carta was sealed in 1215 by which English king? A. Henry II B. Richard I C. John D. Edward I",
    "Which leader launched the Long March? A. Sun Yat-sen B. Chiang Kai-shek C. Mao Zedong D. Deng Xiaoping",
    "Simón Bolívar played a leading role in the independence of: A. Brazil B. Mexico C. several South American states D. Cuba",
    "Which pharaoh is associated with a short-lived shift to the worship of the Aten? A. Ramesses II B. Akhenaten C. Khufu D. Thutmose III",
    "Who was the first woman to win a Nobel Prize? A. Florence Nightingale B. Marie Curie C. Rosalind Franklin D. Ada Lovelace",
    "The Meiji Restoration began in which year? A. 1603 B. 1776 C. 1868 D. 1912",
    "Which ruler commissioned the Taj Mahal? A. Akbar B. Babur C. Shah Jahan D. Aurangzeb",
    "A 55-year-old presents with crushing chest pain radiating to the left arm. The most appropriate first test is: A. chest X-ray B. ECG C. echocardiogram D. stress test",
    "Which vitamin deficiency causes scurvy? A. Vitamin A B. Vitamin B12 C. Vitamin C D. Vitamin D",
    "The most common cause of community-acquired pneumonia in adults is: A. Staphylococcus aureus B. Streptococcus pneumoniae C. Klebsiella D. Legionella",
    "Which hormone is produced by the beta cells of the pancreas? A. Glucagon B. Insulin C. Somatostatin D. Amylin",
    "A drug that blocks the action of acetylcholine at muscarinic receptors is: A. atropine B. neostigmine C. pilocarpine D. succinylcholine",
    "Which nerve is most often compressed in carpal tunnel syndrome? A. Ulnar B. Radial C. Median D. Musculocutaneous",
    "Hashimoto's thyroiditis typically leads to: A. hyperthyroidism B. hypothyroidism C. thyroid cancer D. goitre with normal function only",
    "The normal range of adult resting heart rate is: A. 30-50 B. 60-100 C. 100-140 D. 140-180 beats per minute",
    "Joseph Lister is credited with introducing: A. anaesthesia B. antiseptic surgery C. the stethoscope D. X-ray imaging",
    "Which of the following is a first-line treatment for anaphylaxis? A. Oral antihistamine B. Intramuscular adrenaline C. Inhaled salbutamol D. Intravenous fluids only",
]

# 25 clean patient questions for a healthcare routing bot, naming no one.
CLEAN_HEALTH = [
    "I've had a sore throat for five days and now my ears hurt. Should I see a GP or go to urgent care?",
    "My toddler has a temperature of 39.2 and won't drink. Is this an emergency?",
    "How do I book a blood test after my doctor asked for one?",
    "I think I sprained my ankle playing football. Do I need an X-ray?",
    "Can I get my repeat prescription for inhalers online, and how long does it take?",
    "I feel dizzy when I stand up quickly. Who should I talk to about this?",
    "What should I bring to my first appointment at the physiotherapy clinic?",
    "My mole has changed shape and colour over a few months. How soon should I get it checked?",
    "I'm 30 weeks pregnant and my feet are very swollen. Should I call the maternity unit?",
    "Is a walk-in centre the right place for a cut that might need stitches?",
    "I've been feeling low for weeks and can't sleep. Where can I get mental health support?",
    "How do I cancel or move an outpatient appointment?",
    "My child was bitten by a neighbour's dog and the skin is broken. What should I do?",
    "Do I need a referral to see a dermatologist for eczema?",
    "I have chest tightness when climbing stairs but it goes away when I rest. Which service should I contact?",
    "Can a pharmacist help with a urine infection or do I need a doctor?",
    "What are the visiting hours on the surgical wards?",
    "I've had diarrhoea for three days and feel weak. When should I worry about dehydration?",
    "My hearing aid stopped working. Who do I contact for a repair?",
    "How can I get my medical records sent to a new practice?",
    "I missed my second dose of the vaccine. Can I still get it?",
    "Is it normal to have a headache every morning, and who should I see about it?",
    "My elderly father seems confused since yesterday and is not himself. Is that urgent?",
    "Where can I get emergency contraception at the weekend?",
    "I need a fit note for work after surgery. How do I request one?",
]

NATIONAL_IDS = {
    "110108198706234318": china_id_ok,  # Chinese resident identity card
    "5831 7204 9660": aadhaar_ok,  # Indian Aadhaar
    "731.529.640-99": cpf_ok,  # Brazilian CPF
    "92071483563": pesel_ok,  # Polish PESEL
    "890517-3822": luhn_len(10),  # Swedish personnummer
    "183746259": bsn_ok,  # Dutch BSN
    "519 376 2042": nhs_ok,  # NHS number
    "73918462G": dni_ok,  # Spanish DNI
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "240791-318V": hetu_ok,  # Finnish henkilötunnus
    "48291037510": kimlik_ok,  # Turkish kimlik
    "S9273154E": nric_ok,  # Singapore NRIC
    "880314-1257931": rrn_ok,  # Korean resident registration number
    "512 847 378": tfn_ok,  # Australian tax file number
    "614 938 272": luhn_len(9),  # Canadian SIN
    "9208145631081": luhn_len(13),  # South African id
    "7391 4028 5612": my_number_ok,  # Japanese My Number
    "8371924U": pps_ok,  # Irish PPS number
    "2 84 07 75 056 123 22": nir_ok,  # French NIR
    "1850321406729": cnp_ok,  # Romanian CNP
    "16.482.917-0": rut_ok,  # Chilean RUT
    "57392184604": steuer_id_ok,  # German tax id
    "49008152749": isikukood_ok,  # Estonian isikukood
    "12038947204": fodselsnummer_ok,  # Norwegian fødselsnummer
    "237184591": nif_ok,  # Portuguese NIF
    "MFD7318": nhi_ok,  # New Zealand NHI
    "170690-3709": kennitala_ok,  # Icelandic kennitala
    "85.06.17-283.64": belgian_id_ok,  # Belgian national number
    "855714/1230": rodne_cislo_ok,  # Czech rodné číslo
    "2947 18634 2": medicare_ok,  # Australian Medicare card
    "318472651": luhn_len(9),  # Israeli teudat zehut
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900 \d{3}",
        r"020 ?7946 ?0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}\.555\.01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(212|233|234|31|353|39|46|48|56|65|852|90|91) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and carry secrets, contacts, addresses and record
    numbers (one military address at least); every dataset row names someone."""
    kinds = [s["type"] for t in CHAT for s in marked_spans(t)]
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 60 or secret < 20:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for kind, least in (
        ("PHONE_NUMBER", 15),
        ("STREET_ADDRESS", 18),
        ("EMAIL_ADDRESS", 10),
        ("ID_NUMBER", 15),
    ):
        if kinds.count(kind) < least:
            raise SystemExit(f"chat: too few {kind}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT).lower()
    if not re.search(r"\b(apo|fpo|dpo)\b", plain):
        raise SystemExit("chat: no military address")
    for t in DATASET:
        if not any(s["type"] == "PERSON" for s in marked_spans(t)):
            raise SystemExit(f"dataset: no name in {t[:60]!r}")
    shapes = [re.sub(r"\[\[[A-Z_]+\|.+?\]\]", "#", t) for t in PRESIDIO + DATASET]
    if len(set(shapes)) != len(shapes):
        raise SystemExit("presidio/dataset: two texts share a sentence shape")


def main() -> None:
    sections = {
        "chat": (CHAT, 100),
        "presidio": (PRESIDIO, 70),
        "dataset": (DATASET, 50),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + PRESIDIO + DATASET
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("dataset", DATASET, DATASET_WORDS, (2, 4))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind60", HERE, sections, {"chat", "presidio", "dataset"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
