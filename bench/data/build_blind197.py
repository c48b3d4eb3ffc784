# ruff: noqa: E501
"""A hundred-and-ninety-seventh blind privacy set: 220 texts with personal data and 100
clean ones, on ice rinks, skating clubs and curling leagues.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations); everything is invented:

* 120 chat requests (3 to 100 words) that the chatbot of a rink, a skating club or a curling
  league would get: bookings, rotas, cost splits, lost property, lessons, waivers, refunds,
  door and key-box codes. The first 30 are typed all in lower case, the next 6 are in
  French, German, Swedish, Japanese, Russian and Korean, the other 84 in English. Most name
  private people, in many origins and scripts (Latin with diacritics, Cyrillic, Greek,
  Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean, Yoruba), some of
  them names that are ordinary words (Hope, Rose, Bill, Grace, Summer, Joy, Faith, Ivy),
  many with no cue word (rotas, cost splits, sign-offs, lists, appositives, "tell X that").
  Twenty hold a secret: door, gate, key-box and alarm codes, PINs, wifi keys, passwords,
  2FA codes and three API keys or tokens;
* 100 one-person records (one sentence or a short form each) in English and 31 other
  languages: 40 hold a national id with valid check digits (33 kinds), the others phones,
  e-mails, addresses, cards, IBANs, SSNs, IPs, usernames and member, patient, policy,
  employee, student and licence numbers.

Usernames, logins, account, member, patient, policy, employee and student numbers,
passports, licences and national ids are ID_NUMBER; PINs, door, gate, key-box and alarm
codes, wifi keys, passwords and 2FA codes PASSWORD; titles and role words (Coach, Тренер, 様, 님) stay
outside PERSON spans; an address span runs from the street line through the postcode and
city as typed; dates of birth, order, booking, invoice and ticket numbers, public figures,
companies and fictional characters are not labelled. The 100 clean texts hold no personal
data: 25 MT-Bench/Vicuna-style prompts (naming only public figures and fictional
characters), 25 GSM8K-style word problems (story characters' first names), 25 MMLU-style
items with options A to D and 25 health questions naming no one.

Values are invented by hand; the builder only checks them: phones from ranges kept for
fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia 0491 570), cards
Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not documentation
examples, SSNs with assignable area, group and serial, IPs from documentation ranges,
national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind197.py`` from the repository root; the output
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 12
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Sgt|Capt|Sir|Herr|Frau|Mme|Sr|Sra|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "hi, can you book sheet 3 for saturday 7pm under [[PERSON|maja kowalczyk]]? she's our skip this season",
    "the lockbox on the zamboni shed is [[PASSWORD|4817]], can you pass that to [[PERSON|tomás ferreira]] before his early shift",
    "please add [[PERSON|oluwaseun adebayo]] and [[PERSON|chidinma okafor]] to the learn-to-curl tuesday group",
    "cost split for the bonspiel entry: [[PERSON|hope marsden]] 40, [[PERSON|rafael ortiz]] 40, [[PERSON|ingrid solberg]] 40, me the rest",
    "my daughter [[PERSON|aiko tanaka]] lost her skate guards at the friday public session, pink ones, has anyone handed them in?",
    "wifi at the rink cafe? someone said it's [[PASSWORD|pucksandpies22]] but it's not working on my phone",
    "tell [[PERSON|dmitri volkov]] the 6am figure slot moved to rink b",
    "can the coach call me back on [[PHONE_NUMBER|07700 900412]]? it's about [[PERSON|noor haddad]]'s private lessons",
    "who do i pay the league fees to, is it still [[PERSON|bill carter]]?",
    "resurfacing rota this week: mon [[PERSON|grace liu]], wed [[PERSON|sanjay mehta]], fri [[PERSON|femi balogun]]",
    "hey it's [[PERSON|katarzyna nowak]] from the synchro team, my email changed to [[EMAIL_ADDRESS|kasia.nowak.skates@postbox.example]]",
    "the alarm code for the curling club back door is [[PASSWORD|230915]], please don't share it with the juniors",
    "refund request for [[PERSON|summer o'neill]], she was double charged for the half-term camp",
    "is [[PERSON|олег петренко]] still running the adult beginner hockey skills on thursdays?",
    "change the name on booking 58213 from [[PERSON|lucy brennan]] to [[PERSON|rosa delgado]] please",
    "our second's number is [[PHONE_NUMBER|(613) 555-0147]], she can't do the 9pm draw. her name's [[PERSON|jessamyn clarke]]",
    "i forgot the gate code for the outdoor rink car park, it used to be [[PASSWORD|7741]] but now the keypad just beeps red",
    "please send the membership renewal to [[PERSON|aarav sharma]], [[STREET_ADDRESS|14 birchwood close, leeds ls16 7qx]]",
    "can [[PERSON|张伟]] and [[PERSON|李思琪]] share a locker for the season? they're doubles partners",
    "my login for the club portal is [[ID_NUMBER|skatemum_84]] and the password is [[PASSWORD|frosty!blade9]] but it says the account is locked",
    "[[PERSON|yusuf demir]] will cover the skate hire desk sunday, [[PERSON|ayşe kaya]] does monday",
    "add [[PERSON|siobhán ní bhriain]] to the wednesday ladies league as an alternate",
    "the 2fa code the rink system sent me is [[PASSWORD|804513]], it expired before i could type it, send another to [[EMAIL_ADDRESS|r.okonkwo@frostmail.example]]",
    "how much is a private ice hour? asking for [[PERSON|ngozi eze]] and her coach [[PERSON|pavel novák]]",
    "the treasurer, [[PERSON|mei-ling wong]], says the bonspiel cheque bounced. can you check club account [[ID_NUMBER|cc-20417]]?",
    "skate sharpening pickup for [[PERSON|ravi krishnan]], ticket 0912, he'll come after 5",
    "pls cancel lessons for [[PERSON|ella-rose whitfield]], she broke her wrist on the crossover drill",
    "who has the key box code for the stone shed? [[PERSON|marco bianchi]] said it's [[PASSWORD|0620]] but that doesn't open it",
    "[[PERSON|أحمد الحسيني]] wants to join the sledge hockey group, he uses a wheelchair, is the team bench accessible?",
    "text me at [[PHONE_NUMBER|0491 570 213]] when the rink reopens after the ammonia leak - [[PERSON|jack thornbury]]",
    # other languages: French, German, Swedish, Japanese, Russian, Korean
    "Bonjour, pourriez-vous inscrire ma fille [[PERSON|Léa Rousseau]] au cours de patinage artistique du mercredi ? Vous pouvez me joindre à [[EMAIL_ADDRESS|c.rousseau@glisse.example]].",
    "Hallo, der Zugangscode für die Umkleide der Eisstockschützen lautet [[PASSWORD|5862]]. Bitte an [[PERSON|Jürgen Maier]] weiterleiten, er hat am Samstag Schlüsseldienst.",
    "Hej! Kan ni flytta [[PERSON|Astrid Lindqvist]] från nybörjargruppen till fortsättningsgruppen i curling? Hon har spelat sedan i höstas.",
    "こんにちは。娘の [[PERSON|佐藤美咲]] のフィギュア個人レッスンを土曜の午前に予約したいです。連絡先は [[EMAIL_ADDRESS|misaki.mama@kooriya.example]] です。",
    "Здравствуйте! Тренер [[PERSON|Наталья Егорова]] просила передать, что тренировка по хоккею для мальчиков 2014 года рождения переносится на 18:00.",
    "안녕하세요, [[PERSON|김민준]] 학생의 스케이트 대여 예약을 일요일로 바꿔 주세요. 전화는 [[PHONE_NUMBER|+1 (416) 555-0163]] 입니다.",
    # English
    "Hi, I'd like to book the small rink for a birthday party on 14 March for my son's 8th. Contact: [[PERSON|Hannah Greaves]], [[PHONE_NUMBER|07700 900127]].",
    "The treasurer, [[PERSON|Dorothea Winslow]], asked me to confirm the league's sweep fund balance before Friday.",
    "Tell [[PERSON|Kwame Mensah]] that his curling shoes with the slider are in lost property at the front desk.",
    "Sheet assignments for Thursday night league: Sheet A [[PERSON|Björn Eriksson]] vs [[PERSON|Callum Fraser]], Sheet B [[PERSON|Priya Nair]] vs [[PERSON|Heather MacLeod]], Sheet C bye.",
    "Can you reset my password? Username is [[ID_NUMBER|jgallagher_curls]], and the new one I want is [[PASSWORD|Stonehouse!2291]].",
    "Junior team travel costs: [[PERSON|Mateus Oliveira]] $85, [[PERSON|Zoë van Dijk]] $85, [[PERSON|Hyun-woo Park]] $85, [[PERSON|Tahlia Roberts]] $60 (no hotel).",
    "Please could someone email [[PERSON|Rose Pemberton]] about her figure test results? Her address is [[EMAIL_ADDRESS|rose.pemberton@icemail.example]].",
    "Who's on the Zamboni rota this weekend? I have [[PERSON|Grant Hollis]] on Saturday and nobody for Sunday.",
    "I'm [[PERSON|Ewa Zielińska]], captain of the Wednesday mixed doubles. Can we swap our 8:30 draw with [[PERSON|Tobias Lang]]'s team?",
    "The API key for the scoreboard integration is [[API_KEY|sbk_live_9fQ2xLr7Tz4mWc81VnHa3KpD]]. Please help me rotate it, it was pasted in the league group chat.",
    "Hello, my mother [[PERSON|Margarethe Vogel]] is 78 and wants to try the seniors' skate. Is there a skate aid or walker she could borrow?",
    "Lesson schedule request: coach [[PERSON|Anastasia Petrakis]], pupil [[PERSON|Lily Chen]], Mondays 5:15, invoices to [[EMAIL_ADDRESS|chen.household@northmail.example]].",
    "Can you let [[PERSON|Faith Adeyemi]] know her club jacket is ready for collection? Size M, embroidered.",
    "The door code for the referees' room is [[PASSWORD|1984*2]]. [[PERSON|Liam O'Rourke]] needs it for the under-14 tournament.",
    "Add to the waitlist for adult learn-to-skate: [[PERSON|Ελένη Παπαδοπούλου]], [[PERSON|Νίκος Αλεξίου]].",
    "Hi there, I'm organising a school trip and need 32 skate rentals on 3 May. Lead teacher is [[PERSON|Sunita Rao]], mobile [[PHONE_NUMBER|+44 7700 900638]].",
    "Please forward the curling club wifi password to the visiting team from Fife. It's [[PASSWORD|HouseAndHammer#77]].",
    "[[PERSON|אורי בן-דוד]] and [[PERSON|נועה שפירו]] (ice dance pair) need the 7am slot on Tuesdays and Thursdays.",
    "Does the rink sell gift vouchers? I want one for [[PERSON|Summer Hayes]] for her birthday.",
    "Emergency contact update for [[PERSON|Rahul Verma]]: his wife [[PERSON|Deepa Verma]], [[PHONE_NUMBER|(204) 555-0119]].",
    "Can I pay the curling league dues by card? [[CREDIT_CARD|4532 7190 8864 2172]], exp 09/27, name on card [[PERSON|Gordon Baxter]].",
    "Skips' meeting minutes: [[PERSON|Inês Duarte]] proposed moving the club championship to February; [[PERSON|Hamish Ross]] seconded.",
    "I'm locked out of the league scoring app. The 2FA code I just got was [[PASSWORD|552 019]] but it keeps failing.",
    "Please tell [[PERSON|Bill Okafor]] the ice is too soft for the outdoor pond game tomorrow, so it's cancelled.",
    "Our synchro team bus leaves at 6. Chaperones: [[PERSON|Carmen Ruiz]], [[PERSON|Yuki Watanabe]], [[PERSON|Siddharth Iyer]].",
    "Hi, [[PERSON|Grace Kim]] here. Can I get a receipt for the hockey camp fee? Send it to [[EMAIL_ADDRESS|gracekim.hockeymom@parcel.example]].",
    "Please tell [[PERSON|Wojciech Mazur]] the ice paint delivery is coming to the loading bay at 7am.",
    "Which stones are ours? [[PERSON|Eilidh Morrison]] labelled the handles red last season but they've been mixed up.",
    "Could you set up a direct debit for my kids' figure skating? IBAN [[IBAN_CODE|GB76 MIDL 4005 1572 9183 64]], account holder [[PERSON|Patrick Doherty]].",
    "Please move [[PERSON|ศิริพร ชัยวัฒน์]] from the Saturday beginners to Sunday, she has exams.",
    "For lost and found: a navy hockey bag with [[PERSON|Mateo Álvarez]] written on the strap.",
    "Is [[PERSON|Hope Adjei]] coaching the Tuesday sledge session or is it [[PERSON|Kofi Boateng]] this week?",
    "Our webhook token for the rink booking widget is [[API_KEY|whk_3b7e91c04fd2a8e65c1f9a0d7b42e3c8]]. Is it safe to send that to the web developer?",
    "[[PERSON|Amara Nwosu]] is bringing the hot chocolate urn, [[PERSON|Declan Byrne]] the scorecards, I'll do the raffle.",
    "My son [[PERSON|Arjun Patel]] has a peanut allergy; please make sure the host at his skating party knows.",
    "Could the pro shop hold a pair of size 9 boots for [[PERSON|Valentina Greco]]? She'll pay on Saturday.",
    "Please update the league contact for Team Granite to [[PERSON|Magnus Halvorsen]], [[EMAIL_ADDRESS|magnus.h@fjordpost.example]], [[PHONE_NUMBER|+1 (902) 555-0182]].",
    "The rink office laptop password is [[PASSWORD|Zamb0ni-Night-41]]; [[PERSON|Tracy Lowe]] asked me to check the bookings while she's away.",
    "Thanks for a lovely session! Can you pass my thanks to [[PERSON|Ngaio Tipene]], who helped my nan up after she slipped?",
    "Please split the ice rental for the friendly: [[PERSON|Lars Åkerlund]] pays half, [[PERSON|Mikko Virtanen]] pays half.",
    "When is [[PERSON|Anjali Deshmukh]]'s next free skate test? She can't find the confirmation.",
    "Set the PIN on the club's equipment locker to [[PASSWORD|6402]] and text it to [[PERSON|Ruth Abernathy]] only.",
    "Hi! I'm [[PERSON|Chiara Esposito]]. I paid twice for the January sharpening card, could one be refunded?",
    "Coach [[PERSON|Viktor Sokolov]] says [[PERSON|Daria Sokolova]] needs the harness for her jump lesson.",
    "For the stats page: [[PERSON|Felipe Santos]] shot 84%, [[PERSON|Jamal Wright]] 79%, [[PERSON|Ruth Mwangi]] 81%.",
    "I need to report an injury at the public skate: [[PERSON|Giorgos Nikolaidis]] fell near the boards at 3:40 and hurt his ankle.",
    "Admin here: please regenerate the booking system API key, the old one [[API_KEY|rk_8HdQ1vZ0pL5yTn7Ws2Ce6Ju4Ab9X]] leaked in a screenshot.",
    "Can you confirm the ice time for the Rockets U10 team? Their manager is [[PERSON|Kerry-Ann Campbell]].",
    "Could [[PERSON|राजेश कुमार]] get the student rate? He's at the university but forgot his card.",
    "Please pass this on to [[PERSON|সুমাইয়া রহমান]]: her skating bag was found in changing room 4.",
    "Learn-to-curl pairs for Sunday: [[PERSON|Oksana Bondarenko]] with [[PERSON|Pete Lindgren]], [[PERSON|Ama Owusu]] with [[PERSON|Javier Morales]].",
    "I'd like to transfer my season pass to my partner, [[PERSON|Daniel Fischer]]. Pass number [[ID_NUMBER|SP-448201]].",
    "Hey, please let [[PERSON|Grace Oduya]] know the hockey referee course starts next Monday at 6.",
    "Our club's alarm code was changed to [[PASSWORD|8812]]; only [[PERSON|Fraser McKay]] and [[PERSON|Isla Brown]] should know it.",
    "Who is the club welfare officer now? [[PERSON|Yetunde Afolabi]] used to be, but I think she stepped down.",
    "Is it okay if [[PERSON|Ren Takagawa]] and [[PERSON|Sakura Ito]] share the practice ice with the pairs team? They're only doing spins.",
    "Please remove [[PERSON|Brendan Kowalski]] from the mailing list, address [[EMAIL_ADDRESS|bkowalski77@snowline.example]].",
    "Booking for 12 at the curling taster: lead contact [[PERSON|Anneke de Vries]], company team day, invoice later.",
    "Send the visiting coach, [[PERSON|Sébastien Girard]], directions to the away changing rooms.",
    "Can you check whether [[PERSON|Kaito Mori]] has a signed waiver? His mum says she did it online.",
    "Bonspiel cost split, £240 / 4 = £60 each: [[PERSON|Rhona Sinclair]], [[PERSON|Duncan Kerr]], [[PERSON|Mairi Gillies]], [[PERSON|Alasdair Reid]].",
    "My daughter is registered under her dad's name, [[PERSON|Tsegaye Bekele]]. Can her certificates show her own name, [[PERSON|Hana Bekele]]?",
    "Where do I send the signed form? I'm [[PERSON|Marisol Vega]], [[STREET_ADDRESS|2207 Larch Street, Winnipeg, MB R3G 1P4]].",
    "Please call [[PERSON|Rosemary Quinn]] on [[PHONE_NUMBER|01632 960284]] about the ring she left by the skate hire.",
    "Curling scores from last night: [[PERSON|Bartosz Wiśniewski]] 7, [[PERSON|Shona Blair]] 5 after eight ends.",
    "The router login for the viewing gallery is [[ID_NUMBER|rinkadmin]] / [[PASSWORD|Pebble&Sweep2024]]. How do I change the wifi channel?",
    "Could you write a short thank-you note to [[PERSON|Winifred Ashby]] for 30 years of volunteering at the club bar?",
    "[[PERSON|Aleksandr Dorofeev]] needs to re-sit the level 3 test; can the judges fit him in on 22 April?",
    "Please book the party room for [[PERSON|Precious Dlamini]], 20 guests, Saturday 2 to 4pm.",
    "I'm [[PERSON|Ivy Thornton]], member [[ID_NUMBER|M-20931]]. Please freeze my membership while I'm on maternity leave.",
    "Tell [[PERSON|Hyejin Lee]] to bring her own helmet, the hire ones are all out for the school group.",
    "Please send the refrigeration engineer, [[PERSON|Stuart Bell]], the plant room readings from last night.",
    "Could you draft a welcome message for our new members [[PERSON|Tariq Haddadin]] and [[PERSON|Leila Farouk]]?",
    "Pay my son's ice hockey fees with this card: [[CREDIT_CARD|5298 1460 3377 5207]], cardholder [[PERSON|Sione Taufa]].",
    "[[PERSON|Bolanle Ogunleye]] has lost her locker key; can the office cut a new one? Locker 112.",
    "Please log that [[PERSON|Hamza Qureshi]] left the rink at 21:10 and the ice was resurfaced by [[PERSON|Dale Pritchard]] afterwards.",
    "Move my lesson from Wednesday to Friday please. [[PERSON|Ngoc Anh Tran]]",
    "Can you register [[PERSON|Cormac Flanagan]] for the wheelchair curling trial on the 9th? His carer is [[PERSON|Joy Ferris]].",
    "Refund the skate hire to the same card ending 4417, thanks. [[PERSON|Tamsin Blackwood]]",
    "Tell [[PERSON|Olamide Bankole]] that the stone measuring tool is in the ice technician's cupboard.",
    "Please add [[PERSON|Agnieszka Dąbrowska]], [[EMAIL_ADDRESS|a.dabrowska@lodowisko.example]], to the coaches' newsletter.",
    "Our team login for the league site is [[ID_NUMBER|teamgranite]] with password [[PASSWORD|Hogline-Hack-88]]. Can you add [[PERSON|Brodie Munro]] as a second manager?",
    "What time does [[PERSON|Jia Hui Lim]] start her shift at the skate hire counter on Boxing Day?",
    "The skater who fell today was [[PERSON|Adébáyọ̀ Ògúnlẹ̀yẹ]]; his mother asked for a copy of the incident report.",
]

# 100 one-person records; the first 40 hold a national id (listed in NATIONAL_IDS).
RECORDS = [
    # with a national id
    "Medlemsansökan Curlingklubben: [[PERSON|Elin Bergström]], personnummer [[ID_NUMBER|910214-7387]], e-post [[EMAIL_ADDRESS|elin.bergstrom@isbanan.example]].",
    "Skater registration: [[PERSON|Johan Ekdahl]], Swedish personal number [[ID_NUMBER|880627-1527]], mobile [[PHONE_NUMBER|+44 7700 900219]].",
    "Volunteer screening form: [[PERSON|Marcus Boudreau]], SIN [[ID_NUMBER|546 718 297]], [[STREET_ADDRESS|88 Maple Crescent, Moncton, NB E1C 4R2]].",
    "Formulaire d'inscription au patinage de vitesse : [[PERSON|Geneviève Tremblay]], NAS [[ID_NUMBER|193 507 845]], courriel [[EMAIL_ADDRESS|gen.tremblay@patinvitesse.example]].",
    "טופס הרשמה לחוג החלקה על הקרח: [[PERSON|מיכל לוי]], תעודת זהות [[ID_NUMBER|037182649]], מייל [[EMAIL_ADDRESS|michal.levi@glisha.example]].",
    "Αίτηση μέλους ομίλου καλλιτεχνικού πατινάζ: [[PERSON|Δημήτρης Κωνσταντίνου]], ΑΜΚΑ [[ID_NUMBER|15089203614]], IBAN [[IBAN_CODE|GR1201101250000000012394857]].",
    "Insurance claim for a fall at the ice rink: [[PERSON|Thabo Nkosi]], South African ID [[ID_NUMBER|9203175384081]], email [[EMAIL_ADDRESS|thabo.nkosi@skatesa.example]].",
    "स्केटिंग क्लब सदस्यता: [[PERSON|अनन्या गुप्ता]], आधार संख्या [[ID_NUMBER|5317 9042 6185]], मोबाइल [[PHONE_NUMBER|07700 900351]]।",
    "Coach safeguarding check: [[PERSON|Vikram Reddy]], Aadhaar [[ID_NUMBER|8264 1093 5727]], passport [[ID_NUMBER|Z4837261]].",
    "Rink first-aid log: patient [[PERSON|Eleanor Whitcombe]], NHS number [[ID_NUMBER|943 476 5919]], cut to the chin from a fall during public skating.",
    "Physio referral after a curling injury: [[PERSON|Gareth Pugh]], NHS no. [[ID_NUMBER|721 038 4650]], tel [[PHONE_NUMBER|01632 960517]].",
    "Aanmelding schaatsvereniging: [[PERSON|Sanne Bakker]], BSN [[ID_NUMBER|193728461]], IBAN [[IBAN_CODE|NL96 INGB 0007 3918 26]].",
    "Karta członkowska klubu łyżwiarskiego: [[PERSON|Zofia Wróblewska]], PESEL [[ID_NUMBER|95071403829]], adres [[STREET_ADDRESS|ul. Lodowa 12/4, 30-415 Kraków]].",
    "Ficha de inscrição da escolinha de patinação: [[PERSON|Larissa Monteiro]], CPF [[ID_NUMBER|318.604.927-03]], e-mail [[EMAIL_ADDRESS|larissa.monteiro@gelo.example]].",
    "Buz pateni kulübü üyelik formu: [[PERSON|Emre Yıldız]], T.C. kimlik no [[ID_NUMBER|48205731640]], e-posta [[EMAIL_ADDRESS|emre.yildiz@buzpisti.example]].",
    "Ficha de socio del club de curling: [[PERSON|Álvaro Castillo Prieto]], DNI [[ID_NUMBER|39172846M]], domicilio [[STREET_ADDRESS|Calle del Hielo 27, 3.º B, 28045 Madrid]].",
    "Alta en la escuela de patinaje: [[PERSON|Oana Popescu]], NIE [[ID_NUMBER|Y4820361N]], correo [[EMAIL_ADDRESS|oana.popescu@pistahielo.example]].",
    "Luistinseuran jäsenhakemus: [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|230889-6142]], tilinumero [[IBAN_CODE|FI05 4711 0020 4839 17]].",
    "Modulo di iscrizione al corso di pattinaggio: [[PERSON|Giulia Marotta]], codice fiscale [[ID_NUMBER|MRTGLI93C52L219O]], IBAN [[IBAN_CODE|IT89 Y030 6909 4710 0000 0372 815]].",
    "滑冰俱乐部会员登记：姓名 [[PERSON|王建国]]，身份证号 [[ID_NUMBER|210102198706243711]]，邮箱 [[EMAIL_ADDRESS|wangjg@bingchang.example]]",
    "Singapore skater licence: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0248617I]], contact [[EMAIL_ADDRESS|weiling.tan@sgice.example]].",
    "아이스링크 회원 등록: [[PERSON|박서연]], 주민등록번호 [[ID_NUMBER|940813-2057169]], 이메일 [[EMAIL_ADDRESS|seoyeon.park@binggyeong.example]]",
    "New starter form, rink staff: [[PERSON|Brianna Kowalczyk-Hart]], TFN [[ID_NUMBER|382 619 475]], super fund member no. [[ID_NUMBER|MB-7730192]].",
    "Sports injury claim: [[PERSON|Liam Costello]], Medicare card [[ID_NUMBER|4718 39262 1]], mobile [[PHONE_NUMBER|0491 570 346]].",
    "スケート教室申込書：氏名 [[PERSON|高橋 健太]]、マイナンバー [[ID_NUMBER|6283 0417 5922]]、メール [[EMAIL_ADDRESS|kenta.t@sukeeto.example]]",
    "Curling club membership: [[PERSON|Siobhan Gallagher]], PPS [[ID_NUMBER|7390451C]], IBAN [[IBAN_CODE|IE90 BOFI 9000 1718 2937 46]].",
    "Déclaration d'accident, patinoire municipale : [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 91 03 75 116 052 20]], adresse [[STREET_ADDRESS|14 rue des Patineurs, 69003 Lyon]].",
    "Inscription au club de hockey sur glace : [[PERSON|Maxime Dubois]], numéro de registre national [[ID_NUMBER|86.07.21-413.36]], compte [[IBAN_CODE|BE12 5390 0758 4126]].",
    "Innmelding i curlingklubben: [[PERSON|Sigrid Haugen]], fødselsnummer [[ID_NUMBER|12059348262]], konto [[IBAN_CODE|NO08 6011 0738 294]].",
    "Inscrição no clube de patinagem: [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|246915730]], morada [[STREET_ADDRESS|Rua do Gelo 45, 2.º Esq., 1100-201 Lisboa]].",
    "Fișă de înscriere la patinaj: [[PERSON|Ioana Munteanu]], CNP [[ID_NUMBER|2960811402376]], IBAN [[IBAN_CODE|RO80 RNCB 0082 0045 1937 0001]].",
    "Ficha del club de hockey sobre hielo: [[PERSON|Camila Fuentes]], RUT [[ID_NUMBER|17.482.905-5]], correo [[EMAIL_ADDRESS|camila.fuentes@hielochile.example]].",
    "Uisuklubi liikmeavaldus: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48903120278]], arveldusarve [[IBAN_CODE|EE66 2200 2210 3947 5826]].",
    "Skráning í krulluklúbbinn: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|140791-3269]], netfang [[EMAIL_ADDRESS|gudrun.s@skautar.example]].",
    "Přihláška do krasobruslařského oddílu: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905812/4185]], bydliště [[STREET_ADDRESS|Zimní 18, 602 00 Brno]].",
    "Анкета члена хокейного клубу: [[PERSON|Андрій Шевчук]], РНОКПП [[ID_NUMBER|3419528670]], ел. пошта [[EMAIL_ADDRESS|andrii.shevchuk@kovzanka.example]].",
    "Mitgliedsantrag Eissportverein: [[PERSON|Lukas Hoffmann]], Steuer-ID [[ID_NUMBER|57193842606]], IBAN [[IBAN_CODE|DE81 5001 0517 3902 7184 65]].",
    "Ice sports accident record: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], email [[EMAIL_ADDRESS|aroha.ngata@iceskate.example]].",
    "Zgłoszenie na obóz łyżwiarski: [[PERSON|Jakub Kamiński]], PESEL [[ID_NUMBER|02260517391]], e-mail rodziców [[EMAIL_ADDRESS|rodzice.kaminscy@lodowisko-poczta.example]].",
    "冰壶联赛报名表 姓名：[[PERSON|陈晓雯]] 身份证：[[ID_NUMBER|440304199509115623]] 银行卡：[[CREDIT_CARD|6228 4809 1736 4520]]",
    # without a national id
    "Skate hire deposit taken from [[PERSON|Oscar Pennington]], card [[CREDIT_CARD|4917 8623 0541 1982]], returned at 16:45.",
    "Member [[ID_NUMBER|CCL-00482]]: [[PERSON|Harriet Fenwick]], [[STREET_ADDRESS|3 Curling Row, Perth PH1 5QT]], [[PHONE_NUMBER|01632 960143]].",
    "Patient [[PERSON|Desmond Achebe]], patient no. [[ID_NUMBER|PT-558190]], seen in the rink first-aid room for concussion symptoms.",
    "Coach bio: [[PERSON|Marta Lindqvist-Ørsted]] has coached at the rink since 2011; bookings via [[EMAIL_ADDRESS|marta.coaching@iceloop.example]] or [[PHONE_NUMBER|07700 900846]].",
    "Shipping label: [[PERSON|Ronan Keane]], [[STREET_ADDRESS|17 Glacier Way, Unit 4, Calgary, AB T2P 3K9]], tel [[PHONE_NUMBER|(403) 555-0126]].",
    "Direct debit mandate for skating lessons: account holder [[PERSON|Beatrice Lomax]], IBAN [[IBAN_CODE|GB91 BARC 2071 4583 9201 74]].",
    "Adult hockey league waiver: [[PERSON|Tyler Brandt]], SSN [[US_SSN|512-48-7390]], DOB 04/11/1988.",
    "Wi-Fi session log: user [[ID_NUMBER|kpatel_rink]] ([[PERSON|Kiran Patel]]) connected from [[IP_ADDRESS|198.51.100.74]] at 19:02.",
    "Rechnungsempfänger Eisstockverein: [[PERSON|Franziska Huber]], [[STREET_ADDRESS|Eisbahnweg 9, 83022 Rosenheim]], IBAN [[IBAN_CODE|DE29 3704 0044 0917 2635 48]].",
    "Adhérent n° [[ID_NUMBER|CPG-7731]] : [[PERSON|Hélène Marchand]], [[EMAIL_ADDRESS|helene.marchand@glace-club.example]].",
    "Paiement des cours de patinage : [[PERSON|Antoine Mercier]], IBAN [[IBAN_CODE|FR20 1027 8060 4100 0298 3745 112]].",
    "Cliente de la pista de hielo: [[PERSON|Lucía Hernández]], tarjeta [[CREDIT_CARD|5376 0391 8224 6796]], teléfono [[PHONE_NUMBER|+44 7700 900415]].",
    "Recibo del club de curling: [[PERSON|Diego Ramírez]], IBAN [[IBAN_CODE|ES63 2100 0418 4602 0917 4831]].",
    "Socio [[ID_NUMBER|SOC-2219]] del curling club: [[PERSON|Federico Zanetti]], [[STREET_ADDRESS|Via del Ghiaccio 6, 32043 Cortina d'Ampezzo]].",
    "Cliente da pista de gelo: [[PERSON|Rui Fernandes]], IBAN [[IBAN_CODE|PT16 0035 0697 0038 4619 2733 8]].",
    "Ledenadministratie ijsclub: [[PERSON|Pieter Janssen]], lidnummer [[ID_NUMBER|IJC-40917]], [[STREET_ADDRESS|Schaatsstraat 21, 8911 AB Leeuwarden]].",
    "Faktura skridskoskola: [[PERSON|Oskar Nyström]], IBAN [[IBAN_CODE|SE56 5000 0000 0582 7461 9031]], e-post [[EMAIL_ADDRESS|oskar.nystrom@skrinna.example]].",
    "Medlem af skøjteklubben: [[PERSON|Freja Mortensen]], konto [[IBAN_CODE|DK29 0040 0440 2183 74]], e-mail [[EMAIL_ADDRESS|freja.m@skoejte.example]].",
    "Płatność za karnet: [[PERSON|Tomasz Lewandowski]], rachunek [[IBAN_CODE|PL12 1090 1014 0000 0718 2746 3951]].",
    "Platba za pronájem ledu: [[PERSON|Jan Novotný]], účet [[IBAN_CODE|CZ76 0800 0000 1928 3746 5012]].",
    "Paten kiralama ödemesi: [[PERSON|Zeynep Arslan]], IBAN [[IBAN_CODE|TR18 0001 2009 3840 0058 1726 43]].",
    "Eislaufverein Anmeldung: [[PERSON|Valentin Gruber]], IBAN [[IBAN_CODE|AT11 1904 3002 7583 9162]], Mitgliedsnummer [[ID_NUMBER|EV-3381]].",
    "Curlingclub Zahlungsangaben: [[PERSON|Reto Baumann]], IBAN [[IBAN_CODE|CH45 0483 5019 2746 3158 0]].",
    "Παραλήπτης: [[PERSON|Μαρία Γεωργίου]], [[STREET_ADDRESS|Παγοδρομίου 15, 546 22 Θεσσαλονίκη]], email [[EMAIL_ADDRESS|maria.georgiou@pagos.example]].",
    "Заявка в секцию фигурного катания: [[PERSON|Екатерина Смирнова]], телефон [[PHONE_NUMBER|+44 7700 900584]], почта [[EMAIL_ADDRESS|katya.smirnova@katok.example]].",
    "Квитанція за оренду ковзанів: [[PERSON|Олена Ковальчук]], картка [[CREDIT_CARD|4029 1755 3806 1341]].",
    "استمارة تسجيل في نادي التزلج على الجليد: [[PERSON|فاطمة الزهراء بنعلي]]، البريد [[EMAIL_ADDRESS|fatima.benali@jaleed.example]]، الهاتف [[PHONE_NUMBER|+44 7700 900673]]",
    "כתובת למשלוח: [[PERSON|יוסף כהן]], [[STREET_ADDRESS|רחוב הקרח 7, תל אביב 6423901]], מייל [[EMAIL_ADDRESS|yossi.cohen@kerach.example]].",
    "कोच प्रोफ़ाइल: [[PERSON|प्रिया सिंह]], ईमेल [[EMAIL_ADDRESS|priya.singh@himrink.example]], फ़ोन [[PHONE_NUMBER|+61 491 570 419]]।",
    "স্কেটিং ক্লাবের সদস্য: [[PERSON|তানভীর হাসান]], সদস্য নম্বর [[ID_NUMBER|SKC-1187]], ইমেইল [[EMAIL_ADDRESS|tanvir.hasan@borof.example]]।",
    "ใบสมัครสมาชิกลานสเก็ต: [[PERSON|สมชาย ใจดี]] อีเมล [[EMAIL_ADDRESS|somchai.j@lansket.example]] โทร [[PHONE_NUMBER|0491 570 528]]",
    "お届け先：[[PERSON|山本さくら]] 様、[[STREET_ADDRESS|〒060-0042 北海道札幌市中央区大通西12丁目3-4]]、メール [[EMAIL_ADDRESS|sakura.yamamoto@koori.example]]",
    "배송지: [[PERSON|이지훈]] 님, [[STREET_ADDRESS|서울특별시 송파구 빙상로 25, 101동 1203호]], 이메일 [[EMAIL_ADDRESS|jihoon.lee@bingsang.example]]",
    "会员卡号 [[ID_NUMBER|HX-0093127]] 持卡人 [[PERSON|刘思远]] 电话 [[PHONE_NUMBER|+61 491 570 662]]",
    "Booking contact: [[PERSON|Adéwálé Ọláwálé]], [[EMAIL_ADDRESS|wale.olawale@frostnaija.example]], [[PHONE_NUMBER|07700 900734]].",
    "Employee record, rink operations: [[PERSON|Shanice Edwards]], employee no. [[ID_NUMBER|E-40213]], [[STREET_ADDRESS|52 Skaters Lane, Halifax, NS B3H 2Y5]].",
    "Student concession: [[PERSON|Callum Reid-Naidoo]], student number [[ID_NUMBER|S2219047]], [[EMAIL_ADDRESS|c.reidnaidoo@uni-mail.example]].",
    "Card on file for the season ticket: [[PERSON|Penelope Ashworth]], [[CREDIT_CARD|3718 462095 17363]], billing postcode withheld.",
    "Driving licence checked for the minibus to the away bonspiel: [[PERSON|Graham Tulloch]], licence [[ID_NUMBER|TULLO704128GT9AB]].",
    "Pro shop delivery: [[PERSON|Nadia Rahman]], [[STREET_ADDRESS|Flat 2, 41 Ice House Road, Dundee DD1 4QB]], [[PHONE_NUMBER|07700 900285]].",
    "Policy holder [[PERSON|Connor Walsh]], policy no. [[ID_NUMBER|POL-88301274]], coaching liability cover for skating lessons.",
    "Admin access granted: [[PERSON|Isabella Moreno]], username [[ID_NUMBER|imoreno_admin]], last login from [[IP_ADDRESS|203.0.113.58]].",
    "Lost property claim: [[PERSON|Theo Kaminski]], [[EMAIL_ADDRESS|theo.kaminski@slapshot.example]], one black glove and a phone charger.",
    "Hockey parent contact: [[PERSON|Wayne Dobbs]], [[PHONE_NUMBER|(780) 555-0153]], [[EMAIL_ADDRESS|wdobbs@oilcountry.example]].",
    "Coach invoice payable to [[PERSON|Irina Volkova]], IBAN [[IBAN_CODE|FR55 1820 6004 5039 1284 7650 177]].",
    "Sledge hockey participant [[PERSON|Marcus Oyelaran]], member [[ID_NUMBER|SH-0457]], carer's phone [[PHONE_NUMBER|01632 960398]].",
    "Refund issued to [[PERSON|Georgina Pratt]], card [[CREDIT_CARD|6011 7283 4590 2167]], £42.50.",
    "Skate school enrolment: [[PERSON|Jarrah Wilson]], [[STREET_ADDRESS|9 Rinkside Parade, Newtown NSW 2042]], [[PHONE_NUMBER|+61 491 570 157]].",
    "Rink staff I-9 file: [[PERSON|Dana Whitaker]], SSN [[US_SSN|287-64-1953]], [[STREET_ADDRESS|410 Frost Avenue, Duluth, MN 55802]].",
    "Network log: curling scoreboard tablet of [[PERSON|Felix Aumann]] at [[IP_ADDRESS|2001:db8:4a2::17]], MAC withheld.",
    "Club secretary [[PERSON|Rosalind Achterberg]], [[EMAIL_ADDRESS|secretary.achterberg@stoneclub.example]], [[PHONE_NUMBER|01632 960726]].",
    "Laskutusosoite: [[PERSON|Mikael Lehtonen]], [[STREET_ADDRESS|Jäähallintie 3 B 12, 33540 Tampere]], [[EMAIL_ADDRESS|mikael.lehtonen@kaukalo.example]].",
    "Betaling for istid: [[PERSON|Henrik Solheim]], kort [[CREDIT_CARD|6761 3004 5822 9176]].",
    "Paziente [[PERSON|Lorenzo Ricci]], cartella n. [[ID_NUMBER|PZ-774102]], caduta sul ghiaccio durante l'allenamento, telefono [[PHONE_NUMBER|+44 7700 900319]].",
    "Patientin [[PERSON|Anja Schröder]], Versichertennummer [[ID_NUMBER|K482917365]], Sturz beim Eiskunstlauf.",
    "Rink membership: [[PERSON|Meenakshi Subramanian]], [[STREET_ADDRESS|22 Lake View Road, T. Nagar, Chennai 600017]], [[EMAIL_ADDRESS|meenakshi.s@iceindia.example]].",
    "Fomu ya uanachama wa klabu ya kuteleza kwenye barafu: [[PERSON|Wanjiru Kamau]], barua pepe [[EMAIL_ADDRESS|wanjiru.kamau@barafu.example]], simu [[PHONE_NUMBER|+44 7700 900452]].",
    "Phiếu đăng ký học trượt băng: [[PERSON|Nguyễn Thị Mai]], email [[EMAIL_ADDRESS|mai.nguyen@truotbang.example]], số thẻ [[CREDIT_CARD|4761 9205 3847 2614]].",
    "Formulir pendaftaran klub seluncur es: [[PERSON|Ratna Wulandari]], email [[EMAIL_ADDRESS|ratna.wulandari@esluncur.example]], telepon [[PHONE_NUMBER|+61 491 570 733]].",
    "Korcsolyaklub tagsági adatlap: [[PERSON|Kovács Eszter]], tagszám [[ID_NUMBER|KK-2086]], e-mail [[EMAIL_ADDRESS|eszter.kovacs@jegpalya.example]].",
]

NATIONAL_IDS = {
    "910214-7387": luhn_len(10),  # Swedish personnummer
    "880627-1527": luhn_len(10),
    "546 718 297": luhn_len(9),  # Canadian SIN
    "193 507 845": luhn_len(9),
    "037182649": luhn_len(9),  # Israeli teudat zehut
    "15089203614": luhn_len(11),  # Greek AMKA
    "9203175384081": luhn_len(13),  # South African id
    "5317 9042 6185": aadhaar_ok,  # Indian Aadhaar
    "8264 1093 5727": aadhaar_ok,
    "943 476 5919": nhs_ok,  # NHS number
    "721 038 4650": nhs_ok,
    "193728461": bsn_ok,  # Dutch BSN
    "95071403829": pesel_ok,  # Polish PESEL
    "02260517391": pesel_ok,
    "318.604.927-03": cpf_ok,  # Brazilian CPF
    "48205731640": kimlik_ok,  # Turkish kimlik
    "39172846M": dni_ok,  # Spanish DNI
    "Y4820361N": dni_ok,  # Spanish NIE
    "230889-6142": hetu_ok,  # Finnish henkilötunnus
    "MRTGLI93C52L219O": codice_fiscale_ok,  # Italian codice fiscale
    "210102198706243711": china_id_ok,  # Chinese resident identity number
    "440304199509115623": china_id_ok,
    "T0248617I": nric_ok,  # Singapore NRIC
    "940813-2057169": rrn_ok,  # Korean resident registration number
    "382 619 475": tfn_ok,  # Australian tax file number
    "4718 39262 1": medicare_ok,  # Australian Medicare card
    "6283 0417 5922": my_number_ok,  # Japanese My Number
    "7390451C": pps_ok,  # Irish PPS number
    "2 91 03 75 116 052 20": nir_ok,  # French NIR
    "86.07.21-413.36": belgian_id_ok,  # Belgian national number
    "12059348262": fodselsnummer_ok,  # Norwegian fødselsnummer
    "246915730": nif_ok,  # Portuguese NIF
    "2960811402376": cnp_ok,  # Romanian CNP
    "17.482.905-5": rut_ok,  # Chilean RUT
    "48903120278": isikukood_ok,  # Estonian isikukood
    "140791-3269": kennitala_ok,  # Icelandic kennitala
    "905812/4185": rodne_cislo_ok,  # Czech rodné číslo
    "3419528670": rnokpp_ok,  # Ukrainian RNOKPP
    "57193842606": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
}

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging adults who have never skated to try a learn-to-skate class this winter. Keep it under 400 words and end with three practical tips.",
    "Compose a sequence of four haiku about the sound of a curling stone travelling down the sheet.",
    "Explain the difference between a takeout, a draw and a guard in curling as if you were talking to a ten-year-old.",
    "Imagine you are Sherlock Holmes investigating why the ice at a village rink keeps cracking overnight. Describe your reasoning in the first person.",
    "Draft a polite email template that a rink manager could send to all members announcing a two-week closure for refrigeration maintenance. Use placeholders instead of names.",
    "Write a Python function that takes the end-by-end curling scores of two teams and returns the final score and the number of blank ends.",
    "Compare the physics of a figure skating spin with a spinning top. Use the idea of angular momentum and give one everyday example.",
    "Role-play as an experienced ice resurfacer driver giving a new employee a five-minute safety briefing before their first run.",
    "Summarise in three bullet points the main arguments for and against building an Olympic-size ice rink in a small town with a limited budget.",
    "What might have happened if Katarina Witt had chosen speed skating instead of figure skating? Write a short speculative essay.",
    "Write a limerick about a hockey goalie who is afraid of the puck.",
    "Extract every temperature in this text and convert it to Fahrenheit: 'The ice surface is kept at minus 5 degrees Celsius, the brine at minus 9 and the spectator area at 12.'",
    "Create a four-week training plan for an adult beginner who wants to skate backwards confidently, with two sessions per week.",
    "Write a short dialogue between Elsa from Frozen and a rink safety officer who is worried about her making ice indoors.",
    "Explain how the ice in an indoor arena is made, from the concrete slab to the painted lines, in no more than 200 words.",
    "Suggest five fundraising ideas for a volunteer-run curling club that needs to replace its dehumidifier.",
    "Rewrite this sentence in a formal register: 'the rink's gonna be shut tomorrow cos the ice machine's broke again.'",
    "As a sports journalist, write the opening paragraph of a match report on an imaginary women's hockey final decided in overtime.",
    "Write a SQL query that lists, for each skating class, the number of students enrolled and their average age, from the tables classes(id, name) and enrolments(class_id, student_age).",
    "Describe Wayne Gretzky's influence on how hockey is played today in a paragraph suitable for a museum placard.",
    "Tell me a bedtime story about a penguin who joins a synchronized skating team.",
    "Explain step by step how curlers decide which stone is closest to the button when it is too close to call by eye, and what tools clubs use.",
    "Solve this riddle and explain the answer: I am slippery, flat and cold, I vanish in spring, and I hold a house made of rings. What am I?",
    "Draft a code of conduct for parents watching youth hockey games, in ten short rules.",
    "Write an enthusiastic product description for an imaginary pair of beginner figure skates called the GlideStar 100.",
]

# 25 GSM8K-style word problems; the characters' first names belong to the stories.
CLEAN_GSM8K = [
    "A rink charges $8 for admission and $4 for skate rental. Maya brings 3 friends; all 4 pay admission but only 2 rent skates. How much do they spend altogether?",
    "A curling team plays 8 ends. In each of the first 5 ends they score 2 points, and in each remaining end they score 1 point. How many points do they score in total?",
    "An ice resurfacer uses 75 gallons of water per resurface. If the rink is resurfaced 6 times a day, how many gallons are used in a week?",
    "Leo skates 4 laps in 3 minutes. At the same pace, how many laps can he skate in 24 minutes?",
    "A skating club has 120 members. 35% are juniors and the rest are adults. Half of the adults also play in the curling league. How many adults play in the curling league?",
    "Priya buys a pair of skates priced at $96 with 25% off, and a pair of blade guards for $12. How much does she pay in total?",
    "A hockey team scored 3 goals in the first period, twice as many in the second, and 1 fewer in the third than in the second. How many goals did they score?",
    "The rink cafe sells hot chocolate for $2.50 a cup. It sold 148 cups on Saturday and 20 fewer on Sunday. How much did it make from hot chocolate over the weekend?",
    "A curling stone weighs about 19 kilograms. A club has 6 sheets with 16 stones per sheet. What is the total weight of the stones in kilograms?",
    "Sofia practises jumps for 45 minutes a day, 5 days a week. How many hours does she practise in 4 weeks?",
    "An ice rink measures 60 metres by 30 metres. If one litre of white paint covers 12 square metres, how many litres are needed to paint the whole surface?",
    "A curling league has 9 teams, and each team plays every other team exactly once. How many games are played?",
    "A learn-to-skate course costs $140 for 10 lessons. Omar misses 2 lessons and the club refunds the cost of each missed lesson. How much does he get back?",
    "The arena is 14 degrees Celsius at 6 a.m. and warms by 1.5 degrees every hour. What is the temperature at 10 a.m.?",
    "A youth hockey team travels 180 kilometres to an away game at an average speed of 60 km/h. The game starts at 2 p.m. and they want to arrive 45 minutes early. What time must they leave?",
    "Hannah sharpens 7 pairs of skates per hour. She works 6 hours on Friday and 4 hours on Saturday. How many pairs does she sharpen?",
    "A season pass costs $360 and a single visit costs $15. What is the smallest number of visits for which the pass is cheaper than paying per visit?",
    "A club buys 24 brooms at $18 each and 8 grippers at $9 each, and pays with six $100 bills. How much change does it get?",
    "Ethan starts the season with 5 hockey sticks. He breaks 1 stick every 3 weeks and buys 2 new ones every 9 weeks. How many sticks does he have after 18 weeks?",
    "Five judges give a skater 7.5, 8.0, 7.0, 8.5 and 7.5. If the highest and lowest scores are dropped, what is the average of the remaining scores?",
    "The rink cafe bakes 40 pretzels each morning. By noon it has sold 3/5 of them, and by closing it has sold 3/4 of those left at noon. How many pretzels are left at closing?",
    "Lucia's curling team won 14 of its 20 games this season. What percentage of its games did it lose?",
    "An ice resurfacer drives at 9 miles per hour and takes 12 minutes to resurface the rink. How many miles does it travel in one resurface?",
    "A skating party for 18 children costs $12 per child plus a $45 room fee. If the cost is split equally among the 18 families, how much does each family pay?",
    "A speed skating oval is 400 metres around. Kenji skates 12 laps to warm up and then races 5,000 metres. How many kilometres does he skate in total?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which property of water explains why ice floats on liquid water?\nA. Ice has a higher density\nB. Ice has a lower density\nC. Ice has a higher specific heat\nD. Ice conducts electricity",
    "In curling, what is the target area of concentric circles called?\nA. The hack\nB. The house\nC. The hog line\nD. The crease",
    "Which refrigerant has traditionally been used in large industrial ice rink plants?\nA. Ammonia\nB. Helium\nC. Nitrogen\nD. Ozone",
    "A figure skater pulls her arms in during a spin and spins faster. Which quantity is conserved?\nA. Linear momentum\nB. Kinetic energy\nC. Angular momentum\nD. Torque",
    "Sweeping in front of a curling stone mainly makes it travel farther by:\nA. Cooling the ice\nB. Briefly warming and polishing the pebbled surface\nC. Adding water to the ice\nD. Stopping the stone's rotation",
    "Which concept describes the value of the best alternative a town gives up when it funds an ice rink instead of a library?\nA. Sunk cost\nB. Opportunity cost\nC. Marginal revenue\nD. Fixed cost",
    "The latent heat of fusion of water is closest to:\nA. 4.2 J/g\nB. 80 J/g\nC. 334 J/g\nD. 2260 J/g",
    "At which Winter Olympics did curling become a full medal sport again?\nA. Calgary 1988\nB. Lillehammer 1994\nC. Nagano 1998\nD. Salt Lake City 2002",
    "Which injury is most commonly caused by falling onto an outstretched hand on ice?\nA. Achilles tendon rupture\nB. Distal radius fracture\nC. Meniscus tear\nD. Rotator cuff tendinitis",
    "Which figure skating jump takes off from a forward outside edge?\nA. Lutz\nB. Axel\nC. Flip\nD. Loop",
    "Condensation forms on a rink ceiling when the air next to it is cooled below its:\nA. Boiling point\nB. Dew point\nC. Melting point\nD. Critical point",
    "In ice hockey, icing is called when:\nA. A player shoots the puck from his own half across the opponents' goal line untouched\nB. The goalie freezes the puck\nC. A player enters the attacking zone before the puck\nD. Two players fight",
    "Which sentence uses the semicolon correctly?\nA. The rink was cold; we wore gloves.\nB. The rink; was cold we wore gloves.\nC. The rink was; cold we wore gloves.\nD. The rink was cold we; wore gloves.",
    "What is the freezing point of pure water at standard atmospheric pressure?\nA. 0 K\nB. 100 K\nC. 273.15 K\nD. 373.15 K",
    "A club's membership rises from 80 to 100. What is the percentage increase?\nA. 20%\nB. 25%\nC. 80%\nD. 125%",
    "A waiver that a participant signs before using an ice rink is best described as:\nA. A criminal statute\nB. An exculpatory clause\nC. A tort\nD. A patent",
    "Which muscles mainly drive the push-off stride in speed skating?\nA. Biceps\nB. Gluteals and quadriceps\nC. Deltoids\nD. Obliques",
    "Which country has won the most Olympic gold medals in men's ice hockey?\nA. Canada\nB. Sweden\nC. Finland\nD. United States",
    "A refrigeration cycle moves heat:\nA. From a hot reservoir to a cold one without work\nB. From a cold reservoir to a hot one using work\nC. From a cold reservoir to a hot one without work\nD. Nowhere; it destroys heat",
    "Which is the most efficient use of waste heat from a rink's compressors?\nA. Venting it outdoors\nB. Heating the spectator area and the showers\nC. Storing it in the ice slab\nD. Turning it directly into ice",
    "A skater performs a well-learned routine better in front of a crowd than alone. Which concept explains this?\nA. Social loafing\nB. Social facilitation\nC. Groupthink\nD. Learned helplessness",
    "In which country did curling originate?\nA. Canada\nB. Norway\nC. Scotland\nD. Switzerland",
    "A 20 kg curling stone slides at 2 m/s. What is its kinetic energy?\nA. 20 J\nB. 40 J\nC. 80 J\nD. 400 J",
    "Which measure is least affected by one judge giving an extremely high score?\nA. Mean\nB. Median\nC. Range\nD. Standard deviation",
    "The International Skating Union governs which sports?\nA. Ice hockey and bandy\nB. Figure skating and speed skating\nC. Curling and biathlon\nD. Skiing and snowboarding",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How long should I wait before skating again after a mild ankle sprain?",
    "Is it normal for my feet to go numb after twenty minutes in new figure skates?",
    "What are the warning signs of a concussion after a fall on the ice?",
    "Can cold rink air trigger asthma, and what can I do before a hockey game to prevent it?",
    "What is the best way to treat blisters from stiff skate boots?",
    "Is curling safe for someone who has had a hip replacement?",
    "How do I tell the difference between frostnip and frostbite after skating outdoors?",
    "Should children wear helmets for recreational skating even if they are confident skaters?",
    "Which stretches help prevent groin strains in hockey players?",
    "Why do my knees ache after sweeping in curling, and could it be arthritis?",
    "Is it safe to keep skating during pregnancy if I have skated for years?",
    "What should a first-aid kit at an ice rink contain?",
    "How much water should a teenager drink during a two-hour hockey practice?",
    "Can wrist guards really prevent fractures in beginner skaters?",
    "What causes a bony bump on the ankle from skate boots, and how is it treated?",
    "Is it risky to exercise in the cold if you have high blood pressure?",
    "How can I ease lower back pain from the crouched position in speed skating?",
    "How long does a broken collarbone usually take to heal before contact sports are safe again?",
    "Are there health risks from the air in arenas that still use fuel-powered ice resurfacers?",
    "How do I know whether a cut from a skate blade needs stitches?",
    "Can people with type 1 diabetes play ice hockey safely, and what should they watch for?",
    "What is a safe way to warm up very cold hands after an outdoor skate?",
    "Is it normal to feel dizzy after practising spins, and when should I worry?",
    "What are the symptoms of a torn ACL, and can you still walk with one?",
    "How often should older adults do balance exercises to lower their risk of falling on ice?",
]

# Every phone must be in a range kept for fiction.
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


def kinds(text: str) -> set[str]:
    return {s["type"] for s in marked_spans(text)}


def check_mix() -> None:
    """Chat: at least 90 texts name someone, 18 to 22 hold a secret, 2 or 3 an API key.
    Records: one person each, 38 to 42 with exactly one national id. Every card passes
    Luhn and is no well-known test number; every IBAN passes mod 97 and is no
    documentation example."""
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum(bool(kinds(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    api = sum("API_KEY" in kinds(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= api <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {api} with a key")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        national = [s for s in spans if s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS]
        if len(people) != 1 or len(national) > 1:
            raise SystemExit(f"records: not one person or two national ids in {marked[:60]!r}")
        with_id += bool(national)
    if not 38 <= with_id <= 42 or with_id != len(NATIONAL_IDS):
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            compact = span["value"].replace(" ", "")
            if span["type"] == "CREDIT_CARD" and (
                not luhn_ok(compact) or compact in WELL_KNOWN_CARDS
            ):
                raise SystemExit(f"bad or well-known card {span['value']!r}")
            if span["type"] == "IBAN_CODE" and (
                not iban_ok(compact) or compact in DOCUMENTATION_IBANS
            ):
                raise SystemExit(f"bad or documentation IBAN {span['value']!r}")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"national id {value!r} fails its check")


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
        "blind197", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    for path, want in (("chat_pii_blind197.jsonl", 220), ("chat_clean_blind197.jsonl", 100)):
        with (HERE / path).open(encoding="utf-8") as f:
            count = sum(1 for _ in f)
        if count != want:
            raise SystemExit(f"{path}: {count} records, want {want}")


if __name__ == "__main__":
    main()
