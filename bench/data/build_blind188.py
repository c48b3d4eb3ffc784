# ruff: noqa: E501
"""A hundred-and-eighty-eighth blind privacy set: 220 texts with personal data and 100 clean
ones, on escape rooms, bowling alleys and trampoline parks.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a venue chain's chatbot would get: bookings, rotas,
  cost splits, lost property, waivers, parties, refunds, door and alarm codes. The first 30
  are typed all in lower case, the next 6 are in Spanish, German, French, Japanese, Turkish
  and Dutch, the last 84 in English. 109 name a private person, often with no cue word
  (rotas, lists, cost splits, sign-offs, appositives, "tell X that ..."), with names of many
  origins in Latin (with diacritics, Yoruba and Vietnamese among them), Greek, Cyrillic,
  Hebrew, Arabic, Devanagari, Bengali, Thai, Chinese, Japanese and Korean script, some of
  them ordinary words (Hope, Bill, Grace, Summer, Rose, Joy, Wren, Ivy, Destiny, Patience,
  Faith, Precious); 21 hold a secret (door, gate, lockbox, safe and alarm codes, PINs, wifi
  keys, passwords, 2FA codes and three API keys).
* 100 one-person records (a sentence or a short form each), 45 in English and 55 in 35
  other languages: membership, waiver, staff, payroll, incident and refund records; 41
  carry a national id with a valid check digit (33 kinds), the others phones, e-mails,
  addresses, cards, IBANs, passports, licences, usernames, SSNs, IPs and account, member
  and patient numbers.

Usernames, logins, account, customer, member, patient, policy, employee and student numbers,
passports, licences and national ids are ID_NUMBER; PINs, door, gate, lockbox, safe and alarm
codes, wifi keys, passwords and 2FA codes PASSWORD; titles (Mr, Ms, Dr, Sgt, Nurse) stay
outside PERSON spans; dates of birth, booking, order, invoice and ticket numbers, public
figures, companies and fictional characters are not labelled; every occurrence of a private
value is marked.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (public figures
and fictional characters only), 25 GSM8K-style word problems with story first names, 25
MMLU-style items with options A to D and 25 health questions naming no one.

All values are invented: phones from ranges kept for fiction (UK 07700 900 and 01632 960,
North America 555-01xx, Australia 0491 570); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group
and serial; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind188.py`` from the repository root; the output
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
from marks import build_sections, iban_ok, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Nurse|Coach|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "hi, can you move the 7pm escape room booking from [[PERSON|mateusz wróbel]] to friday? same group of six",
    "lane rota for saturday: [[PERSON|keisha brandt]] 10-2, [[PERSON|tomás ferreira]] 2-6, [[PERSON|hope adeyemi]] closing. can the bot send them the shift reminder?",
    "what's the gate code for the staff car park at the trampoline park? [[PERSON|ravi]] said it changed to [[PASSWORD|8830]] but it isn't working",
    "birthday party for 12 kids on the 14th, contact is [[PERSON|grace mbeki-olawale]] on [[PHONE_NUMBER|07700 900418]]",
    "split for the bowling night: [[PERSON|dev malhotra]] £18, [[PERSON|li na]] £18, [[PERSON|summer o'hara]] £22 (she had the nachos). can you invoice each one separately",
    "my son [[PERSON|oskar lindqvist]] left his jacket in the ninja warrior zone yesterday, can someone check lost property",
    "please tell [[PERSON|aroha te rangi]] that her team's record of 41 minutes in the pharaoh's tomb room still stands lol",
    "the lockbox at the side door of the bowling alley is [[PASSWORD|2906]], [[PERSON|bill]] needs it for the 6am cleaning shift",
    "can i get a refund? booked the zombie lab room for 4 but [[PERSON|priyanka nair]] and [[PERSON|jonas weber]] got covid",
    "waiver form for [[PERSON|chidi okonkwo]] (age 9) and his sister [[PERSON|adaeze okonkwo]], parent email [[EMAIL_ADDRESS|n.okonkwo@mailbox.example]]",
    "wifi in the party room keeps dropping, the password we were given was [[PASSWORD|bounce2024party]] and now it says wrong key",
    "is [[PERSON|marguerite duval]] working the front desk tonight? she promised us the glow bowling lane",
    "hey its [[PERSON|rosa delgado]], i run the thursday league. can you send the scores to [[EMAIL_ADDRESS|rosa.delgado.bowls@post.example]] from now on",
    "team names for the corporate event: [[PERSON|fatima zahra el idrissi]], [[PERSON|niamh byrne]], [[PERSON|kwame asante]], [[PERSON|yuki tanaka]]. put them in the heist room at 3",
    "alarm code for closing the trampoline park is [[PASSWORD|5518]] right? [[PERSON|dmitri]] locked up last night and it kept beeping",
    "need to change the name on the booking to [[PERSON|ewa kowalczyk]], the original booker [[PERSON|marta nowicka]] cant come",
    "do you do adult only bounce nights? asking for my hen party, i'm [[PERSON|chloe baptiste]]",
    "[[PERSON|sunita rao]] from accounts wants the deposit receipt sent to [[EMAIL_ADDRESS|accounts.srao@ledger.example]]",
    "who holds the high score this month? heard it was [[PERSON|jack o'sullivan]] with 279",
    "my daughter [[PERSON|amara nwosu]] has a peanut allergy, can the party food be nut free",
    "2fa code for the booking dashboard is [[PASSWORD|604 918]], can you log in for me and export tonights bookings",
    "cancel lane 9 for [[PERSON|henrik sørensen]] please, phone [[PHONE_NUMBER|+44 7700 900271]]",
    "we're a group of 8 from the office, organiser [[PERSON|olumide bakare]], can we bring our own cake",
    "is there a discount for students? me and [[PERSON|ana paula ribeiro]] are at uni",
    "please pass on a thank you to the game master [[PERSON|ciarán walsh]], best escape room we've done",
    "the shared login for the lane scoring system is [[ID_NUMBER|frontdesk_kingpin]] / [[PASSWORD|str1ke!lane77]], is it ok to give it to the new starter",
    "can [[PERSON|autumn reyes]] bring her own bowling ball or do we have to use the house ones",
    "[[PERSON|björn]] here, locked myself out of the escape room control room again. think the door code was [[PASSWORD|19730]]?",
    "how old do you need to be for the dodgeball court? my nephew [[PERSON|lorenzo bianchi]] is 7",
    "invoice for the 22nd should go to [[PERSON|tanvir hossain]], [[STREET_ADDRESS|14 mill lane, leeds ls6 2ab]]",
    # Spanish, German, French, Japanese, Turkish, Dutch
    "Hola, quiero reservar la sala de escape «El Manicomio» para el sábado. Somos cinco; la reserva va a nombre de [[PERSON|Lucía Fernández Ortega]], teléfono [[PHONE_NUMBER|+44 7700 900563]].",
    "Guten Tag, mein Sohn [[PERSON|Maximilian Krüger]] feiert am 3. Mai seinen Geburtstag im Trampolinpark. Können Sie die Rechnung an [[EMAIL_ADDRESS|k.krueger@familie.example]] schicken?",
    "Bonjour, le cadenas de la salle « Le Laboratoire » ne s'ouvre plus. [[PERSON|Étienne Marchand]] m'a dit que le code était [[PASSWORD|7-3-1-9]]. Pouvez-vous vérifier ?",
    "こんにちは。 土曜日 19:00 から ボウリングのレーンを 2つ 予約したいです。 名前は [[PERSON|佐藤 美咲]] です。 6人 です。",
    "Merhaba, trambolin parkındaki doğum günü partisi için [[PERSON|Elif Yıldırım]] adına rezervasyon yaptım. Kaporayı iade edebilir misiniz?",
    "Hoi, kunnen jullie [[PERSON|Sanne de Vries]] laten weten dat onze bowlingavond naar vrijdag is verschoven? Haar mailadres is [[EMAIL_ADDRESS|sanne.devries@thuis.example]].",
    # English
    "Hi, I booked the Sunken Submarine room for Saturday at 4 but only got one confirmation. The other players are [[PERSON|Wiktoria Zielińska]], [[PERSON|Nnamdi Eze]] and [[PERSON|Joséphine Lemaire]] — can you send them the waiver link too?",
    "Rota for the Easter holidays: Mon – [[PERSON|Hamza Qureshi]], Tue – [[PERSON|Ingrid Halvorsen]], Wed – [[PERSON|Aleksandr Petrov]], Thu – [[PERSON|Grace Kim]]. Please send each a calendar invite.",
    "Tell [[PERSON|Dolores]] that the birthday cake can go in the staff fridge but she needs to pick it up before 8.",
    "Could you resend the receipt for lane 4? It should go to [[PERSON|Ikaika Kahananui]] at [[EMAIL_ADDRESS|ikaika.k@islandmail.example]].",
    "Our treasurer, [[PERSON|Σοφία Παπαδοπούλου]], will pay the balance for the corporate escape room day by bank transfer.",
    "My son [[PERSON|Артём Соколов]] lost his phone at the trampoline park yesterday evening, a black one in a blue case. Any chance someone handed it in?",
    "Door code for the back entrance of the escape rooms is [[PASSWORD|4082]], right? [[PERSON|Yusuf]] is setting up the Egyptian room early and can't get in.",
    "Hello, this is [[PERSON|Rose Okafor]]. I'd like to book two lanes for the Friday cosmic bowling session, 8 adults, and add the pizza package.",
    "Booking under [[PERSON|נועה כהן]] for the kids' jump session at 10am — can you add two pairs of grip socks, size small?",
    "The wifi at the bowling bar is Kingpin-Guest and the key is [[PASSWORD|Pins&Strikes2025]] — is that still right? Our group wants to stream the match.",
    "Hi team, please update the emergency contact for my daughter [[PERSON|Aanya]] to [[PERSON|अनिता शर्मा]], mobile [[PHONE_NUMBER|07700 900734]].",
    "Costs for Saturday: lanes £60, shoes £15, food £48. Split four ways between me, [[PERSON|Bill]], [[PERSON|Tunde]] and [[PERSON|Hope]]. Can you send each a payment link?",
    "Who do I talk to about a group booking for a stag do? Organiser is [[PERSON|Kofi Mensah-Bonsu]], [[PHONE_NUMBER|0491 570 118]].",
    "My login for the party booking portal is [[ID_NUMBER|parent_yaw88]] and it says the account is locked. Can you unlock it?",
    "Please let [[PERSON|Siosaia Taufa]] know his team finished the Da Vinci Vault in 52 minutes; he asked for the photo to be emailed.",
    "Could you check the second booking under [[PERSON|অদিতি ব্যানার্জি]]? She has been charged twice for the same trampoline session.",
    "The API key for the booking widget is [[API_KEY|ek_live_9Vt4Qz2mLx7RbN3kW8pJ6sHd]] — the widget on our site stopped loading, can you check it's still active?",
    "Shift swap: [[PERSON|Marisol]] takes my Sunday close, I take her Wednesday open. Approved by [[PERSON|Kenji Watanabe]].",
    "Hi, [[PERSON|Summer Nakamura]] here. Do you allow grip socks bought elsewhere, or do we need to buy yours?",
    "The alarm panel at the trampoline park keeps asking for the master code. Nurse [[PERSON|Bettina]] said it's [[PASSWORD|770215]] but I don't want to get it wrong twice.",
    "We'd like to hold a memorial bowling night for our friend [[PERSON|Tomasz Wiśniewski]]. About 30 guests; is the upstairs bar free on the 19th?",
    "Can the game master give hints earlier? Last time [[PERSON|أحمد كريمي]] and I were stuck on the clock puzzle for 20 minutes.",
    "Please add 3 players to booking EX-48213: [[PERSON|Thandiwe Dlamini]], [[PERSON|Jun-seo Park]] and [[PERSON|王伟]].",
    "Quick one — my PIN for the arcade card is [[PASSWORD|3390]] and it's being rejected at the prize counter.",
    "Could you confirm the school trip for 45 pupils on 12 June, bowling then lunch? Regards, [[PERSON|Ngozi Adebayo-Smith]], PTA secretary",
    "For the escape room leaderboard, please spell my name [[PERSON|Siobhán Ní Bhriain]], not [[PERSON|Siobhan Brian]].",
    "I keep getting blocked from the booking site, my IP is [[IP_ADDRESS|198.51.100.23]]. Customer since 2019, [[PERSON|Hyun-woo Lee]].",
    "Tell [[PERSON|Ayşe]] the 6pm slot is confirmed and the lane bumpers will be up for the kids.",
    "Hi! [[PERSON|Dale]] and [[PERSON|Precious Mokoena]] want to renew their family membership, member number [[ID_NUMBER|TP-553901]].",
    "Staff list for the Halloween escape room: [[PERSON|Lorcan]] (actor), [[PERSON|Mei-Ling Chow]] (actor), [[PERSON|Bartholomew Finch]] (tech), [[PERSON|Zainab Yusuf]] (front desk).",
    "Please remove my card from the account — [[PERSON|Olga Ivanova]], card [[CREDIT_CARD|4716 2039 8851 6271]].",
    "Can you reset the lockbox for the key to the mini bowling room? The current code is [[PASSWORD|0412]] and our former manager [[PERSON|Ruth]] still knows it.",
    "Hi, I'm organising a team-building day and would like quotes for 20 people. You can reach me at [[EMAIL_ADDRESS|priya.venkataraman@worksmail.example]].",
    "Got a complaint from a customer, Ms. [[PERSON|Harriet Lowe-Palmer]], about a sprained ankle in the foam pit; she left her number as [[PHONE_NUMBER|(415) 555-0148]].",
    "[[PERSON|Jamal]], [[PERSON|Chen Jing]] and [[PERSON|Ifeoma]] each owe £14.50 for the lanes. I paid the lot.",
    "Send the team photo to [[PERSON|Warrick Thompson]] and [[PERSON|Lerato Khumalo]], they weren't in the group chat.",
    "This is Sgt. [[PERSON|Patrick Doyle]]; our station's charity bowl-a-thon needs 10 lanes on 2 March.",
    "Our staff portal password expired. The new one I set is [[PASSWORD|Tr@mp0line!Jump]] — can you confirm the HR system synced it for [[PERSON|Mohammed Al-Farsi]]?",
    "Please don't give my details to anyone — [[PERSON|Angharad Llewelyn]], [[PHONE_NUMBER|01632 960457]] — unless I call first.",
    "The slackline area was closed when [[PERSON|Ji-woo Han]] came in on Sunday. Can she get a voucher?",
    "Please write a short welcome message for our new game masters, [[PERSON|강민준]] and [[PERSON|Ximena Castillo]], who start on Monday.",
    "Hi, could you check whether [[PERSON|Rahul Gupta]]'s group paid for the glow golf add-on? They're on lane 11 now.",
    "Thanks to [[PERSON|Destiny]], our birthday host, the party was brilliant. Please pass it on!",
    "Emergency: one of our jumpers, [[PERSON|Mateo Álvarez]], hit his head. His mum [[PERSON|Carmen]] is on [[PHONE_NUMBER|+1 604-555-0172]].",
    "Can I pay the rest of the escape room party by bank transfer from [[IBAN_CODE|GB76 BARC 2031 5471 8293 64]]? It's under [[PERSON|Fergus McAllister]].",
    "The escape room booking app token for our integration is [[API_KEY|rg_tok_6fH2kP9xQ4wL8nZ1vB7cT3yM0sD5]] — is it OK to share with our developer, [[PERSON|Folasade Oyelaran]]?",
    "Rota change: Sunday opening is now [[PERSON|Wren]] and [[PERSON|Mbali]], closing is [[PERSON|Dariusz]]. Please update the staff app.",
    "League captains this season: lanes 1-4 [[PERSON|Haruto Yamamoto]], lanes 5-8 [[PERSON|Valentina Rossi-Greco]], lanes 9-12 [[PERSON|Obinna Chukwu]].",
    "Good afternoon, I'm writing for Mrs. [[PERSON|Eleanor Whitcombe]], who is 82 and would like to try the bowling ramp. Is the centre wheelchair accessible?",
    "Hey! It's [[PERSON|Mohan]] — could you add the VR escape add-on to our booking? My email is [[EMAIL_ADDRESS|mohan.pillai@fastpost.example]].",
    "Password for the CCTV recorder at the trampoline park is [[PASSWORD|Cam3raWatch#9]]. Mr. [[PERSON|Ogunleye]] needs the footage from 2pm Tuesday.",
    "Please tell [[PERSON|Anneliese]] and [[PERSON|Joaquín]] that their escape room voucher expires on 31 May.",
    "Could someone call [[PERSON|Beatriz Nascimento]] back? She rang about a lost wedding ring at lane 6. Number: [[PHONE_NUMBER|07700 900829]].",
    "Who do I ask about sponsoring the junior league? I run the bakery on Fenwick Road. [[PERSON|Giuseppe Conti]], [[EMAIL_ADDRESS|giuseppe@contibakes.example]]",
    "Team for the 7pm Prison Break: [[PERSON|Chiara]], [[PERSON|Dev]], [[PERSON|Ọlámídé]], [[PERSON|Sven]], [[PERSON|Thảo]]. We'll be 10 minutes late.",
    "Can you verify the new 2FA device for the admin account? The code on screen is [[PASSWORD|882 104]] and it expires in a minute.",
    "Hi, I'm [[PERSON|Aisha Bello]]'s mother. She has a party invitation for Saturday — can I add her brother [[PERSON|Musa]] too?",
    "Invoice details: Bright Sparks Nursery, attn. [[PERSON|Faith Oduya]], [[STREET_ADDRESS|22 Orchard Close, Bristol BS7 8HX]].",
    "We have a regular, Mr [[PERSON|Anatoly Bronstein]], asking if his senior discount carries over. His member ID is [[ID_NUMBER|KPA-007731]].",
    "Coach pickup list for the youth club: [[PERSON|Ella]], [[PERSON|Maddox]], [[PERSON|Xiu]], [[PERSON|Rania]], [[PERSON|Tevita]].",
    "Please change the contact email on our family account to [[EMAIL_ADDRESS|lim.weiming@homenet.example]]. Thanks, [[PERSON|Lim Wei Ming]]",
    "The lane 3 scoring screen shows someone else's name, [[PERSON|Deborah Fischbach]] — can you reset it for us?",
    "Our developer needs a new API key for the party-booking endpoint; the old one, [[API_KEY|pk_hop_R7d2Vn9Lc4Xq8Tb1Mz6Wk3Jf]], was revoked.",
    "Hello! [[PERSON|Joy]] here from the Saturday crew — can you add [[PERSON|Ebere]] and [[PERSON|Chukwuemeka]] to next week's rota?",
    "My husband [[PERSON|Raymond Achterberg]] booked a lane for us but used his old email. Can you move it to [[EMAIL_ADDRESS|ray.achterberg@inbox.example]]?",
    "Dear team, the Tuesday Mums Bowling group (run by [[PERSON|Pauline Agyeman]]) has 14 members this term. Could you hold lanes 1-4 every week? Thanks, [[PERSON|Kirsten]].",
    "Can you tell me if my card was charged twice? Name on the card is [[PERSON|Siddharth Menon]], the transaction was on 17 April.",
    "Costume notes for the escape room actors: [[PERSON|Jonah]] wears the guard outfit, [[PERSON|Florence]] the scientist coat. Both need washing by Friday.",
    "Lost property: a purple water bottle with a name sticker, left at the trampoline park. The mum is [[PERSON|Oksana Kovalenko]], [[PHONE_NUMBER|0491 570 362]].",
    "Safe code for the cash office is [[PASSWORD|19-44-07]] — [[PERSON|Warren]] asked me to put it in the handover notes.",
    "Our booking for the haunted asylum room was under Dr. [[PERSON|Miriam Adeyinka-Ross]] but she's away; can I, [[PERSON|Lucas Bergström]], take it over?",
    "Hi there, I'd like to reserve the VIP lane for my mum's 60th. Please put it under [[PERSON|Farida Haddad]], [[PHONE_NUMBER|+44 1632 960213]].",
    "Hello, I'm not sure who to contact. A girl called [[PERSON|Ivy]] left her glasses at the trampoline park on Sunday.",
    "Just so you know, [[PERSON|Crispin]] (front desk) gave the staff wifi password [[PASSWORD|Backroom#5521]] to a customer yesterday.",
    "Tell [[PERSON|Nomvula]] that the insurance forms from her school trip are ready to collect.",
    "Can we get a birthday shout-out on the big screen for [[PERSON|Kalani]] and her cousin [[PERSON|กมลชนก]] at 7:30?",
    "Hi, I'd like to book a trampoline fitness class for me and my friend [[PERSON|Ngaio]]. Her email is [[EMAIL_ADDRESS|ngaio.w@kiwimail.example]].",
    "Please confirm [[PERSON|Dong-hyun]], [[PERSON|Aigerim Nurlanovna]], [[PERSON|Sacha]] and [[PERSON|Bernadette]] for Friday's escape room at 6.",
    "Who is the manager on duty? I want to praise [[PERSON|Tiago]], who helped my son [[PERSON|Benjamin]] down from the climbing wall.",
    "Banking details for the refund: account holder [[PERSON|Yerlan Abenov]], IBAN [[IBAN_CODE|KZ10 948K ZT00 4127 3586]]. He returned the group's unused trampoline passes.",
    "My customer number with you is [[ID_NUMBER|CUST-771046]] and I'd like to know my loyalty points balance.",
    "Hi, [[PERSON|Patience Boateng-Asare]] here, I run the Saturday kids' club. Could you send the summer schedule to [[EMAIL_ADDRESS|patience.ba@clubmail.example]]?",
    "Reminder for the team: [[PERSON|Hiroshi]] closes Friday, [[PERSON|Parveen]] opens Saturday, and [[PERSON|Ezekiel]] does the deep clean on Sunday.",
    "Can you text a link to pay the remaining balance to my phone, [[PHONE_NUMBER|(212) 555-0193]]? Thanks, [[PERSON|Mirela Popescu]].",
]

# 100 one-person records; the comment gives the language.
RECORDS = [
    # 41 records with a national id
    "सदस्यता फ़ॉर्म — नाम: [[PERSON|राजेश कुमार वर्मा]], आधार: [[ID_NUMBER|5183 2947 0667]], ईमेल: [[EMAIL_ADDRESS|rajesh.verma@doodh.example]]",  # hi
    "Staff file: [[PERSON|Priya Raghunathan]], Aadhaar [[ID_NUMBER|3962 7104 8534]], mobile [[PHONE_NUMBER|07700 900155]], joined the Leicester bowling centre as shift lead.",  # en
    "Incident report, trampoline park first aid. Injured: [[PERSON|Callum Fraser-Reid]], NHS number [[ID_NUMBER|713 482 9057]], parent contact [[PHONE_NUMBER|07700 900690]].",  # en
    "Referral note: patient [[PERSON|Margaret Oyelowo]], NHS no. [[ID_NUMBER|529 016 3840]], hospital number [[ID_NUMBER|RVH-4418207]], sprained wrist at Kingpin Bowl.",  # en
    "Lidmaatschap bowlingvereniging: [[PERSON|Daan Verhoeven]], BSN [[ID_NUMBER|318529476]], IBAN [[IBAN_CODE|NL24 RABO 0318 2749 56]].",  # nl
    "Formularz zgody na skakanie: [[PERSON|Zofia Kamińska]], PESEL [[ID_NUMBER|92071438150]], tel. [[PHONE_NUMBER|+44 7700 900247]].",  # pl
    "Cadastro do cliente: [[PERSON|Thiago Albuquerque Santos]], CPF [[ID_NUMBER|613.847.209-87]], e-mail [[EMAIL_ADDRESS|thiago.asantos@correio.example]].",  # pt
    "Tax form for seasonal escape-room actor [[PERSON|Larissa Moura]]: CPF [[ID_NUMBER|275.930.481-79]], address [[STREET_ADDRESS|88 Harbour Street, Glasgow G2 4JR]].",  # en
    "Üye kaydı: [[PERSON|Mehmet Can Aydın]], T.C. kimlik no [[ID_NUMBER|38506291790]], e-posta [[EMAIL_ADDRESS|mcaydin@posta.example]].",  # tr
    "Ficha de empleado: [[PERSON|Alejandro Ruiz Benítez]], DNI [[ID_NUMBER|71846203E]], cuenta [[IBAN_CODE|ES77 0182 4471 6202 9538 1746]].",  # es
    "Reserva de cumpleaños a nombre de [[PERSON|Valeria Montoya]], NIE [[ID_NUMBER|Y4729165B]], móvil [[PHONE_NUMBER|+44 7700 900381]].",  # es
    "Jäsenhakemus, keilahalli: [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|120489-3175]], sähköposti [[EMAIL_ADDRESS|aino.korhonen@verkko.example]].",  # fi
    "Modulo di iscrizione alla lega di bowling: [[PERSON|Giulia Rossetti]], codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]], residente in [[STREET_ADDRESS|Via Nizza 47, 10125 Torino]].",  # it
    "会员登记：姓名 [[PERSON|陈晓雯]]，身份证号 [[ID_NUMBER|32058319870624471X]]，手机 [[PHONE_NUMBER|+44 7700 900512]]。",  # zh
    "Guest pass holder: [[PERSON|Zhou Haoran]], Chinese ID [[ID_NUMBER|440304199008172531]], email [[EMAIL_ADDRESS|haoran.zhou@silkroute.example]].",  # en
    "Corporate escape-room booking, Singapore office: coordinator [[PERSON|Nurul Huda binte Ismail]], NRIC [[ID_NUMBER|T0382914B]], email [[EMAIL_ADDRESS|nurul.ismail@lionport.example]].",  # en
    "회원 정보: 이름 [[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|020317-4281061]], 이메일 [[EMAIL_ADDRESS|seoyeon.kim@hanmail.example]]",  # ko
    "Waiver signed by [[PERSON|Park Ji-hoon]], resident registration number [[ID_NUMBER|890514-1672531]], for the Saturday dodgeball tournament.",  # en
    "Payroll record, Brisbane trampoline park: [[PERSON|Jarrah Whitfield]], TFN [[ID_NUMBER|813 629 159]], mobile [[PHONE_NUMBER|0491 570 224]].",  # en
    "Injury claim, Melbourne venue: [[PERSON|Chloe Nguyen]], Medicare [[ID_NUMBER|4281 93766 1]], phone [[PHONE_NUMBER|+61 491 570 637]].",  # en
    "会員登録 氏名: [[PERSON|高橋 健太]] マイナンバー: [[ID_NUMBER|5173 9240 8161]] メール: [[EMAIL_ADDRESS|k.takahashi@tokyo-mail.example]]",  # ja
    "Staff onboarding, Osaka partner venue: [[PERSON|Mori Sakura]], My Number [[ID_NUMBER|3048 6617 2950]], staff login [[ID_NUMBER|sakura.mori]].",  # en
    "Fiche employé : [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 91 07 75 118 046 30]], adresse [[STREET_ADDRESS|12 rue des Tanneurs, 69002 Lyon]].",  # fr
    "Exchange volunteer [[PERSON|Antoine Girard]], French social security number [[ID_NUMBER|1 84 11 69 387 212 76]], email [[EMAIL_ADDRESS|a.girard@lavoisier.example]].",  # en
    "Inscription au tournoi : [[PERSON|Lotte Peeters]], numéro national [[ID_NUMBER|87.06.14-275.10]], IBAN [[IBAN_CODE|BE49 0682 7194 5038]].",  # fr (Belgium)
    "Medlemskap i bowlingklubben: [[PERSON|Sindre Haugland]], fødselsnummer [[ID_NUMBER|15089247354]], e-post [[EMAIL_ADDRESS|sindre.h@fjordpost.example]].",  # no
    "Ficha de sócio: [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|258173041]], morada [[STREET_ADDRESS|Rua de Santa Catarina 210, 4000-442 Porto]].",  # pt
    "Fișă de angajare: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2970315406181]], telefon [[PHONE_NUMBER|+44 7700 900906]].",  # ro
    "Registro de jugador: [[PERSON|Catalina Fuentes Araya]], RUT [[ID_NUMBER|16.482.397-0]], correo [[EMAIL_ADDRESS|cata.fuentes@andes.example]].",  # es (Chile)
    "Liikmeankeet: [[PERSON|Kertu Tamm]], isikukood [[ID_NUMBER|49108232712]], e-post [[EMAIL_ADDRESS|kertu.tamm@postkast.example]].",  # et
    "Skráning í keilumót: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120397-3119]], netfang [[EMAIL_ADDRESS|gudrun.sig@hraun.example]].",  # is
    "Přihláška na trampolínový kemp: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|895318/4163]], telefon [[PHONE_NUMBER|+44 7700 900358]].",  # cs
    "Анкета працівника: [[PERSON|Олена Шевчук]], РНОКПП [[ID_NUMBER|3318472601]], ел. пошта [[EMAIL_ADDRESS|olena.shevchuk@poshta.example]].",  # uk
    "Personalbogen Bowlingcenter: [[PERSON|Jürgen Hoffmann]], Steuer-ID [[ID_NUMBER|47182903569]], IBAN [[IBAN_CODE|DE72 5007 0010 0938 4716 52]].",  # de
    "Auckland trampoline park incident: child [[PERSON|Manaia Tuhiwai]], NHI [[ID_NUMBER|ZRK4736]], family email [[EMAIL_ADDRESS|manaia.family@kiwihome.example]].",  # en
    "Medlemsansökan: [[PERSON|Viktor Lindström]], personnummer [[ID_NUMBER|880617-5397]], e-post [[EMAIL_ADDRESS|viktor.lindstrom@brevlada.example]].",  # sv
    "Toronto escape-room employee record: [[PERSON|Marc-André Tremblay]], SIN [[ID_NUMBER|614 287 035]], phone [[PHONE_NUMBER|(416) 555-0137]].",  # en
    "טופס הצטרפות: [[PERSON|יונתן לוי]], תעודת זהות [[ID_NUMBER|304187255]], טלפון [[PHONE_NUMBER|+44 7700 900463]]",  # he
    "Αίτηση μέλους: [[PERSON|Νικόλαος Γεωργίου]], ΑΜΚΑ [[ID_NUMBER|15078612346]], email [[EMAIL_ADDRESS|n.georgiou@tachydromeio.example]].",  # el
    "Cape Town partner venue, staff record: [[PERSON|Sipho Ndlovu]], ID number [[ID_NUMBER|9104235318087]], email [[EMAIL_ADDRESS|sipho.ndlovu@capemail.example]].",  # en
    "Dublin bowling league registration: [[PERSON|Aoife Gallagher]], PPS number [[ID_NUMBER|5093417MA]], email [[EMAIL_ADDRESS|aoife.gallagher@eirpost.example]].",  # en
    # 59 records without a national id
    "Membership renewal: [[PERSON|Harold Pemberton]], member no. [[ID_NUMBER|KB-204719]], card [[CREDIT_CARD|4539 8170 2264 9189]], exp 09/27.",  # en
    "Party booking contact: [[PERSON|Yolanda Mthembu]], [[PHONE_NUMBER|07700 900117]], [[EMAIL_ADDRESS|yolanda.mthembu@brightmail.example]].",  # en
    "Refund request form — Name: [[PERSON|Desmond Achebe]] / Account: [[ID_NUMBER|CUST-338105]] / IBAN: [[IBAN_CODE|GB61 MIDL 4015 7392 8461 70]]",  # en
    "US visitor waiver: [[PERSON|Brittany Kowalski]], SSN [[US_SSN|412-68-3097]], address [[STREET_ADDRESS|1420 Maple Avenue, Dayton, OH 45409]].",  # en
    "Bowling league treasurer: [[PERSON|Frank Delgado]], [[PHONE_NUMBER|(312) 555-0126]], payouts to card [[CREDIT_CARD|5392 0418 7765 2031]].",  # en
    "Formulario de incidencia: [[PERSON|María José Castaño]], pasaporte [[ID_NUMBER|PAE482917]], teléfono [[PHONE_NUMBER|+44 7700 900724]].",  # es
    "Kundendaten: [[PERSON|Lena Schäfer]], [[STREET_ADDRESS|Bergstraße 14, 50739 Köln]], Kundennummer [[ID_NUMBER|TP-DE-58172]].",  # de
    "Réservation anniversaire : [[PERSON|Nathalie Bouchard]], [[EMAIL_ADDRESS|nath.bouchard@courriel.example]], [[PHONE_NUMBER|(514) 555-0163]].",  # fr (Canada)
    "Tesserato: [[PERSON|Francesco Esposito]], carta [[CREDIT_CARD|4929 6604 1873 3524]], IBAN [[IBAN_CODE|IT68 X030 6911 8840 0007 3921 546]].",  # it
    "Zgłoszenie szkody: [[PERSON|Krzysztof Mazur]], nr klienta [[ID_NUMBER|KL-0092741]], rachunek [[IBAN_CODE|PL54 1090 1854 0000 0001 3958 2746]].",  # pl
    "Карточка гостя: [[PERSON|Екатерина Волкова]], телефон [[PHONE_NUMBER|+44 7700 900586]], почта [[EMAIL_ADDRESS|e.volkova@pochta.example]].",  # ru
    "استمارة حجز: [[PERSON|ليلى الحسيني]]، الهاتف [[PHONE_NUMBER|+44 7700 900649]]، البريد [[EMAIL_ADDRESS|layla.h@barid.example]]",  # ar
    "ใบสมัครสมาชิก: [[PERSON|ปริญญา ศรีสุข]] โทร [[PHONE_NUMBER|+61 491 570 215]] อีเมล [[EMAIL_ADDRESS|parinya.s@thaimail.example]]",  # th
    "Phiếu đăng ký tiệc sinh nhật: [[PERSON|Nguyễn Thị Lan Anh]], số điện thoại [[PHONE_NUMBER|0491 570 842]], email [[EMAIL_ADDRESS|lananh.nguyen@thu.example]].",  # vi
    "On-site first aid record: [[PERSON|Dorothy Kwarteng]], patient no. [[ID_NUMBER|PT-0048816]], allergy: latex, next of kin phone [[PHONE_NUMBER|01632 960771]].",  # en
    "Staff directory: [[PERSON|Kieran Molloy]], employee no. [[ID_NUMBER|E-44710]], username [[ID_NUMBER|kmolloy_lanes]], email [[EMAIL_ADDRESS|kieran.molloy@kingpinstaff.example]].",  # en
    "Licence on file for the minibus driver: [[PERSON|Rhys Pritchard]], licence [[ID_NUMBER|PRITC805124RJ9AB]], address [[STREET_ADDRESS|7 Heol y Nant, Cardiff CF14 6PQ]].",  # en
    "Gift voucher purchaser: [[PERSON|Imogen Sato-Clarke]], card [[CREDIT_CARD|3782 946513 07186]], billing [[STREET_ADDRESS|31 Wellington Terrace, Bath BA1 5LN]].",  # en
    "Guest wifi log: user [[PERSON|Tobias Engel]], device IP [[IP_ADDRESS|198.51.100.77]], account [[ID_NUMBER|TE-30219]].",  # en
    "예약자: [[PERSON|박민지]], 휴대폰 [[PHONE_NUMBER|+61 491 570 903]], 회원번호 [[ID_NUMBER|KR-M-20581]]",  # ko
    "予約者 [[PERSON|山本 陽菜]] 様、電話 [[PHONE_NUMBER|07700 900195]]、メール [[EMAIL_ADDRESS|hina.yamamoto@sakura.example]]",  # ja
    "退款申请 持卡人：[[PERSON|刘建国]] 卡号：[[CREDIT_CARD|6011 5093 2847 1168]] 电话：[[PHONE_NUMBER|+44 7700 900277]]",  # zh
    "पार्टी बुकिंग: [[PERSON|सुनीता यादव]], फ़ोन [[PHONE_NUMBER|+44 7700 900368]], पता [[STREET_ADDRESS|23 Belgrave Road, Leicester LE4 6AR]]",  # hi
    "সদস্য ফর্ম: [[PERSON|রাকিব হাসান]], ইমেইল [[EMAIL_ADDRESS|rakib.hasan@dakghor.example]], সদস্য নম্বর [[ID_NUMBER|BD-77302]]",  # bn
    "Fomu ya uanachama: [[PERSON|Wanjiru Kamau]], simu [[PHONE_NUMBER|+44 7700 900419]], barua pepe [[EMAIL_ADDRESS|wanjiru.kamau@barua.example]].",  # sw
    "Fọọmu ìforúkọsílẹ̀: [[PERSON|Adéwálé Ògúnṣọlá]], fóònù [[PHONE_NUMBER|+44 7700 900536]]",  # yo
    "Bokning av bowlingbana: [[PERSON|Astrid Berglund]], kortnummer [[CREDIT_CARD|4024 0071 9386 4450]], e-post [[EMAIL_ADDRESS|astrid.berglund@post.example]]",  # sv
    "Laskutustiedot: [[PERSON|Mikko Virtanen]], tilinumero [[IBAN_CODE|FI94 4006 1100 8273 94]], asiakasnumero [[ID_NUMBER|AS-640218]].",  # fi
    "Anmeldung Escape-Room-Teamevent: [[PERSON|Katharina Gruber]], [[STREET_ADDRESS|Mariahilfer Straße 88, 1070 Wien]], Konto [[IBAN_CODE|AT94 2011 1829 4037 6152]].",  # de (Austria)
    "Lane hire invoice to [[PERSON|Seán Ó Briain]], IBAN [[IBAN_CODE|IE25 BOFI 9000 1746 3829 15]], [[STREET_ADDRESS|4 Dock Road, Galway H91 X2Y7]].",  # en
    "Refund due to [[PERSON|Freja Holm]], IBAN [[IBAN_CODE|SE82 6000 0000 0003 9182 7461]], email [[EMAIL_ADDRESS|freja.holm@nordpost.example]].",  # en
    "Premieutbetaling: [[PERSON|Eirik Solberg]], konto [[IBAN_CODE|NO15 9710 0583 726]], e-post [[EMAIL_ADDRESS|eirik.solberg@fjell.example]].",  # no
    "Anmeldung Kindergeburtstag, Rechnung an [[PERSON|Seraina Brunner]], [[STREET_ADDRESS|Kramgasse 19, 3011 Bern]], IBAN [[IBAN_CODE|CH47 0076 8014 2773 9150 26]].",  # de (Switzerland)
    "Reembolso: [[PERSON|Rui Figueiredo]], IBAN [[IBAN_CODE|PT38 0035 0718 0002 9471 6385 2]], email [[EMAIL_ADDRESS|rui.figueiredo@correio-pt.example]].",  # pt
    "Virement de la caution : [[PERSON|Maëlle Le Goff]], IBAN [[IBAN_CODE|FR36 3000 4028 1749 3027 5816 427]].",  # fr
    "Season pass: [[PERSON|Oluwaseun Adeleke]], pass no. [[ID_NUMBER|SP-2025-08813]], phone [[PHONE_NUMBER|07700 900652]], card [[CREDIT_CARD|2223 0471 5598 3164]].",  # en
    "Escape room franchise staff: [[PERSON|Dana Whitaker]], username [[ID_NUMBER|dwhitaker]], password reset email [[EMAIL_ADDRESS|dana.w@lockjaw.example]].",  # en
    "Customer: [[PERSON|Rasmus Kjær]] / Phone: [[PHONE_NUMBER|+44 1632 960118]] / Address: [[STREET_ADDRESS|5 Quayside Walk, Newcastle NE1 3DX]]",  # en
    "Accident book entry: [[PERSON|Evangeline Hart]], age 34, address [[STREET_ADDRESS|19 Rowan Crescent, Norwich NR3 2QT]], phone [[PHONE_NUMBER|01632 960582]].",  # en
    "Loyalty account [[ID_NUMBER|TB-119284]] belongs to [[PERSON|Marcus Oyelowo-Grant]], email [[EMAIL_ADDRESS|marcus.og@strikeplus.example]].",  # en
    "Birthday club sign-up: [[PERSON|Kiri Walker]] (born 02/03/2016), guardian phone [[PHONE_NUMBER|0491 570 774]], email [[EMAIL_ADDRESS|walkerfamily@tui.example]].",  # en
    "Passport check for the overseas team: [[PERSON|Tariq Siddiqui]], passport [[ID_NUMBER|533917284]], nationality British.",  # en
    "Direct debit mandate: [[PERSON|Helen Abernethy]], bank account no. [[ID_NUMBER|31926745]], member [[ID_NUMBER|BWL-55091]].",  # en
    "Card on file for [[PERSON|Víctor Manuel Ochoa]]: [[CREDIT_CARD|5168 7702 3491 0847]], billing ZIP 78704, phone [[PHONE_NUMBER|(512) 555-0119]].",  # en
    "Seasonal hire [[PERSON|Tamika Rollins]], SSN [[US_SSN|529-41-7730]], direct deposit email [[EMAIL_ADDRESS|tamika.rollins@paymail.example]].",  # en
    "Student discount verified: [[PERSON|Chioma Eze]], student no. [[ID_NUMBER|S2291047]], university email [[EMAIL_ADDRESS|c.eze@student.uni.example]].",  # en
    "Employee file: [[PERSON|Graham Tuilagi]], employee no. [[ID_NUMBER|EMP-08815]], home address [[STREET_ADDRESS|63 Peel Street, Wellington 6021]].",  # en
    "Complaint logged from [[PERSON|Ophelia Mwangi]], [[STREET_ADDRESS|33 Canal Street, Manchester M1 3HE]], tel. [[PHONE_NUMBER|07700 900925]].",  # en
    "Party host contact card: [[PERSON|Bongani Zulu]], [[EMAIL_ADDRESS|bongani.zulu@partyhost.example]], [[PHONE_NUMBER|+44 7700 900874]].",  # en
    "Remote access for the venue manager [[PERSON|Ruby Castellanos]]: VPN login [[ID_NUMBER|rcastellanos]], home IP [[IP_ADDRESS|203.0.113.58]].",  # en
    "Insurance: policy holder [[PERSON|Leonard Fairbanks]], policy no. [[ID_NUMBER|POL-7741925]], phone [[PHONE_NUMBER|(617) 555-0108]].",  # en
    "Data pelanggan: [[PERSON|Putri Wulandari]], nomor anggota [[ID_NUMBER|ID-PK-90412]], surel [[EMAIL_ADDRESS|putri.wulandari@surat.example]].",  # id
    "Impormasyon ng kustomer: [[PERSON|Maricel Dela Cruz]], telepono [[PHONE_NUMBER|+61 491 570 508]], email [[EMAIL_ADDRESS|maricel.dc@koreo.example]].",  # tl
    "Tagsági űrlap: [[PERSON|Szabó Réka]], telefon [[PHONE_NUMBER|+44 7700 900147]], lakcím [[STREET_ADDRESS|Király utca 36, 1061 Budapest]].",  # hu
    "Medlemsoplysninger: [[PERSON|Mette Kristensen]], medlemsnummer [[ID_NUMBER|DK-BOWL-3381]], e-mail [[EMAIL_ADDRESS|mette.k@postboks.example]].",  # da
    "فرم عضویت: [[PERSON|مریم رضایی]]، ایمیل [[EMAIL_ADDRESS|maryam.rezaei@nameh.example]]، تلفن [[PHONE_NUMBER|+44 7700 900293]]",  # fa
    "Пријава за турнир: [[PERSON|Милош Јовановић]], телефон [[PHONE_NUMBER|+44 7700 900684]], имејл [[EMAIL_ADDRESS|milos.j@posta.example]].",  # sr
    "Gift card purchase: [[PERSON|Ananya Krishnan]], card [[CREDIT_CARD|4485 3920 1176 0540]], username [[ID_NUMBER|ananya_k22]].",  # en
    "Member: [[PERSON|Gwendolyn Price-Ashby]], [[STREET_ADDRESS|12 Larch Avenue, Swindon SN2 7TF]], member no. [[ID_NUMBER|KPB-66170]], mobile [[PHONE_NUMBER|07700 900558]].",  # en
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive email to a city council arguing for a new public bowling alley in a neglected downtown district. Keep it under 200 words.",
    "Imagine you are Sherlock Holmes designing an escape room. Describe the three puzzles you would include and how a player might solve each.",
    "Explain the physics of why a bowling ball hooks on an oiled lane, as if teaching a curious twelve-year-old.",
    "Draft a two-paragraph product description for a foldable backyard trampoline aimed at safety-conscious parents.",
    "Write a Python function that takes the rolls of a ten-pin bowling game, including strikes and spares, and returns the total score.",
    "Compare the business models of escape rooms and trampoline parks. Which is more resilient in a recession, and why?",
    "Role-play as Hermione Granger giving advice to a team that is stuck in a library-themed escape room.",
    "Summarize the main arguments for and against daylight saving time in a short table.",
    "What are the most effective strategies for staying focused while working from home? Give five concrete tips.",
    "Write a limerick about a bowling pin that refuses to fall.",
    "Extract all the dates and amounts from the following text and return them as JSON: 'The venue opened on 4 March 2019 with a budget of $1.2 million; a second site followed on 17 August 2021 at a cost of $850,000.'",
    "How would Leonardo da Vinci have approached designing a modern theme park ride? Answer in his imagined voice.",
    "Describe the plot of a short mystery story set in an abandoned bowling alley, in exactly five sentences.",
    "Please rewrite this sentence to sound more formal: 'Hey, the jump park's gonna be shut Monday cos the nets are getting fixed.'",
    "Give me a step-by-step plan to learn basic Spanish in three months with 30 minutes of practice a day.",
    "What is the difference between an SQL inner join and a left join? Include a small example with two tables.",
    "Write three haiku about the moment before the last lock of an escape room clicks open.",
    "Act as a customer-service trainer and list five phrases staff should avoid when a guest is upset about a cancelled booking.",
    "Who would win a 100-metre race, Usain Bolt or a cheetah? Explain with approximate top speeds.",
    "Critique this slogan for a trampoline park and suggest three better ones: 'Jump Around, Fall Down, Have Fun.'",
    "Explain how Marie Curie's discoveries changed medicine, in about 150 words for a school newsletter.",
    "Write a JavaScript snippet that starts a 60-minute countdown timer and shows the minutes and seconds on a web page.",
    "What ethical questions arise when leisure venues use facial recognition for ticketing? Discuss briefly.",
    "Suppose Captain Nemo opened an underwater escape room. Write the welcome speech he would give the players.",
    "List the pros and cons of nuclear power in a balanced way, then give your overall assessment in one sentence.",
]

# 25 GSM8K-style word problems with story first names.
CLEAN_GSM8K = [
    "A bowling alley charges $4 per game and $3 for shoe rental. Maya bowls 3 games and rents shoes once. How much does she spend?",
    "An escape room has 5 locks. The team takes an average of 7 minutes per lock and spends 12 more minutes searching for clues. How many minutes do they take in total?",
    "A trampoline park sells 60-minute passes for $15 and 90-minute passes for $20. On Saturday it sold 48 of the shorter passes and 32 of the longer ones. How much money did it take in?",
    "Liam scored 132, 118 and 145 in three games of bowling. What was his average score?",
    "A party package covers 10 children for $180. Each extra child costs $16. How much does a party for 14 children cost?",
    "Sofia's team escaped with 9 minutes left out of 60. Her brother's team took 8 minutes longer than Sofia's team. How many minutes did her brother's team take?",
    "A bowling centre has 24 lanes. On Tuesday evening, 3/4 of the lanes were booked. How many lanes were free?",
    "Omar buys 4 pairs of grip socks at $3.50 each and pays with a $20 bill. How much change does he get?",
    "A trampoline park had 1,200 visitors in March. In April the number of visitors rose by 15%. How many visitors came in April?",
    "Each game master can run 4 escape room sessions a day. The venue runs 22 sessions a day. How many game masters does it need at least?",
    "Priya has 3 times as many bowling trophies as Ben. Together they have 28. How many trophies does Priya have?",
    "A lane costs $30 per hour. Five friends rent it for 2.5 hours and split the cost equally. How much does each friend pay?",
    "A clue in an escape room says the code is the sum of the first five odd numbers multiplied by 3. What is the code?",
    "Jake jumps 14 times a minute on a trampoline. How many jumps does he make in a 45-minute session if he rests for 5 of those minutes?",
    "A snack bar sells hot dogs for $4 and sodas for $2. Nora's group bought 7 hot dogs and 9 sodas. How much did they pay?",
    "A bowling ball weighs 14 pounds and a pin weighs 3.5 pounds. How many pins together weigh the same as two bowling balls?",
    "An escape room company has 3 rooms, each booked 5 times a day, 6 days a week. Each booking brings in $120. What is its weekly revenue?",
    "Ella saved $8 a week for 9 weeks to buy a trampoline park annual pass that costs $95. How much more money does she need?",
    "A league season lasts 32 weeks and each team bowls 3 games a week. How many games does one team bowl in a season?",
    "Tom scored 85 points. Lucy scored twice as many as Tom, and Marcus scored 20 fewer than Lucy. How many points did Marcus score?",
    "A trampoline park opens at 9:30 a.m. and closes at 8:00 p.m. For how many hours is it open each day?",
    "Escape room tickets cost $28 each, with a 10% discount for groups of six or more. How much does a group of 6 pay in total?",
    "A rack holds 18 pairs of bowling shoes on each of its 7 shelves. If 47 pairs are rented out, how many pairs remain on the rack?",
    "Hannah reads a clue every 4 minutes and Zoe every 6 minutes. They start together. After how many minutes will they next read a clue at the same time?",
    "A foam pit needs 2,400 foam cubes and a box holds 150 cubes. The park already has 6 boxes. How many more boxes must it buy?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which of the following is the SI unit of force? A. Joule B. Newton C. Watt D. Pascal",
    "A price floor set above the equilibrium price usually leads to: A. a shortage B. a surplus C. no change in quantity D. lower prices",
    "Which organelle is primarily responsible for ATP production in eukaryotic cells? A. Ribosome B. Golgi apparatus C. Mitochondrion D. Lysosome",
    "The Peace of Westphalia (1648) is most closely associated with: A. the end of the Thirty Years' War B. the unification of Italy C. the start of the French Revolution D. the founding of the United Nations",
    "What is the derivative of x·sin(x)? A. cos(x) B. sin(x) + x·cos(x) C. x·cos(x) D. sin(x) − x·cos(x)",
    "According to Kant, an action has moral worth when it is done: A. from inclination B. from duty C. for the greatest happiness D. in accordance with custom",
    "A ball is dropped from rest. Ignoring air resistance, how far does it fall in 3 seconds (g = 9.8 m/s²)? A. 29.4 m B. 44.1 m C. 14.7 m D. 88.2 m",
    "Which sorting algorithm has the best worst-case time complexity? A. Quicksort B. Bubble sort C. Merge sort D. Insertion sort",
    "The doctrine of stare decisis means that courts should: A. follow precedent B. defer to the legislature C. avoid political questions D. apply strict liability",
    "Which psychologist is best known for the hierarchy of needs? A. B. F. Skinner B. Abraham Maslow C. Jean Piaget D. Carl Rogers",
    "What is the pH of a 0.01 M solution of hydrochloric acid? A. 1 B. 2 C. 7 D. 12",
    "Which river flows through Budapest? A. Rhine B. Danube C. Vistula D. Elbe",
    "If events A and B are independent with P(A) = 0.3 and P(B) = 0.5, what is P(A and B)? A. 0.8 B. 0.15 C. 0.2 D. 0.65",
    "A firm that sets a high price for a new product and lowers it over time is using: A. penetration pricing B. price skimming C. cost-plus pricing D. bundle pricing",
    "Which planet has the shortest orbital period around the Sun? A. Venus B. Mercury C. Mars D. Earth",
    "Which vitamin does the skin synthesize after exposure to sunlight? A. Vitamin A B. Vitamin C C. Vitamin D D. Vitamin K",
    "The Five Pillars are central practices of which religion? A. Buddhism B. Islam C. Hinduism D. Sikhism",
    "Depreciation in accounting is best described as: A. a cash outflow B. the allocation of an asset's cost over its useful life C. a rise in market value D. a tax credit",
    "Which of the following is a symmetric encryption algorithm? A. RSA B. AES C. ECDSA D. Diffie-Hellman",
    "The process by which individuals learn the norms of their society is called: A. stratification B. socialization C. urbanization D. anomie",
    "What is the order of the element 3 in the group Z_12 under addition? A. 3 B. 4 C. 6 D. 12",
    "Which is the longest bone in the human body? A. Tibia B. Humerus C. Femur D. Fibula",
    "The Louisiana Purchase was made during the presidency of: A. George Washington B. Thomas Jefferson C. James Madison D. John Adams",
    "A bowling ball of mass 6 kg moving at 5 m/s has a momentum of: A. 11 kg·m/s B. 30 kg·m/s C. 1.2 kg·m/s D. 75 kg·m/s",
    "Which statement is logically equivalent to 'If it rains, the lanes close'? A. If the lanes close, it rains B. If it does not rain, the lanes stay open C. If the lanes stay open, it does not rain D. It rains and the lanes stay open",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What should I do first if I twist my ankle on a trampoline, ice or heat?",
    "How long should you wait after a concussion before playing sports again?",
    "Is it safe to jump on a trampoline during pregnancy?",
    "What are the signs of a broken wrist as opposed to a sprain?",
    "Can bowling make lower back pain worse, and are there stretches that help?",
    "Can the dust in an indoor foam pit trigger asthma in children?",
    "How do I treat a friction burn from sliding on a bowling lane?",
    "What are the symptoms of claustrophobia, and is an escape room a bad idea if I get panic attacks?",
    "How much water should a child drink during an hour of intense jumping?",
    "Is it normal to feel dizzy after a lot of bouncing, and when should it worry me?",
    "What first-aid items should a party host keep on hand for a group of ten-year-olds?",
    "Can trampoline exercise help bone density in older adults?",
    "What is the RICE method for soft-tissue injuries, and is it still recommended?",
    "How can I tell whether a headache after a fall needs an emergency visit?",
    "Is it risky to bowl a few weeks after a shoulder dislocation?",
    "What causes shin splints, and can rebounding make them worse?",
    "Is it okay to exercise while taking antibiotics?",
    "What are the early signs of heat exhaustion in a crowded indoor venue?",
    "How can you tell whether a finger is jammed or fractured after catching a dodgeball?",
    "Does a nut allergy reaction always start within minutes, or can it be delayed?",
    "How long after a hip replacement is it usually safe to start bowling again?",
    "What helps reduce motion sickness in virtual reality games?",
    "Can the flashing lights of glow bowling trigger seizures in photosensitive epilepsy?",
    "How should a hyperextended knee be cared for at home in the first few days?",
    "What is a safe heart rate range for a 50-year-old during a trampoline fitness class?",
]

# Every national id of the records and the check its kind uses.
NATIONAL_IDS = {
    "5183 2947 0667": aadhaar_ok,  # Indian Aadhaar
    "3962 7104 8534": aadhaar_ok,
    "713 482 9057": nhs_ok,  # NHS number
    "529 016 3840": nhs_ok,
    "318529476": bsn_ok,  # Dutch BSN
    "92071438150": pesel_ok,  # Polish PESEL
    "613.847.209-87": cpf_ok,  # Brazilian CPF
    "275.930.481-79": cpf_ok,
    "38506291790": kimlik_ok,  # Turkish kimlik
    "71846203E": dni_ok,  # Spanish DNI
    "Y4729165B": dni_ok,  # Spanish NIE
    "120489-3175": hetu_ok,  # Finnish henkilötunnus
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "32058319870624471X": china_id_ok,  # Chinese resident identity number
    "440304199008172531": china_id_ok,
    "T0382914B": nric_ok,  # Singapore NRIC
    "020317-4281061": rrn_ok,  # Korean resident registration number
    "890514-1672531": rrn_ok,
    "813 629 159": tfn_ok,  # Australian tax file number
    "4281 93766 1": medicare_ok,  # Australian Medicare card
    "5173 9240 8161": my_number_ok,  # Japanese My Number
    "3048 6617 2950": my_number_ok,
    "2 91 07 75 118 046 30": nir_ok,  # French NIR
    "1 84 11 69 387 212 76": nir_ok,
    "87.06.14-275.10": belgian_id_ok,  # Belgian national number
    "15089247354": fodselsnummer_ok,  # Norwegian fødselsnummer
    "258173041": nif_ok,  # Portuguese NIF
    "2970315406181": cnp_ok,  # Romanian CNP
    "16.482.397-0": rut_ok,  # Chilean RUT
    "49108232712": isikukood_ok,  # Estonian isikukood
    "120397-3119": kennitala_ok,  # Icelandic kennitala
    "895318/4163": rodne_cislo_ok,  # Czech rodné číslo
    "3318472601": rnokpp_ok,  # Ukrainian RNOKPP
    "47182903569": steuer_id_ok,  # German tax id
    "ZRK4736": nhi_ok,  # New Zealand NHI
    "880617-5397": luhn_len(10),  # Swedish personnummer
    "614 287 035": luhn_len(9),  # Canadian SIN
    "304187255": luhn_len(9),  # Israeli teudat zehut
    "15078612346": luhn_len(11),  # Greek AMKA
    "9104235318087": luhn_len(13),  # South African id
    "5093417MA": pps_ok,  # Irish PPS number
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def kinds(marked: str) -> set[str]:
    return {s["type"] for s in marked_spans(marked)}


def check_mix() -> None:
    """The chat requests name people and hold the asked number of secrets and API keys;
    the records hold the asked number of national ids; every card and IBAN is valid."""
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum(bool(kinds(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    keys = sum("API_KEY" in kinds(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")
    if any("PERSON" not in kinds(t) for t in RECORDS):
        raise SystemExit("records: a record names no one")
    for t in CHAT + RECORDS:
        for s in marked_spans(t):
            if s["type"] == "CREDIT_CARD" and not luhn_ok(s["value"]):
                raise SystemExit(f"bad card {s['value']!r}")
            if s["type"] == "IBAN_CODE" and not iban_ok(s["value"]):
                raise SystemExit(f"bad IBAN {s['value']!r}")


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
        "blind188", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
