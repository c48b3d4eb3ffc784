# ruff: noqa: E501
"""A seventy-fifth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The set leans on office workers, students, travellers,
patients and people dealing with banks, government services and IT help desks:

* 120 chat requests to an assistant (3 to 100 words) asking to draft, reply, translate,
  summarise, fix, plan, calculate or advise about the writer's own work, family, health,
  money, travel, school, home and IT accounts: one-line messages beside a few long pasted
  threads (a help-desk ticket, a bank chat, an e-mail chain, a group chat). The first 30
  are typed all in lower case (names, e-mails and secrets too); the next 5 are in Spanish,
  French, German, Portuguese and Polish; the other 85 are in English with capitals;
* 100 records in the manner of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name: contact lines, form rows,
  JSON and log lines, shipping labels, letters, HR, bank, insurance and clinical lines.

Hard cases mixed in as real traffic has them: first names or surnames alone, lower-case
names, names of many origins with non-English letters, names in Japanese, Chinese,
Cyrillic, Greek and Arabic script, names that are also ordinary words (Bill, Dawn, Faith,
Hope, Grant, Moss, Guy, Price), passwords, passphrases, PINs, door, gate and locker codes,
wifi keys, recovery codes (most without the word "password" before them), phones with and
without separators in many national layouts, usernames, account, member, policy, booking,
student, patient and national id numbers, cards, IBANs, SSNs, IPs, API keys and street
addresses of many countries and two military ones.

Usernames and logins, account, customer, member, employee, student, patient, policy and
booking numbers, passports, driver licences and national and tax ids are ID_NUMBER; PINs,
door, gate, alarm and locker codes, wifi keys, one-time and recovery codes, passphrases and
passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Professor, Herr, señora,
Nonna, Specialist, Staff Sergeant, my son) stay outside PERSON spans; an address span runs
from the street line through the postcode and city as typed; public figures, brands,
places, order, invoice, ticket and claim numbers and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data at all:
25 MT-Bench and Vicuna-style prompts (writing, reasoning, coding, role-play, STEM), 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A
to D (some naming historical figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0117 496 0, 0161 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570 and
(02) 5550; France 06 39 98; Germany 030 23125, 040 66969) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from documentation
ranges; national ids with valid check digits (NHS number, French NIR, German tax id,
Brazilian CPF, Polish PESEL, Irish PPS, Australian Medicare and TFN, Chinese resident id,
Indian Aadhaar, Swedish personnummer, Belgian national number, Korean resident
registration number, Portuguese NIF, Turkish kimlik, South African id, New Zealand NHI,
Romanian CNP, Italian codice fiscale, Dutch BSN, Czech rodné číslo, Norwegian
fødselsnummer, Singapore NRIC and FIN, Greek AMKA, Israeli teudat zehut, Canadian SIN,
Chilean RUT, Estonian isikukood, Icelandic kennitala, Ukrainian RNOKPP, Spanish DNI and
NIE, Finnish henkilötunnus, Japanese My Number).

Run ``.venv/bin/python bench/data/build_blind75.py`` from the repository root; the output is
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

LOWER_CHAT = 30
OTHER_LANGUAGES = 5
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Herr|Frau|Mme|Señora|Sra|Nonna|Nurse|Auntie|Uncle"
    r"|Specialist|Staff Sergeant|Sergeant|Sgt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to an assistant: the first 30 typed all in lower case, then 5 in other
# languages, then 85 in English with capitals.
CHAT = [
    # all lower case
    "can u reword this so it sounds less angry: hi [[PERSON|dev]], the q3 deck still has last year's numbers, pls fix by 4pm",
    "my bank login is [[ID_NUMBER|kowalczyk_m82]] and the pw is [[PASSWORD|zielona-lampa-44]], is it safe to keep them in a notes app",
    "translate to spanish: dear señora [[PERSON|ibarra]], my flight lands at 22:10, please leave the key with the porter. thanks, [[PERSON|tomasz]]",
    "remind me: door code [[PASSWORD|7391#]]",
    "whats a polite way to tell my landlord [[PERSON|gary pemberton]] the boiler at [[STREET_ADDRESS|flat 3, 41 clarendon road, leeds ls6 2qh]] has been broken for 9 days",
    "i'm a nursing student, my uni id is [[ID_NUMBER|s2291847]] and i got locked out of the portal after 3 tries. write an email to it support asking them to reset it",
    "summarise this for my mum: appointment for [[PERSON|hina qureshi]], nhs no [[ID_NUMBER|485 927 3168]], tues 9:40, bring urine sample, no food after midnight",
    "help me split rent. me, [[PERSON|jonah]] and [[PERSON|priya]] pay 1850 total, my room is biggest, [[PERSON|jonah]]'s has the balcony. what's fair",
    "my wifi password is [[PASSWORD|mangotree2291]] how do i change it on a tp-link router",
    "text my brother that his new number [[PHONE_NUMBER|07700 900418]] is saved and mum wants him to call before sunday",
    "pls check my maths: [[PERSON|oyelaran]] owes me 45 for the taxi, 12 for lunch, minus the 20 he paid back",
    "cancel my gym membership, member no [[ID_NUMBER|pf-0084213]], name [[PERSON|lucía ferrándiz]], email [[EMAIL_ADDRESS|l.ferrandiz@mailbox.es]]. make it firm but polite",
    "is 19.9% on an overdraft normal?? account [[ID_NUMBER|40281937]], been with them 11 yrs",
    "my vpn keeps dropping, the server is [[IP_ADDRESS|198.51.100.23]] and my laptop shows [[IP_ADDRESS|192.0.2.144]], where do i even start",
    "draft a reply to mrs [[PERSON|okafor]] saying [[PERSON|chidi]] will miss thursday's class because of his dentist appointment",
    "turn this into a calendar entry: visa interview, [[PERSON|anh nguyen]], passport [[ID_NUMBER|c4829173]], 14 march 8am, consulate 3rd floor",
    "what should i pack for lisbon, 5 days, rainy. booking ref is [[ID_NUMBER|kx7qpm]] if that matters for the hotel",
    "why does the tax portal reject my utr? it's [[ID_NUMBER|8472916350]] and i copied it off the letter",
    "new card pin is [[PASSWORD|0817]], how do i change it at an atm",
    "can you summarise this thread and tell me who i need to reply to\n\n> [[PERSON|ravi]]: server moved to [[IP_ADDRESS|203.0.113.77]], creds unchanged\n> [[PERSON|elsbeth moor]]: can't ssh in, user [[ID_NUMBER|emoor]]\n> [[PERSON|ravi]]: try [[PASSWORD|blue!harbour!19]] again, caps lock off\n> [[PERSON|elsbeth moor]]: still denied\n> me: checking",
    "make this sound more professional: yo [[PERSON|benny]], invoice attached, pay to [[IBAN_CODE|de78 3705 0198 4417 2093 58]] by friday ok",
    "what do i say to the pharmacy? the box for [[PERSON|w. achterberg]] says 20mg but the doctor told me 10",
    "help me fill in the council tax form, my ref is [[ID_NUMBER|4410028731]] and the address is [[STREET_ADDRESS|22 marlowe close, ipswich ip4 5tr]]",
    "netflix keeps saying wrong password but [[PASSWORD|hunter.moon.88]] is right i swear",
    "email [[EMAIL_ADDRESS|r.tshabalala@uctmail.ac.za]] asking for an extension",
    "my son [[PERSON|kai]] has had a fever of 38.9 since last night, he's 4, what can i give him",
    "i told my coworker [[PERSON|bree]] my laptop pin [[PASSWORD|246810]], should i change it now",
    "write a thank you card for the night nurse [[PERSON|magdalena]] on ward 7, she sat with my dad the whole night",
    "help me word a parking permit request for [[STREET_ADDRESS|apt 5b, 1180 n halsted st, chicago, il 60642]], we have two cars and one spot",
    "the insurance guy said call back on [[PHONE_NUMBER|3125550147]], write me a voicemail script asking if the windscreen repair is covered",
    # other languages
    "¿Me ayudas a escribir un correo a mi casero, [[PERSON|Ernesto Villalba]]? Vivo en [[STREET_ADDRESS|Calle de Toledo 84, 3º B, 28005 Madrid]] y la calefacción no funciona desde el lunes.",
    "Peux-tu traduire en anglais : « Bonjour, je suis [[PERSON|Solène Marchetti]], mon numéro de sécurité sociale est le [[ID_NUMBER|2 85 07 75 114 082 20]] et je n'ai toujours pas reçu ma carte Vitale. »",
    "Kannst du das höflicher formulieren? „Herr [[PERSON|Brandstätter]], Ihre Steuer-ID [[ID_NUMBER|47392810651]] fehlt noch im Formular, bitte bis Freitag nachreichen.“",
    "Preciso de ajuda para responder ao banco. Meu nome é [[PERSON|Thiago Aparecido]], CPF [[ID_NUMBER|539.184.627-73]], e a fatura veio com uma cobrança duplicada. Como reclamo?",
    "Napisz proszę krótkiego maila do dziekanatu: nazywam się [[PERSON|Zuzanna Wróblewska]], PESEL [[ID_NUMBER|02270814239]], proszę o zaświadczenie o studiowaniu.",
    # English with capitals
    "Reset instructions for user [[ID_NUMBER|ANAIR.K]] please",
    "Translate to Japanese: Hello, I am [[PERSON|Oliver Brennan-Kaye]] and I have a reservation under [[ID_NUMBER|JLX40921]] for two nights.",
    "My manager [[PERSON|Siobhán]] wants the budget summary by noon. Turn these notes into three bullet points: travel overspend 12%, software under by 4k, two vacancies unfilled.",
    "Write a short out-of-office: I'm away until 3 June; urgent payroll questions go to [[PERSON|Mehmet Aydın]] on [[PHONE_NUMBER|020 7946 0381]] or [[EMAIL_ADDRESS|m.aydin@harlowgroup.co.uk]].",
    "I'm flying to Nairobi next week. The guesthouse contact is [[PERSON|Wanjiru Kamau]], [[PHONE_NUMBER|+254 722 418 093]]. Can you draft a WhatsApp asking if they do airport pickup?",
    "How do I dispute a charge on my card [[CREDIT_CARD|4716 2938 5510 4723]]? The merchant billed me twice for the same hotel night.",
    "The shared drive login is [[PASSWORD|Tr0mbone&Kettle]] - can you write a note for our new intern explaining how to map the drive in Windows without putting the secret in the note?",
    "Write a request for a fit note: patient [[PERSON|Imogen Ashdown-Rae]], hospital number [[ID_NUMBER|RTH0448192]], two weeks off after knee surgery.",
    "Can you tell me what this helpdesk thread actually wants me to do?\n\nAgent ([[PERSON|Rohan Deshpande]]): Hi, we reset your account. Temporary password: [[PASSWORD|Qv7!mRt2#pL]]\nMe: It says expired.\nAgent: Log in over VPN from [[IP_ADDRESS|198.51.100.61]] only, username [[ID_NUMBER|d.owusu-ansah]], and change it within 15 minutes.\nMe: The VPN wants MFA but nothing arrives on [[PHONE_NUMBER|07700 900552]].\nAgent: Escalated to [[PERSON|Rohan Deshpande]]'s team lead.",
    "Can you work out my refund? I paid 1,240 in tuition, my student number is [[ID_NUMBER|20419337]] and the policy says 60% back if you withdraw before week 3.",
    "Check the grammar: 'I, [[PERSON|Farida Yusupova]], authorise my husband [[PERSON|Rustam Yusupov]] to collect my residence permit, card number [[ID_NUMBER|RP0293847]].'",
    "Draft a complaint to the airline. Flight cancelled, booking [[ID_NUMBER|QZ8L4N]], passenger [[PERSON|Keanu Makoa]], we spent 212 dollars on a hotel near the airport.",
    "What's 17% of 2,450? It's for [[PERSON|Bill]]'s expense claim.",
    "I keep forgetting the alarm code at the office, it's [[PASSWORD|5802]]. Is there a trick to remember four digits?",
    "Help me reply to HR: they need my employee number ([[ID_NUMBER|E-118274]]) and my new address, [[STREET_ADDRESS|Flat 12, 7 Thistle Street, Edinburgh EH2 1DF]], before payroll closes.",
    "Summarise my symptoms for the GP form: I'm [[PERSON|Rosalind Ebbe]], 52, dizzy when I stand up, started after the new blood pressure tablets.",
    "Is [[EMAIL_ADDRESS|jinwoo.park82@hanmail.net]] a valid address format?",
    "Can you make a monthly budget for me and [[PERSON|Dawn]]? We take home 3,100 and 2,450 and want to save for a deposit in two years.",
    "Rewrite this more firmly for the letting agent: The deposit for [[STREET_ADDRESS|14 Rue des Glycines, 69003 Lyon]] has still not been returned two months after I left. Call me on [[PHONE_NUMBER|06 39 98 47 12]].",
    "My daughter [[PERSON|Amara]] starts a new school on Monday. Write a short note to her teacher, Mr [[PERSON|Hollis]], about her peanut allergy.",
    "Which form do I need to renew a US passport from Canada? Mine is [[ID_NUMBER|A09384716]] and it expired last month.",
    "Compare two savings options for me. I'd move money out of [[IBAN_CODE|NL48 RABO 0312 8847 19]]: 2.1% easy access or 3.4% fixed for a year?",
    "Got a text to [[PHONE_NUMBER|+44 7700 900734]] claiming to be HMRC and asking for my bank details. Legit?",
    "Write a LinkedIn recommendation for [[PERSON|Tatiana Volkova-Reyes]], who led our data migration last year without a single day of downtime.",
    "Translate into Korean for my landlord: My name is [[PERSON|Emma Lindqvist]], unit 402, phone [[PHONE_NUMBER|010-4827-3315]]. The washing machine is leaking onto the floor.",
    "Our router admin is [[ID_NUMBER|admin_ops]] / [[PASSWORD|Vx9-kettle-ramp]]. Which settings stop guests from seeing the office printer?",
    "I see the cardiologist on Thursday. Help me list questions about palpitations. My patient ID is MRN [[ID_NUMBER|00482913]] if the portal asks.",
    "Please fix the formatting of this signature:\n[[PERSON|Nikolai Petrov]] | Senior Analyst\nM: [[PHONE_NUMBER|+49 30 23125 884]]\nE: [[EMAIL_ADDRESS|n.petrov@kessler-analytics.de]]",
    "What does 'pending verification' mean on my Universal Credit claim? NI number [[ID_NUMBER|JT 48 29 17 C]].",
    "I pay our nanny [[PERSON|Małgorzata]] 640 for four weeks; her account is [[IBAN_CODE|PL83 1140 2004 0000 3702 7518 2094]]. Write a transfer reference and a short thank-you.",
    "Before I submit the W-4, is [[US_SSN|512-38-4762]] written the right way?",
    "My partner [[PERSON|Ahanu]] and I are driving Denver to Moab on Saturday. Plan gas and food stops, we leave at 6am.",
    "I'm locked out of my uni email [[EMAIL_ADDRESS|k.oduya@student.northvale.ac.uk]]. What do I tell the service desk so they believe it's me?",
    "Can you explain what the bank agent meant? Pasting our chat:\n\nAgent [[PERSON|Lerato]]: For security, confirm the last payee.\nMe: [[PERSON|Sipho Ndlovu]], account [[ID_NUMBER|31926604]].\nAgent [[PERSON|Lerato]]: Thanks. Your card is now blocked and a replacement goes to [[STREET_ADDRESS|28 Kingsley Avenue, Reading RG1 4EX]].\nMe: Why blocked? Do I keep my passcode [[PASSWORD|riverside44]]?\nAgent [[PERSON|Lerato]]: There was a login from [[IP_ADDRESS|203.0.113.9]]. Please choose a new passcode.",
    "Draft a message to Professor [[PERSON|Adeyemi-Clarke]] asking to move my viva from the 12th to the 19th; my candidate number is [[ID_NUMBER|CN-77310]].",
    "The bank says my PPS number [[ID_NUMBER|7294618C]] doesn't match their records. What should I bring to the branch?",
    "Bookkeeping help: [[PERSON|Chen Jiahui]] paid three invoices of 420, 385 and 610 with a 5% early-payment discount. What's the total received?",
    "Write a short toast for Nonna [[PERSON|Pina]]'s 90th. She loves her tomato plants and beating everyone at scopa.",
    "Card got swallowed by an ATM at Schiphol. The number was [[CREDIT_CARD|5412 7593 0186 6218]]. What do I do first?",
    "My Medicare card says [[ID_NUMBER|2953 84612 1]]. Does the last digit matter when I book online?",
    "Write a polite follow-up to the embassy: applicant [[PERSON|Dilnoza Karimova]], application [[ID_NUMBER|VN-2024-118372]], submitted six weeks ago, no reply.",
    "In Excel, how do I hide a column? Column C has emails like [[EMAIL_ADDRESS|gretchen.ulm@web.de]] that I don't want on the projector.",
    "Turn this into a short professional bio: [[PERSON|Tomás Ó Briain]], 15 years in logistics, now operations lead in Cork, runs marathons.",
    "I'm stuck at Frankfurt, missed my connection. They rebooked me but sent the confirmation to [[EMAIL_ADDRESS|pat.szabo.travels@gmail.com]], which I can't open on this phone. Options?",
    "What should I ask the bank? A standing order to [[PERSON|Ruth Abernethy]], [[IBAN_CODE|GB69 LOYD 3096 2184 7503 92]], 300 a month, stopped in May without me cancelling it.",
    "Write a reminder for the dog walker: side gate [[PASSWORD|1984*]], back door key is under the blue pot.",
    "Spell-check: [[PERSON|Siddharth Venkataraman]], Hyderabad",
    "Reply to [[PERSON|Ines]]: yes, I can cover her Saturday shift but I need to leave by 5.",
    "Help me fill in my Chinese name on the form: [[PERSON|王秀英]]. My resident ID is [[ID_NUMBER|510107199004127385]]. Which box goes where?",
    "What's the safest place to keep recovery codes? GitHub gave me [[PASSWORD|a7f3e-90b2c]] and nine more.",
    "Our key [[API_KEY|sk_live_7Hq2NvB4tX9cRm1LpZ8wKe3s]] got pasted into a public Slack channel. What do I do right now?",
    "Draft a note to the school office: [[PERSON|Leilani]], student number [[ID_NUMBER|700214]], will be absent Friday for a hospital appointment.",
    "Convert the time for my call with [[PERSON|Haruto Sato]] in Osaka. He said 9am his time on Tuesday, and I'm in Vancouver.",
    "My landlord wants proof of address. Can I use a bank statement sent to [[STREET_ADDRESS|Unit 4, 52 Oxford Street, Paddington NSW 2021]]?",
    "Explain these blood results like I'm 12. Patient: [[PERSON|Guy Lambert]], ferritin 9, Hb 10.8, MCV 74.",
    "Write me a cover letter. [[PERSON|Akosua Boateng]], [[PHONE_NUMBER|+233 24 418 7720]], applying for junior accountant at a Kumasi audit firm.",
    "Is it safe to email my Aadhaar [[ID_NUMBER|7358 2946 0171]] to the housing society secretary?",
    "My work laptop asks for a recovery key and IT sent [[PASSWORD|418957-302618-774103-209516-663190-851024-117382-940265]]. Where exactly do I type it?",
    "How long will a parcel take to reach my brother? Specialist [[PERSON|Darnell Hughes]], [[STREET_ADDRESS|Unit 29351 Box 114, APO AE 09096]]. It's mostly snacks and socks.",
    "Tidy this list for the reunion: [[PERSON|Gráinne]] - [[PHONE_NUMBER|+353 87 419 2204]], [[PERSON|Ozzie]] - [[PHONE_NUMBER|07700900261]], [[PERSON|Björn]] - [[EMAIL_ADDRESS|bjorn.e@telia.se]]",
    "Write a short appeal to the DMV: licence [[ID_NUMBER|D4829-17350-62019]] was suspended by mistake after I paid the fine online.",
    "Summarise this email chain in two lines for my boss:\n\nFrom: [[PERSON|Harriet Cole]]\nThe supplier needs our VAT details by Friday, and their portal wants our integration key too.\n\nFrom: [[PERSON|Marek Novak]]\nSent both last month to [[EMAIL_ADDRESS|d.farrow@brightline-supplies.co.uk]]; the key was [[API_KEY|pk_prod_9fQ2xL7vR4mN8tB1zK6wH3jD]].\n\nFrom: [[PERSON|Harriet Cole]]\nThey never got it. Can you call [[PERSON|Denise]] there on [[PHONE_NUMBER|0161 496 0772]] and check, or resend from the shared mailbox?\n\nFrom: [[PERSON|Marek Novak]]\nWill do after lunch. If it bounces again I will post a printed copy to their office.\n\nFrom: [[PERSON|Harriet Cole]]\nThanks, keep me copied.",
    "Is this typed right? [[IBAN_CODE|DE77100701240382947516]] My aunt wants to send me money for the semester.",
    "Help me decide which subscriptions to cut; they all bill [[CREDIT_CARD|3714 629538 10473]] and I'm over budget by 80 a month.",
    "I'm a TA. Write feedback for [[PERSON|Yusuf]]'s essay: strong argument, weak citations, 64/100.",
    "The IRS letter says the SSN on my return, [[US_SSN|209-74-5512]], doesn't match my name [[PERSON|Latoya Brooks-Ferreira]] after the wedding. Which form fixes that?",
    "Text [[PERSON|Faith]] asking if she can pick up my prescription at Boots, it's under [[PERSON|Harold Pike]].",
    "How do I tell the Finanzamt I moved? Old: [[STREET_ADDRESS|Lindenstraße 19, 10969 Berlin]]. New: [[STREET_ADDRESS|Am Wiesengrund 4a, 04109 Leipzig]].",
    "Does Skatteverket need my personnummer [[ID_NUMBER|880415-3628]] on the moving form too?",
    "Write a short speech for [[PERSON|Hope]]'s retirement lunch: 31 years in accounts payable, loves crosswords and bad puns.",
    "Make a discharge checklist for my dad, [[PERSON|Bertram Sillanpää]], ward 12, NHS [[ID_NUMBER|731 604 9588]]. He lives alone and uses a walker.",
    "[[PERSON|Carmen Ruiz Ortega]], [[PHONE_NUMBER|+34 612 48 39 07]], [[EMAIL_ADDRESS|carmen.ruizortega@correo.es]] - turn this into a vCard please",
    "Why would Azure block my sign-in from [[IP_ADDRESS|2001:db8:4a1:9c0::17]]? Account [[EMAIL_ADDRESS|t.vanrensburg@kleinhout-legal.nl]], it worked yesterday.",
    "Write a polite nudge to [[PERSON|Yerlan]] about the 2,000 he borrowed in March.",
    "For my Schengen visa they want my host's details. Host: [[PERSON|Ilse Vermeulen]], [[STREET_ADDRESS|Kerkstraat 112, 2000 Antwerpen]], national number [[ID_NUMBER|85.07.30-274.78]]. Where does each go on the form?",
    "Loan question: I borrowed 18,000 at 6.9% over 5 years, loan account [[ID_NUMBER|LN-55820147]]. What's the monthly payment?",
    "The bike locker at work opens with [[PASSWORD|tango-4417]]. How do I reset it if it jams?",
    "Please reword: 'Hi [[PERSON|Moss]], the signed lease for [[STREET_ADDRESS|9 Ferry Lane, Brixham TQ5 8BE]] is attached, let me know if anything's missing.'",
    "A recruiter, [[PERSON|Noor Al-Hashimi]], wants my salary expectation and passport number [[ID_NUMBER|N48207731]] before the first interview. Is that normal?",
    "Write simple steps for my mum to log into her pension portal. Username [[ID_NUMBER|GWEN.PARRY58]], she knows the rest.",
    "The surgery texted me to ring [[PHONE_NUMBER|029 2018 0447]] about [[PERSON|Rhys]]'s jabs. Which vaccines are due at 3 years 4 months in Wales?",
    "Translate into Korean for the taxi driver: I'm staying at [[STREET_ADDRESS|27 Yonsei-ro 5-gil, Seodaemun-gu, Seoul 03779]], near the main gate.",
    "Our guest Wi-Fi key [[PASSWORD|Welcome2Cafe!]] stopped working on iPhones after the update. Why?",
    "Hi, I'm [[PERSON|Ayesha Siddiqui]] and my transfer to [[IBAN_CODE|TR38 0006 4000 0001 8394 7261 05]] has been 'in review' for three days. How long does that usually take?",
    "Who do I call to change the phone number my bank has on file? It still shows [[PHONE_NUMBER|(415) 555-0132]].",
]

# 100 records in the manner of synthetic PII benchmark datasets: one invented person each
# and one to four values besides the name (4 to 60 words).
RECORDS = [
    "Name: [[PERSON|Aurelia Smythe]] | Email: [[EMAIL_ADDRESS|aurelia.smythe@postbox.org]] | Phone: [[PHONE_NUMBER|(617) 555-0164]]",
    "Customer [[PERSON|Kwabena Asante]] updated his billing address to [[STREET_ADDRESS|1450 Peachtree St NE, Apt 2207, Atlanta, GA 30309]] on 02/11.",
    "[[PERSON|Hyun-woo Lim]] (resident registration no. [[ID_NUMBER|890514-2347156]]) signed up for the evening tax seminar.",
    "Employee record: [[PERSON|Ngozi Eze]], employee no. [[ID_NUMBER|HR-30418]], salary paid to [[IBAN_CODE|GB01 BARC 2004 1573 9426 18]].",
    "Policyholder: [[PERSON|Dieter Landgraf]]; policy no. [[ID_NUMBER|KV-7720-4418-03]]; Tel. [[PHONE_NUMBER|040 66969 213]]",
    "2024-03-02 08:14:55 AUTH FAIL user=[[ID_NUMBER|mhalvorsen]] ([[PERSON|Mari Halvorsen]]) src=[[IP_ADDRESS|192.0.2.58]] attempts=5",
    "Dear Mr [[PERSON|Ferreira]], your NIF [[ID_NUMBER|238471594]] is now linked to your online tax account.",
    "Patient: [[PERSON|Olumide Bankole]], DOB 11/07/1979, MRN [[ID_NUMBER|448120937]], allergies: penicillin.",
    "[[PERSON|山本さくら]] / [[PHONE_NUMBER|090-3318-4726]] / [[EMAIL_ADDRESS|sakura.y@docomo-mail.jp]]",
    "Please ship to [[PERSON|Priyanka Menon]], [[STREET_ADDRESS|Flat 7B, Sunrise Apartments, 14th Cross, Indiranagar, Bengaluru 560038]].",
    "Card [[CREDIT_CARD|4917 3820 5566 7121]] held by [[PERSON|Lars Eriksen]] was declined at checkout.",
    "Username: [[ID_NUMBER|frost_byte_77]]  Password: [[PASSWORD|Gl4cier#Path]]  Owner: [[PERSON|Jana Horáková]]",
    "The claimant, [[PERSON|Ruth-Ann Bisset]], SSN [[US_SSN|318-52-9047]], reports lost wages of $4,120.",
    "Student: [[PERSON|Mateo Quispe]] | ID [[ID_NUMBER|U2093318]] | Program: BSc Civil Engineering | Advisor notified",
    "Contact [[PERSON|Elif Şahin]] on [[PHONE_NUMBER|+90 532 418 27 93]] about T.C. kimlik no [[ID_NUMBER|38472619550]].",
    "Member [[PERSON|Charlotte Beaumont-Hale]] (no. [[ID_NUMBER|GYM44821]]) froze her membership until September.",
    "Гость: [[PERSON|Дмитрий Соколов]], бронь [[ID_NUMBER|BK-558120]], телефон [[PHONE_NUMBER|+7 916 482-17-39]].",
    "Refund issued to [[PERSON|Fatoumata Diallo]], IBAN [[IBAN_CODE|FR84 3006 6109 4700 0205 6183 724]].",
    "Applicant [[PERSON|Nomvula Dlamini]], ID [[ID_NUMBER|8903125184082]], mobile [[PHONE_NUMBER|+27 82 419 6603]].",
    "Clinic note: Mr [[PERSON|Keogh]] attended for dressing change, patient no. [[ID_NUMBER|PT-0093318]], next review 14 days.",
    "[[PERSON|María José Ocampo]], [[EMAIL_ADDRESS|mj.ocampo@outlook.com.ar]], [[PHONE_NUMBER|+54 9 11 4827-3019]]",
    "Ship to: [[PERSON|Tobias Grünewald]], [[STREET_ADDRESS|Hauptstraße 27, 8010 Graz]]",
    "account holder [[PERSON|sunita rao]] | acct no [[ID_NUMBER|009128374651]] | branch: koramangala",
    "[[PERSON|Hamid Rezaei]] logged in from [[IP_ADDRESS|203.0.113.212]] with username [[ID_NUMBER|hrezaei_ops]] at 23:47.",
    "Emergency contact for [[PERSON|Beatrix Vollmer]]: her husband on [[PHONE_NUMBER|030 23125 617]].",
    "Name: [[PERSON|Kofi Mensah-Bonsu]]\nDOB: 03/09/1988\nPassport: [[ID_NUMBER|G3318472]]\nNationality: Ghanaian",
    "Wire to [[PERSON|Annika Rautio]], [[IBAN_CODE|FI49 4055 0012 3847 29]], amount EUR 1,450, ref RENT-APR.",
    "HR note: [[PERSON|Jerome Baptiste]] reported his locker code [[PASSWORD|3307]] was shared without consent.",
    "Cardholder: [[PERSON|Ximena Castro]]  Card: [[CREDIT_CARD|5204 7391 6628 4055]]  Exp: 09/27",
    "[[PERSON|Chukwuemeka Obi]], [[STREET_ADDRESS|12 Adeola Odeku Street, Victoria Island, Lagos 101241]], [[PHONE_NUMBER|08031847726]]",
    "Insured: [[PERSON|Pauline Girard]], NIR [[ID_NUMBER|2 91 03 13 055 218 60]], contrat santé n° [[ID_NUMBER|MS-448210]].",
    "[[PERSON|Rafael]] from accounts, extension 4412, email [[EMAIL_ADDRESS|rafael.dominguez@lumacorp.mx]].",
    "Volunteer [[PERSON|Wiremu Tane]], NHI [[ID_NUMBER|ZKP3491]], cleared for the youth camp.",
    '{"name": "[[PERSON|Amelia Hartcourt]]", "email": "[[EMAIL_ADDRESS|amelia.h@fastmail.co.uk]]", "phone": "[[PHONE_NUMBER|0117 496 0385]]"}',
    "Tenant [[PERSON|Oskar Lindahl]], [[STREET_ADDRESS|Vasagatan 38, lgh 1102, 411 37 Göteborg]], personnummer [[ID_NUMBER|910227-4512]].",
    "Reminder for [[PERSON|Neha]]: gym locker combo [[PASSWORD|19-07-33]]",
    "The driver licence of [[PERSON|Bartholomew Quince]] is [[ID_NUMBER|QUINC804215BJ9TK]], valid to 2031.",
    "Patient [[PERSON|Zofia Kaczmarek]], PESEL [[ID_NUMBER|92041537863]], admitted with a suspected appendicitis.",
    "From: [[PERSON|Lionel Achterberg-Mills]] <[[EMAIL_ADDRESS|lionel.am@protonmail.com]]>\nSubject: Re: invoice 2291\nPaid today, thanks.",
    "Delivery: [[PERSON|Sadia Rahman]], [[STREET_ADDRESS|House 18, Road 7, Dhanmondi, Dhaka 1205]], [[PHONE_NUMBER|+880 1712 408 339]]",
    "Loan applicant [[PERSON|Bogdan Ionescu]], CNP [[ID_NUMBER|2910614403871]], requested RON 40,000 over 60 months.",
    "[[PERSON|Mia Kowalski-Fonseca]] - VPN user [[ID_NUMBER|mkfonseca]], static IP [[IP_ADDRESS|198.51.100.140]]",
    "Membership renewed: [[PERSON|Winston Adebayo-Clarke]], member [[ID_NUMBER|RAC-0773190]], card [[CREDIT_CARD|4026 9311 7485 2606]].",
    "Prescription for [[PERSON|Leticia Fonseca]], CPF [[ID_NUMBER|741.902.385-97]], amoxicilina 500mg, 7 dias.",
    "[[PERSON|Hugo Marchand]] asked us to reset his passphrase; temporary one is [[PASSWORD|orange-violin-tundra-6]].",
    "Bank details on file for [[PERSON|Salvatore Greco]]: [[IBAN_CODE|IT64 M030 6909 4201 0000 0047 183]], codice fiscale [[ID_NUMBER|GRCSVT71E08F839W]].",
    "Residence: [[PERSON|Aarav Bhattacharya]], [[STREET_ADDRESS|2/14 Mahim Causeway, Mumbai 400016]]. Aadhaar on file: [[ID_NUMBER|5281 9463 7201]].",
    "Claimant [[PERSON|Denzel Whitaker-Moore]] SSN [[US_SSN|427-61-3385]] phone [[PHONE_NUMBER|(404) 555-0119]]",
    "Staff badge issued to [[PERSON|Ayaan Chaudhry]], badge no. [[ID_NUMBER|B-66120]], door PIN [[PASSWORD|8412]].",
    "Account opened for [[PERSON|Lieke de Graaf]], BSN [[ID_NUMBER|274619386]], IBAN [[IBAN_CODE|NL41 INGB 0007 3918 46]].",
    "Hi I'm [[PERSON|Rosa]], text me on [[PHONE_NUMBER|0491 570 158]] if the parcel comes.",
    "[[PERSON|Jaroslav Dvořák]], rodné číslo [[ID_NUMBER|855612/4731]], bydliště [[STREET_ADDRESS|Korunní 88, 120 00 Praha 2]].",
    "Policy [[ID_NUMBER|HOM-3381-0042]] (home contents) holder: [[PERSON|Gwendolyn Price]], [[STREET_ADDRESS|6 Slate Row, Bangor LL57 2EU]].",
    "Interview panel note: candidate [[PERSON|Isabela Novaes]] can be reached at [[EMAIL_ADDRESS|isa.novaes@uol.com.br]] or [[PHONE_NUMBER|+55 21 98417-3302]].",
    "[[PERSON|Mohammed Al-Qahtani]], [[IBAN_CODE|SA06 8000 0001 8293 7465 0011]], salary transfer approved.",
    "tax file number for [[PERSON|brooke whitlam]]: [[ID_NUMBER|384 716 258]]",
    "Admitted: [[PERSON|Kalani Akana]], age 61, insurance member ID [[ID_NUMBER|HMSA-20394817]], chest pain, troponin pending.",
    "[[PERSON|Ewa Zielińska]] changed her email to [[EMAIL_ADDRESS|ewa.zielinska@onet.pl]] and her phone to [[PHONE_NUMBER|+48 601 238 447]].",
    "Refund of EUR 86.40 to card [[CREDIT_CARD|5578 3029 4417 7360]] requested by [[PERSON|Conor Mulcahy]].",
    "Guest [[PERSON|Ahmed Farouk]] checked in to room 507; Wi-Fi key given: [[PASSWORD|Nile-Breeze-507x]].",
    "Applicant [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8734261A]], [[STREET_ADDRESS|Blk 418 Bedok North Ave 2, #07-331, Singapore 460418]].",
    "[[PERSON|Siosaia Fifita]] | [[EMAIL_ADDRESS|s.fifita@tonga-mail.to]] | [[PHONE_NUMBER|+64 21 448 0912]]",
    "Dear Ms [[PERSON|Okonkwo-Baird]], we have received your application and your reference is [[ID_NUMBER|UKVI-4410-8827]]. Please do not reply to this email.",
    '2024-05-19T10:02:11Z password_reset user=[[ID_NUMBER|lena.fischer]] name="[[PERSON|Lena Fischer]]" ip=[[IP_ADDRESS|2001:db8:77:1a::5]]',
    "Next of kin: [[PERSON|Wen Jie]], [[PHONE_NUMBER|+65 9124 8837]]",
    "[[PERSON|Grant]] in IT set the printer admin password to [[PASSWORD|Pr1nt3r-0ffice-2B]] and left it on a sticky note.",
    "Reservation for [[PERSON|Clémence Aubert]], confirmation [[ID_NUMBER|HX-8830291]], card guarantee [[CREDIT_CARD|4556 0291 7734 5880]].",
    "EMPLOYEE: [[PERSON|Ravindra Pillai]] | EMP ID: [[ID_NUMBER|INF-220418]] | EMAIL: [[EMAIL_ADDRESS|ravindra.pillai@infocraft.in]] | PHONE: [[PHONE_NUMBER|+91 98450 17263]]",
    "Parent contact: [[PERSON|summer oakes]], [[PHONE_NUMBER|0113 496 0231]]",
    "Patient [[PERSON|Anders Haugen]], fødselsnummer [[ID_NUMBER|030592 41736]], referred to orthopaedics.",
    "Bill to [[PERSON|Esperanza Medina]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]]",
    "[[PERSON|Teodor Vasile]]: IBAN [[IBAN_CODE|RO80 BTRL 0130 1205 8374 9100]]",
    "The customer, [[PERSON|Haley]], confirmed her account number [[ID_NUMBER|77810293]] and the last four digits of her phone.",
    "[[PERSON|Pedro Henrique Lopes]], portador do cartão [[CREDIT_CARD|5169 0473 8225 1830]], solicitou o cancelamento.",
    "Staff directory: [[PERSON|Abena Owusu]], Finance, [[EMAIL_ADDRESS|abena.owusu@kestrelhealth.org]], desk [[PHONE_NUMBER|020 7946 0219]]",
    "[[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|15078902341]], [[PHONE_NUMBER|+30 694 512 8830]]",
    "Teudat zehut [[ID_NUMBER|318472651]] belongs to [[PERSON|Yael Ben-Ami]], who asked for a copy of her lab results.",
    "New hire [[PERSON|Marc-André Tremblay]], SIN [[ID_NUMBER|527 841 365]], start date 2 April, [[STREET_ADDRESS|4470 rue Saint-Denis, Montréal, QC H2J 2L3]].",
    "[[PERSON|Catalina Fuentes]], RUT [[ID_NUMBER|17.384.526-K]], correo [[EMAIL_ADDRESS|cata.fuentes@vtr.cl]]",
    "Isikukood [[ID_NUMBER|49307182742]] - [[PERSON|Kadri Tamm]], e-residency renewal pending.",
    "Kennitala: [[ID_NUMBER|120389-2469]]. Nafn: [[PERSON|Sigríður Jónsdóttir]]. Sími: [[PHONE_NUMBER|+354 862 4417]].",
    "Taxpayer [[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3184065729]], IBAN [[IBAN_CODE|UA75 3220 0100 0002 6201 3048 1275 9]].",
    "DNI [[ID_NUMBER|58273914X]], titular [[PERSON|Iñaki Etxeberria]], domicilio [[STREET_ADDRESS|Calle Urbieta 12, 4º izda, 20006 Donostia]]",
    "NIE [[ID_NUMBER|Y4827163Y]] - [[PERSON|Abdoulaye Sow]] - [[PHONE_NUMBER|+34 644 19 82 07]]",
    "Potilas [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|140387-6274]], ajanvaraus maanantaina.",
    "Beneficiary: [[PERSON|Lucia Ferraro]], CF [[ID_NUMBER|FRRLCU88T61L219D]], IBAN [[IBAN_CODE|IT66 Y020 0805 3640 0010 4729 385]]",
    "[[PERSON|Kenji Morimoto]] マイナンバー [[ID_NUMBER|4827 1935 0610]]",
    "TFN [[ID_NUMBER|519 382 744]] was entered for [[PERSON|Callum Fitzgerald]] on the onboarding form.",
    "PPS [[ID_NUMBER|8163059CA]] - [[PERSON|Saoirse Ní Bhriain]] - [[EMAIL_ADDRESS|saoirse.nibhriain@eircom.net]]",
    "Foreign worker [[PERSON|Rizal Santoso]], FIN [[ID_NUMBER|T0419583Z]], dormitory [[STREET_ADDRESS|2 Tuas South Street 15, Singapore 636975]].",
    "Mail for Staff Sergeant [[PERSON|Aisha Coleman]]: [[STREET_ADDRESS|PSC 817 Box 2241, FPO AE 09622]]",
    "Service account owner [[PERSON|Viktor Hallgrímsson]], key [[API_KEY|AKIAQ7RZ3M5XWJ2KT4PN]], rotated 2024-01-09.",
    "[[PERSON|Ayşe Demirtaş]] - [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 6, 34728 Kadıköy/İstanbul]] - [[PHONE_NUMBER|+90 216 418 37 92]]",
    "Agent notes: caller [[PERSON|Flint]] gave the security word [[PASSWORD|marmalade]] and asked to raise his card limit.",
    "[[PERSON|عمر الحسيني]] | [[PHONE_NUMBER|+971 50 418 2736]] | [[EMAIL_ADDRESS|omar.hussaini@emirates-mail.ae]]",
    "Alumni update: [[PERSON|Desmond Achebe]] now lives at [[STREET_ADDRESS|88 Loop Street, Cape Town 8001]].",
    "New patient form - [[PERSON|Valentina Rossi-Baker]], phone [[PHONE_NUMBER|(02) 5550 3317]], referred by her GP for physio",
    "Scholarship paid to [[PERSON|Amina Wanjiku]], [[IBAN_CODE|DK55 3000 2481 9376 10]], semester 2.",
    "SSH key added for [[PERSON|Jun Takahashi]] (login [[ID_NUMBER|jtakahashi]]), access from [[IP_ADDRESS|192.0.2.201]] only.",
    "Customer [[PERSON|Olivier Lemaire]] reported card [[CREDIT_CARD|4486 2701 9953 3765]] stolen on 12 March at a market in Lille.",
]

# 25 MT-Bench and Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Write a persuasive memo to office staff explaining why the company is moving to a four-day hybrid schedule, in under 200 words.",
    "Compose a haiku sequence of three poems about waiting in an airport departure lounge at night.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Pretend you are a medieval blacksmith explaining to an apprentice why steel must be quenched. Stay in character.",
    "If a train leaves at 14:20 and the journey takes 3 hours 55 minutes with a 25-minute delay, when does it arrive? Show your reasoning.",
    "Explain the difference between TCP and UDP to a first-year student, with one everyday analogy for each.",
    "Draft a friendly email inviting colleagues to a farewell lunch for a retiring team member, without naming anyone.",
    "Write a SQL query that finds the three departments with the highest average salary, given tables employees(id, dept_id, salary) and departments(id, name).",
    "Role-play as a customs officer at a busy border post and ask a traveller the standard questions one by one.",
    "Why does ice float on water? Explain using hydrogen bonding and density.",
    "Summarise the main arguments for and against a universal basic income in two balanced paragraphs.",
    "Write a short science-fiction story opening in which a city's traffic lights start communicating in Morse code.",
    "Given the list [7, 2, 9, 4, 4, 1], walk through each pass of bubble sort and state how many swaps happen in total.",
    "Act as a career coach. I have three job offers; ask me the questions you would need before recommending one.",
    "Describe how a bill becomes law in a parliamentary system, in steps a high-school student can follow.",
    "Write a JavaScript debounce function and show how to use it on a search input field.",
    "A bat and a ball cost 1.10 together, and the bat costs 1.00 more than the ball. How much does the ball cost? Explain why the quick answer is wrong.",
    "Create a one-week study timetable for a student preparing for final exams in chemistry, history and maths.",
    "What are the trade-offs between microservices and a monolith for a five-person startup?",
    "Write a limerick about a printer that only jams on Mondays.",
    "Explain the greenhouse effect, and why carbon dioxide absorbs infrared radiation while nitrogen does not.",
    "Rewrite this sentence in plain English: 'Pursuant to the aforementioned stipulations, remittance shall be effected forthwith.'",
    "Design a simple REST API for a library lending system: list the endpoints, methods and example responses.",
    "You are a tour guide in ancient Rome. Describe a morning walk through the Forum to a group of visitors.",
    "Prove that the square root of 2 is irrational.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Marisol buys 4 notebooks at 2.75 each and a pen for 1.40. She pays with a 20 note. How much change does she get?",
    "A bus carries 48 passengers. At the first stop, a quarter get off and 9 get on. How many passengers are on the bus now?",
    "Theo reads 35 pages a day. His book has 420 pages and he has already read 140. How many more days does he need?",
    "Priti earns 18 per hour and works 6 hours on weekdays and 4 hours on Saturday. How much does she earn in a week?",
    "A printer prints 12 pages per minute. How long does it take to print 15 copies of a 22-page report?",
    "Oskar has three times as many stamps as Lena. Together they have 96 stamps. How many stamps does Oskar have?",
    "A flight of 2,340 km takes 3 hours. What is the plane's average speed in km per hour?",
    "Ingrid saves 15% of her 2,600 monthly salary. How much does she save in a year?",
    "A pharmacy sells 240 boxes of plasters a week. If sales rise by 25% next week, how many boxes will it sell?",
    "Kwame bikes 8 km to school and back every school day. How many kilometres does he bike in a 5-day week?",
    "Each classroom needs 28 chairs. The school has 9 classrooms and 230 chairs. How many more chairs are needed?",
    "Yara bakes 5 trays of cookies with 18 cookies on each. She gives away 37. How many are left?",
    "A phone plan costs 12 a month plus 0.05 per text. Dev sent 340 texts last month. What was his bill?",
    "A tank holds 600 litres and is 40% full. How many litres must be added to fill it?",
    "Hamza walks at 5 km per hour. How many minutes does it take him to walk 3.5 km?",
    "A team of 6 painters paints a house in 10 days. How many days would 4 painters take at the same rate?",
    "Sofia's rent is 950 and rises by 4% each year. What will it be after two years, to the nearest whole number?",
    "A recipe needs 250 g of flour for 10 pancakes. How much flour is needed for 34 pancakes?",
    "Ravi bought a laptop for 880 and sold it a year later at a 30% loss. What did he sell it for?",
    "A train has 11 carriages with 64 seats each. If 590 seats are taken, how many are free?",
    "Beatriz runs 4 km on Monday and adds 1.5 km each day. How far does she run on Friday?",
    "An office orders 18 packs of paper at 4.20 each and gets a 10% discount. What is the total cost?",
    "Milo has 3 hours of homework. He spends 45 minutes on maths and twice as long on history. How much time is left for science?",
    "A hotel charges 120 per night plus a 9% tax. What does a 4-night stay cost?",
    "There are 56 students. 3/8 walk to school, 1/4 take the bus and the rest are driven. How many are driven?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is the site of aerobic respiration in eukaryotic cells? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Lysosome",
    "Who wrote 'The Wealth of Nations'? A. David Ricardo B. Karl Marx C. Adam Smith D. John Maynard Keynes",
    "The derivative of sin(x) is: A. cos(x) B. -cos(x) C. -sin(x) D. tan(x)",
    "Which treaty ended the First World War with Germany? A. Treaty of Paris B. Treaty of Versailles C. Treaty of Utrecht D. Treaty of Ghent",
    "In economics, a price floor set above the equilibrium price leads to: A. a shortage B. a surplus C. no change D. higher demand",
    "Which scientist proposed the three laws of planetary motion? A. Galileo Galilei B. Johannes Kepler C. Tycho Brahe D. Nicolaus Copernicus",
    "What is the pH of a neutral solution at 25 °C? A. 0 B. 5 C. 7 D. 14",
    "Which of these is a primary key property in a relational database? A. It may be null B. It must be unique C. It must be text D. It is optional",
    "The Magna Carta was sealed in which year? A. 1066 B. 1215 C. 1492 D. 1689",
    "Which legal principle means 'let the decision stand'? A. Habeas corpus B. Stare decisis C. Mens rea D. Res judicata",
    "Who led the Indian independence movement's Salt March in 1930? A. Jawaharlal Nehru B. Mahatma Gandhi C. Subhas Chandra Bose D. B. R. Ambedkar",
    "What is the time complexity of binary search on a sorted array? A. O(n) B. O(n log n) C. O(log n) D. O(1)",
    "Which blood vessels carry blood away from the heart? A. Veins B. Capillaries C. Arteries D. Venules",
    "Which philosopher wrote 'Critique of Pure Reason'? A. Immanuel Kant B. René Descartes C. John Locke D. Friedrich Nietzsche",
    "In accounting, which statement shows a company's assets, liabilities and equity at a point in time? A. Income statement B. Cash flow statement C. Balance sheet D. Statement of retained earnings",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Argon D. Nitrogen",
    "The Berlin Wall fell in: A. 1985 B. 1989 C. 1991 D. 1993",
    "Which of the following is a symptom of vitamin C deficiency? A. Rickets B. Scurvy C. Beriberi D. Pellagra",
    "Who was the first woman to win a Nobel Prize? A. Rosalind Franklin B. Marie Curie C. Dorothy Hodgkin D. Lise Meitner",
    "What is 15% of 240? A. 24 B. 30 C. 36 D. 40",
    "Which programming paradigm treats computation as the evaluation of mathematical functions? A. Procedural B. Object-oriented C. Functional D. Logic",
    "Which empire was ruled by Suleiman the Magnificent? A. Mughal B. Ottoman C. Safavid D. Byzantine",
    "In psychology, classical conditioning is most associated with: A. B. F. Skinner B. Ivan Pavlov C. Jean Piaget D. Carl Rogers",
    "Which layer of the OSI model is responsible for routing? A. Data link B. Transport C. Network D. Session",
    "If two events are independent with probabilities 0.3 and 0.5, the probability that both occur is: A. 0.8 B. 0.15 C. 0.2 D. 0.35",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "How long should a cough last after a cold before I see a doctor?",
    "What are the early signs of type 2 diabetes that people often miss?",
    "Can I fly six weeks after a knee replacement, and should I wear compression socks?",
    "My blood pressure reads 142/91 at home most mornings. Is that high enough to worry about?",
    "What is the difference between a cold and the flu, and when do antivirals help?",
    "How much water should an adult drink per day in hot weather?",
    "Is it normal to feel dizzy after donating blood, and how long does it last?",
    "What vaccines do adults over 65 usually need?",
    "Which foods are high in iron for someone who does not eat meat?",
    "Can stress cause chest tightness, and how do I tell it apart from a heart problem?",
    "How do I know if a cut needs stitches?",
    "Is it okay to exercise with a mild fever?",
    "What should I eat the day before a colonoscopy?",
    "How long after a tetanus shot can my arm stay sore?",
    "What are the side effects of starting an SSRI, and how long until it works?",
    "Why do my ankles swell after long-haul flights?",
    "Should I take antibiotics for a sinus infection, or does it clear by itself?",
    "What is a normal resting heart rate for an adult who runs three times a week?",
    "How can I get better sleep while working night shifts?",
    "Are migraines with aura linked to a higher risk of stroke?",
    "What does an HbA1c of 6.1% mean?",
    "How often should I replace my contact lens case?",
    "Is it safe to take melatonin for jet lag, and what dose is usual?",
    "What are the warning signs of dehydration in a toddler?",
]

NATIONAL_IDS = {
    "485 927 3168": nhs_ok,  # NHS number
    "731 604 9588": nhs_ok,
    "2 85 07 75 114 082 20": nir_ok,  # French NIR
    "2 91 03 13 055 218 60": nir_ok,
    "47392810651": steuer_id_ok,  # German tax id
    "539.184.627-73": cpf_ok,  # Brazilian CPF
    "741.902.385-97": cpf_ok,
    "02270814239": pesel_ok,  # Polish PESEL
    "92041537863": pesel_ok,
    "7294618C": pps_ok,  # Irish PPS number
    "8163059CA": pps_ok,
    "2953 84612 1": medicare_ok,  # Australian Medicare card
    "384 716 258": tfn_ok,  # Australian tax file number
    "519 382 744": tfn_ok,
    "510107199004127385": china_id_ok,  # Chinese resident identity card
    "7358 2946 0171": aadhaar_ok,  # Indian Aadhaar
    "5281 9463 7201": aadhaar_ok,
    "880415-3628": luhn_len(10),  # Swedish personnummer
    "910227-4512": luhn_len(10),
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "890514-2347156": rrn_ok,  # Korean resident registration number
    "238471594": nif_ok,  # Portuguese NIF
    "38472619550": kimlik_ok,  # Turkish kimlik
    "8903125184082": luhn_len(13),  # South African id
    "ZKP3491": nhi_ok,  # New Zealand NHI
    "2910614403871": cnp_ok,  # Romanian CNP
    "GRCSVT71E08F839W": codice_fiscale_ok,  # Italian codice fiscale
    "FRRLCU88T61L219D": codice_fiscale_ok,
    "274619386": bsn_ok,  # Dutch BSN
    "855612/4731": rodne_cislo_ok,  # Czech rodné číslo
    "030592 41736": fodselsnummer_ok,  # Norwegian fødselsnummer
    "S8734261A": nric_ok,  # Singapore NRIC
    "T0419583Z": nric_ok,  # Singapore FIN
    "15078902341": luhn_len(11),  # Greek AMKA
    "318472651": luhn_len(9),  # Israeli teudat zehut
    "527 841 365": luhn_len(9),  # Canadian SIN
    "17.384.526-K": rut_ok,  # Chilean RUT
    "49307182742": isikukood_ok,  # Estonian isikukood
    "120389-2469": kennitala_ok,  # Icelandic kennitala
    "3184065729": rnokpp_ok,  # Ukrainian RNOKPP
    "58273914X": dni_ok,  # Spanish DNI
    "Y4827163Y": dni_ok,  # Spanish NIE
    "140387-6274": hetu_ok,  # Finnish henkilötunnus
    "4827 1935 0610": my_number_ok,  # Japanese My Number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0(113|117|161) 496 0\d{3}",  # Leeds, Bristol, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same without separators
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\(02\) 5550 \d{4}",  # Australian fictional landlines
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 30 23125 \d{3}",
        r"040 66969 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"080\d{8}",  # Nigeria mobile without separators
        r"\+(7|27|30|34|48|54|55|64|65|90|91|233|254|353|354|880|971) [\d -]+\d",  # no fiction range known
    )
]


def check_records() -> None:
    """Each record holds one invented person (one PERSON value) and one to four other
    values."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )


def check_mix() -> None:
    """The chat requests name people and carry contacts or secrets; the records cover every
    kind of value; the lower-case chat texts are really typed in lower case."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 60 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"records: only {sorted(kinds)}")
    long_threads = sum(strip_marks(t)[0].count("\n") >= 4 for t in CHAT)
    short = sum(len(strip_marks(t)[0].split()) <= 8 for t in CHAT)
    if long_threads < 3 or short < 4:
        raise SystemExit(f"chat: {long_threads} pasted threads, {short} one-liners")


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
    check_counts("chat", CHAT, CHAT_WORDS, (1, 12))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind75", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
