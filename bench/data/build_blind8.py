# ruff: noqa: E501
"""An eighth blind privacy set: 300 chat texts with personal data and 150 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind7.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no code-filled templates):

* 90 short third-person statements in the style of synthetic PII datasets: one invented person
  and some of their details (address, phone, e-mail, card, IBAN, SSN or national id, IP,
  username) in varied sentence shapes and small field tables; names from many cultures and
  scripts (Arabic, Korean, Devanagari, Chinese, Japanese, Greek, Cyrillic and romanised),
  word-names (Summer, Brook, Lane, Florence, Jordan, Sterling, Skye, Ivy, Cliff), particles
  (van der, de la, bin, al-), hyphenated and double surnames; addresses of over 30 countries
  in their national formats;
* 110 chat requests about private people, with and without cue words, lone first names and
  surnames, nicknames; the first 35 typed all in lower case with shorthand and typos, 24 in
  Spanish, German, French, Portuguese, Italian, Turkish, Polish and Indonesian;
* 60 work requests pasting e-mails with signatures, minutes, HR and medical notes, tickets,
  CSV/JSON/YAML/LDIF rows, logs, SQL, .env and config files, stack traces and shell history;
* 40 short requests whose only personal datum is one secret or number said in passing,
  without a keyword or with an unusual one (passphrases, PINs, door and locker codes).

Usernames and logins are labelled ID_NUMBER (marks.TYPES has no username type). The 150 clean
texts are 50 exam and homework questions (multiple choice in history, law, medicine and
physics; word problems with fictional first names), 40 everyday requests and 60 chosen to
trip a naive detector. All values are invented: phones from fictional ranges or made up,
cards Luhn-valid, IBANs valid mod 97, IPs from documentation and private ranges, API keys
random.

Run ``.venv/bin/python bench/data/build_blind8.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import MARK, TYPES, iban_ok, luhn_ok, record, strip_marks, write

HERE = Path(__file__).resolve().parent

# 90 third-person statements in the style of synthetic PII datasets.
STATEMENTS = [
    "[[PERSON|Summer Okafor-Blake]]'s new billing address is [[STREET_ADDRESS|88 Wexcombe Lane, Marlborough SN8 3RQ]].",
    "Please update the account for [[PERSON|Bae Hyun-woo]]: mobile [[PHONE_NUMBER|+82 10-4417-2093]], email [[EMAIL_ADDRESS|hyunwoo.bae@daummail.kr]].",
    "Contact [[PERSON|Brook Halvorsen]] at [[PHONE_NUMBER|(614) 555-0127]] about the security deposit.",
    "Name: [[PERSON|Florence Adeyemi-Cole]]\nDate of birth: 14/02/1991\nAddress: [[STREET_ADDRESS|17 Ajose Adeogun Street, Victoria Island, Lagos 106104]]\nPhone: [[PHONE_NUMBER|+234 803 555 0192]]",
    "تم تحديث عنوان العميلة [[PERSON|ليلى الحربي]] إلى [[STREET_ADDRESS|7421 طريق الأمير سلطان، حي الروضة، جدة 23435]] ورقم جوالها [[PHONE_NUMBER|+966 55 510 4827]].",
    "[[PERSON|김서연]] 고객님의 배송지는 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로56길 12, 03925]]입니다. 연락처는 [[PHONE_NUMBER|010-5582-9031]]입니다.",
    "[[PERSON|अनन्या त्रिपाठी]] का नया पता [[STREET_ADDRESS|फ़्लैट 4सी, शांति कुंज, 27 नेहरू मार्ग, विले पार्ले पूर्व, मुंबई 400057]] है और आधार संख्या [[ID_NUMBER|5827 1930 4626]] है।",
    "客户[[PERSON|陈嘉怡]]的身份证号为[[ID_NUMBER|310104198805234710]]，手机号码[[PHONE_NUMBER|138 0013 7724]]。",
    "[[PERSON|佐藤 美咲]]様のご住所は[[STREET_ADDRESS|〒150-0041 東京都渋谷区神南1-12-8]]、お電話番号は[[PHONE_NUMBER|090-3318-4472]]です。",
    "Η [[PERSON|Ελένη Παπαδοπούλου]] μένει στην [[STREET_ADDRESS|Ασκληπιού 47, 106 80 Αθήνα]], τηλ. [[PHONE_NUMBER|+30 694 555 2817]].",
    "[[PERSON|Дмитрий Соколов]] сменил адрес: [[STREET_ADDRESS|ул. Малая Бронная, д. 21, кв. 14, Москва, 123104]].",
    "[[PERSON|Jordan van der Meulen]] asked us to send invoices to [[EMAIL_ADDRESS|jordan.vdmeulen@postvak.nl]] and to pay refunds into [[IBAN_CODE|NL84 EZNV 8393 3137 67]].",
    "[[PERSON|María José de la Fuente Ibarra]], con DNI [[ID_NUMBER|48291736Q]] y domicilio en [[STREET_ADDRESS|Calle de Ribera del Sena 41, 3º B, 28042 Madrid]].",
    "[[PERSON|Sterling Achebe]] paid £412.50 with card [[CREDIT_CARD|4199 9259 6724 7355]] (exp 09/28); send the receipt to [[EMAIL_ADDRESS|sterling.achebe@fastpost.ng]].",
    "Customer [[PERSON|Lane Whitaker]] — SSN [[US_SSN|521-47-3390]], DOB 03/22/1979, lives at [[STREET_ADDRESS|4127 Larchmont Ave Apt 3B, Dayton, OH 45409]].",
    "Please add [[PERSON|Ahmad Faris bin Rahman]] to the Kuala Lumpur distribution list; his work IP is [[IP_ADDRESS|10.14.8.201]] and his desk line is [[PHONE_NUMBER|+60 3-2718 5540]].",
    "[[PERSON|Abdullah al-Qahtani]]'s username is [[ID_NUMBER|aqahtani_77]] and his last login came from [[IP_ADDRESS|198.51.100.23]].",
    "[[PERSON|Anne-Sophie Lefèvre-Dumas]] habite au [[STREET_ADDRESS|18 rue des Tanneurs, 67000 Strasbourg]] ; numéro de sécurité sociale [[ID_NUMBER|2 85 03 75 056 123 06]], IBAN [[IBAN_CODE|FR36 4582 8173 42L4 2197 9437 595]].",
    "[[PERSON|João Pedro Carvalho Nogueira]] — CPF [[ID_NUMBER|384.219.765-91]] — [[STREET_ADDRESS|Rua Harmonia 512, apto 74, Vila Madalena, São Paulo - SP, 05435-000]].",
    "[[PERSON|Giulia Ferraro]], codice fiscale [[ID_NUMBER|FRRGLI85M41F205V]], residente in [[STREET_ADDRESS|Via Gioberti 112, 10128 Torino]], IBAN [[IBAN_CODE|IT68 E211 1214 6307 4655 5067 984]].",
    "Ship order #58213 to [[PERSON|River Tamatea]], [[STREET_ADDRESS|9/41 Cavendish Street, Stanmore NSW 2048]], ph [[PHONE_NUMBER|0491 570 156]].",
    "[[PERSON|Geneviève Tremblay-Roy]] — [[STREET_ADDRESS|2281 rue Beaubien Est, Montréal QC H2G 1M9]] — NAS [[ID_NUMBER|730 154 820]].",
    "Account holder: [[PERSON|Siobhán Ní Bhriain]], [[STREET_ADDRESS|Apt 12, Harbour View, Sandycove Road, Dún Laoghaire, Co. Dublin A96 K2T7]], IBAN [[IBAN_CODE|IE95 ZYBJ 6653 1996 0824 86]].",
    "[[PERSON|Linnea Åkesson]], personnummer [[ID_NUMBER|870314-2383]], bor på [[STREET_ADDRESS|Hagagatan 19 lgh 1102, 113 47 Stockholm]] och har konto [[IBAN_CODE|SE47 1928 0255 8217 6536 9999]].",
    "Send kontrakten til [[PERSON|Eirik Solberg]], [[STREET_ADDRESS|Thorvald Meyers gate 61, 0552 Oslo]], e-post [[EMAIL_ADDRESS|eirik.solberg@nettpost.no]], konto [[IBAN_CODE|NO38 8884 6878 726]].",
    "[[PERSON|Freja Skov Mikkelsen]] moved to [[STREET_ADDRESS|Jægersborggade 33, 2. th., 2200 København N]]; her new account is [[IBAN_CODE|DK15 8414 6638 4300 49]].",
    "[[PERSON|Elif Yıldırım]] — T.C. Kimlik No: [[ID_NUMBER|38471059210]], adres: [[STREET_ADDRESS|Moda Cad. No: 88 D: 5, 34710 Kadıköy/İstanbul]], IBAN [[IBAN_CODE|TR50 6758 3400 0495 4596 6794 969]].",
    "Delivery for [[PERSON|Omar Al Mansoori]]: [[STREET_ADDRESS|Villa 22, Street 14B, Al Barsha 2, Dubai]], mobile [[PHONE_NUMBER|+971 50 555 3921]].",
    "[[PERSON|Thandeka Mokoena]] lives at [[STREET_ADDRESS|38 Kloof Nek Road, Tamboerskloof, Cape Town, 8001]] and her ID number is [[ID_NUMBER|9106150823082]].",
    "Rechnungsadresse von [[PERSON|Luca Brunner]]: [[STREET_ADDRESS|Seefeldstrasse 142, 8008 Zürich]], IBAN [[IBAN_CODE|CH24 8168 4647 3832 7447 9]].",
    "[[PERSON|Magdalena Huber]], [[STREET_ADDRESS|Praterstraße 9/14, 1020 Wien]], Tel. [[PHONE_NUMBER|+43 664 555 1820]], IBAN [[IBAN_CODE|AT47 6346 8072 4363 2826]].",
    "[[PERSON|Tereza Dvořáková]] si změnila adresu na [[STREET_ADDRESS|Vinohradská 1402/61, 130 00 Praha 3]]; číslo účtu [[IBAN_CODE|CZ67 7084 8919 5405 8681 2423]].",
    "[[PERSON|Martín Echeverría]] — [[STREET_ADDRESS|Av. Corrientes 3247, Piso 6 Dto. B, C1193AAE CABA]] — DNI [[ID_NUMBER|32.518.774]].",
    "Parcel for [[PERSON|Aroha Ngata]], [[STREET_ADDRESS|42 Ponsonby Road, Grey Lynn, Auckland 1021]], ph [[PHONE_NUMBER|021 555 0487]].",
    "Die neue Anschrift von [[PERSON|Jonas Weißenborn]] lautet [[STREET_ADDRESS|Lindenhofstraße 27, 68163 Mannheim]]; Steuer-ID [[ID_NUMBER|47 825 193 604]], IBAN [[IBAN_CODE|DE16 4263 9654 0215 3736 28]].",
    "[[PERSON|Katarzyna Wróblewska]], PESEL [[ID_NUMBER|88071243911]], adres: [[STREET_ADDRESS|ul. Jasna 14/6, 31-016 Kraków]], konto [[IBAN_CODE|PL64 1414 1457 8286 6096 1988 7991]].",
    "[[PERSON|Inês Sá Monteiro]] mudou-se para a [[STREET_ADDRESS|Rua da Boavista 233, 2.º Esq., 4050-107 Porto]]; NIF [[ID_NUMBER|238 417 592]], IBAN [[IBAN_CODE|PT98 1804 7953 0559 3404 6462 6]].",
    "[[PERSON|Wout De Smedt]], [[STREET_ADDRESS|Rue de la Brasserie 58, 1050 Ixelles]], rekening [[IBAN_CODE|BE81 7674 8770 7866]].",
    "[[PERSON|Ximena Ruiz de Alarcón]] vive en [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]], CURP [[ID_NUMBER|RUAX920517MDFZLM08]].",
    "[[PERSON|Wambui Kariuki]]'s M-Pesa line is [[PHONE_NUMBER|+254 712 555 093]] and she lives at [[STREET_ADDRESS|Hse No. 14, Kindaruma Road, Kilimani, Nairobi 00100]].",
    "[[PERSON|Youssef El-Sayed]] — [[STREET_ADDRESS|26 Shagaret El Dor Street, Zamalek, Cairo 11211]] — national ID [[ID_NUMBER|29104150102587]].",
    "[[PERSON|Putri Ayu Lestari]] tinggal di [[STREET_ADDRESS|Jl. Kemang Raya No. 17, Bangka, Mampang Prapatan, Jakarta Selatan 12730]], NIK [[ID_NUMBER|3174065507920004]].",
    "[[PERSON|Maricel Dela Cruz]] | [[STREET_ADDRESS|Unit 1804 Tower 2, 32nd Street, Bonifacio Global City, Taguig 1634]] | [[PHONE_NUMBER|+63 917 555 2046]]",
    "[[PERSON|Nguyễn Thị Thu Hà]], [[STREET_ADDRESS|45 Hàng Bè, phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội 100000]], SĐT [[PHONE_NUMBER|091 555 3748]].",
    "[[PERSON|Rohan Deshpande]] (PAN [[ID_NUMBER|ABKPD4821M]]) can be reached on [[PHONE_NUMBER|+91 98200 55731]]; he lives at [[STREET_ADDRESS|B-302, Sai Darshan CHS, Law College Road, Erandwane, Pune 411004]].",
    "Cardholder: [[PERSON|Georgia Pennington]] | Card: [[CREDIT_CARD|5117 9144 3570 9887]] | Exp: 11/27 | Billing: [[STREET_ADDRESS|2206 SE Clinton St, Portland, OR 97202]]",
    "[[PERSON|Hunter Oyelaran]] booked the suite with Amex [[CREDIT_CARD|3751 977765 99608]].",
    "The loyalty account of [[PERSON|Dale Featherstonehaugh]] (member no. [[ID_NUMBER|LX-44820917]]) now uses [[EMAIL_ADDRESS|dale.fh@quillmail.co.uk]].",
    "[[PERSON|Skye Marchetti]] logs in as [[ID_NUMBER|skye_m92]] from [[IP_ADDRESS|192.0.2.144]].",
    "Patient [[PERSON|Ivy Osei-Bonsu]], NHS number [[ID_NUMBER|943 476 5919]], [[STREET_ADDRESS|5 Kestrel Rise, Ipswich IP4 5LB]].",
    "[[PERSON|Nour El-Houda Benali]] a changé de numéro : [[PHONE_NUMBER|06 39 98 41 27]].",
    "Please set [[PERSON|Zhang Weilin]]'s shipping address to [[STREET_ADDRESS|Room 1203, No. 5, Lane 88 Caoxi North Road, Xuhui District, Shanghai 200030]].",
    "[[PERSON|Haruto Kobayashi]], [[STREET_ADDRESS|3-9-14 Nishi-Azabu, Minato-ku, Tokyo 106-0031]], My Number [[ID_NUMBER|4820 1937 5562]].",
    "[[PERSON|Park Ji-yeon]] — resident registration number [[ID_NUMBER|930222-2826141]] — [[EMAIL_ADDRESS|jiyeon.park93@naemail.kr]]",
    "[[PERSON|Anastasia Volkova]] updated her card to [[CREDIT_CARD|2221 6993 4933 4449]].",
    "[[PERSON|Konstantinos Georgiou]], [[STREET_ADDRESS|Tsimiski 112, 546 22 Thessaloniki]], IBAN [[IBAN_CODE|GR54 0828 8511 2404 3686 3029 987]].",
    "| field | value |\n|---|---|\n| name | [[PERSON|Autumn Delacroix]] |\n| email | [[EMAIL_ADDRESS|autumn.delacroix@lumenpost.com]] |\n| phone | [[PHONE_NUMBER|+1 312 555 0166]] |\n| ssn | [[US_SSN|418-62-7705]] |",
    "Refund [[PERSON|Reed Castellanos]] to [[IBAN_CODE|ES68 6836 3864 1732 7947 6478]] and let him know on [[PHONE_NUMBER|+34 612 555 308]].",
    "[[PERSON|Sage Thorvaldsdóttir]]'s kennitala is [[ID_NUMBER|150392-2419]] and she lives at [[STREET_ADDRESS|Laugavegur 86, 101 Reykjavík]].",
    "[[PERSON|Aino Lehtonen]], [[STREET_ADDRESS|Mannerheimintie 54 B 17, 00260 Helsinki]], tili [[IBAN_CODE|FI48 0126 0112 3738 75]].",
    "[[PERSON|Kovács Réka]] új címe: [[STREET_ADDRESS|1061 Budapest, Király utca 46. II/5]], számlaszáma [[IBAN_CODE|HU08 2833 9663 6468 5089 9384 4843]].",
    "[[PERSON|Andrei Popescu-Vlad]], [[STREET_ADDRESS|Str. Doamnei nr. 12, bl. 3, ap. 14, 030167 București]], cont [[IBAN_CODE|RO64 KBLR 7691 4508 7079 7395]].",
    "[[PERSON|Camille Schmit]], IBAN [[IBAN_CODE|LU15 5641 5665 6062 3383]], [[STREET_ADDRESS|14 rue de la Gare, L-1611 Luxembourg]].",
    "Contact person: [[PERSON|Ngozi Eze]] / [[EMAIL_ADDRESS|ngozi.eze@okeowo-legal.com.ng]] / [[PHONE_NUMBER|+234 809 555 4410]]",
    "The subscriber [[PERSON|Crystal LaFleur]] was assigned [[IP_ADDRESS|198.51.100.77]] on the night of the outage.",
    "[[PERSON|Matteo Rinaldi]]'s home router answers on [[IP_ADDRESS|2001:db8:4a1::1f]].",
    "[[PERSON|Kavya Iyer]]'s Aadhaar is [[ID_NUMBER|7392 0184 6574]] and her UPI number is [[PHONE_NUMBER|+91 99870 55214]].",
    "[[PERSON|राजेश कुमार वर्मा]], मोबाइल [[PHONE_NUMBER|94150 55873]], ईमेल [[EMAIL_ADDRESS|rajesh.verma61@dakmail.in]]",
    "السيد [[PERSON|خالد بن سعيد العمري]]، رقم الهوية [[ID_NUMBER|1084527391]]، البريد الإلكتروني [[EMAIL_ADDRESS|k.alomari@sahab-mail.sa]].",
    "[[PERSON|林美玲]]的收件地址：[[STREET_ADDRESS|广东省深圳市南山区科技园南路18号2栋1506室 518057]]。",
    "会員番号[[ID_NUMBER|JP-7730-5521]]の[[PERSON|山口 蓮]]さん、メールアドレスは[[EMAIL_ADDRESS|ren.yamaguchi@hoshimail.jp]]です。",
    "[[PERSON|이도윤]] 님 계좌 변경 요청, 연락처 [[PHONE_NUMBER|010-7713-2480]], 이메일 [[EMAIL_ADDRESS|doyun.lee@naemail.kr]]",
    "[[PERSON|Олена Ковальчук]], [[STREET_ADDRESS|вул. Ярославів Вал, 14, кв. 7, Київ, 01054]], тел. [[PHONE_NUMBER|+380 67 555 1934]].",
    "Ο [[PERSON|Νίκος Καραγιάννης]] πλήρωσε με την κάρτα [[CREDIT_CARD|4556 3030 7038 7103]].",
    "[[PERSON|Sunday Okoro]] changed his password to [[PASSWORD|Ebony&Ivory1984]] after the breach.",
    "User [[PERSON|Dawn Kettleborough]] ([[ID_NUMBER|dkettleb]]) reset her password; the temporary one is [[PASSWORD|Tmp-7743-vqz]].",
    "Employee [[PERSON|Marsh Adeyinka]], staff ID [[ID_NUMBER|E-204771]], desk phone [[PHONE_NUMBER|020 7946 0815]].",
    "Ship to: [[PERSON|Carolina Ostrowski]], [[STREET_ADDRESS|1187 Peachtree Battle Ave NW, Atlanta, GA 30327]].",
    "[[PERSON|Austin Mbeki-Harris]]'s driving licence number is [[ID_NUMBER|MBEKI807152AH9TX]].",
    "[[PERSON|Chelsea Nakamura-Voss]] — passport [[ID_NUMBER|563918274]], phone [[PHONE_NUMBER|+1 415 555 0139]].",
    "Please remove [[PERSON|Glen Abernethy]] from the mailing list: [[EMAIL_ADDRESS|glen.abernethy@thistlemail.scot]].",
    "[[PERSON|Paloma Ibáñez]]'s NIE is [[ID_NUMBER|X4820931Q]] and she's at [[STREET_ADDRESS|Carrer de Verdi 74, 2n 1a, 08012 Barcelona]].",
    "[[PERSON|Tariq Hussain]], NI number [[ID_NUMBER|JT 48 27 19 C]], lives at [[STREET_ADDRESS|31 Oakworth Road, Keighley BD21 1QP]].",
    "The buyer was [[PERSON|Heath O'Sullivan-Reyes]], card [[CREDIT_CARD|6011 4974 4586 8013]], shipping to [[STREET_ADDRESS|770 Ocean Ave, Unit 5, Santa Monica, CA 90402]].",
    "[[PERSON|Pearl Anane]] / acct [[IBAN_CODE|GB85 YXST 6575 0408 9279 99]] / asked by phone ([[PHONE_NUMBER|07700 900 634]]) to change the sort code.",
    "[[PERSON|Shira Ben-David]], ID [[ID_NUMBER|039471859]], [[STREET_ADDRESS|Dizengoff St 211, Tel Aviv 6311709]].",
    "[[PERSON|Faisal Al-Dosari]]'s salary account: [[IBAN_CODE|SA07 1980 9716 6570 1581 6379]].",
    "[[PERSON|Mariam Haddad]] asked us to wire the deposit to [[IBAN_CODE|AE50 2617 5450 2897 3003 275]].",
    "Name | Phone | Email\n[[PERSON|Victor Lane]] | [[PHONE_NUMBER|+44 117 496 0723]] | [[EMAIL_ADDRESS|vlane@brisfold.co.uk]]",
    "[[PERSON|Siriporn Chaiyaporn]]'s Bangkok address: [[STREET_ADDRESS|99/12 Soi Sukhumvit 31, Khlong Toei Nuea, Watthana, Bangkok 10110]], tel [[PHONE_NUMBER|+66 81 555 2093]].",
]

# 110 chat requests about private people; the first 35 are typed all in lower case.
CHAT = [
    "can u write a short bday text for my sis [[PERSON|aylin]], shes turning 17 and is obsessed w kpop",
    "my coworker [[PERSON|brendan]] keeps taking credit for my stuff in standup, how do i deal w it w/o drama",
    "so [[PERSON|marisol]] and i broke up last wk and i still have her spare key, whats the least awkward way to give it back",
    "pls proofread: 'dear mr [[PERSON|whitcombe]], my son [[PERSON|ezra]] will be absent on thurs for a dentist appt'",
    "wat do i get my dad [[PERSON|ravi]] for his retirment, all he does is watch cricket and fix old radios",
    "need help w a msg to [[PERSON|kofi]] asking for the 200 he owes me, we're mates so i dont want it weird",
    "my neighbour mrs [[PERSON|lindqvist]] feeds our cat when we're away, whats a nice thank u gift under 30 euros",
    "is it ok to text [[PERSON|jordan]] at 11pm about tmrw's shift swap or is that rude",
    "[[PERSON|nadia]]'s number is [[PHONE_NUMBER|07700 900 412]] can u write a msg inviting her to book club",
    "my grandad [[PERSON|seamus]] has started forgetting names, what early signs shud we look out for",
    "write smth funny for [[PERSON|mikey]]'s leaving card, he's been at the depot 22 yrs",
    "ok so [[PERSON|hana]] and [[PERSON|sol]] both want the spare room, how do i decide fairly",
    "i owe [[PERSON|dimitri]] money and he sent his iban [[IBAN_CODE|de52 1874 2139 1291 6924 07]] is that the whole thing or do i need a bic too",
    "my kid [[PERSON|oisin]] got nipped by a dog at the park, does he need a tetanus jab",
    "[[PERSON|lane]] from accounts asked me out, we work on the same floor, bad idea??",
    "whats a polite way to tell auntie [[PERSON|bisi]] we cant host xmas this yr",
    "help me reply to [[PERSON|chen]], he asked if i can cover his night shifts all of march and i rly cant",
    "my sons coach [[PERSON|gallagher]] yells at the kids constantly, who do i even complain to",
    "can u make a packing list for me and [[PERSON|tomasz]], 5 days camping in the tatras in sept",
    "my brother in law [[PERSON|aziz]] wants to borrow 3k for a car, how do i say no w/o ruining xmas",
    "pls write a sorry note to [[PERSON|florence]] i spilled red wine all over her sofa lol",
    "[[PERSON|summer]] wants to move in after 4 months, too soon??",
    "my flatmate [[PERSON|ines]] left the oven on again, write a note for the fridge thats firm but not mean",
    "txt for [[PERSON|ngozi]]: running 15 late, save me a seat, also bring the charger pls",
    "my mums card pin is [[PASSWORD|4471]] and she keeps forgetting it, shud i write it down for her or is that dumb",
    "how do i tell [[PERSON|rhys]] his breath smells before his big interview w/o hurting him",
    "our babysitter [[PERSON|kasia]] wants a raise to 14 an hour, is that normal in leeds",
    "can u check this: 'hi [[PERSON|pedro]], [[PERSON|bea]] said ur selling the bike, still available?'",
    "wife [[PERSON|yuki]] is pregnant w twins and exhausted, what can i cook thats easy + high in iron",
    "[[PERSON|sterling]] keeps ringing me at work from [[PHONE_NUMBER|+1 202 555 0148]], how do i block a number on android",
    "my teacher ms [[PERSON|ferreira]] gave me a c on my essay, how do i ask her why w/o sounding salty",
    "my ex [[PERSON|brook]] still uses my netflix, the login is [[EMAIL_ADDRESS|jaz.moreno44@inboxly.com]], how do i kick her off",
    "need to give our cleaner [[PERSON|wiesia]] the alarm code [[PASSWORD|7193]], safer to text it or tell her in person?",
    "my boyf [[PERSON|dev]] forgot my bday again, am i allowed to be upset or am i being dramatic",
    "how often shud grandma [[PERSON|rosa]] check her blood pressure, shes 81 and on amlodipine",
    "Can you help me write a reference letter for [[PERSON|Olamide Bankole]]? She was our intern for six months and ran the inventory project.",
    "[[PERSON|Nakamura]] hasn't replied to my last three emails. How do I escalate politely without going over his head?",
    "What should I say in my eulogy for Uncle [[PERSON|Teodor]]? He was a ship's engineer and told terrible jokes.",
    "I think [[PERSON|Priyanka]] is being bullied at school. She's 12. What signs should I look for and who do I contact first?",
    "Write a LinkedIn recommendation for [[PERSON|Callum Fraser-Nkemelu]], who led our data migration last year.",
    "Is it normal that [[PERSON|Bongani]] sleeps 14 hours a day? He's 15 and otherwise seems fine.",
    "Draft a text to [[PERSON|Sunny]] saying I can't make Saturday but I'll bring the tent to [[PERSON|Marguerite]]'s on Sunday.",
    "My partner [[PERSON|Jules]] snores so loudly I end up on the couch. Any tips that actually work?",
    "How do I ask Dr. [[PERSON|Vasquez]] for a second opinion without offending her?",
    "Remind me what to ask [[PERSON|Henrike]] at parents' evening: reading level, the trip form, and whether [[PERSON|Mats]] is still disrupting class.",
    "Translate to Japanese: 'Thank you for having us, [[PERSON|Keiko]]-san. [[PERSON|Tobias]] and I loved the onsen.'",
    "Our nanny [[PERSON|Rosalind]] gave notice. Can you write a job ad that sounds warm but professional?",
    "[[PERSON|Krishnamurthy]] from legal sent back the contract with 40 comments. How should I work through them?",
    "Help me plan a 60th birthday dinner for my father-in-law [[PERSON|Gunnar Eliassen]]: Norwegian food, 14 guests, one vegan.",
    "Can you write a haiku about my dog and my neighbour [[PERSON|Cliff]], who walks her every morning?",
    "My daughter's friend [[PERSON|Zainab]] is staying over. She eats halal and is allergic to nuts. What can I make for dinner?",
    "I'm writing a complaint about the builder, [[PERSON|Wes Pruitt]]. He took a £2,000 deposit and vanished, and [[PHONE_NUMBER|07700 900 287]] goes straight to voicemail.",
    "Who should I call first, [[PERSON|Rashida]] who has the spare key or a locksmith? I'm locked out and it's 2am.",
    "Is there a kind way to tell Grandpa [[PERSON|Lou]] he shouldn't drive at night any more?",
    "Write a wedding card for [[PERSON|Ebere]] and [[PERSON|Chidubem]]. We were at uni together in Enugu.",
    "My colleague [[PERSON|Vikram]] asked for my VPN password ([[PASSWORD|Mango!Tide42]]) so he can finish a report. Should I give it to him?",
    "I need to send my accountant, Ms [[PERSON|Harlow]], my tax documents. Is it safe to email my SSN [[US_SSN|602-18-4473]]?",
    "Can you help me find words for [[PERSON|Pilar]]'s memorial? She taught piano in our village for forty years.",
    "[[PERSON|Tae-yang]] wants to quit uni to go pro in esports. As his mum, what should I ask him?",
    "My tenant, [[PERSON|Radu Ionescu]], is three months behind on rent. What notice do I need to give in Romania?",
    "Write a short speech for my sister [[PERSON|Georgia]]'s graduation; she's the first in our family with a degree.",
    "How do I respond to [[PERSON|Hollis]]? He sent a passive-aggressive email about my 'availability'.",
    "My grandmother [[PERSON|Soledad]] keeps getting scam calls on [[PHONE_NUMBER|+1 505 555 0172]]. Can her carrier block them?",
    "Please make this firmer: '[[PERSON|Lachlan]], if you borrow the ute again without asking I'm changing the locks.'",
    "[[PERSON|Hamish]] says he'll only come to the reunion if [[PERSON|Fergus]] doesn't. Help me write a group message that doesn't take sides.",
    "What's a good thank-you gift for Nurse [[PERSON|Adaeze]], who looked after my mother in intensive care?",
    "What can [[PERSON|Björn]] do if his employer won't pay his overtime? He works in Gothenburg.",
    "Help me put together a weekly meal plan for [[PERSON|Dolores]]; she's diabetic and lives on her own.",
    "I'm [[PERSON|Quentin Moreau-Lefebvre]] and I need a cover letter for a junior sommelier job in Lyon.",
    "[[PERSON|Yusuf]] keeps sending me voice notes at 3am. Is it OK to mute him?",
    "My son's girlfriend [[PERSON|Tallulah]] is vegetarian and coming for Christmas. Menu ideas?",
    "Could you rephrase this more politely: 'Mr [[PERSON|Eriksen]], your dog has been barking since 6am every day this week.'",
    "My best friend goes by [[PERSON|Bugsy]] but her real name is [[PERSON|Bernadette Lynch]]. Which should go on her birthday cake?",
    "[[PERSON|Chanel]] got into Oxford! Write her a congratulations card from the whole office.",
    "Remind me to call [[PERSON|Everett]] on Tuesday about the van.",
    "What should I tell Prof. [[PERSON|Lindahl]] about missing the deadline? My laptop died and I lost two chapters.",
    "My dad [[PERSON|Ramón]] has just been diagnosed with atrial fibrillation. What should we ask the cardiologist?",
    "Help me split the rent fairly: [[PERSON|Anouk]] has the big room, [[PERSON|Femi]] has the en-suite and I have the box room. Total €1,950.",
    "Write a polite chaser to Mrs [[PERSON|Oyelowo]] about the unpaid invoice for the kitchen tiles.",
    "Can you draft an apology from me to [[PERSON|Jasper]]? I called him by his brother [[PERSON|Milo]]'s name at the funeral.",
    "My coach, [[PERSON|Deshawn]], says I should cut carbs before the fight. Is that safe at 17?",
    "[[PERSON|O'Connell]] in payroll says my tax code is wrong. How can I check it myself?",
    "What do I write in the guest book for [[PERSON|Ngaio]] and [[PERSON|Rangi]]'s wedding?",
    "Could you write a short bio for [[PERSON|Ashwini Rao]] for our clinic website? She's a physiotherapist with 12 years' experience.",
    "I found a wallet with the ID card of [[PERSON|Benedikt Sauer]], [[STREET_ADDRESS|Hauptstraße 5, 79098 Freiburg]]. What's the best way to return it?",
    "Turn this into a formal letter: 'To whom it may concern, [[PERSON|Marek]] has been my gardener since 2019 and is honest and reliable. [[PERSON|Wanda Zielińska]]'",
    "¿Me ayudas a escribir un mensaje para [[PERSON|Lucía]]? Quiero decirle que no puedo ir a su boda sin que se ofenda.",
    "Mi suegra, doña [[PERSON|Remedios Alcántara]], vive en [[STREET_ADDRESS|Calle Feria 48, 41003 Sevilla]]. ¿Cómo le envío un paquete desde México?",
    "Escribe un correo a [[PERSON|Javier Montes]] diciéndole que mi número nuevo es [[PHONE_NUMBER|+34 699 555 214]] y que me agregue al grupo.",
    "Kannst du eine Geburtstagskarte für meine Oma [[PERSON|Hildegard]] schreiben? Sie wird 85 und liebt ihren Garten.",
    "Mein Kollege [[PERSON|Sven Ahlers]] hat mir seine Zugangsdaten geschickt, Passwort [[PASSWORD|Birke#Wiese77]]. Ist das ein Problem?",
    "Wie sage ich Frau [[PERSON|Köhler]] höflich, dass ihr Hund den ganzen Tag im Treppenhaus bellt?",
    "Peux-tu écrire un mot de remerciement à [[PERSON|Amélie]] pour avoir gardé les enfants ce week-end ?",
    "Mon propriétaire, M. [[PERSON|Garnier]], ne me rend pas ma caution. Que faire ? Il habite [[STREET_ADDRESS|12 avenue Jean-Jaurès, 69007 Lyon]].",
    "Mon fils [[PERSON|Noé]] a de la fièvre depuis trois jours, est-ce que je dois l'emmener aux urgences ?",
    "Me ajuda a escrever uma mensagem de aniversário para o [[PERSON|Caio]]? Ele faz 30 anos e é louco por futebol.",
    "A minha avó [[PERSON|Conceição]] precisa de renovar o cartão de cidadão. Que documentos deve levar?",
    "Preciso mandar um Pix para a [[PERSON|Renata Figueiredo]], a chave é o celular dela, [[PHONE_NUMBER|(11) 95555-3821]]. Como faço?",
    "Puoi scrivere un biglietto di condoglianze per la famiglia di [[PERSON|Gianni Colombo]]? Era il nostro vicino da trent'anni.",
    "Il mio capo, [[PERSON|Bianchi]], mi chiama anche la domenica. Come glielo dico senza rischiare il posto?",
    "Mia figlia [[PERSON|Chiara]] vuole fare l'Erasmus a Lisbona. Quali documenti servono?",
    "[[PERSON|Ayşe]] teyzeme doğum günü mesajı yazar mısın? 70 yaşına giriyor.",
    "Ev sahibim [[PERSON|Mehmet]] Bey kirayı yüzde 60 artırmak istiyor, bu yasal mı?",
    "[[PERSON|Burak Şahin]]'e borcumu göndereceğim, IBAN'ı bu mu: [[IBAN_CODE|TR53 2410 0700 1138 8320 2708 177]]?",
    "Pomóż mi napisać życzenia imieninowe dla [[PERSON|Krzysztofa]].",
    "Moja sąsiadka, pani [[PERSON|Grażyna]], ciągle zagląda mi do skrzynki. Jak z nią porozmawiać?",
    "Czy mogę podać [[PERSON|Pawłowi Nowakowi]] numer konta [[IBAN_CODE|PL11 2331 0839 2848 7752 5760 7700]] przez SMS?",
    "Tolong buatkan ucapan ulang tahun untuk [[PERSON|Dewi]], sahabat saya sejak SMA.",
    "Bos saya, Pak [[PERSON|Hendra Wijaya]], minta laporan besok pagi. Bagaimana cara minta tambahan waktu dengan sopan?",
    "Nomor WhatsApp [[PERSON|Rizky]] [[PHONE_NUMBER|0812-5550-7734]], tolong tulis pesan untuk mengajak dia main futsal hari Sabtu.",
]

# 60 work requests pasting e-mails, notes, tickets, rows, logs, code and configs.
WORK = [
    "Can you make this email shorter?\n\nHi [[PERSON|Tamsin]],\n\nFollowing up on yesterday's call, the revised quote is attached. Let me know if the delivery window works for you.\n\nBest regards,\n[[PERSON|Gideon Achterberg]]\nProcurement Lead, Vantell Logistics\nM: [[PHONE_NUMBER|+31 6 5555 2817]]\n[[EMAIL_ADDRESS|g.achterberg@vantell-logistics.nl]]",
    "Turn these notes into action items:\n- [[PERSON|Priscilla]] to send the vendor list by Fri\n- [[PERSON|Okonjo]] blocked on VPN, IT ticket open\n- [[PERSON|Farrukh]] + [[PERSON|Dana]] to rewrite the onboarding doc\n- next sync Tue 10:00",
    "Rewrite this HR note in neutral language: 'Employee [[PERSON|Leopold Strand]] (ID [[ID_NUMBER|HR-55821]]) was late six times in March and was rude to [[PERSON|Ingrid]] at reception.'",
    "Summarise for handover: Pt [[PERSON|Agnieszka Lis]], MRN [[ID_NUMBER|00418827]], 67F, admitted with CAP, IV co-amoxiclav day 2, sats 94% on 2L. Daughter [[PERSON|Marta]] is NOK, tel [[PHONE_NUMBER|+48 601 555 298]].",
    "Classify this ticket:\n\nFrom: [[EMAIL_ADDRESS|r.odhiambo@swiftmail.co.ke]]\nSubject: cant log in\nHi, my username is [[ID_NUMBER|rodhiambo]] and it keeps saying invalid password even though I typed [[PASSWORD|Kilimanjaro_2019]]. Pls help.\n[[PERSON|Ruth]]",
    "Dedupe these rows:\n\nid,name,email,phone\n1041,[[PERSON|Nalani Kahale]],[[EMAIL_ADDRESS|nalani.k@pacificmail.com]],[[PHONE_NUMBER|808-555-0133]]\n1042,[[PERSON|Nalani Kahale]],[[EMAIL_ADDRESS|nkahale@pacificmail.com]],[[PHONE_NUMBER|808-555-0133]]\n1043,[[PERSON|Bartholomew Ruiz]],[[EMAIL_ADDRESS|bart.ruiz@sierramail.com]],[[PHONE_NUMBER|808-555-0190]]",
    'Why does this JSON fail to parse?\n\n{"user": {"name": "[[PERSON|Solveig Haugen]]", "login": "[[ID_NUMBER|shaugen]]", "last_ip": "[[IP_ADDRESS|10.0.12.57]]",}}',
    "Is this docker-compose file OK to commit?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: [[PASSWORD|w1ldcat-Orchard-93]]\n  api:\n    environment:\n      STRIPE_KEY: [[API_KEY|sk_live_utfxSnHTNlzbypYBh7sbCXLt]]",
    "What's going on here?\n\n2024-03-11T08:14:02Z WARN auth failed user=[[ID_NUMBER|mkowalczyk]] src=[[IP_ADDRESS|203.0.113.18]]\n2024-03-11T08:14:09Z WARN auth failed user=[[ID_NUMBER|mkowalczyk]] src=[[IP_ADDRESS|203.0.113.18]]\n2024-03-11T08:14:15Z INFO account locked user=[[ID_NUMBER|mkowalczyk]]",
    "Fix this SQL:\n\nINSERT INTO patients (full_name, nhs_no, dob) VALUES ('[[PERSON|Oluwaseun Afolabi]]', '[[ID_NUMBER|485 203 9178]]', '1984-07-02'",
    "Why isn't my app picking these up?\n\nDATABASE_URL=postgres://svc_app:[[PASSWORD|Qp7!rangeHollow]]@[[IP_ADDRESS|10.20.0.5]]:5432/prod\nOPENAI_API_KEY=[[API_KEY|sk-proj-zmv5lOaHXSa2vRDio8hSiMlCAuQBitkhD03vdj58]]\nADMIN_EMAIL=[[EMAIL_ADDRESS|priya.natarajan@brightkiln.io]]",
    'Explain this error:\n\nTraceback (most recent call last):\n  File "/home/[[ID_NUMBER|ychoudhury]]/proj/sync.py", line 44, in <module>\n    client.login("[[EMAIL_ADDRESS|yash.choudhury@tessellate.in]]", "[[PASSWORD|Neem&Tamarind5]]")\n  File "/usr/lib/python3.11/smtplib.py", line 750, in login\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.8 Username and Password not accepted\')',
    "Why does git keep asking for my password?\n\n[user]\n\tname = [[PERSON|Torvald Eng]]\n\temail = [[EMAIL_ADDRESS|torvald.eng@fjordsoft.no]]\n[credential]\n\thelper = store\n# token [[API_KEY|ghp_mSy6MWlEHVzKS0SypR3Pct6xu4zxxCzSOz3Z]]",
    "Is this credentials file in the right format?\n\n[default]\naws_access_key_id = [[API_KEY|AKIAN1X6B3WUYKWT17V0]]\naws_secret_access_key = [[API_KEY|8fM3C0SegPE5KkgNseTzCc38rXfr9MKlK4yIafPv]]\nregion = eu-west-1",
    "Why do I get not_in_channel?\n\nconst slack = new WebClient('[[API_KEY|xoxb-604832160125-0385677613164-WS0VpsyZV4ts3u0glx0GDNnM]]');\n// posts to #alerts as [[PERSON|Odalys]]'s bot\nawait slack.chat.postMessage({ channel: '#alerts', text: 'disk full' });",
    "Summarise this thread in one line:\n\n> On Mon, 4 Mar, [[PERSON|Fenna Bakker]] <[[EMAIL_ADDRESS|fenna.bakker@zeewind.nl]]> wrote:\n> Can we move the audit to the 14th? The auditors can't do the 7th.\n\nFine by me, I'll tell the warehouse.\n[[PERSON|Stijn]]",
    "Tidy up these minutes:\n\nMinutes, 3 June\nAttendees: [[PERSON|R. Castellano]], [[PERSON|Deepa Menon]], [[PERSON|Hiroshi]] (remote)\n1. Budget: [[PERSON|Deepa]] to revise the Q3 forecast\n2. Hiring: [[PERSON|Hiroshi]] to shortlist three candidates\n3. AOB: none",
    "Draft a letter confirming employment for [[PERSON|Khadija Oumarou]], employee no. [[ID_NUMBER|004417]], whose salary is paid to [[IBAN_CODE|FR35 7864 2751 58H9 0498 5630 837]].",
    "Make this referral more concise: 'Dear Dr [[PERSON|Mahlangu]], I am referring [[PERSON|Sipho Dlamini]] (DOB 12/05/1961, hospital no. [[ID_NUMBER|JHB-2290184]]) with worsening breathlessness over six weeks and ankle swelling.'",
    "Write a reply to ticket #88213: user [[PERSON|Petra Novotná]] says her address [[IP_ADDRESS|198.51.100.203]] is blocked by the WAF. Her account is [[ID_NUMBER|pnovotna]].",
    'Why 403?\n\n[[IP_ADDRESS|192.0.2.61]] - [[ID_NUMBER|jlindgren]] [12/Mar/2024:10:22:41 +0000] "GET /admin HTTP/1.1" 403 162 "-" "curl/8.4.0"',
    "Is this safe to run without a transaction?\n\nUPDATE users SET email = '[[EMAIL_ADDRESS|k.makoa@islandmail.net]]', phone = '[[PHONE_NUMBER|+1 808 555 0107]]' WHERE id = 9921;",
    "Will this work with kubectl apply?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  SMTP_USER: [[EMAIL_ADDRESS|aled.pritchard@quaylight.co.uk]]\n  SMTP_PASS: [[PASSWORD|harbour-Lantern-61]]",
    "Sort these by start date:\n\nemp_id,name,start\n[[ID_NUMBER|E1093]],[[PERSON|Ama Owusu]],2019-04-01\n[[ID_NUMBER|E1188]],[[PERSON|Lorenzo Greco]],2017-11-20\n[[ID_NUMBER|E1207]],[[PERSON|Hye-jin Kwon]],2021-02-15",
    "Bitte kürzen: Patientin [[PERSON|Renate Vogel]], Fallnummer [[ID_NUMBER|2024-0388172]], entlassen am 4.3., Weiterbehandlung durch Hausarzt Dr. [[PERSON|Lenz]], Kontrolle in zwei Wochen.",
    "How do I move the password into an environment variable?\n\ndef connect():\n    return pymysql.connect(host='[[IP_ADDRESS|172.16.40.9]]', user='[[ID_NUMBER|reporting_ro]]', password='[[PASSWORD|Sardine$Kettle8]]')",
    "Why did this webhook fail?\n\nevent=invoice.payment_failed customer=[[ID_NUMBER|cus_Pq81LmZxW3v]] email=[[EMAIL_ADDRESS|ines.barroso@correio.pt]] attempt=3",
    'Convert to CSV:\n\n[{"name": "[[PERSON|Ulla Berggren]]", "address": "[[STREET_ADDRESS|Storgatan 12, 903 26 Umeå]]"}, {"name": "[[PERSON|Pekka Rautio]]", "address": "[[STREET_ADDRESS|Hämeenkatu 21 A 4, 33200 Tampere]]"}]',
    "Translate into Spanish:\n\nDear Mr [[PERSON|Albarrán]],\nYour replacement part ships on Monday.\nKind regards,\n[[PERSON|Tessa Lindqvist-Moore]]\nCustomer Care | [[PHONE_NUMBER|+44 161 496 0552]]",
    "The API returns 401 with this header, why?\n\nAuthorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiJ9.EqN32sU9qWsHw3foitTeRB6MY0cW8bfBNU84fkKl.2pOaWSVu7e6R8zuQ-URwQn1Yn6L1hMkcLMImdihmCx8]]",
    'What\'s wrong with putting it here?\n\nvariable "do_token" {\n  default = "[[API_KEY|dop_v1_7eefbd59c890d326bedadedae883dc0dee2fe24bb17b16b7057b908a74071158]]"\n}',
    "npm publish says 403, why?\n\n//registry.npmjs.org/:_authToken=[[API_KEY|npm_ZKrw5LPSYxQzriTrycBzz5Qh4gSsGQPVKdpe]]\nemail=[[EMAIL_ADDRESS|benji.okafor@loomwork.dev]]",
    "Reformat as a table:\n09:00 [[PERSON|Hadiza Musa]], follow-up, [[PHONE_NUMBER|0803 555 6612]]\n09:20 [[PERSON|Ewan McAllister]], new patient\n09:40 [[PERSON|Liang Qiu]], bloods",
    "Rewrite formally: at 14:10 [[PERSON|Jorge]] from the night shift said he saw [[PERSON|Obi]] propping the fire door open again. Badge [[ID_NUMBER|B-7731]] was used at 14:12.",
    "Summarise my feedback on [[PERSON|Zofia Krawczyk]] for the hiring panel: strong SQL, weak on system design, great with juniors.",
    "Why does mysql warn about this?\n\n$ ssh [[ID_NUMBER|dbadmin]]@[[IP_ADDRESS|198.51.100.14]]\n$ mysql -u root -p[[PASSWORD|tr0mb0ne-Velvet]]\nmysql: [Warning] Using a password on the command line interface can be insecure.",
    "How do I bulk import this LDIF?\n\ndn: uid=[[ID_NUMBER|abarzani]],ou=people,dc=corp,dc=local\ncn: [[PERSON|Aram Barzani]]\nmail: [[EMAIL_ADDRESS|aram.barzani@corp-mail.net]]\ntelephoneNumber: [[PHONE_NUMBER|+49 30 5558 2214]]",
    "How do I find where the duplicates come from?\n\njava.lang.IllegalStateException: duplicate customer [[ID_NUMBER|C-00918273]] ([[EMAIL_ADDRESS|marguerite.dupuis@velocimail.fr]])\n\tat com.shop.CustomerService.merge(CustomerService.java:212)\n\tat com.shop.ImportJob.run(ImportJob.java:88)",
    'Is it OK that this is in the public repo?\n\nconst firebaseConfig = {\n  apiKey: "[[API_KEY|AIzaVZnjFuD5-7B9hoc82rYFFkIzvv0U8Qcy29_]]",\n  projectId: "tidepool-app",\n};',
    "Make a short agenda from this: [[PERSON|Olek]] wants to discuss the on-call rota, [[PERSON|Mirela]] needs sign-off on the new vendor, [[PERSON|Haruki]] is out until the 20th.",
    "Check the totals:\n\nname,iban,amount\n[[PERSON|Kaja Nowicka]],[[IBAN_CODE|PL67281838361336678620577032]],4200\n[[PERSON|Tiago Rebelo]],[[IBAN_CODE|PT34523357086214550386260]],3900\n[[PERSON|Lieke Smit]],[[IBAN_CODE|NL36SHHR5589494032]],4050",
    "Make a handover template from this: ward 4B, [[PERSON|Rosa Quispe]] (bed 3, [[ID_NUMBER|MRN 448201]]), [[PERSON|Dumisani Nkosi]] (bed 7, [[ID_NUMBER|MRN 448377]]), both nil by mouth from midnight.",
    "Why can't Twilio send from this number?\n\nTWILIO_ACCOUNT_SID=[[API_KEY|AC7aa23705e85b1d5ee4d5fcfbfeb2d41d]]\nTWILIO_AUTH_TOKEN=[[API_KEY|a66c20d7ea9f931f5bd7c9984a94ed92]]\nTWILIO_FROM=[[PHONE_NUMBER|+12025550183]]",
    "This returns 401:\n\ncurl -s --user 'api:[[API_KEY|key-113527ebcbd4c7a83d8b52adc741709f]]' https://api.mailgun.net/v3/mg.pinebark.co/messages -F to='[[EMAIL_ADDRESS|helena.voss@pinebark.co]]' -F subject='test'",
    "Make this less harsh for the review: '[[PERSON|Dominic]] misses deadlines and [[PERSON|Aleksandra]] ends up covering for him.'",
    "Translate into English: 'Herr [[PERSON|Yilmaz]] ist vom 3. bis 10. Mai arbeitsunfähig. Versichertennummer [[ID_NUMBER|K482019375]].'",
    'Is the export flagged correctly in this log?\n\n{"ts": "2024-05-02T11:03:55Z", "user": "[[EMAIL_ADDRESS|zanele.khumalo@ubuntu-tech.co.za]]", "ip": "[[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]]", "action": "export"}',
    "Help me reply to this:\n\n'I have been charged twice on card [[CREDIT_CARD|5381 8443 6196 4405]]. Fix it or I'm going to my bank.\n[[PERSON|Gwendolyn Ashby]]\n[[STREET_ADDRESS|27 Larkspur Drive, Harrogate HG2 8QE]]'",
    "The pipeline fails at deploy, what did I get wrong?\n\nvariables:\n  GITLAB_TOKEN: [[API_KEY|glpat-OX5Dac0vHZOc-BI2G-Nf]]\n  DEPLOY_USER: [[ID_NUMBER|deploy-kmurray]]\ndeploy:\n  script: ./deploy.sh",
    'Why does it say invalid token?\n\nfrom huggingface_hub import login\nlogin(token="[[API_KEY|hf_uLiNBkCSNKzzWq6k9MNsJd6jHp0zctylP7]]")',
    "Emails aren't sending with this config:\n\nSENDGRID_API_KEY=[[API_KEY|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]]\nFROM_EMAIL=[[EMAIL_ADDRESS|lucia.pardo@tallerverde.es]]",
    "Can clients outside the VPC reach this?\n\nrequirepass [[PASSWORD|Ostrich-Quartz-2291]]\nbind [[IP_ADDRESS|10.8.3.21]]\nport 6379",
    "Corrige ce mail :\n\nBonjour [[PERSON|Clémence]],\nje t'envoie le contrat ce soir, tu pourras le signer demain.\nBien à toi,\n[[PERSON|Yannick Le Goff]]\n[[PHONE_NUMBER|06 39 98 55 10]]",
    "The store API rejects this, why?\n\ncurl -H 'X-Shopify-Access-Token: [[API_KEY|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]]' https://kettle-and-crumb.myshopify.com/admin/api/2024-01/orders.json",
    'Is this the right way to create the client?\n\nimport anthropic\nclient = anthropic.Anthropic(api_key="[[API_KEY|sk-ant-api03-1suGYF-hsfvp6UdbMYHDFxyLcf86L62skv0QvVTnGdGFeJe551H1qXXAlKtH]]")',
    "Group by assignee:\n\nIssue,Assignee,Reporter\nOPS-412,[[PERSON|Kamau Njoroge]],[[PERSON|Beatriz Salgado]]\nOPS-413,[[PERSON|Beatriz Salgado]],[[PERSON|Aditya Bose]]\nOPS-414,[[PERSON|Kamau Njoroge]],[[PERSON|Aditya Bose]]",
    "Is the registry down or is it me?\n\nLogin Succeeded for [[ID_NUMBER|fgallo]] from [[IP_ADDRESS|172.20.14.88]]\nError response from daemon: pull access denied for internal/api",
    "Summarise in English: pasient [[PERSON|Halvard Nygaard]], fødselsnummer [[ID_NUMBER|12057433816]], innlagt med brudd i venstre håndledd, allergisk mot penicillin.",
    'Why is the GraphQL call unauthorised?\n\nheaders = {"Authorization": "[[API_KEY|lin_api_k0kljAirGGQahUQK8Oh0YII0KYf9OlPvpDMSKSOF]]"}',
    "How do I paginate this Airtable request?\n\ncurl https://api.airtable.com/v0/appX1/Orders -H 'Authorization: Bearer [[API_KEY|patR1IdpAa9tD68g4.93e1a67e7802dd43b5fcd6e9a61a25c04aa1fa4615f5cd0a5ca462c24edeb0a4]]'",
]

# 40 short requests whose only personal datum is one secret or number said in passing.
SHORT = [
    "the wifi thing is [[PASSWORD|purple-otter-canoe-17]], can you make a cute sign for the guest room",
    "my login for the portal is [[PASSWORD|Fennel&Moss2024]] and it says expired, what do I do",
    "is [[PASSWORD|hunter7Rx!]] strong enough or is it too hunter-style",
    "gate is [[PASSWORD|4419#]] btw, just tell the courier that",
    "Can you remember [[PASSWORD|correct-lamp-velvet-harbor]] for me until tomorrow?",
    "I keep forgetting [[PASSWORD|0831]]. Any tricks to memorise four digits?",
    "The ATM says wrong code but I definitely typed [[PASSWORD|6620]]. What now?",
    "Is [[CREDIT_CARD|4402 9913 7383 3678]] a Visa or a Mastercard?",
    "Is [[IBAN_CODE|BE46 8388 1340 1333]] enough for a transfer from the UK or do I need more?",
    "which country is [[IBAN_CODE|ES91 4234 9043 0304 8391 6724]] from",
    "Does [[US_SSN|409-31-7826]] look like a real format or did I mistype it?",
    "ok so [[PHONE_NUMBER|07700 900 791]] keeps ringing me with no voicemail, should I call back",
    "Why can't I ping [[IP_ADDRESS|192.168.7.44]] from my laptop? Same wifi.",
    "something from [[IP_ADDRESS|203.0.113.92]] keeps trying to get into my Nextcloud",
    "I accidentally pasted [[API_KEY|sk-pC4mol6ap8PH8DYHb0FTyGyEGeFjyaiiB4tT2Pb4igJHfysv]] into a public Discord, how bad is it",
    "is [[API_KEY|rk_live_Qs1IqxbS2FmuaxvtMEIIuYYsavxCxL]] a restricted one or a full one?",
    "[[PASSWORD|9-3-1-7]] then press off. Write that as a note for the dog sitter.",
    "the magic words are [[PASSWORD|Tortoise.Bagpipe.91]]. Will you remember them if I ask later?",
    "locker combo [[PASSWORD|24-11-37]], is it safe in my phone notes",
    "I set everything to [[PASSWORD|Lemonade4Ever]] lol, is that bad",
    "Can you turn [[PASSWORD|quokka rhubarb tangerine 88]] into something with symbols but still memorable?",
    "our bike shed opens with [[PASSWORD|1357]], should we change it after the break-in?",
    "Typed [[PASSWORD|Nb8$kT2!vQ]] on the admin page and it locked me out after one try?",
    "what's the format of [[ID_NUMBER|SZ 61 04 83 D]]? it's on my payslip",
    "[[ID_NUMBER|X9843271]] is on the sticker in my passport, is that the visa number?",
    "my member thing is [[ID_NUMBER|77204-33918-02]], why won't the gym app take it",
    "card on the fridge says [[CREDIT_CARD|2720 5286 6809 8507]], exp 04/29. Can my kid use it on Steam?",
    "i think [[PHONE_NUMBER|+44 20 7946 0321]] is a scam, it said it was my bank",
    "Missed a call from [[PHONE_NUMBER|(02) 5550 1849]] twice today. Who uses numbers like that?",
    "Is [[PASSWORD|Sunflower!Kettle!Drift]] better than a random 12-character one?",
    "the key box is [[PASSWORD|7286]], write a check-in message for guests",
    "phone unlocks with [[PASSWORD|147963]] if you need the photos, tell my sister that nicely",
    "Is it risky that I reuse [[PASSWORD|blueberry-jam-93]] for Netflix and my bank?",
    "[[API_KEY|ATATT3xlkpM9N6vHnWCxlgcvyMxnnb-e1IWhx]] works in Postman but not in curl, why",
    "is [[API_KEY|pk_live_mPp1c508sxqZbo19CbXNpOTO]] fine to put in my frontend",
    "sorted the router, new one is [[PASSWORD|TangoVictor#58]]",
    "write a reminder that the storage unit padlock is [[PASSWORD|0-4-2-9]]",
    "[[US_SSN|318-44-5062]] is what I put on the W-4, but the form wants it without dashes?",
    "can you hold on to [[IP_ADDRESS|198.51.100.58]] for me, it's the box at home I ssh into",
    "Quick one: does [[CREDIT_CARD|3727 540326 18805]] need a 4-digit security code?",
]

# 50 exam and homework questions; the first names in word problems are fictional characters.
CLEAN_EXAM = [
    "Which treaty ended the Thirty Years' War?\nA) Treaty of Utrecht\nB) Peace of Westphalia\nC) Treaty of Versailles\nD) Congress of Vienna",
    "Who was the first emperor of a unified China? (a) Liu Bang (b) Qin Shi Huang (c) Kublai Khan (d) Wu Zetian",
    "In what year did Nelson Mandela become President of South Africa? A. 1990 B. 1994 C. 1999 D. 2004",
    "The Magna Carta was sealed by which English king? A) Henry II B) Richard I C) John D) Edward I",
    "Which civilisation built Machu Picchu? A. Maya B. Aztec C. Inca D. Olmec. Explain your answer in two sentences.",
    "Explain two causes of the French Revolution and name one figure associated with the Reign of Terror.",
    "Multiple choice: the Meiji Restoration began in (a) 1603 (b) 1853 (c) 1868 (d) 1912",
    "What principle did Donoghue v Stevenson (1932) establish? A) consideration B) the neighbour principle C) strict liability D) promissory estoppel",
    "Which amendment to the US Constitution protects against self-incrimination? A. First B. Fourth C. Fifth D. Eighth",
    "Which case established judicial review in the United States? A) Marbury v. Madison B) Plessy v. Ferguson C) Miranda v. Arizona D) Gideon v. Wainwright",
    "Contract law: an offer met with a counter-offer is A) accepted B) revoked C) rejected D) suspended. Explain with reference to Hyde v Wrench.",
    "What is the difference between a tort and a crime? Give one example of each for a first-year law exam.",
    "Problem question: A leaves her bicycle with B for repair; B sells it to C, who buys in good faith. Can A recover it? Discuss the nemo dat rule.",
    "A 54-year-old man has crushing chest pain radiating to the left arm. ECG shows ST elevation in II, III and aVF. Which artery is most likely occluded? A) LAD B) LCx C) RCA D) left main",
    "Which of these is a feature of Cushing's syndrome? A) weight loss B) hypoglycaemia C) central obesity D) bradycardia",
    "A 6-year-old has a honey-coloured crusted rash around the mouth. Most likely organism? A) S. aureus B) E. coli C) C. albicans D) HSV-1",
    "Name the nerve damaged in wrist drop and the fracture most often responsible.",
    "Parkinson's disease is associated with loss of neurons in the A) hippocampus B) substantia nigra C) cerebellum D) medulla",
    "Which vitamin deficiency causes Wernicke's encephalopathy? A) B1 B) B6 C) B12 D) C",
    "A ball is dropped from 20 m. Ignoring air resistance and taking g = 9.8 m/s², how long does it take to reach the ground?",
    "Which of Newton's laws explains why passengers lurch forward when a bus brakes? A) first B) second C) third D) the law of gravitation",
    "Using Ohm's law, what current flows through a 12 Ω resistor connected to a 6 V battery?",
    "The SI unit of magnetic flux density is the A) weber B) tesla C) henry D) gauss",
    "Use Snell's law to find the angle of refraction when light passes from air into glass (n = 1.5) at 30° to the normal.",
    "A 2 kg trolley moving at 3 m/s collides with and sticks to a stationary 1 kg trolley. Find their common speed.",
    "Explain the photoelectric effect and why it supported Einstein's photon model of light.",
    "Maya buys 3 apples at 40 cents each and a bottle of juice for $1.25. How much change does she get from $5?",
    "Leo has 24 stickers. He gives a third to his sister and 5 to his friend Sam. How many does he have left?",
    "Aisha runs 2.5 km every morning. How many kilometres does she run in 3 weeks?",
    "Kenji and Rosa share 45 marbles in the ratio 4:5. How many marbles does Rosa get?",
    "A train leaves at 9:45 and arrives at 13:10. Priya says the journey took 3 hours 35 minutes. Is she right? Show your working.",
    "Tom is twice as old as his brother Ben. In 6 years the sum of their ages will be 36. How old is Ben now?",
    "Fatou bakes 5 trays of 12 cookies and sells them in bags of 8. How many full bags can she make, and how many cookies are left over?",
    "Olivia's garden is 7.5 m by 4 m. Fencing costs £12 per metre. How much will it cost to fence the whole garden?",
    "Mateo reads 18 pages a day. His book has 342 pages. How many days will it take him to finish it?",
    "Hannah saves $15 a week. She wants a bike that costs $240. After how many weeks can she buy it?",
    "Yusuf has three times as many books as Chloe. Together they have 48. How many books does each of them have?",
    "Grace cuts a 2.4 m ribbon into pieces of 15 cm. How many pieces does she get?",
    "Noah can paint a fence in 6 hours and Lily can paint it in 3 hours. How long does it take if they work together?",
    "Ananya scored 72, 85 and 91 in three tests. What must she score in the fourth test to average 85?",
    "A recipe for 4 people needs 300 g of flour. Diego is cooking for 10. How much flour does he need?",
    "Sofia walks to school at 4 km/h and it takes her 15 minutes. How far away is her school?",
    "Chemistry: balance Fe + O2 → Fe2O3 and state the mole ratio of iron to oxygen.",
    "Biology: which organelle is the site of aerobic respiration? A) ribosome B) nucleus C) mitochondrion D) Golgi body",
    "Economics essay: explain what Keynes meant by the paradox of thrift and give a modern example.",
    "In 'Pride and Prejudice', why does Elizabeth Bennet at first reject Mr Darcy? Answer in about 150 words.",
    "Geography quiz: which river flows through Budapest? A) Vltava B) Danube C) Rhine D) Elbe",
    "Statistics: when would you use a Mann-Whitney U test instead of a t-test?",
    "Computer science: what is the time complexity of Dijkstra's algorithm with a binary heap?",
    "Philosophy essay prompt: compare Kant's categorical imperative with Mill's utilitarianism.",
]

# 40 everyday requests with no personal data.
CLEAN_EVERYDAY = [
    "What's a good recipe for a quick weeknight dal?",
    "How do I get red wine out of a wool carpet?",
    "Can you suggest a 3-day itinerary for Lisbon in March?",
    "Write a short poem about autumn leaves for a school newsletter.",
    "How long should I boil an egg for a runny yolk?",
    "What's the difference between a Roth IRA and a traditional IRA?",
    "Plan me a 20-minute bodyweight workout I can do in a hotel room.",
    "How do I repot a snake plant without killing it?",
    "Explain compound interest like I'm 12.",
    "What should I pack for a week of hiking in the Scottish Highlands in May?",
    "Is it safe to give dogs peanut butter?",
    "Give me five icebreaker questions for a team meeting.",
    "How do I unclog a bathroom sink without chemicals?",
    "translate 'where is the train station' into italian and german",
    "What's the best way to learn touch typing as an adult?",
    "Write a polite message declining a wedding invitation because of work.",
    "How many hours of sleep does a teenager need?",
    "Convert 350°F to Celsius.",
    "Suggest names for a bakery that sells sourdough and Korean pastries.",
    "how do i make my sourdough starter more active, it smells like nail polish",
    "What are the symptoms of a vitamin D deficiency?",
    "Plan a birthday party for eight 7-year-olds on a small budget.",
    "What's a good way to store fresh herbs so they last longer?",
    "Can you explain how a heat pump works?",
    "Write an opening line for a cover letter for a barista job.",
    "What's the etiquette for tipping in Japan?",
    "How do I fix a flat tyre on a bicycle?",
    "Recommend a few board games for four adults who like strategy.",
    "Why does my bread come out dense?",
    "make a shopping list for a vegetarian lasagne for 6",
    "What's the difference between baking soda and baking powder?",
    "How can I save money on my electricity bill in winter?",
    "Write a limerick about a cat who hates Mondays.",
    "How do I politely ask the neighbours upstairs to keep the noise down after 11pm?",
    "Explain the offside rule in football in two sentences.",
    "Which houseplants are safe for cats?",
    "Help me write a 100-word blurb for a beginners' pottery class flyer.",
    "How do I clean a cast iron pan that has rust spots?",
    "what time zone is auckland in compared to london",
    "Give me a simple weekly cleaning schedule for a two-bedroom flat.",
]

# 60 clean requests chosen to trip a naive detector.
CLEAN_TRICKY = [
    "Who wrote 'One Hundred Years of Solitude', and is Gabriel García Márquez's Macondo based on a real town?",
    "Summarise the main ideas of Marie Curie's research on radioactivity.",
    "Which Beatles album should I start with if I only know 'Hey Jude'?",
    "Compare Serena Williams's and Steffi Graf's Grand Slam records.",
    "Explain Bayes' theorem with a medical testing example.",
    "Is Hodgkin lymphoma different from non-Hodgkin lymphoma?",
    "Why is the newton defined as kg·m/s²?",
    "How did the Wright brothers control roll on the 1903 Flyer?",
    "Write a short mystery in the style of Agatha Christie with Hercule Poirot on a night train.",
    "Is Sherlock Holmes's 221B Baker Street a real place you can visit?",
    "What's the history of Abbey Road as a street in St John's Wood?",
    "Does Ford still make the Mustang with a manual gearbox?",
    "Is a Dyson V15 worth it over a Shark cordless?",
    "What does the Pythagorean theorem say, and what do we actually know about Pythagoras?",
    "Recommend albums by Fleetwood Mac and Florence + the Machine for a road trip.",
    "Why is Parkinson's law called that, and does it apply to software projects?",
    'When should I run `git config user.name "Your Name"` and `git config user.email "you@example.com"`?',
    "Fill in this template for me: Dear <your name>, thank you for your order #<order_id>.",
    "In my .env template, is `DB_PASSWORD=${PASSWORD}` expanded by docker compose or by the shell?",
    "What does 'John Doe' mean in a US court case?",
    "Explain the structure of a UUID v4 like 3f2b8c1e-9d4a-4f6b-8e2c-7a1d5b9e0c34.",
    "What changed between Python 3.11.4 and 3.12.0?",
    "Is ISBN 978-0-14-143951-8 a Penguin Classics edition?",
    "My order 112-4839201-5573942 says delivered but nothing arrived. What should I do?",
    "Which carrier uses tracking numbers like 1Z999AA10123456784?",
    "Our invoice total is €4,218.60 plus 21% VAT. What's the gross amount?",
    "Why does my dev server only answer on 127.0.0.1 and not on the network?",
    "Which hex colour is closer to navy: #1F2A44 or #2B3A67?",
    "Is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 the SHA-256 of an empty string?",
    "What's the story behind the name Jack Daniel's?",
    "How did Louis Braille come up with his alphabet?",
    "Explain the Doppler effect using an ambulance siren.",
    "Is Crohn's disease hereditary?",
    "Who was Florence Nightingale and why is she linked to statistics?",
    "Is Lane Cove a nice suburb of Sydney for a family?",
    "Is Jordan Peele's 'Get Out' suitable for a 14-year-old?",
    "What's the weather usually like in Brooklyn in October?",
    "Is Sterling silver the same thing as pure silver?",
    "Write a product description for the Summer Breeze linen shirt in Ocean Blue.",
    "What did Rosa Parks do on 1 December 1955?",
    "Explain Murphy's law and Sod's law. Are they the same thing?",
    "Is the Victoria line faster than the Northern line from Euston to Oxford Circus?",
    "Compare McDonald's and Wendy's breakfast menus.",
    "Who founded Hewlett-Packard, and why in a garage?",
    "How does the Heimlich manoeuvre work?",
    "Explain the Kelvin scale and why there are no negative kelvins.",
    "Does Tesla the company have anything to do with Nikola Tesla?",
    "Write a short biography of Frida Kahlo for an art class.",
    "Recommend novels like Haruki Murakami's 'Kafka on the Shore'.",
    "Who was King Sejong and why is he on the 10,000 won note?",
    "What is Mozart's Requiem in D minor, K. 626 known for?",
    "Show me a Python function fib(n) that returns the n-th Fibonacci number.",
    "Why does `SELECT * FROM users WHERE email = 'user@example.com'` return nothing on my test database?",
    "What is the `Authorization: Bearer <token>` header and where do I put my token?",
    "Turn version 2.14.0-rc.3 into a semver range that allows patch updates only.",
    "Why is the postcode SW1A 1AA famous?",
    "What happened at 10 Downing Street during the Suez crisis?",
    "Who played Hermione Granger, and how old was she in the first film?",
    "Is the Mandelbrot set's area finite?",
    "Describe BTS's rise in the US charts.",
]

TITLES = re.compile(
    r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|uncle|aunt|auntie|grandma|grandpa|nurse|herr|frau|pak|bey|doña|pani|m)\b\.?",
    re.IGNORECASE,
)
CARD_DIGITS = frozenset({15, 16})
LOWER_CHAT = 35


def _covered(start: int, end: int, spans: list) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def check_pii(marked: str) -> tuple[str, list]:
    """Strip the marks of one personal-data text and check every span it holds."""
    text, spans = strip_marks(marked)
    if not spans:
        raise ValueError(f"no marks in {marked[:60]!r}")
    if "[[" in text or "]]" in text:
        raise ValueError(f"broken mark in {marked[:60]!r}")
    for span in spans:
        kind, value = span["type"], span["value"]
        if kind not in TYPES:
            raise ValueError(f"unknown type {kind} in {marked[:60]!r}")
        if value != value.strip() or not value:
            raise ValueError(f"padded value {value!r}")
        if kind == "PERSON" and TITLES.match(value):
            raise ValueError(f"title inside a name: {value!r}")
        if kind == "CREDIT_CARD":
            digits = sum(c.isdigit() for c in value)
            if not luhn_ok(value) or digits not in CARD_DIGITS:
                raise ValueError(f"bad card {value!r}")
        if kind == "IBAN_CODE" and not iban_ok(value):
            raise ValueError(f"bad IBAN {value!r}")
        if kind == "IP_ADDRESS" and (value.startswith("127.") or value in {"::1", "0.0.0.0"}):
            raise ValueError(f"loopback as a personal IP: {value!r}")
        if kind == "US_SSN" and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", value):
            raise ValueError(f"bad SSN {value!r}")
        if kind == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value):
            raise ValueError(f"bad e-mail {value!r}")
        # every repeat of a value (as a whole word) must itself lie inside a span
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not _covered(m.start(), m.end(), spans):
                raise ValueError(f"unmarked repeat of {value!r} in {marked[:60]!r}")
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            raise ValueError(f"overlapping spans in {marked[:60]!r}")
    return text, spans


def check_clean(text: str) -> str:
    """A clean text holds no marks."""
    if "[[" in text or "]]" in text or MARK.search(text):
        raise ValueError(f"mark in clean text {text[:60]!r}")
    return text


def _is_lower(marked: str) -> bool:
    plain = strip_marks(marked)[0]
    return plain == plain.lower()


def main() -> None:
    sections = {
        "statements": (STATEMENTS, 90),
        "chat": (CHAT, 110),
        "work": (WORK, 60),
        "short": (SHORT, 40),
        "clean exam": (CLEAN_EXAM, 50),
        "clean everyday": (CLEAN_EVERYDAY, 40),
        "clean tricky": (CLEAN_TRICKY, 60),
    }
    for name, (items, want) in sections.items():
        if len(items) != want:
            raise SystemExit(f"{name}: {len(items)} texts, want {want}")
    lower = [i for i, t in enumerate(CHAT) if _is_lower(t)]
    if lower != list(range(LOWER_CHAT)):
        raise SystemExit(f"chat: lower-case texts at {lower}, want the first {LOWER_CHAT}")

    pii_marked = STATEMENTS + CHAT + WORK + SHORT
    clean = CLEAN_EXAM + CLEAN_EVERYDAY + CLEAN_TRICKY
    pii_rows = []
    seen: set[str] = set()
    for i, marked in enumerate(pii_marked, 1):
        text, spans = check_pii(marked)
        if text in seen:
            raise SystemExit(f"duplicate text {text[:60]!r}")
        seen.add(text)
        pii_rows.append(record(f"blind8-pii-{i:04d}", "invented-chat-blind8", text, spans))
    clean_rows = []
    for i, text in enumerate(clean, 1):
        check_clean(text)
        if text in seen:
            raise SystemExit(f"duplicate text {text[:60]!r}")
        seen.add(text)
        clean_rows.append(record(f"blind8-clean-{i:04d}", "invented-clean-blind8", text, []))
    write(HERE / "chat_pii_blind8.jsonl", pii_rows, report=True)
    write(HERE / "chat_clean_blind8.jsonl", clean_rows, report=True)


if __name__ == "__main__":
    main()
