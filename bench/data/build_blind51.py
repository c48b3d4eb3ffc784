# ruff: noqa: E501
"""A fifty-first blind privacy set: 220 texts with personal data and 100 clean ones, the
mix a held-out privacy check of an LLM chat gateway would use.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the first
lines, table format and labelling paragraph of ``README.md`` and the docstring and
non-text code of ``build_blind36.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 90 chat requests (3 to 80 words) in which people ask an assistant for help and mention
  private people or their own data: surnames alone ("ask Kowalczyk"), names with
  non-English letters, lower-case names, nicknames, names that are also words (Hunter,
  Brooke, Dawn, Miles, Summer, Grant), names with no cue word at all, passwords that look
  like passwords and ones that do not (passphrases, a pet's name and year, door codes,
  wifi keys), phone numbers without separators, addresses in the UK, Ireland, Germany,
  France, India, Australia, Japan, Brazil and South Africa, military addresses (PSC and
  Unit boxes at APO and FPO), e-mails, account, member and customer numbers; the first
  23 (a quarter) are typed all in lower case, several with typos;
* 70 short third-person statements in the style of presidio-research's synthetic PII
  sentences (5 to 45 words, one to three values each): billing and shipping updates, bios,
  HR lines, customer-service lines and travel profiles; names of many origins; addresses
  of many countries; phones in national layouts; cards, IBANs, SSNs, national ids with
  valid check digits, driver licences, passports and usernames;
* 60 rows in the style of a synthetic PII dataset of "free text" records (6 to 60 words):
  a person's name and one to three of e-mail, username, password, IP, account number,
  API key, card, IBAN and phone, each written as its own sentence rather than a template.

Usernames, logins, handles, account, member, customer, employee and loyalty numbers,
passports, driver licences and national ids are ID_NUMBER; PINs, door codes, wifi keys,
passphrases, one-time codes and passwords PASSWORD; titles and relation words (Mr, Ms, Dr,
Frau, Sgt, my cousin) stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; public figures, fictional characters,
brands, places named after people, order, ticket and tracking numbers and dates of birth
are not labelled; every occurrence of a private value is marked. The 100 clean texts hold
no personal data: 25 MT-Bench- and Vicuna-style writing, role-play, reasoning and coding
prompts (some naming famous or fictional people), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D (law, medicine, history
naming historical figures) and 25 healthcare-routing patient questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0 and the
0117, 0121 and 0131 496 0 ranges; North America 555-01xx; Australia 0491 570; France
01 99 00 and 06 39 98; Germany 030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (NHS number, Indian
Aadhaar, Brazilian CPF, Polish PESEL, Dutch BSN, Spanish DNI and NIE, Italian codice
fiscale, French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF,
Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo,
German tax id, New Zealand NHI, Australian TFN and Medicare, Japanese My Number,
Singapore NRIC, Korean resident registration number, Turkish kimlik, Finnish
henkilötunnus, Chinese resident id, Canadian SIN, South African id, Swedish personnummer,
Israeli teudat zehut, Irish PPS number, Ukrainian RNOKPP).

Run ``.venv/bin/python bench/data/build_blind51.py`` from the repository root; the output is
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
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 23
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 80)
PRESIDIO_WORDS = (5, 45)
FREETEXT_WORDS = (6, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Capt|Lt|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme|Mlle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 90 chat requests to an assistant; the first 23 typed all in lower case.
CHAT = [
    "ask [[PERSON|kowalczyk]] whether the q3 deck is final and then draft me a two line reply to finance",
    "my wifi pasword is [[PASSWORD|bluebird-kettle-77]] how do i share it with the new tenant without texting it in plain text",
    "can you help me write a birthday msg for [[PERSON|zoë]]? she turns 30 next week and is obsessed with bouldering",
    "pls reformat this for a parcel label: [[PERSON|siobhan o'donnell]], [[STREET_ADDRESS|14 ashgrove park, ballincollig, co. cork, p31 x2k7]]",
    "text [[PERSON|miles]] on [[PHONE_NUMBER|07700900462]] that the boiler man comes thursday morning, make it sound friendly not naggy",
    "i cant remember if my streaming login pw is [[PASSWORD|sunshine2019]] or [[PASSWORD|sunsh1ne2019]], whats the safest way to reset it",
    "hey can u write an email to [[PERSON|dawn]] in accounts asking for the invoice again, her adress is [[EMAIL_ADDRESS|dawn.pettigrew@harrowfield-supplies.co.uk]]",
    "whats a polite way to tell my neighbour [[PERSON|gurpreet]] that his dog howls all nite",
    "ok long story but i need help. my flatmate [[PERSON|hunter]] moved out last month and says he paid his share of the deposit into my account [[ID_NUMBER|40917735]] on friday, but i cant see it anywhere and the letting agent keeps emailing me not him. can you write a calm msg to him asking for a screenshot of the transfer, and another one to the agent explaining were sorting it out between us",
    "my membership no is [[ID_NUMBER|ga-7731-0942]] for the gym, write a cancellation letter thats firm but not rude",
    "help me reply to [[PERSON|brooke]]'s mum about the sleepover saturday, keep it short",
    "is this adress formatted right for germany? [[PERSON|jürgen habermehl]], [[STREET_ADDRESS|lindenstraße 42, 10969 berlin]]",
    "remind me to ring [[PERSON|nkosi]] back on [[PHONE_NUMBER|082 417 3390]] about the lift club rota",
    "my ssn is [[US_SSN|508-27-4416]], is it safe to put it on this rental application or should i leave it blank",
    "draft an out of office that says [[PERSON|priya raghunathan]] is covering for me until the 14th",
    "translate to french pls: hi [[PERSON|amélie]], the keys are under the mat and the door code is [[PASSWORD|4096]]",
    "send this to my brother, does it look right? [[PERSON|tyrell mcbride]], [[STREET_ADDRESS|psc 473 box 1187, fpo ap 96349]]",
    "ok so [[PERSON|ravi]] gave me his aadhaar [[ID_NUMBER|5425 1819 7407]] for the lease, do i have to keep a copy or can i delete it",
    "pls call [[PERSON|okafor]] [[PHONE_NUMBER|07700900174]]",
    "router sticker says the key is [[PASSWORD|x7kq2mvp9ra4]], how do i change it to something i can actualy remember",
    "make this sound less angry: [[PERSON|tomasz]] you still owe me 40 quid for the gig tickets",
    "my email [[EMAIL_ADDRESS|jess.ng.1994@gmail.com]] keeps getting wierd mails pretending to be my bank, what do i do",
    "is the wedding invite adress [[STREET_ADDRESS|flat 3, 27 marlowe road, leeds ls6 2ab]] right? [[PERSON|ciarán]] said he moved in march",
    # mixed case from here on
    "Write a short reminder to [[PERSON|Abernathy]] that the audit starts Monday at nine.",
    "Please draft a polite chaser to [[PERSON|Hunter Blackwood]] ([[EMAIL_ADDRESS|h.blackwood@oakline-legal.com]]) about the signed NDA. It's been two weeks.",
    "[[PERSON|Miles]] and I split the rent 60/40. If rent is £1,450, what does each of us pay?",
    "Is [[PASSWORD|Hx!9vQ#r2Lp]] a strong enough password for the council tax portal, or should I change it?",
    "Format this as a shipping label: [[PERSON|Camille Deschênes]], [[STREET_ADDRESS|18 rue des Tanneurs, 67000 Strasbourg]], tel. [[PHONE_NUMBER|06 39 98 41 27]]",
    "I'm posting a thank-you box to my host mother [[PERSON|Keiko Yamaguchi]] at [[STREET_ADDRESS|3-14-9 Hiroo, Shibuya-ku, Tokyo 150-0012]]. Should I write the address in Japanese or romaji?",
    "Turn this into a courier booking form: [[PERSON|Lakshmi Venkataraman]], [[STREET_ADDRESS|No. 12, 4th Cross, Malleswaram, Bengaluru 560003]], [[PHONE_NUMBER|+91 98450 31726]].",
    "My cousin [[PERSON|Thiago Albuquerque]] lives at [[STREET_ADDRESS|Rua Harmonia 512, apto 31, Vila Madalena, São Paulo - SP, 05435-000]]. Roughly how long does a parcel from Lisbon take?",
    "Is this the right order for a South African address? [[STREET_ADDRESS|27 Jacaranda Avenue, Lynnwood, Pretoria, 0081]]",
    "[[PERSON|Bronwyn]] wants the invoice posted to [[STREET_ADDRESS|Unit 5, 88 Beach Road, Sandringham VIC 3191]]. Write a two-line cover note; her mobile is [[PHONE_NUMBER|0491 570 118]] if the courier needs it.",
    "How do I address an envelope in German style for Frau [[PERSON|Henrike Vogelsang]], [[STREET_ADDRESS|Am Kirchberg 7, 01069 Dresden]]?",
    "Can you check the postcode on [[STREET_ADDRESS|42 Cavendish Mews, Bath BA1 2PQ]]? It's for [[PERSON|Ollie]]'s card and I don't want it bounced.",
    "My sister is deployed and I'm putting together her first care package. It goes to [[PERSON|Marisol Quintero]], [[STREET_ADDRESS|PSC 1023, Box 4471, APO AE 09021]]. I want to send beef jerky, dry shampoo, a couple of paperbacks and some homemade brownies. Which of these are allowed in military mail, how should I pack the brownies so they survive two weeks in transit, and do I need a customs form for an APO address?",
    "Fill in a CN22 customs form for me. Recipient: Sgt. [[PERSON|Darnell Pryce]], [[STREET_ADDRESS|Unit 15324 Box 201, APO AP 96205]]. Contents: homemade cookies, two paperbacks.",
    "Call me back at [[PHONE_NUMBER|3125550148]]. Actually never mind — just tell me how to write that number in E.164.",
    "Draft an email to my gym saying I, [[PERSON|Rosalind Achebe]], member [[ID_NUMBER|MB-0448217]], want to freeze my membership for two months. Replies to [[EMAIL_ADDRESS|ros.achebe@fastmail.com]].",
    "[[PERSON|Wojciech]] thinks the stand-up should move to Thursday. Give me three ways to push back.",
    "[[PERSON|Bex]] and [[PERSON|Jonno]] are coming for dinner Friday; one is vegan and one hates mushrooms. Menu ideas?",
    "My online banking passphrase is [[PASSWORD|correct pony lighthouse tuesday]]. Is four random words still considered safe in 2024?",
    "Help me write a complaint. My Vodafone account number is [[ID_NUMBER|7731 0492 8815]] and they've billed me twice for March.",
    "Explain like I'm five why [[PERSON|Ngozi Eze]] can't just reuse [[PASSWORD|Lagos2023]] for every site.",
    "Who should I cc? [[PERSON|Dawn Lachance]] runs procurement and [[PERSON|Grant Oyelaran]] signs off budgets over 10k.",
    "I need a cover letter. Name: [[PERSON|Summer Haddad]]. Email: [[EMAIL_ADDRESS|summer.haddad@outlook.com]]. Phone: [[PHONE_NUMBER|(617) 555-0183]]. Role: junior data analyst.",
    'Rewrite more warmly: "[[PERSON|Lindqvist]], your timesheet is late again."',
    "My daughter [[PERSON|Saoirse]] has a PPS number [[ID_NUMBER|1399072O]] — does the school actually need it on the enrolment form?",
    "What's the etiquette for addressing a Japanese business email to [[PERSON|Tanaka]] when I've only met him once?",
    "Quick one: I told [[PERSON|Efua]] the alarm code was [[PASSWORD|7319]] but she says it doesn't work. What should I check on a Texecom panel?",
    "Tidy up this contact card: [[PERSON|Anneliese Brückner]] / [[PHONE_NUMBER|030 23125 418]] / [[EMAIL_ADDRESS|a.brueckner@posteo.de]]",
    "Write a LinkedIn recommendation for [[PERSON|Mateus Carvalho]]; he was my team lead for three years and brilliant at mentoring.",
    "The landlord wants my card details before the viewing. Is sending [[CREDIT_CARD|4563 0184 1402 0472]] over WhatsApp a bad idea?",
    'Please correct the grammar: "Me and [[PERSON|Paddy]] was going to the match but [[PERSON|Declan]] cancelled."',
    "I'm [[PERSON|Hyun-woo Baek]], customer ID [[ID_NUMBER|KR-20817736]]. Write the refund request for the broken blender from your side.",
    "Our au pair [[PERSON|Małgorzata]] needs directions from [[STREET_ADDRESS|11 Glenageary Road Upper, Dún Laoghaire, Co. Dublin A96 T9C4]] to Dublin Airport by bus.",
    "I keep mistyping my work login [[ID_NUMBER|svc.rpatel]] as [[ID_NUMBER|rpatel]]. Can SSO be set to accept either?",
    "Make a packing list for Grandad [[PERSON|Arthur Penhaligon]]'s week in Tenerife; he's 84 and uses a walker.",
    "[[PERSON|Aroha]] from the marae asked me to email [[EMAIL_ADDRESS|aroha.tewhare@xtra.co.nz]] the hall booking. Draft it?",
    "Help — I pasted my AWS secret [[API_KEY|wJx9Lr2TqZ7mKd4Vb8NcP1yHs3Ea6Ug0Fi5Ro2W]] into a public Slack channel. What do I rotate first?",
    "Can you explain the letter from HMRC? It quotes my NI number [[ID_NUMBER|JH 48 27 91 C]] and says I underpaid.",
    "Write a toast for [[PERSON|Beatriz]] and [[PERSON|Kwame]]'s engagement party, under one minute.",
    "My pharmacy login is [[ID_NUMBER|dtrevelyan58]] and the password is just my cat's name and birth year, [[PASSWORD|Biscuit2015]]. Too weak?",
    "Tell [[PERSON|Rasmussen]] the servers reboot at 2am. Keep it to one sentence.",
    "Is this NHS number valid, [[ID_NUMBER|706 807 8818]]? It's my mum's, [[PERSON|Gwen Pritchard]], and the GP form rejected it.",
    "Convert this address to a format a UK courier accepts: [[PERSON|Ayesha Siddiqui]], [[STREET_ADDRESS|Flat 2B, 190 Ladypool Road, Birmingham B12 8JU]], [[PHONE_NUMBER|0121 496 0735]].",
    "My friend [[PERSON|Chidi]] in Durban gave me [[PHONE_NUMBER|+27 83 552 0914]] — what time is it there if it's 8pm in Toronto?",
    "Please write a gentle note reminding [[PERSON|Honoka]] that book club is at mine: [[STREET_ADDRESS|5-2-18 Nakanoshima, Kita-ku, Osaka 530-0005]].",
    "I got a text from [[PHONE_NUMBER|+44 7700 900871]] claiming to be Royal Mail. Scam or not?",
    "Write a sympathy card to Mrs [[PERSON|Oduya]] from all of us at the surgery.",
    "Split this bill: [[PERSON|Ines]] €34, [[PERSON|Tobias]] €21, [[PERSON|Ahmet]] €45, tip 10%.",
    "Could you write a one-line bio for the conference? Speaker: [[PERSON|Olúwaseun Adébáyọ̀]], platform engineer, Lagos.",
    "Does my Medicare card [[ID_NUMBER|6332 45173 3]] need updating now I live at [[STREET_ADDRESS|4/17 Wattle Street, Fremantle WA 6160]]?",
    "Summarise the thread where [[PERSON|Brooke Ashworth]] and [[PERSON|Rafferty]] argue about the release date.",
    "My brother-in-law [[PERSON|Dmitri Volkov]] keeps using [[PASSWORD|qwerty123]] for the family NAS. How do I enforce a policy?",
    "Draft a message to the bank: IBAN [[IBAN_CODE|IE07 BOFI 9000 1728 3645 19]], I want to cancel the standing order to [[PERSON|Fergal Nolan]].",
    'Proofread: "Dear [[PERSON|Szymański]], thank you for the quick turnaround on the audit."',
    "Can you tell if [[EMAIL_ADDRESS|m.kowalczyk.transport@gmail.com]] is really my haulier or a phishing address? It asks me to confirm my card details.",
    "Write a short poem for my nan [[PERSON|Edna]] who turns 90 tomorrow.",
    "I run a small physiotherapy clinic with two staff and we still keep paper files. One patient, [[PERSON|Farhan Chowdhury]], DOB 3/4/1971, NHS number [[ID_NUMBER|577 632 2480]], has asked for everything we hold on him. What are the time limits under UK GDPR, can we charge a fee, and what should we redact before sending copies? Also, how should we be storing records like his from now on?",
    "Reset steps please: my router admin user is [[ID_NUMBER|admin_kgarcia]] and the temp code texted to me was [[PASSWORD|583 901]].",
    "Chase [[PERSON|Jovanović]] for the contract.",
    "[[PERSON|Cormac]] missed standup again. How do I raise it without sounding petty?",
    "Plan a surprise 40th for [[PERSON|Jade Whitfield]]. Her flat is [[STREET_ADDRESS|9 Rue Saint-Gilles, 75003 Paris]] and her partner's number is [[PHONE_NUMBER|+33 6 39 98 07 55]].",
    "How do I tell [[PERSON|Jules]] that their code review comments feel personal?",
    "Book a table for four under [[PERSON|Delacroix-Mbeki]] and confirm with [[PHONE_NUMBER|020 7946 0381]].",
    "My Japanese phone [[PHONE_NUMBER|090-4417-2298]] stopped receiving SMS from my bank. Troubleshooting steps?",
    "Forwarded from [[PERSON|Lorcan]]: the new meeting passcode is [[PASSWORD|tangerine44]]. Can you drop it into the invite text?",
    "Which is safer to give a removals company, my driving licence number [[ID_NUMBER|B4827713]] or a passport scan?",
    "Generate a strong replacement for my old password [[PASSWORD|Fiona!Oct88]] — I used it for ten years.",
]

# 70 short third-person statements in the manner of presidio-research's synthetic PII set.
PRESIDIO = [
    "Please update the billing address for [[PERSON|Oluwadamilare Bankole]] to [[STREET_ADDRESS|15 Admiralty Way, Lekki Phase 1, Lagos 106104]].",
    "The shipping address on file for [[PERSON|Mei-Ling Chua]] has changed to [[STREET_ADDRESS|Blk 412 Ang Mo Kio Avenue 10, #07-1183, Singapore 560412]].",
    "[[PERSON|Giovanna Rossetti]] was born in Turin, and her codice fiscale is [[ID_NUMBER|RSSGNN84C52L219X]].",
    "Customer [[PERSON|Bartholomew Quaye]] reported that card [[CREDIT_CARD|4203 3550 1696 2750]] was charged twice on the same day.",
    "HR note: [[PERSON|Agnieszka Wróbel]] (PESEL [[ID_NUMBER|92071483402]]) starts in the Gdańsk office on 3 June.",
    "Travel profile — [[PERSON|Rahul Menon]], passport [[ID_NUMBER|Z4718236]], prefers aisle seats and vegetarian meals.",
    "[[PERSON|Fatima Zahra El Idrissi]] can be reached on [[PHONE_NUMBER|+212 661 482 307]] between nine and five.",
    "Refunds for [[PERSON|Henrik Lindgren]] should be sent to [[IBAN_CODE|SE56 5000 0000 0548 3192 0736]].",
    "Our records list [[PERSON|Sophie Van den Broeck]] with national number [[ID_NUMBER|79.03.21-577.85]].",
    "[[PERSON|Marcus Whitlock]]'s SSN is [[US_SSN|417-63-2290]] and his payroll ID is [[ID_NUMBER|EMP-20931]].",
    "Ship the replacement router to [[PERSON|Aiyana Redcloud]], [[STREET_ADDRESS|2214 Cedar Ridge Drive, Rapid City, SD 57702]].",
    "[[PERSON|Kofi Mensah-Bonsu]] is a structural engineer who volunteers at a coding club in Kumasi; on the forum he posts as [[ID_NUMBER|kofi_builds]].",
    "The driving licence number held for [[PERSON|Rebecca Thornbury]] is [[ID_NUMBER|THORN857214RJ9AB]].",
    "Dr. [[PERSON|Tomás Ferreira]] updated his NIF to [[ID_NUMBER|249178257]] in the Porto clinic's payroll system.",
    "Bill [[PERSON|Ana-Maria Popescu]] (CNP [[ID_NUMBER|2900417012028]]) at [[STREET_ADDRESS|Strada Republicii 48, ap. 6, 400015 Cluj-Napoca]].",
    "[[PERSON|Joaquín Silva Rebolledo]] presented RUT [[ID_NUMBER|11.751.292-4]] when opening his current account.",
    "Isikukood [[ID_NUMBER|38507980813]] belongs to [[PERSON|Rasmus Kask]], a ferry engineer from Pärnu.",
    "Hotel guest [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120391-2831]], checked out early.",
    "[[PERSON|Petra Nováková]] wrote her rodné číslo as [[ID_NUMBER|855612/2938]] on the insurance form.",
    "German tax ID [[ID_NUMBER|66945468959]] belongs to [[PERSON|Friedrich Oberländer]], who recently moved to [[STREET_ADDRESS|Hauptstraße 118, 69117 Heidelberg]].",
    "According to the Hamilton referral, [[PERSON|Wiremu Parata]]'s NHI is [[ID_NUMBER|DEK3982]].",
    "Tax file number [[ID_NUMBER|797 604 128]] was supplied by [[PERSON|Chloe Nguyen]] for her first payslip.",
    "[[PERSON|Haruto Ishikawa]] registered My Number [[ID_NUMBER|6465 2031 0735]] with the Sapporo branch.",
    "Singapore resident [[PERSON|Darren Tan Wei Ming]], NRIC [[ID_NUMBER|T0354345A]], has applied for a housing grant.",
    "At check-in, [[PERSON|Park Ji-yeon]] gave her resident registration number as [[ID_NUMBER|880523-2658151]].",
    "[[PERSON|Emre Yıldırım]] (T.C. kimlik no [[ID_NUMBER|97950142232]]) is the contact for the Izmir warehouse.",
    "[[PERSON|Eero Virtanen]] was issued henkilötunnus [[ID_NUMBER|240793-850J]] in Tampere.",
    "The applicant, [[PERSON|Zhang Wenjing]], holds resident identity card [[ID_NUMBER|330106198709128666]].",
    "Every quarter [[PERSON|Étienne Marchand-Dubois]] pays from [[IBAN_CODE|FR32 3000 4008 1900 0739 4518 266]].",
    "[[PERSON|Nadia Benali]]'s numéro de sécurité sociale is [[ID_NUMBER|2 87 11 69 479 777 46]].",
    "Fødselsnummer [[ID_NUMBER|14058862119]] was confirmed by [[PERSON|Sindre Solberg]] over the phone.",
    "The SIN on [[PERSON|Geneviève Tremblay]]'s T4 slip is [[ID_NUMBER|246 048 763]].",
    "[[PERSON|Sipho Mokoena]] (ID [[ID_NUMBER|9102165569067]]) lives at [[STREET_ADDRESS|14 Protea Crescent, Bryanston, Sandton, 2191]].",
    "Personnummer [[ID_NUMBER|790613-6051]] is registered to [[PERSON|Oskar Bergström]] of Uppsala.",
    "[[PERSON|Noa Ben-Ami]] presented teudat zehut [[ID_NUMBER|092104322]] at the consulate.",
    "[[PERSON|Oksana Melnyk]]'s taxpayer number (RNOKPP) is [[ID_NUMBER|1687088960]].",
    "[[PERSON|Daan de Vries]] corrected his BSN to [[ID_NUMBER|750073974]] in the payroll portal.",
    "A duplicate invoice was requested by [[PERSON|Lucía Fernández Ortega]], DNI [[ID_NUMBER|27699620F]].",
    "The NIE [[ID_NUMBER|Y3213090G]] was issued to [[PERSON|Oleksandr Kovalenko]] in Valencia.",
    "[[PERSON|Larissa Monteiro]]'s CPF, [[ID_NUMBER|516.323.523-03]], is printed on the nota fiscal.",
    "[[PERSON|Arjun Nair]]'s Aadhaar number is [[ID_NUMBER|5419 4963 2920]] and his mobile is [[PHONE_NUMBER|+91 94470 18253]].",
    "Patient [[PERSON|Eleanor Hargreaves]], NHS no. [[ID_NUMBER|837 537 3117]], was discharged to [[STREET_ADDRESS|7 Fernbank Close, Harrogate HG2 8NT]].",
    "When signing the lease, [[PERSON|Lerato Dlamini]] gave ID number [[ID_NUMBER|8507300429186]].",
    "[[PERSON|Niamh Gallagher]] quoted PPS number [[ID_NUMBER|1484696F]] on her tax return.",
    "[[PERSON|Mere Hohaia]], NHI [[ID_NUMBER|PNN7197]], is booked into the Rotorua clinic on Friday.",
    "[[PERSON|Rodrigo Batista]] (CPF [[ID_NUMBER|408.678.508-09]]) changed his delivery address to [[STREET_ADDRESS|Av. Sete de Setembro 1840, Salvador - BA, 40080-002]].",
    "[[PERSON|Yusuf Demir]] used [[CREDIT_CARD|5138 6171 2097 3065]] for the hotel deposit.",
    "The Amex [[CREDIT_CARD|3465 335344 59931]] belongs to [[PERSON|Cordelia Ashby]] and expires next spring.",
    "Salary for [[PERSON|Viktor Horváth]] goes to [[IBAN_CODE|AT58 3200 0000 1827 3645]].",
    "Username [[ID_NUMBER|lena.k92]] is registered to [[PERSON|Lena Kowalski]] with the email [[EMAIL_ADDRESS|lena.kowalski92@proton.me]].",
    "SSN [[US_SSN|231-58-7046]] appears on the W-2 issued to [[PERSON|Deshawn Ellison]].",
    "[[PERSON|Maribel Cruz]] asked that statements be mailed to [[STREET_ADDRESS|Calle Juárez 214, Col. Centro, 44100 Guadalajara, Jalisco]].",
    "Bio: [[PERSON|Tendai Moyo]] grew up in Bulawayo, studied actuarial science and now coaches junior chess; write to [[EMAIL_ADDRESS|tendai.moyo@chessmail.co.zw]].",
    "Frequent flyer [[PERSON|Astrid Nørgaard]] (membership [[ID_NUMBER|SK 482 917 305]]) wants seat alerts sent to [[PHONE_NUMBER|+45 28 41 77 06]].",
    "[[PERSON|Liam O'Sullivan]] can be contacted at [[PHONE_NUMBER|+353 87 214 6638]] regarding the Galway order.",
    "Customer service logged a call from [[PERSON|Priyanka Deshpande]] at [[PHONE_NUMBER|(312) 555-0127]] about a missing parcel.",
    "[[PERSON|Hamish Drummond]] has moved to [[STREET_ADDRESS|24 Marchmont Crescent, Edinburgh EH9 1HD]]; his new number is [[PHONE_NUMBER|0131 496 0582]].",
    "Please charge [[CREDIT_CARD|6011420462011788]] for [[PERSON|Rosa Delgado]]'s annual renewal.",
    "Rent from [[PERSON|Nikolaos Papadakis]] arrives monthly from [[IBAN_CODE|DE58 2005 0411 0882 7364 51]].",
    "New starter [[PERSON|Ama Owusu]] gets the login [[ID_NUMBER|aowusu]] and employee number [[ID_NUMBER|E-55102]].",
    "[[PERSON|Sebastián Ortiz]] holds Texas driver license [[ID_NUMBER|40718253]].",
    "[[PERSON|Chiara Lombardi]] asked for delivery to [[STREET_ADDRESS|Via dei Mille 23, 80121 Napoli NA]].",
    "The account holder, [[PERSON|Pieter-Jan Claes]], banks with [[IBAN_CODE|BE82 3630 8274 9106]].",
    "[[PERSON|Aleksander Nowicki]] entered [[IBAN_CODE|PL19 1020 5561 0000 2384 7566 3819]] as his payout account.",
    "[[PERSON|Kaveh Rostami]] phones in from [[PHONE_NUMBER|+98 912 417 3085]] every Tuesday.",
    "Loyalty number [[ID_NUMBER|LY-5582-0193]] is linked to [[PERSON|Marta Jasińska]].",
    "Reservation profile: [[PERSON|Obinna Nwosu]], [[EMAIL_ADDRESS|obinna.nwosu@yahoo.co.uk]], [[PHONE_NUMBER|07700 900239]].",
    "[[PERSON|Elif Aksoy]] lives at [[STREET_ADDRESS|Bağdat Caddesi No: 311 D: 8, 34728 Kadıköy/İstanbul]].",
    "[[PERSON|Jun Watanabe]] can be called at [[PHONE_NUMBER|03-6418-2275]] in the Tokyo office.",
    "[[PERSON|Charlotte Beaumont]] changed her card to [[CREDIT_CARD|2223 2177 7896 2735]] and her landline to [[PHONE_NUMBER|01 99 00 38 14]].",
]

# 60 rows in the manner of a synthetic PII dataset's free-text records.
FREETEXT = [
    "[[PERSON|Evangeline Marsh]] signs in as [[ID_NUMBER|emarsh_77]], and her password is [[PASSWORD|R!verbend42]].",
    "The last login for [[PERSON|Tariq Haddad]] came from [[IP_ADDRESS|203.0.113.47]].",
    "Send the statement for account [[ID_NUMBER|00418827]] to [[PERSON|Bianca Moretti]] at [[EMAIL_ADDRESS|bianca.moretti@libero.it]].",
    "[[PERSON|Kenji Morimoto]] leaked his key [[API_KEY|sk-proj-4fT9qLw2ZxR8mVb1NcK7yHd3Ej6Up0Ga]] in a public repository last week.",
    "For [[PERSON|Sunita Pillai]]: card [[CREDIT_CARD|4030 4970 4316 7356]], phone [[PHONE_NUMBER|+91 99001 42876]].",
    "If you need to reach [[PERSON|Gareth Llewellyn]], try [[PHONE_NUMBER|0117 496 0412]] or write to [[EMAIL_ADDRESS|gllewellyn@cardiffmail.co.uk]].",
    "Wire transfers meant for [[PERSON|Mireille Fontaine]] go to [[IBAN_CODE|FR07 2004 1010 0505 1287 3M02 647]].",
    "After the phishing incident [[PERSON|Bogdan Ilić]] reset his password to [[PASSWORD|zmaj-Sava-1987]].",
    "[[PERSON|Harper Quinlan]]'s GitHub token is [[API_KEY|ghp_8Kd2mQ7xVtR4nLp9Wz1bYc6Hf3Js5Ae0GuTx]]; it should have been revoked months ago.",
    "Logins from [[IP_ADDRESS|2001:db8:4a1f::27]] were traced to [[PERSON|Leonie Hartmann]], username [[ID_NUMBER|lhartmann]].",
    "A refund of $84 went to [[PERSON|Cyrus Farahani]] on card [[CREDIT_CARD|372844021957122]].",
    "[[PERSON|Mthunzi Ndlovu]] keeps his savings in account [[ID_NUMBER|62 1044 8731]] and opens the app with [[PASSWORD|Ubuntu#Joburg9]].",
    "The address [[EMAIL_ADDRESS|ximena.r@correo.mx]] belongs to [[PERSON|Ximena Robles]], who would rather be messaged on [[PHONE_NUMBER|+52 55 4318 2296]].",
    "[[PERSON|Isak Holm]] uses the handle [[ID_NUMBER|isakh0lm]] and usually logs in from [[IP_ADDRESS|198.51.100.23]].",
    "A Slack bot token, [[API_KEY|xoxb-2841993172-5518820466-Zk4Pq8Rt2Wm6Yv1Bn3LcQe]], was pasted into a support ticket by [[PERSON|Orla Brennan]].",
    "[[PERSON|Benedikt Auer]] — IBAN [[IBAN_CODE|DE84 1001 0010 0374 8291 56]], Tel. [[PHONE_NUMBER|+49 30 23125 771]]",
    "Security flagged [[PERSON|Yasmin Qureshi]] because her password, [[PASSWORD|password1]], shows up in breach lists.",
    "Account number [[ID_NUMBER|3108-449127-02]] was opened by [[PERSON|Florin Dumitrescu]] in 2019.",
    "[[PERSON|Anjali Bose]] asked support to move her email from [[EMAIL_ADDRESS|anjali.bose@rediffmail.com]] to [[EMAIL_ADDRESS|anjali.b.writes@gmail.com]].",
    "The Maps key [[API_KEY|AIzaSyB3k9Rm2Tq7Lw5Xv8Yn1Pc4Hd6Jf0Gs2Ea]] is tied to a personal project run by [[PERSON|Rowan Ellery]].",
    "Card [[CREDIT_CARD|5508 9951 9117 2672]] and phone [[PHONE_NUMBER|(415) 555-0139]] are both on file for [[PERSON|Jamal Whitaker]].",
    "Connecting from [[IP_ADDRESS|192.0.2.188]], [[PERSON|Seo-yeon Lim]] entered the username [[ID_NUMBER|syeon.lim]].",
    "Please note that [[PERSON|Eduardo Paiva]] pays his rent into [[IBAN_CODE|PT89 0035 0746 0005 2839 1647 3]].",
    "[[PERSON|Hollis Grayson]] wrote their password on a sticky note by the monitor: [[PASSWORD|Maple&Thistle2]]",
    "The live Stripe key [[API_KEY|sk_live_51Hq8rT2kLmN4vB7xZ9cW3pY6dFgJ0aE]] was generated by [[PERSON|Adaeze Obi]] for her online shop.",
    "[[PERSON|Wendell Foster]] | [[EMAIL_ADDRESS|wfoster@blueharbor.net]] | [[PHONE_NUMBER|+1 206 555 0172]]",
    "Payments from [[PERSON|Katarzyna Zielińska]] arrive by card [[CREDIT_CARD|4418 2727 3364 3624]] and receipts go to [[EMAIL_ADDRESS|k.zielinska@wp.pl]].",
    "Customer [[PERSON|Tobiah Greenberg]] (acct [[ID_NUMBER|77-2019-4410]]) disputed a charge made from [[IP_ADDRESS|203.0.113.201]].",
    "[[PERSON|Noor Al-Sayed]] gives the household wifi key, [[PASSWORD|falcon-dune-312]], to every guest.",
    "The SendGrid key [[API_KEY|SG.k3Rm9Tq2LwXv8Yn1.Pc4Hd6Jf0Gs2EaBz7Qm5KtR8wY3nL1vX6cP9dT4fH]] still lives on [[PERSON|Cillian Doyle]]'s laptop.",
    "[[PERSON|Valentina Greco]] transferred €2,000 from [[IBAN_CODE|IT36 X030 6909 6061 0000 0417 382]] to her sister.",
    "Username [[ID_NUMBER|mo.farouk]], password [[PASSWORD|Nile$unset7]]; both belong to [[PERSON|Mohamed Farouk]].",
    "[[PERSON|Ruairí Keane]] rang from [[PHONE_NUMBER|+353 86 430 1957]] asking to close account [[ID_NUMBER|IE-4471093]].",
    "Whose GitLab token is [[API_KEY|glpat-Xk29vRm4Tq8LwYn1Pc6H]]? It was created by [[PERSON|Anouk Janssen]].",
    "[[PERSON|Gustavo Lindqvist-Reyes]] tried card [[CREDIT_CARD|6569 9963 8385 5631]] three times before the payment went through.",
    "You can reach [[PERSON|Chinonso Eze]] at [[EMAIL_ADDRESS|chinonso.eze@unilag-alumni.ng]].",
    "IP address [[IP_ADDRESS|198.51.100.77]] is the home connection of [[PERSON|Marguerite Olsen]].",
    "[[PERSON|Ilse Verbeek]] banks at [[IBAN_CODE|NL53 RABO 0318 4726 05]], and her mobile is [[PHONE_NUMBER|+31 6 4172 3096]].",
    "A Hugging Face token ([[API_KEY|hf_QmR8kTz3Lw9Xv2Yn5Pc1Hd7Jf4Gs6EaBq]]) turned up in [[PERSON|Declan Moriarty]]'s shared notebook.",
    "[[PERSON|Farida Yusupova]] logs into payroll as [[ID_NUMBER|fyusupova]] with [[PASSWORD|Samarqand*2020]].",
    "When [[PERSON|Bryony Caldwell]] calls from [[PHONE_NUMBER|07700 900518]], verify her card [[CREDIT_CARD|5215 8475 3178 7079]] first.",
    "[[PERSON|Alistair Munro]]'s account [[ID_NUMBER|00917734]] receives transfers from [[IBAN_CODE|GB59 LOYD 3096 3850 2746 19]].",
    "Two failed logins for [[PERSON|Pooja Iyer]] came from [[IP_ADDRESS|2001:db8:c0de::1a4]] overnight.",
    "[[PERSON|Sven Aaltonen]] saved the npm token [[API_KEY|npm_4Tq9Lw2Xv8Yn1Pc5Hd3Jf7Gs0EaBzKm6R]] in a plain text file.",
    "Contact for [[PERSON|Rosalía Méndez]]: [[PHONE_NUMBER|+34 612 48 73 09]]; bank account [[IBAN_CODE|ES50 2100 3971 2002 0058 7334]].",
    "[[PERSON|Callum Reid]] uses [[PASSWORD|hibernian1875]] everywhere, including for his work email [[EMAIL_ADDRESS|callum.reid@forthside-eng.co.uk]].",
    "The Mailgun key [[API_KEY|key-7f3a9c21e84b6d05f2c1a9e7b3d8406c]] was issued to [[PERSON|Imogen Sato]].",
    "[[PERSON|Kwabena Asante]]'s Discover card [[CREDIT_CARD|6011 3136 7085 5858]] was reissued after the breach.",
    "Member [[PERSON|Dagny Halvorsen]] (account [[ID_NUMBER|NO-338204]]) pays from [[IBAN_CODE|NO55 1503 8276 195]].",
    "[[PERSON|Lucas Moreau]] signed up with [[EMAIL_ADDRESS|lucas.moreau@laposte.net]] from IP [[IP_ADDRESS|192.0.2.61]].",
    "The one-time code sent to [[PERSON|Esperanza Villanueva]] was [[PASSWORD|448 219]], and it expired before she could use it.",
    "An AWS access key, [[API_KEY|AKIAZ7Q4LM2RXW8PTN3V]], was created under [[PERSON|Theo Castellanos]]'s name.",
    "[[PERSON|Asha Kariuki]] prefers calls on [[PHONE_NUMBER|+254 722 418 093]] and pays with [[CREDIT_CARD|4736 6717 4951 1706]].",
    "Consulting fees for [[PERSON|Per Johansson]] are paid into [[IBAN_CODE|CH49 0483 5092 7163 8400 1]].",
    "[[PERSON|Lowri Bevan]] forgot both her username, [[ID_NUMBER|lowri.b]], and her password, [[PASSWORD|Cwtch&Cariad]].",
    "From [[IP_ADDRESS|203.0.113.9]], [[PERSON|Zainab Mahmoud]] downloaded her own records.",
    "[[PERSON|Mads Kjærgaard]] holds the Danish account [[IBAN_CODE|DK16 3000 0417 3920 58]].",
    "[[PERSON|Hiroshi Okada]] registered card [[CREDIT_CARD|3528 4951 7792 1342]] together with the phone [[PHONE_NUMBER|080-3317-6624]].",
    "The account number [[ID_NUMBER|55019283]] and the email [[EMAIL_ADDRESS|d.anand@sify.com]] belong to [[PERSON|Divya Anand]].",
    "[[PERSON|Tuomas Lehtinen]] receives his salary into [[IBAN_CODE|FI93 4006 0010 2847 36]] and signs in as [[ID_NUMBER|tlehtinen]].",
]

# 25 MT-Bench- and Vicuna-style prompts: writing, role-play, reasoning and coding.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that cities should replace parking minimums with protected bike lanes. Keep it under 400 words.",
    "Pretend you are Sherlock Holmes and explain, in character, how you would deduce a stranger's profession from their shoes.",
    "Implement a Python function that returns the longest palindromic substring of a string, and state its time complexity.",
    "A train leaves at 3:15 pm; the trip takes 2 hours 50 minutes and it is delayed 20 minutes on the way. When does it arrive? Reason step by step.",
    "Compare the wartime leadership of Abraham Lincoln and Winston Churchill in a short essay.",
    "Role-play as a medieval innkeeper greeting a weary traveller who has just come in out of a snowstorm.",
    "Write a sequence of four haiku, one for each season, set in a small fishing town.",
    "Explain the difference between a process and a thread to a first-year computer science student.",
    "Suppose Elizabeth Bennet wrote a product review for a modern smartphone. What would it say?",
    "Write a SQL query that returns the second highest salary from an Employees table, and explain what happens when there are ties.",
    "Give three plausible reasons for the decline of the Western Roman Empire and weigh each in a sentence or two.",
    "Draft a courteous email declining a job offer while leaving the door open for future opportunities.",
    "You are a sommelier. Recommend a wine to go with mushroom risotto and justify the pairing.",
    "Why does the sky look blue at noon but red at sunset? Answer without equations.",
    "Write a limerick about a cat who teaches itself to use a laptop.",
    "This JavaScript prints 5 five times: for (var i = 0; i < 5; i++) { setTimeout(() => console.log(i), 100); } Why, and how would you fix it?",
    "Imagine a conversation between Marie Curie and Ada Lovelace about the future of science. Write the first ten lines.",
    "A bat and a ball cost $1.10 together, and the bat costs $1.00 more than the ball. How much is the ball, and what is the common mistake?",
    "Summarize the plot of Hamlet in exactly five sentences.",
    "How can I manage my time better when working from home with small children?",
    "Open a short story in which Captain Ahab has retired to run a seaside café.",
    "What would happen to tides, climate and life on Earth if the Moon suddenly vanished?",
    "Write a Rust function that splits a comma-separated line into a vector of trimmed strings, with two unit tests.",
    "As Gandalf, give a rousing speech to a software team the night before a product launch.",
    "Rank quicksort, merge sort, insertion sort and heapsort by average-case complexity, and say when you would pick each.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priyanka bakes 36 cookies. She gives a third of them to her neighbours and eats 4. How many cookies are left?",
    "A farmer named Osei has 14 cows and buys 3 times as many goats as cows. He then sells 9 goats. How many animals does he have now?",
    "Lena reads 25 pages on Monday, and each day after that she reads twice as many as the day before. How many pages has she read by the end of Wednesday?",
    "Marco's bike ride is 18 km. He rides the first half at 12 km per hour and the second half at 9 km per hour. How many minutes does the ride take?",
    "Pens come in packs of 8 for $3.20. Aiko needs at least 50 pens. What is the least she can spend?",
    "Tomas earns $22 an hour and works 37.5 hours a week. After 15% tax, what is his weekly take-home pay?",
    "A school has 240 students. 45% sing in the choir, and a quarter of the choir also play in the band. How many choir members are in the band?",
    "Fatou has twice as many stickers as Jamie, and Jamie has 7 fewer than Rosa. If Rosa has 19, how many stickers do the three have altogether?",
    "A recipe uses 3 eggs for 12 pancakes. Hugo wants to make 40 pancakes. How many eggs does he need if he can only use whole eggs?",
    "Ingrid's garden is a 12 m by 8 m rectangle with a 1 m wide path running around the inside edge. How much area is left for planting?",
    "A bus carries 52 people. At the first stop 13 get off and 8 get on; at the second stop half of the passengers get off. How many remain?",
    "Kwame saves $15 in the first week and $5 more each week than the week before. How much has he saved after 8 weeks?",
    "Mina buys 3 notebooks at $2.75 each and a backpack for $24. She pays with a $50 note. How much change does she get?",
    "A 600-litre water tank leaks 2.5 litres per hour. After how many full days will it first hold less than half its volume?",
    "Diego runs 5 laps of a 400 m track every morning, 6 days a week. How many kilometres does he run in 4 weeks?",
    "Three friends split a $47.40 pizza bill and a $6 tip equally. Sofia also repays $3 she owed one of them. How much does Sofia hand over in total?",
    "A library had 1,280 books. It donated 15% of them and then bought 96 new ones. How many books does it have now?",
    "Ravi is 4 years older than his sister Anika. In 6 years the sum of their ages will be 40. How old is Anika now?",
    "Chen packs 14 boxes with 24 apples each and has 9 apples left over. How many apples did he start with?",
    "A film runs 2 hours 15 minutes. Elif starts it at 7:50 pm and pauses it once for 12 minutes. At what time does it end?",
    "Noah's phone loses 8% of its charge per hour while streaming. Starting at 92%, after how many full hours is it below 30%?",
    "Muffins cost $2.50 and scones $3. Amara sells 40 muffins and some scones and takes $172 in total. How many scones did she sell?",
    "Jonas plants 6 rows of tulips with 15 bulbs in each row. If 10% of the bulbs fail, how many tulips bloom?",
    "A jacket costs $80. Carla gets 25% off and then a further 10% off the reduced price. What does she pay?",
    "Oliver types 45 words per minute. How many minutes will it take him to type a 2,700-word essay with a 5-minute break halfway?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which case established the principle of judicial review in the United States? A. McCulloch v. Maryland B. Marbury v. Madison C. Gibbons v. Ogden D. Dred Scott v. Sandford",
    "Who was the first emperor of a unified China? A. Liu Bang B. Qin Shi Huang C. Kublai Khan D. Wu Zetian",
    "A 60-year-old presents with crushing chest pain radiating to the left arm. Which test should be performed first? A. Chest X-ray B. 12-lead ECG C. Echocardiogram D. Stress test",
    "Under the common law, which element is NOT required for a valid contract? A. Offer B. Acceptance C. Consideration D. Notarisation",
    "Which deficiency causes scurvy? A. Vitamin A B. Vitamin B12 C. Vitamin C D. Vitamin D",
    "The Magna Carta was sealed by which English king? A. Henry II B. Richard I C. John D. Edward I",
    "Which drug class is first-line for most patients with type 2 diabetes? A. Sulfonylureas B. Biguanides C. Insulin D. Thiazolidinediones",
    "Who led the Haitian Revolution in its early years? A. Simón Bolívar B. Toussaint Louverture C. José de San Martín D. Miguel Hidalgo",
    "In tort law, the 'eggshell skull' rule means that a defendant: A. is liable only for foreseeable harm B. takes the victim as found C. may plead contributory negligence D. owes no duty to trespassers",
    "Which structure produces insulin? A. Alpha cells B. Beta cells C. Delta cells D. Acinar cells",
    "The Treaty of Westphalia (1648) ended which conflict? A. The Hundred Years' War B. The Thirty Years' War C. The War of the Roses D. The Seven Years' War",
    "Miranda v. Arizona concerns which right? A. Freedom of the press B. Protection against self-incrimination C. Right to bear arms D. Equal protection",
    "Which cranial nerve controls most muscles of facial expression? A. Trigeminal B. Facial C. Vagus D. Hypoglossal",
    "Who wrote 'The Prince'? A. Thomas Hobbes B. Niccolò Machiavelli C. John Locke D. Erasmus",
    "A patient on warfarin should avoid large, sudden changes in intake of which vitamin? A. Vitamin K B. Vitamin E C. Vitamin B6 D. Folate",
    "Which pharaoh is associated with a short-lived monotheistic cult of the Aten? A. Ramesses II B. Akhenaten C. Khufu D. Thutmose III",
    "Hearsay is best defined as: A. any written evidence B. an out-of-court statement offered for the truth of the matter asserted C. testimony of an expert D. evidence obtained illegally",
    "Which organism causes most cases of peptic ulcer disease? A. Escherichia coli B. Helicobacter pylori C. Staphylococcus aureus D. Clostridioides difficile",
    "Who was the first woman to win a Nobel Prize? A. Dorothy Hodgkin B. Marie Curie C. Rosalind Franklin D. Lise Meitner",
    "Which amendment to the US Constitution abolished slavery? A. Thirteenth B. Fourteenth C. Fifteenth D. Nineteenth",
    "The normal adult resting respiratory rate is about: A. 4-8 breaths per minute B. 12-20 breaths per minute C. 25-35 breaths per minute D. 40-50 breaths per minute",
    "Which ruler issued the Edict of Nantes in 1598? A. Louis XIV B. Henry IV C. Francis I D. Charles IX",
    "Res ipsa loquitur allows a court to: A. dismiss frivolous claims B. infer negligence from the nature of the accident C. award punitive damages D. transfer venue",
    "Which electrolyte abnormality most commonly produces peaked T waves on an ECG? A. Hyponatremia B. Hyperkalemia C. Hypocalcemia D. Hypomagnesemia",
    "Which general crossed the Alps with war elephants to invade Italy? A. Scipio Africanus B. Hannibal C. Julius Caesar D. Pyrrhus",
]

# 25 healthcare-routing patient questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks and no fever. Should I see a GP or is this something a pharmacist can help with?",
    "Which department handles referrals for a suspected torn knee ligament?",
    "My toddler has a rash that doesn't fade when I press a glass on it. Is this an emergency?",
    "Can I book a blood test online, or do I need a form from my doctor first?",
    "how long should i wait after a tetanus booster before getting another vaccine",
    "I'm 34 weeks pregnant and have sudden swelling in my face and hands. Who should I call?",
    "What's the difference between urgent care and the emergency department for a sprained wrist?",
    "Is it safe to take ibuprofen alongside my blood pressure tablets?",
    "I feel low most days and have stopped enjoying things. Where can I get talking therapy without a long wait?",
    "Do I need to fast before a cholesterol test?",
    "My elderly father keeps falling at night. Which service assesses homes for fall risk?",
    "Who do I contact to get my repeat prescription for inhalers renewed?",
    "I have burning when I pee and need to go constantly. Can a pharmacy treat this?",
    "Which clinic deals with persistent ringing in the ears?",
    "After a migraine I sometimes lose vision in one eye for a few minutes. How urgent is that?",
    "Can I get the shingles vaccine if I'm 68 and had chickenpox as a child?",
    "I've found a lump in my armpit that hasn't gone away after two weeks. What should I do next?",
    "What hours is the walk-in physiotherapy service open on weekends?",
    "Is chest tightness after climbing stairs something to mention at a routine appointment or to get checked today?",
    "my child swallowed a button battery about 20 mins ago and seems fine, do we still need to go in",
    "How do I request a copy of my own medical records?",
    "Which specialist should I see for heel pain that is worst first thing in the morning?",
    "I'm travelling to Kenya next month. Which vaccinations should I ask the travel clinic about?",
    "Is a nosebleed that lasts over 20 minutes a reason to go to A&E?",
    "I was bitten by a neighbour's dog and the skin is broken. Do I need antibiotics or a tetanus shot?",
]

# Every national id typed above and the check its digits pass.
NATIONAL_IDS = {
    "5425 1819 7407": aadhaar_ok,  # Indian Aadhaar
    "5419 4963 2920": aadhaar_ok,
    "706 807 8818": nhs_ok,  # NHS number
    "577 632 2480": nhs_ok,
    "837 537 3117": nhs_ok,
    "1399072O": pps_ok,  # Irish PPS number
    "1484696F": pps_ok,
    "6332 45173 3": medicare_ok,  # Australian Medicare card
    "797 604 128": tfn_ok,  # Australian tax file number
    "RSSGNN84C52L219X": codice_fiscale_ok,  # Italian codice fiscale
    "92071483402": pesel_ok,  # Polish PESEL
    "79.03.21-577.85": belgian_id_ok,  # Belgian national number
    "249178257": nif_ok,  # Portuguese NIF
    "2900417012028": cnp_ok,  # Romanian CNP
    "11.751.292-4": rut_ok,  # Chilean RUT
    "38507980813": isikukood_ok,  # Estonian isikukood
    "120391-2831": kennitala_ok,  # Icelandic kennitala
    "855612/2938": rodne_cislo_ok,  # Czech rodné číslo
    "66945468959": steuer_id_ok,  # German tax id
    "DEK3982": nhi_ok,  # New Zealand NHI
    "PNN7197": nhi_ok,
    "6465 2031 0735": my_number_ok,  # Japanese My Number
    "T0354345A": nric_ok,  # Singapore NRIC
    "880523-2658151": rrn_ok,  # Korean resident registration number
    "97950142232": kimlik_ok,  # Turkish kimlik
    "240793-850J": hetu_ok,  # Finnish henkilötunnus
    "330106198709128666": china_id_ok,  # Chinese resident identity card
    "2 87 11 69 479 777 46": nir_ok,  # French NIR
    "14058862119": fodselsnummer_ok,  # Norwegian fødselsnummer
    "246 048 763": luhn_len(9),  # Canadian SIN
    "9102165569067": luhn_len(13),  # South African id
    "8507300429186": luhn_len(13),
    "790613-6051": luhn_len(10),  # Swedish personnummer
    "092104322": luhn_len(9),  # Israeli teudat zehut
    "1687088960": rnokpp_ok,  # Ukrainian RNOKPP
    "750073974": bsn_ok,  # Dutch BSN
    "27699620F": dni_ok,  # Spanish DNI
    "Y3213090G": dni_ok,  # Spanish NIE
    "516.323.523-03": cpf_ok,  # Brazilian CPF
    "408.678.508-09": cpf_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(17|21|31) 496 0\d{3}",  # Bristol, Birmingham, Edinburgh drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same without separators
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"0[16] (39 98|99 00) \d{2} \d{2}",  # France, fiction ranges
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"03-\d{4}-\d{4}",  # Japan, Tokyo
        r"08[2-4] \d{3} \d{4}",  # South Africa mobile
        r"\+(27|31|34|45|52|91|98|212|254|353) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and carry secrets, addresses and contacts; every
    free-text record names its person; the theme's kinds of value all occur."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    address = sum(any(s["type"] == "STREET_ADDRESS" for s in marked_spans(t)) for t in CHAT)
    if named < 65 or secret < 12 or address < 18:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {address} addresses")
    if not all(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in FREETEXT):
        raise SystemExit("free text: a record without a name")
    plain = " ".join(strip_marks(t)[0] for t in CHAT)
    for word in ("APO", "FPO", "PSC", "Unit"):
        if word.lower() not in plain.lower():
            raise SystemExit(f"chat: no {word} address")
    kinds = {s["type"] for t in PRESIDIO + FREETEXT for s in marked_spans(t)}
    for kind in ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "API_KEY", "IP_ADDRESS", "PASSWORD"):
        if kind not in kinds:
            raise SystemExit(f"presidio and free text: no {kind}")


def main() -> None:
    sections = {
        "chat": (CHAT, 90),
        "presidio": (PRESIDIO, 70),
        "free text": (FREETEXT, 60),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + PRESIDIO + FREETEXT
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("free text", FREETEXT, FREETEXT_WORDS, (2, 4))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind51", HERE, sections, {"chat", "presidio", "free text"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
