# ruff: noqa: E501
"""A twenty-second blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations).
The theme is health, care and everyday life, the way people write to a hospital, clinic,
pharmacy, insurer or a general chatbot:

* 80 patient and carer messages (10 to 120 words): booking and rescheduling, symptoms, test
  results, prescriptions, discharge, referrals, a relative on a ward, a child's vaccination,
  a care home, sick notes, insurance pre-authorisation, wrong letters, lost hearing aids.
  They name patients, relatives, doctors in private practice and nurses, with hospital,
  patient, NHS and insurance member numbers, phones, e-mails, addresses and dates; about
  half have no cue word (no introduction, relation word, greeting or title), 14 are
  typed in lower case with typos, and the last 10 put a name in a sentence full of numbers
  (doses, times, counts) that asks for arithmetic;
* 60 everyday chat requests (5 to 100 words) about private people: short questions
  (whether someone is coming, where they live now, why they are late, what to get them),
  gossip, plans, money owed, neighbours, exes and flatmates. Names come from more than 40
  countries, with word-names (Faith, Ivy, Clay, Rusty, Jade, Bishop, Marshall, Hazel,
  Forrest, Winter), lone surnames and nicknames; the first 20 are typed all in lower case
  with chat shorthand; 10 mention a PIN, door, gate, alarm or key-safe code, a bike lock
  combination, a wifi key or a streaming login in passing, never with the word "password";
* 80 statement-style records of one invented person each, in the sentence shapes of
  synthetic PII datasets (form rows, bios, account notes, letters, shipping and billing
  lines, HR, payroll, travel and school records): 20 hold only a name with no cue, 60
  combine a name with some of: addresses in the national formats of more than 25
  countries (multi-line and one-line), phones in national and international formats,
  e-mails, cards, IBANs, SSNs, national ids, passports, usernames and IPs.

Usernames, handles, logins, account, customer, member, patient, employee, student, hospital,
NHS and insurance numbers, passports, licences and national ids are labelled ID_NUMBER;
PINs, door, gate, alarm and key-safe codes, lock combinations and wifi keys PASSWORD;
titles (Dr, Nurse, Sister, Mr, Mrs, Ms) stay outside PERSON spans; an address span runs
from the street line (or the flat, house or building line) through the postcode and city
as typed; every occurrence of a private value is marked; public figures, companies,
fictional characters, order, invoice and ticket numbers, hospitals, wards and pharmacies
and dates of birth are not labelled. The 100 clean texts are 20 general health questions
with no personal detail, 20 grade-school word problems with fictional first names, 20
multiple-choice exam items (medicine, law, biology, history; some with an unnamed patient
or party in the vignette), 20 writing, role-play and reasoning prompts in the style of
MT-Bench and Vicuna and 20 everyday and technical questions naming public figures,
eponyms (Alzheimer's, Crohn's, Heimlich, Apgar), brands, places, bands or code with
placeholders.

All values are invented: phones from ranges kept for fiction (UK 07700 900, 020 7946 0 and
the 01xx 496 0 drama ranges; North America 555-01xx; Australia 0491 570; Sweden 070-174 06;
France 01 99 00 and 06 39 98; Germany 030 23125 and 089 99998), cards Luhn-valid and not
well-known test numbers, IBANs valid mod 97 and not documentation examples, NHS numbers
from the 999 range, SSNs with assignable area, group and serial numbers, national ids with
valid check digits where the format has one (Canadian SIN, Australian Medicare and TFN,
Irish PPSN, Swedish personnummer, Norwegian fødselsnummer, Finnish henkilötunnus, Dutch
BSN, Spanish DNI, Italian codice fiscale, Portuguese NIF, Belgian national number, French
NIR, Polish PESEL, Turkish kimlik, Brazilian CPF, South African id, Indian Aadhaar,
Singapore NRIC, Chinese resident id, Greek AMKA, Israeli teudat zehut), IPs from the
documentation ranges. The check digits were worked out with a scratch calculation before
the values were typed in; the builder re-checks every one.

Run ``.venv/bin/python bench/data/build_blind22.py`` from the repository root; the output is
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
    belgian_id_ok,
    bsn_ok,
    check_national_ids,
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
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    tfn_ok,
    word_count,
)
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 20
MIN_CHARS = 15
MAX_WORDS = 160
PATIENT_WORDS = (10, 120)
CHAT_WORDS = (5, 100)
ARITHMETIC = 10
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Matron|Herr|Frau|Mme|Sr|Sra)\.?\s",
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 80 patient and carer messages; the last 10 put a name in a sentence with numbers to work on.
PATIENT = [
    "Hello, I need to move my appointment with Dr [[PERSON|Adeyemi]] from Tuesday the 14th to any morning the following week. My name is [[PERSON|Gwendolyn Pryce]], hospital number [[ID_NUMBER|RBH0048213]]. You can reach me on [[PHONE_NUMBER|07700 900418]] after 4pm.",
    "[[PERSON|Tomasz Wierzbicki]], NHS [[ID_NUMBER|999 385 8633]], was discharged from Ward 7 yesterday without his blood pressure tablets. Who do we call to get them sent to [[STREET_ADDRESS|14 Mill Lane, Clitheroe BB7 1EJ]]?",
    "can i get a repeat of the sertraline for [[PERSON|callum oyelaran]] pls, the pharmacy says the script ran out on friday. his dob is 02/03/1991 and hes registerd at the moss side surgery",
    "Booking request: [[PERSON|Ines Carvalho]] needs a follow-up echocardiogram within six weeks of her ablation. Contact [[EMAIL_ADDRESS|ines.carvalho88@sapo.pt]] or [[PHONE_NUMBER|+44 7700 900273]].",
    "Hi, my daughter [[PERSON|Maisie]] is due her 12-month jabs and the letter says to book online, but the link gives an error. Her NHS number is [[ID_NUMBER|999 022 3882]]. Can someone call me back on [[PHONE_NUMBER|020 7946 0517]]? Thanks, [[PERSON|Lauren Ashby]]",
    "Results query: [[PERSON|Darnell Whitaker]], member ID [[ID_NUMBER|BCX-4471-0938]]. The lab portal shows my HbA1c as 51 but there is no comment from the clinic. Is that something I need to act on before my review?",
    "I'm writing about my father, [[PERSON|Emeka Nwosu]], who was admitted to the acute medical unit on Sunday night with confusion. Nobody has phoned us with an update. Could the ward please call me, [[PERSON|Chiamaka Nwosu]], on [[PHONE_NUMBER|0161 496 0732]]?",
    "[[PERSON|Priyanka Raghunathan]] is asking whether she can take ibuprofen with the naproxen she got from the urgent care centre on Monday. She's 34 and otherwise well.",
    "Please cancel [[PERSON|Oskar Lindqvist]]'s physiotherapy slot on 3 May, he has flown home to Sweden. Patient ref [[ID_NUMBER|PHY-220914]].",
    "hiya, its [[PERSON|shona mcallister]], i had bloods done at the health centre last wk and the receptionist said someone wud ring me but no one has. my mobile is [[PHONE_NUMBER|07700 900655]] if the nurse can call",
    "The discharge letter for [[PERSON|Benedikt Hofer]] says to stop clopidogrel after 12 months, but his cardiologist in Graz, Dr [[PERSON|Sabine Leitgeb]], said it's lifelong. Which one do we follow?",
    "Appointment change: [[PERSON|Yolanda Fuentes-Ortega]], insurance member no. [[ID_NUMBER|AXM 20461178]], MRI lumbar spine booked 09:20 Thursday. Can it be moved to a Saturday slot? Email [[EMAIL_ADDRESS|yfuentes.ortega@outlook.es]].",
    "My mum [[PERSON|Patricia Dunleavy]] is in Bay 3 on Larch Ward and keeps asking for her hearing aids, which went missing between A&E and the ward. Can someone look in the A&E property store? Her hospital number is [[ID_NUMBER|K2291744]].",
    "Is it normal for [[PERSON|Kenji Watanabe-Hall]] to run a fever the night after his MMR? He's a bit grumpy but drinking fine.",
    "referal for [[PERSON|ahmed al-sayegh]] to the dermatology clinic still hasnt come thru, its been 9 weeks. the practice said they sent it in feb. can u check? nhs no [[ID_NUMBER|999 295 8456]]",
    "Could you deliver Mrs [[PERSON|Olwen Treharne]]'s blister packs on Wednesday instead of Friday? She goes into respite on Thursday morning and won't be at [[STREET_ADDRESS|22 Heol y Nant, Llanelli SA15 3BN]] after that.",
    "Does anyone know if [[PERSON|Bashir Rahimi]] made it to the scan this morning? The transport was booked for 8:15 from [[STREET_ADDRESS|Flat 6, Carrow Court, 31 King Street, Norwich NR1 2DG]] and the driver says nobody answered.",
    "I got a letter saying my colonoscopy is on 22 July but I'll be abroad. Name [[PERSON|Rosalind Achterberg]], patient number [[ID_NUMBER|400817265]]. Any date in August would work.",
    "Nurse [[PERSON|Okonkwo]] on the stroke unit was brilliant with my husband last week. How do I send a thank-you that actually reaches her and not just a general inbox?",
    "we took [[PERSON|rafi]] to the walk in centre at 2am w/ a rash that didnt fade under a glass, they said viral and sent us home. its spread to his legs now. do we go to a&e or wait for the surgery to open at 8",
    "Claim question from [[PERSON|Hamish Drummond]], member number [[ID_NUMBER|VH-88310472]]: does my plan cover a private knee arthroscopy with Mr [[PERSON|Alasdair Cowie]] if the referral comes from my practice?",
    "Hello, I'm the carer for [[PERSON|Dorothy Ince]] (NHS [[ID_NUMBER|999 280 9515]]). Her catheter supplies haven't arrived for two weeks and we're down to the last bag. Delivery address is [[STREET_ADDRESS|9 Primrose Bank, Todmorden OL14 6JT]].",
    "Can you tell me what an eGFR of 48 means? The letter for [[PERSON|Graham Sutcliffe-Barnes]] says 'CKD stage 3a, repeat in 3 months' and nothing else.",
    "[[PERSON|Lucía Pereyra]] [[PHONE_NUMBER|(212) 555-0147]] wants to reschedule her prenatal visit from the 11th to the 18th, afternoon if possible.",
    "I need to update my address on the system. Old: [[STREET_ADDRESS|44 Wellington Terrace, Brighton BN2 3EL]]. New: [[STREET_ADDRESS|Flat 3, 7 Hove Park Villas, Hove BN3 6HP]]. [[PERSON|Yusuf Demirci]], DOB 17/09/1979.",
    "hi is this the rite place to ask about [[PERSON|jovana]]'s allergy test, the clinic sent a text saying results ready but the link wont open on my phone. her patient id is [[ID_NUMBER|ALG-55190]]",
    "My husband [[PERSON|Lars Brekke]] had a hip replacement at your Oslo clinic and the wound is weeping a little at the bottom end. His surgeon was Dr [[PERSON|Ingrid Solheim]]. Should we come in or send a photo? You can call me on [[PHONE_NUMBER|+46 70 174 06 38]].",
    "The prescription for [[PERSON|Wilhelmina Osei]] shows 28 days of apixaban but the box only had 20. Can the missing tablets be delivered to [[STREET_ADDRESS|118 Cann Hall Road, London E11 3NH]] before the weekend?",
    "Could someone confirm [[PERSON|Teodora Ilieva]] is booked in for the cataract pre-assessment on 6 June? The confirmation e-mail went to [[EMAIL_ADDRESS|t.ilieva@abv.bg]] but it was blank.",
    "My son [[PERSON|Mateo]] was bitten by next door's dog this afternoon, a small puncture on the calf, and I've cleaned it. He's had all his jabs. Does he need a tetanus booster or antibiotics?",
    "pls can sum1 ring [[PERSON|brenda o'hare]] about her smear results, shes been waiting 6 wks and is worried sick. [[PHONE_NUMBER|07700 900329]]",
    "Good morning. I'm [[PERSON|Marguerite Lemaire]], I was seen in eye casualty on Friday by a nurse called [[PERSON|Femi]] and told to come back in a week if no better. It's no better. Do I need a new referral? Tel [[PHONE_NUMBER|01 99 00 42 18]].",
    "The care home has asked for a copy of [[PERSON|Cyril Fairbanks]]'s DNACPR form and his medication list before he moves in on Monday. Can the ward send them to [[PERSON|Trudy Holloway]] at [[EMAIL_ADDRESS|trudy.holloway@oakhurstlodge.co.uk]]?",
    "Hello there, my grandson [[PERSON|Tiernan]] has had diarrhoea since Tuesday and now won't drink. He's 2. What should I look out for before taking him in?",
    "[[PERSON|Saoirse Ní Bhriain]], insurance member [[ID_NUMBER|LVH 7730 4126]], asking for pre-authorisation of physio after ACL repair, eight sessions with [[PERSON|Cathal Gorman]] at his practice in Galway.",
    "can i pick up my nan's meds for her? shes [[PERSON|edna whitworth]], lives at [[STREET_ADDRESS|3 cobden st, bacup ol13 0dy]], shes been housebound since the fall",
    "I was told my biopsy results would be back in 10 days and it's been 3 weeks. [[PERSON|Haruto Sakamoto]], patient ID [[ID_NUMBER|TKH-0091735]], seen privately by Dr [[PERSON|Aiko Morimoto]]. Please can someone call.",
    "Please update the emergency contact for [[PERSON|Ngozi Eze]] to her sister [[PERSON|Adaeze Okafor]], [[PHONE_NUMBER|0121 496 0284]]. The old number belonged to her ex and shouldn't be used.",
    "Is [[PERSON|Bartholomew Quaye]] still on Ward 12 or has he been moved? I came in to visit and the bed has someone else in it.",
    "We need a sick note for [[PERSON|Rowan Tippett]] covering 4 to 18 March; he was signed off verbally at the fracture clinic but never given anything in writing. His employer is asking. Email to [[EMAIL_ADDRESS|rowan.tippett@btinternet.com]] please.",
    "my little girl [[PERSON|amara]] has her preschool booster tmrw at 9.40 and shes terrified of needles, is there numbing cream we can buy from the chemist tonight",
    "Request to transfer records: [[PERSON|Fenna Bosman]], previously registered with a practice in Utrecht, BSN [[ID_NUMBER|523215861]], now living at [[STREET_ADDRESS|27 Argyle Street, Cambridge CB1 3LS]].",
    "I need to report a side effect. Since starting lisinopril I've had a dry cough every night for three weeks. [[PERSON|Ruairi Mulhern]], prescribed by Dr [[PERSON|Kavita Shenoy]] at her private clinic.",
    "Good afternoon, I'm writing on behalf of [[PERSON|Ivor Pendleton]], who is deaf and can't use the phone. He'd like his audiology letters sent by e-mail to [[EMAIL_ADDRESS|ivor.pendleton@gmail.com]] rather than by post.",
    "hey, [[PERSON|kwame]] here, insurance wont pay for the ct cos they say it wasnt pre approved but the a&e doc ordered it. member no [[ID_NUMBER|ptl-662018-04]]. what do i do",
    "Can I change who collects [[PERSON|Esme Hartigan]]'s prescriptions? From now on it's [[PERSON|Declan Hartigan]], not the lady from across the road. He'll bring ID.",
    "[[PERSON|Pania Whaanga]] had a fall at home, [[STREET_ADDRESS|15 Kowhai Street, Hamilton East, Hamilton 3216]], this morning and hit her head on the door frame. Who decides whether she should go to hospital?",
    "Vaccination query: [[PERSON|Zainab Qureshi]] had her first HPV dose at school in Year 8 but missed the second. She's now 17. Can the clinic give it, and does she need to start again?",
    "Dear Sister [[PERSON|Mahoney]], thank you for looking after Mum on the day unit. She asked me to pass on that the knitting pattern is on its way.",
    "[[PERSON|Lindiwe Khumalo]] needs her levothyroxine sent to a different pharmacy while she's staying at [[STREET_ADDRESS|8 Gloucester Road, Bishopston, Bristol BS7 8AE]] for a month.",
    "i think i got the wrong results?? the letter says [[PERSON|gareth pryce-jones]] at the top but im [[PERSON|gareth price]], different dob. who do i tell, theres someone elses private info in here",
    "Hi, could you remind me what time [[PERSON|Jedidiah Boateng]]'s endoscopy is tomorrow? The text says 'AM list' and I need to book a taxi. He can't eat after midnight, right?",
    "Reschedule request from [[PERSON|Ottilie Grainger]], [[EMAIL_ADDRESS|ottie.grainger@icloud.com]]: the antenatal scan on the 20th clashes with a court date. Any day the following week is fine.",
    "Who is the named nurse for [[PERSON|Cosmin Dragomir]] in ITU? His partner doesn't speak much English and wants to know who to ask for.",
    "Insurance claim for [[PERSON|Rutendo Chikowore]], member [[ID_NUMBER|HSF00417726]], dental extraction on 2 April, invoice attached. The payment should go to [[IBAN_CODE|GB53 BARC 1810 9597 4950 47]].",
    "Is Dr [[PERSON|Nakagawa]] still doing the Thursday skin clinic? I saw him privately last year for a mole check and want to go back to the same person.",
    "Can you book the flu jab for both [[PERSON|Reginald]] and [[PERSON|Mavis Cholmondeley]] on the same day? They're in their eighties and she won't go without him. [[PHONE_NUMBER|0113 496 0951]].",
    "I have a referral letter for [[PERSON|Kofi Mensah-Bonsu]] to the memory clinic, but the appointment they offered is in a town 40 miles away. Can he be seen at the hospital on our side of the county instead?",
    "hello my name is [[PERSON|fatou diallo]] and i had my baby at ur hospital on the 3rd, i still havent got the red book or the birth registration form. my adress is [[STREET_ADDRESS|flat 12 orchard house 5 bow road london e3 2sj]]",
    "Following up on [[PERSON|Anneliese Kraus]]'s discharge. The summary lists her doctor as [[PERSON|Jürgen Becker]], but he retired last year; she now sees Dr [[PERSON|Miriam Falk]]. Her daughter can be reached on [[PHONE_NUMBER|030 23125 647]].",
    "[[PERSON|Desmond Achebe]] won't take his tablets when the carers come. He says they make him sick. Is it OK to give them with food instead?",
    "Please send the outpatient letter for [[PERSON|Ayla Toprak]] to [[STREET_ADDRESS|Flat 2, 60 Green Lanes, London N16 9EJ]], not the old address in Harringay.",
    "can sumone tell me if the blood test for [[PERSON|milan horvat]] came back ok, he had it fri and the surgery is closed til monday. hes my brother-in-law and hes stressing",
    "Message for Nurse [[PERSON|Bridget Kealy]]: [[PERSON|Tadhg O'Leary]]'s wound dressing came off overnight. We've covered it with a clean one from the pharmacy. Is a district nurse visit needed before Friday?",
    "Could the dietitian call [[PERSON|Harriet Fennimore]] on [[PHONE_NUMBER|0131 496 0173]] before her next clinic? She's lost weight since the chemo started and is struggling with the protein drinks.",
    "[[PERSON|Ezra Katz]] is allergic to penicillin but the discharge prescription has co-amoxiclav on it. Please check before the first dose is given.",
    "Hi, I'm [[PERSON|Willow Abernethy]]. My postnatal check hasn't been booked and the health visitor said to chase the surgery. Email is fine: [[EMAIL_ADDRESS|willow.abernethy@proton.me]].",
    "hiya is it too late to get [[PERSON|finn]] and [[PERSON|ruby]] their preschool boosters, they started reception in sept. theyre both 4 and we missed the letter",
    "Care home here. [[PERSON|Stanisław Kaczmarek]] came back from hospital last night without his discharge summary or the new warfarin chart. His INR clinic is on Friday. Who on the ward can email them?",
    "[[PERSON|Marisol Quintero]] missed her physio on Tuesday because the bus never came. Can she rebook without being taken off the list? Mobile [[PHONE_NUMBER|(415) 555-0112]].",
    "[[PERSON|Gulnara Abenova]] takes 2.5 mg of bisoprolol twice a day and has 34 tablets left, so how many days until she runs out, and when should I order the next box?",
    "If [[PERSON|Leopold Varga]] gets 5 ml of amoxicillin three times a day for 7 days, is one 100 ml bottle enough or do we need two?",
    "my mum [[PERSON|rosa]] is on 1000 mg paracetamol 4 times a day plus 2 co-codamol at night, is that over the 4 g limit",
    "Nurse [[PERSON|Kowalczyk]] said the drip runs at 125 ml an hour and the bag is 1 litre; if it started at 9:40, when will it finish?",
    "[[PERSON|Beatrix Holm]] had 14 of her 22 stitches out on Monday and the rest come out 5 days later; what date is that if Monday was the 9th?",
    "Between 7am and 11pm [[PERSON|Sunil Varma]] checks his sugar every 4 hours and each pack has 50 strips, so how many packs should his 90-day prescription list?",
    "Our son [[PERSON|Idris]] weighs 18 kg and his paracetamol dose is 15 mg per kg; with the 120 mg in 5 ml syrup, how many ml should he get?",
    "[[PERSON|Thandiwe Mokoena]] was told to take 40 mg of prednisolone and drop by 5 mg every 3 days, so on which day does she reach zero if she starts on 1 March?",
    "Can you work this out? [[PERSON|Mireille Fontaine]] pays 9.90 per item and gets 4 items a month, so would the 114.50 annual prepayment certificate save her money?",
    "hi my dad [[PERSON|vikram]] has 3 inhalers with 200 puffs each and uses 2 puffs morning and night, how many days before we need a new script",
]

# 60 everyday chat requests about private people: the first 20 all in lower case.
CHAT = [
    "is [[PERSON|faith]] coming tonight or did she bail again",
    "where does [[PERSON|ivy]] live now, she moved out of her mums place in june n nobody told me",
    "why is [[PERSON|rusty]] always late, like every single time we plan smth",
    "what shd i get [[PERSON|jade]] for her bday, shes into plants n tarot n thats about it",
    "lol [[PERSON|bishop]] owes me 40 quid from the festival and now hes acting like he forgot",
    "ok so [[PERSON|marshall]] told [[PERSON|dev]] that [[PERSON|hazel]] is moving to lisbon?? is that even true",
    "the wifi at [[PERSON|forrest]]'s is [[PASSWORD|tortoise-bagel-42]] if u need it when u get there",
    "can u remind me what [[PERSON|winter]] said abt the deposit, i think she said we split it 3 ways",
    "[[PERSON|clay]] keeps parking in front of our gate, do i say smth or just leave a note",
    "gate code for [[PERSON|nkechi]]'s building is [[PASSWORD|4471#]] btw, buzz flat 9 if it doesnt work",
    "tbh i think [[PERSON|oksana]] and [[PERSON|taras]] are back together, saw them at the market sat",
    "does [[PERSON|thabo]] still have my drill or did he lend it to someone else again",
    "my flatmate [[PERSON|eleni]] leaves her dishes for days, how do i bring it up without a fight",
    "is [[PERSON|nour]] still mad at me abt the rent thing or did she get over it",
    "[[PERSON|chen wei]] n [[PERSON|aino]] r both coming sat, can u suggest a veggie main for them",
    "pin for the shared card is [[PASSWORD|8302]], [[PERSON|lotte]] set it up, dont spend it all on takeaways lol",
    "has anyone heard from [[PERSON|kwabena]] since the breakup, hes not answering anything",
    "my ex [[PERSON|dmitri]] still uses my netflix, shd i change it from [[PASSWORD|lenochka1987]] or is that petty",
    "how do i tell [[PERSON|aroha]] she cant bring her dog to the bach this time, [[PERSON|mereana]]'s allergic",
    "ngl [[PERSON|big tony]] from upstairs is the only one who ever signs for my parcels, shd i get him smth at xmas",
    "Is [[PERSON|Marshall Okoye]] coming to the barbecue on Sunday or is he still in Lagos?",
    "Where does [[PERSON|Hazel Brindley]] live now? I've got a wedding invitation to send and the old address bounced back.",
    "What should I get [[PERSON|Ivy]] for her thirtieth? She likes ceramics, hiking and terrible puns.",
    "Why is [[PERSON|Forrest]] always the last to pay his share? It's been three dinners now.",
    "Can you help me write a message to [[PERSON|Bjørn Haugland]] asking for the 250 kroner he borrowed for the ferry tickets, without making it weird?",
    "My neighbour, Mrs [[PERSON|Dimaculangan]], feeds my cat while I'm away. What's a nice thank-you gift under 30 pounds?",
    "Gossip time: apparently [[PERSON|Rustam]] got promoted over [[PERSON|Kanya]] and she's furious. How do I stay out of it at Friday drinks?",
    "The door code for [[PERSON|Yasmin]]'s flat is [[PASSWORD|2580]] and the key is under the blue pot; can you put that in a note for the dog sitter?",
    "[[PERSON|Chiara Benedetti]] says she'll pay me back next month. Is it rude to ask for it in writing? It's 600 euros.",
    "Is [[PERSON|Winter]] still seeing that guy from the climbing gym, or was that [[PERSON|Jade]]?",
    "Quick one: how do I politely tell [[PERSON|Ferhat]] that his music is too loud after midnight? We share a wall.",
    "Plan for Saturday: [[PERSON|Oluwaseun]] drives, [[PERSON|Marisa]] brings the tent, [[PERSON|Bayu]] does the food. Can you make it into a checklist with times?",
    "My flatmate [[PERSON|Pedro Alvarenga]] wants the wifi changed to [[PASSWORD|capybara!2024]] so his mates can't freeload. Can you write a note for the fridge telling everyone?",
    "[[PERSON|Nowak]] from the second floor keeps taking my parking spot. Should I email the building manager or talk to him first?",
    "What should I get [[PERSON|Faith]] for her birthday? She's turning 40, loves gardening and just adopted a greyhound.",
    "I lent [[PERSON|Siddharth]] 3,000 rupees for his train ticket in March. How do I bring it up now that he's back?",
    "Is it weird that [[PERSON|Clay Hutchins]] still texts my sister a year after they broke up?",
    "Remind me: [[PERSON|Wanjiru]]'s spare key is with [[PERSON|Otieno]] at number 14, and the alarm is [[PASSWORD|7719]].",
    "Where is [[PERSON|Ilse van Dijk]] working now? Someone said she left the bakery and moved to Rotterdam.",
    "How do I tell [[PERSON|Magnus]] that his ex, [[PERSON|Sigrid Lund]], is coming to the wedding too?",
    "[[PERSON|Anh Nguyen]] owes me half the electricity bill, 87 dollars. Write me a friendly reminder text.",
    "Tell me if this is a red flag: [[PERSON|Lorcan]] asked to borrow my car for 'a couple of days' and it's been eleven.",
    "The key safe at [[PERSON|Aurélie]]'s cottage opens with [[PASSWORD|0613]]; she said to leave the key inside when we go. Can you add that to our trip notes?",
    "[[PERSON|Tariq]] and [[PERSON|Noor Al-Hashimi]] invited us for iftar on Thursday. What's a good thing to bring?",
    "Why does [[PERSON|Horvat]] always book the team lunch on my day off? Am I being paranoid?",
    "Can you write a funny toast for [[PERSON|Rusty]] and [[PERSON|Dolores Amaya]]? They met at a bus stop in Tucson and have been married 25 years.",
    "My ex, [[PERSON|Sebastián Quiroga]], keeps liking my old photos. Should I block him or ignore it?",
    "[[PERSON|Hyun-woo]] said the combination for the spare bike lock is [[PASSWORD|3-9-1-7]]; if I forget, can you remind me on Friday?",
    "What should I get [[PERSON|Bishop]] for Christmas? He's my oldest mate, into vinyl and cheap whisky.",
    "Is [[PERSON|Mariam Tesfaye]] still renting the room above the shop, or has [[PERSON|Yonas]] taken it over?",
    "The [[PERSON|Haddads]] next door have had builders in since 7 every morning for a month. How do I complain without starting a feud?",
    "Split this for me: [[PERSON|Aiyana]] paid 120 for the cabin, [[PERSON|Tomás]] paid 45 for gas and I paid 60 for food. Who owes whom?",
    "Why is [[PERSON|Bilal Chaudhry]] ignoring the group chat? He was fine at the wedding on Saturday.",
    "Is [[PERSON|Ingrid]] bringing her new boyfriend to [[PERSON|Astrid]]'s party, or is that just a rumour?",
    "The guest wifi at [[PERSON|Dariush Farahani]]'s office is [[PASSWORD|Anar_Bagh77]], he said I can use it on Tuesday. Save that in my notes.",
    "[[PERSON|Kalinda]] told me [[PERSON|Jarrah]] is moving to Perth. Should I throw him a send-off?",
    "What's a kind way to tell [[PERSON|Zsófia Kertész]] I can't be her bridesmaid?",
    "Where does [[PERSON|Kaito]] keep the spare keys? He's in Osaka and I'm locked out.",
    "Should I invite [[PERSON|Einar]] and [[PERSON|Gunnhildur]] to the same dinner after what happened at [[PERSON|Sólveig]]'s wedding?",
    "Can you help me word an apology to [[PERSON|Mihaela]]? I forgot her birthday for the second year running.",
]

# 80 statement-style records of one invented person each: the first 20 a name with no cue.
RECORDS = [
    "[[PERSON|Marguerite Okonjo-Lindqvist]] joined the procurement team in 2019 and now leads supplier onboarding for the Nordic region.",
    "Attendee: [[PERSON|Rafael Domínguez Soto]]. Dietary requirement: vegetarian. Session: afternoon workshop.",
    "[[PERSON|Keziah Pemberton]] completed the first-aid refresher course with a score of 92 percent.",
    "Signed for by [[PERSON|Tobias Engström]] at the reception desk.",
    "Account holder: [[PERSON|Nomvula Dlamini-Shange]]. Status: active since 2016.",
    "Winner of the junior chess tournament: [[PERSON|Arjun Venkataraman]], aged 11, from the Riverside club.",
    "[[PERSON|Hazel Marchbanks]] has volunteered at the food bank every Tuesday since the spring.",
    "Report prepared and signed off by [[PERSON|Eoin Cassidy]] on the last day of the quarter.",
    "Emergency contact on file: [[PERSON|Wiremu Tane]].",
    "Lease signed on 1 August by [[PERSON|Paulina Zielińska]].",
    "[[PERSON|Matthias Oberholzer]] was absent on 4 and 5 March with a note from home.",
    "Goalkeeper for the under-14s this season is [[PERSON|Jaylen Brooks-Ferreira]].",
    "Certificate awarded to [[PERSON|Aurelia Constantinescu]] for outstanding work in chemistry, Year 10.",
    "Delivered to [[PERSON|Huang Mei-ling]], left in the porch as requested.",
    "[[PERSON|Forrest Calloway]] is listed as the second driver on the rental agreement.",
    "Interviewed on 12 June: [[PERSON|Sanna Koskinen]]. Outcome: offer made, starting in September.",
    "Transferred in from another district: [[PERSON|Ahanu Whitecloud]], grade 5.",
    "Booked under [[PERSON|Ignacio Villalobos]], table for six at 8pm.",
    "[[PERSON|Dagny Ellingsen]] chaired the residents' association meeting and took the minutes.",
    "Collected by [[PERSON|Tevita Fifita]] on behalf of the sender.",
    "Ship to:\n[[PERSON|Imogen Tranter]]\n[[STREET_ADDRESS|Flat 4B, Carlisle Mansions\n18 Whitworth Street\nManchester\nM1 3NR]]\nTel: [[PHONE_NUMBER|07700 900812]]",
    "[[PERSON|Deshawn Carter]], [[STREET_ADDRESS|2147 Maple Grove Ave, Apt 3C, Columbus, OH 43215]], SSN [[US_SSN|157-13-3725]], phone [[PHONE_NUMBER|(614) 555-0139]]",
    "Customer record | Name: [[PERSON|Geneviève Tremblay]] | Address: [[STREET_ADDRESS|418 rue Saint-Joseph Est, Québec (Québec) G1K 3B2]] | SIN: [[ID_NUMBER|575 698 113]] | E-mail: [[EMAIL_ADDRESS|gen.tremblay@videotron.ca]]",
    "[[PERSON|Lachlan McAllister]] lives at [[STREET_ADDRESS|Unit 7, 42 Fitzroy Street, St Kilda VIC 3182]] and can be reached on [[PHONE_NUMBER|0491 570 384]]. Medicare number [[ID_NUMBER|4637 89959 1]].",
    "[[PERSON|Clodagh Fitzpatrick]], [[STREET_ADDRESS|Apartment 12, Harbour View, Strand Road, Sandymount, Dublin 4, D04 T2X8]], PPS number [[ID_NUMBER|9643671P]], IBAN [[IBAN_CODE|IE41 AIBK 9082 5141 9503 97]]",
    "Absender:\n[[PERSON|Friederike Hollmann]]\n[[STREET_ADDRESS|Kastanienallee 73\n10435 Berlin]]\nTelefon [[PHONE_NUMBER|030 23125 418]]\nIBAN [[IBAN_CODE|DE03 1997 3700 9195 7937 97]]",
    "[[PERSON|Solène Roussel]], [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]], portable [[PHONE_NUMBER|+33 6 39 98 27 51]], n° de sécurité sociale [[ID_NUMBER|2 86 11 69 123 850 32]]",
    "[[PERSON|Joris van der Meulen]] rents at [[STREET_ADDRESS|Oudegracht 211-bis, 3511 NH Utrecht]] and pays from [[IBAN_CODE|NL98 RABO 7756 4710 80]]; correspondence to [[EMAIL_ADDRESS|joris.vdmeulen@ziggo.nl]].",
    "Datos del cliente: [[PERSON|Begoña Etxeberria Aranburu]], DNI [[ID_NUMBER|76458933X]], domicilio [[STREET_ADDRESS|Calle de San Bernardo 54, 3º izquierda, 28015 Madrid]], cuenta [[IBAN_CODE|ES96 7692 9974 1897 9033 0138]]",
    "[[PERSON|Lorenzo Bianchini]], born in Florence in 1984, codice fiscale [[ID_NUMBER|BNCLNZ84C22D612D]], residing at [[STREET_ADDRESS|Via dei Serragli 47, 50124 Firenze FI]], IBAN [[IBAN_CODE|IT31 K373 0809 4982 0888 7940 404]]",
    "[[PERSON|Inês Sobral Mota]], NIF [[ID_NUMBER|288272919]], morada [[STREET_ADDRESS|Rua de Cedofeita 312, 2.º Esq., 4050-174 Porto]], IBAN [[IBAN_CODE|PT14 9775 9283 6654 7862 0900 4]]",
    "[[PERSON|Wouter Claes]] | rijksregisternummer [[ID_NUMBER|89.02.14-043.62]] | [[STREET_ADDRESS|Kortrijksesteenweg 188, 9000 Gent]] | [[IBAN_CODE|BE73 3393 3788 9960]]",
    "Billing address: [[PERSON|Corinne Baumgartner]], [[STREET_ADDRESS|Seestrasse 19, 8802 Kilchberg ZH]]; card [[CREDIT_CARD|4341 2403 1156 4035]], exp 09/27.",
    "[[PERSON|Leopold Stadlmayr]] moved to [[STREET_ADDRESS|Mariahilfer Straße 121/14, 1060 Wien]] in May; salary goes to [[IBAN_CODE|AT98 2278 0361 2562 2693]].",
    "[[PERSON|Elin Sjöberg]], personnummer [[ID_NUMBER|910627-6307]], [[STREET_ADDRESS|Götgatan 48 lgh 1102, 118 26 Stockholm]], mobil [[PHONE_NUMBER|070-174 06 52]]",
    "[[PERSON|Ragnhild Haugen]], fødselsnummer [[ID_NUMBER|12049169211]], [[STREET_ADDRESS|Thorvald Meyers gate 57, 0555 Oslo]], konto [[IBAN_CODE|NO11 4700 3448 146]]",
    "[[PERSON|Mette Kjærgaard]] lives at [[STREET_ADDRESS|Nørrebrogade 144, 2. tv., 2200 København N]]. Refunds go to [[IBAN_CODE|DK02 1978 6357 9566 43]] and receipts to [[EMAIL_ADDRESS|mette.kjaergaard@mail.dk]].",
    "[[PERSON|Kaisa Rantanen]], henkilötunnus [[ID_NUMBER|150788-400X]], [[STREET_ADDRESS|Hämeenkatu 22 B 14, 33200 Tampere]], IBAN [[IBAN_CODE|FI60 0738 0748 6343 77]]",
    "[[PERSON|Małgorzata Wróblewska]], PESEL [[ID_NUMBER|79052344068]], adres [[STREET_ADDRESS|ul. Piotrkowska 87 m. 12, 90-423 Łódź]], rachunek [[IBAN_CODE|PL24 6097 7665 0177 7676 7152 3285]]",
    "[[PERSON|Tereza Procházková]] has a studio at [[STREET_ADDRESS|Vinohradská 1899/112, 130 00 Praha 3]] and takes bookings at [[EMAIL_ADDRESS|tereza.prochazkova@seznam.cz]].",
    "Guest: [[PERSON|Haruka Yamamoto]], passport [[ID_NUMBER|TZ4829173]], home address [[STREET_ADDRESS|4-12-8 Jingumae, Shibuya-ku, Tokyo 150-0001]], e-mail [[EMAIL_ADDRESS|haruka.y.0412@docomo.ne.jp]]",
    "[[PERSON|Ananya Krishnamurthy]], Aadhaar [[ID_NUMBER|9415 6241 9775]], [[STREET_ADDRESS|Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038]], email [[EMAIL_ADDRESS|ananya.km@rediffmail.com]]",
    "[[PERSON|Thiago Nascimento Alves]], CPF [[ID_NUMBER|039.809.562-02]], [[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]]",
    "[[PERSON|Guadalupe Ríos Castañeda]] paid with [[CREDIT_CARD|5193 5568 2919 8016]]; ship to [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Int. 5, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]].",
    "[[PERSON|Sibusiso Mahlangu]], ID [[ID_NUMBER|8804195685083]], [[STREET_ADDRESS|17 Jan Smuts Avenue, Parktown North, Johannesburg, 2193]]",
    "[[PERSON|Hemi Walker]] signed up as [[ID_NUMBER|hemi_w_nz]] and gave [[STREET_ADDRESS|23 Cuba Street, Te Aro, Wellington 6011]] as his postal address.",
    "[[PERSON|Tan Wei Jie]], NRIC [[ID_NUMBER|S0609121J]], [[STREET_ADDRESS|Blk 412 Ang Mo Kio Avenue 10, #08-1147, Singapore 560412]]",
    "[[PERSON|Wang Jianguo]], resident id [[ID_NUMBER|110105198806055414]], [[STREET_ADDRESS|Room 1203, Building 5, 88 Chaoyang North Road, Chaoyang District, Beijing 100020]]",
    "[[PERSON|Elif Aydoğan]], T.C. kimlik no [[ID_NUMBER|73193701900]], [[STREET_ADDRESS|Moda Caddesi No: 41 Daire 6, 34710 Kadıköy/İstanbul]]",
    "Billing:\n[[PERSON|Marcus Whitfield]]\n[[STREET_ADDRESS|88 Beacon Hill Rd\nPortland, ME 04101]]\nVisa [[CREDIT_CARD|4405 8470 0819 2640]]\n[[PHONE_NUMBER|207-555-0163]]",
    "Employee [[PERSON|Rosalind Greaves-Huang]], employee no. [[ID_NUMBER|E-204417]], SSN [[US_SSN|156-01-3389]], start date 3 January, direct deposit set up.",
    "Student: [[PERSON|Tyrese Holloway]], student ID [[ID_NUMBER|S2291048]], home address [[STREET_ADDRESS|503 W Lincoln Hwy, DeKalb, IL 60115]], guardian e-mail [[EMAIL_ADDRESS|k.holloway77@yahoo.com]]",
    "[[PERSON|Penelope Ashcombe]] is a freelance illustrator based in Bath. Commissions: [[EMAIL_ADDRESS|pen@ashcombe-draws.co.uk]] or [[PHONE_NUMBER|+44 117 496 0825]].",
    "Account note: caller [[PERSON|Gerald Ashworth]] verified with postcode and the last four digits of his card. Username [[ID_NUMBER|gashworth_58]], registered from [[IP_ADDRESS|203.0.113.47]].",
    "[[PERSON|Oluwadamilare Bankole]], NHS number [[ID_NUMBER|999 176 4445]], [[STREET_ADDRESS|27 Stanley Road, Liverpool L20 7BZ]], [[PHONE_NUMBER|0151 496 0613]]",
    "SHIP TO: [[PERSON|Priya Balasubramanian]]\n[[STREET_ADDRESS|1207-55 Harbour Square\nToronto ON M5J 2L1]]\n[[PHONE_NUMBER|+1 416 555 0178]]",
    "Payroll record: [[PERSON|Mitchell Kerrigan]], TFN [[ID_NUMBER|405 153 959]], super fund member [[ID_NUMBER|AUS88012745]], mobile [[PHONE_NUMBER|+61 491 570 216]]",
    "Passenger [[PERSON|Kristóf Balogh]], Hungarian passport [[ID_NUMBER|BH4419027]], seat 23C, contact [[EMAIL_ADDRESS|kristof.balogh@freemail.hu]]",
    "[[PERSON|Eleftheria Papadopoulou]], [[STREET_ADDRESS|Ermou 56, 105 63 Athina]], AMKA [[ID_NUMBER|23059125544]]",
    "Login flagged for [[PERSON|Dmitri Voronov]] ([[ID_NUMBER|dvoronov]]) from [[IP_ADDRESS|198.51.100.23]] at 02:14 UTC.",
    "[[PERSON|Anneke Visser]] registered from [[IP_ADDRESS|2001:db8:4a1c::17]] with the handle [[ID_NUMBER|anneke_v]] and the e-mail [[EMAIL_ADDRESS|anneke.visser@kpnmail.nl]].",
    "Order placed by [[PERSON|Jasper Loughton]], [[STREET_ADDRESS|2 Orchard Close, Kenilworth CV8 1QA]], paid with Mastercard [[CREDIT_CARD|5355 1687 3308 0324]].",
    "[[PERSON|Valeria Santangelo]] put the deposit on her Amex [[CREDIT_CARD|3768 431657 99627]]; receipt to [[EMAIL_ADDRESS|valeria.santangelo@libero.it]].",
    "Re: [[PERSON|Harold Tennyson Birch]], SSN [[US_SSN|397-42-3461]]. The mailing address on file has been updated to [[STREET_ADDRESS|1419 Pecan Street, Austin, TX 78701]].",
    "[[PERSON|Wambui Njoroge]], [[STREET_ADDRESS|House 14, Kirichwa Road, Kilimani, Nairobi 00100]], ID no. [[ID_NUMBER|28817460]]",
    "[[PERSON|Chukwuemeka Obi]], [[STREET_ADDRESS|12 Admiralty Way, Lekki Phase 1, Lagos 106104]], NIN [[ID_NUMBER|48203917652]]",
    "Payee details\nName: [[PERSON|Rhiannon Pugh]]\nIBAN: [[IBAN_CODE|GB64 LOYD 0348 1304 1635 46]]\nReference: invoice 2291",
    "[[PERSON|Noémie Favre]], [[STREET_ADDRESS|Rue de Carouge 36, 1205 Genève]], IBAN [[IBAN_CODE|CH78 9517 5569 2283 4512 8]]",
    "Refund due to [[PERSON|Cian Mac Giolla Phádraig]], account [[IBAN_CODE|IE87 BOFI 7369 9667 9334 47]], within ten working days.",
    "Anställd: [[PERSON|Henrik Ljungberg]], personnummer [[ID_NUMBER|850312-1876]], lönekonto [[IBAN_CODE|SE47 1926 2810 5833 4339 6398]]",
    "[[PERSON|Brianna Kowalczyk-Reyes]] updated her card to [[CREDIT_CARD|6011 9703 8283 7910]] and her mobile to [[PHONE_NUMBER|(503) 555-0191]].",
    "[[PERSON|Ren Sato]] was charged twice on JCB [[CREDIT_CARD|3540 3058 5680 9748]] for the same hotel night in Kyoto.",
    "[[PERSON|Marius Delacroix-Peyre]]\n[[STREET_ADDRESS|Résidence Les Tilleuls, Bât. C\n7 avenue Jean Jaurès\n69007 Lyon]]\n[[PHONE_NUMBER|01 99 00 63 27]]\n[[IBAN_CODE|FR75 6989 3084 0770 1373 0857 300]]",
    "Forum profile: [[ID_NUMBER|nightjar_hollis]] ([[PERSON|Hollis Meaney]]), joined 2017, last seen from [[IP_ADDRESS|192.0.2.211]].",
    "[[PERSON|Consuelo Marrero]], SSN [[US_SSN|455-58-6479]], cell [[PHONE_NUMBER|+1 305 555 0126]], [[STREET_ADDRESS|7720 SW 88th St, Miami, FL 33156]]",
    "[[PERSON|Awa Coulibaly]], [[STREET_ADDRESS|Rue 315, Porte 42, Hamdallaye ACI 2000, Bamako]], carte [[CREDIT_CARD|2221 2192 5915 3281]], [[EMAIL_ADDRESS|awa.coulibaly@orangemali.net]]",
    "[[PERSON|Benedikt Sauerland]], [[STREET_ADDRESS|Leopoldstraße 207, 80804 München]], Tel. [[PHONE_NUMBER|089 99998 274]], Karte [[CREDIT_CARD|5536 9118 5223 8799]]",
    "[[PERSON|Florencia Galarza]], DNI [[ID_NUMBER|33.418.902]], [[STREET_ADDRESS|Av. Corrientes 3247, piso 5 depto B, C1193AAF CABA]]",
    "Consignee: [[PERSON|Maricel Dimaguiba]], [[STREET_ADDRESS|Unit 5B, 118 Kalayaan Avenue, Barangay Central, Quezon City 1100]], online account [[ID_NUMBER|maricel.dg]]",
    "[[PERSON|Yael Ben-Ami]], teudat zehut [[ID_NUMBER|329897151]], [[STREET_ADDRESS|Dizengoff 112, Tel Aviv-Yafo 6439608]], [[EMAIL_ADDRESS|yael.benami@walla.co.il]]",
]

CLEAN_HEALTH = [
    "Can you take ibuprofen and naproxen together, or do they count as the same kind of drug?",
    "What does a raised CRP on a blood test usually indicate?",
    "Is it safe to drink grapefruit juice while taking simvastatin?",
    "How is type 1 diabetes treated differently from type 2?",
    "What does HbA1c measure, and why is it used instead of a single glucose reading?",
    "How soon after a tetanus jab does protection start?",
    "What are the warning signs of sepsis in adults?",
    "Why do some antibiotics say not to take them with milk?",
    "What does an ECG show, and can it detect a heart attack that happened years ago?",
    "Is a resting heart rate of 50 too low for an adult who runs regularly?",
    "What vaccines do babies usually get in their first year in the UK?",
    "Can St John's wort interact with the contraceptive pill?",
    "What does eGFR mean on a kidney function test, and what counts as normal?",
    "How should insulin pens be stored when travelling somewhere hot?",
    "What is the difference between a CT scan and an MRI, and when is each used?",
    "Which over-the-counter painkillers are considered safest during pregnancy?",
    "What does a thyroid function test measure, and what do TSH and free T4 mean?",
    "Why might a doctor order a D-dimer test?",
    "Can you tell a cold, flu and COVID-19 apart from the symptoms alone?",
    "What does it mean when a mole changes shape, and how quickly should it be looked at?",
]

CLEAN_MATHS = [
    "Amara buys 3 packs of pencils with 12 pencils in each and gives away 9. How many pencils does she have left?",
    "A bus leaves at 8:45 and the journey takes 1 hour 35 minutes. If Tom catches it, what time does he arrive?",
    "Lina reads 24 pages a day. Her book has 312 pages. How many days will it take her to finish it?",
    "Oscar saves 15 dollars a week for a bike that costs 240 dollars. After how many weeks can he buy it?",
    "A baker makes 144 rolls and packs them into bags of 8. Priya takes 5 bags to the market. How many bags are left at the bakery?",
    "Mateo ran 2.4 km on Monday, 3.1 km on Wednesday and 4.5 km on Saturday. How far did he run in total?",
    "A recipe needs 250 g of flour for 10 cookies. How much flour does Hana need for 36 cookies?",
    "Kofi has twice as many marbles as Jamal, and together they have 57. How many marbles does each boy have?",
    "A rectangular garden is 12 m long and 7 m wide. Sofia wants to put a fence all the way round it. How many metres of fence does she need?",
    "Ella's class has 28 pupils. Three-sevenths of them walk to school. How many pupils do not walk?",
    "A shirt costs 40 euros and is reduced by 15 percent. Yusuf also has a voucher for 5 euros off. How much does he pay?",
    "Noah is 4 years older than his sister Maya. In 6 years the sum of their ages will be 30. How old is Maya now?",
    "A tank holds 180 litres and fills at 12 litres a minute. Chloe starts filling it at 2:50 pm. When will it be full?",
    "Ravi buys 5 notebooks at 1.20 each and 3 pens at 0.85 each. How much change does he get from 10?",
    "A bag holds 6 red, 9 blue and 5 green balls. If Leo picks one without looking, what is the probability that it is blue?",
    "A train travels 210 km in 2.5 hours. At the same speed, how long would it take Ingrid to travel 350 km?",
    "Zara plants 8 rows of tulips with 14 bulbs in each row, but 10 bulbs don't grow. How many tulips come up?",
    "Felix scored 72, 85 and 91 on three tests. What does he need on the fourth test to average 85?",
    "A pizza is cut into 12 slices. Aisha eats a quarter of it and Ben eats a third. How many slices are left?",
    "Grace walks 3 km in 40 minutes. At that pace, how long will a 7.5 km walk take her?",
]

CLEAN_EXAM = [
    "A 45-year-old man has had crushing central chest pain spreading to his left arm for 30 minutes. Which is the most appropriate first investigation?\nA) Chest X-ray\nB) 12-lead ECG\nC) Echocardiogram\nD) Exercise tolerance test",
    "A 6-year-old girl has a barking cough, a hoarse voice and stridor that is worse at night. What is the most likely diagnosis? A) Epiglottitis B) Croup C) Bronchiolitis D) Asthma",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "A 70-year-old woman taking warfarin starts a course of clarithromycin. What is the most likely effect?\nA) The INR falls\nB) The INR rises\nC) The INR does not change\nD) The platelet count rises",
    "Under English contract law, which of the following is usually NOT required for a valid contract? A) Offer B) Acceptance C) Consideration D) A written document signed by both parties",
    "In a criminal trial in England and Wales, to which standard must the prosecution prove its case? A) On the balance of probabilities B) Beyond reasonable doubt C) On a prima facie basis D) By clear and convincing evidence",
    "A shop owner fails to clean up a spilled drink and a customer slips and breaks her wrist. Under which area of law would the customer most likely claim? A) Contract B) Negligence C) Defamation D) Trespass to land",
    "Which organelle is the main site of aerobic respiration? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Lysosome",
    "In pea plants, tall (T) is dominant over short (t). What proportion of the offspring of a Tt x Tt cross will be short? A) 0% B) 25% C) 50% D) 75%",
    "Which molecule carries amino acids to the ribosome during translation? A) mRNA B) tRNA C) rRNA D) DNA polymerase",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Which treaty formally ended the First World War between Germany and the Allied Powers? A) Treaty of Paris B) Treaty of Versailles C) Peace of Westphalia D) Treaty of Utrecht",
    "Who was the first woman to win a Nobel Prize? A) Rosalind Franklin B) Marie Curie C) Dorothy Hodgkin D) Lise Meitner",
    "A 28-year-old woman has heat intolerance, weight loss, a tremor and a diffuse goitre. What is the most likely diagnosis?\nA) Hashimoto's thyroiditis\nB) Graves' disease\nC) Thyroid carcinoma\nD) Addison's disease",
    "A 60-year-old smoker has been coughing up blood and losing weight. Which investigation is most appropriate first? A) Sputum culture B) Chest X-ray C) Bronchoscopy D) PET scan",
    "A 17-year-old signs a credit agreement to buy a sports car. In most common-law systems the contract is generally: A) Void B) Voidable by the minor C) Fully enforceable D) A criminal offence",
    "Which part of the nephron reabsorbs most of the filtered glucose? A) Glomerulus B) Proximal convoluted tubule C) Loop of Henle D) Collecting duct",
    "In which year was Magna Carta sealed? A) 1066 B) 1215 C) 1415 D) 1688",
    "A 3-day-old baby looks yellow but is feeding well. What is the most likely cause? A) Biliary atresia B) Physiological jaundice C) Haemolytic disease of the newborn D) Hepatitis B",
    "Which amendment to the US Constitution protects against unreasonable searches and seizures? A) First B) Fourth C) Fifth D) Tenth",
]

CLEAN_PROMPTS = [
    "Write a short story about a lighthouse keeper who discovers that the light has been signalling to someone else.",
    "Compose a sequence of five haiku about the seasons changing in a city park.",
    "Pretend you are a tour guide in ancient Rome. Describe a walk from the Forum to the Colosseum.",
    "Explain quantum entanglement to a ten-year-old using an analogy with a pair of socks.",
    "Write a product description for a reusable water bottle that keeps drinks cold for 24 hours.",
    "Role-play a job interviewer for a junior data analyst position and ask me five questions, one at a time.",
    "A farmer has 17 sheep and all but 9 run away. How many are left? Explain your reasoning step by step.",
    "Draft a formal complaint letter to an airline about lost luggage, with placeholders for the passenger's name and booking details.",
    "Compare the pros and cons of remote work and office work in a table.",
    "Write a limerick about a cat who is convinced it is a dog.",
    "If 5 machines take 5 minutes to make 5 widgets, how long would 100 machines take to make 100 widgets?",
    "You are Sherlock Holmes. Deduce what you can about a visitor from a muddy umbrella and a torn train ticket.",
    "Summarise the main causes of the French Revolution in three bullet points.",
    "Write a motivational speech for a school football team that has lost every game this season.",
    "Describe the taste of coffee to someone who has never tasted anything bitter.",
    "Design a seven-day meal plan for a vegetarian on a tight budget.",
    "Write a dialogue between the Sun and the Moon arguing about which of them is more important.",
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may take one fruit from one box. How do you relabel them correctly?",
    "Act as a travel agent and plan a five-day itinerary in Lisbon for someone who loves food and history.",
    "Rewrite this sentence to be more concise: 'Due to the fact that the meeting was delayed, we were unable to finish all of the items on the agenda.'",
]

CLEAN_EVERYDAY = [
    "What's the difference between Alzheimer's disease and vascular dementia?",
    "How do you do the Heimlich manoeuvre on a choking adult?",
    "What does an Apgar score of 7 at one minute mean for a newborn?",
    "Is Crohn's disease the same thing as ulcerative colitis?",
    "Which Beatles album has Here Comes the Sun on it?",
    "How did Florence Nightingale change hygiene in military hospitals?",
    "When did Serena Williams win her last Grand Slam singles title?",
    "Is Parkinson's disease hereditary?",
    "Write a Python function that reads a CSV file from <PATH> and returns the average of the column named <COLUMN>.",
    "How do I set up SSH keys for GitHub on a Mac?",
    "What is the best time of year to visit Machu Picchu?",
    "Why is the Doppler effect used in ultrasound scans?",
    "Compare the Toyota Prius and the Honda Insight on fuel economy.",
    "What did Alexander Fleming discover, and how did it happen?",
    "In SQL, how do I select all rows from <TABLE> where <COLUMN> is NULL?",
    "Who wrote the score for the film Interstellar?",
    "What is the history of the Red Cross, and who founded it?",
    "What is Bell's palsy, and how long does recovery usually take?",
    "How do I configure nginx to forward requests to an app running on localhost:<PORT>?",
    "What's the difference between Tylenol and Advil?",
]


def _nhs(value: str) -> bool:
    """An NHS number from the 999 range kept for testing."""
    return value.startswith("999") and nhs_ok(value)


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "999 385 8633": _nhs,  # NHS numbers, 999 range
    "999 022 3882": _nhs,
    "999 295 8456": _nhs,
    "999 280 9515": _nhs,
    "999 176 4445": _nhs,
    "575 698 113": luhn_len(9),  # Canadian SIN
    "4637 89959 1": medicare_ok,  # Australian Medicare
    "405 153 959": tfn_ok,  # Australian TFN
    "9643671P": pps_ok,  # Irish PPSN
    "910627-6307": luhn_len(10),  # Swedish personnummer
    "850312-1876": luhn_len(10),
    "12049169211": fodselsnummer_ok,  # Norwegian fødselsnummer
    "150788-400X": hetu_ok,  # Finnish henkilötunnus
    "523215861": bsn_ok,  # Dutch BSN
    "76458933X": dni_ok,  # Spanish DNI
    "BNCLNZ84C22D612D": codice_fiscale_ok,  # Italian codice fiscale
    "288272919": nif_ok,  # Portuguese NIF
    "89.02.14-043.62": belgian_id_ok,  # Belgian national number
    "2 86 11 69 123 850 32": nir_ok,  # French NIR
    "79052344068": pesel_ok,  # Polish PESEL
    "73193701900": kimlik_ok,  # Turkish kimlik
    "039.809.562-02": cpf_ok,  # Brazilian CPF
    "8804195685083": luhn_len(13),  # South African id
    "9415 6241 9775": aadhaar_ok,  # Indian Aadhaar
    "S0609121J": nric_ok,  # Singapore NRIC
    "110105198806055414": china_id_ok,  # Chinese resident id
    "23059125544": luhn_len(11),  # Greek AMKA
    "329897151": luhn_len(9),  # Israeli teudat zehut
}

# Phone ranges kept for fiction, matched on the digits with spaces, dashes, dots and
# brackets removed; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"(\+44|0)7700900\d{3}",  # UK mobile drama range
        r"(\+44|0)2079460\d{3}",  # London
        r"(\+44|0)1(13|14|15|16|17|18|21|31|41|51|61)4960\d{3}",  # UK city drama ranges
        r"(\+?1)?\d{3}55501\d{2}",  # North America 555-0100 to 555-0199
        r"(\+61|0)491570\d{3}",  # Australia
        r"(\+46|0)7017406\d{2}",  # Sweden
        r"(\+33|0)(19900|63998)\d{4}",  # France
        r"(\+49|0)(3023125|8999998)\d{3}",  # Germany: Berlin, Munich
    )
]
DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")

# Cue words: relations and roles, greetings and sign-offs; intros and titles before a name.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|mam|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child(ren)?|baby|boy|girl|twins?|aunt|auntie|uncle|cousin|niece|"
    r"nephew|nan|nana|gran|granny|grand\w*|\w+-in-law|family|relatives?|friends?|mates?|"
    r"partner|boyfriend|girlfriend|bf|gf|fianc\w*|ex|spouse|neighbou?rs?|flatmate|"
    r"room-?mate|housemate|landlord|landlady|tenant|carers?|doctor|nurse|gp|consultant|"
    r"surgeon|midwife|teacher|boss|manager|colleague|hi|hello|hey|hiya|dear|"
    r"good (morning|afternoon|evening)|thanks|thank you|regards|cheers)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(
    r"\b(my name is|name's|this is|it'?s|its|i'?m|im|i am|call me|mr|mrs|ms|miss|mx|dr|"
    r"prof|nurse|sister|matron|herr|frau|mme|sr|sra)\.?,?\s+\[\[PERSON",
    re.IGNORECASE,
)
WORD_NAMES = frozenset(
    {"faith", "ivy", "clay", "rusty", "jade", "bishop", "marshall", "hazel", "forrest", "winter"}
)
NUMBER = re.compile(r"\d+(?:[.:,]\d+)?")


def has_cue(marked: str) -> bool:
    """Whether a text names its person with a relation, role, greeting, title or intro."""
    return bool(CUE_WORDS.search(strip_marks(marked)[0]) or CUE_BEFORE_NAME.search(marked))


def _lower(marked: str) -> bool:
    plain = strip_marks(marked)[0]
    return plain == plain.lower()


def check_patient(texts: list[str]) -> None:
    """Patient and carer messages: 10 to 120 words, about half without a cue, some in lower
    case; the last ``ARITHMETIC`` put a name in a sentence with at least two numbers."""
    for marked in texts:
        if not PATIENT_WORDS[0] <= word_count(marked) <= PATIENT_WORDS[1]:
            raise SystemExit(f"patient: {word_count(marked)} words in {marked[:60]!r}")
    for marked in texts[-ARITHMETIC:]:
        text, spans = strip_marks(marked)
        start = next(s["start"] for s in spans if s["type"] == "PERSON")
        sentence = next(
            m.group() for m in re.finditer(r"[^?]+\?|[^?]+$", text) if m.start() <= start < m.end()
        )
        if len(NUMBER.findall(sentence)) < 2:
            raise SystemExit(f"patient: too few numbers beside the name in {marked[:60]!r}")
    bare = sum(not has_cue(t) for t in texts)
    lower = sum(_lower(t) for t in texts)
    if not 35 <= bare <= 45 or lower < 10:
        raise SystemExit(f"patient: {bare} without cue, {lower} in lower case")


def check_chat(texts: list[str]) -> None:
    """Chat requests: 5 to 100 words; 10 with a secret, none saying "password"; at least
    ten texts with a word-name."""
    secrets = word_names = 0
    for marked in texts:
        if not CHAT_WORDS[0] <= word_count(marked) <= CHAT_WORDS[1]:
            raise SystemExit(f"chat: {word_count(marked)} words in {marked[:60]!r}")
        if "password" in strip_marks(marked)[0].lower():
            raise SystemExit(f"chat: the word password in {marked[:60]!r}")
        spans = marked_spans(marked)
        secrets += any(s["type"] == "PASSWORD" for s in spans)
        word_names += any(
            s["type"] == "PERSON" and s["value"].split()[0].lower() in WORD_NAMES for s in spans
        )
    if secrets != 10 or word_names < 10:
        raise SystemExit(f"chat: {secrets} with a secret, {word_names} with a word-name")


def check_records(texts: list[str]) -> None:
    """Records: one person each; the first 20 a name only with no cue, the other 60 a name
    and at least one more value."""
    for i, marked in enumerate(texts):
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = [s for s in spans if s["type"] != "PERSON"]
        if len(people) != 1:
            raise SystemExit(f"records: want one person in {marked[:60]!r}")
        if i < 20 and (others or has_cue(marked)):
            raise SystemExit(f"records: want a bare name only in {marked[:60]!r}")
        if i >= 20 and not others:
            raise SystemExit(f"records: want more than a name in {marked[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN,
    every NHS-looking number from the 999 range."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            compact = re.sub(r"[\s().-]", "", value)
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(compact) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            iban = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (iban in DOCUMENTATION_IBANS or not iban_ok(iban)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
            nhs_like = re.fullmatch(r"\d{3} \d{3} \d{4}", value)
            if kind == "ID_NUMBER" and nhs_like and not _nhs(value):
                raise SystemExit(f"NHS number {value!r} invalid or outside the 999 range")


def main() -> None:
    sections = {
        "patient": (PATIENT, 80),
        "chat": (CHAT, 60),
        "records": (RECORDS, 80),
        "clean health": (CLEAN_HEALTH, 20),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean prompts": (CLEAN_PROMPTS, 20),
        "clean everyday": (CLEAN_EVERYDAY, 20),
    }
    pii = PATIENT + CHAT + RECORDS
    check_patient(PATIENT)
    check_chat(CHAT)
    check_records(RECORDS)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind22", HERE, sections, {"patient", "chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
