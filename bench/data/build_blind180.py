# ruff: noqa: E501
"""A hundred-and-eightieth blind privacy set: 220 texts with personal data and 100 clean
ones, on primary school offices, PTA committees and school trips.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker,
no template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) that a company chatbot might get from school
  office staff, PTA committee members, trip leaders and parents: rotas, cost splits,
  minutes, sign-offs, lists, appositives ("the treasurer, X,"), instructions ("tell X
  that ..."), reminders and drafts. The first 30 are typed all in lower case, the next 6
  are in French, German, Spanish, Polish, Russian and Arabic, the other 84 in English.
  Names come from many origins and scripts (Latin with diacritics, Cyrillic, Greek,
  Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean, Yoruba), some of
  them ordinary words (Hope, Rose, Bill, Grace, Summer, Precious, Joy, Faith); 21 of the
  requests hold a secret (key-safe, lockbox, gate, alarm and door codes,
  wifi keys, passwords, 2FA codes and three API keys or tokens);
* 100 one-person records (one sentence or a short form each) in English and 34 other
  languages, 40 of them with a check-digit-valid national id of 34 kinds, with phones,
  e-mails, addresses, cards, IBANs and member, account, patient, pupil, employee and
  licence numbers.

Usernames, logins, account, member, patient, pupil, employee and staff numbers, passports,
licences and national ids are ID_NUMBER; PINs, door, gate, key-safe, lockbox and alarm
codes, wifi keys, passwords and 2FA codes PASSWORD; titles (Mr, Mrs, Ms, Dr, Pani, ...)
stay outside PERSON spans; an address span runs from the street line through the postcode
and city as typed; public figures, companies, schools, fictional characters, dates of birth
and order, invoice and ticket numbers are not labelled; every occurrence of a private
value is marked.

The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
naming public figures or fictional characters), 25 GSM8K-style word problems (story
characters' first names only), 25 MMLU-style items with options A to D and 25 health
questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570, France 06 39 98, Germany 030 23125); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; IPs from documentation ranges;
national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind180.py`` from the repository root; the output
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, is_lower, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 105)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Mme|Mlle|Herr|Frau|Sr|Sra|Pani|Pan|Sig|Sig\.ra)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can you draft a reminder for the year 3 canal museum trip? £14 due friday, slips back to mrs [[PERSON|kowalczyk]] in the office by 3pm.",
    "pta rota for the summer fair cake stall: 10-11 [[PERSON|hope adeyemi]], 11-12 [[PERSON|tomasz wrona]], 12-1 [[PERSON|bill saunders]]. make it into a neat table please",
    "tell [[PERSON|siobhán mcgrath]] that the minibus for the swimming gala leaves at 8.15 not 8.45, her number is [[PHONE_NUMBER|07700 900214]]",
    "put the key safe code [[PASSWORD|4719]] in the weekend handover for [[PERSON|dariusz nowicki]], the new caretaker, but word it so it's not the first thing you see",
    "split the coach cost for the zoo trip: £612 across 34 kids, minus the 3 on free places ([[PERSON|amara]], [[PERSON|leo]] and [[PERSON|ruby-mae]]). how much per paying child?",
    "my son [[PERSON|oskar lindqvist]] has a peanut allergy, can you help me word an email to his class teacher, ms [[PERSON|haddad]], at [[EMAIL_ADDRESS|r.haddad@kestrelpark.example]] before the farm trip?",
    "wifi for the pta quiz night in the hall is quiznight-guest, key [[PASSWORD|quiznight_hall24]]. put it on the table cards and sign them off from [[PERSON|grace achterberg]], chair",
    "who do i ask about the residential deposit? [[PERSON|ngozi okonkwo-bell]] says she paid £50 but the office has nothing on file for her daughter [[PERSON|zainab]]",
    "treasurer's report: [[PERSON|rahul mehta]] took £342.50 at the disco, [[PERSON|summer o'neill]] £118 from the raffle. write it up for the minutes",
    "remind [[PERSON|wendy pearce]] about the trip register",
    "reply to mr [[PERSON|farouk el-amin]] saying yes, [[PERSON|yusuf]] can be collected early on thursday by his uncle, as long as he signs out at reception",
    "my login for the parent payment site is [[ID_NUMBER|jbrennan82]] and the password is [[PASSWORD|lollipop-lady-7]], it's for my daughter [[PERSON|niamh brennan]]'s dinners and it keeps saying locked. what do i do",
    "groups for the lighthouse trip: group a [[PERSON|mateo]], [[PERSON|ayesha]], [[PERSON|finn]]; group b [[PERSON|keira]], [[PERSON|jun]], [[PERSON|eliška]]. assign one adult to each and make it printable",
    "can you make a sign-up sheet for parent helpers on the forest school trip, contact is [[PERSON|bronwen pryce]] on [[PHONE_NUMBER|01632 960418]]",
    "please send the gift aid form to [[PERSON|desmond achebe]], [[STREET_ADDRESS|7 plover way, northfleet da11 8rg]], he gave £60 at the fun run",
    "translate to polish: dear [[PERSON|agnieszka]], the school trip to the science centre is on 12 march, please send a packed lunch and a waterproof",
    "how do i get past the 2fa on the school's admin account, the code it sent was [[PASSWORD|381 927]] but it expired. it's under [[PERSON|lakshmi venkataraman]]'s name and she's off today",
    "write a thank you from year 6 to the lollipop man, [[PERSON|stan huxley]], who is retiring after 22 years on the crossing",
    "our pta chair [[PERSON|bogdan ilie]] wants the agm minutes shorter, they ran to four pages last year and nobody read them. can you summarise this into half a page: 14 attended, apologies from 3, the summer fair raised £2,310 after costs, the new playground markings were approved at £1,150, the year 6 leavers' disco will go ahead on 18 july, the uniform swap moves to the first friday of each month, and [[PERSON|bogdan]] will stand again as chair unopposed. keep it friendly but formal",
    "pickup gate keypad is now [[PASSWORD|1470#]] according to [[PERSON|heidi marsh]] in the office, can you add that to the after school club staff briefing",
    "[[PERSON|kofi]] and [[PERSON|ama mensah]] still owe £9 each for the pantomime, their mum's email is [[EMAIL_ADDRESS|akua.mensah@example.net]]. draft a gentle reminder",
    "seating plan for the coach: [[PERSON|rose]] next to [[PERSON|ivy chen]], [[PERSON|arjun]] by the teacher at the front. anything else i should think about for travel sickness?",
    "the dinner money account for [[PERSON|lucía fernández]] is [[ID_NUMBER|pm-204418]], why would it be showing -£6.40 when i topped it up monday",
    "please write a short bio for the newsletter: [[PERSON|everton bailey]], new pta secretary, dad of two, runs the tuck shop on fridays",
    "the lockbox at the outdoor centre holds the first aid bag, code [[PASSWORD|0613]]. text it to [[PERSON|marguerite]] on [[PHONE_NUMBER|07700 900587]] before we set off",
    "i'm the new office manager, how should i store emergency contacts? e.g. [[PERSON|harvey]]'s nan [[PERSON|doreen pike]], [[PHONE_NUMBER|01632 960775]]",
    "convert this to a bulleted list: trip leader [[PERSON|ifeoma nwosu]], first aider [[PERSON|pavel dvořák]], drivers [[PERSON|grace]] and [[PERSON|bill]]",
    "what's a fair way to split £96 of minibus fuel between [[PERSON|teodora]], [[PERSON|malik]], [[PERSON|yuki]] and me if [[PERSON|yuki]] only drove one way",
    "the pta payment account login is [[ID_NUMBER|hollybrook_pta_treas]] / [[PASSWORD|sunflower-fair-88]], should i hand that to the new treasurer [[PERSON|olumide]] or make her a new one?",
    "reword this more kindly: [[PERSON|jakub]] in 4b keeps leaving his reading folder at his dad's, dad's number is [[PHONE_NUMBER|07700 900663]]",
    # other languages: French, German, Spanish, Polish, Russian, Arabic
    "Pouvez-vous rédiger un mot pour les parents ? La sortie au musée de la Préhistoire est reportée au 14 mai. Les autorisations sont à rendre à Mme [[PERSON|Hélène Moreau-Diallo]] avant vendredi, ou par mail à [[EMAIL_ADDRESS|h.moreau-diallo@ecole-lestilleuls.example]].",
    "Kannst du die Kosten für die Klassenfahrt nach Xanten aufteilen? 28 Kinder, Bus 840 €, Jugendherberge 1.960 €. [[PERSON|Jörg Baumgärtner]] und [[PERSON|Aylin Demir]] zahlen für ihre Kinder nur die Hälfte.",
    "Necesito un mensaje para el grupo del AMPA: la contraseña del wifi del salón de actos es [[PASSWORD|Ampa_Fiesta2024]] y la tesorera, [[PERSON|Begoña Iturriaga]], recoge el dinero de la excursión el lunes.",
    "Przetłumacz na angielski: Pani [[PERSON|Grażyna Wróblewska]] z sekretariatu prosi o zwrot zgód na wycieczkę do Wieliczki do środy. Telefon: [[PHONE_NUMBER|+44 7700 900318]].",
    "Помогите составить объявление для родительского комитета: сбор на экскурсию в планетарий — 600 рублей, деньги сдавать [[PERSON|Светлане Игоревне Кузнецовой]] до пятницы.",
    "من فضلك اكتب رسالة لأولياء الأمور: رحلة الصف الرابع إلى حديقة الحيوان يوم الخميس، والمسؤولة عن الرحلة هي الأستاذة [[PERSON|ريم الحسيني]]، ورقم هاتفها [[PHONE_NUMBER|+44 7700 900735]].",
    # English
    "Can you turn this into a rota? Reading volunteers. Mondays: [[PERSON|Hope Kettering]]; Tuesdays: [[PERSON|Dmitri Volkov]]; Wednesdays: [[PERSON|Precious Ndlovu]]; Thursdays: [[PERSON|Aoife Gallagher]].",
    "Tell Mrs [[PERSON|Abernethy]] that the coach firm moved pickup to 7.40 and that [[PERSON|Callum]]'s inhaler must go in the red bag.",
    "The treasurer, [[PERSON|Marisol Quintero]], asked me to check her sums: 46 tickets at £4.50 plus 12 family tickets at £15. Is £387 right?",
    "I run the school office at Hollybrook Primary. Our staff door entry code is [[PASSWORD|8264]] and we want to change it every term. Draft a memo to staff, signed [[PERSON|Pauline Okafor]], Office Manager.",
    "Write a permission slip for the Year 5 river study day. Slips and £8 go to Mr [[PERSON|Okonjo]]; questions to [[EMAIL_ADDRESS|tobi.okonjo@riverside-primary.example]].",
    "[[PERSON|Priya Raman]], [[PERSON|Chloé Lefebvre]] and [[PERSON|Wiremu Tane]] are the three new class reps. Write a welcome paragraph for the PTA newsletter.",
    "[[PERSON|Summer Ashworth]] says the raffle float is short by £20. She counted it with [[PERSON|Bill Trent]] at 4pm. How should the PTA record this?",
    "Our PTA newsletter goes out through a mailing service. The previous secretary left the API key in the handover doc: [[API_KEY|7f3c1e9a0b5d48e2a6c4f81d93b27e50-us14]]. Is it safe to keep using it or should [[PERSON|Joanna Pietersen]] make a new one?",
    "Split the £1,240 coach bill for the Year 6 residential: the PTA pays 40% and the rest is shared by the parents of 31 children. [[PERSON|Kemi Adesanya]] asked what her share is.",
    "Can you check this message before I send it to [[PERSON|Grace]]? 'Hi [[PERSON|Grace]], the lockbox for the PTA shed is [[PASSWORD|3-9-1-5]], please put the gazebo back after the fair. Thanks, [[PERSON|Rob]]'",
    "Remind me how to tell Mr [[PERSON|Yamamoto Haruto]] politely that his son [[PERSON|Ren]] still owes £22 for the aquarium trip.",
    "Who should hold the spare keys to the PTA cupboard? Options: [[PERSON|Deborah Lascelles]] (chair), [[PERSON|Tariq Hussain]] (vice chair), or the office.",
    "Please tidy this into minutes: 'Present: [[PERSON|陈静]], [[PERSON|Mohammed Al-Farsi]], [[PERSON|Ewa Zielińska]], [[PERSON|박민지]], [[PERSON|Jean-Baptiste Koffi]]. Apologies: [[PERSON|Bethany Croft]].'",
    "A parent emailed from [[EMAIL_ADDRESS|marcus.delaney77@example.com]] asking for a refund of the £35 theatre trip because his daughter [[PERSON|Ivy]] was ill. What's our usual wording?",
    "Our online ticket shop plugin wants a secret key. I pasted [[API_KEY|tk_live_9QmZ4rWx2LpT7vKd8sHy3NbF6]] from the dashboard but it errors. The tech volunteer is [[PERSON|Anjali Deshpande]] if you need a name.",
    "Draft a text to go out to Year 2 parents: 'Trip to Ferncombe Farm tomorrow. Wellies please! Contact on the day: Mrs [[PERSON|Thi Lan Nguyen]], [[PHONE_NUMBER|07700 900129]].'",
    "[[PERSON|Kateryna Bondarenko]] is joining Reception next week and speaks Ukrainian and a little English. How can the office make her mum feel welcome?",
    "Cost split for the leavers' hoodies: 29 at £18.50, and [[PERSON|Aurelio Bianchi]] is paying for two extra. What's the total the PTA has to invoice?",
    "The reception PC logs in as [[ID_NUMBER|office.reception]] with password [[PASSWORD|Wh1teboard!Tues]]. Our IT contractor, [[PERSON|Lars Eklund]], says that's not good enough. Suggest a better policy.",
    "Please write a calm email to [[PERSON|Anneke de Vries]] explaining why [[PERSON|Sem]] can't go on the trip without the medical form.",
    "My neighbour [[PERSON|Rose Fairweather]] is doing face painting at the fair. Roughly how many children can she paint in 3 hours?",
    "The visiting coach drivers need the guest Wi-Fi and [[PERSON|Hamza Qureshi]] in the office has the details. Write him a note asking him to print them for the sports day marquee.",
    "Which of these should go in the trip risk assessment: [[PERSON|Oliwia]]'s adrenaline pen, [[PERSON|Marcus]]'s asthma, or [[PERSON|Dev]]'s travel sickness?",
    "Make a rota for gate duty on the Year 4 trip: 8:30 Mr [[PERSON|Ferreira]], 8:45 Ms [[PERSON|Ødegaard]], 9:00 Mrs [[PERSON|Lim]].",
    "I'm PTA secretary. Ms [[PERSON|Ana Lúcia Carvalho]] has resigned from the committee by email. Write a short, warm acknowledgement.",
    "The parent portal locked my account ID [[ID_NUMBER|50382716]] after three wrong tries. Who at the school office should I contact to unlock it?",
    "Tell [[PERSON|Ọlámidé Bánkólé]] that the Brownies' hall booking clashes with the PTA quiz and ask whether 17 May would work for her instead.",
    "Please calculate: 19 children paid £12, 4 paid £6 (sibling discount), and the [[PERSON|Haddad]] twins are covered by the hardship fund. The coach was £300. Are we in profit?",
    "Send the forest school kit list to [[PERSON|武田 浩]] and [[PERSON|武田 芽衣]], who share [[EMAIL_ADDRESS|mei.takeda@example.jp]].",
    "Add a line to the risk assessment: the first aider on the coach is [[PERSON|Efua Asante]], mobile [[PHONE_NUMBER|07700 900841]].",
    "What should the office do if Mr [[PERSON|Radu Popescu]] turns up to collect [[PERSON|Ilinca]] but he's not on the collection list?",
    "Our head teacher, Mrs [[PERSON|Christabel Nkemelu]], wants a one-page summary of this year's trip budget for the governors. Income was £4,850: parent contributions £3,920, a PTA grant of £700 and a £230 donation. Spending was £4,612: coaches £2,140, entry fees £1,386, the Year 6 residential top-up £860 and supply cover £226. Can you lay it out in a table with a short paragraph underneath explaining the £238 surplus and suggesting it goes to next year's hardship fund? Keep the tone factual; she will present it herself.",
    "The new alarm code for the nursery building is [[PASSWORD|7 3 0 9]]. Can you put it into the lock-up checklist for [[PERSON|Sunita Rao]] and [[PERSON|Gareth Pugh]]?",
    "Draft an apology to [[PERSON|Faith Oyelaran]] for the mix-up: we sent the minibus to [[STREET_ADDRESS|22 Cherwell Drive, Abingdon OX14 3GL]] instead of her new address.",
    "How do I word a request to [[PERSON|Zbigniew Kaczmarek]] for a £150 donation towards the Year 3 castle trip? He owns the bakery on the high street.",
    "Write a rhyming thank-you for our dinner lady, [[PERSON|Maureen Tuffin]], who is retiring. Mention that she has fed three generations.",
    "Summarise for the PTA: [[PERSON|Ólafur Sigurðsson]] offered to drive the equipment van; [[PERSON|Ingrid Halvorsen]] will bring the gazebo; [[PERSON|נועה בן-דוד]] can do the bake sale float.",
    "My daughter [[PERSON|Evie Roberts]]' login for the reading app is [[ID_NUMBER|RobertsE_Y3]] and the password is [[PASSWORD|Pirate42]], but it says wrong. What might be wrong?",
    "Please check: I owe [[PERSON|Dorothea Vance]] £14.20 for the trip snacks and she owes me £9 for the raffle prizes. Who pays whom, and how much?",
    "Tell the coach driver, [[PERSON|Nigel Baptiste]], that we need a stop at the services for [[PERSON|Ahmed]], who gets car sick.",
    "Refund the £40 residential deposit to [[PERSON|Lorraine Mbeki]]'s own account, [[IBAN_CODE|GB27 HBUK 4012 7621 9475 30]], as she paid it personally. Write the note for the finance file.",
    "What's a polite reply to [[PERSON|Hassan Jaber]], who wants the PTA to stop selling sweets at the discos?",
    "Make a list of who brought what to the staff lunch: [[PERSON|Ngaio Parata]], pavlova; [[PERSON|सिद्धार्थ अय्यर]], samosas; [[PERSON|Bethan Lloyd]], bara brith.",
    "The trip company wants the lead teacher's passport number for the Calais day trip. It's Ms [[PERSON|Colette Marchetti]], passport [[ID_NUMBER|562190448]]. Is it okay to email it?",
    "Write an out-of-office for [[PERSON|Bernadette Quinlan]], school business manager, back on 2 September; urgent trip queries to [[PERSON|Kwame Boateng]].",
    "Please split the PTA quiz prize fund: the winning team (captain [[PERSON|Svetlana Orlova]]) gets half, the runners-up (captain [[PERSON|Juan Pablo Restrepo]]) a third, the rest goes to the school garden.",
    "A dad, [[PERSON|Ibrahim Sesay]], keeps ringing the office from his work phone, [[PHONE_NUMBER|01632 960233]], to ask about the Year 5 trip. He has asked about the departure time, whether children can bring phones, what happens if it rains, how much spending money is allowed and whether he can volunteer. Can you draft a short FAQ for the trip page that answers all five, so that he and other parents don't need to ring? Departure is 8.30, no phones, the trip goes ahead in rain, £5 at most, and volunteers need a DBS check.",
    "Make a list of emergency contacts for the Kingswood residential: Ms [[PERSON|Jones]] (lead) [[PHONE_NUMBER|07700 900372]], Mr [[PERSON|Osei]] [[PHONE_NUMBER|07700 900905]], Mrs [[PERSON|Petrakis]] [[PHONE_NUMBER|07700 900448]].",
    "Rewrite this less bossily: '[[PERSON|Deepak]], the PTA shed combination is [[PASSWORD|1-7-2-8]], please stop leaving it open.'",
    "Our admin, [[PERSON|Bukola Adeyinka]], asked whether the office can keep children's photos on the office iPad for trip registers. What are the data protection issues?",
    "Speech for [[PERSON|Hope Delacroix]]'s last PTA meeting?",
    "How do I tell [[PERSON|Marek Horváth]] that his daughter [[PERSON|Zuzana]] didn't get a place on the netball trip without upsetting him?",
    "Please format as a rota. Tuesday tea urn: [[PERSON|Astrid Nilsson]]. Wednesday book swap: [[PERSON|Tendai Moyo]]. Thursday uniform shop: [[PERSON|Carmen Ruiz]]. Friday lost property: [[PERSON|สุดารัตน์ ทองดี]].",
    "The staffroom door keypad is [[PASSWORD|1397B]]. Mr [[PERSON|Chukwuemeka Obi]] from the trip company is visiting on Thursday. Should the office give him the code or escort him?",
    "Hi, I'm [[PERSON|Gemma Whitfield]], a Year 1 parent. Can you help me write a complaint about the trip being cancelled at such short notice?",
    "Create a WhatsApp message from the PTA to all parents: uniform sale on Saturday, cash or card, contact [[PERSON|Yaw Darko]] on [[PHONE_NUMBER|07700 900516]].",
    "Convert to a table: [[PERSON|Rania Haddad]] £10, [[PERSON|Oisín Ó Briain]] £15, [[PERSON|Kristóf Nagy]] £5, [[PERSON|Ελένη Παπαδοπούλου]] £20, all for the sponsored walk.",
    "Tell [[PERSON|Agnes Mwangi]] I've put her down for the library trip on Friday and that [[PERSON|Kevin]] will meet her at the bus stop.",
    "Thank-you note to Dr [[PERSON|Shreya Banerjee]], please.",
    "Draft a reminder: PTA AGM on Tuesday at 7pm in the school hall. Agenda from the chair, [[PERSON|Winston Achterberg-Lowe]], to follow.",
    "I'm the PTA treasurer. A bank 2FA code just came to my phone, [[PASSWORD|602 115]], and someone claiming to be from the bank is asking me to read it out. What should I do?",
    "Our school app pushes trip updates through an API. The token in the config is [[API_KEY|pta-notify_3fK8xQ2mVb7Rz1Lc9WnT]]. [[PERSON|Tomás Aguilar]] set it up; what's the safest way to rotate it?",
    "How many adults do we need for 47 Year 2 children at 1:6? Leaders so far: [[PERSON|Beatriz Costa]], [[PERSON|Emeka Nwachukwu]], [[PERSON|Lily-Rose Danvers]], [[PERSON|তানিয়া রহমান]].",
    "Please write a get-well card to Mrs [[PERSON|Thandiwe Khumalo]], our school receptionist, from all the staff.",
    "Reply to [[PERSON|Fatima Zahra Benali]] confirming her son [[PERSON|Idris]]'s place at breakfast club from 4 November.",
    "PTA gift aid: donor [[PERSON|Clive Ashcombe]], [[STREET_ADDRESS|16 Rowan Terrace, Ludlow SY8 1QJ]], gave £250. Write the thank-you letter.",
    "The card reader at reception declined a dinner money payment from [[PERSON|Grace Tan]]'s card [[CREDIT_CARD|4929 6812 0357 1143]]. She says the card is fine. What do I tell her?",
    "Please rank these trip ideas for Year 4 and pass them to [[PERSON|Ricardo Méndez]] for costing: Roman villa, wetlands centre, cathedral tour.",
    "Who's driving on the cheese-making trip? [[PERSON|Nadia Haidari]] said she could, then [[PERSON|Joel Abramowitz]] said he could, and now neither of them answers.",
    "Write an email to Ms [[PERSON|Krisztina Varga]] asking for her child's Year 3 trip consent form, which is now two weeks late.",
    "The PTA laptop password is [[PASSWORD|Bunting#2019]]. Should [[PERSON|Harriet Bloom]] change it now she's taken over? Her email for the recovery is [[EMAIL_ADDRESS|harriet.bloom@example.org]].",
    "Tell [[PERSON|Siosaia Taufa]] that the school office will keep his son's trip money in the safe until Monday.",
    "Make a rota for lollipop cover while [[PERSON|Stan]]'s away: Mon [[PERSON|Ravi Pillai]], Tue [[PERSON|Bryony Clegg]], Wed [[PERSON|Agustín Herrera]], Thu [[PERSON|Bryony Clegg]], Fri [[PERSON|Ravi Pillai]].",
    "Please help me set up the volunteer sign-in laptop. The office log-in is [[ID_NUMBER|s.abubakar]] and the temporary password [[PASSWORD|Trip2024-Reset]]. [[PERSON|Sadia Abubakar]] will use it.",
    "A grandparent, Mr [[PERSON|Henryk Zając]], wants to pay for the whole class's ice creams on the trip. Can we accept?",
    "Here's the minibus driver list. Who needs a D1 entitlement? [[PERSON|Aled Rhys-Jones]], [[PERSON|Precious Ndlovu]], [[PERSON|Sami Korhonen]].",
    "The camera at the school gate is on [[IP_ADDRESS|192.0.2.47]] and PTA volunteer [[PERSON|Mikhail Sokolov]] wants the login to watch the fair. Should we let him?",
    "Tell [[PERSON|Mariam Yusuf]] that the office found her daughter's lunchbox on the coach. It's in lost property.",
    "Thank [[PERSON|Walter Okoro-Smith]] for fuel.",
    "I'm writing the trip letter; check the spelling of these names: [[PERSON|Saoirse Ní Dhomhnaill]], [[PERSON|Hjalmar Åkesson]], [[PERSON|Phạm Thị Hồng Nhung]].",
    "Help me work out how much [[PERSON|Giorgos Antoniou]] owes: two children on the trip at £17.50 each, minus a £5 PTA voucher.",
    "The outdoor centre needs emergency contacts. For [[PERSON|Tiago]]: [[PERSON|Paula Sousa]], [[PHONE_NUMBER|07700 900264]], [[STREET_ADDRESS|3 Harrow Mews, Reading RG1 7TB]].",
    "The door entry app needs an admin to add new staff. The new starter is Ms [[PERSON|Adaeze Ogbu]], staff number [[ID_NUMBER|00417]]. How do I do it?",
    "Write a welcome message for the new PTA treasurer, [[PERSON|Joy Hemmings]], from the outgoing treasurer, [[PERSON|Frank Lindberg]].",
]

# 100 one-person records: the first 40 carry a national id.
RECORDS = [
    "Patient: [[PERSON|Moira Fitzgerald]], NHS number [[ID_NUMBER|943 476 5919]], school nurse referral, mobile [[PHONE_NUMBER|07700 900731]].",
    "Staff medical form. Name: [[PERSON|Adewale Ogunleye]]; NHS no. [[ID_NUMBER|485 220 6376]]; address: [[STREET_ADDRESS|41 Tamworth Road, Lichfield WS14 9HN]].",
    "家长信息：[[PERSON|李晓梅]]，身份证号 [[ID_NUMBER|320102198403172413]]，手机 [[PHONE_NUMBER|+44 7700 900482]]，孩子在三年级。",
    "春游志愿者登记 姓名：[[PERSON|张伟强]] 身份证：[[ID_NUMBER|510104197908225633]] 邮箱：[[EMAIL_ADDRESS|zhang.weiqiang@example.cn]]",
    "Cadastro da associação de pais: [[PERSON|Luana Ferreira dos Santos]], CPF [[ID_NUMBER|372.914.608-40]], e-mail [[EMAIL_ADDRESS|luana.fsantos@example.com.br]].",
    "आवेदक: [[PERSON|अनीता शर्मा]], आधार संख्या [[ID_NUMBER|5183 2749 0612]], मोबाइल [[PHONE_NUMBER|+44 7700 900156]]",
    "Trip volunteer ID check: [[PERSON|Venkatesh Subramanian]], Aadhaar [[ID_NUMBER|2967 4051 8324]], email [[EMAIL_ADDRESS|venkat.subra@example.in]].",
    "Parent volunteer: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8142736D]], email [[EMAIL_ADDRESS|weiling.tan@example.sg]].",
    "Föräldraföreningen, kassör: [[PERSON|Ingela Bergström]], personnummer [[ID_NUMBER|820614-2849]], [[STREET_ADDRESS|Björkvägen 12, 752 36 Uppsala]].",
    "Aanmelding schoolreisbegeleider: [[PERSON|Sanne van der Linden]], BSN [[ID_NUMBER|183745620]], e-mail [[EMAIL_ADDRESS|sanne.vdlinden@example.nl]].",
    "학부모회 회원: [[PERSON|김지현]], 주민등록번호 [[ID_NUMBER|850921-2034178]], 이메일 [[EMAIL_ADDRESS|jihyun.kim@example.kr]]",
    "P&C treasurer: [[PERSON|Bronte McAllister]], TFN [[ID_NUMBER|315 729 487]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Field trip driver: [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|618 493 274]], phone [[PHONE_NUMBER|(514) 555-0147]].",
    "הורה מלווה: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|031482755]], אימייל [[EMAIL_ADDRESS|noa.levi@example.co.il]]",
    "Okul aile birliği üyesi: [[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|29471583010]], e-posta [[EMAIL_ADDRESS|elif.yildirim@example.com.tr]].",
    "Rada rodziców, skarbnik: [[PERSON|Katarzyna Mazur]], PESEL [[ID_NUMBER|88110403645]], konto [[IBAN_CODE|PL04 1140 2004 0000 3702 7548 9163]].",
    "Opiekun wycieczki: [[PERSON|Michał Szymański]], PESEL [[ID_NUMBER|92031508734]], tel. [[PHONE_NUMBER|+44 7700 900947]].",
    "Comitato genitori: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI85M52F205B]], email [[EMAIL_ADDRESS|giulia.rossi85@example.it]].",
    "Accompagnatore della gita: [[PERSON|Marco Bruno]], C.F. [[ID_NUMBER|BRNMRC79C14L219I]], IBAN [[IBAN_CODE|IT74 K030 6909 6061 0000 0119 427]].",
    "Vanhempainyhdistyksen jäsen: [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|230587-6122]], sähköposti [[EMAIL_ADDRESS|aino.korhonen@example.fi]].",
    "School governing body member: [[PERSON|Thabo Mokoena]], ID number [[ID_NUMBER|860417 5083 089]], [[STREET_ADDRESS|18 Jacaranda Street, Hatfield, Pretoria 0083]], email [[EMAIL_ADDRESS|thabo.mokoena@example.co.za]].",
    "PTA役員登録：[[PERSON|佐藤 美咲]]、マイナンバー [[ID_NUMBER|4830 6129 5748]]、メール [[EMAIL_ADDRESS|misaki.sato@example.jp]]",
    "Ficha del AMPA: [[PERSON|Javier Ortega Ruiz]], DNI [[ID_NUMBER|53928174M]], [[STREET_ADDRESS|Calle del Pez 14, 3º B, 28004 Madrid]].",
    "Monitora de la excursión: [[PERSON|Oana Dumitrescu]], NIE [[ID_NUMBER|X4719283M]], correo [[EMAIL_ADDRESS|oana.dumi@example.es]].",
    "Parents' Association member: [[PERSON|Ciarán Ó Súilleabháin]], PPSN [[ID_NUMBER|8251736A]], [[STREET_ADDRESS|7 Glenageary Park, Dún Laoghaire, Co. Dublin A96 K2T4]].",
    "Fiche accompagnatrice : [[PERSON|Nathalie Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 86 07 75 114 093 57]], tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Association des parents, trésorier : [[PERSON|Olivier Dubois]], numéro national [[ID_NUMBER|83.04.12-273.71]], IBAN [[IBAN_CODE|BE91 0017 4839 2615]].",
    "FAU-leder: [[PERSON|Kristin Haugen]], fødselsnummer [[ID_NUMBER|150389 42244]], konto [[IBAN_CODE|NO59 1503 2847 615]].",
    "Associação de pais: [[PERSON|Rui Carvalho Nunes]], NIF [[ID_NUMBER|238 471 594]], IBAN [[IBAN_CODE|PT62 0035 0651 0001 2874 9326 1]].",
    "Comitetul de părinți: [[PERSON|Andreea Ionescu]], CNP [[ID_NUMBER|2870523401675]], e-mail [[EMAIL_ADDRESS|andreea.ionescu@example.ro]].",
    "Centro de padres: [[PERSON|Francisca Muñoz Soto]], RUT [[ID_NUMBER|14.382.907-3]], correo [[EMAIL_ADDRESS|fmunoz.soto@example.cl]].",
    "Lastevanemate kogu liige: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48709130276]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]].",
    "Foreldrafélag skólans: [[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|120684-2729]], netfang [[EMAIL_ADDRESS|gudrun.j@example.is]].",
    "Spolek rodičů, pokladní: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|865412/3489]], telefon [[PHONE_NUMBER|+44 7700 900259]].",
    "Батьківський комітет: [[PERSON|Олена Шевченко]], РНОКПП [[ID_NUMBER|3147058262]], телефон [[PHONE_NUMBER|+44 7700 900671]].",
    "Förderverein, Kassenwartin: [[PERSON|Sabine Krüger]], Steuer-ID [[ID_NUMBER|64 710 935 823]], [[STREET_ADDRESS|Lindenstraße 23, 10969 Berlin]], Tel. [[PHONE_NUMBER|030 23125 417]].",
    "Aufwandsentschädigung für den Klassenfahrtbegleiter [[PERSON|Florian Weiß]]: Steuer-ID [[ID_NUMBER|81 537 409 261]], IBAN [[IBAN_CODE|DE84 5001 0517 5407 3182 94]].",
    "Patient: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKR4839]], school camp medical form, email [[EMAIL_ADDRESS|aroha.ngata@example.co.nz]].",
    "Excursion medical consent: [[PERSON|Liam O'Rourke]], Medicare [[ID_NUMBER|3951 24877 1]], parent mobile [[PHONE_NUMBER|0491 570 662]].",
    "Σύλλογος γονέων: [[PERSON|Δημήτρης Παπαδάκης]], ΑΜΚΑ [[ID_NUMBER|11068245379]], email [[EMAIL_ADDRESS|d.papadakis@example.gr]].",
    # no national id
    "Emergency contact card: [[PERSON|Rosalind Achebe]], [[PHONE_NUMBER|07700 900118]], [[STREET_ADDRESS|9 Kestrel Way, Didcot OX11 7PW]].",
    "Refund £23.40 to [[PERSON|Howard Plinth]], card [[CREDIT_CARD|5312 7748 0926 1532]], receipt to [[EMAIL_ADDRESS|h.plinth@example.co.uk]].",
    "Pupil [[PERSON|Maisie Okafor-Byrne]], UPN [[ID_NUMBER|K832104957023]], Year 4, photo consent withdrawn.",
    "Field trip chaperone background check: [[PERSON|Darnell Whitaker]], SSN [[US_SSN|412-67-3098]], phone [[PHONE_NUMBER|(312) 555-0163]].",
    "PTO membership [[ID_NUMBER|PTO-58214]]: [[PERSON|Kimberly Nguyen-Hart]], [[STREET_ADDRESS|2280 Maple Hollow Dr, Columbus, OH 43215]].",
    "Inscription à la kermesse : [[PERSON|Amadou Diop]], [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]], [[PHONE_NUMBER|+33 6 39 98 12 64]].",
    "Elternbeirat: [[PERSON|Mehmet Aydın]], Mitgliedsnummer [[ID_NUMBER|EB-2024-0317]], E-Mail [[EMAIL_ADDRESS|m.aydin@example.de]].",
    "Pago de la excursión: [[PERSON|Lucía Navarro]], tarjeta [[CREDIT_CARD|4556 0291 8473 6204]].",
    "Rimborso della gita a [[PERSON|Francesca Esposito]], IBAN [[IBAN_CODE|IT13 R020 0802 4570 0010 4287 365]], email [[EMAIL_ADDRESS|f.esposito@example.it]].",
    "Ouderraad: [[PERSON|Daan Janssen]], [[STREET_ADDRESS|Kerkstraat 41, 3581 RC Utrecht]], IBAN [[IBAN_CODE|NL70 INGB 0006 8412 37]].",
    "遠足の引率者：[[PERSON|高橋 健太]]、メール [[EMAIL_ADDRESS|kenta.takahashi@example.jp]]、携帯 [[PHONE_NUMBER|+44 7700 900209]]",
    "현장학습 보호자: [[PERSON|박서준]], 이메일 [[EMAIL_ADDRESS|seojun.park@example.kr]], 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵로12길 8]]",
    "ولي الأمر: [[PERSON|خالد المنصوري]]، البريد الإلكتروني [[EMAIL_ADDRESS|khalid.mansouri@example.ae]]، الهاتف [[PHONE_NUMBER|+44 7700 900456]]",
    "অভিভাবক: [[PERSON|সুমিত্রা দাস]], ফোন [[PHONE_NUMBER|+44 7700 900538]], ইমেল [[EMAIL_ADDRESS|sumitra.das@example.in]]",
    "ผู้ปกครอง: [[PERSON|สมศรี วงศ์สวัสดิ์]] โทร [[PHONE_NUMBER|+44 7700 900691]] อีเมล [[EMAIL_ADDRESS|somsri.w@example.co.th]]",
    "Phụ huynh: [[PERSON|Nguyễn Thị Mai]], điện thoại [[PHONE_NUMBER|+61 491 570 284]], địa chỉ [[STREET_ADDRESS|27 Bunya Street, Cabramatta NSW 2166]].",
    "Mzazi: [[PERSON|Amina Wanjiru]], barua pepe [[EMAIL_ADDRESS|amina.wanjiru@example.co.ke]], simu [[PHONE_NUMBER|+44 7700 900774]].",
    "Òbí akẹ́kọ̀ọ́: [[PERSON|Adébáyọ̀ Ọlátúnjí]], fóònù [[PHONE_NUMBER|+44 7700 900313]], àdírẹ́sì [[STREET_ADDRESS|12 Tadlow Gardens, London SE23 1QX]].",
    "Patient number [[ID_NUMBER|RX4471928]]: [[PERSON|Gloria Umeh]], school nurse drop-in, contact [[PHONE_NUMBER|01632 960510]].",
    "PTA membership renewal: [[PERSON|Stephen Aldous]], member no. [[ID_NUMBER|HBPTA-0912]], standing order from [[IBAN_CODE|GB56 MIDL 4005 1781 7362 50]].",
    "Swimming club transfer form: [[PERSON|Yasmin Chaudhry]], member number [[ID_NUMBER|1187264]], [[EMAIL_ADDRESS|yasmin.c@example.co.uk]].",
    "Trip coach booking paid by [[PERSON|Neville Forsythe]] with card [[CREDIT_CARD|5427 3018 6690 4127]], billing address [[STREET_ADDRESS|3 Orchard Row, Frome BA11 2HD]].",
    "New starter: [[PERSON|Kirsty Mabbutt]], employee number [[ID_NUMBER|E-40917]], school email [[EMAIL_ADDRESS|k.mabbutt@hollybrookprimary.example]].",
    "Minibus driver check: [[PERSON|Colin Threlfall]], driving licence [[ID_NUMBER|THREL704153C99HK]], mobile [[PHONE_NUMBER|07700 900602]].",
    "Parent payment account [[ID_NUMBER|PP-88213047]] belongs to [[PERSON|Leanne Dobbs]], [[EMAIL_ADDRESS|leanne.dobbs82@example.com]].",
    "PTA shop order placed by [[PERSON|Barnaby Cole]] from [[IP_ADDRESS|203.0.113.58]], email [[EMAIL_ADDRESS|barnaby.cole@example.org]].",
    "Lost property collected by [[PERSON|Arthur Marchbanks]], [[PHONE_NUMBER|07700 900926]], signed at the office at 15:10.",
    "Gift Aid declaration: [[PERSON|Margaret Oduya]], [[STREET_ADDRESS|58 Laburnum Grove, Kettering NN15 6DS]], donation £40.",
    "Hot lunch program payment: [[PERSON|Priyanka Gill]], card [[CREDIT_CARD|4917 5503 2184 7764]], phone [[PHONE_NUMBER|(604) 555-0182]].",
    "Canteen volunteer: [[PERSON|Jessica Tran]], Working With Children Check [[ID_NUMBER|WWC1847302E]], mobile [[PHONE_NUMBER|0491 570 905]].",
    "Remboursement de la sortie scolaire : [[PERSON|Sophie Lambert]], IBAN [[IBAN_CODE|FR60 3000 4028 3700 0127 4561 843]], courriel [[EMAIL_ADDRESS|sophie.lambert@example.fr]].",
    "Anmeldung Klassenfahrt: [[PERSON|Lena Schäfer]], Schülernummer [[ID_NUMBER|S-2019-4471]], Telefon [[PHONE_NUMBER|+49 30 23125 608]].",
    "Socio del AMPA n.º [[ID_NUMBER|AMPA-1173]]: [[PERSON|Raúl Domínguez]], teléfono [[PHONE_NUMBER|+44 7700 900392]].",
    "Encarregada de educação: [[PERSON|Inês Figueiredo]], [[STREET_ADDRESS|Rua das Flores 87, 4050-265 Porto]], [[EMAIL_ADDRESS|ines.figueiredo@example.pt]].",
    "Zgoda na wycieczkę, rodzic: [[PERSON|Tomasz Kowalewski]], tel. [[PHONE_NUMBER|+44 7700 900848]], e-mail [[EMAIL_ADDRESS|t.kowalewski@example.pl]].",
    "Член родительского комитета: [[PERSON|Анна Сергеевна Волкова]], телефон [[PHONE_NUMBER|+44 7700 900167]], почта [[EMAIL_ADDRESS|anna.volkova@example.ru]].",
    "Πληρωμή εκδρομής: [[PERSON|Μαρία Κωνσταντίνου]], κάρτα [[CREDIT_CARD|2223 0417 5589 3063]].",
    "Gezi ücreti iadesi: [[PERSON|Burak Şahin]], IBAN [[IBAN_CODE|TR26 0006 2000 4700 0062 9174 38]].",
    "Klassresa, betalning: [[PERSON|Oskar Eriksson]], [[STREET_ADDRESS|Storgatan 8, 411 38 Göteborg]], [[EMAIL_ADDRESS|oskar.eriksson@example.se]].",
    "Forældrerådet: [[PERSON|Mette Sørensen]], [[EMAIL_ADDRESS|mette.sorensen@example.dk]], [[STREET_ADDRESS|Nørregade 19, 8000 Aarhus C]].",
    "Szülői munkaközösség: [[PERSON|Kovács Eszter]], telefon [[PHONE_NUMBER|+44 7700 900573]], e-mail [[EMAIL_ADDRESS|eszter.kovacs@example.hu]].",
    "Komite sekolah: [[PERSON|Dewi Anggraini]], email [[EMAIL_ADDRESS|dewi.anggraini@example.co.id]], HP [[PHONE_NUMBER|+61 491 570 447]].",
    'חברת ועד הורים: [[PERSON|מיכל אברהם]], דוא"ל [[EMAIL_ADDRESS|michal.avraham@example.co.il]], טלפון [[PHONE_NUMBER|+44 7700 900984]]',
    "校外教學家長：[[PERSON|林志豪]]，電郵 [[EMAIL_ADDRESS|lin.zhihao@example.tw]]，會員編號 [[ID_NUMBER|PTA-TW-5520]]",
    "عضو انجمن اولیا: [[PERSON|مریم رضایی]]، ایمیل [[EMAIL_ADDRESS|maryam.rezaei@example.ir]]، تلفن [[PHONE_NUMBER|+44 7700 900739]]",
    "Bank transfer for the residential deposit from [[PERSON|Ebenezer Mensah-Boateng]], IBAN [[IBAN_CODE|GB13 BARC 2041 7763 0192 84]], reference Y6RES.",
    "Visitor sign-in: [[PERSON|Harriet Ogundipe]], mobile [[PHONE_NUMBER|07700 900055]], email [[EMAIL_ADDRESS|harriet.ogundipe@example.net]], visiting the Year 2 trip meeting.",
    "Room parent: [[PERSON|Jennifer Castellano]], [[STREET_ADDRESS|415 Birchwood Lane, Naperville, IL 60540]], cell [[PHONE_NUMBER|(630) 555-0129]].",
    "Library volunteer vetting: [[PERSON|Patrick Oyelowo]], DBS certificate number [[ID_NUMBER|001694823571]].",
    "Uniform shop order for [[PERSON|Sinéad Doherty]], paid with card [[CREDIT_CARD|3741 592806 34173]], to collect from the office.",
    "School nurse record: [[PERSON|Ayodele Bakare]], patient number [[ID_NUMBER|PT-559104]], mobile [[PHONE_NUMBER|01632 960847]].",
    "Parent governor nominee: [[PERSON|Mohammed Rafiq Choudhury]], [[STREET_ADDRESS|27 Sefton Avenue, Bradford BD8 7JX]], [[EMAIL_ADDRESS|mr.choudhury@example.co.uk]].",
    "Passport for the Paris trip: [[PERSON|Imogen Hartley-Shaw]], passport no. [[ID_NUMBER|548216093]], expires 2031.",
    "Guest Wi-Fi account issued to [[PERSON|Reuben Castell]], username [[ID_NUMBER|guest_rcastell]], laptop IP [[IP_ADDRESS|198.51.100.23]].",
    "Reception class enrolment, parent: [[PERSON|Olga Petrenko]], [[STREET_ADDRESS|Flat 4, 61 Cromwell Road, Peterborough PE1 2EW]], [[PHONE_NUMBER|07700 900690]].",
    "طلب استرداد رسوم الرحلة: [[PERSON|يوسف الخطيب]]، رقم الحساب [[IBAN_CODE|AE47 0260 0010 1583 9274 611]]",
    "अभिभावक संघ सदस्य: [[PERSON|राजेश कुमार वर्मा]], सदस्य संख्या [[ID_NUMBER|PTA-DL-3391]], ईमेल [[EMAIL_ADDRESS|rajesh.verma@example.in]]",
    "退款申请：[[PERSON|王丽娟]]，银行卡 [[CREDIT_CARD|6228 4810 3795 2608]]，手机 [[PHONE_NUMBER|+44 7700 900801]]",
    "Cymdeithas Rieni: [[PERSON|Gwenllian Morgan]], ffôn [[PHONE_NUMBER|01632 960392]], cyfeiriad [[STREET_ADDRESS|5 Heol y Bryn, Aberystwyth SY23 1LB]].",
    "Holiday club booking: [[PERSON|Kwabena Asamoah]], member ID [[ID_NUMBER|HC-77310]], email [[EMAIL_ADDRESS|kwabena.asamoah@example.org]].",
]

# 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters only).
CLEAN_MTBENCH = [
    "Write a persuasive paragraph convincing a primary school to replace its paper newsletter with a fortnightly podcast.",
    "Imagine you are Sherlock Holmes investigating the disappearance of the prize-winning marrow from a village harvest festival. Describe your first three deductions.",
    "Explain the difference between a list and a tuple in Python to a ten-year-old, with one short example of each.",
    "Write a sequence of four haiku about the last day of the summer term.",
    "You are a guide at a dinosaur exhibition. Greet a group of seven-year-olds and keep them engaged for the first two minutes.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill in about 200 words.",
    "Extract every date from the following text and list them in ISO format: 'The fair moved from 3 June 2024 to 17 June 2024, and the deadline for stalls is now 1 May 2024.'",
    "Write a Python function that returns the nth Fibonacci number using memoisation, and explain its time complexity.",
    "Role-play as Mary Poppins giving advice to a nervous teacher on the morning of a school inspection.",
    "Suggest five creative fundraising ideas for a small village school that do not involve selling food.",
    "Rewrite the opening of Little Red Riding Hood as a breaking news report from the Forest Gazette.",
    "What would happen to the Earth's tides if the Moon were twice as far away? Explain step by step.",
    "Draft a short, friendly policy statement on mobile phone use during school trips, suitable for a parents' handbook.",
    "Write a limerick about a coach that took a wrong turn on the way to the seaside.",
    "Explain how Marie Curie's work changed medicine, in language a Year 6 pupil could follow.",
    "Given the list [4, 9, 1, 7, 3], walk through how bubble sort would order it, showing each pass.",
    "Pretend you are Paddington Bear writing a thank-you letter to a school that invited you to read to the children.",
    "Create a two-day itinerary for a family visiting Edinburgh with children aged 6 and 9 on a modest budget.",
    "Summarise the plot of Charlotte's Web in exactly three sentences.",
    "Write a SQL query that returns the five classes with the highest average attendance from a table attendance(class_id, day, present).",
    "Debate both sides: should primary school pupils be set homework? Give three points for each side.",
    "Describe a thunderstorm from the point of view of a nervous class hamster.",
    "Explain why the sky is blue, then why sunsets are red, in no more than 150 words in total.",
    "If Albert Einstein visited a modern classroom, what three things might surprise him most? Answer in his voice.",
    "Design a simple board game that teaches the times tables, including the rules and how a player wins.",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A school trip costs $18 per child for the coach and $7 per child for entry. If 32 children go, how much does the trip cost in total?",
    "Mia baked 48 cupcakes for the PTA sale. She sold three quarters of them at $1.50 each. How much money did she raise?",
    "The PTA raised $2,400 at the summer fair. They spent 35% on playground equipment and half of the remainder on library books. How much money is left?",
    "A minibus seats 16 passengers. How many minibuses are needed to take 75 children and 9 adults to the zoo?",
    "Leo reads 12 pages of his book every school night and 20 pages on each day of the weekend. How many pages does he read in two weeks?",
    "A raffle sold 340 tickets at $2 each. The prizes cost $185. What was the profit?",
    "The school office orders 15 boxes of pencils with 24 pencils in each box. If each of 9 classes gets the same number of pencils, how many pencils are left over?",
    "Aisha walks 1.2 km to school and 1.2 km home every day. How many kilometres does she walk in a 5-day school week?",
    "A coach leaves at 8:45 am and the journey takes 2 hours and 35 minutes. What time does it arrive?",
    "Tickets to the school play cost $5 for adults and $3 for children. If 84 adults and 126 children came, how much money was collected?",
    "Sam has twice as many stickers as Jo, and Jo has 14 fewer than Priya, who has 50. How many stickers does Sam have?",
    "A class of 30 pupils voted on a trip. 40% chose the castle, one third chose the farm and the rest chose the aquarium. How many chose the aquarium?",
    "The PTA buys juice in packs of 12 for $4.80 a pack. They need 150 drinks for sports day. How much will they spend?",
    "A teacher splits 96 children into groups of 8 for a museum visit. Each group needs 2 adults. How many adults are needed?",
    "Noah saves $3 a week for a school trip costing $45. He already has $9. How many weeks until he has enough?",
    "A cake stall sells slices for 75 cents each. It sold 64 slices and had spent $22 on ingredients. What was the profit?",
    "The school hall has 18 rows of 24 chairs. 57 of the chairs are broken. How many working chairs are there?",
    "Ella's class collected 3 times as many cans as Ben's class. Together they collected 248 cans. How many cans did Ella's class collect?",
    "A visit to the science museum starts at 10:15 and lasts 4 hours 20 minutes including a 45-minute lunch. How long do the children spend in the exhibits?",
    "A pack of 6 glue sticks costs $3.90. How much would 5 glue sticks cost at the same price per stick?",
    "Grace runs the book fair. On Monday she sells 23 books, on Tuesday 8 more than on Monday, and on Wednesday half as many as on Tuesday. How many books does she sell over the three days?",
    "A coach company charges $350 per day plus $1.20 per mile. A day trip is 145 miles each way. What is the total cost?",
    "In a class of 28, the ratio of children with packed lunches to children having school dinners is 3:4. How many have school dinners?",
    "The PTA wants to buy 4 new benches at $129 each. They have raised $380. How much more do they need?",
    "Tom fills 7 party bags with 9 sweets each and 5 bags with 12 sweets each. He started with 150 sweets. How many are left?",
]

# 25 MMLU-style items.
CLEAN_MMLU = [
    "Which of the following is the SI unit of electric charge? A. Volt B. Ampere C. Coulomb D. Ohm",
    "A price floor set above the equilibrium price typically results in: A. a shortage B. a surplus C. no change in quantity D. lower prices",
    "Which organelle is primarily responsible for ATP production in eukaryotic cells? A. Ribosome B. Golgi apparatus C. Mitochondrion D. Lysosome",
    "The Peace of Westphalia (1648) is most closely associated with: A. the end of the Thirty Years' War B. the unification of Italy C. the start of the Hundred Years' War D. the founding of the United Nations",
    "What is the derivative of x·sin(x)? A. cos(x) B. x·cos(x) + sin(x) C. −x·sin(x) D. sin(x) − x·cos(x)",
    "In Piaget's theory, a child who understands conservation of volume has most likely reached which stage? A. Sensorimotor B. Preoperational C. Concrete operational D. Formal operational",
    "Which fallacy attacks the person making an argument rather than the argument itself? A. Straw man B. Ad hominem C. Red herring D. Slippery slope",
    "A claim in negligence generally requires a duty, a breach, causation and: A. intent B. damage C. consideration D. malice",
    "Which gas makes up the largest share of Earth's atmosphere? A. Oxygen B. Argon C. Carbon dioxide D. Nitrogen",
    "If a fair die is rolled twice, what is the probability that the total is 7? A. 1/12 B. 1/6 C. 1/36 D. 7/36",
    "Which of these is a primary colour of light in the additive RGB model? A. Yellow B. Magenta C. Green D. Cyan",
    "The worst-case time complexity of binary search on a sorted array is: A. O(1) B. O(log n) C. O(n) D. O(n log n)",
    "Who wrote 'Pride and Prejudice'? A. Charlotte Brontë B. Jane Austen C. George Eliot D. Mary Shelley",
    "The main function of the large intestine is to: A. digest proteins B. absorb water C. produce bile D. secrete insulin",
    "Which of the following best describes opportunity cost? A. The money spent on a purchase B. The value of the next best alternative forgone C. The total cost of production D. A cost that cannot be recovered",
    "In the United Kingdom, which body sets Bank Rate? A. HM Treasury B. The Monetary Policy Committee C. The Financial Conduct Authority D. Parliament",
    "Which of these numbers is prime? A. 51 B. 57 C. 61 D. 63",
    "The loss of water vapour from the leaves of a plant is called: A. transpiration B. respiration C. photosynthesis D. osmosis",
    "Kohlberg's stage theory is concerned primarily with the development of: A. language B. motor skills C. moral reasoning D. memory",
    "Which philosopher proposed the categorical imperative? A. John Stuart Mill B. Immanuel Kant C. David Hume D. Thomas Hobbes",
    "What is the value of x if 3x − 7 = 20? A. 6 B. 9 C. 27 D. 13/3",
    "Which layer of the OSI model is responsible for routing packets between networks? A. Data link B. Transport C. Network D. Session",
    "The Great Barrier Reef lies off the coast of which Australian state? A. Victoria B. Queensland C. Western Australia D. New South Wales",
    "A knee-jerk reflex is coordinated mainly by the: A. cerebellum B. spinal cord C. hypothalamus D. cerebral cortex",
    "How many semitones are there in a perfect fifth? A. 5 B. 6 C. 7 D. 8",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How long should a child with chickenpox stay off school?",
    "What are the signs of dehydration in a young child on a hot day out?",
    "Is it safe to give paracetamol and ibuprofen together to a seven-year-old with a fever?",
    "How can I tell the difference between a cold and hay fever in children?",
    "What should be in a basic first aid kit for a school trip?",
    "How are head lice treated, and does the whole family need treatment?",
    "When does a nosebleed in a child need medical attention?",
    "How much sleep does a nine-year-old need each night?",
    "Can travel sickness tablets make children drowsy, and how long before a coach journey should they be taken?",
    "How do adrenaline auto-injectors work, and how should they be stored on a day out?",
    "What are the early symptoms of scarlet fever?",
    "How can I help a child who gets anxious about overnight school trips?",
    "Is it normal for a six-year-old to still wet the bed now and then?",
    "What sun cream factor is recommended for children playing outdoors in summer?",
    "How long after a tummy bug should children wait before going back to school?",
    "What are the warning signs of an asthma attack in a child?",
    "How much screen time is healthy for primary school children?",
    "Should a child with conjunctivitis be kept home from school?",
    "What is the best way to remove a tick after a walk in the woods?",
    "What should I do if a child bumps their head and then seems unusually sleepy?",
    "Are any vaccines recommended before a school trip to another European country?",
    "How can I tell whether a sprained ankle might actually be broken?",
    "What snacks give children steady energy on a long walking day?",
    "Can stress cause stomach aches in children, and how can adults help?",
    "How often should a child's asthma inhaler be checked for its expiry date and technique?",
]

# Every national id in the records, with its check (34 kinds).
NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "485 220 6376": nhs_ok,
    "320102198403172413": china_id_ok,  # Chinese resident identity number
    "510104197908225633": china_id_ok,
    "372.914.608-40": cpf_ok,  # Brazilian CPF
    "5183 2749 0612": aadhaar_ok,  # Indian Aadhaar
    "2967 4051 8324": aadhaar_ok,
    "S8142736D": nric_ok,  # Singapore NRIC
    "820614-2849": luhn_len(10),  # Swedish personnummer
    "183745620": bsn_ok,  # Dutch BSN
    "850921-2034178": rrn_ok,  # Korean resident registration number
    "315 729 487": tfn_ok,  # Australian tax file number
    "618 493 274": luhn_len(9),  # Canadian SIN
    "031482755": luhn_len(9),  # Israeli teudat zehut
    "29471583010": kimlik_ok,  # Turkish kimlik
    "88110403645": pesel_ok,  # Polish PESEL
    "92031508734": pesel_ok,
    "RSSGLI85M52F205B": codice_fiscale_ok,  # Italian codice fiscale
    "BRNMRC79C14L219I": codice_fiscale_ok,
    "230587-6122": hetu_ok,  # Finnish henkilötunnus
    "860417 5083 089": luhn_len(13),  # South African id
    "4830 6129 5748": my_number_ok,  # Japanese My Number
    "53928174M": dni_ok,  # Spanish DNI
    "X4719283M": dni_ok,  # Spanish NIE
    "8251736A": pps_ok,  # Irish PPS number
    "2 86 07 75 114 093 57": nir_ok,  # French NIR
    "83.04.12-273.71": belgian_id_ok,  # Belgian national number
    "150389 42244": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 471 594": nif_ok,  # Portuguese NIF
    "2870523401675": cnp_ok,  # Romanian CNP
    "14.382.907-3": rut_ok,  # Chilean RUT
    "48709130276": isikukood_ok,  # Estonian isikukood
    "120684-2729": kennitala_ok,  # Icelandic kennitala
    "865412/3489": rodne_cislo_ok,  # Czech rodné číslo
    "3147058262": rnokpp_ok,  # Ukrainian RNOKPP
    "64 710 935 823": steuer_id_ok,  # German tax id
    "81 537 409 261": steuer_id_ok,
    "ZKR4839": nhi_ok,  # New Zealand NHI
    "3951 24877 1": medicare_ok,  # Australian Medicare
    "11068245379": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
    )
]


def has(marked: str, *kinds: str) -> bool:
    """Whether ``marked`` holds a span of one of ``kinds``."""
    return any(s["type"] in kinds for s in marked_spans(marked))


def check_mix() -> None:
    """The chat requests name people and hold 18 to 22 secrets (2 or 3 API keys); the
    records are one person each, 38 to 42 of them with a listed, valid national id; every
    card and IBAN is valid and invented."""
    named = sum(has(t, "PERSON") for t in CHAT)
    secret = sum(has(t, "PASSWORD", "API_KEY") for t in CHAT)
    keys = sum(has(t, "API_KEY") for t in CHAT)
    english = CHAT[:LOWER_CHAT] + CHAT[LOWER_CHAT + OTHER_LANGUAGES :]
    lower = sum(is_lower(t) for t in english)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3 or lower != LOWER_CHAT:
        raise SystemExit(f"chat: {named} named, {secret} secrets, {keys} keys, {lower} lower")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
    with_id = sum(
        any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in marked_spans(t))
        for t in RECORDS
    )
    if not 38 <= with_id <= 42 or len(NATIONAL_IDS) != with_id:
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            compact = "".join(value.split())
            if kind == "CREDIT_CARD" and (not luhn_ok(value) or compact in WELL_KNOWN_CARDS):
                raise SystemExit(f"card {value!r} invalid or well known")
            if kind == "IBAN_CODE" and (not iban_ok(value) or compact in DOCUMENTATION_IBANS):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


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
        "blind180", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
