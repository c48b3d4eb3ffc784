# ruff: noqa: E501
"""A hundred-and-seventy-ninth blind privacy set: 220 texts with personal data and 100 clean
ones, on ride-hailing drivers, car-share clubs and taxi firms.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); everything is invented:

* 120 chat requests (3 to about 100 words) a ride-hailing, car-share or taxi company's chatbot
  would get: the first 30 typed all in lower case, then 6 in other languages (Spanish,
  German, French, Polish, Turkish, Hindi), then 84 in English. Most name a private person,
  with names of many origins and scripts (Latin with diacritics, Yoruba, Cyrillic, Greek,
  Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean), some of them
  ordinary words (Hope, Rose, Bill, Grace, Summer, Pearl, Patience, Honor ...), many with
  no cue word (rotas, cost splits, sign-offs, lists, appositives, "tell X that ...").
  Twenty-one hold a secret: door, gate, key-box and alarm codes, PINs, a wifi key,
  passwords, 2FA codes and three API keys or tokens;
* 100 one-person records (one sentence or a short form each) in English and 31 other
  languages, 41 with a check-digit-valid national id, with phones, e-mails, addresses,
  cards, IBANs, SSNs, an IP and account, member, customer, employee, student and patient
  numbers, usernames, passports and driving licences.

Usernames, logins, account, customer, member, patient, policy, employee and student numbers,
passports, licences and national ids are ID_NUMBER; PINs, door, gate, key-box and alarm
codes, wifi keys, passwords and 2FA codes PASSWORD; titles (Mr, Mrs, Ms, Dr) stay outside
PERSON spans; an address span runs from the first street line through the postcode and city
as typed; dates of birth, order, invoice, booking and ticket numbers, public figures,
companies and fictional characters are not labelled; every occurrence of a private value is
marked. The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (public
figures and fictional characters only), 25 GSM8K-style word problems with story characters'
first names, 25 MMLU-style items with options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction (UK 07700 900, 01632 960, 020 7946 0; North America 555-01xx; Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from documentation
ranges; national ids with valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind179.py`` from the repository root; the output is
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
    rodne_cislo_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, is_lower

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Sr|Sra)\.?\s", re.IGNORECASE)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
NATIONAL_ID_RECORDS = 41
SECRET_CHATS = (18, 22)
API_KEY_CHATS = (2, 3)
NAMED_CHATS = 90

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "can you cancel the ride my mum [[PERSON|ngozi okafor]] booked for tomorrow 7am, she's in hospital now",
    "i found a phone in the back of cab 214, the lock screen says it belongs to [[PERSON|tomasz wiśniewski]]. where do i hand it in",
    "rota for the club cars this week: mon [[PERSON|hope]], tue [[PERSON|dmitri]], wed [[PERSON|aisha]], thu [[PERSON|bill]], fri me. can you check nobody double-booked the yaris",
    "the lockbox for the shared van at the church car park is [[PASSWORD|4817]], can you add that to the booking notes for [[PERSON|grace mbeki]]",
    "hi my driver today was [[PERSON|khalid al-rashidi]] and he was brilliant, helped fold my wheelchair into the boot. please pass on thanks",
    "please update my emergency contact to my brother [[PERSON|sipho dlamini]] on [[PHONE_NUMBER|07700 900418]]",
    "split for the airport taxi: [[PERSON|léa fontaine]] £14, [[PERSON|jun park]] £14, [[PERSON|summer o'neill]] £14, i paid the tip",
    "wifi in the taxi office is down again. the router key on the sticker is [[PASSWORD|tangerine-okapi-58]], why won't the drivers' tablets connect",
    "tell [[PERSON|rajesh]] that his shift on saturday is swapped with [[PERSON|oksana]], he starts at 6 not 4",
    "who do i complain to? the car-share i booked smelled of smoke and the app says the previous member was [[PERSON|dev malhotra]]",
    "my account got locked after three tries, the 2fa code it texted me was [[PASSWORD|508213]] but it says expired",
    "can u resend the receipt for the trip from the station to [[STREET_ADDRESS|14 larch grove, leeds ls6 2hq]] to [[EMAIL_ADDRESS|p.nakamura88@example.com]]",
    "driver name was [[PERSON|chidi]], silver prius, he took a weird route and charged double. refund please",
    "set up a standing booking every tuesday for my dad [[PERSON|henryk kowalczyk]], pickup at [[STREET_ADDRESS|7 mill lane, ashby de la zouch le65 1ab]], dialysis at 9",
    "the treasurer, [[PERSON|fatima zahra benali]], wants the club fuel receipts by friday. can you export them as a csv",
    "hi its [[PERSON|marek]] from the night shift, my driver app pin is [[PASSWORD|7290]] and it keeps saying wrong pin",
    "add [[PERSON|rose]] and [[PERSON|kwame asante]] as named drivers on our club membership [[ID_NUMBER|csc-448192]]",
    "reminder for [[PERSON|ingrid solberg]]: car 12 goes for its mot monday so her booking moves to car 9",
    "is it ok if my daughter [[PERSON|amara]] rides alone? shes 15. the account is under my name, [[PERSON|joseph nwosu]]",
    "lost property: black umbrella and a blue scarf left in the taxi by [[PERSON|elena petrova]] on the 3rd, call her on [[PHONE_NUMBER|07700 900731]]",
    "my username is [[ID_NUMBER|kofi_drives_23]] and i cant see my earnings for last week",
    "gate code at the depot changed to [[PASSWORD|2580#]], pass it to [[PERSON|ahmed]] and [[PERSON|wiktoria]] before tonight",
    "can i get a wheelchair accessible cab to [[STREET_ADDRESS|flat 3, 22 queen street, cardiff cf10 2bu]] for [[PERSON|megan hughes]] at 2pm",
    "how much does it cost to add a second driver? my partner [[PERSON|yusuf demir]] wants to use the club cars too",
    "payment failed on card [[CREDIT_CARD|4916 3827 0451 6720]], can you retry it. name on it is [[PERSON|olivia brennan]]",
    "whoever had the corsa before me (app says [[PERSON|nikos]]) left the tank nearly empty, do i get a fuel credit",
    "can you forward a thank you to [[PERSON|mateus]], the driver who got me home from a&e last night",
    "please change the alarm code on the key safe at the office to [[PASSWORD|9043]], the old one leaked",
    "my nephew [[PERSON|arjun]] booked rides on my account without asking, can i block his phone [[PHONE_NUMBER|07700 900562]]",
    "hey is [[PERSON|bilal qureshi]] still suspended or can he book again",
    # --- other languages (6): Spanish, German, French, Polish, Turkish, Hindi ---
    "Hola, ayer mi hija [[PERSON|Lucía Fernández Ortega]] se dejó la mochila en un taxi vuestro que cogió desde la estación. ¿Podéis llamarla al [[PHONE_NUMBER|+44 7700 900283]]? Está de intercambio en Londres.",
    "Bitte tragen Sie für nächste Woche folgende Fahrer ein: Montag [[PERSON|Jürgen Baumann]], Mittwoch [[PERSON|Özlem Yıldız]], Freitag [[PERSON|Sören Lindqvist]]. Der Schlüsselkasten am Depot hat jetzt den Code [[PASSWORD|3691]].",
    "Bonjour, je suis membre du club d'autopartage depuis mars et ma facture d'avril a été envoyée à mon ancienne adresse. Merci de l'envoyer plutôt à [[EMAIL_ADDRESS|eloise.marchand@example.org]]. Bien cordialement, [[PERSON|Éloïse Marchand]]",
    "Dzień dobry, kierowca [[PERSON|Paweł Zieliński]] odwiózł dziś moją babcię na dworzec i bardzo jej pomógł z walizką. Proszę przekazać mu podziękowania od całej rodziny.",
    "Merhaba, dün gece taksinizde cüzdanımı unuttum. Şoförün adı [[PERSON|Mehmet Kaya]] idi sanırım. Bana [[PHONE_NUMBER|07700 900947]] numarasından ulaşabilir misiniz?",
    "नमस्ते, मेरे पिता [[PERSON|रमेश चंद्र शर्मा]] के लिए कल सुबह 6 बजे एयरपोर्ट की टैक्सी बुक करनी है। पता: [[STREET_ADDRESS|42 Elmfield Road, Leicester LE2 1TQ]]",
    # --- English (84) ---
    "Please tell [[PERSON|Adébáyọ̀ Ògúnlẹ́yẹ]] that his car-share membership renewal went through and his new key fob arrives on Thursday.",
    "Can you book a 7-seater for Saturday? Passengers: [[PERSON|Ольга Смирнова]], [[PERSON|Иван Смирнов]] and their two kids, from Heathrow T5 to [[STREET_ADDRESS|9 Wharf Road, Guildford GU1 4RP]].",
    "Driver rota, week 32. Early: [[PERSON|Γιώργος Παπαδόπουλος]], [[PERSON|Grace Lin]]; late: [[PERSON|Tariq Hussain]], [[PERSON|Bill Osei]]; nights: [[PERSON|Wanjiru Kamau]]. Can you format this as a table?",
    "Our new dispatcher, [[PERSON|נועה בן דוד]], starts Monday. Set her up with a login and send the invite to [[EMAIL_ADDRESS|noa.bd@example.org]].",
    "Hi, [[PERSON|Laura Jiménez]] here. I was charged twice for my ride from Temple Meads on 12 March, please refund one of them to the card [[CREDIT_CARD|4532 8810 6274 3093]].",
    "Our dispatch integration keeps returning 401. Config: FLEET_API_KEY=[[API_KEY|fl_live_9fK2mQx7Lp4WzT8cVb1NdR6s]], base path /v2/trips. What's wrong?",
    "Write a short thank-you note to [[PERSON|Siobhán Ní Bhriain]], who drove our club minibus to the choir festival and refused to take any tip.",
    "Hope you can help. My mother, [[PERSON|Rose Thistlewood]], has dementia and keeps booking cabs at 3am. Can her account only allow bookings I approve? Her phone is [[PHONE_NUMBER|01632 960284]].",
    "Split the monthly club fee: [[PERSON|Arash]] £22.50, [[PERSON|Mei]] £22.50, [[PERSON|Tunde]] £15 (joined mid-month), [[PERSON|Carmen]] £22.50. Who still owes?",
    "Tell [[PERSON|Priyanka]] that the charging card PIN for the club Tesla is [[PASSWORD|6614]] and she must return it above 40%.",
    "My husband [[PERSON|Hiroshi Tanaka]] ([[PERSON|田中 寛]]) left his reading glasses in one of your cabs yesterday evening. Could the driver drop them at reception at [[STREET_ADDRESS|Harbour House, 3 Quay Street, Bristol BS1 4QA]]?",
    "I'm the treasurer of Hillside Car Club. Could you merge the two accounts of [[PERSON|Kateřina Nováková]]? One uses [[EMAIL_ADDRESS|knovakova@example.net]] and the other [[EMAIL_ADDRESS|katka.n@example.com]].",
    "Draft a message to our driver [[PERSON|김민준]] saying his background check cleared and he can start on the 14th.",
    "Can you check why [[PERSON|Bongani Zulu]] was charged a £30 cleaning fee? He says the car was already dirty when he picked it up.",
    "The key box outside the Elm Street bay has code [[PASSWORD|1975]]. Please send it to the next booker, [[PERSON|Svetlana Orlova]], at 8:00 and not before.",
    "Who is on call tonight, [[PERSON|Duc]] or [[PERSON|Marguerite]]? I need someone to jump-start car 4.",
    "Add a note to Mr [[PERSON|Oluwaseun Bakare]]'s profile: he uses a guide dog, so every driver sent to him must accept animals.",
    "Translate into Arabic for our driver: 'Your next pickup is at 5pm.' His name is [[PERSON|محمد الحسيني]], please keep it at the top.",
    "Booking for two: Dr [[PERSON|Anjali Venkataraman]] and her colleague [[PERSON|Thabo Mokoena]], from the conference centre to the airport at 16:30.",
    "Change the car-share club's shared mailbox password to [[PASSWORD|Velvet!Roundabout42]] and let [[PERSON|Connor]] and [[PERSON|Aoife]] know.",
    "Ask [[PERSON|Summer]] whether she still wants the Saturday airport run; if not, give it to [[PERSON|Ravi Menon]].",
    "Complaint: driver [[PERSON|Stanislav Horák]] refused my booking because of my wheelchair. The app reference is TR-88213.",
    "AGM minutes. Present: [[PERSON|Ayesha Siddiqui]] (chair), [[PERSON|Jonas Lindgren]], [[PERSON|Precious Moyo]], [[PERSON|Wei Zhang]] ([[PERSON|王伟]]). Apologies: [[PERSON|Eleni Kostas]]. Please tidy these into a paragraph.",
    "I want to close my account. My member number is [[ID_NUMBER|CC-771-304-59]] and I'm [[PERSON|Rhiannon Pugh]].",
    "Why does this fail? curl -H 'Authorization: Bearer [[API_KEY|tok_cs_Hq83JdLz0pWm5xYvR2kA7e]]' https://api.example.com/v1/vehicles returns 403.",
    "Please send [[PERSON|Grace]] a reminder that her driver licence check expires next week.",
    "Hi, it's [[PERSON|Kenji]]. The 2FA code I got is [[PASSWORD|771 940]] but the driver app still asks for another one.",
    "Who drove my ride last night at 11:40 from Camden? I think his name was [[PERSON|Florin]]. I left a laptop bag on the back seat.",
    "Please swap my Wednesday slot with [[PERSON|Chiamaka Eze]]'s Thursday slot; we both agreed by text.",
    "Make a list of every member who hasn't paid: [[PERSON|Björn Håkansson]], [[PERSON|Ludmila Kovács]], [[PERSON|Tomás Ó Súilleabháin]], and [[PERSON|Bill]] from the allotments.",
    "Our taxi firm needs a polite letter to Mrs [[PERSON|Yaa Asantewaa Boateng]] at [[STREET_ADDRESS|27 Coronation Avenue, Luton LU3 2JD]] apologising that her driver arrived 40 minutes late.",
    "Wi-Fi for the drivers' lounge is DriverLounge5G, password [[PASSWORD|kettle-on-at-nine]]. Put that on the welcome sheet for [[PERSON|Amir Haddad]], who starts tomorrow.",
    "Can [[PERSON|Parisa Rahimi]] get a discount? She's a student and books a ride to campus every day.",
    "Invoice query from [[PERSON|Nomvula Khumalo]]: she was billed for 3 hours but returned the car after 90 minutes. Can you check booking 55201?",
    "Forward to [[PERSON|Sergei]]: the Skoda's tyre pressure warning is back, don't take it on the motorway.",
    "Ticket from [[PERSON|Lakshmi Raghunathan]]: 'driver took the long way, fare was £48 not £30'. Draft a reply offering a partial refund.",
    "Please register a new driver: [[PERSON|Emeka Chukwu]], phone [[PHONE_NUMBER|07700 900156]], email [[EMAIL_ADDRESS|emeka.chukwu@example.com]], licence [[ID_NUMBER|CHUKW812094EC9XK]].",
    "Cancel the 6am ride for [[PERSON|Beatriz Santos]], her flight was moved to the afternoon.",
    "Do you have child seats? I'm booking for my sister [[PERSON|Nadia Rahman]] and her twins.",
    "I'm [[PERSON|Wojciech]], car 19. Passenger [[PERSON|Ifeoma Okonkwo]] left a phone charger, where do I drop it?",
    "Reset my driver portal password please, the current one is [[PASSWORD|Sunflower#2291]] and I think someone at the depot saw it. Thanks, [[PERSON|Hamza Iqbal]]",
    "[[PERSON|Rose]], [[PERSON|Jasmine]] and [[PERSON|Hazel]] from the book club want a shared taxi home at 10. Can you send an 8-seater?",
    "The chair, [[PERSON|Dagny Eriksen]], asked me to pull usage stats for car 3 for the last six months.",
    "Who should I talk to about becoming a driver? My cousin [[PERSON|Ahmad Karimi]] already drives for you and recommended it.",
    "Write a rota for the car-share club's volunteer cleaners: [[PERSON|Monique]], [[PERSON|Tadeusz]], [[PERSON|Hana]], [[PERSON|Olumide]]. Each once a week, nobody two weeks running.",
    "I got a parking fine in a club car on 4 May. I'm [[PERSON|Cillian Byrne]], member [[ID_NUMBER|HCC-20931]]. Can you tell me who had the car before me?",
    "Our webhook signing secret got pasted in a public chat channel: [[API_KEY|cabhook_sec_4c9e1f7a2b6d8e0f3a5c7b9d1e2f4a6c]]. How do I rotate it?",
    "Please change the pickup for [[PERSON|Ananya Bose]] ([[PERSON|অনন্যা বসু]]) to the side entrance of the hospital.",
    "Send a birthday voucher to our longest-serving driver, [[PERSON|ธนพล ศรีสุข]], 15 years with the firm this month!",
    "My driver was [[PERSON|佐藤 美咲]] and she was so kind to my kids. Please pass on my thanks.",
    "We need to bill [[PERSON|Fergus MacLeod]] and [[PERSON|Kirsty MacLeod]] separately even though they share one membership.",
    "Could you check whether [[PERSON|Valentina Greco]] has returned the electric van? Her booking ended an hour ago.",
    "Alarm code for the taxi office is [[PASSWORD|3-8-1-4]]; tell [[PERSON|Patience]] on the night desk, she keeps setting it off.",
    "The driver who took my son [[PERSON|Matthias Keller]] to school today didn't check his booster seat. This isn't acceptable.",
    "Can you write an email to all drivers except [[PERSON|Liam O'Connor]] and [[PERSON|Pedro Alves]] reminding them about the new fuel card rules?",
    "I'm sharing my club account with my flatmate [[PERSON|Ji-woo]]. Is that allowed if we split the fees?",
    "Please check the bookings for [[PERSON|Viktor Lindholm]] on the club spreadsheet; he says his Sunday slot vanished.",
    "Apologise to [[PERSON|Chanel Williams]] for the surge pricing on New Year's Eve and give her a £10 credit.",
    "Driver [[PERSON|Abdulrahman Yusuf]] needs a reference letter for a mortgage application. He's been with us since 2019.",
    "Taxi from [[STREET_ADDRESS|18 Birchwood Close, Norwich NR4 7TJ]] to the station at 5:45 tomorrow please, name [[PERSON|Pearl]].",
    "The new gate code for the Station Road car-share bay is [[PASSWORD|0417*]]. Please text it to [[PERSON|Marisol Vega]] only.",
    "Who drove the Prius ending 4KP last Friday? A passenger, [[PERSON|Dorota Mazur]], says the driver was rude to her.",
    "Hi, [[PERSON|Ama Owusu]] here. I keep getting charged the peak fare on off-peak trips. Can you explain?",
    "Can you set up a joint account for [[PERSON|Pierre]] and [[PERSON|Amélie Dubois]]? Same address, separate cards.",
    "Write a short WhatsApp message for [[PERSON|Kavya]]: your car-share key card is ready at the front desk.",
    "We're a small taxi firm. Draft a job offer for [[PERSON|Gabriel Nunes]] as a part-time dispatcher, 20 hours a week.",
    "The shared tablet in car 6 has PIN [[PASSWORD|250913]]. Only [[PERSON|Ishaan]] and [[PERSON|Zofia]] should know it. Is it safe to put in the handbook?",
    "Please remove [[PERSON|Heather Fraser]] from the mailing list; she moved abroad.",
    "Record that [[PERSON|Obinna Nwachukwu]] returned the van with a cracked wing mirror. He has agreed to pay the excess.",
    "Who's picking up Mrs [[PERSON|Kowalski]] from the clinic? I'd like to know the driver's name in advance.",
    "Send the quarterly statement to the member [[PERSON|Aleksandra Wójcik]] at [[EMAIL_ADDRESS|ola.wojcik@example.net]].",
    "My door code at [[STREET_ADDRESS|Flat 12, Riverside Court, 5 Canal Way, Manchester M4 6DE]] is [[PASSWORD|8840]]; the driver needs it to collect my mother's wheelchair.",
    "Ask [[PERSON|Tendai]] to update the lost-property spreadsheet. Items: one glove, one iPad, a child's car seat.",
    "Just checking if [[PERSON|Lorenzo]] still works at your firm. He drove me last year and I'd like to book him for my wedding.",
    "Can you add [[PERSON|Xu Ming]] ([[PERSON|徐明]]) as an authorised driver on our business account?",
    "Compose a note from the committee to [[PERSON|Hyun-woo Park]] thanking him for five years as bookings secretary.",
    "My email for the driver app is [[EMAIL_ADDRESS|dwayne.r@example.org]] and it says no account found. I'm [[PERSON|Dwayne Roberts]], I signed up on Monday.",
    "Please check the fare for [[PERSON|Faith Achieng]]: she's disputing the airport surcharge.",
    "Hi! It's [[PERSON|Yerlan]]. Please book the club Leaf for me and my coworker [[PERSON|Aigerim Nurlanovna]] this Saturday, 9 to 13.",
    "I need to report a driver. The passenger was my grandmother, [[PERSON|Margit Szabó]], 84, and he shouted at her.",
    "Put the key safe code [[PASSWORD|5532]] in the booking confirmation for [[PERSON|Honor Blackwood]]; she's collecting the van at 7.",
    "Please merge these two profiles, they're the same person: '[[PERSON|Mohammed Al-Farsi]]' and '[[PERSON|Mohd Alfarsi]]'.",
    "Someone logged into [[PERSON|Ilse Vermeulen]]'s driver account from [[IP_ADDRESS|203.0.113.77]] at 3am. She says it wasn't her, can you lock it?",
    "Which of our drivers speak Polish? A regular, [[PERSON|Lena Hoffmann]], asked for one.",
]

# 100 one-person records, one sentence or a short form each; the first 41 hold a national id.
RECORDS = [
    # --- with a check-digit-valid national id (41) ---
    "Driver onboarding. Name: [[PERSON|Priya Raghavan]]; Aadhaar: [[ID_NUMBER|5738 2914 6027]]; mobile: [[PHONE_NUMBER|+44 7700 900318]].",
    "चालक पंजीकरण: नाम [[PERSON|सुनील कुमार यादव]], आधार [[ID_NUMBER|8264 0517 3910]], फ़ोन [[PHONE_NUMBER|07700 900644]]",
    "Patient transport booking for Mr [[PERSON|Arthur Pennington]], NHS number [[ID_NUMBER|943 476 5811]], pickup from [[STREET_ADDRESS|4 Rowan Terrace, Durham DH1 3LP]].",
    "Taxi account for [[PERSON|Margaret Ellison]], NHS no. [[ID_NUMBER|721 038 4596]], phone [[PHONE_NUMBER|01632 960517]], hospital discharge runs only.",
    "Chauffeur [[PERSON|Sander de Vries]], BSN [[ID_NUMBER|284173605]], IBAN [[IBAN_CODE|NL06 INGB 0007 3618 24]].",
    "Lid van de autodeelclub: [[PERSON|Fenna Bakker]], burgerservicenummer [[ID_NUMBER|619382077]], e-mail [[EMAIL_ADDRESS|fenna.bakker@mail.example.org]].",
    "Kierowca: [[PERSON|Krzysztof Nowak]], PESEL [[ID_NUMBER|92031475186]], tel. [[PHONE_NUMBER|+44 7700 900725]]",
    "Członkini klubu: [[PERSON|Zuzanna Lewandowska]], PESEL [[ID_NUMBER|05220836295]], adres [[STREET_ADDRESS|ul. Długa 17/4, 31-147 Kraków]]",
    "Motorista parceiro: [[PERSON|João Pedro Almeida]], CPF [[ID_NUMBER|318.547.926-28]], e-mail [[EMAIL_ADDRESS|jp.almeida@example.com]]",
    "Cadastro de passageira: [[PERSON|Thaís Carvalho]], CPF [[ID_NUMBER|604.193.258-24]], cartão [[CREDIT_CARD|5312 7740 9186 2054]]",
    "Sürücü başvurusu: [[PERSON|Emre Aydın]], T.C. kimlik no [[ID_NUMBER|38571049210]], telefon [[PHONE_NUMBER|07700 900839]]",
    "Conductor: [[PERSON|Javier Morales Ruiz]], DNI [[ID_NUMBER|73019548E]], IBAN [[IBAN_CODE|ES33 0049 1500 0512 3498 7612]]",
    "Socia del club de coche compartido: [[PERSON|Daniela Ríos]], NIE [[ID_NUMBER|Y4827163Y]], domicilio [[STREET_ADDRESS|Calle de Toledo 88, 3º B, 28005 Madrid]]",
    "Kuljettaja [[PERSON|Aleksi Virtanen]], henkilötunnus [[ID_NUMBER|240791-613C]], puhelin [[PHONE_NUMBER|+44 7700 900402]]",
    "Autista: [[PERSON|Francesca Gallo]], codice fiscale [[ID_NUMBER|GLLFNC79M52L219T]], cellulare [[PHONE_NUMBER|+44 7700 900571]]",
    "Socio del car sharing [[PERSON|Leonardo Conti]], C.F. [[ID_NUMBER|CNTLRD88C07F839V]], IBAN [[IBAN_CODE|IT73 K030 6909 6061 0000 0184 726]]",
    "网约车司机登记：姓名 [[PERSON|陈建国]]，身份证号 [[ID_NUMBER|320106198709245713]]，手机 [[PHONE_NUMBER|+61 491 570 226]]",
    "Driver: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0382615A]], email [[EMAIL_ADDRESS|weiling.tan@example.com]].",
    "기사 등록: [[PERSON|박준호]], 주민등록번호 [[ID_NUMBER|880413-1572832]], 이메일 [[EMAIL_ADDRESS|junho.park@example.net]]",
    "Driver partner [[PERSON|Lachlan Murphy]], TFN [[ID_NUMBER|481 739 200]], mobile [[PHONE_NUMBER|0491 570 144]].",
    "Car-share member [[PERSON|Chloe Nguyen]], tax file number [[ID_NUMBER|382 651 073]], address [[STREET_ADDRESS|12 Wattle Street, Fitzroy VIC 3065]].",
    "Medicare card for [[PERSON|Jack O'Brien]]: [[ID_NUMBER|2953 61842 1]]; contact [[PHONE_NUMBER|0491 570 983]]. Needs a taxi to dialysis twice a week.",
    "ドライバー登録 氏名: [[PERSON|山本 翔太]] マイナンバー: [[ID_NUMBER|3918 2740 5611]] 電話: [[PHONE_NUMBER|+44 7700 900267]]",
    "Taxi licence applicant [[PERSON|Niamh Gallagher]], PPS number [[ID_NUMBER|8406213A]], IBAN [[IBAN_CODE|IE17 BOFI 9000 1758 3920 47]].",
    "Chauffeuse VTC : [[PERSON|Camille Laurent]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 118 342 28]], IBAN [[IBAN_CODE|FR18 3000 4028 3700 0104 6271 935]]",
    "Membre du club d'autopartage : [[PERSON|Julie Peeters]], numéro national [[ID_NUMBER|85.07.30-274.78]], IBAN [[IBAN_CODE|BE51 0632 8417 5029]]",
    "Sjåfør: [[PERSON|Sigrid Haugen]], fødselsnummer [[ID_NUMBER|150389 41299]], kontonummer [[IBAN_CODE|NO60 1503 4187 264]]",
    "Motorista TVDE: [[PERSON|Rui Figueiredo]], NIF [[ID_NUMBER|248193651]], IBAN [[IBAN_CODE|PT81 0035 0651 0000 7392 8461 5]]",
    "Șoferiță: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2870916403211]], telefon [[PHONE_NUMBER|+44 7700 900390]]",
    "Conductor: [[PERSON|Matías Sepúlveda]], RUT [[ID_NUMBER|16.482.739-9]], correo [[EMAIL_ADDRESS|msepulveda@example.com]]",
    "Autojagamisklubi liige [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48906210270]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.org]]",
    "Leigubílstjóri: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120584-2949]], sími [[PHONE_NUMBER|+44 7700 900853]]",
    "Řidička [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885712/0437]], bydliště [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]]",
    "Водійка: [[PERSON|Олена Бондаренко]], РНОКПП [[ID_NUMBER|3184027561]], телефон [[PHONE_NUMBER|+44 7700 900176]]",
    "Fahrer [[PERSON|Lukas Brandt]], Steuer-ID [[ID_NUMBER|65 204 189 377]], IBAN [[IBAN_CODE|DE11 2004 1144 0561 8392 07]]",
    "Driver [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKM4187]], email [[EMAIL_ADDRESS|aroha.ngata@example.com]], approved for medical transport runs.",
    "New driver [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|714 205 861]], phone [[PHONE_NUMBER|(514) 555-0148]].",
    "Förare: [[PERSON|Oskar Berg]], personnummer [[ID_NUMBER|910823-4718]], IBAN [[IBAN_CODE|SE77 8000 0832 7956 4471 8203]]",
    "נהגת: [[PERSON|אביטל לוי]], תעודת זהות [[ID_NUMBER|304182751]], טלפון [[PHONE_NUMBER|+44 7700 900498]]",
    "Οδηγός: [[PERSON|Δημήτρης Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|12078543217]], τηλέφωνο [[PHONE_NUMBER|+44 7700 900624]]",
    "Driver [[PERSON|Sizwe Ndlovu]], ID number [[ID_NUMBER|8506145083083]], payouts to [[IBAN_CODE|GB12 LOYD 3096 1184 0277 35]].",
    # --- other records (59) ---
    "Member record: [[PERSON|Harriet Coombes]], member no. [[ID_NUMBER|HCC-33817]], email [[EMAIL_ADDRESS|harriet.coombes@example.com]], phone [[PHONE_NUMBER|07700 900209]].",
    "Driver [[PERSON|Marcus Bell]], private hire licence [[ID_NUMBER|PH/2291/0457]], mobile [[PHONE_NUMBER|07700 900914]].",
    "Account holder: [[PERSON|Deepa Iyer]], account number [[ID_NUMBER|ACC-5520193]], card [[CREDIT_CARD|4539 2716 0845 1133]].",
    "Car-share club refund to [[PERSON|Owen Parry]], member [[ID_NUMBER|40177]], IBAN [[IBAN_CODE|GB39 BARC 2037 4418 7260 53]].",
    "Driver applicant [[PERSON|Tyrone Jackson]], SSN [[US_SSN|528-41-7396]], phone [[PHONE_NUMBER|(312) 555-0172]].",
    "Rideshare driver [[PERSON|Kayla Brooks]], SSN [[US_SSN|604-37-2185]], address [[STREET_ADDRESS|1450 Alder Avenue, Portland, OR 97214]].",
    "Passenger complaint filed by [[PERSON|Ramón Villanueva]], email [[EMAIL_ADDRESS|r.villanueva@example.net]], phone [[PHONE_NUMBER|(415) 555-0133]].",
    "Patient transport: patient number [[ID_NUMBER|PT-0049281]], name [[PERSON|Edith Marlow]], pickup [[STREET_ADDRESS|31 Chapel Row, Exeter EX2 4PN]].",
    "Dispatcher login for [[PERSON|Kieran Walsh]]: username [[ID_NUMBER|kwalsh_dispatch]], employee number [[ID_NUMBER|EMP-30418]].",
    "Mitglied im Carsharing-Verein: [[PERSON|Annika Schröder]], Mitgliedsnummer [[ID_NUMBER|CSV-20-4471]], Anschrift [[STREET_ADDRESS|Lindenstraße 23, 10969 Berlin]]",
    "Taxiunternehmer [[PERSON|Hüseyin Arslan]], Telefon [[PHONE_NUMBER|+44 7700 900351]], IBAN [[IBAN_CODE|DE65 3705 0299 0127 4583 10]]",
    "Client : [[PERSON|Hélène Rousseau]], e-mail [[EMAIL_ADDRESS|helene.rousseau@example.org]], adresse [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]]",
    "Pasajero frecuente: [[PERSON|Alejandro Castillo]], tarjeta [[CREDIT_CARD|5461 0937 2258 8148]], teléfono [[PHONE_NUMBER|+1 212 555 0164]]",
    "Cliente abbonata: [[PERSON|Giulia Marchetti]], numero tessera [[ID_NUMBER|TX-884102]], email [[EMAIL_ADDRESS|giulia.marchetti@example.com]]",
    "Klant [[PERSON|Daan Visser]], klantnummer [[ID_NUMBER|KL-7730912]], adres [[STREET_ADDRESS|Prinsengracht 412-II, 1016 JK Amsterdam]]",
    "Dereva: [[PERSON|Juma Mwangi]], simu [[PHONE_NUMBER|+44 7700 900587]], barua pepe [[EMAIL_ADDRESS|juma.mwangi@example.com]]",
    "Tài xế: [[PERSON|Nguyễn Văn Hùng]], số điện thoại [[PHONE_NUMBER|+61 491 570 412]], email [[EMAIL_ADDRESS|hung.nguyen@example.net]]",
    "Pengemudi: [[PERSON|Siti Rahayu]], nomor rekening [[ID_NUMBER|0281-7734-592]], ponsel [[PHONE_NUMBER|+61 491 570 587]]",
    "السائق: [[PERSON|عمر الخطيب]]، الهاتف [[PHONE_NUMBER|+44 7700 900668]]، البريد [[EMAIL_ADDRESS|omar.khatib@example.com]]",
    "Водитель: [[PERSON|Алексей Воронцов]], телефон [[PHONE_NUMBER|+44 7700 900713]], водительское удостоверение [[ID_NUMBER|77 19 482615]]",
    "คนขับ: [[PERSON|วิภาวดี ทองมา]] โทร [[PHONE_NUMBER|+61 491 570 690]] อีเมล [[EMAIL_ADDRESS|wipawadee.t@example.com]]",
    "회원: [[PERSON|한미경]], 회원번호 [[ID_NUMBER|KR-CS-509127]], 카드 [[CREDIT_CARD|3589 2041 7763 0184]]",
    "会員: [[PERSON|高橋 由紀]] 会員番号: [[ID_NUMBER|CS-JP-118406]] メール: [[EMAIL_ADDRESS|yuki.takahashi@example.com]]",
    "Gyrrwr: [[PERSON|Rhodri Llywelyn]], ffôn [[PHONE_NUMBER|01632 960742]], cyfeiriad [[STREET_ADDRESS|8 Heol y Bont, Caerfyrddin SA31 1AB]]",
    "Bestuurder: [[PERSON|Johan van der Merwe]], selfoon [[PHONE_NUMBER|+44 7700 900129]], e-pos [[EMAIL_ADDRESS|johan.vdm@example.com]]",
    "Delebilsmedlem [[PERSON|Mette Kjærgaard]], IBAN [[IBAN_CODE|DK72 3000 3914 8277 06]], mobil [[PHONE_NUMBER|+44 7700 900805]]",
    "Jäsen [[PERSON|Aino Korhonen]], jäsennumero [[ID_NUMBER|AK-55019]], IBAN [[IBAN_CODE|FI04 4200 8000 1637 28]]",
    "Fahrerin [[PERSON|Magdalena Huber]], IBAN [[IBAN_CODE|AT75 2011 1829 4731 6650]], Adresse [[STREET_ADDRESS|Gumpendorfer Straße 61/7, 1060 Wien]]",
    "Mitglied [[PERSON|Reto Baumgartner]], IBAN [[IBAN_CODE|CH81 0023 5235 6841 7700 1]], Mitgliedernummer [[ID_NUMBER|MOB-3348812]]",
    "Klientka [[PERSON|Agnieszka Kamińska]], IBAN [[IBAN_CODE|PL17 1140 2004 0000 3702 4817 5863]], e-mail [[EMAIL_ADDRESS|a.kaminska@example.com]]",
    "Medlem [[PERSON|Henrik Solheim]], medlemsnummer [[ID_NUMBER|BD-40921]], e-post [[EMAIL_ADDRESS|henrik.solheim@example.org]]",
    "Lost-property claim: Ms [[PERSON|Imogen Hartley]], [[STREET_ADDRESS|6 Orchard Mews, Bath BA2 4RT]], [[PHONE_NUMBER|07700 900476]].",
    "Corporate account contact: [[PERSON|Nikhil Sharma]], [[EMAIL_ADDRESS|nikhil.sharma@example.com]], [[PHONE_NUMBER|020 7946 0381]], account [[ID_NUMBER|CA-10442]].",
    "Driver passport on file: [[PERSON|Olena Kravets]], passport [[ID_NUMBER|FA 482913]], phone [[PHONE_NUMBER|07700 900093]].",
    "Student rider discount for [[PERSON|Callum Fraser]], student number [[ID_NUMBER|S2104837]], email [[EMAIL_ADDRESS|callum.fraser@student.example.com]].",
    "Employee record: [[PERSON|Bethany Okoro]], employee no. [[ID_NUMBER|E-20931]], salary to [[IBAN_CODE|GB07 HBUK 4051 2263 9184 70]].",
    "Card on file for [[PERSON|Samuel Adeyemi]]: [[CREDIT_CARD|3741 592018 47367]], billing address [[STREET_ADDRESS|9 Elm Parade, Croydon CR0 2LH]].",
    "Club van insurance, named driver [[PERSON|Gareth Pryce]], policy number [[ID_NUMBER|POL-77310-2]], licence [[ID_NUMBER|PRYCE705146GD8XZ]].",
    "Patient [[PERSON|Rosa Delgado]], patient number [[ID_NUMBER|00418273]], needs a wheelchair taxi, phone [[PHONE_NUMBER|0491 570 338]].",
    "Member [[PERSON|Jia Hui Lim]], member ID [[ID_NUMBER|SG-CC-20417]], email [[EMAIL_ADDRESS|jiahui.lim@example.com]].",
    "Customer [[PERSON|Brandon Ochoa]], [[STREET_ADDRESS|2218 Cedar Lane, Austin, TX 78704]], card [[CREDIT_CARD|6011 4829 3017 6551]].",
    "Driver [[PERSON|Mariam Abdi]], username [[ID_NUMBER|mariam.abdi.drives]], phone [[PHONE_NUMBER|07700 900824]].",
    "Fleet manager [[PERSON|Conor Fitzgerald]], [[EMAIL_ADDRESS|conor.fitz@example.org]], dispatch console IP [[IP_ADDRESS|198.51.100.23]].",
    "Booking account: [[PERSON|Ellie Warrington]], [[PHONE_NUMBER|07700 900237]], [[EMAIL_ADDRESS|ellie.w@example.com]], home [[STREET_ADDRESS|42 Lavender Hill, Swindon SN1 4EB]].",
    "Rider [[PERSON|Sung-min Yoon]], card [[CREDIT_CARD|4485 6630 1972 8444]], email [[EMAIL_ADDRESS|sungmin.yoon@example.net]].",
    "Taxi firm payroll: driver [[PERSON|Anton Petrenko]], IBAN [[IBAN_CODE|GB48 NWAB 6083 7150 2946 18]], employee number [[ID_NUMBER|TX-DRV-0193]].",
    "Wheelchair user [[PERSON|Beatrice Okafor]], patient no. [[ID_NUMBER|RBH-4410873]], carer's phone [[PHONE_NUMBER|01632 960158]].",
    "Member [[PERSON|Lorna MacKenzie]], [[STREET_ADDRESS|17 Dalry Road, Edinburgh EH11 2BQ]], member no. [[ID_NUMBER|ECC-58204]].",
    "Customer [[PERSON|Zainab Musa]], IP [[IP_ADDRESS|203.0.113.58]] flagged for repeated failed logins, email [[EMAIL_ADDRESS|zainab.musa@example.net]].",
    "Driver [[PERSON|Karan Mehta]], phone [[PHONE_NUMBER|(604) 555-0119]], BC driver's licence [[ID_NUMBER|4820917]].",
    "Night-shift driver [[PERSON|Dimitri Volkov]], passport [[ID_NUMBER|72 4419583]], email [[EMAIL_ADDRESS|d.volkov@example.com]].",
    "Rider [[PERSON|Isla Campbell]], card [[CREDIT_CARD|2297 4015 8832 0612]], address [[STREET_ADDRESS|3 Thistle Street, Aberdeen AB10 1XY]].",
    "Account holder [[PERSON|Tomás Herrera]], customer number [[ID_NUMBER|40917724]], phone [[PHONE_NUMBER|+1 646 555 0187]].",
    "Volunteer driver [[PERSON|Gwen Ashdown]], [[PHONE_NUMBER|01632 960933]], [[EMAIL_ADDRESS|gwen.ashdown@example.org]], DBS certificate [[ID_NUMBER|001738264519]].",
    "Car-share member [[PERSON|Rohan Kapoor]], member [[ID_NUMBER|CS-91807]], card [[CREDIT_CARD|3792 481056 20932]].",
    "Passenger [[PERSON|Sofia Lindqvist]], phone [[PHONE_NUMBER|+44 20 7946 0552]], email [[EMAIL_ADDRESS|sofia.lq@example.com]].",
    "Driver [[PERSON|Babajide Adewale]], card for fuel top-ups [[CREDIT_CARD|5190 2286 4417 0934]], phone [[PHONE_NUMBER|07700 900681]].",
    "Patient [[PERSON|Winifred Osei]], hospital number [[ID_NUMBER|MRN-7730219]], home [[STREET_ADDRESS|55 Victoria Road, Reading RG1 5AB]].",
    "Client [[PERSON|Malik Jaber]], customer number [[ID_NUMBER|CUS-602318]], phone [[PHONE_NUMBER|(202) 555-0191]].",
]

# 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters only).
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that cities should invest in car-free zones rather than new multi-storey car parks.",
    "Compose a limerick about a taxi meter that refuses to stop running.",
    "Imagine you are Sherlock Holmes. Deduce the profession of a man whose left cuff is shiny and whose right shoe is scuffed at the heel.",
    "Explain the difference between a ride-hailing platform and a traditional dispatch-based taxi company in terms of pricing, regulation and labour.",
    "Write a Python function that takes a list of trip durations in minutes and returns the median, without using the statistics module.",
    "What are the main arguments for and against congestion charging in city centres? Give three of each.",
    "Pretend you are Marie Curie explaining radioactivity to a ten-year-old who has never heard the word.",
    "Summarise the plot of Moby-Dick in exactly five sentences.",
    "Draft a product description for an electric scooter aimed at commuters who live within five kilometres of work.",
    "Compare the notations Isaac Newton and Gottfried Leibniz used for calculus and say which one modern textbooks prefer.",
    "Role-play as a medieval innkeeper welcoming a weary traveller. Stay in character for the whole reply.",
    "Extract all the dates from this text and list them in ISO format: 'The bridge opened on 3 March 1932, closed for repairs in June 1987 and reopened on 21 November 1988.'",
    "Write a SQL query that returns the ten busiest pickup zones from a table trips(pickup_zone, started_at, fare).",
    "How would Hermione Granger organise a study timetable for exam week? Answer in her voice.",
    "Give me five tips for writing clear error messages in a mobile app.",
    "Explain to a beginner why the sky is blue, then explain it again at university level.",
    "Write a sequence of three haiku about rain on a city bus window at night.",
    "What might have happened if the printing press had been invented five hundred years earlier?",
    "Describe how Ada Lovelace's notes on the Analytical Engine anticipated modern programming.",
    "Create a packing list for a three-day hiking trip in autumn, grouped by category.",
    "Rewrite this sentence to sound more formal: 'gonna be late, the bus broke down again lol'.",
    "Act as a travel guide and suggest a one-day walking itinerary for Lisbon, including where to eat.",
    "If a car travels at 60 km/h for 45 minutes and then at 80 km/h for 30 minutes, what is its average speed? Explain each step.",
    "Write a dialogue in which Captain Ahab and Captain Nemo argue about the best way to cross an ocean.",
    "List the pros and cons of remote work for a small software team and end with a clear recommendation.",
]

# 25 GSM8K-style word problems (story characters' first names only).
CLEAN_GSM8K = [
    "A taxi charges a $3 flag fall plus $2.40 per mile. Maria rides 12 miles. How much does she pay in total?",
    "A car-share club has 18 cars. Each car is booked for an average of 5 hours a day. How many car-hours are booked in a week?",
    "Tom drove 4 trips on Monday, twice as many on Tuesday, and 3 fewer than Tuesday on Wednesday. How many trips did he drive in the three days?",
    "A ride costs $14. Priya and her two friends split it equally and each adds a $1 tip. How much does each person pay?",
    "A driver's car uses 6 litres of fuel per 100 km. Fuel costs $1.80 per litre. How much does the fuel cost for a 350 km shift?",
    "Leo has 48 stickers. He gives a quarter of them to his sister and then buys 10 more. How many stickers does he have now?",
    "A bakery sells muffins for $2.50 each and cookies for $1.20 each. Ana buys 4 muffins and 6 cookies. How much does she spend?",
    "A train leaves at 9:15 and arrives at 13:45. How many minutes does the journey take?",
    "Sam earns $18 an hour. He works 7 hours on each of five weekdays and 4 hours on Saturday. How much does he earn in the week?",
    "There are 120 students in a year group. 35% walk to school, 25% take the bus and the rest are driven. How many students are driven?",
    "A taxi firm has 40 drivers and 3/8 of them work nights. How many drivers work days?",
    "Kira reads 12 pages a day. Her book has 300 pages. After 15 days, how many pages are left?",
    "A garden is 14 m long and 9 m wide. Fencing costs $7 per metre. How much does it cost to fence the whole garden?",
    "Ben bought 3 packs of pens with 8 pens in each pack. He lost 5 pens. How many pens does he have left?",
    "A car-share membership costs $12 a month plus $6 per hour of use. Olu uses a car for 9 hours in March. What is his bill for March?",
    "Each minibus holds 14 passengers. How many minibuses are needed to carry 100 passengers?",
    "Jade saves $15 each week. How many weeks will it take her to save $240?",
    "A shop discounts an $80 jacket by 25% and then adds 10% tax to the sale price. What is the final price?",
    "Noah ran 3.5 km on Monday, 4.2 km on Wednesday and 5 km on Friday. How far did he run in total?",
    "A ride-hailing app charges $1.10 per minute plus a $4 booking fee. A trip lasts 22 minutes. What is the fare?",
    "Ella baked 60 cupcakes. She sold 2/3 of them and gave 8 away. How many cupcakes are left?",
    "A pool fills at 40 litres per minute. How many hours does it take to fill 12,000 litres?",
    "Marco has twice as many marbles as Lucy. Together they have 57 marbles. How many marbles does Lucy have?",
    "A driver completes 22 rides a day for 6 days and earns $9 per ride on average. How much does he earn in total?",
    "A classroom has 6 rows of 5 desks. If 4 desks are taken out, how many desks remain?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which of the following is the SI unit of electric charge? A. volt B. coulomb C. ampere D. ohm",
    "A price ceiling set below the equilibrium price will most likely cause: A. a surplus B. a shortage C. no change D. a fall in demand",
    "Which organelle is the main site of ATP production in eukaryotic cells? A. ribosome B. Golgi apparatus C. mitochondrion D. lysosome",
    "The Peace of Westphalia (1648) is most closely associated with: A. the end of the Thirty Years' War B. the unification of Italy C. the start of the Hundred Years' War D. the Congress of Vienna",
    "What is the derivative of x·sin(x)? A. cos(x) B. x·cos(x) + sin(x) C. x·cos(x) D. sin(x) − x·cos(x)",
    "Which data structure uses first-in, first-out ordering? A. stack B. queue C. binary tree D. hash map",
    "Under the common law, an offer can generally be revoked: A. at any time before acceptance B. only in writing C. never once made D. only after 30 days",
    "Who wrote 'A Vindication of the Rights of Woman'? A. Jane Austen B. Mary Wollstonecraft C. George Eliot D. Virginia Woolf",
    "Which gas makes up most of Earth's atmosphere? A. oxygen B. carbon dioxide C. nitrogen D. argon",
    "In a market with a negative externality and no regulation, output is: A. too low B. efficient C. too high D. zero",
    "Which of the following is a prime number? A. 51 B. 57 C. 61 D. 63",
    "The philosopher who wrote 'I think, therefore I am' was: A. Kant B. Descartes C. Hume D. Locke",
    "Which blood vessels carry blood away from the heart? A. veins B. arteries C. capillaries D. venules",
    "In insurance, 'moral hazard' refers to: A. fraud by the insurer B. riskier behaviour after being insured C. severe weather D. higher premiums for the young",
    "What is the time complexity of binary search on a sorted array of n elements? A. O(n) B. O(log n) C. O(n log n) D. O(1)",
    "Which psychologist is best known for the hierarchy of needs? A. Skinner B. Maslow C. Piaget D. Freud",
    "The capital of Canada is: A. Toronto B. Vancouver C. Ottawa D. Montreal",
    "Which of these is a secondary source? A. a soldier's diary B. a textbook chapter summarising a war C. a photograph taken at the event D. a birth certificate",
    "A p-value below a chosen significance level of 0.05 usually leads researchers to: A. accept the null hypothesis B. reject the null hypothesis C. double the sample D. ignore the result",
    "Which amendment to the US Constitution abolished slavery? A. First B. Fifth C. Thirteenth D. Nineteenth",
    "The main function of the kidneys is to: A. pump blood B. filter waste from the blood C. produce bile D. digest fats",
    "Which equation states Ohm's law? A. V = IR B. F = ma C. E = mc² D. P = IV²",
    "A firm in perfect competition maximises profit where: A. price exceeds marginal cost B. marginal revenue equals marginal cost C. average cost is highest D. total revenue is highest",
    "In which year did humans first land on the Moon? A. 1965 B. 1969 C. 1972 D. 1959",
    "Which fallacy attacks the person rather than the argument? A. straw man B. ad hominem C. slippery slope D. false dilemma",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the early signs of dehydration in adults, and how much water should I drink on a hot day?",
    "Is it safe to drive after taking an antihistamine for hay fever?",
    "How can I reduce lower back pain from sitting in a car for ten hours a day?",
    "What is the difference between a cold and the flu?",
    "How long should someone wait before driving after a general anaesthetic?",
    "Which foods help lower LDL cholesterol?",
    "Can working night shifts raise the risk of type 2 diabetes, and what helps?",
    "When is a headache a reason to see a doctor urgently?",
    "How often should adults who drive for a living have their eyesight checked?",
    "What is a normal resting heart rate, and what can push it higher?",
    "Is it normal to feel dizzy when standing up quickly?",
    "What are the symptoms of sleep apnoea and how is it diagnosed?",
    "How much caffeine per day is considered safe for most adults?",
    "What should go in a basic first-aid kit kept in a car?",
    "Can motion sickness be prevented without medication?",
    "How do I know if a cut needs stitches?",
    "What are the warning signs of a stroke?",
    "Which vaccines do adults need boosters for, and how often?",
    "How does high blood pressure damage the body over time?",
    "Is intermittent fasting safe for people with type 1 diabetes?",
    "What stretches help with a stiff neck after a long drive?",
    "How can I tell whether a mole should be checked by a doctor?",
    "How much exercise per week is recommended for adults?",
    "Why do my hands go numb when I grip a steering wheel for a long time?",
    "How should I treat a mild burn from touching a hot engine part?",
]

NATIONAL_IDS = {
    "5738 2914 6027": aadhaar_ok,  # Indian Aadhaar
    "8264 0517 3910": aadhaar_ok,
    "943 476 5811": nhs_ok,  # NHS number
    "721 038 4596": nhs_ok,
    "284173605": bsn_ok,  # Dutch BSN
    "619382077": bsn_ok,
    "92031475186": pesel_ok,  # Polish PESEL
    "05220836295": pesel_ok,
    "318.547.926-28": cpf_ok,  # Brazilian CPF
    "604.193.258-24": cpf_ok,
    "38571049210": kimlik_ok,  # Turkish kimlik
    "73019548E": dni_ok,  # Spanish DNI
    "Y4827163Y": dni_ok,  # Spanish NIE
    "240791-613C": hetu_ok,  # Finnish henkilötunnus
    "GLLFNC79M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "CNTLRD88C07F839V": codice_fiscale_ok,
    "320106198709245713": china_id_ok,  # Chinese resident identity number
    "T0382615A": nric_ok,  # Singapore NRIC
    "880413-1572832": rrn_ok,  # Korean resident registration number
    "481 739 200": tfn_ok,  # Australian tax file number
    "382 651 073": tfn_ok,
    "2953 61842 1": medicare_ok,  # Australian Medicare card
    "3918 2740 5611": my_number_ok,  # Japanese My Number
    "8406213A": pps_ok,  # Irish PPS number
    "2 85 07 75 118 342 28": nir_ok,  # French NIR
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "150389 41299": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248193651": nif_ok,  # Portuguese NIF
    "2870916403211": cnp_ok,  # Romanian CNP
    "16.482.739-9": rut_ok,  # Chilean RUT
    "48906210270": isikukood_ok,  # Estonian isikukood
    "120584-2949": kennitala_ok,  # Icelandic kennitala
    "885712/0437": rodne_cislo_ok,  # Czech rodné číslo
    "3184027561": rnokpp_ok,  # Ukrainian RNOKPP
    "65 204 189 377": steuer_id_ok,  # German tax id
    "ZKM4187": nhi_ok,  # New Zealand NHI
    "714 205 861": luhn_len(9),  # Canadian SIN
    "910823-4718": luhn_len(10),  # Swedish personnummer
    "304182751": luhn_len(9),  # Israeli teudat zehut
    "12078543217": luhn_len(11),  # Greek AMKA
    "8506145083083": luhn_len(13),  # South African id
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def kinds(marked: str) -> set[str]:
    """The entity types marked in one text."""
    return {s["type"] for s in marked_spans(marked)}


def check_mix() -> None:
    """The chat requests name people and hold their share of secrets; the records hold the
    national ids, one text each, the first ``NATIONAL_ID_RECORDS`` of them."""
    if not all(is_lower(t) for t in CHAT[:LOWER_CHAT]):
        raise SystemExit("chat: the lower-case texts must come first")
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum(bool(kinds(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    api = sum("API_KEY" in kinds(t) for t in CHAT)
    if named < NAMED_CHATS:
        raise SystemExit(f"chat: only {named} texts name a person")
    if not SECRET_CHATS[0] <= secret <= SECRET_CHATS[1]:
        raise SystemExit(f"chat: {secret} texts with a secret")
    if not API_KEY_CHATS[0] <= api <= API_KEY_CHATS[1]:
        raise SystemExit(f"chat: {api} texts with an API key")
    ids = set(NATIONAL_IDS)
    holders = [i for i, t in enumerate(RECORDS) if {s["value"] for s in marked_spans(t)} & ids]
    if holders != list(range(NATIONAL_ID_RECORDS)):
        raise SystemExit(f"records: national ids in records {holders}")
    for t in CHAT:
        if {s["value"] for s in marked_spans(t)} & ids:
            raise SystemExit(f"chat: a national id in {t[:60]!r}")
    if not all("PERSON" in kinds(t) for t in RECORDS):
        raise SystemExit("records: a record names no one")


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
        "blind179", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    for path, want in (("chat_pii_blind179.jsonl", 220), ("chat_clean_blind179.jsonl", 100)):
        with (HERE / path).open(encoding="utf-8") as f:
            count = sum(1 for _ in f)
        if count != want:
            raise SystemExit(f"{path}: {count} records, want {want}")


if __name__ == "__main__":
    main()
