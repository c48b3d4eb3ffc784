# ruff: noqa: E501
"""A hundred-and-seventy-first blind privacy set: 220 texts with personal data and 100 clean
ones, on home care agencies, carers and the families of people cared for at home.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the docstring, constants, national ids,
phone layouts and check functions of ``build_blind36.py`` (never its texts) and ``main`` of
``build_blind163.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) that home carers, care coordinators, agency office
  staff and the families of people cared for at home would type to a general assistant
  behind a company gateway: drafting messages, e-mails, notices, letters and replies about
  visit rotas, key safe, lockbox, gate and door codes, medication charts, care notes,
  handovers, hospital discharge, invoices, direct payments, timesheets and safeguarding
  concerns; summarising pasted notes, call logs, voicemails and family group chats;
  translating, fixing wording, splitting costs, asking whether a message is a scam and
  planning. The first 30 are typed all in lower case (names, e-mails, codes and postcodes
  too, with shorthand and typos), the next 6 in Romanian, Polish, Portuguese, Spanish,
  Tagalog and Hindi, the other 84 in ordinary English; names of many origins and scripts
  (Latin with diacritics, Greek, Cyrillic, Arabic, Devanagari, Bengali, Chinese, Japanese,
  Korean, Thai, Yoruba), some of them ordinary words (Holly, Sunny, Wren, Joy, Forest, Reed,
  Amber, Drew, Mark, Bill, Hope, Comfort, Ward, Lamb), many named in passing in rotas, lists,
  cost splits, captions and sign-offs; 1 to 8 values each, 21 with a secret (2 of them an
  API key);
* 100 one-person records (4 to 60 words): client and carer registers, key safe and lockbox
  registers, visit and login log lines, pipe, CSV and semicolon rows, JSON objects, MAR
  chart headers, discharge and referral lines and short notes, in English and 37 other
  languages; each names one person and holds 1 to 4 other values, 41 of them a national id
  with valid check digits (35 kinds, the DNI and NIE and the Czech and Slovak numbers
  counted apart).

Usernames, logins, staff, employee and account numbers, DBS certificates, passports,
driving licences, NI numbers and national ids are ID_NUMBER; PINs, key safe, lockbox, gate,
door and alarm codes, 2FA codes, wifi keys and passwords are PASSWORD; titles and relation
words (Mr, Mrs, Sister, Frau, pani, doamna, my nan, daughter) and honorifics such as 様,
さん, 님 and जी stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, pets, agencies,
surgeries and wards, invoice, order and safeguarding references, amounts and dates of birth
are not labelled; every occurrence of a private value is marked. The 100 clean texts hold
no personal data: 25 MT-Bench and Vicuna-style prompts (a few name historical or fictional
people), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items with
options A to D and 25 health questions naming no one, most of them about care at home.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for drama (UK 07700 900, 020 7946 0, 01632 960 and the 496/498 city ranges;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; IPs from documentation ranges; national
ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind171.py`` from the repository root; the output
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
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Nurse|Auntie|Uncle|Nan|Gran|Lola|Frau|Herr|Pani|Pan|Doamna|Senhora|Sra|Sr|Mme|κ)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u turn this into a proper handover for the next carer: mrs [[PERSON|agnieszka wrona]] had tea + toast at 8, refused meds at first then took them w/ yoghurt, pad changed, key safe is [[PASSWORD|4471]] and it sticks so push up hard. daughter [[PERSON|kasia]] is calling at 5",
    "summarise pls. visit log tues: 07:30 [[PERSON|tomasz]] no answer at door, rang [[PHONE_NUMBER|07700 900418]] no reply. 07:50 got in via lockbox. 12:15 [[PERSON|precious]] lunch call, fine. 17:00 [[PERSON|precious]] again, mr [[PERSON|hargreaves]] confused, couldnt find his glasses. 21:30 [[PERSON|tomasz]] bed call ok",
    "split this between us three pls: carer invoice £486.40 for march, grab rails £62, pharmacy delivery £9.50. me, [[PERSON|dev]] and [[PERSON|anjali]]. [[PERSON|anjali]] already paid the pharmacy one",
    "is this a scam? text says 'your direct payment account is suspended, log in at dp-verify-uk.co to restore, ref ab77' sent to mums phone [[PHONE_NUMBER|07700 900236]]. shes [[PERSON|maureen flynn]], we get direct payments from the council",
    "write a short msg for the family whatsapp: dads hospital discharge is now thurs not weds, ward 12 said transport at 2pm. [[PERSON|reza]] can u be at the house, [[PERSON|shirin]] bring the commode from the garage. key safe changed to [[PASSWORD|0926]]",
    "fix my english pls: hello mrs [[PERSON|hemlata patel]], i am the new carer from tuesday, my name is [[PERSON|joy adeyemi]], i will come 8am and 6pm. you can call me on [[PHONE_NUMBER|07700 900571]] if the time is change",
    "draft a rota for next week, 4 calls a day for mr [[PERSON|dunmore]]: mornings [[PERSON|holly]] mon-wed, [[PERSON|sunny]] thu-sun, lunch [[PERSON|bogdan]], tea + bed [[PERSON|wren]] and [[PERSON|ifeoma]] alternating. keep it as a table",
    "my nan [[PERSON|ruth okonkwo]]s care notes app login is [[ID_NUMBER|r.okonkwo.fam]] and the password is [[PASSWORD|bluetit2019!]], how do i change the password so my cousin cant see her notes anymore",
    "pls write a calm text to [[PERSON|declan]] telling him he cant swap his sat double with [[PERSON|amara]] without asking the office first, office number is [[PHONE_NUMBER|0113 496 0284]]",
    "translate to simple english for my dad: 'paracetamol 1g qds prn, max 4g/24h, last dose 14:10'. hes [[PERSON|eamon]] and his carer [[PERSON|lucia]] keeps asking what it means",
    "write a little fridge note for the carers: wifi is bt-hub-6k, key [[PASSWORD|hazelnut74kettle]], bins out weds, nan ([[PERSON|gwen]]) likes her tea weak with 2 sugars",
    "timesheet wrong again. i did 38.5 hrs but agency paid 31. my staff id [[ID_NUMBER|hc-20417]], manager is [[PERSON|sinead kavanagh]] [[EMAIL_ADDRESS|s.kavanagh@carewellhomecare.co.uk]]. help me write an email to her",
    "safeguarding worry. when i got to [[STREET_ADDRESS|22 holm oak drive, bradford bd9 4qs]] the son [[PERSON|gary]] was shouting at mrs [[PERSON|bibi]] and took her bank card off her. what do i write on the concern form, keep it factual",
    "short reply to [[PERSON|chidi]] in the group chat: thanks for covering [[PERSON|mariam]]s bed call last night, i owe u one",
    "list what we need before mums discharge from st james: hospital bed, commode, pressure mattress, key safe (code [[PASSWORD|1988]]), district nurse visit. social worker is [[PERSON|olumide bakare]] [[PHONE_NUMBER|0113 496 0731]]",
    "make this sound less angry: [[PERSON|kerry]] from the agency you sent a carer at 10:40 for an 8am call again, dad [[PERSON|stanislav]] sat in a wet pad for nearly 3 hours",
    "put these in a table pls: [[PERSON|grace obi]] 07:00-10:00, [[PERSON|mark fenwick]] 10:00-14:00, [[PERSON|ana-maria ionescu]] 14:00-18:00, [[PERSON|drew]] 18:00-22:00",
    "my direct payment bank login is [[ID_NUMBER|lfoster1954]] pin [[PASSWORD|638201]], can you walk me through paying our pa [[PERSON|forest]] for 12 hrs at £14.20",
    "fix spelling: i [[PERSON|ngozi]] confirm i gave mr [[PERSON|allen]] his 8am meds from the dosset box, missed the furosemide as he was asleap, informed the on call [[PERSON|bilal]]",
    "what does this mean on grans mar chart: 'omitted - code r'. shes [[PERSON|doreen]], the carer [[PERSON|reed]] wrote it yesterday",
    "remind [[PERSON|tunde]] the key safe at no.14 is now [[PASSWORD|7302]] and the old one [[PASSWORD|5519]] doesnt work any more",
    "email to the council direct payments team: hi [[PERSON|priya]], attached are the pa timesheets for [[PERSON|harold benn]] for feb. my email is [[EMAIL_ADDRESS|benn.family88@mailbox.org]] if anything is missing. thanks [[PERSON|colin]]",
    "summarise this thread: [[PERSON|amber]]: mum fell again last night / [[PERSON|josh]]: was it the kitchen? / [[PERSON|amber]]: bathroom, carer found her at 7 / [[PERSON|lwazi]]: ill ring the gp / [[PERSON|josh]]: ok and ask about a falls pendant",
    "fair rate for [[PERSON|halina]]? £16.90/hr leeds",
    "write a note for the folder: new number for [[PERSON|margaret]]s son [[PERSON|keith]] is [[PHONE_NUMBER|07700 900653]], old one stops working friday",
    "turn into a checklist for carers: mr [[PERSON|kowalczyk]] - catheter bag empty 8 and 8, insulin done by district nurse not us, lock back door, alarm [[PASSWORD|3914]] then off",
    "my login to the rota app keeps failing, user [[ID_NUMBER|bogumila.s]] pw [[PASSWORD|kwiatek*22]], what should i check before i ring the office",
    "help me word a text to [[PERSON|yusuf]]s daughter [[PERSON|leyla]] that his pills are running low and the pharmacy needs a new script from the gp",
    "2fa code for the agency portal is [[PASSWORD|448120]] but it expired, is it safe to send codes in the carers group chat? [[PERSON|bronwen]] said its fine",
    "count the hours: [[PERSON|femi]] 4x1hr + 2x30min, [[PERSON|zsofia]] 7x45min, [[PERSON|ravi]] 3x1hr. which of them goes over 6 hrs",
    # six other languages: Romanian, Polish, Portuguese, Spanish, Tagalog, Hindi
    "Poți să traduci în engleză pentru agenție? Sunt [[PERSON|Ionela Bălan]], îngrijitoare. Doamna [[PERSON|Whitfield]] a căzut azi dimineață în baie, am sunat la 111 și la fiica ei, [[PERSON|Claire]], pe [[PHONE_NUMBER|07700 900364]].",
    "Napisz krótką wiadomość do koordynatorki [[PERSON|Beaty Szymańskiej]], że w sobotę nie mogę wziąć wizyt u pana [[PERSON|Robertsa]]. Mój numer pracownika to [[ID_NUMBER|PRC-88412]].",
    "Resume estas notas da visita: a senhora [[PERSON|Conceição Almeida]] comeu pouco, a tensão estava 150/90, o filho [[PERSON|Rui]] vai ligar ao médico. Código da caixa das chaves: [[PASSWORD|6047]].",
    "¿Me ayudas a escribir un correo a la agencia? Soy [[PERSON|Marisol Quintero]] y no me han pagado las horas extra de diciembre. Mi correo es [[EMAIL_ADDRESS|marisol.quintero.cuida@correo.es]].",
    "Pakisalin sa Ingles: Si [[PERSON|Lolita Dimaculangan]] ay hindi nakainom ng gamot kagabi dahil tulog na siya. Tawagan si [[PERSON|Nestor]] sa [[PHONE_NUMBER|07700 900819]] bago mag-alas otso.",
    "कृपया इसे अंग्रेज़ी में लिखें: [[PERSON|सावित्री शर्मा]] जी को आज दोपहर अस्पताल से छुट्टी मिलेगी। उनके बेटे [[PERSON|अमित]] का नंबर [[PHONE_NUMBER|07700 900127]] है।",
    # ordinary English
    "Draft a WhatsApp for the family group: carers this week are [[PERSON|Oluwaseun Adebayo-Ross]] (mornings), [[PERSON|Kwabena Asante]] (lunch) and [[PERSON|Marta Nowicka]] (tea and bed). Please thank them if you see them.",
    "Summarise this call log for the care coordinator: 09:12 [[PERSON|Pauline Grady]] rang, mother [[PERSON|Edith Grady]] not eaten since Sunday. 09:40 called GP surgery. 10:05 [[PERSON|Pauline Grady]] rang back, wants a welfare visit today. 11:30 carer [[PERSON|Samir Haddad]] visited, [[PERSON|Edith]] drowsy but talking.",
    "Remind [[PERSON|Bill]] that the lockbox at [[STREET_ADDRESS|7 Tanners Row, York YO1 6JT]] is [[PASSWORD|2207]] from Monday, not the old code.",
    "Write a polite e-mail to Mrs [[PERSON|Nkemelu]] at [[EMAIL_ADDRESS|c.nkemelu@harbourviewcare.co.uk]] asking why invoice INV-20931 bills 14 visits for my father, [[PERSON|Vernon Tapley]], when the visit log shows 11.",
    "Translate into Greek for my aunt: the carer [[PERSON|Rosie Mallon]] will come at 9 every morning from Monday. My aunt is [[PERSON|Παρασκευή Κωνσταντίνου]].",
    "Here's a handover from the night sitter, make it neat and put actions at the end: 'Mr [[PERSON|Lindqvist]] up 3 times, toileted, settled 04:00. Wife [[PERSON|Åsa]] says back gate code is now [[PASSWORD|1457#]]. Pad stock low.'",
    "Split the agency bill of £1,284.60 for Dad's care in April between me, [[PERSON|Sunny]], [[PERSON|Niamh]] and [[PERSON|Tomás]]. [[PERSON|Niamh]] pays double because she lives furthest away and can't help in person.",
    "Is this a scam? A text to my mum [[PERSON|Brenda Oyelaran]] on [[PHONE_NUMBER|07700 900742]] says 'HMRC: your Carer's Allowance overpayment of £212 must be repaid today via this link'. She gets Carer's Allowance for looking after my stepdad [[PERSON|Clive]].",
    "Turn these notes into a discharge summary for the care agency: patient [[PERSON|Winifred Ashdown]], NHS number [[ID_NUMBER|485 916 2730]], discharged from Ward 27 on Friday, needs double-up for transfers, new meds apixaban 5mg bd, stop aspirin. Next of kin [[PERSON|Gordon Ashdown]] [[PHONE_NUMBER|0116 496 0392]].",
    "Write a caption for the agency newsletter photo: left to right, [[PERSON|Priyanka Deshmukh]], [[PERSON|Hope Stanton]], [[PERSON|Gintarė Vaitkutė]] and [[PERSON|Emeka Nwosu]], winners of this year's Carer of the Year.",
    "Can you check my sums? Direct payment for March: PA [[PERSON|Ayodele Ogunleye]] 46 hours at £13.80, agency backup 6 hours at £24.50, payroll service £18. It all comes out of the DP account [[IBAN_CODE|GB33LOYD30962471583920]].",
    "Message to Dad's neighbour, [[PERSON|Graham Pilkington]], asking if he'd mind holding a spare key now the key safe is broken, and letting him know the carers will ring [[PHONE_NUMBER|07700 900885]] if nobody answers.",
    "Please rewrite this safeguarding concern so it's factual and dated: 'Yesterday I noticed bruises on Mrs [[PERSON|Oyinlola]]'s upper arm again. Her nephew [[PERSON|Darren Keyes]] was there and answered for her. She said not to tell anyone.' I'm [[PERSON|Chloé Marchetti]], senior carer.",
    "Our rostering software's API key is [[API_KEY|rk_live_7Hq2vNx9TpL4sW8eZc3mB6yD]]. Can you show me a Python snippet that pulls tomorrow's visits and e-mails them to our rota lead [[PERSON|Jade Fisher]] at [[EMAIL_ADDRESS|rota.jfisher@oakleighcare.co.uk]]?",
    "Translate into Arabic for the family: the carer will arrive at 8:30 and leave at 9:15. The client is [[PERSON|عبد الرحمن الحسيني]] and his son [[PERSON|Karim]] has the spare key.",
    "Make a printable medication chart for Mum ([[PERSON|Hilda Brookes]]): 8am levothyroxine 50mcg and amlodipine 5mg; 1pm paracetamol 1g; 6pm paracetamol 1g and simvastatin 20mg; 10pm paracetamol 1g. Carers initial each box.",
    "Write a text to [[PERSON|Wren Abernathy]] confirming her shifts: Tue 7–11 with Mr [[PERSON|Oduya]], Thu 16:00–20:00 with Mrs [[PERSON|Feeney]], Sat double-up with [[PERSON|Kasimir]].",
    "I'm sorting Nan's paperwork. Her NHS number is [[ID_NUMBER|612 304 7582]] and the GP wants it on the care plan. Where does it go on a standard care plan front sheet? She's [[PERSON|Lilian Sowerby]].",
    "Cost split please: Mum's care for the week was £742. [[PERSON|Rahul]] paid £300, [[PERSON|Meera]] paid £200, I paid £242. We agreed to go equal three ways, so who owes who?",
    "Help me reply to this in the carers' group: '[[PERSON|Stacey-Ann]]: anyone free Sunday 8am at Grove Park? [[PERSON|Bartek]] is off sick'. I can do it but only until 9:30.",
    "Write a short notice for the office board: the staff entrance door code changes on 1 June. Ask [[PERSON|Yetunde]] in the office for the new one, and don't write it on your rota sheet.",
    "Can you summarise this voicemail? 'Hi, it's [[PERSON|Bernadette Quigley]] from Ward 9, ringing about [[PERSON|Patrick Moran]]'s discharge. He's medically fit, we need the package of care restarted from Thursday, call me back on [[PHONE_NUMBER|028 9649 6127]], thanks.'",
    "Translate into Japanese for our new carer [[PERSON|佐藤美咲]]: please use the key safe by the side door, code [[PASSWORD|3308]], and always scramble the numbers after you close it.",
    "Draft a letter to the council complaining that the reablement team missed four visits to my father, [[PERSON|Desmond Achterberg]], at [[STREET_ADDRESS|41 Meadowsweet Lane, Norwich NR5 8LP]] between 3 and 10 March.",
    "Here are last week's mileage claims, total per carer please: [[PERSON|Leanne]] 14, 22, 9; [[PERSON|Jovana]] 31, 8; [[PERSON|Felipe]] 17, 17, 17, 6; [[PERSON|Leanne]] 11.",
    "Our family shares one login for Dad's care portal, username [[ID_NUMBER|hawthorne_fam]], password [[PASSWORD|Pebble&Moss2024]]. [[PERSON|Ruth Hawthorne]] thinks we should each have our own. Write a message to the agency asking for separate logins.",
    "Fix the grammar: Dear Sir, I am writing about my mother [[PERSON|Kamala Subramaniam]] care hours, they have been cut from 14 to 9 a week without no assessment and nobody told us.",
    "Write an English message to the agency saying my grandmother [[PERSON|박순자]] prefers female carers only, and that her granddaughter [[PERSON|Ji-woo]] will be there at the first visit.",
    "Remind [[PERSON|Drew]] and [[PERSON|Marek]] that Mr [[PERSON|Tobias Feld]]'s medication is now in a blister pack, not the dosette, and the old one has to go back to the pharmacy.",
    "Summarise these care notes in three lines for the family: Mon, [[PERSON|Ama Boateng]]: ate well, walked to the garden. Tue, [[PERSON|Ama Boateng]]: low mood, mentioned her late husband. Wed, [[PERSON|Rhys Pugh]]: refused shower, agreed to a wash. Thu, [[PERSON|Rhys Pugh]]: good day, watched the cricket.",
    "Timesheet dispute: I'm [[PERSON|Olena Kravchenko]], staff number [[ID_NUMBER|EMP04418]]. Week 12 shows 29 hours but I worked 36. Write an email to my coordinator [[PERSON|Tariq]] with the visit list attached.",
    "I'm a self-employed carer. Write an invoice cover note to [[PERSON|Anders Halvorsen]] for looking after his mother in May: £918.75, payable to my account [[IBAN_CODE|GB22HBUK40112759302846]], reference HC-3312. Sign it [[PERSON|Marguerite Okonjo]].",
    "Write a reply to my brother [[PERSON|Mark]], who thinks Mum doesn't need the evening call any more. She fell twice in March and the carer, [[PERSON|Abimbola]], found her both times.",
    "Translate to Thai for my carer [[PERSON|สมหญิง แก้วมณี]]: the wifi password is [[PASSWORD|MangoTree!58]] and the spare pads are under the stairs.",
    "Sort these visits by time: 11:15 [[PERSON|Ivy Thorne]], 07:45 [[PERSON|Gerald Mbatha]], 19:30 [[PERSON|Ivy Thorne]], 13:00 [[PERSON|Fatima Zahra Idrissi]], 08:30 [[PERSON|Ron Platt]], 21:00 [[PERSON|Gerald Mbatha]].",
    "Write a firm but kind text to [[PERSON|Lorraine]]: her mum's care fees are two months behind (£2,310) and the agency needs payment by the 28th or it will have to review the package.",
    "Please turn this into bullet points for the handover book: Mrs [[PERSON|Ekaterina Volkova]] ([[PERSON|Екатерина Волкова]] on her blister pack) has new hearing aids, batteries in the kitchen drawer; daughter [[PERSON|Irina]] visiting from Riga on Friday; GP review Monday.",
    "Help me plan the rota for Christmas Day. Two carers, [[PERSON|Amber Lightfoot]] and [[PERSON|Kofi Mensah]], four clients who each need 8am, 12pm and 5pm: [[PERSON|Ward]], [[PERSON|Baxter]], [[PERSON|Ghosh]], [[PERSON|Lamb]].",
    "Scam check: someone rang my dad [[PERSON|Harold Fensome]] claiming to be from his care agency and asked for his card number to 'refund a double charge'. He gave them [[CREDIT_CARD|4929 3817 6620 5144]]. What should we do right now?",
    "Write a welcome message for our new carer [[PERSON|Adaeze Chukwu]]: office line [[PHONE_NUMBER|0161 496 0558]], on-call mobile [[PHONE_NUMBER|07700 900299]], and her care app login will be [[ID_NUMBER|achukwu01]].",
    "Translate into Bengali for my grandmother [[PERSON|রহিমা খাতুন]]: the carer [[PERSON|Nasrin]] is coming at 10 tomorrow, not 9.",
    "Please rewrite: '[[PERSON|Sharon]] we need to talk about the 2 missed calls on Sat at Mrs [[PERSON|Lowther]]'s. Ring me.' Make it sound supportive, she's been struggling lately.",
    "Draft an e-mail to the district nurse team: [[PERSON|Ernest Cobb]], NHS number [[ID_NUMBER|739 482 1609]], has a grade 2 pressure sore on his left heel that the carers noticed this morning. Contact his wife [[PERSON|Joan]] on [[PHONE_NUMBER|01632 960447]].",
    "Give me a short checklist for a carer's first visit to a new client after hospital discharge. The client is [[PERSON|Vilma Juárez]], lives alone and walks with a frame.",
    "Write a message for the agency's Slack: the shared inbox password changed to [[PASSWORD|Tulip-Harbour-883]]; [[PERSON|Nadia]] has it if you're locked out. Don't post it in the carers' WhatsApp.",
    "Can you proofread my reference for [[PERSON|Danielle Kirby]], who worked as a home carer with us from 2019 to 2024? She was reliable, kind and always did her notes on time.",
    "Translate into Yoruba for Mum: [[PERSON|Adéwálé]] will come at six to help her to bed. Her name is [[PERSON|Mọ́rẹ́níkẹ́ Àdìgún]].",
    "Our gate code at [[STREET_ADDRESS|Flat 3, 19 Cavendish Road, Bristol BS6 7RE]] changed. Write a text for all carers: new code [[PASSWORD|0613]], press the bell icon first, ask for [[PERSON|Stella]] if stuck.",
    "Help me write a complaint about the hospital discharge of my aunt [[PERSON|Gwendolyn Pryce-Jones]]: sent home at 11pm with no meds and no carers told. Her neighbour [[PERSON|Alun]] found her in the chair next morning.",
    "Summarise this family group chat for Mum, who isn't on WhatsApp, in a few friendly sentences: [[PERSON|Chen Jie]]: the agency says carers can't come Saturday, they're short because of the flu going round / [[PERSON|Lukas]]: I'll do Saturday, I can stay till lunch and do her shopping on the way / [[PERSON|Chen Jie]]: thanks, and Sunday? I'm working a double / [[PERSON|Rosa]]: I'll take Sunday, I'll bring the kids and we'll do the garden / [[PERSON|Lukas]]: deal, and someone ring the GP on Monday about her new tablets / [[PERSON|Rosa]]: I'll do it, I've got the surgery's direct number",
    "Write a short text to [[PERSON|陈丽华]]'s son telling him her carer will be late because of traffic on the A61. The son is [[PERSON|Wei]], his number's [[PHONE_NUMBER|07700 900910]].",
    "Fix this rota, the times overlap: [[PERSON|Sanjay]] 8:00–9:00 Mrs [[PERSON|Abbott]]; [[PERSON|Sanjay]] 8:45–9:30 Mr [[PERSON|Ferreira]]; [[PERSON|Comfort]] 9:00–10:00 Mrs [[PERSON|Abbott]].",
    "Is it OK for a client's daughter to text me her dad's key safe code? Mr [[PERSON|Ingram]]'s daughter just did and I'm not sure what our policy says. Write me a reply to her.",
    "Create a family contact sheet: [[PERSON|Anneliese Bauer]] (daughter, [[PHONE_NUMBER|+49 30 23125 417]]), [[PERSON|Jonas Bauer]] (grandson, [[EMAIL_ADDRESS|jonas.bauer@posteo.de]]), then the GP surgery and the district nurses.",
    "Write a polite chase to the direct payments officer, [[PERSON|Olawale Fashola]], about the missing May payment for [[PERSON|Dorothy Kemp]]'s PA wages.",
    "Please write an English note for the carers that [[PERSON|कमला देवी]] only eats vegetarian food and her son [[PERSON|Suresh]] brings the groceries on Sundays.",
    "We pay our live-in carer [[PERSON|Rosalind Achebe-Moore]] monthly and she's just asked by text to be paid into a new account, [[IBAN_CODE|GB48NAIA07061938274015]]. Could this be a scam? The text came from [[PHONE_NUMBER|07700 900163]].",
    "Draft the agency's reply to a family: sorry that [[PERSON|Jerome]] arrived late to Mr [[PERSON|Cavendish]]'s visits three times last week; explain the new travel buffer on the rota.",
    "Summarise what's changed between the old and new MAR for [[PERSON|Beatrix Holloway]]: old, ramipril 5mg, bisoprolol 2.5mg, furosemide 40mg; new, ramipril 2.5mg, bisoprolol 2.5mg, furosemide stopped, dapagliflozin 10mg.",
    "Easter thank-you to the carers, from [[PERSON|Reggie]].",
    "The care agency gave us access to their family API so I can see visit times. Key: [[API_KEY|fam_pk_3Xr8Lw2QeN7dV5tKj9Ha1Ycz]]. How do I make a simple Google Sheets dashboard that shows when [[PERSON|Beryl]]'s carers checked in?",
    "Write an out-of-office for me: I'm [[PERSON|Giedrė Kazlauskienė]], care coordinator, off 5–9 August; urgent rota changes to [[PERSON|Tomasz Zieliński]] on [[PHONE_NUMBER|0113 496 0915]].",
    "Mum's care home trial went badly and she's back home. List what to tell the agency when restarting her package: name [[PERSON|Phyllis Ogden]], address [[STREET_ADDRESS|8 Orchard Mews, Harrogate HG1 4BN]], four calls a day, key safe by the garage.",
    "Translate for our Polish carer [[PERSON|Jadwiga]]: Mr [[PERSON|Sutcliffe]] is diabetic, please don't give him the biscuits his son leaves out.",
    "Proofread this before I send it to my sister [[PERSON|Philippa]]: 'Carers say Dad's not drinking enough. Can you pop in Thursday and leave a jug by his chair?'",
    "Make this care note more professional: 'Went in, [[PERSON|Albert]] was grumpy again, wouldn't eat the soup so I left it. Checked his feet, still red.' Signed [[PERSON|Kemi Lawal]].",
    "Work out [[PERSON|Precious Moyo]]'s pay: 22 weekday hours at £12.60, 6 weekend hours at £14.10, 3 bank holiday hours at double the weekday rate, minus £4.50 for uniform.",
    "Write an e-mail to [[EMAIL_ADDRESS|l.osei-tutu@valleyhomecare.co.uk]] asking [[PERSON|Linda Osei-Tutu]] to send [[PERSON|Frank Doherty]]'s visit times for last month; we think he's been charged for visits that didn't happen.",
    "My login for the council's carer portal is [[ID_NUMBER|jbaptiste-c4c]] and the 2FA code it just sent is [[PASSWORD|902174]]. It says 'session expired' every time. What can I try? Thanks, [[PERSON|Jean-Baptiste]]",
    "Summarise the safeguarding call: caller [[PERSON|Marcia Bellingham]], carer. Concern: client's grandson [[PERSON|Tyler]] taking cash from her purse, about £60 a week. Client [[PERSON|Nora Cliffe]] says he's 'borrowing'. Advice given: record it and report to manager [[PERSON|Imran Siddiqui]].",
    "Can you turn this into CSV for the office? [[PERSON|Hristo Petrov]] – car – 07:00; [[PERSON|Aiko Tanaka]] – bus – 08:30; [[PERSON|Maximilian Roth]] – bike – 07:30; [[PERSON|Zeynep Kaya]] – car – 09:00",
    "Text for my brother [[PERSON|Callum]]: the OT is coming Wednesday at 10 to look at Mum's bathroom. Can you be there to let her in and show her the grab rail that's loose?",
    "Please draft a thank-you letter to the discharge team at St Luke's, especially Sister [[PERSON|Moira Kealy]] and [[PERSON|Faisal]], the OT, who sorted the hoist before Dad came home.",
    "We're paying a carer privately, [[PERSON|Brigitte Lemaire]], £15 an hour for 20 hours a week. Do I need to register as an employer? Her number is [[PHONE_NUMBER|07700 900508]] if that matters for the contract.",
    "Write a short 'about me' page for Dad's care folder: [[PERSON|Cornelius van der Berg]], 88, retired ship's engineer, loves jazz, hates being rushed, likes to be called [[PERSON|Neil]].",
    "Help me message [[PERSON|Sunita]]: her mother's hospital discharge is confirmed for tomorrow at 3pm and the agency can restart calls from 6pm the same day.",
    "List the questions I should ask a home care agency before signing up. My dad [[PERSON|Samuel Adjei]] has dementia and lives with my mum, who has a bad hip.",
    "Split petrol evenly: [[PERSON|Carys]] £18.40, [[PERSON|Dafydd]] £27.10, [[PERSON|Elin]] £9.90.",
    "Write a message to the agency rota team from [[PERSON|Kalinda Rao]] ([[EMAIL_ADDRESS|kalinda.rao@fastmail.example]]) asking them to stop sending male carers for her father's personal care.",
    "The agency's IT person says the care app was accessed from [[IP_ADDRESS|203.0.113.57]] with my login [[ID_NUMBER|t.mwangi]] at 3am. I'm [[PERSON|Thandiwe Mwangi]] and I was asleep. Write a report to my manager.",
    "Please make a one-page hospital bag list for Gran ([[PERSON|Marjorie Trent]]), including a copy of her MAR chart, her glasses and her hearing aid batteries.",
    "Draft an SMS from the agency: 'Hi [[PERSON|Delphine]], your carer today is [[PERSON|Kayode]], arriving about 10:20. Reply STOP to opt out.'",
    "Thank [[PERSON|Ottilie]] warmly.",
    "Plan a handover meeting agenda for when [[PERSON|Bayo Adeyinka]] takes over as care coordinator from [[PERSON|Ruairí Ó Súilleabháin]]: open safeguarding cases, rota gaps, overdue invoices.",
]

# 100 one-person records: (language, text).
RECORDS_BY_LANGUAGE = [
    (
        "en",
        "Client register | [[PERSON|Winifred Oakes]] | NHS [[ID_NUMBER|401 275 9361]] | [[STREET_ADDRESS|12 Foxglove Way, Leeds LS17 6HD]] | key safe [[PASSWORD|3821]]",
    ),
    (
        "en",
        '2024-03-14 07:42:10 INFO visit.checkin carer=[[ID_NUMBER|cw-1187]] name="[[PERSON|Lerato Dlamini]]" client_ref=C-4420 ip=[[IP_ADDRESS|198.51.100.23]]',
    ),
    (
        "en",
        '{"carer": "[[PERSON|Tobiah Greenhalgh]]", "mobile": "[[PHONE_NUMBER|07700 900341]]", "dbs": "[[ID_NUMBER|001734829561]]", "start": "2023-09-04"}',
    ),
    (
        "en",
        "Next of kin: [[PERSON|Rosemary Tillotson]] (daughter), [[PHONE_NUMBER|0115 496 0268]], [[EMAIL_ADDRESS|rtillotson@homemail.co.uk]]",
    ),
    (
        "en",
        "Hospital discharge notification. Patient: [[PERSON|Albert Nuttall]]; NHS no. [[ID_NUMBER|563 820 1475]]; discharge address [[STREET_ADDRESS|3 Mill Lane, Skipton BD23 1NJ]]; package restart 19/04.",
    ),
    (
        "en",
        "PA payroll: employee [[PERSON|Blessing Chiweshe]], NI [[ID_NUMBER|JT 38 21 64 B]], hours 64, gross £851.20",
    ),
    (
        "en",
        "Carer profile: [[PERSON|Magdalena Wójcik-Hart]], driver, speaks Polish and English, contact [[EMAIL_ADDRESS|magda.wojcikhart@careteam.uk]]",
    ),
    (
        "en",
        "Key safe register: client [[PERSON|Hubert Fairclough]], code [[PASSWORD|6190]], changed 02/05 by office",
    ),
    (
        "en",
        "Referee for carer application: [[PERSON|Tan Mei Ling]], NRIC [[ID_NUMBER|S4218375Z]], [[PHONE_NUMBER|+65 9123 4872]]",
    ),
    (
        "en",
        "Carer onboarding (Sydney branch): [[PERSON|Brodie Callaghan]], TFN [[ID_NUMBER|648 301 277]], mobile [[PHONE_NUMBER|0491 570 226]]",
    ),
    (
        "en",
        "Client intake: [[PERSON|Noeline Fraser]], Medicare [[ID_NUMBER|4287 19362 1]], [[STREET_ADDRESS|27 Banksia Crescent, Ballarat VIC 3350]]",
    ),
    (
        "en",
        "Discharge summary (Waitematā): [[PERSON|Hemi Te Rangi]], NHI [[ID_NUMBER|ZRK4183]], follow-up district nursing twice weekly",
    ),
    (
        "en",
        "Home support worker file: [[PERSON|Marie-Josée Tremblay]], SIN [[ID_NUMBER|046 293 817]], [[PHONE_NUMBER|(613) 555-0147]]",
    ),
    (
        "en",
        "HSE home support: client [[PERSON|Bridget Mulcahy]], PPSN [[ID_NUMBER|4718203C]], [[STREET_ADDRESS|Apt 4, 11 Quay Street, Galway H91 X2C7]]",
    ),
    (
        "en",
        "Carer Garda vetting form: [[PERSON|Oisín Tierney]], PPS no. [[ID_NUMBER|8352916AA]], [[EMAIL_ADDRESS|otierney@irishmail.ie]]",
    ),
    (
        "en",
        "MAR chart header: [[PERSON|Doris Pemberton]] · NHS [[ID_NUMBER|928 416 3056]] · allergies: penicillin · GP: Moorside Surgery",
    ),
    (
        "en",
        "Safeguarding referral SG-2291: adult at risk [[PERSON|Cyril Baptiste]], NHS [[ID_NUMBER|314 659 0271]], lives at [[STREET_ADDRESS|Flat 9, Keel House, 40 Dock Street, Hull HU1 3DL]]",
    ),
    (
        "en",
        "Timesheet row: 2024-06-03, [[PERSON|Aoife Brennan]], [[ID_NUMBER|EMP-30917]], 07:00, 14:30, 7.5 hrs",
    ),
    (
        "en",
        "Direct payment account: holder [[PERSON|Sheila Northcott]]; IBAN [[IBAN_CODE|GB73BARC20718463905172]]; prepaid card [[CREDIT_CARD|5413 7720 9184 3064]]",
    ),
    (
        "en",
        "Visitor log: 16:05 [[PERSON|Jasper Whitlock]] (son) signed in, phone [[PHONE_NUMBER|07700 900774]]",
    ),
    (
        "en",
        "Care app user: [[ID_NUMBER|m.oyelowo]] / [[PERSON|Moses Oyelowo]] / role: senior carer / last login from [[IP_ADDRESS|192.0.2.148]]",
    ),
    (
        "en",
        "Dear Mrs [[PERSON|Ackroyd]], your new carer starts on Monday. If you need us, please ring [[PHONE_NUMBER|0114 496 0630]]. Kind regards, the Home Care Office",
    ),
    (
        "en",
        "Medication incident form: carer [[PERSON|Liam Hargreave]], staff ID [[ID_NUMBER|HC7719]], dose given two hours late, no harm",
    ),
    (
        "en",
        "Wifi for the carer tablet: client [[PERSON|Eunice Broadbent]], network Broadbent_Home, key [[PASSWORD|sparrow-gate-1932]]",
    ),
    (
        "en",
        "Complaint log 118: raised by [[PERSON|Vikram Chaudhary]], [[EMAIL_ADDRESS|vikram.c@outlook.example]], about late visits to his father",
    ),
    (
        "en",
        "Rota extract: Thu [[PERSON|Delroy Campbell]] 06:45–13:00 run 4, mobile [[PHONE_NUMBER|07700 900590]]",
    ),
    (
        "en",
        "Right to work check: [[PERSON|Chiamaka Obi]], passport [[ID_NUMBER|A09832741]], checked 12/01 by office",
    ),
    (
        "en",
        "Invoice addressee: [[PERSON|Leonard Ashby]], [[STREET_ADDRESS|5 Beechwood Avenue, Cheltenham GL52 3QF]]; invoice INV-7740, £1,126.00",
    ),
    (
        "en",
        "Lockbox audit | [[PERSON|Glenys Morgan]] | [[STREET_ADDRESS|2 Heol y Nant, Cardiff CF14 6LB]] | old [[PASSWORD|8012]] | new [[PASSWORD|4437]]",
    ),
    (
        "en",
        "DBS update service: [[PERSON|Kayleigh Prentice]], certificate [[ID_NUMBER|001925483017]], checked 03/03",
    ),
    (
        "en",
        "Falls pendant account: [[PERSON|Walter Greaves]], responder [[PHONE_NUMBER|0121 496 0815]], account no. [[ID_NUMBER|TC-558120]]",
    ),
    (
        "en",
        "New starter: [[PERSON|Rahel Tesfaye]]; e-mail [[EMAIL_ADDRESS|rahel.tesfaye@brightpathcare.org.uk]]; driving licence [[ID_NUMBER|TESFA857193R99AB]]",
    ),
    (
        "en",
        "Home health aide record: [[PERSON|Marisela Ortiz]], SSN [[US_SSN|527-41-8836]], phone [[PHONE_NUMBER|(512) 555-0183]]",
    ),
    (
        "en",
        "Family portal member: [[PERSON|Hollis Wainwright]], username [[ID_NUMBER|hwainwright77]], PIN [[PASSWORD|5092]]",
    ),
    (
        "en",
        "Availability row: [[PERSON|Bogdan Rusu]];Mon,Tue,Fri;[[PHONE_NUMBER|07700 900432]];car; no pets please",
    ),
    (
        "en",
        "Hospital transport booking for [[PERSON|Ethel Marchbanks]], pick-up [[STREET_ADDRESS|17 Rowan Court, Durham DH1 4RT]], contact [[PHONE_NUMBER|0191 498 0326]]",
    ),
    (
        "en",
        "Note to file: carer [[PERSON|Aryan Malhotra]] raised a concern about a client's finances by e-mail from [[EMAIL_ADDRESS|aryan.malhotra@carers.example]]",
    ),
    (
        "en",
        "Emergency card: [[PERSON|Queenie Lawson]], lives alone, key safe [[PASSWORD|1126]], neighbour has a spare key",
    ),
    (
        "en",
        "Staff login record: [[PERSON|Dominika Hrabová]], user [[ID_NUMBER|dhrabova]], password reset requested from [[IP_ADDRESS|203.0.113.210]]",
    ),
    (
        "en",
        "Payroll | [[PERSON|Kwame Owusu-Ansah]] | [[IBAN_CODE|GB81MIDL40287061539248]] | 142.5 hrs",
    ),
    (
        "en",
        "Referral received: [[PERSON|Ivor Penhaligon]], [[STREET_ADDRESS|Treloar Cottage, 6 Fore Street, St Ives TR26 1AB]], needs double-handed care",
    ),
    (
        "en",
        "Direct payment card replaced for [[PERSON|Yvonne Kettering]]: new card [[CREDIT_CARD|4539 0618 2273 9458]]",
    ),
    (
        "de",
        "Pflegedienst-Stammdaten: [[PERSON|Hildegard Vogelsang]], Steuer-ID [[ID_NUMBER|36184920752]], [[STREET_ADDRESS|Lindenstraße 14, 10969 Berlin]], Tel. [[PHONE_NUMBER|030 23125 684]]",
    ),
    (
        "de",
        "Übergabe: Frau [[PERSON|Renate Kühn]] hat heute Abend die Tabletten verweigert. Schlüsseltresor-Code [[PASSWORD|7150]].",
    ),
    (
        "de",
        "Betreuungskraft: [[PERSON|Jürgen Albrecht]], E-Mail [[EMAIL_ADDRESS|j.albrecht@pflegeteam-nord.de]], IBAN [[IBAN_CODE|DE67500700100938472615]]",
    ),
    (
        "fr",
        "Fiche bénéficiaire : [[PERSON|Josette Lefebvre]], n° de sécurité sociale [[ID_NUMBER|2 44 06 75 123 418 49]], [[STREET_ADDRESS|8 rue des Tilleuls, 69003 Lyon]]",
    ),
    (
        "fr",
        "Aide à domicile (Liège) : bénéficiaire [[PERSON|Théo Vandenberghe]], numéro national [[ID_NUMBER|38.09.14-265.79]], GSM [[PHONE_NUMBER|+32 470 58 21 93]]",
    ),
    (
        "fr",
        "Message de l'aidante [[PERSON|Nadège Fontaine]] : je serai en retard ce matin, appelez-moi au [[PHONE_NUMBER|06 39 98 41 27]].",
    ),
    (
        "es",
        "Ficha de cuidadora: [[PERSON|Lucía Carrasco Vidal]], DNI [[ID_NUMBER|52814637J]], móvil [[PHONE_NUMBER|+34 612 48 93 07]]",
    ),
    (
        "es",
        "Usuaria del servicio de ayuda a domicilio: [[PERSON|Yusra El Amrani]], NIE [[ID_NUMBER|Y4170385Q]], [[STREET_ADDRESS|Calle del Olivo 23, 3º B, 28045 Madrid]]",
    ),
    (
        "es",
        "Registro de cuidados (Santiago): [[PERSON|Héctor Valenzuela]], RUT [[ID_NUMBER|8.472.615-K]], correo [[EMAIL_ADDRESS|hvalenzuela@cuidados.cl]]",
    ),
    (
        "it",
        "Scheda assistita: [[PERSON|Giovanna Russo]], codice fiscale [[ID_NUMBER|RSSGNN41M52F205I]], tel. [[PHONE_NUMBER|+39 347 218 5509]]",
    ),
    (
        "it",
        "Badante: [[PERSON|Ornella Bassi]], e-mail [[EMAIL_ADDRESS|ornella.bassi@libero.example]], codice cassetta chiavi [[PASSWORD|2963]]",
    ),
    (
        "pt",
        "Cuidadora: [[PERSON|Fernanda Quaresma]], NIF [[ID_NUMBER|218470363]], telemóvel [[PHONE_NUMBER|+351 912 408 733]], IBAN [[IBAN_CODE|PT59003507460028391746281]]",
    ),
    (
        "pt",
        "Cadastro de paciente domiciliar: [[PERSON|Sebastião Moura]], CPF [[ID_NUMBER|317.402.860-49]], [[STREET_ADDRESS|Rua das Acácias, 112, Belo Horizonte - MG, 30140-071]]",
    ),
    (
        "nl",
        "Cliëntgegevens thuiszorg: [[PERSON|Geertruida de Wit]], BSN [[ID_NUMBER|738204614]], [[STREET_ADDRESS|Kastanjelaan 7, 3521 AB Utrecht]]",
    ),
    (
        "nl",
        "Zorgmedewerker [[PERSON|Sven Hoekstra]]; inlog [[ID_NUMBER|shoekstra.wijk3]]; wachtwoord [[PASSWORD|Tulpen!2023]]; IBAN [[IBAN_CODE|NL50RABO0318472659]]",
    ),
    (
        "pl",
        "Karta podopiecznej: [[PERSON|Halina Kaczmarek]], PESEL [[ID_NUMBER|54031287659]], tel. [[PHONE_NUMBER|+48 601 382 947]]",
    ),
    (
        "pl",
        "Podopieczny: [[PERSON|Zbigniew Lis]], PESEL [[ID_NUMBER|47110739129]], konto [[IBAN_CODE|PL91105027483027164593810274]]",
    ),
    (
        "pl",
        "Notatka z wizyty: pani [[PERSON|Wiesława Dudek]] zjadła obiad, kod do skrzynki na klucze [[PASSWORD|5841]].",
    ),
    (
        "ro",
        "Fișă beneficiar: [[PERSON|Elena Constantinescu]], CNP [[ID_NUMBER|2490812403189]], tel. [[PHONE_NUMBER|+40 722 418 905]]",
    ),
    (
        "ro",
        "Beneficiar servicii la domiciliu: [[PERSON|Vasile Munteanu]], CNP [[ID_NUMBER|1520118400771]], IBAN [[IBAN_CODE|RO18BTRL0391204857361028]]",
    ),
    (
        "ro",
        "Raport vizită: doamna [[PERSON|Ioana Petrescu]] a primit medicamentele la ora 8; e-mail [[EMAIL_ADDRESS|ioana.petrescu51@yahoo.example]]",
    ),
    (
        "sv",
        "Hemtjänst, brukare: [[PERSON|Margareta Lindholm]], personnummer [[ID_NUMBER|410617-3828]], nyckelkod [[PASSWORD|9034]]",
    ),
    (
        "no",
        "Hjemmetjenesten: bruker [[PERSON|Kjell Aasen]], fødselsnummer [[ID_NUMBER|12034956209]], tlf. [[PHONE_NUMBER|+47 912 48 306]]",
    ),
    (
        "fi",
        "Kotihoidon asiakas: [[PERSON|Aili Korhonen]], henkilötunnus [[ID_NUMBER|230538-471V]], [[STREET_ADDRESS|Koivukatu 5 B 12, 00520 Helsinki]]",
    ),
    (
        "et",
        "Koduhoolduse klient: [[PERSON|Maie Tamm]], isikukood [[ID_NUMBER|44612052715]], telefon [[PHONE_NUMBER|+372 5128 4073]]",
    ),
    (
        "is",
        "Heimaþjónusta: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|110239-2979]], sími [[PHONE_NUMBER|+354 861 4028]]",
    ),
    (
        "cs",
        "Klientka pečovatelské služby: [[PERSON|Jarmila Nováková]], rodné číslo [[ID_NUMBER|445712/6124]], tel. [[PHONE_NUMBER|+420 603 118 274]]",
    ),
    (
        "sk",
        "Klientka opatrovateľskej služby: [[PERSON|Zuzana Horváthová]], rodné číslo [[ID_NUMBER|536207/4179]], e-mail [[EMAIL_ADDRESS|zuzka.horvathova@azet.example]]",
    ),
    (
        "uk",
        "Доглядальниця: [[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|2418730650]], тел. [[PHONE_NUMBER|+380 67 418 2093]]",
    ),
    (
        "uk",
        "Нотатка: пан [[PERSON|Богдан Шевчук]] сьогодні відмовився від обіду. Код від сейфа для ключів [[PASSWORD|3375]].",
    ),
    (
        "ru",
        "Сиделка: [[PERSON|Людмила Орлова]], эл. почта [[EMAIL_ADDRESS|l.orlova@mail.example]], телефон [[PHONE_NUMBER|07700 900152]]",
    ),
    (
        "el",
        "Φροντίδα κατ' οίκον: [[PERSON|Ευαγγελία Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|12044203813]], τηλ. [[PHONE_NUMBER|+30 694 218 3307]]",
    ),
    (
        "el",
        "Σημείωμα φροντιστή: ο κ. [[PERSON|Σταύρος Νικολαΐδης]] πήρε τα φάρμακα στις 9. Κωδικός wifi [[PASSWORD|Elia2020kipos]].",
    ),
    (
        "tr",
        "Evde bakım hastası: [[PERSON|Nurhan Aydın]], T.C. kimlik no [[ID_NUMBER|38470295176]], tel. [[PHONE_NUMBER|+90 532 418 7720]]",
    ),
    (
        "ar",
        "ملف المريض: [[PERSON|فاطمة الزهراني]]، الهاتف [[PHONE_NUMBER|+966 55 418 2730]]، رمز صندوق المفاتيح [[PASSWORD|8264]]",
    ),
    (
        "ar",
        "مقدم الرعاية: [[PERSON|يوسف حداد]]، البريد الإلكتروني [[EMAIL_ADDRESS|youssef.haddad@care.example]]، رقم الموظف [[ID_NUMBER|CR-60431]]",
    ),
    (
        "he",
        "מטופלת: [[PERSON|רחל אברמוביץ]], תעודת זהות [[ID_NUMBER|039481262]], טלפון [[PHONE_NUMBER|+972 52 418 3306]]",
    ),
    (
        "hi",
        "मरीज़: [[PERSON|कमलेश वर्मा]], आधार [[ID_NUMBER|7391 4628 0510]], फ़ोन [[PHONE_NUMBER|+91 98412 36075]]",
    ),
    (
        "hi",
        "देखभालकर्ता [[PERSON|प्रिया नायर]] का ईमेल [[EMAIL_ADDRESS|priya.nair.care@rediff.example]] है और स्टाफ़ नंबर [[ID_NUMBER|HC-41207]] है।",
    ),
    (
        "bn",
        "রোগী: [[PERSON|আব্দুল করিম]], ফোন [[PHONE_NUMBER|+880 1712 408 336]], চাবির বাক্সের কোড [[PASSWORD|6605]]",
    ),
    (
        "zh",
        "居家护理对象: [[PERSON|王秀英]] | 身份证号: [[ID_NUMBER|310104194708234622]] | 电话: [[PHONE_NUMBER|+86 139 1842 7706]]",
    ),
    (
        "zh",
        "护工 [[PERSON|李志强]] 的 邮箱: [[EMAIL_ADDRESS|lizhiqiang.care@qq.example]] 工号: [[ID_NUMBER|HG-7351]]",
    ),
    (
        "ja",
        "訪問介護 利用者: [[PERSON|山田 ハル]] 様 / マイナンバー: [[ID_NUMBER|5073 8216 4196]] / 電話: [[PHONE_NUMBER|090-4182-7735]]",
    ),
    (
        "ja",
        "ヘルパー [[PERSON|鈴木 恵子]] さん メール: [[EMAIL_ADDRESS|keiko.suzuki@kaigo.example]]",
    ),
    (
        "ko",
        "방문요양 수급자: [[PERSON|김영숙]] 님, 주민등록번호 [[ID_NUMBER|431115-2073142]], 연락처 [[PHONE_NUMBER|010-4827-3316]]",
    ),
    ("ko", "요양보호사 [[PERSON|정다은]] 이메일 [[EMAIL_ADDRESS|daeun.jung@yoyang.example]]"),
    (
        "th",
        "ผู้รับบริการ: [[PERSON|สมศรี ใจดี]] โทร [[PHONE_NUMBER|+66 81 482 7093]] รหัสกล่องกุญแจ [[PASSWORD|1705]]",
    ),
    (
        "vi",
        "Người chăm sóc: [[PERSON|Nguyễn Thị Hạnh]], điện thoại [[PHONE_NUMBER|+84 912 408 315]], email [[EMAIL_ADDRESS|hanh.nguyen@chamsoc.example]]",
    ),
    (
        "tl",
        "Tagapag-alaga: [[PERSON|Maricel Bautista]], numero [[PHONE_NUMBER|+63 917 482 1036]], password sa app [[PASSWORD|Sampaguita#88]]",
    ),
    (
        "tl",
        "Tala: si Lola [[PERSON|Corazon Villanueva]] ay uminom ng gamot ng alas-otso. Email ng pamilya: [[EMAIL_ADDRESS|villanueva.fam@pldt.example]]",
    ),
    (
        "yo",
        "Olùtọ́jú ilé: [[PERSON|Olúwadámilọ́lá Fáṣọlá]], fóònù [[PHONE_NUMBER|+234 803 418 2297]]",
    ),
    (
        "sw",
        "Mhudumu wa nyumbani: [[PERSON|Wanjiru Kamau]], simu [[PHONE_NUMBER|+254 722 418 305]], barua pepe [[EMAIL_ADDRESS|wanjiru.kamau@huduma.example]]",
    ),
    (
        "hu",
        "Gondozott: [[PERSON|Kovácsné Szabó Erzsébet]], telefon [[PHONE_NUMBER|+36 30 418 2276]], kulcsdoboz kód [[PASSWORD|4058]]",
    ),
    (
        "af",
        "Kliënt vir tuisversorging: [[PERSON|Annelie Pretorius]], ID-nommer [[ID_NUMBER|480315 0129 081]], sel [[PHONE_NUMBER|+27 82 418 3390]]",
    ),
    (
        "cy",
        "Cleient gofal cartref: [[PERSON|Gwilym Prydderch]], [[STREET_ADDRESS|4 Stryd y Bont, Caernarfon LL55 1AB]], ffôn [[PHONE_NUMBER|029 2018 0473]]",
    ),
    (
        "lt",
        "Slaugytoja: [[PERSON|Rūta Petrauskienė]], el. paštas [[EMAIL_ADDRESS|ruta.petrauskiene@slauga.example]], tel. [[PHONE_NUMBER|+370 612 48307]]",
    ),
    (
        "id",
        "Perawat: [[PERSON|Siti Rahmawati]], nomor HP [[PHONE_NUMBER|+62 812 4180 3375]], kata sandi aplikasi [[PASSWORD|Melati2024!]]",
    ),
    (
        "da",
        "Hjemmepleje: borger [[PERSON|Birthe Mortensen]], nøgleboks-kode [[PASSWORD|3152]], tlf. [[PHONE_NUMBER|+45 28 41 73 06]]",
    ),
]
RECORDS = [text for _, text in RECORDS_BY_LANGUAGE]

# 25 MT-Bench and Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive two-minute speech for a town council meeting arguing that home care workers should be paid for the travel time between visits.",
    "Compose a sequence of three haiku about a home carer's first visit of the morning, moving from darkness to sunrise.",
    "Imagine you are Florence Nightingale visiting a modern home care agency. Describe what would surprise you most and what you would recognise.",
    "Explain the difference between a care plan and a risk assessment to someone who has just started working in domiciliary care.",
    "Write a Python function that takes a list of visits as (start, end) times and returns every pair of visits that overlap.",
    "What are the pros and cons of live-in care compared with hourly visiting care for an older person who lives alone? Answer in a table.",
    "Role-play as a patient, experienced care coordinator answering a nervous new carer's first phone call of the day.",
    "Summarise the plot of Shakespeare's King Lear in five sentences, focusing on how the ageing king is treated by his daughters.",
    "Draft the opening paragraph of a blog post about the small acts of dignity that matter most during personal care.",
    "In the sentence 'The carer arrived late because the bus was cancelled', identify the cause and the effect, then rewrite it in the passive voice.",
    "How would Sherlock Holmes deduce, from clues in a kitchen alone, that someone had not been taking their tablets? Write it as a short scene.",
    "Write a SQL query that finds all clients who had fewer visits last month than their care plan specifies, given tables clients, plans and visits.",
    "Explain to a ten-year-old why Grandma now needs someone to come in and help her with her tablets.",
    "Give five tips for writing clear, objective care notes, with a weak and a strong example for each tip.",
    "Compare how the UK, Germany and Japan fund long-term care at home, in no more than 200 words.",
    "Write a limerick about a key safe that refuses to open in the rain.",
    "What ethical questions arise when families install cameras in the home of a relative who receives care?",
    "Describe a day in the life of a home carer in the style of a nature documentary narrator.",
    "Extract the dates, times and medicine names from this line and return JSON: 'From 3 May give 5 ml lactulose at 08:00 and 20:00; stop senna on 10 May.'",
    "Write a short story in which Mary Seacole and a present-day district nurse swap places for a single day.",
    "Suggest a colour-coding scheme for a weekly visit rota that stays readable for people with red-green colour blindness.",
    "What would happen to social care if most people lived to 120? Discuss in three paragraphs.",
    "Explain what a Gantt chart is and sketch one in plain text for setting up a new home care package after a hospital discharge.",
    "Write a respectful letter template that an agency can adapt when a client's care ends because they are moving into a care home.",
    "Act as a debate judge: give the strongest argument for and the strongest argument against paying family carers a wage.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya is a home carer who does 4 visits every morning. Each visit lasts 45 minutes and she drives 15 minutes between visits, with no driving before the first. How many minutes long is her morning round?",
    "An agency charges £24 an hour. Tobias needs three one-hour visits a day, every day of the week. His direct payment covers £400 a week. How much must his family add each week?",
    "Priti's grandmother takes 2 tablets in the morning, 1 at lunch and 2 at night. A box holds 28 tablets. How many full days does one box last?",
    "A carer earns £12.40 an hour on weekdays and £1.50 an hour more at weekends. Olu worked 30 weekday hours and 8 weekend hours. How much did he earn?",
    "Three siblings, Ana, Ben and Cleo, split a care bill of £960 so that Ana pays twice what Ben pays and Cleo pays the same as Ben. How much does Ana pay?",
    "Rosa is choosing a new 4-digit key safe code in which no digit repeats. How many different codes could she choose?",
    "Dev drives 18 miles on Monday, 26 on Tuesday and 31 on Wednesday for his care visits. His agency pays 45p a mile. How much mileage is he paid for the three days?",
    "Lena's rota has 84 visits to share equally among 6 carers. If two carers go off sick and the rest share the visits equally, how many more visits does each remaining carer take?",
    "Jonah's nan drinks 200 ml with each of her 4 carer visits and 350 ml more between visits. How many litres does she drink in a day?",
    "Gloves come in packs of 50 costing £4.50. Ines uses 12 gloves a day for 5 days and can only buy whole packs. How much does she spend?",
    "Kofi's visit starts at 10:50 and lasts 35 minutes. He then drives 12 minutes to his next client. At what time does his next visit start?",
    "A family pays a live-in carer £1,050 a week. Leah covers 40%, Sam covers a quarter and Nell pays the rest. How much does Nell pay?",
    "Farah's agency has 120 clients and 35% of them need two carers at some visits. How many clients need two carers?",
    "Hana gives her dad eye drops every 6 hours, starting at 07:00 on Monday. How many times does he get drops from 07:00 Monday to 07:00 Tuesday, counting both?",
    "Rafael's visits last 30, 45, 60, 30 and 45 minutes. He is paid £13 an hour for visit time only. What is his pay for these visits?",
    "Gwen fills 3 pill organisers with 28 slots each every 4 weeks, one pill per slot. How many pills does she need for 12 weeks?",
    "A laundry service charges £6 per load. Marco's mum needs 3 loads a week. What will 8 weeks cost, and how much is saved with a 10% discount?",
    "Aisha works 4 long days of 12 hours each and earns £1,008. What is her hourly rate?",
    "Lou and Nico share 27 visits so that Lou does 5 more than Nico. How many visits does Nico do?",
    "Bea's mother pays £18.50 a visit for 21 visits a week. The council raises its contribution from £200 to £260 a week. How much does Bea's mother now pay herself each week?",
    "A district nurse visits Theo's aunt every third day, starting on the 1st of a 30-day month. How many visits is that in the month?",
    "Ruth buys a hoist sling for £86, a shower chair for £39 and a raised toilet seat for £24 with a £150 grant. How much of the grant is left?",
    "Jess walks 1.2 km between each of her 6 visits, starting at the first and finishing at the last. How far does she walk in total?",
    "Omar's agency pays mileage at 30p a mile. He drove 240 miles in a month, but 15% of them were personal. How much mileage is he owed?",
    "Elsie needs turning every 2 hours from 22:00 to 08:00, counting both. If two carers, Tom and Ada, share the turns equally, how many does each do?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "What is the main purpose of a medication administration record (MAR)? A. To order new stock B. To record each dose given or omitted C. To list allergies only D. To record visit times",
    "Which body regulates home care agencies in England? A. NICE B. The Care Quality Commission C. The Nursing and Midwifery Council D. Ofsted",
    "A pressure ulcer with full-thickness skin loss but no exposed bone or tendon is usually classed as: A. Category 1 B. Category 2 C. Category 3 D. Category 4",
    "Which principle of the Mental Capacity Act 2005 says a person must be assumed to have capacity unless it is shown otherwise? A. Best interests B. Least restrictive option C. Presumption of capacity D. Unwise decisions",
    "Which is a sign of dehydration in an older adult? A. Pale, plentiful urine B. Dark urine and new confusion C. Increased appetite D. Slow hair growth",
    "How long should the hand-rubbing part of handwashing with soap last? A. 5 seconds B. 10 seconds C. 20 seconds D. 2 minutes",
    "Which is an example of financial abuse? A. Helping with a shopping list B. Taking money from a purse without permission C. Paying a bill at the client's request D. Keeping receipts",
    "Furosemide belongs to which class of drugs? A. Beta blockers B. Loop diuretics C. Statins D. Anticoagulants",
    "Visit lengths on a rota are 30, 30, 45, 60 and 90 minutes. What is the median? A. 30 B. 45 C. 51 D. 60",
    "Other things equal, a rise in the minimum wage for care workers shifts a care agency's supply curve: A. to the left B. to the right C. not at all D. to vertical",
    "Long-term metformin use is associated with deficiency of which vitamin? A. Vitamin C B. Vitamin B12 C. Vitamin D D. Vitamin K",
    "Which is NOT one of the six safeguarding principles of the Care Act 2014? A. Empowerment B. Prevention C. Profitability D. Accountability",
    "The Waterlow score assesses the risk of: A. falls B. pressure ulcers C. malnutrition D. delirium",
    "A person with dysphagia has difficulty with: A. speaking B. swallowing C. hearing D. walking",
    "Which tool is commonly used to screen adults for malnutrition? A. MUST B. Glasgow Coma Scale C. NEWS2 D. Barthel Index",
    "If every carer on Monday's rota is a driver and a given carer is not a driver, then that carer: A. is on Monday's rota B. is not on Monday's rota C. may be on Monday's rota D. drives on Mondays",
    "Which GDPR principle says personal data must be kept no longer than necessary? A. Storage limitation B. Data minimisation C. Accuracy D. Purpose limitation",
    "A medicine marked 'PRN' is given: A. every morning B. when required C. before meals D. at night only",
    "What is the safest way to pass a key safe code to a new carer? A. A group chat B. The agency's secure rota system C. Written on the door D. A social media message",
    "Which of these is NOT a parameter of the NEWS2 early warning score? A. Respiratory rate B. Oxygen saturation C. Blood glucose D. Temperature",
    "The term 'sundowning' is most associated with: A. Parkinson's disease B. Dementia C. Diabetes D. Heart failure",
    "Which aid is used to transfer a person who cannot bear any weight? A. Walking stick B. Full-body hoist C. Rollator D. Perching stool",
    "The effect of warfarin is monitored with which blood test? A. HbA1c B. INR C. eGFR D. TSH",
    "In England, which document lets a chosen person make health and welfare decisions for someone who has lost capacity? A. Lasting power of attorney B. A will C. A tenancy agreement D. A birth certificate",
    "In older people a urinary tract infection often shows first as: A. sudden confusion B. hair loss C. earache D. nosebleeds",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the early signs that an older person is getting dehydrated, and how much should they drink in a day?",
    "How often should someone who is bedbound be repositioned to prevent pressure sores?",
    "Is it safe to crush tablets and mix them into yoghurt for someone who struggles to swallow?",
    "What's the difference between delirium and dementia, and when is delirium an emergency?",
    "Can grapefruit juice interact with blood pressure tablets?",
    "What should a carer do on finding someone on the floor after a fall when they seem uninjured?",
    "How can I tell whether a urinary catheter is blocked?",
    "What are the common side effects when someone starts a blood thinner such as apixaban?",
    "How do I help someone with Parkinson's who freezes when walking through doorways?",
    "Which foods help prevent constipation in older adults who don't eat much?",
    "Is it normal for someone with dementia to become more confused in the late afternoon?",
    "How should insulin pens be stored once they have been opened?",
    "What are the warning signs after a hospital discharge that mean someone should go back to A&E?",
    "How can carers protect their backs when helping someone stand up from a chair?",
    "What is the safest way to cut the toenails of someone with diabetes?",
    "How long after a vomiting bug should a home carer stay off work?",
    "Why do older people get urine infections so often, and how can they be prevented?",
    "What does a low reading on a finger oxygen monitor mean, and when is it worrying?",
    "How can I encourage someone with a poor appetite to eat more protein?",
    "What are the signs of carer burnout, and where can family carers get support?",
    "Should someone taking furosemide be weighed every day, and why?",
    "Is it dangerous to miss a single dose of Parkinson's medication?",
    "How can I reduce the risk of falls at night for someone who gets up to use the toilet?",
    "What skin changes should carers look out for during personal care?",
    "How do you clean and look after hearing aids at home?",
]

NATIONAL_IDS = {
    "485 916 2730": nhs_ok,  # NHS numbers (three in chat requests, four in records)
    "612 304 7582": nhs_ok,
    "739 482 1609": nhs_ok,
    "401 275 9361": nhs_ok,
    "563 820 1475": nhs_ok,
    "928 416 3056": nhs_ok,
    "314 659 0271": nhs_ok,
    "4718203C": pps_ok,  # Irish PPS numbers
    "8352916AA": pps_ok,
    "S4218375Z": nric_ok,  # Singapore NRIC
    "648 301 277": tfn_ok,  # Australian tax file number
    "4287 19362 1": medicare_ok,  # Australian Medicare card
    "ZRK4183": nhi_ok,  # New Zealand NHI
    "046 293 817": luhn_len(9),  # Canadian SIN
    "36184920752": steuer_id_ok,  # German tax id
    "2 44 06 75 123 418 49": nir_ok,  # French NIR
    "38.09.14-265.79": belgian_id_ok,  # Belgian national number
    "52814637J": dni_ok,  # Spanish DNI
    "Y4170385Q": dni_ok,  # Spanish NIE
    "8.472.615-K": rut_ok,  # Chilean RUT
    "RSSGNN41M52F205I": codice_fiscale_ok,  # Italian codice fiscale
    "218470363": nif_ok,  # Portuguese NIF
    "317.402.860-49": cpf_ok,  # Brazilian CPF
    "738204614": bsn_ok,  # Dutch BSN
    "54031287659": pesel_ok,  # Polish PESEL
    "47110739129": pesel_ok,
    "2490812403189": cnp_ok,  # Romanian CNP
    "1520118400771": cnp_ok,
    "410617-3828": luhn_len(10),  # Swedish personnummer
    "12034956209": fodselsnummer_ok,  # Norwegian fødselsnummer
    "230538-471V": hetu_ok,  # Finnish henkilötunnus
    "44612052715": isikukood_ok,  # Estonian isikukood
    "110239-2979": kennitala_ok,  # Icelandic kennitala
    "445712/6124": rodne_cislo_ok,  # Czech rodné číslo
    "536207/4179": rodne_cislo_ok,  # Slovak rodné číslo
    "2418730650": rnokpp_ok,  # Ukrainian RNOKPP
    "12044203813": luhn_len(11),  # Greek AMKA
    "38470295176": kimlik_ok,  # Turkish kimlik
    "039481262": luhn_len(9),  # Israeli teudat zehut
    "7391 4628 0510": aadhaar_ok,  # Indian Aadhaar
    "310104194708234622": china_id_ok,  # Chinese resident identity number
    "5073 8216 4196": my_number_ok,  # Japanese My Number
    "431115-2073142": rrn_ok,  # Korean resident registration number
    "480315 0129 081": luhn_len(13),  # South African id
}

# Every phone must match one of these: the UK, North American, Australian, French and
# German ranges kept for drama, the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01(1[3-8]|[2-6]1) 496 0\d{3}",  # Leeds to Reading, Birmingham to Manchester
        r"0191 498 0\d{3}",  # Tyneside drama range
        r"028 9649 6\d{3}",  # Belfast drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"01632 960\d{3}",  # UK no-area drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(20|27|30|32|34|36|39|40|45|47|48|62|63|65|66|84|86|90|91|234|254|351|354|370|372|380|420|880|966|972) [\d -]+\d",  # no fiction range known
    )
]


def _has(text: str, *kinds: str) -> bool:
    return any(s["type"] in kinds for s in marked_spans(text))


def check_mix() -> None:
    """Chat requests name people, 18 to 22 hold a secret and 2 or 3 an API key; each record
    names one person, records are in 25 or more other languages and 38 to 42 of them hold a
    national id."""
    named = sum(_has(t, "PERSON") for t in CHAT)
    secret = sum(_has(t, "PASSWORD", "API_KEY") for t in CHAT)
    api = sum(_has(t, "API_KEY") for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= api <= 3:
        raise SystemExit(
            f"chat: {named} texts with a name, {secret} with a secret, {api} with a key"
        )
    if len(CHAT[LOWER_CHAT + OTHER_LANGUAGES :]) != 84:
        raise SystemExit("chat: want 84 texts in English")
    for text in RECORDS:
        people = {s["value"] for s in marked_spans(text) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {text[:60]!r}")
    languages = {lang for lang, _ in RECORDS_BY_LANGUAGE} - {"en"}
    if len(languages) < 25:
        raise SystemExit(f"records: {len(languages)} other languages")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")


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
        "blind171", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
