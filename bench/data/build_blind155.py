# ruff: noqa: E501
"""A hundred-and-fifty-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on translation and interpreting agencies and their clients.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the first
eight lines and the "Labels:" paragraph of ``README.md``, and the docstring and non-text
code (imports, constants, check functions, ``main``) of ``build_blind36.py``; never the
detector, its rules, docs, tests, git history or any other set's texts or builder. Every
text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no templates, no
generated combinations):

* 120 chat requests (3 to 100 words) a person would type to a general assistant behind a
  company gateway: agency staff, freelance translators and interpreters and their clients
  drafting replies and letters, summarising pasted voicemails, call logs, minutes and
  e-mails, translating messages, fixing wording, splitting costs, asking whether a job
  offer or text is a scam, planning rotas and trips. The first 30 are typed all in lower
  case (names, e-mails, codes and postcodes too, with shorthand and typos); the next 6 are
  in Spanish, French, German, Portuguese, Italian and Turkish; the other 84 in ordinary
  English. Names of many origins and shapes: first names alone, surnames after titles,
  full names, nicknames, names that are ordinary words (Hope, Will, Dawn, Faith, Precious,
  Robin, Ivy, Sunny), many named in passing without a cue word. One to eight values each;
  20 hold a secret (passwords, PINs, door, gate, alarm, key-safe and locker codes, wifi
  keys); every entity type appears in the chats and again in the records.
* 100 one-person records (4 to 60 words): prose, profile lines, pipe and CSV rows, JSON
  objects, log lines, register entries and short letters, in English and 26 other
  languages (Dutch, Polish, Portuguese, Turkish, Spanish, Finnish, Italian, Chinese,
  Korean, Japanese, French, Romanian, Estonian, Icelandic, Czech, Ukrainian, German,
  Hebrew, Greek, Norwegian, Swedish, Vietnamese, Indonesian, Arabic, Hungarian, Danish);
  each names exactly one person and holds one to four other values; 41 carry a national
  id with valid check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish
  kimlik, Spanish DNI and NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese
  resident id, Singapore NRIC and FIN, Korean resident registration number, Australian TFN
  and Medicare, Japanese My Number, Irish PPS, French NIR, Belgian national number,
  Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
  Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand
  NHI, Indian Aadhaar, Canadian SIN, Swedish personnummer, South African id, Israeli
  teudat zehut, Greek AMKA).
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (some name
  historical or fictional people: Champollion, Constance Garnett, Saint Jerome, Sancho
  Panza, Sherlock Holmes), 25 GSM8K-style word problems with fictional first names, 25
  MMLU-style items with options A to D and 25 health questions naming no one; most on the
  theme.

Labelling rules: usernames, logins, member, account, badge, employee, hospital and DBS
numbers, passports, driving licences, residence cards and national ids are ID_NUMBER;
PINs, door, gate, alarm, key-safe and locker codes, wifi keys and passwords are PASSWORD;
titles and relation words (Mr, Mrs, Ms, Mme, Dr, Judge, Monsieur, Sra., my sister, my
nonna, his wife) stay outside PERSON spans; an address span runs from the first street
line through the postcode and city as typed; public figures, fictional characters, pets,
companies, order, invoice, booking and job references, amounts and dates of birth are not
labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0131 496 0, 0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98;
Germany 030 23125) and in the country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from the documentation ranges; national ids with
valid check digits.

Run ``.venv/bin/python bench/data/build_blind155.py`` from the repository root; the output
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
MIN_CHARS = 12
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|Madame|Monsieur|Sig|Sig\.ra"
    r"|Signora|Signor|Dott|Pan|Pani|Auntie|Aunt|Uncle|Nurse|Judge|Sir|Dame|Dhr|Mevr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "can u draft a quick reply to [[PERSON|bogdan ilie]] saying the sworn translation of his romanian diploma is ready thurs, pickup at reception or we courier it for 12 quid. his email is [[EMAIL_ADDRESS|bogdan.ilie77@gmail.com]]",
    "summarise this voicemail for the booking sheet: hi it's [[PERSON|kasia]] from harlow & reed solicitors, we need a polish interpreter at the county court on the 14th for mr [[PERSON|zielinski]], 9.30 start, call me back on [[PHONE_NUMBER|07700 900418]], ask for [[PERSON|kasia]], ta",
    "is this a scam?? got a whatsapp from a [[PERSON|linda marsh]] offering £900 to translate 3 pages, she wants to send a cheque for £2,400 and have me wire the difference to her 'assistant'. she found my number [[PHONE_NUMBER|07700 900733]] on my proz profile",
    "fix the wording pls: dear mrs [[PERSON|achterberg]], please find attached the certified translation of your marriage certificate, the original will be posted back to [[STREET_ADDRESS|14 wellington grove, leeds ls6 2hj]] tomorow. kind regards, [[PERSON|tomasz]]",
    "write a short sign for the interpreting booth door: wifi network conf-booth-2, key [[PASSWORD|k4ll1graphy!]], if the consoles die ring [[PERSON|dev]] on [[PHONE_NUMBER|07700 900256]]",
    "translate to spanish for my cleaner: [[PERSON|lucía]], the key is under the blue pot and the alarm code is [[PASSWORD|4471]], please dont let the cat out. ill leave the cash on the table",
    "split the interpreter team costs: me, [[PERSON|hannah]], [[PERSON|ruairi]] and [[PERSON|sol]] did the 3 day medical conference in porto, hotel came to 1,140 euros on my card, [[PERSON|ruairi]] paid the trains 216. who owes who",
    "turn into bullet points, minutes from mondays huddle: [[PERSON|priyanka]] still chasing the unpaid invoice from the fertility clinic, 3rd reminder sent, will ring them thurs. [[PERSON|jonas]] onboarding 2 new arabic freelancers, tests marked, one strong one meh. [[PERSON|mei]] off fri so her legal proofreading goes to whoever is free. new pm starts on the 3rd, [[PERSON|fenwick]] (goes by [[PERSON|fen]]), needs a laptop and a cat tool licence. office plants dying, someone pls water them. next huddle same time",
    "write a polite text to our landlord [[PERSON|gareth]] asking him to change the office door code, its still [[PASSWORD|2580]] since the old freelancer left and she never gave back her fob",
    "my nonna [[PERSON|giuseppina]] needs an italian interpreter for her cardiology appt at st james's on the 9th. her hospital number is [[ID_NUMBER|k4409172]]. can you write the request email to the interpreting service",
    "reply to this for me: hey its [[PERSON|ade]], can u cover my french session at the job centre tmrw 2pm? login for the video platform is [[ID_NUMBER|ade.ogun.interp]] pw [[PASSWORD|summer2024!]] cheers",
    "tidy this call log into a table: 10:02 [[PERSON|yusuf demir]] [[PHONE_NUMBER|+90 532 418 27 61]] wants turkish notary translation / 10:40 [[PERSON|agnes]] re invoice 2093 / 11:15 [[PERSON|b. nwosu]] cancel thurs",
    "is it normal for an agency to ask for my bank details and a copy of my driving licence before the test translation? the emails come from [[EMAIL_ADDRESS|m.ferreira.recruit@outlook.com]] signed [[PERSON|marta ferreira]]",
    "help me word a reminder to dr [[PERSON|lindqvist]]'s secretary: the swedish interpreter needs the patient's nhs number [[ID_NUMBER|939 482 4928]] before we can book, and the clinic portal password we were given, [[PASSWORD|cardio#clinic9]], has stopped working",
    "translate into portuguese: [[PERSON|joão]], your court date moved to 3 march, the interpreter [[PERSON|beatriz]] will meet you at the front desk, her mobile is [[PHONE_NUMBER|07700 900592]]",
    "polite no to [[PERSON|brendan]]'s free proofreading request?",
    "notes from the onboarding call with the new korean freelancer, make it a profile: name [[PERSON|seo-yeon park]], goes by [[PERSON|sunny]], [[EMAIL_ADDRESS|sy.park.trans@naver.com]], [[PHONE_NUMBER|010-4821-7730]], 0.09/word, weekdays only, based in busan",
    "the translation agency charged me twice for the apostille, i paid with [[CREDIT_CARD|4214 2076 8014 6755]]. can you write a complaint to their billing team asking for the refund",
    "draft an out of office: im on an interpreting assignment in geneva till the 20th, urgent jobs go to [[PERSON|aurélie]] at [[EMAIL_ADDRESS|aurelie.b@verbatim-lang.ch]] or [[PHONE_NUMBER|+41 79 482 16 03]]",
    "can u text [[PERSON|kev]] for me: locker 12 at the leisure centre, code [[PASSWORD|3019]], my interpreter badge and the court bundle are in the bag, bring both to court 4 by 9.45",
    "summarise: email from [[PERSON|haruto]] - says the japanese subtitles for ep 3 are late bc the client changed the script, new deadline fri, wants his fee paid to the same account [[IBAN_CODE|gb41barc20976388338244]]",
    "my neighbour [[PERSON|dolores]] at [[STREET_ADDRESS|flat 3, 27 canal street, manchester m1 3hh]] needs a spanish interpreter for her gp on tuesday, how do we book one through the nhs",
    "check my maths: [[PERSON|ines]] translated 4,200 words at 0.11, [[PERSON|rob]] proofread at 0.03, agency takes 15%. what does each of them get",
    "write a whatsapp to my sister [[PERSON|noor]] in simple english: the translation company needs a copy of her passport [[ID_NUMBER|551847203]] and our address [[STREET_ADDRESS|88 moseley road, birmingham b12 0hj]] for the visa pack",
    "the agency portal sent me a new pin [[PASSWORD|8824]] by sms to [[PHONE_NUMBER|07700 900861]] that i never asked for, then someone rang asking me to read it back. scam?",
    "fix grammar: me and [[PERSON|olu]] was the interpreters for the [[PERSON|adeyemi]] family wedding, [[PERSON|olu]] done the yoruba bits and i done english",
    "plan a week for [[PERSON|freya]] shadowing our court interpreters, she starts mon. her temp login is [[ID_NUMBER|freya.k.temp]] with password [[PASSWORD|welcome-shadow-26]]",
    "what does this mean in english, my landlord texted: el código del portal es [[PASSWORD|1937b]] y la llave la tiene [[PERSON|rosario]]",
    "make a list from this: ip [[IP_ADDRESS|198.51.100.23]] keeps logging into the cat tool as [[ID_NUMBER|m.santos]] at 3am, [[PERSON|mariana santos]] says it isnt her",
    "reply to [[PERSON|gustavo]]: got his scans, but the cpf on the birth cert reads [[ID_NUMBER|722.561.819-95]] and the id card looks different, ask which one is right before we certify",
    # --- other languages (6): Spanish, French, German, Portuguese, Italian, Turkish ---
    "¿Puedes redactar un correo para [[PERSON|Ramiro Etxeberria]]? La traducción jurada de su título estará lista el viernes; puede recogerla en [[STREET_ADDRESS|Calle de Atocha 112, 3.º B, 28012 Madrid]] o se la enviamos. Su móvil es el [[PHONE_NUMBER|+34 612 48 93 07]].",
    "Résume ce message vocal : « Bonjour, c'est [[PERSON|Maëlle Garnier]], interprète LSF, je ne pourrai pas assurer l'audience de jeudi au tribunal, rappelez-moi au [[PHONE_NUMBER|06 39 98 41 27]]. » Puis propose-moi trois façons de trouver un remplaçant.",
    "Bitte formuliere eine kurze Nachricht an die Dolmetscher: Das WLAN in der Kabine heißt Kabine-Süd, das Passwort lautet [[PASSWORD|Dolmetsch!Saal3]], bei Problemen bitte [[PERSON|Jannik]] unter [[PHONE_NUMBER|030 23125 774]] anrufen.",
    "Recebi um e-mail de uma tal de [[PERSON|Cláudia Rezende]] ([[EMAIL_ADDRESS|claudia.rezende.rh@gmail.com]]) oferecendo vaga de tradutora, mas pedem meu CPF [[ID_NUMBER|925.409.058-11]] e uma taxa de cadastro de R$ 150. Isso é golpe?",
    "Puoi tradurre in inglese questo messaggio per l'agenzia? «Sono [[PERSON|Donatella Ruggeri]], interprete di trattativa: il bonifico per il lavoro di Bologna va sull'IBAN [[IBAN_CODE|IT92X0306901676430958443757]], grazie.»",
    "Şu notları toplantı tutanağına çevir: [[PERSON|Elif Kaya]] yeminli tercüme işlerini üstlenecek, [[PERSON|Murat]] Bey faturaları takip edecek, yeni müşterinin avukatı ile iletişim: [[EMAIL_ADDRESS|b.aksoy@aksoyhukuk.com.tr]].",
    # --- ordinary English (84) ---
    "Draft a reply to Mrs [[PERSON|Oyelaran]] confirming that her son's birth certificate translation (Yoruba to English) has been certified and posted to [[STREET_ADDRESS|Flat 12, Brindley House, 40 Alcester Road, Birmingham B13 8BE]]. Tracking number to follow.",
    "Summarise these minutes in five bullets. Present: [[PERSON|Rafaela Costa]] (chair), [[PERSON|Idris Haddad]], [[PERSON|Wen Jiahui]], [[PERSON|Bartek]]. [[PERSON|Rafaela]] reported three late deliveries on the pharma account; [[PERSON|Idris]] will renegotiate the glossary fee; [[PERSON|Bartek]] asked for a second QA pass on all Polish legal work; [[PERSON|Wen]] proposed moving the CAT server to a new host. Next meeting 4 June.",
    "Is this legit? An email says my ProZ payment is on hold and asks me to log in through a link and confirm my card [[CREDIT_CARD|5519 0746 6566 9915]] plus the CVV. It's signed 'Payments Team'.",
    "Can you make this sound less blunt? '[[PERSON|Hussein]], you booked the Arabic interpreter for the wrong day again. The family waited two hours.'",
    "Write a thank-you card from our agency to Judge [[PERSON|Abernethy]]'s clerk, [[PERSON|Maggie]], for squeezing our Tigrinya interpreter into the list at short notice.",
    "Three of us shared an interpreting gig in Lisbon. [[PERSON|Tiago]] paid the Airbnb (€630), [[PERSON|Hope]] paid the taxis (€84) and I paid for dinners (€211). Work out who pays whom; [[PERSON|Hope]] wants hers sent to [[IBAN_CODE|PT86 0035 3077 9610 9586 4967 5]].",
    "Please write a handover note for the weekend on-call coordinator: the emergency interpreter line forwards to [[PHONE_NUMBER|020 7946 0382]], the booking system login is [[ID_NUMBER|oncall.weekend]] / [[PASSWORD|Relay#Night58]], and if anything breaks call [[PERSON|Desmond]].",
    "Turn this voicemail into a task: 'Hi, this is [[PERSON|Ngozi Eze]] from Ward 7, we need an Igbo interpreter for a consent discussion tomorrow at 10, the patient is Mr [[PERSON|Chukwuemeka Obi]], hospital number [[ID_NUMBER|RX4471920]], call me on [[PHONE_NUMBER|0161 496 0275]].'",
    "Help me reply to a client who is upset about the price of translating her late father's will from Greek. Her name is [[PERSON|Eleni Vassilakis]] and I'd like to offer a 10% goodwill discount without sounding defensive.",
    "I'm a freelance subtitler. [[PERSON|Will]] at the post-production studio wants the SRT files by Friday. Draft an email to [[EMAIL_ADDRESS|will.daintree@northlight-post.co.uk]] asking for an extension to Monday.",
    "Fix my LinkedIn headline, it sounds clunky: 'Sworn translator English<>Polish and court interpreter [[PERSON|Agnieszka Wróbel]], 12 years experience, fast turnaround'.",
    "We need a conference interpreting team for a board meeting in Frankfurt. Plan the schedule: two booths (DE-EN, FR-EN), 9:00 to 17:00, rotating every 30 minutes. The interpreters are [[PERSON|Clemens]], [[PERSON|Oksana]], [[PERSON|Benoît]] and [[PERSON|Lou]].",
    "A 'client' called [[PERSON|Derek Hollis]] ordered a 20-page translation, overpaid by £1,800 and now wants me to send the difference to his removal company. He texts from [[PHONE_NUMBER|(415) 555-0143]]. Classic scam?",
    "Translate into Arabic for the family: Your interpreter tomorrow is [[PERSON|Samira]]. She will wait at the main entrance of the hospital at 8:30. If you are running late, call her on [[PHONE_NUMBER|07700 900147]].",
    "Our CAT tool integration broke. Why would this fail? curl -H 'Authorization: Bearer [[API_KEY|lgx_live_7Qm2VzR8kP4tN1wB9sYc6HdE]]' https://api.mt-vendor.example/v2/translate. The key was issued to [[PERSON|Piotr]] last week.",
    "Write a short website bio for our new Dari and Pashto interpreter, [[PERSON|Farid Rahimi]]. He worked alongside British forces in Helmand and now mostly covers immigration tribunals.",
    "My mum's carer [[PERSON|Bernadette]] reads Tagalog best. Write a simple note in Tagalog telling her the key safe code is [[PASSWORD|7204]] and that the GP is coming at 2.",
    "Summarise this thread in three lines for my manager. From [[PERSON|Hamid]]: 'The Farsi translation of the discharge summary has to carry our stamp or the insurer will reject it, which is what happened last year with another claim.' Reply from [[PERSON|Claire Boucher]] at the insurer: 'We accept unstamped translations as long as the translator signs a statement of accuracy and gives a membership number.' [[PERSON|Hamid]] again: 'I still want Ms [[PERSON|Tran]] in compliance to confirm in writing before we send anything, because the appeal deadline is Friday and we cannot afford a second rejection.'",
    "Write a text in Polish to my tenant [[PERSON|Marek]] saying the boiler engineer comes on Friday morning and the new front door code is [[PASSWORD|8360]].",
    "Draft a confidentiality clause for the freelance interpreters assigned to our client [[PERSON|Aldous Whitcombe]], a private individual going through a custody case.",
    "My account on the agency portal is [[ID_NUMBER|TRN-004817]] and I still haven't been paid for March. Write a firm but polite email to their accounts team.",
    "I'm a court interpreter in Texas and the county wants a W-9. Is it safe to email my SSN [[US_SSN|412-67-3390]] to the language access coordinator, [[PERSON|Rosalinda Garza]], at [[EMAIL_ADDRESS|rgarza.coord@txcourts-lang.org]]?",
    "Recommendation for [[PERSON|Kwame]], Twi interpreter, three years.",
    "Plan my week: Monday a medical job at St Mary's with Dr [[PERSON|Okonkwo]], Tuesday a remote session with [[PERSON|Liesel]], Wednesday off, Thursday the tribunal (client [[PERSON|Ahmadi]]), Friday invoicing.",
    "How does an apostille work for a UK birth certificate? My partner [[PERSON|Joaquín]] needs his translated and legalised for Spain.",
    "Please proofread: 'Dear Sir or Madam, I am writing on behalf of my client, Mr [[PERSON|Tomás Ibarra]], whose deposition must be interpreted into Basque.'",
    "Our office wifi password [[PASSWORD|Babel-Tower-2291]] got posted in the freelancers' Slack. Write a message saying it changes tonight and [[PERSON|Gráinne]] will send the new one privately.",
    "Our translation memory server logged failed logins from [[IP_ADDRESS|203.0.113.87]] for the user [[ID_NUMBER|jkowalczyk]]. Draft a note to [[PERSON|Jakub Kowalczyk]] asking if that was him.",
    "Help me explain to my grandpa [[PERSON|Lev]] why the Russian translation of his pension letter costs £65.",
    "Write an invoice email to [[PERSON|Sunita Raghavan]] for 2,350 words of certified Tamil to English translation at £0.12 a word. Bank details: [[IBAN_CODE|GB73 NWBK 6090 9783 6582 10]].",
    "Our receptionist [[PERSON|Dawn]] took this message: 'Mr [[PERSON|Petrosyan]] called, needs an Armenian interpreter for his Home Office interview on the 22nd, lives at [[STREET_ADDRESS|5 Harrow View, Wembley HA9 6PL]], mobile [[PHONE_NUMBER|07700 900964]].' Make it into a booking request.",
    "Is it a scam if a translation 'agency' asks me to pay £75 for a background check before giving me work? The recruiter is [[PERSON|Harriet Vance]] and she writes from [[EMAIL_ADDRESS|harriet.vance.hr@yahoo.com]].",
    "Translate this text for my Vietnamese client: 'Hi [[PERSON|Thảo]], the notary appointment is at 11am. Please bring your residence card [[ID_NUMBER|ZR8017446]] and your husband [[PERSON|Minh]].'",
    "Split the bill from our team dinner after the UN assignment evenly: [[PERSON|Robin]] paid €58, [[PERSON|Ivy]] €44, [[PERSON|Mateus]] €61 and me €39.",
    "I run a small agency. Write a job ad for a Somali interpreter; applications go to [[PERSON|Abdi Warsame]] at [[EMAIL_ADDRESS|abdi.w@horn-lang.co.uk]].",
    "My login for the interpreting app is [[ID_NUMBER|r.mbatha]] and the password is [[PASSWORD|Ubuntu!2580]]. It keeps saying invalid credentials. What could be wrong?",
    "Summarise this call log for the manager: 09:14 [[PERSON|Ayşe]] [[PHONE_NUMBER|+90 533 207 14 88]], wants a sworn translation of a divorce decree; 09:52 unknown number, hung up; 10:30 Mr [[PERSON|Halloran]], complaint about a typo in his certificate; 11:05 [[PERSON|Ayşe]] again, wants the quote by email to [[EMAIL_ADDRESS|ayse.celik84@hotmail.com]].",
    "Can you rewrite my cover letter opening? 'My name is [[PERSON|Iolanthe Braithwaite]] and I am a conference interpreter working from Italian and Catalan into English.'",
    "Amharic for 'get well soon, [[PERSON|Abebe]]'?",
    "How do I tell [[PERSON|Bill]] in accounts, politely, that he sent [[PERSON|Efua Mensah]]'s remittance advice to [[EMAIL_ADDRESS|efua.mensah@gmial.com]] (a typo) instead of her real address?",
    "I paid the certified translation deposit for my mother's papers with card [[CREDIT_CARD|3745 519433 94494]] and the agency says it never went through. Write an email asking them for a receipt or a refund.",
    "Tell me if this text is a scam: 'Hi [[PERSON|Luca]], your interpreter booking #88213 failed. Re-enter your card details at the link to avoid a £40 fee.' I never booked anything.",
    "Turn these intake notes into a short summary: client [[PERSON|Amara Diallo]], needs French and Fula interpreting at an asylum interview, has a teenage son, contact through her caseworker [[PERSON|Tess]] on [[PHONE_NUMBER|020 7946 0518]].",
    "Retirement poem for [[PERSON|Hiroshi]], translator, thirty years.",
    "Fix the tone of this please: '[[PERSON|Gianni]] you still haven't returned the glossary, the client is furious and so am I.'",
    "The door code at our coworking space is [[PASSWORD|C4417]]. My colleague [[PERSON|Zainab]] needs to get in tomorrow to pick up the interpreting headsets. Write her a quick message.",
    "Summarise this complaint: 'I'm [[PERSON|Colm Brennan]]. The translator you sent mistranslated my prescription instructions. I want a refund to my card [[CREDIT_CARD|4343 8515 7867 9486]]. Reach me on [[PHONE_NUMBER|+353 87 419 2260]].'",
    "Draft a welcome email to our new project manager, [[PERSON|Marguerite Olsen]] (she prefers [[PERSON|Peggy]]), with her temporary login [[ID_NUMBER|molsen]] and password [[PASSWORD|Welcome-PM-4412]], and a note to change it on day one.",
    "How much should I charge Mme [[PERSON|Dubois]] for interpreting at her notary appointment, two hours plus travel from Lyon to Grenoble?",
    "Write an agenda for our quarterly meeting with the hospital's interpreting lead, [[PERSON|Rhiannon Pugh]]: bookings data, no-shows, the new video service.",
    "Translate to Ukrainian: 'Dear [[PERSON|Oleksandr]], we received your documents. Your taxpayer number [[ID_NUMBER|2234139099]] is on the form; please confirm it is correct.'",
    "Help me write a scam warning for our freelancers: someone pretending to be our managing director [[PERSON|Nadia Haddad]] is emailing from [[EMAIL_ADDRESS|nadia.haddad.md@protonmail.com]] and asking people to buy gift cards.",
    "Make this voicemail readable for my boss: 'Hiya, [[PERSON|Shaz]] here, the Punjabi interpreter for the Leicester job has flu, I've asked [[PERSON|Gurpreet]] to cover, his number's [[PHONE_NUMBER|07700 900305]].'",
    "I need to pay our interpreter [[PERSON|Katarzyna Nowak]] to [[IBAN_CODE|PL61 2698 1340 6369 8458 3542 2617]]. Write a payment reference and a two-line note to go with it.",
    "Is it normal for a translation client to ask for my home address? [[PERSON|Lachlan]] wants to post me a thank-you gift at [[STREET_ADDRESS|Unit 4, 19 Brunswick Street, Fitzroy VIC 3065]] and I'm not sure I should have given it.",
    "Plan a training day for eight new community interpreters: ethics (led by [[PERSON|Pilar]]), sight translation, medical terminology (led by Dr [[PERSON|Fofanah]]) and role plays.",
    "Rewrite this so it's friendlier: 'Reminder, [[PERSON|Juno]]: timesheets are due Friday. No exceptions.'",
    "The office alarm code is [[PASSWORD|9031]] and [[PERSON|Sid]] keeps setting it off at 7am. Write a short instruction sheet for the alarm panel that doesn't include the code.",
    "Summarise: [[PERSON|Yerlan]] called twice about the Kazakh translation of his diploma, needs it by Monday for the university, wants it emailed to [[EMAIL_ADDRESS|yerlan.s@mail.kz]].",
    "I translated 12 pages for [[PERSON|Rosa]] and [[PERSON|Emil]], [[PERSON|Rosa]] had 7 pages and [[PERSON|Emil]] had 5, total £540. How should I split the invoice between them?",
    "Write a message to the building manager: I'm [[PERSON|Sophie Lindahl]] in [[STREET_ADDRESS|Apt 6B, 220 West 72nd Street, New York, NY 10023]]; our interpreting agency moves into the ground floor next week; please add [[PERSON|Marcus]] to the access list.",
    "What's the Spanish for 'your interpreter has been cancelled, we are sending another one'? I need to text [[PERSON|Guadalupe]] at [[PHONE_NUMBER|(213) 555-0178]].",
    "Check this invoice: 3 days of conference interpreting at €750 a day for [[PERSON|Anneliese Vogt]], plus €212 travel, minus 10% agency commission. What's the total?",
    "Our interpreter [[PERSON|Bongani]] left his laptop at the client's office and the sticker on it says [[PASSWORD|Zulu*Trans44]]. Draft a message asking them to keep it safe and peel that sticker off.",
    "Draft a reference letter for [[PERSON|Camille Arsenault]], who worked with us as a French-Canadian localisation specialist from 2019 to 2024.",
    "Tell my landlord, Mr [[PERSON|Adebayo]], that the Yoruba translation of the tenancy agreement is attached and that I will drop the spare keys at [[STREET_ADDRESS|31 Peckham Rye, London SE15 3NX]] on Saturday.",
    "A woman called [[PERSON|Precious]] keeps messaging our agency from [[PHONE_NUMBER|+27 82 554 1907]] asking us to translate 'inheritance documents' and pay a release fee first. Scam?",
    "Make a packing list for my interpreting trip to Brussels next week; the Eurostar booking is under [[PERSON|Hendrik Vos]] and I'm working two days in the booth.",
    "Write minutes from this: agency and client call, 3 May. Us: [[PERSON|Priti]], [[PERSON|Oscar]]. Client: [[PERSON|Delphine Marchetti]] (legal counsel). Agreed two Italian interpreters for the arbitration at a fixed rate; [[PERSON|Delphine]] to send the bundle by 10 May.",
    "Can you shorten this? 'Hi [[PERSON|Ruth]], thank you for sending the Hebrew certificates. The scan showing your ID number [[ID_NUMBER|206732059]] is blurry, so could you resend it when you get a moment? Many thanks.'",
    "The interpreter rota shows [[PERSON|Ferdinand]] double-booked on Tuesday. Write a message asking [[PERSON|Nell]] if she can swap with him.",
    "Is it weird that my translation client [[PERSON|Brock]] asked for my date of birth and my SSN [[US_SSN|538-24-7716]] just to pay me $300 by PayPal?",
    "I'm locked out of the shared drive. My username is [[ID_NUMBER|ps.interp07]] and [[PERSON|Ravi]] from IT says my IP [[IP_ADDRESS|192.0.2.144]] got blocked. What should I ask him to check?",
    "Condolence card in German for [[PERSON|Ulrike Sommer]]'s family.",
    "Help me word a LinkedIn post announcing that [[PERSON|Tunde]] and [[PERSON|Maryam]] have joined our interpreting team.",
    "Work out the mileage claim: our interpreter [[PERSON|Faith]] drove 84 miles to the prison and back at 45p a mile, plus £6 parking.",
    "Is it OK to paste our MT engine key [[API_KEY|mtk-3f9a27c1e8b04d6ea5c2b71094fd83e2]] into the shared Google Sheet so [[PERSON|Lena]] can run the batch script?",
    "Write a warm text to my aunt [[PERSON|Zofia]] in simple English: the translation of Grandad's war letters is finished and I'll bring the copies on Sunday.",
    "Write a complaint to the interpreting agency: the Mandarin interpreter they sent for my father, Mr [[PERSON|Zhou]], arrived 50 minutes late and left before the consultant had finished. Booking reference BK-55120.",
    "Convert these notes into a formal email: pls send [[PERSON|Dragana]] the NDA, she starts the Serbian legal docs Monday, courier address [[STREET_ADDRESS|Knez Mihailova 22, 11000 Beograd]].",
    "Quick maths: our client [[PERSON|Fumiko]] paid ¥88,000 for a 4,000-character translation. What's the rate per character?",
    "Draft an email to our bank asking why the transfer to our freelancer [[PERSON|Signe Halvorsen]] at [[IBAN_CODE|NO76 1528 1385 171]] bounced back.",
    "Write a gentle reminder to [[PERSON|Teodor]] that the gate code for the interpreting centre car park changed to [[PASSWORD|4826#]] on Monday.",
    "Plan a surprise leaving do for [[PERSON|Marisol]], our Spanish team lead: budget £300, about 15 people, Friday after work.",
]

# 100 one-person records in English and 24 other languages; 41 carry a national id.
RECORDS = [
    "interpreter | [[PERSON|Adaeze Nwankwo]] | Igbo, Yoruba | [[PHONE_NUMBER|07700 900212]] | NHS no. [[ID_NUMBER|133 582 4855]]",
    "Tolk [[PERSON|Sanne de Wit]] (BSN [[ID_NUMBER|387169258]]) is beëdigd voor Nederlands–Arabisch en is bereikbaar op [[PHONE_NUMBER|+31 6 48 21 77 30]].",
    "Rejestr tłumaczy przysięgłych: [[PERSON|Magdalena Zając]], PESEL [[ID_NUMBER|92072450300]], język niemiecki, e-mail [[EMAIL_ADDRESS|m.zajac.tlumacz@onet.pl]].",
    '{"cliente": "[[PERSON|Rodrigo Almeida Prates]]", "cpf": "[[ID_NUMBER|979.715.584-65]]", "servico": "tradução juramentada de histórico escolar", "telefone": "[[PHONE_NUMBER|+55 31 98472-6105]]"}',
    "Yeminli tercüman [[PERSON|Zeynep Arslan]], T.C. Kimlik No: [[ID_NUMBER|85432577696]], adres: [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]].",
    "nombre,dni,perfil,correo\n[[PERSON|Nerea Goikoetxea]],[[ID_NUMBER|05576429X]],intérprete jurada euskera-castellano,[[EMAIL_ADDRESS|nerea.goiko@euskalitz.eus]]",
    "Estimada Sra. [[PERSON|Lyudmila Petrenko]]: hemos recibido su NIE [[ID_NUMBER|Y5312464F]] para la traducción jurada de su permiso de residencia. Le llamaremos al [[PHONE_NUMBER|+34 655 201 948]].",
    "Asiakas: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|140791-862Y]], tilaus: virallinen käännös syntymätodistuksesta englanniksi.",
    "La sig.ra [[PERSON|Giulia Marino]], codice fiscale [[ID_NUMBER|MRNGLI88S52L219E]], ha richiesto un interprete per l'udienza del 12 aprile presso il Tribunale di Torino.",
    "2024-03-18 09:41 fattura emessa a [[PERSON|Davide Costa]] (CF [[ID_NUMBER|CSTDVD79A12F839E]]) per asseverazione di traduzione, copia a [[EMAIL_ADDRESS|davide.costa79@libero.it]]",
    "客户姓名： [[PERSON|陈晓梅]] 身份证号： [[ID_NUMBER|310104198706124081]] 联系电话： [[PHONE_NUMBER|+86 138 1762 4059]] 需要 英文 公证 翻译",
    "Interpreter vetting: [[PERSON|Nurul Huda binte Rahman]], NRIC [[ID_NUMBER|S8185277D]], Malay and English, mobile [[PHONE_NUMBER|+65 9174 2268]].",
    "Work pass holder [[PERSON|Rajesh Subramaniam]] (FIN [[ID_NUMBER|G5284105X]]) is on our Tamil panel; payouts are on hold until his documents are renewed.",
    "통역사 등록: [[PERSON|김지현]] / 주민등록번호 [[ID_NUMBER|880419-2240736]] / 연락처 [[PHONE_NUMBER|010-7734-2915]] / 한영 회의통역",
    "Contractor: [[PERSON|Brodie McAllister]] | TFN [[ID_NUMBER|225 243 475]] | Auslan interpreter | [[PHONE_NUMBER|0491 570 318]]",
    "Client [[PERSON|Thi Lan Nguyen]] attended with a Vietnamese interpreter; Medicare card [[ID_NUMBER|4271 36498 2]] recorded at reception.",
    "翻訳者 [[PERSON|佐藤 美咲]] 様 マイナンバー [[ID_NUMBER|7106 8494 4379]] 報酬 支払調書 作成のため 確認済み",
    "[[PERSON|Siobhán Kinsella]] signed the freelance agreement for Irish-language subtitling; PPS number [[ID_NUMBER|6790539N]], payments to [[IBAN_CODE|IE08 AIBK 9333 1087 1967 81]].",
    "New starter: [[PERSON|Cathal Ó Briain]], PPSN [[ID_NUMBER|3079597TA]], email [[EMAIL_ADDRESS|cathal.obriain@eircom.net]].",
    "Mme [[PERSON|Sylvie Lemaire]], n° de sécurité sociale [[ID_NUMBER|2 84 07 75 110 719 37]], interprète en langue des signes, joignable au [[PHONE_NUMBER|06 39 98 72 15]].",
    "Monsieur [[PERSON|Karim Benali]], nous accusons réception de votre dossier (NIR [[ID_NUMBER|1 79 11 13 453 155 07]]) pour la traduction assermentée de votre acte de naissance.",
    "Vertaler [[PERSON|Wouter Claes]], rijksregisternummer [[ID_NUMBER|82.06.14-514.54]], rekening [[IBAN_CODE|BE21 0072 1738 4243]].",
    "Interprète : [[PERSON|Olivier Dumont]], numéro national [[ID_NUMBER|75.11.30-061.12]], courriel [[EMAIL_ADDRESS|o.dumont.interpretation@skynet.be]]",
    "Tolk [[PERSON|Eirik Solberg]] har fødselsnummer [[ID_NUMBER|15038928918]] og er oppført i Nasjonalt tolkeregister for somali.",
    "Tradutora: [[PERSON|Inês Carvalho]] | NIF [[ID_NUMBER|279113420]] | telemóvel [[PHONE_NUMBER|+351 912 408 733]]",
    "Recibo verde emitido por [[PERSON|Rui Tavares]], por serviços de interpretação consecutiva em Coimbra; contacto [[PHONE_NUMBER|+351 963 118 402]].",
    "Traducător autorizat [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2890523194150]], telefon [[PHONE_NUMBER|+40 722 418 906]].",
    "Interpret [[PERSON|Mihai Popescu]], CNP [[ID_NUMBER|1760214019222]], domiciliu: [[STREET_ADDRESS|Strada Dorobanților 18, ap. 4, 010573 București]].",
    "Intérprete [[PERSON|Camila Fuentes Soto]], RUT [[ID_NUMBER|16.482.397-0]], correo [[EMAIL_ADDRESS|cfuentes.interprete@gmail.com]].",
    "Tõlk [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49103179569]], telefon [[PHONE_NUMBER|+372 5382 1947]].",
    "Túlkur: [[PERSON|Guðrún Einarsdóttir]], kennitala [[ID_NUMBER|120584-7822]], netfang [[EMAIL_ADDRESS|gudrun.e@simnet.is]].",
    "Soudní tlumočnice [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|856215/0916]], tel. [[PHONE_NUMBER|+420 604 218 377]].",
    "Перекладач [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3968415160]], тел. [[PHONE_NUMBER|+380 67 412 9083]].",
    "Dolmetscherin [[PERSON|Katharina Brandt]], Steuer-ID [[ID_NUMBER|52 756 598 358]], Honorar bitte an [[IBAN_CODE|DE46 5001 0517 3367 4392 42]].",
    "Patient [[PERSON|Hemi Tāwhiri]] asked for a te reo Māori interpreter; NHI [[ID_NUMBER|KLD2001]], phone [[PHONE_NUMBER|+64 21 448 3017]].",
    "Hindi-English translator [[PERSON|Kavya Iyer]], Aadhaar [[ID_NUMBER|6217 1410 3637]], phone [[PHONE_NUMBER|+91 98450 21736]].",
    "Sign-up form: [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|399 504 166]], French/English court interpreter, [[PHONE_NUMBER|(514) 555-0162]].",
    "Tolk [[PERSON|Oskar Berglund]], personnummer [[ID_NUMBER|930826-0513]], e-post [[EMAIL_ADDRESS|oskar.berglund.tolk@telia.se]].",
    "Freelancer [[PERSON|Thandiwe Khumalo]] | ID [[ID_NUMBER|9104123814080]] | isiZulu, Sesotho | [[PHONE_NUMBER|+27 71 390 4426]]",
    "מתורגמנית: [[PERSON|נועה לוי]] ת.ז. [[ID_NUMBER|336899455]] טלפון [[PHONE_NUMBER|+972 54 731 2086]]",
    "Διερμηνέας [[PERSON|Μαρία Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|27098810149]], τηλ. [[PHONE_NUMBER|+30 694 518 2307]].",
    "Referral: Kurdish Sorani interpreter needed for [[PERSON|Shirin Karimi]], NHS [[ID_NUMBER|703 335 0325]]; the surgery will call back on [[PHONE_NUMBER|0113 496 0742]].",
    "Ward log 14:20 — [[PERSON|Wiktor Mazur]] (hospital no. [[ID_NUMBER|H7730214]]) declined telephone interpreting, face-to-face Polish booked for 16:00.",
    "Pan [[PERSON|Krzysztof Lewandowski]] ([[EMAIL_ADDRESS|k.lewandowski82@wp.pl]]) zamówił tłumaczenie uwierzytelnione aktu małżeństwa na język angielski.",
    '{"naam": "[[PERSON|Youssef El Amrani]]", "klantnummer": "[[ID_NUMBER|KL-550913]]", "taal": "Tarifit", "mobiel": "[[PHONE_NUMBER|06-41837265]]"}',
    "Intérprete de Libras [[PERSON|Juliana Barbosa]], e-mail [[EMAIL_ADDRESS|ju.barbosa.libras@uol.com.br]], celular [[PHONE_NUMBER|+55 11 97318-4420]]",
    "Müşteri [[PERSON|Hakan Yıldırım]], pasaport no [[ID_NUMBER|U18472093]], noter onaylı Almanca çeviri talep etti; tel [[PHONE_NUMBER|+90 542 613 08 29]].",
    "2024-05-02T08:13:44Z login ok user=[[ID_NUMBER|a.kamara]] ip=[[IP_ADDRESS|198.51.100.61]] name=[[PERSON|Aminata Kamara]] role=interpreter",
    "[[PERSON|Delroy Campbell]] has interpreted Jamaican Patois at the Crown Court since 2015 and can be reached at [[EMAIL_ADDRESS|delroy.campbell.interp@btinternet.com]].",
    "Name: [[PERSON|Priscilla Owusu-Ansah]]\nLanguages: Twi, Ga, English\nMobile: [[PHONE_NUMBER|07700 900689]]\nDBS certificate: [[ID_NUMBER|001748293665]]",
    "employee_id,name,role,email\n[[ID_NUMBER|E-20417]],[[PERSON|Gideon Asante]],vendor manager,[[EMAIL_ADDRESS|g.asante@verbalink-agency.com]]",
    "Dear Ms [[PERSON|Kowalski]], your passport [[ID_NUMBER|548120337]] is being returned by recorded delivery to [[STREET_ADDRESS|22 Elm Park Road, Reading RG30 2BW]] together with the certified translation. Document Services",
    "W-9 on file: [[PERSON|Marisela Quintero]], SSN [[US_SSN|271-83-5042]], Spanish medical interpreter, Houston area.",
    '{"interpreter": "[[PERSON|Obinna Chukwu]]", "badge": "[[ID_NUMBER|CI-88317]]", "court": "Snaresbrook", "mobile": "[[PHONE_NUMBER|07700 900371]]"}',
    "Register of community translators, entry 1142: [[PERSON|Halima Yusuf]], Hausa; address [[STREET_ADDRESS|7 Kingsland High Street, London E8 2JS]].",
    "Payment log: client [[PERSON|Grant Whitfield]] paid £184.00 for an apostilled translation with card [[CREDIT_CARD|4432 8456 0496 3551]].",
    "Reset note: interpreter [[PERSON|Noemí Salgado]] set her portal password to [[PASSWORD|Andalucia#1987]] over the phone; remind her to change it.",
    "Courier [[PERSON|Reggie Palmer]] collects the originals on Tuesdays; driving licence [[ID_NUMBER|PALME708145RJ9AB]] checked on file.",
    "[[PERSON|Anjali Desai]] | Gujarati | member no. [[ID_NUMBER|ITI-0047715]] | [[EMAIL_ADDRESS|anjali.desai@lingua-mail.co.uk]] | [[PHONE_NUMBER|020 7946 0621]]",
    "Phiên dịch viên [[PERSON|Trần Thị Hồng]], số điện thoại [[PHONE_NUMBER|+84 912 347 806]], email [[EMAIL_ADDRESS|hong.tranthi@vnmail.vn]].",
    "Penerjemah tersumpah [[PERSON|Dewi Kusumawati]], alamat [[STREET_ADDRESS|Jl. Kemang Raya No. 27, Jakarta Selatan 12730]], telepon [[PHONE_NUMBER|+62 812 8830 4175]].",
    "المترجم المحلف: [[PERSON|يوسف الخطيب]] الهاتف [[PHONE_NUMBER|+971 50 318 4427]] البريد [[EMAIL_ADDRESS|y.alkhatib.translate@gmail.com]]",
    "Tolmács: [[PERSON|Szabó Réka]], telefon: [[PHONE_NUMBER|+36 30 412 7785]], e-mail: [[EMAIL_ADDRESS|reka.szabo.tolmacs@freemail.hu]]",
    "Tolk [[PERSON|Mette Kjærgaard]], [[EMAIL_ADDRESS|mette.kj@tolkeservice-mail.dk]], konto [[IBAN_CODE|DK02 8549 4132 1319 45]].",
    "Dolmetscher [[PERSON|Reto Ammann]], Honorar auf [[IBAN_CODE|CH41 3146 9847 5988 2145 4]], Natel [[PHONE_NUMBER|+41 79 318 27 64]].",
    "Gerichtsdolmetscherin [[PERSON|Verena Huber]], [[STREET_ADDRESS|Mariahilfer Straße 88/12, 1070 Wien]], IBAN [[IBAN_CODE|AT25 3439 2605 9308 3694]].",
    "Översättare [[PERSON|Elsa Nyström]], bankkonto [[IBAN_CODE|SE69 0368 8101 7111 1749 4802]], mobil [[PHONE_NUMBER|+46 70 318 44 92]].",
    "Tercüman [[PERSON|Emre Şahin]] ücret ödemesi için IBAN: [[IBAN_CODE|TR21 0001 5304 5048 6939 3591 28]].",
    "Traductrice [[PERSON|Céline Marchand]], IBAN [[IBAN_CODE|FR94 2004 1010 0548 0588 0202 530]], [[EMAIL_ADDRESS|celine.marchand.trad@orange.fr]]",
    "Intérprete [[PERSON|Álvaro Medina]]: transferencia a [[IBAN_CODE|ES92 0049 9979 7418 9652 1945]], móvil [[PHONE_NUMBER|+34 699 514 207]].",
    "Vendor record: [[PERSON|Jukka Heikkinen]], Finnish subtitler, paid to [[IBAN_CODE|FI27 8830 9557 0095 44]].",
    "Factuur van vertaler [[PERSON|Pieter Bakker]]; betalen op [[IBAN_CODE|NL23 INGB 0058 0861 16]] onder vermelding van factuurnummer 2024-118.",
    "[2024-06-11 22:47:09] WARN cat-server: 5 failed logins for [[PERSON|Fernanda Lopes]] from [[IP_ADDRESS|2001:db8:4a1:7::19]]",
    "Dear [[PERSON|Callum]], thanks for covering the Gaelic session. Please send your timesheet to accounts and your new number, [[PHONE_NUMBER|0131 496 0583]], to the rota team.",
    "Member [[ID_NUMBER|CIOL-77419]]: [[PERSON|Fatima Zahra Benjelloun]], Arabic and French legal translator, Casablanca and London.",
    "[[PERSON|Kenji Watanabe]] travelled to London as a conference interpreter on passport [[ID_NUMBER|TZ4918273]]; his hotel booking was made with [[EMAIL_ADDRESS|k.watanabe.interp@docomo.ne.jp]].",
    "Badge [[ID_NUMBER|INT-2207]] issued to [[PERSON|Ottilie Marsh]] for the Old Bailey, valid until the end of December.",
    "Export from the old booking tool (name;login;password):\n[[PERSON|Leopold Hartmann]];[[ID_NUMBER|lhartmann]];[[PASSWORD|Glossar2024!]]",
    '{"customer": "[[PERSON|Yasmin Farouk]]", "card": "[[CREDIT_CARD|5572 2254 1233 6315]]", "service": "certified translation, Arabic>English", "phone": "[[PHONE_NUMBER|+44 7700 900514]]"}',
    "Keyholder for the agency office: [[PERSON|Stanisław Nowicki]], alarm code [[PASSWORD|6603]], mobile [[PHONE_NUMBER|07700 900027]].",
    "Guest interpreter [[PERSON|Akosua]] was given the booth wifi key [[PASSWORD|SimulInterp-88]] on 4 June.",
    "Client intake: [[PERSON|Mohammed Al-Sayed]], [[STREET_ADDRESS|4410 Greenbriar Drive, Apt 2C, Dearborn, MI 48126]], Arabic, needs an interpreter for a deposition.",
    "Voicemail log: [[PERSON|Consuelo Herrera]] returned our call about Spanish interpreting for a parent-teacher conference, [[PHONE_NUMBER|(602) 555-0119]].",
    "Deliver the translated documents to [[PERSON|Mehmet Aydın]] at [[STREET_ADDRESS|12/48 Sydney Road, Brunswick VIC 3056]].",
    "[[PERSON|Léa Fontaine]] est interprète de conférence (anglais, espagnol) ; contact : [[EMAIL_ADDRESS|lea.fontaine.conf@free.fr]], [[PHONE_NUMBER|+33 6 39 98 14 52]].",
    '{"name": "[[PERSON|Friedrich Lang]]", "rolle": "Lektor", "email": "[[EMAIL_ADDRESS|f.lang@uebersetzer-buero.de]]", "telefon": "[[PHONE_NUMBER|+49 30 23125 416]]"}',
    "Intérprete de lenguas indígenas [[PERSON|Xóchitl Hernández]], tel. [[PHONE_NUMBER|+52 951 482 7730]], domicilio [[STREET_ADDRESS|Calle Macedonio Alcalá 305, Centro, 68000 Oaxaca de Juárez]]",
    "通訳者 [[PERSON|山本 健太]] 携帯 [[PHONE_NUMBER|090-4418-2736]] メール [[EMAIL_ADDRESS|kenta.yamamoto.tsuyaku@ocn.ne.jp]]",
    "译员 [[PERSON|刘建国]] 邮箱 [[EMAIL_ADDRESS|liujianguo_fy@163.com]] 电话 [[PHONE_NUMBER|+86 139 2047 8165]]",
    "고객 [[PERSON|박서준]] 님 번역 공증 요청, 이메일 [[EMAIL_ADDRESS|sj.park.docs@naver.com]]",
    "Interprete [[PERSON|Chiara Bellini]], cellulare [[PHONE_NUMBER|+39 347 218 5590]], e-mail [[EMAIL_ADDRESS|chiara.bellini.interprete@tiscali.it]]",
    "Tłumaczka [[PERSON|Aleksandra Kamińska]], tel. [[PHONE_NUMBER|+48 601 382 947]], adres [[STREET_ADDRESS|ul. Piotrkowska 118 m. 5, 90-006 Łódź]].",
    "Intérprete [[PERSON|Miguel Sousa]], morada [[STREET_ADDRESS|Rua de Santa Catarina 412, 2.º Esq., 4000-446 Porto]].",
    "Interpreter [[PERSON|Lowri Vaughan]] asked us to put her CPD course fee on a new card, [[CREDIT_CARD|2221 5144 9775 7822]].",
    "2024-07-19 13:05 BOOKED interp=[[PERSON|Sefa Ampofo]] lang=Twi client_contact=[[PHONE_NUMBER|020 7946 0953]] site=Homerton",
    "Profile: [[PERSON|Dmitri Volkov]] | Russian/English | [[EMAIL_ADDRESS|dvolkov.translations@fastmail.com]] | MT plugin key [[API_KEY|dv-mtp-4c81f0b29e7a4d15b6e3]]",
    "Refund issued to [[PERSON|Harriet Osei]] on card [[CREDIT_CARD|3449 849033 95036]] after the interpreter did not turn up.",
    "Vendor onboarding: [[PERSON|Lupe Tafuna]], Samoan interpreter, SSN [[US_SSN|614-09-2857]], [[PHONE_NUMBER|(808) 555-0137]].",
    "Hi [[PERSON|Tobias Renner]], your locker at the interpreting centre is number 14 and its code is [[PASSWORD|7730]]; please hand the key card back by Friday. Facilities",
    "Certificate of accuracy signed by [[PERSON|Zoltan Farkas]], translator, [[EMAIL_ADDRESS|zfarkas.translates@gmail.com]], on 5 August.",
]

# 100 clean texts: no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive blog post arguing that every hospital should employ on-site interpreters instead of relying only on telephone interpreting.",
    "Compose a short story in which a simultaneous interpreter at a peace summit realises that both delegations are using the same idiom to mean opposite things.",
    "Explain the difference between translation, interpreting, localisation and transcreation to a ten-year-old.",
    "Role-play as Jean-François Champollion explaining to a sceptical colleague how the Rosetta Stone helped him read hieroglyphs.",
    "Draft a professional email template a translation agency could send to decline a project that falls outside its language pairs.",
    "Compare consecutive and simultaneous interpreting in a table covering equipment, cost, accuracy and interpreter fatigue.",
    "Write a Python function that counts the words in a source document and returns a translation quote at a given rate per word, with a minimum charge of 40.",
    'Extract every language pair and deadline from this job board text and return them as JSON: "EN>DE legal, due 12 May; FR>EN marketing, due 15 May; JA>EN patent, due 2 June."',
    "Imagine you are Constance Garnett in 1912. Describe a typical working day spent translating Tolstoy into English.",
    "Give me five tips for staying calm when interpreting in a courtroom for the first time.",
    "Write a haiku about a glossary that nobody ever updates.",
    "What are the pros and cons of machine translation post-editing for a small agency? Answer in under 200 words.",
    'Rewrite this sentence in plain English: "The undersigned hereby attests that the foregoing translation is, to the best of the translator\'s knowledge and belief, true and complete."',
    "Suggest a name and a tagline for a new agency that specialises in sign language interpreting for theatres.",
    'Why are idioms like "it\'s raining cats and dogs" hard to translate? Give three equivalents from other languages and explain each.',
    "Write a limerick about Sancho Panza trying to act as an interpreter for Don Quixote.",
    "How did the Nuremberg trials shape modern simultaneous interpreting? Keep it to three paragraphs.",
    "Outline a 30-minute onboarding presentation for freelance translators joining an agency's medical team.",
    "What questions should someone ask before hiring a certified translator for immigration documents?",
    "Create a checklist for setting up a remote interpreting session over video, from audio checks to the closing script.",
    "Write an SQL query that lists each translator's total words per month from a table jobs(translator_id, words, completed_at).",
    "Argue both for and against requiring a university degree for court interpreters, then give your own conclusion.",
    "What did Saint Jerome's translation of the Bible into Latin change for medieval Europe?",
    "Draft a cheerful social media post for an agency celebrating International Translation Day on 30 September.",
    "If Sherlock Holmes had to solve a mystery hidden in a mistranslated letter, how would he begin? Write the opening paragraph.",
]

CLEAN_GSM8K = [
    "Priya translates 450 words per hour. How many hours does she need for a 3,600-word contract?",
    "An agency charges $0.14 per word. Tomas sends a 2,500-word manual and gets a 10% discount. How much does he pay?",
    "Ama interprets for 3 hours on Monday, 4.5 hours on Tuesday and twice as many hours on Wednesday as on Monday. At $60 an hour, how much does she earn in the three days?",
    "A subtitling team has 240 minutes of video. Lars subtitles 12 minutes of video per hour and Ines subtitles 8. Working together, how many hours will they need?",
    "Keiko has 6 hours. She must translate 1,200 words at 300 words per hour and then proofread for the rest of the time at 2,000 words per hour. How many words can she proofread?",
    "A conference runs 8 hours a day with 6 language booths. Each interpreter may work at most 4 hours a day. How many interpreters are needed each day?",
    "Jonah bought 3 dictionaries at $28 each and 2 style guides at $17 each. He paid with a $150 note. How much change did he get?",
    "A translation of 18,000 words is split between Marta and Felix so that Marta gets twice as many words as Felix. How many words does Felix translate?",
    "Omar earns $45 per hour interpreting and spends 20% of his income on travel. If he works 32 hours this month, how much does he keep?",
    "An agency had 120 freelancers. In spring 15 left and 27 joined. In summer a quarter of the total went on holiday. How many were still working in summer?",
    "Lena can type 70 words per minute. How long, in minutes, will she take to type a 5,250-word transcript?",
    "A book has 320 pages. Rafael translates 12 pages a day on weekdays and 5 pages a day at weekends. How many full weeks does he need?",
    "Sana pays a $35 membership fee every quarter to an interpreters' association and $12 a month for a terminology app. How much does she spend in a year?",
    "A client pays 1,800 euros for a project. The agency keeps 25% and splits the rest equally between two translators. How much does each translator get?",
    "Tariq's interpreting headset battery lasts 9 hours. He uses it for 2 hours 15 minutes in the morning and 3 hours 40 minutes in the afternoon. How much time is left?",
    "Mina reviews 8 certificates an hour. She has 52 certificates. If she starts at 9:00 and takes a 30-minute break, when does she finish?",
    "A localisation project has 5 languages with 4,000 words each. The rate is $0.12 a word for three languages and $0.18 for the other two. What is the total cost?",
    "Dario drove 64 km to an assignment and back. His car uses 6 litres per 100 km and fuel costs $1.85 a litre. How much did the fuel cost?",
    "Eight interpreters share a minibus costing $176 and a lunch costing $96. How much does each pay?",
    "Nadia charges $90 for the first hour of interpreting and $55 for every additional half hour. What does a 3-hour job cost?",
    "A glossary had 640 terms. Yuki added 15% more terms and then removed 36 duplicates. How many terms are there now?",
    "An agency answers 48 phone calls on Monday, 25% more on Tuesday and 12 fewer on Wednesday than on Tuesday. How many calls in total?",
    "Bruno's rate rose from $0.10 to $0.12 per word. By what percentage did his rate increase?",
    "A court sits from 10:00 to 16:30 with a one-hour lunch. Two interpreters swap every 30 minutes. How many 30-minute turns does each interpreter do?",
    "Ingrid saves $40 a week for a translation course that costs $580. She already has $140. How many weeks must she save?",
]

CLEAN_MMLU = [
    "Which of the following terms refers to adapting a product's language and cultural content for a specific market? A) Transliteration B) Localisation C) Gloss D) Back-translation",
    "In interpreting, what is 'décalage'? A) The fee for a half day B) The lag between the speaker and the interpreter C) A booth microphone D) A type of glossary",
    "Which writing system does Japanese use alongside kanji? A) Hangul B) Devanagari C) Kana D) Cyrillic",
    "A 'false friend' in translation is: A) a client who does not pay B) a word that looks similar in two languages but differs in meaning C) a machine translation error D) an unreliable dictionary",
    "Which language family does Hungarian belong to? A) Indo-European B) Uralic C) Turkic D) Afroasiatic",
    "The Rosetta Stone carries the same decree in which scripts? A) Latin, Greek and Hebrew B) Hieroglyphic, Demotic and Greek C) Cuneiform, Aramaic and Greek D) Coptic, Latin and Arabic",
    "Which mode of interpreting is whispered to one or two listeners without equipment? A) Relay B) Chuchotage C) Sight translation D) Retour",
    "In a translation memory, a 'fuzzy match' is: A) an exact match B) a partial match below 100% C) a spelling error D) a corrupted file",
    "Which international standard specifies requirements for translation services? A) ISO 9001 B) ISO 17100 C) ISO 27001 D) ISO 14001",
    "Which of these languages is written from right to left? A) Persian B) Georgian C) Thai D) Armenian",
    "Back-translation is mainly used to: A) speed up delivery B) check the meaning of a translated text against the source C) reduce cost D) replace proofreading",
    "An interpreter's 'A language' is: A) the language learnt most recently B) the native or best active language C) a passive language D) English by default",
    "What does 'CAT' stand for in translation software? A) Computer-Assisted Translation B) Certified Accurate Translation C) Common Alignment Tool D) Corpus Annotation Technique",
    "Which ethical principle requires interpreters to render everything said without additions or omissions? A) Impartiality B) Accuracy C) Confidentiality D) Professional development",
    "The Vulgate is a translation of the Bible into: A) Greek B) Latin C) Syriac D) Gothic",
    "Which pair are both official languages of Switzerland? A) German and Dutch B) Italian and Romansh C) French and Catalan D) Spanish and Italian",
    "In economics, if an agency raises its per-word rate and demand falls sharply, demand is: A) inelastic B) elastic C) unitary D) fixed",
    "Which of these is a tonal language? A) Finnish B) Yoruba C) Welsh D) Basque",
    "A 'sworn translation' is generally: A) a translation made under oath or by an officially authorised translator B) any translation longer than ten pages C) a translation done orally D) a draft awaiting review",
    "The study of meaning in language is called: A) Phonology B) Morphology C) Semantics D) Syntax",
    "Which interpreting arrangement uses a pivot language? A) Relay B) Consecutive C) Liaison D) Remote",
    "Which script is used to write Russian? A) Latin B) Greek C) Cyrillic D) Glagolitic only",
    "In the UK, which body's register lists qualified public service interpreters? A) NRPSI B) OFSTED C) HMRC D) DVLA",
    "A 'source text' is: A) the finished translation B) the text to be translated C) a glossary entry D) a reference file only",
    "Which of these is most likely to cause vocal strain in interpreters? A) Frequent water breaks B) Speaking loudly for long periods without rest C) Using a booth microphone D) Working in pairs",
]

CLEAN_HEALTH = [
    "My voice goes hoarse after long interpreting days. When should hoarseness that lasts for weeks be checked by a doctor?",
    "Can wearing headphones for eight hours a day damage hearing, and what volume is considered safe?",
    "What stretches help with wrist pain from typing translations all day?",
    "Is it safe to take ibuprofen for a headache if I have mild asthma?",
    "How can I tell the difference between eye strain from screens and a problem that needs an optician?",
    "What are the early signs of burnout, and how is it different from depression?",
    "How much water should an adult drink during a day of continuous speaking?",
    "Is it normal to feel dizzy after a long flight, and how long does jet lag usually last?",
    "What is vicarious trauma and how do people who interpret in asylum hearings protect themselves from it?",
    "Which vaccinations are usually recommended before working in a country where typhoid is common?",
    "Can lozenges with menthol dry out the throat if used every day?",
    "What causes tinnitus and can it go away on its own?",
    "How long should you rest your voice after laryngitis before speaking professionally again?",
    "Are standing desks actually better for lower back pain than sitting?",
    "What is the recommended sleep for adults, and does napping during the day make up for a short night?",
    "Is caffeine bad for the vocal cords?",
    "What are the symptoms of carpal tunnel syndrome and how is it diagnosed?",
    "How can anxiety before public speaking be managed without medication?",
    "Should an adult with a sore throat and fever over 39°C see a doctor the same day?",
    "What is acid reflux laryngitis and what foods make it worse?",
    "Can blue light glasses prevent headaches from screen work?",
    "How often should someone who works at a computer take breaks to protect their eyes?",
    "What are safe ways to lower blood pressure that has crept up with a stressful job?",
    "Is it normal for ears to feel blocked after a cold, and when is it worth seeing a GP?",
    "What should be in a basic first aid kit for a small office?",
]

# Every national id in the texts, with its check-digit validator.
NATIONAL_IDS = {
    "939 482 4928": nhs_ok,  # NHS number (chat)
    "722.561.819-95": cpf_ok,  # Brazilian CPF (chat)
    "925.409.058-11": cpf_ok,
    "2234139099": rnokpp_ok,  # Ukrainian RNOKPP (chat)
    "206732059": luhn_len(9),  # Israeli teudat zehut (chat)
    "133 582 4855": nhs_ok,  # NHS number
    "703 335 0325": nhs_ok,
    "387169258": bsn_ok,  # Dutch BSN
    "92072450300": pesel_ok,  # Polish PESEL
    "979.715.584-65": cpf_ok,  # Brazilian CPF
    "85432577696": kimlik_ok,  # Turkish kimlik
    "05576429X": dni_ok,  # Spanish DNI
    "Y5312464F": dni_ok,  # Spanish NIE
    "140791-862Y": hetu_ok,  # Finnish henkilötunnus
    "MRNGLI88S52L219E": codice_fiscale_ok,  # Italian codice fiscale
    "CSTDVD79A12F839E": codice_fiscale_ok,
    "310104198706124081": china_id_ok,  # Chinese resident identity number
    "S8185277D": nric_ok,  # Singapore NRIC
    "G5284105X": nric_ok,  # Singapore FIN
    "880419-2240736": rrn_ok,  # Korean resident registration number
    "225 243 475": tfn_ok,  # Australian tax file number
    "4271 36498 2": medicare_ok,  # Australian Medicare card
    "7106 8494 4379": my_number_ok,  # Japanese My Number
    "6790539N": pps_ok,  # Irish PPS number
    "3079597TA": pps_ok,
    "2 84 07 75 110 719 37": nir_ok,  # French NIR
    "1 79 11 13 453 155 07": nir_ok,
    "82.06.14-514.54": belgian_id_ok,  # Belgian national number
    "75.11.30-061.12": belgian_id_ok,
    "15038928918": fodselsnummer_ok,  # Norwegian fødselsnummer
    "279113420": nif_ok,  # Portuguese NIF
    "2890523194150": cnp_ok,  # Romanian CNP
    "1760214019222": cnp_ok,
    "16.482.397-0": rut_ok,  # Chilean RUT
    "49103179569": isikukood_ok,  # Estonian isikukood
    "120584-7822": kennitala_ok,  # Icelandic kennitala
    "856215/0916": rodne_cislo_ok,  # Czech rodné číslo
    "3968415160": rnokpp_ok,  # Ukrainian RNOKPP
    "52 756 598 358": steuer_id_ok,  # German tax id
    "KLD2001": nhi_ok,  # New Zealand NHI
    "6217 1410 3637": aadhaar_ok,  # Indian Aadhaar
    "399 504 166": luhn_len(9),  # Canadian SIN
    "930826-0513": luhn_len(10),  # Swedish personnummer
    "9104123814080": luhn_len(13),  # South African id
    "336899455": luhn_len(9),  # Israeli teudat zehut
    "27098810149": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0(113|131|161) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{8}",  # Netherlands mobile
        r"\+(27|30|31|34|36|39|40|41|46|48|52|55|62|64|65|84|86|90|91|351|353|372|380|420|971|972) [\d -]+\d",
    )
]

SECRET_CHATS = 20
NATIONAL_ID_RECORDS = 41


def has(marked: str, kind: str) -> bool:
    return any(s["type"] == kind for s in marked_spans(marked))


def check_mix() -> None:
    """Each record names one person; the chats hold the planned number of secrets and
    every type; the records carry the planned number of national ids."""
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    secret = sum(has(t, "PASSWORD") for t in CHAT)
    if secret != SECRET_CHATS:
        raise SystemExit(f"chat: {secret} texts with a secret, want {SECRET_CHATS}")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if with_id != NATIONAL_ID_RECORDS:
        raise SystemExit(f"records: {with_id} with a national id, want {NATIONAL_ID_RECORDS}")
    for name, texts in (("chat", CHAT), ("records", RECORDS)):
        missing = TYPES - {s["type"] for t in texts for s in marked_spans(t)}
        if missing:
            raise SystemExit(f"{name}: no {sorted(missing)}")


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
        "blind155", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
