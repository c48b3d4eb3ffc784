# ruff: noqa: E501
"""A seventy-seventh blind privacy set: 220 texts with personal data and 100 clean ones,
weighted towards workplace requests.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests to a general assistant (3 to 100 words): people asking to draft, reply,
  translate, summarise, fix, plan, calculate or advise, most of them at work (HR, payroll,
  recruiting, sales and CRM notes, customer support, finance, healthcare admin, legal and
  property, IT accounts), with pasted tables, CSV rows, e-mail signatures, call logs and
  server log lines, and the rest about home, family, money, school and travel. The first
  30 are typed all in lower case, the next 5 are in Spanish, French, German, Portuguese and
  Italian, the other 85 are English with capitals. Names of many origins, some with
  non-English letters, two in other scripts, first names or surnames alone, names that are
  also ordinary words (Will, Bill, Joy, Wren); passwords, passphrases, PINs, one-time,
  door, gate, alarm, key-safe and locker codes, wifi keys; phones with and without
  separators; usernames, employee, member, policy, booking, patient and student numbers;
  national and tax ids; cards, IBANs, an SSN, IPs, API keys; addresses of many countries
  and one military address.
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name, in sentence shapes that
  vary on purpose (inverted, passive, conditional, questions, fragments): contact lines,
  CSV and table rows, JSON, form fields, log lines, letters, HR, payroll, bank, insurance,
  clinical, CRM, tenancy and legal notes; names in Latin, Chinese, Arabic, Greek and
  Japanese script; a second military address.

Usernames and logins, account, customer, member, employee, student, staff, patient, policy
and booking numbers, passports, driver licences and national and tax ids are ID_NUMBER;
PINs, door, gate, alarm, key-safe, vault and locker codes, wifi keys, one-time and backup
codes, passphrases and passwords are PASSWORD; titles and relation words (Mr, Ms, Dr,
Nurse, SSgt, Grandpa, my son) stay outside PERSON spans; an address span runs from the
street line through the postcode and city as typed; public figures, fictional characters,
brands, places, order, invoice, ticket and claim numbers, card expiry dates, last four
digits and dates of birth are not labelled; every occurrence of a private value is marked.
The 100 clean texts hold no personal data at all: 25 MT-Bench and Vicuna-style prompts
(writing, reasoning, coding, role-play, STEM), 25 GSM8K-style word problems with fictional
first names, 25 MMLU-style items with options A to D (some naming historical figures) and
25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0117/
0131/0141/0161 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France
06 39 98 and 01 99 00; Germany 030 23125 and 040 66969) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (NHS number, Dutch BSN, Polish
PESEL, Brazilian CPF, Indian Aadhaar, Singapore NRIC, Turkish kimlik, Spanish DNI and NIE,
Italian codice fiscale, Finnish henkilötunnus, Chinese resident id, Korean resident
registration number, Australian TFN and Medicare, Canadian SIN, Swedish personnummer,
French NIR, German tax id, Irish PPS, Norwegian fødselsnummer, Japanese My Number, Chilean
RUT, New Zealand NHI, Romanian CNP, Estonian isikukood, South African id, Belgian national
number, Icelandic kennitala, Ukrainian RNOKPP, Portuguese NIF).

Run ``.venv/bin/python bench/data/build_blind77.py`` from the repository root; the output is
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
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 5
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sgt|SSgt|SPC|Capt|Lt|Col|Rev|Sr|Sra|Srta|Dra|"
    r"Herr|Frau|M|Mme|Mlle|Auntie|Uncle|Grandpa|Nurse|dottoressa)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 5 in other languages, 85 in English.
CHAT = [
    # all lower case
    "can you write a short reminder to [[PERSON|deepa]] that her payslip portal password changed to [[PASSWORD|lotus#2291]] and she should log in before friday",
    "pls fix the grammar: hi team, [[PERSON|marco bellini]] from accounts is out til monday so send all supplier invoices to [[EMAIL_ADDRESS|m.bellini.ap@ferrovale.it]] instead of him",
    "my landlord [[PERSON|gary]] keeps ignoring me. draft a firm but polite text to [[PHONE_NUMBER|07700 900418]] about the broken boiler at [[STREET_ADDRESS|14 tollgate road, bristol bs4 2lh]], its been 9 days",
    "summarise this crm note in one line: spoke w/ [[PERSON|priya nandakumar]] on [[PHONE_NUMBER|+91 98450 31276]], wants enterprise tier quote, budget signed off, chase tues am",
    "whats a kind way to tell a candidate no after the final round? her name is [[PERSON|oluwaseun adeyemi]] and she interviewed for the payroll analyst role",
    "write a small sign for the staff room: new front desk wifi key is [[PASSWORD|frontdesk-maple-88]], do not give it to patients or visitors",
    "translate to spanish: dear mrs [[PERSON|castillo]], your dental appointment moved to 3pm thursday. call us on [[PHONE_NUMBER|020 7946 0583]] if that doesnt work for you",
    "ssn for the w-4 is [[US_SSN|412-73-8826]], name [[PERSON|travis okafor]]. which boxes do i fill if we're married filing jointly and both work",
    "why does this keep failing\nfailed login user=[[ID_NUMBER|jlindqvist]] src=[[IP_ADDRESS|203.0.113.47]] reason=bad_password\nfailed login user=[[ID_NUMBER|jlindqvist]] src=[[IP_ADDRESS|203.0.113.47]] reason=bad_password\naccount locked",
    "help me reply to [[PERSON|wren]], she asked if the storage unit code is still [[PASSWORD|4417]]. it changed to [[PASSWORD|9082]] last week",
    "my iban is [[IBAN_CODE|de28 3704 0044 0618 2937 55]], is it ok to print it on invoices to clients? im a freelance translator",
    "can u check this csv before i import it to the crm\nname,email,phone\n[[PERSON|lena hoffmann]],[[EMAIL_ADDRESS|lena.hoffmann@kranwerk.de]],[[PHONE_NUMBER|030 23125 774]]\n[[PERSON|yusuf demir]],[[EMAIL_ADDRESS|ydemir@kranwerk.de]],[[PHONE_NUMBER|040 66969 213]]",
    "i need to cancel my gym membership, member no [[ID_NUMBER|gx-0048812]]. write the email for me, my name is [[PERSON|tomás reyes]]",
    "remind me what to say to hr: employee id [[ID_NUMBER|e41927]], i was underpaid 6 hours overtime in march and my manager [[PERSON|kev doyle]] signed the timesheet",
    "write a text to my mum telling her the new alarm code is [[PASSWORD|5813]] and the spare key is with mrs [[PERSON|okonkwo]] at number 6",
    "is this a scam? someone texted asking me to confirm my card [[CREDIT_CARD|4539 7182 0461 3391]] and the code they sent, [[PASSWORD|604219]]. i already replied with both",
    "my daughter [[PERSON|amaya]] needs a note for school about her asthma, student number [[ID_NUMBER|20318874]]. draft it from me, [[PERSON|rosa quispe]]",
    "recruiter here, make this outreach less cringe: hey [[PERSON|jun]]!! saw ur github ([[ID_NUMBER|junhao-dev]]) and think youd crush our backend role",
    "calculate my take home: gross 3,850 a month, tax code 1257l, ni number [[ID_NUMBER|jt 48 17 92 b]], student loan plan 2",
    "help me write a tenancy reference for [[PERSON|bogdan]], he rented [[STREET_ADDRESS|flat 2, 9 kestrel way, leeds ls6 3pq]] from me for 3 years and always paid on time",
    "my insurer says policy [[ID_NUMBER|hm-7731-0924]] doesnt cover the flood in the cellar. what should i ask them",
    "whats the time difference to tokyo? want to call [[PERSON|akira]] on [[PHONE_NUMBER|090-4471-2286]] without waking him up",
    "draft an out of office: away until the 14th, urgent payroll questions go to [[PERSON|nadia farouk]] on [[PHONE_NUMBER|0161 496 0732]] or [[EMAIL_ADDRESS|n.farouk@pennineworks.co.uk]]",
    "i accidentally pasted our api key in the team chat: [[API_KEY|ak_93kdl2mx8q7vz0pw4tnr6ehs1y]]. how do i rotate it and who needs to know",
    "turn this into a nice card message for my coworker [[PERSON|birgit]]: happy bday, cake in the kitchen at 3, sorry about the printer",
    "patient wants her details updated, pls write the confirmation: [[PERSON|fatima zahra el idrissi]], new mobile [[PHONE_NUMBER|+44 7700 900362]], nhs number [[ID_NUMBER|485 773 218 1]]",
    "whats the weekly cost if i pay [[PERSON|joy]] the nanny £14.50 an hour for 32 hours plus 10% holiday pay",
    "rewrite my email signature so it looks professional:\n[[PERSON|sam ortiz-vega]]\nsales lead emea\nm: [[PHONE_NUMBER|+34 655 21 87 40]]\n[[EMAIL_ADDRESS|sam@brightloomhq.com]]",
    "my locker combo is [[PASSWORD|31-7-29]], put it in a short note to my brother [[PERSON|idris]] so he can grab my bag tomorrow",
    "quick q, our accountant [[PERSON|henrik]] wants my tax id [[ID_NUMBER|57294038167]] over whatsapp. is that normal or should i email it",
    # other languages
    "¿Me ayudas a redactar un correo para [[PERSON|Lucía Fernández Ortega]]? Es de recursos humanos y necesita mi DNI [[ID_NUMBER|47291836H]] y mi IBAN [[IBAN_CODE|ES81 0182 2370 4802 0163 8455]] para la nómina de mayo.",
    "Peux-tu résumer ce message de mon syndic ? « M. [[PERSON|Gautier]], l'assemblée générale aura lieu au [[STREET_ADDRESS|18 rue des Tanneurs, 69002 Lyon]]. Contact : [[PHONE_NUMBER|06 39 98 41 72]]. »",
    "Kannst du diese Nachricht höflicher formulieren? Hallo [[PERSON|Jürgen]], deine neue PIN für das Zeiterfassungsterminal ist [[PASSWORD|7306]], bitte nicht weitergeben, sonst gibt es Ärger.",
    "Preciso responder ao cliente [[PERSON|João Pedro Alves]] sobre o reembolso. O CPF dele é [[ID_NUMBER|418.237.906-31]] e o telefone [[PHONE_NUMBER|+55 11 98734-2210]]. Escreva algo curto e educado.",
    "Traduci in inglese, per favore: Gentile dottoressa [[PERSON|Marchetti]], le invio il codice fiscale di mia madre, [[ID_NUMBER|FRRGLI84C52F205N]], per la prenotazione della visita cardiologica.",
    # English with capitals
    "Draft a polite chaser to [[PERSON|Henrietta Blackwood]] in accounts payable — invoice INV-20931 is 45 days overdue. Her direct line is [[PHONE_NUMBER|020 7946 0219]].",
    "Can you turn this into a table? Candidates: [[PERSON|Mei Ling Tan]] [[EMAIL_ADDRESS|meiling.tan@outlook.sg]] [[PHONE_NUMBER|+65 9123 4870]]; [[PERSON|Rahul Bhattacharya]] [[EMAIL_ADDRESS|rahulb.works@gmail.com]] [[PHONE_NUMBER|+91 70213 55890]]",
    "I'm a practice manager. Write a short letter to Mr [[PERSON|Eustace Pennington]] saying his repeat prescription is ready, quoting patient number [[ID_NUMBER|PN-0083316]].",
    "Help me calculate overtime for [[PERSON|Kwame]]: 47.5 hours last week, base rate $22/hr, time and a half above 40.",
    "Our new starter [[PERSON|Ingrid Solberg]] can't log in. Username [[ID_NUMBER|isolberg]], temp password [[PASSWORD|Welcome-Fjord7]]. What should I check in Entra first?",
    "Summarise this support ticket for the handover:\n> Customer [[PERSON|Dolores Vásquez]] (acct [[ID_NUMBER|CX-558102]]) says her router at [[STREET_ADDRESS|2217 W Alameda Ave, Denver, CO 80223]] drops every evening. Tried a reboot twice.",
    "Pasting the payroll export, can you spot the error?\n| Emp | Name | IBAN |\n| [[ID_NUMBER|E-0412]] | [[PERSON|Anouk Visser]] | [[IBAN_CODE|NL89 RABO 0318 2746 59]] |\n| [[ID_NUMBER|E-0413]] | [[PERSON|Bram de Wit]] | [[IBAN_CODE|NL89 RABO 0318 2746 59]] |",
    "Write a LinkedIn recommendation for my former intern [[PERSON|Chidinma]] — she rebuilt our sales dashboard in two weeks and trained the whole team on it.",
    "Is it OK to list my neighbour [[PERSON|Gwen Morgan]] ([[PHONE_NUMBER|029 2018 0457]]) as the emergency contact on my son's school form?",
    "What does this mean?\n2024-03-02T08:14:55Z WARN auth: 5 failed attempts for [[EMAIL_ADDRESS|r.kowalczyk@meblopol.pl]] from [[IP_ADDRESS|198.51.100.23]], account locked",
    "Translate into Japanese for my hotel: The booking is under [[PERSON|Sophie Laurent]], reservation [[ID_NUMBER|HX4J92K]], arriving late, around 11pm.",
    "Reply to [[PERSON|Bill]] in sales: no, I can't email him the client's card [[CREDIT_CARD|5412 8830 1976 4026]], he has to use the secure payment link.",
    "Can you check the maths on my mortgage overpayment? Loan account [[ID_NUMBER|7710-448392]], balance £184,200 at 4.39%, and I want to pay £300 extra a month.",
    "Make this email sound less angry: Hi [[PERSON|Sandeep]], for the THIRD time, the Q3 commission for [[PERSON|Olivia Brandt]] was calculated on the wrong territory.",
    "Write a 160-character SMS reminding [[PERSON|Haruto Sato]] of his physio on Monday at 9:40. His mobile is [[PHONE_NUMBER|07700 900871]].",
    "I'm selling my flat at [[STREET_ADDRESS|Flat 4, 27 Marchmont Crescent, Edinburgh EH9 1HQ]]. The buyer's solicitor is [[PERSON|Ailsa Drummond]]. What documents will she ask me for?",
    "I want to send my nephew a care package. How long does post take to SPC [[PERSON|Marcus Dell]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]]?",
    "Draft a reminder to the team that the server room door code is now [[PASSWORD|7391*]] and must not be written on the whiteboard again.",
    "Our CRM note says: Lead [[PERSON|Ngozi Eze]], [[EMAIL_ADDRESS|ngozi@ezeandsons.ng]], hot, wants a demo. Write a first-contact email.",
    "What's a fair split? Me, [[PERSON|Tariq]] and [[PERSON|Hollis]] share a 3-bed; rent is 2,400 and my room is the smallest.",
    "I keep forgetting my passphrase, [[PASSWORD|copper kettle under blue moon]]. Is it strong enough or should I change it?",
    "Write the first line of a cover letter. I'm [[PERSON|Zoë Papadakis]], applying for an HR business partner job at a logistics firm.",
    "Fix the formatting of my signature, it looks messy in Outlook:\n\n[[PERSON|Rory McAllister]] | Senior Claims Handler\nT: [[PHONE_NUMBER|0141 496 0385]] | E: [[EMAIL_ADDRESS|rory.mcallister@clydeinsure.co.uk]]\n[[STREET_ADDRESS|90 St Vincent Street, Glasgow G2 5UB]]",
    "Please summarise this call log for my manager:\n09:12 inbound [[PHONE_NUMBER|(312) 555-0164]], caller [[PERSON|Denise]] re refund\n09:31 outbound [[PHONE_NUMBER|(312) 555-0164]], left voicemail\n09:58 inbound [[PHONE_NUMBER|(312) 555-0164]], [[PERSON|Denise]] again, escalated",
    "How do I ask Professor [[PERSON|Whitlock]] for an extension without sounding lazy? My student ID is [[ID_NUMBER|s2291047]].",
    "Can you roughly work out my Australian tax refund? TFN [[ID_NUMBER|538 614 278]], income 78k, work deductions around 2k.",
    "Help me write a message in simple English to my grandmother [[PERSON|王芳]] explaining how to video call me on WeChat.",
    "Write a thank-you note to Dr [[PERSON|Adaeze Nwosu]] and the nurses on ward 7 who looked after my father last month.",
    "What should I tell the bank? Someone used my card [[CREDIT_CARD|3714 629183 74508]] at a petrol station in Leeds I've never been to.",
    "Please reformat as a CSV with columns name, role, email: [[PERSON|Piet Janssens]] warehouse lead [[EMAIL_ADDRESS|pjanssens@dockside.be]]; [[PERSON|Malika Yusupova]] dispatcher [[EMAIL_ADDRESS|malika.y@dockside.be]]",
    "Quick one: convert 2,750 EUR to GBP for [[PERSON|Will]]'s expense reimbursement at today's rate.",
    "My ex changed the streaming password to [[PASSWORD|GoAway!2024]] lol. Write a funny reply.",
    "Help me prepare for a disciplinary meeting with [[PERSON|Craig Hendry]] about repeated lateness. He's on nights, employee no. [[ID_NUMBER|NS-30218]].",
    "Is this IBAN valid? [[IBAN_CODE|FR09 3000 4021 5800 0918 3726 451]] — it's for paying my landlord [[PERSON|Thérèse Bonnard]].",
    "Write a short speaker bio for [[PERSON|Lindiwe Khumalo]], head of finance at a Johannesburg fintech, 15 years in treasury, loves trail running.",
    "I run a small dental clinic. How should I store this?\nPatient: [[PERSON|Emre Yıldız]], TC Kimlik [[ID_NUMBER|38716204528]], tel [[PHONE_NUMBER|+90 532 418 27 63]]",
    "Can you fill in this expense claim for me: name [[PERSON|Padraig Ó Súilleabháin]], PPS [[ID_NUMBER|6138274L]], train Dublin–Cork €64.20 return.",
    "Write a message to our cleaner [[PERSON|Marisol]] telling her the key safe code is [[PASSWORD|0614]] from next week.",
    "Suggest a subject line. The email is to [[PERSON|Hamish]], asking him to approve [[PERSON|Priyanka Rao]]'s annual leave.",
    "Explain this access log line please: [[IP_ADDRESS|2001:db8:4a1c::17]] - [[ID_NUMBER|ewatanabe]] [12/Mar/2024:10:02:11 +0000] 'GET /payroll/slips HTTP/1.1' 403 512",
    "My Korean coworker gave me her number, [[PHONE_NUMBER|010-3847-2219]]. How do I dial it from the UK?",
    "Help me answer a tenant complaint. Tenant: [[PERSON|Gideon Asante]], unit [[STREET_ADDRESS|3B, 418 Halsey Street, Brooklyn, NY 11233]]. Issue: no heat since Sunday.",
    "How do I explain to [[PERSON|Yerlan]] that his visa sponsorship depends on the probation review, without scaring him?",
    "I'm applying for a job in Canada and they asked for my SIN, [[ID_NUMBER|527 318 463]], before any offer. Red flag?",
    "Write a warm welcome email to our new hire [[PERSON|Aroha Ngata]], starting Monday in the Auckland office. Her manager [[PERSON|Liam Kerr]] will meet her at reception.",
    "Translate to Russian for my tenant [[PERSON|Дмитрий Волков]]: rent is due on the 1st, transfer to the usual account.",
    "Our sales rep [[PERSON|Benedikt]] keeps logging calls with the wrong number. The right one for the client is [[PHONE_NUMBER|+49 40 66969 582]]. Write a Slack nudge.",
    "Check my budget: rent 1,150, car 320, childcare for [[PERSON|Ellie]] 640, take-home 3,400. What's left for savings?",
    "Make an onboarding checklist for [[PERSON|Ravi Subramaniam]]: laptop, badge, VPN (his login will be [[ID_NUMBER|rsubramaniam]]), payroll forms.",
    "My bank's chatbot asked for my full card number [[CREDIT_CARD|6011 4720 3185 9460]] and the 3-digit code. Should I have given it?",
    "I need a reference letter for our nanny, [[PERSON|Consolata Wanjiru]]. Mention she can be reached at [[PHONE_NUMBER|+254 722 418 903]].",
    "Rewrite as bullet points for the board pack: [[PERSON|Fergus Lyle]] has approved the payroll run; [[PERSON|Anya Petrova]] will process it on the 25th.",
    "Why does this return 401?\ncurl -H 'Authorization: Bearer [[API_KEY|tkn_Zp7QvX2mL9rB4sWc8eHn1Ty6]]' https://api.examplecrm.io/v2/contacts",
    "I'm [[PERSON|Orla]], I run the front desk at a GP surgery. Write a script for when patients ask for their test results over the phone.",
    "Write to my building manager: the gate code [[PASSWORD|#6620]] stopped working and I live at [[STREET_ADDRESS|Apt 12, 60 Rue Sainte-Catherine Ouest, Montréal, QC H2X 1K4]].",
    "Which HMRC form do I need? I'm [[PERSON|Cerys Pritchard]], self-employed, UTR [[ID_NUMBER|84730 19265]].",
    "Proofread: Dear hiring team, please find attached my CV. I can be reached on [[PHONE_NUMBER|0491 570 156]] or [[EMAIL_ADDRESS|kiri.walsh88@bigpond.com]]. Kind regards, [[PERSON|Kiri Walsh]]",
    "How much is 15% commission on these deals?\nHarbourline renewal – 42,000 – owner [[PERSON|Luca]]\nNordwind – 18,500 – owner [[PERSON|Signe]]",
    "Write a gentle text to Grandpa [[PERSON|Joe]] saying his cardiology appointment moved to Thursday; his NHS number is [[ID_NUMBER|738 155 404 6]] if they ask.",
    "Set up a weekly study plan for [[PERSON|Aanya]], she's 15 and sits GCSE maths in May. Her revision site PIN is [[PASSWORD|2846]] if that helps.",
    "Our office Wi-Fi is Harbour-Guest, key [[PASSWORD|seagull-42-lantern]]. Make a small card for the reception desk.",
    "Help me complete a rental application. Previous address: [[STREET_ADDRESS|Kastanienallee 31, 10435 Berlin]], previous landlord [[PERSON|Uwe Brandstätter]], phone [[PHONE_NUMBER|030 23125 418]].",
    "Can you tidy these meeting notes?\n- [[PERSON|Hiro]] to send Q2 forecast\n- [[PERSON|Salma]] chasing the Vodafone contract\n- door code for the new office [[PASSWORD|19*84]]",
    "I'm a paralegal. Summarise: Claimant [[PERSON|Rosalind Achterberg]], of [[STREET_ADDRESS|Prinsengracht 412-II, 1016 JB Amsterdam]], BSN [[ID_NUMBER|274619039]], alleges wrongful dismissal on 3 May.",
    "Explain my payslip: there's a deduction labelled SSP adj and my employee ref is [[ID_NUMBER|PAY-77120]]. Is that sick pay?",
    "Write a LinkedIn post congratulating [[PERSON|Marguerite Okafor-Lind]] on 20 years with the company.",
    "Is it safe to give a courier my door code? It's [[PASSWORD|3 0 9 1]] and they asked by text.",
    "My number changed to [[PHONE_NUMBER|+61 491 570 313]]. Write a short message for my salon clients.",
    "Please write a polite email to [[PERSON|Shira Ben-David]] asking her to resend the signed NDA; her signature says [[EMAIL_ADDRESS|shira@bendavid-law.co.il]].",
    "What does chargeback reason 10.4 mean? Customer is [[PERSON|Arjun Mehta]], card ending 4821, disputed in April.",
    "Plan a 3-day trip to Lisbon for me and [[PERSON|Noor]]. We land Friday 10am and leave Monday night.",
    "Rank these by fit for a payroll role:\nName | Years | Contact\n[[PERSON|Beatriz Lobo]] | 6 | [[EMAIL_ADDRESS|beatriz.lobo@sapo.pt]]\n[[PERSON|Kofi Mensah]] | 3 | [[PHONE_NUMBER|+44 7700 900553]]\n[[PERSON|Ilse Vermeulen]] | 9 | [[EMAIL_ADDRESS|ilse.v@telenet.be]]",
    "Got this from IT, is it legit? Your one-time code is [[PASSWORD|381 552]]. Do not share it. Someone on the phone is asking me for it.",
    "Help me reply to a customer who wrote: This is [[PERSON|Harriet Quayle]], order 55-10932, I was charged twice on my Amex [[CREDIT_CARD|3497 158204 66319]].",
    "Rewrite for a client update: we filed the lease renewal for the unit at [[STREET_ADDRESS|Shop 6, 112 Oxford Street, Darlinghurst NSW 2010]] on behalf of our client [[PERSON|Nguyen Thi Lan]].",
    "What's my pension contribution if I put in 5% of £41,300? My member number is [[ID_NUMBER|NEST-5520917]].",
    "Can you explain 2FA backup codes? Mine are [[PASSWORD|kq7r-2mxp]] and [[PASSWORD|vn3d-8tyl]]; where should I keep them?",
    "Chase [[PERSON|Olamide]] for the signed timesheet. Nicely, she's new.",
    "How many days of annual leave does [[PERSON|Ewa Grabowska]] have left? 26 entitlement, 11 taken, 2 booked, started 1 February.",
    "My father [[PERSON|Hasan Çelik]] needs his GP records sent to a new practice at [[STREET_ADDRESS|7 Ferncliffe Gardens, Sheffield S10 3NB]]. Draft the request.",
    "Our tenant [[PERSON|Rhys Vaughan]] wants the deposit returned to [[IBAN_CODE|GB73 BARC 2003 7184 6275 93]]. Write the confirmation email.",
    "Short question: is [[EMAIL_ADDRESS|a.mukherjee@tatvacorp.in]] a valid email format?",
    "Give me a script for calling [[PERSON|Svetlana]] at the bank about the mortgage offer.",
    "Please help me with the visa form: passport [[ID_NUMBER|K4829173]], name [[PERSON|Afsaneh Karimi]]. What goes under purpose of visit?",
    "Write a message to [[PERSON|Lorenzo]] and [[PERSON|Chiara]] with the cabin details: [[STREET_ADDRESS|Via dei Larici 8, 38037 Predazzo TN]], key box [[PASSWORD|2207]].",
]

# 100 records in the style of synthetic PII benchmark datasets, one person each.
RECORDS = [
    "[[PERSON|Margit Sørensen]] | HR file | emp# [[ID_NUMBER|HR-22871]] | direct deposit [[IBAN_CODE|DK15 3000 0018 2736 45]]",
    "Patient [[PERSON|Ilkka Virtanen]], henkilötunnus [[ID_NUMBER|140385-417U]], referred for spirometry; contact [[PHONE_NUMBER|+358 40 718 2290]].",
    "After a duplicate charge, the full amount was refunded to [[PERSON|Corwin Ashby]] on the Visa [[CREDIT_CARD|4024 0071 8839 2657]].",
    "Would [[PERSON|Esperanza Ruiz]] please confirm her mailing address, [[STREET_ADDRESS|1507 SW 8th St Apt 3C, Miami, FL 33135]], before the W-2 goes out?",
    "SSN [[US_SSN|538-20-1947]] belongs to [[PERSON|Delbert Huang]], whose benefits enrolment was completed on 4 November.",
    "Login audit: user [[ID_NUMBER|a.rahimi]] ([[PERSON|Arash Rahimi]]) authenticated from [[IP_ADDRESS|192.0.2.184]] at 03:12 UTC.",
    '{"name": "[[PERSON|Keiko Yamada]]", "email": "[[EMAIL_ADDRESS|keiko.yamada@shiomi-trading.jp]]", "my_number": "[[ID_NUMBER|7314 2608 5911]]"}',
    "Of the shortlisted applicants, only [[PERSON|Tobias Engström]] supplied a personnummer: [[ID_NUMBER|870623-4187]].",
    "Dear Ms [[PERSON|Adebayo]], your life policy [[ID_NUMBER|LIF-90318274]] lapses on 30 June unless the premium is paid.",
    "To whom it may concern: [[PERSON|Kazimierz Wołoszyn]] (PESEL [[ID_NUMBER|88071435624]]) was employed by us from 2016 to 2023 as a forklift operator.",
    "customer_id,full_name,phone\n[[ID_NUMBER|C-30977]],[[PERSON|Rosalía Benítez]],[[PHONE_NUMBER|+52 55 4187 2093]]",
    "Emergency contact on file for [[PERSON|Kalani Akana]]: cell [[PHONE_NUMBER|808-555-0137]].",
    "Wire beneficiary — [[PERSON|Henrik Aas]], [[IBAN_CODE|NO72 8601 1172 839]], reference: consulting fee.",
    "What [[PERSON|Siobhán Kearney]] gave as her home address was [[STREET_ADDRESS|22 Clontarf Road, Dublin 3, D03 K2P8]].",
    "At intake, [[PERSON|Tendai Moyo]] gave [[PHONE_NUMBER|+27 82 604 1187]] and the email [[EMAIL_ADDRESS|tendai.moyo@mweb.co.za]].",
    "Account holder: [[PERSON|Gulnara Abenova]]\nCard: [[CREDIT_CARD|5275 6130 9042 8811]]\nPIN reset requested; new PIN [[PASSWORD|6043]]",
    "[[PERSON|Wiremu Tane]] — NHI [[ID_NUMBER|ZKT4180]] — allergy: penicillin.",
    "Ticket #88213 opened by [[PERSON|Lorraine Fitzgibbon]] <[[EMAIL_ADDRESS|lfitzgibbon@quayside-dental.ie]]>: cannot reset password.",
    "Payroll change: from the March run, [[PERSON|Abimbola Okonjo]] is paid into [[IBAN_CODE|GB40 NWBK 4012 7228 3914 62]].",
    "Student [[PERSON|Nils Brekke]], fødselsnummer [[ID_NUMBER|15089241321]], has requested an official transcript.",
    "Is [[PERSON|Valeria Conti]] the same person who rang from [[PHONE_NUMBER|+39 347 281 6630]] yesterday?",
    "Driver licence [[ID_NUMBER|D6201-58843-71209]] was scanned for [[PERSON|Rodney Pickett]] at the rental desk.",
    "Name: [[PERSON|Chen Jing]] ([[PERSON|陈静]]); resident ID [[ID_NUMBER|440306199108173526]]; mobile [[PHONE_NUMBER|+86 139 2281 4076]].",
    "Had [[PERSON|Oskar]] not forgotten the vault code [[PASSWORD|88-14-03]], the audit would have finished on Friday.",
    "Claimant: [[PERSON|Yasmin Haddad]]. SSN: [[US_SSN|271-64-3308]]. Employer: Harbor Freightlines.",
    "Employee [[PERSON|Dániel Szabó]] reset his VPN password to [[PASSWORD|Tz!9vKe#41q]] on 14 Feb; the helpdesk flagged the change.",
    "The lease is signed by [[PERSON|Amadou Diallo]] for [[STREET_ADDRESS|Villa 27, Cité Keur Gorgui, Dakar 11000]].",
    "Never ring [[PERSON|Bartholomew Finch]] before ten; his number is [[PHONE_NUMBER|(415) 555-0172]].",
    "membro: [[PERSON|ana lúcia prado]] / cpf [[ID_NUMBER|702.551.384-90]] / plano ouro",
    "Aadhaar [[ID_NUMBER|6183 2947 5501]] — holder [[PERSON|Lakshmi Venkataraman]], KYC verified.",
    "Interviewer notes: [[PERSON|Brennan]] was articulate; references via [[EMAIL_ADDRESS|brennan.cole@fastmail.com]].",
    "From: [[PERSON|Ottilie Marchand]] <[[EMAIL_ADDRESS|o.marchand@lavande-conseil.fr]]>\nSubject: Attestation employeur",
    "Singapore NRIC [[ID_NUMBER|S8734125I]] was shown by [[PERSON|Goh Wei Ming]] at the condo viewing.",
    "Her Medicare number, [[ID_NUMBER|4281 93067 1]], was read back to [[PERSON|Bronwyn Tate]] over the phone.",
    "Policyholder [[PERSON|Ignatius Mbeki-Long]], home policy [[ID_NUMBER|HO-5812-22983]], insured property at [[STREET_ADDRESS|19 Kloof Street, Gardens, Cape Town 8001]].",
    "korisnik [[PERSON|Ivana Horvat]], IBAN [[IBAN_CODE|HR54 2402 0061 1038 2947 1]], isplata plaće",
    "Q: Who signed for the parcel at [[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]]? A: [[PERSON|Inmaculada Sáez]].",
    "May 19 22:41:07 sshd[2211]: Accepted publickey for [[ID_NUMBER|mkeller]] from [[IP_ADDRESS|203.0.113.91]] (owner [[PERSON|Marion Keller]])",
    "Brief bio: [[PERSON|Temperance Oyelaran]] is a payroll specialist in Lagos; reach her at [[PHONE_NUMBER|+234 803 417 2290]].",
    "Rx refill for [[PERSON|Gerald Finnegan]], DOB 04/11/1952, NHS [[ID_NUMBER|601 284 937 0]].",
    "NIF [[ID_NUMBER|238174603]] — [[PERSON|Duarte Meireles]], [[STREET_ADDRESS|Rua das Flores 77, 4050-265 Porto]]",
    "Applicant [[PERSON|Mariam Tahir]]; CNIC [[ID_NUMBER|35202-4718293-6]]; mobile [[PHONE_NUMBER|+92 321 6604182]]",
    "Because [[PERSON|Leopold Kranz]] had typed [[PASSWORD|Edelweiss_1987]] as his recovery phrase, the reset failed twice.",
    "Booking ref [[ID_NUMBER|QZ7M4L]], passenger [[PERSON|Hyun-woo Park]], seat 14C.",
    "Bank details for [[PERSON|Clémence Aubry]]: [[IBAN_CODE|BE70 0017 7260 4387]]; national number [[ID_NUMBER|83.06.21-417.59]].",
    "Over the phone, [[PERSON|Zhanna]] read out card [[CREDIT_CARD|4147 2093 8816 0528]]; the supervisor was notified.",
    "Rental applicant: [[PERSON|Desmond Achebe]], prior address [[STREET_ADDRESS|88 Bellevue Terrace, Southsea PO5 3AH]], landlord reference attached.",
    "Gym membership [[ID_NUMBER|FLX-201884]] for [[PERSON|Priscilla Ng]] is frozen until September.",
    "Signed: [[PERSON|Guðrún Pálsdóttir]], kennitala [[ID_NUMBER|120588-3469]].",
    "Clinic note: [[PERSON|Thabo]] phoned about results; callback [[PHONE_NUMBER|+27 71 338 9024]].",
    "API key [[API_KEY|rk_prod_8Hq2Lx0Vn5Ts9Wd3Yb7Kc4Pm]] was issued to [[PERSON|Felicity Crane]] for the payroll integration.",
    "Forward to SSgt [[PERSON|Dwayne Robles]], [[STREET_ADDRESS|PSC 1013 Box 2287, APO AE 09725]].",
    "Did [[PERSON|Mirela Popescu]] attach CNP [[ID_NUMBER|2900311406720]] to the application? Yes, verified.",
    "row 212 | [[PERSON|Ashok Pillai]] | [[EMAIL_ADDRESS|ashok.pillai@nirmaan.co.in]] | source: webinar | stage: proposal",
    "Because her PIN [[PASSWORD|9174]] had been shared, [[PERSON|Hedda Lund]]'s debit card was blocked.",
    "Contact for the field trip: [[PERSON|Okwuosa]] (teacher), [[PHONE_NUMBER|0113 496 0254]].",
    "The title deed lists [[PERSON|Wilhelmina Van Rensburg]] as owner of [[STREET_ADDRESS|41 Jan Smuts Avenue, Parktown, Johannesburg 2193]].",
    "Username [[ID_NUMBER|quietfox_77]], registered email [[EMAIL_ADDRESS|juniper.hale@protonmail.com]], real name [[PERSON|Juniper Hale]].",
    "Patient [[PERSON|Rashida Bello]], MRN [[ID_NUMBER|00417762]], discharged to [[STREET_ADDRESS|5120 N Kenmore Ave, Chicago, IL 60640]].",
    "[[PERSON|Sung-min Choi]]'s resident registration number is [[ID_NUMBER|880412-1726531]].",
    "In 2019 [[PERSON|Augustin Leroux]] opened a savings account, number [[ID_NUMBER|0091-553-80217]].",
    "Alarm panel code for [[PERSON|Maeve]]'s shop: [[PASSWORD|1-9-7-3]].",
    "Sender IP [[IP_ADDRESS|198.51.100.77]]; sender name [[PERSON|Cyrus Farahani]]; sender email [[EMAIL_ADDRESS|cyrus.f@parsmail.ir]].",
    "An offer of $94,000 was approved for [[PERSON|Jomo Kariuki]], SSN on file [[US_SSN|604-18-5523]].",
    "Policy [[ID_NUMBER|TRV-20240719-0311]]: traveller [[PERSON|Anneliese Vogt]], single trip, Europe.",
    "Bike lock combination [[PASSWORD|5830]] belongs to [[PERSON|Eamon Gallagher]], per the lost-property form.",
    "[[PERSON|Mathilde Gaspard]], n° de sécu [[ID_NUMBER|2 91 07 75 118 263 07]], tél. [[PHONE_NUMBER|01 99 00 27 48]]",
    "e-KYC: [[PERSON|Harpreet Kaur Sandhu]], Aadhaar [[ID_NUMBER|4720 9163 8127]], mobile [[PHONE_NUMBER|+91 81462 07735]]",
    "There is no record of [[PERSON|Quentin Abernathy]] at [[EMAIL_ADDRESS|qabernathy@wexfordpartners.com]] in the CRM.",
    "Supplier contact — [[PERSON|Ayşe Kaya]], accounts receivable, [[EMAIL_ADDRESS|ayse.kaya@demirtekstil.com.tr]]",
    "Her wifi passphrase, [[PASSWORD|marigold tram ninety]], was written on the intake form by [[PERSON|Philippa Horne]].",
    "DNI/NIE: [[ID_NUMBER|Y6183025H]]\nNombre: [[PERSON|Oleksandr Bondarenko]]\nDomicilio: [[STREET_ADDRESS|Carrer de Provença 318, 4º 2ª, 08037 Barcelona]]",
    "Taxpayer number [[ID_NUMBER|3184706257]] was supplied by [[PERSON|Oksana Melnyk]] for the contractor agreement.",
    "E-resident [[PERSON|Kadri Tamm]] (isikukood [[ID_NUMBER|48905210276]]) signed the shareholder resolution.",
    "Locker 31, code [[PASSWORD|7720]], assigned to [[PERSON|Ugo Benedetti]] for the season.",
    "RUT [[ID_NUMBER|17.482.936-5]] — [[PERSON|Camila Fuentealba]], freelance designer, invoices monthly.",
    "South African ID [[ID_NUMBER|9103145802081]] belongs to [[PERSON|Sipho Ndlovu]].",
    "Swiss payroll: [[PERSON|Reto Gisler]], [[IBAN_CODE|CH47 0483 5018 4726 1100 3]], 13th salary in December.",
    "[[PERSON|Mohammed Al-Rashid]] | [[PHONE_NUMBER|+971 50 418 2276]] | Dubai office | sales",
    "Registrant name (Arabic): [[PERSON|ليلى حداد]]; email: [[EMAIL_ADDRESS|layla.haddad@gulfmed.ae]]",
    "Tenant [[PERSON|Ελένη Παπαδοπούλου]], tel. [[PHONE_NUMBER|+30 694 318 2207]], flat 3.",
    "「[[PERSON|佐藤 美咲]]」様 — 携帯 [[PHONE_NUMBER|080-3927-4418]]",
    "Card on file for [[PERSON|Horatio Blessing]]: [[CREDIT_CARD|2223 0047 5519 3686]], exp 09/27.",
    "Reference check for candidate [[PERSON|Fenella Oduya]]: reachable on [[PHONE_NUMBER|07700 900694]] after 5pm.",
    "Medical record: [[PERSON|Radosław Zieliński]], PESEL [[ID_NUMBER|95112809171]], blood type A+.",
    "Unit [[STREET_ADDRESS|Flat 1204, 88 Harbour Road, Wan Chai, Hong Kong]] is leased to [[PERSON|Ho Ka-yan]].",
    "The recovery email for [[PERSON|Tadhg]] is [[EMAIL_ADDRESS|tadhg.o.murchu@eircom.net]]; no phone given.",
    "Shift handover signed by Nurse [[PERSON|Ingeborg Haugland]], staff no. [[ID_NUMBER|N-55187]].",
    "Contact [[PERSON|Lee Ji-eun]] on [[PHONE_NUMBER|010-7726-3041]] for the Seoul showroom.",
    "IBAN [[IBAN_CODE|AT63 1420 0200 1093 8271]], Kontoinhaber [[PERSON|Florian Pichler]].",
    "When she registered, [[PERSON|Nomvula Dube]] chose the username [[ID_NUMBER|nomvula.d]] and the password [[PASSWORD|Ubuntu#Rising5]].",
    "SSN: [[US_SSN|319-47-0662]] | Name: [[PERSON|Earl Whitcombe]] | DOB: 1961-08-02 | Plan: HMO Silver",
    "Italian IBAN [[IBAN_CODE|IT22 Y030 6909 6061 0000 0184 227]], account holder [[PERSON|Gianluca Ferrante]].",
    "[[PERSON|Sefa Tuilagi]] updated her address to [[STREET_ADDRESS|17 Kamo Road, Whangārei 0112]].",
    "Sales lead: [[PERSON|Bartosz Wrona]], [[PHONE_NUMBER|+48 512 730 418]], interested in fleet leasing.",
    "It was [[PERSON|Kamila]] who asked for the wage slip on payroll account [[ID_NUMBER|PR-00321-K]].",
    "Vet record: owner [[PERSON|Marjorie Pell]], [[STREET_ADDRESS|3 Orchard Close, Totnes TQ9 5EX]], phone [[PHONE_NUMBER|0117 496 0823]].",
    "Insurer note: claim for [[PERSON|Thiago Nascimento]] under policy [[ID_NUMBER|AUT-883-10457]], vehicle registration not provided.",
    "IP [[IP_ADDRESS|2001:db8:77::a3]] was last used by [[PERSON|Freya Lindahl]] to reach the HR portal.",
    "Salary to [[PERSON|Linnea Berg]], [[IBAN_CODE|SE57 8000 0832 7900 0018 2736]], from 25 January.",
]

# 25 MT-Bench and Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that small towns should turn unused parking lots into community gardens. Keep it under 400 words.",
    "Compose a haiku sequence of four poems that follows a single leaf from spring to winter.",
    "Imagine you are a lighthouse keeper in 1890 writing a letter to the shipping authority about a storm. Stay in character.",
    "If a train leaves a station every 12 minutes and another every 18 minutes, and both leave together at 6:00, when do they next leave together?",
    "Explain the difference between a process and a thread to someone who has only used spreadsheets.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Act as a sommelier and recommend three wines to pair with a mushroom risotto, explaining each choice.",
    "What are the main causes of inflation, and how do central banks typically respond to it?",
    "Given the list [7, 3, 9, 1, 4], walk through each step of insertion sort and show the list after every pass.",
    "Draft a product description for a waterproof hiking backpack aimed at weekend travellers.",
    "Pretend you are a medieval blacksmith explaining to an apprentice why quenching hardens steel.",
    "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost? Explain the common mistake.",
    "Write a SQL query that finds the three departments with the highest average salary from a table employees(dept, salary).",
    "Describe photosynthesis in five sentences suitable for a ten-year-old.",
    "Rewrite the following sentence in the passive voice and then in a more formal register: The committee rejected the proposal quickly.",
    "What would happen to Earth's climate if the Moon suddenly disappeared? Consider tides, axial tilt and day length.",
    "Create a short dialogue between a sceptical customer and a salesperson selling solar panels, showing how objections are handled.",
    "Explain how public-key cryptography lets two strangers agree on a secret over an open channel.",
    "Write a JavaScript debounce function and give an example of when you would use it.",
    "Summarise the plot of a heist story in which nothing goes wrong, and explain why that might still be interesting.",
    "Which is heavier, a kilogram of feathers or a kilogram of iron? Then explain why the question tricks people.",
    "Write a motivational speech for a high-school robotics team before their first competition.",
    "Compare the advantages of electric buses and hydrogen buses for a mid-sized city.",
    "Derive the formula for the sum of the first n odd numbers and prove it by induction.",
    "You are a travel agent. Plan a five-day rail itinerary through northern Italy for someone who loves architecture.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maribel buys 4 packs of markers with 12 markers in each pack. She gives 15 markers to her brother. How many markers does she have left?",
    "A bakery sells muffins for $2.50 each. Teodor buys 7 muffins and pays with a $20 bill. How much change does he get?",
    "Priya reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish it?",
    "A farmer has 56 chickens and 3 times as many ducks. How many birds does the farmer have in total?",
    "Kenji saved $15 each week for 12 weeks and then spent a third of his savings on a game. How much money does he have left?",
    "A swimming pool holds 24,000 litres. A hose fills it at 400 litres per hour. How many hours does it take to fill half the pool?",
    "Lucía ran 3.5 km on Monday, twice as far on Tuesday and 2 km less than Tuesday on Wednesday. How far did she run in total?",
    "There are 28 students in a class. Three sevenths of them walk to school and the rest take the bus. How many take the bus?",
    "Omar bought a bike for $240 and sold it a year later at a 15% loss. What was the selling price?",
    "A recipe needs 3 eggs for every 2 cups of flour. If Hanne uses 10 cups of flour, how many eggs does she need?",
    "A cinema has 18 rows with 24 seats each. If 311 tickets are sold, how many seats are empty?",
    "Tomasz earns $18 an hour and works 7 hours a day, 5 days a week. How much does he earn in 4 weeks?",
    "A box of 60 chocolates is shared among Aiko, Ben and Carla in the ratio 2:3:5. How many chocolates does Carla get?",
    "Fatou plants 5 rows of tomatoes with 9 plants in each row. Each plant gives 6 tomatoes. How many tomatoes does she harvest?",
    "A train travels 150 km in 2 hours and then 90 km in 1.5 hours. What is its average speed for the whole trip?",
    "Dmitri has twice as many stamps as Elif. Together they have 126 stamps. How many stamps does Elif have?",
    "A shop gives a 20% discount on a $85 jacket and then charges 8% sales tax on the discounted price. What is the final price?",
    "Noa fills 3 jars with 250 ml of jam each and a fourth jar with 180 ml. How many litres of jam did she use?",
    "A library had 1,240 books. It bought 315 more and gave away 198 old ones. How many books does it have now?",
    "Rafael walks his dog for 25 minutes twice a day. How many hours does he spend walking the dog in two weeks?",
    "A car uses 6 litres of fuel per 100 km. Fuel costs $1.80 per litre. How much does a 450 km trip cost?",
    "Ines has 3 quarters, 7 dimes and 12 nickels. How much money does she have in dollars?",
    "Each of 9 tables at a party seats 8 guests. If 5 tables are full and the rest are half full, how many guests are there?",
    "Wen scored 78, 85 and 92 on three tests. What must she score on the fourth test to average 86?",
    "A water tank loses 3% of its water each day to evaporation. Starting with 2,000 litres, how much is left after 2 days?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is the main site of ATP production in eukaryotic cells?\nA. Ribosome\nB. Mitochondrion\nC. Golgi apparatus\nD. Lysosome",
    "Who wrote the Ninety-five Theses in 1517?\nA. John Calvin\nB. Erasmus\nC. Martin Luther\nD. Ulrich Zwingli",
    "What is the derivative of sin(x) cos(x)?\nA. cos(2x)\nB. sin(2x)\nC. -sin(2x)\nD. cos²(x)",
    "Which treaty ended the Thirty Years' War?\nA. Treaty of Utrecht\nB. Peace of Westphalia\nC. Treaty of Versailles\nD. Congress of Vienna",
    "In economics, a price floor set above the equilibrium price will most likely cause\nA. a shortage\nB. a surplus\nC. no change\nD. a fall in supply",
    "Which philosopher wrote the Critique of Pure Reason?\nA. Immanuel Kant\nB. David Hume\nC. John Locke\nD. René Descartes",
    "What is the pH of a 0.001 M solution of hydrochloric acid?\nA. 1\nB. 2\nC. 3\nD. 11",
    "Under the US Constitution, which body has the sole power to try impeachments?\nA. The House of Representatives\nB. The Supreme Court\nC. The Senate\nD. The Cabinet",
    "Which of the following is a sorting algorithm with O(n log n) worst-case time?\nA. Quicksort\nB. Bubble sort\nC. Heapsort\nD. Insertion sort",
    "Who led the Haitian Revolution to its early victories?\nA. Simón Bolívar\nB. Toussaint Louverture\nC. José de San Martín\nD. Miguel Hidalgo",
    "The Krebs cycle takes place in the\nA. cytoplasm\nB. nucleus\nC. mitochondrial matrix\nD. cell membrane",
    "Which psychologist is known for the hierarchy of needs?\nA. B. F. Skinner\nB. Abraham Maslow\nC. Carl Rogers\nD. Jean Piaget",
    "A firm in perfect competition maximises profit where\nA. price equals average cost\nB. marginal revenue equals marginal cost\nC. total revenue is largest\nD. average cost is lowest",
    "Which element has the highest electronegativity?\nA. Oxygen\nB. Chlorine\nC. Fluorine\nD. Nitrogen",
    "The Magna Carta was sealed in which year?\nA. 1066\nB. 1215\nC. 1349\nD. 1485",
    "In a right triangle with legs 9 and 12, the hypotenuse is\nA. 13\nB. 15\nC. 17\nD. 21",
    "Which scientist proposed the theory of general relativity?\nA. Niels Bohr\nB. Max Planck\nC. Albert Einstein\nD. Enrico Fermi",
    "In contract law, consideration means\nA. careful thought before signing\nB. something of value exchanged by each party\nC. the court's review of a contract\nD. a written offer",
    "Which of these is a primary colour of light?\nA. Yellow\nB. Magenta\nC. Green\nD. Cyan",
    "Which ruler built the Taj Mahal?\nA. Akbar\nB. Shah Jahan\nC. Aurangzeb\nD. Babur",
    "The time complexity of binary search on a sorted array of n elements is\nA. O(1)\nB. O(log n)\nC. O(n)\nD. O(n log n)",
    "Which hormone lowers blood glucose levels?\nA. Glucagon\nB. Adrenaline\nC. Insulin\nD. Cortisol",
    "Which explorer's expedition completed the first circumnavigation of the globe?\nA. Vasco da Gama\nB. Ferdinand Magellan\nC. Christopher Columbus\nD. James Cook",
    "What is the main function of the World Trade Organization?\nA. Setting exchange rates\nB. Regulating international trade rules\nC. Lending to developing countries\nD. Issuing a global currency",
    "If the probability of rain is 0.3 on each of two independent days, what is the probability it rains on neither day?\nA. 0.09\nB. 0.40\nC. 0.49\nD. 0.70",
]

# 25 patient-style health questions naming no one.
CLEAN_PATIENT = [
    "I've had a dry cough for three weeks after a cold. When should I see a doctor about it?",
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "What are the early signs of type 2 diabetes, and which blood test confirms it?",
    "My blood pressure reading at home was 148 over 92. Should I be worried?",
    "How long should I wait after eating before going for a run?",
    "Can seasonal allergies cause a low fever, or is that usually something else?",
    "What is the difference between a sprain and a fracture, and how can I tell at home?",
    "I get headaches every afternoon at work. Could screen time or dehydration be the cause?",
    "Is it normal to feel dizzy when standing up quickly?",
    "How much vitamin D should an adult take in winter in northern Europe?",
    "What should I bring to my first appointment with a cardiologist?",
    "My toddler has a rash after starting antibiotics. Is this an allergy?",
    "Are there exercises that help with lower back pain from sitting all day?",
    "How do I know if a cut needs stitches?",
    "Can I drink alcohol while taking a course of metronidazole?",
    "What does a high TSH level on a thyroid test mean?",
    "Is it possible to catch the flu twice in one season?",
    "I snore loudly and wake up tired. Could this be sleep apnoea, and how is it diagnosed?",
    "What are the side effects of the shingles vaccine for people over 60?",
    "How can I tell the difference between heartburn and chest pain that needs an ambulance?",
    "My ankle is still swollen two weeks after twisting it. Should I get an X-ray?",
    "Which foods should I avoid if my cholesterol is high?",
    "How long is someone contagious with norovirus?",
    "Does stopping an antidepressant suddenly cause withdrawal symptoms?",
    "What questions should I ask a surgeon before a knee replacement?",
]

# Every national or tax id with a check digit in the texts, and its validator.
NATIONAL_IDS = {
    "485 773 218 1": nhs_ok,
    "601 284 937 0": nhs_ok,
    "738 155 404 6": nhs_ok,
    "274619039": bsn_ok,
    "88071435624": pesel_ok,
    "95112809171": pesel_ok,
    "418.237.906-31": cpf_ok,
    "702.551.384-90": cpf_ok,
    "6183 2947 5501": aadhaar_ok,
    "4720 9163 8127": aadhaar_ok,
    "S8734125I": nric_ok,
    "38716204528": kimlik_ok,
    "47291836H": dni_ok,
    "Y6183025H": dni_ok,
    "FRRGLI84C52F205N": codice_fiscale_ok,
    "140385-417U": hetu_ok,
    "440306199108173526": china_id_ok,
    "880412-1726531": rrn_ok,
    "538 614 278": tfn_ok,
    "4281 93067 1": medicare_ok,
    "527 318 463": luhn_len(9),
    "870623-4187": luhn_len(10),
    "9103145802081": luhn_len(13),
    "2 91 07 75 118 263 07": nir_ok,
    "57294038167": steuer_id_ok,
    "6138274L": pps_ok,
    "15089241321": fodselsnummer_ok,
    "7314 2608 5911": my_number_ok,
    "17.482.936-5": rut_ok,
    "ZKT4180": nhi_ok,
    "2900311406720": cnp_ok,
    "48905210276": isikukood_ok,
    "83.06.21-417.59": belgian_id_ok,
    "120588-3469": kennitala_ok,
    "3184706257": rnokpp_ok,
    "238174603": nif_ok,
}

PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|17|31|41|61) 496 0\d{3}",  # Leeds, Bristol, Edinburgh, Glasgow, Manchester
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"0(6 39 98|1 99 00) \d{2} \d{2}",  # France, fiction ranges
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India
        r"\+34 6\d{2} \d{2} \d{2} \d{2}",  # Spain
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil
        r"\+65 [89]\d{3} \d{4}",  # Singapore
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey
        r"\+254 7\d{2} \d{3} \d{3}",  # Kenya
        r"\+358 4\d \d{3} \d{4}",  # Finland
        r"\+52 \d{2} \d{4} \d{4}",  # Mexico
        r"\+27 [678]\d \d{3} \d{4}",  # South Africa
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy
        r"\+86 1\d{2} \d{4} \d{4}",  # China
        r"\+234 [789]0\d \d{3} \d{4}",  # Nigeria
        r"\+92 3\d{2} \d{7}",  # Pakistan
        r"\+971 5\d \d{3} \d{4}",  # United Arab Emirates
        r"\+30 69\d \d{3} \d{4}",  # Greece
        r"\+48 \d{3} \d{3} \d{3}",  # Poland
    )
]


def check_records() -> None:
    """Each record names one person (a name may be given twice, in two scripts) and holds
    one to four other values."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: {len(others)} values besides the name in {marked[:60]!r}")


def check_mix() -> None:
    """The chat requests name people and carry secrets and record numbers; the records
    carry every kind of value; both sections hold the workplace texts the set is about."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    numbered = sum(any(s["type"] == "ID_NUMBER" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 20 or numbered < 25:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {numbered} with an id")
    for section, texts in (("chat", CHAT), ("records", RECORDS)):
        kinds = {s["type"] for t in texts for s in marked_spans(t)}
        if len(kinds) < 11:
            raise SystemExit(f"{section}: only {sorted(kinds)}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT + RECORDS).lower()
    for word in (
        "payroll",
        "employee",
        "patient",
        "policy",
        "tenant",
        "crm",
        "candidate",
        "csv",
        "apo",
    ):
        if word not in plain:
            raise SystemExit(f"no text with {word!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean patient": (CLEAN_PATIENT, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind77", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
