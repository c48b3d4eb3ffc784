# ruff: noqa: E501  (data: one invented request per line)
"""Writes chat_pii_extra.jsonl and chat_clean_extra.jsonl from marked-up texts.

A second invented set, written independently of build_invented.py: 400 chat requests with
personal data and 200 clean requests that a privacy scanner might wrongly flag. Every
person, number, address, password and key below is made up (card numbers pass Luhn, IBANs
pass mod 97, phone numbers use fictional/drama ranges where a country has one, IPs are
mostly documentation ranges). A labelled value is written inline as [[TYPE|value]]; this
script strips the markup and computes each span's start/end, so no offset is typed by hand.
Labelling follows bench/data/README.md: direct identifiers only, titles outside PERSON
spans, dates of birth and public figures unlabelled. Run from the repository root:

    .venv/bin/python bench/data/build_extra.py
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
N_PII, N_CLEAN = 400, 200

# fmt: off
PII_A = [
    # Emails and letters to draft.
    "Draft an email to [[PERSON|Hannah Whitlock]] at [[EMAIL_ADDRESS|h.whitlock@brightmoor-logistics.co.uk]] asking for the signed delivery note for order 55120.",
    "Write a follow-up to [[PERSON|Rafael Quintero]], he hasn't answered about the kitchen quote since last Wednesday. His address is [[EMAIL_ADDRESS|rquintero@quintero-obras.es]].",
    "pls write email to my sons teacher mrs [[PERSON|Olabode]] saying [[PERSON|Tunde]] will miss school friday for a dentist appt",
    "Can you write a polite chaser to [[PERSON|Magdalena Nowicka]] for invoice FV/2024/118? cc [[EMAIL_ADDRESS|ksiegowosc@nowicka-design.pl]]",
    "Email to my landlord [[PERSON|Geraint Pryce]]: the bathroom extractor fan at [[STREET_ADDRESS|Flat 3, 27 Cowbridge Road East, Cardiff CF11 9AD]] stopped working two weeks ago and there's mould now.",
    "Help me email HR ([[EMAIL_ADDRESS|people-ops@tallgrass.io]]) to ask whether my parental leave starts on the due date or the birth date. I'm [[PERSON|Nadia Rahimi]], employee no. [[ID_NUMBER|TG-40721]].",
    "write a short email to [[PERSON|Viktor]] saying the shipment is delayed to the 18th and apologise, keep it under 80 words",
    "I need an email to Dr. [[PERSON|Anjali Deshpande]] asking to move my follow-up from 9 May to any afternoon the week after.",
    "Draft a reply-all declining the offsite. The invite came from [[PERSON|Craig Mulholland]] <[[EMAIL_ADDRESS|craig.mulholland@fenwick-group.com]]>.",
    "Write to [[PERSON|Inês Carvalho]] ([[EMAIL_ADDRESS|ines.carvalho@sapo.pt]]) confirming the photographer booking for 21 September, deposit of €300 already paid.",
    "Write a cold email to [[PERSON|Sigrid Haugland]], head of procurement at a Norwegian ferry company, introducing our hull-cleaning robots. Her email is [[EMAIL_ADDRESS|sigrid.haugland@fjordlinje.no]].",
    "Email template please: 'Hi [[PERSON|Deepak]], thanks for the interview on Tuesday...' then tell him we went with another candidate but keep him on file.",
    "Make this sound less angry: [[PERSON|Brendan]], this is the THIRD time the bins have been left at my gate. Move them today.",
    "Draft a letter to the council about the pothole outside [[STREET_ADDRESS|19 Beechwood Avenue, Harrogate HG2 0PL]]. Sign it from [[PERSON|Maureen Ackroyd]].",
    "can u write an email to my professor [[PERSON|Jiří Novotný]] asking for an extension on the econometrics assignment, i had covid",
    "Write an out-of-office: I'm away until 3 June, urgent issues go to [[PERSON|Chidinma Okeke]] on [[PHONE_NUMBER|+234 803 555 0142]] or [[EMAIL_ADDRESS|c.okeke@lagosbuild.ng]].",
    "Write a formal resignation letter to [[PERSON|Thomas Brennan-Hart]], my line manager. Last day 28 February. My name is [[PERSON|Aoife Gallagher]].",
    "Help me reply to [[PERSON|Lakshmi]] from the housing society. She wants me to pay the maintenance of Rs 4,500 by Sunday but I already paid via UPI.",
    "Write a warm email introducing [[PERSON|Tereza Dvořáková]] (UX researcher) to [[PERSON|Oluwaseun Adeyemi]] (founder of a fintech in Lagos). They should talk about user interviews.",
    "Draft an apology to customer Mr. [[PERSON|Haddad]] for the wrong size sofa",
    "I have to email [[PERSON|Zhou Mingxuan]] about the late shipment of PCBs. Can you write it politely but firmly? Our PO is 7781.",
    "Write an email to the school office ([[EMAIL_ADDRESS|office@stbrigids-ns.ie]]) to say [[PERSON|Oisín Ó Dálaigh]] in 2nd class will be collected by his granny [[PERSON|Bríd]] on Thursdays.",
    "Email to the estate agent: we'd like to view [[STREET_ADDRESS|42 Clifton Gardens, Folkestone CT20 2EF]] on Saturday morning. My mobile is [[PHONE_NUMBER|07700 900417]].",
    "draft email to [[EMAIL_ADDRESS|marco.bellandi@studiobellandi.it]] asking if the architect plans for the kitchen are ready, he said end of april",
    "Can you help me write to my old boss [[PERSON|Renata]] asking her to be a reference for a job at the Red Cross?",
    "Please write a complaint to the airline. Booking ref [[ID_NUMBER|QX7R2M]], passenger [[PERSON|Emeka Nwosu]], flight cancelled 4 hours before departure and no rebooking offered.",
    "Email to [[PERSON|Dimitris Anagnostou]] in Thessaloniki: we accept the offer of 1,200 units at €3.40, delivery by end of Q3.",
    "Write a short note to the nursery: [[PERSON|Maja]] has a nut allergy, her epipen is in the blue bag, and her dad [[PERSON|Piotr]] will pick her up today ([[PHONE_NUMBER|+48 601 555 218]]).",
    # Messages to reply to.
    "How do I reply to this? 'Hey it's [[PERSON|Gaz]] from the five-a-side, can you still make Tuesday or should I find a sub?'",
    "My neighbour [[PERSON|Hendrik]] left this note: 'Your hedge is blocking my light. Please trim by the weekend.' Help me reply nicely, I'm away until the 20th.",
    "reply to this whatsapp from my aunt [[PERSON|Conceição]]: 'querida, vens ao almoço de domingo? traz o [[PERSON|Thiago]]' — say yes but we'll be late",
    "Got this from a recruiter: 'Hi [[PERSON|Mikael]], I came across your profile and have a Rust role in Espoo.' Write a reply saying I'm interested but only remote.",
    "Help me answer my mother-in-law [[PERSON|Gülşen]] who asked if we're coming for Bayram. We can't this year because of work.",
    "[[PERSON|Bex]] texted 'are we still on for sat??' — I need to cancel because my kid is sick. Something kind and short.",
    "What should I say back to [[PERSON|Kenji Watanabe]]? He emailed: 'Could you send the revised estimate by Friday? Our board meets Monday.' I need until Tuesday.",
    "My flatmate [[PERSON|Caoimhe]] wrote in the group chat that someone keeps using her oat milk. It was me. Help me own up.",
    "Reply to this LinkedIn message politely: 'Hi, I'm [[PERSON|Harpreet Sandhu]], a recruiter at Lumina Talent. Are you open to new roles?' I'm not.",
    "client [[PERSON|Babajide Ogunleye]] says 'the logo looks cheap'. how do i respond professionally and ask what he means",
    "Help me respond to [[PERSON|Wang Xiuying]]'s email asking why our quote went up 12% since last year.",
    "Reply to [[PERSON|Fatima Al-Zahrani]] accepting the meeting on Thursday 11am Riyadh time and asking for the agenda.",
    "my dad sent 'call me when u can, its about grandpa [[PERSON|joe]]' should i be worried? how do i ask without panicking him",
    # HR and work.
    "I need to write a performance improvement plan for [[PERSON|Callum Reid]]. He's missed 6 deadlines this quarter. Give me a structure.",
    "We're firing [[PERSON|Álvaro Mendizábal]] for gross misconduct on Monday. What should the termination meeting script look like under Spanish law?",
    "Write an offer letter: candidate [[PERSON|Sneha Iyer]], role Data Analyst, CTC ₹14,00,000, joining 1 July, address [[STREET_ADDRESS|Flat 402, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038]].",
    "Summarise this for the hiring panel: [[PERSON|Emre Aydın]] — 7 yrs Java, 2 yrs Kotlin, led migration at a bank, wants 85k, notice period 3 months.",
    "how do i tell my team that [[PERSON|Kateřina]] is leaving without making it sound like she was pushed",
    "Our employee [[PERSON|Marcus Achebe]] (ID [[ID_NUMBER|EMP-20931]]) has asked for reasonable adjustments for dyslexia. What's a good response letter?",
    "Please rewrite my feedback for [[PERSON|Eero Mäkelä]] so it's more constructive: 'Your code reviews are slow and nitpicky.'",
    "We want to hire [[PERSON|Layla Abdel-Rahman]] as a contractor from Amman. What paperwork do we need in the UK?",
    "Write a reference for [[PERSON|Pádraig Ó Súilleabháin]] who worked for us as a warehouse operative from 2019 to 2023. Reliable, never late.",
    "Draft a disciplinary invite letter for [[PERSON|Gary Pickford]], hearing on 14 March at 10:00, he may bring a colleague.",
    "Can you tell me if I'm paying [[PERSON|Rohan Mehta]] correctly? Gross 62,000 a year, 4 weeks unpaid leave taken in March.",
    "My boss [[PERSON|Renata]] keeps scheduling meetings at 7pm. How can I push back without seeming uncommitted?",
    "make a onboarding checklist for [[PERSON|Thiago Assunção]], starts monday, needs laptop, badge, github access and a buddy ([[PERSON|Luíza]])",
    "Write a promotion announcement for [[PERSON|Chen Jiayi]] who becomes Head of Design on 1 May.",
    "Rate these candidates for a junior accountant job: [[PERSON|Aisha Bello]] (ACCA part-qualified), [[PERSON|Tom Latham]] (graduate, no experience), [[PERSON|Begoña Etxeberria]] (5 yrs AP clerk).",
    "I'm [[PERSON|Krzysztof Zieliński]] and my employer hasn't paid overtime for three months. Write a formal grievance.",
    "what's a fair severance for [[PERSON|Vasiliki]], 11 years with us, salary 38k, position being made redundant",
    "Convert this to a polite Slack message: '[[PERSON|Nikhil]] stop pushing straight to main'",
    "Write an exit interview summary: [[PERSON|Astrid Lønborg]] left because of pay and lack of remote options; she praised her team lead [[PERSON|Jonas]].",
    # Medical.
    "My mum [[PERSON|Jadwiga Wiśniewska]] (DOB 03/11/1948) was prescribed apixaban and she also takes ibuprofen for her knees. Is that combination safe?",
    "Write a note for the GP: patient [[PERSON|Gareth Lloyd]], NHS number [[ID_NUMBER|943 476 5919]], requesting a repeat prescription of sertraline 50mg.",
    "Dr [[PERSON|Venkataraman]] said my HbA1c is 6.9. Is that diabetic? what should I ask at the next appointment",
    "my daughter [[PERSON|Ifeoma]] is 4 and has had a fever of 39.2 for two days, the clinic number is busy. when should i go to A&E?",
    "Help me fill the physio referral: name [[PERSON|Ondřej Černý]], born 14.06.1979, phone [[PHONE_NUMBER|+420 601 555 873]], complaint: lower back pain since March.",
    "Can you explain these blood results in plain words? Patient: [[PERSON|Li Haoran]], MRN [[ID_NUMBER|MRN-0048213]]. ALT 78, AST 52, GGT 110.",
    "My husband [[PERSON|Yusuf]] has been snoring loudly and stops breathing at night. Which specialist should he see?",
    "I'm caring for my father [[PERSON|Giorgos Papadakis]] who has early Alzheimer's. How do I set up a lasting power of attorney in Greece?",
    "write a message to the dentist asking to cancel [[PERSON|Saoirse]]'s appointment on the 12th, she's got a school trip",
    "Translate this for my mother's oncologist: 'Mi madre, [[PERSON|Rosario Jiménez Ortega]], tiene náuseas fuertes desde la última quimioterapia.'",
    "Aadhaar [[ID_NUMBER|4829 1736 5502]] is linked to my dad's Ayushman card but the hospital says it doesn't match. His name is [[PERSON|Ramesh Kulkarni]]. What can we do?",
    "Make a medication chart for grandma [[PERSON|Edna]]: metformin 500mg twice daily, amlodipine 5mg morning, atorvastatin 20mg night.",
    "Pls summarise this discharge letter for my family group chat: [[PERSON|Kwame Mensah]], 67, admitted with NSTEMI, stent placed in LAD, discharged on dual antiplatelets.",
    "Is it normal that [[PERSON|Nguyễn Văn Bình]]'s newborn lost 9% of birth weight in 4 days? The midwife is [[PERSON|Hoa]], her number is [[PHONE_NUMBER|090 555 3184]].",
    "Fill in the insurance claim: insured [[PERSON|Helena Sørensen]], policy [[ID_NUMBER|POL-7734-22918]], treatment: MRI left knee, 14 Feb, cost 4,800 DKK.",
    # Legal.
    "I'm being evicted from [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]]. My landlord Herr [[PERSON|Baumgartner]] gave me 2 weeks notice. Is that legal?",
    "Draft a witness statement: on 2 March I saw [[PERSON|Darren Cole]] reverse into my car outside the Co-op and drive off.",
    "My ex-husband [[PERSON|Stelios]] isn't paying child support as agreed. What are my options in Cyprus?",
    "Write a cease and desist to [[PERSON|Kyle Brandt]] who keeps posting photos of my shop on Facebook with false reviews.",
    "Help me write a letter to the court: case no. 2024/CV/118, claimant [[PERSON|Oluwadamilare Bankole]], requesting an adjournment because my solicitor is ill.",
    "Can my employer deduct the uniform cost from [[PERSON|Marisol]]'s wages if she's on minimum wage? We're in Texas.",
    "I want to add my partner [[PERSON|Niamh Brennan]] to the deeds of [[STREET_ADDRESS|8 Orchard Lane, Ennis, Co. Clare V95 R2C7]]. What's the process?",
    "What does this clause mean? 'The Tenant, [[PERSON|Aarav Kulkarni]], shall indemnify the Landlord against all losses arising...'",
    "My sister [[PERSON|Yasmin]] got a parking fine at a private car park but the sign was hidden. Write an appeal.",
    "Draft a simple will template: I, [[PERSON|Bernadette Quigley]], leave my house to my daughter [[PERSON|Clodagh]] and my savings split between my two grandsons.",
    "Prepare a demand letter to [[PERSON|Pieter van der Berg]] at [[STREET_ADDRESS|Van Ostadestraat 118-3, 1072 TD Amsterdam]] for €2,350 unpaid freelance fees.",
    "My solicitor Ms. [[PERSON|Vos-Hendriks]] wants proof of address. Which documents usually count?",
    "im [[PERSON|jordan mcallister]] and i got a speeding ticket in ohio but i live in pa, will it go on my license",
    "Explain to me simply: my tenant [[PERSON|Hussein]] signed a 12 month lease but wants to leave after 5. Can I keep the deposit?",
    # Finance and banking.
    "Please check this transfer before I send it: beneficiary [[PERSON|Lucía Fernández Ortega]], IBAN [[IBAN_CODE|ES28 0049 1500 8729 1038 4756]], amount €1,250, reference 'alquiler junio'.",
    "my card [[CREDIT_CARD|4539 5260 1815 9083]] got charged twice by an online shop, how do i dispute it",
    "Can you write to my bank that a direct debit to my account [[ID_NUMBER|41930276]] (sort code 20-45-77) was taken without authorisation?",
    "I need to pay [[PERSON|Pieter Janssen]] for the bike: IBAN [[IBAN_CODE|NL51 RABO 0312 8456 71]]. How long do SEPA transfers take on a Friday?",
    "Which fields are wrong? Name: [[PERSON|Kateřina Procházková]], IBAN [[IBAN_CODE|CZ08 0100 0000 1920 0014 5399]], BIC KOMBCZPP, amount 14 500 CZK.",
]

PII_B = [
    "Is this IBAN valid? [[IBAN_CODE|DE12 5001 0517 0648 4898 90]] — it's for my tenant [[PERSON|Florian Kessler]]'s deposit refund.",
    "Our accountant Mrs. [[PERSON|Pillai]] needs the transfer details. Write a message with IBAN [[IBAN_CODE|GB29 NWBK 6016 1331 9268 19]] and the invoice total £3,480.",
    "help, someone used my visa [[CREDIT_CARD|4916219935181900]] exp 09/27 on a site in Lithuania. what do i do first",
    "Write a letter to HMRC: my name is [[PERSON|Olumide Fashola]], National Insurance number [[ID_NUMBER|QQ 12 34 56 C]], I was charged an emergency tax code in April.",
    "I'm filling my 1040. SSN [[US_SSN|532-71-4098]], spouse [[PERSON|Dana Whitfield]] SSN [[US_SSN|401-88-2376]]. Should we file jointly if she had no income?",
    "my husband's ssn is [[US_SSN|219 46 8830]] and the IRS letter says it doesn't match his name [[PERSON|Robert J. Ainsworth]]. what now",
    "Budget help: I earn 2,900/month, rent 1,100 to Mr. [[PERSON|Okafor]] on the 1st, car loan 310. How much can I save?",
    "Split this bill fairly: [[PERSON|Tomek]] had the steak (32), [[PERSON|Ola]] the pasta (18), [[PERSON|Kuba]] only drinks (14), service 10%.",
    "Can you explain this charge on my statement? 'AMZN Mktp DE 23,99 EUR' card ending 9083, account holder [[PERSON|Selin Arslan]].",
    "Please double-check the card number I'm giving the hotel: [[CREDIT_CARD|5412 3016 6131 8603]]. Did I type it right?",
    "I want to send money to my brother [[PERSON|Tariq]] in Karachi. Is Wise or Remitly cheaper for 500 GBP?",
    "Transfer form: Beneficiary: [[PERSON|Jean-Baptiste Moreau]] | IBAN: [[IBAN_CODE|FR41 3000 6000 0123 4567 8901 89]] | Motif: remboursement vacances. Is 'motif' the same as reference?",
    "My PESEL is [[ID_NUMBER|85071503672]] and the bank app says it's invalid. How is the checksum calculated?",
    "How do I report to Equifax that [[PERSON|Brianna Kowalski]] opened a credit card in my name? She's my ex roommate.",
    "Amex [[CREDIT_CARD|3714 913909 96033]] was declined at a restaurant in Rome but works online. Why?",
    "Loan calculator question: [[PERSON|Ngozi]] wants to borrow ₦2,500,000 at 28% over 3 years. What's the monthly payment?",
    "Write a payment reminder to [[PERSON|Wojciechowski]], he owes 3 invoices, total 8 940 zł, bank account [[IBAN_CODE|PL61 1090 1014 0000 0712 1981 2874]].",
    "Reconcile these: 12/03 [[PERSON|A. Lindqvist]] +450.00, 13/03 Tesco -62.18, 15/03 [[PERSON|A. Lindqvist]] +450.00 (duplicate?).",
    # School and education.
    "Write a note to my daughter's teacher Mr. [[PERSON|Ó Ceallaigh]] saying she was absent Monday due to a migraine.",
    "help me write a sick note for school, student [[PERSON|Aarav Sharma]], class 7B, roll no. 23, fever 3 days",
    "Can you grade this essay by [[PERSON|Lily-Mae Hutchins]] (Year 9) on a 1-9 scale and give two targets?",
    "Draft a parent email: [[PERSON|Matteo]] has been disruptive in maths all week. I'd like to meet his parents on Thursday after 3:30.",
    "I'm a tutor. Make a progress report for [[PERSON|Phạm Thu Trang]]: algebra improving, fractions still weak, 8 sessions done.",
    "My student ID is [[ID_NUMBER|s2291847]] and the uni portal locked me out. Write an email to IT support.",
    "write recommendation letter for [[PERSON|Zainab Yusuf]] applying for MSc Public Health at LSHTM. I supervised her final year project on malaria bed nets.",
    "Create a seating plan for 5C avoiding putting [[PERSON|Jayden]] next to [[PERSON|Kacper]] or [[PERSON|Mia-Rose]].",
    "Write an appeal against my son's exclusion. [[PERSON|Kieran Doyle]], Year 10, excluded 3 days for vaping which he denies.",
    "my kid [[PERSON|sofía]] is being bullied by a girl called [[PERSON|harper]] in her class, how do i raise it with the school without it getting worse",
    "As headteacher I need to tell parents that Mrs. [[PERSON|Oyelowo]] is on long-term sick leave and Mr. [[PERSON|Dlamini]] will cover Year 4.",
    "Summarise this IEP for the new teacher: [[PERSON|Ewan Fraser]], 11, ADHD combined type, needs movement breaks every 20 min, extra time 25%.",
    "Help me fill the university application: name [[PERSON|Nguyen Bao Ngoc]], DOB 22/08/2006, passport [[ID_NUMBER|C4829173]], email [[EMAIL_ADDRESS|baongoc.nguyen06@gmail.com]].",
    "thank you card for miss [[PERSON|patel]] from the whole of reception class",
    # Travel.
    "My flight LH1423 was cancelled. Booking code [[ID_NUMBER|6TZKQ9]], passenger [[PERSON|Mehmet Öztürk]]. What compensation can I get under EU261?",
    "Plan a 3-day Kyoto trip for me and [[PERSON|Yuki]]. Our hotel is at [[STREET_ADDRESS|Room 503, 2-4-11 Shijo-dori, Shimogyo-ku, Kyoto 600-8001]].",
    "Passport [[ID_NUMBER|533819274]] expires in 5 months. Can I still travel to Thailand in June?",
    "Write an invitation letter for a Schengen visa: I, [[PERSON|Anna Bergström]], residing at [[STREET_ADDRESS|Storgatan 12 B, 903 26 Umeå]], invite my cousin [[PERSON|Rahul Bhatt]] (passport [[ID_NUMBER|K4821937]]) for 3 weeks.",
    "Airbnb host [[PERSON|Mariana]] hasn't sent the door code and we land at 11pm. Her number is [[PHONE_NUMBER|+55 21 99876 5432]]. What should I text her?",
    "Translate to Japanese for the ryokan: 'Two guests, [[PERSON|Sarah Kemp]] and [[PERSON|Liam Kemp]], arriving 19 Oct, one is vegetarian.'",
    "my Eurostar ref is [[ID_NUMBER|ZKLPRW]] and I need to change the name from [[PERSON|Chloe Brandt]] to my friend. possible?",
    "Write a packing list for taking grandpa [[PERSON|Sean]] (wheelchair user) to Lourdes for 5 days.",
    "Emergency contacts for the school trip to Berlin: Mrs. [[PERSON|Harding]] [[PHONE_NUMBER|07700 900562]], Mr. [[PERSON|Zawadzki]] [[PHONE_NUMBER|07700 900983]]. Format this as a card.",
    "Hotel confirmation says guest [[PERSON|Khaled bin Saeed]], confirmation no. [[ID_NUMBER|4027.118.593]], but I asked for a twin room. How do I ask Booking.com to fix it?",
    "itinerary pls: pick up [[PERSON|Rosa]] from [[STREET_ADDRESS|Calle de Toledo 58, 3º B, 28005 Madrid]] at 8, then drive to Segovia, lunch, back by 7",
    "I lost my passport in Lisbon. Name [[PERSON|Oliver Grant]], UK passport [[ID_NUMBER|120384756]]. What's the process for an emergency travel document?",
    "Can you find a good dinner spot near [[STREET_ADDRESS|Via Garibaldi 23, 10122 Torino]] for me and [[PERSON|Franca]]'s anniversary?",
    "ESTA form asks for a US point of contact. My friend is [[PERSON|Kayla Rodriguez]], [[STREET_ADDRESS|1842 Maple Ridge Dr, Columbus, OH 43215]], [[PHONE_NUMBER|(614) 555-0139]]. Where do I put her?",
    # Landlord / tenant / neighbours.
    "My landlord Mr. [[PERSON|Chukwu]] wants to raise the rent by 18% at [[STREET_ADDRESS|Unit 5/22 Bondi Road, Bondi NSW 2026]]. Is that allowed in NSW?",
    "tenant in flat 2 ([[PERSON|Ahmad]]) keeps playing music til 3am. write a first warning letter",
    "Write a notice to quit for my tenant [[PERSON|Delphine Marchand]] at [[STREET_ADDRESS|12 rue des Tanneurs, 69003 Lyon]], end of lease 30 septembre.",
    "The letting agent [[PERSON|Shauna]] says I owe £450 for carpet cleaning at checkout. The inventory showed it was already stained. Help me dispute.",
    "Can I withhold rent from [[PERSON|Bianchi]] if the boiler has been broken since November?",
    "Write a WhatsApp to our building admin Signora [[PERSON|Colombo]] saying the lift at [[STREET_ADDRESS|Viale Monza 140, 20127 Milano]] has been stuck since Monday.",
    "My neighbour [[PERSON|Lars]] parks his trailer across my driveway every weekend. How do I bring it up?",
    "Help me write a reference request to my previous landlady [[PERSON|Deirdre Flanagan]], I rented from her 2019-2023.",
    "Inventory for the new tenants at [[STREET_ADDRESS|Apartment 6, Harbour View, Strand Road, Bray, Co. Wicklow A98 X2K4]]: make a template with rooms and condition columns.",
    "im moving out of [[STREET_ADDRESS|2204-1288 West Georgia St, Vancouver BC V6E 4R3]] and the property manager [[PERSON|Trevor]] wants 2 months rent as a penalty. is that legal in BC",
    # Customer support.
    "I'm writing to Vodafone. Account holder [[PERSON|Muhammad Faizan Qureshi]], mobile [[PHONE_NUMBER|07700 900731]]. They've charged roaming in France which should be free.",
    "Write a complaint to IKEA customer service, order delivered to [[STREET_ADDRESS|Am Kirchberg 7a, 80331 München]] with a broken wardrobe door. Customer: [[PERSON|Sabine Hoffmann]].",
    "Help me phrase a refund request: I'm [[PERSON|Pooja Nair]], order #88213, my email on the account is [[EMAIL_ADDRESS|pooja.nair.kochi@outlook.com]].",
    "As a support agent, reply to Mr. [[PERSON|Lindahl]] who says his router keeps dropping. His customer number is [[ID_NUMBER|CN-5581923]].",
    "Customer [[PERSON|Olga Petrenko]] ([[EMAIL_ADDRESS|olga.petrenko@ukr.net]]) wants to return shoes after 45 days. Our policy is 30. Write a kind refusal with a store credit offer.",
    "rewrite this support ticket in proper english: 'hi my name [[PERSON|hùng]] phone [[PHONE_NUMBER|0905553127]] internet not work 3 day please fix'",
    "Write a macro reply for agents that starts 'Hi [[PERSON|Tamsin]],' and explains how to reset the smart thermostat.",
    "My broadband account number is [[ID_NUMBER|BT44718209]] and they're saying I agreed to a new 24-month contract on the phone. I didn't. Help me complain.",
    "Translate into Turkish for a customer: 'Dear [[PERSON|Burak Öztürk]], your parcel will arrive on Wednesday between 9:00 and 13:00.'",
    "Draft a chargeback letter. I paid £620 with card [[CREDIT_CARD|5274 9378 6579 7543]] to a kitchen fitter, [[PERSON|Wayne Stubbs]], who never showed up.",
    # Forms.
    "Fill this form as JSON: name [[PERSON|Agnieszka Wójcik]], dob 1991-04-17, phone [[PHONE_NUMBER|+48 512 555 904]], email [[EMAIL_ADDRESS|a.wojcik91@wp.pl]], address [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]].",
    "Can you check my gym membership form for mistakes?\nName: [[PERSON|Jonathon Pryce-Evans]]\nPhone: [[PHONE_NUMBER|07700900215]]\nEmergency contact: [[PERSON|Carys]] (wife) [[PHONE_NUMBER|07700 900 844]]",
    "I'm registering my daughter for swimming. Name: [[PERSON|Aiyana Redcloud]], DOB 12 Feb 2016, medical: asthma. Parent: [[PERSON|Lena Redcloud]], [[PHONE_NUMBER|(406) 555-0188]]. Does the form look complete?",
    "Put this in a vCard: Dr. [[PERSON|Ana Lúcia Bastos]], Clínica Sorriso, [[PHONE_NUMBER|+55 11 3555 0142]], [[EMAIL_ADDRESS|analucia@clinicasorriso.com.br]]",
    "Help me fill out the DS-160: surname [[PERSON|Hosseini]], given name [[PERSON|Parisa]], passport [[ID_NUMBER|P83920115]], home address [[STREET_ADDRESS|Villa 27, Street 14, Al Barsha 2, Dubai]].",
    "Here's my rental application, make it stronger: [[PERSON|Tobias Engel]], 34, software developer, net income 4,200 €, current address [[STREET_ADDRESS|Sonnenallee 221, 12059 Berlin]], no pets.",
    "Fill in the Italian tax form: codice fiscale [[ID_NUMBER|BNCGNN85T10L219X]], nome [[PERSON|Giovanni Bianchi]], residenza [[STREET_ADDRESS|Via Po 12, 10123 Torino]].",
    "What goes in 'Box 4' of the W-9 for [[PERSON|Marcus Tillman]], single-member LLC, SSN [[US_SSN|478-21-3390]]?",
    "Check whether this Dutch BSN is valid for the payroll form: [[ID_NUMBER|111222333]], employee [[PERSON|Daan de Vries]].",
    "Application form for a Swedish bank: personnummer [[ID_NUMBER|850709-9805]], name [[PERSON|Elin Nyström]], which field is 'clearingnummer'?",
    "Fill the kids' party RSVP spreadsheet: [[PERSON|Harvey]] yes (allergic to eggs), [[PERSON|Amara]] no, [[PERSON|Freddie]] maybe, parent contact [[PHONE_NUMBER|07700 900 376]].",
    "Registration form for the conference: Prof. [[PERSON|Xú Lìnà]], Tsinghua, arriving 3 Nov, vegetarian meal. Write the confirmation email.",
    "I need to fill a Brazilian form: CPF [[ID_NUMBER|529.982.247-25]], nome [[PERSON|Thiago Assunção Lima]], endereço [[STREET_ADDRESS|Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001]].",
    "Complete the emergency contact section: [[PERSON|Ikechukwu Eze]], brother, [[PHONE_NUMBER|0803 555 0917]], lives at [[STREET_ADDRESS|Plot 14, Adeola Odeku Street, Victoria Island, Lagos]].",
    # CVs.
    "Improve my CV header: [[PERSON|Marta Kowalczyk-Brandt]] | [[PHONE_NUMBER|+49 151 5550 2873]] | [[EMAIL_ADDRESS|marta.kbrandt@posteo.de]] | Hamburg",
    "Rewrite this CV summary to be punchier: 'I am [[PERSON|Obinna Chukwuemeka]], a mechanical engineer with 9 years experience in HVAC design...'",
    "Turn this into a one-page CV:\n[[PERSON|Leilani Kahale]]\n[[STREET_ADDRESS|94-1050 Waipio Uka St, Waipahu, HI 96797]]\n[[PHONE_NUMBER|808-555-0167]]\nBarista 2019-2022, shift lead 2022-now",
    "my cv says 'References: [[PERSON|John Harlow]], Operations Manager, [[PHONE_NUMBER|0161 496 0733]]'. should I remove references entirely?",
    "Translate my CV to German. Name: [[PERSON|Emil Hájek]], Adresse: [[STREET_ADDRESS|Vinohradská 1511/230, 100 00 Praha 10]], Tel. [[PHONE_NUMBER|+420 777 555 013]].",
    "Write a cover letter for [[PERSON|Soo-ah Park]] applying to be a pastry chef at a hotel in Melbourne, she trained at Le Cordon Bleu Seoul.",
    "Format these references nicely: 1) Dr. [[PERSON|Imran Siddiqui]], [[EMAIL_ADDRESS|i.siddiqui@khi-med.pk]] 2) Sister [[PERSON|Mary Kehoe]], [[PHONE_NUMBER|+353 87 555 2210]]",
    "cv for my dad [[PERSON|ravi chandran]], 58, 30 years as bus driver, wants a job as a school crossing guard",
    "Is it OK to put my date of birth on my CV in France? It currently says [[PERSON|Léa Rousseau]], née le 4 juillet 1996, [[STREET_ADDRESS|Appt 14, 5 avenue Jean Jaurès, 31000 Toulouse]].",
    "Add a skills section to my resume. I'm [[PERSON|Camila Restrepo]], a nurse from Medellín moving to Canada, email [[EMAIL_ADDRESS|camirestrepo.rn@gmail.com]].",
]

PII_C = [
    # Meeting notes.
    "Turn these notes into minutes:\n- [[PERSON|Priya]] to own the vendor shortlist\n- [[PERSON|Callum]] blocked on legal review\n- [[PERSON|Ngozi Eze]] to email [[EMAIL_ADDRESS|legal@harrowfield.co.uk]] by Fri",
    "Summarise: attendees [[PERSON|Jakub Nowak]], [[PERSON|Marie Fontaine]], [[PERSON|Rui Tavares]]. Decision: move launch to Q3. Action: [[PERSON|Rui]] updates the roadmap.",
    "standup notes -> bullet list pls: yesterday [[PERSON|Ali]] fixed the payments bug, [[PERSON|Hye-jin]] on leave, today [[PERSON|Dmitri]] pairing with [[PERSON|Oskar]] on the migration",
    "Meeting with [[PERSON|Ayodele Adebayo]] (investor) on 4 June: he wants monthly reports and a board seat. Draft a follow-up email with next steps.",
    "From the board call: [[PERSON|Henrietta Vane]] will step down as chair; [[PERSON|Suresh Balakrishnan]] nominated. Write a formal announcement.",
    "Clean up these 1:1 notes with [[PERSON|Ludmila]]: wants more ownership, frustrated by on-call, asked about promotion timeline, follow up in 2 wks",
    "Action items from today's parents' committee: [[PERSON|Orla]] books the hall, [[PERSON|Sinéad]] does the raffle, I email Fr. [[PERSON|Keane]] about the date.",
    "Write minutes for the residents' association: Mr. [[PERSON|Abiodun]] raised the broken gate at [[STREET_ADDRESS|Block C, Kingfisher Court, 3 Wharf Lane, Reading RG1 8PQ]]; Mrs. [[PERSON|Tran]] agreed to call the managing agent.",
    "Rewrite as a retro summary: what went well ([[PERSON|Karolina]]'s test coverage), what didn't (deploy on Friday), actions ([[PERSON|Sven]] adds a release checklist).",
    "Notes from call with supplier [[PERSON|Haruto Sato]] ([[PHONE_NUMBER|+81 90 5555 2817]]): price up 6%, lead time 8 weeks, MOQ 500. Summarise for my boss.",
    # Chat transcripts pasted in.
    "Who's in the wrong here?\n[[PERSON|Jess]]: you said you'd pay me back last week\n[[PERSON|Tom]]: i said when i get paid\n[[PERSON|Jess]]: you got paid on friday\n[[PERSON|Tom]]: rent came first",
    "Analyse the tone of this chat:\n[[PERSON|Amit]]: can we move the demo?\n[[PERSON|Clara]]: again??\n[[PERSON|Amit]]: the client asked\n[[PERSON|Clara]]: fine. thursday. last time.",
    "My group chat exploded. [[PERSON|Marek]] said [[PERSON|Zuzana]] was lying about the trip money and now nobody's talking. How do I calm it down?",
    "Translate this Slack thread for the team in Madrid:\n[[PERSON|Hannah]]: the build is red again\n[[PERSON|Joe]]: my bad, reverting\n[[PERSON|Hannah]]: ty",
    "Is this a scam? 'Hi mum it's [[PERSON|Ellie]], new number, my phone broke, can you send £340 for the rent, account [[ID_NUMBER|60837291]] sort 40-12-55'",
    "Here's my conversation with the seller [[PERSON|Dariusz]] on OLX:\nme: is the bike still available?\nhim: yes 900 zł, call [[PHONE_NUMBER|601 555 742]]\nme: can you do 750?\nDoes he seem legit?",
    "[[PERSON|Keisha]]: u coming tonight?\nme: maybe\n[[PERSON|Keisha]]: [[PERSON|Dre]] will be there 👀\nhow do i say no without her reading into it lol",
    "Summarise this support chat: Agent [[PERSON|Priyanka]]: Can I have your postcode? Customer: [[STREET_ADDRESS|14 Larkspur Close, Norwich NR4 7TJ]]. Agent: thanks Mr. [[PERSON|Bowden]], I see the outage.",
    "What did my landlord mean here? '[[PERSON|Hamid]] the gas man will come tues between 8 and 1, leave key with Mrs. [[PERSON|Dunne]] at no. 12 if ur out'",
    "Interpret this text from my teen: 'mum [[PERSON|aaliyah]] said i can stay over, her mum is fine with it, her number is [[PHONE_NUMBER|07700900458]]'. Should I call the mum first?",
    # Code and config with credentials.
    "Why does this fail?\n```\nDATABASE_URL=postgres://app_user:[[PASSWORD|Xk9#mPq2!vR]]@db.internal:5432/orders\n```\npsycopg2 says 'password authentication failed'.",
    "fix my python: `client = OpenAI(api_key=\"[[API_KEY|sk-proj-Qm7vT2xL9pR4nW8yK3bH6dJ1fZ5cA0sE]]\")` gives 401",
    "My .env:\nSTRIPE_SECRET=[[API_KEY|sk_test_51Hq8ZtL2mWx9RvK4pY7nB3cD6fG0hJ]]\nADMIN_EMAIL=[[EMAIL_ADDRESS|ops@fernbrook-apps.com]]\nWhy isn't dotenv loading it in Next.js?",
    "AWS CLI says InvalidClientTokenId. Config:\n[default]\naws_access_key_id = [[API_KEY|AKIAQ7XR2M4N8PLK3T6W]]\naws_secret_access_key = [[API_KEY|wJ4tXq9Lm2Vb7Rk8Zp3Ny6Hc1Fd5Gs0Ka8Ue2Qi]]",
    "git push asks for a password, I used my token [[API_KEY|ghp_R8vK2mX7qL4nT9wB3yH6jD1fP5cZ0sA2eG8u]] and it still fails. why?",
    "Can you convert this to docker-compose?\ndocker run -e MYSQL_ROOT_PASSWORD=[[PASSWORD|r00t-Harbour-77]] -p 3306:3306 mysql:8",
    "slack bot not posting. token is [[API_KEY|xoxb-2841937465-5519283746512-Kq8vR2mTx7LpN4wZ9bYc3HdJ]] and i invited it to the channel",
    "Review this config:\nsmtp:\n  host: smtp.mailgun.org\n  user: [[EMAIL_ADDRESS|postmaster@mg.quillandink.shop]]\n  pass: [[PASSWORD|9f2!Lamplight_Q]]",
    "my HF token [[API_KEY|hf_Tz8KqLm3Vx7Rn2Wp9Bc4Yd6Hj1Fg5Ss0Ae]] shows 'repository not found' when downloading a gated model, what gives",
    "why does mongo reject this: mongodb+srv://shop_admin:[[PASSWORD|Akwaaba2024!]]@cluster0.x7ab2.mongodb.net/shop",
    "Write a bash script that curls our API every 5 min with header `Authorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODIxIn0.Vq3mK8xT2pR7nL4wB9yH6jD1fZ5cA0sE2gU8oI4tQ]]`",
    "Nginx keeps returning 403 from [[IP_ADDRESS|203.0.113.47]]. Here's my allow list: allow [[IP_ADDRESS|198.51.100.23]]; deny all;",
    "ssh root@[[IP_ADDRESS|198.51.100.61]] hangs after 'debug1: SSH2_MSG_KEX_INIT sent'. MTU problem?",
    "Help me write a fail2ban rule, these IPs keep hitting my login: [[IP_ADDRESS|203.0.113.188]], [[IP_ADDRESS|198.51.100.74]], [[IP_ADDRESS|192.0.2.211]]",
    "the Google Maps key [[API_KEY|AIzaSyB4kT9mXq2Lr7Vn3Wp8Yc6Hd1Fj5Gs0Ka]] works locally but not on Vercel",
    "Terraform plan output shows my password in plain text: `db_password = \"[[PASSWORD|Tundra!Fox_8812]]\"`. How do I mark it sensitive?",
    "Make this Python config read from environment variables instead:\nSENDGRID_KEY = '[[API_KEY|SG.q7Rk2mXv9T.Lp4nW8yK3bH6dJ1fZ5cA0sE2gU8oI4tQ7mR]]'\nFROM = '[[EMAIL_ADDRESS|no-reply@tinkerlane.dev]]'",
    "redis-cli -h [[IP_ADDRESS|10.42.7.19]] -a [[PASSWORD|redisP@ss2023]] ping returns NOAUTH, what am i doing wrong",
    "Twilio says authentication error with auth token [[API_KEY|7c2e9f4a1b8d3e6f0a5c9b2d7e4f1a8c]].",
    "wifi at the cabin: network 'Haugland_Hytte' password [[PASSWORD|fjellbekk2019]] — make a printable card for guests",
    "Why is my router admin page at [[IP_ADDRESS|192.168.1.1]] asking for a password I never set? Default label says admin/[[PASSWORD|Kx7pW2qa]]",
    "My Discord bot crashes with 'improper token'. TOKEN = '[[API_KEY|MTE4OTI3NDY1MDEyMzQ1Njc4OQ.Gk3pQz.Vx8mT2Rn7Lw4Yb9Hc6Jd1Fz5Sa0Ke2Gu8Io]]'",
    "In Jenkins I hard-coded `withCredentials` but also left `PASS=[[PASSWORD|Jenk1ns-Build!]]` in the Jenkinsfile. How do I purge it from git history?",
    "Explain this log line: Failed password for invalid user admin from [[IP_ADDRESS|203.0.113.9]] port 52144 ssh2",
    "IPv6 question: my server is [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] and ping6 works but https doesn't. Firewall?",
    "can you tidy up this JSON:\n{\"user\":\"[[PERSON|Ahmed Farouk]]\",\"email\":\"[[EMAIL_ADDRESS|a.farouk@nilelink.eg]]\",\"pwd\":\"[[PASSWORD|Cairo#Sun88]]\",\"ip\":\"[[IP_ADDRESS|198.51.100.142]]\"}",
    "Write a unit test for this function; the fixture has user = User(name='[[PERSON|Svetlana Ivanova]]', email='[[EMAIL_ADDRESS|s.ivanova@example.org]]').",
    "I accidentally committed `ANTHROPIC_API_KEY=[[API_KEY|sk-ant-api03-Zx9Lq2Vm7Tk4Rp8Wn3Yb6Hc1Jd5Fg0Sa2Ke8Ui4Oq7Mr3Nv]]` to a public repo. What do I do right now?",
    "ftp upload failing: host ftp.kaleidoshop.gr user kaleido_admin pass [[PASSWORD|Kalimera!22]]",
    "Postman returns 401 with x-api-key: [[API_KEY|pk_live_8fK2mQx7Rt4Lw9Vn3Yb6Hc1Jd]] — is the header name wrong?",
    # CSV / spreadsheet rows.
    "Clean this CSV and split the name column:\nname,phone,city\n[[PERSON|García López, Marta]],[[PHONE_NUMBER|612 555 834]],Sevilla\n[[PERSON|Ruiz, Javier]],[[PHONE_NUMBER|+34 699 555 021]],Bilbao",
    "Sort these by signup date:\n[[PERSON|Olivia Chen]], [[EMAIL_ADDRESS|olivia.chen@fastmail.com]], 2024-03-02\n[[PERSON|Bilal Aziz]], [[EMAIL_ADDRESS|bilal.aziz88@yahoo.co.uk]], 2023-11-19\n[[PERSON|Greta Schulz]], [[EMAIL_ADDRESS|greta.schulz@web.de]], 2024-01-07",
    "Write an Excel formula to pull the first name from column A. Row 2 is '[[PERSON|Adeyemi, Funmilayo]]', row 3 '[[PERSON|Ó Briain, Cathal]]'.",
    "Dedupe these rows:\n[[PERSON|J. Thompson]];[[STREET_ADDRESS|27 Hawthorn Rd, Leeds LS7 4PQ]]\n[[PERSON|Jack Thompson]];[[STREET_ADDRESS|27 Hawthorn Road, Leeds LS7 4PQ]]",
    "Format as a markdown table: [[PERSON|Kofi]] 12 hrs, [[PERSON|Ama]] 9.5 hrs, [[PERSON|Yaw]] 14 hrs, rate £11.44",
    "Which rows have invalid phone numbers?\n1,[[PERSON|Anders Holm]],[[PHONE_NUMBER|+45 20 55 51 87]]\n2,[[PERSON|Mette Vinther]],[[PHONE_NUMBER|2055502]]\n3,[[PERSON|Rasmus Kjær]],[[PHONE_NUMBER|+45 31 55 50 64]]",
    "Make a mail-merge template from these columns: Title, FirstName, LastName, Street, Postcode. Example row: Ms, [[PERSON|Bethany]], [[PERSON|Arkwright]], [[STREET_ADDRESS|9 Mill Lane, BD23 1JT]]",
    "payroll rows, calc net pay at 20% tax: [[PERSON|D. Okoro]] 2,400; [[PERSON|S. Mahlangu]] 2,150; [[PERSON|R. Castillo]] 3,050",
    "Convert to SQL INSERTs: ([[PERSON|Lê Văn Hùng]], [[EMAIL_ADDRESS|hung.le@vnmail.vn]], [[PHONE_NUMBER|+84 91 555 3306]]), ([[PERSON|Đỗ Quang Huy]], [[EMAIL_ADDRESS|huy.do@vnmail.vn]], [[PHONE_NUMBER|+84 98 555 1172]])",
    "Customer export looks broken, can you fix the quoting?\nid,name,card\n118,\"[[PERSON|Mwangi, Wanjiru]]\",[[CREDIT_CARD|4556147104974653]]\n119,\"[[PERSON|Otieno, Brian]]\",[[CREDIT_CARD|5168075291703428]]",
    "Volunteer rota for Saturday: [[PERSON|Brigid]] 9-11, [[PERSON|Femi]] 11-1, [[PERSON|Józef]] 1-3. Turn it into a table and flag the gap 3-5.",
    "Sum column C by person: [[PERSON|Heikki]] 40, [[PERSON|Aino]] 25, [[PERSON|Heikki]] 15, [[PERSON|Tuomas]] 30, [[PERSON|Aino]] 10",
    # Translations.
    "Translate to English: 'Dzień dobry Pani [[PERSON|Zofio]], przesyłam fakturę za marzec. Proszę o wpłatę do 15-go. Pozdrawiam, [[PERSON|Bartosz Kamiński]]'",
    "What does this mean? 'Hola [[PERSON|Nacho]], te paso el número de mi primo: [[PHONE_NUMBER|655 555 120]], llámale para lo del coche.'",
    "traduza para inglês: 'Oi [[PERSON|Luíza]], o [[PERSON|João Magalhães]] pediu para você ligar pra ele no [[PHONE_NUMBER|(11) 98765-4321]] ainda hoje.'",
    "Übersetze ins Englische: 'Sehr geehrter Herr [[PERSON|Scholz-Rieger]], Ihre Wohnung in der [[STREET_ADDRESS|Sonnenstraße 9, 04229 Leipzig]] wird am Dienstag besichtigt.'",
    "Translate from Turkish: '[[PERSON|Ayşe]] hanım, toplantı yarın saat 10'da. Lütfen [[PERSON|Kemal]] beye de haber verin.'",
    "Can you translate my grandmother's message? 'Con [[PERSON|Minh]] ơi, bà nhớ con lắm. Tết này con về không?'",
    "Translate to French for my neighbour: 'Hi [[PERSON|Amélie]], your parcel was delivered to us by mistake, it's at number 14.'",
    "what does this czech text say: 'Ahoj [[PERSON|Petře]], zítra to nestihnu, zavolej [[PERSON|Haně]] na [[PHONE_NUMBER|+420 603 555 219]].'",
    "Translate into Arabic: 'Dear [[PERSON|Omar Haddad]], your residence permit appointment is confirmed for Sunday at 9am.'",
    "Translate from Greek (transliterated): 'Geia sou [[PERSON|Eleni]], o [[PERSON|Nikos]] tha sou stilei ta chartia avrio.'",
    "please translate to Hindi for my maid: '[[PERSON|Sunita]] ji, tomorrow please come at 8, guests are coming.'",
    "Translate from Norwegian: 'Hei [[PERSON|Ingrid]]! Kan du ringe meg på [[PHONE_NUMBER|+47 412 55 508]] i kveld? Hilsen [[PERSON|Magnus]]'",
    "Put this Irish text into English: 'A [[PERSON|Shiobhán]], a chara, beidh an cruinniú ar siúl Dé Máirt. Le meas, [[PERSON|Tadhg Ó Murchú]]'",
    "translate to chinese: 'Mr. [[PERSON|Liu Yang]], the samples were sent to your Shenzhen office via DHL today.'",
    "Translate to Spanish and make it formal: 'hey [[PERSON|Begoña]], can you send me the contract by friday? thx, [[PERSON|Alex]]'",
    "Was heißt das auf Englisch: 'Liebe Frau [[PERSON|Lehmann]], meine Kontonummer für die Kaution lautet [[IBAN_CODE|AT61 1904 3002 3457 3201]].'",
    "Translate this Italian message from my landlord: 'Gentile Sig.ra [[PERSON|Rossi]], il canone di luglio va versato sull'IBAN [[IBAN_CODE|IT76 X030 6909 6061 0000 0063 291]].'",
    "Yoruba to English please: 'Ẹ káàárọ̀ [[PERSON|Mọ́lá]], ṣé dáadáa ni?'",
    "translate to english 'Bonjour M. [[PERSON|Diallo]], votre rendez-vous à la préfecture est le 12 à 14h. Apportez votre titre de séjour n° [[ID_NUMBER|7501234567]].'",
    "Help me translate a Dutch letter: 'Beste [[PERSON|Sanne]], uw BSN [[ID_NUMBER|123456782]] is gekoppeld aan uw nieuwe adres [[STREET_ADDRESS|Oudegracht 201, 3511 NH Utrecht]].'",
    # Very short requests.
    "call [[PERSON|Grzegorz]] back re: the van",
    "birthday msg for [[PERSON|Tadeusz]]",
    "text [[PERSON|Olu]] im running late",
    "remind me to pay [[PERSON|Kowalczyk]] tmrw",
    "poem for [[PERSON|Anneliese]]?",
    "is [[EMAIL_ADDRESS|jmorrow@hotmail.com]] a valid email",
    "format this number: [[PHONE_NUMBER|447700900321]]",
    "what country is [[PHONE_NUMBER|+359 88 555 1934]] from",
    "valid card? [[CREDIT_CARD|6011082462819485]]",
    "check iban [[IBAN_CODE|BE35 0630 1784 2611]]",
    "ask [[PERSON|Dmitri]] about the keys",
    "fire [[PERSON|Costa]]?? pros cons",
    "[[PERSON|Ravi]] said no. now what",
    "hire [[PERSON|Ebere]] or [[PERSON|Tolu]]?",
    "invite [[PERSON|Mairéad]] to brunch sunday, write it",
]

PII_D = [
    # Surnames alone.
    "[[PERSON|Kowalczyk]] still hasn't paid for the March delivery. Should I stop supplying him?",
    "I think [[PERSON|Abernethy-Clarke]] is going to take credit for my project in the review. How do I document my work?",
    "can you make [[PERSON|Mbeki-Jones]]'s part of the report shorter, it rambles",
    "Tell me how to respond when [[PERSON|Varga]] interrupts me in every meeting.",
    "[[PERSON|Oyelaran-Smith]] and [[PERSON|Papadopoulou]] both want the same week off in August. How do I decide fairly?",
    "the new guy [[PERSON|Ferreira]] parks in my spot every day lol how do i say something",
    "Write a note for the file: spoke to [[PERSON|Nakamura]] re the damaged pallet, he agreed to a 10% credit.",
    "[[PERSON|Brennan]] from accounts says my expenses are missing receipts. What counts as a valid receipt for a taxi?",
    # First names alone, personal.
    "my girlfriend [[PERSON|Yara]] is upset I forgot our anniversary, what's a good last-minute plan in Lisbon",
    "I think my best friend [[PERSON|Tomasz]] is drinking too much. How do I bring it up?",
    "how do i tell my roommate [[PERSON|Declan]] he needs to pay his share of the electric bill",
    "My son [[PERSON|Rafael]] (6) won't sleep in his own bed. Tips?",
    "My coworker [[PERSON|Svetlana]] cries at her desk a lot. Should I say something to her or to HR?",
    "Write a eulogy for my uncle [[PERSON|Fergus]], a fisherman who loved bad jokes and Galway hurling.",
    "how do i apologise to [[PERSON|Priyanka]] for missing her wedding, i was sick",
    "my therapist says I should set boundaries with my mum [[PERSON|Dolores]]. examples?",
    # Nicknames.
    "[[PERSON|Big Mike]] from the garage says my brake pads are fine but the warning light is on. Who's right?",
    "[[PERSON|Kuba]] and [[PERSON|Gosia]] want to visit Kraków with us — make a 2-day plan with a toddler.",
    # Greetings and sign-offs.
    "Proofread: 'Hi [[PERSON|Siobhan]], just confirming Thursday at 2. Bring the plans. Cheers, [[PERSON|Declan]]'",
    "Make this email warmer:\nDear Mr. [[PERSON|Adeyinka]],\nPlease find attached the revised quote.\nRegards,\n[[PERSON|Hollie Marsden]]\nSales, Pennine Stoneworks\n[[PHONE_NUMBER|01484 496 017]]",
    "Is 'Best, [[PERSON|Ming]]' too cold to end an email to my landlord?",
    "Fix the grammar:\nHello [[PERSON|Ekaterina]],\nThank for you the quick reply. I will sent the documents tomorrow.\nKind regard,\n[[PERSON|Tuan]]",
    "Rewrite the sign-off of my email so it sounds less stiff: 'Yours faithfully, [[PERSON|Harriet Wolstenholme]] (Mrs)'",
    "Shorten this:\nHey [[PERSON|Jonas]]!\nHope all's good in Malmö. We'd love to have you and [[PERSON|Frida]] over in June if you're around.\nLove,\n[[PERSON|Kat]] x",
    "Good opening for a letter? 'Dear Auntie [[PERSON|Bisi]], I hope this letter finds you well.'",
    "Translate the signature block to Spanish:\n[[PERSON|Graham Whitlow]]\nFacilities Manager\n[[PHONE_NUMBER|+44 20 7946 0321]]\n[[EMAIL_ADDRESS|g.whitlow@oakfieldtrust.org.uk]]",
    # Names after verbs.
    "Should I ask [[PERSON|Leticia]] to be my maid of honour even though we've drifted apart?",
    "How do I tell [[PERSON|Samir]] his presentation was bad without crushing him?",
    "I'm meeting [[PERSON|Gwen Holloway]] for coffee about a job at her startup. What should I ask?",
    "How much should I pay Mrs. [[PERSON|Adeyemi]] for babysitting 3 kids for 5 hours in Manchester?",
    "Is it a good idea to hire [[PERSON|Kasia]], my friend's daughter, as a summer intern?",
    "We have to fire [[PERSON|Darnell]] tomorrow. How do I handle the meeting kindly?",
    "Should I invite [[PERSON|Rosalind]] to the wedding if we haven't spoken in 3 years?",
    "what do i text [[PERSON|Adaeze]] after a first date that went ok but not great",
    "Can I call Mr. [[PERSON|Ishikawa]] by his first name after working together for a year?",
    "write a message thanking [[PERSON|Joaquín]] for lending us his van for the move",
    "remind [[PERSON|Gunnar]] that the boat insurance renews on the 1st",
    # Names as subjects.
    "[[PERSON|Émilie Roussel]] is presenting our Q2 numbers to the board. Make her speaker notes from these bullet points: revenue +8%, churn down, hiring freeze.",
    "[[PERSON|Arjun Raghavan]] has been nominated for employee of the year. Write a 100-word nomination.",
    "[[PERSON|Torbjørn]] forgot to renew the domain and the site is down. What are the steps to recover it?",
    # Lists of people.
    "Make a secret santa draw: [[PERSON|Aoife]], [[PERSON|Ciarán]], [[PERSON|Dervla]], [[PERSON|Eoghan]], [[PERSON|Fionnuala]], [[PERSON|Gearóid]]. No one gets their partner (A+C, D+E).",
    "Book a table for 6: me, [[PERSON|Ritu]], [[PERSON|Farhan]], [[PERSON|Claudia]], [[PERSON|Benedikt]] and [[PERSON|Yoon-seo]]. Two vegetarians. Write the booking email.",
    "Wedding party: bridesmaids [[PERSON|Chloé]], [[PERSON|Inès]], [[PERSON|Margaux]]; groomsmen [[PERSON|Hugo]], [[PERSON|Baptiste]]. Suggest the walk-in order.",
    "The rota is [[PERSON|Tariq]] Mon, [[PERSON|Beatriz]] Tue, [[PERSON|Lukas]] Wed, [[PERSON|Sunniva]] Thu. [[PERSON|Lukas]] wants to swap with someone. Who's least disrupted?",
    "Name cards for the dinner: Dr. [[PERSON|Obinna Nwachukwu]], Prof. [[PERSON|Helga Lindahl]], [[PERSON|Ana Paula Rezende]], [[PERSON|Jamie O'Rourke]].",
    # Addresses from many countries, PO boxes, military.
    "Write the address on the envelope correctly: Sgt. [[PERSON|Travis Delgado]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]]. Do I need a customs form?",
    "How long does mail to [[STREET_ADDRESS|PSC 812 Box 4471, FPO AE 09627]] take? It's a care package for my brother [[PERSON|Nate]].",
    "Is [[STREET_ADDRESS|CMR 415 Box 2207, APO AE 09114]] a valid format for Amazon shipping?",
    "Sending documents to the embassy: [[PERSON|Kelsey Marr]], [[STREET_ADDRESS|Unit 8400 Box 0212, DPO AE 09498]]. USPS Priority or First Class?",
    "My PO box is [[STREET_ADDRESS|PO Box 4471, Bozeman, MT 59772]]. Can UPS deliver to it?",
    "Can I register my business at [[STREET_ADDRESS|P.O. Box 45012-00100, Nairobi]] or do I need a physical address?",
    "Postfach address: [[STREET_ADDRESS|Postfach 10 12 34, 70011 Stuttgart]]. How do I write it on an international envelope from the US?",
    "Our new office is at [[STREET_ADDRESS|3-12-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023]]. Write directions from Shinjuku station for visitors.",
    "Is this Indian address formatted right for a courier? [[STREET_ADDRESS|H.No. 12-3-456, Ameerpet, Hyderabad 500016]], attn [[PERSON|Srinivas Reddy]], [[PHONE_NUMBER|98485 55021]]",
    "ship to [[STREET_ADDRESS|17 Wattle Street, Fitzroy VIC 3065]] or my work address — which is safer for a parcel left outside?",
    "Write directions to our farm: [[STREET_ADDRESS|1187 Concession Rd 6, Puslinch ON N0B 2J0]]. Turn left after the red barn.",
    "My Rio address for the form: [[STREET_ADDRESS|Av. Nossa Senhora de Copacabana 680, ap. 1102, Rio de Janeiro - RJ, 22050-002]]. Which part is 'bairro'?",
    "Correct the Spanish address format: [[STREET_ADDRESS|C/ Sant Pere Més Alt 19, 08003 Barcelona]]",
    "We moved to [[STREET_ADDRESS|Bağdat Caddesi No: 215 D: 8, Kadıköy, İstanbul 34728]]. Write a change of address notice to my bank.",
    "address for the wedding invites: [[PERSON|Vasiliki]] & [[PERSON|Kostas Tsoukalas]], [[STREET_ADDRESS|Ermou 54, 105 63 Athina]]",
    "How do I write this Vietnamese address in English order? [[STREET_ADDRESS|Số 18 Ngõ 52 Tô Ngọc Vân, Tây Hồ, Hà Nội]]",
    "NZ address check: [[STREET_ADDRESS|PO Box 1187, Nelson 7040]] — do I need the suburb?",
    "Send the wedding gift to [[PERSON|Tàm Hoàng]] at [[STREET_ADDRESS|45 Rue Saint-Paul O, Montréal QC H2Y 1Z4]] — will Canada Post charge duty?",
    "Our shop moved to [[STREET_ADDRESS|Rua de Santa Catarina 312, 4000-443 Porto]]. Write a Google Business update.",
    "I live at [[STREET_ADDRESS|Flat 2B, 88 Holloway Road, London N7 8JG]] and my council tax band seems wrong. How do I challenge it?",
    "Where's the nearest passport office to [[STREET_ADDRESS|Kungsgatan 8, 411 19 Göteborg]]?",
    # Phones, many formats.
    "My new number is [[PHONE_NUMBER|0491 570 156]], write a text to send everyone in my contacts.",
    "Why can't I call [[PHONE_NUMBER|+91 98765 50123]] from the UK? It says number not recognised.",
    "Is [[PHONE_NUMBER|(212) 555-0147]] the right format for a US business card or should I add +1?",
    "landlord [[PERSON|Jürgen]]'s number is [[PHONE_NUMBER|0151 5552 3987]], how do I save it so WhatsApp recognises it while I'm abroad",
    "Please format these phone numbers in E.164: [[PHONE_NUMBER|06 12 55 34 78]] (France), [[PHONE_NUMBER|333 555 4567]] (Italy), [[PHONE_NUMBER|090-5555-1234]] (Japan).",
    "Got a missed call from [[PHONE_NUMBER|+44 117 496 0288]], is that a scam number?",
    "write a voicemail script for my plumbing business, callback number [[PHONE_NUMBER|087 555 4419]]",
    "Caller ID showed [[PHONE_NUMBER|+86 138 5550 8000]] and the person claimed to be from my bank. What should I do?",
    "Put my number [[PHONE_NUMBER|0532 555 45 67]] on this flyer in a way that looks nice.",
    "Is [[PHONE_NUMBER|+971 50 555 4321]] a UAE mobile? My driver [[PERSON|Rashid]] gave it to me.",
    "The clinic's number is [[PHONE_NUMBER|070-555 45 67]], how do I dial it from Finland?",
    # IDs, SSNs, cards, DOBs.
    "My son's Aadhaar [[ID_NUMBER|7391 0462 8815]] has his name spelled [[PERSON|Aaryan]] but his birth certificate says [[PERSON|Aryan]]. How do I correct it?",
    "Write a cover note for the passport renewal: [[PERSON|Ciara Dempsey]], born 30/01/1988, old passport [[ID_NUMBER|PX4471928]].",
    "Is it safe to send my SSN [[US_SSN|612-40-7783]] to a landlord by email for a background check?",
    "my nhs number is [[ID_NUMBER|4857773456]] but the app says no record found, what's wrong",
    "The DMV letter lists driver license [[ID_NUMBER|D4721-88130-52907]] for [[PERSON|Lorenzo Vitale]]. Is that an Illinois format?",
    "Canadian SIN check: [[ID_NUMBER|046 454 286]] for new hire [[PERSON|Marie-Ève Gagnon]]. Where does it go on the TD1?",
    "Irish PPSN [[ID_NUMBER|8765432WA]] — my Revenue account says it belongs to someone else. Who do I contact?",
    "Chinese ID card number [[ID_NUMBER|11010519491231002X]] is rejected by the hotel system. Is the X valid?",
    "Help me fill the tenant screening: applicant [[PERSON|Destiny Harmon]], DOB 07/14/1995, SSN [[US_SSN|387-52-9164]], current employer Kroger.",
    "This card [[CREDIT_CARD|3528323194875749]] is a JCB, right? The hotel in Osaka wants to pre-authorise it.",
    "Our test environment rejects [[CREDIT_CARD|4000 9118 6252 7603]]. Is that a valid Visa number?",
    "My Mastercard [[CREDIT_CARD|2221 1895 5597 9715]] starts with 2 — is that normal?",
    "Turkish TC kimlik no [[ID_NUMBER|10000000146]] for [[PERSON|İlker Şahin]] — how do I enter it on the e-Devlet form?",
    "Spanish NIE [[ID_NUMBER|X1234567L]] was issued to [[PERSON|Bogdan Ionescu]] but his TIE card isn't ready. Can he sign a rental contract?",
    "Write a consent note: I, [[PERSON|Adwoa Boateng]], born 2 May 1979, allow [[PERSON|Kojo Boateng]] to collect my prescriptions.",
    "I'm [[PERSON|Ravindra Pillai]], my PAN is [[ID_NUMBER|ABCPP1234F]] and the ITR portal shows a mismatch with my Aadhaar name. How to fix?",
    "my SSN is [[US_SSN|534201867]] without dashes and the form rejects it, how do i enter it",
    "The insurer needs my policy number [[ID_NUMBER|AXA-88-4410927]] and the date of the accident (11 Nov). Write the claim email for [[PERSON|Connor Phelan]].",
    "My Polish ID card number is [[ID_NUMBER|ABA300000]]; does the UK settled status form accept it?",
    "What's the check digit rule for an Italian codice fiscale like [[ID_NUMBER|RSSMRA85T10A562S]]? It's for my client [[PERSON|Mario Rossetti]].",
    "Patient [[PERSON|Ingeborg Hald]], born 1942-10-03, Norwegian fødselsnummer [[ID_NUMBER|03104212345]], needs a translation of her discharge summary.",
    "Write a letter confirming [[PERSON|Yetunde Alade]]'s employment for her visa; NIN [[ID_NUMBER|48102937561]], on payroll since 2021.",
    "My Greek AMKA is [[ID_NUMBER|15068801234]], do I need it for the pharmacy in Crete?",
    "Email to the gym: cancel membership no. [[ID_NUMBER|PG-009183]] for [[PERSON|Hollie Brannon]], card [[CREDIT_CARD|4539 8812 0044 6719]] should not be charged again.",
    "Does [[IBAN_CODE|SE45 5000 0000 0583 9825 7466]] look like a Swedish IBAN? [[PERSON|Pontus]] wants the deposit there.",
    "Rent for [[PERSON|Henrik Lund]]: pay to [[IBAN_CODE|DK50 0040 0440 1162 43]] before the 1st. Write the reminder in Danish.",
    "Freelancer [[PERSON|Aino Virtanen]] invoiced us with IBAN [[IBAN_CODE|FI21 1234 5600 0007 85]]. Our system says the BIC is missing. What is it for this bank?",
    "my old email password was [[PASSWORD|sunflower1987]] and i used it everywhere. which accounts should i change first?",
    "Generate a stronger version of my Netflix password [[PASSWORD|Liverpool#2005]] that I can still remember.",
    "Laptop login for the new hire [[PERSON|Benedikt Auer]]: user bauer, temp password [[PASSWORD|Welcome-Spring24!]]. Write the welcome email telling him to change it.",
    "Is it safe to give my accountant my online banking password ([[PASSWORD|q8Z!tr4M#vale]]) so she can download statements?",
    "The PDF from my bank is protected. They said the password is [[PASSWORD|AKUL0719]] (first 4 letters of name + DOB) but it doesn't open.",
    "W-2 shows SSN [[US_SSN|441-67-2095]] but mine ends in 2059. Who fixes this, my employer or the IRS?",
    "Write a letter to the Social Security office: I'm [[PERSON|Maribel Ochoa]], SSN [[US_SSN|563-18-7402]], and I never received my replacement card.",
    "My daughter [[PERSON|Kaylee]] needs her SSN ([[US_SSN|208-55-6134]]) for a summer job. Is it OK to give it over email to the employer?",
    "Please confirm the contact list is formatted right: [[EMAIL_ADDRESS|tadhg.omurchu@eircom.net]], [[EMAIL_ADDRESS|niamh.b@campus.ul.ie]], [[EMAIL_ADDRESS|r.oconnell1972@gmail.com]]",
    "Someone keeps emailing me from [[EMAIL_ADDRESS|jk.delaney.invest@proton.me]] asking for money for my 'cousin'. How do I report it?",
    "reply to [[EMAIL_ADDRESS|accounts@marlowe-print.co.uk]] and say we paid on the 3rd, remittance attached",
    "My Minecraft server at [[IP_ADDRESS|203.0.113.120]]:25565 keeps timing out for my friend [[PERSON|Jakob]]. Port forwarding issue?",
    "Our office printer is at [[IP_ADDRESS|10.20.3.45]] and Windows can't find it. Steps?",
    "Whois on [[IP_ADDRESS|198.51.100.217]] shows nothing — how else can I find who's scanning my VPS?",
    "GitLab CI variable `DEPLOY_TOKEN=[[API_KEY|glpat-Xq7Rk2mVt9Lp4Wn8YbH3]]` isn't masked in the job log. Why?",
]

CLEAN = [
    # Public figures, historical people.
    "Why did Winston Churchill lose the 1945 election right after winning the war?",
    "Summarise Ada Lovelace's notes on the Analytical Engine for a 12-year-old.",
    "What were the main ideas in Martin Luther King Jr.'s 'Letter from Birmingham Jail'?",
    "Compare the leadership styles of Angela Merkel and Margaret Thatcher.",
    "how old was mozart when he wrote his first symphony",
    "Explain why Nelson Mandela was imprisoned on Robben Island.",
    "Give me a timeline of Frida Kahlo's life and major paintings.",
    "What did Alan Turing contribute to breaking Enigma?",
    "Who was Mansa Musa and how rich was he really?",
    "Did Napoleon really say 'an army marches on its stomach'?",
    "Write a short quiz about Marie Skłodowska-Curie for a science class.",
    "What's the story behind Rosa Parks refusing to give up her seat?",
    "why is Genghis Khan considered both a genius and a monster",
    "How did Ibn Battuta travel so far in the 14th century?",
    "What did Wangari Maathai win the Nobel Peace Prize for?",
    "Explain Mahatma Gandhi's Salt March in three paragraphs.",
    "Which policies is Jacinda Ardern best known for?",
    "Was Vlad the Impaler the inspiration for Dracula?",
    "What was Chinua Achebe's argument about Heart of Darkness?",
    "Tell me about Hypatia of Alexandria.",
    "How did Amundsen beat Scott to the South Pole?",
    "What did Sun Yat-sen want for China?",
    "Summarise Simón Bolívar's role in South American independence.",
    "who was Tomás de Torquemada",
    "Did Einstein really fail maths at school?",
    "What was Václav Havel's path from playwright to president?",
    "Explain the significance of Atatürk's alphabet reform.",
    "Why is Copernicus's heliocentric model considered a revolution?",
    "How did Florence Nightingale use statistics?",
    # Fictional characters.
    "Is Sherlock Holmes a reliable narrator or is Watson?",
    "Write a diary entry from Hermione Granger's perspective on her first day at Hogwarts.",
    "Why does Gatsby keep staring at the green light?",
    "Compare Elizabeth Bennet and Jane Eyre as heroines.",
    "Who would win in a debate, Atticus Finch or Hercule Poirot?",
    "Explain Walter White's transformation across Breaking Bad.",
    "What does Holden Caulfield's red hunting hat symbolise?",
    "Write a limerick about Bilbo Baggins losing his handkerchief.",
    "Is Darth Vader redeemed at the end of Return of the Jedi?",
    "Summarise what happens to Anna Karenina in the final part.",
    "Why is Don Quixote tilting at windmills?",
    "Describe Miss Havisham's house for a drama set design.",
    "What are Tyrion Lannister's best quotes?",
    "Is Lisbeth Salander autistic? What do critics say?",
    "Write a letter from Frodo to Sam after the Grey Havens.",
    "Why is Captain Ahab obsessed with the whale?",
    "What makes Arya Stark such a popular character?",
    "role-play as Mr. Darcy explaining why he disliked the Meryton assembly",
    "Is Paddington Bear from Peru or Darkest Peru?",
    "Write a Pokémon battle between Pikachu and Mr. Mime narrated like a football match.",
    # Authors of books / book and film titles.
    "Summarise 'One Hundred Years of Solitude' by Gabriel García Márquez without spoilers.",
    "What reading order do you suggest for Haruki Murakami's novels?",
    "Is 'The Remains of the Day' by Kazuo Ishiguro worth reading before the film?",
    "Recommend books like 'Half of a Yellow Sun' by Chimamanda Ngozi Adichie.",
    "Explain the ending of 'Solaris' by Stanisław Lem.",
    "What's the main argument of 'Sapiens' by Yuval Noah Harari?",
    "Write a book club guide for 'Norwegian Wood'.",
    "Who translated Olga Tokarczuk's 'Flights' into English?",
    "Is 'The Master and Margarita' hard to read for a beginner?",
    "Themes in 'Things Fall Apart' for my essay?",
    "best orwell book to start with, 1984 or animal farm",
    "Analyse the opening line of 'Rebecca' by Daphne du Maurier.",
    "Why is 'Kristin Lavransdatter' by Sigrid Undset considered a classic?",
    "Summarise the film 'Amélie' in one sentence.",
    "Is 'Pan's Labyrinth' suitable for a 13-year-old?",
    "What's the difference between the book and film of 'Dr. Zhivago'?",
    "Explain the plot of 'Parasite' by Bong Joon-ho.",
    "What is 'The Seventh Seal' by Ingmar Bergman about?",
    "Recommend films by Satyajit Ray for a beginner.",
    "Explain the symbolism in 'Rashomon'.",
    "Is 'Mrs Dalloway' set over a single day?",
    "Who wrote 'Ferdydurke' and why is it important in Polish literature?",
    "What's the best translation of 'The Good Soldier Švejk'?",
    "Summarise Orhan Pamuk's 'My Name Is Red'.",
    "Recommend poems by Seamus Heaney about his father.",
    # Athletes, musicians.
    "How many Grand Slams has Serena Williams won?",
    "Explain why Lionel Messi moved to Inter Miami.",
    "what's Usain Bolt's 100m world record",
    "Was Pelé really the greatest footballer ever?",
    "Give me a training plan inspired by Eliud Kipchoge's marathon approach.",
    "Why did Naomi Osaka withdraw from Roland Garros in 2021?",
    "Who has more F1 titles, Lewis Hamilton or Michael Schumacher?",
    "Write a short bio of Nadia Comăneci for a school poster.",
    "Is Sachin Tendulkar's record of 100 international centuries likely to be broken?",
    "Explain Zlatan Ibrahimović's playing style.",
    "What made Beyoncé's Lemonade album so influential?",
    "Transcribe the chord progression of 'Let It Be' by the Beatles.",
    "Why is Fela Kuti called the father of Afrobeat?",
    "Recommend pieces by Chopin for an intermediate pianist.",
    "How did Björk's 'Homogenic' get its sound?",
    "What's the story behind Taylor Swift re-recording her albums?",
    "Explain the difference between Bach's and Handel's styles.",
    "Is Ed Sheeran's 'Shape of You' in a minor key?",
    "Teach me the history of fado and Amália Rodrigues.",
    "Which Bollywood songs did A. R. Rahman compose in the 90s?",
    "Why is Umm Kulthum still so popular in Egypt?",
    "Give me a playlist in the style of Sigur Rós.",
    "What was Dvořák's New World Symphony inspired by?",
    "Who is Bad Bunny and why is he so big?",
    "Compare Miles Davis's 'Kind of Blue' with Coltrane's 'Giant Steps'.",
    # Eponymous theorems, diseases, laws, units, algorithms.
    "Prove Fermat's little theorem for p = 7.",
    "Explain Dijkstra's algorithm with a small example graph.",
    "What's the difference between Alzheimer's disease and Lewy body dementia?",
    "State Kirchhoff's current law and give an example circuit.",
    "How is Parkinson's disease diagnosed?",
    "Derive Bayes' theorem from the definition of conditional probability.",
    "What does Ohm's law say about a 12 V battery and a 4 Ω resistor?",
    "Explain Hodgkin lymphoma vs non-Hodgkin lymphoma.",
    "What's a Newton in terms of kilograms, metres and seconds?",
    "Why does Moore's law slow down now?",
    "Explain the Kruskal and Prim algorithms and when to use each.",
    "What is Crohn's disease and how is it treated?",
    "Use Pythagoras to find the hypotenuse of a 5-12 triangle.",
    "How does the Diffie-Hellman key exchange work?",
    "Explain Maxwell's equations without heavy maths.",
    "What's the Fibonacci sequence and where does it appear in nature?",
    "Is Asperger's still a diagnosis in the DSM-5?",
    "What is a Kelvin and why is there no negative Kelvin?",
    "Explain Murphy's law vs Sod's law.",
    "Implement the Levenshtein distance in Python.",
    "Is Tourette's syndrome always about swearing?",
    "What's the Gauss-Seidel method for solving linear systems?",
    "Explain Heisenberg's uncertainty principle to a teenager.",
    "Why is Euler's identity considered beautiful?",
    "How does the Boyer-Moore string search algorithm work?",
    "What is Hashimoto's thyroiditis?",
    "Explain Godwin's law with an example from internet forums.",
    "What does the Mann-Whitney U test check?",
    "Convert 3 Pascals to atmospheres.",
    "How does Huffman coding compress text?",
    "What causes Bell's palsy?",
    "Explain Hooke's law with a spring constant of 200 N/m.",
    # Brands / companies / products named after people.
    "Is a Tesla Model 3 cheaper to run than a Toyota Corolla hybrid?",
    "Should I buy a Dyson V15 or a Shark cordless vacuum?",
    "What's the difference between Ben & Jerry's and Häagen-Dazs?",
    "Is a Ferrari really worth the maintenance costs?",
    "how do i cancel my McDonald's app account",
    "Compare Ford Focus and Volkswagen Golf for a first car.",
    "Is Jack Daniel's a bourbon?",
    "Review the Philips Hue starter kit vs the IKEA TRÅDFRI one.",
    "Why did Boeing have problems with the 737 MAX?",
    "Give me a recipe that uses Heinz beans in a fancy way.",
    "Is Mercedes-Benz named after a real person?",
    "Best Dr. Martens boots for walking all day?",
    "Does Kellogg's still make Corn Flakes the same way?",
    "How does a Bosch dishwasher's eco mode work?",
    "What's the Nobel Prize money worth today?",
    # Places, street names in general questions.
    "What's the history of Abbey Road?",
    "Why is Wall Street called Wall Street?",
    "Best things to do near Las Ramblas in Barcelona?",
    "Is Champs-Élysées worth visiting at night?",
    "What's on Nevsky Prospekt in St Petersburg?",
    "Why is Downing Street so short?",
    "Is Baker Street station close to the Sherlock Holmes museum?",
    "What happened on Bourbon Street during Hurricane Katrina?",
    "Can you walk the length of Broadway in Manhattan in a day?",
    "What's the best street food on Khao San Road?",
    "History of Unter den Linden in Berlin?",
    "Why is Lombard Street in San Francisco so crooked?",
    "Tell me about the architecture on Nowy Świat in Warsaw.",
    "Is Istiklal Caddesi safe at night for tourists?",
    "Plan a walking tour of the Royal Mile in Edinburgh.",
    "What's the story behind Via Dolorosa in Jerusalem?",
    "Which is bigger, São Paulo or Rio de Janeiro?",
    "Why is Washington state not near Washington DC?",
    "How do you pronounce Reykjavík?",
    "Is Victoria in British Columbia named after Queen Victoria?",
    "what's the weather like in Kraków in november",
    "Best day trip from Hà Nội: Hạ Long Bay or Ninh Bình?",
    "How far is Bondi Beach from Sydney airport?",
    "Why is St. Petersburg, Florida named after the Russian city?",
    # Numbers in maths questions / phone-like but not.
    "What is 4111 × 1111?",
    "Is 1234567891 a prime number?",
    "Convert 192.168 from decimal to binary.",
    "Sum the digits of 987654321 and tell me if it's divisible by 9.",
    "What's 20% of 45,600?",
    "Solve for x: 3x + 7 = 5550",
    "How many seconds are in 1,000,000 minutes?",
    "Factorise 1,001 and 10,001.",
    "If a loan is 250,000 at 4.5% over 25 years, what's the monthly payment?",
    "What's the next number: 2, 3, 5, 7, 11, 13?",
    "Is 2024 a leap year and is 2100?",
    "Explain why 0.1 + 0.2 != 0.3 in JavaScript.",
    "Convert 98.6 °F to Celsius.",
    "Calculate the area of a circle with radius 7.5 cm.",
    # Code with variable names.
    "Why does `for (let i = 0; i < users.length; i++) { console.log(user.name) }` throw a ReferenceError?",
    "Refactor this: `def get_full_name(first_name, last_name): return first_name + ' ' + last_name`",
    "What does `SELECT customer_id, SUM(amount) FROM orders GROUP BY customer_id HAVING SUM(amount) > 1000` do?",
    "Write a Pydantic model with fields email: EmailStr, phone: str, date_of_birth: date and validate them.",
    "In React, why does `setPassword(e.target.value)` lag one character behind?",
    "How do I read an API key from an environment variable in Go instead of hard-coding it?",
    "Explain this regex: ^[\\w.+-]+@[\\w-]+\\.[\\w.]+$",
    "Rust: why can't I borrow `self.address` mutably while iterating over `self.contacts`?",
    "Write a bash loop that pings every host in 10.0.0.0/24 and prints the ones that answer.",
    "What's the difference between `user.password_hash` and storing the password itself? Show bcrypt in Python.",
    "Generate a fake-data script with Faker that creates 100 users with names, emails and phone numbers for my test DB.",
    "How do I mask credit card numbers in logs, showing only the last four digits, in Java?",
    "My class `Person` has `firstName` and `lastName`; how do I implement `equals` and `hashCode`?",
    "Write a Luhn checksum function in TypeScript.",
    "How do I validate an IBAN in Python without a library?",
    "What HTTP status should an API return when the `Authorization` header is missing?",
]
# fmt: on

PII = PII_A + PII_B + PII_C + PII_D


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
        assert kind in TYPES, (kind, marked)
        assert value == value.strip(), (value, marked)
        text += marked[last : match.start()]
        spans.append(
            {"type": kind, "start": len(text), "end": len(text) + len(value), "value": value}
        )
        text += value
        last = match.end()
    text += marked[last:]
    assert "[[" not in text and "]]" not in text, marked
    for span in spans:
        value = str(span["value"])
        assert text[span["start"] : span["end"]] == value  # type: ignore[misc]
        if span["type"] == "CREDIT_CARD":
            assert luhn_ok(value), span
        if span["type"] == "IBAN_CODE":
            assert iban_ok(value), span
        if span["type"] == "PERSON":
            first = value.split()[0].rstrip(".").lower()
            assert first not in {"mr", "mrs", "ms", "miss", "dr", "prof", "sgt", "herr", "frau"}, (
                span
            )
    return text, spans


def write(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(rows)} records")


def main() -> None:
    assert len(PII) == N_PII, len(PII)
    assert len(CLEAN) == N_CLEAN, len(CLEAN)
    pii = []
    for i, marked in enumerate(PII, 1):
        text, spans = parse(marked)
        assert spans, marked
        pii.append(
            {
                "id": f"invented-chat-extra/{i:03d}",
                "source": "invented-chat-extra",
                "text": text,
                "spans": spans,
                "entity_types": sorted({str(s["type"]) for s in spans}),
                "has_direct_identifier": True,
                "has_any_pii": True,
            }
        )
    assert len({r["text"] for r in pii}) == len(pii), "duplicate texts"
    write(HERE / "chat_pii_extra.jsonl", pii)
    assert len(set(CLEAN)) == len(CLEAN), "duplicate texts"
    for text in CLEAN:
        assert "[[" not in text, text
    clean = [
        {
            "id": f"invented-clean-extra/{i:03d}",
            "source": "invented-clean-extra",
            "text": text,
            "spans": [],
            "entity_types": [],
            "has_direct_identifier": False,
            "has_any_pii": False,
        }
        for i, text in enumerate(CLEAN, 1)
    ]
    write(HERE / "chat_clean_extra.jsonl", clean)


if __name__ == "__main__":
    main()
