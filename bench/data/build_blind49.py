# ruff: noqa: E501
"""A forty-ninth blind privacy set: 220 texts with personal data and 100 clean ones, on the
thin line between homework-style prompts and real personal requests.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table format
and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 requests shaped like a quiz, a maths or logic question, a word problem, a coding task
  or a planning calculation that are about the writer's real life and carry real personal
  data (8 to 120 words): rent and salary percentages, medicine totals for a named child,
  days until a named patient's surgery, fuel, loan, interest, tax and bill sums, averages,
  probability and combinatorics about named family and friends, and code (Python, SQL,
  regex, JavaScript, Rust, Go, Kotlin, Java, Excel, bash) written around the writer's own
  IBAN, card, phone, e-mail, national id, IP or key; names with cue words ("I'm", "my son")
  and without, of many origins; the first 40 are typed all in lower case, the next 6 are in
  Spanish, German, French, Portuguese, Italian and Dutch;
* 60 requests naming private people beside numbers, dates, amounts and times (10 to 120
  words): cleaning and care rotas, shift swaps, on-call weekends, split bills, rent, fuel
  and holiday shares, budgets, timesheets, payroll and medication timings, with phones,
  e-mails, addresses, IBANs or staff, hospital and national ids in some;
* 40 short records in the manner of a synthetic PII benchmark's sentences (6 to 45 words),
  each also holding numbers: ages, amounts, dates, weights, counts.

Usernames, passports, staff, payroll, member, student, patient, customer and tax numbers
and national ids are ID_NUMBER; PINs and passwords PASSWORD; titles and relation words (Mr,
Mrs, Ms, Dr, Grandpa, Bà, my son) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed. Ages, amounts, dates (dates of
birth too), order, invoice, flight and reference numbers are not labelled, and neither are
public figures or fictional characters; every occurrence of a private value is marked.

The 100 clean texts hold no personal data: 30 GSM8K-style word problems and 20 MMLU-style
items (options A to D) with fictional first names and numbers; 25 coding or maths tasks
with placeholder data only (example.com addresses, John and Jane Doe, published test cards
named as such, the standard documentation IBANs, localhost); 25 planning or calculation
requests about the writer's own life that name nobody and carry no identifier, several of
them the same sums as the personal texts without the personal data.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0131/
0161 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France 06 39 98;
Germany 030 23125, 040 66969) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits wherever ``ids.py`` has a validator.

Run ``.venv/bin/python bench/data/build_blind49.py`` from the repository root; the output is
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
    check_counts,
    check_national_ids,
    china_id_ok,
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 40
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
HOMEWORK_WORDS = (8, 120)
SCHEDULE_WORDS = (10, 120)
RECORD_WORDS = (6, 45)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Grandpa|Grandma|Bà|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 homework-shaped requests about the writer's real life: the first 40 all lower case,
# then 6 in other languages, then 74 in ordinary English.
HOMEWORK = [
    # all lower case
    "hi im [[PERSON|priya raman]], my rent is 1450 and i take home 3900 a month. what percent of my pay goes on rent? round to one decimal",
    "my son [[PERSON|mateo ruiz]] takes 5 ml of amoxicillin three times a day for 10 days, how many ml is that in total and will one 150 ml bottle be enough",
    "how many days from today (3 march) until my knee surgery on 12 april? name on the booking is [[PERSON|oluwaseun adebayo]], patient no [[ID_NUMBER|hx448120]]",
    "if my card [[CREDIT_CARD|4532 9176 6203 4184]] gets charged 3 times 19.99 plus a 2.50 fee each time, what's the total that leaves my account",
    "quick maths: i'm [[PERSON|tomasz wiśniewski]], i drive 42 km each way to work 5 days a week and my car uses 6.8 l per 100 km. at 1.79 a litre what do i spend on fuel in 4 weeks?",
    "real life logic question: my kids [[PERSON|amara]], [[PERSON|kofi]] and [[PERSON|esi]] are 4, 7 and 11 right now. in how many years will [[PERSON|amara]] be exactly half of [[PERSON|esi]]'s age, if ever?",
    "write a python 3 regex that matches my uk mobile [[PHONE_NUMBER|07700 900482]] with or without the spaces. my name is [[PERSON|callum mcbride]] if that matters",
    "im [[PERSON|nguyen thi lan]], i scored 68, 74, 81 and 77 on my four nursing exams. what do i need on the fifth to average 75?",
    "split this for me: dinner was 186.40, [[PERSON|rafa]] had the steak (42) on his own, [[PERSON|inés]] and i shared the rest evenly, tip 12% on the whole bill. how much do i send [[PERSON|inés]] on bizum at [[PHONE_NUMBER|+34 612 48 93 07]]",
    "how long until my passport [[ID_NUMBER|533087214]] expires if it was issued 14 june 2016 and is valid 10 years? today is 2 february 2025",
    "percent question: my salary went from 41,200 to 44,850 after my review. my manager [[PERSON|deborah okonkwo-hart]] says that's a 9% raise, is she right?",
    "can you write a sql insert for my own row in the members table: name [[PERSON|siddharth iyer]], email [[EMAIL_ADDRESS|sid.iyer.91@gmail.com]], joined 2023-09-14, fee 240",
    "my daughter [[PERSON|zeynep]] needs 250 mg paracetamol every 6 hours, max 4 doses a day. if she had the first dose at 7:15 when are the other three? she weighs 19 kg",
    "word problem from my actual life: i owe [[PERSON|haruto sato]] 38,000 yen and pay him back 4,500 a week. after how many weeks is it cleared, and what's the last payment?",
    "convert my weight for the gym form, it's 11 stone 6 lb, into kg. name [[PERSON|ffion pritchard]], member number [[ID_NUMBER|88172]]",
    "i'm [[PERSON|kwabena asante]] and my bank charged me 0.75% on a 2,300 transfer to my mum, plus a flat 3.99, paid from my debit card [[CREDIT_CARD|4718 2490 5563 2176]]. what did the transfer cost me in total?",
    "how many hours did i work this fortnight? mon 8-4:30, tue 9-5, wed off, thu 7-3, fri 10-6:30, then the same again. payslip says 72 for [[PERSON|lerato dlamini]], employee [[ID_NUMBER|e20931]]",
    "compound interest q: i put 5,000 in savings at 4.1% a year compounded monthly. what will i have in 3 years? the account is in my name, [[PERSON|ahmad al-rashid]]",
    "write me a javascript function that checks if my card number [[CREDIT_CARD|5168349201756630]] passes the luhn check and logs true or false, es2020 is fine",
    "my mum [[PERSON|kamala venkatesan]] takes metformin 500 mg twice daily and a 10 mg statin at night. how many tablets does she need for a 28 day pack and for 90 days?",
    "simple interest homework?? no it's my car loan lol. 9,800 borrowed at 6.9% flat for 4 years, monthly payment? loan is under [[PERSON|dmitri volkov]], contact [[EMAIL_ADDRESS|d.volkov.mail@yandex.ru]]",
    "what time should i leave? my flight from manchester is 06:40, need to be there 2 hours before, the drive is 55 min and i want 15 min spare. booking name [[PERSON|aoife gallagher]], my number [[PHONE_NUMBER|07700 900917]] if the taxi firm needs it",
    "ratio question: me and my flatmate [[PERSON|jonas becker]] split rent by room size, mine is 14 m² and his is 11 m², rent is 1,120. what do we each pay?",
    "if i save 320 a month starting in january, how long until i have the 4,200 deposit? also i'm [[PERSON|marisol quispe]] and my phone is [[PHONE_NUMBER|+51 987 214 360]] for the bank callback",
    "probability: there are 6 of us in the secret santa (me, [[PERSON|yusuf]], [[PERSON|hana]], [[PERSON|olek]], [[PERSON|bridget]], [[PERSON|tavita]]). what's the chance i draw [[PERSON|yusuf]] and he draws me?",
    "my ssn is [[US_SSN|412-67-3098]], can you show me how to mask it in python so only the last 4 digits show",
    "how many ml of formula per day? baby [[PERSON|noa cohen]] is 5.2 kg and the nurse said 150 ml per kg per day split into 6 feeds. how much per feed?",
    "[[PERSON|wiremu]] here. training for a half marathon, my 10k time is 52:30. using riegel's formula with 1.06 what's my predicted half time?",
    "average speed question: i cycled to my aunt [[PERSON|sadia begum]]'s at [[STREET_ADDRESS|42 cromwell road, bradford bd8 7hj]], 18.5 km in 47 minutes. what was my speed in km/h?",
    "tax q: i'm self employed, earned 38,450 with 6,120 expenses. at 20% on everything over 12,570 what do i owe? utr [[ID_NUMBER|8173462051]], name [[PERSON|gareth lloyd-evans]]",
    "write a bash one liner that greps my email [[EMAIL_ADDRESS|chidi.nwosu@outlook.com]] out of 3 log files and counts the hits",
    "my grandad [[PERSON|ignacio ferreyra]] was born in 1938 and my grandma in 1941. if they married when he was 24, how old was she? asking for his 87th birthday card",
    "unit conversion for my recipe blog, i'm [[PERSON|mei-ling chow]]: 2 cups flour at 125 g a cup and 3/4 cup sugar at 200 g a cup. grams in total?",
    "percent off: my gym membership for [[PERSON|rashid karimov]] was 49.99 a month and is now 42.49. what's the discount percentage? membership id [[ID_NUMBER|gm-550318]]",
    "how many days of annual leave do i have left? 28 a year, started 1 april, took 3 in may, 5 in august and 2 in october. hr has me as [[PERSON|niamh o'rourke]], staff no [[ID_NUMBER|40912]]",
    "card fee maths: i paid 640 euros for flights on [[CREDIT_CARD|4761 7302 1958 8343]] and my bank adds a 2.99% non-sterling fee. at 1.17 eur to the pound what's the fee in pounds?",
    "i take 2 puffs of my inhaler morning and night and it has 200 puffs. how many days does it last if i refilled on the 3rd? prescription is under [[PERSON|tendai moyo]], nhs no [[ID_NUMBER|401 863 9279]]",
    "my wifi password is [[PASSWORD|kettle-moon-4471]], how many passwords of that shape are there (word-word-4 digits) if the word list has 2048 words? just curious how strong it is",
    "time zone question: my brother [[PERSON|arjun mehta]] in sydney calls me at 7pm his time, what time is that for me in toronto in july? his number is [[PHONE_NUMBER|+61 491 570 156]]",
    "loop exercise for myself: print a countdown of days until my wedding to [[PERSON|tobiah hartmann]] on 2025-09-20, starting from 2025-06-01, in python",
    # other languages
    "Hola, soy [[PERSON|Lucía Fernández Ortega]]. Cobro 1.850 € al mes y pago 620 € de alquiler. ¿Qué porcentaje de mi sueldo se va en el alquiler? Mi IBAN es [[IBAN_CODE|ES39 2100 3852 1702 0061 7394]] por si hace falta.",
    "Kurze Rechenfrage: Ich bin [[PERSON|Jannik Oberländer]], mein Stundenlohn ist 16,40 € und ich habe diesen Monat 97,5 Stunden gearbeitet. Wie viel ist das brutto? Meine Steuer-ID lautet [[ID_NUMBER|47 281 590 368]].",
    "Petit problème de maths de ma vraie vie : ma fille [[PERSON|Inès Moreau]] prend 2,5 ml de sirop trois fois par jour pendant 8 jours. Le flacon fait 100 ml, est-ce qu'il en restera ? Mon numéro : [[PHONE_NUMBER|06 39 98 42 17]].",
    "Olá, sou [[PERSON|Thiago Bragança]]. Comprei uma geladeira de R$ 3.480 em 12 parcelas com juros de 1,9% ao mês. Qual o valor de cada parcela? Meu CPF é [[ID_NUMBER|539.182.064-24]].",
    "Domanda di matematica: sono [[PERSON|Lorenzo Martinelli]], il mio codice fiscale è [[ID_NUMBER|MRTLNZ79C03F839J]]. Se oggi ho 46 anni, in che anno compirò 67 per la pensione?",
    "Rekenvraag: ik ben [[PERSON|Sanne de Vries]], mijn huur is 1.125 euro en mijn netto salaris 3.040. Hoeveel procent is dat? Mijn BSN is [[ID_NUMBER|314728594]] als de gemeente erom vraagt.",
    # ordinary English
    "Hi, I'm [[PERSON|Hannah Okafor]]. My rent is 1,450 and I earn 3,900 a month after tax. What percent goes on rent, and what would the rent need to be to meet the 30% rule?",
    "Write a Python function that validates my IBAN [[IBAN_CODE|DE43 5001 0517 6482 1390 75]] with the mod-97 rule and prints the 8-digit bank code part.",
    "How many days until my surgery on the 12th of May? Today is 28 March. My name is [[PERSON|Farida Haidari]] and the hospital number is [[ID_NUMBER|RXH7720195]].",
    "My card [[CREDIT_CARD|5426 7183 0964 2157]] was charged 3 × 19.99 for a streaming trial I cancelled. If the bank refunds 2 of them, how much am I still out, and what is that as a percent of the total?",
    "Word problem: [[PERSON|Kenji Watanabe]] (that's me) walks 6,400 steps a day on weekdays and 11,000 on weekends. What's my daily average over the week? My doctor wants 8,000.",
    "Coding task: write a regex that pulls the phone number out of my email signature, '[[PERSON|Olivia Brennan]] | Sales | [[PHONE_NUMBER|(617) 555-0129]] | [[EMAIL_ADDRESS|olivia.brennan@brennanfloors.com]]', and returns the 10 digits only.",
    "Maths check please. I'm [[PERSON|Abdirahman Warsame]]; my electricity use was 312 kWh in January at 0.28 per kWh plus a 0.54 daily standing charge. What is the bill for 31 days? Account address [[STREET_ADDRESS|17 Hartley Close, Leicester LE2 9QT]].",
    "Logic puzzle from real life: my three housemates [[PERSON|Bea]], [[PERSON|Chidera]] and [[PERSON|Ravi]] each take bins, dishes or hoovering, and nobody repeats last week's job. Last week [[PERSON|Bea]] did bins, [[PERSON|Chidera]] dishes and [[PERSON|Ravi]] hoovering. How many valid rotas are there for this week out of the 6 possible?",
    "Please write an Excel formula for my budget sheet. Column A is dates, column B amounts, column C the card used. I want the total spent on my Amex [[CREDIT_CARD|3742 185091 36277]] in March 2025 only.",
    "My son [[PERSON|Mateo Ruiz]] takes 5 ml of amoxicillin three times a day for 10 days. How many ml in total, and if each bottle is 100 ml, how many bottles do we need?",
    "Percentages: my landlord [[PERSON|Graham Pettigrew]] wants to raise my rent from 895 to 960. The tenancy says a maximum of 5% a year. Is he over the limit? His email is [[EMAIL_ADDRESS|g.pettigrew.lettings@btinternet.com]] if I need to write to him.",
    "Time calculation for my night shifts. I'm [[PERSON|Joseph Mwangi]], I work 19:00 to 07:15 with a 45-minute unpaid break, four nights a week. How many paid hours is that a week, and at 14.20 an hour what's the gross?",
    "Help me with a date problem: my visa (permit number [[ID_NUMBER|ZU4418273]]) runs out 180 days after I entered on 9 January 2025. What's the last day I can stay?",
    "Write a unit test in Jest 29 that checks my function formats the name '[[PERSON|Ngozi Eze-Ibekwe]]' as '[[PERSON|EZE-IBEKWE, Ngozi]]'.",
    "Our work lottery syndicate has 7 people and I'm the organiser, [[PERSON|Maureen Flaherty]], [[PHONE_NUMBER|0161 496 0738]]. If we win 12,600, what does each get, and what changes if [[PERSON|Declan]] only paid 3 of the 10 weeks?",
    "Average question: my blood sugar readings this week were 6.1, 7.4, 5.8, 8.2, 6.6, 7.0 and 6.3 mmol/L. Mean and median? I'm [[PERSON|Sunil Wickramage]], type 2 since 2012, NHS number [[ID_NUMBER|728 305 1643]].",
    "I need a Python script that reads my bank CSV and sums everything paid into [[IBAN_CODE|GB67 LOYD 3094 7218 3055 66]] (that's my own savings account) during 2024.",
    "Maths: I ([[PERSON|Léa Dubois]]) bought 3 train tickets Paris to Lyon at 47.50 each, with a 25% youth discount on two of them. What was the total?",
    "How much interest will I pay? My credit card [[CREDIT_CARD|4929 1730 4856 2719]] has a balance of 2,340 at 24.9% APR and I pay 150 a month. How many months to clear it?",
    "Date arithmetic: my daughter [[PERSON|Aiyana Whitehorse]] was born 3 November 2019. How old is she in years, months and days on her first day of school, 2 September 2024?",
    "Make a SQL query that finds all orders where customer_email = '[[EMAIL_ADDRESS|m.kowalczyk88@wp.pl]]' and total > 200. That's my account, I want to check my own spending.",
    "Rate problem: I'm [[PERSON|Bongani Zwane]] and I can paint a room in 5 hours, my brother [[PERSON|Sipho]] in 7. Working together, how long for the 3 bedrooms at [[STREET_ADDRESS|14 Mphuthi Street, Orlando East, Soweto 1804]]?",
    "Tip maths: [[PERSON|Ewa]] and I had lunch, 64.80 in total, and she paid 40 in cash. How much do I owe her if we tip 15% and split everything evenly? Sending it by BLIK to [[PHONE_NUMBER|+48 512 774 209]].",
    "I'm learning Java. Write a class Person with my details as the example, name '[[PERSON|Ingrid Solberg]]', fødselsnummer '[[ID_NUMBER|12048947547]]', age 35, and a method that returns the birth date part.",
    "Volume problem: my fish tank is 80 × 35 × 40 cm. How many litres, and how much water conditioner at 5 ml per 50 L? The order goes to [[PERSON|Darnell Brooks]], [[STREET_ADDRESS|1184 Larkspur Ave, Dayton, OH 45406]].",
    "Can you check my maths? Monthly take-home 2,760. Rent 1,050, bills 310, food 420, car 265. I, Mrs [[PERSON|Yetunde Balogun]], want to save 15% of my pay. Does it fit?",
    "Coding kata: given my Aadhaar number [[ID_NUMBER|5827 3649 1701]], write a Verhoeff checksum function in Go 1.22 that confirms the last digit.",
    "My electricity meter read 48,213 on 1 February and 48,907 on 1 March. How many units a day did we use? Supplier account is [[PERSON|Tariq Mahmood]], [[STREET_ADDRESS|63 Albert Road, Birmingham B21 9LP]].",
    "Fraction puzzle: I'm leaving 3/8 of my estate to my son [[PERSON|Rohan]], 1/4 to my niece [[PERSON|Anjali]] and the rest to charity. The house is worth 410,000. How much does charity get? Drafting my will, I'm [[PERSON|Vikram Nair]].",
    "What's 17.5% of 2,380? It's the commission my estate agent [[PERSON|Rocío Bermúdez]] wants on top of her fixed 900 for my flat sale, and I'd like the total too.",
    "Hi, I'm [[PERSON|Kai Nakamura-Lee]]. Help me write a TypeScript 5 function that masks my card [[CREDIT_CARD|2223 8401 7365 9208]] so only the last 4 digits show.",
    "Medication timing: my dad [[PERSON|Haim Ben-David]] takes levodopa 4 times a day, 4 hours apart, the first at 6:30, plus warfarin 3 mg at 18:00. List the times and count the doses per week.",
    "Simple stats for my sleep tracker: 6.2, 7.1, 5.4, 8.0 and 6.8 hours. What's the standard deviation? The export is from my account [[EMAIL_ADDRESS|kemi.adeola@icloud.com]].",
    "Loan problem: an 18,000 car loan at 7.4% APR over 60 months. What's the monthly payment? Customer number [[ID_NUMBER|CU-5583017]], borrower [[PERSON|Aleksander Nowicki]], PESEL [[ID_NUMBER|92110548370]].",
    "Convert my running log: I ran 5 miles in 41:20. What's my pace per km? I signed up as [[PERSON|Mirela Popescu]], CNP [[ID_NUMBER|2900728405314]].",
    "Write a function in Rust that parses my Swedish personnummer [[ID_NUMBER|920604-3854]] and returns my age on 1 January 2025.",
    "Percentage change: my son [[PERSON|Oisín Kavanagh]] weighed 3.4 kg at birth and 9.1 kg at 12 months. What's the increase in percent?",
    "I'm [[PERSON|Shabnam Rahimi]] and I'm camping for 4 days with a 20,000 mAh power bank. My phone battery is 4,500 mAh, charging is 85% efficient and I charge once a day. Will it last?",
    "Combinatorics: how many 4-digit PINs don't repeat a digit? Mine is [[PASSWORD|7391]] on my card [[CREDIT_CARD|4603 1987 5521 3761]] and my bank app says it's weak, why would that be?",
    "Do this like a textbook problem: [[PERSON|Chen Yunxi]] deposits 12,000 yuan for 3 years at 2.6% simple interest. That's me, ID [[ID_NUMBER|110105198804173628]]. How much at maturity?",
    "GCSE-style but real: I'm cutting a 2.4 m plank into 35 cm pieces for my daughter [[PERSON|Poppy]]'s shelves. How many pieces and what's left? Leftover wood goes back to [[STREET_ADDRESS|9 Thistle Mews, Norwich NR3 1LQ]].",
    "Write a shell script that pings my home server at [[IP_ADDRESS|203.0.113.47]] every 5 minutes and logs the latency to a file.",
    "Write a Python dict of my emergency contacts and sort it by age: [[PERSON|Rukhsana Begum]] 64, [[PHONE_NUMBER|020 7946 0371]]; [[PERSON|Imran Haq]] 38, [[PHONE_NUMBER|07700 900631]]; [[PERSON|Layla Haq]] 12, no phone.",
    "Like a maths quiz: my partner [[PERSON|Tevita Lolohea]] and I split a 2,750 sofa 60:40. What does each of us pay? Delivery is to [[STREET_ADDRESS|22 Kawau Street, Ōtāhuhu, Auckland 1062]].",
    "My TFN is [[ID_NUMBER|814 739 258]]. Write me a JavaScript check that validates a TFN with the weights 1, 4, 3, 7, 5, 8, 6, 9, 10 and test it on mine.",
    "Algebra from real life: I'm [[PERSON|Salma Benali]]. My age plus my mother's is 84, and she is 26 years older than me. How old am I? I know the answer, I want the working for my nephew.",
    "Caffeine half-life problem: I had 200 mg of coffee at 8:00 and another 150 mg at 14:00, half-life 5 h. How much is left at 23:00? I'm [[PERSON|Hamza Çelik]], kimlik [[ID_NUMBER|28461953772]], it's for the sleep clinic form.",
    "Write a Kotlin data class for my profile and fill it in: firstName [[PERSON|Gulnara]], lastName [[PERSON|Seitkali]], phone [[PHONE_NUMBER|+7 701 482 3916]], height 168, weight 59.",
    "Percent question: I'm [[PERSON|Beatriz Lemos]] and my NIF is [[ID_NUMBER|239 184 750]]. My IRS refund was 842 € last year and 1,127 € this year. By what percent did it grow?",
    "How many weeks pregnant will I be on 14 August if my last period started on 2 March? My midwife is [[PERSON|Rhiannon Price]] and my hospital number is [[ID_NUMBER|K4471903]].",
    "Work out my average commute: 34, 41, 29, 52 and 38 minutes. I'm [[PERSON|Dong-hyun Park]] and the HR form wants it along with my RRN [[ID_NUMBER|880215-1847264]].",
    "Write a regex for my French social security number [[ID_NUMBER|2 87 06 75 120 345 45]] and explain what each of the 7 groups means.",
    "Exponential decay about my own car: bought for 24,500, it loses 15% a year. What's it worth after 4 years? It's registered to [[PERSON|Mehmet Aydın]], [[STREET_ADDRESS|Bahariye Caddesi No: 48 D: 6, 34714 Kadıköy/İstanbul]].",
    "Exchange rates: I'm sending 1,500 USD to my sister [[PERSON|Marisol Quintero]] in Bogotá. Fee 4.99 plus 1.2%. At 4,050 COP per USD, how many pesos does she get? Her cell is [[PHONE_NUMBER|+57 310 482 7716]].",
    "Write a Python class BankAccount and use my own account as the test case: holder '[[PERSON|Freya Lindqvist]]', IBAN '[[IBAN_CODE|SE94 8000 0832 7901 4827 3619]]', balance 18,250.75.",
    "[[PERSON|Obinna Chukwu]], 92 kg, 1.83 m. What's my BMI, and how many kg do I need to lose to get to 25?",
    "My gas bill says 1,284 kWh for 2 months. If I turn the thermostat down 1°C and save 10%, how much do I save over a year at 0.07 per kWh? Bill address: [[STREET_ADDRESS|Flat 3, 71 Leith Walk, Edinburgh EH6 8NS]].",
    "Hey, [[PERSON|Tamar Avraham]] here. My phone plan is 35 a month plus 0.10 per minute over 300, and I used 472 minutes. What's the bill? The number on the plan is [[PHONE_NUMBER|(312) 555-0166]].",
    "A classic two-trains problem, but it's my real trip: I leave Leeds at 09:12 averaging 110 km/h, my friend [[PERSON|Hamish Cargill]] leaves Edinburgh at 09:40 at 125 km/h, 320 km apart. When do we pass? His number is [[PHONE_NUMBER|0131 496 0214]].",
    "JSON task: turn my details into valid JSON, name [[PERSON|Thabo Mahlangu]], ID [[ID_NUMBER|9102145382086]], email [[EMAIL_ADDRESS|thabo.m@webmail.co.za]], salary 31,400.",
    "Quiz-style: my NHI number is [[ID_NUMBER|ZKT4821]]. How is its check digit computed mod 11? I want to understand my own health card.",
    "Budget problem: I'm a student, [[PERSON|Amelia Hartigan]], student no. [[ID_NUMBER|22047391]]. My loan is 4,767 per term for 3 terms and rent is 145 a week for 40 weeks. How much a week is left for everything else?",
    "Write a for-loop that prints the steroid taper for [[PERSON|Esperanza Molina]]: prednisolone 40 mg for 5 days, then down 5 mg every 3 days to zero. Print the day and the dose.",
    "Hello, my name is [[PERSON|Viktor Horvat]]. Solve this like an exam question: I invest 8,000 euros, half at 3% and half at 5%, compounded yearly. What's the total after 6 years? The payout goes to [[IBAN_CODE|HR02 2360 0003 1847 2615 9]].",
    "How many days between my two vaccine doses, 17 October and 9 January? The clinic needs at least 84. The record is for [[PERSON|Kiri Te Rangi]], NHI [[ID_NUMBER|PQR7192]].",
    "Percentage question: my Medicare card [[ID_NUMBER|2947 31680 1]] covers 85% of a 96.50 fee. How much do I pay, and what if the gap were capped at 12?",
    "Write a Django form test with my real data so I can watch it pass: name=[[PERSON|Anjali Deshpande]], phone=[[PHONE_NUMBER|+91 98450 31276]], pincode=560034.",
    "My PPS number is [[ID_NUMBER|2817364M]]. Show how the check letter M comes from the 7 digits with weights 8 down to 2, like a worked example.",
    "Check the total for me: three direct debits leave [[IBAN_CODE|NL89 RABO 0318 2746 59]], 42.50 gym, 18.99 phone and 1,285 rent. And what's 2% of the total for my savings rule?",
    "Distance formula practice on my commute: home is [[STREET_ADDRESS|5842 N Kenmore Ave, Chicago, IL 60660]] and the office is 7.3 miles south and 1.2 miles east. Straight-line distance?",
    "Write a Python function that generates a strong password and compare it with mine, [[PASSWORD|Sunflower1987!]], in bits of entropy, assuming 94 printable characters.",
    "I'm [[PERSON|Marguerite Tshibanda]]. If I lend my cousin [[PERSON|Patrice]] 600 and he repays 45 a week starting 6 June, on what date is it fully paid?",
    "My API key for the weather service is [[API_KEY|wx_live_8fK2qLr93ZtBv0NmYc41XaPd]] and it allows 1,000 calls a day. If my script calls every 90 seconds, will I go over?",
    "Write a SQL update that changes my phone from [[PHONE_NUMBER|(415) 555-0183]] to [[PHONE_NUMBER|(415) 555-0107]] in the customers table where name = '[[PERSON|Gideon Achterberg]]' and id = 42.",
]

# 60 requests naming private people beside numbers, dates, amounts and times.
SCHEDULE = [
    "Make me a two-week cleaning rota for our flat: [[PERSON|Aisha Bello]] works nights Mon–Thu, [[PERSON|Benedikt Kraus]] is away 14–18 July, and I'm free except Wednesdays. Three jobs: kitchen, bathroom, hoovering.",
    "Shift swap: [[PERSON|Priyanka Sharma]] wants my Saturday 07:00–15:00 on 22 March and I'd take her Tuesday 14:00–22:00 on the 25th. Does that put me over 48 hours that week? I already have 41. Her number is [[PHONE_NUMBER|07700 900208]].",
    "Split the holiday cottage: 1,260 for 4 nights. [[PERSON|Tom Ashworth]] and [[PERSON|Jess Ashworth]] stay all 4, [[PERSON|Marek Zieliński]] stays 2, I stay 3. Split it by person-nights please.",
    "Medication timings for my mum, [[PERSON|Dolores Castañeda]], 79: amlodipine 5 mg at 08:00, furosemide 40 mg at 08:00 and 14:00, donepezil 10 mg at 21:00, paracetamol 1 g up to 4 times with 4 hours between. Make a table for her carer [[PERSON|Rosa]], phone [[PHONE_NUMBER|+52 55 4817 2093]].",
    "Budget for my daughter [[PERSON|Ella Whitfield]]'s 10th birthday on 7 June: 12 kids, venue 180, pizza 8.50 per child, cake 45, party bags 3.20 each. Total and per child?",
    "Carpool plan: [[PERSON|Gustavo Ribeiro]] drives Mon and Wed, [[PERSON|Yara Haddad]] Tue and Thu, I do Fridays. Each round trip is 38 km at 0.30 per km. Who owes whom after a 4-week month? [[PERSON|Yara]]'s email is [[EMAIL_ADDRESS|yara.haddad@proton.me]].",
    "Bill split: electricity 214.60 for Q1, internet 35 a month. [[PERSON|Liam O'Sullivan]] moved in on 15 February, [[PERSON|Saoirse Kenny]] and I were here all quarter. What does each of us owe?",
    "Babysitting schedule: [[PERSON|Nana Akua Boateng]] does Mon and Wed 15:30–18:30, [[PERSON|Fiifi]] Fridays 15:30–20:00. At 12.50 an hour, what do I pay each of them per week? [[PERSON|Nana]]'s number is [[PHONE_NUMBER|020 7946 0592]].",
    "Please check the overtime for [[PERSON|Rajesh Kumar Pillai]], employee [[ID_NUMBER|EMP-30418]]: 37.5 hours contracted, 46.25 worked this week, overtime at 1.5 times 18.40. What's the overtime pay?",
    "Our marathon relay: [[PERSON|Sakura Ito]] runs 10.5 km at 5:10/km, [[PERSON|Kenta Mori]] 10 km at 4:45/km, [[PERSON|Yuki Hamada]] 11.2 km at 5:30/km, and I do the last 10.5 km at 5:00/km. Start at 8:30, expected finish?",
    "Set reminders for Grandpa [[PERSON|Walter Eichhorn]]: insulin 18 units at 7:30 and 12 units at 19:30, blood sugar checks 30 minutes before each meal (meals at 8:00, 12:30 and 18:30). His landline is [[PHONE_NUMBER|030 23125 478]].",
    "Split the bill from Saturday: 312.00 including 10% service, of which drinks were 96. [[PERSON|Chioma]] didn't drink. Five of us: me, [[PERSON|Chioma]], [[PERSON|Tunde]], [[PERSON|Fola]] and [[PERSON|Segun]]. Who pays what?",
    "Football kit money: 14 kids at 27.50 each, and coach [[PERSON|Darren Hulme]] has already collected from 9. How much is outstanding? Parents pay to [[IBAN_CODE|GB89 BARC 2003 1573 9482 61]], reference KIT24.",
    "Timetable: my son [[PERSON|Ibrahim Diallo]] has piano on Tuesday at 17:00 (45 min), swimming Thursday 18:15 (1 h) and tutoring with Ms [[PERSON|Adjoa Mensah]] on Saturday at 10:00 (90 min). Total activity hours per month?",
    "Rent ledger for my lodger [[PERSON|Stanislav Petrenko]] at [[STREET_ADDRESS|14 Cedar Grove, Reading RG1 5DW]]: 650 due on the 1st; he paid 650 in January, 500 in February, 800 in March and 650 in April. Is he in arrears?",
    "Nurse shift pattern check: [[PERSON|Fatou Sow]] works 3 long days (07:30–20:00) then has 4 off, starting Monday 2 June. List her working dates for June.",
    "Split the Airbnb in Lisbon: 1,890 for 6 nights, paid on [[PERSON|Matías Gómez]]'s card. [[PERSON|Renata]] left after 4 nights. Per-night split, and how much do we each send [[PERSON|Matías]] on [[PHONE_NUMBER|+34 655 210 843]]?",
    "Medication plan for my son [[PERSON|Aarav Joshi]] (age 6, 21 kg): ibuprofen 7 mg/kg every 8 h and paracetamol 15 mg/kg every 6 h, staggered. Starting at 06:00, list the times for 24 h.",
    "Wedding budget: 18,000 in total. Venue 6,500, catering 72 guests at 58, photographer [[PERSON|Imogen Tarrant]] 1,450 (400 deposit paid on 3 Feb), dress 1,100. How much is left? [[PERSON|Imogen]]'s invoice email is [[EMAIL_ADDRESS|imogen@imogentarrantphoto.co.uk]].",
    "On-call weekends: Dr [[PERSON|Kaveh Farahani]], Dr [[PERSON|Lena Hoffmann]] and Dr [[PERSON|Osagie Idahosa]] rotate every 3rd weekend starting 5 April. Who's on for 24 May, 14 June and 12 July?",
    "can u split the uber: 38.60 from the club to [[PERSON|kezia]]'s flat, then 12.40 more to mine. [[PERSON|ollie]] and [[PERSON|kezia]] got out at the first stop, i went on. fair split? my monzo is linked to [[PHONE_NUMBER|07700 900764]]",
    "School run: [[PERSON|Kalani Akana]] leaves at 7:40 and needs to be at school by 8:10; the drive is 18 min. My shift starts at 8:30 and work is 25 min from school. Can I do it, and how much slack is there?",
    "Pension contributions for [[PERSON|Hyun-woo Choi]], payroll no. [[ID_NUMBER|PR-77104]]: salary 52,000, 5% employee and 3% employer on earnings above 6,240. Monthly amounts?",
    "Dog walking invoice for Mrs [[PERSON|Pamela Rhodes]], [[STREET_ADDRESS|3 Orchard Lane, Harrogate HG2 0DN]]: 12 walks in March at 14 each, 2 of them double length at 22. Total to invoice?",
    "Exam revision timetable for [[PERSON|Zara Qureshi]]: 9 subjects, exams start 12 May, and she can do 3 hours a day from 1 April with Sundays off. How many hours per subject?",
    "Inheritance split: my aunt [[PERSON|Eleni Papadakis]] left 96,000 to be shared 3:2:1 between me, [[PERSON|Nikos]] and [[PERSON|Stavroula]], after 4% solicitor fees. What does each of us get?",
    "Medication timing for my grandmother, Bà [[PERSON|Trần Thị Hoa]]: thyroxine 75 mcg at 6:00 on an empty stomach, calcium at least 2 hours later, and iron 4 hours away from the calcium. Give me a daily timetable.",
    "Rota for the church café: [[PERSON|Margaret]], [[PERSON|Eileen]], [[PERSON|Wojciech]] and [[PERSON|Temperance]], two people every Sunday, nobody two weeks in a row, 5 Sundays in June 2025. Is it possible?",
    "Timesheet for [[PERSON|Luis Alberto Mendoza]], contractor, [[EMAIL_ADDRESS|lamendoza.dev@gmail.com]]: 6.5 h Monday, 8 h Tuesday, 7.25 h Wednesday, 3 h Thursday, 8 h Friday at 55 an hour. Invoice total with 16% IVA?",
    "Split a gift for [[PERSON|Helga]]'s 60th: 240 for a watch, 8 of us chip in, but [[PERSON|Rolf]] already paid 50. What does everyone else pay?",
    "shift swap check pls. [[PERSON|dariusz]] has my 14:00-22:00 on fri 11th, i take his 06:00-14:00 on sun 13th. i finish a night at 06:00 on sat the 12th. do i still get 11 hours rest before sunday?",
    "Travel plan: my cousin [[PERSON|Adaeze Obi]] lands at Heathrow T5 at 06:55 on 18 September. Passport control takes about 45 min, then the Elizabeth line to Paddington is 25 min. When should I be at the exit? Her UK number is [[PHONE_NUMBER|07700 900845]].",
    "Payroll question: [[PERSON|Ana Paula Ferreira]] worked 22 days in March at 180 reais a day, minus 7.5% INSS. What's her net? Her CPF [[ID_NUMBER|207.465.813-35]] goes on the receipt.",
    "Grocery budget for me and [[PERSON|Mia Lindström]]: 5 dinners of 4 portions at 3.20 a portion, 2 lunches a day for 10 days at 4.50, and 14 breakfasts at 1.10. Weekly total and each half?",
    "Holiday cover: [[PERSON|Ruairí Mac Giolla]] is off 4–15 August and [[PERSON|Sorcha Nolan]] covers his 3 clinics a week. How many extra clinics, and at 3.5 h each how many hours? [[PERSON|Sorcha]]'s staff id is [[ID_NUMBER|HSE-220871]].",
    "Our water bill for [[STREET_ADDRESS|Calle de Toledo 84, 3º B, 28005 Madrid]] is 126.40 for 2 months; [[PERSON|Álvaro]] was away 3 weeks. Split it between 3 by days present. The contract holder is [[PERSON|Irene Salcedo]], DNI [[ID_NUMBER|51839264R]].",
    "Physio for my husband [[PERSON|Tunde Okafor]] after his hip operation: 3 sets of 12 leg raises, 4 times a day, 2 hours apart from 9:00. How many raises a day, and what are the times?",
    "Class fund: 28 kids in Year 4, 15 each for the trip on 20 June. [[PERSON|Bronwyn Hughes]] (treasurer, [[EMAIL_ADDRESS|bronwyn.hughes@sky.com]]) has 345 so far. How many haven't paid?",
    "Driving hours: my daughter [[PERSON|Skye Morrison]] needs 120 logged hours and has 47.5. If she does 4 h a week from 1 July until her test on 30 October, will she make it?",
    "Insulin dose: [[PERSON|Ayaan Siddiqui]] (my son, 9) uses 1 unit per 12 g carbs and 1 unit per 2.5 mmol/L above 7. Lunch is 54 g carbs and he's at 12. What's the dose? His diabetes nurse [[PERSON|Carys]] is on [[PHONE_NUMBER|029 2018 0645]].",
    "Split the lottery win: [[PERSON|Kieran]], [[PERSON|Bernadette]] and I put in 2, 3 and 5 a week for 8 weeks. We won 1,870. Proportional shares?",
    "Bridge night schedule: pairs [[PERSON|Ruth Adler]] and [[PERSON|Miriam Katz]], [[PERSON|Avi Levin]] and [[PERSON|Shlomo Peretz]], plus two more pairs, 7 rounds of 20 min with 5-min breaks from 19:00. When do we finish?",
    "Fuel split for the road trip: [[PERSON|Sione Vakalahi]] drove 340 km, I drove 215 km, [[PERSON|Lupe]] none. Petrol was 112.80 in total. Split by km driven, or evenly between 3?",
    "Daycare hours: [[PERSON|Noah Fischer]] attends Mon–Wed 8:00–17:30 and Fri 8:00–13:00. The rate is 9.80 an hour with 30 free funded hours a week. Monthly bill over 4.3 weeks? Invoice goes to [[EMAIL_ADDRESS|fischer.family@gmx.de]].",
    "Turn this into a table: [[PERSON|Sung-min Yoon]] pays 45 on the 3rd, [[PERSON|Ji-woo Han]] pays 45 on the 10th, and I pay 90 on the 28th for our shared streaming and cloud plans at 60 a month. Is it even over 3 months?",
    "Dose timing: [[PERSON|Rui Teixeira]] took his first antibiotic at 21:40 on Monday, every 12 h for 7 days. When is the last dose?",
    "Budget for my brother [[PERSON|Kojo Appiah]]: he earns 2,150 and spends 780 on rent, 240 transport, 90 phone and 410 food. What's his savings rate? He lives at [[STREET_ADDRESS|Flat 12, Rowan House, 41 Peckham Road, London SE5 8UH]].",
    "Care rota for mum: me, [[PERSON|Siobhán]] and [[PERSON|Cathal]] cover 7 days. [[PERSON|Siobhán]] can't do weekends, [[PERSON|Cathal]] only weekends and Wednesdays, each of us 2 or 3 days. Give a weekly pattern. Mum's address for the agency: [[STREET_ADDRESS|27 St Brendan's Park, Tralee, Co. Kerry V92 X2F8]].",
    "Split the deposit refund: we got back 1,420 of the 1,800. Deductions were 260 for [[PERSON|Connor]]'s room and 120 general. The three of us paid 600 each. What does [[PERSON|Connor]] get back?",
    "Night feeds: baby [[PERSON|Imani Reid]] feeds every 3 h, the last one at 22:15. My partner [[PERSON|Jordan Reid]] takes the feeds before 3 a.m. and I take the rest until 7. Who does which?",
    "Work out [[PERSON|Akosua Darko]]'s holiday pay: 12.07% of 1,096 hours at 11.44 an hour. Her National Insurance number is [[ID_NUMBER|PN 47 82 19 C]].",
    "Rent split by income: I earn 2,600 and [[PERSON|Florian Weber]] earns 3,900; rent is 1,450. What's the proportional split? His email for the standing order is [[EMAIL_ADDRESS|florian.weber@posteo.de]].",
    "Chemo cycle dates for my wife [[PERSON|Parisa Tehrani]]: cycle 1 on 6 January, every 21 days, 6 cycles. List the dates and flag any weekends. Her hospital number is [[ID_NUMBER|00482716]].",
    "Stag do kitty: [[PERSON|Callum]], [[PERSON|Euan]], [[PERSON|Fraser]], [[PERSON|Murdo]] and I each put in 150. We spent 312 on the lodge, 186 on food and 94 on fuel. What's left per head? I'm sending it back from [[IBAN_CODE|GB63 HBUK 4012 7631 8849 20]].",
    "Hall booking: [[PERSON|Adebola]] needs the piano 18:00–18:45, the altos with [[PERSON|Mireille Fontaine]] 18:45–19:30, and the full choir 19:30–21:00, on the 4th, 11th and 18th. Total hall hours at 22 an hour?",
    "Medication overlap check: I take sertraline 100 mg at 8:00, and Dr [[PERSON|Folake Oyelaran]] added propranolol 40 mg twice daily, 12 h apart. If the first is at 7:00, when is the second, and do any clash with meals at 7:30, 13:00 and 19:30?",
    "rent split pls: me 13 m², [[PERSON|ayodele]] 16 m², [[PERSON|thandiwe]] 11 m², shared areas 40 m² split evenly, rent 2,100. what does each of us pay by the 1st?",
    "Fitness class rota: [[PERSON|Valentina Russo]] teaches Mon 18:00 and Thu 7:00, [[PERSON|Gianluca Ferri]] Tue and Fri 12:30, [[PERSON|Chiara]] weekends at 9:00. At 28 per class, monthly pay for each over 4 weeks? [[PERSON|Gianluca]]'s IBAN is [[IBAN_CODE|CH55 0483 5098 7162 3004 1]].",
    "Split the hen party: [[PERSON|Roisin]] pays nothing as the bride, the 9 others share 1,674. [[PERSON|Tamsin Gale]] already put down a 300 deposit. What does she still owe, and what do the rest pay? [[PERSON|Tamsin]]'s phone is [[PHONE_NUMBER|0113 496 0457]].",
    "Taking over my dad's bills, [[PERSON|Harold Pemberton]], [[STREET_ADDRESS|8 Beech Road, Kendal LA9 4QT]]: council tax 1,874 a year in 10 instalments, water 41.20 a month, electricity 96 a month. Monthly and yearly totals?",
]

# 40 short records in the manner of a synthetic PII benchmark, each also holding numbers.
RECORDS = [
    "[[PERSON|Lucía Navarro]], 34, paid €1,250 on 03/04/2023 using card [[CREDIT_CARD|4556 7392 0184 7368]].",
    "Customer [[PERSON|Benjamin Okoro]] (age 41) disputed a charge of $89.99 on 2022-11-17; contact [[EMAIL_ADDRESS|ben.okoro41@yahoo.com]].",
    "On 14 May 2021, [[PERSON|Hiroko Tanaka]], 67, moved to [[STREET_ADDRESS|2-14-7 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]].",
    "[[PERSON|Matteo Gallo]] transferred 3,400 EUR to [[IBAN_CODE|IT12 X030 6909 6061 0000 0187 342]] on 12/09/2024.",
    "Employee [[PERSON|Grace Mutua]], 29, earns KES 86,000 a month; phone [[PHONE_NUMBER|+254 712 480 316]].",
    "Patient [[PERSON|Sergei Lebedinsky]], 58, BP 148/92, weight 87 kg, seen 2023-02-08, MRN [[ID_NUMBER|44718203]].",
    "[[PERSON|Amina Yusuf]] was born on 12 March 1990 and her SSN is [[US_SSN|538-21-7746]].",
    "Order of 3 items totalling £57.40 shipped to [[PERSON|Eilidh Fraser]], [[STREET_ADDRESS|44 Morningside Drive, Edinburgh EH10 5LZ]].",
    "IP [[IP_ADDRESS|198.51.100.23]] logged in 17 times on 2024-06-02 as user [[ID_NUMBER|jpark_88]].",
    "[[PERSON|Olumide Bankole]], 45, holds 2 policies worth ₦4,500,000; email [[EMAIL_ADDRESS|olumide.bankole@gmail.com]].",
    "Refund of $120.00 issued on 09/30/2023 to card [[CREDIT_CARD|5374 1098 2736 4510]] for [[PERSON|Katie Lindgren]].",
    "[[PERSON|Pavel Novák]], 52, paid 12 400 Kč rent for 3 months; rodné číslo [[ID_NUMBER|720815/4437]].",
    "Student [[PERSON|Layla Haddad]], 19, GPA 3.7, ID [[ID_NUMBER|S20481736]], enrolled in 2023.",
    "Flight for 2 adults booked at $1,284.60 by [[PERSON|Marcus Threlfall]], phone [[PHONE_NUMBER|(646) 555-0191]].",
    "[[PERSON|Yasmin Al-Farsi]], 36, salary AED 24,000, Emirates ID [[ID_NUMBER|784-1988-4721936-1]].",
    "Delivery 4471 to [[STREET_ADDRESS|Rua das Flores 128, 4050-265 Porto]] for [[PERSON|Joana Pires]]: 2 parcels, 7.4 kg.",
    "[[PERSON|Arnav Malhotra]] (27) withdrew ₹45,000 on 05-01-2024; Aadhaar [[ID_NUMBER|3691 8204 5737]].",
    "On 2020-07-19, [[PERSON|Chloé Lambert]], 31, paid €640 from [[IBAN_CODE|FR76 3000 4007 1200 0948 3217 654]].",
    "Access from [[IP_ADDRESS|203.0.113.198]] at 02:14 UTC, 3 failed logins, account [[EMAIL_ADDRESS|t.hale@hale-consulting.net]].",
    "[[PERSON|Björn Eriksen]], 44, ordered 6 bottles at 18.50 each; mobile [[PHONE_NUMBER|+47 412 58 930]].",
    "[[PERSON|Ximena Rojas]], 38, RUT [[ID_NUMBER|16.482.937-5]], scholarship of 350,000 CLP.",
    "Invoice 2023-118: 14 hours at $65 for [[PERSON|Deshawn Carter]], SSN [[US_SSN|231-84-5609]].",
    "[[PERSON|Mei Tanaka-Brooks]], 8 years old, dose 240 mg, guardian phone [[PHONE_NUMBER|(212) 555-0147]].",
    "Loan of 15,000 at 6.2% for 48 months approved for [[PERSON|Hassan Jaber]], customer ID [[ID_NUMBER|CID-0093417]].",
    "[[PERSON|Ingeborg Haugen]] paid NOK 2,390 on 11.04.2024, fødselsnummer [[ID_NUMBER|05079134696]].",
    "Tenant [[PERSON|Rahul Chatterjee]], 33, rent ₹28,000, [[STREET_ADDRESS|Flat 5B, 17 Hindustan Park, Kolkata 700029]].",
    "[[PERSON|Ewa Zielińska]], 61, pension 3 240 zł, phone [[PHONE_NUMBER|+48 601 337 482]].",
    "Card [[CREDIT_CARD|6011 4587 3920 6179]] was used 4 times on 2023-08-21 for a total of $312.44.",
    "[[PERSON|Tomás Herrera]], 47, password [[PASSWORD|Herrera#2024]], reset 3 times in 10 days.",
    "Member [[PERSON|Adwoa Frimpong]], joined 2019, 240 points, member no. [[ID_NUMBER|GYM-118204]].",
    "[[PERSON|Klaus Brandt]], 70, Rente 1.480 € monatlich, Adresse [[STREET_ADDRESS|Lindenstraße 23, 10969 Berlin]].",
    "Shipment of 12 units to [[PERSON|Farah Nazir]], [[PHONE_NUMBER|+92 300 481 2276]], weight 3.6 kg.",
    "[[PERSON|Siosaia Vake]], 26, weight 104 kg, height 188 cm, email [[EMAIL_ADDRESS|siosaia.vake@outlook.com]].",
    "Payment of 980 SGD from [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S9172635A]], on 28/02/2025.",
    "[[PERSON|Charlotte Beaumanoir]] paid €2,150 in school fees on 1 September from [[IBAN_CODE|DE28 3705 0198 0027 3641 93]].",
    "API key [[API_KEY|ak_prod_3Nf8vQ1xLw72RbTz9KcE5hYu]] issued to [[PERSON|Dana Whitlock]] on 2024-03-11, quota 5,000 requests.",
    "[[PERSON|Emeka Obi-Nwachukwu]], 39, flight 2 of 3, seat 14C, passport [[ID_NUMBER|A07731548]].",
    "[[PERSON|Zhang Lihua]], 31, deposited ¥60,000; resident ID [[ID_NUMBER|310115199308224515]].",
    "[[PERSON|Astrid Kowalski]], 28, 3 late payments totalling $245, card [[CREDIT_CARD|4916 3072 8815 4028]].",
    "Visitor [[PERSON|Mohammed Al-Amin]] signed in at 09:42 and out at 16:05 on 07/03/2025, phone [[PHONE_NUMBER|+971 50 318 4726]].",
]

# 30 GSM8K-style word problems with fictional first names; no personal data.
CLEAN_GSM8K = [
    "Aliyah bakes 36 cupcakes for a school fair. She sells 3/4 of them at $2.50 each and gives the rest to her neighbours. How much money does she make?",
    "Tomás reads 18 pages a day. His book has 414 pages. If he starts on a Monday, on which day of the week does he finish?",
    "A farmer named Oksana has 5 rows of apple trees with 14 trees in each row. Each tree gives 32 kg of apples, and she sells them at 1.20 per kg. What is her income?",
    "Kwame has twice as many marbles as Jide, and Jide has 7 more than Sami. Together they have 97 marbles. How many marbles does Sami have?",
    "Ingrid's train leaves at 14:35 and the trip takes 2 hours 50 minutes. She then walks for 18 minutes. At what time does she arrive?",
    "A shop sells pens in packs of 12 for $4.20 or singly for $0.40. Ravi needs 30 pens. What is the cheapest way to buy them, and how much does it cost?",
    "Lena runs 5 km on Monday and adds 10% more distance each day. How far does she run on Friday, to the nearest tenth of a kilometre?",
    "Marcus earns $18 an hour and gets time and a half for every hour over 40. Last week he worked 47 hours. What was his pay?",
    "A tank holds 600 litres. Pipe A fills it in 5 hours and pipe B in 3 hours. If both pipes are open, how long does it take to fill the tank?",
    "Fatima bought 4 notebooks at $3.75 each and 3 pens at $1.20 each. She paid with a $20 bill. How much change did she get?",
    "In a class of 32 students, 3/8 walk to school, 1/4 take the bus and the rest are driven. How many students are driven?",
    "Diego's garden is a rectangle 12 m by 7.5 m. He wants a fence all around it except for a 1.2 m gate. How many metres of fencing does he need?",
    "Yuki saves $15 in the first week, $20 in the second, $25 in the third and so on. How much will she have saved after 10 weeks?",
    "A recipe for 6 people needs 450 g of rice. How much rice does Amara need to cook for 14 people?",
    "Piotr drives 240 km at 80 km/h and then 150 km at 100 km/h. What is his average speed for the whole trip?",
    "A jacket costs $80. It is discounted by 25%, and then a further 10% is taken off the sale price. What is the final price?",
    "Chen has 3 times as many stickers as Mia. After Chen gives Mia 12 stickers, they have the same number. How many stickers did Mia have at first?",
    "Noor plants 8 tomato seedlings. Each plant produces 23 tomatoes, but birds eat 15% of them. How many tomatoes does she pick, rounded down?",
    "A bus leaves the depot every 12 minutes, starting at 6:00. How many buses have left by 9:30, including the first one?",
    "Hugo is 4 years older than his sister Clara. In 6 years the sum of their ages will be 40. How old is Clara now?",
    "A bakery uses 2.5 kg of flour per batch of bread and bakes 7 batches a day. Flour comes in 25 kg sacks. How many sacks does it need for a 6-day week?",
    "Zainab scored 82, 90 and 76 on three tests. What must she score on the fourth test to have an average of 85?",
    "A phone plan costs $25 a month plus $0.05 per text over 200. Emeka sent 356 texts in May. What was his bill?",
    "Olga knits 3 scarves a week. Each scarf uses 2 balls of yarn at $4.50 a ball, and she sells each scarf for $22. What is her profit over 8 weeks?",
    "A rectangular pool is 25 m long, 10 m wide and 1.8 m deep. How many litres of water does it hold when full?",
    "Jamal walks 1.2 km to school and back every school day. How many kilometres does he walk in a 38-week school year of 5-day weeks?",
    "Three friends, Bea, Kai and Nia, share $270 in the ratio 2:3:4. How much does Nia get?",
    "A store buys a lamp for $36 and sells it at a 45% markup. In a sale the price is cut by 20%. What is the profit on a lamp sold in the sale?",
    "Sofia's plant grows 1.5 cm every week and is 12 cm tall now. After how many weeks will it be 30 cm tall?",
    "Arjun has $500. He spends 30% on a bike and 1/4 of what remains on a helmet. How much money does he have left?",
]

# 20 MMLU-style items with options A to D; no personal data.
CLEAN_MMLU = [
    "What is the value of x if 3x + 7 = 25? A. 4 B. 6 C. 8 D. 18",
    "A car accelerates uniformly from rest to 20 m/s in 8 s. What distance does it cover? A. 40 m B. 80 m C. 160 m D. 320 m",
    "If a population grows by 2% a year, roughly how many years does it take to double? A. 18 B. 25 C. 35 D. 50",
    "What is the probability of rolling a total of 7 with two fair dice? A. 1/12 B. 1/9 C. 1/6 D. 7/36",
    "Elena invests $2,000 at 5% compounded annually. Which expression gives the value after 3 years? A. 2000 × 1.05 × 3 B. 2000 × 1.05³ C. 2000 + 0.05 × 3 D. 2000 × 1.15",
    "Which of these numbers is prime? A. 51 B. 57 C. 61 D. 87",
    "A patient is prescribed 500 mg every 8 hours. How many mg does the patient take in 3 days? A. 1,500 B. 3,000 C. 4,500 D. 6,000",
    "In which year did the Berlin Wall fall? A. 1987 B. 1989 C. 1991 D. 1993",
    "Omar buys 3 shirts at $x each and pays $54 after a 10% discount on the total. What is x? A. 18 B. 20 C. 22 D. 24",
    "The median of 4, 9, 2, 7, 11 and 6 is: A. 6 B. 6.5 C. 7 D. 7.5",
    "How many moles are in 36 g of water (H2O, 18 g/mol)? A. 0.5 B. 1 C. 2 D. 18",
    "A six-year limitation period starts on 1 March 2019. When does it expire? A. 28 February 2024 B. 1 March 2025 C. 1 March 2026 D. 31 December 2025",
    "Priya and Tom finish a job in 6 hours together; Priya alone takes 10 hours. How long does Tom take alone? A. 4 h B. 12 h C. 15 h D. 16 h",
    "Which sequence is arithmetic? A. 2, 4, 8, 16 B. 3, 7, 11, 15 C. 1, 1, 2, 3 D. 5, 10, 20, 40",
    "What is 15% of 240? A. 24 B. 32 C. 36 D. 40",
    "A loan of $10,000 at 6% simple interest for 4 years earns how much interest? A. $600 B. $2,400 C. $2,625 D. $4,000",
    "The normal adult resting heart rate usually lies between: A. 20 and 40 bpm B. 60 and 100 bpm C. 110 and 150 bpm D. 160 and 200 bpm",
    "Lucas is 3 times as old as his daughter. In 12 years he will be twice as old as she is. How old is the daughter now? A. 8 B. 10 C. 12 D. 14",
    "Which data structure gives O(1) average lookup by key? A. linked list B. hash table C. binary heap D. stack",
    "A triangle has sides 9, 12 and 15. What is its area? A. 45 B. 54 C. 60 D. 108",
]

# 25 coding or maths tasks with placeholder data only.
CLEAN_PLACEHOLDER = [
    "Write a Python function that validates an email address and test it with 'john.doe@example.com' and 'not-an-email'.",
    "Write a Luhn check in JavaScript and show that it accepts the Visa test card 4111 1111 1111 1111 and rejects 4111 1111 1111 1112.",
    "Create a SQL table users(id, name, email, created_at) and insert a sample row for John Doe with the email john.doe@example.com.",
    "Show me how to mask all but the last four digits of a card number in Python, using the Stripe test card 4242 4242 4242 4242 as the example.",
    "Write a regex that matches IBANs and test it on the documentation example GB82 WEST 1234 5698 7654 32.",
    "Generate a JSON schema for a customer object with fields name, age and email; use Jane Doe, 34, jane.doe@example.org as the sample.",
    "In Go, write a function that computes monthly mortgage payments and test it with a principal of 250,000 at 4.5% over 30 years.",
    "Write a unit test for a function split_bill(total, people, tip) with total=120, people=4 and tip=0.15.",
    "How do I bind a Flask app to 127.0.0.1 on port 5000 instead of 0.0.0.0?",
    "Write a Python script that sends a test email to user@example.com through a local SMTP debugging server on localhost:1025.",
    "Write a function that turns a date-of-birth string like 1990-01-31 into an age in years on a given date; the user in the docs is John Doe.",
    "Explain the mod-97 IBAN check step by step using DE89 3704 0044 0532 0130 00, the standard example IBAN.",
    "Write a pandas snippet that groups transactions by month and sums the amount column; sample rows: 2024-01-03 12.50, 2024-01-17 40.00, 2024-02-02 7.25.",
    "Solve for x: 2x^2 - 8x + 6 = 0, and show the discriminant.",
    "Write a checkout form test with the published Mastercard test number 5555 5555 5555 4444 that checks an expiry date of 01/20 is rejected.",
    "Write a bash loop that counts from 1 to 100 and prints Fizz for multiples of 3 and Buzz for multiples of 5.",
    "Create a TypeScript interface for a postal address and a fixture for John Doe at 123 Main Street, Anytown, 12345.",
    "Compute the compound interest on 1,000 at 3% compounded quarterly for 5 years, and write the formula in LaTeX.",
    "Write a Java method that formats a string of 10 digits as (XXX) XXX-XXXX, and test it on 0000000000.",
    "Write a password strength checker in Python that rejects 'password123' and 'qwerty' and accepts anything of 12 or more characters with mixed classes.",
    "What's the SHA-256 of the string 'hello world', and how do I compute it in Node 20?",
    "Write a function that returns the number of days between two dates, tested with 2024-02-28 and 2024-03-01 in a leap year.",
    "In Excel, how do I calculate what percent 1,450 is of 3,900 and format it to one decimal place?",
    "Write a SQL query for the average order value per customer, with a sample table of customer_id 1, 2 and 3 and amounts 19.99, 45.00 and 7.50.",
    "Draft a form validation test where the name is 'Jane Doe', the email is 'jane@example.com' and the age field gets -5, expecting an error.",
]

# 25 planning or calculation requests about the writer's own life, naming nobody.
CLEAN_PLANNING = [
    "My rent is 1,450 and I take home 3,900 a month. What percent of my pay goes on rent?",
    "I take 5 ml of cough syrup three times a day for 6 days. Is a 100 ml bottle enough?",
    "How many days are there from 3 March to my surgery on 12 April?",
    "If I save 250 a month, how long will it take me to reach 6,000 for a car?",
    "My card was charged 3 times 19.99 and one charge was refunded. How much did I pay in total?",
    "I drive 38 km each way to work, 4 days a week, and my car uses 7.1 l per 100 km. At 1.72 a litre, what's my monthly fuel cost?",
    "I scored 71, 64 and 80 in three exams. What do I need in the last one to average 72?",
    "I want to run 10k in under 55 minutes. What pace per km is that?",
    "My flight leaves at 07:15 and I need to be at the airport 2 hours early; the drive is 50 minutes. When should I leave home?",
    "I work 9:00 to 17:30 with a 30-minute unpaid lunch, 5 days a week. How many hours is that a year with 25 days of leave?",
    "I'm paying off 3,200 on a credit card at 22% APR with 120 a month. Roughly how many months until it's cleared?",
    "My electricity bill went from 84 to 117 a month. What's the percentage increase?",
    "I weigh 78 kg and I'm 1.74 m tall. What's my BMI?",
    "Our baby feeds every 3 hours and the last feed was at 22:30. When are the next three?",
    "I take a tablet every 8 hours and the first was at 6:45. When are the next two doses today?",
    "If my salary goes from 38,000 to 40,280, what raise is that in percent?",
    "How many weekdays are left this year if today is 10 November and I have 4 days of leave booked?",
    "I need to lose 6 kg before a wedding in 14 weeks. How much is that per week?",
    "Dinner for four came to 148 and we want to tip 12%. What does each of us pay if we split it evenly?",
    "My savings earn 3.8% a year compounded monthly. What will 10,000 become in 5 years?",
    "I walk 7,500 steps on weekdays and 12,000 at weekends. What's my daily average?",
    "I'm repainting my bedroom: two walls of 3.6 m by 2.5 m and two of 4.2 m by 2.5 m, minus a 1.8 m² window. How many litres for two coats at 12 m² per litre?",
    "My phone plan is 18 a month plus 0.08 per MB over 5 GB, and I used 5.6 GB. What's the bill?",
    "I sleep from 23:40 to 6:50 on weeknights. How much sleep is that over the five nights?",
    "If my rent rises 4% a year from 1,200 now, what will it be in 5 years?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "47 281 590 368": steuer_id_ok,  # German tax id
    "539.182.064-24": cpf_ok,  # Brazilian CPF
    "207.465.813-35": cpf_ok,
    "MRTLNZ79C03F839J": codice_fiscale_ok,  # Italian codice fiscale
    "314728594": bsn_ok,  # Dutch BSN
    "401 863 9279": nhs_ok,  # NHS number
    "728 305 1643": nhs_ok,
    "12048947547": fodselsnummer_ok,  # Norwegian fødselsnummer
    "05079134696": fodselsnummer_ok,
    "5827 3649 1701": aadhaar_ok,  # Indian Aadhaar
    "3691 8204 5737": aadhaar_ok,
    "92110548370": pesel_ok,  # Polish PESEL
    "2900728405314": cnp_ok,  # Romanian CNP
    "920604-3854": luhn_len(10),  # Swedish personnummer
    "110105198804173628": china_id_ok,  # Chinese resident identity card
    "310115199308224515": china_id_ok,
    "814 739 258": tfn_ok,  # Australian tax file number
    "28461953772": kimlik_ok,  # Turkish kimlik
    "239 184 750": nif_ok,  # Portuguese NIF
    "880215-1847264": rrn_ok,  # Korean resident registration number
    "2 87 06 75 120 345 45": nir_ok,  # French NIR
    "9102145382086": luhn_len(13),  # South African id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "PQR7192": nhi_ok,
    "2947 31680 1": medicare_ok,  # Australian Medicare card
    "2817364M": pps_ok,  # Irish PPS number
    "51839264R": dni_ok,  # Spanish DNI
    "720815/4437": rodne_cislo_ok,  # Czech rodné číslo
    "16.482.937-5": rut_ok,  # Chilean RUT
    "S9172635A": nric_ok,  # Singapore NRIC
    "784-1988-4721936-1": luhn_len(15),  # Emirates ID (Luhn over the 15 digits)
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|31|61) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+61 491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+(7|34|47|48|51|52|57|91|92|254|971) [\d -]+\d",  # no fiction range known
    )
]
DOC_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
CODING = re.compile(
    r"\b(python|javascript|typescript|java|kotlin|rust|go|sql|regex|bash|shell|excel|json|jest|django|for-loop|loop|function|script)\b",
    re.IGNORECASE,
)
CONTACTS = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "IBAN_CODE", "ID_NUMBER"})


def unmarked_digit(marked: str) -> bool:
    """Whether the text holds a digit outside its marked values (an age, amount, date)."""
    text, spans = strip_marks(marked)
    inside = {i for s in spans for i in range(s["start"], s["end"])}
    return any(c.isdigit() and i not in inside for i, c in enumerate(text))


def check_mix() -> None:
    """Every personal text holds numbers beside its values; the homework-shaped requests
    mix names, coding tasks, cards, IBANs, phones and national ids; every scheduling request
    names someone and many carry a contact or id."""
    for marked in HOMEWORK + SCHEDULE + RECORDS:
        if not unmarked_digit(marked):
            raise SystemExit(f"no number beside the values in {marked[:60]!r}")
    kinds = [{s["type"] for s in marked_spans(t)} for t in HOMEWORK]
    named = sum("PERSON" in k for k in kinds)
    unnamed = len(kinds) - named
    coding = sum(bool(CODING.search(strip_marks(t)[0])) for t in HOMEWORK)
    if named < 90 or unnamed < 10 or coding < 25:
        raise SystemExit(f"homework: {named} named, {unnamed} unnamed, {coding} coding tasks")
    for kind, least in (
        ("CREDIT_CARD", 8),
        ("IBAN_CODE", 6),
        ("PHONE_NUMBER", 15),
        ("ID_NUMBER", 30),
    ):
        if sum(kind in k for k in kinds) < least:
            raise SystemExit(f"homework: fewer than {least} texts with {kind}")
    for marked in SCHEDULE:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"schedule: no name in {marked[:60]!r}")
    carried = sum(any(s["type"] in CONTACTS for s in marked_spans(t)) for t in SCHEDULE)
    if carried < 25:
        raise SystemExit(f"schedule: only {carried} texts with a contact or id")


def check_values(texts: list[str]) -> None:
    """Phones in the listed layouts, IPs from documentation ranges, no documentation IBAN,
    UK National Insurance numbers in their layout."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in PHONES):
                raise SystemExit(f"phone {value!r} outside the listed layouts")
            if kind == "IP_ADDRESS" and not value.startswith(DOC_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
            if (
                kind == "ID_NUMBER"
                and value.startswith("PN ")
                and not re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2} \d{2} \d{2} \d{2} [A-D]", value)
            ):
                raise SystemExit(f"bad National Insurance number {value!r}")


def check_clean_values(texts: list[str]) -> None:
    """Clean texts carry placeholders only: e-mails at example domains, cards that are
    published test numbers (or fail Luhn), IBANs that are documentation examples, no fiction-range phone."""
    for text in texts:
        for email in re.findall(r"[^\s@']+@[^\s@']+", text):
            if not re.search(r"@example\.(com|org|net)\.?$", email):
                raise SystemExit(f"clean: e-mail {email!r} is not a placeholder")
        for run in re.findall(r"\d[\d ]{11,22}\d", text):
            digits = run.replace(" ", "")
            if 13 <= len(digits) <= 19 and luhn_ok(digits) and digits not in WELL_KNOWN_CARDS:
                raise SystemExit(f"clean: card-like {run!r} is not a test number")
        for iban in re.findall(
            r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text
        ):
            if iban.replace(" ", "") not in DOCUMENTATION_IBANS:
                raise SystemExit(f"clean: IBAN {iban!r} is not a documentation example")
        if re.search(r"555-01\d\d|07700 ?900|\+\d{1,3} \d", text):
            raise SystemExit(f"clean: phone number in {text[:60]!r}")


def main() -> None:
    sections = {
        "homework": (HOMEWORK, 120),
        "schedule": (SCHEDULE, 60),
        "records": (RECORDS, 40),
        "clean gsm8k": (CLEAN_GSM8K, 30),
        "clean mmlu": (CLEAN_MMLU, 20),
        "clean placeholder": (CLEAN_PLACEHOLDER, 25),
        "clean planning": (CLEAN_PLANNING, 25),
    }
    pii = HOMEWORK + SCHEDULE + RECORDS
    check_counts("homework", HOMEWORK, HOMEWORK_WORDS, (1, 6))
    check_counts("schedule", SCHEDULE, SCHEDULE_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (1, 3))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    check_clean_values(CLEAN_GSM8K + CLEAN_MMLU + CLEAN_PLACEHOLDER + CLEAN_PLANNING)
    build_sections(
        "blind49", HERE, sections, {"homework", "schedule", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=HOMEWORK, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
