# ruff: noqa: E501
"""A twenty-third blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 70 short chat messages (4 to 40 words) the way people type to a chatbot on a phone: the
  first 40 all in lower case with shorthand, missing apostrophes and typos, the other 30
  with capitals. Names come from more than 40 countries: lone first names, lone surnames,
  nicknames, possessives, and twelve given names that are also English words (Bill, Pat,
  Crystal, Wade, Iris, Gale, Miles, Sage, Amber, Dawn, Rocky, Lily); about half carry no
  cue word (no relation word, title, greeting or "my name is");
* 50 messages whose personal datum is a secret or an account id said in passing: PINs,
  unlock codes, door, gate, alarm, garage, locker, padlock and key-safe codes, wifi keys,
  passwords and passphrases of every shape (words with digits, plain words, three- and
  four-word phrases, leetspeak, random strings, a seed phrase), streaming, Steam, PayPal
  and vet-portal logins, and membership, library, student, loyalty, customer, hospital,
  badge, permit and passport numbers; about half without a keyword such as "password",
  "pin" or "code"; some also name a person; a licence plate is left unlabelled;
* 50 chat requests (30 to 150 words) about private people at home or at work: school
  runs, a fence dispute, references, a seating plan, an on-call rota, a deposit dispute, a
  school trip, a funeral, a grooming van's customers, a house move, a retirement, Secret
  Santa, minutes, reviews, a loan, a break-up, a handover, car-pools, a langar rota, ...
  with names in many positions, possessives, lists of names, initials, about half without
  a cue word;
* 50 pasted materials: e-mail threads with signatures, WhatsApp, Teams, Slack and Discord
  exports, CSV, TSV, JSON, YAML, SQL, vCard and iCalendar rows, sshd, nginx, Postgres
  and Windows logs with usernames and IPs, a .env and a compose file, forms, letters, a
  referral, minutes, a git log; the last 10 in Spanish, French, German, Portuguese,
  Italian, Turkish and Swedish.

Usernames, handles, logins, account, customer, member, patient, employee, student, library
and passport numbers, licences and national ids are labelled ID_NUMBER; PINs, unlock,
door, gate, alarm, locker and key-safe codes, wifi keys, passphrases and passwords
PASSWORD; titles (Mr, Mrs, Ms, Dr, Coach, auntie, Great-Aunt, grandpa, Frau) and
honorifics after a name (the Turkish Hanim and Bey) stay outside PERSON spans; an address
span runs from the street line through the postcode and city as typed; every occurrence of
a private value is marked; public figures, companies, fictional characters, order, ticket and
invoice numbers, licence plates and dates of birth are not labelled. The 100 clean texts
are 25 writing, role-play and reasoning prompts in the style of MT-Bench and Vicuna, 20
grade-school word problems with fictional first names, 20 multiple-choice exam items
(law, medicine, history, science), 15 general health questions and 20 everyday and
technical questions naming public figures, eponyms, brands, teams, bands, places or code
with placeholders (environment variables, ``<username>``, example.com, a hash, a UUID,
version strings, hex colours). All values are invented: phones from ranges kept for
fiction (UK 07700 900 and 0117 496 0; North America 555-01xx; Australia 0491 570; Sweden
070-174 06; Germany 030 23125), cards Luhn-valid and not well-known test numbers, IBANs
valid mod 97 and not documentation examples, national ids with valid check digits where
the format has one (NHS number, Spanish DNI, French NIR, Italian codice fiscale,
Portuguese NIF, Dutch BSN, Turkish kimlik, Swedish personnummer, Canadian SIN), IPs from
documentation ranges. Check digits were worked out once, while writing, for invented
leading digits; the builder only checks them and generates no value.

Run ``.venv/bin/python bench/data/build_blind23.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    bsn_ok,
    check_national_ids,
    codice_fiscale_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nif_ok,
    nir_ok,
    word_count,
)
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_SHORT = 40
MIN_CHARS = 15
MAX_WORDS = 300
SHORT_WORDS = (4, 40)
CHAT_WORDS = (30, 150)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Grandpa|Grandma|Great-Aunt|Aunt|Uncle|Herr|Frau|Madame|Monsieur|Mme|Sr|Sra|Hanım|Bey)\.?\s",
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 70 short chat messages: the first 40 all in lower case with chat shorthand.
SHORT = [
    "can u remind me to call [[PERSON|dimitri]] at 5",
    "whats a nice gift for my sis [[PERSON|ngozi]] she likes plants n candles",
    "is [[PERSON|tomasz]]'s flat closer to the station or mine",
    "need to pay [[PERSON|bill]] back 40 quid for the concert tix",
    "tell me a joke i can text my friend [[PERSON|pat]] to cheer her up shes had a rough week",
    "[[PERSON|haruto]] keeps leaving me on read what does that mean lol",
    "write a short bday msg for my cousin [[PERSON|jiwoo]] shes turning 30 and loves hiking",
    "how do i say sorry to [[PERSON|crystal]] for missing her party without sounding fake",
    "remind me [[PERSON|wade]] owes me for the pizza",
    "my gf [[PERSON|iris]] wants to go to lisbon in may any tips",
    "whats [[PERSON|okafor]] gonna think if i skip the standup again",
    "did auntie [[PERSON|gale]] ever send the photos from saturday",
    "plan a picnic for me n [[PERSON|miles]] this sunday somewhere near the river",
    "[[PERSON|sage]] said the film was mid should i still watch it",
    "help me write a txt to my landlady [[PERSON|amber]] asking if she still wants the sofa",
    "ugh [[PERSON|dawn]] from accounts cc'd the whole team again how do i reply politely",
    "my bro [[PERSON|rocky]] is coming over what can we cook w chickpeas and rice",
    "whats a cute name for a cat, [[PERSON|lily]] wants to call it biscuit",
    "how long is the drive from [[PERSON|siobhan]]s place in galway to dublin airport",
    "my friends [[PERSON|xiaoling]] n [[PERSON|thanh]] r coming at 7 how much pasta do i need for 6 ppl",
    "translate happy anniversary into hindi for [[PERSON|priyanka]] pls",
    "is it weird to ask [[PERSON|farhan]] for his notes from the lecture",
    "my nani [[PERSON|rukhsana]] cant hear well on the phone any tips for video calls",
    "remind me to water [[PERSON|shirin]]'s plants tues and fri shes my neighbour",
    "[[PERSON|emre]] bet me i cant name 10 capitals in africa, quiz me",
    "what should i bring to [[PERSON|youssef]]s iftar tonight",
    "my flatmate [[PERSON|tigist]] keeps using my oat milk how do i bring it up",
    "[[PERSON|wanjiru]] says the matatu fare went up is that true for nairobi",
    "can u help me plan a surprise for my bf [[PERSON|kwame]] hes been stressed w exams",
    "my roommate [[PERSON|thandi]] n me r splitting rent 60 40 is that fair if her room is bigger",
    "whats [[PERSON|joão]] on about when he says saudade",
    "my tia [[PERSON|lupe]] wants a recipe for vegan tamales lol help",
    "[[PERSON|facundo]] asked me to be his best man omg what do i do first",
    "grandpa [[PERSON|giuseppe]] turned 90 today give me a short toast in italian",
    "i think my sister [[PERSON|amélie]] is mad at me she only replied k",
    "can u explain to [[PERSON|jörg]] why a for loop is faster than this, ill paste it",
    "my neighbour [[PERSON|joost]] keeps parking in front of my gate what do i say",
    "[[PERSON|björn]]s bday is next week and i have no clue what to get him hes my stepdad",
    "[[PERSON|solveig]] wants to know if supermarket salmon is ok to eat raw",
    "my cousin [[PERSON|eero]] is visiting from tampere what to do in london for 2 days",
    "Can you help me word a thank-you card for [[PERSON|Søren]]? He fixed my bike twice this month.",
    "My aunt [[PERSON|Guðrún]] is lending me her car for the weekend, what should I check before driving it?",
    "My manager [[PERSON|Svetlana]] asked whether I could cover her shift on Friday. How do I say no nicely?",
    "My mother-in-law [[PERSON|Oksana]] is staying for three weeks. Ideas for keeping the peace?",
    "Is it rude to correct [[PERSON|Jiří]] when he mispronounces my surname in meetings?",
    "[[PERSON|Zsófi]] just got engaged! Write something sweet I can post under her photo.",
    "Hi! My friend [[PERSON|Ioana]] wants to learn to swim at 35. Any advice I can pass on?",
    "[[PERSON|Dragan]]'s dog bit my son's sleeve at the park. Do I need to report it?",
    "[[PERSON|Arben]] and [[PERSON|Nino]] are fighting over the thermostat again. Suggest a compromise.",
    "Reminder for tomorrow: collect [[PERSON|Ani]]'s passport photos before 3.",
    "What's a good reply when [[PERSON|Marites]] says she's fine but clearly isn't?",
    "Hey, [[PERSON|Wayan]] recommended a warung in Ubud but I lost the name. Any famous ones?",
    "My nephew [[PERSON|Somchai]] wants me to proofread his cover letter tonight; what should I look for?",
    "[[PERSON|Sione]]'s rugby team needs a new name. Give me ten ideas with a Samoan twist.",
    "[[PERSON|Aroha]] got the job!! Help me plan a small celebration at the office on Friday.",
    "[[PERSON|Hamish]] swears haggis is healthy. Is he right?",
    "Mrs [[PERSON|Pritchard]] next door asked me to feed her cat while she's in Cardiff. What do cats eat besides dry food?",
    "My colleague [[PERSON|Rania]] keeps sending me voice notes at 2am. How do I ask her to text instead?",
    "[[PERSON|Noa]] and I want to hike Masada at sunrise. What time should we start?",
    "[[PERSON|Abdirahman]] is new on my team and fasting this month. How can I be considerate at lunch meetings?",
    "I owe my brother [[PERSON|Rhys]] an apology for snapping at him yesterday. Draft something short.",
    "Dr [[PERSON|Adeyemi]] says my iron is low; what foods help?",
    "Coach [[PERSON|Dlamini]] wants the under-12s at the pitch by 8:15, how do I remind the parents without nagging?",
    "Can you suggest a playlist for [[PERSON|Quispe]]'s leaving do? He loves 80s rock.",
    "How do I split an £86 dinner fairly between [[PERSON|Gonçalo]], [[PERSON|Iñaki]] and me when [[PERSON|Iñaki]] only had a salad?",
    "Write a polite Slack message asking my coworker [[PERSON|Chiara]] to bring the projector back by Thursday.",
    "Is Moana a good film to watch with [[PERSON|Leilani]] and her cousins this weekend?",
    "[[PERSON|Kofi Mensah-Boateng]] from choir offered to drive me to the airport. How much petrol money is fair?",
    "Our babysitter [[PERSON|Marisol]] can't come Saturday; list some things I can do with a 4 year old at home.",
    "Text for [[PERSON|Deepa]]: running 10 min late, start without me.",
]

# 50 messages whose personal datum is a secret or an account id said in passing.
SECRETS = [
    "the wifi is on the fridge: [[PASSWORD|Marmalade!Otter52]] - can you tell me why my laptop still won't connect",
    "My bank PIN is [[PASSWORD|4817]]. Is it safe to keep it in my phone's notes app?",
    "logged in as [[ID_NUMBER|kestrel_rides]] with [[PASSWORD|tuesdaybluebird]] on the steam app but it says wrong credentials, what now",
    "Gate code's [[PASSWORD|2291#]] if the courier asks. Can you write that as a delivery note?",
    "Our alarm code is [[PASSWORD|6604]] and it beeps twice before arming. Is that normal for a Yale system?",
    "Library card [[ID_NUMBER|2 9031 00748 2215]] keeps getting rejected by the ebook app, any idea why?",
    "whats a stronger version of [[PASSWORD|fluffy2019]] that i can still remember",
    "Netflix: [[EMAIL_ADDRESS|rhiannon.pugh88@outlook.com]] / [[PASSWORD|Snowdon-Llama-7]]. My sister renamed my profile, how do I change it back?",
    "I set my phone unlock code to [[PASSWORD|280417]], which is our wedding date. Bad idea?",
    "Write an email to Dr [[PERSON|Halvorsen]] asking for an extension on my essay; my student number is [[ID_NUMBER|s2284719]].",
    "Key safe code is [[PASSWORD|1 9 7 3]], then press the button underneath. Write that up nicely for the Airbnb guests.",
    "the passphrase for the shared drive is [[PASSWORD|copper kettle winter harbour]], is four words long enough?",
    "Is [[PASSWORD|p4ssw0rd_M4r1a]] a good password? [[PERSON|Maria]] from IT says leetspeak doesn't help.",
    "Tesco Clubcard [[ID_NUMBER|6340 1872 9913 0458]]: how do I merge the points from my old card into it?",
    "Locker 114, code [[PASSWORD|38-12-27]]. I keep forgetting it, give me a mnemonic.",
    "My garage keypad code is [[PASSWORD|5150]] then enter. How do I change it on a Chamberlain opener?",
    "username [[ID_NUMBER|d.okonkwo-ade]] password [[PASSWORD|Harmattan#2024]], does this meet a policy of 12 chars, a symbol and a number?",
    "Customer no. [[ID_NUMBER|CU-00481736]] with British Gas, they charged me twice this month. Draft a complaint.",
    "[[PERSON|Lindqvist]] told me the server room door code is [[PASSWORD|7734*]] now. Should that be written down anywhere?",
    "Costco membership [[ID_NUMBER|111 829 473 605]] expired last week. Can I still use the pharmacy there?",
    "the router sticker says wifi password [[PASSWORD|xR7kP2mQ9vLw]], how do i change it to something i can type on the tv remote",
    "I use [[PASSWORD|Bramble1987]] for everything, including my bank. How worried should I be?",
    "The hotel safe pin is [[PASSWORD|0912]], my mum's birthday, and now it has locked me out after three tries.",
    "pls remember for me: bike lock code [[PASSWORD|4-0-6-1]]",
    "Steam account [[ID_NUMBER|GrumpyNarwhal_77]] got a trade ban. How long do those usually last?",
    "My PayPal login is [[EMAIL_ADDRESS|t.vasquez.home@gmail.com]] and the password [[PASSWORD|Cactus&Coffee19]]; it wants 2FA on a number I no longer have. Help?",
    "The alarm panel wants a 4-digit master code and I set [[PASSWORD|9326]]. Is there a default one I should also change?",
    "NHS number [[ID_NUMBER|485 203 9178]]: how do I see my GP records online?",
    "Write a reminder for my dad: the new front door code is [[PASSWORD|1357B]] and the old one no longer works.",
    "Gym membership [[ID_NUMBER|PG-2024-55813]] under [[PERSON|Kaveh Moradi]]. How do I freeze it for two months?",
    "wifi at grandmas: network NETGEAR47, [[PASSWORD|quietlemon604]]. how do i connect her new tablet",
    "My passcode is [[PASSWORD|Saffron Bicycle Lantern]] and the app says it's too long?",
    "For the vet portal I'm [[ID_NUMBER|mbiscuit_owner]] / [[PASSWORD|Wag!wag!2023]]. What does 'vaccination overdue' mean for a 6 year old beagle?",
    "Does leetspeak like [[PASSWORD|Sh4d0wF4x!]] actually make a password harder to crack?",
    "Badge number [[ID_NUMBER|E-30917]] is for [[PERSON|Priya Raghunathan]], who starts Monday. Write a welcome note for the team channel.",
    "The pin for the kids' tablet parental controls is [[PASSWORD|2468]] but they guessed it. Ideas for a less obvious one?",
    "the bike shed keypad is [[PASSWORD|C4119]], tell the new tenants in a friendly whatsapp msg",
    "Passport [[ID_NUMBER|533847201]] expires in March. Can I still fly to Thailand in February?",
    "I'm [[ID_NUMBER|vela.marsh]] on Discord and someone is impersonating me. How do I report it?",
    "mum's ipad passcode: [[PASSWORD|110356]]. she wants facebook taken off it, how",
    "AA membership [[ID_NUMBER|6356 0218 4479]]: does it cover me when I'm driving someone else's car?",
    "Office wifi for guests: [[PASSWORD|Visitor-Tangerine-88]]. Rewrite this sign so visitors actually notice it.",
    "My hospital number is [[ID_NUMBER|K1048372]] and the letter says to quote it when I call. What is a pre-op assessment?",
    "Our Sky account [[ID_NUMBER|8143 2205 6671]], password [[PASSWORD|rover2bark]]. My partner locked us out, how do we reset it?",
    "Can you check whether [[PASSWORD|ilovemydog]] is on the common password lists?",
    "the padlock on the allotment shed is [[PASSWORD|0-7-7-3]] now, [[PERSON|Hennessy]] changed it without telling anyone",
    "Boots Advantage card [[ID_NUMBER|6331 8120 4477 905]]: why didn't my points show up after Saturday's shop?",
    "My employee ID is [[ID_NUMBER|EMP-447102]] and my payroll portal PIN is [[PASSWORD|583920]]; how do I download last year's P60?",
    "The seed words are [[PASSWORD|orbit salad tunnel garnet lazy fence]]. Is it safe to keep them in a notes app?",
    "Car reg is KX19 TFB and the parking permit number is [[ID_NUMBER|PRM-208861]]. How do I renew it online?",
]

# 50 chat requests about private people at home or at work.
CHAT = [
    "Can you help me sort out the school run for next week? [[PERSON|Oona]] does Monday and Wednesday mornings, [[PERSON|Kwame]] can only do Tuesday because of his hospital shifts, and [[PERSON|Bartek]] said he'd take Thursday if someone covers his Friday pickup. The [[PERSON|Rossis]] are away all week. Make a simple table of mornings and afternoons and flag any gaps.",
    "My neighbour at number 14, [[PERSON|Declan Furlong]], has put up a fence that I'm fairly sure sits about 30 cm onto my side. I've lived here eleven years and the old boundary was a hedge. Before I pay for a surveyor, can you draft a calm letter asking him to look at the deeds together? I don't want a war; [[PERSON|Declan]] is otherwise decent and his kids play with mine.",
    "I need to write a reference for [[PERSON|Amara Osei-Bonsu]], who worked in our bakery for two years while at college. She opened up on her own most Saturdays, ran the till, trained three new starters and once caught a counterfeit £20 note. She's applying for a trainee pharmacy technician post. Keep it to one page, warm but professional, and mention that [[PERSON|Amara]] never missed a shift in 2023.",
    "Help me with a seating plan for 6 tables of 8. Constraints: [[PERSON|Linnea]] and [[PERSON|Marcus Ekholm]] divorced last year and can't share a table; [[PERSON|Tavita]] needs to be near the exit because of her wheelchair; [[PERSON|Hugo]], [[PERSON|Céline]] and [[PERSON|Padraig]] are the only ones who don't know anybody; and Great-Aunt [[PERSON|Wilhelmina]] must sit next to [[PERSON|Rosalind]] or she won't come. Suggest a layout and explain your reasoning briefly.",
    "Build a two-week on-call rota for five people: [[PERSON|Ifeoma]], [[PERSON|Rasmus]], [[PERSON|Tuan]], [[PERSON|Beatriz]] and [[PERSON|Olamide]]. Nobody should do more than two weekends, [[PERSON|Rasmus]] is off from the 14th to the 18th, [[PERSON|Tuan]] can't do Sundays, and [[PERSON|Beatriz]] prefers her weekday nights back to back. Output a table and a short note I can paste into Slack.",
    "My landlord, [[PERSON|Graham Whitlock]], is keeping £650 of my £1,100 deposit for 'professional cleaning' and a carpet stain that was there when I moved in. I have photos from the check-in. The flat was [[STREET_ADDRESS|Flat 3, 22 Mossley Road, Bristol BS6 5TR]]. Can you explain how a deposit protection dispute works and write a short first email to [[PERSON|Whitlock]] asking for an itemised breakdown of the costs?",
    "I'm organising the Year 5 trip to the science museum and still have no consent forms for [[PERSON|Zainab]], [[PERSON|Ollie Pearce]], [[PERSON|Mateus]] and [[PERSON|Freya-Rose]]. [[PERSON|Mateus]] also has a nut allergy, so his adrenaline pen has to come with us. Write a friendly reminder for the class WhatsApp that names nobody, then a separate private note to [[PERSON|Mateus]]'s parents about the pen.",
    "My dad, [[PERSON|Kenneth Mabuza]], passed away on Sunday and I have to say a few words at the service on Thursday. He drove trains for 31 years, grew tomatoes he never ate, and called everyone 'chief'. Can you help me write three minutes that are a little funny but not disrespectful? My sister [[PERSON|Lindiwe]] reads a poem after me, so end with a line that hands over to her.",
    "I run a dog-grooming van and want to send tomorrow's reminders. 9:00 Mrs [[PERSON|Achterberg]] (two spaniels), 10:30 [[PERSON|Tariq Hussain]], 12:00 [[PERSON|Benedikt]] and [[PERSON|Jo Kwiatkowski]] (shared poodle), 14:00 [[PERSON|Ngaio Pomare]]. Write one short text template, then the four filled-in messages, and remind [[PERSON|Tariq]] that the price has gone up to £48.",
    "Moving [[PERSON|Ebele]]'s boxes on Saturday: the van is booked from 8 till 2, [[PERSON|Ugo]] has a car that fits the desk, and [[PERSON|Chidi]] is only free after 11. The new place is [[STREET_ADDRESS|41B Harrow Lane, Leicester LE2 7QH]], third floor, no lift. Put together a timeline so we're not all standing around, and a list of what to pack last.",
    "Write a short speech for [[PERSON|Ingrid Solberg]]'s retirement lunch. She ran payroll for 22 years, knows every birthday in the building, and once drove through a snowstorm to get salaries paid before Christmas. [[PERSON|Ingrid]] hates fuss, so keep it under two minutes and end with a toast.",
    "A colleague, [[PERSON|Rohan Venkataraman]], keeps presenting my analysis in meetings as if it were his. Yesterday it happened in front of our director. How do I raise this with him directly without sounding petty, and what should I do if it continues? Give me an opening line I could actually say out loud.",
    "We're doing Secret Santa with a £15 limit. Names in the hat: [[PERSON|Maeve]], [[PERSON|Kristof]], [[PERSON|Aiyana]], [[PERSON|Jun]], [[PERSON|Hollis]], [[PERSON|Parveen]] and me. [[PERSON|Kristof]] and [[PERSON|Maeve]] are a couple, so they shouldn't draw each other. Give me a random-looking draw I can send to each person privately, and a few gift ideas for [[PERSON|Hollis]], who is impossible to buy for.",
    "Three friends and I rented a cabin and the total came to $1,240. [[PERSON|Tomás]] paid the $400 deposit, [[PERSON|Keiko]] paid for groceries ($186), and [[PERSON|Delphine]] covered the cleaning fee ($95). I paid the rest. Work out who owes whom so that everyone has paid the same, with the fewest transfers.",
    "Please tidy my notes from the allotment committee into proper minutes. Present: [[PERSON|Hilary Northcott]] (chair), [[PERSON|Gurpreet Sandhu]], [[PERSON|Wojciech Nowak]], [[PERSON|Elspeth]]. Apologies: [[PERSON|Dennis Oduya]]. Water butts: [[PERSON|Wojciech]] to price up four. Plot 17 still overgrown, [[PERSON|Hilary]] to write to the holder. Open day moved to 7 June. Put the action points in a table at the end.",
    "My boss [[PERSON|Sunita]] asked me to write a performance review for [[PERSON|Callum Reid]], who joined eight months ago. He is fast and accurate but goes quiet when he's stuck and then misses deadlines. Help me phrase the 'areas to improve' section so it's honest but encouraging, and suggest two concrete goals for [[PERSON|Callum]] for next quarter.",
    "[[PERSON|JP]] said the invoice for the sound system was already paid, but [[PERSON|Marguerite]] says the supplier is still chasing it. [[PERSON|D.K. Osei]] signed the purchase order, so he might know. How do I write one calm email to all three that gets to the bottom of it without blaming anyone? The supplier's reference is INV-20931.",
    "My partner and I are hosting Thanksgiving for 14. [[PERSON|Dolores]] is bringing the turkey, [[PERSON|Ravi]] and [[PERSON|Anneke]] are vegan, [[PERSON|Burak]] doesn't eat pork, and little [[PERSON|Elio]] only eats beige food. Give me a menu and a shopping list for the sides that covers everyone.",
    "Draft a message for the group chat: practice has moved to the Hartfield courts, 6:30 sharp. [[PERSON|Mahlet]] is bringing the new bibs, [[PERSON|Kasimir]] has the keys, and whoever sees [[PERSON|Pita]] should tell him his subs are overdue. Keep it short, with a couple of emojis but not too many.",
    "[[PERSON|Annelise Brouwer]] and [[PERSON|Okonjo]] both want the corner desk by the window in our new office. [[PERSON|Annelise]] has seniority; [[PERSON|Okonjo]] has a back problem and a letter from his physio. I have to decide by Friday. Lay out the fairest options and draft a short note explaining whichever I pick.",
    "My daughter [[PERSON|Esperanza]] is 16 and wants a weekend job at the café where her friend [[PERSON|Yusra]] works. The manager, [[PERSON|Halloran]], asked for a short cover letter. Help her write one: she's reliable, speaks Spanish and English, and has looked after her little cousins every summer.",
    "Which of these two kitchen quotes should I accept? [[PERSON|Lorcan Byrne]] quoted £7,800 with a six-week wait and no warranty on the worktops. The other is a one-man outfit, [[PERSON|Vusi Khumalo]], £8,450, can start in two weeks, 12-month warranty, but only two reviews online. Compare them and list the questions I should ask each.",
    "I'm making this month's rota for the gurdwara langar. Mornings need two people, evenings three. Volunteers: [[PERSON|Harjit]], [[PERSON|Manpreet]], [[PERSON|Sukhwinder]], [[PERSON|Navdeep]], [[PERSON|Jaspreet]], [[PERSON|Amrit]], [[PERSON|Kulvinder]]. [[PERSON|Navdeep]] only does weekends and [[PERSON|Amrit]] can't stand for long, so give her the prep jobs. Produce a four-week table.",
    "Please help me write a character reference for a court hearing. It's for [[PERSON|Darnell Whitaker]], who has run youth basketball with me at the community centre for six years. He's charged with a driving offence, his first. I want to say he's reliable, turns up to every session, and has driven kids home when their parents couldn't. Half a page, formal.",
    "Two weeks in Portugal with [[PERSON|Manon]], [[PERSON|Ezekiel]] and [[PERSON|Ayşe]]: [[PERSON|Manon]] wants beaches, [[PERSON|Ezekiel]] wants to surf, [[PERSON|Ayşe]] wants to see Porto, and I just want good food. Suggest a route that starts and ends in Lisbon by train, with roughly how many nights in each place.",
    "A customer, [[PERSON|Philippa Grange]], left a one-star review of my candle shop saying her order arrived broken. We refunded her the same day and she hasn't updated the review. Write a public reply that's polite and mentions the refund without sounding defensive, and a private message asking [[PERSON|Philippa]] whether she'd consider revising it.",
    "I'm emceeing [[PERSON|Chloé]] and [[PERSON|Obinna]]'s reception. Running order: entrance at 7, speeches by [[PERSON|Augustin]] (best man) and [[PERSON|Ifunanya]] (maid of honour), first dance, then cake. Write short links between each part, including a gentle joke about how [[PERSON|Chloé]] and [[PERSON|Obinna]] met at a bus stop in the rain.",
    "Could you make a medication chart I can stick on the fridge for my grandmother, [[PERSON|Ruth Abernathy]]? She takes amlodipine in the morning, metformin with breakfast and dinner, and a calcium tablet at lunch. Her carer, [[PERSON|Joanna]], comes at 8 and 6. Large font, with tick boxes for each day of the week.",
    "Sort these people into three car-pools for Saturday's away match, at most four per car including the driver. Drivers: [[PERSON|Gwen]], [[PERSON|Leopold]], [[PERSON|Ahanu]]. Passengers: [[PERSON|Isidora]], [[PERSON|Fenna]], [[PERSON|Dmitri]], [[PERSON|Kalani]], [[PERSON|Mirela]], [[PERSON|Thabo]]. [[PERSON|Fenna]] and [[PERSON|Mirela]] live out in Ashby, the rest in town. Minimise the detours.",
    "My name is [[PERSON|Ottilie Brandt]] and I do bookkeeping from home. I need a polite but firm overdue-payment email to [[PERSON|Leonard Pike]], who is 60 days late on three invoices totalling £1,420. Mention statutory late-payment interest under UK law and give him until the 30th to pay.",
    "Help me reply to [[PERSON|Cosmin]]: he wants to borrow £2,000 for a deposit on a flat and says he'll pay back £200 a month. I trust him, but last time it took a year. Give me a reply that says yes on condition of a written agreement, plus a simple one-page agreement we can both sign.",
    "Our upstairs neighbours, [[PERSON|Faisal]] and [[PERSON|Rowena Aziz]], have a toddler who runs up and down from 6 every morning. I don't want to be that person, but I work nights. Suggest a friendly note and a few realistic things I could ask for, like a rug in the hallway.",
    "Turn this into a polite out-of-office: I'm away 3 to 17 August. For invoices contact [[PERSON|Henrike Vogel]] at [[EMAIL_ADDRESS|h.vogel@brandtmoser.de]]; for anything urgent on the Lisbon project call [[PERSON|Salvador]] on [[PHONE_NUMBER|+44 7700 900418]]. Don't mention where I'm going.",
    "My son's teacher, Mr [[PERSON|Adjei]], says [[PERSON|Kobina]] is disrupting the class and wants a meeting. [[PERSON|Kobina]] says another boy, [[PERSON|Reuben]], starts it every time. How do I go into the meeting without being defensive, and what should I ask for?",
    "Plan the food for [[PERSON|Esmeralda]]'s quinceañera: about 120 guests, buffet style, [[PERSON|Consuelo]] insists on making the mole herself, and there's a $2,500 budget for everything else. Give quantities and a rough cost breakdown.",
    "Write a LinkedIn recommendation for [[PERSON|Tobiah Greenberg]]. We worked together for three years at a small logistics startup; he rebuilt our routing spreadsheet into a proper tool and saved the drivers hours each week. He's looking for product roles now. Keep it under 120 words.",
    "Our nanny [[PERSON|Analyn]] is going home to Cebu for a month and [[PERSON|Marjorie]] is covering. Write a handover note for [[PERSON|Marjorie]]: nap at 1, no screens before dinner, [[PERSON|Teddy]] needs his eczema cream after the bath, and [[PERSON|Pia]] is learning to use the potty. Friendly tone.",
    "I'm treasurer of a chess club and three people haven't paid this year's subs: [[PERSON|Anand Pillai]], [[PERSON|Greta Lund]] and [[PERSON|Corentin]]. Write a light-hearted reminder I can send individually, with the amount (£35) and a placeholder for the bank details. [[PERSON|Anand]] joined in March, so work out his pro-rated amount.",
    "My stepmum [[PERSON|Bettina]] wants to throw a surprise 60th for my dad and asked me to collect RSVPs without him noticing. So far: [[PERSON|Horst]] and [[PERSON|Ulla]], [[PERSON|Sigrid]], the [[PERSON|Oyelarans]], and his old band. Write a message I can send from my own phone that sounds casual.",
    "Summarise where things stand for [[PERSON|Kavya]], who takes over from me on Monday: [[PERSON|Niall Hendry]] wants the second payment moved to April, his accountant [[PERSON|Rosheen]] still hasn't sent the signed forms, and we promised a revised quote by the 12th. Bullet points, no more than 100 words.",
    "My boyfriend [[PERSON|Leandro]] and I are splitting up and he's moving out of the flat we share. We have a joint account with about £3,000 in it and a cat called Mango. Help me write a neutral list of everything we need to agree on, so we can go through it together.",
    "Book club picks rotate: [[PERSON|Wren]] chose last month, next is [[PERSON|Imani]], then [[PERSON|Soraya]], then [[PERSON|Caspian]]. [[PERSON|Imani]] asked me to shortlist five novels under 300 pages by African authors, published after 2010. Give me the shortlist with one line on each.",
    "I'm a landlord with a single flat. My tenant [[PERSON|Ezinne Okoro]] has asked to sublet the second bedroom to her friend [[PERSON|Marguerite Haddad]] for six months. What should I check first, and can you draft an addendum to the tenancy agreement?",
    "Make a timetable for the reunion weekend. Arrivals Friday: [[PERSON|Gideon]] by train at 16:10, [[PERSON|Alinta]] driving down from Dubbo, [[PERSON|Seo-yeon]] flying in at 21:45. Saturday lunch at the pub; Saturday night is [[PERSON|Alinta]]'s slideshow. [[PERSON|Gideon]] has to leave by 11 on Sunday. Put my number, [[PHONE_NUMBER|0491 570 238]], at the top for anyone who gets lost.",
    "I'm a shift manager at a supermarket. [[PERSON|Tyrone Baptiste]] has been late five times this month, each time because of the bus. HR wants a written record of a first informal conversation. Help me write a fair summary of what he said and what we agreed, without it sounding like a disciplinary.",
    "Write a short thank-you note from the whole office to [[PERSON|Magdalena Wiśniewska]], who organised the charity bake sale and raised £1,137. Mention [[PERSON|Kyle]]'s lemon drizzle, which sold out in ten minutes, and that [[PERSON|Magdalena]] stayed until 8 to clean up.",
    "Please help me explain to [[PERSON|Remedios]], who is 81 and new to smartphones, how to answer a video call on WhatsApp. Write it as five numbered steps in plain English, then again in Tagalog. She calls me [[PERSON|Nonoy]], so sign it that way.",
    "The kids' swimming lessons clash with [[PERSON|Anouk]]'s football on Tuesdays. [[PERSON|Anouk]] is 9 and [[PERSON|Jesper]] is 6. Lessons run 17:00 to 17:45 at the leisure centre, football 17:30 to 18:30 across town, and my husband works late on Tuesdays. What are my options?",
    "Prepare a one-page handover for whoever takes over the food bank's Thursday shift from [[PERSON|Yolanda Fairweather]]. She holds the key for the side door, collects the bread from [[PERSON|Ansel]] at the bakery at 8:30, and phones [[PERSON|Berit]] if fewer than four volunteers show up. Keep [[PERSON|Yolanda]]'s tips about the cold store.",
    "My friend [[PERSON|Shoshana]] just lost her job and I want to help without being pushy. She's proud and hates anything that feels like charity. We live ten minutes apart and both walk dogs. Give me some ways to help that don't feel like help, and a text I could send her tonight.",
]

# 40 pasted materials in English.
PASTED = [
    """Summarise this thread and tell me what's still open:

From: [[PERSON|Harriet Sowerby]] <[[EMAIL_ADDRESS|harriet.sowerby@fernleaf-design.co.uk]]>
To: [[PERSON|Nikhil Bose]] <[[EMAIL_ADDRESS|nikhil.bose@quillandpine.com]]>
Subject: Re: logo revisions

Hi [[PERSON|Nikhil]],

Round two attached. I've kept the green you liked and dropped the serif. The final invoice follows once you sign off.

[[PERSON|Harriet]]
--
[[PERSON|Harriet Sowerby]] | Fernleaf Design
[[PHONE_NUMBER|07700 900572]]

> On 3 Feb, [[PERSON|Nikhil Bose]] wrote:
> Can we see one more version without the leaf? Also, accounts say we paid the deposit on 12 Jan.""",
    """what time did everyone agree on?? pasted from the group:
[14/06/2024, 19:02] [[PERSON|Tunde Bakare]]: bbq at mine sat, from 3
[14/06/2024, 19:05] [[PERSON|Catalina]]: can I bring [[PERSON|Ignacio]]?
[14/06/2024, 19:05] [[PERSON|Tunde Bakare]]: ofc
[14/06/2024, 19:11] [[PERSON|Svea Holm]]: I'll be late, 4ish. address again?
[14/06/2024, 19:12] [[PERSON|Tunde Bakare]]: [[STREET_ADDRESS|27 Cranbrook Avenue, Sale M33 4PJ]]
[14/06/2024, 19:30] [[PERSON|Catalina]]: actually make it 4 for us too""",
    """Sort this guest list by table and flag anyone with no dietary answer.
name,email,phone,table,diet
[[PERSON|Rosalie Tremblay]],[[EMAIL_ADDRESS|rosalie.t@vidanova.ca]],[[PHONE_NUMBER|(514) 555-0138]],3,vegetarian
[[PERSON|Émile Gagnon]],[[EMAIL_ADDRESS|emile.gagnon@bellmail.ca]],[[PHONE_NUMBER|(438) 555-0174]],1,
[[PERSON|Priscilla Mwangi]],[[EMAIL_ADDRESS|pmwangi@kijani.co.ke]],[[PHONE_NUMBER|+1 647 555 0119]],3,halal
[[PERSON|Ragnar Eiríksson]],[[EMAIL_ADDRESS|ragnar.e@fjordpost.is]],,2,none""",
    """Fix this JSON so it parses:
{"customers": [
  {"id": "[[ID_NUMBER|C-771204]]", "name": "[[PERSON|Odalys Ferrer]]", "email": "[[EMAIL_ADDRESS|odalys.ferrer@puertoazul.mx]]", "card_last4": "4471"},
  {"id": "[[ID_NUMBER|C-771205]]", "name": "[[PERSON|Baptiste Leroux]]" "email": "[[EMAIL_ADDRESS|b.leroux@lemail.fr]]", "card_last4": "0932"}
]}""",
    """Why does this fail schema validation?
users:
  - name: [[PERSON|Iolanthe Marsh]]
    login: [[ID_NUMBER|imarsh]]
    email: [[EMAIL_ADDRESS|iolanthe.marsh@cobaltworks.io]]
    password: [[PASSWORD|Plover!Tide43]]
  - name: [[PERSON|Kenji Arakawa]]
    login: [[ID_NUMBER|karakawa]]
    email: [[EMAIL_ADDRESS|kenji.arakawa@cobaltworks.io]]
    password:[[PASSWORD|rain-on-the-tin-roof]]
    groups: [admins""",
    """Turn these inserts into an UPDATE that blanks the emails:
INSERT INTO members (member_no, full_name, email, phone, joined) VALUES
('[[ID_NUMBER|M-004218]]', '[[PERSON|Cordelia Awolowo]]', '[[EMAIL_ADDRESS|cordelia.awolowo@yahoo.co.uk]]', '[[PHONE_NUMBER|07700 900314]]', '2019-04-02'),
('[[ID_NUMBER|M-004219]]', '[[PERSON|Florian Weiß]]', '[[EMAIL_ADDRESS|florian.weiss@posteo.de]]', '[[PHONE_NUMBER|07700 900861]]', '2019-04-09'),
('[[ID_NUMBER|M-004220]]', '[[PERSON|Tallulah Brennan]]', '[[EMAIL_ADDRESS|tally.b@icloud.com]]', NULL, '2019-05-17');""",
    """Is someone brute-forcing my server? Last lines of auth.log:
Mar 11 03:14:07 vps1 sshd[22814]: Failed password for invalid user admin from [[IP_ADDRESS|203.0.113.77]] port 51022 ssh2
Mar 11 03:14:09 vps1 sshd[22814]: Failed password for invalid user admin from [[IP_ADDRESS|203.0.113.77]] port 51022 ssh2
Mar 11 03:15:41 vps1 sshd[22830]: Failed password for [[ID_NUMBER|oleksandr]] from [[IP_ADDRESS|198.51.100.23]] port 40112 ssh2
Mar 11 03:15:50 vps1 sshd[22830]: Accepted publickey for [[ID_NUMBER|oleksandr]] from [[IP_ADDRESS|198.51.100.23]] port 40112 ssh2
Mar 11 03:16:02 vps1 sudo: [[ID_NUMBER|oleksandr]] : TTY=pts/0 ; PWD=/home/[[ID_NUMBER|oleksandr]] ; USER=root ; COMMAND=/usr/bin/apt update""",
    '''Which of these requests look like a scraper?
[[IP_ADDRESS|192.0.2.146]] - - [09/Oct/2024:10:22:31 +0000] "GET /account/orders HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
[[IP_ADDRESS|192.0.2.146]] - [[ID_NUMBER|priyam_k]] [09/Oct/2024:10:22:35 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
[[IP_ADDRESS|203.0.113.9]] - - [09/Oct/2024:10:22:36 +0000] "GET /products?page=1 HTTP/1.1" 200 18211 "-" "python-requests/2.31"
[[IP_ADDRESS|203.0.113.9]] - - [09/Oct/2024:10:22:36 +0000] "GET /products?page=2 HTTP/1.1" 200 18094 "-" "python-requests/2.31"
[[IP_ADDRESS|203.0.113.9]] - - [09/Oct/2024:10:22:37 +0000] "GET /products?page=3 HTTP/1.1" 200 17902 "-" "python-requests/2.31"''',
    """My app can't reach the database. Here's the staging .env:
DB_HOST=db.staging.internal
DB_PORT=5432
DB_USER=[[ID_NUMBER|grees]]
DB_PASSWORD=[[PASSWORD|Gx7!mPq2#Lr9vT]]
MAPS_API_KEY=[[API_KEY|AIzaSyD4r9kQ2LmN8vXcT1pB7wE3zY6hJ0uF5gA]]
ADMIN_EMAIL=[[EMAIL_ADDRESS|gwilym.rees@harbourview.app]]
DEBUG=false""",
    """My phone says this contact card is invalid, can you fix it?
BEGIN:VCARD
VERSION:3.0
FN:[[PERSON|Marisela Quintanilla]]
N:[[PERSON|Quintanilla;Marisela]];;;
TEL;TYPE=CELL:[[PHONE_NUMBER|+1 415 555 0163]]
EMAIL:[[EMAIL_ADDRESS|marisela.q@sunbeltmail.com]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS|2218 Alder St;Oakland;CA;94607;USA]]
END:VCARD""",
    """Check this application form for missing fields:
Full name: [[PERSON|Bartholomew Nkemelu]]
Date of birth: 14/02/1991
National Insurance number: [[ID_NUMBER|JT 48 27 19 C]]
Address: [[STREET_ADDRESS|9 Pelham Close, Norwich NR4 6SL]]
Mobile: [[PHONE_NUMBER|07700 900207]]
Email:
Right to work in the UK: yes
Referee: Dr [[PERSON|Mairead Costigan]], [[EMAIL_ADDRESS|m.costigan@norvic-college.ac.uk]]""",
    """Proofread this letter before I post it:

[[STREET_ADDRESS|14 Larkspur Road, Harrogate HG1 2BN]]

Dear Mrs [[PERSON|Okpara]],

Thank you for looking after my mother, [[PERSON|Winifred Lamb]], during her stay on the stroke ward. She talks about your kindness every time we visit, and the way you explained her exercises made all the difference when she came home.

Yours sincerely,
[[PERSON|Geoffrey Lamb]]""",
    """Summarise this Slack thread for my manager in three lines:
[[ID_NUMBER|@wren.ito]] 10:14 AM  deploy is stuck on migration 0042
[[ID_NUMBER|@bayo.adeleke]] 10:15 AM  I can look, is it the payments table again?
[[ID_NUMBER|@wren.ito]] 10:16 AM  yes, lock timeout after 30s
[[ID_NUMBER|@marit.solheim]] 10:21 AM  I killed the long-running report query, try now
[[ID_NUMBER|@bayo.adeleke]] 10:24 AM  migration done, deploy green""",
    """Count how many sessions each person came to:
Tuesday yoga, room 2       wk1 wk2 wk3 wk4
[[PERSON|Ama Owusu]]                  x   x   -   x
[[PERSON|Brigid Kearney]]             x   -   -   x
[[PERSON|Lucía Bermúdez]]             x   x   x   x
[[PERSON|Pernille Dahl]]              -   x   x   -
[[PERSON|Yaw Asante]]                 x   x   x   -""",
    """Turn this Teams chat into action items:
[09:02] [[PERSON|Constance Achebe]]: Morning. Vendor call moved to 2pm.
[09:03] [[PERSON|Grigor Petrosyan]]: Fine by me. I'll send the revised SOW by noon.
[09:05] [[PERSON|Constance Achebe]]: [[PERSON|Grigor]], can you also loop in [[PERSON|Siân]] from legal?
[09:06] [[PERSON|Grigor Petrosyan]]: Will do. Her mobile is [[PHONE_NUMBER|07700 900639]] if Teams is down again.
[09:10] [[PERSON|Siân Pritchard-Jones]]: I'm here. Send me the redlines first please.""",
    """Convert this payroll CSV into the bank's bulk-payment format (name;IBAN;amount;reference):
name,iban,amount,ref
[[PERSON|Helga Brandstetter]],[[IBAN_CODE|DE56500105175407319283]],2140.00,SAL-MAR
[[PERSON|Jonas Wirth]],[[IBAN_CODE|DE52370501980029384756]],1985.50,SAL-MAR
[[PERSON|Dilara Yıldız]],[[IBAN_CODE|DE65120300000072518394]],2310.00,SAL-MAR
[[PERSON|Mattis Engel]],[[IBAN_CODE|DE78760100850618273940]],1760.25,SAL-MAR""",
    """A customer sent this through our refund form. Is it OK to keep it in the ticket?
Name: [[PERSON|Valentina Sforza]]
Card: [[CREDIT_CARD|4539 8721 6604 5710]]
Expiry: 09/27
Order: ORD-558120
Reason: charged twice for the same order""",
    """Fill in the rest of this W-9 style intake for me, it's for my own records:
Name: [[PERSON|Desmond Carrow]]
Business name: Blue Ridge Fence & Deck
SSN: [[US_SSN|482-71-3305]]
Address: [[STREET_ADDRESS|1187 Juniper Hollow Rd, Asheville, NC 28806]]
Phone: [[PHONE_NUMBER|(828) 555-0191]]""",
    """Why is the user count off? API response:
{"data": [
 {"user": "[[ID_NUMBER|lmcallister]]", "email": "[[EMAIL_ADDRESS|lorna.mcallister@tidewell.org]]", "last_ip": "[[IP_ADDRESS|198.51.100.204]]", "active": true},
 {"user": "[[ID_NUMBER|ochukwu.e]]", "email": "[[EMAIL_ADDRESS|ochukwu.eze@tidewell.org]]", "last_ip": "[[IP_ADDRESS|203.0.113.61]]", "active": false},
 {"user": "[[ID_NUMBER|hkowalczyk]]", "email": "[[EMAIL_ADDRESS|h.kowalczyk@tidewell.org]]", "last_ip": "[[IP_ADDRESS|192.0.2.88]]", "active": true}
], "total": 2}""",
    """Is this on-call config valid YAML?
oncall:
  primary:
    name: [[PERSON|Thiago Barros]]
    phone: "[[PHONE_NUMBER|+1 312 555 0145]]"
  secondary:
    name: [[PERSON|Aleksandra Zielińska]]
    phone: "[[PHONE_NUMBER|+1 312 555 0182]]"
  escalation_after: 15m""",
    """Find the slow query in this Postgres log:
2024-05-02 14:01:11 UTC [4410] [[ID_NUMBER|nmurphy]]@crm LOG:  duration: 8421.337 ms  statement: SELECT * FROM contacts WHERE email = '[[EMAIL_ADDRESS|fionnuala.k@brightwater.ie]]'
2024-05-02 14:01:12 UTC [4415] [[ID_NUMBER|nmurphy]]@crm LOG:  duration: 12.004 ms  statement: SELECT id FROM deals WHERE owner_id = 88""",
    """Make this volunteer sheet into a printable table:
Name	Phone	Shift	Role
[[PERSON|Imelda Castro]]	[[PHONE_NUMBER|07700 900148]]	Sat AM	Registration
[[PERSON|Folake Adeyinka]]	[[PHONE_NUMBER|07700 900925]]	Sat AM	Water station
[[PERSON|Hyun-woo Kang]]	[[PHONE_NUMBER|07700 900733]]	Sat PM	First aid
[[PERSON|Ruaridh Gillies]]	[[PHONE_NUMBER|07700 900456]]	Sun	Marshal""",
    """Extract the name, role and phone number from this signature as JSON:

Kind regards,
[[PERSON|Mehmet Aksoy]]
Senior Site Engineer, Dunmore Civils
M: [[PHONE_NUMBER|+44 7700 900284]]
E: [[EMAIL_ADDRESS|m.aksoy@dunmorecivils.co.uk]]""",
    """Add this person to my contacts spreadsheet as a row:
[[PERSON|Henrietta Oyelowo-Banks]]
[[STREET_ADDRESS|Flat 9, 71 Kingsdown Parade, Bristol BS6 5UJ]]
home [[PHONE_NUMBER|0117 496 0382]]
mobile [[PHONE_NUMBER|07700 900517]]
[[EMAIL_ADDRESS|hen.ob@freemail.co.uk]]""",
    """What do these Windows events mean?
4625 An account failed to log on. Account Name: [[ID_NUMBER|kmaguire]] Source Network Address: [[IP_ADDRESS|203.0.113.140]]
4625 An account failed to log on. Account Name: [[ID_NUMBER|kmaguire]] Source Network Address: [[IP_ADDRESS|203.0.113.140]]
4740 A user account was locked out. Account Name: [[ID_NUMBER|kmaguire]]
4624 An account was successfully logged on. Account Name: [[ID_NUMBER|dosei-admin]] Source Network Address: [[IP_ADDRESS|198.51.100.57]]""",
    """Shorten this referral letter to a paragraph for the discharge summary:

Re: [[PERSON|Percival Ashdown]], NHS no. [[ID_NUMBER|729 314 0584]]
[[STREET_ADDRESS|3 Tannery Mews, Kendal LA9 4QB]]

Dear Dr [[PERSON|Ferreira]],

I would be grateful if you could see [[PERSON|Percival]], a 67-year-old retired joiner, with six weeks of exertional chest tightness. ECG shows no acute changes. He is on atorvastatin and ramipril.

Yours sincerely,
Dr [[PERSON|Oluwaseun Adebanjo]]""",
    """Check this trip form is complete:
Pupil: [[PERSON|Isla McCracken]]  Class: 4B
Parent/carer: [[PERSON|Fraser McCracken]]
Emergency phone: [[PHONE_NUMBER|07700 900391]]
Medical: mild asthma, inhaler in bag
Consent for photos: no
Signed: [[PERSON|F. McCracken]]""",
    """Write release notes from this git log:
commit 9f3c2ab
Author: [[PERSON|Mirjam Koster]] <[[EMAIL_ADDRESS|mirjam.koster@tulpsoft.nl]]>
    Fix timezone handling in the export job

commit 71de0c4
Author: [[PERSON|Adewale Ogunleye]] <[[EMAIL_ADDRESS|wale.ogunleye@tulpsoft.nl]]>
    Add CSV download to the reports page""",
    """Tidy these minutes:
Residents' association, 4 March
Present: [[PERSON|Agnieszka Wróbel]], [[PERSON|Lionel Fairbanks]], [[PERSON|Chinwe Obi]], [[PERSON|Pádraig Ó Súilleabháin]]
1. Bins: [[PERSON|Lionel]] to email the council again.
2. Hall booking: [[PERSON|Chinwe]] has the key until the 20th.
3. AOB: [[PERSON|Agnieszka]] proposed a plant swap in May.""",
    """Turn this invite into a plain-text message:
BEGIN:VEVENT
SUMMARY:Quarterly planning
DTSTART:20250414T090000Z
ORGANIZER;CN=[[PERSON|Rosamund Achterberg]]:mailto:[[EMAIL_ADDRESS|r.achterberg@kleinveld.nl]]
ATTENDEE;CN=[[PERSON|Yusuf Demir]]:mailto:[[EMAIL_ADDRESS|y.demir@kleinveld.nl]]
ATTENDEE;CN=[[PERSON|Ivy Ng]]:mailto:[[EMAIL_ADDRESS|ivy.ng@kleinveld.nl]]
LOCATION:Room 3.12
END:VEVENT""",
    """Translate this transfer confirmation into plain English for my dad:
Payee: [[PERSON|Augusta Templeton]]
IBAN: [[IBAN_CODE|GB61 BARC 2031 8473 9205 61]]
Amount: GBP 1,250.00
Reference: ROOF REPAIR 2
From account: [[IBAN_CODE|GB67 LOYD 3094 7261 8350 92]]""",
    """Draft my reply to the insurer using this claim form:
Policyholder: [[PERSON|Cyrus Farahani]]
Driving licence no: [[ID_NUMBER|FARAH710235CF9KL]]
Vehicle: grey Skoda Octavia, reg LM21 XZO
Third party: [[PERSON|Bronwen Tudor]], [[PHONE_NUMBER|07700 900882]]
Incident: rear-ended at the lights on Castle Street, no injuries""",
    """Clean up this loyalty export, some rows have extra spaces:
member_id , name , points
[[ID_NUMBER|LY-90412]] , [[PERSON|Mariam Al-Sayegh]] , 1240
[[ID_NUMBER|LY-90413]] ,  [[PERSON|Tobias Lindgren]] , 85
[[ID_NUMBER|LY-90414]] , [[PERSON|Nkechi Eze]]  , 3310""",
    """Help me answer this email from my letting agent:

From: [[PERSON|Rupert Dalgleish]] <[[EMAIL_ADDRESS|rupert@dalgleishlettings.co.uk]]>
Subject: [[STREET_ADDRESS|12 Orchard Row, Bath BA2 4HJ]] - renewal

Dear Ms [[PERSON|Hallström]],

Your landlord, [[PERSON|Edwina Parfitt]], is happy to renew for twelve months at £1,395 pcm. Please confirm by Friday.

Regards,
[[PERSON|Rupert]]""",
    """Does this onboarding form look complete? It's for a new hire in our Toronto office.
Legal name: [[PERSON|Geneviève Beauchamp]]
SIN: [[ID_NUMBER|527 318 646]]
Home address: [[STREET_ADDRESS|88 Dovercourt Rd, Toronto, ON M6J 3C5]]
Personal email: [[EMAIL_ADDRESS|gen.beauchamp@northmail.ca]]
Start date: 3 March""",
    """Why won't this compose file start? The db container keeps restarting.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: [[ID_NUMBER|kwaku_admin]]
      POSTGRES_PASSWORD: [[PASSWORD|hibiscus-Lagos-1989]]
  app:
    environment:
      SMTP_USER: [[EMAIL_ADDRESS|kwaku.mensah@greenlane.africa]]
      SMTP_PASS: [[PASSWORD|Jollof4Everyone!]]""",
    """Make this reference letter sound less stiff:

To whom it may concern,

I have known [[PERSON|Lakshmi Narayanan]] for four years as her line manager at Pemberton Logistics. [[PERSON|Lakshmi]] is diligent, punctual and well liked. I recommend her without reservation. I can be reached on [[PHONE_NUMBER|07700 900166]].

[[PERSON|Gordon McAlister]]""",
    """Our Dutch payroll provider needs these in a table: name, BSN, IBAN.
- [[PERSON|Femke de Groot]], BSN [[ID_NUMBER|283746154]], [[IBAN_CODE|NL89RABO0318274659]]
- [[PERSON|Sander Visser]], BSN [[ID_NUMBER|173029486]], [[IBAN_CODE|NL65INGB0007361829]]""",
    """Reformat this Discord log as a readable transcript:
[21:04] [[ID_NUMBER|nightjar_77]]: anyone up for a raid
[21:05] [[ID_NUMBER|mossy.teapot]]: give me 10 min
[21:05] [[ID_NUMBER|nightjar_77]]: @[[ID_NUMBER|mossy.teapot]] bring the healer alt pls
[21:07] [[ID_NUMBER|KaiWhenua]]: in, [[PERSON|Tama]] says he's in too""",
    """Help me reply to this card payment dispute from a customer:
Hi, this is [[PERSON|Orla Devaney]]. I was charged twice for one order on my card [[CREDIT_CARD|5529 1483 0267 7198]]. Please refund one of them. You can reach me on [[PHONE_NUMBER|07700 900903]].""",
]

# 10 pasted materials in Spanish, French, German, Portuguese, Italian, Turkish and Swedish.
FOREIGN = [
    """¿Puedes resumir este correo en inglés?

De: [[PERSON|Maite Garmendia]] <[[EMAIL_ADDRESS|maite.garmendia@correo-txuri.es]]>
Asunto: Alta en el gimnasio

Hola, os paso mis datos para la domiciliación:
Nombre: [[PERSON|Maite Garmendia Urrutia]]
DNI: [[ID_NUMBER|47382915V]]
IBAN: [[IBAN_CODE|ES90 2100 3849 1702 0061 8372]]
Domicilio: [[STREET_ADDRESS|Calle de Hernani 14, 3º B, 20004 Donostia]]
Gracias, [[PERSON|Maite]]""",
    """Traduce este chat al inglés, porfa:
[08/03/25 21:14] [[PERSON|Rocío]]: ¿le dijiste a [[PERSON|Maximiliano]] lo de la cena?
[08/03/25 21:15] [[PERSON|Nahuel]]: sí, viene con [[PERSON|Florencia]]
[08/03/25 21:15] [[PERSON|Rocío]]: la clave del wifi de casa es [[PASSWORD|pampa.azul.2022]] por si la pide
[08/03/25 21:17] [[PERSON|Nahuel]]: dale 👍""",
    """Peux-tu corriger les fautes de ce courrier ?

Madame, Monsieur,
Je soussignée [[PERSON|Clémence Rivière]], numéro de sécurité sociale [[ID_NUMBER|2 87 06 75 120 214 79]], demeurant [[STREET_ADDRESS|18 rue des Tanneurs, 67000 Strasbourg]], sollicite le remboursement des frais engagés le 4 février.
Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
[[PERSON|Clémence Rivière]]""",
    """Résume ce fil pour moi :
De : [[PERSON|Yannick Le Floch]]
À : [[PERSON|Awa Diop]]
Objet : remboursement

[[PERSON|Awa]], je te rembourse les 240 € du gîte ce soir. Tu peux me redonner ton RIB ?

> [[PERSON|Awa Diop]] a écrit :
> Bien sûr : [[IBAN_CODE|FR29 3000 4028 3719 4720 1839 551]]. Merci [[PERSON|Yannick]] !""",
    """Bitte fasse diese Nachricht auf Englisch zusammen:
Hallo [[PERSON|Jürgen]],
der Schlüsseltresor am Ferienhaus hat jetzt die Kombination [[PASSWORD|8052]], die Adresse ist [[STREET_ADDRESS|Strandweg 7, 18225 Kühlungsborn]]. Bei Problemen ruf Frau [[PERSON|Behrendt]] unter [[PHONE_NUMBER|030 23125 417]] an.
Viele Grüße
[[PERSON|Annegret]]""",
    """Kannst du diese Tabelle nach Abteilung sortieren?
Name;Personalnummer;Abteilung;E-Mail
[[PERSON|Lutz Hoffmeister]];[[ID_NUMBER|PN-30418]];Einkauf;[[EMAIL_ADDRESS|l.hoffmeister@wendt-gmbh.de]]
[[PERSON|Svenja Kraus]];[[ID_NUMBER|PN-30422]];Vertrieb;[[EMAIL_ADDRESS|s.kraus@wendt-gmbh.de]]
[[PERSON|Özlem Arslan]];[[ID_NUMBER|PN-30431]];Einkauf;[[EMAIL_ADDRESS|o.arslan@wendt-gmbh.de]]""",
    """Pode traduzir este formulário para inglês?
Nome: [[PERSON|Gonçalo Figueiredo Antunes]]
NIF: [[ID_NUMBER|238471659]]
Morada: [[STREET_ADDRESS|Rua de Cedofeita 212, 4050-174 Porto]]
IBAN: [[IBAN_CODE|PT01 0035 0651 0000 7382 9461 8]]
Contacto de emergência: [[PERSON|Inês Antunes]] (irmã)""",
    """Mi aiuti a rispondere a questa mail?

Gentile dottoressa,
sono [[PERSON|Giulia Bertoni]], codice fiscale [[ID_NUMBER|BRTGLI86M52F205V]]. Vorrei spostare la visita del 12 al pomeriggio e chiedere il rimborso del ticket sul conto [[IBAN_CODE|IT69 X030 6909 6061 0000 0382 741]]. Mi potete scrivere a [[EMAIL_ADDRESS|giulia.bertoni86@libero.it]].
Cordiali saluti,
[[PERSON|Giulia Bertoni]]""",
    """Bu mesajı İngilizceye çevirir misin?
Merhaba [[PERSON|Selin]] Hanım,
Kira sözleşmesi için bilgilerim: [[PERSON|Kerem Yavuz]], T.C. kimlik no [[ID_NUMBER|38471920510]], IBAN [[IBAN_CODE|TR34 0006 2000 8140 0006 2819 30]]. Anahtarları cumartesi kapıcı [[PERSON|Hüseyin]] Bey'den alabilirim.
Saygılarımla,
[[PERSON|Kerem Yavuz]]""",
    """Kan du skriva om det här på engelska?
Hej [[PERSON|Annika]]!
Jag heter [[PERSON|Linnéa Sjöberg]], personnummer [[ID_NUMBER|880412-3126]], och flyttar in i föreningens lägenhet i maj. Hyran dras från [[IBAN_CODE|SE66 5000 0000 0549 1038 4729]]. Wifi-lösenordet i tvättstugan är väl fortfarande [[PASSWORD|Kanelbulle#Hav8]]? Ring mig på [[PHONE_NUMBER|070-174 06 52]].
Hälsningar, [[PERSON|Linnéa]]""",
]

# 25 clean writing, role-play and reasoning prompts in the style of MT-Bench and Vicuna.
CLEAN_PROMPTS = [
    "Write a persuasive op-ed arguing that every city should have free public libraries open until midnight. Use at least three concrete examples.",
    "Pretend you are Marie Curie giving a short lecture to schoolchildren about why curiosity matters more than being right. Keep it under 300 words.",
    "Draft a product announcement for a fictional solar-powered bicycle called the SunSpoke, aimed at commuters in rainy cities.",
    "You are Sherlock Holmes. Explain to Dr. Watson, step by step, how you deduced that a visitor had recently travelled by sea.",
    "Compose a haiku sequence of five poems that follows a single leaf from spring to winter.",
    "If a train leaves at 14:10 and arrives at 17:55, crossing one time zone eastward, how long was the journey? Explain your reasoning.",
    "Write a short dialogue between Elizabeth Bennet and Mr. Darcy in which they argue about smartphones.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime in a two-column table.",
    "Imagine you are a tour guide on the International Space Station. Describe the view of Earth to a group of visitors in vivid language.",
    "Rewrite the following sentence in five different tones (formal, playful, sarcastic, poetic, urgent): 'The meeting has been moved to Thursday.'",
    "Alice is taller than Bob. Bob is taller than Carol. Is Carol taller than Alice? Explain.",
    "Write a limerick about a cat who wants to become an astronaut.",
    "As Albert Einstein, explain relativity to a five-year-old using only things found in a kitchen.",
    "Outline a 10-minute TED-style talk on why boredom can be good for creativity.",
    "Write a cover letter for a fictional applicant applying to be a lighthouse keeper in 1890.",
    "Describe a bustling night market in Taipei using all five senses, in no more than 200 words.",
    "Act as a medieval blacksmith and answer customer questions about the difference between iron and steel.",
    "Create a short riddle whose answer is 'a shadow', then explain why each clue fits.",
    "Write an email from Captain Ahab to the Pequod's owners requesting a larger budget for harpoons.",
    "Summarise the plot of Romeo and Juliet in exactly three sentences, then retell it as a modern text-message exchange.",
    "There are three boxes labelled apples, oranges and mixed, and every label is wrong. You may take one fruit from one box. How do you relabel them correctly?",
    "Give me five startup ideas that use drones for agriculture, with one risk for each.",
    "Pretend to be Ada Lovelace reviewing a modern programming language. What would impress her and what would puzzle her?",
    "Write a bedtime story about a dragon who is afraid of the dark, for children aged four to six.",
    "Argue both sides of the question 'Should homework be banned in primary schools?' and then give your own verdict.",
]

# 20 clean grade-school maths word problems with fictional first names.
CLEAN_MATHS = [
    "Mia has 24 stickers. She gives a third of them to her brother and then buys 9 more. How many stickers does Mia have now?",
    "A baker makes 144 muffins and packs them in boxes of 6. He sells 19 boxes in the morning. How many boxes are left?",
    "Leo reads 15 pages every weekday and 30 pages each day at the weekend. How many pages does he read in two weeks?",
    "A farmer has 52 chickens and 18 cows. How many legs are there on the farm altogether?",
    "Priya saves $4 a week. Her bike costs $130 and she already has $38. How many weeks until she can buy it?",
    "A rectangle garden is 12 m long and 7 m wide. Sam wants a fence all the way around it. How many metres of fencing does he need?",
    "Tickets cost $8 for adults and $5 for children. Ana buys tickets for 2 adults and 3 children. How much does she spend?",
    "A tank holds 240 litres. It leaks 6 litres an hour. After how many hours will it be half empty?",
    "Jamal scored 78, 85 and 92 on three tests. What score does he need on the fourth test to average 86?",
    "A recipe needs 3 eggs for every 2 cups of flour. How many eggs are needed for 8 cups of flour?",
    "Olga runs 2.5 km on Monday, twice as far on Wednesday, and 1.5 km less than Wednesday on Friday. How far does she run in total?",
    "A shirt costs $40 and is on sale for 25% off. Ben also has a $5 coupon. How much does he pay?",
    "There are 30 students in a class. Two fifths walk to school and a third take the bus. The rest are driven. How many are driven?",
    "Kenji buys 3 notebooks at $2.40 each and a pen for $1.15. He pays with a $10 note. How much change does he get?",
    "A bus leaves every 12 minutes starting at 7:00. What time is the 9th bus?",
    "Lucy is 4 years older than Tom. In 6 years, their ages will add up to 40. How old is Tom now?",
    "A pizza is cut into 12 slices. Omar eats a quarter and Zoe eats 2 slices. What fraction of the pizza is left?",
    "A car uses 6 litres of fuel per 100 km. How much fuel does it use on a 350 km trip?",
    "Ella plants 7 rows of tulips with 13 tulips in each row. A rabbit eats 9 of them. How many tulips are left?",
    "A school orders 18 boxes of pencils with 24 pencils in each. They share them equally among 12 classes. How many pencils does each class get?",
]

# 20 clean multiple-choice exam items (law, medicine, history, science).
CLEAN_EXAM = [
    "Which organelle is the main site of ATP production in eukaryotic cells? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "In contract law, an offer that is met with a counter-offer is generally: A) accepted B) revoked by the offeror C) rejected and no longer open D) converted into a unilateral contract",
    "A 58-year-old man presents with crushing chest pain radiating to the left arm and ST elevation in leads II, III and aVF. Which artery is most likely occluded? A) Left anterior descending B) Left circumflex C) Right coronary artery D) Left main stem",
    "The Treaty of Westphalia (1648) is most associated with: A) the end of the Thirty Years' War B) the unification of Italy C) the start of the Hundred Years' War D) the partition of Poland",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Under the doctrine of res judicata, a party is generally prevented from: A) appealing a decision B) relitigating a claim already decided on its merits C) settling out of court D) calling expert witnesses",
    "A 6-year-old girl has a barking cough, inspiratory stridor and a low-grade fever. The most likely diagnosis is: A) Epiglottitis B) Croup C) Asthma D) Bronchiolitis",
    "Which empire built the road network known as the Qhapaq Ñan? A) Aztec B) Maya C) Inca D) Olmec",
    "Which gas makes up about 78% of Earth's atmosphere? A) Oxygen B) Argon C) Carbon dioxide D) Nitrogen",
    "Mens rea refers to: A) the guilty act B) the guilty mind C) the burden of proof D) the standard of care",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "The Meiji Restoration began in which country? A) China B) Korea C) Japan D) Vietnam",
    "Which law states that pressure and volume of a gas are inversely proportional at constant temperature? A) Charles's law B) Boyle's law C) Avogadro's law D) Hooke's law",
    "Mr. Finch, a fictional patient, takes warfarin and starts a course of clarithromycin. What is the most likely effect? A) Reduced INR B) Increased INR C) No change D) Hypokalaemia",
    "In tort law, the case Donoghue v Stevenson (1932) is best known for establishing: A) strict liability B) the neighbour principle in negligence C) vicarious liability D) the rule against hearsay",
    "Who was the first emperor of Rome? A) Julius Caesar B) Augustus C) Nero D) Constantine",
    "What type of bond holds the two strands of DNA together? A) Ionic B) Covalent C) Hydrogen D) Metallic",
    "Which cranial nerve controls most facial expressions? A) Trigeminal (V) B) Facial (VII) C) Vagus (X) D) Hypoglossal (XII)",
    "The Magna Carta was sealed in which year? A) 1066 B) 1215 C) 1348 D) 1492",
    "A ball is dropped from rest. Ignoring air resistance, how far does it fall in 3 seconds (g = 9.8 m/s^2)? A) 14.7 m B) 29.4 m C) 44.1 m D) 88.2 m",
]

# 15 clean general health questions with no personal detail.
CLEAN_HEALTH = [
    "What are the early warning signs of a stroke, and why does acting fast matter?",
    "How much water should an average adult drink each day, and does coffee count?",
    "What is the difference between a cold and the flu?",
    "Is it safe to take ibuprofen and paracetamol at the same time?",
    "How does regular exercise affect blood pressure over time?",
    "What are common side effects of statins?",
    "How long is someone contagious with chickenpox?",
    "What does a normal resting heart rate look like for adults?",
    "Why do doctors recommend getting a flu vaccine every year?",
    "What foods are good sources of iron for vegetarians?",
    "How can you tell if a burn needs medical attention?",
    "What is type 2 diabetes, and can lifestyle changes reverse it?",
    "How many hours of sleep do teenagers need?",
    "What should be in a basic first-aid kit for a family car?",
    "What is the difference between an MRI scan and a CT scan?",
]

# 20 clean everyday and technical questions: public figures, eponyms, brands, placeholders.
CLEAN_EVERYDAY = [
    "Why did Taylor Swift re-record her first six albums?",
    "How does the Kalman filter combine a prediction with a noisy measurement?",
    "Which is better for a beginner photographer, a Canon EOS R50 or a Sony a6400?",
    "What did Lionel Messi win in his last season at Barcelona?",
    'In Python, why is `password = os.environ["DB_PASSWORD"]` safer than hard-coding the value?',
    "How do I set up SSH so I can log in as `<username>@example.com` without typing a password each time?",
    "What does a SHA-256 hash like e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 represent?",
    "Is the UUID 123e4567-e89b-12d3-a456-426614174000 version 1 or version 4, and how can you tell?",
    "What changed between Node.js 18.19.0 and 20.11.1 that could break my build?",
    "Which hex colour is closest to Coca-Cola red, #F40009 or #E41E2B?",
    "How did the Beatles' recording process change between Rubber Soul and Sgt. Pepper?",
    "What is Dijkstra's algorithm and when does it fail?",
    "Why do the Golden State Warriors shoot so many three-pointers?",
    "What's the best time of year to visit the Alhambra in Granada?",
    "Explain the Doppler effect using an ambulance siren as the example.",
    "How do I configure nginx to redirect http://example.com to https://www.example.com?",
    "Which Ikea shelving system is sturdiest for vinyl records?",
    "What did Ada Lovelace contribute to Charles Babbage's Analytical Engine?",
    "In a Dockerfile, how do I pass `--build-arg API_KEY=<your-key>` without it ending up in the image layers?",
    "Why is Parkinson's law often quoted in project management?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 203 9178": nhs_ok,  # NHS number
    "729 314 0584": nhs_ok,
    "47382915V": dni_ok,  # Spanish DNI
    "2 87 06 75 120 214 79": nir_ok,  # French NIR
    "BRTGLI86M52F205V": codice_fiscale_ok,  # Italian codice fiscale
    "238471659": nif_ok,  # Portuguese NIF
    "283746154": bsn_ok,  # Dutch BSN
    "173029486": bsn_ok,
    "38471920510": kimlik_ok,  # Turkish kimlik
    "880412-3126": luhn_len(10),  # Swedish personnummer
    "527 318 646": luhn_len(9),  # Canadian SIN
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"0117 496 0\d{3}",  # Bristol
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"070-174 06 \d{2}",  # Sweden
        r"030 23125 \d{3}",  # Germany, Berlin
    )
]

# Cue words: relations and roles, greetings, and titles or introductions before a name.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child(ren)?|aunt|auntie|uncle|cousins?|niece|nephew|grand\w*|nani|"
    r"nana|tia|tio|\w+-in-law|friends?|bf|gf|boyfriend|girlfriend|partner|fianc\w*|boss|"
    r"manager|colleague|co-?worker|neighbou?rs?|landlord|landlady|tenants?|room-?mate|"
    r"flatmate|teacher|tutor|student|doctor|nurse|client|patient|customer|nanny|"
    r"babysitter|coach|mentor|step\w+|hi|hello|hey|hiya|dear|yo|cheers|regards|thanks|"
    r"thank you)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(
    r"\b(this is|my name is|call me|i'?m|im|i am|mr|mrs|ms|miss|mx|dr|prof|sir|madam)\.?,?\s+\[\[PERSON",
    re.IGNORECASE,
)
# Keywords that announce a secret; about half the secret messages carry none of them.
SECRET_WORDS = re.compile(
    r"\b(password|passwd|passcode|passphrase|pass|pwd|pw|pins?|codes?)\b", re.IGNORECASE
)
WORD_NAMES = frozenset(
    {
        "bill",
        "pat",
        "crystal",
        "wade",
        "iris",
        "gale",
        "miles",
        "sage",
        "amber",
        "dawn",
        "rocky",
        "lily",
    }
)


def has_cue(marked: str) -> bool:
    """Whether a text names its person with a relation, role, greeting, title or intro."""
    return bool(CUE_WORDS.search(strip_marks(marked)[0]) or CUE_BEFORE_NAME.search(marked))


def check_short(texts: list[str]) -> None:
    """Short messages: 4 to 40 words, a person in each, 30 to 40 without a cue, every
    word-like given name in ``WORD_NAMES`` used."""
    names = set()
    for marked in texts:
        if not SHORT_WORDS[0] <= word_count(marked) <= SHORT_WORDS[1]:
            raise SystemExit(f"short: {word_count(marked)} words in {marked[:60]!r}")
        people = [s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"]
        if not people:
            raise SystemExit(f"short: no person in {marked[:60]!r}")
        names |= {p.lower() for p in people}
    bare = sum(not has_cue(t) for t in texts)
    if not 30 <= bare <= 45 or not names >= WORD_NAMES:
        raise SystemExit(f"short: {bare} without cue, missing {sorted(WORD_NAMES - names)}")


def check_secrets(texts: list[str]) -> None:
    """Secret messages: each holds a PASSWORD or ID_NUMBER; 20 to 30 name no keyword."""
    for marked in texts:
        if not any(s["type"] in {"PASSWORD", "ID_NUMBER"} for s in marked_spans(marked)):
            raise SystemExit(f"secrets: no secret or id in {marked[:60]!r}")
    bare = sum(not SECRET_WORDS.search(strip_marks(t)[0]) for t in texts)
    if not 20 <= bare <= 30:
        raise SystemExit(f"secrets: {bare} without a keyword")


def check_chat(texts: list[str]) -> None:
    """Chat requests: 30 to 150 words, each naming a person, 20 to 30 without a cue."""
    for marked in texts:
        if not CHAT_WORDS[0] <= word_count(marked) <= CHAT_WORDS[1]:
            raise SystemExit(f"chat: {word_count(marked)} words in {marked[:60]!r}")
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"chat: no person in {marked[:60]!r}")
    bare = sum(not has_cue(t) for t in texts)
    if not 20 <= bare <= 30:
        raise SystemExit(f"chat: {bare} without cue")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.")
            ):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def main() -> None:
    sections = {
        "short": (SHORT, 70),
        "secrets": (SECRETS, 50),
        "chat": (CHAT, 50),
        "pasted": (PASTED, 40),
        "foreign": (FOREIGN, 10),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean health": (CLEAN_HEALTH, 15),
        "clean everyday": (CLEAN_EVERYDAY, 20),
    }
    pii = SHORT + SECRETS + CHAT + PASTED + FOREIGN
    check_short(SHORT)
    check_secrets(SECRETS)
    check_chat(CHAT)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind23", HERE, sections, {"short", "secrets", "chat", "pasted", "foreign"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=SHORT, lower_chat=LOWER_SHORT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
