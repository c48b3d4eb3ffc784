# ruff: noqa: E501
"""A thirty-fourth blind privacy set: benchmark-style prompts, with and without personal data.

220 texts with personal data and 100 clean ones. Written blind to the detector: the writer
read only ``marks.py``, the table format and the labelling paragraph of ``README.md`` and
the docstring and helper functions of ``build_blind20.py``, never the detector, its rules,
docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 80 prompts in the style of MT-Bench and the Vicuna benchmark (writing, role-play,
  reasoning, math, coding, extraction, STEM, humanities, generic, knowledge, Fermi and
  counterfactual questions) that carry a private person's data: a thank-you e-mail to a
  named landlord, a role-play as the writer's named grandmother, a loan sum with the
  writer's own account number, a script to debug that logs in with a real-looking username
  and password, notes, business cards, voicemails and receipts to extract fields from;
* 70 one- or two-sentence rows in the style of presidio-research synthetic PII data, one
  to three identifiers each: names of many origins, addresses in US, UK, EU, Latin
  American, Australian, New Zealand, African and Asian formats, phones, e-mails, cards,
  IBANs, SSNs, IPs, national ids, passports, usernames and passwords;
* 40 patient messages in the style of a hospital chatbot routing set (appointments,
  results, billing, prescriptions, records), each with the patient's or a relative's name
  or an identifier or contact detail (hospital, NHS, Medicare, PESEL or insurance number,
  phone, e-mail, address, card, IBAN, SSN);
* 30 grade-school word problems and multiple-choice questions that are really about the
  writer's own bills, loans, children and neighbours, with real names and an identifier
  (account, school, student, member or policy-holder number, card, IBAN, phone).

Usernames, logins, handles, account, customer, member, patient, hospital, student, pupil
and employee numbers, passports and national ids are labelled ID_NUMBER; PINs, door,
alarm and key-box codes, wifi keys, passphrases and passwords PASSWORD; titles (Mr, Mrs,
Ms, Dr, Alhaji) and relation words stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; public figures, companies,
fictional characters, order, ticket, invoice, booking and reference numbers and dates of
birth are not labelled; every occurrence of a private value is marked. The 100 clean texts
are 40 MT-Bench-style prompts across its eight categories (role-play as famous or fictional
people, extraction from invented public text about companies and products, code with
placeholder credentials), 20 Vicuna-style questions, 15 GSM8K-style word problems with
fictional first names, 15 MMLU-style items with options A to D (some naming historical
figures) and 10 hospital chatbot questions that name no person. All values are invented:
phones from ranges kept for fiction (UK 07700 900, 020 7946 0, 0131 496 0; North America
555-01xx; Australia 0491 570; Germany 030 23125 and 089 99998), cards Luhn-valid and not
well-known test numbers, IBANs valid mod 97 and not documentation examples, IPs from
documentation ranges, SSNs with assignable area, group and serial, national ids with valid
check digits where the format has one (NHS number, Aadhaar, Dutch BSN, Swedish
personnummer, Canadian SIN, Spanish DNI, Singapore NRIC, Australian TFN and Medicare,
Chinese resident id, Polish PESEL). The builder only checks these values; it makes none.

Run ``.venv/bin/python bench/data/build_blind34.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    aadhaar_ok,
    bsn_ok,
    check_national_ids,
    china_id_ok,
    dni_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    nhs_ok,
    nric_ok,
    pesel_ok,
    tfn_ok,
)
from marks import build_sections, iban_ok

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 300
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Alhaji|Grandma|Grandpa|Auntie|Uncle)\.?\s")
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 80 MT-Bench and Vicuna-style prompts that carry a private person's data.
PROMPTS = [
    # writing
    "Write a thank-you email to my landlord Mr [[PERSON|Okonjo]] at [[EMAIL_ADDRESS|c.okonjo@lettings.example.com]] for fixing the boiler at [[STREET_ADDRESS|14 Larkhall Rise, London SW4 6HZ]] so quickly. Keep it under 120 words and friendly but not gushing.",
    "Compose an engaging travel blog post about my recent trip to Hawaii, highlighting cultural experiences and must-see attractions. At the end, mention that my travel buddy [[PERSON|Priya Raghunathan]] is happy to share snorkelling tips if readers text her on [[PHONE_NUMBER|(808) 555-0147]].",
    "Draft a professional email to my manager [[PERSON|Tobias Lindqvist]] seeking feedback on the quarterly financial report I prepared. Sign it from me, [[PERSON|Hanna Berg]], and put my direct line [[PHONE_NUMBER|020 7946 0372]] under the signature.",
    "Write a persuasive letter to the district council objecting to the phone mast planned behind my house at [[STREET_ADDRESS|7 Coppice Way, Thornbury, Bristol BS35 2QW]]. My name is [[PERSON|Gwendolyn Pryce]] and I have lived here for 31 years.",
    "Write a short rhyming poem for my daughter [[PERSON|Ama Mensah]] on her tenth birthday, plus a two-line note to her teacher saying she'll be late on Friday. Her student number is [[ID_NUMBER|ST-482916]] in case the office needs it.",
    "Rewrite this message so it sounds polite but firm: '[[PERSON|Rahul]], you still owe me £240 for the gas. Send it to [[IBAN_CODE|GB02 NWBK 6072 8413 0955 72]] by Friday.' It's for my flatmate [[PERSON|Rahul Venkatesan]] and I don't want a fight.",
    "Edit the opening of my cover letter to make it punchier: 'My name is [[PERSON|Lucía Fernández Ortega]], I live at [[STREET_ADDRESS|Calle de Toledo 58, 3º B, 28005 Madrid]] and I am writing to apply for the junior data analyst role.'",
    "Write a LinkedIn recommendation for my former intern [[PERSON|Mariam Khalil]], who rebuilt our reporting dashboards in six weeks. End it with her contact, [[EMAIL_ADDRESS|mariam.khalil@example.org]], since she is job hunting.",
    "Write a wedding toast for my best friends [[PERSON|Nkechi Eze]] and [[PERSON|Samuel Adjei]]. Mention the venue, [[STREET_ADDRESS|Hollins Barn, 6 Kirkby Road, Ripon HG4 2ET]], and remind guests that RSVPs go to [[EMAIL_ADDRESS|nkechi.and.sam@example.com]].",
    "Write a limerick about my cat Pickle for my neighbour [[PERSON|Winifred Ashby]], who feeds him when I'm away. Add a P.S. reminding her the key-box code changed to [[PASSWORD|0629]].",
    "Logic question: my cousin [[PERSON|Darius Farahani]] says that because our shared streaming login [[ID_NUMBER|dfarahani.home]] was used at 3am, and he was asleep, I must have used it. What assumptions is he making?",
    # role-play
    "Pretend to be my late grandmother [[PERSON|Folasade Adeyemi]] and tell me a bedtime story the way she used to in her kitchen at [[STREET_ADDRESS|22 Herbert Macaulay Way, Yaba, Lagos 101212]]. Use her habit of starting every story with a proverb.",
    "Role-play as my grandma [[PERSON|Mei-Ling Chua]] telling me off for not calling her. Her number is [[PHONE_NUMBER|0491 570 218]] and she lives at [[STREET_ADDRESS|41 Kensington Road, Rose Park SA 5067]], so mention the roses by her gate.",
    "Act as a bank fraud officer and walk me through what happens after I report my card [[CREDIT_CARD|4539 6172 0485 3124]] as stolen. I'm [[PERSON|Darnell Whitaker]] and my account number is [[ID_NUMBER|88213047]].",
    "Imagine you are Sherlock Holmes and deduce what you can about my neighbour [[PERSON|Bartholomew Ingle]] of [[STREET_ADDRESS|3 Pilgrim's Lane, Keswick CA12 4DN]] from the fact that he mows his lawn at six every Sunday morning.",
    "Pretend you're my personal trainer and build a four-week beginner plan for me, [[PERSON|Keisha Boateng]]. Put my member number [[ID_NUMBER|GYM-0047713]] at the top so I can paste it into the Riverside gym portal.",
    "Be the Dungeon Master for our one-shot tonight. The players are my friends [[PERSON|Oskar Nieminen]] and [[PERSON|Lise Dubois]]; write the recap afterwards as an email to [[EMAIL_ADDRESS|oskar.nieminen@posti.example.fi]] so he can forward it.",
    "Act as a customer service agent for my internet provider so I can rehearse my complaint about outages. My customer number is [[ID_NUMBER|CN-77310942]] and the router's public IP is [[IP_ADDRESS|203.0.113.58]].",
    "You are my landlady Mrs [[PERSON|Hilda Brankovic]]. Refuse to return my deposit so I can practise negotiating. The flat was [[STREET_ADDRESS|Flat B, 9 Quarry Street, Guildford GU1 3UY]] and I left it spotless.",
    # reasoning
    "My flatmates [[PERSON|Ines Carvalho]] and [[PERSON|Mateo Ruiz]] split the bills: [[PERSON|Ines]] pays twice what [[PERSON|Mateo]] pays, and together they cover 60% of €1,150. How much does each pay? Also put the wifi key [[PASSWORD|Naranja!2291]] at the bottom of the bill sheet.",
    "Here's a puzzle from my carpool. [[PERSON|Femi Ogunleye]] never drives on Monday, [[PERSON|Gustavo Lima]] drives the day after [[PERSON|Femi]], and I drive on Wednesday. There are three workdays. Who drives when? Text the answer to [[PHONE_NUMBER|07700 900184]].",
    "If my bank PIN is [[PASSWORD|4816]] and I add 1 to each digit, what is the new PIN? My dad [[PERSON|Ravi Sharma]] says this is a safe way to change a PIN; explain step by step why it is or isn't.",
    "Reason step by step: my brother [[PERSON|Kwame Asante]] says the address [[IP_ADDRESS|198.51.100.23]] in our router log must be a hacker because it doesn't start with 192.168. Is his reasoning sound?",
    "My sister [[PERSON|Oluwaseun Bakare]] swears her phone [[PHONE_NUMBER|07700 900138]] was cloned because friends got texts she never sent. List the possible explanations and rank them by likelihood.",
    "My son [[PERSON|Elias Novak]] claims he can't be the one who opened the garage, because only his mum and I know the code [[PASSWORD|7391]]. He also knows where we wrote it down. What's wrong with his argument?",
    # math
    "My car loan from Northway Credit (account [[ID_NUMBER|4471920365]]) is $14,800 at 6.9% APR over 48 months. What's my monthly payment, and how much interest will I pay in total? Thanks, [[PERSON|Marisol Acevedo]].",
    "I pay €1,240 rent to [[PERSON|Gerald Finch]] by transfer to [[IBAN_CODE|DE12 5001 0517 5408 2719 36]] every month. If the rent rises 3.5% a year, what will I have paid him in total after four years?",
    "My credit card [[CREDIT_CARD|5528 6304 9172 8453]] has a balance of £2,350 at 22.9% APR. If I pay £150 a month, how many months until it's cleared, and what interest do I pay? — [[PERSON|Siobhan Kelleher]]",
    "My ISA, account number [[ID_NUMBER|61538274]], holds £8,200 at 4.1% compounded monthly. How much will be in it after five years if I add nothing? The account is in my name, [[PERSON|Trevor Oakes]].",
    "Split our holiday costs: [[PERSON|Aleksandra Wiśniewska]] paid €420, I paid €180 and [[PERSON|Jakub Zając]] paid nothing. How much should each person send to even out, and how much goes to my account [[IBAN_CODE|PL98 1020 2674 0000 1784 9362 5180]]?",
    "I'm [[PERSON|Tomasz Zieliński]]. My gym takes £39 a month from my card [[CREDIT_CARD|4026 1738 5906 2744]] and the pool £4.50 a visit. If I swim twice a week, what do I spend a year?",
    "Our joint account [[IBAN_CODE|NL37 ABNA 0581 2739 46]] with my partner [[PERSON|Femke Jansen]] held €3,200. She spent 15% and I spent a quarter of what was left. How much remains?",
    # coding
    "Debug this script; it logs in as [[ID_NUMBER|mgallagher82]] with password [[PASSWORD|Tr0ut&Kettle55]] and keeps returning 401:\n\nimport requests\nr = requests.post('https://portal.example.com/login', data={'user': '[[ID_NUMBER|mgallagher82]]', 'pass': '[[PASSWORD|Tr0ut&Kettle55]]'})\nprint(r.status_code)",
    "Write a Python function that validates my own details before I submit the council form: name [[PERSON|Anneliese Vogt]], e-mail [[EMAIL_ADDRESS|a.vogt@web.example.de]], phone [[PHONE_NUMBER|030 23125 417]]. It should reject an e-mail without a dot after the @.",
    "Why does this SQL fail with 'column count doesn't match'?\n\nINSERT INTO customers (name, ssn) VALUES ('[[PERSON|Jerome Castellanos]]', '[[US_SSN|412-58-7306]]', '[[EMAIL_ADDRESS|jcastellanos@example.net]]');",
    "My cron job connects to my home server at [[IP_ADDRESS|192.0.2.147]] as [[ID_NUMBER|nkariuki]] with the key passphrase [[PASSWORD|mvua-ya-jioni-7]]. Write a bash script that checks the connection first and e-mails me if it fails.",
    "Refactor this config loader so secrets don't sit in the repo. My .env currently reads:\nDB_USER=[[ID_NUMBER|svc_hmorales]]\nDB_PASS=[[PASSWORD|Qx7!pelican-Road]]\nDB_HOST=[[IP_ADDRESS|198.51.100.61]]",
    "My Git commits show the author as [[PERSON|Yusuf Demir]] <[[EMAIL_ADDRESS|yusuf.demir@posta.example.com.tr]]>. How do I rewrite the history so every commit uses my new address [[EMAIL_ADDRESS|ydemir.dev@example.org]]?",
    "Write a unit test for my function that masks card numbers. Use my own card [[CREDIT_CARD|5167 3920 8451 7365]] as the input, because the fake ones don't pass our validator, and assert the output ends in 7365.",
    # extraction
    "Extract the name, phone and address from this note as JSON: 'Pick up the sofa from [[PERSON|Bernadette Quigley]], [[STREET_ADDRESS|19 Ashgrove Terrace, Harrogate HG1 4QX]], ring [[PHONE_NUMBER|07700 900412]] before 5.'",
    "Pull every e-mail address out of this thread and list them with the sender's name:\nFrom: [[PERSON|Chidi Okafor]] <[[EMAIL_ADDRESS|chidi.okafor@example.com]]>\nCc: [[PERSON|Marta Kowalczyk]] <[[EMAIL_ADDRESS|marta.k@example.pl]]>\nSubject: allotment rota",
    "Extract the fields surname, given names, passport number and nationality from this line I typed off my passport: Surname [[PERSON|HAKIMI]] / Given names [[PERSON|Leila Samira]] / Passport No [[ID_NUMBER|XK4729183]] / Nationality Moroccan / DOB 14 MAR 1991",
    "Here is a voicemail transcript; extract caller name, callback number and account: 'Hi, this is [[PERSON|Bongani Dlamini]] calling about account [[ID_NUMBER|ZA-5583021]], please call me back on [[PHONE_NUMBER|+44 7700 900881]], thanks.'",
    "Extract the key information from my lease summary into a table: tenant [[PERSON|Aoife Brennan]], property [[STREET_ADDRESS|Flat 2, 88 Canal Street, Manchester M1 3HE]], rent £950 paid monthly from [[IBAN_CODE|GB70 MIDL 4005 1792 6384 10]].",
    "From this business card, extract name, job, phone, e-mail and address: '[[PERSON|Haruka Yamamoto]] | Freelance Translator | [[PHONE_NUMBER|+1 415 555 0138]] | [[EMAIL_ADDRESS|haruka.yamamoto@example.jp]] | [[STREET_ADDRESS|2-14-7 Ebisu, Shibuya-ku, Tokyo 150-0013]]'",
    "Given these receipts, extract merchant, amount and card as CSV: 1) Boots, £12.40, [[CREDIT_CARD|4918 0362 7154 9039]]; 2) Shell, £61.02, [[CREDIT_CARD|4918036271549039]]; 3) Pret, £7.85, [[CREDIT_CARD|4918 0362 7154 9039]]. Cardholder [[PERSON|Nathaniel Brooks]].",
    # STEM
    "Explain how an air-source heat pump works and whether one would suit my 1930s semi at [[STREET_ADDRESS|5 Moorland Close, Hexham NE46 3PL]]. The installer, [[PERSON|Craig Liddell]], quoted £9,400.",
    "My son [[PERSON|Arjun Pillai]] has just been diagnosed with type 1 diabetes; explain insulin-to-carb ratios simply so I can teach him. His NHS number is [[ID_NUMBER|485 217 3907]] if the clinic letter matters.",
    "Why is my home network slow? My laptop at [[IP_ADDRESS|2001:db8:4a1c::17]] pings the NAS at [[IP_ADDRESS|2001:db8:4a1c::2]] in 40 ms over wifi. The broadband is in my name, [[PERSON|Thabo Mokoena]].",
    "Explain in simple terms what my mum [[PERSON|Rosalind Achterberg]]'s result of HbA1c 48 mmol/mol means. Her BSN is [[ID_NUMBER|273841592]] and her GP is Dr [[PERSON|Pieter de Wit]].",
    "Describe the physics of why my e-bike battery drains faster in winter. For the warranty claim I also need a paragraph citing my customer id [[ID_NUMBER|EBK-300918]] and my e-mail [[EMAIL_ADDRESS|lars.holm@example.dk]].",
    "Calculate how long my 40 GB backup takes to download from my server [[IP_ADDRESS|198.51.100.77]] over a 100 Mbit/s line. The admin account is [[ID_NUMBER|root_kpatel]] with password [[PASSWORD|Sunflower#8812]] if you need to test it.",
    # humanities
    "Write a short history of the village where my great-uncle [[PERSON|Stanisław Mazur]] was born, and format it as a letter to his daughter at [[STREET_ADDRESS|ul. Długa 17/4, 31-146 Kraków]].",
    "Discuss the ethics of reading a teenager's messages. My daughter [[PERSON|Imogen Hartley]]'s Instagram handle is [[ID_NUMBER|imo.hartley09]] and I know her password, [[PASSWORD|Biscuit2009!]], because she wrote it in her diary.",
    "Summarise the main causes of the Partition of India for my grandfather's memoir. He is [[PERSON|Harbhajan Singh Gill]], and the publisher wants his Aadhaar [[ID_NUMBER|7392 5804 6137]] on the contract. Is that normal?",
    "Compare Stoic and Buddhist views on grief. I'm writing a condolence card to my friend [[PERSON|Natalia Petrova]], whose father died, and posting it to [[STREET_ADDRESS|Flat 6, 21 Marchmont Road, Edinburgh EH9 1HY]].",
    "Translate this letter to my Korean host family into Korean: 'Dear [[PERSON|Kim Min-jun]] and [[PERSON|Park Ji-woo]], thank you for hosting me at [[STREET_ADDRESS|12 Teheran-ro 45-gil, Gangnam-gu, Seoul 06158]] last summer.'",
    # generic
    "How can I improve my time management? My week is chaos since my mother-in-law [[PERSON|Pauline Okwu]] moved in; she calls me at work on [[PHONE_NUMBER|(416) 555-0183]] ten times a day.",
    "What are the best tips for a first date? I'm meeting [[PERSON|Jasper Ellingsworth]] on Saturday and he gave me his number, [[PHONE_NUMBER|07700 900265]]. Should I text first?",
    "How do I deal with a noisy neighbour without making it worse? It's [[PERSON|Dale Huxtable]] at [[STREET_ADDRESS|Unit 3, 47 Beaufort Street, Perth WA 6000]], and the bass goes until 2am.",
    "Give me tips to save money on groceries for a family of five, and e-mail the plan to [[EMAIL_ADDRESS|thuy.nguyen.fam@example.com]] so my husband [[PERSON|Minh Tran]] sees it too.",
    "How can I stop procrastinating on my thesis? My supervisor Dr [[PERSON|Ebere Nnamdi]] keeps emailing and my student number [[ID_NUMBER|20784613]] is already on the progress warning list.",
    "How do I politely ask my cleaner [[PERSON|Rosângela Ferreira]] to stop streaming on my wifi ([[PASSWORD|casa-azul-4419]]) while she works?",
    # knowledge
    "What's the difference between a Roth and a traditional IRA? I'm [[PERSON|Delroy Campbell]], SSN [[US_SSN|528-41-9063]], and my HR form asks which one I want.",
    "How is capital gains tax worked out when selling shares in the UK? My broker account [[ID_NUMBER|HL-8830172]] is in my name, [[PERSON|Fiona McAllister]], and I sold £14,000 worth this year.",
    "Which vaccines does a two-year-old need in Australia? My son [[PERSON|Lachlan Nguyen]]'s Medicare number is [[ID_NUMBER|2953 70415 1]] and the clinic says he is behind.",
    "Can a Singapore citizen hold a second passport? I'm [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S8734215H]], and my wife is Australian.",
    "How does the Canada Pension Plan work for someone who worked only 12 years? My SIN is [[ID_NUMBER|529 173 601]] and I'm [[PERSON|Geneviève Tremblay]].",
    "What documents do I need to renew a Spanish DNI? Mine is [[ID_NUMBER|47285193E]] and I now live at [[STREET_ADDRESS|Carrer de Mallorca 214, 4t 2a, 08008 Barcelona]].",
    "Can my employer ask for a copy of my resident identity card [[ID_NUMBER|440305198806143729]]? I'm [[PERSON|Chen Jiahui]] and started a job in Shenzhen last month.",
    # Fermi
    "Fermi estimate: how many times has my dad [[PERSON|Ignatius Mwangi]] called me from [[PHONE_NUMBER|(312) 555-0129]] since I moved out in 2015, if he calls about four times a week? Show your reasoning.",
    "Roughly how many litres of water does my household use in a year? The bill for [[STREET_ADDRESS|12 Wattle Grove, Brunswick VIC 3056]], customer [[ID_NUMBER|YVW-6620193]], shows 180 kL for the last quarter.",
    "Fermi question: how many steps has my grandmother [[PERSON|Edith Pemberton]] walked in her life? She is 91 and still walks to church from [[STREET_ADDRESS|The Old Forge, Mill Lane, Ledbury HR8 2BE]].",
    "Estimate how many cups of coffee my colleague [[PERSON|Rajesh Iyer]] has drunk at work since 2012. His badge [[ID_NUMBER|EMP-55172]] shows about four visits to the machine a day.",
    # counterfactual
    "What if I had never moved out of [[STREET_ADDRESS|221 Elmwood Avenue, Buffalo, NY 14222]]? Write how my life with my ex, [[PERSON|Brandon Kowalski]], might have gone.",
    "What if my grandfather Alhaji [[PERSON|Musa Bello]] had never sold the farm? His old passport [[ID_NUMBER|A04718263]] shows he left Kano in 1978. Imagine the alternative.",
    "Imagine my bank had never frozen account [[IBAN_CODE|FR31 3000 4028 3700 0194 7263 185]] in 2020. How would my small bakery have done? Write it in the first person as [[PERSON|Camille Rousseau]], the owner.",
    "What if I had married [[PERSON|Dmitri Volkov]] instead? He still texts me on [[PHONE_NUMBER|+1 646 555 0191]] every birthday. Write a short alternate-history of my last ten years.",
    "Counterfactual: if the person who used my login [[ID_NUMBER|wanjiru.k]] from [[IP_ADDRESS|203.0.113.201]] had not been caught, what could they have done with my accounts?",
    "What would have happened if my grandmother [[PERSON|Ottilie Schreiber]] had emigrated to Argentina as she planned? Her last letter came from [[STREET_ADDRESS|Schillerstraße 9, 04109 Leipzig]].",
]

# 70 rows in the style of presidio-research synthetic PII sentences.
SYNTHETIC = [
    "[[PERSON|Hiroshi Tanaka]]'s card [[CREDIT_CARD|4765 1209 3847 2654]] was declined at the airport.",
    "Please send the parcel to [[PERSON|Agnieszka Nowak]], [[STREET_ADDRESS|ul. Piotrkowska 112 m. 7, 90-006 Łódź]].",
    "My IBAN is [[IBAN_CODE|IE88 BOFI 9014 9263 8517 04]] and my name is [[PERSON|Ciarán Ó Briain]].",
    "You can reach [[PERSON|Efua Owusu]] at [[EMAIL_ADDRESS|efua.owusu@example.com.gh]] after six.",
    "[[PERSON|Rafael Quintero]] lives at [[STREET_ADDRESS|1148 Maple Ridge Drive, Boise, ID 83704]].",
    "The SSN on file for [[PERSON|Tamika Reynolds]] is [[US_SSN|231-67-4409]].",
    "Login attempt from [[IP_ADDRESS|192.0.2.66]] for user [[ID_NUMBER|vkrishnan]] failed three times.",
    "Passport number [[ID_NUMBER|533918274]] belongs to [[PERSON|Jonah Whitfield]].",
    "Call [[PERSON|Magdalena Horvat]] on [[PHONE_NUMBER|+44 7700 900517]] before noon.",
    "[[PERSON|Nguyen Thi Lan]] paid with [[CREDIT_CARD|5452 1098 6372 6148]] on 3 May.",
    "Her address is [[STREET_ADDRESS|Unit 12, 3 Pacific Highway, Chatswood NSW 2067]] and her name is [[PERSON|Leilani Kahale]].",
    "Transfer the deposit to [[IBAN_CODE|AT74 1420 0200 1047 3928]], account holder [[PERSON|Florian Gruber]].",
    "[[PERSON|Aarav Mehta]]'s Aadhaar number is [[ID_NUMBER|4820 6193 7585]].",
    "Username [[ID_NUMBER|bjorn_e_77]] registered with the e-mail [[EMAIL_ADDRESS|bjorn.eriksson77@example.se]].",
    "[[PERSON|Sadia Rahman]] was born on 12/04/1989 and lives at [[STREET_ADDRESS|House 23, Road 11, Dhanmondi, Dhaka 1209]].",
    "The BSN of [[PERSON|Sanne Bakker]] is [[ID_NUMBER|619204734]].",
    "Contact [[PERSON|Matthew O'Connell]] at [[PHONE_NUMBER|(617) 555-0164]] or [[EMAIL_ADDRESS|moconnell@example.com]].",
    "[[PERSON|Ewa Lindholm]]'s personnummer is [[ID_NUMBER|870412-7383]].",
    "Card [[CREDIT_CARD|3492 051873 64299]] belongs to [[PERSON|Gareth Llewellyn]].",
    "Server logs show [[IP_ADDRESS|2001:db8:7f3c::41]] accessed [[PERSON|Mira Kapoor]]'s account at 02:14.",
    "[[PERSON|Juan Pablo Restrepo]] moved to [[STREET_ADDRESS|Carrera 7 # 71-21, Bogotá 110231]] last spring.",
    "Mail the signed contract to [[PERSON|Yuki Sato]], [[STREET_ADDRESS|3-5-12 Minami-Aoyama, Minato-ku, Tokyo 107-0062]].",
    "The NRIC [[ID_NUMBER|T0152847A]] was entered for [[PERSON|Lim Jia Hui]].",
    "[[PERSON|Olga Sokolova]] changed her password to [[PASSWORD|Matryoshka_1984]] yesterday.",
    "[[PERSON|Ahmed Al-Farsi]] can be emailed at [[EMAIL_ADDRESS|ahmed.alfarsi@example.om]].",
    "I'm [[PERSON|Chiara Bianchi]] and my IBAN is [[IBAN_CODE|IT91 X030 6909 6061 0000 0417 362]].",
    "The account [[ID_NUMBER|0071-4482-19]] is registered to [[PERSON|Hamish Drummond]] of [[STREET_ADDRESS|14 Braid Crescent, Edinburgh EH10 6AU]].",
    "[[PERSON|Priscila Santos]] paid the invoice from [[IBAN_CODE|PT87 0035 0097 1038 4729 5013 6]].",
    "Her tax file number is [[ID_NUMBER|459 182 737]], said [[PERSON|Chloe Papadopoulos]].",
    "Ring [[PERSON|Ravi Subramanian]] on [[PHONE_NUMBER|0491 570 344]].",
    "[[PERSON|Marek Dvořák]] logged in from [[IP_ADDRESS|198.51.100.9]] as [[ID_NUMBER|mdvorak]].",
    "[[PERSON|Sione Taufa]]'s e-mail is [[EMAIL_ADDRESS|sione.taufa@example.co.nz]] and his phone is [[PHONE_NUMBER|(206) 555-0152]].",
    "The package for [[PERSON|Beatriz Oliveira]] goes to [[STREET_ADDRESS|Rua Augusta 2150, apto 81, São Paulo - SP, 01412-100]].",
    "SSN [[US_SSN|605-22-1847]] matches [[PERSON|Cody Harlan]] in our records.",
    "[[PERSON|Amara Nwachukwu]] uses the card [[CREDIT_CARD|4357 8201 6493 8278]] for online orders.",
    "Please update [[PERSON|Henrik Sørensen]]'s address to [[STREET_ADDRESS|Nørrebrogade 44, 3. th., 2200 København N]].",
    "[[PERSON|Zhang Wei]] registered the domain with [[EMAIL_ADDRESS|zhangwei.design@example.cn]].",
    "New starter [[PERSON|Kateryna Bondarenko]], passport [[ID_NUMBER|FE381924]], begins on Monday.",
    "[[PERSON|Tyrone Jackson]]'s wifi password is [[PASSWORD|Jackson5fan!]].",
    "The PESEL of [[PERSON|Bartosz Wróbel]] is [[ID_NUMBER|87061425838]].",
    "Deliver to [[PERSON|Fatima Zahra Benali]], [[STREET_ADDRESS|27 Rue de la République, 69002 Lyon]].",
    "[[PERSON|Dev Malhotra]] phoned from [[PHONE_NUMBER|+44 20 7946 0815]] about the lease.",
    "Forum user [[ID_NUMBER|koala_kate]] is [[PERSON|Katherine Doyle]] from the Brisbane office.",
    "[[PERSON|Ibrahim Sesay]] sent €500 to [[IBAN_CODE|BE26 0682 5814 7396]].",
    "Visa [[CREDIT_CARD|4147 3029 8165 4722]], expiry 09/27, name on card [[PERSON|Lucinda Marsh]].",
    "[[PERSON|Park Seo-yeon]]'s address is [[STREET_ADDRESS|301-1204, 88 Banpo-daero, Seocho-gu, Seoul 06591]].",
    "The door code for [[PERSON|Nadia Petrescu]]'s building is [[PASSWORD|4#7709]].",
    "[[PERSON|Kieran Walsh]] gave [[EMAIL_ADDRESS|kwalsh.plumbing@example.ie]] as his contact.",
    "My name is [[PERSON|Anh Vu]] and my SSN is [[US_SSN|318-09-6672]].",
    "[[PERSON|Grace Ndlovu]] lives at [[STREET_ADDRESS|16 Jan Smuts Avenue, Parktown, Johannesburg 2193]].",
    "The IP [[IP_ADDRESS|203.0.113.14]] belongs to [[PERSON|Owen Prichard]]'s home router.",
    "[[PERSON|Mohammed Qureshi]], card [[CREDIT_CARD|5229 1746 3058 2192]], phone [[PHONE_NUMBER|07700 900746]].",
    "[[PERSON|Elena Popescu]] can be reached at [[EMAIL_ADDRESS|elena.popescu@example.ro]].",
    "Resident id [[ID_NUMBER|310115199208271533]] belongs to [[PERSON|Liu Yang]].",
    "The subscriber [[PERSON|Heinrich Baumann]] banks with [[IBAN_CODE|DE93 1203 0000 1057 3829 46]].",
    "[[PERSON|Mateus Costa]] lives at [[STREET_ADDRESS|45 Queen Street, Auckland 1010]].",
    "[[PERSON|Ayesha Siddiqui]]'s username is [[ID_NUMBER|ayesha_s_1993]] and her password is [[PASSWORD|Karachi!Rain93]].",
    "Send the refund to [[PERSON|Louis Marchand]], [[IBAN_CODE|FR63 1027 8060 4100 0205 7391 816]].",
    "[[PERSON|Noa Friedman]] called from [[PHONE_NUMBER|(929) 555-0107]].",
    "[[PERSON|Maja Lundgren]]'s personnummer is [[ID_NUMBER|920518-4626]] and she lives in Malmö.",
    "[[PERSON|Declan Murphy]] works from [[IP_ADDRESS|192.0.2.213]] and signs in as [[ID_NUMBER|dmurphy]].",
    "[[PERSON|Pham Thi Hoa]] lives at [[STREET_ADDRESS|18 Ngõ Huế, Hai Bà Trưng, Hà Nội 100000]].",
    "Card holder [[PERSON|Rhys Morgan]], number [[CREDIT_CARD|5376 4182 0397 5619]].",
    "[[PERSON|Anjali Deshmukh]]'s PAN is [[ID_NUMBER|BQLPD4821K]].",
    "[[PERSON|Bruno Keller]] can be reached at [[PHONE_NUMBER|089 99998 214]].",
    "The member id [[ID_NUMBER|MB-29481736]] is linked to [[EMAIL_ADDRESS|tess.whitmore@example.com]].",
    "[[PERSON|Valentina Greco]] lives at [[STREET_ADDRESS|Via Garibaldi 31, 10122 Torino TO]].",
    "[[PERSON|Abdi Farah]]'s IBAN [[IBAN_CODE|GB29 HBUK 4012 7635 9281 04]] was flagged for review.",
    "My e-mail is [[EMAIL_ADDRESS|lena.fischer@example.at]] and my IP is [[IP_ADDRESS|198.51.100.182]].",
    "[[PERSON|Connor Blake]]'s SSN is [[US_SSN|447-81-2950]] and his card is [[CREDIT_CARD|4891 2073 6548 3903]].",
]

# 40 patient messages in the style of a hospital chatbot routing set.
PATIENT = [
    "Hi, I'm [[PERSON|Margaret Doyle]], MRN [[ID_NUMBER|4471902]]. Can I move my cardiology appointment on Thursday to next week?",
    "My results from last Monday's blood test haven't come through. Name [[PERSON|Olumide Bankole]], hospital number [[ID_NUMBER|H2289417]].",
    "I was charged twice for the MRI. Account [[ID_NUMBER|PB-7730215]], [[PERSON|Sandra Kuehn]].",
    "Can I get a repeat prescription for my dad [[PERSON|Tomás Herrera]]? His date of birth is 02/11/1948 and his NHS number is [[ID_NUMBER|943 610 2879]].",
    "Please call me back about my daughter's referral on [[PHONE_NUMBER|07700 900593]]. She's [[PERSON|Poppy Ellison]], age 7.",
    "I need to cancel my physio session tomorrow. [[PERSON|Gordon Beattie]], [[EMAIL_ADDRESS|gordon.beattie@example.co.uk]]",
    "Is the Northside pharmacy open on Sunday? I need to pick up insulin for my wife [[PERSON|Hye-jin Cho]], patient id [[ID_NUMBER|P-00583921]].",
    "What time are visiting hours on ward 7? My mum [[PERSON|Brigid Flanagan]] was admitted last night; I'm her son, mobile [[PHONE_NUMBER|+44 7700 900324]].",
    "I paid my balance with card [[CREDIT_CARD|4556 3081 7294 6516]] but the portal still shows it owing. [[PERSON|Rodrigo Salinas]]",
    "Can you send my discharge letter to [[EMAIL_ADDRESS|amit.choudhury@example.in]]? I'm [[PERSON|Amit Choudhury]], MRN [[ID_NUMBER|5538207]].",
    "Do I need to fast before my ultrasound tomorrow? [[PERSON|Lorraine Baptiste]], DOB 14/08/1975, Medicare [[ID_NUMBER|4178 20930 2]]",
    "My insurance member id is [[ID_NUMBER|XJH884120537]]. Does it cover the dermatology visit next month? [[PERSON|Kevin Oyelaran]]",
    "My son [[PERSON|Mason Pruitt]] has a fever of 39.5. Should I bring him to urgent care or wait? Our portal login is [[ID_NUMBER|pruitt.family]].",
    "Can I update my billing address? It's now [[STREET_ADDRESS|602 Birchwood Lane, Apt 4C, Raleigh, NC 27610]]. Name [[PERSON|Shanice Dawson]].",
    "Where do I park for the oncology clinic? [[PERSON|Leonard Fairbanks]], phone [[PHONE_NUMBER|(503) 555-0116]].",
    "Why was my amoxicillin prescription rejected? [[PERSON|Yetunde Balogun]], hospital no. [[ID_NUMBER|RX0093418]]",
    "I would like a copy of my x-ray report. [[PERSON|Wojciech Kamiński]], PESEL [[ID_NUMBER|95032907410]].",
    "My payment plan debit from [[IBAN_CODE|ES46 0049 1500 0527 1038 4926]] failed. Can you retry it? [[PERSON|Alba Moreno]]",
    "Can my husband [[PERSON|Graham Tilley]] collect my test results for me? I'm [[PERSON|Janet Tilley]], patient number [[ID_NUMBER|40918827]].",
    "Please reschedule my grandfather [[PERSON|Bhupinder Sandhu]]'s eye appointment and call me on [[PHONE_NUMBER|0491 570 662]].",
    "I got a $380 bill for a visit I never had. Account [[ID_NUMBER|GH-00418827]], [[PERSON|Crystal Vance]], [[PHONE_NUMBER|(702) 555-0173]].",
    "Can I get my booster at the walk-in clinic? My NHS number is [[ID_NUMBER|612 784 5033]].",
    "My aunt [[PERSON|Nomvula Khumalo]] needs a wheelchair at the main entrance tomorrow at 9. Her patient id is [[ID_NUMBER|JHB-2271940]].",
    "Has my referral to neurology been received yet? [[PERSON|Patrick Muldoon]], [[EMAIL_ADDRESS|pmuldoon62@example.com]]",
    "Is there a Mandarin interpreter for my mother [[PERSON|Wang Xiuying]] at her 2pm appointment? Hospital number [[ID_NUMBER|HK5520917]].",
    "I need a refill of my blood pressure tablets before I travel. [[PERSON|Desmond Ikeji]], pharmacy account [[ID_NUMBER|RXA-661044]].",
    "My lab report says potassium 5.9. Is that dangerous? [[PERSON|Ingrid Solberg]], patient [[ID_NUMBER|NO-4418273]]",
    "Can you confirm my MRI on the 14th? I'm [[PERSON|Jamal Haddad]] and my mobile is [[PHONE_NUMBER|(404) 555-0198]].",
    "How do I pay the outstanding £65? Guarantor [[PERSON|Alistair Crombie]], account [[ID_NUMBER|HB-5502971]].",
    "I missed the call from the surgery about my daughter [[PERSON|Isla Cameron]]'s results; please ring [[PHONE_NUMBER|0131 496 0528]].",
    "My insurance paid but I still got a statement. [[PERSON|Hector Villanueva]], SSN [[US_SSN|562-30-8814]].",
    "Can I book flu jabs for my son [[PERSON|Ethan Liew]] and me? Our address is [[STREET_ADDRESS|27 Jalan Ampang Hilir, 55000 Kuala Lumpur]].",
    "Please stop sending texts to [[PHONE_NUMBER|07700 900651]]; that number belonged to my late father [[PERSON|Reginald Stokes]].",
    "The online form won't accept my MRN [[ID_NUMBER|00729164]]. My name is [[PERSON|Anoushka Rao]].",
    "Is Dr [[PERSON|Folake Adebayo]] taking new patients? I'm [[PERSON|Uchenna Obi]], [[EMAIL_ADDRESS|uchenna.obi@example.com]].",
    "My prescription was sent to the wrong pharmacy. [[PERSON|Beverly Haynes]], [[STREET_ADDRESS|88 Chestnut Street, Hartford, CT 06103]]",
    "When will my cholesterol results be ready? Patient [[PERSON|Kenji Watanabe]], ID [[ID_NUMBER|KW-30057718]].",
    "Could someone explain the charge code on my bill? [[PERSON|Roxanne Delacroix]], account [[ID_NUMBER|710-448-392]]",
    "My father [[PERSON|Ananda Perera]] needs his dialysis moved to mornings; his number is [[PHONE_NUMBER|+1 905 555 0124]].",
    "I want to request my full medical records. [[PERSON|Svetlana Ivanova]], health card [[ID_NUMBER|4829-301-775-KT]].",
]

# 30 grade-school problems and multiple-choice items about the writer's own situation.
PROBLEMS = [
    "My electricity bill from Brightwave (account [[ID_NUMBER|7004518236]]) was £96.40 in January and rose 15% in February. What was February's bill? Round to the nearest penny. — [[PERSON|Leonie Carter]]",
    "My son [[PERSON|Caleb Osei]] (school id [[ID_NUMBER|SID-204417]]) reads 12 pages a night. How many nights will it take him to finish a 276-page book?",
    "I owe my sister [[PERSON|Rutendo Moyo]] £450 and pay £35 a week into her account [[IBAN_CODE|GB26 TSBS 3098 1164 8203 97]]. After how many weeks is it paid off? A) 12 B) 13 C) 14 D) 15",
    "My daughter [[PERSON|Maya Goldberg]], student number [[ID_NUMBER|1004872]], scored 78, 85, 91 and 66 on her tests. What is her mean score, and what does she need on the fifth test to average 82?",
    "Our phone plan costs $45 a month for my line [[PHONE_NUMBER|(720) 555-0161]] and $20 for each extra line. I'm [[PERSON|Dolores Whitlock]] and I have three kids with phones. What do we pay a year?",
    "My neighbour [[PERSON|Osvaldo Pereira]] at [[STREET_ADDRESS|39 Hawthorn Avenue, Cardiff CF14 2LU]] and I share a 24 m fence. He paid for 9 m. How many metres do I pay for, and what fraction is that?",
    "I borrowed $2,000 from my uncle [[PERSON|Emeka Nwosu]] at 5% simple interest a year. How much do I owe him after 3 years? I send it to his card [[CREDIT_CARD|4716 0948 2573 1581]].",
    "Which is cheaper for me? A) my current gas tariff on account [[ID_NUMBER|GS-40772918]] at 7p a kWh plus 30p a day, B) a fixed £62 a month. I use 9,000 kWh a year. Signed [[PERSON|Harriet Lowe]].",
    "My twins [[PERSON|Leo Castillo]] and [[PERSON|Sofia Castillo]] have library cards [[ID_NUMBER|LB-330182]] and [[ID_NUMBER|LB-330183]]. Each borrows 4 books a week for 7 weeks. How many books in total?",
    "My mortgage with account number [[ID_NUMBER|MTG-90314452]] has £186,000 left at 4.5% over 22 years. Is my monthly payment closest to A) £980 B) £1,090 C) £1,150 D) £1,260? — [[PERSON|Rashid Karimi]]",
    "I'm [[PERSON|Giulia Ferri]]. My bank, IBAN [[IBAN_CODE|CH66 0483 5019 3847 2610 5]], charges CHF 5 a month plus CHF 0.40 a transfer. I make 18 transfers a month. What do I pay in a year?",
    "My son [[PERSON|Ayaan Qadir]], pupil number [[ID_NUMBER|P4410937]], gets £2.50 pocket money a week and saves two fifths of it. How many weeks until he has £30?",
    "Multiple choice: my card [[CREDIT_CARD|5193 6274 8501 7582]] was charged £14.99 monthly for a streaming service I cancelled 7 months ago. How much should [[PERSON|Owain Griffiths]] ask to be refunded? A) £89.94 B) £104.93 C) £119.92 D) £74.95",
    "My grandmother [[PERSON|Consolata Achieng]] sends 3,000 shillings to my phone [[PHONE_NUMBER|07700 900427]] every week. How much does she send in a year of 52 weeks?",
    "I drive my daughter [[PERSON|Freya Lindgren]] to school, 7.5 km each way, twice a day. Her school id is [[ID_NUMBER|SE-77102]]. How far do I drive in a 190-day school year?",
    "My water bill for [[STREET_ADDRESS|4 Banksia Court, Toowoomba QLD 4350]] charges $2.90 per kL. We used 52 kL last quarter. What is the usage charge? A) $140.80 B) $150.80 C) $160.80 D) $145.00",
    "My rent to [[PERSON|Augustin Lefèvre]] is €780 and goes up by €25 each year. In which year does it first pass €900? My tenant number with the agency is [[ID_NUMBER|LOC-281746]].",
    "Our carpool: I drive [[PERSON|Aiyana Whitehorse]] and [[PERSON|Bao Ngoc Dinh]] 18 km each way. Petrol costs $1.95 a litre and the car uses 7 L per 100 km. What should each pay per week for 5 days? Text the answer to [[PHONE_NUMBER|(651) 555-0139]].",
    "True or false: if my savings account [[ID_NUMBER|SAV-5530917]] earns 3% a year, I will have doubled my £4,000 in under 20 years. — [[PERSON|Cormac Delaney]]",
    "My daughter [[PERSON|Esperanza Molina]] sells lemonade at 75 cents a cup outside [[STREET_ADDRESS|1820 Sycamore Lane, Tucson, AZ 85719]]. She sold 64 cups. How much did she earn?",
    "I pay $120 a month into my son [[PERSON|Jonah Abernathy]]'s college fund, account [[ID_NUMBER|529-4401873]]. How much will I have put in by the time he is 18 if I started when he was 6?",
    "If my SSN is [[US_SSN|274-63-1058]], what is the sum of its digits? My teacher [[PERSON|Lorna Pike]] said it's a good practice problem.",
    "My neighbour [[PERSON|Siddharth Bose]] borrowed my ladder 3 times in May and 5 times in June. His Aadhaar [[ID_NUMBER|6281 0457 3928]] is on the tool-share form. What is the mean per month?",
    "Which answer is right? My phone bill for [[PHONE_NUMBER|0491 570 905]] was $68 and I paid $50. I owe: A) $12 B) $18 C) $22 D) $28. — [[PERSON|Tayla Fitzgibbon]]",
    "I'm [[PERSON|Nikolai Hansen]]. My gym, member number [[ID_NUMBER|FIT-209385]], charges $30 to join and $22 a month. How much for my first year?",
    "My son [[PERSON|Tobiah Lang]]'s tablet password is [[PASSWORD|dino-roar-12]] and he is allowed 45 minutes a day. How many hours a week is that?",
    "My car insurance with policyholder number [[ID_NUMBER|PH-71420968]] went from £540 to £621. What percentage increase is that? A) 12% B) 15% C) 18% D) 21% — [[PERSON|Bryony Caldwell]]",
    "I owe my ex [[PERSON|Kristof Varga]] half of our €1,860 joint bill, paid from [[IBAN_CODE|DE16 2004 0060 0917 3845 26]]. I've paid €310 so far. How much is left?",
    "My daughter [[PERSON|Yui Matsumoto]] is in class 4B with student id [[ID_NUMBER|YM-203915]]. If 28 pupils share 7 tables equally, how many sit at each table?",
    "I'm [[PERSON|Horace Pennington]] and my tax file number is [[ID_NUMBER|873 026 150]]. If I earned $58,000 and the first $18,200 is tax-free, how much of my income is taxable?",
]

# 40 clean MT-Bench-style prompts across its eight categories.
CLEAN_PROMPTS = [
    "Compose an engaging travel blog post about a recent trip to Kyoto, highlighting temples, food markets and etiquette tips for first-time visitors.",
    "Write a persuasive essay to convince a small town to build a public library instead of a car park. Keep it under 400 words.",
    "Draft a professional email to a hypothetical supplier asking for a revised quote on 500 recycled notebooks.",
    "Write a short story that begins with the sentence: 'The lighthouse keeper had not seen a ship in eleven years.'",
    "Rewrite the following paragraph so a ten-year-old can understand it: 'Photosynthesis converts light energy into chemical energy stored in glucose.'",
    "Write a product description for a solar-powered camping lantern, in a friendly tone, under 120 words.",
    "Pretend you are Marie Curie giving a talk to schoolchildren about why curiosity matters in science.",
    "Act as Elon Musk and explain to a sceptical audience why humans should go to Mars. Then argue the opposite as a critic.",
    "You are Sherlock Holmes. A client arrives with mud on her left boot only. Deduce three things and explain your reasoning.",
    "Role-play as a medieval blacksmith explaining to an apprentice how to temper a blade.",
    "Imagine you are Socrates questioning a modern teenager about whether social media makes people happier.",
    "Pretend to be Hermione Granger helping a first-year student prepare for a potions exam.",
    "If a red house is made of red bricks and a blue house of blue bricks, what is a greenhouse made of?",
    "David has three sisters. Each of them has one brother. How many brothers does David have?",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost? Explain why the intuitive answer is wrong.",
    "Thomas is very healthy, but he has to go to the hospital every day. What are some possible reasons?",
    "Solve for x: 3x + 7 = 2x - 5, and check your answer by substitution.",
    "The vertices of a triangle are at (0, 0), (-1, 1) and (3, 3). What is the area of the triangle?",
    "When a number is divided by 10 the remainder is 4. What is the remainder when twice the number is divided by 4?",
    "How many integers are in the solution of the inequality |x + 5| < 10?",
    "Implement a Python function to find the longest common subsequence of two strings, with a short explanation of its complexity.",
    "Write a SQL query that returns the top three products by revenue from a table sales(product_id, quantity, unit_price).",
    "Here is my database config; explain why it is unsafe to commit it:\nDB_USER=<your-username>\nDB_PASS=<your-password>\nDB_HOST=localhost",
    "Write a bash script that connects to a server with ssh user@host using a key from an environment variable and retries three times.",
    "Debug this JavaScript: for (var i = 0; i < 3; i++) { setTimeout(() => console.log(i), 100); } prints 3 three times. Why?",
    "Write a C++ program to read a text file line by line and count the occurrences of a given word.",
    "Extract the company name, founding year and headquarters from this text as JSON: 'Verdantia Foods, founded in 2009, makes oat-based yoghurts at its headquarters in Ghent.'",
    "Given these product reviews, output a rating from 1 to 5 for each: 1) 'The Zenith X2 phone battery lasts two days.' 2) 'The Nimbus speaker broke in a week.'",
    "Identify the countries, capitals and languages in these sentences and return them as a table: 'Lisbon is the capital of Portugal, where Portuguese is spoken. Canberra is Australia's capital.'",
    "Extract all monetary amounts and the companies they belong to from: 'Orbis Logistics reported revenue of $4.2 billion, while rival Halden Freight earned $3.1 billion.'",
    "From the following press release, list the product names and their launch dates: 'Quillon Audio will release the Q-Pod Mini on 4 March and the Q-Pod Max on 22 April.'",
    "Describe the process of photosynthesis and explain why it matters for life on Earth.",
    "Explain the difference between TCP and UDP with an example application for each.",
    "What are the main differences between mitosis and meiosis?",
    "Explain how vaccines train the immune system, using an analogy a teenager would understand.",
    "Discuss the main causes and consequences of the fall of the Western Roman Empire.",
    "Compare the economic policies of Franklin D. Roosevelt and Margaret Thatcher in a short essay.",
    "Analyse the theme of ambition in Shakespeare's Macbeth with two quotations.",
    "What were the major effects of the printing press on European society in the sixteenth century?",
    "Explain the concept of opportunity cost and give two examples from everyday life.",
]

# 20 clean Vicuna-style questions.
CLEAN_VICUNA = [
    "How can I improve my time management skills?",
    "What are the most effective ways to deal with stress?",
    "What are the main differences between Python and JavaScript?",
    "How can I increase my productivity while working from home?",
    "Can you explain the basics of quantum computing?",
    "What are the differences between plant-based and animal-based protein sources?",
    "How can I develop my critical thinking skills?",
    "What are the major challenges faced by the education sector today?",
    "What are the primary factors that influence consumer behaviour?",
    "What are the most effective strategies for conflict resolution in the workplace?",
    "How many times does the average human blink in a lifetime? Explain your reasoning step by step.",
    "How many snowflakes fall during a typical winter? Try to explain your answer step by step.",
    "How many text messages are sent globally in a minute? Walk me through your estimate.",
    "What if the Internet had been invented during the Renaissance period?",
    "What if Isaac Newton had focused on biology instead of physics?",
    "What if the Beatles had never formed as a band?",
    "How would you introduce yourself as a medieval knight at a royal banquet?",
    "As a pirate captain, what would you say to your crew to motivate them to search for hidden treasure?",
    "Why might someone prefer a paper map or asking for directions over a GPS device?",
    "How can you tell whether a restaurant is popular among locals or mainly attracts tourists?",
]

# 15 clean GSM8K-style word problems with fictional first names.
CLEAN_MATHS = [
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?",
    "Weng earns $12 an hour for babysitting. Yesterday she babysat for 50 minutes. How much did she earn?",
    "Betty is saving for a wallet that costs $100. She has half the money. Her parents give her $15 and her grandparents twice as much as her parents. How much more does she need?",
    "Julie is reading a 120-page book. Yesterday she read 12 pages and today twice as many. If she wants to read half the remaining pages tomorrow, how many pages should she read?",
    "Marco bakes 36 muffins and puts them into boxes of 4. He sells each box for $6. How much money does he make if he sells every box?",
    "A farmer named Odette has 15 hens. Each hen lays 5 eggs a week. She sells the eggs at $3 a dozen. How much does she earn in four weeks?",
    "Kofi runs 3 laps of a 400-metre track every morning and 5 laps every evening. How many kilometres does he run in a week?",
    "Priya buys 4 notebooks at $2.75 each and 3 pens at $1.20 each. She pays with a $20 bill. How much change does she get?",
    "A train leaves at 9:40 and arrives at 13:15. Lukas says the trip takes 3 hours 25 minutes. Is he right? If not, what is the correct time?",
    "Hana has 3 times as many stickers as Jomo. Together they have 84 stickers. How many stickers does Hana have?",
    "A pool holds 12,000 litres. Ines fills it at 40 litres a minute. How many hours does it take to fill the pool?",
    "Tariq's class of 28 students goes on a trip. Each minibus seats 12. How many minibuses are needed, and how many seats are empty?",
    "Rosa plants 6 rows of tomatoes with 9 plants in each row. A storm destroys one third of the plants. How many plants are left?",
    "A shop sells a jacket for $80. During a sale it is 25% off, and Ahmed has a coupon for a further $10 off. What does he pay?",
    "Elif reads 18 pages on Monday, and each day after she reads 4 more pages than the day before. How many pages has she read by the end of Friday?",
]

# 15 clean MMLU-style multiple-choice items.
CLEAN_EXAM = [
    "Which of the following is the powerhouse of the cell? A) Nucleus B) Mitochondrion C) Ribosome D) Golgi apparatus",
    "Who wrote 'The Wealth of Nations'? A) John Locke B) Adam Smith C) David Hume D) Karl Marx",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Which amendment to the United States Constitution abolished slavery? A) First B) Fifth C) Thirteenth D) Nineteenth",
    "The derivative of sin(x) is: A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "Which of the following is a primary function of the kidneys? A) Producing bile B) Filtering blood C) Digesting proteins D) Storing glycogen",
    "Napoleon Bonaparte was finally defeated at which battle? A) Austerlitz B) Leipzig C) Waterloo D) Borodino",
    "Which philosopher wrote 'Critique of Pure Reason'? A) Hegel B) Kant C) Nietzsche D) Descartes",
    "What is the time complexity of binary search on a sorted array? A) O(1) B) O(log n) C) O(n) D) O(n log n)",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Francium",
    "Under contract law, an offer is terminated by all of the following EXCEPT: A) rejection B) lapse of time C) counter-offer D) acceptance by the offeree",
    "Who was the first woman to win a Nobel Prize? A) Rosalind Franklin B) Marie Curie C) Dorothy Hodgkin D) Lise Meitner",
    "Which macroeconomic policy tool is controlled by a central bank? A) Income tax rates B) Government spending C) The policy interest rate D) Tariffs",
    "A patient presents with polyuria, polydipsia and weight loss. The most likely diagnosis is: A) Hypothyroidism B) Diabetes mellitus C) Anaemia D) Asthma",
    "Which empire was ruled by Mansa Musa? A) Songhai B) Mali C) Ghana D) Kanem",
]

# 10 clean hospital chatbot questions naming no person.
CLEAN_HEALTH = [
    "What are the visiting hours for the maternity ward?",
    "Do I need to fast before a routine cholesterol blood test?",
    "How long does it usually take to get MRI results back?",
    "Can I pay my hospital bill in instalments?",
    "Where is the car park for the outpatient clinic, and how much does it cost?",
    "How do I request a repeat prescription online?",
    "Is there a pharmacy inside the hospital that is open at weekends?",
    "What should I bring to my first physiotherapy appointment?",
    "How do I cancel or reschedule an appointment without a penalty?",
    "Does the emergency department have interpreters for patients who don't speak English?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 217 3907": nhs_ok,  # NHS number
    "943 610 2879": nhs_ok,
    "612 784 5033": nhs_ok,
    "7392 5804 6137": aadhaar_ok,  # Indian Aadhaar
    "4820 6193 7585": aadhaar_ok,
    "6281 0457 3928": aadhaar_ok,
    "273841592": bsn_ok,  # Dutch BSN
    "619204734": bsn_ok,
    "870412-7383": luhn_len(10),  # Swedish personnummer
    "920518-4626": luhn_len(10),
    "529 173 601": luhn_len(9),  # Canadian SIN
    "47285193E": dni_ok,  # Spanish DNI
    "S8734215H": nric_ok,  # Singapore NRIC
    "T0152847A": nric_ok,
    "459 182 737": tfn_ok,  # Australian tax file number
    "873 026 150": tfn_ok,
    "2953 70415 1": medicare_ok,  # Australian Medicare
    "4178 20930 2": medicare_ok,
    "440305198806143729": china_id_ok,  # Chinese resident identity card
    "310115199208271533": china_id_ok,
    "87061425838": pesel_ok,  # Polish PESEL
    "95032907410": pesel_ok,
}

# IBAN lengths by country, so a mistyped IBAN with a lucky checksum still fails.
IBAN_LENGTHS = {
    "GB": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "IE": 22,
    "AT": 20, "PL": 28, "PT": 25, "CH": 21,
}  # fmt: skip

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"\+44 20 7946 0\d{3}",
        r"0131 496 0\d{3}",  # Edinburgh
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"030 23125 \d{3}",  # Germany: Berlin, Munich
        r"089 99998 \d{3}",
    )
]

DOC_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
SECTIONS = {
    "prompts": (PROMPTS, 80),
    "synthetic": (SYNTHETIC, 70),
    "patient": (PATIENT, 40),
    "problems": (PROBLEMS, 30),
    "clean prompts": (CLEAN_PROMPTS, 40),
    "clean vicuna": (CLEAN_VICUNA, 20),
    "clean maths": (CLEAN_MATHS, 15),
    "clean exam": (CLEAN_EXAM, 15),
    "clean health": (CLEAN_HEALTH, 10),
}
PII_SECTIONS = ("prompts", "synthetic", "patient", "problems")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, IBANs of the right
    length and no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOC_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (
                compact in DOCUMENTATION_IBANS
                or not iban_ok(compact)
                or IBAN_LENGTHS.get(compact[:2]) != len(compact)
            ):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def check_sections() -> None:
    """Each personal-data section has a PERSON or an identifier in every text, the
    synthetic rows one to three identifiers each, and every clean text is free of
    anything that looks like an e-mail, an IP or a long digit run."""
    for marked in SYNTHETIC:
        if not 1 <= len(marked_spans(marked)) <= 3:
            raise SystemExit(f"synthetic: want 1 to 3 identifiers in {marked[:60]!r}")
    for marked in PATIENT + PROBLEMS:
        if not any(s["type"] != "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"want an identifier besides a name in {marked[:60]!r}")
    looks_personal = re.compile(r"\S@\S+\.[a-z]{2,}|\b\d{1,3}(\.\d{1,3}){3}\b|\d{6,}")
    for key, (items, _) in SECTIONS.items():
        if key in PII_SECTIONS:
            continue
        for text in items:
            if looks_personal.search(text):
                raise SystemExit(f"{key}: personal-looking value in {text[:60]!r}")


def main() -> None:
    pii = PROMPTS + SYNTHETIC + PATIENT + PROBLEMS
    check_sections()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind34", HERE, SECTIONS, set(PII_SECTIONS),
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=PROMPTS, lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
