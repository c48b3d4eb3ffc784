# ruff: noqa: E501
"""A ninety-ninth blind privacy set: 220 texts with personal data and 100 clean ones, built
around pasted material that a user hands to a general assistant to work on.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) asking the assistant to draft, reply, translate,
  summarise, fix, plan, calculate or advise on something pasted in: forwarded e-mail
  threads with signatures, meeting minutes, CSV, TSV and JSON exports, SQL inserts, vCards,
  log lines, CRM notes, spreadsheet rows and chat transcripts. The first 30 are typed all
  in lower case, the next 6 are in Spanish, French, German, Portuguese, Italian and Dutch,
  the rest are English with capitals. Names of many origins: first names alone, surnames
  after titles, full names, lower-case names, names with non-English letters, names that
  are ordinary words (Hope, Joy, Will, Mark, Grant, Hunter, Precious, Sunny) and a few in
  Cyrillic and Chinese script;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research synth sentences, Nannigalaxy-style records): one invented person each
  with one to four values besides the name, as prose ("... lives at ..."), labelled
  profile lines, form and CSV rows, JSON fragments, SQL, log lines and short letters;
  addresses in a couple of dozen countries, one record in Japanese, one in Russian.

Usernames and logins, account, customer, member, employee, student, patient, policy and
badge numbers, passports, driver licences and national or tax ids are ID_NUMBER; PINs,
door, gate, alarm, locker and safe codes, Wi-Fi keys, backup codes, passphrases and
passwords PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Aunt, Mum, grandma) stay
outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed; public figures, fictional characters, pets, brands, places,
order, ticket, invoice, claim and incident numbers, card endings and dates of birth are
not labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench/Vicuna-style prompts (writing, reasoning, coding,
role-play, STEM; some name historical figures or fictional characters), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D and 25
patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (Spanish DNI,
Brazilian CPF, Dutch BSN, Canadian SIN, Indian Aadhaar, Polish PESEL, Korean RRN, NHS
number, Italian codice fiscale, Swedish personnummer, Turkish kimlik, South African id,
Japanese My Number, Irish PPS, German tax id, Portuguese NIF, Australian TFN, Singapore
NRIC, French NIR, Chinese resident id).

Run ``.venv/bin/python bench/data/build_blind99.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    china_id_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Auntie|Uncle|Mum|Grandma|Sr|Sra|Herr|Frau|Mme|Dhr|Mevr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about pasted material: 30 lower case, 6 in other languages, 84 English.
CHAT = [
    # typed all in lower case
    "can you turn this into a polite reminder? pasted from our crm: 'contact: [[PERSON|marguerite okonkwo]], tel [[PHONE_NUMBER|07700 900417]], owes invoice inv-2291, prefers email [[EMAIL_ADDRESS|m.okonkwo@fastmail.com]]'",
    "fix the grammar in these meeting minutes: 'attendees: [[PERSON|priya]], [[PERSON|tomasz]], and [[PERSON|dee]]. [[PERSON|priya]] will sends the login (user [[ID_NUMBER|pnair_ops]], pw [[PASSWORD|lemonade-fjord-88]]) to [[PERSON|tomasz]] by friday'",
    "summarise this log line for my boss: 2024-03-02 09:14:55 login failed user=[[ID_NUMBER|jbaptiste]] src=[[IP_ADDRESS|198.51.100.23]] attempts=7",
    "translate this signature into spanish please: [[PERSON|wanjiru kamau]] | logistics lead | [[PHONE_NUMBER|+254 712 448 309]] | [[EMAIL_ADDRESS|wanjiru.kamau@trellisfreight.co.ke]]",
    "this is a csv row from our gym export, can you reformat it as a sentence: [[ID_NUMBER|m-30418]],[[PERSON|rosa delgado]],[[PHONE_NUMBER|3125550163]],[[EMAIL_ADDRESS|rosa.d@outlook.com]],active",
    "reply to this forwarded thread for me, keep it short: '> from: [[PERSON|hamid rahimi]] <[[EMAIL_ADDRESS|h.rahimi@parsa-dental.ir]]> > can we move my cleaning to thursday? my patient number is [[ID_NUMBER|pd-77120]]'",
    'what\'s wrong with this json? {"name": "[[PERSON|lukas brenner]]", "iban": "[[IBAN_CODE|de44500105170938427164]]", "city": "leipzig"',
    "please draft a birthday card from these chat notes: 'grandma [[PERSON|nell]]'s address is [[STREET_ADDRESS|14 orchard close, wymondham nr18 0qt]], she turns 90 on sunday'",
    "calculate the total from this spreadsheet row and tell me if it's right: employee [[ID_NUMBER|e-4471]], [[PERSON|joy mbeki]], hours 37.5, rate 21.40, total 802.50",
    "my friend sent me a photo of her router sticker, can you make it into a neat label for the fridge: network flat-3b, key [[PASSWORD|sardinha2019!]]",
    "turn these minutes into action items: 'ops sync. [[PERSON|bo]] to reset alarm code to [[PASSWORD|7261]]. [[PERSON|kasia]] to call locksmith on [[PHONE_NUMBER|020 7946 0382]]. [[PERSON|bo]] to email [[PERSON|ikram]] the floor plan.'",
    "proofread: 'hi [[PERSON|sunny]], the gate code for the allotment changed to [[PASSWORD|3390#]], see you saturday, [[PERSON|de wet]]'",
    "can you plan a driving route from these crm notes? visit 1: [[PERSON|orla nic an bhaird]], [[STREET_ADDRESS|7 quay street, galway h91 x2f4]]. visit 2: [[PERSON|fionn]], [[STREET_ADDRESS|22 main street, oranmore, co. galway]]",
    "summarise this support chat. user: hi it's [[PERSON|dmitri volkov]], my account [[ID_NUMBER|88213094]] is locked. agent: can you confirm your email? user: [[EMAIL_ADDRESS|dvolkov@yandex.ru]]",
    "convert this to a table: [[PERSON|ana lúcia]] [[PHONE_NUMBER|+55 21 98874 3310]], [[PERSON|zé]] [[PHONE_NUMBER|+55 11 97731 0456]]",
    "write a short thank-you reply to this email: 'thanks for hosting! forwarding my details for the reimbursement: [[PERSON|hannah weiß]], iban [[IBAN_CODE|at051420020010837465]]'",
    "is this key safe to paste in slack? our contractor [[PERSON|marco]] copied it from the .env: payments_key=[[API_KEY|pk_7f3a9c2e1b8d4f60a5e9c7b2d1f3a8e6]]",
    "fix the formatting of this address block from an old letter: mrs [[PERSON|eleanor fairweather-hodge]] [[STREET_ADDRESS|flat 2, 39 abbey road, bangor ll57 2eh]]",
    "plan a call schedule from this list, one every 20 minutes from 9: [[PERSON|keanu]] [[PHONE_NUMBER|(808) 555-0129]], [[PERSON|leilani]] [[PHONE_NUMBER|(808) 555-0172]], [[PERSON|kai akana]] [[PHONE_NUMBER|(808) 555-0108]]",
    "translate into french: 'the spare key is in the blue pot, alarm pin [[PASSWORD|0415]], ring [[PERSON|gwen]] on [[PHONE_NUMBER|07700 900862]] if it beeps'",
    "summarise this patient intake export line: [[ID_NUMBER|pt-0093817]];[[PERSON|suleiman adeyemi]];[[PHONE_NUMBER|+234 803 417 2290]];allergies: penicillin",
    "rewrite as a formal letter: 'yo [[PERSON|tariq]], landlord wants the deposit paid to [[IBAN_CODE|gb67midl40051592783641]] by the 5th, ref flat 4'",
    "here's a row from our volunteers sheet, what shift fits her? [[PERSON|hope ndlovu]] | [[EMAIL_ADDRESS|hope.ndlovu@icloud.com]] | sat mornings | [[PHONE_NUMBER|0491 570 233]]",
    "draft a reply to this alert: 'sshd: accepted password for [[ID_NUMBER|rvasquez]] from [[IP_ADDRESS|203.0.113.58]] port 52214'",
    "what does this mean and who do i call? 'claim 55-1202 for policy [[ID_NUMBER|hx-338201-7]], holder [[PERSON|ingrid solberg]], contact [[PHONE_NUMBER|+47 412 88 903]]'",
    "can you summarise our group chat? [[PERSON|li wei]]: i'll bring the cake. [[PERSON|femi]]: i can drive, my number is [[PHONE_NUMBER|07700900518]]. [[PERSON|li wei]]: door code at my place is [[PASSWORD|1948*]]",
    "my dad forwarded this, is it a scam? 'we blocked card [[CREDIT_CARD|4532 0177 8120 9344]] of [[PERSON|chukwuemeka obi]], confirm by replying with your pin'",
    "make a nicer email signature from this: [[PERSON|yuki tanabe]] / [[PHONE_NUMBER|090-4418-2736]] / [[EMAIL_ADDRESS|y.tanabe@kumo-design.jp]] / [[STREET_ADDRESS|3-14-2 jingumae, shibuya-ku, tokyo 150-0001]]",
    "convert these notes to bullet points: called mr [[PERSON|grant]] back, his new policy no is [[ID_NUMBER|pl-90211-b]], email [[EMAIL_ADDRESS|grant.h@btinternet.com]], wants a quote by monday",
    "check the format of this export row: [[PERSON|tamika ross]],[[US_SSN|412-73-8890]],[[PHONE_NUMBER|404-555-0191]]",
    # other languages
    "¿Puedes resumir este hilo? 'De: [[PERSON|Lucía Benítez]] <[[EMAIL_ADDRESS|lucia.benitez@telefonica.net]]> Mi DNI es [[ID_NUMBER|71924053V]] y mi móvil [[PHONE_NUMBER|+34 622 418 907]].'",
    "Peux-tu reformuler ce compte rendu ? « Mme [[PERSON|Aurélie Dubreuil]] a donné son RIB : [[IBAN_CODE|FR62 3000 4028 3700 0198 7346 519]], téléphone [[PHONE_NUMBER|06 39 98 41 27]]. »",
    "Bitte übersetze diese Notiz ins Englische: Herr [[PERSON|Jürgen Kowalczyk]], Kundennummer [[ID_NUMBER|KD-448120]], wohnt jetzt in der [[STREET_ADDRESS|Hufelandstraße 17, 10407 Berlin]], Tel. [[PHONE_NUMBER|030 23125 774]].",
    "Pode corrigir esta linha da planilha? [[PERSON|João Pedro Matos]]; CPF [[ID_NUMBER|382.917.406-31]]; [[EMAIL_ADDRESS|jpmatos@uol.com.br]]",
    "Mi aiuti a rispondere a questa email? 'Buongiorno, sono [[PERSON|Giulia Rossetti]], codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]], la password del portale è [[PASSWORD|Vesuvio#2024]].'",
    "Kun je deze notulen samenvatten? Actiepunt: [[PERSON|Sanne de Vries]] stuurt haar BSN [[ID_NUMBER|183620471]] en IBAN [[IBAN_CODE|NL82RABO0318472956]] naar HR.",
    # English with capitals
    "Can you summarise this thread? From: [[PERSON|Kofi Mensah]] <[[EMAIL_ADDRESS|kofi.mensah@ashgrovehealth.org]]> Sent: Tue. 'Please update my mobile to [[PHONE_NUMBER|07700 900731]].' -- [[PERSON|Kofi Mensah]], Ward Clerk, Ext 2214",
    'Please fix the indentation of this JSON: {"user": "[[ID_NUMBER|tkowalski]]", "pin": "[[PASSWORD|5082]]", "last_ip": "[[IP_ADDRESS|192.0.2.144]]"}',
    "Draft a reply to these minutes. 'Item 3: Dr. [[PERSON|Farah Siddiqui]] raised concerns about rota gaps; Dr. [[PERSON|Siddiqui]] can be reached at [[EMAIL_ADDRESS|f.siddiqui@kingsmeadclinic.co.uk]].'",
    "Turn this CRM note into a follow-up email: Spoke to [[PERSON|Bartholomew Quist]], customer no. [[ID_NUMBER|CU-702934]], wants the refund to card [[CREDIT_CARD|5483 9102 6617 4023]].",
    "Calculate the average order value from these rows: [[PERSON|Olufemi Bello]],3,84.00 / [[PERSON|Greta Lindqvist]],5,120.50 / [[PERSON|Ravi Menon]],2,37.90. Their emails are [[EMAIL_ADDRESS|obello@proton.me]], [[EMAIL_ADDRESS|greta.l@telia.se]] and [[EMAIL_ADDRESS|ravi.menon@rediffmail.com]].",
    "Translate this forwarded message into Polish: 'Hi [[PERSON|Will]], the locker code is [[PASSWORD|6612]] and the spare fob is with [[PERSON|Ottilie]].'",
    "Is this log line leaking anything? [2024-05-11T22:03:17Z] POST /api/login email=[[EMAIL_ADDRESS|sofia.marchetti@libero.it]] password=[[PASSWORD|Girasole!77]] ip=[[IP_ADDRESS|203.0.113.201]] status=200",
    "Write a short bio from this profile export: Name: [[PERSON|Aigerim Nurlanovna]]; Location: Almaty; Email: [[EMAIL_ADDRESS|aigerim.n@mail.kz]]; Phone: [[PHONE_NUMBER|+7 701 448 2093]]",
    "Plan seating from this list pasted from Excel: Table 1 - [[PERSON|Grace O'Malley-Byrne]], [[PERSON|Tomás Ó Ceallaigh]]; Table 2 - [[PERSON|Nadia Haddad]], [[PERSON|王秀英]]",
    "Summarise this incident ticket INC-40921: user [[PERSON|Beatriz Saldanha]] (employee ID [[ID_NUMBER|30-11872]]) reported her laptop stolen; her VPN token was [[API_KEY|vpn_t0k_9XqL2mRf8Zp4]] and it was used from [[IP_ADDRESS|2001:db8:4a::17]] after the theft.",
    "Reword this reference letter paragraph: 'Mr. [[PERSON|Desmond Achterberg]] worked with us from 2016. He can be contacted on [[PHONE_NUMBER|(416) 555-0184]] or at [[STREET_ADDRESS|88 Jarvis Street, Toronto ON M5B 2C4]].'",
    "Here are my meeting notes, make them tidy: met [[PERSON|Priyanka]] re: flat; deposit goes to IBAN [[IBAN_CODE|ES25 2100 3826 1702 0045 9187]]; her number [[PHONE_NUMBER|+34 611 203 448]]",
    "Can you calculate my share? Spreadsheet row: Rent | 1450 | split 3 ways | pay to [[PERSON|Eoin Gallagher]], [[IBAN_CODE|IE23 BOFI 9000 1782 3645 19]]",
    "Reply to this chat transcript as the support agent: [10:02] Customer: this is [[PERSON|Mateus Carvalho]], order 88412 hasn't arrived. [10:03] Customer: my address is [[STREET_ADDRESS|Rua das Flores 214, 4050-262 Porto]]",
    "Fix the typos in this email signature: Kind reagrds, [[PERSON|Svetlana Petrović]] | Senior Acountant | [[EMAIL_ADDRESS|svetlana.petrovic@kovacgroup.rs]] | [[PHONE_NUMBER|+381 64 2209 173]]",
    "Extract the action items from these minutes: '[[PERSON|Hunter]] to rotate the staging API key (currently [[API_KEY|sk-stg-8hQ2vL0pRz7TmW3xYc5N]]). [[PERSON|Alba]] to invite [[PERSON|Hunter]] to the audit.'",
    "Make this CSV into a markdown table:\nid,name,phone\n17,[[PERSON|Hamza Qureshi]],[[PHONE_NUMBER|07700 900246]]\n18,[[PERSON|Elif Şahin]],[[PHONE_NUMBER|07700 900395]]",
    "Write a warm reply to this email from my aunt: 'Darling, our new address is [[STREET_ADDRESS|5 Rosebank Terrace, Dunedin 9016]]. Love, Aunt [[PERSON|Maeve]]'",
    "Summarise this Slack export: @[[ID_NUMBER|devon.price]]: the prod db password is [[PASSWORD|Tr0ut-Lake-55]], don't share. @[[ID_NUMBER|amara.eze]]: noted",
    "Can you turn this into a calendar invite? 'Dentist for [[PERSON|Ollie]] with Dr. [[PERSON|Patel]], 14 Mar 3pm, patient no. [[ID_NUMBER|DP-229184]], call [[PHONE_NUMBER|020 7946 0517]] to confirm'",
    "Advise me: my landlord sent this on WhatsApp. 'Send the bond to account [[ID_NUMBER|06-0158-0932871-00]], name [[PERSON|Rewi Te Kanawa]].'",
    'Check this JSON for missing commas: {"patient": "[[PERSON|Ngozi Eze]]" "nhs": "[[ID_NUMBER|719 402 6384]]", "gp": "Dr [[PERSON|Hollis]]"}',
    "Reformat this address list for labels: [[PERSON|Kwame Asante]], [[STREET_ADDRESS|21 Cantonments Road, Accra]]; [[PERSON|Malak Nasser]], [[STREET_ADDRESS|9 Rue Gouraud, Gemmayzeh, Beirut]]",
    "Translate this text from my colleague into English and tell me what she wants: 'Привет! Это [[PERSON|Дарья Соколова]]. Скинь, пожалуйста, пароль от wifi: [[PASSWORD|Beryozka_1987]]'",
    "Here's a row from our HR spreadsheet: Emp [[ID_NUMBER|40219]] | [[PERSON|Isabelle Fontaine-Marceau]] | [[EMAIL_ADDRESS|isabelle.fm@gmail.com]] | SIN [[ID_NUMBER|046 382 917]]. What should I check before sending it to payroll?",
    "Please summarise this email chain in two lines. 'On Monday, [[PERSON|Arjun Iyer]] wrote: I've put my Aadhaar [[ID_NUMBER|6391 8402 7152]] in the form. On Tuesday, [[PERSON|Meera]] wrote: [[PERSON|Arjun]], never email that.'",
    "Convert this access log to CSV: 12:01 badge [[ID_NUMBER|55871]] door B2 (holder: [[PERSON|Lena Vogt]]) 12:04 badge [[ID_NUMBER|55871]] door B3",
    "Write a polite chase-up from these CRM notes: 'Member [[ID_NUMBER|118-442-09]], Mr [[PERSON|Ebenezer Adjei]], last paid Feb, mobile [[PHONE_NUMBER|07700 900683]], prefers calls after 6'",
    "Can you help me calculate the late fee? Account holder [[PERSON|Sigrid Halvorsen]], account [[ID_NUMBER|7782 1003 4419]], balance 312.40, 2% per month for 3 months.",
    "Rewrite this chat snippet as formal minutes: 'ok so [[PERSON|Bea]] will book the venue, card is [[CREDIT_CARD|4026 1395 8271 0461]] exp 09/27, and [[PERSON|Theo]] sends the invites'",
    "Proofread this cover email: 'Dear Hiring Team, please find my CV attatched. Regards, [[PERSON|Xiomara Villalobos]], [[EMAIL_ADDRESS|xiomara.villalobos@hotmail.com]], [[PHONE_NUMBER|(305) 555-0137]]'",
    "Summarise this patient portal export: Patient: [[PERSON|Tadeusz Wiśniewski]], PESEL [[ID_NUMBER|92071804513]], Phone [[PHONE_NUMBER|+48 501 227 384]], Ward 4",
    "Here's a server access log; does it look like a brute force? [[IP_ADDRESS|198.51.100.77]] - admin [02/Jun] 401; [[IP_ADDRESS|198.51.100.77]] - admin 401; [[IP_ADDRESS|198.51.100.77]] - root 401",
    "Draft a text to my tenant using this info from the lease: tenant [[PERSON|Ramón Echeverría]], [[STREET_ADDRESS|1187 Calle Loíza, Apt 3B, San Juan PR 00911]], gate code [[PASSWORD|2207]]",
    "Plan a delivery order from this pasted route sheet: 1) [[PERSON|Nomvula Dlamini]], [[STREET_ADDRESS|42 Jan Smuts Avenue, Parktown, Johannesburg 2193]]; 2) [[PERSON|Pieter Swanepoel]], [[STREET_ADDRESS|8 Kloof Street, Gardens, Cape Town 8001]]",
    "Is this token still valid? From the config: GITLAB_TOKEN=[[API_KEY|glpat-Qm7vRt2LpX9nZc4WbK8e]], owner: [[PERSON|Callum Fraser]]",
    "Can you reply to this Teams transcript? '[[PERSON|Oksana]]: I'll email the contract. [[PERSON|Jerome]]: send it to [[EMAIL_ADDRESS|jerome.baptiste@northwindlegal.com]]. [[PERSON|Oksana]]: done.'",
    "Please work out the refund: booking for [[PERSON|Ahmad Karimi]], paid with card [[CREDIT_CARD|3791 548206 37211]], cancelled 10 days before, 50% policy, total 640",
    "Reformat these minutes into a table: Present: [[PERSON|Ximena]], [[PERSON|Hugh]], Dr. [[PERSON|Abiodun Okafor]]. Apologies: [[PERSON|Phoebe]]. Next meeting at Dr. [[PERSON|Okafor]]'s home, [[STREET_ADDRESS|19 Elm Grove, Leeds LS6 2AB]].",
    "Translate to German: 'Hi [[PERSON|Mark]], the staff portal login is [[ID_NUMBER|mfischer]] / [[PASSWORD|Kranich$42]]. [[PERSON|Mark]], please change it this week.'",
    "What's the tax on this payslip row? Employee: [[PERSON|Hyun-woo Park]] | Emp#: [[ID_NUMBER|220731]] | RRN [[ID_NUMBER|880914-1734621]] | Gross: 4,200,000 KRW",
    "Summarise this email from the school: 'Parents of [[PERSON|Zainab Hussain]], please confirm your contact number (currently [[PHONE_NUMBER|0491 570 118]]) and the pickup password [[PASSWORD|BLUEGIRAFFE]].'",
    "Please count the days between these two log entries and tell me what the user did: '2024-01-03 user=[[ID_NUMBER|ebrennan-admin]] action=export', '2024-02-19 user=[[ID_NUMBER|ebrennan-admin]] action=delete'",
    "Write a reply to this forwarded complaint: 'My name is [[PERSON|Gwendolyn Ashby-Rhys]] and I live at [[STREET_ADDRESS|3 Mill Lane, Hay-on-Wye HR3 5AA]]. Your van blocked my drive again.'",
    "Turn this chat into a to-do list: [[PERSON|Tomoko]]: can you buy printer ink? me: sure. [[PERSON|Tomoko]]: use my card [[CREDIT_CARD|5208 7416 3390 2570]], pin is [[PASSWORD|8831]] lol",
    "Check my maths on this spreadsheet row: Client [[PERSON|Obadiah Thorne]], policy [[ID_NUMBER|88-XT-41920]], premium 48.25 x 12 = 579.00",
    "Here's the footer of an email I got, is this address real? [[PERSON|Cordelia Vance]], Thistle Framing Co., [[STREET_ADDRESS|1720 Larkspur Ave, Boise ID 83702]], [[PHONE_NUMBER|(208) 555-0112]]",
    "Summarise this CRM history: 03/02 called [[PERSON|Ignacio Fuentes]], no answer. 05/02 [[PERSON|Ignacio]] emailed from [[EMAIL_ADDRESS|nacho.fuentes@gmail.com]]. 06/02 sent quote Q-2281.",
    'Convert this JSON to YAML: {"customer_id": "[[ID_NUMBER|C-5519042]]", "name": "[[PERSON|Alessandra Moretti]]", "phone": "[[PHONE_NUMBER|+39 347 882 1046]]"}',
    "Fix this SQL insert: INSERT INTO staff VALUES ('[[PERSON|Rukhsana Begum]]', '[[EMAIL_ADDRESS|r.begum@eastfieldtrust.nhs.uk]]', '[[PHONE_NUMBER|07700 900154]]')",
    "Write a short apology to this customer based on the ticket: 'Customer [[PERSON|Jarrah Williams]] (acct [[ID_NUMBER|004-778-2911]]) was double charged on the card ending 4417.'",
    "Advise me on what to redact from this witness statement excerpt: 'Witness [[PERSON|Solomon Tesfaye]], of [[STREET_ADDRESS|27 Kingsland Road, London E8 4AA]], phone [[PHONE_NUMBER|020 7946 0728]].'",
    "Please translate these minutes into Spanish: 'Agreed that [[PERSON|Consuelo]] will hold the petty cash safe combination ([[PASSWORD|19-44-07]]) from April.'",
    "Plan a study timetable from this chat: '[[PERSON|Kenji]]: my exams are 3 Jun and 9 Jun. [[PERSON|Kenji]]: text me on [[PHONE_NUMBER|080-7719-2054]] if plans change.'",
    "Summarise this forwarded thread: 'From: [[PERSON|Helga Björnsdóttir]]. Hi, the invoice should go to [[STREET_ADDRESS|Laugavegur 77, 101 Reykjavík]]. My email is [[EMAIL_ADDRESS|helga.b@simnet.is]].'",
    "Tidy this contact export: BEGIN:VCARD FN:[[PERSON|Anders Nyqvist]] TEL:[[PHONE_NUMBER|+46 70 481 2297]] EMAIL:[[EMAIL_ADDRESS|anders.nyqvist@bahnhof.se]] END:VCARD",
    "Explain this error log for me: 'AuthError: invalid API key [[API_KEY|ak_live_4Fz9Qp1Lx7Rw2Nc8Vt6Hb]] for user [[EMAIL_ADDRESS|lmoreau@cabinet-moreau.fr]]'",
    "Help me write a reply to my bank's chat transcript: 'Agent: Can you confirm your IBAN? You: it's [[IBAN_CODE|PL40 1090 1014 0000 0071 2834 5592]], name [[PERSON|Wiktoria Zielińska]].'",
    "Calculate the BMI from this clinic export row: Patient [[ID_NUMBER|00481-K]], [[PERSON|Noor Al-Amin]], 172 cm, 68 kg",
    "Rewrite these notes as a professional handover: 'Bed 6 – Mr [[PERSON|Winston Clarke]], hosp no. [[ID_NUMBER|RX2208471]], daughter [[PERSON|Precious]] on [[PHONE_NUMBER|07700 900927]].'",
    "What does this line in my router log mean? 'DHCP lease [[IP_ADDRESS|203.0.113.94]] assigned to Grandpa-Laptop (owner: [[PERSON|Seamus Doherty]])'",
    "Draft a reply to this rental enquiry: 'Hello, I'm [[PERSON|Valentina Greco]], my number is [[PHONE_NUMBER|+39 333 410 8826]] and I can pay by IBAN [[IBAN_CODE|IT37 K030 6909 6061 0000 0073 921]].'",
    "Summarise this chat transcript: [[PERSON|Rhiannon]]: did you get the Netflix password? [[PERSON|Dafydd]]: yeah it's [[PASSWORD|ShireHorse_09]]. [[PERSON|Rhiannon]]: thanks",
    "Turn this into a formal complaint: 'Courier rang [[PHONE_NUMBER|0491 570 406]] at 7am asking for [[PERSON|Brodie Nguyen]] at [[STREET_ADDRESS|12 Wattle Street, Fitzroy VIC 3065]].'",
    "Make this meeting note clearer: '[[PERSON|Safiya]] to share the alarm PIN [[PASSWORD|4490]] with the cleaner; [[PERSON|Safiya]]'s email [[EMAIL_ADDRESS|safiya.d@zohomail.eu]]'",
    "Convert this TSV row to JSON: [[PERSON|Horatio Pemberton]]\t1962-04-11\t[[EMAIL_ADDRESS|hpemberton@waitrose-mail.co.uk]]\t[[PHONE_NUMBER|07700 900602]]",
    "Can you check if this card number in our CRM is valid? Holder: [[PERSON|Lourdes Mabini]], card [[CREDIT_CARD|4917 6203 5518 8433]]",
    "Summarise the meeting: 'Attendees: [[PERSON|Ayasha Redcloud]], [[PERSON|Cole Brenner]]. [[PERSON|Ayasha]] shared the shared-drive passphrase \"[[PASSWORD|copper kettle mountain]]\".'",
    "Help me reply to this forwarded thread. 'From: Dr. [[PERSON|Emeka Nwosu]] <[[EMAIL_ADDRESS|emeka.nwosu@lagosmedcentre.ng]]> Patient ID [[ID_NUMBER|LMC-553091]] is ready for discharge.'",
    "Draft a Slack message from these notes: [[PERSON|Finn]] needs the SFTP creds: host [[IP_ADDRESS|192.0.2.61]], user [[ID_NUMBER|finn.larsen]], pass [[PASSWORD|Fjord&Moose3]]",
    "Work out the commission from this sales row: Rep: [[PERSON|Chiamaka Obi-Okoye]] | Rep ID: [[ID_NUMBER|SR-0912]] | Sales: 18,400 | Rate: 4.5%",
    "Summarise this WhatsApp chat: [09:12] Mum: the new door code is [[PASSWORD|7093]]. [09:13] Mum: Auntie [[PERSON|Loretta]] arrives at 6.",
    "Translate the signature on this email into Japanese: Best, [[PERSON|Sebastián Iturralde]], Quito, [[PHONE_NUMBER|+593 99 418 2276]], [[EMAIL_ADDRESS|s.iturralde@puce.edu.ec]]",
    "Reformat this as a proper invoice header: Bill to [[PERSON|Orla Brannigan]], [[STREET_ADDRESS|4 Harbour View, Cobh, Co. Cork P24 K1W2]], VAT ref not needed",
    "Check this CSV for errors:\nname,email\n[[PERSON|Saoirse Keane]],[[EMAIL_ADDRESS|saoirse.keane@eircom.net]]\n[[PERSON|Benedikt Huber]],[[EMAIL_ADDRESS|benedikt.huber@gmx.at]]",
    "Please summarise this issue comment: 'I accidentally pushed my AWS secret [[API_KEY|wJq8Rk2Vz5Ln0Tb7Yx3Cm9Hp4Df6Gs1Ea8Ku2Wo]], can someone rotate it? – [[PERSON|Priscilla Okon]]'",
    "Tell me if these minutes are missing anything: 'Board call. Chair [[PERSON|Ludmila Havelková]]. Treasurer [[PERSON|Ondřej Novák]] takes questions on [[PHONE_NUMBER|+420 603 118 427]].'",
    "Draft a reply to this CRM note: 'Policy holder [[PERSON|Temperance Oyelaran]], policy [[ID_NUMBER|HOM-7731902]], wants to add her partner [[PERSON|Jules]].'",
    "Can you plan a weekend itinerary from this email? 'Hi, it's [[PERSON|Ilse]]. We're staying at my cousin [[PERSON|Dirk]]'s flat, [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JB Amsterdam]]. My cell [[PHONE_NUMBER|06-41829307]].'",
    "Here's a row from our alumni sheet, write a short welcome note: [[PERSON|Bilal Chaudhry]], class of 2009, [[EMAIL_ADDRESS|bilal.chaudhry09@gmail.com]], [[STREET_ADDRESS|2 Regent Road, Leicester LE1 6YH]]",
    "Explain this auth log to me: 'Failed MFA for user [[ID_NUMBER|sgonzalez-tech]] from [[IP_ADDRESS|2001:db8:17::a2]], backup code [[PASSWORD|88120-44917]] used'",
    "Compute the monthly repayment for this loan row: Borrower [[PERSON|Tunde Bakare]], loan no. [[ID_NUMBER|LN-44820193]], principal 12,000, 6% yearly, 24 months",
    "Rewrite this bit of a letter so it sounds warmer: 'Dear Mrs. [[PERSON|Pennywhistle]], your locker combination is [[PASSWORD|31-07-22]] and your member number is [[ID_NUMBER|GYM-80217]].'",
    "Summarise this IT desk transcript: 'User: Hi, it's [[PERSON|Björn Ekström]], my laptop's IP is [[IP_ADDRESS|192.0.2.205]] and my temp password [[PASSWORD|Lingon-berry-4]] expired.'",
]

# 100 records in the style of synthetic PII benchmark datasets, one person each.
RECORDS = [
    "[[PERSON|Marisol Quintana]] lives at [[STREET_ADDRESS|4410 Cedar Hollow Dr, Austin, TX 78731]].",
    "Name: [[PERSON|Ewan Blackwood]] | Email: [[EMAIL_ADDRESS|ewan.blackwood@yahoo.co.uk]] | Phone: [[PHONE_NUMBER|+44 7700 900355]]",
    '{"full_name": "[[PERSON|Haruka Morimoto]]", "phone": "[[PHONE_NUMBER|080-3326-9158]]", "my_number": "[[ID_NUMBER|518273640923]]"}',
    "Please send the parcel to [[PERSON|Desislava Georgieva]] at [[STREET_ADDRESS|ul. Shipka 23, 1504 Sofia]].",
    "[[PERSON|Oluwaseun Adebayo]]'s credit card number is [[CREDIT_CARD|3566 2810 4973 3658]].",
    '2024-04-02 10:31:07 INFO session start user=[[ID_NUMBER|kmaharaj]] ip=[[IP_ADDRESS|198.51.100.142]] name="[[PERSON|Kavita Maharaj]]"',
    "Dear Ms [[PERSON|Henrietta Lowe]], your account [[ID_NUMBER|55019283]] has been reactivated. Regards, Customer Care",
    "[[PERSON|Tomasz Zieliński]] paid the deposit from IBAN [[IBAN_CODE|DK28 3000 1283 9471 62]].",
    "Contact: [[PERSON|Amaru Condori]], [[PHONE_NUMBER|+51 984 226 731]], [[EMAIL_ADDRESS|amaru.condori@pucp.edu.pe]]",
    "The social security number of [[PERSON|Delbert Hanes]] is [[US_SSN|529-41-7736]].",
    "[[PERSON|Yasmin Farouk]] can be reached on [[PHONE_NUMBER|(617) 555-0154]] or at [[EMAIL_ADDRESS|yfarouk@bu-alumni.org]].",
    "Employee [[ID_NUMBER|EMP-20417]] [[PERSON|Gunnar Eriksen]] reset his password to [[PASSWORD|Nordlys!2023]].",
    "Patient: [[PERSON|Aroha Ngata]]; DOB 14/02/1988; Address: [[STREET_ADDRESS|31 Karaka Street, Rotorua 3010]]",
    "Ship to: [[PERSON|Fatoumata Diallo]], [[STREET_ADDRESS|Rue 10 x 15, Médina, Dakar]], tel [[PHONE_NUMBER|+221 77 418 22 09]]",
    "[[PERSON|Cillian Moriarty]] (PPS [[ID_NUMBER|7319246V]]) moved to [[STREET_ADDRESS|12 Sandymount Green, Dublin 4, D04 W3N8]].",
    "username: [[ID_NUMBER|ana_souza88]] / name: [[PERSON|Ana Souza]] / password: [[PASSWORD|Maracuja#88]]",
    "[[PERSON|Chen Jiahui]] was born on 3 March 1991 and her email is [[EMAIL_ADDRESS|chenjiahui91@163.com]].",
    "[[PERSON|Ruairí Mac Giolla]] works in Galway; his work phone is [[PHONE_NUMBER|+353 91 448 207]].",
    "Card on file for [[PERSON|Pauline Mercier]]: [[CREDIT_CARD|5450 1732 9846 1202]], billing address [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]]",
    "From: [[PERSON|Dov Ashkenazi]] <[[EMAIL_ADDRESS|dov.ashkenazi@walla.co.il]]>",
    "[[PERSON|Ifeoma Chukwu]] lives at [[STREET_ADDRESS|15 Awolowo Road, Ikoyi, Lagos]] and her number is [[PHONE_NUMBER|+234 809 331 5720]].",
    "Account holder [[PERSON|Ludovica Bianchi]], IBAN [[IBAN_CODE|CH92 0483 5029 8417 3100 0]]",
    "WARN 2024-06-19 payment declined card=[[CREDIT_CARD|4718392055673145]] holder=[[PERSON|Rashid Al-Mansoori]] ip=[[IP_ADDRESS|203.0.113.16]]",
    "Hi, I'm [[PERSON|Esperanza]] and my phone is [[PHONE_NUMBER|+52 55 4182 9937]].",
    "Name | [[PERSON|Lars-Erik Holm]]\nPersonnummer | [[ID_NUMBER|910423-5370]]\nMobile | [[PHONE_NUMBER|+46 73 502 1184]]",
    "[[PERSON|Moana Tupou]]'s driver licence number is [[ID_NUMBER|DK482917]].",
    "The package for [[PERSON|Ebru Yıldırım]] goes to [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 5, 34728 Kadıköy/İstanbul]]; TC kimlik [[ID_NUMBER|36192740530]].",
    "Student [[PERSON|Nikhil Deshpande]], roll no. [[ID_NUMBER|CS21B047]], email [[EMAIL_ADDRESS|nikhil.d@iitm-alumni.in]]",
    "[[PERSON|Agnieszka Wróbel]] set her voicemail PIN to [[PASSWORD|2718]].",
    '{"id": 4471, "name": "[[PERSON|Thandiwe Mokoena]]", "sa_id": "[[ID_NUMBER|9107235184086]]"}',
    "Dear [[PERSON|Barnaby]], thank you for your order. We will deliver to [[STREET_ADDRESS|Flat 9, 27 Clifton Hill, Bristol BS8 1BN]] on Friday.",
    "[[PERSON|Soo-ah Kim]] registered with email [[EMAIL_ADDRESS|sooah.kim@naver.com]] and phone [[PHONE_NUMBER|010-4827-3391]].",
    "Passport number of [[PERSON|Gideon Abernathy]]: [[ID_NUMBER|568123947]]",
    "[[PERSON|Imogen Saint-Clair]] - [[EMAIL_ADDRESS|imogen.stclair@orange.fr]] - [[PHONE_NUMBER|06 39 98 72 15]]",
    "[auth] 2024-02-28T07:55Z user [[ID_NUMBER|pcastellanos]] ([[PERSON|Paloma Castellanos]]) logged in from [[IP_ADDRESS|2001:db8:c0::5e]]",
    "[[PERSON|Mthunzi Zulu]] transferred the funds from IBAN [[IBAN_CODE|BE91 0634 7182 9345]].",
    "The new tenant, [[PERSON|Ottoline Grieve]], can be reached at [[PHONE_NUMBER|0131 496 0582]].",
    "Member: [[PERSON|Darnell Whitaker]]\nMember ID: [[ID_NUMBER|MBR-3390174]]\nEmail: [[EMAIL_ADDRESS|dwhitaker@comcast.net]]\nPIN: [[PASSWORD|6604]]",
    "[[PERSON|Zofia Nowicka]] from [[STREET_ADDRESS|ul. Długa 44/7, 80-827 Gdańsk]] ordered three books.",
    "Customer [[PERSON|Rafael Ortega Lima]] paid with [[CREDIT_CARD|4147 0983 2265 5796]] on 12 May.",
    "[[PERSON|Anneliese Brandt]] - Steuer-ID [[ID_NUMBER|57938104625]] - [[STREET_ADDRESS|Eppendorfer Weg 88, 20259 Hamburg]]",
    "Hello [[PERSON|Kalani]], your gym locker code is [[PASSWORD|5519]].",
    "[[PERSON|Phạm Thị Lan]] lives at [[STREET_ADDRESS|45 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh]] and uses the email [[EMAIL_ADDRESS|phamthilan@gmail.com]].",
    "CSV: [[PERSON|Brigid Feeney]],[[EMAIL_ADDRESS|brigid.feeney@ul.ie]],[[PHONE_NUMBER|+353 87 205 6631]]",
    "Please refund [[PERSON|Omar Shaikh]] to card [[CREDIT_CARD|5302 6184 9917 0366]].",
    "[[PERSON|Valérie Tremblay]] lives at [[STREET_ADDRESS|2250 rue Masson, Montréal QC H2H 1A9]] and works from home.",
    "[[PERSON|Jasper Okonjo]] used the API key [[API_KEY|key_93bXr7Tq2Lm8Vw4Pz6Hn1Jc5]] to call the service.",
    "INSERT INTO users (name, email) VALUES ('[[PERSON|Mirela Popescu]]', '[[EMAIL_ADDRESS|mirela.popescu@yahoo.ro]]');",
    "[[PERSON|Akosua Boateng]], tax file number [[ID_NUMBER|628 193 047]], address [[STREET_ADDRESS|7/19 Harris Street, Pyrmont NSW 2009]]",
    "[[PERSON|Eliseo Navarro]] called from [[PHONE_NUMBER|+34 699 304 512]] about his delayed refund.",
    "Dear Dr [[PERSON|Rosalind Achebe]], your patient ID is [[ID_NUMBER|PT-448201]] and your portal password is [[PASSWORD|Acacia7Lane]].",
    "[[PERSON|Ilya Sorokin]] | [[IP_ADDRESS|192.0.2.88]] | last seen 2024-03-09",
    "[[PERSON|Nalani Kahale]] lives at [[STREET_ADDRESS|98-1120 Kaonohi St, Aiea, HI 96701]] and can be reached at [[PHONE_NUMBER|(808) 555-0145]].",
    "Profile — name: [[PERSON|Xochitl Ramírez]]; username: [[ID_NUMBER|xochi_ram]]; email: [[EMAIL_ADDRESS|xochitl.ramirez@prodigy.net.mx]]",
    "[[PERSON|Hemi Walker]] gave NHS number [[ID_NUMBER|583 091 7262]] at reception.",
    "[[PERSON|Bogdan Ionescu]] rents a flat at [[STREET_ADDRESS|Strada Lipscani 31, București 030033]].",
    '{"customer": {"name": "[[PERSON|Sakura Aoki]]", "card": "[[CREDIT_CARD|4655381902744063]]", "zip": "150-0011"}}',
    "[[PERSON|Lindiwe]] changed her email to [[EMAIL_ADDRESS|lindiwe.m@webmail.co.za]].",
    "Policy holder: [[PERSON|Ambrose Kettering]]; policy no.: [[ID_NUMBER|POL-66120394]]; phone: [[PHONE_NUMBER|020 7946 0245]]",
    "[[PERSON|Gulnara Abenova]] lives in Astana and her phone number is [[PHONE_NUMBER|+7 702 551 3408]].",
    "[[PERSON|Matthijs van Leeuwen]] — BSN [[ID_NUMBER|246801931]] — [[STREET_ADDRESS|Oudegracht 152, 3511 AZ Utrecht]]",
    "The deploy token of [[PERSON|Keira Lambert]] was replaced; it is now [[API_KEY|tok_Lq8Zr3Nv6Xp1Wc9Bm4Ty7Kd]].",
    "[[PERSON|Abdi Warsame]] mailed the form from [[STREET_ADDRESS|2209 Cedar Ave S, Minneapolis, MN 55404]]; SSN [[US_SSN|471-82-3065]].",
    "Dear [[PERSON|Felicity]], your new Wi-Fi key is [[PASSWORD|meadowlark-2291]]. Best, The Hub Team",
    "[[PERSON|Kaveh Jafari]] works at a bakery and his email is [[EMAIL_ADDRESS|kaveh.jafari@posteo.de]].",
    "Name: [[PERSON|Ama Owusu]], Phone: [[PHONE_NUMBER|+233 24 419 8830]], Address: [[STREET_ADDRESS|House 12, Ring Road East, Osu, Accra]]",
    "[[PERSON|Søren Kjær]] signed in with username [[ID_NUMBER|skjaer]] and password [[PASSWORD|Hygge&Rain9]].",
    "[[PERSON|Thulani Nkosi]]'s Portuguese IBAN is [[IBAN_CODE|PT21 0035 0651 0000 3872 9413 2]].",
    "Reservation for [[PERSON|Evangelos Papadakis]], mobile [[PHONE_NUMBER|+30 694 218 7730]].",
    "[[PERSON|Марина Кузнецова]] живёт по адресу [[STREET_ADDRESS|ул. Ленина, д. 12, кв. 45, Новосибирск]].",
    "[[PERSON|Ayodele Ogunleye]] - employee no. [[ID_NUMBER|00771829]] - [[EMAIL_ADDRESS|a.ogunleye@cedarline.ng]]",
    "Form row: [[PERSON|Leocádia Ferreira]] | [[EMAIL_ADDRESS|leocadia.f@sapo.pt]] | NIF [[ID_NUMBER|238471560]]",
    "[[PERSON|Torvald Haugen]] has the Norwegian IBAN [[IBAN_CODE|NO28 8601 7293 846]] and the phone [[PHONE_NUMBER|+47 934 20 118]].",
    "2023-11-30 12:40:02 ERROR upload failed for [[EMAIL_ADDRESS|jnakamura@tokyo-arts.ac.jp]] ([[PERSON|Jun Nakamura]]) from [[IP_ADDRESS|203.0.113.230]]",
    "[[PERSON|Winifred Osei]] keeps her safe combination, [[PASSWORD|08-26-51]], in her diary.",
    "[[PERSON|Rangi Parata]] lives at [[STREET_ADDRESS|44 Tui Crescent, Porirua 5022]].",
    "[[PERSON|Eszter Horváth]] (email [[EMAIL_ADDRESS|eszter.horvath@freemail.hu]], phone [[PHONE_NUMBER|+36 30 418 2256]]) joined the choir.",
    "Aadhaar of [[PERSON|Sunita Raghunathan]]: [[ID_NUMBER|8204 5731 9466]]",
    "Hi [[PERSON|Cormac]], use my card [[CREDIT_CARD|6011 5732 0948 8618]] for the supplies.",
    "Driver: [[PERSON|Alhassan Sesay]], licence [[ID_NUMBER|SL-DL-0448219]], phone [[PHONE_NUMBER|+232 76 418 903]]",
    "[[PERSON|Flora MacLeod]]'s home address is [[STREET_ADDRESS|Tigh na Mara, Portree, Isle of Skye IV51 9EU]].",
    "Singapore resident [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|T0284719H]], mobile [[PHONE_NUMBER|+65 9128 4470]]",
    "[[PERSON|Ulrike Sandoval]] logged in from [[IP_ADDRESS|198.51.100.9]] with the user [[ID_NUMBER|usandoval]].",
    "Dear [[PERSON|Jonah]], please note your new customer number is [[ID_NUMBER|CN-0048821]]. Kind regards, Billing",
    "[[PERSON|Mei-Ling Chou]] can be emailed at [[EMAIL_ADDRESS|meiling.chou@ntu-mail.tw]].",
    "[[PERSON|Koorine Watson]] lives at [[STREET_ADDRESS|3 Banksia Court, Alice Springs NT 0870]] and her mobile is [[PHONE_NUMBER|0491 570 661]].",
    "Invoice contact: [[PERSON|Heinrich Falkenberg]], [[EMAIL_ADDRESS|h.falkenberg@t-online.de]], [[PHONE_NUMBER|030 23125 489]]",
    "[[PERSON|Salma Benali]] (Swedish account [[IBAN_CODE|SE15 5000 0000 0548 7123 9648]]) requested a statement.",
    "[[PERSON|Caoimhe Brennan]], API token [[API_KEY|cb_live_7Hn2Qx9Lr4Tz8Vm1Pk6W]], created 2024-02-01",
    "[[PERSON|Kiran Thapa]] was born in Pokhara and lives at [[STREET_ADDRESS|Jhamsikhel Marg 17, Lalitpur 44700]].",
    "[[PERSON|Gabrielle Lefèvre]] - NIR [[ID_NUMBER|286057512304891]]",
    "[[PERSON|Emre Aydın]]'s Turkish IBAN is [[IBAN_CODE|TR25 0001 0002 0174 9283 6100 57]].",
    "Records show [[PERSON|Hollis Marchbanks]] uses [[EMAIL_ADDRESS|hollis.m@fastmail.com]] and the passcode [[PASSWORD|Ridgeback44]].",
    "[[PERSON|佐藤 美咲]] の電話番号は [[PHONE_NUMBER|090-2284-6617]] です。",
    "[[PERSON|Juhani Laaksonen]] lives in Tampere and his IBAN is [[IBAN_CODE|FI89 5799 0120 3984 57]].",
    "[[PERSON|Ruth Abramowitz]], [[STREET_ADDRESS|311 W 94th St, Apt 6C, New York, NY 10025]], [[PHONE_NUMBER|(212) 555-0168]], [[EMAIL_ADDRESS|ruth.abramowitz@verizon.net]]",
    "[[PERSON|Kwabena Ofori]] stored his backup codes: [[PASSWORD|4471-0932]] and [[PASSWORD|8820-1157]].",
    "[[PERSON|Lee Ji-hoon]] booked a room; contact [[EMAIL_ADDRESS|jihoon.lee@kakao.com]].",
    "[[PERSON|Concepción Arriaga]] pays the rent from IBAN [[IBAN_CODE|ES09 0182 2370 4102 0158 3349]] every month.",
    "Chinese ID of [[PERSON|王建国]]: [[ID_NUMBER|110108198706124733]]",
]

# 25 MT-Bench/Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that small towns should invest in public libraries rather than new parking garages.",
    "Imagine you are Sherlock Holmes explaining to Dr. Watson how you deduced that a visitor had just returned from a rainy seaside town. Stay in character.",
    "Compose a haiku sequence of four poems about the changing light in a kitchen over one day.",
    "Explain the difference between a process and a thread to someone who has only used spreadsheets.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "If a bat and a ball cost 1.10 in total and the bat costs 1.00 more than the ball, how much does the ball cost? Show your reasoning.",
    "Pretend you are Marie Curie giving a short talk to schoolchildren about why curiosity matters in science.",
    "Draft a product description for a reusable bamboo lunch box aimed at office workers.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime in about 200 words.",
    "What are the main causes of inflation, and how do central banks try to control it?",
    "Write a short story in which Captain Ahab meets a marine biologist who tries to talk him out of the hunt.",
    "Explain how public-key cryptography lets two strangers agree on a secret over an open channel.",
    "Rewrite the following sentence in plain English: 'Pursuant to the aforementioned stipulations, remuneration shall be disbursed forthwith.'",
    "Write a SQL query that finds the three product categories with the highest average order value in the last quarter.",
    "Act as a travel guide and suggest a three-day plan for a first visit to Kyoto in autumn.",
    "Describe the water cycle as if you were a single raindrop telling its life story.",
    "Which is heavier, a kilogram of feathers or a kilogram of steel? Explain why people often get this wrong.",
    "Summarise the plot of Homer's Odyssey in five sentences suitable for a ten-year-old.",
    "Write a JavaScript debounce function and show how to use it on a search box.",
    "What were the main achievements of Ada Lovelace, and why is she associated with computing?",
    "Role-play as a medieval blacksmith explaining to an apprentice how to temper a blade.",
    "Give me five creative names for a bakery that specialises in sourdough bread.",
    "Explain why the sky appears blue during the day and red at sunset.",
    "Solve for x: 3x + 7 = 2x - 5, and check your answer.",
    "Write a limerick about Elizabeth Bennet losing her patience with Mr. Darcy at a dance.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Amara buys 4 notebooks at 2.50 each and a pen for 1.75. How much does she spend in total?",
    "Tobias reads 18 pages a day. How many days will it take him to finish a 270-page book?",
    "A baker makes 12 trays of 24 cookies. She sells 5/6 of them. How many cookies are left?",
    "Lucia has 3 times as many marbles as Ben. Together they have 84 marbles. How many does Lucia have?",
    "A train travels at 90 km per hour for 2.5 hours and then at 60 km per hour for 1.5 hours. How far does it go?",
    "Kwame saves 15 dollars a week. After how many weeks will he have enough for a bike costing 240 dollars?",
    "Priya's garden is 12 m long and 7 m wide. She wants to fence it. How many metres of fence does she need?",
    "Mateo earns 18 dollars an hour and works 35 hours a week. How much does he earn in 4 weeks?",
    "There are 28 students in Freya's class. 3/7 of them walk to school. How many do not walk?",
    "A shop sells apples in bags of 6. Omar needs 80 apples. How many bags must he buy?",
    "Hana ran 5.2 km on Monday, 6.8 km on Wednesday and 7.5 km on Friday. What was her average distance?",
    "A jacket costs 120 dollars and is on sale for 25% off. Sven has a coupon for another 10 dollars off the sale price. What does he pay?",
    "Nadia has 45 stickers. She gives 1/5 to her brother and 9 to her friend. How many does she keep?",
    "A recipe uses 3 eggs for every 2 cups of flour. Dmitri uses 8 cups of flour. How many eggs does he need?",
    "Zoe's phone battery drops 12% every hour. It starts at 100%. After how many full hours is it below 30%?",
    "A cinema has 18 rows of 22 seats. 275 tickets are sold. How many seats are empty?",
    "Ibrahim bought 3 shirts at 14 dollars and 2 pairs of trousers at 27 dollars. He paid with a 100-dollar note. What is his change?",
    "Elena's cat eats 85 grams of food a day. How many kilograms does it eat in 30 days?",
    "A tank holds 360 litres and fills at 15 litres per minute. Rafael starts with it one third full. How long until it is full?",
    "Kofi is 4 years older than his sister. In 6 years the sum of their ages will be 40. How old is Kofi now?",
    "Mia plants 7 rows of tulips with 13 bulbs in each row. 9 bulbs do not grow. How many tulips bloom?",
    "A printer prints 40 pages a minute. Aiko needs 25 copies of a 36-page report. How many minutes will it take?",
    "Leo scored 72, 85 and 91 on three tests. What must he score on the fourth to average 85?",
    "Ingrid has 150 metres of wire and wants to build a square pen. How long will each side be?",
    "Santiago drives 420 km and his car uses 6.5 litres per 100 km. Fuel costs 1.80 per litre. How much does the trip cost?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Who formulated the three laws of motion? A) Galileo Galilei B) Isaac Newton C) Johannes Kepler D) Nicolaus Copernicus",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which organelle is the site of aerobic respiration? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Lysosome",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Tin",
    "Who wrote 'One Hundred Years of Solitude'? A) Jorge Luis Borges B) Gabriel García Márquez C) Mario Vargas Llosa D) Isabel Allende",
    "What is the derivative of sin(x)? A) -cos(x) B) cos(x) C) tan(x) D) -sin(x)",
    "Which economist wrote 'The Wealth of Nations'? A) John Maynard Keynes B) Karl Marx C) Adam Smith D) David Ricardo",
    "The Treaty of Westphalia (1648) ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The War of the Roses D) The Seven Years' War",
    "Which river flows through Budapest? A) Rhine B) Vistula C) Danube D) Elbe",
    "What is the time complexity of binary search on a sorted array? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Who proposed the theory of evolution by natural selection together with Charles Darwin? A) Gregor Mendel B) Alfred Russel Wallace C) Jean-Baptiste Lamarck D) Thomas Huxley",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Argon D) Nitrogen",
    "In law, what does 'habeas corpus' protect against? A) Double jeopardy B) Unlawful detention C) Self-incrimination D) Excessive fines",
    "Which painter created 'The Starry Night'? A) Claude Monet B) Vincent van Gogh C) Paul Cézanne D) Edvard Munch",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Which of these is a prime number? A) 51 B) 57 C) 59 D) 63",
    "The Silk Road mainly connected China with which region? A) Sub-Saharan Africa B) The Mediterranean C) Scandinavia D) South America",
    "Which philosopher wrote 'Critique of Pure Reason'? A) Hegel B) Kant C) Hume D) Descartes",
    "A company's current ratio is current assets divided by what? A) Total assets B) Equity C) Current liabilities D) Revenue",
    "Which hormone lowers blood glucose? A) Glucagon B) Insulin C) Cortisol D) Adrenaline",
    "Mount Kilimanjaro is located in which country? A) Kenya B) Uganda C) Tanzania D) Ethiopia",
    "Who was the first woman to win a Nobel Prize? A) Marie Curie B) Rosalind Franklin C) Dorothy Hodgkin D) Lise Meitner",
    "In psychology, who is known for the hierarchy of needs? A) B. F. Skinner B) Abraham Maslow C) Carl Rogers D) Jean Piaget",
    "Which sorting algorithm has the best average-case complexity? A) Bubble sort B) Insertion sort C) Merge sort D) Selection sort",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks after a cold. When should I see a doctor about it?",
    "Is it safe to take ibuprofen and paracetamol together for a headache?",
    "What are the early signs of type 2 diabetes, and how is it diagnosed?",
    "My ankle is swollen after I twisted it yesterday. Should I use ice or heat?",
    "How much water should an adult drink in a day during hot weather?",
    "Can stress cause chest tightness, or should I always get that checked?",
    "What is the difference between a cold and the flu, and how long do they last?",
    "I get heartburn most nights after dinner. What lifestyle changes might help?",
    "Is a resting heart rate of 52 normal for someone who runs regularly?",
    "What vaccines are usually recommended for adults over 65?",
    "How can I tell whether a mole has changed enough to need a skin check?",
    "My child has a temperature of 38.5 C. At what point should we go to urgent care?",
    "What does a high LDL cholesterol result mean, and can diet alone lower it?",
    "Are there side effects of taking vitamin D supplements every day through winter?",
    "I wake up with a stiff lower back most mornings. What stretches are usually recommended?",
    "How long after antibiotics finish can I drink alcohol?",
    "What is the usual recovery time after a knee arthroscopy?",
    "Is it normal to feel dizzy when standing up quickly, and when is it a concern?",
    "Which foods are good sources of iron for someone who doesn't eat meat?",
    "How do I know if my hay fever has turned into a sinus infection?",
    "What should I bring to a first appointment with a new physiotherapist?",
    "Can migraines be triggered by skipping meals or by screens?",
    "How often should someone with asthma replace their inhaler spacer?",
    "What are the warning signs of a stroke that I should teach my family?",
    "Is it okay to exercise with a mild cold, or should I rest completely?",
]

NATIONAL_IDS = {
    "71924053V": dni_ok,  # Spanish DNI
    "382.917.406-31": cpf_ok,  # Brazilian CPF
    "183620471": bsn_ok,  # Dutch BSN
    "246801931": bsn_ok,
    "046 382 917": luhn_len(9),  # Canadian SIN
    "6391 8402 7152": aadhaar_ok,  # Indian Aadhaar
    "8204 5731 9466": aadhaar_ok,
    "92071804513": pesel_ok,  # Polish PESEL
    "880914-1734621": rrn_ok,  # Korean resident registration number
    "719 402 6384": nhs_ok,  # NHS number
    "583 091 7262": nhs_ok,
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "910423-5370": luhn_len(10),  # Swedish personnummer
    "36192740530": kimlik_ok,  # Turkish kimlik
    "9107235184086": luhn_len(13),  # South African id
    "518273640923": my_number_ok,  # Japanese My Number
    "7319246V": pps_ok,  # Irish PPS number
    "57938104625": steuer_id_ok,  # German tax id
    "238471560": nif_ok,  # Portuguese NIF
    "628 193 047": tfn_ok,  # Australian tax file number
    "T0284719H": nric_ok,  # Singapore NRIC
    "286057512304891": nir_ok,  # French NIR
    "110108198706124733": china_id_ok,  # Chinese resident identity card
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"07700900\d{3}",
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{8}",  # Netherlands mobile
        r"\+(7|30|34|36|39|46|47|48|51|52|55|65|221|232|233|234|254|353|381|420|593) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Chat requests mostly name people and many carry secrets; the first 30 are lower
    case; every record names one person and holds one to four other values."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 20:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} names, {len(others)} values in {marked[:60]!r}"
            )
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)} used")
    for marked in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]:
        first = strip_marks(marked)[0][0]
        if not first.isupper() and first != "¿":
            raise SystemExit(f"other language text without a capital: {marked[:60]!r}")


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
    check_counts("chat", CHAT, CHAT_WORDS, (1, 10))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind99", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
