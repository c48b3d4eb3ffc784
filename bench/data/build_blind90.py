# ruff: noqa: E501
"""A ninetieth blind privacy set: 220 texts with personal data and 100 clean ones, written
with students, teachers and parents in mind (school and university admin, classmates,
tutors, exam boards, student loans, accommodation and part-time jobs).

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py`` (the inline
marks, ``build_sections``, ``check_counts``, ``check_national_ids`` and the checksum
checks), lines 1 to 12 and the labelling paragraph of ``README.md``, and the docstring and
non-text code (constants, check functions, ``main``) of ``build_blind36.py``; never the
detector, its docs, tests or rules, nor any other set's texts. Every text is typed by hand
with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated
combinations):

* 120 chat requests (3 to 100 words) to a general AI assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise about the writer's own life, work,
  family, health, money, travel, school, home or IT accounts. The first 30 are typed all
  in lower case, the next 6 are in Spanish, French, German, Portuguese, Italian and
  Turkish, the other 84 are English with capitals. Names of many origins: first names
  alone, surnames after titles, lower-case names, names with non-English letters, names
  in Hangul, Greek, Cyrillic and Han script, and names that are ordinary words (Hope,
  Brook, Wren, Precious, Blessing); passwords, passphrases, PINs, door, gate, alarm and wifi
  codes (some without the word "password"); phones with and without separators; e-mails,
  usernames, student, candidate, payroll, customer, member, patient and tenant numbers;
  national ids, cards, IBANs, an SSN, IPv4 and IPv6 addresses, API keys and street
  addresses of many countries (one military DPO address).
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one
  invented person each with one to four values besides the name: contact lines, form
  rows, JSON fragments, log lines, notes, letters, profiles, bank, HR, payroll,
  insurance and clinical lines, one military APO address, names in Arabic, Persian,
  Greek, Cyrillic, Hangul and Han script.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (writing,
  reasoning, coding, role-play, STEM; some name public, historical or fictional people),
  25 GSM8K-style word problems with fictional first names, 25 MMLU-style items with
  options A to D (some naming historical figures) and 25 patient-style health questions
  naming no one.

Usernames and logins, student, candidate, payroll, employee, staff, customer, member,
patient, tenant, policy and library numbers, passports, licences and national and tax
ids are ID_NUMBER; PINs, door, gate, locker and alarm codes, wifi keys and passphrases
are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Professor, Pte., Herrn, my
sister) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, pets,
brands, places, order, ticket and centre numbers and dates of birth are not labelled;
every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0,
0113 496 0, 0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98)
and in each country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from the documentation ranges; national ids with valid check
digits (Indian Aadhaar, Polish PESEL, Spanish DNI and NIE, Brazilian CPF, Italian codice
fiscale, Canadian SIN, Swedish personnummer, NHS number, Dutch BSN, Chinese resident id,
Norwegian fødselsnummer, Romanian CNP, Irish PPS number, Turkish kimlik, German tax id,
New Zealand NHI, Australian Medicare and TFN, Greek AMKA, Korean resident registration
number, Japanese My Number, Chilean RUT, French NIR, Singapore NRIC, Czech rodné číslo,
Ukrainian RNOKPP, Icelandic kennitala, Estonian isikukood, Israeli teudat zehut, South
African id, Belgian national number, Portuguese NIF).

Run ``.venv/bin/python bench/data/build_blind90.py`` from the repository root; the output is
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
MAX_WORDS = 120
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Pte|Sgt|Auntie|Uncle|Nana|Nurse|Sr|Sra|Herr|Herrn|Frau|Madame|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all lower case, 6 in other languages, 84 English with capitals.
CHAT = [
    # all lower case
    "hey can you help me write a message to my flatmate [[PERSON|kasia]] about the rent? she still owes £140 for march. her number is [[PHONE_NUMBER|07700 900318]] if you want to put it in the draft",
    "my student loan login isn't working. username is [[ID_NUMBER|tobi.adeyemi97]] and i tried [[PASSWORD|sunflower!lagos21]] three times, now it says locked. what do i do",
    "write a short thank you note to mrs [[PERSON|okonkwo]], my son's year 4 teacher, for helping him with his reading this term",
    "can you reword this email to dr [[PERSON|farrugia]] asking for a 5 day extension on my dissertation? my student number is [[ID_NUMBER|20418837]] and my uni email is [[EMAIL_ADDRESS|m.ferreira-lopes@students.kelvingrove.ac.uk]]",
    "remind me how to split the electricity bill between me, [[PERSON|jonah]], [[PERSON|aisling]] and [[PERSON|wren]]. total is 212.40 for the quarter and [[PERSON|wren]] was away for 3 weeks",
    "door code for the new halls is [[PASSWORD|4417#]] and the wifi is [[PASSWORD|bluegate-study-9]], can you put that into a tidy welcome note for my little brother [[PERSON|deniz]] who moves in on sunday",
    "my daughter [[PERSON|amara]]'s passport number is [[ID_NUMBER|533918402]] and the school trip form wants it with the expiry date. how should i write that line, name then number then expiry?",
    "i'm a year 9 form tutor. draft a calm email to [[PERSON|ryszard nowicki]]'s dad about him missing 6 homework deadlines. dad's email is [[EMAIL_ADDRESS|p.nowicki.home@inbox-mail.co.uk]]",
    "pls summarise my part time job contract for me: café at [[STREET_ADDRESS|14 marlowe road, leeds ls6 2qr]], thursdays and saturdays, employee no [[ID_NUMBER|cf-20871]], £11.44 an hour, one week notice",
    "my bank card got swallowed by the atm outside the library. card was [[CREDIT_CARD|4539 2071 8460 3374]], what should i say when i ring the bank",
    "help me write a text to [[PERSON|nkechi]] saying i can't tutor her twins this thursday, her number is [[PHONE_NUMBER|07700900847]]",
    "my student loan customer reference number is [[ID_NUMBER|48201739566]]. is it safe to give that to a letting agent who asks for it?",
    "can you make a revision timetable for me and my study buddy [[PERSON|yaw]]? exams start 2 june: chemistry, maths, history",
    "my ucas personal id is [[ID_NUMBER|142-618-3307]] and my application still has my old address. new one is [[STREET_ADDRESS|flat 3, 27 cranmore avenue, bristol bs7 9ht]]. draft the email to ucas please",
    "write a birthday message for my grandma [[PERSON|ruth]] who turns 90 on saturday, something short she can read without her glasses",
    "my landlord [[PERSON|gerald pinchbeck]] is keeping my £950 deposit for 'wear and tear'. his email is [[EMAIL_ADDRESS|gpinchbeck.lettings@mailbox.co.uk]]. what's a firm but polite reply",
    "what does it mean when the school portal says account locked for parent login [[ID_NUMBER|parent_lindqvist_02]]? i reset it to [[PASSWORD|kanelbulle.1987]] yesterday",
    "im an international student, my brp number is [[ID_NUMBER|zr4817362]] and the uni needs it for enrolment. how do i send it safely",
    "my sister [[PERSON|chidinma]] wants to apply for the bursary. household income is about 21k and mum is a single parent. is she eligible at a typical uk uni and what documents will she need",
    "send this to the group chat: 'revision session at mine, [[STREET_ADDRESS|9 holloway terrace, cardiff cf24 4ls]], 6pm, bring snacks. call [[PERSON|ffion]] if lost [[PHONE_NUMBER|07700 900605]]' but make it sound less bossy",
    "my ip at halls is [[IP_ADDRESS|203.0.113.58]] and the uni it desk says it's blocked from the vle. how do i ask them to whitelist it",
    "quick maths check: i tutor [[PERSON|ilinca]] 3 times a week at £22 an hour and [[PERSON|bastian]] twice at £25, whats my total over 4 weeks",
    "my aadhaar is [[ID_NUMBER|5830 1927 4667]] and the scholarship portal keeps rejecting it. is the format wrong?",
    "the piano teacher [[PERSON|halina]] wants paying by bank transfer to [[IBAN_CODE|pl46 1050 2849 0000 1736 2940 5817 34]]. can you write a short message confirming i sent 240 zł",
    "i forgot the pin for my student id card, it was either [[PASSWORD|2291]] or [[PASSWORD|2219]]. how do i reset it at reception",
    "can you check my cover letter for a weekend job at the garden centre. i'm [[PERSON|eli brackenridge]], 17, phone [[PHONE_NUMBER|0161 496 0372]], email [[EMAIL_ADDRESS|eli.brack@postbox.net]]",
    "plan a three day trip to edinburgh for me and my roommate [[PERSON|sunniva]] on a student budget, under 200 quid total",
    "my kid's school wants me to log into the parent app, login is [[EMAIL_ADDRESS|haddad.family@webpost.com]] and the temp pass [[PASSWORD|zq7-lemon-44]]. it says expired. what now",
    "reply to my tutor [[PERSON|tomás]] saying yes to the 4pm slot on wednesday and ask if we can cover integration by parts",
    "my pesel is [[ID_NUMBER|04221907357]], the erasmus office asks for it on the form, which box does it go in? the form is in polish and english",
    # other languages
    "¿Puedes ayudarme a escribir un correo a la profesora [[PERSON|Begoña Arrieta]] para pedirle la revisión del examen de física? Mi número de alumno es [[ID_NUMBER|A-77302]] y mi DNI [[ID_NUMBER|47193826B]].",
    "Peux-tu traduire en anglais ce message pour ma famille d'accueil : « Bonjour, je suis [[PERSON|Maëlle Guérin]], j'arrive le 2 septembre. Mon portable : [[PHONE_NUMBER|06 39 98 41 27]]. » Merci !",
    "Schreib bitte eine kurze E-Mail an Herrn [[PERSON|Brettschneider]] vom Studierendenwerk: Die Kaution für mein Zimmer in der [[STREET_ADDRESS|Gutenbergstraße 41, 70176 Stuttgart]] ist seit acht Wochen nicht zurückgezahlt. Meine IBAN: [[IBAN_CODE|DE81 5001 0517 0648 3927 15]]",
    "Pode resumir para mim o e-mail da escola do meu filho [[PERSON|Caio]]? Eles pedem o CPF [[ID_NUMBER|418.263.957-09]] e o telefone [[PHONE_NUMBER|+55 11 98734-2160]] para a rematrícula.",
    "Mi aiuti a scrivere una mail alla segreteria dell'università? Sono [[PERSON|Ludovica Serafini]], matricola [[ID_NUMBER|0001094512]], e il mio codice fiscale [[ID_NUMBER|SRFLDV02C61H501L]] risulta sbagliato nel portale studenti.",
    "Kızım [[PERSON|Elif]] için okul servisinin şoförü [[PERSON|Murat]] Bey'e kısa bir mesaj yazar mısın? Yarın okula gitmeyecek. Numarası [[PHONE_NUMBER|+90 532 417 28 63]].",
    # English with capitals
    "Draft an email to Professor [[PERSON|Ngaire Thompson-Rāwiri]] asking whether I can resubmit Assignment 2. I'm in her Tuesday seminar; my student ID is [[ID_NUMBER|S2290475]].",
    "Fix the spelling: 'Hi Mr [[PERSON|Haworth]], [[PERSON|Tunde]] was absent monday becuase of a dentist apointment, sorry for late notice. [[PERSON|Bisi Oyelaran]]'",
    "My daughter's school lunch account is [[ID_NUMBER|LUN-448203]] and I want to top it up by £25 a week. Write the reference note I should give my bank.",
    "I'm a supply teacher. Write a handover note for Ms [[PERSON|Achterberg]] covering Year 7 science, and mention that the lab door code is [[PASSWORD|1904*]] and the spare key is in the prep room.",
    "Please calculate how long it'll take to pay off £48,600 of student loan at £96 a month with 7.1% interest. My account with the loan company is [[ID_NUMBER|11872034591]] if that matters.",
    "Translate into Korean for my host mother [[PERSON|김서연]]: I land at Incheon at 6pm on Friday, and my phone there will be [[PHONE_NUMBER|010-4829-1735]].",
    "My SSN is [[US_SSN|412-73-9058]] and the financial aid office asked me to email it to them. Is that normal for FAFSA verification or is it a scam?",
    "Write a reference for my former student [[PERSON|Precious Mahlangu]], who is applying to nursing school. She was in my Grade 11 biology class in 2021 and top of the year. Sign it from me, [[PERSON|Hendrik van Wyk]], head of science.",
    "My son [[PERSON|Rory]] lost his laptop at uni. His Microsoft account is [[EMAIL_ADDRESS|rory.mcinally04@outlook-mail.com]] and he thinks someone logged in from [[IP_ADDRESS|198.51.100.213]]. What steps should he take?",
    "Summarise this for me: tenancy for [[STREET_ADDRESS|Room 4, 62 Albion Street, Glasgow G1 1LH]], tenants [[PERSON|Magnus Sørheim]] and [[PERSON|Tariq Mahmood]], rent £1,150 pcm split equally, deposit £1,300, break clause after six months.",
    "Hi, can you draft a polite reminder to my tutee's mum, Mrs [[PERSON|Castellanos]], that last month's 4 sessions (£140) are still unpaid? Her email: [[EMAIL_ADDRESS|lu.castellanos@correo-familia.es]]",
    "My API key [[API_KEY|sk-proj-7Hq2LmX9vTc4RbN8wZp1KdYf3Gs6Ja0E]] got pasted into our group project repo on GitHub. How do I rotate it and scrub the history?",
    "I'm running my dissertation survey. Write a consent form header with my details: [[PERSON|Hamza Qureshi]], MSc Public Health, [[EMAIL_ADDRESS|h.qureshi.22@pgr.northfield.ac.uk]], supervisor Dr [[PERSON|Ingrid Solberg]].",
    "Advice please: my 15 year old [[PERSON|Mila]] wants a Saturday job at a bakery. The manager asked for her National Insurance number, which she says is [[ID_NUMBER|JT 48 29 17 C]]. Does a 15 year old even have one yet?",
    "Write a WhatsApp message to the other parents with the swim club pick-up rota: Monday me ([[PHONE_NUMBER|07700 900174]]), Tuesday [[PERSON|Gráinne]] ([[PHONE_NUMBER|07700 900926]]), Wednesday [[PERSON|Obinna]] ([[PHONE_NUMBER|07700 900433]]).",
    "Help me fill this in: Name [[PERSON|Wiremu Tane Parata]], NHI [[ID_NUMBER|ZKT4821]], school Hillcrest Kura, allergy peanuts. It's the camp medical form, what else should I add?",
    "Can you reply to the accommodation office? They say my room at [[STREET_ADDRESS|Block C, Room 214, Riverside Village, 3 Dock Lane, Southampton SO14 3JL]] was damaged, but I have photos from move-in day. Be firm.",
    "What's a good passphrase? My uni account currently uses [[PASSWORD|Penguin2019]] and IT says it's weak.",
    "My brother [[PERSON|Arjun]] needs his Canadian SIN [[ID_NUMBER|527 491 831]] for his co-op placement in Waterloo. Write him a checklist of what else HR will ask for; they can call him on [[PHONE_NUMBER|5195550164]].",
    "Please write an out-of-office for me: I'm on the Year 10 field trip until Friday, urgent matters to my deputy [[PERSON|Lowri Bevan]] on [[PHONE_NUMBER|020 7946 0518]].",
    "Calculate my take-home pay from my part-time job: 16 hours a week at £12.21, tax code 1257L, payroll number [[ID_NUMBER|PR-300417]]. Am I paying too much tax?",
    "Write a short note to my host, [[PERSON|Pilar Ortega Ruiz]], telling her I'll pay the October rent of 450 euros into [[IBAN_CODE|ES28 2038 5871 9430 1284 7316]] by Monday.",
    "I'm the school caretaker. Write locking-up instructions for the new cleaner: side gate padlock [[PASSWORD|0826]], alarm panel [[PASSWORD|55091]], then text me on [[PHONE_NUMBER|07700 900281]] when done.",
    "Tell me whether this is phishing: 'Dear [[PERSON|Yetunde]], your student finance payment is on hold. Confirm your bank card [[CREDIT_CARD|5176 0429 3381 4526]] at the link below.'",
    "My mum [[PERSON|Marguerite]] is 78 and keeps forgetting her email password. It's [[PASSWORD|Bergerac#1946]] and the address is [[EMAIL_ADDRESS|marguerite.delorme@free-net.fr]]. What's the safest way to keep it for her?",
    "Can you translate 'Happy name day, I miss you' into Greek for my grandmother [[PERSON|Σοφία Παπαδοπούλου]]? I'll text it to [[PHONE_NUMBER|+30 694 318 2750]].",
    "Exam board query: candidate [[PERSON|Ferdinand Osei-Bonsu]], candidate number [[ID_NUMBER|4173]], centre 58210, wants a review of marking for Paper 2 chemistry. Draft the request letter.",
    "Can you make a packing list for my daughter [[PERSON|Hope]]'s first term at university? She's in catered halls.",
    "Write an invoice email to Mr and Mrs [[PERSON|Lindgren]] for 6 maths lessons with [[PERSON|Saga]] at £38, paid to sort code 40-47-15, account [[ID_NUMBER|28364917]].",
    "IT question: my work laptop at school has the IP [[IP_ADDRESS|192.0.2.147]] and the staffroom printer won't accept jobs from it. What should I check?",
    "Draft a letter to the council: my son [[PERSON|Idris Balogun]], born 12/03/2014, needs school transport from [[STREET_ADDRESS|31 Peel Crescent, Bolton BL2 6TQ]] because of his EHCP.",
    "Write a text to my classmate [[PERSON|Luca Ferrante]] asking for the lecture notes from Tuesday, his number is [[PHONE_NUMBER|+39 347 218 6604]].",
    "How do I reset 2FA on my student email? Account [[EMAIL_ADDRESS|23k.oyelowo@stud.merrowbridge.ac.uk]], backup codes lost, recovery phone was [[PHONE_NUMBER|07700 900752]].",
    "Please tidy up these minutes: 'PTA meeting, present: [[PERSON|Jo Whitlock]] (chair), [[PERSON|Sanjay Mistry]], [[PERSON|Beatriz Nunes]], [[PERSON|Karolina]]. Treasurer reported £2,340 in the account. Next meeting on the 14th.'",
    "My door code at the student flat is [[PASSWORD|3B7702]] and I keep forgetting it. Give me a memory trick.",
    "What does this mean? My landlady wrote: «[[PERSON|Дарья]], оплата за ноябрь получена, спасибо. [[PERSON|Галина Петровна]]»",
    "Advise me: the sixth form wants a £150 deposit for the Berlin trip for [[PERSON|Callum Reid]] and I'd pay by card [[CREDIT_CARD|4921 8730 5516 2497]] over the phone. Is that safe?",
    "Write a LinkedIn recommendation for my intern [[PERSON|Yuki Tanabe]], a second-year engineering student who rebuilt our inventory spreadsheet.",
    "My Swedish personnummer is [[ID_NUMBER|040716-5380]] and the exchange university wants it in the 12-digit form. How do I write it?",
    "Reply to this parent: 'Hi, this is [[PERSON|Anouk]]'s mum. Can you tell me her login for the maths homework site? I think it's [[ID_NUMBER|anouk.v.7c]].' I want to say I'll reset it instead.",
    "Can you turn this into a polite email to the accommodation team? 'Boiler broken 5 days. [[STREET_ADDRESS|Room 3, Castle Mews, 8 Friar Gate, Derby DE1 1BX]]. Tenant [[PERSON|Oluwaseun Adekunle]], tenant ID [[ID_NUMBER|TEN-66291]].'",
    "My daughter [[PERSON|Blessing]] worked a summer job in Munich and got a letter with her Steuer-ID, [[ID_NUMBER|57914308268]]. Does she need it again for a student job there next year?",
    "Help me reply to the scholarship committee. I'm [[PERSON|Ana Lucía Paredes]], applicant [[ID_NUMBER|SCH-2024-0917]], and they want proof of my address: [[STREET_ADDRESS|Calle Los Álamos 248, Miraflores, Lima 15074]].",
    "Short: text [[PERSON|Kenji]] that practice moved to 5pm.",
    "Write a complaint to the bank: £299 went from my student account [[IBAN_CODE|GB85 MIDL 4047 1528 3649 17]] to a site I never used. My name is [[PERSON|Farah Siddiqui]].",
    "Give me a better passphrase for the family Netflix; it's currently [[PASSWORD|Tiger Mango Rooftop 7]] and the kids keep sharing it.",
    "Can you draft a message to the school nurse about my son [[PERSON|Ezekiel]]'s inhaler? His NHS number is [[ID_NUMBER|483 719 2068]] and his GP is Dr [[PERSON|Lamptey]].",
    "Calculate this: DUO gives me 412 euros a month and my rent in Utrecht is 535. My BSN is [[ID_NUMBER|273194501]] if the side job needs it. How many hours at 13 euros must I work?",
    "My son is deployed. Help me address a care package to [[PERSON|Marcus Delacroix-Webb]], [[STREET_ADDRESS|Unit 8420 Box 317, DPO AE 09647]]. What can't I send?",
    "I'm a lecturer. Write feedback for [[PERSON|Zofia Wróblewska]]'s essay on climate migration: strong argument, weak referencing, 62%.",
    "Please check my email to Professor [[PERSON|Ahn]]: 'Dear Professor [[PERSON|Ahn]], could we move my viva to the 19th? Best, [[PERSON|Nikhil]]'",
    "I think my student account was hacked. The login history shows [[IP_ADDRESS|2001:db8:4a1f:9c02::17]] at 3am. Username [[ID_NUMBER|jmurw441]]. What do I tell the IT desk?",
    "My daughter [[PERSON|林雨桐]]'s resident ID number is [[ID_NUMBER|320106200108172643]] and the university in Leeds wants it for her visa letter. Where does it go on the form?",
    "Help me write a cheeky but kind card for my tutor [[PERSON|Gwendolyn]], who got me through A-level Further Maths.",
    "Fix the formatting of this drama club contact sheet: [[PERSON|Isla Fenwick]] [[PHONE_NUMBER|07700900119]] / [[PERSON|Reuben Oduya]] [[PHONE_NUMBER|07700900386]] / [[PERSON|Cosmo Hartley]] [[PHONE_NUMBER|07700900593]]",
    "I'm moving in with my boyfriend [[PERSON|Dominik]]. Draft an email to our new letting agent with both our emails: mine [[EMAIL_ADDRESS|lenka.horakova@seznam-post.cz]], his [[EMAIL_ADDRESS|dom.kral88@posta-mail.cz]].",
    "Our exchange student's home address is [[STREET_ADDRESS|4418 Larkspur Drive, Boise, ID 83709]]. Write a thank-you card from our family to his parents, [[PERSON|Dale]] and [[PERSON|Kristin Halvorsen]].",
    "The sports centre wants my membership number to book the pool. It's [[ID_NUMBER|MEM 0048 2219]]. Write a booking email for Saturday 10am, two lanes, for the school swim squad.",
    "Write an apology text to [[PERSON|Thandiwe]] for missing her graduation, I was stuck on a train. Her number is [[PHONE_NUMBER|+27 82 491 6037]].",
    "What's the fairest way to split a £1,260 deposit with [[PERSON|Tobias]], [[PERSON|Chen Jiahui]] and [[PERSON|Aoife]] if [[PERSON|Aoife]]'s room is twice the size?",
    "Please summarise what my GP said: patient [[PERSON|Rosalind Achebe]], patient number [[ID_NUMBER|PT-0073819]], iron deficiency, ferrous sulphate twice daily for 3 months, recheck bloods in June.",
    "Draft a reply to my student loan provider: I'm [[PERSON|Connor Doherty]], customer reference [[ID_NUMBER|30958176422]], my income dropped below the threshold so repayments should stop.",
    "My Irish PPS number is [[ID_NUMBER|8427361J]] and I just started a part-time job in a Dublin bar. Explain emergency tax to me like I'm 19.",
    "How do I politely tell my dorm neighbour [[PERSON|Brook]] that her music is too loud at 2am? We share a wall.",
    "Help! I typed my card [[CREDIT_CARD|2307 4186 9025 5179]] into a textbook resale site that now looks fake. What do I do first?",
    "Could you write to my daughter's headteacher, Mrs [[PERSON|Ferreira-Blackwood]], requesting term-time absence for a family funeral in Lagos from 3 to 7 March?",
    "Make an ESOL worksheet on filling in forms for adult beginners, and put my email at the bottom for feedback: [[EMAIL_ADDRESS|teacher.kasprzak@learnhub.org]].",
    "My Brazilian cousin [[PERSON|Rafaela]] is staying with us; her phone is [[PHONE_NUMBER|+55 21 99614-3082]]. Write her a welcome note in easy English with our wifi: [[PASSWORD|casa-amarela-2290]].",
    "Make a study plan for my GCSE son [[PERSON|Jayden]]. His revision app login is [[ID_NUMBER|jayden_k_2009]] with password [[PASSWORD|Footy4life!]]; is that strong enough?",
    "Write a brief bio for my teaching portfolio: [[PERSON|Oksana Melnyk]], primary teacher for 9 years in Kyiv and Manchester, contact [[EMAIL_ADDRESS|oksana.melnyk.teach@mailport.com]].",
    "My Aussie flatmate [[PERSON|Lachlan]] left his Medicare card here, number [[ID_NUMBER|2947 51831 1]]. Does he need it for a GP visit in the UK? His mobile is [[PHONE_NUMBER|0491 570 238]] if I should text him.",
    "Could you turn this into a proper CV header: [[PERSON|Ikaika Kahananui]], [[STREET_ADDRESS|1572 Kapiolani Blvd Apt 1408, Honolulu, HI 96814]], [[PHONE_NUMBER|(808) 555-0143]].",
    "Which is safer for my kids' iPad, a 4-digit code like [[PASSWORD|0711]] or a 6-digit one like [[PASSWORD|390527]]? Those are the ones they picked.",
    "Write a note to Mr [[PERSON|Kamau]] in the finance office saying [[PERSON|Wanjiru Otieno]] in 10C paid £45 in cash for the museum trip.",
    "Help me word a message to my ex, [[PERSON|Stelian]], about swapping the kids' school holidays. His email is [[EMAIL_ADDRESS|stelian.popa@rapidpost.ro]].",
    "Romanian form question: what is a CNP, and is [[ID_NUMBER|6020417403811]] a valid one for my daughter [[PERSON|Ioana]]?",
    "Write an email to the exam board: my candidate number [[ID_NUMBER|0932]] is right but my A-level certificate spells my name wrong; it should read [[PERSON|Siân Llewellyn-Price]].",
    "My Norwegian friend [[PERSON|Eirik]] needs help with a UK bank form. His fødselsnummer is [[ID_NUMBER|15049641254]]; is that like a National Insurance number, and which field does it go in?",
    "Quick: is [[EMAIL_ADDRESS|amani.wekesa@ku-students.ac.ke]] a normal format for a Kenyan university email? My phone is [[PHONE_NUMBER|+254 712 468 903]] if the form needs it too.",
    "Draft an email to the landlord asking for the deposit back to [[IBAN_CODE|NL82 RABO 0318 4729 56]]; tenants [[PERSON|Sem Verhoeven]] and [[PERSON|Noor El Amrani]].",
    "Write a short speech for our leavers' assembly thanking the caretaker [[PERSON|Desmond]] and our dinner lady Mrs [[PERSON|Okoro]].",
    "Set up a GitHub Action for my coursework repo; the deploy token I have is [[API_KEY|ghp_4nVbT8qLr2XeW7yZc1Hm0PdKs9Fu3GjA6oNi]]. How do I store it as a secret?",
    "My Turkish kimlik number is [[ID_NUMBER|38620471528]] and the Erasmus grant form only has a box for a passport. Should I put it there?",
    "Please write a note for my child's teacher, Mr [[PERSON|Abernathy]]: [[PERSON|Poppy]] can be collected today by her aunt [[PERSON|Cerys]], phone [[PHONE_NUMBER|0113 496 0271]].",
]

# 100 records in the style of synthetic PII benchmark datasets: one person, 1-4 values more.
RECORDS = [
    "Student: [[PERSON|Aaliyah Brooks-Mensah]] | ID: [[ID_NUMBER|UG-2291704]] | Email: [[EMAIL_ADDRESS|a.brooksmensah@learn.harwick.ac.uk]]",
    '{"name": "[[PERSON|Rohan Venkataraman]]", "phone": "[[PHONE_NUMBER|+91 98450 31726]]", "course": "BSc Physics", "year": 2}',
    "2024-03-11T08:42:17Z login ok user=[[ID_NUMBER|mlacroix02]] src=[[IP_ADDRESS|198.51.100.77]] display_name=[[PERSON|Mathilde Lacroix]]",
    "Dear Mr [[PERSON|Quansah]], your tuition fee payment of £4,625 has been received. Student number: [[ID_NUMBER|K2319846]]. Regards, Finance Office",
    "Payroll | Emp #[[ID_NUMBER|E-40917]] | [[PERSON|Marisol Echeverría]] | Teaching Assistant | IBAN [[IBAN_CODE|ES09 0182 4917 3502 0174 8263]]",
    "Emergency contact for [[PERSON|Tallulah Greaves]], Year 3: mobile [[PHONE_NUMBER|07700 900263]], home [[PHONE_NUMBER|0113 496 0884]].",
    "Όνομα: [[PERSON|Κωνσταντίνος Αλεξίου]]; ΑΜΚΑ: [[ID_NUMBER|14089803416]]; Τηλ.: [[PHONE_NUMBER|+30 697 204 8813]]",
    "Applicant [[PERSON|Femi Ogunleye]] lives at [[STREET_ADDRESS|Flat 12, Beacon House, 40 Moor Lane, Manchester M16 8PB]] and can be reached at [[EMAIL_ADDRESS|femi.ogunleye@kestrelmail.com]].",
    "Insurance policy [[ID_NUMBER|POL-7781-2046]], holder [[PERSON|Gustavo Ibarra]]: contents cover for a student room, excess £100.",
    "Patient: [[PERSON|Mei-Ling Zhou]], DOB 04/11/2003, NHS No. [[ID_NUMBER|612 938 4718]], glandular fever, referred by the university health centre.",
    "[[PERSON|Юлия Кравченко]], тел. [[PHONE_NUMBER|+7 916 402-83-17]], e-mail [[EMAIL_ADDRESS|yulia.kravchenko@pochta-mail.ru]]",
    "Tutor profile: [[PERSON|Declan Ashworth]], maths and physics to A level, DBS checked, [[PHONE_NUMBER|0161 496 0159]], £35 per hour.",
    "HR note: [[PERSON|Benedikt Auer]] (staff ID [[ID_NUMBER|ST-118204]]) moves to 0.6 FTE from September; salary to [[IBAN_CODE|AT82 1420 0573 8491 2605]].",
    "Tenant: [[PERSON|Priya Nandakumar]]; Address: [[STREET_ADDRESS|22 Sefton Park Road, Liverpool L8 3SL]]; Phone: [[PHONE_NUMBER|+44 7700 900571]]",
    "cardholder=[[PERSON|Oleksandr Hrytsenko]] pan=[[CREDIT_CARD|5451087329640817]] exp=11/27 status=declined reason=insufficient_funds",
    "[[PERSON|박지현]] 학생 연락처: [[PHONE_NUMBER|010-7315-4208]], 주민등록번호 [[ID_NUMBER|030512-4182735]]",
    "Library record: borrower [[PERSON|Tamsin Yeo]], card [[ID_NUMBER|LIB00482917]], three items overdue.",
    "Dear [[PERSON|Aurelio Mancini]], thank you for applying for the café assistant role. We will reply to [[EMAIL_ADDRESS|aurelio.mancini@postaweb.it]] within a week.",
    "SSN [[US_SSN|529-41-7736]]: [[PERSON|Dakota Whitehorse]], work-study payroll, spring term.",
    "Student loan statement: [[PERSON|Gemma Threlfall]], customer ref [[ID_NUMBER|40712298355]], balance £38,912.40, interest 7.3%.",
    "الاسم: [[PERSON|محمد الأنصاري]]، الهاتف: [[PHONE_NUMBER|+971 50 382 6147]]، البريد: [[EMAIL_ADDRESS|m.alansari@emiratesmail.ae]]",
    "Parent portal user [[ID_NUMBER|okafor.parent]] / [[PERSON|Chiamaka Okafor]] / last login from [[IP_ADDRESS|203.0.113.91]]",
    "Pte. [[PERSON|Jordan Castellano]], [[STREET_ADDRESS|PSC 4517, Box 2093, APO AE 09204]]",
    "Exam entry: candidate [[PERSON|Harriet Okonjo]], candidate no. [[ID_NUMBER|7726]], UCI [[ID_NUMBER|52419Q0310078]]",
    "Clinical note: [[PERSON|Ewan Macrae]], 19, student, CHI [[ID_NUMBER|1507049273]], asthma review, inhaler technique checked.",
    '{"studente": "[[PERSON|Valentina Russo]]", "codice_fiscale": "[[ID_NUMBER|RSSVLN04A47F205W]]", "corso": "Lettere"}',
    "Contact: [[PERSON|Kaito Morishita]] · [[PHONE_NUMBER|090-3318-7264]] · [[EMAIL_ADDRESS|kaito.morishita@mail-tokyo.jp]] · My Number [[ID_NUMBER|4821 7390 5623]]",
    "Bank transfer from [[PERSON|Sinéad Mulcahy]], IBAN [[IBAN_CODE|IE36 BOFI 9003 7254 8196 37]], reference: autumn tuition.",
    "[[PERSON|Björn Ekdahl]], lärare i matematik, personnummer [[ID_NUMBER|820913-4470]]",
    "Volunteer form. Name: [[PERSON|Tevita Fifita]]; Phone: [[PHONE_NUMBER|+64 21 408 3927]]; Address: [[STREET_ADDRESS|17 Kowhai Street, Mangere, Auckland 2022]]",
    "Employee [[PERSON|Ngozi Eze]] reset her VPN password to [[PASSWORD|Harmattan#2024]] on 3 Feb; ticket INC-55821.",
    "Scholarship recipient: [[PERSON|Tiago Albuquerque]], NIF [[ID_NUMBER|249173859]], award €2,500.",
    "Room allocation: [[PERSON|Haruka Sato]], [[STREET_ADDRESS|Room 5.12, Elmfield Court, 9 Tanner Row, York YO1 6JB]]; keypad [[PASSWORD|60218]]",
    "学生 [[PERSON|王建国]]，电话 [[PHONE_NUMBER|+86 139 1027 4856]]，身份证号 [[ID_NUMBER|44010619990312057X]]",
    "Claim form: insured [[PERSON|Lorenzo Bianchi]], policy no. [[ID_NUMBER|HX-330918]], laptop stolen from halls.",
    "From: [[PERSON|Nadia Benali]] <[[EMAIL_ADDRESS|nadia.benali@ecole-mail.fr]]> Subject: absence de ma fille jeudi",
    "Log: failed sudo by [[ID_NUMBER|pkowal]] ([[PERSON|Piotr Kowal]]) from [[IP_ADDRESS|192.0.2.33]]",
    "Student [[PERSON|Zainab Mohammed-Ali]] paid her hall deposit with card [[CREDIT_CARD|4062 7391 8845 5208]].",
    "Payslip: [[PERSON|Callum Fraser]], employee no. [[ID_NUMBER|004182]], NI [[ID_NUMBER|PK 39 41 07 B]], net pay £612.18",
    "Guardian: [[PERSON|Adaeze Nwosu]], [[STREET_ADDRESS|5 Aba Road, GRA, Port Harcourt 500272]], [[PHONE_NUMBER|+234 803 417 2260]]",
    "Security note: [[PERSON|Dmitri Sokolov]] left access key [[API_KEY|AKIA4QZ7R2X9LM3TW8KD]] in a coursework submission; key revoked.",
    "Referral: [[PERSON|Hannah Lindqvist]], patient ID [[ID_NUMBER|H-2091837]], exam anxiety, GP requests counselling.",
    "[[PERSON|Xóchitl Ramírez]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Int. 5, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]], tel. [[PHONE_NUMBER|+52 55 4218 7730]]",
    "Member [[PERSON|Orla Brennan]] #[[ID_NUMBER|GYM-550218]], student rate, PIN [[PASSWORD|8143]]",
    "[[PERSON|Henrik Aas]] | fnr [[ID_NUMBER|15049645861]] | [[EMAIL_ADDRESS|henrik.aas@uio-student.no]]",
    "Madame [[PERSON|Colette Rousseau]], professeure des écoles, NIR [[ID_NUMBER|2 03 09 75 112 274 58]]",
    "Teacher: [[PERSON|Efua Asantewaa]]; staff e-mail [[EMAIL_ADDRESS|e.asantewaa@kumasi-prep.edu.gh]]",
    "[[PERSON|Lachlan O'Rourke]], TFN [[ID_NUMBER|472 918 360]], casual tutor, Semester 2, mobile [[PHONE_NUMBER|+61 491 570 816]]",
    "Visitor sign-in 08:55: [[PERSON|Imogen Blackwell]], phone [[PHONE_NUMBER|020 7946 0362]], visiting Year 6.",
    "Account holder: [[PERSON|Raffaele Conti]] | IBAN: [[IBAN_CODE|IT92 X030 6909 6041 0000 0734 925]] | tuition instalment 2 of 3",
    "User [[PERSON|Soo-ah Han]] ([[EMAIL_ADDRESS|sooah.han@kaist-mail.kr]]) changed password to [[PASSWORD|Jeju!Tangerine8]]",
    "[[PERSON|Ελένη Γεωργίου]], μαθήτρια Β' Λυκείου, τηλ. [[PHONE_NUMBER|+30 210 724 6819]]",
    "NRIC [[ID_NUMBER|T0418263J]] · [[PERSON|Tan Wei Ling]] · Year 2 Computing",
    "Note: [[PERSON|Kwabena Boateng]] asked that refunds go back to his card [[CREDIT_CARD|3456 190283 74164]].",
    "Dear [[PERSON|Ilse]], your locker combination for the science block is [[PASSWORD|17-42-08]].",
    "[[PERSON|Santiago Herrera]] | RUT [[ID_NUMBER|17.492.308-6]] | beca de alimentación",
    "Job applicant: [[PERSON|Amelia Fairweather]], [[EMAIL_ADDRESS|amelia.fw@nettmail.co.uk]], [[PHONE_NUMBER|07700 900639]], weekend shifts only.",
    "[[PERSON|Rustam Nazarov]], dorm 4, room 318; wifi key [[PASSWORD|Samarkand-Blue-77]]",
    "CPF: [[ID_NUMBER|735.190.284-41]]; Nome: [[PERSON|Larissa Menezes]]; Curso: Pedagogia",
    "Enrolment: [[PERSON|Finnian Doyle]], PPSN [[ID_NUMBER|6193427V]], Leaving Cert 2023",
    "Aadhaar: [[ID_NUMBER|7426 1938 5026]], Name: [[PERSON|Kavya Iyer]], College: Govt. Arts College",
    "Versicherte: [[PERSON|Johanna Vogel]], Versichertennummer [[ID_NUMBER|K482019375]], studentische Krankenversicherung",
    "Parent: [[PERSON|Sunny Ravensworth]], [[STREET_ADDRESS|88 Juniper Lane, Asheville, NC 28804]], [[PHONE_NUMBER|828-555-0177]]",
    "[[PERSON|Jana Novotná]], rodné číslo [[ID_NUMBER|015812/4736]], studentka 2. ročníku",
    "Staff directory: [[PERSON|Rhodri Pugh]], Head of Music, ext 214, mobile [[PHONE_NUMBER|07700 900468]]",
    "Податкова форма: [[PERSON|Олена Ковальчук]], РНОКПП [[ID_NUMBER|3629184707]]",
    "[[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|PWR7157]], asthma, carries an inhaler on trips",
    "Alumni record: [[PERSON|Ferdinand Haas]], Abitur 1998, [[EMAIL_ADDRESS|f.haas@alumni-post.de]], [[STREET_ADDRESS|Lindenallee 7, 50968 Köln]]",
    "Kennitala [[ID_NUMBER|120302-3450]]: [[PERSON|Dagný Sigurðardóttir]], nemandi",
    "Õpilane [[PERSON|Kertu Tamm]], isikukood [[ID_NUMBER|60107142736]], klass 11B",
    "Login audit: [[ID_NUMBER|rbakshi_admin]] ([[PERSON|Rukhsana Bakshi]]) from [[IP_ADDRESS|2001:db8:7c0::4e2]]",
    "Teudat zehut [[ID_NUMBER|318472057]] · [[PERSON|Noa Ben-David]] · exchange semester",
    "SA ID [[ID_NUMBER|0205145237082]]: [[PERSON|Sipho Dlamini]], Grade 12, bursary holder",
    "Dear Ms [[PERSON|Vandersteen]], your pension scheme member number is [[ID_NUMBER|TPS-8820417]].",
    "Rijksregisternummer [[ID_NUMBER|98.11.14-273.84]]: [[PERSON|Wout Peeters]], leerkracht",
    "Contact card: [[PERSON|Fenna de Groot]], BSN [[ID_NUMBER|618409270]], [[PHONE_NUMBER|+31 6 4827 1093]]",
    "Pupil premium list: [[PERSON|Kayden Marsh]], UPN [[ID_NUMBER|H820419305017]]",
    "Rental application: [[PERSON|Moana Kealoha]], SSN [[US_SSN|603-18-4427]], current address [[STREET_ADDRESS|2290 Ala Wai Blvd #5, Honolulu, HI 96815]]",
    "[[PERSON|Dilnoza Yusupova]] <[[EMAIL_ADDRESS|dilnoza.y@tashmail.uz]]> wrote: please reset my exam portal password",
    "Staff: [[PERSON|Ignacio Ferrer]], NIE [[ID_NUMBER|Y3920174E]], profesor interino",
    "Bursary payment to [[PERSON|Cerian Hughes]], sort code 20-31-85, account [[ID_NUMBER|73046291]]",
    "Incident: [[PERSON|Lukas Brandt]] posted bot token [[API_KEY|xoxb-583920174-4471029384-Qm7TzK2rVf9LpX4nWc8HdA1s]] in the class Slack.",
    "Client: [[PERSON|Shreya Kulkarni]], [[STREET_ADDRESS|Flat 402, Sai Krupa Apartments, 14th Cross, Jayanagar, Bengaluru 560041]], [[PHONE_NUMBER|+91 99012 48637]]",
    "[[PERSON|Marek Zieliński]], PESEL [[ID_NUMBER|94072318457]], nauczyciel fizyki",
    "Foster carer: [[PERSON|Patience Adjei]], [[PHONE_NUMBER|0161 496 0927]], respite weekends.",
    "[[PERSON|Élodie Marchand]], carte bancaire [[CREDIT_CARD|4790 3166 5208 8747]], inscription club de voile",
    "Parent: [[PERSON|Goh Swee Lian]], NRIC [[ID_NUMBER|S9634178D]], mobile [[PHONE_NUMBER|+65 9127 4830]]",
    "New hire: [[PERSON|Quentin Fairbanks]], employee ID [[ID_NUMBER|EMP-20931]], laptop password [[PASSWORD|Welcome-Oak-15]], [[EMAIL_ADDRESS|qfairbanks@ridgeway-academy.org]]",
    "Applicant [[PERSON|李思远]], passport [[ID_NUMBER|E73920184]], MSc Finance, September intake",
    "Medical: [[PERSON|Benjamin Okafor-Reyes]], policy holder no. [[ID_NUMBER|MH-20044719]], physiotherapy for knee",
    "Home address for [[PERSON|Sione Taufa]]: [[STREET_ADDRESS|43 Harbour View Road, Porirua 5022]]",
    "[[PERSON|Maya Goldfarb]] · [[PHONE_NUMBER|+1-617-555-0129]] · [[EMAIL_ADDRESS|mgoldfarb@bayside-hs.org]]",
    "Teacher registration: [[PERSON|Chloé Tremblay]], [[STREET_ADDRESS|2250 rue Beaubien Est, Montréal, QC H2G 1M9]]",
    "Direct debit: [[PERSON|Yannick Lefèvre]], [[IBAN_CODE|FR10 1820 6000 5827 4196 3084 12]], cantine scolaire",
    "auth.log user=[[ID_NUMBER|a.mokoena]] name=[[PERSON|Ayanda Mokoena]] pw_attempt=[[PASSWORD|Soweto1976!]] src=[[IP_ADDRESS|198.51.100.154]]",
    "[[PERSON|فاطمه رحیمی]]، دانشجوی کارشناسی، تلفن [[PHONE_NUMBER|+98 912 374 1650]]",
    "Payment card on file for [[PERSON|Gideon Mwangi]]: [[CREDIT_CARD|2224 1805 7396 1436]]",
    "Student accommodation contract: [[PERSON|Ama Owusu]], [[STREET_ADDRESS|Room 7, 21 Headingley Lane, Leeds LS6 1BL]], mobile [[PHONE_NUMBER|0113 496 0546]]",
    "[[PERSON|Олег Миронов]], студент 3 курса, e-mail [[EMAIL_ADDRESS|oleg.mironov@unimail.by]]",
    "Payroll: [[PERSON|Róisín Keane]], PPSN [[ID_NUMBER|2750186FA]], IBAN [[IBAN_CODE|IE03 AIBK 9320 8574 6139 28]]",
]

# 25 MT-Bench/Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that secondary schools should start the day at 9:30 instead of 8:30. Keep it under 400 words and use the kinds of evidence a careful reader would expect.",
    "Imagine you are Sherlock Holmes explaining to Dr Watson how you deduced that a visitor had recently travelled by night train. Stay in character throughout.",
    "Explain the difference between a process and a thread to a first-year computer science student, with one everyday analogy and one short Python example.",
    "Write a Python function that returns the length of the longest substring without repeating characters, and state its time and space complexity.",
    "A bat and a ball cost $1.10 together, and the bat costs $1.00 more than the ball. Walk through the reasoning step by step and explain why the intuitive answer is wrong.",
    "Pretend you are the cook of a medieval castle describing a feast-day menu to a new kitchen apprentice.",
    "Draft a two-paragraph product description for a reusable water bottle aimed at hikers, avoiding clichés.",
    "How did the printing press change the spread of scientific ideas in Europe during the sixteenth century?",
    "Summarise the main causes of the First World War in five bullet points suitable for a revision card.",
    "Role-play as a career coach: I will describe my situation and you will ask three clarifying questions before giving any advice. Begin.",
    "Write a sequence of four haiku about a city waking up on a winter morning.",
    "Explain eigenvalues and eigenvectors using a worked 2x2 matrix example, at the level of a final-year school student.",
    "Given the list [5, 3, 8, 1, 9, 2], show every pass of bubble sort and count the total number of swaps.",
    "Compare the wartime leadership styles of Abraham Lincoln and Winston Churchill in about 250 words.",
    "If all bloops are razzies and all razzies are lazzies, must all bloops be lazzies? Explain your reasoning.",
    "Write a SQL query that returns the three departments with the highest average salary, given tables employees(id, dept_id, salary) and departments(id, name).",
    "You are Marie Curie giving a short talk to schoolchildren about why curiosity matters in science. Write the talk.",
    "What are the pros and cons of nuclear power compared with offshore wind for a small island nation?",
    "Extract every year and the event attached to it from this sentence and return JSON: 'The bridge opened in 1932, closed for repairs in 1987 and reopened in 1991.'",
    "Write the opening of a short story in which Elizabeth Bennet receives a letter that was meant for someone living two centuries later.",
    "Describe how photosynthesis and cellular respiration are linked, using a simple diagram drawn with text arrows.",
    "Rewrite this sentence to be more concise: 'In the event that it should happen to rain tomorrow, the picnic that we had planned will be moved indoors.'",
    "How would you design a URL shortener that handles ten million requests a day? Outline the main components and the trade-offs.",
    "Act as a debate judge: invent two opening statements on whether homework should be banned in primary schools, then score each out of ten with reasons.",
    "Explain why the sky looks blue during the day but red and orange at sunset, referring to Rayleigh scattering.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priya buys 3 packs of pencils with 12 pencils in each pack. She gives 7 pencils to each of her 4 friends. How many pencils does she have left?",
    "A school bus holds 48 students. If 214 students are going on a trip, how many buses are needed?",
    "Marco reads 15 pages on Monday and twice as many on Tuesday. On Wednesday he reads 8 fewer pages than on Tuesday. How many pages did he read over the three days?",
    "Tasha earns $9 an hour babysitting. She worked 3 hours on Friday and 5 hours on Saturday, then spent a third of her earnings on a book. How much money does she have left?",
    "A bakery sells muffins for $2.50 each or 6 for $12. Ollie needs 18 muffins. How much does he save by buying them in packs of six?",
    "Hamid plants 7 rows of tomatoes with 9 plants in each row. Each plant gives 4 tomatoes. How many tomatoes does he harvest?",
    "Lena's class has 30 students. 40% walk to school, one third of the rest take the bus and the others are driven. How many students are driven?",
    "A tank holds 600 litres. It is filled at 25 litres per minute while it leaks 5 litres per minute. How many minutes does it take to fill from empty?",
    "Zara has twice as many stickers as Ben. Together they have 87 stickers. How many stickers does Zara have?",
    "Kofi runs 3 laps of a 400-metre track every morning for 5 days. How many kilometres does he run in total?",
    "A recipe uses 250 g of flour for 10 cookies. How much flour does Ingrid need for 34 cookies?",
    "Theo saves $15 each week. He wants a bike that costs $240 and already has $45. How many weeks must he save?",
    "A library had 1,200 books. It gave away 15% of them and then bought 90 new ones. How many books does it have now?",
    "Nina is 4 years older than her brother Sam. In 6 years the sum of their ages will be 40. How old is Nina now?",
    "Rafael buys a jacket priced at $80 with 25% off, then pays 8% sales tax on the sale price. How much does he pay?",
    "A farmer has chickens and cows, 30 animals in all, with 84 legs between them. How many cows are there?",
    "Mei bakes 5 trays of 24 dumplings. She sells three quarters of them at $0.50 each. How much money does she make?",
    "Every classroom needs 28 chairs. A school has 14 classrooms and 350 chairs. How many more chairs does it need?",
    "Jonas cycles at 18 km per hour for 2.5 hours and then walks 3 km. How far did he travel in total?",
    "Aisha has $60. She spends $12.75 on lunch and $18.40 on a gift. How much money does she have left?",
    "A train leaves at 09:45 and arrives at 13:20. How many minutes does the journey take?",
    "Freya collects 6 shells on each of 12 beach walks. She loses 10 and gives half of the rest to her cousin. How many shells does she keep?",
    "Omar's phone battery drops by 12 percentage points every hour. If it starts at 100%, after how many full hours is it first below 30%?",
    "A pizza is cut into 12 slices. Dev eats 3, Lucy eats 2 more than Dev, and Pat eats half of what is left. How many slices remain?",
    "Carmen's garden is 12 m by 8 m. She paves a 1 m wide path along the inside of the edge. What area is left for planting?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is the main site of aerobic respiration? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Lysosome",
    "Who posted the Ninety-five Theses in 1517? A. John Calvin B. Martin Luther C. Ulrich Zwingli D. Erasmus of Rotterdam",
    "What is the derivative of x·sin(x)? A. cos(x) B. x·cos(x) + sin(x) C. x·cos(x) − sin(x) D. −x·sin(x)",
    "Which economist is most associated with the idea of the 'invisible hand'? A. Karl Marx B. John Maynard Keynes C. Adam Smith D. David Ricardo",
    "In which year did the Berlin Wall fall? A. 1985 B. 1989 C. 1991 D. 1993",
    "Which of the following is a prime number? A. 91 B. 87 C. 97 D. 51",
    "The rule that no two electrons in an atom share the same four quantum numbers is named after: A. Niels Bohr B. Wolfgang Pauli C. Werner Heisenberg D. Erwin Schrödinger",
    "Which amendment to the United States Constitution abolished slavery? A. First B. Tenth C. Thirteenth D. Nineteenth",
    "The standard deviation of a sample measures: A. its central value B. the spread of values around the mean C. the most frequent value D. half the range",
    "Which philosopher wrote the Critique of Pure Reason? A. Hegel B. Hume C. Kant D. Locke",
    "What is the SI unit of electrical resistance? A. Volt B. Ohm C. Ampere D. Farad",
    "Which fallacy attacks the person instead of the argument? A. Straw man B. Ad hominem C. Slippery slope D. False dilemma",
    "Which empire did Mansa Musa rule in the fourteenth century? A. Songhai B. Ghana C. Mali D. Kanem-Bornu",
    "Binary search on a sorted array runs in: A. O(1) B. O(log n) C. O(n) D. O(n log n)",
    "Which hormone lowers blood glucose? A. Glucagon B. Adrenaline C. Insulin D. Cortisol",
    "Who painted the ceiling of the Sistine Chapel? A. Raphael B. Leonardo da Vinci C. Michelangelo D. Donatello",
    "Which gas makes up about 78% of Earth's atmosphere? A. Oxygen B. Argon C. Carbon dioxide D. Nitrogen",
    "In the long run under perfect competition, firms earn: A. supernormal profit B. normal profit C. losses D. monopoly rents",
    "The Peace of Westphalia (1648) is most associated with: A. the end of the Thirty Years' War B. the unification of Italy C. the partition of Africa D. the founding of the League of Nations",
    "Which of these is NOT a function of the kidneys? A. Filtering blood B. Producing bile C. Regulating blood pressure D. Balancing electrolytes",
    "What is log base 2 of 64? A. 5 B. 6 C. 7 D. 8",
    "Who proposed evolution by natural selection at the same time as Charles Darwin? A. Gregor Mendel B. Alfred Russel Wallace C. Jean-Baptiste Lamarck D. Thomas Huxley",
    "The separation of powers divides government into: A. federal and local B. legislative, executive and judicial C. upper and lower houses D. civil and military",
    "Which data structure serves items in first-in, first-out order? A. Stack B. Queue C. Tree D. Hash table",
    "Which novel opens with the line 'Call me Ishmael'? A. Moby-Dick B. The Scarlet Letter C. Walden D. Billy Budd",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks after a cold. When should I worry and see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a sprained ankle, and how far apart should the doses be?",
    "My teenager gets migraines during exam season. What lifestyle changes usually help?",
    "What are the early signs of type 2 diabetes in adults?",
    "Can stress cause chest tightness, or should chest pain always be checked?",
    "How long is someone contagious with chickenpox, and when can a child go back to school?",
    "I feel dizzy when I stand up quickly. What could cause that?",
    "What's the difference between a cold and the flu, and do antibiotics help with either?",
    "How much sleep does a 16-year-old actually need?",
    "Are there foods or drinks I should avoid while taking iron tablets?",
    "My ankle is still swollen two weeks after I twisted it. Could it be broken?",
    "Which vaccinations are usually recommended before starting university?",
    "Is it normal for periods to be irregular in the first year or two after they start?",
    "How can I tell whether a rash needs urgent attention, for example with the glass test?",
    "What are the common side effects of the combined contraceptive pill, and when should I stop taking it?",
    "I get heartburn most nights. Which over-the-counter remedies are safe to use long term?",
    "Can you get glandular fever twice?",
    "What should I do if a child swallows a button battery?",
    "How do I know if my anxiety is bad enough to need professional help?",
    "Is it okay to exercise with a mild fever?",
    "What are the symptoms of meningitis in teenagers and young adults?",
    "How often should an adult have a dental check-up?",
    "Why do my fingers go white and numb in cold weather?",
    "Can dehydration cause headaches, and how much water should I drink in a day?",
    "What's the recommended way to treat head lice at home?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "5830 1927 4667": aadhaar_ok,  # Indian Aadhaar
    "7426 1938 5026": aadhaar_ok,
    "04221907357": pesel_ok,  # Polish PESEL
    "94072318457": pesel_ok,
    "47193826B": dni_ok,  # Spanish DNI
    "Y3920174E": dni_ok,  # Spanish NIE
    "418.263.957-09": cpf_ok,  # Brazilian CPF
    "735.190.284-41": cpf_ok,
    "SRFLDV02C61H501L": codice_fiscale_ok,  # Italian codice fiscale
    "RSSVLN04A47F205W": codice_fiscale_ok,
    "527 491 831": luhn_len(9),  # Canadian SIN
    "040716-5380": luhn_len(10),  # Swedish personnummer
    "820913-4470": luhn_len(10),
    "483 719 2068": nhs_ok,  # NHS number
    "612 938 4718": nhs_ok,
    "273194501": bsn_ok,  # Dutch BSN
    "618409270": bsn_ok,
    "320106200108172643": china_id_ok,  # Chinese resident identity number
    "44010619990312057X": china_id_ok,
    "15049641254": fodselsnummer_ok,  # Norwegian fødselsnummer
    "15049645861": fodselsnummer_ok,
    "6020417403811": cnp_ok,  # Romanian CNP
    "8427361J": pps_ok,  # Irish PPS number
    "6193427V": pps_ok,
    "2750186FA": pps_ok,
    "38620471528": kimlik_ok,  # Turkish kimlik
    "57914308268": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "PWR7157": nhi_ok,
    "2947 51831 1": medicare_ok,  # Australian Medicare
    "472 918 360": tfn_ok,  # Australian TFN
    "14089803416": luhn_len(11),  # Greek AMKA
    "030512-4182735": rrn_ok,  # Korean resident registration number
    "4821 7390 5623": my_number_ok,  # Japanese My Number
    "17.492.308-6": rut_ok,  # Chilean RUT
    "2 03 09 75 112 274 58": nir_ok,  # French NIR
    "T0418263J": nric_ok,  # Singapore NRIC
    "S9634178D": nric_ok,
    "015812/4736": rodne_cislo_ok,  # Czech rodné číslo
    "3629184707": rnokpp_ok,  # Ukrainian RNOKPP
    "120302-3450": kennitala_ok,  # Icelandic kennitala
    "60107142736": isikukood_ok,  # Estonian isikukood
    "318472057": luhn_len(9),  # Israeli teudat zehut
    "0205145237082": luhn_len(13),  # South African id
    "98.11.14-273.84": belgian_id_ok,  # Belgian national number
    "249173859": nif_ok,  # Portuguese NIF
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"07700900\d{3}",
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\+1-\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|31|39|52|55|64|65|86|90|91|98|234|254|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Each record names one person and carries one to four values besides the name; the
    chat requests name people and carry contacts or secrets; the set holds every type."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        values = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(names) != 1 or not 1 <= len(values) <= 4:
            raise SystemExit(f"record: {len(names)} names, {len(values)} values in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 80 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT).lower()
    for word in ("student", "teacher", "tutor", "exam", "loan", "halls", "job", "school"):
        if word not in plain:
            raise SystemExit(f"chat: nothing about {word}")


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
    build_sections(
        "blind90", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
