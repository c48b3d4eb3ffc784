# ruff: noqa: E501
"""A hundred-and-ninety-ninth blind privacy set: 220 texts with personal data and 100 clean
ones, on one topic: musical instrument repair shops and piano tuners.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to about 100 words) to the chatbot of a repair shop or a piano tuning
  firm: bookings, quotes, collections, rotas, cost splits, sign-offs, lists, appositives and
  instruction-style requests ("tell X that ..."); the first 30 typed all in lower case, then
  6 in other languages (German, French, Portuguese, Japanese, Greek, Arabic), then 84 in
  English. Most name a private person, many with no cue word, in many origins and scripts
  (Latin with diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai,
  Chinese, Japanese, Korean, Yoruba), some names ordinary words (Hope, Grace, Bill, Rose,
  Summer, Joy, May, Faith, Patience); about twenty hold a secret: gate, door, lockbox, key
  safe and alarm codes, PINs, wifi keys, passwords, 2FA codes and three API tokens;
* 100 one-person records (one sentence or a short form each) in English and many other
  languages: customer, rental, payroll, insurance and patient records with national ids
  (40 with a check-digit-valid one), phones, e-mails, addresses, cards, IBANs, SSNs,
  passports, licences, account, member, customer, student, employee, patient and policy
  numbers, usernames, IPs and a few secrets.

Usernames and logins, account, customer, member, employee, student, patient and policy
numbers, passports, licences and national ids are ID_NUMBER; PINs, door, gate, key-box and
alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles and relation words (Mr,
Mme, M., Dr, my daughter) stay outside PERSON spans; an address span runs from the street
line through the postcode and city as typed; public figures, composers, companies,
fictional characters, order, ticket and invoice numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data: 25 MT-Bench/Vicuna-style prompts (naming only public figures and fictional
characters), 25 GSM8K-style word problems (first names of story characters), 25
MMLU-style items with options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind199.py`` from the repository root; the output
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|M|Sra|Sr|Sig|Pan|Pani|Auntie|Uncle|Nana)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "hi, can [[PERSON|marta kowalczyk]] come tuesday morning to tune our upright? the side gate code is [[PASSWORD|4471]] and the piano is in the back room.",
    "tuning rota for the church hall piano this term: [[PERSON|dev malhotra]] in september, [[PERSON|siobhán o'leary]] in january, [[PERSON|tomás reyes]] in april. does that work for your tuners?",
    "my daughter [[PERSON|hope adeyemi]] left her violin at your shop last week for a new bridge, is it ready? you can text me on [[PHONE_NUMBER|07700 900417]]",
    "split for the rehair on the school's two cellos: [[PERSON|дмитрий волков]] pays £45, [[PERSON|лена смирнова]] pays £45. can you invoice them separately?",
    "wifi for the workshop tablet is [[PASSWORD|felt-hammer-229]], [[PERSON|bilal qureshi]] said you needed it to upload the tuning report",
    "please tell [[PERSON|grace nakamura]] that the clarinet pads are in and she can pick it up after 4",
    "who do i talk to about a dent in a french horn bell? it belongs to [[PERSON|ayşe demir]] from our brass band, email her at [[EMAIL_ADDRESS|ayse.demir@example.org]]",
    "the lockbox by the front door is [[PASSWORD|0918]]. key inside for the tuner, we're away till sunday. thanks, [[PERSON|noor al-hashimi]]",
    "can you move my piano tuning from friday to monday? booked under [[PERSON|kwame boateng]], customer no [[ID_NUMBER|cu-20417]]",
    "ukulele setup for [[PERSON|lucía fernández]] and a new set of strings for [[PERSON|bill townsend]], both paid by me",
    "[[PERSON|sunil iyer]]'s tabla needs the heads replaced, do you do tabla or just western drums?",
    "door code for the music school is [[PASSWORD|7302#]], ask for [[PERSON|ingrid solberg]] at reception and she'll show you the grand in studio 3",
    "how much to regulate an old bechstein action? [[PERSON|wiremu tane]] recommended you, he said you did his mother's piano",
    "cost split for the harp restringing: [[PERSON|summer okoro]] 60%, [[PERSON|felix brandt]] 40%. send the receipts to [[EMAIL_ADDRESS|felix.brandt@example.net]]",
    "my 2fa code for the customer portal is [[PASSWORD|583 920]] but it keeps saying expired. the account is under [[PERSON|mei-ling chow]]",
    "piano tuner never showed up today. address is [[STREET_ADDRESS|14 larkspur close, reading rg4 7tx]], ask [[PERSON|deepa menon]] to call me",
    "[[PERSON|אבי כהן]] wants a quote for re-padding a tenor sax, can you email [[EMAIL_ADDRESS|avi.cohen@example.com]]",
    "put the violin rental under my son's name, [[PERSON|oisín murphy]], not mine",
    "hey, the alarm at st. barnabas hall goes off if you don't enter [[PASSWORD|19845]] within 30 seconds. [[PERSON|pat gallagher]] has the keys",
    "oboe ready for [[PERSON|chidinma eze]]?",
    "do you buy old accordions? mine was my grandfather's, i'm [[PERSON|jovana petrović]] and my number is [[PHONE_NUMBER|+44 7700 900582]]",
    "booking for 3 pianos at the primary school: contact is the head, [[PERSON|rachel whitcombe]], on [[PHONE_NUMBER|01632 960244]]",
    "can someone check the trumpet valves for [[PERSON|张伟]]? he's in the youth band and the third valve sticks",
    "pls send the tuning invoice to [[PERSON|femi adebayo]], the treasurer of our choir, at [[EMAIL_ADDRESS|treasurer.femi@example.org]]",
    "key safe at the cottage: [[PASSWORD|3306]]. piano is in the sitting room, [[PERSON|rosa lindqvist]] will be out",
    "what humidity should a grand piano be kept at? asking for [[PERSON|priya raman]] who just moved hers next to a radiator in a flat with underfloor heating. she says the pitch has dropped since october and two keys have started sticking in the middle octave. would a humidifier in the room be enough, or does she need one of those systems fitted inside the piano? and if so, how much do you charge to install one, and can it be done at the same visit as a tuning?",
    "[[PERSON|ngozi]] and [[PERSON|tunde]] both want guitar setups before the gig on the 12th, can you fit them in?",
    "login for the school instrument tracker: user [[ID_NUMBER|hkelly_music]] pass [[PASSWORD|brassband2019]], please reset it, [[PERSON|helen kelly]] has left",
    "no name needed, just call back on [[PHONE_NUMBER|(604) 555-0138]] about the cello crack repair",
    "my mum [[PERSON|kamala devi]] needs her harmonium bellows fixed, she's at [[STREET_ADDRESS|22 ashgrove road, leicester le2 1pq]]",
    # --- other languages (6): German, French, Portuguese, Japanese, Greek, Arabic ---
    "Hallo, könnte Ihr Klavierstimmer am Donnerstag zu [[PERSON|Jürgen Haßelbach]] kommen? Der Schlüssel liegt im Schlüsselkasten neben der Garage, Code [[PASSWORD|6185]].",
    "Bonjour, ma fille [[PERSON|Élodie Marchand]] a déposé son violoncelle pour une fissure sur la table. Pouvez-vous écrire à [[EMAIL_ADDRESS|e.marchand@example.fr]] quand il sera prêt ?",
    "Olá! Quanto custa trocar as cordas e regular o braço de um violão? É para o [[PERSON|João Victor Albuquerque]], ele pode buscar no sábado.",
    "ピアノの調律を予約したいです。名前は [[PERSON|佐藤 美咲]] です。電話は [[PHONE_NUMBER|+44 7700 900728]] です。",
    "Καλησπέρα, ο [[PERSON|Νίκος Παπαδόπουλος]] θέλει να επισκευάσει το μπουζούκι του. Μπορείτε να του στείλετε προσφορά στο [[EMAIL_ADDRESS|nikos.pap@example.gr]];",
    "مرحبا، أريد حجز صيانة للعود الخاص بـ [[PERSON|يوسف الحداد]]، رقم العضوية [[ID_NUMBER|MB-55832]].",
    # --- English (84) ---
    "Hi, I'd like to book a tuning for our Steinway B. The house is at [[STREET_ADDRESS|7 Orchard Lane, Harrogate HG2 0QP]] and the gate code is [[PASSWORD|2468B]]. Thanks, [[PERSON|Margaret Ellison]]",
    "Tell [[PERSON|Olusegun Bankole]] that his saxophone is ready and the neck cork was replaced at no charge.",
    "Tuning rota for the conservatoire practice rooms: Mon [[PERSON|Ana Lúcia Pereira]], Wed [[PERSON|Björn Halvorsen]], Fri [[PERSON|Chen Jing]]. Please confirm each of them has building access.",
    "Can you quote for replacing ivory key tops? The piano belonged to [[PERSON|Dorothy Pemberton]] and her estate wants it restored before the sale.",
    "The treasurer, [[PERSON|Rajesh Kulkarni]], will pay the deposit for the organ survey by bank transfer.",
    "Our API key for the booking integration stopped working: [[API_KEY|tnr_live_7Qm2Xv9KpL4sRw8ZbN3c]]. Can your developer check it? - [[PERSON|Sofia Castellano]]",
    "Please cancel the flute repair for [[PERSON|Amara Nwosu]]; she bought a new one instead.",
    "Who does bow rehairs near Bristol? Message me at [[EMAIL_ADDRESS|luthier.fan88@example.com]]",
    "[[PERSON|Hannah Goldberg]], [[PERSON|Yitzhak Levi]] and [[PERSON|Miriam Katz]] are sharing the cost of the synagogue piano rebuild equally. Can you split the invoice three ways?",
    "My brother [[PERSON|Arjun Mehta]] dropped off a drum kit on Saturday, ticket 8832. When can he collect it?",
    "Wifi password for the recital hall is [[PASSWORD|Sostenuto!Pedal7]] if the tuner needs to log the pitch readings.",
    "Send the harpsichord voicing estimate to [[PERSON|Clémence Duval]] and copy in [[PERSON|Matteo Bellandi]].",
    "Rota for letting the tuner in at St Anne's: [[PERSON|Grace Thornton]] (March), [[PERSON|Bill Hargreaves]] (June), [[PERSON|Hope Castillo]] (September), [[PERSON|Rose Adeyinka]] (December).",
    "Hi, this is [[PERSON|Kateryna Bondarenko]]. The bandura I brought in has two cracked tuning pins, is that fixable?",
    "Could the technician call [[PHONE_NUMBER|(312) 555-0176]] before arriving? The parking is tricky.",
    "Our alarm code changed to [[PASSWORD|5093]], please update the note on the account for the quarterly tuning. Regards, [[PERSON|Tobias Lindgren]]",
    "I need a valuation of my late father's violin for insurance. He was [[PERSON|Władysław Nowicki]], and it has his initials inside the lower bout. He bought it in Kraków in the 1960s and played it in an amateur orchestra for forty years. The label says it is German, but a dealer told my sister it might be older and Czech. Could one of your luthiers look at it, write a formal valuation and tell me whether the open seam on the back should be glued before we insure it?",
    "Please ask [[PERSON|Fatima Zahra Benali]] whether she still wants the oud restrung with nylon or gut.",
    "[[PERSON|Liam O'Connor]] - guitar setup, [[PERSON|Saoirse Byrne]] - mandolin frets, [[PERSON|Ciarán Walsh]] - banjo head. All three paid online.",
    "Hey, can you text me when the Yamaha is tuned? [[PHONE_NUMBER|07700 900193]]",
    "Customer [[PERSON|Nguyễn Thị Lan]] called about the đàn tranh she left; she'd like an update by email at [[EMAIL_ADDRESS|lan.nguyen@example.com]].",
    "The piano technician from your shop, [[PERSON|Gareth Pryce]], left his tuning hammer at our house.",
    "Our school's member number is [[ID_NUMBER|SCH-884201]]; we want five clarinets serviced before the summer term.",
    "Please address the invoice to Dr [[PERSON|Evelyn Achterberg]], Department of Music, not to the bursar.",
    "[[PERSON|Sung-min Park]] wants the bridge on his gayageum checked; he's free after 6 pm.",
    "Please reset my password on the rentals site, the old one was [[PASSWORD|CelloCase#2020]] and it no longer works. Username [[ID_NUMBER|mkowal_viola]]. Thanks, [[PERSON|Magda]]",
    "Is it normal that a new piano needs tuning again after two months? [[PERSON|Olivia Brennan]] from our choir says yes.",
    "Put [[PERSON|Ahmed Farouk]] down for the 10:30 slot and [[PERSON|Leila Haddad]] for 11:15 at Saturday's instrument clinic.",
    "I left my tenor horn with you, it's under [[PERSON|Dmitri Sokolov]]. You can reach my wife [[PERSON|Irina]] on [[PHONE_NUMBER|+44 7700 900356]] if I'm not picking up.",
    "The 2FA code you sent is [[PASSWORD|804 117]], but I still can't see the repair history afterwards.",
    "Can the tuner bring a humidity gauge? [[PERSON|Summer Blackwood]] thinks the piano is drying out.",
    "Split the repair cost for the marching band's sousaphone: [[PERSON|Jamal Washington]] $120, [[PERSON|Carmen Ortiz]] $120, the band fund the rest.",
    "[[PERSON|Takeshi Yamamoto]] asks whether you stock koto strings or can order them.",
    "Here's our staging token for the tuning-report webhook: [[API_KEY|whk_stg_4aF9c2E7b1D8e6A3f0B5]]. Reports haven't arrived since Monday. [[PERSON|Priyanka Das]], IT",
    "Please tell the driver that [[PERSON|Eleanor Voss]] will be at the loading bay to meet him, not at reception.",
    "I bought a second-hand bassoon and want a full service. I'm [[PERSON|Aleksandr Petrov]], phone [[PHONE_NUMBER|(416) 555-0119]].",
    "Our church has a pipe organ with a ciphering note on the swell manual; it started after the heating was switched on in November and now the low F sounds whenever the swell box is open. We also think two reeds on the trumpet stop have gone badly out of tune. The organist is [[PERSON|Gwendolyn Price]] and she can show you the console on any weekday morning. Could you send someone for an inspection and give us an estimate before the Christmas services? The parish council meets on the 5th.",
    "Piano moved to [[STREET_ADDRESS|41 Kingfisher Way, Milton Keynes MK7 8NE]] last week, please send the tuner there next time instead of the old flat.",
    "[[PERSON|Amélie Fontaine]] and [[PERSON|Baptiste Roux]]: both violas need new strings and a soundpost adjustment.",
    "The keybox at the back door holds the studio key, code [[PASSWORD|7714]]. Thanks! [[PERSON|Kofi Mensah]]",
    "I'm writing for my neighbour, [[PERSON|Agnes Whitfield]], who is 88 and can't use the website. She wants her piano tuned in May.",
    "Can you check the loan agreement for the student trombone rented by [[PERSON|Mateus Costa]]? His student number is [[ID_NUMBER|ST-2291847]].",
    "Please email [[EMAIL_ADDRESS|o.hughes@example.co.uk]] with the estimate for the cello neck reset.",
    "Ask [[PERSON|Vikram Singh Rathore]] if he wants the sitar's jawari redone or just new strings.",
    "Thanks [[PERSON|Lucy]]! The piano sounds wonderful again. Could you book us in for October?",
    "Our office wifi is [[PASSWORD|GrandAction_55]], the tuner asked for it to run the app. [[PERSON|Jonas Weber]] at reception can help.",
    "Do you repair accordion reeds? [[PERSON|Zuzana Horváthová]] has a Hohner with two silent notes.",
    "Add [[PERSON|Tariq Mahmood]] to the WhatsApp group for the community band repairs, his number is [[PHONE_NUMBER|07700 900874]].",
    "My login is [[ID_NUMBER|ebrennan.piano]] and it says the account is locked.",
    "[[PERSON|Ingrid Bakke]], [[PERSON|Sven Eriksen]] and [[PERSON|Astrid Nygaard]] have each paid £30 towards the harp regulation.",
    "Can you pick up a piano from [[STREET_ADDRESS|5 Rue des Lilas, 69003 Lyon]]? The owner is [[PERSON|Océane Girard]] and she speaks English.",
    "Regarding the dented tuba: [[PERSON|Daniel Kim]] says the valve casing is also bent. Please include that in the quote.",
    "Please contact [[PERSON|Beatriz Salgado]] before the tuning; her dog doesn't like strangers.",
    "Here is the API token for your calendar sync, please keep it safe: [[API_KEY|cal_9e4T7wQ2yR5uI8oP1aS6dF3g]]. Sent by [[PERSON|Marcus Feld]]",
    "The trumpet with the stuck mouthpiece belongs to [[PERSON|Emeka Obi]], age 12. His mother is collecting it.",
    "I'm [[PERSON|Ольга Миронова]], I booked a tuning for Tuesday, can we make it Wednesday?",
    "[[PERSON|Σοφία Καραγιάννη]] asked about restoring her grandmother's upright piano. Can you call her on [[PHONE_NUMBER|+44 7700 900912]]?",
    "Please ring [[PERSON|राहुल वर्मा]] about the harmonium, number [[PHONE_NUMBER|+44 1632 960587]].",
    "Our customer [[PERSON|সুমাইয়া রহমান]] dropped off her esraj yesterday; she'd like a call back on [[PHONE_NUMBER|01632 960719]].",
    "Tuning for the temple hall piano, contact [[PERSON|ธนพล ศรีสุข]] who has the key.",
    "[[PERSON|王芳]] wants her guzheng restrung; she prefers WeChat but email [[EMAIL_ADDRESS|fang.wang@example.cn]] is fine too.",
    "Japanese customer [[PERSON|高橋 健太]] asks if you can repair a crack in a shakuhachi.",
    "Please book [[PERSON|김지은]] for a violin setup next Friday at 3 pm.",
    "[[PERSON|Fọláṣadé Adéyẹmí]] asked for the talking drum to be re-laced before the festival.",
    "Rota for the youth orchestra instrument check: [[PERSON|Yasmin Farah]] brass, [[PERSON|Rory McAllister]] strings, [[PERSON|Keiko Tanaka]] woodwind.",
    "My PIN for the locker at your shop is [[PASSWORD|2931]], can you confirm my guitar is in it? [[PERSON|Diego Alarcón]]",
    "[[PERSON|Mohammed Al-Sayed]], the caretaker, will open the hall at 8. The tuner should ask for him at the side entrance.",
    "Can you deliver the restored clavichord to [[STREET_ADDRESS|12 Beech Terrace, Bath BA1 5JP]] on the 3rd?",
    "[[PERSON|Faith Mwangi]] would like her nyatiti looked at; is that something your luthiers do?",
    "Send the pitch raise invoice to [[PERSON|Klaus Richter]], [[EMAIL_ADDRESS|k.richter@example.de]], not to the school office.",
    "My account number is [[ID_NUMBER|AC-7732019]], I'd like to pay off the rest of the piano restoration.",
    "Tell [[PERSON|Patience Asante]] her flute is fixed but the case latch still needs a part.",
    "[[PERSON|Marek Dvořák]]: can we move his harpsichord tuning to the week before the concert?",
    "The code for the side gate is [[PASSWORD|Ab1295]] if nobody answers the doorbell.",
    "Please charge the cello rehair to my card [[CREDIT_CARD|4024 6613 8805 7328]], name on the card [[PERSON|Henrietta Crowe]].",
    "Cancel [[PERSON|Bongani Dlamini]]'s booking.",
    "Ask [[PERSON|Joy Mensah-Bonsu]] if the bagpipe drones came back from the reed maker.",
    "The booking tablet at our hall, [[IP_ADDRESS|192.0.2.57]], keeps rejecting the tuner's app. Can your IT look at it?",
    "[[PERSON|Ewa Zielińska]] and her daughter [[PERSON|Zosia]] both need violins sized for the autumn term.",
    "Please note that [[PERSON|Hamid Rezaei]] is the only one allowed to collect the santur.",
    "Message from [[PERSON|Charlotte Ashdown]]: running late, tell the tuner to start without me, the back door is open.",
    "Hi, it's [[PERSON|Mateo Herrera]] again. My phone changed, new number [[PHONE_NUMBER|(213) 555-0152]].",
    "[[PERSON|Ruth Abernethy]], [[PERSON|Dennis Okafor]] and [[PERSON|May Lin]] will share the cost of the piano tuning at the community centre.",
    "Which of your technicians does fortepianos? [[PERSON|Heike Baumann]] says you restored hers.",
]

# 100 one-person records; the comment names the language.
RECORDS = [
    # --- with a check-digit-valid national id (40) ---
    "ग्राहक: [[PERSON|अनीता शर्मा]], आधार [[ID_NUMBER|4738 2196 5302]], फ़ोन [[PHONE_NUMBER|+44 7700 900241]] — तानपुरा की मरम्मत।",  # Hindi
    "Sitar repair intake: owner [[PERSON|Harpreet Kaur Sandhu]], Aadhaar [[ID_NUMBER|8261 4075 9139]], email [[EMAIL_ADDRESS|harpreet.sandhu@example.in]].",  # English
    "Loan piano for music therapy at home: [[PERSON|Colin Fairbairn]], NHS number [[ID_NUMBER|943 617 2087]], address [[STREET_ADDRESS|3 Heather Row, Stirling FK8 2LQ]].",  # English
    "Care-home tuning visit for resident [[PERSON|Beryl Atkinson]], NHS no. [[ID_NUMBER|712 450 9831]], room phone [[PHONE_NUMBER|01632 960318]].",  # English
    "Klant: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|538219671]], IBAN [[IBAN_CODE|NL82 RABO 0318 4729 56]] — stemmen van de vleugel, huurcontract.",  # Dutch
    "Zlecenie naprawy skrzypiec: [[PERSON|Katarzyna Wójcik]], PESEL [[ID_NUMBER|79081423512]], tel. [[PHONE_NUMBER|+44 7700 900463]].",  # Polish
    "Umowa najmu pianina: najemca [[PERSON|Paweł Grabowski]], PESEL [[ID_NUMBER|93022708641]], konto [[IBAN_CODE|PL87 1140 2004 0000 3702 7651 8294]].",  # Polish
    "Cliente [[PERSON|Luana Ferreira dos Santos]], CPF [[ID_NUMBER|372.918.456-37]], e-mail [[EMAIL_ADDRESS|luana.fsantos@example.com.br]] — regulagem de violão de 7 cordas.",  # Portuguese
    "Ficha de afinação de piano: [[PERSON|Rodrigo Almeida Campos]], CPF [[ID_NUMBER|615.204.839-70]], endereço [[STREET_ADDRESS|Rua das Acácias, 218, apto 32, 04012-090 São Paulo]].",  # Portuguese
    "Bağlama tamiri: müşteri [[PERSON|Mehmet Yılmaz]], T.C. Kimlik No [[ID_NUMBER|28475916350]], telefon [[PHONE_NUMBER|+44 7700 900519]].",  # Turkish
    "Ficha de cliente: [[PERSON|Lucía Martín Gallego]], DNI [[ID_NUMBER|53917284V]], [[STREET_ADDRESS|Calle del Laurel 14, 3º B, 28005 Madrid]] — restauración de guitarra flamenca.",  # Spanish
    "Alquiler de violonchelo a nombre de [[PERSON|Andrei Popescu]], NIE [[ID_NUMBER|Y4728153B]], cuenta [[IBAN_CODE|ES06 2085 0317 4102 0046 9833]].",  # Spanish
    "Asiakas [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|170889-531H]], sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.fi]] — kanteleen kielten vaihto.",  # Finnish
    "Scheda cliente liutaio: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI84M52F205A]], e-mail [[EMAIL_ADDRESS|giulia.rossi84@example.it]].",  # Italian
    "Accordatura pianoforte a domicilio per [[PERSON|Marco Benedetti]], C.F. [[ID_NUMBER|BNDMRC77T03L219V]], IBAN [[IBAN_CODE|IT90 K054 2811 1010 0000 0482 917]].",  # Italian
    "客户姓名：[[PERSON|陈晓丽]] 身份证号：[[ID_NUMBER|310104198706234512]] 电话：[[PHONE_NUMBER|+44 7700 900735]] 维修项目：古筝换弦",  # Chinese
    "Piano rental, Singapore branch: hirer [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S7943826Z]], email [[EMAIL_ADDRESS|weiming.tan@example.sg]].",  # English
    "고객: [[PERSON|박민준]], 주민등록번호 [[ID_NUMBER|880514-1263471]], 이메일 [[EMAIL_ADDRESS|minjun.park@example.kr]] — 가야금 줄 교체",  # Korean
    "New technician payroll form: [[PERSON|Jarrah Whitlock]], TFN [[ID_NUMBER|573 916 481]], mobile [[PHONE_NUMBER|0491 570 236]].",  # English
    "Music therapy keyboard hire claim: [[PERSON|Leanne Pappas]], Medicare [[ID_NUMBER|4821 73955 1]], address [[STREET_ADDRESS|27 Banksia Street, Fremantle WA 6160]].",  # English
    "お客様名：[[PERSON|中村 陽子]] 様 マイナンバー：[[ID_NUMBER|5730 8214 6938]] 電話：[[PHONE_NUMBER|+44 7700 900802]] ピアノ調律（年2回）",  # Japanese
    "Tuner contractor details: [[PERSON|Declan Moriarty]], PPS [[ID_NUMBER|8264173MA]], IBAN [[IBAN_CODE|IE34 BOFI 9000 1738 4429 15]].",  # English
    "Fiche client : Mme [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 76 05 69 123 457 43]], e-mail [[EMAIL_ADDRESS|camille.lefevre@example.fr]] — réglage d'un piano droit.",  # French
    "Contrat d'entretien d'orgue : M. [[PERSON|Julien Garnier]], NIR [[ID_NUMBER|1 82 11 33 063 214 97]], IBAN [[IBAN_CODE|FR37 1027 8060 6100 0205 7340 186]].",  # French
    "Location de violon : [[PERSON|Thibault Claes]], numéro de registre national [[ID_NUMBER|85.07.23-347.21]], compte [[IBAN_CODE|BE02 0634 1728 5519]].",  # French
    "Kunde: [[PERSON|Sigrid Haugland]], fødselsnummer [[ID_NUMBER|140386 52487]], e-post [[EMAIL_ADDRESS|sigrid.haugland@example.no]] — stemming av flygel.",  # Norwegian
    "Reparação de guitarra portuguesa: cliente [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|257398414]], e-mail [[EMAIL_ADDRESS|ines.carvalho@example.pt]].",  # Portuguese
    "Client: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2950312407830]], IBAN [[IBAN_CODE|RO13 BTRL 0130 1205 8837 4102]] — acordaj pian.",  # Romanian
    "Orden de reparación de charango: [[PERSON|Francisca Muñoz Soto]], RUT [[ID_NUMBER|16.482.735-6]], correo [[EMAIL_ADDRESS|fran.munoz@example.cl]].",  # Spanish
    "Klient: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49107122749]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]] — klaveri häälestus.",  # Estonian
    "Viðskiptavinur: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|051090-3229]], netfang [[EMAIL_ADDRESS|gudrun.s@example.is]] — stilling á píanói.",  # Icelandic
    "Zákazník: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|885612/4717]], IBAN [[IBAN_CODE|CZ67 0800 0000 1927 3645 8201]] — oprava violoncella.",  # Czech
    "Клієнт: [[PERSON|Олександр Коваленко]], РНОКПП [[ID_NUMBER|3298157460]], тел. [[PHONE_NUMBER|+44 7700 900147]] — ремонт бандури.",  # Ukrainian
    "Kundendaten Klavierhaus: [[PERSON|Friederike Schäfer]], Steuer-ID [[ID_NUMBER|47193082560]], IBAN [[IBAN_CODE|DE53 5003 0412 7740 2913 58]].",  # German
    "Hospital music programme loan keyboard: patient [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], email [[EMAIL_ADDRESS|aroha.ngata@example.co.nz]].",  # English
    "Kund: [[PERSON|Elin Lundqvist]], personnummer [[ID_NUMBER|870412-5189]], e-post [[EMAIL_ADDRESS|elin.lundqvist@example.se]] — omsträngning av nyckelharpa.",  # Swedish
    "Rental agreement, Toronto shop: [[PERSON|Marie-Josée Tremblay]], SIN [[ID_NUMBER|738 264 910]], phone [[PHONE_NUMBER|(416) 555-0187]].",  # English
    "לקוח: [[PERSON|נועה ברק]], ת.ז. [[ID_NUMBER|318527462]], טלפון [[PHONE_NUMBER|+44 7700 900264]] — תיקון כינור.",  # Hebrew
    "Πελάτης: [[PERSON|Ελένη Γεωργίου]], ΑΜΚΑ [[ID_NUMBER|15078834122]], email [[EMAIL_ADDRESS|eleni.georgiou@example.gr]] — κούρδισμα πιάνου.",  # Greek
    "Marimba repair intake: [[PERSON|Sipho Khumalo]], ID number [[ID_NUMBER|9206185843087]], email [[EMAIL_ADDRESS|sipho.k@example.co.za]].",  # English
    # --- without a national id (60) ---
    "W-9 on file for contract tuner [[PERSON|Raymond Delgado]]: SSN [[US_SSN|412-58-7093]], phone [[PHONE_NUMBER|(512) 555-0164]].",  # English
    "Piano technicians' guild member [[PERSON|Tamara Jefferson]], member no. [[ID_NUMBER|PTG-118274]], email [[EMAIL_ADDRESS|tjefferson.rpt@example.com]].",  # English
    "Direct deposit form for repair tech [[PERSON|Kevin Nakashima]]: SSN [[US_SSN|538-21-4406]], address [[STREET_ADDRESS|1840 Alder Street, Eugene, OR 97401]].",  # English
    "Card on file for [[PERSON|Penelope Harrington]]: [[CREDIT_CARD|4716 2859 0341 7628]], billing address [[STREET_ADDRESS|9 Quayside Mews, Whitby YO21 3PJ]].",  # English
    "Deposit for the Blüthner restoration paid by [[PERSON|Nathaniel Osei]] with card [[CREDIT_CARD|5247 8103 6692 4185]]; receipt to [[EMAIL_ADDRESS|n.osei@example.com]].",  # English
    "Instrument insurance valuation requested by [[PERSON|Imogen Carlisle]], policy holder number [[ID_NUMBER|POL-3381920]], phone [[PHONE_NUMBER|07700 900925]].",  # English
    "Ward piano tuning escort: patient liaison officer [[PERSON|Samira Aziz]], employee number [[ID_NUMBER|EMP-40218]], phone [[PHONE_NUMBER|01632 960472]].",  # English
    "Student rental: [[PERSON|Oscar Lindholm]], student number [[ID_NUMBER|S20231184]], guardian email [[EMAIL_ADDRESS|lindholm.family@example.org]].",  # English
    "Patient [[PERSON|Harold Beaumont]], patient number [[ID_NUMBER|PN-0072615]], attends the Tuesday piano therapy group; next-of-kin phone [[PHONE_NUMBER|01632 960153]].",  # English
    "Refund for the cancelled organ survey to [[PERSON|Moira Sinclair]], IBAN [[IBAN_CODE|GB97 BARC 2031 5847 2917 36]].",  # English
    "Export file for a restored viola: owner [[PERSON|Gabriel Laurent]], passport [[ID_NUMBER|19FV47213]], phone [[PHONE_NUMBER|+44 7700 900388]].",  # English
    "Piano removals driver: [[PERSON|Craig Dunmore]], driving licence [[ID_NUMBER|DUNMO703158CJ9XY]], mobile [[PHONE_NUMBER|07700 900641]].",  # English
    "Amex on file for [[PERSON|Vivienne Ashcroft]]: [[CREDIT_CARD|3742 918305 61273]], expiry 09/27.",  # English
    "Loyalty member [[PERSON|Omar Khalil]], member number [[ID_NUMBER|LM-902733]], email [[EMAIL_ADDRESS|omar.khalil@example.com]], address [[STREET_ADDRESS|66 Canal Street, Manchester M1 3WD]].",  # English
    "Tuning subscription: [[PERSON|Bronwyn Keane]], [[STREET_ADDRESS|4/18 Wattle Avenue, Glebe NSW 2037]], mobile [[PHONE_NUMBER|0491 570 159]], card [[CREDIT_CARD|4929 0563 1874 2253]].",  # English
    "Online booking log: user [[ID_NUMBER|jreyes_tuning]] signed in from [[IP_ADDRESS|198.51.100.23]], name on account [[PERSON|Javier Reyes]].",  # English
    "Staff account for apprentice luthier [[PERSON|Niamh Gallagher]]: username [[ID_NUMBER|ngallagher]], temporary password [[PASSWORD|Rosin&Bow44]].",  # English
    "Pickup authorised: [[PERSON|Priya Chatterjee]], phone [[PHONE_NUMBER|(647) 555-0121]], customer ID [[ID_NUMBER|CU-558102]].",  # English
    "Discover card for [[PERSON|Darnell Hughes]]: [[CREDIT_CARD|6011 4827 3391 0560]], address [[STREET_ADDRESS|302 Magnolia Drive, Savannah, GA 31405]].",  # English
    "Account holder [[PERSON|Lorraine Baptiste]], account number [[ID_NUMBER|ACC-66120934]], phone [[PHONE_NUMBER|(718) 555-0143]]; monthly piano hire.",  # English
    "Emergency contact for touring piano technician [[PERSON|Yusuf Demirci]]: [[PHONE_NUMBER|+44 7700 900714]], [[EMAIL_ADDRESS|yusuf.demirci@example.net]].",  # English
    "Reparaturauftrag Querflöte: [[PERSON|Lena Hofmann]], [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]], E-Mail [[EMAIL_ADDRESS|lena.hofmann@example.de]].",  # German
    "Kunde [[PERSON|Maximilian Gruber]], Konto [[IBAN_CODE|AT98 2011 1829 4715 6380]], Kundennummer [[ID_NUMBER|KD-204718]] – Zither neu besaiten.",  # German
    "Stimmservice im Abo: [[PERSON|Nadia Keller]], IBAN [[IBAN_CODE|CH45 0483 5027 7193 4100 0]], Flügel im Wohnzimmer.",  # German
    "Facture de réparation de saxophone pour [[PERSON|Ousmane Keïta]], [[STREET_ADDRESS|17 rue Paul Bert, 33000 Bordeaux]], carte [[CREDIT_CARD|4485 3379 2610 8541]].",  # French
    "Cliente [[PERSON|Guadalupe Hernández Ríos]], correo [[EMAIL_ADDRESS|lupita.hr@example.mx]], tarjeta [[CREDIT_CARD|5189 2674 0935 1167]]; reparación de jarana.",  # Spanish
    "Noleggio arpa: [[PERSON|Chiara Esposito]], [[STREET_ADDRESS|Via dei Mille 23, 80121 Napoli]], email [[EMAIL_ADDRESS|chiara.esposito@example.it]].",  # Italian
    "Herstelling accordeon voor [[PERSON|Wouter Peeters]], klantnummer [[ID_NUMBER|KL-339021]], e-mail [[EMAIL_ADDRESS|wouter.peeters@example.be]].",  # Dutch
    "Faktura: [[PERSON|Johan Berglund]], bankkonto [[IBAN_CODE|SE07 5000 0000 0548 2719 3062]], e-post [[EMAIL_ADDRESS|johan.berglund@example.se]].",  # Swedish
    "Tilisiirto pianon kunnostuksesta: [[PERSON|Mikko Järvinen]], IBAN [[IBAN_CODE|FI54 1570 3000 4271 83]].",  # Finnish
    "Hardingfele-reparasjon: [[PERSON|Eirik Solheim]], konto [[IBAN_CODE|NO05 1503 2247 381]], e-post [[EMAIL_ADDRESS|eirik.solheim@example.no]].",  # Norwegian
    "Pagamento do restauro do piano: [[PERSON|Beatriz Nogueira]], IBAN [[IBAN_CODE|PT65 0035 0683 0004 7291 3857 2]].",  # Portuguese
    "Ud tamiri faturası: [[PERSON|Elif Şahin]], IBAN [[IBAN_CODE|TR43 0001 0017 4539 2618 4750 01]], e-posta [[EMAIL_ADDRESS|elif.sahin@example.com.tr]].",  # Turkish
    "Επισκευή μπουζουκιού: [[PERSON|Γιώργος Αντωνίου]], IBAN [[IBAN_CODE|GR88 0110 1250 0000 0012 9475 3318]], τηλ. [[PHONE_NUMBER|+44 7700 900593]].",  # Greek
    "Заказ на настройку рояля: [[PERSON|Анна Кузнецова]], адрес [[STREET_ADDRESS|14 Elm Grove, Brighton BN2 3DW]], эл. почта [[EMAIL_ADDRESS|anna.kuznetsova@example.ru]].",  # Russian
    "العميل: [[PERSON|ليلى منصور]]، الهاتف [[PHONE_NUMBER|+44 7700 900871]]، البريد [[EMAIL_ADDRESS|layla.mansour@example.com]] — إصلاح قانون.",  # Arabic
    "مشتری: [[PERSON|مریم احمدی]]، شماره عضویت [[ID_NUMBER|MEM-47120]]، ایمیل [[EMAIL_ADDRESS|maryam.ahmadi@example.com]] — تعمیر سه‌تار.",  # Persian
    "گاہک: [[PERSON|عمران ملک]]، فون [[PHONE_NUMBER|07700 900952]] — ہارمونیم کی مرمت۔",  # Urdu
    "গ্রাহক: [[PERSON|তানভীর হোসেন]], ইমেল [[EMAIL_ADDRESS|tanvir.hossain@example.com]], ফোন [[PHONE_NUMBER|01632 960835]] — সেতার মেরামত।",  # Bengali
    "வாடிக்கையாளர்: [[PERSON|கார்த்திக் சுப்பிரமணியன்]], மின்னஞ்சல் [[EMAIL_ADDRESS|karthik.s@example.in]] — வீணை பழுது.",  # Tamil
    "ลูกค้า: [[PERSON|กมลวรรณ ทองดี]] โทร [[PHONE_NUMBER|+44 7700 900437]] ซ่อมระนาด",  # Thai
    "Khách hàng: [[PERSON|Trần Minh Khoa]], email [[EMAIL_ADDRESS|khoa.tran@example.vn]], địa chỉ [[STREET_ADDRESS|27 Hàng Bạc, Hoàn Kiếm, Hà Nội]] — sửa đàn bầu.",  # Vietnamese
    "Pelanggan [[PERSON|Dewi Kartika Sari]], nomor anggota [[ID_NUMBER|AGT-771305]], email [[EMAIL_ADDRESS|dewi.sari@example.co.id]]; servis gamelan.",  # Indonesian
    "Mteja: [[PERSON|Wanjiru Kamau]], barua pepe [[EMAIL_ADDRESS|wanjiru.kamau@example.co.ke]], simu [[PHONE_NUMBER|+44 7700 900276]]; kurekebisha gitaa.",  # Swahili
    "Oníbàárà: [[PERSON|Olúwaṣeun Adéwálé]], fóònù [[PHONE_NUMBER|07700 900498]], ímeèlì [[EMAIL_ADDRESS|seun.adewale@example.com]]; àtúnṣe gìtá.",  # Yoruba
    "客戶：[[PERSON|黃嘉欣]] 信用卡：[[CREDIT_CARD|3538 6120 9947 3818]] 電郵：[[EMAIL_ADDRESS|kayan.wong@example.hk]] 二胡換弦",  # Chinese
    "会員番号 [[ID_NUMBER|JP-583016]] [[PERSON|渡辺 直樹]] 様 メール [[EMAIL_ADDRESS|naoki.watanabe@example.jp]] バイオリン弓の毛替え",  # Japanese
    "수리 접수: [[PERSON|최유나]], 연락처 [[PHONE_NUMBER|+44 7700 900691]], 주소 [[STREET_ADDRESS|8 Cedar Court, Kingston upon Thames KT1 2AB]] — 첼로 브리지 교체",  # Korean
    "Ügyfél: [[PERSON|Nagy Zsófia]], e-mail [[EMAIL_ADDRESS|zsofia.nagy@example.hu]], ügyfélszám [[ID_NUMBER|UGY-482019]] — cimbalom hangolás.",  # Hungarian
    "Kupac: [[PERSON|Ivana Horvat]], telefon [[PHONE_NUMBER|+44 7700 900167]], e-pošta [[EMAIL_ADDRESS|ivana.horvat@example.hr]] — popravak tambure.",  # Croatian
    "Klientas: [[PERSON|Rūta Kazlauskienė]], el. paštas [[EMAIL_ADDRESS|ruta.k@example.lt]], kliento nr. [[ID_NUMBER|LT-CL-58213]] — kanklių derinimas.",  # Lithuanian
    "Cwsmer: [[PERSON|Rhiannon Pritchard]], ffôn [[PHONE_NUMBER|01632 960927]], cyfeiriad [[STREET_ADDRESS|5 Heol y Wern, Aberystwyth SY23 1HJ]]; tiwnio'r delyn.",  # Welsh
    "Kustomer: [[PERSON|Maria Cristina Dela Cruz]], email [[EMAIL_ADDRESS|mcdelacruz@example.ph]], telepono [[PHONE_NUMBER|+61 491 570 384]]; pag-aayos ng bandurria.",  # Tagalog
    "Gift voucher bought by [[PERSON|Felicity Grant]], card [[CREDIT_CARD|2223 5071 4488 9038]], receipt email [[EMAIL_ADDRESS|f.grant@example.co.uk]].",  # English
    "Access notes for the tuner's visit to [[PERSON|Bernard Oyelaran]]: alarm [[PASSWORD|6021]], wifi [[PASSWORD|upright-ivory-88]], address [[STREET_ADDRESS|11 Sycamore Rise, Cheltenham GL52 6TS]].",  # English
    "Remote diagnostics for digital piano owner [[PERSON|Megan Fitzroy]], device IP [[IP_ADDRESS|203.0.113.184]], support PIN [[PASSWORD|7390]].",  # English
    "School music department contact: [[PERSON|Stuart MacLeod]], employee number [[ID_NUMBER|E-77310]], phone [[PHONE_NUMBER|01632 960506]].",  # English
    "Band director [[PERSON|LaToya Brooks]], district employee ID [[ID_NUMBER|1048823]], phone [[PHONE_NUMBER|(901) 555-0109]], email [[EMAIL_ADDRESS|lbrooks@example.k12.tn.us]].",  # English
    "Insurance claim for a dropped trombone: policyholder [[PERSON|Hugo Pemberton-Wells]], policy number [[ID_NUMBER|INS-5530812]], phone [[PHONE_NUMBER|07700 900263]].",  # English
    "Login alert: account [[ID_NUMBER|cmorales.piano]] of [[PERSON|Cristina Morales]] signed in from [[IP_ADDRESS|2001:db8:4a2::17]].",  # English
]

# 25 MT-Bench/Vicuna-style prompts; only public figures and fictional characters.
CLEAN_MTBENCH = [
    "Write a short persuasive blog post encouraging parents to have the family piano tuned at least once a year.",
    "Compose a sequence of three haiku about an old violin waiting in a repair shop window.",
    "Imagine you are Sherlock Holmes examining a harpsichord that has gone mysteriously out of tune overnight. Describe your deductions.",
    "Explain to a ten-year-old why a guitar string makes a higher note when it is pressed against a fret.",
    "Compare and contrast equal temperament and just intonation in no more than 200 words.",
    "Draft a polite email template a repair shop could send when an instrument will be late, leaving placeholders for the customer's name and the new date.",
    "Write a Python function that takes a frequency in hertz and returns the nearest note name on the equal-tempered scale, with A4 = 440 Hz.",
    "Role-play as Johann Sebastian Bach visiting a modern piano showroom. What surprises you most?",
    "Extract all instrument names from the following sentence and return them as a JSON list: 'The shop repaired two cellos, a bassoon, three ukuleles and a harp last week.'",
    "What are the pros and cons of buying a digital piano instead of an acoustic one for a beginner?",
    "Summarise the plot of Mozart's opera The Magic Flute in five sentences.",
    "A piano has 88 keys but about 230 strings. Why are there more strings than keys? Reason step by step.",
    "Write a limerick about a tuba that refused to play in B flat.",
    "Pretend you are Paddington Bear writing a thank-you note to the shop that mended your accordion.",
    "Describe how seasonal changes in humidity can affect a wooden instrument, and suggest three practical precautions.",
    "Rewrite this sentence in a more formal register: 'yeah the sax is sorted, come grab it whenever.'",
    "How did Beethoven's hearing loss influence the way he composed his late piano sonatas?",
    "Create a five-question quiz about the history of the violin, with answers.",
    "Write a SQL query that lists every repair ticket open for more than 30 days from a table called repairs with columns id, instrument, opened_at and closed_at.",
    "What would have happened to popular music if the electric guitar had never been invented? Discuss briefly.",
    "Act as a career coach: what skills should someone learn to become a professional piano technician?",
    "Give me a seven-day practice plan for a returning adult cellist who has 30 minutes a day.",
    "Explain the difference between a luthier, a piano technician and a brass repairer to someone who has never played an instrument.",
    "Write a dialogue between Don Quixote and Sancho Panza arguing over whether to repair or replace a broken lute.",
    "Suggest a catchy name and a one-line slogan for a mobile piano tuning business.",
]

# 25 GSM8K-style word problems; first names are story characters.
CLEAN_GSM8K = [
    "A piano tuner charges $95 per tuning and $40 extra for a pitch raise. This week he tuned 12 pianos and did pitch raises on 3 of them. How much did he earn this week?",
    "Lena's repair shop restrings 8 guitars on Monday and twice as many on Tuesday. On Wednesday it restrings 5 fewer than on Tuesday. How many guitars were restrung over the three days?",
    "A violin bow rehair uses 150 horse hairs. If a bundle holds 1,200 hairs, how many complete rehairs can be done with 3 bundles?",
    "Marco buys 4 sets of cello strings at $62 each and gets a 15% discount on the total. How much does he pay?",
    "A school has 36 clarinets. One third need new pads and half of the rest need new corks. How many clarinets need new corks?",
    "A piano has 88 keys. If a technician replaces key tops at a rate of 11 keys per hour, how many hours will it take to replace all of them?",
    "Priya practises the flute for 25 minutes on each weekday and 40 minutes on each weekend day. How many minutes does she practise in 2 weeks?",
    "A music shop sells ukuleles for $48 each and buys them for $30 each. How many ukuleles must it sell to make a profit of $540?",
    "Tom drives 14 miles to his first tuning appointment, 9 miles to the second and 17 miles back to the shop. If his van uses one gallon of fuel every 25 miles, how many gallons did he use?",
    "A harp has 47 strings. Every seventh string, starting with the first, is a red C string. If Aisha replaces only the red C strings, how many strings are left unchanged?",
    "A repair shop receives 5 trumpets, 3 trombones and 2 tubas. Each trumpet takes 40 minutes, each trombone 55 minutes and each tuba 90 minutes. How many hours of work is that in total?",
    "Sofia saves $15 a week for a guitar setup that costs $105. She already has $30. How many weeks must she save?",
    "An organ has 4 ranks of 61 pipes and 2 ranks of 32 pipes. How many pipes does it have in total?",
    "The price of a piano tuning went up from $80 to $92. By what percentage did it increase?",
    "Jamal has 3 drum kits. Each kit needs 2 batter heads and 1 resonant head. Batter heads cost $18 and resonant heads cost $14. How much will all the heads cost?",
    "A technician can regulate a grand piano action in 6 hours. Her apprentice needs 9 hours for the same job. Working together, how long would they take?",
    "Emma buys a second-hand saxophone for $640 and spends a quarter of that on repairs. She then sells it for $950. How much profit does she make?",
    "A choir pays $120 for each tuning and has its piano tuned every 3 months. How much does it spend on tuning in 2 years?",
    "In a box of 250 guitar picks, 40% are medium, 35% are thin and the rest are heavy. How many heavy picks are there?",
    "Kenji cuts a 2-metre strip of felt into pieces 8 centimetres long for piano dampers. How many pieces does he get?",
    "A shop rents out violins for $18 a month. Last year 27 students rented a violin for the whole 10-month school year. How much rental income did that bring in?",
    "Noah tunes a piano in 75 minutes. If he starts at 8:30 am and tunes 4 pianos with a 20-minute break between each one, at what time does he finish?",
    "A bassoon reed costs $22 and lasts about 3 weeks. How much does a player spend on reeds in a 52-week year, rounding up to whole reeds?",
    "Grace has twice as many harmonicas as Leo, and Leo has 4 more than Mia. If Mia has 5 harmonicas, how many do the three of them have together?",
    "A string supplier packs 6 strings in each guitar set. It has 500 loose strings. How many full sets can it make, and how many strings are left over?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which physical quantity most directly determines the pitch of a vibrating piano string? A) Amplitude B) Frequency C) Wavelength in air D) Phase",
    "If the tension of a string is quadrupled while its length and mass stay the same, its fundamental frequency will: A) halve B) stay the same C) double D) quadruple",
    "In twelve-tone equal temperament, the frequency ratio between two notes a semitone apart is: A) 3/2 B) 2 C) the twelfth root of 2 D) 16/15",
    "To which instrument family does the saxophone belong? A) Brass B) Woodwind C) Percussion D) Strings",
    "Which wood is traditionally used for the soundboard of a piano? A) Ebony B) Spruce C) Maple D) Rosewood",
    "The beats heard when two strings are slightly out of tune with each other are a result of: A) diffraction B) interference C) refraction D) polarisation",
    "The speed of sound in dry air at 20 °C is closest to: A) 34 m/s B) 343 m/s C) 1,480 m/s D) 3,430 m/s",
    "Which composer wrote The Well-Tempered Clavier? A) Handel B) Vivaldi C) J. S. Bach D) Haydn",
    "A firm that lowers its prices and sees total revenue rise faces demand that is: A) perfectly inelastic B) inelastic C) unit elastic D) elastic",
    "Which part of the human ear converts sound vibrations into nerve signals? A) Eardrum B) Cochlea C) Eustachian tube D) Stapes",
    "Most brass instruments are made from an alloy of: A) copper and zinc B) copper and tin C) iron and carbon D) aluminium and magnesium",
    "In which country did Bartolomeo Cristofori build the first pianos? A) France B) Italy C) Germany D) Austria",
    "The Doppler effect explains why: A) a tuning fork's pitch falls as it cools B) a passing siren seems to change pitch C) echoes are quieter than the original sound D) strings break in dry air",
    "Which interval lies an octave plus a perfect fifth above a note? A) Ninth B) Eleventh C) Twelfth D) Thirteenth",
    "Which of the following is a double-reed instrument? A) Clarinet B) Flute C) Oboe D) Saxophone",
    "Rosin applied to a bow works mainly by increasing: A) the string's tension B) the friction between hair and string C) the bow's weight D) the string's length",
    "Under the UK Consumer Rights Act 2015, a trader providing a service must perform it with: A) reasonable care and skill B) a written guarantee C) a fixed price D) manufacturer parts only",
    "Which gas makes up most of the Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "The relative humidity usually recommended for storing wooden instruments is about: A) 10-20% B) 40-50% C) 70-80% D) 90-100%",
    "Which of these is a percussion instrument with definite pitch? A) Snare drum B) Timpani C) Cymbal D) Bass drum",
    "What is the derivative of sin(2x)? A) cos(2x) B) 2cos(2x) C) -2cos(2x) D) 2sin(x)",
    "Which treaty formally ended the First World War between Germany and the Allied Powers? A) Treaty of Paris B) Treaty of Versailles C) Treaty of Utrecht D) Treaty of Westphalia",
    "A pipe open at both ends is 0.5 m long. The wavelength of its fundamental is: A) 0.25 m B) 0.5 m C) 1 m D) 2 m",
    "Which fallacy attacks the person making an argument rather than the argument itself? A) Straw man B) Ad hominem C) Begging the question D) False dilemma",
    "On a balance sheet, a business's unpaid supplier invoices appear as: A) assets B) liabilities C) equity D) revenue",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Can playing the trumpet every day raise blood pressure?",
    "I get a rash on my neck where the violin rests. What could cause it and how can I treat it?",
    "What are the early signs of noise-induced hearing loss, and should musicians get yearly hearing tests?",
    "Is it safe to play a wind instrument while I have a cold sore?",
    "How long should I wait after a wisdom tooth removal before playing the clarinet again?",
    "What stretches help prevent wrist pain from long piano practice sessions?",
    "Can breathing in dust from old piano felts or lacquer be harmful?",
    "What is focal dystonia and how is it treated in musicians?",
    "Is ringing in the ears after a concert normal, and when should I see a doctor about it?",
    "Are there health risks in sharing mouthpieces between students?",
    "Can playing a wind instrument help people with asthma or COPD?",
    "What causes numbness in the fingertips after hours of guitar playing?",
    "How much caffeine is too much before a performance if I tend to get shaky hands?",
    "Is it safe to use wood glue and solvents in a small workshop without a mask?",
    "What is the best way to clean a shared practice keyboard during flu season?",
    "Can lifting a piano cause a hernia, and what are the warning signs?",
    "Why do my lips swell after playing the French horn for a long time?",
    "What are the symptoms of carpal tunnel syndrome and how is it diagnosed?",
    "Is taking a beta blocker for stage fright risky for someone with low blood pressure?",
    "How can I tell whether back pain from sitting at the piano needs physiotherapy?",
    "Are nickel-plated guitar strings a problem for people with a nickel allergy?",
    "Which vaccinations are recommended for adults who deal with the public every day?",
    "How do I know whether a child is old enough to start a brass instrument without harming their teeth?",
    "Can mould in an old instrument case cause breathing problems?",
    "What is a normal resting heart rate for an adult, and does regular exercise lower it?",
]

NATIONAL_IDS = {
    "4738 2196 5302": aadhaar_ok,  # Indian Aadhaar
    "8261 4075 9139": aadhaar_ok,
    "943 617 2087": nhs_ok,  # NHS number
    "712 450 9831": nhs_ok,
    "538219671": bsn_ok,  # Dutch BSN
    "79081423512": pesel_ok,  # Polish PESEL
    "93022708641": pesel_ok,
    "372.918.456-37": cpf_ok,  # Brazilian CPF
    "615.204.839-70": cpf_ok,
    "28475916350": kimlik_ok,  # Turkish kimlik
    "53917284V": dni_ok,  # Spanish DNI
    "Y4728153B": dni_ok,  # Spanish NIE
    "170889-531H": hetu_ok,  # Finnish henkilötunnus
    "RSSGLI84M52F205A": codice_fiscale_ok,  # Italian codice fiscale
    "BNDMRC77T03L219V": codice_fiscale_ok,
    "310104198706234512": china_id_ok,  # Chinese resident identity number
    "S7943826Z": nric_ok,  # Singapore NRIC
    "880514-1263471": rrn_ok,  # Korean resident registration number
    "573 916 481": tfn_ok,  # Australian tax file number
    "4821 73955 1": medicare_ok,  # Australian Medicare
    "5730 8214 6938": my_number_ok,  # Japanese My Number
    "8264173MA": pps_ok,  # Irish PPS number
    "2 76 05 69 123 457 43": nir_ok,  # French NIR
    "1 82 11 33 063 214 97": nir_ok,
    "85.07.23-347.21": belgian_id_ok,  # Belgian national number
    "140386 52487": fodselsnummer_ok,  # Norwegian fødselsnummer
    "257398414": nif_ok,  # Portuguese NIF
    "2950312407830": cnp_ok,  # Romanian CNP
    "16.482.735-6": rut_ok,  # Chilean RUT
    "49107122749": isikukood_ok,  # Estonian isikukood
    "051090-3229": kennitala_ok,  # Icelandic kennitala
    "885612/4717": rodne_cislo_ok,  # Czech rodné číslo
    "3298157460": rnokpp_ok,  # Ukrainian RNOKPP
    "47193082560": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "870412-5189": luhn_len(10),  # Swedish personnummer
    "738 264 910": luhn_len(9),  # Canadian SIN
    "318527462": luhn_len(9),  # Israeli teudat zehut
    "15078834122": luhn_len(11),  # Greek AMKA
    "9206185843087": luhn_len(13),  # South African id
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
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def check_mix() -> None:
    """The chat requests mostly name people and about twenty hold a secret (two or three of
    them an API key); the records name one person each, and 38 to 42 hold a national id;
    every card and IBAN passes its check and no card is a well-known test number."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    for marked in CHAT[LOWER_CHAT + OTHER_LANGUAGES :]:
        if not marked[0].isupper() and not marked.startswith("[["):
            raise SystemExit(f"chat: English text without a capital: {marked[:60]!r}")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
        with_id += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT + RECORDS:
        for span in strip_marks(marked)[1]:
            compact = span["value"].replace(" ", "")
            if span["type"] == "CREDIT_CARD" and (
                not luhn_ok(compact) or compact in WELL_KNOWN_CARDS
            ):
                raise SystemExit(f"card {span['value']!r} invalid or well known")
            if span["type"] == "IBAN_CODE" and not iban_ok(compact):
                raise SystemExit(f"IBAN {span['value']!r} invalid")


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
        "blind199", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
