# ruff: noqa: E501
"""A hundred-and-ninety-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on model railway, board game and miniature painting clubs.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a hobby shop and club-room chatbot would get from
  club organisers and members: table and layout bookings, rotas, cost splits, sign-up
  lists, sign-offs, appositives ("our treasurer, X,"), instructions ("tell X that ..."),
  door, gate, lockbox, alarm and key-safe codes, PINs, wifi keys, passwords, 2FA codes and
  three API tokens. The first 30 are typed all in lower case, the next 6 are in German,
  French, Spanish, Polish, Japanese and Turkish, the other 84 in English. Names of many
  origins and scripts (Latin with diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
  Bengali, Thai, Georgian, Chinese, Japanese, Korean, Yoruba with tone marks), some of them
  ordinary words (Hope, Rose, Bill, Grace, Summer, Joy, Ash, Holly, Ivy, Charity ...);
* 100 one-person records (one sentence or a short form each) in English and many other
  languages: club membership forms, registrations, refunds, deliveries; 40 of them hold a
  national id with valid check digits, the others phones, e-mails, addresses, cards,
  IBANs, SSNs, passports, a driving licence, usernames, IPs and account, member, customer,
  student and patient numbers.

Usernames and logins, account, customer, member, student and patient numbers, passports,
driving licences and national ids are ID_NUMBER; PINs, door, gate, lockbox, key-safe and
alarm codes, wifi keys, passcodes, passwords and 2FA codes are PASSWORD; tokens and access
keys API_KEY; titles (Mr., Mrs., Dr., Mme, 様) stay outside PERSON spans; an address span
runs from the street line through the postcode and city as typed; public figures,
companies, fictional characters, order numbers and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data: 25
MT-Bench/Vicuna-style prompts (naming only public figures and fictional characters), 25
GSM8K-style word problems with story first names, 25 MMLU-style items with options A to D
and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits (see ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind195.py`` from the repository root; the output
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
    my_number_ok,
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
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Sr|Sra|Pan|Pani|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, then 6 in other languages, then 84 in English.
CHAT = [
    # all lower case
    "hi, can you add [[PERSON|tomasz wróbel]] to saturday's n-gauge running session? he's bringing his class 37 and needs a slot on the main loop.",
    "rota for layout clean-up in march: [[PERSON|hope adeyemi]] week 1, [[PERSON|bill carver]] week 2, me week 3, [[PERSON|grace tan]] week 4. can you post it on the club page",
    "the lockbox at the scenery shed is [[PASSWORD|7391]], please pass it on to our new member, [[PERSON|summer okonkwo]], before friday",
    "please refund the paint-and-take fee for [[PERSON|jiří novotný]], he was charged twice for the same session",
    "terrain order split: [[PERSON|rose]] at £23.50, [[PERSON|ifeoma]] at £23.50, [[PERSON|kaito]] at £23.50 and i cover the rest. send [[PERSON|rose]] the receipt too",
    "tell [[PERSON|siobhán ní bhriain]] that her dice tower commission is ready for pickup at the tuesday meet",
    "wifi at the clubhouse changed, new key is [[PASSWORD|ballast-and-biscuits-77]], ask [[PERSON|dmitri volkov]] if it won't connect",
    "who has the key to the cabinet with the brass locos? last i heard it was [[PERSON|артём белов]]",
    "can u book table 4 for our catan league thursday, names: [[PERSON|priya raghunathan]], [[PERSON|oluwaseun bakare]], [[PERSON|mei ling koh]] and [[PERSON|jonas lindqvist]]. we usually start around half six and go on until the café closes, so if the table is only free until nine can you put us on the long one by the window instead? last time we were squeezed next to the speakers and could barely hear the dice. also one of us uses a wheelchair so nothing up the steps please",
    "my number is [[PHONE_NUMBER|07700 900418]] for when the loco repair is done, it's the one with the broken coupling. name's [[PERSON|gareth pryce]]",
    "alarm code for the unit on mill lane is [[PASSWORD|55820]], don't put it in the group chat. [[PERSON|hamza qureshi]] is locking up tonight",
    "painting comp judges this year: [[PERSON|वंदना अय्यर]], [[PERSON|colm brennan]] and [[PERSON|fatou diop]]. please email them the brief",
    "who won last month's gloomhaven campaign night? i think it was [[PERSON|lukas becker]] and [[PERSON|amara eze]]'s team",
    "can you change the contact for the 00 gauge group to [[PERSON|marisol ibáñez]], [[EMAIL_ADDRESS|marisol.ibanez@gmail.com]]",
    "i lost my login for the members area, username is [[ID_NUMBER|brasslocofan88]], can you reset it",
    "need to cancel the airbrush workshop place for my son, [[PERSON|kwame asante]], he's got exams",
    "please split the £84 for the new gaming mats three ways between [[PERSON|lior ben-david]], [[PERSON|nadia haddad]] and me",
    "gate code for the allotment where we run the garden railway is [[PASSWORD|1908#]], ask for [[PERSON|pat o'leary]] at the shed",
    "can you print name badges for the miniatures open day: [[PERSON|김서연]], [[PERSON|鈴木陽菜]], [[PERSON|ngozi eze]], [[PERSON|björn sandvik]]",
    "reminder for thursday: tell [[PERSON|felix hartmann]] his warhammer army is still in the display case, he needs to collect it",
    "2fa code is [[PASSWORD|604 215]], i'm trying to log in to the club shop account for the railway society, it's under my name, [[PERSON|deepa menon]]. please hurry",
    "our treasurer, [[PERSON|eleni kostopoulou]], wants the hall hire invoice sent to her not to me",
    "hey, the board game café booking is under [[PERSON|ren takahashi]] for 8 people at 7pm, can you confirm",
    "please remove my address from the club directory, it's [[STREET_ADDRESS|14 wellington terrace, ls6 2qd leeds]]",
    "layout visit list for sunday: [[PERSON|ama owusu]] (driver), [[PERSON|stefan müller]] (signals), and the twins, [[PERSON|ivy]] and [[PERSON|holly barnes]]",
    "pin for the shared club card is [[PASSWORD|2846]], [[PERSON|wen jie]] needs it to buy the glue and flock",
    "can you message everyone that [[PERSON|ahmed el-sayed]] is running the intro to weathering class instead of me",
    "who do i pay the subs to now? someone said it's [[PERSON|charity blackwood]]",
    "the code for the key safe at the exhibition hall is [[PASSWORD|3-1-7-9]], [[PERSON|valentina rossi]] has the spare",
    "thanks for sorting the table booking, cheers, [[PERSON|aoife]]",
    # other languages: German, French, Spanish, Polish, Japanese, Turkish
    "Hallo, bitte tragt [[PERSON|Jürgen Weißmüller]] für den Spur-N-Stammtisch am Mittwoch ein. Der Code für die Hintertür ist [[PASSWORD|4826]].",
    "Bonjour, pouvez-vous envoyer la facture du tournoi de Carcassonne à Mme [[PERSON|Célestine Lefèvre-Dubois]] ? Son adresse : [[STREET_ADDRESS|27 rue des Tanneurs, 67000 Strasbourg]].",
    "¿Podéis avisar a [[PERSON|Rocío Fernández Gutiérrez]] de que su pedido de pinturas ya ha llegado? Su móvil es el [[PHONE_NUMBER|07700 900562]].",
    "Proszę dopisać [[PERSON|Grzegorza Kowalczyka]] do listy sędziów konkursu malowania figurek.",
    "鉄道模型クラブの会計は[[PERSON|渡辺 美咲]]さんです。 会費の振込先を教えてください。",
    "Merhaba, kutu oyunu gecesi için [[PERSON|Elif Yıldırım]]'ın kaydını iptal edebilir misiniz? Kulüp odasının wifi şifresi de değişti: [[PASSWORD|kule9vagon]]",
    # English
    "Hi, I'm organising the spring swap meet for the Dunmore Model Railway Club. Could you list [[PERSON|Oksana Hrytsenko]] and [[PERSON|Declan Murphy]] as stallholders? Both have paid. [[PERSON|Oksana]]'s table is mostly continental HO rolling stock and she needs a socket for her test track; [[PERSON|Declan]] is selling off a whole OO layout in sections, so he'll need the double pitch by the loading door and a trolley if you have one. Doors open to sellers at 8, public at 10.",
    "Please update the painting class roster: [[PERSON|Grace Obi]], [[PERSON|Wiremu Tane]], [[PERSON|Luca Bianchi]], [[PERSON|Sakura Ito]]. Remove [[PERSON|Ben Hollis]], he moved away.",
    "Tell [[PERSON|Aarav]] that the Ticket to Ride tournament starts at 10, not 11.",
    "Our chairman, [[PERSON|Viktor Lindahl]], asked me to get a quote for hiring your back room every second Saturday.",
    "The key box at the layout barn opens with [[PASSWORD|0614]]. Can you add that to the volunteer pack for [[PERSON|Bogdan Ilie]]?",
    "Cost split for the Gaslands terrain board: [[PERSON|Mehmet]] £18, [[PERSON|Joy]] £18, [[PERSON|Tariq]] £18, [[PERSON|Hanne]] £18. Can you generate a payment link for each?",
    "Can you reset the password on my shop account? The old one was [[PASSWORD|Caboose!Red42]] and it hasn't worked since the update.",
    "Please send the club newsletter to [[PERSON|Ngaio Whitfield]] at [[EMAIL_ADDRESS|ngaio.whitfield@xtra.co.nz]], she's our new secretary.",
    "[[PERSON|Hope Mwangi]] and [[PERSON|Rose Delacroix]] are co-running the miniature painting stall at the fair. [[PERSON|Hope]] handles sales and [[PERSON|Rose]] does the demos.",
    "Booking for the Pandemic Legacy marathon: 6 seats, contact [[PERSON|Shira Katz]], [[PHONE_NUMBER|(312) 555-0143]].",
    "Could you check whether Mr. [[PERSON|Haruto Nakamura]] picked up the Tomix starter set he ordered last week?",
    "Our exhibition bot stopped posting. Can you check if this token is still valid: [[API_KEY|xoxb-5824019372-7719304826153-Qm3ZkT9vRbW2yLp8NcX4fJs6]]? [[PERSON|Lars Eriksen]] set it up.",
    "Hi, it's [[PERSON|Precious Ndlovu]]. Please move my miniature painting masterclass booking from the 12th to the 19th.",
    "Add these to the Wednesday wargames list: [[PERSON|Σοφία Αντωνίου]], [[PERSON|Ιωάννης Μαυρίδης]], and [[PERSON|Callum Reid]].",
    "Until the club account is open, please refund deposits to our treasurer, [[PERSON|Li Na Zhou]], IBAN [[IBAN_CODE|GB69 MIDL 4005 1541 8327 06]]. We had to close the old account when the bank merged branches, and the new one needs two signatures that we can't get until the AGM in May. There are eleven deposits for the cancelled painting weekend, £35 each, and everyone has agreed in writing that the money can go through her for now.",
    "What time does the shop close on Sunday? I want to pick up the glue order for [[PERSON|Bill Ashworth]].",
    "Can you email the layout plans to [[PERSON|Rahul]] and [[PERSON|Sunita Deshpande]]? Their address is [[EMAIL_ADDRESS|rahul.deshpande@outlook.com]]",
    "Door code for the club room this term: [[PASSWORD|2719*]]. Please pass it to [[PERSON|Yusuf Demir]] and nobody else.",
    "Who is running the intro to airbrushing on Friday? If it's [[PERSON|Marguerite]], please tell her I'll be late because my train gets in at ten past seven, and ask whether I can borrow one of the club compressors. I've only got a cheap single-action brush and I'd rather not buy anything expensive until I know I like it. I'll bring my own primed models, two space marines and a tank, and my own paints, but I haven't got any thinner or cleaner, so I'll pay for whatever I use.",
    "List for the Great Western weekend trip: [[PERSON|Dafydd Hughes]], [[PERSON|Anwen Pritchard]], [[PERSON|Rhys ap Gwilym]], [[PERSON|Nia Morgan]].",
    "Invoice the trestle table hire to [[PERSON|Kofi Mensah-Bonsu]], [[STREET_ADDRESS|8 Albion Street, Bristol BS1 6QE]].",
    "Please pass my thanks to [[PERSON|Ayşe]] for the lovely painted Catan pieces. — [[PERSON|Tom]]",
    "Can you set up a recurring reminder for the painting group? Organiser is [[PERSON|Camille Fontaine]], mobile [[PHONE_NUMBER|07700 900731]].",
    "Our layout's control PC at the show will use [[IP_ADDRESS|192.0.2.47]]; can you whitelist it for the live stream? It belongs to [[PERSON|Stanislav Horák]].",
    "I pushed the club's timetable scraper that [[PERSON|Mateus Carvalho]] wrote and accidentally left our GitHub token [[API_KEY|ghp_7Rk2Qm9XzVb4Lp0TnW8sJd3YhF6cGa1EuK5o]] in the README. How do I revoke it?",
    "Please tell Dr. [[PERSON|Anjali Krishnan]] that her resin terrain pieces are back from the caster.",
    "Which of you has the spare controller for the DCC layout? [[PERSON|Faith Osei]] thinks she left it with [[PERSON|Jamal]].",
    "Sign-up sheet for the Blood Bowl league: 1. [[PERSON|Ruairí Gallagher]] 2. [[PERSON|Thandiwe Zulu]] 3. [[PERSON|Pieter de Vries]] 4. [[PERSON|Aleksander Nowak]]",
    "[[PERSON|Martin Kowalski]] is our new keyholder for the Riverside layout store; can you add him to the call-out list?",
    "Send the painting competition certificates to the winners: [[PERSON|ابراهيم الخطيب]], [[PERSON|Isabela Costa]] and [[PERSON|Hoang Minh Chau]].",
    "Can someone phone [[PERSON|Patience Asante]] on [[PHONE_NUMBER|0491 570 318]] about her model railway club membership renewal?",
    "Please book the big table for Frosthaven on Saturday under the name [[PERSON|Summer Halvorsen]].",
    "My wife [[PERSON|Guadalupe Ortiz]] wants to join the miniature painting evenings. Is there a waiting list?",
    "Can you check the club email account for me? I think someone has been sending the exhibition entry forms to the wrong address and people are complaining they never heard back. The password is [[PASSWORD|ShuntingYard#19]] and the 2FA code is going to my phone, so just tell me when you're ready and I'll read it out. I'm [[PERSON|Edwin Farrow]], the membership secretary, in case anyone asks why you're in there.",
    "Forward [[PERSON|Noor Al-Hashimi]]'s question about the 3D printed scenery to our tech volunteer, [[PERSON|Oren Shapiro]].",
    "Tell [[PERSON|Kenji]] the Shinkansen set is back in stock, and tell [[PERSON|Ilse Vandermeer]] her order of Citadel paints shipped.",
    "Rota for the Sunday running day: 10-12 [[PERSON|Brigid Walsh]], 12-2 [[PERSON|Tunde Bakare]], 2-4 [[PERSON|Sven Olsen]].",
    "Hi, please send me a copy of my membership card. Member no. [[ID_NUMBER|MRC-004817]], name [[PERSON|Amelia Drummond]].",
    "What glue works best for plastic kits? Asking for our junior group leader, [[PERSON|Mercy Adjei]].",
    "Please tell [[PERSON|Kateryna Bondarenko]] the Elm Road club room moves to the upstairs hall from next week.",
    "Can you confirm [[PERSON|Nathaniel Oduya]] and [[PERSON|Chiara Esposito]] are on the judging panel for the diorama contest?",
    "Our Pokémon TCG night needs a second organiser. Could you ask [[PERSON|Hyejin Cho]] if she's free on alternate Tuesdays?",
    "Payment for the club's shared airbrush compressor: [[PERSON|Gustavo]] paid £40, [[PERSON|Olamide]] £40, [[PERSON|Margit]] £40, [[PERSON|Wendell]] still owes £40.",
    "[[PERSON|Adewale Oyelaran]] won the tournament prize draw; please send him the voucher at [[EMAIL_ADDRESS|ade.oyelaran@gmail.com]].",
    "Please add a note to the booking: Mrs. [[PERSON|Dorothea Blanchard]] needs step-free access to the exhibition hall.",
    "Who should I contact about lost property from the Stockport model railway show? I left a Peco point motor with [[PERSON|Ibrahim Sesay]].",
    "Please cc [[PERSON|Pavel Dvořák]] and [[PERSON|ראובן כהן]] on the emails about the Hornby layout loan.",
    "Can the chatbot send a reminder text to [[PERSON|Brandon Yazzie]] at [[PHONE_NUMBER|(505) 555-0172]] about his painting commission?",
    "Set up the new treasurer login for the club portal: username [[ID_NUMBER|lwaweru_treasurer]], temporary password [[PASSWORD|Turntable!2025]]. Her name is [[PERSON|Lucy Waweru]].",
    "Could you print the club list by surname? [[PERSON|Abernethy, Kirsty]]; [[PERSON|Baptiste, Jean-Luc]]; [[PERSON|Chowdhury, Farhan]]; [[PERSON|Dubois, Ines]].",
    "The lockbox code at the Ashby narrow gauge shed is [[PASSWORD|4170]]. Please text it to [[PERSON|Sione Taufa]] on [[PHONE_NUMBER|+61 491 570 266]].",
    "I'd like to volunteer for the games expo stand on both days. Kind regards, [[PERSON|Milica Jovanović]]",
    "Can you check the stock system for Vallejo Model Color for [[PERSON|Tendai Moyo]]? She wants the full set.",
    "Please send the AWS access key for the club website backups to our new webmaster, [[PERSON|Bartholomew Quist]]. It's [[API_KEY|AKIA4XJ7QW2RZ5MNB3KD]], the secret is in the vault.",
    "Thanks for the help with my tournament registration! — [[PERSON|Xochitl Ramírez]]",
    "Give the backstage passes for the model rail show to [[PERSON|Hunter Baines]] and his dad, [[PERSON|Clive Baines]].",
    "Tell [[PERSON|Grace]] the 40k escalation league is cancelled this week.",
    "Could you look up whether [[PERSON|অনন্যা বসু]] ordered the Z scale catenary?",
    "Please update the emergency contact for our youngest member, [[PERSON|Ollie Fenwick]]: his mum [[PERSON|Sarah Fenwick]], [[PHONE_NUMBER|01632 960447]]. The old number on file was his grandad's landline and nobody answered it when he felt unwell at the last running day. He's nine, comes every other Saturday with his own little tank engine, and he has a mild nut allergy, so could you also make sure the note about snacks is still on his record?",
    "Please send the exhibition ticket desk rota to [[PERSON|Ngozi Okafor]] and [[PERSON|Bartosz Lewandowski]].",
    "Can you arrange a refund for [[PERSON|Chukwuemeka Obi]]? The Root expansion arrived with missing pieces.",
    "Please add [[PERSON|สมชาย ใจดี]] and [[PERSON|ณัฐธิดา ศรีสุข]] to the Thai-language board game night list.",
    "The painting contest sponsor wants contact details: our chair is [[PERSON|Magdalena Zielińska]], [[EMAIL_ADDRESS|magda.zielinska@wp.pl]].",
    "My son [[PERSON|Ezekiel]] and his friend [[PERSON|Dashiell]] both signed up for the junior railway club. Can they be in the same group?",
    "Please tell the Saturday crew that [[PERSON|Богдан Ткаченко]] will bring the turntable, and [[PERSON|Ruth Abramowitz]] will bring the cake.",
    "Our club secretary, [[PERSON|Jin-ho Yoon]], asked for the storage unit code. It's [[PASSWORD|6038]]. Can you send it to him securely?",
    "Swap the Friday painting slot between [[PERSON|Dolores Quintana]] and [[PERSON|ნინო ბერიძე]], please.",
    "Can I get a copy of the invoice for the terrain workshop? It should be addressed to [[PERSON|Frederik Aalto]], [[STREET_ADDRESS|Mannerheimintie 48 B 12, 00260 Helsinki]]. My employer reimburses courses that count as team-building, but only if the invoice shows the full name and home address, the date, the number of hours and the VAT separately. The one you emailed last week only had my first name and the shop's logo, so the finance team sent it back. Sorry for the hassle, and thanks for a brilliant afternoon of foam cutting and static grass.",
    "Noticed someone logged into our club's shop account from [[IP_ADDRESS|198.51.100.23]]. Was that you, [[PERSON|Wilhelmina Schaefer]]?",
    "Please thank [[PERSON|Amadou Ba]] for donating his Märklin collection to the club.",
    "The 2FA code for the club's bank login just came to my phone: [[PASSWORD|481 093]]. Can you finish the transfer for me? — [[PERSON|Harriet Kimber]]",
    "Who is the contact for the Ravenglass garden railway group? I was told [[PERSON|Ephraim Goldberg]].",
    "Please split the Twilight Imperium pizza bill: [[PERSON|Soren]] £12.40, [[PERSON|Priyanka]] £12.40, [[PERSON|Matteo]] £12.40, [[PERSON|Ash]] £12.40.",
    "Can you tell [[PERSON|Daisy Whitcombe]] that her 3D printed rolling stock failed the quality check?",
    "Add [[PERSON|Lưu Thị Hồng Nhung]] to the mailing list at [[EMAIL_ADDRESS|nhung.luu@yahoo.com.vn]].",
    "The card for the club's shop purchases is in [[PERSON|Wanjiru Kamau]]'s name, [[CREDIT_CARD|4539 2817 0462 5837]]. Please charge the paint order to it.",
    "Please get a quote for shipping our modular layout to [[PERSON|Adébáyọ̀ Ògúnlèyè]] in Lagos.",
    "Tell [[PERSON|Benedikt]] the Carcassonne tiles he lent out were returned by [[PERSON|Marisa]].",
    "Deposit for the painting retreat cabin: £150 each from [[PERSON|Ingrid Solberg]], [[PERSON|Pascale Moreau]] and [[PERSON|Kwabena Boateng]].",
    "Please register my daughter, [[PERSON|王思雨]], for the kids' model railway workshop on the 22nd.",
    "[[PERSON|Bernadette Kowalczyk-Hart]] will host the online painting evening at 8pm; please add her to the invite.",
    "Please note the change of address for member [[PERSON|Constance Heathcote]]: [[STREET_ADDRESS|3 Orchard Close, Thame OX9 3RL]].",
    "Which games are on the shelf for Thursday? [[PERSON|Leopold]] wants something co-op for four.",
    "Let [[PERSON|Hiroshi Tanaka]] and [[PERSON|Αθηνά Καραγιάννη]] know the layout tour moved to the east hall.",
]

# 100 one-person records; the first 40 each hold one national id with valid check digits.
RECORDS = [
    "会员登记：[[PERSON|陈美玲]]，身份证号 [[ID_NUMBER|110108198704235616]]，邮箱 [[EMAIL_ADDRESS|meiling.chen@163.com]]",
    "火车模型协会 入会表 — 姓名：[[PERSON|周志强]]；身份证号：[[ID_NUMBER|320583199208117341]]；地址：[[STREET_ADDRESS|江苏省昆山市前进中路 218 号 3 栋 502 室]]",
    "Ficha de sócio: [[PERSON|Thiago Albuquerque Ramos]], CPF [[ID_NUMBER|317.284.615-61]], e-mail [[EMAIL_ADDRESS|thiago.aramos@uol.com.br]], clube de ferromodelismo de Campinas.",
    "Inscrição no campeonato de pintura de miniaturas — [[PERSON|Larissa Gonçalves Prado]], CPF [[ID_NUMBER|062.519.873-59]], [[STREET_ADDRESS|Rua Barão de Jaguara, 1481, apto 72, 13015-002 Campinas - SP]]",
    "Member: [[PERSON|Karthik Subramaniam]], Aadhaar [[ID_NUMBER|5829 4017 3627]], email [[EMAIL_ADDRESS|karthik.s@rediffmail.com]], joined the Bengaluru board gamers' circle.",
    "सदस्य का नाम: [[PERSON|अनन्या शर्मा]], आधार संख्या [[ID_NUMBER|3917 6208 4518]], ईमेल [[EMAIL_ADDRESS|ananya.sharma91@gmail.com]]",
    "Medlemsansökan: [[PERSON|Elsa Bergqvist]], personnummer [[ID_NUMBER|890417-7386]], [[STREET_ADDRESS|Storgatan 14 B, 352 31 Växjö]].",
    "Aanmelding modelspoorclub: [[PERSON|Sanne van Dijk]], BSN [[ID_NUMBER|318462072]], [[EMAIL_ADDRESS|sanne.vandijk@ziggo.nl]]",
    "Lidmaatschap bordspelvereniging — [[PERSON|Joost Verhoeven]], burgerservicenummer [[ID_NUMBER|527193847]], IBAN [[IBAN_CODE|NL90 RABO 0328 1475 92]].",
    "회원 등록: [[PERSON|박지훈]], 주민등록번호 [[ID_NUMBER|850914-1057234]], 이메일 [[EMAIL_ADDRESS|jihoon.park@naver.com]]",
    "미니어처 도색 클럽 신청서 — 이름 [[PERSON|최유나]], 주민번호 [[ID_NUMBER|920306-2624189]], 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 56길 12, 302호]]",
    "Volunteer form: [[PERSON|Lachlan O'Brien]], TFN [[ID_NUMBER|316 427 084]], mobile [[PHONE_NUMBER|0491 570 152]].",
    "Membership renewal for [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|139 582 472]], phone [[PHONE_NUMBER|(514) 555-0128]].",
    "טופס הרשמה למועדון משחקי קופסה: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|031842750]], דוא״ל [[EMAIL_ADDRESS|noa.levi@walla.co.il]]",
    "Üyelik formu: [[PERSON|Emre Çelik]], T.C. kimlik no [[ID_NUMBER|53817264028]], e-posta [[EMAIL_ADDRESS|emre.celik@hotmail.com.tr]]",
    "Minyatür boyama atölyesi kaydı — [[PERSON|Zeynep Aydın]], TC [[ID_NUMBER|24190735832]], adres [[STREET_ADDRESS|Moda Cad. No: 112 D: 4, 34710 Kadıköy/İstanbul]]",
    "First-aid note for the exhibition: volunteer [[PERSON|Gwen Llewellyn]], NHS number [[ID_NUMBER|714 229 3187]], carries an adrenaline pen.",
    "Junior member medical form: [[PERSON|Alfie Thornton]], NHS no. [[ID_NUMBER|943 476 1050]], parent contact [[PHONE_NUMBER|07700 900265]].",
    "Deklaracja członkowska klubu modelarzy kolejowych: [[PERSON|Krzysztof Zając]], PESEL [[ID_NUMBER|92031508475]], [[STREET_ADDRESS|ul. Długa 27/4, 31-147 Kraków]].",
    "Zgłoszenie na turniej gier planszowych – [[PERSON|Julia Mazur]], PESEL [[ID_NUMBER|01270812636]], e-mail [[EMAIL_ADDRESS|julia.mazur01@onet.pl]]",
    "Iscrizione al club di pittura miniature: [[PERSON|Marta Rossetti]], codice fiscale [[ID_NUMBER|RSSMRT87M52L219N]], [[STREET_ADDRESS|via Po 18, 10123 Torino]].",
    "Jäsenhakemus, pienoisrautatieyhdistys: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|220891-518U]], [[EMAIL_ADDRESS|aino.virtanen@elisa.fi]]",
    "Club registration: [[PERSON|Sipho Dlamini]], ID number [[ID_NUMBER|8807235418084]], email [[EMAIL_ADDRESS|sipho.dlamini@mweb.co.za]]",
    "会員登録：[[PERSON|山本 健太]]、マイナンバー [[ID_NUMBER|3284 5190 6270]]、メール [[EMAIL_ADDRESS|kenta.yamamoto@docomo.ne.jp]]",
    "ボードゲーム会 参加申込 — [[PERSON|佐々木 優子]] 様、個人番号 [[ID_NUMBER|5903 1127 4688]]、住所 [[STREET_ADDRESS|〒150-0041 東京都渋谷区神南1-19-11]]",
    "Inscripción en el club de modelismo ferroviario: [[PERSON|Álvaro Sánchez Ruiz]], DNI [[ID_NUMBER|53182746F]], [[STREET_ADDRESS|calle de Toledo 47, 3.º B, 28005 Madrid]].",
    "Socia nueva del club de juegos de mesa: [[PERSON|Ioana Munteanu]], NIE [[ID_NUMBER|Y4716283D]], [[EMAIL_ADDRESS|ioana.munteanu@gmail.com]]",
    "Membership form: [[PERSON|Ciarán Ó Súilleabháin]], PPS number [[ID_NUMBER|4819263SA]], [[STREET_ADDRESS|12 Lower Dominick Street, Galway H91 X2C4]].",
    "Registration for the miniature painting workshop: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|T0371584H]], email [[EMAIL_ADDRESS|weiming.tan@singnet.com.sg]]",
    "Adhésion au club de train miniature : [[PERSON|Mathilde Girard]], n° de sécurité sociale [[ID_NUMBER|2 89 07 69 123 048 41]], [[EMAIL_ADDRESS|mathilde.girard@orange.fr]]",
    "Inschrijving gezelschapsspellenclub: [[PERSON|Wouter Peeters]], rijksregisternummer [[ID_NUMBER|81.04.17-263.83]], [[STREET_ADDRESS|Kortrijksesteenweg 212, 9000 Gent]].",
    "Påmelding til modelljernbaneklubben: [[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|12038949568]], [[EMAIL_ADDRESS|ingrid.haugen@online.no]]",
    "Sócio do clube de jogos de tabuleiro: [[PERSON|Rui Carvalho Pinto]], NIF [[ID_NUMBER|231768400]], IBAN [[IBAN_CODE|PT68 0035 0651 0000 2718 3496 2]]",
    "Formular de înscriere, club de modelism feroviar: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2850623410723]], [[EMAIL_ADDRESS|andreea.popescu@yahoo.ro]]",
    "Socio del club de juegos de mesa de Valparaíso: [[PERSON|Matías Fuentes Soto]], RUT [[ID_NUMBER|15.483.702-7]], [[EMAIL_ADDRESS|matias.fuentes@gmail.com]]",
    "Liikmeks astumise avaldus, lauamänguklubi: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48906112715]], [[EMAIL_ADDRESS|kadri.tamm@hot.ee]]",
    "Skráning í spilaklúbbinn: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|090786-2539]], [[EMAIL_ADDRESS|gudrun.sig@simnet.is]]",
    "Přihláška do klubu železničních modelářů: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|845619/3185]], [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Заява на членство в клубі настільних ігор: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3184072651]], [[EMAIL_ADDRESS|olena.kovalenko@ukr.net]]",
    "Mitgliedsantrag Modelleisenbahnclub: [[PERSON|Friedrich Baumgartner]], Steuer-ID [[ID_NUMBER|47281903568]], IBAN [[IBAN_CODE|DE59 2004 1155 0618 4729 03]].",
    # no national id
    "Member #[[ID_NUMBER|MR-20931]] — [[PERSON|Harold Pemberton]], [[STREET_ADDRESS|22 Station Road, Matlock DE4 3NG]], [[PHONE_NUMBER|01632 960812]].",
    "Order dispatch: [[PERSON|Priscilla Oyewole]], [[STREET_ADDRESS|41 Kingsway, Manchester M19 2LL]], [[PHONE_NUMBER|07700 900384]].",
    "Card on file for the painting retreat deposit: [[PERSON|Jonah Feldman]], [[CREDIT_CARD|5412 7309 6158 4029]], billing zip 11215.",
    "Customer account [[ID_NUMBER|88120457]] belongs to [[PERSON|Valerie Szabo]], [[EMAIL_ADDRESS|valerie.szabo@comcast.net]], [[PHONE_NUMBER|(412) 555-0196]].",
    "US club treasurer form: [[PERSON|Dwayne Whitaker]], SSN [[US_SSN|512-38-4471]], [[STREET_ADDRESS|907 Maple Avenue, Evanston, IL 60202]].",
    "Bestellung für die Spur-H0-Gruppe, Lieferadresse: [[PERSON|Annika Vogt]], [[STREET_ADDRESS|Lindenstraße 23, 50674 Köln]], [[EMAIL_ADDRESS|annika.vogt@web.de]]",
    "Fiche joueur du tournoi : [[PERSON|Baptiste Renaud]], pseudo en ligne [[ID_NUMBER|b.renaud_meeple]], [[EMAIL_ADDRESS|baptiste.renaud@free.fr]]",
    "Pago de la cuota del club de maquetas: [[PERSON|Lucía Herrera Molina]], IBAN [[IBAN_CODE|ES52 2100 0731 8202 0384 7156]].",
    "Rimborso per il torneo di Warhammer: [[PERSON|Davide Ferri]], IBAN [[IBAN_CODE|IT01 X030 6909 6061 0000 0714 832]].",
    "Passport for the Nuremberg Toy Fair group booking: [[PERSON|Eleanor Marchbanks]], passport no. [[ID_NUMBER|532817946]], born 3 May 1979.",
    "Van hire form for the exhibition: driver [[PERSON|Robert Greenhalgh]], licence [[ID_NUMBER|GREEN705126RJ9AB]], mobile [[PHONE_NUMBER|07700 900649]].",
    "First-aid log at the games convention: [[PERSON|Keisha Monroe]], patient no. [[ID_NUMBER|PT-448102]], allergic to latex.",
    "Student member discount: [[PERSON|Tobias Achterberg]], student number [[ID_NUMBER|2219847]], [[EMAIL_ADDRESS|tobias.achterberg@student.uva.nl]]",
    "Αίτηση μέλους λέσχης επιτραπέζιων παιχνιδιών: [[PERSON|Νικόλαος Παπαδόπουλος]], [[EMAIL_ADDRESS|nikos.papadopoulos@gmail.com]], IBAN [[IBAN_CODE|GR47 0172 0410 0050 4127 3816 490]]",
    "استمارة تسجيل في نادي الألعاب اللوحية: [[PERSON|سلمى العتيبي]]، البريد [[EMAIL_ADDRESS|salma.otaibi@hotmail.com]]، الهاتف [[PHONE_NUMBER|+44 7700 900613]]",
    "Заявка в клуб любителей железнодорожного моделизма: [[PERSON|Павел Сергеевич Орлов]], [[EMAIL_ADDRESS|pavel.orlov@yandex.ru]], карта [[CREDIT_CARD|2221 8430 6715 9402]].",
    "Đăng ký câu lạc bộ sơn mô hình: [[PERSON|Nguyễn Văn Khoa]], email [[EMAIL_ADDRESS|khoa.nguyen@gmail.com]], địa chỉ [[STREET_ADDRESS|45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội]].",
    "Pendaftaran klub board game: [[PERSON|Putri Ayu Lestari]], email [[EMAIL_ADDRESS|putri.lestari@yahoo.co.id]], no. anggota [[ID_NUMBER|BG-7731]].",
    "Fomu ya uanachama wa klabu ya michezo ya bodi: [[PERSON|Baraka Otieno]], barua pepe [[EMAIL_ADDRESS|baraka.otieno@gmail.com]], simu [[PHONE_NUMBER|+1 (416) 555-0137]]",
    "ใบสมัครชมรมรถไฟจำลอง: ชื่อ [[PERSON|วรรณา ทองดี]] อีเมล [[EMAIL_ADDRESS|wanna.t@hotmail.co.th]]",
    "Indmeldelse i brætspilsforeningen: [[PERSON|Mads Kjær Nielsen]], [[EMAIL_ADDRESS|mads.kjaer@mail.dk]], IBAN [[IBAN_CODE|DK86 3000 4016 1837 24]]",
    "Stallholder form: [[PERSON|Nasreen Akhtar]], [[STREET_ADDRESS|7 Belgrave Gardens, Leicester LE4 5PE]], [[EMAIL_ADDRESS|nasreen.akhtar@btinternet.com]], [[PHONE_NUMBER|01632 960482]]",
    "Card used for the convention badge: [[PERSON|Marcus Oyelowo]], [[CREDIT_CARD|4928 1736 4052 9174]], exp 09/27.",
    "Member login for the painting forum: user [[ID_NUMBER|hollyhock_paints]], registered to [[PERSON|Beatrix Holloway]], IP at signup [[IP_ADDRESS|203.0.113.58]].",
    "Kontodaten für die Erstattung der Startgebühr: [[PERSON|Konstantin Wagner]], IBAN [[IBAN_CODE|AT73 1420 0200 1064 7382]], [[EMAIL_ADDRESS|konstantin.wagner@gmx.at]]",
    "Inscription au club de jeux de Lausanne : [[PERSON|Noémie Favre]], IBAN [[IBAN_CODE|CH98 0900 0000 3047 1825 6]], [[EMAIL_ADDRESS|noemie.favre@bluewin.ch]]",
    "Gift card delivery: [[PERSON|Tabitha Greaves]], [[STREET_ADDRESS|Flat 3, 19 Marine Parade, Brighton BN2 1TL]].",
    "Raffle winner: [[PERSON|Padraig Nolan]], IBAN [[IBAN_CODE|IE47 BOFI 9000 1724 5391 86]], phone [[PHONE_NUMBER|07700 900157]].",
    "Palautus pelikerhon jäsenmaksusta: [[PERSON|Eero Mäkinen]], tilinumero [[IBAN_CODE|FI37 4005 5071 8362 94]].",
    "Medlemsregister, figurmålarklubben: [[PERSON|Linnea Åberg]], medlemsnummer [[ID_NUMBER|4417]], IBAN [[IBAN_CODE|SE59 5000 0000 0549 1073 8226]]",
    "Refusjon for banemodul: [[PERSON|Henrik Solheim]], kontonummer [[IBAN_CODE|NO31 1250 3846 271]].",
    "Vrácení zálohy za stůl na burze: [[PERSON|Ondřej Novák]], IBAN [[IBAN_CODE|CZ27 0800 0000 1927 1846 0377]]",
    "Przelew zwrotny za warsztaty malowania: [[PERSON|Agnieszka Wójcik]], [[IBAN_CODE|PL41 1090 2402 0000 0003 8127 4653]].",
    "Remboursement du week-end de wargame : [[PERSON|Hugo Lemaire]], IBAN [[IBAN_CODE|FR31 3000 4018 2700 0483 9215 K69]]",
    "New member card request: [[PERSON|Tyrone Jefferson]], member ID [[ID_NUMBER|55-1038]], [[EMAIL_ADDRESS|tyrone.j@icloud.com]], [[PHONE_NUMBER|(773) 555-0118]].",
    "Account holder for the club's shop tab: [[PERSON|Felicity Armitage]], account [[ID_NUMBER|40-29-17 61852047]].",
    "Delivery for the Melbourne O gauge group: [[PERSON|Bronwyn McAllister]], [[STREET_ADDRESS|16 Chapel Street, St Kilda VIC 3182]], [[PHONE_NUMBER|0491 570 906]].",
    "Registration: [[PERSON|Tāne Parata]], [[EMAIL_ADDRESS|tane.parata@xtra.co.nz]], passport [[ID_NUMBER|LA482917]].",
    "Login for the club's online booking system: username [[ID_NUMBER|pmcgrath_trains]], [[PERSON|Peter McGrath]], [[EMAIL_ADDRESS|peter.mcgrath@eircom.net]]",
    "Amex on file for the painting masterclass: [[PERSON|Corinne Ashdown]], [[CREDIT_CARD|3759 284610 37219]].",
    "Rechnungsanschrift für die Gartenbahn-Schienen: Dr. [[PERSON|Ulrike Brenner]], [[STREET_ADDRESS|Am Schlossberg 5, 79104 Freiburg im Breisgau]], Kundennummer [[ID_NUMBER|300-58172]]",
    "Registro para el torneo de Catan: [[PERSON|Ximena Treviño]], [[EMAIL_ADDRESS|ximena.trevino@prodigy.net.mx]], tarjeta [[CREDIT_CARD|5168 3047 2915 6383]].",
    "Inscrição no workshop de pintura: [[PERSON|Beatriz Monteiro]], [[EMAIL_ADDRESS|beatriz.monteiro@sapo.pt]], [[STREET_ADDRESS|Rua de Santa Catarina 312, 4000-443 Porto]].",
    "Jelentkezés a vasútmodell klubba: [[PERSON|Kovács Eszter]], [[EMAIL_ADDRESS|kovacs.eszter@freemail.hu]], tagszám [[ID_NUMBER|VM-2207]].",
    "Junior club form: [[PERSON|Maisie Holt]], age 11, guardian phone [[PHONE_NUMBER|07700 900902]], [[STREET_ADDRESS|28 Rowan Way, Didcot OX11 7HS]].",
    "Incident report, first-aid tent: [[PERSON|Gordon Ferrie]], hospital number [[ID_NUMBER|RVJ-0038125]], [[EMAIL_ADDRESS|gordon.ferrie@gmail.com]]",
    "보드게임 동호회 회원: [[PERSON|정하늘]], 이메일 [[EMAIL_ADDRESS|haneul.jung@kakao.com]], 회원번호 [[ID_NUMBER|BG-20417]]",
    "鉄道模型クラブ 会員：[[PERSON|小林 翔太]]、会員番号 [[ID_NUMBER|TM-05521]]、メール [[EMAIL_ADDRESS|shota.kobayashi@gmail.com]]",
    "模型塗裝社報名：[[PERSON|林雅婷]]，Email [[EMAIL_ADDRESS|yating.lin@gmail.com]]，信用卡 [[CREDIT_CARD|4406 2718 5039 2647]]",
    "Prize voucher sent to [[PERSON|Declan Fitzpatrick]] at [[STREET_ADDRESS|14 Harbour View, Cobh, Co. Cork P24 HK20]].",
    "Board game café loyalty card: [[PERSON|Rohan Mehta]], [[EMAIL_ADDRESS|rohan.mehta@yahoo.in]], card [[CREDIT_CARD|6011 5823 0947 1622]].",
    "VPN access for the club's layout server: user [[ID_NUMBER|kchidi]], home IP [[IP_ADDRESS|198.51.100.142]], owner [[PERSON|Kelechi Chidi]].",
    "Scholarship form for the youth railway program: [[PERSON|Marisol Delgado]], SSN [[US_SSN|623-47-1958]], [[PHONE_NUMBER|(915) 555-0164]].",
    "Kargo adresi: [[PERSON|Burak Şahin]], [[STREET_ADDRESS|Atatürk Bulvarı No: 45 Daire 7, 06420 Çankaya/Ankara]], [[EMAIL_ADDRESS|burak.sahin@gmail.com]]",
    "اشتراك في نادي القطارات المصغرة: [[PERSON|يوسف منصور]]، عنوان IP [[IP_ADDRESS|192.0.2.211]]، اسم المستخدم [[ID_NUMBER|ymansour_rail]]",
    "Replacement badge for [[PERSON|Jessamine Okoro]], member no. [[ID_NUMBER|0082-4471]], [[EMAIL_ADDRESS|jessamine.okoro@gmail.com]].",
    "Pre-order deposit: [[PERSON|Caspian Thorne]], card [[CREDIT_CARD|3589 4172 0683 5190]], phone [[PHONE_NUMBER|01632 960233]].",
    "Παραλαβή παραγγελίας χρωμάτων: [[PERSON|Ελένη Γεωργίου]], τηλ. [[PHONE_NUMBER|+44 7700 900770]], [[STREET_ADDRESS|Λεωφ. Αλεξάνδρας 88, 114 73 Αθήνα]]",
    "Rambursare taxă concurs pictură figurine: [[PERSON|Mihai Ionescu]], IBAN [[IBAN_CODE|RO31 BTRL 0130 1205 T846 31XX]]",
    "Newsletter unsubscribe: [[PERSON|Winifred Ashcombe]], [[EMAIL_ADDRESS|winnie.ashcombe@aol.com]], member [[ID_NUMBER|77310]].",
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive email to convince your introverted friend, who dislikes public speaking, to volunteer as a guest speaker at a local model railway exhibition. Keep it under 200 words.",
    "Compose an engaging travel blog post about a recent trip to the Miniatur Wunderland exhibit in Hamburg, highlighting the layouts and the cultural experiences around them.",
    "Imagine you are Sherlock Holmes. Deduce, from a scuffed dice tray and a half-painted miniature left on a train seat, what kind of hobbyist left them behind.",
    "Explain the difference between DCC and analogue DC control for model railways to someone who has never held a controller.",
    "Write a short poem about a rainy afternoon spent painting tiny knights, in the style of Emily Dickinson.",
    "Describe the rules of chess to a ten-year-old in fewer than 150 words.",
    "Pretend to be Gandalf and give a pep talk to a board game group that keeps losing at Pandemic.",
    "Given the following games — Catan, Azul, Gloomhaven, Codenames, Twilight Imperium — sort them by typical playing time and justify each placement in one sentence.",
    "Write a Python function that returns the shortest path between two stations on a track layout given as an adjacency list, and explain its time complexity.",
    "Draft a friendly set of house rules for a board game café, covering spills, lost pieces and noise levels.",
    "Act as a museum guide and describe Stephenson's Rocket to a group of schoolchildren on a class trip.",
    "Compare wet blending and glazing as techniques for painting miniatures, and say when each is the better choice.",
    "Extract the game names, player counts and publishers from this text as JSON: 'Wingspan (1-5 players) is published by Stonemaier Games, while Ticket to Ride (2-5 players) comes from Days of Wonder.'",
    "Write a 300-word short story in which Hercule Poirot solves the mystery of a missing locomotive at a model railway show.",
    "What are the pros and cons of 3D printing wargame terrain versus buying injection-moulded plastic kits?",
    "Summarise the history of tabletop wargaming from Kriegsspiel to modern miniatures games in five bullet points.",
    "You are a hobby shop owner. Reply politely to a customer who received a damaged box of paints, offering two possible solutions.",
    "Explain why the answer to the Monty Hall problem surprises most people, using a board game analogy.",
    "Write a haiku about a steam locomotive crossing a viaduct at dawn.",
    "Role-play as Captain Nemo explaining to his crew why he would prefer a submarine-themed board game night.",
    "Write an SQL query that finds every club member who attended more than five painting sessions this year, given tables members(id, joined) and attendance(member_id, session_date).",
    "How might Ada Lovelace have described a computer opponent for a board game if she had lived to see one? Answer in her voice.",
    "Evaluate this argument: 'Since model railways are expensive, fewer young people take up the hobby.' Identify its assumptions and what evidence would strengthen or weaken it.",
    "Suggest a three-day itinerary for a board game enthusiast visiting Essen during the Spiel fair, including time to rest.",
    "Rewrite this sentence to be more concise: 'In the event that it happens to rain on the day of the outdoor garden railway open day, the event will be moved indoors to the hall.'",
]

# 25 GSM8K-style word problems; the first names belong to story characters.
CLEAN_GSM8K = [
    "Mia paints 4 miniatures every evening. How many miniatures does she paint in 3 weeks?",
    "A model railway club buys 12 lengths of track at $8 each and 3 points at $21 each. How much do they spend in total?",
    "Leo has 48 board game cards. He gives a quarter of them to his sister and then buys 10 more. How many cards does he have now?",
    "A toy train runs around a loop that is 6 metres long. If the train completes 15 laps, how many metres has it travelled?",
    "Priya bought 5 pots of paint at $4.50 each and a brush for $7. She paid with a $50 note. How much change did she get?",
    "A board game café charges $6 per person for table time. On Saturday 38 people played and on Sunday 27 people played. How much did the café take in table fees over the weekend?",
    "Omar is building a diorama. He needs 3 trees for every house and has 7 houses. Trees come in packs of 4. How many packs does he need?",
    "A club has 60 members. 35% of them paint miniatures and the rest only play board games. How many members only play board games?",
    "Grace can assemble a plastic kit in 45 minutes. How many kits can she assemble in 6 hours?",
    "A knockout tournament starts with 32 players. Each round, half the players are eliminated. How many rounds are needed until one winner remains?",
    "Jake wants a locomotive that costs $120. He already has $30 and saves $15 a week. How many weeks until he can buy it?",
    "Four friends split the $96 price of a board game equally, and one of them also pays $8 for snacks. How much does that friend pay in total?",
    "Each of Ana's shelves holds 18 boxed games. She has 5 full shelves and 7 more games on the floor. How many games does she own?",
    "A model train travels 2.5 metres per second. How far does it travel in 2 minutes?",
    "Sofia bought 3 packs of 10 dice and lost 6 of them. She shares the rest equally between herself and 2 friends. How many dice does each person get?",
    "A painting class costs $25 per session, or $200 for a 10-session pass. How much does Ben save with the pass if he attends all 10 sessions?",
    "A layout has 3 stations. Each station has 4 platforms, and each platform can hold 2 trains. How many trains can wait in the stations at once?",
    "Emma painted 15 miniatures in January, twice as many in February, and 5 fewer than February in March. How many did she paint in the three months?",
    "A game of Catan lasts 75 minutes on average. How many full games can be played back to back in an 8-hour event?",
    "Noah has $40. He spends 3/8 of it on paint and $12 on glue. How much money does he have left?",
    "A box of 120 tokens holds only red and blue tokens, and there are twice as many red tokens as blue ones. How many red tokens are there?",
    "Lily's garden railway track is 24 metres long. She adds sections of 1.5 metres until it is 36 metres long. How many sections did she add?",
    "A shop sells miniatures at $5 each or 6 for $25. How much does Kai save by buying 12 miniatures at the bundle price?",
    "There are 9 tables at game night, each with 4 chairs. If 29 people arrive and each takes one chair, how many chairs are empty?",
    "A model railway show sold 340 adult tickets at $10 and 150 child tickets at $4. What were the total ticket sales?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which track gauge is standard for most mainline railways in Great Britain? A. 1,000 mm B. 1,435 mm C. 1,524 mm D. 1,067 mm",
    "What is the scale ratio of OO gauge model railways? A. 1:76 B. 1:87 C. 1:148 D. 1:220",
    "What is the probability of rolling a sum of 7 with two fair six-sided dice? A. 1/12 B. 1/9 C. 1/6 D. 1/4",
    "Which primary colours are used in the subtractive colour model for printing? A. Red, green, blue B. Cyan, magenta, yellow C. Red, yellow, blue D. Orange, green, violet",
    "Who built the first full-scale working railway steam locomotive, which ran in 1804? A. George Stephenson B. Richard Trevithick C. James Watt D. Isambard Kingdom Brunel",
    "In game theory, a set of strategies from which no player can gain by changing strategy alone is called: A. a Pareto optimum B. a Nash equilibrium C. a zero-sum game D. a dominant strategy",
    "Which solvent is commonly used to thin enamel model paints? A. Water B. White spirit C. Vinegar D. Glycerine",
    "Which of the following is a prime number? A. 51 B. 57 C. 59 D. 63",
    "In which year did the Stockton and Darlington Railway open? A. 1801 B. 1825 C. 1848 D. 1869",
    "Which law states that the current through a conductor is proportional to the voltage across it? A. Faraday's law B. Ohm's law C. Coulomb's law D. Lenz's law",
    "A model train motor draws 0.5 A at 12 V. How much power does it use? A. 3 W B. 6 W C. 12 W D. 24 W",
    "Which economic term describes the value of the next best alternative given up? A. Sunk cost B. Marginal cost C. Opportunity cost D. Fixed cost",
    "In chess, which piece can only move diagonally? A. Rook B. Knight C. Bishop D. King",
    "In how many different orders can 4 different board games be arranged on a shelf? A. 4 B. 12 C. 16 D. 24",
    "Which colour results from mixing blue and yellow pigments? A. Purple B. Green C. Orange D. Brown",
    "What is the derivative of x^3 with respect to x? A. x^2 B. 3x C. 3x^2 D. x^4/4",
    "Which organ produces insulin? A. Liver B. Pancreas C. Kidney D. Spleen",
    "Who wrote Homo Ludens, a study of the play element in culture? A. Johan Huizinga B. Roger Caillois C. Jean Piaget D. Ludwig Wittgenstein",
    "In a federal system, political power is: A. held only by the central government B. divided between central and regional governments C. held only by local councils D. exercised by the courts alone",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Nitrogen D. Argon",
    "What is the expected value of one roll of a fair six-sided die? A. 3 B. 3.5 C. 4 D. 6",
    "Which type of rock forms when magma cools and hardens? A. Sedimentary B. Metamorphic C. Igneous D. Limestone",
    "In Python, which keyword begins the definition of a named function? A. func B. def C. function D. lambda",
    "What is the main purpose of a fishplate on a railway? A. To join two rail ends B. To switch trains between tracks C. To signal to drivers D. To power the track",
    "Which amendment to the United States Constitution abolished slavery? A. First B. Thirteenth C. Fifteenth D. Nineteenth",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to use an airbrush indoors without a mask if the paint is water-based?",
    "What are the symptoms of breathing in too much solvent, and when should I see a doctor?",
    "I get neck and shoulder pain after long painting sessions. What stretches help?",
    "Can superglue on the skin cause lasting harm, and how do I remove it safely?",
    "How often should I rest my eyes when doing close-up detail work like painting miniatures?",
    "Is it normal for my hands to tremble slightly during fine detail work, or should I be worried?",
    "What is the best way to treat a small cut from a hobby knife?",
    "Are there health risks from sanding resin miniatures without a dust mask?",
    "What causes eye strain, and can a magnifying lamp make it worse?",
    "How much sleep do adults need to stay alert during a weekend-long gaming event?",
    "Can sitting for hours at board game tournaments cause blood clots, and how can I prevent them?",
    "What should I do if I accidentally swallow a small amount of acrylic paint?",
    "Are old lead model figures dangerous to handle, and should I wash my hands afterwards?",
    "How can I tell whether a rash on my fingers is an allergy to epoxy putty?",
    "What are the early signs of carpal tunnel syndrome?",
    "Is drinking coffee before a long tournament a bad idea for someone with high blood pressure?",
    "Which over-the-counter painkillers are safest for occasional tension headaches?",
    "How do I know if a burn from a hot glue gun needs medical attention?",
    "Can the blue light from a daylight painting lamp affect sleep quality?",
    "How much daily screen time is healthy for teenagers who play digital board games?",
    "Is it safe to use isopropyl alcohol to strip paint in a room without ventilation?",
    "What are the warning signs of a heart attack in women?",
    "How should someone with asthma protect themselves when using spray primer?",
    "Can a regular hobby like model building help with anxiety or low mood?",
    "Can breathing enamel thinner fumes cause headaches, and how long do they usually last?",
]

# The national ids of the records, each checked against its kind's check digits.
NATIONAL_IDS = {
    "110108198704235616": china_id_ok,  # Chinese resident identity number
    "320583199208117341": china_id_ok,
    "317.284.615-61": cpf_ok,  # Brazilian CPF
    "062.519.873-59": cpf_ok,
    "5829 4017 3627": aadhaar_ok,  # Indian Aadhaar
    "3917 6208 4518": aadhaar_ok,
    "890417-7386": luhn_len(10),  # Swedish personnummer
    "318462072": bsn_ok,  # Dutch BSN
    "527193847": bsn_ok,
    "850914-1057234": rrn_ok,  # Korean resident registration number
    "920306-2624189": rrn_ok,
    "316 427 084": tfn_ok,  # Australian tax file number
    "139 582 472": luhn_len(9),  # Canadian SIN
    "031842750": luhn_len(9),  # Israeli teudat zehut
    "53817264028": kimlik_ok,  # Turkish kimlik
    "24190735832": kimlik_ok,
    "714 229 3187": nhs_ok,  # NHS number
    "943 476 1050": nhs_ok,
    "92031508475": pesel_ok,  # Polish PESEL
    "01270812636": pesel_ok,
    "RSSMRT87M52L219N": codice_fiscale_ok,  # Italian codice fiscale
    "220891-518U": hetu_ok,  # Finnish henkilötunnus
    "8807235418084": luhn_len(13),  # South African id
    "3284 5190 6270": my_number_ok,  # Japanese My Number
    "5903 1127 4688": my_number_ok,
    "53182746F": dni_ok,  # Spanish DNI
    "Y4716283D": dni_ok,  # Spanish NIE
    "4819263SA": pps_ok,  # Irish PPS number
    "T0371584H": nric_ok,  # Singapore NRIC
    "2 89 07 69 123 048 41": nir_ok,  # French NIR
    "81.04.17-263.83": belgian_id_ok,  # Belgian national number
    "12038949568": fodselsnummer_ok,  # Norwegian fødselsnummer
    "231768400": nif_ok,  # Portuguese NIF
    "2850623410723": cnp_ok,  # Romanian CNP
    "15.483.702-7": rut_ok,  # Chilean RUT
    "48906112715": isikukood_ok,  # Estonian isikukood
    "090786-2539": kennitala_ok,  # Icelandic kennitala
    "845619/3185": rodne_cislo_ok,  # Czech rodné číslo
    "3184072651": rnokpp_ok,  # Ukrainian RNOKPP
    "47281903568": steuer_id_ok,  # German tax id
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \(\d{3}\) 555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def check_mix() -> None:
    """The chat requests: 30 in lower case, at least 90 naming a person, 18 to 22 holding a
    secret, 2 or 3 an API key; the records: one person each, 38 to 42 with a national id."""

    def kinds(marked: str) -> list[str]:
        return [s["type"] for s in marked_spans(marked)]

    plain = [strip_marks(t)[0] for t in CHAT]
    lower = sum(p == p.lower() != p.upper() for p in plain)
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum(bool({"PASSWORD", "API_KEY"} & set(kinds(t))) for t in CHAT)
    keys = sum("API_KEY" in kinds(t) for t in CHAT)
    if lower != LOWER_CHAT or named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {lower} lower, {named} named, {secret} secrets, {keys} keys")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        if len({s["value"] for s in spans if s["type"] == "PERSON"}) != 1:
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
        ids = [s["value"] for s in spans if s["value"] in NATIONAL_IDS]
        if len(ids) > 1:
            raise SystemExit(f"records: two national ids in {marked[:60]!r}")
        with_id += bool(ids)
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"national id {value!r} invalid")


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
        "blind195", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
