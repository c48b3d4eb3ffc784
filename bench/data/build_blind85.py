# ruff: noqa: E501
"""An eighty-fifth blind privacy set: 220 texts with personal data and 100 clean ones, chat
requests and synthetic-benchmark records beside benchmark-style clean prompts.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to
12 and the labelling paragraph of ``README.md``, and the docstring and non-text code of
``build_blind36.py`` (imports, constants, check functions, ``main``), never the detector,
its docs, tests or rules, nor any other set's texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words, most of middling length) to an AI assistant: people
  asking to draft, reply, translate, summarise, fix, plan, calculate or advise about their
  own life, work, family, health, money, travel, school, home and IT accounts. The first 30
  are typed all in lower case, the next 6 are in German, French, Spanish, Italian,
  Portuguese and Dutch, the other 84 are English with capitals. Names of many origins
  (first names alone, surnames after titles, lower-case names, non-English letters, three
  in Hangul, Greek and Han script, names that are ordinary words such as Faith, Grace,
  Summer and Sunny), passwords, passphrases, PINs, door, gate and alarm codes and a wifi
  key (several without the word "password"), phones with and without separators, e-mails,
  usernames, account, member, employee, student, patient and policy numbers, national ids,
  cards, IBANs, SSNs, IPs, API keys and street addresses of many countries (one DPO
  military address).
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one
  invented person each with one to four values besides the name; most are ordinary
  sentences in which the name and a value or two sit inside a longer statement about a
  company, an event, a delivery, an appointment or a payment, the rest contact lines, form
  rows, JSON fragments, log lines, notes, letters, profiles and bank, HR, payroll,
  insurance and clinical lines; one FPO military address; names in Arabic, Greek,
  Cyrillic, Hangul and Han script (one record in Greek, one in Russian).

Usernames and logins, account, customer, member, employee, student, patient and policy
numbers, passports, licences, national and tax ids are ID_NUMBER; PINs, door, gate and
alarm codes, wifi keys and passphrases are PASSWORD; titles and relation words (Mr, Mrs,
Dr, Professor, Grandma, SSgt, Lt) stay outside PERSON spans; an address span runs from the
street line through the postcode and city as typed; public figures, fictional characters,
pets, brands, places, order, invoice, booking and ticket numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench and Vicuna-style prompts (writing, reasoning, coding,
role-play, STEM; some name historical figures or fictional characters), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D (some naming
historical figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125)
and in each country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits
(NHS number, Indian Aadhaar, Dutch BSN, Polish PESEL, Brazilian CPF, Spanish DNI and NIE,
Italian codice fiscale, German Steuer-ID, Finnish henkilötunnus, Swedish personnummer,
Canadian SIN, Australian Medicare, Japanese My Number, Korean resident registration number,
Singapore NRIC, Turkish kimlik, Irish PPS number, Chinese resident id, Chilean RUT,
Romanian CNP, Norwegian fødselsnummer, Portuguese NIF, Estonian isikukood, Icelandic
kennitala, Czech rodné číslo, New Zealand NHI, Belgian national number, South African id,
Greek AMKA, Israeli teudat zehut, Ukrainian RNOKPP).

Run ``.venv/bin/python bench/data/build_blind85.py`` from the repository root; the output is
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
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Auntie|Aunt|Uncle|Grandma|Grandpa|Nan|Coach|Nurse"
    r"|Sr|Sra|Señora|Herr|Frau|Mme|Lt|Sgt|SSgt|Capt|Col|Maj)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all lower case, 6 in other languages, 84 English with capitals.
CHAT = [
    # all lower case
    "can you help me write a short message to my landlord [[PERSON|femi adebayo]]? the boiler in the flat stopped again and i'd like him to ring me on [[PHONE_NUMBER|07700 900417]] before he sends anyone round. keep it polite but firm, this is the third time since november.",
    "i keep forgetting my online banking details. username is [[ID_NUMBER|kpatel_88]] and the passphrase is [[PASSWORD|marigold tram forty one]]. give me a memory trick for it that doesn't involve writing it down anywhere",
    "translate to spanish please: hi [[PERSON|lucía]], the sofa will be delivered to [[STREET_ADDRESS|calle de toledo 58, 3º b, 28005 madrid]] on friday morning, someone needs to be home between 9 and 12.",
    "whats the fairest way to split a 2,340 euro rent between three people when one room is much bigger? me, [[PERSON|jonas]] and [[PERSON|mireille]] are moving in next month and i don't want arguments later",
    "my mum [[PERSON|shirin rahimi]] got a letter asking for her nhs number to book a scan. it's [[ID_NUMBER|943 476 5919]]. can you help me write the email she'll send from [[EMAIL_ADDRESS|shirin.rahimi52@outlook.com]] confirming her slot on the 14th",
    "the wifi at my parents place is called lantern-5g and the key is [[PASSWORD|tulip9garden77]]. write me a little card i can leave on the guest room table with the network name and key on it, something cheerful",
    "hey can you work out how much interest i'll pay? borrowed 6,500 at 7.9% apr over 3 years, loan account [[ID_NUMBER|ln-20448173]]. also is it worth overpaying 100 a month or should i save it instead",
    "write a birthday message for my grandad [[PERSON|wojciech]], he's turning 80 and lives at [[STREET_ADDRESS|ul. lipowa 12 m. 4, 30-019 kraków]]. i'm posting a card so it needs to fit inside, warm and a bit funny",
    "my work laptop keeps asking for the bitlocker pin, it's [[PASSWORD|480261]] but it says wrong every time. i'm employee [[ID_NUMBER|e-77312]] at a small logistics firm. what should i try before i call the it desk",
    "help me plan a 4 day trip to lisbon for me and my partner [[PERSON|dev]] in may. budget about 900 pounds each not counting flights, we like food markets and long walks, not museums",
    "can u summarise this for me: [[PERSON|kwame osei]] called from [[PHONE_NUMBER|+233 24 318 5502]] about the invoice, says he paid on tuesday but the money hasnt shown. wants a callback after 4pm ghana time",
    "fix the grammar: me and [[PERSON|aoife]] was going to the meeting but her car broke down on the way so we missed it, sorry for any inconveniance caused",
    "i'm a ward nurse and need to send a discharge summary. patient id [[ID_NUMBER|pt-0093814]], mr [[PERSON|haddad]], went home yesterday after a hip replacement. what sections should a discharge summary have? just the headings",
    "my ssn is [[US_SSN|417-62-3908]] and the tax software is asking if i want to file jointly with my wife [[PERSON|marisol]]. whats the difference in plain words, we both work full time and have no kids",
    "write a friendly reminder text for my neighbour [[PERSON|bogdan]]: bins go out wednesday night, and the side gate code changed to [[PASSWORD|7193#]]. he's not great with phones so keep it very short",
    "what time is it in perth compared to toronto? i need to call my cousin [[PERSON|priyanka]] on [[PHONE_NUMBER|0491 570 218]] and i don't want to wake her up again",
    "draft a complaint to my broadband provider. account number [[ID_NUMBER|88210457733]], service address [[STREET_ADDRESS|14 hollins close, bury bl9 8qs]]. the line has dropped every evening for two weeks and i work from home",
    "is it normal to feel dizzy after starting amlodipine? my doctor is dr [[PERSON|okonkwo]] and i can't get an appointment till next week. i'm 58, no other meds",
    "reply to this for me, keep it casual: 'hey its [[PERSON|tomasz]], can you send the photos from saturday to [[EMAIL_ADDRESS|tomasz.wrobel@wp.pl]]? my phone died at the party'",
    "need a polite email to my son's teacher mrs [[PERSON|abernathy]] saying [[PERSON|rory]] will miss school thursday for a dentist appointment. his student number is [[ID_NUMBER|st448290]] if she needs it",
    "what's a good pattern for a strong password? right now my email one is [[PASSWORD|summer2019!]] which i know is bad. the account is [[EMAIL_ADDRESS|yuki.tanabe.home@gmail.com]] and i use it for everything",
    "convert 3 cups of flour to grams, and also can you write a short note to go with the cake for [[PERSON|ngozi]] at work, it's her leaving do on friday and she's been there 11 years",
    "my server at [[IP_ADDRESS|203.0.113.58]] keeps refusing ssh after i changed the port to 2222. the user is [[ID_NUMBER|deploy_hassan]]. what should i check in sshd_config and the firewall",
    "how do i tell my flatmate [[PERSON|beatriz]] that she owes me 186 for the electric without it getting awkward? she said she'd transfer it to my account [[IBAN_CODE|pt71 0035 0651 0002 7483 9157 2]] two weeks ago",
    "help me pick a name for my bakery and write a short bio for instagram. i'm [[PERSON|hana kobayashi]], trained in osaka, moved to leeds in 2019. contact line can be [[PHONE_NUMBER|0113 496 0287]]",
    "my daughter [[PERSON|esperanza]] wants her own savings account. the credit union asked for my member number [[ID_NUMBER|cu-5521907]] as guardian. is 4.1% interest good for a kids account right now",
    "summarise my week for my manager in three bullet points: finished the q3 report, interviewed two candidates, covered for [[PERSON|raj]] on the tuesday client call. sign it from [[PERSON|ellie marsh]]",
    "the alarm code for the office is [[PASSWORD|0-5-8-2-9]] and i'm locking up alone tomorrow for the first time. write me a checklist for closing the building at night, lights, windows, that kind of thing",
    "can you write a thank you note to my physio, [[PERSON|mateus]], who got my knee working again after the acl surgery? i'll post it to the clinic so just the note itself please",
    "is this phishing? a text came to my phone ([[PHONE_NUMBER|4155550173]]) saying my apple id [[EMAIL_ADDRESS|lena.fischer90@icloud.com]] is locked and i must click a link. i didn't request anything",
    # other languages
    "Kannst du mir helfen, eine Kündigung für meinen Fitnessvertrag zu schreiben? Mitgliedsnummer [[ID_NUMBER|FS-204817]], mein Name ist [[PERSON|Jürgen Stollberg]], Adresse [[STREET_ADDRESS|Lindenstraße 27, 04109 Leipzig]]. Rückfragen bitte unter [[PHONE_NUMBER|030 23125 684]]. Kündigung zum nächstmöglichen Termin, kurz und sachlich.",
    "Peux-tu rédiger un petit mot pour ma voisine, Mme [[PERSON|Beaulieu]] ? Je pars trois semaines et je voudrais qu'elle arrose mes plantes. Le code de la porte d'entrée est [[PASSWORD|4B731]] et mon portable est le [[PHONE_NUMBER|06 39 98 41 26]].",
    "¿Me ayudas a escribir un correo para reclamar un cobro duplicado? Mi tarjeta [[CREDIT_CARD|4539-7710-2684-9305]] tiene dos cargos de 89,90 € del mismo restaurante. Firma como [[PERSON|Rocío Vallejo Núñez]], DNI [[ID_NUMBER|53829174C]].",
    "Puoi tradurre in inglese questo messaggio? «Ciao [[PERSON|Giorgia]], il mio codice fiscale è [[ID_NUMBER|MRTGNN88C52L219M]], usalo pure per il contratto d'affitto. Chiamami al [[PHONE_NUMBER|+39 347 218 6053]] se manca qualcosa. [[PERSON|Giovanna]]»",
    "Preciso de ajuda para organizar minhas finanças. Ganho 4.800 reais por mês e pago 1.650 de aluguel. Meu CPF é [[ID_NUMBER|317.594.826-09]] e o banco pediu para atualizar o cadastro pelo WhatsApp com o gerente [[PERSON|Everaldo]]. Isso é seguro?",
    "Kun je een korte mail aan de huisarts schrijven? Mijn zoon [[PERSON|Daan de Vries]] heeft sinds gisteren koorts. Zijn BSN is [[ID_NUMBER|184729038]] en ons adres is [[STREET_ADDRESS|Vondelstraat 112-II, 1054 GS Amsterdam]]. Graag een terugbelverzoek op [[PHONE_NUMBER|06-41827395]].",
    # English with capitals
    "Can you draft a reply to Mr. [[PERSON|Okafor]] at the lettings agency? I've sent the inventory photos and want my deposit back in full. The tenancy was at [[STREET_ADDRESS|Flat 2, 19 Belvoir Road, Leicester LE2 3AH]] and I moved out on 30 June.",
    "Please help me write a cover letter for a junior data analyst job. I'm [[PERSON|Thandiwe Mokoena]], I graduated from UCT last year, and my contact details are [[EMAIL_ADDRESS|thandi.mokoena@webmail.co.za]] and [[PHONE_NUMBER|+27 82 614 3390]]. Keep it under 250 words.",
    "My AWS access key [[API_KEY|AKIAQ7R3LX92MZKT4BNE]] got pushed to a public repo by accident about an hour ago. What exactly should I do, in order, to limit the damage?",
    "I need to work out my take-home pay. Salary is £41,500, pension 5%, student loan plan 2. Payroll has me as employee [[ID_NUMBER|HR-0048217]] and the tax code is 1257L. Roughly what lands in my account each month?",
    "Write a short, kind text to my sister [[PERSON|Faith]] reminding her the door code at Mum's new place is [[PASSWORD|2468*]], and that she should park on the street, not the drive.",
    "Please proofread my emergency contact form: Name: [[PERSON|Siobhán Ní Bhriain]]; Relationship: partner; Mobile: [[PHONE_NUMBER|087 219 4863]]; Address: [[STREET_ADDRESS|22 Ard na Gréine, Salthill, Galway H91 X2T4]].",
    "My credit card [[CREDIT_CARD|5283 6140 9927 3158]] was charged twice for the same hotel night in Porto. Write a dispute message to the card issuer, calm tone, and mention that I have the booking confirmation.",
    "Can you explain what a lasting power of attorney does? My father, [[PERSON|Harold Whitcombe]], is 86 and my brother [[PERSON|Stuart]] and I are thinking of setting one up before his memory gets worse.",
    "Translate this into Japanese for my host family: 'Thank you for everything. My new address is [[STREET_ADDRESS|4 Kestrel Way, Maidenhead SL6 7QF]] and you can always email me at [[EMAIL_ADDRESS|r.ashworth@fastmail.com]].' Sign it [[PERSON|Rebecca]].",
    "Help me plan meals for a week on a 60 dollar budget for two adults. Also remind me to text [[PERSON|Marcus]] at [[PHONE_NUMBER|(312) 555-0146]] about borrowing his slow cooker.",
    "Our family pharmacy portal username is [[ID_NUMBER|oluwaseun.adeyemi]] and the PIN is [[PASSWORD|3817]]. Can you explain how repeat prescriptions work so I can order my mum's blood pressure tablets before we travel?",
    "I'm writing a reference for a former employee, [[PERSON|Dagny Solberg]], who worked as a warehouse supervisor for four years. She was reliable, trained new staff and ran the forklift rota. Can you turn that into a proper reference letter?",
    "Help me reply to my insurer. Policy number [[ID_NUMBER|HMX-4471-0926]], claim for water damage in the kitchen. They say the leak was gradual and they won't pay. What arguments can I make?",
    "What's the difference between a Roth IRA and a traditional one? I'm 34, the brokerage already has my SSN as [[US_SSN|529-18-7740]], and they want me to pick one before Friday.",
    "Write a LinkedIn recommendation for my colleague [[PERSON|Ji-woo Han]], who led our mobile app rewrite. She's brilliant at mentoring and kept the whole team calm during a rough launch.",
    "Can you write a note for the dog walker, [[PERSON|Callum]]? The key safe by the back door opens with [[PASSWORD|1904]], Biscuit needs his harness not the collar, and please text me on [[PHONE_NUMBER|07700900652]] when you're done.",
    "I host a Minecraft server at home and my public IP is [[IP_ADDRESS|198.51.100.23]]. My friend [[PERSON|Ahmed]] still can't connect. Walk me through port forwarding 25565 on a typical home router.",
    "Please turn my CV heading into a cleaner layout: [[PERSON|Valentina Ospina Restrepo]] | [[EMAIL_ADDRESS|vospina.r@gmail.com]] | [[PHONE_NUMBER|+57 310 482 7716]] | Medellín",
    "My daughter's school asked for her emergency medical info. Her name is [[PERSON|Amara]], she's allergic to penicillin, and her GP is Dr [[PERSON|Lindqvist]]. Can you format that into a neat one-page sheet?",
    "We're splitting a holiday cottage with friends: £1,920 for 7 nights, 5 adults, but [[PERSON|Gareth]] and [[PERSON|Nia]] leave after 4 nights. Who owes what? Then write the group message with my bank details, [[IBAN_CODE|GB98 MIDL 4005 1572 6394 81]].",
    "Draft an out-of-office reply for me: I'm away until 12 August, and for urgent payroll issues people should contact [[PERSON|Rukhsana Begum]] at [[EMAIL_ADDRESS|r.begum@harbourline-logistics.com]].",
    "What's a realistic monthly budget for a single person in Berlin? I'm moving from Kraków in the autumn. Also, my Steuer-ID is [[ID_NUMBER|57382910462]]. Do I need to give that to my new employer on the first day?",
    "Why does the GitHub API keep returning 401 for me? I'm sending Authorization: token [[API_KEY|ghp_4fT9kQ2wLm8ZrX1vB7nC3yP0sD6hJ5aE2uGi]] from a cron job on my VPS at [[IP_ADDRESS|203.0.113.201]].",
    "Help me write a two-minute toast for my best friend [[PERSON|Sunny Dhaliwal]]'s wedding. We met at uni in Coventry, he once drove six hours to bring me a spare suit, and he's marrying [[PERSON|Harpreet]], who is far too good for him.",
    "Someone used my Amex [[CREDIT_CARD|3759 824613 05282]] for three purchases at an electronics shop in Leeds, and I still have the card. Write the message I should send through the app, and tell me whether to freeze it first.",
    "Write a short apology to Professor [[PERSON|Halvorsen]] for missing Tuesday's seminar; I had a migraine. My student ID is [[ID_NUMBER|20417735]] in case she needs it for the attendance record.",
    "Can you check my maths? I earn $3,900 a month after tax, rent is $1,450 and the car is $380. I want to send $200 a month to my mom, [[PERSON|Rosa Delgado]], in Guadalajara. How much is left for food and savings?",
    "Please make this voicemail greeting sound more professional: 'Hi, you've reached [[PERSON|Chidi]] at Riverbend Plumbing, leave a message or text [[PHONE_NUMBER|(614) 555-0122]] and I'll get back to you today.'",
    "My son [[PERSON|Mateo]] has a fever of 38.9 and he's 4. Should I take him to urgent care tonight or wait until morning? He's on our insurance as member [[ID_NUMBER|WXH882019374]].",
    "I want to change the password on our home NAS from [[PASSWORD|Qw3rty!NAS]] to something stronger. Can you suggest a passphrase style I'll actually remember, and explain why it's better?",
    "Help me write an email to HR. I'm [[PERSON|Ingrid Aasen]], staff number [[ID_NUMBER|40172]], and my last two payslips show the wrong overtime rate. Ask them politely to recheck March and April.",
    "Recommend three day hikes near Queenstown for a moderately fit 60-year-old. I'm travelling with my friend [[PERSON|Ruthie]], and our rented cottage is at [[STREET_ADDRESS|37 Hallenstein Street, Queenstown 9300]].",
    "Translate into Korean for my grandmother: 'Grandma, I'll arrive on the 3rd. Call me at [[PHONE_NUMBER|010-4827-3951]] when you get this.' My Korean name is [[PERSON|김서연]], please sign it that way.",
    "My laptop was stolen at the airport. It was logged into my bank with username [[ID_NUMBER|dnovak1984]] and into Gmail as [[EMAIL_ADDRESS|dnovak1984@gmail.com]]. Make me a step-by-step list of what to change first.",
    "I need a polite but firm message for an eBay buyer who hasn't paid. His username is [[ID_NUMBER|vintage_fox_77]] and it's been six days. Should I open an unpaid item case straight away?",
    "What do I write in a sympathy card for a coworker whose father died? Her name is [[PERSON|Ilse]], and we're not especially close, but I sit next to her every day.",
    "Can you explain what an IRN is? The clinic form wants my nan's Medicare number, [[ID_NUMBER|2947 51868 1]], plus an IRN, and I'm filling it in for her. She's [[PERSON|Beryl]] on the card.",
    "Can you write a polite payment reminder to Mr [[PERSON|Lachlan Fraser]]? Invoice 2217 is 30 days overdue for £840. Our account for transfers is [[IBAN_CODE|IE07 BOFI 9013 8472 6150 93]].",
    "Explain like I'm five how a VPN works. My dad, [[PERSON|Gerrit]], set one up on our home server at [[IP_ADDRESS|2001:db8:4a1:7::15]] and now the TV streaming app thinks I'm in the Netherlands.",
    "I need help writing a grievance letter. My supervisor, [[PERSON|Duane Pettibone]], keeps putting me on weekend shifts despite my childcare agreement. I'm employee [[ID_NUMBER|WF-310772]]. Be factual, not emotional.",
    "Make a packing list for a week in Reykjavík in February. We're staying with my friend [[PERSON|Sigrún]] at [[STREET_ADDRESS|Grettisgata 41, 101 Reykjavík]] and she says to bring crampons. Is she right?",
    "I'm renewing my US passport by mail. The old passport number is [[ID_NUMBER|548207193]]. Do I send the old one with the DS-82, and how long is it taking right now?",
    "Write a message to our new nanny, [[PERSON|Marisela]], with the house rules: screens only after homework, no sweets after six, and the alarm disarm code is [[PASSWORD|55904]].",
    "Draft an invoice email to Frau [[PERSON|Lehmann]] at the publishing house for 12,400 words at €0.11 per word, and include my IBAN [[IBAN_CODE|DE27 3704 0044 0918 2736 45]] and a 14-day payment term.",
    "I'd like to surprise my wife [[PERSON|Noor]] with a weekend in Edinburgh. Can you plan two days around her love of old bookshops and whisky? Budget is about £600 including the hotel.",
    "Compare two phone plans for me and tell me which is cheaper over 24 months: £18 a month with a £90 handset fee, or £22 a month with none. Also, if I switch, do I keep my number, [[PHONE_NUMBER|+44 7700 900318]]?",
    "Our GitLab runner registration token is [[API_KEY|glrt-Xk29vQmT7LbR4nWp8sZc]] and the runner shows offline. It runs on a box at [[IP_ADDRESS|192.0.2.130]]. Which logs should I look at first?",
    "I got a jury summons but I'm the only carer for my mother. Help me write a deferral request. Name: [[PERSON|Darnell Whitaker]], address: [[STREET_ADDRESS|2218 Elm Ridge Drive, Dayton, OH 45420]].",
    "What's the tipping etiquette in Japan? I'm going with my colleague [[PERSON|Haruto]] next month and we're staying at his parents' flat, [[STREET_ADDRESS|1-14-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023]].",
    "Please write a note to the building manager. I'm in [[STREET_ADDRESS|Apt 5C, 310 West 97th Street, New York, NY 10025]] and the intercom has been broken for a month. The repair person can call me on [[PHONE_NUMBER|212-555-0187]].",
    "Could you help me word a message to Grandma [[PERSON|Lou]] asking if she'd like to come for Christmas? She's 91 and gets anxious about travel, so offer that my husband [[PERSON|Kieran]] can drive up and fetch her.",
    "A builder sent his bank details for the deposit: [[IBAN_CODE|FR12 3000 4028 1700 0419 2736 518]], account name [[PERSON|Bastien Leroy]]. Is it normal to pay 40% upfront for a bathroom renovation in France?",
    "Summarise this text from my landlord for my flatmate: 'Hi both, it's [[PERSON|Grace]]. The inspection has moved to Thursday at 10, please leave the key with your neighbour [[PERSON|Funmi]] at number 8, and bin day is now Monday.'",
    "I run a small online store. My admin API token is [[API_KEY|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]] and I think a former contractor still has it. How do I rotate it and see what they accessed?",
    "My doctor's office wants my Aadhaar for the insurance claim. It's [[ID_NUMBER|6391 2845 0738]]. Is it safe to send over WhatsApp or should I go in person? They're asking my father [[PERSON|Suresh Iyer]] for his too.",
    "Write a text to the swim coach, [[PERSON|Brandt]], saying [[PERSON|Lily]] will be late on Saturday because of a dentist appointment, and ask whether she can still race the 100 free.",
    "How should I reply to a recruiter who found me on LinkedIn? I'm happy where I am but curious about the salary. Sign it [[PERSON|Oluwadamilare]] and give my personal email, [[EMAIL_ADDRESS|dami.ogunleye@proton.me]].",
    "Calculate compound interest for me: €15,000 in a term deposit at 3.2% for 5 years, compounded yearly, in my account [[IBAN_CODE|ES81 0182 4719 3820 1593 6274]]. How much will I have at the end?",
    "Please rewrite this Slack message so it sounds less angry: '[[PERSON|Tariq]], I've asked three times for the VPN access. Just set it up, my login is [[ID_NUMBER|m.orozco.ext]].'",
    "I'm filling out a rental application in Toronto and the form wants my SIN, which is [[ID_NUMBER|613 482 959]]. Are landlords in Ontario actually allowed to ask for that?",
    "Give me recipe ideas for a gluten-free dinner party for six. One guest, [[PERSON|Olamide]], is also vegan. Then write a quick invite I can text to everyone for Saturday at seven.",
    "My elderly neighbour, Mrs [[PERSON|Pawlak]], asked me to set up her new tablet. Her email will be [[EMAIL_ADDRESS|halina.pawlak41@onet.pl]] and she wants a password she won't forget, something like [[PASSWORD|Rosa-Kot-1941]]. Is that too weak?",
    "Help me understand my payslip. It shows NI number [[ID_NUMBER|JT 48 27 91 C]] and tax code BR. Why would my tax code be BR on my second job, and am I overpaying?",
    "Write me a short poem for my grandmother [[PERSON|Ελένη]]'s 90th birthday, in English, mentioning her garden in Crete and her famous lemon cake.",
    "What's the best way to learn Python in three months while working full time? My friend [[PERSON|Dmitri Volkov]] recommended a bootcamp, but it costs $9,000 and I'm not sure it's worth it.",
    "I need to cancel my gym membership. Member number [[ID_NUMBER|PG-0071934]], registered email [[EMAIL_ADDRESS|keisha.b.moore@yahoo.com]]. They say notice must be in writing, so can you draft it?",
    "Can you write a note for the babysitter? Emergency contacts: me on [[PHONE_NUMBER|0491 570 664]], my husband [[PERSON|Lachie]] on [[PHONE_NUMBER|+61 491 570 129]]. Bedtime is 7:30 and no screens after dinner.",
    "We're buying a used car from a private seller, [[PERSON|Wendell Brooks]], for $11,200, and he wants a bank transfer. How do we protect ourselves? He gave us his number, [[PHONE_NUMBER|(503) 555-0164]].",
    "Please lay this out as a business card: [[PERSON|Anouk Verbeek]], freelance illustrator, [[EMAIL_ADDRESS|hallo@anoukverbeek.nl]], [[PHONE_NUMBER|+31 6 2948 1730]], Utrecht.",
    "My fasting blood sugar came back at 6.4. Is that prediabetes? The patient portal shows my MRN as [[ID_NUMBER|MRN-5518302]] and my next appointment with Dr [[PERSON|Castellanos]] isn't until October.",
    "Write a friendly welcome message for our new tenant, [[PERSON|Summer Oyelaran]]: bins on Tuesday, Wi-Fi network Willow-Guest with key [[PASSWORD|blue-heron-2207]], and my number if anything breaks, [[PHONE_NUMBER|020 7946 0583]].",
    "Can you fix this SQL? SELECT * FROM users WHERE email = '[[EMAIL_ADDRESS|miguel.santos@corp-example.io]]' AND pw = '[[PASSWORD|Lisboa!2024x]]' returns nothing even though I can see my row in the table.",
    "My husband [[PERSON|Emeka]] and I want to file jointly this year. His SSN is [[US_SSN|301-74-5562]] and mine is [[US_SSN|308-29-1047]]. Which forms do we need if we both have W-2s and I also have a 1099?",
    "Help me write a complaint to the airline. Booking ref QX7PLA, passenger [[PERSON|Magdalena Chmielewska]], frequent flyer number [[ID_NUMBER|LH 992 018 4471]]. My bag arrived four days late with a broken handle.",
    "Send a reminder to my study group, [[PERSON|Yusuf]], [[PERSON|Camille]], [[PERSON|Bao]] and [[PERSON|Ingrid]]: the chemistry review is Thursday at 6pm in the library, room 2.14. Make it upbeat.",
    "I keep getting 'Permission denied (publickey)' when I push. My GitHub username is [[ID_NUMBER|lindiwe-codes]]. Walk me through generating a new SSH key on Windows and adding it.",
    "My father, [[PERSON|Arturo Benítez]], needs his pension paid into a new account, [[IBAN_CODE|IT57 K030 6909 6061 0000 0184 529]]. Can you write a short formal letter in Italian asking the pension office to update it?",
    "Please draft a message to my daughter's school: [[PERSON|Zainab]] will be picked up today by her uncle, [[PERSON|Idris Kamara]], not by me. His phone is [[PHONE_NUMBER|07700 900781]].",
    "I can't remember whether my card PIN is [[PASSWORD|8306]] or [[PASSWORD|8360]], and I've already had two wrong tries. What happens after the third one? Can I reset it in the app?",
    "I'm sending a parcel to my husband, SSgt [[PERSON|Dominic Reyes]], at [[STREET_ADDRESS|Unit 8421 Box 317, DPO AE 09647]]. Which customs form do I need, and can I include lithium batteries?",
    "Rewrite my dating profile bio so it sounds less stiff: 'I'm [[PERSON|Rafael]], 36, nurse, love hiking and bad puns.' Don't put my Instagram, [[ID_NUMBER|rafa.on.trails]], in the bio, I'll add it later.",
    "Draft a message to my accountant, [[PERSON|Priya Venkataraman]], with my UTR [[ID_NUMBER|48291 03756]], and ask whether I can claim home office costs for the 2023-24 tax year.",
    "Please translate into simplified Chinese a thank-you note for my host, [[PERSON|王建国]], for letting me stay at his flat in Chengdu, and say I'll send the photos to [[EMAIL_ADDRESS|wjg1962@163.com]].",
    "Can you help me write to the council about the pothole outside our house at [[STREET_ADDRESS|63 Larkspur Avenue, Swindon SN3 4PD]]? My neighbour [[PERSON|Hope Adeyinka]] burst a tyre on it last week. Include my number, [[PHONE_NUMBER|0161 496 0418]], for the inspector.",
]

# 100 records in the style of synthetic PII benchmark datasets, one invented person each.
RECORDS = [
    "On 3 March, [[PERSON|Marguerite Olsen]] confirmed that the replacement oven for the Fairhaven café would be delivered to [[STREET_ADDRESS|88 Quayside Lane, Whitby YO21 1DH]] and asked the driver to ring [[PHONE_NUMBER|07700 900236]] on arrival.",
    "The quarterly board meeting of Northgate Timber was chaired by [[PERSON|Ezekiel Mwangi]], who can be reached at [[EMAIL_ADDRESS|e.mwangi@northgate-timber.co.ke]] for any follow-up questions about the new sawmill.",
    "Payment of $1,240.00 for the trade show booth was made by [[PERSON|Renata Szabó]] with card [[CREDIT_CARD|4716 2039 8815 4271]] on 12 April, two days before the deadline.",
    "[[PERSON|Oskar Lindgren]] (personnummer [[ID_NUMBER|930412-5629]]) has been registered as the new secretary of the Västerås rowing club after the spring general meeting.",
    "A dental appointment for [[PERSON|Amelia Tupou]] has been moved to Thursday at 2:15 pm; the practice asks her to confirm by texting [[PHONE_NUMBER|021 384 5572]].",
    '{"customer": "[[PERSON|Hyun-woo Park]]", "email": "[[EMAIL_ADDRESS|hwpark.dev@naver.com]]", "tier": "gold", "joined": "2021-09-14"}',
    '2024-05-11T08:14:52Z login ok user=[[ID_NUMBER|cmabuza]] src=[[IP_ADDRESS|198.51.100.77]] display_name="[[PERSON|Cynthia Mabuza]]" mfa=push',
    "The travel agency said the refund of €312.50 owed to [[PERSON|Henrike Vos]] for the cancelled Crete package will reach [[IBAN_CODE|NL53 RABO 0347 1829 56]] within five working days.",
    "Insurance note: policy holder [[PERSON|Graham Tully]], policy [[ID_NUMBER|AVX-2209184]], reported hail damage to the conservatory roof on 28 June; loss adjuster visit pending.",
    "Clinic line: [[PERSON|Fatima Zahra El Idrissi]], patient no. [[ID_NUMBER|P-4410273]], seen for asthma follow-up, inhaler technique reviewed, next review in six weeks.",
    "The catering contract for the Sharjah book fair was signed by [[PERSON|ليلى الحسيني]], whose mobile number, [[PHONE_NUMBER|+971 55 318 4072]], appears on every delivery slip.",
    "Ο [[PERSON|Νικόλαος Παπαδάκης]] παρέλαβε το δέμα με τα ανταλλακτικά στη διεύθυνση [[STREET_ADDRESS|Ερμού 42, 105 63 Αθήνα]] το πρωί της Τρίτης.",
    "[[PERSON|Анна Сергеевна Кузнецова]] оплатила заказ мебели на сумму 46 000 рублей и оставила телефон для связи [[PHONE_NUMBER|+7 916 482-31-07]].",
    "A parcel of art supplies addressed to [[PERSON|이지은]] at [[STREET_ADDRESS|27 Yanghwa-ro 12-gil, Mapo-gu, Seoul 04039]] was left with the building concierge on Monday afternoon.",
    "The lease for the Xuhui design studio was signed by [[PERSON|陈美玲]], resident ID [[ID_NUMBER|110108198509234714]], on behalf of her small architecture firm.",
    "A care package from the Riverside church group finally reached Lt. [[PERSON|Jordan Avery]] at [[STREET_ADDRESS|PSC 817 Box 2264, FPO AP 96379]] three weeks after it was posted.",
    "Employee [[PERSON|Nadia Benali]] (ID [[ID_NUMBER|EMP-003817]]) has completed forklift certification and may start night shifts at the Gennevilliers depot from 1 September.",
    "Payroll confirmed that the June salary of [[PERSON|Zbigniew Kaczmarek]], site foreman at the Poznań warehouse, was paid to [[IBAN_CODE|PL27 1090 1014 0000 0712 4836 5921]] a day late because of the bank holiday.",
    "The photographer for this year's Henley regatta, [[PERSON|Poppy Ashcroft]], asked that all image requests from sponsors go to [[EMAIL_ADDRESS|poppy@ashcroftframes.co.uk]].",
    "Contact: [[PERSON|Bilal Chaudhry]] | Tel [[PHONE_NUMBER|+92 300 418 2275]] | Lahore | textile buyer",
    "[[PERSON|Ana Paula Ribeiro]] paid the first instalment of R$ 2.300 for the Campinas apartment renovation, and her CPF, [[ID_NUMBER|482.106.357-35]], was printed on the receipt.",
    "The Lagos office of Brightwave Solar named [[PERSON|Chukwuemeka Obi]] as its new operations lead; suppliers can contact him on [[PHONE_NUMBER|+234 803 517 2964]].",
    "During the weekend server migration, [[PERSON|Leif Andersson]] allowed [[IP_ADDRESS|203.0.113.14]] through the firewall so that the finance team could reach the reporting dashboard.",
    "Form row: Name [[PERSON|Keziah Mensah]]; Date of birth 14/02/1991; Email [[EMAIL_ADDRESS|keziah.mensah@gmx.de]]; Membership no. [[ID_NUMBER|TSV-77120]]; Section: athletics",
    "Dear Ms [[PERSON|Fairbairn]], we confirm that your pension transfer of £18,400 has been received and credited to member account [[ID_NUMBER|PEN-55082916]].",
    "The courier left a card saying [[PERSON|Raúl Quispe]] was not at home to sign for the laptop at [[STREET_ADDRESS|Av. Arequipa 2450, Dpto. 602, Lince 15046, Lima]] and would try again Friday.",
    "Before the charity fun run, volunteer coordinator [[PERSON|Gwen Pritchard]] reset the shared drive password to [[PASSWORD|Heron!Bay58]] and sent it to the marshals.",
    "[[PERSON|Arjun Mehta]] renewed his motor insurance with NorthStar; the £612 premium was charged to card [[CREDIT_CARD|5412 8873 0156 9928]] under policy number [[ID_NUMBER|NS-MTR-448102]].",
    "At the Bordeaux wine fair, exhibitor [[PERSON|Clémence Aubry]] handed out cards listing her mobile, [[PHONE_NUMBER|+33 6 39 98 57 14]], for restaurant orders.",
    "HR note: [[PERSON|Mikael Korhonen]], henkilötunnus [[ID_NUMBER|230791-3187]], returns from parental leave on 2 October and will work 80% hours until spring.",
    "The school trip deposit for [[PERSON|Leilani Kahale]] was paid from account [[ID_NUMBER|0038-221904-7]] on the last day before the Maui camp filled up.",
    "Profile: [[PERSON|Sven-Erik Dahl]], marine engineer based in Bergen, fødselsnummer [[ID_NUMBER|15038849392]], prefers to be contacted by email at [[EMAIL_ADDRESS|svenerik.dahl@online.no]].",
    "When the Harrogate flower show opened, head gardener [[PERSON|Eleanor Bramley]] gave visitors her direct line, [[PHONE_NUMBER|0113 496 0752]], for questions about the rose beds.",
    "Clinical note: [[PERSON|Joaquim Ferreira]], NIF [[ID_NUMBER|248751034]], attended the Porto outpatient clinic with lower back pain; physiotherapy referral made.",
    "A supplier's payment reminder for the bakery run by [[PERSON|Agnieszka Zielińska]] was sent to [[STREET_ADDRESS|ul. Długa 14/3, 31-147 Kraków]] after the March invoice went unpaid.",
    "[[PERSON|Moana Tipene]], NHI [[ID_NUMBER|ZKT5836]], was booked for a flu vaccination at the Rotorua health centre on the first free Saturday.",
    "SSH access to the build server was granted to [[PERSON|Priyanka Raman]] from [[IP_ADDRESS|2001:db8:ac10::2f]] with the username [[ID_NUMBER|praman]].",
    "A wire of €5,000 sent by [[PERSON|Dieter Hoffmann]] from [[IBAN_CODE|AT92 2011 1827 3645 9102]] settled the invoice for the Salzburg trade fair stand.",
    "[[PERSON|Isabella Moreau]] signed up for the Lyon marathon with the email [[EMAIL_ADDRESS|isa.moreau.run@laposte.net]] and will collect her bib at Parc de Gerland.",
    "Benefits record: [[PERSON|Hamza Yılmaz]], TC kimlik no [[ID_NUMBER|28461039520]], enrolled in the company private health scheme from January.",
    "The locksmith confirmed that the new keypad code for [[PERSON|Carys Lloyd]]'s flat is [[PASSWORD|391746]] after replacing the lock on Friday.",
    "Order shipped to [[PERSON|Bongani Zulu]], [[STREET_ADDRESS|15 Jan Smuts Avenue, Parktown, Johannesburg 2193]], signature required.",
    "According to the minutes, treasurer [[PERSON|Aino Virtanen]] will move the choir society's funds to [[IBAN_CODE|FI83 5799 0015 8293 64]] before the summer tour.",
    "[[PERSON|Kofi Boateng]] won the raffle at the Kumasi trade expo and was asked to collect the prize by calling [[PHONE_NUMBER|+233 20 774 1983]] before Friday.",
    "Patient [[PERSON|Svetlana Morozova]] (NHS number [[ID_NUMBER|718 305 2648]]) attended diabetic eye screening at St Luke's and was referred for a follow-up.",
    "The API key for the office weather widget belongs to [[PERSON|Tobias Wenzel]]; the key [[API_KEY|wx_live_9QeT4mZpL2vR8sKdY3nB6cHf]] expires at the end of the year.",
    "[[PERSON|Luciana Ferraz Ortega]] (NIE [[ID_NUMBER|Y6183952W]]) opened a business account in Valencia for her ceramics studio last week.",
    "The Seoul branch reported that [[PERSON|Choi Seo-yeon]], resident registration number [[ID_NUMBER|880623-2174518]], had updated her payroll address.",
    "The wedding planner's notes list [[PERSON|Aaliyah Jenkins]] as the bride's contact, reachable at [[PHONE_NUMBER|(404) 555-0139]] or [[EMAIL_ADDRESS|aaliyah.j.events@gmail.com]].",
    "[[PERSON|Giulia Romano]] paid the Florence language school fee of €980 by card [[CREDIT_CARD|4024 0071 3849 2656]] on the first day of term.",
    "Claim line: insured [[PERSON|Ruairí Gallagher]], PPS [[ID_NUMBER|3619472FA]], vehicle written off after a collision near Tuam; hire car arranged.",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0154827H]], joined the Jurong warehouse team as an inventory planner this month.",
    "The charity's donor list shows [[PERSON|Abigail Fenwick]] giving £25 a month by direct debit from [[IBAN_CODE|GB11 BARC 2004 5178 3920 16]].",
    "A package of winter boots for [[PERSON|Yerlan Abenov]] was left with a neighbour at [[STREET_ADDRESS|Abay Avenue 52, apt 17, Almaty 050008]].",
    "Parent contact for [[PERSON|Maëlle Tremblay]] at the Ottawa daycare: [[PHONE_NUMBER|(613) 555-0191]]; pickup is authorised for grandparents only.",
    "The Abuja foundation transferred the scholarship for [[PERSON|Chiamaka Eze]] to student account [[ID_NUMBER|UNN-2019-44718]] on Monday morning.",
    "[[PERSON|Hiroshi Takeda]], My Number [[ID_NUMBER|7305 1948 2663]], is listed as the contact for the Sapporo snow festival volunteers, mobile [[PHONE_NUMBER|090-3318-4762]].",
    "Delivery note: fridge-freezer for [[PERSON|Duncan McAllister]], [[STREET_ADDRESS|12 Hillview Crescent, Paisley PA2 9LT]], two-person team, remove the old unit.",
    "The freelance contract between Lumen Studio and [[PERSON|Rosalind Achterberg]] sets payment to [[IBAN_CODE|BE74 7350 4821 9637]] within 30 days of each milestone.",
    "[[PERSON|Esteban Quiroga]], RUT [[ID_NUMBER|16.482.937-5]], was appointed site manager of the Antofagasta solar project in January.",
    "Security log: five failed logins for user [[ID_NUMBER|jkimura]] from [[IP_ADDRESS|192.0.2.219]] at 03:12; the account of [[PERSON|Jun Kimura]] was locked.",
    "Dear Mr [[PERSON|Adeyemi]], your prize of £2,000 from the Bristol small business awards will be paid to [[IBAN_CODE|GB36 LOYD 3096 2741 8530 26]] next week.",
    "[[PERSON|Zofia Nowicka]] (PESEL [[ID_NUMBER|92071436585]]) collected her new identity card from the Gdańsk city office on Tuesday.",
    "The caterers for the Oaxaca food festival were coordinated by [[PERSON|Ximena Ruiz Cortés]], who gave [[PHONE_NUMBER|+52 951 284 3370]] as her number.",
    "Payroll line: [[PERSON|Ebba Lindqvist]] · employee no. [[ID_NUMBER|SE-20881]] · net pay 31 420 SEK · paid to [[IBAN_CODE|SE66 8000 0814 7293 6150 4728]]",
    "Having bought the Taunton bookshop last spring, [[PERSON|Peregrine Haworth]] now runs author evenings there and takes bookings at [[EMAIL_ADDRESS|peregrine.haworth@btinternet.com]].",
    "The Hyderabad branch linked the Aadhaar of [[PERSON|Kavya Reddy]], [[ID_NUMBER|8047 5512 9362]], to her new savings account.",
    "A fire-alarm test at the Dundee call centre was signed off by supervisor [[PERSON|Morag Findlay]], employee number [[ID_NUMBER|DC-6617]].",
    "The Atlanta gym emailed [[PERSON|Tyrone Baptiste]] at [[EMAIL_ADDRESS|tbaptiste.lifts@outlook.com]] to say his annual fee of $420 had been charged to card [[CREDIT_CARD|6011 5820 3391 7460]].",
    "[[PERSON|Malak Haddad]] collected the conference badges for the Amman team; her passport, [[ID_NUMBER|N04829175]], was checked at registration.",
    "Transfer receipt: sender [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2950814460122]], amount 1.500 lei, reference August rent.",
    "[[PERSON|Hemi Walker]] will host the Wellington beekeepers' meeting at [[STREET_ADDRESS|9 Aro Street, Aro Valley, Wellington 6021]] on Saturday.",
    "The Jakarta property agency confirmed that [[PERSON|Dewi Lestari Santoso]] paid the deposit and can be reached on [[PHONE_NUMBER|+62 812 4417 3029]].",
    "Vehicle log: van 14 signed out by [[PERSON|Gustavo Almeida]], driving licence [[ID_NUMBER|D-4829-117-305]], for the Coimbra deliveries.",
    "[[PERSON|Nils Bakker]] has asked that invoices for the Rotterdam harbour tour be sent to [[EMAIL_ADDRESS|nils.bakker@ziggo.nl]] rather than to the office.",
    "[[PERSON|Wouter Peeters]], national number [[ID_NUMBER|89.03.17-245.68]], registered his Ghent bicycle repair shop as a sole trader.",
    "[[PERSON|Thabo Nkosi]], ID [[ID_NUMBER|910205 5123 082]], was named employee of the month at the Durban packaging plant.",
    "The Reykjavík choir's treasurer, [[PERSON|Hrefna Baldursdóttir]], kennitala [[ID_NUMBER|140885-2319]], paid the hall rent for the spring concert.",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48706120276]], signed the lease for the Tartu office on behalf of the startup.",
    "[[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905612/4836]], received her Brno half-marathon finisher medal by post.",
    "[[PERSON|Olena Shevchenko]], RNOKPP [[ID_NUMBER|3184652078]], submitted the grant application for the Lviv youth theatre.",
    "[[PERSON|Eleni Georgiou]] (AMKA [[ID_NUMBER|12088743153]]) was booked for an MRI at the Thessaloniki clinic next Wednesday.",
    "[[PERSON|Avital Ben-David]], teudat zehut [[ID_NUMBER|304182751]], won the Haifa hackathon with a water-saving app.",
    "The tenancy agreement for the Cork flat lists [[PERSON|Dervla Hennessy]] as lead tenant, with contact number [[PHONE_NUMBER|+353 86 427 1905]].",
    "Mobile [[PHONE_NUMBER|+91 98450 31726]] belongs to [[PERSON|Ramesh Gowda]], who supplies coconuts to the Mysuru temple kitchen every week.",
    "[[PERSON|Ahmad Karimi]] reported that the access code [[PASSWORD|0729]] for his Frankfurt storage unit stopped working after the power cut.",
    "Bookings for the Gisborne kayak tours are handled by [[PERSON|Wiremu Ngata]] at [[EMAIL_ADDRESS|wiremu.ngata@xtra.co.nz]].",
    "[[PERSON|Jasmine Nguyen]] gave her tax file number, [[ID_NUMBER|384 719 268]], to the Melbourne bike shop when she started there as a mechanic, and listed her mobile as [[PHONE_NUMBER|0491 570 903]].",
    "A signed copy of the Nairobi art auction catalogue was posted to [[PERSON|Wanjiru Kamau]] at [[STREET_ADDRESS|House 14, Kirichwa Road, Kilimani, Nairobi 00100]].",
    "Account holder [[PERSON|Lorenzo Bianchi]], IBAN [[IBAN_CODE|CH56 0483 5012 7391 8460 2]], requested a new debit card after losing his wallet in Lugano.",
    "The Istanbul tour company listed [[PERSON|Elif Aydın]] as the guide, phone [[PHONE_NUMBER|+90 532 418 27 96]], and took payment to [[IBAN_CODE|TR05 0001 0017 4592 3861 0750 01]].",
    "Loan file: borrower [[PERSON|Marvin Okoye]], SSN [[US_SSN|412-57-3306]], home address [[STREET_ADDRESS|781 Magnolia Court, Smyrna, GA 30080]].",
    "The Auckland rugby club paid the travel allowance of [[PERSON|Siosaia Fifita]] and texts him match times at [[PHONE_NUMBER|+64 21 477 3018]].",
    "[[PERSON|Noémie Lambert]] paid the Montréal daycare fees online; her login [[ID_NUMBER|nlambert_mtl]] and password [[PASSWORD|Erable#4412]] were reset afterwards.",
    "The Dublin bakery's new accountant, [[PERSON|Fergal Doyle]], confirmed receipt of the VAT files at [[EMAIL_ADDRESS|fergal.doyle.acc@eircom.net]].",
    "[[PERSON|周晓玲]] arranged the Suzhou factory visit for the buyers and shared her WeChat ID, [[ID_NUMBER|zxl_suzhou88]], for follow-up questions.",
    "[[PERSON|Dmitrij Kovalenko]] registered for the Riga IT conference from [[IP_ADDRESS|203.0.113.166]] using [[EMAIL_ADDRESS|d.kovalenko@inbox.lv]].",
    "In the Coventry car-share scheme, [[PERSON|Harjit Sandhu]] is member [[ID_NUMBER|CCS-010583]] and unlocks the vehicles with PIN [[PASSWORD|6624]].",
    "The Aarhus sailing club membership of [[PERSON|Mette Kjærgaard]] is paid each January from [[IBAN_CODE|DK08 3000 3728 1640 95]].",
    "[[PERSON|Ingvild Haugen]] sent the deposit for her Tromsø flat from [[IBAN_CODE|NO83 1503 6291 847]] on the morning of the viewing.",
]

# 25 MT-Bench and Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that cities should replace street parking with protected bike lanes. Keep it under 500 words and answer the worries of small shop owners.",
    "Imagine you are Sherlock Holmes. Deduce as much as you can about a visitor who arrives with a sunburnt left arm, chalk on his sleeve and a return ticket from Brighton.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Explain the difference between mitosis and meiosis to a high-school student, using an everyday analogy.",
    "Compose a sequence of four haiku about the changing seasons in a mountain village.",
    "A train leaves at 14:20 and the journey takes 3 hours 55 minutes. What time does it arrive? Show your reasoning step by step.",
    "Role-play as a medieval blacksmith explaining to an apprentice why quenching steel in oil rather than water makes cracks less likely.",
    "What were the main causes of the fall of the Western Roman Empire? Give five and rank them by importance.",
    "Write a SQL query that finds the top three products by revenue in each category, given tables orders(product_id, qty, price) and products(id, category).",
    "Describe how Marie Curie's work on radioactivity changed medicine in the twentieth century.",
    "Draft the speech Captain Ahab might give to rally the crew of the Pequod before a storm.",
    "Explain why the sky looks blue during the day but red and orange at sunset.",
    "Given the sentence 'The committee approved the budget after a long debate', identify the subject, the verb and the object.",
    "What are the pros and cons of nuclear power compared with onshore wind? Present them in a table.",
    "Write a JavaScript debounce function and show how to use it on a search input.",
    "Pretend you are a guide in Athens in the time of Pericles and describe the Acropolis to a group of visitors.",
    "Solve 3x + 7 = 2x - 5 for x, then explain each algebraic step.",
    "Explain opportunity cost using the example of a student deciding between revising for exams and working a part-time job.",
    "Write a limerick about a cat who learned to play the piano.",
    "Compare the wartime leadership styles of Abraham Lincoln and Winston Churchill.",
    "Write a Rust function that reads a text file and counts how often each word appears, ignoring case.",
    "Suggest a five-day itinerary for a first-time visitor to Kyoto who loves gardens and temples.",
    "Explain the Monty Hall problem and why switching doors improves the odds of winning.",
    "Write a short dialogue in which Elizabeth Bennet and Mr. Darcy argue about social media.",
    "What is the difference between weather and climate? Give two examples of each.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priya bakes 48 cookies. She gives a quarter of them to her neighbours and eats 5. How many cookies are left?",
    "A bus holds 52 passengers. At the first stop 17 get off and 9 get on. If the bus started full, how many passengers are on it now?",
    "Tomasz runs 3.5 km every weekday and 8 km on Saturday. How many kilometres does he run in 4 weeks?",
    "A shop sells pencils at 3 for $1.20. How much do 27 pencils cost?",
    "Lena has twice as many stickers as Omar. Together they have 84 stickers. How many stickers does Lena have?",
    "A garden is 12 m long and 7.5 m wide. Fencing costs $14 per metre. How much does it cost to fence the whole garden?",
    "Kenji saves $35 each week. After how many weeks will he have enough to buy a bicycle that costs $455?",
    "A recipe needs 250 g of flour for 10 pancakes. How much flour is needed for 36 pancakes?",
    "Amara reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish it?",
    "A farmer has 120 eggs and packs them into boxes of 6. He sells each box for $2.50. How much money does he make?",
    "Diego buys 3 shirts at $18 each and a pair of shoes for $64. He pays with two $100 bills. How much change does he get?",
    "A tank holds 600 litres. It is filled at 25 litres per minute but leaks 5 litres per minute. How long does it take to fill?",
    "Sofia is 4 years older than her brother. In 6 years the sum of their ages will be 40. How old is Sofia now?",
    "In a class of 30 students, 40% chose pizza, one third chose tacos and the rest chose pasta. How many chose pasta?",
    "Hamid drives 180 km at 60 km/h and then 150 km at 75 km/h. How long does the whole trip take?",
    "A phone costs $480. It is on sale for 15% off, and then 8% tax is added to the sale price. What is the final price?",
    "Ines plants 7 rows of tulips with 13 bulbs in each row. 9 bulbs do not grow. How many tulips bloom?",
    "A cinema sold 215 tickets at $12 and 140 tickets at $8. What was the total income?",
    "Mateus has 5 boxes of crayons with 24 crayons in each. He shares them equally among 8 friends. How many crayons does each friend get?",
    "A rope 9 m long is cut into pieces of 45 cm. How many full pieces are there, and how much rope is left over?",
    "Yara earns $16 an hour and works 6 hours on each weekday and 4 hours on Saturday. How much does she earn in a week?",
    "A pool is 25 m long. Felix swims 36 lengths. How many kilometres did he swim?",
    "A bag holds 3 red, 5 blue and 7 green marbles. What fraction of the marbles are not green?",
    "A bakery makes 144 rolls and sells them in bags of 8. If 3 bags are left unsold, how many bags were sold?",
    "Nadia's sunflower grows 1.8 cm per week and is now 22 cm tall. How tall will it be after 9 more weeks?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is known as the powerhouse of the cell? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Nucleus",
    "Who wrote 'The Wealth of Nations'? A. John Locke B. Adam Smith C. David Ricardo D. Karl Marx",
    "What is the derivative of sin(x)? A. cos(x) B. -cos(x) C. -sin(x) D. tan(x)",
    "In which year did the Berlin Wall fall? A. 1987 B. 1989 C. 1991 D. 1993",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Nitrogen D. Argon",
    "Which philosopher proposed the categorical imperative? A. Immanuel Kant B. John Stuart Mill C. Aristotle D. Thomas Hobbes",
    "A firm in perfect competition maximises profit where: A. price exceeds marginal cost B. marginal revenue equals marginal cost C. average cost is lowest D. total revenue is highest",
    "What is the SI unit of electric charge? A. Volt B. Ampere C. Coulomb D. Ohm",
    "Who was the first emperor of Rome? A. Julius Caesar B. Augustus C. Nero D. Trajan",
    "The Peace of Westphalia (1648) is most associated with: A. the end of the Thirty Years' War B. the unification of Italy C. the founding of the United Nations D. the Congress of Vienna",
    "Which of the following is a prime number? A. 51 B. 57 C. 59 D. 63",
    "Classical conditioning is most closely associated with: A. B. F. Skinner B. Ivan Pavlov C. Jean Piaget D. Carl Rogers",
    "What is the pH of a neutral solution at 25 °C? A. 0 B. 5 C. 7 D. 14",
    "Which amendment to the US Constitution abolished slavery? A. Fifth B. Thirteenth C. Fifteenth D. Nineteenth",
    "Which data structure follows a last-in, first-out principle? A. Queue B. Stack C. Heap D. Linked list",
    "Who painted 'The Night Watch'? A. Johannes Vermeer B. Rembrandt van Rijn C. Peter Paul Rubens D. Frans Hals",
    "What is the main function of red blood cells? A. Fighting infection B. Clotting blood C. Carrying oxygen D. Producing hormones",
    "In contract law, an offer can generally be revoked: A. at any time before acceptance B. only after acceptance C. never D. only in writing",
    "Which planet has the shortest orbital period around the Sun? A. Venus B. Mercury C. Mars D. Earth",
    "In which year was Magna Carta sealed? A. 1066 B. 1215 C. 1415 D. 1603",
    "What is the time complexity of binary search on a sorted array of n elements? A. O(1) B. O(log n) C. O(n) D. O(n log n)",
    "Which astronomer formulated the three laws of planetary motion? A. Galileo Galilei B. Tycho Brahe C. Johannes Kepler D. Nicolaus Copernicus",
    "Which hormone lowers blood glucose levels? A. Glucagon B. Adrenaline C. Insulin D. Cortisol",
    "A sample has mean 50 and standard deviation 5. What is the z-score of the value 62? A. 1.2 B. 2.4 C. 2.0 D. 12",
    "Which of these countries was NOT a founding member of NATO in 1949? A. Norway B. Portugal C. West Germany D. Iceland",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks after a cold. When should I worry and see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a toothache?",
    "My ankle is swollen after I twisted it playing football yesterday. Should I use ice or heat?",
    "What are the early signs of type 2 diabetes in adults over 50?",
    "Can I drink alcohol while I'm taking amoxicillin?",
    "How much water should a pregnant woman drink a day in hot weather?",
    "My toddler has a rash that doesn't fade when I press a glass on it. What does that mean?",
    "What's the difference between a migraine and a tension headache?",
    "Is it normal to still feel exhausted several weeks after having covid?",
    "How long can my arm stay sore after a tetanus shot?",
    "Which foods should I avoid if I have gout?",
    "I get heart palpitations after drinking coffee. Is that dangerous?",
    "How often should adults have their blood pressure checked?",
    "Can stress cause stomach pain and nausea?",
    "What should I pack in my hospital bag for a planned knee replacement?",
    "Are there exercises that help with lower back pain from sitting at a desk all day?",
    "My child is 8 and still wets the bed sometimes. Is that common?",
    "What does a total cholesterol reading of 6.8 mmol/L mean?",
    "Is it okay to exercise with a mild cold?",
    "How do I know whether a cut needs stitches?",
    "What side effects are common when starting an SSRI for anxiety?",
    "I'm 45 and my periods have become irregular. Could it be perimenopause?",
    "Should I get the shingles vaccine if I already had chickenpox as a child?",
    "How can I tell hay fever from a cold?",
    "What's the best way to store insulin when travelling abroad in summer?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "718 305 2648": nhs_ok,
    "6391 2845 0738": aadhaar_ok,  # Indian Aadhaar
    "8047 5512 9362": aadhaar_ok,
    "184729038": bsn_ok,  # Dutch BSN
    "92071436585": pesel_ok,  # Polish PESEL
    "317.594.826-09": cpf_ok,  # Brazilian CPF
    "482.106.357-35": cpf_ok,
    "53829174C": dni_ok,  # Spanish DNI
    "Y6183952W": dni_ok,  # Spanish NIE
    "MRTGNN88C52L219M": codice_fiscale_ok,  # Italian codice fiscale
    "57382910462": steuer_id_ok,  # German Steuer-ID
    "230791-3187": hetu_ok,  # Finnish henkilötunnus
    "930412-5629": luhn_len(10),  # Swedish personnummer
    "613 482 959": luhn_len(9),  # Canadian SIN
    "384 719 268": tfn_ok,  # Australian tax file number
    "2947 51868 1": medicare_ok,  # Australian Medicare card
    "7305 1948 2663": my_number_ok,  # Japanese My Number
    "880623-2174518": rrn_ok,  # Korean resident registration number
    "T0154827H": nric_ok,  # Singapore NRIC
    "28461039520": kimlik_ok,  # Turkish kimlik
    "3619472FA": pps_ok,  # Irish PPS number
    "110108198509234714": china_id_ok,  # Chinese resident identity card
    "16.482.937-5": rut_ok,  # Chilean RUT
    "2950814460122": cnp_ok,  # Romanian CNP
    "15038849392": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248751034": nif_ok,  # Portuguese NIF
    "48706120276": isikukood_ok,  # Estonian isikukood
    "140885-2319": kennitala_ok,  # Icelandic kennitala
    "905612/4836": rodne_cislo_ok,  # Czech rodné číslo
    "ZKT5836": nhi_ok,  # New Zealand NHI
    "89.03.17-245.68": belgian_id_ok,  # Belgian national number
    "910205 5123 082": luhn_len(13),  # South African id
    "12088743153": luhn_len(11),  # Greek AMKA
    "304182751": luhn_len(9),  # Israeli teudat zehut
    "3184652078": rnokpp_ok,  # Ukrainian RNOKPP
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|61) 496 0\d{3}",  # Leeds and Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{8}",  # Netherlands mobile
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile
        r"02[1-9] \d{3} \d{4}",  # New Zealand mobile
        r"\+(7|27|31|39|52|57|62|64|90|91|92|233|234|353|971) [\d -]+\d",  # no fiction range known
    )
]

# Scripts other than Latin that some names are typed in.
OTHER_SCRIPTS = {
    "Arabic": re.compile(r"[\u0600-\u06ff]"),
    "Greek": re.compile(r"[\u0370-\u03ff]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Hangul": re.compile(r"[\uac00-\ud7a3]"),
    "Han": re.compile(r"[\u4e00-\u9fff]"),
}


def check_records() -> None:
    """Each record names one invented person and holds one to four other values; the names
    of some records are typed in Arabic, Greek, Cyrillic, Hangul and Han script."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} names, {len(others)} values in {marked[:60]!r}"
            )
    names = [s["value"] for t in RECORDS for s in marked_spans(t) if s["type"] == "PERSON"]
    for script, letters in OTHER_SCRIPTS.items():
        if not any(letters.search(name) for name in names):
            raise SystemExit(f"records: no name in {script} script")


def check_mix() -> None:
    """The chat requests name people and carry contacts, secrets and every kind of value;
    one address in each section is a military one."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 85 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for section, texts in (("chat", CHAT), ("records", RECORDS)):
        kinds = {s["type"] for t in texts for s in marked_spans(t)}
        want = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD"}
        want |= {"CREDIT_CARD", "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY"}
        if kinds != want:
            raise SystemExit(f"{section}: missing {sorted(want - kinds)}")
        addresses = [
            s["value"] for t in texts for s in marked_spans(t) if s["type"] == "STREET_ADDRESS"
        ]
        military = [a for a in addresses if re.search(r"\b[ADF]PO (AA|AE|AP) \d{5}$", a)]
        if len(military) != 1:
            raise SystemExit(f"{section}: {len(military)} military addresses")
    plain = [strip_marks(t)[0] for t in CHAT]
    if sum(p == p.lower() for p in plain) != LOWER_CHAT:
        raise SystemExit("chat: the lower-case texts are not exactly the first ones")


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
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind85", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
