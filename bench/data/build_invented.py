# ruff: noqa: E501  (data: one invented request per line)
"""Writes the invented sets (chat_pii, chat_clean, technical_prompts .jsonl) from marked-up texts.

Every person, number and address below is made up. A labelled value is written inline as
[[TYPE|value]]; this script removes the markup and computes each span's start/end, so no
offset is typed by hand. Checks: card numbers pass Luhn, IBANs pass mod 97, every text has
at least one span. Run from the repository root after editing the lists:

    .venv/bin/python bench/data/build_invented.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]", re.DOTALL)
TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
    "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
}  # fmt: skip

PII = [
    # Surnames alone after titles.
    "Can you help me write a polite complaint to Mr. [[PERSON|Hargreaves]] about the broken boiler? He has ignored three emails.",
    "Dr. [[PERSON|Okonkwo]] said my ferritin is low. What foods should I eat more of?",
    "Please summarise this for Mrs [[PERSON|Pemberton-Lowe]]: the school trip is moved to Thursday and costs £12.",
    "I have a meeting with Prof. [[PERSON|Vasquez]] tomorrow about my thesis draft, what questions should I prepare?",
    "Write a short thank-you card for Ms. [[PERSON|Achterberg]], my son's year 3 teacher.",
    "how do i tell mr [[PERSON|Delacroix]] that i'm quitting without burning bridges",
    "Draft a reminder to Sgt. [[PERSON|Whitcombe]] that the equipment audit is due Friday 14:00.",
    "Coach [[PERSON|Brannigan]] wants the roster by Monday. Can you make a table template for 18 players?",
    "Translate to Spanish: 'Dear Mr. [[PERSON|Fairweather]], your appointment has been confirmed for 3 pm.'",
    "Nurse [[PERSON|Abernathy]] asked me to log my blood pressure twice a day. Make me a simple tracking sheet.",
    "Is it rude to address my landlord as just [[PERSON|Kowalczyk]] in an email? He signs as Mr. [[PERSON|Kowalczyk]].",
    "Rewrite this more formally: hey mrs [[PERSON|Trelawney]] the rent will be late this month sorry",
    "Judge [[PERSON|Castellanos]] set the hearing for 12 June. How should I prepare my witness statement?",
    "Our new CFO, Ms. [[PERSON|Oyelaran]], starts next week. Write a two-line welcome for the team chat.",
    "Father [[PERSON|Mulcahy]] is officiating our wedding, what's a nice gift to thank him?",
    # Names with non-English letters.
    "My colleague [[PERSON|Zoë Lindqvist]] is leaving the company. Write a farewell message from the whole team.",
    "Help me write a LinkedIn recommendation for [[PERSON|Łukasz Wróblewski]], a backend engineer I managed for two years.",
    "Can you check the grammar of this sentence: '[[PERSON|Nguyễn Thị Hương]] will present the quarterly results.'",
    "[[PERSON|Søren Kjærgaard]] and I are splitting a 1,450 DKK bill 60/40. How much does each pay?",
    "Write an invitation for [[PERSON|José Ángel Ibáñez]]'s 40th birthday party on Saturday.",
    "My manager [[PERSON|Jürgen Müller]] wants the slides shorter. Suggest how to cut 20 slides to 10.",
    "Please draft a reference letter for my tenant [[PERSON|Ewa Dąbrowska]]; she always paid on time.",
    "I need to email [[PERSON|François Lefèvre]] to reschedule our call to next Tuesday at 10.",
    "How do I pronounce [[PERSON|Siobhán Ní Bhriain]]? She's my new flatmate and I don't want to get it wrong.",
    "Write a short bio for [[PERSON|Björn Åkesson]], a carpenter from Umeå who makes custom furniture.",
    "Congratulate [[PERSON|Çağla Yıldırım]] on her promotion to senior analyst in a warm but professional tone.",
    "[[PERSON|Mađa Kovačević]] sent me this contract; what does 'force majeure' mean in clause 9?",
    "Make a seating chart with [[PERSON|Renée Dubois]], [[PERSON|Håkon Berg]] and [[PERSON|Dorotea Šimić]] at table 4.",
    "Explain to [[PERSON|Oğuz]] why his visa application needs a bank statement, in simple English.",
    "my boss [[PERSON|Anaïs Girard]] says the report is late. how do i apologise without grovelling?",
    "Write a toast for my best friend [[PERSON|Tomás Ó Briain]] who is getting married in Galway.",
    "Dear assistant, please check: is [[PERSON|Małgorzata Szymańska]] spelled correctly on this certificate?",
    "Birthday poem for [[PERSON|Chloë]], she turns 7 and loves horses and the colour purple.",
    "Can you draft an offer letter for [[PERSON|Jesús Peñalosa]], salary 48,000 EUR, start date 1 March?",
    "[[PERSON|Ngozi Adébáyọ̀]] is my new client. Suggest an agenda for our first 30-minute meeting.",
    # Lower-case names.
    "my friend [[PERSON|anna kowalski]] is visiting from poland next week, what should we do in edinburgh?",
    "write a birthday message for [[PERSON|jake thornton]], he's turning 30 and loves fishing",
    "can u help me text [[PERSON|maria]] that i cant make it tonight without sounding flaky",
    "i think [[PERSON|dave hollis]] from accounts is stealing my lunch, how do i bring it up",
    "remind me what to say to [[PERSON|priya raman]] about the deadline extension",
    "need a cover letter, my name is [[PERSON|liam o'connor]] and i'm applying for a barista job",
    "my ex [[PERSON|kevin marsh]] keeps messaging me. how do i block him on whatsapp?",
    "pls write a funny caption for a photo of me and [[PERSON|tyler brooks]] at the lake",
    "[[PERSON|sophie]] and [[PERSON|marcus]] are coming for dinner, one is vegan, give me a menu",
    "is it weird to ask [[PERSON|ben okafor]] out after we matched on hinge 2 months ago?",
    "how should i reply to grandma [[PERSON|rose]] who sent me $50 for graduation",
    "help me write a condolence note to [[PERSON|emily watts]] whose dad died last week",
    # Passwords.
    "My password is [[PASSWORD|Tr0ub4dor&3]] and the site says it's weak. Is that true?",
    "I keep forgetting my wifi password, it's [[PASSWORD|BlueHorse!2291]]. Can you make a mnemonic for it?",
    "the admin login is admin / [[PASSWORD|Sup3rS3cret#2024]], why does ssh still say permission denied?",
    "Is [[PASSWORD|Pa$$w0rd123]] strong enough for my bank account or should I change it?",
    "Here's my config: DB_USER=shop DB_PASS=[[PASSWORD|h7Gq!vR2xL9p]] — why won't Django connect?",
    "I set my router password to [[PASSWORD|correcthorsebatterystaple42]], is a long lowercase one OK?",
    "pw for the shared netflix is [[PASSWORD|Kitty_Loves_Tuna88]], write a message telling my sister",
    "Rate my new password: [[PASSWORD|m@rgaritaVille!77]]",
    "The zip file password is [[PASSWORD|R3port-Q3-final!]], how do I unzip it on a Mac terminal?",
    "login: [[EMAIL_ADDRESS|t.nakamura@fastmail.jp]] password: [[PASSWORD|Sakura#1985tokyo]] — it says account locked, what now?",
    "my old password was [[PASSWORD|Summer2019!]] and i changed it to [[PASSWORD|Winter2024!]], is that a bad pattern?",
    "Why does this fail: mysql -u root -p'[[PASSWORD|Xy9#kLm2$qR]]' -h localhost",
    # Phone numbers without separators.
    "Text me at [[PHONE_NUMBER|07700900123]] when the parcel arrives, can you write that as a note for the courier?",
    "My number is [[PHONE_NUMBER|5551234567]], how do I format it for an international form?",
    "call [[PERSON|jenny]] on [[PHONE_NUMBER|07911123456]] about the car share, write me a reminder",
    "Is [[PHONE_NUMBER|+447700900456]] a UK mobile? I got a missed call from it.",
    "Please add this to my contact card: [[PERSON|Raúl Moreno]], mobile [[PHONE_NUMBER|0034612345678]].",
    "what country is [[PHONE_NUMBER|+4915112345678]]? someone keeps calling me",
    "My dentist's office number is [[PHONE_NUMBER|02079460958]]; write a voicemail script to cancel Thursday.",
    "Reformat this list: [[PERSON|Ali Haddad]] [[PHONE_NUMBER|0412345678]], [[PERSON|Mia Chen]] [[PHONE_NUMBER|0498765432]]",
    "I'm on [[PHONE_NUMBER|9876543210]] (India), can you write a WhatsApp message asking for a callback?",
    "New emergency contact: mum, [[PHONE_NUMBER|07723456789]]. Write it into this HR form sentence.",
    "Whose area code is 312? My son's friend gave me [[PHONE_NUMBER|3125550187]].",
    "Spell out [[PHONE_NUMBER|0612345678]] in French words for my answering machine.",
    # Non-US street addresses.
    "Please write a letter to my landlord at [[STREET_ADDRESS|14 Wellington Road, Leeds LS6 2AB]] about the damp in the bathroom.",
    "Ship to: [[PERSON|Hannah Becker]], [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]]. How long does DHL take from Madrid?",
    "J'habite au [[STREET_ADDRESS|27 rue des Lilas, 69003 Lyon]], comment résilier mon contrat d'électricité ?",
    "My new address is [[STREET_ADDRESS|Prinsengracht 263-1, 1016 GV Amsterdam]]. Write an email to my bank to update it.",
    "Can you format this address for a parcel to India: [[STREET_ADDRESS|Flat 3B, Shanti Apartments, 12 MG Road, Bengaluru 560001]]",
    "Help me fill in the rental application: current address [[STREET_ADDRESS|Unit 5, 88 Smith Street, Fitzroy VIC 3065]].",
    "Our wedding venue is [[STREET_ADDRESS|Rose Cottage, 3 Mill Lane, Little Snoring, Norfolk NR21 0AA]]; write the directions paragraph.",
    "Is [[STREET_ADDRESS|Hauptstr. 7a, 80331 München]] in the city centre? I'm looking at a flat there.",
    "Write a complaint to the council about potholes outside [[STREET_ADDRESS|221 Cowley Road, Oxford OX4 1XG]].",
    "I live at [[STREET_ADDRESS|Via Garibaldi 18, 20121 Milano]] and the building manager is Signor [[PERSON|Bellini]]. How do I ask for a repair in Italian?",
    "Return label should say [[STREET_ADDRESS|Keizersgracht 120, 1015 CW Amsterdam]], is that the right order for Dutch addresses?",
    "Forward my mail from [[STREET_ADDRESS|45 Queen St, Auckland 1010]] to my parents' place, how do I set that up with NZ Post?",
    "My grandparents live at [[STREET_ADDRESS|House No. 221, Sector 15, Gurugram, Haryana 122001]]; write a birthday card envelope layout.",
    "Our office moved to [[STREET_ADDRESS|Level 12, 1 Martin Place, Sydney NSW 2000]]. Update this email signature.",
    "the package went to [[STREET_ADDRESS|flat 2, 19 argyle street, glasgow g2 8ag]] instead of my place, what do i tell royal mail?",
    "Write a short note to my neighbours at [[STREET_ADDRESS|12 avenue Victor Hugo, 75116 Paris]] about the party on Saturday.",
    "Is [[STREET_ADDRESS|Calle de Alcalá 150, 28009 Madrid]] close to Retiro park? I'm booking a flat there for 5 nights.",
    "Please translate my address into German for a form: [[STREET_ADDRESS|Apartment 4, 7 Harcourt Terrace, Dublin 2, D02 XY12]]",
    "Write an eviction-notice reply for [[STREET_ADDRESS|33 Rathbone Place, London W1T 1JN]]; I've paid until the end of May.",
    "Can you help me describe the route from [[STREET_ADDRESS|Schönhauser Allee 36, 10435 Berlin]] to the Hauptbahnhof for my guests?",
    # Military addresses.
    "How long does a parcel take to SPC [[PERSON|Daniel Reyes]], [[STREET_ADDRESS|PSC 1234, Box 5678, APO AE 09012]]?",
    "I'm sending cookies to my son overseas, his address is [[STREET_ADDRESS|Unit 2050 Box 4190, DPO AP 96278]]. Any customs form tips?",
    "Write a care package note for Lt. [[PERSON|Sarah Kim]] at [[STREET_ADDRESS|CMR 480 Box 2213, APO AE 09128]].",
    "Can I use USPS flat rate to [[STREET_ADDRESS|PSC 817 Box 44, FPO AE 09622]]?",
    "My husband is deployed, mail goes to [[STREET_ADDRESS|Unit 15240 Box 12, APO AP 96205]]. What can't I ship?",
    "Format this for an envelope: SSgt [[PERSON|Marcus Bell]] [[STREET_ADDRESS|PSC 3 Box 1187 APO AE 09021]]",
    "Is [[STREET_ADDRESS|USS Nimitz FPO AP 96620-2820]] still the right format for a sailor's mail?",
    "Help me write a letter to my brother at [[STREET_ADDRESS|Unit 8400 Box 1402, DPO AE 09498]] telling him about the new baby.",
    # Emails.
    "Send the minutes to [[EMAIL_ADDRESS|oliver.grant@northwind-logistics.co.uk]] and cc me. Write the cover email.",
    "is [[EMAIL_ADDRESS|jess_m1992@hotmail.com]] a professional enough email for job applications?",
    "Write a follow-up to [[EMAIL_ADDRESS|hr@kestrel-analytics.io]] asking about my application from 3 weeks ago; I'm [[PERSON|Aisha Bello]].",
    "my email is [[EMAIL_ADDRESS|k.fitzgerald+shopping@gmail.com]], why do some shops reject the plus sign?",
    "Reply to [[EMAIL_ADDRESS|marta.vidal@correo.es]] in Spanish saying I accept the offer.",
    "Forward this invoice question to [[EMAIL_ADDRESS|billing-team@lumenworks.de]] and ask for a corrected VAT number.",
    "I got a phishing email from [[EMAIL_ADDRESS|security-alert@paypa1-verify.com]] claiming to be about my account [[EMAIL_ADDRESS|r.singh84@yahoo.co.in]]; how do I report it?",
    "Write a newsletter unsubscribe request for [[EMAIL_ADDRESS|lena.hoffmann@web.de]].",
    # Account numbers, IBAN, cards, SSN, ids.
    "My IBAN is [[IBAN_CODE|DE89 3704 0044 0532 0130 00]], write an email to my employer with my new bank details.",
    "Transfer failed to [[IBAN_CODE|GB33BUKB20201555555555]], is the format wrong?",
    "Please pay the deposit into [[IBAN_CODE|FR76 3000 6000 0112 3456 7890 189]] — can you write the payment reference line?",
    "My card [[CREDIT_CARD|4539 1488 0343 6467]] was charged twice by the gym. Write a dispute letter.",
    "Why was [[CREDIT_CARD|5425233430109903]] declined online but works in shops?",
    "My SSN is [[US_SSN|123-45-6789]], do I need it on the W-4 form?",
    "Fill in this form sentence: applicant [[PERSON|Carlos Mendoza]], SSN [[US_SSN|521 84 3370]], born 1987.",
    "Checking account [[ID_NUMBER|004512398876]], routing [[ID_NUMBER|021000021]]. Write the direct deposit form text.",
    "My passport number is [[ID_NUMBER|C03005988]] and it expires in May, can I still travel to Thailand in April?",
    "NHS number [[ID_NUMBER|943 476 5919]] — how do I register with a new GP using it?",
    "My driver's licence number is [[ID_NUMBER|MORGA657054SM9IJ]], do I need it for renting a car in France?",
    "Member ID [[ID_NUMBER|XGP448120933]] for my health insurance; write a claim email for a physio visit.",
    "Employee number [[ID_NUMBER|E-208817]], write my leave request for 3–7 March.",
    "The policy number is [[ID_NUMBER|HX-7719-3302-A]]. Draft a claim for my stolen bike.",
    "Aadhaar [[ID_NUMBER|4821 7734 9012]] linked to the wrong mobile, what's the process to fix it?",
    "Amex [[CREDIT_CARD|3714 496353 98431]] exp 09/27 — the hotel wants it by email, is that safe?",
    # Dates of birth with names.
    "[[PERSON|Margaret Ellison]], born 14/03/1952, needs a letter for her pension office. Please draft it.",
    "Write a birth announcement: [[PERSON|Oscar James Whitfield]], born 2 April 2024, 3.4 kg, to [[PERSON|Laura]] and [[PERSON|Tom]].",
    "My DOB is 07/11/1990 and my name is [[PERSON|Rahul Verma]]; how old will I be on my visa expiry 2031?",
    "Patient [[PERSON|Gerald Pryce]] (DOB 22.09.1948) fell at home; write the handover note for the night shift.",
    "Please check this form: name [[PERSON|Yuki Tanabe]], date of birth 1995-06-30, nationality Japanese.",
    "Write a school enrolment letter for [[PERSON|Ava Lindgren]], born 5 January 2019.",
    "Hi, my name is [[PERSON|John Calloway]]. How many days until my surgery on the 5th if today is the 19th?",
    "I am [[PERSON|Deborah Stein]], 62, how much should I have saved for retirement by now?",
    # Signatures.
    "Can you make this email nicer? 'The report is late again, please send it today.' Thanks, [[PERSON|Priya]]",
    "Draft a reply declining the invitation.\n\nBest,\n[[PERSON|Hamish]]",
    "Make this sound more professional: pls send the invoice asap. cheers [[PERSON|gaz]]",
    "Rewrite for clarity:\n'Meeting moved to 4pm, bring the Q2 figures.'\n— [[PERSON|Ingrid Solberg]], Head of Finance",
    "Proofread: 'I look forward to hearing from you. Kind regards, [[PERSON|Malik Thompson]]'",
    "Shorten this to two lines. Regards, Dr. [[PERSON|Fiona McAllister]], [[PHONE_NUMBER|0131 496 0011]]",
    "Fix the tone of my out-of-office: 'Away till Monday, no access to email. [[PERSON|Wojtek]]'",
    "Is this sign-off too casual for a client? 'Speak soon, [[PERSON|Kenji]]'",
    "Please translate into German:\nThank you for your patience.\nYours sincerely,\n[[PERSON|Eleanor Vance]]",
    "Make this LinkedIn message shorter. Many thanks, [[PERSON|Adaeze Nwosu]] | [[EMAIL_ADDRESS|adaeze.nwosu@brightpath.ng]]",
    # Greetings.
    "Hi [[PERSON|Tomás]], thanks for the quote. Can you lower it by 10%? — rewrite this more politely",
    "Rephrase: 'Dear Mrs. [[PERSON|Adeyemi]], unfortunately your order is delayed.'",
    "Hey [[PERSON|Lukas]], quick question about the invoice. ← continue this email asking for a PO number",
    "Make this warmer: 'Hello [[PERSON|Fatima]], your application was not successful.'",
    "Good morning [[PERSON|Sven]]! write the rest of a message asking him to cover my shift on Sunday",
    "Translate to English: 'Hallo [[PERSON|Katrin]], wir sehen uns morgen um 9 Uhr.'",
    "'Dear Dr [[PERSON|Ramasamy]], I am writing to request a copy of my test results.' Continue this letter.",
    "Hiya [[PERSON|bex]], fancy a coffee this week? — make this less awkward",
    "Finish this email: 'Hello Ms. [[PERSON|Haddad]], I'm following up on our call about the lease.'",
    "Dear [[PERSON|Aleksandra]],\nI hope you're well. ← what's a good second sentence for asking a favour?",
    # Relatives.
    "My daughter [[PERSON|Emma]] has a fever of 38.5 and a rash. Should I take her to A&E?",
    "my son [[PERSON|noah]] got a C in maths, how do i talk to him without making him anxious?",
    "Write a eulogy for my grandfather [[PERSON|Walter Brennan Hughes]], a farmer who loved jazz.",
    "My wife [[PERSON|Keiko]] and I are planning our 10th anniversary, any ideas in Kyoto?",
    "How can I help my brother [[PERSON|Darnell]] prepare for his first job interview at a bank?",
    "My mum [[PERSON|Patricia Doyle]] was diagnosed with type 2 diabetes. What should her diet look like?",
    "my husband [[PERSON|rob]] snores really loud, is it worth seeing a doctor?",
    "Our twins [[PERSON|Leo]] and [[PERSON|Lily Marchetti]] start school in September; write a note to the teacher about allergies.",
    "My sister [[PERSON|Ines Carvalho]] lost her job, how do I support her without being pushy?",
    "Write a bedtime story for my nephew [[PERSON|Arjun]] about a dragon who is scared of the dark.",
    "My father-in-law [[PERSON|Horst Weber]] refuses to use a hearing aid. How do I raise it kindly?",
    "my stepdad [[PERSON|gary pellew]] keeps posting conspiracy theories, what do I say at christmas",
    # Patients.
    "Patient [[PERSON|Amelia Hartley]], 34, presents with intermittent chest pain. Write a SOAP note template.",
    "Summarise for the referral: Mr. [[PERSON|Obi]] has had a productive cough for 6 weeks, non-smoker.",
    "Discharge summary for [[PERSON|Rosa Jiménez]], MRN [[ID_NUMBER|00482913]], admitted with pneumonia, treated with amoxicillin.",
    "Write a letter to the GP about my patient [[PERSON|Stanisław Nowak]] who missed two dialysis sessions.",
    "Convert to plain language for the family: Mrs [[PERSON|Thornbury]] has moderate aortic stenosis.",
    "pt [[PERSON|j. reynolds]] bp 180/110, hr 95, what are the next steps in the ED?",
    "Can you draft a sick note for [[PERSON|Kwame Asante]], off work 5 days with flu?",
    "Therapy note: client [[PERSON|Hanna]] reports better sleep since the last session. Expand into a progress note.",
    "Hospital number [[ID_NUMBER|RX4471902]] for [[PERSON|Vera Lindholm]] — write the pre-op checklist.",
    "My patient [[PERSON|Tariq Aziz Khan]] is allergic to penicillin; suggest alternatives for strep throat.",
    # IPs and API keys.
    "My home server is at [[IP_ADDRESS|82.165.43.117]], why can't I ssh into it from work?",
    "Why does this fail? curl -H 'Authorization: Bearer [[API_KEY|sk-proj-Hx8vQ2mN7kR4tW9zL1pB6cJ3dF5gY0aE]]' https://api.openai.com/v1/models",
    "export GITHUB_TOKEN=[[API_KEY|ghp_4fG8hK2mP9qR7sT1vW3xY6zA0bC5dE8fH2jL]] then git push fails with 403, help",
    "my aws key is [[API_KEY|AKIAZ7Q3M5N8P2R4T6VX]], do I also need the secret to use the cli?",
    "The server log shows failed logins from [[IP_ADDRESS|203.0.113.77]] and [[IP_ADDRESS|198.51.100.24]]. Should I block them?",
    "Slack bot token [[API_KEY|xoxb-2231784455-8871234509-kTq9WmZ3rX7vB2nP5sL8dF4h]] stopped working, what scopes do I need?",
    "My router's WAN IP is [[IP_ADDRESS|86.142.19.203]]; how do I port-forward 25565 for Minecraft?",
    "stripe said my key [[API_KEY|sk_live_51Hq8ZxL2mN4vB7cK9pR3tW6yA1dF5gJ8hL2qS4]] is invalid, is it the wrong environment?",
    # Mixed, longer.
    "Hi, I'm [[PERSON|Daniela Rossi]], my booking ref is [[ID_NUMBER|QX7P2M]]. I need to change the flight on 12 May; my phone is [[PHONE_NUMBER|+39 347 123 4567]]. Write the email to the airline.",
    "Please fill this cover letter header:\n[[PERSON|Imran Siddiqui]]\n[[STREET_ADDRESS|12 Clifton Park Road, Bristol BS8 3HL]]\n[[PHONE_NUMBER|07700 900 781]]\n[[EMAIL_ADDRESS|imran.siddiqui@outlook.com]]",
    "Customer [[PERSON|Beatriz Souza]] ([[EMAIL_ADDRESS|bia.souza@uol.com.br]]) says her card ending 4417 was charged twice; draft the support reply.",
    "Write a tenancy reference: tenant [[PERSON|Gareth Llewellyn]], [[STREET_ADDRESS|Flat 6, 40 Cathedral Road, Cardiff CF11 9LL]], rent £850 paid on time for 3 years.",
    "I run a small bakery. Our supplier [[PERSON|Henrik Dahl]] ([[PHONE_NUMBER|+45 20 12 34 56]]) delivered stale flour. Help me write a firm but friendly complaint.",
    "From: [[PERSON|Ayumi Sato]] <[[EMAIL_ADDRESS|ayumi.sato@kitsune-design.jp]]>\nSubject: invoice 2231\nCan you turn this into a polite reminder that payment is 30 days overdue?",
    "Draft a police report statement: my bike was stolen outside [[STREET_ADDRESS|9 Canal Street, Manchester M1 3HE]] on Tuesday; frame number [[ID_NUMBER|WTU218C4471K]]. My name is [[PERSON|Owen Pritchard]].",
    "Help me write to the school: my son [[PERSON|Mateo Álvarez]] (year 5) will miss classes 3–7 June for a family funeral. Contact me on [[PHONE_NUMBER|0161 496 0342]].",
    "Write a reference for my former employee [[PERSON|Nadia Petrovna Sokolova]], she worked at our Vienna office from 2019 to 2023, email [[EMAIL_ADDRESS|n.sokolova@gmx.at]].",
    "Please turn this into a table: [[PERSON|Ravi Kumar]] [[EMAIL_ADDRESS|ravi.k@infosphere.in]] [[PHONE_NUMBER|9845012345]]; [[PERSON|Sunita Rao]] [[EMAIL_ADDRESS|sunita.rao@infosphere.in]] [[PHONE_NUMBER|9845098765]]",
]

CLEAN = [
    "Who was Marie Curie and why did she win two Nobel Prizes?",
    "Summarise the plot of Pride and Prejudice in five sentences.",
    "Why is Elizabeth Bennet considered a strong heroine for her time?",
    "Compare Shakespeare's Hamlet and Macbeth as tragic heroes.",
    "What did Abraham Lincoln say in the Gettysburg Address, in plain English?",
    "Write a short poem in the style of Emily Dickinson about the first snow.",
    "How did Napoleon lose the Battle of Waterloo?",
    "Recommend three novels similar to Harry Potter for a 10-year-old.",
    "What is Sherlock Holmes's address in the stories, and is it a real place?",
    "Who painted the Mona Lisa and where can I see it?",
    "Explain the rivalry between Nikola Tesla and Thomas Edison.",
    "Give me a workout plan inspired by how Serena Williams trained.",
    "What are the best things to do in Lisbon in three days?",
    "Plan a one-week road trip from Munich to Vienna via Salzburg.",
    "Is the Eiffel Tower open on Christmas Day?",
    "What is the difference between the Netherlands and Holland?",
    "Why is Mount Everest called Chomolungma in Tibetan?",
    "Write a haiku about autumn in Kyoto.",
    "Explain how the Roman Republic became an empire under Augustus.",
    "Who is Hermione Granger and what house is she in?",
    "Summarise Martin Luther King Jr.'s 'I Have a Dream' speech.",
    "What were Winston Churchill's main decisions in 1940?",
    "Give me a reading list about Cleopatra for a history class.",
    "Why did the Beatles break up?",
    "Write a limerick about a cat named Mr. Whiskers who hates Mondays.",
    "What instruments did Mozart play as a child?",
    "Tell me about Frida Kahlo's painting style.",
    "Which Taylor Swift albums were re-recorded and why?",
    "Explain the ending of The Great Gatsby. What happens to Gatsby?",
    "How tall is the Burj Khalifa compared to the Empire State Building?",
    "Suggest a vegetarian menu for a dinner party of six.",
    "What's the weather usually like in Cape Town in March?",
    "Describe the character arc of Walter White in Breaking Bad.",
    "Who was Ada Lovelace and what did she write about the Analytical Engine?",
    "Write a bedtime story about a brave hedgehog called Pip.",
    "How many moons does Jupiter have, and which is the largest?",
    "What's a good itinerary for Tokyo and Osaka in ten days?",
    "Why did Julius Caesar cross the Rubicon?",
    "Explain Gandhi's Salt March and its significance.",
    "Can you write a product description for a handmade oak cutting board?",
    "What did Darwin observe on the Galápagos Islands?",
    "Who were the Brontë sisters and what did each write?",
    "How do I make a sourdough starter from scratch?",
    "Give me a quiz of ten questions about the Tudors, including Henry VIII and Elizabeth I.",
    "What is the best way to learn Spanish in six months?",
    "In Lord of the Rings, why can't the eagles fly Frodo to Mordor?",
    "Describe Barcelona's Sagrada Família and who designed it.",
    "Write a motivational speech in the voice of a football coach before a cup final.",
    "Which is older, Oxford or Cambridge University?",
    "What are the main themes in George Orwell's 1984?",
    "How did Amelia Earhart disappear?",
    "Recommend podcasts about ancient Egypt and Ramses II.",
    "What does Gollum want in The Hobbit?",
    "Explain the difference between a latte and a flat white.",
    "Is Venice really sinking? What is being done about it?",
    "List five facts about Leonardo da Vinci's inventions.",
    "What's the story behind the Statue of Liberty?",
    "Write a short scene where Sherlock Holmes meets Hercule Poirot.",
    "What time zone is New Zealand in, and when do clocks change?",
    "How does Beethoven's Ninth Symphony end?",
    "Give me tips for visiting the Louvre without queuing for hours.",
    "Who won the 2018 FIFA World Cup and who was the top scorer?",
    "Explain what Jane Goodall discovered about chimpanzees.",
    "Suggest a name for my new golden retriever puppy.",
    "Why did Van Gogh cut off his ear?",
]

# Clean technical prompts: eponyms (theorems, laws, algorithms, equations, diseases, units,
# products and companies named after people) in ordinary requests. (category, text)
# fmt: off
TECHNICAL = [
    ("finance", "Derive the Black-Scholes formula for a European call option step by step."),
    ("finance", "Why does the Black-Scholes model assume constant volatility, and what breaks when it doesn't?"),
    ("finance", "Price a call with S=100, K=105, r=2%, sigma=25%, T=0.5 using Black-Scholes. Show the d1 and d2 values."),
    ("finance", "Explain the Sharpe ratio and compute it for a fund returning 9% with 14% volatility when the risk-free rate is 3%."),
    ("finance", "What is the Kelly criterion and why do traders bet half-Kelly?"),
    ("finance", "How is the Fama-French three-factor model different from CAPM?"),
    ("finance", "Explain Markowitz portfolio theory to a first-year student."),
    ("finance", "What does the Modigliani-Miller theorem say about capital structure?"),
    ("physics", "Write the incompressible Navier-Stokes equations and explain each term."),
    ("physics", "Is the Navier-Stokes existence and smoothness problem still open? Why is it hard?"),
    ("physics", "State Newton's three laws of motion with one everyday example each."),
    ("physics", "A 2 kg block slides down a 30 degree incline with friction 0.2. Use Newton's second law to find its acceleration."),
    ("physics", "What is the Boltzmann constant and how does it relate temperature to energy?"),
    ("physics", "Derive the Maxwell-Boltzmann speed distribution."),
    ("physics", "Explain Maxwell's equations in differential form without heavy jargon."),
    ("physics", "What does Heisenberg's uncertainty principle actually limit?"),
    ("physics", "Solve the time-independent Schrödinger equation for a particle in a 1D box of width L."),
    ("physics", "Explain the Doppler effect and compute the frequency heard when a 440 Hz siren approaches at 30 m/s."),
    ("physics", "What is Hooke's law and when does a spring stop obeying it?"),
    ("physics", "Use Bernoulli's principle to explain how an aeroplane wing generates lift, and what the popular explanation gets wrong."),
    ("physics", "Derive Kepler's third law from Newton's law of gravitation."),
    ("physics", "What is the Reynolds number of water flowing at 2 m/s in a 5 cm pipe?"),
    ("physics", "Explain the Planck constant and why it matters for blackbody radiation."),
    ("physics", "What is Ohm's law and how do Kirchhoff's laws extend it to circuits?"),
    ("physics", "Why does Faraday's law of induction involve a minus sign (Lenz's law)?"),
    ("physics", "Explain Einstein's mass-energy equivalence and compute the energy in 1 gram of matter."),
    ("physics", "What is the Coriolis effect and does it really decide which way a sink drains?"),
    ("physics", "Describe the Stefan-Boltzmann law and estimate the Sun's surface temperature from its luminosity."),
    ("math", "Prove Bayes' theorem from the definition of conditional probability."),
    ("math", "A test is 99% sensitive and 95% specific for a disease with 1% prevalence. Use Bayes' rule to find P(disease | positive)."),
    ("math", "Summarise Zhang's bounded gaps result and the Maynard-Tao improvement. What is the current bound on prime gaps?"),
    ("math", "How did the Polymath project lower Zhang's bound of 70 million?"),
    ("math", "Explain the Fourier transform intuitively, then give the formula for the discrete version."),
    ("math", "Compute the Fourier series of a square wave with period 2π."),
    ("math", "State the Cauchy-Schwarz inequality and give a two-line proof."),
    ("math", "What is the Riemann hypothesis and why would a proof matter for cryptography?"),
    ("math", "Prove Fermat's little theorem using modular arithmetic."),
    ("math", "Why did Wiles's proof of Fermat's Last Theorem need elliptic curves?"),
    ("math", "Explain Gödel's incompleteness theorems to a programmer."),
    ("math", "Use the Euler-Lagrange equation to find the shortest path between two points in a plane."),
    ("math", "What is Euler's identity and why do people call it beautiful?"),
    ("math", "Apply the Gram-Schmidt process to the vectors (1,1,0), (1,0,1), (0,1,1)."),
    ("math", "What does the Banach fixed-point theorem guarantee, and how is it used to prove Picard-Lindelöf?"),
    ("math", "Explain the Taylor series of sin(x) around 0 and how many terms give 4-digit accuracy at x=1."),
    ("math", "Walk me through the proof of Pythagoras' theorem using similar triangles."),
    ("math", "What is a Hilbert space, and why is L2 one?"),
    ("math", "State the Bolzano-Weierstrass theorem and sketch its proof."),
    ("math", "How do you use Lagrange multipliers to maximise xy subject to x + y = 10?"),
    ("math", "Explain the Collatz conjecture and why it's so hard to prove."),
    ("math", "What is the Poincaré conjecture and how did Perelman use Ricci flow?"),
    ("math", "Explain L'Hôpital's rule and evaluate lim x->0 of (1 - cos x)/x^2."),
    ("math", "Compute the Jacobian of the map (r, θ) -> (r cos θ, r sin θ)."),
    ("math", "What is the Chebyshev inequality and how loose is it for a normal distribution?"),
    ("statistics", "Explain the Kalman filter with a 1D example of tracking a car's position."),
    ("statistics", "Derive the Kalman gain for a linear Gaussian system."),
    ("statistics", "When should I use an extended Kalman filter instead of a particle filter?"),
    ("statistics", "What is a Markov chain and how does the Metropolis-Hastings algorithm use one?"),
    ("statistics", "Explain Gibbs sampling for a two-variable Gaussian."),
    ("statistics", "When is a Poisson distribution a good model, and what is its variance?"),
    ("statistics", "What does the Kolmogorov-Smirnov test check, and how do I run it in scipy?"),
    ("statistics", "Explain the difference between Pearson and Spearman correlation with an example."),
    ("statistics", "Run a Mann-Whitney U test by hand on these two samples: 3, 5, 8, 9 and 1, 2, 4, 6."),
    ("statistics", "Why does Student's t-distribution have heavier tails than the normal?"),
    ("statistics", "What does the Shapiro-Wilk test tell me about my residuals?"),
    ("statistics", "Explain the Bonferroni correction and when the Holm method is better."),
    ("statistics", "What is Simpson's paradox? Give a medical example."),
    ("algorithms", "Implement Dijkstra's algorithm in Python with a heap and explain its complexity."),
    ("algorithms", "Why does Dijkstra fail with negative edge weights, and how does Bellman-Ford fix it?"),
    ("algorithms", "Compare Prim's and Kruskal's algorithms for minimum spanning trees."),
    ("algorithms", "Write the Levenshtein distance in Rust using two rows of memory."),
    ("algorithms", "What's the Levenshtein distance between 'kitten' and 'sitting'? Show the table."),
    ("algorithms", "Explain the Knuth-Morris-Pratt string search and its failure function."),
    ("algorithms", "How does the Floyd-Warshall algorithm handle negative cycles?"),
    ("algorithms", "Implement Huffman coding for the string 'abracadabra'."),
    ("algorithms", "What is a Turing machine and why is the halting problem undecidable?"),
    ("algorithms", "Explain the Church-Turing thesis in simple terms."),
    ("algorithms", "How does the Boyer-Moore majority vote algorithm work?"),
    ("algorithms", "Explain the Ford-Fulkerson method and the Edmonds-Karp variant for max flow."),
    ("algorithms", "What is a Bloom filter and how do I choose the number of hash functions?"),
    ("algorithms", "Explain Hoare's quicksort partition versus Lomuto's."),
    ("algorithms", "Describe the Viterbi algorithm for decoding an HMM."),
    ("algorithms", "How does the Rabin-Karp rolling hash work?"),
    ("algorithms", "Why is Tarjan's algorithm for strongly connected components linear time?"),
    ("algorithms", "Explain Diffie-Hellman key exchange with small numbers, p=23 and g=5."),
    ("algorithms", "What are the Nyquist-Shannon sampling theorem's assumptions?"),
    ("algorithms", "How is Shannon entropy computed for the distribution (0.5, 0.25, 0.25)?"),
    ("algorithms", "Explain the Cooley-Tukey FFT and why it is O(n log n)."),
    ("algorithms", "What is Hamming distance and how do Hamming codes correct a single-bit error?"),
    ("algorithms", "Explain the Gale-Shapley stable matching algorithm with 3 students and 3 schools."),
    ("algorithms", "Describe Lamport clocks and how they differ from vector clocks."),
    ("algorithms", "What problem does the Paxos algorithm solve, and how is Raft simpler?"),
    ("ml", "Explain the Adam optimizer versus Nesterov momentum."),
    ("ml", "What is a Gaussian process and how do I pick the kernel?"),
    ("ml", "How does the Viola-Jones face detector use Haar features?"),
    ("ml", "Explain the Hopfield network and why Hinton's Boltzmann machine generalised it."),
    ("ml", "Why does the Xavier/Glorot initialisation keep variance stable across layers?"),
    ("economics", "What is a Nash equilibrium? Find it for the prisoner's dilemma."),
    ("economics", "Explain Pareto efficiency and the 80/20 Pareto principle; are they related?"),
    ("economics", "Describe the Keynesian multiplier with a numeric example."),
    ("economics", "What is the Laffer curve and is there evidence for it?"),
    ("economics", "Explain Arrow's impossibility theorem for voting systems."),
    ("economics", "What is Say's law and why did Keynes reject it?"),
    ("economics", "Compute the Gini coefficient for incomes 10, 20, 30, 40."),
    ("economics", "What is Goodhart's law, with examples from software metrics?"),
    ("medicine", "What are the stages of Hodgkin lymphoma and how is it treated?"),
    ("medicine", "How is Hodgkin lymphoma different from non-Hodgkin lymphoma?"),
    ("medicine", "What are early signs of Alzheimer's disease versus normal ageing?"),
    ("medicine", "Explain how Parkinson's disease affects dopamine."),
    ("medicine", "What is Crohn's disease and how does it differ from ulcerative colitis?"),
    ("medicine", "What causes Graves' disease and how is it treated?"),
    ("medicine", "What is Asperger syndrome called now in the DSM-5?"),
    ("medicine", "Describe Huntington's disease inheritance; what's the chance a child inherits it?"),
    ("medicine", "Explain the Glasgow Coma Scale and how each component is scored."),
    ("medicine", "What is Cushing's syndrome and what tests confirm it?"),
    ("medicine", "How is Lyme disease diagnosed, and what is the bullseye rash?"),
    ("medicine", "What is Down syndrome caused by at the chromosome level?"),
    ("medicine", "Explain the Apgar score and what a score of 6 at one minute means."),
    ("medicine", "Is Tourette's syndrome always associated with swearing?"),
    ("medicine", "What are the Kübler-Ross stages of grief and are they supported by evidence?"),
    ("units", "Convert 300 kelvin to Celsius and Fahrenheit."),
    ("units", "How many joules are in a kilowatt-hour, and how many newtons in a kilonewton?"),
    ("units", "What is a pascal in terms of newtons and square metres? Convert 101325 Pa to bar."),
    ("units", "Why is the tesla a large unit? Compare it with the gauss."),
    ("units", "How many watts does a 2 A, 230 V appliance use, and what is that per hour in joules?"),
    ("units", "Convert 5 coulombs per second into amperes and explain the ampere's 2019 redefinition."),
    ("units", "What is a hertz, and how many hertz is 3000 rpm?"),
    ("units", "How do decibels work? Why is 60 dB ten times louder in intensity than 50 dB?"),
    ("products", "My Dell laptop won't boot past the logo. What should I try first?"),
    ("products", "Dell XPS 13 or MacBook Air for a computer science student?"),
    ("products", "Ford Motor Company's 2023 annual revenue and how it compares to Toyota."),
    ("products", "Is the Ford F-150 Lightning worth it for towing a 3,000 kg caravan?"),
    ("products", "How do I reset a Tesla Model 3 touchscreen?"),
    ("products", "Compare McDonald's and Burger King's franchise models."),
    ("products", "What's the difference between a Ferrari Roma and a Porsche 911 Carrera?"),
    ("products", "Write a review of the Dyson V15 vacuum cleaner for a tech blog."),
    ("products", "How do I export my Disney+ watch history?"),
    ("products", "Why did Boeing's 737 MAX get grounded?"),
    ("products", "Is a Mercedes-Benz EQS more efficient than a BMW iX?"),
    ("products", "Set up a Philips Hue bridge with Home Assistant."),
    ("products", "Should I buy a Casio or a Seiko watch under $200?"),
    ("products", "How does Ben & Jerry's make its ice cream so dense?"),
    ("products", "Compare Hewlett-Packard and Lenovo business laptops for a 50-person office."),
    ("products", "Fix: my Chevrolet Bolt shows 'propulsion power reduced'."),
    ("products", "What is the Adobe Acrobat command to compress a PDF under 2 MB?"),
    ("products", "Explain how Goldman Sachs and Morgan Stanley differ as employers for analysts."),
    ("programming", "In Python, why is the Liskov substitution principle violated when a Square subclasses Rectangle?"),
    ("programming", "Implement a Bézier curve in JavaScript with de Casteljau's algorithm."),
    ("programming", "What are Conway's Game of Life rules? Write it in 30 lines of Python."),
    ("programming", "Explain Amdahl's law: with 90% parallel code, what's the max speedup on 16 cores?"),
    ("programming", "Is Moore's law dead? What replaced transistor scaling?"),
    ("programming", "What does Brooks's law say about adding people to a late project?"),
    ("programming", "Explain Conway's law with a microservices example."),
    ("programming", "How do I use Pandas and Seaborn to plot a Kaplan-Meier survival curve?"),
    ("programming", "Write a Fibonacci generator in Go and explain Binet's formula."),
    ("programming", "Why does Hyrum's law make API changes risky?"),
    ("chemistry", "State Avogadro's law and compute the moles in 44.8 L of gas at STP."),
    ("chemistry", "Explain Le Chatelier's principle with the Haber process."),
    ("chemistry", "What is the Michaelis-Menten equation and how do I get Km from a Lineweaver-Burk plot?"),
    ("chemistry", "Use the Henderson-Hasselbalch equation for a buffer of 0.1 M acetic acid and 0.15 M acetate."),
    ("chemistry", "Explain Hund's rule and the Pauli exclusion principle for carbon's electrons."),
    ("chemistry", "What is Raoult's law and when do solutions deviate from it?"),
    ("chemistry", "Balance the reaction and apply Hess's law: C + O2 -> CO2 via CO."),
    ("chemistry", "How does the Arrhenius equation predict rate doubling for a 10 degree rise?"),
]
# fmt: on


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    text, spans, last = "", [], 0
    for match in MARK.finditer(marked):
        kind, value = match.group(1), match.group(2)
        assert kind in TYPES, kind
        text += marked[last : match.start()]
        spans.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
        spans[-1]["value"] = value
        text += value
        last = match.end()
    text += marked[last:]
    assert "[[" not in text and "]]" not in text, marked
    for span in spans:
        assert text[span["start"] : span["end"]] == span["value"]  # type: ignore[misc]
        if span["type"] == "CREDIT_CARD":
            assert luhn_ok(str(span["value"])), span
        if span["type"] == "IBAN_CODE":
            assert iban_ok(str(span["value"])), span
    return text, spans


def write(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(rows)} records")


def main() -> None:
    pii = []
    for i, marked in enumerate(PII, 1):
        text, spans = parse(marked)
        assert spans, marked
        pii.append(
            {
                "id": f"invented-chat/{i:03d}",
                "source": "invented-chat",
                "text": text,
                "spans": spans,
                "entity_types": sorted({str(s["type"]) for s in spans}),
                "has_direct_identifier": True,
                "has_any_pii": True,
            }
        )
    assert len({r["text"] for r in pii}) == len(pii), "duplicate texts"
    write(HERE / "chat_pii.jsonl", pii)
    clean = [
        {
            "id": f"invented-clean/{i:03d}",
            "source": "invented-clean",
            "text": text,
            "spans": [],
            "entity_types": [],
            "has_direct_identifier": False,
            "has_any_pii": False,
        }
        for i, text in enumerate(CLEAN, 1)
    ]
    write(HERE / "chat_clean.jsonl", clean)
    technical = [
        {"id": f"technical/{i:03d}", "text": text, "category": category}
        for i, (category, text) in enumerate(TECHNICAL, 1)
    ]
    assert len({r["text"] for r in technical}) == len(technical), "duplicate texts"
    write(HERE / "technical_prompts.jsonl", technical)


if __name__ == "__main__":
    main()
