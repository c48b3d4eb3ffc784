# ruff: noqa: E501
"""Blind privacy set 102: education (admissions, student records, exam boards, recommendation
letters, student visas, tutors and parents), in the manner of a public privacy benchmark.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise: admissions and registrar e-mails,
  exam board appeals and candidate numbers, recommendation letters, student visa and
  study permit papers, tuition and refunds, tutors, host families, parents and guardians.
  The first 30 are typed all in lower case, the next 6 are in Spanish, French, German,
  Portuguese, Italian and Turkish, the other 84 are English with capitals. Names of many
  origins: first names alone, surnames after titles, full names, lower-case names, names
  with non-English letters, names that are ordinary words (hope, rose, Grace, Will, Wren)
  and a few in Chinese, Korean and Cyrillic script;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research synthetic sentences, Nannigalaxy-style records): one invented person
  each with one to four values besides the name, as prose sentences, labelled profile
  lines, form and CSV rows, JSON and XML fragments, log lines and letters.

Values: e-mails, phones with and without separators, street addresses in some thirty
countries, passwords, PINs, door, gate and locker codes, Wi-Fi keys and a passphrase,
student, candidate, alumni, account, customer, member, employee, patient and policy
numbers, logins, passports, a driver licence, national and tax ids, cards, IBANs, SSNs,
IPs and API tokens.

Usernames and logins, account, customer, member, student, candidate, employee, patient and
policy numbers, passports, licences and national and tax ids are ID_NUMBER; PINs, door,
gate, alarm and locker codes, Wi-Fi keys, passphrases and passwords PASSWORD; titles and
relation words (Mr, Mrs, Ms, Dr, Professor, Mme, my uncle, my son) stay outside PERSON
spans; an address span runs from the first street line through the postcode and city as
typed; public figures, fictional characters, schools, universities, companies, places,
order, ticket and invoice numbers, exam centre numbers and dates of birth are not
labelled; every occurrence of a private value is marked.

The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts
(writing, reasoning, coding, role-play, STEM; some name historical figures or fictional
characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items
with options A to D and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (Indian Aadhaar,
German tax id, Portuguese NIF, Italian codice fiscale, Turkish kimlik, Brazilian CPF,
Chinese resident id, Canadian SIN, NHS number, Polish PESEL, Japanese My Number, Dutch BSN,
Spanish DNI, Irish PPS number, Australian TFN, Israeli teudat zehut, South African id,
Swedish personnummer, Korean resident registration number, Singapore NRIC, French NIR).
Each written file is read back and checked (counts, unique ids, offsets, types).

Run ``.venv/bin/python bench/data/build_blind102.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    china_id_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import TYPES, build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent
NAME = "blind102"

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Mme|Mlle|Herr|Frau|Sr|Sra)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about education: the first 30 in lower case, the next 6 in other languages.
CHAT = [
    # all lower case
    "hi can you help me write an email to my daughter's tutor [[PERSON|marguerite okafor]] at [[EMAIL_ADDRESS|m.okafor.tutoring@fastmail.com]] saying we need to move thursday's maths session to friday at 5",
    "my ucas personal id is [[ID_NUMBER|139-482-7716]] and the portal keeps rejecting my password [[PASSWORD|lemontree!88]], can you write a short message to the helpdesk explaining that i'm [[PERSON|siddharth rao]] and i've been locked out",
    "please translate to formal english: soy la madre de [[PERSON|lucía herrera]], su número de estudiante es [[ID_NUMBER|s20419873]] y vivimos en [[STREET_ADDRESS|calle del olmo 14, 3º b, 28012 madrid]]",
    "write a thank you note to professor [[PERSON|adeyemi]] for the recommendation letter he sent to the scholarship board last week",
    "can you summarise this for me: student [[PERSON|nguyen thi mai]], dob 04/11/2006, exam board candidate number [[ID_NUMBER|48213]], centre 61207, resit requested for paper 2",
    "remind me how to word a visa support letter. my passport is [[ID_NUMBER|k4829173]] and my sevis id is [[ID_NUMBER|n0039481726]], name [[PERSON|chukwuemeka obi]]",
    "fix the grammar pls: dear [[PERSON|hope]], your son [[PERSON|tobias]] was absent three days this week, please call me on [[PHONE_NUMBER|07700900417]]",
    "plan a weekly revision timetable for my niece [[PERSON|rose]], she has chemistry, history and french a-levels and her tutor [[PERSON|bilal]] comes on tuesdays",
    "calculate how much i still owe: tuition invoice for [[PERSON|ingrid solberg]], student account [[ID_NUMBER|ac-77102934]], paid 3,200 of 9,250 pounds so far",
    "my son's school login is [[ID_NUMBER|kwame.asante27]] and the pin for the parent app is [[PASSWORD|4817]], can you explain how i'd reset it without calling the office",
    "write a short reference for my former student [[PERSON|zeynep yılmaz]] applying to a masters in istanbul, she can be reached at [[EMAIL_ADDRESS|zeynep.yilmaz@posteo.de]]",
    "please draft a reply to the bursar saying the deposit for [[PERSON|priya venkataraman]] was paid with card [[CREDIT_CARD|4539 7182 0364 5170]] on monday and we never got a receipt",
    "whats the best way to ask dr [[PERSON|haddad]] for an extension, my student number is [[ID_NUMBER|2231847]] and i had covid all last week",
    "summarise the notes: call with parent [[PERSON|olu bankole]] [[PHONE_NUMBER|+234 803 417 2290]] about [[PERSON|temi]]'s transcript, he wants it posted to [[STREET_ADDRESS|12 adeola odeku street, victoria island, lagos]]",
    "translate into japanese for my host family: my name is [[PERSON|emma lindqvist]], i arrive on 2 april and my phone is [[PHONE_NUMBER|+46 70 318 42 96]]",
    "i'm the tutor for [[PERSON|wei jie]], his mum's email is [[EMAIL_ADDRESS|tanmeiling88@gmail.com]], can you draft a progress update on his o-level physics",
    "what documents does [[PERSON|arjun mehta]] need for the student visa interview? his aadhaar is [[ID_NUMBER|5832 7416 0925]] and passport [[ID_NUMBER|t7284913]]",
    "write a polite email to the exam board disputing the grade of my daughter [[PERSON|amira el-sayed]], her uci is [[ID_NUMBER|38214p0716032]]",
    "my wifi at the student flat keeps dropping, the key is [[PASSWORD|greenkettle2024]] and the router is at [[IP_ADDRESS|192.0.2.41]], how do i tell the landlord [[PERSON|gareth]]",
    "help me write to my tutor [[PERSON|józef nowak]] that i can't make the session, my number is [[PHONE_NUMBER|+48 512 384 961]]",
    "can you turn this into a formal letter: i, [[PERSON|grace mwangi]] of [[STREET_ADDRESS|plot 44 ngong road, nairobi 00100]], request a copy of my degree certificate, student reg no [[ID_NUMBER|hd312-0418/2019]]",
    "what's 15% off a tuition of 14,800 dollars? asking for my son [[PERSON|mateo]], his financial aid id is [[ID_NUMBER|fa-2048817]]",
    "draft a message to the school secretary: the gate code [[PASSWORD|2580#]] doesn't work for after school club pick up, my name is [[PERSON|fatima zahra benali]]",
    "explain this email from the registrar to me simply, it's addressed to [[PERSON|liang hao]] at [[EMAIL_ADDRESS|haoliang.cs@student.ubc.ca]] and says my enrolment is on hold",
    "i need a short cover email for the recommendation i wrote for [[PERSON|santiago ruiz]]; he asked me to copy him at [[EMAIL_ADDRESS|sruiz.ing@outlook.cl]]",
    "i pasted my api key [[API_KEY|tt_live_9fk2mq7vx4bn1zr8ws3dq]] for the school timetable app into the class chat, what should i say to the it teacher mr [[PERSON|okoro]]",
    "rewrite this for the parents newsletter without changing the facts: [[PERSON|björn]] and [[PERSON|sunny]] won the regional chemistry olympiad",
    "ok so my login to the exam portal is [[ID_NUMBER|ahmadi.n]] and the password is [[PASSWORD|kabul-rain-1402]], why does it say suspended? i'm [[PERSON|nasrin ahmadi]]",
    "add to my to-do: send the transcript to [[PERSON|oksana petrenko]] at [[STREET_ADDRESS|vul. khreshchatyk 22, kv. 9, kyiv 01001]] and call her on [[PHONE_NUMBER|+380 67 412 8830]]",
    "hey what should i write in the guardian section, my uncle [[PERSON|rahim uddin]] lives at [[STREET_ADDRESS|flat 3, 27 brick lane, london e1 6pu]] and his mobile is [[PHONE_NUMBER|07700 900 812]]",
    # other languages
    "Hola, ¿puedes ayudarme a escribir una carta al consulado? Soy [[PERSON|Valentina Ríos Castaño]], estudiante de intercambio, pasaporte [[ID_NUMBER|PAB482917]], y mi correo es [[EMAIL_ADDRESS|vale.rios.c@correo.co]].",
    "Peux-tu résumer ce mail ? Mme [[PERSON|Aurélie Fontaine]], professeure principale de [[PERSON|Noah]], demande que je la rappelle au [[PHONE_NUMBER|06 39 98 21 47]] avant vendredi au sujet du conseil de classe.",
    "Bitte formuliere eine E-Mail an das Prüfungsamt: Ich bin [[PERSON|Lukas Brandtner]], Matrikelnummer [[ID_NUMBER|4021873]], und meine Steuer-ID [[ID_NUMBER|72840193656]] wurde im Stipendienantrag falsch eingetragen.",
    "Pode corrigir este texto? O meu filho [[PERSON|Tiago Fernandes]] mudou de escola, a nova morada é [[STREET_ADDRESS|Rua das Flores 118, 2º esq., 4050-265 Porto]] e o NIF dele é [[ID_NUMBER|284619370]].",
    "Scrivi una breve lettera di raccomandazione per la mia studentessa [[PERSON|Giulia Marini]], codice fiscale [[ID_NUMBER|MRNGLI02D47F839W]], che si candida a un master a Bologna.",
    "Bu e-postayı İngilizceye çevirir misin? Oğlum [[PERSON|Emre Kaya]] için burs başvurusu yapıyorum, T.C. kimlik numarası [[ID_NUMBER|28471930510]], telefonum [[PHONE_NUMBER|+90 532 418 27 64]].",
    # English with capitals
    "Can you draft an email to Professor [[PERSON|Okonkwo]] asking whether he received my recommendation request? My name is [[PERSON|Hannah Schiller]] and my student ID is [[ID_NUMBER|U2038417]].",
    "Please write a cover letter for my daughter [[PERSON|Aiyana Redcloud]]'s scholarship application. Our address is [[STREET_ADDRESS|1420 Juniper Ave, Bismarck, ND 58501]] and her phone is [[PHONE_NUMBER|(701) 555-0138]].",
    "Translate into Mandarin for my tutor: I'm [[PERSON|Oliver Grant]], my lessons with [[PERSON|王雨桐]] are on Wednesdays, and you can text me at [[PHONE_NUMBER|+44 7700 900261]].",
    "Summarise this admissions note: Applicant [[PERSON|Rashid Al-Mansouri]], passport [[ID_NUMBER|P71938264]], conditional offer pending IELTS 7.0, contact [[EMAIL_ADDRESS|rashid.almansouri@mailbox.ae]].",
    "Write a refund request to the accommodation office: the deposit should go back to my account [[IBAN_CODE|DE44 5001 0517 5407 3249 31]], account holder [[PERSON|Katrin Vogel]], student number [[ID_NUMBER|A-7730192]].",
    "How do I politely remind Dr. [[PERSON|Mensah]] that my reference letter is due Friday? I don't want to sound pushy.",
    "My student portal password is [[PASSWORD|Crimson&Gold1998]] and the username is [[ID_NUMBER|jpark24]]. Is it okay to share these with my academic advisor so she can fix my schedule?",
    "Plan a budget for [[PERSON|Ayesha Siddiqui]]'s first semester in Toronto: rent 1,150 CAD, tuition 18,400 CAD. Her SIN is [[ID_NUMBER|618 392 047]] if that matters for the bank.",
    "Please check this recommendation letter for typos. It's for [[PERSON|Jean-Baptiste Mukendi]], who worked in my lab from 2021 to 2023, and his email is [[EMAIL_ADDRESS|jb.mukendi@unikin-alumni.org]].",
    "Write a text to our tutor [[PERSON|Grace]] saying [[PERSON|Leo]] has a dentist appointment and we'll reschedule. Her number is [[PHONE_NUMBER|0491 570 163]].",
    "Can you calculate my GPA? Courses: Calculus A, Physics B+, Essay Writing A-. The transcript is under [[PERSON|Ananya Krishnan]], roll number [[ID_NUMBER|21BCE1047]].",
    "Help me fill in the guardian form. Guardian: [[PERSON|Olumide Adebayo]], address [[STREET_ADDRESS|88 Cathedral Road, Cardiff CF11 9LL]], phone [[PHONE_NUMBER|020 7946 0582]].",
    "Draft a message to the visa office explaining that my I-20 lists the wrong name. It says [[PERSON|Xu Mingyu]] but my passport [[ID_NUMBER|EH4728193]] says [[PERSON|Mingyu Xu]].",
    "Write a short invoice note for the [[PERSON|Delacroix]] family: 8 French lessons at 40 euros each, payable to [[IBAN_CODE|FR58 2004 1010 1728 4736 5019 247]].",
    "My son [[PERSON|Kofi]] forgot his locker code again. It's [[PASSWORD|3-19-27]]; can you suggest a way for a 12-year-old to remember it?",
    "Summarise: exam board appeal for candidate [[PERSON|Isabella Moretti]], UCI [[ID_NUMBER|61207A2100394]], paper 3 remark requested by her father [[PERSON|Paolo Moretti]] ([[EMAIL_ADDRESS|paolo.moretti@libero.it]]).",
    "Write a LinkedIn recommendation for [[PERSON|Svetlana Ivanova]], my teaching assistant for two years. Keep it under 100 words.",
    "Please fix this email: Hi [[PERSON|Marcus]], the login for the revision site is [[ID_NUMBER|mwright_y11]] and the password is [[PASSWORD|Revise!2025]], dont share it with anyone.",
    "Can you explain what an IP ban means? The university blocked [[IP_ADDRESS|198.51.100.73]], which is my dorm room, and my name [[PERSON|Tomás Ortega]] is on the notice.",
    "Reply to Mrs. [[PERSON|Chen]] ([[EMAIL_ADDRESS|lily.chen.home@yahoo.com]]) that [[PERSON|Ethan]]'s essay was excellent but late, and we can discuss it at parents' evening.",
    "What's the quickest way to write a transcript request? I'm [[PERSON|Abdirahman Warsame]], alumni ID [[ID_NUMBER|ALM-0049217]], and it needs to go to [[STREET_ADDRESS|Kungsgatan 12, 111 35 Stockholm]].",
    "My daughter's Korean tutor is [[PERSON|박지현]]. Can you write a thank-you card in Korean and English from [[PERSON|Sophie]] and me?",
    "Draft a note to the registrar: please update my phone to [[PHONE_NUMBER|(617) 555-0192]] and my mailing address to [[STREET_ADDRESS|75 Beacon St Apt 4, Boston, MA 02108]]. Thanks, [[PERSON|Daniel Okafor]]",
    "Help me answer a phishing check: someone emailed [[PERSON|Ruth]] asking for her staff login [[ID_NUMBER|rhughes]] and PIN [[PASSWORD|6604]]. What should she reply?",
    "Is this a reasonable schedule? [[PERSON|Diego]] has SAT prep Monday, piano Tuesday, and tutoring with Ms. [[PERSON|Abernathy]] on Thursday. Please make it a table.",
    "Convert 12,500 GBP to euros for my tuition estimate. Also, should I pay with my card [[CREDIT_CARD|5273 8401 9265 8308]] or by bank transfer?",
    "Write to the scholarship committee that [[PERSON|Fernanda Oliveira]] (CPF [[ID_NUMBER|739.184.526-46]]) accepts the award and will arrive in Lisbon on 12 September.",
    "The international office needs my Chinese ID for the insurance form: [[ID_NUMBER|310104200406172831]]. Can you write a short email to [[PERSON|Karen Whitlow]] sending it securely, from [[PERSON|Lin Yutong]]?",
    "I run a small tutoring centre. Draft an email reminding parents that our Wi-Fi password changed to [[PASSWORD|BrightMinds#42]] and that they can text me, [[PERSON|Harriet]], on [[PHONE_NUMBER|07700 900533]].",
    "Please summarise this for the head of year: [[PERSON|Jayden Brooks]] (student [[ID_NUMBER|204817]]) logged in from [[IP_ADDRESS|203.0.113.58]] during the exam and submitted at 10:42.",
    "Translate to Arabic: Dear [[PERSON|Youssef]], your admission letter was sent to [[STREET_ADDRESS|14 Rue Tariq Ibn Ziad, Apt 6, Casablanca 20250]]. Please confirm by email.",
    "Write an opening line for a recommendation letter for [[PERSON|Nomvula Dlamini]], who tutored maths at our school in Durban for three years.",
    "I'm applying for a UK student visa. My NHS number from my last stay is [[ID_NUMBER|729 148 3654]]; do I need to include it in the IHS form? I'm [[PERSON|Tanvir Hossain]].",
    "Can you calculate how much I owe [[PERSON|Amelie]] for tutoring this term? She billed 3 hours a week for 11 weeks at 30 euros, paid to [[IBAN_CODE|AT20 2011 1829 4730 5612]].",
    "Draft a reply to the dean, Prof. [[PERSON|Ekaterina Sokolova]], accepting the teaching assistant role. My employee number will be [[ID_NUMBER|E-558201]].",
    "Give me five interview questions for a tutoring job. The candidate is [[PERSON|Rhys Pritchard]] and his email is [[EMAIL_ADDRESS|rhys.pritchard.tutor@gmail.com]] in case you need it.",
    "Please rewrite this more professionally: yo [[PERSON|Dev]] send me the exam board login, user [[ID_NUMBER|examsoffice.dev]] pass [[PASSWORD|Board2025!]] thx",
    "My host mother [[PERSON|Sato Keiko]] needs to send my language school the homestay form. Her address is [[STREET_ADDRESS|3-14-7 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]] and mobile [[PHONE_NUMBER|090-4418-2736]].",
    "Work out the monthly payment if [[PERSON|Liam O'Sullivan]] borrows 24,000 euros for his master's at 4% over 6 years. His PPS number is [[ID_NUMBER|8264193J]] if the bank form needs it.",
    "Proofread this parent email: Dear Mr [[PERSON|Abiodun]], [[PERSON|Chidi]] has been selected for the maths olympiad. Please return the form to me at [[EMAIL_ADDRESS|k.fairweather@stmarksacademy.org.uk]].",
    "Help me write a complaint: the exam board sent [[PERSON|Mohammed Iqbal]]'s certificate to our old address, [[STREET_ADDRESS|41 Manningham Lane, Bradford BD8 7JX]], instead of the new one.",
    "Draft an email to our accountant. I pay my kids' tutor [[PERSON|Beatriz]] from card [[CREDIT_CARD|4917 6203 8451 9277]] each month; can that count as a deductible education expense?",
    "Can you turn these notes into a reference? Student: [[PERSON|Kaito Nakamura]]. My Number [[ID_NUMBER|3826 4017 5923]]. Strong in physics, captain of the robotics club.",
    "Summarise the key points for the visa interview: sponsor [[PERSON|Haruto Tanaka]], bank statement from account [[ID_NUMBER|2093-114872]], sponsor phone [[PHONE_NUMBER|080-3391-5526]].",
    "Write a polite follow-up to the admissions officer at Trinity. My application was under [[PERSON|Saoirse Ní Bhriain]] and I haven't heard back since March.",
    "What should I tell the bank? My daughter [[PERSON|Maja]] studies in Kraków and her PESEL is [[ID_NUMBER|03221704827]]; they want proof of enrolment before opening a student account.",
    "I keep forgetting my library PIN, it's [[PASSWORD|0915]]. Can you suggest a memory trick? The card holder is [[PERSON|Wren Talbot]].",
    "Help me write a WhatsApp message to [[PERSON|Ibrahim]], my son's Arabic tutor, saying I'll pay him by transfer from [[IBAN_CODE|TR51 0001 2009 4100 0019 2837 46]] tonight.",
    "Can you make a checklist for [[PERSON|Anh Tran]] moving into halls? Room key code [[PASSWORD|7731]], warden [[PERSON|Douglas]] on [[PHONE_NUMBER|07700 900688]].",
    "Please draft a short email to IT: my university API token [[API_KEY|ghp_R7vT2kLm9QxW4bNz8cYd1PfH6sJa3uEo5GiK]] was committed to a public repo by my project partner [[PERSON|Callum]].",
    "Write a letter of support for my student [[PERSON|Fatou Ndiaye]], who is applying for a Chevening scholarship. She lives at [[STREET_ADDRESS|Villa 217, Cité Keur Gorgui, Dakar]].",
    "Translate to Russian: Hello [[PERSON|Анна Ковалёва]], my name is [[PERSON|Peter]] and I will be your English tutor. My email is [[EMAIL_ADDRESS|peter.hollis.tutor@proton.me]].",
    "Calculate the total: Mr. [[PERSON|Castellanos]] charges 35 dollars an hour, 2 hours twice a week for 9 weeks. I'll send it to his PayPal, [[EMAIL_ADDRESS|r.castellanos.tutor@icloud.com]].",
    "Is it safe to email my SSN to the financial aid office? It's [[US_SSN|529-41-7386]] and my name is [[PERSON|Brianna Holt]].",
    "Draft an out-of-office reply for exam season. Urgent queries go to my deputy [[PERSON|Priyanka Shah]] at [[PHONE_NUMBER|+44 20 7946 0729]].",
    "My son [[PERSON|Ahmet]]'s school in Berlin needs our address on the exchange form: [[STREET_ADDRESS|Sonnenallee 142, 12059 Berlin]]. How do I write it for his host school in the UK?",
    "Check my maths: the exam fee is 48 pounds per paper, [[PERSON|Layla]] sits 9 papers, minus a 10% bursary. Her candidate number is [[ID_NUMBER|4417]].",
    "Write a recommendation for [[PERSON|Chen Jiahui]] ([[PERSON|陈佳慧]]), my research assistant, for the PhD programme at ETH. Her email is [[EMAIL_ADDRESS|jiahui.chen@stu.fudan-mail.cn]].",
    "Help me tell the landlord my student visa was approved. Name: [[PERSON|Kwabena Owusu]], BRP number [[ID_NUMBER|ZR4819273]], new address [[STREET_ADDRESS|Room 14, Mary Seacole House, 5 Hillside Road, Leeds LS7 2AB]].",
    "Can you summarise this safeguarding note? [[PERSON|Tyler]] told his tutor [[PERSON|Jess Morgan]] that he has not been home since Friday; the mum's number on file is [[PHONE_NUMBER|07700 900147]].",
    "Please plan a 6-week IELTS study plan for [[PERSON|Mehdi Rahimi]]. He can practise speaking with me over Zoom, and my email is [[EMAIL_ADDRESS|sahar.k.teaches@outlook.com]].",
    "Rewrite this so it sounds less angry: Professor [[PERSON|Lindgren]], I have sent my thesis draft three times to [[EMAIL_ADDRESS|lindgren.h@kth-mail.se]] and got no answer.",
    "How do I ask the school to stop emailing my ex-husband [[PERSON|Craig Bennett]] about our daughter? Her student number is [[ID_NUMBER|ST-0881423]].",
    "Write a short bio for the tutors page: [[PERSON|Esperanza Villanueva]], 12 years teaching Spanish, reachable at [[PHONE_NUMBER|+34 612 48 93 07]].",
    "I got this from the university finance team, can you explain it? Refund of 640.00 to card ending 3015 for [[PERSON|Niamh Gallagher]], account [[ID_NUMBER|FIN-2207714]].",
    "Draft an email from me, [[PERSON|Obiageli Nwosu]], to the Canadian high commission. My study permit application uses passport [[ID_NUMBER|A09283741]] and UCI [[ID_NUMBER|1120-4478]].",
    "Make a revision timetable for my twins [[PERSON|Asha]] and [[PERSON|Ravi]]. Their tutor [[PERSON|Sunil Menon]] can only do Saturdays.",
    "Is this IBAN valid for paying my daughter's school fees in Spain? [[IBAN_CODE|ES15 2100 3821 9620 1765 4328]] It's in my name, [[PERSON|Carmen Aguilar]].",
    "Please translate to Hindi: The parent-teacher meeting for [[PERSON|Aarav Gupta]] is on Monday. Contact his class teacher [[PERSON|Meenakshi Iyer]] on [[PHONE_NUMBER|+91 98450 27316]].",
    "Write a formal letter to the exam board from [[PERSON|Hamza Qureshi]], [[STREET_ADDRESS|22 Alder Grove, Slough SL1 3PQ]], requesting access arrangements for his dyslexia.",
    "Calculate the weighted average: coursework 40% at 72, exam 60% at 65. It's for [[PERSON|Freya]]'s report, student login [[ID_NUMBER|freya.h.2031]].",
    "My tutor [[PERSON|Dmitri]] asked me to send him the passcode for our shared folder, [[PASSWORD|violet-orbit-91]]. Can you suggest a safer way to share it?",
    "Help me respond to a student who emailed from [[EMAIL_ADDRESS|kiri.tepania@xtra-mail.co.nz]]: [[PERSON|Kiri]] wants an extension on her history essay.",
    "Draft a reminder for [[PERSON|Jonas Weber]] to renew his student residence permit; his address is [[STREET_ADDRESS|Mozartstraße 9, 80336 München]] and his phone [[PHONE_NUMBER|030 23125 482]].",
    "Summarise: incident at the exam centre. Invigilator [[PERSON|Patricia Oyelaran]] (employee [[ID_NUMBER|EMP-30417]]) reported that candidate [[PERSON|Leon]] had a phone.",
    "What's a good subject line for emailing Dr. [[PERSON|Ramanathan]] about a PhD position? I'm [[PERSON|Clara Beaumont]], contact [[EMAIL_ADDRESS|clara.beaumont@etu.univ-lyon-mail.fr]].",
    "Write a welcome message for our new international student [[PERSON|Juan Pablo Cárdenas]]; his buddy is [[PERSON|Will]] and the dorm door code is [[PASSWORD|4490*]].",
    "My daughter's school insurance policy number is [[ID_NUMBER|POL-7718-2043]]; can you write to the insurer that [[PERSON|Elif]] broke her wrist on the school trip?",
    "A recruiter wants my university credentials. Should I send my SSO login [[ID_NUMBER|nk2291]] and password [[PASSWORD|Tundra%Moss7]]? I'm [[PERSON|Nikolai Kuznetsov]].",
    "Please format this as a table: [[PERSON|Aditi]], [[PHONE_NUMBER|+91 99012 64538]]; [[PERSON|Rohan]], [[PHONE_NUMBER|+91 97311 08842]]; these are the tutors for the summer maths camp.",
    "Can you list the steps for a Dutch student finance application? My BSN is [[ID_NUMBER|183746521]] and I live at [[STREET_ADDRESS|Oudegracht 231, 3511 NK Utrecht]].",
    "My laptop at [[IP_ADDRESS|2001:db8:4a1::17]] was flagged by the campus network. Write an appeal to IT from [[PERSON|Hwang Min-jun]], student [[ID_NUMBER|2022318845]].",
    "Write a note to [[PERSON|Sipho]]'s tutor explaining that we are moving to [[STREET_ADDRESS|17 Acacia Avenue, Rondebosch, Cape Town 7700]] and lessons will be online from June.",
    "Write a brief email to the examinations officer, Ms. [[PERSON|Pennington]], confirming that [[PERSON|Yusuf]]'s late entry fee was paid with [[CREDIT_CARD|6011 7823 4509 6181]].",
]

# 100 records in the style of synthetic PII benchmark datasets: one invented person each.
RECORDS = [
    "[[PERSON|Marisol Quintero]] lives at [[STREET_ADDRESS|2218 Pecan Hollow Dr, Austin, TX 78745]] and can be reached at [[PHONE_NUMBER|(512) 555-0164]].",
    "Name: [[PERSON|Tobias Lindqvist]] | Email: [[EMAIL_ADDRESS|t.lindqvist@telia-post.se]] | Student ID: [[ID_NUMBER|LU-4471920]]",
    '{"name": "[[PERSON|Adaeze Okoli]]", "email": "[[EMAIL_ADDRESS|adaeze.okoli@mailnest.ng]]", "phone": "[[PHONE_NUMBER|+234 809 552 1740]]"}',
    '2025-03-14T09:12:44Z login ok user=[[ID_NUMBER|hkowalczyk]] ip=[[IP_ADDRESS|192.0.2.118]] name="[[PERSON|Hanna Kowalczyk]]"',
    "Dear Mr. [[PERSON|Oyekunle]], your refund will be paid to [[IBAN_CODE|GB49 MIDL 4005 1563 8291 74]] within five working days.",
    "[[PERSON|Sven Aalto]]'s credit card number is [[CREDIT_CARD|5351 8042 6793 0153]].",
    "Please send the parcel to [[PERSON|Keiko Mori]], [[STREET_ADDRESS|2-8-15 Nishiki, Naka-ku, Nagoya 460-0003]].",
    "Customer [[PERSON|Rafael Duarte]] (customer no. [[ID_NUMBER|C-00918273]]) updated his phone to [[PHONE_NUMBER|+55 21 98734 1265]].",
    "Patient: [[PERSON|Margaret Ellison]]; NHS no: [[ID_NUMBER|483 920 1765]]; next of kin phone: [[PHONE_NUMBER|07700 900352]]",
    "My name is [[PERSON|Ifeoma]] and my email is [[EMAIL_ADDRESS|ifeoma.uche@webmail.ng]].",
    "Employee [[PERSON|Gustavo Pereira]], employee number [[ID_NUMBER|44817]], was issued the badge PIN [[PASSWORD|2719]].",
    "[[PERSON|Aisha Bello]] was born on 3 May 1994 and her passport number is [[ID_NUMBER|B04718293]].",
    "address_line=[[STREET_ADDRESS|Via Garibaldi 27, 10122 Torino]]; holder=[[PERSON|Chiara Bianchi]]; iban=[[IBAN_CODE|IT73K0306909606100000184726]]",
    "Contact [[PERSON|Hemi Walker]] at [[PHONE_NUMBER|+64 21 448 3091]] or [[EMAIL_ADDRESS|hemi.walker@clearnet-mail.nz]] about the hall booking.",
    "[[PERSON|Nikos Papadakis]] moved to [[STREET_ADDRESS|Ermou 45, 105 63 Athens]] last spring.",
    "Policy holder: [[PERSON|Beatrix Hollander]] / Policy no. [[ID_NUMBER|HX-5520-9913]] / Vehicle registration withheld",
    "Hi, I'm [[PERSON|Kwame Boateng]], my SSN is [[US_SSN|413-62-8804]] and I need my W-2 resent.",
    "The API key for [[PERSON|Lucy Harrington]]'s account is [[API_KEY|AKIA7QH2MZ4XR9TPL3WN]].",
    '{"student": "[[PERSON|Sofía Navarro]]", "dni": "[[ID_NUMBER|39174826F]]", "tel": "[[PHONE_NUMBER|+34 655 20 71 38]]"}',
    "User [[PERSON|Ahmed Farouk]] connected from [[IP_ADDRESS|198.51.100.204]] at 02:14 and changed his password to [[PASSWORD|Nile$unset77]].",
    "[[PERSON|Brigid Kavanagh]], [[STREET_ADDRESS|9 Seapoint Terrace, Blackrock, Co. Dublin A94 X2F7]], tel. [[PHONE_NUMBER|+353 87 214 6630]]",
    "Member [[PERSON|Theo Vasquez]] (member ID [[ID_NUMBER|MBR-20394817]]) paid with card [[CREDIT_CARD|4026 5891 7340 2656]].",
    "Send the certificate to [[PERSON|Li Na]] at [[EMAIL_ADDRESS|lina.zhao2001@163-mail.cn]].",
    "[[PERSON|Pierre-Louis Garnier]] habite au [[STREET_ADDRESS|18 rue des Tanneurs, 67000 Strasbourg]].",
    "Full name: [[PERSON|Oluwaseun Adeleke]]\nDate of birth: 12/09/1999\nMobile: [[PHONE_NUMBER|+234 812 003 4478]]",
    "[[PERSON|Yasmin Khoury]] asked that her IBAN [[IBAN_CODE|BE68 0635 4882 7195]] be used for the scholarship payment.",
    "2024-11-02 17:45:03 WARN failed login for [[ID_NUMBER|j.mbeki]] (display name [[PERSON|Jabu Mbeki]]) from [[IP_ADDRESS|203.0.113.9]]",
    "Reference for [[PERSON|Farhan Chowdhury]]: he rented from us at [[STREET_ADDRESS|Flat 2B, 61 Wilmslow Road, Manchester M14 5TQ]] for two years and always paid on time.",
    "[[PERSON|Ingrid Haugen]]'s wifi password is [[PASSWORD|fjordlys-2290]].",
    "Account holder [[PERSON|Mateus Costa]], IBAN [[IBAN_CODE|PT40 0035 0027 0008 3625 1947 5]]",
    "[[PERSON|Amara Nwachukwu]] can be reached on [[PHONE_NUMBER|07700900908]] after 6pm.",
    "Shipping label: [[PERSON|Jorge Medina]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]], tel [[PHONE_NUMBER|+52 55 4127 9083]]",
    '<contact name="[[PERSON|Hiroshi Yamamoto]]" email="[[EMAIL_ADDRESS|h.yamamoto@kansai-net.jp]]" />',
    "[[PERSON|Tamar Levi]] gave her teudat zehut number, [[ID_NUMBER|318472057]], to the registrar.",
    "To whom it may concern, I confirm that [[PERSON|Owen Pryce]], of [[STREET_ADDRESS|3 Chapel Row, Aberystwyth SY23 2AX]], has been my tenant since 2019.",
    "Card on file for [[PERSON|Nadia Rahman]]: [[CREDIT_CARD|4763 2910 5582 7418]], expiry 09/28.",
    "[[PERSON|Kenji]] uses the API token [[API_KEY|xoxb-5521908834-7719203846-kQ2vN8rT4mX1pL6zY9cB3dWf]] for the club bot.",
    "CSV row: [[PERSON|Ewa Zielińska]],[[EMAIL_ADDRESS|ewa.zielinska@onet-mail.pl]],[[PHONE_NUMBER|+48 601 229 384]],[[IBAN_CODE|PL93109010140000071298365420]]",
    "[[PERSON|Rohan Deshpande]]'s Aadhaar number is [[ID_NUMBER|7392 0481 6539]].",
    "The tenant, [[PERSON|Lucia Romano]], gave the alarm code [[PASSWORD|8842]] to the cleaner.",
    "Ms. [[PERSON|Agnieszka Wróbel]] registered with email [[EMAIL_ADDRESS|a.wrobel@interia-mail.pl]] and phone [[PHONE_NUMBER|+48 698 117 450]].",
    "[[PERSON|Dmitri Volkov]] lives at [[STREET_ADDRESS|ul. Lesnaya 18, kv. 42, Moscow 127055]].",
    "Driver licence [[ID_NUMBER|WARDL807116JM9XK]] belongs to [[PERSON|Jamie Ward]].",
    '{"user_id": "[[ID_NUMBER|u_883019]]", "full_name": "[[PERSON|Bilal Hussain]]", "last_ip": "[[IP_ADDRESS|192.0.2.77]]"}',
    "[[PERSON|Catalina Herrera]] pays her tuition from account [[IBAN_CODE|NL92 RABO 0317 8529 46]].",
    "Please call [[PERSON|Gopal Subramaniam]] on [[PHONE_NUMBER|+91 94440 38172]] about the scholarship.",
    "[[PERSON|Sinéad Murphy]]'s PPS number is [[ID_NUMBER|5190372W]].",
    "Record 0412: [[PERSON|Abebe Girma]], [[STREET_ADDRESS|Bole Road, House 1187, Addis Ababa]], [[PHONE_NUMBER|+251 911 408 327]]",
    "[[PERSON|Hye-jin Park]] signed up with the username [[ID_NUMBER|hyejin_p]] and the password [[PASSWORD|Maple!Leaf903]].",
    "Dear [[PERSON|Rosalind]], your new PIN is [[PASSWORD|5083]]. Do not share it with anyone.",
    "Our records show [[PERSON|Emeka Eze]] at [[STREET_ADDRESS|15 Awolowo Road, Ikoyi, Lagos 106104]] with email [[EMAIL_ADDRESS|emeka.eze@gtmail.ng]].",
    "[[PERSON|Alessandro Conti]]'s codice fiscale is [[ID_NUMBER|CNTLSN98A12H501U]].",
    "Name: [[PERSON|Zhang Wei]]; ID: [[ID_NUMBER|440106199508234710]]; Phone: [[PHONE_NUMBER|+86 139 1047 2285]]",
    "[[PERSON|Olivia Brennan]] sent her résumé from [[EMAIL_ADDRESS|livbrennan@eircom-mail.ie]] and listed her phone as [[PHONE_NUMBER|+353 86 401 7729]].",
    "Error 403 for the session of [[PERSON|Marek Dvořák]]: token [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtZHZvcmFrIn0.4kPq9TzW1xRmYb7Lc2VnJs8HdQf3Ea6U]] expired",
    "[[PERSON|Chloé Martin]] est joignable au [[PHONE_NUMBER|06 39 98 54 12]] et son numéro de sécurité sociale est [[ID_NUMBER|2 04 07 75 118 293 69]].",
    "Applicant [[PERSON|Kagiso Molefe]], [[STREET_ADDRESS|42 Jan Smuts Avenue, Parktown, Johannesburg 2193]], ID number [[ID_NUMBER|9907145283088]]",
    "[[PERSON|Benedikt Huber]] wohnt in der [[STREET_ADDRESS|Mariahilfer Straße 88, 1070 Wien]] und hat die Telefonnummer [[PHONE_NUMBER|+43 664 218 4093]].",
    "Subscriber: [[PERSON|Annika Berg]]; card [[CREDIT_CARD|3746 291830 55270]]; renewal monthly",
    "[[PERSON|Tunde Bakare]] forgot the door code ([[PASSWORD|1357]]) to the staff room again.",
    "Student [[PERSON|Leila Haddadi]] (student no. [[ID_NUMBER|2019-44817]]) lives at [[STREET_ADDRESS|Rue de la Loi 155, 1040 Etterbeek]].",
    "[[PERSON|Vikram Nair]], employee ID [[ID_NUMBER|INF-778102]], email [[EMAIL_ADDRESS|vikram.nair@corpmail-in.com]], phone [[PHONE_NUMBER|+91 80 4127 3390]]",
    "Sincerely,\n[[PERSON|Evelyn Marsh]]\n[[STREET_ADDRESS|58 Orchard Lane, Stow-on-the-Wold, Cheltenham GL54 1AA]]\n[[PHONE_NUMBER|07700 900275]]",
    "[[PERSON|Tan Wei Ling]]'s NRIC is [[ID_NUMBER|T0382716F]].",
    "Patient [[PERSON|Ruth Adler]], patient number [[ID_NUMBER|PT-0092817]], prefers contact at [[EMAIL_ADDRESS|ruth.adler@gmx-mail.de]].",
    "2025-01-20 08:03:11 INFO password reset requested by [[PERSON|Carlos Mendes]] <[[EMAIL_ADDRESS|cmendes@sapo-mail.pt]]> from [[IP_ADDRESS|198.51.100.12]]",
    "[[PERSON|Astrid]] keeps her bike lock code, [[PASSWORD|0427]], in her phone notes.",
    "Beneficiary: [[PERSON|Declan Byrne]]\nIBAN: [[IBAN_CODE|IE26 BOFI 9000 1748 3029 15]]",
    "[[PERSON|Nasra Abdi]] lives at [[STREET_ADDRESS|Moi Avenue 210, Mombasa 80100]] and her mobile is [[PHONE_NUMBER|+254 722 418 093]].",
    "Username: [[ID_NUMBER|quinn.ashby]]\nName: [[PERSON|Quinn Ashby]]\nRecovery email: [[EMAIL_ADDRESS|qashby.recovery@fastmail.com]]",
    "[[PERSON|Phạm Thu Hà]] lives at [[STREET_ADDRESS|56 Hàng Bông, Hoàn Kiếm, Hà Nội]].",
    "[[PERSON|Oskar Nilsson]]'s personnummer is [[ID_NUMBER|030522-4180]].",
    "Order 88213 shipped to [[PERSON|Harper Lindley]], [[STREET_ADDRESS|402 Maple Street, Halifax, NS B3H 1V4]].",
    "The locker PIN for [[PERSON|Rashida Mensah]] is [[PASSWORD|6619]] and her locker is number 212.",
    '{"name": "[[PERSON|Eitan Shapiro]]", "ssn": "[[US_SSN|284-71-9035]]"}',
    "[[PERSON|Giorgos]] wrote from [[EMAIL_ADDRESS|giorgos.kat@otenet-mail.gr]] asking to change his address to [[STREET_ADDRESS|Tsimiski 112, 546 22 Thessaloniki]].",
    "Hi [[PERSON|Laurent]], the staging key is [[API_KEY|sk_live_51HqT8cLx9Vb2Nm4Rz7Kw0Pd3Ys6Fj1Ga5Ue8Ho]], please rotate it after the demo.",
    "[[PERSON|Moana Fifita]], [[PHONE_NUMBER|+64 27 309 8841]], [[STREET_ADDRESS|14 Kohimarama Road, Auckland 1071]]",
    "Tax file number of [[PERSON|Jack Sorensen]]: [[ID_NUMBER|471 829 304]].",
    "My name is [[PERSON|Esra Demir]] and I live at [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, Kadıköy, 34728 İstanbul]].",
    "[[PERSON|Arnav Bose]] paid by card [[CREDIT_CARD|5529 0841 3726 5042]] and gave the phone number [[PHONE_NUMBER|+91 98300 71624]].",
    "Dear [[PERSON|Hélène]], your login is [[ID_NUMBER|hdubois7]] and your temporary password is [[PASSWORD|Lavande#2041]].",
    "[[PERSON|Kalani Akana]] lives at [[STREET_ADDRESS|1188 Kapiolani Blvd, Honolulu, HI 96814]].",
    "Borrower [[PERSON|Samuel Tetteh]] (account [[ID_NUMBER|GH-ACC-0039182]]) phone [[PHONE_NUMBER|+233 24 418 7730]]",
    "[[PERSON|Linnea Sjöberg]]'s employee number is [[ID_NUMBER|SE-40917]] and her desk phone is [[PHONE_NUMBER|+46 8 527 304 19]].",
    "Visitor log: [[PERSON|Omar Shaikh]], badge [[ID_NUMBER|V-20931]], guest wifi key issued [[PASSWORD|guest-larch-55]]",
    "[[PERSON|Cecilia Ortiz]] updated her mailing address to [[STREET_ADDRESS|Calle 93 #14-20, Apto 501, Bogotá]] and her phone to [[PHONE_NUMBER|+57 310 482 7716]].",
    "[[PERSON|Haruka Ito]]'s My Number card shows [[ID_NUMBER|6173 9204 8518]].",
    "Contact: [[PERSON|Bongani Zulu]] <[[EMAIL_ADDRESS|bongani.zulu@mweb-mail.co.za]]>",
    "[[PERSON|Freddie Lowe]] connected to the VPN from [[IP_ADDRESS|2001:db8:7c::204]] using the shared secret [[PASSWORD|otterbank-17]].",
    "Insured: [[PERSON|Rosa Pellegrini]]; Policy: [[ID_NUMBER|AUTO-88102-IT]]; Phone: [[PHONE_NUMBER|+39 347 281 5590]]",
    "[[PERSON|Anders Holm]] forgot his Steuer-ID [[ID_NUMBER|59382710465]] and asked the office to mail it to [[STREET_ADDRESS|Gartenweg 4, 24103 Kiel]].",
    "[[PERSON|Priscila Souza]] lives at [[STREET_ADDRESS|Rua Augusta 1508, apto 72, São Paulo - SP, 01304-001]] and her WhatsApp is [[PHONE_NUMBER|+55 11 97412 3308]].",
    "Applicant name: [[PERSON|Kateryna Melnyk]]. Passport: [[ID_NUMBER|FK738201]]. Email: [[EMAIL_ADDRESS|k.melnyk@ukr-post.net]].",
    "[[PERSON|Seo-yeon Lim]]'s resident registration number is [[ID_NUMBER|040813-4183724]].",
    "Welcome aboard, [[PERSON|Malik]]! Your staff email is [[EMAIL_ADDRESS|malik.j@brightfield-schools.org]] and your first login PIN is [[PASSWORD|7702]].",
    "[[PERSON|Greta Sandoval]], [[STREET_ADDRESS|8 Kloveniersburgwal, 1012 CX Amsterdam]], BSN [[ID_NUMBER|319620475]]",
    "SIN for [[PERSON|Étienne Gagnon]]: [[ID_NUMBER|729 405 183]]",
    "[[PERSON|Tanisha Grant]] (tel. [[PHONE_NUMBER|(404) 555-0117]]) will pick up the transcript on Friday.",
    "[[PERSON|Ahmad Karimi]] reports that the SSH key passphrase [[PASSWORD|saffron tea at dawn]] was typed into a shared terminal at [[IP_ADDRESS|203.0.113.201]].",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that public libraries matter more today than they did fifty years ago.",
    "Imagine you are Sherlock Holmes explaining to Dr. Watson how you deduced that a visitor had just come in by train. Stay in character.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Compose a short poem about autumn in the style of Emily Dickinson.",
    "Explain the difference between mitosis and meiosis to a high school student.",
    "A train leaves at 3 pm at 60 miles per hour and another leaves the same station at 4 pm at 80 miles per hour. When does the second catch up?",
    "Role-play as a medieval blacksmith describing your daily work to a curious traveller.",
    "What were the main causes of the French Revolution, and how did Napoleon Bonaparte rise to power afterwards?",
    "Write a SQL query that finds the three departments with the highest average salary.",
    "Describe how Marie Curie's work on radioactivity changed medicine.",
    "Draft a product description for a reusable water bottle aimed at hikers.",
    "Explain why the sky is blue in terms a ten-year-old would understand.",
    "Pretend you are Captain Ahab and write a diary entry about the day you first saw the white whale.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill in wartime.",
    "Write a JavaScript snippet that debounces a search input by 300 milliseconds.",
    "What are the pros and cons of remote work for small software teams?",
    "Suggest a three-day itinerary for a first visit to Kyoto, focusing on temples and food.",
    "Solve for x: 3x + 7 = 2x - 5, and show each step.",
    "Explain how a binary search tree differs from a heap, with an example of when to use each.",
    "Write the opening of a short story in which Elizabeth Bennet receives an unexpected letter.",
    "How does compound interest work, and why does starting to save early matter so much?",
    "Act as a tour guide and describe the Great Wall of China to a group of visitors.",
    "Summarise the plot of Hamlet in five sentences.",
    "Write a Rust function that reads a file line by line and counts the words.",
    "What ethical questions does Mary Shelley's Frankenstein raise about scientific ambition?",
]

CLEAN_GSM8K = [
    "Maya buys 4 notebooks at 3 dollars each and 2 pens at 1.50 dollars each. How much does she spend in total?",
    "Jamal reads 25 pages a day. How many days will it take him to finish a 400-page book?",
    "Rosa's bakery sells 120 muffins on Monday and twice as many on Tuesday. How many muffins does she sell on the two days together?",
    "Liam has 3 times as many marbles as Ava. Together they have 84 marbles. How many marbles does Ava have?",
    "Priya earns 18 dollars an hour and works 32 hours a week. How much does she earn in 4 weeks?",
    "A school bus holds 48 students. If 275 students go on a trip with their teacher Jonah, how many buses are needed?",
    "Sofia plants 6 rows of tomatoes with 14 plants in each row. Rabbits eat 9 plants. How many plants are left?",
    "Oscar saves 15 dollars every week. After how many weeks will he have enough for a 210-dollar bike?",
    "Hana's garden is 12 metres long and 7 metres wide. Fencing costs 8 dollars per metre. How much will it cost to fence the whole garden?",
    "A pizza is cut into 12 slices. Ethan eats a quarter of it and Zoe eats a third. How many slices are left?",
    "Tomás runs 5 kilometres on each weekday and 8 kilometres on Saturday and Sunday. How far does he run in a week?",
    "Aisha had 60 stickers. She gave 15 to her brother and then bought twice as many as she gave away. How many stickers does she have now?",
    "A shirt costs 40 dollars and is on sale for 25% off. Noah also pays 8% sales tax on the sale price. How much does he pay?",
    "Lena fills a 500-litre tank at 20 litres per minute. How many minutes does it take to fill it from half full?",
    "Carlos has 3 boxes with 24 crayons each. He shares them equally among 8 friends. How many crayons does each friend get?",
    "Mei walks her dog for 35 minutes each morning and 25 minutes each evening. How many hours does she walk the dog in a 30-day month?",
    "Isaac has 45 chickens and 3 times as many ducks. He sells 20 ducks. How many birds does he have now?",
    "Grace's phone plan costs 30 dollars a month plus 2 dollars per gigabyte over 10 GB. She used 16 GB. What is her bill?",
    "Omar bakes 3 trays of 16 cookies and packs them in bags of 6. How many full bags does he get, and how many cookies are left over?",
    "Ella's class has 28 students, and 4 of every 7 are girls. How many boys are in the class?",
    "Ravi buys a 1.2-kilogram bag of rice and uses 150 grams a day. How many full days will it last?",
    "Nina earns 240 dollars selling bracelets at 12 dollars each. How many bracelets did she sell?",
    "A cinema has 18 rows of 22 seats. On Friday, Felix counts 97 empty seats. How many people were watching?",
    "Chloe is 4 years older than her brother Max. In 6 years the sum of their ages will be 40. How old is Max now?",
    "Yusuf drives 180 kilometres on 12 litres of petrol. How many litres will he need for a 450-kilometre trip?",
]

CLEAN_MMLU = [
    "Which scientist proposed the three laws of planetary motion? A. Galileo Galilei B. Johannes Kepler C. Tycho Brahe D. Nicolaus Copernicus",
    "Which organelle is known as the powerhouse of the cell? A. Nucleus B. Ribosome C. Mitochondrion D. Golgi apparatus",
    "In which year did the Berlin Wall fall? A. 1987 B. 1989 C. 1991 D. 1993",
    "Which of the following is a noble gas? A. Nitrogen B. Argon C. Chlorine D. Sodium",
    "Who wrote One Hundred Years of Solitude? A. Jorge Luis Borges B. Gabriel García Márquez C. Mario Vargas Llosa D. Isabel Allende",
    "The derivative of sin(x) is: A. cos(x) B. -cos(x) C. tan(x) D. -sin(x)",
    "Which river flows through Budapest? A. Rhine B. Vistula C. Danube D. Elbe",
    "Which economist wrote The Wealth of Nations? A. John Maynard Keynes B. Karl Marx C. Adam Smith D. David Ricardo",
    "What is the SI unit of electrical resistance? A. Volt B. Ohm C. Ampere D. Watt",
    "Which treaty ended the First World War between the Allies and Germany? A. Treaty of Paris B. Treaty of Versailles C. Treaty of Utrecht D. Treaty of Ghent",
    "A sample of 100 people has a standard deviation of 10 cm in height. What is the standard error of the mean? A. 0.1 B. 1 C. 10 D. 100",
    "Who developed the injected polio vaccine first licensed in 1955? A. Albert Sabin B. Jonas Salk C. Louis Pasteur D. Edward Jenner",
    "Which city is the capital of Australia? A. Sydney B. Melbourne C. Canberra D. Perth",
    "In Kantian ethics, the categorical imperative requires acting only on maxims that: A. maximise happiness B. could become universal laws C. follow divine command D. benefit oneself",
    "Which enzyme begins the digestion of starch in the mouth? A. Pepsin B. Lipase C. Salivary amylase D. Trypsin",
    "Who painted the ceiling of the Sistine Chapel? A. Raphael B. Leonardo da Vinci C. Michelangelo D. Donatello",
    "What is the worst-case time complexity of merge sort? A. O(n) B. O(n log n) C. O(n^2) D. O(log n)",
    "Which empire was ruled by Mansa Musa? A. Songhai B. Mali C. Ghana D. Kanem-Bornu",
    "Which law states that the pressure of a gas is inversely proportional to its volume at constant temperature? A. Charles's law B. Boyle's law C. Avogadro's law D. Gay-Lussac's law",
    "In which year was Magna Carta sealed? A. 1066 B. 1215 C. 1415 D. 1688",
    "Which organ produces insulin? A. Liver B. Kidney C. Pancreas D. Spleen",
    "Which philosopher wrote Leviathan? A. John Locke B. Thomas Hobbes C. Jean-Jacques Rousseau D. David Hume",
    "Which planet has the shortest day? A. Earth B. Mars C. Jupiter D. Venus",
    "In contract law, an offer can generally be revoked: A. at any time before acceptance B. only in writing C. never D. only after acceptance",
    "Which mountain range is usually taken as the boundary between Europe and Asia in Russia? A. Caucasus B. Urals C. Altai D. Carpathians",
]

CLEAN_HEALTH = [
    "What are the early signs of type 2 diabetes, and when should I see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a fever?",
    "How long does a common cold usually last in adults?",
    "My child has a rash after starting amoxicillin. Could that be an allergy?",
    "What is a normal resting heart rate for someone in their forties?",
    "Can stress cause chest pain, or should I always assume it's my heart?",
    "How much water should I drink a day if I exercise for an hour?",
    "What's the difference between a migraine and a tension headache?",
    "I've had a cough for three weeks without a fever. Should I ask for a chest X-ray?",
    "Are there foods I should avoid while taking warfarin?",
    "How can I tell whether a sprained ankle is actually broken?",
    "What does it mean if my blood pressure reads 145 over 92?",
    "Is it normal to feel dizzy when I stand up quickly?",
    "Which vaccines do adults over 65 usually need?",
    "How do I know if my toddler is dehydrated from diarrhoea?",
    "Can lack of sleep affect blood sugar levels?",
    "What should I do if I think I've been exposed to chickenpox while pregnant?",
    "Why does my knee click when I climb stairs, and is it a concern?",
    "How long does arm soreness usually last after a tetanus shot?",
    "Is intermittent fasting safe for someone with low blood pressure?",
    "What side effects are common when starting an SSRI for anxiety?",
    "How often should I get my eyes tested if I wear glasses?",
    "Can seasonal allergies cause a low-grade fever?",
    "What is the best way to treat a minor burn from a hot pan at home?",
    "When is back pain a sign of something serious, like a kidney problem?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "5832 7416 0925": aadhaar_ok,  # Indian Aadhaar
    "7392 0481 6539": aadhaar_ok,
    "72840193656": steuer_id_ok,  # German tax id
    "59382710465": steuer_id_ok,
    "284619370": nif_ok,  # Portuguese NIF
    "MRNGLI02D47F839W": codice_fiscale_ok,  # Italian codice fiscale
    "CNTLSN98A12H501U": codice_fiscale_ok,
    "28471930510": kimlik_ok,  # Turkish kimlik
    "739.184.526-46": cpf_ok,  # Brazilian CPF
    "310104200406172831": china_id_ok,  # Chinese resident identity number
    "440106199508234710": china_id_ok,
    "618 392 047": luhn_len(9),  # Canadian SIN
    "729 405 183": luhn_len(9),
    "729 148 3654": nhs_ok,  # NHS number
    "483 920 1765": nhs_ok,
    "03221704827": pesel_ok,  # Polish PESEL
    "3826 4017 5923": my_number_ok,  # Japanese My Number
    "6173 9204 8518": my_number_ok,
    "183746521": bsn_ok,  # Dutch BSN
    "319620475": bsn_ok,
    "39174826F": dni_ok,  # Spanish DNI
    "8264193J": pps_ok,  # Irish PPS number
    "5190372W": pps_ok,
    "471 829 304": tfn_ok,  # Australian tax file number
    "318472057": luhn_len(9),  # Israeli teudat zehut
    "9907145283088": luhn_len(13),  # South African id
    "030522-4180": luhn_len(10),  # Swedish personnummer
    "040813-4183724": rrn_ok,  # Korean resident registration number
    "T0382716F": nric_ok,  # Singapore NRIC
    "2 04 07 75 118 293 69": nir_ok,  # French NIR
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"\+(20|31|34|39|43|46|48|52|55|57|64|86|90|91|233|234|251|254|353|380) [\d -]+\d",
    )
]


def check_mix() -> None:
    """Every record is about one named person; most chat requests name someone and a good
    number carry a secret; the lower-case and other-language chat texts hold a value each."""
    for marked in RECORDS:
        names = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(names) != 1:
            raise SystemExit(f"records: {len(names)} people in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 110 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"types never used: {sorted(TYPES - kinds)}")


def check_written() -> None:
    """Read the two files back: counts, unique ids, offsets, types, cards and IBANs."""
    ids: set[str] = set()
    for kind, want in (("pii", len(CHAT) + len(RECORDS)), ("clean", 100)):
        path = HERE / f"chat_{kind}_{NAME}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        if len(rows) != want:
            raise SystemExit(f"{path.name}: {len(rows)} rows, want {want}")
        for i, row in enumerate(rows, 1):
            if row["id"] != f"{NAME}-{kind}-{i:04d}" or row["id"] in ids:
                raise SystemExit(f"bad or repeated id {row['id']}")
            ids.add(row["id"])
            if row["source"] != f"invented-{'chat' if kind == 'pii' else 'clean'}-{NAME}":
                raise SystemExit(f"bad source in {row['id']}")
            if bool(row["spans"]) != (kind == "pii") or row["has_any_pii"] != (kind == "pii"):
                raise SystemExit(f"bad labels in {row['id']}")
            for span in row["spans"]:
                value = span["value"]
                if row["text"][span["start"] : span["end"]] != value or span["type"] not in TYPES:
                    raise SystemExit(f"bad span {span!r} in {row['id']}")
                if span["type"] == "CREDIT_CARD" and not luhn_ok(value):
                    raise SystemExit(f"bad card in {row['id']}")
                if span["type"] == "IBAN_CODE" and not iban_ok(value):
                    raise SystemExit(f"bad IBAN in {row['id']}")


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
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    if not all(strip_marks(t)[0] == t for t in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU):
        raise SystemExit("clean: a mark in a clean text")
    build_sections(
        NAME, HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    check_written()


if __name__ == "__main__":
    main()
