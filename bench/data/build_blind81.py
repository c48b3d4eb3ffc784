# ruff: noqa: E501
"""An eighty-first blind privacy set: 220 texts with personal data and 100 clean ones, written
around people from many countries who write in English (Nigeria, India, the Philippines,
Brazil, Poland, Vietnam, Kenya, Mexico, Egypt, Indonesia, Ireland, New Zealand and others).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests to an AI assistant (3 to 100 words): people asking to draft, reply,
  translate, summarise, fix, plan, calculate or advise about their own life, work, family,
  health, money, travel, school, home and IT accounts. The first 30 (a quarter) are typed
  all in lower case, the next 6 are in Portuguese, Polish, Vietnamese, Spanish, Indonesian
  and Tagalog, the rest are English with capitals. Hard cases: first names or surnames
  alone, lower-case names, names that are ordinary words (Joy, Hope, Will, Mercy, Sunday,
  Blessing, Precious), names with non-English letters and in Arabic, Chinese and Devanagari
  script, relation words and titles beside names (bhaiya, Tita, Mama, Father, Engr.),
  passwords, passphrases, PINs, door, gate, alarm and lockbox codes, wifi keys (several
  without the word "password"), phones with and without separators in a dozen national
  layouts, usernames, account, loan, employee, policy, hospital and national id numbers,
  cards, IBANs, a CLABE, an SSN, IPs, API keys and street addresses of many countries and
  one military address;
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name: contact lines, form rows,
  shipping labels, log lines, HR, payroll, bank, insurance and clinical notes, letters and
  profiles.

Usernames and logins, account, customer, member, employee, student, patient, policy and
booking numbers, passports, driver licences and national and tax ids are ID_NUMBER; PINs,
door, gate, alarm, lockbox and locker codes, wifi keys, one-time codes, passphrases and
passwords are PASSWORD; titles and relation words (Mr, Mrs, Dr, Engr., Father, Tita, Mama,
bhaiya, my son) stay outside PERSON spans; an address span runs from the street line through
the postcode and city as typed; public and historical figures, fictional characters, brands,
places, order, invoice and ticket numbers and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data at all:
25 MT-Bench/Vicuna-style prompts (writing, reasoning, coding, role-play, STEM), 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A to
D (some naming historical figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, North America 555-01xx, Australia
0491 570) and in each country's own layout elsewhere; cards Luhn-valid and not well-known
test numbers; IBANs valid mod 97 and not documentation examples; the SSN with assignable
area, group and serial; IPs from documentation ranges; national ids with valid check digits
(Brazilian CPF, Polish PESEL, Indian Aadhaar, Irish PPS number, New Zealand NHI and IRD
number, Mexican CURP and CLABE, South African id, Canadian SIN) and ids without a public
check digit in their country's shape (Nigerian NIN and BVN, Kenyan id and KRA PIN,
Indonesian NIK, Vietnamese CCCD, Indian PAN, Egyptian national id, Philippine SSS, TIN and
PhilSys numbers); no value in two texts.

Run ``.venv/bin/python bench/data/build_blind81.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    check_counts,
    check_national_ids,
    check_values,
    cpf_ok,
    digits,
    luhn_len,
    marked_spans,
    nhi_ok,
    pesel_ok,
    pps_ok,
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Engr|Father|Tita|Mama|Pani|Chị|SSgt|Sr|Sra)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, then English with capitals.
CHAT = [
    # all lower case
    "can you write a short birthday message for my sister [[PERSON|chiamaka]]? she turns 30 on friday and loves jollof and old nollywood films",
    "my new wifi password is [[PASSWORD|mangoes&rain2024]] how do i share it with guests without reading it out loud every time",
    "translate to hindi please: dear [[PERSON|ravi]] bhaiya, i reached pune safely, call me on [[PHONE_NUMBER|98204 61735]] when you are free",
    "help me reply to my landlord mr [[PERSON|adeyemi]], he wants the rent for the flat at [[STREET_ADDRESS|17 allen avenue, ikeja, lagos]] by monday but salary only comes on the 28th",
    "how do i reset my gcash mpin, the old one [[PASSWORD|482019]] stopped working after i changed phones",
    "my login for the school portal is [[ID_NUMBER|jmdelacruz_2021]] and it keeps saying account locked. what should i tell the registrar",
    "write a polite email to [[EMAIL_ADDRESS|wanjiru.payroll@kilimobank.co.ke]] asking why my june payslip is missing. my staff no is [[ID_NUMBER|kb-20817]]",
    "summarise: meeting with [[PERSON|tomasz]] moved to thursday, his number is [[PHONE_NUMBER|601 482 937]]",
    "is 3 paracetamol a day safe for my mum [[PERSON|nneka]], she is 71 and on blood pressure tablets",
    "how do i tell [[PERSON|grace wanjiru]] that i cant make her wedding in nakuru without sounding rude",
    "fix the grammar: hello sir, i am [[PERSON|bui thi lan]] from class 10a2, my parent phone is [[PHONE_NUMBER|0912 384 705]]",
    "what does bvn mean and is it safe to give [[ID_NUMBER|22318475960]] to a loan app",
    "plan a 3 day itinerary in cebu for me and [[PERSON|migs]], we land at 6am and stay at [[STREET_ADDRESS|unit 1107, 88 gorordo avenue, lahug, cebu city 6000]]",
    "the door code for the airbnb is [[PASSWORD|4471#]] and the host is [[PERSON|marisol]], write her a thank you note in spanish",
    "my aadhaar [[ID_NUMBER|5281 3946 0729]] is linked to an old mobile number, how to update it online",
    "draft a leave application to my principal, i am [[PERSON|ananya iyer]] of class 12 b, sick with dengue since monday",
    "write a text to [[PERSON|kojo]] saying the generator is fixed and he should pay [[PERSON|emeka]] the 15k today",
    "can u check this email i wrote: hi [[PERSON|siobhán]], the keys are under the mat at [[STREET_ADDRESS|14 oakpark drive, tralee, co. kerry, v92 kt4p]], help yourself to tea",
    "my email [[EMAIL_ADDRESS|wiktoria.zajac93@wp.pl]] got hacked and they changed the recovery phone. steps pls",
    "calculate how much [[PERSON|ahmed]] owes me: 3 dinners at 450 egp split 4 ways plus his uber 120",
    "make this more formal: [[PERSON|aroha]] will pick up the kids at 3, ring her on [[PHONE_NUMBER|021 458 3902]] if plans change",
    "whats a good strong password? mine is [[PASSWORD|ilovejesus7]] lol and i use it everywhere",
    "my son [[PERSON|obinna]] has had a fever of 39.2 since last night, when should i take him to hospital",
    "write a linkedin recommendation for [[PERSON|pham quoc bao]], my junior dev for 2 years, great at react and very patient with testers",
    "i need to send money to [[PERSON|joy]] for the school fees, her gtbank account is [[ID_NUMBER|0248173596]], how do i set up a standing order",
    "what do i say when i call the bank? my card [[CREDIT_CARD|4539 2810 7364 9152]] got swallowed by the atm in ikoyi",
    "how do i set up ssh to my vps at [[IP_ADDRESS|203.0.113.47]] with user [[ID_NUMBER|deploy_rk]] from windows",
    "reply to [[PERSON|lucía]] that yes the party is at my place, [[STREET_ADDRESS|calle colima 214, roma norte, 06700 cdmx]], from 8pm",
    "rewrite nicely: [[PERSON|dawid]], stop using my netflix, i changed it to [[PASSWORD|kielbasa!99]]",
    "my pan is [[ID_NUMBER|bqxpk4821m]] and the itr site says mismatch with name, what to do",
    # other languages
    "Pode me ajudar a escrever um e-mail para o síndico? Sou [[PERSON|Larissa Figueiredo]], moro na [[STREET_ADDRESS|Rua Conde de Bonfim 480, apto 1203, Tijuca, Rio de Janeiro - RJ, 20520-054]] e o vazamento no teto continua.",
    "Napisz proszę krótką wiadomość do pani [[PERSON|Haliny Wróbel]], że paczka czeka u mnie i może dzwonić pod [[PHONE_NUMBER|+48 512 739 046]] po 17.",
    "Viết giúp tôi tin nhắn xin nghỉ phép gửi chị [[PERSON|Trần Minh Thư]], số điện thoại của tôi là [[PHONE_NUMBER|0903 517 264]].",
    "Ayúdame a redactar una queja para el banco: mi CLABE es [[ID_NUMBER|012180001958473625]] y me cobraron dos veces la comisión. Soy [[PERSON|Rodrigo Ramírez Garza]].",
    "Tolong buatkan surat izin sakit untuk anak saya [[PERSON|Putri Ayu Lestari]], kelas 4B, alamat [[STREET_ADDRESS|Jl. Kemang Raya No. 27, Bangka, Mampang Prapatan, Jakarta Selatan 12730]].",
    "Pakigawa ng maikling sagot kay Tita [[PERSON|Marites]], sabihin mo na ipapadala ko ang bayad sa GCash niya, [[PHONE_NUMBER|0917 602 4418]], bukas ng umaga.",
    # English with capitals
    "Draft a reply to [[PERSON|Chidinma]] saying I'll send the revised budget tonight.",
    "Can you help me write a cover letter? I'm [[PERSON|Temitope Bankole-Smith]], a pharmacist in Abuja, phone [[PHONE_NUMBER|+234 803 417 2958]], email [[EMAIL_ADDRESS|temi.bankole@gmail.com]].",
    "My PPS is [[ID_NUMBER|3827461B]]. Does Revenue need it on the rent tax credit form or just my myAccount login?",
    "Summarise this voicemail: Hi, it's Father [[PERSON|Declan]] from the parish, the christening for baby [[PERSON|Saoirse]] is moved to the 14th, call me back on [[PHONE_NUMBER|087 316 4920]].",
    "Write a short WhatsApp message in English to my aunt [[PERSON|منى السيد]] telling her the visa appointment is on Sunday at 10.",
    "Please check the maths: [[PERSON|Hope]] paid 12,500 KES, [[PERSON|Brian]] paid 8,000 and I paid 4,500 for the Naivasha trip. Who owes whom?",
    "My GP in Hamilton asked for my NHI, it's [[ID_NUMBER|ZKT4821]]. Is it safe to send that in an email to reception?",
    "Write a complaint to my broadband provider about double billing. Account holder [[PERSON|Aoife Brennan]], account no [[ID_NUMBER|7720418836]], address [[STREET_ADDRESS|Apt 6, 23 Harcourt Terrace, Dublin 2, D02 X285]].",
    "The alarm code is [[PASSWORD|2580]] but the panel beeps twice and nothing happens. What's wrong?",
    "Can you turn this into a formal letter? To whom it may concern, [[PERSON|Precious Mwangi]] has worked for me as a nanny since 2019 and is honest and reliable.",
    "Fix my Python: requests.get(url, headers={'Authorization': 'Bearer [[API_KEY|hgk_live_7Rq2vXw9LmT4pZs8NcY3bKd6]]'}) returns 401 every time.",
    "I keep forgetting. Netflix is [[EMAIL_ADDRESS|ikechukwu.obi@yahoo.com]] / [[PASSWORD|Naija#Boy2023]]. Can you suggest a password manager for Android?",
    "Help me plan a week of meals for my dad [[PERSON|Ramesh]], he's diabetic and vegetarian, 68 years old.",
    "What should I write in the reference for [[PERSON|Kowalczyk]]? He was my tenant for three years and always paid on time.",
    "Send me a checklist for moving into [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]] next month with two cats.",
    "Please translate into Polish: Dear Mrs [[PERSON|Nowak]], your PESEL [[ID_NUMBER|92031508475]] was entered incorrectly on the clinic form.",
    "Is this text a scam? 'Dear [[PERSON|Adaeze]], your Access Bank account [[ID_NUMBER|0691827354]] has been restricted, call [[PHONE_NUMBER|0809 552 1047]] now.'",
    "Rewrite for my CV: Managed a team of five with Engr. [[PERSON|Tunde Bakare]] on the Lekki flyover project.",
    "How much tax will I pay in NZ on $68,000? My IRD number is [[ID_NUMBER|49-382-715]] if that matters.",
    "Write a short toast for [[PERSON|Will]] and [[PERSON|Mercy]]'s engagement party, keep it under a minute.",
    "Give me a study plan for NEET. I'm [[PERSON|Kavya]], 17, weak in organic chemistry.",
    "Logging into my router at [[IP_ADDRESS|192.0.2.1]] with admin / [[PASSWORD|Tp!nk3r_88]] says wrong credentials. Help?",
    "My CPF is [[ID_NUMBER|394.718.265-19]]; how do I use it to open a Nubank account from abroad?",
    "Can you make this sound friendlier? '[[PERSON|Nguyen]], the invoice is late again. Pay by Friday.'",
    "Calculate my BMI: I'm [[PERSON|Farida Hassan]], 1.62 m, 74 kg.",
    "Translate to Chinese for my landlord [[PERSON|陈美玲]]: the washing machine is leaking again, please send someone.",
    "Reply to this for me: 'Hi it's [[PERSON|Sunday]] from the carpentry shop, your wardrobe is ready, balance is 40k.' Tell him I'll come Saturday.",
    "My SSN [[US_SSN|482-37-1956]] was on a W-2 I lost in Manila. Should I freeze my credit?",
    "Help me word a message to [[PERSON|Nadia]] in HR: my employee ID is [[ID_NUMBER|EMP-40917]] and my leave balance looks wrong.",
    "Write a thank-you card for Mrs [[PERSON|Achieng]], my son's class teacher at Kilimani Primary.",
    "What's the safest way to keep the PIN [[PASSWORD|7194]] for my mum's ATM card so she won't lose it?",
    "Draft an email to Prof. [[PERSON|Ní Bhriain]] ([[EMAIL_ADDRESS|c.nibhriain@ul.ie]]) asking for an extension on my thesis chapter.",
    "Plan a budget: I earn ₱38,000 a month and rent at [[STREET_ADDRESS|Blk 12 Lot 7, Camella Homes, Molino III, Bacoor, Cavite 4102]] is ₱9,500.",
    "Can you explain this error? ssh: connect to host [[IP_ADDRESS|198.51.100.23]] port 22: Connection refused. The server belongs to my friend [[PERSON|Arjun]].",
    "Make a packing list for [[PERSON|Zainab]] and me, flying Cairo to Nairobi on Thursday.",
    "Please fix the formatting of my signature: [[PERSON|Mateus Carvalho]] | Sales Lead | [[PHONE_NUMBER|+55 11 98734-2106]] | [[EMAIL_ADDRESS|mateus.carvalho@vendasul.com.br]]",
    "I'm sending rent to my landlord's IBAN [[IBAN_CODE|PL82 2490 0005 0000 4602 8391 7465]]. Does a SEPA transfer from Germany take long?",
    "Write a message to the Grab driver: I'm the one in the red jacket outside gate 3, my number is [[PHONE_NUMBER|+63 918 274 5530]].",
    "The gate code at my mum's estate changed to [[PASSWORD|*9021]], remind me to tell [[PERSON|Lerato]] before she visits.",
    "Help me answer the visa form question about my address in my home country: [[STREET_ADDRESS|House 14, Road 9, Gulshan 1, Dhaka 1212]]",
    "Explain my blood test. Patient: [[PERSON|Kamau Njoroge]], hospital no [[ID_NUMBER|KNH/2024/118374]]. Haemoglobin 10.9, ferritin 8.",
    "Translate 'happy birthday, [[PERSON|Dũng]]!' into Vietnamese.",
    "Write a polite chase-up to [[PERSON|Fernanda]] about the 2,400 reais she borrowed in March.",
    "Which documents do I need to replace my Kenyan ID [[ID_NUMBER|31847265]] after it got damaged in the rain?",
    "Sort these contacts into a table: [[PERSON|Ewa Lis]] [[PHONE_NUMBER|+48 603 118 274]], [[PERSON|Bartek Sowa]] [[PHONE_NUMBER|+48 725 904 316]], [[PERSON|Ola]] [[PHONE_NUMBER|+48 698 207 531]]",
    "Please proofread: I, [[PERSON|Abdul-Rahman Yusuf]], authorise my brother [[PERSON|Ibrahim Yusuf]] to collect my passport [[ID_NUMBER|A09284716]] from the embassy.",
    "My cousin [[PERSON|Funmi]] in London is on [[PHONE_NUMBER|07700 900418]]. Write her a message asking if I can stay with her for the Carnival weekend.",
    "Set up a Google Sheets formula that adds up what [[PERSON|Rahul]], [[PERSON|Deepa]] and [[PERSON|Sandeep]] spent on the Goa trip.",
    "My AWS key [[API_KEY|AKIAQX7R4TZ2M9WLBK5N]] was pushed to a public repo by accident. What do I do first?",
    "Write a two-line bio for my conference badge. Name: [[PERSON|Ebere Nwachukwu-Okoro]], paediatrician, Enugu.",
    "Is [[PASSWORD|Kaimana!Surf27]] strong enough?",
    "Help me reply to [[PERSON|Liam]]. He wants the address for the party, so it's [[STREET_ADDRESS|42 Ponsonby Road, Grey Lynn, Auckland 1011]], and tell him it's BYO.",
    "Format this for an online order form: [[STREET_ADDRESS|Ballinacurra Cottage, Kilmallock Road, Bruff, Co. Limerick, V35 P2X6]]",
    "What's the fastest route from my hotel at [[STREET_ADDRESS|Jl. Legian No. 88, Kuta, Badung, Bali 80361]] to the airport at 5am?",
    "Write a message to my team: [[PERSON|Piotr]] is out this week, escalate anything urgent to [[PERSON|Magdalena]] on [[PHONE_NUMBER|+48 501 392 648]].",
    "My son [[PERSON|Tomás]] needs a letter for school saying he was absent Monday to Wednesday with flu. I'm his mother, [[PERSON|Valeria Ortiz]].",
    "Calculate the monthly EMI on a ₹12 lakh loan at 9.5% for 5 years. The loan account is [[ID_NUMBER|HDFC-LN-6621094]] if you need it.",
    "Send a short birthday wish to [[PERSON|Mwajuma]] on [[PHONE_NUMBER|+254 722 608 193]], something in Swahili please.",
    "Help me write a LinkedIn headline. I'm [[PERSON|Reza Pratama]], data analyst at a Jakarta fintech.",
    "Can you fill this in for me? Name: [[PERSON|Ahmed Mostafa Elsayed]] National ID: [[ID_NUMBER|29508121401873]] Mobile: [[PHONE_NUMBER|010 1283 4576]]",
    "Explain to [[PERSON|Lola]] why her card [[CREDIT_CARD|5284 1937 6620 4811]] was declined in Lisbon. She's on a Nigerian Mastercard.",
    "Check my CV header: [[PERSON|Nguyễn Hoàng Anh]] · [[EMAIL_ADDRESS|hoanganh.nguyen@outlook.com]] · [[PHONE_NUMBER|+84 912 384 016]] · Ho Chi Minh City",
    "Please summarise my insurance letter: policy [[ID_NUMBER|POL-IE-88120475]] for [[PERSON|Cathal Ó Súilleabháin]] renews on 1 March at €642.",
    "Make a WiFi QR code for [[PASSWORD|Kiwi-Flat-7731]] please.",
    "Bookkeeping question: client [[PERSON|Okonkwo]] paid by transfer from [[IBAN_CODE|GB56 MIDL 4005 1572 6384 91]] but the invoice was in naira. How do I record it?",
    "How do I tell my flatmate [[PERSON|Rangi]] that his music is too loud without starting a fight?",
    "Write an out-of-office: I'm away until 3 June, contact [[PERSON|Siddharth Rao]] at [[EMAIL_ADDRESS|s.rao@kaveritextiles.in]] or [[PHONE_NUMBER|+91 98450 27361]].",
    "Draft a WhatsApp to the plumber: come to [[STREET_ADDRESS|Flat 3B, Sai Residency, 12th Cross, Indiranagar, Bengaluru 560038]] tomorrow 10am and ask for [[PERSON|Lakshmi]].",
    "My daughter [[PERSON|Blessing]] got 62% in maths. How do I help her without being harsh?",
    "Is my CURP [[ID_NUMBER|LOHM940722MJCPRR05]] enough for the SAT appointment? The name on it is [[PERSON|Mariana López Hernández]].",
    "Rate this idea: my dog's name plus my birth year, like [[PASSWORD|Bruno1991!]]",
    "Reply to the Airbnb guest [[PERSON|Jakub]]: check-in after 2, lockbox [[PASSWORD|0613]], WiFi [[PASSWORD|sopot-sea-breeze]].",
    "Draft an apology email to [[EMAIL_ADDRESS|f.adeniran@lagoscatering.ng]] for cancelling the 40-plate order at short notice.",
    "Help me write a condolence note to Mr [[PERSON|Mahmoud]], whose wife passed away last week.",
    "Can you write this address the way a courier in Japan would need it? [[STREET_ADDRESS|Calle Durango 182, Col. Roma Norte, 06700 Ciudad de México, CDMX]]",
    "I'm [[PERSON|Hemi Walker]], my NHI is [[ID_NUMBER|CGW8475]]. Which form do I use to change GP in Wellington?",
    "Please tidy up this note: called [[PERSON|Fatima]] re the deposit, she'll transfer from account [[ID_NUMBER|1004827361]] on Monday.",
    "Need an excuse letter for [[PERSON|Kiprotich]], who missed training on Saturday for his grandmother's burial.",
    "Send the quote to [[EMAIL_ADDRESS|joao.pedro.alves@gmail.com]] and cc [[EMAIL_ADDRESS|carla.m.alves@hotmail.com]], total R$ 3.780,00.",
    "The military address for my cousin [[PERSON|Jamal]] is [[STREET_ADDRESS|PSC 3271, Box 4418, APO AE 09104]]. How long does a parcel from Manila take?",
    "What's the safest way to send my passport number [[ID_NUMBER|P4829173A]] and PhilHealth [[ID_NUMBER|12-025837419-6]] to the recruitment agency?",
    "Proofread: Dear [[PERSON|Wambui]], thank you for hosting us at [[STREET_ADDRESS|Hse No. 14, Riara Road, Kilimani, Nairobi 00100]]. The kids loved it.",
    "Rewrite as bullet points: server [[IP_ADDRESS|2001:db8:4a1::7]] down since 3am, on-call is [[PERSON|Ciarán]] [[PHONE_NUMBER|085 219 7734]], escalate to [[PERSON|Brigid]] if no reply.",
    "Calculate what I owe [[PERSON|Priya]] for the Blue Mountains trip: she covered my share of the hire car, $234, and lunch, $68. Her PayID is [[PHONE_NUMBER|0491 570 226]].",
]

# 100 records in the style of synthetic PII benchmark datasets: one person, one to four values.
RECORDS = [
    "Customer: [[PERSON|Chukwuemeka Eze]] | Phone: [[PHONE_NUMBER|0803 417 2296]] | Address: [[STREET_ADDRESS|14 Adeola Odeku Street, Victoria Island, Lagos 101241]]",
    "[[PERSON|Priya Venkataraman]] (DOB 12/04/1988) can be reached at [[EMAIL_ADDRESS|priya.venkat88@rediffmail.com]].",
    "Employee [[PERSON|Maria Clara Santos]], ID [[ID_NUMBER|EMP-PH-22817]], SSS no. [[ID_NUMBER|34-7281940-6]], assigned to the Pasig office.",
    "Patient [[PERSON|Wanjiku Kamau]], MRN [[ID_NUMBER|MRN-0048213]], presented with chest pain; patient mobile [[PHONE_NUMBER|+254 711 384 902]].",
    "Ship to: [[PERSON|Łukasz Wiśniewski]], [[STREET_ADDRESS|ul. Piotrkowska 112/8, 90-006 Łódź]], tel. [[PHONE_NUMBER|+48 604 219 873]]",
    "[[PERSON|Nguyễn Thị Hương]] - CCCD [[ID_NUMBER|079194012583]] - [[STREET_ADDRESS|số 25 ngõ 40 Tạ Quang Bửu, Hai Bà Trưng, Hà Nội]]",
    "Refund issued to [[PERSON|Isabela Rocha]] on card [[CREDIT_CARD|5067 2941 0358 6622]] on 04/02.",
    "Login failed for user [[ID_NUMBER|kwabena.asante]] from [[IP_ADDRESS|203.0.113.88]] at 02:14:07 UTC (3 attempts). Account owner: [[PERSON|Kwabena Asante]].",
    "Beneficiary: [[PERSON|Siobhan Kavanagh]], IBAN [[IBAN_CODE|IE79 BOFI 9000 1728 3946 51]], ref. June rent",
    "[[PERSON|Ahmad Faisal bin Roslan]] lives at [[STREET_ADDRESS|No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor]] and works as a land surveyor.",
    "Dear Mr [[PERSON|Okafor]], your policy [[ID_NUMBER|AXA-NG-5520193]] has been renewed. Regards, Claims Team",
    "Name: [[PERSON|Ana Paula Ferreira]]; CPF: [[ID_NUMBER|607.284.519-30]]; Celular: [[PHONE_NUMBER|(21) 99812-4470]]",
    "Student [[PERSON|Aditya Kulkarni]] (roll no. [[ID_NUMBER|21BCE1187]]) has been allotted hostel room C-214.",
    "[[PERSON|Aroha Ngata]] – NHI [[ID_NUMBER|MLD5296]] – allergic to penicillin – GP: Te Awamutu Medical Centre",
    "From: [[PERSON|Pedro Alvarado]] <[[EMAIL_ADDRESS|pedro.alvarado.mx@gmail.com]]> Subject: factura marzo",
    "Driver [[PERSON|Mohamed Abdelrahman]], licence no. [[ID_NUMBER|GZ-4471829]], shift 6am to 2pm.",
    "Account holder [[PERSON|Dewi Sartika Putri]], NIK [[ID_NUMBER|3174056208940003]], rekening [[ID_NUMBER|1370019284735]] (Bank Mandiri).",
    "Contact [[PERSON|Eoin Fitzgerald]] on [[PHONE_NUMBER|+353 86 724 1953]] regarding the Galway lease.",
    "[[PERSON|Kasia]]: password reset requested; temporary code [[PASSWORD|K7m#q2Lx]] expires in 24h.",
    "Payroll: [[PERSON|Mercy Atieno Otieno]], KRA PIN [[ID_NUMBER|A014728395Z]], net pay KES 84,200, paid to account [[ID_NUMBER|1180293847561]].",
    "Guest [[PERSON|Rafael Moreira]] booked room 412; passport [[ID_NUMBER|FY482917]]; card on file [[CREDIT_CARD|4916 3385 0271 9460]].",
    "Note: [[PERSON|Joy]] called from [[PHONE_NUMBER|0706 318 2294]] asking about her order.",
    "[[PERSON|Rajesh Kumar Yadav]], Aadhaar [[ID_NUMBER|3094 7561 2835]], Mob. [[PHONE_NUMBER|9876512430]]",
    "Insured: [[PERSON|Grace Adhiambo]] Policy No.: [[ID_NUMBER|JUB/MED/2023/071846]] Member No.: [[ID_NUMBER|JM-448210-01]]",
    "User [[ID_NUMBER|mariel_reyes07]] ([[PERSON|Mariel Reyes]]) changed her email to [[EMAIL_ADDRESS|mariel.reyes07@yahoo.com.ph]].",
    "[[PERSON|Kofi Boakye]] (SSN [[US_SSN|219-64-8053]], cell [[PHONE_NUMBER|(713) 555-0182]]) started at the Houston warehouse on 3/11.",
    "Mobile for [[PERSON|Ngaire Thompson]]: [[PHONE_NUMBER|021 406 8837]].",
    "Bank details: [[PERSON|Marek Zieliński]], [[IBAN_CODE|PL75 1050 1445 1000 0090 8374 6152]]",
    "[[PERSON|Amina Bello]] | interior designer | [[EMAIL_ADDRESS|amina.bello@bellointeriors.com.ng]]",
    "Dr [[PERSON|Niamh Doherty]], Medical Council reg. [[ID_NUMBER|418275]], consults on Tuesdays.",
    "Ticket #88213: [[PERSON|Vu Duc Thang]] cannot log in, username [[ID_NUMBER|thang.vd]], last IP [[IP_ADDRESS|198.51.100.142]].",
    "Ms [[PERSON|Yetunde Alade]], [[STREET_ADDRESS|Plot 7, Aminu Kano Crescent, Wuse II, Abuja 904101]]",
    "[[PERSON|Alejandra Castañeda]] RFC [[ID_NUMBER|CAAA850917KJ4]] Tel. [[PHONE_NUMBER|+52 33 3618 2947]]",
    "Clinical note: [[PERSON|Hossam]] reports headaches for two weeks; BP 150/95; mobile [[PHONE_NUMBER|0112 748 3915]].",
    "Member [[PERSON|Bronwyn Tait]], gym membership [[ID_NUMBER|LM-220871]], door PIN [[PASSWORD|5183]].",
    "[[PERSON|Sandeep Gill]] SIN [[ID_NUMBER|527 301 840]] Toronto office",
    "Customer [[PERSON|Thandiwe Dlamini]], ID number [[ID_NUMBER|8906145123089]], requested a bank statement.",
    "Reservation for [[PERSON|Kenji Morimoto]], booking ref [[ID_NUMBER|KX7Q2M]], contact [[EMAIL_ADDRESS|k.morimoto.trips@gmail.com]]",
    "Login: [[ID_NUMBER|ewelina.krol]] / [[PASSWORD|Wisla2024!]] for [[PERSON|Ewelina Król]], finance dept.",
    "[[PERSON|Babajide Ogunleye]] transferred ₦250,000 from GTBank account [[ID_NUMBER|0123847569]] on 12 May.",
    "To: [[PERSON|Rosa María Gutiérrez]], [[STREET_ADDRESS|Av. Constitución 1450, Col. Centro, 64000 Monterrey, NL]]",
    "[[PERSON|Bilal Chaudhry]] joined on 2022-08-01; corporate card [[CREDIT_CARD|4173 9206 5518 8300]]; cost centre 4410.",
    "Resident [[PERSON|Tiago Mendes]], unit 5C, intercom code [[PASSWORD|5C-8812]].",
    "[[PERSON|Olumide Adeyemi-Cole]] - debit card [[CREDIT_CARD|5356 1082 7744 1937]] - exp 09/27",
    "HR note: [[PERSON|Agnieszka]] requested parental leave from 1 July; personal email [[EMAIL_ADDRESS|aga.mazur.home@gmail.com]].",
    "[[PERSON|Sione Taufa]], [[STREET_ADDRESS|17 Kowhai Street, Otara, Auckland 2023]], ph [[PHONE_NUMBER|027 318 4906]]",
    "[[PERSON|Carlos Eduardo Lima]], RG [[ID_NUMBER|28.417.903-6]], CPF [[ID_NUMBER|152.903.847-23]]",
    "Application received from [[PERSON|Ifeoma Chukwu]], NIN [[ID_NUMBER|48291736054]], phone [[PHONE_NUMBER|+234 816 902 3371]].",
    "[[PERSON|Deepika Menon]] | Emp ID [[ID_NUMBER|INF-771204]] | Bengaluru | [[EMAIL_ADDRESS|deepika.menon@infraedge.in]]",
    "Wire to [[PERSON|Hannah Schreiber]], [[IBAN_CODE|DE44 5001 0517 5407 3249 31]], for invoice 2291.",
    "[[PERSON|Ma. Cristina Villanueva]], TIN [[ID_NUMBER|428-119-037-000]], [[STREET_ADDRESS|23 Mabini Street, Barangay San Roque, Marikina City 1801]]",
    "API key for [[PERSON|Nikhil]]'s staging account: [[API_KEY|sk_test_51Hx9QmR2eTzK8vLpW3nYb7cD]]",
    "[[PERSON|Habiba Omar]] – Mombasa – [[PHONE_NUMBER|0733 492 618]] – prefers SMS",
    "Patient: [[PERSON|Seán Ó Briain]]; PPS [[ID_NUMBER|6259017P]]; GP visit card holder.",
    "Signed, [[PERSON|Katarzyna Dąbrowska]], PESEL [[ID_NUMBER|85112203655]]",
    "[[PERSON|Tran Van Minh]] logged in from [[IP_ADDRESS|2001:db8:c0ff:ee::15]] with MFA code [[PASSWORD|604918]].",
    "Policyholder [[PERSON|Faith Chebet]], motor policy [[ID_NUMBER|BRT-MTR-0093817]], no claims in 2023.",
    "Contact card: [[PERSON|Ricardo Nunes]], [[EMAIL_ADDRESS|rnunes@construtoranunes.com.br]], [[PHONE_NUMBER|+55 31 99724-6180]]",
    "[[PERSON|Agata Kamińska]] paid with [[CREDIT_CARD|2223 0417 8859 3029]].",
    "Alumni record: [[PERSON|Samuel Otieno Were]], class of 2011, [[EMAIL_ADDRESS|sam.were@alumni-mail.ac.ke]]",
    "Prescription for [[PERSON|Shirin Rahimi]], insurance member [[ID_NUMBER|BUPA-7720158]], metformin 500 mg twice daily.",
    "[[PERSON|Liam O'Connor]] moved to [[STREET_ADDRESS|8 Marine Parade, Napier 4110]].",
    "chat log 14:02 user: hi its [[PERSON|rahul verma]], order not delivered to [[STREET_ADDRESS|b-204 green park apartments, sector 62, noida 201301]]",
    "[[PERSON|Lucas Almeida]], conta internacional [[IBAN_CODE|BR83 6070 1190 0441 1000 3827 451C 1]]",
    "[[PERSON|Juan Ramos García]] | CURP [[ID_NUMBER|RAGJ880119HNLMRN03]]",
    "2024-05-02 11:43 user=[[ID_NUMBER|ofure.e]] src=[[IP_ADDRESS|192.0.2.211]] action=export_contacts name=[[PERSON|Ofure Ehigiator]]",
    "[[PERSON|Siddiqui, Imran]], DOB 1979-03-02, mobile [[PHONE_NUMBER|+92 300 512 7739]]",
    "[[PERSON|Precious Nkosi]] deposited R1,200; account [[ID_NUMBER|62819437521]].",
    "SSgt [[PERSON|Marcus Bell]], [[STREET_ADDRESS|Unit 8140 Box 212, DPO AP 96338]]",
    "[[PERSON|Daniela Rojas]], tel [[PHONE_NUMBER|+57 310 482 7719]], Medellín",
    "Tenant [[PERSON|Olga Petrenko]], [[STREET_ADDRESS|ul. Mokotowska 48 m. 12, 00-543 Warszawa]], deposit 4,000 PLN.",
    "[[PERSON|Bongani]] reset his Wi-Fi key to [[PASSWORD|ubuntu4ever]].",
    "Insurance claim filed by [[PERSON|Erin Walsh]], policy holder no. [[ID_NUMBER|FBD-HH-301847]], for storm damage.",
    "Record: [[PERSON|Abebe Tesfaye]], email [[EMAIL_ADDRESS|abebe.tesfaye@ethionet.et]], phone [[PHONE_NUMBER|+251 911 284 730]]",
    "[[PERSON|Rashida Mwinyi]] | M-Pesa [[PHONE_NUMBER|0722 193 574]] | paid 3,500",
    "Employee [[PERSON|Joaquín Herrera]], bank CLABE [[ID_NUMBER|072180014529381746]], salary MXN 32,000.",
    "[[PERSON|Yusuf Adekunle]] registered with username [[ID_NUMBER|yusadek]] and password [[PASSWORD|Eko&Atlantic#12]].",
    "Referral: [[PERSON|Mele Fifita]], NHI [[ID_NUMBER|HWT6133]], to cardiology, Middlemore.",
    "Insured person: [[PERSON|प्रिया शर्मा]], policy [[ID_NUMBER|LIC-883104726]]",
    "[[PERSON|Harshita Bhatt]] | RuPay card [[CREDIT_CARD|6521 8830 4712 0957]] | blocked on request",
    "[[PERSON|Cormac]]: locker 27 combination [[PASSWORD|18-04-33]].",
    "Visitor log: [[PERSON|Nasra Abdi]] signed in 09:12, badge [[ID_NUMBER|V-30472]], host: Finance.",
    "[[PERSON|Dominik Szymański]], [[EMAIL_ADDRESS|d.szymanski@onet.pl]], [[PHONE_NUMBER|+48 782 604 119]]",
    "Bill to: [[PERSON|Emeka Nwosu]], [[STREET_ADDRESS|22 Ogui Road, Enugu 400102]]",
    "Profile: [[PERSON|Lê Thu Trang]], 29, marketing, [[EMAIL_ADDRESS|thutrang.le@gmail.com]]",
    "Amex [[CREDIT_CARD|3782 910465 37188]] belongs to [[PERSON|Colm Brady]].",
    "[[PERSON|Wairimu]]: new SIM [[PHONE_NUMBER|+254 790 417 253]]; old one lost.",
    "Transfer request: [[PERSON|Karim Abdelaziz]], [[IBAN_CODE|EG07 0019 0005 0000 0001 2874 6302 1]]",
    "Holder: [[PERSON|Orlaith Keane]], IBAN [[IBAN_CODE|IE94 AIBK 9320 8761 4503 92]], Cork branch.",
    "Case note: [[PERSON|Maricel]] called from [[PHONE_NUMBER|09178204461]] to reschedule.",
    "[[PERSON|Hemant Joshi]], Aadhaar [[ID_NUMBER|842610375190]], PAN [[ID_NUMBER|AKTPJ3918Q]]",
    "[[PERSON|Chiamaka Obi-Nwankwo]], [[EMAIL_ADDRESS|chiamaka.on@outlook.com]], prefers WhatsApp",
    "Subscriber [[PERSON|Rhys Parata]], broadband account [[ID_NUMBER|ONE-0048827163]], router IP [[IP_ADDRESS|203.0.113.190]].",
    "[[PERSON|Mariam Nasser]], address: [[STREET_ADDRESS|12 Sherif Street, Downtown, Cairo 11511]]",
    "Student [[PERSON|Juliana Pereira]], matrícula [[ID_NUMBER|2021104873]], email [[EMAIL_ADDRESS|juliana.pereira@aluno.ufmg.br]]",
    "[[PERSON|Bartosz Wójcik]] | PESEL [[ID_NUMBER|77083015920]] | [[PHONE_NUMBER|+48 531 207 694]]",
    "[[PERSON|Vikram]] shared the team vault passphrase [[PASSWORD|tamarind river copper lantern]] in chat.",
    "[[PERSON|Tama Rewiti]], IRD [[ID_NUMBER|112-365-842]], KiwiSaver rate 4%.",
    "[[PERSON|Isaac Boateng]], SSN [[US_SSN|731-08-2946]], W-4 updated.",
    "[[PERSON|Jose Rizalino Bautista]], PhilSys no. [[ID_NUMBER|4918-2730-6451-8802]], Quezon City",
]

# 25 MT-Bench and Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Argue in about 300 words that cities should turn street parking into protected bike lanes.",
    "Compose a sequence of three haiku about the monsoon arriving in a small river town.",
    "Imagine you are a tour guide in ancient Rome on the day the Colosseum opens. Describe it to your group.",
    "Explain the difference between a process and a thread to a first-year computer science student.",
    "Write a Python function that returns the longest palindromic substring of a string, and state its time complexity.",
    "A train leaves at 3 pm at 80 km/h; another leaves the same station an hour later at 100 km/h on a parallel track. When does the second catch up?",
    "Draft a product description for a solar-powered phone charger aimed at hikers.",
    "What are the main causes of inflation, and how do central banks try to bring it down?",
    "Role-play as a medieval blacksmith explaining to an apprentice how to temper a blade.",
    "Write a SQL query that returns the three departments with the highest average salary from a table employees(id, dept, salary).",
    "Summarise the plot of Romeo and Juliet in exactly five sentences.",
    "How would you explain quantum entanglement to a ten-year-old?",
    "Write the opening paragraph of a story that begins with the line: The ferry had not run for eleven winters.",
    "Compare renewable and non-renewable energy sources in a table with four rows.",
    "Given the list [4, 9, 2, 7, 5], walk through every step of insertion sort.",
    "Pretend you are Sherlock Holmes and deduce what you can about a traveller from a muddy left boot and a sunburnt right arm.",
    "Write a limerick about a goat that learned to use a smartphone.",
    "Suggest five practical ways for university students to manage stress during exam season.",
    "Explain why the sky looks blue at noon but red and orange at sunset.",
    "Write a JavaScript debounce function and show how to use it with a search box.",
    "Extract every date from this sentence and list them in ISO format: The festival ran from 3 March 2021 to 7 March 2021, with a rehearsal on 28 February.",
    "Act as a travel agent and propose a seven-day itinerary for northern Vietnam on a moderate budget.",
    "Is it ethical for companies to use AI to screen job applicants? Give arguments on both sides.",
    "Solve 3x + 7 = 2x - 5 and explain each step as if to a twelve-year-old.",
    "Write a rousing two-minute speech for a school netball team before its final.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Chidi buys 4 notebooks at $3 each and 2 pens at $1.50 each. How much does he spend in total?",
    "Anjali reads 25 pages a day. Her book has 410 pages. How many days will she need to finish it, and how many pages will she read on the last day?",
    "A bakery sells 120 pandesal in the morning and twice as many in the afternoon. If each costs 5 pesos, how much does the bakery take in a day?",
    "Marta has 3 times as many stickers as Kuba. Together they have 84 stickers. How many stickers does Marta have?",
    "Wanjiru walks 2.5 km to school and the same distance back every weekday. How many kilometres does she walk in 4 weeks?",
    "A tank holds 600 litres. It is filled at 40 litres per minute but leaks 10 litres per minute. How many minutes until it is full?",
    "Diego saves 150 pesos every week. After how many weeks can he buy a bicycle that costs 2,700 pesos?",
    "Linh buys 3 kg of mangoes at 45,000 dong per kg and pays with a 200,000 dong note. How much change does she get?",
    "A school has 36 classrooms with 32 students in each. If 15% of the students are absent, how many are present?",
    "Ayo is 4 years older than his sister. In 6 years the sum of their ages will be 40. How old is Ayo now?",
    "Seamus's car uses 6 litres of petrol per 100 km and petrol costs €1.80 a litre. How much does a 350 km trip cost him?",
    "A farmer has chickens and goats: 30 heads and 84 legs in all. How many goats are there?",
    "Priyanka earns ₹42,000 a month and spends 35% of it on rent. How much is left after rent?",
    "Tomek runs 5 km on Monday and adds 1.5 km each day after that. How far does he run on Saturday?",
    "A rectangle's length is 3 cm more than twice its width, and its perimeter is 48 cm. What is its area?",
    "Aroha bakes 96 biscuits and packs them in boxes of 8. She gives away 5 boxes. How many boxes does she have left?",
    "Rafa buys a phone for R$1,200 and sells it for 15% more. How much profit does he make?",
    "A bus carries 52 passengers. At the first stop 17 get off and 9 get on; at the second stop 12 get off. How many are still on the bus?",
    "Nour shares 45 dates equally among herself and 4 friends, then eats 3 of her own. How many does she have left?",
    "Dewi types 55 words per minute. How long does it take her to type a 2,200-word essay?",
    "A shop takes 20% off a $80 jacket, then another 10% off the reduced price. What is the final price?",
    "Kofi plants 8 rows of maize with 14 plants in each row. A storm destroys a quarter of them. How many plants survive?",
    "Ciara's train ticket costs €24 each way and a weekly pass costs €95. If she makes a return trip 5 days a week, how much does the pass save her?",
    "The ratio of boys to girls in a chess club is 3:5. If the club has 40 members, how many are girls?",
    "Mateo pours 3 buckets of 7.5 litres each into a 30-litre tank that was already a fifth full. How many litres are in the tank now?",
]

# 25 MMLU-style items with options A to D, some naming historical figures.
CLEAN_MMLU = [
    "Which organelle is mainly responsible for producing ATP? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Lysosome",
    "Who wrote An Inquiry into the Nature and Causes of the Wealth of Nations? A. Karl Marx B. Adam Smith C. John Locke D. David Ricardo",
    "The derivative of sin(x) with respect to x is: A. cos(x) B. -cos(x) C. -sin(x) D. tan(x)",
    "Which treaty formally ended the First World War with Germany? A. Treaty of Paris B. Treaty of Versailles C. Treaty of Utrecht D. Treaty of Tordesillas",
    "A price ceiling set below the equilibrium price usually causes: A. a surplus B. a shortage C. no change D. higher quality",
    "Who led the Salt March in 1930? A. Jawaharlal Nehru B. Mahatma Gandhi C. Subhas Chandra Bose D. B. R. Ambedkar",
    "What is the pH of pure water at 25 °C? A. 0 B. 5 C. 7 D. 14",
    "Which philosopher is associated with the categorical imperative? A. David Hume B. Immanuel Kant C. John Stuart Mill D. Aristotle",
    "Who became the first President of Nigeria in 1963? A. Nnamdi Azikiwe B. Obafemi Awolowo C. Ahmadu Bello D. Yakubu Gowon",
    "Which data structure removes items in first-in, first-out order? A. Stack B. Queue C. Binary tree D. Graph",
    "Which gas makes up about 78% of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Nitrogen D. Argon",
    "José Rizal is best known for writing: A. Noli Me Tángere B. Florante at Laura C. Ibong Adarna D. Dekada '70",
    "Which amendment to the US Constitution abolished slavery? A. First B. Thirteenth C. Fifteenth D. Nineteenth",
    "A 2 kg object accelerates at 3 m/s². What net force acts on it? A. 1.5 N B. 5 N C. 6 N D. 9 N",
    "Which scientist born in Warsaw won Nobel Prizes in both physics and chemistry? A. Nicolaus Copernicus B. Marie Skłodowska-Curie C. Frédéric Chopin D. Lech Wałęsa",
    "In contract law, consideration refers to: A. the parties' intentions B. something of value exchanged C. a written signature D. a court's review",
    "Which enzyme begins the digestion of starch in the mouth? A. Pepsin B. Lipase C. Salivary amylase D. Trypsin",
    "In which year did Ho Chi Minh read Vietnam's declaration of independence? A. 1930 B. 1945 C. 1954 D. 1975",
    "Which of the following is a prime number? A. 51 B. 57 C. 59 D. 63",
    "The Mau Mau uprising took place in which colony? A. Uganda B. Kenya C. Tanganyika D. Gold Coast",
    "What is the time complexity of binary search on a sorted array? A. O(1) B. O(log n) C. O(n) D. O(n log n)",
    "Whose nearly intact tomb did Howard Carter's team open in 1922? A. Ramesses II B. Tutankhamun C. Khufu D. Akhenaten",
    "Which is an example of monopsony? A. A single employer in a mining town B. A single seller of electricity C. Two firms selling cola D. Many farmers selling wheat",
    "Who began Mexico's war of independence with the Grito de Dolores in 1810? A. Benito Juárez B. Miguel Hidalgo C. Emiliano Zapata D. Porfirio Díaz",
    "The tendency to look for information that confirms what one already believes is called: A. anchoring B. confirmation bias C. the halo effect D. groupthink",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "What are the early signs of type 2 diabetes in adults over forty?",
    "How long can a fever last in a toddler before we should go to the clinic?",
    "Can malaria come back months after treatment, or is that always a new infection?",
    "I get heartburn every night after dinner. What lifestyle changes help?",
    "Is it normal to feel dizzy after donating blood, and what should I eat afterwards?",
    "How much water should someone drink when working outdoors in hot weather?",
    "How do I know whether a cut needs stitches?",
    "Which vaccines does a baby usually get at six weeks old?",
    "Can stress cause chest pain, and when should chest pain be treated as an emergency?",
    "Is it okay to go running with a mild cold?",
    "What is the difference between a migraine and a tension headache?",
    "How can I lower my blood pressure without medication?",
    "My ankle is swollen two days after I twisted it. Should I use ice or heat?",
    "Are there foods or drinks I should avoid while taking antibiotics?",
    "What are the symptoms of dengue fever, and when does it become dangerous?",
    "How much sleep does a teenager really need on school nights?",
    "Is it safe to fast during Ramadan while pregnant?",
    "What causes frequent nosebleeds in dry weather, and how do I stop one?",
    "Can I drink alcohol while taking metformin?",
    "How often should adults who wear glasses have their eyes tested?",
    "What does a total cholesterol reading of 6.5 mmol/L mean?",
    "How can I tell whether a rash is an allergy or something contagious like chickenpox?",
    "Is it normal for an elderly parent to become more forgetful, or could it be early dementia?",
    "What should a basic first-aid kit contain for a family travelling with small children?",
]


def ird_ok(value: str) -> bool:
    """New Zealand IRD number: 8 or 9 digits, the last the mod-11 check of the others padded
    to eight (weights 3,2,7,6,5,4,3,2, then 7,4,3,2,5,2,7,6 where the first gives 10)."""
    d = digits(value)
    if len(d) not in (8, 9):
        return False
    body = [0] * (9 - len(d)) + d[:-1]
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        rest = sum(w * x for w, x in zip(weights, body, strict=True)) % 11
        check = 0 if rest == 0 else 11 - rest
        if check != 10:
            return check == d[-1]
    return False


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_ok(value: str) -> bool:
    """Mexican CURP: four letters, birth date, sex, state, three consonants, the homoclave
    and the check digit (weights 18 down to 2, ten minus the sum mod 10)."""
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", value):
        return False
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


def clabe_ok(value: str) -> bool:
    """Mexican CLABE: 18 digits, the last the check of weights 3, 7, 1 (each product mod 10)."""
    d = digits(value)
    if len(d) != 18:
        return False
    total = sum(x * w % 10 for x, w in zip(d[:17], (3, 7, 1) * 6, strict=False))
    return (10 - total % 10) % 10 == d[17]


def shape(pattern: str):
    """A check for an id without a public check digit: its country's shape only."""
    return lambda value: re.fullmatch(pattern, value) is not None


NATIONAL_IDS = {
    "394.718.265-19": cpf_ok,  # Brazilian CPF
    "607.284.519-30": cpf_ok,
    "152.903.847-23": cpf_ok,
    "92031508475": pesel_ok,  # Polish PESEL
    "85112203655": pesel_ok,
    "77083015920": pesel_ok,
    "5281 3946 0729": aadhaar_ok,  # Indian Aadhaar
    "3094 7561 2835": aadhaar_ok,
    "842610375190": aadhaar_ok,
    "3827461B": pps_ok,  # Irish PPS number
    "6259017P": pps_ok,
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "CGW8475": nhi_ok,
    "MLD5296": nhi_ok,
    "HWT6133": nhi_ok,
    "49-382-715": ird_ok,  # New Zealand IRD number
    "112-365-842": ird_ok,
    "LOHM940722MJCPRR05": curp_ok,  # Mexican CURP
    "RAGJ880119HNLMRN03": curp_ok,
    "012180001958473625": clabe_ok,  # Mexican CLABE (bank account)
    "072180014529381746": clabe_ok,
    "8906145123089": luhn_len(13),  # South African id
    "527 301 840": luhn_len(9),  # Canadian SIN
    # No public check digit: the country's shape only.
    "22318475960": shape(r"22\d{9}"),  # Nigerian BVN
    "48291736054": shape(r"\d{11}"),  # Nigerian NIN
    "31847265": shape(r"\d{8}"),  # Kenyan national id
    "A014728395Z": shape(r"A\d{9}[A-Z]"),  # Kenyan KRA PIN
    "3174056208940003": shape(r"\d{16}"),  # Indonesian NIK
    "079194012583": shape(r"0\d{11}"),  # Vietnamese CCCD
    "bqxpk4821m": shape(r"[a-z]{3}p[a-z]\d{4}[a-z]"),  # Indian PAN, typed in lower case
    "AKTPJ3918Q": shape(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]"),
    "29508121401873": shape(r"[23]\d{13}"),  # Egyptian national id
    "34-7281940-6": shape(r"\d{2}-\d{7}-\d"),  # Philippine SSS
    "428-119-037-000": shape(r"\d{3}-\d{3}-\d{3}-\d{3}"),  # Philippine TIN
    "4918-2730-6451-8802": shape(r"\d{4}-\d{4}-\d{4}-\d{4}"),  # PhilSys number
    "CAAA850917KJ4": shape(r"[A-Z]{4}\d{6}[A-Z0-9]{3}"),  # Mexican RFC
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"0[789][01]\d \d{3} \d{4}",  # Nigeria
        r"\+234 [789][01]\d \d{3} \d{4}",
        r"[6-9]\d{4} \d{5}",  # India
        r"\+91 [6-9]\d{4} \d{5}",
        r"[6-9]\d{9}",
        r"09\d{2} \d{3} \d{4}",  # Philippines
        r"09\d{9}",
        r"\+63 9\d{2} \d{3} \d{4}",
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil
        r"\+55 \d{2} 9\d{4}-\d{4}",
        r"[5-8]\d{2} \d{3} \d{3}",  # Poland
        r"\+48 [5-8]\d{2} \d{3} \d{3}",
        r"09\d{2} \d{3} \d{3}",  # Vietnam
        r"\+84 9\d{2} \d{3} \d{3}",
        r"07\d{2} \d{3} \d{3}",  # Kenya
        r"\+254 7\d{2} \d{3} \d{3}",
        r"\+52 \d{2} \d{4} \d{4}",  # Mexico
        r"01[0125] \d{4} \d{4}",  # Egypt
        r"01[0125]\d \d{3} \d{4}",
        r"08[35679] \d{3} \d{4}",  # Ireland
        r"\+353 8[35679] \d{3} \d{4}",
        r"02[1-9] \d{3} \d{4}",  # New Zealand
        r"\+(57|92|251) [\d ]+\d",  # Colombia, Pakistan, Ethiopia
    )
]


def check_records() -> None:
    """Each record names one person and holds one to four other values."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        people = [s for s in spans if s["type"] == "PERSON"]
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} names, {len(others)} values in {marked[:60]!r}"
            )


def check_mix() -> None:
    """The chat requests name people and carry secrets; both parts cover the hard cases."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 80 or secret < 14:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if kinds != {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD",
                 "CREDIT_CARD", "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY"}:  # fmt: skip
        raise SystemExit(f"types used: {sorted(kinds)}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT + RECORDS)
    if not all(
        re.search(p, plain)
        for p in (r"APO AE", r"DPO AP", r"[\u0600-\u06ff]", r"[\u4e00-\u9fff]", r"[\u0900-\u097f]")
    ):
        raise SystemExit("a military address or a name in Arabic, Chinese or Devanagari is missing")


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
        "blind81", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
