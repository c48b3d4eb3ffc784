# ruff: noqa: E501
"""A hundred-and-seventieth blind privacy set: 220 texts with personal data and 100 clean
ones, all from the world of youth and grassroots sports clubs (football, netball, cricket,
swimming).

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the opening
and the labelling paragraph of ``README.md``, the docstring, constants, id and phone layouts
and checks of ``build_blind36.py`` and the ``main`` of ``build_blind163.py``; never the
detector, its rules, docs or tests, the other sets' texts or any JSONL file. Every text is
typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no
generated combinations):

* 120 chat requests (3 to 100 words) that coaches, team managers, treasurers, welfare
  officers, club secretaries and parents would type to a general assistant behind a company
  gateway: drafting group-chat messages, e-mails and clubhouse notices, summarising pasted
  call logs, voicemails, minutes and threads, checking rotas, team sheets, kit orders and
  car-share lists, splitting match fees and petrol money, translating, fixing wording,
  scam checks and planning tournaments. The first 30 are typed all in lower case (names,
  e-mails and codes too, with shorthand and typos), the next 6 in Spanish, French, German,
  Polish, Arabic and Korean, the other 84 in ordinary English. Most name someone, with names
  of many origins and scripts (Latin with diacritics, Cyrillic, Greek, Arabic, Devanagari,
  Bengali, Thai, Chinese, Japanese, Korean, Yoruba), names that are ordinary words (Sunny,
  Drew, Holly, Mark, Bill, Amber, Forest, Reed, Wren, Dawn, Joy, Fern), many in passing
  (team sheets, rotas, cost splits, captions, sign-offs, appositives) and some in
  instructions ("Remind ... that"). About a sixth hold a secret: clubhouse door, alarm,
  gate, key-safe and padlock codes, wifi keys, passwords, a card PIN, 2FA codes and three
  API keys.
* 100 one-person records (4 to 60 words): registers, membership and medical consent cards,
  log lines, pipe, CSV and semicolon rows, JSON objects, profile lines and short letters in
  English and 50 other languages, each naming one person and holding one to four other
  values; 40 hold a national id with valid check digits, of 33 kinds (``ID_KINDS``).
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  most of them about youth sport.

Labels follow the README: usernames and logins, FA, Swim England, England Netball and other
membership numbers, coaching licences, DBS certificate numbers, bank account numbers,
driving licences and national ids are ID_NUMBER; PINs, door, gate, alarm and padlock codes,
wifi keys, 2FA codes and passwords PASSWORD; titles and relation words (coach, mum, my son)
stay outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed; public figures, historical and fictional people, clubs, teams,
leagues and companies, order, invoice, kit-order and booking references, amounts, shirt
numbers, ages and dates of birth are not labelled; every occurrence of a private value is
marked.

All values are invented and typed by hand; the builder only checks them. Phones come from
ranges kept for fiction where the country has one (UK 07700 900 and the 496 0 / 2018 0 /
9018 0 drama ranges, North America 555-01xx, Australia 0491 57x, France 06 39 98, Germany
040 66969) and in each country's own layout elsewhere. The brief asked for
well-known test card numbers and documentation IBANs, but the shared checks
(``marks.check_strict``, ``ids.check_values``) refuse both, so the cards are Luhn-valid and
not well-known test numbers and the IBANs valid mod 97 and not documentation examples.
IPs come from the documentation ranges.

Run ``.venv/bin/python bench/data/build_blind170.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Auntie|Uncle|Sir|Herr|Frau|Mme|Sr|Sra|Pan|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "pls draft a msg for the u9 whatsapp: training moved to thursday 6pm at ashgrove rec, shin pads compulsory. sign it off from me, [[PERSON|dave o'connor]], coach",
    "can you split this between the car share: me, [[PERSON|priya raghunathan]], [[PERSON|tomasz wiśniewski]] and [[PERSON|holly burke]]. petrol to the derby tournament was £38.40 and parking £6",
    "clubhouse door code is [[PASSWORD|4471#]] and the alarm is [[PASSWORD|2580]], can u write a short note for the new tea rota volunteers explaining how to lock up properly. dont put the codes in the note itself lol",
    "is this a scam?? text says my swim england membership [[ID_NUMBER|se-4418207]] has lapsed and to pay £4.99 at a link. it came from a random mobile not the club",
    "write a reminder to [[PERSON|wren adebayo]] that her match fees for jan and feb (£5 a week) are still outstanding, keep it friendly her mum is lovely",
    "summarise this for the commitee pls, bullet points: [[PERSON|jas sandhu]] says the minibus insurance runs out 31st march and nobody has the renewal letter, [[PERSON|fern whitaker]] will chase the council about the pitch booking for the summer tournement because they double booked us last year, [[PERSON|kwame boateng]] is doing the dbs renewals but needs the list of who expires when, and we still need someone to take over the tuck shop from easter",
    "need a polite email to [[EMAIL_ADDRESS|r.okafor@outlook.com]] asking if [[PERSON|chidi]] can still make saturdays u13 fixture, we're short. my number is [[PHONE_NUMBER|07700 900231]] if easier",
    "whats a good way to word a safeguarding concern? our welfare officer is [[PERSON|maureen feeney]], [[PHONE_NUMBER|07700 900562]], and one of the u15 girls said a coach from another club messaged her on insta",
    "kit order for the u12s pls turn into a neat table: [[PERSON|leo marchetti]] ym shirt 7, [[PERSON|aarav shah]] yl shirt 10, [[PERSON|sunny okoro]] ym shirt 4, [[PERSON|bill hartley]] yl shirt 1 (gk)",
    "wifi in the pavilion is stumps_guest and the key is [[PASSWORD|yorker2024!]], write a little laminated sign for the scorers hut",
    "translate into polish for [[PERSON|agnieszka]]'s dad: matches are sunday 10am, arrive 9:30, bring water and a coat",
    "remind [[PERSON|drew pemberton]] that he's on the tea urn saturday and [[PERSON|reed kowalczyk]] is on the gate with the float",
    "can u check this rota makes sense, sundays in may: 5th [[PERSON|nia griffiths]], 12th [[PERSON|obi eze]], 19th [[PERSON|nia griffiths]] again, 26th [[PERSON|amber lovell]]. nobody doubled up?",
    "our team manager [[PERSON|rahul menon]] lost the login for the league site, username [[ID_NUMBER|rmenon_u14]] and the 2fa code he just got is [[PASSWORD|604 118]]. can you explain how to reset it safely",
    "hi, swimming gala on the 14th, parents paying £12 entry per swimmer. [[PERSON|yusuf al-hashimi]] paid twice by mistake, his dad's number is [[PHONE_NUMBER|07700 900347]]. can u word a refund msg",
    "help me write a medical consent form blurb for the netball tour. example line: '[[PERSON|isla mcgregor]], asthma, blue inhaler in kit bag, parent contact [[PHONE_NUMBER|07700 900685]]'",
    "make this sound less angry: 'to whoever left the shed unlocked again, the padlock combo is [[PASSWORD|7391]] and it's not hard, lock it. cheers [[PERSON|gaz]]'",
    "u8 team sheet for sat, 5 a side, rolling subs: [[PERSON|forest mbeki]] in goal, [[PERSON|kai tanaka]], [[PERSON|ollie brennan]], [[PERSON|samir haddad]], [[PERSON|jude ansah]], subs [[PERSON|tj walsh]] and [[PERSON|femi adeyemi]]. make it look nice for the group chat",
    "whats the best way to tell parents the gate code changed to [[PASSWORD|1966]] without posting it in the public fb group",
    "thank u msg for [[PERSON|bronwen]] re kit washing",
    "can you tidy this injury note: [[PERSON|mateo gonzález]] u11 went over on his ankle at 10.40, ice applied, mum [[PERSON|lucía]] collected 11.15, advised a&e if swelling. first aider [[PERSON|sam whitfield]]",
    "email the league sec [[PERSON|janet morley]] at [[EMAIL_ADDRESS|janet.morley64@btinternet.com]] moving our u14 game vs hartcliffe to 2pm, pitch 3 is waterlogged. sign off [[PERSON|kerry-ann douglas]], club sec",
    "cricket nets booking: [[PERSON|harpreet gill]] wants lane 2 tues 7-8, [[PERSON|ben o'shea]] lane 2 tues 7.30. clash? whats fair",
    "write a short bio for the programme: [[PERSON|zhang wei]], 16, opening bat, joined the club at 9, loves cover drives",
    "im treasurer, [[PERSON|colm]] asked for the club bank details to pay subs. sort code 40-18-22 acc [[ID_NUMBER|31940278]]. is it ok to send over whatsapp?",
    "help i locked myself out the club spond account. email [[EMAIL_ADDRESS|u12.manager.pete@gmail.com]] password was [[PASSWORD|barrowfc!!23]] i think, its not working",
    "put these relay swimmers in order fastest first: [[PERSON|ama owusu]] 34.2, [[PERSON|chloe dubois]] 33.8, [[PERSON|hana sato]] 35.1, [[PERSON|rosie kerr]] 33.9",
    "my son [[PERSON|arjun]] rolled his wrist at netball club (yes boys play now) do i need to tell the club or just the school",
    "quick one, how do i word 'no parents swearing on the touchline' nicely for the code of conduct. sign it [[PERSON|wendy chu]] welfare officer [[PHONE_NUMBER|0161 496 0732]]",
    "minibus for the tournament, who sits where: [[PERSON|mark tembo]] driving, [[PERSON|dawn ashby]] front, kids in the back. [[PERSON|mark tembo]]'s licence no is [[ID_NUMBER|tembo807155mk9ab]] for the hire form, can u fill in the template",
    # --- six other languages: Spanish, French, German, Polish, Arabic, Korean ---
    "Escribe un mensaje para los padres del alevín: el partido del sábado es a las 10 en el campo de Vallecas. Llevad a [[PERSON|Iker Sánchez]] y a [[PERSON|Nerea Ortiz]] en coche si podéis. Dudas al [[PHONE_NUMBER|+34 612 804 377]].",
    "Peux-tu corriger ce message ? « Bonjour, le code du vestiaire change : c'est désormais [[PASSWORD|B2749]]. Merci de ne pas le partager. [[PERSON|Solène Marchand]], responsable des U13 »",
    "Bitte kurz zusammenfassen: [[PERSON|Jörg Hölscher]] übernimmt ab März das Training der F-Jugend, [[PERSON|Svenja Kraus]] kümmert sich um die Trikotbestellung. Rückfragen an [[EMAIL_ADDRESS|svenja.kraus@web.de]].",
    "Przetłumacz na angielski: Drogi trenerze, [[PERSON|Kacper]] nie przyjdzie na trening w środę, ma kontuzję kolana. Pozdrawiam, [[PERSON|Marta Zielińska]], tel. [[PHONE_NUMBER|+48 601 238 774]]",
    "اكتب رسالة قصيرة لأولياء الأمور: تدريب السباحة يوم الأحد الساعة الرابعة. المدربة [[PERSON|ليلى حداد]] ستكون في المسبح، ورقمها [[PHONE_NUMBER|+971 50 318 4427]].",
    "다음 메시지를 영어로 번역해 주세요: [[PERSON|김민준]] 학부모님, 토요일 축구 경기는 오전 9시에 모입니다. 회비 만 원 잊지 마세요. 문의는 [[PHONE_NUMBER|010-4827-1593]]",
    # --- English ---
    "Can you write a friendly WhatsApp message to the U10 parents reminding them that subs (£25 for the spring term) are due by Friday? Payments to the treasurer, [[PERSON|Gwen Pritchard]], or cash at training.",
    "Summarise this call log for the committee minutes: 'Tues 7.15pm. Spoke to [[PERSON|Olusegun Bakare]] about his daughter's concussion at Sunday's game against Millbrook. She sat out the second half and saw the GP on Monday. GP cleared her for a graduated return to play, no contact for two weeks. Dad is unhappy that nobody rang him on the day; he only heard about it from her. Dad's mobile [[PHONE_NUMBER|07700 900114]]. Agreed we will phone parents within the hour after any head knock from now on. Action: [[PERSON|Carys Lloyd]] to update the medical log and the incident form.'",
    "Split the Skegness tournament costs: team entry £60, two hotel rooms at £95 each. Rooms are shared by [[PERSON|Dragana Novak]] with [[PERSON|Helen Ashworth]], and [[PERSON|Ifeoma Nwosu]] with [[PERSON|Pat Quigley]]. Entry is split across all 10 players. What does each family owe?",
    "The kit shed lockbox code is now [[PASSWORD|0419]]. Write a short WhatsApp message telling the coaches it has changed, and ask [[PERSON|Rory Fennelly]] to collect the corner flags before Sunday.",
    "Is this a scam? An email from 'FA Safeguarding' says my DBS has expired and I need to log in at a link with my FAN [[ID_NUMBER|201847635]] and password. The sender address looks odd. I'm the U9 coach.",
    "Draft a notice for the clubhouse: from Monday the bar opens 6-10pm on training nights. Volunteers needed, contact [[PERSON|Siobhán Ní Bhriain]] on [[PHONE_NUMBER|028 9018 0447]].",
    "Please rewrite this so it sounds less blunt: '[[PERSON|Sunny]], you've missed three sessions, so you're not in the squad this week.' The player is [[PERSON|Sunny Virdi]], he's 14.",
    "Tea hut rota for June, please check nobody is on two weekends in a row: 1st [[PERSON|Efua Mensah]] & [[PERSON|Doug Parry]], 8th [[PERSON|Lina Abboud]] & [[PERSON|Efua Mensah]], 15th [[PERSON|Tariq Qureshi]] & [[PERSON|Joy Whitlock]], 22nd [[PERSON|Doug Parry]] & [[PERSON|Lina Abboud]].",
    "Translate into Urdu for [[PERSON|Nusrat Begum]], whose twins just joined the U8s: training is every Tuesday, 5:30 to 6:30, at the leisure centre. Astro boots or trainers only.",
    "Write a short message to [[PERSON|Анна Кузнецова]] (she prefers English) confirming her daughter's place on the netball summer camp and asking for the medical consent form by 1 July.",
    "Our club's Mailchimp API key is [[API_KEY|9c4e1f07ab32d5816e20fb7c43a9d1e5-us21]]. Can you show me a Python snippet that adds a parent to the 'U12 Parents' list? Test it with [[EMAIL_ADDRESS|kemi.adewale@yahoo.co.uk]].",
    "Can you help me plan a car share for Saturday's away game at Thornbury? Drivers: [[PERSON|Nikos Papadopoulos]] (4 seats), [[PERSON|Becky Swann]] (3 seats). Kids needing lifts: [[PERSON|Theo]], [[PERSON|Ada]], [[PERSON|Rafi]], [[PERSON|Milo]], [[PERSON|Zara]], [[PERSON|Ewan]].",
    "Remind [[PERSON|Holly Fairbrother]] that the U16 girls' fixture list has to be in the league's system by Wednesday, and that [[PERSON|Grace Oyelaran]] has offered to help her.",
    "Please summarise this parents' group chat thread in two lines so I can pin it: [[PERSON|Mo Farouk]]: who's got the spare bibs from last week? [[PERSON|Jen Kirby]]: I have 6 in my boot, the orange ones. [[PERSON|Mo Farouk]]: can you bring them Sunday, kick-off is 10 not 10.30. [[PERSON|Jen Kirby]]: yes, and I'll bring the pump too, two of the balls are flat. [[PERSON|Stelios]]: I'll bring oranges and the first-aid bag. [[PERSON|Bukola Adeyemo]]: can someone give mine a lift? I'm working until 12. [[PERSON|Jen Kirby]]: I can, she'll need her shin pads.",
    "Draft an email to the pool manager asking to move our Thursday lane booking from 7pm to 6pm. Sign it from [[PERSON|Ravi Chaudhary]], Head Coach, [[EMAIL_ADDRESS|ravi.c.swimcoach@gmail.com]].",
    "What wifi password format should I use for the clubhouse? At the moment it's [[PASSWORD|cricket123]] and [[PERSON|Hamish]] says someone from the next street is using it.",
    "I'm the safeguarding officer. Write a short, calm message to [[PERSON|Daniela Ferreira]] acknowledging her report about a coach shouting at the U11s, and saying I'll call her on [[PHONE_NUMBER|07700 900873]] tomorrow.",
    "Turn this into a table with name, event and time: [[PERSON|Wiremu Tane]] 50 free 31.20, [[PERSON|Saanvi Iyer]] 50 back 36.44, [[PERSON|Björn Eklund]] 100 IM 1:18.02, [[PERSON|陈美琳]] 50 fly 33.91.",
    "Can you write the caption for our Instagram post? The photo shows the U13 girls with the cup: back row [[PERSON|Keisha Grant]], [[PERSON|Ellie Marsh]], [[PERSON|Maja Kowalska]]; front [[PERSON|Aisha Bello]], [[PERSON|Robyn Tait]]. All parents consented.",
    "The gate code at the training ground is now [[PASSWORD|C1457X]]. Could you word a message asking new parents to get it from a coach instead of sharing it around? Coach contact: [[PERSON|Ifan Rees]] [[PHONE_NUMBER|029 2018 0391]].",
    "Scam check please: someone messaged our treasurer [[PERSON|Bernadette Kilbride]] pretending to be the chairman and asking for £450 in gift cards for 'tournament prizes'. What are the red flags?",
    "Fix the grammar: 'Me and [[PERSON|Tomás]] is organising the presentation night, tickets is £8 for adults, kids goes free, pay [[PERSON|Tomás]] or I'.",
    "Write a message to [[PERSON|Lwazi Dlamini]] welcoming him as our new U14 assistant coach. His DBS certificate number is [[ID_NUMBER|001729384561]]; add a line saying it has been verified.",
    "Draft proper minutes from my scribbled notes of last night's committee meeting: present chair [[PERSON|Alistair Munro]], treasurer [[PERSON|Precious Moyo]], welfare [[PERSON|Noor Rahman]], fixtures [[PERSON|Declan Ruane]]; apologies [[PERSON|Sigrid Halvorsen]]. Treasurer reported £1,240 in the bank after the kit order; subs still owed by 11 families. Welfare asked for two more DBS checks before the summer camp and a refresher for all coaches. Fixtures said the U13s have three away games in a row in May. AOB: new nets quote from Cricket Supplies Ltd, £3,800, decision deferred to next month. Next meeting second Tuesday.",
    "Can you work out how much each family owes for the kit order? [[PERSON|Jayden Clarke]] hoodie £28 and socks £6, [[PERSON|Oskar Nowak]] hoodie £28, [[PERSON|Liam Ó Súilleabháin]] tracksuit £45, [[PERSON|Tegan Pryce]] socks £6.",
    "Remind [[PERSON|Bill Ogunleye]] that tournament registration closes Friday and the team list must include each player's FA number. His son's is [[ID_NUMBER|203845916]].",
    "I run the club's website. Our Stripe secret key is [[API_KEY|sk_live_51NqT8sKd2Xc7YbL0pR4mVw9zHj3eFg6A]]. How do I move it out of the page source and into an environment variable?",
    "Write a short get-well card message from the U12 netball team to [[PERSON|Ngozi Okonkwo]], who broke her wrist at Saturday's match.",
    "Put these into a coaching rota, two coaches per session: Mon [[PERSON|Kiran Bhatt]] and [[PERSON|Wren Holloway]]; Wed [[PERSON|Gustavo Pereira]] and ?; Fri [[PERSON|Kiran Bhatt]] and [[PERSON|Yaw Asante]]. Who could fill the Wednesday gap?",
    "Rewrite for a letter to parents: 'Following an incident on 3 May, [[PERSON|Callum Reid]] (U15) is suspended for two matches for dissent.' Keep it factual and short.",
    "Can you help me reply to [[PERSON|Σοφία Παπαδάκη]]? She wants a refund of the £40 camp fee because her son is injured. Our policy says refunds only with a medical note.",
    "Planning the end-of-season BBQ: [[PERSON|Ahmed Siddiqui]] has the gas BBQ, [[PERSON|Fiona Doherty]] is doing salads, [[PERSON|Chen Jing]] will bring a gazebo. Make a checklist of who brings what.",
    "Our netball court key safe code is [[PASSWORD|8264]]. Write a note for [[PERSON|Marguerite Fontaine]], the new U10 coach, explaining where the key safe is (behind the bins by the car park) and to scramble the dial after use.",
    "Draft a text to [[PERSON|Reggie Amponsah]]: 'Your match fee balance is £17.50, please pay by bank transfer or at Saturday's game.'",
    "I need a short incident report from this: 14:20 U9 training, [[PERSON|Ishaan Kapoor]] collided with a goalpost, small cut above the eye, cleaned and steri-stripped by [[PERSON|Rebecca Dunmore]] (first aider), parent [[PERSON|Meera Kapoor]] informed on [[PHONE_NUMBER|0121 496 0583]].",
    "What should a rules message say for our U11 parents' WhatsApp group? The admins are [[PERSON|Kayọ̀dé Àjàyí]] and [[PERSON|Louise Barnes]].",
    "Login for our league's results portal: username [[ID_NUMBER|hawks_u13_sec]], password [[PASSWORD|Hawks#Nest88]]. Can you write step-by-step instructions for [[PERSON|Imran Yusuf]] to submit the score himself after away games?",
    "Help me write a short speech presenting the clubman of the year award to [[PERSON|Dennis Okafor]], who has run the U7s for twelve years.",
    "Translate this notice into Bengali for our parents: 'Swimming lessons restart on Monday. Please bring goggles.' Then add that questions go to [[PERSON|রহিমা খাতুন]] on [[PHONE_NUMBER|07700 900926]].",
    "Summarise this email chain in three bullet points: [[PERSON|Gillian Reeve]] wants the U14s moved to the Saturday league; [[PERSON|Hugo Lambert]] disagrees because four players have Saturday jobs; [[PERSON|Gillian Reeve]] suggests a vote at the AGM.",
    "Is this legit? A text says our club's website subscription payment failed and asks me to re-enter the card at a link. It was sent to me, [[PERSON|Chantelle Baptiste]], the club secretary.",
    "Write a reminder to the U16 boys that the 2FA code for the club's Instagram is not to be shared, because [[PERSON|Finn Gallacher]] posted it in the chat: [[PASSWORD|339 027]].",
    "Make a packing list for the cricket tour to Devon, plus a note for [[PERSON|Parminder Sidhu]], who's driving the minibus, with pickup at 7am from the club.",
    "My daughter [[PERSON|Amara]] has a peanut allergy. Can you draft a note to her netball coach, [[PERSON|Joanne Tweedie]], about what to do if she has a reaction at a tournament? Her EpiPen is in the front pocket of her bag.",
    "Our U18 cricket captain [[PERSON|Haruto Nakamura]] wants to thank the groundsman. Draft a short card from the team.",
    "Here's the kit order from the spreadsheet: [[PERSON|Ruby Okafor-Hill]] size 10, [[PERSON|Nell Barker]] size 12, [[PERSON|Juno Price]] size 8. Each is £22. Write a payment reminder for each parent.",
    "Help me write a safeguarding policy paragraph naming our welfare officers: [[PERSON|Lakshmi Narayanan]] ([[EMAIL_ADDRESS|welfare.lakshmi@gmail.com]]) and [[PERSON|Tom Birchall]] ([[PHONE_NUMBER|07700 900155]]).",
    "Can you check my maths? Match fees this month: [[PERSON|Kofi]] paid £12, [[PERSON|Leah]] £8, [[PERSON|Ibrahim]] £12, [[PERSON|Cerys]] £4. Everyone owes £12. Who still owes what?",
    "Write a polite message to [[PERSON|Drew Castellanos]] saying that under-7s can't play in the U9 tournament even though his son is 'ready'.",
    "I'm setting up a Google Sheet for gala entries. Can you write a formula that flags duplicate swimmer IDs? Example row: [[PERSON|Olivia Kaczmarek]], ID [[ID_NUMBER|SE1088234]], 8 and under.",
    "Draft a message to [[PERSON|Thabo Nkosi]] asking whether he'd referee the U12 friendly on Sunday; we can pay £20 cash.",
    "Please proofread: 'Dear Parents, the clubhouse alarm code is [[PASSWORD|5 9 1 3]] for those on the Saturday opening rota. Please set it when you leave. Thanks, [[PERSON|Maggie]]'",
    "Translate into Hindi: 'Training is cancelled tonight because of the storm.' Then add: 'Contact [[PERSON|अनिल वर्मा]] if you have questions.'",
    "How should I split £180 of pitch hire between the three teams sharing it: U9s (coach [[PERSON|Yasmin Haddad]]), U10s ([[PERSON|Gareth Pugh]]) and U11s ([[PERSON|Ole Haugland]])?",
    "Write a short notice that [[PERSON|Tamsin Rowe]] is our new welfare officer from September, with her email [[EMAIL_ADDRESS|tamsin.rowe.welfare@outlook.com]].",
    "Reply to this message politely: 'Hi, it's [[PERSON|Mark Davenport]] from the away team, can you send me your clubhouse wifi? We're stuck waiting.' The wifi key is [[PASSWORD|Boundary!Rope7]].",
    "What should go into a medical consent form for a swimming club? Use [[PERSON|Ji-woo Park]] as the example swimmer, emergency contact [[PHONE_NUMBER|020 7946 0218]].",
    "Translate this Thai message from a parent and help me reply: 'ลูกชายของฉัน [[PERSON|ธนกร]] จะไม่มาซ้อมวันเสาร์นี้ค่ะ'",
    "Plan our tournament registrations: two teams to register by Friday, captains [[PERSON|Leila Moradi]] and [[PERSON|Chiamaka Obi]]. The fee is £35 per team. Draft the email to the organiser.",
    "Here's a note from [[PERSON|Pauline Greaves]]: 'Kit order still not arrived, supplier says next week.' Turn it into a message for the parents' group.",
    "Our club treasurer [[PERSON|Vikram Rao]] needs to email the bank. Draft it: he wants to add [[PERSON|Eleanor Quinn]] as a second signatory on account [[ID_NUMBER|71839204]].",
    "I forgot the PIN for the club debit card; it might be [[PASSWORD|6082]] or [[PASSWORD|6028]]. Who should I contact, and what shouldn't I do?",
    "Write a 'player of the match' post for [[PERSON|Zainab Yusuf]], who scored twice in the U14 girls' cup semi-final.",
    "Make this shorter: 'Hi all, I've spoken to [[PERSON|Brendan Keogh]] about the pitch marking, he'll do it Friday evenings from now on, and [[PERSON|Hyun-woo Lee]] will cover when he's away. Any problems let me know. [[PERSON|Carol]]'",
    "Summarise this voicemail transcript: 'Hi, it's [[PERSON|Fatou Diallo]], [[PERSON|Aminata]]'s mum. She's got a temperature so won't make the gala. Can you scratch her from the 100 breast? Call me back on [[PHONE_NUMBER|0113 496 0274]].'",
    "Write a short welcome message for the new netball parents' group, from the admins [[PERSON|Cheryl Akande]] and [[PERSON|小林真理]].",
    "Developer question: we keep our club app's Firebase API key [[API_KEY|AIzaSyC7rT2kLq9Xw4mN8bVd1Ej6HsPf0Zg3UoY]] in the front end. Is that dangerous, and what restrictions should I set?",
    "Help me word a rule for car-share lists: no child alone in a car with an unrelated adult. Example for Sunday: [[PERSON|Khadija Farah]] driving [[PERSON|Nour]] and [[PERSON|Lily]]; [[PERSON|Stuart Beattie]] driving [[PERSON|Harvey]].",
    "My son [[PERSON|Emeka]] wants to switch from football to cricket. Draft a message to the U11 cricket manager, [[PERSON|Sanjay Pillai]], asking if there's space.",
    "Rewrite as a formal notice: [[PERSON|Krisztina Varga]] is stepping down as chair after 8 years; nominations to the secretary, [[PERSON|Dot Harrington]], at [[EMAIL_ADDRESS|dot.harrington@btinternet.com]] by 30 April.",
    "Please list the under-13 players missing consent forms: [[PERSON|Aleksander Petrov]], [[PERSON|Ciara Byrne]], [[PERSON|Rohan Das]]. Then draft a reminder to their parents.",
    "What is a fair way to pick the captain for the U15 cup final between [[PERSON|Jack Thornton]] and [[PERSON|Abdi Warsame]]?",
    "Translate into Welsh: 'Well done to [[PERSON|Elin Jones]] for her first hat-trick!'",
    "I'm helping the club secretary [[PERSON|Anneliese Vogt]] set up a new league portal login. Her temporary password is [[PASSWORD|TempVogt!2291]]. What should she pick instead?",
    "Write a reminder for [[PERSON|Dominic Afolabi]]: bring the first-aid bag and the ice packs to the cup game, and check the date on the defibrillator pads.",
    "Tidy this up for the newsletter: 'Congrats to [[PERSON|王小明]] and [[PERSON|Phoebe Lang]] for making the county squad!'",
    "The parents' group chat has an argument about playing time. Help me write a neutral message from the coach, [[PERSON|Marlon Campbell]], explaining the equal-minutes policy.",
    "Draft an email to [[EMAIL_ADDRESS|helen.w.brightside@gmail.com]] confirming that [[PERSON|Evie Waterhouse]] is registered for the Easter swim camp, ref SC-2231, balance £45.",
    "Remind [[PERSON|Ciarán Mulligan]] that his coaching licence [[ID_NUMBER|FAC-UEFA-C-117842]] expires in June and he needs to book the refresher.",
    "Our cricket club's scoring app account is [[EMAIL_ADDRESS|scorer.lowfield@outlook.com]] / [[PASSWORD|Duckworth-Lewis9]]. Can you write instructions for the junior scorers, [[PERSON|Amelie]] and [[PERSON|Tobias]], to log in on the club tablet?",
    "Thank-you card wording for [[PERSON|Rhiannon Price]], please.",
    "Help me reply to a parent, [[PERSON|Dmitri Sokolov]], who wants his daughter moved up to the U14 netball squad.",
    "Please calculate the petrol money for the away trip: [[PERSON|Abena Owusu]] drove 84 miles, [[PERSON|Phil Hennessy]] 62 miles, at 25p a mile.",
    "Well-done text: [[PERSON|Kwabena]]",
]

# 100 one-person records, each with its language (ISO 639-1).
RECORDS_BY_LANGUAGE = [
    # --- 40 with a national id, of 33 kinds ---
    (
        "en",
        "Medical consent, U13 netball: [[PERSON|Poppy Hargreaves]]. NHS no. [[ID_NUMBER|483 261 9071]]. Asthma (salbutamol). Emergency contact [[PHONE_NUMBER|07700 900419]].",
    ),
    (
        "en",
        "Injury log: [[PERSON|Harvey Lomax]] (U10), suspected sprained wrist, NHS [[ID_NUMBER|619 044 2382]], taken to A&E by parent.",
    ),
    (
        "en",
        "Ireland tour registration: [[PERSON|Saoirse Kavanagh]], PPSN [[ID_NUMBER|5821937K]], mobile [[PHONE_NUMBER|+353 87 318 4402]].",
    ),
    (
        "ga",
        "Clárú an chlub: [[PERSON|Pádraig Ó Conaill]], uimhir PSP [[ID_NUMBER|3049716GA]], fón tuismitheora [[PHONE_NUMBER|+353 86 204 7719]].",
    ),
    (
        "nl",
        "Aanmelding jeugdvoetbal: [[PERSON|Daan Verhoeven]], BSN [[ID_NUMBER|318206742]], e-mail ouder [[EMAIL_ADDRESS|m.verhoeven@ziggo.nl]]",
    ),
    (
        "nl",
        "Zwemvereniging ledenlijst; [[PERSON|Noor El Amrani]]; BSN [[ID_NUMBER|206751394]]; [[STREET_ADDRESS|Lindenlaan 14, 3581 KD Utrecht]]",
    ),
    (
        "pl",
        "Karta zawodnika: [[PERSON|Zuzanna Wróbel]], PESEL [[ID_NUMBER|10241507369]], klub UKS Orlik, tel. rodzica [[PHONE_NUMBER|+48 512 907 336]]",
    ),
    (
        "pl",
        "Trener: [[PERSON|Grzegorz Malinowski]]; PESEL [[ID_NUMBER|85072204611]]; licencja trenerska [[ID_NUMBER|UEFA-B/4471/2019]]",
    ),
    (
        "es",
        "Ficha federativa: [[PERSON|Lucía Ferrer Campos]], DNI [[ID_NUMBER|53814726Q]], categoría infantil, tel. [[PHONE_NUMBER|+34 622 418 093]]",
    ),
    (
        "es",
        "Inscripción torneo: [[PERSON|Andrei Popescu]], NIE [[ID_NUMBER|Y4082917V]], correo [[EMAIL_ADDRESS|andrei.popescu.fam@gmail.com]]",
    ),
    (
        "it",
        "Tesseramento: [[PERSON|Marco Russo]], codice fiscale [[ID_NUMBER|RSSMRC11C15F839Y]], certificato medico valido fino a giugno.",
    ),
    (
        "it",
        "Allenatrice [[PERSON|Gloria Bianchi]], CF [[ID_NUMBER|BNCGLR83M52L219D]], cell. [[PHONE_NUMBER|+39 347 208 6614]]",
    ),
    (
        "fr",
        "Fiche bénévole : [[PERSON|Nathalie Girard]], n° de sécurité sociale [[ID_NUMBER|2 84 05 69 123 456 40]], tél. [[PHONE_NUMBER|06 39 98 41 27]]",
    ),
    (
        "fr",
        "Monitrice de natation bénévole : [[PERSON|Amélie Dubois]], numéro national [[ID_NUMBER|79.03.12-417.30]], [[EMAIL_ADDRESS|amelie.dubois@skynet.be]]",
    ),
    (
        "de",
        "Übungsleiterpauschale: [[PERSON|Lars Becker]], Steuer-ID [[ID_NUMBER|47158309264]], IBAN [[IBAN_CODE|DE20 5001 0517 0648 2139 75]]",
    ),
    (
        "sv",
        "Medlemsregister: [[PERSON|Elsa Lindgren]], personnummer [[ID_NUMBER|120417-8329]], målvakt F12",
    ),
    (
        "no",
        "Påmelding cup: [[PERSON|Sindre Haugen]], fødselsnummer [[ID_NUMBER|140712 50122]], foresatt tlf [[PHONE_NUMBER|+47 912 48 305]]",
    ),
    (
        "fi",
        "Pelaajakortti: [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|110612A418H]], joukkue T12",
    ),
    (
        "et",
        "Registreerimine: [[PERSON|Rasmus Tamm]], isikukood [[ID_NUMBER|51103082717]], e-post [[EMAIL_ADDRESS|rasmus.tamm.pere@gmail.com]]",
    ),
    (
        "is",
        "Skráning í sundfélag: [[PERSON|Jón Gunnarsson]], kennitala [[ID_NUMBER|250511-3450]], sími [[PHONE_NUMBER|+354 862 4417]]",
    ),
    (
        "cs",
        "Přihláška do oddílu plavání: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|115318/4813]], tel. [[PHONE_NUMBER|+420 604 218 375]]",
    ),
    (
        "uk",
        "Анкета тренера: [[PERSON|Олександр Шевчук]], РНОКПП [[ID_NUMBER|3416289056]], команда U13",
    ),
    (
        "ro",
        "Fișă sportiv: [[PERSON|Matei Ionescu]], CNP [[ID_NUMBER|5120605403714]], telefon părinte [[PHONE_NUMBER|+40 722 318 490]]",
    ),
    (
        "pt",
        "Ficha de sócio: [[PERSON|Tiago Carvalho]], NIF [[ID_NUMBER|248169033]], quota anual paga, telemóvel [[PHONE_NUMBER|+351 912 408 337]]",
    ),
    (
        "tr",
        "Sporcu lisans formu: [[PERSON|Elif Yıldız]], T.C. kimlik no [[ID_NUMBER|38517204628]], veli tel. [[PHONE_NUMBER|+90 532 418 2093]]",
    ),
    (
        "el",
        "Εγγραφή αθλητή: [[PERSON|Γιώργος Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|11051203419]], ομάδα Κ12",
    ),
    (
        "he",
        "טופס הרשמה לחוג שחייה: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|039281746]], טלפון הורה [[PHONE_NUMBER|+972 52 418 3307]]",
    ),
    (
        "en",
        "Volunteer coach record: [[PERSON|Marie-Ève Tremblay]], SIN [[ID_NUMBER|546 318 270]], phone [[PHONE_NUMBER|(514) 555-0143]]",
    ),
    (
        "af",
        "Registrasie o.13 krieket: [[PERSON|Pieter van der Merwe]], ID-nommer [[ID_NUMBER|1109265084085]], ouer sel [[PHONE_NUMBER|+27 82 418 3391]]",
    ),
    ("hi", "खिलाड़ी पंजीकरण: [[PERSON|आरव शर्मा]], आधार [[ID_NUMBER|7391 6402 8517]], अंडर-14 क्रिकेट"),
    (
        "en",
        "Tournament ID check: [[PERSON|Ananya Krishnan]], Aadhaar [[ID_NUMBER|5208 4719 3625]], U16 girls, Chennai",
    ),
    (
        "zh",
        "运动员登记：[[PERSON|李明轩]] 身份证号 [[ID_NUMBER|440106201108234711]] 联系电话 [[PHONE_NUMBER|+86 138 2047 5913]]",
    ),
    (
        "ja",
        "登録票 氏名 [[PERSON|渡辺 結衣]] マイナンバー [[ID_NUMBER|3617 5204 9184]] 連絡先 [[PHONE_NUMBER|090-4182-7736]]",
    ),
    (
        "ko",
        "선수 등록: [[PERSON|박서준]], 주민등록번호 [[ID_NUMBER|110423-3128455]], 연락처 [[PHONE_NUMBER|010-3829-4410]]",
    ),
    (
        "en",
        "Swim meet entry: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T1139284E]], club Marina Barracudas, [[EMAIL_ADDRESS|weiling.tan.swim@gmail.com]]",
    ),
    (
        "en",
        "Coach payment details: [[PERSON|Bridget O'Halloran]], TFN [[ID_NUMBER|419 273 853]], mobile [[PHONE_NUMBER|0491 570 156]]",
    ),
    (
        "en",
        "Junior netball medical form: [[PERSON|Matilda Nguyen]], Medicare [[ID_NUMBER|2784 19368 1]], allergies: bee stings.",
    ),
    (
        "en",
        "Tournament first-aid card: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], no known allergies, parent [[PHONE_NUMBER|+64 21 408 3317]]",
    ),
    (
        "pt",
        "Cadastro escolinha de futebol: [[PERSON|Gabriel Souza Lima]], CPF [[ID_NUMBER|519.274.036-34]], responsável tel. [[PHONE_NUMBER|+55 11 98427-3150]]",
    ),
    (
        "es",
        "Ficha club: [[PERSON|Valentina Muñoz]], RUT [[ID_NUMBER|23.481.906-2]], natación infantil, correo [[EMAIL_ADDRESS|vmunoz.apoderada@gmail.com]]",
    ),
    # --- 30 without one, in English ---
    (
        "en",
        "U11 register | [[PERSON|Alfie Brennan]] | FAN [[ID_NUMBER|204918376]] | parent mobile [[PHONE_NUMBER|07700 900302]] | photo consent: yes",
    ),
    (
        "en",
        '{"player": "[[PERSON|Reuben Ashcroft]]", "team": "U15", "email": "[[EMAIL_ADDRESS|reuben.ashcroft@hotmail.co.uk]]", "fan": "[[ID_NUMBER|205563018]]"}',
    ),
    (
        "en",
        "2024-03-09 18:42 clubhouse door opened with code [[PASSWORD|3318*]] by keyholder [[PERSON|Neville Sturridge]]",
    ),
    (
        "en",
        "Coach profile: [[PERSON|Simone Achterberg]], Level 2 swimming coach, Swim England no. [[ID_NUMBER|1190452]], DBS [[ID_NUMBER|001839274650]], [[EMAIL_ADDRESS|simone.a.swim@gmail.com]]",
    ),
    (
        "en",
        "Subs paid by card: [[PERSON|Lorraine Whitby]], card [[CREDIT_CARD|4929 3817 5520 4611]], £60 annual family membership.",
    ),
    (
        "en",
        "Tea rota keyholder: [[PERSON|Brenda Sowerby]], [[PHONE_NUMBER|0113 496 0815]], pavilion code [[PASSWORD|7720]]",
    ),
    (
        "en",
        "[[PERSON|Kieran Doyle]],U14,[[EMAIL_ADDRESS|kdoyle.parent@gmail.com]],[[PHONE_NUMBER|07700 900497]],fees paid March",
    ),
    (
        "en",
        "2024-05-18T09:14:07Z login ok user=[[ID_NUMBER|jpatterson_coach]] ip=[[IP_ADDRESS|203.0.113.47]] name=[[PERSON|Jill Patterson]]",
    ),
    (
        "en",
        "Dear [[PERSON|Oluwaseun Adeyemi-Clarke]], thank you for volunteering as U9 team manager. Your DBS application is in progress and your club login is [[ID_NUMBER|oadeyemiclarke]]. Kind regards, the Committee",
    ),
    (
        "en",
        "Emergency contact card, swimmer: [[PERSON|Freya Lindqvist-Hall]]; contact [[PHONE_NUMBER|020 7946 0584]]; address [[STREET_ADDRESS|22 Orchard Close, Hitchin SG4 9PJ]]",
    ),
    (
        "en",
        "Referee: [[PERSON|Ifeanyi Chukwu]] | FA ref no. [[ID_NUMBER|RF-2210394]] | paid £25 cash | tel [[PHONE_NUMBER|0115 496 0362]]",
    ),
    (
        "en",
        '{"member_id": "[[ID_NUMBER|HCC-04417]]", "name": "[[PERSON|Sapna Mistry]]", "role": "U13 cricket manager", "mobile": "[[PHONE_NUMBER|07700 900683]]"}',
    ),
    (
        "en",
        "Bank transfer for the tour deposit from [[PERSON|Graham Liddell]], IBAN [[IBAN_CODE|GB91BARC20318846201753]], £150",
    ),
    (
        "en",
        "Kit order K2093: [[PERSON|Maisie Entwistle]], hoodie YL, deliver to [[STREET_ADDRESS|7 Brook Terrace, Burnley BB11 3QT]]",
    ),
    (
        "en",
        "Swim England membership: [[PERSON|Oscar Feldman]], no. [[ID_NUMBER|1327746]], category 2, email [[EMAIL_ADDRESS|feldman.family@icloud.com]]",
    ),
    (
        "en",
        "Car-share volunteer: [[PERSON|Sunita Bhardwaj]], 4 seats, [[PHONE_NUMBER|0116 496 0271]]",
    ),
    (
        "en",
        "Payment card on file: [[PERSON|Derek Oyelowo]], [[CREDIT_CARD|5412 7534 9021 8869]], match fee direct debit failed",
    ),
    (
        "en",
        "Safeguarding log entry 12: concern raised by [[PERSON|Patience Adjei]], contact [[EMAIL_ADDRESS|p.adjei@btinternet.com]], referred to the county welfare officer.",
    ),
    (
        "en",
        "Netball umpire award: [[PERSON|Hollie Brannigan]], England Netball no. [[ID_NUMBER|EN1187452]], C award passed",
    ),
    (
        "en",
        "Clubhouse booking: [[PERSON|Rashid Karim]], party 14:00-17:00, door code issued [[PASSWORD|9051]], deposit £50",
    ),
    (
        "en",
        "Player: [[PERSON|Tilly Overton]]; DOB 04/02/2013; parent email [[EMAIL_ADDRESS|overton.k@gmail.com]]; photo consent no",
    ),
    (
        "en",
        "Coach login reset requested: [[PERSON|Nasser Al-Amiri]], username [[ID_NUMBER|nalamiri]], temp password [[PASSWORD|Reset-8842-q]]",
    ),
    (
        "en",
        "Address for trophy delivery: [[PERSON|Edith Boateng]], [[STREET_ADDRESS|Flat 3, 41 Cavendish Road, Leeds LS6 2HA]]",
    ),
    (
        "en",
        "Injury report: [[PERSON|Callum Whyte]], U12, nosebleed, first aid given, home address [[STREET_ADDRESS|15 Glen Crescent, Paisley PA2 8TL]]",
    ),
    (
        "en",
        "Wifi voucher for visiting umpire [[PERSON|Rajesh Nair]]: network Pavilion-Guest, key [[PASSWORD|lbw-not-out-77]]",
    ),
    (
        "en",
        "[[PERSON|Shauna McAllister]] | U16 | junior membership [[ID_NUMBER|MJF-20931]] | [[PHONE_NUMBER|028 9018 0622]]",
    ),
    (
        "en",
        "Hi, I'm [[PERSON|Tunde Bakare]], U13 dad, happy to drive on Sundays, text me on [[PHONE_NUMBER|07700 900738]].",
    ),
    (
        "en",
        "Tournament registration: team captain [[PERSON|Jasmine Koroma]], contact [[EMAIL_ADDRESS|jkoroma.netball@gmail.com]], [[PHONE_NUMBER|0117 496 0829]]",
    ),
    (
        "en",
        "Honorarium paid to [[PERSON|Moira Sutherland]], account [[ID_NUMBER|58120347]], sort code 83-91-22, £200.",
    ),
    (
        "en",
        "Youth soccer registration: [[PERSON|Caleb Whitaker]], parent phone [[PHONE_NUMBER|(617) 555-0182]], [[STREET_ADDRESS|48 Maple Street, Quincy, MA 02169]]",
    ),
    # --- 30 without one, in other languages ---
    (
        "da",
        "Holdleder: [[PERSON|Mette Kjærgaard]], mobil [[PHONE_NUMBER|+45 28 41 73 90]], e-mail [[EMAIL_ADDRESS|mette.kjaergaard@mail.dk]]",
    ),
    (
        "hu",
        "Igazolt játékos: [[PERSON|Kovács Bence]], U12, szülő telefonszáma [[PHONE_NUMBER|+36 30 418 2275]]",
    ),
    (
        "ar",
        "استمارة تسجيل: [[PERSON|يوسف الحربي]]، فريق تحت 12، هاتف ولي الأمر [[PHONE_NUMBER|+966 55 418 2093]]",
    ),
    (
        "ru",
        "Заявка на турнир: [[PERSON|Дмитрий Волков]], тренер, эл. почта [[EMAIL_ADDRESS|d.volkov.coach@mail.ru]]",
    ),
    (
        "vi",
        "Đăng ký học bơi: [[PERSON|Nguyễn Thị Lan]], số điện thoại phụ huynh [[PHONE_NUMBER|+84 903 271 584]]",
    ),
    ("th", "ใบสมัครทีมฟุตบอล: [[PERSON|ธีรวัฒน์ แก้วมณี]] ทีมยู 14 โทร [[PHONE_NUMBER|+66 81 408 2273]]"),
    (
        "sw",
        "Usajili: [[PERSON|Wanjiru Kamau]], timu ya wasichana chini ya miaka 14, simu ya mzazi [[PHONE_NUMBER|+254 712 408 391]]",
    ),
    (
        "yo",
        "Orúkọ agbábọ́ọ̀lù: [[PERSON|Adéwálé Ògúnlẹ̀yẹ]], nọ́mbà fóònù òbí [[PHONE_NUMBER|+234 803 418 2276]]",
    ),
    (
        "bn",
        "নিবন্ধন: [[PERSON|তানভীর আহমেদ]], অনূর্ধ্ব-১৩ ক্রিকেট, ইমেল [[EMAIL_ADDRESS|tanvir.ahmed.u13@gmail.com]]",
    ),
    (
        "tl",
        "Pagpaparehistro: [[PERSON|Jericho Dela Cruz]], koponan ng football U12, numero ng magulang [[PHONE_NUMBER|+63 917 408 2231]]",
    ),
    (
        "id",
        "Pendaftaran: [[PERSON|Putri Rahmawati]], tim renang U12, email orang tua [[EMAIL_ADDRESS|putri.rahma.ortu@gmail.com]]",
    ),
    (
        "ms",
        "Borang ahli: [[PERSON|Nurul Aisyah binti Rosli]], kelab bola jaring, telefon [[PHONE_NUMBER|+60 12 408 3319]]",
    ),
    (
        "hr",
        "Prijava u školu nogometa: [[PERSON|Luka Horvat]], U11, e-mail roditelja [[EMAIL_ADDRESS|ivana.horvat@net.hr]]",
    ),
    (
        "sk",
        "Prihláška: [[PERSON|Šimon Kováč]], plávanie, telefón [[PHONE_NUMBER|+421 905 318 442]]",
    ),
    (
        "lt",
        "Registracija: [[PERSON|Gabija Kazlauskaitė]], futbolo mokykla, tel. [[PHONE_NUMBER|+370 612 48 307]]",
    ),
    (
        "lv",
        "Reģistrācija: [[PERSON|Jānis Bērziņš]], peldēšana, e-pasts [[EMAIL_ADDRESS|janis.berzins.vecaki@inbox.lv]]",
    ),
    (
        "ca",
        "Inscripció: [[PERSON|Pau Vilaró]], benjamí, telèfon [[PHONE_NUMBER|+34 633 207 118]], contrasenya de l'app [[PASSWORD|Gol!Gol!4427]]",
    ),
    (
        "cy",
        "Cofrestru: [[PERSON|Gethin Llywelyn]], tîm dan 10, rhif ffôn rhiant [[PHONE_NUMBER|029 2018 0754]]",
    ),
    (
        "mi",
        "Rēhita: [[PERSON|Tama Te Rangi]], kapa netipōro, waea [[PHONE_NUMBER|+64 22 318 4470]]",
    ),
    (
        "ur",
        "رجسٹریشن: [[PERSON|عائشہ ملک]]، انڈر 12 کرکٹ، والد کا فون [[PHONE_NUMBER|07700 900814]]",
    ),
    (
        "fa",
        "ثبت‌نام: [[PERSON|آرش رضایی]]، تیم فوتبال زیر ۱۲ سال، ایمیل [[EMAIL_ADDRESS|arash.rezaei.fc@gmail.com]]",
    ),
    (
        "ta",
        "பதிவு: [[PERSON|கார்த்திக் சுப்பிரமணியன்]], 14 வயதுக்குட்பட்ட கிரிக்கெட், தொலைபேசி [[PHONE_NUMBER|+91 98407 31562]]",
    ),
    (
        "sr",
        "Пријава: [[PERSON|Никола Јовановић]], пионири, телефон родитеља [[PHONE_NUMBER|+381 64 318 2207]]",
    ),
    (
        "bg",
        "Картотека: [[PERSON|Мария Петрова]], плуване, имейл [[EMAIL_ADDRESS|m.petrova.plavane@abv.bg]]",
    ),
    (
        "sl",
        "Prijavnica: [[PERSON|Nejc Kranjc]], nogometna šola, tel. [[PHONE_NUMBER|+386 41 318 447]]",
    ),
    (
        "eu",
        "Izen-ematea: [[PERSON|Ane Etxeberria]], futbol eskola, telefonoa [[PHONE_NUMBER|+34 688 412 907]]",
    ),
    (
        "de",
        "Mitgliedsantrag: [[PERSON|Ömer Demir]], D-Jugend, Anschrift [[STREET_ADDRESS|Eppendorfer Weg 87, 20259 Hamburg]], Telefon [[PHONE_NUMBER|+49 40 66969 213]]",
    ),
    (
        "fr",
        "Licence de [[PERSON|Yanis Benali]], n° de licence [[ID_NUMBER|2547193028]], e-mail parent [[EMAIL_ADDRESS|benali.famille@orange.fr]]",
    ),
    (
        "it",
        "Iscrizione piscina: [[PERSON|Chiara Esposito]], tessera FIN [[ID_NUMBER|FIN-0482291]], cellulare [[PHONE_NUMBER|+39 333 418 7720]]",
    ),
    (
        "pl",
        "Zgłoszenie: [[PERSON|Wiktoria Kamińska]], piłka nożna dziewcząt, e-mail [[EMAIL_ADDRESS|w.kaminska.rodzic@wp.pl]]",
    ),
]
RECORDS = [text for _, text in RECORDS_BY_LANGUAGE]

# 25 prompts in the manner of MT-Bench and Vicuna.
CLEAN_MTBENCH = [
    "Write a persuasive blog post arguing that under-10 football should be played without league tables.",
    "Compose a half-time team talk in the style of Winston Churchill for a youth cricket side that is 40 runs behind.",
    "Imagine you are Sherlock Holmes. Deduce, step by step, who left the muddy boots in the clubhouse, using only clues you could find in the room.",
    "Explain the offside rule in football to a seven-year-old in no more than five sentences.",
    "Draft a code of conduct for parents watching grassroots matches, as ten short bullet points.",
    "What are the pros and cons of mixed teams in junior netball? Give a balanced answer.",
    "Write a Python function that takes a list of swim times as strings like '1:05.32' and returns them sorted fastest first.",
    "Role-play as a friendly swimming teacher calming a nervous child before their first lesson in deep water.",
    "Describe how a volunteer-run sports club could cut its energy bills over a year.",
    "Write a limerick about a cricket match abandoned because of rain.",
    "Compare the management styles of Bill Shankly and Brian Clough and what grassroots coaches can learn from each.",
    "Extract every date and venue from this fixture announcement and return them as JSON: 'Home game on 12 October at Riverside Park; away on 19 October at Hilltop Fields; cup tie on 2 November at Riverside Park.'",
    "Suggest five fundraising ideas for a small netball club that needs new bibs and balls.",
    "Rewrite this sentence in a more encouraging tone: 'You lost because you didn't try hard enough.'",
    "How would Mary Poppins organise a chaotic under-8s training session? Answer in her voice.",
    "Write a short story in which a shy goalkeeper saves the decisive penalty in a cup final.",
    "Explain the Duckworth-Lewis-Stern method to someone who has never watched cricket.",
    "Design a six-week plan for adult beginners who cannot yet swim a width of the pool.",
    "Give three ways a coach can keep training fun while still teaching technique, with a football example for each.",
    "Write an SQL query that lists all players with unpaid match fees from a table named fees with columns player_id, amount_due and paid.",
    "Imagine you are Florence Nightingale visiting a modern sports club's first-aid room. What improvements would you recommend?",
    "Summarise the arguments for and against heading the ball in youth football in about 120 words.",
    "Create a checklist for planning a weekend youth football tournament with twelve teams.",
    "Write a haiku about an early-morning swim training session.",
    "You are a referee explaining a red card to a disappointed under-16 player. Write what you would say to him.",
]

# 25 word problems in the manner of GSM8K, with fictional first names.
CLEAN_GSM8K = [
    "Amara's swimming club charges £6 per session. She goes three times a week for 8 weeks. How much does she pay in total?",
    "A netball team of 7 players orders kit: each shirt costs £14 and each skirt £11. If the club pays half, how much does each player pay?",
    "Theo scored 18 runs in the first match, twice as many in the second, and 7 fewer than the second in the third. How many runs did he score altogether?",
    "The under-11s have 14 players and play 7-a-side for 60 minutes. If playing time is shared equally, how many minutes does each player get?",
    "Each car in a car share takes 4 children. 22 children need lifts to a tournament. How many cars are needed?",
    "Lena swims 50 metres in 45 seconds. At the same speed, how long will 400 metres take her, in minutes and seconds?",
    "Raffle tickets cost £2 each or 6 for £10. Omar buys 14 tickets as cheaply as possible. How much does he spend?",
    "Match fees are £4 a game. Over a 20-game season Jonah missed 3 games and paid for the rest. His mum paid £50 up front. How much more does she owe?",
    "The tea hut sold 120 cups of tea at 80p and 75 bacon rolls at £2.50. What were the total takings?",
    "A cricket ball costs £18 and a bat costs 7 times as much. The club buys 2 bats and 6 balls. What is the total cost?",
    "Nia runs 3 laps of a 400 m track on Monday and twice as many on Wednesday. How many kilometres does she run altogether?",
    "A group of 8 teams plays so that each team meets every other team once. How many matches are played?",
    "Felix's team won 60% of their 25 matches and drew 4. How many did they lose?",
    "A minibus uses 1 litre of fuel every 9 miles. The round trip to an away game is 126 miles and fuel costs £1.50 a litre. How much does the fuel cost?",
    "A kit order is 12 hoodies at £25 each. The supplier takes 15% off orders over £250. What is the final price?",
    "Ruby has 3 hours on Saturday. She warms up for 40 minutes, plays two 35-minute halves with a 10-minute break, and spends the rest cooling down and packing. How long is that?",
    "Jamal's pool is 25 metres long. He swims 64 lengths. How many kilometres is that?",
    "A club has 84 juniors. One third play cricket, a quarter play netball and the rest play football. How many play football?",
    "Sofia buys 5 pairs of football socks at £3.20 each and a water bottle for £4.75. She pays with a £20 note. How much change does she get?",
    "Ben wants to split 27 children into equal groups of no more than 6. What is the smallest number of groups he can use?",
    "A netball match has four 15-minute quarters, 3-minute breaks after the first and third quarters and a 5-minute half-time. How long does the match last?",
    "Kai's club raised £640 towards a target of £800. What percentage of the target did they reach?",
    "Sixteen players each need a consent form. Hana has 11 so far and collects 2 more at each session. After how many sessions will she have them all?",
    "Pitch hire is £45 an hour. Training is 1.5 hours twice a week for 12 weeks. What is the total cost of pitch hire?",
    "Leo has taken 15 wickets at an average of 22 runs each. In his next match he takes 3 wickets for 30 runs. What is his new bowling average?",
]

# 25 multiple-choice items in the manner of MMLU.
CLEAN_MMLU = [
    "How many players per side start a standard 11-a-side football match?\nA. 9\nB. 10\nC. 11\nD. 12",
    "In netball, which position may not enter either shooting circle?\nA. Goal Shooter\nB. Centre\nC. Goal Keeper\nD. Goal Attack",
    "How many legal deliveries make up an over in cricket?\nA. 5\nB. 6\nC. 8\nD. 10",
    "Which swimming stroke is swum on the back?\nA. Butterfly\nB. Breaststroke\nC. Backstroke\nD. Front crawl",
    "Which energy system mainly fuels a 100 m sprint?\nA. Aerobic system\nB. ATP-PC system\nC. Fat oxidation\nD. Ketone metabolism",
    "Which organ produces insulin?\nA. Liver\nB. Pancreas\nC. Kidney\nD. Spleen",
    "In England, a DBS check for a youth coach is mainly used to:\nA. verify coaching badges\nB. check criminal records for work with children\nC. register the club with a league\nD. insure equipment",
    "What is the SI unit of force?\nA. Joule\nB. Watt\nC. Newton\nD. Pascal",
    "Which vitamin is made in the skin in response to sunlight?\nA. Vitamin A\nB. Vitamin C\nC. Vitamin D\nD. Vitamin K",
    "A batter's scores are 10, 20, 30, 40 and 100. What is the median?\nA. 30\nB. 40\nC. 40.5\nD. 20",
    "Which muscle group is mainly stretched in a standing quad stretch?\nA. Hamstrings\nB. Quadriceps\nC. Calves\nD. Gluteals",
    "In first aid, RICE stands for Rest, Ice, Compression and:\nA. Recovery\nB. Elevation\nC. Exercise\nD. Evaluation",
    "What is the main purpose of a warm-up?\nA. To tire the muscles\nB. To raise body temperature and prepare the body\nC. To lower the heart rate\nD. To replace the cool-down",
    "A club raises annual subs from £100 to £120 and membership falls from 200 to 190. Subscription revenue:\nA. falls\nB. rises\nC. stays the same\nD. cannot be determined",
    "The first modern Olympic Games were held in:\nA. 1896\nB. 1900\nC. 1908\nD. 1924",
    "How long is an Olympic-size swimming pool?\nA. 25 m\nB. 33 m\nC. 50 m\nD. 100 m",
    "Which body system carries oxygen to working muscles?\nA. Digestive\nB. Nervous\nC. Cardiovascular\nD. Endocrine",
    "In cricket, LBW stands for:\nA. Leg before wicket\nB. Long ball wide\nC. Left behind wicket\nD. Line ball wicket",
    "Intrinsic motivation means doing an activity:\nA. to win a trophy\nB. for its own enjoyment\nC. to avoid punishment\nD. because a parent insists",
    "Three cones stand 4 m apart in a straight line. How far is the first cone from the last?\nA. 4 m\nB. 8 m\nC. 12 m\nD. 16 m",
    "Which of these is a common symptom of concussion?\nA. Improved balance\nB. Headache and confusion\nC. Lower body temperature\nD. Sharper vision",
    "In netball, how long may a player hold the ball before passing or shooting?\nA. 2 seconds\nB. 3 seconds\nC. 5 seconds\nD. 10 seconds",
    "Which gas do muscles give off as a waste product of aerobic respiration?\nA. Oxygen\nB. Nitrogen\nC. Carbon dioxide\nD. Hydrogen",
    "Which data protection principle says to collect only the data you need?\nA. Accuracy\nB. Data minimisation\nC. Storage limitation\nD. Accountability",
    "A swimmer's heart rate rises from 70 to 154 beats per minute. What is the percentage increase?\nA. 84%\nB. 100%\nC. 120%\nD. 220%",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How long should a child rest after a suspected concussion before going back to football training?",
    "Is it safe for a 10-year-old with asthma to swim in galas?",
    "What are the signs of heat exhaustion in children playing cricket on a hot day?",
    "How do I treat a sprained ankle in the first 48 hours?",
    "Do kids need sports drinks during a 90-minute match, or is water enough?",
    "What causes Osgood-Schlatter disease, and can a teenager keep playing football with it?",
    "How can I tell if a nosebleed after a ball to the face needs medical attention?",
    "What should be in the first-aid kit of a junior netball club?",
    "Is pool chlorine bad for children with eczema?",
    "How many hours of sleep does a 13-year-old athlete need?",
    "What is the difference between a strain and a sprain?",
    "When should an adrenaline auto-injector be used, and what happens afterwards?",
    "Can growing pains get worse from playing sport several days a week?",
    "Is it normal for a child's heart to race after sprinting, and when should you worry?",
    "What are the warning signs of sudden cardiac arrest in young athletes?",
    "How do you prevent verrucas at the swimming pool?",
    "Should a child with a cold still go to swimming lessons?",
    "What should a teenager eat before an early-morning netball tournament?",
    "How do I know if a finger hurt catching a cricket ball is broken?",
    "Is heading the ball dangerous for under-12s?",
    "How long after eating should children wait before swimming?",
    "What stretches help tight hamstrings in young footballers?",
    "Can a child play sport with a mild fever?",
    "How do I recognise dehydration in a child at a summer sports camp?",
    "What is a safe way to return to sport after glandular fever?",
]

# The national ids of the records, by kind: the validator and the values typed.
ID_KINDS = {
    "NHS number": (nhs_ok, ("483 261 9071", "619 044 2382")),
    "Irish PPS number": (pps_ok, ("5821937K", "3049716GA")),
    "Dutch BSN": (bsn_ok, ("318206742", "206751394")),
    "Polish PESEL": (pesel_ok, ("10241507369", "85072204611")),
    "Spanish DNI and NIE": (dni_ok, ("53814726Q", "Y4082917V")),
    "Italian codice fiscale": (codice_fiscale_ok, ("RSSMRC11C15F839Y", "BNCGLR83M52L219D")),
    "French NIR": (nir_ok, ("2 84 05 69 123 456 40",)),
    "Belgian national number": (belgian_id_ok, ("79.03.12-417.30",)),
    "German tax id": (steuer_id_ok, ("47158309264",)),
    "Swedish personnummer": (luhn_len(10), ("120417-8329",)),
    "Norwegian fødselsnummer": (fodselsnummer_ok, ("140712 50122",)),
    "Finnish henkilötunnus": (hetu_ok, ("110612A418H",)),
    "Estonian isikukood": (isikukood_ok, ("51103082717",)),
    "Icelandic kennitala": (kennitala_ok, ("250511-3450",)),
    "Czech rodné číslo": (rodne_cislo_ok, ("115318/4813",)),
    "Ukrainian RNOKPP": (rnokpp_ok, ("3416289056",)),
    "Romanian CNP": (cnp_ok, ("5120605403714",)),
    "Portuguese NIF": (nif_ok, ("248169033",)),
    "Turkish kimlik": (kimlik_ok, ("38517204628",)),
    "Greek AMKA": (luhn_len(11), ("11051203419",)),
    "Israeli teudat zehut": (luhn_len(9), ("039281746",)),
    "Canadian SIN": (luhn_len(9), ("546 318 270",)),
    "South African id": (luhn_len(13), ("1109265084085",)),
    "Indian Aadhaar": (aadhaar_ok, ("7391 6402 8517", "5208 4719 3625")),
    "Chinese resident id": (china_id_ok, ("440106201108234711",)),
    "Japanese My Number": (my_number_ok, ("3617 5204 9184",)),
    "Korean resident registration number": (rrn_ok, ("110423-3128455",)),
    "Singapore NRIC": (nric_ok, ("T1139284E",)),
    "Australian TFN": (tfn_ok, ("419 273 853",)),
    "Australian Medicare number": (medicare_ok, ("2784 19368 1",)),
    "New Zealand NHI": (nhi_ok, ("ZKT4821",)),
    "Brazilian CPF": (cpf_ok, ("519.274.036-34",)),
    "Chilean RUT": (rut_ok, ("23.481.906-2",)),
}
NATIONAL_IDS = {value: ok for ok, values in ID_KINDS.values() for value in values}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|15|16|17|21|61) 496 0\d{3}",  # UK city drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"028 9018 0\d{3}",  # Belfast drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 57\d \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+49 40 66969 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|34|36|39|40|45|47|48|55|60|63|64|66|84|86|90|91|234|254|351|353|354|370|381|386|420|421|966|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and about a sixth hold a secret, two or three of them
    an API key; each record names one person; the records span English and 25 or more other
    languages, and 38 to 42 of them hold a national id of many kinds."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(
            f"chat: {named} texts with a name, {secret} with a secret, {keys} with a key"
        )
    for text in RECORDS:
        people = {s["value"] for s in marked_spans(text) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {text[:60]!r}")
    languages = {language for language, _ in RECORDS_BY_LANGUAGE}
    if "en" not in languages or len(languages - {"en"}) < 25:
        raise SystemExit(f"records: {len(languages)} languages")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 42 or len(ID_KINDS) < 25:
        raise SystemExit(f"records: {with_id} with a national id, {len(ID_KINDS)} kinds")


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
        "blind170", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
