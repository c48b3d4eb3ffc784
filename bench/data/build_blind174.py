# ruff: noqa: E501
"""A hundred-and-seventy-fourth blind privacy set: 220 texts with personal data and 100 clean
ones, on hospital wards, nurses' shift handovers, patient transport and outpatient
appointments.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) a hospital's chatbot would get: handover notes,
  rotas, shift swaps, cost splits, transport bookings, clinic reminders, sign-offs,
  appositives ("the treasurer, X,") and instructions ("tell X that ..."). The first 30 are
  typed all in lower case, the next 6 are in Spanish, German, French, Polish, Japanese and
  Turkish, the last 84 in English. Most name private persons, from many origins and in
  Latin (with diacritics), Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai,
  Chinese, Japanese and Korean script, some names ordinary words (Hope, Rose, Bill, Grace,
  Summer, Joy, Pearl, Sunny, Autumn, Heather, Holly, Iris, Robin); 21 hold a secret (key
  box, door, alarm and drug cupboard codes, a keysafe, wifi keys, passwords, 2FA codes and
  three API keys or tokens);
* 100 one-person records (a sentence or a short form each) in English and 33 other
  languages: registrations, transport bookings, clinic confirmations, payroll and expense
  lines, 40 of them with a check-digit-valid national id, the others with phones, e-mails,
  addresses, cards, IBANs, SSNs, an IP and account, member, staff and patient numbers;
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
  public figures or fictional characters), 25 GSM8K-style word problems (story first
  names), 25 MMLU-style items with options A to D and 25 health questions naming no one.

Usernames, logins, account, member, staff, payroll, patient and hospital numbers, health
cards and national ids are ID_NUMBER (a nurse's NMC registration "PIN" is a number, so
ID_NUMBER); PINs, door, key-box, keysafe and alarm codes, wifi keys, passwords and 2FA codes
PASSWORD; titles and relation words (Mr, Sister, Nurse, Herr, my mum) stay outside PERSON
spans; an address span runs from the first street line through the postcode and city as
typed; public figures, fictional characters, companies, booking, journey and ticket
references and dates of birth are not labelled; every occurrence of a private value is
marked.

All values are invented: phones from ranges kept for fiction (UK 07700 900 and 01632 960,
North America 555-01xx, Australia 0491 570, France 06 39 98, Germany 030 23125); cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits, each checked here with ``ids.py``.

Run ``.venv/bin/python bench/data/build_blind174.py`` from the repository root; the output
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
from marks import build_sections, is_lower, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Matron|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "hi, can you move [[PERSON|amara okonkwo]]'s physio follow-up from tuesday to thursday afternoon? she's on the 2pm hospital shuttle and can't make mornings",
    "handover for bay 3 tonight: [[PERSON|siobhán kearney]] on obs every 2h, [[PERSON|tomasz wiśniewski]] nil by mouth from midnight, [[PERSON|rose]] in bed 4 wants her daughter called on [[PHONE_NUMBER|07700 900417]]. please format as a table",
    "the key box outside the ward 9 staff room is [[PASSWORD|4827]], can you add that to the night team's welcome note for [[PERSON|kwame asante]]?",
    "who is picking up [[PERSON|गीता शर्मा]] from outpatients at 4? the transport booking says driver [[PERSON|dmitri volkov]] but he's off sick today",
    "rota for saturday earlies: [[PERSON|hope adeyemi]], [[PERSON|liam o'connell]], [[PERSON|佐藤 美咲]]. lates: [[PERSON|bill thornbury]] and [[PERSON|nadia haddad]]. can you check nobody's doing more than 3 in a row",
    "please send the clinic letter for [[PERSON|jorge castillo]] to [[EMAIL_ADDRESS|jorge.castillo84@example.com]], he never gets the paper ones",
    "day unit guest wifi key is now [[PASSWORD|sunflower-lane-72]], tell [[PERSON|chidi]] it changed on monday so the relatives stop asking him",
    "cost split for [[PERSON|marta]]'s leaving do from ward 12: cake £18, flowers £25, card £4. me, [[PERSON|yusuf]], [[PERSON|eilidh]] and [[PERSON|priya]] paying. how much each?",
    "my mum [[PERSON|ngozi eze]] has a cardiology appointment at the outpatient block on the 14th, can patient transport pick her up from [[STREET_ADDRESS|27 larch close, dunmore, dm4 7qp]]?",
    "tell [[PERSON|ana lúcia ferreira]] that the 3pm fracture clinic is running 40 mins late and she can wait in the café",
    "what's a polite way to tell [[PERSON|summer blake]] her handover notes keep missing the fluid balance",
    "need the alarm code for the medicines room on ward 5, is it still [[PASSWORD|0913]]? asking for [[PERSON|lars henriksen]] who starts nights tomorrow",
    "can you book an arabic interpreter for [[PERSON|محمد الشريف]] at the diabetes clinic on friday 10:30",
    "shift swap: [[PERSON|keisha brown]] takes my long day on the 9th, i take her night on the 12th. write a short message to [[PERSON|olumide]] the ward manager asking him to approve",
    "[[PERSON|ravi menon]] in bed 11 is going home, transport at 2pm, the keysafe at his flat is [[PASSWORD|1609]] so the district nurses can get in",
    "remind [[PERSON|yến nguyễn]] to bring her inhaler to the respiratory clinic tomorrow, her number is [[PHONE_NUMBER|07700 900582]]",
    "can u write a handover summary: [[PERSON|oksana kovalenko]], 82, fall at home, hip xray clear, mobilising with frame, daughter [[PERSON|iryna]] visiting at 6",
    "lockbox for the ambulance bay keys is [[PASSWORD|7351]], send it to [[PERSON|grace mwangi]] only, not the whole group",
    "the treasurer of our nurses' social fund, [[PERSON|dorothea klein]], wants everyone's £5 by friday. draft a reminder",
    "is it ok to give [[PERSON|กมลา ศรีสุข]]'s appointment slip to her neighbour who's collecting her?",
    "my login for the e-rostering app is [[ID_NUMBER|t.bakare02]] and the password is [[PASSWORD|rota!bay7wed]], it keeps locking me out, what do i tell the it desk",
    "thanks [[PERSON|mohammed]] and [[PERSON|cerys]] for covering the 2 sick calls tonight, can you turn that into a nice note for the staff board",
    "[[PERSON|李娜]] in bay 2 needs a mandarin interpreter for her 11am gastro appointment, please book one",
    "patient transport keeps sending the wrong postcode for [[PERSON|hamish mcleod]], it should be [[STREET_ADDRESS|4 burnside cottages, kilbride, kb2 9ls]]",
    "the 2fa code for the ward ipad just came through as [[PASSWORD|582 913]], where do i enter it",
    "[[PERSON|esperanza ruiz]] and [[PERSON|joy okafor]] are both booked into eye clinic room 3 at 9:15, which one do i move",
    "write a thank-you card from ward 6 to [[PERSON|ingrid solberg]] who's retiring after 31 years of nights",
    "could you check if [[PERSON|אבי כהן]] has transport booked back from dialysis, his wife rang from [[PHONE_NUMBER|01632 960284]]",
    "how do i explain to [[PERSON|patience owusu]]'s son that visiting ends at 8 on the stroke unit",
    "drivers today: van 1 [[PERSON|kofi]], van 2 [[PERSON|bogdan]], van 3 [[PERSON|angharad]]. make a pickup order by postcode",
    # --- other languages (6): Spanish, German, French, Polish, Japanese, Turkish ---
    "¿Puedes cambiar la cita de rehabilitación de [[PERSON|Maribel Sánchez Ortega]] al jueves por la tarde? Su hija me dejó este teléfono: [[PHONE_NUMBER|+44 7700 900731]].",
    "Bitte schreib eine kurze Übergabe für den Nachtdienst: Herr [[PERSON|Jürgen Baumann]], Zimmer 14, Blutzucker zweistündlich. Der Code für den Medikamentenraum ist [[PASSWORD|3396]].",
    "Peux-tu rédiger un message pour [[PERSON|Élodie Marchand]] ? Son transport pour la consultation de dermatologie passera à 8 h 15 au [[STREET_ADDRESS|12 rue des Tilleuls, 69003 Lyon]].",
    "Pielęgniarka [[PERSON|Agnieszka Zielińska]] prosi o zamianę dyżuru z [[PERSON|Katarzyną Wójcik]] w sobotę. Napisz krótką wiadomość do oddziałowej.",
    "[[PERSON|山本 健太]] さんの外来予約を来週火曜の10時に変更してください。連絡先は [[EMAIL_ADDRESS|k.yamamoto@example.jp]] です。",
    "Annem [[PERSON|Ayşe Yıldırım]] yarın saat 9'da göz polikliniğinde, hasta nakil aracı onu nereden alacak? Adresi [[STREET_ADDRESS|Lale Sokak No 17, 34728 Kadıköy]].",
    # --- English (84) ---
    "Can you turn this into a handover table? Bed 1 [[PERSON|Margaret Ellison]], post-op day 2, pain controlled. Bed 2 [[PERSON|Dawit Bekele]], IV antibiotics 6-hourly, next dose 02:00. Bed 3 [[PERSON|Hope Castellano]], awaiting transport home, ready from 10, needs her own walking stick found before she goes. Bed 4 empty, deep clean requested at 18:30. Side room still on contact precautions, gloves and aprons outside the door. Keep the columns short because the day team reads it on the tablet at the bedside and small print is hard to see.",
    "Tell [[PERSON|Grace]] that the outpatient phlebotomy room has moved to level 2 and the door code is now [[PASSWORD|C2719]].",
    "The treasurer, [[PERSON|Pádraig Ó Súilleabháin]], says the ward Christmas fund has £412. Split it evenly across 14 staff and tell me what's left over.",
    "Please draft a text to [[PERSON|Svetlana Morozova]] ([[PHONE_NUMBER|07700 900263]]) confirming her ENT appointment on Monday at 11:40 in Clinic C.",
    "Night shift rota, ward 7: Mon [[PERSON|Bill Ferreira]], Tue [[PERSON|Rose Achterberg]], Wed [[PERSON|Νίκος Παπαδόπουλος]], Thu [[PERSON|Summer Okafor]], Fri [[PERSON|Anjali Rao]]. Is anyone doing two nights back to back?",
    "Our transport API key for the booking portal is [[API_KEY|ptb_live_8Kq3Wz7RmXv2Lc9TnYe4Hs6D]] - why am I getting 401 errors when I create a pickup?",
    "[[PERSON|Olúfẹ́mi Adébáyọ̀]] missed his fracture clinic twice because the letters went to his old flat. New address is [[STREET_ADDRESS|Flat 6, 19 Corporation Street, Rotherby RB3 8TW]]. Can you write the note for his record?",
    "Who should I call about a patient fall during transport? The crew lead was [[PERSON|Marcus Lindqvist]] and the patient was [[PERSON|Edna Pryce]], 91. She slipped on the ramp while being helped out of the vehicle at the outpatient entrance, no obvious injury, but she was shaken and her hand was grazed. We checked her observations in clinic and they were normal. I have already told the clinic nurse, but I don't know whether this goes on the incident system under transport, under the outpatient department or under our ward, or who needs to ring her family today.",
    "Write a warm message to the ward from [[PERSON|김민준]]'s family thanking the night nurses for looking after him after his stroke.",
    "Can you check this cost split for the pizza at handover: [[PERSON|Fatima Zahra Benali]] £9.50, [[PERSON|Callum Reid]] £7, [[PERSON|Ji-woo Park]] £12, me £8.50. Total should be £37.",
    "My password for the discharge lounge booking screen is [[PASSWORD|Lounge#Teal48]] and it says expired. How do I reset it without calling IT?",
    "Remind Sister [[PERSON|Bernadette Kiely]] that the 08:00 safety huddle is in the seminar room today, not at the nurses' station.",
    "[[PERSON|Rahul Chatterjee]] ([[PERSON|রাহুল চ্যাটার্জি]] on his Bengali forms) has a diabetic eye screening at 14:20. His carer's number is [[PHONE_NUMBER|(416) 555-0172]].",
    "Please summarise: handover from [[PERSON|Amélie Rousseau]] to [[PERSON|Tariq Mahmood]], 19:30. Bay 4 quiet, side room 2 [[PERSON|Wendell Armstrong]] confused overnight, family aware.",
    "I need to email [[PERSON|Priyanka Deshpande]] at [[EMAIL_ADDRESS|priyanka.d@wardmail.example.org]] about her missed rheumatology follow-up. Make it kind, not a telling-off.",
    "The wifi on the renal unit: network RenalGuest, key [[PASSWORD|kidney-bean-4471]]. Put it on a sign for patients' relatives.",
    "Could you rebook [[PERSON|Ярослав Бондаренко]] for the pain clinic? He's asked for an afternoon after 2pm and a Ukrainian interpreter.",
    "Sign-off for the handover email: 'Thanks all, [[PERSON|Niamh]]'. Can you make the rest of the email sound less abrupt?",
    "Transport list for Thursday: 07:45 [[PERSON|Harold Jenkins]] from Brookfield Care Home, 08:10 [[PERSON|Leilani Kahale]], 08:30 [[PERSON|Inês Duarte]]. Which order makes sense if all go to the eye hospital? The van has one wheelchair space, Brookfield is on the far side of town, and the first clinic slot is 09:15, so I'd like the longest journey at the start rather than the end. Please show the times too.",
    "Please tell [[PERSON|Juniper Hale]] her mother's outpatient MRI has been moved to the 22nd and she can call us back on [[PHONE_NUMBER|01632 960518]] if that's a problem.",
    "We paste the bed board bot token [[API_KEY|xoxb-7392018465-ZtR4pLq8WmNc2Vy6Ke1B]] into the ward group chat so anyone can restart it. Is that safe?",
    "[[PERSON|Mei Ling Tan]] asked to swap her Sunday late with [[PERSON|Faith Odhiambo]]'s Tuesday early. Draft the request to the ward manager, [[PERSON|Declan Murphy]].",
    "How should I word a reply to [[PERSON|Gareth Llewellyn]], whose transport home from day surgery never arrived?",
    "Code for the outpatients back door after 6pm is [[PASSWORD|6194*]]. Can you add it to the cleaners' induction sheet for [[PERSON|Zofia Nowak]]?",
    "[[PERSON|Aroha Ngata]] needs wheelchair transport both ways for her 13:00 hand therapy. Pickup from [[STREET_ADDRESS|88 Kowhai Road, Ashgrove 3021]].",
    "Write a short poem for [[PERSON|Iris Fairweather]]'s last shift on the children's ward, she's been here since 1989.",
    "Put these in alphabetical order for the sign-in sheet: [[PERSON|Zainab Yusuf]], [[PERSON|Björn Ekström]], [[PERSON|Chiara Esposito]], [[PERSON|Owen Pritchard]], [[PERSON|Aditi Kulkarni]].",
    "The patient portal login for my dad is [[ID_NUMBER|d.whitcombe51]] and the password [[PASSWORD|Harbour!View9]]. Can you explain how to see his next cardiology appointment?",
    "Tell the porters that [[PERSON|Ahmad Karimi]] in bed 17 needs to go down to X-ray at 3 with his oxygen.",
    "I'm nurse in charge tonight. [[PERSON|Sunny Okonjo]] rang in sick and [[PERSON|Pearl Addo]] can cover till 2am. Who else on the bank list should I try?",
    "Can you explain to [[PERSON|Hiroshi Tanaka]]'s daughter, [[PERSON|Yui]], why her father's endoscopy means fasting from midnight?",
    "Text [[PERSON|Bronwyn Castles]] on [[PHONE_NUMBER|0491 570 238]]: her hearing aid clinic is confirmed for Friday at 9:50, bring the old aids.",
    "Our GitHub token for the rota scraper is [[API_KEY|ghp_4Fz9QmL2xT7vR8kN3pW6yC1dHs5jB0aEu7Xq]], does it need rotating every 90 days?",
    "[[PERSON|Thandiwe Dlamini]], the outpatient clinic coordinator, asked me to check who is covering reception on Wednesday. Draft the message.",
    "Please translate for [[PERSON|Σοφία Καραγιάννη]]: 'Your taxi to the clinic will come at 9:30. Bring your medication list.'",
    "Our ambulance bay camera viewer runs at [[IP_ADDRESS|198.51.100.37]] and [[PERSON|Kieran Doyle]] set the admin password to [[PASSWORD|bay-cam-2291]]. Is that a problem?",
    "Help me split the taxi fares for the three outpatients we sent home last night: [[PERSON|Ruth Abernathy]] £14, [[PERSON|Kemal Aydın]] £22, [[PERSON|Lucía Paredes]] £9. Who signs off over £20?",
    "Tell [[PERSON|Wiremu Parata]] that his wife can ride with him in the ambulance to the outpatient appointment.",
    "What should I put in the handover about [[PERSON|Aleksander Sobczak]]'s pressure areas? Grade 2 on sacrum, turned 3-hourly.",
    "Note for the night team from [[PERSON|Holly Brennan]]: the keysafe code for the relatives' room is [[PASSWORD|7082]] and the kettle is broken.",
    "Appointments for tomorrow's nurse-led clinic: 9:00 [[PERSON|Anneliese Vogt]], 9:20 [[PERSON|Chukwuemeka Obi]], 9:40 [[PERSON|Rosalind Greaves]], 10:00 [[PERSON|Sami Al-Rashid]]. Which slot is free for a new referral?",
    "Can you write a bedside handover script I can use with [[PERSON|Marguerite Lévesque]], who is hard of hearing?",
    "[[PERSON|Tevita Fifita]] called about his outpatient hernia review. His email is [[EMAIL_ADDRESS|tevita.fifita@example.net]]. Can you draft a reply with the new time, 15:10 Friday?",
    "Give me a checklist for handing over a patient to the transport crew. Today it's [[PERSON|Agnes Morrow]] going to the hospice at noon.",
    "My neighbour [[PERSON|Dragana Petrović]] needs patient transport for her chemo on Tuesdays; her number is [[PHONE_NUMBER|+44 7700 900846]]. What's the eligibility?",
    "Write a rota message: [[PERSON|Autumn Reyes]] and [[PERSON|Heather McAllister]] are on the Saturday long day, [[PERSON|Jack Oyelaran]] on nights.",
    "The PIN for the controlled drugs cupboard on ward 11 is [[PASSWORD|38152]]; [[PERSON|Benedikt Auer]] keeps forgetting. Is it OK to write it on the handover sheet?",
    "Please book [[PERSON|Ahanu Whitehorse]] a follow-up in the podiatry clinic four weeks from today and tell him via [[EMAIL_ADDRESS|ahanu.wh@example.com]].",
    "[[PERSON|Deepika Iyer]] and [[PERSON|Stanislav Horák]] swapped Friday nights. Update the rota line for me.",
    "How can I kindly tell [[PERSON|Violet Ashworth]] that her husband can't stay overnight on the ward?",
    "Handover for HDU bed 2: [[PERSON|Abdirahman Warsame]], day 3 post laparotomy, drain output 40ml, wife [[PERSON|Hodan]] visits at 2. Summarise in SBAR.",
    "Send a reminder to [[PERSON|Isabella Marchetti]] ([[PHONE_NUMBER|(312) 555-0148]]) that she needs to bring her glucose diary to the 10:30 diabetes clinic.",
    "[[PERSON|张伟]]'s son wants to know if the hospital car can collect his father from [[STREET_ADDRESS|Unit 3, 41 Garnet Street, Hollins HL7 2DN]] for Thursday's eye appointment.",
    "Our outpatients wifi password is [[PASSWORD|Clinic2Waiting!]] and [[PERSON|Lorraine Dobbs]] wants it printed on the appointment letters. Good idea?",
    "Please reword this handover bit: '[[PERSON|Ezekiel Amankwah]] refused meds x2, reasons unclear, son [[PERSON|Kojo]] informed.'",
    "The ward clerk, [[PERSON|Nomvula Khumalo]], needs a list of every patient due for transport before 10. Can you make a template?",
    "Can you work out overtime pay: [[PERSON|Ramón Villanueva]] did 3 extra nights at £24.60 an hour, 11.5 hours each.",
    "Tell [[PERSON|Maeve Gallagher]] that her uncle's cardiology appointment letter went to [[STREET_ADDRESS|14 Hawthorn Rise, Ballymore BT62 4QS]] instead of his new flat.",
    "What does 'NFA' mean on the handover sheet? [[PERSON|Ciarán Byrne]] wrote it next to a patient on the board.",
    "[[PERSON|石川 さくら]] has her first antenatal clinic on the 3rd; her husband [[PERSON|Kenji]] asked whether he can come in with her.",
    "Dispatch note: crew [[PERSON|Dale Whitaker]] and [[PERSON|Precious Moyo]], pickup 11:15, wheelchair, oxygen 2L. Rewrite it for the transport log.",
    "Please make a polite voicemail script for [[PERSON|Gwendolyn Harcourt]] about rescheduling her colonoscopy.",
    "The two-factor code the rota system just sent me is [[PASSWORD|447 219]]. Why does it ask at every single login?",
    "I'm handing over to [[PERSON|Anh Thư Lê]] at 7:30. Write a bullet summary: 2 discharges pending, 1 awaiting transport, bay 6 needs a deep clean.",
    "Can you let [[PERSON|Olga Sørensen]] know her son [[PERSON|Erik]] rang the ward from [[PHONE_NUMBER|01632 960731]] and wants a call back after her clinic?",
    "Write a short welcome for our new healthcare assistant, [[PERSON|Blessing Chukwu]], starting on ward 4 on Monday.",
    "How many hours has [[PERSON|Torsten Wahl]] worked this week if he did three 12.5-hour days and one 7.5-hour late?",
    "[[PERSON|Yasmin Qureshi]] from the discharge team asked that transport queries go to her at [[EMAIL_ADDRESS|y.qureshi@example.org]]. Draft a note for the ward board.",
    "Reply to [[PERSON|Lwazi Mthembu]], who asked why his mum's outpatient echo was cancelled twice. Be honest that it was staffing.",
    "Birthday card for [[PERSON|Robin Sandoval]], from nights?",
    "A relative, [[PERSON|Carys Pugh]], keeps calling the ward at 3am. How do I set boundaries politely?",
    "Transport booking ref 55123 for [[PERSON|Aurelio Bianchi]] shows the wrong hospital. His hospital number is [[ID_NUMBER|RH4471902]]. Who do I ring?",
    "Check my handover: [[PERSON|Sinéad Walsh]] NEWS 3, [[PERSON|Peter Ogunleye]] NEWS 1, [[PERSON|Kaveh Rostami]] NEWS 5 and escalated. Who needs review first?",
    "What's the best way to tell [[PERSON|Joy Kamau]] that her outpatient slot was given away because she was 30 minutes late?",
    "Can you make a laminated sign for the staff room asking visitors to knock, and ask [[PERSON|Fern Calloway]] to put it up?",
    "Draft a message from [[PERSON|Mohan Krishnan]] to his team about the new handover time of 07:15.",
    "[[PERSON|Tamar Levi]] ([[PERSON|תמר לוי]]) has a 9am physio slot but her taxi voucher is missing. What do I tell reception?",
    "Tell [[PERSON|Wojciech]] on nights that bed 8's daughter, [[PERSON|Halina Kubiak]], wants a call on [[PHONE_NUMBER|07700 900395]] if anything changes.",
    "[[PERSON|Elif Şahin]] is our new ward sister from Monday. Write an intro for the staff newsletter.",
    "Please check the maths: [[PERSON|Jasper Oduya]] drove 42 miles for patient transport at 45p a mile plus £6 parking. What's his claim?",
    "Rewrite this discharge note in plain English for [[PERSON|Bertha Lindgren]]: 'TTOs to follow, OPA 6/52, DN to review wound.'",
    "[[PERSON|Hamza Siddiqui]], [[PERSON|Lorenzo Greco]] and [[PERSON|Aigerim Nurlanovna]] all have outpatient bloods at 8. Which one should go first if only one chair is free?",
    "Write a text to [[PERSON|Clementine Boateng]] at [[PHONE_NUMBER|(604) 555-0119]]: her ride to the orthopaedic clinic will be 20 minutes late.",
    "How do I hand over a patient with a DNACPR to the ambulance crew? The patient is [[PERSON|Mildred Okoye]] and the crew lead is [[PERSON|Shane Tuilagi]].",
]

# 100 one-person records: the first 40 hold a national id.
RECORDS = [
    "Outpatient registration: [[PERSON|Delphine Achebe]], NHS number [[ID_NUMBER|472 918 3657]], mobile [[PHONE_NUMBER|07700 900128]], clinic: dermatology.",
    "Transport booking - patient [[PERSON|Arthur Pennington]], NHS no. [[ID_NUMBER|583 204 7168]], pickup [[STREET_ADDRESS|9 Quarry Lane, Eastholme EH4 2RJ]], wheelchair.",
    "Day-case admission: [[PERSON|Olamide Bankole]], NHS number [[ID_NUMBER|694 317 8520]], contact [[PHONE_NUMBER|01632 960457]].",
    "रोगी: [[PERSON|सुनीता वर्मा]], आधार [[ID_NUMBER|3857 2094 6172]], ईमेल [[EMAIL_ADDRESS|sunita.verma@example.in]], ओपीडी अपॉइंटमेंट सोमवार 10 बजे।",
    "Outpatient card: [[PERSON|Karthik Subramaniam]], Aadhaar [[ID_NUMBER|6290 4718 3352]], patient ID [[ID_NUMBER|OPD-228417]], follow-up in ophthalmology.",
    "Patiënt [[PERSON|Sanne de Groot]], BSN [[ID_NUMBER|327194807]], afspraak polikliniek cardiologie, e-mail [[EMAIL_ADDRESS|sanne.degroot@example.nl]].",
    "Pacjentka: [[PERSON|Magdalena Krawczyk]], PESEL [[ID_NUMBER|94031728462]], adres [[STREET_ADDRESS|ul. Lipowa 14/3, 30-702 Kraków]], transport sanitarny na wizytę w poradni.",
    "Pielęgniarz [[PERSON|Paweł Mazur]], PESEL [[ID_NUMBER|87112539075]], nr konta [[IBAN_CODE|PL26 1090 1014 0000 0012 4738 2916 53]].",
    "Paciente [[PERSON|Luana Cavalcanti]], CPF [[ID_NUMBER|715.392.846-46]], consulta ambulatorial de ortopedia, e-mail [[EMAIL_ADDRESS|luana.cav@example.com.br]].",
    "Técnico de enfermagem [[PERSON|Rodrigo Albuquerque]], CPF [[ID_NUMBER|263.918.574-82]], matrícula [[ID_NUMBER|ENF-30417]].",
    "Hasta: [[PERSON|Emine Kaya]], T.C. kimlik no [[ID_NUMBER|48291635716]], poliklinik randevusu kardiyoloji, adres [[STREET_ADDRESS|Gül Sokak No 8 Daire 3, 06690 Çankaya/Ankara]].",
    "Paciente: [[PERSON|Rocío Fernández Gil]], DNI [[ID_NUMBER|73920584X]], cita en consultas externas de neumología, correo [[EMAIL_ADDRESS|rocio.fgil@example.es]].",
    "Enfermero [[PERSON|Youssef El Amrani]], NIE [[ID_NUMBER|Y4827193J]], IBAN [[IBAN_CODE|ES79 2100 0418 4202 0183 7465]].",
    "Potilas [[PERSON|Aino Mäkelä]], henkilötunnus [[ID_NUMBER|230789-5185]], poliklinikkakäynti 12.3. klo 9.30, osoite [[STREET_ADDRESS|Koivukuja 5 B 12, 00940 Helsinki]].",
    "Paziente [[PERSON|Giulia Martinelli]], codice fiscale [[ID_NUMBER|MRTGLI88C52L219R]], visita ambulatoriale oculistica, email [[EMAIL_ADDRESS|giulia.martinelli@example.it]].",
    "Infermiere [[PERSON|Paolo Castelli]], CF [[ID_NUMBER|CSTPLA79H08F839K]], IBAN [[IBAN_CODE|IT07 X030 6909 6061 0000 0183 746]].",
    "患者：[[PERSON|陈志强]]，身份证号 [[ID_NUMBER|310104198709234614]]，门诊预约：呼吸内科，联系邮箱 [[EMAIL_ADDRESS|zhiqiang.chen@example.cn]]",
    "Patient transfer: [[PERSON|Lim Wei Jie]], NRIC [[ID_NUMBER|S7821463E]], ward 6B to the Outpatient Block, contact [[EMAIL_ADDRESS|weijie.lim@example.sg]].",
    "환자 [[PERSON|박서연]], 주민등록번호 [[ID_NUMBER|880214-2745197]], 외래 예약 정형외과, 이메일 [[EMAIL_ADDRESS|seoyeon.park@example.kr]]",
    "New starter, Ward 3 East: [[PERSON|Lachlan Doyle]], TFN [[ID_NUMBER|382 719 463]], mobile [[PHONE_NUMBER|0491 570 117]].",
    "Outpatient booking: [[PERSON|Matilda Nguyen]], Medicare [[ID_NUMBER|2947 38159 1]], phone [[PHONE_NUMBER|+61 491 570 664]], address [[STREET_ADDRESS|22 Banksia Parade, Wollert VIC 3750]].",
    "患者氏名：[[PERSON|中村 陽子]]、マイナンバー [[ID_NUMBER|7391 8462 0516]]、外来予約 眼科 3月8日、メール [[EMAIL_ADDRESS|yoko.nakamura@example.jp]]",
    "Outpatient referral: [[PERSON|Caoimhe Brennan]], PPSN [[ID_NUMBER|8163942M]], [[STREET_ADDRESS|3 Mill Road, Ennistymon, Co. Clare V95 K2T8]].",
    "Patiente : [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 81 06 69 387 142 66]], consultation externe de rhumatologie, tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Patiënt [[PERSON|Wout Peeters]], rijksregisternummer [[ID_NUMBER|83.09.14-271.48]], afspraak dagziekenhuis, [[STREET_ADDRESS|Kerkstraat 41, 2060 Antwerpen]].",
    "Pasient [[PERSON|Ingvild Haugen]], fødselsnummer [[ID_NUMBER|14038548698]], timeavtale poliklinikk, e-post [[EMAIL_ADDRESS|ingvild.haugen@example.no]].",
    "Utente [[PERSON|Beatriz Antunes]], NIF [[ID_NUMBER|284619370]], consulta externa de cardiologia, morada [[STREET_ADDRESS|Rua do Salgueiral 27, 2.º Esq., 4050-262 Porto]].",
    "Pacient [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2790521408373]], programare ambulatoriu neurologie, e-mail [[EMAIL_ADDRESS|ioana.dumitrescu@example.ro]].",
    "Paciente [[PERSON|Matías Fuentealba]], RUT [[ID_NUMBER|16.482.739-9]], hora en policlínico de traumatología, correo [[EMAIL_ADDRESS|mfuentealba@example.cl]].",
    "Patsient [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49003162732]], ambulatoorne vastuvõtt, e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]].",
    "Sjúklingur [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|180692-4879]], göngudeild, netfang [[EMAIL_ADDRESS|gudrun.s@example.is]].",
    "Pacientka [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|915403/4725]], kardiologická ambulance, adresa [[STREET_ADDRESS|Jabloňová 12, 602 00 Brno]].",
    "Пацієнт [[PERSON|Олександр Шевчук]], РНОКПП [[ID_NUMBER|3184526799]], амбулаторний прийом у хірурга, e-mail [[EMAIL_ADDRESS|o.shevchuk@example.com.ua]].",
    "Pflegekraft [[PERSON|Lena Hoffmann]], Steuer-ID [[ID_NUMBER|57293184067]], IBAN [[IBAN_CODE|DE19 7002 0270 0643 8192 57]], Station 4 Nord.",
    "Outpatient transport: [[PERSON|Mere Tawhiri]], NHI [[ID_NUMBER|ZKR4715]], pickup [[STREET_ADDRESS|17 Rata Street, Mangere, Auckland 2022]].",
    "Patient [[PERSON|Linnea Berglund]], personnummer [[ID_NUMBER|790418-3725]], återbesök på ögonmottagningen, e-post [[EMAIL_ADDRESS|linnea.berglund@example.se]].",
    "Night nurse onboarding: [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|639 217 488]], phone [[PHONE_NUMBER|(514) 555-0163]].",
    "מטופלת: [[PERSON|נועה אברהם]], ת״ז [[ID_NUMBER|305827149]], תור למרפאת עיניים, דוא״ל [[EMAIL_ADDRESS|noa.avraham@example.co.il]]",
    "Patient: [[PERSON|Sipho Ndlovu]], ID number [[ID_NUMBER|8706115182085]], outpatient review at the orthopaedic clinic, email [[EMAIL_ADDRESS|sipho.ndlovu@example.co.za]].",
    "Ασθενής: [[PERSON|Ελένη Κωνσταντίνου]], ΑΜΚΑ [[ID_NUMBER|25039104820]], ραντεβού στα εξωτερικά ιατρεία, email [[EMAIL_ADDRESS|eleni.k@example.gr]].",
    # --- no national id (60) ---
    "Infirmier de nuit [[PERSON|Mathieu Girard]], matricule [[ID_NUMBER|CHU-71830]], IBAN [[IBAN_CODE|FR56 3000 4028 3700 0194 7253 X18]].",
    "Sykepleier [[PERSON|Eirik Solheim]], ansattnummer [[ID_NUMBER|HB-20488]], kontonr. [[IBAN_CODE|NO29 8601 9472 836]].",
    "Appointment confirmation for [[PERSON|Hyacinth Barrowclough]], hospital number [[ID_NUMBER|RW8830154]], phone [[PHONE_NUMBER|07700 900209]]: cardiology clinic, 14:10, Level 3.",
    "Transport eligibility form - name: [[PERSON|Desmond Farquharson]]; address: [[STREET_ADDRESS|52 Mayfield Terrace, Corbridge Vale CV9 3LN]]; phone: [[PHONE_NUMBER|01632 960602]]; mobility: stretcher.",
    "Parking permit refund for staff nurse [[PERSON|Kezia Montgomery]] to card [[CREDIT_CARD|4539 2817 6403 9150]], receipt to [[EMAIL_ADDRESS|kezia.montgomery@example.co.uk]].",
    "Patient: [[PERSON|Tyrone Whitfield]], SSN [[US_SSN|518-42-7936]], MRN [[ID_NUMBER|00728415]], phone [[PHONE_NUMBER|(702) 555-0186]].",
    "Outpatient billing: [[PERSON|Marisol Delgado]], member ID [[ID_NUMBER|HX7Q20193]], card [[CREDIT_CARD|5417 3920 8461 2735]].",
    "Volunteer driver [[PERSON|Clifford Amstell]], driver number [[ID_NUMBER|VD-0419]], mobile [[PHONE_NUMBER|+44 7700 900538]], mileage paid to [[IBAN_CODE|GB31 BARC 2041 5863 9201 74]].",
    "Patientin [[PERSON|Hannelore Schäfer]], Versichertennummer [[ID_NUMBER|K284617390]], Termin Ambulanz Gefäßchirurgie, Adresse [[STREET_ADDRESS|Lindenweg 7, 34117 Kassel]].",
    "Fahrdienst-Auftrag: [[PERSON|Klaus-Dieter Wendt]], Abholung [[STREET_ADDRESS|Am Mühlbach 23, 79098 Freiburg]], Rückruf [[PHONE_NUMBER|030 23125 417]].",
    "Rendez-vous de consultation : [[PERSON|Anaïs Benoît]], n° de dossier [[ID_NUMBER|DP-5531987]], courriel [[EMAIL_ADDRESS|anais.benoit@example.fr]].",
    "Transport sanitaire pour [[PERSON|Gérard Poulain]], domicile [[STREET_ADDRESS|8 allée des Peupliers, 44300 Nantes]], tél. [[PHONE_NUMBER|06 39 98 72 15]].",
    "Solicitud de ambulancia: [[PERSON|Consuelo Márquez]], tarjeta sanitaria [[ID_NUMBER|MRQZ 481923 7711]], domicilio [[STREET_ADDRESS|Calle del Olivo 19, 3º B, 41003 Sevilla]].",
    "Prenotazione ambulatorio: [[PERSON|Salvatore Romano]], n. paziente [[ID_NUMBER|PZ-771204]], email [[EMAIL_ADDRESS|s.romano@example.it]].",
    "Vervoer naar de polikliniek voor [[PERSON|Joris van Dijk]], adres [[STREET_ADDRESS|Populierenlaan 88, 3523 GK Utrecht]], rekening [[IBAN_CODE|NL82 RABO 0318 4729 56]].",
    "Apwyntiad clinig cleifion allanol i [[PERSON|Gethin Rhys]], ffôn [[PHONE_NUMBER|01632 960913]], cyfeiriad [[STREET_ADDRESS|Bryn Awel, 6 Ffordd y Capel, Llanfair LL58 9RT]].",
    "Bệnh nhân [[PERSON|Trần Thị Hoa]], mã bệnh nhân [[ID_NUMBER|BN-2048871]], lịch khám ngoại trú khoa nội, email [[EMAIL_ADDRESS|hoa.tran@example.vn]].",
    "Pasien [[PERSON|Siti Rahmawati]], nomor rekam medis [[ID_NUMBER|RM-0093417]], telepon [[PHONE_NUMBER|+61 491 570 382]], kontrol poliklinik mata.",
    "Mgonjwa [[PERSON|Neema Mwakalinga]], namba ya mgonjwa [[ID_NUMBER|KNH-449120]], barua pepe [[EMAIL_ADDRESS|neema.m@example.co.tz]], miadi ya kliniki Jumanne.",
    "المريض: [[PERSON|خالد العتيبي]]، رقم الملف [[ID_NUMBER|MR-6620148]]، موعد العيادة الخارجية يوم الأحد، البريد [[EMAIL_ADDRESS|khaled.otaibi@example.sa]]",
    "Пациентка [[PERSON|Анна Сергеевна Лебедева]], полис ОМС [[ID_NUMBER|7751 2093 4418 6620]], телефон [[PHONE_NUMBER|+44 7700 900684]], запись в поликлинику к кардиологу.",
    "간호사 [[PERSON|이지은]], 사번 [[ID_NUMBER|RN-20417]], 야간 근무 인계, 이메일 [[EMAIL_ADDRESS|jieun.lee@example.kr]]",
    "送迎予約：[[PERSON|高橋 誠]] 様、患者番号 [[ID_NUMBER|P-558210]]、住所 [[STREET_ADDRESS|東京都世田谷区桜丘 3-14-7]]",
    "护士 [[PERSON|王芳]]，工号 [[ID_NUMBER|HN30982]]，夜班交接，邮箱 [[EMAIL_ADDRESS|fang.wang@example.cn]]",
    "ผู้ป่วย [[PERSON|ประภา วงศ์ทอง]] เลขที่ผู้ป่วย [[ID_NUMBER|HN 64-018837]] นัดตรวจผู้ป่วยนอก อีเมล [[EMAIL_ADDRESS|prapa.w@example.co.th]]",
    "রোগী [[PERSON|তানিয়া রহমান]], রোগী নম্বর [[ID_NUMBER|DMC-774102]], বহির্বিভাগ অ্যাপয়েন্টমেন্ট, ইমেইল [[EMAIL_ADDRESS|tania.rahman@example.com.bd]]",
    "Staff bank details update: [[PERSON|Precious Adjei]], payroll number [[ID_NUMBER|PAY-119482]], new account [[IBAN_CODE|GB08 LOYD 3097 2261 4850 37]].",
    "Outpatient no-show letter to [[PERSON|Lionel Hargreaves]], [[STREET_ADDRESS|Flat 2, 7 Wellington Mews, Harrowgate Hill HG4 1PX]], patient ID [[ID_NUMBER|PT-0082213]].",
    "Transport cancellation: [[PERSON|Nadine Okafor-Reid]] phoned from [[PHONE_NUMBER|07700 900760]] to cancel Thursday's pickup.",
    "Car park season ticket paid by [[PERSON|Rupert Ashdown]] with card [[CREDIT_CARD|3782 491605 38275]]; receipt sent to [[EMAIL_ADDRESS|r.ashdown@example.com]].",
    "Intake form: [[PERSON|Latoya Simmons]], DOB 04/11/1979, SSN [[US_SSN|236-71-5098]], address [[STREET_ADDRESS|1187 Alder Creek Road, Boise, ID 83702]], phone [[PHONE_NUMBER|(208) 555-0134]].",
    "Relative contact on file for bed 14: [[PERSON|Desirée Valdés]], [[PHONE_NUMBER|+1 305 555 0127]], [[EMAIL_ADDRESS|desiree.valdes@example.com]].",
    "Community nurse referral: [[PERSON|Hamish Fraser]], [[STREET_ADDRESS|4/16 Wattle Street, Fremantle WA 6160]], mobile [[PHONE_NUMBER|0491 570 813]].",
    "Portal account for outpatient results: username [[ID_NUMBER|mkowalczyk_84]], name [[PERSON|Michał Kowalczyk]], last login from [[IP_ADDRESS|203.0.113.58]].",
    "Expense claim, transport escort: [[PERSON|Tendai Moyo]], employee no. [[ID_NUMBER|30418872]], reimbursement to [[IBAN_CODE|IE74 BOFI 9000 1738 2945 61]].",
    "Pflegeassistentin [[PERSON|Verena Gruber]], Dienstnummer [[ID_NUMBER|PA-5527]], Gehaltskonto [[IBAN_CODE|AT09 2011 1827 1537 9004]].",
    "Infirmière [[PERSON|Noémie Favre]], matricule [[ID_NUMBER|HUG-80314]], IBAN [[IBAN_CODE|CH11 0483 5018 3726 4910 001]].",
    "Remboursement transport : [[PERSON|Séverine Lambotte]], compte [[IBAN_CODE|BE53 3100 0473 8210]], e-mail [[EMAIL_ADDRESS|s.lambotte@example.be]].",
    "Enfermeira [[PERSON|Inês Carvalho]], n.º mecanográfico [[ID_NUMBER|MEC-40192]], IBAN [[IBAN_CODE|PT44 0035 0083 0019 4728 5316 7]].",
    "Undersköterska [[PERSON|Elsa Lindholm]], anställningsnummer [[ID_NUMBER|AN-66120]], lönekonto [[IBAN_CODE|SE48 5000 0000 0583 9271 6384]].",
    "Familiar de contacto: [[PERSON|Alejandro Ibáñez]], móvil [[PHONE_NUMBER|+44 7700 900127]], correo [[EMAIL_ADDRESS|a.ibanez@example.es]].",
    "Gift aid form for the ward fund: [[PERSON|Beatrice Oyelowo]], [[STREET_ADDRESS|31 Clover Way, Ashby Fold AF2 6GD]], card [[CREDIT_CARD|4716 0583 2947 6183]].",
    "Outpatient physio booking: [[PERSON|Kai Nakamura-Jones]], member number [[ID_NUMBER|BUPX-402917]], phone [[PHONE_NUMBER|01632 960348]].",
    "Nurse bank registration: [[PERSON|Olivia Mensah-Bonsu]], NMC PIN [[ID_NUMBER|97K3315E]], email [[EMAIL_ADDRESS|olivia.mb@example.co.uk]].",
    "Patient transport feedback from [[PERSON|Stanley Okwuosa]], [[EMAIL_ADDRESS|stan.okwuosa@example.net]], journey ref 88213, rated 2/5.",
    "Visitor badge issued to [[PERSON|Farah Jaber]], phone [[PHONE_NUMBER|07700 900851]], visiting bay 5.",
    "Wheelchair loan deposit: [[PERSON|Cormac Devlin]], card [[CREDIT_CARD|2221 0394 7186 5524]], return by 30 June, phone [[PHONE_NUMBER|+44 1632 960275]].",
    "Clinic letter copy to [[PERSON|Adaeze Nwachukwu]], [[STREET_ADDRESS|12 Orchard Gardens, Milbourne MB6 2EZ]].",
    "Home care liaison: [[PERSON|Étienne Bouchard]], health card [[ID_NUMBER|4417-392-815-KT]], phone [[PHONE_NUMBER|(418) 555-0191]].",
    "Patient [[PERSON|Mette Kjærgaard]], ambulant aftale på øjenafdelingen, e-mail [[EMAIL_ADDRESS|mette.kjaergaard@example.dk]], patientnr. [[ID_NUMBER|RH-302218]].",
    "Beteg: [[PERSON|Kovács Zsófia]], betegazonosító [[ID_NUMBER|SE-118204]], járóbeteg-rendelés szerdán, e-mail [[EMAIL_ADDRESS|zsofia.kovacs@example.hu]].",
    "Pacijentica [[PERSON|Ivana Horvat]], broj kartona [[ID_NUMBER|KB-55071]], ambulantni pregled u utorak, e-mail [[EMAIL_ADDRESS|ivana.horvat@example.hr]].",
    "Pharmacy collection: [[PERSON|Maximilian Roth]], patient number [[ID_NUMBER|HN 7730192]], card [[CREDIT_CARD|5298 6041 3375 1809]].",
    "Taxi account charge for outpatient [[PERSON|Winifred Oakes]], account no. [[ID_NUMBER|TX-008841]], pickup [[STREET_ADDRESS|5 Rowan Court, Little Beckton LB3 7HF]].",
    "Outpatient registration: [[PERSON|Dwayne Castellanos]], insurance member ID [[ID_NUMBER|MBR-884210377]], card [[CREDIT_CARD|6011 4829 7305 1646]], phone [[PHONE_NUMBER|(213) 555-0110]].",
    "外来予約確認：[[PERSON|藤田 美和]] 様、お支払いカード [[CREDIT_CARD|3541 8270 6619 4024]]、電話 [[PHONE_NUMBER|+44 7700 900905]]",
    "Staff locker allocation: [[PERSON|Rhiannon Price]], staff number [[ID_NUMBER|S-204419]], email [[EMAIL_ADDRESS|rhiannon.price@example.org]].",
    "ممرضة: [[PERSON|ليلى حداد]]، الرقم الوظيفي [[ID_NUMBER|EMP-77215]]، الحساب البنكي [[IBAN_CODE|AE16 0330 0000 1938 4726 150]]",
    "Remote access log: nurse [[PERSON|Gideon Ashcroft]], login [[ID_NUMBER|gashcroft]], from [[IP_ADDRESS|192.0.2.146]] at 02:14.",
    "Interpreter booking for [[PERSON|Babajide Ọlátúnjí]], patient ID [[ID_NUMBER|PT-4410927]], Yoruba, outpatient diabetes clinic, phone [[PHONE_NUMBER|07700 900318]].",
]

# 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters only).
CLEAN_MTBENCH = [
    "Write a persuasive email to a hospital board arguing for a fourth patient transport vehicle, using three concrete benefits.",
    "Compose a haiku sequence about the quiet hour before a night shift handover.",
    "Imagine you are Florence Nightingale visiting a modern intensive care unit. Describe what surprises you most, in her voice.",
    "Explain the difference between a nurse-led clinic and a consultant-led clinic to a ten-year-old.",
    "Write a Python function that takes a list of appointment times as 'HH:MM' strings and returns the longest gap between consecutive appointments in minutes.",
    "Role-play as Sherlock Holmes deducing which ward a visitor has just come from, based on clues about their shoes and coat.",
    "Summarise the main arguments for and against 12-hour nursing shifts in no more than 150 words.",
    "Draft a short speech for a hospital open day that celebrates porters, cleaners and transport drivers.",
    "Extract all the times and places from this text and return them as JSON: 'The shuttle leaves the main entrance at 07:10, stops at the eye hospital at 07:25 and reaches the outpatient centre at 07:40.'",
    "Compare the handover methods SBAR and I-PASS in a table with four rows.",
    "Write a limerick about a hospital car park that is always full.",
    "What might Mary Seacole have said about field hospital logistics if she had written a modern blog post? Write a 200-word piece.",
    "Suggest five ways an outpatient department could reduce missed appointments without sending more letters.",
    "Write a SQL query that counts how many outpatient appointments each clinic had in March, given a table appointments(clinic, starts_at, status).",
    "Pretend you are Dr. Watson writing to Holmes about a new hospital transport timetable. Keep it under 120 words.",
    "Give me a step-by-step plan for designing a one-page handover template for a surgical ward.",
    "Rewrite this sentence to be more concise: 'At this present moment in time the clinic is currently running behind schedule by a period of approximately thirty minutes.'",
    "Describe a busy hospital corridor at 8am using all five senses.",
    "Which is the better analogy for a shift handover: a relay race baton pass or a pilot's cockpit checklist? Argue for one.",
    "Write a short dialogue between Hermione Granger and a receptionist at St Mungo's about booking an outpatient appointment.",
    "Explain how a triage system decides the order of patients in an emergency department, as if to a new volunteer.",
    "Create a weekly exercise plan for a nurse working three night shifts in a row.",
    "What questions should an interviewer ask a candidate for a patient transport coordinator role? List eight.",
    "Write a JavaScript snippet that disables a booking button when the selected appointment date falls on a weekend.",
    "Discuss how Atul Gawande's ideas about checklists could apply to nursing handovers.",
]

# 25 GSM8K-style word problems (story first names only).
CLEAN_GSM8K = [
    "A patient transport van makes 6 trips each morning and 4 each afternoon. Each trip carries 3 patients. How many patients does it carry in 5 days?",
    "Nurse Priya works three 12-hour shifts and one 8-hour shift each week. How many hours does she work in 4 weeks?",
    "An outpatient clinic has 48 appointments on Monday. A quarter are cancelled and 5 patients do not turn up. How many patients are seen?",
    "Tom buys drinks for the night team: 7 lattes at $3.20 each and 5 teas at $1.80 each. How much does he spend?",
    "A ward has 28 beds. On Tuesday morning 19 are full. In the afternoon 4 patients go home and 6 are admitted. How many beds are empty at the end of the day?",
    "A shuttle bus leaves the hospital every 25 minutes starting at 7:00 am. At what time does the sixth bus leave?",
    "Maria packs handover folders. She can fill 15 folders an hour. How long will it take her to fill 105 folders?",
    "The transport team drove 1,240 miles in March and 15% more in April. How many miles did they drive in April?",
    "Each nurse uses 2 pairs of gloves for every patient check. If 9 nurses each do 14 checks in a shift, how many single gloves are used?",
    "Ahmed's outpatient appointment is at 2:40 pm. The bus takes 35 minutes and he wants to arrive 15 minutes early. What is the latest time he can catch the bus?",
    "A hospital canteen sells 320 sandwiches on each weekday and half as many on each weekend day. How many does it sell in a full week?",
    "Lucy and Ben share the cost of a £42 retirement gift equally with 5 other colleagues. How much does each person pay?",
    "A dialysis unit runs 3 sessions a day, 6 days a week, with 12 chairs in each session. How many dialysis treatments can it give in a week?",
    "Grace walks 2.4 kilometres on each 12-hour shift. How far does she walk over 13 shifts?",
    "The clinic printer needs a new ink cartridge every 1,800 pages. The clinic prints 250 letters a day, 2 pages each. How many days does a cartridge last?",
    "A porter moves 14 patients in the morning, twice as many in the afternoon and 9 at night. How many patients does he move in total?",
    "Sam earns $28 an hour and time-and-a-half for night hours. He works 8 day hours and 10 night hours. How much does he earn?",
    "A ward orders 36 boxes of syringes with 50 syringes in each box. After 3 weeks, 1,150 syringes have been used. How many are left?",
    "An outpatient waiting room has 6 rows of 9 chairs. If 38 chairs are taken, what fraction of the chairs are empty?",
    "Elena's taxi to the clinic costs $4 plus $1.75 per mile. The clinic is 12 miles away. How much does a round trip cost?",
    "A hospital has 5 wards with 24 beds and 3 wards with 30 beds. What percentage of all beds are on the larger wards?",
    "Kofi starts his night shift at 7:30 pm and finishes at 8:00 am, with two 30-minute breaks. How many hours does he actually work?",
    "A transport company charges $85 per stretcher journey and $40 per seated journey. Last week it did 12 stretcher and 31 seated journeys. What was the total charge?",
    "Three nurses share a box of 60 chocolates. Ana takes 5 more than Jo, and Jo takes twice as many as Lee. How many does Lee take?",
    "A clinic sees 18 patients in the first hour, then 3 fewer in each following hour. How many patients does it see in 4 hours?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which blood vessel carries oxygenated blood from the lungs to the heart? A. Pulmonary artery B. Pulmonary vein C. Superior vena cava D. Aorta",
    "A patient's Glasgow Coma Scale score can range from: A. 0 to 10 B. 1 to 12 C. 3 to 15 D. 5 to 20",
    "Which of the following is a normal adult resting respiratory rate? A. 4-8 breaths per minute B. 12-20 breaths per minute C. 25-35 breaths per minute D. 40-50 breaths per minute",
    "In the SBAR handover tool, what does the 'R' stand for? A. Review B. Risk C. Recommendation D. Response",
    "Which vitamin is essential for the synthesis of clotting factors II, VII, IX and X? A. Vitamin A B. Vitamin C C. Vitamin D D. Vitamin K",
    "The primary function of the loop of Henle is to: A. filter blood B. concentrate urine C. produce renin D. store urine",
    "Which ethical principle refers to the duty to do no harm? A. Beneficence B. Non-maleficence C. Autonomy D. Justice",
    "Which organism is most commonly associated with hospital-acquired diarrhoea after antibiotic use? A. Clostridioides difficile B. Streptococcus pyogenes C. Escherichia coli O157 D. Candida albicans",
    "Patients arrive at a clinic at an average rate of 10 per hour and a single nurse serves each in 5 minutes on average. The nurse's utilisation is: A. 0.50 B. 0.83 C. 1.20 D. 2.00",
    "Which electrolyte imbalance is most associated with peaked T waves on an ECG? A. Hyponatraemia B. Hypokalaemia C. Hyperkalaemia D. Hypercalcaemia",
    "Which of these is a Gram-positive bacterium? A. Staphylococcus aureus B. Pseudomonas aeruginosa C. Klebsiella pneumoniae D. Neisseria meningitidis",
    "The Braden scale is used to assess the risk of: A. falls B. pressure ulcers C. malnutrition D. delirium",
    "Which hormone is released by the posterior pituitary gland? A. Growth hormone B. Prolactin C. Oxytocin D. Thyroid-stimulating hormone",
    "A drug with a half-life of 6 hours is given as a single dose. Roughly what fraction remains after 18 hours? A. 1/2 B. 1/4 C. 1/8 D. 1/16",
    "A hospital deciding whether to run one extra clinic session should compare: A. average cost and average revenue B. marginal cost and marginal benefit C. fixed cost and sunk cost D. total revenue and fixed cost",
    "Which part of the brain is chiefly responsible for balance and coordination? A. Cerebellum B. Medulla oblongata C. Hypothalamus D. Occipital lobe",
    "A nurse must give 250 mg of a drug supplied as 125 mg per 5 mL. How many millilitres should be given? A. 2.5 mL B. 5 mL C. 10 mL D. 20 mL",
    "Which of the following is NOT a typical sign of dehydration in older adults? A. Confusion B. Dark urine C. Dry mucous membranes D. Increased urine output",
    "The Mental Capacity Act 2005 applies in which jurisdiction? A. Scotland B. England and Wales C. Northern Ireland only D. The whole of Ireland",
    "Which summary statistic is most affected by a few very long waiting times? A. Median B. Mode C. Mean D. Interquartile range",
    "Which cranial nerve is tested by asking a patient to shrug their shoulders? A. Facial (VII) B. Vagus (X) C. Accessory (XI) D. Hypoglossal (XII)",
    "Insulin is produced by which cells of the pancreas? A. Alpha cells B. Beta cells C. Delta cells D. Acinar cells",
    "A transport vehicle travels 36 km in 45 minutes. Its average speed is: A. 27 km/h B. 36 km/h C. 48 km/h D. 54 km/h",
    "Which sociologist described the 'sick role'? A. Émile Durkheim B. Talcott Parsons C. Max Weber D. Erving Goffman",
    "What is the usual range for an adult's fasting blood glucose? A. 2.0-3.0 mmol/L B. 4.0-5.9 mmol/L C. 7.0-9.0 mmol/L D. 10.0-12.0 mmol/L",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How long should I fast before an outpatient blood test for cholesterol?",
    "Is it normal to feel dizzy after a long night shift, and when should I see a doctor?",
    "What should I bring to a first outpatient appointment at a hospital?",
    "Can I drive myself home after an eye test where they put drops in?",
    "How can night-shift nurses improve their sleep during the day?",
    "What are the early signs of a pressure sore in someone who is bed-bound?",
    "Who is eligible for non-emergency patient transport to hospital appointments?",
    "Is it safe to take ibuprofen with blood pressure tablets?",
    "What does it mean when a hospital says a patient is medically fit for discharge?",
    "How can I stop my ankles swelling on long shifts?",
    "What is the difference between a CT scan and an MRI scan?",
    "How often should an adult with type 2 diabetes have eye screening?",
    "What are the signs of delirium in an older person after surgery?",
    "Should I eat before a colonoscopy appointment?",
    "How do compression stockings help after an operation?",
    "What happens at a hospital pre-assessment clinic?",
    "Is it OK to bring children to visit someone on a hospital ward?",
    "How long does it usually take to recover from a hip replacement?",
    "What can I do about back pain from lifting and moving patients?",
    "What are the common side effects of starting metformin?",
    "How do I know if a wound is infected after surgery?",
    "Can shift work affect the menstrual cycle?",
    "What should I do if I miss a hospital outpatient appointment?",
    "How much water should I drink during a 12-hour shift?",
    "Is it safe to travel a long distance by car a week after a knee operation?",
]

NATIONAL_IDS = {
    "472 918 3657": nhs_ok,  # NHS number
    "583 204 7168": nhs_ok,
    "694 317 8520": nhs_ok,
    "3857 2094 6172": aadhaar_ok,  # Indian Aadhaar
    "6290 4718 3352": aadhaar_ok,
    "327194807": bsn_ok,  # Dutch BSN
    "94031728462": pesel_ok,  # Polish PESEL
    "87112539075": pesel_ok,
    "715.392.846-46": cpf_ok,  # Brazilian CPF
    "263.918.574-82": cpf_ok,
    "48291635716": kimlik_ok,  # Turkish kimlik
    "73920584X": dni_ok,  # Spanish DNI
    "Y4827193J": dni_ok,  # Spanish NIE
    "230789-5185": hetu_ok,  # Finnish henkilötunnus
    "MRTGLI88C52L219R": codice_fiscale_ok,  # Italian codice fiscale
    "CSTPLA79H08F839K": codice_fiscale_ok,
    "310104198709234614": china_id_ok,  # Chinese resident identity number
    "S7821463E": nric_ok,  # Singapore NRIC
    "880214-2745197": rrn_ok,  # Korean resident registration number
    "382 719 463": tfn_ok,  # Australian tax file number
    "2947 38159 1": medicare_ok,  # Australian Medicare card
    "7391 8462 0516": my_number_ok,  # Japanese My Number
    "8163942M": pps_ok,  # Irish PPS number
    "2 81 06 69 387 142 66": nir_ok,  # French NIR
    "83.09.14-271.48": belgian_id_ok,  # Belgian national number
    "14038548698": fodselsnummer_ok,  # Norwegian fødselsnummer
    "284619370": nif_ok,  # Portuguese NIF
    "2790521408373": cnp_ok,  # Romanian CNP
    "16.482.739-9": rut_ok,  # Chilean RUT
    "49003162732": isikukood_ok,  # Estonian isikukood
    "180692-4879": kennitala_ok,  # Icelandic kennitala
    "915403/4725": rodne_cislo_ok,  # Czech rodné číslo
    "3184526799": rnokpp_ok,  # Ukrainian RNOKPP
    "57293184067": steuer_id_ok,  # German tax id
    "ZKR4715": nhi_ok,  # New Zealand NHI
    "790418-3725": luhn_len(10),  # Swedish personnummer
    "639 217 488": luhn_len(9),  # Canadian SIN
    "305827149": luhn_len(9),  # Israeli teudat zehut
    "8706115182085": luhn_len(13),  # South African id
    "25039104820": luhn_len(11),  # Greek AMKA
}
WITH_NATIONAL_ID = 40

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
    )
]

SECRETS = ("PASSWORD", "API_KEY")


def check_mix() -> None:
    """The chat requests name people and some hold secrets; the first 40 records hold a
    national id and the others none; every card is Luhn-valid."""
    if not all(is_lower(t) for t in CHAT[:LOWER_CHAT]):
        raise SystemExit("chat: a lower-case text has a capital")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in SECRETS for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    ids = set(NATIONAL_IDS)
    for i, marked in enumerate(RECORDS):
        has = any(s["value"] in ids for s in marked_spans(marked))
        if has != (i < WITH_NATIONAL_ID):
            raise SystemExit(f"records: national id misplaced in {marked[:60]!r}")
    if len(NATIONAL_IDS) != WITH_NATIONAL_ID:
        raise SystemExit("records: national id count")
    for marked in CHAT + RECORDS:
        for span in strip_marks(marked)[1]:
            if span["type"] == "CREDIT_CARD" and not luhn_ok(span["value"]):
                raise SystemExit(f"card {span['value']!r} fails Luhn")


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
        "blind174", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
