# ruff: noqa: E501
"""A hundred and eighty-second blind privacy set: 220 texts with personal data and 100 clean
ones, on bicycle shops, cycle repair workshops and bike-share schemes.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) a bike shop's, repair workshop's or bike-share
  scheme's chatbot would get: the first 30 typed all in lower case, then one each in German,
  French, Spanish, Portuguese, Polish and Swedish, then 84 in English. Most name a private
  person, often with no cue word (rotas, cost splits, lists, sign-offs, appositives,
  "tell X that ..."), in Latin letters with and without diacritics, Cyrillic, Greek, Arabic,
  Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean, Georgian and Armenian
  letters and Yoruba spelling; some names are ordinary words (Hope, Rose, Bill, Grace,
  Summer, Faith, Dawn, Frank, Rich, Joy, Hunter, Mark). Twenty hold a secret: door, gate,
  lockbox, keybox, padlock and alarm codes, PINs, wifi keys, passwords, 2FA codes and three
  API keys or tokens.
* 100 one-person records (a sentence or a short form each) in English and many other
  languages: 40 with a check-digit-valid national id, the others with phones, e-mails,
  addresses, cards, IBANs, IPs, an SSN and member, account, customer, policy, patient,
  payroll and employee numbers and usernames.
* 100 clean texts naming no private person: 25 MT-Bench/Vicuna-style prompts (public
  figures and fictional characters only), 25 GSM8K-style word problems (story first names),
  25 MMLU-style items with options A to D and 25 health questions naming no one.

Usernames, logins, account, customer, member, patient, policy, payroll, employee and
student numbers and national ids are ID_NUMBER; PINs, door, gate, lockbox, padlock and
alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles stay outside PERSON spans;
an address span runs from the first street line through the postcode and city as typed;
dates of birth, order, ticket, report and invoice numbers, public figures, companies and
fictional characters are not labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570, France 06 39 98, Germany 030 23125); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; the SSN with an assignable
area, group and serial; IPs from documentation ranges; national ids with valid check
digits (listed in ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind182.py`` from the repository root; the output
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
from marks import build_sections, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (1, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Sig|Pan|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "hi, my bike share account got locked after i typed the wrong pin three times. the account is under [[PERSON|mireille dufresne]] and the new pin i want is [[PASSWORD|4827]]. can you unlock it?",
    "booking a service for my son's bmx, name on the job card should be [[PERSON|tobiah rendell]], number [[PHONE_NUMBER|07700 900412]]",
    "can someone call [[PERSON|grace achterberg]] back about the wheel truing? she left her number as [[PHONE_NUMBER|01632 960118]]",
    "rota for saturday: opening [[PERSON|kemal aydın]], workshop [[PERSON|siobhán nic giolla]], hire desk [[PERSON|bill oduya]]. can you put that in the shared calendar",
    "the lockbox at the canal street depot is [[PASSWORD|5190]], tell [[PERSON|danny whitcombe]] before his early shift",
    "split the cost of the tandem hire: [[PERSON|rose pemberton]] £18, [[PERSON|anjali menon]] £18, me the rest",
    "my e-bike battery won't charge past 60%. bought it from you in march, the receipt went to [[EMAIL_ADDRESS|h.kowalczyk@example.net]]",
    "please cancel the annual membership for [[PERSON|oluwaseun adeyemi]], member no [[ID_NUMBER|bs-4471902]]. he's moving to leeds",
    "who fitted the tubeless tyres on my gravel bike? it was either [[PERSON|marek]] or [[PERSON|jonas]], i think, and one of them pinched the valve",
    "workshop wifi is [[PASSWORD|chainring-77-oily]], can you add it to the welcome pack for [[PERSON|hope castellanos]]",
    "my daughter [[PERSON|summer o'leary]] left her helmet at the hub on friday, purple with stickers. can we collect it tomorrow?",
    "send the quote for the frame respray to [[EMAIL_ADDRESS|paddy.mcgrath@example.org]] and cc [[PERSON|aoife]]",
    "is the ride-to-work scheme still open? my manager [[PERSON|deborah finch]] said to ask before the end of the month",
    "hi its [[PERSON|ravi subramaniam]], the dock at station 14 took my bike but didnt end the ride. i was charged for 3 hours",
    "the alarm code for the back unit changed to [[PASSWORD|0618]], only [[PERSON|tess]] and [[PERSON|mo]] need it",
    "please refund the deposit to [[PERSON|lena voss]], she paid with the card ending 4471 and the bike came back fine",
    "need a loan bike while mine is in the workshop. i'm [[PERSON|thabo nkosi]], ticket 55812",
    "pass this on to [[PERSON|faith mwangi]]: her brake bleed is done and the bill is £45",
    "2fa code for the fleet dashboard is [[PASSWORD|552019]], [[PERSON|arjun]] needs it in the next 5 minutes",
    "what time does the spokes & sprockets shop on mill lane close on sundays? i want to drop off my wife [[PERSON|noor]]'s hybrid",
    "list of riders for the charity ride: [[PERSON|dawn ellery]], [[PERSON|frank osei]], [[PERSON|ying zhao]], [[PERSON|matthias brandt]]. please reserve 4 hire bikes",
    "my address changed, please send the replacement key fob to [[STREET_ADDRESS|14 larkspur close, bristol bs7 9pq]]",
    "can you tell [[PERSON|kwame boateng]] his bottom bracket is on backorder until the 20th",
    "thanks to [[PERSON|ilse de wit]] at the repair café, my brompton runs like new",
    "the shared login for the parts supplier portal is user [[ID_NUMBER|velohub-ops]] pass [[PASSWORD|grease&gears2024]]",
    "hey, [[PERSON|joy abernathy]] here. i booked the kids' learn-to-ride session for 10am but my phone died, can you confirm to [[EMAIL_ADDRESS|joy.ab@example.com]]",
    "can the mechanic look at a creaking headset? owner is [[PERSON|pieter swanepoel]], he'll drop it off thursday",
    "our club's treasurer, [[PERSON|hunter blackwood]], will pay the group hire invoice",
    "please remove my card from the bike share app, i'm [[PERSON|marisol ibarra]] and my phone is [[PHONE_NUMBER|(415) 555-0137]]",
    "door code for the bike cage at the office is [[PASSWORD|7731#]] if [[PERSON|callum]] asks",
    # --- other languages (6): German, French, Spanish, Portuguese, Polish, Swedish ---
    "Hallo, mein Fahrrad wurde in Ihrer Werkstatt in der Bahnhofstraße repariert, aber die Rechnung ging an [[PERSON|Jürgen Haßelbach]] statt an mich. Bitte korrigieren Sie das und schicken Sie sie an [[EMAIL_ADDRESS|lotte.brinkmann@example.de]].",
    "Bonjour, je voudrais réserver un vélo cargo pour samedi au nom de [[PERSON|Amélie Rousseau-Diallo]]. Le code du cadenas que vous m'avez donné, [[PASSWORD|3958]], ne fonctionne plus.",
    "Hola, mi hijo [[PERSON|Íñigo Etxeberria]] dejó su bicicleta en el taller hace dos semanas. ¿Ya está lista? Pueden llamarme al [[PHONE_NUMBER|+44 7700 900583]].",
    "Olá! Quero cancelar a assinatura do bike sharing da minha mãe, [[PERSON|Conceição Albuquerque]]. O número de sócia dela é [[ID_NUMBER|BP-208817]].",
    "Dzień dobry, [[PERSON|Łukasz Wróblewski]] odbierze mój rower w piątek. Proszę mu przekazać, że kod do skrzynki na klucze to [[PASSWORD|Rower#2291]].",
    "Hej! Kan ni skicka offerten för den nya cykeln till [[PERSON|Åsa Lindqvist]]? Hon nås på [[EMAIL_ADDRESS|asa.lindqvist@example.se]].",
    # --- English (84) ---
    "Hi, I'm booking a full service for my road bike. Name: [[PERSON|Dmitri Volkov]], phone [[PHONE_NUMBER|07700 900264]]. Any slot on Tuesday?",
    "Please tell [[PERSON|Наталья Смирнова]] that her volunteer badge for Bike Week is ready to collect from the front desk.",
    "Workshop rota next week. Mon: [[PERSON|Priya Ramaswamy]], Tue: [[PERSON|Bill Hargreaves]], Wed: [[PERSON|Νίκος Παπαδάκης]], Thu/Fri: [[PERSON|Tomasz Zieliński]]. Can you post it on the staff board?",
    "Our bike-share API key for the station status feed is [[API_KEY|dkst_live_9Fq2LmX7vR4pT8wZcK3nH6yB]] and it returns 401 since this morning. Can you check why?",
    "Can you refund [[PERSON|Grace Okonkwo-Hale]]? She was charged twice for a day pass on the 3rd.",
    "The treasurer, [[PERSON|Marguerite Lacroix]], asked for a VAT invoice for the club's 12 hire bikes.",
    "Hello, my husband [[PERSON|Yusuf Demir]] bought an e-bike from your Leeds store. The motor cuts out on hills. Could someone ring him on [[PHONE_NUMBER|01632 960274]]?",
    "Split for the Lake District bike hire: [[PERSON|Hope Whitaker]] £42, [[PERSON|Ayodele Ogunbiyi]] £42, [[PERSON|Chen Jiahui]] £42. Can you send each of them a payment link?",
    "Tell [[PERSON|Sven Andersson]] the replacement derailleur hanger arrived. If [[PERSON|Sven]] can't make it before 6, we'll hold it until Monday.",
    "Gate code for the Riverside depot is now [[PASSWORD|2580*]]. Please update the note on [[PERSON|Efua Mensah]]'s delivery route.",
    "I lost my membership card. Registered to [[PERSON|Hiroshi Tanaka]], member number [[ID_NUMBER|CYC-0098312]].",
    "Hey, is [[PERSON|Rose]] working today? She promised to look at my wheel bearings.",
    "Please add my colleague [[PERSON|נועה לוי]] to our corporate bike-share plan, her work email is [[EMAIL_ADDRESS|noa.levi@example.co.il]].",
    "Can you resend the hire agreement to [[EMAIL_ADDRESS|b.adeyemi.rides@example.com]]? It's for [[PERSON|Babatunde Adeyemi]].",
    "Who signed off the safety check on bike R-220? The sheet says [[PERSON|K. Mahlangu]] but nobody on staff has that initial.",
    "Reminder for tomorrow: [[PERSON|Mark Ellison]] opens, [[PERSON|Summer Díaz]] closes, and the alarm is [[PASSWORD|9046]] as usual.",
    "A customer, [[PERSON|سلمى حداد]], left a voicemail about a wobbly rear wheel. Could you call her back on [[PHONE_NUMBER|07700 900731]]?",
    "I'm writing for my dad, [[PERSON|Harold Pennington]], who is 81 and wants an adult trike. Does the Hove shop do home test rides?",
    "Please transfer the bike-share credit from my old account to my new one. Old username [[ID_NUMBER|wheelie_jen88]], new username [[ID_NUMBER|jen.oyelaran]]. Thanks, [[PERSON|Jennifer Oyelaran]]",
    "Booking under [[PERSON|अंकित शर्मा]] for two hybrid bikes on Saturday morning, please. He'll pay at the counter.",
    "The Wi-Fi key for the café corner is [[PASSWORD|Cadence!Latte5]]. Can you print it on the table cards? [[PERSON|Imogen]] keeps getting asked.",
    "Can you check whether [[PERSON|Bongani Dlamini]] returned bike 3317? The app shows it still out.",
    "My son [[PERSON|Leo Fairbanks-Ito]] needs a bike for uni. Budget £400, and he's 6'2\" so probably a large frame.",
    "Please let [[PERSON|তানভীর হোসেন]] know his puncture repair is done. He can collect any time before 6.",
    "Forgot my bike-share PIN. Account holder [[PERSON|Camille Fontaine]], email [[EMAIL_ADDRESS|camille.f@example.fr]]. Please send a reset link, don't read the old PIN out.",
    "Thank you [[PERSON|Babajide]] for sorting my chain so quickly yesterday. Best mechanic in town!",
    "Customer [[PERSON|ปิยะพงษ์ ศรีสุข]] asked whether we ship spare parts to Chiang Mai. Can you reply to [[EMAIL_ADDRESS|piyapong.s@example.co.th]]?",
    "I'm the fleet manager. Please rotate the partner token [[API_KEY|rk_partner_4Hd9Tq7Lm2XwZ8pR1vYc]], I think [[PERSON|Declan]] pasted it in a public chat channel.",
    "Could you register [[PERSON|陈晓东]] for the Sunday maintenance class? He speaks limited English, so please email [[EMAIL_ADDRESS|xiaodong.chen@example.cn]] rather than calling.",
    "Please invoice the cargo bike lease to our office manager, [[PERSON|Wilhelmina Osei-Bonsu]], at [[STREET_ADDRESS|Unit 4, Harbour Yard, 22 Quay Street, Manchester M3 3JE]].",
    "Order for [[PERSON|森本 遥]]: one 700x28c inner tube and a floor pump. She'll collect on Friday.",
    "Hi, [[PERSON|한서연]] here. My dock pass doesn't scan at the Central Station bikes. Member ID [[ID_NUMBER|SEO-77120458]].",
    "Please book [[PERSON|Adébáyọ̀ Ọlálékan]] onto the Level 2 bike mechanics course starting in May.",
    "Can you tell me if [[PERSON|Faith]] from the hire desk found my sunglasses? Black Oakleys, left on the counter.",
    "Hi, the padlock code for locker 12 at the bike hub is [[PASSWORD|1-9-7-3]]. I'm away, so [[PERSON|Ingrid Solberg]] will pick up my bike.",
    "Please email the warranty paperwork to [[PERSON|Ελένη Γεωργίου]] at [[EMAIL_ADDRESS|eleni.georgiou@example.gr]].",
    "Cost split for the family bike tour: [[PERSON|Rafael Moreno]] pays the guide, [[PERSON|Lucía Moreno]] the bikes, I cover lunch.",
    "Please don't give my details to anyone. I'm [[PERSON|Zainab Qureshi]], my phone is [[PHONE_NUMBER|07700 900858]] and someone has been asking for me at your counter.",
    "Teacher in charge of Friday's Bikeability session is Mr [[PERSON|Gareth Llewellyn]]; he needs 15 helmets in small.",
    "Is the 2FA code [[PASSWORD|884102]] still valid? The app keeps rejecting it. Account is [[PERSON|Oksana Kravets]].",
    "Put [[PERSON|Bill]] and [[PERSON|Hope]] on the Sunday group ride sweep, and I'll lead.",
    "Send the new saddle to my office: [[STREET_ADDRESS|3rd floor, 88 Wellington Road, Leeds LS1 4DL]], for the attention of [[PERSON|Ngozi Eze]].",
    "My wife [[PERSON|Magdalena Nowak]] had a fall on one of your hire bikes when the front brake failed. We'd like someone to contact us urgently.",
    "Hi, can you move my repair booking from Thursday to Friday? It's under [[PERSON|Ahmed El-Sayed]], mobile [[PHONE_NUMBER|+44 7700 900349]].",
    "Need a quote for 20 fleet bikes for our delivery riders. Contact [[PERSON|Keanu Mahelona]], procurement, [[EMAIL_ADDRESS|k.mahelona@example.com]].",
    "The keybox by the workshop door: code [[PASSWORD|3366]]. Leave the bike inside for [[PERSON|Olamide]].",
    "Please add [[PERSON|Charlotte Brontë-Hayes]] as a second rider on my bike-share family plan.",
    "[[PERSON|Dalia Haddad]] and [[PERSON|Femi Adebayo]] both want the 9am slot for a bike fit. Who booked first?",
    "I was told by [[PERSON|Eamon]] on the phone that the frame is under warranty. Can you confirm?",
    "Our admin password for the rental kiosk got reset to [[PASSWORD|Kiosk-Spoke-8812]]. Please change it and tell [[PERSON|Tariq]] only.",
    "Thank you for finding my stolen bike! It's registered to [[PERSON|Annika Bergström]]; please call [[PHONE_NUMBER|01632 960592]] when the police release it.",
    "Please tell [[PERSON|ნინო ბერიძე]] that the child seat she ordered fits her bike.",
    "[[PERSON|Արամ Սարգսյան]] wants to rent three mountain bikes for his family on the 14th.",
    "Hello, I'm [[PERSON|Fatou Ndiaye]]. I'd like to volunteer at the community repair workshop on Wednesdays.",
    "Could [[PERSON|Mateus Carvalho]] get a student discount? His student number is [[ID_NUMBER|S2209457]].",
    "Staging API token for the dock firmware: [[API_KEY|dfw_stg_T7kP3nQ9xV2mB5rL8cZ4jW1h]]. Share it with [[PERSON|Ines Moreau]] on the vendor side.",
    "Please tell [[PERSON|Grace]] the wheel she built for me is perfect. I'll write a review.",
    "Can you add my partner [[PERSON|Jamie Kowalski-Reid]] to my service plan? Same address, [[STREET_ADDRESS|7 Orchard Mews, Cambridge CB4 2QN]].",
    "Wheel build queue: 1) [[PERSON|Ruairí Ó Briain]], dynamo front; 2) [[PERSON|Mei Lin Ong]], 650b rear; 3) [[PERSON|Samuel Tesfaye]], track pair.",
    "Refund to the card I paid with, please: [[CREDIT_CARD|4460 4878 9571 1871]], name [[PERSON|Victor Amadi]].",
    "Please update the emergency contact on my hire form to [[PERSON|Dawn Kettering]], [[PHONE_NUMBER|07700 900190]].",
    "Hi. The e-bike I rented still has someone else's account logged in, [[EMAIL_ADDRESS|t.nakamura@example.jp]]. Should I tell you or them?",
    "Please confirm the workshop booking for [[PERSON|Eleanor Whitfield-Jones]] and her daughter [[PERSON|Poppy]] on the 12th.",
    "Our wifi at the Eastgate hire point is [[PASSWORD|BikeHire_EG_5150]]; [[PERSON|Stanislav]] needs it to update the kiosks.",
    "Write a thank-you note to [[PERSON|Margarida Sousa]] for organising the kids' cycle safety day.",
    "Can [[PERSON|Rich]] or [[PERSON|Frank]] do a house call for a flat tyre? I'm at [[STREET_ADDRESS|41 Beechwood Avenue, Reading RG1 5HT]].",
    "Hi team, [[PERSON|Joaquín Herrera]] from the council wants the bike-share usage figures by Friday.",
    "My bike was stolen from your rack. Police reference CR/2291/24. Owner: [[PERSON|Priyanka Bose]], [[EMAIL_ADDRESS|priyanka.bose@example.in]].",
    "Please let [[PERSON|Connor]] know the seatpost he ordered was the wrong size: it's 27.2, not 31.6.",
    "Ask [[PERSON|Małgorzata]] if she can cover the Sunday shift at the hire kiosk.",
    "I need to change the name on my bike-share subscription from [[PERSON|Alex Turner-Webb]] to [[PERSON|Alexandra Turner-Webb]].",
    "Customer [[PERSON|Lars Henriksen]] says the dock at Harbour Square kept his deposit. Account [[ID_NUMBER|HS-55019283]].",
    "The new volunteer, [[PERSON|Themba Zulu]], starts Saturday in the repair café. Please give him a tour.",
    "Can you recommend a women's touring saddle? [[PERSON|Valentina Ferraro]] has tried three already and none suit her.",
    "Payment for the club jerseys: please charge [[PERSON|Oscar Lindgren]], he said to use the card on file.",
    "Could someone tell [[PERSON|Xu Ming]] the trailer keys he dropped in the letterbox arrived safely?",
    "Tell [[PERSON|Hana Nováková]] her Brompton is ready: new chain, cassette and a gear cable, £86 in total.",
    "Is it possible to gift a bike-share membership? It's for [[PERSON|Dorothy Ashworth]], [[STREET_ADDRESS|12 Cherry Tree Lane, York YO24 1AB]].",
    "Thanks for the quick fix, [[PERSON|Kofi]]! The squeak is gone.",
    "Can I get the invoice for my new bike re-issued? It's currently under [[PERSON|Björn Eriksson]] but it should read Nordvik Consulting AB.",
    "Who is the mechanic with the ponytail, [[PERSON|Nadia]]? She adjusted my brakes and I'd like to book her again.",
    "A rider called [[PERSON|Giorgos Antoniou]] returned bike 418 with a bent wheel. Phone on file: [[PHONE_NUMBER|+61 491 570 226]].",
    "Please send the membership renewal reminder to [[PERSON|Siddharth Iyer]] at [[EMAIL_ADDRESS|sid.iyer@example.com]].",
    "My neighbour [[PERSON|Kamala Dewan]] wants to know if you do puncture repairs while she waits.",
]

# 100 one-person records; the first 40 hold a national id.
RECORDS = [
    # --- with a national id (40) ---
    "Accident report, Clifton bike-share station: rider [[PERSON|Gwendolyn Marsh]], NHS number [[ID_NUMBER|301 962 5564]], taken to A&E with a wrist injury; contact [[PHONE_NUMBER|07700 900915]].",
    "Patient: [[PERSON|Desmond Achebe]] | NHS no. [[ID_NUMBER|170 758 3609]] | Referral: physio after an e-bike crash | Tel: [[PHONE_NUMBER|01632 960733]]",
    "First-aid log, mountain bike skills day: [[PERSON|Fiona McAllister]], NHS [[ID_NUMBER|749 835 5086]], grazed knee cleaned and dressed on site, home address [[STREET_ADDRESS|9 Thistle Row, Peebles EH45 8AT]].",
    "Rental KYC, Bengaluru cycle-share: [[PERSON|Meenakshi Raghunathan]], Aadhaar [[ID_NUMBER|5078 1149 3403]], email [[EMAIL_ADDRESS|meenakshi.r@example.in]].",
    "Huurcontract bakfiets: [[PERSON|Sanne de Groot]], BSN [[ID_NUMBER|222308862]], adres [[STREET_ADDRESS|Lindengracht 114, 1015 KM Amsterdam]].",
    "Umowa najmu roweru elektrycznego, najemca: [[PERSON|Agnieszka Pawlak]], PESEL [[ID_NUMBER|94111958985]], tel. [[PHONE_NUMBER|+44 7700 900277]].",
    "Zgłoszenie gwarancyjne: [[PERSON|Krzysztof Mazur]], PESEL [[ID_NUMBER|76030882413]], e-mail [[EMAIL_ADDRESS|k.mazur@example.pl]], rama pęknięta przy suporcie.",
    "Cadastro no bicicletário: [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|152.064.545-75]], e-mail [[EMAIL_ADDRESS|thiago.nasc@example.com.br]].",
    "Oficina de bicicletas, ordem de serviço para [[PERSON|Luana Ribeiro]], CPF [[ID_NUMBER|824.980.438-45]], cartão [[CREDIT_CARD|5190 2367 0948 6731]].",
    "Bisiklet kiralama formu: [[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|25682725546]], telefon [[PHONE_NUMBER|+44 7700 900366]].",
    "Ficha de cliente del taller: [[PERSON|Alejandro Ruiz Campos]], DNI [[ID_NUMBER|32330067W]], domicilio [[STREET_ADDRESS|Calle de Embajadores 41, 3.º B, 28012 Madrid]].",
    "Alta en el servicio de bicicleta pública: [[PERSON|Oana Popescu]], NIE [[ID_NUMBER|Y9529801H]], correo [[EMAIL_ADDRESS|oana.popescu@example.es]].",
    "Pyörähuollon asiakas [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|010674-876U]], sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.fi]].",
    "Noleggio bici elettrica, cliente: [[PERSON|Chiara Esposito]], codice fiscale [[ID_NUMBER|SPSCHR88C54H501L]], carta [[CREDIT_CARD|4054 7738 2479 4464]].",
    "共享单车实名认证：[[PERSON|林志远]]，身份证号 [[ID_NUMBER|440106199312286754]]，邮箱 [[EMAIL_ADDRESS|zhiyuan.lin@example.cn]]。",
    "自行车维修店会员档案：[[PERSON|黄美玲]]，身份证 [[ID_NUMBER|440106196410279669]]，地址 [[STREET_ADDRESS|广州市天河区体育西路88号]]。",
    "Bike-share account verification (Singapore): [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S6608506F]], email [[EMAIL_ADDRESS|weiling.tan@example.sg]].",
    "자전거 대여 신청서 – 성명: [[PERSON|김지은]], 주민등록번호: [[ID_NUMBER|820410-2391980]], 연락처: [[PHONE_NUMBER|+44 7700 900817]]",
    "Payroll onboarding, Fremantle Bike Works: [[PERSON|Lachlan Doyle]], TFN [[ID_NUMBER|207 595 173]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Injury claim, Brisbane bike hire: [[PERSON|Mia Kowalczyk]], Medicare [[ID_NUMBER|6804 76311 6]], address [[STREET_ADDRESS|27 Jacaranda Street, Paddington QLD 4064]].",
    "レンタサイクル会員登録：[[PERSON|山口 大輔]]、マイナンバー [[ID_NUMBER|5455 3893 3470]]、メール [[EMAIL_ADDRESS|daisuke.yamaguchi@example.jp]]",
    "Staff file, Liffey Cycle Repairs: [[PERSON|Niamh Gallagher]], PPS number [[ID_NUMBER|9063818M]], IBAN [[IBAN_CODE|IE92 AIBK 6197 8901 6571 96]].",
    "New mechanic: [[PERSON|Cathal Brennan]], PPSN [[ID_NUMBER|5040607SA]], phone [[PHONE_NUMBER|+44 7700 900449]].",
    "Déclaration d'accident du travail, livreur à vélo : [[PERSON|Mathieu Girard]], n° de sécurité sociale [[ID_NUMBER|1 85 04 75 112 348 10]], téléphone [[PHONE_NUMBER|06 39 98 41 27]].",
    "Vélo de service, collaboratrice : [[PERSON|Sophie Dubois-Lambert]], numéro de registre national [[ID_NUMBER|90.11.24-318.56]], IBAN [[IBAN_CODE|BE33 3316 6515 7215]].",
    "Sykkelverksted, kundekort: [[PERSON|Sigrid Haugen]], fødselsnummer [[ID_NUMBER|150273 28803]], e-post [[EMAIL_ADDRESS|sigrid.haugen@example.no]].",
    "Aluguer de bicicletas, Lisboa: [[PERSON|Rui Pereira]], NIF [[ID_NUMBER|171 720 920]], morada [[STREET_ADDRESS|Rua da Madalena 142, 2.º Esq., 1100-340 Lisboa]].",
    "Fișă client service biciclete: [[PERSON|Ioana Constantinescu]], CNP [[ID_NUMBER|2810126462616]], e-mail [[EMAIL_ADDRESS|ioana.c@example.ro]].",
    "Registro de bicicleta, Santiago: [[PERSON|Felipe Araya Muñoz]], RUT [[ID_NUMBER|18.745.301-1]], correo [[EMAIL_ADDRESS|faraya@example.cl]].",
    "Rattarendi leping: [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|39706252722]], e-post [[EMAIL_ADDRESS|kristjan.tamm@example.ee]].",
    "Hjólaleiga, viðskiptavinur: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|070170-0279]], netfang [[EMAIL_ADDRESS|gudrun.s@example.is]].",
    "Servisní zakázka: [[PERSON|Jakub Dvořák]], rodné číslo [[ID_NUMBER|840503/3703]], adresa [[STREET_ADDRESS|Korunní 58, 120 00 Praha 2]].",
    "Заявка на оренду велосипеда: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|9529336447]], e-mail [[EMAIL_ADDRESS|olena.kovalenko@example.com.ua]].",
    "Personalbogen Fahrradwerkstatt: [[PERSON|Jonas Becker]], Steuer-ID [[ID_NUMBER|54 363 191 944]], IBAN [[IBAN_CODE|DE76 9622 8427 6603 6309 18]].",
    "Bike park injury form, Rotorua: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|GSW1705]], email [[EMAIL_ADDRESS|aroha.ngata@example.nz]].",
    "Cykelverkstad, kundregister: [[PERSON|Erik Nyström]], personnummer [[ID_NUMBER|690828-5379]], adress [[STREET_ADDRESS|Götgatan 74, 118 30 Stockholm]].",
    "Payroll record, Granville Bike Co-op: [[PERSON|Marie-Claude Tremblay]], SIN [[ID_NUMBER|600 819 882]], phone [[PHONE_NUMBER|(604) 555-0148]].",
    "טופס השכרת אופניים: [[PERSON|יונתן מזרחי]], תעודת זהות [[ID_NUMBER|005696679]], אימייל [[EMAIL_ADDRESS|yonatan.m@example.co.il]]",
    "Καρτέλα πελάτη συνεργείου ποδηλάτων: [[PERSON|Δέσποινα Καραγιάννη]], ΑΜΚΑ [[ID_NUMBER|03106472065]], e-mail [[EMAIL_ADDRESS|d.karagianni@example.gr]].",
    "Bike tour booking, Cape Town: [[PERSON|Sipho Khumalo]], ID number [[ID_NUMBER|7702175486087]], card [[CREDIT_CARD|3761 644868 83903]].",
    # --- without a national id (60) ---
    "Bike-share member [[PERSON|Harriet Okafor]], member no. [[ID_NUMBER|BSM-30418822]], email [[EMAIL_ADDRESS|harriet.okafor@example.com]].",
    "Workshop job card. Customer: [[PERSON|Ollie Brannigan]]; tel: [[PHONE_NUMBER|07700 900051]]; bike: grey hybrid; work: full service and new chain.",
    "Direct debit mandate for annual hire membership: [[PERSON|Priti Chauhan]], IBAN [[IBAN_CODE|GB04 NWBK 2010 4056 3760 32]], address [[STREET_ADDRESS|56 Kingfisher Way, Leicester LE3 8QS]].",
    "Delivery: [[PERSON|Winston Clarke]], [[STREET_ADDRESS|Flat 2, 19 Albion Terrace, Brighton BN2 9NA]], [[PHONE_NUMBER|01632 960407]]. Cargo bike, leave with the concierge.",
    "Reparaturauftrag Nr. 8812, Kundin: [[PERSON|Friederike Hansen]], Tel. [[PHONE_NUMBER|030 23125 486]], E-Mail [[EMAIL_ADDRESS|f.hansen@example.de]].",
    "Abonnement vélo en libre-service : [[PERSON|Lucas Bernard]], numéro d'abonné [[ID_NUMBER|VLS-0047712]], portable [[PHONE_NUMBER|06 39 98 12 55]].",
    "Reserva de bicicleta de montaña a nombre de [[PERSON|Carmen Ortúzar]], tarjeta [[CREDIT_CARD|5123 3244 5848 0600]], teléfono [[PHONE_NUMBER|+44 7700 900690]].",
    "Iscrizione al corso di meccanica: [[PERSON|Davide Lombardi]], e-mail [[EMAIL_ADDRESS|davide.lombardi@example.it]], cellulare [[PHONE_NUMBER|+44 7700 900137]].",
    "Lid van de fietsenmakerscoöperatie: [[PERSON|Daan Vermeulen]], lidnummer [[ID_NUMBER|FC-220931]], IBAN [[IBAN_CODE|NL42 RABO 6900 7721 35]].",
    "Cliente da oficina: [[PERSON|Beatriz Fonseca]], telemóvel [[PHONE_NUMBER|+44 7700 900921]], morada [[STREET_ADDRESS|Avenida da Liberdade 210, 4.º Dto., 1250-147 Lisboa]].",
    "Bisiklet servisi müşteri kaydı: [[PERSON|Mehmet Öztürk]], e-posta [[EMAIL_ADDRESS|mehmet.ozturk@example.com.tr]], IBAN [[IBAN_CODE|TR10 9516 5711 1631 3547 5766 68]].",
    "استمارة تأجير دراجة: الاسم [[PERSON|خالد المنصوري]]، الهاتف [[PHONE_NUMBER|+44 7700 900288]]، البريد [[EMAIL_ADDRESS|khalid.m@example.ae]]",
    "साइकिल मरम्मत ग्राहक: [[PERSON|सुनीता वर्मा]], फ़ोन [[PHONE_NUMBER|+44 7700 900374]], ईमेल [[EMAIL_ADDRESS|sunita.verma@example.in]]",
    "ลูกค้าเช่าจักรยาน: [[PERSON|วรรณา ทองดี]] โทร [[PHONE_NUMBER|+61 491 570 644]] อีเมล [[EMAIL_ADDRESS|wanna.t@example.co.th]]",
    "Khách hàng thuê xe đạp: [[PERSON|Nguyễn Thị Thu Hà]], điện thoại [[PHONE_NUMBER|+61 491 570 709]], email [[EMAIL_ADDRESS|thuha.nguyen@example.vn]].",
    "Pendaftaran anggota sepeda sewa: [[PERSON|Rizky Pratama]], nomor anggota [[ID_NUMBER|SP-5521870]], email [[EMAIL_ADDRESS|rizky.pratama@example.id]].",
    "정비 예약: [[PERSON|이도현]], 휴대폰 [[PHONE_NUMBER|+44 7700 900163]], 이메일 [[EMAIL_ADDRESS|dohyun.lee@example.kr]]",
    "自転車修理の受付票　氏名：[[PERSON|佐々木 悠真]]　電話：[[PHONE_NUMBER|+44 7700 900258]]",
    "Клиент велосервиса: [[PERSON|Алексей Морозов]], телефон [[PHONE_NUMBER|+44 7700 900702]], e-mail [[EMAIL_ADDRESS|a.morozov@example.org]].",
    "Cykelværksted, kundekort: [[PERSON|Mette Kjærgaard]], e-mail [[EMAIL_ADDRESS|mette.k@example.dk]], IBAN [[IBAN_CODE|DK31 4248 9999 4911 56]].",
    "Kerékpár-kölcsönző ügyfél: [[PERSON|Szabó Katalin]], e-mail [[EMAIL_ADDRESS|szabo.katalin@example.hu]], lakcím [[STREET_ADDRESS|Király utca 37, 1061 Budapest]].",
    "Stolen bike insurance: policyholder [[PERSON|Reginald Asante]], policy number [[ID_NUMBER|CYP-7730214]], payout to card [[CREDIT_CARD|4032 5014 4231 1537]].",
    "Bike-share user [[PERSON|Yasmin Farouk]], username [[ID_NUMBER|yasmin_rides]], last login from [[IP_ADDRESS|203.0.113.45]].",
    "Cycle repair invoice to: [[PERSON|Agatha Moreland]], [[STREET_ADDRESS|3 Church Lane, Ledbury HR8 1DW]], account [[ID_NUMBER|ACC-66109]].",
    "Patient [[PERSON|Marcus Delaney]], hospital number [[ID_NUMBER|RX4471193]], admitted after a collision with a bike-share dock; phone [[PHONE_NUMBER|07700 900886]].",
    "Employee [[PERSON|Grace Liang]], employee number [[ID_NUMBER|E-20917]], company card for parts orders [[CREDIT_CARD|4156 4774 9070 7886]].",
    "Kundenkonto Radverleih Graz: [[PERSON|Lukas Steiner]], Kundennummer [[ID_NUMBER|RG-448201]], IBAN [[IBAN_CODE|AT24 6888 5470 1650 6940]].",
    "Velowerkstatt Bern, Kunde: [[PERSON|Reto Baumgartner]], Tel. [[PHONE_NUMBER|+44 7700 900534]], IBAN [[IBAN_CODE|CH36 1081 7022 7197 1851 6]].",
    "Kaupunkipyörän tilaaja [[PERSON|Juha Mäkinen]], asiakasnumero [[ID_NUMBER|KP-7781203]], IBAN [[IBAN_CODE|FI02 1605 2942 8013 23]].",
    "Medlem i cykelköket: [[PERSON|Linnea Ek]], e-post [[EMAIL_ADDRESS|linnea.ek@example.se]], IBAN [[IBAN_CODE|SE10 8504 3038 4705 1709 1141]].",
    "Bysykkel-kunde [[PERSON|Henrik Berg]], IBAN [[IBAN_CODE|NO20 5833 7887 217]], e-post [[EMAIL_ADDRESS|henrik.berg@example.no]].",
    "Klient serwisu rowerowego: [[PERSON|Zofia Lewandowska]], tel. [[PHONE_NUMBER|+44 7700 900611]], IBAN [[IBAN_CODE|PL25 2851 4775 4951 6956 6153 9687]].",
    "Členka cyklokuchyně: [[PERSON|Tereza Svobodová]], e-mail [[EMAIL_ADDRESS|tereza.svobodova@example.cz]], IBAN [[IBAN_CODE|CZ88 7513 2177 4996 8780 0144]].",
    "Client închiriere biciclete: [[PERSON|Andrei Munteanu]], telefon [[PHONE_NUMBER|+44 7700 900926]], IBAN [[IBAN_CODE|RO87 BTRL 8977 7649 2882 9380]].",
    "Ενοικίαση ποδηλάτου: [[PERSON|Κωνσταντίνος Ιωάννου]], τηλέφωνο [[PHONE_NUMBER|+44 7700 900195]], IBAN [[IBAN_CODE|GR38 1423 2675 8706 2669 7039 006]].",
    "Atelier vélo participatif, adhérente : [[PERSON|Léa Moreau-Traoré]], adresse [[STREET_ADDRESS|12 rue des Tanneurs, 69001 Lyon]], IBAN [[IBAN_CODE|FR64 0981 4634 0498 1256 2934 420]].",
    "Socio del club ciclista: [[PERSON|Jorge Salinas Prieto]], número de socio [[ID_NUMBER|CC-30551]], IBAN [[IBAN_CODE|ES25 1754 8600 0585 6852 5938]].",
    "Ciclofficina, socia [[PERSON|Giulia Bianchi]], e-mail [[EMAIL_ADDRESS|giulia.bianchi@example.it]], IBAN [[IBAN_CODE|IT58 X692 8867 1989 6955 5844 451]].",
    "Aluguel de bike: [[PERSON|Rafaela Costa]], cartão [[CREDIT_CARD|5383 0755 9933 7779]], e-mail [[EMAIL_ADDRESS|rafaela.costa@example.com.br]].",
    "Bike shop customer record: [[PERSON|Tyler Brooks]], [[STREET_ADDRESS|418 Maple Avenue, Boulder, CO 80302]], [[PHONE_NUMBER|(303) 555-0162]].",
    "Bike-share annual pass holder [[PERSON|Maya Goldberg]], SSN on file for the employer subsidy [[US_SSN|512-48-7396]], email [[EMAIL_ADDRESS|maya.goldberg@example.com]].",
    "Warranty registration: [[PERSON|DeShawn Williams]], phone [[PHONE_NUMBER|(312) 555-0119]], card [[CREDIT_CARD|6011 8952 2612 7063]].",
    "Vélopartage Montréal, abonné [[PERSON|Étienne Gagnon]], téléphone [[PHONE_NUMBER|(514) 555-0173]], courriel [[EMAIL_ADDRESS|etienne.gagnon@example.ca]].",
    "Bike hire, Hobart: [[PERSON|Sienna Walsh]], mobile [[PHONE_NUMBER|0491 570 882]], card [[CREDIT_CARD|3476 079572 07495]].",
    "Cycling club membership: [[PERSON|Bartholomew Quinn]], member [[ID_NUMBER|CTC-882107]], address [[STREET_ADDRESS|22 Ferry Road, Edinburgh EH6 4AE]].",
    "Cycle-to-work voucher: employee [[PERSON|Anita Kapoor]], payroll number [[ID_NUMBER|PR-004417]], email [[EMAIL_ADDRESS|anita.kapoor@example.co.uk]].",
    "Bike-share account [[ID_NUMBER|ryan.ohare]] belongs to [[PERSON|Ryan O'Hare]]; registered card [[CREDIT_CARD|4717 1581 0607 9934]].",
    "Repair café volunteer list: [[PERSON|Wanjiru Kamau]], [[PHONE_NUMBER|07700 900977]], [[EMAIL_ADDRESS|wanjiru.k@example.org]].",
    "Lost property, Central Bike Hub: black helmet claimed by [[PERSON|Ibrahim Sesay]], phone [[PHONE_NUMBER|01632 960881]].",
    "Trade account: [[PERSON|Philippa Rowe]] (sole trader, mobile bike repair), account no. [[ID_NUMBER|TR-119034]], card [[CREDIT_CARD|4357 4317 0227 9975]].",
    "לקוחה בחנות האופניים: [[PERSON|מיכל אברהם]], טלפון [[PHONE_NUMBER|+44 7700 900464]], אימייל [[EMAIL_ADDRESS|michal.avraham@example.co.il]]",
    "সাইকেল ভাড়ার গ্রাহক: [[PERSON|রুমানা আক্তার]], ফোন [[PHONE_NUMBER|+44 7700 900819]], ইমেল [[EMAIL_ADDRESS|rumana.akter@example.com]]",
    "单车维修预约：[[PERSON|王浩然]]，电话 [[PHONE_NUMBER|+61 491 570 153]]，邮箱 [[EMAIL_ADDRESS|haoran.wang@example.com]]",
    "ველოსიპედის გაქირავება: [[PERSON|გიორგი ლომიძე]], ტელეფონი [[PHONE_NUMBER|+44 7700 900542]], ელფოსტა [[EMAIL_ADDRESS|giorgi.lomidze@example.ge]]",
    "Bike courier onboarding, Lagos: [[PERSON|Oluwatoyin Bámidélé]], email [[EMAIL_ADDRESS|toyin.bamidele@example.ng]], address [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos]].",
    "Mteja wa kukodisha baiskeli: [[PERSON|Amani Njoroge]], simu [[PHONE_NUMBER|+44 7700 900356]], barua pepe [[EMAIL_ADDRESS|amani.njoroge@example.co.ke]].",
    "Fraud flag on a bike-share sign-up: [[PERSON|Cormac Doherty]], email [[EMAIL_ADDRESS|cormac.d@example.ie]], sign-up IP [[IP_ADDRESS|198.51.100.23]].",
    "Service plan renewal: [[PERSON|Beatrice Adjei]], [[STREET_ADDRESS|88 Tennyson Road, Luton LU1 3RN]], card [[CREDIT_CARD|2298 6048 6571 9252]].",
    "Mitglied im Lastenrad-Verein: [[PERSON|Emre Kaya]], Mitgliedsnummer [[ID_NUMBER|LRV-1207]], E-Mail [[EMAIL_ADDRESS|emre.kaya@example.de]], Telefon [[PHONE_NUMBER|+49 30 23125 614]].",
    "Dock fault report submitted by [[PERSON|Hope Delacroix]], member ID [[ID_NUMBER|MB-90412276]], from device IP [[IP_ADDRESS|2001:db8:4a1::17]].",
]

# 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters only).
CLEAN_MTBENCH = [
    "Write a persuasive blog post arguing that cities should fund protected bike lanes instead of new car parks. Keep it under 400 words.",
    "Imagine you are Sherlock Holmes. Deduce, from a muddy bicycle tyre track, which way the rider was travelling, and explain your reasoning step by step.",
    "Compose a haiku sequence about a bicycle left chained to a railing through all four seasons.",
    "Explain the difference between a freewheel and a freehub to someone who has never taken a bike apart.",
    "Write a Python function that takes a list of bike-share trips as (start time, end time) pairs and returns the peak number of bikes in use at once.",
    "Pretend you are Eddy Merckx giving a pep talk to a nervous amateur before their first criterium.",
    "Draft a polite email from a bike shop to its customers announcing that the workshop will close for two weeks in August for refurbishment.",
    "Summarise the main arguments for and against mandatory helmet laws for adult cyclists, then give your own balanced conclusion.",
    "Extract all the bike component names from this sentence and return them as a JSON list: 'I swapped the cassette, the chain and the rear derailleur, but kept the old crankset and brake levers.'",
    "Describe a day in the life of a bicycle courier in 1920s Paris, written as a short story in the style of Ernest Hemingway.",
    "You are a travel guide. Recommend a three-day cycling itinerary through the Loire Valley, with daily distances and one chateau per day.",
    "Compare the economics of owning a bike with using a city bike-share scheme for a commuter who rides 10 km a day.",
    "What would happen to urban traffic if every car journey under 5 km were replaced by a bicycle ride? Reason through at least three effects.",
    "Act as Mary Poppins and explain to two children why they must check their brakes before every ride.",
    "Write a SQL query that finds the ten bike-share stations with the highest ratio of returns to departures last month, given tables trips(id, start_station, end_station, started_at) and stations(id, name).",
    "Rewrite this sentence in plain English for a ten-year-old: 'Gear ratios determine the mechanical advantage transmitted from the chainring to the rear sprocket.'",
    "Give me five creative names for a community bicycle repair workshop and explain the idea behind each one.",
    "Critique the following slogan for a bike-share launch and suggest two improvements: 'Ride more, worry less, pay nothing*'.",
    "Role-play as Tom Pidcock explaining to a beginner how to pick a line down a rocky descent.",
    "Write a limerick about a unicycle that dreams of becoming a tandem.",
    "Explain how the Tour de France decides the winner of the green jersey, and why sprinters usually take it.",
    "Design a simple database schema for a bike repair shop that tracks jobs, parts used and labour time. Explain your choice of keys.",
    "Write a dialogue between Don Quixote and Sancho Panza in which they argue about trading their horse and donkey for bicycles.",
    "Suggest a weekly training plan for someone who wants to ride their first 100 km sportive in three months.",
    "Which is more sustainable over its lifetime, an e-bike or a conventional bicycle? Lay out the factors you would consider.",
]

# 25 GSM8K-style word problems (story first names only).
CLEAN_GSM8K = [
    "A bike shop sells inner tubes for $6 each and tyres for $32 each. Marta buys 2 tyres and 3 inner tubes. How much does she spend in total?",
    "A bike-share station has 24 docks. At 8 am, 17 bikes are docked. During the next hour 11 bikes are taken and 6 are returned. How many empty docks are there at 9 am?",
    "Kenji cycles at 18 km per hour. How many minutes does it take him to ride 27 km?",
    "A repair workshop fixes 14 punctures on Monday, twice as many on Tuesday, and 9 fewer than Tuesday on Wednesday. How many punctures were fixed over the three days?",
    "Greta's bike has a 50-tooth chainring and a 20-tooth rear sprocket. How many times does the rear wheel turn for 12 turns of the pedals?",
    "A rental company charges $5 to unlock a bike plus $0.20 per minute. Omar rides for 45 minutes. How much does he pay?",
    "A shop had 120 helmets. It sold 35% of them in spring and then 18 more in summer. How many helmets are left?",
    "Dev saves $15 a week for a bike that costs $255. He already has $60. How many weeks must he save?",
    "Three friends share the cost of a tandem hire and a single bike hire. The tandem costs $48 and the single bike costs $24. If they split the total evenly, how much does each pay?",
    "A cargo bike can carry 80 kg. Asha's grocery bags weigh 12 kg each. What is the largest number of bags she can carry at once?",
    "A mechanic needs 36 spokes per wheel. How many spokes does she need to build 7 wheels, and how many boxes of 50 spokes must she buy?",
    "Jonah rode 14 km on Saturday and 40% more on Sunday. How far did he ride over the weekend?",
    "A bike costs $640 before a 15% discount. Sales tax of 8% is added after the discount. What is the final price?",
    "A city adds 5 new bike-share stations every month. It started the year with 62 stations. How many will it have after 9 months?",
    "Each bike in a fleet of 150 needs new brake pads every 4 months. Pads cost $9 a pair and each bike needs 2 pairs. How much does the fleet spend on pads in a year?",
    "Elsa pedals 80 times a minute. How many pedal strokes does she make on a ride of 1.5 hours?",
    "A shop sells a lock for $27 and a light set for $19. On Saturday it sold 13 locks and 21 light sets. What was the total revenue from these items?",
    "Noah and Ava race 12 km. Noah rides at 24 km/h and Ava at 20 km/h. How many minutes before Ava does Noah finish?",
    "A repair café fixed 48 bikes in a month. One quarter needed new chains and one third of the rest needed new cables. How many needed new cables?",
    "A bike-share annual pass costs $90 and single rides cost $2.50. What is the smallest number of rides in a year that makes the pass the cheaper option?",
    "Mateo buys a used bike for $180, spends $45 on parts, and sells it for $300. What is his profit as a percentage of his total cost?",
    "A velodrome lap is 250 m. How many laps does a rider complete in a 4 km pursuit?",
    "A workshop charges $35 for a basic service and $70 for a full service. In one week it did 18 basic and 7 full services. How much did it earn?",
    "Yuki's commute is 6 km each way. She rides 5 days a week for 46 weeks a year. How many kilometres does she ride to work each year?",
    "A bike rack holds 9 bikes. A school needs room for 130 bikes. How many racks must it install?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following best explains why a moving bicycle is easier to balance than a stationary one? A. The steering geometry and trail let it self-correct B. The rider's weight increases C. Air resistance pushes it upright D. Friction in the chain",
    "A city bike-share scheme that charges nothing at the point of use is most likely to suffer from which problem? A. Moral hazard B. Tragedy of the commons C. Adverse selection D. Deflation",
    "A cyclist travels 30 km north and then 40 km east. What is the magnitude of the displacement? A. 70 km B. 50 km C. 10 km D. 35 km",
    "Which element is the main alloying addition that makes stainless steel spokes resist corrosion? A. Chromium B. Aluminium C. Titanium D. Lead",
    "The chain-driven 'safety bicycle' became popular in which decade? A. 1820s B. 1880s C. 1920s D. 1950s",
    "Which muscle group does most of the work on the downstroke when pedalling? A. Quadriceps B. Biceps C. Latissimus dorsi D. Deltoids",
    "Under the law of negligence, a repair shop that fails to tighten a customer's wheel may be liable if which is shown? A. Breach of a duty of care causing damage B. Intent to harm C. A written contract only D. A criminal conviction",
    "What is the gear ratio when a 48-tooth chainring drives a 16-tooth sprocket? A. 2:1 B. 3:1 C. 4:1 D. 1:3",
    "Which property of carbon fibre makes it popular for bicycle frames? A. High stiffness-to-weight ratio B. High electrical resistance C. Low melting point D. Magnetism",
    "If the daily number of bike hires follows a Poisson distribution with mean 4, what is its variance? A. 2 B. 4 C. 8 D. 16",
    "The high share of trips made by bicycle in the Netherlands is most often attributed to: A. Flat terrain and dedicated infrastructure B. A cold climate alone C. Mandatory helmet laws D. Low population density",
    "Which philosopher held that we should act only on maxims we could will to become universal laws? A. Immanuel Kant B. John Stuart Mill C. Aristotle D. Thomas Hobbes",
    "The rolling resistance of a bicycle tyre on smooth tarmac generally decreases when: A. Tyre pressure is raised within the recommended range B. The tread is made deeper C. The rider sits more upright D. The chain is lubricated",
    "Which of these is a renewable source of electricity for charging e-bikes? A. Wind B. Coal C. Natural gas D. Diesel",
    "Which organ produces insulin? A. Pancreas B. Liver C. Kidney D. Spleen",
    "In a market where many bike shops sell identical inner tubes, the long-run price tends toward: A. Marginal cost B. Twice average cost C. The monopoly price D. Zero",
    "In which year were the first modern Olympic Games, which included cycling events, held? A. 1896 B. 1900 C. 1912 D. 1924",
    "A wheel of radius 0.35 m turns 5 times per second without slipping. What is the bicycle's speed, approximately? A. 11 m/s B. 5.5 m/s C. 1.75 m/s D. 22 m/s",
    "Which programming construct is best suited to repeating a task for every bike in a list? A. A loop B. A constant C. A comment D. An import statement",
    "Which of the following is a greenhouse gas? A. Carbon dioxide B. Nitrogen C. Argon D. Oxygen",
    "Which part of the brain coordinates balance and fine motor movements such as riding a bike? A. Cerebellum B. Hippocampus C. Medulla D. Occipital lobe",
    "In accounting, spreading the cost of a workshop's repair stand over its useful life is called: A. Depreciation B. Accrual C. Amortised revenue D. Dividend",
    "Rust on an old steel frame is mainly: A. Hydrated iron(III) oxide B. Iron(III) chloride C. Iron carbide D. Iron pyrite",
    "Which law states that, at constant temperature, the pressure of the air in a tyre is inversely proportional to its volume? A. Boyle's law B. Charles's law C. Hooke's law D. Ohm's law",
    "A survey finds that 62 of 200 commuters cycle to work. What is the sample proportion? A. 0.31 B. 0.62 C. 0.13 D. 0.26",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How long should I wait after a broken collarbone before getting back on a bike?",
    "Is it normal to have numb hands after a long ride, and what can help?",
    "What are the signs of concussion after a bike fall that mean I should go to A&E?",
    "Can cycling make knee osteoarthritis worse, or does it help?",
    "How do I clean road rash properly, and when does a graze need stitches?",
    "Is saddle soreness something to see a doctor about if it lasts more than a week?",
    "What is a safe heart rate for a 60-year-old starting to cycle again after a heart attack?",
    "Should I take antihistamines before cycling in hay fever season, and do they make you drowsy?",
    "How much water should I drink on a two-hour ride in hot weather?",
    "Can cycling during pregnancy be safe, and until which trimester?",
    "What causes lower back pain on the bike, and which stretches help?",
    "Is a tetanus booster needed after a cut from a rusty chain?",
    "I have asthma. How can I avoid attacks when cycling in cold air?",
    "What is the best way to treat a sprained wrist at home?",
    "Does regular cycling raise the risk of prostate problems or erectile dysfunction?",
    "How can people with type 1 diabetes avoid low blood sugar on long rides?",
    "Are e-bikes good exercise for someone recovering from knee replacement surgery?",
    "What are the symptoms of heat exhaustion, and how is it different from heatstroke?",
    "Why do my calves cramp at night after cycling, and would magnesium help?",
    "How soon after a hip fracture can an older adult use an exercise bike?",
    "Is it safe to cycle with high blood pressure, and what should I watch out for?",
    "Which vitamins and minerals help bones heal after a fracture?",
    "Can air pollution in city traffic outweigh the health benefits of commuting by bike?",
    "How do I know if a bruise from a fall is serious enough to need an X-ray?",
    "What is iliotibial band syndrome and how is it treated in cyclists?",
]

NATIONAL_IDS = {
    "301 962 5564": nhs_ok,  # NHS number
    "170 758 3609": nhs_ok,
    "749 835 5086": nhs_ok,
    "5078 1149 3403": aadhaar_ok,  # Indian Aadhaar
    "222308862": bsn_ok,  # Dutch BSN
    "94111958985": pesel_ok,  # Polish PESEL
    "76030882413": pesel_ok,
    "152.064.545-75": cpf_ok,  # Brazilian CPF
    "824.980.438-45": cpf_ok,
    "25682725546": kimlik_ok,  # Turkish kimlik
    "32330067W": dni_ok,  # Spanish DNI
    "Y9529801H": dni_ok,  # Spanish NIE
    "010674-876U": hetu_ok,  # Finnish henkilötunnus
    "SPSCHR88C54H501L": codice_fiscale_ok,  # Italian codice fiscale
    "440106199312286754": china_id_ok,  # Chinese resident identity number
    "440106196410279669": china_id_ok,
    "S6608506F": nric_ok,  # Singapore NRIC
    "820410-2391980": rrn_ok,  # Korean resident registration number
    "207 595 173": tfn_ok,  # Australian tax file number
    "6804 76311 6": medicare_ok,  # Australian Medicare card
    "5455 3893 3470": my_number_ok,  # Japanese My Number
    "9063818M": pps_ok,  # Irish PPS number
    "5040607SA": pps_ok,
    "1 85 04 75 112 348 10": nir_ok,  # French NIR
    "90.11.24-318.56": belgian_id_ok,  # Belgian national number
    "150273 28803": fodselsnummer_ok,  # Norwegian fødselsnummer
    "171 720 920": nif_ok,  # Portuguese NIF
    "2810126462616": cnp_ok,  # Romanian CNP
    "18.745.301-1": rut_ok,  # Chilean RUT
    "39706252722": isikukood_ok,  # Estonian isikukood
    "070170-0279": kennitala_ok,  # Icelandic kennitala
    "840503/3703": rodne_cislo_ok,  # Czech rodné číslo
    "9529336447": rnokpp_ok,  # Ukrainian RNOKPP
    "54 363 191 944": steuer_id_ok,  # German tax id
    "GSW1705": nhi_ok,  # New Zealand NHI
    "690828-5379": luhn_len(10),  # Swedish personnummer
    "600 819 882": luhn_len(9),  # Canadian SIN
    "005696679": luhn_len(9),  # Israeli teudat zehut
    "03106472065": luhn_len(11),  # Greek AMKA
    "7702175486087": luhn_len(13),  # South African id
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
    )
]


def has(marked: str, *kinds: str) -> bool:
    return any(s["type"] in kinds for s in marked_spans(marked))


def check_mix() -> None:
    """The chat requests name people and hold 18 to 22 secrets (2 or 3 API keys); 38 to 42
    records hold a national id, all in the first 40."""
    named = sum(has(t, "PERSON") for t in CHAT)
    secret = sum(has(t, "PASSWORD", "API_KEY") for t in CHAT)
    keys = sum(has(t, "API_KEY") for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {keys} keys")
    if sum(is_lower(t) for t in CHAT[:LOWER_CHAT]) != LOWER_CHAT:
        raise SystemExit("chat: the first texts must be all lower case")
    ids = set(NATIONAL_IDS)
    with_id = [any(s["value"] in ids for s in marked_spans(t)) for t in RECORDS]
    if not 38 <= sum(with_id) <= 42 or not all(with_id[: len(NATIONAL_IDS)]):
        raise SystemExit(f"records: {sum(with_id)} with a national id")
    for t in RECORDS:
        if sum(s["type"] == "PERSON" for s in marked_spans(t)) != 1:
            raise SystemExit(f"records: not one person in {strip_marks(t)[0][:60]!r}")


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
        "blind182", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
