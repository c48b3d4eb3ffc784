# ruff: noqa: E501
"""A ninety-fifth blind privacy set: 220 texts with personal data and 100 clean ones, on
travel, hospitality, events and logistics.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise: hotel and flight bookings, guest
  lists and seating, wedding planning, drivers and couriers, ride shares, sports clubs and
  race events. The first 30 are typed all in lower case, the next 6 are in Spanish,
  French, German, Portuguese, Italian and Turkish, the rest are English with capitals.
  Names come from South Asia, West, East and Southern Africa, East and South-East Asia,
  Latin America and elsewhere, written in Latin letters, with one in Thai script: first
  names alone, surnames after titles (Mr, Ms, Mrs, Dr, Coach, Auntie, Grandma), full names,
  lower-case names, names with non-English letters and names that are ordinary words
  (Joy, Hope, Destiny, Precious, Sunny, Blessing, Faith);
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research synthetic sentences and Nannigalaxy-style records): one invented
  person each with one to four values besides the name, as prose sentences ("... lives
  at ..."), labelled profile lines, CSV and form rows, JSON and XML fragments, log lines,
  e-mail headers and letters;
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (writing,
  reasoning, coding, role-play, STEM; some name historical figures or fictional
  characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style
  items with options A to D and 25 patient-style health questions naming no one.

Usernames and logins, account, customer, member, employee, staff, patient, policy and
frequent-flyer numbers, passports, driver licences and national and tax ids are ID_NUMBER;
PINs, door, gate, lockbox, locker and safe codes, Wi-Fi keys and passwords are PASSWORD;
titles and relation words stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; public figures, fictional characters,
pets, brands, places, order, ticket, booking, bag-tag and invoice numbers and dates of
birth are not labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0, North
America 555-01xx, Australia 0491 570) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; IPs from documentation ranges; national ids with valid check digits (Indian
Aadhaar, Brazilian CPF, Singapore NRIC and FIN, Korean resident registration number,
Japanese My Number, Chinese resident id, Spanish DNI and NIE, Turkish kimlik, Chilean RUT,
Portuguese NIF, NHS number, Australian TFN, Canadian SIN, South African id, Polish PESEL,
Italian codice fiscale, German tax id, French NIR, Dutch BSN).

Run ``.venv/bin/python bench/data/build_blind95.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    china_id_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 12
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Auntie|Uncle|Grandma|Sr|Sra|Herr|Frau|Mme|M)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

CHAT = [
    # 30 typed all in lower case
    "can you draft a message to our driver [[PERSON|ravi shankar]] telling him the pickup moved to 6:40am at terminal 2? his number is [[PHONE_NUMBER|+91 98450 31276]]",
    "pls confirm the hotel booking for [[PERSON|nguyen thi lan]], her email is [[EMAIL_ADDRESS|lan.nguyen84@fastmail.vn]] and she lands friday night",
    "the wifi key for the wedding guest cottages is [[PASSWORD|marigold-2291]], write a cute little card for each room with it",
    "translate to swahili: dear [[PERSON|wanjiru]], your courier will call you on [[PHONE_NUMBER|+254 712 408 331]] before the delivery",
    "my airline account login is [[ID_NUMBER|kwame.asante77]] and password [[PASSWORD|accra!harmattan9]], why cant i see my miles anymore",
    "sort this guest list alphabetically by surname: [[PERSON|aarav mehta]], [[PERSON|divya iyer]], [[PERSON|chukwuemeka obi]], [[PERSON|siti aminah binti rahman]], [[PERSON|joy]] and [[PERSON|mateo quispe]]",
    "help me plan a 3 day offsite in mombasa for 12 people and send the itinerary to [[PERSON|tunde]] at [[EMAIL_ADDRESS|ops.tunde@brightlane-logistics.ng]]",
    "the grab driver [[PERSON|budi santoso]] has my laptop bag, his phone was [[PHONE_NUMBER|0813-2794-5618]]. what do i say to him in bahasa",
    "charge the banquet hall deposit to card [[CREDIT_CARD|4539 1728 4061 7533]] exp 09/27, name on card [[PERSON|priya ramaswamy]]. write the email to the venue",
    "fix this: hi mr [[PERSON|tanaka]] your room at the ryokan is ready, the door code are [[PASSWORD|4817]] and dinner is at seven",
    "whats a polite way to tell auntie [[PERSON|ngozi]] the wedding is adults only? her number [[PHONE_NUMBER|+234 803 555 2190]] is in the family group",
    "calculate how much each of us owes for the villa: me, [[PERSON|lakshmi]], [[PERSON|farhan]], [[PERSON|beatriz]] and [[PERSON|hope]]. total was 2,340 usd plus a 90 usd cleaning fee",
    "send the caterer balance to iban [[IBAN_CODE|de85 5001 0517 0429 1837 6520]], account holder [[PERSON|lena okonkwo-braun]]. can you write the payment note",
    "my frequent flyer number is [[ID_NUMBER|tk448193627]], name [[PERSON|emre yildirim]]. which alliance is it",
    "courier says my customer number is [[ID_NUMBER|cx-55182903]]. write a complaint that the parcel to [[STREET_ADDRESS|14 jalan ampang, 50450 kuala lumpur]] never came",
    "my passport [[ID_NUMBER|p7739204]] runs out in august, do i need to renew it before flying to peru in june",
    "reply to [[PERSON|fatima zahra el idrissi]] and say we can host 40 guests on the riad terrace. her email [[EMAIL_ADDRESS|fz.elidrissi@menara-mail.ma]]",
    "write a whatsapp to the under 12s parents: coach [[PERSON|samuel adeyemi]] is on [[PHONE_NUMBER|07700 900418]] and training moves to sunday 9am",
    "the hostel locker code is [[PASSWORD|7-3-9-1]] and my bunkmate [[PERSON|rahim uddin]] forgot it, write him a short note for his bed",
    "plan the best order for these drops: [[STREET_ADDRESS|calle 72 #10-34, bogotá 110231]], [[STREET_ADDRESS|carrera 15 #93-47, bogotá]] and [[STREET_ADDRESS|avenida 19 #104-62, bogotá]]. driver is [[PERSON|andrés felipe rojas]]",
    "hotel wifi gives me [[IP_ADDRESS|203.0.113.57]] and the vpn keeps dropping. the wifi key is [[PASSWORD|seabreeze5512]], is that why",
    "how do i split an uber with [[PERSON|thabo]] and [[PERSON|nomvula]] if the app only takes one card",
    "write a thank you note to our wedding planner [[PERSON|maría josé castillo]], her office is at [[STREET_ADDRESS|av. providencia 1208, of. 54, providencia, santiago]]",
    "the api key for the flight search sandbox is [[API_KEY|fs_test_8h2kq9vz3m1xw7rt5ypd]] and every call returns 401, what am i missing",
    "dinner reservation is under [[PERSON|kim min-jun]], phone [[PHONE_NUMBER|010-4827-3916]]. write the sms reminder for tomorrow 7pm",
    "employee id [[ID_NUMBER|emp-20417]] for [[PERSON|rosa mamani]] needs a travel advance for the cusco trip, draft the request to finance",
    "tell [[PERSON|pedro]] the gate code for the farm venue is [[PASSWORD|1968#]] and parking is behind the barn",
    "my aadhaar is [[ID_NUMBER|5830 7214 9635]], will a hotel in goa take it as id at check in or do i need my passport",
    "summarise: [[PERSON|li wei]] booked 2 rooms, paid with [[CREDIT_CARD|5423 9106 7728 4190]], wants late checkout, contact [[EMAIL_ADDRESS|liwei.travels@qqmail.cn]]",
    "draft a lost luggage claim for [[PERSON|kofi boateng]], bag tag gh 440921, phone [[PHONE_NUMBER|+233 24 418 7702]]",
    # 6 in other languages
    "¿Puedes escribir un mensaje para [[PERSON|Valentina Huamán]] confirmando su reserva en el hotel de Arequipa? Su correo es [[EMAIL_ADDRESS|vale.huaman@correo-andino.pe]] y su teléfono [[PHONE_NUMBER|+51 987 412 356]].",
    "Rédige une réponse à M. [[PERSON|Moussa Diallo]] : son chauffeur l'attendra à l'aéroport de Dakar au [[PHONE_NUMBER|+221 77 418 52 36]] et le code du portail de la villa est [[PASSWORD|DK-5528]].",
    "Bitte fasse zusammen: Die Läuferin [[PERSON|Aylin Demir]] wohnt in der [[STREET_ADDRESS|Gneisenaustraße 41, 10961 Berlin]] und überweist die Startgebühr vom Konto [[IBAN_CODE|AT33 2011 1839 2047 1652]].",
    "Traduza para o inglês: a noiva [[PERSON|Thaís Nascimento]] pediu que os convites fossem enviados para a [[STREET_ADDRESS|Rua Cardeal Arcoverde 1740, apto 32, 05414-002 São Paulo]]; o CPF dela é [[ID_NUMBER|537.284.916-91]].",
    "Scrivi un promemoria per [[PERSON|Giovanna Russo]]: il suo codice fiscale è [[ID_NUMBER|RSSGNN85M41L219F]] e la password del portale del circolo velico è [[PASSWORD|Vela!Chioggia77]].",
    "Şoförümüz [[PERSON|Mehmet Kaya]] için kısa bir mesaj yazar mısın? Havalimanından alınacak misafirin telefonu [[PHONE_NUMBER|+90 532 418 27 63]], kimlik numarası [[ID_NUMBER|53829461750]].",
    # English with capitals
    "Can you write a welcome message for our Airbnb guest [[PERSON|Oluwaseun Bakare]]? The lockbox code is [[PASSWORD|3309]] and my number is [[PHONE_NUMBER|(415) 555-0137]].",
    "Please reply to Mrs [[PERSON|Wickramasinghe]] and confirm her late arrival on the 14th. Her email is [[EMAIL_ADDRESS|d.wickramasinghe@lankamail.lk]].",
    "Draft a polite reminder to [[PERSON|Chayton]] that his share of the ski cabin, 312 dollars, is still owed.",
    "I booked flights for my parents, [[PERSON|Ramesh Patel]] and [[PERSON|Kokila Patel]]. Their passports are [[ID_NUMBER|Z4419382]] and [[ID_NUMBER|Z4419517]]. Can you check I spelled everything consistently in the form?",
    "Our courier [[PERSON|Juma Mwangi]] keeps getting lost. Write clear directions to [[STREET_ADDRESS|Plot 27, Ngong Road, Kilimani, Nairobi 00100]] from the Prestige Plaza.",
    "Summarise the incident: guest [[PERSON|Hiroshi Watanabe]] in room 808 reported that someone logged into his loyalty account [[ID_NUMBER|HW-0048812]] from [[IP_ADDRESS|198.51.100.201]] while he was asleep.",
    "Plan a seating chart for 8 tables. The head table is [[PERSON|Anjali]], [[PERSON|Rohan]], [[PERSON|Precious Dlamini]], [[PERSON|Sunny Okafor]] and [[PERSON|Marisol Chávez]].",
    "Translate into Vietnamese: 'Mr [[PERSON|Tran Van Hung]], your shuttle to Noi Bai leaves at 5am. Call [[PHONE_NUMBER|+84 912 345 078]] if you are late.'",
    "I need to pay the tour operator in Lisbon. Their IBAN is [[IBAN_CODE|PT39 0035 0729 4102 8375 6190 3]] and the account is in the name of [[PERSON|Joaquim Ferraz]]. Write the transfer description in Portuguese.",
    "Help me word an apology to [[PERSON|Destiny]] for double-booking her photography slot at the gala.",
    "Fix the formatting of this driver roster: [[PERSON|Arjun Nair]] [[PHONE_NUMBER|9847012365]], [[PERSON|Senthil Kumar]] [[PHONE_NUMBER|9443158720]], [[PERSON|Babajide Ojo]] [[PHONE_NUMBER|08031479256]].",
    "What should I do? The hotel front desk asked for my card number over the phone and I gave them [[CREDIT_CARD|4916 0273 8815 2645]]. Now I am worried.",
    "Write an out-of-office for [[PERSON|Amara Nwosu]]: she is at the Kigali conference until Friday, urgent logistics questions go to [[EMAIL_ADDRESS|dispatch.desk@kivu-freight.rw]].",
    "My cricket club membership number is [[ID_NUMBER|MCC-77120]] and the portal password is [[PASSWORD|Yorker#Pace44]]. Write steps to change the password safely.",
    "Calculate fuel costs for [[PERSON|Thandiwe]] driving from Durban to Cape Town, 1,640 km at 7.2 litres per 100 km and R24 a litre.",
    "Can you make this invitation sound warmer? 'Dear [[PERSON|Xochitl]] and [[PERSON|Emiliano]], you are invited to our quinceañera for [[PERSON|Lupita]] on 3 May.'",
    "Write a message to the building manager at [[STREET_ADDRESS|Unit 12, 48 Orchard Road, Singapore 238868]] saying the movers arrive Saturday. Tenant is [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7481925G]].",
    "We use this key for the booking engine webhook: [[API_KEY|bk_live_Q7rT2vX9mP4nL8sK3wZ6]]. Draft a Slack note telling the team to rotate it because it was pasted in a public channel.",
    "Advise me: my ride share account [[ID_NUMBER|nattapong.s]] was charged twice for a trip in Bangkok. How do I dispute it?",
    "Reply to [[PERSON|Sakura Ito]] in friendly English: yes, the kimono rental shop is at [[STREET_ADDRESS|2-14-7 Higashiyama, Kyoto 605-0862]] and opens at 10.",
    "Make a packing list for a desert wedding in Rajasthan. The bride, [[PERSON|Meera Shekhawat]], says nights get cold.",
    "Please proofread: 'Guest [[PERSON|Abdullahi Musa]], passport [[ID_NUMBER|A07729135]], checked in 02:14, paid cash, left phone [[PHONE_NUMBER|+234 706 318 4402]] for the laundry.'",
    "Draft a contract clause for our event staff. The agency contact is [[PERSON|Carolina Mendes]] on [[PHONE_NUMBER|+55 11 98432 7615]].",
    "How many vans do I need for 57 guests if each seats 14? The transport lead is [[PERSON|Wiremu]].",
    "Translate to Korean: Dear [[PERSON|Park Ji-woo]], your registration number is [[ID_NUMBER|880415-1726351]], please bring it to the visa office.",
    "The Wi-Fi password for the marquee is [[PASSWORD|TentPeg!Rain42]]. Write a sign for the bar in three languages.",
    "Write a short bio for the race director [[PERSON|Kiprono Chebet]] for our marathon website, no contact details.",
    "Can you turn this into a table? [[PERSON|Ananya]] - room 201 - vegetarian; [[PERSON|Ikechukwu]] - room 202 - nut allergy; [[PERSON|Rosa]] - room 203 - none.",
    "Help me write to the insurer. Policy [[ID_NUMBER|TRV-2290-44817]], holder [[PERSON|Nadia Rahman]], flight cancelled in Dhaka. Her phone is [[PHONE_NUMBER|+880 1712 405 388]].",
    "Please check whether this IBAN looks complete before I pay the Dutch bike tour: [[IBAN_CODE|NL53 RABO 0382 9174 65]], holder [[PERSON|Sanne de Vries]].",
    "Write a LinkedIn post thanking [[PERSON|Chidinma]] and [[PERSON|Ayesha]] for running the volunteer desk at the summit.",
    "My Singapore FIN is [[ID_NUMBER|G5283716U]]. Do I need it for the condo visitor registration or just my name, [[PERSON|Rizwan Qureshi]]?",
    "Plan a scavenger hunt in Oaxaca for 10 cousins. Send the clues to [[EMAIL_ADDRESS|rocio.mtz.oax@correo-sur.mx]] so [[PERSON|Rocío]] can print them.",
    "The courier app token is [[API_KEY|cr_9Xp2Lq7Wm4Zt8Vn3Bj6Hs1D]] and the dispatcher [[PERSON|Farid Haddad]] wants to know if it expires. How do I check?",
    "Rewrite this voicemail as text: 'Hi, it's [[PERSON|Bongani]], your driver for tomorrow, call me on [[PHONE_NUMBER|+27 82 614 3907]].'",
    "Write a toast for my best friend [[PERSON|Faith Mutua]] and her husband [[PERSON|Brian Otieno]].",
    "What is the best way to store this? Gym locker 41, combination [[PASSWORD|28-06-15]], owner [[PERSON|Luis Fernando Paredes]].",
    "Draft a reply to Ms [[PERSON|Pham]] confirming the boat tour for 6 in Ha Long Bay and asking her to text [[PHONE_NUMBER|+84 983 214 556]] on arrival.",
    "Summarise this email chain: [[PERSON|Gaurav Bhatt]] asks [[PERSON|Yusuf Adewale]] to book the Delhi hotel on company card [[CREDIT_CARD|371856209347125]]; [[PERSON|Yusuf]] says it was declined.",
    "My Chinese ID is [[ID_NUMBER|310104198807224639]]. The airline form asks for 'document number'. Is that the same thing?",
    "Write a rider for the band: driver [[PERSON|Kojo]], pickup at [[STREET_ADDRESS|17 Oxford Street, Osu, Accra]], green room needs water and fruit.",
    "Please make a budget for a 50-person garden wedding, max 9,000 euros. The planner is [[PERSON|Inés Barrenechea]].",
    "Can you remind me how to reset my PIN? The hotel safe in room 415 is set to [[PASSWORD|905512]] and I want a new one.",
    "Draft a message to the rowing club: [[PERSON|Nkechi Eze]] replaces [[PERSON|Jomo Kariuki]] as treasurer. New treasurer email: [[EMAIL_ADDRESS|nkechi.eze.rowing@postbox.co.ke]].",
    "Translate to Thai: the driver [[PERSON|สมชาย ใจดี]] will wait at gate 4 with a sign.",
    "Please help me compare two quotes for moving from Manila to Cebu. My contact person at the mover is [[PERSON|Maricel Dizon]], [[PHONE_NUMBER|0917 284 6613]].",
    "Write a message to [[PERSON|Mei Ling]] saying her visa letter is attached and her reference, the My Number [[ID_NUMBER|7384 1926 0532]], must match her residence card.",
    "How do I politely tell [[PERSON|Graciela]] that her cousin cannot bring three extra guests?",
    "Turn this into a shipping label: [[PERSON|Shreya Kulkarni]], [[STREET_ADDRESS|Flat 3B, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038]], [[PHONE_NUMBER|+91 99005 21437]].",
    "What does this router log mean? 'DHCP lease [[IP_ADDRESS|2001:db8:4a7::1c]] to laptop of guest [[PERSON|Jyoti Sharma]]'.",
    "Draft a booking confirmation for [[PERSON|Alejandro Quintero]]: 3 nights, sea view, deposit paid from [[IBAN_CODE|ES74 2038 5702 9183 0461 7238]].",
    "Advise on etiquette: our host in Tokyo, [[PERSON|Kenji Morimoto]], invited the team to his home. What gift should we bring?",
    "Write a short SMS: 'Your parcel will be delivered by [[PERSON|Oumar]] between 2 and 4 pm. Delivery PIN [[PASSWORD|6624]].'",
    "Calculate the per-person cost of the safari: [[PERSON|Lerato]], [[PERSON|Sipho]], [[PERSON|Naledi]] and I paid 4 x R18,500 plus R2,200 park fees.",
    "Please write a cover note for my tax refund claim on the conference trip. My TFN is [[ID_NUMBER|384 729 159]] and my name is [[PERSON|Harpreet Gill]].",
    "The shuttle company sent this; is it legit? 'Dear [[PERSON|Camila Ortiz]], confirm your card [[CREDIT_CARD|6011 4938 2017 4630]] at our link to keep your airport transfer.'",
    "Write an email to the golf club asking to update my address to [[STREET_ADDRESS|9 Kingfisher Close, Harare Drive, Borrowdale, Harare]]. Member [[ID_NUMBER|BGC-0318]], [[PERSON|Tendai Moyo]].",
    "Give me ideas for a hen party in Lagos for [[PERSON|Blessing]], something calm, she hates clubs.",
    "Proofread: 'Our new concierge, [[PERSON|Ahmad Faizal bin Yusof]], can be reached at [[EMAIL_ADDRESS|faizal.yusof@langkawi-stays.my]] or [[PHONE_NUMBER|+60 12 418 3390]].'",
    "Help me fill the Spanish hotel registry: guest [[PERSON|Jorge Linares]], NIE [[ID_NUMBER|Y4827193J]].",
    "We are renting a car in Cape Town. The main driver's SA ID is [[ID_NUMBER|9108235274083]], name [[PERSON|Zanele Khumalo]]. Does the rental company need anything else?",
    "Please translate to Polish for our handyman: the key is with [[PERSON|Krzysztof]] at [[STREET_ADDRESS|ul. Długa 22/5, 80-831 Gdańsk]].",
    "Write a formal letter from Dr [[PERSON|Ifeoma Chukwu]] inviting speakers to the Abuja health logistics forum.",
    "Summarise the refund request: customer [[ID_NUMBER|C-44190275]], [[PERSON|Mariana Gutiérrez]], charged for a Cancún transfer she never took.",
    "Our CRM export has [[PERSON|Hamza Siddiqui]], [[EMAIL_ADDRESS|hamza.s@karachi-events.pk]], [[PHONE_NUMBER|+92 300 418 2296]]. Write a GDPR-friendly note on how long we may keep it.",
    "How can I gently tell Grandma [[PERSON|Rosalind]] that the cruise cabin has no window?",
    "The stadium Wi-Fi admin login is [[ID_NUMBER|admin.wembley2]] with password [[PASSWORD|Terrace@Gate9]]. Write a handover note for the next shift manager.",
    "Please check my maths: [[PERSON|Aiyana]] drove 420 miles at 32 mpg, gas was $3.89 a gallon. How much should I repay her?",
    "Draft a message to my landlord, Mr [[PERSON|Sato]], saying I am away in Bali until the 20th and my cousin [[PERSON|Haruto]] will feed the cat.",
    "Write a reference for our former driver [[PERSON|Tshepo Mokoena]], employee number [[ID_NUMBER|DRV-3381]], who worked with us for four years.",
    "I lost my phone in Medellín. My bank card is [[CREDIT_CARD|5246 7301 9284 5563]], what should I tell the bank first?",
    "Make this RSVP list shorter: [[PERSON|Yaw]] yes, [[PERSON|Efua]] yes, [[PERSON|Kwabena Owusu]] no, [[PERSON|Adjoa]] maybe, [[PERSON|Nana Ama Serwaa]] yes.",
    "Write the group email for the hiking club. Leader [[PERSON|Pasang Sherpa]], phone [[PHONE_NUMBER|+977 984 120 5573]], meet at Thamel Chowk 6am.",
    "My patient portal number is [[ID_NUMBER|PT-7702145]], and the travel clinic needs my vaccination record. Write a request for [[PERSON|Adaeze Nwankwo]].",
    "Explain how to set up two-factor on the booking site. My login is [[ID_NUMBER|lucia_paz_travels]].",
    "Translate this note for the Lisbon host: our guest [[PERSON|João Pedro]] lives at [[STREET_ADDRESS|Rua da Boavista 118, 4050-102 Porto]] and his NIF is [[ID_NUMBER|248173952]].",
    "Rewrite this for tone: 'Coach [[PERSON|Mbeki]], your under-9s left the pitch a mess again.'",
    "Please help me plan a surprise 60th for my mother, [[PERSON|Leticia Barbosa]]. She lives at [[STREET_ADDRESS|Rua Augusta 55, Jardim Paulista, São Paulo 01305-000]].",
    "Make a checklist for the courier handover. The pickup contact is [[PERSON|Raúl Céspedes]], [[PHONE_NUMBER|+57 310 482 7719]].",
    "The travel agent asked for my NHS number for the medical form: [[ID_NUMBER|729 384 1051]]. Is that normal? Name [[PERSON|Olamide Johnson]].",
    "Write a short welcome for our new sports club member [[PERSON|Ximena]], she joins the Thursday netball group.",
    "Please compose an email to [[PERSON|Anh Nguyen]] at [[EMAIL_ADDRESS|anh.nguyen.events@orchidmail.com]] asking for the final headcount by Monday.",
    "Advise me: the venue wants a deposit wired to [[IBAN_CODE|GB07 MIDL 4012 7638 2910 45]] in the name of [[PERSON|Imran Chaudhry]], but the invoice says another name. Is it a scam?",
    "Draft a text to [[PERSON|Kalani]] and [[PERSON|Nalu]] that the luau starts at 5 and the parking pass code is [[PASSWORD|ALOHA-7731]].",
]
RECORDS = [
    "[[PERSON|Adebayo Ogunleye]] lives at [[STREET_ADDRESS|23 Admiralty Way, Lekki Phase 1, Lagos 106104]] and can be reached at [[PHONE_NUMBER|+234 809 612 4471]].",
    "Name: [[PERSON|Sunita Thapa]] | Email: [[EMAIL_ADDRESS|sunita.thapa@himal-treks.np]] | Phone: [[PHONE_NUMBER|+977 985 102 7734]]",
    '{"guest": "[[PERSON|Nguyen Van Minh]]", "email": "[[EMAIL_ADDRESS|minh.nv@saigonmail.vn]]", "room": 1207}',
    "Please send the boarding passes to [[PERSON|Lucía Fernández]] at [[EMAIL_ADDRESS|lucia.fdez@correo-sur.es]].",
    '2024-05-02 07:41:13 INFO login user=[[ID_NUMBER|r.okoro]] name="[[PERSON|Rita Okoro]]" ip=[[IP_ADDRESS|192.0.2.144]] status=ok',
    "Dear Mr [[PERSON|Mahlangu]], your shuttle booking is confirmed. Your customer number is [[ID_NUMBER|SH-2031847]].",
    "[[PERSON|Carlos Eduardo Lima]]'s credit card number is [[CREDIT_CARD|4037 1856 2941 0273]].",
    "Full name: [[PERSON|Aisha Bello]]; Passport: [[ID_NUMBER|B50217738]]; Mobile: [[PHONE_NUMBER|08064419327]]",
    "Driver [[PERSON|Rajesh Yadav]] is registered at [[STREET_ADDRESS|B-42, Sector 15, Noida 201301]] with licence [[ID_NUMBER|UP16 20190034127]].",
    "The caterer asked [[PERSON|Wu Xiaoling]] to wire the deposit to [[IBAN_CODE|CH86 0483 5029 1837 4650 192]].",
    "Contact [[PERSON|Emeka]] on [[PHONE_NUMBER|+234 812 490 0263]] for the generator delivery.",
    "id,name,email,phone\n4471,[[PERSON|Kavya Reddy]],[[EMAIL_ADDRESS|kavya.reddy91@inboxmail.in]],[[PHONE_NUMBER|+91 98480 22713]]",
    "[[PERSON|Mariam Abubakar]] was born in Kano and now works as a hotel night manager; her employee ID is [[ID_NUMBER|NH-40928]].",
    "Hi, I'm [[PERSON|Diego Alvarado]] and my IP is [[IP_ADDRESS|198.51.100.73]], I can't reach the booking page.",
    "Attendee: [[PERSON|Chen Jiahui]], badge pin [[PASSWORD|5531]], dietary: halal.",
    "[[PERSON|Olumide Coker]] paid for the charter with card [[CREDIT_CARD|3558 2910 4736 2814]] and asked for the receipt at [[EMAIL_ADDRESS|o.coker@coker-holdings.ng]].",
    "Shipping to: [[PERSON|Paola Vargas]], [[STREET_ADDRESS|Av. Arequipa 2450, Lince, Lima 15046]], Peru. Tel: [[PHONE_NUMBER|+51 944 218 630]]",
    "Customer [[PERSON|Somchai Wongsawat]] reset his password to [[PASSWORD|Siam#River2024]] after the breach.",
    "The tour guide [[PERSON|Wayan Sudarsana]] lives at [[STREET_ADDRESS|Jl. Hanoman No. 18, Ubud, Gianyar, Bali 80571]].",
    "<name>[[PERSON|Amaru Condori]]</name><phone>[[PHONE_NUMBER|+591 71 428 305]]</phone>",
    "[[PERSON|Ye-jin Choi]] can be reached via email at [[EMAIL_ADDRESS|yejin.choi@hanmail-box.kr]] or by phone at [[PHONE_NUMBER|010-7731-2048]].",
    "Employee [[PERSON|Farhana Akter]] ([[ID_NUMBER|EMP-55103]]) requested a travel advance for Chittagong.",
    "Invoice sent to [[PERSON|Tomás Aguirre]], [[STREET_ADDRESS|Calle Larios 7, 3º B, 29005 Málaga]], DNI [[ID_NUMBER|73918264J]].",
    "My name is [[PERSON|Ngozi Adichie-Eze]] and my phone number is [[PHONE_NUMBER|+234 705 318 9924]].",
    "Booking holder: [[PERSON|Ravindra Fernando]] / email [[EMAIL_ADDRESS|ravi.fernando@ceylon-post.lk]] / nationality: Sri Lankan",
    "[[PERSON|Juliana Restrepo]]'s IBAN is [[IBAN_CODE|IT89 X030 6909 6061 0000 0173 928]] and she prefers bank transfers.",
    "Username [[ID_NUMBER|hamid_kh]] belongs to [[PERSON|Hamid Khalili]], last seen from [[IP_ADDRESS|203.0.113.212]].",
    "The Aadhaar number of [[PERSON|Pooja Venkatesh]] is [[ID_NUMBER|6941 2507 3180]].",
    "Sender: [[PERSON|Kwesi Appiah]], [[STREET_ADDRESS|House 14, Ring Road East, Accra]]. Receiver: Lagos warehouse.",
    "[[PERSON|Isabela Rocha]] moved to [[STREET_ADDRESS|Rua Visconde de Pirajá 330, Ipanema, Rio de Janeiro 22410-002]] last spring.",
    "Please update the membership of [[PERSON|Tunde Bakare]]: member no. [[ID_NUMBER|LTC-8842]], new phone [[PHONE_NUMBER|+234 818 227 0461]].",
    '{"name": "[[PERSON|Mai Anh Tuan]]", "api_key": "[[API_KEY|ev_5Tq9Wz2Lm8Xc4Rv7Np1K]]"}',
    "[[PERSON|Sibusiso Ndlovu]], ID [[ID_NUMBER|9204115086083]], applied for a coach driver post.",
    "Ms [[PERSON|Akosua Mensah]] requested that her key card PIN be changed from [[PASSWORD|7140]] to [[PASSWORD|2287]].",
    "Reservation: [[PERSON|Rahul Deshpande]], 2 adults, card on file [[CREDIT_CARD|4792 6301 8457 3929]], phone [[PHONE_NUMBER|+91 98203 17745]].",
    "[[PERSON|Yuki Nakamura]] works as a travel agent in Osaka and her number is [[PHONE_NUMBER|06-6312-4478]].",
    "Record 118: [[PERSON|Oscar Huanca]], RUT [[ID_NUMBER|16.842.397-7]], email [[EMAIL_ADDRESS|ohuanca@andesmail.cl]].",
    "Policy holder [[PERSON|Gabriela Souza]], policy [[ID_NUMBER|VIA-220914-07]], covered for trip cancellation.",
    "The wedding photographer is [[PERSON|Arnav Chopra]], contact [[EMAIL_ADDRESS|arnav@chopraframes.in]].",
    "[[PERSON|Lwazi Zulu]] logged in with password [[PASSWORD|Umhlanga!88]] from [[IP_ADDRESS|198.51.100.16]].",
    "Patient [[PERSON|Hadiza Lawal]] (patient no. [[ID_NUMBER|PN-0071934]]) needs a wheelchair at the airport.",
    "Name,Phone,City\n[[PERSON|Joseph Kamau]],[[PHONE_NUMBER|0722 618 904]],Nakuru",
    "[[PERSON|Francisca Mendoza]] lives at [[STREET_ADDRESS|Calle 5 de Mayo 214, Centro, 68000 Oaxaca de Juárez]] and her phone is [[PHONE_NUMBER|+52 951 214 3087]].",
    "Account [[ID_NUMBER|ACC-3318402]] belongs to [[PERSON|Deepika Menon]], billing address [[STREET_ADDRESS|27 MG Road, Ernakulam, Kochi 682016]].",
    "From: [[PERSON|Santiago Ruiz]] <[[EMAIL_ADDRESS|santi.ruiz@bajamail.mx]]>\nSubject: shuttle times",
    "The SIN of [[PERSON|Amandeep Dhillon]] is [[ID_NUMBER|648 129 377]] and he lives at [[STREET_ADDRESS|1184 Dundas Street West, Toronto, ON M6J 1X5]].",
    "[[PERSON|Noor Ul Ain]] gave her card [[CREDIT_CARD|5163 8492 0371 6487]] for the hotel incidentals.",
    "Volunteer [[PERSON|Efosa Igbinedion]], phone [[PHONE_NUMBER|+234 802 714 3380]], shift: registration desk.",
    "Letter to [[PERSON|Lindiwe Mthethwa]], [[STREET_ADDRESS|45 Florida Road, Morningside, Durban 4001]]: your conference badge is enclosed.",
    "[[PERSON|Bui Thi Hoa]]'s ride share account is [[ID_NUMBER|hoa.bui.92]] and her email is [[EMAIL_ADDRESS|hoa.bui92@saigonmail.vn]].",
    "The courier [[PERSON|Ikenna]] reported that gate code [[PASSWORD|0509]] no longer works.",
    "[[PERSON|Marta Kowalczyk]], PESEL [[ID_NUMBER|92031487167]], booked the Kraków to Zakopane coach.",
    "User profile - name: [[PERSON|Samir Benali]], phone: [[PHONE_NUMBER|+212 661 408 223]], email: [[EMAIL_ADDRESS|samir.benali@atlasnet.ma]]",
    "Please refund [[PERSON|Kamala Subramaniam]] to account [[IBAN_CODE|AE92 0260 0010 4729 3815 620]].",
    "[[PERSON|Pablo Ccori]] was seen at the lodge with his phone [[PHONE_NUMBER|+51 984 106 257]].",
    "Guest [[PERSON|Ayodele Fashola]] left a review from IP [[IP_ADDRESS|203.0.113.88]].",
    "[[PERSON|Haruka Yamamoto]]'s My Number is [[ID_NUMBER|4197 2803 6517]].",
    "Sponsor contact: [[PERSON|Mohammed Al-Amin]], [[EMAIL_ADDRESS|m.alamin@gulfevents.ae]], [[PHONE_NUMBER|+971 50 418 2267]].",
    "[[PERSON|Chinonso]] is our best courier and her staff number is [[ID_NUMBER|CR-1193]].",
    "Emergency contact for runner 2211: [[PERSON|Beatriz Salazar]], [[PHONE_NUMBER|+57 315 208 4471]].",
    "The resident [[PERSON|Jan-Willem Bakker]] has BSN [[ID_NUMBER|382719463]] and lives at [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JH Amsterdam]].",
    "[[PERSON|Rekha Pillai]] uses the password [[PASSWORD|Kovalam#Sunset5]] for the resort portal.",
    "name=[[PERSON|Kwabena Asare]] card=[[CREDIT_CARD|4382 0195 7630 2848]] amount=GHS 1,450 status=declined",
    "[[PERSON|Lorena Pineda]] asked us to ship the trophies to [[STREET_ADDRESS|Boulevard Morazán, Torre 2, Tegucigalpa 11101]].",
    "Dr [[PERSON|Obinna Udeh]] can be reached at [[EMAIL_ADDRESS|obinna.udeh@medtravel.ng]] or [[PHONE_NUMBER|+234 803 229 5107]].",
    "[[PERSON|Sophie Laurent]]'s social security number is [[ID_NUMBER|2 87 06 75 112 093 52]] and her IBAN is [[IBAN_CODE|BE69 0632 9184 7502]].",
    "Hello, my name is [[PERSON|Arturo Benítez]], my username is [[ID_NUMBER|arturo.bntz]] and I forgot my PIN.",
    "Traveller [[PERSON|Anjali Krishnan]], frequent flyer [[ID_NUMBER|AI-77302918]], seat preference aisle.",
    "[[PERSON|Kgosi Molefe]] lives at [[STREET_ADDRESS|Plot 5412, Extension 9, Gaborone]].",
    "Client: [[PERSON|Rodrigo Fuentes]]\nPhone: [[PHONE_NUMBER|+56 9 8417 2265]]\nNotes: prefers WhatsApp",
    "The steward [[PERSON|Teodoro Mabini]] was issued badge [[ID_NUMBER|STW-6620]] and locker combination [[PASSWORD|31-17-09]].",
    "[[PERSON|Zhang Lei]] transferred the fee from [[IBAN_CODE|IE33 BOFI 9001 2783 6492 15]].",
    "Ship to [[PERSON|Salma Haque]] at [[STREET_ADDRESS|House 7, Road 11, Dhanmondi, Dhaka 1209]].",
    "[[PERSON|Gustavo Pereira]] can be contacted at [[PHONE_NUMBER|+55 21 99204 6318]].",
    "log: 12:03:55 token=[[API_KEY|rs_live_3jK8vQ2xN7mW5tZ1pL9r]] owner=[[PERSON|Anita Mukherjee]]",
    "[[PERSON|Kalinda Wijesinghe]] lives at [[STREET_ADDRESS|42/3 Galle Road, Colombo 00300]] and her email is [[EMAIL_ADDRESS|kalinda.w@lankamail.lk]].",
    "Dear [[PERSON|Ama]], your locker PIN for the marathon expo is [[PASSWORD|8802]].",
    "[[PERSON|Fernando Quispe]] has been a member of our cycling club since 2019, member number [[ID_NUMBER|CC-20931]].",
    "Payroll: [[PERSON|Nomsa Sithole]], employee [[ID_NUMBER|EMP-70114]], account [[IBAN_CODE|TR27 0006 4000 0011 8273 9504 6172]].",
    "[[PERSON|Hyun-woo Lee]] emailed from [[EMAIL_ADDRESS|hyunwoo.lee@koreabox.kr]] about his lost suitcase.",
    "Card holder: [[PERSON|Fiona Achieng]] | Card: [[CREDIT_CARD|2223 4701 9586 4139]] | Expiry: 11/28",
    "[[PERSON|Darius Farahani]] checked out of room 512 and left his forwarding address, [[STREET_ADDRESS|88 Kingsland Road, London E2 8DP]].",
    "[[PERSON|Pratik Joshi]]'s phone number is [[PHONE_NUMBER|9822045137]].",
    '{"driver": "[[PERSON|Moses Otieno]]", "phone": "[[PHONE_NUMBER|+254 733 520 918]]", "plate": "KDA 418Q"}',
    "[[PERSON|Catalina Herrera]] asked whether her national ID works abroad; she is Colombian, cédula [[ID_NUMBER|1.020.447.318]].",
    "The event account for [[PERSON|Ibrahim Sow]] is [[ID_NUMBER|ibrahim.sow.dkr]] with password [[PASSWORD|Teranga2024!]].",
    "[[PERSON|Linh Pham]] works in Da Nang and can be reached at [[PHONE_NUMBER|+84 905 318 427]].",
    "Mr [[PERSON|Oyelaran]] paid with [[CREDIT_CARD|4867 3021 5948 3605]] and requested an airport pickup.",
    "[[PERSON|Kiri Tane]] lives at [[STREET_ADDRESS|16 Ponsonby Road, Auckland 1011]].",
    "[[PERSON|Andrea Moreno]] sent the deposit from [[IBAN_CODE|BR18 0036 0305 0000 1000 9795 493C 1]].",
    "Participant: [[PERSON|Rashid Mahmood]], tax id [[ID_NUMBER|57839201462]], address [[STREET_ADDRESS|Sonnenallee 112, 12045 Berlin]].",
    "[[PERSON|Elif Şahin]] can be reached at [[EMAIL_ADDRESS|elif.sahin@bosphorus-mail.com.tr]].",
    "Host: [[PERSON|Aroha Ngata]], Wi-Fi: [[PASSWORD|kiwi-harbour-62]], check-in 3pm.",
    "[[PERSON|Musa Kamara]] was given the access token [[API_KEY|dl_8Rk3Vp7Yx2Qm6Wt9Zn4L]] for the delivery app.",
    "Please call [[PERSON|Dolores Paz]] at [[PHONE_NUMBER|(305) 555-0182]] about her cruise cabin.",
    "[[PERSON|Vikram Rathore]], Aadhaar [[ID_NUMBER|7392 0518 4628]], mobile [[PHONE_NUMBER|+91 94140 28361]], booked the desert camp.",
    "Our new chef [[PERSON|Kofi Agyeman]] lives at [[STREET_ADDRESS|12 Liberation Road, Kumasi]].",
    "[[PERSON|Apinya Srisuk]] used the card [[CREDIT_CARD|377294610583720]] at the spa.",
    "Team captain: [[PERSON|Thulani Mabaso]] - [[EMAIL_ADDRESS|thulani.mabaso@soweto-fc.co.za]]",
    "[[PERSON|Renata Vieira]] has the Polish IBAN [[IBAN_CODE|PL68 1020 1026 0000 4271 8394 7561 02]] on file for her Warsaw rental.",
]
CLEAN_MTBENCH = [
    "Write a 300-word travel blog post about a rainy week in Kyoto, focusing on temples and tea houses.",
    "Compose a persuasive email to a manager proposing a four-day work week for the logistics team.",
    "Imagine you are Sherlock Holmes. Deduce where a traveller has been from the sand on their boots and explain your reasoning.",
    "Explain the difference between TCP and UDP to a high school student, with one analogy for each.",
    "Write a Python function that returns the longest palindromic substring of a string, and state its time complexity.",
    "If a train leaves at noon travelling 80 km/h and another leaves an hour later at 100 km/h on the same track, when does the second catch the first?",
    "Role-play as a medieval innkeeper greeting a weary traveller who has just arrived in a snowstorm.",
    "Describe how Napoleon's invasion of Russia was affected by supply lines and winter conditions.",
    "Write a haiku sequence of four poems about airport departure lounges at night.",
    "Summarise the main ideas of Adam Smith's The Wealth of Nations in five bullet points.",
    "What are the pros and cons of high-speed rail compared with short-haul flights for journeys under 800 km?",
    "Pretend you are Elizabeth Bennet writing a letter to Jane about a disappointing ball.",
    "Write a SQL query that finds the top three destinations by number of bookings in each month.",
    "Explain why the sky appears red at sunset using the concept of Rayleigh scattering.",
    "Draft a short speech for the opening of a community sports hall, upbeat and under two minutes.",
    "Suggest five icebreaker games for a corporate retreat of 30 people who do not know each other.",
    "You are Captain Nemo. Describe the view from the Nautilus as it passes a coral reef.",
    "Explain how Marie Curie's discovery of radium changed medicine in the early twentieth century.",
    "Write a JavaScript function that debounces another function with a configurable delay.",
    "A bat and a ball cost 1.10 dollars in total. The bat costs 1 dollar more than the ball. How much does the ball cost? Explain step by step.",
    "Compare the leadership styles of Julius Caesar and Alexander the Great in a short essay.",
    "Create a three-day itinerary for first-time visitors to Marrakech on a modest budget.",
    "Explain the greenhouse effect and name the three most important greenhouse gases.",
    "Write a limerick about a suitcase that always ends up on the wrong carousel.",
    "Describe the plot of Don Quixote in the voice of Sancho Panza.",
]
CLEAN_GSM8K = [
    "Amara buys 3 bags of rice at 12 dollars each and 2 bottles of oil at 7 dollars each. How much does she spend in total?",
    "Ravi's bus leaves at 7:45 and the ride takes 1 hour and 35 minutes. At what time does he arrive?",
    "A hotel has 120 rooms. On Friday 85 percent are occupied. How many rooms are empty?",
    "Lucía packs 4 boxes of wedding favours with 18 favours in each and has 9 left over. How many favours did she make?",
    "Kenji runs 5 km on Monday, twice as far on Tuesday and 3 km less than Tuesday on Wednesday. How far does he run in total?",
    "A courier delivers 36 parcels a day. How many parcels does he deliver in 3 weeks if he works 6 days a week?",
    "Thandi has 240 rand. She spends a quarter on a train ticket and 45 rand on lunch. How much is left?",
    "A wedding hall seats 8 guests per table. If there are 150 guests, how many tables are needed?",
    "Mateo saves 15 dollars a week. How many weeks will it take him to save for a 390 dollar bicycle?",
    "A flight is 6 hours 20 minutes long. If it departs at 22:50, at what time does it land in the same time zone?",
    "Priya buys 5 mangoes at 30 rupees each and gets a 10 percent discount. How much does she pay?",
    "Chidi's football team scored 2, 4, 1, 3 and 5 goals in five matches. What is the average number of goals per match?",
    "A ride share costs 3 dollars plus 1.50 dollars per kilometre. How much is a 14 km trip?",
    "Mei makes 48 dumplings and her brother eats one sixth of them. How many are left?",
    "A van carries 9 passengers. How many trips are needed to move 58 people to the venue?",
    "Sipho reads 24 pages a day. How many days will it take him to finish a 312-page guidebook?",
    "Ana's suitcase weighs 27 kg and the limit is 23 kg. Excess baggage costs 12 euros per kg. How much does she pay?",
    "A tour group of 35 splits into groups of 6, and the remainder joins the last group. How many people are in the last group?",
    "Kwame earns 18 dollars an hour and works 7 hours a day for 5 days. How much does he earn?",
    "A caterer needs 3 eggs per cake and makes 14 cakes. Eggs come in trays of 30. How many trays does she need?",
    "Isabel drives 180 km in 2 hours and 15 minutes. What is her average speed in km/h?",
    "A sports club has 64 members. Three eighths play tennis and the rest play squash. How many play squash?",
    "Hamid buys a jacket for 80 dollars, which is 20 percent off. What was the original price?",
    "Noa plants 7 rows of 12 tulips and 4 rows of 9 daffodils. How many flowers does she plant?",
    "A ferry ticket costs 14 euros for adults and half price for children. What do 2 adults and 3 children pay?",
]
CLEAN_MMLU = [
    "Which scientist proposed the three laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Isaac Newton D) Tycho Brahe",
    "What is the capital of Kenya? A) Mombasa B) Kisumu C) Nairobi D) Nakuru",
    "Which organelle is the site of aerobic respiration? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Lysosome",
    "Who wrote One Hundred Years of Solitude? A) Jorge Luis Borges B) Gabriel García Márquez C) Mario Vargas Llosa D) Pablo Neruda",
    "What is the derivative of sin(x)? A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "The Treaty of Tordesillas divided newly found lands between which two countries? A) England and France B) Spain and Portugal C) Spain and France D) Portugal and the Netherlands",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Argon D) Nitrogen",
    "Who led the Salt March in 1930? A) Jawaharlal Nehru B) Mahatma Gandhi C) Subhas Chandra Bose D) B. R. Ambedkar",
    "In economics, what does a price ceiling set below equilibrium usually cause? A) A surplus B) A shortage C) Deflation D) No effect",
    "Which river flows through Baghdad? A) Euphrates B) Nile C) Tigris D) Jordan",
    "What is the SI unit of electrical resistance? A) Volt B) Ohm C) Ampere D) Watt",
    "Which empire built Machu Picchu? A) Aztec B) Maya C) Inca D) Olmec",
    "Who developed the theory of evolution by natural selection together with Alfred Russel Wallace? A) Gregor Mendel B) Charles Darwin C) Louis Pasteur D) Jean-Baptiste Lamarck",
    "What is the time complexity of binary search on a sorted array? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which country has the largest population in Africa? A) Ethiopia B) Egypt C) Nigeria D) South Africa",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Which philosopher wrote the Analects? A) Laozi B) Mencius C) Confucius D) Zhuangzi",
    "Which blood type is the universal donor for red cells? A) AB positive B) O negative C) A negative D) B positive",
    "The Mekong River empties into which sea? A) Andaman Sea B) South China Sea C) Java Sea D) Bay of Bengal",
    "Who was the first woman to win a Nobel Prize? A) Rosalind Franklin B) Marie Curie C) Dorothy Hodgkin D) Lise Meitner",
    "Which of these is a prime number? A) 51 B) 57 C) 59 D) 63",
    "Simón Bolívar is best known for leading independence movements in which region? A) Central Africa B) South America C) Southeast Asia D) Eastern Europe",
    "Which law states that pressure and volume of a gas are inversely proportional at constant temperature? A) Charles's law B) Boyle's law C) Avogadro's law D) Hooke's law",
    "What is the main language spoken in Brazil? A) Spanish B) French C) Portuguese D) Italian",
    "Which ancient wonder stood in Alexandria? A) The Colossus B) The Lighthouse C) The Hanging Gardens D) The Mausoleum",
]
CLEAN_HEALTH = [
    "Is it safe to take ibuprofen and paracetamol together for a fever after a long flight?",
    "How can I reduce jet lag when flying east across eight time zones?",
    "What vaccines are usually recommended before travelling to East Africa?",
    "I get motion sickness on boats. What can I take before a ferry ride?",
    "How much water should I drink per day when hiking at high altitude?",
    "What are the early signs of altitude sickness and when should I go down?",
    "Can I bring insulin in my hand luggage, and how do I keep it cool?",
    "My ankles swell on long-haul flights. Is that normal, and how can I prevent it?",
    "What should be in a basic first aid kit for a family road trip?",
    "Is it okay to exercise the day after a flu shot?",
    "How do I know if a cut from coral is infected?",
    "What is the difference between a cold and seasonal allergies?",
    "Should I take malaria tablets for a short trip to a coastal city?",
    "How long after eating should I wait before swimming?",
    "What foods help with constipation while travelling?",
    "How can I sleep better in a noisy hotel room?",
    "Is it dangerous to fly with a sinus infection?",
    "What are the symptoms of dehydration in older adults?",
    "How do I treat mild sunburn at home?",
    "When should a sprained ankle be checked by a doctor?",
    "Can stress cause stomach pain before a big event?",
    "What is a normal resting heart rate for an adult?",
    "How often should I stand up and walk during a ten-hour flight?",
    "Are electrolyte drinks better than water after running a marathon?",
    "What is the safest way to store breast milk while travelling?",
]

NATIONAL_IDS = {
    "5830 7214 9635": aadhaar_ok,  # Indian Aadhaar
    "6941 2507 3180": aadhaar_ok,
    "7392 0518 4628": aadhaar_ok,
    "537.284.916-91": cpf_ok,  # Brazilian CPF
    "S7481925G": nric_ok,  # Singapore NRIC
    "G5283716U": nric_ok,  # Singapore FIN
    "880415-1726351": rrn_ok,  # Korean resident registration number
    "7384 1926 0532": my_number_ok,  # Japanese My Number
    "4197 2803 6517": my_number_ok,
    "310104198807224639": china_id_ok,  # Chinese resident identity number
    "73918264J": dni_ok,  # Spanish DNI
    "Y4827193J": dni_ok,  # Spanish NIE
    "53829461750": kimlik_ok,  # Turkish kimlik
    "16.842.397-7": rut_ok,  # Chilean RUT
    "248173952": nif_ok,  # Portuguese NIF
    "729 384 1051": nhs_ok,  # NHS number
    "384 729 159": tfn_ok,  # Australian tax file number
    "648 129 377": luhn_len(9),  # Canadian SIN
    "9108235274083": luhn_len(13),  # South African id
    "9204115086083": luhn_len(13),
    "92031487167": pesel_ok,  # Polish PESEL
    "RSSGNN85M41L219F": codice_fiscale_ok,  # Italian codice fiscale
    "57839201462": steuer_id_ok,  # German tax id
    "2 87 06 75 112 093 52": nir_ok,  # French NIR
    "382719463": bsn_ok,  # Dutch BSN
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"9\d{9}",  # India, mobile typed without separators
        r"080\d{8}",  # Nigeria, mobile typed without separators
        r"08\d{2}-\d{4}-\d{4}",  # Indonesia mobile
        r"09\d{2} \d{3} \d{4}",  # Philippines mobile
        r"07\d{2} \d{3} \d{3}",  # Kenya mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"\+(27|51|52|55|56|57|60|84|90|91|92|212|221|233|234|254|591|880|971|977) [\d -]+\d",
    )
]


def check_mix() -> None:
    """Each record names one person beside its one to four other values; the chat requests
    mostly name people and carry secrets, cards, IBANs and national ids."""
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in marked_spans(marked) if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"record: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
    kinds = [s["type"] for t in CHAT for s in marked_spans(t)]
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or kinds.count("PASSWORD") < 15 or kinds.count("CREDIT_CARD") < 5:
        raise SystemExit(f"chat: {named} texts with a name, too few secrets or cards")
    for kind in ("IBAN_CODE", "IP_ADDRESS", "API_KEY", "STREET_ADDRESS", "EMAIL_ADDRESS"):
        if kinds.count(kind) < 3:
            raise SystemExit(f"chat: too few {kind}")
    plain = " ".join(strip_marks(t)[0] for t in RECORDS).lower()
    for word in ("customer", "employee", "patient", "policy", "member", "account", "username"):
        if word not in plain:
            raise SystemExit(f"records: no {word} number")


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
        "blind95", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
