# ruff: noqa: E501
"""A hundred-and-tenth blind privacy set: 220 texts with personal data and 100 clean ones,
on transport and vehicles (car hire, parking and speeding fines, MOT and servicing, taxis
and ride shares, driving lessons, airline and rail complaints, lost luggage, car sales,
insurance renewals, fleet and courier drivers).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) sent to a general assistant through a company
  gateway: drafting, replying, summarising pasted notes, translating, fixing wording,
  planning, advising and calculating. The first 30 are typed all in lower case (names too,
  with shorthand and typos), the next 6 are in German, Spanish, Italian, Japanese, Polish
  and Brazilian Portuguese, the rest in ordinary English. Names of many origins, some in
  Cyrillic, Greek, Hebrew, Arabic, Chinese, Korean and Japanese script: first names alone,
  lone surnames after titles, full names, names with non-English letters, names that are
  ordinary words (Rose, Faith, Hunter, Grace, Will, Sunny), nicknames, many named in
  passing with no cue word;
* 100 one-person records (4 to 60 words) in the style of presidio-research's synthetic
  sentences and Nannigalaxy-style records: prose, profile lines, form and CSV rows, JSON
  fragments, log lines and short letters, each with a name and one to four other values.

Usernames and logins, account, customer, member, frequent-flyer, employee, staff, driver,
policy, badge and permit-holder numbers, passports, driving licences and national ids are
ID_NUMBER; PINs, door, gate, key-safe and alarm codes, passphrases and passwords PASSWORD;
titles and relation words (Mr, Mrs, Ms, Dr, Frau, Uncle, Instructor, my nan, my sister) stay
outside PERSON spans; an address span runs from the first street line through the postcode
and city as typed. Not labelled: public and historical figures, fictional characters,
companies, vehicle registration plates, booking, rental agreement, ticket, bag tag, claim,
penalty charge notice and file references, flight and train numbers, the last four digits
of a card and dates of birth. Every occurrence of a private value is marked.

The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
naming historical or fictional people), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one; many
are about travel, driving and vehicles.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0131/0161
496 0, 01632 960; North America 555-01xx; Australia 0491 570; France 06 39 98 and
01 99 00; Germany 030 23125) and in each country's own layout elsewhere, some without
separators; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from documentation
ranges; national ids with valid check digits (NHS number, Indian Aadhaar, Dutch BSN, Polish
PESEL, Brazilian CPF, Spanish DNI, Italian codice fiscale, Chinese resident id, Singapore
NRIC, Korean resident registration number, Japanese My Number, Turkish kimlik, Norwegian
fødselsnummer, French NIR, German tax id, Canadian SIN, South African id, Australian TFN and
Medicare number, Irish PPS number, Finnish henkilötunnus, Ukrainian RNOKPP, Romanian CNP,
Chilean RUT, New Zealand NHI, Estonian isikukood, Icelandic kennitala, Belgian national
number, Portuguese NIF, Swedish personnummer, Israeli teudat zehut). ``main()`` fails
loudly on a bad value, a wrong count or a text out of its length range.

Run ``.venv/bin/python bench/data/build_blind110.py`` from the repository root; the output
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
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

NAME = "blind110"
LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Capt|Sgt|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Sig|Signora|Auntie|Uncle|Nan|Instructor)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u draft a text to my driving instructor [[PERSON|gurpreet]] ([[PHONE_NUMBER|07700 900318]]) moving thurs lesson to sat morning, keep it short n polite",
    "got a pcn for parking on hartley st but i had a valid resident permit. write an appeal for me: [[PERSON|dean o'callaghan]], [[STREET_ADDRESS|41 mill lane, leeds ls12 4hx]], permit holder since march, pcn no lf48231907",
    "hertz charged my card [[CREDIT_CARD|4539 1720 8461 3578]] twice for the same rental (booking lhr88213). help me write a complaint email, im [[PERSON|tomasz wierzbicki]]",
    "my uber driver left my bag in his car, app shows driver [[PERSON|nnamdi]] and his number [[PHONE_NUMBER|+234 803 514 2769]]. how do i word a msg asking him to drop it at the hotel reception",
    "summarise these mot notes: vw golf, front pads 2mm, advisory n/s rear tyre, wiper blade split. customer [[PERSON|sheila barraclough]] tel [[PHONE_NUMBER|0113 496 0752]] wants a quote by fri",
    "whats the login for the fleet portal again, i saved it as user [[ID_NUMBER|kbrennan_fleet]] pass [[PASSWORD|diesel&donuts42]] — actually just tell me how to reset it safely lol",
    "translate to polish pls: hi [[PERSON|marek]], the van keys are in the key safe by the side door, code is [[PASSWORD|7391]], pls leave the fuel card in the glovebox",
    "how much congestion charge do i pay if i drive in 3 days a week for 6 weeks at £15 a day? autopay account is [[ID_NUMBER|cc-40718823]] pw [[PASSWORD|tfl4life!]] if u need it",
    "fix my spelling pls: dear sir/madam i am writting to dispute the speeding fine sent to me, [[PERSON|rhiannon pryce]] of [[STREET_ADDRESS|7 heol y felin, caerphilly cf83 1bq]], as i was not the driver of the vehical on that date",
    "my nan [[PERSON|ivy]] needs hospital transport every tues at 9. write a standing booking request to the cab firm: pickup [[STREET_ADDRESS|flat 3, 19 albion road, sheffield s6 3ep]], her mobile [[PHONE_NUMBER|07700900641]], nhs no [[ID_NUMBER|943 817 2653]]",
    "car insurance renewal went from $1,140 to $1,610 and someone claiming to be geico called asking for my ssn [[US_SSN|143-70-8862]] to re-verify, is that legit? policy [[ID_NUMBER|4471-20-39-28]], they said call back on [[PHONE_NUMBER|6175550139]]",
    "pls summarise: call w [[PERSON|jun hao]] re lost suitcase on flight from sin, tag sq448102, reach him at [[EMAIL_ADDRESS|junhao.lim88@mailbox.sg]] or [[PHONE_NUMBER|+65 9172 4805]], deliver to [[STREET_ADDRESS|blk 214 bedok north st 1, #08-133, singapore 460214]]",
    "hey help me plan bristol to inverness with 2 overnight stops, ev range about 250mi. my chargepoint login is [[EMAIL_ADDRESS|ollie.f.ev@gmail.com]] / [[PASSWORD|zappi-zoom-2291]] in case u need it (u dont but)",
    "write a short 5 star review for my driving instructor [[PERSON|mags]], passed first time w 2 minors thanks to her patience",
    "dvla says my licence number is wrong on the insurance. right one is [[ID_NUMBER|mcgra805126jd9xy]]. can u write to the insurer w that, im [[PERSON|jamie mcgrath]]",
    "my daughter [[PERSON|aoife]] is taking the train alone to dublin, her phone is [[PHONE_NUMBER|087 241 6093]]. write a short note for the guard in case she needs help",
    "calc pls: courier rate 58p/mile, [[PERSON|kwame]] did 412 miles this wk plus 3 x £12 congestion. his employee no is [[ID_NUMBER|emp-30417]] for the payslip",
    "lost my oyster card, its registered to [[EMAIL_ADDRESS|b.okonkwo@outlook.com]]. how do i get the balance moved to a new one",
    "reply to [[PERSON|priyanka]] in the carpool chat: yes i can drive wed, pickup from [[STREET_ADDRESS|88 westbourne grove, london w2 5rt]] at 7.40, venmo me at [[ID_NUMBER|@dhruv-kapoor-7]]",
    "ryanair cancelled my flight, i want the eu261 compo. draft the claim: passenger [[PERSON|ana lúcia ferreira]], passport [[ID_NUMBER|cb4710385]], refund to [[IBAN_CODE|pt72 0033 0000 4527 8190 3620 5]]",
    "translate to turkish for the taxi driver: please take me to [[STREET_ADDRESS|bağdat caddesi no 214 d 6, kadıköy 34728 istanbul]], my friend [[PERSON|elif]] is waiting outside",
    "this is fleet admin. van 14 driver [[PERSON|lee sturridge]] keeps getting bus lane fines. draft a warning letter, staff id [[ID_NUMBER|fl-2291]], home address [[STREET_ADDRESS|23 cotton close, oldham ol8 2pn]]",
    "garage quote: timing belt 380, water pump 95, labour 3.5h @ 72. total w vat? then put it in a text to [[PERSON|mo]] on [[PHONE_NUMBER|07700 900127]]",
    "my parking app account got hacked, username [[ID_NUMBER|parkqueen_zara]], email [[EMAIL_ADDRESS|zara.h.qureshi@yahoo.co.uk]]. what do i tell ringgo support",
    "need a msg to my boss [[PERSON|haruto]] saying the train's cancelled at crewe and ill be 2h late, his email is [[EMAIL_ADDRESS|h.sato@ridgeway-logistics.co.uk]]",
    "fb marketplace ad pls: 2016 ford fiesta 1.0 ecoboost, 61k miles, fsh, mot till june. call or text [[PERSON|daz]] [[PHONE_NUMBER|07700900582]], no timewasters",
    "whats the fine for 38 in a 30 in the uk, and can i do the awareness course again? did one in 2021. licence no [[ID_NUMBER|okeke907147ch8ta]]",
    "can u make this sound less angry: [[PERSON|jo]] at the car hire desk said the scratch was already there and now theyve charged my card [[CREDIT_CARD|5172846309154273]] 450 quid. ur joking",
    "our courier app keeps getting 401s from [[IP_ADDRESS|198.51.100.23]], header is authorization: bearer [[API_KEY|cr_live_8f2b6d19a4e07c53b9d1f6e2a7c40b85]]. is the token expired or the wrong format",
    "my dad [[PERSON|winston]] had his blue badge nicked from the car. draft a letter to the council, badge no [[ID_NUMBER|bb 4471 2093]], his ni number [[ID_NUMBER|jt 48 71 92 c]], address [[STREET_ADDRESS|12 laurel ave, wolverhampton wv4 5qs]]",
    # other languages: German, Spanish, Italian, Japanese, Polish, Brazilian Portuguese
    "Kannst du mir helfen, eine Beschwerde an die Deutsche Bahn zu formulieren? Mein ICE hatte 140 Minuten Verspätung. Name: [[PERSON|Jörg Baumgärtner]], BahnCard-Nummer [[ID_NUMBER|7081 4112 3390 5528]], Erstattung bitte auf [[IBAN_CODE|DE35 7601 0085 0394 8271 63]].",
    "Redacta un correo para la empresa de alquiler de coches: soy [[PERSON|Lucía Ortega Ruiz]], DNI [[ID_NUMBER|53918264P]], me cobraron 300 € por un arañazo que ya estaba cuando recogí el coche. Mi teléfono es [[PHONE_NUMBER|612 48 93 07]].",
    "Scrivi una lettera al comune per contestare la multa per eccesso di velocità. Il veicolo è intestato a [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI85M52F205B]], residente in [[STREET_ADDRESS|Via dei Mille 27, 20129 Milano]].",
    "タクシーに財布を忘れました。運転手の[[PERSON|佐々木 健一]]さんに送るお礼とお願いのメールを書いてください。私の電話番号は[[PHONE_NUMBER|090-4827-1563]]、メールは [[EMAIL_ADDRESS|m.tanaka.0312@docomo.ne.jp]] です。",
    "Przetłumacz na angielski: Dzień dobry, nazywam się [[PERSON|Paweł Wójcik]], mój bagaż nie doleciał do Gdańska z Londynu. PESEL [[ID_NUMBER|90062518476]], telefon [[PHONE_NUMBER|512 384 907]]. Proszę o dostarczenie walizki do domu.",
    "Me ajuda a escrever para o motorista do aplicativo? Algo como: Oi [[PERSON|Rogério]], esqueci meu celular no seu carro ontem à noite. Pode ligar para minha esposa no [[PHONE_NUMBER|(11) 98472-3165]]? Meu CPF é [[ID_NUMBER|528.417.369-46]], se o suporte pedir.",
    # ordinary English
    "Draft a polite reply to Mrs [[PERSON|Achterberg]], who emailed to say our courier left her parcel in the recycling bin. Apologise, offer a £10 credit to her customer account [[ID_NUMBER|CUS-0048215]] and give her our direct line.",
    "Can you summarise this for our fleet manager? 'Driver [[PERSON|Bogdan Ilie]] (employee [[ID_NUMBER|E-77120]]) reported a cracked windscreen on the Transit at the Daventry depot at 06:10. The CNP on his file is [[ID_NUMBER|1900715402137]], in case the Romanian insurer asks.'",
    "My passphrase for the car club app keeps getting rejected: [[PASSWORD|Purple-Tractor-Lemonade-88]]. Does it need a symbol other than a hyphen, or is it too long?",
    "Write a text to [[PERSON|Hunter]] telling him the gate code for the yard is [[PASSWORD|4#2719]] and the spare van keys are under the mat.",
    "Calculate what I owe: the hire car was £34.50 a day for 9 days, plus £18 for the child seat, minus a £40 voucher. Then write it up as a note to [[PERSON|Svetlana]] so she can pay her half to [[IBAN_CODE|GB26 LOYD 3096 2847 1503 92]].",
    "Fix the wording: 'Dear Mr [[PERSON|Van der Berg]], further to you're call regarding the MOT failure on you're vehicle, the emissions reading was over the limit. Please call [[PERSON|Kasia]] on [[PHONE_NUMBER|0161 496 0388]] to rebook.'",
    "I run a small minicab firm. One of our drivers, [[PERSON|Sunny Gill]], wants his wages paid to a new account: [[IBAN_CODE|GB16 BARC 2031 8564 0271 93]]. Write a short form letter he can sign to confirm the change.",
    "Translate into French for my landlord: The car parked at [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]] belongs to my brother [[PERSON|Thibault]]; he'll move it before Monday. My number is [[PHONE_NUMBER|06 39 98 41 27]].",
    "Help me plan a cheap way to get from Manchester Airport to [[STREET_ADDRESS|7 Rowan Court, Buxton SK17 9DL]] with a bike box. I land at 23:40, and my cousin [[PERSON|Rafferty]] can only collect after midnight.",
    "Our dispatch system log shows logins from [[IP_ADDRESS|203.0.113.58]] using the account [[ID_NUMBER|dispatch.kelly]] at 3am. [[PERSON|Kelly]] swears it wasn't her. What should I check first?",
    "Email to Avis: my name is [[PERSON|Chidinma Eze]], rental agreement 771204556, and they charged [[CREDIT_CARD|4026 1873 9024 5618]] a £250 cleaning fee for dog hair, but I don't own a dog. Keep it firm.",
    "Is £1,240 a fair price for a cambelt, water pump and full service on a 2015 Skoda Octavia? The garage said to ask for [[PERSON|Baz]] if I have questions.",
    "Please tidy these notes into a proper incident report: 'Route 42, driver [[PERSON|Marguerite Tshabalala]], passenger fell at Elm St stop 14:52, witness [[PERSON|Yusuf Demir]] [[PHONE_NUMBER|07700 900764]], CCTV requested from depot.'",
    "What do I put in the 'reason for appeal' box? Registered keeper: [[PERSON|Oluwaseun Adeyemi]], [[STREET_ADDRESS|Flat 12, 3 Canal Wharf, Birmingham B1 2JR]]. The sign at the car park was covered by scaffolding.",
    "Reply to [[PERSON|Björn]]: thanks for the quote on the Volvo, but I found a cheaper timing chain job elsewhere. Sign it from me, [[PERSON|Astrid Nyström]].",
    "My son wrote the PIN for his fuel card on the card itself: [[PASSWORD|0826]]. How do I explain to a 19-year-old why that's a terrible idea without a lecture?",
    "Write a short thank-you to our taxi driver [[PERSON|Дмитрий Волков]], who returned my laptop the same night. His email is [[EMAIL_ADDRESS|d.volkov77@mail.ru]].",
    "Calculate mileage allowance: 2,130 business miles this tax year at 45p a mile. Put the figure in a claim note for [[PERSON|Ngozi]], employee number [[ID_NUMBER|40917]], cost centre 3021.",
    "I keep forgetting my Trainline login. Is it safe to keep it in my Notes app like this: [[EMAIL_ADDRESS|fennwick.t@protonmail.com]] / [[PASSWORD|Kettle!Harbour19]]?",
    "Summarise the claim call: caller [[PERSON|Ruairí Mac Giolla]], policy [[ID_NUMBER|HX-8841-2290-M]], rear-ended at the Naas Road lights, third party [[PERSON|Deirdre Kavanagh]] [[PHONE_NUMBER|086 417 2938]], no injuries, car towed to Bluebell.",
    "Can you check my maths? [[PERSON|Rose]] drove 312 km, [[PERSON|Faith]] drove 198 km, and the rental charged 0.21 per km over 400. [[PERSON|Rose]]'s card [[CREDIT_CARD|5520 3184 7296 0182]] was the one on file, so how much does [[PERSON|Faith]] owe her?",
    "Draft a message for Uncle [[PERSON|Desmond]] about his car insurance renewal: the new quote is £488, and the comparison site login is [[EMAIL_ADDRESS|desmond.achebe@btinternet.com]] with password [[PASSWORD|Wolves1977!]].",
    "Translate into Spanish: Hello, I'm collecting a car booked under [[PERSON|Miguel Ángel Cortés]]. He's my husband; his DNI is [[ID_NUMBER|71438205K]] and he is stuck at the terminal.",
    "Work out whether leasing or PCP is cheaper over 4 years: lease £289/month with £2,600 up front; PCP £245/month, £3,000 deposit, £9,850 balloon. I'll forward it to my accountant, Mrs [[PERSON|Oyelaran]].",
    "Our courier company's API key got pasted into a public Slack channel: [[API_KEY|sk_live_51Hq8ZtK2mV0pRbXw7YcL3nE9aDfG4uJ]]. What do I rotate first and how do I tell the customers?",
    "Plan my week of driving lessons around shifts: I'm free Mon after 4, Wed morning, Sat all day. My instructor is [[PERSON|Grace]] on [[PHONE_NUMBER|07700 900253]] and she only teaches in Ipswich.",
    "Write a witness statement from these notes: I'm [[PERSON|Hamid Rezaei]], I live at [[STREET_ADDRESS|58 Hollybush Lane, Leicester LE3 9HG]], I saw a white Audi go through the red light at 17:25 and hit the cyclist.",
    "Help me respond to this: 'Your DPD parcel is held, pay £1.99 at dpd-redelivery-uk.com.' I already typed my card [[CREDIT_CARD|4916 8302 7451 9367]] and the security code in. What now?",
    "The airline lost my suitcase on the way back from Lagos, file reference LOS61843. Please draft a claim letter listing contents worth £860, from [[PERSON|Folake Adebayo-Smith]], [[EMAIL_ADDRESS|folake.as@icloud.com]].",
    "Turn this into a friendly WhatsApp to [[PERSON|Wiktoria]]: 'Reminder – theory test Tues 10:30, bring provisional licence, test centre on Castle Way.'",
    "I drive for DoorDash and my 1099-NEC shows my SSN [[US_SSN|287-61-4093]] with two digits swapped. How do I ask them to correct it before I file?",
    "Work out the split: taxi from JFK was $86 plus a 20% tip, shared by me, [[PERSON|Ibrahim]] and [[PERSON|Chloé]]. Their Venmo handles are [[ID_NUMBER|@ibrahim-sow]] and [[ID_NUMBER|@chloe-marchand-3]].",
    "Can you make this clearer for the new courier? 'Side entrance, buzz flat 4, if no answer try [[PASSWORD|*3917#]] then push the door hard.'",
    "Draft a complaint to Avanti West Coast: my seat reservation was ignored and I stood from Euston to Preston. Delay Repay account [[EMAIL_ADDRESS|r.baptiste@gmail.com]], name [[PERSON|Rosalind Baptiste]].",
    "Our telematics box at [[IP_ADDRESS|198.51.100.77]] keeps rejecting the token [[API_KEY|tlm_9f3Kx2Lq8ZbR7wP0vN4yC6hT]]. Is the token format wrong or is it a firewall thing?",
    "Write a birthday message for [[PERSON|Big Tony]], our longest-serving HGV driver: 30 years without a reportable accident.",
    "Translate into German: Please send the replacement key for the rental car to [[STREET_ADDRESS|Schillerstraße 41, 10627 Berlin]], attention [[PERSON|Henrike Vogt]], [[PHONE_NUMBER|030 23125 448]]. If nobody answers, the key box code is [[PASSWORD|5047]].",
    "Our Amsterdam office needs a parking permit for [[PERSON|Sanne de Wit]], BSN [[ID_NUMBER|318427564]], living at [[STREET_ADDRESS|Van Woustraat 112-2, 1073 LS Amsterdam]]. Which documents should she bring?",
    "Please write an apology from our airport shuttle service to [[PERSON|김서연]], who waited 50 minutes at Terminal 2. Her booking email was [[EMAIL_ADDRESS|seoyeon.kim@naver.com]].",
    "I'm setting up the shared laptop in the dispatch office. Would [[PASSWORD|marmalade-ferry-quartz-61]] be OK, or should it be longer?",
    "Help me fill an Ola corporate account form: driver [[PERSON|Ramesh Kumar Yadav]], Aadhaar [[ID_NUMBER|7381 9402 5617]], mobile [[PHONE_NUMBER|+91 98450 27316]]. Which of these must be verified in person?",
    "My car used 41.2 litres after 528 miles. What's that in mpg? Send the answer in a short email to [[PERSON|Nadia]] at [[EMAIL_ADDRESS|nadia.haddad@fastmail.fm]].",
    "Reply to this seller on AutoTrader: 'Hi, is the Mazda still available? – [[PERSON|Connor]].' Tell him yes, viewing Saturday at [[STREET_ADDRESS|4 Glebe Road, Cambridge CB1 7TB]], and to ring [[PHONE_NUMBER|01632 960712]] first.",
    "Summarise for my manager: [[PERSON|王芳]], our Shanghai driver, was stopped for speeding; her ID [[ID_NUMBER|310115199203052841]] is on the police form; fine 200 yuan, 3 points.",
    "Please reword my Hertz Gold signup so it sounds less clunky: 'Name [[PERSON|Lars-Erik Holm]], card [[CREDIT_CARD|5264 1809 3725 1643]], address [[STREET_ADDRESS|Sveavägen 64, 111 34 Stockholm]], member [[ID_NUMBER|HG 58301942]].'",
    "I'm registering as an Uber Eats courier in Toronto. They want my SIN; is it normal to type [[ID_NUMBER|462 138 579]] straight into the app? And is [[PHONE_NUMBER|(416) 555-0147]] enough for two-factor?",
    "Write a formal letter to the ferry company on behalf of [[PERSON|Νίκος Παπαδόπουλος]], whose car was damaged on the Piraeus–Chania crossing. Reply address: [[STREET_ADDRESS|Ermou 23, 105 63 Athens]].",
    "Draft a reply to Dr [[PERSON|Ferreira-Lopes]] telling him his lease car is ready for collection on Friday from our Reading branch.",
    "Advise me: a man called [[PERSON|Elias]] from 'Speedy Plates' messaged asking for my V5C reference and my bank card to 'transfer the plate'. He gave [[PHONE_NUMBER|07700 900905]]. Scam?",
    "Translate into Italian: I've returned the Fiat 500. Please refund the €200 deposit to [[IBAN_CODE|IT45 K050 3401 6330 0000 0392 718]], account holder [[PERSON|Chiara Benedetti]].",
    "My flatmate [[PERSON|יעל כהן]] needs a letter for the airline explaining her wheelchair will travel in the hold. Her frequent flyer number is [[ID_NUMBER|LY 330418726]].",
    "Write a polite SMS for [[PERSON|محمد العتيبي]], our limo client, confirming pickup at 6am from [[STREET_ADDRESS|Villa 17, Street 42b, Al Wasl, Dubai]]. His number is [[PHONE_NUMBER|+971 50 482 7316]].",
    "How many more lessons do I need? Instructor [[PERSON|Will]] says 45 hours in total, I've done 18, and we do 2-hour lessons twice a week. I pay him by transfer to [[IBAN_CODE|GB02 NWBK 6016 4219 3875 12]].",
    "Help me draft a WhatsApp to our boda boda rider [[PERSON|Kiprop]]: deliver the spare parts to [[STREET_ADDRESS|Biashara Plaza, 3rd floor, Moi Avenue, Nairobi]] and call [[PHONE_NUMBER|+254 722 418 305]] on arrival.",
    "I'm locked out of the depot tablet. Written on the back is [[ID_NUMBER|depot_mgr_02]] then [[PASSWORD|Hgv!Ramp2023]]. Should I just try those or call IT?",
    "Translate to Norwegian: My name is [[PERSON|Håkon Solberg]], fødselsnummer [[ID_NUMBER|14089237190]], and I want to cancel the AutoPASS toll tag on my old car.",
    "My husband [[PERSON|Teodor]] booked the rail tickets on my Amex [[CREDIT_CARD|3742 816509 37422]]. Can the refund go onto my Visa instead? Draft the request.",
    "Summarise this handover: 'Keys for LV71 XKE with [[PERSON|Ade]]. Fuel card PIN [[PASSWORD|5513]]. Service due 14th. Customer Ms [[PERSON|Halloran]] wants it back by 5.'",
    "The Grab driver signup asks for my NRIC [[ID_NUMBER|S9172846Z]] and my vocational licence. Is that normal? I'm [[PERSON|Tan Wei Ming]].",
    "Write an out-of-office for [[PERSON|Marisol]]: on annual leave until the 19th; for urgent fleet bookings contact [[PERSON|Tobiah Price]] on [[EMAIL_ADDRESS|t.price@harlowmotors.co.uk]].",
    "Translate for my Airbnb host [[PERSON|Lupita]]: 'Can I park my rental car in your garage tonight? My mobile is [[PHONE_NUMBER|+52 55 4817 2036]].'",
    "My colleague [[PERSON|Kenji Watanabe]] is relocating to Osaka and needs a company car. HR sent his My Number [[ID_NUMBER|6391 8402 7519]] by plain email. How should I tell them not to?",
    "Help me word a complaint to the Johannesburg metro police: a fine was issued to [[PERSON|Thandiwe Mokoena]] (ID [[ID_NUMBER|9102140217089]]) for a car she sold in May.",
    "My friend [[PERSON|Emre Yıldız]] wants to rent a car at Antalya airport; the form asks for his TC kimlik no [[ID_NUMBER|38402715628]]. Does a foreign renter need one too?",
    "Split the van hire cost (€420) between four people and write a message to [[PERSON|Jarno]] asking him to send his share to [[IBAN_CODE|NL05 ABNA 0592 8461 37]].",
    "Qantas found my bag! Help me reply with the delivery address: [[STREET_ADDRESS|Unit 5, 27 Beach Road, Bondi NSW 2026]], contact [[PERSON|Mia Tran]] [[PHONE_NUMBER|0491 570 156]], and if nobody's home the parcel locker code is [[PASSWORD|2231]].",
    "My sister [[PERSON|Mathilde Girard]] got a French speeding ticket from ANTAI. Why does the form ask for her numéro de sécurité sociale [[ID_NUMBER|2 85 09 75 056 213 12]]?",
    "Draft an email to HR asking for a season ticket loan of £4,860. Include my staff number [[ID_NUMBER|HR-208831]] and that I commute from Tonbridge. Sign off as [[PERSON|Priti Sharma-Clarke]].",
    "Company car tax question: my Steuer-ID is [[ID_NUMBER|47193058621]]. Under the 1% rule on a €48,000 list price, how much a month gets added to my taxable pay?",
    "A resident, Mr [[PERSON|Okafor]], says someone changed his permit address. The portal shows a login from [[IP_ADDRESS|192.0.2.214]] with his username [[ID_NUMBER|okafor.c1962]]. Draft a reply explaining what we'll check.",
    "My son got a speeding fine in Spain, addressed to [[PERSON|Oisín Brennan]] at [[STREET_ADDRESS|Calle de Toledo 88, 3º B, 28005 Madrid]]. Can you explain in plain English what a 'boletín de denuncia' requires him to do?",
    "A rider named [[PERSON|Fatou]] left a one-star review saying I took a long route. Help me write a calm reply; my driver ID on Bolt is [[ID_NUMBER|BLT-448207]].",
    "Write a simple private car sale receipt: seller [[PERSON|Graham Pettigrew]], [[STREET_ADDRESS|9 Kirkgate, Dundee DD1 2HB]]; buyer [[PERSON|Lorraine Abubakar]]; Honda Jazz, £4,300 paid by bank transfer.",
    "My mum [[PERSON|Rosemary Quinlan]] needs patient transport to Royal Perth; the booking form wants her Medicare number [[ID_NUMBER|2947 16355 1]]. Write the request for her.",
    "Draft a message to the lorry driver we hired, [[PERSON|Grzegorz Nowak]], confirming we'll pay €1,150 to [[IBAN_CODE|PL64 1140 2004 0000 3902 7481 6357]] once the CMR is signed.",
    "Translate into English: 'Ihr Leihwagen wurde vor [[STREET_ADDRESS|Neubaugasse 41/6, 1070 Wien]] abgeschleppt. Bitte melden Sie sich bei Frau [[PERSON|Pichler]] unter [[PHONE_NUMBER|+43 1 5891 2274]].'",
    "We owe a Swiss courier, [[PERSON|Reto Ammann]], CHF 640 for the Basel run. Can you write the payment note with his IBAN [[IBAN_CODE|CH24 0076 2011 6293 8475 1]]?",
    "Write a reminder card for my dad to keep in his wallet, but without the actual login: his car insurer app uses [[EMAIL_ADDRESS|gordon.fairweather@talktalk.net]] and [[PASSWORD|RedKite!Moor58]].",
    "Compare these renewals: Aviva £612 (policy [[ID_NUMBER|AV-77302915]]), Direct Line £574, LV £590 with a £250 excess. Which should my partner [[PERSON|Kofi]] pick?",
    "Plan the most efficient order for these drops, starting from our depot in Cardiff Bay: [[STREET_ADDRESS|12 Clive Street, Grangetown, Cardiff CF11 7JE]]; [[STREET_ADDRESS|4 Heol Hir, Llanishen, Cardiff CF14 5AB]]; [[STREET_ADDRESS|31 Pen-y-Lan Road, Cardiff CF24 3PG]]. The Grangetown one has a side gate, keypad [[PASSWORD|1179#]].",
    "My Chilean colleague [[PERSON|Valentina Soto]] needs a hire car in Santiago; the agency wants her RUT [[ID_NUMBER|16.842.317-9]]. Write the booking email in English and Spanish.",
    "New night dispatcher starts Monday. Write her a welcome note: alarm code [[PASSWORD|70415]], radio callsign Base 2, and call [[PERSON|Shona]] on [[PHONE_NUMBER|0131 496 0219]] if the phones drop.",
    "I'm buying a used Tacoma from a dealer in Phoenix. They emailed asking for my SSN ([[US_SSN|604-18-2275]]) and a photo of my license before the test drive. Is that normal? Draft a reply asking why.",
    "Rewrite this so it's clearer for our rental guests: 'Keybox at [[STREET_ADDRESS|Rua Augusta 210, 1100-053 Lisboa]], code [[PASSWORD|3190]], return by 10:00 or late fee €25. Questions: [[PERSON|Inês]] [[PHONE_NUMBER|+351 912 483 706]].'",
]

# 100 one-person records in the manner of presidio-research's synthetic sentences and
# Nannigalaxy-style records: a name and one to four other values each.
RECORDS = [
    "[[PERSON|Adaeze Nwosu]] booked a one-way van hire from Leeds to Hull and asked for the invoice to go to [[EMAIL_ADDRESS|adaeze.nwosu@gmail.com]].",
    "Driver: [[PERSON|Tomás Herrera]] | Licence: [[ID_NUMBER|HERRE802114T99LK]] | Mobile: [[PHONE_NUMBER|07700 900477]] | Depot: Swindon",
    "[[ID_NUMBER|C-100482]], [[PERSON|Maren Lindgren]], [[EMAIL_ADDRESS|maren.l@telia.se]], [[PHONE_NUMBER|+46 70 482 19 63]], Gothenburg",
    '{"passenger": "[[PERSON|Kofi Boateng]]", "frequent_flyer": "[[ID_NUMBER|BA 40918273]]", "seat": "14C", "meal": "VGML"}',
    '2024-03-11T08:14:22Z INFO fleet-portal login ok name="[[PERSON|Ruth Mbeki]]" user=[[ID_NUMBER|r.mbeki]] src=[[IP_ADDRESS|203.0.113.91]]',
    "Dear Mr [[PERSON|Taufa]], your Toyota Hilux passed its MOT today. The balance of £54.85 was charged to card [[CREDIT_CARD|4716 2839 0451 7231]]. Kind regards, Fenwick Motors",
    "My name is [[PERSON|Leilani Kahale]] and my rideshare account email is [[EMAIL_ADDRESS|leilani.kahale@hawaiiantel.net]].",
    "Please update the billing address for [[PERSON|Gustavo Pereira]] to [[STREET_ADDRESS|Rua Oscar Freire 1120, apto 52, Jardins, São Paulo - SP, 01426-001]].",
    "[[PERSON|Park Hyun-woo]] (RRN [[ID_NUMBER|950702-1482074]]) registered as a designated driver with the Busan taxi cooperative.",
    "Name: [[PERSON|Oksana Kovalenko]]\nRNOKPP: [[ID_NUMBER|2957163400]]\nVehicle: Skoda Fabia\nPhone: [[PHONE_NUMBER|+380 67 418 2093]]",
    "[[PERSON|Callum Fraser]]'s annual season ticket was paid with card [[CREDIT_CARD|5308 1294 7361 0454]] and runs until 3 March.",
    "Parking permit holder [[PERSON|Noor Al-Hashimi]], [[STREET_ADDRESS|22 Ferndale Road, London SW4 7SF]], zone C, phone [[PHONE_NUMBER|020 7946 0831]].",
    "rider_name=[[PERSON|Camille Rousseau]]; rider_phone=[[PHONE_NUMBER|06 39 98 72 15]]; pickup=Gare de Lyon; fare=23.40 EUR",
    "Policyholder [[PERSON|Declan Moriarty]], motor policy [[ID_NUMBER|AXA-MT-3391827]], renewal due 01/09, no-claims years: 6.",
    "[[PERSON|Sakura Yamamoto]] lives at [[STREET_ADDRESS|3-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001]] and commutes on the Yamanote line.",
    "Courier [[PERSON|Emeka Obi]] (employee [[ID_NUMBER|CR-55820]]): wages to [[IBAN_CODE|GB75 HBUK 4012 7639 0184 72]] from next month.",
    "Hi, I'm [[PERSON|Vera Hofmann]]; my Steuer-ID is [[ID_NUMBER|83640192758]] and my company car is an electric Cupra Born.",
    "Lost property form. Name: [[PERSON|Imogen Ashdown]]. Item: grey Samsonite carry-on. Contact: [[EMAIL_ADDRESS|imogen.ashdown@yahoo.com]] / [[PHONE_NUMBER|07700 900615]].",
    "Booking confirmed for Dr [[PERSON|Anjali Menon]], airport transfer from Kochi; Aadhaar [[ID_NUMBER|6209 3817 4527]] verified at the desk.",
    "[[PERSON|Pierre-Alexandre Dubois]] a réglé son amende de stationnement par virement depuis le compte [[IBAN_CODE|FR33 1009 6000 3084 7192 5163 K52]].",
    "user: [[ID_NUMBER|mkowalczyk84]] | name: [[PERSON|Marta Kowalczyk]] | PESEL: [[ID_NUMBER|88120304626]] | role: dispatcher",
    "Customer [[PERSON|Bartholomew Quince]] paid the car hire deposit with [[CREDIT_CARD|3759 184026 53174]] on 12 May.",
    "[[PERSON|Amara Diallo]], taxi licence no. [[ID_NUMBER|PH-7720194]], tel. [[PHONE_NUMBER|+221 77 418 25 36]]",
    '{"driver": {"name": "[[PERSON|Jesús Navarro]]", "dni": "[[ID_NUMBER|40271935Q]]", "email": "[[EMAIL_ADDRESS|jnavarro@telefonica.net]]"}}',
    "Please refund [[PERSON|Eilidh MacLeod]] for the cancelled sleeper berth to [[IBAN_CODE|GB53 NAIA 0701 1620 9482 73]].",
    "[[PERSON|Rahul Bhattacharya]], rental customer since 2019: [[EMAIL_ADDRESS|rahul.b@rediffmail.com]], [[PHONE_NUMBER|+91 99013 48276]].",
    "17:02:51 ALARM unit=yard-gate code_entered=[[PASSWORD|660418]] operator=[[PERSON|Jens Kjeldsen]] result=accepted",
    "Dear [[PERSON|Ifeoma]], your Bolt account password was reset to [[PASSWORD|Tmp#48kQz]]; please change it after you log in.",
    "[[PERSON|Lukas Steiner]], [[STREET_ADDRESS|Mariahilfer Straße 102/8, 1070 Wien]], Vignette-Kunde, Tel. [[PHONE_NUMBER|+43 664 281 7390]]",
    "Ride-share driver [[PERSON|Brandon Whitaker]], SSN [[US_SSN|731-25-0419]], earned $18,420 in 2023 according to his 1099-K.",
    "[[PERSON|Zeynep Arslan]] kiraladığı aracı [[STREET_ADDRESS|Atatürk Caddesi No: 58, 35210 Konak/İzmir]] adresine teslim etti.",
    "Name, Phone, Plate: [[PERSON|Jack Thornbury]], [[PHONE_NUMBER|(312) 555-0188]], IL 7XK 204",
    "Passenger [[PERSON|Zhou Jianguo]], resident ID [[ID_NUMBER|440306198509175237]], seat 32A, train G1024 to Guangzhou.",
    "[[PERSON|Anneke Visser]] heeft een parkeervergunning aangevraagd; BSN [[ID_NUMBER|205847195]], e-mail [[EMAIL_ADDRESS|anneke.visser@ziggo.nl]].",
    "Account holder: [[PERSON|Ottilie Marchetti]]; Zipcar username: [[ID_NUMBER|ottie_m]]; password: [[PASSWORD|Lambretta#1962]].",
    "[[PERSON|Siddharth Rao]] rented an e-scooter with card [[CREDIT_CARD|4028 7461 9305 1743]]; the receipt went to [[EMAIL_ADDRESS|sid.rao@zoho.com]].",
    "[[PERSON|Gemma Attwood]], employee no. [[ID_NUMBER|004187]], claims 46 business miles for 14/02.",
    "Ticket inspector's note: passenger gave his name as [[PERSON|Ciarán Doyle]] and his address as [[STREET_ADDRESS|17 Cabra Park, Phibsborough, Dublin 7, D07 X2K8]].",
    "[[PERSON|Sigrid Eriksen]]: fødselsnummer [[ID_NUMBER|27069548240]], bompengebrikke-kunde siden 2017.",
    "Hotel shuttle pickup: [[PERSON|Valeria Greco]], [[PHONE_NUMBER|+39 347 218 5096]], arriving FCO 14:20.",
    "[[PERSON|Mehmet Kaya]] pays his taxi co-op fees by direct debit from [[IBAN_CODE|TR55 0006 2001 8470 0006 2938 47]].",
    "From: [[PERSON|Jericho Ocampo]] <[[EMAIL_ADDRESS|j.ocampo@pldtdsl.net]]>\nSubject: damaged bumper on rental RA-20931",
    "The MOT reminder for [[PERSON|Winifred Agyeman]] will be texted to [[PHONE_NUMBER|07700 900826]] a month before it is due.",
    "[[PERSON|Rashid Mahmood]], Employee ID [[ID_NUMBER|WM-20914]], HGV Class 1, lives at [[STREET_ADDRESS|41 Whitehall Road, Bradford BD4 8LU]].",
    "Name: [[PERSON|Kalinda Roberts]]; TFN: [[ID_NUMBER|738 205 009]]; rideshare ABN pending.",
    "Travel profile: [[PERSON|Yuki Nakamura]], Known Traveler Number [[ID_NUMBER|TT48201937]], aisle seat preferred.",
    "[[PERSON|Gabriel Moreau]] wrote: 'Please send the notice for my speeding fine to [[EMAIL_ADDRESS|g.moreau@orange.fr]].'",
    "car_hire_2024.csv row 318: [[PERSON|Femi Ogunleye]], [[CREDIT_CARD|5447192803561922]], [[PHONE_NUMBER|+234 809 771 3042]], returned late",
    "[[PERSON|Sólveig Jónsdóttir]] has kennitala [[ID_NUMBER|070390-2809]] and a Reykjavík resident parking card.",
    "[[PERSON|Ana Paula Lima]], CPF [[ID_NUMBER|617.392.804-31]], motorista parceira desde 2021.",
    "Note for [[PERSON|Hamish]]: the pool car's key safe code is now [[PASSWORD|1408]]. Facilities",
    "Patient [[PERSON|Eleanor Whitfield]], NHS number [[ID_NUMBER|738 402 9163]], needs non-emergency transport with a wheelchair on 9 April.",
    "[[PERSON|Karim Benali]] | [[EMAIL_ADDRESS|karim.benali@free.fr]] | [[STREET_ADDRESS|8 boulevard Longchamp, 13001 Marseille]] | permis B depuis 2009",
    "[[PERSON|Ngaire Tipene]], NHI [[ID_NUMBER|PRB1737]], is booked on the Wellington to Picton ferry for a hospital appointment.",
    "Insurance quote requested by [[PERSON|Dominic Osei-Tutu]], date of birth 04/11/1988, email [[EMAIL_ADDRESS|dom.oseitutu@hotmail.co.uk]], vehicle: 2019 Kia Ceed.",
    '{"id": "[[ID_NUMBER|MBR-772019]]", "name": "[[PERSON|Svetla Georgieva]]", "tier": "gold", "card_last4": "1184"}',
    "[[PERSON|石川 智子]] 様のレンタカー予約を受け付けました。 連絡先: [[PHONE_NUMBER|080-3915-2467]]",
    "Sender: [[PERSON|Chukwuemeka Nwachukwu]]; passport [[ID_NUMBER|A09381724]]; bag tag LOS-LHR BA 7712.",
    "Refusjon til [[PERSON|Ingeborg Nilsen]], konto [[IBAN_CODE|NO02 8601 1473 829]], for dobbelt trukket bompenger.",
    "2024-06-02 09:41:07 WARN api call rejected key=[[API_KEY|fx_live_7Hc2Qm9Tn4Rw8Zp1Lk6Vd3Bs]] owner=[[PERSON|Priscilla Owusu]] ip=[[IP_ADDRESS|198.51.100.143]]",
    "Hello, this is [[PERSON|Ramón Villalobos]] from apartment 4B; my parking space PIN is [[PASSWORD|8852]] and my mobile is [[PHONE_NUMBER|+52 33 1847 2960]].",
    "[[PERSON|Caoimhe Byrne]], PPS [[ID_NUMBER|4820917AA]], applied for the Disabled Drivers and Passengers scheme.",
    "[[PERSON|Wanjiru Kamau]], [[STREET_ADDRESS|Argwings Kodhek Road, Hurlingham, Nairobi]], owns a fleet of six boda bodas.",
    "Driver onboarding: [[PERSON|Sebastián Muñoz]], [[PHONE_NUMBER|+56 9 8471 2305]], [[EMAIL_ADDRESS|seba.munoz@vtr.net]], documents pending.",
    "[[PERSON|Helga Brandt]] zahlt die Kfz-Steuer per Lastschrift von [[IBAN_CODE|DE44 4306 0967 1174 8293 00]].",
    "Name=[[PERSON|Tariq Farouk]] Card=[[CREDIT_CARD|4907 1826 3540 9123]] Exp=09/27 Status=declined",
    "Ms [[PERSON|Delphine Ngo]] asked for a refund for her cancelled TGV; her phone is [[PHONE_NUMBER|01 99 00 47 21]].",
    "[[PERSON|Benedikt Huber]], Führerscheinnummer [[ID_NUMBER|B072RRE2I55]], Fahrer seit 2011.",
    "Emergency contact for courier [[PERSON|Thabo Nkosi]]: [[PHONE_NUMBER|+27 82 417 3096]].",
    "[[PERSON|Emilia Virtanen]], henkilötunnus [[ID_NUMBER|030791-462Y]], pysäköintilupa voimassa.",
    "Refund of £38.20 for the delayed train issued to [[PERSON|Patience Amankwah]], confirmation sent to [[EMAIL_ADDRESS|patience.amankwah@sky.com]].",
    "Ο [[PERSON|Γιώργος Χριστοδούλου]] νοίκιασε αυτοκίνητο στο αεροδρόμιο, τηλέφωνο [[PHONE_NUMBER|+30 694 817 2305]].",
    "Profile: [[PERSON|Francesca Conti]], codice fiscale [[ID_NUMBER|CNTFNC90T41H501O]], abbonamento Trenitalia annuale.",
    "Van hire agreement signed by [[PERSON|Aurelio Bianchi]], licence [[ID_NUMBER|U1X428193K]], deposit from [[IBAN_CODE|IT39 X030 6909 6061 0000 0187 341]].",
    "[[PERSON|Precious Dlamini]] requested a statement for her e-toll account [[ID_NUMBER|ET-80315527]].",
    "[[PERSON|Rosa Jiménez]], SSN [[US_SSN|209-58-1376]], applied to drive for a school-bus contractor in Tucson.",
    "2024-02-19, [[PERSON|Kwabena Asante]], [[EMAIL_ADDRESS|kasante@ug.edu.gh]], airport pickup, GHS 180",
    "[[PERSON|Choi Ji-ho]]'s Korean driving licence number is [[ID_NUMBER|11-17-148203-62]] and his mobile is [[PHONE_NUMBER|010-4718-2953]].",
    "Welcome aboard, [[PERSON|Orla]]! Your staff travel login is [[ID_NUMBER|orla.kinsella]] and your temporary PIN is [[PASSWORD|390157]].",
    "[[PERSON|Николай Петров]], [[STREET_ADDRESS|ул. Тверская, д. 18, кв. 41, Москва, 125009]], водитель такси.",
    "Belgian driver [[PERSON|Wouter Claes]] (national number [[ID_NUMBER|79.04.12-285.72]]) was fined in the Antwerp low-emission zone.",
    "[[PERSON|Isabela Carvalho]] / [[EMAIL_ADDRESS|isa.carvalho@uol.com.br]] / [[PHONE_NUMBER|(21) 99184-3027]] / cliente Localiza",
    "Member since 2015: [[PERSON|Hollis Grant]], AAA membership [[ID_NUMBER|429 018 374615 2]], address [[STREET_ADDRESS|2215 Maple Crest Dr, Columbus, OH 43215]].",
    "[[PERSON|João Miguel Santos]], NIF [[ID_NUMBER|217394850]], paga as portagens por Via Verde.",
    "[[PERSON|Eitan Mizrahi]], teudat zehut [[ID_NUMBER|038174652]], rented a car at Ben Gurion airport.",
    "[[PERSON|Anahí Quispe]], [[PHONE_NUMBER|+51 987 314 260]], combi driver on the Lima to Callao route.",
    '[[IP_ADDRESS|2001:db8:4a1c::27]] - [[ID_NUMBER|s.vermeulen]] [10/Jul/2024:14:02:11] "POST /parking/permit HTTP/1.1" 200 name=[[PERSON|Sabine Vermeulen]]',
    "[[PERSON|Rowan Blackwood]] paid for the tow with [[CREDIT_CARD|6011 9482 7305 6188]]; the receipt lists [[PERSON|Rowan]]'s address as [[STREET_ADDRESS|3 Pinfold Lane, Kendal LA9 6AB]].",
    "[[PERSON|Rasmus Tamm]], isikukood [[ID_NUMBER|39106142724]], parking permit for Tallinn old town.",
    "[[PERSON|Chen Jing]] wants the compensation for her lost suitcase paid into [[IBAN_CODE|LU35 0019 4072 8361 5920]].",
    "Receipt: driving lesson block (10 x 1h), pupil [[PERSON|Tegan Morris]], paid by [[CREDIT_CARD|5162 9038 4711 6280]].",
    "[[PERSON|Hiroshi Kato]], employee [[ID_NUMBER|JP-40912]], company ETC card linked to [[EMAIL_ADDRESS|h.kato@kanto-butsuryu.co.jp]].",
    "Ms [[PERSON|Okwuosa]] can be reached at [[PHONE_NUMBER|+44 7700 900339]] about her Blue Badge renewal.",
    '{"name": "[[PERSON|Ravi Chandran]]", "licence": "[[ID_NUMBER|CHAND712058RK9PQ]]", "points": 3}',
    "[[PERSON|Mathilde Lefèvre]], [[STREET_ADDRESS|27 rue Nationale, 59800 Lille]], abonnée TER, [[EMAIL_ADDRESS|m.lefevre@laposte.net]]",
    "[[PERSON|Diego Alvarado]]'s rideshare password was [[PASSWORD|Tacos4Ever!]] before the reset.",
    "Claimant: [[PERSON|Fiona Cheung]]; contact [[PHONE_NUMBER|+852 9178 2346]]; home [[STREET_ADDRESS|Flat 8C, 22 Kennedy Road, Mid-Levels, Hong Kong]].",
    "[[PERSON|Sara Åberg]], personnummer [[ID_NUMBER|880527-2344]], trängselskatt-fakturor till [[EMAIL_ADDRESS|sara.aberg@bredband.net]].",
    "[[PERSON|Arjun Mehta]] (Ola driver), bank IFSC HDFC0004518, account [[ID_NUMBER|50100283749162]].",
    "Note for [[PERSON|Nell Hargreaves]]: the caravan storage gate code is now [[PASSWORD|2906]].",
]

# 25 MT-Bench/Vicuna-style prompts; historical and fictional people are not labelled.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that cities should make local buses free at the point of use.",
    "Compose an engaging travel blog post about a rail journey across the Scottish Highlands, highlighting cultural experiences and must-see viewpoints.",
    "Imagine you are Sherlock Holmes. Deduce, in character, what a mud-spattered bicycle left outside 221B Baker Street tells you about its owner.",
    "Explain how Henry Ford's moving assembly line changed the price of the Model T and who could afford a car.",
    "Write a short dialogue between Isambard Kingdom Brunel and George Stephenson arguing over broad gauge versus standard gauge.",
    "What are the main differences between hybrid, plug-in hybrid and fully electric cars? Answer in a table.",
    "Describe a busy airport departure lounge using vivid sensory details, in no more than 150 words.",
    "Pretend to be Mr. Toad from The Wind in the Willows and explain why you simply must buy another motor car.",
    "How would the world be different if the Wright brothers had never achieved powered flight?",
    "Write a limerick about a parking meter that refuses to take coins.",
    "Explain to a ten-year-old why aeroplanes leave white trails across the sky.",
    "Write a Python function that takes a list of journey times in minutes and returns the median and the 90th percentile.",
    "Extract the city names from this text and list them alphabetically: 'The sleeper leaves London at 21:15, calls at Crewe and Preston, and splits at Edinburgh for Aberdeen, Inverness and Fort William.'",
    "Which is more energy-efficient per passenger-kilometre: a full high-speed train or a full short-haul jet? Explain your reasoning step by step.",
    "Act as a travel agent and suggest a seven-day itinerary for Japan using only the rail network.",
    "What were the main causes of the Titanic disaster, and which maritime safety rules changed afterwards?",
    "Write a haiku about waiting for a delayed train in the rain.",
    "Compare the leadership styles of Queen Elizabeth I and Napoleon Bonaparte in a short essay.",
    "Summarise the plot of Around the World in Eighty Days and list every kind of transport Phileas Fogg uses.",
    "Give me five practical tips for a newly qualified driver joining a motorway for the first time.",
    "How do congestion charges work, and what evidence is there that they reduce traffic in city centres?",
    "Write a SQL query that returns the ten routes with the highest average delay from a table trips(route_id, scheduled_at, arrived_at).",
    "Role-play as Amelia Earhart giving a radio interview the week before her final flight.",
    "What are the pros and cons of a four-day working week for a parcel delivery company?",
    "Explain the Doppler effect using the example of an ambulance siren passing you in the street.",
]

# 25 GSM8K-style word problems; the first names are fictional.
CLEAN_GSM8K = [
    "Priya drives 42 miles to work and 42 miles back, five days a week. Her car does 48 miles per gallon. How many gallons does she use in a working week?",
    "A taxi charges $3.50 to start plus $2.25 per mile. Marco takes a 12-mile ride and tips $5. How much does he pay in total?",
    "A train leaves at 9:40 and arrives at 13:05. If it travels at an average of 96 km/h, how long is the journey in kilometres?",
    "Hana rents a car for 6 days at $38 per day and pays a one-off insurance fee of $45. She has a coupon for 15% off the daily rate only. What is her total cost?",
    "A bus holds 52 passengers and starts empty. At the first stop 17 people get on; at the second stop 9 get off and 23 get on. How many empty seats are left?",
    "Tobias pays £2.80 per hour for parking. He parks for 3 hours on Monday, 5 hours on Wednesday and 2.5 hours on Friday. How much does he spend on parking that week?",
    "A courier delivers 18 parcels an hour. Ines works a 7.5-hour shift that includes a 30-minute unpaid break. How many parcels does she deliver?",
    "Kwame's flight lasts 7 hours 45 minutes. He watches three films of 112, 98 and 131 minutes. How many minutes of the flight are left after the films?",
    "An electric car uses 17 kWh per 100 km and electricity costs $0.28 per kWh. How much does a 350 km trip cost?",
    "Lena's driving lessons cost $45 each, or $400 for a block of 10. How much does she save by buying two blocks instead of 20 single lessons?",
    "A ferry makes 6 crossings a day carrying an average of 140 cars. Each car pays $32. How much money does the ferry take in a 7-day week?",
    "Oskar cycles 6 km to the station at 15 km/h, waits 8 minutes, then takes a 45-minute train. How long is his whole journey in minutes?",
    "A car loses 15% of its value each year. Amira bought it for $20,000. What is it worth after 2 years?",
    "A speeding fine is $120 plus $10 for every mile per hour over the limit. Dev was clocked at 47 mph in a 35 mph zone. How much is his fine?",
    "Noah, Elif and Sam share an airport taxi costing $72 in the ratio 2:3:1. How much does Elif pay?",
    "The baggage allowance is 23 kg. Mei's bag weighs 27.4 kg and the airline charges $12 for each extra kilogram or part of one. How much must she pay?",
    "A delivery van travels 180 miles on Monday and 25% more on Tuesday. How many miles does it travel across both days?",
    "Theo's MOT costs £54.85 and two new tyres cost £68 each. He pays with a £200 gift card. How much is left on the card?",
    "A train has 8 carriages with 64 seats each. On Saturday three quarters of the seats are taken. How many seats are empty?",
    "Rosa puts 38 litres of fuel in her car at $1.52 a litre and buys a coffee for $2.90. How much change does she get from $70?",
    "A rideshare driver earns $1.10 per mile and $0.30 per minute. Jada drives a 14-mile trip that takes 26 minutes. How much does she earn?",
    "A multi-storey car park has 6 levels of 85 spaces. On Friday 412 cars are parked. What percentage of the spaces is free, to the nearest whole number?",
    "Felix's car insurance went up from $840 to $966 at renewal. By what percentage did it rise?",
    "A coach trip covers 375 km at 75 km/h. The driver must take a 45-minute break after every 4.5 hours of driving. How long does the whole trip take?",
    "Yara walks 1.2 km to the tram stop and then rides 8.4 km. She makes the trip to work and back 5 days a week. How many kilometres does she travel each week?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following is the SI unit of force?\nA. Joule\nB. Newton\nC. Pascal\nD. Watt",
    "A car accelerates uniformly from rest to 20 m/s in 5 s. What is its acceleration?\nA. 2 m/s²\nB. 4 m/s²\nC. 5 m/s²\nD. 100 m/s²",
    "In the UK, the legal minimum tread depth for car tyres across the central three-quarters of the tread is:\nA. 1.0 mm\nB. 1.6 mm\nC. 2.0 mm\nD. 3.0 mm",
    "Which economist is most associated with the idea of 'creative destruction'?\nA. Adam Smith\nB. John Maynard Keynes\nC. Joseph Schumpeter\nD. Milton Friedman",
    "In which year was the Treaty of Versailles signed?\nA. 1905\nB. 1914\nC. 1919\nD. 1923",
    "Besides water, which gas is the main product of the complete combustion of petrol?\nA. Carbon monoxide\nB. Carbon dioxide\nC. Nitrogen\nD. Methane",
    "Under the Montreal Convention, an airline's liability limit for checked baggage is expressed in:\nA. US dollars\nB. Euros\nC. Special Drawing Rights\nD. Gold francs",
    "Which organ produces insulin?\nA. Liver\nB. Pancreas\nC. Kidney\nD. Spleen",
    "When a price ceiling is set below the equilibrium price, the most likely result is:\nA. A surplus\nB. A shortage\nC. No change\nD. Higher prices",
    "Which fallacy attacks the person making an argument rather than the argument itself?\nA. Straw man\nB. Ad hominem\nC. Red herring\nD. Slippery slope",
    "What is the derivative of sin(x)?\nA. cos(x)\nB. −cos(x)\nC. −sin(x)\nD. tan(x)",
    "In contract law, the requirement that each party gives something of value is called:\nA. Consideration\nB. Estoppel\nC. Frustration\nD. Privity",
    "Which thermodynamic cycle best models most petrol car engines?\nA. Diesel cycle\nB. Otto cycle\nC. Brayton cycle\nD. Rankine cycle",
    "Who wrote 'On the Origin of Species'?\nA. Gregor Mendel\nB. Charles Darwin\nC. Alfred Russel Wallace\nD. Thomas Huxley",
    "A train travels 300 km in 2.5 hours. What is its average speed?\nA. 100 km/h\nB. 110 km/h\nC. 120 km/h\nD. 150 km/h",
    "Which blood vessels carry blood away from the heart?\nA. Veins\nB. Arteries\nC. Capillaries\nD. Venules",
    "What does the abbreviation GPS stand for?\nA. General Positioning Software\nB. Global Positioning System\nC. Geographic Path Service\nD. Ground Position Sensor",
    "Which of the following best describes moral hazard in motor insurance?\nA. Insurers charging riskier drivers more\nB. Insured drivers taking more risks because they are covered\nC. Fraudulent claims after an accident\nD. Regulators capping premium rises",
    "Which planet has the shortest orbital period around the Sun?\nA. Venus\nB. Mercury\nC. Mars\nD. Earth",
    "The Bessemer process is used to produce:\nA. Aluminium\nB. Glass\nC. Steel\nD. Rubber",
    "What is the main job of a car's catalytic converter?\nA. Cooling the engine\nB. Reducing harmful exhaust emissions\nC. Raising fuel pressure\nD. Charging the battery",
    "Which philosopher wrote 'Leviathan'?\nA. John Locke\nB. Thomas Hobbes\nC. Jean-Jacques Rousseau\nD. David Hume",
    "A car has 200 kJ of kinetic energy at 20 m/s. What is its kinetic energy at 40 m/s?\nA. 400 kJ\nB. 600 kJ\nC. 800 kJ\nD. 1,600 kJ",
    "Which symptom is typical of carbon monoxide poisoning?\nA. A rash\nB. Headache and dizziness\nC. Joint swelling\nD. Hair loss",
    "A vehicle's 'blind spot' is best described as:\nA. An area the mirrors do not show\nB. A fault in the headlights\nC. A gap in mobile signal\nD. A hidden speed camera",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to drive after taking a non-drowsy antihistamine?",
    "How can I lower my risk of a blood clot on a long-haul flight?",
    "What helps with seasickness on a ferry, and do acupressure wristbands actually work?",
    "How soon after cataract surgery can I drive again?",
    "What are the early signs of type 2 diabetes?",
    "Is it normal to feel dizzy after giving blood, and what should I do about it?",
    "How long does jet lag usually last after flying east across eight time zones?",
    "What is the difference between a bad cold and the flu?",
    "Can sitting in a van all day as a delivery driver cause lower back pain, and which stretches help?",
    "How much water should an adult drink in very hot weather?",
    "Should I worry about ear pain while a plane is descending?",
    "What are the symptoms of whiplash after a minor car accident?",
    "Is it safe to fly in the third trimester of pregnancy?",
    "How does caffeine affect sleep if I drink it during a night shift?",
    "Which vaccinations are usually recommended before travelling to East Africa?",
    "Can epilepsy medication affect whether someone is allowed to drive?",
    "What should a basic first-aid kit for a car contain?",
    "How do I know whether a headache needs urgent medical attention?",
    "Apart from coffee, what are good ways to stay alert on a long night drive?",
    "Is breathing diesel fumes every day at a bus depot harmful to the lungs?",
    "What causes a sudden nosebleed and how should it be treated?",
    "How long after a concussion is it safe to drive again?",
    "What is a healthy resting heart rate for an adult?",
    "Why does reading on a moving train make motion sickness worse for some people?",
    "Is it harmful for a baby to sleep in a car seat for several hours on a long journey?",
]

# National ids with a check digit (value -> validator); each must be marked ID_NUMBER.
NATIONAL_IDS = {
    "943 817 2653": nhs_ok,  # NHS number
    "738 402 9163": nhs_ok,
    "7381 9402 5617": aadhaar_ok,  # Indian Aadhaar
    "6209 3817 4527": aadhaar_ok,
    "318427564": bsn_ok,  # Dutch BSN
    "205847195": bsn_ok,
    "90062518476": pesel_ok,  # Polish PESEL
    "88120304626": pesel_ok,
    "528.417.369-46": cpf_ok,  # Brazilian CPF
    "617.392.804-31": cpf_ok,
    "53918264P": dni_ok,  # Spanish DNI
    "71438205K": dni_ok,
    "40271935Q": dni_ok,
    "RSSGLI85M52F205B": codice_fiscale_ok,  # Italian codice fiscale
    "CNTFNC90T41H501O": codice_fiscale_ok,
    "310115199203052841": china_id_ok,  # Chinese resident identity number
    "440306198509175237": china_id_ok,
    "S9172846Z": nric_ok,  # Singapore NRIC
    "950702-1482074": rrn_ok,  # Korean resident registration number
    "6391 8402 7519": my_number_ok,  # Japanese My Number
    "38402715628": kimlik_ok,  # Turkish kimlik
    "14089237190": fodselsnummer_ok,  # Norwegian fødselsnummer
    "27069548240": fodselsnummer_ok,
    "2 85 09 75 056 213 12": nir_ok,  # French NIR
    "47193058621": steuer_id_ok,  # German tax id
    "83640192758": steuer_id_ok,
    "462 138 579": luhn_len(9),  # Canadian SIN
    "038174652": luhn_len(9),  # Israeli teudat zehut
    "9102140217089": luhn_len(13),  # South African id
    "880527-2344": luhn_len(10),  # Swedish personnummer
    "738 205 009": tfn_ok,  # Australian TFN
    "2947 16355 1": medicare_ok,  # Australian Medicare number
    "4820917AA": pps_ok,  # Irish PPS number
    "030791-462Y": hetu_ok,  # Finnish henkilötunnus
    "2957163400": rnokpp_ok,  # Ukrainian RNOKPP
    "1900715402137": cnp_ok,  # Romanian CNP
    "16.842.317-9": rut_ok,  # Chilean RUT
    "PRB1737": nhi_ok,  # New Zealand NHI
    "39106142724": isikukood_ok,  # Estonian isikukood
    "070390-2809": kennitala_ok,  # Icelandic kennitala
    "79.04.12-285.72": belgian_id_ok,  # Belgian national number
    "217394850": nif_ok,  # Portuguese NIF
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|31|61) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"01632 ?960 ?\d{3}",  # UK fictitious area
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",
        r"0491 57[01] \d{3}",  # Australian fictional mobiles
        r"0(6 39 98|1 99 00) \d\d \d\d",  # France, fiction ranges
        r"030 23125 \d{3}",  # Germany, fiction range
        r"08[3-9] \d{3} \d{4}",  # Ireland mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"6\d\d \d\d \d\d \d\d",  # Spain mobile
        r"5\d\d \d{3} \d{3}",  # Poland mobile
        r"\(\d\d\) 9\d{4}-\d{4}",  # Brazil mobile
        r"\+(27|30|39|43|46|51|52|56|65|91|221|234|254|351|380|852|971) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Each record names one person and holds one to four other values; most chat requests
    name someone and many carry a secret; the lower-case block and the English block both
    hold every common kind of value."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: not one name and 1 to 4 values in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 18:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for block in (CHAT[:LOWER_CHAT], CHAT[LOWER_CHAT + OTHER_LANGUAGES :]):
        kinds = {s["type"] for t in block for s in marked_spans(t)}
        missing = {
            "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD",
            "CREDIT_CARD", "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
        } - kinds  # fmt: skip
        if missing:
            raise SystemExit(f"chat: no {sorted(missing)} in a block")
    kinds = [s["type"] for t in CHAT + RECORDS for s in marked_spans(t)]
    for kind, least in (
        ("CREDIT_CARD", 12),
        ("IBAN_CODE", 14),
        ("US_SSN", 5),
        ("API_KEY", 4),
        ("IP_ADDRESS", 6),
    ):
        if kinds.count(kind) < least:
            raise SystemExit(f"only {kinds.count(kind)} {kind} values")
    plain = [strip_marks(t)[0] for t in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]]
    if any(t == t.lower() and t.isascii() for t in plain):
        raise SystemExit("other languages: an English lower-case text among them")


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
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    for name in ("clean mt-bench", "clean gsm8k", "clean mmlu", "clean health"):
        for text in sections[name][0]:
            if not 3 <= len(text.split()) <= MAX_WORDS:
                raise SystemExit(f"{name}: length of {text[:60]!r}")
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        NAME, HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
