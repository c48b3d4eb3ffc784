# ruff: noqa: E501
"""A hundred-and-sixtieth blind privacy set: 220 texts with personal data and 100 clean ones,
set in the world of driving schools: instructors, learner drivers and their parents.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring, constants, national ids,
phone layouts, check functions and ``main`` of ``build_blind36.py``, never the detector, its
rules, docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) that learners, parents, instructors and school office
  staff type to a general assistant behind a company gateway: texts, e-mails, letters and
  replies about lesson bookings, test dates, theory tests, instructor diaries, payments,
  cancellations, intensive courses and learner insurance; summaries of pasted voicemails,
  call logs, minutes and e-mail threads; translations, rewording, cost splits, rotas, "is
  this a scam?" questions and plans. The first 30 are typed all in lower case (names,
  e-mails, licence numbers, postcodes and IBANs too, with shorthand and typos); the next 6
  are in Polish, Welsh, Spanish, French, German and Arabic; the other 84 in ordinary
  English. Names of many origins, first names alone, surnames after titles, full names and
  names that are ordinary words (Grant, Sky, Dawn, Penny, Jack, Hope, Faith, Will, Miles,
  Summer, Robin, Ivy, Rich, Hunter, Frank, Joy, Cliff, Drew), many named in passing (rotas,
  lists, cost splits, "ask X"); 20 of them hold a secret (key-safe, door, gate, padlock,
  locker and alarm codes, PINs, wifi keys, passwords);
* 100 one-person records (4 to 60 words): prose, profile lines, pipe, CSV and semicolon
  rows, JSON objects, log lines, register entries and short letters, in English and 29
  other languages (Polish, Dutch, Portuguese, Turkish, Spanish, Finnish, Italian, Chinese,
  Korean, Japanese, French, Norwegian, Romanian, Estonian, Icelandic, Czech, Ukrainian,
  German, Hindi, Swedish, Hebrew, Greek, Afrikaans, Russian, Vietnamese, Arabic, Welsh,
  Hungarian and Thai); each names exactly one person
  and holds one to four other values; 40 carry a national id with valid check digits, the
  others passports, driving licences and permits, usernames, pupil and customer numbers,
  cards, IBANs, SSNs, IPs, API keys, door and wifi codes, e-mails, phones and addresses.

Usernames and logins, pupil, student, customer and account numbers, ADI certificate
numbers, driving licences and permits, passports and national ids are ID_NUMBER; PINs,
door, gate, padlock, locker, alarm and key-safe codes, wifi keys and passwords PASSWORD;
titles and relation words (Mr, Mrs, Mme, my son, my nan, my mum) stay outside PERSON spans;
an address span runs from the first street line through the postcode and city as typed;
public figures, fictional characters, driving schools, shops and companies, booking,
invoice and order references, amounts and dates of birth are not labelled; every occurrence
of a private value is marked. The 100 clean texts hold no personal data at all: 25
MT-Bench- and Vicuna-style prompts (a few name historical or fictional people), 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A to
D and 25 health questions naming no one, mostly about driving and learning to drive.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, the 496 0
ranges of the big cities, 029 2018 0; North America 555-01xx; Australia 0491 570; France
06 39 98; Germany 030 23125, 040 66969) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF,
Turkish kimlik, Spanish DNI and NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese
resident id, Singapore NRIC, Korean resident registration number, Australian TFN and
Medicare number, Japanese My Number, Irish PPS number, French NIR, Belgian national number,
Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI,
Indian Aadhaar, Swedish personnummer, Canadian SIN, Israeli teudat zehut, Greek AMKA and
South African id).

Run ``.venv/bin/python bench/data/build_blind160.py`` from the repository root; the output
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
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Coach|Auntie|Aunt|Uncle|Nan|Gran|Nurse|Sr|Sra|Herr|Frau|Mme|Mlle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # typed all in lower case
    "can u write a quick text to [[PERSON|kayleigh]] saying her lesson tmrw is moved to 4pm and ill pick her up from [[STREET_ADDRESS|14 bramble close, leeds ls6 3qt]] not the college",
    "my instructor [[PERSON|darren]] wants the full 10 hr block paid upfront by bank transfer to [[IBAN_CODE|gb51loyd30962748151936]], is that normal for an adi or should i pay as i go",
    "summarise this voicemail pls: hi its [[PERSON|mo]] from fastlane, dvsa have cancelled ur test at pinner cos the examiner is off sick, ring me back on [[PHONE_NUMBER|07700 900412]] and we'll sort a new date",
    "text my son [[PERSON|callum]] the key safe code for the car at nans is [[PASSWORD|7391]] and tell him he is not to drive it unless me or [[PERSON|grant]] is in the passenger seat",
    "is this a scam?? 'dvsa: your practical test has been flagged, confirm licence [[ID_NUMBER|okafo055127c99hx]] and pay £34.99 to keep your slot' my daughter [[PERSON|chiamaka]] got it at 7am",
    "split the intensive course cost between [[PERSON|jas]] and [[PERSON|priyanka]]: £1,240 for 30 hrs, [[PERSON|jas]] did 12 hrs and [[PERSON|priyanka]] did 18, and i already paid the £100 deposit for them both",
    "wifi in the driving school office is [[PASSWORD|clutchcontrol!88]], can u write a sign for the waiting room saying ask [[PERSON|bev]] on the desk if it wont connect",
    "draft a polite msg to mrs [[PERSON|adeyemi]] saying her son [[PERSON|tobi]] owes for 3 lessons (£105) and i need it before friday, she can ring me on [[PHONE_NUMBER|07700 900387]]",
    "translate to polish for my pupil [[PERSON|zofia]]: your theory test is booked for monday, bring your provisional licence, number [[ID_NUMBER|nowak052146z99lk]]",
    "whats the kindest way to tell [[PERSON|hunter]] hes not ready for his test on the 3rd, hes failed twice on roundabouts and i dont want to crush him",
    "reply to this email from [[EMAIL_ADDRESS|r.castellano88@gmail.com]] 'hi do u do automatic lessons in ls17 and how much for 10' - yes we do, £380 for a block of 10 and the instructor would be [[PERSON|faith]]",
    "my learner insurance login is [[ID_NUMBER|mcgowan_e07]] pw [[PASSWORD|sheffield2007]], they charged me twice in april, help me write a complaint, the policy is in my name [[PERSON|ellie mcgowan]]",
    "tidy these meeting notes: [[PERSON|raj]] takes the manchester pupils from june, [[PERSON|sky]] off 2-9 aug, [[PERSON|pete o'donnell]] new car arrives thurs, sat rota [[PERSON|raj]] / [[PERSON|dawn]] / [[PERSON|pete]]",
    "my dad [[PERSON|frank]] shouts every time he takes me out in the car, how do i tell him to chill without it turning into a row",
    "write a text to the new instructor [[PERSON|aleksander]] explaining where the dual control car is kept, its the lockup behind the chip shop, padlock code [[PASSWORD|c4819]]",
    "summarise call log: 09:12 [[PERSON|janine]] rang re refund for cancelled lessons, 09:40 mr [[PERSON|chowdhury]] wants his daughters lessons moved to evenings, 10:05 missed call [[PHONE_NUMBER|0113 496 0528]] no voicemail",
    "is £41/hr a rip off? [[PERSON|rich]] pays £32 in doncaster",
    "send [[PERSON|leon]] the office door code [[PASSWORD|1962*]] and tell him the theory practice laptop is in the back room, login [[ID_NUMBER|frontdesk2]] password [[PASSWORD|mirrorsignal4]]",
    "write a reminder for [[PERSON|ayesha]]: theory test thurs 9:40 at the bradford centre, bring photocard, confirmation goes to [[EMAIL_ADDRESS|ayesha.rahim07@outlook.com]]",
    "make this sound less angry: [[PERSON|gemma]] u have cancelled 3 times with less than 48 hrs notice so im charging for the last one, pay £38 to [[IBAN_CODE|gb26midl40172659381047]] by sunday",
    "whats the difference between learner insurance on my mums car and just adding me as a named driver? im 17, my mum [[PERSON|carol]] is the owner",
    "locked out of my theory practice app, username [[ID_NUMBER|tdh_driver05]], i think the password was [[PASSWORD|rangerover!12]] or something close, how do i reset it",
    "draft a text to the parents group: lessons for [[PERSON|ollie]], [[PERSON|maisie]] and [[PERSON|kofi]] are off tomorrow cos of the snow, rebook or refund, any questions call [[PHONE_NUMBER|07700 900254]]",
    "split fuel for the practice drive to whitby between me, [[PERSON|penny]] and [[PERSON|jack]]: 210 miles, car does 45mpg, petrol £1.49 a litre",
    "help me write to the insurance about my son [[PERSON|declan]] hitting a bollard in the dual control car, instructor was [[PERSON|marek wisniewski]], adi number [[ID_NUMBER|418273]]",
    "turn this into a table: name [[PERSON|lily-mae hughes]], dob 03/02/2007, address [[STREET_ADDRESS|22 oakfield terrace, pontypridd cf37 4hn]], phone [[PHONE_NUMBER|029 2018 0417]], theory passed yes",
    "card keeps getting declined booking the test, is it because its my dads card? its [[CREDIT_CARD|4658 1730 2948 5135]] in the name of [[PERSON|gareth]]",
    "notes for new instructor [[PERSON|hope]]: car is the blue corsa, spare key in the key safe by the side door code [[PASSWORD|0427]], diary app login [[EMAIL_ADDRESS|hope.instructor@roadready.co.uk]] pw [[PASSWORD|hoper0ad!]]",
    "translate to urdu for [[PERSON|bilal]]'s mum: he passed his theory test with 47 out of 50 and can now book the practical",
    "scam? text says 'hi its [[PERSON|jodie]] ur instructor, my phone broke so this is my new number [[PHONE_NUMBER|07700 900931]], pls send £60 for tmrw to my new account' and my instructor is called [[PERSON|jodie]] so idk",
    # six other languages
    "Przetłumacz na angielski wiadomość do mojego instruktora: Dzień dobry, tu [[PERSON|Kasia Zielińska]], muszę przełożyć czwartkową jazdę na sobotę rano. Gdyby coś, proszę dzwonić na [[PHONE_NUMBER|07700 900618]].",
    "Ysgrifenna neges fer i [[PERSON|Gethin]] yn dweud bod ei brawf gyrru ddydd Llun am 10:12 yng Nghaerfyrddin. Cod giât y swyddfa yw [[PASSWORD|5172]] os bydd e'n cyrraedd yn gynnar.",
    "¿Me resumes este correo? Dice que mi hija [[PERSON|Lucía]] tiene el examen práctico el martes y que su profesor, [[PERSON|Julián Prados]], necesita la transferencia a [[IBAN_CODE|ES27 2100 3847 1920 6538 1749]] antes del lunes. Escribe desde [[EMAIL_ADDRESS|julian.prados.autoescuela@gmail.com]].",
    "Peux-tu écrire un petit message à Mme [[PERSON|Girard]] pour lui dire que les leçons de conduite accompagnée de son fils [[PERSON|Théo]] reprennent lundi à 17 h ? Son portable : [[PHONE_NUMBER|06 39 98 41 27]].",
    "Fasse diese Sprachnachricht zusammen: „Hallo, hier ist [[PERSON|Jannik]] von der Fahrschule. Die Sonderfahrten für [[PERSON|Mia Schröder]] sind jetzt Dienstag und Donnerstag, bitte ruf mich unter [[PHONE_NUMBER|030 23125 748]] zurück.“",
    "اكتب رسالة قصيرة إلى المدرب [[PERSON|يوسف الحربي]] تخبره أن ابني [[PERSON|عمر]] لن يحضر درس القيادة يوم الأحد، ويمكنه الاتصال بي على [[PHONE_NUMBER|+971 50 418 2736]]",
    # ordinary English
    "Can you draft a WhatsApp to [[PERSON|Will]]'s mum, [[PERSON|Sandra Okoro]], saying his mock test went well but he still swings wide on left turns, and I'd suggest two more lessons before the real one on the 18th?",
    "Please write a handover note for [[PERSON|Grace Mbeki]], who is covering my pupils next week. The spare car key is in the key safe on the garage wall, code [[PASSWORD|3814]]. My diary app login is [[ID_NUMBER|instructor.dlaw]], password [[PASSWORD|Parallel-Park-22]].",
    "Summarise this email thread in two lines: [[PERSON|Nadia Haddad]] wrote on Monday asking if [[PERSON|Zain]]'s Tuesday lesson could move because of a dentist appointment. I replied that only 5pm was free that week. [[PERSON|Nadia]] said 5pm clashes with football and asked whether Thursday was possible instead. I offered Thursday at 7. She accepted, but pointed out that [[PERSON|Zain]]'s test is on the 9th at Bury, so he still needs the motorway hour and a mock test before then, and asked what that would cost on top of his block.",
    "My instructor [[PERSON|Sean Gallagher]] wants proof of learner insurance before Saturday. Can you write a short email to [[EMAIL_ADDRESS|sean.gallagher.adi@gmail.com]] attaching the certificate and confirming I'm covered on my stepdad's Fiesta?",
    "Is this a scam? 'Your DVSA theory test refund of £23 is pending. Enter your card details to receive it.' I already typed in my card [[CREDIT_CARD|4928 3107 6524 8103]] before I thought about it. What should I do now?",
    "Split the cost of our shared intensive course: [[PERSON|Amara]] paid the £200 deposit, [[PERSON|Femi]] paid £350, the total is £1,050, and the three of us including [[PERSON|Tunde]] should end up paying equal shares.",
    "Write a polite cancellation text to my instructor [[PERSON|Dawn]]: I've got a temperature and can't do tomorrow's 8am lesson. I know it's less than 24 hours' notice and I'm happy to pay.",
    "Fix the wording please: 'Dear Mr [[PERSON|Patel]], your son [[PERSON|Arjun]] has now complete his 20 hour and is ready for booking test, please confirm if you want me book at Morden or Mitcham.'",
    "Our school's booking system stopped syncing with the website. The API key in the config file is [[API_KEY|rdb_live_9fK2mQ7xTz4LwP8vHc3N]]. What does a 401 error mean and should I regenerate the key? Our developer [[PERSON|Tomasz]] is on holiday.",
    "Can you turn these results into a message for the parents' group? [[PERSON|Ruby]] passed with 2 minors, [[PERSON|Kwame]] passed first time, [[PERSON|Hannah Lindqvist]] failed on a junction, [[PERSON|Rory]] passed with 5 minors.",
    "I'm a driving instructor in Ohio. A parent emailed her son's details for the permit paperwork: [[PERSON|Tyler Brooks]], SSN [[US_SSN|418-62-7395]]. Write a reply asking her not to send SSNs by email and to bring the card in person.",
    "Draft a letter to my insurer: my daughter [[PERSON|Saoirse Byrne]] was on my policy as a learner, passed her test on 2 May and now needs adding as a full-licence driver. Her licence number is [[ID_NUMBER|BYRNE056217S99TK]].",
    "Text [[PERSON|Victor]]: test 8:57 Monday, eat breakfast first.",
    "Plan a five-day intensive course for [[PERSON|Lewis]]: 30 hours in total, test booked for Friday at 2:15 at Chertsey, he's done about 6 hours before with his dad. Include breaks and a mock test.",
    "Reply politely to a two-star review from [[PERSON|Brandon Hale]] who says his instructor [[PERSON|Miles]] was late twice. [[PERSON|Miles]] broke down on the A38 once and the other time was a diary mix-up on our side.",
    "Write a short payment reminder to [[PERSON|Jacqueline Fournier]] for 6 lessons at £38 each, to be paid by bank transfer to [[IBAN_CODE|GB35 BARC 2048 8173 6502 94]] with her surname as the reference.",
    "Voicemail to summarise: 'Hiya, it's [[PERSON|Bernie]] at the theory test centre, we've had a power cut so the 2pm session is off. Your candidate [[PERSON|Imran Qureshi]] will get an email. Any questions, call [[PHONE_NUMBER|0161 496 0772]].'",
    "Text for [[PERSON|Sinead]]: pick up the Polo from my house at [[STREET_ADDRESS|7 Larch Avenue, Ballymena BT42 2RF]] at 7:30. The keys are in the safe by the back door, code [[PASSWORD|1190]].",
    "My son [[PERSON|Ezra]] still needs 40 supervised hours for his NSW learner log book. Make a weekly plan around school and my shifts, with a header showing his name and my mobile [[PHONE_NUMBER|0491 570 216]] as supervisor contact.",
    "Is this a scam? An email from 'DVLA Licensing' to [[EMAIL_ADDRESS|k.obi.learner@yahoo.co.uk]] says my provisional licence will be revoked unless I verify my identity at a link. I'm [[PERSON|Kelechi Obi]] and I only applied last month.",
    "Write a Saturday rota: [[PERSON|Harpreet]] 8-12, [[PERSON|Jack Lin]] 9-1, [[PERSON|Ifeoma]] 12-4, [[PERSON|Rosa]] 1-5, and [[PERSON|Harpreet]] again 5-6 for the mock test.",
    "Help me answer Mr [[PERSON|Duarte]], who wants to know why his daughter [[PERSON|Inês]] still needs lessons after 35 hours. Her main problems are mirror checks and hesitating at roundabouts.",
    "Make a laminated card for pupils waiting in reception: network DriveSafe_Guest, key [[PASSWORD|Roundabout#2024]]. Sign it from [[PERSON|Trish]] at the front desk.",
    "Explain to my nan what this pass certificate note means: 'Candidate [[PERSON|Ali Demir]]: 3 driving faults, no serious or dangerous faults.'",
    "Draft an email to the school's owner, [[PERSON|Lorraine Whitfield]], at [[EMAIL_ADDRESS|lorraine.whitfield@btinternet.com]], asking for a refund of the 4 unused hours on my block booking now that I've passed.",
    "Summarise these minutes for the instructors who missed the meeting: Present: [[PERSON|Tariq]], [[PERSON|Beth]], [[PERSON|Conor]], [[PERSON|Mei]]. Apologies: [[PERSON|Godfrey]]. [[PERSON|Tariq]] reported two pupil complaints about late arrivals and will speak to the instructors concerned. [[PERSON|Beth]] proposed raising the hourly price by £2 from September; agreed, with existing block bookings honoured. [[PERSON|Conor]] to renew the dual controls on car 3 and book its service. [[PERSON|Mei]] to chase invoices unpaid after 30 days and update the cancellation policy on the website. Next meeting on the first Thursday of next month.",
    "Write an email to the DMV scheduler for my daughter [[PERSON|Harper Nguyen]], permit number [[ID_NUMBER|N482-7165-3390]], asking to move her road test to a later date. My number is [[PHONE_NUMBER|(503) 555-0147]].",
    "Text [[PERSON|Robin]]: my glasses are in the locker at the test centre waiting room, number 12, code [[PASSWORD|4470]]. Can you grab them before your 10:30?",
    "Can you check my maths? Lessons this month: [[PERSON|Chidi]] 12 x £36, [[PERSON|Bella]] 8 x £36 and [[PERSON|Hassan]] 5 x £40 for motorway lessons. What's the total?",
    "Write a firm but kind message to Mr [[PERSON|Siddiqui]], [[PERSON|Zara]]'s father, saying I can't take cash for lessons any more and he can pay into my account [[IBAN_CODE|GB41 NWBK 6081 3927 4610 58]].",
    "Is this message from my instructor genuine? 'Hi [[PERSON|Olivia]], I've changed banks, please send Friday's £70 to [[IBAN_CODE|GB94 HBUK 4032 6185 0973 42]] from now on. [[PERSON|Stuart]]'",
    "Please draft a reference for my former pupil [[PERSON|Ngozi Eze]], who wants to train as a driving instructor. She passed in 2019, and she was calm, punctual and patient with other road users.",
    "Our booking portal flagged a login to [[PERSON|Fiona Reid]]'s instructor account from [[IP_ADDRESS|203.0.113.58]] at 03:12. [[PERSON|Fiona]] says it wasn't her. Draft a message explaining we've reset her access.",
    "Write a card message for my instructor [[PERSON|Chuck]] from me and [[PERSON|Ama]], thanking him for getting us both through first time.",
    "How do I tell my 17-year-old [[PERSON|Reuben]] that the PIN for the fuel card is [[PASSWORD|6093]] without putting it in the family chat? Maybe a riddle?",
    "Plan a route for [[PERSON|Layla]]'s last lesson before her test at Llanishen: roundabouts, a bay park and the dual carriageway, starting and finishing at [[STREET_ADDRESS|41 Heol Hir, Cardiff CF14 5AB]].",
    "Summarise this call log: 14:02 [[PERSON|Dmitri]] called, wants automatic only. 14:20 [[PERSON|Priya Shah]] asked about Pass Plus. 14:31 [[PERSON|Dmitri]] again, booked Tuesday 4pm. 15:00 voicemail from [[PHONE_NUMBER|07700 900745]], no name left.",
    "Write a text reminding [[PERSON|Summer]] to bring her glasses and her provisional licence to Thursday's test.",
    "My daughter [[PERSON|Keeley]] wants to pay her instructor with my card [[CREDIT_CARD|5357 1820 4963 3724]]. Is it safe to read that out over the phone to [[PERSON|Gordon]] at the school, or should she pay online?",
    "Write instructions for my cover instructor [[PERSON|Kemi]]: the dashcam app password is [[PASSWORD|dashcam#5501]], footage uploads every night, and pupils must be told the camera is on.",
    "Can you make this more professional? 'hey [[PERSON|Alan]] ur pupil [[PERSON|Becky]] left her bag in my car yesterday, its at mine if she wants it'",
    "Explain the show me, tell me questions simply. I'm helping my brother [[PERSON|Osagie]] practise for his test next week.",
    "Write a text to [[PERSON|Heather]] and [[PERSON|Drew]] saying the lesson lift-share is off this week because [[PERSON|Drew]]'s mum is driving them instead.",
    "Draft a reply to [[PERSON|Yolanda Pierce]], who emailed from [[EMAIL_ADDRESS|ypierce.home@icloud.com]] asking if her 16-year-old can start lessons. Explain the provisional licence age rules briefly.",
    "Just format this neatly for my notes: theory practice subscription, user [[ID_NUMBER|learnerlottie7]], password [[PASSWORD|lottieP@ss19]], paid for by [[PERSON|Lottie]]'s gran.",
    "Please write a short website bio: [[PERSON|Fraser McAllister]], driving instructor for 12 years, manual and automatic, 71% first-time pass rate, call [[PHONE_NUMBER|0131 496 0382]].",
    "Turn these notes into an email to parents: [[PERSON|Kai]] failed the mock test on speed in 30 zones; [[PERSON|Aoife]] is ready; [[PERSON|Luca]] needs three more hours.",
    "Help me word a WhatsApp to the other mums: I'm driving [[PERSON|Maddie]], [[PERSON|Jess]] and [[PERSON|Noor]] to the theory test on Saturday, meet outside [[STREET_ADDRESS|19 Kingsway, Derby DE22 3FR]] at 8:15.",
    "Translate into simple Romanian for my pupil [[PERSON|Andrei]]: your test is cancelled because of the examiners' strike and we will rebook it for free.",
    "My son [[PERSON|Diego Ramirez]] is applying for his learner license in Texas and the form asks for his SSN, which is [[US_SSN|529-18-4073]]. Does the DPS office need to see the physical card as well?",
    "Write a text to [[PERSON|Ivy]] with the garage door code [[PASSWORD|2291]]; she's collecting the dual-control Yaris at 7 tomorrow morning.",
    "Draft a complaint to the DVSA for my pupil [[PERSON|Benedikt Hoffmann]]: his examiner arrived 25 minutes late and the test ran into darkness. His driver number is [[ID_NUMBER|HOFFM011238B99QN]].",
    "Is this normal? Instructor [[PERSON|Clive]] texted my 17-year-old [[PERSON|Esme]] at 11pm about lesson times. I want to ask him to message me instead on [[PHONE_NUMBER|07700 900823]]. Help me word it.",
    "Please summarise: 'Lessons cancelled this week: [[PERSON|Joy]] (ill), [[PERSON|Anwar]] (exam), [[PERSON|Rhiannon]] (car in garage), [[PERSON|Pablo]] (no reason given). Charge [[PERSON|Pablo]] as per policy.'",
    "I'm connecting our driving school website to an SMS reminder service. Is it fine to paste the key [[API_KEY|smsg_k8H3vR1qYd7Wn2Zt5Lb9Xe4M]] into the page's JavaScript? My web person [[PERSON|Kenji]] says absolutely not.",
    "Write a welcome email for our online theory course to [[PERSON|Adaeze]]: her login is [[EMAIL_ADDRESS|adaeze.n@protonmail.com]] and her temporary password is [[PASSWORD|TheoryStart41]].",
    "Split this fairly: instructor [[PERSON|Gurdeep]] charged £420 for a 12-hour block that [[PERSON|Harvey]] and his twin [[PERSON|Oscar]] shared, but [[PERSON|Oscar]] used 7 of the hours.",
    "Help me reply to [[PERSON|Sunita Rao]], who wants to know whether her son's learner insurance covers him in her husband's car. She wrote from [[EMAIL_ADDRESS|sunita.rao72@gmail.com]].",
    "My instructor was [[PERSON|Hunter Wallace]]. Write a thank-you post for his Facebook page now that I've passed at Tolworth with one minor.",
    "Write a text to all my Monday pupils, [[PERSON|Sally]], [[PERSON|Bartek]], [[PERSON|Hiro]] and [[PERSON|Kezia]], saying my car failed its MOT so lessons move to Wednesday.",
    "I'm [[PERSON|Kim Ashworth]] and I run a small driving school. An email says someone tried to log in to my payment account [[ID_NUMBER|stellar_driving_kim]] from [[IP_ADDRESS|198.51.100.23]] and asks me to confirm my password. Is it phishing?",
    "Plan three supervised practice sessions for [[PERSON|Felix]] around Bristol: quiet estates, then rush hour, then the M32. I'm his dad, [[PERSON|Rich]], and I get nervous on motorways.",
    "Write a message to my learner [[PERSON|Tamsin]]: if the alarm on the training unit goes off while she waits, the code is [[PASSWORD|5306]]. Also tell her I'll be 10 minutes late.",
    "Draft an email to the theory test centre about my pupil [[PERSON|Mohammed Al-Sayed]], who needs a reader because of dyslexia. He can be reached on [[PHONE_NUMBER|07700 900167]] or [[EMAIL_ADDRESS|m.alsayed.2006@gmail.com]].",
    "Summarise this email: 'Dear [[PERSON|Penelope]], further to our call, your intensive course starts 14 July at 9am. The balance of £640 is due by 7 July. Regards, [[PERSON|Grant Hollis]].'",
    "Can you write an apology to Mr [[PERSON|Kowalczyk]], whose lesson I missed because of a flat tyre? Offer him a free 30 minutes next time.",
    "I booked the practical test for my stepdaughter [[PERSON|Tegan]] and the confirmation email shows my whole card number, [[CREDIT_CARD|371958204617385]]. Is that a data breach I should report?",
    "Please tidy this for the instructors' WhatsApp: 'car 2 is now parked at the depot, [[PERSON|Neville]] has the spare key, don't lend it to pupils'.",
    "Write a Christmas message to my pupils' parents from me and my co-instructor [[PERSON|Precious]].",
    "What should I say to [[PERSON|Brooke]]? She passed her theory test but her name was misspelt on the certificate and she's panicking about the practical.",
    "Write a short bio for our new instructor [[PERSON|Mateus Oliveira]]: Brazilian, teaches in English and Portuguese, qualified in 2021, email [[EMAIL_ADDRESS|mateus.oliveira.adi@gmail.com]].",
    "Write a note to my husband [[PERSON|Errol]]: [[PERSON|Keisha]]'s test is at 11:07 at Wood Green, he must take the car with L plates and be there by 10:40.",
    "Help me write a note for my daughter [[PERSON|Faith]]: her learner app PIN is [[PASSWORD|2718]] and she must never give it to anyone claiming to be her instructor.",
    "Reply to [[PERSON|Vikram]], who asks whether he can book his practical test before his theory certificate arrives in the post.",
    "Make a table of instructor, pupils and hours: [[PERSON|Carlos]] 14 pupils, 31 hrs; [[PERSON|Siobhan]] 9 pupils, 22 hrs; [[PERSON|Wei Zhang]] 17 pupils, 38 hrs.",
    "Is this a scam? A text to my son [[PERSON|Harrison]] on [[PHONE_NUMBER|07700 900559]] says: 'Cheap test slots in 2 weeks, £150, pay now to secure.'",
    "Draft a text to [[PERSON|Cliff]] saying the Thursday instructors' meeting moves to the Red Lion at 7 and [[PERSON|Marcia]] is bringing the new price list.",
    "Please write to the leasing company about the damage to the dual-control car. The driver was my pupil [[PERSON|Yasmin Farouk]] and the instructor was [[PERSON|Dev Malhotra]].",
    "Write a flyer line: free first lesson for new pupils in LS8, call [[PERSON|Sandeep]] on [[PHONE_NUMBER|0113 496 0261]].",
    "Summarise: 'Pupil [[PERSON|Marguerite]] rang. Insurance on her partner's car won't cover learners, so she'll book 10 more lessons in the school car. Call her back after 6.'",
    "An Irish pupil's dad says he paid from [[IBAN_CODE|IE33 BOFI 9058 3712 6483 05]] but I can't see it. Draft a message to him, Mr [[PERSON|Fitzgerald]], asking for the transfer date.",
    "Write a note for the instructors' lockers: [[PERSON|Abena]] has locker 4, code [[PASSWORD|9152]]; [[PERSON|Stanislav]] has locker 5, code [[PASSWORD|6648]].",
    "Reply to [[PERSON|Rosemary]]: no school-hours lessons.",
    "Write a goodbye message from our school to [[PERSON|Frank Delaney]], who is retiring after 30 years as an instructor.",
]

# 100 one-person records in English and 29 other languages.
RECORDS = [
    # with a national id
    "Pupil medical note: [[PERSON|Ellis Moran]], NHS number [[ID_NUMBER|943 476 5919]], seizure-free for two years per GP letter; D4 form received.",
    "Learner with diabetes: [[PERSON|Rhys Pritchard]] | NHS [[ID_NUMBER|612 845 3090]] | mobile [[PHONE_NUMBER|07700 900702]] | carries glucose tablets in the glovebox",
    "Leerling [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|291746585]], theorie-examen gehaald op 4 maart; rijlessen op dinsdag.",
    "Kursantka: [[PERSON|Wiktoria Mazur]]; PESEL: [[ID_NUMBER|06272304817]]; kategoria B; egzamin teoretyczny: zdany",
    '{"kursant": "[[PERSON|Oskar Wójcik]]", "pesel": "[[ID_NUMBER|05311107626]]", "kategoria": "B", "godziny_jazd": 30}',
    "Aluno: [[PERSON|Gabriel Souza Lima]] — CPF [[ID_NUMBER|482.139.657-28]] — aulas práticas: 20 h — e-mail [[EMAIL_ADDRESS|gabriel.slima@uol.com.br]]",
    "Cadastro autoescola; [[PERSON|Larissa Ferreira]]; [[ID_NUMBER|719.305.284-50]]; categoria B; exame prático marcado para 22/08",
    "Sürücü kursu kaydı: [[PERSON|Elif Yıldız]], T.C. Kimlik No [[ID_NUMBER|28471639550]], telefon [[PHONE_NUMBER|+90 532 418 27 63]]",
    "Alumna: [[PERSON|Carmen Ortega Ruiz]]; DNI [[ID_NUMBER|73928164T]]; permiso B; clases prácticas los jueves",
    "Alumno [[PERSON|Mihail Popescu]], NIE [[ID_NUMBER|Y4827163Y]], examen teórico aprobado, pago pendiente de 180 €.",
    "Autokoulu: oppilas [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|230606A724K]], ajokoe 14.5. klo 10.30",
    "Allievo [[PERSON|Luca Marino]], codice fiscale [[ID_NUMBER|MRNLCU06H14F839R]], foglio rosa rilasciato il 3 marzo.",
    "[[PERSON|Gabriella Costa]]; CF [[ID_NUMBER|CSTGRL05T61A944S]]; esame pratico: 18/09; cellulare [[PHONE_NUMBER|+39 347 218 4906]]",
    "学员姓名： [[PERSON|王思雨]] ｜ 身份证号： [[ID_NUMBER|320106200608174522]] ｜ 科目一 已通过",
    "Student [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0627419B]], booked for the Basic Theory Test; contact [[PHONE_NUMBER|+65 9184 2736]]",
    "수강생: [[PERSON|김민지]] / 주민등록번호: [[ID_NUMBER|060423-4182730]] / 도로주행 시험 예정",
    "Instructor payroll: [[PERSON|Lachlan Boyd]], TFN [[ID_NUMBER|318 572 642]], paid fortnightly for lessons in Geelong.",
    "L-plate learner [[PERSON|Chloe Nguyen]] | Medicare [[ID_NUMBER|2953 71843 1]] | log book hours 62/120",
    "教習生 [[PERSON|佐藤 陽菜]] マイナンバー [[ID_NUMBER|5829 3071 4622]] 仮免許 取得済み",
    "Learner permit holder [[PERSON|Cian Ó Briain]], PPSN [[ID_NUMBER|7294183Q]], EDT lessons 6 of 12 completed.",
    "[[PERSON|Niamh Kavanagh]], PPS [[ID_NUMBER|8350271QA]], email [[EMAIL_ADDRESS|niamhkav06@eircom.net]], driving test at Tallaght on 3 October",
    "Élève : [[PERSON|Manon Lefèvre]] — n° de sécurité sociale [[ID_NUMBER|2 06 04 75 112 384 12]] — conduite accompagnée, 3 000 km parcourus",
    "Candidat au permis [[PERSON|Julien Marchand]] ; NIR [[ID_NUMBER|1 05 11 69 387 041 44]] ; code réussi ; tél. [[PHONE_NUMBER|06 39 98 52 14]]",
    "Rijinstructeur [[PERSON|Pieter Janssens]], rijksregisternummer [[ID_NUMBER|85.08.14-263.91]], brevet geldig tot 2027.",
    "Elev [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|12050648352]], obligatorisk mørkekjøring fullført.",
    "Aluna [[PERSON|Beatriz Carvalho]], NIF [[ID_NUMBER|239481054]], reembolso para [[IBAN_CODE|PT70 0035 0651 7284 0936 1952 7]]",
    "Cursantă: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|6060317403941]], examen auto programat pe 12 iunie.",
    "Alumno [[PERSON|Benjamín Soto Araya]], RUT [[ID_NUMBER|21.384.927-1]], clase práctica 8 de 12, licencia clase B en trámite.",
    "Õpilane [[PERSON|Kristiina Tamm]], isikukood [[ID_NUMBER|60609120274]], sõidueksam 3. juunil.",
    "Nemandi: [[PERSON|Sigríður Jónsdóttir]], kennitala [[ID_NUMBER|140306-3470]], ökupróf 20. maí.",
    "Žákyně autoškoly [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|065812/3180]], závěrečná zkouška 9. září.",
    "Учень автошколи: [[PERSON|Олександр Коваленко]], РНОКПП [[ID_NUMBER|3861205740]], практичний іспит 17 липня.",
    "Fahrlehrer [[PERSON|Matthias Krüger]], Steuer-ID [[ID_NUMBER|47036815927]], Abrechnung über [[IBAN_CODE|DE64 5001 0517 3849 2071 6453]]",
    "Learner licence applicant [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], eyesight check passed.",
    "प्रशिक्षु: [[PERSON|अनन्या शर्मा]], आधार संख्या [[ID_NUMBER|5739 2816 0475]], लर्नर लाइसेंस परीक्षा 12 अगस्त को",
    "Elev [[PERSON|Elsa Lindberg]], personnummer [[ID_NUMBER|060314-2381]], riskettan och risktvåan klara, uppkörning i Uppsala.",
    "Instructor contract: [[PERSON|Marc-André Tremblay]], SIN [[ID_NUMBER|482 917 366]], paid per lesson, phone [[PHONE_NUMBER|(514) 555-0183]]",
    "תלמיד נהיגה: [[PERSON|נועה כהן]], ת״ז [[ID_NUMBER|328476197]], שיעור 18 מתוך 28",
    "Μαθήτρια: [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|15070623812]], εξετάσεις οδήγησης στις 5 Ιουλίου.",
    "Leerling [[PERSON|Jaco van Wyk]], ID-nommer [[ID_NUMBER|0609155231085]], leerlinglisensie-toets op 14 Mei.",
    # other values
    "[[PERSON|Jordan Fairweather]],[[EMAIL_ADDRESS|jfairweather@hotmail.co.uk]],[[PHONE_NUMBER|07700 900318]],manual,10 hour block",
    '2024-05-14T08:31:02Z login ok user=[[ID_NUMBER|instr_okonkwo]] ip=[[IP_ADDRESS|192.0.2.114]] name="[[PERSON|Chinedu Okonkwo]]"',
    '{"pupil": "[[PERSON|Maisie Thornton]]", "driver_number": "[[ID_NUMBER|THORN057149M99RB]]", "test_centre": "Hendon", "phone": "[[PHONE_NUMBER|020 7946 0583]]"}',
    "Dear [[PERSON|Oluwaseun]], thank you for booking your intensive course with us. We will collect you from [[STREET_ADDRESS|3 Cedar Row, Luton LU2 7JX]] at 8.30 each morning.",
    "Theory test register. Candidate: [[PERSON|Thomas Achterberg]] | Passport: [[ID_NUMBER|548217936]] | Result: pass (46/50)",
    "[[PERSON|Precious Moyo]] | ADI certificate [[ID_NUMBER|507318]] | [[PHONE_NUMBER|07700 900946]] | Bolton area",
    "[[PERSON|Harriet Lowe]]; learner insurance paid by card [[CREDIT_CARD|5228 4196 0375 1188]]; cover starts 01/09; car: Toyota Aygo",
    "Student driver [[PERSON|Madison Clarke]], SSN [[US_SSN|371-84-2605]], permit test passed, parent phone [[PHONE_NUMBER|(919) 555-0162]]",
    "Instructor app config. owner: [[PERSON|Dariusz Lewandowski]]; maps_api_key=[[API_KEY|mk_4Rt8Ws2Qz7Yp1Nv6Lx3Hb9Dc]]; region: West Midlands",
    "Ученица автошколы: [[PERSON|Анастасия Волкова]], паспорт [[ID_NUMBER|45 18 736291]], телефон [[PHONE_NUMBER|+7 916 482-37-15]]",
    "Học viên: [[PERSON|Nguyễn Thị Hoa]], số điện thoại [[PHONE_NUMBER|0912 483 716]], thi sát hạch bằng B2 ngày 15/7",
    "المتدرب: [[PERSON|خالد المنصوري]]، رقم الجواز [[ID_NUMBER|N4827163]]، موعد اختبار القيادة ١٢ مايو",
    "Disgybl: [[PERSON|Elin Puw]], rhif trwydded yrru [[ID_NUMBER|PUW99061186E99GL]], prawf theori wedi'i basio.",
    "Pupil [[PERSON|Freja Kjær]], e-mail [[EMAIL_ADDRESS|freja.kjaer@live.dk]], practical test in Aarhus on 2 June.",
    "Tanuló: [[PERSON|Kovács Réka]], telefon [[PHONE_NUMBER|+36 30 418 2756]], forgalmi vizsga: június 3.",
    "นักเรียน [[PERSON|ณัฐวุฒิ ศรีสุข]] เบอร์โทร [[PHONE_NUMBER|081 472 3658]] สอบใบขับขี่ 9 ก.ค.",
    "Fahrschüler [[PERSON|Leon Becker]], E-Mail [[EMAIL_ADDRESS|leon.becker2006@web.de]], Handy [[PHONE_NUMBER|040 66969 214]]",
    "Madame, je soussignée [[PERSON|Chloé Bernard]] demande le remboursement de mes heures de conduite non effectuées sur le compte [[IBAN_CODE|FR08 3000 4008 1500 0478 2619 352]].",
    "Alumno: [[PERSON|Emiliano Torres]], correo [[EMAIL_ADDRESS|emi.torres.mx@gmail.com]], celular [[PHONE_NUMBER|+52 55 1847 2930]]",
    "Iscrizione autoscuola: [[PERSON|Francesca Greco]], IBAN per il rimborso [[IBAN_CODE|IT44 X030 6909 6061 0000 0184 729]]",
    "Rijschoolleerling [[PERSON|Daan Bakker]], betaling via [[IBAN_CODE|NL82 RABO 0318 4729 56]], praktijkexamen 12 juni.",
    "Instruktor [[PERSON|Grzegorz Kamiński]], tel. [[PHONE_NUMBER|+48 601 284 937]], e-mail [[EMAIL_ADDRESS|g.kaminski.nauka@wp.pl]]",
    "Instrutor [[PERSON|Rafael Pereira]], WhatsApp [[PHONE_NUMBER|+55 11 98472-3156]], aulas de baliza às terças",
    "教習生 [[PERSON|高橋 蓮]] 電話 [[PHONE_NUMBER|090-4827-1536]] 技能教習 第二段階",
    "수강생 [[PERSON|이서준]] 연락처 [[PHONE_NUMBER|010-4827-3615]] 기능시험 합격",
    "教练： [[PERSON|刘建国]] ｜ 手机： [[PHONE_NUMBER|138 1047 2965]] ｜ 科目二 周六上午",
    "Öğrenci [[PERSON|Emre Aydın]], e-posta [[EMAIL_ADDRESS|emre.aydin06@hotmail.com]], direksiyon sınavı 21 Haziran.",
    "Driving student [[PERSON|Wanjiru Kamau]], phone [[PHONE_NUMBER|+254 712 483 605]], NTSA test on 4 July.",
    "Profesora de autoescuela [[PERSON|Nerea Etxeberria]]; usuario [[ID_NUMBER|nerea.etx]]; contraseña del panel [[PASSWORD|Volante#2291]]",
    "Trainee: [[PERSON|Nurul Aisyah Hamzah]], phone [[PHONE_NUMBER|+60 12-483 7165]], JPJ test on 18 August.",
    "Instructor profile: [[PERSON|Gwendolyn Price]], ADI certificate [[ID_NUMBER|482716]], area Swansea, contact [[EMAIL_ADDRESS|gwen.price.driving@outlook.com]]",
    "Booking log 2024-06-03 10:14, pupil [[PERSON|Ashton Reeves]] paid £35 by card [[CREDIT_CARD|4532 0619 8742 5312]], receipt sent.",
    "Intensive course enrolment: [[PERSON|Zainab Hussain]], [[STREET_ADDRESS|58 Milton Road, Oxford OX4 1EL]], [[PHONE_NUMBER|07700 900481]], course starts Monday.",
    "Dear [[PERSON|Ferdinand]], your lesson deposit of £40 will be refunded to [[IBAN_CODE|GB69 TSBS 7791 4503 6288 14]] within five working days.",
    "Parent contact: [[PERSON|Lorna Gillespie]], [[PHONE_NUMBER|0141 496 0318]], pays for her son's lessons monthly.",
    "Learner: [[PERSON|Dwayne Forbes]]; provisional licence [[ID_NUMBER|FORBE903152D99ZA]]; evening lessons only",
    '{"name": "[[PERSON|Priyanka Menon]]", "email": "[[EMAIL_ADDRESS|priyanka.menon@yahoo.com]]", "theory_passed": true, "hours": 14}',
    "[2024-07-02 21:47:09] theory-practice login user=[[ID_NUMBER|jess_drives_2007]] from [[IP_ADDRESS|2001:db8:4a1::17]] ([[PERSON|Jessica Tranter]])",
    "Pupil [[PERSON|Kieran Walsh]] | passport [[ID_NUMBER|561837204]] | intensive 5-day | test Friday",
    "Register 14/03: [[PERSON|Marisol Vega]] attended the hazard perception workshop; contact [[EMAIL_ADDRESS|marisol.vega@gmail.com]]",
    "Office door entry log 07:02: code [[PASSWORD|4826#]] entered by [[PERSON|Barnaby Cole]]",
    "Road test appointment: applicant [[PERSON|Jaylen Washington]], learner permit [[ID_NUMBER|W251-839-07-412]], contact [[PHONE_NUMBER|(404) 555-0128]]",
    "[[PERSON|Olamide Adebayo]], [[STREET_ADDRESS|Flat 6, 112 Stretford Road, Manchester M15 5JQ]], automatic lessons, Mondays",
    "Learner driver [[PERSON|Jasmine Kelly]] | licence [[ID_NUMBER|18472935]] | supervisor mobile [[PHONE_NUMBER|0491 570 683]] | hours 84/120",
    "Pupil incident note: [[PERSON|Tobias Whitlock]], driving licence [[ID_NUMBER|WHITL010087T99PE]], minor scrape in a supermarket car park, no injuries.",
    "pupil_export.csv row: [[PERSON|Ngoc Anh Tran]],[[EMAIL_ADDRESS|ngocanh.tran@gmail.com]],automatic,Hammersmith",
    "payment_log payer=[[PERSON|Ewan Abernethy]] card=[[CREDIT_CARD|6011298473025611]] amount=165.00 item=pass_plus",
    "Instructor [[PERSON|Hyacinth Campbell]]: in-car hotspot for pupils' tablets, key [[PASSWORD|HyC-Hotspot-61]]",
    "[[PERSON|Colm Doherty]]; learner permit no. [[ID_NUMBER|LP472918365]]; EDT logbook stamped for lessons 1 to 8",
    "Complaint received from [[PERSON|Sabrina Adler]] about overcharging; reply sent to [[EMAIL_ADDRESS|sabrina.adler@gmx.co.uk]] on 12 June.",
    "Account [[ID_NUMBER|pupil-20871]]: [[PERSON|Yusuf Karim]], balance owed £72, last lesson 3 May",
    "Student: [[PERSON|Kaitlyn Moore]] | SSN [[US_SSN|604-27-1859]] | behind-the-wheel hours 4/6 | Columbus",
    "webhook owner=[[PERSON|Ravi Krishnan]] secret=[[API_KEY|lsn_whk_82JfQ1xLm7Nc4Tz9Vy3Ka6Pd]] endpoint=/bookings/notify",
    "Student record: [[PERSON|Isla Fraser]], student no. [[ID_NUMBER|DS-40918]], theory booked, mobile [[PHONE_NUMBER|07700 900127]]",
    "Note: [[PERSON|Cosmin]] will be picked up for his lessons from his flat at [[STREET_ADDRESS|27 Station Parade, Crawley RH10 1HT]] at 7am.",
    "Learner insurance: policyholder [[PERSON|Bethany Rowe]], customer number [[ID_NUMBER|CUS-7718294]], email [[EMAIL_ADDRESS|beth.rowe.07@icloud.com]]",
    "Card on file for the intensive course deposit: [[PERSON|Connor Slade]], [[CREDIT_CARD|3471 826509 37418]]",
    "Evening lesson log: pupil [[PERSON|Anjali Desai]] no-show, rang [[PHONE_NUMBER|0117 496 0853]] twice, charged as per policy.",
    "[[PERSON|Gideon Mensah]] | IBAN [[IBAN_CODE|GB53 NAIA 0701 1629 3847 51]] | franchise fee £210 a week",
    "P.S. to my pupil [[PERSON|Marianne]]: your spare glasses are in the lockbox at the car park, code [[PASSWORD|7350]].",
]

# 25 MT-Bench- and Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging newly qualified drivers to take an advanced driving course in their first year. Keep it under 300 words.",
    "Compose an engaging travel blog post about a first long road trip after passing a driving test, with tips on motorway etiquette and rest stops.",
    "Imagine you are a driving examiner. Describe in the first person what you pay attention to during the first five minutes of a practical test.",
    "Explain the difference between a manual and an automatic gearbox to someone who has never driven, using an analogy from cycling.",
    "Write a short poem about a learner driver meeting their first busy roundabout.",
    "Role-play as Mr Toad from The Wind in the Willows taking his first driving lesson, with a very patient instructor correcting him.",
    "Bertha Benz made the first long-distance car journey in 1888. Write a diary entry she might have kept on the second day of the trip.",
    "Extract the speed limits from this text and return them as JSON: 'Built-up areas 30 mph; single carriageways 60 mph; dual carriageways and motorways 70 mph for cars.'",
    "Write a Python function that takes a list of lesson start times and durations and returns every pair of bookings that overlap.",
    "Write an SQL query that finds instructors whose pupils' first-time pass rate is above the school average, given tables instructors, pupils and tests.",
    "Compare the advantages and disadvantages of intensive driving courses with weekly lessons spread over several months.",
    "Give me three practical tips for staying calm on the morning of a driving test.",
    "Draft a professional e-mail template a driving school could send to confirm a lesson booking, with placeholders for the details.",
    "How would you explain the two-second rule to a teenager, and how should it change in rain or ice?",
    "Summarise the history of the practical driving test in Britain since it became compulsory in 1935, in five bullet points.",
    "You are a chess grandmaster who has become a driving instructor. Explain mirror, signal, manoeuvre using chess metaphors.",
    "Write a limerick about parallel parking on a steep hill.",
    "Henry Ford is said to have offered any colour as long as it was black. Write a short dialogue between him and a modern learner choosing a first car.",
    "What are the main arguments for and against raising the minimum driving age to 18?",
    "Describe a hazard perception video scene in vivid detail without revealing the developing hazard until the last sentence.",
    "Write a riddle whose answer is the clutch pedal.",
    "Create a one-week revision plan for the theory test for someone who can study for 45 minutes a day.",
    "Explain, from an insurer's point of view, why premiums for newly qualified drivers are so high.",
    "Rewrite this sentence so that it sounds formal: 'Your lesson's off cos the car's knackered, sorry.'",
    "Design a simple reward chart for a teenager practising with a parent, with milestones from the first drive to test day.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya takes driving lessons that cost $42 per hour. She has 3 lessons a week for 6 weeks, and each lesson lasts 1.5 hours. How much does she spend in total?",
    "A driving school has 8 instructors. Each instructor teaches 6 lessons a day, 5 days a week. If 15% of the lessons are cancelled, how many lessons are taught in a week?",
    "Oliver needs 120 hours in his log book and has done 47. He drives 4 hours on each weekend day and 1 hour on each weekday. How many full weeks does he need to reach 120 hours?",
    "Tilly's instructor charges £36 for one hour or £330 for a block of 10 hours. How much does Tilly save by buying two blocks instead of paying for 20 single hours?",
    "A theory test has 50 questions and the pass mark is 43. Ravi answered 6 questions wrongly and left 2 blank. Did he pass, and by how many marks was he above or below the pass mark?",
    "In a hazard perception test, Bea scored 4 points on eight hazards, 3 points on five hazards and 0 on two hazards. The pass mark is 44. What was her score and did she pass?",
    "Jonah drives at 30 miles per hour. How many feet does he travel in 2 seconds? (1 mile = 5,280 feet)",
    "Nina books a 5-day intensive course with 6 hours of driving each day at £27 per hour, plus a £62 test fee. What is the total cost?",
    "Sam's car uses 1 litre of fuel every 14 miles. In one week he drives 392 miles with pupils. If fuel costs £1.45 per litre, how much does he spend on fuel that week?",
    "Leo has 3 lessons per week. The school raises its price from £34 to £37 per lesson after 4 weeks. How much does Leo pay for 10 weeks of lessons?",
    "In May, 12 pupils from a driving school took their test and 7 passed. In June, 15 took the test and 9 passed. What was the pass rate over the two months, to the nearest percent?",
    "Eli practises parallel parking 12 times a day. On day one he succeeds 3 times, and each day he succeeds 2 more times than the day before. On which day does he first succeed at least 11 times?",
    "Farah's mum drives her 18 miles each way to the test centre. Farah takes the test twice. If the mileage costs 45p per mile, how much do the trips cost altogether?",
    "Learner insurance costs £4.50 per day or £95 for 30 days. Kit practises 3 days a week for 4 weeks. Which option is cheaper, and by how much?",
    "Rosa works 7 hours a day as an instructor and charges £38 per hour. She pays 15% of her income to her franchise. How much does she keep after 22 working days?",
    "Theo saves £15 a week. Lessons cost £40 each, and a block of 10 has a 10% discount. After how many weeks can he afford the block?",
    "Ada's test route is 12 miles long. The test lasts 40 minutes, of which 4 minutes are spent stopped. What is her average speed while moving, in miles per hour?",
    "Ben and Cleo share the cost of a £260 block of lessons in the ratio 3 to 2. How much more does Ben pay than Cleo?",
    "A school has 3 cars. Each car is used for 4 two-hour lessons per day, 6 days a week. How many hours of lessons does the school give in 4 weeks?",
    "Jude's dad paid 60% of the cost of his 35 lessons at £38 each. How much did Jude pay himself?",
    "Mina scored 86% on a 50-question mock theory test. How many questions did she get right, and how many more would she have needed for 47?",
    "Luis must be at the test centre at 9:45. The drive takes 35 minutes and he wants a 1-hour warm-up lesson that ends when he leaves. When should the warm-up start?",
    "Ivy buys a theory app for £4.99 and a highway code book for £12.50, and splits the cost equally with her cousin Pia. How much does each pay?",
    "At 40 mph the braking distance is 24 metres. Braking distance is multiplied by 4 when speed doubles. What is the braking distance at 80 mph?",
    "An instructor has 28 pupils. One quarter are on intensive courses, and one third of the rest have passed their theory test. How many pupils on weekly lessons have not yet passed their theory test?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "If a car's speed doubles, its kinetic energy is multiplied by:\nA. 2\nB. 4\nC. 8\nD. 1.41",
    "Which of the following best describes adverse selection in car insurance?\nA. Drivers take more risks once insured\nB. Higher-risk drivers are more likely to buy cover at a given price\nC. Insurers refuse to pay valid claims\nD. Premiums fall as competition rises",
    "According to the Yerkes-Dodson law, performance on a complex task such as a driving test is best at:\nA. very low arousal\nB. moderate arousal\nC. very high arousal\nD. any level of arousal",
    "Which organ mainly metabolises alcohol in the body?\nA. Kidneys\nB. Stomach\nC. Liver\nD. Pancreas",
    "In negligence law, a learner driver is generally expected to meet the standard of:\nA. a learner of similar experience\nB. a reasonably competent qualified driver\nC. a professional racing driver\nD. no standard at all",
    "A car travelling at 20 m/s brakes with a constant deceleration of 5 m/s². How far does it travel before stopping?\nA. 20 m\nB. 40 m\nC. 80 m\nD. 100 m",
    "Which type of reasoning is used when an instructor concludes that a pupil will stall on hills because they stalled on three previous hills?\nA. Deductive\nB. Inductive\nC. Abductive\nD. Circular",
    "The part of the brain most associated with planning and impulse control, which matures last in adolescence, is the:\nA. occipital lobe\nB. cerebellum\nC. prefrontal cortex\nD. medulla",
    "A driving school raises its price and the number of lessons booked falls only slightly. Demand for lessons is:\nA. perfectly elastic\nB. relatively elastic\nC. relatively inelastic\nD. unit elastic",
    "Which of these is a renewable energy source?\nA. Diesel\nB. Natural gas\nC. Wind\nD. Coal",
    "A test of 20 pupils finds a mean reaction time of 0.8 s with a standard deviation of 0.1 s. What is the standard error of the mean?\nA. 0.005 s\nB. 0.022 s\nC. 0.1 s\nD. 0.2 s",
    "Which gas produced by petrol engines binds to haemoglobin more strongly than oxygen?\nA. Carbon dioxide\nB. Nitrogen\nC. Carbon monoxide\nD. Ozone",
    "Friction between tyres and a wet road is lower mainly because:\nA. water increases the normal force\nB. a water film reduces contact between tyre and road\nC. rubber becomes harder when wet\nD. gravity is weaker in rain",
    "Operant conditioning in which praise is given after a smooth gear change is an example of:\nA. negative punishment\nB. positive reinforcement\nC. negative reinforcement\nD. extinction",
    "Which document established the principle of the rule of law in England in 1215?\nA. Bill of Rights\nB. Magna Carta\nC. Domesday Book\nD. Act of Union",
    "A car's fuel economy is 50 miles per gallon. How many gallons are needed for a 325-mile trip?\nA. 5.5\nB. 6.0\nC. 6.5\nD. 7.0",
    "Which visual ability declines most noticeably with age and affects night driving?\nA. Colour naming\nB. Adaptation to darkness\nC. Reading speed\nD. Depth of focus for distant signs only",
    "In an electric circuit, the headlamp bulbs of a car are usually wired in parallel so that:\nA. each bulb gets half the voltage\nB. one failing bulb does not put out the other\nC. the current is the same in each\nD. the battery lasts longer",
    "Which of the following is a fixed cost for a self-employed driving instructor?\nA. Fuel\nB. Annual franchise fee\nC. Tyre wear\nD. Toll charges",
    "The tendency to believe you are a better driver than average is an example of:\nA. anchoring\nB. illusory superiority\nC. the availability heuristic\nD. the sunk cost fallacy",
    "The Doppler effect explains why an approaching ambulance siren sounds:\nA. quieter\nB. higher in pitch\nC. lower in pitch\nD. the same",
    "Which sampling method would best estimate pass rates across all test centres in a country?\nA. Asking one centre's examiners\nB. Stratified random sampling by centre\nC. Surveying volunteers online\nD. Using only last week's results",
    "A wheel of radius 0.3 m turns at 10 revolutions per second. The car's speed is approximately:\nA. 3 m/s\nB. 9.4 m/s\nC. 18.8 m/s\nD. 30 m/s",
    "Which philosopher is associated with the idea that one should act only by maxims one could will to be universal laws?\nA. John Stuart Mill\nB. Immanuel Kant\nC. Aristotle\nD. Thomas Hobbes",
    "Seat belts reduce injury in a collision mainly by:\nA. reducing the car's mass\nB. increasing the time over which the body decelerates\nC. increasing the body's momentum\nD. lowering the speed before impact",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Can I take cetirizine before a driving lesson, or could it make me drowsy behind the wheel?",
    "How long after a first seizure is it usually safe to start learning to drive?",
    "What eyesight standard do you need for a car licence, and is it fine to wear contact lenses for the number plate check?",
    "Is it normal to feel shaky and sick before a driving test, and what actually helps?",
    "With type 1 diabetes, what blood glucose level should I check for before starting a drive?",
    "Can beta blockers taken for test nerves slow down my reaction time?",
    "Does ADHD medication help or hinder teenagers who are learning to drive?",
    "How long after a concussion should someone wait before getting back behind the wheel?",
    "Is it safe to drive the morning after drinking four pints of beer the night before?",
    "What symptoms of sleep apnoea could make driving dangerous, and how is it treated?",
    "Can colour blindness stop someone from getting a driving licence?",
    "Is hay fever a real driving risk if you sneeze a lot in spring?",
    "What stretches help with lower back pain after long days sitting in the passenger seat teaching?",
    "Can prescribed codeine cause a positive result in a roadside drug test?",
    "Is it safe to drive with a broken wrist in a cast?",
    "How can I manage panic attacks that start when I drive on the motorway?",
    "Which over-the-counter cold remedies are least likely to cause drowsiness?",
    "How soon after cataract surgery can a person usually drive again?",
    "What is the best seat position to avoid neck and shoulder strain during long drives?",
    "Do migraines with aura affect whether you are allowed to drive?",
    "How should a seat belt be worn during pregnancy so that it does not press on the bump?",
    "Why do passengers get car sick when the driver usually does not?",
    "How much sleep should a teenager get the night before a driving test?",
    "Does caffeine really improve reaction time, and how long does the effect last?",
    "Does insulin-treated diabetes have to be reported to the driving licence authority?",
]

NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "612 845 3090": nhs_ok,
    "291746585": bsn_ok,  # Dutch BSN
    "06272304817": pesel_ok,  # Polish PESEL
    "05311107626": pesel_ok,
    "482.139.657-28": cpf_ok,  # Brazilian CPF
    "719.305.284-50": cpf_ok,
    "28471639550": kimlik_ok,  # Turkish kimlik
    "73928164T": dni_ok,  # Spanish DNI
    "Y4827163Y": dni_ok,  # Spanish NIE
    "230606A724K": hetu_ok,  # Finnish henkilötunnus
    "MRNLCU06H14F839R": codice_fiscale_ok,  # Italian codice fiscale
    "CSTGRL05T61A944S": codice_fiscale_ok,
    "320106200608174522": china_id_ok,  # Chinese resident identity card
    "T0627419B": nric_ok,  # Singapore NRIC
    "060423-4182730": rrn_ok,  # Korean resident registration number
    "318 572 642": tfn_ok,  # Australian tax file number
    "2953 71843 1": medicare_ok,  # Australian Medicare card
    "5829 3071 4622": my_number_ok,  # Japanese My Number
    "7294183Q": pps_ok,  # Irish PPS number
    "8350271QA": pps_ok,
    "2 06 04 75 112 384 12": nir_ok,  # French NIR
    "1 05 11 69 387 041 44": nir_ok,
    "85.08.14-263.91": belgian_id_ok,  # Belgian national number
    "12050648352": fodselsnummer_ok,  # Norwegian fødselsnummer
    "239481054": nif_ok,  # Portuguese NIF
    "6060317403941": cnp_ok,  # Romanian CNP
    "21.384.927-1": rut_ok,  # Chilean RUT
    "60609120274": isikukood_ok,  # Estonian isikukood
    "140306-3470": kennitala_ok,  # Icelandic kennitala
    "065812/3180": rodne_cislo_ok,  # Czech rodné číslo
    "3861205740": rnokpp_ok,  # Ukrainian RNOKPP
    "47036815927": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "5739 2816 0475": aadhaar_ok,  # Indian Aadhaar
    "060314-2381": luhn_len(10),  # Swedish personnummer
    "482 917 366": luhn_len(9),  # Canadian SIN
    "328476197": luhn_len(9),  # Israeli teudat zehut
    "15070623812": luhn_len(11),  # Greek AMKA
    "0609155231085": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|14|15|16|17|18|21|31|41|51|61) 496 0\d{3}",  # big-city drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"08\d \d{3} \d{4}",  # Thailand mobile
        r"\+(7|36|39|48|52|55|60|65|90|254|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type appears in the chats; at least 90 chats name someone and 18 to 22 hold a
    secret; each record names exactly one person beside one to four other values; 38 to 42
    records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    missing = {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    } - kinds  # fmt: skip
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    national = 0
    for marked in RECORDS:
        values = {(s["type"], s["value"]) for s in marked_spans(marked)}
        people = sum(kind == "PERSON" for kind, _ in values)
        if people != 1 or not 1 <= len(values) - people <= 4:
            raise SystemExit(f"records: {people} people, {len(values)} values in {marked[:60]!r}")
        national += any(kind == "ID_NUMBER" and v in NATIONAL_IDS for kind, v in values)
    if not 38 <= national <= 42:
        raise SystemExit(f"records: {national} with a national id")


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
        "blind160", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
