# ruff: noqa: E501
"""A hundred-and-eighty-third blind privacy set: 220 texts with personal data and 100 clean
ones, on housing associations, repairs desks and tenants' associations.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) to a housing association's chatbot: repairs,
  damp and mould, lifts, keys and fobs, service charges, transfers, tenants' association
  minutes, rotas, raffles and grants. The first 30 are typed all in lower case, the next 6
  are in Spanish, French, German, Russian, Greek and Hindi, the other 84 in English. Most
  name a private person (tenants, neighbours, carers, caretakers, housing officers,
  contractors), in Latin letters with and without diacritics, Cyrillic, Greek, Arabic,
  Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean and Yoruba spelling, some
  with names that are ordinary words (Hope, Rose, Bill, Grace, Summer, Faith, Joy, Will,
  Mark, Dawn, Amber, Frank, Ivy, Hazel, Sunny, Rich, Patience, Precious, Blessing), many
  with no cue word (rotas, cost splits, sign-offs, minutes, lists, appositives,
  instructions "tell X that ..."). Twenty hold a secret: door, gate, lockbox and alarm
  codes, PINs, wifi keys, passwords, 2FA codes and three API keys or tokens.
* 100 one-person records (one sentence or a short form each) in English and many other
  languages: tenancy sign-ups, repair job sheets, membership cards of tenants'
  associations, rent and service charge payments; 40 of them with a check-digit-valid
  national id, the others with phones, e-mails, addresses, cards, IBANs, SSNs, IPs and
  account, member, tenant, policy, patient and employee numbers.

Usernames and logins, account, tenant, rent, member, policy, patient and employee numbers
and national ids are ID_NUMBER; PINs, door, gate, key-box and alarm codes, wifi keys,
passwords and 2FA codes PASSWORD; titles (Mr, Mrs, Dr) stay outside PERSON spans; an
address span runs from the flat or street line through the postcode and city as typed;
dates of birth, order, job, claim and ticket numbers, public figures, companies and
fictional characters are not labelled; every occurrence of a private value is marked.
The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public figures and fictional characters), 25 GSM8K-style word problems with story first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570, France 06 39 98); cards Luhn-valid and not well-known test numbers; IBANs valid
mod 97 and not documentation examples; SSNs with assignable area, group and serial; IPs
from documentation ranges; national ids with valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind183.py`` from the repository root; the output
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
CHAT_WORDS = (3, 105)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|Sr|Sra|Herr|Frau|Mme|Auntie|Uncle|Nurse)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, then Spanish, French, German, Russian, Greek and
# Hindi, then 84 in English.
CHAT = [
    # all lower case
    "hi, my boiler's been off since friday. it's [[PERSON|gintarė vaitkutė]] at [[STREET_ADDRESS|flat 9, 41 marlowe court, hessle road, hull hu3 4tj]] and you can ring me on [[PHONE_NUMBER|07700 900214]]",
    "repairs rota for the lift lobby clean: mon [[PERSON|tomasz wiśniewski]], tue [[PERSON|aisha bello]], wed [[PERSON|ruth]], thu [[PERSON|dev malhotra]]. can the bot post it on the noticeboard page",
    "the key safe by the bin store is [[PASSWORD|4471]], contractor from apex keeps saying it doesn't work. can someone check? [[PERSON|mo farouk]], block c",
    "tell [[PERSON|bronwen]] from the tenants' association that the agm minutes are ready, she can reach me at [[EMAIL_ADDRESS|dafydd.pryce@mailbox.org]]. cheers, [[PERSON|dafydd pryce]]",
    "can u log a damp and mould job for my nan, [[PERSON|doreen hatch]], [[STREET_ADDRESS|22 cobden terrace, gateshead ne8 1rp]]. she's 84 and wont ring herself because she doesn't want to be a bother. the back bedroom wall is black behind the wardrobe and the window sill is soaking every morning. she's got copd so it really worries me. i can be there to let someone in any weekday after 4. my number is [[PHONE_NUMBER|07700 900587]]",
    "wifi for the community room at the centre is [[PASSWORD|tenants2024!hall]], network name oakfield-guest. can you put that on the booking confirmation for [[PERSON|precious nwachukwu]]",
    "who do i talk to about the service charge going up 18%? i'm on the residents panel with [[PERSON|ilse van der berg]] and [[PERSON|kwame asante]] and none of us got the breakdown",
    "my login for the tenant portal is [[ID_NUMBER|jmcallister82]] and it keeps saying locked. password was [[PASSWORD|bluebell-77-kite]]. please unlock",
    "the electrician, [[PERSON|radu ionescu]], left the consumer unit cover off in flat 3. not happy. tenant is my dad [[PERSON|petru lungu]]",
    "split for the tenants' association christmas raffle prizes: [[PERSON|siobhan]] £20, [[PERSON|yusuf]] £20, [[PERSON|hope]] £15, [[PERSON|mei ling]] £15. is it ok to pay out of the association account",
    "ring [[PERSON|kateryna bondarenko]] on [[PHONE_NUMBER|01632 960718]] about her window restrictor, she doesn't read texts",
    "gate code for the rear car park at [[STREET_ADDRESS|harrow court, 5 pellew street, plymouth pl1 4ex]] changed to [[PASSWORD|2580#]] and nobody told us",
    "hi this is [[PERSON|ngozi]] from flat 12. the shared laundry machine ate £6 again. can i get a refund to my rent account [[ID_NUMBER|rt-448102]]",
    "my neighbour [[PERSON|σταύρος παπαδόπουλος]] is hoarding in the shared loft and it's a fire risk. i don't want him to know it was me. my name is [[PERSON|ellie]]",
    "please send the repairs survey link to [[EMAIL_ADDRESS|h.okonkwo77@outlook.com]], i'm the chair of the estate residents group",
    "asb diary for this week - monday 2am music from flat 8, tuesday same. flat 8 is [[PERSON|lyle trench]]. i'm [[PERSON|summer]], flat 6",
    "boiler engineer needs access thurs. lockbox at the side door is [[PASSWORD|0619]], key for 14b is on the blue ring. tenant [[PERSON|ayesha siddiqui]] is at work",
    "can i swap my repair slot with [[PERSON|bill okafor]] from no. 4? he's home wednesdays and i'm not",
    "2fa code is [[PASSWORD|583 104]] i think, it expired before i could type it in. can you resend to my other number [[PHONE_NUMBER|07700 900931]]",
    "treasurer's report: [[PERSON|farida haidari]] handed over the float of £142.50 to [[PERSON|joe mensah]] on the 3rd, receipt signed by both",
    "delete my old email [[EMAIL_ADDRESS|priya.r.nair@btinternet.com]] from the tenant newsletter list and use [[EMAIL_ADDRESS|prinair.home@gmail.com]] instead. thanks, [[PERSON|priya nair]]",
    "the scaffolders left a pole across the path outside [[STREET_ADDRESS|38 ashgrove road, bristol bs7 9lq]]. my son [[PERSON|olumide]] nearly went over it on his bike",
    "alarm keypad code for the sheltered scheme office is [[PASSWORD|7913]], [[PERSON|marguerite]] the warden asked me to pass it on to the new relief worker",
    "is there a form for mutual exchange? me and [[PERSON|thandiwe dlamini]] want to swap, she's in a 3 bed and i'm in a 2 bed",
    "tell the repairs desk that [[PERSON|arjun]] in 7a still has no hot water, third time reporting, job ref 55102",
    "my council tax support letter went to the wrong flat, it's addressed to [[PERSON|wiremu tane]] at [[STREET_ADDRESS|flat 2, 17 holloway rise, leicester le2 6gb]], that's me",
    "for the committee vote: [[PERSON|jin-woo park]] yes, [[PERSON|grace]] yes, [[PERSON|lucía herrera]] abstain, [[PERSON|ben]] no",
    "lounge wifi: [[PASSWORD|greenlane_res_0923]]",
    "hi, [[PERSON|عمر الخطيب]] here, flat 31. water coming through the ceiling from 35 again, please send someone today. [[PHONE_NUMBER|07700 900376]]",
    "can you unlock the estate hall booking account? username [[ID_NUMBER|rosie.b.hall]] pin [[PASSWORD|4826]]",
    # other languages: Spanish, French, German, Russian, Greek, Hindi
    "Hola, soy [[PERSON|Begoña Etxeberria]]. En mi piso, [[STREET_ADDRESS|Flat 5, 90 Brixton Hill, London SW2 1QN]], hay una fuga en el baño desde el lunes. ¿Pueden mandar al fontanero? Mi móvil es [[PHONE_NUMBER|+44 7700 900452]].",
    "Bonjour, pouvez-vous transmettre à [[PERSON|Hélène Marchetti]] le compte rendu de la réunion de l'amicale des locataires ? Le code de la porte du local a changé : [[PASSWORD|4B719]]. Merci, [[PERSON|Nadège Kouassi]], présidente",
    "Guten Tag, der Hausmeister [[PERSON|Jürgen Schäfer]] hat gesagt, ich soll mich hier melden. Die Heizung in der Wohnung meiner Mutter, [[PERSON|Renate Vogel]], fällt seit drei Tagen aus. Rückruf bitte unter [[PHONE_NUMBER|01632 960245]].",
    "Здравствуйте! Меня зовут [[PERSON|Людмила Сергеевна Орлова]], квартира 14. Сосед сверху, [[PERSON|Виктор Гаврилов]], опять залил мне кухню. Напишите мне на [[EMAIL_ADDRESS|l.orlova61@yandex.ru]], пожалуйста.",
    "Καλησπέρα, είμαι η [[PERSON|Ελένη Κωνσταντίνου]] από το διαμέρισμα 6. Η ταμίας του συλλόγου ενοικιαστών, [[PERSON|Δέσποινα Μαυρίδη]], μου έδωσε τον κωδικό [[PASSWORD|Syllogos#2024]] για το wifi της αίθουσας αλλά δεν δουλεύει. Μπορείτε να βοηθήσετε;",
    "नमस्ते, मेरा नाम [[PERSON|सुनीता वर्मा]] है। मेरे फ्लैट की खिड़की टूट गई है और मरम्मत विभाग ने अभी तक किसी को नहीं भेजा। कृपया मुझे [[PHONE_NUMBER|07700 900663]] पर कॉल करें।",
    # English
    "Hi, I'm [[PERSON|Adébáyọ̀ Ògúnlànà]] at [[STREET_ADDRESS|Flat 14, Carver House, 2 Lime Street, Manchester M4 6FJ]]. The extractor fan in the bathroom has been dead for a month and the mould is back on the ceiling and round the window frame. I've bleached it twice but it comes back within a week, and my youngest has a cough that won't shift. The last operative said the fan needed a new isolator switch and that he would order one, but nobody has been back since. Can I get a visit this week, ideally after 3pm when I'm home from work?",
    "Rota for bin store clean-up, Saturday mornings: 6 Jan [[PERSON|Hope Adeyemi]], 13 Jan [[PERSON|Krzysztof Wąsik]], 20 Jan [[PERSON|Rose Delaney]], 27 Jan [[PERSON|Faisal Qureshi]]. Please add to the residents' calendar.",
    "Tell Mrs [[PERSON|Chidinma Okafor]] at number 19 that the gas safety check has moved to Tuesday at 8am, and that the engineer will call [[PHONE_NUMBER|07700 900128]] first.",
    "The treasurer, [[PERSON|Dmitri Sokolov]], says the tenants' association still hasn't received the £250 community grant. Who at the housing association signs those off?",
    "Cost split for the communal garden skip: [[PERSON|Bill]] £30, [[PERSON|Grace Mwangi]] £30, [[PERSON|Tariq]] £25, me £25. Can the association reimburse us from the garden fund? [[PERSON|Hazel Quinlan]]",
    "My repairs portal password is [[PASSWORD|Kestrel!Lane58]] and the username is [[ID_NUMBER|t.abernathy]], but it says my account doesn't exist. Please fix it.",
    "Hello, this is [[PERSON|Nguyễn Thị Hoa]] from flat 3. The front door intercom doesn't buzz our flat. My husband [[PERSON|Trần Văn Minh]] has tried the reset button twice.",
    "Chase the roofer for [[PERSON|Rhiannon Lewis]]!",
    "Lockbox for the plant room at Beacon Court is [[PASSWORD|3092]]. Please give it to the lift engineer, [[PERSON|Sanjay Halder]], only, not the whole contractor list.",
    "Who's the housing officer for Meadow Rise now? It used to be [[PERSON|Dawn Fairweather]] but her emails bounce.",
    "I need a letter confirming my tenancy for my college bursary. Name [[PERSON|Kofi Boateng]], tenancy ref [[ID_NUMBER|TEN-0048821]], address [[STREET_ADDRESS|9 Wheatfield Close, Luton LU3 2HW]].",
    "Our residents' WhatsApp admin is [[PERSON|Yael Ben-David]] ([[PHONE_NUMBER|07700 900845]]). Can the repairs desk send outage notices to her so she can forward them?",
    "Please pass this on to the caretaker: [[PERSON|Hamid Rahimi]] in flat 22 has a new mobility scooter and needs a space in the scooter store.",
    "Minutes of the tenants' association meeting, 12 March. Present: [[PERSON|Agnieszka Zielińska]] (chair), [[PERSON|Marcus Bell]] (secretary), [[PERSON|Fatou Diallo]], [[PERSON|Patience Osei]], [[PERSON|Will Harker]]. Apologies: [[PERSON|Lin Xiaoyan]]. Items: the broken door entry system on the east stairwell, the rise in the service charge, the state of the play area and the fun day in July. Agreed to write to the housing association asking for a site meeting before the end of April and to invite the repairs manager to the next meeting. Can you summarise the action points for the newsletter in three or four bullet points?",
    "The new window fitter, a guy called [[PERSON|Shane Costigan]], gave my daughter his number [[PHONE_NUMBER|07700 900612]] and keeps texting her. I want to make a complaint.",
    "How long does a disrepair claim usually take? I reported the rotten floorboards in December and my case officer, [[PERSON|Imogen Thackeray]], has gone quiet.",
    "Could the bot remind everyone in Holly House that the door entry code changes to [[PASSWORD|5207]] on Monday? Thanks, [[PERSON|Blessing Eze]], block rep",
    "[[PERSON|김민준]] in flat 8 doesn't speak much English. He's been without heating since Sunday. I'm his neighbour and I can translate, so call me, [[PERSON|Sophie Marchand]], on [[PHONE_NUMBER|01632 960391]].",
    "Please update my contact email to [[EMAIL_ADDRESS|amara.chukwu@protonmail.com]]. The old one was hacked.",
    "I paid the rent arrears by card, [[CREDIT_CARD|4716 2039 5814 7362]], but the portal still shows £312 owed. Tenant is [[PERSON|Jarrah Williams]].",
    "Staffing for the fun day stall: [[PERSON|Amber Nakamura]] 10-12, [[PERSON|Frank Oyelaran]] 12-2, [[PERSON|Ivy Chen]] 2-4. Can the association print name badges?",
    "Hi, it's [[PERSON|Mehmet Yılmaz]]. I still can't see my rent statement in the app. My account number is [[ID_NUMBER|RA-7781063]].",
    "Our tenants' association site pulls repair stats from your API. The key [[API_KEY|hxa_live_5Tq9Lm2Vw8Kp4Zr7Yb3Nd6FcX1]] stopped working on Friday. Has it been rotated? [[PERSON|Callum Reid]] set it up.",
    "The housing association sent a letter to my late mother, [[PERSON|Margaret Ellen Pugh]], asking her to book a gas check. She died in May, I told the neighbourhood team at the time and I returned the keys in June. Getting letters in her name every few weeks is upsetting for the family. Please close the account [[ID_NUMBER|HA-2290417]] properly, confirm in writing that nothing is owed, and tell me if you need a copy of the death certificate.",
    "Is it true that [[PERSON|Oren Shapiro]] from the repairs desk is leaving? He's the only one who understood our drains.",
    "Noise complaint: flat above, [[PERSON|Leroy Campbell]], drilling at 11pm every night. My name's [[PERSON|Parveen Akhtar]], flat 15, [[PHONE_NUMBER|07700 900274]].",
    "My son [[PERSON|Eitan]] set up the online account for me, username [[ID_NUMBER|eitan_for_mum]], and now I can't get in. Password was [[PASSWORD|Ruthie1959!]].",
    "Please book the community room for the over-60s lunch club on Thursdays. Organiser is [[PERSON|Jyoti Bhattacharya]], [[EMAIL_ADDRESS|jyoti.b.lunchclub@gmail.com]].",
    "Bathroom adaptation request for my wife [[PERSON|Ha-eun Lee]]: walk-in shower and grab rails. OT assessment done by [[PERSON|Carys Morgan]] last month.",
    "Who do I ask for the CCTV footage from the car park? Someone keyed my car. The concierge, [[PERSON|Vasile Popa]], said ask the bot.",
    "Spare key holder: [[PERSON|Joy Abernethy]]",
    "G'day, [[PERSON|Jedda Collins]] here. Is this the right place for a maintenance request? I'm at [[STREET_ADDRESS|Unit 6, 18 Porter Street, Marrickville NSW 2204]], mobile [[PHONE_NUMBER|0491 570 156]].",
    "Tell the gardening contractor that [[PERSON|Summer Okoye]] at number 11 has asked them not to strim near her bee boxes.",
    "Action list from the residents' panel: chase fire doors ([[PERSON|Rahul]]), survey the bike shed ([[PERSON|Nadia Haddad]]), price new noticeboards ([[PERSON|Theo Papadakis]]). Could you turn this into a table?",
    "Hi, it's [[PERSON|Marisol Quispe]]. My friend helped me register but my email is spelled wrong: it should be [[EMAIL_ADDRESS|marisol.quispe.h@hotmail.com]]. Can you fix it?",
    "The repairs desk keeps calling the wrong number. Mine is [[PHONE_NUMBER|(312) 555-0143]]. Tenant: [[PERSON|DeShawn Whitfield]], [[STREET_ADDRESS|Apt 4C, 1420 W Greenleaf Ave, Chicago, IL 60626]].",
    "Sign-off sheet for the void property in Fern Lane: electrics [[PERSON|Gareth Prosser]], plumbing [[PERSON|Andrzej Kowal]], decoration [[PERSON|Precious Banda]]. Who checks the snagging?",
    "Please email my rent statement to my support worker [[PERSON|Hodan Warsame]] at [[EMAIL_ADDRESS|h.warsame@caritas-support.org.uk]]. I give consent. [[PERSON|Abdirahman Nuur]]",
    "The lift at Tower B is broken again. I use a wheelchair and I'm on the 9th floor. [[PERSON|Ahmad Karimi]], [[PHONE_NUMBER|07700 900790]]",
    "Can the bot explain what the right to repair covers? The housing association is my landlord and [[PERSON|Mark Tillotson]] from their team said a dripping tap isn't covered.",
    "Our boiler's control panel shows code F28. The engineer, [[PERSON|Lech Mazur]], left a note saying to call him at [[PHONE_NUMBER|07700 900503]] if it came back.",
    "Hi, I'm [[PERSON|נועה כהן]]. I moved into flat 5 last week and the previous tenant's post keeps coming. Can you update the name on the bin collection too?",
    "Please register [[PERSON|Ifeoma Nnadi]] and [[PERSON|Grace Achterberg]] as joint tenants for the tenants' association membership.",
    "For the boiler service, the lockbox on the meter cupboard is [[PASSWORD|8257]] and the main door code for the block is [[PASSWORD|C1964]]. Flat belongs to [[PERSON|Ruairí Ó Donnchadha]].",
    "I'm [[PERSON|রাকিব হাসান]] from flat 11. Water pressure has been very low since the works on the main. My email is [[EMAIL_ADDRESS|rakib.hasan.uk@gmail.com]].",
    "Complaint about the repairs operative [[PERSON|Dean Whitlock]]: he smoked in my kitchen and left the cooker hood in bits.",
    "Our association's mailing list sync uses this token: [[API_KEY|mcx-7a91e0f4c2b84d3a9e6f1b05c8d2a7e4-us21]]. Is it safe to paste here? The secretary, [[PERSON|Olga Petrenko]], wants to move the list to your platform.",
    "Can you tell [[PERSON|สมชาย ใจดี]] in flat 17 that his parcel is in the estate office? He gave me his email [[EMAIL_ADDRESS|somchai.jaidee@outlook.co.th]] but I don't have the office login.",
    "Tenants' association treasurer handover: old treasurer [[PERSON|Patricia Lowe]], new treasurer [[PERSON|Femi Adeyinka]]. Please update the bank mandate contact.",
    "Hi, [[PERSON|Daniela Ferreira]] here. My daughter [[PERSON|Beatriz]] is 16 and wants to join the youth forum of the tenants' association. Is there a form?",
    "Gas leak smell on the stairwell of [[STREET_ADDRESS|Windsor House, 14 Barrack Road, Newcastle NE4 6DB]]! I've called the emergency line. Just logging it here too.",
    "Please add [[PERSON|王秀英]] to the list for the new bike store. She's in flat 40 and her daughter [[PERSON|Lily Wang]] is writing this for her.",
    "The decorating voucher went to [[PERSON|Jack]], not me. I'm [[PERSON|Jac Evans]], flat 9 not 6.",
    "I'm writing for my neighbour [[PERSON|Светлана Иванова]], she's 79. Her front door lock is broken and she can't lock it at night. Her phone: [[PHONE_NUMBER|01632 960854]].",
    "Quick one: what's the deadline for nominations to the tenants' board? [[PERSON|Rich Okoro]] wants to stand.",
    "Your repairs emails meant for another tenant keep arriving at my address [[EMAIL_ADDRESS|tmorrissey.home@yahoo.co.uk]]. I'm [[PERSON|Tom Morrissey]] in flat 2, not the flat 20 tenant.",
    "The estate's CCTV was installed by [[PERSON|Kelechi Umeh]] and nobody else knows how it works. Can the security team take it over?",
    "Please forward my damp complaint to the ombudsman liaison, [[PERSON|Felicity Harrow]]. My name is [[PERSON|Sione Taufa]], tenant since 2011.",
    "Who's on the out-of-hours repairs rota this weekend? Last time it was [[PERSON|Dariusz Lis]] and he was great.",
    "Dear repairs team, the back gate at [[STREET_ADDRESS|16 Linnet Way, Norwich NR5 8QE]] won't latch. Regards, [[PERSON|Pat Gallagher]]",
    "Could you send the fire safety leaflet in Somali to [[PERSON|Ubah Jama]] at flat 27? She asked me, [[PERSON|Colin]], as block rep.",
    "Forward the Zoom link for the tenants' forum to [[PERSON|Aroha Ngata]] please, she's at [[EMAIL_ADDRESS|aroha.ngata@xtra.co.nz]].",
    "Our community fridge volunteers for May: [[PERSON|Sunny Kaur]], [[PERSON|Habib Rahman]], [[PERSON|Elif Demir]], [[PERSON|Paddy Byrne]]. Can the housing association cover their food hygiene course?",
    "My IP got blocked from the tenant portal after too many tries. It's [[IP_ADDRESS|203.0.113.47]], username [[ID_NUMBER|kwabena.asare]].",
    "The damp surveyor, [[PERSON|Graham Etherington]], measured 28% in the bedroom wall. When will the works be booked? I'm [[PERSON|Fiona McAllister]].",
    "Hello, [[PERSON|Valentina Rojas]] here, [[STREET_ADDRESS|Flat 3B, Kingfisher House, 80 Dock Road, Cardiff CF10 5AL]]. Mice in the kitchen cupboards. Pest control please.",
    "Can you tell the caretaker, [[PERSON|Ray Dunmore]], that the bins weren't moved back in at Laurel Court?",
    "Grant application for the tenants' association: contact person [[PERSON|Adaeze Obi]], [[EMAIL_ADDRESS|adaeze.obi.ta@gmail.com]], [[PHONE_NUMBER|07700 900159]]. Can the bot check if we're eligible?",
    "I need to report that my ex-partner, [[PERSON|Kieran Doyle]], still has a key to my flat. Can I get the locks changed urgently?",
    "Give the plasterer the access details for the back car park and tell him to park by the garages. Tenant contact [[PHONE_NUMBER|07700 900702]].",
    "Status page for our block's smart heating uses this bearer token: [[API_KEY|ghx_R7mQ2pW9vK4tZ8nB1cX6yF3hJ5dL0sA]]. It's in the repair ticket from [[PERSON|Ibrahim Sesay]]. Can you redact it?",
    "Appliances we lent out this month: dehumidifier to [[PERSON|Carmen Ruiz]], heater to [[PERSON|Stanislav Horák]], heater to [[PERSON|Mercy Adjei]]. Please chase the returns.",
    "Hi, [[PERSON|Faith]] from the youth club. Can we use the tenants' hall on Saturdays?",
    "My housing officer [[PERSON|Nkechi Eze]] said to request a copy of the Section 20 notice here. Leaseholder [[PERSON|Gordon Fitch]], [[STREET_ADDRESS|Flat 12, Regent Mews, 3 Canal Street, Nottingham NG1 7EH]].",
    "Can't log in to the repairs app, it wants a one-time code. I got [[PASSWORD|771209]] by text but it timed out. This is [[PERSON|Aleksandra Petrović]].",
    "Shared ownership question: I own 40% and want to staircase. Who do I speak to? My adviser [[PERSON|Hannah Leclerc]] says the housing association has to value it first.",
    "Please cancel tomorrow's repair visit for [[PERSON|Yohannes Tesfaye]]; he's in hospital. I'm his carer, [[PERSON|Mari Lindqvist]], [[PHONE_NUMBER|07700 900388]].",
    "Repairs stats for [[PERSON|Anjali Deshmukh]], please.",
    "There's asbestos tape on the pipe in the cupboard at [[STREET_ADDRESS|7 Harebell Close, Swindon SN3 4PU]]. Please send a surveyor before [[PERSON|Darren]] from the kitchen firm starts.",
    "Hi, [[PERSON|Mariam Al-Sayed]] here. I applied for a transfer on medical grounds and my GP, Dr [[PERSON|Imran Chaudhry]], sent a letter. Any update?",
    "For the estate walkabout on the 14th: [[PERSON|Ewa]] brings the clipboards, [[PERSON|Tunde]] takes photos, [[PERSON|Rose]] talks to the councillor. Reply to confirm.",
    "Accessible parking bay request for [[PERSON|Gwen Lloyd-Jones]], blue badge holder, [[STREET_ADDRESS|2 Orchard Row, Shrewsbury SY1 2LN]].",
    "[[PERSON|佐藤 美咲]] in flat 18 lost her fob. Her English is limited so she asked me to write. Send the replacement form to [[EMAIL_ADDRESS|misaki.sato.uk@gmail.com]].",
    "The community alarm in my mum's flat keeps going off. Her name is [[PERSON|Dorothy Pike]], [[PHONE_NUMBER|01632 960577]].",
]

# 100 one-person records, each tagged with its language: the first 40 hold a national id.
# fmt: off
RECORDS_BY_LANGUAGE = [
    ("English", "Tenancy sign-up: [[PERSON|Aoife Brennan]], NHS number [[ID_NUMBER|603 418 2751]] (for the medical priority band), mobile [[PHONE_NUMBER|07700 900066]]."),
    ("English", "Adaptations referral. Tenant [[PERSON|Clive Odhiambo]], NHS no. [[ID_NUMBER|721 094 3862]], address [[STREET_ADDRESS|11 Sorrel Drive, Wakefield WF2 7TN]]."),
    ("English", "Sheltered housing application: applicant [[PERSON|Edna Whitcombe]], NHS [[ID_NUMBER|489 230 6177]], home phone [[PHONE_NUMBER|01632 960112]]."),
    ("Dutch", "Huurder [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|318526049]], woont op [[STREET_ADDRESS|Kastanjelaan 42, 3521 BK Utrecht]]; reparatieverzoek voor de cv-ketel."),
    ("Dutch", "Lidmaatschap bewonerscommissie: [[PERSON|Mohamed el Amrani]], BSN [[ID_NUMBER|174390865]], e-mail [[EMAIL_ADDRESS|m.elamrani@ziggo.nl]]."),
    ("Polish", "Wniosek o naprawę: najemca [[PERSON|Zofia Kamińska]], PESEL [[ID_NUMBER|92041703581]], adres [[STREET_ADDRESS|ul. Długa 14 m. 7, 80-827 Gdańsk]]."),
    ("Polish", "Członek stowarzyszenia lokatorów: [[PERSON|Henryk Wróblewski]], PESEL [[ID_NUMBER|68112307949]], e-mail [[EMAIL_ADDRESS|h.wroblewski@wp.pl]]."),
    ("Portuguese", "Cadastro do morador: [[PERSON|Luana Cristina Barbosa]], CPF [[ID_NUMBER|386.251.947-37]], e-mail [[EMAIL_ADDRESS|luana.barbosa@uol.com.br]], apto 302."),
    ("Portuguese", "Solicitação de reparo: [[PERSON|Raimundo Nonato Silva]], CPF [[ID_NUMBER|512.830.664-08]], endereço [[STREET_ADDRESS|Rua das Palmeiras, 118, apto 21, Recife - PE, 50710-120]]."),
    ("Turkish", "Kiracı: [[PERSON|Zeynep Aydın]], T.C. Kimlik No: [[ID_NUMBER|51720384628]], e-posta: [[EMAIL_ADDRESS|zeynep.aydin@hotmail.com.tr]]"),
    ("Spanish", "Solicitud de reparación: inquilina [[PERSON|Marta Giménez Soler]], DNI [[ID_NUMBER|53718264Q]], domicilio [[STREET_ADDRESS|Calle Alcalá 212, 4º izq., 28028 Madrid]]."),
    ("Spanish", "Socio de la asociación de vecinos: [[PERSON|Oumar Sow]], NIE [[ID_NUMBER|Y4817305S]], IBAN [[IBAN_CODE|ES72 2100 3071 8261 0495 8372]]."),
    ("Finnish", "Vuokralainen [[PERSON|Mikko Korhonen]], henkilötunnus [[ID_NUMBER|230779-618T]], osoite [[STREET_ADDRESS|Mannerheimintie 88 B 14, 00250 Helsinki]]."),
    ("Italian", "Inquilina [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]], IBAN [[IBAN_CODE|IT86 X030 6909 6061 0000 0472 839]]."),
    ("Chinese", "住户登记：[[PERSON|陈国强]]，身份证号 [[ID_NUMBER|310104198706224138]]，邮箱 [[EMAIL_ADDRESS|chen.guoqiang87@163.com]]"),
    ("English", "HDB repair request: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|T0381746B]], [[STREET_ADDRESS|Blk 418 Bedok North Ave 2, #07-133, Singapore 460418]]."),
    ("Korean", "세입자 [[PERSON|박서연]], 주민등록번호 [[ID_NUMBER|880514-2015731]], 이메일 [[EMAIL_ADDRESS|seoyeon.park88@naver.com]]"),
    ("English", "Community housing application: [[PERSON|Bronte Hayes]], TFN [[ID_NUMBER|398 154 704]], mobile [[PHONE_NUMBER|0491 570 213]]."),
    ("English", "Tenant [[PERSON|Lachlan O'Dea]], Medicare card [[ID_NUMBER|5718 40267 1]], [[STREET_ADDRESS|4/27 Wattle Street, Footscray VIC 3011]]."),
    ("Japanese", "入居者：[[PERSON|山本 健太]] マイナンバー [[ID_NUMBER|6107 2938 4154]] メール [[EMAIL_ADDRESS|k.yamamoto@docomo.ne.jp]]"),
    ("English", "Approved housing body tenancy: [[PERSON|Niamh Fitzgerald]], PPS [[ID_NUMBER|8264013NA]], IBAN [[IBAN_CODE|IE14 BOFI 9001 2384 7153 29]]."),
    ("French", "Locataire : [[PERSON|Sandrine Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 84 07 69 123 418 13]], adresse [[STREET_ADDRESS|14 rue Paul Bert, 69003 Lyon]]."),
    ("French", "Demande d'intervention : [[PERSON|Jean-Luc Dumont]], numéro national [[ID_NUMBER|76.11.08-413.50]], compte [[IBAN_CODE|BE52 3101 8324 7619]]."),
    ("Norwegian", "Leietaker [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|12058937493]], e-post [[EMAIL_ADDRESS|ingrid.solberg@online.no]]."),
    ("Portuguese", "Inquilino [[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|238176401]], IBAN [[IBAN_CODE|PT16 0035 0726 0004 8127 3059 6]]."),
    ("Romanian", "Chiriaș [[PERSON|Ioana Marinescu]], CNP [[ID_NUMBER|2850912403177]], adresa [[STREET_ADDRESS|Str. Lalelelor 9, bl. C2, ap. 14, Cluj-Napoca 400641]]."),
    ("Spanish", "Postulante al subsidio habitacional: [[PERSON|Camila Fuentes Araya]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|camila.fuentes.a@gmail.com]]."),
    ("Estonian", "Üürnik [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49103124277]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]]."),
    ("Icelandic", "Leigjandi [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|0703894529]], netfang [[EMAIL_ADDRESS|gudrun.sig@simnet.is]]."),
    ("Czech", "Nájemnice [[PERSON|Lucie Procházková]], rodné číslo [[ID_NUMBER|835715/4729]], adresa [[STREET_ADDRESS|Korunní 58, 120 00 Praha 2]]."),
    ("Ukrainian", "Мешканець [[PERSON|Олександр Ткаченко]], РНОКПП [[ID_NUMBER|3184062950]], e-mail [[EMAIL_ADDRESS|o.tkachenko@ukr.net]]."),
    ("German", "Mieter [[PERSON|Lukas Brandt]], Steuer-ID [[ID_NUMBER|57392048164]], IBAN [[IBAN_CODE|DE81 5001 0517 0648 3927 15]]."),
    ("English", "Social housing tenant [[PERSON|Mereana Tipene]], NHI [[ID_NUMBER|ZKT4198]], email [[EMAIL_ADDRESS|mereana.tipene@xtra.co.nz]]."),
    ("Hindi", "किरायेदार: [[PERSON|राजेश कुमार यादव]], आधार [[ID_NUMBER|6184 3092 7156]], ईमेल [[EMAIL_ADDRESS|rajesh.yadav81@rediffmail.com]]"),
    ("Bengali", "ভাড়াটে: [[PERSON|ফারহানা আক্তার]], আধার নম্বর [[ID_NUMBER|8347 6120 9587]], ঠিকানা [[STREET_ADDRESS|২৭ গড়িয়াহাট রোড, কলকাতা ৭০০০১৯]]"),
    ("Swedish", "Hyresgäst [[PERSON|Elin Lindgren]], personnummer [[ID_NUMBER|870915-3269]], adress [[STREET_ADDRESS|Ringvägen 112, 118 60 Stockholm]]."),
    ("English", "Co-op housing member [[PERSON|Marc-André Tremblay]], SIN [[ID_NUMBER|613 482 900]], phone [[PHONE_NUMBER|(514) 555-0172]]."),
    ("Hebrew", 'דייר: [[PERSON|יוסף מזרחי]], ת"ז [[ID_NUMBER|031827454]], דוא"ל [[EMAIL_ADDRESS|yossi.mizrahi@walla.co.il]]'),
    ("Greek", "Ενοικιαστής: [[PERSON|Γιώργος Αλεξίου]], ΑΜΚΑ [[ID_NUMBER|14047915385]], email [[EMAIL_ADDRESS|g.alexiou@otenet.gr]]."),
    ("English", "Social housing applicant [[PERSON|Thabo Mokoena]], ID number [[ID_NUMBER|9106235083082]], email [[EMAIL_ADDRESS|thabo.mokoena@webmail.co.za]]."),
    # no national id
    ("English", "Repair job sheet. Tenant: [[PERSON|Kwesi Mensah]]; address: [[STREET_ADDRESS|Flat 7, Juniper House, 51 Station Road, Crewe CW1 2JQ]]; contact: [[PHONE_NUMBER|07700 900441]]; issue: leaking stopcock."),
    ("English", "Rent refund to be paid to [[PERSON|Helena Sørensen]], account [[IBAN_CODE|DK64 3000 3714 8620 59]], tenant ref [[ID_NUMBER|T-5531907]]."),
    ("English", "Tenants' association membership card: [[PERSON|Ruby Ashworth]], member no. [[ID_NUMBER|TA-00417]], [[EMAIL_ADDRESS|ruby.ashworth@btinternet.com]]."),
    ("English", "Key fob replacement paid by card [[CREDIT_CARD|5283 1946 0572 3814]], cardholder [[PERSON|Desmond Achebe]], [[STREET_ADDRESS|22 Quarry Hill, Leeds LS9 8AB]]."),
    ("English", "Resident profile: [[PERSON|Luis Alvarado]], SSN [[US_SSN|517-38-2046]], unit 3F, phone [[PHONE_NUMBER|(718) 555-0119]]."),
    ("English", "Voucher holder [[PERSON|Tanisha Brooks]], SSN [[US_SSN|284-61-9037]], [[STREET_ADDRESS|2207 Oakwood Ave, Apt 2, Baltimore, MD 21218]]."),
    ("English", "Patient no. on the OT referral: [[ID_NUMBER|PT-887302]], [[PERSON|Winifred Acheampong]], [[PHONE_NUMBER|01632 960433]]."),
    ("Welsh", "Cais am atgyweirio: [[PERSON|Elin Wyn Roberts]], [[STREET_ADDRESS|5 Heol y Bryn, Caernarfon LL55 1HT]], ffôn [[PHONE_NUMBER|07700 900519]]."),
    ("Vietnamese", "Người thuê nhà: [[PERSON|Phạm Quốc Bảo]], email [[EMAIL_ADDRESS|baopham.q@gmail.com]], số điện thoại [[PHONE_NUMBER|07700 900682]]."),
    ("Arabic", "المستأجرة: [[PERSON|ليلى حداد]]، البريد الإلكتروني [[EMAIL_ADDRESS|layla.haddad@hotmail.com]]، الهاتف [[PHONE_NUMBER|07700 900735]]"),
    ("Thai", "ผู้เช่า: [[PERSON|นภา ศรีสุข]] อีเมล [[EMAIL_ADDRESS|napa.srisuk@hotmail.co.th]] โทร [[PHONE_NUMBER|0491 570 384]]"),
    ("Swahili", "Mpangaji: [[PERSON|Wanjiru Kamau]], barua pepe [[EMAIL_ADDRESS|wanjiru.kamau@yahoo.com]], namba ya akaunti ya kodi [[ID_NUMBER|KR-204417]]."),
    ("Yoruba", "Ayálégbé: [[PERSON|Olúwaseun Adéwálé]], fóònù [[PHONE_NUMBER|07700 900807]], àdírẹ́sì [[STREET_ADDRESS|12 Peckham Park Road, London SE15 6TR]]."),
    ("English", "Card on file for the service charge: [[CREDIT_CARD|4929 6031 8457 2023]], exp 09/27, name [[PERSON|Harriet Vance]]."),
    ("English", "Leaseholder [[PERSON|Ibrahim Mansour]], service charge account [[ID_NUMBER|SC-30918]], refund to [[IBAN_CODE|GB26 LOYD 3096 3418 7205 64]]."),
    ("German", "Mitglied im Mieterverein: [[PERSON|Sabine Krüger]], Mitgliedsnummer [[ID_NUMBER|MV-771245]], [[STREET_ADDRESS|Lindenstraße 17, 10969 Berlin]]."),
    ("French", "Adhérente de l'amicale : [[PERSON|Fatoumata Traoré]], [[EMAIL_ADDRESS|fatou.traore@laposte.net]], tél. [[PHONE_NUMBER|06 39 98 41 27]]."),
    ("Italian", "Segnalazione guasto: [[PERSON|Salvatore Esposito]], [[STREET_ADDRESS|Via Toledo 256, 80134 Napoli]], [[EMAIL_ADDRESS|s.esposito@libero.it]]."),
    ("Spanish", "Inquilino [[PERSON|Jesús Hernández Ortiz]], correo [[EMAIL_ADDRESS|jesus.hdz.ortiz@gmail.com]], tarjeta [[CREDIT_CARD|4539 7702 1864 3955]]."),
    ("English", "Portal audit: user [[ID_NUMBER|nhughes_res]] ([[PERSON|Natalie Hughes]]) logged in from [[IP_ADDRESS|198.51.100.23]]."),
    ("English", "Tenant [[PERSON|Oskar Lindholm]], flat 19, wifi key set by the installer: [[PASSWORD|Vx8#Lm2q!Rt]]"),
    ("English", "Alarm monitoring form: keyholder [[PERSON|Bernadette Kirwan]], phone [[PHONE_NUMBER|07700 900960]], alarm code [[PASSWORD|3846]]."),
    ("English", "Home contents insurance via the housing association: policy holder [[PERSON|Ayodele Bankole]], policy no. [[ID_NUMBER|HCI-4409721]], [[EMAIL_ADDRESS|ayo.bankole@gmail.com]]."),
    ("English", "Employee [[PERSON|Craig Melville]], repairs operative, staff no. [[ID_NUMBER|E10483]], work mobile [[PHONE_NUMBER|07700 900095]]."),
    ("Russian", "Жилец: [[PERSON|Анна Кузнецова]], лицевой счёт [[ID_NUMBER|40817-3329]], e-mail [[EMAIL_ADDRESS|anna.kuznetsova@mail.ru]]."),
    ("Korean", "신청인 [[PERSON|이지훈]] 이메일 [[EMAIL_ADDRESS|jihoon.lee@kakao.com]] 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로12길 34, 201호]]"),
    ("Japanese", "修理依頼 [[PERSON|中村 あかり]] 様 住所 [[STREET_ADDRESS|大阪府大阪市北区天満2-7-15-302]] メール [[EMAIL_ADDRESS|akari.nakamura@ezweb.ne.jp]]"),
    ("Chinese", "租户：[[PERSON|林志明]] 电子邮件 [[EMAIL_ADDRESS|lin.zhiming@qq.com]] 房租账号 [[ID_NUMBER|ZH-0092318]]"),
    ("Hungarian", "Bérlő: [[PERSON|Szabó Eszter]], e-mail [[EMAIL_ADDRESS|szabo.eszter@freemail.hu]], cím [[STREET_ADDRESS|Rákóczi út 41, 1088 Budapest]]."),
    ("German", "Mieter: [[PERSON|Marko Jovanović]], Hausverwaltung Wien, IBAN [[IBAN_CODE|AT17 1200 0529 8307 1468]], E-Mail [[EMAIL_ADDRESS|marko.jovanovic@gmx.at]]."),
    ("Swedish", "Medlem i hyresgästföreningen: [[PERSON|Johan Bergström]], medlemsnummer [[ID_NUMBER|HGF-558120]], bankkonto [[IBAN_CODE|SE76 5000 0000 0582 1473 0968]]."),
    ("Danish", "Lejer [[PERSON|Mette Kjærgaard]], e-mail [[EMAIL_ADDRESS|mette.kjaergaard@jubii.dk]], lejemålsnummer [[ID_NUMBER|LM-40217]]."),
    ("Finnish", "Asukastoimikunnan jäsen [[PERSON|Juha Virtanen]], sähköposti [[EMAIL_ADDRESS|juha.virtanen@luukku.fi]], tili [[IBAN_CODE|FI30 4231 0012 5736 48]]."),
    ("Dutch", "Storingsmelding: [[PERSON|Fleur Janssen]], [[STREET_ADDRESS|Vondelstraat 9-III, 1054 GB Amsterdam]], rekening [[IBAN_CODE|NL06 RABO 0318 4629 75]]."),
    ("French", "Règlement du loyer : [[PERSON|Yannick Le Goff]], IBAN [[IBAN_CODE|FR37 3000 4008 2719 0542 7183 652]], [[EMAIL_ADDRESS|yannick.legoff@orange.fr]]."),
    ("Polish", "Najemca [[PERSON|Paweł Grabowski]], konto [[IBAN_CODE|PL24 1020 2892 0000 0001 3904 7285]], tel. [[PHONE_NUMBER|+44 7700 900158]]."),
    ("Norwegian", "Beboer [[PERSON|Sindre Haugen]], kontonummer [[IBAN_CODE|NO68 1503 6204 817]], e-post [[EMAIL_ADDRESS|sindre.haugen@gmail.com]]."),
    ("Turkish", "Tamir talebi: [[PERSON|Emre Çelik]], telefon [[PHONE_NUMBER|07700 900226]], adres [[STREET_ADDRESS|34 Green Lanes, London N16 9BS]]."),
    ("Greek", "Μέλος συλλόγου ενοικιαστών: [[PERSON|Κατερίνα Νικολάου]], τηλ. [[PHONE_NUMBER|+44 7700 900671]], email [[EMAIL_ADDRESS|katerina.nikolaou@yahoo.gr]]."),
    ("Hebrew", "שם: [[PERSON|רחל אברהם]], אימייל [[EMAIL_ADDRESS|rachel.avraham@gmail.com]], מספר חשבון שכירות [[ID_NUMBER|RH-661204]]"),
    ("Amharic", "ተከራይ፦ [[PERSON|ሳራ ተስፋዬ]]፣ ስልክ [[PHONE_NUMBER|07700 900348]]"),
    ("Tagalog", "Nangungupahan: [[PERSON|Maricel Dela Cruz]], email [[EMAIL_ADDRESS|maricel.delacruz@yahoo.com.ph]], telepono [[PHONE_NUMBER|07700 900571]]."),
    ("Indonesian", "Penyewa: [[PERSON|Siti Rahmawati]], alamat [[STREET_ADDRESS|Jl. Melati No. 23, RT 04/RW 07, Bandung 40123]], email [[EMAIL_ADDRESS|siti.rahmawati@yahoo.co.id]]."),
    ("English", "Void inspection signed off by surveyor [[PERSON|Neil Pritchard]], employee no. [[ID_NUMBER|HA-E2271]], email [[EMAIL_ADDRESS|neil.pritchard@northfieldhomes.org.uk]]."),
    ("English", "Tenant contact card: [[PERSON|Grace O'Sullivan]] / [[PHONE_NUMBER|07700 900137]] / [[EMAIL_ADDRESS|graceos@icloud.com]] / [[STREET_ADDRESS|3 Tern Close, Exeter EX2 7JL]]"),
    ("English", "Rent card payment: [[CREDIT_CARD|2221 0047 3815 9608]], name on card [[PERSON|Bilal Hussain]], rent account [[ID_NUMBER|RA-3302118]]."),
    ("English", "Amex for the tenants' association's hall deposit: [[CREDIT_CARD|3782 914063 51725]], [[PERSON|Veronica Stamp]]."),
    ("English", "Housing benefit form: claimant [[PERSON|Mohammed Iqbal]], DOB 04/02/1979, claim ref 77102, bank [[IBAN_CODE|GB43 BARC 2051 8473 9160 25]]."),
    ("English", "Tenancy audit: [[PERSON|Lesley Armitage]] at [[STREET_ADDRESS|Flat 1, 60 Chapel Street, Bolton BL1 1QY]], occupants 2, login [[ID_NUMBER|larmitage60]]."),
    ("English", "Repairs portal reset request: username [[ID_NUMBER|wgreenhalgh]], temporary password [[PASSWORD|Tmp-83kQ-zv]], tenant [[PERSON|Walter Greenhalgh]]."),
    ("Spanish", "Datos de la socia: [[PERSON|Lucía Domínguez Prieto]], teléfono [[PHONE_NUMBER|+44 7700 900902]], correo [[EMAIL_ADDRESS|luciadp@yahoo.es]]."),
    ("Portuguese", "Morador [[PERSON|Tiago Moreira]], cartão [[CREDIT_CARD|5412 6638 0091 5270]], email [[EMAIL_ADDRESS|tiago.moreira@sapo.pt]]."),
    ("Irish", "Ballraíocht: [[PERSON|Siobhán Ní Bhriain]], ríomhphost [[EMAIL_ADDRESS|siobhan.nibhriain@eircom.net]], fón [[PHONE_NUMBER|+44 7700 900863]]."),
    ("Lithuanian", "Nuomininkas [[PERSON|Mantas Kazlauskas]], el. paštas [[EMAIL_ADDRESS|mantas.kazlauskas@inbox.lt]], adresas [[STREET_ADDRESS|Gedimino pr. 45-12, LT-01109 Vilnius]]."),
    ("Czech", "Člen nájemnického spolku: [[PERSON|Ondřej Kučera]], e-mail [[EMAIL_ADDRESS|ondrej.kucera@seznam.cz]], číslo člena [[ID_NUMBER|NS-2087]]."),
    ("English", "Ticket 40021: tenant [[PERSON|Rosa Mendes]] reported login failures from [[IP_ADDRESS|2001:db8:4a1::17]], account [[ID_NUMBER|rmendes_portal]]."),
    ("English", "Emergency contact form: [[PERSON|Patrick Nwosu]], mobile [[PHONE_NUMBER|07700 900614]], landline [[PHONE_NUMBER|01632 960672]]."),
    ("English", "Amex on the decant booking: [[CREDIT_CARD|3471 508264 93103]], [[PERSON|Clementine Ashby]], [[PHONE_NUMBER|(604) 555-0186]]."),
    ("Punjabi", "ਕਿਰਾਏਦਾਰ: [[PERSON|ਹਰਪ੍ਰੀਤ ਸਿੰਘ]], ਫ਼ੋਨ [[PHONE_NUMBER|07700 900451]]"),
    ("Urdu", "کرایہ دار: [[PERSON|عائشہ ملک]]، ای میل [[EMAIL_ADDRESS|ayesha.malik92@gmail.com]]، فون [[PHONE_NUMBER|07700 900129]]"),
]
# fmt: on
RECORDS = [text for _, text in RECORDS_BY_LANGUAGE]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that every housing association should publish its repair response times every month.",
    "Compose a short poem about a leaky roof in the voice of Emily Dickinson.",
    "Pretend you are Sherlock Holmes and deduce what the last occupant of an empty flat was like from the state it was left in.",
    "Explain the difference between a mutual exchange and a transfer in social housing as if to a ten-year-old.",
    "Draft a professional email from a tenants' association to a contractor asking for a written timetable of works. Keep it under 150 words.",
    "Write a Python function that takes a list of repair jobs with priorities and returns them sorted by urgency, then by the date reported.",
    "What are the main arguments for and against rent controls? Give three of each.",
    "Summarise the plot of Charles Dickens's Bleak House in five sentences.",
    "Imagine you are Elizabeth Bennet writing a letter of complaint about a draughty cottage. Write the letter.",
    "Extract all the dates from the following text and list them in ISO format: 'The meeting moved from 3 March to 17 April, and the AGM is on 2 June 2025.'",
    "How could a small volunteer group run a fair raffle? Suggest a process that avoids any accusation of favouritism.",
    "Rewrite this sentence to be more polite: 'Fix my boiler now or I'm withholding rent.'",
    "Describe the architecture of the Barbican Estate in London and why people either love or hate it.",
    "As a travel blogger, write an engaging post about a visit to the Hundertwasserhaus in Vienna.",
    "Give me a step-by-step plan to start a community garden on a shared lawn, including a simple budget table.",
    "Compare the housing policies of Clement Attlee's government and Margaret Thatcher's government in one balanced paragraph.",
    "Write a dialogue between Hermione Granger and Ron Weasley arguing about whose turn it is to take the bins out.",
    "What would happen if every city banned new car parks? Think it through step by step.",
    "Write a SQL query that counts open repair tickets per building and shows only buildings with more than ten.",
    "Write a limerick about a lift that only stops on odd-numbered floors.",
    "Explain Le Corbusier's idea of the house as a 'machine for living in' and give two criticisms of it.",
    "You are a mediator. Suggest three compromises between a landlord who wants to raise service charges and residents who want better cleaning.",
    "Translate into French: 'The heating will be switched off on Tuesday for maintenance.'",
    "What are the pros and cons of heat pumps compared with gas boilers for a block of flats?",
    "Write the opening of a short story in which Miss Marple investigates a mystery at a village almshouse.",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A housing association has 240 flats. One third of them need new windows and half of those also need new doors. How many flats need both new windows and new doors?",
    "Maya paints 3 fences a day and her brother paints 2 fences a day. How many days will it take them together to paint 35 fences?",
    "A repair team fixes 18 leaks in the first week and twice as many in the second week. In the third week they fix 7 fewer than in the second. How many leaks did they fix in the three weeks?",
    "The tenants' association sold raffle tickets at £2 each. They sold 145 tickets and spent £68 on prizes. How much profit did they make?",
    "Leo has 5 boxes of screws with 48 screws in each box. He uses 97 screws. How many screws are left?",
    "A block of flats has 12 floors with 8 flats on each floor. If 15 flats are empty, how many flats are occupied?",
    "Priya walks 1.5 km to the community centre and back every day for 6 days. How many kilometres does she walk in total?",
    "A plumber charges $45 for the call-out and $30 per hour. A job takes 3.5 hours. What is the total bill?",
    "Tom buys 4 tins of paint at $18 each and a roller for $7. He pays with a $100 note. How much change does he get?",
    "A garden has 6 rows of tulips with 14 tulips in each row. Sam picks a quarter of them. How many tulips are left?",
    "The rent for a flat is $850 a month. Next year it goes up by 4%. What will the new monthly rent be?",
    "Aisha reads 22 pages on Monday, 30 on Tuesday and half as many on Wednesday as on Tuesday. How many pages does she read in the three days?",
    "A lift can carry 630 kg. If each person weighs 70 kg on average, how many people can ride in it at once?",
    "Carlos has twice as many marbles as Ben, and Ben has 9 more than Ana. If Ana has 16 marbles, how many marbles do the three of them have altogether?",
    "A bakery makes 120 muffins. It sells 3/5 of them in the morning and 1/4 of the rest in the afternoon. How many muffins are unsold?",
    "The residents' group needs 9 litres of paint for each hallway. There are 7 hallways and paint comes in 5-litre tins. How many tins do they need to buy?",
    "A train travels 240 miles in 4 hours. At the same speed, how long will it take to travel 390 miles?",
    "Nora saves $15 a week and already has $45. After how many weeks will she have enough to buy a bike that costs $240?",
    "A caretaker mows 3 lawns. The first is 20 m by 15 m, the second is 18 m by 10 m and the third is a square with 12 m sides. What is the total area he mows?",
    "Jin buys 3 packs of light bulbs with 6 bulbs in each pack. 4 bulbs are broken. He fits 2 bulbs in each of 5 rooms. How many working bulbs are left?",
    "A school has 480 pupils. 35% walk to school, 25% take the bus and the rest are driven. How many pupils are driven to school?",
    "A tap drips 12 times a minute and each drip is 0.05 ml. How many millilitres of water does it waste in one day?",
    "Grace is 4 years older than her brother. In 6 years the sum of their ages will be 40. How old is Grace now?",
    "A community fridge receives 36 yoghurts on Monday morning. Each day from Monday to Friday, 5 are taken. How many are left on Friday evening?",
    "Omar bought a sofa for $600 and sold it a year later for 15% less. How much money did he lose?",
]

# 25 MMLU-style items.
CLEAN_MMLU = [
    "Which gas, when it condenses on cold walls, is the main cause of condensation damp in homes? A) Carbon dioxide B) Water vapour C) Nitrogen D) Methane",
    "In economics, a price ceiling set below the equilibrium price usually leads to: A) a surplus B) a shortage C) no change D) lower demand",
    "Which of the following is a renewable energy source? A) Coal B) Natural gas C) Solar power D) Diesel",
    "The U-value of a wall measures: A) its colour B) its rate of heat loss C) its weight D) its height",
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "What is the derivative of x^3 with respect to x? A) 3x B) x^2 C) 3x^2 D) x^4/4",
    "Who co-wrote The Communist Manifesto with Karl Marx? A) Friedrich Engels B) Vladimir Lenin C) Adam Smith D) John Locke",
    "Which legal concept describes the right to use land owned by another, such as a right of way? A) Easement B) Lien C) Mortgage D) Covenant",
    "Legionella bacteria multiply fastest in water at about: A) 5 °C B) 20 to 45 °C C) 70 °C D) 100 °C",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Which philosopher wrote Leviathan? A) Thomas Hobbes B) David Hume C) Jean-Jacques Rousseau D) Immanuel Kant",
    "In a UK three-pin plug, the earth wire is coloured: A) blue B) brown C) green and yellow D) black",
    "Which of these is a primary colour of light? A) Yellow B) Green C) Magenta D) Cyan",
    "The Peace of Westphalia was signed in: A) 1492 B) 1648 C) 1789 D) 1815",
    "A tenant who stays on after a lease ends without the landlord's agreement is usually called: A) a freeholder B) a tenant at sufferance C) a licensee D) a mortgagee",
    "What is 15% of 240? A) 24 B) 30 C) 36 D) 40",
    "Which blood cells mainly fight infection? A) Red blood cells B) Platelets C) White blood cells D) Erythrocytes",
    "Which psychologist is best known for the hierarchy of needs? A) B. F. Skinner B) Abraham Maslow C) Jean Piaget D) Carl Jung",
    "The chemical formula of table salt is: A) KCl B) NaCl C) CaCO3 D) NaHCO3",
    "In older buildings, which material is most associated with asbestos when disturbed? A) Pipe lagging B) Glass C) Copper pipe D) Oak flooring",
    "In accounting, depreciation is: A) an increase in asset value B) the allocation of an asset's cost over its useful life C) a tax on property D) a loan repayment",
    "Which planet has the shortest year? A) Venus B) Mercury C) Mars D) Earth",
    "The main purpose of a damp-proof course is to: A) stop rising damp B) insulate the roof C) ventilate the loft D) reinforce the foundations",
    "Which of these sorting algorithms has an average time complexity of O(n log n)? A) Bubble sort B) Insertion sort C) Merge sort D) Selection sort",
    "Who wrote Pride and Prejudice? A) Charlotte Brontë B) Jane Austen C) George Eliot D) Mary Shelley",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Can living in a damp flat make asthma worse?",
    "What are the early signs of carbon monoxide poisoning?",
    "Is black mould on bathroom walls dangerous for a newborn baby?",
    "How can I tell the difference between a cold and the flu?",
    "What should I do after a small electric shock from a light switch?",
    "Are dust mites a common trigger for eczema?",
    "How much water should an older adult drink each day in hot weather?",
    "What temperature should a bedroom be for someone with heart problems?",
    "Can stress from noisy neighbours raise blood pressure?",
    "What is the safest way to clean up after a sewage leak in a kitchen?",
    "Is it normal to feel dizzy after climbing several flights of stairs?",
    "What are the symptoms of a urinary tract infection in elderly people?",
    "How do I treat a minor burn from touching a hot radiator?",
    "Could cockroaches in the kitchen cause allergies?",
    "How long does it take for a sprained ankle to heal?",
    "What foods help lower cholesterol?",
    "Can poor sleep make migraines more frequent?",
    "Is it safe to run a dehumidifier in a child's bedroom overnight?",
    "What are the warning signs of depression in teenagers?",
    "Should I see a doctor about a cough that has lasted four weeks?",
    "How can someone with arthritis in the knees make climbing stairs easier?",
    "Which vaccines are recommended for adults over 65?",
    "Does cold weather really increase the risk of a stroke?",
    "What should be in a basic first aid kit for a shared community room?",
    "Can old lead paint in a building harm adults, or only children?",
]

NATIONAL_IDS = {
    "603 418 2751": nhs_ok,  # NHS number
    "721 094 3862": nhs_ok,
    "489 230 6177": nhs_ok,
    "318526049": bsn_ok,  # Dutch BSN
    "174390865": bsn_ok,
    "92041703581": pesel_ok,  # Polish PESEL
    "68112307949": pesel_ok,
    "386.251.947-37": cpf_ok,  # Brazilian CPF
    "512.830.664-08": cpf_ok,
    "51720384628": kimlik_ok,  # Turkish kimlik
    "53718264Q": dni_ok,  # Spanish DNI
    "Y4817305S": dni_ok,  # Spanish NIE
    "230779-618T": hetu_ok,  # Finnish henkilötunnus
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "310104198706224138": china_id_ok,  # Chinese resident identity number
    "T0381746B": nric_ok,  # Singapore NRIC
    "880514-2015731": rrn_ok,  # Korean resident registration number
    "398 154 704": tfn_ok,  # Australian tax file number
    "5718 40267 1": medicare_ok,  # Australian Medicare card
    "6107 2938 4154": my_number_ok,  # Japanese My Number
    "8264013NA": pps_ok,  # Irish PPS number
    "2 84 07 69 123 418 13": nir_ok,  # French NIR
    "76.11.08-413.50": belgian_id_ok,  # Belgian national number
    "12058937493": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238176401": nif_ok,  # Portuguese NIF
    "2850912403177": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49103124277": isikukood_ok,  # Estonian isikukood
    "0703894529": kennitala_ok,  # Icelandic kennitala
    "835715/4729": rodne_cislo_ok,  # Czech rodné číslo
    "3184062950": rnokpp_ok,  # Ukrainian RNOKPP
    "57392048164": steuer_id_ok,  # German tax id
    "ZKT4198": nhi_ok,  # New Zealand NHI
    "6184 3092 7156": aadhaar_ok,  # Indian Aadhaar
    "8347 6120 9587": aadhaar_ok,
    "870915-3269": luhn_len(10),  # Swedish personnummer
    "613 482 900": luhn_len(9),  # Canadian SIN
    "031827454": luhn_len(9),  # Israeli teudat zehut
    "14047915385": luhn_len(11),  # Greek AMKA
    "9106235083082": luhn_len(13),  # South African id
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
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
    )
]


def kinds(marked: str) -> set[str]:
    return {s["type"] for s in marked_spans(marked)}


def check_mix() -> None:
    """Counts the brief asks for: chat texts with a name and with a secret (three with an
    API key), records naming one person each, 38 to 42 of them with a national id, in
    at least 20 languages besides English."""
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum(bool(kinds(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    keys = sum("API_KEY" in kinds(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {keys} keys")
    ids = set(NATIONAL_IDS)
    with_id = [t for t in RECORDS if any(s["value"] in ids for s in marked_spans(t))]
    if not 38 <= len(with_id) <= 42 or len(with_id) != len(NATIONAL_IDS):
        raise SystemExit(f"records: {len(with_id)} with a national id")
    for t in RECORDS:
        if "PERSON" not in kinds(t):
            raise SystemExit(f"records: no person in {t[:60]!r}")
    languages = {lang for lang, _ in RECORDS_BY_LANGUAGE} - {"English"}
    if len(languages) < 20:
        raise SystemExit(f"records: only {len(languages)} other languages")


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
        "blind183", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    counts = {}
    for path in (HERE / "chat_pii_blind183.jsonl", HERE / "chat_clean_blind183.jsonl"):
        counts[path.name] = sum(1 for _ in path.open(encoding="utf-8"))
    if counts != {"chat_pii_blind183.jsonl": 220, "chat_clean_blind183.jsonl": 100}:
        raise SystemExit(f"record counts {counts}")


if __name__ == "__main__":
    main()
