# ruff: noqa: E501
"""A hundred-and-fifty-eighth blind privacy set: 220 texts with personal data and 100 clean
ones, on youth sports clubs, scouts and holiday camps.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py`` (whole
files), the first eight lines and the "Labels:" paragraph of ``README.md``, and the
docstring and non-text code (imports, constants, checks, ``main``) of ``build_blind36.py``;
never the detector, its rules, docs, tests, git history or the other sets' texts. Every
text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling,
no generated combinations):

* 120 chat requests (3 to 100 words) a parent, coach, scout leader or camp organiser would
  type to a general assistant behind a company gateway: drafting messages, letters and
  replies, summarising pasted notes, minutes, call logs, voicemails and e-mails,
  translating, fixing wording, splitting costs, asking whether something is a scam,
  planning. The first 30 are typed all in lower case (names, e-mails, codes and postcodes
  too, with shorthand and typos); the next 6 are in Spanish, German, French, Italian,
  Dutch and Polish; the other 84 in ordinary English. Names of many origins and shapes:
  first names alone, surnames after titles, full names, nicknames, names that are
  ordinary words (Grace, Summer, River, Bear, Joy, Frank), many named in passing with no
  cue word. 1 to 8 values each; about 20 hold a secret (passwords, PINs, door, gate,
  alarm, locker and padlock codes, wifi keys); every entity type appears among them.
* 100 one-person records (4 to 60 words): prose sentences, profile lines, pipe, CSV and
  semicolon rows, JSON objects, log lines, register entries and short letters, in English
  and more than twenty other languages; each names exactly one person and holds 1 to 4
  other values; 44 carry a national id with valid check digits (Chinese resident id,
  Brazilian CPF, Indian Aadhaar, Singapore NRIC, Swedish personnummer, Dutch BSN, Korean
  resident registration number, Australian TFN and Medicare, Canadian SIN, Turkish
  kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus, South
  African id, Japanese My Number, Spanish DNI and NIE, Irish PPS, French NIR, Belgian
  national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT,
  Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German
  tax id, New Zealand NHI, Greek AMKA, Israeli teudat zehut), two more a US SSN.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (some name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly on the theme.

Labelling rules followed: usernames, logins, member, account, badge, licence, passport,
player and employee numbers, DBS and Working with Children Check numbers and national ids
are ID_NUMBER; PINs, door, gate, alarm, locker and padlock codes, wifi keys and passwords
are PASSWORD; titles and relation words (Mr, Mrs, Ms, Coach, Frau, my son, her husband)
stay outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed; public and historical figures, fictional characters, pets,
clubs and companies, order, invoice, booking and incident references, amounts and dates
of birth are not labelled; every occurrence of a private value is marked, a scammer's
phone, e-mail or account included.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0 and the
496 0 ranges of the big cities; North America 555-01xx; Australia 0491 570; France
06 39 98; Germany 030 23125) and in each country's own layout elsewhere; cards Luhn-valid
and not well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs
with assignable area, group and serial; IPs from the documentation ranges; national ids
with valid check digits (``ids.py``).

Run ``.venv/bin/python bench/data/build_blind158.py`` from the repository root; the output
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Skip|Akela|Auntie|Uncle|Grandad|Nan|Herr|Frau|Mme|Sra|Sr|Trainer)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # typed all in lower case
    "pls write a short whatsapp for the u11 parents: training moves to the astro on thursday 6-7, and [[PERSON|kerry]] is collecting subs this week, her number is [[PHONE_NUMBER|07700 900417]] if anyone needs to pay cash",
    "can u tidy this voicemail into 3 bullet points: 'hi it's [[PERSON|dougie mcnab]] at the scout hut, new key safe code is [[PASSWORD|4471]], dont let the cubs see it, ring me back on [[PHONE_NUMBER|0131 496 0288]] about the boiler'",
    "is this a scam?? email from [[EMAIL_ADDRESS|camp-refunds@summerstars-payments.net]] says my son [[PERSON|alfie]] loses his holiday camp place unless i re-enter my card. i already typed [[CREDIT_CARD|4539 3052 0022 1807]] into their page before i noticed the weird link, what now",
    "fix wording: hi coach [[PERSON|mo]] cant make sat, sorry!! [[PERSON|sadia]]",
    "split the minibus cost for the swim gala, 412 pounds between 14 swimmers, except [[PERSON|tegan]] and [[PERSON|rhys ap iorwerth]] who are on the bursary and pay nothing. how much each",
    "translate into polish for a new parent: your daughter [[PERSON|zuzia]] is in the blue group, drop off 8.45 at the side gate, text me on [[PHONE_NUMBER|07700 900582]] if she gets upset",
    "draft a reply to [[PERSON|bernie]] who keeps emailing me from [[EMAIL_ADDRESS|bernie.fallows@greenhill-rfc.co.uk]] about the u9 tour, tell him nicely the coach is full and hes first on the reserve list",
    "make a little sign for the scout hall noticeboard: leaders wifi is hall-leaders-5g, key [[PASSWORD|bluewhale-kayak-19]], not for young people. if it drops ask [[PERSON|priya]]",
    "summarise these minutes in 4 lines: treasurer [[PERSON|gav o'hara]] says club account [[IBAN_CODE|gb46 barc 8354 9599 4330 65]] is down to 900 quid after the kit order, [[PERSON|lou]] to chase unpaid subs, ground rent due june, agm moved to the 14th",
    "my sons login for the club app is [[ID_NUMBER|finnyboy_2011]] and he forgot his password which was [[PASSWORD|goalie4eva!]] can u write a msg to the app support asking for a reset",
    "write a thank-you card from the brownies to [[PERSON|hazel]] who ran badge night, and her husband [[PERSON|clive]] who did the bbq in the rain",
    "parent rang, i scribbled: [[PERSON|amara okonkwo]], daughter [[PERSON|chidinma]] age 9, nut allergy, epipen in bag, lives [[STREET_ADDRESS|14 larch close, leeds ls6 2qt]], grandad collects. make it a tidy allergy note for camp staff",
    "how do i tell a parent nicely that [[PERSON|jayden]] cant keep bringing his phone to cubs, hes filming the others",
    "tuck shop rota: [[PERSON|nell]] sat, [[PERSON|big mike]] sun, [[PERSON|ade]] both days if [[PERSON|nell]] bails. can u make it a table",
    "write a text for the group chat from me ([[PERSON|ronan]]): the gate code for the top pitches changed, its now [[PASSWORD|2580]] then the key symbol. please dont give it out",
    "is this dodgy? a guy rang from [[PHONE_NUMBER|(614) 555-0147]] saying hes from the little league office and needs my ssn to finish my volunteer coach background check. i nearly read out [[US_SSN|412-73-6081]] before he hung up",
    "short bio for the club website pls: [[PERSON|deepa raman]], u13 girls coach, been with us 6 yrs, level 2 badge, contact [[EMAIL_ADDRESS|deepa.r@harrowvale-fc.org]]",
    "turn this call log into a to-do list: 14:02 mrs [[PERSON|kowalczyk]] re refund camp week 2, wants it back to [[IBAN_CODE|pl44 3839 1718 3502 8173 3587 1502]]. 14:20 [[PERSON|tomasz]] (her husband?) rang same thing from [[PHONE_NUMBER|07700 900733]]. 15:10 nobody",
    "help me word an email to [[PERSON|wendy]] the registrar at [[EMAIL_ADDRESS|wendy.kuhn@northbay-ll.org]] asking why my daughter [[PERSON|maisie]], player id [[ID_NUMBER|nbll-20417]], shows in the wrong age group",
    "quick translate into french: 'bring a packed lunch, suncream and a water bottle every day' its for the dad of [[PERSON|aurélie]]",
    "check my maths: camp fees [[PERSON|oli]] 5 days at 32, [[PERSON|bea]] 3 days at 32, sibling discount 10% off the total. what do i owe",
    "draft an apology to coach [[PERSON|fitz]] for my husband shouting from the touchline at the u12 game on sunday, keep it short, sign it from [[PERSON|marguerite]]",
    "tidy this voicemail: 'hiya its [[PERSON|shaz]], mum of [[PERSON|kayden]], can someone drop his kit bag round to [[STREET_ADDRESS|flat 3, 22 cowley road, oxford ox4 1hz]], he left it at the leisure centre, ta'",
    "locker code for the sailing club changing room is [[PASSWORD|3917]], write a reminder to [[PERSON|ines]] not to share it with the juniors again",
    "my email [[EMAIL_ADDRESS|jo.bellamy77@postbox.co.uk]] got hacked and sent spam to all the rainbows parents. write a short sorry message from me, [[PERSON|jo bellamy]], saying dont click anything",
    "packing list for [[PERSON|ellis]], scout camp, 5 nights",
    "summarise this email chain: [[PERSON|raj]] says the hall booking is confirmed, [[PERSON|fen]] says our insurance lapsed in may, [[PERSON|raj]] again says ring [[PHONE_NUMBER|020 7946 0815]] to renew before the camp",
    "polite reminder pls: subs overdue for [[PERSON|lola]], [[PERSON|marcus webb]] and both [[PERSON|okafor]] boys, pay to [[IBAN_CODE|gb63loyd35564699842512]] with the childs name as reference",
    "the booking site api key is [[API_KEY|whk_9f3ac27be41d08a6c5e2b7]] and i think [[PERSON|declan]] pasted it into the parents group. how bad is that, what do i do first",
    "climbing wall booking under [[PERSON|tiff adeyemi]], member no [[ID_NUMBER|cw-448120]], write the email to move it from 10am to 2pm saturday. reply to [[EMAIL_ADDRESS|tiffadeyemi@outlook-mail.net]]",
    # six other languages: Spanish, German, French, Italian, Dutch, Polish
    "¿Puedes redactar un aviso para las familias del campamento urbano? La monitora [[PERSON|Lucía Ferrández]] recogerá a los niños en [[STREET_ADDRESS|Calle del Pez 14, 28004 Madrid]] a las nueve, y para cualquier duda pueden llamarla al [[PHONE_NUMBER|+34 612 448 903]].",
    "Fass bitte diese Notiz kurz zusammen: Trainer [[PERSON|Jörg]] sagt, der Schlüsselkasten am Vereinsheim hat jetzt den Code [[PASSWORD|7713]]. Frau [[PERSON|Beckmann]] überweist das Geld für die Trikots von [[IBAN_CODE|DE42 5590 0369 3697 1361 00]], Rückfragen an [[EMAIL_ADDRESS|beckmann.familie@webpost.de]].",
    "Traduis en anglais s'il te plaît : « Bonjour, je suis la maman de [[PERSON|Noémie Garnier]], inscrite au stage de voile. Son numéro de licence est [[ID_NUMBER|FFV 1187342]] et vous pouvez me joindre au [[PHONE_NUMBER|06 39 98 41 27]]. »",
    "Mi aiuti a scrivere una mail gentile all'allenatore [[PERSON|Davide]]? Mio figlio [[PERSON|Pietro Mancini]] non potrà venire al torneo di sabato perché ha la febbre. Firmo io, [[PERSON|Serena]], e il mio indirizzo è [[EMAIL_ADDRESS|serena.mancini@postafamiglia.it]].",
    "Kun je dit bericht aan de ouders van de scouting verbeteren? 'Kamp gaat gewoon door, [[PERSON|Sanne]] neemt de EHBO-doos mee en betalen graag voor 1 juni op [[IBAN_CODE|NL88 RABO 9846 3771 94]] o.v.v. de naam van je kind.'",
    "Czy to oszustwo? Dostałam SMS z numeru [[PHONE_NUMBER|+48 512 604 338]], że obóz harcerski mojego syna [[PERSON|Kuby Wróblewskiego]] jest nieopłacony i mam pilnie wpłacić 900 zł na konto [[IBAN_CODE|PL32 6330 9205 7334 0612 9678 3100]].",
    # ordinary English
    "Can you write a friendly welcome email to new families joining 1st Ashcombe Beavers? Sign it from Akela, real name [[PERSON|Harriet Oyelaran]], and give my email [[EMAIL_ADDRESS|h.oyelaran@ashcombescouts.org.uk]] for questions.",
    "Summarise this voicemail for me: 'Hi, it's Coach [[PERSON|Benedetta]] from the Saturday swim squad. The pool alarm code is [[PASSWORD|6092]] if you get there before me, and the float cupboard padlock is [[PASSWORD|1-4-8-8]]. Call me on [[PHONE_NUMBER|07700 900164]] if it won't set.'",
    "Split £286 for the U10 tournament minibus between eight families, but [[PERSON|Grace]]'s mum already paid a £40 deposit and [[PERSON|Hunter Kowalski]]'s dad is only coming one way.",
    "Is this a scam? Text from [[PHONE_NUMBER|07700 900391]]: 'Hi Mum, it's [[PERSON|Kofi]], phone broke at camp, this is my new number, can you send £150 for the canoe trip to [[IBAN_CODE|GB74 MIDL 5544 9280 5453 42]]?' [[PERSON|Kofi]] is at cub camp this week and they don't allow phones.",
    "Please fix the grammar: Dear parents, due to the storm the Duke of Edinburgh expedition are postponed, Mr [[PERSON|Achterberg]] will contact every family individualy about the new date's.",
    "Write a reply to [[PERSON|Sunny]], who asked if her twins can join the holiday camp halfway through the week. We can take them from Wednesday; she should pay the balance at drop-off.",
    "Plan a three-day scout camp menu for 24 kids, one vegan ([[PERSON|Orla]]) and two gluten-free ([[PERSON|Dev]] and [[PERSON|Tamsin]]), cooking on two trangias and a fire pit.",
    "Draft a text to Mrs [[PERSON|Nakamura]] saying [[PERSON|Kaito]] left his inhaler in the minibus and she can collect it from my house, [[STREET_ADDRESS|27 Hawthorn Rise, Bristol BS7 9QP]], any time before 6.",
    "Translate this into Spanish for a camp parent: '[[PERSON|Mateo]] had a great first day. He lost a shoe in the lake; if you find it, please bring it to [[PERSON|Lena]] at the front desk.'",
    "Our treasurer resigned and I need to change the online banking. The old login was [[ID_NUMBER|ridgewayjfc_treas]] with password [[PASSWORD|Conkers&Crisps2019]]. Write a handover checklist for the new treasurer, [[PERSON|Precious Mahlangu]].",
    "Turn these netball minutes into a short email: Present: [[PERSON|Siobhán]], [[PERSON|Tash]], [[PERSON|Yolanda]], [[PERSON|Bex]]. Bibs missing again, [[PERSON|Tash]] to order new ones. Umpire course on the 12th, [[PERSON|Yolanda]] to book. Next meeting after the league final.",
    "Can you help me write a reference for [[PERSON|Joseph Adeyinka-Brown]], 17, who has been a young leader at our cub pack for two years? He's applying for a job at a holiday camp.",
    "Is this legit? An email from [[EMAIL_ADDRESS|fa-compliance-desk@mailservice-uk.com]] asks our welfare officer, [[PERSON|Lorraine Petty]], to confirm her DBS certificate number [[ID_NUMBER|001734592217]] and date of birth by Friday or the club will be suspended.",
    "Rewrite more kindly: '[[PERSON|Rocco]], if you are late for the bus again you are not coming to the tournament.'",
    "Please work out who owes what for the ski trip: total £3,480 for six kids, [[PERSON|Billie]] and [[PERSON|Frank]] get a 20% sibling discount, and [[PERSON|Leilani]] only comes for half the week.",
    "Write a WhatsApp for the U14 team about the tour to Dublin: passports to [[PERSON|Aoife]] by Friday, and [[PERSON|Tyrese]], we still need yours because number [[ID_NUMBER|553829104]] has expired.",
    "Summarise: the holiday club booking system emailed me [[PERSON|Paulo Teixeira]]'s details by mistake, address [[STREET_ADDRESS|8 Quarry Lane, Stroud GL5 3HF]], mobile [[PHONE_NUMBER|07700 900908]]. What should I do about it under GDPR?",
    "Here is the chat log from our club laptop. The league portal blocked our IP [[IP_ADDRESS|203.0.113.47]] after [[PERSON|Hamish]] tried the password [[PASSWORD|Thistle#Shinty22]] five times. Draft a message to the league IT asking them to unblock it.",
    "Help me plan the car-share for the away match: [[PERSON|Ngozi]] has 4 seats, [[PERSON|Piotr]] has 2, I have 3, and we need to move 11 players plus kit.",
    "Translate into Welsh: 'Ask for [[PERSON|Rhiannon]] at reception.'",
    "My daughter [[PERSON|Ivy]] wants to quit gymnastics but we've paid for the term. Write a message to her coach, Ms [[PERSON|Delacroix]], asking if we can pause membership [[ID_NUMBER|GYM-20931]] instead.",
    "Draft a formal letter to the council: our scout group wants to use the field behind [[STREET_ADDRESS|19 Meadowbank Road, Norwich NR3 4LT]], the home of our leader [[PERSON|Godfrey Mensah]], for the district jamboree in August.",
    "Can you write a kind email to the parents of [[PERSON|Yusuf]]? He hurt his wrist at trampoline club. Incident ref TR-0413. Parent email: [[EMAIL_ADDRESS|hussain.family@inbox-mail.co.uk]].",
    "I run a small girls' cricket club. Check this message for tone: 'Parents, the shed alarm was set off again. The code is [[PASSWORD|2468]] and only adults should use it. [[PERSON|Priyanka]]'",
    "Make this into a neat kit order list: [[PERSON|Jem]] M shirt, [[PERSON|Sol]] L shorts, [[PERSON|Poppy Wainwright]] S socks, [[PERSON|Luca]] M hoodie. Pay with my card [[CREDIT_CARD|5412 8164 2047 9586]].",
    "Summarise this email from a parent: 'Dear Skip, [[PERSON|Evie]] will miss the first night of camp because of her grandad's funeral. I can drop her at the site Saturday. My number is [[PHONE_NUMBER|0491 570 228]]. Thanks, [[PERSON|Kath Doolan]]'",
    "What's a fair way to split £95 of pizza between the U8s, U10s and coaches after presentation night? [[PERSON|Big Dave]] paid for it all up front.",
    "Write a reminder to the rowing parents that the boathouse door code changes on Monday from [[PASSWORD|5519]] to [[PASSWORD|7204]], and that [[PERSON|Margit]] has the spare key.",
    "Please fix this: 'Congratulation to [[PERSON|Summer]] and [[PERSON|River]] who get there bronze award!'",
    "Can you turn these call notes into a summary? 10:15 [[PERSON|Dmitri Volkov]] called, wants his son moved to the Tuesday group. 10:40 his wife called to say the opposite. Call back on [[PHONE_NUMBER|(416) 555-0126]].",
    "Congratulate [[PERSON|Thandiwe]] on her coaching badge.",
    "A parent gave me her card over the phone for the residential: [[CREDIT_CARD|3782 034556 82439]], exp 09/27, name [[PERSON|Rosalind Achebe]]. I wrote it on a sticky note. What is the safe way to process it, and what do I do with the note?",
    "Write a short speech for the end-of-camp campfire thanking the cooks, [[PERSON|Bernadette]] and [[PERSON|Wojtek]], and our camp nurse, [[PERSON|Anjali Rao]].",
    "Our holiday camp needs a rota for lifeguards over 10 days. Staff: [[PERSON|Cass]], [[PERSON|Diego]], [[PERSON|Mei-Ling]], [[PERSON|Ollie]]. Each needs two days off and no one works more than three days in a row.",
    "I'm the new secretary. Here's the shared login for the club email: [[EMAIL_ADDRESS|secretary@oakfieldharriers.org]], password [[PASSWORD|Harriers!Relay2024]]. Write a note to my co-secretary [[PERSON|Nadia]] explaining why we should switch to separate accounts.",
    "Write a sorry note from my son [[PERSON|Tobias]] to Mr [[PERSON|Ferreira]] for breaking the clubhouse window with a cricket ball.",
    "The US tour organiser wants my son's details. Check this before I send it: name [[PERSON|Caleb Marsh]], passport [[ID_NUMBER|584127309]], SSN [[US_SSN|523-48-1906]], my phone [[PHONE_NUMBER|(303) 555-0188]]. Is it normal to ask for an SSN?",
    "Help me reply to [[PERSON|Bronwyn]], who wants a refund because her son [[PERSON|Jack]] got homesick and left camp after one night.",
    "Turn this into a formal notice: the junior section's old laptop, IP [[IP_ADDRESS|198.51.100.23]], was stolen from the pavilion and it had the membership spreadsheet on it. Questions to [[PERSON|Colm Breathnach]].",
    "Team name ideas? Our captain [[PERSON|Bear]] loves sharks.",
    "Summarise the scout leaders' meeting: [[PERSON|Ravi]] will do the first aid refresher, [[PERSON|Hettie]] handles the new Explorer unit, [[PERSON|Magnus Lindqvist]] is stepping down as quartermaster; the store combination is now [[PASSWORD|0-3-6-9]] and only [[PERSON|Magnus]] and [[PERSON|Ravi]] knew the old one.",
    "Can you write a birthday message from the whole squad for our goalkeeper, [[PERSON|Bukola]], who turns 12 on Sunday?",
    "Translate into German for an exchange family: '[[PERSON|Jonas]] will be collected from the airport by Mrs [[PERSON|Whitaker]]. Her number is [[PHONE_NUMBER|07700 900265]].'",
    "I got a text saying my camp account was locked and to reply with my username and PIN. I sent [[ID_NUMBER|skovac_mum3]] and [[PASSWORD|1907]] before thinking. What should I do now?",
    "Write an invitation to the under-15 presentation evening, RSVP to [[PERSON|Marisol]] on [[PHONE_NUMBER|(512) 555-0163]] or [[EMAIL_ADDRESS|marisol.vega@lonestar-mail.com]] by the 20th.",
    "Help me word a complaint to the activity centre: our group leader, [[PERSON|Kwame Asante-Boateng]], was charged twice on card [[CREDIT_CARD|5235 8121 1417 8092]] for the high ropes session.",
    "Politely decline [[PERSON|Fatima]].",
    "I need a packing checklist for a week-long sailing camp in Cornwall for my niece [[PERSON|Ngaio]], who is 13.",
    "Here's a voicemail from the camp nurse: 'Hello, this is [[PERSON|Deirdre]] at Lakeside Camp about [[PERSON|Ollie Prendergast]]. He's fine but had a mild reaction; his NHS number is [[ID_NUMBER|404 060 2293]] for your GP. Ring me on [[PHONE_NUMBER|0161 496 0542]].' Summarise it for his dad.",
    "Rewrite this to sound less angry: 'Whoever keeps leaving the equipment shed open, the combination is [[PASSWORD|4-0-4-0]] for a reason!'",
    "Work out the per-child cost: coach hire £620, entry fees £15 each, 18 kids, and the club pays half of the coach. [[PERSON|Lorenzo]] wants to know by tonight.",
    "Write a note to our new assistant leader, [[PERSON|Wren]], with what she'll need: hut alarm [[PASSWORD|8153]], the kit-store key is with [[PERSON|Pat]], and her leader email is [[EMAIL_ADDRESS|wren.assistant.7th@scoutmail.org.uk]].",
    "My son [[PERSON|Lachlan]] is a junior ref at his football club and they want his Working with Children Check. His card says [[ID_NUMBER|WWC1845273E]]. Write an email to the registrar, [[PERSON|Sharon]], sending it.",
    "Please summarise this parent email: 'Hi, [[PERSON|Amelie]] can't do the Saturday shift at the camp tuck shop. [[PERSON|Gus]] can swap if someone covers his Sunday. [[PERSON|Hannelore]]'",
    "Was this a scam? A 'club' texted from [[PHONE_NUMBER|0491 570 916]] saying I won a free season pass for my daughter and asked for my card [[CREDIT_CARD|4024 6243 8947 0304]] to pay postage. I sent it. What now?",
    "Fix the spelling: 'Well done to [[PERSON|Xiomara]], [[PERSON|Benji]] and [[PERSON|Teodor]] for there first ever competiton.'",
    "Draft a message to the holiday camp asking them to update my details: new address [[STREET_ADDRESS|Apt 5B, 310 Willow Street, Portland, OR 97209]], new phone [[PHONE_NUMBER|(503) 555-0109]]. Child: [[PERSON|Quinn Delgado]].",
    "Write an email to the mum of [[PERSON|Connor]] about head lice at camp without naming any other child.",
    "Summarise these notes from the coaches' call: [[PERSON|Sione]] says the U16 line-out is a mess; [[PERSON|Tama]] wants more fitness; [[PERSON|Bertie Fox]] will book the 3G for Thursdays. Booking account [[ID_NUMBER|3G-CLUB-5521]], PIN [[PASSWORD|6640]].",
    "Plan a 90-minute session for 16 beginner climbers aged 8 to 10, with a warm-up, two games and a cool-down. My assistant [[PERSON|Joy]] will run one wall.",
    "Translate into Portuguese: 'Dear Mrs [[PERSON|Santos]], [[PERSON|Gabriel]] has been selected for the regional squad. Training is at the university on Wednesdays.'",
    "Is it okay to put this in the club newsletter? 'Congratulations to [[PERSON|Olamide Bankole]] of [[STREET_ADDRESS|41 Elm Grove, Reading RG1 5JD]], who won the county under-13 100m.'",
    "Write a Slack message to our volunteer IT guy, [[PERSON|Nikhil]], saying the camp booking widget stopped working after we rotated the API key; the new one is [[API_KEY|cbk_live_3Fq8Zr1mW0vTx62NdPa9YhLe]].",
    "Help me write a message to the group: Mrs [[PERSON|Ó Súilleabháin]] has offered her barn for the harvest camp. Her address is [[STREET_ADDRESS|Knockaun, Ballyvourney, Co. Cork P12 X7F4]] and her mobile is [[PHONE_NUMBER|087 415 2230]].",
    "Turn this into a bullet list for parents: drop-off at the leisure centre 8:30, lunches provided, bring a swimsuit, any problems call [[PERSON|Ebony]] on [[PHONE_NUMBER|07700 900356]].",
    "Please rewrite our safeguarding contact line so it sounds warmer: 'Concerns? Talk to [[PERSON|Rosa]] or email [[EMAIL_ADDRESS|welfare.rosa.lindgren@mail-club.se]].'",
    "Split the costs of our Guide unit's trip to the zoo: tickets £12.50 per girl, 21 girls, 4 leaders free, train £180 in total. [[PERSON|Heather]] already paid £60 towards the train.",
    "Summarise this voicemail: 'It's [[PERSON|Buster]]'s dad, [[PERSON|Clem]]. The gate at the camp field is locked; the code on the padlock is [[PASSWORD|1 2 7 9]] I think. Call [[PHONE_NUMBER|+44 7700 900621]].'",
    "What should I say to a parent who thinks [[PERSON|Hassan]] was left out of the A team because of his name?",
    "Write a short profile for the camp staff board: [[PERSON|Ximena Ortiz]], arts and crafts lead, from Oaxaca, loves origami. Staff badge [[ID_NUMBER|STF-0478]].",
    "Draft a welcome text to the new U7 families from me, [[PERSON|Gareth Llewellyn-Jones]], and my co-coach [[PERSON|Bryn]]. Mention that subs go to [[IBAN_CODE|GB28 NWBK 2166 8073 6814 47]].",
    "Fix the wording of this notice: 'Lost property: a blue hoodie with the name [[PERSON|Arlo Finch]] in it, a lunchbox and one football boot.'",
    "Is it a scam? Someone on Facebook says she's [[PERSON|Marcy]] from the camp office and asks me to move my deposit to [[IBAN_CODE|GB17 HBUK 2568 5264 5843 98]] because the old account was closed.",
    "Draft an email to [[PERSON|Heinrich]] at the ski school: our group of 9 arrives Sunday, booking under [[PERSON|Agnieszka Nowak-Jensen]], group member number [[ID_NUMBER|SK-77201]], and we need helmets for three children.",
    "Make this into a timetable: 9:00 archery with [[PERSON|Jude]], 10:30 kayaking with [[PERSON|Ngaire]], 12:00 lunch, 13:00 bushcraft with [[PERSON|Tomasz]], 15:00 free time.",
    "My phone number on the club register is wrong. Write an email to the membership secretary, [[PERSON|Odile]]: correct number [[PHONE_NUMBER|020 7946 0471]], member [[ID_NUMBER|HRC-11582]], name [[PERSON|Vikram Chaudhary]].",
    "Write a caption for our U12 team photo: back row [[PERSON|Kai]], [[PERSON|Matteo]], [[PERSON|Reuben]]; front row [[PERSON|Lily-Mae]], [[PERSON|Zara]], [[PERSON|Dara]].",
    "Help! I posted this in the parents group by mistake: 'wifi for the sports hall is Pavilion_Guest, pass [[PASSWORD|Cr1ck3t_Tea_2024]]'. Should I change it, and how do I word a message asking people to ignore it?",
    "I'm the parent rep. Summarise this email from [[PERSON|Lindiwe]]: she paid £210 for camp with card [[CREDIT_CARD|6011 1116 3167 3604]] but was charged £240, and wants the £30 back to [[IBAN_CODE|IE07 BOFI 5733 1471 7333 01]].",
    "Plan a scavenger hunt for 30 cubs in a park, with rhyming clues suitable for 8-year-olds. My co-leader [[PERSON|Rusty]] will hide them.",
    "Write a note to my ex, [[PERSON|Darren]], to sort out who drives [[PERSON|Maddie]] to the gymnastics competition in Sheffield next Saturday.",
    "Translate to Japanese for a visiting family: 'Welcome, [[PERSON|Haruto]]! Your host at the summer camp is Mrs [[PERSON|Abbott]]; phone [[PHONE_NUMBER|07700 900279]].'",
    "Check my admin: the camp sign-up sheet has a column with each parent's national insurance number, e.g. [[ID_NUMBER|QT 58 21 94 C]] for [[PERSON|Janine Holt]]. Do we even need that?",
    "Please summarise this call log for the committee: caller [[PERSON|Eustace Amoah]], [[STREET_ADDRESS|3 Tannery Mews, York YO1 7HW]], says our junior tennis balls keep landing in his garden; ph [[PHONE_NUMBER|07700 900846]]. Wants a higher net.",
]

# 100 one-person records in English and other languages.
RECORDS = [
    "Register, 1st Kelvinside Cubs | [[PERSON|Callum Ferguson]] | DOB 03/02/2015 | parent mobile [[PHONE_NUMBER|07700 900114]] | medical: asthma, blue inhaler",
    '{"camper": "[[PERSON|Aditi Sharma]]", "aadhaar": "[[ID_NUMBER|5811 9020 8449]]", "guardian_phone": "[[PHONE_NUMBER|+91 98450 37126]]", "cabin": "Kingfisher"}',
    "营员登记：[[PERSON|王子涵]]， 身份证号 [[ID_NUMBER|440306200809178114]]， 家长电话 [[PHONE_NUMBER|+86 138 2651 0947]]， 夏令营第二期。",
    "Ficha de inscrição – Colônia de férias Sol Nascente. Nome: [[PERSON|Beatriz Carvalho Lima]]. CPF: [[ID_NUMBER|913.751.753-86]]. Telefone do responsável: [[PHONE_NUMBER|+55 11 98734 2210]].",
    "[[PERSON|Tobias Grünwald]] joined the under-14 fencing squad in September; his British Fencing membership number is [[ID_NUMBER|BF-203377]].",
    "Lägerdeltagare: [[PERSON|Elsa Lindberg]], personnummer [[ID_NUMBER|100614-1889]], allergi mot jordnötter, målsman nås på [[PHONE_NUMBER|+46 70 412 38 95]].",
    "naam;bsn;e-mail;speltak\n[[PERSON|Daan de Vries]];[[ID_NUMBER|398379270]];[[EMAIL_ADDRESS|daan.devries@kpnmail.nl]];Welpen Scouting Hoogland",
    "캠프 참가자 [[PERSON|김민준]] | 주민등록번호 [[ID_NUMBER|080312-3115748]] | 보호자 연락처 [[PHONE_NUMBER|010-4827-3361]]",
    "Dear Camp Director, I give permission for my son to attend Pinecrest Lake Camp. Camper: [[PERSON|Ethan Kowalczyk]]. Emergency contact: [[PHONE_NUMBER|(715) 555-0172]]. Insurance member ID [[ID_NUMBER|WPS88213407]].",
    "Leirirekisteri: [[PERSON|Eetu Virtanen]], henkilötunnus [[ID_NUMBER|140710A3717]], huoltajan sähköposti [[EMAIL_ADDRESS|virtanen.perhe@kotiposti.fi]].",
    "Karta kwalifikacyjna uczestnika wypoczynku: [[PERSON|Szymon Kamiński]], PESEL [[ID_NUMBER|11222400833]], adres zamieszkania [[STREET_ADDRESS|ul. Lipowa 7 m. 12, 30-065 Kraków]].",
    '2024-07-08T09:14:22Z login ok user=[[ID_NUMBER|m.obi_coach]] name="[[PERSON|Michael Obi]]" ip=[[IP_ADDRESS|192.0.2.84]] portal=junior-league',
    "Iscrizione centro estivo: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI10D45F205Z]], recapito del genitore [[PHONE_NUMBER|+39 347 281 9054]].",
    "Mitgliedsantrag TSV Eichenau, Jugendabteilung: [[PERSON|Leon Hoffmann]], Steuer-ID [[ID_NUMBER|46997341056]], Beitrag per SEPA-Lastschrift von [[IBAN_CODE|DE04 7258 3793 0904 2794 13]].",
    "Volunteer: [[PERSON|Sandra Okoye]] · Role: Beaver Scout leader · DBS certificate [[ID_NUMBER|001829466513]] · Mobile [[PHONE_NUMBER|07700 900239]]",
    "Yaz kampı kayıt formu: [[PERSON|Elif Yıldız]], T.C. kimlik no [[ID_NUMBER|85503471946]], veli telefonu [[PHONE_NUMBER|+90 532 418 77 06]].",
    "Junior membership, Coastal Nippers. Name: [[PERSON|Lachlan Brierley]]. Medicare: [[ID_NUMBER|4821 70813 8]]. Parent phone: [[PHONE_NUMBER|0491 570 347]]. Address: [[STREET_ADDRESS|22 Banksia Street, Manly NSW 2095]].",
    "Fiche sanitaire de liaison, Colonie des Pins. Enfant : [[PERSON|Léa Moreau]]. N° de sécurité sociale : [[ID_NUMBER|2 11 03 75 032 642 50]]. Téléphone des parents : [[PHONE_NUMBER|06 39 98 12 64]].",
    '{"member_id": "[[ID_NUMBER|YSC-40127]]", "name": "[[PERSON|Priya Natarajan]]", "email": "[[EMAIL_ADDRESS|priya.nat@fastpost.io]]", "squad": "U15 girls"}',
    "Autorización de salida del campamento: yo, [[PERSON|Marta Iglesias Ruiz]], con DNI [[ID_NUMBER|95964608Y]], recogeré a mi hija el viernes a las 17:00.",
    "Coach [[PERSON|Antoine Baptiste]] can be reached at [[EMAIL_ADDRESS|a.baptiste@riverside-athletics.org]] or on [[PHONE_NUMBER|(718) 555-0134]] for questions about the cross-country camp.",
    "参加者名簿 氏名: [[PERSON|佐藤 陽翔]] マイナンバー: [[ID_NUMBER|5803 3831 0192]] 緊急連絡先: [[PHONE_NUMBER|090-3841-2276]]",
    "Påmelding sommerleir: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|12071187886]], foresattes e-post [[EMAIL_ADDRESS|solberg.hjem@nettpost.no]].",
    "U16 | [[PERSON|Jamal Haddad]] | [[EMAIL_ADDRESS|jamal.haddad09@schoolmail.net]] | kit size L | paid by card [[CREDIT_CARD|5168 1793 3997 2662]]",
    "Inscrição no campo de férias: [[PERSON|Tiago Ferreira Santos]], NIF [[ID_NUMBER|283136545]], morada [[STREET_ADDRESS|Rua das Flores 112, 2.º Esq., 4050-262 Porto]].",
    "Fișă de înscriere în tabără: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|6100827304851]], telefon părinte [[PHONE_NUMBER|+40 722 381 640]].",
    "To whom it may concern, [[PERSON|Oisín Kavanagh]] (PPS [[ID_NUMBER|9668023R]]) attended our Gaelic football summer camp in Clonmel for two weeks in July.",
    "Ficha campamento scout: [[PERSON|Benjamín Soto Araya]], RUT [[ID_NUMBER|28.946.741-6]], fono apoderado [[PHONE_NUMBER|+56 9 8412 3370]].",
    "Laagri registreerimine: [[PERSON|Rasmus Tamm]], isikukood [[ID_NUMBER|51003198838]], lapsevanema e-post [[EMAIL_ADDRESS|tamm.kodu@postkast.ee]].",
    "Skráning í sumarbúðir: [[PERSON|Sóley Ragnarsdóttir]], kennitala [[ID_NUMBER|190710-2380]], sími foreldris [[PHONE_NUMBER|+354 862 4417]].",
    "Přihláška na letní tábor: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|115421/3522]], bydliště [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]].",
    "Реєстрація в табір: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|4021033445]], телефон батьків [[PHONE_NUMBER|+380 67 412 5583]].",
    "[[PERSON|Lukas Brandt]], Jugendtrainer U12, erreichbar unter [[PHONE_NUMBER|030 23125 418]], Trainerlizenz Nr. [[ID_NUMBER|DFB-C-118274]].",
    "Camp health form: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|DEC1973]], caregiver phone [[PHONE_NUMBER|+64 21 408 5527]].",
    "name,passport,phone,tour\n[[PERSON|Felix Adeyemi]],[[ID_NUMBER|536918247]],[[PHONE_NUMBER|07700 900642]],Netherlands U15",
    "Student: [[PERSON|Tan Wei Ling]] | NRIC [[ID_NUMBER|T0905911Z]] | CCA: Girl Guides | Parent email [[EMAIL_ADDRESS|tan.family88@mailsg.com.sg]]",
    "טופס הרשמה למחנה קיץ: [[PERSON|נועה לוי]], מספר זהות [[ID_NUMBER|399072735]], טלפון הורה [[PHONE_NUMBER|+972 52 648 1193]].",
    "Αίτηση συμμετοχής σε κατασκήνωση: [[PERSON|Νικόλαος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|09071103114]], τηλέφωνο γονέα [[PHONE_NUMBER|+30 694 215 8830]].",
    "Rugby tour consent: [[PERSON|Sipho Dlamini]], ID number [[ID_NUMBER|0907125161089]], guardian cell [[PHONE_NUMBER|+27 82 614 3097]].",
    "Summer cricket academy enrolment: [[PERSON|Arjun Mehta]], Aadhaar [[ID_NUMBER|3594 7766 4997]], fees paid by card [[CREDIT_CARD|4485 4146 3548 2309]].",
    "Volunteer screening file: [[PERSON|Marie-Claude Tremblay]], SIN [[ID_NUMBER|561 940 867]], phone [[PHONE_NUMBER|(819) 555-0190]], Vulnerable Sector Check cleared.",
    "[[PERSON|Jarrah Collins]], casual holiday camp staff. TFN [[ID_NUMBER|339 969 530]]. Email [[EMAIL_ADDRESS|jarrah.c@outbackmail.com.au]].",
    "Residential trip medical consent. Child: [[PERSON|Amelia-Rose Hart]]. NHS number: [[ID_NUMBER|461 200 9304]]. GP surgery: Parkside. Parent mobile: [[PHONE_NUMBER|07700 900755]].",
    "Aanmelding zomerkamp: [[PERSON|Noah Bakker]], BSN [[ID_NUMBER|774677454]], adres [[STREET_ADDRESS|Lindenlaan 23, 3581 BH Utrecht]].",
    "[[PERSON|Mattia Bianchi]], tesserato Under 15, codice fiscale [[ID_NUMBER|BNCMTT09T12L219B]], email del genitore [[EMAIL_ADDRESS|bianchi.famiglia@postaweb.it]].",
    "Participant au mini-camp : [[PERSON|Hugo Lefèvre]], n° de sécu [[ID_NUMBER|1 09 05 69 619 650 40]], portable de la mère [[PHONE_NUMBER|06 39 98 73 05]].",
    "Inschrijving leiding Chirogroep: [[PERSON|Lotte Peeters]], rijksregisternummer [[ID_NUMBER|85.07.14-354.90]], gsm [[PHONE_NUMBER|+32 478 21 64 09]].",
    "[[PERSON|Julia Wiśniewska]] | harcerka | PESEL [[ID_NUMBER|09251989184]] | [[EMAIL_ADDRESS|wisniewscy.dom@pocztaonline.pl]]",
    "Antrag Jugendleiter-Card: [[PERSON|Katharina Vogt]], Steuer-ID [[ID_NUMBER|29756297417]], E-Mail [[EMAIL_ADDRESS|k.vogt@jugendring-post.de]].",
    "Background check request, Little League volunteer: [[PERSON|Darnell Whitfield]], SSN [[US_SSN|318-64-2075]], phone [[PHONE_NUMBER|(317) 555-0115]].",
    "Registro curso de verano: [[PERSON|Valentina Hernández Cruz]], correo del tutor [[EMAIL_ADDRESS|hernandez.cruz.fam@correo-mx.com]], celular [[PHONE_NUMBER|+52 55 4812 7309]].",
    "Tilmelding til spejderlejr: [[PERSON|Magnus Østergaard]], forældres mobil [[PHONE_NUMBER|+45 28 41 76 30]], betaling fra konto [[IBAN_CODE|DK70 3692 9311 9336 83]].",
    "[2024-08-02 17:41:09] WARN camp-portal password reset requested for [[PERSON|Yasmin Farouk]] <[[EMAIL_ADDRESS|yasmin.farouk@parentpost.co.uk]]> from [[IP_ADDRESS|198.51.100.142]]",
    "Our new minibus driver, [[PERSON|Winston Ebanks]], holds driving licence [[ID_NUMBER|EBANK612045W99JK]] with the D1 category.",
    "Clárú don champa samhraidh: [[PERSON|Saoirse Ní Bhriain]], fón tuismitheora [[PHONE_NUMBER|+353 86 214 7793]], ríomhphost [[EMAIL_ADDRESS|saoirse.nibhriain@postire.ie]].",
    "Cofrestru ar gyfer gwersyll yr haf: [[PERSON|Elin Haf Pritchard]], rhif GIG [[ID_NUMBER|462 557 8256]], ffôn rhiant [[PHONE_NUMBER|07700 900803]].",
    '{"refund_to": "[[PERSON|Helena Sørensen]]", "iban": "[[IBAN_CODE|NO42 4152 3224 620]]", "reason": "sailing camp cancelled", "amount": 180}',
    "Payment log 11:02, holiday club deposit £50 taken from card [[CREDIT_CARD|4929 9346 9807 5702]], cardholder [[PERSON|Imogen Castellanos]].",
    "Camper pickup authorization: [[PERSON|Rosalind Greer]] may collect; address [[STREET_ADDRESS|1142 Birchwood Ave, Ann Arbor, MI 48104]], phone [[PHONE_NUMBER|(734) 555-0139]].",
    "Nyári tábor jelentkezés: [[PERSON|Kovács Bence]], szülő e-mail [[EMAIL_ADDRESS|kovacs.csalad@levelezo.hu]], telefon [[PHONE_NUMBER|+36 30 418 2267]].",
    "Đăng ký trại hè: [[PERSON|Nguyễn Minh Anh]], số điện thoại phụ huynh [[PHONE_NUMBER|+84 912 384 571]], email [[EMAIL_ADDRESS|nguyen.minhanh@thumail.vn]].",
    "教练档案 | 姓名 [[PERSON|陈志强]] | 身份证 [[ID_NUMBER|320106199604104513]] | 邮箱 [[EMAIL_ADDRESS|chenzq.coach@zqmail.cn]]",
    "Monitor da colônia de férias: [[PERSON|Rafael Nogueira]], e-mail [[EMAIL_ADDRESS|rafa.nogueira@caixapostal.com.br]], celular [[PHONE_NUMBER|+55 21 99642 1087]].",
    "Incident report, Sandwell Juniors athletics: [[PERSON|Kieran Doyle]] (NHS [[ID_NUMBER|615 330 0707]]) fell during the relay; parent informed on [[PHONE_NUMBER|0121 496 0378]].",
    "Skating club renewal: [[PERSON|Anneliese Fairweather]], member no. [[ID_NUMBER|ISC-30981]], auto-renew card [[CREDIT_CARD|5299 5744 4142 6445]], email [[EMAIL_ADDRESS|anneliese.fw@lakesidemail.com]].",
    "Name: [[PERSON|Bea Kowalski-Reyes]] / Username: [[ID_NUMBER|beakr_swim]] / Swim England no. [[ID_NUMBER|1184502]] / Club: Bracknell Dolphins",
    "[[PERSON|Carmen Vidal]], madre voluntaria del club de baloncesto, paga la cuota desde [[IBAN_CODE|ES96 1732 4423 1304 9299 6669]] y su móvil es [[PHONE_NUMBER|+34 655 201 874]].",
    "Remboursement du séjour ski annulé pour [[PERSON|Chloé Dubois]] sur le compte [[IBAN_CODE|FR16 6074 6938 9448 8705 4832 786]].",
    "Quota campo scout versata da [[PERSON|Alessandro Greco]] con IBAN [[IBAN_CODE|IT35 G517 6051 7009 3169 1706 363]], ricevuta inviata a [[EMAIL_ADDRESS|a.greco@postaweb.it]].",
    "Anmeldung Jungschar-Lager: [[PERSON|Valentina Huber]], Beitrag von [[IBAN_CODE|AT88 1886 6508 1396 2406]], Tel. [[PHONE_NUMBER|+43 664 318 2271]].",
    "Lagerleiterin [[PERSON|Seraina Caduff]], Spesen bitte auf [[IBAN_CODE|CH11 0341 9260 0921 1509 3]], Natel [[PHONE_NUMBER|+41 79 524 18 33]].",
    "Jalkapallokoulun maksu: [[PERSON|Onni Korhonen]], tili [[IBAN_CODE|FI31 7035 0108 4381 04]], kesäkausi 2024.",
    "Återbetalning av lägeravgift till [[PERSON|Alva Johansson]], konto [[IBAN_CODE|SE08 1168 3605 1369 1557 5402]].",
    "[[PERSON|Inês Rodrigues]] pagou o campo de surf por transferência da conta [[IBAN_CODE|PT89 8156 4506 1748 4114 3695 9]].",
    "Camp de vacances des scouts : [[PERSON|Ben Schmit]], remboursement sur [[IBAN_CODE|LU46 4221 4608 4054 4660]].",
    "Lidgeld jeugdvoetbal betaald door [[PERSON|Ruben Claes]] via [[IBAN_CODE|BE81 0646 1048 0321]], e-mail [[EMAIL_ADDRESS|ruben.claes@mailbox-be.be]].",
    "Kampgeld ontvangen van [[PERSON|Fenna Visser]] | [[IBAN_CODE|NL32 INGB 0235 4398 81]] | 145 euro | 3 juli",
    "Refund request: [[PERSON|Ciarán Mac Giolla]], Bandon Sailing Club summer course, IBAN [[IBAN_CODE|IE07 AIBK 3419 9898 8227 34]], phone [[PHONE_NUMBER|086 302 5514]].",
    "Config note: the camp registration sync runs under the account of [[PERSON|Hollis Brandt]] with key [[API_KEY|rgx_prod_Kd83nQ2vLs90aTz4Wm1c]].",
    "Handover note to [[PERSON|Maeve]]: the kit store padlock is [[PASSWORD|7351]] and the club Instagram password is [[PASSWORD|Dolphins!Splash88]].",
    "Attendance 12/07: [[PERSON|Kenji Watanabe]], collected 16:05 by grandmother, pickup password [[PASSWORD|blue-heron]].",
    "timestamp,user,ip\n2024-06-30 21:14,[[PERSON|Ruth Abernethy]],[[IP_ADDRESS|2001:db8:4a1::17]]",
    "استمارة تسجيل في المخيم الصيفي: [[PERSON|ليلى حداد]]، هاتف ولي الأمر [[PHONE_NUMBER|+971 50 418 2276]]، البريد [[EMAIL_ADDRESS|haddad.family@bareed.ae]]",
    "समर कैंप पंजीकरण: [[PERSON|अनन्या वर्मा]], अभिभावक का फ़ोन [[PHONE_NUMBER|+91 99104 62358]], उम्र 11 वर्ष",
    "W-9 on file for summer camp counselor [[PERSON|Tessa Montgomery]]: SSN [[US_SSN|207-51-8834]], address [[STREET_ADDRESS|58 Larkspur Lane, Asheville, NC 28801]].",
    "Scout leader appointment: [[PERSON|Hyacinth Boateng]], membership number [[ID_NUMBER|12047735]], appointed Cub Scout Leader, 1st Dalston.",
    "Dear Mr [[PERSON|Ekström]], your son's place on the Easter climbing camp is confirmed. We will text joining details to [[PHONE_NUMBER|07700 900194]] next week.",
    '{"coach": "[[PERSON|Malia Fonoti]]", "wwcc": "[[ID_NUMBER|WWC0927714E]]", "mobile": "[[PHONE_NUMBER|0491 570 662]]", "team": "U11 netball"}',
    "Nairobi day camp, guardian contact: [[PERSON|Zainab Mwangi]], tel [[PHONE_NUMBER|+254 722 418 306]].",
    "[[PERSON|Percival Nkemelu]] hosts the Explorer unit's planning meetings at his home, [[STREET_ADDRESS|6 Orchard Court, Harrogate HG2 8PB]].",
    "Canoe club parent volunteer: [[PERSON|Lim Hui Min]], NRIC [[ID_NUMBER|S8781852G]], HP [[PHONE_NUMBER|+65 9127 4430]].",
    "Camp de jour, moniteur : [[PERSON|Xavier Bouchard]], courriel [[EMAIL_ADDRESS|x.bouchard@courrielqc.ca]], cell. [[PHONE_NUMBER|(418) 555-0157]].",
    "[[PERSON|Andrei Mihailov]], monitor de campamento, NIE [[ID_NUMBER|Y6594824W]], teléfono [[PHONE_NUMBER|+34 633 518 207]].",
    "Judo club grading sheet: [[PERSON|Takumi Oyelowo-Hart]], licence [[ID_NUMBER|BJA-776120]], grade: orange belt.",
    "Swimming lesson waitlist: [[PERSON|Gideon Abara]], [[PHONE_NUMBER|(206) 555-0178]], prefers Saturday mornings.",
    "Forest school staff record: [[PERSON|Juniper Hale]], first aid certificate valid to 2026, home [[STREET_ADDRESS|Rose Cottage, Mill Lane, Hebden Bridge HX7 8AD]], mobile [[PHONE_NUMBER|07700 900517]].",
    "Surf camp waiver signed by [[PERSON|Keoni Kahale]]; emergency phone [[PHONE_NUMBER|(808) 555-0121]]; card on file [[CREDIT_CARD|3759 658367 01889]].",
    "Cub camp sign-in: [[PERSON|Paddy]] (Red six), parent app login [[ID_NUMBER|paddy_mum_2016]], password [[PASSWORD|acorn-lantern-42]].",
    "Mitglied seit 2019: [[PERSON|Henrike Albers]], Schwimmabteilung, Lastschrift von [[IBAN_CODE|DE29 4392 7090 3832 2835 66]].",
    "Vrijwilliger zwemkamp: [[PERSON|Mohamed El Amrani]], [[EMAIL_ADDRESS|m.elamrani@zwempost.nl]], [[PHONE_NUMBER|+31 6 4182 7735]].",
]

# 100 clean texts: no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive speech a youth football coach could give to convince parents that every child should get equal playing time, whatever their skill level.",
    "Compose an engaging blog post about a first-time scout camping trip in the Lake District, highlighting the food, the weather and one surprising moment.",
    "Imagine you are Robert Baden-Powell writing a letter to today's scouts about smartphones. Keep it under 200 words and in his voice.",
    "Explain, as if to a ten-year-old, why we warm up before sport. Use an analogy involving a rubber band.",
    "You are Mary Poppins running a holiday camp for one day. Describe the schedule you would set and why.",
    "Write a limerick about a tent that refuses to stay up in the wind.",
    "Compare the benefits of team sports and individual sports for children aged 8 to 12 in a short table with three rows.",
    "Draft a code of conduct for parents on the touchline at a junior rugby match, in no more than eight bullet points.",
    "How would you teach knot-tying to a group of cubs who are easily distracted? Give a step-by-step plan.",
    "Write a Python function that takes a list of camper ages and returns how many fall into each age group: 6-8, 9-11 and 12-14.",
    "Describe the history of the Olympic Games from ancient Greece to the modern revival led by Pierre de Coubertin, in three paragraphs.",
    "Role-play as a camp counsellor calming a homesick child on the first night. Write both sides of the conversation.",
    "What are the main arguments for and against banning heading the ball in youth football?",
    "Rewrite this sentence in a more formal tone: 'Camp was awesome, the food was kinda meh but the lake was sick.'",
    "Extract the activities and their times from this schedule and return them as JSON: 9am archery, 10:30 canoeing, 12 lunch, 1pm orienteering, 3pm campfire songs.",
    "If Sherlock Holmes were investigating who stole the last marshmallows at a scout camp, how would he reason? Write a short scene.",
    "Suggest ten icebreaker games for 30 teenagers who have never met, for the first morning of a residential camp.",
    "Explain the offside rule in football in simple terms for parents who are new to the game.",
    "Write a short poem celebrating the volunteers who run grassroots sports clubs, in the style of a nursery rhyme.",
    "What are the pros and cons of mixed teams in junior netball and basketball?",
    "Plan a budget for a week-long summer camp for 40 children, listing the main cost categories with rough percentages.",
    "Explain why the sky looks red at sunset in a way a cub scout could repeat around the campfire.",
    "Write a SQL query that lists every team with more than 15 registered players from a table registrations(team, player_id).",
    "How did Juliette Gordon Low start the Girl Scouts in the United States, and what made her approach unusual for 1912?",
    "Give me three ideas for a rainy-day indoor activity at a holiday camp that need no screens and very little equipment.",
]

CLEAN_GSM8K = [
    "Maya's swimming club charges £6 per session. She goes three times a week for 8 weeks. How much does she pay in total?",
    "A scout troop has 36 members. One third are cubs, and half of the rest are beavers. How many are neither cubs nor beavers?",
    "Leo runs 2.5 km on Monday, twice as far on Wednesday, and 1 km less than Wednesday on Friday. How far does he run in total?",
    "A holiday camp has 5 cabins with 8 beds each and 3 cabins with 6 beds each. If 49 children sign up, how many beds are empty?",
    "Priya buys 4 football shirts at $18 each and 2 pairs of shorts at $12 each, with a 10% club discount on the total. How much does she pay?",
    "The under-10s scored 3 goals in the first match, 5 in the second and 2 fewer than the second in the third. What was their average per match?",
    "Tom makes 3 sandwiches for each of 14 hikers and 2 extra for the leaders. Each loaf makes 10 sandwiches. How many loaves does he need?",
    "A camp canteen sells juice at 80 cents and crisps at 60 cents. Ana buys 3 juices and 4 packets of crisps. How much change does she get from $5?",
    "Sam's team won 60% of their 25 matches. How many matches did they lose or draw?",
    "A minibus holds 16 passengers. How many minibuses are needed to take 75 campers and 9 leaders to the beach?",
    "Ella is saving £240 for sailing camp. She saves £15 a week and got £45 for her birthday. How many weeks until she has enough?",
    "A relay team runs 4 x 100 m. Ben takes 14 seconds, Kiri 15, Josh 13 and Lin 16. What is the team's total time?",
    "A tent needs 12 pegs. Noor's patrol has 7 tents and 70 pegs. How many more pegs do they need?",
    "Each camper drinks 1.5 litres of water a day. How many litres do 32 campers need for a 4-day camp?",
    "A club sells raffle tickets at 3 for £2. Zoe sells 45 tickets. How much money does she raise?",
    "Omar cycles at 12 km per hour to a camp 18 km away. If he leaves at 8:15, what time does he arrive?",
    "A badge costs 90p and Harry wants 7 badges. He has £5. How much more money does he need?",
    "The climbing wall is 12 m high. Iris climbs 3 m every minute but slips back 1 m at the end of each minute. How many minutes does she take to reach the top?",
    "A football pitch is 90 m long and 60 m wide. Rosa jogs round the edge 3 times. How far does she jog?",
    "There are 120 children at camp. 45 choose kayaking, 50 choose archery and the rest choose crafts. What percentage choose crafts?",
    "Felix has 3 times as many badges as Ruby. Together they have 48. How many badges does Felix have?",
    "Camp starts at 9:00 and each session lasts 50 minutes with a 10-minute break between sessions. What time does the fourth session end?",
    "A coach orders 30 cones at £1.20 each and 6 balls at £9.50 each. What is the total cost?",
    "Grace scored 14, 9, 17 and 12 points in four basketball games. How many must she score in the fifth game to average 13?",
    "A pack of 24 marshmallows is shared equally among 5 cubs, each getting as many as possible, and the leader eats the rest. How many does the leader eat?",
]

CLEAN_MMLU = [
    "Which muscle group is mainly used when doing a squat? A) Biceps B) Quadriceps C) Deltoids D) Trapezius",
    "In first aid, what does the R in DRSABCD stand for? A) Rescue B) Response C) Recovery D) Rest",
    "What is the main energy system used in a 100 m sprint? A) Aerobic respiration B) Fat oxidation C) The phosphocreatine system D) Protein breakdown",
    "Which knot is commonly used to make a fixed loop at the end of a rope? A) Reef knot B) Clove hitch C) Bowline D) Sheet bend",
    "Water boils at a lower temperature at high altitude because: A) gravity is weaker B) air pressure is lower C) the air is colder D) there is less oxygen",
    "The founder of the modern Olympic Games was: A) Pierre de Coubertin B) Jesse Owens C) Baron Haussmann D) Avery Brundage",
    "Which vitamin does the skin make when exposed to sunlight? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "On a compass, a bearing of 270 degrees points: A) North B) East C) South D) West",
    "Hypothermia is usually defined as a core body temperature below: A) 37 °C B) 36 °C C) 35 °C D) 33 °C",
    "Which of these is a renewable source of energy for a campsite? A) Diesel generator B) Solar panels C) Propane D) Coal",
    "In Piaget's theory, children aged about 7 to 11 are in which stage? A) Sensorimotor B) Preoperational C) Concrete operational D) Formal operational",
    "What is the main purpose of the offside rule in football? A) To speed up play B) To stop attackers waiting near the opponents' goal C) To protect goalkeepers D) To limit substitutions",
    "Which star is used to find north in the Northern Hemisphere? A) Sirius B) Polaris C) Vega D) Betelgeuse",
    "A contour line on a map joins points of equal: A) temperature B) rainfall C) height D) distance",
    "Which of these is a sign of dehydration in children? A) Frequent pale urine B) Dark urine and headache C) Increased appetite D) Slow breathing",
    "Which youth movement was founded in the UK in 1910 for girls? A) Woodcraft Folk B) Girl Guides C) Boys' Brigade D) YMCA",
    "Compared with an adult's, a young child's resting heart rate is generally: A) lower B) higher C) the same D) impossible to measure",
    "In tennis, a score of 40-40 is called: A) Love B) Advantage C) Deuce D) Let",
    "Which cloud type is most associated with thunderstorms? A) Cirrus B) Stratus C) Cumulonimbus D) Altostratus",
    "What ratio of chest compressions to rescue breaths is taught for lay-rescuer CPR? A) 5:1 B) 15:1 C) 30:2 D) 50:5",
    "Which principle says that a child's welfare is the first consideration in decisions about them? A) Paramountcy B) Proportionality C) Partnership D) Prevention",
    "A club charging lower fees to a second sibling is an example of: A) Price discrimination B) Inflation C) Monopsony D) Deflation",
    "Which part of a plant absorbs most of its water? A) Leaves B) Stem C) Roots D) Flowers",
    "How many players does one team have on court in netball? A) 5 B) 6 C) 7 D) 9",
    "A build-up of lactate during intense exercise is linked to: A) Aerobic respiration B) Anaerobic respiration C) Photosynthesis D) Digestion",
]

CLEAN_HEALTH = [
    "How can I tell the difference between a sprained ankle and a broken one after a football tackle?",
    "What should be in a first aid kit for a week-long scout camp with 30 children?",
    "Is it safe for a 10-year-old with asthma to go on a hiking camp at altitude?",
    "How much water should a child drink during a two-hour football tournament in hot weather?",
    "What are the signs of concussion in children after a knock to the head in rugby?",
    "How do I remove a tick after a camping trip, and when should we see a doctor?",
    "Can children take ibuprofen for aches after sport, and what should parents watch out for?",
    "What are the early signs of heat exhaustion in kids at a summer camp?",
    "How should an adrenaline auto-injector be stored on a camping weekend when it might get very hot or cold?",
    "Is it normal for a teenager's knees to hurt after a growth spurt and lots of football?",
    "What is the best way to prevent blisters on a long expedition hike?",
    "How long should a child rest from sport after a mild concussion?",
    "What are the symptoms of swimmer's ear and how can it be prevented at swimming club?",
    "Should children with type 1 diabetes eat differently before a long training session?",
    "How can I help a child cope with anxiety before their first sleepaway camp?",
    "What should I do if a child is stung by a wasp at camp and is not known to be allergic?",
    "Is it safe for children to swim in lakes and rivers, and which infections should we worry about?",
    "How much sleep does an active 12-year-old athlete need each night?",
    "What are the warning signs of an eating disorder in young gymnasts and dancers?",
    "How do I recognise and treat mild hypothermia after a cold, wet day of canoeing?",
    "Can a child with a cold still go to swimming lessons?",
    "What is the RICE method, and is it still recommended for sports injuries?",
    "How can we protect children from sunburn during an outdoor holiday camp?",
    "What causes cramp while swimming, and how should a child deal with it in the water?",
    "Are energy drinks safe for teenagers who play sport?",
]

NATIONAL_IDS = {
    "5811 9020 8449": aadhaar_ok,  # Indian Aadhaar
    "3594 7766 4997": aadhaar_ok,
    "440306200809178114": china_id_ok,  # Chinese resident identity number
    "320106199604104513": china_id_ok,
    "913.751.753-86": cpf_ok,  # Brazilian CPF
    "100614-1889": luhn_len(10),  # Swedish personnummer
    "398379270": bsn_ok,  # Dutch BSN
    "774677454": bsn_ok,
    "080312-3115748": rrn_ok,  # Korean resident registration number
    "140710A3717": hetu_ok,  # Finnish henkilötunnus
    "11222400833": pesel_ok,  # Polish PESEL
    "09251989184": pesel_ok,
    "RSSGLI10D45F205Z": codice_fiscale_ok,  # Italian codice fiscale
    "BNCMTT09T12L219B": codice_fiscale_ok,
    "46997341056": steuer_id_ok,  # German tax id
    "29756297417": steuer_id_ok,
    "85503471946": kimlik_ok,  # Turkish kimlik
    "4821 70813 8": medicare_ok,  # Australian Medicare
    "339 969 530": tfn_ok,  # Australian tax file number
    "2 11 03 75 032 642 50": nir_ok,  # French NIR
    "1 09 05 69 619 650 40": nir_ok,
    "95964608Y": dni_ok,  # Spanish DNI
    "Y6594824W": dni_ok,  # Spanish NIE
    "5803 3831 0192": my_number_ok,  # Japanese My Number
    "12071187886": fodselsnummer_ok,  # Norwegian fødselsnummer
    "283136545": nif_ok,  # Portuguese NIF
    "6100827304851": cnp_ok,  # Romanian CNP
    "9668023R": pps_ok,  # Irish PPS number
    "28.946.741-6": rut_ok,  # Chilean RUT
    "51003198838": isikukood_ok,  # Estonian isikukood
    "190710-2380": kennitala_ok,  # Icelandic kennitala
    "115421/3522": rodne_cislo_ok,  # Czech rodné číslo
    "4021033445": rnokpp_ok,  # Ukrainian RNOKPP
    "DEC1973": nhi_ok,  # New Zealand NHI
    "T0905911Z": nric_ok,  # Singapore NRIC
    "S8781852G": nric_ok,
    "399072735": luhn_len(9),  # Israeli teudat zehut
    "09071103114": luhn_len(11),  # Greek AMKA
    "0907125161089": luhn_len(13),  # South African id
    "561 940 867": luhn_len(9),  # Canadian SIN
    "461 200 9304": nhs_ok,  # NHS number
    "462 557 8256": nhs_ok,
    "615 330 0707": nhs_ok,
    "404 060 2293": nhs_ok,  # in a chat request
    "85.07.14-354.90": belgian_id_ok,  # Belgian national number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(21|31|61) 496 0\d{3}",  # Birmingham, Edinburgh, Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"08[35679] \d{3} \d{4}",  # Ireland mobile, no fiction range known
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|31|32|34|36|39|40|41|43|45|46|48|52|55|56|64|65|84|86|90|91|254|353|354|380|971|972) [\d ]+\d",
    )
]

SECRET_CHATS = 18
NATIONAL_ID_RECORDS = 40


def check_mix() -> None:
    """Chats name people, hold secrets and every type; each record names one person and
    holds 1 to 4 other values; about 40 records carry a valid national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: types missing {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < SECRET_CHATS:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        with_id += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if with_id < NATIONAL_ID_RECORDS:
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
        "blind158", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
