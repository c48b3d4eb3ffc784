# ruff: noqa: E501
"""A sixteenth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind15.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 ordinary chat requests that a company's employees or customers would send to an AI
  assistant (e-mails to draft, HR and employment-law questions, customer-support replies,
  medical and legal worries, scheduling, family matters, sales follow-ups, IT tickets),
  mentioning private people by full name, first name, surname after a title, in greetings
  and sign-offs and in the middle of a task; about half with an obvious cue (a relation
  word, "Dear", "from", a signature) and half without; names from Britain and Ireland,
  Western, Northern and Eastern Europe, West, East and Southern Africa, the Horn of Africa,
  South, Southeast and East Asia, the Middle East, Latin America, Polynesia and North
  American Indigenous peoples, with accents; the first 20 typed all in lower case, the next
  10 in Spanish, German, French, Portuguese, Italian, Polish, Turkish, Indonesian, Swahili
  and Vietnamese;
* 40 pasted texts to summarise, fix or answer: e-mail threads with signatures, meeting
  notes and minutes with attendee lists, complaints, support and IT tickets with account
  ids, CSV, JSON and YAML exports, a shipping label, HR and absence records, a referral
  letter, a discharge note, a git log, sshd and web-server log lines, chat exports, an
  invoice, a guarantor form, a clinic list, a visitor form and a booking;
* 20 texts whose identifier is a phone number, an account, customer or patient number, a
  username or handle, a PIN, door or alarm code, a wifi key, a password, an IBAN, a card
  number, an SSN, an API key or an IP said in passing;
* 40 statement-style records of one invented person each (name with address, phone,
  e-mail, national id, card or IBAN, sometimes a date of birth) in the formats of 40
  countries, in Latin, Cyrillic, Greek, Arabic, Chinese, Japanese and Korean script.

Usernames, handles, account, customer, member, patient, employee and loyalty numbers, sort
codes, car registrations, passports and national ids are labelled ID_NUMBER; PINs, door,
alarm and key-safe codes, wifi keys and passwords are PASSWORD; titles (Mr, Mrs, Ms, Dr,
Rev, Herr, pani, Bu, Bey) stay outside PERSON spans; a name inflected by its language
(Polish) is marked as written; an address span runs from the street line through the
postcode and city as typed; dates of birth, order, invoice and ticket numbers, public
figures, eponyms, companies and fictional characters are not labelled; every occurrence of
a private value is marked. The 100 clean texts are 30 benchmark-style questions (word
problems with fictional first names, trivia, multiple choice), 40 everyday and work
requests with no personal data and 30 chosen to trip a naive detector (public and
historical figures, eponyms, brands named after people, places, fictional characters,
capitalised common words, versions, order and invoice numbers, dates). All values are
invented: phones from fictional ranges where a country has one (UK 07700 900, 020 7946 0,
0113/0117/0141/0161 496 0; US and Canada 555-01; Australia 0491 57; Sweden 070-174 06),
cards Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not the
standard documentation examples, national ids with valid check digits where the format
has a public one (Spanish DNI, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish T.C.
kimlik, Canadian SIN, South African ID, Emirates ID, Swedish personnummer, NHS number),
IPs from documentation ranges.

Run ``.venv/bin/python bench/data/build_blind16.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import bsn_ok, check_national_ids, cpf_ok, dni_ok, kimlik_ok, nhs_ok, pesel_ok
from marks import build_sections, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 20
OTHER_LANGUAGES = 10
MIN_CHARS = 15
MAX_WORDS = 260
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Herr|Herrn|Frau|pani|pan|Bu|Pak|Bey|senhor|chị|anh)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.")

# 120 chat requests: 20 all in lower case, 10 in other languages, 90 in English.
CHAT = [
    # all lower case
    "can you help me write a text to my landlord [[PERSON|gareth pryce]] saying the boiler is broken again, third time since january. i want it firm but not rude",
    "my manager [[PERSON|siobhan]] keeps booking meetings over my lunch break. how do i bring it up in our 1:1 without sounding petty",
    "pls draft a birthday msg for [[PERSON|oluwaseun]] from the whole support team, hes turning 40 and loves cycling, keep it fun",
    "is it normal for a gp to refer someone to a cardiologist after one weird ecg? my dad [[PERSON|ramesh iyer]] got the letter today and hes panicking",
    "write a follow up email to [[PERSON|dana whitfield]] at the logistics firm, we demoed the routing tool last tuesday and she went quiet",
    "need to tell the team that [[PERSON|kenji]] is leaving end of month, he doesnt want a big fuss. short slack message pls",
    "my ex [[PERSON|marco bellini]] hasnt paid child maintenance for 3 months. what are my options in england, do i go through the cms",
    "how do i reset 2fa for a user who lost their phone? ticket came from [[PERSON|agnieszka]] in accounts, shes been locked out since monday",
    "could u rewrite this so it sounds more professional: hey [[PERSON|tariq]], the invoice u sent has the wrong po number again, fix pls",
    "my daughter [[PERSON|amara]] got bitten by the neighbours dog, small puncture on her hand. does she need a tetanus jab or do i just clean it",
    "scheduling question: [[PERSON|lucy fenwick]] can only do mornings, [[PERSON|hamid]] only afternoons, and i need both on the vendor call. any ideas besides splitting it",
    "draft a reference for [[PERSON|bea castellano]] who worked our front desk for 2 years, reliable, great with angry customers, bad at rotas lol (leave that out)",
    "whats a nice way to decline another sales call from [[PERSON|trent]] at the insurance broker, hes rung 4 times this week",
    "im writing a eulogy for my grandmother [[PERSON|halina nowak]]. she came over in 1958 and ran a bakery for 30 yrs. can u help me start it",
    "help me answer this customer: she says the blender from order 55812 arrived cracked and she wants a refund not a replacement. her name is [[PERSON|precious mahlangu]]",
    "the new hire [[PERSON|joaquín]] needs access to the crm and the shared drive, what do i put in the it request so it doesnt bounce back",
    "write a short apology to mrs [[PERSON|okonkwo]] for missing her sons parents evening slot, i teach year 9 science",
    "my coworker [[PERSON|fatima zahra]] took credit for my slides in the quarterly review. do i raise it with hr or talk to her first",
    "can u turn these notes into an email to [[PERSON|pieter]]: shipment delayed 2 days, customs paperwork missing, need the signed form by fri",
    "legal question. my neighbour [[PERSON|colin ashby]] put his new fence 40cm onto our garden. we have the old deeds. what do i send him first",
    # other languages
    "¿Me ayudas a escribir un correo a mi jefa, [[PERSON|Marisol Echeverría]], para pedirle dos días libres la semana que viene? Mi madre entra al hospital el lunes.",
    "Kannst du mir helfen, eine höfliche Zahlungserinnerung an Herrn [[PERSON|Dietmar Kühnel]] zu formulieren? Die Rechnung vom März ist immer noch offen.",
    "Peux-tu corriger ce message pour ma collègue [[PERSON|Céline]] ? « Je serai absente jeudi, [[PERSON|Bastien]] reprend mes appels clients. »",
    "Preciso responder a um cliente, o senhor [[PERSON|Anselmo Ferraz]], que reclamou do atraso na entrega. Pode sugerir um texto educado?",
    "Scrivi un messaggio di benvenuto per [[PERSON|Giulia Marchetti]], che inizia lunedì nel reparto vendite. Tono caldo ma breve, per favore.",
    "Pomóż mi napisać maila do pani [[PERSON|Bożeny Wróblewskiej]] z kadr w sprawie zaległego urlopu za zeszły rok.",
    "[[PERSON|Emre Yıldırım]] Bey'e toplantının perşembeye ertelendiğini bildiren kısa bir e-posta yazar mısın?",
    "Tolong buatkan pesan WhatsApp untuk Bu [[PERSON|Sri Wahyuni]], bilang saya telat 30 menit karena jalan banjir.",
    "Naomba unisaidie kuandika barua pepe kwa [[PERSON|Baraka Mwakyusa]] kumjulisha kuwa mkutano wa kesho umeahirishwa hadi Ijumaa.",
    "Viết giúp tôi email cảm ơn chị [[PERSON|Nguyễn Thị Hằng]] vì đã hỗ trợ khách hàng rất nhiệt tình tuần trước.",
    # English
    "Can you draft an email starting 'Dear Mr [[PERSON|Haddad]],' to confirm his appointment at our Leeds branch on Thursday at 10:30?",
    "My manager, [[PERSON|Rebecca Thornbury]], asked me to summarise last quarter's churn numbers for the board. Can you suggest a structure for a one-page memo?",
    "Write a reply to [[PERSON|Kwabena Asante]] thanking him for the referral and saying we'll reach out to his cousin next week.",
    "[[PERSON|Ingrid]] wants the Q3 deck by Friday but the data team won't have numbers until Monday. Help me push back politely.",
    "What should I say to [[PERSON|Diego]] when I hand him the warning letter? It's his second late arrival this month and I don't want it to feel like an ambush.",
    "Summarise the points I should raise with Dr [[PERSON|Anand Kulkarni]] at my follow-up: persistent headaches, blurry vision in the mornings, new blood pressure tablets.",
    "Sign this off from me, [[PERSON|Holly Brennan]], Customer Success Lead: 'We've credited your account for the outage and extended your trial by 14 days.'",
    "Can you check whether [[PERSON|Yusuf Demir]] and [[PERSON|Leah Goldberg]] can both be on the Tuesday rota if we move the stock count to Wednesday?",
    "My son [[PERSON|Tobias]] has been refusing to go to school since half-term. What questions should I ask his head of year?",
    "Please write a LinkedIn recommendation for [[PERSON|Mei-Ling Cho]], who led our data migration and saved the project twice.",
    "Book a table for four at 7 under [[PERSON|Kowalczyk]] and ask whether they can do a gluten-free birthday cake.",
    "Hi, I'm [[PERSON|Sipho Ndlovu]] from the Durban office. How do I submit mileage claims for last month in the new expense system?",
    "Help me write a sympathy card to [[PERSON|Róisín]]. Her father died last week and she's been off work. Keep it warm, not religious.",
    "Ask [[PERSON|Benedikt]] whether the API migration is still on track, and if not, what he needs from my side.",
    "Is it legal for my employer to deduct a till shortage from my wages? My supervisor [[PERSON|Gavin Parkes]] says it's company policy.",
    "Draft a polite chaser to Ms [[PERSON|Adeyemi]] in procurement: we sent the signed contract on the 3rd and still haven't had the PO.",
    "Translate into simple English for my mum: the consultant, [[PERSON|Farah Siddiqui]], says the biopsy is benign but she wants another scan in six months.",
    "Rewrite this more kindly: '[[PERSON|Nikolai]], your code review comments are rude and people are complaining.'",
    "Could you help me plan a surprise leaving lunch for [[PERSON|Esperanza Ruiz]]? About 12 people, budget £250, and she's vegetarian.",
    "I got an email from [[PERSON|Callum Reid]] asking for my bank details to 'update payroll'. Is this phishing? He's not in HR as far as I know.",
    "[[PERSON|Aiyana Redcloud]] starts on the helpdesk Monday; list what she'll need on day one: laptop, badge, accounts, a buddy.",
    "My wife [[PERSON|Chiara]] and I keep arguing about whether to move closer to her parents. Can you give us a neutral list of pros and cons?",
    "Write a note to put through Mr [[PERSON|Abernathy]]'s door asking him to stop parking across our drive.",
    "Customer support reply needed: [[PERSON|Ravi Chandrasekhar]] says he was charged twice for his annual subscription. Apologise and confirm the refund in 5-7 working days.",
    "Can you make the tone of this softer? 'Per my last email, [[PERSON|Odette]], the figures are still wrong.'",
    "I'm [[PERSON|Thandiwe]]'s line manager and she's asked for flexible hours to care for her mother. What does UK law say I must consider?",
    "Please proofread my cover letter. It's addressed to [[PERSON|Jonathan Pike]], Hiring Manager, and I'm applying for the junior analyst role.",
    "Tell [[PERSON|Magnus]] the server room key is with security now, not reception. Two lines, friendly.",
    "From [[PERSON|Ayesha Rahman]], Finance: can you draft the reminder we send to staff who haven't submitted timesheets by Friday noon?",
    "My doctor, Dr [[PERSON|Lindqvist]], wants me to try sertraline. What are the common side effects in the first few weeks?",
    "Should I invite [[PERSON|Hyun-woo]] to the offsite even though he's working his notice? Feels awkward either way.",
    "Write a thank-you email to our client [[PERSON|Marguerite Delacroix]] after she renewed for three years. Mention the new reporting features.",
    "Can you reply to this for me: 'Hi [[PERSON|Sam]], can you cover my Saturday shift? [[PERSON|Kezia]]'. I can't, I'm at a wedding.",
    "Put [[PERSON|Olamide Bankole]] down as the second emergency contact on the trip form and remind me to get her number.",
    "I need to give feedback to my direct report [[PERSON|Connor]] about his presentations. He mumbles and reads off the slides. How do I say it constructively?",
    "Draft a complaint to the letting agency about our property manager [[PERSON|Deborah Vance]], who hasn't responded about the damp in six weeks.",
    "What's a good gift under £30 for [[PERSON|Priyanka]]? She's into pottery and true-crime podcasts.",
    "Hi, my name is [[PERSON|Mateus Oliveira]] and I can't log into the VPN since the update. The error says the certificate expired. What should I try?",
    "Help me write a text to my sister [[PERSON|Niamh]] about splitting the cost of Mum's care home fees more fairly.",
    "Make a short agenda for the call with [[PERSON|Lars Eriksen]] and [[PERSON|Zanele Khumalo]] on Thursday: pricing, pilot timeline, security review.",
    "Reply to Mr [[PERSON|Takahashi]] explaining that the replacement part ships from Osaka and should arrive around the 18th.",
    "I always sign off 'Cheers, [[PERSON|Elif]]' and my new boss thinks it's too casual. Give me five alternatives.",
    "[[PERSON|Dmitri Volkov]] missed the compliance training again. Draft a reminder that mentions the deadline is the 30th.",
    "My teenage daughter [[PERSON|Saoirse]] says she wants to drop maths A-level. How do I talk to her about it without a row?",
    "Please write an out-of-office that says urgent issues should go to my colleague [[PERSON|Bartholomew Quint]] until I'm back on the 12th.",
    "Is it okay to mention in the reference that [[PERSON|Imani]] was off sick a lot last year? I don't want to break any rules.",
    "Dear [[PERSON|Wojciech]], is how the email starts and then I go blank. I need to tell him his promotion was approved but the pay rise is delayed.",
    "My landlord, [[PERSON|Harold Pemberton]], wants to enter the flat tomorrow with 12 hours' notice. Is that enough notice in England?",
    "Swap [[PERSON|Rosa]] and [[PERSON|Gideon]] on the weekend rota, then write the message sending the updated version to the whole team.",
    "Could you write a short bio for our website for our new partner, [[PERSON|Adaeze Okafor-Bright]], an employment lawyer with 15 years' experience?",
    "I think my colleague [[PERSON|Perry]] is being bullied by the shift lead. What's the right way to report it without making things worse for him?",
    "Summarise why [[PERSON|Hiroshi Kimura]]'s expense claim was rejected: no receipt for the taxi, hotel over the cap, alcohol included.",
    "Write a polite reminder to the parents of [[PERSON|Mila]] and [[PERSON|Arjun]] that the school trip money is due on Friday.",
    "A customer called [[PERSON|Brenda Kowalski]] left a 1-star review saying our staff ignored her. Draft a public reply that apologises and invites her to contact us.",
    "Can [[PERSON|Fernando]] approve the discount himself or does it need to go to the regional director? Explain the usual sign-off levels.",
    "My grandfather [[PERSON|Abdullahi Warsame]] needs a letter to the council about a housing repair. He speaks Somali; can you write it in plain English for me to send?",
    "Reply to the candidate [[PERSON|Chloé Martin]] saying we'd like her to come in for a second interview next Wednesday at 2pm.",
    "Rank these three for the team lead job from my notes: [[PERSON|Greta]] strong on process, [[PERSON|Obinna]] great with people, [[PERSON|Jasper]] the most technical.",
    "The IT ticket from [[PERSON|Keanu Kahananui]] says his monitor flickers when docked. Suggest troubleshooting steps I can send back.",
    "I'm worried about my friend [[PERSON|Luz Marina]]: she's stopped eating and hardly leaves the house. How do I bring up seeing a GP?",
    "Tell me whether I should cc [[PERSON|Patrice Lemaire]] on the escalation or just forward it to him afterwards.",
    "Write the best man's speech for my brother [[PERSON|Ewan]]'s wedding. He's marrying [[PERSON|Ifeoma]] in June; they met at a climbing gym.",
    "Hi, this is [[PERSON|Sunita Bhattarai]] from payroll. Please help me write a notice explaining the change to the pay date in December.",
    "Write a two-line message chasing [[PERSON|Oskar]] for the signed NDA before I share the roadmap with him.",
    "My mother-in-law [[PERSON|Gloria]] is moving in with us next month. Give me tips for setting boundaries kindly.",
    "The resident I'm caring for, [[PERSON|Winifred Hale]], keeps refusing her evening medication. What's the best way to document this for the GP?",
    "Create a to-do list from this: call [[PERSON|Anwar]] re contract, send [[PERSON|Tess]] the floor plan, book the van for Saturday.",
    "I want to nominate [[PERSON|Kofi Mensah]] for employee of the month. He stayed late four nights to fix the warehouse scanners. Write the nomination.",
    "Draft a firm but fair message to our contractor [[PERSON|Shane O'Leary]] about the missed deadline on the kitchen fit-out.",
    "Could you explain to [[PERSON|Zofia]] in simple words how compound interest works? She's 12 and just opened a savings account.",
    "Our new customer, [[PERSON|Alejandro Vargas]], wants a custom onboarding plan. Outline a 30-day plan for his 20-person sales team.",
    "My manager [[PERSON|Nadia]] keeps messaging me at 11pm. Is that normal in a startup or should I say something?",
    "Write an intro email connecting [[PERSON|Theo Marchant]] with [[PERSON|Aroha Ngata]]; both are building booking software for clinics.",
    "I'm signing my grievance letter 'Sincerely, [[PERSON|Ruth Abernethy-Lowe]]'. Is it better to add my job title under the name?",
    "Help me prepare for a difficult conversation with my father [[PERSON|Jin-ho]] about him giving up driving.",
    "Show me how to set up a shared calendar so [[PERSON|Ximena]] can see my availability but not the meeting details.",
    "Please write a welcome message for the Slack channel introducing our new intern [[PERSON|Tomasz Zieliński]].",
    "A parent, Mrs [[PERSON|Achterberg]], emailed asking why her son wasn't picked for the team. Help me reply diplomatically.",
    "[[PERSON|Bongani]] says the quote is too high. Give me three ways to reframe the price without discounting.",
    "Can you draft a text to the babysitter [[PERSON|Kaylee]] asking if she's free Friday from 6 till midnight?",
    "Is it defamation if I tell other parents that [[PERSON|Graham Ludlow]] from the football club shouted at the kids? It's true.",
    "Make a seating plan for eight: me, [[PERSON|Yara]], [[PERSON|Malik]], [[PERSON|Henrietta]], [[PERSON|Sven]], [[PERSON|Noor]], [[PERSON|Callie]] and [[PERSON|Idris]]. [[PERSON|Malik]] and [[PERSON|Sven]] shouldn't sit together.",
    "Write a short reply to the recruiter [[PERSON|Jordan Blake]] saying I'm happy in my role but open to a chat in the new year.",
    "The sender of a strange invoice we got is [[PERSON|Lucía Fernández]]. How can I check that a supplier invoice is genuine before paying it?",
    "Give me a gentle way to tell [[PERSON|Marcus]] that his jokes at stand-up are landing badly with the new starters.",
    "My husband [[PERSON|Ahmed]] has just been diagnosed with type 2 diabetes. Can you give us a simple week of meal ideas?",
    "Can you help me write a memorial notice for our former colleague [[PERSON|Beatrix Lindgren]], who retired in 2019 and passed away last week?",
    "What time is it in Auckland when it's 9am in London? I need to call [[PERSON|Tane]] before his day ends.",
    "My boss [[PERSON|Cormac Daly]] signed off my holiday, then cancelled it two days before. Can he do that?",
    "Rewrite for clarity: the handover is from [[PERSON|Ilse]] to [[PERSON|Rhys]], effective the 1st, and [[PERSON|Ilse]] stays on as backup until the 15th.",
]

# 40 pasted texts to summarise, fix or answer.
PASTED = [
    "Can you summarise this thread?\n\nFrom: [[PERSON|Grace Holloway]] <[[EMAIL_ADDRESS|grace.holloway@meridianfreight.co.uk]]>\nTo: [[PERSON|Dev Patel]]\nSubject: Re: Felixstowe delays\n\n[[PERSON|Dev]], the containers are still held at the port. Can you call the agent today?\n\n> On Tue, [[PERSON|Dev Patel]] wrote:\n> [[PERSON|Grace]], any news on the release?\n\nBest,\n[[PERSON|Grace Holloway]]\nOperations Manager\nM: [[PHONE_NUMBER|07700 900418]]",
    "Turn these notes into minutes:\nProduct sync 14/05\nAttendees: [[PERSON|Marta Sokolova]], [[PERSON|Ben Achebe]], [[PERSON|Lin Feng]], [[PERSON|Rachel Dunmore]]\n- [[PERSON|Ben]] to fix the export bug by Fri\n- [[PERSON|Lin]] raised a GDPR question about the logs\n- [[PERSON|Rachel]] owns launch comms\nNext meeting 21/05",
    "Please draft a reply to this complaint:\n\n'I ordered a sofa on 2 March and it still hasn't arrived. I've phoned four times and nobody calls back. My number is [[PHONE_NUMBER|0161 496 0732]] and the order is under Mrs [[PERSON|Patricia Gomersall]], [[STREET_ADDRESS|14 Larch Close, Stockport SK4 2RT]]. I want a full refund. [[PERSON|Pat Gomersall]]'",
    "Ticket #48213, priority high\nCustomer: [[PERSON|Hendrik Visser]]\nAccount ID: [[ID_NUMBER|ACC-0093817]]\nEmail: [[EMAIL_ADDRESS|h.visser@tulpmail.nl]]\nIssue: invoices since April show the wrong VAT number; customer wants corrected copies.\n\nWrite the reply I should send him.",
    "Clean up this CSV, fix the phone formats and split the names into first and last:\nname,phone,email\n[[PERSON|amelia stroud]],[[PHONE_NUMBER|07700900127]],[[EMAIL_ADDRESS|amelia.stroud@hotmail.co.uk]]\n[[PERSON|RAJESH NAIR]],[[PHONE_NUMBER|+44 7700 900552]],[[EMAIL_ADDRESS|rnair@kestrelworks.com]]\n[[PERSON|Ostrowski, Lena]],[[PHONE_NUMBER|(0)7700-900-889]],[[EMAIL_ADDRESS|lena.o@postbox.de]]",
    'Why does this JSON fail to parse?\n{"customer": {"name": "[[PERSON|Yolanda Brice]]", "email": "[[EMAIL_ADDRESS|ybrice@fastmail.com]]", "phone": "[[PHONE_NUMBER|+1 415 555 0163]]",}\n}',
    "What's wrong with this shipping label? The courier sent the parcel back.\n\nDELIVER TO:\nMr [[PERSON|Kenneth Oduya]]\n[[STREET_ADDRESS|Flat 3, 27 Wellington Road\nBristol\nBS6 5XJ]]\nTel: [[PHONE_NUMBER|0117 496 0581]]\nREF: SHP-22019",
    "Summarise this HR record for the handover:\nEmployee: [[PERSON|Catalina Restrepo]]\nEmployee no: [[ID_NUMBER|E-40712]]\nStart date: 03/02/2021\nManager: [[PERSON|Owen Griffiths]]\nNotes: two written warnings for lateness (2023), completed improvement plan, now rated 'meets expectations'.\nHome address: [[STREET_ADDRESS|Calle de Alcalá 118, 4º B, 28009 Madrid]]",
    "Can you explain this referral letter in plain words?\n\nDear Dr [[PERSON|Mwangi]],\nRe: [[PERSON|Eleanor Ashworth]], DOB 12/07/1954, NHS no. [[ID_NUMBER|721 043 5980]]\nI would be grateful if you could see this lady, who has a six-month history of progressive breathlessness and ankle swelling. An echo is awaited.\nYours sincerely,\nDr [[PERSON|Philippa Greaves]]\nThe Orchard Surgery",
    "What does this log line mean, is it an attack?\n2024-05-11T03:14:07Z sshd[2211]: Failed password for [[ID_NUMBER|jkovacs]] from [[IP_ADDRESS|203.0.113.47]] port 51422 ssh2",
    "Shorten this email:\n\nHi [[PERSON|Aleksandra]],\nThanks for the quick turnaround on the contract. Legal have one question about clause 7.2 (limitation of liability). Could we have a 15-minute call on Thursday?\nKind regards,\n[[PERSON|Matthew Okoro]]\nSenior Account Executive, Brightwave Analytics\n[[PHONE_NUMBER|+44 20 7946 0318]] | [[EMAIL_ADDRESS|matthew.okoro@brightwave.io]]",
    "Pull out the action items:\nBoard prep call, attendees: [[PERSON|Shirin Tehrani]] (chair), [[PERSON|Paul Everett]], [[PERSON|Nomvula Dube]], [[PERSON|G. Hartmann]]\n[[PERSON|Shirin]]: wants the revenue bridge slide redone\n[[PERSON|Paul]] will ask the auditors about lease accounting\n[[PERSON|Nomvula]] to circulate the risk register by Weds\nNo update from [[PERSON|Hartmann]] on the bank covenant",
    "Summarise this group chat for me:\n[09:12] [[PERSON|Aisling]]: is the 3pm still on\n[09:14] [[PERSON|Ravi K]]: yes room 4\n[09:15] [[PERSON|Aisling]]: can someone bring the projector cable\n[09:20] [[PERSON|Joe Mallon]]: I'll grab it\n[09:21] [[PERSON|Ravi K]]: ta [[PERSON|Joe]]",
    "Please help me answer this:\n\nSubject: Still being charged after cancelling\nI cancelled my gym membership in January (member number [[ID_NUMBER|GYM-771204]]) but you've taken £34.99 again this month. Please refund me and confirm in writing.\n[[PERSON|Derek Haslam]]\n[[PHONE_NUMBER|07700 900663]]",
    "IT ticket INC0048812\nReported by: [[PERSON|Soraya Benali]] ([[ID_NUMBER|sbenali]])\nDevice: LAPTOP-FIN-022, last seen from [[IP_ADDRESS|198.51.100.23]]\nDescription: Outlook keeps asking for a password after the MFA change.\n\nWhat should I check first?",
    'Convert these to a table:\n{"id": "[[ID_NUMBER|CUST-20931]]", "name": "[[PERSON|Piotr Wiśniewski]]", "tel": "[[PHONE_NUMBER|+48 601 274 839]]"}\n{"id": "[[ID_NUMBER|CUST-20932]]", "name": "[[PERSON|Anna-Lena Bauer]]", "tel": "[[PHONE_NUMBER|+49 171 5539027]]"}',
    "Check the grammar in this letter:\n\n[[STREET_ADDRESS|22 Marigold Terrace, Hull HU5 3LP]]\n\nDear Mr [[PERSON|Fairbanks]],\nI am writing to give notice that I will vacate the property on 31 August. Please can you arrange the check-out inspection.\nYours faithfully,\n[[PERSON|Temitope Adebisi]]",
    "Which of these leads should I call first?\ncompany,contact,last_touch,stage\nNorthwind Bakeries,[[PERSON|Felicity Amos]],12 days,proposal\nCastlegate Dental,Dr [[PERSON|Imran Qureshi]],3 days,demo\nRidgeway Roofing,[[PERSON|Terry Hale]],40 days,cold",
    "Tidy up this voicemail transcript for the file: 'hi it's [[PERSON|Moira]] from [[PERSON|Lachlan Baird]]'s office, um, calling about the quote, can you ring me back on [[PHONE_NUMBER|0141 496 0277]], that's [[PHONE_NUMBER|0141 496 0277]], thanks'",
    "Explain the abbreviations in this discharge note:\nPt: [[PERSON|Gustavo Moreira]]  MRN [[ID_NUMBER|00482751]]\nAdm 02/06 with CAP, tx IV abx, now PO. SOB improved, SpO2 96% RA. F/U with GP in 1/52.\nNOK: [[PERSON|Lúcia Moreira]] [[PHONE_NUMBER|+351 912 408 336]]",
    "Make this into a neat list sorted by surname:\nFive-a-side sign up\n[[PERSON|Kieran Doyle]] - defender\n[[PERSON|Ana Paula Costa]] - any\n[[PERSON|Jamal Wright]] - keeper\n[[PERSON|Bilal Hussain]] - striker\n[[PERSON|Freya Lund]] - any",
    "What's the tone here, am I overreacting?\n@[[ID_NUMBER|mkaplan]]: can we not push to main on a Friday again pls\n@[[ID_NUMBER|t.obi]]: it was a hotfix [[PERSON|Miriam]]\n@[[ID_NUMBER|mkaplan]]: still. ask [[PERSON|Sunil]] next time",
    "Is this email a scam? It looks real:\n\nHello [[PERSON|Victoria Ashdown]],\nYour order will be delivered to [[STREET_ADDRESS|9 Quarry Lane, Keswick CA12 4HU]] on Monday. To reschedule, confirm your details at the link below.\nOrder 7731-220-14",
    "Translate this into German for our Berlin office:\n'Please update the bank details for [[PERSON|Leonie Brandt]] to IBAN [[IBAN_CODE|DE44 5001 0517 5407 3249 31]] from the June payroll. Her employee ID is [[ID_NUMBER|BER-1187]].'",
    "Format these as proper minutes:\nGovernors meeting, 6pm\nPresent: [[PERSON|Helen Marsh]] (chair), Rev [[PERSON|Anthony Nwosu]], [[PERSON|Claire Fitzgerald]], [[PERSON|Kamal Haque]]\nApologies: [[PERSON|Dorothy Ince]]\n1. Budget: [[PERSON|Kamal]] presented, deficit of 12k\n2. Headteacher's report deferred",
    "Write the next reply in this chat:\nCustomer ([[PERSON|Ngozi Eze]]): my broadband has been down since 7am\nAgent: sorry to hear that, can you confirm your account number?\nCustomer: [[ID_NUMBER|BB-58820413]]\nAgent: thanks [[PERSON|Ngozi]], I can see an outage in your area\nCustomer: when will it be fixed?",
    "Summarise what changed this week:\ncommit 9f2c1e7\nAuthor: [[PERSON|Radek Novotný]] <[[EMAIL_ADDRESS|radek.novotny@kodex.cz]]>\n    fix pagination on invoices page\ncommit 1ab44d0\nAuthor: [[PERSON|Priscilla Owusu]] <[[EMAIL_ADDRESS|powusu@kodex.cz]]>\n    add retry to webhook sender",
    'Any idea why this user keeps getting a 403?\n[[IP_ADDRESS|192.0.2.188]] - [[ID_NUMBER|d.ferreira]] [12/May/2024:10:02:44 +0000] "GET /admin/reports HTTP/1.1" 403 512',
    "Check the maths on this invoice:\nINVOICE 2024-061\nBill to: [[PERSON|Hamish Cavendish]], [[STREET_ADDRESS|Unit 4, Merchant Park, Perth PH1 3EE]]\nGarden clearance 6h @ £28 = £168\nSkip hire £210\nTotal £368\nPay to sort code [[ID_NUMBER|40-11-62]], account [[ID_NUMBER|31926480]]",
    "Improve this reference:\nTo whom it may concern,\n[[PERSON|Yusra Haddad]] worked with me at Lantern Café from 2021 to 2023. [[PERSON|Yusra]] was punctual and kind to customers. I recommend her.\n[[PERSON|Colm Brady]], owner, [[PHONE_NUMBER|+353 87 412 6630]]",
    "Is anything missing from this visitor form?\nName: [[PERSON|Keiko Watanabe]]\nCompany: Sora Design\nHost: [[PERSON|Liam Sutherland]]\nCar reg: [[ID_NUMBER|YK21 ZPT]]\nMobile: [[PHONE_NUMBER|07700 900734]]\nArrival: 09:40",
    "Summarise and suggest a reply:\nFrom: [[EMAIL_ADDRESS|ivan.petrenko@nordlys-shipping.no]]\nTo: [[EMAIL_ADDRESS|s.lambert@hollybrookfoods.co.uk]]\nSubject: overdue\n\n[[PERSON|Sophie]], we are still missing payment for invoice 1183. Please advise.\n[[PERSON|Ivan Petrenko]]",
    "Does this absence pattern trigger our policy (3 episodes in 6 months)?\n[[PERSON|Darnell Hughes]] ([[ID_NUMBER|EMP-33019]])\n- 08/01 to 09/01 migraine\n- 14/02 stomach bug\n- 27/03 to 29/03 back pain\n- 02/05 childcare",
    "Reorder these drops into a sensible route from the depot in Leicester:\n1. [[PERSON|A. Mistry]], [[STREET_ADDRESS|41 Belgrave Gate, Leicester LE1 3HP]]\n2. [[PERSON|Sandra Pell]], [[STREET_ADDRESS|7 Church Street, Market Harborough LE16 7AA]]\n3. [[PERSON|Hugo Lindberg]], [[STREET_ADDRESS|Flat 12, Abbey Mill, Loughborough LE11 1NE]]",
    "Help me reply to this:\n[[PERSON|Rukhsana]]: the VPN kicked me off again, my IP shows as [[IP_ADDRESS|198.51.100.142]] if that helps\n[[PERSON|Rukhsana]]: username is [[ID_NUMBER|rali02]]",
    "Summarise the key facts from this guarantor form:\nTenant: [[PERSON|Oscar Lindahl]]\nGuarantor: [[PERSON|Birgitta Lindahl]] (mother)\nGuarantor address: [[STREET_ADDRESS|Storgatan 14, 852 30 Sundsvall]]\nGuarantor phone: [[PHONE_NUMBER|070-174 06 52]]\nAnnual income: SEK 540,000",
    "Can you turn this clinic list into reminder texts?\n09:00 Mrs [[PERSON|Elaine Porter]] - [[PHONE_NUMBER|07700 900215]]\n09:20 Mr [[PERSON|Kwame Boateng]] - [[PHONE_NUMBER|07700 900391]]\n09:40 [[PERSON|Lily-Mae Harris]] (age 7, mum [[PERSON|Jade]]) - [[PHONE_NUMBER|07700 900947]]",
    "Help me respond to this customer email:\n'Your engineer [[PERSON|Stuart]] turned up 3 hours late and left mud all over my hallway. I took the day off for this. Account [[ID_NUMBER|HS-4471092]]. [[PERSON|Marian Okafor]]'",
    'Is this YAML valid?\noncall:\n  primary:\n    name: [[PERSON|Elena Sidorova]]\n    phone: "[[PHONE_NUMBER|+1 646 555 0129]]"\n  secondary:\n    name: [[PERSON|Babajide Coker]]\n    phone: "[[PHONE_NUMBER|+1 646 555 0188]]"',
    "Translate this booking into French for the guest:\nGuest: [[PERSON|Harriet Lowell]]\nEmail: [[EMAIL_ADDRESS|harriet.lowell@icloud.com]]\nCheck-in 14 Aug, 3 nights, double room, late arrival around 23:00\nLoyalty no: [[ID_NUMBER|HLX 8830 1295]]",
]

# 20 texts whose identifier is said in passing.
SECRETS = [
    "The alarm code at the Kingsway office changed to [[PASSWORD|7391]] this morning. Write a short notice for the cleaners that tells them to ask reception for it.",
    "Can you write a polite message to my bank? They keep calling [[PHONE_NUMBER|07700 900802]] instead of my new number.",
    "Write me a complaint to the energy company about three estimated bills in a row; it's for customer [[ID_NUMBER|88304217]].",
    "I set the guest wifi to [[PASSWORD|Blue-Heron-Sunday-42]]. Is that strong enough or should I add symbols?",
    "Explain what an IBAN is. Mine is [[IBAN_CODE|GB87 BARC 2035 4788 1123 45]] and the client abroad says it's too long.",
    "The card I want to cancel is [[CREDIT_CARD|4539 2817 6604 2137]]. Draft the message for the bank's secure inbox.",
    "Draft a cover note for my W-9. The [[US_SSN|521-47-3068]] goes in Part I, right?",
    "Our staging server at [[IP_ADDRESS|203.0.113.9]] stopped responding after last night's patch. What should I check first?",
    "Why does my script fail? I call the endpoint with [[API_KEY|sk_live_7Hq2Ld9vXp0RmT4wZc8Ne1Kb]] in the header and get a 401.",
    "My forum handle is [[ID_NUMBER|frostbyte_88]]; write a short profile bio that mentions I restore old synthesisers.",
    "My daughter's phone unlocks with [[PASSWORD|250913]] in case I need it. How do I set up parental controls on an iPhone?",
    "Is [[PASSWORD|Tr0mb0ne!2024]] okay for the payroll system or will the complexity rules reject it?",
    "A transfer went to [[IBAN_CODE|NL04 RABO 0317 5629 48]] by mistake. How do I ask my bank to recall it?",
    "I read my Amex [[CREDIT_CARD|3759 882104 55732]] to the plumber over the phone. Was that risky?",
    "Write me a template to request a repeat prescription online; I'm [[ID_NUMBER|RX-0047719]] at the practice.",
    "The bike store opens with [[PASSWORD|C4829X]]. Write a sign asking residents to keep the door shut, without the code on it.",
    "The vendor sent us [[API_KEY|ghp_R8mV2kTq9XyL4bN0cW7sJe3Fh6Ud1Zp5Aa2Q]] for their repo. How do I store it safely in GitHub Actions?",
    "IT disabled [[ID_NUMBER|a.kowal]] while I was on leave; write a request to reactivate my account.",
    "Key safe by the back door is [[PASSWORD|0-4-7-1]]. Write a short guide for the dog sitter with feeding times and walks.",
    "Sending money to my brother at [[IBAN_CODE|TR16 0006 2000 1410 0006 2978 41]]. What's a SWIFT code and do I need one for Turkey?",
]

# 40 statement-style records of one invented person each.
STATEMENTS = [
    "My name is [[PERSON|Olivia Tennant]] and I live at [[STREET_ADDRESS|48 Rosebery Avenue, London EC1R 4SX]]; reach me on [[PHONE_NUMBER|020 7946 0571]].",
    "Customer [[PERSON|Jacob Whitlock]], born 14 March 1987, card [[CREDIT_CARD|5412 7590 3318 4625]], billing address [[STREET_ADDRESS|1822 Alder Street, Portland, OR 97205]].",
    "I'm [[PERSON|Tamika Jefferson]], SSN [[US_SSN|412-63-8807]], phone [[PHONE_NUMBER|(404) 555-0132]], email [[EMAIL_ADDRESS|tamika.jefferson84@gmail.com]].",
    "Name: [[PERSON|Friedrich Albers]]; Anschrift: [[STREET_ADDRESS|Lindenstraße 27, 10969 Berlin]]; Tel.: [[PHONE_NUMBER|+49 30 52381947]]; E-Mail: [[EMAIL_ADDRESS|f.albers@web.de]]",
    "Je m'appelle [[PERSON|Margaux Lefèvre]], j'habite [[STREET_ADDRESS|12 rue des Tanneurs, 69005 Lyon]], mon portable est le [[PHONE_NUMBER|06 72 18 45 93]] et mon IBAN [[IBAN_CODE|FR40 3000 4028 3700 0123 4567 842]].",
    "Cliente: [[PERSON|Javier Olmedo Ruiz]], DNI [[ID_NUMBER|48213907L]], domicilio [[STREET_ADDRESS|Calle Mayor 41, 3º izq., 50001 Zaragoza]], IBAN [[IBAN_CODE|ES60 0049 1500 0512 3456 7892]].",
    "Mijn naam is [[PERSON|Sanne de Groot]], BSN [[ID_NUMBER|308172644]], adres [[STREET_ADDRESS|Prinsengracht 233-II, 1016 HT Amsterdam]], telefoon [[PHONE_NUMBER|06 41 87 29 03]].",
    "Sono [[PERSON|Lorenzo Galli]], residente in [[STREET_ADDRESS|Via Garibaldi 56, 40124 Bologna]], cell. [[PHONE_NUMBER|+39 347 218 9054]], IBAN [[IBAN_CODE|IT97 K030 6909 6061 0000 0063 917]].",
    "Nazywam się [[PERSON|Katarzyna Zając]], PESEL [[ID_NUMBER|88071412533]], adres: [[STREET_ADDRESS|ul. Długa 17 m. 4, 80-831 Gdańsk]], tel. [[PHONE_NUMBER|+48 512 903 417]], konto [[IBAN_CODE|PL02 1020 5558 1111 1488 2377 6540]].",
    "Chamo-me [[PERSON|Rui Pestana]], moro na [[STREET_ADDRESS|Rua de Santa Catarina 210, 4000-447 Porto]] e o meu IBAN é [[IBAN_CODE|PT79 0035 0683 0000 4471 8302 7]].",
    "Cliente [[PERSON|Fernanda Albuquerque]], CPF [[ID_NUMBER|381.274.965-37]], endereço [[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]], celular [[PHONE_NUMBER|(11) 98472-3316]].",
    "Adım [[PERSON|Zeynep Aksoy]], T.C. kimlik no [[ID_NUMBER|38615074284]], adresim [[STREET_ADDRESS|Bağdat Caddesi No: 212 Daire 5, 34728 Kadıköy/İstanbul]], telefonum [[PHONE_NUMBER|0532 418 27 90]].",
    "My name is [[PERSON|Arvind Subramaniam]], I stay at [[STREET_ADDRESS|Flat 7B, Lotus Residency, 14th Cross, Indiranagar, Bengaluru 560038]], mobile [[PHONE_NUMBER|+91 98450 21763]], PAN [[ID_NUMBER|BQKPS4471M]].",
    "氏名：[[PERSON|佐藤 美咲]]、住所：[[STREET_ADDRESS|〒150-0002 東京都渋谷区渋谷2-14-9]]、電話：[[PHONE_NUMBER|090-3817-2264]]、カード番号：[[CREDIT_CARD|3589 4410 2275 6836]]",
    "客户姓名：[[PERSON|王建国]]，手机：[[PHONE_NUMBER|138 0571 2946]]，地址：[[STREET_ADDRESS|浙江省杭州市西湖区文三路388号]]",
    "이름: [[PERSON|김지훈]], 전화: [[PHONE_NUMBER|010-4827-1593]], 주소: [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 56, 302호]]",
    "I'm [[PERSON|Bridget Callaghan]], [[STREET_ADDRESS|16 Wattle Street, Fitzroy VIC 3065]], mobile [[PHONE_NUMBER|0491 573 087]].",
    "Name: [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|274 193 564]], address [[STREET_ADDRESS|3450 rue Saint-Denis, Montréal QC H2X 3L3]], phone [[PHONE_NUMBER|514-555-0176]], card [[CREDIT_CARD|6011 4827 3390 1759]].",
    "Customer: [[PERSON|Siobhán Ní Bhriain]], [[STREET_ADDRESS|Apt 5, 12 Dominick Street, Galway H91 X2C4]], IBAN [[IBAN_CODE|IE44 AIBK 9311 5286 4209 13]].",
    "Kunde: [[PERSON|Matthias Brunner]], [[STREET_ADDRESS|Seestrasse 88, 8002 Zürich]], IBAN [[IBAN_CODE|CH45 0023 5046 7192 8304 0]], Natel [[PHONE_NUMBER|079 418 52 36]].",
    "[[PERSON|Theresa Pichler]], geb. 03.09.1979, wohnhaft [[STREET_ADDRESS|Mariahilfer Straße 101/7, 1060 Wien]], IBAN [[IBAN_CODE|AT33 2011 1827 1537 4401]].",
    "Naam: [[PERSON|Wout Verhaegen]], adres: [[STREET_ADDRESS|Korenmarkt 9 bus 3, 9000 Gent]], rekening [[IBAN_CODE|BE25 0013 4857 2219]], gsm [[PHONE_NUMBER|0478 21 93 56]].",
    "Me llamo [[PERSON|Guadalupe Treviño]], vivo en [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]], cel. [[PHONE_NUMBER|55 4127 8830]], CURP [[ID_NUMBER|TEMG850612MDFRRD07]].",
    "Cliente [[PERSON|Martín Echagüe]], DNI [[ID_NUMBER|31.482.097]], domicilio [[STREET_ADDRESS|Av. Corrientes 2231, piso 5 dpto. B, C1046AAC Buenos Aires]], tel. [[PHONE_NUMBER|+54 9 11 5832-4071]], tarjeta [[CREDIT_CARD|4556 9012 7734 8602]].",
    "I am [[PERSON|Lerato Mokoena]], ID number [[ID_NUMBER|8805120239086]], living at [[STREET_ADDRESS|41 Jacaranda Avenue, Lynnwood, Pretoria, 0081]], cell [[PHONE_NUMBER|082 614 3097]].",
    "My name is [[PERSON|Chukwuemeka Obi]], I live at [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos 101241]]; call [[PHONE_NUMBER|0803 417 2286]] or email [[EMAIL_ADDRESS|emeka.obi@yahoo.com]].",
    "Jina langu ni [[PERSON|Wanjiru Kamau]], simu [[PHONE_NUMBER|0722 518 964]], namba ya kitambulisho [[ID_NUMBER|28471953]], anwani [[STREET_ADDRESS|Nyumba 14, Barabara ya Argwings Kodhek, Kilimani, Nairobi]].",
    "الاسم: [[PERSON|أحمد سمير حسن]]، الهاتف: [[PHONE_NUMBER|0100 482 7391]]، العنوان: [[STREET_ADDRESS|١٢ شارع النيل، الدقي، الجيزة]]",
    "Name: [[PERSON|Mariam Al Suwaidi]], Emirates ID [[ID_NUMBER|784-1990-4827153-2]], mobile [[PHONE_NUMBER|+971 50 318 4726]], email [[EMAIL_ADDRESS|mariam.suwaidi@outlook.ae]].",
    "Nama: [[PERSON|Dewi Kartika Sari]], NIK [[ID_NUMBER|3174056208910004]], alamat [[STREET_ADDRESS|Jl. Kemang Raya No. 27, Bangka, Mampang Prapatan, Jakarta Selatan 12730]], HP [[PHONE_NUMBER|0812 8347 2165]].",
    "Họ tên: [[PERSON|Trần Minh Quân]], SĐT: [[PHONE_NUMBER|0912 384 775]], địa chỉ: [[STREET_ADDRESS|45 Lý Thường Kiệt, Phường Trần Hưng Đạo, Quận Hoàn Kiếm, Hà Nội]].",
    "I'm [[PERSON|Maricel Dela Cruz]], [[STREET_ADDRESS|Blk 12 Lot 8, Mabini St., Brgy. San Isidro, Cainta, Rizal 1900]], cell [[PHONE_NUMBER|0917 452 8810]], TIN [[ID_NUMBER|284-519-736-000]].",
    "Меня зовут [[PERSON|Ольга Смирнова]], адрес: [[STREET_ADDRESS|ул. Садовая, д. 18, кв. 42, Санкт-Петербург, 191023]], телефон [[PHONE_NUMBER|+7 921 384-52-17]], карта [[CREDIT_CARD|2221 0047 8816 3500]].",
    "Ονομάζομαι [[PERSON|Νίκος Παπαδάκης]], μένω στην [[STREET_ADDRESS|Ερμού 45, 105 63 Αθήνα]], κινητό [[PHONE_NUMBER|694 218 3370]].",
    "Kund: [[PERSON|Elin Sjöberg]], personnummer [[ID_NUMBER|850315-2384]], adress [[STREET_ADDRESS|Götgatan 62, 118 26 Stockholm]], mobil [[PHONE_NUMBER|070-174 06 91]].",
    "Navn: [[PERSON|Håkon Bakke]], adresse: [[STREET_ADDRESS|Thorvald Meyers gate 49, 0555 Oslo]], mobil [[PHONE_NUMBER|+47 412 83 906]], e-post [[EMAIL_ADDRESS|hakon.bakke@online.no]].",
    "Customer [[PERSON|Devon Marsh-Whitaker]], DOB 02/28/1991, Visa [[CREDIT_CARD|4916 0385 2271 9041]], exp 09/27, phone [[PHONE_NUMBER|312-555-0195]].",
    "Employee record: [[PERSON|Rhiannon Pugh]], NI number [[ID_NUMBER|JT 48 21 77 C]], [[STREET_ADDRESS|5 Heol y Coed, Cardiff CF14 6HJ]], [[EMAIL_ADDRESS|rhiannon.pugh@btinternet.com]].",
    "Cliente: [[PERSON|Camilo Restrepo Gaviria]], cédula [[ID_NUMBER|1.020.437.815]], dirección [[STREET_ADDRESS|Carrera 43A # 14-27, El Poblado, Medellín]], cel. [[PHONE_NUMBER|+57 312 485 7702]].",
    "My name is [[PERSON|Noa Ben-David]], card [[CREDIT_CARD|5298 1144 6072 9188]], address [[STREET_ADDRESS|Dizengoff St 180, Apt 9, Tel Aviv 6346113]], phone [[PHONE_NUMBER|+972 54 318 2047]].",
]

# 30 benchmark-style questions.
CLEAN_EXAM = [
    "Maya has 3 times as many marbles as Leo. Together they have 48. How many marbles does Leo have?",
    "A train leaves at 14:20 and arrives at 17:05. How long is the journey in minutes?",
    "Which organelle is known as the powerhouse of the cell? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "Kofi buys 4 notebooks at $2.75 each and pays with a $20 bill. How much change does he get?",
    "What is the derivative of x^3 * sin(x)?",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Priya reads 35 pages a day. Her book has 420 pages. After how many days will she finish it?",
    "Which of the following is a noble gas? A) Nitrogen B) Argon C) Chlorine D) Sodium",
    "Solve for x: 5x - 7 = 3x + 11.",
    "Under the common law of contract, which of these is NOT good consideration? A) A promise to pay B) Past consideration C) Performance of an act D) Forbearance to sue",
    "Aiko and Tomas share a pizza cut into 12 slices. Aiko eats a quarter and Tomas eats a third. How many slices are left?",
    "What is the capital of Mongolia?",
    "Which enzyme starts breaking down starch in the mouth? A) Pepsin B) Lipase C) Salivary amylase D) Trypsin",
    "A rectangle has a perimeter of 34 cm and a length of 11 cm. What is its area?",
    "Who painted 'The Persistence of Memory', and in which art movement is it usually placed?",
    "In macroeconomics, what happens to aggregate demand when the central bank lowers interest rates, all else equal?",
    "Ngozi saves £15 in the first week and £5 more each week after that. How much has she saved after 8 weeks?",
    "What is the time complexity of binary search on a sorted array of n elements? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which amendment to the US Constitution abolished slavery?",
    "A car travels 180 km on 12 litres of fuel. How far can it go on 30 litres?",
    "Which philosopher wrote the 'Critique of Pure Reason'? A) Hume B) Kant C) Hegel D) Locke",
    "If a fair die is rolled twice, what is the probability that the two numbers add up to 7?",
    "Diego has twice as many stickers as Amara, and Amara has 9 more than Lin. If Lin has 14, how many does Diego have?",
    "What is the chemical formula of sulfuric acid?",
    "Which layer of the atmosphere contains most of the ozone? A) Troposphere B) Stratosphere C) Mesosphere D) Thermosphere",
    "Explain the difference between mitosis and meiosis in three sentences.",
    "Fatima runs 5 km in 27 minutes. What is her average pace per kilometre?",
    "Which treaty formally ended the First World War between Germany and the Allied Powers?",
    "A shop sells pens in packs of 6 and notebooks in packs of 4. What is the smallest number of each you can buy to have equal numbers of pens and notebooks?",
    "What does the acronym DNA stand for, and in which year was its double-helix structure first published?",
]

# 40 everyday and work requests with no personal data.
CLEAN_EVERYDAY = [
    "Write a Python function that removes duplicate items from a list while keeping the original order.",
    "Give me a 20-minute vegetarian dinner using chickpeas, spinach and a tin of tomatoes.",
    "How do I write a polite email declining a meeting invitation because of a scheduling conflict?",
    "Plan a three-day itinerary for Lisbon on a mid-range budget, with one day trip.",
    "What's the difference between a LEFT JOIN and an INNER JOIN in SQL? Show a short example.",
    "Suggest five team-building activities for a remote team of twelve people.",
    "Rewrite this sentence to sound more confident: 'I think maybe we could possibly look at reducing costs.'",
    "How long should I boil an egg for a runny yolk?",
    "Write a regex that matches dates in the format YYYY-MM-DD.",
    "Draft a short company announcement that the office will be closed on the next bank holiday.",
    "What are good questions to ask at the end of a job interview for a project manager role?",
    "Explain how to set up a Python virtual environment and install packages from requirements.txt.",
    "Give me a packing list for a week of hiking in the Scottish Highlands in October.",
    "How do I convert a column of text dates to real dates in Excel?",
    "Create a simple weekly meal prep plan for two people on a tight budget.",
    "Summarise the pros and cons of a four-day working week for a small business.",
    "Write a bash one-liner that counts the lines in every .csv file in a folder.",
    "What is a good structure for a monthly sales report presentation?",
    "How can I make my sourdough starter more active in a cold kitchen?",
    "Write a friendly reminder for the team that expense claims are due by the last working day of the month.",
    "What's the best way to learn basic Spanish in three months while working full time?",
    "Explain the difference between git merge and git rebase in plain English.",
    "Suggest a name for a small bakery that specialises in gluten-free bread.",
    "How should I prepare for a salary negotiation at my annual review?",
    "Write a JavaScript function that debounces another function.",
    "What should be in a basic incident response checklist for a small IT team?",
    "Turn this into a bulleted list: we need to book the venue, order catering, send invites and arrange parking.",
    "Recommend a few stretches for lower back pain after sitting at a desk all day.",
    "How do I politely ask a customer to leave a review after a successful project?",
    "What are the main differences between a Roth IRA and a traditional IRA?",
    "Give me a checklist for onboarding a new employee in their first week.",
    "How do I centre a div horizontally and vertically with CSS?",
    "What can I cook with leftover rice, two eggs and some frozen peas?",
    "Write a short product description for a reusable stainless steel water bottle.",
    "Explain what a Docker volume is and when to use one.",
    "Which is usually cheaper for a family of four going to Rome: the train from Paris or a budget flight?",
    "Draft an agenda for a 30-minute weekly stand-up with five engineers.",
    "What does 'net 30' mean on an invoice?",
    "Write a haiku about Monday mornings in the office.",
    "How do I set up a rule in Outlook to move newsletters into a separate folder?",
]

# 30 chosen to trip a naive detector.
CLEAN_TRICKY = [
    "Explain the Fourier transform intuitively, with an example from audio processing.",
    "What are the early signs of Alzheimer's disease and how is it diagnosed?",
    "Summarise Abraham Lincoln's Gettysburg Address in three sentences.",
    "Compare the leadership styles of Angela Merkel and Winston Churchill.",
    "Is a McDonald's Big Mac less healthy than a Subway footlong?",
    "Write a short story in which Sherlock Holmes and Dr Watson investigate a missing laptop.",
    "What's the difference between Parkinson's disease and essential tremor?",
    "How does Dijkstra's algorithm find the shortest path? Walk me through a small graph.",
    "Plan a day in Washington, D.C. that includes the Lincoln Memorial and the Smithsonian.",
    "Why did Tesla's share price fall in 2022, and what does the company have to do with Nikola Tesla?",
    "Explain Newton's three laws of motion for a 10-year-old.",
    "Order #A-774120 was supposed to arrive on 12 March and still hasn't. What should I write to the shop?",
    "What changed between Python 3.11 and Python 3.12 that affects f-strings?",
    "Is Ben & Jerry's ice cream suitable for vegetarians?",
    "Who was Marie Curie and why did she win two Nobel Prizes?",
    "Describe the plot of Pride and Prejudice, focusing on Elizabeth Bennet and Mr Darcy.",
    "How do I get from Victoria Station to St Pancras by Tube?",
    "What is the Pythagorean theorem, and how would you prove it with a diagram?",
    "Why is the Hubble Space Telescope named after Edwin Hubble?",
    "Explain the Doppler effect using the example of an ambulance siren.",
    "Write a product comparison of the Dyson V15 and the Miele Triflex HX2.",
    "Can You Review The Attached Quarterly Summary Before Friday And Flag Anything Unclear To The Finance Team?",
    "Summarise Harry Potter and the Philosopher's Stone without spoiling the ending.",
    "In the UK Monopoly board game, how much does Mayfair cost and how much is the rent with a hotel?",
    "Upgrading from Node.js 18 to Node.js 20: what usually breaks?",
    "Invoice INV-2024-0419 dated 14/05/2024 shows VAT at 20% on £1,250. What's the total?",
    "What did Martin Luther King Jr. mean by 'the arc of the moral universe is long'?",
    "Explain the Gaussian distribution and how Bayes' theorem updates a belief after new evidence.",
    "Is Mount Kilimanjaro harder to climb than Mont Blanc for a fit beginner?",
    "Which was founded first: Ford, Ferrari or Porsche? Give the year for each.",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "48213907L": dni_ok,
    "308172644": bsn_ok,
    "88071412533": pesel_ok,
    "381.274.965-37": cpf_ok,
    "38615074284": kimlik_ok,
    "721 043 5980": nhs_ok,
    "274 193 564": luhn_ok,
    "8805120239086": luhn_ok,
    "784-1990-4827153-2": luhn_ok,
    "850315-2384": luhn_ok,
}


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "pasted": (PASTED, 40),
        "secrets": (SECRETS, 20),
        "statements": (STATEMENTS, 40),
        "clean exam": (CLEAN_EXAM, 30),
        "clean everyday": (CLEAN_EVERYDAY, 40),
        "clean tricky": (CLEAN_TRICKY, 30),
    }
    check_national_ids(CHAT + PASTED + SECRETS + STATEMENTS, NATIONAL_IDS)
    build_sections(
        "blind16", HERE, sections, {"chat", "pasted", "secrets", "statements"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
