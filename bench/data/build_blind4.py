# ruff: noqa: E501
"""Fourth blind privacy set, written without looking at the detector, its tests or its docs.

Texts carry inline ``[[TYPE|value]]`` marks (see marks.py); this script strips them, computes
offsets, checks the sets and writes:

- chat_pii_blind4.jsonl: 300 requests with personal data (ids blind4-pii-0001..., source
  invented-chat-blind4): ~100 everyday chats about private people (about 30 fully lower case),
  ~60 formal or incident-report sentences (about 10 lower case), ~80 pasted material (emails,
  chat logs, CSV/JSON/YAML, logs, SQL, code, forms) and ~60 secrets and accounts.
- chat_clean_blind4.jsonl: 150 clean requests (ids blind4-clean-0001..., source
  invented-clean-blind4): ~75 everyday requests and ~75 that a naive detector might flag
  (public, historical and fictional people, eponyms, brands, places, UUIDs, versions, totals).

Ids follow the sections in order: pii 0001-0100 chat, 0101-0160 formal, 0161-0240 pasted,
0241-0300 secrets; clean 0001-0075 everyday, 0076-0150 the tricky ones.

Every value is invented: phones come from fictional ranges (UK 07700 900xxx and Ofcom drama
numbers, US 555-01xx, AU 0491 570 xxx) or are plainly made up; cards are Luhn-valid test-like
numbers; IBANs pass mod 97; IPs are documentation or private ranges.

Run: .venv/bin/python bench/data/build_blind4.py
"""

from __future__ import annotations

import ipaddress
import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import TYPES, Span, iban_ok, luhn_ok, record, strip_marks, write

HERE = Path(__file__).resolve().parent
PII_OUT = HERE / "chat_pii_blind4.jsonl"
CLEAN_OUT = HERE / "chat_clean_blind4.jsonl"

# ~100 everyday chats about private people; about 30 typed entirely in lower case.
CHAT: list[str] = [
    "Can you help me write a birthday message for my sister [[PERSON|Amara Okafor]]? She's turning 30 and loves hiking.",
    "my neighbour [[PERSON|dev]] keeps parking across my driveway. how do i politely ask him to stop without starting a feud?",
    "Translate to Spanish: 'Hi [[PERSON|Lucía]], this is [[PERSON|Tomás Berrío]], we met at the conference, are you free Thursday?'",
    "I need to split the rent fairly: [[PERSON|Hope]] has the big room, [[PERSON|Kwame]] the small one and I'm in the middle one. Total is £1,950. Suggest a formula?",
    "what should i get nana [[PERSON|bea]] for mother's day, she's 84 and has literally everything",
    "Rewrite this so it sounds less angry: '[[PERSON|Will]], I asked you three times to send the slides and I still don't have them.'",
    "My coworker [[PERSON|Summer Nakashima]] is leaving next week. Write a short, warm farewell card from the whole team.",
    "hey can u remind me what to say to [[PERSON|jamal]] about the car? he wants 2k for it but the mileage is crazy high",
    "Draft a text to my landlord, Mr. [[PERSON|Papadopoulos]], saying the boiler broke again and I'd like it fixed before the weekend. My number is [[PHONE_NUMBER|07700 900461]] if he'd rather call.",
    "I'm planning a surprise for [[PERSON|Ngozi]] and [[PERSON|Femi Adeyemi]]'s 10th anniversary. Ideas for under $200 in Chicago?",
    "ok so [[PERSON|brooke]] said she'd pick up the kids at 3 but then texted she's stuck at work. write me a msg to my ex [[PERSON|darren]] asking if he can get them instead",
    "Is it weird to invite my old professor, Dr. [[PERSON|Ilse Vandermeer]], to my wedding? We've kept in touch for years.",
    "Can you make a workout plan for me and my gym buddy [[PERSON|Rocky]]? He's 52, has a bad knee and wants to lose 10 kg.",
    "my daughter [[PERSON|mei-lin]] is being bullied by a kid called [[PERSON|tyler brandt]] in her class. how do i bring this up with the school?",
    "Help me reply to [[PERSON|Sunita Raghunathan]]: she asked if I could cover her shift on the 14th but I have a dentist appointment.",
    "Write a limerick about my friend [[PERSON|Gus]] who always forgets his keys.",
    "How do I tell my roommate [[PERSON|Frank]] to be frank with me about the bills? Every month he says he'll pay later.",
    "my grandpa [[PERSON|stanisław wójcik]] came over from kraków in 1962, how can i find his immigration records?",
    "Give me a toast for my best man speech. Groom is [[PERSON|Declan Murphy]], bride is [[PERSON|Aoife]], they met at a pub quiz in Galway.",
    "Can you check my grammar? 'Me and [[PERSON|Rashida]] went to the market and bought too many mangoes.'",
    "i keep getting texts from someone who says he's [[PERSON|kevin doyle]] from [[PHONE_NUMBER|312-555-0134]]. is this a scam? he says i won a cruise",
    "Suggest a name for the bakery my aunt [[PERSON|Marisol Quintero]] wants to open in her hometown.",
    "my boss [[PERSON|ingrid]] wants the report by friday but [[PERSON|olu]] hasn't sent his numbers. how do i push him without being rude",
    "Write a short poem for [[PERSON|Grace]]'s retirement. She was our school nurse for 31 years.",
    "Should I lend money to my cousin [[PERSON|Bao]] again? He still owes me $800 from last year.",
    "Help me plan a 3-day trip to Lisbon with [[PERSON|Joaquim]] and [[PERSON|Renata Souza]]; we like food and old trams.",
    "can you write a thank you text to auntie [[PERSON|faye]] for the quilt she made for the baby",
    "My son's teacher, Ms. [[PERSON|Hollingsworth]], says he's struggling with fractions. How can I help at home?",
    "Translate into French: '[[PERSON|Pierre-Yves]], I'll send you the photos tonight. Love, [[PERSON|Maëlle]]'",
    "i think my flatmate [[PERSON|chidi]] is eating my food lol. how do i bring it up",
    "Make a chore chart for [[PERSON|Lily]], [[PERSON|Noah]] and [[PERSON|Ezra]], ages 7, 9 and 12.",
    "What do I write in a sympathy card for my colleague [[PERSON|Tariq Al-Masri]] whose father just passed away?",
    "[[PERSON|Dawn]] from accounts keeps cc'ing my boss on everything I send. How do I handle it?",
    "rewrite this dating profile bio for my friend [[PERSON|marcus]], he's shy: likes bouldering, bad puns and his cat biscuit",
    "I'm [[PERSON|Yuki Tanabe]] and I need a cover letter for a junior data analyst job at a logistics firm. I studied economics.",
    "Can you help me word an apology to [[PERSON|Bongani]]? I completely forgot his birthday party.",
    "my mum [[PERSON|rosemary]] just got diagnosed with type 2 diabetes, what are some easy dinners she can make",
    "What's a polite way to tell [[PERSON|Hunter]] that his band is too loud at 2am? He lives upstairs.",
    "Write a short bedtime story starring my twins, [[PERSON|Ayaan]] and [[PERSON|Zara]], who love dinosaurs.",
    "my ex [[PERSON|jordan whitfield]] still has my passport, can i report it or do i need a police thing first",
    "Please proofread: 'Dear [[PERSON|Fatima]], thank you for hosting us. The tagine was incredible. Love, [[PERSON|Hélène]] and [[PERSON|Jasper]]'",
    "Who should I pick as maid of honour, [[PERSON|Priyanka]] (friend since we were 5) or my sister [[PERSON|Anjali]]? Pros and cons please.",
    "my buddy [[PERSON|tank]] (real name [[PERSON|terrence oduya]]) is moving to denver, best way to ship a motorcycle?",
    "Write a LinkedIn recommendation for [[PERSON|Oksana Melnyk]], who was my team lead for 3 years at a fintech startup.",
    "How do I get my brother-in-law [[PERSON|Sven]] to stop giving my kids sugar before bed?",
    "Can you summarise this for me? My landlady [[PERSON|Carmel Fitzgerald]] says the rent goes up 8% in March unless we sign a 2-year lease.",
    "birthday ideas for my gf [[PERSON|joy]], she's into pottery and true crime podcasts",
    "I'm meeting [[PERSON|Ravi]]'s parents for the first time on Sunday. They're from Chennai. Any etiquette tips?",
    "Send-off email for our intern [[PERSON|Chloé Marchand]], she's going back to uni in Lyon. Keep it light.",
    "i need to tell my coach [[PERSON|big mike]] i'm quitting the team, help me say it nice",
    "How can I support my friend [[PERSON|Shira]] through her divorce without taking sides?",
    "Write a rhyme for [[PERSON|Penny]]'s 5th birthday cake.",
    "My coworker [[PERSON|Mohammed Rahimi]] asked me to mentor him on SQL. Where should we start?",
    "my landlord [[PERSON|gary]] wont return my deposit, hes saying the carpet was damaged but it was like that when i moved in. what are my rights in ontario",
    "Give me three ways to say 'thank you for the lift' to [[PERSON|Ama]] in Twi.",
    "Can you help me draft a note to Father [[PERSON|Colm Brennan]] asking if the parish hall is free on the 22nd for a christening?",
    "My kid's friend [[PERSON|Bodhi]] has a nut allergy and he's coming for a sleepover. Safe snack ideas?",
    "we're naming the baby after my great-grandma [[PERSON|ottilie]], is that too old fashioned? what nicknames could work",
    "Could you write a short speech for [[PERSON|Giuseppe Ferraro]]'s 70th? He ran the corner deli for 40 years and everyone calls him [[PERSON|Peppe]].",
    "I accidentally sent [[PERSON|Kofi]] a message that was meant for [[PERSON|Nadia]]. How do I recover from this gracefully?",
    "how do i tell [[PERSON|becca]] i can't be her bridesmaid, money is super tight this year",
    "Please write a reference letter for our former nanny, [[PERSON|Evangeline Costa]]. She cared for my two boys from 2019 to 2023.",
    "My neighbour [[PERSON|Lam Siu-fung]] offered to water my plants while I'm away. What's a good thank-you gift?",
    "[[PERSON|Miles]] and I are driving 400 miles to see his mum. What podcasts are good for a long road trip?",
    "my stepdad [[PERSON|ron]] keeps calling my mom stupid in front of us. is this something i should tell a school counselor about",
    "Help me write a reminder text to [[PERSON|Dmitri]] that he owes the group £45 for the cabin.",
    "I'm [[PERSON|Nkechi]], 24, first job out of uni. How do I ask for a raise after one year?",
    "Make a seating chart for 8 at a round table: me, [[PERSON|Alba]], [[PERSON|Cormac]], [[PERSON|Inès]], [[PERSON|Jun]], [[PERSON|Kalani]], [[PERSON|Magnus]] and [[PERSON|Sadia]]. [[PERSON|Alba]] and [[PERSON|Cormac]] are exes, keep them apart.",
    "can you help me write a eulogy for my grandad [[PERSON|alf]], he was a miner and loved pigeons and brass bands",
    "What should I say to [[PERSON|Precious]] after she didn't get the scholarship?",
    "My coach [[PERSON|Bettina Kraus]] wants me to do 5x5 squats three times a week. Is that too much for a beginner?",
    "hi i'm [[PERSON|luis fernando ortega]], my wife and i want to adopt a dog but our apartment is small, which breeds are ok",
    "Write an out-of-office saying [[PERSON|Ivy Templeton]] is covering for me until the 9th; she's on [[PHONE_NUMBER|+44 20 7946 0321]].",
    "my little brother [[PERSON|buddy]] (his real name is [[PERSON|bartholomew]] lol) wants a ps5. how do i teach him to save up",
    "Ideas for a name for our running club? The founders are [[PERSON|Dele]], [[PERSON|Astrid Solberg]] and [[PERSON|Paddy]].",
    "I'm writing a thank-you note to the nurse on ward 7, [[PERSON|Akosua Mensah]], who looked after my dad for two weeks.",
    "my friend [[PERSON|sage]] is vegan and coming to thanksgiving, what can i make that everyone will eat",
    "Write a haiku for [[PERSON|Haruto]], our exchange student who goes home tomorrow.",
    "Is it rude that [[PERSON|Colette]] RSVP'd for four when the invitation only said her and her husband?",
    "how do i explain to my 6 year old that grandma [[PERSON|pearl]] is in hospital",
    "Could you rewrite my message to [[PERSON|Rustam Nazarov]] so it's clear I need the invoice by Friday? Right now it's too vague.",
    "Advice please: [[PERSON|Xiomara]] wants us to move in together after four months. I'm unsure.",
    "my manager [[PERSON|deb]] told me to 'take ownership' of the migration, what does that even mean in practice",
    "Write a cheerful welcome message for our new neighbour [[PERSON|Abebe Tesfaye]] and his family, who just moved in at number 12.",
    "[[PERSON|Piotr]] at the garage quoted me £640 for brake pads and discs on a 2015 Golf. Is that reasonable?",
    "i want to reconnect with my old college roommate [[PERSON|kendra lyle]], we haven't talked in 9 years. what do i even say",
    "My father-in-law [[PERSON|Hamish]] is coming to stay for a month. How do I keep the peace?",
    "Pick a name for our fantasy football league. Members: me, [[PERSON|Tavita]], [[PERSON|Chase]], [[PERSON|Ibrahim]] and [[PERSON|Lorenzo]].",
    "can u help me write a card for miss [[PERSON|varsha patel]], she was my son's year 2 teacher and she's leaving",
    "Make me a packing list for camping with [[PERSON|Brody]] and [[PERSON|Kaia]] in the Lake District in April.",
    "My bandmate [[PERSON|Fergus Lowry]] quit right before our gig. Can you write a post announcing we're looking for a bassist?",
    "my aunt [[PERSON|lourdes]] sends me chain messages every day, how do i ask her to stop without hurting her",
    "How should I respond? [[PERSON|Anneliese]] messaged: 'Hey, are we still on for Saturday or did you forget again?'",
    "Write a two-line note for [[PERSON|Sandeep]]'s leaving card from the warehouse team.",
    "Can you suggest how to apologise to my neighbour Mrs. [[PERSON|Okonkwo-Hale]]? My dog dug up her tulips.",
    "ok weird q but my cousin [[PERSON|dusty]] says you can cook a steak on a car engine, true?",
    "My stylist [[PERSON|Marguerite Blanc]] is moving salons. Should I follow her or stay put?",
    "i'm trying to write a song for my girlfriend [[PERSON|ximena]] for our anniversary, can you rhyme something with her name",
    "Could you make a budget for me and [[PERSON|Tomasz]]? We earn £2,800 and £2,300 a month after tax.",
    "hey so [[PERSON|ruby]] and [[PERSON|taj]] are fighting again in our group chat, how do i stay out of it",
]

# ~60 formal or incident-report sentences; about 10 typed entirely in lower case.
FORMAL: list[str] = [
    "The claims adjuster reviewed the file of [[PERSON|Margarethe Lindqvist]], policy number [[ID_NUMBER|HX-448210-77]], living at [[STREET_ADDRESS|Storgatan 14, 114 55 Stockholm]], and approved the water-damage payout.",
    "Incident report #4471: during the night shift, nurse [[PERSON|Obinna Chukwu]] noted that patient [[PERSON|Harriet Pembrose]] (MRN [[ID_NUMBER|00738412]]) was given the wrong dose. Next of kin, [[PERSON|Clive Pembrose]], was informed at [[PHONE_NUMBER|07700 900218]].",
    "HR note: employee [[PERSON|Dariusz Kowalczyk]], staff ID [[ID_NUMBER|EMP-20931]], has requested parental leave from 1 June. Payroll should use his updated account [[IBAN_CODE|PL08 8845 5205 0955 3247 8021 7460]].",
    "please update the customer record for [[PERSON|beatriz almeida]], account [[ID_NUMBER|4471-220-93]], new address [[STREET_ADDRESS|rua das flores 88, 3º esq, 1200-195 lisboa]], phone [[PHONE_NUMBER|+351 912 345 678]].",
    "Ship the replacement device to:\n[[PERSON|Kenji Morimoto]]\n[[STREET_ADDRESS|3-14-2 Higashi-Azabu\nMinato-ku, Tokyo 106-0044]]\nJapan\nTel: [[PHONE_NUMBER|+81 3-5555-0192]]\nOrder ref 88120-A",
    "The bank flagged a transfer from [[PERSON|Rosalind Achterberg]] (customer no. [[ID_NUMBER|NL-5530917]]) to [[IBAN_CODE|NL62 ABNA 3860 3978 78]] as unusual and froze the account pending review.",
    "During the audit, IT found that user [[ID_NUMBER|jmcallister]] ([[PERSON|Jonah McAllister]]) had logged in from [[IP_ADDRESS|203.0.113.57]] at 03:12 using an expired token.",
    "Patient: [[PERSON|Aurelio Benedetti]]\nDOB: 14/03/1958\nNHS number: [[ID_NUMBER|485 777 3456]]\nGP: Dr. [[PERSON|Felicity Warburton]]\nAddress: [[STREET_ADDRESS|27 Cavendish Row, Bath BA1 2QF]]",
    "the tenant, mr [[PERSON|ifeanyi okwuosa]], of [[STREET_ADDRESS|flat 3, 41 kingsland road, london e2 8aa]], has been in arrears since february; his tenancy reference is [[ID_NUMBER|tr-55821]].",
    "Case 2023/118: the applicant, [[PERSON|Solveig Haraldsen]], passport no. [[ID_NUMBER|NO4471930]], resides at [[STREET_ADDRESS|Thorvald Meyers gate 52, 0555 Oslo]] and may be reached at [[PHONE_NUMBER|+47 900 00 123]].",
    "Fraud alert: card [[CREDIT_CARD|4716 6823 6279 2337]] issued to [[PERSON|Wendell Harrow]] was used at three fuel stations in Nevada within an hour. Customer contacted at [[PHONE_NUMBER|(775) 555-0166]].",
    "The loan officer verified the identity of [[PERSON|Guadalupe Esparza]], SSN [[US_SSN|529-41-6638]], and of her co-signer [[PERSON|Ramiro Esparza]] before releasing the funds.",
    "Student [[PERSON|Thandiwe Nkosi]], student number [[ID_NUMBER|219847735]], has appealed the grade for module ECO2003; her tutor, Prof. [[PERSON|Adrian Welby]], supports the appeal.",
    "Shipping label:\n[[PERSON|Ruairí Ó Briain]]\n[[STREET_ADDRESS|Apt 6, Harbour View\n12 Quay Street\nGalway H91 X2T7]]\nIreland",
    "Employee [[PERSON|Chen Jiahui]] reported that her laptop (asset TAG-00981) was stolen from her car outside [[STREET_ADDRESS|1180 Alder Creek Drive, Sunnyvale, CA 94087]]; her VPN login [[ID_NUMBER|cjiahui]] has been disabled.",
    "the insured, [[PERSON|priscilla vantongeren]], policy [[ID_NUMBER|ax-20-118734]], reported hail damage to the roof at [[STREET_ADDRESS|9 meadowbank close, harrogate hg2 7lp]] on 3 may.",
    "Following the complaint, the store manager, [[PERSON|Lionel Beaumont]], reviewed the CCTV and confirmed that customer [[PERSON|Zainab Haidari]] had been overcharged. Refund issued to card [[CREDIT_CARD|5564 6914 7156 7142]].",
    "Notice of assessment for [[PERSON|Johannes Riedl]], Steuer-ID [[ID_NUMBER|48036952129]], [[STREET_ADDRESS|Lindwurmstraße 71, 80337 München]]. Amount due: €1,284.50.",
    "Visitor log: [[PERSON|Anika Sørensen]] signed in at 09:40 to see [[PERSON|Rahul Mehta]] in Finance; temporary badge issued and returned at 11:15.",
    "A police report was filed by [[PERSON|Delphine Okoro-Lang]] of [[STREET_ADDRESS|58 Rue de la Roquette, 75011 Paris]], stating that her bicycle was taken from the courtyard; report ref [[ID_NUMBER|PV-2024-0031877]].",
    "the claimant, [[PERSON|edwin marsh]], national insurance number [[ID_NUMBER|qq 58 20 91 d]], was paid jobseeker's allowance in error between march and july.",
    "On behalf of our client, Mrs. [[PERSON|Anastasia Volkova]] (DOB 02/11/1971), we request all records held under customer number [[ID_NUMBER|CU0038812]] under Article 15 GDPR. Please send correspondence to [[STREET_ADDRESS|Kastanienallee 9, 10435 Berlin]].",
    "Maintenance ticket 5521: tenant [[PERSON|Hye-jin Park]] in unit 4B at [[STREET_ADDRESS|300 Lakeshore Blvd W, Toronto, ON M5V 1A5]] reports no hot water; call [[PHONE_NUMBER|416-555-0177]] before entering.",
    "Driver [[PERSON|Cathal Donnelly]], licence number [[ID_NUMBER|DONNE711209C9AB]], was cited for speeding on the M50; the fine reference is in the attached letter.",
    "The pharmacy dispensed 28 tablets of sertraline 50 mg to [[PERSON|Lorna Gilchrist]], CHI [[ID_NUMBER|1507864421]], on a prescription from Dr. [[PERSON|Imran Qureshi]].",
    "Background check summary: candidate [[PERSON|Tobias Engström]], personnel number [[ID_NUMBER|P-77310]], no adverse findings; references from [[PERSON|Greta Lundgren]] and [[PERSON|Ola Bergqvist]] verified.",
    "according to the intake form, [[PERSON|maría josé caballero]] lives at [[STREET_ADDRESS|calle de alcalá 212, 4ºb, 28028 madrid]] with her two children and can be reached on [[PHONE_NUMBER|600 000 418]].",
    "Escalation: the customer, [[PERSON|Barnaby Ellwood]], says his account [[ID_NUMBER|ACC-009213388]] was charged twice; he has asked for a callback on [[PHONE_NUMBER|+44 7700 900754]] after 5pm.",
    "The hotel reservation for [[PERSON|Kwabena Asante]] (loyalty no. [[ID_NUMBER|GLD 88 412 006]]) was cancelled by the system after the card [[CREDIT_CARD|3782 822463 10005]] was declined.",
    "IT incident 22-0815: a phishing email was opened by [[PERSON|Roisin Kearney]]; her credentials for user [[ID_NUMBER|rkearney02]] were entered on a fake portal hosted at [[IP_ADDRESS|198.51.100.23]]. Password reset forced.",
    "Return address:\n[[PERSON|Delores Whitaker]]\n[[STREET_ADDRESS|4417 Birchwood Lane\nApt 2C\nColumbus, OH 43214]]",
    "the school nurse recorded that [[PERSON|kai hoffmann-reyes]] (year 4) had an asthma attack at lunch; his mother, [[PERSON|inga hoffmann]], was called at [[PHONE_NUMBER|0151 496 0552]].",
    "Under the lease dated 4 April, the guarantor [[PERSON|Percival Odhiambo]], holding Kenyan national ID [[ID_NUMBER|28710394]], undertakes liability for the rent at [[STREET_ADDRESS|Plot 112, Ngong Road, Nairobi 00100]].",
    "Complaint received from [[PERSON|Mehmet Yıldırım]] regarding a delayed pension payment; his pension reference is [[ID_NUMBER|PR/558/10293]] and he prefers correspondence in Turkish.",
    "Vet clinic record: owner [[PERSON|Callum Fraser]], [[STREET_ADDRESS|14 Glebe Street, Falkirk FK1 1HX]], mobile [[PHONE_NUMBER|07700 900873]]; dog 'Bramble' vaccinated against leptospirosis.",
    "Account takeover suspected: customer [[PERSON|Yasmin Farouk]] reports that the email [[EMAIL_ADDRESS|yasmin.farouk84@mailbox.example]] and the phone number on her profile were changed without her consent.",
    "The hearing was adjourned because the respondent, [[PERSON|Gideon Ashworth]], was ill, as his solicitor [[PERSON|Philippa Crane]] confirmed. The next date will be sent to [[STREET_ADDRESS|16 Wharf Lane, Ipswich IP4 1BQ]].",
    "the bank confirms that [[PERSON|nikolai petrenko]] holds account [[IBAN_CODE|de51 3030 4859 6915 9337 52]] and that no direct debits were set up in his name.",
    "Welfare check requested for [[PERSON|Agnes Muthoni]], 79, of [[STREET_ADDRESS|Block C, Flat 9, Riverside Estate, Mombasa Road, Nairobi]] after neighbours reported not seeing her for three days.",
    "Onboarding checklist for [[PERSON|Luca Bianchi]]: laptop issued, badge [[ID_NUMBER|B-44190]], Slack handle @[[ID_NUMBER|luca.bianchi]], payroll IBAN [[IBAN_CODE|IT49 X813 6896 7923 8449 5716 645]].",
    "Refund authorised for passenger [[PERSON|Akua Boateng]], booking ref [[ID_NUMBER|QX7LMP]], frequent flyer number [[ID_NUMBER|BA 33018842]], following the cancelled flight to Accra.",
    "incident: at 14:02 the user [[ID_NUMBER|t.ngata]] ([[PERSON|tama ngata]]) downloaded 4,000 customer rows from the crm to a personal device; source ip [[IP_ADDRESS|10.24.8.113]].",
    "Mortgage application: primary applicant [[PERSON|Sebastián Ruiz Calderón]], RUT [[ID_NUMBER|14.882.301-6]], secondary applicant [[PERSON|Camila Ortiz]], property at [[STREET_ADDRESS|Avenida Providencia 1650, Depto 804, Providencia, Santiago]].",
    "The surgery has recorded a change of address for [[PERSON|Ffion Pritchard]], NHS no. [[ID_NUMBER|601 228 4957]]: new address [[STREET_ADDRESS|2 Heol y Coed, Cardiff CF14 6HN]], telephone [[PHONE_NUMBER|029 2018 0467]].",
    "Subject: Data breach notification. The affected records include [[PERSON|Ulrich Brandstätter]] ([[EMAIL_ADDRESS|u.brandstaetter@post.example.at]]) and [[PERSON|Zsófia Kertész]] ([[EMAIL_ADDRESS|zs.kertesz@freemail.example.hu]]).",
    "the courier attempted delivery to [[PERSON|hamid rezaei]] at [[STREET_ADDRESS|unit 5, 220 parramatta road, camperdown nsw 2050]] twice; contact number on file [[PHONE_NUMBER|0491 570 156]].",
    "Claims adjuster's note: vehicle owner [[PERSON|Desmond Achebe]], licence [[ID_NUMBER|D3127-44810-55902]], policy [[ID_NUMBER|AUT-0098127]], was rear-ended at the junction of Elm and 5th; the third party, [[PERSON|Gloria Pennington]], admitted fault.",
    "Per the sign-in sheet, [[PERSON|Wiremu Tane]] and [[PERSON|Leilani Kahale]] attended the first-aid course on 12 March; certificates will be posted to their home addresses on file.",
    "Payment instruction: please pay invoice 2291 to [[PERSON|Elodie Vasseur]], IBAN [[IBAN_CODE|FR62 1751 2000 4501 3847 2256 194]], reference 'consulting March'.",
    "the parole officer notes that [[PERSON|travis gaines]] has moved to [[STREET_ADDRESS|1022 e. magnolia st, apt 3, tampa, fl 33604]] and his new number is [[PHONE_NUMBER|813-555-0129]].",
    "Reference check: [[PERSON|Nomvula Dlamini]] worked for us as a bookkeeper from 2018 to 2022, and her ID number [[ID_NUMBER|8507120394085]] matches our records.",
    "Section 3 - Applicant\nSurname: [[PERSON|ABERNATHY]]\nGiven names: [[PERSON|CORDELIA JANE]]\nPrevious passport no.: [[ID_NUMBER|533810276]]\nAddress: [[STREET_ADDRESS|7 Larkspur Mews, Norwich NR2 3DE]]",
    "The library records an overdue fine for member [[PERSON|Augustin Mbeki-Laurent]], library card [[ID_NUMBER|LIB-0044-7781]]; notices sent to [[EMAIL_ADDRESS|augustin.ml@inbox.example.org]] have bounced.",
    "Security log review: the admin account of [[PERSON|Serena Castellano]] ([[ID_NUMBER|scastellano-adm]]) was accessed from [[IP_ADDRESS|2001:db8:4f2a::17]] outside business hours.",
    "the discharge summary for [[PERSON|gwendolyn price]], hospital number [[ID_NUMBER|rh0558123]], lists her daughter [[PERSON|tamsin price]] as carer, phone [[PHONE_NUMBER|0117 496 0831]].",
    "Customer [[PERSON|Ikaika Nakamura]] disputes a charge on card [[CREDIT_CARD|6011 5889 5762 5690]]; billing address [[STREET_ADDRESS|45-120 Kamehameha Hwy, Kaneohe, HI 96744]].",
    "The warranty claim lists [[PERSON|Dorottya Nagy]], [[STREET_ADDRESS|Andrássy út 41, 1061 Budapest]], phone [[PHONE_NUMBER|+36 30 555 0142]], for a dishwasher bought in 2022.",
    "Memo: [[PERSON|Ashok Venkataraman]] (PAN [[ID_NUMBER|BKTPV4471Q]]) will be the authorised signatory for the branch account from 1 April.",
    "In the accident report, witness [[PERSON|Marta Gonçalves]] stated she saw the van mount the kerb; her statement was taken by PC [[PERSON|Harvey Stroud]] at the scene.",
    "Membership renewal failed for [[PERSON|Eberhard Kuhn]]: the direct debit from [[IBAN_CODE|AT10 0127 3337 6991 6868]] was returned; member no. [[ID_NUMBER|M-118420]].",
]

# ~80 pasted material: emails, chat logs, CSV/JSON/YAML, logs, SQL, code, forms.
PASTED: list[str] = [
    "Can you make this email more concise?\n\nHi [[PERSON|Bronwyn]],\n\nJust following up on the quote for the garden wall. We'd like to go ahead but need it done before the 20th as we have family visiting. Let me know if that's doable.\n\nThanks,\n[[PERSON|Leopold Ashcombe]]\n[[PHONE_NUMBER|07700 900332]]\n[[STREET_ADDRESS|12 Orchard Way, Stroud GL5 3RJ]]",
    "Summarise this chat:\n[09:14] [[PERSON|Lyudmila Sokolova]]: did anyone fix the staging build?\n[09:15] [[PERSON|Ben Oyelaran]]: not yet, [[PERSON|Rhys]] is on it\n[09:21] [[PERSON|Rhys Pughe]]: fixed, it was the env var\n[09:22] [[PERSON|Lyudmila Sokolova]]: legend",
    "Find duplicates in this CSV:\nname,email,phone\n[[PERSON|Arjun Malhotra]],[[EMAIL_ADDRESS|arjun.m@example.com]],[[PHONE_NUMBER|+1 415 555 0109]]\n[[PERSON|Bridget O'Leary]],[[EMAIL_ADDRESS|bridget.oleary@example.com]],[[PHONE_NUMBER|+1 415 555 0148]]\n[[PERSON|Arjun Malhotra]],[[EMAIL_ADDRESS|arjun.malhotra@example.com]],[[PHONE_NUMBER|+1 415 555 0109]]",
    'Why does this JSON fail to parse?\n{\n  "customer": "[[PERSON|Henrietta Vance]]",\n  "email": "[[EMAIL_ADDRESS|hvance@example.net]]",\n  "card": "[[CREDIT_CARD|4111 1111 1111 1111]]",\n  "expires": "09/27",\n}',
    "Is this docker-compose OK?\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: [[ID_NUMBER|hvoss]]\n      POSTGRES_PASSWORD: [[PASSWORD|Tr0ub4dor-Lemon-88]]\n  api:\n    build: .\n    environment:\n      STRIPE_KEY: [[API_KEY|sk_live_COX6Jhw7Hd11XzWL8MHpoKEz]]",
    "What does this error mean?\n2024-05-02T11:04:55Z WARN auth: failed login for user=[[ID_NUMBER|imelda.castro]] ip=[[IP_ADDRESS|203.0.113.88]] attempts=5\n2024-05-02T11:05:01Z INFO auth: account locked user=[[ID_NUMBER|imelda.castro]]",
    "Optimise this query:\nSELECT * FROM patients WHERE last_name = '[[PERSON|Szczepańska]]' AND dob = '1969-07-21';\nINSERT INTO notes (patient_id, note) VALUES ([[ID_NUMBER|88213]], 'called [[PERSON|Wanda]] re: results');",
    'Refactor this test fixture:\n```python\nUSERS = [\n    {"name": "[[PERSON|Olamide Bankole]]", "email": "[[EMAIL_ADDRESS|olamide.bankole@gmail.com]]", "pin": "[[PASSWORD|4471]]"},\n    {"name": "[[PERSON|Siobhan Carty]]", "email": "[[EMAIL_ADDRESS|scarty1990@yahoo.co.uk]]", "pin": "[[PASSWORD|0932]]"},\n]\n```',
    "Please check this form for mistakes:\nFull name: [[PERSON|Maximilian Osei-Bonsu]]\nDate of birth: 30/02/1990\nEmail: [[EMAIL_ADDRESS|max.oseibonsu@outlook.example]]\nMobile: [[PHONE_NUMBER|07700 900915]]\nAddress: [[STREET_ADDRESS|Flat 12, Wren Court, 88 Holloway Road, London N7 8JG]]",
    "Translate this email into German:\n\nDear Mr. [[PERSON|Haldane]],\n\nThank you for your order. Your items will ship on Monday.\n\nKind regards,\n[[PERSON|Perpetua Ndlovu]]\nCustomer Care\nDirect: [[PHONE_NUMBER|+27 21 555 0138]]\n[[EMAIL_ADDRESS|perpetua.ndlovu@shopwise.example]]",
    "What's the tone of this conversation?\n12/03/24, 21:02 - [[PERSON|Tiago]]: u still coming tmrw?\n12/03/24, 21:05 - [[PERSON|Saoirse]]: idk, depends if [[PERSON|Conall]] can drive\n12/03/24, 21:06 - [[PERSON|Tiago]]: i can pick u up, send me ur address again\n12/03/24, 21:09 - [[PERSON|Saoirse]]: [[STREET_ADDRESS|27 Ballymun Rd, Dublin 9]]",
    "Explain what changed here:\ncommit 9f2c4e1\nAuthor: [[PERSON|Hiroshi Kawabata]] <[[EMAIL_ADDRESS|hkawabata@dev.example.jp]]>\nDate:   Tue Apr 9 10:22:13 2024 +0900\n\n    fix race in session cleanup",
    "Which of these env vars are unused?\nDATABASE_URL=postgres://[[ID_NUMBER|mfairweather]]:[[PASSWORD|p4ssW0rd!2024]]@db.internal:5432/app\nSENDGRID_API_KEY=[[API_KEY|SG.77EgNB6bfbdUwFDrzIe3mG]]\nADMIN_EMAIL=[[EMAIL_ADDRESS|lars.eriksen@company.example]]\nDEBUG=false",
    'Who is hammering my server?\n[[IP_ADDRESS|198.51.100.77]] - - [10/May/2024:13:55:36 +0000] "GET /wp-login.php HTTP/1.1" 404 162\n[[IP_ADDRESS|198.51.100.77]] - - [10/May/2024:13:55:37 +0000] "POST /xmlrpc.php HTTP/1.1" 404 162\n[[IP_ADDRESS|192.0.2.145]] - [[ID_NUMBER|kbauer]] [10/May/2024:13:56:02 +0000] "GET /admin HTTP/1.1" 200 5120',
    "Turn these notes into action items:\n- [[PERSON|Oriana]] to send budget to [[PERSON|Fitz]] by Wed\n- [[PERSON|Ephraim Grange]] (facilities) re: broken projector\n- call supplier back on [[PHONE_NUMBER|0161 496 0724]]\n- [[PERSON|Fitz]] to book the venue",
    "Sum the net pay column:\nemp_id,name,iban,net\n[[ID_NUMBER|E1021]],[[PERSON|Karin Holmqvist]],[[IBAN_CODE|SE0929433996758178450937]],31200\n[[ID_NUMBER|E1022]],[[PERSON|Pekka Laine]],[[IBAN_CODE|FI8783721412395836]],29850\n[[ID_NUMBER|E1023]],[[PERSON|Mette Rasmussen]],[[IBAN_CODE|DK5471800642301923]],33010",
    'This API returns too much data. Which fields should I drop?\n{"username": "[[ID_NUMBER|desertfox_77]]", "full_name": "[[PERSON|Yusuf Demirci]]", "email": "[[EMAIL_ADDRESS|yusuf.demirci@posta.example]]", "last_ip": "[[IP_ADDRESS|203.0.113.201]]", "created": "2021-08-14"}',
    "Summarise this ticket for handover:\nTicket #30917\nFrom: [[PERSON|Gertrude Haverkamp]] <[[EMAIL_ADDRESS|g.haverkamp@kpnmail.example.nl]]>\nSubject: Can't log in\nI've tried resetting my password three times. My username is [[ID_NUMBER|ghaverkamp]] and the last one I set was [[PASSWORD|Tulpen2024!]]. Please help, I need my invoices.",
    "Is this safe from SQL injection?\ncursor.execute(\"INSERT INTO users (name, ssn) VALUES ('[[PERSON|Esteban Delgado]]', '[[US_SSN|417-62-9031]]')\")",
    "Help me reply to this:\n\n> On Mon, 3 Jun, [[PERSON|Clementine Hartley]] <[[EMAIL_ADDRESS|clem.hartley@fastmail.example]]> wrote:\n> Hi, are you still selling the pram? I can collect it on Saturday from [[STREET_ADDRESS|19 Poplar Avenue, Leamington Spa CV32 5QE]] if that's your address.\n\nYes it's still available. Saturday is fine.",
    'Parse this with jq and list who posted:\n{"messages":[{"user":"[[ID_NUMBER|U04KX9P2L]]","real_name":"[[PERSON|Adaeze Nwosu]]","text":"deploy done"},{"user":"[[ID_NUMBER|U03QW7M1R]]","real_name":"[[PERSON|Rasmus Holt]]","text":":tada:"}]}',
    "Why doesn't my Flask app send mail?\napp.config['MAIL_SERVER'] = 'smtp.mailhost.example'\napp.config['MAIL_USERNAME'] = '[[EMAIL_ADDRESS|noreply.tillerman@mailhost.example]]'\napp.config['MAIL_PASSWORD'] = '[[PASSWORD|gR8!vnq2Lz]]'\napp.config['MAIL_PORT'] = 587",
    "Extract the totals from this invoice:\nINVOICE 2024-117\nBill to: [[PERSON|Rosamund Keele]]\n[[STREET_ADDRESS|The Old Rectory\nChurch Lane\nLower Slaughter\nCheltenham GL54 2HN]]\nPhone: [[PHONE_NUMBER|01632 960482]]\n\n3x garden design consultation  £450.00\nVAT 20%  £90.00\nTotal  £540.00",
    "Convert to JSON:\nfirst,last,city,phone\n[[PERSON|Valentina]],[[PERSON|Vargas]],Bogotá,[[PHONE_NUMBER|+57 300 555 0121]]\n[[PERSON|Kaito]],[[PERSON|Fujimoto]],Osaka,[[PHONE_NUMBER|+81 90 5555 0187]]\n[[PERSON|Ottavia]],[[PERSON|Ricci]],Turin,[[PHONE_NUMBER|+39 333 555 0163]]",
    "Why is this job failing?\n[cron] 02:00:01 sending digest to [[EMAIL_ADDRESS|p.achterhof@example.org]] ... SMTP 550 mailbox unavailable\n[cron] 02:00:02 sending digest to [[EMAIL_ADDRESS|wilhelmina.s@example.org]] ... ok",
    "Is this harassment? Here's the chat:\n<[[ID_NUMBER|xXshadowfangXx]]> lol nobody wants you here\n<[[ID_NUMBER|moonpie_ella]]> stop messaging me\n<[[ID_NUMBER|xXshadowfangXx]]> i know where you live, [[STREET_ADDRESS|22 Fernhill Drive]] right?\n<[[ID_NUMBER|moonpie_ella]]> reporting you",
    'Mask the card number in this dict before logging:\norder = {"buyer": "[[PERSON|Lavinia Thorsen]]", "card_number": "[[CREDIT_CARD|5105105105105100]]", "amount": 84.99}',
    "Summarise this email in English:\n\nHola [[PERSON|Maite]],\nTe confirmo la reunión del jueves a las 10. Trae los contratos firmados.\nUn saludo,\n[[PERSON|Íñigo Zubizarreta]]\nAbogado\nTel. [[PHONE_NUMBER|+34 600 555 012]]\n[[STREET_ADDRESS|Calle Gran Vía 38, 2º dcha, 48011 Bilbao]]",
    "Is stringData safe here or should I base64 it?\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\nstringData:\n  STRIPE_SECRET: [[API_KEY|sk_live_ViXZya8cdFOcVwWBhqG5KSFd]]\n  DB_PASSWORD: [[PASSWORD|Vx9#kLm2!qPz]]",
    'Fix the accessibility of this form (the values are prefilled from my own test run):\n<label>Name</label><input name="fullname" value="[[PERSON|Cosima Adebayo]]">\n<input name="phone" value="[[PHONE_NUMBER|+44 7700 900406]]">\n<input name="email" value="[[EMAIL_ADDRESS|cosima.adebayo@example.co.uk]]">',
    "Rewrite this bug report so it's clearer:\nReporter: [[PERSON|Benedikt Auer]]\nSteps: log in as [[ID_NUMBER|auer_qa]] / [[PASSWORD|Winter2024]], go to Billing, click Export. Page crashes.",
    "Convert this vCard to CSV:\nBEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON|Thaddeus Mwangi]]\nTEL;TYPE=CELL:[[PHONE_NUMBER|+254 700 555 019]]\nEMAIL:[[EMAIL_ADDRESS|thad.mwangi@example.co.ke]]\nADR;TYPE=HOME:;;[[STREET_ADDRESS|14 Kileleshwa Lane;Nairobi;;00100]];Kenya\nEND:VCARD",
    "Clean up this call transcript:\nAgent: Thank you for calling, who am I speaking with?\nCaller: It's [[PERSON|Edna Pruitt]].\nAgent: And the account number?\nCaller: [[ID_NUMBER|7730 1192 004]].\nAgent: Thanks [[PERSON|Edna]], and your date of birth?\nCaller: Fourth of July, 1951.",
    "Why does git keep using the wrong identity?\n$ git config --list\nuser.name=[[PERSON|Anselm Brückner]]\nuser.email=[[EMAIL_ADDRESS|anselm.brueckner@gmx.example]]\ncore.editor=vim",
    "Average the scores:\nStudent\tID\tScore\n[[PERSON|Amani Kiprop]]\t[[ID_NUMBER|S20931]]\t78\n[[PERSON|Bartosz Lis]]\t[[ID_NUMBER|S20932]]\t64\n[[PERSON|Chiamaka Eze]]\t[[ID_NUMBER|S20933]]\t91\n[[PERSON|Dario Fontana]]\t[[ID_NUMBER|S20934]]\t70",
    "grep output:\nmay 12 03:44:10 bastion sshd[2211]: accepted password for [[ID_NUMBER|hpatterson]] from [[IP_ADDRESS|192.0.2.61]] port 51122 ssh2\nmay 12 03:44:52 bastion sudo: [[ID_NUMBER|hpatterson]] : tty=pts/0 ; command=/bin/cat /etc/shadow\nis this an attack",
    "Make this sound friendlier:\n\nName on booking: [[PERSON|Florian Weisz]]\nConfirmation: [[ID_NUMBER|HM-448120]]\nI need to change my arrival to the 14th. Do it and confirm.",
    "Traceback (most recent call last):\n  File \"/home/[[ID_NUMBER|ykamau]]/proj/etl.py\", line 88, in <module>\n    load(row)\nValueError: invalid literal for int() with base 10: '[[PERSON|Wambui Kamau]]'\n\nwhat's wrong?",
    "Dedupe these leads and keep the newest:\ncreated,name,email,company\n2024-01-03,[[PERSON|Honoria Blythe]],[[EMAIL_ADDRESS|h.blythe@potteryworks.example]],Pottery Works\n2024-02-11,[[PERSON|Lazarus Mbatha]],[[EMAIL_ADDRESS|lazarus.m@sunroute.example]],SunRoute\n2024-03-29,[[PERSON|Honoria Blythe]],[[EMAIL_ADDRESS|honoria.blythe@potteryworks.example]],Pottery Works",
    'my landlord sent this, is it legal?\n"hi [[PERSON|marisa]] its [[PERSON|norm]]. the rent is going up to 1400 from next month. pay to [[IBAN_CODE|gb72 midl 2565 5356 6593 63]] as usual, ref flat 2. any problems call [[PHONE_NUMBER|07700 900127]]"',
    'Review this terraform:\nprovider "aws" {\n  region     = "eu-west-2"\n  access_key = "[[API_KEY|AKIAFKKJBDO6Y056RG40]]"\n  secret_key = "[[API_KEY|93lgWk7J6rWs77hSx91HqaksrCoAqUvlPaJQ5WE2]]"\n}',
    "Is it safe to send this?\n\nHi [[PERSON|Trudy]],\nHere's the info for the W-4: [[PERSON|Ambrose Kettering]], SSN [[US_SSN|602-18-4475]], [[STREET_ADDRESS|8812 Saddle Ridge Rd, Boise, ID 83709]].\nThanks!",
    "translate to english pls:\n<[[PERSON|joão]]> ei [[PERSON|rafa]], passa o teu número\n<[[PERSON|rafa]]> [[PHONE_NUMBER|912 000 555]]\n<[[PERSON|joão]]> valeu",
    'Validate against the FHIR schema:\n{"resourceType":"Patient","identifier":[{"value":"[[ID_NUMBER|MRN-5530218]]"}],"name":[{"family":"[[PERSON|Okunade-Cole]]","given":["[[PERSON|Tolu]]"]}],"telecom":[{"value":"[[PHONE_NUMBER|+44 20 7946 0981]]"}]}',
    'Why does this unit test fail?\n@Test\nvoid createsUser() {\n    User u = new User("[[PERSON|Greer Langston]]", "[[EMAIL_ADDRESS|greer.langston@corpmail.example]]");\n    u.setPassword("[[PASSWORD|Summer!2023]]");\n    assertEquals("[[PERSON|Greer Langston]]", u.getName());\n}',
    "What are these charges?\nStatement for [[PERSON|Cornelius Abara]]\nAccount [[ID_NUMBER|20-41-77 53118820]]\n02 Apr  NETFLIX.COM  10.99\n03 Apr  TFL TRAVEL CH  7.40\n05 Apr  PAYPAL *GIGGLEBOX  29.00",
    "---------- forwarded message ---------\nfrom: [[PERSON|ulla bergström]] <[[EMAIL_ADDRESS|ulla.b@telia.example.se]]>\nsubject: nyckeln\nhej! the key box code is [[PASSWORD|2580]], see you friday\n\ncan you translate the swedish bit",
    "Format this as a markdown table:\n id | username    | last_login_ip\n----+-------------+----------------\n 14 | [[ID_NUMBER|fenwick.j]]   | [[IP_ADDRESS|198.51.100.14]]\n 15 | [[ID_NUMBER|ozturk_s]]    | [[IP_ADDRESS|198.51.100.203]]\n 16 | [[ID_NUMBER|mvillanueva]] | [[IP_ADDRESS|192.0.2.33]]",
    "Turn this YAML into a seating plan:\nguests:\n  - name: [[PERSON|Odalys Ferrer]]\n    diet: vegan\n  - name: [[PERSON|Thorsten Vogt]]\n    diet: none\n  - name: [[PERSON|Ngaire Whitcombe]]\n    diet: gluten-free\n    plus_one: [[PERSON|Lachlan]]",
    "Respond to this review: '1/5. Waited 40 minutes for a table and the manager, [[PERSON|Dominika]], was rude about it. - [[PERSON|Gerald Ashby]]'",
    "Why does this curl fail?\ncurl -u [[ID_NUMBER|rweatherby]]:[[PASSWORD|Kestrel#449]] https://ci.internal.example/api/builds",
    "Summarise for QA:\nCustomer ([[PERSON|Lorcan Doherty]]): my parcel never came\nAgent: sorry! can you confirm the address?\nCustomer: [[STREET_ADDRESS|Apt 4, 9 Strand Road, Derry BT48 7AB]]\nAgent: and a contact number?\nCustomer: [[PHONE_NUMBER|028 9018 0641]]",
    "Corrige les fautes :\nNom : [[PERSON|Lemaire]]\nPrénom : [[PERSON|Anaïs]]\nAdresse : [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]]\nTéléphone : [[PHONE_NUMBER|06 00 00 41 27]]\nNuméro de sécurité sociale : [[ID_NUMBER|2 85 03 69 123 456 78]]",
    '// TODO remove before commit\nconst GITHUB_TOKEN = "[[API_KEY|ghp_nRfXBkg8QysD4FIS0Xzm41PB2qs353f2Huu6]]";\n// owner: [[PERSON|Quentin Mallory]] ([[EMAIL_ADDRESS|qmallory@devshop.example]])\nfetchRepos(GITHUB_TOKEN);\n\nhow can i load this from env instead?',
    "pls shorten:\nhey [[PERSON|kasia]], thanks for covering yesterday. the spare key is under the blue pot and the alarm code is [[PASSWORD|1379]]. my mobile is [[PHONE_NUMBER|07700 900588]] if anything goes wrong. cheers, [[PERSON|owain]]",
    "Is this firewall rule too open?\n# home office of [[PERSON|Vikram Sethi]]\nallow from [[IP_ADDRESS|203.0.113.14]]\n# [[PERSON|Halvard]]'s VPN exit\nallow from [[IP_ADDRESS|198.51.100.190]]\nallow from 0.0.0.0/0",
    'Pretty print:\n{"order":"A-99812","ship_to":{"name":"[[PERSON|Elspeth Corrigan]]","line1":"[[STREET_ADDRESS|41 Birch Hill]]","city":"Kilkenny"},"paid_with":"[[CREDIT_CARD|4895730626520623]]"}',
    "Improve my CV header:\n[[PERSON|ADEBOLA FASHOLA]]\n[[STREET_ADDRESS|23 Tenby Close, Reading RG1 5NP]] | [[PHONE_NUMBER|07700 900640]] | [[EMAIL_ADDRESS|adebola.fashola@gmail.com]]\nlinkedin.com/in/[[ID_NUMBER|adebolafashola]]",
    'Why is this log line leaking data?\nlogger.info("login ok user=%s pw=%s", user, pw)\n# output: login ok user=[[ID_NUMBER|c.ravensworth]] pw=[[PASSWORD|Hollyhock88]]',
    "Grammar check:\n\nTo whom it may concern,\nMy name is [[PERSON|Yolanda Pickering]] and I have been a customer for 9 years (customer number [[ID_NUMBER|CN-7712094]]). On 3 May an engineer, [[PERSON|Stuart]], visited [[STREET_ADDRESS|6 Hawthorn Terrace, Durham DH1 4QT]] and left without fixing the fault.\nYours faithfully,\n[[PERSON|Yolanda Pickering]]",
    "[[PERSON|mo]]: yo whats the wifi pw\n[[PERSON|lenny]]: [[PASSWORD|sunflower2019]]\n[[PERSON|mo]]: ty\n\nwhy do people share wifi passwords like this, is it risky",
    "Plot signal strength by device:\ndevice,owner,ip,rssi\nthermo-01,[[PERSON|Ilona Varga]],[[IP_ADDRESS|192.0.2.201]],-61\ncam-02,[[PERSON|Ilona Varga]],[[IP_ADDRESS|192.0.2.202]],-70\nlock-03,[[PERSON|Bence Varga]],[[IP_ADDRESS|192.0.2.203]],-55",
    "Make this letter more formal:\n\n[[PERSON|Ezinne Obi]]\n[[STREET_ADDRESS|Flat 7\n112 Dalston Lane\nLondon E8 1NH]]\n\nhi, i want to cancel my gym membership (member [[ID_NUMBER|GYM-004417]]). stop taking money from my account pls.",
    "Make an on-call rota from this:\n| Name | Phone |\n|---|---|\n| [[PERSON|Jarrah Whitlock]] | [[PHONE_NUMBER|0491 570 110]] |\n| [[PERSON|Mireille Dufour]] | [[PHONE_NUMBER|+33 6 00 00 12 34]] |\n| [[PERSON|Oskar Lindberg]] | [[PHONE_NUMBER|+46 70 555 01 63]] |",
    "Übersetze bitte ins Englische:\nSehr geehrte Frau [[PERSON|Hartmann]],\nbitte überweisen Sie die Kaution auf folgendes Konto: [[IBAN_CODE|DE34 3579 2469 5572 2539 11]], Kontoinhaber [[PERSON|Gerhard Lechner]].\nMit freundlichen Grüßen\n[[PERSON|Gerhard Lechner]]",
    "$conn = mysqli_connect('localhost', '[[ID_NUMBER|wp_dorothea]]', '[[PASSWORD|Marigold!77]]', 'blog');\n\nwhy do I get access denied?",
    "[10:02] [[PERSON|Aarav Bhatt]]: can someone send me the vpn creds\n[10:04] [[PERSON|Lise Moreau]]: user [[ID_NUMBER|vpn_lmoreau]] pass [[PASSWORD|Nebula-3391]]\n[10:04] [[PERSON|Aarav Bhatt]]: thx\n\nWrite a policy reminder about sharing credentials in chat.",
    "Fix the XML:\n<customer>\n  <name>[[PERSON|Wilbur Tennant]]</name>\n  <ssn>[[US_SSN|231-57-8840]]</ssn>\n  <address>[[STREET_ADDRESS|77 Cedar Hollow Rd, Asheville, NC 28803]]</address>\n<customer>",
    "Is this a strong setup?\nUsername: [[ID_NUMBER|pixelwren]]\nPassword: [[PASSWORD|wren1234]]\nSecurity question (mother's maiden name): [[PERSON|Gallagher]]",
    "この予定をまとめて：\n[[PERSON|佐藤 美咲]]さん、来週の火曜日 14時に伺います。連絡先：[[PHONE_NUMBER|090-5555-0123]]\n[[PERSON|高橋 健]]",
    "remove the unsubscribed ones:\n[[EMAIL_ADDRESS|tobi.ajayi@example.com]],subscribed\n[[EMAIL_ADDRESS|hanne.kjaer@example.dk]],unsubscribed\n[[EMAIL_ADDRESS|rfinnegan@example.ie]],subscribed",
    "Check if anything's missing:\nApplicant: [[PERSON|Cressida Vane]]\nCurrent address: [[STREET_ADDRESS|3/45 Smith Street, Fitzroy VIC 3065]]\nEmployer: Harbour Analytics\nReferee: [[PERSON|Malcolm Ferris]], [[PHONE_NUMBER|(03) 5550 4821]]",
    'My Mailgun integration broke:\nrequests.post("https://api.mailgun.example/v3/messages", auth=("api", "[[API_KEY|key-w8tdVIIfHmxOCTQE8phIECUyUALDgxkh]]"), data={"to": "[[EMAIL_ADDRESS|fern.castellanos@example.com]]"})',
    "who's driving?\n[[PERSON|tash]]: party's at [[STREET_ADDRESS|41 kirkstall lane, leeds ls5 3ba]], bring snacks\n[[PERSON|ollie]]: ill bring crisps\n[[PERSON|tash]]: [[PERSON|ollie]] ur driving\nturn this into a short reminder",
    "api_1 | 2024-06-01 10:11:12 INFO new signup email=[[EMAIL_ADDRESS|quinn.ashdown@example.net]] ip=[[IP_ADDRESS|203.0.113.9]]\napi_1 | 2024-06-01 10:11:13 ERROR stripe: card_declined card=[[CREDIT_CARD|4000056655665556]]\nHow do I stop logging full card numbers?",
    "Parse this GEDCOM snippet:\n0 @I1@ INDI\n1 NAME [[PERSON|Eulalia]] /[[PERSON|Brannigan]]/\n1 BIRT\n2 DATE 12 MAR 1931\n0 @I2@ INDI\n1 NAME [[PERSON|Fintan]] /[[PERSON|Brannigan]]/",
    "Can you check this visa letter?\n\nTo the Consular Section,\nI, [[PERSON|Moses Kiplagat]], holder of passport [[ID_NUMBER|AK0993127]], will host my cousin [[PERSON|Jepchirchir Kiplagat]] at [[STREET_ADDRESS|29 Rosebery Crescent, Edinburgh EH12 5JX]] from 1 to 21 August.",
    "explain these commands:\n$ ssh [[ID_NUMBER|deploy_mkaur]]@[[IP_ADDRESS|198.51.100.42]]\n$ mysql -u root -p[[PASSWORD|Gurpreet#1985]]\n$ export OPENAI_API_KEY=[[API_KEY|sk-proj-Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG1ylvuhfJ]]",
    "customer: hi my order hasnt arrived, email is [[EMAIL_ADDRESS|zandile.m@webmail.example]]\nagent: thanks [[PERSON|zandile]], i can see it left the depot tuesday\n\nwrite a better agent reply",
    "Summarise the parties:\nSIGNED by [[PERSON|Horatio Blackwood]] (Landlord)\nSIGNED by [[PERSON|Fabiana Duarte]] (Tenant)\nPremises: [[STREET_ADDRESS|Unit 2, 15 Mill Street, Bristol BS1 6HU]]\nRent: £1,150 pcm",
]

# ~60 secrets and accounts: passwords and PINs said casually, usernames, keys, IBANs, cards, IPs.
SECRETS: list[str] = [
    "my wifi password is [[PASSWORD|marmalade42]] but my kids keep changing it, how do i lock the router settings?",
    "I forgot which PIN I set on my new debit card, I think it's [[PASSWORD|7391]] or [[PASSWORD|7319]]. How many tries before it blocks?",
    "is [[PASSWORD|Fluffy2010!]] a strong enough password for my online banking? it's my cat's name plus the year",
    "The door code for our building is [[PASSWORD|4#2280]]. Can you write a note for the cleaner explaining how to get in and that we're in flat 9?",
    "Here's my Stripe test key, why does the charge fail? [[API_KEY|sk_test_PE0SPgjtHfb1F6w70WAKadYE]]",
    "i used the same password ([[PASSWORD|qwerty!23]]) on like 10 sites and one just got hacked, which do i change first",
    "Please pay my deposit refund to [[IBAN_CODE|GB92 LOYD 8581 3728 3605 67]]. Can you write that as a polite email to my old landlord?",
    "My card [[CREDIT_CARD|4765 6611 2594 2918]] got charged $59 by something called 'SRV*CLOUDPLUS'. How do I dispute it?",
    "our office public ip is [[IP_ADDRESS|203.0.113.120]], how do i whitelist it in azure sql",
    "I'm locked out. Username [[ID_NUMBER|ptrevelyan]], and I think the password was [[PASSWORD|Cornwall!1987]]. What should I tell IT?",
    "Can you tell if this GitLab token is the old format? [[API_KEY|glpat-ic6YOZq0M7qO60lI5Qfe]]",
    "Why does my SSN [[US_SSN|561-23-0948]] show up on a background check site, and how do I opt out?",
    "The alarm code at my mum's is [[PASSWORD|0627]]. Write a reminder for my brother who's house-sitting.",
    "my netflix login is [[EMAIL_ADDRESS|danaewilde@example.com]] / [[PASSWORD|popcornqueen]], can i share it with my sister in another country?",
    "Which bank is this IBAN from? [[IBAN_CODE|ES85 0650 8584 2391 6122 0544]]",
    "Set up a savings rule: move £50 every Friday from my current account [[ID_NUMBER|40-11-62 71239904]] to my ISA. Which apps support that?",
    "hey my slack bot token is [[API_KEY|xoxb-039989908091-2425089961415-DPNV2adCV1jFzYI20eBahcyX]], why does chat.postMessage return not_in_channel",
    "Is it safe to tell the delivery guy my gate code? It's [[PASSWORD|1966*]].",
    "i keep typing my amex [[CREDIT_CARD|3748 457869 84324]] into this checkout and it says invalid, is the format wrong?",
    "My login for the school portal is [[ID_NUMBER|mvelez_parent]] and the password is [[PASSWORD|Sunshine#4]]. It says my account is disabled; what do I write to the school?",
    "Generate a .gitignore so I stop committing stuff like this: AWS_ACCESS_KEY_ID=[[API_KEY|AKIAS8RS3MB5ECBJAFG6]] AWS_SECRET_ACCESS_KEY=[[API_KEY|RlTZQcYTbYTTBPynZzih6tZg1v6tnOLD5pIrRzgi]]",
    "the ssh box at [[IP_ADDRESS|198.51.100.61]] keeps rejecting my key, user is [[ID_NUMBER|lpiatek]]",
    "Please split my card number into groups of four for a form: [[CREDIT_CARD|5246976407029994]]",
    "My phone PIN is [[PASSWORD|180392]], which is my birthday. Bad idea?",
    "I need to give my accountant my UTR [[ID_NUMBER|84302 17659]] and NI number [[ID_NUMBER|QQ 71 04 83 A]]. Is email OK or should I use something safer?",
    "Where is this IP? [[IP_ADDRESS|192.0.2.218]] It keeps logging into my Steam account [[ID_NUMBER|pebble_thrasher]].",
    "my iban is [[IBAN_CODE|nl07 rabo 4773 6976 92]] and my friend in germany says transfers cost money, is that true in the eu?",
    'How do I move my Hugging Face token out of this script? HF_TOKEN = "[[API_KEY|hf_bB3f8nUVRBoMFTXptvp7WhPvFMKFl8zE8A]]"',
    "I wrote my bank PIN [[PASSWORD|5512]] on a sticky note on my laptop. Should I change it right away?",
    "For the shared family account use login [[ID_NUMBER|thebrowncrew]] and password [[PASSWORD|Pancakes&Syrup9]]. Write that up as a fridge note for the kids.",
    "what's the check digit logic for this card: [[CREDIT_CARD|6011 6675 1635 3356]]? the bank says it's valid but my form rejects it",
    "My Google Maps API key [[API_KEY|AIzaFKB8KyVQ3JYmzSgnYNPPtPQvv9PBmGGwYPn]] got billed £300. How do I restrict it?",
    "Does Revolut accept this IBAN: [[IBAN_CODE|BE73 2169 5319 4048]]?",
    "the router admin password is [[PASSWORD|tplink#9921]], how do i set up a guest network",
    "Set up a standing order of €400 to my brother [[PERSON|Hendrik Vos]], IBAN [[IBAN_CODE|NL70 INGB 2463 2570 15]], on the 1st of every month.",
    "My safe combination is [[PASSWORD|36-14-52]] and I'm worried I'll forget it. Give me a mnemonic.",
    "what does 'ssn mismatch' mean on my w-2? my ssn is [[US_SSN|384-70-1126]] and the employer typed [[US_SSN|384-70-1162]]",
    "Our VPN gateway is [[IP_ADDRESS|2001:db8:1c0::4]] and my login is [[ID_NUMBER|e.hakimi]]; the client says 'TLS handshake failed'.",
    "Is the Visa [[CREDIT_CARD|4591 3342 4075 6650]] expired if it says 08/24 on the front?",
    "i gave my phone to a repair shop and told them my passcode [[PASSWORD|246810]]. was that dumb?",
    "Write a function to validate this GitHub PAT format: [[API_KEY|ghp_mXrxWUREVXXPHzGIz3qyV4J1TQt7frRgjix7]]",
    "My student loan account number is [[ID_NUMBER|SL-88301274]]. How do I check the balance without calling?",
    "The locker PIN at the gym is [[PASSWORD|8080]] and I forgot which locker I used. Write a note asking staff for help.",
    "A transfer to the Swiss account [[IBAN_CODE|CH45 2565 5830 9462 9428 4]] is stuck. Is the format right?",
    "my kid's xbox gamertag is [[ID_NUMBER|captainnoodle09]], how do i set screen time limits on it",
    "Help me write a script that rotates this OpenAI key every month: [[API_KEY|sk-proj-XqIEnomef2mSJ5CMTIeg1ZTVnVv2fgKD0f6YYIgr]]",
    "Someone at [[IP_ADDRESS|203.0.113.244]] tried to log into my WordPress admin 3,000 times. Can I block it at the nginx level?",
    "My new Mastercard is [[CREDIT_CARD|2221 5442 2553 2791]] and it starts with a 2. Is that legit or a scam card?",
    "iban for rent: [[IBAN_CODE|IE09 BOFI 5218 8432 7759 02]], name [[PERSON|Cillian Moran]]. can u draft the text to my new flatmates",
    "i think my email password [[PASSWORD|Goldfish_88]] got leaked on haveibeenpwned, what now",
    "My Medicare number is [[ID_NUMBER|2428 77813 2]] and the pharmacy says it's not valid. Why?",
    "Use this publishable key for the demo: [[API_KEY|pk_live_HHNBSz40ZgRCZ3IwEF6y5kyy]]. Is a publishable key safe in frontend code?",
    "Our family passphrase for the 'is it really you' check is [[PASSWORD|purple elephant]]. Is that a good scheme for grandparents?",
    "Work laptop BitLocker recovery key [[PASSWORD|418231-552068-019877-640552-118844-702913-311080-559901]]: where do I type it?",
    "my discord is [[ID_NUMBER|velvetmoth]] and someone is impersonating me as [[ID_NUMBER|velvetm0th]], how do i report them",
    "Check this Polish IBAN for typos: [[IBAN_CODE|PL03 6322 5075 6315 9750 9867 3218]]",
    "Can you write a reminder: the storage unit padlock is [[PASSWORD|9-2-7-1]] and the unit is B14.",
    "I use [[ID_NUMBER|ironfern]] everywhere as my username. Could someone find me from that?",
    "The Wi-Fi at grandma's is 'Fernwood_5G', password [[PASSWORD|Bluebell1946]]. Write it on a card for guests.",
    "Is it okay to paste my pension scheme member number [[ID_NUMBER|PN-44071183]] into a chatbot like this?",
]

# ~75 everyday clean requests: no personal data, placeholder names only.
CLEAN_EVERYDAY: list[str] = [
    "Give me a 20-minute weeknight recipe using chickpeas, spinach and whatever spices I probably have.",
    "What's the cheapest way to get from Milan to Florence by train, and how long does it take?",
    "Write a Python function that merges two sorted lists without calling sort().",
    "My manager asked me to 'circle back' on the Q3 forecast. How do I write a status update that doesn't sound defensive?",
    "Explain the difference between a Roth IRA and a traditional IRA in plain English.",
    "How many grams of plain flour are in a cup?",
    "Plan a 4-day itinerary in Kyoto for someone who hates crowds.",
    "Solve for x: 3x + 7 = 2x - 5.",
    "In SQL, how do I get the second highest salary from an employees table?",
    "Write a polite email to my landlord asking when the heating will be fixed. It's been out for a week.",
    "What's a good stretching routine for lower back pain after sitting all day?",
    "Convert 72°F to Celsius and explain the formula.",
    "Suggest five names for a golden retriever puppy.",
    "How do I center a div horizontally and vertically with flexbox?",
    "What's the etiquette for tipping in restaurants in Tokyo?",
    "Rewrite this sentence to sound more confident: 'I think maybe we could possibly try a new approach.'",
    "My sourdough starter smells like nail polish remover. Is it dead?",
    "Explain recursion to a 10-year-old.",
    "How do I ask my boss for a day off for a family event without oversharing?",
    "Give me a packing list for a week in Reykjavik in February.",
    "What's the derivative of x^3 * ln(x)?",
    "I have an interview for a barista job tomorrow. What questions should I prepare for?",
    "Write a bash one-liner that counts the lines in all .py files under a directory, recursively.",
    "How long should I boil an egg for a jammy yolk?",
    "Draft a short LinkedIn post announcing that I've started a new role as a product designer.",
    "What's the best way to memorise Spanish verb conjugations?",
    "In JavaScript, what's the difference between == and ===?",
    "Make a weekly meal plan for a family of four on a tight budget.",
    "Help me write a complaint to an airline about a suitcase lost on a flight from Dublin to Boston.",
    "Is it cheaper to drive or fly from Denver to Salt Lake City for two people?",
    "explain what a p-value actually means, without the textbook wording",
    "How do I get a red wine stain out of a white cotton shirt?",
    "What's a good way to structure a 5-minute wedding toast?",
    "Write a pytest unit test for a function add(a, b), using placeholder values like foo and bar where strings are needed.",
    "My team lead keeps scheduling meetings over lunch. How do I raise it in a one-on-one?",
    "Give me three vegetarian dinner ideas with lentils.",
    "What do UK citizens need to visit Vietnam for two weeks as tourists?",
    "What's 15% of 240?",
    "Summarise the structure of a classic three-act screenplay.",
    "how do i fix 'permission denied (publickey)' when pushing to github",
    "Suggest a name for my online shop that sells hand-dyed yarn.",
    "Roughly how many calories does a 30-minute brisk walk burn?",
    "Explain how compound interest works with an example: £1,000 at 5% for 10 years.",
    "Write a regex that matches a date in YYYY-MM-DD format.",
    "What should I see in Marrakech if I only have one afternoon?",
    "I'm nervous about presenting to senior leadership next week. Any tips?",
    "Create a beginner 5k training plan over 8 weeks.",
    "What's the difference between baking soda and baking powder?",
    "Translate 'Where is the nearest pharmacy?' into Italian, German and Portuguese.",
    "In Go, how do I read a file line by line?",
    "What does it mean when a recipe says to 'fold in' the egg whites?",
    "Help me write a short, gracious resignation letter. I've been at the company four years.",
    "Prove that the square root of 2 is irrational.",
    "Write a Dockerfile for a simple Node.js Express app.",
    "When is the best time of year to hike in Patagonia?",
    "my coworker keeps taking credit for my work in meetings. how do i handle it without drama",
    "What's a good houseplant for a bathroom with no window?",
    "Generate 10 SQL practice questions for a beginner using a table called orders.",
    "How do I politely decline a wedding invitation from a coworker I barely know?",
    "What's the time difference between Sydney and Vancouver?",
    "Write a Rust function that reverses a string and handles Unicode properly.",
    "Make a shopping list for a Mexican-themed dinner party for 10.",
    "A train leaves at 14:35 and arrives at 18:10. How long is the journey?",
    "How do I set up a budget spreadsheet with categories in Google Sheets?",
    "Write a short motivational message for my team before a big product launch.",
    "When do I use 'affect' and when 'effect'?",
    "i need a cheap weekend getaway from london that isn't paris, ideas?",
    "How do I make cold brew coffee at home?",
    "Write an opening line for a nursing cover letter that doesn't start with 'I am writing to apply'.",
    "Explain Big O notation with simple examples.",
    "What should I pack in a hospital bag for giving birth?",
    "How do I turn a list of dicts into a pandas DataFrame and sort it by one column?",
    "My manager wants a one-page summary of our project risks. Can you give me a template?",
    "Should I pay off my credit card or build an emergency fund first?",
    "What's a dog-friendly 3-hour hike near Vancouver?",
]

# ~75 clean requests a naive detector might flag: public or fictional people, eponyms, brands,
# places, capitalised common words, riddles with invented characters, UUIDs, versions, totals.
CLEAN_TRICKY: list[str] = [
    "Who won more Grand Slam singles titles, Serena Williams or Steffi Graf?",
    "Summarise the main arguments of Adam Smith's The Wealth of Nations.",
    "Explain Bayes' theorem with a medical test example.",
    "What are the early symptoms of Parkinson's disease?",
    "Write a short essay comparing the painting styles of Frida Kahlo and Diego Rivera.",
    "Is Murphy's law a real scientific law?",
    "Recommend albums similar to Fleetwood Mac's Rumours.",
    "What happens in Harry Potter and the Prisoner of Azkaban?",
    "Riddle: Alice is older than Ben, and Ben is older than Carla. Who is the youngest?",
    "Explain how the Doppler effect works.",
    "What was Ada Lovelace's contribution to computing?",
    "Find the bug: the UUID 3f2b8c1e-9a4d-4e7b-b2c5-7d1e0f9a6b34 is rejected by my validator regex ^[0-9a-f]{8}-[0-9a-f]{4}$.",
    "Upgrading from Django 4.2.11 to 5.0.3: what breaks?",
    "The invoice total is $4,812.50 with 8.875% sales tax included. What was the pre-tax amount?",
    "Who was Florence Nightingale and why is she famous?",
    "Tell me about the construction of the Eiffel Tower.",
    "Is Hodgkin lymphoma curable?",
    "Explain the Pythagorean theorem with an ASCII diagram.",
    "What's the difference between Down syndrome and Turner syndrome?",
    "Review the film 'Being John Malkovich' in 100 words.",
    "Reading list: Anna Karenina, Jane Eyre, David Copperfield. In what order should I read them?",
    "Who is Sherlock Holmes's landlady?",
    "Write the Fibonacci sequence as a Python generator.",
    "Compare the Tesla Model 3 and the Ford Mustang Mach-E for a long commute.",
    "Was Napoleon actually short?",
    "What's the story behind the Taj Mahal?",
    "Make a 10-question quiz about the Beatles: John, Paul, George and Ringo.",
    "What does Hooke's law say about springs?",
    "Write a haiku about Mount Fuji at dawn.",
    "How did Lionel Messi's role change after he moved to Inter Miami?",
    "Explain Alzheimer's disease to a teenager.",
    "What is the Heisenberg uncertainty principle, in simple terms?",
    "Summarise Romeo and Juliet in five sentences.",
    "Write a Cluedo-style riddle where Mr. Green, Mrs. Peacock and Colonel Mustard each have one clue.",
    "Why is Grace Hopper credited with popularising the word 'debugging'?",
    "Is Victoria Falls bigger than Niagara Falls?",
    "Explain Newton's third law with an example from football.",
    "Tell me about the band Florence + the Machine.",
    "What's the meaning behind the song 'Jolene' by Dolly Parton?",
    "How does Dijkstra's algorithm work?",
    "Describe the architecture of the Sagrada Família.",
    "In 'Charlotte's Web', what words does Charlotte spin into her web?",
    "Write a short bio of Nelson Mandela for a school project.",
    "Explain the Kelvin temperature scale.",
    "What is Stockholm syndrome?",
    "Compare the breakfast menus at McDonald's and Wendy's.",
    "Fix this: version 2.14.0-rc.3 sorts before 2.14.0 in my semver comparator, but 2.9.1 sorts after 2.14.0.",
    "Our invoice INV-2024-0387 came to €12,940.00 net. Split it 60/40 between two departments.",
    "Who painted the Mona Lisa, and when?",
    "What's the difference between Crohn's disease and ulcerative colitis?",
    "Explain Ohm's law to an apprentice electrician.",
    "Logic puzzle: Pip, Quill and Bramble each own one pet: a cat, a dog or a fish. Pip is allergic to fur. Quill's pet cannot swim. Who owns what?",
    "Write a sonnet about autumn in the style of Shakespeare.",
    "What was the Marshall Plan?",
    "Why is the Golden Gate Bridge painted that orange colour?",
    "Will it Rain in Seattle on Saturday? And what's the Best Way to stay dry on a Bike?",
    "Explain the Pareto principle in project management.",
    "Who wrote Pride and Prejudice, and who is Mr. Darcy?",
    "Which is closer to the British Museum, Baker Street or Holborn station?",
    "Summarise Martin Luther King Jr.'s 'I Have a Dream' speech.",
    "Explain the structure of a UUID v4 such as 8c1f6a2e-4b3d-4f9a-a7e2-51c0d9b8e4f7.",
    "What are the rules of Texas Hold'em?",
    "Can every Rubik's Cube position be solved in 20 moves or fewer?",
    "Tell me a fun fact about Queen Elizabeth II's corgis.",
    "What's the best way to get from King's Cross to Buckingham Palace?",
    "Explain the Turing test and whether modern chatbots pass it.",
    "Why did Van Gogh cut off part of his ear?",
    "Give me a Beef Wellington recipe like the one Gordon Ramsay makes.",
    "Word problem: Maria buys 3 apples and Juan buys twice as many. How many apples do they have in total?",
    "What does the Hippocratic Oath actually say?",
    "Calculate the Monthly Payment on a $250,000 mortgage at 6.5% over 30 years, with Total Interest Paid.",
    "Who would win, Batman or Iron Man? Consider Bruce Wayne's resources versus Tony Stark's suits.",
    "Describe the most famous images taken by the Hubble Space Telescope.",
    "What was Asperger's syndrome, and why is the term used less now?",
    "Summarise Orwell's 1984 and the role of Big Brother.",
]

# The checks. Each returns nothing and raises SystemExit with every problem found.

TITLES = re.compile(
    r"^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|father|sister|nurse|pc|auntie|nana|grandma)\b[.\s]",
    re.IGNORECASE,
)
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
SSN = re.compile(r"^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$")
IBAN_SHAPE = re.compile(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}$")
CARD_SHAPE = re.compile(r"^\d[\d -]{11,22}\d$")
LOWER_CHAT = (28, 35)
LOWER_FORMAL = (8, 14)
SECTIONS = {
    "chat": (CHAT, 100),
    "formal": (FORMAL, 60),
    "pasted": (PASTED, 80),
    "secrets": (SECRETS, 60),
}
CLEAN_SECTIONS = {"everyday": (CLEAN_EVERYDAY, 75), "tricky": (CLEAN_TRICKY, 75)}


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` in ``text`` not glued to letters or digits on either side."""
    left = r"(?<![^\W_])" if needle[0].isalnum() else ""
    right = r"(?![^\W_])" if needle[-1].isalnum() else ""
    return [m.start() for m in re.finditer(left + re.escape(needle) + right, text)]


def covered(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one span."""
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def check_span(span: Span) -> list[str]:
    """Problems with one span's value for its type."""
    kind, value = span["type"], span["value"]
    problems = []
    if kind not in TYPES:
        problems.append(f"unknown type {kind}")
    if (
        not value
        or value != value.strip()
        or "[[" in value
        or ("|" in value and kind != "PASSWORD")
    ):
        problems.append(f"padded or broken value {value!r}")
    if kind == "PERSON" and TITLES.match(value):
        problems.append(f"title inside PERSON {value!r}")
    if kind == "CREDIT_CARD":
        digits = re.sub(r"\D", "", value)
        if not CARD_SHAPE.match(value) or not 13 <= len(digits) <= 19 or not luhn_ok(value):
            problems.append(f"bad card {value!r}")
    if kind == "IBAN_CODE" and (not IBAN_SHAPE.match(value.replace(" ", "")) or not iban_ok(value)):
        problems.append(f"bad IBAN {value!r}")
    if kind == "US_SSN" and not SSN.match(value):
        problems.append(f"bad SSN {value!r}")
    if kind == "EMAIL_ADDRESS" and not EMAIL.match(value):
        problems.append(f"bad email {value!r}")
    if kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            problems.append(f"bad IP {value!r}")
    return problems


def check_text(text: str, spans: list[Span]) -> list[str]:
    """Problems with one PII text: leftover marks, overlaps, values, unlabelled repeats."""
    problems = []
    if "[[" in text or "]]" in text:
        problems.append("leftover mark")
    if not spans:
        problems.append("no span")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            problems.append(f"overlap {a['value']!r} / {b['value']!r}")
    for span in spans:
        problems += check_span(span)
        needles = {span["value"]}
        if span["type"] == "PERSON":
            needles |= {t for t in re.split(r"[\s/]+", span["value"]) if len(t) > 1}
        for needle in needles:
            for start in occurrences(text, needle):
                if not covered(spans, start, start + len(needle)):
                    problems.append(f"unlabelled repeat of {needle!r} at {start}")
    return problems


def lower_count(texts: list[str]) -> int:
    """How many of ``texts`` (marks stripped) are typed entirely in lower case."""
    return sum(1 for t in texts if t == t.lower())


def build() -> tuple[list[dict[str, object]], list[dict[str, object]], dict[str, int]]:
    """Strip, check and number both sets; exit listing every problem found."""
    problems: list[str] = []
    pii: list[tuple[str, list[Span]]] = []
    lowers: dict[str, int] = {}
    for name, (marked_texts, expected) in SECTIONS.items():
        if len(marked_texts) != expected:
            problems.append(f"{name}: {len(marked_texts)} texts, expected {expected}")
        stripped = []
        for marked in marked_texts:
            text, spans = strip_marks(marked)
            problems += [f"{name} {text[:50]!r}: {p}" for p in check_text(text, spans)]
            stripped.append((text, spans))
        lowers[name] = lower_count([t for t, _ in stripped])
        pii += stripped
    for name, bounds in (("chat", LOWER_CHAT), ("formal", LOWER_FORMAL)):
        if not bounds[0] <= lowers[name] <= bounds[1]:
            problems.append(f"{name}: {lowers[name]} lower-case texts, expected {bounds}")
    # No name, and no other value, is used in two records.
    owner: dict[str, int] = {}
    for i, (_, spans) in enumerate(pii):
        keys = set()
        for s in spans:
            keys.add(s["value"].casefold())
            if s["type"] == "PERSON":
                keys |= {t.casefold() for t in re.split(r"[\s/-]+", s["value"]) if len(t) > 2}
        for key in keys:
            if owner.setdefault(key, i) != i:
                problems.append(f"{key!r} used in records {owner[key] + 1} and {i + 1}")
    clean: list[str] = []
    for name, (texts, expected) in CLEAN_SECTIONS.items():
        if len(texts) != expected:
            problems.append(f"clean {name}: {len(texts)} texts, expected {expected}")
        for text in texts:
            if "[[" in text or "]]" in text or "@" in text:
                problems.append(f"clean {name} {text[:50]!r}: mark or email-like text")
        clean += texts
    all_texts = [t for t, _ in pii] + clean
    if len(set(all_texts)) != len(all_texts):
        problems.append("duplicate texts")
    if len(pii) != 300 or len(clean) != 150:
        problems.append(f"{len(pii)} PII and {len(clean)} clean texts, expected 300 and 150")
    if problems:
        raise SystemExit("\n".join(problems))
    pii_rows = [
        record(f"blind4-pii-{i:04d}", "invented-chat-blind4", text, spans)
        for i, (text, spans) in enumerate(pii, 1)
    ]
    clean_rows = [
        record(f"blind4-clean-{i:04d}", "invented-clean-blind4", text, [])
        for i, text in enumerate(clean, 1)
    ]
    return pii_rows, clean_rows, lowers


def main() -> None:
    pii_rows, clean_rows, lowers = build()
    write(PII_OUT, pii_rows, report=True)
    write(CLEAN_OUT, clean_rows, report=True)
    counts: dict[str, int] = {}
    for row in pii_rows:
        for span in row["spans"]:  # type: ignore[attr-defined]
            counts[span["type"]] = counts.get(span["type"], 0) + 1
    print("spans:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("lower-case PII texts:", ", ".join(f"{k} {v}" for k, v in lowers.items()))
    print("lower-case clean texts:", lower_count([str(r["text"]) for r in clean_rows]))


if __name__ == "__main__":
    main()
