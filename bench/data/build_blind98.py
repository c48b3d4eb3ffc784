# ruff: noqa: E501
"""A ninety-eighth blind privacy set: 220 texts with personal data and 100 clean ones, about
public services.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening of
``README.md`` and its labelling paragraph, and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise about public services: immigration
  and visas, benefits, council and local government, police reports, courts, passports and
  driving licences, voting and social workers. The first 30 are typed all in lower case,
  the next 6 are in Spanish, French, German, Portuguese, Italian and Dutch, the rest are
  English with capitals. Names of many origins: first names alone, surnames after titles,
  full names, lower-case names, names with non-English letters, names that are ordinary
  words (Hope, Rich, Grace, Faith, Summer, Joy, Will) and a few in Chinese, Arabic, Greek,
  Korean and Cyrillic script; e-mails, phones with and without separators, addresses in a
  dozen countries, passwords, PINs and codes, account, customer, employee and patient
  numbers, national ids, cards, IBANs, IPs and API keys;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research sentences, Nannigalaxy-style records): one invented person each with
  one to four values besides the name, as prose ("... lives at ..."), labelled profile
  lines, form rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, client, employee, patient and staff numbers,
passports, residence permits, driving licences and national or tax ids are ID_NUMBER; PINs,
gate, door and key safe codes, Wi-Fi keys and passphrases are PASSWORD; titles and relation
words (Mr, Mrs, Ms, Mme, Officer, my mum) stay outside PERSON spans; an address span runs
from the first street line through the postcode and city as typed; public figures,
fictional characters, places, crime reference, order and ticket numbers and dates of birth
are not labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench and Vicuna-style prompts (writing, reasoning, coding,
role-play, STEM; some naming historical figures or fictional characters), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D and 25
patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125, 040 66969) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (NHS number,
Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Chinese resident id, Singapore
NRIC and FIN, Korean resident registration number, Australian TFN and Medicare, Canadian
SIN, South African id, Japanese My Number, Irish PPS, French NIR, Belgian national number,
Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, Indian Aadhaar,
Swedish personnummer, Israeli teudat zehut, New Zealand NHI, Finnish henkilötunnus, Italian
codice fiscale, Spanish DNI and NIE).

Run ``.venv/bin/python bench/data/build_blind98.py`` from the repository root; the output is
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
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Officer|Sr|Sra|Herr|Frau)\.?\s", re.IGNORECASE)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about public services: the first 30 typed all in lower case, the next 6
# in other languages, the rest English with capitals.
CHAT = [
    "can you help me write to the council about my missed bin collection, name is [[PERSON|dermot okafor]], address [[STREET_ADDRESS|14 wren close, leeds ls6 2qt]], phone [[PHONE_NUMBER|07700 900412]]",
    "my visa application got refused and i need an appeal letter. passport no [[ID_NUMBER|548201937]], applicant [[PERSON|nguyen thi hoa]], email [[EMAIL_ADDRESS|hoa.nguyen88@mailbox-example.org]]. keep it polite but firm",
    "translate this for my landlord please: my universal credit payment is late this month, it should arrive by friday. my national insurance number is [[ID_NUMBER|pk 58 20 71 a]] if he wants to check with them",
    "fix the grammar: hi im [[PERSON|kwame]], my council tax account is [[ID_NUMBER|60048127]] and i moved out of [[STREET_ADDRESS|flat 3, 22 dorset road, bristol bs7 8hn]] last month so please close it",
    "summarise this for my insurer: my bike was stolen outside [[STREET_ADDRESS|9 mill lane, cambridge cb2 1rx]] on tuesday night, crime ref 46/88213/25, contact me on [[PHONE_NUMBER|07700900187]]. i'm [[PERSON|tomasz wierzbicki]]",
    "my name is [[PERSON|jamie harris]] and my licence number is [[ID_NUMBER|harri702148jm9kl]]. it expires next month, what do i need to renew it online",
    "draft a text to my social worker [[PERSON|bronwen]] saying i can't make thursday's visit and that my number changed to [[PHONE_NUMBER|07700 900563]]",
    "how do i register to vote if i just moved to [[STREET_ADDRESS|41b canal street, manchester m1 3hw]]? my old address was [[STREET_ADDRESS|7 holly grove, stockport sk4 1lp]]",
    "plan my week: monday court hearing for [[PERSON|marcus bell]] at 10, tuesday meet the solicitor, wednesday call probation on [[PHONE_NUMBER|020 7946 0219]], thursday food shop",
    "help me write to uscis about my pending green card. a-number [[ID_NUMBER|a204718395]], my online account login is [[ID_NUMBER|rquispe77]] and password [[PASSWORD|cuzco!lima2019]] if you need to check anything",
    "calculate how much housing support i'd lose if my hours go from 16 to 24 a week at £12.60. i'm [[PERSON|aoife brennan]], [[EMAIL_ADDRESS|aoife.brennan@example.ie]]",
    "write a complaint to the passport office, the application for my son [[PERSON|oisín]] has been stuck for 11 weeks. my number is [[PHONE_NUMBER|+44 7700 900781]]",
    "can you check this iban before i give it to the benefits office: [[IBAN_CODE|gb73loyd30962871540293]]",
    "my mum [[PERSON|fatima el amrani]] needs a carer's assessment, her nhs number is [[ID_NUMBER|943 476 5919]] and she lives at [[STREET_ADDRESS|18 ashby street, leicester le2 0fd]]. draft an email to adult social care",
    "reply to this: 'dear applicant, please confirm your biometric appointment.' say yes and that my name is [[PERSON|rahul menon]], aadhaar [[ID_NUMBER|6384 2917 5044]]",
    "translate into polish for my neighbour: the council will collect the old sofa from [[STREET_ADDRESS|27 elm row, swindon sn2 5jd]] on friday, call [[PHONE_NUMBER|07700 900934]] if there's a problem",
    "i got a parking fine but i wasn't driving, the car was with [[PERSON|gareth]] that day. my vehicle keeper account pin is [[PASSWORD|8826]]. how do i transfer liability",
    "summarise: jury summons for [[PERSON|ines carvalho]] of [[STREET_ADDRESS|5 quarry hill, york yo10 3ab]], attend crown court 14 july. can i defer it because of exams",
    "what's a good wifi password for the community centre? the old one [[PASSWORD|hallkey2021]] got shared everywhere",
    "help me fill the ds-160, passport [[ID_NUMBER|p48203917]], ssn [[US_SSN|512-48-7390]], us address [[STREET_ADDRESS|2207 laurel ave, austin tx 78704]]",
    "my case worker [[PERSON|deshawn]] gave me his direct line [[PHONE_NUMBER|512-555-0143]] and email [[EMAIL_ADDRESS|d.harper@txhhs-example.org]], write him a short thank you note",
    "plan a budget on snap benefits of $291 a month for me and my daughter [[PERSON|lupita]]",
    "fix this email: hello mr [[PERSON|adeyemi]], i am writing regards my asylum interview, my home office reference is [[ID_NUMBER|a1029384]] and my phone [[PHONE_NUMBER|07700900256]]",
    "is this a scam? text says my licence is suspended, log in with dvla customer number [[ID_NUMBER|0042718830]] and pin [[PASSWORD|551903]] at dvla-renew.co",
    "draft a note to the school: [[PERSON|amara]] won't be in on friday because she's at family court with her foster carer [[PERSON|linda shaw]]. my mobile is [[PHONE_NUMBER|0491 570 118]]",
    "how do i report a lost passport in canada? my sin is [[ID_NUMBER|046 918 736]] and the passport was [[ID_NUMBER|gk482019]]",
    "write an appeal to the pip tribunal for [[PERSON|colm ó briain]], national insurance [[ID_NUMBER|jt 48 39 21 b]], reasons: his mobility is getting worse",
    "calculate the council tax with single person discount for [[STREET_ADDRESS|12 kestrel way, norwich nr3 4ph]], band c is £1,920",
    "remind me what to bring to the register office for our marriage notice, me [[PERSON|sanjay]] and [[PERSON|wiktoria]], her pesel is [[ID_NUMBER|89072314589]]",
    "translate to english for the visa centre: 我叫[[PERSON|王秀英]]，身份证号[[ID_NUMBER|310104198806143722]]，电话 [[PHONE_NUMBER|+86 139 1862 4407]]",
    "¿Puedes redactar una carta al ayuntamiento? Soy [[PERSON|Lucía Ferrer Gil]], DNI [[ID_NUMBER|73920481E]], vivo en [[STREET_ADDRESS|Calle de la Palma 14, 3º B, 28004 Madrid]] y quiero darme de alta en el padrón. Mi teléfono es [[PHONE_NUMBER|+34 612 487 390]].",
    "Aide-moi à écrire à la préfecture pour mon titre de séjour. Je m'appelle [[PERSON|Moussa Diallo]], numéro de sécurité sociale [[ID_NUMBER|1 84 03 69 382 215 95]], adresse [[STREET_ADDRESS|12 rue des Tanneurs, 69001 Lyon]], tél [[PHONE_NUMBER|06 39 98 41 27]].",
    "Kannst du diese Nachricht an das Bürgeramt kürzer machen? Ich, [[PERSON|Jörg Albrecht]], habe meinen Personalausweis verloren. Steuer-ID [[ID_NUMBER|57209318466]], Rückruf bitte unter [[PHONE_NUMBER|030 23125 884]].",
    "Traduz para inglês: o meu nome é [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|371.284.905-23]], e preciso de um visto de estudante. E-mail [[EMAIL_ADDRESS|thiago.nasc@exemplo.com.br]].",
    "Scrivi una mail al comune per il cambio di residenza: [[PERSON|Giovanna Bruno]], codice fiscale [[ID_NUMBER|BRNGNN92M47F839E]], nuovo indirizzo [[STREET_ADDRESS|Via Garibaldi 27, 10122 Torino]].",
    "Kun je dit netjes maken voor de gemeente? Ik ben [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|317405925]], en mijn toeslag moet gestort worden op [[IBAN_CODE|NL48RABO0318452907]].",
    "Draft a letter to the DVLA. I'm [[PERSON|Priya Raman]], licence number [[ID_NUMBER|RAMAN857193PR9TX]], and I've moved to [[STREET_ADDRESS|33 Larch Avenue, Reading RG1 5QE]]. Please ask them to update the address on my photocard.",
    "Can you summarise the eligibility rules for Pension Credit for my dad, Mr [[PERSON|Okafor]]? His NI number is [[ID_NUMBER|NY 73 41 98 D]].",
    "Reply to the Home Office email for me: confirm that [[PERSON|Yusuf Demir]] will attend the biometrics appointment. His kimlik number is [[ID_NUMBER|28401936070]] and his UK mobile is [[PHONE_NUMBER|07700 900645]].",
    "Help me write a statement for the police about the break-in at [[STREET_ADDRESS|6 Chapel Street, Harrogate HG1 1NB]]. My neighbour [[PERSON|Hope Lindqvist]] saw someone by the gate around 2am; her number is [[PHONE_NUMBER|020 7946 0832]].",
    "Translate into Arabic for my uncle: your appointment at the immigration office is on Monday at 10. His name is [[PERSON|محمد العلي]] and his BRP number is [[ID_NUMBER|ZU5209183]].",
    "Calculate how many days [[PERSON|Rich]] has left on his visitor visa if he arrived on 3 March and it lasts 180 days. His passport is [[ID_NUMBER|C7X40R2K9]] and he's staying at [[STREET_ADDRESS|88 Albert Road, Southsea PO4 0JT]]. Full name [[PERSON|Rich Tanaka]].",
    "My social worker asked me to email my tenancy details. Please write it: tenant [[PERSON|Shauna McBride]], [[STREET_ADDRESS|Flat 2/1, 140 Dumbarton Road, Glasgow G11 6NX]], to be sent to [[PERSON|Angus]] at [[EMAIL_ADDRESS|angus.ferrie@sw-glasgow-example.org]].",
    "What should I say when I call the Social Security office? My SSN is [[US_SSN|487-22-1936]] and my card was stolen along with my debit card [[CREDIT_CARD|4716 2093 5581 442]].",
    "Fix the formatting of this complaint to the council: Name: [[PERSON|Abdul Karim Hossain]] / Address: [[STREET_ADDRESS|19 Jamaica Street, London E1 3HX]] / Tel: [[PHONE_NUMBER|07700900318]] / Council tax account: [[ID_NUMBER|CT-00917342]] / Issue: missed recycling collections for six weeks.",
    "Plan a route to the Crown Court for [[PERSON|Grace]]; she has to give evidence at 9:30 and lives at [[STREET_ADDRESS|4 Beech Terrace, Bath BA2 3LE]]. Bus or taxi?",
    "Please write a short message to the electoral registration officer saying that [[PERSON|Dorota Kowalczyk]] at [[STREET_ADDRESS|72 Victoria Road, Swindon SN1 3BD]] wants a postal vote. Her email is [[EMAIL_ADDRESS|dorota.kow@poczta-example.pl]].",
    "Turn this into bullet points for the employment tribunal: claimant [[PERSON|Emeka Nwosu]], employee number [[ID_NUMBER|EMP-448201]], dismissed 2 May, payslips show no holiday pay, wages went to [[IBAN_CODE|GB45BARC20038841726530]].",
    "My Centrelink login keeps failing. CRN [[ID_NUMBER|402 718 553K]], myGov username [[ID_NUMBER|jessmorton_91]], password [[PASSWORD|Wattle#Gum44]]. What should I try next?",
    "Write a character reference for court for my friend [[PERSON|Declan Healy]]. I'm [[PERSON|Siobhán Doyle]], PPS [[ID_NUMBER|3918420Q]], reachable at [[PHONE_NUMBER|+353 87 418 2296]].",
    "Advise me: the police stopped me and took my details, name [[PERSON|Kofi Mensah]], date of birth 04/11/1990, address [[STREET_ADDRESS|23 Osborne Road, Luton LU1 3HT]]. Do I have to tell them my phone PIN [[PASSWORD|270415]]?",
    "Summarise the attached probation letter in plain English for [[PERSON|Lee Atherton]]; his offender manager is [[PERSON|Carol]] on [[PHONE_NUMBER|020 7946 0577]].",
    "Translate this for my Greek neighbour: [[PERSON|Ελένη Παπαδοπούλου]], the council needs your signature on the blue badge form by Friday. Call [[PHONE_NUMBER|07700 900127]] with questions.",
    "Can you check this Swedish personnummer is typed right before I send the Migrationsverket form? [[ID_NUMBER|911203-7388]], applicant [[PERSON|Linnea Åberg]].",
    "Draft an email to my MP about my husband's spouse visa. Me: [[PERSON|Carys Pritchard]], [[STREET_ADDRESS|11 Heol y Coed, Cardiff CF14 6HR]], [[EMAIL_ADDRESS|carys.p@btinternet-example.com]]. Him: [[PERSON|Arash Karimi]], passport [[ID_NUMBER|Z48120937]].",
    "How do I apply for a replacement Medicare card? Mine is [[ID_NUMBER|3518 7204 61]] and I live at [[STREET_ADDRESS|5/27 Marine Parade, St Kilda VIC 3182]]. Phone [[PHONE_NUMBER|0491 570 226]].",
    "Write a polite reply to Ms [[PERSON|Dube]] from housing: yes, [[PERSON|Tariq]] and I can view the flat at [[STREET_ADDRESS|Flat 9, Cedar House, 2 Mill Road, Coventry CV1 2LQ]] on Tuesday afternoon.",
    "I'm filling in a Schengen visa form. Fix the English: 'My name is [[PERSON|Adebola Ogunleye]], my passport number is [[ID_NUMBER|A09128374]], I will staying with my cousin at [[STREET_ADDRESS|Van Woustraat 112-2, 1073 LT Amsterdam]]'.",
    "Give me a checklist for the citizenship ceremony. Our family: [[PERSON|Mei Ling Tan]] and [[PERSON|Jun Tan]], NRIC [[ID_NUMBER|S7741823G]].",
    "Can you explain what a DBS check shows? My employer needs one; employee ID [[ID_NUMBER|HR-20931]], login for the portal [[ID_NUMBER|n.osei]] / [[PASSWORD|Kente2024!]].",
    "Calculate my Jobseeker's Allowance for 6 weeks at £90.50 a week and tell me what to write on the form. Payments go to [[IBAN_CODE|AT621200052938164702]], name [[PERSON|Florian Gruber]].",
    "Write a reminder for my mum [[PERSON|Amina]] that the social worker visits on Wednesday and the key safe code is [[PASSWORD|4C7921]].",
    "My Aadhaar [[ID_NUMBER|9015 3372 8618]] got linked to the wrong phone, [[PHONE_NUMBER|+91 98450 21736]]. Draft a complaint to UIDAI from [[PERSON|Harpreet Kaur Sandhu]].",
    "Summarise this for the court clerk: the respondent, [[PERSON|Vanessa Lowe]], of [[STREET_ADDRESS|301 Birch Street, Kalamazoo, MI 49007]], was served on 12 June. Phone on file [[PHONE_NUMBER|(269) 555-0172]].",
    "Help me reply to the council's fraud team. They say [[PERSON|Marek]] was living with me at [[STREET_ADDRESS|56 Hillside Crescent, Derby DE22 1AH]] while I claimed single person discount. He moved out in March.",
    "Translate to Korean for the embassy: applicant [[PERSON|김민준]], resident registration number [[ID_NUMBER|870419-1052831]], mobile [[PHONE_NUMBER|010-4827-3195]].",
    "Could you draft a victim personal statement? I'm [[PERSON|Joy Ikwuemesi]], the burglary was at [[STREET_ADDRESS|15 Ferndale Road, Brixton, London SW9 8BJ]], and the card they used was [[CREDIT_CARD|5412 7730 1968 202]].",
    "Advise: my German tax ID [[ID_NUMBER|83160492753]] shows the wrong church tax. I'm [[PERSON|Lena Hartmann]], [[STREET_ADDRESS|Schillerstraße 48, 60313 Frankfurt am Main]].",
    "Fix this README for our council API integration: replace the key [[API_KEY|sk_live_7fQ2mXk93LpR0vTzA4wN8bYc]] with a placeholder and tell me how to rotate it.",
    "Draft a letter to the Passport Office for [[PERSON|Ngozi Eze]]: her son [[PERSON|Chidi]]'s passport was sent to the wrong address, not [[STREET_ADDRESS|3 Poplar Close, Milton Keynes MK9 4EW]]. Contact [[EMAIL_ADDRESS|ngozi.eze@outlook-example.com]].",
    "What's the process to change the name on a US passport after marriage? Old name [[PERSON|Kayla Brooks]], new name [[PERSON|Kayla Ramirez]], passport [[ID_NUMBER|568203147]].",
    "Please calculate child benefit for three kids and say when it reaches [[IBAN_CODE|IE96BOFI90001736284519]]. Parent: [[PERSON|Niamh Gallagher]].",
    "Make this text message friendlier: 'Mr [[PERSON|Haddad]], the council inspection of [[STREET_ADDRESS|27 Cromwell Road, Hove BN3 3EE]] is Thursday. Gate code [[PASSWORD|1944#]].'",
    "I run a food bank and need a spreadsheet formula to flag repeat visits. Sample row: [[PERSON|Beata Nowak]], [[PHONE_NUMBER|07700 900502]], referred by social worker [[PERSON|Tom Reilly]].",
    "The police asked for the IP address the hacker used on my account: [[IP_ADDRESS|203.0.113.58]]. Write a reply from [[PERSON|Amir Haddadi]] confirming it.",
    "Plan questions for my Universal Credit work coach appointment. My journal login is [[EMAIL_ADDRESS|lwatkins77@gmail-example.com]] and the password is [[PASSWORD|Blackpool_Tower9]].",
    "Translate into Ukrainian: [[PERSON|Olena Kravets]], your temporary protection permit is ready. Collect it at the council office. Tax number on file: [[ID_NUMBER|3148290577]].",
    "How should I answer the Canadian citizenship question about residence? I've lived at [[STREET_ADDRESS|1420 Rue Sherbrooke Ouest, Apt 6, Montréal QC H3G 1K4]] since 2019 and my SIN is [[ID_NUMBER|613 270 487]].",
    "Summarise this jury duty excuse in two lines. Juror: [[PERSON|Brandon Whitfield]], [[STREET_ADDRESS|88 Magnolia Drive, Savannah, GA 31405]], [[PHONE_NUMBER|912-555-0138]]. Reason: sole carer for his father.",
    "Write a text to [[PERSON|Faith]] telling her the blue badge came through and her parking permit PIN is [[PASSWORD|7305]].",
    "Help me appeal a council tax band. Property: [[STREET_ADDRESS|The Old Forge, Church Lane, Little Stretton SY6 6RB]]. Owner: [[PERSON|Hamish Cartwright-Lyle]]. Account [[ID_NUMBER|0071829466]].",
    "Draft an email to the IND about my residence permit. V-number [[ID_NUMBER|3018472619]], BSN [[ID_NUMBER|205864132]], name [[PERSON|Aylin Yıldız]].",
    "I have a fødselsnummer, [[ID_NUMBER|17049148216]], but my wife [[PERSON|Ingrid Solberg]] only got a D-number. Explain the difference and what she needs for NAV benefits.",
    "Write a message to the court usher: [[PERSON|Padraig Fenlon]] is running late for the 10:00 listing; his solicitor [[PERSON|Ruth Abiola]] can be reached on [[PHONE_NUMBER|07700 900690]].",
    "Check my maths: I pay £138 a month council tax on [[STREET_ADDRESS|9 Clover Way, Exeter EX2 7UY]] over ten months and get 25% off. What's the yearly total?",
    "Can you reformat this for the benefits office? [[PERSON|Sipho Ndlovu]] | ID [[ID_NUMBER|9208155031081]] | [[EMAIL_ADDRESS|sipho.ndlovu@webmail-example.co.za]] | grant type: child support",
    "Write a thank-you card to the police officer who found my wallet and returned it; sign it from [[PERSON|Summer Okoye]].",
    "Advise on the safest way to store my passport scan. The file is called passport_[[ID_NUMBER|533918204]].pdf and sits on my desktop.",
    "Draft a letter to Revenue for [[PERSON|Mícheál Ó Catháin]] about his local property tax; property ID [[ID_NUMBER|LP4820193]], card for the payment [[CREDIT_CARD|3782 914063 11224]].",
    "Please translate into Turkish: [[PERSON|Emre Aksoy]], your residence permit appointment is at the migration office; bring passport [[ID_NUMBER|U17294038]] and call [[PHONE_NUMBER|+90 532 418 2793]] if late.",
    "Reply to my local councillor [[PERSON|Bernadette Quigley]] thanking her for sorting the streetlight outside [[STREET_ADDRESS|42 Rowan Drive, Belfast BT9 6FD]].",
    "My council portal account was hacked. Logins came from [[IP_ADDRESS|198.51.100.73]] and [[IP_ADDRESS|2001:db8:4f2::1a]]. Account email [[EMAIL_ADDRESS|mo.siddiqui@fastmail-example.com]]. What do I tell the council?",
    "Write a short note authorising [[PERSON|Carlos Mendoza]] to collect my residence card. Me: [[PERSON|Ana Beatriz Souza]], NIE [[ID_NUMBER|Y4829173S]].",
    "Plan a timetable for my naturalisation paperwork. I'm [[PERSON|Dmitri Volkov]], [[EMAIL_ADDRESS|dvolkov.home@yandex-example.ru]], phone [[PHONE_NUMBER|07700 900871]].",
    "Calculate the overpayment: DWP says [[PERSON|Stacey]] was overpaid £42.10 a week for 19 weeks. Her customer number is [[ID_NUMBER|DWP7729410]].",
    "Check this Finnish henkilötunnus before I give it to Kela: [[ID_NUMBER|240788-512B]]. It's for [[PERSON|Aino Virtanen]].",
    "Draft an email to the e-Residency help desk: my isikukood is [[ID_NUMBER|49009152733]] and my ID card got blocked after three wrong PIN1 tries. Sign it [[PERSON|Kadri Tamm]].",
    "Summarise this letter for [[PERSON|Nana Akua Boateng]]: her Freedom Pass renewal failed because the photo was rejected. Reply to [[EMAIL_ADDRESS|nana.boateng@hotmail-example.co.uk]].",
    "Advise me on appealing a PCN. Vehicle keeper [[PERSON|Wojciech Zieliński]], [[STREET_ADDRESS|14 Glebe Street, Peterborough PE1 2DQ]]. I paid by card [[CREDIT_CARD|4929 0185 6632 710]] but it bounced.",
    "Fix the tone: 'Officer [[PERSON|Reyes]], I'm [[PERSON|Camila Ortiz]] and I'm following up on my report from Sunday. My number is [[PHONE_NUMBER|(305) 555-0119]].'",
    "Please make a checklist for registering our daughter's birth. Mother: [[PERSON|Keisha Campbell]], father: [[PERSON|Jerome Campbell]], home phone [[PHONE_NUMBER|020 7946 0124]].",
    "Write to the Romanian consulate for my sister [[PERSON|Maria Popescu]]; her CNP is [[ID_NUMBER|2960312045571]] and she needs a new identity card.",
    "My aunt wrote this, please translate it into English for the visa office: [[PERSON|Ольга Петренко]], адрес: [[STREET_ADDRESS|ул. Садовая 12, кв. 45, Москва 125009]].",
    "Reply to the Chilean consulate: my RUT is [[ID_NUMBER|16.482.371-7]] and I need an apostille. Name [[PERSON|Javiera Muñoz]], phone [[PHONE_NUMBER|+56 9 8427 3105]].",
    "Help me fill the council's home adaptations form: patient number [[ID_NUMBER|PT-5520174]], applicant [[PERSON|Ivy Marchetti]], [[STREET_ADDRESS|2 Wharf Cottages, Lower Street, Stroud GL5 3HB]].",
    "Draft a standing order note: pay the court fine at €45 a month from [[IBAN_CODE|DE44500105175407324931]], account holder [[PERSON|Lukas Brandt]].",
    "My My Number is [[ID_NUMBER|3907 2241 8657]] and the ward office wants it for residence tax. Explain what they use it for. I'm [[PERSON|Haruto Sato]].",
    "Write an email to the Finanças to update my address to [[STREET_ADDRESS|Rua das Flores 88, 2º Esq, 4050-265 Porto]]. NIF [[ID_NUMBER|248390716]]. Name [[PERSON|Inês Moura]].",
    "Is this council email legit? It asks [[PERSON|Tyrone]] to confirm his card [[CREDIT_CARD|5287 4410 0936 554]] and security code for a council tax refund.",
    "Summarise my legal aid eligibility: single, income £1,240, rent £650, living at [[STREET_ADDRESS|17 Sycamore Road, Gateshead NE8 4RR]]. My solicitor [[PERSON|Helen Ashworth]] needs the answer.",
    "Write a Slack message to the council IT team: the GitHub token [[API_KEY|ghp_R7tYq2Lm9XcV4bN8kPz3Wd6Hs1Jf0Ga5Ue]] was pasted into the public planning portal repo, please revoke it.",
    "Check this Belgian national number before I send the commune form: [[ID_NUMBER|93.11.08-217.21]]. Applicant [[PERSON|Mathilde Peeters]], phone [[PHONE_NUMBER|+32 478 21 90 46]].",
    "Plan a week of meals on a £35 budget for [[PERSON|Gloria]] while she waits for her asylum support card. Her case worker [[PERSON|Idris]] is at [[EMAIL_ADDRESS|idris.b@refugee-aid-example.org]].",
    "Give me advice on what to say at my custody hearing. My ex, [[PERSON|Darren Mould]], lives at [[STREET_ADDRESS|61 Albion Street, Salford M5 3RW]] and won't return the kids' passports.",
    "Draft an email to the foreign police asking to extend my visa. My partner [[PERSON|Petra Novotná]] is the sponsor; her rodné číslo is [[ID_NUMBER|905612/4187]].",
    "Translate for the Icelandic registry: my kennitala is [[ID_NUMBER|2103892960]] and my new address is [[STREET_ADDRESS|Laugavegur 54, 101 Reykjavík]]. Name: [[PERSON|Sigrún Jónsdóttir]].",
    "My neighbour [[PERSON|Will Fairbanks]] keeps parking in the disabled bay. Draft a report to the council with my details: [[PERSON|Sandra Oyelaran]], [[PHONE_NUMBER|07700 900744]].",
    "Write to the Ministry of Social Development for [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4724]], client number [[ID_NUMBER|338 204 917]], about the winter energy payment.",
    "I need to email my probation officer: 'Hi [[PERSON|Janet]], it's [[PERSON|Connor Blake]], my new address is [[STREET_ADDRESS|Room 4, 19 Station Road, Crewe CW1 2BX]]. Phone still [[PHONE_NUMBER|07700 900659]].' Make it more formal.",
    "Convert this polling station volunteer rota to a table: [[PERSON|Ruth Mokoena]] [[PHONE_NUMBER|020 7946 0391]] early shift, [[PERSON|Faisal Qureshi]] [[PHONE_NUMBER|020 7946 0458]] late shift, [[PERSON|Evie Marsh]] [[PHONE_NUMBER|07700 900205]] count.",
]

# 100 records in the manner of synthetic PII benchmark sentences and records: one invented
# person each, one to four values besides the name.
RECORDS = [
    "[[PERSON|Imogen Thorne]] lives at [[STREET_ADDRESS|48 Hazel Grove, Worthing BN11 4JX]] and her phone number is [[PHONE_NUMBER|07700 900111]].",
    "Name: [[PERSON|Rafael Cordeiro]] | Phone: [[PHONE_NUMBER|+55 11 98423 6170]] | CPF: [[ID_NUMBER|652.019.437-99]]",
    '{"name": "[[PERSON|Yuki Morimoto]]", "email": "[[EMAIL_ADDRESS|yuki.m@mailbox-example.jp]]", "phone": "[[PHONE_NUMBER|090-3318-7742]]"}',
    '2025-03-14T09:12:44Z auth ok name="[[PERSON|Bettina Keller]]" user=[[ID_NUMBER|bkeller]] src=[[IP_ADDRESS|192.0.2.44]]',
    "Please send the renewal form to [[PERSON|Oluwaseun Adeyinka]] at [[EMAIL_ADDRESS|seun.adeyinka@example.ng]].",
    "[[PERSON|Grzegorz Lis]], PESEL [[ID_NUMBER|95120406937]], tel. [[PHONE_NUMBER|+48 512 384 907]]",
    "Dear Mme [[PERSON|Lefebvre]], your family allowance will now be paid to [[IBAN_CODE|FR6530004028370001938562740]].",
    "Customer [[PERSON|Dalia Haddad]] paid the passport fee with card [[CREDIT_CARD|4556 8820 1374 099]] on 2 May.",
    "[[PERSON|Santiago Herrera]] was born in Bogotá and now lives at [[STREET_ADDRESS|Carrera 15 # 93-47, Apto 502, Bogotá]]; his email is [[EMAIL_ADDRESS|santi.herrera@correo-example.co]].",
    "Applicant: [[PERSON|Anjali Deshpande]] / Passport: [[ID_NUMBER|T4829103]] / Mobile: [[PHONE_NUMBER|+91 99870 41263]]",
    "[[PERSON|Liam O'Rourke]] can be reached at [[PHONE_NUMBER|(617) 555-0164]] or [[EMAIL_ADDRESS|liam.orourke@example.com]].",
    "NHS number [[ID_NUMBER|401 863 2274]] belongs to [[PERSON|Edith Pemberton]], registered at [[STREET_ADDRESS|7 Orchard Mews, Kendal LA9 4QT]].",
    '{"full_name": "[[PERSON|Nomvula Dlamini]]", "id_number": "[[ID_NUMBER|8605174182087]]", "city": "Durban"}',
    "Voter record: [[PERSON|Harold Whitcombe]], [[STREET_ADDRESS|19 Mill Street, Ludlow SY8 1BE]], polling district LU3.",
    "[[PERSON|Chen Jing]]'s passport number is [[ID_NUMBER|E73920418]].",
    "Social worker [[PERSON|Marguerite Osei]] logged a home visit; her work mobile is [[PHONE_NUMBER|07700 900377]].",
    "username: [[ID_NUMBER|kplatt_88]], name: [[PERSON|Kieran Platt]], password: [[PASSWORD|Swordfish&Chips7]]",
    "[[PERSON|Ayşe Kaya]], T.C. kimlik no [[ID_NUMBER|41725083022]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]].",
    "The tenant, [[PERSON|Rashid Qazi]], pays his rent from [[IBAN_CODE|NL12INGB0007302158]].",
    "2024-11-02 17:40:03 WARN failed login for [[EMAIL_ADDRESS|p.moreau@example.fr]] ([[PERSON|Pauline Moreau]]) from [[IP_ADDRESS|198.51.100.201]]",
    "Please update the address of [[PERSON|Joaquín Salazar]] to [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]].",
    "[[PERSON|Freya Lindgren]], SSN [[US_SSN|538-61-4402]], started at the county clerk's office in June.",
    "Caller: [[PERSON|Mohammed Al-Rashid]]; callback [[PHONE_NUMBER|+971 50 418 2736]]; reason: visa sponsorship query.",
    "Driver licence [[ID_NUMBER|D4820-61937-18204]] was issued to [[PERSON|Gabriel Fontaine]].",
    "Hello [[PERSON|Tamsin]], your library PIN has been reset to [[PASSWORD|9041]].",
    "[[PERSON|Kwabena Asante]] | [[EMAIL_ADDRESS|k.asante@example.com.gh]] | [[PHONE_NUMBER|+233 24 418 7092]]",
    "The electoral roll lists [[PERSON|Penelope Marsh-Holloway]] at [[STREET_ADDRESS|2 Saxon Gardens, Winchester SO23 7DL]].",
    "[[PERSON|Ignacio Vidal]] paid his fine with [[CREDIT_CARD|5196 3045 7782 132]], expiry 09/27.",
    '<patient mrn="[[ID_NUMBER|MRN-7720194]]" name="[[PERSON|Rosalind Achterberg]]" nhs="[[ID_NUMBER|722 019 3858]]"/>',
    "[[PERSON|Vikram Joshi]] lives in Pune at [[STREET_ADDRESS|Flat 12, Shanti Apartments, Baner Road, Pune 411045]].",
    "Employee [[PERSON|Ursula Petersen]] (staff no. [[ID_NUMBER|40718]]) reset her VPN password to [[PASSWORD|Edelweiss!2025]].",
    "Send the council tax reminder to [[EMAIL_ADDRESS|gwen.powys@example.co.uk]] for [[PERSON|Gwen Powys]].",
    "[[PERSON|Ha-eun Park]], phone [[PHONE_NUMBER|010-7391-2058]], email [[EMAIL_ADDRESS|haeun.park@example.kr]], visa type D-2.",
    "Probation case: [[PERSON|Jordan Ellis]], address [[STREET_ADDRESS|Flat 6, 44 Queen's Road, Hastings TN34 1RE]], reporting weekly.",
    "Mme [[PERSON|Nadia Benali]] a pour numéro de sécurité sociale [[ID_NUMBER|2 91 07 75 114 087 12]] et son titre de séjour porte le numéro [[ID_NUMBER|RF3920471]].",
    "From: [[PERSON|Björn Ekström]] <[[EMAIL_ADDRESS|bjorn.ekstrom@example.se]]> Subject: parking permit renewal",
    "Passport holder [[PERSON|Aleksander Nowicki]], passport no. [[ID_NUMBER|EK4829137]], phone [[PHONE_NUMBER|+48 601 273 845]].",
    "Benefit claimant [[PERSON|Shirley Gough]], NI [[ID_NUMBER|KM 20 61 47 C]], is paid into [[IBAN_CODE|GB36NWBK56019847302615]].",
    "[[PERSON|Matteo Ferri]], codice fiscale [[ID_NUMBER|FRRMTT88C21L219Z]], residente a Torino.",
    "The applicant [[PERSON|Grace Ofori-Atta]] gave her address as [[STREET_ADDRESS|House 14, Asokwa Road, Kumasi]].",
    "Contact [[PERSON|Ramón Esteban]] on [[PHONE_NUMBER|+34 655 218 430]] about the empadronamiento.",
    "[[PERSON|Lior Ben-David]], teudat zehut [[ID_NUMBER|305182743]], email [[EMAIL_ADDRESS|lior.bd@example.co.il]].",
    'user_id=[[ID_NUMBER|u-558201]] name="[[PERSON|Halima Yusuf]]" api_key=[[API_KEY|pk_9dF3kL0qWz7VbN2mXr4TyU6s]]',
    "Tax record for [[PERSON|Oskar Nyberg]]: personnummer [[ID_NUMBER|880624-1538]], bank account [[IBAN_CODE|SE6950000000053810492751]].",
    "[[PERSON|Precious Mahlangu]] works at the Home Affairs office and lives at [[STREET_ADDRESS|23 Jacaranda Street, Pretoria 0083]].",
    "Jury summons sent to [[PERSON|Colin Ferris]], [[STREET_ADDRESS|5 Lark Rise, Taunton TA1 4HY]], juror no. [[ID_NUMBER|JR4471920]].",
    "[[PERSON|Akosua Mensah]]'s Wi-Fi password is [[PASSWORD|plantain-sunrise-42]].",
    "Name, phone: [[PERSON|Duncan McLeish]], [[PHONE_NUMBER|0131 496 0712]]",
    "Registered voter [[PERSON|Marisol Vega]], [[STREET_ADDRESS|1847 W Grand Ave, Apt 3R, Chicago, IL 60622]], phone [[PHONE_NUMBER|(312) 555-0186]].",
    "[[PERSON|Thandiwe Zulu]] opened a savings account, number [[ID_NUMBER|ACC-00482917]].",
    "Dear [[PERSON|Alistair Crombie]], your resident parking permit PIN is [[PASSWORD|6618]]; please keep it safe.",
    "[[PERSON|Fernanda Rocha]] mora na [[STREET_ADDRESS|Rua Augusta 1508, ap. 72, São Paulo - SP, 01304-001]].",
    "Account holder: [[PERSON|Pieter Janssens]]; IBAN: [[IBAN_CODE|BE56363059286147]]; mobile: [[PHONE_NUMBER|+32 486 73 20 51]]",
    "The police interviewed [[PERSON|Shane Kilbride]] at [[STREET_ADDRESS|31 Devon Road, Swansea SA1 8QP]] on Monday.",
    '{"citizen": {"name": "[[PERSON|Kirra Walsh]]", "tfn": "[[ID_NUMBER|327149862]]", "mobile": "[[PHONE_NUMBER|0491570341]]"}}',
    "[[PERSON|Nikolai Sørensen]] asked the clerk to email his court date to [[EMAIL_ADDRESS|nik.sorensen@example.dk]].",
    "Pay the licence fee from [[IBAN_CODE|DK2730000016274938]], account holder [[PERSON|Mette Kjær]].",
    "[[PERSON|Ahmad Nazari]] arrived on a family reunion visa; his BRP number is [[ID_NUMBER|ZR8120473]].",
    "Form 7B: surname [[PERSON|Quist]], first name [[PERSON|Elvira]], daytime phone [[PHONE_NUMBER|020 7946 0781]].",
    "2025-01-09 11:03:27 payment declined card=[[CREDIT_CARD|4024 0071 5839 623]] holder=[[PERSON|Tobias Engel]]",
    "[[PERSON|Sadia Rahman]] was issued NHS number [[ID_NUMBER|615 338 2045]] after moving to Bradford.",
    "[[PERSON|Hemi Parata]] lives at [[STREET_ADDRESS|27 Kowhai Street, Rotorua 3010]] and his email is [[EMAIL_ADDRESS|hemi.parata@example.co.nz]].",
    "Name: [[PERSON|Tan Wei Ming]]  FIN: [[ID_NUMBER|G5520917R]]  Mobile: [[PHONE_NUMBER|+65 9182 4736]]",
    "Citizen [[PERSON|Constance Abernethy]] of [[STREET_ADDRESS|4 Church Wynd, St Andrews KY16 9UY]] asked for a postal vote.",
    "[[PERSON|Eduardo Pires]] pediu o cartão de cidadão; contacto [[PHONE_NUMBER|+351 912 483 706]], morada [[STREET_ADDRESS|Rua de Santa Catarina 210, 4000-447 Porto]].",
    "Applicant [[PERSON|Ji-woo Choi]] uploaded a passport scan from [[IP_ADDRESS|203.0.113.19]].",
    "[[PERSON|Luz Marina Ocampo]] paid the visa fee by card [[CREDIT_CARD|3714 508219 66304]].",
    "Dear Ms [[PERSON|Kovalenko]], your portal login is [[EMAIL_ADDRESS|i.kovalenko@example.ua]] and the initial password is [[PASSWORD|Kyiv-Lviv-0917]].",
    "Register of electors extract: [[PERSON|Bartholomew Ince]], [[STREET_ADDRESS|The Lodge, Kings Lane, Malvern WR14 2PP]]",
    "[[PERSON|Greta Schulz]] wohnt in der [[STREET_ADDRESS|Lindenallee 7, 50968 Köln]] und ist unter [[PHONE_NUMBER|+49 40 66969 214]] erreichbar.",
    "Customer number [[ID_NUMBER|C-4471-9920]] belongs to [[PERSON|Zoran Petrović]].",
    "[[PERSON|Nia Jenkins]] asked the council to refund the overpaid tax to [[IBAN_CODE|GB22MIDL40051572918366]].",
    "csv row: 8841, [[PERSON|Mateusz Górski]], [[EMAIL_ADDRESS|mgorski@example.pl]], [[PHONE_NUMBER|+48 698 120 457]]",
    "Mrs [[PERSON|Abena Owusu]] can be contacted at [[EMAIL_ADDRESS|abena.owusu@example.org]] about her Pension Credit claim.",
    "[[PERSON|Rolf Haugen]] gave [[PHONE_NUMBER|+47 912 48 307]] as his number at the NAV office.",
    "Police report filed by [[PERSON|Keanu Pereira]], phone [[PHONE_NUMBER|808-555-0127]], address [[STREET_ADDRESS|94-1025 Waipahu St, Waipahu, HI 96797]].",
    "[[PERSON|Chiara Colombo]], codice fiscale [[ID_NUMBER|CLMCHR94D52F205F]], email [[EMAIL_ADDRESS|chiara.colombo@example.it]].",
    "Hi [[PERSON|Dev]], the gate code for the community hall is [[PASSWORD|2468B]].",
    '{"name": "[[PERSON|Sung-min Lee]]", "ip": "[[IP_ADDRESS|2001:db8:a0b:12f0::7]]", "session": "[[API_KEY|sess_4Hk9QmZ2pX7wR1tY8vL3]]"}',
    "Please forward the ruling to [[PERSON|Ebony Harrington]] at [[STREET_ADDRESS|610 Pine Street, Apt 2B, Seattle, WA 98101]].",
    "[[PERSON|Yaw Darko]], Ghana card [[ID_NUMBER|GHA-718204935-4]], phone [[PHONE_NUMBER|+233 20 739 1846]]",
    "[[PERSON|Linh Pham]] lives at [[STREET_ADDRESS|45 Nguyễn Trãi, Phường 7, Quận 5, TP. Hồ Chí Minh]].",
    "Staff record: name [[PERSON|Rhiannon Evans]], employee no. [[ID_NUMBER|E-220481]], email [[EMAIL_ADDRESS|r.evans@example.gov.uk]], desk phone [[PHONE_NUMBER|020 7946 0663]].",
    "[[PERSON|Oksana Bondar]] registered with the council using passport [[ID_NUMBER|FE482193]].",
    "The visa officer noted that [[PERSON|Tunde Bakare]] listed [[EMAIL_ADDRESS|tunde.bakare@example.ng]] and [[PHONE_NUMBER|+234 803 418 2957]].",
    "[[PERSON|Marta Izquierdo]], con domicilio en [[STREET_ADDRESS|Calle Mayor 31, 2º izq., 50001 Zaragoza]] y teléfono [[PHONE_NUMBER|+34 676 390 118]].",
    "Login alert: [[PERSON|Arjun Nair]] signed in to the passport portal from [[IP_ADDRESS|198.51.100.9]] as [[ID_NUMBER|arjun.nair84]].",
    "[[PERSON|Hilde Vermeulen]] is te bereiken op [[PHONE_NUMBER|06-48213975]].",
    "Client [[PERSON|Jasmine Okonjo]], client number [[ID_NUMBER|SC-559031]], key safe code [[PASSWORD|1357]].",
    "[[PERSON|Wang Fang]]'s resident identity number is [[ID_NUMBER|440106199203085611]].",
    "Send the blue badge to [[PERSON|Agnes Mulligan]], [[STREET_ADDRESS|12 Bridge Street, Omagh BT78 1BX]].",
    "[[PERSON|Ricardo Almeida]] paid with [[CREDIT_CARD|4485 3306 9127 546]] and gave [[EMAIL_ADDRESS|ricardo.almeida@example.pt]] for the receipt.",
    "[[PERSON|Nkechi Obi]]'s SSN is [[US_SSN|624-18-3307]] and she lives at [[STREET_ADDRESS|7710 Bellfort Ave, Houston, TX 77061]].",
    "Dear [[PERSON|Ilse]], your new online banking passphrase is [[PASSWORD|tulip canal bicycle ninety]].",
    "[[PERSON|Cathal Mooney]] lives at [[STREET_ADDRESS|14 Seapoint Avenue, Salthill, Galway H91 X2C4]].",
    "[[PERSON|Ahmed Warsame]] renewed his driving licence [[ID_NUMBER|WARSA711089AW9KP]] online.",
    "[[PERSON|Selin Aydın]]'s token for the open data portal is [[API_KEY|odp_live_Xm72QkR9vLs4Tn8Wp1Zc]].",
    "Call log 14:02: [[PERSON|Brendan Foley]], [[PHONE_NUMBER|(416) 555-0193]], asked about his passport renewal.",
    "[[PERSON|Amélie Dubois]], née le 3 mars 1988, habite [[STREET_ADDRESS|8 avenue Jean Jaurès, 33000 Bordeaux]].",
    "[[PERSON|Ravi Chandran]] updated his card to [[CREDIT_CARD|5425 6190 8834 076]] and his phone to [[PHONE_NUMBER|+61 491 570 382]].",
]

# 100 clean texts with no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that public libraries should stay open on Sundays.",
    "Compose a sequence of three haiku about the changing seasons in a mountain village.",
    "Imagine you are Sherlock Holmes. Explain how you would deduce that a visitor has recently travelled by train.",
    "Write a Python function that returns the longest palindromic substring of a string, with a few unit tests.",
    "Explain the difference between a process and a thread to a first-year computer science student.",
    "A train leaves at 3 pm travelling at 60 km/h and another leaves the same station an hour later at 90 km/h. When does the second catch up? Show your reasoning.",
    "Role-play as a medieval blacksmith describing your daily routine to a curious apprentice.",
    "Summarise the main causes of the French Revolution in five bullet points.",
    "What would have happened if Isaac Newton had never been born? Discuss the likely effect on physics.",
    "Describe how photosynthesis converts light energy into chemical energy, step by step.",
    "Write a short story in which Captain Ahab finally makes peace with the white whale.",
    "Debug this SQL and explain the error: SELECT name, COUNT(*) FROM orders GROUP BY customer_id;",
    "Compare the leadership styles of Elizabeth I and Napoleon Bonaparte in about 200 words.",
    "Explain why the sky looks blue during the day and red at sunset.",
    "Draft a product description for a reusable bamboo water bottle aimed at hikers.",
    "Pretend to be Marie Curie giving a lecture on radioactivity to students in 1910.",
    "Write a regular expression that matches hexadecimal colour codes and explain each part of it.",
    "How could a small town reduce traffic congestion without building new roads? Give five ideas.",
    "Explain the Monty Hall problem and why switching doors improves your chances.",
    "Write a limerick about a cat who wants to become an astronaut.",
    "In the voice of Hermione Granger, give advice on preparing for difficult exams.",
    "Implement a binary search tree in JavaScript with insert, search and in-order traversal.",
    "What are the pros and cons of a four-day working week for employers and staff?",
    "Describe the water cycle as if you were a raindrop travelling through it.",
    "Evaluate this argument: every swan I have seen is white, so all swans are white. What is the flaw?",
]

CLEAN_GSM8K = [
    "Maya buys 3 notebooks at $2.50 each and a pen for $1.25. How much does she spend in total?",
    "Tobias reads 18 pages a day. How many days will it take him to finish a 270-page book?",
    "A bakery makes 144 muffins and packs them in boxes of 6. Priya sells 17 boxes. How many muffins are left?",
    "Leon has twice as many marbles as Ada. Together they have 57. How many marbles does Ada have?",
    "Sofia earns $14 an hour and works 6 hours on Saturday and 4 on Sunday. How much does she earn over the weekend?",
    "A garden is 12 metres long and 8 metres wide. Omar wants to fence all four sides. How many metres of fencing does he need?",
    "Jonas had 45 stickers. He gave a third to his sister and then bought 10 more. How many does he have now?",
    "Elif drives 240 km using 16 litres of fuel. How many kilometres does her car travel per litre?",
    "A school trip costs $18 per student. If 32 students go and the school pays $150 towards it, how much do the parents pay in total?",
    "Nadia baked 5 trays of cookies with 14 cookies on each. Her brother ate 9. How many cookies remain?",
    "Felix saves $25 each week. How many weeks will it take him to save $400 for a bicycle?",
    "Three friends share a pizza cut into 12 slices. Zara eats 4, Ben eats 3 and Kai eats the rest. How many slices does Kai eat?",
    "A shirt costs $40 and is on sale for 25% off. Ines also has a $5 coupon. What does she pay?",
    "Hugo runs 3 laps of a 400-metre track every morning for 5 days. How many kilometres does he run?",
    "Amara has 60 tulip bulbs and plants them in 5 equal rows. How many bulbs are in each row?",
    "A library has 850 books and lends out 14% of them this month. How many books are still on the shelves?",
    "Mateo is 3 times as old as his cousin Lily. In 5 years the sum of their ages will be 50. How old is Lily now?",
    "Rosa's hens lay 36 eggs a day. She sells them in cartons of 12 at $4 per carton. How much does she earn in a week?",
    "Yara fills a 20-litre tank with a hose that delivers 2.5 litres a minute. How many minutes does it take?",
    "Caleb bought 4 tickets at $12.75 each and paid with a $100 note. How much change did he receive?",
    "A recipe needs 250 g of flour for 10 pancakes. How much flour does Noor need for 36 pancakes?",
    "Ivan walks 1.2 km to school and the same distance back each day. How far does he walk in a 5-day week?",
    "Chloe has $80. She spends 3/8 of it on a jacket and $12 on lunch. How much money is left?",
    "A bus holds 48 passengers. How many buses does Dev need to book for 210 people?",
    "Lucia's plant grows 1.5 cm each week and is 12 cm tall now. How tall will it be in 8 weeks?",
]

CLEAN_MMLU = [
    "Which astronomer proposed the three laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Tycho Brahe D) Nicolaus Copernicus",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which organelle is the main site of ATP production? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Lysosome",
    "Who wrote the first draft of the Declaration of Independence? A) John Adams B) Benjamin Franklin C) Thomas Jefferson D) James Madison",
    "The derivative of sin(x) is: A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "Which treaty ended the First World War between Germany and the Allies? A) Treaty of Paris B) Treaty of Versailles C) Treaty of Utrecht D) Treaty of Westphalia",
    "A price floor set above the equilibrium price usually causes: A) a shortage B) a surplus C) no change D) higher demand",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Francium",
    "Who developed the theory of natural selection at the same time as Charles Darwin? A) Gregor Mendel B) Alfred Russel Wallace C) Thomas Huxley D) Jean-Baptiste Lamarck",
    "Which river flows through Cairo? A) Tigris B) Congo C) Nile D) Niger",
    "A contract signed under duress is generally: A) void B) voidable C) fully enforceable D) a criminal offence",
    "What is the time complexity of binary search on a sorted array? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which philosopher wrote The Republic? A) Aristotle B) Socrates C) Plato D) Epicurus",
    "The speed of light in a vacuum is approximately: A) 3 × 10^5 m/s B) 3 × 10^8 m/s C) 3 × 10^10 m/s D) 3 × 10^6 m/s",
    "Which of these is a primary colour of light? A) Yellow B) Green C) Magenta D) Cyan",
    "Where was Magna Carta sealed in 1215? A) Westminster B) Oxford C) Runnymede D) Canterbury",
    "Which psychologist is known for the hierarchy of needs? A) B. F. Skinner B) Abraham Maslow C) Carl Rogers D) Jean Piaget",
    "What is the pH of a neutral solution at 25 °C? A) 0 B) 5 C) 7 D) 14",
    "Which mountain range is usually taken as the boundary between Europe and Asia? A) Alps B) Urals C) Andes D) Carpathians",
    "The powers of the US Congress are set out mainly in which article of the Constitution? A) Article I B) Article II C) Article III D) Article IV",
    "Which composer kept writing symphonies after losing his hearing? A) Mozart B) Haydn C) Beethoven D) Bach",
    "What is the most abundant gas in Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "A monopolist maximises profit where: A) price equals marginal cost B) marginal revenue equals marginal cost C) average cost is lowest D) demand is unit elastic",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Leonardo da Vinci C) Michelangelo D) Donatello",
    "Which blood type is the universal donor for red cells? A) AB positive B) O negative C) A negative D) B positive",
]

CLEAN_HEALTH = [
    "I've had a dry cough for three weeks but no fever. Should I see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a headache?",
    "What are the early signs of type 2 diabetes?",
    "My toddler has a rash that doesn't fade when I press a glass on it. What should I do?",
    "How much water should an adult drink each day in hot weather?",
    "Can I drink alcohol while taking antibiotics?",
    "What is the difference between a cold and the flu?",
    "I get heartburn every night after dinner. What lifestyle changes might help?",
    "How often do adults need a tetanus booster?",
    "My knee clicks when I climb stairs but doesn't hurt. Is that normal?",
    "What foods are high in iron for someone who is vegetarian?",
    "How can I tell if a burn needs medical attention?",
    "Is it normal to feel dizzy when I stand up quickly?",
    "What should I pack in a first aid kit for a family camping trip?",
    "Is a blood pressure reading of 142/91 too high for a 50-year-old?",
    "Can stress cause stomach pain, and how can I manage it?",
    "What are the common side effects of the flu vaccine?",
    "How soon after a sprained ankle can I start walking on it?",
    "I keep waking up at 3am and can't get back to sleep. Any tips?",
    "How much exercise per week is recommended for adults over 65?",
    "Should I be worried about a mole that has changed shape?",
    "How do I store insulin safely when travelling abroad?",
    "What are the signs of dehydration in older adults?",
    "Is it okay to exercise with a mild fever?",
    "How long does a broken wrist usually take to heal?",
]

NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "401 863 2274": nhs_ok,
    "722 019 3858": nhs_ok,
    "615 338 2045": nhs_ok,
    "317405925": bsn_ok,  # Dutch BSN
    "205864132": bsn_ok,
    "89072314589": pesel_ok,  # Polish PESEL
    "95120406937": pesel_ok,
    "371.284.905-23": cpf_ok,  # Brazilian CPF
    "652.019.437-99": cpf_ok,
    "28401936070": kimlik_ok,  # Turkish kimlik
    "41725083022": kimlik_ok,
    "310104198806143722": china_id_ok,  # Chinese resident identity number
    "440106199203085611": china_id_ok,
    "S7741823G": nric_ok,  # Singapore NRIC and FIN
    "G5520917R": nric_ok,
    "870419-1052831": rrn_ok,  # Korean resident registration number
    "327149862": tfn_ok,  # Australian tax file number
    "3518 7204 61": medicare_ok,  # Australian Medicare card
    "046 918 736": luhn_len(9),  # Canadian SIN
    "613 270 487": luhn_len(9),
    "9208155031081": luhn_len(13),  # South African id
    "8605174182087": luhn_len(13),
    "3907 2241 8657": my_number_ok,  # Japanese My Number
    "3918420Q": pps_ok,  # Irish PPS number
    "1 84 03 69 382 215 95": nir_ok,  # French NIR
    "2 91 07 75 114 087 12": nir_ok,
    "93.11.08-217.21": belgian_id_ok,  # Belgian national number
    "17049148216": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248390716": nif_ok,  # Portuguese NIF
    "2960312045571": cnp_ok,  # Romanian CNP
    "16.482.371-7": rut_ok,  # Chilean RUT
    "49009152733": isikukood_ok,  # Estonian isikukood
    "2103892960": kennitala_ok,  # Icelandic kennitala
    "905612/4187": rodne_cislo_ok,  # Czech rodné číslo
    "3148290577": rnokpp_ok,  # Ukrainian RNOKPP
    "57209318466": steuer_id_ok,  # German tax id
    "83160492753": steuer_id_ok,
    "6384 2917 5044": aadhaar_ok,  # Indian Aadhaar
    "9015 3372 8618": aadhaar_ok,
    "911203-7388": luhn_len(10),  # Swedish personnummer
    "880624-1538": luhn_len(10),
    "305182743": luhn_len(9),  # Israeli teudat zehut
    "ZKT4724": nhi_ok,  # New Zealand NHI
    "240788-512B": hetu_ok,  # Finnish henkilötunnus
    "BRNGNN92M47F839E": codice_fiscale_ok,  # Italian codice fiscale
    "FRRMTT88C21L219Z": codice_fiscale_ok,
    "CLMCHR94D52F205F": codice_fiscale_ok,
    "73920481E": dni_ok,  # Spanish DNI and NIE
    "Y4829173S": dni_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, with and without a space
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 ?570 ?\d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{8}",  # Netherlands mobile
        r"\+(32|34|47|48|55|56|65|86|90|91|233|234|351|353|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and carry contacts, secrets and national ids; the
    records each hold one invented person."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 10:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"record without a person: {marked[:60]!r}")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)} used")


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
        "blind98", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
