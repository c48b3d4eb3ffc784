# ruff: noqa: E501
"""A seventy-third blind privacy set: 220 texts with personal data and 100 clean ones, a
held-out mix in the shape of a privacy check of a chat gateway.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to an AI assistant from customers, employees,
  patients, parents, tenants, landlords and friends, most of them asking to draft,
  translate, summarise, proofread or reformat something that holds other people's
  details: pasted e-mails and e-mail chains, text and WhatsApp threads, voicemail
  transcripts, school, visa, rental and insurance forms, spreadsheet and CSV rows, log
  lines, handover notes and signatures. Names of many origins (some only a first name or
  only a surname, some lower case, some in Korean or Greek script, many with other
  non-English letters); passwords and passphrases, PINs, door, gate, alarm, key-safe and
  intercom codes, wifi keys, a PUK and one-time codes, 22 of the requests giving such a
  secret without the word "password" among the two words right before it; phones with
  and without separators in many national layouts; e-mails, usernames, account,
  customer, member, employee, student, patient, policy, booking and national id numbers,
  cards, IBANs, an SSN, IPs and API keys. The first 30 (a quarter) are typed all in lower
  case.
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name, each its own sentence
  shape: contact lines, form rows and query strings, log lines, bank, payroll, HR,
  insurance, loan and clinical notes, travel profiles, shipping labels and receipts.

Across both parts: UK, Irish, US, Canadian, Australian, German, Austrian, Swiss, French,
Dutch, Portuguese, Polish, Nigerian, Ghanaian, South African, Colombian, Malaysian and
other addresses, and three military (APO/FPO) addresses.

Usernames and logins, account, customer, member, employee, student, patient, policy,
staff, badge and booking numbers, passports, driver licences and national and tax ids are
ID_NUMBER; PINs, door, gate, alarm, locker and key-safe codes, wifi keys, one-time codes,
passphrases and passwords are PASSWORD; titles and relation words (Mr, Mrs, Dr, Prof, Sgt,
auntie, my son) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, brands,
places, order, invoice, ticket and case numbers and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data at all:
25 MT-Bench- and Vicuna-style prompts, 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D (some naming historical figures) and 25
patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0161
496 0; North America 555-01xx; Australia 0491 570 and (0x) 5550; France 06 39 98;
Germany 030 23125, 040 66969) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers (the shared ``check_strict`` rejects those);
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (NHS number,
Aadhaar, BSN, PESEL, CPF, Turkish kimlik, Spanish DNI and NIE, Finnish henkilötunnus,
codice fiscale, Chinese resident id, Singapore NRIC, Korean resident registration number,
Australian TFN and Medicare, Japanese My Number, Irish PPS, French NIR, Canadian SIN,
Swedish personnummer, Israeli teudat zehut, German Steuer-ID, Chilean RUT, Romanian CNP,
Portuguese NIF, Estonian isikukood, Icelandic kennitala, Norwegian fødselsnummer, Belgian
national number, Czech rodné číslo, New Zealand NHI, South African id, Ukrainian RNOKPP).

Run ``.venv/bin/python bench/data/build_blind73.py`` from the repository root; the output is
deterministic.
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
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
SYNTHETIC_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|PFC|Capt|Nurse|Coach|Auntie|Aunty|Uncle|Grandad|Abuela"
    r"|Sr|Sra|Herr|Frau|Mme|Bà|Doamna|Doamnei)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests; the first 30 are typed all in lower case.
CHAT = [
    # -- all lower case --
    "can you tidy this up before i send it to the landlord: hi, it's [[PERSON|wiktoria nowak]] from flat 2 at [[STREET_ADDRESS|41 cranbourne road, leeds ls6 3bn]]. boiler has been off since monday, no hot water at all. best number for me is [[PHONE_NUMBER|0113 496 0742]]",
    "translate into spanish for my neighbour: hi [[PERSON|carmen]], spare key is under the blue pot, the alarm is [[PASSWORD|6193]] then the tick button. feed milo twice a day. call me on [[PHONE_NUMBER|+34 612 448 907]] if anything goes wrong",
    "summarise this thread for me\nbro: dad's new mobile is [[PHONE_NUMBER|07700 900518]]\nbro: he changed the tv box pin to [[PASSWORD|1147]]\nbro: auntie [[PERSON|feyi]] says use [[EMAIL_ADDRESS|feyi.adebayo61@mailbox.ng]] now not the yahoo one",
    "fix the grammar: me and [[PERSON|tomasz]] is moving into [[STREET_ADDRESS|18 alder court apt 4, ann arbor, mi 48104]] on the 3rd so please update the lease for the both of we",
    "my mum replied to a scam text with her card [[CREDIT_CARD|4929 3817 0062 5514]] and the code [[PASSWORD|804126]] they sent her. her name is [[PERSON|sunita mehra]], bank is hdfc. what do i do first",
    "write a short birthday message for [[PERSON|oksana]] from the whole team, she loves gardening and terrible puns",
    "remind me: call [[PERSON|ahmed]] [[PHONE_NUMBER|07700900312]]",
    "turn this into a table please\n[[PERSON|lena fischer]] [[EMAIL_ADDRESS|lena.fischer@posteo.de]] [[PHONE_NUMBER|030 23125 418]]\n[[PERSON|jonas brandt]] [[EMAIL_ADDRESS|j.brandt@gmx.net]] [[PHONE_NUMBER|030 23125907]]\n[[PERSON|aylin demir]] [[EMAIL_ADDRESS|aylin.demir@web.de]] [[PHONE_NUMBER|+49 40 66969 233]]",
    "shorten this for a text: hey [[PERSON|kofi]], the cabin wifi password is [[PASSWORD|pinecone_lake_1987]] and the key is under the frog by the back door. see you friday!",
    "what does this letter mean in plain english? it says patient [[PERSON|mariam yusuf]], nhs no [[ID_NUMBER|738 204 1956]], has been placed on the waiting list for a cardiology review",
    "i need to email hr about my payslip. employee no [[ID_NUMBER|e40718]], name [[PERSON|dev patel]]. they taxed me twice in march. make it polite but firm",
    "proofread: to whom it may concern, i authorise my son [[PERSON|liam o'sullivan]] to collect my prescription from the pharmacy. my date of birth is 12/04/1951 and my address is [[STREET_ADDRESS|7 glenview terrace, ballincollig, co. cork p31 x2k8]]. signed [[PERSON|maureen o'sullivan]]",
    "my login for the school portal is [[ID_NUMBER|rkhan2291]] and password [[PASSWORD|bluebird!!42]] but it keeps saying invalid, whats going on",
    "help me reply to this: 'hi its [[PERSON|jess]] from the gym, we've set up your new member number [[ID_NUMBER|gm-558213]], can you confirm your address is still [[STREET_ADDRESS|22 holloway street, brunswick vic 3056]]?' i want to say yes but ask about the freeze fee",
    "translate into english, my mother in law typed this out: con ơi, số mới của mẹ là [[PHONE_NUMBER|+84 912 305 781]], nhắn cho cô [[PERSON|lan]] biết nhé",
    "is [[IP_ADDRESS|203.0.113.47]] my ip or the router's? the isp guy [[PERSON|gareth]] asked me for it",
    "write a note for the babysitter [[PERSON|chloé]]: bedtime 7:30, no screens after dinner, emergency contact is my sister [[PERSON|inès]] on [[PHONE_NUMBER|06 39 98 41 27]], front door code [[PASSWORD|27b9]]",
    "convert to csv: name: [[PERSON|ji-woo park]], student id: [[ID_NUMBER|20231187]], email: [[EMAIL_ADDRESS|jiwoo.park@snu-mail.kr]], phone: [[PHONE_NUMBER|010-4837-2291]]",
    "can you check this iban is the right length before i pay my builder [[PERSON|piotr zieliński]]: [[IBAN_CODE|pl90 1140 2004 0000 3702 7518 4490]]",
    "my ssn is [[US_SSN|412-67-3390]] and the irs letter says it doesn't match my name [[PERSON|darnell hughes]]. how do i fix that",
    "draft a text to my tenant [[PERSON|bogdan]] saying rent goes to the new account from june: [[IBAN_CODE|gb65 midl 4005 1572 9936 40]], reference flat 3",
    "what's a good reply to this: 'hey it's [[PERSON|marisol]], lost my phone, new number is [[PHONE_NUMBER|(415) 555-0163]], can you send me the streaming login again'",
    "summarise these notes from the parents meeting: [[PERSON|hana]]'s mum offered to drive, her number is [[PHONE_NUMBER|0491 570 127]]. mr [[PERSON|okafor]] will do snacks, [[EMAIL_ADDRESS|c.okafor@outlook.com]]. the class fund card pin is [[PASSWORD|5520]], don't share",
    "ok so my wifi password is [[PASSWORD|sunflower_kitchen_88]] and the guest password is [[PASSWORD|guest2024tea]], how do i change them on a tp-link",
    "rewrite this more kindly: [[PERSON|gustavo]] you still owe me 60 for the concert, send it to [[EMAIL_ADDRESS|ana.beatriz.lima@gmail.com]] on paypal or i tell everyone",
    "my grandson [[PERSON|kai]] set up my email and wrote the password as [[PASSWORD|koala#mornings7]] but it won't take it. the address is [[EMAIL_ADDRESS|june.whitlock@bigpond.com]]",
    "apo address for my husband, does this look right? sgt [[PERSON|marcus bell]], [[STREET_ADDRESS|unit 2050 box 4190, apo ap 96278]]",
    "put this in a polite email to the school: [[PERSON|amara]] will be picked up by her uncle [[PERSON|chidi eze]] on thursday, his phone is [[PHONE_NUMBER|0803 614 2279]]",
    "fill in the gaps of this reference request: candidate [[PERSON|yusuf demirci]], his old employee no was [[ID_NUMBER|hr-20931]], manager can be emailed at [[EMAIL_ADDRESS|s.aksoy@tekstilpark.com.tr]]",
    "unlock sim, puk [[PASSWORD|58201937]]",
    # -- typed with capitals --
    "Please summarise this email chain in two sentences.\n\nFrom: [[PERSON|Hiroshi Tanaka]] <[[EMAIL_ADDRESS|h.tanaka@kitano-design.jp]]>\nTo: [[PERSON|Ellen Marsh]]\n[[PERSON|Ellen]], the samples ship Thursday. Call me on [[PHONE_NUMBER|090-3318-4406]] if customs asks for anything.\n[[PERSON|Hiroshi]]",
    "Translate this text from my landlady into English: 'Bonjour, c'est Mme [[PERSON|Girard]]. Le nouveau code du portail est [[PASSWORD|4B1793]] à partir de lundi. Pour le loyer, mon RIB : [[IBAN_CODE|FR05 3000 4028 3700 0104 5923 648]].'",
    'Fix the formatting of this row so it pastes into our CRM: [[PERSON|Patel]],[[PERSON|Anjali]],[[EMAIL_ADDRESS|anjali.p@fernleaf.co.uk]],[[PHONE_NUMBER|07700 900871]],"[[STREET_ADDRESS|9 Quarry Lane, Sheffield S11 8TB]]",03/09/1990',
    "Can you write a warm reply to this message from my new colleague? 'Hi! I'm [[PERSON|Tatiana Volkova]], I just joined the finance team. My mobile is [[PHONE_NUMBER|+7 916 482 37 05]] if you ever need anything.'",
    "I'm handing over the office to [[PERSON|Sam Oyelaran]] next week. Make this into a tidy handover note: alarm [[PASSWORD|2291]] then OFF, server room keypad [[PASSWORD|0773#]], Wi-Fi OfficeNet key [[PASSWORD|Tr4mline-Quay-19]], printer admin [[PASSWORD|Pr1nt!Depot]]",
    "Summarise this incident ticket for my manager: User [[ID_NUMBER|jmorales]] ([[PERSON|Julia Morales]]) reported repeated login failures from [[IP_ADDRESS|198.51.100.23]] between 02:10 and 02:40. Account locked; temporary password [[PASSWORD|Qv7!mT2x]] read out by phone to [[PHONE_NUMBER|(312) 555-0147]].",
    "Write a polite chaser to a supplier. Their accounts contact is [[PERSON|Priya Raman]] ([[EMAIL_ADDRESS|priya.raman@coastline-foods.in]]), invoice INV-20418 is 45 days overdue and our account number with them is [[ID_NUMBER|ACC-77120]].",
    "My daughter [[PERSON|Zoë]]'s new school sent this form in German, can you translate the field names so I can fill it in? Name: [[PERSON|Zoë Hartmann]] / Anschrift: [[STREET_ADDRESS|Lindenstraße 14, 50674 Köln]] / Telefon der Eltern: [[PHONE_NUMBER|+49 30 23125 660]] / Versichertennummer: [[ID_NUMBER|K283194027]]",
    "Turn these texts into a short timeline for my solicitor. 12 March: [[PERSON|Gerald Pike]] texted from [[PHONE_NUMBER|07700 900266]] asking me to pay the deposit into [[IBAN_CODE|IE60 BOFI 9000 1732 8874 51]]. 14 March: he said the keys were with [[PERSON|Donna]] at number 9. 2 April: he changed the door code to [[PASSWORD|1966]] without telling me. 9 April: his agent [[PERSON|Lorraine Mbeki-Shaw]] e-mailed from [[EMAIL_ADDRESS|lorraine@pikelettings.co.uk]] saying I owed two months, which I don't. 15 April: I sent bank statements showing every payment since last June. Keep it neutral, dates in bold, no opinions.",
    "Draft a cancellation email for my gym membership. Member ID [[ID_NUMBER|0048817]], name [[PERSON|Ricardo Alves]], registered email [[EMAIL_ADDRESS|ricardo.alves.pt@sapo.pt]]. I moved away in May.",
    "Make my parents' emergency card fit on one side of A6: Mum [[PERSON|Elif Şahin]] [[PHONE_NUMBER|0532 418 27 60]], Dad [[PERSON|Mehmet Şahin]] [[PHONE_NUMBER|0533 902 14 38]], GP Dr [[PERSON|Ann Croft]], allergies: penicillin (Dad), none (Mum).",
    "Can you check my cover letter sign-off? 'Yours sincerely, [[PERSON|Adaeze Nwosu]], [[STREET_ADDRESS|Flat 6, 27 Kingsland Road, London E2 8AA]], [[PHONE_NUMBER|020 7946 0518]], [[EMAIL_ADDRESS|adaeze.nwosu@icloud.com]]'",
    "Summarise this shipping confirmation: Ship to [[PERSON|Keanu Kahananui]], [[STREET_ADDRESS|1188 Kapahulu Ave Apt 6, Honolulu, HI 96816]], phone [[PHONE_NUMBER|808-555-0132]], 2 items, arrives Friday.",
    "Write a quick text to my flatmate [[PERSON|Rhys]] saying the new router password is [[PASSWORD|Cwtch-Tea-2024]] and the old one stops working tonight.",
    "Please translate into Polish: 'Dear Mr [[PERSON|Kowalczyk]], your booking [[ID_NUMBER|BK7Q2M]] at our guesthouse is confirmed for three nights. The key safe opens with [[PASSWORD|0415]]. If you arrive late, call [[PERSON|Maja]] on [[PHONE_NUMBER|+48 601 372 845]].'",
    "Summarise this voicemail transcript: 'Hi, this is Nurse [[PERSON|Aleksandra]] from the fracture clinic, calling for [[PERSON|Bernard Quigley]], date of birth 2 June 1947, hospital number [[ID_NUMBER|RX4471920]]. Please call us back on [[PHONE_NUMBER|020 7946 0385]].'",
    "Fix the typos: 'Hi Prof. [[PERSON|Lindqvist]], my student numbr is [[ID_NUMBER|2219034]] and I mised the quiz becuase of a family emergancy. Could I sit it next week? Best, [[PERSON|Amina Farah]]'",
    "Reply to this guest for me: 'Hi, we're arriving late, around midnight, can you send the door code? [[PERSON|Sofía Castañeda]], booking [[ID_NUMBER|HMX4R2T9]]'. Tell her it's [[PASSWORD|8820]] and that the spare key is with my neighbour [[PERSON|Eamon]] at No. 12.",
    "Convert this into a vCard: [[PERSON|Olusegun Bakare]], Senior Buyer, [[EMAIL_ADDRESS|segun.bakare@harmattan-trading.com]], [[PHONE_NUMBER|+234 809 417 2238]], [[STREET_ADDRESS|14 Adeola Odeku Street, Victoria Island, Lagos 101241]]",
    "My brother sent his bank details for the wedding gift, can you check I copied them right? Account name: [[PERSON|Tobias Lehmann]], IBAN [[IBAN_CODE|DE18 2105 0170 0012 3498 76]], BIC COLSDE33.",
    "Write an out-of-office that sends urgent tax queries to my colleague [[PERSON|Beatriz Coelho]] ([[EMAIL_ADDRESS|beatriz.coelho@lusoconta.pt]]) or her mobile [[PHONE_NUMBER|+351 912 604 318]]. I'm back on the 19th.",
    "Before I post this on the forum, tell me what I should blank out:\nmount failed for user [[ID_NUMBER|ktomasz]] on host [[IP_ADDRESS|192.0.2.14]]\nusing token [[API_KEY|ghp_7Rk2PqW9xLm4Tn8Vb3Ys6Hd1Jf5Gc0Ze2Ua9]]",
    "Write a reminder to my tenant Mrs [[PERSON|Adeyemi]] that rent should go to account [[ID_NUMBER|41829307]], sort code 40-11-62, by the 1st of each month.",
    "Summarise this triage note: 'Patient [[PERSON|Lucía Fernández Ortega]], 34, attended with her partner [[PERSON|Mateo]]. NIE [[ID_NUMBER|Y3398214R]]. Mobile [[PHONE_NUMBER|612 730 158]]. Complains of abdominal pain since Sunday.'",
    "Please translate into Japanese for our Osaka office: 'Ms [[PERSON|Kimura]], the contractor [[PERSON|Daniel Rojas]] will arrive on Tuesday. His site pass number is [[ID_NUMBER|SP-30917]] and his phone is [[PHONE_NUMBER|080-2291-5736]].'",
    "Help me answer HR, they want an emergency contact. It's my partner, [[PERSON|Siobhán Ní Bhriain]], [[PHONE_NUMBER|087 314 2290]], same address as me: [[STREET_ADDRESS|Apt 3, 12 Harbour View, Galway H91 E2P4]].",
    "Draft a message to the bank: someone used my card [[CREDIT_CARD|5413 9720 0846 1139]] at a petrol station in Leeds yesterday. Name on the card: [[PERSON|Harvey Okonjo-Smith]]. Customer number [[ID_NUMBER|88102947]].",
    "Please summarise the police form I filled in. Victim: [[PERSON|Priyanka Sen]] / Address: [[STREET_ADDRESS|Flat 9, 31 Moss Lane, Manchester M15 5SD]] / Phone: [[PHONE_NUMBER|0161 496 0228]] / Suspect: ex-partner, [[PERSON|Ryan Hollis]]",
    "I need a short message to my cleaner [[PERSON|Fatima]]: the lockbox is [[PASSWORD|7391]], the wifi is CasaMarina_5G with [[PASSWORD|marina2019!]], and checkout is at 11.",
    "Write an email to IT: I locked myself out. Username [[ID_NUMBER|a.kovacs]], employee number [[ID_NUMBER|118204]], name [[PERSON|Anna Kovács]], and I think my last password was [[PASSWORD|Summer#Balaton23]].",
    "Can you turn these sheet rows into a mail-merge list?\n1 | [[PERSON|Haruto Sato]] | [[EMAIL_ADDRESS|haruto.sato@nagi-works.co.jp]] | [[PHONE_NUMBER|070-6120-4489]]\n2 | [[PERSON|Grace Mwangi]] | [[EMAIL_ADDRESS|grace.mwangi@savannaco.ke]] | [[PHONE_NUMBER|+254 712 408 331]]\n3 | [[PERSON|Oliver Brennan]] | [[EMAIL_ADDRESS|o.brennan@tallowmail.com]] | [[PHONE_NUMBER|(02) 5550 4418]]",
    "Rewrite as a formal complaint: the courier left my parcel at [[STREET_ADDRESS|44 Birch Street]] instead of my house, [[STREET_ADDRESS|4 Birch Street, Observatory, Cape Town 7925]], and the neighbour, Mr [[PERSON|Dlamini]], says he never saw it.",
    "What's the Hebrew for this sign-in note? 'Visitor: [[PERSON|Noa Ben-David]], ID [[ID_NUMBER|034182758]], visiting ward 4, phone [[PHONE_NUMBER|+972 54 318 2260]]'",
    "Proofread my reference for our former nanny: '[[PERSON|Rosa Quispe]] looked after our two children from 2019 to 2023. [[PERSON|Rosa]] is patient, punctual and completely trustworthy. Feel free to call me on [[PHONE_NUMBER|+51 987 412 603]].'",
    "Summarise this chat with my sister and tell me if I should worry: '[[PERSON|Nadia]]: mum's online banking is user [[ID_NUMBER|40219983]] and the passcode is her birthday [[PASSWORD|140352]] lol, she keeps it on a post-it'",
    "Make this into a bullet list for [[PERSON|Daniel Mensah]]'s starter pack: desk 14, VPN login [[ID_NUMBER|dmensah]], temporary password [[PASSWORD|Kettle-Orbit-Nine]], buddy [[PERSON|Claire Fontaine]], first payday the 28th.",
    "Please translate this Korean rental form entry into English:\n성명: [[PERSON|김민준]]\n주민등록번호: [[ID_NUMBER|860415-1253810]]\n연락처: [[PHONE_NUMBER|010-7724-3091]]",
    "Explain this error in plain words, my colleague [[PERSON|Rahul]] got it: 'Auth failed for [[EMAIL_ADDRESS|rahul.dev@quillbyte.io]] using key [[API_KEY|sk_live_51Hq8RtZb2K9xWm4PdA7cYv3]]: key revoked'",
    "Write a gentle nudge to my friend [[PERSON|Ingrid]] about her share of the cabin, 2,400 NOK to my account [[IBAN_CODE|NO61 1503 2847 191]], no rush but before August.",
    "Check this CV header for mistakes: [[PERSON|Thabo Mokoena]] | [[EMAIL_ADDRESS|thabo.mokoena@webmail.co.za]] | [[PHONE_NUMBER|+27 82 519 4037]] | [[STREET_ADDRESS|17 Jan Smuts Avenue, Rosebank, Johannesburg 2196]]",
    "Turn this into a formal letter to the council: my neighbour Mr [[PERSON|Gallagher]] at [[STREET_ADDRESS|16 Ashgrove Road, Bristol BS7 9LQ]] keeps parking across my driveway and has ignored three notes.",
    "Can you format this for a customs label? Sending to PFC [[PERSON|Jalen Brooks]], [[STREET_ADDRESS|PSC 817 Box 42, FPO AE 09622]]. Contents: snacks, socks, two paperbacks.",
    "Summarise the key points of this email from my kid's school: 'Dear parents, your child's ParentPay username is [[ID_NUMBER|ppay-hallam-2281]] and the activation code is [[PASSWORD|XK4-77Q-MR9]]. Please top up before 5 September. Questions to Ms [[PERSON|Okwuosa]].'",
    "Can you rewrite my logins as a neat note? Netflix [[EMAIL_ADDRESS|tessa.h@fastmail.com]] / password [[PASSWORD|Bluebird77]]; bank app [[ID_NUMBER|55120983]] / password [[PASSWORD|9014kp]]; gym [[ID_NUMBER|TESSAH]] / password [[PASSWORD|Glute$2023]]",
    "Translate into French: 'Hello [[PERSON|Amélie]], it's [[PERSON|Rob]]. The boat's ignition code is [[PASSWORD|4417]] and the marina office is on [[PHONE_NUMBER|06 39 98 12 64]]. Leave the keys in the blue box.'",
    "Help me write the cover note for my dad's insurance claim. He is [[PERSON|Rajesh Iyer]], Aadhaar [[ID_NUMBER|5829 3017 4467]], policy no. [[ID_NUMBER|P/181200/01/2024/004512]], hospitalised 3 to 7 March.",
    "Before I share this log on GitHub, which lines are personal?\n2024-05-01 login ok user=[[ID_NUMBER|m.haddad]] ip=[[IP_ADDRESS|203.0.113.88]]\n2024-05-01 reset link sent to [[EMAIL_ADDRESS|maya.haddad@cedarnet.lb]]\n2024-05-02 cache cleared",
    "Remind me to ring Mrs [[PERSON|Papadopoulos]] on [[PHONE_NUMBER|+30 694 512 3387]] about the plumber.",
    "Tidy up my notes from the call: spoke to [[PERSON|Keisha]] at the benefits office, case ref 7781-442, she said my NI number [[ID_NUMBER|JK 40 18 27 D]] is wrong on file and I should send a copy of my P60.",
    "Write a short WhatsApp to [[PERSON|Mirela Horvat]] saying I've paid the deposit into [[IBAN_CODE|HR95 2340 0091 1657 3028]] and she should see it by Monday.",
    "Summarise this insurance letter: 'Policyholder: Mr [[PERSON|Callum Reid]], Policy No. [[ID_NUMBER|HX-44821907]], Address: [[STREET_ADDRESS|3 Millbank Crescent, Dundee DD2 4RT]]. Your renewal premium has increased by 18%.'",
    "Please make this sound professional: 'yo [[PERSON|Kwame]], the staging box is [[IP_ADDRESS|198.51.100.77]], ssh user is [[ID_NUMBER|deploy_kb]], key passphrase is [[PASSWORD|lemon-tractor-42]]'",
    "Translate my grandmother's note from Greek: 'Ο κωδικός της πόρτας είναι [[PASSWORD|3819]]. Το τηλέφωνο της [[PERSON|Δέσποινας]] είναι [[PHONE_NUMBER|+30 697 241 8053]].'",
    "Draft a message to coach [[PERSON|Fraser]]: [[PERSON|Euan]] has his inhaler in the side pocket of his bag, and if anything happens my number is [[PHONE_NUMBER|0131 496 0377]].",
    "What should I reply? Unknown number: 'Hello Mum, I broke my phone, this is my new number [[PHONE_NUMBER|07700 900144]], can you pay a bill for me? Account name [[PERSON|Haruka Ito]], sort code 20-00-00, account [[ID_NUMBER|55779012]]'",
    "Give me a one-line summary of this HR note: 'Employee [[ID_NUMBER|30418]], [[PERSON|Marta Castellanos]], requested unpaid leave from 2 to 20 September; line manager [[PERSON|Owen Price]] approved.'",
    "Help me put this visa form answer into Spanish: Passport number: [[ID_NUMBER|A09127734]], Full name: [[PERSON|Aliyu Musa Danjuma]], Home address: [[STREET_ADDRESS|27 Ahmadu Bello Way, Kaduna 800283]]",
    "Is it safe to email this to the accountant? Tax file number [[ID_NUMBER|461 830 271]], name [[PERSON|Lachlan Murray]], address [[STREET_ADDRESS|5/22 Waratah Street, Katoomba NSW 2780]].",
    "Please translate into Portuguese for our client: 'Dear Mr. [[PERSON|Carvalho]], we have registered your CPF [[ID_NUMBER|318.405.762-35]] and will send the contract to [[EMAIL_ADDRESS|f.carvalho@carvalhoagro.com.br]] this week.'",
    "Summarise this portal message: 'Hi Dr [[PERSON|Ng]], this is [[PERSON|Tamsin Clarke]] (MRN [[ID_NUMBER|00731846]]). My morning sugar readings have been 9 to 11 since the new tablets. Should I change anything?'",
    "Spreadsheet cleanup, merge these two into one row:\n[[PERSON|Ferreira, Joana]] | [[EMAIL_ADDRESS|joana.ferreira@netcabo.pt]] | [[PHONE_NUMBER|912 334 508]]\n[[PERSON|Joana Ferreira]] | [[EMAIL_ADDRESS|jferreira77@gmail.com]] | [[PHONE_NUMBER|+351 912 334 508]]",
    "Write a short note for the dog walker [[PERSON|Bartek]]: gate code [[PASSWORD|1290]], house alarm [[PASSWORD|4466]], the fob is in the kitchen drawer.",
    "What does this bank message mean? 'Dear [[PERSON|Emre Kaya]], a new payee was added to account [[IBAN_CODE|TR90 0006 4000 0014 8219 3705 51]] from IP [[IP_ADDRESS|203.0.113.201]]. If this was not you, call us.'",
    "Help me write a LinkedIn recommendation for [[PERSON|Oluwaseun Adeyemi-Cole]], who managed our data migration last year and never missed a deadline.",
    "Please convert to a table with columns Name, Role, Email: [[PERSON|Farida Haidari]] - treasurer - [[EMAIL_ADDRESS|farida.h@riverside-club.org]]; [[PERSON|Tomás Ó Briain]] - secretary - [[EMAIL_ADDRESS|tomas.obriain@eircom.net]]; [[PERSON|Wen Li]] - chair - [[EMAIL_ADDRESS|wen.li@riverside-club.org]]",
    "Draft an email to the venue adding two guests to the list: [[PERSON|Astrid Solberg]] ([[EMAIL_ADDRESS|astrid.solberg@online.no]]) and [[PERSON|Kenji Morimoto]] ([[PHONE_NUMBER|+81 90 4127 3356]]).",
    "Make this friendlier: 'Mr. [[PERSON|Thistlewood]], your parking permit [[ID_NUMBER|PP-55031]] expired last month. Renew it or your car will be clamped.'",
    "Summarise what my landlord wants from this email: 'Hi [[PERSON|Dimitri]], please send proof of income and a copy of your passport, number [[ID_NUMBER|AN4471926]], before we can renew the lease.'",
    "Translate to Arabic for my father-in-law: 'Dear [[PERSON|Khalid]], your pharmacy order is ready. Your patient ID is [[ID_NUMBER|PH-208317]] and the collection PIN is [[PASSWORD|6620]].'",
    "Check this Etsy shipping label before I print it: [[PERSON|Margarethe Vogl]], [[STREET_ADDRESS|Hauptstraße 22/3, 1040 Wien]], Austria, tel. [[PHONE_NUMBER|+43 664 318 2275]]",
    "Here's my flight info, make it a clean itinerary: Passenger [[PERSON|LIU/XIAOMEI]] MS, booking ref [[ID_NUMBER|6TQ8RZ]], frequent flyer [[ID_NUMBER|CA884102377]], PEK to LHR 14 July, seat 32A.",
    "Can you tell if this is a real IBAN? [[IBAN_CODE|BE97 0017 4492 8831]]. My cousin [[PERSON|Laurent]] sent it for the holiday money.",
    "Summarise this referral: 'Re: [[PERSON|Anneke de Vries]], BSN [[ID_NUMBER|284719304]], referred for physiotherapy after a left ankle fracture. Mobile [[PHONE_NUMBER|+31 6 4127 8830]].'",
    "How do I word a letter to Skatteverket? My personnummer is [[ID_NUMBER|870914-3724]], name [[PERSON|Elin Lundgren]], and my employer reported the wrong income.",
    "Please draft a reply to this customer: 'Hi, I'm [[PERSON|Laura Bianchi]], codice fiscale [[ID_NUMBER|BNCLRA85M52F205I]], I was charged twice for order 88120, please refund to [[IBAN_CODE|IT22 K030 6909 6061 0000 0117 356]].'",
    "Put these details into a neat email signature: [[PERSON|Kaveh Rostami]], Project Lead, [[PHONE_NUMBER|+98 912 408 7716]], [[EMAIL_ADDRESS|kaveh.rostami@parsgrid.ir]]",
    "Make a checklist from this message from the nursery: 'Please bring [[PERSON|Ava]]'s red book and spare clothes. The new pick-up password is [[PASSWORD|pelican-22]] and only [[PERSON|Ruth Abara]] or you may collect her.'",
    "Translate into Chinese for the landlord: 'Mr [[PERSON|Zhang]], my name is [[PERSON|Chen Jiayi]], my ID number is [[ID_NUMBER|110108199203152710]], I will move out on 30 June.'",
    "The visa form for my helper [[PERSON|Maricel Dizon]] asks for the employer's NRIC. Is it fine to put mine, [[ID_NUMBER|S8734120H]], or do I need my husband's?",
    "Proofread my dispute letter: 'I, [[PERSON|Hamza Qureshi]], of [[STREET_ADDRESS|88 Lime Grove, Luton LU2 7PH]], dispute the payment of £412 taken from card [[CREDIT_CARD|4716 0582 3391 4279]] on 3 May.'",
    "Why does this return 401? My teammate [[PERSON|Ngozi]] set it up: curl -H 'x-api-key: [[API_KEY|AIzaSyD4r8Kq1vXn0PzW7tLb2MhYc9Ue5Gf3Js6]]' https://maps.example.com/v1/route",
    "Sum up this WhatsApp from my cleaner: 'Hi Mrs [[PERSON|Bellamy]], I lost the garage key, is the side door still [[PASSWORD|9054]]? I will come Thursday. [[PERSON|Luzia]]'",
    "Write a welcome email to our new tenant [[PERSON|Arjun Nair]] at [[STREET_ADDRESS|Unit 2B, 140 Collins Street, Hobart TAS 7000]]. Include bin days (Tuesday) and that the intercom code is [[PASSWORD|7713]].",
    "Translate to German: 'Hi [[PERSON|Jürgen]], the tax ID you gave me, [[ID_NUMBER|47192836052]], doesn't match the one on your payslip. Could you check? [[PERSON|Lisa]]'",
    "My friend [[PERSON|Sipho]] paid for the tickets with his card [[CREDIT_CARD|5290 6613 4478 0025]]. Rewrite my note so it keeps only the last four digits.",
    "Make this text to Abuela easier to read: 'Abuela [[PERSON|Rosario]], your new bank login is [[ID_NUMBER|rgarcia1944]] and the password [[PASSWORD|7F2k9Q]], don't give it to anyone who calls.'",
    "Can you fix the layout of this packing slip? Deliver to: [[PERSON|Brendan Kowalski]] // [[STREET_ADDRESS|2417 N Racine Ave Unit 3, Chicago, IL 60614]] // [[PHONE_NUMBER|773-555-0189]] // leave at side door",
    "Please summarise: 'Claim for [[PERSON|Nomsa Dube]], member number [[ID_NUMBER|DH-40912287]], SA ID [[ID_NUMBER|8807155123086]]. Admitted 4 Feb, discharged 9 Feb.'",
    "Help me write a short apology to [[PERSON|Ólöf]] for missing her call, and ask her to text me at [[PHONE_NUMBER|+354 661 4082]] instead.",
    "Write a note for the locksmith: flat is [[STREET_ADDRESS|Flat 2, 9 Rue Saint-Maur, 75011 Paris]], the concierge is M. [[PERSON|Benhamou]], building digicode [[PASSWORD|B2741]].",
]

# 100 records in the style of synthetic PII benchmark datasets, one person each.
SYNTHETIC = [
    "[[PERSON|Marguerite Olawale]] can be reached at [[EMAIL_ADDRESS|m.olawale@quaysidemail.com]] on weekdays.",
    "Name: [[PERSON|Henrik Aaltonen]] | Henkilötunnus: [[ID_NUMBER|140387-482E]] | Puhelin: [[PHONE_NUMBER|+358 40 718 2294]]",
    "2024-03-18T09:41:07Z WARN auth: 5 failed logins for user [[ID_NUMBER|vpetrova]] from [[IP_ADDRESS|198.51.100.142]]",
    "Ship to: [[PERSON|Akosua Boateng]], [[STREET_ADDRESS|12 Oxford Street, Osu, Accra]] - Tel [[PHONE_NUMBER|+233 24 418 9072]]",
    "Payroll change request: employee [[ID_NUMBER|EMP-04417]] ([[PERSON|Grzegorz Lewandowski]]) asks that salary be paid to [[IBAN_CODE|PL87 1090 2402 0000 0006 1204 8853]] from next month.",
    "Claimant [[PERSON|Rosalind Achterberg]], policy [[ID_NUMBER|HOM-2291-0457]], reported water damage at [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JG Amsterdam]] on 3 January.",
    "Dear [[PERSON|Mohammed Al-Farsi]], your one-time code is [[PASSWORD|739204]]. It expires in 5 minutes.",
    "Pt: [[PERSON|Grace O'Donnell]]; MRN [[ID_NUMBER|MRN-5520917]]; seen in clinic today; BP 132/84; review in 6 weeks.",
    "Booking [[ID_NUMBER|QF8XK3]]: passenger [[PERSON|Aroha Ngata]], seat 23C, contact [[PHONE_NUMBER|+64 21 448 3017]]",
    "Cardholder: [[PERSON|Ethan Castellano]] / Card: [[CREDIT_CARD|3714 962051 88437]] / Exp 09/27",
    "SSN [[US_SSN|529-18-4476]] belongs to applicant [[PERSON|Tanisha Greer]], born 1988-11-02.",
    "[[PERSON|Bjørn Halvorsen]] oppga fødselsnummer [[ID_NUMBER|150388 27437]] og mobil [[PHONE_NUMBER|+47 412 83 906]] ved innsjekk.",
    "Hi, I'm [[PERSON|Rukhsana Begum]] and I live at [[STREET_ADDRESS|58 Brick Lane, London E1 6RF]] with my two cats.",
    "From: [[PERSON|Carlos Mendieta]] <[[EMAIL_ADDRESS|cmendieta@riomail.com.ar]]> Subject: Cambio de domicilio",
    "Wire beneficiary: [[PERSON|Sabine Kessler]], IBAN [[IBAN_CODE|AT53 2011 1829 4471 0365]], amount EUR 1,250.00, reference rent April.",
    "Driver licence no. [[ID_NUMBER|D4127-88310-94502]] was issued to [[PERSON|Kevin Thornbury]] in 2016.",
    "login=[[ID_NUMBER|tnakamura]] pw=[[PASSWORD|Hx!92kdLq]] src=[[IP_ADDRESS|192.0.2.61]] status=OK",
    "[[PERSON|Daniela Szabó]] ([[EMAIL_ADDRESS|daniela.szabo@citromail.hu]], [[PHONE_NUMBER|+36 30 417 2259]]) registered for the 10K run.",
    "Employee [[PERSON|Kwabena Asante]] (staff no. [[ID_NUMBER|40913]]) completed fire safety training on 4 May.",
    "Insured: [[PERSON|Yolanda Pérez]] - Member ID [[ID_NUMBER|XGH884120377]] - Plan: Silver PPO",
    "The package for [[PERSON|Hamid Karimi]] was left at [[STREET_ADDRESS|2210 W Belmont Ave, Chicago, IL 60618]] at 14:32.",
    "Aadhaar: [[ID_NUMBER|7301 8842 9658]] Name: [[PERSON|Lakshmi Venkatesan]] Gender: F",
    "Please update my number to [[PHONE_NUMBER|(617) 555-0119]]. Thanks, [[PERSON|Brianna Cole]]",
    "Renter [[PERSON|Ifeoma Chukwu]], licence [[ID_NUMBER|CHUKW904157IF9XY]], card on file [[CREDIT_CARD|5178 2046 9937 5104]].",
    "Guest list row 14: [[PERSON|Seo-yeon Choi]], [[EMAIL_ADDRESS|sychoi@hanmail.net]], vegetarian, +1",
    "Visitor [[PERSON|Pieter-Jan Claes]] signed in with national number [[ID_NUMBER|85.03.12-271.11]] at reception.",
    "Tax record of [[PERSON|Ana Rodrigues]], NIF [[ID_NUMBER|245 183 078]], residing at [[STREET_ADDRESS|Rua de Santa Catarina 312, 4000-447 Porto]].",
    "Account holder [[PERSON|Jerome Baptiste]] changed his e-mail to [[EMAIL_ADDRESS|jbaptiste.ht@protonmail.com]] from IP [[IP_ADDRESS|2001:db8:4a1::17]].",
    "[[PERSON|Nkechi Obi]], 41, presented with chest pain; NHS number [[ID_NUMBER|481 733 2603]].",
    "Passport No. [[ID_NUMBER|X29C41176]] / Holder: [[PERSON|Emma Johansson]] / Nationality: SWE",
    "Guest: [[PERSON|Rashid Al-Mansouri]] Room 1204 Card: [[CREDIT_CARD|4485 7703 1926 6486]] Loyalty: [[ID_NUMBER|HH 733 190 482]]",
    "Volunteer contact: [[PERSON|Malia Fonoti]], [[PHONE_NUMBER|(808) 555-0177]], available Saturdays.",
    "Student [[ID_NUMBER|s3390127]] [[PERSON|Lucas Moreau]] submitted assignment 2 three days late.",
    "[[PERSON|Keiko Matsuda]]'s My Number is [[ID_NUMBER|4820 3716 5926]].",
    "Return address: [[PERSON|Dorothea Blum]], [[STREET_ADDRESS|Kirchgasse 7, 8001 Zürich]], Schweiz",
    "Refund of $84.20 issued to card [[CREDIT_CARD|6011 5408 7213 4092]] for customer [[ID_NUMBER|C-2209184]].",
    "Reset link sent to [[EMAIL_ADDRESS|oscar.lindholm@telia.se]]; temporary PIN [[PASSWORD|4470]] valid 24 h.",
    "PESEL [[ID_NUMBER|88061417384]], [[PERSON|Agnieszka Wójcik]], tel. [[PHONE_NUMBER|+48 512 903 446]]",
    "Incident: [[PERSON|Tyrone Jenkins]] reported that his locker combination [[PASSWORD|27-14-39]] had been shared.",
    "Mailing list signup: [[EMAIL_ADDRESS|fatou.diallo@orange.sn]], [[PERSON|Fatou Diallo]], Dakar, French",
    "Deposit to [[PERSON|Ignacio Varela]], RUT [[ID_NUMBER|16.482.937-5]], cuenta corriente [[ID_NUMBER|00-312-48291-07]].",
    "[[PERSON|Eilidh MacLeod]]: home visit at [[STREET_ADDRESS|4 Croft Road, Portree IV51 9DX]]; key safe [[PASSWORD|1819]].",
    "Sandbox key for [[PERSON|Marek Novotný]]: [[API_KEY|sk_test_4eC7mPq2Lz9XbW1tRy8Nv0Kd]]",
    "Rodné číslo: [[ID_NUMBER|885312/3048]], jméno: [[PERSON|Tereza Horáková]]",
    "CNP [[ID_NUMBER|2860912401737]] aparține doamnei [[PERSON|Ioana Munteanu]].",
    "Tenant: [[PERSON|Wei Zhang]] | Unit: [[STREET_ADDRESS|Apt 1503, 88 Queen Street West, Toronto, ON M5H 2M9]] | SIN: [[ID_NUMBER|046 182 739]]",
    "A gift card was e-mailed to [[PERSON|Valentina Greco]] at [[EMAIL_ADDRESS|vale.greco@libero.it]] on her birthday.",
    "Call [[PERSON|Abebe Tesfaye]] at [[PHONE_NUMBER|+251 911 438 207]] before delivery.",
    "Ticket 5521: user [[EMAIL_ADDRESS|hollis.g@brightpath.org]] cannot reset MFA; last IP [[IP_ADDRESS|203.0.113.9]].",
    "Beneficiary: [[PERSON|Oluwadamilare Ige]]; account no. [[ID_NUMBER|0123987654]]; bank: GTBank Ikeja",
    "Medicare: [[ID_NUMBER|4418 27363 2]] Patient: [[PERSON|Bronwyn Kerr]] DOB: 14/02/1962",
    "Lab results for [[PERSON|Anders Nygaard]] (patient no. [[ID_NUMBER|PN-77103]]) were sent to [[EMAIL_ADDRESS|a.nygaard@dbmail.dk]].",
    "[[PERSON|Chiamaka]] left a voicemail from [[PHONE_NUMBER|0809 417 5530]] at 18:05.",
    "Application A-4412: [[PERSON|Lior Friedman]], teudat zehut [[ID_NUMBER|039208426]], approved.",
    "Subscriber [[PERSON|Catalina Ríos]], [[STREET_ADDRESS|Carrera 7 # 72-41, Apto 502, Bogotá 110231]]",
    "Kennitala [[ID_NUMBER|170388-2089]], [[PERSON|Sigrún Jónsdóttir]], Reykjavík",
    "SSH key added by [[ID_NUMBER|mokafor]] from [[IP_ADDRESS|198.51.100.6]] at 03:12 UTC.",
    "Personal details. Surname: [[PERSON|Ramírez]]; Given names: [[PERSON|Luis Alberto]]; Passport: [[ID_NUMBER|G33801947]]",
    "Isikukood [[ID_NUMBER|48905130273]]; [[PERSON|Kadri Tamm]]; [[EMAIL_ADDRESS|kadri.tamm@mail.ee]]",
    "Deliver to [[STREET_ADDRESS|77 Jalan Ampang, 50450 Kuala Lumpur]], recipient [[PERSON|Nurul Aisyah binti Rahman]], call [[PHONE_NUMBER|+60 12 384 7719]] on arrival.",
    "Record 0192: [[PERSON|Hoang Van Duc]] | [[PHONE_NUMBER|+84 903 118 462]] | [[EMAIL_ADDRESS|hvduc@fptmail.vn]]",
    "PPS number [[ID_NUMBER|6839204V]] was quoted by [[PERSON|Declan Fitzpatrick]] on the call.",
    "HR/2024/118: [[PERSON|Samira Benali]], salary to be paid into [[IBAN_CODE|FR41 2004 1010 1248 2193 7K01 955]] from 1 October.",
    "Emergency contact: [[PERSON|Tui Rangihuna]] (brother) [[PHONE_NUMBER|+64 27 903 1184]]",
    "Numéro de sécurité sociale de [[PERSON|Céline Marchetti]] : [[ID_NUMBER|2 87 05 75 056 148 12]]",
    "Policyholder [[PERSON|Gwendolyn Parry]], NI [[ID_NUMBER|JT 71 44 02 B]], life policy [[ID_NUMBER|LIFE-0093318]], sum assured £150,000.",
    "DNI [[ID_NUMBER|48203917B]] - [[PERSON|Jordi Puig i Serra]] - Barcelona",
    "Card [[CREDIT_CARD|3529 4410 7786 0320]] declined for [[PERSON|Takumi Hayashi]] at 21:04 JST.",
    "[[PERSON|Olga Marchenko]], РНОКПП [[ID_NUMBER|3182047566]], тел. [[PHONE_NUMBER|+380 67 418 2903]]",
    "VPN session: user [[ID_NUMBER|lbarros]] got [[IP_ADDRESS|203.0.113.154]]; device owner [[PERSON|Leandro Barros]].",
    "Donation receipt issued to [[PERSON|Miriam Goldberg]], [[STREET_ADDRESS|311 Maple Ave, Teaneck, NJ 07666]], for $250.",
    "Kimlik No: [[ID_NUMBER|52930184732]] Ad Soyad: [[PERSON|Zeynep Arslan]]",
    "Steuer-ID [[ID_NUMBER|83 026 174 594]] gehört zu [[PERSON|Katrin Vogel]], Steuerklasse 1.",
    "[[PERSON|Priscilla Amankwah]] wrote in the chat that her PIN is [[PASSWORD|5106]].",
    "Codice fiscale [[ID_NUMBER|RSSGNN79C14L219A]] ([[PERSON|Giovanni Russo]], Torino)",
    "Sender: [[PERSON|Kalani Akana]], [[STREET_ADDRESS|PSC 455 Box 2198, FPO AP 96531]]",
    "Membership renewal: [[PERSON|Harriet Osei]], member no. [[ID_NUMBER|NT-0049183]], e-mail [[EMAIL_ADDRESS|harriet.osei@btinternet.com]]",
    "Unusual sign-in for [[EMAIL_ADDRESS|dmitri.sokolov@yandex.ru]] from [[IP_ADDRESS|192.0.2.230]] (Lisbon).",
    "New hire: Ms [[PERSON|Adwoa Sarpong]], SSN [[US_SSN|238-90-1157]], start date 06/2023, rate $31/h.",
    "Contractor [[PERSON|Niall Brennan]] is paid to [[IBAN_CODE|IE15 AIBK 9320 8744 0192 65]] monthly in arrears.",
    "Visit log: [[PERSON|Ramón Esquivel]] entered Lab 3 with badge [[ID_NUMBER|BDG-11820]] at 07:58.",
    "Resident id [[ID_NUMBER|440304198807134529]] registered to [[PERSON|Huang Meilin]], Shenzhen.",
    "[[PERSON|Aditi Bhattacharya]] | Student ID [[ID_NUMBER|UG21-4470]] | [[PHONE_NUMBER|+91 98301 44726]]",
    "Alarm company note: arm/disarm code [[PASSWORD|8642]] for [[PERSON|Gordon McAllister]]'s shop.",
    "Shipping label: [[PERSON|Thandiwe Ndlovu]], [[STREET_ADDRESS|22 Long Street, Cape Town 8001]], South Africa, [[PHONE_NUMBER|+27 71 408 3392]]",
    "Wi-Fi for [[PERSON|Margot]]'s café: network BlueDoor, key [[PASSWORD|cafe-bluedoor-7731]]",
    "Loan applicant [[PERSON|Jasmine Holloway]], SSN [[US_SSN|671-42-0938]], monthly income $4,800.",
    "주민등록번호 [[ID_NUMBER|910722-2345191]], 성명 [[PERSON|이서연]]",
    "Bank note: [[PERSON|Émile Gauthier]] moved €500 from [[IBAN_CODE|DE04 5001 0517 5408 8123 70]] to savings.",
    "Support transcript: customer [[PERSON|Ahmad Zaki]] read out account number [[ID_NUMBER|7721904418]] for verification.",
    "Travel profile: [[PERSON|Nomvula Khumalo]], passport [[ID_NUMBER|A07731982]], known traveler number [[ID_NUMBER|TT81K22Q]]",
    "Token [[API_KEY|ghp_Qm3vLx8Tz1Rb6Nw4Ks9Yd2Hf7Pc0Aj5Ue3Gi8]] was pushed by [[ID_NUMBER|jwendt]] to a public repo.",
    "Delivery note for [[PERSON|Hugo Lambert]]: leave with the concierge, door code [[PASSWORD|A4417]].",
    "[[PERSON|Ngaio Whitcombe]], NHI [[ID_NUMBER|ZKT4287]], admitted to ward 7 overnight.",
    "Quarterly statement for [[PERSON|Rutendo Moyo]], account [[ID_NUMBER|62019944870]], closing balance $3,114.09",
    "Appointment confirmed: [[PERSON|Sunil Gupta]] with physiotherapy; reminder texts go to [[PHONE_NUMBER|+91 80 4129 6630]].",
    "Amex [[CREDIT_CARD|3400 561289 44718]] - [[PERSON|Whitney Caldwell]] - billing zip 30307",
    "POST /contact body: name=[[PERSON|Yaw Darko]]&email=[[EMAIL_ADDRESS|yaw.darko@ug-alumni.edu.gh]]&msg=need+a+quote",
    "Direct debit mandate: [[PERSON|Femke Jansen]], [[IBAN_CODE|NL38 INGB 0006 2183 94]], signed 2 March.",
    "Discharge summary: [[PERSON|Ewa Kamińska]], PESEL [[ID_NUMBER|92112704628]], discharged home to [[STREET_ADDRESS|ul. Piotrkowska 118 m. 5, 90-006 Łódź]].",
]

# 100 clean texts: no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that cities should replace street parking with bicycle lanes. Keep it under 400 words.",
    "Compose an engaging travel blog post about a recent trip to Iceland, highlighting cultural experiences and must-see natural attractions.",
    "Pretend you are a medieval blacksmith explaining to an apprentice why quenching steel makes it harder. Stay in character.",
    "Explain the difference between a list and a tuple in Python, with a short example of when you would use each.",
    "Write a function in JavaScript that returns the longest common prefix of an array of strings, and explain its time complexity.",
    "Extract all the country names from the following sentence and return them as a JSON array: The delegation travelled from Kenya to Peru, then on to Norway and finally Vietnam.",
    "Imagine you are a tour guide in ancient Rome. Describe a day at the Colosseum to a group of visitors from the future.",
    "How can I improve my time management skills? Give me five practical tips.",
    "What are the main differences between renewable and non-renewable energy sources?",
    "Draft a professional email declining a job offer while leaving the door open for future opportunities.",
    "Suggest five creative names for a bakery that specialises in sourdough bread and explain the idea behind each.",
    "If a train leaves a station at 3 pm travelling at 80 km/h, and another leaves the same station at 4 pm travelling at 100 km/h on the same track, when does the second train catch up?",
    "Write a haiku about the first snowfall of winter, then explain the imagery you chose.",
    "Summarise the causes of the French Revolution in three bullet points suitable for a secondary school student.",
    "Describe how a bill becomes a law in the United States, step by step.",
    "Role-play as a customer service agent for an airline and respond to a passenger whose luggage has been lost.",
    "Write a SQL query that returns the top five products by total sales from tables named orders and products.",
    "What are some effective ways to deal with stress at work?",
    "Explain quantum entanglement to a ten-year-old using an everyday analogy.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Write a short story, no more than 300 words, about a robot who learns to paint.",
    "Give me a weekly meal plan for a vegetarian on a tight budget.",
    "What would happen if the Moon suddenly disappeared? Describe the effects on Earth.",
    "Rewrite this sentence in a more formal tone: the meeting got pushed cause nobody showed up on time.",
    "Explain the pros and cons of remote work for companies and for employees.",
]

CLEAN_GSM8K = [
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?",
    "Tobias has 3 boxes of crayons with 24 crayons in each box. He gives 15 crayons to his sister. How many crayons does he have left?",
    "A bakery makes 120 muffins each morning. Priya buys a quarter of them for a school event. How many muffins are left for other customers?",
    "Marco runs 5 kilometres every weekday and 8 kilometres on Saturday. He rests on Sunday. How far does he run in 4 weeks?",
    "Aiyana saves $12 a week. Her bike costs $180. How many weeks must she save to buy the bike?",
    "A farmer has 36 chickens and twice as many ducks. He sells 20 ducks. How many birds does he have now?",
    "Keisha reads 30 pages a day. Her book has 420 pages. If she has already read 90 pages, how many more days will it take her to finish?",
    "Liang buys 4 notebooks at $2.50 each and 3 pens at $1.20 each. How much change does he get from a $20 bill?",
    "A swimming pool holds 18,000 litres. A hose fills it at 600 litres per hour. How many hours does it take to fill the pool from empty?",
    "Fatima baked 5 trays of cookies with 16 cookies on each tray. Her family ate 23 cookies. How many cookies remain?",
    "Oskar earns $15 an hour and worked 6 hours on Monday, 4 hours on Tuesday and 7 hours on Friday. How much did he earn that week?",
    "There are 28 students in a class. Three sevenths of them walk to school and the rest take the bus. How many take the bus?",
    "Mei has twice as many stamps as Diego. Diego has 45 stamps. How many stamps do they have together?",
    "A shop sells apples in bags of 6. Rafael needs 50 apples for a party. How many bags must he buy?",
    "Sven's car uses 7 litres of fuel per 100 km. How much fuel does he need for a 350 km trip?",
    "Amara planted 8 rows of tomatoes with 12 plants in each row. One sixth of the plants did not grow. How many plants grew?",
    "A cinema ticket costs $11 for adults and $7 for children. Ines buys tickets for 2 adults and 3 children. What is the total cost?",
    "Jonah's water bottle holds 750 ml. He drinks 4 full bottles a day. How many litres does he drink in a week?",
    "Leilani scored 78, 85 and 92 on three tests. What score does she need on the fourth test to average 85?",
    "A rope is 24 metres long. Kwame cuts it into pieces of 1.5 metres each. How many pieces does he get?",
    "Hannah's garden is 12 metres long and 9 metres wide. Fencing costs $8 per metre. How much will it cost to fence the whole garden?",
    "A library has 1,200 books. 35% are fiction and the rest are non-fiction. How many non-fiction books are there?",
    "Ravi bought a jacket for $80 that was on sale for 25% off. What was the original price of the jacket?",
    "Zanele makes bracelets. Each bracelet uses 14 beads. She has 300 beads. How many complete bracelets can she make, and how many beads are left over?",
    "A train travels 240 km in 3 hours. At the same speed, how long will it take Emil to travel 400 km on the train?",
]

CLEAN_MMLU = [
    "Which of the following is the powerhouse of the cell? A. Nucleus B. Ribosome C. Mitochondrion D. Golgi apparatus",
    "Who wrote the Ninety-five Theses in 1517? A. John Calvin B. Martin Luther C. Erasmus D. Ulrich Zwingli",
    "What is the derivative of sin(x)? A. cos(x) B. -cos(x) C. -sin(x) D. tan(x)",
    "Which treaty ended the First World War with Germany? A. Treaty of Paris B. Treaty of Versailles C. Treaty of Utrecht D. Treaty of Westphalia",
    "In economics, what does a price ceiling set below the equilibrium price usually cause? A. A surplus B. A shortage C. No change D. Lower demand",
    "Which philosopher wrote the Critique of Pure Reason? A. David Hume B. Immanuel Kant C. John Locke D. Baruch Spinoza",
    "What is the chemical symbol for sodium? A. So B. Sd C. Na D. S",
    "Which amendment to the US Constitution abolished slavery? A. First B. Fifth C. Thirteenth D. Nineteenth",
    "Which of the following is a prime number? A. 21 B. 27 C. 29 D. 33",
    "Who was the first emperor of the Qin dynasty? A. Liu Bang B. Qin Shi Huang C. Kublai Khan D. Wu Zetian",
    "Which organ produces insulin? A. Liver B. Pancreas C. Kidney D. Spleen",
    "In a perfectly competitive market, firms in the long run earn: A. Positive economic profit B. Zero economic profit C. Negative accounting profit D. Monopoly rents",
    "Which of these scientists proposed the three laws of planetary motion? A. Galileo Galilei B. Johannes Kepler C. Tycho Brahe D. Nicolaus Copernicus",
    "What is the time complexity of binary search on a sorted array? A. O(n) B. O(log n) C. O(n log n) D. O(1)",
    "Which psychologist is best known for the hierarchy of needs? A. B. F. Skinner B. Abraham Maslow C. Jean Piaget D. Carl Rogers",
    "The Magna Carta was sealed in which year? A. 1066 B. 1215 C. 1348 D. 1492",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Nitrogen D. Argon",
    "What is the value of x if 3x + 7 = 22? A. 3 B. 4 C. 5 D. 6",
    "Which composer wrote the Ninth Symphony containing the Ode to Joy? A. Mozart B. Haydn C. Beethoven D. Brahms",
    "In law, what does habeas corpus protect against? A. Double jeopardy B. Unlawful detention C. Self-incrimination D. Unreasonable search",
    "Which leader led the Salt March in 1930? A. Jawaharlal Nehru B. Mahatma Gandhi C. Subhas Chandra Bose D. B. R. Ambedkar",
    "Which blood type is considered the universal donor for red cells? A. A positive B. AB positive C. O negative D. B negative",
    "A company's current ratio is calculated as: A. Current assets divided by current liabilities B. Total debt divided by equity C. Net income divided by sales D. Cash divided by total assets",
    "Who painted the ceiling of the Sistine Chapel? A. Raphael B. Leonardo da Vinci C. Michelangelo D. Donatello",
    "Which layer of the OSI model is responsible for routing? A. Data link B. Network C. Transport D. Session",
]

CLEAN_HEALTH = [
    "I've had a dry cough for three weeks now and it gets worse at night. Should I see a doctor or wait a bit longer?",
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "What are the early signs of type 2 diabetes I should watch out for?",
    "My blood pressure reading at the pharmacy was 148 over 92. Is that high enough to worry about?",
    "How long should I wait after a tetanus shot before I can exercise?",
    "I keep waking up at 3 am and can't get back to sleep. What can I try before asking for sleeping pills?",
    "Can I drink alcohol while taking amoxicillin?",
    "What's the difference between a cold and the flu, and when should I get tested?",
    "My ankle is swollen and bruised after I twisted it yesterday. How do I know if it's broken or just sprained?",
    "Is it normal to feel dizzy when I stand up too quickly?",
    "How much vitamin D should an adult take in winter?",
    "I'm pregnant and have heartburn almost every evening. Which antacids are considered safe?",
    "What foods should I avoid if I've been told my cholesterol is high?",
    "How do I know if a cut needs stitches?",
    "Can stress really cause stomach ulcers, or is that a myth?",
    "I get migraines about twice a month. Are there any lifestyle changes that help prevent them?",
    "What should I do if my child swallows a small button battery?",
    "Is it okay to exercise with a mild fever?",
    "How often should someone over 50 have a colonoscopy?",
    "My eyes are red and itchy every spring. Could it be allergies, and what helps?",
    "What are the side effects of starting metformin, and do they go away?",
    "How can I tell whether chest pain is from my heart or from a pulled muscle?",
    "Are there any natural remedies that actually help with hay fever?",
    "What is a normal resting heart rate for a healthy adult?",
    "After a course of antibiotics my stomach is upset. Would probiotics help?",
]

# Every national id typed in a text, as typed, and its check.
NATIONAL_IDS = {
    "738 204 1956": nhs_ok,
    "481 733 2603": nhs_ok,
    "860415-1253810": rrn_ok,
    "910722-2345191": rrn_ok,
    "Y3398214R": dni_ok,
    "48203917B": dni_ok,
    "034182758": luhn_len(9),  # Israeli teudat zehut
    "039208426": luhn_len(9),
    "046 182 739": luhn_len(9),  # Canadian SIN
    "5829 3017 4467": aadhaar_ok,
    "7301 8842 9658": aadhaar_ok,
    "461 830 271": tfn_ok,
    "318.405.762-35": cpf_ok,
    "284719304": bsn_ok,
    "870914-3724": luhn_len(10),  # Swedish personnummer
    "BNCLRA85M52F205I": codice_fiscale_ok,
    "RSSGNN79C14L219A": codice_fiscale_ok,
    "110108199203152710": china_id_ok,
    "440304198807134529": china_id_ok,
    "S8734120H": nric_ok,
    "47192836052": steuer_id_ok,
    "83 026 174 594": steuer_id_ok,
    "8807155123086": luhn_len(13),  # South African id
    "140387-482E": hetu_ok,
    "150388 27437": fodselsnummer_ok,
    "85.03.12-271.11": belgian_id_ok,
    "245 183 078": nif_ok,
    "4820 3716 5926": my_number_ok,
    "88061417384": pesel_ok,
    "92112704628": pesel_ok,
    "16.482.937-5": rut_ok,
    "885312/3048": rodne_cislo_ok,
    "2860912401737": cnp_ok,
    "4418 27363 2": medicare_ok,
    "170388-2089": kennitala_ok,
    "48905130273": isikukood_ok,
    "6839204V": pps_ok,
    "2 87 05 75 056 148 12": nir_ok,
    "3182047566": rnokpp_ok,
    "52930184732": kimlik_ok,
    "ZKT4287": nhi_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"020 7946 0\d{3}",  # London drama range
        r"01(1[3-8]|[2-6]1) 496 0\d{3}",  # UK city drama ranges (Leeds, Edinburgh, Manchester, ...)
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\(0[2378]\) (5550|7010) \d{4}",  # Australian fictional landlines
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 ?\d{3}",  # Germany, fiction ranges
        r"\+49 30 23125 \d{3}",
        r"\+49 40 66969 \d{3}",
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"0[789]0\d \d{3} \d{4}",  # Nigeria mobile
        r"05\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"08[35679] \d{3} \d{4}",  # Ireland mobile
        r"6\d{2} \d{3} \d{3}",  # Spain mobile
        r"9[1236]\d \d{3} \d{3}",  # Portugal mobile
        r"\+(7|27|30|31|34|36|43|47|48|51|60|64|81|84|91|98|233|234|251|254|351|354|358|380|972)"
        r" [\d -]+\d",  # no fiction range known
    )
]


def preceded_by_password(text: str, start: int) -> bool:
    """Whether the word "password" is among the two words right before ``start``."""
    words = re.findall(r"[\w'-]+", text[:start].lower())[-2:]
    return "password" in words


def check_mix() -> None:
    """The chat requests name people and carry secrets, about 20 of them without the word
    "password" right before; every type turns up; each synthetic record has one to four
    values besides the name."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = [t for t in CHAT if any(s["type"] == "PASSWORD" for s in marked_spans(t))]
    bare = 0
    for marked in secret:
        text, spans = strip_marks(marked)
        starts = [s["start"] for s in spans if s["type"] == "PASSWORD"]
        bare += any(not preceded_by_password(text, start) for start in starts)
    if named < 100 or len(secret) < 25 or not 18 <= bare <= 24:
        raise SystemExit(
            f"chat: {named} texts with a name, {len(secret)} with a secret, {bare} bare"
        )
    for section in (CHAT, SYNTHETIC):
        kinds = {s["type"] for t in section for s in marked_spans(t)}
        if len(kinds) != 11:
            raise SystemExit(f"types missing: {sorted(kinds)}")
    for marked in SYNTHETIC:
        values = {(s["type"], s["value"]) for s in marked_spans(marked) if s["type"] != "PERSON"}
        if not 1 <= len(values) <= 4:
            raise SystemExit(f"synthetic: {len(values)} values in {marked[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "synthetic": (SYNTHETIC, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + SYNTHETIC
    check_counts("chat", CHAT, CHAT_WORDS, (1, 12))
    check_counts("synthetic", SYNTHETIC, SYNTHETIC_WORDS, (1, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind73", HERE, sections, {"chat", "synthetic"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
