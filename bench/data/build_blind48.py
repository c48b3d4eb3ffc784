# ruff: noqa: E501
"""A forty-eighth blind privacy set: 220 texts with personal data and 100 clean ones, typed
the way ordinary people write to a general chat assistant (not written to trip a detector).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 requests (4 to 90 words) about people in the writer's life: partners, children,
  parents, in-laws, exes, friends, flatmates, colleagues, bosses, clients, patients,
  students and neighbours; advice, messages, cards, toasts, complaints, schedules and gift
  ideas. Names from well over 30 cultures (Igbo, Yoruba, Akan, Hausa, Kenyan, Ethiopian,
  Zulu, Xhosa, Somali, Arabic, Lebanese, Persian, Turkish, Kazakh, Uzbek, Mongolian,
  Tibetan, Chinese, Japanese, Korean, Vietnamese, Thai, Indonesian, Filipino, Indian,
  Tamil, Punjabi, Bangladeshi, Maori, Samoan, Fijian, Hawaiian, Irish, Scottish, Welsh,
  English, American, Jamaican, French, Basque, Spanish, Mexican, Brazilian, Portuguese,
  Italian, Greek, Romanian, Hungarian, Polish, Russian, Ukrainian, Georgian, Armenian,
  Croatian, Dutch, Danish, Swedish, Norwegian, Finnish, Hebrew); the first 24 are typed all
  in lower case; at least 40 carry no relation word or title at all ("can you help me write
  something for Ngozi"); six are lone surnames ("Okonkwo keeps cancelling"); eight names
  are common words (Amber, Forrest, Sunny, Dawn, Miles, Summer, Hope, Frank);
* 60 requests carrying the writer's own data: names, phones, e-mails, home addresses in
  some twenty countries, a name with a date of birth, account, member, student, library,
  frequent-flyer and insurance numbers, a username, national ids, cards, IBANs, an SSN, an
  IP address, an API key and passwords, PINs and door codes mentioned in passing; two
  licence plates stand unlabelled;
* 40 pasted snippets (text threads, e-mails with signatures, voicemail transcripts,
  calendar and interview invites, RSVP lists, rotas, contact cards, invoices, notes from a
  landlord, host, school or HR) naming private people with their contact details.

The 100 clean texts hold no personal data: 40 everyday requests naming no private person
(recipes, travel, health, money, coding, study), 30 naming public figures, historical
people, fictional characters, saints, brands, bands and places named after people, 15 word
problems with fictional first names and 15 requests where a name-like word is a common word
(a rose garden, a grace period, the will of the people, an Amber alert, a frank talk).

Usernames, account, member, student, employee, library, frequent-flyer and insurance
numbers and national ids are ID_NUMBER; PINs, door, lockbox and alarm codes, wifi keys and
passwords PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Prof, Uncle, Aunty, Nonna,
my sister) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, companies, fictional characters,
licence plates, invoice and order numbers and dates of birth are not labelled; every
occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01x1 496 0, 028 9649
6; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; the SSN with assignable area, group and
serial; the IP from a documentation range; national ids with valid check digits (NHS
number, Aadhaar, CPF, Canadian SIN, BSN, PESEL, DNI, codice fiscale, personnummer, PPS
number, South African id, NRIC, Steuer-ID, fødselsnummer, NIF, Medicare, NHI, My Number,
kimlik).

Run ``.venv/bin/python bench/data/build_blind48.py`` from the repository root; the output is
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
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhi_ok,
    nhs_ok,
    nif_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 24
MIN_CHARS = 15
MAX_WORDS = 300
PEOPLE_WORDS = (4, 90)
OWN_WORDS = (6, 90)
SNIPPET_WORDS = (12, 160)
CLEAN_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Fr|Auntie|Aunty|Uncle|Nonna|Nurse|Coach)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 requests about people in the writer's life; the first 24 typed all in lower case.
PEOPLE = [
    "can you help me write something for [[PERSON|ngozi]], she just lost her job and i dont want it to sound like pity",
    "[[PERSON|okonkwo]] keeps cancelling. third time this week. how do i bring it up without sounding petty",
    "my mother in law [[PERSON|mei ling]] is staying with us for 3 weeks, can you give me a rough daily schedule so we all stay sane",
    "gift ideas for my dad [[PERSON|rajesh]], turning 60, likes cricket and gardening, budget about £80",
    "whats a nice way to tell [[PERSON|amber]] i cant be her bridesmaid anymore",
    "my flatmate [[PERSON|tomasz]] leaves dishes in the sink for days. write a note thats firm but not passive aggressive",
    "help me plan a surprise 30th for [[PERSON|siobhan]], she loves sea swimming and hates being the centre of attention",
    "my son [[PERSON|kwame]] got his first detention today and wont talk about it. how do i approach it tonight",
    "write a short toast for [[PERSON|yasmin]]'s engagement party, funny but not embarrassing, she's marrying [[PERSON|idris]] in june",
    "[[PERSON|forrest]] from the climbing gym asked me out and i want to say no kindly. draft a text pls",
    "my ex [[PERSON|diego]] wants to swap weekends with the kids again, third time this month. how do i say no without a fight",
    "thank you card message for my sons teacher mrs [[PERSON|abernathy]], she's retiring after 31 years",
    "[[PERSON|sunny]] and [[PERSON|dev]] are moving to melbourne next month, what do i get them as a leaving present",
    "how do i tell my boss [[PERSON|ingrid]] that im burnt out without it sounding like im quitting",
    "my nan [[PERSON|dorothy]] keeps getting scam calls on her landline, how do i block them for her",
    "write a birthday poem for [[PERSON|aroha]], she's turning 7 and obsessed with sharks",
    "my neighbour mr [[PERSON|petrov]] parks across our driveway every sunday. how do i bring it up",
    "[[PERSON|thandiwe]] hasnt replied in two weeks since the argument, should i message first or give her space",
    "one of my patients, [[PERSON|eileen o'rourke]], refuses to use her walker. any tips for talking to older patients about falls",
    "can u make a chore chart for [[PERSON|leila]] (9) and [[PERSON|omid]] (12), mon to sun, nothing too complicated",
    "my coworker [[PERSON|bongani]] keeps taking credit for my spreadsheets in meetings. what do i say",
    "[[PERSON|dawn]] from next door watered our plants for 2 weeks, whats a nice thank you that isnt wine",
    "write a condolence message for [[PERSON|nguyen van hai]], his father passed last week. we arent close, just work together",
    "my stepdaughter [[PERSON|khadija]] says im not her real mum whenever i ask her to do anything. how do i handle it",
    "Can you help me write a message to [[PERSON|Chiamaka]]? She didn't get into med school and I don't know what to say.",
    "Gift ideas for [[PERSON|Miles]]? Turning 40.",
    "Write a best man speech for my brother [[PERSON|Eoghan]]. He's marrying [[PERSON|Priyanka]] on the 14th, they met at a pub quiz in Galway. Keep it under three minutes and don't mention his ex.",
    "My sister-in-law [[PERSON|Gabriela]] keeps posting photos of my kids without asking. How do I ask her to stop without starting a family war?",
    "[[PERSON|Haddad]] still hasn't paid. Reminder email?",
    "[[PERSON|Dawit]] and [[PERSON|Tigist]] invited me to Genna dinner. What should I bring, and is there any etiquette I should know?",
    "How do I tell my manager, Mr. [[PERSON|Whitfield]], that I need Fridays off for my mum's dialysis?",
    "I'm a Year 4 teacher and one of my students, [[PERSON|Rahim Chowdhury]], has started crying every morning at drop-off. How should I bring it up with his parents?",
    "Card message for [[PERSON|Solveig]]? She's 50 on Saturday and does NOT want jokes about getting old.",
    "Can you plan dinners for the week? My partner [[PERSON|Kenji]] is vegetarian and my daughter [[PERSON|Hana]] only eats beige food.",
    "[[PERSON|Wanjiru]] lent me 20,000 shillings in January and I still can't pay it back. How do I explain that to her without losing her trust?",
    "My landlord, Mr [[PERSON|Castellano]], wants to put the rent up 15%. Is that normal and how do I negotiate?",
    "Write a toast for my parents' 40th anniversary. Their names are [[PERSON|Bogdan]] and [[PERSON|Ileana]], they met at a dance in Cluj in 1985, moved to Leicester with two suitcases and a baby, ran a corner shop for twenty years and still argue about who asked who to dance. Warm, a bit funny, about two minutes.",
    "[[PERSON|Summer]] keeps asking to borrow the car and brings it back empty every time. Help me say no.",
    "Is it weird to invite my ex [[PERSON|Jonah]] to Dad's funeral? They were really close.",
    "Draft an email to my client Ms. [[PERSON|Adeyemi-Cole]] apologising for missing the deadline on her kitchen drawings.",
    "[[PERSON|Lars]] and I split up after 9 years. How do we tell the kids? They're 6 and 10.",
    "Can you write a limerick about [[PERSON|Hamish]] falling off the paddleboard at the stag do?",
    "My father-in-law [[PERSON|Giorgos]] only speaks Greek. What are a few simple phrases I can learn before Easter lunch?",
    "[[PERSON|Aigerim]] starts on Monday as a junior data analyst. What should be in her first-week plan?",
    "[[PERSON|Zsófia]]'s cat died. Short message please, she's really cut up about it.",
    "My daughter [[PERSON|Itzel]] wants a quinceañera but we can't afford a big one. Ideas for doing it nicely on a budget?",
    "[[PERSON|Pemberton]] is being impossible about the timeline again. How do I push back in tomorrow's meeting without getting emotional?",
    "I coach an under-11s football team on Saturdays and one of the dads, [[PERSON|Declan Murphy]], keeps shouting at the referee and at the kids, including his own. Last week a parent from the other team complained and the ref threatened to stop the game. I don't want to ban him, because his boy loves playing and [[PERSON|Declan]] also drives three kids to every away match. How do I talk to him, and what should I say if he gets defensive?",
    "Write a leaving card message for [[PERSON|Francesca]] from HR. Twelve years here and she knew everyone's kids' names.",
    "[[PERSON|Nilufar]] said my cooking was 'interesting' at dinner. Was that an insult? She grew up in Tashkent if that matters.",
    "Need a text to [[PERSON|Callum]] saying I can't make his birthday drinks because of work, without him thinking I'm bailing again",
    "How do I help my grandad [[PERSON|Ahmet]] learn WhatsApp video calls? He's 82 and gets frustrated fast.",
    "[[PERSON|Tenzin]] is running his first marathon on Sunday. Write a good luck message.",
    "My PhD supervisor, Prof. [[PERSON|Lindqvist]], hasn't replied to my draft in six weeks. How do I chase her politely?",
    "[[PERSON|Sipho]] and [[PERSON|Lerato]] are getting married in December and asked me to MC. What does an MC actually do at a South African wedding?",
    "My mum [[PERSON|Rosalind]] has early dementia and keeps forgetting her tablets. What are some ways to help that don't make her feel babysat?",
    "Can you suggest a school run rota for me, [[PERSON|Aoife]] and [[PERSON|Pádraig]]? I'm off Wednesdays, [[PERSON|Aoife]] is off Mondays and Fridays, and [[PERSON|Pádraig]] works nights so he can only do afternoons.",
    "[[PERSON|Wojciech]] on site keeps calling me 'love'. I'm the site manager. How do I address it without making it a big thing?",
    "I need to write a reference for our former nanny, [[PERSON|Maricel Dela Cruz]]. She was with us four years and was brilliant with the twins.",
    "[[PERSON|Oksana]] keeps saying she's fine but she hasn't left her flat in a week. What can I actually do?",
    "Write a short speech for Dr. [[PERSON|Mensah]]'s retirement lunch, 30 years in paediatrics, loves bad puns.",
    "Birthday ideas for [[PERSON|Ji-woo]]? She's turning 25 and loves K-dramas, hiking and really good coffee.",
    "My ex-husband [[PERSON|Tarek]] won't sign the passport form for our son. What are my options in England?",
    "Help me word a message to [[PERSON|Visser]]. He wants the whole deposit back but the carpets are ruined.",
    "My boyfriend [[PERSON|Rafael]] wants us to move to Lisbon and I'm not sure. Can you help me make a pros and cons list?",
    "Is it okay to bring up money with [[PERSON|Nomvula]]? Twenty years of friendship but she never pays me back.",
    "[[PERSON|Hope]] and [[PERSON|Gideon]] are having twins. Cute card ideas?",
    "Write a complaint to the care home about how they treated my aunt [[PERSON|Beatrix Holloway]] last weekend. She was left in a wet bed for hours and nobody called us.",
    "[[PERSON|Álvaro]] says he can't come to the wedding because of money. Should I offer to pay for his flight, or is that awkward?",
    "My student [[PERSON|Mohammed Al-Farsi]] copied most of his essay but I honestly think he didn't understand the referencing rules. How should I handle it?",
    "Give me an easy 3-day Rome itinerary for me and my dad [[PERSON|Vincenzo]]. He's 74 and can't walk far.",
    "Can you write a message for [[PERSON|Kalani]]? She just passed the bar exam after failing twice.",
    "How do I politely decline [[PERSON|Bernadette]]'s leggings party? She's the mum of my son's best friend.",
    "[[PERSON|Nakamura]] wants me in on Saturday again. Third weekend in a row. What can I say?",
    "Quick message for [[PERSON|Anahit]] wishing her luck with her surgery tomorrow",
    "My patient Mrs. [[PERSON|Abubakar]] only speaks Hausa and her son interprets for her. Is that okay for consent conversations?",
    "Write a funny but sweet anniversary message for [[PERSON|Pita]], five years together next week",
    "[[PERSON|Giorgi]] keeps inviting himself to family dinners. My wife likes him, I don't. Advice?",
    "My ex [[PERSON|Delphine]] is getting remarried and our daughter is going to be the flower girl. How do I help her feel okay about it?",
    "Can you make a revision timetable for my son [[PERSON|Arjun]]? GCSEs start 12 May and he's weakest in chemistry and French.",
    "[[PERSON|Frank]] keeps interrupting me in meetings. Give me three phrases I can use to hold the floor.",
    "Help me start a eulogy for my grandmother [[PERSON|Giuseppina Ferraro]]. Everyone called her Nonna [[PERSON|Pina]]. She came from Calabria in 1962, never learned to drive, fed the whole street every Sunday and told everyone exactly what she thought of their haircut. I want the opening to make people smile before they cry.",
    "[[PERSON|Mariam]] and [[PERSON|Yusuf]] just had a baby girl. What's a good gift for the aqiqah?",
    "How do I ask my flatmate [[PERSON|Björn]] to stop having his girlfriend stay five nights a week when she doesn't pay rent?",
    "[[PERSON|Eitan]] hasn't spoken to me since I missed his son's bar mitzvah. What do I say?",
    "Help me write a complaint to the council about [[PERSON|Gary Pocock]]'s dog, which barks from 6am every single day.",
    "My client [[PERSON|Funmilayo]] wants her logo 'more pop but also minimal'. How do I ask what she actually means?",
    "[[PERSON|Bolormaa]] asked me to be godmother to her daughter. I'm not religious. How do I say yes honestly, or no kindly?",
    "Write a text to [[PERSON|Jamal]] saying sorry about what I said at the barbecue. Not grovelling, just honest.",
    "My 15 year old, [[PERSON|Caoimhe]], wants to dye her hair blue before school photos. Should I let her?",
    "How can I support my colleague [[PERSON|Priya Raghunathan]]? She's just back from maternity leave and seems really overwhelmed.",
    "[[PERSON|Akosua]] sent me an eleven-minute voice note about her breakup. What's a good reply when I can't do a long call tonight?",
    "My in-laws, [[PERSON|Harjit]] and [[PERSON|Kulwinder]], want to stay with us every weekend. How do I talk to my husband about it without it turning into a fight?",
    "[[PERSON|Chen Jie]] just got promoted over me. How do I congratulate him without sounding fake?",
    "Write a Valentine's note for my wife [[PERSON|Noor]]. We've got a three-month-old so keep it realistic lol",
    "[[PERSON|Tariq]] keeps borrowing chargers and never returning them. Funny note to leave on his desk?",
    "My girlfriend [[PERSON|Ploy]] is Thai and I want to cook something for her mum at Songkran. What's easy but respectful?",
    "Can you write a short bio for my friend [[PERSON|Losana Tuimavave]]? She's a nurse starting a small catering business on the side.",
    "[[PERSON|Vikram]]'s wedding is in Jaipur and I've never been to an Indian wedding. What should a guest wear?",
    "How do I apologise to [[PERSON|Imogen]]? I forgot her birthday and she found out I'd forgotten from Instagram.",
    "My supervisor Mrs [[PERSON|Sandoval]] says my shift reports are too long. Any tips for keeping them short but complete?",
    "[[PERSON|Abena]] wants to start running with me but she's much faster. How do we train together?",
    "Write a welcome sign for the classroom door for a new student, [[PERSON|Ezra Goldfarb]], who's just moved here from New York.",
    "Need a polite text to Mr. [[PERSON|Oyelaran]] asking him to move his van, it's blocking the garage again",
    "My brother [[PERSON|Luka]] is coming out to our parents this weekend and asked me to be there. How can I support him?",
    "Write a card for [[PERSON|Iñaki]], who finally finished his PhD after seven years",
    "How do I set boundaries with my mother [[PERSON|Zhanna]]? She calls me six times a day and gets upset if I miss one.",
    "[[PERSON|Fatoumata]] is coming to stay for a week with her two kids. Plan some cheap London days out for them?",
    "My colleague [[PERSON|Sørensen]] microwaves fish every day. How do I bring it up kindly?",
    "Toast ideas for [[PERSON|Esperanza]]'s 40th?",
    "What's a good way to ask [[PERSON|Rohan]] and [[PERSON|Meera]] to stop bringing their dog round? I'm allergic and they keep forgetting.",
    "Draft a friendly note to the parents of [[PERSON|Lucas Ferreira]] about his missing homework, in Portuguese and English.",
    "I walk dogs for a living and Mrs. [[PERSON|Featherstone]] keeps adding dogs without paying extra. How do I raise my prices with her?",
    "[[PERSON|Juhani]] is retiring from the choir after 35 years. Can you write a short verse we can sing to him?",
    "My pen pal [[PERSON|Wulan Sari]] is visiting me in Manchester in October. What should I plan for her first time in the UK?",
    "[[PERSON|Cerys]] and [[PERSON|Rhodri]] are splitting up and both want me to pick a side. What do I do?",
    "Write a cheeky 60th birthday card for Uncle [[PERSON|Desmond]], retired bus driver from Kingston, loves dominoes and arguing about cricket",
    "[[PERSON|Malik]] won't stop texting after one date. I've said I'm not interested twice. What's a firm final message?",
    "My housemate [[PERSON|Anneke]] keeps eating my food. Passive-aggressive labels or a proper chat?",
    "What do I write in a sympathy card for Mrs [[PERSON|Kapoor]] next door? Her husband died on Tuesday.",
]

# 60 requests carrying the writer's own data.
OWN = [
    "Can you make my CV header look more professional? At the moment it just says [[PERSON|Tamsin Alderidge]] - [[PHONE_NUMBER|07700 900418]] - [[EMAIL_ADDRESS|tamsin.alderidge@gmail.com]] - Leeds",
    "write me a cover letter for a barista job at a cafe in ikeja. my name is [[PERSON|oluwaseun bakare]], my number is [[PHONE_NUMBER|+234 803 418 2297]] and ive done 2 years at a bakery",
    "I'm filling in a change of address form for the DMV. Old address: [[STREET_ADDRESS|4127 Larkspur Lane, Boise, ID 83706]]. New one: [[STREET_ADDRESS|88 Juniper Court, Apt 2B, Meridian, ID 83642]]. Who else should I tell besides the post office and my bank?",
    "I got a parking ticket outside my own house at [[STREET_ADDRESS|27 Ashgrove Road, Bristol BS7 9LH]]. My car is LK19 WRU and I have a resident permit, it was just on the dashboard upside down. Help me write the appeal. My name is [[PERSON|Marcus Ebanks]].",
    "I'm [[PERSON|Park Seo-yeon]], born 14 March 1991 at 11pm in Daegu. What's my Korean age now and what's my zodiac animal?",
    "my router password is [[PASSWORD|Kiwi-Lamp-4471]] and my laptop keeps dropping wifi but my phone doesnt, any ideas",
    "I keep forgetting my bank PIN so I wrote it on a post-it in my desk drawer (it's [[PASSWORD|7093]]). Is that actually risky if the drawer's at home?",
    "Write an email to PureGym cancelling my membership. Member number [[ID_NUMBER|PG2281937]], name [[PERSON|Lucía Montenegro]], I'm moving abroad at the end of the month.",
    "My new landlord in Toronto asked for my SIN on the rental application. Is that normal? It's [[ID_NUMBER|618 347 256]], should I just give it?",
    "Help me write a letter to my bank to update my address. Name: [[PERSON|Ananya Krishnamurthy]], Aadhaar: [[ID_NUMBER|5821 7394 6027]], new address: [[STREET_ADDRESS|Flat 3B, Sai Krupa Apartments, 14th Cross, Malleshwaram, Bengaluru 560003]].",
    "Translate into German for my landlord: I, [[PERSON|Henrik Vogt]], am giving notice on the flat at [[STREET_ADDRESS|Kastanienallee 41, 10435 Berlin]] as of 31 July. You can reach me on [[PHONE_NUMBER|030 23125 774]].",
    "Can you check my French in this email to the mairie? 'Bonjour, je m'appelle [[PERSON|Claire Delacroix]], j'habite au [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]], tél. [[PHONE_NUMBER|06 39 98 41 27]]. Je voudrais inscrire ma fille à la cantine.'",
    "I moved from [[STREET_ADDRESS|14 Wattle Street, Fitzroy VIC 3065]] to [[STREET_ADDRESS|3/22 Banksia Crescent, Cairns QLD 4870]]. My Medicare number is [[ID_NUMBER|2951 73841 1]], do I update the address online or do I have to go in?",
    "Kia ora, I'm [[PERSON|Mereana Tipene]], NHI [[ID_NUMBER|ZKT4821]]. My GP practice is closing. How do I move my records to a new one?",
    "A Brazilian website keeps saying my CPF [[ID_NUMBER|371.845.296-00]] is invalid. I've typed it exactly like that. What could be going on?",
    "My new employer emailed asking me to reply with my Social Security number in plain text. Is that safe? It's [[US_SSN|412-58-3107]] and I start Monday, I don't want to seem difficult.",
    "A ticket site charged my card [[CREDIT_CARD|4539 7120 8836 4106]] twice for the same concert. Can you write a dispute letter to my bank? I'm [[PERSON|Rhiannon Price]], both charges were on 3 June.",
    "Write a short email to my tenant asking him to pay rent into my new account from next month: [[IBAN_CODE|DE44 5001 0517 5407 3249 31]]. Sign it [[PERSON|Katharina Brandt]].",
    "i cant get into my old yahoo. the email is [[EMAIL_ADDRESS|dazzler_kev77@yahoo.co.uk]] and i think the password was [[PASSWORD|kevrules1977]] or close to it. how do i recover it without the old phone number",
    "Can you help me fill in a form that wants my address in romaji? It's [[STREET_ADDRESS|2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031]], and my mobile is [[PHONE_NUMBER|090-3817-4426]].",
    "I'm sending a balikbayan box home from Dubai. Sender: [[PERSON|Jericho Villanueva]], [[PHONE_NUMBER|+971 55 804 3371]]. Receiver is my mum at [[STREET_ADDRESS|Blk 7 Lot 12, Mabuhay Homes, Brgy. San Isidro, Cainta, Rizal 1900]]. What am I not allowed to pack?",
    "What's the right way to write a Nigerian address on a UK visa form? Mine is [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos 101241]] and the form keeps rejecting the postcode.",
    "My M-Pesa number is [[PHONE_NUMBER|+254 712 408 339]] and someone keeps texting that they sent money by mistake and I should send it back. Is this a scam?",
    "Does my SA ID number [[ID_NUMBER|9308170123085]] show whether I'm male or female? My friend says the digits mean something.",
    "I'm renewing my DNI ([[ID_NUMBER|53918467G]]) in Valencia next week. What do I need to bring, and do I need an appointment?",
    "My codice fiscale is [[ID_NUMBER|RSSGLI88M52L219T]]. Can you explain what each part means? I'm [[PERSON|Giulia Rossi]], born in Turin in 1988.",
    "Is it normal for shops in Sweden to ask for my personnummer? Mine is [[ID_NUMBER|890621-7388]] and I never know if I should give it.",
    "Help me reply to a letter from the Belastingdienst. BSN [[ID_NUMBER|308174628]], address [[STREET_ADDRESS|Prinsengracht 512-II, 1017 KH Amsterdam]]. They say I didn't file for 2022 but I did.",
    "Write a short note in Polish to my doctor's receptionist confirming my appointment on Friday. Name [[PERSON|Agnieszka Wróblewska]], PESEL [[ID_NUMBER|92071543810]].",
    "I'm starting a new job in Cork. Do I give them my PPS number ([[ID_NUMBER|8263917U]]) before I sign the contract or after?",
    "my nhs number is [[ID_NUMBER|738 215 4602]], how do i get my vaccine records to show up in the nhs app",
    "Can you help me with this condo viewing form? Name [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S9012473J]], mobile [[PHONE_NUMBER|+65 9137 2846]]. It asks for 'occupation category', what do I put as a freelancer?",
    "I'm moving to Bergen and just got my fødselsnummer ([[ID_NUMBER|14038847695]]). What do I sort out first, BankID or the tax card?",
    "My new employer in Hamburg needs my Steuer-ID, which is [[ID_NUMBER|57291638408]]. Do I also have to send them last year's Lohnsteuerbescheinigung?",
    "I already have a Portuguese NIF ([[ID_NUMBER|258139463]]) from a holiday flat years ago. Can I use it to rent in Porto or do I need a fiscal representative?",
    "My company in Osaka wants a copy of my My Number card. The number is [[ID_NUMBER|7385 0164 2915]]. Is it normal to hand that to HR?",
    "Format this as a letterhead: [[PERSON|DeShawn Whitaker]], [[STREET_ADDRESS|2214 Oak Hollow Drive, Round Rock, TX 78681]], [[PHONE_NUMBER|(512) 555-0148]], [[EMAIL_ADDRESS|deshawn.whitaker88@gmail.com]]",
    "Help me write a complaint to Hydro-Québec about an estimated bill. I'm [[PERSON|Geneviève Tremblay]], [[STREET_ADDRESS|318 rue Saint-Vallier Est, Québec, QC G1K 3P2]], account number [[ID_NUMBER|629104478]]. They estimated three times my usual usage.",
    "my library card number is [[ID_NUMBER|29118004472031]] and the app says my account is blocked. what does that usually mean",
    "I flew Lisbon to Boston last month and the miles never showed up. Frequent flyer number [[ID_NUMBER|TP418276553]], name [[PERSON|Inês Carvalho]]. Write the claim email please.",
    "Write an extension request to my lecturer. I'm [[PERSON|Kofi Asante-Darko]], student number [[ID_NUMBER|2219347]], email [[EMAIL_ADDRESS|kasantedarko@student.gla.ac.uk]]. My grandmother died last week and the essay is due Friday.",
    "My health insurance denied a claim for my MRI. Member ID [[ID_NUMBER|XJH804417253]], name on the card [[PERSON|Brianna Kowalski]]. Help me write an appeal letter that sounds calm.",
    "My energy supplier says I owe £640 but I moved out of [[STREET_ADDRESS|Flat 4, 19 Cranbrook Terrace, Sheffield S10 2GH]] in May. Account number [[ID_NUMBER|80417722351]]. Draft a complaint.",
    "My name is [[PERSON|Aditi Sharma]] and I was born on 2 October 1996 at 4:35am in Jaipur. What are my sun, moon and rising signs?",
    "Write a note for the windscreen of the silver Golf that keeps parking in my bay. My car is KT68 BXL and the bay is marked. Sign it from [[PERSON|Ifeoma Chukwu]], flat 9, and say they can call me on [[PHONE_NUMBER|0161 496 0583]] if there's a problem.",
    'my python script wont authenticate. heres the line: client = OpenAI(api_key="[[API_KEY|sk-proj-Rf83kLq0xWm2Tz7Hn4Vb9YcJe1Ds6Pa5]]") is the format wrong or is it my account',
    "Is it safe to post my home IP ([[IP_ADDRESS|203.0.113.84]]) on a forum when I'm asking for help with port forwarding for a Minecraft server?",
    "pls make this sound professional for my etsy shop: for custom orders email me at [[EMAIL_ADDRESS|bloomandbead.kasia@outlook.com]] or text [[PHONE_NUMBER|+48 512 337 904]] x",
    "Make a cute sign for our guest room. Wifi name: TheNest_5G, password: [[PASSWORD|marmalade-on-toast-22]]. Checkout 11am, spare towels in the wardrobe.",
    "I'm lending my flat to my cousin for the weekend. Write her simple instructions: building door code [[PASSWORD|4196]], key in the blue lockbox (code [[PASSWORD|0827]]), bins go out Thursday, the boiler needs a kick.",
    "is [[PASSWORD|Summer2019!]] a strong enough password for my email? its [[EMAIL_ADDRESS|jas.kaur.92@hotmail.com]] and i use the same one for everything tbh",
    "Help me write to my landlord about a leak. I'm [[PERSON|Ximena Aguilar]], I live at [[STREET_ADDRESS|Calle Jacarandas 218, Col. Del Valle, 03100 Ciudad de México]], and water has been coming through the ceiling for a week.",
    "Can you write my address in Greek letters for a courier? [[STREET_ADDRESS|Odos Ermou 47, 105 63 Athens]], name [[PERSON|Nikos Papadakis]], phone [[PHONE_NUMBER|+30 694 218 3307]].",
    "my number [[PHONE_NUMBER|+91 98450 21736]] keeps getting calls from people saying my KYC will expire, how do i report them",
    "For the deposit refund my old landlord needs my IBAN, [[IBAN_CODE|AT38 1400 0582 4617 3905]]. Is it safe to send that by email?",
    "payroll wants my bank details, is an IBAN the same as my account number? it's [[IBAN_CODE|GB36 MIDL 4005 1572 9138 46]] on my statement",
    "Did I copy this card number wrong? The booking site won't take it: [[CREDIT_CARD|3794 518266 04215]], expiry 09/27.",
    "write my email signature pls: [[PERSON|priya venkatesh]] | [[EMAIL_ADDRESS|priya@venkateshdesign.co]] | she/her | calls on thursdays only",
    "I forgot which email I used for my Steam account. The username is [[ID_NUMBER|frostbyte_harlan]] if that helps. How do I find out?",
    "Please help me fill in an e-Devlet form. My TC kimlik no is [[ID_NUMBER|37261859450]] and it asks for 'nüfusa kayıtlı olduğu il'. What does that mean?",
]

# 40 pasted snippets naming private people with their contact details.
SNIPPETS = [
    "Can you help me reply to this? It's from someone I met at yoga.\n\n[[PERSON|Linh]]: hey it's [[PERSON|Linh]] from tuesday class! new number btw [[PHONE_NUMBER|07700 900213]]\n[[PERSON|Linh]]: are you still up for the bake sale on sat? i can pick you up at 9",
    "Summarise this email in two lines please:\n\nHi all,\nThe PTA meeting has moved to Thursday 7pm in the school library. Please bring ideas for the summer fair. If you can't make it, send apologies to me.\nBest wishes,\n[[PERSON|Fiona McAllister]]\nPTA Secretary, St Bride's Primary\n[[PHONE_NUMBER|0131 496 0772]]\n[[EMAIL_ADDRESS|fiona.mcallister@btinternet.com]]",
    'My phone transcribed this voicemail, what did they want? "Hi, this is [[PERSON|Nkechi]] from Dr. [[PERSON|Olabisi]]\'s office calling for [[PERSON|Samuel Ortega]]. Please call us back on [[PHONE_NUMBER|(614) 555-0127]] about your lab results, nothing urgent. Thanks."',
    "What time is this for me in Sydney?\n\nQuarterly planning\nOrganiser: [[PERSON|Hélène Girard]] <[[EMAIL_ADDRESS|helene.girard@lumenbrique.fr]]>\nGuests: [[PERSON|Tomás Ruiz]], [[PERSON|Seo Min-jun]], [[PERSON|Priti Desai]]\nTue 14 May, 09:00-10:00 CEST\nRoom: Salle Monet, 3rd floor",
    "From the street WhatsApp, can you turn this into a tidy list of who's bringing what?\n\n[[PERSON|Gwen]] (no. 4): sausage rolls\n[[PERSON|Rashid]] (no. 11): drinks, call me on [[PHONE_NUMBER|07700 900561]] if you need a hand\n[[PERSON|Marta Kowalska]]: salad and cake\n[[PERSON|Trev]]: bringing the gazebo, I'm at [[STREET_ADDRESS|22 Holly Close, Norwich NR4 7QD]] if anyone can help carry it",
    "Can you turn this into something I can import to my phone?\n\nName: [[PERSON|Bartholomew Achterberg]]\nMobile: [[PHONE_NUMBER|+31 6 4829 1173]]\nEmail: [[EMAIL_ADDRESS|b.achterberg@ziggo.nl]]\nAddress: [[STREET_ADDRESS|Lange Nieuwstraat 88, 3512 PK Utrecht]]\nNote: [[PERSON|Bart]] from the allotment, has the spare key",
    "Is this buyer legit? Message from Marketplace:\n\n'Hi, I'm [[PERSON|Daniel Okoro]], I'll take the sofa for the asking price. My cousin will collect, send your address and I'll pay by bank transfer. Or call me on [[PHONE_NUMBER|07700 900734]].'",
    "My landlord sent this, what does he mean by 'reasonable access'?\n\n'Hi [[PERSON|Zara]], the plumber ([[PERSON|Kev Doherty]], [[PHONE_NUMBER|028 9649 6218]]) will come Tuesday between 8 and 12. If you're out he'll use the key safe, code [[PASSWORD|3318]]. Please allow reasonable access. [[PERSON|Martin]]'",
    "Help me make a party RSVP tracker from this:\n\n[[PERSON|Maisie]] - yes - mum [[PERSON|Jo]] [[PHONE_NUMBER|07700 900882]]\n[[PERSON|Arlo]] - yes - dad [[PERSON|Femi]] [[PHONE_NUMBER|07700 900883]]\n[[PERSON|Ines]] - maybe - [[PERSON|Sara Lindgren]] [[PHONE_NUMBER|07700 900119]]\n[[PERSON|Oscar]] - no\nAllergies: [[PERSON|Arlo]] nuts",
    "I'm babysitting tonight, can you tidy these notes into a checklist?\n\nKids: [[PERSON|Ruby]] (6), [[PERSON|Teddy]] (3)\nBed by 7:30, [[PERSON|Teddy]] needs his inhaler\nIf anything happens call [[PERSON|Priyanka]] [[PHONE_NUMBER|07700 900467]] or [[PERSON|Sam]] [[PHONE_NUMBER|07700 900468]]\nGP: Dr [[PERSON|Whelan]], [[PHONE_NUMBER|0117 496 0331]]\nAlarm code [[PASSWORD|1904]]",
    "Should I trust this agent? Her email:\n\nDear Ms [[PERSON|Hollis]],\nFollowing your viewing of [[STREET_ADDRESS|Flat 2, 41 Belgrave Road, Leicester LE2 1AX]], the landlord has accepted your offer subject to referencing. Please pay the holding deposit within 24 hours to secure the property.\nKind regards,\n[[PERSON|Leanne Stubbs]]\nLettings Negotiator, Hallam & Pryce\n[[PHONE_NUMBER|0116 496 0924]] | [[EMAIL_ADDRESS|leanne.stubbs@hallampryce.co.uk]]",
    "I'm shortlisting for a job. Summarise this cover letter in 3 bullets:\n\n'My name is [[PERSON|Adaeze Nwosu]] and I have spent five years as a community nurse in Enfield, mostly with housebound older patients. I set up a falls clinic that cut readmissions and I'd love to bring that to your team. You can reach me at [[EMAIL_ADDRESS|adaeze.nwosu@gmail.com]] or on [[PHONE_NUMBER|020 7946 0518]].'",
    "Explain this referral letter to me in plain English, it's about my dad:\n\nRe: [[PERSON|Bernard Ashworth]], DOB 03/11/1948, NHS No. [[ID_NUMBER|481 639 2750]]\n[[STREET_ADDRESS|7 Quarry Bank, Huddersfield HD4 6TR]]\nThank you for seeing this gentleman with a three-month history of exertional chest tightness. ECG shows new left bundle branch block. I would be grateful for your assessment.",
    "Make a seating plan from our RSVP form export:\n\n[[PERSON|Oyin Adebayo]], [[EMAIL_ADDRESS|oyin.adebayo@yahoo.com]], 2 guests, vegetarian\n[[PERSON|Callum Reid]], [[EMAIL_ADDRESS|callumreid@icloud.com]], 1 guest\n[[PERSON|Ngaio Pāora]], [[EMAIL_ADDRESS|ngaio.p@xtra.co.nz]], 2 guests, one wheelchair user\n[[PERSON|Ottilie Marchetti]], [[EMAIL_ADDRESS|ottie.marchetti@gmail.com]], 1 guest, no pork",
    "Turn this into a weekly carpool table:\nMon - [[PERSON|Rebecca]] ([[PHONE_NUMBER|(416) 555-0163]])\nTue - [[PERSON|Amit]] ([[PHONE_NUMBER|(416) 555-0171]])\nWed - me\nThu - [[PERSON|Rebecca]]\nFri - [[PERSON|Josefina Araya]] ([[PHONE_NUMBER|(416) 555-0190]])",
    "Is this invoice right? I think the VAT is wrong.\n\nFACTURE 0147\nFrom: [[PERSON|Mathilde Roux]], illustratrice\n[[STREET_ADDRESS|5 impasse des Glycines, 44000 Nantes]]\n3 illustrations x 450 € = 1 350 €\nTVA 20 %: 270 €\nTotal: 1 620 €\nPayment to [[IBAN_CODE|FR13 3000 4008 1900 0128 7346 519]]",
    "Got this text, is it a scam?\n\n'Hi Mum it's [[PERSON|Chloe]], dropped my phone down the loo 🙈 this is my new number [[PHONE_NUMBER|07700 900956]]. Can you message me on WhatsApp? Need a favour x'",
    "My colleague's auto-reply, who do I contact about the Leeds account?\n\n'I'm on leave until 2 September with limited access to email. For anything urgent please contact [[PERSON|Aleksandra Nowak]] on [[PHONE_NUMBER|020 7946 0283]] or [[EMAIL_ADDRESS|a.nowak@brightfieldlogistics.com]]. [[PERSON|Reuben]]'",
    "Voicemail transcript from the plumber, when is he coming? 'Alright, it's [[PERSON|Gareth]] about the boiler at [[STREET_ADDRESS|14 Coleridge Avenue, Cardiff CF23 5RN]]. I can do Thursday first thing. Give us a bell back on [[PHONE_NUMBER|07700 900302]]. Cheers.'",
    "Can you rewrite this Slack message so it sounds less stressed?\n\n'[[PERSON|Ahmed]] I'm stuck at the hospital with my son, can you cover the 2pm with [[PERSON|Bianchi]]? His mobile is [[PHONE_NUMBER|+39 347 218 6604]]. Sorry!!'",
    "Help me print Christmas card labels from this list:\nAunty [[PERSON|Val]] and Uncle [[PERSON|Ray]], [[STREET_ADDRESS|9 Meadow Way, Swindon SN3 2AP]]\n[[PERSON|Gillian]] and [[PERSON|Hugh Prentice]], [[STREET_ADDRESS|Rose Cottage, Church Lane, Little Wittenham OX14 4RA]]\n[[PERSON|Moira Baxter]], [[STREET_ADDRESS|Flat 12, Kelvin Court, Glasgow G12 0AB]]",
    "Check this emergency contact form before I hand it in:\nEmployee: [[PERSON|Thiago Mendes]], employee no. [[ID_NUMBER|E-40417]]\nEmergency contact: [[PERSON|Luana Mendes]] (wife), [[PHONE_NUMBER|+55 11 98734-2216]]\nSecond contact: [[PERSON|Caio Barros]], [[PHONE_NUMBER|+55 11 97120-4458]]",
    "The school sent this, what do I actually need to do?\n\nDear Parents,\nYear 3 are visiting the Natural History Museum on 6 March. Please return the consent slip and £8 by Friday, and send a packed lunch on the day.\nMany thanks,\n[[PERSON|Rachel Osei]]\nClass Teacher, 3R\n[[EMAIL_ADDRESS|r.osei@hollinsbrook.sch.uk]]",
    "My aunt sent this recipe by text, can you convert it to grams? '2 cups flour, 1 cup sugar, 3 eggs, half a cup of butter melted, 1 cup grated carrot, bake 40 min at 180. Any problems ring me on [[PHONE_NUMBER|0491 570 233]]. Love Aunty [[PERSON|Bev]]'",
    "Rewrite this lost dog poster so it fits on one page:\n\nLOST: Biscuit, golden cocker spaniel, very friendly, answers to Biscuit or Biccy. Last seen near Albert Park on Sunday afternoon. Please call [[PERSON|Moana]] on [[PHONE_NUMBER|+64 21 408 3392]] or drop by [[STREET_ADDRESS|17 Kowhai Street, Mount Eden, Auckland 1024]]",
    "My ex sent this about the handover, am I reading too much into it?\n\n'[[PERSON|Keisha]], I'll drop [[PERSON|Malachi]] at my mum's this week instead, [[STREET_ADDRESS|41 Tennyson Road, Luton LU1 3RS]]. Pick up Sunday 5. Don't be late again. [[PERSON|Andre]]'",
    "Make this church rota into a clean table:\n\nFlowers - Mrs [[PERSON|Achebe]] ([[PHONE_NUMBER|0121 496 0387]])\nTea - [[PERSON|Brian]] and [[PERSON|Sheila Dunmore]]\nReading - [[PERSON|Colm Healy]] ([[PHONE_NUMBER|07700 900645]])\nCounting - [[PERSON|Brian]]",
    "I advertised a room and got this reply, any red flags?\n\n'Hi! I'm [[PERSON|Yuki Tanabe]], 27, I work in marketing, quiet, no pets, don't smoke. I can view on Saturday afternoon. My number is [[PHONE_NUMBER|07700 900377]] if it's easier to text.'",
    "HR sent this, can you explain what I need to do?\n\n'Dear [[PERSON|Oluwadamilare]], please confirm your new bank details for payroll. Employee number: [[ID_NUMBER|HR-558213]]. Reply to [[PERSON|Gemma Thorne]] at [[EMAIL_ADDRESS|gemma.thorne@castlegatehousing.org.uk]] by Friday.'",
    "The delivery app says this, so where is my parcel?\n\n'Your parcel was left with your neighbour [[PERSON|D. Ferreira]] at [[STREET_ADDRESS|16 Lavender Gardens, Reading RG1 5HP]]. Signed for at 14:02.'",
    "The Airbnb host sent this, can you turn it into a checklist?\n\n'Welcome! The address is [[STREET_ADDRESS|Carrer de Verdi 63, 3r 2a, 08012 Barcelona]]. Lockbox code [[PASSWORD|5512]], wifi password [[PASSWORD|gracia2024]]. Any problem, WhatsApp me: [[PHONE_NUMBER|+34 612 48 93 07]]. [[PERSON|Montse]]'",
    "I've been asked to be a referee. What should I write back?\n\n'Dear Dr [[PERSON|Fairweather]], [[PERSON|Anjali Menon]] has applied for the post of Senior Pharmacist and has named you as a referee. Please complete the attached form by 30 April. With thanks, [[PERSON|Craig Lundie]], Recruitment Officer, [[PHONE_NUMBER|0141 496 0158]]'",
    "Clean up this team sheet for the under-9s group chat:\n\n[[PERSON|Noah]] - GK\n[[PERSON|Zain]], [[PERSON|Ellis]], [[PERSON|Kai]] - defence\n[[PERSON|Oskar]], [[PERSON|Theo]] - midfield\n[[PERSON|Ayaan]] - up front\nParent contacts: [[PERSON|Halima]] [[PHONE_NUMBER|07700 900527]], [[PERSON|Stuart Mair]] [[PHONE_NUMBER|07700 900528]]",
    "Did this transfer go to the right person?\n\nTransfer confirmation\nPayee: [[PERSON|Joost van Leeuwen]]\nIBAN: [[IBAN_CODE|NL90 RABO 0317 2846 59]]\nAmount: €350,00\nReference: huur mei\nNotification sent to: [[EMAIL_ADDRESS|joost.vanleeuwen@kpnmail.nl]]",
    "Turn this book club email into a rota:\n\n'Next three meetings: March at [[PERSON|Ngaire]]'s ([[STREET_ADDRESS|8 Rata Street, Nelson 7010]]), April at mine, May at [[PERSON|Petra Šimková]]'s ([[STREET_ADDRESS|2/14 Halifax Street, Nelson 7010]]). RSVP to me on [[PHONE_NUMBER|+64 27 519 3306]]. [[PERSON|Rosie]]'",
    "Can you write me a reminder from this invite?\n\nInterview: [[PERSON|Farhan Siddiqui]] - Junior Developer\nThu 11:30, Teams\nCandidate mobile: [[PHONE_NUMBER|+92 300 418 2275]]\nPanel: [[PERSON|Gráinne]], [[PERSON|Oluwafemi]], me",
    "Can you translate this note from my new neighbour?\n\n'안녕하세요, 302호에 새로 이사 온 [[PERSON|김민지]]입니다. 다음 주 토요일에 짐 정리 때문에 조금 시끄러울 수 있어요. 불편하시면 [[PHONE_NUMBER|010-4827-3361]]로 연락 주세요.'",
    "My neighbour left this voicemail in Spanish, what is she saying? 'Hola, soy [[PERSON|Lupita Ramírez]], la vecina del 4B. Se está saliendo agua de tu baño a mi techo. Llámame cuando puedas al [[PHONE_NUMBER|+52 55 4187 2290]], gracias.'",
    "Make this Teams message into bullet points:\n\n'[[PERSON|Kwabena]] is off sick, so the site visit at [[STREET_ADDRESS|Unit 6, Westgate Trading Estate, Swansea SA5 4HN]] is with [[PERSON|Eleri Probert]] instead. She'll meet you at reception, her mobile is [[PHONE_NUMBER|07700 900731]].'",
    "Can you check the grammar of my reply? His email first:\n\n'Hi, [[PERSON|Dmitri Volkov]] here, I'm selling the bike you asked about. It's still available. I'm at [[STREET_ADDRESS|Liteyny Prospekt 28, kv. 41, St Petersburg 191028]], [[PHONE_NUMBER|+7 921 408 55 13]].'\n\nMy reply: 'Hello, I am interested, can I come on Saturday for look?'",
]

# 40 everyday requests naming no private person.
CLEAN_EVERYDAY = [
    "What can I make for dinner with chickpeas, spinach, half a tin of coconut milk and rice?",
    "How long should I boil eggs for a jammy yolk?",
    "Is it cheaper to take the train or fly from Madrid to Barcelona in April?",
    "What's the difference between a Roth IRA and a traditional IRA in simple terms?",
    "I have a 3-day layover in Istanbul. What's a realistic itinerary that isn't exhausting?",
    "Why does my sourdough come out flat and dense? I feed the starter every day.",
    "How much water should I drink during a half marathon?",
    "Can you explain what a Python list comprehension is with a simple example?",
    "My knee clicks when I go up stairs but doesn't hurt. Should I worry?",
    "Write a SQL query that finds duplicate email addresses in a users table.",
    "How do I make a budget if my income changes every month?",
    "What's a good way to revise for a biology exam in two weeks?",
    "Explain compound interest like I'm 12.",
    "How do I stop my cast iron pan from rusting?",
    "Is it safe to take ibuprofen and paracetamol together?",
    "What documents do I need to renew a UK passport from abroad?",
    "How do I centre a div horizontally and vertically in CSS?",
    "Suggest a 4-week beginner running plan for someone who gets bored easily.",
    "What's the best way to learn Japanese hiragana in a week?",
    "How do I get red wine out of a wool carpet?",
    "Can you summarise the causes of the First World War in five bullet points?",
    "Is a 15-year or 30-year mortgage better if I might move in 8 years?",
    "My tomato plants have yellow leaves at the bottom. What's wrong?",
    "Why does git say 'detached HEAD' and how do I get out of it?",
    "What are some cheap high-protein lunches I can take to work?",
    "How many days do I need for Lisbon and Porto together?",
    "Explain the difference between affect and effect with examples.",
    "Is it worth paying off my student loan early or should I invest instead?",
    "How do I convert a recipe from a 20cm round tin to a 23cm square tin?",
    "What should be in a basic first aid kit for hiking?",
    "Write a bash one-liner to rename all .jpeg files in a folder to .jpg.",
    "how do i tell if bread has gone mouldy inside if i cant see anything",
    "Give me a weekly meal prep plan for a family of four on about £70.",
    "How can I fall asleep faster without melatonin?",
    "What's the easiest way to get from Narita airport to Shinjuku with big suitcases?",
    "Help me understand what a p-value actually tells me.",
    "Can you quiz me on the first 20 elements of the periodic table?",
    "How do I dispute a charge on my credit card if the shop won't refund me?",
    "whats a good stretching routine for lower back pain from sitting all day",
    "Is it rude to split the bill by what everyone ordered at a birthday dinner?",
]

# 30 requests naming public figures, historical people, fictional characters, saints,
# brands, bands and places named after people.
CLEAN_PUBLIC = [
    "What did Marie Curie get her second Nobel Prize for?",
    "Give me a short summary of Pride and Prejudice, mainly how Elizabeth Bennet's view of Mr Darcy changes.",
    "Is St Patrick's Day a bank holiday in Northern Ireland?",
    "What are the best Fleetwood Mac songs for a road trip playlist?",
    "Why did Gandhi lead the Salt March?",
    "How far is Lake Victoria from Victoria Falls?",
    "Who was St Christopher and why do people wear his medal when travelling?",
    "Explain Newton's three laws of motion with everyday examples.",
    "Is Sherlock Holmes based on a real detective?",
    "Recommend a good biography of Frida Kahlo.",
    "What time does the Van Gogh Museum open on Sundays?",
    "Was Cleopatra actually Egyptian?",
    "Which is better for a beginner, a Fender Stratocaster or a Gibson Les Paul?",
    "Write a short poem in the style of Emily Dickinson about the first snow.",
    "What did Nelson Mandela do before he became president?",
    "How many hours is the drive from San Diego to San Francisco?",
    "Is Tim Hortons really named after a hockey player?",
    "explain harry potters family tree, im confused about the blacks and the potters",
    "Did Genghis Khan really have that many descendants?",
    "Is Ben & Jerry's still independent?",
    "What are the Florence and the Machine albums in order?",
    "Best things to do in Washington DC with kids for two days?",
    "Why is Saint Valentine associated with love?",
    "Is Twin Peaks worth watching if I've never seen a David Lynch film?",
    "Compare Atticus Finch in To Kill a Mockingbird and Go Set a Watchman.",
    "Why is the Venezuelan currency called the bolívar?",
    "How many shows were on Taylor Swift's Eras Tour?",
    "How did Alexander Hamilton die?",
    "Is Hermione Granger's patronus an otter in the books too?",
    "What did Ada Lovelace actually contribute to computing?",
]

# 15 word problems with fictional first names.
CLEAN_WORD_PROBLEMS = [
    "Amara has 24 cupcakes. She gives a third to Jonah and half of what's left to Priya. How many does she have now?",
    "Tomas runs 5 km on Monday and adds 1.5 km each day. How far does he run on Friday?",
    "Leila buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 bill. How much change does she get?",
    "Kenji is twice as old as Mateo. In 6 years their ages will add up to 42. How old is Mateo now?",
    "A train leaves at 9:40. Sofia's bus to the station takes 35 minutes and she wants 10 minutes spare. What's the latest bus she can catch?",
    "Olu saves £15 a week and his sister Ada saves £4 more than him. How much do they save together in 8 weeks?",
    "Ingrid baked 60 cookies and packed them in bags of 8. How many full bags did she make and how many cookies were left over?",
    "Rahul read 45 pages on Saturday, which was 30% of the book. How many pages does the book have?",
    "Chloe and Marcus share £84 in the ratio 3:4. How much does Marcus get?",
    "Yusuf's garden is 12 m by 7.5 m. He wants a fence all the way round except for a 1 m gate. How much fencing does he need?",
    "Mei can paint a fence in 6 hours and Diego can paint it in 4. How long does it take if they work together?",
    "Nia has 5 more marbles than Sam, and together they have 37. How many does each of them have?",
    "A café sells coffee for $3.20. Hana buys one every weekday for 4 weeks. How much does she spend?",
    "Freya's phone battery drops 8% an hour. It's on 76% at noon. At what time will it hit 20%?",
    "Bilal scored 72, 85 and 91 on three tests. What does he need on the fourth to average 85?",
]

# 15 requests where a name-like word is a common word.
CLEAN_COMMON_WORDS = [
    "What roses should I plant for a small rose garden that gets afternoon shade?",
    "My credit card has a 25-day grace period. Does interest start if I only pay the minimum?",
    "Explain how 'the will of the people' was used in the Brexit debate.",
    "How does an Amber alert actually work in the US, and who decides to send one?",
    "How do I have a frank talk with my teenager about vaping without it turning into a lecture?",
    "What time is the dawn chorus at its best in May, and which birds start first?",
    "The forecast says sunny spells and scattered showers. Should I still go hiking?",
    "How many miles per gallon does a typical hybrid get on the motorway?",
    "What's the difference between a living will and a lasting power of attorney?",
    "Can I use amber glass bottles for homemade vanilla extract or do they need to be clear?",
    "How do I jack up a car safely to change a tyre?",
    "My holly bush has no berries this year. Is it a male plant or just stressed?",
    "Should I bill a client by the hour or by the project for website work?",
    "Is hope a feeling or a decision? I'm writing a short essay for philosophy class.",
    "What colours go with violet walls in a small bedroom?",
]

NATIONAL_IDS = {
    "618 347 256": luhn_len(9),  # Canadian SIN
    "5821 7394 6027": aadhaar_ok,  # Indian Aadhaar
    "2951 73841 1": medicare_ok,  # Australian Medicare
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "371.845.296-00": cpf_ok,  # Brazilian CPF
    "9308170123085": luhn_len(13),  # South African id
    "53918467G": dni_ok,  # Spanish DNI
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "890621-7388": luhn_len(10),  # Swedish personnummer
    "308174628": bsn_ok,  # Dutch BSN
    "92071543810": pesel_ok,  # Polish PESEL
    "8263917U": pps_ok,  # Irish PPS number
    "738 215 4602": nhs_ok,  # NHS number
    "481 639 2750": nhs_ok,
    "S9012473J": nric_ok,  # Singapore NRIC
    "14038847695": fodselsnummer_ok,  # Norwegian fødselsnummer
    "57291638408": steuer_id_ok,  # German tax id
    "258139463": nif_ok,  # Portuguese NIF
    "7385 0164 2915": my_number_ok,  # Japanese My Number
    "37261859450": kimlik_ok,  # Turkish kimlik
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0(113|114|115|116|117|118|121|131|141|151|161) 496 0\d{3}",  # UK city drama ranges
        r"028 9649 6\d{3}",  # Belfast drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|30|31|34|39|48|52|55|64|65|91|92|234|254|971) [\d -]+\d",  # no fiction range known
    )
]

# Words that tie a person to the writer (relations, roles, titles); at least 40 of the 120
# requests about people carry none of them.
CUE = re.compile(
    r"\b(my|our|mum|mom|mother|dad|father|parents?|wife|husband|partner|boyfriend|girlfriend|"
    r"son|daughter|kids?|sister|brother|aunt|aunty|uncle|nan|grandad|grandmother|in[- ]laws?|"
    r"mother in law|stepdaughter|ex|ex-husband|friend|friendship|mate|flatmate|housemate|"
    r"coworker|colleague|boss|manager|supervisor|client|patients?|students?|teacher|neighbour|"
    r"next door|landlord|mr|mrs|ms|dr|prof|together|hr)\b",
    re.IGNORECASE,
)
LONE_SURNAMES = ("okonkwo", "Haddad", "Pemberton", "Visser", "Nakamura", "Sørensen")
WORD_NAMES = ("amber", "forrest", "sunny", "dawn", "miles", "summer", "hope", "frank")
PLATES = ("LK19 WRU", "KT68 BXL")
COMMON_PHRASES = ("rose garden", "grace period", "will of the people", "Amber alert", "frank talk")


def check_clean_words(name: str, texts: list[str], words: tuple[int, int]) -> None:
    """Each clean text within its word range."""
    for text in texts:
        if not words[0] <= len(text.split()) <= words[1]:
            raise SystemExit(f"{name}: {len(text.split())} words in {text[:60]!r}")


def check_people() -> None:
    """Every request about people names someone; at least 40 carry no relation word or
    title; the lone surnames and the names that are common words are there, marked."""
    for marked in PEOPLE:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"people: no name in {marked[:60]!r}")
    bare = sum(not CUE.search(strip_marks(t)[0]) for t in PEOPLE)
    if not 40 <= bare <= 50:
        raise SystemExit(f"people: {bare} texts without a cue word, want 40 to 50")
    names = {s["value"] for t in PEOPLE for s in marked_spans(t) if s["type"] == "PERSON"}
    for name in LONE_SURNAMES:
        if name not in names:
            raise SystemExit(f"people: lone surname {name!r} not marked alone")
    lowered = {n.lower() for n in names}
    for name in WORD_NAMES:
        if name not in lowered:
            raise SystemExit(f"people: no one called {name!r}")


def check_own() -> None:
    """The writer's own data covers every kind; the licence plates stand unlabelled."""
    kinds = [s["type"] for t in OWN for s in marked_spans(t)]
    want = {
        "PERSON": 20, "PHONE_NUMBER": 10, "EMAIL_ADDRESS": 6, "STREET_ADDRESS": 15,
        "PASSWORD": 6, "ID_NUMBER": 25, "CREDIT_CARD": 2, "IBAN_CODE": 3, "US_SSN": 1,
        "IP_ADDRESS": 1, "API_KEY": 1,
    }  # fmt: skip
    for kind, least in want.items():
        if kinds.count(kind) < least:
            raise SystemExit(f"own: {kinds.count(kind)} {kind}, want at least {least}")
    for plate in PLATES:
        hits = [t for t in OWN if plate in strip_marks(t)[0]]
        if len(hits) != 1 or any(plate in s["value"] for s in marked_spans(hits[0])):
            raise SystemExit(f"own: plate {plate!r} missing or labelled")


def check_snippets() -> None:
    """Every snippet names a private person and carries a contact detail."""
    contact = {"PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"}
    for marked in SNIPPETS:
        kinds = {s["type"] for s in marked_spans(marked)}
        if "PERSON" not in kinds or not kinds & contact:
            raise SystemExit(f"snippets: no name or no contact in {marked[:60]!r}")


def check_common_words() -> None:
    """The clean common-word requests hold the phrases the set promises."""
    joined = " ".join(CLEAN_COMMON_WORDS)
    for phrase in COMMON_PHRASES:
        if phrase not in joined:
            raise SystemExit(f"clean: no {phrase!r}")


def main() -> None:
    sections = {
        "people": (PEOPLE, 120),
        "own": (OWN, 60),
        "snippets": (SNIPPETS, 40),
        "clean everyday": (CLEAN_EVERYDAY, 40),
        "clean public": (CLEAN_PUBLIC, 30),
        "clean word problems": (CLEAN_WORD_PROBLEMS, 15),
        "clean common words": (CLEAN_COMMON_WORDS, 15),
    }
    pii = PEOPLE + OWN + SNIPPETS
    check_counts("people", PEOPLE, PEOPLE_WORDS, (1, 3))
    check_counts("own", OWN, OWN_WORDS, (1, 5))
    check_counts("snippets", SNIPPETS, SNIPPET_WORDS, (2, 14))
    for name, texts in (
        ("clean everyday", CLEAN_EVERYDAY), ("clean public", CLEAN_PUBLIC),
        ("clean word problems", CLEAN_WORD_PROBLEMS), ("clean common words", CLEAN_COMMON_WORDS),
    ):  # fmt: skip
        check_clean_words(name, texts, CLEAN_WORDS)
    check_people()
    check_own()
    check_snippets()
    check_common_words()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind48", HERE, sections, {"people", "own", "snippets"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=PEOPLE, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
