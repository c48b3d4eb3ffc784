# ruff: noqa: E501
"""A hundred-and-twenty-first blind privacy set: 220 texts with personal data and 100 clean
ones, on work and recruitment.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The theme is work and recruitment: hiring and
interviews, references, onboarding, IT helpdesk tickets and account resets, timesheets and
shift swaps, contractors and freelancers, performance reviews, office moves, expense claims
and leaving cards.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs and
  e-mails, translating, fixing wording, splitting costs, asking whether something is a scam,
  planning rotas and seating. The first 30 are typed all in lower case (names, e-mails,
  IBANs, keys and codes too, with shorthand and typos); the next 6 are in German, Swedish,
  Hindi (Devanagari), Spanish, Czech and Indonesian; the other 84 in ordinary English.
  Names of many origins, some in Chinese, Japanese, Korean, Arabic, Cyrillic, Greek, Hebrew
  and Devanagari script; first names alone, surnames after titles, full names, nicknames
  (Big Mike, Spud, Bernie), names that are ordinary words (Hope, Grant, Dawn, Faith, Summer,
  Rich, Bill, Chase, Sunny), many named in passing with no cue word. At least 90 name a
  private person and at least 15 hold a secret (passwords, PINs, door, gate, alarm, locker
  and key-safe codes, wifi keys); every type appears at least once; 1 to 8 values each.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark sentences:
  prose sentences, starter forms and profile lines, pipe and CSV rows, JSON objects, log
  lines, registers, short letters and payroll notes, each with exactly one person's name and
  one to four other values (2 to 5 in all); 42 hold a national id with valid check digits
  (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE,
  Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC,
  Korean resident registration number, Australian TFN and Medicare, Japanese My Number,
  Irish PPS, French NIR, Belgian national number, Norwegian fødselsnummer, Romanian CNP,
  Chilean RUT, Estonian isikukood, Czech rodné číslo, Ukrainian RNOKPP, German Steuer-ID,
  New Zealand NHI, Indian Aadhaar, Swedish personnummer, Canadian SIN, Saudi national id).
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly on the theme.

Labels: usernames, logins, staff, employee, badge, frequent-flyer and passport numbers and
national ids are ID_NUMBER (UK National Insurance numbers and Indonesian NIKs too, though
they have no check digit to test); PINs, door, gate, alarm, locker and key-safe codes, wifi
keys, passwords and passphrases are PASSWORD; titles and relation words (Mr, Mrs, Ms, Prof,
Frau, paní, Pak, Mbak) stay outside PERSON spans; an address span runs from the first street
line through the postcode and city as typed. Public figures, fictional characters,
companies, invoice, ticket and asset numbers, cost centres, extensions, postcodes alone,
amounts and dates of birth are not labelled; every occurrence of a private value is marked
(a name repeated is marked each time, a name inside an e-mail or login lies inside that
value's span). A scammer's or recruiter's name given in a message is labelled like any
other private name.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in the
country's own layout elsewhere (Brazil, China, Czechia, Finland, India, Indonesia, Ireland,
Italy, Kenya, the Netherlands, Nigeria, Poland, Singapore, South Africa, South Korea, Spain,
Sweden); cards Luhn-valid (15 or 16 digits) and not well-known test numbers; IBANs valid
mod 97, of their country's length and not documentation examples; SSNs with assignable
area, group and serial; IPs from the documentation ranges; national ids with valid check
digits.

Run ``.venv/bin/python bench/data/build_blind121.py`` from the repository root; the output
is deterministic.
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme|Fru|Paní|Pan|Pak|Bu|Ibu|Mbak|Shri|Smt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u text [[PERSON|dev patel]] that his interview got moved to thurs 2pm instead of 11, keep it short n friendly. his mobile is [[PHONE_NUMBER|07700 900417]]",
    "locked out of the vpn again. helpdesk gave me a temp pw [[PASSWORD|kettle-winter-29]] for user [[ID_NUMBER|mhorvath2]], does it expire if i dont change it today? im on a mac btw",
    "summarise pls, my notes from a ref call: spoke to [[PERSON|ruth okonjo]] re [[PERSON|sam]]. [[PERSON|ruth]] managed [[PERSON|sam]] 2019-2022, reliable, late maybe twice, great w customers, would rehire no question. happy to confirm in writing at [[EMAIL_ADDRESS|r.okonjo@brindlewharf.co.uk]]",
    "help me word a shift swap msg. im on sat 6-2 and [[PERSON|kezia]] said she'll take it if i do her tues late. need [[PERSON|gary]] to ok it. keep it chill not grovelly",
    "split this: [[PERSON|leon]]'s leaving do, bill 186.40, 7 of us, [[PERSON|imogen]] and [[PERSON|tunde]] only had drinks at 14 each. what do the other five owe",
    "is this legit?? text says 'your corporate card is on hold, reply with card no + pin'. i nearly sent [[CREDIT_CARD|4929 3318 0457 6626]] and [[PASSWORD|8305]] before i clocked it. what do i do now",
    "new starter [[PERSON|aleksandra wiśniewska]] joins monday, desk 4.12 on the 4th floor. draft a welcome email to her personal address [[EMAIL_ADDRESS|ola.wisniewska88@poczta.fm]] and tell her the laptop login will be [[ID_NUMBER|awisniewska]]",
    "write a ref for [[PERSON|jojo]], did weekends on our bar for 18 months, honest, hard worker, bit chatty w the regulars lol. sign it from me [[PERSON|ade bello]], bar manager, [[PHONE_NUMBER|020 7946 0382]]",
    "turn this into a proper helpdesk ticket: [[PERSON|marguerite fontaine]] (staff no [[ID_NUMBER|hr-20417]]) cant open outlook since the migration, error 0x800ccc0e, her pc is on [[IP_ADDRESS|198.51.100.23]]. tried a restart already",
    "tidy my timesheet comment pls, it goes to mrs [[PERSON|dunleavy]]: mon 7.5, tue 9 (covered [[PERSON|bartek]]'s close), wed sick, thu 8, fri 6 left early for dentist",
    "freelancer [[PERSON|tomasz grabowski]] emailed last night w 'new bank details', pay invoice 0457 to [[IBAN_CODE|pl73 1140 2004 0000 3102 7581 4426]] from now on. payday is tomorrow. is this how invoice fraud starts or am i being paranoid",
    "leaving card ideas for [[PERSON|bernadette]], 22 yrs running the post room, everyone calls her [[PERSON|bernie]], loves her allotment and hates any fuss",
    "soften this for [[PERSON|kwame]]'s review: misses deadlines, brilliant with clients, argues in standups. hes already on an improvement plan so i dont want to flatten him",
    "sending the spare monitor to [[PERSON|priya]] at home since shes wfh during the office move: [[STREET_ADDRESS|14 foxglove close, bishopton, stockton-on-tees ts21 1hx]]. write the note for the courier",
    "hr onboarding wants my ssn [[US_SSN|412-68-3097]] emailed to [[PERSON|carla]] at [[EMAIL_ADDRESS|carla.mendes@fairhaven-logistics.com]]. is plain email ok for that or should i ask for a portal",
    "contractor left our sendgrid key in the handover doc [[API_KEY|sg.k7dvq2lxrm9ta1wn4zpe8q.hc5yu8bf3osx6gk0ijvn2qtl7rmwa9dze1pcy4hx]] and [[PERSON|rhys]] is gone now. how do i rotate it without breaking the careers form",
    "three interviews thurs: [[PERSON|nomvula dlamini]] 10am, [[PERSON|callum reid]] 11.30, [[PERSON|yusuf]] after lunch. write each a 2 line reminder w the parking info",
    "how do i tell the new cleaning crew the side door code is [[PASSWORD|4719]] without it ending up in the big group chat. their supervisor is mrs [[PERSON|oyelaran]]",
    "translate into polish for our agency temp: hi [[PERSON|marek]], first shift monday 7am, ask for [[PERSON|sandra]] at goods in, gate code is [[PASSWORD|2580#]], bring steel toe boots",
    "my expense claim bounced. taxi 23.50, hotel 112, dinner w client [[PERSON|hiroshi tanaka]] 68. [[PERSON|lou]] says dinner needs a receipt and i lost it. how do i word a missing receipt declaration",
    "guest wifi for the interview rooms is now [[PASSWORD|candidate-lounge-77]]. make a little table sign and a note for [[PERSON|ffion]] on reception so she can hand it out",
    "draft a text to [[PERSON|big mike]] on nights asking if he'd swap his sunday for my friday. number [[PHONE_NUMBER|07700900861]]",
    "vetting company wants [[PERSON|joanna]]'s last 3 addresses. she's given [[STREET_ADDRESS|flat 3, 27 rosebery avenue, leeds ls8 2ej]] and before that lived w her mum. do they need the mum's too or is 'family home' fine",
    "a 'recruiter' called [[PERSON|alina vostrikova]] messaged on linkedin, remote data entry 45/hr, asked for my passport so i sent it, no [[ID_NUMBER|533876214]]. now she wants a 'deposit' for the laptop. how screwed am i",
    "make these into minutes: [[PERSON|osei]] laptops land 12th. [[PERSON|fran]] desk plan v3 done, [[PERSON|hattie]] to check wheelchair access on 2nd floor. parking permits thru mr [[PERSON|gill]]. next catch up weds",
    "sso keeps blocking me, says 'sign in from [[IP_ADDRESS|203.0.113.58]] not recognised'. thats my home ip i think?? user [[ID_NUMBER|s.nakamura]], im [[PERSON|sora nakamura]] in finance. what do i tell the it desk",
    "pls write a welcome msg for the team channel, new folks this week: [[PERSON|김민준]] (backend), [[PERSON|anjali]] (design), [[PERSON|rosa]] from the bristol office. short and fun, emojis ok",
    "new hire [[PERSON|finn o'rourke]] sent his bank for payroll: [[IBAN_CODE|ie42 bofi 9000 1724 8839 17]]. does that look like a real irish iban before i key it in",
    "we collected 240 for [[PERSON|gwen]]'s leaving present, [[PERSON|stu]] fronted the flowers 38.99 on his own card. voucher is 150. whats left and how much do we owe [[PERSON|stu]]",
    "chaser to our freelance illustrator [[PERSON|lucía]] pls, sorry her invoice 1142 is 45 days late on our side, finance is on it. her whatsapp [[PHONE_NUMBER|+34 612 48 93 07]]",
    # --- German, Swedish, Hindi, Spanish, Czech, Indonesian ---
    "Kannst du mir helfen, eine kurze Mail an die Lohnbuchhaltung zu formulieren? Ich habe bei der Einstellung meine Steuer-ID falsch angegeben, richtig ist [[ID_NUMBER|65 028 179 433]]. Ansprechpartnerin ist Frau [[PERSON|Schönfeld]]. Unterschreiben bitte mit [[PERSON|Jonas Weißenborn]], Lager Nord.",
    "Kan du hjälpa mig skriva ett sms till [[PERSON|Elin Bergqvist]]? Jag vill byta mitt lördagspass mot hennes söndag, om [[PERSON|Anders]] som gör schemat godkänner det. Hennes nummer är [[PHONE_NUMBER|+46 70 318 42 96]].",
    "कृपया [[PERSON|सुनीता शर्मा]] के लिए एक छोटा स्वागत ईमेल लिखिए। वे सोमवार से हमारी अकाउंट्स टीम में शामिल हो रही हैं और उनकी टीम लीड [[PERSON|नेहा]] होंगी। उनका ईमेल [[EMAIL_ADDRESS|sunita.sharma91@rediffmail.com]] है। HR को उनका आधार नंबर [[ID_NUMBER|7350 1842 9627]] भी भेजना है, क्या वह ईमेल में डालना ठीक रहेगा?",
    "¿Me ayudas a escribir una carta de recomendación para [[PERSON|Mateo Álvarez Ruiz]]? Trabajó dos años conmigo como técnico de soporte. En la empresa nueva le piden que la carta incluya su DNI, [[ID_NUMBER|71358024H]]; ¿es normal eso? Yo firmo como [[PERSON|Carmen Ibarra]], jefa de sistemas.",
    "Napiš prosím zdvořilý e-mail pro paní [[PERSON|Terezu Novotnou]] z personálního, že jsem ve formuláři spletl rodné číslo. Správně je [[ID_NUMBER|880317/4622]]. Podpis: [[PERSON|Ondřej Král]], oddělení IT.",
    "Tolong buatkan pesan WhatsApp yang sopan untuk Pak [[PERSON|Budi Santoso]], kandidat yang jadwal wawancaranya diundur ke hari Rabu jam 10 pagi. Nomornya [[PHONE_NUMBER|+62 812-4471-0938]]. Tanda tangan dari [[PERSON|Sari]], tim rekrutmen.",
    # --- English ---
    "Can you draft a rejection email for Mr [[PERSON|Okafor]]? He interviewed well but we went with someone who has SAP experience. Keep the door open for the warehouse supervisor role in spring.",
    "Write a one-line ticket: [[PERSON|Dana Whitlock]] locked out of Okta again.",
    "Please summarise this email thread for my manager:\n\nFrom: [[PERSON|Greta Lindahl]]\nHi all, the Leeds team moves to the third floor on 14 March. Crates arrive on the 10th. Please label everything with your name and desk number. Anyone with a standing desk, tell [[PERSON|Marcus]] by Friday.\n\nFrom: [[PERSON|Marcus Adeyemi]]\nAlso, lockers are being reassigned; the combination for bank B is [[PASSWORD|0613]] until IT issues cards.",
    "Is this a scam? Someone called [[PERSON|Trevor Haines]] from 'IT Support' phoned asking me to read out the code from my authenticator and confirm my staff login, [[ID_NUMBER|jbatista]]. He knew my manager's name. I hung up, but I had already told him the login.",
    "My colleague [[PERSON|Hope Mwangi]] is leaving after nine years. Could you write three short, warm lines for the card that aren't cheesy? She trained half the call centre.",
    "Here's my call log from this morning, turn it into a short note for the file:\n09:12 rang [[PERSON|Leticia Moraes]] re offer, she wants 2 weeks to decide\n09:40 her current employer has counter-offered\n10:05 agreed we can move start date to 3 June\nmobile [[PHONE_NUMBER|+55 11 98437-2016]]",
    "[[PERSON|Grant]] wants the interview scorecards by 5. Can you turn my scribbles into a tidy table? Candidate A strong on SQL, weak on stakeholders; Candidate B the reverse; Candidate C no-show.",
    "I accidentally pasted our Greenhouse API key in a public Slack channel: [[API_KEY|gh_live_7Fq2Kx9LmP4vR8tZ1wYc3NbH6jDs0aEu]]. [[PERSON|Ines]] from security is on holiday. How fast do I need to revoke it, and who else should I tell?",
    "Translate into French for our new site manager: 'Dear Mr [[PERSON|Roux]], your badge will be ready at reception on Monday. Your temporary PIN for the printers is [[PASSWORD|5521]].'",
    "I'm filling in an I-9 for our new hire and the SSN on her card, [[US_SSN|238-41-7762]], doesn't match what she wrote on the W-4. Her name is [[PERSON|Marisol Quintero]]. What's the right way to ask her about it without sounding accusatory?",
    "Rewrite so it sounds less passive-aggressive: '[[PERSON|Colin]], this is the third timesheet this month submitted after the Monday deadline. Payroll has had to run you manually every time.'",
    "Who owes what? Office move pizza: [[PERSON|Tash]] paid £64, [[PERSON|Rob]] £22 for drinks, [[PERSON|Benji]] nothing yet. Six people ate. Split it evenly.",
    "Please make this interview feedback more structured. [[PERSON|Zainab Al-Masri]]: excellent on the case study, a bit vague on budgeting, asked good questions about team culture. I'd move her forward. Recruiter is [[PERSON|Kieran]] if you need to cc.",
    "Can you write a cover note to go with a contract we're couriering to [[PERSON|Ngozi Eze]] at [[STREET_ADDRESS|22 Larch Grove, Didsbury, Manchester M20 6RT]]? She asked for a copy by email as well: [[EMAIL_ADDRESS|ngozi.eze@outlook.com]].",
    "Our contractor [[PERSON|Pieter de Vries]] wants his March invoice paid to [[IBAN_CODE|NL37 RABO 0317 6624 58]]. Draft a two-line confirmation email and remind him to add his KvK number to future invoices.",
    "Write this up for the IT queue: laptop of [[PERSON|Yaw Boateng]] keeps dropping VPN, assigned address [[IP_ADDRESS|192.0.2.147]], happens every 20 min, started after the Windows update.",
    "Farewell card ideas for [[PERSON|Raj]]?",
    "My new manager is [[PERSON|王丽娟]] and I want to introduce myself in a short, polite email in Mandarin. I'm joining the Shenzhen procurement team next week as a buyer.",
    "Help me reply to [[PERSON|فاطمة الزهراء]], who asked whether she can swap her Thursday afternoon shift with mine. I can, but only if she covers the stock count on Saturday.",
    "Please summarise this reference we got for [[PERSON|Дмитрий Соколов]] from his previous employer: punctual, thorough, a bit quiet in meetings, left because of relocation, eligible for rehire. Make it two sentences for the hiring file.",
    "I paid for the recruitment fair stand on my personal card, [[CREDIT_CARD|4716 2093 5581 4728]], because the company card was maxed out. How do I word the expense claim so [[PERSON|Petra]] in finance doesn't bounce it?",
    "Hi, this is [[PERSON|Callum]] from the warehouse. My password for the rota system got reset to [[PASSWORD|Rota2024!Spring]] and it won't let me change it. Can you write a message to IT explaining that?",
    "What's a polite way to turn down [[PERSON|Sunny]]'s request to work from Lisbon for two months? Our insurance doesn't cover it.",
    "Clean up these onboarding notes into a checklist:\n- [[PERSON|Amara]] laptop ordered, arrives Tue\n- [[PERSON|Jun Watanabe]] needs badge photo\n- [[PERSON|Oluwaseun Adebayo]] right to work checked, passport [[ID_NUMBER|548213907]]\n- all three need H&S induction with [[PERSON|Bev]]",
    "Got a voicemail from [[PHONE_NUMBER|+44 7700 900318]] saying they're from our payroll provider and my tax code needs 'verifying' by phone. The caller said her name was [[PERSON|Jacqueline Moss]]. Legit or not?",
    "Help me write my self-assessment. Wins: migrated 40 users to the new helpdesk, cut the ticket backlog by a third, trained [[PERSON|Orla]] and [[PERSON|Mehmet]]. Weakness: documentation. Keep it under 150 words.",
    "We're sending [[PERSON|Alistair Drummond]]'s office kit back to him now he's fully remote. Address: [[STREET_ADDRESS|Flat 2/1, 48 Hyndland Road, Glasgow G12 9UP]]. Write a checklist of what to pack.",
    "Write a friendly reminder to [[PERSON|Katrin Vogel]] that her timesheet for week 11 is still missing. She prefers calls, so add a line asking her to ring me back; her number is [[PHONE_NUMBER|030 23125 644]].",
    "Can you tidy this text to a casual? 'Hey [[PERSON|Mitch]] can u do Sat 8-4 at the Fremantle store, [[PERSON|Shaz]] called in sick. Let me know asap. [[PERSON|Bronwyn]] [[PHONE_NUMBER|0491 570 226]]'",
    "Make a one-page welcome sheet for interns: building hours 7-7, kitchen on level 2, staff wifi 'HQ-Staff' password [[PASSWORD|Pelican#Harbour58]], IT contact [[PERSON|Lydia Chen]] on ext 4410.",
    "Translate to French and keep it formal: 'Dear Ms [[PERSON|Aubert]], we'd like to invite you to a second interview on 4 April at 10:00. Please confirm by replying to this message or by calling [[PERSON|Hélène]] on [[PHONE_NUMBER|06 39 98 41 72]].'",
    "Write a short thank-you note from me to [[PERSON|佐藤 健太]] for covering my shifts while I was off. Sign it [[PERSON|Aiko]].",
    "Help me structure feedback for my intern [[PERSON|Park Ji-woo]]: strong coding, shy in standups, needs to ask for help sooner.",
    "Please write a short email to payroll ([[PERSON|Deirdre]]) saying my overtime for February wasn't paid. Employee number [[ID_NUMBER|E-448271]], I worked 14 extra hours across three Saturdays. Copy in my personal email [[EMAIL_ADDRESS|liam.kavanagh77@gmail.com]].",
    "An agency recruiter said she needs my full Social Security number before she can submit me for a contract role. I gave her [[US_SSN|531-07-2284]] over the phone yesterday. Her name was [[PERSON|Brittany Kowalczyk]]. Was that normal? What should I do now?",
    "Our HR system's webhook is failing. Logs show requests from [[IP_ADDRESS|203.0.113.9]] rejected with 401. The key in the config is [[API_KEY|hrx_sk_4Tq9WvB2mLp7Zr1KcY8eNd3Hs6Ua0Gf5]]. [[PERSON|Anton]] set it up before he left. What should I check first?",
    "Shorter please: 'Dear [[PERSON|Faith]], thank you so much for everything you've done for the team over the past six years, we'll all miss you.'",
    "Leaving card for [[PERSON|Spud]] (real name [[PERSON|Desmond Murphy]]), 30 years in the depot. Funny but kind, please.",
    "A Spanish contractor, [[PERSON|Begoña Etxeberria]], sent her NIE as [[ID_NUMBER|X4827193E]] for the supplier form. Does that look like an NIE or a DNI? I need to tick the right box.",
    "Payroll says my PPS number is wrong on the system. It should be [[ID_NUMBER|8305917KA]], not what's there. Write me a quick email to [[PERSON|Siobhán]] in HR.",
    "I'm onboarding [[PERSON|Sigríður Jónsdóttir]] as a freelancer in Reykjavik. Her kennitala is [[ID_NUMBER|120489-2329]]. What else should I collect before the first invoice?",
    "Draft a mid-year review summary for [[PERSON|Vikram Iyer]]: exceeded the sales target by 12%, two customer complaints about response time, mentoring [[PERSON|Ishaan]]. Balanced tone.",
    "Who's covering what? [[PERSON|Lena]] takes Monday early, [[PERSON|Joao]] swaps Wednesday with [[PERSON|Precious]], [[PERSON|Tomás]] is off all week. Can you put it in a neat table for the staffroom board?",
    "Is it okay to share the payroll login with [[PERSON|Marguerite]] while I'm on leave? Username [[ID_NUMBER|payroll.admin3]] and password [[PASSWORD|Lavender-Ledger-19]]. She'd only use it for the month-end run.",
    "Draft a note for the movers: loading bay on Tabernacle Street, gate code [[PASSWORD|7731X]], ask for [[PERSON|Ken]] on site, goods lift booked 8 till 12 only.",
    "Can you translate this WhatsApp from our Jakarta supplier into English? 'Selamat pagi Mbak [[PERSON|Rina]], invoice bulan Maret sudah kami kirim. Mohon dicek ya. Terima kasih, [[PERSON|Agus]].'",
    "Please reply to this for me, politely declining to give more than dates of employment:\n\n'Hello, I'm checking a reference for [[PERSON|Nathaniel Brooks]], who lists you as his supervisor at Harbourside. Could you tell me why he left? Call me on [[PHONE_NUMBER|(617) 555-0143]]. Thanks, [[PERSON|Renée Caldwell]]'",
    "My expenses reimbursement went to my old bank account. The new one is [[IBAN_CODE|GB31 LOYD 3091 4472 8816 05]]. Write a short note to [[PERSON|Howard]] in accounts asking him to update it and resend the £212.40.",
    "Is this phishing? 'Hi, it's [[PERSON|Gemma Price]] from HR, we're moving payroll providers, please confirm your bank details and employee PIN at this link.' It came from [[EMAIL_ADDRESS|gemma.price.hr@payroll-update-portal.net]].",
    "My friend [[PERSON|Rukhsana]] got an offer letter from [[EMAIL_ADDRESS|careers.team@talentbridge-globalhire.co]] for a job she never applied for, asking for a $200 equipment fee before her start date. Scam, right? Should she reply at all?",
    "Add up [[PERSON|Yusra]]'s hours for me: Mon 8:15 to 16:45 with 30 min lunch, Tue 9 to 17:30 with 45 min lunch, Wed 7:30 to 12 with no break.",
    "I'm interviewing [[PERSON|Ellie Hartmann]] tomorrow for a junior data role. Her CV mentions a project inspired by Florence Nightingale's statistics. Give me three good questions about it.",
    "Write a short email to [[PERSON|Rafael Sousa]] confirming his freelance day rate of €450 and a start date of 2 May. His NIF for the contract is [[ID_NUMBER|238419762]].",
    "Help me decide between [[PERSON|Bill]] and [[PERSON|Chase]] for night shift lead. [[PERSON|Bill]]: ten years, grumpy, never misses a shift. [[PERSON|Chase]]: two years, popular, a bit disorganised.",
    "I'm off tomorrow and [[PERSON|Dawn]] is opening. Can you write her a handover note? Alarm code [[PASSWORD|2894]], keys in the key safe (code [[PASSWORD|1066]]), float in the top drawer, delivery at 9.",
    "Summarise: [[PERSON|Tariq]] says the candidate ghosted after the offer; [[PERSON|Melanie Ross]] thinks we should call once more; [[PERSON|Ivo]] wants to reopen the ad. What's the best next step?",
    "Draft an offer call script for [[PERSON|Kavya Reddy]]. I'll ring her on [[PHONE_NUMBER|+91 98450 31276]] at 11 IST. Salary 18 LPA, joining bonus, notice period buyout.",
    "My reference for [[PERSON|Chukwuemeka Obi]] has to go to the embassy. Can you check it reads formally? 'I have known Mr [[PERSON|Obi]] since 2017 as a colleague at our Lagos office, and I can vouch for his integrity.'",
    "Please write to the IT helpdesk for me: my mailbox [[EMAIL_ADDRESS|t.abernathy@kestrelhomes.co.uk]] was disabled when my contract ended, but I've been re-hired from Monday. My old password was [[PASSWORD|Kestrel!Roof88]] if that helps. Line manager is [[PERSON|Ruth Penhaligon]].",
    "Can you make this message nicer? '[[PERSON|נועה]], you swapped with me and then didn't show up. I got the blame.'",
    "Summarise this note from the cleaning agency: [[PERSON|Γιώργος Παπαδόπουλος]] will cover Tuesday and Thursday nights from next week, uniform size L, needs a locker.",
    "Write directions for a candidate, [[PERSON|Moana Tuilagi]], coming to our Auckland office from the ferry. Also book her a taxi back to [[STREET_ADDRESS|17 Kōwhai Street, Devonport, Auckland 0624]].",
    "Our new starter [[PERSON|Lachlan Bui]] put his TFN on the form as [[ID_NUMBER|459 182 737]] but left the super fund blank. Write a friendly nudge to him.",
    "Fix the grammar: 'Per our call, [[PERSON|Jerome]]'s SSN on file is [[US_SSN|609-52-1138]] and it have been corrected in ADP, please rerun his W-2.'",
    "Our freelancer pushed a token to the repo README: [[API_KEY|ghp_Z8kQm2Vt6Rw1Nx4Lp9Hs3Yb7Fc0Dj5Ge2Ua8Wi]]. I've told [[PERSON|Marta Kowalska]] to revoke it. Draft a short note reminding contractors how to store secrets.",
    "What's the safest way to hand over AWS credentials to our new DevOps contractor [[PERSON|Sebastián Ortega]]? Right now the access key [[API_KEY|AKIA4QX7RZ2MN8BV5TLK]] is sitting in a shared Google Doc.",
    "Booking a hotel for interview candidate [[PERSON|Adwoa Mensah]], two nights. Finance told me to use the recruitment card [[CREDIT_CARD|5412 7730 1968 0258]], exp 09/27. Write the booking request email to the hotel.",
    "I put the team-building lunch on my Amex [[CREDIT_CARD|3478 219046 83159]] by mistake instead of the corporate one. How do I claim it back? [[PERSON|Fergus]] has to approve.",
    "Write a welcome message for [[PERSON|Elif Yıldırım]] joining the Istanbul office. Mention her buddy will be [[PERSON|Cem]] and that the first week includes a safety induction.",
    "Make this call note readable for the ticket: 'caller [[PERSON|Janelle Fitzgerald]], cb [[PHONE_NUMBER|(312) 555-0178]], cant log in to timesheets, reset to temp [[PASSWORD|Blue7Otter!]], told her to change on first login'",
    "Plan a seating chart for 12 people moving to the new floor. [[PERSON|Ahmed]] and [[PERSON|Niamh]] need to be near a window (migraines), [[PERSON|Olu]] needs a standing desk, [[PERSON|Marguerite Dubois]] and [[PERSON|Sven]] share a printer.",
    "Please check this invoice line before I pay it: 'Freelance translation, 12 pages, [[PERSON|Annika Brandt]], IBAN [[IBAN_CODE|DE97 1001 0010 0874 3312 95]].' Is the IBAN the right length for Germany?",
    "Write a thank-you email to Mrs [[PERSON|Higgins]], who was my referee. I got the job!",
    "Rota question: [[PERSON|Summer]] wants every Friday off for college and [[PERSON|Rich]] wants every Saturday. With four staff, is that doable on a seven-day rota?",
    "Our Stockholm contractor [[PERSON|Linnea Holm]] sent her personnummer, [[ID_NUMBER|890614-7320]], for the agreement. Should that go in the contract body or in a separate data sheet?",
    "Ideas for a leaving gift for Prof [[PERSON|Adeyinka]], retiring after 31 years in the lab? Budget £300, collected from about 40 people.",
    "Rewrite this more clearly: 'hi IT, my name is [[PERSON|Ravi Subramanian]], desk 3.41, my second monitor flickers and my headset isnt recognised, asset tag 20931, login [[ID_NUMBER|rsubramanian]]'",
    "The office alarm code changes on Monday to [[PASSWORD|6402]]. Write a message to the key holders, [[PERSON|Lorraine]], [[PERSON|Kofi]] and [[PERSON|Paddy]], without putting the code in the subject line.",
    "Proofread: 'Dear [[PERSON|Jana]], attached is your contract for the Brno role; your start date is 1 July, and your locker code will be [[PASSWORD|3317]].'",
    "I need to fill in the casual onboarding form for [[PERSON|Tayla]]. She's given me her Medicare number, [[ID_NUMBER|2947 51831 1]]. Does the employer actually need that?",
    "Can you summarise this email in three bullets?\n\n'Hi [[PERSON|Sadia]], following up on our chat about the restructure. From 1 June the helpdesk moves under Facilities and you'll report to [[PERSON|Declan Moore]] instead of me. Your grade and pay don't change. The night rota will be shared with [[PERSON|Eun-ji]] and [[PERSON|Lukas]]. If you'd rather move to Infrastructure, tell me by 20 May and I'll speak to [[PERSON|Declan]]. Sorry this is by email, I'm off until Thursday. Best, [[PERSON|Jo]]'",
    "Our Johannesburg recruiter asked a candidate, [[PERSON|Thabo Nkosi]], for his ID number and he sent [[ID_NUMBER|870623 5148 081]] by WhatsApp. How should we store it under POPIA?",
    "Check this is polite: 'Hi [[PERSON|Wei Ling]], for the payroll set-up we need your NRIC, which you gave as [[ID_NUMBER|T0218465B]]. Could you confirm it's correct?'",
    "Security flagged a sign-in to the HR portal for [[PERSON|Beatriz Lima]] from [[IP_ADDRESS|198.51.100.77]] at 3am. She says it wasn't her. Draft the message asking her to reset her password and turn on MFA.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Harriet Quayle]] joined the Bristol claims team on 3 February 2020; her NHS number for the occupational health file is [[ID_NUMBER|401 223 7586]] and her work mobile is [[PHONE_NUMBER|07700 900512]].",
    "Applicant: [[PERSON|Olamide Bankole]] | Email: [[EMAIL_ADDRESS|olamide.bankole@yahoo.co.uk]] | Mobile: [[PHONE_NUMBER|+44 7700 900274]] | Stage: phone screen | Source: referral",
    '{"employee": "[[PERSON|Inês Carvalho]]", "site": "Porto", "payroll_iban": "[[IBAN_CODE|PT09 0033 0000 4531 7820 9630 5]]", "start": "2023-09-04"}',
    '2024-03-11T08:14:52Z auth.fail user=[[ID_NUMBER|mkowalczyk]] name="[[PERSON|Magdalena Kowalczyk]]" src=[[IP_ADDRESS|192.0.2.61]] reason=password_expired',
    "Reference request sent to [[PERSON|Douglas Fairbairn]] at [[EMAIL_ADDRESS|d.fairbairn@clydeview-eng.co.uk]] on 14 May; chase on [[PHONE_NUMBER|0131 496 0217]] if there is no reply by Friday.",
    "Starter form. Name: [[PERSON|Bartholomew Asante]]. Home address: [[STREET_ADDRESS|9 Quarry Hill Road, Tonbridge TN9 2RN]]. National Insurance number: [[ID_NUMBER|JK 48 27 31 C]].",
    "[[PERSON|Francesca Marini]], born in Rome on 23/12/1988, codice fiscale [[ID_NUMBER|MRNFNC88T63H501A]], joins the Milan office as customer success lead; contact [[EMAIL_ADDRESS|f.marini@postaweb.it]].",
    "[[PERSON|Luca Bruno]] | Torino | CF [[ID_NUMBER|BRNLCU91B14L219N]] | cell [[PHONE_NUMBER|+39 347 218 6604]] | contratto a progetto",
    "[[PERSON|Chen Xiaowen]], resident ID [[ID_NUMBER|440306199307251822]], transferred to the Shenzhen sourcing office on 1 August; mobile [[PHONE_NUMBER|+86 138 2741 0596]].",
    "[[ID_NUMBER|110105198803124533]], [[PERSON|Liu Haoran]], Beijing, warehouse supervisor, 2019-05-20",
    "Name: [[PERSON|Nurul Aisyah binti Rahman]]\nNRIC: [[ID_NUMBER|S8734912H]]\nDepartment: Finance shared services\nMobile: [[PHONE_NUMBER|+65 9127 4408]]",
    "[[PERSON|Kim Seo-yeon]] (resident registration no. [[ID_NUMBER|870922-2146389]]) was hired as a bilingual recruiter in the Seoul branch; reach her at [[PHONE_NUMBER|010-4827-3391]].",
    "Employee declaration: [[PERSON|Jarrah Wilson]], TFN [[ID_NUMBER|876 301 562]], casual, claims the tax-free threshold: yes.",
    "New contractor set-up: [[PERSON|Priyanka Sood]], Melbourne, TFN [[ID_NUMBER|812 604 394]], phone [[PHONE_NUMBER|+61 491 570 318]], invoicing weekly.",
    "[[PERSON|Callum Fraser]] | Medicare [[ID_NUMBER|5318 02744 2]] | Brisbane depot | first aid officer",
    "Payroll note: [[PERSON|Yuki Takahashi]], My Number [[ID_NUMBER|4827 1930 5614]], Osaka branch, commuting allowance approved.",
    "Dear [[PERSON|Aoife Brennan]], please find your leaver details below. PPS number: [[ID_NUMBER|6418273S]]. Final pay date: 28 June. Kind regards, Payroll",
    "Attestation employeur : [[PERSON|Julien Marchand]], numéro de sécurité sociale [[ID_NUMBER|1 85 07 75 114 208 41]], salarié depuis le 2 mars 2015, domicilié [[STREET_ADDRESS|14 rue des Vinaigriers, 75010 Paris]].",
    "[[PERSON|Camille Rousseau]] / NIR [[ID_NUMBER|2 92 11 69 381 047 76]] / CDD Lyon / [[PHONE_NUMBER|06 39 98 27 15]]",
    "Contractor onboarding: [[PERSON|Wouter Claes]], national number [[ID_NUMBER|85.07.30-217.38]], Ghent, bank account [[IBAN_CODE|BE47 0635 8827 1459]].",
    "[[PERSON|Eirik Haugen]] (fødselsnummer [[ID_NUMBER|140391 24514]]) started as a forklift operator in Drammen on 6 January; e-mail [[EMAIL_ADDRESS|eirik.haugen@online.no]].",
    "Candidate [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2950612401830]], passed the background check on 9 October.",
    "Ficha de personal: [[PERSON|Valentina Fuentes]], RUT [[ID_NUMBER|14.382.957-K]], Santiago, correo [[EMAIL_ADDRESS|vfuentes.rrhh@gmail.com]]",
    "Employee: [[PERSON|Kadri Tamm]]; isikukood [[ID_NUMBER|49005124273]]; Tallinn office; remote two days a week.",
    "Zaměstnanec: [[PERSON|Lucie Dvořáková]], rodné číslo [[ID_NUMBER|905412/1230]], nástup 1. 4., telefon [[PHONE_NUMBER|+420 604 318 275]].",
    "[[PERSON|Oksana Melnyk]], RNOKPP [[ID_NUMBER|3148572909]], relocated from Kyiv and joins the Kraków service desk on a B2B contract.",
    "Personalbogen: [[PERSON|Felix Hartung]], Steuer-ID [[ID_NUMBER|47291850365]], Anschrift [[STREET_ADDRESS|Lindenstraße 41, 10969 Berlin]], Telefon [[PHONE_NUMBER|030 23125 871]].",
    "[[PERSON|Tama Ngata]], NHI [[ID_NUMBER|ZKQ4833]], pre-employment medical booked for Tuesday at the Wellington clinic.",
    "Joining kit for [[PERSON|Rohan Deshmukh]]: Aadhaar [[ID_NUMBER|4821 6390 7157]], PAN pending, mobile [[PHONE_NUMBER|+91 90281 46735]], Pune office.",
    "[[PERSON|Maja Lindgren]], personnummer [[ID_NUMBER|950227-4187]], timanställd i Göteborg från och med vecka 14.",
    "Payroll setup | [[PERSON|Geneviève Tremblay]] | SIN [[ID_NUMBER|527 814 396]] | Montréal | direct deposit on file",
    "[[PERSON|Mikko Heikkinen]], henkilötunnus [[ID_NUMBER|150385-417F]], kesätyöntekijä, puhelin [[PHONE_NUMBER|+358 40 718 2264]].",
    "[[PERSON|Agnieszka Zielińska]], PESEL [[ID_NUMBER|88071437626]], umowa zlecenie, Wrocław, e-mail [[EMAIL_ADDRESS|a.zielinska@o2.pl]]",
    "Intern record: [[PERSON|Kacper Nowicki]], PESEL [[ID_NUMBER|01220988413]], supervisor: facilities.",
    "[[PERSON|Thiago Nascimento]] foi contratado como analista de suporte; CPF [[ID_NUMBER|386.214.597-28]], telefone [[PHONE_NUMBER|+55 21 99714-3308]].",
    '{"nome": "[[PERSON|Larissa Campos]]", "cpf": "[[ID_NUMBER|704.518.263-53]]", "cargo": "recrutadora", "email": "[[EMAIL_ADDRESS|larissa.campos@uol.com.br]]"}',
    "[[PERSON|Emre Aksoy]], T.C. kimlik no [[ID_NUMBER|48725039660]], İzmir deposu, vardiya amiri",
    "Visa support letter for [[PERSON|Zeynep Kaya]], Turkish ID [[ID_NUMBER|21904857354]], who will attend onboarding in Amsterdam from 3 to 7 June.",
    "[[PERSON|Álvaro Méndez]], DNI [[ID_NUMBER|47219386H]], alta en la Seguridad Social el 15/01, domicilio [[STREET_ADDRESS|Calle de Embajadores 112, 3º B, 28045 Madrid]].",
    "Freelancer: [[PERSON|Nerea Gil]] | DNI [[ID_NUMBER|05831742T]] | IBAN [[IBAN_CODE|ES75 2100 4187 3602 0019 8843]] | Bilbao",
    "Work permit file: [[PERSON|Andrei Popescu]], NIE [[ID_NUMBER|Y2650418G]], Valencia, phone [[PHONE_NUMBER|+34 655 21 40 87]].",
    "OH referral: [[PERSON|Gareth Pryce]], NHS no. [[ID_NUMBER|943 618 2074]], night shift picker, back strain reported 2 May.",
    "[[PERSON|Shabnam Choudhury]] | NHS [[ID_NUMBER|462 095 1137]] | [[EMAIL_ADDRESS|shabnam.c@btinternet.com]] | reasonable adjustments agreed",
    "[[PERSON|Daan Visser]], BSN [[ID_NUMBER|237184655]], uitzendkracht magazijn Tilburg, mobiel [[PHONE_NUMBER|+31 6 4827 1093]].",
    "Payroll import row: [[PERSON|Femke Jansen]];[[ID_NUMBER|610293849]];Utrecht;0.8 FTE",
    "[[PERSON|Sanne de Groot]] (BSN [[ID_NUMBER|174652033]]) heeft haar contract ondertekend; werkmail [[EMAIL_ADDRESS|sanne.degroot@planmeester.nl]].",
    "Ticket 48213 | requester: [[PERSON|Bongani Zulu]] | login [[ID_NUMBER|bzulu]] | issue: MFA reset | IP [[IP_ADDRESS|203.0.113.201]]",
    "Hi [[PERSON|Rosalind]], your temporary password is [[PASSWORD|Marigold-42-Ferry]]; please change it when you first sign in. IT Service Desk",
    "Expense claimant: [[PERSON|Desmond Achterberg]]; card used: [[CREDIT_CARD|4539 8801 2764 1931]]; total £84.20; purpose: client lunch.",
    "[[PERSON|Marcus Webb]] lives at [[STREET_ADDRESS|14 Chalk Lane, Hitchin SG5 1PW]] and can be reached on [[PHONE_NUMBER|07700 900683]] for the reference check.",
    "Employee ID [[ID_NUMBER|EMP-30917]] belongs to [[PERSON|Ayesha Siddiqui]], payroll analyst, based in Slough.",
    "[[PERSON|Tyrone Whitaker]], SSN [[US_SSN|147-83-5206]], hired 06/17 as a forklift driver at the Memphis DC; phone [[PHONE_NUMBER|(901) 555-0126]].",
    '{"name": "[[PERSON|Keisha Monroe]]", "ssn": "[[US_SSN|318-46-9027]]", "state": "GA", "w4_status": "single"}',
    "New hire packet: [[PERSON|Brandon Oyelowo]], [[STREET_ADDRESS|2217 Maple Crest Drive, Plano, TX 75074]], [[EMAIL_ADDRESS|b.oyelowo@icloud.com]], cell [[PHONE_NUMBER|(469) 555-0191]].",
    "Leaving card collection, organiser [[PERSON|Pauline Greaves]], pay in to [[IBAN_CODE|GB51 BARC 2015 8873 1042 67]] by Thursday.",
    "Interview confirmation: [[PERSON|Tobias Engel]] on 12 April at 14:00, Room 3B. Contact: [[EMAIL_ADDRESS|tobias.engel@web.de]]",
    "Contractor [[PERSON|Sven Halvorsen]] | day rate €520 | IBAN [[IBAN_CODE|SE79 5000 0000 0583 9177 2210]] | VAT registered",
    "2024-05-02 17:41:09 WARN vpn: session dropped for [[ID_NUMBER|akhan]] ([[PERSON|Arif Khan]]) from [[IP_ADDRESS|198.51.100.140]]",
    "[[PERSON|Élodie Garnier]], 38 ans, responsable paie, [[EMAIL_ADDRESS|elodie.garnier@laposte.net]], [[PHONE_NUMBER|+33 6 39 98 05 62]].",
    "Member of staff: [[PERSON|Hamish McAllister]]. Locker 112, combination [[PASSWORD|8-3-6-1]]. Issued 9 Sept.",
    "Dear [[PERSON|Yolanda]], thank you for applying for the receptionist post. We would like to invite you to interview on Monday 3 March and will call you on [[PHONE_NUMBER|07700 900129]] to confirm.",
    "Shift swap log: [[PERSON|Kerry-Ann Baptiste]] swaps Sat 12th nights, approved by rota lead; contact [[PHONE_NUMBER|07700 900946]].",
    "API credentials issued to contractor [[PERSON|Nikolai Petrov]]: key [[API_KEY|pk_hr_9sLq2VxT7mBw4Kd1Rz8Yc3Fn6Gh0Jp5E]], expires 30/09.",
    "Name: [[PERSON|Wanjiru Kamau]]\nRole: Field recruiter, Nairobi\nPhone: [[PHONE_NUMBER|+254 722 418 907]]\nEmail: [[EMAIL_ADDRESS|wanjiru.kamau@gmail.com]]",
    "[[PERSON|Reginald Ashworth]] retires on 31 May after 34 years; send cards to [[STREET_ADDRESS|Rose Cottage, 3 Mill Street, Ludlow SY8 1BE]].",
    "helpdesk: pw reset for [[ID_NUMBER|jmorales]] ([[PERSON|Javier Morales]]), new temp [[PASSWORD|Tangerine!204]], verified via callback",
    "Candidate [[PERSON|Ahmad Rahimi]] provided passport [[ID_NUMBER|P7215503]] for the right-to-work check; a copy is held by HR.",
    "[[PERSON|Lerato Mokoena]], payroll clerk, Cape Town, cell [[PHONE_NUMBER|+27 82 417 3095]].",
    "Corporate card holder: [[PERSON|Graham Tolley]]; card [[CREDIT_CARD|3742 905118 66233]]; limit £5,000; cost centre 4410.",
    "Reference: I confirm that [[PERSON|Patrycja Lewandowska]] worked for us as a bookkeeper from 2018 to 2023. She can be contacted at [[EMAIL_ADDRESS|p.lewandowska@interia.pl]].",
    "User account created: [[ID_NUMBER|dfinnegan]] for [[PERSON|Deirdre Finnegan]], start date 07/10, wifi passphrase [[PASSWORD|GreenGable!Orchard]] sent separately.",
    "[[PERSON|Ratna Wulandari]], NIK [[ID_NUMBER|3174054508910002]], staf administrasi, HP [[PHONE_NUMBER|0812-3390-4417]].",
    "[[PERSON|अमित वर्मा]], कर्मचारी संख्या [[ID_NUMBER|KR-55120]], फ़ोन [[PHONE_NUMBER|+91 98711 20463]]",
    "Visitor badge issued to [[PERSON|Yousef Al-Harbi]], national ID [[ID_NUMBER|1083462711]], host: procurement.",
    "Timesheet approved: [[PERSON|Noor Haddad]] (emp. no. [[ID_NUMBER|44-7102]]) 37.5 h, week 19.",
    "[[PERSON|Oscar Lindqvist]] | username [[ID_NUMBER|olindqvist]] | last login from [[IP_ADDRESS|203.0.113.77]] | status: disabled (leaver)",
    "Please send the leaver's P45 to [[PERSON|Bethany Crouch]] at [[STREET_ADDRESS|Flat 7, Moorgate House, 12 Station Road, Sheffield S2 4HP]].",
    "emp_no, name, email, ext\n[[ID_NUMBER|30388]], [[PERSON|Isabela Ferreira]], [[EMAIL_ADDRESS|isabela.ferreira@yahoo.com.br]], 2291",
    "Hello Mr [[PERSON|Obuya]], your staff account [[ID_NUMBER|sobuya01]] has been unlocked. Your one-time PIN is [[PASSWORD|590217]].",
    "[[PERSON|Freya Whitmore]] paid the recruitment fair deposit with card [[CREDIT_CARD|4024 0071 5893 2060]]; refund requested 4 March.",
    "Traveller profile: [[PERSON|Dhruv Malhotra]], frequent flyer [[ID_NUMBER|BA 58219047]], company card [[CREDIT_CARD|5190 8842 3371 5081]], aisle seat.",
    "Expense card reissued to [[PERSON|Connor Mulligan]]: [[CREDIT_CARD|5287 4410 9036 7128]]; old card cancelled.",
    "[[PERSON|Svetlana Orlova]] signed the offer letter electronically from [[IP_ADDRESS|198.51.100.204]] at 21:14 on 2 June.",
    "Slack bot token for the onboarding workflow, owner [[PERSON|Jamal Idris]]: [[API_KEY|xoxb-5918273640-7281940365-Qm7rT2wZpX9kLc4Nv8Bd1Hs6]]",
    "Exit interview: [[PERSON|Tomasz Wróbel]], leaving for a competitor, forwarding email [[EMAIL_ADDRESS|tomek.wrobel@wp.pl]], phone [[PHONE_NUMBER|+48 601 447 239]].",
    "[[PERSON|Layla Hassan]], 29, [[STREET_ADDRESS|815 Cedar Avenue, Apt 4C, Dearborn, MI 48124]], applied for shift lead.",
    "Keyholder list: [[PERSON|Dominic Farrelly]], mobile [[PHONE_NUMBER|+353 87 214 6690]], alarm code [[PASSWORD|3958]].",
    "[[PERSON|Margaux Lefebvre]], freelance UX designer, invoices to IBAN [[IBAN_CODE|FR35 3000 4028 3700 0107 4581 273]].",
    "[[PERSON|Jannik Sommer]], Werkstudent, Konto [[IBAN_CODE|DE77 5003 0200 0467 1129 83]], E-Mail [[EMAIL_ADDRESS|jannik.sommer@gmx.de]]",
    "Collaboratore esterno: [[PERSON|Giulia Ferraro]], IBAN [[IBAN_CODE|IT30 X030 6909 6061 0000 0118 342]], telefono [[PHONE_NUMBER|+39 328 415 0736]].",
    "[[PERSON|Petr Svoboda]], externista, účet [[IBAN_CODE|CZ69 0800 0000 0019 2745 3682]].",
    "[[PERSON|Samira Benali]], standby rota, [[PHONE_NUMBER|06 39 98 73 10]]",
    "Profile: [[PERSON|Hyun-woo Cho]], Senior QA, username [[ID_NUMBER|hcho]], GitHub [[ID_NUMBER|hyunwoo-qa]], Busan.",
    "[2024-02-19 09:03] badge [[ID_NUMBER|77182]] denied at door L2-East for [[PERSON|Ifeoma Nwankwo]] (employee [[ID_NUMBER|N-20913]])",
    "To whom it may concern, [[PERSON|Carys Llewellyn]] has worked at our Cardiff branch since 2016 and has my full recommendation. Her current address is [[STREET_ADDRESS|31 Heol y Nant, Whitchurch, Cardiff CF14 1AL]].",
    "Visitor register 14/03: [[PERSON|Aurelio Santangelo]], interview, host HR, phone [[PHONE_NUMBER|07700 900155]].",
    "Emergency contact form for [[PERSON|Rosalie Okoro]]: next of kin not given, mobile [[PHONE_NUMBER|07700 900372]], home [[STREET_ADDRESS|5 Pemberton Mews, Bath BA1 2QT]].",
    "W-4 received for [[PERSON|Danielle Kerrigan]], SSN [[US_SSN|270-39-6158]], filing status married.",
    "[[PERSON|Mei Ling Tan]] ([[EMAIL_ADDRESS|meiling.tan@singnet.com.sg]]) accepted the offer and starts on 2 September.",
    "Probation review due for [[PERSON|Kostas Antoniou]], employee number [[ID_NUMBER|GR-10452]]; manager to confirm by the 30th.",
]

# 25 MT-Bench/Vicuna-style prompts, some naming historical or fictional people.
CLEAN_MTBENCH = [
    "Write a persuasive memo to a company's leadership arguing for a four-day working week, using at least two pieces of evidence and answering one likely objection.",
    "Imagine you are Sherlock Holmes interviewing for a job as a corporate fraud investigator. Answer the question 'Why should we hire you?' in character.",
    "Compose a short poem about the first day at a new job in the style of Emily Dickinson.",
    "What are the main differences between a contractor and an employee in terms of rights and tax obligations? Answer in general terms for someone new to freelancing.",
    "Explain the STAR method for answering behavioural interview questions and give an example answer to a question about handling conflict with a colleague.",
    "Role-play as a career coach. I will describe my situation and you will ask me questions one at a time. Start by asking about my current role.",
    "Extract the job title, salary range and location from this advertisement and return them as JSON: 'Senior Payroll Analyst, hybrid in Leeds, £42,000 to £48,000, permanent.'",
    "Write a Python function that takes a list of shift start and end times and returns the total hours worked, deducting an unpaid 30-minute break from any shift longer than six hours.",
    "How might Henry Ford's moving assembly line have changed the way factories recruited and trained workers? Discuss in two paragraphs.",
    "Draft a template leaving-card message a manager could adapt for any team member, in three tones: formal, warm and humorous.",
    "What would a performance review look like if it were written by Mr Darcy from Pride and Prejudice? Keep it under 150 words.",
    "Compare open-plan offices and private offices for productivity and wellbeing. Give a balanced answer with pros and cons of each.",
    "Explain to a new IT helpdesk analyst why they should never ask users to read out their password over the phone, and what to do instead.",
    "Write a short story of under 300 words about an office move in which a potted fern becomes the most important member of the team.",
    "How can a small charity with no HR department run a fair recruitment process? Give a numbered list of steps.",
    "Suppose Ada Lovelace applied for a modern software engineering job. Write the cover letter she might send.",
    "Rewrite this sentence to be more concise: 'In the event that an employee is unable to attend their scheduled shift, it is necessary that they notify their line manager at the earliest possible opportunity.'",
    "What are the most common warning signs that a remote job offer is a scam?",
    "Design a one-week onboarding plan for a junior accountant joining a team of eight, with one goal for each day.",
    "Write an SQL query that finds employees who submitted more than three expense claims in a single calendar month, given a table claims(employee_id, submitted_on, amount).",
    "Explain what the phrase 'quiet quitting' means and whether it is a useful idea for managers.",
    "If Odysseus had to fill in a timesheet for his ten-year journey home, what activity categories would he need? Answer with humour.",
    "Evaluate the argument: 'Unlimited holiday policies always lead to employees taking less leave.' Identify its assumptions and the evidence that would be needed.",
    "Give me five icebreaker questions for a team meeting that won't make introverts uncomfortable.",
    "Summarise the main ideas of Frederick Winslow Taylor's scientific management and give one criticism of it.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priya works 7.5 hours a day, five days a week, and is paid $18 an hour. Overtime is paid at 1.5 times the normal rate. Last week she also worked 6 hours of overtime. How much did she earn last week?",
    "An office is moving 48 desks to a new floor. The lift holds 3 desks per trip and each round trip takes 6 minutes. How many minutes will it take to move all the desks?",
    "Tom collected money for a leaving gift. 24 colleagues gave $5 each and 6 gave $10 each. The gift costs $150. How much money is left over?",
    "A recruiter screens 120 CVs. She invites 15% of them to a phone interview, and one third of those are invited to a final interview. How many people reach the final interview?",
    "Maya's expense claim has a hotel stay of $95 per night for 3 nights, meals of $28 per day for 4 days and a train ticket of $64. What is the total of her claim?",
    "The helpdesk resolves 36 tickets on Monday, 25% more on Tuesday, and 10 fewer than Tuesday on Wednesday. How many tickets are resolved over the three days?",
    "Leo and Ana swap shifts. Leo's shift was 9 hours long and Ana's was 6.5 hours. Both are paid $16 an hour. How much more does Ana earn by working Leo's shift instead of her own?",
    "A freelancer charges $55 per hour and spends 12 hours on a project, plus a flat $80 fee for revisions. She sets aside 25% of the total for tax. How much does she keep?",
    "A company gives each new starter a welcome pack costing $42. It hired 9 people in the first quarter and 14 in the second. How much did it spend on welcome packs in the first half of the year?",
    "Omar started work at 8:45 and finished at 17:15 with a 45-minute unpaid lunch. How many paid hours did he work?",
    "Seven interviews are scheduled back to back, each 40 minutes long with a 10-minute gap between them. If the first starts at 9:00, at what time does the last one end?",
    "An office has 5 floors with 36 people on each. After a move, 20% of staff work from home full time. How many desks are needed in the new office?",
    "Grace and her five teammates share the cost of a $96 dinner for a colleague who is leaving; the colleague does not pay. How much does each of the six pay?",
    "A printer prints 22 pages per minute. How many minutes will it take to print 40 copies of an 11-page onboarding booklet?",
    "Ben earns $2,400 a month. He gets a 4% raise after his performance review and another 3% raise six months later. What is his monthly pay after both raises, to the nearest cent?",
    "Each IT support ticket takes an average of 18 minutes. If a technician works 7 hours with no breaks, how many complete tickets can he close?",
    "Sofia claims mileage for 146 miles at 45 cents per mile and parking of $12.50. What is her total claim?",
    "A hiring campaign costs $3,000 in advertising and $450 for each interview day. It runs 4 interview days and hires 5 people. What is the cost per hire?",
    "Kenji works 4 night shifts of 10 hours each week. His base rate is $17 an hour and he gets a night premium of $3 an hour on top. What does he earn in a week?",
    "An agency keeps 18% of a contractor's daily rate of $500. How much does the contractor receive for a 20-day month?",
    "Lucy has 35 days of annual leave. She took 8 days in spring, twice as many in summer and 3 in autumn. How many days does she have left?",
    "A team packing for an office move fills 14 crates in the first hour and 3 more crates each hour than the hour before. How many crates are filled in the first four hours?",
    "Nadia shares a $74.40 taxi fare with three colleagues. One colleague pays only $10 and the other three split the rest equally. How much does each of those three pay?",
    "A call centre employs 40 people. 30% are part-time and work 20 hours a week; the rest work 37.5 hours. How many hours does the whole team work in a week?",
    "Hugo's team interviews 5 candidates with 3 interviewers. Each interviewer must see every candidate for 30 minutes, and an interviewer sees only one candidate at a time. What is the least number of hours the interviews can take?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following best describes a structured interview?\nA. An interview with no prepared questions\nB. An interview in which every candidate is asked the same questions in the same order\nC. An interview conducted only by a panel\nD. An interview held in a formal setting",
    "In Herzberg's two-factor theory, which of the following is a hygiene factor?\nA. Recognition\nB. Achievement\nC. Salary\nD. Responsibility",
    "Which attack tricks a user into revealing credentials by impersonating a trusted party?\nA. Phishing\nB. Buffer overflow\nC. SQL injection\nD. Denial of service",
    "Under the US Fair Labor Standards Act, non-exempt employees must generally be paid overtime for hours worked beyond:\nA. 35 hours in a workweek\nB. 40 hours in a workweek\nC. 8 hours in any day\nD. 45 hours in a workweek",
    "The 'halo effect' in performance appraisal refers to:\nA. Rating everyone as average\nB. Letting one positive trait influence ratings of unrelated traits\nC. Giving recent behaviour too much weight\nD. Ranking employees against each other",
    "What is the most appropriate way for a system to store user passwords?\nA. In plain text in a restricted table\nB. Encrypted with a single shared key\nC. Hashed with a slow, salted algorithm such as bcrypt\nD. Encoded in Base64",
    "Which need sits at the top of Maslow's hierarchy of needs?\nA. Esteem\nB. Safety\nC. Belonging\nD. Self-actualisation",
    "A worker who decides how and when the work is done, uses their own tools and invoices several clients is most likely:\nA. An employee\nB. An independent contractor\nC. An apprentice\nD. An agency temp",
    "Combining a password with a code from a phone app illustrates which principle of multi-factor authentication?\nA. Something you know and something you have\nB. Something you are and something you know\nC. Something you have and somewhere you are\nD. Two things you know",
    "Tuckman's stages of team development, in order, are:\nA. Forming, norming, storming, performing\nB. Forming, storming, norming, performing\nC. Storming, forming, performing, norming\nD. Norming, forming, storming, adjourning",
    "A reimbursed business travel expense is usually recorded by the company as:\nA. Revenue\nB. An operating expense\nC. A liability to shareholders\nD. Capital expenditure",
    "Which of the following is an example of adverse impact in hiring?\nA. A test that screens out a protected group at a much higher rate than others\nB. Asking all applicants for references\nC. Paying interviewers overtime\nD. Advertising a job internally first",
    "The Hawthorne studies are most associated with which finding?\nA. Workers respond to being observed and to social factors\nB. Piece rates always raise output\nC. Lighting has no effect on anything\nD. Larger teams are more productive",
    "Which port does HTTPS use by default?\nA. 21\nB. 80\nC. 443\nD. 8080",
    "A 360-degree appraisal gathers feedback from:\nA. Only the direct manager\nB. Only customers\nC. Managers, peers, direct reports and sometimes customers\nD. Only the employee",
    "An IT helpdesk receives a password reset request by email from an address it does not recognise. What is the best response?\nA. Reset the password and email the new one\nB. Verify the requester's identity through an established channel\nC. Ignore all reset requests\nD. Ask the user to reply with their old password",
    "According to Vroom's expectancy theory, motivation depends on expectancy, instrumentality and:\nA. Equity\nB. Valence\nC. Hygiene\nD. Reinforcement",
    "What does the principle of least privilege mean?\nA. Users get the minimum access needed for their role\nB. Administrators can access everything\nC. New staff get no access for their first month\nD. Access is granted by seniority",
    "Which statistic best summarises the typical salary in a company with a few extremely high earners?\nA. Mean\nB. Median\nC. Range\nD. Standard deviation",
    "In a job offer, a probationary period usually means:\nA. A period when pay is withheld\nB. An initial period in which performance and fit are assessed\nC. The notice period before leaving\nD. Time spent on unpaid training",
    "Which kind of validity concerns whether a selection test predicts later job performance?\nA. Face validity\nB. Content validity\nC. Criterion-related validity\nD. Construct validity",
    "A brute-force attack on a login page works by:\nA. Intercepting traffic between two parties\nB. Trying many passwords until one succeeds\nC. Injecting code into a database query\nD. Flooding the server with requests",
    "Which leadership style involves the leader making decisions alone with little input from the team?\nA. Democratic\nB. Laissez-faire\nC. Autocratic\nD. Transformational",
    "Frederick Herzberg, Douglas McGregor and Abraham Maslow are best known for work on:\nA. Motivation\nB. Accounting standards\nC. Supply chains\nD. The marketing mix",
    "McGregor's Theory X assumes that workers:\nA. Seek responsibility\nB. Dislike work and need close control\nC. Are driven by self-actualisation\nD. Prefer to work in teams",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the health risks of working night shifts long term, and how can they be reduced?",
    "How should I set up my desk and chair to avoid lower back pain when working from home?",
    "Is it normal to feel anxious for weeks before a job interview, and what helps?",
    "How many hours of sleep do adults need, and does catching up at weekends actually work?",
    "What are the early signs of burnout?",
    "I get headaches after long days at a screen. Could it be my eyes, and when should I see an optometrist?",
    "Can a standing desk help with weight loss, or is that a myth?",
    "What's the difference between a cold and flu, and when should I stay home from work?",
    "Which stretches help with wrist pain from typing all day?",
    "Is it safe to drink four cups of coffee a day to get through early shifts?",
    "What are the symptoms of carpal tunnel syndrome?",
    "How can shift workers keep a healthy eating pattern when meal times change every week?",
    "How long should a cough last after a cold before it's worth seeing a GP?",
    "What does an occupational health assessment at work usually involve?",
    "How can I manage panic attacks that start during meetings?",
    "What's the safest way to lift heavy boxes during an office move?",
    "Does blue light from screens really affect sleep?",
    "How much water should someone drink during a 12-hour shift in a hot kitchen?",
    "What are the common signs of dehydration in adults?",
    "How long after norovirus symptoms stop is it safe to go back to work?",
    "Can a long daily commute raise blood pressure?",
    "What are healthy ways to cope with the stress of being made redundant?",
    "Is it bad for your health to skip lunch breaks regularly?",
    "What helps with neck stiffness from looking down at a laptop all day?",
    "How can someone tell whether low mood is depression or just a bad patch at work?",
]

# Every national id of the texts and its check.
NATIONAL_IDS = {
    # chat
    "65 028 179 433": steuer_id_ok,
    "7350 1842 9627": aadhaar_ok,
    "71358024H": dni_ok,
    "880317/4622": rodne_cislo_ok,
    "X4827193E": dni_ok,
    "8305917KA": pps_ok,
    "120489-2329": kennitala_ok,
    "238419762": nif_ok,
    "459 182 737": tfn_ok,
    "890614-7320": luhn_len(10),
    "2947 51831 1": medicare_ok,
    "870623 5148 081": luhn_len(13),
    "T0218465B": nric_ok,
    # records
    "401 223 7586": nhs_ok,
    "943 618 2074": nhs_ok,
    "462 095 1137": nhs_ok,
    "237184655": bsn_ok,
    "610293849": bsn_ok,
    "174652033": bsn_ok,
    "88071437626": pesel_ok,
    "01220988413": pesel_ok,
    "386.214.597-28": cpf_ok,
    "704.518.263-53": cpf_ok,
    "48725039660": kimlik_ok,
    "21904857354": kimlik_ok,
    "47219386H": dni_ok,
    "05831742T": dni_ok,
    "Y2650418G": dni_ok,
    "150385-417F": hetu_ok,
    "MRNFNC88T63H501A": codice_fiscale_ok,
    "BRNLCU91B14L219N": codice_fiscale_ok,
    "440306199307251822": china_id_ok,
    "110105198803124533": china_id_ok,
    "S8734912H": nric_ok,
    "870922-2146389": rrn_ok,
    "876 301 562": tfn_ok,
    "812 604 394": tfn_ok,
    "5318 02744 2": medicare_ok,
    "4827 1930 5614": my_number_ok,
    "6418273S": pps_ok,
    "1 85 07 75 114 208 41": nir_ok,
    "2 92 11 69 381 047 76": nir_ok,
    "85.07.30-217.38": belgian_id_ok,
    "140391 24514": fodselsnummer_ok,
    "2950612401830": cnp_ok,
    "14.382.957-K": rut_ok,
    "49005124273": isikukood_ok,
    "905412/1230": rodne_cislo_ok,
    "3148572909": rnokpp_ok,
    "47291850365": steuer_id_ok,
    "ZKQ4833": nhi_ok,
    "4821 6390 7157": aadhaar_ok,
    "950227-4187": luhn_len(10),
    "527 814 396": luhn_len(9),
    "1083462711": luhn_len(10),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+46 7[02369] \d{3} \d{2} \d{2}",  # Sweden mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"\+34 6\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"\+420 [67]\d{2} \d{3} \d{3}",  # Czech mobile
        r"\+62 8\d{2}-\d{4}-\d{4}",  # Indonesia mobile
        r"08\d{2}-\d{4}-\d{4}",
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil mobile
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy mobile
        r"\+86 1\d{2} \d{4} \d{4}",  # China mobile
        r"\+65 [89]\d{3} \d{4}",  # Singapore mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+358 4\d \d{3} \d{4}",  # Finland mobile
        r"\+31 6 \d{4} \d{4}",  # Netherlands mobile
        r"\+254 7\d{2} \d{3} \d{3}",  # Kenya mobile
        r"\+27 [678]\d \d{3} \d{4}",  # South Africa mobile
        r"\+48 [5-8]\d{2} \d{3} \d{3}",  # Poland mobile
        r"\+353 8[35-9] \d{3} \d{4}",  # Ireland mobile
    )
]


def check_mix() -> None:
    """The chat names people, carries secrets and every type; each record names exactly one
    person beside one to four other values."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        people = [s for s in marked_spans(marked) if s["type"] == "PERSON"]
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} names in {marked[:60]!r}")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} national ids")


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
        "blind121", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
