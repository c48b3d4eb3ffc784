# ruff: noqa: E501
"""A hundred-and-ninety-sixth blind privacy set: brewery taprooms, wine bars and homebrew
clubs; 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations), and every offset is computed here:

* 120 chat requests (3 to about 100 words) a company chatbot of a taproom, wine bar or
  homebrew club would get: the first 30 typed all in lower case, then 6 in German, Spanish,
  French, Portuguese, Polish and Japanese, then 84 in English. Most name a private person
  (Latin names with diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai,
  Chinese, Japanese, Korean and Yoruba names, names that are ordinary words such as Hope,
  Rose, Bill, Grace, Summer, Sage, Will and Mark), many with no cue word: rotas, cost
  splits, lists, appositives, "tell X that ..." requests. About a fifth hold a secret: door,
  gate, lockbox, alarm and locker codes, PINs, wifi keys, passwords, 2FA codes and three
  API keys or tokens;
* 100 one-person records (one sentence or a short form each) in English and many other
  languages, 2 to 5 values each; 40 of them hold a national id with valid check digits
  (``NATIONAL_IDS``), the others phones, e-mails, addresses, cards, IBANs, SSNs, IPs,
  usernames, passports, licences and account, member, patient, employee, student and
  policy numbers.

Labels follow the README: usernames, logins, account, customer, member, patient, policy,
employee and student numbers, passports, licences and national ids are ID_NUMBER; PINs,
door, gate, key-box and alarm codes, wifi keys, passwords and 2FA codes are PASSWORD;
titles (Mr, Mrs, Dr, さん, 様) stay outside PERSON spans; an address span runs from the street
line through the postcode and city as typed; dates of birth, order, invoice, booking and
ticket numbers, public figures, companies and fictional characters are not labelled.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public or historical figures, gods and fictional characters), 25 GSM8K-style word problems
(first names of story characters), 25 MMLU-style items with options A to D and 25 health
questions naming no one.

All values are invented: phones from ranges kept for fiction (UK 07700 900xxx and
01632 960xxx, North America 555-01xx, Australia 0491 570xxx); cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; IPs from the
documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind196.py`` from the repository root; the output
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
    word_count,
)
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (2, 60)
CJK_MIN_CHARS = 20
"""A text written mostly without spaces (Chinese, Japanese, Thai) passes the word minimum
with this many characters."""
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Sr|Sra|Nurse|Auntie|Uncle)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30)
    "can you split the taproom tab for friday: [[PERSON|dominika wrzesień]] £18.40, [[PERSON|tunde bakare]] £22, [[PERSON|hope ellery]] £9.60. she's paying by transfer, the other two paid cash on the night but the card machine was down so i covered the rest myself. the total on the receipt was £71.50 including service. how much am i still out of pocket, and can you word a polite message to the group asking people to square up by sunday",
    "hi, the lockbox on the side door of the barrel store is [[PASSWORD|4471]], can you put that in the handover notes for the sunday closer",
    "rota for the bottle shop next week: mon [[PERSON|rosa quintero]], tue [[PERSON|kwame asante]], wed + thu [[PERSON|ines gonçalves]], fri off, sat [[PERSON|bill thackeray]]",
    "my homebrew club mate [[PERSON|søren mikkelsen]] wants to enter his smoked porter in the spring comp, his email is [[EMAIL_ADDRESS|soren.mikk@example.dk]] can you register him",
    "tell [[PERSON|наташа]] the wifi in the cellar bar is now [[PASSWORD|gruit-and-bramble-22]]",
    "who booked the long table for saturday? the note just says [[PHONE_NUMBER|07700 900418]] and 'twelve, birthday'",
    "need a refund for [[PERSON|grace okonjo]], she was charged twice for the cider flight last night",
    "whats the 2fa thing again? the app sent [[PASSWORD|604 218]] but the pos tablet says it expired",
    "our treasurer, [[PERSON|ayşe demirtaş]], says the club subs are due. can you draft a reminder to the members",
    "please update my delivery address for the mixed case to [[STREET_ADDRESS|14 tannery lane, bristol bs3 4qe]]",
    "[[PERSON|王晓梅]] and [[PERSON|陈志强]] want to swap saturday and sunday shifts at the wine bar, is that ok with the manager",
    "brew day at [[PERSON|keoni kahananui]]'s garage on sunday, side gate code is [[PASSWORD|1906]], bring your own mash paddle",
    "can u check if [[PERSON|dagný þórsdóttir]] paid for the sour beer workshop, she says she did on tuesday",
    "lost property: a green scarf and a bank card in the name of [[PERSON|tobi adeyemi-hart]], what do we do with them",
    "send the tasting notes to [[EMAIL_ADDRESS|mira.halloran@example.ie]] and cc [[PERSON|fionn]] please",
    "the alarm panel at the brewery wants a code when you open up at 7, it's [[PASSWORD|8350]] and [[PERSON|rhys]] forgot it again",
    "hey is the cellar tour on thursday still on? [[PERSON|मीरा जोशी]] and her partner want two spots",
    "split the keg deposit three ways: me, [[PERSON|summer fairweather]] and [[PERSON|oskar lindgren]], £45 each. write it up for the group chat",
    "add [[PERSON|ana lúcia ferreira]] to the judging panel for the saison round, number is [[PHONE_NUMBER|07700 900263]]",
    "whats the login for the club's brewfather account, is it still [[ID_NUMBER|tynecastle_homebrew]] / [[PASSWORD|wortwizard77]]",
    "cancel the booking under [[PERSON|yusuf al-haddad]] for tonight, his kid is sick",
    "who is [[PERSON|ivy]]? she left a note saying she'll do the cask cleaning if someone covers her tuesday",
    "please refund [[PERSON|김민준]] the £6 for the half he didn't get, he's on [[PHONE_NUMBER|07700 900571]]",
    "the bar manager, [[PERSON|dawn petrakis]], asked me to find out how long an open bottle keeps under argon",
    "the club meets at my flat this month, [[STREET_ADDRESS|7 maltings row, leeds ls9 8dp]]. what should i tell new people to bring",
    "[[PERSON|basil okafor]] says the glycol chiller pin is [[PASSWORD|0427]], is that safe to put on the whiteboard",
    "tell [[PERSON|lena]] and [[PERSON|priya]] the bottle share moved to wednesday",
    "invoice 5521 still unpaid by [[PERSON|marcus oyelaran-boyd]], can you chase him at [[EMAIL_ADDRESS|marcus.ob@example.co.uk]]",
    "we owe [[PERSON|pearl ashdown]] for the hops she bought, her account number is [[ID_NUMBER|55812047]]. how much was it again, £31?",
    "reset the till pin for [[PERSON|nguyễn thị lan]] to [[PASSWORD|2580]] she keeps getting locked out",
    # --- other languages (6): German, Spanish, French, Portuguese, Polish, Japanese
    "Kannst du [[PERSON|Jürgen Weißkopf]] ausrichten, dass der Zapfhahn an Leitung 3 wieder tropft? Er soll bitte vor Freitag vorbeikommen.",
    "Hola, quiero reservar la cata de vinos del sábado para mí y para [[PERSON|Maite Urrutia Goñi]]. Mi correo es [[EMAIL_ADDRESS|lucia.arrieta@example.es]].",
    "Bonjour, pouvez-vous prévenir [[PERSON|Chloé Dubreuil]] que le code du portail de la cave a changé ? C'est désormais [[PASSWORD|73A19]].",
    "Oi! O [[PERSON|Thiago Menezes]] vai levar a panela de brassagem no domingo, e a [[PERSON|Rafaela Couto]] fica com o fermentador. Pode anotar?",
    "Cześć, [[PERSON|Łukasz Wróbel]] pyta, czy może przynieść własne piwo domowe na degustację w czwartek. Co mam mu odpowiedzieć?",
    "土曜日のビール会に[[PERSON|山本さくら]]さんと[[PERSON|佐藤健太]]さんを追加してください。 連絡先は [[EMAIL_ADDRESS|sakura.y@example.jp]] です。",
    # --- English (84)
    "Can you add Mrs [[PERSON|Rose Whitcombe]] to the waiting list for the Beaujolais dinner? She's a regular and asked for a table near the window.",
    "Rota for the taproom this weekend — Fri: [[PERSON|Kwabena Osei]] & [[PERSON|Zoë Lindqvist]]; Sat: [[PERSON|Emre Yıldız]]; Sun: [[PERSON|Siobhán Ní Riain]]. Please post it in the staff channel.",
    "Tell [[PERSON|Grace Nakamura]] that her growler refill is ready for pickup and we'll hold it until Thursday.",
    "The treasurer, [[PERSON|Hamish Drummond-Fyfe]], wants a summary of what the club spent on grain this quarter. Can you lay it out as a table?",
    "Our cellar door keypad was reset. New code is [[PASSWORD|91472]]. Please text it to [[PERSON|Tomasz Król]] before his 6am delivery.",
    "Hi, I'm [[PERSON|Adébáyọ̀ Ọlọ́pàdé]] and I'd like to join the homebrew club. Is there a membership fee and do I need my own kit?",
    "Cost split for the Rioja case: [[PERSON|Bill Harrow]] 3 bottles, [[PERSON|Nkechi Eze]] 2, [[PERSON|Nikolai Zorin]] 1. Total was £96. What does each person owe?",
    "Please draft a thank-you note to [[PERSON|Γιώργος Παπαδάκης]] for lending us his barrel for the solera project.",
    "Who's on the door for the Oktoberfest night? Last I heard it was [[PERSON|Faith Odhiambo]] and [[PERSON|Callum Reid]].",
    "Wi-Fi for the guest network at the wine bar is WineBar_Guest, password [[PASSWORD|Malolactic#2024]]. Can you make a little table card with that?",
    "Please refund the deposit to [[PERSON|Ingrid Solberg]] — she returned both kegs on Monday. Her email: [[EMAIL_ADDRESS|ingrid.solberg@example.no]]",
    "Remind [[PERSON|Hope]] that she's running the pub quiz on Wednesday and needs to bring the projector.",
    "I need to change the name on booking B-3306 from my own to [[PERSON|Anouk van der Berg]] because I can't make it.",
    "Our API key for the tap-list display is [[API_KEY|tlx_live_8fK2pQ7vR4mN9sW1zT6yB3cH]] and it stopped updating after the last refresh. How do I rotate it?",
    "[[PERSON|Aroha Te Rangi]] is bringing the kombucha SCOBY on Saturday; [[PERSON|Jonah Feldman]] is bringing the crackers. Can you put that in the event notes?",
    "Please let [[PERSON|נועה כהן]] know the sommelier course starts at 7pm, not 6.",
    "Could you write a short bio for our head brewer, [[PERSON|Priya Raghunathan]], for the festival programme? She's been brewing for 12 years, started out with a kitchen-sink kit in her student flat, worked two seasons at a farmhouse brewery in Wallonia and came back obsessed with mixed fermentation. She loves hazy IPAs but says her favourite thing we make is the oak-aged table beer. Keep it warm, under 120 words, and don't make it sound like a CV.",
    "The club's shared Gmail password is [[PASSWORD|HopHead!Spargeblock9]] — [[PERSON|Wanjiru Kamau]] needs it to post the newsletter.",
    "Send the invoice for the private tasting to Dr [[PERSON|Helena Marsh-Okoye]] at [[EMAIL_ADDRESS|h.marshokoye@example.com]].",
    "Who is covering [[PERSON|Sunny Okoro]]'s shift on Friday? She's at a wedding.",
    "Hey, [[PERSON|ليلى منصور]] asked if we can do a non-alcoholic pairing for her party of eight. What would you suggest?",
    "Please add [[PERSON|Jiří Novák]], [[PERSON|Mihály Szabó]] and [[PERSON|Ștefan Vlădescu]] to the judges' list for the Central European lager category.",
    "Can you call back the customer on [[PHONE_NUMBER|(415) 555-0139]]? They asked about corkage for a 2009 Barolo.",
    "Tell the bartender, [[PERSON|Diego Castañeda]], that table 6 wants their bill split four ways.",
    "Grain order split: [[PERSON|Rahul Verma]] – Maris Otter 25 kg, [[PERSON|Tuva Haugen]] – Pilsner malt 10 kg, [[PERSON|Marco Bellandi]] – crystal 5 kg. Who owes what at £1.40/kg?",
    "I left my card behind the bar last night, it's a Visa in the name [[PERSON|Leonie Achterberg]]. Could someone keep it safe until I come in?",
    "Login for the keg-tracking site is [[ID_NUMBER|kegtrack_admin_02]]. Who set it up, and can they add me as a second user?",
    "Please email [[PERSON|Caoimhe Gallagher]] the recipe for the rhubarb gose; her address is [[EMAIL_ADDRESS|caoimhe.g@example.ie]].",
    "Tell [[PERSON|Frank]] the CO2 supplier is coming at 10 and he needs to sign for the cylinders.",
    "Could you make a seating plan for the wine dinner? Guests: [[PERSON|Elena Mavridou]], [[PERSON|Olusegun Adeleke]], [[PERSON|Marisol Ibáñez]], [[PERSON|Kenji Watanabe]], [[PERSON|Beatrix Holloway]], [[PERSON|Arjun Mehta]]. [[PERSON|Arjun]] is vegetarian.",
    "What's a good first recipe for a beginner? My friend [[PERSON|Callie Brannigan]] gave me her old fermenter and I want to try an extract pale ale.",
    "I'm the new secretary of the homebrew club. [[PERSON|Thandiwe Mokoena]] handed over the minutes from the last three meetings and they're a bit of a mess: half are bullet points, half are long paragraphs, and some decisions seem to be reversed a month later. Can you summarise what was finally decided about the competition fees, the judging rota and whether guests can enter, and flag anything that still looks unresolved?",
    "[[PERSON|Rowan Ashby]] is allergic to sulphites. Which of our wines by the glass are lowest in added sulphites?",
    "The gate code for the brewery yard is now [[PASSWORD|5530]]. Pass it on to [[PERSON|Declan Murtagh]] and the other drivers, nobody else.",
    "We need a nicer wording for the sign: 'Ask [[PERSON|Sage]] about our natural wines.' Could you suggest three options?",
    "Please merge the two loyalty accounts for [[PERSON|Olena Shevchuk]]: member numbers [[ID_NUMBER|TAP-20418]] and [[ID_NUMBER|TAP-20977]].",
    "Can you translate our allergen notice into Thai for our new staff member [[PERSON|ปิยะพร ศรีสุข]]?",
    "Reminder for [[PERSON|Amber Kowalczyk]]: the bottling run starts at 9 sharp and she's in charge of labelling.",
    "Our tap-list webhook token is [[API_KEY|whk_3b9F1eQ0cX7uL2aP5dR8sY4t]]. Is it safe to paste it into the public GitHub repo? (I think not but want to check.)",
    "How do I tell [[PERSON|Ruben Osterhagen]] politely that his homebrew gave three people a headache? He's very proud of it.",
    "Split the taxi home from the wine fair: me, [[PERSON|Delphine Marchetti]], [[PERSON|Kofi Boateng]] and [[PERSON|Harriet Lowe]]. Fare was £58.",
    "Please send the membership renewal form to [[EMAIL_ADDRESS|t.okwuosa@example.org]] and remind him the early-bird discount ends Sunday.",
    "[[PERSON|রুমা সেন]] is hosting the Bengali food and beer pairing. Can you suggest five dishes and a beer for each?",
    "Locker PIN for the staff room is [[PASSWORD|6614]]. [[PERSON|Ngozi]] keeps forgetting — can you save it somewhere private for her?",
    "Write a welcome message for our newest members: [[PERSON|Ravi Pillai]], [[PERSON|Charlotte Dunmore]], and [[PERSON|Björn Hellström]].",
    "I think [[PERSON|Joy Mensah-Carter]] double-booked the event room. Can you check who has it on the 14th?",
    "The head of the judging panel, Dr [[PERSON|Margit Fehérvári]], wants scores submitted by midnight. Can you remind everyone?",
    "Please update my phone on the club roster to [[PHONE_NUMBER|07700 900846]], the old one is gone.",
    "Set up a rota for cleaning the shared brewing kit: [[PERSON|Ifeoma Chukwu]], [[PERSON|Declan Byrne]], [[PERSON|Maja Kowalska]], [[PERSON|Theo Lambert]]. One person a week, starting Monday.",
    "[[PERSON|Matteo Lanfranchi]] wants to know if he can bring his dog into the beer garden. What's our policy?",
    "Alarm code for the wine bar is [[PASSWORD|7741]] and the set button is on the left. [[PERSON|Yasmin Qureshi]] is closing tonight.",
    "Draft an apology to [[PERSON|Hunter Bligh]]: we poured him a corked Chablis and the staff were rude about it.",
    "Can you remind [[PERSON|Chen Yuxi]] that the brewery tour she booked moved to 3pm?",
    "Please transfer the prize money for Best Stout to [[PERSON|Piotr Zieliński]], IBAN [[IBAN_CODE|PL09 1090 2718 0000 0001 4736 2059]].",
    "What time does the taproom open on bank holidays? Asking for [[PERSON|Dolores]], who's visiting from Seville.",
    "The key-box at the allotment shed where we keep the hop bines is [[PASSWORD|0803]]. Tell [[PERSON|Iris Whitlock]].",
    "Can you check whether [[PERSON|Arnav Kulkarni]] paid his £25 subs? His member number is [[ID_NUMBER|HBC-0387]].",
    "Summarise the complaint from the customer at [[EMAIL_ADDRESS|ldaviesbrew@example.net]] and suggest a reply.",
    "Tell [[PERSON|Mateus Carvalho]] and [[PERSON|Nadia Haddad]] their cheese and wine box is out for delivery.",
    "[[PERSON|Дмитрий Ковалёв]] wants to rent the upstairs room for a birthday on the 22nd. Can you send him the price list?",
    "[[PERSON|Lorcan Fitzgerald]] pasted the till integration token [[API_KEY|tpos_9Xc4Rm2Vq7Lb1Nz8Kd5Hw3Fj]] into our group chat. Should we revoke it?",
    "Please add a note to [[PERSON|Bartholomew Quince]]'s file: prefers dry ciders, no nuts.",
    "Send the recipe scaling for a 40 L batch to [[PERSON|Keiko Arai]], she's brewing the club's anniversary saison.",
    "Could you turn this into a friendly message to the regulars? 'Cask ale night is back, hosted by [[PERSON|Gwilym Prys]]. Doors at 6.' It goes out on the mailing list and on the chalkboard by the door, so give me a longer version with a line about the guest breweries and the cheese board, and a short one that fits on the board in big letters.",
    "A customer left their coat; the receipt in the pocket has the name [[PERSON|Noor Siddiqui]] and [[PHONE_NUMBER|07700 900125]]. How should we contact them?",
    "My wine club password is [[PASSWORD|claret-velvet-1999]] and I can't log in to change my delivery address. What should I do?",
    "Who should I ask about the homebrew competition rules? The flyer says contact [[PERSON|Esperanza Villalobos]] or [[PERSON|Tariq Bashir]].",
    "Please swap [[PERSON|Will Tennant]]'s Thursday shift with [[PERSON|Mark Ogunleye]]'s Saturday.",
    "Can you help [[PERSON|Elif Şahin]] choose between the Kölsch and the Helles for her wedding?",
    "The caterer's contact for Saturday is [[PHONE_NUMBER|01632 960447]], ask for the chef on duty.",
    "[[PERSON|Lars-Erik Dahl]] wants his membership card posted to [[STREET_ADDRESS|22 Ropewalk Close, Hull HU1 2DE]].",
    "Make a cost table: tasting fee £15 each for [[PERSON|Aisha Bello]], [[PERSON|Pedro Alvarenga]], [[PERSON|Ji-woo Han]], and [[PERSON|Mathilde Roux]].",
    "Our door supervisor tonight is [[PERSON|Gustavo Peralta]]. Can you print a badge for him?",
    "Please pay [[PERSON|Sophie Lindholm]] back for the glassware she bought; her IBAN is [[IBAN_CODE|GB68 BARC 2031 5873 6104 92]].",
    "Tell [[PERSON|Heather McAllister]] her bottle of Sancerre is in the fridge under her name.",
    "The VPN for the fermentation monitors shows a login from [[IP_ADDRESS|203.0.113.57]]. That's [[PERSON|Oisín Keane]]'s home connection, right?",
    "Please write a limerick for [[PERSON|Percival Hughes]]'s retirement from the homebrew club committee.",
    "Is it ok to serve the 2015 Riesling at [[PERSON|Ahmad Karimi]]'s party if one guest is pregnant? Suggest alternatives.",
    "Staff wifi at the taproom changed to [[PASSWORD|ColdSide!Brite77]]. Please let the morning crew know.",
    "[[PERSON|Mbali Dube]] asked if the club lends out the refractometer. Who has it now?",
    "Book a table for 4 under [[PERSON|Ruby Castellanos]] at 7:30, she'll call from [[PHONE_NUMBER|+1 212 555 0174]] if late.",
    "Can you make the tasting sheet say 'Hosted by [[PERSON|Agnieszka Nowicka]] & [[PERSON|Hiroshi Tanaka]]' at the top?",
    "The club chair, [[PERSON|Pádraig Ó Súilleabháin]], wants last month's attendance numbers. Here they are: 18, 22, 15, 27. What's the average?",
    "Please send a gift voucher to [[PERSON|Lucía Ferrán]] at [[STREET_ADDRESS|Calle del Lúpulo 9, 3ºB, 28012 Madrid]].",
]

# 100 one-person records; the first 40 hold a national id with valid check digits.
RECORDS = [
    "Patient intake, Hopsfield Occupational Health: [[PERSON|Marnie Cuthbertson]], NHS number [[ID_NUMBER|483 920 7151]], contact [[PHONE_NUMBER|07700 900312]].",
    "Nieuwe medewerker brouwerij: [[PERSON|Femke de Groot]], BSN [[ID_NUMBER|317405822]], IBAN [[IBAN_CODE|NL52 RABO 0317 4820 59]].",
    "Lid van de thuisbrouwclub: [[PERSON|Sander Verhoeven]] – BSN [[ID_NUMBER|629130474]] – [[EMAIL_ADDRESS|sander.verhoeven@example.nl]]",
    "Zgłoszenie na konkurs piw domowych: [[PERSON|Magdalena Kaczmarek]], PESEL [[ID_NUMBER|84031706281]], tel. [[PHONE_NUMBER|+44 7700 900581]].",
    "Umowa barmana: [[PERSON|Grzegorz Pawlak]], PESEL [[ID_NUMBER|92110541731]], adres [[STREET_ADDRESS|ul. Chmielna 14/3, 00-020 Warszawa]].",
    "Cadastro do clube de cerveja artesanal: [[PERSON|Juliana Albuquerque]], CPF [[ID_NUMBER|527.184.306-80]], e-mail [[EMAIL_ADDRESS|ju.albuquerque@example.com.br]].",
    "Şarap barı personel kaydı: [[PERSON|Merve Aydın]], T.C. kimlik no [[ID_NUMBER|31847052662]].",
    "Bira festivali gönüllüsü [[PERSON|Kerem Özdemir]] — TC kimlik [[ID_NUMBER|62401938542]], telefon [[PHONE_NUMBER|07700 900694]].",
    "Ficha de socia de la vinoteca: [[PERSON|Itziar Etxeberria]], DNI [[ID_NUMBER|39184726V]], [[STREET_ADDRESS|Calle San Francisco 22, 2º izq., 48003 Bilbao]].",
    "Contrato de camarero: [[PERSON|Rodrigo Salvatierra]], NIE [[ID_NUMBER|Y4820173P]], cuenta [[IBAN_CODE|ES97 2085 7731 0633 0219 4518]].",
    "Panimon vierailijalista: [[PERSON|Aino Heikkilä]], henkilötunnus [[ID_NUMBER|230688-5172]], sähköposti [[EMAIL_ADDRESS|aino.heikkila@example.fi]].",
    "Iscrizione al corso sommelier: [[PERSON|Giulia Martini]], codice fiscale [[ID_NUMBER|MRTGLI85S52L219V]], e-mail [[EMAIL_ADDRESS|giulia.martini85@example.it]].",
    "Socio dell'enoteca: [[PERSON|Salvatore Bruno]], C.F. [[ID_NUMBER|BRNSVT79C08A944M]], [[STREET_ADDRESS|Via dell'Indipendenza 41, 40121 Bologna]].",
    "品酒会报名：[[PERSON|刘海燕]]，身份证号 [[ID_NUMBER|33010619870422531X]]，邮箱 [[EMAIL_ADDRESS|haiyan.liu@example.cn]]",
    "Singapore taproom membership — [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0274815G]], email [[EMAIL_ADDRESS|weiling.tan@example.sg]].",
    "와인 클럽 회원 등록: [[PERSON|박수진]], 주민등록번호 [[ID_NUMBER|880914-2195731]], 이메일 [[EMAIL_ADDRESS|sujin.park@example.kr]]",
    "맥주 양조 수업 신청자 [[PERSON|최동현]] / 주민번호 [[ID_NUMBER|950302-1620483]] / 이메일 [[EMAIL_ADDRESS|donghyun.choi@example.kr]]",
    "New casual at the Fremantle taproom: [[PERSON|Jarrah Nguyen-Walsh]], TFN [[ID_NUMBER|391 748 523]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Brew-day first-aid form: [[PERSON|Matilda Kerrigan]], Medicare [[ID_NUMBER|4192 63058 1]], her mobile [[PHONE_NUMBER|+61 491 570 642]].",
    "ビアバー従業員登録：[[PERSON|中村美咲]]、マイナンバー [[ID_NUMBER|3947 1028 5630]]、メール [[EMAIL_ADDRESS|misaki.n@example.jp]]",
    "Payroll, Galway taproom: [[PERSON|Aoife Brennan]], PPSN [[ID_NUMBER|5830417I]], IBAN [[IBAN_CODE|IE71 BOFI 9005 8174 2630 91]].",
    "Fiche salariée du bar à vins : [[PERSON|Margaux Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 86 04 75 123 048 75]], RIB [[IBAN_CODE|FR87 3000 4028 3700 0104 7315 286]].",
    "Adhérent du club de brassage amateur : [[PERSON|Julien Carpentier]], NIR [[ID_NUMBER|1 79 09 13 055 172 64]], [[STREET_ADDRESS|12 rue des Houblons, 69004 Lyon]].",
    "Inscription à la dégustation de gueuze : [[PERSON|Amélie Vanderstraeten]], numéro national [[ID_NUMBER|83.06.14-273.25]], compte [[IBAN_CODE|BE31 0631 7742 9508]].",
    "Medlem i hjemmebryggerlaget: [[PERSON|Sigrid Bakken]], fødselsnummer [[ID_NUMBER|120586 35268]], e-post [[EMAIL_ADDRESS|sigrid.bakken@example.no]].",
    "Sócio da garrafeira: [[PERSON|Rui Figueiredo]], NIF [[ID_NUMBER|238471659]], IBAN [[IBAN_CODE|PT08 0035 0721 0004 8263 1973 9]].",
    "Angajată la cramă: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2900712405216]], e-mail [[EMAIL_ADDRESS|ioana.dumitrescu@example.ro]].",
    "Club de cerveceros caseros de Valparaíso — socio [[PERSON|Benjamín Araya Soto]], RUT [[ID_NUMBER|16.482.739-9]], correo [[EMAIL_ADDRESS|benja.araya@example.cl]].",
    "Õllepruulide klubi liige: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48705230273]], aadress [[STREET_ADDRESS|Vana-Kalamaja 18-4, 10414 Tallinn]].",
    "Skráning í bjórsmökkun: [[PERSON|Hrafnhildur Jónsdóttir]], kennitala [[ID_NUMBER|090782-3559]], netfang [[EMAIL_ADDRESS|hrafnhildur.j@example.is]].",
    "Členka pivního klubu: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885714/3009]], e-mail [[EMAIL_ADDRESS|tereza.dvorakova@example.cz]].",
    "Волонтерка пивного фестивалю: [[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3184507265]], ел. пошта [[EMAIL_ADDRESS|o.melnyk@example.ua]].",
    "Minijob im Biergarten: [[PERSON|Johanna Brückner]], Steuer-ID [[ID_NUMBER|47 192 038 566]], IBAN [[IBAN_CODE|DE83 5001 0517 0648 2931 57]].",
    "Hawke's Bay cellar door staff health form: [[PERSON|Tama Rāwiri]], NHI [[ID_NUMBER|ZKR4804]], email [[EMAIL_ADDRESS|tama.rawiri@example.co.nz]].",
    "होमब्रू क्लब सदस्य: [[PERSON|अनन्या शर्मा]], आधार [[ID_NUMBER|5830 2917 4601]], ईमेल [[EMAIL_ADDRESS|ananya.sharma@example.in]]",
    "Anställd på vinbaren: [[PERSON|Elsa Lundqvist]], personnummer [[ID_NUMBER|870419-3823]], [[STREET_ADDRESS|Humlegatan 7, 113 47 Stockholm]].",
    "Brewery payroll onboarding — [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|714 382 504]], phone [[PHONE_NUMBER|(514) 555-0162]].",
    'חברה במועדון הבירה הביתית: [[PERSON|אביטל ברק]], ת.ז. [[ID_NUMBER|304185275]], דוא"ל [[EMAIL_ADDRESS|avital.barak@example.co.il]]',
    "Εγγραφή στο σεμινάριο οίνου: [[PERSON|Κατερίνα Αλεξίου]], ΑΜΚΑ [[ID_NUMBER|19058704388]], email [[EMAIL_ADDRESS|k.alexiou@example.gr]].",
    "Stellenbosch tasting-room casual: [[PERSON|Lerato Mahlangu]], ID number [[ID_NUMBER|9106185231087]], email [[EMAIL_ADDRESS|lerato.m@example.co.za]].",
    # --- no national id (60)
    "Wine club direct debit: [[PERSON|Harold Penhaligon]], card [[CREDIT_CARD|4539 2701 8462 3958]], billing address [[STREET_ADDRESS|3 Vicarage Mews, Truro TR1 2LP]].",
    "Homebrew club membership renewal — [[PERSON|Precious Adeyinka]], member no. [[ID_NUMBER|NHBC-11482]], email [[EMAIL_ADDRESS|precious.adeyinka@example.com]], phone [[PHONE_NUMBER|07700 900936]].",
    "Employment eligibility, Asheville taproom: [[PERSON|Dwayne Fairchild]], SSN [[US_SSN|412-68-3057]], cell [[PHONE_NUMBER|(828) 555-0147]].",
    "W-4 on file for brewer [[PERSON|Kaylee Sorensen]]: SSN [[US_SSN|529-31-8846]], [[STREET_ADDRESS|1840 Larkspur Ave, Boise, ID 83702]].",
    "Reservierung Weinstube: [[PERSON|Friederike Obermaier]], Mitgliedsnummer [[ID_NUMBER|WS-40917]], E-Mail [[EMAIL_ADDRESS|f.obermaier@example.de]].",
    "Commande de vin au nom de [[PERSON|Baptiste Rousseau-Lemaire]], carte [[CREDIT_CARD|4921 8057 3316 4024]], livraison [[STREET_ADDRESS|8 allée des Vendangeurs, 33000 Bordeaux]].",
    "Socia del club de cata: [[PERSON|Nerea Castillo Ruiz]], tel. [[PHONE_NUMBER|+44 7700 900527]], correo [[EMAIL_ADDRESS|nerea.castillo@example.es]].",
    "Cliente enoteca: [[PERSON|Federico Lanza]], tessera socio [[ID_NUMBER|ENO-7731]], carta [[CREDIT_CARD|5174 0392 8861 0477]].",
    "Reserva na cervejaria: [[PERSON|Beatriz Queirós]], telemóvel [[PHONE_NUMBER|+44 7700 900862]].",
    "会员登记：[[PERSON|黄子轩]]，会员号 [[ID_NUMBER|JB-208841]]，邮箱 [[EMAIL_ADDRESS|zixuan.huang@example.com]]",
    "ワインバー予約：[[PERSON|高橋亜美]] 様、電話 [[PHONE_NUMBER|+44 7700 900951]]、会員番号 [[ID_NUMBER|WB-55310]]",
    "수제맥주 동호회 가입: [[PERSON|정하늘]], 이메일 [[EMAIL_ADDRESS|haneul.jung@example.kr]], 회원번호 [[ID_NUMBER|HB-3092]]",
    "حجز جولة في مصنع البيرة الخالية من الكحول: [[PERSON|سلمى العطار]]، البريد [[EMAIL_ADDRESS|salma.attar@example.com]]، الهاتف [[PHONE_NUMBER|+44 7700 900604]]",
    "הזמנת שולחן בבר היין: [[PERSON|יונתן אלמוג]], טלפון [[PHONE_NUMBER|+1 646 555 0118]]",
    "Участница клуба домашнего пивоварения: [[PERSON|Анастасия Белова]], e-mail [[EMAIL_ADDRESS|a.belova@example.ru]], членский номер [[ID_NUMBER|KDP-0619]].",
    "Κράτηση για γευσιγνωσία κρασιού: [[PERSON|Νίκος Σταυρόπουλος]], κάρτα [[CREDIT_CARD|5412 8693 0274 1151]].",
    "Borbár törzsvendég: [[PERSON|Szilágyi Edit]], e-mail [[EMAIL_ADDRESS|szilagyi.edit@example.hu]], kártya [[CREDIT_CARD|2223 1407 5596 2835]].",
    "Đăng ký lớp nấu bia: [[PERSON|Trần Minh Khoa]], email [[EMAIL_ADDRESS|khoa.tran@example.vn]], điện thoại [[PHONE_NUMBER|0491 570 205]].",
    "Pendaftaran anggota klub bir rumahan: [[PERSON|Ratna Wulandari]], email [[EMAIL_ADDRESS|ratna.wulandari@example.id]], alamat [[STREET_ADDRESS|Jl. Kemang Raya No. 18, Jakarta Selatan 12730]].",
    "Medlem af ølklubben: [[PERSON|Mikkel Østergaard]], IBAN [[IBAN_CODE|DK22 3000 4721 8395 06]], mail [[EMAIL_ADDRESS|mikkel.ostergaard@example.dk]].",
    "Beställning från vinkällaren: [[PERSON|Linnea Forsberg]], kort [[CREDIT_CARD|4556 0318 7249 9301]], leverans [[STREET_ADDRESS|Kungsgatan 44, 411 19 Göteborg]].",
    "Kotiolutkerhon jäsen: [[PERSON|Jussi Mäkinen]], tilinumero [[IBAN_CODE|FI63 4055 0012 3846 71]].",
    "Bestilling i vinbaren: [[PERSON|Håkon Eide]], kontonummer [[IBAN_CODE|NO48 1503 4718 264]], mobil [[PHONE_NUMBER|+44 7700 900378]].",
    "Heuriger-Stammgast: [[PERSON|Leopold Wimmer]], [[STREET_ADDRESS|Grinzinger Straße 61, 1190 Wien]], IBAN [[IBAN_CODE|AT20 2011 1829 4650 7302]].",
    "Hembryggarföreningen: [[PERSON|Oskar Sjöberg]], IBAN [[IBAN_CODE|SE37 5000 0000 0583 9471 2066]], e-post [[EMAIL_ADDRESS|oskar.sjoberg@example.se]].",
    "Refund form: [[PERSON|Imogen Ashcroft]], IBAN [[IBAN_CODE|GB71 MIDL 4005 1572 3108 46]], email [[EMAIL_ADDRESS|imogen.ashcroft@example.co.uk]].",
    "Rimborso quota corso birra: [[PERSON|Chiara Montanari]], IBAN [[IBAN_CODE|IT59 K030 6909 6061 0000 0137 642]].",
    "Taproom staff accident log: [[PERSON|Connor Whitfield]], patient no. [[ID_NUMBER|PT-0044817]], home [[STREET_ADDRESS|27 Brewery Wharf, Leeds LS10 1JQ]].",
    "Driver licence check for the delivery van: [[PERSON|Sean O'Mahony]], licence [[ID_NUMBER|OMAHO810159SJ9KP]], mobile [[PHONE_NUMBER|07700 900489]].",
    "Trip to the Mosel wine fair, traveller: [[PERSON|Philippa Garrow]], passport [[ID_NUMBER|548213907]], email [[EMAIL_ADDRESS|pippa.garrow@example.com]].",
    "Forum account flagged: [[PERSON|Callum Strachan]], username [[ID_NUMBER|maltmonster_cal]], registered with [[EMAIL_ADDRESS|c.strachan@example.co.uk]], last seen from [[IP_ADDRESS|198.51.100.23]].",
    "Online tasting login: [[PERSON|Yevgenia Roth]], IP [[IP_ADDRESS|2001:db8:4a1::7c]], member [[ID_NUMBER|OT-88120]].",
    "Private hire deposit: [[PERSON|Montgomery Ellis-Baptiste]], Amex [[CREDIT_CARD|3746 208193 57107]], phone [[PHONE_NUMBER|+44 7700 900141]].",
    "Bottle shop online order, customer [[PERSON|Latoya Brimmer]]: Discover [[CREDIT_CARD|6011 4730 2918 5645]], ship to [[STREET_ADDRESS|907 Hopkins St, Portland, OR 97209]], phone [[PHONE_NUMBER|(503) 555-0183]].",
    "Wine bar loyalty card: [[PERSON|Clementine Fox]], card no. [[ID_NUMBER|LC-300921]], birthday 14 March.",
    "Homebrew competition entrant: [[PERSON|Hope Marchbanks]], entry fee paid by [[CREDIT_CARD|5268 4103 9725 5180]], email [[EMAIL_ADDRESS|hope.marchbanks@example.com]].",
    "Keg hire agreement: [[PERSON|Grace Abernethy-Osei]], [[STREET_ADDRESS|Flat 2, 19 Malt Street, Glasgow G40 2QH]], phone [[PHONE_NUMBER|01632 960518]].",
    "Cellar door club, Barossa: [[PERSON|Summer Vandenberg]], member [[ID_NUMBER|BCD-77104]], mobile [[PHONE_NUMBER|0491 570 736]].",
    "Taproom mug club: [[PERSON|Étienne Gagnon]], member [[ID_NUMBER|MUG-1186]], email [[EMAIL_ADDRESS|etienne.gagnon@example.ca]].",
    "Allergy note for the brewery tour: [[PERSON|Bill Okonkwo-Reyes]], patient number [[ID_NUMBER|HX-4471902]] (coeliac), phone [[PHONE_NUMBER|07700 900057]].",
    "Mwanachama wa klabu ya bia: [[PERSON|Wanjiku Njoroge]], simu [[PHONE_NUMBER|+44 7700 900692]], barua pepe [[EMAIL_ADDRESS|wanjiku.njoroge@example.co.ke]].",
    "สมาชิกชมรมไวน์: [[PERSON|ธนพล วงศ์สวัสดิ์]] อีเมล [[EMAIL_ADDRESS|thanaphon.w@example.co.th]] โทร [[PHONE_NUMBER|+61 491 570 159]]",
    "হোমব্রু ক্লাবের সদস্য: [[PERSON|সুমন দত্ত]], ইমেল [[EMAIL_ADDRESS|suman.dutta@example.in]], সদস্য নম্বর [[ID_NUMBER|HBC-2207]]",
    "Soci del club de cervesa artesana: [[PERSON|Jordi Puigvert i Mas]], correu [[EMAIL_ADDRESS|jordi.puigvert@example.cat]], adreça [[STREET_ADDRESS|Carrer del Llúpol 5, 08012 Barcelona]].",
    "Aelod o'r clwb bragu cartref: [[PERSON|Bethan Llewelyn]], ffôn [[PHONE_NUMBER|01632 960772]], e-bost [[EMAIL_ADDRESS|bethan.llewelyn@example.cymru]].",
    "Alaus klubo narys: [[PERSON|Mantas Kazlauskas]], el. paštas [[EMAIL_ADDRESS|mantas.kazlauskas@example.lt]], tel. [[PHONE_NUMBER|+44 7700 900815]].",
    "Članica kluba domaćeg piva: [[PERSON|Ivana Babić]], e-pošta [[EMAIL_ADDRESS|ivana.babic@example.hr]], kartica [[CREDIT_CARD|4027 1883 6540 2910]].",
    "Miyembro ng wine club: [[PERSON|Maricel Dizon]], email [[EMAIL_ADDRESS|maricel.dizon@example.ph]], numero [[PHONE_NUMBER|+61 491 570 884]].",
    "ثبت‌نام کارگاه تخمیر کامبوچا: [[PERSON|مریم رضایی]]، ایمیل [[EMAIL_ADDRESS|maryam.rezaei@example.com]]",
    "Mitglied im Bierbrauverein: [[PERSON|Urs Kälin]], [[STREET_ADDRESS|Hopfenweg 3, 8004 Zürich]], E-Mail [[EMAIL_ADDRESS|urs.kaelin@example.ch]].",
    "Name: [[PERSON|Temperance Oyelowo]] | Email: [[EMAIL_ADDRESS|temperance.o@example.com]] | Phone: [[PHONE_NUMBER|(312) 555-0121]] | Tour: Saturday 2pm",
    "Member: [[PERSON|Ignatius Booth]]; Address: [[STREET_ADDRESS|12 Cooper's Yard, Norwich NR3 1HF]]; Account: [[ID_NUMBER|CB-0093317]]",
    "Guest list, wine dinner: [[PERSON|Marguerite Okafor]] (+1), contact [[EMAIL_ADDRESS|m.okafor@example.org]].",
    "Employee record, The Copper Still: [[PERSON|Dominic Achebe]], employee ID [[ID_NUMBER|EMP-20931]], phone [[PHONE_NUMBER|07700 900390]], [[STREET_ADDRESS|44 Wortley Road, Sheffield S6 3BD]].",
    "Członkini klubu winiarskiego: [[PERSON|Zofia Wiśniewska]], e-mail [[EMAIL_ADDRESS|zofia.wisniewska@example.pl]], telefon [[PHONE_NUMBER|+44 7700 900247]].",
    "Reservering proeflokaal: [[PERSON|Joost Hoekstra]], telefoon [[PHONE_NUMBER|+44 7700 900163]].",
    "ホームブルー教室受講者：[[PERSON|松本大輔]]、メール [[EMAIL_ADDRESS|daisuke.matsumoto@example.jp]]、会員ID [[ID_NUMBER|HBJ-4418]]",
    "Brewing science placement: [[PERSON|Anjali Deshpande]], student number [[ID_NUMBER|S2291847]], email [[EMAIL_ADDRESS|a.deshpande@example.ac.uk]].",
    "Event insurance for the homebrew fair: policyholder [[PERSON|Reginald Fothergill]], policy no. [[ID_NUMBER|HBF-POL-66120]], phone [[PHONE_NUMBER|01632 960903]].",
    "Členka vinárskeho klubu: [[PERSON|Zuzana Horváthová]], e-mail [[EMAIL_ADDRESS|zuzana.horvathova@example.sk]], tel. [[PHONE_NUMBER|+44 7700 900718]].",
]

NATIONAL_IDS = {
    "483 920 7151": nhs_ok,  # UK NHS number
    "317405822": bsn_ok,  # Dutch BSN
    "629130474": bsn_ok,
    "84031706281": pesel_ok,  # Polish PESEL
    "92110541731": pesel_ok,
    "527.184.306-80": cpf_ok,  # Brazilian CPF
    "31847052662": kimlik_ok,  # Turkish kimlik
    "62401938542": kimlik_ok,
    "39184726V": dni_ok,  # Spanish DNI
    "Y4820173P": dni_ok,  # Spanish NIE
    "230688-5172": hetu_ok,  # Finnish henkilötunnus
    "MRTGLI85S52L219V": codice_fiscale_ok,  # Italian codice fiscale
    "BRNSVT79C08A944M": codice_fiscale_ok,
    "33010619870422531X": china_id_ok,  # Chinese resident identity number
    "T0274815G": nric_ok,  # Singapore NRIC
    "880914-2195731": rrn_ok,  # Korean resident registration number
    "950302-1620483": rrn_ok,
    "391 748 523": tfn_ok,  # Australian tax file number
    "4192 63058 1": medicare_ok,  # Australian Medicare card
    "3947 1028 5630": my_number_ok,  # Japanese My Number
    "5830417I": pps_ok,  # Irish PPS number
    "2 86 04 75 123 048 75": nir_ok,  # French NIR
    "1 79 09 13 055 172 64": nir_ok,
    "83.06.14-273.25": belgian_id_ok,  # Belgian national number
    "120586 35268": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238471659": nif_ok,  # Portuguese NIF
    "2900712405216": cnp_ok,  # Romanian CNP
    "16.482.739-9": rut_ok,  # Chilean RUT
    "48705230273": isikukood_ok,  # Estonian isikukood
    "090782-3559": kennitala_ok,  # Icelandic kennitala
    "885714/3009": rodne_cislo_ok,  # Czech rodné číslo
    "3184507265": rnokpp_ok,  # Ukrainian RNOKPP
    "47 192 038 566": steuer_id_ok,  # German tax id
    "ZKR4804": nhi_ok,  # New Zealand NHI
    "5830 2917 4601": aadhaar_ok,  # Indian Aadhaar
    "870419-3823": luhn_len(10),  # Swedish personnummer
    "714 382 504": luhn_len(9),  # Canadian SIN
    "304185275": luhn_len(9),  # Israeli teudat zehut
    "19058704388": luhn_len(11),  # Greek AMKA
    "9106185231087": luhn_len(13),  # South African id
}
NATIONAL_ID_RECORDS = 40
"""The first this many records hold a national id each, the rest none."""

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]

# --- clean texts: no personal data at all

CLEAN_MTBENCH = [
    "Write a persuasive email to convince a friend who only drinks lager to try a Belgian saison, in under 150 words.",
    "Compose a sonnet about a barrel of wine ageing in a cold cellar through one long winter.",
    "Imagine you are Sherlock Holmes investigating why every keg in a village pub went flat overnight. Describe your first three deductions.",
    "Explain the difference between top-fermenting and bottom-fermenting yeast as if you were talking to a curious ten-year-old.",
    "Write a Python function that takes an original gravity and a final gravity reading and returns the approximate alcohol by volume, with a docstring and two example calls.",
    "Draft a short travel blog post about a weekend in the wine villages of the Douro Valley, highlighting two cultural experiences and one dish nobody should miss.",
    "Role-play as a sommelier in a busy Paris bistro. A guest orders steak frites and asks what to drink with it; answer in character.",
    "Compare and contrast the business models of a brewpub and a contract brewery. Give three advantages of each.",
    "What would Louis Pasteur think of modern home fermentation kits? Answer in his imagined voice in about 120 words.",
    "Extract every beer and its strength from this menu and return them as JSON: 'Harbour Light lager 4.2%, Black Anchor stout 5.8%, Quayside IPA 6.5%, Old Rope barley wine 10.1%.'",
    "Rewrite this sentence so it sounds formal enough for a trade newsletter: 'The new sour is kinda wild, you gotta try it before it's gone.'",
    "Suggest five names for a craft brewery in a converted railway station, and explain the idea behind each one.",
    "How did monasteries contribute to the development of brewing in medieval Europe? Give a concise overview with three examples.",
    "Write a dialogue between Dionysus and Ninkasi arguing about whether wine or beer is the older drink.",
    "Evaluate this argument: 'Since sales of low-alcohol beer rose last year, every taproom should turn half its lines over to alcohol-free options.' What assumptions does it rely on?",
    "Write a SQL query that returns the five best-selling beers per month from a table sales(beer_name, sold_at, quantity).",
    "Describe the taste of a gueuze to someone who has never had a sour beer, using three vivid metaphors.",
    "In the style of Ernest Hemingway, write one paragraph about the last glass of wine in a Madrid bar at closing time.",
    "What are the main arguments for and against minimum unit pricing for alcohol? Present both sides fairly and briefly.",
    "Create a three-day itinerary for a beer lover visiting Bamberg, with one smoked-beer tasting and one activity that involves no drinking on each day.",
    "Explain the Maillard reaction and how it shapes the colour and flavour of kilned malt.",
    "Write a haiku about hops drying in the late September sun.",
    "If Captain Haddock opened a wine bar, what would its menu look like? Give a humorous description of five items.",
    "Given the fermentation temperatures [18, 20, 19, 22, 21, 17, 23], write a short JavaScript snippet that prints the mean and flags any reading above 21.",
    "Summarise the history of the Reinheitsgebot in four sentences and explain why some modern brewers choose to ignore it.",
]

CLEAN_GSM8K = [
    "A homebrew club buys 3 sacks of malt at $54 each and 12 packets of hops at $4.50 each. If the 9 members split the cost evenly, how much does each member pay?",
    "Mara fills 48 bottles from a batch of beer. Each bottle holds 330 ml. How many liters of beer did she bottle?",
    "A taproom sells pints for $7 and half pints for $4. On Friday it sold 120 pints and 85 half pints. How much money did it take in from beer?",
    "Luca's wine bar opened 14 bottles of red and 9 bottles of white on Saturday. Each bottle pours 5 glasses. If 98 glasses were sold, how many glasses were left over?",
    "A fermenter holds 23 liters. Kenji brews 4 full batches a month. How many liters does he brew in a year?",
    "A brewery's canning line fills 40 cans per minute. How many hours does it take to fill 12,000 cans?",
    "Priya buys a case of 12 ciders for $30 and sells each can for $3.50 at a club fundraiser. How much profit does she make if she sells the whole case?",
    "Tom's tasting flight has 5 glasses of 150 ml each. If he orders two flights, how many milliliters of beer is that in total?",
    "A wine cellar has 6 racks with 24 bottles each. One third of the bottles are sparkling. How many bottles are not sparkling?",
    "The club's hop garden produced 18 kg of hops. Members used 40% for a harvest ale and split the rest equally among 6 brewers. How many kilograms did each brewer get?",
    "A keg holds 50 liters. If a bar pours 0.5 liter servings and loses 2 liters to foam, how many full servings does one keg give?",
    "Ana ages 3 barrels of wine for 18 months each, starting a new barrel every 6 months. How many months after she starts the first barrel is the last one ready?",
    "A taproom charges $12 for a tour and $8 for a tasting. A group of 15 people all take the tour and 11 of them also take the tasting. What is the total bill?",
    "Jamal's recipe calls for 5 kg of grain for a 20 liter batch. How much grain does he need for a 35 liter batch?",
    "A wine bar buys bottles for $11 and sells them for $38. If it sells 64 bottles in a week, how much more did it earn than it spent on those bottles?",
    "Sofia bottles cider in 500 ml bottles. Her batch is 19 liters. How many full bottles does she fill, and how much cider is left over?",
    "A beer festival has 36 breweries, each bringing 4 beers. If a visitor tries one quarter of all the beers, how many beers does the visitor try?",
    "The brewery's cold room is at 3 degrees Celsius. The fermentation room is 17 degrees warmer. The warehouse is half as warm as the fermentation room. What temperature is the warehouse?",
    "Owen pays $25 a month for his homebrew club membership and gets a 15% discount if he pays for the whole year at once. How much does a year paid upfront cost?",
    "A bartender pours 6 glasses from each bottle of prosecco. For a wedding with 140 guests who each get one glass for the toast, how many bottles are needed?",
    "A brewery produced 2,400 liters in March and 15% more in April. How many liters did it produce over the two months?",
    "Elena lowers her fermenter temperature by 2 degrees each day, starting at 20 degrees. What is the temperature after 7 days?",
    "A taproom's trivia night has 8 teams of 5 people. Each person buys 2 drinks at $6 each. How much is spent on drinks that night?",
    "Ben buys 3 packs of yeast at $5 each and a hydrometer for $14. He pays with a $50 note. How much change does he get?",
    "A vineyard picks 1,200 kg of grapes. Every 1.5 kg of grapes makes one bottle of wine. How many bottles can it make?",
]

CLEAN_MMLU = [
    "Which organism is mainly responsible for alcoholic fermentation in beer and wine?\nA. Lactobacillus brevis\nB. Saccharomyces cerevisiae\nC. Acetobacter aceti\nD. Aspergillus oryzae\nAnswer:",
    "The enzyme that converts starch into fermentable sugars during mashing is:\nA. Lipase\nB. Amylase\nC. Pepsin\nD. Catalase\nAnswer:",
    "Which gas is produced along with ethanol during alcoholic fermentation?\nA. Oxygen\nB. Methane\nC. Carbon dioxide\nD. Nitrogen\nAnswer:",
    "In economics, a tax on alcohol meant to make drinkers bear the social cost of drinking is an example of:\nA. a subsidy\nB. a Pigouvian tax\nC. a tariff\nD. a lump-sum transfer\nAnswer:",
    "Which compounds are mainly responsible for the bitterness of hops?\nA. Alpha acids\nB. Tannins\nC. Anthocyanins\nD. Esters\nAnswer:",
    "Malolactic fermentation in wine converts malic acid into:\nA. citric acid\nB. acetic acid\nC. lactic acid\nD. tartaric acid\nAnswer:",
    "The Twenty-first Amendment to the United States Constitution:\nA. established Prohibition\nB. repealed Prohibition\nC. lowered the drinking age\nD. created the Food and Drug Administration\nAnswer:",
    "The specific gravity of pure water at 4 degrees Celsius is approximately:\nA. 0.998\nB. 1.000\nC. 1.040\nD. 1.100\nAnswer:",
    "Which steps remove dead yeast from bottle-fermented sparkling wine?\nA. Riddling and disgorgement\nB. Racking\nC. Fining\nD. Cold stabilisation\nAnswer:",
    "The first product of ethanol metabolism by alcohol dehydrogenase in the liver is:\nA. acetone\nB. acetaldehyde\nC. methanol\nD. glycerol\nAnswer:",
    "In accounting, stainless-steel kegs that a brewery will use for many years are usually recorded as:\nA. an operating expense\nB. a capital asset that is depreciated\nC. revenue\nD. a liability\nAnswer:",
    "Which grape is most associated with the red wines of Burgundy?\nA. Cabernet Sauvignon\nB. Pinot Noir\nC. Syrah\nD. Tempranillo\nAnswer:",
    "Which of the following best describes a lager?\nA. Beer fermented warm with top-cropping yeast\nB. Beer fermented cool with bottom-fermenting yeast\nC. Beer fermented with wild bacteria only\nD. Beer made without hops\nAnswer:",
    "Pasteurisation of beer primarily aims to:\nA. raise the alcohol content\nB. kill spoilage microorganisms\nC. add carbonation\nD. remove gluten\nAnswer:",
    "The Beer-Lambert law relates the absorbance of a solution to:\nA. temperature and pressure\nB. concentration and path length\nC. viscosity and density\nD. mass and volume\nAnswer:",
    "The same tasting panel rates the bitterness of two beers. Which test best compares the mean ratings?\nA. Chi-square test\nB. Paired t-test\nC. One-way ANOVA\nD. Mann-Whitney U test on independent groups\nAnswer:",
    "A market in which a few large brewers account for most sales is best described as:\nA. perfect competition\nB. monopolistic competition\nC. an oligopoly\nD. a monopsony\nAnswer:",
    "The off-flavour diacetyl is most often described as tasting like:\nA. butter\nB. green apple\nC. wet cardboard\nD. cooked corn\nAnswer:",
    "In winemaking, 'terroir' refers to:\nA. the type of barrel used\nB. the environment in which the grapes are grown\nC. the bottling date\nD. the yeast strain\nAnswer:",
    "The pH of most finished beers falls in which range?\nA. 1.0 to 2.0\nB. 4.0 to 4.6\nC. 6.8 to 7.2\nD. 8.5 to 9.5\nAnswer:",
    "The saying 'in vino veritas' is traditionally traced to which writer?\nA. Pliny the Elder\nB. Confucius\nC. René Descartes\nD. Immanuel Kant\nAnswer:",
    "Dimethyl sulfide in beer is most often described as smelling like:\nA. cooked corn\nB. vinegar\nC. banana\nD. clove\nAnswer:",
    "The boiling point of ethanol at sea level is approximately:\nA. 56 degrees Celsius\nB. 78 degrees Celsius\nC. 100 degrees Celsius\nD. 118 degrees Celsius\nAnswer:",
    "The traditional noble hops include all of the following EXCEPT:\nA. Hallertauer Mittelfrüh\nB. Saaz\nC. Tettnanger\nD. Cascade\nAnswer:",
    "The carbonation level of beer is commonly expressed in:\nA. degrees Plato\nB. volumes of CO2\nC. International Bitterness Units\nD. Standard Reference Method units\nAnswer:",
]

CLEAN_HEALTH = [
    "Is it safe to drink a glass of wine while taking ibuprofen for a headache?",
    "What are the early signs of alcohol poisoning, and when should someone call an ambulance?",
    "Can beer trigger gout flare-ups more than wine or spirits do?",
    "My face goes red and my heart races after half a pint. What could cause that?",
    "How long after drinking two pints should a breastfeeding parent wait before feeding?",
    "Does alcohol interact with antibiotics such as metronidazole?",
    "What is the recommended weekly alcohol limit for adults in the UK, and how many units are in a 250 ml glass of 13% wine?",
    "Are sulphites in wine a real cause of headaches, or is that a myth?",
    "Can people with coeliac disease safely drink gluten-reduced beer?",
    "What first aid should be given for a burn from the caustic cleaner used on brewing equipment?",
    "Is it normal to feel anxious the day after drinking, and what helps?",
    "How does alcohol affect blood sugar in people with type 1 diabetes?",
    "What are the symptoms of carbon dioxide build-up in a closed fermentation room, and what should you do if you notice them?",
    "Can drinking kombucha during pregnancy be harmful?",
    "Which lifestyle changes help bring down liver enzymes that are raised after years of heavy drinking?",
    "Is red wine actually good for the heart, or has that been overstated?",
    "What should I do after breathing in sanitiser fumes while cleaning a fermenter?",
    "How can I tell a histamine reaction to wine apart from a true allergy?",
    "Is it safe to lift heavy kegs with a history of lower back pain, and what technique lowers the risk?",
    "How do late shifts in hospitality affect sleep, and what helps recovery on days off?",
    "Can alcohol make acid reflux worse, and are some drinks gentler than others?",
    "What are the withdrawal symptoms when someone stops drinking after a long period of daily use, and why can stopping suddenly be dangerous?",
    "Why does beer seem to cause more bloating than other drinks?",
    "Are non-alcoholic beers safe for someone recovering from alcohol dependence?",
    "What hearing protection is recommended for staff working next to a loud bottling line?",
]


def _spans(texts: list[str], kind: str) -> list[str]:
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_lengths(
    name: str, texts: list[str], words: tuple[int, int], values: tuple[int, int]
) -> None:
    """Each text within its word range (a text written mostly without spaces may instead
    have ``CJK_MIN_CHARS`` characters) and its number of distinct values."""
    for marked in texts:
        plain = strip_marks(marked)[0]
        count = len({(s["type"], s["value"]) for s in marked_spans(marked)})
        n = word_count(marked)
        long_enough = n >= words[0] or len(plain) >= CJK_MIN_CHARS
        if n > words[1] or not long_enough or not values[0] <= count <= values[1]:
            raise SystemExit(f"{name}: {n} words, {count} values in {marked[:60]!r}")


def check_mix() -> None:
    """The chat requests name people and hold secrets in the briefed numbers; the records
    hold one person each and the national ids where ``NATIONAL_IDS`` says."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    english = CHAT[:LOWER_CHAT] + CHAT[LOWER_CHAT + OTHER_LANGUAGES :]
    plains = [strip_marks(t)[0] for t in english]
    lower = sum(p == p.lower() and p != p.upper() for p in plains)
    if lower != LOWER_CHAT:
        raise SystemExit(f"chat: {lower} texts in lower case, want {LOWER_CHAT}")
    for i, marked in enumerate(RECORDS):
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        held = [s["value"] for s in marked_spans(marked) if s["value"] in NATIONAL_IDS]
        if len(people) != 1 or len(held) != (1 if i < NATIONAL_ID_RECORDS else 0):
            raise SystemExit(f"records: {people}, national ids {held} in {marked[:60]!r}")
    if not 38 <= len(NATIONAL_IDS) <= 42 or len(NATIONAL_IDS) != NATIONAL_ID_RECORDS:
        raise SystemExit(f"{len(NATIONAL_IDS)} national ids")


def check_numbers(pii: list[str]) -> None:
    """Every card passes Luhn and is no well-known test number, every IBAN passes mod 97
    and is no documentation example."""
    for card in _spans(pii, "CREDIT_CARD"):
        digits = "".join(c for c in card if c.isdigit())
        if not luhn_ok(card) or digits in WELL_KNOWN_CARDS or len(digits) not in CARD_DIGITS:
            raise SystemExit(f"bad card {card!r}")
    for iban in _spans(pii, "IBAN_CODE"):
        compact = iban.replace(" ", "")
        if not iban_ok(compact) or compact in DOCUMENTATION_IBANS:
            raise SystemExit(f"bad IBAN {iban!r}")


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
    check_numbers(pii)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind196", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    for path, want in (("chat_pii_blind196.jsonl", 220), ("chat_clean_blind196.jsonl", 100)):
        with (HERE / path).open(encoding="utf-8") as f:
            if sum(1 for _ in f) != want:
                raise SystemExit(f"{path}: want {want} records")


if __name__ == "__main__":
    main()
