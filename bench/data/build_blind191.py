# ruff: noqa: E501
"""A hundred-and-ninety-first blind privacy set: 220 texts with personal data and 100 clean
ones, on campsites, caravan parks and glamping sites.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations); the builder computes every offset:

* 120 chat requests (3 to about 100 words) that the chatbot of a company running
  campsites, caravan parks and glamping sites would get: bookings of pitches, pods, yurts,
  bell tents, shepherd's huts, treehouses and static caravans, refunds, rallies, seasonal
  plots, lost property, rotas and cost splits. The first 30 are typed all in lower case,
  the next 6 are in French, German, Spanish, Dutch, Japanese and Arabic, the other 84 in
  English. Most name a private person, with names of many origins and scripts (Latin with
  diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese,
  Japanese, Korean, Yoruba), some of them ordinary words (Hope, Rose, Bill, Grace, Summer,
  Joy, Will), many with no cue word (rotas, cost splits, sign-offs, lists, appositives,
  "tell X that ..."); 20 hold a secret (gate, door, key-box and alarm codes, PINs, wifi
  keys, passwords, 2FA codes and three API keys or tokens).
* 100 one-person records (one sentence or a short form each), 43 in English and 57 in
  32 other languages; 40 carry a national id with valid check digits (33 kinds), the
  others phones, e-mails, addresses, cards, IBANs, SSNs, passports, licences and account,
  member, policy, employee, student and patient numbers.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
  public figures and fictional characters), 25 GSM8K-style word problems (with first
  names of story characters), 25 MMLU-style items with options A to D and 25 health
  questions naming no one.

Labels follow the README: usernames, logins, account, customer, member, patient, policy,
employee and student numbers, passports, licences and national ids are ID_NUMBER; PINs,
door, gate, key-box and alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles
and relation words stay outside PERSON spans; an address span runs from the street line
through the postcode and city as typed; dates of birth, booking, order, invoice and ticket
numbers, public figures, companies and fictional characters are not labelled; every
occurrence of a private value is marked.

All values are invented: phones from the ranges kept for fiction (UK 07700 900xxx and
01632 960xxx, North America 555-01xx, Australia 0491 570xxx); cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from the documentation ranges; national ids with
valid check digits, each checked by its validator from ``ids.py``.

Run ``.venv/bin/python bench/data/build_blind191.py`` from the repository root; the output
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
from marks import build_sections, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 105)
RECORD_WORDS = (3, 60)
CJK_CHARS = 12
"""A text in a script written without spaces counts as long enough with this many
characters of it, whatever its word count."""
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Auntie|Uncle|Grandad|Nan|Sr|Sra|Herr|Frau|Mme|Sig|Signora|Pan|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, then French, German, Spanish, Dutch, Japanese
# and Arabic, then 84 in English.
CHAT = [
    # all lower case
    "hi, booking pitch 14 for [[PERSON|maeve o'dwyer]] and her partner [[PERSON|tomasz wróbel]], arriving friday around 9pm. is the barrier still open that late?",
    "the gate code you texted [[PERSON|kofi mensah]] doesn't work, he's tried [[PASSWORD|4471]] three times and it just flashes red. can someone go down to the barrier",
    "can you move our bell tent booking from the 12th to the 19th? it's under [[PERSON|siobhán nic aodha]], email [[EMAIL_ADDRESS|siobhan.nicaodha@postbox.ie]]",
    "shower block cleaning this week: mon [[PERSON|dara]], tue [[PERSON|priyanka]], wed [[PERSON|jonas]], thu [[PERSON|dara]] again, fri [[PERSON|wen li]]. can you print it for the staff room",
    "my dad [[PERSON|hamid rezaei]] needs a hardstanding pitch near the toilets, he uses a walking frame. we've got a 7.5m motorhome. ring me on [[PHONE_NUMBER|07700 900418]]",
    "wifi for the glamping pods isn't working, the card in pod 6 says [[PASSWORD|fernpod!2291]] but it keeps saying incorrect. booked by [[PERSON|inês carvalho]]",
    "splitting the yurt four ways: [[PERSON|ollie]] £62, [[PERSON|bea]] £62, [[PERSON|sunita]] £62 and me £62. can the invoice show each share separately?",
    "tell [[PERSON|grace adebayo]] her awning pegs were handed in at reception",
    "is the dog field fenced all the way round? [[PERSON|rose]] (my mum) is bringing her two spaniels",
    "hello, i paid the seasonal pitch fee twice by mistake. card was [[CREDIT_CARD|4929 5710 3864 2203]], name on it [[PERSON|gareth pryce-jones]]. please refund one of them",
    "we're six from riga, lead booker [[PERSON|анна петрова]]. can we have three pitches next to each other near the lake?",
    "booking for [[PERSON|νίκος παπαδόπουλος]], two adults and one child, shepherd's hut for 3 nights from 2 august. does it have a fridge?",
    "can i add [[PERSON|bill]] to the booking as an extra adult? he's my brother-in-law and he'll sleep in the awning",
    "lockbox at the treehouse is [[PASSWORD|0815]], i'm passing it on to my friend [[PERSON|femi adeyemi]] who gets there before me. is that ok or does he have to check in first?",
    "our static at plot 22, the alarm code is [[PASSWORD|6602]] if your maintenance lads need to go in about the boiler. owner is [[PERSON|declan moriarty]]",
    "hi it's [[PERSON|summer ahmadi]], i left a black fleece in the laundry room on sunday, could you post it to [[STREET_ADDRESS|14 larch close, kendal la9 4qt]]",
    "refund please: [[PERSON|pita havili]] had to cancel the family pod for half term, broken ankle. deposit came from [[IBAN_CODE|gb62 nwbk 6073 0148 2639 57]]",
    "how much is electric hook-up per night? asking for [[PERSON|lakshmi narayanan]] and [[PERSON|arjun narayanan]], they have a small tourer",
    "[[PERSON|נועה כהן]] and i want the adults-only field, is it actually quiet after 11?",
    "owners' portal won't let me in. user [[ID_NUMBER|mkowalczyk88]] password [[PASSWORD|tent-pole-sunrise]], it says locked. this is [[PERSON|marta kowalczyk]], plot 41",
    "can you tell [[PERSON|joy]] on reception i'll be late tonight, about 10pm",
    "we booked two pods under [[PERSON|chidi okonkwo]] and [[PERSON|ngozi okonkwo]], could they be side by side? my number is [[PHONE_NUMBER|01632 960274]]",
    "the booking's in my mother's name, [[PERSON|सुनीता शर्मा]], i'm just paying for it. can the receipt go to [[EMAIL_ADDRESS|r.sharma.camps@mailbox.org]]",
    "from [[PERSON|ravi menon]], webmaster of our caravan club section: the availability widget key [[API_KEY|cpk_4f9a2e7c1b8d6035e9a7c2f4b1d8e63a]] returns 401 since tuesday",
    "[[PERSON|hope]] from pitch 9 asked me to let you know the tap by the chemical disposal point is leaking",
    "2fa code came through as [[PASSWORD|584 216]] but the app says it's expired. account is [[EMAIL_ADDRESS|lena.hofmann@posteo.de]]",
    "[[PERSON|สมชาย ใจดี]] booked the riverside pitch for all of us, can i change the car reg on it while he's away?",
    "kids club question: can [[PERSON|aiyana]] and [[PERSON|leo]] (8 and 6) do the den building on wednesday without us there?",
    "please cancel the booking for [[PERSON|zhang wei]] ([[PERSON|张伟]]), he's not coming now. do we lose the deposit?",
    "my member number is [[ID_NUMBER|cc-448127]], surname [[PERSON|ó súilleabháin]]. do i get 10% off glamping as well as touring?",
    # other languages
    "Bonjour, je voudrais réserver un emplacement pour notre camping-car du 3 au 10 août au nom de [[PERSON|Hélène Marchetti]]. Nous habitons à Londres, vous pouvez me joindre au [[PHONE_NUMBER|+44 7700 900562]].",
    "Guten Tag, mein Mann [[PERSON|Jürgen Wittmann]] kommt erst nach 22 Uhr am Campingplatz an. Ist die Schranke dann noch offen, oder braucht er einen Code? Seine E-Mail ist [[EMAIL_ADDRESS|j.wittmann@netzpost.de]].",
    "Hola, somos [[PERSON|Lucía Fernández]] y [[PERSON|Mateo Ruiz]] y tenemos reservada la cabaña del árbol. ¿Se puede llevar un perro pequeño? Mi correo es [[EMAIL_ADDRESS|lucia.fdez@correo.es]].",
    "Goedemorgen, de wifi-code [[PASSWORD|Duinpan2024!]] werkt niet in de safaritent van [[PERSON|Joost van Dijk]]. Kunt u iemand sturen?",
    "[[PERSON|佐藤美咲]]です。8月15日からグランピングテントを2泊予約しています。チェックインは何時からですか？電話番号は[[PHONE_NUMBER|+61 491 570 218]]です。",
    "مرحبا، أنا [[PERSON|يوسف الحداد]]. حجزت كرفانا عائليا لمدة أسبوع. هل يمكن إضافة سرير أطفال؟ بريدي الإلكتروني [[EMAIL_ADDRESS|y.haddad@webpost.ae]]",
    # English
    "Hi, I'm booking the Willow yurt for my mum's 60th. Guests: [[PERSON|Margaret Ellison]], [[PERSON|Tunde Bakare]], [[PERSON|Aoife Brennan]] and [[PERSON|Kenji Watanabe]]. Is it OK to bring a cake with candles inside?",
    "The treasurer, [[PERSON|Rhiannon Price]], will pay the rally deposit for our caravan club. Please send the invoice to [[EMAIL_ADDRESS|treasurer.rprice@valleyvans.org.uk]].",
    "Tell [[PERSON|Dominika]] her hook-up cable was found next to pitch 31 and is waiting at reception.",
    "Our glamping pod keysafe code is [[PASSWORD|2719]] and the spare key is with [[PERSON|Yusuf Demir]] in pod 3. Can your cleaners use that on changeover day?",
    "Cost split for the Lakeside safari tent: [[PERSON|Priya]] £140, [[PERSON|Callum]] £140, [[PERSON|Hana]] £95 (two nights only), [[PERSON|Marek]] £140. Can you take four separate card payments?",
    "Can I change the lead name on booking 55120 to [[PERSON|Chloé Dubois]]? I can't make it any more and she's taking my place.",
    "Hello, this is [[PERSON|Olúmídé Adébáyọ̀]]. I need to extend the static caravan hire by two nights; my mobile is [[PHONE_NUMBER|07700 900731]].",
    "My seasonal pitch agreement is in my late husband's name, [[PERSON|Harold Jenkins]]. How do I move it into mine? I'm [[PERSON|Irene Jenkins]].",
    "Booking for [[PERSON|김민준]] and [[PERSON|이서연]], two adults, Glamping Dome 2, 14 to 16 September. Do you provide towels and a hairdryer?",
    "Please add [[PERSON|陈晓明]] as an extra guest in the Riverside bell tent. He's vegetarian, can the breakfast hamper be adapted?",
    "WiFi in the Heron shepherd's hut keeps dropping. Network HeronHut, key [[PASSWORD|kingfisher-77-Q]]. Booked under [[PERSON|Stella Novak]], can someone check the router?",
    "Thanks for a brilliant weekend camp, the cubs loved the campfire. Could you hold the same field for next May? Regards, [[PERSON|Ewan McAllister]], Group Scout Leader, [[PHONE_NUMBER|01632 960581]]",
    "Our site warden, [[PERSON|Desmond Achterberg]], said you'd waive the late arrival fee for us. Can you confirm that's on the system?",
    "The lead guest is [[PERSON|ليلى منصور]] ([[PERSON|Layla Mansour]]), she'll arrive with three children. Is there a baby bath we can borrow?",
    "Please put the lodge booking in the name of [[PERSON|রহিম উদ্দিন]], my father. He will pay the balance at check-in.",
    "My friend [[PERSON|אברהם לוי]] needs a lodge with no steps, he's in a wheelchair. Anything free in October half term?",
    "Hi, [[PERSON|Дмитрий Соколов]] here. I reserved two touring pitches for the 5th, can I pay the balance by bank transfer rather than card?",
    "Could you resend the confirmation for [[PERSON|Ελένη Γεωργίου]] to [[EMAIL_ADDRESS|eleni.georgiou@inbox.gr]]? It never arrived.",
    "Add [[PERSON|Nattaya Srisuk]] and [[PERSON|ณัฐวุฒิ ศรีสุข]] to Friday's group booking please, they're sharing pod 5.",
    "The caravan is registered to [[PERSON|अमित पटेल]], I'm his wife. Can I still collect the keys on Saturday?",
    "[[PERSON|Haruto Tanaka]] and [[PERSON|田中ゆい]] are coming by train. Is there a shuttle from Penrith station?",
    "Tell [[PERSON|Will]] the bike rack by the lodges is fixed now.",
    "Has the door code for the Meadow toilet block changed? We were told [[PASSWORD|C1984Z]] but it beeps red. Pitch 27, [[PERSON|Faith Okoro]].",
    "Rally marshals, Saturday: gate 9-11 [[PERSON|Alan Dewhurst]], 11-1 [[PERSON|Bongani Zulu]], 1-3 [[PERSON|Siân Howells]], 3-5 [[PERSON|Mei Ling Chua]]. Can you print badges for them?",
    "Our booking plugin on the club website uses your availability API. The key [[API_KEY|hgk_live_Q7vX29pLm4TzR8sW1nYc6BdF]] started returning unauthorised last night. Site admin is [[PERSON|Marcus Oyelowo]], can you check it?",
    "Please call me back about the Easter rally booking on [[PHONE_NUMBER|(604) 555-0127]], any time after 4.",
    "Can [[PERSON|Hope Delacroix]] and her partner bring their own firewood, or do they have to buy it from the site shop?",
    "Pitch plan for the family reunion: [[PERSON|Ted Marlowe]] and [[PERSON|June Marlowe]] in the motorhome on 4, [[PERSON|Craig]] and the kids in the tent on 5, Aunt [[PERSON|Sally]] in the lodge. Does that work?",
    "Leaving the static for the winter. The alarm code is [[PASSWORD|9371]] and [[PERSON|Kieran Walsh]] next door has a key. Please note it on our file in case of a storm.",
    "[[PERSON|Bogusław Kamiński]] has booked a pitch for a 28ft American RV, will it fit through your entrance? Email him at [[EMAIL_ADDRESS|b.kaminski@rvpost.pl]].",
    "I keep getting blocked from your booking page, it says my IP [[IP_ADDRESS|198.51.100.74]] made too many requests. I only tried twice!",
    "Is the pub within walking distance? Asking for [[PERSON|Rosalind Achebe]], who doesn't drive.",
    "The verification code you sent is [[PASSWORD|719 402]] but the page timed out. Account email [[EMAIL_ADDRESS|h.brandauer@alpenpost.at]], name [[PERSON|Hannes Brandauer]].",
    "Can I switch [[PERSON|Grace Oduya]]'s booking from a bell tent to a pod? She says the tent is too cold for her asthma.",
    "Please take the balance for the Kingfisher lodge from my other card, [[CREDIT_CARD|4556 2817 0394 6158]]. Cardholder [[PERSON|Vikramaditya Rao]].",
    "Our group leader [[PERSON|Tomás Ó Briain]] will collect the wristbands for all twelve of us on arrival.",
    "Email for invoices is [[EMAIL_ADDRESS|accounts@pryce-family-camping.co.uk]]. Name on the account: [[PERSON|Delyth Pryce]].",
    "Can you post the brochure for next season to [[STREET_ADDRESS|17 Ferndale Avenue, Harrogate HG2 8QN]]?",
    "[[PERSON|Summer]] and [[PERSON|Jade]] want a treehouse for a hen weekend, is there a noise curfew?",
    "Wristband for [[PERSON|Ayşe Kaya]] please, she's staying with us in the Poppy pod from tomorrow.",
    "I can't log into the owners' area. Username [[ID_NUMBER|ldaventry]], password [[PASSWORD|Caravan#Sunset42]]. Please reset it, this is [[PERSON|Linda Daventry]].",
    "Can [[PERSON|Rangi Parata]] bring his kayak on the roof and launch it from the campsite slipway?",
    "Booking under [[PERSON|Seo-yeon Park]], arriving late, roughly 11pm. Where do we pick up the key?",
    "My club membership [[ID_NUMBER|CCM-5510872]] should give me a discount but the checkout isn't applying it.",
    "Dear team, please add [[PERSON|Zanele Dlamini]] and [[PERSON|Ruan Botha]] to our group in the Savannah tents.",
    "For the holiday let of our caravan through your agency: the key box by the step is [[PASSWORD|0404]]. Guests this week are [[PERSON|Sandeep Gill]] and family.",
    "Tell [[PERSON|Marisol]] at the café that [[PERSON|Brendan]] from pitch 12 has a nut allergy.",
    "[[PERSON|Yaw Boateng]], [[PERSON|Efua Boateng]], [[PERSON|Kwabena Boateng]]: three adults, hook-up pitch, 2 nights, one dog. How much?",
    "Send the receipt to [[EMAIL_ADDRESS|dkw.camping@freemail.net]] please, booking 88317.",
    "Hi, I run the integration for a glamping marketplace. Our partner token [[API_KEY|gmpl_tok_8fK2wQ9zR4vL7nX1cT5yH3jB6mD0sP]] was revoked this morning, who do I talk to? [[PERSON|Ingeborg Havel]], tech lead",
    "My son [[PERSON|Callum Reid]] is 17, can he sleep in a separate tent on the pitch next to ours?",
    "The barrier code for late arrivals went to [[PERSON|Pooja Malhotra]] but she's lost the text. Was it [[PASSWORD|4826]]? Please confirm by email to [[EMAIL_ADDRESS|pooja.m@quickpost.in]].",
    "Our daughter [[PERSON|Isla]] lost a teddy called Mr Buttons near the adventure playground. Has anyone handed it in?",
    "I'd like to book the shepherd's hut as a surprise for [[PERSON|Ruth Abernethy]], so please don't email her; text me on [[PHONE_NUMBER|07700 900624]].",
    "Is there a discount for long stays? [[PERSON|中村 翔太]] and I want a whole month in September.",
    "Rally kitty so far: £50 each from [[PERSON|Oona]], [[PERSON|Pádraig]] and [[PERSON|Ludmila]]; [[PERSON|Björn]] still owes. Can the site invoice him directly?",
    "Card [[CREDIT_CARD|5423 9071 6682 4031]] was charged twice for the pitch deposit, please reverse one of them.",
    "The PIN for the EV charger you gave [[PERSON|Cormac Doyle]] is [[PASSWORD|5520]], but the charger rejects it.",
    "Please swap the Thursday maintenance cover: [[PERSON|Viktor]] instead of [[PERSON|Sade]].",
    "Can you confirm the dog-friendly lodge is booked for [[PERSON|Esther Nakamura-Blake]] from 2 to 9 June?",
    "Bank details for the refund: [[PERSON|Owain Griffiths]], [[IBAN_CODE|GB57 LOYD 3094 7261 5388 40]].",
    "My booking account username is [[ID_NUMBER|glampfan_1987]] and it says the account doesn't exist.",
    "Is there a minimum age for the hot tub on the glamping field? [[PERSON|Ngaio]] is 15.",
    "[[PERSON|শর্মিষ্ঠা দে]] asked me to book the accessible pod for her and her carer. Is it free over Easter?",
    "Guest wifi voucher for [[PERSON|Aleksander Nowicki]]: [[PASSWORD|PX4-77QR-2M]]. It says already used. Can you issue a new one?",
    "The owner of caravan 8, [[PERSON|Beverley Stokes]], has asked us to let [[PERSON|Dean Sutcliffe]] in to read the gas meter.",
    "Please tell [[PERSON|Rafael]] at the pool hut that his lost sunglasses are in the shop.",
    "Forward the deposit letter to my new address: [[STREET_ADDRESS|Flat 3, 22 Harbour Road, Penzance TR18 4DJ]]. Booking is under [[PERSON|Kerensa Hosking]].",
    "[[PERSON|Jarrah Williams]] wants to know whether the powered sites have their own water taps.",
    "Text the gate code to my partner instead, her mobile is [[PHONE_NUMBER|+61 491 570 884]].",
    "Could [[PERSON|Mohammed Al-Farsi]] pay for the bell tent in two instalments?",
    "I'm the new contact for the rally, please write to [[EMAIL_ADDRESS|rally.sec@northdalecaravanclub.org]] from now on.",
    "My name's [[PERSON|Gwilym Roberts]]. I booked a hardstanding pitch but my van is 8.2m, will it fit?",
    "Tell Ms [[PERSON|Keane]] in lodge 4 that her taxi is waiting at the gate.",
    "Dr [[PERSON|Anjali Rao]] will be on call at the festival camping weekend; can she have a pitch near the first aid tent?",
    "Booking for Mr and Mrs [[PERSON|Thistlewood]], touring pitch with room for an awning, 3 nights.",
    "Someone used my card [[CREDIT_CARD|4917 3820 5561 7423]] to book pitches I never made, please look into it.",
    "Please update my contact number on the seasonal plot to [[PHONE_NUMBER|07700 900490]].",
    "Cleaning rota for the glamping village, week 32: pods 1-4 [[PERSON|Ilse]], pods 5-8 [[PERSON|Wojtek]], yurts [[PERSON|Tamar]], treehouses [[PERSON|Kemal]].",
    "Can [[PERSON|Rose-Marie Lachance]] bring her parrot in its cage?",
    "Refund to [[IBAN_CODE|DE21 3705 0299 0184 7263 50]] please, booking 23378.",
    "I'm [[PERSON|Kai Whitehorse]], travelling with a service dog. Which glamping units allow that?",
    "[[PERSON|Anneliese]] is taking over from [[PERSON|Gordon]] as the site contact for our caravan club, please update your records.",
    "Please move [[PERSON|Lior Ben-David]] from pitch 19 to 21, he needs to be nearer the water point.",
]

# 100 one-person records, one sentence or a short form each; the first 40 carry a
# national id.
RECORDS = [
    "Guest medical note: [[PERSON|Eileen Marsh]], NHS number [[ID_NUMBER|463 807 2151]], carries an adrenaline pen; emergency contact [[PHONE_NUMBER|07700 900113]].",
    "First-aid log, Bracken Hollow Holiday Park: [[PERSON|Trevor Haines]], NHS no. [[ID_NUMBER|712 094 3863]], twisted ankle on the play trail, home address [[STREET_ADDRESS|9 Chapel Row, Ludlow SY8 1DT]].",
    "अतिथि पंजीकरण: [[PERSON|राजेश कुमार]], आधार संख्या [[ID_NUMBER|5928 4107 3622]], मोबाइल [[PHONE_NUMBER|+44 7700 900264]]।",
    "ID check at check-in for [[PERSON|Ananya Iyer]]: Aadhaar [[ID_NUMBER|8341 6650 9270]], email [[EMAIL_ADDRESS|ananya.iyer@mailnest.in]].",
    "Gastregistratie: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|318462096]], e-mail [[EMAIL_ADDRESS|sanne.devries@kpnpost.nl]].",
    "Static caravan owner, plot 17: [[PERSON|Pieter Bakker]], Dutch citizen service number [[ID_NUMBER|629073582]], IBAN [[IBAN_CODE|NL89 RABO 0318 2746 59]].",
    "Karta meldunkowa: [[PERSON|Paweł Zieliński]], PESEL [[ID_NUMBER|91072341854]], tel. [[PHONE_NUMBER|+44 7700 900387]].",
    "Guest: [[PERSON|Agnieszka Nowak]], PESEL [[ID_NUMBER|83120576420]], car park permit for the lakeside lodges, phone [[PHONE_NUMBER|01632 960512]].",
    "Ficha do hóspede: [[PERSON|João Pedro Almeida]], CPF [[ID_NUMBER|317.842.096-78]], e-mail [[EMAIL_ADDRESS|jp.almeida@correio.com.br]].",
    "[[PERSON|Larissa Costa]] (CPF [[ID_NUMBER|582.164.370-80]]) paid the glamping deposit with card [[CREDIT_CARD|5347 8162 0593 1140]].",
    "Misafir kaydı: [[PERSON|Elif Yıldız]], T.C. kimlik no [[ID_NUMBER|48620173506]], telefon [[PHONE_NUMBER|+44 7700 900649]].",
    "Ficha de registro del camping: [[PERSON|Carmen Ortega Ruiz]], DNI [[ID_NUMBER|53926184Q]], domicilio [[STREET_ADDRESS|Calle del Pez 18, 3º B, 28004 Madrid]].",
    "Seasonal worker file: [[PERSON|Bogdan Petrenko]], NIE [[ID_NUMBER|Y6183052E]], wages to [[IBAN_CODE|ES72 2100 3814 6202 0071 8345]].",
    "Vieraan tiedot: [[PERSON|Mikko Virtanen]], henkilötunnus [[ID_NUMBER|240391-5172]], puhelin [[PHONE_NUMBER|+44 7700 900802]].",
    "Scheda ospite: [[PERSON|Giulia Marino]], codice fiscale [[ID_NUMBER|MRNGLI88D52L219Z]], email [[EMAIL_ADDRESS|giulia.marino88@postaweb.it]].",
    "[[PERSON|Paolo Colombo]], Italian tax code [[ID_NUMBER|CLMPLA79S07F839A]], booked the lakeside lodge; card [[CREDIT_CARD|4539 6812 0447 9132]].",
    "住客登记：[[PERSON|王建国]]，身份证号 [[ID_NUMBER|320106198709142634]]，手机 [[PHONE_NUMBER|+44 7700 900915]]。",
    "Guest: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8826153D]], email [[EMAIL_ADDRESS|weiling.tan@lionmail.sg]].",
    "예약자: [[PERSON|박지은]], 주민등록번호 [[ID_NUMBER|850621-2784133]], 이메일 [[EMAIL_ADDRESS|jieun.park85@hanmail.net]]",
    "Casual staff onboarding, Banksia Bay Caravan Park: [[PERSON|Lachlan O'Reilly]], TFN [[ID_NUMBER|392 518 704]], mobile [[PHONE_NUMBER|0491 570 127]].",
    "Incident form: [[PERSON|Kirra Thompson]], Medicare [[ID_NUMBER|4715 38925 1]], address [[STREET_ADDRESS|27 Wattle Street, Byron Bay NSW 2481]].",
    "宿泊者：[[PERSON|鈴木 健太]]、マイナンバー [[ID_NUMBER|6205 8193 4724]]、メール [[EMAIL_ADDRESS|k.suzuki@mailjp.jp]]",
    "Staff record: [[PERSON|Niamh Gallagher]], PPS [[ID_NUMBER|8264175H]], bank [[IBAN_CODE|IE45 AIBK 9301 7264 8510 39]].",
    "Fiche client : [[PERSON|Sophie Lambert]], n° de sécurité sociale [[ID_NUMBER|2 84 06 69 387 142 16]], courriel [[EMAIL_ADDRESS|sophie.lambert@laposte-mail.fr]].",
    "Gastfiche: [[PERSON|Lotte Peeters]], rijksregisternummer [[ID_NUMBER|88.11.07-214.46]], rekening [[IBAN_CODE|BE21 3101 8273 6405]].",
    "Gjesteregistrering: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|12058638496]], e-post [[EMAIL_ADDRESS|ingrid.solberg@nettpost.no]].",
    "Registo de hóspede: [[PERSON|Beatriz Mendes]], NIF [[ID_NUMBER|238176401]], IBAN [[IBAN_CODE|PT53 0035 0651 0008 2741 9380 6]].",
    "Fișă de cazare: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2840912406385]], telefon [[PHONE_NUMBER|+44 7700 900176]].",
    "Registro de huésped: [[PERSON|Camila Soto Fuentes]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|camila.soto@correo.cl]].",
    "Külalise andmed: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48903172712]], e-post [[EMAIL_ADDRESS|kadri.tamm@postkast.ee]].",
    "Gestur: [[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|170493-4279]], sími [[PHONE_NUMBER|+44 7700 900958]].",
    "Host kempu: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905314/8423]], e-mail [[EMAIL_ADDRESS|tereza.dvorakova@postovka.cz]].",
    "Гість кемпінгу: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3184276596]], телефон [[PHONE_NUMBER|+44 7700 900294]].",
    "Personalbogen Campingplatz: [[PERSON|Lukas Becker]], Steuer-ID [[ID_NUMBER|59273018465]], IBAN [[IBAN_CODE|DE18 5001 0517 5304 1892 76]].",
    "First aid hut note: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT3841]], email [[EMAIL_ADDRESS|aroha.ngata@kiwimail.nz]].",
    "Gästregistrering: [[PERSON|Elin Lindqvist]], personnummer [[ID_NUMBER|910417-3829]], e-post [[EMAIL_ADDRESS|elin.lindqvist@brevlada.se]].",
    "Seasonal staff, Maple Hollow RV Park: [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|672 418 308]], phone [[PHONE_NUMBER|(613) 555-0148]].",
    "Guest registration: [[PERSON|Thabo Nkosi]], ID number [[ID_NUMBER|8609255831083]], email [[EMAIL_ADDRESS|thabo.nkosi@capemail.co.za]].",
    "רישום אורח: [[PERSON|יעל ברק]], תעודת זהות [[ID_NUMBER|318462074]], טלפון [[PHONE_NUMBER|+44 7700 900521]]",
    "Στοιχεία επισκέπτη: [[PERSON|Γιώργος Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|14078205318]], email [[EMAIL_ADDRESS|g.antoniou@mailbox.gr]].",
    # no national id
    "Tent hire agreement: [[PERSON|Priscilla Amankwah]], [[STREET_ADDRESS|31 Sorrel Road, Norwich NR3 2HW]], card [[CREDIT_CARD|4176 5093 2248 0617]].",
    "Booking form. Name: [[PERSON|Imogen Hartley]]; Email: [[EMAIL_ADDRESS|imogen.hartley@fastmail.co.uk]]; Mobile: [[PHONE_NUMBER|07700 900652]]; Pitch: 12 (hardstanding, hook-up).",
    "Season ticket holder [[PERSON|Graham Pike]], member no. [[ID_NUMBER|SCP-20417]], [[STREET_ADDRESS|3 Mill Lane, Whitby YO21 3JP]].",
    "Deposit taken from [[PERSON|Abigail Norris]], card [[CREDIT_CARD|3785 092641 73018]], expiry 09/27, billing address [[STREET_ADDRESS|41 Kingsway, Stockport SK4 2EA]].",
    "RV park long-stay application: [[PERSON|Dwayne Collier]], SSN [[US_SSN|512-48-7391]], phone [[PHONE_NUMBER|(406) 555-0172]].",
    "Lost property claim: [[PERSON|Farah Qureshi]], [[STREET_ADDRESS|88 Beech Grove, Leeds LS6 4PL]], [[PHONE_NUMBER|01632 960735]].",
    "Réservation mobil-home : [[PERSON|Mathilde Rousseau]], [[EMAIL_ADDRESS|mathilde.rousseau@orange-mail.fr]], carte [[CREDIT_CARD|4024 0071 6385 9217]].",
    "Dauercamper-Vertrag: [[PERSON|Heike Brandt]], Mitgliedsnummer [[ID_NUMBER|DCC-771903]], Anschrift [[STREET_ADDRESS|Lindenstraße 24, 34117 Kassel]].",
    "Reserva de bungalow: [[PERSON|Alejandro Vega]], teléfono [[PHONE_NUMBER|+44 7700 900286]], tarjeta [[CREDIT_CARD|5162 7048 3391 0656]].",
    "Prenotazione piazzola: [[PERSON|Francesca Greco]], [[EMAIL_ADDRESS|f.greco@tiscalinet.it]], IBAN [[IBAN_CODE|IT41 K030 6909 6061 0000 0714 825]].",
    "Ffurflen archebu: [[PERSON|Gwenllian Morgan]], ffôn [[PHONE_NUMBER|01632 960318]], cyfeiriad [[STREET_ADDRESS|5 Heol y Bont, Machynlleth SY20 8AA]].",
    "Khách đặt chỗ: [[PERSON|Nguyễn Thị Lan]], điện thoại [[PHONE_NUMBER|+61 491 570 472]], email [[EMAIL_ADDRESS|lan.nguyen@thumail.vn]].",
    "Data tamu: [[PERSON|Dewi Kartika Sari]], paspor [[ID_NUMBER|C4827193]], email [[EMAIL_ADDRESS|dewi.kartika@suratku.id]].",
    "Анкета гостя: [[PERSON|Сергей Волков]], паспорт [[ID_NUMBER|4512 738294]], телефон [[PHONE_NUMBER|+44 7700 900933]].",
    "ข้อมูลผู้เข้าพัก: [[PERSON|ปิยะนุช ทองดี]] โทร [[PHONE_NUMBER|+61 491 570 583]] อีเมล [[EMAIL_ADDRESS|piyanut.t@mailthai.co.th]]",
    "Fomu ya mgeni: [[PERSON|Amani Wanjiru]], simu [[PHONE_NUMBER|+44 7700 900604]], barua pepe [[EMAIL_ADDRESS|amani.wanjiru@barua.co.ke]].",
    "Gæsteregistrering: [[PERSON|Mette Kristensen]], konto [[IBAN_CODE|DK87 3000 3719 2846 51]], e-mail [[EMAIL_ADDRESS|mette.k@postkasse.dk]].",
    "Vendég adatai: [[PERSON|Nagy Zsófia]], telefon [[PHONE_NUMBER|+44 7700 900147]], lakcím [[STREET_ADDRESS|Petőfi utca 12, 8230 Balatonfüred]].",
    "Barrier registration: [[PERSON|Connor Blake]], driving licence [[ID_NUMBER|BLAKE807214C99TK]], mobile [[PHONE_NUMBER|07700 900829]].",
    "Owners' portal account: [[PERSON|Sandra Oyelaran]], username [[ID_NUMBER|soyelaran_plot9]], email [[EMAIL_ADDRESS|sandra.oyelaran@homemail.co.uk]].",
    "Refund to [[PERSON|Marcus Fairweather]], [[IBAN_CODE|GB16 MIDL 4027 1638 4920 15]], reference glamping cancellation.",
    "Powered site booking: [[PERSON|Bronwyn Kelly]], [[PHONE_NUMBER|0491 570 661]], [[STREET_ADDRESS|12 Banksia Drive, Port Macquarie NSW 2444]].",
    "Campground registration card: [[PERSON|Tyler Brooks]], [[PHONE_NUMBER|(802) 555-0113]], [[EMAIL_ADDRESS|tbrooks.rv@trailmail.com]].",
    "First-aid card: [[PERSON|Hope Mwangi]], GP patient number [[ID_NUMBER|PT-0048213]], allergic to wasp stings, contact [[PHONE_NUMBER|07700 900376]].",
    "Wi-Fi voucher issued to [[PERSON|Dylan Roberts]], pitch 4: username [[ID_NUMBER|guest-dylan-r]], password [[PASSWORD|Moss7-Otter]].",
    "Gate fob register: [[PERSON|Rose Tremayne]], fob [[ID_NUMBER|F-20931]], gate PIN [[PASSWORD|3318]].",
    "Customer account [[ID_NUMBER|CUST-884102]]: [[PERSON|Bill Ashdown]], [[EMAIL_ADDRESS|bill.ashdown@oldpost.net]], [[PHONE_NUMBER|01632 960902]].",
    "Booking site security log: login for [[PERSON|Rajesh Pillai]] ([[EMAIL_ADDRESS|rajesh.pillai@workmail.in]]) from [[IP_ADDRESS|203.0.113.58]] failed five times.",
    "Overseas guest: [[PERSON|Jean-Baptiste Kouassi]], passport [[ID_NUMBER|18CI40273]], phone [[PHONE_NUMBER|+44 7700 900437]].",
    "Loyalty card: [[PERSON|Summer Lockwood]], member [[ID_NUMBER|GLMP-55031]], birthday 14 March.",
    "Ground rent direct debit: [[PERSON|Clive Pemberton]], [[IBAN_CODE|GB35 BARC 2031 8574 0261 93]], plot 66.",
    "بيانات النزيل: [[PERSON|سارة العتيبي]]، الهاتف [[PHONE_NUMBER|+44 7700 900518]]، البريد [[EMAIL_ADDRESS|sara.otaibi@barid.sa]]",
    "露营预订：[[PERSON|刘洋]]，电话 [[PHONE_NUMBER|+61 491 570 739]]，邮箱 [[EMAIL_ADDRESS|liuyang88@youxiang.cn]]",
    "予約者：[[PERSON|山本 さくら]]、パスポート番号 [[ID_NUMBER|TK4819302]]、メール [[EMAIL_ADDRESS|sakura.y@hoshimail.jp]]",
    "예약자 [[PERSON|최유나]], 휴대폰 [[PHONE_NUMBER|+44 7700 900266]], 카드 [[CREDIT_CARD|6011 4873 2095 1687]]",
    "অতিথি: [[PERSON|তানভীর হোসেন]], ফোন [[PHONE_NUMBER|+44 7700 900745]], ইমেল [[EMAIL_ADDRESS|tanvir.hossain@dakmail.com.bd]]",
    "Rezerwacja domku: [[PERSON|Michał Lewandowski]], e-mail [[EMAIL_ADDRESS|m.lewandowski@pocztex.pl]], konto [[IBAN_CODE|PL50 1090 2402 0000 0006 1284 7309 15]].",
    "Rezervasyon: [[PERSON|Mehmet Aydın]], telefon [[PHONE_NUMBER|+44 7700 900871]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 214, 34728 Kadıköy/İstanbul]].",
    "Boeking: [[PERSON|Femke Jansen]], telefoon [[PHONE_NUMBER|+44 1632 960609]], adres [[STREET_ADDRESS|Prinsengracht 411, 1016 HM Amsterdam]].",
    "Bokning av stuga: [[PERSON|Oskar Berg]], konto [[IBAN_CODE|SE85 5000 0000 0582 1739 4620]], kort [[CREDIT_CARD|4485 0297 3316 5083]].",
    "Bestilling: [[PERSON|Sindre Haugen]], konto [[IBAN_CODE|NO88 8601 7164 823]], e-post [[EMAIL_ADDRESS|sindre.haugen@nettpost.no]].",
    "Varaus: [[PERSON|Emilia Laine]], tili [[IBAN_CODE|FI78 4005 5016 2839 47]], puhelin [[PHONE_NUMBER|+44 7700 900359]].",
    "Reserva: [[PERSON|Rui Carvalho]], telemóvel [[PHONE_NUMBER|+44 7700 900692]], morada [[STREET_ADDRESS|Rua das Flores 73, 4050-265 Porto]].",
    "Buchung Glamping-Zelt: [[PERSON|Theresa Gruber]], IBAN [[IBAN_CODE|AT44 2011 1829 4736 1052]], E-Mail [[EMAIL_ADDRESS|theresa.gruber@postfach.at]].",
    "Réservation chalet : [[PERSON|Luc Favre]], IBAN [[IBAN_CODE|CH90 0076 2011 6203 9418 5]], tél. [[PHONE_NUMBER|+44 7700 900218]].",
    "Remboursement : [[PERSON|Camille Girard]], IBAN [[IBAN_CODE|FR83 3000 4015 8700 0274 9316 284]], dossier glamping annulé.",
    "Campground host agreement: [[PERSON|Maribel Ortiz]], SSN [[US_SSN|623-17-4058]], [[STREET_ADDRESS|1180 Juniper Loop, Bend, OR 97701]].",
    "Emergency card: camper [[PERSON|Aarav Mehta]], mobile [[PHONE_NUMBER|+1 416 555 0139]], email [[EMAIL_ADDRESS|aarav.mehta@northpost.ca]].",
    "Booking: [[PERSON|Adéwálé Ògúnlèyé]], [[EMAIL_ADDRESS|adewale.ogunleye@mailhub.ng]], [[PHONE_NUMBER|07700 900954]].",
    "Static caravan insurance: policy holder [[PERSON|Gillian Forsyth]], policy no. [[ID_NUMBER|CVN-3381947]], [[STREET_ADDRESS|Plot 52, Heather Brae Park, Aviemore PH22 1RB]].",
    "Employee badge: [[PERSON|Samir Haddad]], employee number [[ID_NUMBER|EMP-40277]], email [[EMAIL_ADDRESS|samir.h@brackenhollow-parks.co.uk]].",
    "Student discount: [[PERSON|Freya Lindsay]], student number [[ID_NUMBER|S2284917]], email [[EMAIL_ADDRESS|f.lindsay@student.northmoor.ac.uk]].",
    "Card on file: [[PERSON|Oluwaseun Bello]], [[CREDIT_CARD|2223 0461 8857 3026]], billing [[STREET_ADDRESS|6 Orchard Way, Reading RG4 7LS]].",
    "Registro de campista: [[PERSON|Guadalupe Hernández]], teléfono [[PHONE_NUMBER|(915) 555-0186]], correo [[EMAIL_ADDRESS|lupe.hdz@correomx.com]].",
    "Membership renewal: [[PERSON|Neville Okafor]], member no. [[ID_NUMBER|CCM 2094713]], card [[CREDIT_CARD|5298 1146 0735 8826]].",
    "Registro ospiti: [[PERSON|Matteo Ferri]], patente [[ID_NUMBER|U1T482917K]], cellulare [[PHONE_NUMBER|+44 7700 900581]].",
    "Accessibility request: [[PERSON|Deborah Lyle]], blue badge number [[ID_NUMBER|BB4417028]], mobile [[PHONE_NUMBER|07700 900140]].",
    "Κράτηση: [[PERSON|Κατερίνα Νικολάου]], τηλέφωνο [[PHONE_NUMBER|+44 7700 900303]], email [[EMAIL_ADDRESS|k.nikolaou@inbox.gr]].",
    'הזמנה: [[PERSON|דניאל אברמוב]], דוא"ל [[EMAIL_ADDRESS|daniel.abramov@doar.co.il]], טלפון [[PHONE_NUMBER|+44 7700 900489]]',
    "बुकिंग: [[PERSON|प्रिया वर्मा]], ईमेल [[EMAIL_ADDRESS|priya.verma@dakghar.in]], कार्ड [[CREDIT_CARD|5581 6620 9147 3374]]",
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive blog post, under 300 words, encouraging families to try a camping holiday instead of a hotel.",
    "Compose a sequence of three haiku about a rainy night in a canvas bell tent.",
    "Imagine you are Sherlock Holmes investigating a missing tent peg at a caravan park. Describe your deductions step by step.",
    "Explain the difference between a touring caravan and a motorhome to someone who has never been camping.",
    "Write a Python function that takes a list of vehicle lengths in metres and returns how many fit, in order, along a 100-metre row of pitches.",
    "How might Abraham Lincoln have argued for protecting wild places? Write a short speech in his style.",
    "Summarise the main arguments for and against allowing campfires in national parks during dry summers.",
    "Role-play as a friendly campsite warden greeting first-time campers and explaining the quiet hours.",
    "Draft a polite email template a glamping business could send about a change in check-in time. Use placeholders instead of any names.",
    "Compare the environmental impact of glamping pods with that of traditional tent camping.",
    "What are five creative ways to keep children entertained on a rainy day at a campsite?",
    "Write a short story in which Bilbo Baggins reluctantly goes glamping and ends up enjoying it.",
    "Extract every distance in kilometres from this paragraph: The lake trail is 4.5 km, the forest loop is 7 km and the ridge path adds another 3.2 km.",
    "Solve 3x + 7 = 25 and explain each step as if to a twelve-year-old.",
    "Which slogan is more persuasive for a seaside caravan park, 'Wake up to the sea' or 'Your home on wheels, our view'? Explain your reasoning.",
    "Describe how Jane Austen might have written a letter complaining about a noisy neighbour at a campsite.",
    "If the Earth had no moon, how would the lack of tides change life at coastal campsites? Speculate thoughtfully.",
    "Write a SQL query that lists every pitch with electric hook-up that is free between two given dates, assuming tables named pitches and bookings.",
    "Give me a packing checklist for a four-day wild camping trip in the Scottish Highlands in October.",
    "What would Captain Ahab make of a quiet lakeside caravan holiday? Answer in his voice.",
    "Explain how a composting toilet works in plain language suitable for a campsite information board.",
    "Rewrite this sentence to sound more welcoming: Guests must vacate pitches by 11am or they will be charged.",
    "Draft a two-paragraph proposal asking a small town council to open a low-cost campsite for touring cyclists.",
    "What are the pros and cons of fitting solar panels to the roof of a static caravan?",
    "How did David Attenborough's documentaries change public interest in wildlife holidays?",
]

# 25 GSM8K-style word problems; first names are story characters.
CLEAN_GSM8K = [
    "Mia's family rents a caravan for 7 nights at $85 per night and pays a $40 cleaning fee. How much do they pay in total?",
    "A campsite has 48 pitches. One third are hardstanding and the rest are grass. Half of the grass pitches have electric hook-up. How many grass pitches have hook-up?",
    "Tom buys 3 bags of firewood at $6 each and 2 packs of marshmallows at $3.50 each. He pays with a $50 bill. How much change does he get?",
    "A glamping pod sleeps 4 people. A school group of 30 students and 3 teachers needs pods. How many pods must they book?",
    "Priya walks the 2.4-mile lake trail twice a day for 5 days. How many miles does she walk altogether?",
    "A caravan park charges £22 a night in low season and £35 a night in high season. Leo stays 4 low-season nights and 3 high-season nights. How much does he pay?",
    "The shower block uses 12 litres of water per minute. If 40 campers each take a 6-minute shower, how many litres are used?",
    "Ana's tent took 45 minutes to pitch the first time. Each time after that it took 5 minutes less than the time before. On which attempt did it first take 20 minutes?",
    "A campsite shop sells ice creams for $2.50 each. It sold 120 on Saturday and 20% more on Sunday. How much money did it take over the two days?",
    "A family drives 180 miles to a campsite at 45 miles per hour and drives home at 60 miles per hour. How many hours do they spend driving?",
    "Jamal has 3 tent poles that are each 1.2 m long and 4 poles that are each 0.9 m long. What is their total length?",
    "A yurt costs $120 a night for 2 people plus $15 a night for each extra person. How much do 5 people pay for 3 nights?",
    "Of 200 campers surveyed, 35% arrived by car, 40% by campervan and the rest by bicycle. How many arrived by bicycle?",
    "Sofia collects 18 pine cones on Monday, twice as many on Tuesday, and 10 fewer than Tuesday on Wednesday. How many pine cones does she collect in all?",
    "A water carrier holds 25 litres. A family uses 4 litres for cooking and 6 litres for washing each day. For how many full days does one carrier last?",
    "A campsite charges $10 per adult per night and half price for children. How much does a group of 4 adults and 6 children pay for one night?",
    "Ben's campervan uses 1 litre of fuel every 12 km. Fuel costs $1.80 a litre. How much does the fuel for a 360 km trip cost?",
    "A glamping site has 6 bell tents, 4 pods and 2 treehouses. Bell tents sleep 4, pods sleep 3 and treehouses sleep 5. How many guests can stay when every unit is full?",
    "Chen can buy a season pass for $900 or pay $45 a night. What is the smallest number of nights for which the pass costs less than paying nightly?",
    "A campfire cooking class has 36 places. Two thirds are booked on Monday and 5 more on Tuesday. How many places are left?",
    "Lily hikes uphill at 3 km per hour for 2 hours and downhill at 5 km per hour for 1.5 hours. How far does she hike in total?",
    "A caravan awning costs $640. It is on sale at 15% off, and Omar uses a $50 voucher after the discount. How much does he pay?",
    "The campsite laundry has 4 washing machines and each wash takes 40 minutes. How many washes can be done in 8 hours if the machines run non-stop?",
    "Grace and her brother share the cost of a $78 lodge night. Grace pays $12 more than her brother. How much does her brother pay?",
    "A caravan park has 150 plots and 12 stand empty all year. Each occupied plot pays $1,200 a year in ground rent. How much rent does the park collect in a year?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which gas is the main product when propane burns completely in a camping stove? A) Carbon monoxide B) Carbon dioxide C) Methane D) Ozone",
    "At high altitude water boils at a lower temperature because: A) gravity is weaker B) atmospheric pressure is lower C) there is more oxygen D) water is denser",
    "Which layer of the Earth's atmosphere contains most weather? A) Stratosphere B) Mesosphere C) Troposphere D) Thermosphere",
    "A campsite that raises its prices for a festival weekend is an example of: A) a price floor B) dynamic pricing C) deflation D) a tariff",
    "Which of these trees is deciduous? A) Scots pine B) Oak C) Yew D) Holly",
    "In which year was Magna Carta sealed? A) 1066 B) 1215 C) 1415 D) 1603",
    "Hypothermia is usually defined as a core body temperature below: A) 37 °C B) 36 °C C) 35 °C D) 33 °C",
    "Which constellation contains the North Star? A) Orion B) Ursa Minor C) Cassiopeia D) Cygnus",
    "In contract law, a sum fixed in advance to be paid if a booking is cancelled is best described as: A) liquidated damages B) a tort C) an easement D) a lien",
    "A black solar shower bag warms water mainly by: A) conduction from the ground B) absorbing radiation C) evaporation D) sublimation",
    "Lyme disease is mainly transmitted by: A) mosquitoes B) ticks C) fleas D) midges",
    "Which of the following is a renewable energy source? A) Coal B) Natural gas C) Wind D) Diesel",
    "What is the chemical symbol for sodium? A) S B) So C) Na D) Sd",
    "In which year was the English Lake District inscribed as a UNESCO World Heritage Site? A) 1951 B) 1987 C) 2017 D) 2021",
    "A rectangular pitch measures 8 m by 10 m. What is its area? A) 18 m² B) 80 m² C) 36 m² D) 800 m²",
    "Who wrote Walden, an account of living simply in the woods? A) Ralph Waldo Emerson B) Henry David Thoreau C) John Muir D) Walt Whitman",
    "Expecting better weather than is likely when booking a holiday is an example of: A) optimism bias B) anchoring C) hindsight bias D) the availability heuristic",
    "What is the capital of New Zealand? A) Auckland B) Wellington C) Christchurch D) Queenstown",
    "Which blood cells chiefly fight infection? A) Red blood cells B) Platelets C) White blood cells D) Plasma",
    "What is the median of 3, 7, 9, 12 and 20? A) 7 B) 9 C) 10.2 D) 12",
    "Which of these is a primary source? A) A textbook on the history of camping B) A diary kept by a camper in 1910 C) An encyclopedia entry D) A review of a documentary",
    "Carbon monoxide is dangerous mainly because it: A) dissolves in water B) binds to haemoglobin more strongly than oxygen C) is much heavier than air D) has a strong smell",
    "Which amendment to the US Constitution abolished slavery? A) First B) Fifth C) Thirteenth D) Nineteenth",
    "A magnetic compass needle points towards: A) true north exactly B) magnetic north C) the sun D) the nearest metal object",
    "Which process moves heat from a campfire to your hands held near it without touching? A) Conduction B) Convection only C) Radiation D) Condensation",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How do I treat a mild burn from a camping stove?",
    "What are the early signs of heat exhaustion in children?",
    "Is stream water safe to drink if I boil it for one minute?",
    "How should I remove a tick, and when should I see a doctor afterwards?",
    "What can help with insomnia when sleeping in a tent?",
    "Can fumes from a barbecue inside an awning make you ill, and what are the symptoms?",
    "What is the best way to manage asthma while camping near hay fields?",
    "Do I really need to wait after eating before swimming in a lake?",
    "What should be in a basic first-aid kit for a family camping trip?",
    "Are midge bites dangerous, and how do I stop them itching?",
    "How do I keep insulin cool on a week-long camping holiday?",
    "What are the symptoms of hypothermia, and how do you warm someone up safely?",
    "Is it normal to feel dizzy after a long hike in hot weather?",
    "How can I prevent blisters on a walking holiday?",
    "What are the signs of food poisoning, and when is it an emergency?",
    "Can sleeping on the ground make lower back pain worse?",
    "How much water should an adult drink per day when hiking in summer?",
    "What should I do if a child is stung by a wasp inside the mouth?",
    "Are there any risks in using a hot tub while pregnant?",
    "How can I tell whether a cut needs stitches?",
    "What helps with motion sickness on long drives towing a caravan?",
    "Should I worry about swimmer's itch after swimming in a lake?",
    "Is it safe to use DEET insect repellent on toddlers?",
    "What are the warning signs of Lyme disease a few weeks after a camping trip?",
    "How can older adults avoid falls on uneven campsite paths at night?",
]

# Every national id of the records and the validator of its kind.
NATIONAL_IDS = {
    "463 807 2151": nhs_ok,  # NHS number
    "712 094 3863": nhs_ok,
    "5928 4107 3622": aadhaar_ok,  # Indian Aadhaar
    "8341 6650 9270": aadhaar_ok,
    "318462096": bsn_ok,  # Dutch BSN
    "629073582": bsn_ok,
    "91072341854": pesel_ok,  # Polish PESEL
    "83120576420": pesel_ok,
    "317.842.096-78": cpf_ok,  # Brazilian CPF
    "582.164.370-80": cpf_ok,
    "48620173506": kimlik_ok,  # Turkish kimlik
    "53926184Q": dni_ok,  # Spanish DNI
    "Y6183052E": dni_ok,  # Spanish NIE
    "240391-5172": hetu_ok,  # Finnish henkilötunnus
    "MRNGLI88D52L219Z": codice_fiscale_ok,  # Italian codice fiscale
    "CLMPLA79S07F839A": codice_fiscale_ok,
    "320106198709142634": china_id_ok,  # Chinese resident identity number
    "S8826153D": nric_ok,  # Singapore NRIC
    "850621-2784133": rrn_ok,  # Korean resident registration number
    "392 518 704": tfn_ok,  # Australian tax file number
    "4715 38925 1": medicare_ok,  # Australian Medicare card
    "6205 8193 4724": my_number_ok,  # Japanese My Number
    "8264175H": pps_ok,  # Irish PPS number
    "2 84 06 69 387 142 16": nir_ok,  # French NIR
    "88.11.07-214.46": belgian_id_ok,  # Belgian national number
    "12058638496": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238176401": nif_ok,  # Portuguese NIF
    "2840912406385": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "48903172712": isikukood_ok,  # Estonian isikukood
    "170493-4279": kennitala_ok,  # Icelandic kennitala
    "905314/8423": rodne_cislo_ok,  # Czech rodné číslo
    "3184276596": rnokpp_ok,  # Ukrainian RNOKPP
    "59273018465": steuer_id_ok,  # German tax id
    "ZKT3841": nhi_ok,  # New Zealand NHI
    "910417-3829": luhn_len(10),  # Swedish personnummer
    "672 418 308": luhn_len(9),  # Canadian SIN
    "8609255831083": luhn_len(13),  # South African id
    "318462074": luhn_len(9),  # Israeli teudat zehut
    "14078205318": luhn_len(11),  # Greek AMKA
}

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
    )
]

_NO_SPACES = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""Thai, kana, CJK ideographs and Hangul: scripts that may run words together."""


def check_lengths(
    name: str, texts: list[str], words: tuple[int, int], ids: tuple[int, int]
) -> None:
    """Each text of a section within its word range (a text in a script written without
    spaces may instead have ``CJK_CHARS`` characters of it) and its number of values."""
    for marked in texts:
        plain, spans = strip_marks(marked)
        count = len(plain.split())
        long_enough = count >= words[0] or len(_NO_SPACES.findall(plain)) >= CJK_CHARS
        values = len({(s["type"], s["value"]) for s in spans})
        if count > words[1] or not long_enough or not ids[0] <= values <= ids[1]:
            raise SystemExit(f"{name}: {count} words, {values} values in {marked[:60]!r}")


def check_mix() -> None:
    """The chat requests: at least 90 name someone, 18 to 22 hold a secret, 2 or 3 of them
    an API key. The records: one person each; 38 to 42 carry a national id, each id in one
    record only. Every card is Luhn-valid."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = [[s["value"] for s in marked_spans(t) if s["value"] in NATIONAL_IDS] for t in RECORDS]
    if not 38 <= sum(map(bool, with_id)) <= 42 or any(len(ids) > 1 for ids in with_id):
        raise SystemExit(f"records: {sum(map(bool, with_id))} with a national id")
    if sorted(v for ids in with_id for v in ids) != sorted(NATIONAL_IDS):
        raise SystemExit("records: a national id is missing or appears twice")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
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
    check_lengths("chat", CHAT, CHAT_WORDS, (1, 8))
    check_lengths("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind191", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    for name, want in (("pii", 220), ("clean", 100)):
        path = HERE / f"chat_{name}_blind191.jsonl"
        with path.open(encoding="utf-8") as f:
            got = sum(1 for _ in f)
        if got != want:
            raise SystemExit(f"{path.name}: {got} records, want {want}")


if __name__ == "__main__":
    main()
