# ruff: noqa: E501
"""An eightieth blind privacy set: 220 texts with personal data and 100 clean ones, an
ordinary day of what a company's employees and customers send through a chat gateway.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); no theme dominates and the wording is plain:

* 120 chat requests to an AI assistant (3 to 100 words): people asking to draft, reply,
  translate, summarise, fix, plan, calculate or advise about their own life, work, family,
  health, money, travel, school, home and IT accounts. The first 30 (a quarter) are typed
  all in lower case, the next 5 are in Spanish, German, French, Portuguese and Italian, the
  rest are English with capitals. Hard cases as real traffic has them: first names alone,
  surnames alone after a title, lower-case names, names that are also words (rose, grace,
  Joy, Mark), names with non-English letters and a few in Chinese and Cyrillic script,
  passwords, passphrases, PINs, door and alarm codes and a backup code (some with no
  "password" before them), phones with and without separators, a lower-case IBAN, a
  military address;
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each (a few also written in their own script) with one to four values
  besides the name: contact lines, form rows, notes, logs, letters, profiles and bank, HR,
  insurance and clinical lines from many countries.

Usernames and logins, account, customer, member, employee, student, patient, policy and
booking numbers, passports, driver licences and national and tax ids are ID_NUMBER; PINs,
door, gate, alarm and locker codes, wifi keys, one-time codes, passphrases and passwords
PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Professor, SGT, my son) stay outside
PERSON spans; an address span runs from the street line through the postcode and city as
typed; public figures, fictional characters, brands, places, order, invoice and ticket
numbers and dates of birth are not labelled; every occurrence of a private value is marked.
The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts
(writing, reasoning, coding, role-play, STEM), 25 GSM8K-style word problems with fictional
first names, 25 MMLU-style items with options A to D (some naming historical figures) and
25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 029 2018 0,
0141 496 0, 0161 496 0; North America 555-01xx; Australia's listed 0491 57x numbers; France
06 39 98; Germany 030 23125, 089 99998) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (Indian Aadhaar, Brazilian CPF, German tax id, NHS
number, Australian TFN and Medicare, Norwegian fødselsnummer, South African id, Japanese My
Number, Portuguese NIF, French NIR, Turkish kimlik, Finnish henkilötunnus, Spanish DNI,
Swedish personnummer, Polish PESEL, Italian codice fiscale, Irish PPS, Chinese resident id,
Chilean RUT, Korean resident registration number, Dutch BSN, Singapore NRIC, Canadian
SIN).

Run ``.venv/bin/python bench/data/build_blind80.py`` from the repository root; the output is
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
    fodselsnummer_ok,
    hetu_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
    word_count,
)
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 5
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sgt|SGT|SPC|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to an assistant: the first 30 in lower case, then 5 in other languages.
CHAT = [
    # all lower case
    "can you write a short text to my landlord [[PERSON|gary]] saying the boiler's broken again, his number is [[PHONE_NUMBER|07700900417]]",
    "my wifi password is [[PASSWORD|orangecat1987]] and the router keeps dropping every evening, what settings should i check",
    "summarise this for me: hi [[PERSON|priya]], the plumber is coming thursday between 8 and 12, can you let him in? thanks, [[PERSON|dev]]",
    "help me reply to [[PERSON|oluwaseun adeyemi]] who asked if i can cover his shift on saturday. i can't, it's my kid's recital",
    "what's a polite way to remind mrs [[PERSON|kowalczyk]] she still owes £40 for the school trip",
    "i keep forgetting my card pin ([[PASSWORD|0382]]). is there a safe way to remember it without writing it down",
    "translate into spanish: dear [[PERSON|lucía]], your appointment is confirmed for monday at 10. call [[PHONE_NUMBER|+34 612 847 390]] if you need to change it",
    "fix the grammar: me and [[PERSON|tomasz]] was going to the shop when his car broke down",
    "my email is [[EMAIL_ADDRESS|j.okafor88@gmail.com]], can you write a signature block for me as a junior accountant",
    "plan a 3 day trip to lisbon for me and my sister [[PERSON|inês]], we land friday morning and like food markets",
    "login [[ID_NUMBER|mbecker_42]] password [[PASSWORD|sommer2024!]] not working on the staff portal, what should i tell it support",
    "calculate how much [[PERSON|ahmed]] owes me: he paid 45 for the tickets, i paid 120 for dinner and we split everything in half",
    "draft a message to the school saying [[PERSON|noah brennan]] in year 4 is off sick today. we live at [[STREET_ADDRESS|14 kingfisher way, swindon sn25 4fj]] if they want to post work home",
    "can you check if this iban looks right before i send the rent: [[IBAN_CODE|de52 5001 0517 0648 2937 15]]",
    "my grandad [[PERSON|wilf]] got a new phone, his old one had the pin [[PASSWORD|190346]]. what's the easiest way to move his contacts over",
    "write a birthday message for [[PERSON|rose]], she's turning 60 and loves her allotment",
    "the door code for the flat is [[PASSWORD|4719#]], write a welcome note for my airbnb guests with check-in at 3pm",
    "reply to this: 'hey its [[PERSON|kenji]], can u send me the notes from tuesday' - say yes and ask which email he wants them on",
    "my member number at the gym is [[ID_NUMBER|40718236]] and they charged me twice this month, write a complaint",
    "help me write a reference for my former employee [[PERSON|hannah lindqvist]], she worked for us 3 years in customer support",
    "whats the fairest way to split bills with my flatmates [[PERSON|sam]] and [[PERSON|olu]]? rent is 1650 a month and my room is bigger",
    "my ssn is [[US_SSN|412-68-3057]], is it safe to put that on a job application form before the interview",
    "write a short bio for our team page: [[PERSON|marta ferreira]], physio, 12 years experience, reach her at [[EMAIL_ADDRESS|marta.f@clinicafisio.pt]]",
    "turn this into a polite email: [[PERSON|bob]] you still haven't returned my drill and i need it this weekend",
    "my daughter [[PERSON|aaliyah]] has a fever of 38.5 and a rash on her tummy, should i take her to urgent care tonight",
    "ssh keeps timing out to [[IP_ADDRESS|203.0.113.47]] from home but it works from the office. any ideas",
    "make me a hospital bag checklist, my partner [[PERSON|chidi]] is due in 3 weeks",
    "shopping list for a dinner party for 8 please, my friend [[PERSON|sun-hee]] is vegetarian and [[PERSON|paddy]] can't eat nuts",
    "our netflix login is [[EMAIL_ADDRESS|thehousefamily@outlook.com]] / [[PASSWORD|popcorn!sofa7]], write a note for the babysitter on how to put kids shows on",
    "write a card for [[PERSON|grace]] who's leaving the team, something funny about always being late to standup",
    # other languages
    "¿Puedes ayudarme a escribir un correo a [[PERSON|Javier Ortega Ruiz]] para pedirle el contrato firmado? Su correo es [[EMAIL_ADDRESS|jortega@inmobiliaria-sur.es]].",
    "Bitte formuliere eine kurze Nachricht an Frau [[PERSON|Schäfer]]: Ich komme morgen erst um 10 Uhr, mein Zug fällt aus. Ihre Nummer ist [[PHONE_NUMBER|030 23125 684]].",
    "Peux-tu traduire en anglais : « Bonjour, je m'appelle [[PERSON|Amélie Rousseau]], j'habite au [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]] et je voudrais résilier mon abonnement. »",
    "Pode resumir isto? O cliente [[PERSON|João Pedro Almeida]], CPF [[ID_NUMBER|719.364.028-31]], pediu o reembolso da passagem de 12 de março.",
    "Scrivi un messaggio gentile per [[PERSON|Giulia]]: le ho mandato i soldi sull'IBAN [[IBAN_CODE|IT14 K030 6909 6061 0000 0184 527]] ma dice che non sono arrivati.",
    # English with capitals
    "Can you draft an out-of-office reply? I'm away until the 14th; urgent payroll questions go to [[PERSON|Deborah Mensah]] at [[EMAIL_ADDRESS|d.mensah@harlowfoods.co.uk]] or [[PHONE_NUMBER|020 7946 0318]].",
    "My son [[PERSON|Mateo]] keeps getting 60s on his maths tests. Can you make a 4-week study plan for a 13-year-old?",
    "Rewrite this so it sounds less angry: '[[PERSON|Kevin]], for the third time, the invoice is overdue and I need payment by Friday.'",
    "I need to update my address with HMRC. The new one is [[STREET_ADDRESS|Flat 3, 27 Chesterton Road, Cambridge CB4 3AN]]. What's the quickest way?",
    "What should I say when I call the bank about a charge I don't recognise on [[CREDIT_CARD|4532 1769 0284 3157]]? It was £312 at an electronics shop I've never been to.",
    "Summarise this thread for me: [[PERSON|Ravi]] wants the launch moved to May, [[PERSON|Elena Popescu]] says marketing can't do it before June, and [[PERSON|Tom]] hasn't replied.",
    "Please translate to Japanese for my host family: Hello, I am [[PERSON|Chloe Martin]] and I arrive at Narita on the 3rd. My phone is [[PHONE_NUMBER|+1 415 555 0162]].",
    "Our office wifi is Guest-3F and the key is [[PASSWORD|Lantern-Velvet-92]]. Write a small sign for the meeting room with those details.",
    "My mother-in-law [[PERSON|Fatima Al-Rashid]] was prescribed metformin 500mg twice a day. Is it okay for her to take it with her evening tea?",
    "How do I tell my manager [[PERSON|Greg]] that I need Thursday afternoons off for physio without sounding like I'm slacking?",
    "Check my budget: salary 2,850 after tax, rent 1,100, car 240, food 400, phone 35. How much can I move into savings account [[ID_NUMBER|83104476]] each month?",
    "Write a thank-you note to Dr [[PERSON|Nwosu]] for looking after my dad during his stay on ward 7.",
    "Hi, my Outlook account [[EMAIL_ADDRESS|samira.haddad@hotmail.com]] got locked after too many attempts. The recovery phone is [[PHONE_NUMBER|07700 900652]]. What do I do?",
    "Help me plan a surprise 40th for my husband [[PERSON|Andrzej]]. About 25 guests, budget £600, he loves jazz and Polish food.",
    "Draft a letter disputing a parking fine I got outside the hospital. My name is [[PERSON|Colm Fitzgerald]] and I live at [[STREET_ADDRESS|12 Ashgrove Park, Ballincollig, Co. Cork P31 X2K8]].",
    "Our Jenkins box at [[IP_ADDRESS|198.51.100.23]] pulls from the registry with token [[API_KEY|jk_4TnP0wQ8Lx2ZrV6bHs1Mc9Ey]] and keeps failing on the deploy step with exit code 137. What usually causes that?",
    "Can you explain this payslip line? 'Employee ID [[ID_NUMBER|EMP-20417]] – NI adjustment –£18.40'. I'm [[PERSON|Lauren Whitfield]] and I didn't change anything.",
    "Proofread my cover letter opening: My name is [[PERSON|Adaeze Nwankwo]] and I am applying for the data analyst role I saw advertised on your website.",
    "My landlord, Mr [[PERSON|Haverford]], wants to keep £500 of my deposit for wear and tear. Is that allowed in England?",
    "I'm flying to Toronto next week, booking reference [[ID_NUMBER|QX7R2M]], under [[PERSON|Ana Beatriz Souza]]. Can I bring a power bank in checked luggage?",
    "Set up a weekly chore chart for the kids: [[PERSON|Leo]] (9), [[PERSON|Maisie]] (7) and [[PERSON|Arlo]] (4).",
    "What's the monthly payment on a £14,000 car loan at 6.9% over 4 years? The loan account is [[ID_NUMBER|LN-5520381]] if you need it for the letter after.",
    "Write a LinkedIn recommendation for [[PERSON|Siddharth Iyer]], who managed our move to the new CRM and trained 40 people.",
    "My password for the council tax portal is [[PASSWORD|Bluebell*Lane33]] and it says expired. Can I reuse it with a number changed or is that bad practice?",
    "Please reply to [[PERSON|Hyun-woo]] in Korean: thanks for the invite, I'll be there at 7 and I'll bring dessert.",
    "My nephew [[PERSON|Dmitri Volkov]] ([[PERSON|Дмитрий Волков]] on his documents) is applying to universities in the UK. What papers does an international student usually need?",
    "Help me word a message to the neighbours at [[STREET_ADDRESS|48 Maple Crescent, Oakville, ON L6J 2K4]] about the fence we share. It's leaning into our garden.",
    "I got a text from [[PHONE_NUMBER|+44 7700 900281]] saying my parcel is held and I need to pay £1.99. Is this a scam?",
    "Calculate my overtime: I'm on £13.20 an hour, time and a half after 37.5 hours, and I did 46 hours last week. Staff no. [[ID_NUMBER|77215]] if that matters.",
    "Can you write to my son's teacher, Ms [[PERSON|Abernathy]], asking whether [[PERSON|Finn]] can leave at 2pm on Friday for a dentist appointment?",
    "What does this error mean? 'Authentication failed for user [[ID_NUMBER|r.okonkwo]] from [[IP_ADDRESS|192.0.2.118]]'. I'm pretty sure I typed the right password.",
    "I'm writing my will. Help me phrase a clause leaving my piano to my niece [[PERSON|Saoirse Byrne]] and the rest split equally between my two sons.",
    "Translate to French for the landlord: I, [[PERSON|Michael Adeyinka]], will move out of the flat at [[STREET_ADDRESS|9 avenue Jean Jaurès, 69007 Lyon]] on 30 June.",
    "Give me a gentle way to tell my friend [[PERSON|Bea]] I can't be her bridesmaid because of money.",
    "Our calls to the shipping service fail with 401. We're sending the header x-api-key: [[API_KEY|shp_live_7Qm2Xv9Lr4Tz8Wk1Nc6Bd3Hf]]. Is the format wrong?",
    "Track my spending: I paid [[PERSON|Kemi]] back £35, got £20 from [[PERSON|Jordan]], and spent £62 on groceries. Starting balance was £410.",
    "Write a cheerful text to my granddaughter [[PERSON|Zuzanna]] wishing her luck in her driving test tomorrow.",
    "I need to cancel my gym membership. Member number [[ID_NUMBER|GYM-0049217]], name [[PERSON|Patrick O'Hare]]. Draft the email for me.",
    "My partner [[PERSON|Ye-jin]] and I want to buy a flat. We have £32k saved. How much should we keep aside for fees and moving?",
    "Explain this hospital letter in simple words: patient number [[ID_NUMBER|RXH 448 1932]], [[PERSON|Edna Pryce]], follow-up echocardiogram, fasting not required.",
    "Help! I sent £750 to the wrong IBAN, [[IBAN_CODE|GB26 BARC 2003 5381 9472 65]], instead of my builder's. What should I do first?",
    "Please draft a reminder for the parents' group chat: swimming is moved to Wednesday, and [[PERSON|Oksana]] is collecting the kids from school this week.",
    "My mum's name is [[PERSON|Ngozi Eze]] and she needs a letter to her GP asking for her repeat prescription to go to a different pharmacy. Can you write it?",
    "Is it safe to give my Aadhaar [[ID_NUMBER|5820 3917 4621]] to a coworking space for registration? They asked for a photocopy too.",
    "Could you make this sound more professional? 'hey all, [[PERSON|Björn]] is off today so ping me for anything urgent'",
    "My wife [[PERSON|Xu Ying]] ([[PERSON|许莹]]) needs her bank statement translated into English for the visa office. What should the header look like?",
    "Write a short note to leave with the spare key for the dog sitter. The alarm code is [[PASSWORD|2716]] and the dog is called Biscuit.",
    "What's a fair way to split a £180 taxi from the airport between me, [[PERSON|Reuben]], [[PERSON|Mariam]] and [[PERSON|Lukas]] if [[PERSON|Lukas]] got dropped off halfway?",
    "My university login is [[ID_NUMBER|s2174093]] / [[PASSWORD|Tuesday-Kettle-58]] and I can't see my grades on the portal since yesterday. Who do I usually contact?",
    "Please draft a condolence message to [[PERSON|Imran]], whose father passed away last week. We work together but aren't very close.",
    "Turn these notes into minutes. Attendees: [[PERSON|Hélène Dubois]], [[PERSON|Kwame Boateng]], [[PERSON|Li Wen]]. Agreed to push the audit to Q3. [[PERSON|Kwame]] to chase the vendor.",
    "I moved to Munich last year. My Steuer-ID is [[ID_NUMBER|47281039566]]. Do I need to file a tax return if I only had one employer?",
    "I need to change the delivery address on my order to [[STREET_ADDRESS|221 Bayview Drive, Apt 5C, San Diego, CA 92109]]. Write a short message to the seller.",
    "My teenage son [[PERSON|Caleb]] wants a part-time job. What's a sensible number of hours during exam season?",
    "Help me get back into my account. The authenticator app was on my old phone and the backup code they gave me, [[PASSWORD|83920174]], isn't working.",
    "Write an apology to our customer Mrs [[PERSON|Delacroix-Henning]], whose sofa arrived damaged, and offer a free repair visit.",
    "Plan a road trip from Denver to Moab for me and [[PERSON|Tyler]], leaving Saturday morning, 3 nights, tent camping.",
    "Hi, [[PERSON|Precious]] here. I'm a nurse on nights. Is it okay to take melatonin at 8am before I go to sleep?",
    "The bank asked me to confirm my card number for a refund by email. It's [[CREDIT_CARD|5167 4209 3815 6625]]. Should I send it?",
    "Draft a text to [[PERSON|Callum]] asking him to move his van; it's blocking our drive at [[STREET_ADDRESS|5 Larch Close, Leeds LS16 6QT]].",
    "My dad [[PERSON|Enrique]] forgot the password to [[EMAIL_ADDRESS|enrique.mora51@yahoo.com]]. The recovery question is about his first school. How do we get back in?",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Dana]] from the dentist, just confirming tomorrow at 9:15, call us back on [[PHONE_NUMBER|(312) 555-0147]] if you can't make it.'",
    "What's the best way to store the server root password [[PASSWORD|Xq7#ruby-lake]] so the rest of the team can get at it safely?",
    "Please format this for an envelope: SGT [[PERSON|Marcus Delaney]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]].",
    "My kid's school ID is [[ID_NUMBER|STU-88130]] and the lunch account shows -£14. How do I top it up online?",
    "Write a quick thank-you to [[PERSON|Esperanza]] for looking after the cat while we were in Greece.",
    "I'm applying for a flat in Berlin. They want proof of income and my passport number [[ID_NUMBER|C4F7R92KL]]. Is that normal?",
    "My accountant in Brisbane wants my TFN, [[ID_NUMBER|719 283 546]], over email. Is that safe or should I phone it through? I'm [[PERSON|Brodie]], by the way.",
    "My work email [[EMAIL_ADDRESS|n.petrova@bridgeline-logistics.com]] gets tons of spam since I signed up for a webinar. How do I set a rule in Outlook?",
    "Help me plan a week of meals for [[PERSON|Harriet]], who just had gallbladder surgery and needs low-fat food.",
    "The printer at [[IP_ADDRESS|2001:db8:4a1::1c]] won't show up on my Mac. Windows laptops can see it fine.",
    "Draft a message to the plumber, [[PERSON|Stavros]], on [[PHONE_NUMBER|+30 694 218 3307]], asking if he can come Tuesday instead.",
    "Check the tone: 'Dear Professor [[PERSON|Lindgren]], I am sorry I missed the essay deadline, my grandmother was in hospital all week.'",
    "My NHS number is [[ID_NUMBER|401 837 2655]]. The GP surgery says they can't find me on the system. What should I bring when I go in?",
    "Write a short speech for my parents' 35th anniversary. Their names are [[PERSON|Gordon]] and [[PERSON|Linda]], and they met at a bus stop in Dundee.",
    "How do I ask my bank to raise the daily transfer limit on account [[ID_NUMBER|20-45-17 63018274]]?",
    "Give me tips for my first week as a manager. My team is [[PERSON|Joy]], [[PERSON|Ikechukwu]] and [[PERSON|Mark]], and [[PERSON|Mark]] applied for my job too.",
    "Please translate 'my name is [[PERSON|Aisha Bello]] and I am allergic to penicillin' into Turkish for my holiday.",
    "I'm [[PERSON|Dominik]], the sysadmin. Someone logged in as [[ID_NUMBER|admin_kraus]] from [[IP_ADDRESS|198.51.100.201]] at 3am. Write me a short incident note for my boss.",
    "Can you make a packing list for Iceland in March? I'm flying with [[PERSON|Sigrún]] and her two boys.",
    "How long will it take to pay off my credit card [[CREDIT_CARD|2221 0483 7259 1642]], balance £2,300 at 24% APR, if I pay £150 a month?",
    "My mother [[PERSON|Rukhsana Begum]] is 74 and fell yesterday. She seems fine but her wrist is swollen. Should she go to A&E or wait for the GP?",
    "Write an email to my team saying [[PERSON|Valentina]] joins on Monday as a designer and will sit next to [[PERSON|Owen]].",
    "Help me reply to the estate agent: the viewing for [[STREET_ADDRESS|3/14 Rosalind Street, Carlton VIC 3053]] works on Saturday. My number is [[PHONE_NUMBER|0491 570 156]].",
    "Can you help me write to HR? I'm [[PERSON|Kateryna Bondarenko]], employee [[ID_NUMBER|HR-310774]], and my bank details changed to [[IBAN_CODE|PL31 1090 1014 0000 0718 3027 6415]].",
]

# 100 records in the style of synthetic PII benchmark datasets: one invented person each.
RECORDS = [
    "Name: [[PERSON|Aurelio Benedetti]] | Email: [[EMAIL_ADDRESS|a.benedetti@libero.it]] | Phone: [[PHONE_NUMBER|+39 347 218 5590]]",
    "Contact [[PERSON|Wanjiru Kamau]] at [[PHONE_NUMBER|+254 722 418 903]] about the delivery to [[STREET_ADDRESS|Ngong Road, Plot 44, Nairobi 00100]].",
    "[[PERSON|Henrik Solberg]], fødselsnummer [[ID_NUMBER|14078534673]], bor i [[STREET_ADDRESS|Thorvald Meyers gate 58, 0552 Oslo]].",
    "Customer [[PERSON|Megan Tran]] paid with card [[CREDIT_CARD|4929 0571 8364 2073]], billing ZIP 97214.",
    "Patient: [[PERSON|Gareth Llewellyn]]; NHS No: [[ID_NUMBER|612 093 8478]]; Tel: [[PHONE_NUMBER|029 2018 0734]]; Allergies: none known.",
    "User [[ID_NUMBER|kfischer]] ([[PERSON|Katrin Fischer]]) logged in from [[IP_ADDRESS|192.0.2.64]] at 08:14:22 UTC.",
    "Employee: [[PERSON|Thandiwe Ndlovu]], ID number [[ID_NUMBER|9206115031084]], start date 01/03/2021, department: Finance.",
    "Dear Mr [[PERSON|Okonjo]], your policy [[ID_NUMBER|HX-7720391-02]] renews on 1 September. Premium: £412.60.",
    "[[PERSON|Lena Hoffmann]], [[STREET_ADDRESS|Goethestraße 17, 04109 Leipzig]], Steuer-ID [[ID_NUMBER|83910472652]]",
    "Beneficiary: [[PERSON|Pieter de Vries]] – IBAN [[IBAN_CODE|NL09 RABO 0387 1549 26]] – Ref: March rent",
    "氏名: [[PERSON|田中 美咲]] ([[PERSON|Misaki Tanaka]]), マイナンバー [[ID_NUMBER|5182 7364 9017]], 携帯 [[PHONE_NUMBER|090-3817-5264]]",
    "SSN: [[US_SSN|531-72-8846]]  Name: [[PERSON|Brandon Kowalski]]  DOB: 04/11/1988",
    "[[PERSON|Sofía Ramírez]] changed her password to [[PASSWORD|Girasol#2291]] on 12 May.",
    "Ship to: [[PERSON|Arjun Mehta]], [[STREET_ADDRESS|B-204, Sunshine Apartments, Andheri West, Mumbai 400053]], mob. [[PHONE_NUMBER|+91 98203 41756]]",
    "Account holder [[PERSON|Olivier Lambert]], IBAN [[IBAN_CODE|BE41 3104 9172 6538]], client no. [[ID_NUMBER|CL-884201]]",
    "Profile: [[PERSON|Chen Jiahui]], username [[ID_NUMBER|jiahui_c]], email [[EMAIL_ADDRESS|chenjiahui@163.com]], joined 2019.",
    "Clinical note: [[PERSON|Marguerite Aubry]], NIR [[ID_NUMBER|2 84 07 75 113 482 87]], seen for follow-up of hypertension; BP 138/86.",
    "[[PERSON|Yusuf Demir]] – T.C. Kimlik No: [[ID_NUMBER|38471926000]] – Tel: [[PHONE_NUMBER|+90 532 418 27 63]]",
    "Driver: [[PERSON|Liam O'Sullivan]], licence no. [[ID_NUMBER|OSULL803157LD9AB]], vehicle hire agreement signed.",
    "From: [[PERSON|Beatriz Costa]] <[[EMAIL_ADDRESS|beatriz.costa@sapo.pt]]> Subject: NIF [[ID_NUMBER|238194752]] para a fatura",
    "Wi-Fi for guest [[PERSON|Ingrid]]: network HOMEBASE, key [[PASSWORD|fjord7-Moss-lantern]]",
    "Card on file for [[PERSON|Darnell Hughes]]: [[CREDIT_CARD|374681209573240]], exp 09/27.",
    "[[PERSON|Anneli Virtanen]], henkilötunnus [[ID_NUMBER|210794-318P]], osoite [[STREET_ADDRESS|Mannerheimintie 112 A 7, 00250 Helsinki]]",
    "Member [[PERSON|Rosa Jiménez]] (no. [[ID_NUMBER|MB-40398812]]) asked for a new card; send it to [[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]].",
    "Reference: [[PERSON|Samuel Asante]] worked as a warehouse supervisor from 2018 to 2023. He can be reached on [[PHONE_NUMBER|0161 496 0582]].",
    "DNI: [[ID_NUMBER|53918274H]] — Nombre: [[PERSON|Carmen Vidal Soler]] — Tel.: [[PHONE_NUMBER|+34 655 903 127]] — IBAN: [[IBAN_CODE|ES32 2100 0418 4507 3192 6480]]",
    "Login failed: user=[[ID_NUMBER|tbaptiste]] name='[[PERSON|Thierry Baptiste]]' src=[[IP_ADDRESS|203.0.113.9]]",
    "Insured: [[PERSON|Harold Jenkins]], policy [[ID_NUMBER|PLC-90317724]], vehicle 2016 Ford Focus, excess £250.",
    "[[PERSON|Nomvula Mahlangu]] | [[EMAIL_ADDRESS|nomvula.m@webmail.co.za]] | [[PHONE_NUMBER|+27 82 419 6038]] | Durban",
    "Emergency contact for [[PERSON|Kiri Te Awa]]: [[PHONE_NUMBER|+64 21 384 9927]] (partner).",
    "Payroll change: [[PERSON|Mohammed Al-Farsi]], employee no. [[ID_NUMBER|E-118427]], new account [[IBAN_CODE|DE90 3704 0044 0917 3628 45]].",
    "Name [[PERSON|Jovana Petrović]], passport [[ID_NUMBER|014829375]], nationality Serbian, travelling 14–21 Oct.",
    "[[PERSON|Freya Lindholm]] (personnummer [[ID_NUMBER|890417-5638]]) is registered at [[STREET_ADDRESS|Södermannagatan 21, 116 40 Stockholm]].",
    "Tenant: [[PERSON|Malik Johnson]], [[STREET_ADDRESS|1438 W Addison St, Apt 2R, Chicago, IL 60613]], phone [[PHONE_NUMBER|(773) 555-0129]].",
    "Student record: [[PERSON|Amara Okeke]], student ID [[ID_NUMBER|U2291847]], programme BSc Nursing, year 2.",
    "Aadhaar: [[ID_NUMBER|9274 6130 5844]]  Name: [[PERSON|Lakshmi Narayanan]]  Mobile: [[PHONE_NUMBER|9840173625]]",
    "[[PERSON|Wojciech Zieliński]], PESEL [[ID_NUMBER|92031548378]], adres: [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]]",
    "Hi [[PERSON|Gemma]], your temporary password is [[PASSWORD|Rx4!tamarind]]. Please change it after your first login.",
    "Visitor log: [[PERSON|Bashir Rahimi]], host: Facilities, in 09:40, mobile [[PHONE_NUMBER|07700 900763]].",
    "[[PERSON|Xóchitl Hernández]] — [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]] — [[PHONE_NUMBER|+52 55 4129 8830]]",
    "Direct debit mandate: [[PERSON|Nicolas Girard]], IBAN [[IBAN_CODE|FR44 2004 1010 0507 2918 4M03 651]]",
    "Clinic booking: [[PERSON|Zainab Hussain]], patient ID [[ID_NUMBER|PT-0038812]], contact [[EMAIL_ADDRESS|zainab.h92@gmail.com]].",
    "[[PERSON|Ethan Brooks]] | SSN [[US_SSN|287-41-6093]] | W-4 filed | direct deposit pending",
    "Note: [[PERSON|Pooja]]'s locker code is [[PASSWORD|5-19-32]].",
    "[[PERSON|Kofi Mensah-Bonsu]], [[STREET_ADDRESS|House No. 12, Osu Badu Street, Accra]], tel. [[PHONE_NUMBER|+233 24 418 3096]]",
    "Registered keeper: [[PERSON|Deirdre Maguire]], PPSN [[ID_NUMBER|4817392K]], [[STREET_ADDRESS|22 Castle Street, Dalkey, Co. Dublin A96 K2T4]]",
    "API key for [[PERSON|Alex Moreau]]'s sandbox: [[API_KEY|ak_9d2FqL7vXe41mRt0ZyPw83Kc]]",
    "Caller: [[PERSON|Sunita Rao]], callback [[PHONE_NUMBER|(604) 555-0188]], SIN [[ID_NUMBER|046 182 739]], query about benefits.",
    "[[PERSON|Mario Rossetti]] — codice fiscale [[ID_NUMBER|RSSMRA85T10A562S]] — [[EMAIL_ADDRESS|mario.rossetti@tiscali.it]]",
    "Room 14, bed B: [[PERSON|Agnieszka Nowak]], hospital no. [[ID_NUMBER|H0927341]], nil by mouth from midnight.",
    "Account [[ID_NUMBER|00183726]] – [[PERSON|Graham Ashworth]] – overdraft limit raised to £1,000.",
    "Sender: [[PERSON|Rania Khalil]] ([[PERSON|رانيا خليل]]), email [[EMAIL_ADDRESS|rania.khalil@gmx.net]], phone [[PHONE_NUMBER|+971 50 318 4472]]",
    "[[PERSON|Connor Walsh]] reset the staff door PIN on Level 2 to [[PASSWORD|8305]].",
    "Bill to [[PERSON|Yolanda Pierce]], [[STREET_ADDRESS|77 Elm Street, Burlington, VT 05401]]. Invoice no. 2024-0611.",
    "[[PERSON|Björk Sigurðardóttir]] – [[EMAIL_ADDRESS|bjork.sig@simnet.is]] – [[PHONE_NUMBER|+354 861 2047]]",
    "HR note: [[PERSON|Tariq Siddiqui]] (emp. [[ID_NUMBER|40921]]) on parental leave until 3 Feb; cover by team lead.",
    "Name: [[PERSON|Hoàng Thị Mai]]; Address: [[STREET_ADDRESS|45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]]; Phone: [[PHONE_NUMBER|+84 908 214 376]]",
    "Claimant [[PERSON|Oscar Berglund]], lost luggage, policy [[ID_NUMBER|TRV-2291-5510]], pay to [[IBAN_CODE|SE18 5000 0000 0583 9147 2608]].",
    "[[PERSON|Nadia Haddad]] uses the passphrase [[PASSWORD|copper kettle winter road]] for the shared drive.",
    "Delivery note, leave with neighbour: [[PERSON|Fergus McAllister]], [[STREET_ADDRESS|Flat 2/1, 88 Byres Road, Glasgow G12 8TB]], [[PHONE_NUMBER|0141 496 0219]]",
    "Resident ID [[ID_NUMBER|110105198807124039]] belongs to [[PERSON|Zhang Lei]], registered in Beijing.",
    "[[PERSON|Camila Rojas]], RUT [[ID_NUMBER|14.382.917-0]], email [[EMAIL_ADDRESS|camila.rojas.v@gmail.com]]",
    "Server access granted to [[PERSON|Marek Novák]] – IP [[IP_ADDRESS|198.51.100.77]] – key [[API_KEY|mk_prod_Hx82kLq0Vd5Rw3JtZs9P]]",
    "Dear [[PERSON|Ama]], your appointment with the midwife is on Tuesday at 11:30 (patient ref [[ID_NUMBER|MW-55103]]).",
    "[[PERSON|Lucas Moreira]] | CPF [[ID_NUMBER|305.817.462-44]] | [[PHONE_NUMBER|+55 21 98174-3026]]",
    "Holder: [[PERSON|Ingeborg Haas]], card [[CREDIT_CARD|5374 8102 9476 3155]], blocked after 3 wrong PINs.",
    "Applicant [[PERSON|Keanu Kahale]], [[STREET_ADDRESS|94-1021 Waipahu St, Waipahu, HI 96797]], email [[EMAIL_ADDRESS|kkahale@hawaiiantel.net]]",
    "Refund issued to [[PERSON|Siobhan Doyle]], IBAN [[IBAN_CODE|IE74 BOFI 9014 9173 8526 40]], amount €86.20.",
    "[[PERSON|Rahul Verma]] – username [[ID_NUMBER|rverma.dev]] – password [[PASSWORD|Monsoon@4411]]",
    "Profile: [[PERSON|Sakura Ito]], 34, graphic designer, Osaka. Email [[EMAIL_ADDRESS|sakura.ito.design@docomo.ne.jp]], tel [[PHONE_NUMBER|06-6241-8830]].",
    "[[PERSON|Emre Yılmaz]], [[STREET_ADDRESS|Bağdat Caddesi No: 318 D: 6, 34728 Kadıköy/İstanbul]]",
    "BSN [[ID_NUMBER|164938278]] – [[PERSON|Sanne Jansen]] – [[STREET_ADDRESS|Oudegracht 142, 3511 AZ Utrecht]]",
    "Medical alert: [[PERSON|Harvey Coleman]], type 1 diabetic, Medicare [[ID_NUMBER|2951 38462 1]], phone [[PHONE_NUMBER|0491 571 266]].",
    "[[PERSON|Goh Mei Ling]], NRIC [[ID_NUMBER|S9127364J]], [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412]]",
    "Loan application: [[PERSON|Vusi Khumalo]], monthly income R28,000, account [[ID_NUMBER|62849173052]].",
    "[[PERSON|Isabelle Fournier]] · [[PHONE_NUMBER|06 39 98 41 27]] · [[EMAIL_ADDRESS|isa.fournier@orange.fr]]",
    "Emp [[ID_NUMBER|A77310]] [[PERSON|Gustavo Pereira]] clocked in 07:58 from terminal [[IP_ADDRESS|192.0.2.200]]",
    "[[PERSON|Choi Min-jun]], RRN [[ID_NUMBER|870523-1726341]], mobile [[PHONE_NUMBER|010-4827-3316]]",
    "Policyholder [[PERSON|Evelyn Marsh]], home insurance [[ID_NUMBER|HOM-448120-7]], [[STREET_ADDRESS|16 Orchard Way, Tiverton EX16 5LP]]",
    "Security review: [[PERSON|Felix Wagner]] still uses the password [[PASSWORD|Alpenblick!1990]], flagged as weak.",
    "[[PERSON|Tamar Cohen]] | [[EMAIL_ADDRESS|tamar.cohen@walla.co.il]] | [[PHONE_NUMBER|+972 54 317 2290]]",
    "Next of kin: [[PERSON|Moana Tuilagi]], [[PHONE_NUMBER|+64 27 481 0935]]",
    "Pay to [[PERSON|Anders Kjær]], [[IBAN_CODE|DK65 0040 0440 3829 17]], invoice 5583.",
    "[[PERSON|Lerato Molefe]], [[STREET_ADDRESS|31 Jan Smuts Ave, Parktown, Johannesburg 2193]], cell [[PHONE_NUMBER|+27 71 604 2815]]",
    "Mailing address: SPC [[PERSON|Jamal Whitaker]], [[STREET_ADDRESS|PSC 1013, Box 2287, APO AE 09021]]",
    "[[PERSON|Greta Baumann]] Tel. [[PHONE_NUMBER|089 99998 412]] Mitgliedsnr. [[ID_NUMBER|M-2031-774]]",
    "User profile – name: [[PERSON|Ilya Sokolov]] ([[PERSON|Илья Соколов]]), login: [[ID_NUMBER|isokolov]], last IP [[IP_ADDRESS|203.0.113.156]]",
    "[[PERSON|Aoife Gallagher]] paid €40 by card [[CREDIT_CARD|4558 9301 6472 8392]] for the club membership.",
    "Re: [[PERSON|Winston Adebayo]], DOB 02/06/1957, hospital no. [[ID_NUMBER|K4419027]]. Seen today in the chest clinic.",
    "Parent contact: [[PERSON|Maribel Cruz]], [[PHONE_NUMBER|+63 917 482 3301]], [[EMAIL_ADDRESS|maribelcruz.ph@yahoo.com]]",
    "[[PERSON|Rupert Pemberton-Clarke]], [[STREET_ADDRESS|The Old Rectory, Church Lane, Little Haddon, Norfolk NR12 8QE]]",
    "Gate code for Ms [[PERSON|Abubakar]]'s unit: [[PASSWORD|0614#]]",
    "Account holder [[PERSON|Kwabena Owusu]], sort code and account [[ID_NUMBER|40-11-62 71039284]], card [[CREDIT_CARD|5481 0937 6254 1904]]",
    "[[PERSON|Louise Bergeron]], [[STREET_ADDRESS|1280 rue Sherbrooke Ouest, app. 9, Montréal QC H3G 1H4]], [[PHONE_NUMBER|(514) 555-0173]]",
    "Candidate: [[PERSON|Jae-won Park]] — GitHub [[ID_NUMBER|jwpark-dev]] — [[EMAIL_ADDRESS|jaewon.park@kaist.ac.kr]]",
    "[[PERSON|Hugo Lefèvre]] a oublié son code d'accès : [[PASSWORD|7731]].",
    "Insurance: [[PERSON|Natasha Ivanova]], member [[ID_NUMBER|BUPA-6629014]], [[PHONE_NUMBER|020 7946 0825]]",
    "[[PERSON|Darius Farahani]], [[STREET_ADDRESS|2217 Westwood Blvd, Los Angeles, CA 90064]], SSN [[US_SSN|603-18-4927]]",
    "Volunteer: [[PERSON|Olga Kuznetsova]], DBS checked, mobile [[PHONE_NUMBER|07700 900934]], email [[EMAIL_ADDRESS|olga.k@btinternet.com]]",
    "Anagrafica: [[PERSON|Chiara Galli]], C.F. [[ID_NUMBER|GLLCHR92M47L219K]], [[STREET_ADDRESS|Via Po 23, 10124 Torino]]",
]

# 100 clean texts: prompts and questions in the styles of public benchmarks.
CLEAN_MTBENCH = [
    "Write a short story of about 300 words in which a lighthouse keeper notices the light has started blinking in Morse code.",
    "Draft a product description for a reusable water bottle that keeps drinks cold for 24 hours. Aim for a friendly, upbeat tone.",
    "Write a sequence of four haiku that follow a single leaf from spring to winter.",
    "A train leaves a station at 3 pm at 60 km/h. A second train leaves the same station at 4 pm at 90 km/h on a parallel track. When does the second catch up? Explain your reasoning.",
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may take one fruit from one box without looking inside. How do you relabel all three correctly?",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Explain the difference between a process and a thread, with an example of when you would choose each.",
    "Write a SQL query that finds the top five customers by total order value in the last 90 days, given tables orders and order_items.",
    "Implement binary search in JavaScript so that it returns the insertion index when the target is not in the array.",
    "Pretend you are a tour guide in ancient Rome. Describe a walk from the Forum to the Colosseum for a group of visitors.",
    "Act as a patient chess coach and explain to a beginner why controlling the centre matters in the opening.",
    "You are a sommelier. Suggest a wine to go with mushroom risotto and explain your choice in three sentences.",
    "Explain why the sky is blue at noon but red and orange at sunset, using the idea of scattering.",
    "What is the difference between mitosis and meiosis? Give one reason each matters for living things.",
    "Describe step by step how a refrigerator moves heat from the inside to the outside.",
    "Explain how compound interest works and show how 1,000 grows at 5% a year over 10 years.",
    "What are some effective ways to deal with stress during exam season?",
    "How can a small business keep more of its customers without spending much money?",
    "What are the main differences between Python and Rust for writing command-line tools?",
    "How might daily life be different today if the printing press had never been invented?",
    "Write a polite email declining a job offer while leaving the door open for future opportunities.",
    "Summarise the main causes of the French Revolution in five bullet points.",
    "Give me a beginner running plan that builds up to a continuous 5 km run in eight weeks.",
    "Rewrite this sentence to be more concise: 'Due to the fact that it was raining, we made the decision to postpone the picnic until a later date.'",
    "Estimate how many piano tuners work in a city of two million people. Walk through your assumptions.",
]

CLEAN_GSM8K = [
    "Maya buys 3 notebooks at $2.50 each and 2 pens at $1.25 each. She pays with a $20 bill. How much change does she get?",
    "A baker makes 144 muffins and packs them into boxes of 6. He sells 19 boxes in the morning. How many muffins are left?",
    "Tariq reads 12 pages on Monday and twice as many on Tuesday. On Wednesday he reads 5 fewer pages than on Tuesday. How many pages does he read in total?",
    "A garden is 18 metres long and 7 metres wide. Priya wants to put a fence around it, and fencing costs $9 per metre. How much will it cost?",
    "Leo has 3 times as many marbles as Nina. Together they have 96 marbles. How many marbles does Leo have?",
    "A bus holds 48 passengers. Five classes of 27 students are going on a trip. How many buses are needed?",
    "Sofia earns $15 an hour and works 6 hours a day, 5 days a week. She saves one third of what she earns. How much does she save in 4 weeks?",
    "A water tank holds 600 litres and is 40% full. Jamal adds 150 litres. What percentage of the tank is full now?",
    "Hana's phone battery drops 8% every hour while she uses it. She starts at 100%. After how many full hours is it below 30%?",
    "Carlos bought a bike for $240 and sold it a year later for 25% less. How much did he sell it for?",
    "There are 30 students in a class. 2/5 walk to school, 1/3 take the bus and the rest are driven. How many are driven?",
    "Ella plants 4 rows of tulips with 15 bulbs in each row. A squirrel digs up 9 bulbs. How many bulbs are still planted?",
    "A recipe needs 250 grams of flour for 10 cookies. Omar wants to make 36 cookies. How much flour does he need?",
    "Grace runs 2.5 km every weekday and 6 km on Saturday, and rests on Sunday. How far does she run in 3 weeks?",
    "A shop sells apples at 3 for $1.20. How much do 15 apples cost?",
    "Ben is 4 years older than his sister Ruth. In 6 years the sum of their ages will be 40. How old is Ruth now?",
    "A car uses 7 litres of fuel per 100 km. Aiko drives 350 km and fuel costs $1.80 per litre. How much does she spend on fuel?",
    "Mateo has $85. He spends $23 on a game and half of what is left on a jacket. How much money does he have now?",
    "A library has 1,200 books. 15% are on loan and 60 are being repaired. How many books are on the shelves?",
    "Zara saves $5 in the first week and each week she saves $2 more than the week before. How much has she saved after 8 weeks?",
    "A farmer has 52 chickens and 17 cows. How many legs do the animals have altogether?",
    "Ivan's phone plan costs $28 a month plus $0.10 for each text over 200. He sends 340 texts. What is his bill?",
    "A pizza is cut into 12 slices. Kofi eats 3, Lina eats 2 and their dad eats twice as many as Lina. What fraction of the pizza is left?",
    "Rosa walks at 5 km/h and cycles at 15 km/h. She walks for 30 minutes and then cycles for 40 minutes. How far has she gone?",
    "A theatre has 24 rows of 18 seats. On Friday 85% of the seats were sold at $12 each. How much money did the theatre take?",
]

CLEAN_MMLU = [
    "Which of the following elements has the highest electronegativity? A. Sodium B. Chlorine C. Fluorine D. Oxygen",
    "Who wrote the Ninety-five Theses in 1517? A. John Calvin B. Martin Luther C. Ulrich Zwingli D. Thomas More",
    "The Peace of Westphalia (1648) is most closely associated with the end of which conflict? A. The Hundred Years' War B. The Thirty Years' War C. The Wars of the Roses D. The Seven Years' War",
    "A price ceiling set below the equilibrium price will most likely cause: A. a surplus B. a shortage C. no change in quantity D. higher prices",
    "Which organelle is the main site of ATP production in eukaryotic cells? A. Ribosome B. Golgi apparatus C. Mitochondrion D. Lysosome",
    "Which astronomer proposed the three laws of planetary motion? A. Galileo Galilei B. Johannes Kepler C. Tycho Brahe D. Nicolaus Copernicus",
    "What is the derivative of x·sin(x)? A. cos(x) B. x cos(x) + sin(x) C. x sin(x) D. cos(x) − sin(x)",
    "Under the US Constitution, the power to declare war belongs to: A. the President B. the Supreme Court C. Congress D. the Secretary of Defense",
    "Which philosopher wrote Leviathan? A. John Locke B. Thomas Hobbes C. Jean-Jacques Rousseau D. David Hume",
    "A deficiency of vitamin B12 is most likely to cause: A. scurvy B. rickets C. megaloblastic anaemia D. night blindness",
    "Which of these is a property of a primary key in a relational database? A. It may contain duplicates B. It uniquely identifies each row C. It must be a string D. It is always a foreign key",
    "The psychologist most associated with classical conditioning is: A. B. F. Skinner B. Ivan Pavlov C. Jean Piaget D. Sigmund Freud",
    "What is the value of x if 3x − 7 = 11? A. 4 B. 5 C. 6 D. 7",
    "Which empire was ruled by Mansa Musa in the 14th century? A. Songhai B. Mali C. Ghana D. Kanem-Bornu",
    "In a perfectly competitive market, firms in the long run earn: A. positive economic profit B. zero economic profit C. negative accounting profit D. monopoly rents",
    "Which gas makes up about 78% of Earth's atmosphere? A. Oxygen B. Argon C. Carbon dioxide D. Nitrogen",
    "Which fallacy attacks the person instead of the argument? A. Straw man B. Ad hominem C. Slippery slope D. Begging the question",
    "Who was the first woman to win a Nobel Prize? A. Rosalind Franklin B. Marie Curie C. Dorothy Hodgkin D. Lise Meitner",
    "The time complexity of building a binary heap from n elements is: A. O(n log n) B. O(n) C. O(log n) D. O(n²)",
    "Which amendment to the US Constitution abolished slavery? A. 13th B. 14th C. 15th D. 19th",
    "A ball is dropped from rest. Ignoring air resistance, how far does it fall in 2 seconds (g = 9.8 m/s²)? A. 9.8 m B. 19.6 m C. 29.4 m D. 39.2 m",
    "Which statement best describes John Maynard Keynes's view of recessions? A. Markets always clear quickly B. Aggregate demand can stay too low for long periods C. Money supply is irrelevant D. Unemployment is always voluntary",
    "Magna Carta was sealed in 1215 by which English king? A. Henry II B. Richard I C. John D. Edward I",
    "Which vessel carries oxygenated blood from the lungs to the heart? A. Pulmonary artery B. Pulmonary vein C. Superior vena cava D. Aorta",
    "What is the median of the set {3, 9, 4, 7, 12}? A. 4 B. 7 C. 8 D. 9",
]

CLEAN_HEALTH = [
    "What are the early signs of type 2 diabetes, and when should someone get tested?",
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "My child has had a cough for three weeks but no fever. Should I be worried?",
    "How long can the arm stay sore after a tetanus shot, and what helps?",
    "What is a normal resting heart rate for a healthy adult, and what can push it higher?",
    "Can you get the flu vaccine while you have a mild cold?",
    "What's the difference between a migraine and a tension headache?",
    "I've had heartburn most nights this month. What lifestyle changes usually help?",
    "How much water should an older adult drink in hot weather?",
    "Are there foods I should avoid while taking warfarin?",
    "What does it mean if a blood test shows a high TSH level?",
    "How do I know whether a cut needs stitches?",
    "Is it normal to feel dizzy when standing up quickly, and when is it a concern?",
    "What are the symptoms of an ear infection in toddlers?",
    "Can stress cause chest pain, and how can you tell it apart from a heart problem?",
    "How long should I wait to exercise after getting a booster jab?",
    "How much fibre should an adult eat a day, and what are easy ways to eat more?",
    "My ankle is swollen after I twisted it but I can walk on it. Do I need an X-ray?",
    "What are common side effects when starting an SSRI antidepressant?",
    "How often should adults have their eyes checked?",
    "Is loud snoring every night a sign of sleep apnoea?",
    "What should I do if I miss a dose of the contraceptive pill?",
    "Can children take antihistamines for hay fever, and from what age?",
    "What's the best way to bring down a fever in a 2-year-old?",
    "How long does it usually take to recover from a hernia repair?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "5820 3917 4621": aadhaar_ok,  # Indian Aadhaar
    "9274 6130 5844": aadhaar_ok,
    "719.364.028-31": cpf_ok,  # Brazilian CPF
    "305.817.462-44": cpf_ok,
    "47281039566": steuer_id_ok,  # German tax id
    "83910472652": steuer_id_ok,
    "401 837 2655": nhs_ok,  # NHS number
    "612 093 8478": nhs_ok,
    "719 283 546": tfn_ok,  # Australian tax file number
    "2951 38462 1": medicare_ok,  # Australian Medicare card
    "14078534673": fodselsnummer_ok,  # Norwegian fødselsnummer
    "9206115031084": luhn_len(13),  # South African id
    "5182 7364 9017": my_number_ok,  # Japanese My Number
    "238194752": nif_ok,  # Portuguese NIF
    "2 84 07 75 113 482 87": nir_ok,  # French NIR
    "38471926000": kimlik_ok,  # Turkish kimlik
    "210794-318P": hetu_ok,  # Finnish henkilötunnus
    "53918274H": dni_ok,  # Spanish DNI
    "890417-5638": luhn_len(10),  # Swedish personnummer
    "92031548378": pesel_ok,  # Polish PESEL
    "046 182 739": luhn_len(9),  # Canadian SIN
    "RSSMRA85T10A562S": codice_fiscale_ok,  # Italian codice fiscale
    "GLLCHR92M47L219K": codice_fiscale_ok,
    "4817392K": pps_ok,  # Irish PPS number
    "110105198807124039": china_id_ok,  # Chinese resident identity number
    "14.382.917-0": rut_ok,  # Chilean RUT
    "870523-1726341": rrn_ok,  # Korean resident registration number
    "164938278": bsn_ok,  # Dutch BSN
    "S9127364J": nric_ok,  # Singapore NRIC
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"01[46]1 496 0\d{3}",  # Glasgow and Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 57\d \d{3}",  # Australian fictional mobiles (ACMA's listed numbers)
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"089 99998 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"[6-9]\d{9}",  # India mobile, no separators
        r"\+(27|30|34|39|52|55|63|64|84|90|91|233|254|354|971|972) [\d -]+\d",  # no fiction range known
    )
]

# ACMA's numbers for fiction are a list, not a whole block: the Australian mobiles used here.
AU_FICTION = frozenset({"0491 570 156", "0491 571 266"})


def check_records() -> None:
    """Each record names one invented person (one or two spellings of the name) and holds
    one to four other values."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not 1 <= len(names) <= 2 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(names)} names, {len(others)} values in {marked[:60]!r}"
            )
        if not RECORD_WORDS[0] <= word_count(marked) <= RECORD_WORDS[1]:
            raise SystemExit(f"records: {word_count(marked)} words in {marked[:60]!r}")


def check_mix() -> None:
    """The chat requests name people and carry contacts or secrets; the records carry every
    kind of value; the Australian mobiles are on ACMA's list."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 75 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"records: only {sorted(kinds)}")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            value = span["value"]
            if (
                span["type"] == "PHONE_NUMBER"
                and value.startswith("0491")
                and value not in AU_FICTION
            ):
                raise SystemExit(f"Australian mobile {value!r} not on the fiction list")


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
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind80", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
