# ruff: noqa: E501
"""A hundred-and-twenty-seventh blind privacy set: 220 texts with personal data and 100 clean
ones, on transport, motoring and deliveries.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); the theme is couriers and van drivers, taxis and
ride-hailing, buying and selling cars, garages and MOTs, parking permits and fines, motor
insurance claims after accidents, depot and fleet rotas, removal vans, school runs and lift
shares:

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting texts, e-mails, notes and letters, summarising pasted call logs, voicemails,
  meeting notes and e-mail threads, translating, fixing wording, splitting fuel, fare and
  van costs, asking whether a text or a seller is a scam, planning rotas, moves and lifts.
  The first 30 are typed all in lower case (names, e-mails, IBANs, keys and codes too, with
  shorthand and typos); the next 6 are in Swedish, Greek, Vietnamese, Czech, Korean and
  Spanish; the other 84 in ordinary English. Names of many origins (some in Chinese,
  Korean, Greek, Cyrillic, Arabic and Devanagari script), first names alone, surnames
  after titles, full names, nicknames (Tiny, Big Steve), names that are ordinary words
  (Hope, Sunny, Rich, Frank, Dawn, Grace, Ruby), many named in passing with no cue word;
  secrets are gate, door, alarm, locker and key-safe codes, PINs, wifi keys, passwords and
  a spoken passphrase;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose statements, profile and register lines, pipe and CSV rows, JSON
  objects, log lines, e-mail headers and short letters, each with exactly one person's
  name and one to four other values; 40 of them carry a national id with valid check
  digits (NHS number, Irish PPS, Spanish DNI and NIE, Dutch BSN, Polish PESEL, Italian
  codice fiscale, Czech rodné číslo, Korean resident registration number, Swedish
  personnummer, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, French NIR,
  Belgian national number, German tax id, Turkish kimlik, Indian Aadhaar, Chinese
  resident id, Singapore NRIC, Australian TFN and Medicare, Canadian SIN, Brazilian CPF,
  Chilean RUT, Estonian isikukood, Finnish henkilötunnus, Icelandic kennitala, Ukrainian
  RNOKPP, New Zealand NHI, Japanese My Number, Greek AMKA);
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people: Karl and Bertha Benz, Henry Ford, Mr Toad,
  Hercule Poirot, Sherlock Holmes), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  nearly all on the theme.

Labels: usernames, logins, driver, staff and employee numbers, customer, member, policy,
permit-holder, taxi-badge, blue-badge, National Insurance, passport and driving-licence
numbers and national ids are ID_NUMBER; PINs, gate, door, alarm, locker, key-safe and
lockbox codes, wifi keys, passwords and passphrases are PASSWORD; titles and relation words
(Mr, Mrs, Cllr, Madame, pane, chị, em, 씨, my nan, my uncle) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed.
Public figures, historical and fictional people, companies, garages, order, booking,
invoice, claim and penalty-charge references, number plates, postcodes alone, amounts and
dates are not labelled; every occurrence of a private value is marked (a name repeated is
marked each time).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
the country's own layout elsewhere; cards Luhn-valid (15 or 16 digits) and not well-known
test numbers; IBANs valid mod 97, of their country's length and not documentation
examples; SSNs with assignable area, group and serial; IPs from the documentation ranges;
national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind127.py`` from the repository root; the output
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Madame|Mme|Herr|Frau|Sra|Sr|pane|paní|chị|anh|em|Auntie|Uncle|Nan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u draft a quick text to [[PERSON|dev]] saying the van's booked for sat 8am, pickup from my old flat at [[STREET_ADDRESS|14 carlton rd, leeds ls6 2ab]] and he shld ring me on [[PHONE_NUMBER|07700 900418]] if hes running late",
    "new drivers keep asking so make a short pinned msg for the depot whatsapp: side gate code [[PASSWORD|2580x]], key safe by the wash bay [[PASSWORD|1907]], and if ur stuck call [[PERSON|wojtek]] not me lol",
    "is this a scam?? got a text sayin dvla: your vehicle tax payment failed, update details at dvla-refund-secure.co and it had my name on it, [[PERSON|kerry-ann walsh]]. i didnt click it",
    "summarise pls: called [[PERSON|abdi]] re the tuesday rota, he can do early shift but not the 6am yarmouth run, [[PERSON|shauna]] swaps with him, [[PERSON|abdi]] to confirm by thurs. also [[PERSON|tomasz b]] off sick till mon",
    "how do i split £186 fuel + £42 tolls for the lift share between me, [[PERSON|priya]], [[PERSON|gus]] and [[PERSON|marek]]? [[PERSON|marek]] only came one way",
    "fix this msg pls its for the school run group: hi all, from next wk [[PERSON|jamal]]s mum cant do weds so [[PERSON|olu]] will take the kids, pick up 8.10 outside the co-op as usual. any probs text me [[PHONE_NUMBER|07700 900562]]",
    "can u write a notice for the drivers rest room: wifi name cityline-guest, key [[PASSWORD|r4nk&file88]], dont give it to customers. signed [[PERSON|fazal]] (office mgr)",
    "selling my corsa to a guy called [[PERSON|darren]] off marketplace, he wants to pay by bank transfer and asked for my acc details. is it safe to send him [[IBAN_CODE|gb64loyd30951260447813]]?? or shld i only take cash",
    "translate to polish for my driver [[PERSON|sławek]]: your first drop tomorrow is [[STREET_ADDRESS|unit 4, brindley park, stoke st4 3ht]], ring the bell, door code [[PASSWORD|7731]]",
    "pls write a complaint email to the council re pcn wk38217764, i had a valid resident permit [[ID_NUMBER|rp-40917]] on the dash, car was outside my own house at [[STREET_ADDRESS|22 mafeking st, bristol bs5 6qe]]. name is [[PERSON|hollie brennan]]",
    "whats a polite way to tell my nan [[PERSON|joyce]] she shouldnt be driving anymore after the thing with the bollard. shes 87 and v proud",
    "my uber account got hacked i think, login was [[EMAIL_ADDRESS|dani.okafor@outlook.com]] and pw [[PASSWORD|sunflower22!]], ive changed it now. what else shld i do",
    "call log, make it a short summary: 0912 mrs [[PERSON|rahman]] rang, airport pickup moved to 5:40, flight ba1437. 0930 [[PERSON|kev]] says car 12 has a flat. 0955 lady from the gym, [[PERSON|bernie]], wants a regular thurs booking, her number [[PHONE_NUMBER|07700 900731]]",
    "can u reword this so it sounds less angry, its to [[PERSON|big steve]] at the garage: the mot was meant to be done tues, its now fri and no one rang me back on [[PHONE_NUMBER|07700 900207]]. i need the car for work mon",
    "make a checklist for moving day. removal guys ([[PERSON|ferdi]] + his brother) arrive 7. new place is [[STREET_ADDRESS|flat 3, 61 kelvin drive, glasgow g20 8qh]], key safe [[PASSWORD|0415]]. old landlord mr [[PERSON|patel]] wants keys back by 5",
    "my neighbour [[PERSON|gethin]] keeps parking across my drive. write a note for his windscreen thats firm but not rude",
    "got an email to [[EMAIL_ADDRESS|ronnie.haig@btinternet.com]] saying my car finance is overdue and to pay thru a link. ive never had car finance. scam right?",
    "split the removal van cost pls: £340 van + £65 fuel, me, [[PERSON|bex]], [[PERSON|ollie]], [[PERSON|zain]]. [[PERSON|bex]] had it twice as long as the rest of us",
    "write a short text to my dad [[PERSON|bảo]] in easy english (hes learning) saying ill pick him up from the garage at 4 and he shld wait inside",
    "api key for the tracker keeps failing, heres the curl: curl -h 'x-api-key: [[API_KEY|trk_live_9fq2m7xk4p0zs81vbn3c]]' https://api.fleettrack.example/v2/units why 401??",
    "pls tidy up my insurance notes. hit from behind at lights on the a61, other driver [[PERSON|craig tulloch]], his policy [[ID_NUMBER|ax-7718260]], phone [[PHONE_NUMBER|07700 900944]]. my policy [[ID_NUMBER|hl-0093352]]. no one hurt",
    "can u help me word a msg to [[PERSON|siobhan]] asking for the £25 back for the airport parking, she said shed transfer it weeks ago lol. dont want it to be awkward",
    "whats the diff between cat s and cat n? looking at a golf from a guy [[PERSON|lenny]] in doncaster, he says cat n is just cosmetic",
    "forgot which login i used for the council parking site, was it [[ID_NUMBER|jkaur.drives]] or my email [[EMAIL_ADDRESS|jaspreet.kaur90@yahoo.co.uk]]? write a msg to support asking them to reset it, my name is [[PERSON|jaspreet kaur]]",
    "draft a whatsapp to the lads: footy sat, [[PERSON|callum]] driving the minibus, meet at his place [[STREET_ADDRESS|9 orchard close, leyland pr25 3ub]] 8.30, £6 each for fuel",
    "turn these into proper minutes pls, bullet points, actions at the bottom with names: fleet mtg 3/10. present [[PERSON|ravi]], [[PERSON|jo m]], [[PERSON|dougie]], me. [[PERSON|ravi]]: 2 vans failed mot (brakes), 1 advisory on tyres. [[PERSON|dougie]] to book them in b4 fri and sort a hire van for the gap. jo: new starter [[PERSON|ewa nowak]] needs a fuel card, pin will be [[PASSWORD|6620]], and a hi-vis. aob: xmas rota out next wk, nobody gets both xmas eve and nye",
    "caption ideas?? [[PERSON|kai]] passed first time",
    "card got charged twice for the same taxi, [[CREDIT_CARD|4716 0593 8812 7360]], £23.40 both times on the 12th. write an email to the cab firm asking for a refund. im [[PERSON|ngozi]]",
    "quick q, if i lend my car to my cousin [[PERSON|rashid]] and he gets a speeding ticket who gets the points",
    "make this sound professional: hi [[PERSON|tamsin]], the courier left ur parcel in the bin again, ive told [[PERSON|deano]] not to do that, sorry. new driver from mon. any probs email me [[EMAIL_ADDRESS|lee.fairbrother@swiftdrop.co.uk]]",
    # --- Swedish, Greek, Vietnamese, Czech, Korean, Spanish ---
    "Kan du hjälpa mig att skriva ett sms till [[PERSON|Elin Lundqvist]]? Hon ska hämta hyrbilen åt mig imorgon. Bokningen står på mitt namn, [[PERSON|Johan Berg]], och kundnumret är [[ID_NUMBER|HK-552019]]. Hon kan ringa mig på [[PHONE_NUMBER|070-318 42 95]] om något strular.",
    "Μπορείς να το μεταφράσεις στα αγγλικά; «Γεια σου [[PERSON|Νίκο]], ο μηχανικός είπε ότι το αυτοκίνητο θα είναι έτοιμο την Πέμπτη. Ο κωδικός για το κουτί με τα κλειδιά είναι [[PASSWORD|3390]]. Πάρε με στο [[PHONE_NUMBER|694 271 8830]] αν υπάρχει πρόβλημα. [[PERSON|Κατερίνα]]»",
    "Viết giúp tôi tin nhắn gửi chị [[PERSON|Phạm Thu Hà]]: xe máy của chị đã sửa xong ở tiệm, tổng cộng 850.000 đồng, chị có thể chuyển khoản hoặc trả tiền mặt khi lấy xe. Có gì chị gọi em [[PERSON|Tuấn]] số [[PHONE_NUMBER|0912 483 706]] nhé.",
    "Přelož prosím do angličtiny: Dobrý den, pane [[PERSON|Dvořáku]], posílám údaje k pojistné události. Řidička: [[PERSON|Lenka Horáková]], rodné číslo [[ID_NUMBER|965104/3380]], telefon [[PHONE_NUMBER|+420 732 418 906]]. Nehoda se stala na parkovišti u obchodního centra, nikdo nebyl zraněn.",
    "다음 내용을 정중한 문자로 바꿔 줘: [[PERSON|김민서]] 씨, 내일 오전 9시에 이사 트럭이 [[STREET_ADDRESS|서울시 마포구 월드컵로12길 34, 302호]]로 갑니다. 공동현관 비밀번호는 [[PASSWORD|1357*]]입니다. 문의는 [[PHONE_NUMBER|010-4821-3307]]로 주세요.",
    "¿Me ayudas a contestar este mensaje? Es de [[PERSON|Maite]], la vecina del tercero: «Hola, ¿me prestas tu plaza de garaje el finde? Viene mi hijo [[PERSON|Iker]] con el coche». Quiero decirle que sí, pero que deje luego el mando en mi buzón. El código del portón es [[PASSWORD|4826B]].",
    # --- English ---
    "Can you write a short, friendly message to Mrs [[PERSON|Adeyemi]] explaining that her son's lift to Saturday football has fallen through because my car failed its MOT? Offer to pay for a taxi instead.",
    "Summarise this in three bullets please. 'Hi all, [[PERSON|Gareth]] here. The Leicester depot closes early on the 24th. [[PERSON|Noor Haddad]] is covering dispatch from 2pm, her mobile is [[PHONE_NUMBER|07700 900153]]. Any van not back by 6 goes to the Coalville yard instead, gate code [[PASSWORD|9164]]. Cheers, [[PERSON|Gareth]]'",
    "I'm buying a used Honda Jazz from a private seller, [[PERSON|Dawn Pickering]]. She's sent a photo of the V5C and wants £4,200 by bank transfer before I've seen the car. Red flags?",
    "Please reword this so it's clearer: Driver [[PERSON|Hope]] will collect parcels from the back entrance not the front, and they need labelling with the customer's surname first.",
    "My brother-in-law [[PERSON|Marcus Whitfield]] is buying a pickup in Ohio and the finance guy at the dealership asked him to text his social security number, [[US_SSN|412-68-3057]], to a personal cell, [[PHONE_NUMBER|(614) 555-0138]]. Is that normal? He's already sent it.",
    "Draft an email to my insurer about the bumper damage on 2 March. I'm [[PERSON|Fiona McAllister]], policy number [[ID_NUMBER|MTR-88310457]], best contact [[EMAIL_ADDRESS|fiona.mcallister@gmail.com]]. The other driver admitted fault at the scene but is now denying it.",
    "One of our drivers, [[PERSON|Yusuf]], says the dispatch app logs him out every hour. The admin panel shows his last logins from [[IP_ADDRESS|203.0.113.47]] and [[IP_ADDRESS|198.51.100.212]]. Could that be two devices fighting? Explain it simply.",
    "Help me plan the school run rota for next term: me, [[PERSON|Sunita]], [[PERSON|Chris P]] and [[PERSON|Wendell]]. [[PERSON|Sunita]] can't do Mondays and [[PERSON|Wendell]] only has a five-seater, so he can't take all four kids.",
    "Translate into Arabic for a passenger who only reads Arabic, [[PERSON|فاطمة الزهراني]]: 'Your driver [[PERSON|Bilal]] is two minutes away in a silver Skoda Octavia.'",
    "Can you make this text to my landlord sound less passive-aggressive? 'Hi [[PERSON|Graham]], as I've mentioned three times now, the permit for bay 4 is still in [[PERSON|Tara]]'s name from before, so I keep getting tickets.'",
    "Someone used my card [[CREDIT_CARD|4929 6180 3357 2149]] to book three Bolt rides in Manchester last night while I was asleep in Leeds. What do I tell the bank, and should I contact Bolt as well?",
    "Our delivery routing script stopped working after the key was rotated. The config line is ROUTE_API_KEY=[[API_KEY|rk_prod_7Hq2LmZ9xV4tB8nW1cYe6Rj3]] and it was set up by [[PERSON|Anneliese]], who left last month. Is the format wrong or is it more likely the environment?",
    "Write a thank-you card for our lollipop man, Mr [[PERSON|Oduya]], who is retiring after 22 years outside the primary school gates.",
    "My tenant wants to pay for the garage space monthly. Write a short note with my details so he can set up a standing order: [[PERSON|Henrik Aalto]], [[IBAN_CODE|GB15 HBUK 4012 3344 5501 92]], reference GARAGE7.",
    "My daughter [[PERSON|Saoirse]] starts driving lessons next month with an instructor called [[PERSON|Phil]]. What should I ask him before she books a block of ten?",
    "Summarise these call notes for the ops manager, short bullets, no times needed:\n07:40 [[PERSON|Kwame]] van 7 won't start, battery flat again, third time this month\n08:05 recovery booked, two-hour wait\n08:30 his parcels moved to [[PERSON|Irina]]'s van, she's now 40 drops over\n09:15 customer at [[STREET_ADDRESS|18 Belvoir Road, Coalville LE67 3PH]] complained about a missed slot yesterday as well\n10:02 [[PERSON|Kwame]] back on the road in a spare Transit\n11:20 [[PERSON|Irina]] asking for overtime to be approved\n12:45 van 7 towed to the garage, battery and alternator to be checked, quote by tomorrow",
    "I need a note for the new cleaner at the taxi office, [[PERSON|Marisol]]: the alarm code is [[PASSWORD|6081]], set it when you leave, and the back door sticks so lift and push.",
    "What's a fair way to split a £96 fare from Heathrow between three of us dropped at different places? [[PERSON|Inés]] got out first at Hammersmith, [[PERSON|Tobi]] at Paddington, and I went on to Islington.",
    "Rewrite this Marketplace listing so it sounds better: '2014 Fiesta, 89k, FSH, new clutch, MOT till June. Collect from [[STREET_ADDRESS|27 Wren Close, Bicester OX26 2GH]]. Text [[PHONE_NUMBER|07700 900386]], no time wasters'",
    "I drive for Uber and a passenger left a phone in my car. The lock screen says 'If found please call [[PHONE_NUMBER|07700 900671]], [[PERSON|Meera]]'. What's the proper thing to do with it?",
    "Write a birthday message for [[PERSON|Tiny]], our biggest forklift driver, from everyone at the Daventry depot. Cheeky but clean, please.",
    "My colleague [[PERSON|王伟]] wants to hire a car in the UK on his Chinese licence. Can he, and for how long?",
    "Check the layout of this before I paste it into the taxi badge renewal form: Name [[PERSON|Olusegun Bakare]], driving licence [[ID_NUMBER|BAKAR803127OB9XK]], address [[STREET_ADDRESS|Flat 12, Tarn House, 4 Mill Street, Reading RG1 8DF]], email [[EMAIL_ADDRESS|segun.bakare@proton.me]].",
    "Translate into French please: 'Madame [[PERSON|Laurent]], your car will come back on the recovery truck on Friday between 10 and 12. Please call [[PHONE_NUMBER|06 39 98 41 27]] to confirm someone will be at home.'",
    "My partner [[PERSON|Jess]] and I share one car. Can you draw up a weekly plan so she has it for her Tuesday and Thursday night shifts and I get it for the Saturday market?",
    "My mum [[PERSON|Pauline]] got this text: 'Royal Mail: your parcel is held due to unpaid customs of £1.99, pay at royalmail-redeliver-uk.com'. She isn't expecting anything from abroad. Scam?",
    "Can you write a welcome message to our new driver [[PERSON|박지훈]] (he goes by [[PERSON|Jay]]) explaining break times and where he can park his own car at the depot?",
    "Make a rota table for Christmas week at the Bromsgrove depot: [[PERSON|Alfie]], [[PERSON|Bogdan]], [[PERSON|Chiamaka]], [[PERSON|Dean]] and [[PERSON|Esme]]. Nobody works both the 24th and the 31st, and [[PERSON|Bogdan]] wants Boxing Day off.",
    "Fix the grammar: 'me and [[PERSON|Connor]] was driving back from the auction when the trailer come loose and we was lucky nobody got hurt'",
    "I'm moving from Texas to Manchester for work and selling my truck first. The buyer, [[PERSON|Dale Kowalski]], wants my SSN on the bill of sale, [[US_SSN|529-31-8846]]. Do bills of sale normally need that? If not, draft one without it.",
    "Summarise and list the action points:\n'From [[PERSON|Precious Mensah]] to [[PERSON|Ahmed]]: the hire van (you booked it, [[PERSON|Ahmed]]) has a dent on the nearside door that wasn't on the check-out sheet. The hire company emailed me at [[EMAIL_ADDRESS|p.mensah@hotmail.co.uk]] asking for £280. Can you dig out the photos you took?'",
    "Write a short LinkedIn recommendation for [[PERSON|Sandeep Gill]], who ran our night trunking for six years without a single missed departure.",
    "Please make me a neat table I can print for the new driver lockers: [[PERSON|Haruto]] locker 14 code [[PASSWORD|2047]], [[PERSON|Lena]] locker 15 code [[PASSWORD|8816]], [[PERSON|Cian]] locker 16 code [[PASSWORD|5390]].",
    "Could you reply to [[PERSON|Stavros]] saying yes, we can take his mum's sofa and fridge in the Luton van on the Sunday run, but we'll need a second pair of hands for the stairs?",
    "I got a parking charge notice from a private car park for overstaying 11 minutes at the retail park. The registered keeper is my husband, [[PERSON|Rhys Mahoney]]. Should we appeal or ignore it, and what would we write?",
    "Shorten this into a text: 'Hi [[PERSON|Ayesha]], just confirming your mock test is Thursday at 10. Your instructor [[PERSON|Glen]] will pick you up from home, [[STREET_ADDRESS|41 Kenilworth Avenue, Walthamstow E17 4PE]], at 9:15, so be ready by the door.'",
    "Our courier tracking webhook keeps failing. The logs show the POST from [[IP_ADDRESS|192.0.2.88]] being rejected with the header Authorization: Bearer [[API_KEY|whk_3Nf8Qa71LpXz0cR5VmT2yGd9]]. Is the IP allowlist the likely problem?",
    "Help me write a reference for [[PERSON|Grace Achterberg]], who did weekend deliveries for our florist for two years. She's applying to drive for a supermarket.",
    "What should I pack for a nine-hour drive to Inverness with two kids? [[PERSON|Maisie]] gets carsick and [[PERSON|Theo]] is three.",
    "Draft a message for the Harrogate lift share group: new member [[PERSON|Benedikt]] joins on Monday, he lives near the big roundabout so pickup there at 7:20. His number is [[PHONE_NUMBER|07700 900249]] if anyone is running late.",
    "The woman selling me a campervan, [[PERSON|Colette Durand]], says she's moved to France and the van is already with a shipping company. She wants a deposit to [[IBAN_CODE|FR38 3000 4018 2300 0105 8392 482]]. Is this a known scam?",
    "Turn this into minutes: parish transport meeting, Cllr [[PERSON|Jenkins]] in the chair. [[PERSON|Harriet Osei]] reported the community minibus needs new tyres; [[PERSON|Len]] will ask two garages for quotes. Volunteer drivers are still needed for the Tuesday shopping trips.",
    "Write a printable card for the lorry drivers' rest room at the Thurrock yard: Wi-Fi TY-Drivers, password [[PASSWORD|Hgv!Rest2024]]. Any problems, see [[PERSON|Marcin]] in the transport office.",
    "I'm [[PERSON|Leah]], seven months pregnant and a single mum, and my car insurance renewal has just doubled. Any tips to bring it down? The car is a 2016 Polo.",
    "Translate into Spanish: 'Hi [[PERSON|Javier]], the courier will deliver the pallet to [[STREET_ADDRESS|Calle de Toledo 88, 3ºB, 28005 Madrid]] on Wednesday morning. Please make sure someone is in to sign. Thanks, [[PERSON|Ruth]]'",
    "I'm renewing the blue badge for my dad, [[PERSON|Kenneth Hale]]. The form wants his National Insurance number [[ID_NUMBER|JT 48 21 93 C]] and his old badge number [[ID_NUMBER|BB 0719 4432]]. Is it safe to type those into the council website?",
    "Can you check my maths? Van hire was £89, fuel £37.60 and parking £12. [[PERSON|Magda]] paid for the van, [[PERSON|Kristóf]] the fuel and I paid the parking. Who owes whom, and how much?",
    "Lithuanian for 'see you Monday, [[PERSON|Deividas]]'?",
    "My ex, [[PERSON|Jordan]], still has his car registered at my address and I keep getting his speeding letters. How do I stop this?",
    "Draft an email disputing a £150 admin fee from the car hire firm. Card used: [[CREDIT_CARD|5412 8830 1967 4522]], booking in the name of [[PERSON|Tomás Ó Briain]]. They say the car came back with less fuel, but I have a photo of the gauge.",
    "Can you help [[PERSON|Sunny]] and me plan a route from Cardiff to Edinburgh in an EV, stopping only at rapid chargers?",
    "I paid the removal company's deposit on my Amex [[CREDIT_CARD|3469 105827 33161]] and now they've gone bust. Can I claim under section 75? The card is in the name of [[PERSON|Anjali Mistry]].",
    "How do I explain to my dad, [[PERSON|Des]], who is 80, how to open the garage with the keypad? The code is [[PASSWORD|1942]] then the lock button. Simple steps please, big font if you can.",
    "Rewrite as a formal letter to the DVLA: I, [[PERSON|Mohammed Iqbal]], sold my vehicle on 5 May to [[PERSON|Kieran Foulds]] of [[STREET_ADDRESS|3 Cherry Tree Walk, Rotherham S60 2NL]], and I am still receiving his parking fines. Contact me at [[EMAIL_ADDRESS|m.iqbal1977@gmail.com]].",
    "Is [[PERSON|Frank]] right that you can't get a ticket for parking across a dropped kerb if it's your own driveway?",
    "Summarise this incident report in two lines: [[PERSON|Ana Lúcia Ferreira]], van 22, reversed into a bollard at the supermarket loading bay, no injuries, photos taken, [[PERSON|Reggie]] the site supervisor saw it happen.",
    "I manage our fleet account on the fuel card website. Username [[ID_NUMBER|ops_westmidlands02]], password [[PASSWORD|Diesel&Drive77]]. It keeps saying the account is locked. What should I send their helpdesk (without the password, obviously)?",
    "Write a short SMS in Russian to our driver [[PERSON|Дмитрий]] telling him tomorrow's first delivery is at 6 and he should take van 14.",
    "My friend [[PERSON|Chidi]] says you can drive on a provisional licence without L plates if the person supervising is over 25. Is that true?",
    "We're moving out of [[STREET_ADDRESS|56 Stanley Road, Wallasey CH44 7HS]] into a bungalow in Hoylake on the 14th and I need the day planned hour by hour. The van is booked from 8 till 6 and has to go back to the hire place in Birkenhead with a full tank. My brother [[PERSON|Lewis]] is helping but can't lift much since his operation, the cat has to go to my sister's first, the new keys are only released at noon, and the washing machine needs disconnecting the night before. What order should we do things in, and what have I forgotten?",
    "Translate into Hindi for my father-in-law [[PERSON|राजेश]]: 'Your taxi to the airport is booked for 4:30am and the driver will ring when he is outside.'",
    "Write a text to my son [[PERSON|Ethan]] reminding him the fuel card PIN is [[PASSWORD|3857]] and that he is NOT to use it for snacks again.",
    "Draft a formal complaint: the courier, [[PERSON|Liam]], threw my parcel over the side gate at [[STREET_ADDRESS|7 Linden Grove, Chester CH2 3EL]] and the TV inside is cracked. I have doorbell footage of it.",
    "Summarise this voicemail: 'Hiya, it's [[PERSON|Mags]] from the school office, just to say [[PERSON|Olly]] wasn't collected at 3:15, he's in the office with Mrs [[PERSON|Begum]]. Can someone ring back on [[PHONE_NUMBER|020 7946 0381]]? Thanks.'",
    "I'm [[PERSON|Bisi]] from the Northgate depot. My work login is [[EMAIL_ADDRESS|b.oyelaran@northgatelogistics.co.uk]] and the old password was [[PASSWORD|Parcel2023!]]. IT wants a stronger one: are passphrases better than random characters?",
    "Write an SMS for our Brisbane removals crew: 'Tomorrow's job is [[PERSON|Kylie Brennan]], [[STREET_ADDRESS|14 Jacaranda Street, Paddington QLD 4064]]. Piano on the first floor. Call her on [[PHONE_NUMBER|0491 570 318]] when you leave the yard.'",
    "Translate into German for the Berlin branch: '[[PERSON|Uwe]], the replacement cargo bike arrives on Monday. If it doesn't, ring [[PERSON|Katrin]] on [[PHONE_NUMBER|030 23125 467]].'",
    "Help me text my landlord in Toronto, Mr [[PERSON|Fairweather]], that the tow company took my car from the visitor spot even though the parking pass was on the dash.",
    "Plan lifts to the wedding in Aberystwyth: three cars (mine, [[PERSON|Huw]]'s and [[PERSON|Delyth]]'s) and 13 people, including Nain who needs a front seat. [[PERSON|Huw]] leaves from Wrexham and [[PERSON|Delyth]] from Chester.",
    "My German client [[PERSON|Jürgen Albrecht]] sent his IBAN for refunds, [[IBAN_CODE|DE53 1007 0024 0934 5672 10]]. Does the courier credit note need his address too, or is the IBAN enough?",
    "Why would the CCTV at our depot be reachable from [[IP_ADDRESS|198.51.100.23]]? [[PERSON|Neville]] set it up and swore it was only on the office network.",
    "Our night drivers confirm themselves to control with a spoken passphrase, [[PASSWORD|purple kettle 49]]. Write a short policy note explaining why it should never be said over open radio.",
    "Reply to [[PERSON|Bartholomew]] (he's ten) who wants to know how a car engine works. Keep it simple and fun.",
    "Draft a polite chaser to [[PERSON|Imogen Tate]] at [[EMAIL_ADDRESS|imogen.tate@harbourline-insurance.co.uk]] about my windscreen claim. It has been five weeks and nobody has called.",
    "I live in Galway and I'm buying a car from [[PERSON|Ciarán Ó Súilleabháin]] in Newry. What paperwork do I need to bring it south of the border? His number is [[PHONE_NUMBER|+44 7700 900857]] in case you think I should ask him something.",
    "Write a WhatsApp to my cousin [[PERSON|Harpreet]] in Ludhiana: I'll send the money for the scooter repair tomorrow, and she can give the mechanic my number, [[PHONE_NUMBER|+91 98140 27735]].",
    "Draft a message to my uncle [[PERSON|Babatunde]] explaining why shipping a right-hand-drive UK car to Lagos is a bad idea. I'll send it to him on [[PHONE_NUMBER|+234 803 417 2296]].",
    "Text [[PERSON|Ruby]]: lockbox [[PASSWORD|Z1P-4471]]",
    "Tidy this into a table with columns name, van, phone: [[PERSON|Oscar Lindqvist]] van 3 [[PHONE_NUMBER|07700 900115]]; [[PERSON|Paddy Rourke]] van 5 [[PHONE_NUMBER|07700 900892]]; [[PERSON|Qasim Raza]] van 9 [[PHONE_NUMBER|07700 900604]]",
    "My boss [[PERSON|Rich]] says I have to pay for the scratch on the company van out of my wages. Is that legal in the UK?",
    "Help me write a letter to Brook Motors asking for the £640 back. They replaced the clutch on my Astra but the grinding noise is still there. Sign it [[PERSON|Winifred Ames]], [[STREET_ADDRESS|2 Pear Tree Cottages, Much Wenlock TF13 6AB]].",
    "The hire car company in Spain wants passport and licence details online. Put these in their format (surname, first name, document number): [[PERSON|Jamie Hartley]], passport [[ID_NUMBER|552038471]], licence [[ID_NUMBER|HARTL612245JM9PQ]].",
    "Summarise the accident for my claim form in under 80 words: Tuesday 6pm, roundabout by the big Asda in Hull, a white Transit driven by [[PERSON|Shane]] clipped my rear quarter. He gave me his details on a scrap of paper: [[PHONE_NUMBER|07700 900493]], policy [[ID_NUMBER|AV-3310975-TX]].",
    "Thanks for earlier. One last thing: [[PERSON|Oksana]] from the depot asked whether the new four-on four-off pattern affects holiday pay. What should I tell her?",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Callum Ferguson]] registered as a private hire driver on 3 April; his NHS number [[ID_NUMBER|612 804 3372]] was given for the medical.",
    "Name: [[PERSON|Ayumi Sato]] | Mobile: [[PHONE_NUMBER|080-4172-9935]] | My Number: [[ID_NUMBER|4826 1937 0559]] | Vehicle: Toyota Aqua",
    '{"customer": "[[PERSON|Lukas Brandt]]", "email": "[[EMAIL_ADDRESS|lukas.brandt@web.de]]", "steuer_id": "[[ID_NUMBER|47 036 918 257]]", "order": "KFZ-20931"}',
    "[[PERSON|Marguerite Lefèvre]], NIR [[ID_NUMBER|2 85 07 69 388 214 75]], demeurant [[STREET_ADDRESS|14 rue des Tanneurs, 69005 Lyon]], tél. [[PHONE_NUMBER|06 39 98 52 14]]",
    '2024-03-11T07:42:19Z login ok user=[[ID_NUMBER|dkowal_fleet]] src=[[IP_ADDRESS|203.0.113.19]] name="[[PERSON|Dorota Kowal]]"',
    "Dear Mr [[PERSON|Okafor]], your resident parking permit for Zone C has been renewed. Permit holder no. [[ID_NUMBER|ZC-118420]]. Your PIN for the online account is [[PASSWORD|5528]].",
    "[[PERSON|Priyanka Desai]], [[EMAIL_ADDRESS|priyanka.desai@rediffmail.com]], [[ID_NUMBER|4821 7730 5616]], Pune, two-wheeler loan",
    "Driver [[PERSON|Katarzyna Wiśniewska]] (PESEL [[ID_NUMBER|85071403929]]) holds category C+E and lives at [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]].",
    "The seller, [[PERSON|Giulia Bianchi]], codice fiscale [[ID_NUMBER|BNCGLI90D52F205T]], transferred ownership of the Fiat Panda on 12 May.",
    "[[PERSON|Luca Ferrari]] — CF [[ID_NUMBER|FRRLCU78M03L219G]] — cell [[PHONE_NUMBER|+39 347 218 6604]]",
    "Fleet register entry 0412: [[PERSON|Jana Nováková]], rodné číslo [[ID_NUMBER|855312/4173]], licence class B, assigned Škoda Octavia.",
    "[[PERSON|Pavel Svoboda]] | [[EMAIL_ADDRESS|pavel.svoboda@seznam.cz]] | [[PHONE_NUMBER|+420 604 281 773]] | dispečink Brno",
    "Patient [[PERSON|Harold Pemberton]], NHS no. [[ID_NUMBER|943 276 1053]], was referred for a driving assessment after his stroke.",
    "[[PERSON|Siobhán Keane]], PPSN [[ID_NUMBER|6183027W]], applied for a taxi licence in Galway; phone [[PHONE_NUMBER|086 219 4470]].",
    "Customer [[PERSON|Declan Moriarty]], PPS [[ID_NUMBER|4471958VA]], IBAN [[IBAN_CODE|IE38 BOFI 9000 1725 3380 46]]",
    "[[PERSON|Álvaro Gómez Ruiz]], con DNI [[ID_NUMBER|48392716A]], compró el vehículo el 3 de junio.",
    "Conductora: [[PERSON|Lucía Fernández]] · DNI [[ID_NUMBER|02765183P]] · Tel. [[PHONE_NUMBER|612 48 93 07]] · [[STREET_ADDRESS|Calle Mayor 23, 2º izq., 50001 Zaragoza]]",
    "NIE [[ID_NUMBER|Y3184067F]] — titular: [[PERSON|Oleksandr Melnyk]], repartidor en Valencia",
    "BSN [[ID_NUMBER|318472053]] hoort bij [[PERSON|Sanne de Vries]], woonachtig [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JK Amsterdam]].",
    "[[PERSON|Bram Janssen]] leaset een bestelbus; IBAN [[IBAN_CODE|NL43 RABO 0318 4462 07]], e-mail [[EMAIL_ADDRESS|bram.janssen@ziggo.nl]].",
    "Passenger profile: name [[PERSON|Yoo-jin Choi]]; RRN [[ID_NUMBER|910723-2648130]]; mobile [[PHONE_NUMBER|010-7726-4815]]",
    "[[PERSON|Ingrid Johansson]], personnummer [[ID_NUMBER|870512-3183]], hyrde en bil hos oss 12–15 juli.",
    "Förare [[PERSON|Maja Lindström]], e-post [[EMAIL_ADDRESS|maja.lindstrom@telia.se]], mobil [[PHONE_NUMBER|073-512 08 46]].",
    "Sjåfør [[PERSON|Kristoffer Haugen]] – fødselsnummer [[ID_NUMBER|150889 43330]] – mobil [[PHONE_NUMBER|+47 912 48 306]]",
    "[[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|219374600]], morada [[STREET_ADDRESS|Rua de Cedofeita 240, 4050-174 Porto]]",
    "Client: [[PERSON|Ioana Popescu]] | CNP: [[ID_NUMBER|2870623401871]] | Tel: [[PHONE_NUMBER|+40 722 318 905]]",
    "[[PERSON|Nathalie Lambert]] — numéro national [[ID_NUMBER|85.07.30-214.41]] — chauffeur-livreur, Liège.",
    "Fahrer: [[PERSON|Mehmet Aydın]], Steuer-ID [[ID_NUMBER|58 914 307 621]], Anschrift [[STREET_ADDRESS|Sonnenallee 112, 12045 Berlin]]",
    "[[PERSON|Elif Yıldız]], T.C. kimlik no [[ID_NUMBER|38471652916]], cep [[PHONE_NUMBER|+90 532 417 2289]]",
    "[[PERSON|Arjun Nair]] listed [[PHONE_NUMBER|+91 94470 31286]] as his mobile and [[EMAIL_ADDRESS|arjun.nair.kochi@gmail.com]] for the cab aggregator sign-up.",
    "Owner: [[PERSON|陈晓明]], ID [[ID_NUMBER|440305199207143270]], Shenzhen, electric scooter registration",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8734615C]], Grab driver since 2019, contact [[PHONE_NUMBER|+65 9127 4408]].",
    "TFN [[ID_NUMBER|485 612 737]] — [[PERSON|Bradley Kemp]], owner-driver, [[STREET_ADDRESS|9 Banksia Court, Mildura VIC 3500]]",
    "[[PERSON|Tegan O'Rourke]], Medicare [[ID_NUMBER|2947 51831 1]], mobile [[PHONE_NUMBER|0491 570 642]]",
    "SIN [[ID_NUMBER|538 217 464]] belongs to [[PERSON|Étienne Gagnon]], snowplough operator in Québec City; phone [[PHONE_NUMBER|(418) 555-0147]].",
    "Motorista [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|418.263.907-31]], e-mail [[EMAIL_ADDRESS|thiago.albuquerque@uol.com.br]].",
    "[[PERSON|Camila Rojas]], RUT [[ID_NUMBER|14.628.305-5]], conductora de bus, [[PHONE_NUMBER|+56 9 6218 4073]]",
    "[[PERSON|Kadri Tamm]] — isikukood [[ID_NUMBER|48709190219]] — Tallinn taxi permit holder.",
    "Kuljettaja [[PERSON|Aino Virtanen]], hetu [[ID_NUMBER|120691-478F]], puh. [[PHONE_NUMBER|+358 40 718 2264]]",
    "[[PERSON|Guðrún Sigurðardóttir]], kt. [[ID_NUMBER|140685-3219]], rents a campervan from 4 to 18 June.",
    "Водій [[PERSON|Оксана Коваленко]], РНОКПП [[ID_NUMBER|3184520765]], тел. [[PHONE_NUMBER|+380 67 418 2093]]",
    "NHI [[ID_NUMBER|ZKB4174]] — [[PERSON|Aroha Ngata]] — Rotorua, seen after a quad bike crash.",
    "ΑΜΚΑ [[ID_NUMBER|15078803127]] – [[PERSON|Γιώργος Παπαδόπουλος]], οδηγός ταξί, [[PHONE_NUMBER|697 318 2240]]",
    "Policyholder [[PERSON|Amara Okonkwo]], NHS [[ID_NUMBER|508 419 6623]], whiplash claim after a rear-end collision on the A34.",
    "Kierowca: [[PERSON|Zofia Wójcik]], PESEL [[ID_NUMBER|02230508167]], tel. [[PHONE_NUMBER|+48 512 637 904]]",
    "[[PERSON|Yeon-woo Park]] (주민번호 [[ID_NUMBER|850219-1570244]]), delivery rider, Busan",
    "[[PERSON|Jennifer Alvarez]], SSN [[US_SSN|237-54-1190]], financed a 2019 Honda CR-V on 14 February.",
    "Applicant: [[PERSON|Derrick Coleman]] | SSN: [[US_SSN|318-72-4465]] | Phone: [[PHONE_NUMBER|(312) 555-0186]] | Address: [[STREET_ADDRESS|2417 W Addison St, Chicago, IL 60618]]",
    "[[PERSON|Keisha Monroe]] paid her parking citation online with card [[CREDIT_CARD|4532 7718 2094 6536]] from IP [[IP_ADDRESS|198.51.100.77]].",
    "Rideshare driver [[PERSON|Carlos Mendoza]] (username [[ID_NUMBER|cmendoza_drives]]) gets weekly payout notices at [[EMAIL_ADDRESS|carlos.mendoza88@gmail.com]].",
    "[[PERSON|Harriet Blackwood]] lives at [[STREET_ADDRESS|58 Sunningdale Road, Sheffield S11 9PA]] and can be reached on [[PHONE_NUMBER|07700 900328]].",
    "Courier [[PERSON|Emeka Nwosu]] — [[EMAIL_ADDRESS|emeka.nwosu@yahoo.com]] — [[PHONE_NUMBER|07700 900775]]",
    "The hire agreement is in the name of [[PERSON|Rosalind Achebe]], driving licence [[ID_NUMBER|ACHEB755219RA9TW]].",
    '{"id": 3318, "driver": "[[PERSON|Wiktor Zieliński]]", "phone": "[[PHONE_NUMBER|07700 900584]]", "depot": "Wakefield", "pin": "[[PASSWORD|7402]]"}',
    "[[PERSON|Naomi Feldman]] bought lifetime breakdown cover with card [[CREDIT_CARD|5279 3104 6682 0194]], expiry 09/27.",
    "From: [[PERSON|Osagie Imade]] <[[EMAIL_ADDRESS|osagie.imade@btinternet.com]]>\nSubject: MOT booking for Saturday",
    "2024-06-02 18:04:51 WARN payment declined card=[[CREDIT_CARD|4485203199671088]] holder=[[PERSON|Bethany Cole]] ip=[[IP_ADDRESS|192.0.2.143]]",
    "Parking permit register, bay 14: [[PERSON|Agnieszka Lis]], [[STREET_ADDRESS|Flat 6, 19 Cromwell Road, Hove BN3 3EB]], permit [[ID_NUMBER|BH-P-22917]].",
    "[[PERSON|Rafael Ortega]],[[PHONE_NUMBER|(305) 555-0129]],[[EMAIL_ADDRESS|rafa.ortega@icloud.com]],tow truck operator",
    "Taxi badge holder [[PERSON|Gurpreet Sandhu]], badge no. [[ID_NUMBER|PH-04417]], address [[STREET_ADDRESS|112 Soho Road, Birmingham B21 9DP]].",
    "Beneficiary: [[PERSON|Margot Vermeulen]] — IBAN [[IBAN_CODE|BE83 7310 0492 8317]] — reason: refund of towing costs",
    "[[PERSON|Stefan Huber]], wohnhaft [[STREET_ADDRESS|Mariahilfer Straße 88, 1070 Wien]], IBAN [[IBAN_CODE|AT25 2011 1829 4173 5006]]",
    "Refund to [[PERSON|Aoife Gallagher]], IBAN [[IBAN_CODE|IE91 AIBK 9332 0418 7750 29]], for the cancelled airport transfer.",
    "Seller [[PERSON|Javier Morales]] received the deposit at [[IBAN_CODE|ES56 0049 1823 6127 1039 4855]]; phone [[PHONE_NUMBER|+34 654 218 907]].",
    "[[PERSON|Klaus Richter]] — [[IBAN_CODE|DE26 5001 0517 5402 8839 16]] — Werkstattrechnung Nr. 4471",
    "Payee [[PERSON|Julien Moreau]], [[EMAIL_ADDRESS|julien.moreau@free.fr]], reimbursement of tolls on the A7.",
    "Lessee: [[PERSON|Eva Dvořáková]]; IBAN [[IBAN_CODE|CZ06 0800 0000 1928 3746 5011]]; e-mail [[EMAIL_ADDRESS|eva.dvorakova@email.cz]]",
    "[[PERSON|Dimitra Kostopoulou]] paid the ferry and car import fees from [[IBAN_CODE|GR62 0110 1250 0000 0125 3044 812]].",
    "Odbiorca: [[PERSON|Marek Kamiński]], rachunek [[IBAN_CODE|PL60 1020 1026 0000 0422 7020 1111]], tytuł: zwrot kaucji za przyczepę",
    "[[PERSON|Inês Tavares]] paid the car import duty from [[IBAN_CODE|PT81 0033 0000 4531 7389 1720 5]].",
    "Intestatario: [[PERSON|Francesca Greco]] — [[IBAN_CODE|IT10 X030 6909 6061 0000 0063 412]] — rimborso carro attrezzi",
    "[[PERSON|Björn Axelsson]] | [[IBAN_CODE|SE63 8000 0832 7940 1156 3308]] | [[PHONE_NUMBER|070-482 19 63]]",
    "Staff record: [[PERSON|Kelechi Eze]], employee no. [[ID_NUMBER|EMP-30418]], van driver, Croydon depot, email [[EMAIL_ADDRESS|kelechi.eze@parcelhub.co.uk]].",
    "[[PERSON|Ahmad Karimi]] logged in to the driver portal as [[ID_NUMBER|akarimi84]] with the password [[PASSWORD|Karimi!Van84]].",
    "[[PERSON|Lena Hoffmann]] — Benutzer [[ID_NUMBER|lhoffmann_kfz]] — Kennwort [[PASSWORD|Werkstatt#2291]]",
    "[[PERSON|Imran Chaudhry]] | [[ID_NUMBER|AA-551903-X]] | comprehensive motor | [[PHONE_NUMBER|07700 900413]]",
    "Member [[PERSON|Fenella Drummond]], breakdown membership [[ID_NUMBER|RM 7730 2219]], called from [[PHONE_NUMBER|0131 496 0572]] with a flat tyre on the A9.",
    "Hi, I'm [[PERSON|Obiageli]] and my email is [[EMAIL_ADDRESS|obiageli.u@gmail.com]], please send the van hire quote there.",
    "[[PERSON|Xu Ming]] connected to the depot VPN from [[IP_ADDRESS|203.0.113.201]] at 02:14 as [[ID_NUMBER|xuming.ops]].",
    "Integration owner: [[PERSON|Rosa Lindgren]]; key [[API_KEY|dlv_sk_4PzR8mQ1wX7tY0bN3kJ6hV2c]]; created 2024-01-09.",
    "# contact: [[PERSON|Devon Marsh]] <[[EMAIL_ADDRESS|devon.marsh@routewise.io]]>\nMAPS_TOKEN=[[API_KEY|mw_live_Gk27pQx9Lr4ZtB1yN8cVf5Ds]]",
    "[[PERSON|Henrietta Voss]], [[STREET_ADDRESS|Flat B, 7 Marine Parade, Whitby YO21 3PR]], [[PHONE_NUMBER|07700 900946]], [[EMAIL_ADDRESS|hen.voss@gmail.com]]",
    "Dear [[PERSON|Godfrey Mwangi]], your Prius has passed its MOT and is ready for collection. The balance of £54.85 can be paid by phone; we will call you on [[PHONE_NUMBER|07700 900302]]. Kind regards, Brook Motors",
    "Lift share sign-up: [[PERSON|Saanvi Rao]], pickup at [[STREET_ADDRESS|33 Lime Tree Avenue, Milton Keynes MK9 2QB]], email [[EMAIL_ADDRESS|saanvi.rao@outlook.com]].",
    "[[PERSON|Hamza Benali]], carte [[CREDIT_CARD|5193 6627 0418 3352]], location du 2 au 9 août, tél. [[PHONE_NUMBER|06 39 98 07 63]].",
    "Cardholder [[PERSON|Louise Thornbury]] disputed a £62 taxi charge on [[CREDIT_CARD|4024 0071 5582 9376]].",
    "[[PERSON|Malik Johnson]] | Amex [[CREDIT_CARD|3751 442069 88134]] | [[EMAIL_ADDRESS|malik.j@aol.com]] | rental HZ-88213",
    "Card on file for [[PERSON|Bronwen Pryce]]: [[CREDIT_CARD|2221 0045 7713 8606]], billing address [[STREET_ADDRESS|5 Heol y Felin, Aberystwyth SY23 1JF]]",
    "[[PERSON|Nikhil Varma]] paid for the van hire with [[CREDIT_CARD|4263 9825 1170 0646]]; contact [[PHONE_NUMBER|07700 900119]].",
    "[[PERSON|Olga Petrenko]] — [[CREDIT_CARD|5368 2290 7415 5839]] — [[IP_ADDRESS|198.51.100.164]] — chargeback opened",
    "[[PERSON|Cheng Li]] (driver id [[ID_NUMBER|DRV-55720]]) last synced the handheld scanner from [[IP_ADDRESS|192.0.2.61]].",
    "[[PERSON|Tobias Engel]], [[STREET_ADDRESS|Bornholmer Straße 41, 10439 Berlin]], [[PHONE_NUMBER|030 23125 819]]",
    "[[PERSON|Chloé Marchand]] — [[STREET_ADDRESS|8 avenue Jean Médecin, 06000 Nice]] — [[EMAIL_ADDRESS|chloe.marchand@orange.fr]]",
    "[[PERSON|Fergal Brennock]], [[STREET_ADDRESS|21 Glasnevin Avenue, Dublin 11, D11 X2K7]], [[PHONE_NUMBER|085 772 1043]]",
    "[[PERSON|Kateryna Bondar]] signed the removal quote; the storage unit access code is [[PASSWORD|9091]].",
    "School run contact sheet: [[PERSON|Tunde Afolabi]] — [[PHONE_NUMBER|07700 900687]] — Mondays and Thursdays",
    "[[PERSON|Hiroshi Tanaka]]'s account [[ID_NUMBER|htanaka_jp]] and password [[PASSWORD|Shinkansen-0701]] were found in a plain-text file on the shared drive.",
    "Employee [[PERSON|Zanele Dlamini]] (staff no. [[ID_NUMBER|ST-00982]]), door code for the Hatfield yard [[PASSWORD|3141#]]",
    "[[PERSON|Vikram Sethi]], [[US_SSN|601-23-7748]], [[STREET_ADDRESS|88 Maple Ave, Edison, NJ 08817]]",
    "[[PERSON|Leilani Kahale]] rented a Jeep in Honolulu; phone [[PHONE_NUMBER|(808) 555-0163]], email [[EMAIL_ADDRESS|leilani.kahale@gmail.com]].",
]

# 25 MT-Bench/Vicuna-style prompts; the people named are historical or fictional.
CLEAN_MTBENCH = [
    "Write a persuasive blog post arguing that towns should close their high streets to cars on Saturdays. Include at least two counterarguments and respond to them.",
    "Imagine you are Mr Toad from The Wind in the Willows writing a letter of apology to the magistrates after crashing yet another motor car. Stay in character.",
    "Explain to a ten-year-old how a four-stroke petrol engine works, using an analogy from everyday life.",
    "Compose a sequence of three haiku about a night bus crossing a city in the rain.",
    "Compare the advantages and disadvantages of leasing versus buying a new car for someone who drives about 8,000 miles a year.",
    "Karl Benz is often credited with building the first practical motor car. Write a 200-word museum placard about his 1885 Patent-Motorwagen.",
    "Role-play as a driving examiner giving feedback to a nervous candidate who has just failed for not checking mirrors at a roundabout.",
    "Why have ride-hailing companies faced so many regulatory challenges in European cities? Summarise the main reasons in five bullet points.",
    "Draft a template email a removals company could send to customers a week before moving day, listing what they should prepare.",
    "Write a Python function that takes a list of delivery stops as latitude and longitude pairs and returns them ordered by a simple nearest-neighbour heuristic.",
    "Henry Ford is supposed to have said customers could have a car in any colour so long as it was black. What does this tell us about early mass production?",
    "Outline the plot of a short mystery in which Hercule Poirot investigates a vintage car that vanishes during a country-house rally.",
    "How might the switch to electric vans change the daily routine of a parcel courier? Consider charging, range, noise and cold weather.",
    "Write a dialogue between two London cabbies in the 1960s discussing the Knowledge, one of them about to sit his final appearance.",
    "Give me a step-by-step checklist for inspecting a used car before buying it, for someone with no mechanical knowledge at all.",
    "Explain the difference between third-party only, third-party fire and theft, and comprehensive car insurance in plain English.",
    "Suggest five names for a small family-run courier business in a seaside town, each with a one-line tagline.",
    "Bertha Benz drove from Mannheim to Pforzheim in 1888 without telling her husband. Write the diary entry she might have written that evening.",
    "Make this paragraph more concise: 'In the event that the vehicle is returned to the depot at a time that is later than the time that was originally agreed, a charge will be applied to the account of the customer.'",
    "Write an SQL query that finds, for each depot, the driver with the most completed deliveries last month, given tables drivers, depots and deliveries.",
    "What would be the environmental and economic effects if every pair of neighbouring households in a mid-sized city shared a single car?",
    "Write a limerick about a traffic warden who falls in love with a double yellow line.",
    "Pretend you are Sherlock Holmes deducing where a hansom cab has been from the mud on its wheels. Keep it under 150 words.",
    "Outline a lesson plan for teaching Year 6 pupils about road safety near the school gates, including one hands-on activity.",
    "Why do traffic jams sometimes form on motorways for no obvious reason? Explain the idea of a phantom jam.",
]

# 25 GSM8K-style word problems; the first names are fictional.
CLEAN_GSM8K = [
    "Maya's delivery van holds 120 parcels. On Monday she delivered 87 in the morning and two thirds of the rest in the afternoon. How many parcels were still in the van at the end of the day?",
    "A taxi charges £3.20 to start plus £1.90 per mile. Omar's fare came to £22.20. How many miles did he travel?",
    "Priya's car does 48 miles to the gallon and fuel costs £6.50 a gallon. How much does she spend on fuel for a 312-mile round trip?",
    "A removals firm charges £85 an hour for a van and two movers, plus a flat £40 fuel charge. Liam's move took five and a half hours. What was the bill?",
    "Four parents share the school run equally over five days a week for six weeks. Each round trip is 7 miles. How many miles does each parent drive?",
    "Jonah earns £1.35 per parcel and a £20 bonus on any day he delivers more than 150. On Friday he delivered 162 parcels. How much did he earn that day?",
    "A car park has 8 levels of 45 spaces. At noon three fifths of the spaces were full, and 54 more cars arrived by 2 pm. How many spaces were empty at 2 pm?",
    "Elena bought a used car for £6,400, spent £380 on tyres and £245 on a service, and sold it a year later for £5,900. How much did she lose overall?",
    "A courier firm has 14 vans and each MOT costs £54.85. With a 10% discount for booking them all together, what is the total cost?",
    "Tariq drives at 50 mph for the first 2 hours and then covers the remaining 150 miles at 60 mph. How long does the whole journey take?",
    "A resident parking permit costs £120 a year or £12 a month. How much does Hannah save over a year by paying annually?",
    "Ben, Chloe and Dev share a lift to a festival. Ben paid £48 for petrol and Chloe paid £15 for parking. If the three of them are to pay equal shares, how much should Dev give Ben and how much should Chloe give Ben?",
    "A bus leaves the depot every 12 minutes from 6:00 am. How many buses have left by 9:30 am, counting the first one?",
    "Sofia hires a van for 3 days at £59 a day plus 25p per mile and drives 240 miles. What is the total hire cost?",
    "A fleet of 20 petrol cars is replaced with electric cars at 4 cars a year. After how many years will the fleet be 60% electric, and how many petrol cars will be left?",
    "Kofi's motorbike tyres cost £95 each and fitting costs £18 per tyre. He replaces both tyres and pays with a £250 voucher. How much of the voucher is left?",
    "An insurance premium of £720 rises by 15% after a claim, and then a 5% loyalty discount is taken off the new amount. What is the final premium?",
    "Ana drives 18 miles to work and 18 miles home, five days a week, and her car uses a litre of fuel every 9 miles. How many litres does she use in four weeks?",
    "A courier has 6 hours to finish a round of 72 drops. After 2 hours he has done 20. How many drops an hour must he average for the rest of the shift?",
    "A driving instructor charges £36 a lesson or £330 for a block of ten. Grace takes 25 lessons and buys as many blocks as she can. How much does she pay?",
    "Rohan sold his car for £8,000, which was 36% less than he paid for it. How much did he pay originally?",
    "A taxi firm has 9 drivers who each work 4 ten-hour shifts a week. To keep 2 cars on the road around the clock all week, how many spare driver-hours does the firm have?",
    "A car park charges £2.40 for the first hour and £1.60 for each extra hour or part of an hour. Isla parks from 9:20 am to 1:05 pm. How much does she pay?",
    "Mateo loads a van with a 900 kg limit. He has already loaded 25 boxes of 18 kg. How many 12 kg boxes can he still add?",
    "The train takes 2 hours 25 minutes and the coach on the same route takes 40 minutes longer. If Freya catches the coach at 8:05, what time does she arrive?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "What is the legal minimum tread depth for car tyres in the UK?\nA. 1.0 mm\nB. 1.6 mm\nC. 2.0 mm\nD. 3.0 mm",
    "Which stroke of a four-stroke engine does the work that turns the crankshaft?\nA. Intake\nB. Compression\nC. Power\nD. Exhaust",
    "A driver's overall stopping distance is made up of which two parts?\nA. Braking distance and following distance\nB. Thinking distance and braking distance\nC. Reaction time and tyre grip\nD. Speed and mass",
    "The surge pricing used by ride-hailing apps is an example of:\nA. Price discrimination by age\nB. Dynamic pricing that responds to demand\nC. A price ceiling\nD. Predatory pricing",
    "Which product of burning petrol is the main contributor to climate change?\nA. Carbon monoxide\nB. Nitrogen\nC. Carbon dioxide\nD. Water vapour",
    "Under the hierarchy of road users added to the Highway Code in 2022, who has the greatest responsibility to reduce danger?\nA. Pedestrians\nB. Cyclists\nC. Drivers of larger vehicles\nD. Horse riders",
    "A car travelling at 20 m/s brakes uniformly to rest in 4 s. What is its deceleration?\nA. 2 m/s²\nB. 4 m/s²\nC. 5 m/s²\nD. 80 m/s²",
    "Which document records the registered keeper of a vehicle in the UK?\nA. MOT certificate\nB. V5C logbook\nC. Insurance certificate\nD. Service history",
    "When you buy a car from a private seller in the UK, the law mainly requires that the car is:\nA. Of satisfactory quality\nB. As described\nC. Fit for any purpose\nD. Under warranty for 12 months",
    "In logistics, the 'last mile' refers to:\nA. The final section of a motorway\nB. The last stage of delivery to the end customer\nC. The distance a lorry can go after the fuel light\nD. The final mile of a marathon route",
    "What does ABS stand for in vehicle braking?\nA. Automatic Brake Support\nB. Anti-lock Braking System\nC. Advanced Balance Steering\nD. Axle Brake Sensor",
    "Which of these is a fixed cost for a taxi business?\nA. Fuel\nB. Tyre wear\nC. The annual licence fee\nD. Road tolls",
    "The travelling salesman problem, central to delivery route planning, is:\nA. Solvable in linear time\nB. NP-hard\nC. Undecidable\nD. Trivial below 100 stops",
    "In Great Britain, by when must a new car have its first MOT test?\nA. Its first anniversary of registration\nB. Its third anniversary of registration\nC. Its fifth anniversary of registration\nD. Only when it changes keeper",
    "When a non-fault driver is given a replacement car whose cost is claimed from the at-fault insurer, this is called:\nA. Credit hire\nB. Subrogation waiver\nC. No-claims protection\nD. Excess buyback",
    "Regenerative braking in an electric vehicle turns kinetic energy mainly into:\nA. Heat in the brake pads\nB. Electrical energy stored in the battery\nC. Sound\nD. Potential energy in the suspension",
    "A school travel survey finds 40% of pupils are driven, 35% walk, 15% cycle and the rest take the bus. What percentage take the bus?\nA. 5%\nB. 10%\nC. 15%\nD. 20%",
    "Who developed the pneumatic tyre that was commercialised for bicycles in 1888?\nA. John Boyd Dunlop\nB. Charles Goodyear\nC. Karl Benz\nD. Gottlieb Daimler",
    "Which law explains why standing passengers lurch forward when a bus brakes suddenly?\nA. Newton's first law\nB. Bernoulli's principle\nC. Hooke's law\nD. Archimedes' principle",
    "In supply chain management, a cross-dock is:\nA. A dock used only by ferries\nB. A site where inbound goods go straight onto outbound vehicles with little or no storage\nC. A bonded customs warehouse\nD. A repair bay for lorries",
    "What is the main purpose of a catalytic converter?\nA. To increase engine power\nB. To reduce harmful exhaust emissions\nC. To cool the engine\nD. To filter cabin air",
    "Double yellow lines along a UK road generally mean:\nA. No waiting at any time\nB. Loading only\nC. Residents only\nD. Waiting allowed after 6 pm",
    "Which of these is a requirement for private hire vehicles in most UK licensing areas?\nA. A roof light\nB. Journeys must be pre-booked\nC. A taximeter\nD. Black paintwork",
    "A depot rota gives each driver 2 rest days in every 7. How many working days does a driver have in a 28-day period?\nA. 18\nB. 20\nC. 21\nD. 24",
    "A tachograph in a goods vehicle records:\nA. Fuel economy only\nB. Driving time, speed and distance\nC. Cargo temperature\nD. Tyre pressures",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to drive after taking an antihistamine for hay fever?",
    "How long after a general anaesthetic should you wait before driving?",
    "What are the signs of whiplash after a car accident, and when should you see a doctor?",
    "Can sitting in a van all day cause lower back pain, and which stretches help?",
    "Do you have to tell the DVLA about a diagnosis of sleep apnoea?",
    "What is the best way to stay alert on a long night drive without relying on energy drinks?",
    "Why do some children get car sick when most adults don't?",
    "Is it normal to feel anxious about driving again after a minor crash?",
    "How much water should a courier drink on a hot day spent climbing in and out of a van?",
    "Can diabetes affect whether someone is allowed to drive a lorry?",
    "What are the symptoms of carbon monoxide poisoning from a faulty car heater?",
    "Is it legal or safe to drive with a broken wrist in a cast?",
    "How can shift workers who start at 4 am improve their sleep?",
    "Which exercises help prevent deep vein thrombosis on long coach journeys?",
    "What should go in a first aid kit kept in a delivery van?",
    "Do anti-glare coatings on glasses really help with night driving?",
    "Does carrying heavy parcels all day raise the risk of a hernia?",
    "How soon after a concussion is it safe to drive?",
    "How does the drink-drive limit in Scotland compare with England's, and how long does alcohol take to leave the body?",
    "Is it dangerous to drive after taking codeine?",
    "What snacks should a driver with type 1 diabetes keep in the car in case of a hypo?",
    "Why do knees ache after driving a manual car in stop-start traffic?",
    "How do you lift a sofa safely when moving house without hurting your back?",
    "Can a change in epilepsy medication affect a driving licence?",
    "How should a seatbelt be worn during pregnancy?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "612 804 3372": nhs_ok,
    "943 276 1053": nhs_ok,
    "508 419 6623": nhs_ok,
    "4826 1937 0559": my_number_ok,
    "47 036 918 257": steuer_id_ok,
    "58 914 307 621": steuer_id_ok,
    "2 85 07 69 388 214 75": nir_ok,
    "4821 7730 5616": aadhaar_ok,
    "85071403929": pesel_ok,
    "02230508167": pesel_ok,
    "BNCGLI90D52F205T": codice_fiscale_ok,
    "FRRLCU78M03L219G": codice_fiscale_ok,
    "855312/4173": rodne_cislo_ok,
    "965104/3380": rodne_cislo_ok,
    "6183027W": pps_ok,
    "4471958VA": pps_ok,
    "48392716A": dni_ok,
    "02765183P": dni_ok,
    "Y3184067F": dni_ok,
    "318472053": bsn_ok,
    "910723-2648130": rrn_ok,
    "850219-1570244": rrn_ok,
    "870512-3183": luhn_len(10),
    "150889 43330": fodselsnummer_ok,
    "219374600": nif_ok,
    "2870623401871": cnp_ok,
    "85.07.30-214.41": belgian_id_ok,
    "38471652916": kimlik_ok,
    "440305199207143270": china_id_ok,
    "S8734615C": nric_ok,
    "485 612 737": tfn_ok,
    "2947 51831 1": medicare_ok,
    "538 217 464": luhn_len(9),
    "418.263.907-31": cpf_ok,
    "14.628.305-5": rut_ok,
    "48709190219": isikukood_ok,
    "120691-478F": hetu_ok,
    "140685-3219": kennitala_ok,
    "3184520765": rnokpp_ok,
    "ZKB4174": nhi_ok,
    "15078803127": luhn_len(11),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"07[0236]-\d{3} \d{2} \d{2}",  # Sweden mobile
        r"69\d \d{3} \d{4}",  # Greece mobile
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"\+420 [67]\d{2} \d{3} \d{3}",  # Czech mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"6\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"\+34 6\d{2} \d{3} \d{3}",
        r"08[35-9] \d{3} \d{4}",  # Ireland mobile
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy mobile
        r"\+47 [49]\d{2} \d{2} \d{3}",  # Norway mobile
        r"\+40 7\d{2} \d{3} \d{3}",  # Romania mobile
        r"\+90 5\d{2} \d{3} \d{4}",  # Turkey mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"\+65 [89]\d{3} \d{4}",  # Singapore mobile
        r"\+56 9 \d{4} \d{4}",  # Chile mobile
        r"\+358 4\d \d{3} \d{4}",  # Finland mobile
        r"\+380 \d{2} \d{3} \d{4}",  # Ukraine mobile
        r"\+48 \d{3} \d{3} \d{3}",  # Poland mobile
        r"\+234 \d{3} \d{3} \d{4}",  # Nigeria mobile
    )
]

# Each IBAN's length by country (ISO 13616 registry).
IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "CZ": 24, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "GR": 27,
    "IE": 22, "IT": 27, "NL": 18, "PL": 28, "PT": 25, "SE": 24,
}  # fmt: skip

# Types every chat section must hold at least once.
CHAT_TYPES = TYPES - {"PERSON"}


def check_mix() -> None:
    """The chat names people in at least 90 texts, holds a secret in at least 15 and every
    type at least once, and its six other-language texts are written in other letters than
    plain ASCII; each record names exactly one person beside one to four other values; 35
    to 45 records carry a national id; every IBAN has its country's length; every MMLU item
    has options A to D."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = CHAT_TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        people = [s for s in marked_spans(marked) if s["type"] == "PERSON"]
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} names in {marked[:60]!r}")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            if span["type"] == "IBAN_CODE":
                compact = span["value"].replace(" ", "").upper()
                if IBAN_LENGTHS.get(compact[:2]) != len(compact):
                    raise SystemExit(f"IBAN {span['value']!r} of the wrong length")
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]:
        if not any(ord(c) > 127 for c in strip_marks(marked)[0]):
            raise SystemExit(f"chat: {marked[:60]!r} reads as English")
    for item in CLEAN_MMLU:
        if not all(f"\n{x}. " in item for x in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")


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
        "blind127", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
