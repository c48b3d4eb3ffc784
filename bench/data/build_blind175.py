# ruff: noqa: E501
"""A hundred-and-seventy-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on bands, festivals, concert ticketing, tour managers and recording studios.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (4 to about 90 words) a ticketing, festival, tour or studio chatbot
  would get: the first 30 typed all in lower case, then 6 in other languages (Spanish,
  German, French, Portuguese, Hindi, Korean), then 84 in English. Most name a private
  person, many with no cue word (rotas, cost splits, guest lists, sign-offs, appositives,
  "tell X that ..."), with names of many origins and scripts (Latin with diacritics,
  Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean,
  Amharic, Yoruba) and names that are ordinary words (Hope, Rose, Bill, Grace, Summer, Sky,
  Will, Mark, Joy, Faith, Dawn, Frank, Sunny, Precious). 21 hold a secret: door, keypad,
  lockbox, alarm and safe codes, PINs, wifi keys, passwords, 2FA codes and three API keys
  or tokens;
* 100 one-person records (one sentence or a short form each) in English and many other
  languages: 40 with a check-digit-valid national id, plus phones, e-mails, addresses,
  cards, IBANs, SSNs, and account, member, customer, patient, staff and policy numbers.

Usernames and logins, account, customer, member, patient, policy, staff and volunteer
numbers, passports, driving licences and national ids are ID_NUMBER; PINs, door, keypad,
lockbox, alarm and safe codes, wifi keys, passwords and 2FA codes PASSWORD; titles stay
outside PERSON spans; an address span runs from the street line through the postcode and
city as typed; public figures, bands, venues, companies, fictional characters, order and
ticket numbers and dates are not labelled; every occurrence of a private value is marked.
The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public figures and fictional characters), 25 GSM8K-style word problems with story first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one.

All values are invented: phones from ranges kept for fiction (UK 07700 900 and 01632 960,
North America 555-01xx, Australia 0491 570); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group
and serial; IPs from documentation ranges; e-mails on example domains; national ids with
valid check digits, each checked by its validator in ``ids.py``.

Run ``.venv/bin/python bench/data/build_blind175.py`` from the repository root; the output
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
from marks import build_sections, is_lower, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 12
MAX_WORDS = 200
CHAT_WORDS = (3, 110)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Sig|Pan|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all lower case, then 6 in other languages, then 84 in English.
CHAT = [
    # all lower case
    "hi, my ticket for the saturday show at the corn exchange went to the wrong email. can you resend it to [[EMAIL_ADDRESS|nkechi.obi@example.com]]? the name on the order is [[PERSON|nkechi obi]]",
    "please put [[PERSON|tomasz wiśniewski]] on the guest list for night two, plus one. he's the drummer's brother",
    "door code for rehearsal room b is [[PASSWORD|4471]], can you text it to the next band? their contact is [[PERSON|sunny oduya]] on [[PHONE_NUMBER|07700 900318]]",
    "can i transfer my two standing tickets to my cousin [[PERSON|aarav mehta]]? his email is [[EMAIL_ADDRESS|aarav.m@example.net]]",
    "merch float rota: fri [[PERSON|hope castellanos]], sat [[PERSON|bill nakamura]], sun [[PERSON|jun-ho park]]. can the bot send them the stall map",
    "cost split for the van: [[PERSON|freya lindqvist]] £140, [[PERSON|dele adebayo]] £140, me £95. send the payment request to [[PERSON|freya]] first",
    "our tour manager [[PERSON|kwame asante]] lost his laminate. reissue it and send a photo to [[PHONE_NUMBER|+44 7700 900562]]",
    "wifi at the studio is [[PASSWORD|mixdown-77-lagoon]] but it keeps dropping every ten minutes, who do i call",
    "tell [[PERSON|rose mbeki]] that soundcheck moved to 4pm and the loading bay is round the back",
    "the festival app wants a 2fa code and it sent [[PASSWORD|603918]] to my old phone. can you update my number to [[PHONE_NUMBER|0491 570 224]]",
    "booking the live room for [[PERSON|ji-woo han]] and [[PERSON|matteo ricci]], 10am till 6, invoice to [[PERSON|matteo]]",
    "refund please, the gig was cancelled. card was [[CREDIT_CARD|4539 7712 0846 3156]], name on it [[PERSON|olusegun bakare]]",
    "who's on the night shift at the box office? i have [[PERSON|grace whitlock]] and [[PERSON|yusuf demir]] down but [[PERSON|yusuf]]'s off sick",
    "hey its [[PERSON|marguerite dubois]], i forgot the lockbox code for the tour bus keys. was it [[PASSWORD|1958]]?",
    "add [[PERSON|priya raghunathan]] to the crew list as lighting tech, email [[EMAIL_ADDRESS|priya.r@lightrig.example]]",
    "can you resend the accreditation for [[PERSON|семён круглов]]? he's the sound engineer for the opening act",
    "my account on the ticket site is [[ID_NUMBER|gigfan_lena92]] and it says suspended. i'm [[PERSON|lena hoffmann]], what did i do",
    "split the studio invoice three ways: [[PERSON|bill okonkwo]], [[PERSON|summer reyes]] and [[PERSON|ngozi eze]]. send each of them their share by text",
    "please cancel ms [[PERSON|anoushka bose]]'s backstage pass, she left the tour last week",
    "the alarm code at the storage unit changed to [[PASSWORD|7203]]. pass it to [[PERSON|callum reid]] only",
    "i need an invoice in the name of [[PERSON|ayşe kaya]], address [[STREET_ADDRESS|14 mill lane, leeds ls6 2ab]]",
    "reminder for [[PERSON|dawn pemberton]]: the vinyl test pressings arrive tuesday, sign for them at reception",
    "hello, the venue rep [[PERSON|אורי כהן]] needs a copy of the rider, send to [[EMAIL_ADDRESS|uri.cohen@example.org]]",
    "can you change the name on the booking to [[PERSON|wang lei]]? it was booked under my husband's name",
    "whats the pin for the merch card reader? someone set it to [[PASSWORD|2580]] and now it won't take it",
    "payment for the session drummer [[PERSON|kofi mensah]]: iban [[IBAN_CODE|gb27 barc 2035 1774 0182 63]], thanks",
    "hi there, bit of a weird one. my daughter [[PERSON|isla mcgregor]] went to the saturday of the festival with her pals and lost her wristband somewhere near the food village. she's still on site and wants to go back in tomorrow. the tickets were all bought on my account, email [[EMAIL_ADDRESS|fiona.mcgregor@example.co.uk]], and i can forward the confirmation if needed. can she get a replacement at the gate or does she have to queue at the box office? she's 17 so she only has her provisional licence as id",
    "mix notes to [[PERSON|thabo nkosi]] pls",
    "my login is [[ID_NUMBER|djkaito]] and password [[PASSWORD|ninjatape!2024]], why can't i reset it",
    "ask [[PERSON|faith adeleke]] if the support slot at brixton is still open, she runs bookings there",
    # other languages: Spanish, German, French, Portuguese, Hindi, Korean
    "Hola, soy [[PERSON|Lucía Fernández Ortega]]. Compré dos abonos para el Festival Sonora del Mar en marzo, pero el correo de confirmación nunca llegó y en la app no aparece nada. ¿Podéis reenviarlo a [[EMAIL_ADDRESS|lucia.fdez@example.es]]? Gracias.",
    "Bitte [[PERSON|Jürgen Weiß]] als Tourmanager für die Herbsttour eintragen. Seine Handynummer: [[PHONE_NUMBER|+44 7700 900741]]. Der Schlüsselkasten am Proberaum hat den Code [[PASSWORD|3916]].",
    "Bonjour, je voudrais transférer mon billet pour le concert du 14 à mon amie [[PERSON|Chloé Lefèvre-Nguyen]]. Son adresse : [[STREET_ADDRESS|27 rue des Tanneurs, 69002 Lyon]].",
    "Oi! A banda precisa reservar o estúdio B na sexta à tarde. O responsável é o [[PERSON|João Pedro Albuquerque]], e-mail [[EMAIL_ADDRESS|jp.albuquerque@example.com.br]].",
    "नमस्ते, मेरे टिकट का रिफंड अभी तक नहीं आया। ऑर्डर [[PERSON|अनन्या शर्मा]] के नाम पर है और मेरा फ़ोन नंबर [[PHONE_NUMBER|+44 7700 900815]] है।",
    "안녕하세요, 다음 주 녹음 세션에 [[PERSON|김서연]] 씨를 보컬로 추가해 주세요. 연락처는 [[EMAIL_ADDRESS|seoyeon.kim@example.kr]] 입니다.",
    # English
    "Hi, I'm the tour manager for Velvet Static. Can you add [[PERSON|Mariana Costa]] and [[PERSON|Oluwaseun Adéwálé]] to the all-access list for Leeds and Glasgow?",
    "Please tell [[PERSON|Hope]] that the van leaves at 7 sharp from the rehearsal studio.",
    "Rota for the merch stand this weekend: Friday – [[PERSON|Grace Ng]]; Saturday – [[PERSON|Mark Oyelaran]]; Sunday – [[PERSON|Will Fairbairn]]. Can you send each of them the float count sheet?",
    "The treasurer, [[PERSON|Ingrid Sæther]], needs last month's ticket settlement before she signs off the artist fees.",
    "Our bassist [[PERSON|Дмитрий Волков]] can't log in to the artist portal. His username is [[ID_NUMBER|dvolkov_bass]].",
    "Can you email the updated stage plot to [[EMAIL_ADDRESS|eleni.papadaki@example.gr]]? She's [[PERSON|Ελένη Παπαδάκη]], the monitor engineer at the Athens show.",
    "Studio 2 keypad code for tonight's overdub session is [[PASSWORD|8#4417]]. Only share it with [[PERSON|Summer Hollis]].",
    "Box office here. Customer [[PERSON|Fatima Al-Zahra Haddad]] says she was charged twice for the same two tickets. She read out the full card: [[CREDIT_CARD|5284 6019 3372 8405]].",
    "I need a receipt for my festival camping upgrade. Name: [[PERSON|Rhys Pritchard]]. Address: [[STREET_ADDRESS|8 Heol y Coed, Cardiff CF14 6HB]].",
    "Costs for the Berlin leg, can you work out who owes what? Hotel was paid by [[PERSON|Björn Åkesson]] (€620 for four rooms, two nights), backline hire by [[PERSON|Aditi Kulkarni]] (€410), the ferry by [[PERSON|Liam O'Donoghue]] (€188), and the catering top-up by me (€96). Split everything equally between the four of us and list the transfers, with the smallest number of payments please.",
    "Hey, the API key for our ticket widget got posted in the band group chat by mistake: [[API_KEY|tkt_live_9fQ2mXv7LpR4zW8nB3sK6dYh]]. Can you revoke it and issue a new one?",
    "Please change the emergency contact for our drummer to his partner, [[PERSON|Siobhán Ní Bhriain]], [[PHONE_NUMBER|+44 7700 900293]].",
    "Load-in at the Roundhouse is at 2. [[PERSON|Kenji Watanabe]] has the truck; he's listed as [[PERSON|渡辺健二]] on the venue's access sheet, so make sure security knows both spellings.",
    "Who owns the booking for the mastering session on 12 March? It was made by [[PERSON|Nomvula Dlamini]] but the card on file belongs to [[PERSON|Pieter van der Berg]], and neither of them answers the phone. We need someone to approve the extra two hours before the engineer starts.",
    "Send the wifi password for the green room to the support act: it's [[PASSWORD|GreenRoom_5G!warmup]]. Their TM is [[PERSON|Anjali Mukherjee]].",
    "Can I swap my Friday day ticket for a Sunday one? Booking name [[PERSON|Gabriel Sørensen]], phone [[PHONE_NUMBER|(604) 555-0138]].",
    "Tell [[PERSON|Bill]] the mics from Studio A go back to the hire company on Monday.",
    "Our guitarist [[PERSON|Nguyễn Thị Hương]] needs a visa support letter for the UK dates. Her passport number is [[ID_NUMBER|C4826193]].",
    "Hi! [[PERSON|Rose Kilbride]] and I are both on the guest list under my name, [[PERSON|Amira Benali]]. Does [[PERSON|Rose]] need her own entry?",
    "The session players for Thursday: [[PERSON|สมชาย ใจดี]] (keys), [[PERSON|Tariq Mahmood]] (sax), [[PERSON|Leila Karimi]] (backing vocals). Print name badges for all three.",
    "I'm locked out of the label's royalty dashboard. The 2FA code it keeps asking for is [[PASSWORD|481 207]] but it expires before I can type it in.",
    "Refund request: I'm [[PERSON|Chiara Bellandi]] and my son [[PERSON|Tommaso]] couldn't attend because of flu. The order was under [[EMAIL_ADDRESS|c.bellandi@example.it]].",
    "Forward the tour itinerary to the new production manager, [[PERSON|Mohammed Al-Rashid]] ([[PERSON|محمد الراشد]]), at [[EMAIL_ADDRESS|m.alrashid@example.ae]].",
    "Please update the payout account for our lead singer [[PERSON|Zsófia Horváth]] to [[IBAN_CODE|DE65 5001 0517 0648 2917 35]].",
    "Can someone from the studio call [[PERSON|Declan Murphy]] back about the drum room? [[PHONE_NUMBER|01632 960417]]",
    "Names for the festival volunteer stewards, gate C: [[PERSON|Olamide Ogunleye]], [[PERSON|Hana Kobayashi]], [[PERSON|Sven Lindgren]], [[PERSON|Pooja Iyer]].",
    "Our label manager [[PERSON|陈思远]] wants the stems by Friday. The password on the download link is [[PASSWORD|stems-4-chen!]]",
    "Tour laminate reprint for [[PERSON|Joy Adekunle-Smith]] – her old one has the wrong surname.",
    "The alarm at the lock-up on Mill Road keeps going off. Code is [[PASSWORD|5092]], key holder is [[PERSON|Frank Delacroix]] on [[PHONE_NUMBER|07700 900644]]. Can you let him know?",
    "Hi, I bought 4 tickets for Corvid Queen at the Academy but only 3 arrived. Account email [[EMAIL_ADDRESS|sam.t.okoro@example.com]].",
    "Please move the vocal session from Studio C to the small booth; [[PERSON|Esperanza Villalobos]] prefers the dead room for her takes.",
    "When [[PERSON|Arjun Nair]] arrives, give him the keys to the bus and tell him the fuel card PIN is [[PASSWORD|6648]].",
    "Who's handling accreditation for photographers? I'm [[PERSON|Kateřina Nováková]] from a local music blog, press pass request, email [[EMAIL_ADDRESS|katerina.novakova@example.cz]].",
    "Our drum tech [[PERSON|Ahmed Hussain]] and lighting designer [[PERSON|Carys Evans]] will share a room in Manchester. Please book a twin.",
    "I want to dispute a charge. Name on the card: [[PERSON|Henrik Dahl]]. Card number [[CREDIT_CARD|3782 941736 52085]]. I never bought VIP parking.",
    "The GitHub token for the festival app deploy leaked in the CI log: [[API_KEY|ghp_7Rk2Lm9QvX4sT8bN1wE6yZ3aH5cJ0dPfUq2M]]. Rotate it please.",
    "Set up a call with [[PERSON|Adaeze Nwosu]] (promoter) and [[PERSON|Ruairí Ó Sé]] (agent) for Tuesday to confirm the Dublin date.",
    "Tell [[PERSON|Sky]] the setlist changed: we're opening with the new single, not the cover.",
    "Please send the guest list for Bristol to the door manager. Names: [[PERSON|Ioana Popescu]] +1, [[PERSON|Mehmet Yıldız]], [[PERSON|Tui Ngata]] +2.",
    "Hi, the vinyl pre-order shipped to my old flat. New address: [[STREET_ADDRESS|Flat 3, 22 Albion Street, Glasgow G1 1LH]]. Name [[PERSON|Euan McLeish]].",
    "Is [[PERSON|Lorenzo Bassi]] on the rooming list for the crew floor in Nottingham? He says reception can't find him.",
    "Shuttle for [[PERSON|Yaw Boateng]]?",
    "Mastering invoice for [[PERSON|Beatriz Nogueira]]; her customer number is [[ID_NUMBER|CUST-0048213]].",
    "Please email [[PERSON|Yosef Ben-David]] the parking permit for the artist compound: [[EMAIL_ADDRESS|yosef.bd@example.co.il]]",
    "Rider check for the green room: [[PERSON|Aiyana Redcloud]] is vegan and [[PERSON|Tomás Herrera]] has a nut allergy. Tell catering.",
    "I run a small recording studio and want to connect to your booking API. Is this the right key format? [[API_KEY|bk_prod_3HxN8qTz6VwY1cLr5MaP0sKe]]",
    "Send the contract for the residency to [[PERSON|Malak Youssef]] at [[STREET_ADDRESS|41 Cranbrook Road, London E17 4QS]].",
    "Hi, this is [[PERSON|Kiri Walker]]. My refund went to the wrong account; please use [[IBAN_CODE|IE48 BOFI 9000 1752 8461 93]] instead.",
    "Who is [[PERSON|Bartholomew Quayle]]? He keeps emailing the studio asking for free time.",
    "Add the photographer [[PERSON|Ayumi Tanaka]] ([[PERSON|田中あゆみ]]) to the pit list for both nights.",
    "The keysafe at the artist cottage: [[PASSWORD|2207]]. Guests this week are [[PERSON|Ciarán Doyle]] and [[PERSON|Mei Lin Goh]].",
    "Ticket holder [[PERSON|Hassan Farouk]] reported his phone stolen with the e-tickets on it. Can we cancel them and reissue to [[PHONE_NUMBER|+1 416 555 0172]]?",
    "Please remove [[PERSON|Natasha Ivanova]] from the crew payroll after the Oslo show, her contract ends there.",
    "Our support act's manager is [[PERSON|Ngozi Chukwuemeka]] – can you share the load-in times with her directly? [[EMAIL_ADDRESS|ngozi.c@example.ng]]",
    "Rehearsal room rota: Mon [[PERSON|Ishaan Verma]], Tue [[PERSON|Colm Brennan]], Wed [[PERSON|Bronwen Price]], Thu open.",
    "I'm [[PERSON|Aleksander Nowak]] and I think someone used my account. Username [[ID_NUMBER|anowak_live]], last login from [[IP_ADDRESS|203.0.113.77]], which isn't me.",
    "Tour budget signed off by [[PERSON|Reza Tehrani]] – send a copy to accounts.",
    "Please tell [[PERSON|Marisol]] and [[PERSON|Kwabena]] their per diems are on the cards now.",
    "The door code for the studio's back entrance is [[PASSWORD|C1947Z]]; the engineer on duty is [[PERSON|Rania Saleh]].",
    "Please book 2 accessible platform tickets for my dad, Mr [[PERSON|Graham Thorne]], and his carer, [[PERSON|Precious Moyo]].",
    "Our producer [[PERSON|Lars Eriksen]] asked me to confirm the mixing hours: 14 for the EP. Bill it to the label, not to him.",
    "Can the festival shuttle pick up [[PERSON|Wiremu Tane]] from [[STREET_ADDRESS|17 Karaka Street, Whanganui 4500]]?",
    "[[PERSON|Zeynep Arslan]] is taking over as tour accountant. Her work phone: [[PHONE_NUMBER|+44 1632 960552]].",
    "Please send this to the band's mailing list: 'Hi all, the new rehearsal space on Canal Street opens on Monday. Bring your own cables for the first week because the patch bay is still being wired. Parking is at the back, and the front door shuts at 11 pm sharp. Any problems, reply to this email. Thanks, [[PERSON|Odette Marchand]]'",
    "My name is [[PERSON|Rahim Uddin]] ([[PERSON|রহিম উদ্দিন]]). I bought wheelchair-platform tickets but the seat map shows standing. Please fix.",
    "Order for the merch restock goes to [[PERSON|Tamsin Rowe]], [[STREET_ADDRESS|Unit 4, Bridge Works, Sheffield S3 8PZ]].",
    "Stage manager on the Sunday is [[PERSON|Jomo Kariuki]], not [[PERSON|Wanjiru Kamau]] as printed. Please correct the day sheet.",
    "Our recording engineer [[PERSON|Avraham Levi]] needs remote access to the studio NAS tonight. VPN password is [[PASSWORD|Tr4ck!ng-R00m-9]].",
    "Please transfer my ticket to [[PERSON|Sunita Karki]], email [[EMAIL_ADDRESS|sunita.karki@example.np]]. I'm [[PERSON|Bikash Thapa]].",
    "The promoter [[PERSON|Ольга Шевченко]] asked for the settlement sheet in euros.",
    "Hey, I'm running sound for Paper Lanterns tonight and the desk won't boot. The house tech, [[PERSON|Idris Okafor]], isn't answering – is there another number for him?",
    "Give [[PERSON|Dawit Bekele]] ([[PERSON|ዳዊት በቀለ]]) and [[PERSON|Selam Tesfaye]] crew wristbands for load-out.",
    "I'd like to join the fan club. [[PERSON|Mia Kowalczyk]], [[EMAIL_ADDRESS|mia.kowal@example.pl]], [[PHONE_NUMBER|+44 7700 900908]].",
    "Tell [[PERSON|Grace Adjei]] the courier collects the masters at noon and she needs to sign.",
    "Who's picking up Dr [[PERSON|Khalid Mansour]] from the station? He lands at 15:20.",
    "Cancel [[PERSON|Ffion Jenkins]]'s rehearsal booking.",
    "Artist liaison contact for the Saturday headliner: [[PERSON|Benedikt Gruber]], [[PHONE_NUMBER|+44 7700 900127]].",
    "The safe in the production office: combination [[PASSWORD|38-14-72]]. Only [[PERSON|Ana Lúcia Ferraz]] and I should have it.",
    "Our backing singer [[PERSON|Ava Nakashima-Cole]] will be late to soundcheck; can someone tell the FOH engineer?",
    "Update the billing address for [[PERSON|Eoin Gallagher]] to [[STREET_ADDRESS|5 Ardmore Park, Galway H91 X2T4]].",
    "Hi, I'm [[PERSON|Lucas Moreau]]. My ticket account [[ID_NUMBER|TM-88421907]] shows someone else's orders.",
    "Please add [[PERSON|Temitope Fashola]] (in Yoruba, [[PERSON|Tẹ́mítọ́pẹ́ Fáṣọlá]]) as the second signatory on the band account.",
    "Soundcheck video to [[PERSON|Jasper Vink]]?",
    "Studio booking by [[PERSON|Rutendo Chikwanha]] for the 3rd: card [[CREDIT_CARD|6011 8427 3065 1196]] was declined, please call her on [[PHONE_NUMBER|(312) 555-0164]].",
]

# 100 one-person records: the first 40 hold a check-digit-valid national id.
RECORDS = [
    "巡演工作人员登记：姓名 [[PERSON|刘子轩]]，身份证号 [[ID_NUMBER|110108198607234179]]，邮箱 [[EMAIL_ADDRESS|zixuan.liu@example.cn]]",
    "音乐节志愿者 [[PERSON|杨雨桐]]，身份证 [[ID_NUMBER|510107199302145864]]，紧急联系电话 [[PHONE_NUMBER|+44 7700 900236]]。",
    "Cadastro de músico: [[PERSON|Rafael Monteiro Duarte]], CPF [[ID_NUMBER|317.842.596-91]], e-mail [[EMAIL_ADDRESS|rafa.duarte@example.com.br]].",
    "Pagamento do cachê para [[PERSON|Luana Ferreira dos Santos]] (CPF [[ID_NUMBER|529.063.418-51]]) na conta [[IBAN_CODE|PT75 0033 0000 4528 1937 6480 5]].",
    "Crew KYC – Name: [[PERSON|Vikram Sethi]]; Aadhaar: [[ID_NUMBER|5847 2916 3079]]; Email: [[EMAIL_ADDRESS|vikram.sethi@example.in]]",
    "कलाकार पंजीकरण: नाम [[PERSON|मीरा चौधरी]], आधार संख्या [[ID_NUMBER|9162 4805 7317]], ईमेल [[EMAIL_ADDRESS|meera.c@example.in]]।",
    "Festival artist pass, Singapore leg: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0384175D]], email [[EMAIL_ADDRESS|weiling.tan@example.sg]].",
    "Studiokund: [[PERSON|Elin Bergström]], personnummer [[ID_NUMBER|870419-3187]], adress [[STREET_ADDRESS|Södermannagatan 14, 116 23 Stockholm]].",
    "Roadiecontract: [[PERSON|Daan de Vries]], BSN [[ID_NUMBER|318627401]], IBAN [[IBAN_CODE|NL50 RABO 0318 4726 59]].",
    "Vrijwilliger festivalpoort: [[PERSON|Sanne Bakker]], burgerservicenummer [[ID_NUMBER|529371844]], e-mail [[EMAIL_ADDRESS|sanne.bakker@example.nl]].",
    "스튜디오 회원 등록: [[PERSON|박민준]], 주민등록번호 [[ID_NUMBER|930512-1827468]], 이메일 [[EMAIL_ADDRESS|minjun.park@example.kr]]",
    "Tour payroll form – [[PERSON|Matilda Ashworth]], TFN [[ID_NUMBER|538 817 264]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Stagehand onboarding, Montréal: [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|046 381 976]], phone [[PHONE_NUMBER|(514) 555-0119]].",
    "Bilet iadesi: [[PERSON|Elif Şahin]], T.C. kimlik no [[ID_NUMBER|28461937550]], IBAN [[IBAN_CODE|TR21 0006 2039 4817 2658 3094]].",
    "Festival medical tent log: patient [[PERSON|Owen Llewellyn]], NHS number [[ID_NUMBER|485 319 7028]], next of kin [[PHONE_NUMBER|07700 900481]].",
    "Crew first-aid record – [[PERSON|Harriet Gough]], NHS no. [[ID_NUMBER|637 204 8159]], home [[STREET_ADDRESS|12 Tenter Street, Norwich NR2 4DL]].",
    "Zgłoszenie technika sceny: [[PERSON|Krzysztof Zieliński]], PESEL [[ID_NUMBER|92071538416]], e-mail [[EMAIL_ADDRESS|k.zielinski@example.pl]].",
    "Wolontariuszka: [[PERSON|Agnieszka Wójcik]], PESEL [[ID_NUMBER|85112062481]], konto [[IBAN_CODE|PL03 1140 2004 0000 3902 7614 8295]].",
    "Scheda artista: [[PERSON|Giulia Martini]], codice fiscale [[ID_NUMBER|MRTGLI88C52L219R]], IBAN [[IBAN_CODE|IT40 X030 6911 7050 0004 8216 397]].",
    "Festivaalin järjestyksenvalvoja: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240791-6386]], sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.fi]].",
    "Backline tech contract, Cape Town: [[PERSON|Sipho Ndlovu]], ID number [[ID_NUMBER|9106285124083]], email [[EMAIL_ADDRESS|sipho.ndlovu@example.co.za]].",
    "スタジオ会員登録：[[PERSON|山本 健太]]、マイナンバー [[ID_NUMBER|3805 2716 4939]]、メール [[EMAIL_ADDRESS|kenta.yamamoto@example.jp]]",
    "Ficha de técnico de sonido: [[PERSON|Sergio Navarro Gil]], DNI [[ID_NUMBER|73149826M]], cuenta [[IBAN_CODE|ES89 2085 1027 4903 3184 7562]].",
    "Voluntaria del festival: [[PERSON|Oksana Melnyk]], NIE [[ID_NUMBER|Y4817395J]], correo [[EMAIL_ADDRESS|oksana.melnyk@example.es]].",
    "Payroll for the Dublin shows: [[PERSON|Aoife Kavanagh]], PPS [[ID_NUMBER|8264137IA]], email [[EMAIL_ADDRESS|aoife.kavanagh@example.ie]].",
    "Fiche intermittente du spectacle : [[PERSON|Camille Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 89 06 75 114 287 88]], RIB [[IBAN_CODE|FR44 3000 4018 3200 0617 4925 347]].",
    "Inschrijving podiumcrew: [[PERSON|Wouter Peeters]], rijksregisternummer [[ID_NUMBER|84.11.23-417.55]], IBAN [[IBAN_CODE|BE98 0637 2819 4593]].",
    "Turnéassistent: [[PERSON|Sigrid Hansen]], fødselsnummer [[ID_NUMBER|17038948245]], konto [[IBAN_CODE|NO22 1503 8246 719]].",
    "Ficha de cliente do estúdio: [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|248163973]], morada [[STREET_ADDRESS|Rua da Rosa 112, 1200-389 Lisboa]].",
    "Contract voluntar festival: [[PERSON|Andreea Ionescu]], CNP [[ID_NUMBER|2960814403181]], IBAN [[IBAN_CODE|RO79 BTRL 0130 1205 K482 91XX]].",
    "Registro de productora: [[PERSON|Catalina Rojas Muñoz]], RUT [[ID_NUMBER|17.384.926-5]], correo [[EMAIL_ADDRESS|catalina.rojas@example.cl]].",
    "Festivali vabatahtlik: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49003142729]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]].",
    "Bókun í hljóðveri: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|140892-3789]], netfang [[EMAIL_ADDRESS|gudrun.s@example.is]].",
    "Přihláška na festival: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905721/4188]], účet [[IBAN_CODE|CZ17 0800 0000 1928 4736 5021]].",
    "Анкета техніка туру: [[PERSON|Олександр Бондаренко]], РНОКПП [[ID_NUMBER|3184762054]], email [[EMAIL_ADDRESS|o.bondarenko@example.ua]].",
    "Honorarabrechnung Studiomusiker: [[PERSON|Maximilian Krüger]], Steuer-ID [[ID_NUMBER|47281635902]], IBAN [[IBAN_CODE|DE72 7605 0101 0731 9462 85]].",
    "Festival first aid, Auckland: [[PERSON|Aroha Te Whata]], NHI [[ID_NUMBER|KPR3848]], email [[EMAIL_ADDRESS|aroha.tewhata@example.co.nz]].",
    "Crew medical form – [[PERSON|Jack Thornbury]], Medicare [[ID_NUMBER|2953 81747 1]], emergency contact [[PHONE_NUMBER|+61 491 570 662]].",
    "טופס הרשמה לצוות ההפקה: [[PERSON|נועה לוי]], תעודת זהות [[ID_NUMBER|318472651]], דוא״ל [[EMAIL_ADDRESS|noa.levi@example.co.il]]",
    "Δήλωση εργαζομένου συναυλίας: [[PERSON|Γιώργος Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|15078824131]], email [[EMAIL_ADDRESS|g.antoniou@example.gr]].",
    # records without a national id
    "Ticket account holder: [[PERSON|Samuel Okafor]], customer no. [[ID_NUMBER|CUS-2291847]], email [[EMAIL_ADDRESS|samuel.okafor@example.com]], phone [[PHONE_NUMBER|(415) 555-0133]].",
    "Studio client card: [[PERSON|Priscilla Amankwah]], member #[[ID_NUMBER|STU-40718]], card on file [[CREDIT_CARD|4917 3028 6451 7721]].",
    "W-9 for session pay: [[PERSON|Derek Castellano]], SSN [[US_SSN|412-58-7390]], mailing address [[STREET_ADDRESS|2214 Magnolia Ave, Austin, TX 78704]].",
    "Tour accountant file – [[PERSON|LaToya Jenkins]], Social Security number [[US_SSN|538-21-6047]], phone [[PHONE_NUMBER|(615) 555-0189]].",
    "Fanclub-Mitglied [[PERSON|Katharina Schmid]], Mitgliedsnummer [[ID_NUMBER|FC-118204]], Anschrift [[STREET_ADDRESS|Lindenstraße 23, 50674 Köln]].",
    "Abonnée de la billetterie : Mme [[PERSON|Amélie Garnier]], numéro client [[ID_NUMBER|BL-7730215]], courriel [[EMAIL_ADDRESS|amelie.garnier@example.fr]].",
    "Socio del club de fans: [[PERSON|Diego Salazar]], tarjeta [[CREDIT_CARD|5412 9037 6618 2543]], correo [[EMAIL_ADDRESS|diego.salazar@example.mx]].",
    "Prenotazione sala prove a nome di [[PERSON|Federico Greco]], tel. [[PHONE_NUMBER|+44 1632 960285]], email [[EMAIL_ADDRESS|f.greco@example.it]].",
    "Festival volunteer: [[PERSON|Bethany Cole]], volunteer ID [[ID_NUMBER|VOL-25-0931]], [[PHONE_NUMBER|07700 900715]], [[STREET_ADDRESS|31 Larch Grove, Bath BA2 5RT]].",
    "Welfare tent patient: [[PERSON|Connor Hale]], patient number [[ID_NUMBER|WT-004812]], contact [[PHONE_NUMBER|07700 900846]].",
    "استمارة حجز الاستوديو: الاسم [[PERSON|ليلى حداد]]، البريد [[EMAIL_ADDRESS|layla.haddad@example.ae]]، الهاتف [[PHONE_NUMBER|+44 7700 900194]]",
    "Заявка на аккредитацию: [[PERSON|Анна Соколова]], e-mail [[EMAIL_ADDRESS|anna.sokolova@example.ru]], телефон [[PHONE_NUMBER|+44 7700 900357]].",
    "チケット購入者：[[PERSON|佐々木 花子]]、会員番号 [[ID_NUMBER|PL-5528193]]、カード [[CREDIT_CARD|3568 1420 7793 0616]]",
    "录音棚客户：[[PERSON|黄嘉怡]]，会员号 [[ID_NUMBER|HK-330917]]，邮箱 [[EMAIL_ADDRESS|jiayi.huang@example.hk]]",
    "공연 예매자: [[PERSON|정하늘]], 회원번호 [[ID_NUMBER|MB-7741026]], 이메일 [[EMAIL_ADDRESS|haneul.jung@example.kr]]",
    "Khách đặt phòng thu: [[PERSON|Trần Minh Khoa]], email [[EMAIL_ADDRESS|khoa.tran@example.vn]], số tài khoản [[ID_NUMBER|0071004829163]].",
    "ผู้ซื้อบัตรคอนเสิร์ต: [[PERSON|ปิยะนุช ศรีสุข]] อีเมล [[EMAIL_ADDRESS|piyanuch.s@example.co.th]] บัตรเครดิต [[CREDIT_CARD|4024 0071 8835 2966]]",
    "Stüdyo müşterisi: [[PERSON|Burak Öztürk]], e-posta [[EMAIL_ADDRESS|burak.ozturk@example.com.tr]], adres [[STREET_ADDRESS|Moda Caddesi No: 48, 34710 Kadıköy/İstanbul]].",
    "Κράτηση στούντιο: [[PERSON|Δήμητρα Κωνσταντίνου]], IBAN [[IBAN_CODE|GR11 0110 1250 0000 0014 8269 371]], email [[EMAIL_ADDRESS|dimitra.k@example.gr]].",
    "Medlem i fanklubben: [[PERSON|Oskar Lindholm]], medlemsnummer [[ID_NUMBER|FK-20931]], konto [[IBAN_CODE|SE02 6000 0000 0004 8271 9356]].",
    "Frivillig på festivalen: [[PERSON|Mette Kristensen]], konto [[IBAN_CODE|DK86 3000 0004 8271 97]], mail [[EMAIL_ADDRESS|mette.k@example.dk]].",
    "Studion asiakas: [[PERSON|Janne Korhonen]], tilinumero [[IBAN_CODE|FI36 4006 1021 3847 59]], sähköposti [[EMAIL_ADDRESS|janne.korhonen@example.fi]].",
    "Tourmanagerin [[PERSON|Verena Hofer]], [[STREET_ADDRESS|Kaiserstraße 41/7, 1070 Wien]], IBAN [[IBAN_CODE|AT14 2011 1847 3920 1658]].",
    "Tontechniker [[PERSON|Lukas Meier]], Konto [[IBAN_CODE|CH15 0048 3518 2740 3910 0]], Mail [[EMAIL_ADDRESS|lukas.meier@example.ch]].",
    "Merch vendor payout: [[PERSON|Olivia Brandt]], IBAN [[IBAN_CODE|GB25 MIDL 4027 1863 9502 14]], phone [[PHONE_NUMBER|01632 960738]].",
    "Season pass holder [[PERSON|Marcus Bell]], account [[ID_NUMBER|SP-0094471]], card [[CREDIT_CARD|2223 4817 0936 5521]], billing address [[STREET_ADDRESS|708 W Division St, Chicago, IL 60610]].",
    "Guest list entry: [[PERSON|Lola Achebe]], [[PHONE_NUMBER|07700 900263]], [[EMAIL_ADDRESS|lola.achebe@example.com]].",
    "Tour bus driver: [[PERSON|Gareth Probert]], driving licence [[ID_NUMBER|PROBE702148GT9AB]], phone [[PHONE_NUMBER|07700 900592]].",
    "Ticket refund to [[PERSON|Charlotte Nguyen]], BSB and account [[ID_NUMBER|062-914 10483927]], mobile [[PHONE_NUMBER|0491 570 471]].",
    "Studio member: [[PERSON|Nathaniel Okoye]], member ID [[ID_NUMBER|RS-55102]], [[PHONE_NUMBER|(647) 555-0121]].",
    "Lost property claim: [[PERSON|Imogen Farley]], [[STREET_ADDRESS|47 Queens Road, Brighton BN1 3XE]], [[EMAIL_ADDRESS|imogen.farley@example.co.uk]].",
    "Ticketkoper: [[PERSON|Femke Jansen]], klantnummer [[ID_NUMBER|KL-6630418]], adres [[STREET_ADDRESS|Oudegracht 187, 3511 NL Utrecht]].",
    "Kupujący bilet: [[PERSON|Paweł Kamiński]], karta [[CREDIT_CARD|4556 2290 7314 8806]], e-mail [[EMAIL_ADDRESS|pawel.kaminski@example.pl]].",
    "Reserva de estúdio: [[PERSON|Tiago Sousa]], cartão [[CREDIT_CARD|5193 7640 2285 0173]], email [[EMAIL_ADDRESS|tiago.sousa@example.pt]].",
    "Comprador: [[PERSON|Valentina Giménez]], dirección [[STREET_ADDRESS|Av. Corrientes 1847, piso 3, C1045 CABA]], email [[EMAIL_ADDRESS|vale.gimenez@example.com.ar]].",
    "Manager contact sheet: [[PERSON|Devika Ramaswamy]], [[EMAIL_ADDRESS|devika.r@example.in]], [[PHONE_NUMBER|+44 7700 900408]].",
    "Artist registration: [[PERSON|Adébáyọ̀ Olúwọlé]], email [[EMAIL_ADDRESS|adebayo.oluwole@example.ng]], account number [[ID_NUMBER|0123884617]].",
    "Crew member [[PERSON|Achieng Otieno]], staff number [[ID_NUMBER|EMP-30417]], email [[EMAIL_ADDRESS|achieng.otieno@example.co.ke]].",
    "Studio booking deposit: [[PERSON|Felix Armitage]], card [[CREDIT_CARD|3714 605928 13478]], expiry 08/27.",
    "VIP upgrade for [[PERSON|Jennifer Osei-Bonsu]], customer [[ID_NUMBER|C-00918273]], [[PHONE_NUMBER|01632 960164]].",
    "Fesztivál önkéntes: [[PERSON|Nagy Eszter]], e-mail [[EMAIL_ADDRESS|eszter.nagy@example.hu]], számla [[IBAN_CODE|HU45 1177 3016 2849 1736 0000 0000]].",
    "Clárú ceoltóra: [[PERSON|Niamh Ní Cheallaigh]], ríomhphost [[EMAIL_ADDRESS|niamh.nic@example.ie]], guthán [[PHONE_NUMBER|+44 7700 900639]].",
    "Cofrestru gwirfoddolwr: [[PERSON|Gwenllian Morgan]], cyfeiriad [[STREET_ADDRESS|9 Stryd y Castell, Caernarfon LL55 1SE]], ffôn [[PHONE_NUMBER|01632 960829]].",
    "Пријава за фестивал: [[PERSON|Марко Петровић]], е-пошта [[EMAIL_ADDRESS|marko.petrovic@example.rs]], картица [[CREDIT_CARD|4716 2803 5519 4726]].",
    "Регистрация на доброволец: [[PERSON|Десислава Георгиева]], имейл [[EMAIL_ADDRESS|desislava.g@example.bg]], IBAN [[IBAN_CODE|BG97 STSA 9300 0027 4819 36]].",
    "Volonter festivala: [[PERSON|Ivana Horvat]], IBAN [[IBAN_CODE|HR66 2340 0091 1082 7593 6]], e-mail [[EMAIL_ADDRESS|ivana.horvat@example.hr]].",
    "Pemesan tiket: [[PERSON|Siti Rahmawati]], email [[EMAIL_ADDRESS|siti.rahma@example.co.id]], kartu [[CREDIT_CARD|5339 0418 7726 1532]].",
    "Bumili ng tiket: [[PERSON|Jasmine Dela Cruz]], email [[EMAIL_ADDRESS|jasmine.delacruz@example.ph]], numero ng miyembro [[ID_NUMBER|PH-MEM-80214]].",
    "Mwanachama wa klabu ya mashabiki: [[PERSON|Neema Mwakyusa]], barua pepe [[EMAIL_ADDRESS|neema.m@example.co.tz]], namba ya uanachama [[ID_NUMBER|FAN-60215]].",
    "Account takeover report: [[PERSON|Callum Fraser]], username [[ID_NUMBER|cfraser_gigs]], sign-in from [[IP_ADDRESS|198.51.100.23]].",
    "Studio alarm holder: [[PERSON|Rosalind Beck]], mobile [[PHONE_NUMBER|07700 900922]], alarm code [[PASSWORD|9130]].",
    "Box office staff login: [[PERSON|Tobias Wren]], staff ID [[ID_NUMBER|BO-1187]], temporary password [[PASSWORD|Tkt!Booth2025]].",
    "Kartenkäufer [[PERSON|Jonas Becker]], Kreditkarte [[CREDIT_CARD|4485 6120 9347 0183]], E-Mail [[EMAIL_ADDRESS|jonas.becker@example.de]].",
    "Membre du fan-club : [[PERSON|Maëlle Tremblay]], [[STREET_ADDRESS|4521 rue Saint-Denis, Montréal, QC H2J 2L4]], [[PHONE_NUMBER|(514) 555-0183]].",
    "Ticket booking: [[PERSON|Rohan Deshpande]], loyalty number [[ID_NUMBER|LY-4410927]], email [[EMAIL_ADDRESS|rohan.deshpande@example.in]].",
    "Tour insurance: [[PERSON|Miriam Goldberg]], policy number [[ID_NUMBER|POL-77201934]], [[EMAIL_ADDRESS|miriam.goldberg@example.com]].",
    "Festival camping refund: [[PERSON|Kirra Johnson]], [[STREET_ADDRESS|14 Banksia Crescent, Fremantle WA 6160]], [[PHONE_NUMBER|0491 570 509]].",
    "تسجيل متطوع في المهرجان: [[PERSON|يوسف عبد الله]]، البريد الإلكتروني [[EMAIL_ADDRESS|youssef.abdallah@example.eg]]، رقم العضوية [[ID_NUMBER|MEM-38821]]",
    "ثبت‌نام باشگاه هواداران: [[PERSON|سارا رضایی]]، ایمیل [[EMAIL_ADDRESS|sara.rezaei@example.com]]، شماره عضویت [[ID_NUMBER|MEM-48120]]",
    "Session musician invoice: [[PERSON|Nikolai Petrov]], sort code and account [[ID_NUMBER|40-12-76 31926480]], [[EMAIL_ADDRESS|nikolai.petrov@example.com]].",
]

# 25 MT-Bench/Vicuna-style prompts; public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive email to convince your introverted friend to come to a music festival with you. Keep it under 150 words.",
    "Compose an engaging travel blog post about a weekend exploring the live music scene of New Orleans, highlighting cultural experiences and must-see venues.",
    "Imagine you are Sherlock Holmes attending a rock concert. Describe, in his voice, what you deduce about the crowd around you.",
    "Explain the difference between mixing and mastering in audio production to someone with no technical background.",
    "Write a Python function that takes a list of song durations in seconds and returns the total running time formatted as hours, minutes and seconds.",
    "What are the main factors to consider when planning the stage schedule of a three-day outdoor festival?",
    "Describe the influence of the Beatles on popular music in the 1960s in three paragraphs.",
    "Role-play as a grumpy pirate who has just been asked to sing karaoke. Stay in character for the whole reply.",
    "Compare vinyl records and streaming as ways to listen to music: give three advantages of each.",
    "Extract the venue names and dates from the following text and return them as JSON: 'The tour opens at the Apollo on 3 May, moves to the Corn Exchange on 7 May and closes at the Riverside Hall on 12 May.'",
    "How would you explain a time signature like 7/8 to a child who has just started drum lessons?",
    "Write a haiku about the silence right after the last encore.",
    "If Ludwig van Beethoven could hear a modern electronic dance track, what might he say about it? Answer in his imagined voice.",
    "Suggest five names for a fictional indie band whose songs are all about lighthouses, and explain each name in one sentence.",
    "What are the ethical concerns around dynamic pricing for concert tickets? Give arguments on both sides.",
    "Summarise the plot of Shakespeare's Twelfth Night in exactly four sentences, focusing on Viola.",
    "Write a SQL query that returns the ten best-selling events from a table tickets(event_id, event_name, quantity, sold_at) over the last 30 days.",
    "You are a sound engineer. A band complains that the vocals are muddy in their monitors. Walk me through how you would troubleshoot it.",
    "Draft a polite announcement telling festival-goers that the main stage will open an hour late because of high winds.",
    "Explain how Taylor Swift's re-recording of her earlier albums relates to the ownership of master recordings.",
    "Write a limerick about a tuba that keeps getting lost on tour.",
    "What is the circle of fifths and why is it useful for songwriters?",
    "Pretend you are Gandalf giving a pep talk to a nervous opening act before their first big show.",
    "Rewrite this sentence to sound more formal: 'The gig was awesome but the queue for the bar was a total nightmare.'",
    "Give me a step-by-step plan to learn the bass guitar in six months, assuming thirty minutes of practice a day.",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A festival sells 1,200 weekend tickets at $150 each and 800 day tickets at $70 each. How much money does it take in from ticket sales in total?",
    "Mia practises guitar for 45 minutes every weekday and 90 minutes on each weekend day. How many hours does she practise in a week?",
    "A band has 14 songs on its setlist. Each song lasts 4 minutes on average and there is 1 minute between songs. How long is the set if there is no gap after the last song?",
    "A recording studio charges $60 per hour for the first 5 hours and $45 per hour after that. How much does a 9-hour session cost?",
    "Leo bought 3 band T-shirts at $25 each and 2 posters at $8 each. He paid with a $100 bill. How much change did he get?",
    "A tour bus travels 420 miles in 7 hours. At the same speed, how long would it take to travel 660 miles?",
    "A venue holds 2,500 people. On Friday it was 84% full. How many people attended?",
    "Priya sold 36 raffle tickets on Monday, twice as many on Tuesday, and 15 fewer on Wednesday than on Tuesday. How many did she sell over the three days?",
    "A drummer breaks 2 sticks every show. Sticks come in packs of 12. How many packs does she need for a 40-show tour?",
    "The merch stand started with 300 hoodies. It sold one third of them on the first night and 45 on the second night. How many hoodies are left?",
    "Tom splits the cost of a $540 rehearsal room equally between himself and 5 bandmates. How much does each person pay?",
    "A concert starts at 7:30 pm. The support act plays for 40 minutes, there is a 25-minute break, and the headliner plays for 1 hour 50 minutes. At what time does the concert end?",
    "A vinyl record costs $28. During a sale it is discounted by 25%. How much do 4 records cost during the sale?",
    "Ana can mix a song in 3 hours, and Ben can mix the same song in 6 hours. If they work together, how long will it take them to mix one song?",
    "A festival campsite has 18 rows of tents with 24 tents in each row. If each tent holds 3 people, how many people can camp there?",
    "Jamal earns $180 per gig. He plays 3 gigs a week for 8 weeks and spends $350 on new strings and cables. How much money does he have left?",
    "A ticket site charges a $4.50 booking fee per ticket plus $2 per order. What is the total fee for an order of 6 tickets?",
    "There are 5 stages at a festival. Each stage hosts 9 acts a day for 3 days. How many performances are there in total?",
    "A choir has 48 singers. 3/8 of them are sopranos and 1/4 are altos. The rest are split evenly between tenors and basses. How many basses are there?",
    "Sofia downloads an album of 12 songs. Each song is 8 megabytes. Her phone has 150 megabytes free. How much space is left after the download?",
    "A band had 20,000 streams in January and the number grew by 15% each month. How many streams did it have in March?",
    "Kenji buys guitar strings at $9 a set. He restrings his 3 guitars every 2 weeks. How much does he spend on strings in 12 weeks?",
    "A festival needs 1 security guard for every 150 visitors. If 13,500 visitors are expected, how many guards are needed?",
    "A sound engineer has 64 channels on a desk. The drum kit uses 11, the bass uses 2, the guitars use 6 and the vocals use 5. How many channels are free?",
    "Olivia is 4 years older than her brother. In 6 years, the sum of their ages will be 40. How old is Olivia now?",
]

# 25 MMLU-style items.
CLEAN_MMLU = [
    "Which interval separates two notes whose frequencies are in a 2:1 ratio?\nA. A perfect fifth\nB. An octave\nC. A major third\nD. A tritone",
    "In economics, a price ceiling set below the equilibrium price typically leads to:\nA. A surplus\nB. A shortage\nC. No change in quantity\nD. Higher producer revenue",
    "Sound travels fastest through which medium?\nA. Air\nB. Water\nC. Steel\nD. A vacuum",
    "Which composer wrote The Four Seasons?\nA. Johann Sebastian Bach\nB. Antonio Vivaldi\nC. George Frideric Handel\nD. Claudio Monteverdi",
    "Sound pressure level is most commonly expressed in:\nA. Hertz\nB. Decibels\nC. Newtons\nD. Joules",
    "Under US copyright law, the exclusive right to perform a musical work publicly belongs to the:\nA. Venue owner\nB. Copyright holder\nC. Audience\nD. Ticket seller",
    "Which of the following is a woodwind instrument?\nA. Trumpet\nB. Clarinet\nC. Trombone\nD. Tuba",
    "If the demand for concert tickets is price inelastic, a price increase will:\nA. Decrease total revenue\nB. Increase total revenue\nC. Leave revenue unchanged\nD. Reduce supply",
    "The human ear is generally most sensitive to frequencies around:\nA. 20 Hz\nB. 200 Hz\nC. 3,000 Hz\nD. 18,000 Hz",
    "What is the derivative of x^3 with respect to x?\nA. 3x\nB. x^2\nC. 3x^2\nD. 3x^3",
    "Which psychological principle describes the tendency to like songs more after hearing them repeatedly?\nA. Mere-exposure effect\nB. Cognitive dissonance\nC. Bystander effect\nD. Anchoring",
    "The pitch of a passing siren seems to change because:\nA. The siren changes its pitch\nB. Relative motion changes the observed frequency\nC. The air temperature drops\nD. Sound reflects off buildings",
    "The main cause of power loss in long speaker cables is:\nA. Resistance of the conductor\nB. Capacitance of the air\nC. Magnetism of the speaker\nD. Humidity",
    "In contract law, an offer is generally terminated by:\nA. A counter-offer\nB. A request for information\nC. Silence\nD. An advertisement",
    "The Renaissance period of Western music is generally dated to approximately:\nA. 500–1000\nB. 1400–1600\nC. 1750–1820\nD. 1900–1950",
    "Which logical fallacy attacks the person making an argument rather than the argument itself?\nA. Straw man\nB. Ad hominem\nC. Slippery slope\nD. Begging the question",
    "What is the time complexity of binary search on a sorted array of n elements?\nA. O(n)\nB. O(log n)\nC. O(n log n)\nD. O(1)",
    "Which organelle produces most of a cell's ATP?\nA. Ribosome\nB. Golgi apparatus\nC. Mitochondrion\nD. Lysosome",
    "A monopsony is a market with:\nA. One seller\nB. One buyer\nC. Two sellers\nD. Many buyers and sellers",
    "In standard concert tuning, the A above middle C has a frequency of:\nA. 220 Hz\nB. 440 Hz\nC. 523 Hz\nD. 880 Hz",
    "Which amendment to the US Constitution protects freedom of speech?\nA. First\nB. Second\nC. Fifth\nD. Tenth",
    "Which scale degree is the dominant in a major key?\nA. First\nB. Third\nC. Fourth\nD. Fifth",
    "The median of the data set 3, 7, 9, 12, 20 is:\nA. 7\nB. 9\nC. 10.2\nD. 12",
    "Which gas makes up the largest share of Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Nitrogen\nD. Argon",
    "A company that sells tickets for events it does not organise, on behalf of the organiser, is acting as:\nA. A principal\nB. An agent\nC. A guarantor\nD. A trustee",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How loud does a concert have to be before it can damage your hearing, and how long is it safe to stay?",
    "What are the signs of heat exhaustion at an outdoor festival and what should you do about them?",
    "Is ringing in the ears after a gig normal, and when should I see a doctor about it?",
    "Do foam earplugs actually protect hearing at concerts, or do I need musician's earplugs?",
    "What's the best way to stay hydrated during a long day in the sun without drinking too much water?",
    "Can standing for hours at a concert cause blood clots?",
    "How can a singer tell the difference between normal vocal tiredness and a vocal cord injury?",
    "What are the early symptoms of meningitis that young people at festivals should watch for?",
    "Is it safe to use a reliever inhaler before exercise, and how long does it keep working?",
    "How do I treat a blister on my heel after wearing new boots all weekend?",
    "What causes repetitive strain injury in drummers' wrists and how can it be prevented?",
    "Can strobe lights trigger a seizure in someone who has never had epilepsy?",
    "How much extra sleep does an adult need to recover after several nights of very little sleep?",
    "What should you do if someone faints in a crowded standing area?",
    "Is it dangerous to mix alcohol with antihistamines?",
    "What are the symptoms of a panic attack and how is it different from a heart attack?",
    "How long should sunscreen be on before going outside, and how often should it be reapplied?",
    "Does the flu vaccine protect against the stomach bugs that spread at campsites?",
    "What is the safest way to remove a tick after camping in long grass?",
    "Can loud bass vibrations affect a pacemaker?",
    "How can I reduce lower back pain from carrying heavy equipment?",
    "What are the common side effects of ibuprofen and who should avoid it?",
    "Is hearing loss from loud noise permanent, or can it recover?",
    "Which vaccinations are usually recommended before travelling to a tropical country?",
    "How do I know whether a cut needs stitches?",
]

NATIONAL_IDS = {
    "110108198607234179": china_id_ok,  # Chinese resident identity number
    "510107199302145864": china_id_ok,
    "317.842.596-91": cpf_ok,  # Brazilian CPF
    "529.063.418-51": cpf_ok,
    "5847 2916 3079": aadhaar_ok,  # Indian Aadhaar
    "9162 4805 7317": aadhaar_ok,
    "T0384175D": nric_ok,  # Singapore NRIC
    "870419-3187": luhn_len(10),  # Swedish personnummer
    "318627401": bsn_ok,  # Dutch BSN
    "529371844": bsn_ok,
    "930512-1827468": rrn_ok,  # Korean resident registration number
    "538 817 264": tfn_ok,  # Australian tax file number
    "046 381 976": luhn_len(9),  # Canadian SIN
    "28461937550": kimlik_ok,  # Turkish kimlik
    "485 319 7028": nhs_ok,  # NHS number
    "637 204 8159": nhs_ok,
    "92071538416": pesel_ok,  # Polish PESEL
    "85112062481": pesel_ok,
    "MRTGLI88C52L219R": codice_fiscale_ok,  # Italian codice fiscale
    "240791-6386": hetu_ok,  # Finnish henkilötunnus
    "9106285124083": luhn_len(13),  # South African id
    "3805 2716 4939": my_number_ok,  # Japanese My Number
    "73149826M": dni_ok,  # Spanish DNI
    "Y4817395J": dni_ok,  # Spanish NIE
    "8264137IA": pps_ok,  # Irish PPS number
    "2 89 06 75 114 287 88": nir_ok,  # French NIR
    "84.11.23-417.55": belgian_id_ok,  # Belgian national number
    "17038948245": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248163973": nif_ok,  # Portuguese NIF
    "2960814403181": cnp_ok,  # Romanian CNP
    "17.384.926-5": rut_ok,  # Chilean RUT
    "49003142729": isikukood_ok,  # Estonian isikukood
    "140892-3789": kennitala_ok,  # Icelandic kennitala
    "905721/4188": rodne_cislo_ok,  # Czech rodné číslo
    "3184762054": rnokpp_ok,  # Ukrainian RNOKPP
    "47281635902": steuer_id_ok,  # German tax id
    "KPR3848": nhi_ok,  # New Zealand NHI
    "2953 81747 1": medicare_ok,  # Australian Medicare card
    "318472651": luhn_len(9),  # Israeli teudat zehut
    "15078824131": luhn_len(11),  # Greek AMKA
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
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]

# Cards and IBANs are checked by check_spans (Luhn, mod 97) and check_values (no
# documentation IBAN); this list is checked once more here.
CARDS = [
    "4539 7712 0846 3156", "5284 6019 3372 8405", "3782 941736 52085", "6011 8427 3065 1196",
    "4917 3028 6451 7721", "5412 9037 6618 2543", "3568 1420 7793 0616", "4024 0071 8835 2966",
    "2223 4817 0936 5521", "4556 2290 7314 8806", "5193 7640 2285 0173", "3714 605928 13478",
    "4716 2803 5519 4726", "5339 0418 7726 1532", "4485 6120 9347 0183",
]  # fmt: skip


def spans_of(texts: list[str], kind: str) -> list[str]:
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_mix() -> None:
    """The chat requests name people and hold secrets in the counts of the brief; the
    records each name one person, the first 40 with a national id; every card is listed."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    if (
        sum(is_lower(t) for t in CHAT[:LOWER_CHAT] + CHAT[LOWER_CHAT + OTHER_LANGUAGES :])
        != LOWER_CHAT
    ):
        raise SystemExit("chat: lower-case texts outside the first block")
    for t in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(t)):
            raise SystemExit(f"records: no person in {t[:60]!r}")
    with_id = [t for t in RECORDS if any(v in NATIONAL_IDS for v in spans_of([t], "ID_NUMBER"))]
    if with_id != RECORDS[:40] or not 38 <= len(NATIONAL_IDS) <= 42:
        raise SystemExit("records: the national ids must be in the first 40 records")
    if sorted(spans_of(CHAT + RECORDS, "CREDIT_CARD")) != sorted(CARDS):
        raise SystemExit("cards: the marked cards differ from CARDS")
    if not all(luhn_ok(c) for c in CARDS):
        raise SystemExit("cards: a card fails Luhn")
    for v in spans_of(CHAT + RECORDS, "EMAIL_ADDRESS"):
        if not re.fullmatch(
            r"([a-z]+\.)?example(\.[a-z]{2,3}){0,2}|[a-z]+\.example", v.split("@")[1]
        ):
            raise SystemExit(f"e-mail {v!r} not on an example domain")
    for text in (strip_marks(t)[0] for t in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]):
        if text.isascii():
            raise SystemExit(f"chat: {text[:40]!r} should be in another language")


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
        "blind175", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
