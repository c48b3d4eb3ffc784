# ruff: noqa: E501
"""A twenty-fifth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py`` (imports,
constants, checks and ``main``, not its texts), never the detector, its rules, docs, tests
or the other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks
(no faker, no template filling, no generated combinations), spread like a company
chatbot's real traffic:

* 70 one-sentence records in the style of public synthetic PII lists, each about one
  invented person and each with its own sentence shape (a job move, a complaint, a
  check-up, an enrolment, a booking, a school report, a payment, a diagnosis note, an HR
  decision, contact details, an address change, an account, a card, a passport, a
  licence, a national id, a PIN, a login), the name at the start, middle or end. Names
  come from more than 40 countries, some with middle names, initials, particles (van der,
  de la, Ní, delos, El-, Al-), hyphens and apostrophes (O'Neill, D'Souza, O'Rourke); the
  first 25 hold only the name;
* 60 chat requests to an assistant (10 to 80 words) about a named private person: a
  message to write, a trip or party to plan, money owed or lent, symptoms, homework and
  revision, work hand-overs, neighbours, a gift, a complaint, a reference, a loan, a
  condolence note. 30 carry no cue word at all (no relation or role, title, greeting,
  sign-off or "my name is"); the first 15 are typed all in lower case;
* 40 messages from patients and customers to a hospital, clinic, pharmacy, bank,
  insurer, landlord, shop or hotel (10 to 60 words) with names, dates, member, policy
  holder, patient and account numbers, phones, e-mails, addresses, cards and IBANs;
* 30 short messages (3 to 15 words) naming one private person and nothing else, with no
  cue word; the first 15 in lower case;
* 20 pasted snippets to fix, convert or explain: e-mails with signatures, CSV, JSON and
  vCard rows, sshd, nginx and application log lines with usernames and IPs, a .env file,
  forms, Slack, WhatsApp and chat exports.

Usernames, handles, logins, account, customer, member, patient, hospital, policy holder,
employee and student numbers, passports, licences and national ids are labelled
ID_NUMBER; PINs, door, gate, key-box and alarm codes, wifi keys and passwords PASSWORD;
titles (Mr, Mrs, Ms, Dr) stay outside PERSON spans; an address span runs from the street
line through the postcode and city as typed; dates of birth, order, invoice and ticket
numbers, public figures, companies and fictional characters are not labelled; every
occurrence of a private value is marked. The 100 clean texts are 25 writing, role-play
(some as a famous or fictional person) and reasoning prompts in the style of MT-Bench and
Vicuna, 20 grade-school word problems with fictional first names in the style of GSM8K, 20
multiple-choice exam items with options A to D in the style of MMLU (law, medicine,
history, economics, science), 15 general health questions a hospital chatbot gets with no
personal detail and 20 everyday and technical questions naming public figures, eponyms,
brands, places, teams or code.

All values are invented: phones from ranges kept for fiction (UK 07700 900xxx, North
America 555-01xx, Australia 0491 570 xxx), cards Luhn-valid and not well-known test
numbers, IBANs valid mod 97 and not documentation examples, national ids with valid check
digits where the format has one (Canadian SIN, Spanish DNI, Dutch BSN, Indian Aadhaar,
Swedish personnummer, Polish PESEL, Finnish henkilötunnus, Brazilian CPF, South African
id, Norwegian fødselsnummer, Belgian national number, NHS number), IPs from the
documentation ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24.

Run ``.venv/bin/python bench/data/build_blind25.py`` from the repository root; the output is
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
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    pesel_ok,
    word_count,
)
from marks import build_sections, iban_ok, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

NAME = "blind25"
LOWER_CHAT = 15
LOWER_SHORT = 15
BARE_CHAT = 30
NAME_ONLY_RECORDS = 25
MIN_CHARS = 12
MAX_WORDS = 300
CHAT_WORDS = (10, 80)
SERVICE_WORDS = (10, 60)
SHORT_WORDS = (3, 15)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Herr|Frau|Mme|Madame|Monsieur|Sr|Sra)\.?\s"
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 70 one-sentence records about one person each; the first 25 hold only the name.
RECORDS = [
    "[[PERSON|Chidinma Okonkwo-Eze]] moved from the Lagos branch to the Abuja office in March and now leads the payroll team.",
    "A complaint about a delayed refund was lodged on 14 February by [[PERSON|Siobhán O'Neill]], who says she waited six weeks for her money.",
    "Following a routine check-up, the clinic noted that [[PERSON|Rohan D'Souza]] has mildly raised blood pressure and should return in three months.",
    "[[PERSON|Pieter van der Linde]] enrolled in the evening bookkeeping course for the autumn term.",
    "The booking for two nights at the harbour hotel is held under the name [[PERSON|Nguyễn Thị Lan]].",
    "According to the spring school report, [[PERSON|Haruto Takahashi]] missed eleven days of lessons through illness.",
    "[[PERSON|Guadalupe Ramírez de la Cruz]] was promoted to senior buyer with effect from 1 July.",
    "Payment for the kitchen renovation was received in full from [[PERSON|Jörg-Michael Schreiber]] last Tuesday.",
    "Has [[PERSON|Agnieszka M. Wróblewska]] returned the signed tenancy renewal yet?",
    "Diagnosis note: [[PERSON|Wanjiru Kamau]] presents with seasonal asthma, managed with a reliever inhaler.",
    "On the waiting list for the June cardiology clinic is [[PERSON|Thiago Henrique Lopes Barbosa]].",
    "[[PERSON|Linnea Åkesson]], a second-year nursing student, received a distinction in clinical practice.",
    "Gym membership for [[PERSON|Rami Abou Khalil]] was frozen for three months after a knee injury.",
    "[[PERSON|Kwame Asante-Mensah]]'s application for parental leave has been approved by HR.",
    "We have updated the delivery notes for [[PERSON|Fiona MacLeod]] after she reported that parcels were left in the rain.",
    "Marked absent from the Year 9 maths exam, [[PERSON|Min-jun Park]] will sit it next week.",
    "After cancelling her dental appointment, [[PERSON|Zeynep Yıldırım]] asked to rebook for a morning slot.",
    "It was [[PERSON|Giancarlo De Santis]] who reported the water leak in the second-floor storeroom.",
    "Copies of her 2023 salary statements were requested by [[PERSON|Marie-Hélène Dubois-Laurent]] on Monday.",
    "Referral letter received for [[PERSON|Jarrah Whitfield]], aged 42, for an overnight sleep study.",
    "Listed as emergency contact on the museum trip form: [[PERSON|Maricel Dela Cruz Santos]].",
    "Because of a billing error, [[PERSON|Omar El-Sayed]] was charged twice for his March electricity bill.",
    "The parcel was signed for at 09:40 by [[PERSON|Dmitri Aleksandrovich Volkov]].",
    "Probation review: [[PERSON|Selamawit Tesfaye Bekele]] finished her six months with a rating of exceeds expectations.",
    "Reception staff should expect [[PERSON|Ignacio Fuentes Araya]] for the 3 pm interview and show him to room B.",
    "Please send the replacement card to [[PERSON|Tamara L. Brooks-Hensley]] at [[STREET_ADDRESS|4127 Sycamore Ridge Drive, Columbus, OH 43215]].",
    "[[PERSON|Hamish Cartwright]] can be reached on [[PHONE_NUMBER|07700 900417]] between nine and five on weekdays.",
    "SIN [[ID_NUMBER|527 143 895]] belongs to [[PERSON|Geneviève Tremblay]], who started in accounts receivable on Monday.",
    "Our records show that [[PERSON|Alejandro Ruiz Montoya]] (DNI [[ID_NUMBER|48271936L]]) paid the deposit by bank transfer.",
    "The salary of [[PERSON|Femke de Vries-Bakker]] (BSN [[ID_NUMBER|183476529]]) will be paid into [[IBAN_CODE|NL22 RABO 0338 8172 64]] from next month.",
    "[[PERSON|Lukas Brandmeier]] changed his contact e-mail to [[EMAIL_ADDRESS|lukas.brandmeier@example.net]] after leaving the university.",
    "Aadhaar number [[ID_NUMBER|7381 9264 0517]] was submitted by [[PERSON|Priyanka Venkataraman]] for address verification.",
    "Personnummer [[ID_NUMBER|880412-5634]] is registered to [[PERSON|Oskar Lindqvist]] at [[STREET_ADDRESS|Storgatan 14, 411 38 Göteborg]].",
    "New patient registered on 2 May: [[PERSON|Tomasz Zieliński]], PESEL [[ID_NUMBER|85072314574]].",
    "[[PERSON|Aino Virtanen]]'s henkilötunnus, [[ID_NUMBER|170389-374D]], was typed wrongly on the tax form and has now been corrected.",
    "The CPF [[ID_NUMBER|418.273.650-80]] on the rental contract matches [[PERSON|Luiza Carvalho Prates]].",
    "[[PERSON|Sipho Ndlovu]], ID number [[ID_NUMBER|8806145126084]], has applied for a home loan of R1.2 million.",
    "Due for a second vaccine dose is [[PERSON|Ingrid Solbakken Haugen]] (fødselsnummer [[ID_NUMBER|12038549594]]).",
    "NHS number [[ID_NUMBER|485 777 3023]] belongs to [[PERSON|Bethan Pryce-Jones]], who was discharged from Ward 7 yesterday.",
    "[[PERSON|Marcus T. Greenwood]], SSN [[US_SSN|412-38-7719]], was added to the company health plan.",
    "Card [[CREDIT_CARD|4539 2817 6604 3192]], held by [[PERSON|Danielle Okafor]], was declined at checkout twice.",
    "Call [[PERSON|Lachlan O'Rourke]] on [[PHONE_NUMBER|0491 570 238]] to confirm the removal date.",
    "A direct debit mandate for account [[IBAN_CODE|IE59 BOFI 9000 1749 3618 52]] was signed by [[PERSON|Aoife Ní Bhriain]].",
    "Login attempts for user [[ID_NUMBER|jdelossantos]] from [[IP_ADDRESS|203.0.113.57]] were blocked after [[PERSON|Jerome delos Santos]] reset his password.",
    "[[PERSON|Youssef Benali]], born 3 November 1991, lives at [[STREET_ADDRESS|12 rue des Tanneurs, 69002 Lyon]].",
    "Student card [[ID_NUMBER|S-2024-55817]] was issued to [[PERSON|Chiara Rossetti-Mancini]] for the law faculty.",
    "Customer account [[ID_NUMBER|00481-7726]] ([[PERSON|Martín Esteban Gorostiaga]]) was upgraded to the premium tier.",
    "Passport [[ID_NUMBER|AB4829163]], issued to [[PERSON|Ayesha Siddiqui Malik]], expires in April 2029.",
    "[[PERSON|Wang Xiaoming]]'s loyalty member number [[ID_NUMBER|8827 1045 3391]] was merged with a duplicate profile.",
    "Employee [[ID_NUMBER|40719]], [[PERSON|Eleni Papadopoulou]], asked to change her mobile number to [[PHONE_NUMBER|07700 900562]].",
    "[[PERSON|Rui Miguel Antunes]] sent €1,250 from [[IBAN_CODE|PT25 0035 0014 0007 7319 4825 7]] to cover the first quarter's rent.",
    "Rent arrears for [[PERSON|Katharina Pichler]] are to be settled by transfer from [[IBAN_CODE|AT96 1200 0513 9274 6801]] by the end of May.",
    "With national number [[ID_NUMBER|85.07.23-123.51]], [[PERSON|Sophie Claes]] booked the sauna room for Saturday evening.",
    "Driving licence [[ID_NUMBER|FARAH705143D99KL]] is held by [[PERSON|Dariush Farahani]], who reported a scratch on the rental car.",
    "[[PERSON|Shanice Campbell-Reid]] wrote from [[EMAIL_ADDRESS|shanice.cr@example.com]] asking about the school uniform grant.",
    "Bank card [[CREDIT_CARD|5274 6109 3852 7409]] was reported stolen by [[PERSON|Valentina Restrepo Gómez]] on Friday night.",
    "Remove from the service note the home wifi key of [[PERSON|Noa Ben-David]], which is [[PASSWORD|Lemonade!Tree42]].",
    "Parcel for [[PERSON|Somchai Wongsakul]], tel. [[PHONE_NUMBER|(212) 555-0183]], is awaiting collection at the depot.",
    "Hospital number [[ID_NUMBER|3318-204]] refers to [[PERSON|Bishnu Prasad Adhikari]], admitted with a fractured wrist.",
    "In her claim for lost luggage, [[PERSON|Kovács Eszter]] gave [[EMAIL_ADDRESS|eszter.kovacs@example.org]] as the contact address.",
    "Door code [[PASSWORD|4821]] for the gym was issued to [[PERSON|Jan Dvořák]] and must be changed when he leaves.",
    "[[PERSON|Alasdair J. McIntyre]], [[STREET_ADDRESS|32 Dalhousie Crescent, Dundee DD2 4TR]], won the second prize in the raffle.",
    "Linked to the card [[CREDIT_CARD|4916 7302 5518 8622]] is the savings account of [[PERSON|Aroha Ngata-Whaanga]].",
    "Mobile [[PHONE_NUMBER|0491 570 644]] was added as a second contact for [[PERSON|Dewi Kartika Sari]].",
    "IP [[IP_ADDRESS|198.51.100.23]] was logged when [[PERSON|Andrei-Cristian Popescu]] signed the loan agreement online.",
    "[[PERSON|Jean-Baptiste Mbarga Nkoulou]] paid the exam fee with card [[CREDIT_CARD|3764 821593 07319]].",
    "[[PERSON|Mette Kjærgaard Holm]] lives at [[STREET_ADDRESS|Nørrebrogade 88, 2. th., 2200 København N]] and works night shifts.",
    "Username [[ID_NUMBER|f.alqahtani]] is the one [[PERSON|Faisal Al-Qahtani]] uses for the staff portal.",
    "Delivery updates should go to the UK mobile of [[PERSON|Oksana Shevchuk-Bondar]], [[PHONE_NUMBER|+44 7700 900731]].",
    "Ticket 58213 was raised by [[PERSON|Rosa Elena Quispe Mamani]], whose card PIN [[PASSWORD|7305]] was locked after three wrong attempts.",
]

# 60 chat requests about a named private person: the first 15 all in lower case; 30 with
# no cue word (relation or role, title, greeting, sign-off or introduction).
CHAT = [
    "can you help me write a short birthday message for [[PERSON|kemi adebayo]], she turns 40 on saturday and loves gardening and bad puns",
    "my flatmate [[PERSON|tomás ferreira]] owes me £340 for the energy bill, how do i ask him for it without making things weird",
    "what should i bring to a dinner at [[PERSON|hyun-woo lee]]'s place, he just moved in and i don't know him that well",
    "my sister [[PERSON|aleksandra nowak]] has had a fever of 39 since yesterday and a rash on her arms, should she go to a&e or wait for the gp",
    "draft a polite email to [[PERSON|ines moreau]] asking if she can swap shifts with me on the 14th, i have a hospital appointment",
    "plan a 3 day trip to edinburgh for me and [[PERSON|rahul mehta]], we like hiking and whisky but hate crowds",
    "my son's maths teacher mrs [[PERSON|adaeze okafor]] says he's falling behind, can you suggest a weekly study plan for fractions and decimals",
    "how much should i chip in for a leaving present for [[PERSON|bogdan petrescu]] if 12 people are sharing and the gift is a £180 watch",
    "my neighbour [[PERSON|gustavo almeida]] keeps parking across my driveway, write a firm but friendly note i can put through his door",
    "what's a good way to tell [[PERSON|astrid holm]] that i can't make her wedding in june without sounding rude",
    "my boss, [[PERSON|niamh gallagher]], wants the q3 budget by friday but i'm still waiting on numbers from finance, how do i push back",
    "remind me what to ask at the bank tomorrow, opening a joint account with [[PERSON|farhan chowdhury]] and we have different addresses",
    "my daughter's best friend [[PERSON|zara whitcombe]] is allergic to nuts, what can i bake for the sleepover that is safe",
    "write a two line apology to [[PERSON|dev malhotra]] for missing the call this morning, keep it casual",
    "hi, my grandad [[PERSON|emeka nwosu]] is 81 and keeps forgetting his blood pressure tablets, any ideas for simple reminders that don't need a smartphone",
    "Write a short card for [[PERSON|Beatriz Salgado]] to say how grateful we are that she looked after our cat for two weeks while we were in Portugal.",
    "My husband [[PERSON|Kenji Watanabe]] and I want to split our savings between an ISA and paying off the mortgage faster. We have about £20,000. What are the trade-offs?",
    "[[PERSON|Olumide Bankole]] asked me to be a referee for his nursing job application. What should a character reference include, and how long should it be?",
    "Hello! I'm organising a surprise 60th for my mum, [[PERSON|Patricia Hennessy]]. About 35 guests, budget £900, somewhere near Leeds. Can you give me a timeline for the next six weeks?",
    "Help me reply to [[PERSON|Sergei Morozov]], who emailed asking why his invoice was paid late. I want to explain the bank holiday delay and apologise.",
    "My brother [[PERSON|Callum Reid]] is house-sitting next week. Write him a note with the alarm code [[PASSWORD|6193]] and the wifi password [[PASSWORD|BlueHeron_2207]], plus when to put the bins out.",
    "Is it normal that [[PERSON|Ana Paula Ribeiro]] still has swelling four days after her wisdom tooth came out? She is taking ibuprofen but it isn't helping much.",
    "My colleague [[PERSON|Jakub Nowicki]] is retiring after 31 years. Give me three ideas for a speech opening that are warm but not cheesy.",
    "Write a message to [[PERSON|Lorenzo Bianchi]] explaining that the sofa he sold me arrived with a torn cushion and I'd like a partial refund of £60.",
    "Our landlord, Mr [[PERSON|Desmond Achterberg]], hasn't fixed the boiler in three weeks. Draft a formal letter citing our right to repairs and giving him 14 days.",
    "I need to send [[PERSON|Hannah Lindgren]] the notes from Tuesday's planning meeting. Can you turn these into a clear summary: venue booked, catering pending, speakers confirmed except one.",
    "My niece [[PERSON|Chloé Marchand]] got into medical school in Lyon. What's a meaningful gift under €100 for a first-year medic?",
    "[[PERSON|Tariq Haddad]] keeps posting my photos on his account [[ID_NUMBER|@tariq.hd]] without asking. How do I report it on Instagram, and what should I say to him first?",
    "My son [[PERSON|Mateo Álvarez]] has a maths GCSE resit in June. Can you make a 10-week revision plan that fits around his football on Tuesdays and Saturdays?",
    "Write a short condolence message to [[PERSON|Ifeoma Chukwu]] after the funeral on Friday. We worked together for years but haven't spoken recently.",
    "Hey, can you work out how much each of us owes? Me and my roommates [[PERSON|Priya Raghavan]] and [[PERSON|Luis Ortega]]: rent £1,950, bills £240, [[PERSON|Priya]] paid the bills and I paid the rent.",
    "Give me a polite way to decline [[PERSON|Svetlana Ivanova]]'s invitation to join her book club. I like her but I really don't have the time right now.",
    "My dad [[PERSON|Graham Whitlock]] can't log in to his online banking. His customer number is [[ID_NUMBER|40918-2276]] and he thinks he mixed up his passcode. What should he try before calling the bank?",
    "[[PERSON|Marek Kowalczyk]] wants to borrow £2,000 from me and pay it back over a year. How do I write a simple loan agreement that both of us sign?",
    "I'm a teacher and need a report comment for a pupil, [[PERSON|Ella Sørensen]], who is bright but keeps missing homework. Keep it constructive, 60 words max.",
    "Suggest a four-week gentle walking and jogging plan for [[PERSON|Abebe Girma]], who is 58 and recovering from a hip replacement.",
    "Dear assistant, my partner [[PERSON|Yasmin Haddad-Ellis]] is moving to Dubai for a two-year contract. How do we handle the joint lease we signed in Bristol?",
    "Can you write a firm message to [[PERSON|Dimitri Katsaros]] about the £450 he still owes for the car repair? It's been two months and he keeps ignoring texts.",
    "My coworker [[PERSON|Sunita Rao]] asked me to cover her on-call tonight. She sent her VPN username [[ID_NUMBER|srao_ops]] and said the token is on her desk. Is it okay to use someone else's login?",
    "Help me pick ten books for [[PERSON|Oyelaran Adeyemi]], who is 11, loves dragons and finds long chapters hard to finish.",
    "My neighbour [[PERSON|Wilhelmina Grünberg]] is 87 and lives alone. She asked me to help her set up online grocery shopping. What's the simplest service and how do I explain it?",
    "[[PERSON|Aziz Karimov]] is starting in our warehouse on Monday. Write a welcome message covering where to park, when breaks are and who to ask about safety boots.",
    "Good morning! My wife [[PERSON|Mariana Costa]] has a job interview at a bank on Thursday. Give her ten likely questions for a compliance analyst role.",
    "Should [[PERSON|Rhys Llewellyn]] get his mole checked? It has changed shape over the summer and sometimes itches.",
    "My landlady, Ms [[PERSON|Beatrix Holloway]], is keeping £600 of my deposit for wear and tear on a carpet that was already old. How do I dispute this through the deposit scheme?",
    "Leave a note for [[PERSON|Ngozi Eze]] explaining how to get into the flat: the key box by the door opens with [[PASSWORD|3-8-1-5]] and the spare fob is in the kitchen drawer.",
    "Hi there, my stepdaughter [[PERSON|Freya Lindholm-Carter]] wants to study abroad. Compare the costs of a year in the Netherlands and in Germany for an English-taught degree.",
    "I owe [[PERSON|Kaveh Rostami]] £75 from the ski trip. Write a funny line to go with the bank transfer.",
    "My cousin [[PERSON|Bilal Chaudhry]] is getting married in Lahore in December. What are the etiquette rules for giving money at a Pakistani wedding as a guest from the UK?",
    "Make a week of dinner ideas for [[PERSON|Esperanza Villalobos]], who was just diagnosed with type 2 diabetes and cooks mostly Mexican food.",
    "Can you write a reference for my former student, [[PERSON|Tobias Krüger]]? He volunteered in our lab for a year, was reliable and wrote clean Python.",
    "Summarise the pros and cons of [[PERSON|Lindiwe Dube]] taking the Cape Town offer versus staying in Johannesburg: higher salary, longer commute, closer to the sea.",
    "My friend [[PERSON|Akira Mori]] lent me his camera and I dropped it. The lens mount is bent. How do I bring it up and offer to pay for the repair?",
    "Write a reminder to [[PERSON|Camille Girard]] that the new shared drive password is [[PASSWORD|Tangerine#Sofa88]] and that she must not email it to anyone.",
    "My manager [[PERSON|Oluwaseun Balogun]] rated my performance as needs improvement. Help me prepare three questions to ask her in our one-to-one.",
    "Draft an invitation from me and [[PERSON|Rafael Domínguez]] to our housewarming on 22 June at 7 pm, asking people to bring a folding chair.",
    "My uncle [[PERSON|Horacio Benítez]] wants to send money from Spain to Argentina every month. Which is cheaper, a bank transfer or an app like Wise?",
    "What do I say to [[PERSON|Petra Novotná]], whose dog bit mine at the park yesterday? The vet bill was €140 and she hasn't answered my message.",
    "My daughter's piano teacher, [[PERSON|Irina Sokolova]], is leaving the area. What's a good goodbye gift from a 9-year-old, under £30?",
    "Hello, I'm [[PERSON|Kemal Aydın]] and I need to write a complaint to my internet provider about three outages this month. My account number is [[ID_NUMBER|AC-7730-1942]]. Can you draft it?",
]

# 40 messages from patients and customers to a hospital, clinic, bank, insurer, landlord,
# shop or hotel.
SERVICE = [
    "Hello, this is [[PERSON|Gwen Harrower]], patient number [[ID_NUMBER|7728140]]. I need to move my physio appointment on 12 March to any afternoon the following week. You can reach me on [[PHONE_NUMBER|07700 900284]].",
    "I'm writing for my father, [[PERSON|Anselm Richter]], date of birth 04/11/1949. His NHS number is [[ID_NUMBER|943 476 5919]]. He was given the wrong discharge letter on Monday. Could you send the correct one?",
    "To the billing team: I was charged twice for my March premium. Policyholder number [[ID_NUMBER|HX-552190-B]], name [[PERSON|Olusegun Fashola]]. Please refund one of the two £62.40 payments.",
    "Please block my debit card [[CREDIT_CARD|4556 0291 8874 1135]] immediately, I lost my purse in town this afternoon. Name on the card is [[PERSON|Harriet Mbeki-Langford]], mobile [[PHONE_NUMBER|07700 900615]].",
    "Dear Dr [[PERSON|Hassan]], my son [[PERSON|Idris Okoye]] (patient no. [[ID_NUMBER|204-6617]]) has had a cough for three weeks. Is it possible to get a call back on [[PHONE_NUMBER|(415) 555-0172]] today?",
    "The shower at [[STREET_ADDRESS|Flat 3, 29 Merriman Street, Leicester LE2 1QT]] has been leaking into the flat below since Friday. Tenant: [[PERSON|Bartholomew Osei]]. Best number: [[PHONE_NUMBER|07700 900093]].",
    "Order #88213 arrived with a cracked screen. My name is [[PERSON|Clémence Fabre]] and the account e-mail is [[EMAIL_ADDRESS|clemence.fabre@example.net]]. I'd like a replacement, not a refund.",
    "Member [[ID_NUMBER|0048 3391 772]] here, [[PERSON|Ruth Abernethy]]. The gym kept charging my card after I cancelled in January. Can you refund February and March?",
    "Claim for storm damage to the garage roof at [[STREET_ADDRESS|7 Heron Close, Norwich NR4 6BX]]. Policy holder: [[PERSON|Duncan Fairweather]], policyholder no. [[ID_NUMBER|PLH-2281907]]. Photos attached, the roofer's quote is £2,350.",
    "Hi, could you tell me if my repeat prescription is ready? Name [[PERSON|Lucía Navarro Prieto]], born 19.08.1987, collecting from the Westgate branch.",
    "I want to change the address on my account. Old: [[STREET_ADDRESS|14 Ferndale Avenue, Bolton BL1 5HG]]. New: [[STREET_ADDRESS|2B Carlow Terrace, Bolton BL3 2NW]]. Account holder [[PERSON|Imran Qureshi]], account [[ID_NUMBER|55102873]].",
    "Please cancel the standing order from [[IBAN_CODE|GB55 BARC 2031 7794 0168 23]] to my old landlord. This is [[PERSON|Deborah Quaye]], you can e-mail me at [[EMAIL_ADDRESS|d.quaye@example.com]].",
    "Patient [[PERSON|Ji-woo Han]], hospital no. [[ID_NUMBER|K4471093]], was told to fast before the MRI on 3 April but the letter doesn't say for how long. Please call [[PHONE_NUMBER|0491 570 319]].",
    "Good morning, I'm calling about the boiler at [[STREET_ADDRESS|41 Rowan Way, Croydon CR0 8LP]]. The tenant is [[PERSON|Kofi Boateng]] and the engineer can ring [[PHONE_NUMBER|07700 900846]] to arrange access.",
    "Hello, my insurance member ID is [[ID_NUMBER|MBR-30917264]] ([[PERSON|Helga Sigurðardóttir]]). Does my plan cover a private MRI referral from my physiotherapist?",
    "I ordered a sofa for delivery to [[STREET_ADDRESS|88 Oakfield Road, Cardiff CF14 3RP]] on 10 May and nobody came. Customer: [[PERSON|Glenys Parry-Morgan]], customer number [[ID_NUMBER|CU-884210]]. Please rebook for a weekday.",
    "Can you update the card for my monthly rent? New card [[CREDIT_CARD|2223 1048 7655 9029]], expiry 09/28. Tenant: [[PERSON|Samir Haddou]], Flat 12.",
    "Hi, it's [[PERSON|Eun-ji Cho]]. My online banking username is [[ID_NUMBER|eunjicho88]] and I've been locked out after typing the wrong password three times. Can you reset it?",
    "Re: patient [[PERSON|Marguerite Lachance]], DOB 02/02/1958. Her blood results from 18 January still haven't reached her GP. Please e-mail them to her at [[EMAIL_ADDRESS|m.lachance58@example.org]].",
    "I was overcharged on the water bill for [[STREET_ADDRESS|6 Birch Lane, Galway H91 X2K7]]. Account holder: [[PERSON|Ciarán Ó Dálaigh]], account no. [[ID_NUMBER|3309174522]].",
    "Hello, this is [[PERSON|Leopold Haas]]. Dr [[PERSON|Natasha Iyer]] referred me for an allergy test but I haven't had a letter. My patient number is [[ID_NUMBER|5566-102-88]].",
    "Could the clinic send the vaccination certificate for my daughter [[PERSON|Amara Nwachukwu]] to [[EMAIL_ADDRESS|amara.family@example.com]]? Her date of birth is 30 June 2016.",
    "Dispute: a payment of £219.99 to an online shop I never used appeared on 4 March. Card [[CREDIT_CARD|4147 2098 3316 5072]], cardholder [[PERSON|Vikram Sethi]]. I still have the card with me.",
    "My name is [[PERSON|Beatriz Oyarzún]] and I'd like to open a savings account. My passport number is [[ID_NUMBER|P8827301]] and I live at [[STREET_ADDRESS|Calle de Alcalá 214, 4º B, 28028 Madrid]].",
    "The washing machine you installed on Saturday is leaking. Invoice INV-20931. Customer [[PERSON|Roisin Keane]], [[PHONE_NUMBER|0491 570 772]], at home after 4 pm.",
    "Hi, appointment request for [[PERSON|Theo Vasquez-Lund]], 7 years old, with an ear infection. Parent contact: [[PERSON|Nadia Lund]], [[PHONE_NUMBER|(604) 555-0119]].",
    "Please move my car insurance to my new address, [[STREET_ADDRESS|5 Kingfisher Court, Reading RG1 8QE]]. Policyholder ID: [[ID_NUMBER|CV-7720144]]. Name: [[PERSON|Winston Adjei]].",
    "Please replace the phone number on my account with [[PHONE_NUMBER|+61 491 570 462]]. Account holder: [[PERSON|Matilda Hargreaves]], customer no. [[ID_NUMBER|0022918]].",
    "Hello pharmacy, this is [[PERSON|Bongani Zulu]]. Was my insulin order of 14 pens dispatched? Delivery to [[STREET_ADDRESS|17 Jacaranda Street, Pretoria 0083]].",
    "I paid the April rent of €980 from [[IBAN_CODE|DE11 5001 0517 5413 9208 46]] on 1 April but the agent says it never arrived. Tenant [[PERSON|Friederike Mahler]], apartment 4, please check again.",
    "Hi, my mum [[PERSON|Eileen Corrigan]] is on Ward 12. Can the ward call me, [[PERSON|Sinead Corrigan]], on [[PHONE_NUMBER|07700 900578]] when she's ready to be discharged?",
    "Lost property: I left a blue backpack on the 7:15 train to Brighton. Name [[PERSON|Haruka Ishikawa]], contact [[EMAIL_ADDRESS|haruka.ishi@example.com]].",
    "Request to close account [[ID_NUMBER|7719-04483]] held by [[PERSON|Archibald Pennington-Hale]], who died on 2 January. I am the executor, [[PERSON|Margaret Pennington-Hale]], e-mail [[EMAIL_ADDRESS|executor.ph@example.org]].",
    "Can I get a refund for the cancelled hygiene visit on 8 May? Patient [[PERSON|Oyinda Adeleke]], member ID [[ID_NUMBER|DEN-448109]], paid by card [[CREDIT_CARD|5188 0467 2193 3055]].",
    "Is there parking for the oncology day unit? I'm bringing [[PERSON|Wolfgang Eder]], patient number [[ID_NUMBER|77-31-904]], for chemo on Wednesdays.",
    "Booking for 2 adults, 6 to 9 August, lead guest [[PERSON|Ana Lúcia Tavares]], phone [[PHONE_NUMBER|(718) 555-0164]], e-mail [[EMAIL_ADDRESS|analucia.t@example.net]]. Please note a gluten-free breakfast.",
    "Our tenancy ends on 31 July. Please return the deposit to [[IBAN_CODE|ES97 2100 0813 6102 3459 8871]]. Tenants: [[PERSON|Pablo Echeverría]] and [[PERSON|Inés Larraín]].",
    "I think someone logged into my account from [[IP_ADDRESS|203.0.113.142]] last night while I was asleep. Username [[ID_NUMBER|ravi_k_2021]], name [[PERSON|Ravi Kumaraswamy]]. Please lock it.",
    "The shoes I bought on 3 June are the wrong size, I'd like to exchange them for a 42. Name [[PERSON|Sven Åberg]], e-mail [[EMAIL_ADDRESS|sven.aberg@example.com]].",
    "My annual review at the diabetes clinic is on the 19th but I'll be away. Could you move it? [[PERSON|Giorgos Antoniou]], NHS number [[ID_NUMBER|601 223 8746]], mobile [[PHONE_NUMBER|07700 900907]].",
]

# 30 short messages naming one private person and nothing else, with no cue word; the
# first 15 all in lower case.
SHORT = [
    "is [[PERSON|joaquín herrera]] still in the building",
    "ask [[PERSON|wei ling tan]] about the keys",
    "did anyone call [[PERSON|marta kowalska]] back",
    "[[PERSON|nikolai sorensen]] is running late again",
    "send the photos to [[PERSON|esi owusu]] tonight",
    "where did [[PERSON|fatima zahra bennani]] put the receipts",
    "tell [[PERSON|hugo lefèvre]] the meeting moved to 3",
    "lunch with [[PERSON|ayodele ogunleye]] on friday?",
    "[[PERSON|sigrid bjørnstad]] won the raffle lol",
    "still waiting for [[PERSON|karim el-amin]] to reply",
    "has [[PERSON|rosalind achebe]] paid yet",
    "pick up [[PERSON|matías ferreyra]] at 6",
    "no news from [[PERSON|parisa jafari]] since monday",
    "book a table for two under [[PERSON|kieran o'sullivan]]",
    "happy retirement to [[PERSON|dagmar schultz-weber]]",
    "Is [[PERSON|Mehmet Kaya]] free on Thursday?",
    "Remind me to call [[PERSON|Anneliese Vogt]].",
    "[[PERSON|Thandiwe Mokoena]] got the job!",
    "Where is [[PERSON|Callum McAllister]] sitting tonight?",
    "Can [[PERSON|Jun Hao Lim]] cover the morning shift?",
    "Lunch with [[PERSON|Rashida Begum]] moved to 1 pm.",
    "Any update from [[PERSON|Piotr Wiśniewski]]?",
    "Tomorrow I'm meeting [[PERSON|Valentina Greco]] for coffee.",
    "Seat [[PERSON|Isabela Monteiro]] next to the window.",
    "[[PERSON|Leila Farouk]] said yes to the trip.",
    "Has [[PERSON|Bjarne Ellefsen]] signed the form?",
    "Sending flowers to [[PERSON|Nomvula Khumalo]] today.",
    "Ask [[PERSON|Teodor Ionescu]] about the spare chairs.",
    "I bumped into [[PERSON|Gráinne Duffy]] at the station.",
    "Why hasn't [[PERSON|Ezekiel Mensah-Bonsu]] replied?",
]

# 20 pasted snippets: e-mails with signatures, CSV, JSON and vCard rows, log lines, a .env
# file, forms and chat exports.
PASTED = [
    "Can you make this e-mail sound more professional?\n\nHi all, the venue for the offsite is confirmed, send dietary needs by Friday pls.\n\n--\n[[PERSON|Morwenna Trelawney]]\nOperations Coordinator\n[[EMAIL_ADDRESS|m.trelawney@example.co.uk]]\nMobile: [[PHONE_NUMBER|07700 900129]]",
    "Convert this CSV row to JSON:\nname,email,phone,city\n[[PERSON|Tobiah Reinholt]],[[EMAIL_ADDRESS|t.reinholt@example.org]],[[PHONE_NUMBER|(503) 555-0138]],Portland",
    'Why does this JSON fail to parse? {"customer": "[[PERSON|Adaeze Nnamdi]]", "iban": "[[IBAN_CODE|BE73 3101 6483 9260]]", "amount": 420.00,}',
    "What does this mean? Mar 14 02:11:09 web01 sshd[2210]: Failed password for invalid user [[ID_NUMBER|mkovalenko]] from [[IP_ADDRESS|198.51.100.77]] port 51622 ssh2",
    "Fill in the gaps in this form:\nFull name: [[PERSON|Ottilie Brandt-Hansen]]\nAddress: [[STREET_ADDRESS|9 Lavender Row, Bath BA1 5JT]]\nPhone: [[PHONE_NUMBER|07700 900356]]\nDate of birth: 11/04/1990\nEmergency contact: ______",
    "[09:14] [[PERSON|Quentin Marchetti]]: did you get the invoice?\n[09:15] [[PERSON|Soraya Haddadi]]: yes, paying it now with my card [[CREDIT_CARD|6011 9873 4421 5605]]\n[09:16] [[PERSON|Quentin Marchetti]]: great\nSummarise this chat.",
    "Proofread this:\n\nDear Mrs [[PERSON|Castellanos]], I am writing to confirm that your refund of £85 has been processed and should reach you within five working days. Kind regards, [[PERSON|Ifeanyi Obi]], Customer Services",
    "Parse this log line into fields: 2024-05-02T10:44:17Z INFO login ok user=[[ID_NUMBER|hbergstrom]] ip=[[IP_ADDRESS|203.0.113.9]] session=a81f",
    "Sort these by surname:\nfirst,last,student_id\n[[PERSON|Ameera]],[[PERSON|Khalil]],[[ID_NUMBER|ST-209318]]\n[[PERSON|Benedikt]],[[PERSON|Auer]],[[ID_NUMBER|ST-209344]]\n[[PERSON|Chiamaka]],[[PERSON|Eze]],[[ID_NUMBER|ST-209301]]",
    "BEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON|Leontyne Afolabi]]\nTEL:[[PHONE_NUMBER|+1 312 555 0191]]\nEMAIL:[[EMAIL_ADDRESS|leontyne.afolabi@example.com]]\nEND:VCARD\nTurn this into a plain contact line.",
    "Is it safe to commit this file?\nDB_HOST=db.internal\nDB_USER=[[ID_NUMBER|kmurasaki]]\nDB_PASSWORD=[[PASSWORD|Riv3rstone!9]]\nSTRIPE_KEY=[[API_KEY|sk_live_51Hq8ZtKmW3vPaR9yXcD2eLf7TnB4]]",
    "[[PERSON|Nilufar Rahimova]]  10:02 AM\ncan someone reset my password, it's still [[PASSWORD|Summer2023!]] and IT wants it changed\n[[PERSON|Gareth Pugh]]  10:05 AM\nDM me, don't post it here\n\nWhat went wrong in this Slack thread?",
    "Can you check this onboarding form for missing fields?\nEmployee ID: [[ID_NUMBER|E-40417]]\nName: [[PERSON|Bartosz Lewandowski-Kraft]]\nBank account: [[IBAN_CODE|PL29 1050 1445 1000 2287 1164 539]]\nStart date: 01/09/2024\nTax code:",
    "From: [[PERSON|Adrián Vidal]] <[[EMAIL_ADDRESS|adrian.vidal@example.net]]>\nTo: Front desk\nSubject: Room 14\n\nArriving late, around 11 pm. Can someone leave the key out?\n\n[[PERSON|Adrián]]\n\nWrite a short reply to this.",
    '{"patient_id": "[[ID_NUMBER|PT-0093817]]", "name": "[[PERSON|Mirela Dragomir]]", "ssn": "[[US_SSN|318-46-2290]]", "allergies": ["penicillin"]}\nWhich fields are missing for a FHIR Patient resource?',
    '[[IP_ADDRESS|198.51.100.142]] - [[ID_NUMBER|rlopez]] [12/Feb/2024:08:31:55 +0000] "GET /account/settings HTTP/1.1" 200 5120\nWhy is a username in this nginx line?',
    "Rewrite this as a short note for the trip leader:\nPupil: [[PERSON|Saoirse Mulcahy]]\nYear: 5\nParent e-mail: [[EMAIL_ADDRESS|mulcahy.home@example.com]]\nMedical notes: mild asthma, inhaler in bag",
    "12/03/24, 19:20 - [[PERSON|Dilnoza Yusupova]]: the gate code is [[PASSWORD|2580#]] btw\n12/03/24, 19:21 - [[PERSON|Dilnoza Yusupova]]: flat 6, second floor\nWhat did she say the gate code was?",
    "Shorten this:\n\nPlease find attached the signed lease. Let me know if you need anything else.\n\nBest,\n[[PERSON|Cordelia Ashworth]]\n[[STREET_ADDRESS|1820 Maple Crest Lane, Apt 3C, Raleigh, NC 27603]]\n[[PHONE_NUMBER|(919) 555-0126]]",
    "Check these rows for errors:\ndate,payer,card,amount\n2024-04-02,[[PERSON|Émile Gagnon]],[[CREDIT_CARD|3421 987601 55340]],120.00\n2024-04-03,[[PERSON|Émile Gagnon]],[[CREDIT_CARD|3421 987601 55340]],120.00",
]

# 25 writing, role-play and reasoning prompts in the style of MT-Bench and Vicuna.
CLEAN_PROMPTS = [
    "Write a lively travel blog post about three days in Lisbon, covering food, trams and a day trip to Sintra.",
    "Pretend you are Sherlock Holmes and explain to Dr Watson how you deduced that a visitor had just come back from a sailing holiday.",
    "Role-play as Marie Curie giving a short talk to schoolchildren about why curiosity matters in science.",
    "A train leaves at 14:05 and the journey takes 2 hours 50 minutes, but it is delayed by 25 minutes on the way. What time does it arrive? Explain step by step.",
    "Write a persuasive essay arguing that cities should make public transport free at weekends.",
    "Imagine you are a pirate captain writing a log entry after landing on an island with no fresh water. Keep it under 200 words.",
    "Explain the difference between correlation and causation using an example about ice cream sales and sunburn.",
    "Write a sequence of four haiku about the changing seasons in a small mountain village.",
    "As Elizabeth Bennet, write a letter to Jane describing your first impressions of Mr Darcy at the Meryton assembly.",
    "Draft a product description for a reusable steel water bottle that keeps drinks cold for 24 hours.",
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may take one fruit from one box. How do you relabel them all correctly?",
    "Write a short story that begins with the line: The lighthouse had been dark for forty years.",
    "Act as a job interview coach and ask me five questions for a junior data analyst position, one at a time.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Write a limerick about a cat who learns to use a laptop.",
    "Suppose all bloops are razzies and some razzies are lazzies. Can we conclude that some bloops are lazzies? Explain your answer.",
    "You are Gandalf. Give a rousing speech to a group of nervous hobbits before their first day at a new job.",
    "Summarise the plot of Romeo and Juliet in exactly five sentences for a twelve-year-old.",
    "Write a dialogue between a sceptical farmer and a salesperson trying to sell him a crop-spraying drone.",
    "What are the main arguments for and against a four-day working week? Present them as a balanced table.",
    "Describe a sunset over the desert using all five senses, in no more than 120 words.",
    "Pretend to be Ada Lovelace reviewing a modern smartphone for a Victorian magazine.",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost? Show your reasoning.",
    "Write a formal speech for the opening of a new public library in a small coastal town.",
    "Imagine you are Captain Nemo. Explain to a visitor aboard the Nautilus why you chose to live beneath the sea.",
]

# 20 grade-school word problems with fictional first names.
CLEAN_MATHS = [
    "Amara buys 4 packs of stickers with 12 stickers in each pack. She gives 15 stickers to her classmates. How many stickers does she have left?",
    "Jonah runs 3 km on Monday, twice as far on Tuesday, and 1.5 km less than Tuesday on Wednesday. How far does he run in total?",
    "A bakery sells muffins for $2.50 each. Priya buys 6 muffins and pays with a $20 note. How much change does she get?",
    "Lars has 48 marbles. He puts them into bags of 6 and gives away 3 bags. How many marbles does he keep?",
    "Sofia reads 25 pages a day. Her book has 340 pages. After 9 days, how many pages are left?",
    "An orchard has 7 rows of apple trees with 14 trees in each row. Mateo picks 20 apples from each tree. How many apples does he pick?",
    "Hana earns $15 an hour and works 6 hours on Saturday and 4 hours on Sunday. She spends a third of her earnings on a jacket. How much money does she have left?",
    "Theo's fish tank holds 60 litres and is 3/4 full. How many more litres are needed to fill it?",
    "Grace and Ruben share 90 sweets in the ratio 2:3. How many sweets does Ruben get?",
    "A cinema ticket costs $9 for adults and $6 for children. Omar buys tickets for 2 adults and 3 children. What is the total cost?",
    "Zainab plants 5 tomato seedlings each week for 8 weeks. If 6 of them die, how many plants does she have?",
    "Kofi's phone battery loses 8% of its charge every hour. It starts at 100%. After how many full hours will it first fall below 40%?",
    "Emma baked 36 cookies and ate 4. She split the rest equally among 8 friends. How many cookies does each friend get?",
    "A train travels at 80 km per hour. Nadia rides it for 2 hours and 15 minutes. How far does she travel?",
    "Leo saves $12 a week. How many weeks will it take him to save for a bike that costs $150?",
    "Mei has three times as many books as Ivan. Together they have 64 books. How many books does Mei have?",
    "A shop takes 20% off a $45 jacket. Santiago then uses a $5 voucher. How much does he pay?",
    "Ingrid walks her dog 2.4 km every morning and 1.8 km every evening. How far do they walk in a week?",
    "Tariq fills 12 jars with 250 g of jam each. How many kilograms of jam does he use?",
    "At a fair, Lucy wins 3 tokens per game. She plays 11 games and spends 18 tokens on a prize. How many tokens does she have left?",
]

# 20 multiple-choice exam items with options A to D: law, medicine, history, economics,
# science.
CLEAN_EXAM = [
    "In English contract law, which of the following is generally NOT good consideration? A) A promise to pay money B) Past consideration C) Performance of an act D) A promise not to sue",
    "A deficiency of which vitamin causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "In which year did the Berlin Wall fall? A) 1985 B) 1989 C) 1991 D) 1993",
    "If the price elasticity of demand for a good is -0.3, demand for it is: A) perfectly elastic B) elastic C) inelastic D) unit elastic",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Marbury v. Madison (1803) established which principle? A) Separation of church and state B) Judicial review C) Habeas corpus D) Double jeopardy",
    "A 54-year-old man has crushing chest pain spreading to his left arm. Which test should be done first? A) Chest X-ray B) 12-lead ECG C) Echocardiogram D) CT pulmonary angiogram",
    "Who was the first emperor of Rome? A) Julius Caesar B) Augustus C) Nero D) Trajan",
    "Which of the following is a tool of monetary policy? A) Income tax rates B) Government spending C) Open market operations D) Import tariffs",
    "Which gas makes up about 78% of the Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Argon D) Nitrogen",
    "In criminal law, mens rea refers to: A) the guilty act B) the guilty mind C) the burden of proof D) the right to silence",
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "The Peace of Westphalia (1648) ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The Wars of the Roses D) The Seven Years' War",
    "In Keynesian theory, higher government spending during a recession will most likely: A) reduce aggregate demand B) raise aggregate demand C) leave output unchanged D) cut interest rates to zero",
    "Which organelle is the main site of aerobic respiration in eukaryotic cells? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Nucleus",
    "Which amendment to the US Constitution protects against unreasonable searches and seizures? A) First B) Fourth C) Fifth D) Eighth",
    "The most common cause of community-acquired pneumonia in adults is: A) Staphylococcus aureus B) Streptococcus pneumoniae C) Pseudomonas aeruginosa D) Klebsiella pneumoniae",
    "Which leader launched the Great Leap Forward? A) Deng Xiaoping B) Zhou Enlai C) Mao Zedong D) Sun Yat-sen",
    "In David Ricardo's theory, comparative advantage depends on: A) absolute productivity B) opportunity cost C) exchange rates D) tariff levels",
    "What is the approximate speed of light in a vacuum? A) 3 × 10^5 m/s B) 3 × 10^8 m/s C) 3 × 10^10 m/s D) 3 × 10^6 m/s",
]

# 15 general health questions a hospital chatbot gets, with no personal detail.
CLEAN_HEALTH = [
    "What are the visiting hours for the maternity ward, and can children visit?",
    "How long should I fast before a cholesterol blood test?",
    "What are the early warning signs of a stroke?",
    "Can I take ibuprofen and paracetamol together for a fever?",
    "Do I need a referral to see a dermatologist, or can I book directly?",
    "What should I bring with me for a day surgery procedure?",
    "How do I know if a cut needs stitches?",
    "Is the flu vaccine safe during pregnancy?",
    "What is the difference between A&E and an urgent treatment centre?",
    "How much water should an adult drink in hot weather?",
    "What are the common side effects of statins?",
    "Where can I park at the hospital and how much does it cost per hour?",
    "At what age should adults start bowel cancer screening?",
    "What is a normal resting heart rate for an adult?",
    "How long before a general anaesthetic should I stop eating and drinking?",
]

# 20 everyday and technical questions naming public figures, eponyms, brands, places,
# teams or code.
CLEAN_EVERYDAY = [
    "Who took the decisive penalty for Argentina in the 2022 World Cup final shoot-out?",
    "How does Dijkstra's algorithm differ from the Bellman-Ford algorithm?",
    "What's the quickest way to get from Heathrow to King's Cross by public transport?",
    "Explain Newton's third law with an everyday example.",
    "Why does my Python code raise KeyError when I read config['user'] from a dict loaded with json.load?",
    "Is Parkinson's disease hereditary?",
    "How much did Taylor Swift's Eras Tour earn in total?",
    "Compare the cameras on the iPhone 15 and the Samsung Galaxy S24.",
    "How many Champions League titles have Real Madrid won?",
    "Summarise Keynes's General Theory in one paragraph.",
    "What's the difference between git merge and git rebase?",
    "Recommend three novels similar to Kazuo Ishiguro's Never Let Me Go.",
    "Why is the Golden Gate Bridge painted orange?",
    "How do I use pandas groupby to compute the mean per category?",
    "What is Murphy's law and where does the name come from?",
    "Which is older, the Great Wall of China or the Pyramids of Giza?",
    "Explain the Doppler effect using an ambulance siren as the example.",
    "How many Wimbledon singles titles did Serena Williams win?",
    "What does SELECT name FROM users WHERE id = ? do, and why use a placeholder instead of pasting the value?",
    "What time does the Louvre open on Sundays, and do I need to book tickets in advance?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "527 143 895": luhn_len(9),  # Canadian SIN
    "48271936L": dni_ok,  # Spanish DNI
    "183476529": bsn_ok,  # Dutch BSN
    "7381 9264 0517": aadhaar_ok,  # Indian Aadhaar
    "880412-5634": luhn_len(10),  # Swedish personnummer
    "85072314574": pesel_ok,  # Polish PESEL
    "170389-374D": hetu_ok,  # Finnish henkilötunnus
    "418.273.650-80": cpf_ok,  # Brazilian CPF
    "8806145126084": luhn_len(13),  # South African id
    "12038549594": fodselsnummer_ok,  # Norwegian fødselsnummer
    "85.07.23-123.51": belgian_id_ok,  # Belgian national number
    "485 777 3023": nhs_ok,  # NHS numbers
    "943 476 5919": nhs_ok,
    "601 223 8746": nhs_ok,
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"\+61 491 570 \d{3}",
    )
]
DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.")

# Cue words: relations and roles, greetings and sign-offs, and titles or introductions
# before a name.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child|children|baby|aunt|auntie|uncle|cousin|niece|nephew|grand\w*|"
    r"\w+-in-law|family|friends?|mates?|bf|gf|boyfriend|girlfriend|partner|fianc\w*|boss|"
    r"manager|colleagues?|co-?workers?|neighbou?rs?|landlord|landlady|tenants?|"
    r"room-?mates?|flat-?mates?|house-?mates?|teacher|tutor|students?|pupils?|doctor|"
    r"nurse|dentist|clients?|patients?|customers?|nanny|babysitter|coach|mentor|step\w+|"
    r"hi|hello|hey|hiya|dear|yo|good (morning|afternoon|evening)|cheers|regards|thanks|"
    r"thank you|best wishes|sincerely|love)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(
    r"\b(this is|my name is|call me|i'?m|im|i am|mr|mrs|ms|miss|mx|dr|prof|sir|madam)\.?,?\s+\[\[PERSON",
    re.IGNORECASE,
)
# A full stop, question or exclamation mark then a capital starts a second sentence,
# unless the stop closes an initial such as "L.".
SECOND_SENTENCE = re.compile(r"(?<![A-Z])[.!?]\s+[A-Z]")


def has_cue(marked: str) -> bool:
    """Whether a text names its person with a relation, role, greeting, title or intro."""
    return bool(CUE_WORDS.search(strip_marks(marked)[0]) or CUE_BEFORE_NAME.search(marked))


def _shape(marked: str) -> str:
    """The opening four words with every mark replaced by its type."""
    return " ".join(re.sub(r"\[\[([A-Z_]+)\|.+?\]\]", r"<\1>", marked).split()[:4])


def check_records(texts: list[str]) -> None:
    """Records: one sentence about one person each, each opening differently; the first
    ``NAME_ONLY_RECORDS`` hold only the name, the others a name and at least one value."""
    shapes: set[str] = set()
    for i, marked in enumerate(texts):
        text, spans = strip_marks(marked)
        if "\n" in text or text[-1] not in ".?" or SECOND_SENTENCE.search(text):
            raise SystemExit(f"records: not one sentence: {text[:60]!r}")
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = [s for s in spans if s["type"] != "PERSON"]
        if len(people) != 1 or bool(others) != (i >= NAME_ONLY_RECORDS):
            raise SystemExit(f"records: wrong values in {text[:60]!r}")
        shape = _shape(marked)
        if shape in shapes:
            raise SystemExit(f"records: shape {shape!r} used twice")
        shapes.add(shape)


def check_chat(texts: list[str]) -> None:
    """Chat requests: 10 to 80 words each, exactly ``BARE_CHAT`` without a cue word."""
    for marked in texts:
        if not CHAT_WORDS[0] <= word_count(marked) <= CHAT_WORDS[1]:
            raise SystemExit(f"chat: {word_count(marked)} words in {marked[:60]!r}")
    bare = sum(not has_cue(t) for t in texts)
    if bare != BARE_CHAT:
        raise SystemExit(f"chat: {bare} without a cue word, want {BARE_CHAT}")


def check_service(texts: list[str]) -> None:
    """Patient and customer messages: 10 to 60 words, a name and at least one more value."""
    for marked in texts:
        spans = marked_spans(marked)
        if not SERVICE_WORDS[0] <= word_count(marked) <= SERVICE_WORDS[1]:
            raise SystemExit(f"service: {word_count(marked)} words in {marked[:60]!r}")
        if not any(s["type"] == "PERSON" for s in spans):
            raise SystemExit(f"service: no name in {marked[:60]!r}")


def check_short(texts: list[str]) -> None:
    """Short messages: 3 to 15 words, one person and nothing else, no cue word; the first
    ``LOWER_SHORT`` all in lower case and none of the others."""
    for i, marked in enumerate(texts):
        spans = marked_spans(marked)
        if not SHORT_WORDS[0] <= word_count(marked) <= SHORT_WORDS[1]:
            raise SystemExit(f"short: {word_count(marked)} words in {marked[:60]!r}")
        if len(spans) != 1 or spans[0]["type"] != "PERSON" or has_cue(marked):
            raise SystemExit(f"short: want one name and no cue in {marked[:60]!r}")
        if is_lower(marked) != (i < LOWER_SHORT):
            raise SystemExit(f"short: wrong case in {marked[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def main() -> None:
    sections = {
        "records": (RECORDS, 70),
        "chat": (CHAT, 60),
        "service": (SERVICE, 40),
        "short": (SHORT, 30),
        "pasted": (PASTED, 20),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean health": (CLEAN_HEALTH, 15),
        "clean everyday": (CLEAN_EVERYDAY, 20),
    }
    pii = RECORDS + CHAT + SERVICE + SHORT + PASTED
    check_records(RECORDS)
    check_chat(CHAT)
    check_service(SERVICE)
    check_short(SHORT)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        NAME, HERE, sections, {"records", "chat", "service", "short", "pasted"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
