# ruff: noqa: E501
"""A forty-fifth blind privacy set: 220 texts with personal data and 100 clean ones, the mix
a held-out privacy check of requests to an OpenAI-compatible chat assistant behind a company
gateway would use.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 90 everyday chat requests (3 to 80 words) about private people and the writer's own
  data, with and without cue words ("my name is", "I'm", relatives, colleagues, patients,
  signatures, greetings); the first 23 (a quarter) are typed all in lower case, some with
  typos. They deliberately cover surnames alone ("tell Okafor the report is late"), names
  with non-English letters (Zoë, Łukasz, Øyvind, Ngô, Şükrü, Siobhán, Jürgen), lower-case
  names, nicknames (gaz, bex, Jonno, Mags, Kiki), word-names used as names (Summer,
  Hunter, Faith, Hope, Sky), passwords that look like passwords and ones that do not
  (mittens, moosetracks, a phrase, door and alarm codes), phone numbers without
  separators and in national layouts, UK, Irish, Indian, Brazilian, Japanese, Nigerian,
  Polish and Canadian street addresses, US military addresses (PSC, CMR and Unit boxes at
  APO and FPO), e-mails, account, member, employee and badge numbers, API keys and an IP;
* 70 short third-person statements (5 to 45 words, one to three identifiers) in the style
  of synthetic PII benchmark sentences: names of many origins, sometimes only a first name
  or a surname after a title, addresses in US, Irish, Spanish, French, German,
  Polish, Brazilian, Japanese, Nigerian, Indian, Canadian and military formats, phones,
  e-mails, cards, IBANs, SSNs, IPs, passports, licences and national ids;
* 60 records (15 to 110 words, two to six identifiers) like a synthetic PII dataset's
  free-text fields: 15 customer-service notes, 15 medical intake notes, 15 HR notes and
  15 bank notes, with passwords, PINs and account, customer, member, policy holder,
  employee, staff, student and borrower numbers.

Usernames and logins, account, customer, member, employee, staff, badge, student, patient,
policy holder and borrower numbers, frequent-flyer numbers, passports, driver licences, tax
numbers and national ids are ID_NUMBER; PINs, door, lockbox and alarm codes, wifi keys,
memorable words and passwords PASSWORD; titles and relation words (Mr, Mrs, Ms, Miss, Dr,
Prof, Sgt, Lt, Captain, Aunt, my sister, my nan) stay outside PERSON spans, and nicknames
are PERSON; an address span runs from the first street line through the postcode and city
as typed; public figures, companies, fictional characters, order, booking, ticket, invoice,
claim and case numbers, sort codes, tax codes and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data at
all: 25 MT-Bench and Vicuna style prompts (writing, role-play as famous or fictional
people, reasoning, coding), 25 GSM8K-style word problems with fictional first names, 25
MMLU-style items with options A to D (law, medicine, history naming historical figures)
and 25 hospital-routing questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125,
040 66969) and in each country's own layout elsewhere (Japan, Korea, Nigeria, Poland and
country-code numbers); cards Luhn-valid and not well-known test numbers; IBANs valid mod
97 and not documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits where ``ids.py`` has a
validator (NHS number, Aadhaar, CPF, PESEL, Canadian SIN, Irish PPS, Turkish kimlik,
Norwegian fødselsnummer, Japanese My Number, German tax id, Spanish DNI, French NIR,
Korean resident number, South African id, Singapore NRIC, Chinese resident id, Dutch BSN,
Italian codice fiscale, Australian Medicare).

Run ``.venv/bin/python bench/data/build_blind45.py`` from the repository root; the output is
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
    fodselsnummer_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhs_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    steuer_id_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 23
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 80)
PRESIDIO_WORDS = (5, 45)
RECORD_WORDS = (15, 110)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Lt|Capt|Captain|Nurse|Aunt|Auntie|Uncle|Herr|Frau|Mme|Sr|Sra)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 90 everyday chat requests; the first 23 typed all in lower case.
CHAT = [
    "tell [[PERSON|okafor]] the report is late again",
    "my name is [[PERSON|zoë brennan]] and my member number is [[ID_NUMBER|88302175]], can you draft a complaint about my gym charging me twice this month",
    "whats a good reply to [[PERSON|hunter]] who wants to borrow my car agian this weekend. last time he brought it back with no petrol and a parking ticket and acted like it was no big deal. i dont want to start a fight bc we share a flat but i also dont want to say yes. something short and firm but not rude pls, maybe offer to drive him to the station instead",
    "wifi password for the flat is [[PASSWORD|sunflower88]] can you make a little sign for the fridge",
    "text [[PHONE_NUMBER|07700900318]] im late",
    "my password is [[PASSWORD|mittens]] is that too weak or is it fine for a streaming account",
    "write a birthday poem for my nan [[PERSON|maureen]], she turns 90 on saturday and loves bingo",
    "i'm [[PERSON|łukasz nowicki]], i live at [[STREET_ADDRESS|ul. kwiatowa 17/4, 30-215 kraków]], how do i write that on a uk form",
    "remind me to call [[PERSON|faith]] at [[PHONE_NUMBER|(312) 555-0147]] about the lease renewal",
    "summarise this for my boss: [[PERSON|gaz]] from accounts says invoice 4471 is still unpaid",
    "help me write an email to [[EMAIL_ADDRESS|dagny.holm@fjordmail.no]] asking for the keys back, tell her the new lockbox code is [[PASSWORD|0629]]",
    "ok so my login for the school portal is [[ID_NUMBER|kmensah07]] and pw [[PASSWORD|ghana2011!]] but it says invalid, what do i do",
    "can u check if this address is formatted right: [[STREET_ADDRESS|flat 2, 41 larkhill mews, leeds ls8 4hu]]",
    "my brother [[PERSON|øyvind]] needs a cover letter for a welding job in stavanger, his number is [[PHONE_NUMBER|+47 912 48 305]]",
    "reply to [[PERSON|summer]] and say yes to thursday but not friday",
    "what does pending mean on my bank app, account no [[ID_NUMBER|31852947]]",
    "pls rewrite this nicer: [[PERSON|priya]] you left the office door unlocked again",
    "my mum [[PERSON|ngô thị hoa]] needs a letter to her landlord, her address is [[STREET_ADDRESS|23 tansley grove, erdington, birmingham b24 8qn]]",
    "customer [[PERSON|şükrü yılmaz]] keeps calling from [[PHONE_NUMBER|+90 532 418 27 63]] asking for refunds, how do i politely decline",
    "my ssn is [[US_SSN|412-68-3095]] do i put it on the w-4 or not",
    "draft a text to my landlord mr [[PERSON|adeyemi]] saying the boiler broke again",
    "booking ref qx7t2l for [[PERSON|kenji watanabe]], can you write a msg asking them to ship the tickets to [[STREET_ADDRESS|unit 2050 box 4190, apo ap 96278]]",
    "[[PERSON|bex]] says her new pin is [[PASSWORD|4417]], remind me not to forget it lol",
    # From here on every text has at least one capital letter.
    "My name is [[PERSON|Faith Nwachukwu]] and I rent the ground-floor flat at [[STREET_ADDRESS|Flat 1, 63 Elderfield Road, Clapton, London E5 0LF]]. There has been black mould in the bathroom since October and the landlord keeps saying he will send someone. Can you write a firm but polite email to him that mentions the dates I reported it, asks for a repair within 14 days and says I am keeping photos?",
    "Tell [[PERSON|Okafor]] the report is late.",
    "Can you turn this into bullet points? [[PERSON|Łukasz]] will handle the supplier calls, [[PERSON|Zoë]] does the budget, and I'm on slides.",
    "I'm [[PERSON|Hunter]], 17, and I want to write a cover letter for a summer job at a garden centre.",
    "Write a short thank-you note to [[PERSON|Summer]] for watering my plants while I was away.",
    "My password is [[PASSWORD|Qv!8mZr#2Lp]], is that strong enough for online banking?",
    "Is [[PASSWORD|grandma's blue teapot]] a good password or is it too easy to guess?",
    "Format this: [[PHONE_NUMBER|2065550112]]",
    "Add [[PERSON|Şükrü Demir]] to my contact list template, mobile [[PHONE_NUMBER|+90 542 703 19 28]], and mark him as a supplier.",
    "Draft an apology from me, [[PERSON|Ngô Minh Châu]], to the tenants' association for missing the meeting.",
    "Could you write a reference for our former nanny [[PERSON|Øyvind Lunde]]? He worked for us for three years and was wonderful with the twins.",
    "I'm deployed and need to change my shipping address to [[STREET_ADDRESS|PSC 473 Box 2291, FPO AP 96349]], can you write the request to the store?",
    "My husband's address is [[STREET_ADDRESS|CMR 402 Box 1178, APO AE 09180]]. What's the cheapest way to send him a care package from Ohio?",
    "Hey, I'm [[PERSON|Tunde]], my email is [[EMAIL_ADDRESS|tunde.adebayo91@gmail.com]], can you write a short bio for my photography site?",
    "Help me reply to this: Hi [[PERSON|Dagmar]], your booking 7HQ2XK is confirmed for two nights. I want to ask for a late checkout.",
    "Translate into Japanese for my host family that my address in Kyoto will be [[STREET_ADDRESS|〒604-8142 京都府京都市中京区蛸薬師通2-15]]",
    "Check this address for a Canadian form: [[STREET_ADDRESS|302-1455 Robson Street, Vancouver, BC V6G 1C1]].",
    "Rewrite professionally: hey [[PERSON|Jonno]], the van's booked for Tues, bring the trolley. cheers, [[PERSON|Mags]]",
    "My member number is [[ID_NUMBER|MBR-40917735]] and the gym says it doesn't exist. Can you write a complaint?",
    "What's the best way to store my API key [[API_KEY|sk-gw-4f9Qm2Lx7Tz8Rb3Kp6Vn1Hc]] in a Python script without committing it?",
    "Our gateway keeps rejecting requests from [[IP_ADDRESS|198.51.100.23]], that's my home IP, why would that be?",
    "Signature for my emails please: [[PERSON|Siobhán Ní Bhriain]], Practice Manager, [[PHONE_NUMBER|+353 1 483 2196]], [[EMAIL_ADDRESS|siobhan.nibhriain@dentalcare-bray.ie]]",
    "Patient [[PERSON|Renée Lachance]] wants her results emailed to [[EMAIL_ADDRESS|lachance.r@borealmail.ca]]; write the consent form wording.",
    "Dear assistant, I'm [[PERSON|Sunil]] and my Aadhaar is [[ID_NUMBER|9173 6402 8512]], do I need to give it to my landlord?",
    "Can you write a tweet congratulating my colleague [[PERSON|Grace Oyelaran]] on her promotion to head of logistics?",
    "Remind me: the alarm code at mum's is [[PASSWORD|1987]] and the spare key is under the frog.",
    "Summarise: [[PERSON|Kowalczyk]] said the shipment to [[STREET_ADDRESS|ul. Długa 44, 80-827 Gdańsk]] is delayed until the 20th.",
    "My Brazilian address is [[STREET_ADDRESS|Av. Sete de Setembro, 1290, sala 504, Centro, Salvador - BA, 40060-001]], how do I write it on a UK parcel form?",
    "I live at [[STREET_ADDRESS|House 17, Road 4, Oluwole Estate, Ikeja, Lagos 100271]], which couriers deliver there from London?",
    "Fix the grammar: Me and [[PERSON|Rhiannon]] was going to the shops when [[PERSON|Dev]] rang us.",
    "Convert [[PHONE_NUMBER|0491 570 156]] to international format, it's my Aussie mobile.",
    "My card [[CREDIT_CARD|5229 7038 1146 6575]] keeps failing with CVV mismatch, what does that mean?",
    "Hi, [[PERSON|Hope]] here. I forgot my work email password, it was something like [[PASSWORD|Bluebell2022]], how do I reset it?",
    "Make a packing list for my trip with [[PERSON|Rowan]] and [[PERSON|Sky]] to Iceland in March.",
    "My sister [[PERSON|Aoife]] keeps using my streaming account; the login is [[EMAIL_ADDRESS|ciarab@bogmail.ie]] with [[PASSWORD|Tayto4ever]]. Should I change it?",
    "Write a LinkedIn recommendation for [[PERSON|Thandiwe Mokoena]], my manager at the Johannesburg office.",
    "I'm trying to reach [[PERSON|Giorgos Papadakis]] on [[PHONE_NUMBER|+30 694 218 3057]], what time is it in Athens now?",
    "Booking ref ZK4N8P for [[PERSON|Yuki Hoshino]], can you write an email asking the hotel to add a cot?",
    "Please proofread my address label: [[PERSON|Chidi Eze]], [[STREET_ADDRESS|12 Bankole Street, Ikoyi, Lagos 101233]]",
    "My account number is [[ID_NUMBER|0048271936]] and the bank wants me to confirm it by text, is that a scam?",
    "Explain my payslip. Employee ID [[ID_NUMBER|EMP-77104]], name [[PERSON|Dominika Szymańska]], tax code 1257L.",
    "Write a haiku about our cat and sign it from [[PERSON|Bao]] and [[PERSON|Lily Tran]].",
    "I need a letter to the council from [[PERSON|Hollie Marsh]], [[STREET_ADDRESS|9 Wren Court, Stevenage SG2 8HR]], about the bins not being collected.",
    "Can you make this shorter? Thanks for your patience with the delay, we will ship tomorrow. Best regards, [[PERSON|Anand Krishnan]]",
    "Greeting for the card: Dear [[PERSON|Nana Ama]], happy 80th! Can you make it more heartfelt?",
    "Send this to [[PERSON|Ravi]] on WhatsApp [[PHONE_NUMBER|+91 98201 46735]]: the flat keys are with the watchman at [[STREET_ADDRESS|C-1104, Sunrise Heights, Andheri West, Mumbai 400053]]",
    "What is the difference between a PPS number and a tax number? Mine is [[ID_NUMBER|5830217JA]] and I live at [[STREET_ADDRESS|Apt 3, 21 Eglinton Road, Donnybrook, Dublin 4, D04 X9K2]].",
    "My Polish phone is [[PHONE_NUMBER|603 481 297]], how should I write it for someone calling from Germany?",
    "How do I tell [[PERSON|Faith]] from HR that I'm resigning without it being awkward?",
    "Help me write an out-of-office. Urgent issues go to [[PERSON|Beatriz Almeida]] on [[PHONE_NUMBER|+351 912 384 075]].",
    "Write a condolence card to Mrs. [[PERSON|Haverford]] whose husband [[PERSON|Leonard]] passed last week.",
    "Nurse here, night shift on the surgical ward. Patient [[PERSON|Emeka Obi]] in bed 4 is confused tonight and keeps asking for his phone charger and his daughter [[PERSON|Chioma]]. She left her number as [[PHONE_NUMBER|07700 900471]] but it goes to voicemail. Can you help me write a short, calm voicemail that does not alarm her but asks her to call the ward when she wakes up, and a note for the day team handover?",
    "Text my dad: picking you up from [[STREET_ADDRESS|22 Seaview Terrace, Portrush BT56 8DJ]] at 6, don't forget your meds.",
    "Our vet's account with us is [[ID_NUMBER|ACC-5502918]] and the contact is [[PERSON|Imogen Pratt]]. Draft a payment reminder.",
    "Explain this error: 401 invalid key for [[API_KEY|gwk_prod_7HcV2mQx9LrT4nBz8KsW]] on /v1/chat/completions",
    "I wrote my Japanese phone wrong on a form. It's [[PHONE_NUMBER|090-4821-7735]], can you write a short correction note?",
    "Will my Nigerian number [[PHONE_NUMBER|08127740563]] work for WhatsApp while I'm in the UK?",
    "Write a welcome message for our new intern, [[PERSON|Xochitl Ramírez]], who starts Monday in the design team.",
    "Please anonymise this before I share it: [[PERSON|Jürgen Baumann]] ([[EMAIL_ADDRESS|j.baumann@kesselwerk.de]]) reported the bug.",
    "Can you calculate the tip? Dinner with [[PERSON|Marisol]] and [[PERSON|Theo]] was $184 and we split it three ways.",
    "The wifi at the cabin is BearLake and the password is [[PASSWORD|moosetracks]], make a welcome sign for guests.",
    "Is it safe to give my SSN [[US_SSN|529-07-3418]] to a landlord for a credit check?",
    "Please write a polite chaser to [[PERSON|Adeyemi]], he still hasn't signed the lease.",
    "I'm [[PERSON|Claudia Reyes]] in room 214, my badge [[ID_NUMBER|HX-20931]] stopped working and the door code [[PASSWORD|7314]] doesn't either. Who do I ask?",
    "Can you make my CV header look nicer? [[PERSON|Bartholomew Ekwueme]] · [[EMAIL_ADDRESS|bart.ekwueme@protonmail.com]] · [[PHONE_NUMBER|07700 900158]] · [[STREET_ADDRESS|14 Larkspur Close, Harrogate HG2 7QN]]",
    "Make this sound less childish: thank u so much for the gift!! xoxo [[PERSON|Kiki]]",
    "Pls tell Dr. [[PERSON|Ferreira-Quist]] I'll be 10 min late.",
]

# 70 short third-person statements in the manner of synthetic PII benchmark sentences.
PRESIDIO = [
    "[[PERSON|Lorena Vasquez-Ibarra]]'s card [[CREDIT_CARD|4539 7621 8840 3171]] was declined twice at the pharmacy on Tuesday.",
    "Please send the package to [[STREET_ADDRESS|3-14-9 Hiroo, Shibuya-ku, Tokyo 150-0012]].",
    "My name appears incorrectly on my statement, could you correct it to Mr. [[PERSON|Adebayo Ogunleye]]?",
    "Follow up with Dr. [[PERSON|Castellanos]] about the biopsy results next week.",
    "[[PERSON|Ingrid Solberg]] can be reached at [[EMAIL_ADDRESS|ingrid.solberg@tromsnett.no]] or [[PHONE_NUMBER|+47 934 61 208]].",
    "The login from [[IP_ADDRESS|203.0.113.87]] used the account of [[PERSON|Farida Haidari]].",
    "Update my billing address to [[STREET_ADDRESS|Calle del Olivar Viejo 58, 3º B, 28005 Madrid]], please.",
    "Ms. [[PERSON|Nakamura]] asked whether her refund had been issued yet.",
    "[[PERSON|Tomás Ó Briain]] lives at [[STREET_ADDRESS|7 Glenmore Park, Ballincollig, Co. Cork, P31 X2E8]].",
    "His social security number is [[US_SSN|523-41-7806]], and he goes by [[PERSON|Dwayne]].",
    "Wire the deposit to IBAN [[IBAN_CODE|GB05 MIDL 4005 1538 2947 16]] in the name of [[PERSON|Harriet Okonjo]].",
    "Call [[PERSON|Pradeep]] on [[PHONE_NUMBER|+91 98450 12763]] when the courier arrives.",
    "Aadhaar [[ID_NUMBER|6284 1937 0529]] belongs to [[PERSON|Lakshmi Venkataraman]] of Chennai.",
    "[[PERSON|Mateus Ferreira]] moved to [[STREET_ADDRESS|Rua das Acácias, 418, apto 72, Vila Mariana, São Paulo - SP, 04117-020]] last spring.",
    "The passport number on file for [[PERSON|Chiara Lombardi]] is [[ID_NUMBER|YA4829173]].",
    "Sgt. [[PERSON|Delgado]] receives mail at [[STREET_ADDRESS|PSC 1271, Box 3320, APO AE 09213]].",
    "Username [[ID_NUMBER|mkowalczyk84]] was locked after five failed attempts from [[IP_ADDRESS|198.51.100.142]].",
    "[[PERSON|Yusuf Demirci]]'s kimlik number is [[ID_NUMBER|28461037540]].",
    "Ship to: [[PERSON|Amaka Eze]], [[STREET_ADDRESS|14 Amazu Close, Garki II, Abuja 900103]], Nigeria.",
    "My email is [[EMAIL_ADDRESS|hjalmar.berg@postlada.se]], please send the invoice there.",
    "[[PERSON|Wanjiru]] paid with card [[CREDIT_CARD|5298 1403 6271 5595]] and asked for a printed receipt.",
    "Prof. [[PERSON|Kettleborough]] will present the findings; contact his office at [[PHONE_NUMBER|0161 496 0375]].",
    "[[PERSON|Sophie Tremblay]] lives at [[STREET_ADDRESS|1842 rue Saint-Hubert, app. 3, Montréal (Québec) H2L 3Z6]].",
    "The tenant, [[PERSON|Gintaras Petrauskas]], gave [[PHONE_NUMBER|020 7946 0418]] as his daytime number.",
    "Please reset the password for [[EMAIL_ADDRESS|a.oyelaran@bramblegate.co.uk]].",
    "Mrs. [[PERSON|Abernethy-Cole]] called about her late husband's pension.",
    "[[PERSON|Rhys]] was born in Swansea and now works as a paramedic in Cardiff.",
    "SIN [[ID_NUMBER|462 193 053]] was submitted with the application for [[PERSON|Marie-Ève Gagnon]].",
    "[[PERSON|Jun Hao Lim]]'s NRIC is [[ID_NUMBER|S7629184E]] and his mobile is [[PHONE_NUMBER|+65 9127 4408]].",
    "Deliver the flowers to [[STREET_ADDRESS|Flat 302, Sai Krupa Residency, 5th Cross, Indiranagar, Bengaluru 560038]] before noon.",
    "Contact: [[PERSON|Björn Lindqvist]], [[PHONE_NUMBER|+46 70 482 13 96]]",
    "[[PERSON|Nomvula Dlamini]], ID [[ID_NUMBER|9106235082084]], opened a savings account in Durban.",
    "I'd like to raise the limit on card [[CREDIT_CARD|3742 816039 52742]], it's in my husband's name.",
    "Captain [[PERSON|Okonkwo]] left a message for you at reception.",
    "[[PERSON|Helga Brandt]]'s tax identification number is [[ID_NUMBER|57290384167]].",
    "The request came from [[IP_ADDRESS|2001:db8:4a2::17]] under the name [[PERSON|Dmitri Volkov]].",
    "Ms. [[PERSON|Priyanka]] from the Leicester branch will handle your claim.",
    "Send the contract to [[PERSON|Anaïs Moreau]], [[STREET_ADDRESS|12 rue des Tanneurs, 69002 Lyon]].",
    "[[PERSON|Astrid Nyberg]] was born on 4 March 1990 and her number is [[PHONE_NUMBER|+46 73 915 20 47]].",
    "The driver licence [[ID_NUMBER|D4127-58309-71420]] is registered to [[PERSON|Carlos Mendoza]].",
    "Mr. [[PERSON|Ifeanyi]] asked to be called back on [[PHONE_NUMBER|0803 417 2290]].",
    "My bank account is [[IBAN_CODE|NL50 RABO 0318 4726 59]], name [[PERSON|Femke de Wit]].",
    "[[PERSON|Đặng Văn Minh]] works as a structural engineer in Da Nang.",
    "[[PERSON|Rosalind Achterberg]] rented a van using licence [[ID_NUMBER|ACHTE802154RA9KL]].",
    "Call me at [[PHONE_NUMBER|(604) 555-0129]] and ask for [[PERSON|Gurpreet]].",
    "[[PERSON|Kwame Asante-Boateng]] used the email [[EMAIL_ADDRESS|kwame.ab@rivetmail.com]] to register.",
    "Patient [[PERSON|Eleanor Whitcombe]], NHS number [[ID_NUMBER|493 617 2057]], was discharged on Friday.",
    "[[PERSON|Joaquín Herrera]] paid for the Bogotá flights with card [[CREDIT_CARD|6011 5384 0276 1939]].",
    "Miss [[PERSON|Tanaka]] has asked that all letters go to [[STREET_ADDRESS|〒530-0047 大阪府大阪市北区西天満2-6-11]].",
    "The new hire, [[PERSON|Oluwaseun Bakare]], listed [[STREET_ADDRESS|Plot 27, Olatunde Ayoola Crescent, Lekki Phase 1, Lagos]] as home.",
    "Send a reminder to [[EMAIL_ADDRESS|t.ferreira-lima@correio.pt]] about the overdue rent.",
    "Aunt [[PERSON|Margarethe]] mailed the cheque from [[STREET_ADDRESS|Lindenstraße 42, 04109 Leipzig]].",
    "PESEL [[ID_NUMBER|89072314589]] belongs to [[PERSON|Agnieszka Wróbel]].",
    "[[PERSON|Ahmed Al-Mansouri]]'s phone number is [[PHONE_NUMBER|+971 50 384 2716]].",
    "Dr. [[PERSON|Siobhán Kavanagh]] signs off on all referrals from the Galway clinic.",
    "[[PERSON|Lachlan Pearce]] can be reached on [[PHONE_NUMBER|0491 570 158]] after 5pm.",
    "The account [[ID_NUMBER|44018235]] was opened by [[PERSON|Hye-jin Park]] in 2019.",
    "[[PERSON|Giulia Russo]]'s codice fiscale is [[ID_NUMBER|RSSGLI84M52L219P]].",
    "Forward the file to [[PERSON|Summer Okafor]] at [[EMAIL_ADDRESS|summer.okafor@lindqvistlaw.com]].",
    "[[PERSON|Hunter Blackwood]] gave his address as [[STREET_ADDRESS|2217 Ridgecrest Drive, Boise, ID 83706]].",
    "Ms. [[PERSON|Faith Adeyinka]] confirmed her IBAN as [[IBAN_CODE|IE60 BOFI 9058 3762 1490 53]].",
    "Connection from [[IP_ADDRESS|192.0.2.214]] failed for user [[ID_NUMBER|jbergstrom]].",
    "[[PERSON|Kaveh Rostami]] told the agent his number is [[PHONE_NUMBER|+98 912 408 3157]].",
    "Shipping label: [[PERSON|Ewa Zielińska]], [[STREET_ADDRESS|ul. Słoneczna 8 m. 12, 02-495 Warszawa]], tel. [[PHONE_NUMBER|+48 512 384 907]]",
    "Lt. [[PERSON|Ramírez]] listed [[STREET_ADDRESS|Unit 15286 Box 442, APO AP 96343]] as her forwarding address.",
    "[[PERSON|Grace Mwangi]] uses [[EMAIL_ADDRESS|gmwangi@savannahpost.co.ke]] for work.",
    "The claimant, Mr. [[PERSON|Hollis Tremaine Dupree]], gave SSN [[US_SSN|208-53-4719]].",
    "[[PERSON|Camille]] from the Bordeaux office will call you on [[PHONE_NUMBER|06 39 98 41 27]].",
    "His fødselsnummer is [[ID_NUMBER|14058732614]], and the name on the form is [[PERSON|Øyvind Haugen]].",
    "[[PERSON|Rahel Tesfaye]] lives at [[STREET_ADDRESS|57 Maple Grove Crescent, Kanata, ON K2M 1B4]] with her two sons.",
]

# 60 free-text fields of the kind a synthetic PII dataset carries: 15 customer-service
# notes, 15 medical intake notes, 15 HR notes, 15 bank notes.
RECORDS = [
    # customer-service notes
    "Customer [[PERSON|Aoife Gallagher]] called re: broadband outage at [[STREET_ADDRESS|Apartment 12, Harbour Court, Strand Road, Bray, Co. Wicklow, A98 F2K6]]. Verified with account no. [[ID_NUMBER|IE-7730418]] and memorable word [[PASSWORD|lighthouse]]. Engineer visit booked, ref WO-55821. Callback on [[PHONE_NUMBER|+353 87 412 6093]].",
    "Chat transcript summary: [[PERSON|Marcus Obi]] ([[EMAIL_ADDRESS|marcus.obi@fernlink.net]]) reports a double charge on card [[CREDIT_CARD|4916 8203 5517 4265]]. Refund of £42.99 raised, case 88-2231. Customer advised 3 to 5 working days.",
    "Returns desk: parcel for [[PERSON|Chen Xiaoling]] came back addressee unknown from [[STREET_ADDRESS|Flat 6, 19 Dunmore Terrace, Glasgow G12 8QT]]. Tried [[PHONE_NUMBER|0131 496 0722]], no answer. Holding 14 days before disposal.",
    "Loyalty team note: member [[ID_NUMBER|LY-0047719283]] ([[PERSON|Bronwyn Hale]]) asked to merge points with her husband [[PERSON|Dean Hale]]'s account [[ID_NUMBER|LY-0047719301]]. Merged; confirmation sent to [[EMAIL_ADDRESS|bronhale@kiwimail.nz]].",
    "Caller said she is [[PERSON|Rukhsana Begum]], DOB 02/11/1972, but could not pass security (gave postcode for [[STREET_ADDRESS|88 Coniston Avenue, Bradford BD7 2LP]], file shows a different one). No changes made. Asked her to ring back from [[PHONE_NUMBER|07700 900647]], the number registered on the account.",
    "Insurance contact centre: policy holder [[PERSON|Gareth Pryce-Jones]] (policy holder no. [[ID_NUMBER|PH-3318204]]) reported a cracked windscreen after a stone strike on the M4. Preferred contact [[EMAIL_ADDRESS|gpj@cymrumail.co.uk]]. Claim CL-90412 opened, glass partner notified.",
    "Telecom CS: SIM swap requested for [[PHONE_NUMBER|+234 803 581 2047]] by [[PERSON|Chukwuemeka Nwosu]]. ID seen: NIN [[ID_NUMBER|48290175364]]. Approved after OTP to alternate email [[EMAIL_ADDRESS|emeka.nwosu@naijapost.ng]].",
    "Account holder [[PERSON|Ioana Popescu]] locked out of the online store; temporary password [[PASSWORD|Ramp-Violet-82]] issued by agent, must be changed at next login. Username [[ID_NUMBER|ipopescu_ro]]. Customer satisfied.",
    "Escalation: [[PERSON|Dagmar Hoffmann]] is unhappy that her order went to her old address, [[STREET_ADDRESS|Lindenallee 7, 50968 Köln]], instead of [[STREET_ADDRESS|Am Sonnenhang 23, 53721 Siegburg]]. Courier claim raised. Phone [[PHONE_NUMBER|030 23125 641]].",
    "Airline service note: passenger [[PERSON|Rafael Antunes Carvalho]], frequent flyer [[ID_NUMBER|TP 418 207 396]], booking ref K7RM2Q. Wheelchair assistance requested at both airports. Contact [[PHONE_NUMBER|+55 11 98342-7160]].",
    "Utilities: meter reading disputed by Mrs [[PERSON|Olufunke Adeleke]], [[STREET_ADDRESS|31 Kingfisher Way, Milton Keynes MK4 3FD]], customer ref [[ID_NUMBER|9920173645]]. Estimated bill suspended, engineer to read the meter within 10 days.",
    "Hotel guest note: [[PERSON|Haruto Sato]] (member [[ID_NUMBER|HH-55203918]]) asked for a quiet room away from the lift; wife [[PERSON|Yui]] is allergic to feathers. Confirmation to [[EMAIL_ADDRESS|haruto.sato@kumomail.jp]].",
    "Tech support ticket 40021: user [[PERSON|Nils Ekström]] cannot reach the VPN from [[IP_ADDRESS|198.51.100.63]]; told the agent his password is [[PASSWORD|Kanelbulle!7]]. Advised never to share passwords; forced reset.",
    "Complaint logged for [[PERSON|Zainab Farouk]], account [[ID_NUMBER|60715523]]: direct debit taken twice this month. Apology sent to [[EMAIL_ADDRESS|zainab.farouk@deltamail.eg]] and duplicate payment refunded.",
    "Pharmacy helpline: [[PERSON|Bogdan Ionescu]] asked to change delivery to his daughter's address, [[STREET_ADDRESS|22 Elmbridge Road, Reading RG6 1PX]]; daughter [[PERSON|Irina]] will sign. Tel [[PHONE_NUMBER|020 7946 0283]].",
    # medical intake notes
    "Intake: pt [[PERSON|Tomasz Zieliński]], 47M, NHS no. [[ID_NUMBER|721 048 3969]], presents with chest tightness for 2 days, worse on exertion. NOK: wife [[PERSON|Ewa]] on [[PHONE_NUMBER|07700 900562]].",
    "New patient registration: [[PERSON|Anjali Deshmukh]], F, 34. Address [[STREET_ADDRESS|H.No. 14-2-117, Gandhi Nagar, Secunderabad, Telangana 500003]]. Aadhaar [[ID_NUMBER|3805 7264 9132]]. Allergies: penicillin. GP referral for thyroid panel.",
    "Triage note: [[PERSON|Şükrü Aydın]], 61, kimlik [[ID_NUMBER|51972034876]], BP 168/97, headache and blurred vision since morning. Son [[PERSON|Emre]] interpreting; call him on [[PHONE_NUMBER|+90 533 207 41 88]].",
    "Physio intake: [[PERSON|Liam O'Sullivan]], PPS [[ID_NUMBER|4729163E]], right ACL reconstruction 6 weeks ago. Lives at [[STREET_ADDRESS|4 Rathmore Grove, Tallaght, Dublin 24, D24 H6R3]] with stairs to the bedroom.",
    "Dental intake: [[PERSON|Mariana Costa]] (CPF [[ID_NUMBER|375.914.806-93]]) reports sensitivity in the lower left molar. Insurance member [[ID_NUMBER|AM-20488173]]. WhatsApp [[PHONE_NUMBER|+55 21 99418-3057]].",
    "ED registration: male brought in by ambulance, identified from wallet as [[PERSON|Kofi Mensah]], [[STREET_ADDRESS|Flat 11, Brookfield House, 60 Tanner Street, London SE1 3PL]]. Sister [[PERSON|Abena]] contacted on [[PHONE_NUMBER|020 7946 0915]] and on her way.",
    "Clinic intake (Oslo): [[PERSON|Øyvind Strand]], fødselsnummer [[ID_NUMBER|03099241372]], referred for a sleep apnoea study after loud snoring reported by partner. Email [[EMAIL_ADDRESS|oyvind.strand@norlys.no]].",
    "Paediatric intake: [[PERSON|Zoë Achterberg]], age 6, brought by mother [[PERSON|Lotte]]. BSN [[ID_NUMBER|217490633]]. Fever 39.2, left ear pain for two days. Mum's mobile [[PHONE_NUMBER|+31 6 4172 9035]].",
    "Antenatal booking: [[PERSON|Ngô Thị Lan]], G2P1, EDD 14/09. Lives at [[STREET_ADDRESS|27 Beechwood Avenue, Coventry CV5 6DG]]. Partner [[PERSON|Trần Văn Hùng]]; Vietnamese interpreter needed. NHS [[ID_NUMBER|385 902 6143]].",
    "Mental health referral: [[PERSON|Jordan Ellis-Murray]], 22, student no. [[ID_NUMBER|S2204871]], self-referred via [[EMAIL_ADDRESS|j.ellismurray@student.carrickvale.ac.uk]]. Low mood and poor sleep for 3 months. Prefers they/them.",
    "Pre-op check: [[PERSON|Rosa Jiménez Ortega]], DNI [[ID_NUMBER|39481726H]], inguinal hernia repair. Consent signed. Daughter [[PERSON|Lucía]] collecting after surgery, tel [[PHONE_NUMBER|+34 612 847 309]].",
    "Travel clinic: [[PERSON|Hamid Qureshi]], passport [[ID_NUMBER|548203917]], travelling to Saudi Arabia in June. Meningitis ACWY given today. Certificate sent to [[EMAIL_ADDRESS|hqureshi@peartreemail.co.uk]].",
    "Occupational health: [[PERSON|Sandra Kowalski]], employee [[ID_NUMBER|E-10482]], lower back strain lifting at the warehouse. Manager [[PERSON|Phil Dunmore]] informed. Fit note for 2 weeks, phased return advised.",
    "Intake (Sydney): [[PERSON|Mia Thornton]], Medicare [[ID_NUMBER|3817 41794 1]], asthma review, uses reliever 4 times a week. Lives at [[STREET_ADDRESS|5/18 Carrington Street, Marrickville NSW 2204]].",
    "Optometry intake: [[PERSON|Ha-eun Choi]], RRN [[ID_NUMBER|880214-2051739]], first contact lens fitting, mild astigmatism in both eyes, prefers monthly lenses. Phone [[PHONE_NUMBER|010-4827-1593]].",
    # HR notes
    "HR file note: employee [[PERSON|Chidinma Okonkwo]] ([[ID_NUMBER|EMP-20417]]) raised a grievance about line manager [[PERSON|Gareth Pryce]] cancelling her approved leave twice. Meeting set with the HR business partner for Thursday.",
    "Onboarding checklist for [[PERSON|Mehmet Kaya]]: laptop issued, badge [[ID_NUMBER|B-774103]], temporary password [[PASSWORD|Welcome#Spring24]]. Salary account on file [[IBAN_CODE|TR59 0006 2001 4830 0006 2981 17]].",
    "Exit interview: [[PERSON|Niamh Fitzgerald]] is leaving for a competitor. Forwarding address [[STREET_ADDRESS|16 Oakfield Drive, Naas, Co. Kildare, W91 C7T5]], personal email [[EMAIL_ADDRESS|niamhfitz@eirbox.ie]]. P45 to be posted.",
    "Reference request received for former employee [[PERSON|Darnell Whitaker]] (staff no. [[ID_NUMBER|004518]]). Dates of employment confirmed only, per policy. No further comment given.",
    "Payroll change: [[PERSON|Małgorzata Wiśniewska]] new salary account [[IBAN_CODE|PL59 1090 1014 0000 7123 8495 6120]], PESEL [[ID_NUMBER|95021106246]]. Effective from the next payroll cycle.",
    "Disciplinary note: warehouse operative [[PERSON|Callum Reid]], badge [[ID_NUMBER|WH-3382]], seen sharing his login [[ID_NUMBER|creid01]] and password [[PASSWORD|forklift]] with agency staff. Written warning issued.",
    "Right-to-work check done for [[PERSON|Olena Kovalenko]]; share code noted, NI number [[ID_NUMBER|QJ 48 27 19 C]]. Home address [[STREET_ADDRESS|42 Thornbury Road, Bristol BS7 9JQ]].",
    "Remote-work request from [[PERSON|Aarav Malhotra]] to work from [[STREET_ADDRESS|B-204, Lotus Greens, Sector 50, Noida, Uttar Pradesh 201301]] for three months. Manager [[PERSON|Claire Dubois]] supports the request.",
    "Maternity cover: [[PERSON|Faith Ogunbiyi]]'s duties pass to [[PERSON|Tobias Brandl]] from 1 June; her out-of-office lists [[PHONE_NUMBER|07700 900839]] for emergencies only.",
    "Background check consent signed by [[PERSON|Marcus Feld]], SSN [[US_SSN|417-29-6053]], current address [[STREET_ADDRESS|8811 Willow Bend Ct, Austin, TX 78749]]. Results expected in five business days.",
    "Relocation allowance approved for [[PERSON|Daniel Okoro]], transferring to the Ramstein support contract; post goes to [[STREET_ADDRESS|Unit 3240 Box 118, APO AE 09094]] until housing is confirmed.",
    "Payroll query: [[PERSON|Sione Taufa]] (employee [[ID_NUMBER|NZ-66017]]) says the IRD number on file is wrong; the correct one is [[ID_NUMBER|094-218-553]]. Updated and backdated.",
    "Sick-leave note: [[PERSON|Ayşe Çelik]] off for 5 days, GP certificate received. If she cannot be reached, contact her partner [[PERSON|Murat]] on [[PHONE_NUMBER|+90 542 318 66 04]].",
    "Probation review: [[PERSON|Émilie Fournier]], NIR [[ID_NUMBER|2 87 06 75 114 218 61]], meets expectations. Salary to be paid into [[IBAN_CODE|FR28 3000 4028 3700 0193 7465 172]] from next month.",
    "IT offboarding for [[PERSON|Rohan Pillai]]: disable directory account [[ID_NUMBER|rpillai]], revoke API key [[API_KEY|gw-live-8Qf3TzL29xWkP0vRc7mNd4Hs]], forward mail to his manager at [[EMAIL_ADDRESS|sarah.whitfield@quayline.co.uk]].",
    # bank notes
    "Customer [[PERSON|Helga Brandt]], IBAN [[IBAN_CODE|DE36 5001 0517 2948 6133 07]], requested a SEPA recall for a payment sent in error on 03/05. Recall fee explained. Contact [[PHONE_NUMBER|+49 40 66969 218]].",
    "Fraud note: card [[CREDIT_CARD|5412 7390 8864 1026]] belonging to [[PERSON|Terrence Boyle]] used at three online merchants from [[IP_ADDRESS|203.0.113.199]]. Card blocked, replacement ordered to [[STREET_ADDRESS|71 Harrow Lane, Sheffield S11 8RT]].",
    "Branch visit: [[PERSON|Adaeze Okafor]] opened joint account [[ID_NUMBER|21948350]] with [[PERSON|Chinedu Okafor]]. Sort code 40-11-62. Debit cards to follow by post.",
    "Mortgage note: borrower [[PERSON|Sean Gallagher]], borrower no. [[ID_NUMBER|MB-4471920]], requests a three-month payment holiday. Income documents to be sent to [[EMAIL_ADDRESS|sgallagher88@inboxmail.ie]].",
    "KYC: [[PERSON|Li Wei]], resident id [[ID_NUMBER|110105198706234511]], proof of address [[STREET_ADDRESS|Room 1203, Block 5, 88 Chaoyang North Road, Chaoyang District, Beijing 100020]]. Approved by compliance.",
    "Call log: [[PERSON|Patrice Lumbala]] reported a phishing SMS and confirmed he typed his online banking password [[PASSWORD|Kinshasa#1990]] into a fake site. Credentials reset, account [[ID_NUMBER|77310486]] under monitoring.",
    "Standing order set up from [[IBAN_CODE|GB85 LOYD 3096 2284 6190 73]] to [[PERSON|Beatrix Harrow]] for £650 monthly rent. Customer [[PERSON|Oliver Stanhope]] confirmed by phone on [[PHONE_NUMBER|+44 7700 900274]].",
    "Card dispute: [[PERSON|Yasmin Haddad]] says card [[CREDIT_CARD|4558 0271 6394 8202]] was charged twice by a hotel in Lisbon. Statement copy sent to [[EMAIL_ADDRESS|yasmin.haddad@cedarpost.lb]].",
    "Loan application: [[PERSON|Rajesh Iyer]], PAN [[ID_NUMBER|ABKPI4718Q]], savings account [[ID_NUMBER|50100238471956]], employer payslips received. Mobile [[PHONE_NUMBER|+91 99867 40213]].",
    "Deceased customer: notification from son [[PERSON|Graham Pettigrew]] regarding [[PERSON|Walter Pettigrew]], account [[ID_NUMBER|30471928]]. Bereavement pack posted to [[STREET_ADDRESS|3 Church View, Little Barford, St Neots PE19 6YE]].",
    "Wire recall: [[PERSON|Juan Pablo Restrepo]] sent USD 4,800 to the wrong beneficiary; correct IBAN is [[IBAN_CODE|ES04 0049 1500 0527 1836 4029]]. Contact [[PHONE_NUMBER|+57 310 482 7719]].",
    "Credit card application declined for [[PERSON|Tyrone Banks]], SSN [[US_SSN|301-84-2265]]; adverse action letter mailed to [[STREET_ADDRESS|4150 Magnolia Ave, Apt 2B, Riverside, CA 92506]].",
    "Online banking: [[PERSON|Ingeborg Lie]] forgot her card PIN and chose a new one, [[PASSWORD|8260]], at the branch terminal. Account [[IBAN_CODE|NO59 1503 2847 615]] unaffected.",
    "Safe deposit box 112 access list updated: [[PERSON|Hiroshi Mori]] and [[PERSON|Keiko Mori]]. My Number [[ID_NUMBER|739205846137]] recorded for [[PERSON|Hiroshi]].",
    "Business account note: sole trader [[PERSON|Tunde Bakare]], trading as Lagoon Tiles, account [[ID_NUMBER|58203117]]. Overdraft review due in May. Contact [[EMAIL_ADDRESS|tunde@lagoontiles.co.uk]].",
]

# 25 MT-Bench and Vicuna style prompts: writing, role-play, reasoning, coding.
CLEAN_MTBENCH = [
    "Compose an engaging travel blog post about a recent trip to the Faroe Islands, highlighting the local food and the best hikes.",
    "Pretend you are Marie Curie giving a short talk to schoolchildren about why curiosity matters in science.",
    "Act as Sherlock Holmes and deduce what you can about a visitor from a muddy umbrella and a crumpled train ticket.",
    "Write a persuasive email to an introverted friend, convincing them to volunteer as a speaker at a local event. Keep it under 200 words.",
    "Imagine you are Abraham Lincoln. How would you explain the importance of a free press to a modern audience?",
    "Write a Python function that returns the longest common subsequence of two strings, and explain its time complexity.",
    "A woman has four brothers and each brother has two sisters. How many daughters do her parents have? Explain step by step.",
    "Role-play as Captain Ahab describing the whale that got away, in no more than 150 words.",
    "Explain the difference between a process and a thread to someone who has only ever used spreadsheets.",
    "Write a SQL query that finds the top three customers by total order value in each region, given tables orders and customers.",
    "Draft a product launch announcement for a solar-powered bike light aimed at city commuters.",
    "You are Hermione Granger. Give advice to a first-year student who is anxious about their exams.",
    "If a train leaves at 3:40 pm and the journey takes 2 hours 35 minutes, what time does it arrive? Show your reasoning.",
    "Describe a vivid and unique character in fewer than 100 words, using strong imagery and unusual verbs.",
    "Write a C++ program that reads a text file and prints the ten most frequent words with their counts.",
    "Pretend to be Leonardo da Vinci pitching a flying machine to a group of sceptical investors.",
    "Edit the following paragraph to fix its grammatical errors: She don't like when peoples is late to they're meetings.",
    "Which word does not belong with the others: tyre, steering wheel, car, engine? Explain your answer.",
    "Write a short story that begins with the sentence: The lighthouse had been dark for eleven years.",
    "As Gandalf, explain to a nervous hobbit why small choices can matter more than great deeds.",
    "Implement binary search in JavaScript and list three edge cases a unit test should cover.",
    "Compare the economic policies of Franklin D. Roosevelt and Margaret Thatcher in a table with four rows.",
    "Suggest five catchy headlines for an article about new discoveries in renewable bio-energy that stay accurate about the ethics.",
    "What are the main differences between Python lists and tuples? Give an example of when to use each.",
    "Speak as Tony Stark and explain whether you would trust an AI assistant to manage your calendar.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Marisol bakes 48 cookies and packs them into bags of 6. She gives away 3 bags. How many cookies does she have left?",
    "Tobias earns $15 an hour and works 6 hours on Saturday and 4 hours on Sunday. How much does he earn over the weekend?",
    "A farmer has 120 chickens. Amara buys one quarter of them and Kofi buys 18 more than Amara. How many chickens are left?",
    "Lena reads 25 pages a day. Her book has 410 pages. After 12 days, how many pages does she still have to read?",
    "Jamal buys 3 notebooks at $2.50 each and a pen for $1.75. He pays with a $20 bill. How much change does he get?",
    "Sakura's garden has 7 rows of tulips with 14 tulips in each row. Rabbits eat 19 tulips. How many tulips are left?",
    "Diego runs 3 miles on Monday, twice as far on Wednesday, and 1.5 miles less than Wednesday on Friday. How many miles does he run in total?",
    "Ingrid is organising a trip for 32 students. Each van seats 7 students. How many vans does she need to book?",
    "Priya saves $12 every week. She already has $54. How many weeks will it take her to save for a $210 bike?",
    "Oscar has twice as many marbles as Felix, and Felix has 9 fewer than Nadia. If Nadia has 30 marbles, how many do the three have together?",
    "A bakery sells muffins for $3 each or 4 for $10. Chloe needs 14 muffins. What is the least she can pay?",
    "Mateo fills a 50-litre tank at 2.5 litres per minute. He starts at 10:05. At what time is the tank full?",
    "Yara plants 5 trees every year. She started with 12 trees four years ago, and 3 trees have died since. How many trees does she have now?",
    "Hugo's phone battery drops 8% every hour. It is at 92% at noon. At what time will it reach 28%?",
    "Aisha buys a dress priced at $80 with a 25% discount, then pays 8% sales tax on the discounted price. How much does she pay?",
    "Ben and Kira share 56 stickers in the ratio 3:5. How many more stickers does Kira get than Ben?",
    "Noah walks his dog 2.4 km each morning and 1.8 km each evening. How far does he walk the dog in a week?",
    "A school orders 15 boxes of pencils with 24 pencils in each box. Freya hands out 9 pencils to each of 36 students. How many pencils remain?",
    "Elif's rent is $1,150 a month and will rise by 4% next year. How much will she pay in rent over next year?",
    "Rohan scored 78, 85 and 91 on three tests. What must he score on the fourth test to average 86?",
    "Sven buys 6 packs of juice with 8 boxes in each pack. His kids drink 5 boxes a day. For how many full days will the juice last?",
    "Camila knits 3 scarves a week. Each scarf uses 2 balls of yarn costing $4.50 each. How much does she spend on yarn in 6 weeks?",
    "A pizza is cut into 12 slices. Omar eats a third of it, and Lucy eats half of what is left. How many slices remain?",
    "Tariq drives 280 km using 21 litres of fuel. How many litres will he need for a 440 km trip at the same rate?",
    "Maya has 3 times as many stamps as her brother Eli. Together they have 96 stamps. How many stamps does Maya have?",
]

# 25 MMLU-style items with options A to D: law, medicine, history.
CLEAN_MMLU = [
    "Which U.S. Supreme Court case established the principle of judicial review? A. Marbury v. Madison B. McCulloch v. Maryland C. Gibbons v. Ogden D. Dred Scott v. Sandford",
    "Under the common law, which element was required for burglary but not for trespass? A. Entry onto land B. Intent to commit a felony inside C. Use of force against a person D. Damage to property",
    "A 58-year-old man has crushing chest pain radiating to the left arm. Which marker is most specific for myocardial injury? A. Troponin I B. Amylase C. Alanine aminotransferase D. Lipase",
    "Who was the first Roman emperor? A. Julius Caesar B. Augustus C. Nero D. Tiberius",
    "Otto von Bismarck is best known for: A. leading the unification of Germany B. founding the League of Nations C. writing Das Kapital D. negotiating the Treaty of Versailles",
    "Which doctrine allows a court to void a contract term that is grossly unfair at the time of signing? A. Promissory estoppel B. Unconscionability C. Laches D. Res judicata",
    "Deficiency of which vitamin causes scurvy? A. Vitamin A B. Vitamin B12 C. Vitamin C D. Vitamin D",
    "Which Mughal emperor commissioned the Taj Mahal? A. Akbar B. Babur C. Aurangzeb D. Shah Jahan",
    "In Miranda v. Arizona, the Supreme Court held that suspects must be informed of: A. their right to a jury B. their right to remain silent and to counsel C. the charges within 24 hours D. their right to bail",
    "Which drug is first-line treatment for anaphylaxis? A. Intramuscular adrenaline B. Oral antihistamine C. Inhaled salbutamol D. Intravenous hydrocortisone",
    "Who led the Haitian Revolution in its early years? A. Simón Bolívar B. Toussaint Louverture C. José de San Martín D. Miguel Hidalgo",
    "Hearsay is best defined as: A. any testimony by a child B. an out-of-court statement offered to prove the truth of the matter asserted C. testimony about a character trait D. a statement made under oath in a deposition",
    "A patient with polyuria, polydipsia and a fasting glucose of 9.1 mmol/L most likely has: A. diabetes insipidus B. type 2 diabetes mellitus C. hypothyroidism D. Addison disease",
    "Who ordered the building of the White Tower at the Tower of London? A. William the Conqueror B. Elizabeth I C. Henry VIII D. Richard III",
    "Under the Fourth Amendment, a search without a warrant is generally: A. always lawful B. presumptively unreasonable C. lawful if the police suspect a crime D. lawful only at night",
    "The most common cause of community-acquired pneumonia in adults is: A. Staphylococcus aureus B. Streptococcus pneumoniae C. Pseudomonas aeruginosa D. Klebsiella pneumoniae",
    "Who wrote the Ninety-five Theses in 1517? A. John Calvin B. Martin Luther C. Ulrich Zwingli D. Erasmus",
    "In tort law, the eggshell skull rule means a defendant: A. takes the victim as found B. is liable only for foreseeable harm C. can reduce damages for pre-existing conditions D. must prove the victim was negligent",
    "A positive Babinski sign in an adult suggests a lesion of the: A. lower motor neuron B. upper motor neuron C. neuromuscular junction D. peripheral nerve",
    "Which Chinese dynasty was founded by Zhu Yuanzhang? A. Tang B. Song C. Ming D. Qing",
    "Consideration in contract law refers to: A. the parties' good faith B. something of value exchanged by each party C. the written form of the contract D. the court's review of fairness",
    "Which electrolyte disturbance most classically produces peaked T waves on an ECG? A. Hypokalaemia B. Hyperkalaemia C. Hypocalcaemia D. Hypernatraemia",
    "Catherine the Great ruled which empire? A. Austrian B. Ottoman C. Russian D. Prussian",
    "The Magna Carta was sealed in 1215 by: A. King John B. Henry II C. Richard I D. Edward I",
    "First-line treatment for uncomplicated hypertension in a 45-year-old white patient under UK guidance is usually: A. a beta blocker B. an ACE inhibitor C. a loop diuretic D. an alpha blocker",
]

# 25 hospital-routing questions naming no one.
CLEAN_HOSPITAL = [
    "I need to reschedule my appointment with cardiology.",
    "Which department do I call about a referral to dermatology?",
    "What are the visiting hours on the maternity ward?",
    "Can I get my blood test results online or do I have to call?",
    "How do I cancel a physiotherapy session for next week?",
    "Where is the fracture clinic and does it have parking nearby?",
    "I have a rash that has spread since yesterday, should I go to urgent care or book a GP appointment?",
    "Who do I speak to about a bill I received after my outpatient visit?",
    "Is the pharmacy open on Sunday evenings?",
    "My child needs a follow-up with the paediatric ENT team, how do I book it?",
    "Can I bring someone with me to my MRI scan?",
    "How long is the wait for a non-urgent orthopaedic consultation?",
    "I was told to fast before my colonoscopy, for how many hours?",
    "Which entrance should I use for the oncology day unit?",
    "Do I need a referral to see the sleep clinic?",
    "How do I request a copy of my medical records?",
    "Can I change my mammogram from a morning to an afternoon slot?",
    "Who handles complaints about the emergency department?",
    "I missed a call from the diabetes clinic, what number should I ring back?",
    "Is there a hearing loop or interpreter service for appointments?",
    "What should I bring to my pre-operative assessment?",
    "Are flu vaccines available at the walk-in centre this week?",
    "How do I get a repeat prescription for my inhaler?",
    "I need to move my antenatal scan because of work, who do I contact?",
    "Where do I go for a chest X-ray that my doctor ordered?",
]

NATIONAL_IDS = {
    "493 617 2057": nhs_ok,  # NHS number
    "721 048 3969": nhs_ok,
    "385 902 6143": nhs_ok,
    "6284 1937 0529": aadhaar_ok,  # Indian Aadhaar
    "3805 7264 9132": aadhaar_ok,
    "9173 6402 8512": aadhaar_ok,
    "375.914.806-93": cpf_ok,  # Brazilian CPF
    "89072314589": pesel_ok,  # Polish PESEL
    "95021106246": pesel_ok,
    "462 193 053": luhn_len(9),  # Canadian SIN
    "4729163E": pps_ok,  # Irish PPS number
    "5830217JA": pps_ok,
    "28461037540": kimlik_ok,  # Turkish kimlik
    "51972034876": kimlik_ok,
    "14058732614": fodselsnummer_ok,  # Norwegian fødselsnummer
    "03099241372": fodselsnummer_ok,
    "739205846137": my_number_ok,  # Japanese My Number
    "57290384167": steuer_id_ok,  # German tax id
    "39481726H": dni_ok,  # Spanish DNI
    "2 87 06 75 114 218 61": nir_ok,  # French NIR
    "880214-2051739": rrn_ok,  # Korean resident registration number
    "9106235082084": luhn_len(13),  # South African id
    "S7629184E": nric_ok,  # Singapore NRIC
    "110105198706234511": china_id_ok,  # Chinese resident identity number
    "217490633": bsn_ok,  # Dutch BSN
    "RSSGLI84M52L219P": codice_fiscale_ok,  # Italian codice fiscale
    "3817 41794 1": medicare_ok,  # Australian Medicare
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"07700900\d{3}",  # the same, typed without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same, typed without separators
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"0[789]0\d \d{3} \d{4}",  # Nigeria mobile, national layout
        r"0[789][01]\d{8}",  # the same, typed without spaces
        r"[5-8]\d{2} \d{3} \d{3}",  # Poland mobile, national layout
        r"\+(30|31|34|46|47|48|55|57|65|90|91|98|234|351|353|971) [\d -]+\d",  # no fiction range known
    )
]

# What the chat requests must cover: PERSON values (matched in lower case) and address
# shapes that name the features of the set's theme.
CHAT_NAMES = (
    "okafor", "zoë", "łukasz", "øyvind", "ngô", "şükrü", "summer", "hunter", "faith",
    "hope", "gaz", "bex", "jonno", "kiki", "kowalczyk", "adeyemi",
)  # fmt: skip
CHAT_ADDRESSES = (
    r"\bPSC\b.*\bFPO\b", r"\bCMR\b.*\bAPO\b", r"^unit .*\bapo\b", r"\bD04\b", r"\bMumbai\b",
    r"\bSalvador - BA\b", r"〒", r"\bLagos\b", r"\bGdańsk\b", r"\bkraków\b", r"\bBC V6G\b",
    r"\bHG2 7QN\b",
)  # fmt: skip


def check_mix() -> None:
    """The records carry passwords and every kind of record number; the chat requests name
    people, carry secrets and cover the theme's names and addresses."""
    kinds = [s["type"] for t in RECORDS for s in marked_spans(t)]
    if kinds.count("PASSWORD") < 6 or kinds.count("ID_NUMBER") < 35:
        raise SystemExit("records: too few passwords or record numbers")
    plain = " ".join(strip_marks(t)[0] for t in RECORDS).lower()
    for word in ("policy holder", "employee", "patient", "account", "customer", "member"):
        if word not in plain:
            raise SystemExit(f"records: no {word} number")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    if named < 55 or secret < 14:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    names = {s["value"].lower() for t in CHAT for s in marked_spans(t) if s["type"] == "PERSON"}
    for want in CHAT_NAMES:
        if not any(want in name.split() for name in names):
            raise SystemExit(f"chat: no name {want!r}")
    addresses = [s["value"] for t in CHAT for s in marked_spans(t) if s["type"] == "STREET_ADDRESS"]
    for shape in CHAT_ADDRESSES:
        if not any(re.search(shape, a) for a in addresses):
            raise SystemExit(f"chat: no address like {shape!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 90),
        "presidio": (PRESIDIO, 70),
        "records": (RECORDS, 60),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean hospital": (CLEAN_HOSPITAL, 25),
    }
    pii = CHAT + PRESIDIO + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind45", HERE, sections, {"chat", "presidio", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
