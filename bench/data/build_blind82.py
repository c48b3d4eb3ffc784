# ruff: noqa: E501
"""An eighty-second blind privacy set: 220 texts with personal data and 100 clean ones, a
held-out mix of chat requests to a company or personal assistant and records in the style
of synthetic PII benchmark datasets.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
table and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) in which people ask an assistant to draft, reply,
  translate, summarise, fix, plan, calculate or advise about their own life: HR questions,
  customer e-mails to answer, personal admin, family, health, travel, money, school, home
  and IT accounts. The first 30 (a quarter) are typed all in lower case, the next 6 are in
  Spanish, German, French, Portuguese, Dutch and Italian, the rest in ordinary English.
  Hard cases on purpose: first names or surnames alone, lower-case names, names that are
  ordinary words (Bill, Hunter, Joy, Hope, Frank, Precious, Faith), names with non-English
  letters and a few in other scripts, door and alarm codes, PINs, wifi keys and passwords
  with and without a cue word, phones with and without separators;
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name: contact lines, form rows,
  log lines, letters, profiles, shipping labels, bank, HR, insurance and clinical lines.

Usernames and logins, account, customer, member, employee, student, patient, policy and
booking numbers, passports, driver licences and national and tax ids are ID_NUMBER; PINs,
door, gate, alarm and locker codes, wifi keys, one-time codes, passphrases and passwords
are PASSWORD; titles and relation words (Mr, Mrs, Dr, Coach, my son) stay outside PERSON
spans; an address span runs from the street line through the postcode and city as typed
(two military addresses among them); public figures, fictional characters, brands,
places, order, invoice and ticket numbers and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data at all:
25 MT-Bench and Vicuna-style prompts (writing, reasoning, coding, role-play, STEM), 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A
to D (some naming historical figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570 and (0x) 5550; France
06 39 98 and 01 99 00; Germany 030 23125 and 040 66969) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (listed in ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind82.py`` from the repository root; the output is
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
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Nurse|Sgt|SPC|Capt|Herr|Frau|Mme|Sra|Auntie|Uncle|Nan|Grandma)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can you write a short sorry-for-the-delay email to [[PERSON|maryam hosseini]], she's been waiting on her refund since march. she wrote in from [[EMAIL_ADDRESS|m.hosseini81@gmail.com]] if that helps",
    "the cleaner keeps forgetting the door code, it's [[PASSWORD|4719]] then the hash key. write a polite text to [[PERSON|agnieszka]] reminding her, simple english please",
    "note for my son's teacher: [[PERSON|tobi]] is off school tomorrow with a temperature. make it sound less blunt",
    "whats a good reply to my landlord [[PERSON|kowalczyk]] about the boiler? he wants me home on thursday but i work till 6. he texts me on [[PHONE_NUMBER|07700 900318]] so keep it short",
    "summarise this voicemail for me pls: hi [[PERSON|dilnoza]], your physio appointment has moved to 3pm friday, call [[PHONE_NUMBER|0113 496 0572]] if that doesn't suit",
    "translate into spanish: dear señora [[PERSON|ibáñez]], the keys are in the blue box by the gate, the code is [[PASSWORD|2580]], enjoy the flat",
    "hr question. i started 14 months ago, employee id [[ID_NUMBER|hx-20417]]. how many weeks of parental leave can i take? my manager [[PERSON|ruth abernathy]] says 2 but the handbook says more",
    "help me do a monthly budget. rent 1150, car 240, after school club 180, food about 600. [[PERSON|sunita]] takes home 2400 and i take home 2900",
    "fix the grammar: me and [[PERSON|jonah]] has moved, the new adress is [[STREET_ADDRESS|41 maple crescent, guelph, on n1e 3k7]] so send post there from now on",
    "what should i pack for a week in lisbon in october with two toddlers? the hotel booking is under [[PERSON|ferreira]], ref [[ID_NUMBER|bk7729310]], if you need to check the room type",
    "how do i make a qr code so guests can join the wifi without me reading out [[PASSWORD|tangerine-otter-52]] every time",
    "remind me what to ask dr [[PERSON|okonkwo]] about mum's blood pressure pills tomorrow. her nhs number is [[ID_NUMBER|943 476 5919]] in case the form asks",
    "email [[PERSON|siobhan]] back",
    "i locked myself out of outlook. account is [[EMAIL_ADDRESS|priya.nair@fernbrookdental.co.uk]] and the last password i remember is [[PASSWORD|sunflower2019!]] — what are the recovery steps",
    "draft a reply to [[PERSON|gareth]] saying we can't refund the deposit but we can move his booking to may at no cost",
    "i live in australia, tfn [[ID_NUMBER|326 184 758]]. i made about 3k from freelance design on top of my normal job, do i have to lodge anything extra",
    "write a note to the school office: [[PERSON|amara]] and [[PERSON|kofi]] will be picked up by their uncle [[PERSON|kwame boateng]] on friday, his mobile is [[PHONE_NUMBER|+233 24 418 7302]]",
    "garage keypad is [[PASSWORD|7731]], alarm [[PASSWORD|1066]]. turn that into a one line note for the dog sitter [[PERSON|lulu]], she's never been here before",
    "my daughter [[PERSON|zeynep]] wants a cover letter for a café job, she's 16 and has no experience. put [[EMAIL_ADDRESS|zeynep.aydin09@hotmail.com]] as her contact",
    "is it normal for ankles to swell after a long flight? my dad is 71 and just flew back from delhi, pnr [[ID_NUMBER|k7x2qp]], and they look puffy",
    "checklist for renewing [[PERSON|anil]]'s passport please, the current one is [[ID_NUMBER|z4817263]] and runs out in june",
    "reword so it sounds friendlier: [[PERSON|bethany]], you still owe us for march and april, pay by friday or the lessons stop",
    "split a 186.40 dinner bill between me, [[PERSON|oisín]], [[PERSON|cathal]] and [[PERSON|méabh]]. [[PERSON|oisín]] had no drinks and the drinks came to 42",
    "deposit sent to [[IBAN_CODE|ie16 aibk 9320 8527 1643 98]] in the name of [[PERSON|niamh gallagher]]. write the email to the letting agent confirming i paid",
    "whats the best way to tell my boss [[PERSON|dave]] that i'm pregnant, we have a 1:1 on monday",
    "router page is at [[IP_ADDRESS|192.0.2.14]], user [[ID_NUMBER|kemal_home]], pass [[PASSWORD|hx9!vb27q]]. how do i turn off wps on it",
    "make a weekly chore chart for [[PERSON|ines]], [[PERSON|mateo]] and [[PERSON|lucía]], ages 6, 9 and 12",
    "summarise my missed calls: [[PHONE_NUMBER|2125550147]] at 9:14, left a voicemail, said she's [[PERSON|dana]] from the pharmacy and my prescription is ready",
    "help me answer this customer: hi its [[PERSON|fatima al-sayed]], order 55812 never came, i'm at [[STREET_ADDRESS|flat 3, 19 elm row, edinburgh eh7 4aa]] and nobody rang the bell",
    "what goes in 'patient id' on this gp form, is it the [[ID_NUMBER|4851062737]] on my nhs letter or something else",
    # other languages
    "¿Puedes escribir un correo a [[PERSON|Rocío Ballesteros]] para decirle que su cita con el dentista pasa al martes a las 10? Su teléfono es [[PHONE_NUMBER|+34 612 48 93 07]].",
    "Bitte formuliere eine kurze Kündigung für meinen Handyvertrag zum nächstmöglichen Termin. Kundennummer [[ID_NUMBER|KD-8830127]], [[PERSON|Jürgen Kießling]], [[STREET_ADDRESS|Lindenstraße 14, 04109 Leipzig]].",
    "Peux-tu corriger ce message ? « Coucou [[PERSON|Aurélie]], le code du portail c'est [[PASSWORD|B4712]], je rentre lundi soir. Bisous, [[PERSON|Mathis]] »",
    "Me ajuda a responder a cliente [[PERSON|Luana Figueiredo]]? Ela mandou o CPF [[ID_NUMBER|318.629.475-46]] e quer saber por que o boleto não chegou no e-mail [[EMAIL_ADDRESS|luana.fig@uol.com.br]].",
    "Kun je dit naar het Engels vertalen: mijn BSN is [[ID_NUMBER|182736453]] en mijn huisarts is dokter [[PERSON|Verhoeven]] in Utrecht.",
    "Scrivi un messaggio gentile a [[PERSON|Giulia]]: il bonifico per l'affitto di maggio è partito oggi sull'IBAN [[IBAN_CODE|IT25X0306909606100000117462]].",
    # English
    "Can you draft a reply to this customer? 'Hello, I'm [[PERSON|Tomasz Wróbel]], I was charged twice for the annual plan on card [[CREDIT_CARD|4539 1726 0843 1952]]. Please refund one. My phone is [[PHONE_NUMBER|020 7946 0381]].' Keep it apologetic and say 5-7 business days.",
    "HR question: my colleague [[PERSON|Adaeze]] told me her salary and it's 8k more than mine for the same role. Is it OK to raise that with HR, and how would I word it?",
    "Remind me to call [[PERSON|Renata]] on [[PHONE_NUMBER|0491 570 158]]",
    "Please translate into Japanese for my host family: 'My name is [[PERSON|Chloe Brennan]], I land at Kansai on the 14th, my phone here is [[PHONE_NUMBER|080-4417-2983]].'",
    "My mum, [[PERSON|Hannelore Vogt]], keeps getting scam calls on her landline [[PHONE_NUMBER|030 23125 417]]. How do I block numbers on a Gigaset phone?",
    "Write a LinkedIn recommendation for [[PERSON|Siddharth]], who was my intern last summer. Under 120 words, mention he rebuilt our reporting dashboard.",
    "Summarise in plain words: 'Patient [[PERSON|Rowan Achterberg]], MRN [[ID_NUMBER|7730-4418]], discharged 12/03 after laparoscopic appendectomy. Follow-up with Dr [[PERSON|Imani Clarke]] in 2 weeks.'",
    "I need to change my Netflix password, it's [[PASSWORD|Hobnob!1987]] right now and my son keeps messing with the profiles. Steps please.",
    "Work out what I'm owed: I paid a £1,240 deposit and the agency is keeping £310 for cleaning. The refund should go to [[IBAN_CODE|GB34 NWBK 6016 1348 2751 09]]. Then draft a two-line email asking when.",
    "Flying LHR to Accra tomorrow, booking ref for me and [[PERSON|Kojo]] is [[ID_NUMBER|QZ8M4T]]. Make me a packing list for hot weather and a long layover.",
    "My work laptop shows 'unusual sign-in from [[IP_ADDRESS|198.51.100.23]]' for username [[ID_NUMBER|j.okafor]]. I'm in Manchester and haven't travelled. Is this phishing or real?",
    "Reword: Hi [[PERSON|Bill]], the invoice is attached, please pay by the 30th.",
    "My son [[PERSON|Hunter]] has a peanut allergy. Write a note for the summer camp nurse and put my number, [[PHONE_NUMBER|(503) 555-0162]], at the bottom.",
    "Give me a 3-day Kyoto itinerary. We're at a ryokan booked under [[PERSON|Nakamura]], confirmation [[ID_NUMBER|88301947]], near Gion.",
    "Help me write a complaint to my energy supplier. Account number [[ID_NUMBER|4002 918 337]], meter at [[STREET_ADDRESS|22 Ashgrove Park, Ballincollig, Co. Cork P31 X2K4]]. They've estimated the readings for six months.",
    "Can I claim sick pay if I'm off for 4 days? My contract only mentions SSP. Employee no. [[ID_NUMBER|E-55192]], line manager [[PERSON|Precious Dlamini]].",
    "Fix this SQL, it keeps failing: SELECT * FROM users WHERE email = '[[EMAIL_ADDRESS|hwang.minji@kakao.com]]' AND pwd = '[[PASSWORD|Mj#0425seoul]]';",
    "Write a wedding toast for my sister [[PERSON|Marisol]] and her fiancé [[PERSON|Dev]]. Funny but nothing embarrassing, two minutes max.",
    "What do I need to renew my driving licence? The old card says [[ID_NUMBER|MORGA753116SM9IJ]] and it expired last month.",
    "I'm 34 and on sertraline 50mg. Can I have a couple of drinks at [[PERSON|Olu]]'s wedding on Saturday?",
    "Please write an out-of-office: away until 3 June, urgent issues to [[PERSON|Katarzyna Zielińska]] at [[EMAIL_ADDRESS|k.zielinska@brightwater-logistics.pl]] or [[PHONE_NUMBER|+48 601 284 937]].",
    "My card [[CREDIT_CARD|5491738204617351]] was stolen in Rome yesterday. Which number do I call and what should I tell them?",
    "Turn this into a table: [[PERSON|Ama]] 5'4 62kg, [[PERSON|Bongani]] 5'11 80kg, [[PERSON|Keanu]] 6'0 84kg.",
    "Email to the parents: tonight's practice is cancelled because of the storm, we'll make it up next week. Sign it Coach [[PERSON|Ferhat]].",
    "Before I send 900 euros to my brother [[PERSON|Luca]], can you check this IBAN looks right? [[IBAN_CODE|DE44 5001 0517 5407 3249 31]]",
    "I keep forgetting things. Store this for me: gym locker 118, code [[PASSWORD|3304]]. Banking app [[PASSWORD|66190]].",
    "How do I politely decline a second interview? The recruiter is Mr [[PERSON|Babatunde Ajayi]], [[EMAIL_ADDRESS|babatunde.ajayi@talentbridge.ng]].",
    "Our nanny [[PERSON|Wiktoria]] works Mon–Thu 8 to 5 at £14.50 an hour and Fri 8 to 1. Work out her weekly pay and how much holiday she builds up.",
    "Write a formal letter in English to the German tax office asking about my refund. Tax ID [[ID_NUMBER|57194028365]], [[PERSON|Ingrid Holmqvist]], [[STREET_ADDRESS|Am Kupfergraben 3, 10117 Berlin]].",
    "What's the difference between a PPO and an HMO? Our employer plan lists member ID [[ID_NUMBER|WQX-4418-2290]] for me and my husband [[PERSON|Caleb]].",
    "My mother-in-law [[PERSON|王秀英]] is visiting from Chengdu next week. Write a short welcome card in simple Chinese.",
    "Rewrite this text to my tenant more firmly: 'Hi [[PERSON|Ronan]], rent for the flat is three weeks late again.'",
    "I'm a ward nurse. Patient [[PERSON|Eero Virtanen]], henkilötunnus [[ID_NUMBER|240791-318V]], wants his discharge advice in Finnish: rest for two weeks, no lifting, paracetamol as needed.",
    "Spreadsheet help: column B is [[PERSON|Joy]]'s salary, column C is mine, column D the joint bills. What formula splits D in proportion to B and C?",
    "Can you check my CV header? [[PERSON|Oluwaseun Adeyemi]] · [[EMAIL_ADDRESS|seun.adeyemi@outlook.com]] · [[PHONE_NUMBER|+44 7700 900641]] · London",
    "Our staging server [[IP_ADDRESS|203.0.113.188]] rejects my SSH key. The deploy user is [[ID_NUMBER|mfernandes]]. What should I check first?",
    "Is 140/95 high for a 52-year-old man? That's my husband [[PERSON|Gustavo]]'s reading this morning.",
    "Write a thank-you message to our Airbnb host [[PERSON|Ayşe]] for the stay at [[STREET_ADDRESS|Bağdat Caddesi No: 214 D:5, 34728 Kadıköy/İstanbul]]. Mention the breakfast.",
    "Draft a message to the team: [[PERSON|Kenji Watanabe]] joins on Monday as our new QA lead. His email is [[EMAIL_ADDRESS|k.watanabe@sorano-tech.jp]].",
    "My Aadhaar [[ID_NUMBER|5823 4917 0626]] is still linked to my old SIM. What's the process to update it to [[PHONE_NUMBER|+91 98450 17263]]?",
    "Write a polite note to my neighbour at [[STREET_ADDRESS|17 Harcourt Terrace]] about their hedge blocking the pavement.",
    "Customer wrote: 'Where is my parcel?? It's going to [[STREET_ADDRESS|8 Rue Sainte-Catherine, 33000 Bordeaux]], name [[PERSON|Benoît Lemaire]].' Please write a calm reply saying it's with the courier.",
    "For my insurance claim: policy [[ID_NUMBER|HX-2291-0473]], holder [[PERSON|Sakura Ishikawa]], phone [[PHONE_NUMBER|090-7721-3308]]. Write the cover note for the photos of the water damage.",
    "Plan a surprise 40th for my wife [[PERSON|Dominika]]. Budget 800, about 25 guests, and she hates karaoke. I know her phone unlock is [[PASSWORD|190384]] so I can get her friends' numbers.",
    "Reply to this recruiter for me, politely, I'm not interested: 'Hi [[PERSON|Marcus]], saw your profile and have a great role in Leeds.'",
    "pls calculate: [[PERSON|Anjali]] lent me 350, I paid back 120 in March and 75 in April. How much do I still owe?",
    "Will a 2 kg parcel to SPC [[PERSON|Darnell Hughes]], [[STREET_ADDRESS|Unit 2050 Box 117, APO AE 09107]] arrive before Christmas if I post it on the 1st?",
    "Alarm is [[PASSWORD|8824]], spare key under the stone frog. Write a house-sitting note for [[PERSON|Yusuf]] with plant watering and bin days.",
    "Make this more professional: 'hey all, [[PERSON|Kalani]] here, new in accounts, ping me on [[PHONE_NUMBER|808-555-0173]]'",
    "Give me a week's meal plan for my dad [[PERSON|Desmond]]. He's 68, type 2 diabetic and doesn't like fish.",
    "Translate to Korean: 'Dear [[PERSON|Ji-hoon]], I'll wait for you at exit 3. My number is [[PHONE_NUMBER|010-4827-1953]].'",
    "I committed [[API_KEY|ghp_R7tQ2wLx9mZ4kV8nB1cY6pHs3dF0aJ5eU2oI]] to a public repo by accident. How do I scrub it from the history?",
    "What documents does [[PERSON|Valentina]] need for a Schengen visa? Her Colombian passport is [[ID_NUMBER|AY4820173]].",
    "I'm helping my grandma fill in a pension form. Her CNP is [[ID_NUMBER|2900312405828]], name [[PERSON|Maria Ionescu]]. Which box does it go in?",
    "Can you write a short eulogy for my uncle [[PERSON|Paddy Doyle]]? He loved horses, Sunday roasts and terrible jokes.",
    "Check my maths: 3 kids at £42.50 a week each for swimming with Coach [[PERSON|Imogen]], for 11 weeks.",
    "The guest network is Rosewood_5G and the key is [[PASSWORD|mossy-Lantern-88]]. Make a printable card for the fridge.",
    "Write a text to [[PERSON|Frank]] telling him the meeting has moved to 4.",
    "I think someone used my SSN [[US_SSN|412-58-3096]] to open a credit card. What do I do first?",
    "Write a cover letter for a bakery job. Me: [[PERSON|Lerato Mokoena]], [[STREET_ADDRESS|41 Jan Smuts Avenue, Parktown North, Johannesburg 2193]], [[EMAIL_ADDRESS|lerato.mokoena@webmail.co.za]].",
    "Explain this line on my bill: 'Dr. [[PERSON|S. Raghunathan]], consult, 99214, $180'. Is that a normal price?",
    "A customer, [[PERSON|Björn Sundqvist]], says his personnummer [[ID_NUMBER|900214-3817]] was printed on his invoice by mistake. Draft an apology that explains what we'll do.",
    "Our key [[API_KEY|sk_live_51Hq8ZtKp3WmR2vXc9LbN7aDy4]] got pasted into a Slack channel. What should we rotate first?",
    "Make an itinerary: [[PERSON|Aoife]] and I land in Reykjavík on 2 Feb, car hire booking [[ID_NUMBER|KX-77410-IS]], and we want the Northern Lights.",
    "How do I change the PIN on my Revolut card? The old one was [[PASSWORD|2207]].",
    "Rewrite professionally: '[[PERSON|Nadia]] pls send me the Q3 numbers asap and cc [[PERSON|Tariq]].'",
    "My daughter [[PERSON|Saoirse]] is 7 and wakes at night with leg pains. When should we see a doctor?",
    "Please write a reminder to our member [[PERSON|Haruto Sato]] (member no. [[ID_NUMBER|55-019-2273]]) that his gym membership renews on 1 May.",
    "Address this envelope correctly: to [[PERSON|Chukwuemeka Obi]], [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos 101241]].",
    "How many days of annual leave do I have left? 25 a year, used 9, carried over 3. The HR record is [[PERSON|Mia Kovačević]], staff ID [[ID_NUMBER|004412]].",
    "my Apple ID is [[EMAIL_ADDRESS|dan.whitlock@icloud.com]] and it keeps saying the account is locked, what do I do",
    "Write a tenant reference for [[PERSON|Hamza Rashid]], who rented [[STREET_ADDRESS|9 Kowhai Street, Ponsonby, Auckland 1011]] from me for three years.",
    "Help me fill in a bank form. IBAN [[IBAN_CODE|FR18 3000 4018 2300 0129 4827 141]], holder [[PERSON|Élodie Marchand]]. Where does the BIC go?",
    "Is ibuprofen OK with warfarin? The clinic's patient number for me is [[ID_NUMBER|CLN-448102]] if the pharmacist needs it.",
    "Translate to English: 'Querido [[PERSON|Matías]], te mando la dirección: [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]].'",
    "What's a fair reply when a customer, [[PERSON|Destiny Walker]], asks for a refund after 60 days? Our policy is 30.",
    "My number changed to [[PHONE_NUMBER|07700 900255]]. Write a short message for my contacts.",
    "Can you log into the school portal for me? Username [[ID_NUMBER|lily.ashworth09]], password [[PASSWORD|Penguin#44]]. I need the term dates.",
    "Write a letter to the council about the pothole outside [[STREET_ADDRESS|6 Bramble Close, Wokingham RG40 1XN]]. Sign it from [[PERSON|Gwen]] and [[PERSON|Alun Price]].",
    "Teacher here. Write a short note for the class group: [[PERSON|Deniz]] and [[PERSON|Ravi]] both passed their swimming badge today.",
    "Is it safe to email [[API_KEY|AKIA4RZ7QW2M8TX5LB3N]] to our contractor, or is there a better way to share access?",
    "Please draft a message to Dr [[PERSON|Liang]], my dentist, asking to move my cleaning. I'm under patient ID [[ID_NUMBER|00793315]].",
    "Help my father [[PERSON|Ravindra]] make sense of this SMS: 'Your account [[ID_NUMBER|3317 8821 04]] has been flagged, click here.' Is it a scam?",
    "Write a short birthday poem for [[PERSON|Hope]], she's turning 8 and loves horses.",
]

# 100 records in the style of synthetic PII benchmark datasets.
RECORDS = [
    "Name: [[PERSON|Hamid Rezaei]] | Email: [[EMAIL_ADDRESS|h.rezaei@parsmail.ir]] | Phone: [[PHONE_NUMBER|+98 912 418 7730]]",
    "Customer [[PERSON|Ngozi Eze]] ([[EMAIL_ADDRESS|ngozi.eze88@yahoo.com]]) requested a callback on [[PHONE_NUMBER|+234 803 417 2290]].",
    "Patient: [[PERSON|Lars Øvergaard]]. Fødselsnummer: [[ID_NUMBER|12058947375]]. Allergies: penicillin.",
    "2024-03-11 09:42:17 INFO login ok user=[[ID_NUMBER|tkowalski]] name=[[PERSON|Tadeusz Kowalski]] ip=[[IP_ADDRESS|203.0.113.77]]",
    "Dear Ms [[PERSON|Abiola Ogunleye]], your motor policy [[ID_NUMBER|MTR-5581-2093]] renews on 4 September. Questions? Call [[PHONE_NUMBER|0161 496 0734]].",
    "Employee #[[ID_NUMBER|40417]], [[PERSON|Farah Siddiqui]], salary paid to [[IBAN_CODE|NL14 RABO 0318 4759 26]].",
    "Policyholder: [[PERSON|Bùi Thị Hạnh]]; Policy No: [[ID_NUMBER|VN-HL-7730192]]; Tel: [[PHONE_NUMBER|+84 90 318 4726]]",
    "Pt. [[PERSON|Ahmed Qureshi]], MRN [[ID_NUMBER|00827461]], seen 14/02 for productive cough. NHS no. [[ID_NUMBER|721 058 3947]].",
    "SHIP TO: [[PERSON|Camille Dubois]], [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]], FRANCE. Tél. [[PHONE_NUMBER|06 39 98 41 27]]",
    "Card on file for [[PERSON|Rhys Llewellyn]]: [[CREDIT_CARD|4716-2809-3517-4024]], exp 09/27.",
    "Student record: [[PERSON|Tan Mei Ling]], matric no. [[ID_NUMBER|A0192837X]], NRIC [[ID_NUMBER|T0318472I]].",
    "account_holder=[[PERSON|Giorgos Papadakis]]; iban=[[IBAN_CODE|CH55 0839 0037 9125 0410 0]]; currency=CHF",
    "From: [[PERSON|Priyanka Deshmukh]] <[[EMAIL_ADDRESS|priyanka.d@zephyrmail.in]]> Subject: leave request 12-16 Aug",
    "Name [[PERSON|Sven Ødegård]]; username [[ID_NUMBER|sodegard]]; password [[PASSWORD|Fjord!Lys22]]",
    "Contact: [[PERSON|Kwabena Asante]], [[STREET_ADDRESS|7 Independence Avenue, Ridge, Accra]]. Mobile [[PHONE_NUMBER|+233 20 771 4852]].",
    "The claimant, Ms [[PERSON|Teodora Ilić]], policy number [[ID_NUMBER|CL-990417]], can be reached at [[EMAIL_ADDRESS|teodora.ilic@sbb.rs]].",
    "User [[PERSON|Akash Mehta]] authenticated from [[IP_ADDRESS|198.51.100.7]] with API key [[API_KEY|ak_9f3Lr2QvX8mT1zW6pN4s]].",
    "Member: [[PERSON|Rosa Delgado]]   Member ID: [[ID_NUMBER|UHX 882104417]]   Plan: Silver PPO",
    "[[PERSON|Hiroshi Yamada]], My Number [[ID_NUMBER|7392 0518 4622]], [[STREET_ADDRESS|2-4-9 Umeda, Kita-ku, Osaka 530-0001]]",
    "Referral for Mrs [[PERSON|Comfort Mensah]], NHS number [[ID_NUMBER|620 418 3958]], to rheumatology. Contact daughter on [[PHONE_NUMBER|07700 900782]].",
    "[[PERSON|Seán Ó Briain]] | PPS [[ID_NUMBER|3728194C]] | [[EMAIL_ADDRESS|sean.obriain@eircom.net]]",
    "Applicant [[PERSON|Zhao Lei]], resident ID [[ID_NUMBER|110108198706234510]], mobile [[PHONE_NUMBER|+86 139 1024 7735]].",
    "Dear [[PERSON|Faith]], your new PIN for the staff portal is [[PASSWORD|583106]]. Do not share it.",
    "billing: [[PERSON|Marco Bianchi]] — codice fiscale [[ID_NUMBER|CNTMRC75T08F839B]] — [[STREET_ADDRESS|Via Garibaldi 22, 10122 Torino]]",
    "SSN: [[US_SSN|529-71-0348]]  Name: [[PERSON|Kayla Robinson]]  Phone: [[PHONE_NUMBER|(614) 555-0119]]",
    "HR note: [[PERSON|Delroy Campbell]] (emp. [[ID_NUMBER|HR-33019]]) moved to night shift from 1 July; new locker code [[PASSWORD|9152]].",
    "[[PERSON|Дмитрий Соколов]], тел. [[PHONE_NUMBER|+7 916 482-37-19]], e-mail [[EMAIL_ADDRESS|d.sokolov@yandex.ru]]",
    "Visa 16: [[CREDIT_CARD|4920863177542107]] cardholder [[PERSON|Anneke de Vries]] billing [[STREET_ADDRESS|Korte Nieuwstraat 9, 3512 NM Utrecht]]",
    "Booking [[ID_NUMBER|HTL-4471920]] confirmed for [[PERSON|Oyelaran]], 2 adults, check-in 18 May.",
    "Recipient: [[PERSON|Nomvula Khumalo]], SA ID [[ID_NUMBER|9105235081088]], cell [[PHONE_NUMBER|+27 82 614 3390]].",
    "Clinical note — [[PERSON|Valérie Rousseau]], NIR [[ID_NUMBER|285067512041771]], BP 150/92, review in 4 weeks.",
    "[[PERSON|rahul verma]], [[EMAIL_ADDRESS|rahulv1990@rediffmail.com]], aadhaar [[ID_NUMBER|369041728514]]",
    "Wire beneficiary: [[PERSON|Sofía Castillo Rivas]], [[IBAN_CODE|ES28 2100 0418 4502 0005 1399]], DNI [[ID_NUMBER|53871946N]].",
    "sshd[2291]: Accepted password for [[ID_NUMBER|ewilson]] from [[IP_ADDRESS|192.0.2.201]] port 51522 (owner [[PERSON|Ellis Wilson]])",
    "To whom it may concern, [[PERSON|Moana Tuilagi]] lives at [[STREET_ADDRESS|3/18 Hinemoa Street, Birkenhead, Auckland 0626]] and has rented from us since 2019.",
    "Loyalty account [[ID_NUMBER|LX-20034519]] — [[PERSON|Heather]] — [[PHONE_NUMBER|07700 900416]]",
    "[[PERSON|Jakub Dvořák]], rodné číslo [[ID_NUMBER|925814/6271]], trvalé bydliště [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Emergency contact for [[PERSON|Ilse Brandt]]: [[PHONE_NUMBER|040 66969 218]].",
    "Payment declined: card [[CREDIT_CARD|3741 602985 17368]], holder [[PERSON|Ethan Brooks]], attempt from [[IP_ADDRESS|2001:db8:4a1::17]].",
    "[[PERSON|Ayesha Malik]] — passport [[ID_NUMBER|BN4471829]] — nationality Pakistani — mobile [[PHONE_NUMBER|+92 300 481 2275]]",
    "Tenant: [[PERSON|Oskar Lindqvist]]. Address: [[STREET_ADDRESS|Storgatan 31, 114 55 Stockholm]]. Rent account [[IBAN_CODE|SE87 8000 0000 8327 4615 3920]].",
    "Borrower [[PERSON|Miguel Ángel Torres]], loan account [[ID_NUMBER|LN-00481736]], monthly payment 412.50.",
    "[[PERSON|김지훈]] / [[ID_NUMBER|880417-2263919]] / [[PHONE_NUMBER|010-7730-2146]]",
    "Hi [[PERSON|Grace]], your one-time code is [[PASSWORD|604218]]. It expires in 10 minutes.",
    "Driver: [[PERSON|Kieran Walsh]], licence no. [[ID_NUMBER|WALSH806143KJ9AB]], vehicle reg not recorded.",
    "Insured: [[PERSON|Ngo Van Minh]] | DOB 02/02/1984 | Policy [[ID_NUMBER|TRV-118204]] | Email [[EMAIL_ADDRESS|minh.ngo@vnmail.vn]]",
    "[[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|12078903411]], τηλ. [[PHONE_NUMBER|+30 694 418 2957]]",
    "ALERT: new device login for [[EMAIL_ADDRESS|c.nwosu@finlinehq.com]] ([[PERSON|Chidi Nwosu]]) from [[IP_ADDRESS|198.51.100.142]]",
    "Donor: [[PERSON|Maeve Kinsella]]. Direct debit from [[IBAN_CODE|IE59 BOFI 9001 7284 6391 58]]. Amount €15 monthly.",
    "Candidate [[PERSON|Tomás Quispe]], [[PHONE_NUMBER|+51 987 204 716]], applied for warehouse supervisor.",
    "[[PERSON|Jennifer Alvarez]], [[STREET_ADDRESS|4417 Larkspur Ln, Boise, ID 83704]], SSN [[US_SSN|238-64-1957]]",
    "Medicare card [[ID_NUMBER|4271 83698 1]] — [[PERSON|Bronwyn Carter]] — [[PHONE_NUMBER|(02) 5550 3817]]",
    "Gate code for [[PERSON|Ruiz]] unit: [[PASSWORD|#4408*]]",
    "Mrs [[PERSON|Olga Petrenko]], RNOKPP [[ID_NUMBER|3182749560]], requested a copy of her file.",
    "Subscriber [[PERSON|Arjun Pillai]] renewed with Mastercard [[CREDIT_CARD|5229 0471 8365 0212]].",
    "[[PERSON|Fatou Diop]] — [[EMAIL_ADDRESS|fatou.diop@orange.sn]] — [[PHONE_NUMBER|+221 77 418 20 93]]",
    "Service desk ticket 88213: [[PERSON|Liam O'Connor]] forgot his VPN password, temporary password set to [[PASSWORD|Tmp-7Rq2-Wx]].",
    "Name: [[PERSON|Wanjiru Kamau]]. Address: [[STREET_ADDRESS|Kindaruma Road, Apartment 6B, Kilimani, Nairobi]]. Phone: [[PHONE_NUMBER|+254 722 418 095]].",
    "Beneficiary [[PERSON|Katarzyna Nowak]], PESEL [[ID_NUMBER|92071503818]], account [[IBAN_CODE|PL29 1090 2402 0000 0006 1385 7492]]",
    "Intake form — name: [[PERSON|Rafael Souza]]; CPF: [[ID_NUMBER|207.451.836-62]]; blood type O+",
    "Letter to [[PERSON|Ji-woo Han]], [[STREET_ADDRESS|Unit 7704 Box 0219, DPO AP 96521]], regarding deployment allowance.",
    "[[PERSON|Mehmet Yılmaz]], T.C. kimlik no [[ID_NUMBER|28471590332]], [[PHONE_NUMBER|+90 532 418 27 61]]",
    "Member since 2016: [[PERSON|Ingeborg Lund]], [[EMAIL_ADDRESS|ingeborg.lund@online.no]], member no. [[ID_NUMBER|NF-302184]].",
    "Reset link sent to [[EMAIL_ADDRESS|wren.hollis@mailbox.org]] for user [[PERSON|Wren Hollis]].",
    "Card: [[CREDIT_CARD|6011 5382 7046 1935]]; name on card: [[PERSON|Marcus Oyelowo]]; zip 30309",
    "[[PERSON|Dewi Lestari]], [[STREET_ADDRESS|Jl. Kemang Raya No. 45, Jakarta Selatan 12730]], HP [[PHONE_NUMBER|+62 812-4417-3092]]",
    "Physio discharge: [[PERSON|Tamar Levi]], teudat zehut [[ID_NUMBER|318294667]], knee ROM full.",
    "Sales lead: [[PERSON|Brandon Yee]], [[PHONE_NUMBER|415.555.0188]], [[EMAIL_ADDRESS|byee@coastlineroofing.com]]",
    "Dear Mr [[PERSON|Penrose]], your door entry PIN for Flat 6 is now [[PASSWORD|2741]].",
    "Holder: [[PERSON|Eduarda Pinto]]; NIF [[ID_NUMBER|237184656]]; IBAN [[IBAN_CODE|PT43 0035 0651 0007 4126 5831 9]]",
    "[[PERSON|Aditi Rao]] signed in with passphrase [[PASSWORD|correct-mango-river-lamp]] from [[IP_ADDRESS|203.0.113.54]].",
    "Payroll change: [[PERSON|Niklas Huber]] new account [[IBAN_CODE|AT41 2011 1829 1470 6153]], employee no. [[ID_NUMBER|40-7719]].",
    "Guest [[PERSON|Ximena Ruiz]], room 412, booking [[ID_NUMBER|RES8820315]], phone [[PHONE_NUMBER|+52 55 4187 2093]].",
    "Tax record: [[PERSON|Aaron Fitzgerald]], SIN [[ID_NUMBER|412 907 537]], [[STREET_ADDRESS|88 Rideau Street, Unit 1204, Ottawa, ON K1N 5X8]]",
    "[[PERSON|Chinedu]] (driver) — [[PHONE_NUMBER|08034172956]]",
    "Complaint received from [[PERSON|Pavlína Horáková]] ([[EMAIL_ADDRESS|pavlina.horakova@seznam.cz]]) about a late refund.",
    "NHI [[ID_NUMBER|ZKL4823]] | [[PERSON|Aroha Ngata]] | GP: Kōwhai Health",
    "Customer [[PERSON|Lucas Moreau]], Visa [[CREDIT_CARD|4412 5790 3368 1740]], phone [[PHONE_NUMBER|01 99 00 53 82]]",
    "ID check passed for [[PERSON|Ana Lucía Herrera]], Chilean RUT [[ID_NUMBER|14.826.397-3]].",
    "[[PERSON|Thabo Nkosi]] logged in as [[ID_NUMBER|tnkosi_admin]] with password [[PASSWORD|Springbok@2023]].",
    "Parent contact: [[PERSON|Summer Haines]], [[PHONE_NUMBER|07700 900937]], [[EMAIL_ADDRESS|summer.haines@btinternet.com]]",
    "[[PERSON|Bart Claes]], rijksregisternummer [[ID_NUMBER|85.03.14-229.90]], [[STREET_ADDRESS|Meir 47, 2000 Antwerpen]]",
    "Clinician: please call [[PERSON|Rubén Salazar]] with lab results on [[PHONE_NUMBER|+34 687 20 14 93]]; patient no. [[ID_NUMBER|HC-7782145]].",
    "User profile — handle [[ID_NUMBER|kiwi_kat]], real name [[PERSON|Katie Sowerby]], recovery email [[EMAIL_ADDRESS|katie.sowerby@gmx.co.uk]]",
    "[[PERSON|Kalle Mäkinen]], [[IBAN_CODE|FI06 4231 0500 1472 96]]",
    "Shipment for [[PERSON|Laila Haddad]] to [[STREET_ADDRESS|Villa 14, Street 23, Al Barsha 2, Dubai]], tel [[PHONE_NUMBER|+971 50 418 2736]].",
    "HR: [[PERSON|Jesper Kjær]] salary account [[IBAN_CODE|DK23 0040 0440 8172 63]], staff no. [[ID_NUMBER|DK-5530]].",
    "Ms [[PERSON|Kerry-Ann Thompson]], SSN [[US_SSN|671-30-8824]], policy [[ID_NUMBER|LIF-2090417]], beneficiary updated.",
    "[[PERSON|Nguyễn Thị Lan]] — [[EMAIL_ADDRESS|lan.nguyen@fptmail.vn]]",
    "Steuer-ID is missing; on file for [[PERSON|Ruth Wagner]]: Kundennr. [[ID_NUMBER|K-7719204]], [[PHONE_NUMBER|030 23125 884]].",
    "API client registered by [[PERSON|Olamide Bakare]]: key [[API_KEY|pk_test_Zr84Lq2WxN7vT3mKc9Ya]], callback IP [[IP_ADDRESS|192.0.2.88]].",
    "Kennitala [[ID_NUMBER|040791-2809]], [[PERSON|Guðrún Jónsdóttir]], [[STREET_ADDRESS|Laugavegur 58, 101 Reykjavík]]",
    "Reservation name: [[PERSON|Penny Lau]]. Contact: [[PHONE_NUMBER|0491 570 737]].",
    "[[PERSON|Mari Tamm]], isikukood [[ID_NUMBER|49208172748]], [[EMAIL_ADDRESS|mari.tamm@mail.ee]]",
    "Patient [[PERSON|Rekha Iyer]], MRN [[ID_NUMBER|MRN-0449127]], Rx metformin 500mg BD, pharmacy call-back [[PHONE_NUMBER|+91 80 4127 3309]].",
    "Amex [[CREDIT_CARD|379284510693826]] belongs to [[PERSON|Winston Adebayo]], [[EMAIL_ADDRESS|winston.adebayo@kingsgate-cap.com]].",
    "Volunteer [[PERSON|Ibrahim Sesay]], [[STREET_ADDRESS|27 Abbotsford Road, Leeds LS6 2QP]], DBS checked.",
    "[[PERSON|Pilar Gómez]] | NIE [[ID_NUMBER|Y4172839D]] | [[PHONE_NUMBER|+34 634 918 275]] | [[EMAIL_ADDRESS|pilar.gomez@telefonica.net]]",
    "Account [[ID_NUMBER|0047-2291-8830]] in the name of [[PERSON|Yuki Mori]] was closed on request.",
    "[[PERSON|Andrea Fischer]], card [[CREDIT_CARD|5168 4329 0715 8622]], CVV withheld, PIN [[PASSWORD|7306]]",
]

CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that small towns should invest in public libraries rather than new car parks. Keep it under 400 words.",
    "Compose a haiku sequence of four poems that follows a single leaf from spring to winter.",
    "You are a tour guide in ancient Rome in the year 100 AD. Describe the Forum to a group of visitors who have never seen a city.",
    "Pretend you are a ship's cat on a 19th-century whaling voyage. Tell me about your day in the first person.",
    "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost? Explain your reasoning step by step.",
    "If all bloops are razzies and some razzies are lazzies, can we conclude that some bloops are lazzies? Justify your answer.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Implement a thread-safe LRU cache in Java with get and put in O(1) time.",
    "Explain the difference between a process and a thread to a first-year computer science student, with an analogy.",
    "Write a SQL query that finds the second highest salary in an employees table without using LIMIT or TOP.",
    "Describe how photosynthesis converts light energy into chemical energy, including the roles of chlorophyll and ATP.",
    "Why does the sky appear blue during the day but red and orange at sunset? Use the idea of Rayleigh scattering.",
    "Draft a professional email to a supplier asking for a two-week extension on a delivery deadline, without naming anyone.",
    "Summarise the main causes of the First World War in five bullet points suitable for a school revision sheet.",
    "Give me three ideas for a short story set on a generation ship where the crew has forgotten it is a ship.",
    "What are the pros and cons of remote work for a small software company? Present them as a balanced table.",
    "Solve for x: 3x^2 - 12x + 9 = 0, and show each step.",
    "Explain how a hash map handles collisions, comparing chaining and open addressing.",
    "Role-play as a medieval blacksmith explaining to an apprentice why steel must be quenched and tempered.",
    "Write a limerick about a robot who is afraid of the dark.",
    "Extract all the dates from this text and list them in ISO format: 'The meeting moved from March 3rd, 2021 to the 15th of April, then to 2 May 2021.'",
    "Compare the economic policies of mercantilism and free trade in about 200 words.",
    "Write a bash one-liner that counts the number of unique IP addresses in an nginx access log.",
    "A train leaves a station at 60 km/h and a second train leaves the same station two hours later at 90 km/h on the same track. When does the second train catch up?",
    "What is the difference between weather and climate? Give an example that shows why the distinction matters.",
]

CLEAN_GSM8K = [
    "Marta bakes 48 cookies. She gives a quarter of them to her neighbours and eats 5. How many cookies does she have left?",
    "Tobias reads 12 pages of his book every weekday and 20 pages on each weekend day. How many pages does he read in two weeks?",
    "A farmer named Ezra has 3 fields. Each field has 14 rows of corn with 25 plants per row. How many corn plants does Ezra have?",
    "Priya buys 4 notebooks at $2.75 each and a pen for $1.40. She pays with a $20 bill. How much change does she get?",
    "Kenji runs 5 km on Monday, twice as far on Wednesday and 3 km less than Wednesday on Friday. How many kilometres does he run that week?",
    "Lola has 36 marbles. She gives one third to Benny and half of the rest to Sam. How many marbles does Lola keep?",
    "A bakery sells muffins for $3 each or 4 for $10. Dara needs 14 muffins. What is the least she can pay?",
    "Omar fills a 60-litre tank at 4 litres per minute, but it leaks 1 litre per minute. How long until the tank is full?",
    "Hana earns $18 an hour and works 7 hours a day, 5 days a week. How much does she earn in 4 weeks?",
    "There are 28 students in a class. 3/7 of them walk to school and the rest take the bus. How many take the bus?",
    "Felix collects stamps. He had 120, sold 35, then bought 2 packs of 18. How many stamps does he have now?",
    "Nia's garden is 12 m long and 7 m wide. She wants a fence around it with a 1 m gate. How many metres of fence does she need?",
    "A recipe for 6 people uses 450 g of flour. Jonas wants to cook for 10 people. How much flour does he need?",
    "Iris saves $15 a week. Her bike costs $240 and she already has $60. How many weeks until she can buy it?",
    "Mateo has twice as many cards as Leo, and Leo has 8 more than Ava. If Ava has 14 cards, how many do the three have together?",
    "A shop gives 20% off a $85 jacket, then charges 10% tax on the sale price. How much does Rosa pay?",
    "Theo drives 240 km using 18 litres of fuel. How many litres will he need for a 400 km trip at the same rate?",
    "Amir plants 5 trees each day for 9 days, but 7 of them die. How many trees are still growing?",
    "Sofia has 3 times as many red beads as blue beads. She has 64 beads in total. How many are red?",
    "Quinn's phone battery drops 12% an hour while streaming. Starting at 90%, after how many full hours is it below 20%?",
    "A school trip costs $1,260 for 35 students. Ruby's parents pay for her and her twin brother. How much do they pay?",
    "Eli buys a 2.5 kg bag of rice and cooks 150 g a day. How many full days will the bag last?",
    "Yara swims 25 lengths of a 50 m pool three times a week. How many kilometres does she swim in a 4-week month?",
    "Oscar sells lemonade at 50 cents a cup. He spent $6 on lemons and sugar and sold 31 cups. What was his profit?",
    "A bus holds 52 passengers. Mira's school needs to take 310 pupils on a trip. How many buses are needed?",
]

CLEAN_MMLU = [
    "Which of the following best describes the function of the mitochondria? A. Protein synthesis B. ATP production C. Lipid storage D. DNA replication",
    "Who led the Haitian Revolution to its decisive phase? A. Simón Bolívar B. Toussaint Louverture C. José de San Martín D. Miguel Hidalgo",
    "What is the derivative of sin(x)cos(x)? A. cos(2x) B. sin(2x) C. -sin(2x) D. cos^2(x)",
    "Which economist wrote 'The General Theory of Employment, Interest and Money'? A. Adam Smith B. Milton Friedman C. John Maynard Keynes D. Friedrich Hayek",
    "In contract law, an offer is terminated by which of the following? A. A counter-offer B. An invitation to treat C. Silence D. A request for information",
    "Which element has the highest electronegativity? A. Oxygen B. Chlorine C. Fluorine D. Nitrogen",
    "The Treaty of Westphalia (1648) is most associated with: A. The end of the Hundred Years' War B. The principle of state sovereignty C. The unification of Italy D. The founding of the United Nations",
    "Which philosopher argued that the unexamined life is not worth living? A. Aristotle B. Socrates C. Plato D. Epicurus",
    "A sample has a mean of 50 and a standard deviation of 5. What is the z-score of 62? A. 1.2 B. 2.0 C. 2.4 D. 12",
    "Which of the following is a characteristic of a monopoly? A. Many sellers B. Price taker C. Barriers to entry D. Perfect information",
    "Who painted the ceiling of the Sistine Chapel? A. Raphael B. Leonardo da Vinci C. Michelangelo D. Donatello",
    "What is the time complexity of binary search on a sorted array of n elements? A. O(n) B. O(log n) C. O(n log n) D. O(1)",
    "Which amendment to the US Constitution abolished slavery? A. First B. Tenth C. Thirteenth D. Nineteenth",
    "Which psychologist is best known for the hierarchy of needs? A. B. F. Skinner B. Abraham Maslow C. Jean Piaget D. Carl Rogers",
    "In which organelle does photosynthesis take place? A. Nucleus B. Ribosome C. Chloroplast D. Golgi apparatus",
    "Which of the following is NOT a primary colour of light? A. Red B. Green C. Blue D. Yellow",
    "The Magna Carta was sealed in which year? A. 1066 B. 1215 C. 1492 D. 1688",
    "Which scientist proposed the three laws of planetary motion? A. Galileo Galilei B. Johannes Kepler C. Tycho Brahe D. Nicolaus Copernicus",
    "A company's current ratio is current assets divided by: A. Total assets B. Current liabilities C. Equity D. Revenue",
    "Which of these is an example of a covalent bond? A. NaCl B. H2O C. KBr D. MgO",
    "Who was the first Emperor of unified China? A. Kublai Khan B. Qin Shi Huang C. Liu Bang D. Wu Zetian",
    "Which logical fallacy attacks the person rather than the argument? A. Straw man B. Ad hominem C. Slippery slope D. Red herring",
    "What is the SI unit of electrical resistance? A. Volt B. Ampere C. Ohm D. Watt",
    "Which of the following conditions is caused by a deficiency of vitamin C? A. Rickets B. Scurvy C. Beriberi D. Pellagra",
    "Which novel opens with the line 'Call me Ishmael'? A. Moby-Dick B. The Old Man and the Sea C. Treasure Island D. Robinson Crusoe",
]

CLEAN_HEALTH = [
    "I've had a dry cough for three weeks after a cold. When should I worry and see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "What are the early signs of type 2 diabetes in someone in their forties?",
    "My toddler has a fever of 38.5 and is still playing normally. Do I need to give medicine?",
    "How long should I wait after eating before going for a run?",
    "What's the difference between a migraine and a tension headache?",
    "Can stress really cause chest tightness, or should I always get it checked?",
    "I get heartburn almost every night. What changes can I make before trying medication?",
    "Is it normal to feel dizzy when standing up quickly?",
    "How much water should an adult drink in hot weather?",
    "What are the side effects of starting an SSRI, and how long do they usually last?",
    "My knee clicks when I climb stairs but doesn't hurt. Is that a problem?",
    "How can I tell if a cut is infected?",
    "Is a resting heart rate of 52 too low for someone who cycles a lot?",
    "What should I do if I miss a dose of my blood pressure tablet?",
    "Are there foods that help lower cholesterol naturally?",
    "I wake up at 4am every night and can't get back to sleep. Any tips?",
    "When is a rash serious enough to go to A&E?",
    "Can you catch the flu twice in the same winter?",
    "How do I know whether my child's earache needs antibiotics?",
    "Is it OK to exercise with a mild cold?",
    "What are the warning signs of a stroke that I should know about?",
    "How long does a sprained ankle usually take to heal, and should I use ice or heat?",
    "Do I need a tetanus booster after stepping on a rusty nail?",
    "What's a healthy amount of weight to lose per week?",
]

NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "4851062737": nhs_ok,
    "721 058 3947": nhs_ok,
    "620 418 3958": nhs_ok,
    "326 184 758": tfn_ok,  # Australian tax file number
    "318.629.475-46": cpf_ok,  # Brazilian CPF
    "207.451.836-62": cpf_ok,
    "182736453": bsn_ok,  # Dutch BSN
    "57194028365": steuer_id_ok,  # German tax id
    "240791-318V": hetu_ok,  # Finnish henkilötunnus
    "5823 4917 0626": aadhaar_ok,  # Indian Aadhaar
    "369041728514": aadhaar_ok,
    "2900312405828": cnp_ok,  # Romanian CNP
    "900214-3817": luhn_len(10),  # Swedish personnummer
    "12058947375": fodselsnummer_ok,  # Norwegian fødselsnummer
    "T0318472I": nric_ok,  # Singapore NRIC
    "7392 0518 4622": my_number_ok,  # Japanese My Number
    "3728194C": pps_ok,  # Irish PPS number
    "110108198706234510": china_id_ok,  # Chinese resident identity number
    "CNTMRC75T08F839B": codice_fiscale_ok,  # Italian codice fiscale
    "9105235081088": luhn_len(13),  # South African id
    "285067512041771": nir_ok,  # French NIR
    "53871946N": dni_ok,  # Spanish DNI
    "Y4172839D": dni_ok,  # Spanish NIE
    "925814/6271": rodne_cislo_ok,  # Czech rodné číslo
    "880417-2263919": rrn_ok,  # Korean resident registration number
    "12078903411": luhn_len(11),  # Greek AMKA
    "4271 83698 1": medicare_ok,  # Australian Medicare
    "3182749560": rnokpp_ok,  # Ukrainian RNOKPP
    "92071503818": pesel_ok,  # Polish PESEL
    "318294667": luhn_len(9),  # Israeli teudat zehut
    "28471590332": kimlik_ok,  # Turkish kimlik
    "237184656": nif_ok,  # Portuguese NIF
    "412 907 537": luhn_len(9),  # Canadian SIN
    "ZKL4823": nhi_ok,  # New Zealand NHI
    "14.826.397-3": rut_ok,  # Chilean RUT
    "85.03.14-229.90": belgian_id_ok,  # Belgian national number
    "040791-2809": kennitala_ok,  # Icelandic kennitala
    "49208172748": isikukood_ok,  # Estonian isikukood
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"\+44 ?7700 ?900 ?\d{3}",
        r"020 ?7946 ?0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}[-.]555[-.]01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 ?570 ?\d{3}",  # Australian fictional mobiles
        r"\(0[2378]\) 5550 \d{4}",  # Australian fictional landlines
        r"06 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"01 99 00 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"080\d{8}",  # Nigeria mobile, no separators
        r"\+(7|27|30|34|48|51|52|62|64|84|86|90|91|92|98|221|233|234|254|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and carry secrets; each record holds one invented
    person (one name, said once or more) and one to four other values."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(names) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(f"record: {len(names)} names, {len(others)} values in {marked[:60]!r}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT + RECORDS).lower()
    for word in ("policy", "employee", "patient", "account", "customer", "member", "booking"):
        if word not in plain:
            raise SystemExit(f"no {word} number")


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
        "blind82", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
