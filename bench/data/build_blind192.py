# ruff: noqa: E501
"""A hundred-and-ninety-second blind privacy set: 220 texts with personal data and 100 clean
ones, on one topic: coach tour operators, day trips and minibus hire.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) that a coach or minibus operator's chatbot would
  get: bookings, quotes, rotas, cost splits, passenger and seating lists, pick-up lists,
  refunds, lost property, complaints, sign-offs, instructions ("tell X that ...") and
  appositives ("the treasurer, X,"); the first 30 are typed all in lower case, the next 6
  are in French, German, Spanish, Italian, Polish and Japanese, the other 84 in English.
  Names of many origins and scripts (Latin with diacritics, Cyrillic, Greek, Arabic, Hebrew,
  Devanagari, Bengali, Thai, Chinese, Japanese, Korean, Yoruba with tone marks), some of
  them ordinary words (Hope, Rose, Bill, Grace, Summer, Joy, Faith, Precious, Blessing);
  20 hold a secret (key-safe, lockbox, gate, door, alarm and keypad codes, a fuel-card PIN,
  wifi keys, passwords, 2FA codes and three API keys or tokens);
* 100 one-person records (one sentence or a short form each) in English and 34 other
  languages: 40 with a national id whose check digits are valid (32 kinds), two US SSNs,
  phones, e-mails, addresses, cards, IBANs, passports, a driving licence, logins and
  account, customer, member, policy, employee, student, patient and hospital numbers.

Usernames and logins, account, customer, member, policy, employee, student, patient and
hospital numbers, passports, driving licences and national ids are ID_NUMBER; PINs, door,
gate, lockbox, key-safe, keypad and alarm codes, wifi keys, passwords and 2FA codes are
PASSWORD; titles (Mr, Mrs, Dr, Herr, ...) stay outside PERSON spans; an address span runs
from the first line through the postcode and city as typed; public figures, companies,
fictional characters, booking references, invoice and ticket numbers and dates of birth are
not labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data: 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters
only), 25 GSM8K-style word problems (story characters' first names), 25 MMLU-style items
with options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900xxx and 01632 960xxx, North America 555-01xx,
Australia 0491 570xxx), no two with the same number; cards Luhn-valid and not well-known
test numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable
area, group and serial; IPs from the documentation ranges; national ids with valid check
digits.

Run ``.venv/bin/python bench/data/build_blind192.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 10
MAX_WORDS = 300
CHAT_WORDS = (1, 110)  # scripts without spaces count as one word; see check_mix
RECORD_WORDS = (1, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sr|Sra|Herr|Frau|Mme|Mlle|Sig|Signora|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, then 6 in other languages, then 84 in English.
CHAT = [
    # all lower case
    "hi, can i book a 16 seater minibus for saturday 14th? pick up from the church hall at 8am, back by 6. lead name [[PERSON|dawn pettifer]], mobile [[PHONE_NUMBER|07700 900318]]",
    "driver rota for the bath day trip: [[PERSON|marek wiśniewski]] outbound, [[PERSON|tunde bakare]] return leg, [[PERSON|siobhán kearney]] on standby",
    "the key safe at the depot side gate is [[PASSWORD|4417]], please leave the minibus keys in there after the school run. thanks, [[PERSON|gary whitlock]]",
    "cost split for the cotswolds coach trip: [[PERSON|anjali mehta]] £38, [[PERSON|rose kavanagh]] £38, [[PERSON|femi adeyemi]] £19 (child), [[PERSON|li wen]] £38",
    "can you move my booking to the later departure? it's under [[PERSON|oksana kovalenko]], email [[EMAIL_ADDRESS|oksana.k@example.net]]",
    "tell [[PERSON|bill hargreaves]] the coach for the darts club outing leaves the red lion at 7.15 not 7.30, his number is [[PHONE_NUMBER|01632 960471]]",
    "wifi on coach 12 keeps dropping and passengers say the key [[PERSON|kerry]] gave them, [[PASSWORD|sunnydays77]], doesn't work. can someone reset it",
    "need a quote for 2 x 33 seaters to the lake district, 3 days in late august, for the [[PERSON|ngozi okafor]] family reunion. there'll be about 60 of us, some elderly, so we need coaches with toilets and a luggage hold big enough for suitcases and two folding wheelchairs. we'd like to stop at kendal on the way up and do a boat trip on windermere on the middle day. she's the organiser and will pay the deposit, reach her at [[EMAIL_ADDRESS|ngozi.okafor@example.org]]",
    "passenger list for the york christmas market trip: 1. [[PERSON|margaret o'dowd]] 2. [[PERSON|ivan petrov]] 3. [[PERSON|amira haddad]] 4. [[PERSON|jonas berg]] - [[PERSON|jonas]] needs a wheelchair space",
    "yard gate code: [[PASSWORD|7390#]]",
    "hi it's [[PERSON|priya raman]] from the rotary club, can we add two wheelchair users to the 3rd june tour to chatsworth",
    "please cancel the minibus for [[PERSON|grace adjei]] on friday, she's in hospital. a refund to the original card is fine",
    "swap me and [[PERSON|dmitri sokolov]] on the rota — i'll do the tuesday airport shuttle, he'll do wednesday's school swim run. [[PERSON|callum]]",
    "[[PERSON|наталья смирнова]] and [[PERSON|ольга белова]] want seats together near the front on the whitby trip, both get travel sick",
    "our alarm code at the booking office changed to [[PASSWORD|2468]] — [[PERSON|shirley]], can you pass it on to the saturday staff",
    "how much for a minibus with driver from leeds to york races, 14 people, return same day? contact [[PERSON|jamal idris]] [[PHONE_NUMBER|07700 900562]]",
    "lost property: a blue rucksack left on the edinburgh day trip coach, belongs to [[PERSON|aoife brennan]], she's on [[PHONE_NUMBER|+44 7700 900184]]",
    "treasurer's note: [[PERSON|summer okonkwo]] paid the deposit for the bluebell railway trip, [[PERSON|ruth feld]] still owes £25",
    "login for the operator portal is [[ID_NUMBER|depot_manager2]] and the password is [[PASSWORD|bluecoach!88]], can you check why the manifest won't print",
    "who is driving the 09:00 to stonehenge? the sheet says [[PERSON|kwame asante]] but he's booked off",
    "can [[PERSON|wiktoria nowak]] bring her guide dog on the coach to cardiff? she'll be sat with [[PERSON|hannah cole]]",
    "sign-off for today's rota: outbound [[PERSON|raj]], inbound [[PERSON|deepika]], cleaning [[PERSON|tomasz]]. cheers all",
    "hello, i paid twice for the seaside special, booking ref ss-20931. please refund one to [[IBAN_CODE|gb61 midl 4005 1583 9204 71]] — [[PERSON|helen mcbride]]",
    "2fa code for the fleet tracker is [[PASSWORD|603915]], it expires in 5 min, [[PERSON|olumide]] needs it to log the breakdown",
    "the school trip to the zoo: teachers on board are mrs [[PERSON|janet coombes]] and mr [[PERSON|arjun pillai]], 42 kids, coach from st mary's at 8.45",
    "can you send the invoice to [[EMAIL_ADDRESS|accounts.wheeler@example.co.uk]] attn [[PERSON|colin wheeler]]",
    "[[PERSON|이서연]] and [[PERSON|박지훈]] from the exchange group need the airport pickup at 6am, terminal 5",
    "the lockbox on the minibus at the hotel car park is [[PASSWORD|0815]], tell [[PERSON|faisal]] before he arrives",
    "my mum [[PERSON|beryl nuttall]] wants to book the over 60s mystery tour, she doesn't do email so ring her on [[PHONE_NUMBER|0491 570 226]]",
    "quick one, is the [[PERSON|sunil joshi]] group's minibus booked with a driver or self drive? he's asked for the licence check link",
    # other languages: French, German, Spanish, Italian, Polish, Japanese
    "Bonjour, je voudrais réserver un minibus de 9 places pour une excursion à Étretat le 12 juillet. La personne à contacter sur place sera [[PERSON|Hélène Marchetti]], à l'adresse [[EMAIL_ADDRESS|helene.marchetti@example.fr]].",
    "Hallo, beim Tagesausflug nach Rothenburg am Samstag fahren [[PERSON|Jürgen Weißmann]] und [[PERSON|Dilek Yıldız]]. Der Code für das Schlüsselkästchen am Depot lautet [[PASSWORD|5931]].",
    "¿Podéis confirmar el autocar para la excursión a Toledo? Somos 28 personas, la responsable es [[PERSON|Begoña Ruiz Castillo]] y su correo es [[EMAIL_ADDRESS|bego.ruiz@example.es]].",
    "Buongiorno, vorrei noleggiare un pulmino con autista per il matrimonio di mia figlia [[PERSON|Chiara Benedetti]]: gli ospiti vanno dalla chiesa al ristorante. Mi chiami al [[PHONE_NUMBER|+44 7700 900655]]. [[PERSON|Franco Benedetti]]",
    "Dzień dobry, chciałbym zarezerwować wycieczkę autokarową do Zakopanego dla grupy z parafii. Opiekunem grupy będzie [[PERSON|Grzegorz Kamiński]], tel. [[PHONE_NUMBER|07700 900248]].",
    "来週の箱根日帰りバスツアーに、[[PERSON|佐藤美咲]]さんと[[PERSON|高橋健太]]さんの2名を追加してください。連絡先は[[EMAIL_ADDRESS|m.sato@example.jp]]です。",
    # English
    "Hi, I'd like a quote for a 24-seat coach from Bristol to the Eden Project on 9 August, returning the same evening. Organiser: [[PERSON|Eleni Papadopoulou]], [[PHONE_NUMBER|07700 900903]].",
    "Tell [[PERSON|Hope Ransome]] that her seat on the Snowdonia tour has been moved to row 3, next to the window.",
    "Drivers this weekend. Sat: [[PERSON|Andreas Kyriakou]], [[PERSON|Bola Ogunleye]]. Sun: [[PERSON|Wayne Dobbs]]. [[PERSON|Bola]] has the 49-seater.",
    "Please update the emergency contact for [[PERSON|Yusuf Al-Amin]] on the Highlands 5-day tour to his wife, [[PERSON|Mariam Al-Amin]], [[PHONE_NUMBER|+44 7700 900117]].",
    "Can I hire a self-drive minibus for the weekend? I've had my D1 entitlement for 6 years. Name's [[PERSON|Tobias Lindqvist]], email [[EMAIL_ADDRESS|tobias.lindqvist@example.se]].",
    "The treasurer, [[PERSON|Chidinma Eze]], will pay the balance for the choir's coach to Llandudno by bank transfer next week.",
    "Our booking system API key got pasted in the group chat by mistake: [[API_KEY|bk_live_7Qm2Xr9TzL4vN8cWp1HsYd3K]]. Can you revoke it and issue a new one? [[PERSON|Declan Rourke]], IT",
    "Minibus hire for my dad's 70th birthday: we'd like a 16-seater with a driver to collect everyone from [[STREET_ADDRESS|14 Larkspur Close, Harrogate HG2 7QT]] at 10, drive out through the Yorkshire Dales with a pub lunch stop in Grassington, then back by about 6. A few of the guests are in their eighties, so a low step or a ramp would really help. He's [[PERSON|Ronald Peel]], and it's a surprise, so please don't ring the house; ask for me at the door instead.",
    "[[PERSON|שירה כהן]] and [[PERSON|אבי לוי]] need kosher meals on the Stratford day trip, please tell catering.",
    "Who has the spare keys for minibus 4? [[PERSON|Grace]] says [[PERSON|Ibrahim Sesay]] took them home on Tuesday.",
    "Please email the itinerary for the Loire Valley coach holiday to [[EMAIL_ADDRESS|r.delacroix@example.com]] and [[EMAIL_ADDRESS|pm.delacroix@example.com]]. [[PERSON|René]] and [[PERSON|Pascale Delacroix]]",
    "The door code for the drivers' rest room at the Victoria coach stop is [[PASSWORD|C1984X]], don't share it with passengers. [[PERSON|Stelios]]",
    "Rota for the airport shuttle, week 32: Mon [[PERSON|Rahul Verma]], Tue [[PERSON|Kateryna Bondar]], Wed [[PERSON|Rahul Verma]], Thu [[PERSON|Seo-yeon Park]], Fri [[PERSON|Mick Doherty]].",
    "Hello, I'm organising the WI outing to Blenheim. Could you invoice [[PERSON|Patricia Lumley]] at [[STREET_ADDRESS|Rose Cottage, 3 Mill Lane, Bampton OX18 2HL]]?",
    "Pickup list for tomorrow's Cheddar Gorge trip: [[PERSON|Arjun Nair]] ([[STREET_ADDRESS|22 Elm Road, Bristol BS7 8PJ]]), [[PERSON|Faith Mwangi]] ([[STREET_ADDRESS|5 Hillside Court, Bristol BS16 4RT]]), [[PERSON|Duncan Reid]] (coach station).",
    "Can the coach wait 15 minutes at Bath Spa station? My daughter [[PERSON|Lily Thornton]] is coming in on a delayed train.",
    "Sorry, [[PERSON|Kenji Watanabe]] and [[PERSON|Aiko Watanabe]] can't make the Windsor trip on Sunday. Can their seats go to the waiting list?",
    "Wi-Fi on the new 57-seater: network TourLink-57, key [[PASSWORD|Xq7!harbour-fog]]. Please put it on the seat-back cards. Thanks, [[PERSON|Niamh]]",
    "Can you arrange a minibus with a tail lift for [[PERSON|Olusegun Adebayo]]? He uses a powered wheelchair. His carer [[PERSON|Precious Mensah]] will travel too.",
    "Add [[PERSON|陈晓明]] and [[PERSON|王丽]] to the Stonehenge and Bath tour on the 21st, they're paying cash at the desk.",
    "Quick cost split for the minibus to the festival: £420 / 7 = £60 each. [[PERSON|Jade]], [[PERSON|Bill]], [[PERSON|Tariq]], [[PERSON|Ffion]], [[PERSON|Marco]], [[PERSON|Sunita]], me. Pay [[PERSON|Jade]] by Friday.",
    "Dear team, please send the tachograph card renewal reminder to [[PERSON|Krzysztof Zieliński]], his card expires next month. Manager: [[PERSON|Sandra Oyelaran]]",
    "I'd like to complain about yesterday's day trip to Brighton. The driver left [[PERSON|Edna Griffiths]], who is 84 and walks with a frame, standing at the pier for forty minutes because he'd moved the pick-up point without telling anyone. Nobody at your office answered the phone, and in the end a stranger had to help her find the coach. She was cold, upset and missed her tablets. I want a full refund and an apology. I'm her son, [[PERSON|Martin Griffiths]], [[PHONE_NUMBER|07700 900846]].",
    "Passengers needing assistance on the Lake Garda coach holiday: [[PERSON|Dorothy Haig]] (stick), [[PERSON|Wilfred Amankwah]] (hearing aid), [[PERSON|Pilar Gómez]] (diabetic, needs a snack stop).",
    "The new booking clerk is [[PERSON|Asha Kapoor]]; her login is [[ID_NUMBER|akapoor.bookings]] and the temporary password is [[PASSWORD|Welcome-Coach-19]]. Please make her change it.",
    "Please let [[PERSON|Thandiwe Dlamini]] know the Kew Gardens coach leaves from bay 6, not bay 2.",
    "Need a 16-seat minibus + driver for a stag do, Newcastle to Edinburgh and back, 2 days. Lead booker [[PERSON|Connor McAllister]], card on file.",
    "Hi, it's [[PERSON|Ayesha Siddiqui]]. Can I change the pick-up for our Oxford day trip from the mosque car park to [[STREET_ADDRESS|41 Cowley Road, Oxford OX4 1HP]]?",
    "[[PERSON|Σοφία Νικολάου]] called about the Cornwall tour. She needs a ground-floor room and wants a call back on [[PHONE_NUMBER|01632 960218]] to pay the balance.",
    "Kids' holiday club trip to Legoland: staff on the coach are [[PERSON|Bethany Cole]], [[PERSON|Oluwaseun Bello]] and [[PERSON|Harvey Dunn]]; first aider is [[PERSON|Oluwaseun Bello]].",
    "Our office broadband password for waiting customers is [[PASSWORD|minibus-hire-2019]]. Can you put it on the waiting room sign?",
    "Please refund [[PERSON|Mohammed Rahman]]'s deposit for the Blackpool Illuminations trip to [[IBAN_CODE|GB69BARC20671548203916]].",
    "Hi, I booked the Peak District day tour for my grandparents, [[PERSON|Rajesh]] and [[PERSON|Kamala Iyer]]. Is there step-free access onto the coach?",
    "Could you tell the driver that [[PERSON|Summer Fielding]] will be waiting at the bus shelter by the Co-op, not at the school gate?",
    "For the rugby club tour to Dublin next March, here's who's sharing rooms at the hotel: [[PERSON|Jack Tanner]] & [[PERSON|Rhys Pugh]], [[PERSON|Lewis Hale]] & [[PERSON|Sione Tuilagi]], [[PERSON|Dafydd Jenkins]] on his own because of the snoring. The coach needs to pick us up from the clubhouse at 5 am for the ferry at Holyhead, and we'll need space for kit bags and a cool box. Can you confirm the driver's hours will cover the return on Sunday night?",
    "[[PERSON|อรุณี ศรีสุข]] is the tour guide for the Thai community group's trip to Bournemouth; please send her the coach driver's mobile number.",
    "We need a maps key for the route planner. Use [[API_KEY|AIzaSyB7kQ2mVx9LpR4tN8wZc1Hd6Fj3Ys0EuPa]] for now, [[PERSON|Oren]] will swap in the production one.",
    "Booking for 12 on the Mystery Tour, 5 October. Names so far: [[PERSON|Rose Atherton]], [[PERSON|Violet Atherton]], [[PERSON|Ivy Marsh]], [[PERSON|Pearl Marsh]], and eight from the bowls club to follow.",
    "Please call [[PERSON|Nikhil Deshpande]] on [[PHONE_NUMBER|(416) 555-0143]]; he wants a 35-seater for the Niagara day trip in September.",
    "Our tour manager [[PERSON|Fatima Zahra Benali]] needs the passenger manifest emailed to [[EMAIL_ADDRESS|fz.benali@example.com]] before 6 pm.",
    "Can the minibus stop at [[STREET_ADDRESS|8 Ashgrove Terrace, Cardiff CF24 3BN]] on the way to the airport? That's where [[PERSON|Gwen Pritchard]] lives.",
    "I've lost my e-ticket for the Giant's Causeway trip. Booked under [[PERSON|Caoimhe Ní Bhriain]], [[EMAIL_ADDRESS|caoimhe.nb@example.ie]].",
    "Reminder: the alarm at the Mill Street garage is [[PASSWORD|9173]] then ENTER. Last out sets it. [[PERSON|Trevor]]",
    "Hi [[PERSON|Yaw]], your group's coach to Alton Towers is confirmed for 7:30 from the leisure centre. [[PERSON|Abena]] has the tickets.",
    "[[PERSON|अमित शर्मा]] has asked for a vegetarian packed lunch on the Lake District day trip, and so has [[PERSON|सुनीता शर्मा]].",
    "Could you send the accessible coach photos to [[PERSON|نور حسين]]? She's checking whether her mother's scooter fits.",
    "Accounts: please chase [[PERSON|Graham Oduya]] for the unpaid minibus hire from March. His address is [[STREET_ADDRESS|77 Kingsway, Manchester M19 2LL]].",
    "Driver swap: [[PERSON|Lukas]] can't do the Cambridge run, [[PERSON|Ade]] will cover. [[PERSON|Ade]], the fuel card PIN is [[PASSWORD|3805]].",
    "We're a youth group from Lagos visiting London. Leader is [[PERSON|Adéwálé Ògúndípẹ̀]], deputy [[PERSON|Fọláṣadé Akínyẹmí]]. Can you do a half-day city coach tour?",
    "[[PERSON|Bảo Ngọc Trần]] wants to know if the Scottish Highlands tour includes the Loch Ness boat trip.",
    "Can someone tell [[PERSON|Esperanza Villalobos]] the Liverpool Beatles coach tour is full, but there's space on the 14th?",
    "The webhook token for the seat-map integration is [[API_KEY|whsec_4nT8qLz2Rk7VmX1pC9bJ6yHd]]. [[PERSON|Marguerite]], please rotate it after the demo.",
    "Please seat Dr [[PERSON|Oyinlola Adeyinka]] at the front; she gets travel sick on long coach journeys.",
    "Hi, minibus quote please. We're 11 passengers landing at Heathrow Terminal 3 on Friday at about 1 pm, with roughly 15 large suitcases and a set of golf clubs, and we need taking to [[STREET_ADDRESS|The Old Rectory, Church Street, Ledbury HR8 1DH]] for a family wedding. We'd like to arrive by 4:30 at the latest, and return on Monday morning, same group. Could you quote for both legs and say whether the driver stays over or comes back? Contact [[PERSON|Hamish Calder]].",
    "Our driver [[PERSON|Dragan Petrović]] found a wallet on the Canterbury coach. It belongs to [[PERSON|Ingrid Solberg]]. Can you phone her on [[PHONE_NUMBER|+44 7700 900392]]?",
    "Tell [[PERSON|Pooja]] and [[PERSON|Harpreet]] their minibus back from the wedding leaves at midnight sharp.",
    "Seating plan row 1: [[PERSON|Gladys Pemberton]], [[PERSON|Norman Pemberton]]; row 2: [[PERSON|Kofi Boateng]], [[PERSON|Akua Boateng]]; row 3: [[PERSON|Hye-jin Choi]].",
    "The booking under [[PERSON|Sébastien Lefèvre]] has the wrong date, it should be the 18th not the 8th. Email [[EMAIL_ADDRESS|seb.lefevre@example.fr]] to confirm.",
    "Our minibus driver [[PERSON|Joy Nwosu]] needs a copy of her DBS certificate sent to [[EMAIL_ADDRESS|joy.nwosu@example.com]].",
    "Hey, can you reset the password on the fleet dashboard for [[PERSON|Ravi]]? His username is [[ID_NUMBER|rsubramanian]].",
    "Could the studio tour coach pick up [[PERSON|Tomás Ó Súilleabháin]] from the Premier Inn at Euston?",
    "[[PERSON|Mehmet Öztürk]] is our contact at the hotel in Harrogate; his direct line is [[PHONE_NUMBER|01632 960583]].",
    "Please confirm the pickup times for [[PERSON|Anneliese Krüger]] and her husband [[PERSON|Horst]] on the Rhine cruise coach transfer.",
    "Lockbox at the Whitby coach park: [[PASSWORD|2207]]. Spare minibus key is inside. Don't text this to anyone, [[PERSON|Carys]].",
    "Hi, I'm the new PE teacher, [[PERSON|Jordan Blake]]. I need two minibuses for the county athletics on the 5th.",
    "[[PERSON|Fernanda Oliveira]] and [[PERSON|Thiago Oliveira]] are travelling with their baby; can we reserve a seat for the car seat on the Cotswolds tour?",
    "Could you add [[PERSON|হাসান মাহমুদ]] and [[PERSON|রুমানা আক্তার]] to the community centre's trip to Brighton on Saturday?",
    "Day trip to Skegness, £22 a head. Paid: [[PERSON|Sheila]], [[PERSON|Lenny]], [[PERSON|Precious]]. Not paid: [[PERSON|Dwayne]], [[PERSON|Marisol]].",
    "Invoice for the 3-day Norfolk Broads tour should go to [[PERSON|Yevgenia Orlova]], finance officer, [[EMAIL_ADDRESS|y.orlova@example.org]].",
    "Has [[PERSON|Obinna]] collected minibus 7 yet?",
    "Hi, our 2FA code for the ticketing site went to [[PERSON|Chloe]]'s phone: it's [[PASSWORD|418207]]. Can you log in and add the extra coach?",
    "The coach to Stratford will collect [[PERSON|Hiroshi Tanaka]] from [[STREET_ADDRESS|Flat 2, 19 Waverley Road, Leamington Spa CV31 1AT]] at 8.10.",
    "Please book a minibus for the church youth group, leader [[PERSON|Blessing Uchenna]], [[PHONE_NUMBER|07700 900975]], 14 kids and 3 adults, Longleat safari park.",
    "Spare seat on the Edinburgh Tattoo coach: offer it to [[PERSON|Morag Sutherland]] first, then [[PERSON|Angus Baird]].",
    "[[PERSON|Layla Hassan]] booked 4 seats but only paid for 2. Please send her a reminder at [[EMAIL_ADDRESS|laylahassan@example.net]].",
    "The Santa Special coach trip: elves are [[PERSON|Kirsty Moffat]] and [[PERSON|Ben Ashworth]], and Santa will be played by [[PERSON|Dennis Crabtree]]. Keep that quiet!",
    "Can I leave my car at your depot during the 4-day Devon tour? I'm [[PERSON|Violetta Russo]], but the booking is under my maiden name, [[PERSON|Violetta Conti]].",
    "The keypad at the minibus compound takes [[PASSWORD|6042*]] from tonight. Pass it on to the night drivers, [[PERSON|Alisha]].",
    "Please arrange a wheelchair-accessible minibus for [[PERSON|Ezekiel Osei]], from [[STREET_ADDRESS|3 Foxglove Way, Reading RG2 9NE]] to hospital outpatients, every Tuesday in May.",
    "[[PERSON|Kalani]] says the guide for the Bath walking tour add-on is [[PERSON|Rutendo Moyo]], not [[PERSON|Rudo]].",
    "Hi there, our coach trip leader [[PERSON|Ji-woo Kang]] has the group's passports. Please make sure she sits by the door.",
    "Can you print name badges for the tour: [[PERSON|Ananya Bose]], [[PERSON|Cormac Duffy]], [[PERSON|Hira Malik]], [[PERSON|Stanisław Górski]], [[PERSON|Lucía Fernández]], [[PERSON|Aziz Karimov]].",
    "My account on your booking site is [[ID_NUMBER|mbeaumont77]]. Can you merge it with the one my husband [[PERSON|Clive Beaumont]] set up?",
    "Can you resend the day trip voucher for [[PERSON|Rafael Mendoza]] to [[EMAIL_ADDRESS|rafa.mendoza@example.com]] and text it to [[PHONE_NUMBER|(305) 555-0186]]?",
]

# 100 one-person records: (language, text).
RECORD_ROWS = [
    # with a national id
    (
        "Hindi",
        "यात्री: [[PERSON|राहुल मेहरा]], आधार: [[ID_NUMBER|5372 9186 4025]], ईमेल: [[EMAIL_ADDRESS|rahul.mehra@example.com]]",
    ),
    (
        "English",
        "Group leader [[PERSON|Kavita Rao]], Aadhaar [[ID_NUMBER|8046 3719 2556]], mobile [[PHONE_NUMBER|07700 900207]], seat 14 on the Windsor coach.",
    ),
    (
        "English",
        "Medical note for the coach holiday: [[PERSON|Doreen Walsh]], NHS number [[ID_NUMBER|731 604 9820]], carries an adrenaline pen.",
    ),
    (
        "English",
        "Driver medical form. Name: [[PERSON|Keith Barraclough]]; NHS no: [[ID_NUMBER|462 950 3188]]; home phone: [[PHONE_NUMBER|01632 960734]]",
    ),
    (
        "Dutch",
        "Reiziger: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|614839270]], adres [[STREET_ADDRESS|Prinsengracht 412, 1016 JK Amsterdam]]",
    ),
    (
        "Dutch",
        "Chauffeur [[PERSON|Pieter Jansen]], burgerservicenummer [[ID_NUMBER|238174657]], e-mail [[EMAIL_ADDRESS|p.jansen@example.nl]]",
    ),
    (
        "Polish",
        "Uczestniczka wycieczki: [[PERSON|Agnieszka Wójcik]], PESEL [[ID_NUMBER|92071438259]], tel. [[PHONE_NUMBER|+44 7700 900381]]",
    ),
    (
        "Polish",
        "Kierowca busa: [[PERSON|Paweł Lewandowski]], PESEL: [[ID_NUMBER|85112904679]], adres: [[STREET_ADDRESS|ul. Długa 17/4, 80-831 Gdańsk]]",
    ),
    (
        "Portuguese",
        "Passageira: [[PERSON|Juliana Ferreira]], CPF [[ID_NUMBER|317.482.906-22]], e-mail [[EMAIL_ADDRESS|juliana.ferreira@example.com.br]]",
    ),
    (
        "Portuguese",
        "Motorista contratado: [[PERSON|Rodrigo Almeida Santos]], CPF: [[ID_NUMBER|742.519.083-41]], celular [[PHONE_NUMBER|+44 7700 900426]]",
    ),
    (
        "Turkish",
        "Yolcu: [[PERSON|Elif Şahin]], T.C. Kimlik No: [[ID_NUMBER|38471620540]], telefon: [[PHONE_NUMBER|+44 7700 900529]]",
    ),
    (
        "Spanish",
        "Viajero: [[PERSON|Javier Morales Ortega]], DNI [[ID_NUMBER|53928174M]], domicilio [[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]]",
    ),
    (
        "Spanish",
        "Conductora del minibús: [[PERSON|Ana Lucía Ramírez]], NIE [[ID_NUMBER|Y4718263B]], correo [[EMAIL_ADDRESS|analucia.ramirez@example.es]]",
    ),
    (
        "Finnish",
        "Matkustaja: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240389-517J]], puh. [[PHONE_NUMBER|+44 7700 900614]]",
    ),
    (
        "Italian",
        "Partecipante: [[PERSON|Giorgio Marino]], codice fiscale [[ID_NUMBER|MRNGRG84S21L219U]], indirizzo [[STREET_ADDRESS|Via Garibaldi 28, 10122 Torino]]",
    ),
    (
        "Italian",
        "Accompagnatrice: [[PERSON|Silvia Costa]], C.F. [[ID_NUMBER|CSTSLV91A52G273I]], email [[EMAIL_ADDRESS|silvia.costa@example.it]]",
    ),
    (
        "Chinese",
        "乘客：[[PERSON|刘伟]]，身份证号：[[ID_NUMBER|320106198709243515]]，手机：[[PHONE_NUMBER|+44 7700 900842]]",
    ),
    (
        "English",
        "Tour participant [[PERSON|Tan Mei Ling]], NRIC [[ID_NUMBER|S7924618B]], email [[EMAIL_ADDRESS|meiling.tan@example.com.sg]]",
    ),
    (
        "Korean",
        "탑승자: [[PERSON|김민준]], 주민등록번호: [[ID_NUMBER|880419-1285732]], 이메일: [[EMAIL_ADDRESS|minjun.kim@example.co.kr]]",
    ),
    (
        "English",
        "Casual driver onboarding: [[PERSON|Lachlan O'Brien]], TFN [[ID_NUMBER|714 382 951]], mobile [[PHONE_NUMBER|0491 570 318]], bank details to follow.",
    ),
    (
        "Japanese",
        "添乗員：[[PERSON|山本 裕子]]、マイナンバー：[[ID_NUMBER|5830 1947 6222]]、電話：[[PHONE_NUMBER|+44 7700 900451]]",
    ),
    (
        "English",
        "Coach driver: [[PERSON|Seán Gallagher]], PPS number [[ID_NUMBER|8305716AA]], address [[STREET_ADDRESS|12 Shandon Street, Cork T23 K2X9]]",
    ),
    (
        "French",
        "Voyageuse : [[PERSON|Camille Girard]], n° de sécurité sociale [[ID_NUMBER|2 79 06 69 123 457 09]], tél. [[PHONE_NUMBER|+44 7700 900563]]",
    ),
    (
        "French",
        "Chauffeur : [[PERSON|Mathieu Lambert]], NIR [[ID_NUMBER|1 88 11 33 063 218 90]], adresse [[STREET_ADDRESS|14 rue Sainte-Catherine, 33000 Bordeaux]]",
    ),
    (
        "Dutch",
        "Reiziger: [[PERSON|Wouter Peeters]], rijksregisternummer [[ID_NUMBER|82.07.14-315.66]], e-mail [[EMAIL_ADDRESS|wouter.peeters@example.be]]",
    ),
    (
        "Norwegian",
        "Passasjer: [[PERSON|Håkon Haugen]], fødselsnummer [[ID_NUMBER|12058749344]], mobil [[PHONE_NUMBER|+44 7700 900672]]",
    ),
    (
        "Portuguese",
        "Passageiro: [[PERSON|João Pedro Carvalho]], NIF [[ID_NUMBER|238519600]], morada [[STREET_ADDRESS|Rua Augusta 155, 1100-048 Lisboa]]",
    ),
    (
        "Romanian",
        "Șoferiță: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2900315406721]], telefon [[PHONE_NUMBER|+44 7700 900794]]",
    ),
    (
        "Spanish",
        "Pasajero: [[PERSON|Matías Soto Fuentes]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|matias.soto@example.cl]]",
    ),
    (
        "Estonian",
        "Reisija: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48906232713]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]]",
    ),
    (
        "Icelandic",
        "Farþegi: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|1307923249]], sími [[PHONE_NUMBER|+44 7700 900815]]",
    ),
    (
        "Czech",
        "Cestující: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|875613/4123]], adresa [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]]",
    ),
    (
        "Ukrainian",
        "Пасажир: [[PERSON|Андрій Мельник]], РНОКПП [[ID_NUMBER|3184629578]], тел. [[PHONE_NUMBER|+44 7700 900938]]",
    ),
    (
        "German",
        "Fahrer: [[PERSON|Tobias Hartmann]], Steuer-ID [[ID_NUMBER|47381905624]], Anschrift [[STREET_ADDRESS|Lindenstraße 23, 90402 Nürnberg]]",
    ),
    (
        "English",
        "Tour passenger [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKR4189]], mobile [[PHONE_NUMBER|+61 491 570 842]]",
    ),
    (
        "Swedish",
        "Resenär: [[PERSON|Elsa Lindgren]], personnummer [[ID_NUMBER|790814-3626]], e-post [[EMAIL_ADDRESS|elsa.lindgren@example.se]]",
    ),
    (
        "English",
        "New minibus driver, Toronto depot: [[PERSON|Marie-Claude Tremblay]], SIN [[ID_NUMBER|638 214 593]], phone [[PHONE_NUMBER|(647) 555-0172]]",
    ),
    (
        "Hebrew",
        "נוסע: [[PERSON|יוסף מזרחי]], מספר זהות [[ID_NUMBER|314829573]], דוא״ל [[EMAIL_ADDRESS|yossi.mizrahi@example.co.il]]",
    ),
    (
        "Greek",
        "Επιβάτης: [[PERSON|Γιώργος Παπαδάκης]], ΑΜΚΑ [[ID_NUMBER|15078542139]], τηλ. [[PHONE_NUMBER|+44 7700 900157]]",
    ),
    (
        "English",
        "Tour guide contract: [[PERSON|Sipho Ndlovu]], SA ID [[ID_NUMBER|9106235417082]], email [[EMAIL_ADDRESS|sipho.ndlovu@example.co.za]]",
    ),
    # US SSNs
    (
        "English",
        "Seasonal driver for the US tours: [[PERSON|Tyler Brooks]], SSN [[US_SSN|412-68-3095]], phone [[PHONE_NUMBER|(615) 555-0137]]",
    ),
    (
        "English",
        "W-9 on file for the Boston sightseeing contractor [[PERSON|Maria Esposito]], SSN [[US_SSN|538-27-4610]].",
    ),
    # IBANs, cards, record numbers, contacts
    (
        "English",
        "Card payment for the Yorkshire coast tour: cardholder [[PERSON|Derek Holloway]], card [[CREDIT_CARD|4929 3817 0462 7151]], phone [[PHONE_NUMBER|07700 900233]].",
    ),
    (
        "English",
        "Member no. [[ID_NUMBER|CTC-448120]]: [[PERSON|Irene Baxter]], [[STREET_ADDRESS|27 Sandringham Drive, Leicester LE2 4QX]], prefers aisle seats.",
    ),
    (
        "French",
        "Remboursement à [[PERSON|Claire Rousseau]], IBAN [[IBAN_CODE|FR7430004008271946382051178]], e-mail [[EMAIL_ADDRESS|claire.rousseau@example.fr]].",
    ),
    (
        "German",
        "Erstattung für [[PERSON|Monika Becker]]: IBAN [[IBAN_CODE|DE36 5001 0517 0248 1736 5900]], Tel. [[PHONE_NUMBER|+44 7700 900486]]",
    ),
    (
        "Spanish",
        "Devolución a [[PERSON|Lucía Navarro]], cuenta [[IBAN_CODE|ES2821004729183065742815]].",
    ),
    (
        "Italian",
        "Rimborso a [[PERSON|Marco Ricci]], IBAN [[IBAN_CODE|IT66K0306909606100000072914]], cellulare [[PHONE_NUMBER|+44 7700 900507]]",
    ),
    (
        "Dutch",
        "Terugbetaling aan [[PERSON|Daan Bakker]], rekening [[IBAN_CODE|NL89RABO0318274659]]",
    ),
    (
        "French",
        "Remboursement, excursion à Bruges : [[PERSON|Élise Dubois]], [[IBAN_CODE|BE06 0635 7281 94]]",
    ),
    (
        "English",
        "Refund for the Ring of Kerry day tour to [[PERSON|Orla Fitzgerald]], IBAN [[IBAN_CODE|IE39BOFI90012047381956]], email [[EMAIL_ADDRESS|orla.fitz@example.ie]]",
    ),
    (
        "German",
        "Rückerstattung an [[PERSON|Florian Gruber]], IBAN [[IBAN_CODE|AT84 2011 1829 3746 0512]], Adresse [[STREET_ADDRESS|Mariahilfer Straße 88, 1070 Wien]]",
    ),
    (
        "German",
        "Rückzahlung Carfahrt Luzern: [[PERSON|Nadine Keller]], [[IBAN_CODE|CH15 0900 0008 7410 3925 2]]",
    ),
    (
        "Polish",
        "Zwrot za wycieczkę dla [[PERSON|Michała Zająca]], nr rachunku [[IBAN_CODE|PL09102055610000002837419264]]",
    ),
    (
        "Portuguese",
        "Reembolso para [[PERSON|Inês Rodrigues]], IBAN [[IBAN_CODE|PT13003500274619283701522]], telemóvel [[PHONE_NUMBER|+44 7700 900617]]",
    ),
    ("Norwegian", "Refusjon til [[PERSON|Sigrid Dahl]], IBAN [[IBAN_CODE|NO8915037293846]]"),
    (
        "Swedish",
        "Återbetalning till [[PERSON|Oskar Nyström]], IBAN [[IBAN_CODE|SE8350000000054917263081]], e-post [[EMAIL_ADDRESS|oskar.nystrom@example.se]]",
    ),
    (
        "English",
        "Deposit refund: [[PERSON|Naveen Pillai]], [[IBAN_CODE|GB43 LOYD 3091 2847 5610 29]]",
    ),
    (
        "Spanish",
        "Pago con tarjeta: [[PERSON|Alejandro Vega]], tarjeta [[CREDIT_CARD|5413 7720 9186 0340]], caduca 09/27",
    ),
    (
        "French",
        "Paiement : [[PERSON|Nathalie Fontaine]], carte [[CREDIT_CARD|4716 0583 2291 6474]], tél. [[PHONE_NUMBER|+44 7700 900728]]",
    ),
    (
        "English",
        "Corporate booking, Amex [[CREDIT_CARD|3782 640193 57280]], cardholder [[PERSON|Richard Ashby]], [[EMAIL_ADDRESS|r.ashby@example.com]]",
    ),
    (
        "German",
        "Kreditkarte für die Busreise: [[PERSON|Sabine Vogel]], [[CREDIT_CARD|5182 0946 7713 2088]]",
    ),
    (
        "English",
        "Minibus hire deposit: [[PERSON|Kelechi Obi]], card [[CREDIT_CARD|4539 6701 8245 9315]], billing address [[STREET_ADDRESS|61 Stanley Road, Liverpool L20 3DP]]",
    ),
    (
        "English",
        "Card on file for [[PERSON|Brandon Kowalski]]: [[CREDIT_CARD|6011 4827 3095 1161]], phone [[PHONE_NUMBER|(312) 555-0164]]",
    ),
    (
        "Italian",
        "Carta [[CREDIT_CARD|5264 3109 8872 4509]] intestata a [[PERSON|Federica Lombardi]]",
    ),
    (
        "Dutch",
        "Betaling: [[PERSON|Femke Visser]], creditcard [[CREDIT_CARD|4024 0071 5936 8827]], e-mail [[EMAIL_ADDRESS|femke.visser@example.nl]]",
    ),
    ("English", "Card: [[CREDIT_CARD|3412 905718 33644]] ([[PERSON|Edward Langley]])"),
    (
        "Japanese",
        "お支払い：[[PERSON|中村 大輔]]様、カード番号 [[CREDIT_CARD|4485 2719 0634 8829]]",
    ),
    (
        "English",
        "Patient transport booking: [[PERSON|Albert Higgins]], hospital number [[ID_NUMBER|RX4429173]], pick-up [[STREET_ADDRESS|4 Beech Grove, Hull HU5 2LS]]",
    ),
    (
        "English",
        "Coach club member [[PERSON|Marjorie Fell]], membership [[ID_NUMBER|GC-20417]], [[PHONE_NUMBER|01632 960355]]",
    ),
    (
        "English",
        "Customer ID [[ID_NUMBER|CUST-88213]], [[PERSON|Samir Haddad]], [[EMAIL_ADDRESS|samir.haddad@example.com]], [[PHONE_NUMBER|07700 900664]]",
    ),
    (
        "Arabic",
        "الراكب: [[PERSON|أحمد الخطيب]]، الهاتف: [[PHONE_NUMBER|+44 7700 900853]]، البريد الإلكتروني: [[EMAIL_ADDRESS|ahmad.khatib@example.com]]",
    ),
    (
        "Thai",
        "ผู้โดยสาร: [[PERSON|สมชาย ใจดี]] โทร [[PHONE_NUMBER|+61 491 570 263]] อีเมล [[EMAIL_ADDRESS|somchai.j@example.com]]",
    ),
    (
        "Korean",
        "예약자: [[PERSON|최수진]], 전화 [[PHONE_NUMBER|+44 7700 900176]], 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 396, 03925]]",
    ),
    (
        "Chinese",
        "联系人：[[PERSON|张丽华]]，电话：[[PHONE_NUMBER|+44 7700 900294]]，邮箱：[[EMAIL_ADDRESS|lihua.zhang@example.com]]",
    ),
    (
        "Vietnamese",
        "Khách: [[PERSON|Nguyễn Thị Hoa]], SĐT [[PHONE_NUMBER|+61 491 570 419]], địa chỉ [[STREET_ADDRESS|25 Lê Lợi, Quận 1, TP. Hồ Chí Minh]]",
    ),
    (
        "Indonesian",
        "Penumpang: [[PERSON|Dewi Lestari]], email [[EMAIL_ADDRESS|dewi.lestari@example.co.id]], nomor anggota [[ID_NUMBER|ANG-77314]]",
    ),
    (
        "Swahili",
        "Msafiri: [[PERSON|Amani Mwakilema]], simu [[PHONE_NUMBER|+44 7700 900331]], barua pepe [[EMAIL_ADDRESS|amani.m@example.co.ke]]",
    ),
    (
        "Yoruba",
        "Orúkọ èrò: [[PERSON|Adébáyọ̀ Olúwaṣẹ̀un]], nọ́mbà fóònù: [[PHONE_NUMBER|07700 900719]]",
    ),
    (
        "Danish",
        "Rejsende: [[PERSON|Mette Kjær]], mobil [[PHONE_NUMBER|+44 7700 900960]], adresse [[STREET_ADDRESS|Nørrebrogade 52, 2200 København N]]",
    ),
    (
        "Hungarian",
        "Utas: [[PERSON|Kovács Eszter]], e-mail [[EMAIL_ADDRESS|eszter.kovacs@example.hu]], telefon [[PHONE_NUMBER|+44 7700 900279]]",
    ),
    (
        "Croatian",
        "Putnica: [[PERSON|Ivana Horvat]], adresa [[STREET_ADDRESS|Ilica 112, 10000 Zagreb]], mob. [[PHONE_NUMBER|+44 7700 900389]]",
    ),
    (
        "Russian",
        "Пассажирка: [[PERSON|Екатерина Волкова]], эл. почта [[EMAIL_ADDRESS|e.volkova@example.com]], телефон [[PHONE_NUMBER|+44 7700 900502]]",
    ),
    ("Greek", "Κράτηση: [[PERSON|Δημήτρης Αλεξίου]], email [[EMAIL_ADDRESS|d.alexiou@example.gr]]"),
    ("Hebrew", "הזמנה על שם [[PERSON|נועה ברק]], טלפון [[PHONE_NUMBER|+44 7700 900445]]"),
    (
        "Bengali",
        "যাত্রী: [[PERSON|তানভীর আহমেদ]], ফোন: [[PHONE_NUMBER|07700 900582]], ইমেল: [[EMAIL_ADDRESS|tanvir.ahmed@example.com]]",
    ),
    (
        "Tagalog",
        "Pasahero: [[PERSON|Maria Cristina Dela Cruz]], numero ng telepono [[PHONE_NUMBER|+61 491 570 537]]",
    ),
    (
        "English",
        "Booking-site login from [[IP_ADDRESS|203.0.113.58]] for account [[ID_NUMBER|kwhitfield]] ([[PERSON|Karen Whitfield]])",
    ),
    (
        "English",
        "Fraud check: [[PERSON|Liam Docherty]] paid for 40 seats from IP [[IP_ADDRESS|198.51.100.23]], email [[EMAIL_ADDRESS|liam.docherty@example.net]]",
    ),
    (
        "English",
        "Driver app session: [[PERSON|Priyanka Chauhan]], device IP [[IP_ADDRESS|2001:db8:4a1::17]], employee no. [[ID_NUMBER|EMP-3092]]",
    ),
    (
        "English",
        "Passport for the Paris coach break: [[PERSON|Stephen Crowther]], [[ID_NUMBER|548102937]], expiry 2031",
    ),
    (
        "English",
        "Minibus driver licence check: [[PERSON|Gemma Rhodes]], licence no. [[ID_NUMBER|RHODE857124GM9AB]], phone [[PHONE_NUMBER|07700 900143]]",
    ),
    (
        "English",
        "Travel insurance for the coach tour: [[PERSON|Beatrice Lowe]], policy [[ID_NUMBER|TIP-5529014]], [[EMAIL_ADDRESS|bea.lowe@example.co.uk]]",
    ),
    (
        "English",
        "School trip consent: pupil [[PERSON|Archie Bennett]], student no. [[ID_NUMBER|ST-204718]], parent's phone [[PHONE_NUMBER|07700 900358]]",
    ),
    (
        "English",
        "Please post the brochure to [[PERSON|Maureen Tilley]], [[STREET_ADDRESS|Flat 6, Regent House, 40 High Street, Whitstable CT5 1BQ]]",
    ),
    (
        "English",
        "Booking contact: [[PERSON|Chloe Nguyen]], [[PHONE_NUMBER|0491 570 684]], [[STREET_ADDRESS|18 Wattle Street, Fitzroy VIC 3065]]",
    ),
    (
        "English",
        "Charter contact: [[PERSON|Darnell Jackson]], [[PHONE_NUMBER|(404) 555-0128]], [[STREET_ADDRESS|2210 Peachtree Rd NW, Atlanta, GA 30309]]",
    ),
    (
        "French",
        "Client : [[PERSON|Étienne Bouchard]], téléphone [[PHONE_NUMBER|(514) 555-0191]], courriel [[EMAIL_ADDRESS|etienne.bouchard@example.ca]]",
    ),
    (
        "English",
        "Day-centre outing list: [[PERSON|Harold Fenwick]], patient no. [[ID_NUMBER|PT-0093815]], needs oxygen on the coach, daughter's mobile [[PHONE_NUMBER|07700 900797]]",
    ),
    (
        "English",
        "Account [[ID_NUMBER|ACC-6620917]]: [[PERSON|Winston Adeyemi]], [[EMAIL_ADDRESS|w.adeyemi@example.com]], card [[CREDIT_CARD|5398 1206 4471 9358]]",
    ),
]
RECORDS = [text for _, text in RECORD_ROWS]

NATIONAL_IDS = {
    "5372 9186 4025": aadhaar_ok,  # Indian Aadhaar
    "8046 3719 2556": aadhaar_ok,
    "731 604 9820": nhs_ok,  # NHS number
    "462 950 3188": nhs_ok,
    "614839270": bsn_ok,  # Dutch BSN
    "238174657": bsn_ok,
    "92071438259": pesel_ok,  # Polish PESEL
    "85112904679": pesel_ok,
    "317.482.906-22": cpf_ok,  # Brazilian CPF
    "742.519.083-41": cpf_ok,
    "38471620540": kimlik_ok,  # Turkish kimlik
    "53928174M": dni_ok,  # Spanish DNI
    "Y4718263B": dni_ok,  # Spanish NIE
    "240389-517J": hetu_ok,  # Finnish henkilötunnus
    "MRNGRG84S21L219U": codice_fiscale_ok,  # Italian codice fiscale
    "CSTSLV91A52G273I": codice_fiscale_ok,
    "320106198709243515": china_id_ok,  # Chinese resident identity number
    "S7924618B": nric_ok,  # Singapore NRIC
    "880419-1285732": rrn_ok,  # Korean resident registration number
    "714 382 951": tfn_ok,  # Australian tax file number
    "5830 1947 6222": my_number_ok,  # Japanese My Number
    "8305716AA": pps_ok,  # Irish PPS number
    "2 79 06 69 123 457 09": nir_ok,  # French NIR
    "1 88 11 33 063 218 90": nir_ok,
    "82.07.14-315.66": belgian_id_ok,  # Belgian national number
    "12058749344": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238519600": nif_ok,  # Portuguese NIF
    "2900315406721": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "48906232713": isikukood_ok,  # Estonian isikukood
    "1307923249": kennitala_ok,  # Icelandic kennitala
    "875613/4123": rodne_cislo_ok,  # Czech rodné číslo
    "3184629578": rnokpp_ok,  # Ukrainian RNOKPP
    "47381905624": steuer_id_ok,  # German tax id
    "ZKR4189": nhi_ok,  # New Zealand NHI
    "790814-3626": luhn_len(10),  # Swedish personnummer
    "638 214 593": luhn_len(9),  # Canadian SIN
    "314829573": luhn_len(9),  # Israeli teudat zehut
    "15078542139": luhn_len(11),  # Greek AMKA
    "9106235417082": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction only.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive email to convince an introverted friend to join a coach day trip to the seaside. Keep it under 150 words.",
    "Compose an engaging travel blog post about a recent coach tour of the Scottish Highlands, highlighting cultural experiences and must-see attractions.",
    "Pretend you are Sherlock Holmes and explain, in character, how you deduced that a stranger had just come back from a coach trip to Blackpool.",
    "Imagine you are a guide on an open-top sightseeing bus in London. Describe the view as you pass the Houses of Parliament and Big Ben.",
    "Explain the difference between a minibus, a midi-coach and a full-size touring coach to someone planning a school trip.",
    "Write a short poem in the style of William Wordsworth about a coach ride through the Lake District.",
    "What are the main factors a small coach operator should weigh when deciding whether to switch its fleet to electric vehicles?",
    "Write a Python function that takes a list of group sizes and returns the minimum number of 16-seat minibuses needed if groups may not be split.",
    "Extract every place name and arrival time from this itinerary and return them as JSON: 'Depart Leeds 08:00, arrive Harrogate 08:45, depart 10:30, arrive Fountains Abbey 11:05.'",
    "Role-play as Elizabeth Bennet writing to her sister Jane about a disappointing carriage excursion to Pemberley.",
    "How might Winston Churchill have described the importance of public transport in wartime Britain? Answer as a speech of three paragraphs.",
    "Summarise the pros and cons of dynamic pricing for day-trip coach tickets.",
    "Rewrite the opening paragraph of Moby-Dick as if Ishmael were boarding a night coach instead of a whaling ship.",
    "Suggest five creative names for a family-run minibus hire company in a coastal town, and explain each one.",
    "Compare the travel writing of Bill Bryson and Paul Theroux in terms of humour and tone.",
    "Write a SQL query that returns, for each tour, the number of bookings made in the last 30 days, given tables tours(id, name) and bookings(id, tour_id, created_at).",
    "Explain to a ten-year-old why a full bus uses less fuel per passenger than a car.",
    "Describe a day in the life of a coach driver on a five-day tour of Cornwall, written as a diary entry.",
    "If Mary Poppins ran a coach tour company, what would her safety briefing sound like?",
    "What are the ethical issues with using facial recognition cameras at coach stations?",
    "Write a limerick about a minibus that keeps breaking down on the way to the seaside.",
    "Act as a travel agent and plan a three-day coach itinerary in the Scottish Borders for a group of retired birdwatchers.",
    "Critique this slogan for a coach company and suggest two improvements: 'Sit back, we've got the wheel.'",
    "How did the building of Britain's motorway network in the 1960s change the coach holiday industry?",
    "Imagine Ada Lovelace designing a timetable for horse-drawn omnibuses. Describe her approach step by step.",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A coach has 53 seats. A school books 4 coaches for a trip, and 187 pupils and 19 teachers travel. How many seats are left empty?",
    "Priya hires a minibus for £240 a day and splits the cost equally among 12 friends, herself included. How much does each person pay?",
    "A day-trip coach leaves at 8:15 am. The journey takes 2 hours 50 minutes, the group spends 4 hours at the destination and the return takes 3 hours 10 minutes. What time does the coach get back?",
    "Tom sells 36 adult tickets for a mystery tour at £18 each and 14 child tickets at half price. How much money does he collect?",
    "A minibus uses 1 litre of diesel every 9 miles. A trip to the coast is 117 miles each way and diesel costs £1.50 a litre. What is the fuel cost of the round trip?",
    "A tour operator runs 3 coaches a day, 6 days a week, and each coach carries 41 passengers on average. How many passengers does it carry in 4 weeks?",
    "Maria's coach club charges £5 a month. Members get 20% off a £45 day trip. If Maria goes on 3 trips in a year, how much does she spend in total, membership included?",
    "There are 48 people on a coach. One third get off at the first stop and 12 get on. At the second stop half of the passengers get off. How many are left on the coach?",
    "A coach travels at an average of 50 miles per hour for 3 hours and then at 40 miles per hour for 1.5 hours. How far does it travel?",
    "Kwame is arranging transport for a wedding. Each minibus holds 16 guests and 90 guests need a lift. How many minibuses does he need, and how many seats will be empty?",
    "A castle tour costs £32 for adults and £19 for children, plus a £6 booking fee per family. What does a family of 2 adults and 3 children pay?",
    "Lena drives a coach 240 miles on Monday, 15% fewer miles on Tuesday and twice Tuesday's distance on Wednesday. How many miles does she drive over the three days?",
    "A coach company has 18 vehicles. One sixth are minibuses and the rest are full-size coaches. If each full-size coach needs 2 new tyres, how many tyres are needed?",
    "Seven friends share the cost of a minibus with driver. The hire is £385 and they tip the driver £42. How much does each friend pay?",
    "Sam buys 5 day-trip vouchers at £27 each and gets £15 off the total. He pays with three £50 notes. How much change does he get?",
    "A coach leaves a depot at 9:00 at 55 mph. A second coach leaves the same depot at 10:00 at 66 mph on the same road. At what time does the second coach catch up?",
    "A Lake District tour costs £210 per person. Early bookers get £25 off, and groups of 10 or more get a further 5% off the reduced price. How much does a group of 12 early bookers pay altogether?",
    "A school has 4 classes of 28 pupils. Each pupil pays £12 for a zoo trip and the school adds £150. The coach costs £650 and entry is £6 per pupil. How much money is left over?",
    "Aisha counts 23 passengers on the top deck of a sightseeing bus and 17 downstairs. At the next stop 9 get off the top deck and 4 get on downstairs. How many passengers are on the bus now?",
    "A driver is paid £14 an hour for the first 8 hours of a shift and time and a half after that. How much does the driver earn for an 11-hour shift?",
    "A minibus company charges a £60 fixed fee plus £1.20 per mile. How many miles can a customer travel for £180?",
    "Of 150 passengers surveyed, 40% prefer a window seat, 35% prefer the aisle and the rest have no preference. How many have no preference?",
    "A tour guide buys 6 packs of bottled water with 24 bottles in each. On the trip 97 bottles are drunk. How many bottles are left?",
    "Jack's coach tour lasts 5 days. The coach covers 180 miles on the first day and 25 miles more each day than the day before. How many miles does it cover in total?",
    "A coach's fuel tank holds 400 litres. It starts full and uses 28 litres per 100 km. After a 650 km journey, what fraction of the tank is left?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "What is the main purpose of a tachograph fitted to a coach? A. Measuring tyre pressure B. Recording driving time, speed and distance C. Controlling cabin temperature D. Monitoring fuel quality",
    "A coach company lowers its fares and its total revenue rises. Demand for its trips is therefore: A. perfectly inelastic B. inelastic C. unit elastic D. elastic",
    "Apart from water vapour, what is the main product of the complete combustion of diesel? A. Carbon monoxide B. Carbon dioxide C. Nitrogen D. Methane",
    "The Treaty of Rome (1957) established which organisation? A. NATO B. The European Economic Community C. The United Nations D. The Council of Europe",
    "What is the derivative of x^3 with respect to x? A. x^2 B. 3x^2 C. 3x D. x^4/4",
    "Which part of the brain is chiefly responsible for balance and coordination? A. Cerebrum B. Cerebellum C. Medulla oblongata D. Hypothalamus",
    "In contract law, an offer that states a deadline for acceptance generally lapses: A. never B. when the deadline passes C. only after a reasonable time D. only if the offeror dies",
    "Which of the following is a renewable energy source? A. Coal B. Natural gas C. Wind D. Uranium",
    "What is the capital of Australia? A. Sydney B. Melbourne C. Canberra D. Perth",
    "A vehicle accelerates uniformly from rest to 20 m/s in 10 s. Its acceleration is: A. 0.5 m/s² B. 2 m/s² C. 20 m/s² D. 200 m/s²",
    "Which philosopher wrote the Critique of Pure Reason? A. Hume B. Kant C. Hegel D. Locke",
    "In marketing, the four Ps are product, price, place and: A. people B. promotion C. process D. packaging",
    "Which blood vessels carry blood away from the heart? A. Veins B. Capillaries C. Arteries D. Venules",
    "What is the binary representation of the decimal number 13? A. 1011 B. 1101 C. 1110 D. 1001",
    "Which of these is a fixed cost for a coach operator in the short run? A. Diesel B. Vehicle insurance C. Road tolls D. Driver overtime",
    "In which country did the Industrial Revolution begin? A. France B. Germany C. Great Britain D. United States",
    "Which statistical measure is most affected by extreme values? A. Median B. Mode C. Mean D. Interquartile range",
    "The tendency to explain other people's behaviour by their character rather than their circumstances is called: A. confirmation bias B. the fundamental attribution error C. the halo effect D. groupthink",
    "Which enzyme begins the digestion of starch in the mouth? A. Pepsin B. Lipase C. Salivary amylase D. Trypsin",
    "What is the value of 7!/5!? A. 2 B. 35 C. 42 D. 49",
    "Which of the following best describes a monopoly? A. Many sellers, identical products B. One seller, no close substitutes C. A few sellers with interdependent pricing D. Many sellers, differentiated products",
    "Who wrote the novel Pride and Prejudice? A. Charlotte Brontë B. Jane Austen C. George Eliot D. Mary Shelley",
    "Resistors of 4 Ω and 6 Ω are connected in series across 20 V. The current is: A. 1 A B. 2 A C. 5 A D. 10 A",
    "Which layer of the OSI model is responsible for routing packets between networks? A. Data link B. Network C. Transport D. Session",
    "In which year was Magna Carta sealed? A. 1066 B. 1215 C. 1415 D. 1688",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What's the best way to avoid travel sickness on a long coach journey?",
    "Is it safe to take an antihistamine before a day trip if I'm also on blood pressure tablets?",
    "How often should I get up and walk about on a six-hour coach trip to lower the risk of DVT?",
    "What are the early signs of heat exhaustion, and what should you do if someone on a tour shows them?",
    "Can ginger really help with motion sickness, and how much should an adult take?",
    "I have type 2 diabetes. What snacks should I pack for a full-day coach excursion?",
    "Are compression stockings worth wearing on long bus journeys?",
    "How should I keep insulin cool when travelling for several hours in a hot coach?",
    "What should be in a basic first aid kit for a minibus?",
    "Is it normal for ankles to swell after sitting for a long time, and when should I worry?",
    "What are the signs of an asthma attack and how can I help someone who is having one?",
    "How much water should an older adult drink on a hot day out?",
    "Can anxiety cause nausea while travelling, and which breathing exercises help?",
    "What is the usual dose of paracetamol for an adult with a headache?",
    "How can I tell a migraine from a tension headache?",
    "Which vaccinations are recommended before a coach tour across Eastern Europe?",
    "What should I do if someone faints in a crowded place?",
    "Is it safe to travel by coach in the third trimester of pregnancy?",
    "How do I recognise the signs of a stroke? I've heard of the FAST test.",
    "Is there any evidence that acupressure wristbands prevent travel sickness?",
    "What are good stretches for lower back pain after a long journey sitting down?",
    "Can you get sunburnt through a coach window?",
    "What are the warning signs of dehydration in children?",
    "How long after a meal should I wait before travelling if I get car sick?",
    "What should someone with a pacemaker know before going through security scanners at attractions?",
]


def _spans(texts: list[str], kind: str) -> list[str]:
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_mix() -> None:
    """The chat requests name people (at least 90) and 18 to 22 hold a secret, two or three
    of them an API key; each is 3 to 110 words long (or 15 characters in a script written
    without spaces); the six after the lower-case ones are in six languages. Every record
    names one person; 38 to 42 records hold a national id. Every card, IBAN and phone is
    checked again here: Luhn and no test number, mod 97 and no documentation example, no
    two phones with the same number."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    for marked in CHAT:
        plain = strip_marks(marked)[0]
        if len(plain.split()) > 110 or (len(plain.split()) < 3 and len(plain) < 15):
            raise SystemExit(f"chat: length of {plain[:60]!r}")
    for marked in RECORDS:
        people = {v for v in _spans([marked], "PERSON")}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(any(v in NATIONAL_IDS for v in _spans([t], "ID_NUMBER")) for t in RECORDS)
    if not 38 <= with_id <= 42 or _spans(CHAT, "US_SSN"):
        raise SystemExit(f"records: {with_id} with a national id")
    pii = CHAT + RECORDS
    for card in _spans(pii, "CREDIT_CARD"):
        digits = "".join(c for c in card if c.isdigit())
        if not luhn_ok(digits) or len(digits) not in CARD_DIGITS or digits in WELL_KNOWN_CARDS:
            raise SystemExit(f"card {card!r} invalid or a test number")
    for iban in _spans(pii, "IBAN_CODE"):
        compact = iban.replace(" ", "").upper()
        if not iban_ok(compact) or compact in DOCUMENTATION_IBANS:
            raise SystemExit(f"IBAN {iban!r} invalid or a documentation example")
    numbers = ["".join(c for c in p if c.isdigit())[-9:] for p in _spans(pii, "PHONE_NUMBER")]
    if len(numbers) != len(set(numbers)):
        raise SystemExit("two texts share a phone number")


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
        "blind192", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
