# ruff: noqa: E501
"""A seventy-ninth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests to a general assistant (3 to 100 words) where the personal data mostly
  sits inside something the user pastes or asks about: a message to reply to, a voicemail
  or text thread to summarise, a form or CV header to check, a spreadsheet or CRM row to
  fix, a name to spell, transliterate or format, a toast, poem, story or eulogy for a real
  friend or relative, a complaint letter; mixed with plain questions about health, money,
  travel, school, home and IT accounts that mention a name, an id or a secret on the way.
  The first 30 are typed all in lower case, the next 5 are in Spanish, German, French,
  Brazilian Portuguese and Italian. Names of many origins, with non-English letters, in
  Cyrillic, Greek, Chinese, Arabic, Korean and Devanagari, first names alone, surnames
  after titles, and names that are also ordinary words or places (Hope, Summer, Grace,
  Will Baker, Paris, Florence, Jordan, Israel, Lima); secrets said with no keyword at all.
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name, in varied shapes:
  contact lines, pipe and slash rows, form fields, HR, payroll, bank, insurance and
  clinical lines, audit and login logs, letters, delivery notes and profiles.

Usernames, logins and gamertags, account, customer, member, employee, student, patient,
policy and booking numbers, passports, driver licences, health cards and national and tax
ids are ID_NUMBER; PINs, door, gate, alarm, locker and lockbox codes, wifi keys, one-time
codes, passphrases and passwords are PASSWORD; titles, ranks and relation words (Mr, Ms,
Dr, SPC, Granny, Uncle, my son) stay outside PERSON spans; an address span runs from the
street line through the postcode and city as typed; public figures, brands, places,
fictional characters, order, ticket and case numbers, car details and dates of birth are
not labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data: 25 MT-Bench/Vicuna-style prompts (writing, reasoning, coding, role-play,
STEM), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items with
options A to D (some naming historical figures) and 25 patient-style health questions
naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 040 66969)
and in the country's own layout elsewhere, some without separators; cards Luhn-valid and
not well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (listed in ``NATIONAL_IDS``); no value in two texts.

Run ``.venv/bin/python bench/data/build_blind79.py`` from the repository root; the output is
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Sgt|SPC|Granny|Uncle|Auntie)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 all lower case, then 5 in other languages, then English.
CHAT = [
    # all lower case
    "can you fix the spelling in this before i send it: hi [[PERSON|siobhan]], thanks for covering my shift, i owe you one. call me on [[PHONE_NUMBER|07700 900318]] when your free",
    "my landlord [[PERSON|gary whitlock]] keeps ignoring my emails about the damp at [[STREET_ADDRESS|14 cromer road, norwich nr2 4jh]]. write a short firm complaint letter i can send him",
    "whats a good wifi password? right now its [[PASSWORD|bluefrog2019]] and my brother says thats bad",
    "translate to spanish for my nanny: [[PERSON|rosa]], the side door opens with [[PASSWORD|4817]] and the kids get picked up at 3",
    "reply to this for me, keep it friendly: 'hey its [[PERSON|dawn]] from the book club, can i grab your number for the group chat?' my number is [[PHONE_NUMBER|(415) 555-0142]]",
    "got a text saying my netflix is suspended and to reply with my card number so i sent [[CREDIT_CARD|4539 1762 0483 1051]]... what do i do now",
    "help me write a toast for my best mate [[PERSON|bilal qureshi]]'s wedding, we met at uni in leeds and he once drove us to cornwall in a van with no heating",
    "spreadsheet row is wrong, can you fix the columns: [[PERSON|nguyen thi mai]],,[[EMAIL_ADDRESS|mai.nguyen88@gmail.com]],[[PHONE_NUMBER|0912 345 678]] - the name should be split into first and last",
    "how do i spell her name properly, is it [[PERSON|caoimhe]] or [[PERSON|keeva]]? shes my new coworker and i dont want to get it wrong",
    "my mum [[PERSON|pat]] forgot her email login, its [[EMAIL_ADDRESS|patbrennan1952@yahoo.co.uk]] and she thinks [[PASSWORD|shamrock52]], how do we reset it without the old phone",
    "write a short birthday poem for [[PERSON|summer]], she turns 9 and loves horses and the colour purple",
    "can u check this form before i submit. name: [[PERSON|tomasz wróbel]] / pesel: [[ID_NUMBER|92071415380]] / tel: [[PHONE_NUMBER|+48 512 384 907]]",
    "the router page at [[IP_ADDRESS|192.0.2.44]] wont take [[PASSWORD|k3ttle-drum-55]] anymore, did my isp change something?",
    "plan a 3 day trip to lisbon for me and [[PERSON|jordan]], we land friday morning and like seafood",
    "whats the difference between a roth ira and a 401k. my ssn is [[US_SSN|521-38-4470]] if that matters lol",
    "reply to my sisters text 'can you send me [[PERSON|mo]]'s address for the card' - its [[STREET_ADDRESS|22 kestrel close, harrogate hg1 3pw]]",
    "draft a message to my kids school saying [[PERSON|ivy]] will be off tomorrow with a fever, her student number is [[ID_NUMBER|st-448127]]",
    "how long does a passport renewal take these days, mine is [[ID_NUMBER|548213907]] and expires in june",
    "summarise this voicemail: 'hi its [[PERSON|chidi]] from the garage, your car is ready, ring [[PHONE_NUMBER|0161 496 0732]] before 5'",
    "my gran uses [[PASSWORD|1947]] for everything, her bank card and the alarm. how do i convince her to change it",
    "format this name for a certificate: [[PERSON|josé maría de la fuente ortiz]]",
    "my flatmate [[PERSON|rory]] owes me 340 quid for bills, write a polite but clear text asking for it by friday. pay into [[IBAN_CODE|gb31 midl 4005 1531 8742 06]]",
    "whats the best way to store passwords, i currently just use [[PASSWORD|liverpool1892]] with different numbers on the end",
    "write a sorry note to my neighbour [[PERSON|agnieszka]] at number 9, my dog dug up her tulips again",
    "can you convert this to a nice email signature: [[PERSON|hamza el amrani]] | site lead | [[PHONE_NUMBER|+212 661 483 920]] | [[EMAIL_ADDRESS|h.elamrani@atlasbuild.ma]]",
    "is [[PERSON|eun-ji]] a first name or a surname? my new boss signs her emails that way",
    "my ip is [[IP_ADDRESS|203.0.113.87]] and my steam account [[ID_NUMBER|frostbyte_kev]] got locked even though it was [[PASSWORD|m00nlight-kev]] the whole time, what should i put in the appeal",
    "help me reply to this: 'hi, this is [[PERSON|grace]] from the nursery, can you confirm [[PERSON|alfie]]'s allergy form?' say yes, its peanuts only",
    "what rhymes with [[PERSON|penny]]? writing a silly poem for my niece",
    "need a packing list for a week in crete. also remind me the villa key box is [[PASSWORD|7302]]",
    # other languages
    "¿Puedes corregir este mensaje? «Hola [[PERSON|Begoña]], te paso mi número nuevo: [[PHONE_NUMBER|+34 612 48 93 07]]. Un abrazo, [[PERSON|Iñaki]]»",
    "Bitte formuliere eine höfliche Beschwerde an die Hausverwaltung: Die Heizung in der [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]] ist seit zwei Wochen kaputt. Unterschrift: [[PERSON|Jörg Bäumler]], Mieternummer [[ID_NUMBER|MV-20418-3]].",
    "Peux-tu traduire en anglais : « Bonjour, je suis [[PERSON|Maëlle Rousseau]], mon numéro de sécurité sociale est [[ID_NUMBER|2 85 07 69 385 042 46]] » ? C'est pour un formulaire.",
    "Me ajuda a responder esse e-mail do RH? Eles pediram meu CPF, que é [[ID_NUMBER|372.918.406-78]], e o nome completo, [[PERSON|Thiago Albuquerque Nunes]]. Quero confirmar sem parecer grosso.",
    "Mi aiuti a controllare il modulo? Nome: [[PERSON|Giovanna Marotta]], codice fiscale [[ID_NUMBER|MRTGNN88T47L219G]], cellulare [[PHONE_NUMBER|+39 347 281 9046]]. Manca qualcosa?",
    # English
    "Can you check this form for mistakes before I post it? Full name: [[PERSON|Oluwaseun Adeyemi-Clarke]]; Date of birth: 14/03/1990; Address: [[STREET_ADDRESS|Flat 3, 118 Stockwell Park Road, London SW9 0DA]]; NI number: [[ID_NUMBER|QR 48 21 93 C]]",
    "Write a short bedtime story starring my daughter [[PERSON|Hope]] and her stuffed rabbit. She's four and scared of thunder.",
    "Reply to this message for me, politely declining: 'Hi, it's [[PERSON|Brandon Fairweather]] from the alumni office, could you confirm your mobile is still [[PHONE_NUMBER|(312) 555-0117]]?' I don't want to be on their list.",
    "I'm making a toast for my oldest friend [[PERSON|Paris Okonkwo]] at her 40th. We met in Year 7 when [[PERSON|Paris]] threw my shoe onto the bike shed roof. Keep it under two minutes.",
    "This row won't import into our CRM, what's wrong with it? [[PERSON|Lindqvist, Annika]];[[EMAIL_ADDRESS|annika.lindqvist@telia.se]];[[PHONE_NUMBER|+46 70 412 83 59]];Göteborg",
    "What's a normal resting heart rate for a 67-year-old? My dad [[PERSON|Desmond]] keeps getting readings around 52 on his watch.",
    "I got locked out of the VPN. Username [[ID_NUMBER|r.achterberg]], and I've tried [[PASSWORD|Tulip$Haven2024]] three times. Write me a ticket to IT asking for a reset.",
    "Please write a complaint to the airline. Passenger: [[PERSON|Krisztina Halász]], booking reference [[ID_NUMBER|QX7T2M]], flight cancelled with two hours' notice and no hotel offered.",
    "How do I write [[PERSON|Дмитрий Волков]] in English letters for a visa form? He's my husband and the embassy wants the passport spelling.",
    "Translate this note from my Greek neighbour into English: 'Γεια σας, είμαι η [[PERSON|Ελένη Παπαδοπούλου]] από τον δεύτερο όροφο. Το τηλέφωνό μου είναι [[PHONE_NUMBER|+30 694 718 2350]].'",
    "My wife [[PERSON|Wen]] and I are setting up a joint budget. Her take-home is 3,100 and mine is 2,750. Suggest a fair split for rent, food and savings.",
    "Can you make this name look right on a wedding invite? [[PERSON|MCKENZIE-O'DONNELL, SIOBHÁN]] - she hates it when people drop the accent.",
    "Pasting my CV header, make it look more professional: [[PERSON|Rajesh Kumar Venkataraman]] · [[EMAIL_ADDRESS|rajesh.kv@outlook.com]] · [[PHONE_NUMBER|+91 98450 21763]] · Bengaluru",
    "My employer says the IBAN I gave for my salary is invalid: [[IBAN_CODE|DE70 5001 0517 4829 6037 15]]. Can you see anything wrong with it?",
    "Quick one: is 38.9 a fever for an adult? Asking for my boyfriend [[PERSON|Tariq]].",
    "Help me write back to this: 'Dear Mr [[PERSON|Fenwick]], your policy [[ID_NUMBER|HPL-77310492]] renews on 1 March at £612. Reply to keep your cover.' I want to ask for a cheaper quote.",
    "Tidy this note for the pet sitter: back door sticks, so lift the handle. Panel by the stairs wants [[PASSWORD|9164]] then the tick. Food is in the blue tin.",
    "Write a two-minute toast for [[PERSON|Robin]] and [[PERSON|Sky Marchetti]]'s engagement party. [[PERSON|Robin]] proposed on the ferry to Skye in the pouring rain.",
    "Summarise this letter for my mum in plain English: 'Re: [[PERSON|Margaret Oyelaran]], NHS no. [[ID_NUMBER|943 476 5218]]. Echo shows mild mitral regurgitation; no change to medication; review in 12 months.'",
    "What's a good reply to this LinkedIn message? 'Hi [[PERSON|Callum]], I'm [[PERSON|Priya Raman]], a recruiter at Northwind. Are you open to a chat? My direct line is [[PHONE_NUMBER|020 7946 0583]].'",
    "I run a tiny bakery. Fix this loyalty card entry so the name is capitalised properly: member [[ID_NUMBER|LC-00913]], name [[PERSON|aisling mcgrath]].",
    "Guest network for the party: SSID TheBarnOwl, key [[PASSWORD|marmalade-ostrich-17]]. Make me a small sign to print and stick on the fridge.",
    "How do I set up 2FA on my work Google account? It's [[EMAIL_ADDRESS|l.ferreira@quintacasks.pt]] and my phone is [[PHONE_NUMBER|+351 912 480 367]]. It just texted me [[PASSWORD|573019]], do I type that in now?",
    "Calculate how much I've paid on this card this year: [[CREDIT_CARD|5228 7431 0596 2187]], 120 every month since January, and it's now August.",
    "Can you spell-check this reference letter? 'I have supervised [[PERSON|Ngozi Eze]] for three years. [[PERSON|Ngozi]] is reliable, kind and exceptionaly organised. - [[PERSON|Harold Pemberton]], Ward Manager'",
    "Is 2.3 miles walkable with a toddler? We're going from [[STREET_ADDRESS|47 Birchwood Avenue, Templeogue, Dublin 6W, D6W KF82]] to Bushy Park.",
    "Help me write a resignation email to my manager [[PERSON|Ingrid Solberg]]. My employee ID is [[ID_NUMBER|E-204817]] and my last day will be 30 June.",
    "Proofread this, it's going on our fridge: Emergency contacts - Granny [[PERSON|Maureen]] [[PHONE_NUMBER|0131 496 0274]], Dr [[PERSON|Anand]] [[PHONE_NUMBER|0131 496 0619]], neighbour [[PERSON|Stuart]] at no. 12.",
    "Make this sound less angry: '[[PERSON|Darren]], you've parked across my drive at [[STREET_ADDRESS|6 Heron Way, Chelmsford CM2 8TQ]] for the third time this week. Move it or I'm calling the council.'",
    "My colleague's name is [[PERSON|张伟明]]. Which part is the family name, and how should I address him in an email?",
    "Please write [[PERSON|محمد الحربي]] in Latin letters the way it would appear on a Saudi passport.",
    "Transliterate [[PERSON|이서연]] for a conference badge. She's our new intern from Busan.",
    "Our clinic spreadsheet has a broken row. Reformat it as Name | DOB | Patient no. | Phone: [[PERSON|Ferreira Bianca]] 03/11/1984 [[ID_NUMBER|PT-558210]] [[PHONE_NUMBER|07700900265]]",
    "Can you write a Diwali message to my aunt [[PERSON|सुनीता शर्मा]] in Hindi and English? Keep it short and warm.",
    "Is it normal for a landlord to ask for my passport number? He wants [[ID_NUMBER|C01X4R7K2]] before he'll even show me the flat.",
    "My login [[ID_NUMBER|jcarvalho77]] for the council tax portal keeps saying 'account suspended'. Draft a message to them quoting my account [[ID_NUMBER|CTX 40918273]].",
    "Write a funny limerick about my coworker [[PERSON|Will Baker]], who burns the office toast every single morning.",
    "Can you shorten this complaint? 'To whom it may concern, on 3 May your engineer failed to attend my appointment at [[STREET_ADDRESS|Apartment 5B, 212 Wellington Street, Kingston, ON K7L 3E4]]. I took the day off unpaid. Customer no. [[ID_NUMBER|BC-3318472]]. [[PERSON|Elodie Tremblay]]'",
    "My son [[PERSON|Leo]]'s school wants a medical consent form. His health card is [[ID_NUMBER|4827-391-058-XK]] - which boxes do I actually need to fill?",
    "Help me address a care package to my brother: SPC [[PERSON|Marcus Delgado]], [[STREET_ADDRESS|Unit 29350 Box 1172, APO AE 09096]]. What am I not allowed to send?",
    "Give me ideas for a 30th birthday surprise for [[PERSON|Florence]]. She lives in Brighton, loves wild swimming and hates fuss.",
    "What do 'DD RETURN' and 'UNPAID ITEM FEE' mean on my statement? Account [[ID_NUMBER|71039284]], sort code 40-19-52.",
    "My script keeps getting 401 errors. Here's the header I'm sending: Authorization: Bearer [[API_KEY|sk-proj-7Hq2LmZt9Xv4RbN8cW1pKd3Ys6Ju0Ef5Ga]]. What's wrong?",
    "My mother-in-law [[PERSON|Carmel]] wants to learn WhatsApp. Write simple step-by-step instructions she can follow, in large friendly steps.",
    "Write a thank-you card for the nurses on Ward 7 who looked after my dad, [[PERSON|Eamon Kielty]], especially [[PERSON|Blessing]] on nights.",
    "Can you check the maths? We split the cabin: [[PERSON|Joy]] paid 420, [[PERSON|Tobias]] 380, me nothing. Total 800 for three people. Who owes whom?",
    "Fill in this parking permit application for me: [[PERSON|Yusuf Demir]], [[STREET_ADDRESS|Flat 9, 31 Carden Place, Aberdeen AB10 1UP]], [[PHONE_NUMBER|+44 7700 900481]]. Which permit zone would that be?",
    "I'm writing down my home stuff in case something happens to me: bank app [[PASSWORD|Puffin!Harbour73]], phone [[PASSWORD|061288]], safe [[PASSWORD|44-17-09]]. How should I store this for my executor?",
    "Translate to Polish for our cleaner [[PERSON|Bożena]]: please don't use bleach on the wooden floors, the spare key is under the blue pot, and the alarm wants [[PASSWORD|2290]].",
    "Turn this into a polite follow-up email: insurance claim for [[PERSON|Hiroshi Tanabe]], policy [[ID_NUMBER|MTR-5520183]], no reply in six weeks.",
    "Is my IBAN safe to put on an invoice? It's [[IBAN_CODE|NL76 RABO 0318 4920 76]] and I sign as [[PERSON|Sanne de Vries]], freelance illustrator.",
    "What's the etiquette for a eulogy? It's for my grandfather, [[PERSON|Aurelio Bianchi]], who ran a café in Glasgow for forty years.",
    "Check my address format for a parcel to Japan: [[PERSON|Kenji Morimoto]], [[STREET_ADDRESS|2-14-7 Nishiazabu, Minato-ku, Tokyo 106-0031]]. Phone [[PHONE_NUMBER|080-3917-2254]].",
    "Write a LinkedIn recommendation for [[PERSON|Sterling Wolfe]], who managed our warehouse team for three years and never missed a deadline.",
    "My email [[EMAIL_ADDRESS|marek.dvorak@seznam.cz]] is getting spam from a site I never joined. How do I find out where they got it?",
    "Reply to this for me: 'Hi, your host here, [[PERSON|Lorenzo]]. Lockbox [[PASSWORD|3819]], check-in after 3pm.' Ask if we can drop bags at 1.",
    "Can you make a packing checklist? Flying to Nairobi on Thursday, staying with my friend [[PERSON|Wanjiru Kamau]] at [[STREET_ADDRESS|Riverside Drive 14, Westlands, Nairobi 00800]].",
    "My kid's gaming account got hacked. Gamertag [[ID_NUMBER|NovaKnight_0417]], linked email [[EMAIL_ADDRESS|dwyerfamily.home@gmail.com]], and he swears it was [[PASSWORD|creeper4ever!]] until yesterday. What's the recovery process?",
    "Please rewrite this text to my ex so it sounds neutral: '[[PERSON|Shane]], the kids are at mine this weekend, pick-up Sunday 5pm from [[STREET_ADDRESS|88 Glenview Crescent, Hamilton 3204]], don't be late again.'",
    "I need a short speech for my colleague [[PERSON|Temperance Odhiambo]]'s farewell lunch. She's moving to Perth for a hospital job.",
    "Does this look like phishing? 'Dear [[PERSON|Anneliese Vogt]], verify your account [[ID_NUMBER|DE-44827190]] within 24h or it will be closed.' It came from a random gmail.",
    "Work out the overtime: [[PERSON|Dawit]] worked 46 hours at €17.50 with time-and-a-half after 40. What's his gross pay?",
    "I was charged twice at the hotel. Card [[CREDIT_CARD|3742 819065 73021]] - write a short dispute message to my bank.",
    "Is it weird to include my home address in a cover letter? Right now it says [[STREET_ADDRESS|1520 Magnolia Street, Apt 3, Austin, TX 78704]].",
    "Save this in a format I can paste into my contacts: [[PERSON|Bronwyn Taylor]], [[PHONE_NUMBER|0491 570 156]], [[EMAIL_ADDRESS|bronnie.t@bigpond.com]].",
    "Help me write the opening of a story for my friend [[PERSON|Marisol]], who turns 50 next week. She's a firefighter in Tucson and secretly loves opera.",
    "What's the cheapest way to send money from the UK to Ghana? My cousin [[PERSON|Kwabena Asante]] uses mobile money on [[PHONE_NUMBER|+233 24 518 3920]].",
    "Our Slack bot token leaked in a screenshot: [[API_KEY|xoxb-5821047736-7730148825019-Qm4RtV8pLx2NzK6fHb9sWd1e]]. What do I revoke first?",
    "Rewrite this form answer in better English: 'my name is [[PERSON|Ahmad Karimi]], i live in [[STREET_ADDRESS|Kasernenstrasse 19, 8004 Zürich]], tel [[PHONE_NUMBER|+41 78 512 64 09]]'",
    "Write a thank-you note to our babysitter [[PERSON|April Moreno]]. She's been with us since the twins were born and is off to college.",
    "My INR came back at 3.8 and I'm on warfarin. Should I be worried? The portal lists me as patient [[ID_NUMBER|60183345]].",
    "Put this into a neat contact table: [[PERSON|Chen Jie]] / [[PHONE_NUMBER|+86 139 1062 4478]] / [[EMAIL_ADDRESS|chenjie_bj@163.com]]",
    "My Norwegian employer needs my fødselsnummer, [[ID_NUMBER|120391 47023]]. Is it okay to send it by normal email?",
    "Translate into English: 'Hej! Jag heter [[PERSON|Linnéa Åkesson]] och mitt personnummer är [[ID_NUMBER|910824-6381]].'",
    "A Dutch landlord wants my BSN, [[ID_NUMBER|173402586]], before a viewing for [[PERSON|Pieter-Jan Smits]] (me). Is that normal?",
    "Reply to my uncle's email in a warm way: 'Hi kiddo, Uncle [[PERSON|Fergus]] here. Still at [[EMAIL_ADDRESS|fergus.mclaren@btinternet.com]] if you ever want to visit the farm.'",
    "Can you check if this card number is typed right before I pay? [[CREDIT_CARD|6011 9384 7205 6147]], exp 09/27, name [[PERSON|Gwendolyn Ashby]].",
    "Office keypad changed to [[PASSWORD|C2749#]] - write a short Slack message to the team without making it too obvious.",
    "Write a short bio of our new caretaker, [[PERSON|Bongani Mthembu]], for the school newsletter. He was a chef for twenty years.",
    "Someone keeps logging into my email from [[IP_ADDRESS|198.51.100.203]]. The account is [[EMAIL_ADDRESS|hollis.gray@protonmail.com]]. How do I block it?",
    "My employer in Durban says my ID number [[ID_NUMBER|8609145081089]] doesn't match what SARS has. What could cause that?",
    "Help me complain to my gym. They took money from [[IBAN_CODE|IE81 BOFI 9000 1748 3022 16]] after I cancelled. Membership no. [[ID_NUMBER|GYM-0047712]], name [[PERSON|Declan Fahy]].",
    "For my visa application, do I need to translate my Chinese ID number [[ID_NUMBER|510107198806234719]] or just copy it across?",
    "Summarise this thread: [[PERSON|Nadia]]: running late / [[PERSON|Olu]]: np, table at 8 / [[PERSON|Nadia]]: ok buzz [[PASSWORD|0405]] at the gate",
    "Can you write a short wedding toast for [[PERSON|Ebony]] and [[PERSON|Lachlan Brooks]]? [[PERSON|Lachlan]] is my cousin and we grew up in Ballarat.",
]

# 100 records in the style of synthetic PII benchmark datasets, one person each.
RECORDS = [
    "[[PERSON|Haruto Fujimoto]], [[EMAIL_ADDRESS|h.fujimoto@kintetsu-logi.jp]], [[PHONE_NUMBER|+81 90 3318 2760]]",
    "Customer: [[PERSON|Adaeze Nwosu]] | Card: [[CREDIT_CARD|4917 6205 8831 9474]] | Billing: [[STREET_ADDRESS|15 Awolowo Road, Ikoyi, Lagos 106104]]",
    "Employee record - [[PERSON|Sven Halvorsen]], staff ID [[ID_NUMBER|EMP-33081]], fødselsnummer [[ID_NUMBER|12039145012]], salary account [[IBAN_CODE|NO17 6053 1482 907]].",
    "Patient [[PERSON|Ioana Popescu]] (CNP [[ID_NUMBER|2950720410039]]) presented with lower back pain; contact [[PHONE_NUMBER|+40 722 481 905]].",
    "[[PERSON|Mateo Rojas]] changed his staff portal password to [[PASSWORD|Cóndor_2291!]] on Tuesday.",
    "Login from [[IP_ADDRESS|203.0.113.19]] for user [[ID_NUMBER|kmbeki]] ([[PERSON|Kagiso Mbeki]]) failed five times at 02:14 UTC.",
    "Dear Ms [[PERSON|Vanterpool]], your policy [[ID_NUMBER|LV-90371824]] has been renewed for another twelve months.",
    "Name: [[PERSON|Giedrė Kazlauskienė]]\nEmail: [[EMAIL_ADDRESS|giedre.kaz@inbox.lt]]\nPhone: [[PHONE_NUMBER|+370 612 48390]]",
    "[[PERSON|Ruby Summers]] can be reached at [[PHONE_NUMBER|(206) 555-0188]] or at home, [[STREET_ADDRESS|4410 Fremont Ave N, Seattle, WA 98103]].",
    "Ship to: [[PERSON|Benedikt Auer]], [[STREET_ADDRESS|Mariahilfer Straße 88/12, 1070 Wien]]. Tel. [[PHONE_NUMBER|+43 664 381 2957]]",
    "Beneficiary [[PERSON|Chiara Lombardi]] - IBAN [[IBAN_CODE|IT80 X030 6909 6061 0000 0183 402]]",
    "Intake form: [[PERSON|Dev Malhotra]], Aadhaar [[ID_NUMBER|6391 8204 7559]], mobile [[PHONE_NUMBER|+91 99020 47318]].",
    "[[PERSON|Rosalind Achebe]]'s tax file number is [[ID_NUMBER|638 152 029]] and her Medicare card is [[ID_NUMBER|3719 46208 1]].",
    "Support note: user [[PERSON|Tobiah Frost]] reports that key [[API_KEY|AKIA4QX7RM2LZ9TN3VBK]] was pushed to a public repository.",
    "HR note: [[PERSON|Mercy Boateng]] asked for her payslips to go to [[EMAIL_ADDRESS|mercy.boateng@fastmail.com]] instead of the office.",
    "[[PERSON|Olaf Brandt]] / Steuer-ID [[ID_NUMBER|58291740365]] / [[STREET_ADDRESS|Hafenstraße 7, 20359 Hamburg]]",
    "Guest [[PERSON|Ximena Cárdenas]] checked in under booking [[ID_NUMBER|BK-7720451]]; in-room safe set to [[PASSWORD|5190]].",
    "The account holder, [[PERSON|Piotr Zieliński]], banks at [[IBAN_CODE|PL16 1090 2590 0000 0001 4417 6823]].",
    "SSN on file for [[PERSON|Lorraine Whitaker]]: [[US_SSN|287-64-1930]].",
    "[[PERSON|Tanvir Hossain]] <[[EMAIL_ADDRESS|tanvir.h@brightlane.io]]> wrote: please update my number to [[PHONE_NUMBER|+880 1712 384905]].",
    "Kennitala [[ID_NUMBER|150488-2309]] belongs to [[PERSON|Sigrún Einarsdóttir]], who lives at [[STREET_ADDRESS|Laugavegur 54, 101 Reykjavík]].",
    "Claimant: [[PERSON|Dale Hutchins]]; Policy: [[ID_NUMBER|AUT-4482910-C]]; Phone: [[PHONE_NUMBER|(702) 555-0131]]",
    "Student [[PERSON|Amara Osei-Bonsu]] (student no. [[ID_NUMBER|2219047]]) submitted her dissertation two days late.",
    "[[PERSON|Ilse Vermeulen]], rijksregisternummer [[ID_NUMBER|87.04.12-316.15]], [[STREET_ADDRESS|Kerkstraat 112, 2000 Antwerpen]]",
    "Reset requested for [[PERSON|Kofi]]; temporary credential [[PASSWORD|Tmp-8842-xq]] expires in 24 hours.",
    "Bank details of [[PERSON|Fatima Zahra Benali]]: [[IBAN_CODE|FR68 3000 4008 2100 0174 6923 157]].",
    "Delivery note - recipient [[PERSON|Saoirse Byrne]], [[STREET_ADDRESS|Apt 12, Harbour Court, Cobh, Co. Cork P24 X7R2]], mobile [[PHONE_NUMBER|+353 87 419 2036]].",
    "[[PERSON|Yerlan Abenov]] (login [[ID_NUMBER|yabenov]]) connected to the VPN from [[IP_ADDRESS|198.51.100.61]].",
    "Refund issued to [[PERSON|Harriet Lin]], Visa [[CREDIT_CARD|4318 0926 5573 8843]], amount $84.20.",
    "AMKA [[ID_NUMBER|17068512346]] is registered to [[PERSON|Σταύρος Καραγιάννης]].",
    "Profile: [[PERSON|Brooke Hadley]], 34, graphic designer, contact [[EMAIL_ADDRESS|brooke@hadleystudio.co]].",
    "[[PERSON|Matías Ferreyra]] lives at [[STREET_ADDRESS|Av. Corrientes 2145, Piso 4 B, C1046 Buenos Aires]] and his phone is [[PHONE_NUMBER|+54 9 11 4829 3175]].",
    "Clinical note: Mrs [[PERSON|Oyelowo]] attended with her son; NHS number [[ID_NUMBER|712 058 3646]]; BP 142/88.",
    "[[PERSON|Jana Nováková]], rodné číslo [[ID_NUMBER|875613/1010]], [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]]",
    "Wire instructions for [[PERSON|Lucía Herrero]]: [[IBAN_CODE|ES28 2100 0813 4302 7719 6508]]; NIE [[ID_NUMBER|Y4820735H]].",
    "[[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKR2844]], admitted to ward 4 overnight.",
    "username: [[ID_NUMBER|milo.v]] / password: [[PASSWORD|Goldfinch88!]] / name: [[PERSON|Milo Varga]]",
    "[[PERSON|Autumn Reyes]] paid with card [[CREDIT_CARD|2223 0048 1957 3626]] and asked for the receipt at [[EMAIL_ADDRESS|autumn.reyes@icloud.com]].",
    "Subscriber [[PERSON|Kaito Nakamura]], My Number [[ID_NUMBER|5073 1928 4610]], address [[STREET_ADDRESS|3-8-15 Sakae, Naka-ku, Nagoya 460-0008]].",
    "[[PERSON|Emeka Obi]] signed in as [[ID_NUMBER|eobi_admin]] using key [[API_KEY|pk_9f3KxQ2mVb7LtR8zWn4cYh1D]].",
    "Next of kin: [[PERSON|Hilda Magnusson]], [[PHONE_NUMBER|+46 8 512 039 47]].",
    "Emergency contact for [[PERSON|Rashid]]: his wife, [[PHONE_NUMBER|+971 50 318 4720]].",
    "Account [[ID_NUMBER|00918273]] in the name of [[PERSON|Cedric Lamb]] was closed on 4 June.",
    "Signed, [[PERSON|Valentina Greco]], [[EMAIL_ADDRESS|vale.greco@libero.it]]",
    "Tenant: [[PERSON|Jasper Stone]], [[STREET_ADDRESS|Unit 4B, 77 Queen Street West, Toronto, ON M5H 2M5]], [[PHONE_NUMBER|416-555-0123]]",
    "Donor [[PERSON|Ayşe Kaya]], T.C. kimlik no [[ID_NUMBER|28461509702]], pledged monthly support.",
    "[[PERSON|Pedro Matos]] - NIF [[ID_NUMBER|253901740]] - [[IBAN_CODE|PT96 0033 0000 4528 7193 6610 5]]",
    "Loan applicant [[PERSON|Camila Duarte]], RUT [[ID_NUMBER|16.482.937-5]], monthly income CLP 1.850.000, phone [[PHONE_NUMBER|+56 9 6482 1357]].",
    "Member [[ID_NUMBER|M-558102]] ([[PERSON|Gordon Ampofo]]) renewed online; one-time code [[PASSWORD|884213]] sent by SMS.",
    "Traveller profile: [[PERSON|Noor Al-Sabah]], passport [[ID_NUMBER|K7319042]], frequent flyer [[ID_NUMBER|EK 482019375]].",
    "[[PERSON|Elif Şahin]] wrote from [[EMAIL_ADDRESS|elif.sahin@posteo.de]] asking to cancel her subscription.",
    "IP [[IP_ADDRESS|2001:db8:4a1c::27]] was assigned to [[PERSON|Rainer Kohl]]'s workstation.",
    "[[PERSON|Iker Etxeberria]], DNI [[ID_NUMBER|73519064R]], [[STREET_ADDRESS|Calle Mayor 23, 3º izda., 31001 Pamplona]].",
    "[[PERSON|Grace Holloway]] bought a one-year travel policy ([[ID_NUMBER|TRV-20931184]]) that covers skiing.",
    "[[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240689-517Y]], tili [[IBAN_CODE|FI87 4006 1020 3384 72]].",
    "[[PERSON|Hemi Walker]] called from [[PHONE_NUMBER|+64 21 487 3920]] about a billing error.",
    "Client [[PERSON|Kertu Tamm]], isikukood [[ID_NUMBER|49103154276]], prefers contact by post.",
    "Contact person: [[PERSON|Dieudonné Mukendi]], [[PHONE_NUMBER|+243 81 552 7390]], [[EMAIL_ADDRESS|d.mukendi@kinmail.cd]].",
    "[[PERSON|Sophie Aubert]]'s gym locker opens with [[PASSWORD|2-19-33]].",
    "Pharmacy record: [[PERSON|Lars Eriksen]], DOB 02/05/1961, refunds to [[IBAN_CODE|DK07 5295 0001 7382 64]].",
    "[[PERSON|Ren Takahashi]] - [[EMAIL_ADDRESS|ren.t@kumo-mail.jp]]",
    "Complainant [[PERSON|Wilhelmina Dube]], [[STREET_ADDRESS|17 Jan Smuts Avenue, Parktown, Johannesburg 2193]], cell [[PHONE_NUMBER|+27 82 519 3074]].",
    "[[PERSON|Ahmet Yılmaz]] kart numarası [[CREDIT_CARD|4026 1375 8840 2190]]",
    "Driver licence [[ID_NUMBER|D4827-19340-61205]] issued to [[PERSON|Marguerite Leblanc]].",
    "User [[ID_NUMBER|x_lazarus]] ([[PERSON|Xavier Lazarus]]) changed the shared drive phrase to [[PASSWORD|copper kettle evening rain]].",
    "[[PERSON|Bettina]] from accounts, direct line [[PHONE_NUMBER|040 66969 214]].",
    "Insurance card for [[PERSON|Ngaio Pōtae]] - member [[ID_NUMBER|SX-4471-0093]]",
    "Applicant [[PERSON|박지은]], RRN [[ID_NUMBER|930518-2716348]], visa type D-2.",
    "[[PERSON|Chanel Dupont]] paid with [[CREDIT_CARD|5483 0291 7746 0213]], billing address [[STREET_ADDRESS|9 rue des Carmes, 13002 Marseille]], tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "PPS [[ID_NUMBER|7405128T]] - [[PERSON|Niamh Dolan]] - [[PHONE_NUMBER|+353 86 204 7713]]",
    "Resident [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7704182F]], [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412]].",
    "[[PERSON|Cruz Villanueva]] ([[PHONE_NUMBER|+52 55 4817 2093]]) confirmed the appointment for Friday.",
    "Contact [[PERSON|Olga Sidorenko]] at [[EMAIL_ADDRESS|olga.sidorenko@ukr.net]]; RNOKPP [[ID_NUMBER|3318592746]].",
    "[[PERSON|Honey Adebayo]], SIN [[ID_NUMBER|718 493 026]], [[STREET_ADDRESS|302-1188 Howe Street, Vancouver, BC V6Z 2S8]]",
    "Alarm log: system disarmed by [[PERSON|Derek Ng]] with [[PASSWORD|7731]] at 06:42.",
    "Applicant [[PERSON|Israel Ben-David]], teudat zehut [[ID_NUMBER|304827165]], requests a callback.",
    "[[PERSON|Mohamed Abdi]] | [[PHONE_NUMBER|+254 712 483 906]] | [[STREET_ADDRESS|Moi Avenue 41, Mombasa 80100]]",
    "Chargeback opened for [[PERSON|Anita Kowalczyk]], card [[CREDIT_CARD|3456 201987 43154]].",
    "Mail for [[PERSON|Sunny Baptiste]] goes to [[STREET_ADDRESS|PSC 817 Box 2241, FPO AE 09622]] until March.",
    "The token [[API_KEY|ghp_R7mT2xK9qL4vW8nB3cZ6yH1dF5jP0sA2gE7u]] belongs to [[PERSON|Lennart Fisk]].",
    "[[PERSON|Esperanza Quispe]], [[PHONE_NUMBER|+51 987 412 536]], Lima",
    "[[PERSON|Yohannes Tesfaye]] updated his billing email to [[EMAIL_ADDRESS|yohannes.t@ethionet.et]] and his card to [[CREDIT_CARD|6761 5482 0093 1743]].",
    "[[PERSON|Brigid O'Shea]], 56, type 2 diabetes, health policy [[ID_NUMBER|HLT-39028174]].",
    "wifi for [[PERSON|Kamal]]'s flat: [[PASSWORD|teacup-mango-4421]]",
    "From: [[PERSON|Inés Castillo]] <[[EMAIL_ADDRESS|ines.castillo@correo.mx]]>",
    "Payroll: [[PERSON|Gustavo Lima]], bank [[IBAN_CODE|CH60 0483 5061 2937 4800 0]].",
    "[[PERSON|Anja Petrović]] - [[STREET_ADDRESS|Knez Mihailova 22, 11000 Beograd]] - [[PHONE_NUMBER|+381 64 219 4837]]",
    "Record 4471: [[PERSON|Darius Rahimi]], SSN [[US_SSN|402-17-8836]], employer Northgate Freight.",
    "Account holder [[PERSON|Ewa Lis]], login [[ID_NUMBER|ewalis84]], PIN [[PASSWORD|3096]].",
    "[[PERSON|Hunter Bishop]] filed a claim under policy [[ID_NUMBER|PLC-66019283]]; contact [[PHONE_NUMBER|(404) 555-0159]].",
    "Guest list entry: [[PERSON|Baraka Otieno]] ([[EMAIL_ADDRESS|baraka.otieno@gmail.com]]), plus one, vegan.",
    "Audit finding: [[PERSON|Marit Dahl]] e-mailed [[PASSWORD|Fjord#Lights2023]] to an outside contractor.",
    "Resident [[PERSON|Ha Thi Lan]], [[STREET_ADDRESS|27 Hàng Bạc, Hoàn Kiếm, Hà Nội]], [[PHONE_NUMBER|+84 912 483 057]].",
    "[[PERSON|Roland Meyer-Hess]] (IP [[IP_ADDRESS|192.0.2.158]]) downloaded 4,200 records on Sunday.",
    "Client [[PERSON|Νίκος Αλεξίου]], IBAN [[IBAN_CODE|GR16 0110 1250 0000 0001 2300 695]].",
    "[[PERSON|Sage Whitfield]] moved to [[STREET_ADDRESS|Getreidegasse 14, 5020 Salzburg]]; salary to [[IBAN_CODE|AT37 2011 1829 4710 3352]].",
    "Caller identified as [[PERSON|Precious Dlamini]], account [[ID_NUMBER|ZA-7710293]], callback [[PHONE_NUMBER|+27 71 384 2956]].",
    "[[PERSON|Dakota Shaw]] mobile [[PHONE_NUMBER|5035550163]] email [[EMAIL_ADDRESS|dshaw.pdx@gmail.com]]",
    "Dear [[PERSON|Constance]], your new member number is [[ID_NUMBER|CL-204419]] and your temporary PIN is [[PASSWORD|6622]].",
    "[[PERSON|Bartholomew Quaye]], [[STREET_ADDRESS|12 Ring Road East, Osu, Accra]], [[EMAIL_ADDRESS|bart.quaye@ghmail.com]]",
]

# 100 clean texts: 25 MT-Bench/Vicuna-style, 25 GSM8K-style, 25 MMLU-style, 25 health.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that cities should replace surface parking lots with community gardens. Use three concrete arguments.",
    "Compose a sequence of four haiku about the changing seasons in a mountain village.",
    "Imagine you are a ship's navigator in the 1700s. Describe how you would estimate your longitude during a storm.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Explain the difference between TCP and UDP to a high-school student, using an everyday analogy.",
    "A train leaves a station at 3 pm at 60 mph. Another leaves the same station an hour later at 80 mph on a parallel track. When does the second catch up? Show your reasoning.",
    "Draft a product description for a reusable water bottle that keeps drinks cold for 24 hours.",
    "Role-play as a museum guide explaining an ancient Egyptian sarcophagus to a group of eight-year-olds.",
    "Compare mercantilism and free trade in a short table covering goals, tools and typical outcomes.",
    "Write a SQL query that finds the top three customers by total order value, given tables orders and customers.",
    "What are the main causes of ocean acidification, and how does it affect coral reefs?",
    "Suggest five creative names for a café that also sells houseplants, with a one-line pitch for each.",
    "Explain how a binary search tree differs from a binary heap, with an example of when to use each.",
    "Write a short dialogue between a skeptical farmer and a salesperson pitching a solar-powered irrigation pump.",
    "Rewrite this sentence in a formal tone: 'We gotta sort out the budget thing before the big meeting.'",
    "Describe photosynthesis step by step, including the light-dependent reactions and the Calvin cycle.",
    "How would you design a rate limiter for a public API? Describe the algorithm and the data structures you would use.",
    "Write a limerick about a cat who is terrified of cucumbers.",
    "What are the pros and cons of fully remote work for a small startup? Give a balanced answer.",
    "Pretend you are a medieval blacksmith explaining to a new apprentice how to temper a blade.",
    "Solve 3x^2 - 12x + 9 = 0 and explain each step as if to a student seeing quadratics for the first time.",
    "Extract the dates and amounts from this text as JSON: 'The first invoice, dated 4 March, was for 1,200 dollars; the second, dated 19 April, was for 860 dollars.'",
    "Write a debounce function in JavaScript and explain where it is useful on a web page.",
    "Outline a four-week beginner running plan that goes from zero to running 5 km without stopping.",
    "Explain why the sky looks red at sunset using the physics of light scattering.",
]

CLEAN_GSM8K = [
    "Maya buys 4 packs of markers with 12 markers in each pack. She gives 9 markers to her brother. How many markers does she have left?",
    "A bakery sells muffins for $3 each. On Monday it sold 48 muffins and on Tuesday it sold 25% more. How much money did it make over the two days?",
    "Tomás reads 18 pages a day. His book has 342 pages. How many days will it take him to finish it?",
    "Priya's garden has 6 rows of tomato plants with 14 plants in each row. A storm destroys one third of them. How many plants survive?",
    "Jonah saves $15 a week. After 8 weeks he spends $47 on a video game. How much money does he have left?",
    "A school bus holds 52 students. If 310 students are going on a field trip, how many buses are needed?",
    "Lena runs 3.5 km on each weekday and 8 km on each day of the weekend. How far does she run in one week?",
    "Kwame has twice as many stamps as Ade. Together they have 84 stamps. How many stamps does Kwame have?",
    "A shirt costs $40 and is on sale for 15% off. Sofia also uses a $5 coupon after the discount. How much does she pay?",
    "Hiro fills a 60-liter tank with a hose that adds 4 liters per minute, but the tank leaks 1 liter per minute. How many minutes does it take to fill?",
    "Ella bakes 5 trays of cookies with 16 cookies on each tray. She packs them into bags of 6. How many full bags can she make?",
    "A farmer has 120 chickens. He sells 3/8 of them and then buys 25 more. How many chickens does he have now?",
    "Ravi walks to school at 5 km per hour and the school is 2.5 km away. If school starts at 8:30, what is the latest time he can leave home?",
    "Noor has $200. She spends 30% on books and half of what remains on clothes. How much money does she have left?",
    "A pizza is cut into 12 slices. Ben eats 3 slices, Chloe eats 4 and Sam eats 2. What fraction of the pizza is left?",
    "Carlos earns $18 an hour and works 7 hours a day, 5 days a week. How much does he earn in 4 weeks?",
    "A library had 1,450 books. It received 230 new books and gave away 95 old ones. How many books does it have now?",
    "Aiko is 3 times as old as her cousin. In 6 years she will be twice as old as her cousin. How old is Aiko now?",
    "Three friends split a restaurant bill of $96 plus an 18% tip equally. How much does each friend pay?",
    "Zane plants 7 seeds every day for 3 weeks. If 80% of the seeds sprout, how many sprouts does he get?",
    "A car uses 6 liters of fuel per 100 km. How many liters does Mira need for a 450 km trip?",
    "Oskar buys 3 notebooks at $2.75 each and 2 pens at $1.40 each. He pays with a $20 bill. How much change does he get?",
    "A swimming pool is 25 meters long. Dina swims 36 lengths. How many kilometers does she swim?",
    "Felix's phone battery drops 8% every hour. It is at 100% at 7 am. At what time does it reach 20%?",
    "In a class of 28 students, 3/7 voted for a museum trip and the rest voted for the zoo. How many more students voted for the zoo?",
]

CLEAN_MMLU = [
    "Which organelle produces most of the ATP in eukaryotic cells? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Lysosome",
    "Who wrote 'The Wealth of Nations' (1776)? A. David Hume B. Adam Smith C. John Locke D. Thomas Malthus",
    "The Peace of Westphalia (1648) ended which conflict? A. The Hundred Years' War B. The Thirty Years' War C. The Wars of the Roses D. The Seven Years' War",
    "What is the derivative of sin(x)? A. cos(x) B. -cos(x) C. -sin(x) D. tan(x)",
    "Which philosopher proposed the categorical imperative? A. Immanuel Kant B. John Stuart Mill C. Friedrich Nietzsche D. Søren Kierkegaard",
    "In macroeconomics, stagflation describes: A. high growth and low inflation B. low unemployment and deflation C. stagnant growth with high inflation D. rising wages and falling prices",
    "Which element has atomic number 26? A. Cobalt B. Nickel C. Iron D. Manganese",
    "Marie Curie won Nobel Prizes in which two fields? A. Physics and Chemistry B. Chemistry and Medicine C. Physics and Medicine D. Chemistry and Peace",
    "A contract signed under duress is generally: A. void B. voidable C. fully enforceable D. a crime by both parties",
    "Which is a primary function of the kidneys? A. producing bile B. regulating blood pH C. storing glycogen D. producing insulin",
    "Magna Carta was sealed in 1215 by which English king? A. Henry II B. Richard I C. John D. Edward I",
    "In hypothesis testing, a Type I error occurs when: A. a true null hypothesis is rejected B. a false null hypothesis is not rejected C. the sample is too small D. the variance is unknown",
    "Which vessel carries oxygenated blood from the lungs to the heart? A. pulmonary artery B. pulmonary vein C. aorta D. superior vena cava",
    "Which leader of the Haitian Revolution was captured by the French in 1802? A. Toussaint Louverture B. Simón Bolívar C. Henri Christophe D. José de San Martín",
    "What is the worst-case time complexity of merge sort? A. O(n) B. O(n log n) C. O(n^2) D. O(log n)",
    "Which theorist described four stages of cognitive development in children? A. B. F. Skinner B. Jean Piaget C. Carl Rogers D. Abraham Maslow",
    "The speed of light in a vacuum is approximately: A. 3 × 10^5 m/s B. 3 × 10^8 m/s C. 3 × 10^10 m/s D. 3 × 10^6 m/s",
    "Which amendment to the US Constitution abolished slavery? A. 13th B. 14th C. 15th D. 19th",
    "A monopolist maximizes profit where: A. price equals marginal cost B. marginal revenue equals marginal cost C. average total cost is lowest D. demand is perfectly elastic",
    "Which of the following is a prime number? A. 51 B. 57 C. 59 D. 63",
    "Who painted the ceiling of the Sistine Chapel? A. Raphael B. Leonardo da Vinci C. Michelangelo D. Donatello",
    "A 9:3:3:1 phenotype ratio in offspring results from: A. a monohybrid cross B. a dihybrid cross of two heterozygotes C. incomplete dominance D. sex-linked inheritance",
    "Which gas makes up about 78% of Earth's atmosphere? A. Oxygen B. Argon C. Carbon dioxide D. Nitrogen",
    "The Meiji Restoration took place in which country? A. China B. Korea C. Japan D. Vietnam",
    "Which fallacy attacks the person making an argument rather than the argument itself? A. straw man B. ad hominem C. false dilemma D. slippery slope",
]

CLEAN_HEALTH = [
    "What are the early warning signs of a stroke, and what should someone do straight away?",
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "How long does a typical cold last, and when is it worth seeing a doctor?",
    "My toddler has had red cheeks and a rash for two days but no fever. What could cause that?",
    "What's the difference between type 1 and type 2 diabetes?",
    "Can I exercise while recovering from a sprained ankle, and which kinds of exercise are okay?",
    "How much water should an adult drink in a day during a heatwave?",
    "What are the common side effects when starting an SSRI antidepressant?",
    "I've had heartburn most nights for a month. Could it be something serious?",
    "Is it normal to feel dizzy for a few seconds when I stand up quickly?",
    "How can I tell whether a cut needs stitches?",
    "Which vaccines are usually recommended for adults over 65?",
    "Can stress cause chest pain, and how would I tell it apart from a heart problem?",
    "Which foods help lower LDL cholesterol?",
    "How long after a tick bite can symptoms of Lyme disease appear?",
    "Is it okay to drink coffee while breastfeeding, and how much?",
    "My knee clicks when I climb stairs but doesn't hurt. Should I be worried?",
    "What should go in a first-aid kit for a family camping trip?",
    "How can I tell the difference between a migraine and a tension headache?",
    "Are there natural ways to sleep better without taking melatonin?",
    "What counts as a healthy blood pressure for someone in their forties?",
    "Can antibiotics help with a sore throat caused by a virus?",
    "What are the signs of dehydration in older adults?",
    "How often should I have a dental check-up if my teeth feel fine?",
    "Is numbness in my fingers at night a sign of carpal tunnel syndrome?",
]

# Every national id typed in a text, as typed, with its check.
NATIONAL_IDS = {
    "92071415380": pesel_ok,  # Polish PESEL
    "2 85 07 69 385 042 46": nir_ok,  # French NIR
    "372.918.406-78": cpf_ok,  # Brazilian CPF
    "MRTGNN88T47L219G": codice_fiscale_ok,  # Italian codice fiscale
    "943 476 5218": nhs_ok,  # NHS number
    "712 058 3646": nhs_ok,
    "120391 47023": fodselsnummer_ok,  # Norwegian fødselsnummer
    "12039145012": fodselsnummer_ok,
    "910824-6381": luhn_len(10),  # Swedish personnummer
    "173402586": bsn_ok,  # Dutch BSN
    "8609145081089": luhn_len(13),  # South African id
    "510107198806234719": china_id_ok,  # Chinese resident identity number
    "2950720410039": cnp_ok,  # Romanian CNP
    "6391 8204 7559": aadhaar_ok,  # Indian Aadhaar
    "638 152 029": tfn_ok,  # Australian tax file number
    "3719 46208 1": medicare_ok,  # Australian Medicare card
    "58291740365": steuer_id_ok,  # German tax id
    "150488-2309": kennitala_ok,  # Icelandic kennitala
    "87.04.12-316.15": belgian_id_ok,  # Belgian national number
    "17068512346": luhn_len(11),  # Greek AMKA
    "875613/1010": rodne_cislo_ok,  # Czech rodné číslo
    "Y4820735H": dni_ok,  # Spanish NIE
    "73519064R": dni_ok,  # Spanish DNI
    "ZKR2844": nhi_ok,  # New Zealand NHI
    "5073 1928 4610": my_number_ok,  # Japanese My Number
    "28461509702": kimlik_ok,  # Turkish kimlik
    "253901740": nif_ok,  # Portuguese NIF
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49103154276": isikukood_ok,  # Estonian isikukood
    "930518-2716348": rrn_ok,  # Korean resident registration number
    "7405128T": pps_ok,  # Irish PPS number
    "S7704182F": nric_ok,  # Singapore NRIC
    "3318592746": rnokpp_ok,  # Ukrainian RNOKPP
    "718 493 026": luhn_len(9),  # Canadian SIN
    "304827165": luhn_len(9),  # Israeli teudat zehut
    "240689-517Y": hetu_ok,  # Finnish henkilötunnus
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, with and without a space
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01[36]1 496 0\d{3}",  # Edinburgh and Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",  # the same without separators
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"040 66969 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile, national layout
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile, national layout
        r"\+(27|30|34|39|40|41|43|46|48|51|52|54|56|64|81|84|86|91|212|233|243|254|351|353|370|381|880|971) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Most chat requests name someone and many carry a secret; each record holds exactly
    one person; the lower-case chat texts really are typed in lower case."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 85 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    record_secrets = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in RECORDS)
    if record_secrets < 10:
        raise SystemExit(f"records: {record_secrets} with a secret")
    plain = " ".join(strip_marks(t)[0] for t in CHAT[:LOWER_CHAT])
    if plain != plain.lower():
        raise SystemExit("chat: a capital in the lower-case texts")


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
        "blind79", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
