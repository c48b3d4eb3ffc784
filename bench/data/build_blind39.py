# ruff: noqa: E501
"""A thirty-ninth blind privacy set: 220 short, messy chat messages that name a private
person and 100 clean ones in the same style.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1-12
and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The messages are what people thumb into a chat
assistant from a phone or a team chat: reminders, texts to draft, calls, invitations,
thanks, congratulations, apologies, gift ideas, "is it weird that X didn't reply",
contacts to save, tables to book, house notes and forms to fill in.

* 120 short messages (3 to 20 words) naming someone with little or no context;
* 60 medium messages (20 to 60 words);
* 40 long messages (60 to 150 words).

About half of each group is typed all in lower case; many lack punctuation, some carry
typos, emoji, abbreviations (u, pls, tmrw) or mix languages (Spanglish, Hinglish,
Taglish, a little Portuguese, German and French). Names are first names alone, nicknames
or surnames alone from over thirty countries, many of them also ordinary words or places
(Hope, Grace, June, Bill, Rose, Lincoln, Paris, Dakota, Sky, Will, Mark, Frank, Ivy,
Summer, Chase, Joy, River). About a third of the texts hold an identifier besides the name:
phones, e-mails, addresses, door, gate and alarm codes, wifi and account passwords, account
numbers, usernames, a card, IBANs, an SSN, an IP and national ids.

Usernames, account, patient and council-tax numbers and national ids are ID_NUMBER; door,
gate, alarm and lockbox codes, wifi keys and passwords are PASSWORD; titles and relation
words (Mr, Mrs, Ms, Dr, tita, kuya, ate, lolo, doña, Nonna, aunty, my sister) stay outside
PERSON spans; an address span runs from the street line through the postcode and city as
typed; public figures, companies, fictional characters, booking references and dates of
birth are not labelled; every occurrence of a private value is marked.

The 100 clean texts are the same kind of short messy message naming no private person:
weather, cooking, sport (real teams and famous players), films and TV characters, places,
products and brands, maths, coding, public figures in the news, general etiquette and
reminders, and words that look like names but are not (a rose, the will, mark my words,
grace period, June gloom, a frank discussion, the Ivy League, Sky Sports, Chase bank).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0, North
America 555-01xx, Australia 0491 570) and in each country's own layout elsewhere
(Philippines, Vietnam, Nigeria, Ghana, South Africa, Netherlands, New Zealand, Sweden,
Italy, Spain, Mexico, Senegal, India); the card Luhn-valid and not a well-known test number;
IBANs valid mod 97 and not documentation examples; the SSN assignable; the IP from a
documentation range; national ids with valid check digits (Dutch BSN, Canadian SIN, Indian
Aadhaar, Polish PESEL, Spanish DNI and NIE, NHS number, Brazilian CPF).

Checks: the count and word range of each group; about half of each group in lower case; a
name in every personal-data text; an identifier besides the name in at least 70 of them;
phone layouts, IP ranges, IBANs and national ids; then ``marks.build_sections`` checks
every mark (types, offsets, every repeat and name part marked, no overlaps, cards, SSNs),
that no non-name value appears in two texts, that no text appears twice and that the clean
texts hold no marks.

Run ``.venv/bin/python bench/data/build_blind39.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    aadhaar_ok,
    bsn_ok,
    check_national_ids,
    cpf_ok,
    dni_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    pesel_ok,
    word_count,
)
from marks import build_sections, iban_ok, is_lower

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 150
SHORT_WORDS = (3, 20)
MEDIUM_WORDS = (20, 60)
LONG_WORDS = (60, 150)
LOWER_SHARE = (0.45, 0.55)
MIN_WITH_IDENTIFIER = 70
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Dr|Prof|Auntie|Aunty|Uncle|Tita|Tito|Kuya|Ate|Lolo|Lola|Nonna|Doña|Don)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 short messages (3 to 20 words).
SHORT = [
    "remind me to call [[PERSON|hope]] at 5",
    "text [[PERSON|june]] im running 10 min late",
    "what should i get [[PERSON|priya]] for her birthday shes into pottery",
    "is it weird that [[PERSON|marcus]] didnt reply to my msg from sunday",
    "draft a msg to [[PERSON|bill]] saying im late, traffic is insane",
    "add [[PERSON|kofi]]'s number [[PHONE_NUMBER|07700 900318]]",
    "book a table for me and [[PERSON|grace]] fri 8pm somewhere italian",
    "Remind me to thank [[PERSON|Dakota]] for covering my shift",
    "Can you write a congrats msg for [[PERSON|Ngozi]], she just passed the bar!!",
    "help me apologise to [[PERSON|rose]] i forgot her bday 😬",
    "invite [[PERSON|chase]] and [[PERSON|sky]] to the bbq on sat",
    "Call [[PERSON|Lincoln]] back re the van, [[PHONE_NUMBER|(415) 555-0188]]",
    "pls remind me tmrw to pay [[PERSON|frank]] back 20 bucks",
    "whats a nice way to say no to [[PERSON|ivy]]'s wedding invite",
    "Send [[PERSON|Summer]] the pics from saturday",
    "[[PERSON|Mark]] says hi lol how do I reply in German",
    "remind me [[PERSON|paris]] gets back from lisbon on the 14th",
    "Is it rude to text [[PERSON|Will]] at 11pm?",
    "Write a thank you note to Mrs. [[PERSON|Okonkwo]] for the casserole",
    "email [[PERSON|tanaka]] at [[EMAIL_ADDRESS|k.tanaka@hoshino-design.jp]] and ask if the meeting moved to 3",
    "Add [[PERSON|Jolina]] to the group chat, her number is [[PHONE_NUMBER|0917 482 6610]]",
    "kailangan ko i-text si [[PERSON|bong]] na late ako, pa-draft naman",
    "oye remind me to llamar a [[PERSON|lupita]] mañana pls",
    "[[PERSON|Rohan]] bhai ko birthday wish karna hai, kuch funny likh do",
    "gift ideas for [[PERSON|wanjiru]] she just moved into a new flat",
    "Congratulate [[PERSON|Haruto]] on the new job, keep it short",
    "Set a reminder: [[PERSON|Aoife]]'s flight lands 7:40",
    "text [[PERSON|brooks]] the wifi pw its [[PASSWORD|sunflower2291]]",
    "what should i bring to [[PERSON|dima]]'s housewarming",
    "Tell [[PERSON|Sigrid]] the door code is [[PASSWORD|4471#]]",
    "can u remind me to call tita [[PERSON|lorna]] after lunch",
    "Was it weird that [[PERSON|Emre]] left without saying bye?",
    "draft a text to [[PERSON|kasia]]: sorry cant make it tonight, next week?",
    "Save [[PERSON|Thandi]]'s email [[EMAIL_ADDRESS|thandi.mokoena@gmail.com]]",
    "Happy bday msg for [[PERSON|Bongani]] pls, he's turning 40 🎉",
    "book dinner for 4 under [[PERSON|Castellanos]] at 7:30",
    "thank [[PERSON|giulia]] for the lasagna, say it in italian",
    "Remind me to Venmo [[PERSON|Hope]] $35 for the concert tix",
    "apologize to [[PERSON|yousef]] for snapping in standup today",
    "how do i tell [[PERSON|noa]] i cant be her bridesmaid",
    "[[PERSON|Frank]] hasn't answered in 3 days, should I worry",
    "invite [[PERSON|parisa]] and [[PERSON|arash]] to movie night thurs",
    "Text [[PERSON|Rhys]]: on my way, 5 mins",
    "msg to [[PERSON|oksana]]: keys are under the mat, door code [[PASSWORD|2580]]",
    "Call [[PERSON|June]] at [[PHONE_NUMBER|(312) 555-0147]]",
    "what do u get a 6yo like [[PERSON|mateo]] for xmas",
    "Remind me Monday: [[PERSON|Eleni]] owes me the charger",
    "congratulate [[PERSON|thiago]] on the baby!! 👶",
    "Add [[PERSON|Zsófia]] to the invite list for Saturday",
    "sorry msg for [[PERSON|tereza]], i missed her call again",
    "Is it weird [[PERSON|Linnea]] liked my post from 2019?",
    "tell kuya [[PERSON|jun]] to bring ice",
    "Write a quick thanks to Dr. [[PERSON|Abebe]] for fitting me in",
    "remind me [[PERSON|ioana]]'s bday is next fri",
    "Draft: Hi [[PERSON|Ailsa]], running late, start without me",
    "book a table for me n [[PERSON|summer]] sat night pls",
    "How do I say sorry to [[PERSON|Tanvir]] without making it weird",
    "[[PERSON|Aroha]] just got engaged!! help me write something cute",
    "text [[PERSON|nattapong]] the address [[STREET_ADDRESS|14 ferndale rd]]",
    "Remind me to call [[PERSON|Putri]] about the rent",
    "ask [[PERSON|ji-woo]] if she still has my hoodie lol",
    "Send [[PERSON|Xiaoming]] a thank you for the tea, his WeChat is [[ID_NUMBER|xm_liu1990]]",
    "kya main [[PERSON|ayesha]] ko sorry bolun ya wait karun",
    "Remind me [[PERSON|Grace]] starts her new job Monday, send good luck",
    "add [[PERSON|pedro]] email [[EMAIL_ADDRESS|pedro.alves88@hotmail.com]] to contacts",
    "Is it weird [[PERSON|Chase]] never texts first",
    "draft msg to [[PERSON|fitzgerald]] re: tmrw's 9am, i'll be 15 late",
    "Write a congrats card for [[PERSON|Mariam]] and [[PERSON|Omar]]'s wedding",
    "pls remind me to return [[PERSON|dakota]]'s drill",
    "What to get [[PERSON|Ivy]] for graduation? budget 50",
    "tell [[PERSON|nkechi]] her package is at my place",
    "Help me reply to [[PERSON|Sanne]], she asked if I'm mad",
    "send [[PERSON|lincoln]] the wifi pw [[PASSWORD|blueotter77]]",
    "Invite [[PERSON|Bill]] and [[PERSON|Hope]] for dinner Thursday",
    "remind me to wish [[PERSON|sakura]] happy birthday at midnight",
    "Text [[PERSON|Mateus]] back: yes 7pm works",
    "hey can u call [[PERSON|nguyen]] at [[PHONE_NUMBER|0903 418 276]]",
    "Apologise to [[PERSON|Kwabena]] for missing the match",
    "is [[PERSON|sky]] mad at me or am i overthinking",
    "Congrats text for [[PERSON|Agnieszka]], she ran her first marathon",
    "book a table at nandos for me and [[PERSON|chidi]] at 6",
    "Remind me to ask [[PERSON|Paris]] about the spare key",
    "[[PERSON|frank]] said 'k.' what does that mean 😭",
    "What should I get [[PERSON|Margaux]] for her housewarming?",
    "add [[PERSON|rahul]] [[PHONE_NUMBER|+91 98204 37716]]",
    "Write a thank you to Ms [[PERSON|Patel]] for the reference letter",
    "quick msg to [[PERSON|mark]] saying the meeting is cancelled",
    "Should I invite [[PERSON|Dlamini]] to the braai or is that awkward",
    "remind me to pick up [[PERSON|lily]] from practice at 4",
    "Text [[PERSON|Valentina]] the gate code [[PASSWORD|7734]]",
    "pa-remind naman na bday ni ate [[PERSON|joy]] bukas",
    "How to tell [[PERSON|Will]] I don't want to carpool anymore",
    "congratulate [[PERSON|sven]] on his promotion, make it funny",
    "Remind me [[PERSON|Dakota]] and [[PERSON|River]] arrive Friday",
    "draft a sorry text to [[PERSON|jess]] i forgot the tickets",
    "invite [[PERSON|baptiste]] to the climbing thing sunday, his email is [[EMAIL_ADDRESS|baptiste.morel@free.fr]]",
    "Call [[PERSON|Gonzalez]] re: the invoice, [[PHONE_NUMBER|+34 612 48 93 07]]",
    "omg [[PERSON|hana]] hasnt replied in 2 days is she ok",
    "Gift idea for [[PERSON|Ravi]], he loves cricket and chai",
    "set reminder call [[PERSON|mbali]] 6pm [[PHONE_NUMBER|072 418 3396]]",
    "Message [[PERSON|Rose]]: happy anniversary to you and [[PERSON|Tom]]!",
    "tell [[PERSON|aiko]] the alarm code is [[PASSWORD|0917]]",
    "Send [[PERSON|Óscar]] the booking ref and my ETA",
    "ty msg for [[PERSON|bianca]] who watered my plants",
    "Remind me to text [[PERSON|Lorenzo]] happy name day",
    "book a table for me, [[PERSON|malik]] and [[PERSON|dee]] at 8",
    "Is it weird to add my landlord [[PERSON|Kowalski]] on Insta?",
    "text [[PERSON|june]] n [[PERSON|august]] the new time pls",
    "Draft apology to [[PERSON|Santiago]] for the dent in his car",
    "save [[PERSON|leilani]] address [[STREET_ADDRESS|88-1142 kaimana st, hilo hi 96720]]",
    "Remind me [[PERSON|Grace]]'s recital is at 6:30",
    "how do i politely tell [[PERSON|bronwyn]] to stop borrowing my car",
    "Congratulate [[PERSON|Kenji]] and [[PERSON|Mai]] on the new house",
    "add [[PERSON|fatou]] to the book club group, [[PHONE_NUMBER|+221 77 418 62 09]]",
    "Text [[PERSON|Ivan]]: the code for the lockbox is [[PASSWORD|3195]]",
    "what should i write in [[PERSON|esperanza]]'s card",
    "Call [[PERSON|Hollis]] at [[PHONE_NUMBER|020 7946 0382]] before noon",
    "is it ok to text [[PERSON|chloe]] after she ghosted me for a month",
    "Make a thank you msg for [[PERSON|Abdi]] who helped me move",
    "remind me to invite [[PERSON|bea]] and [[PERSON|migs]] sa party",
]

# 60 medium messages (20 to 60 words).
MEDIUM = [
    "can u help me write a msg to [[PERSON|hope]] telling her i cant make it to the baby shower on sunday, i feel bad bc she invited me like 2 months ago. keep it warm not too long",
    "My coworker [[PERSON|Bill]] keeps taking credit for my work in meetings. How do I bring it up with him without making it a whole thing? We have a 1:1 on Thursday.",
    "pls add to contacts: [[PERSON|amara okafor]], [[PHONE_NUMBER|0803 214 7759]], [[EMAIL_ADDRESS|amara.okafor@yahoo.com]], she's the caterer for the reunion so tag her as work",
    "Draft a text to [[PERSON|Paris]] saying I'll pick her up from the airport on the 22nd, terminal 2, and ask if she still wants to stop at the outlet mall on the way back.",
    "oye necesito un mensaje para [[PERSON|marisol]] diciendo que no puedo ir al cumple de su hija el sábado, pero que le mando el regalo con [[PERSON|beto]]. que suene bonito pls",
    "Hey, can you set a reminder for Friday 9am to call Dr. [[PERSON|Nakamura]]'s office and reschedule? Their number is [[PHONE_NUMBER|(617) 555-0133]]. Also remind me to bring the referral form.",
    "yaar [[PERSON|neha]] ne 3 din se reply nahi kiya, maine kuch galat bola kya? last msg mein maine bas poocha tha ki weekend pe free hai kya. is it weird or am i overthinking",
    "Going away for the weekend. Can you write a note for my neighbour [[PERSON|Grace]] with the house stuff: alarm code is [[PASSWORD|6612]], the spare key is in the blue pot, and the cat eats twice a day.",
    "my bf [[PERSON|chase]] forgot our anniversary again and now he wants to make it up with dinner. should i let him or is it ok to still be mad for a bit lol",
    "Book a table for 6 at Dishoom Shoreditch this Saturday, name [[PERSON|Sharma]], contact number [[PHONE_NUMBER|07700 900764]]. If 8pm isn't free, 8:30 is fine.",
    "what should i get [[PERSON|june]] for her 30th?? shes into bouldering, true crime podcasts and those tiny succulents. budget around 60 quid, she already has like everything",
    "Pa-help naman, gusto ko mag-thank you kay Tita [[PERSON|Marites]] for hosting us sa Batangas last week. Make it sweet pero hindi OA, she reads everything sa Facebook.",
    "send [[PERSON|olu]] our details for the trip fund, its the joint monzo account, number [[ID_NUMBER|40118273]]. tell him to put his name in the reference so i know who paid",
    "Is it weird that my sister-in-law [[PERSON|Dana]] didn't reply to the group chat about Mom's surprise party? Everyone else said yes within an hour. I don't want to start drama.",
    "remind me on the 3rd to text [[PERSON|frank]] about the car insurance, and on the 5th to call [[PERSON|ivy]] at the bank about the overdraft. both mornings pls before 10",
    "Write a short congrats message to [[PERSON|Mark]] and [[PERSON|Lucía]] for their engagement, something like we're so happy for you two, can't wait to celebrate, with one emoji max.",
    "hey need to apologise to [[PERSON|sunita]] bc i double booked her for the photoshoot. can u draft something that offers her 20% off for rescheduling? her email is [[EMAIL_ADDRESS|sunita.r.photo@gmail.com]]",
    "Add to my calendar: lunch with [[PERSON|Lincoln]] at Nando's on Wednesday 1pm, and ping [[PERSON|Tess]] to see if she wants to join. Also block 30 min before to prep.",
    "my downstairs neighbour [[PERSON|kaminski]] keeps leaving passive aggressive notes on my door about the music. help me write a friendly note back, i actually turned it off at 10",
    "Please save this for later: [[PERSON|Summer]]'s new address is [[STREET_ADDRESS|Flat 3, 19 Hartley Road, Bristol BS6 7QE]] and her new mobile is [[PHONE_NUMBER|07700 900227]].",
    "help me text [[PERSON|hope]] and [[PERSON|lorenzo]] that dinner is moved to my place, the buzzer code is [[PASSWORD|4402]] and parking is on the street after 6",
    "My friend [[PERSON|Emeka]] just lost his dad. I want to send something but I don't know what to say. We're close but not super close, met at uni. Can you help?",
    "is it rude if i dont invite [[PERSON|sky]] to my birthday? we used to be close but she hasnt talked to me since march and it would be awkward if she came",
    "Reply to [[PERSON|Jürgen]] in German: thanks for the invite, I'd love to come on Saturday, I'll bring a salad. Can I bring my partner too?",
    "draft a msg to [[PERSON|bukola]] saying ill transfer the money for the owambe outfit tmrw, need her account number again, the one she sent before was missing a digit",
    "Remind me every Sunday at 7pm to call Nonna [[PERSON|Pina]] in Palermo, her landline is [[PHONE_NUMBER|+39 091 582 3374]]. She gets upset if I forget.",
    "can you split the bill for me: me, [[PERSON|raj]], [[PERSON|will]] and [[PERSON|dakota]] ordered 3 pizzas at 18 each and a 12 pitcher, [[PERSON|will]] only had water so dont count him for the pitcher",
    "What do I say to Ms. [[PERSON|Adeyemi]], my son's teacher, after he broke the class fish tank? He feels terrible and we want to offer to pay for it.",
    "[[PERSON|rosa]] wants the wifi for the airbnb, network is casa_azul_5g and the password is [[PASSWORD|mangotree!88]]. can u format it nicely so she can just copy paste",
    "I'm organising [[PERSON|Amelia]]'s leaving do. Can you write a message for the team chat asking people to chip in £10 each? They can send it to me at [[EMAIL_ADDRESS|t.hargreaves@brightlane.co.uk]].",
    "ok so [[PERSON|mark]] from the gym asked for my number and i gave it but now he texts every day good morning. how do i chill it down without being mean",
    "Need a birthday message for my grandpa [[PERSON|Apolinario]], he's turning 90! He only speaks Tagalog so maybe write it in both English and Tagalog? Something about family and his garden.",
    "add these to my contacts pls: [[PERSON|paco]] plumber [[PHONE_NUMBER|+52 55 4821 7390]] and doña [[PERSON|chela]] who cleans on tuesdays [[PHONE_NUMBER|+52 55 3317 0642]]",
    "Is it weird that [[PERSON|Bill]] sent me a LinkedIn request right after our first date? Like, do I accept? He seemed nice but that feels a bit much.",
    "write a text to [[PERSON|ayodele]] saying congrats on the new role at the bank!! we should celebrate, drinks on me next fri, maybe bring [[PERSON|kemi]] too",
    "Can you rewrite this so it sounds less angry: [[PERSON|Frank]], you said you'd cover my Tuesday shift and then didn't show. I got written up because of it.",
    "reminder for tmrw: drop off [[PERSON|maya]]'s stuff at [[STREET_ADDRESS|221 bellwood ave apt 4, columbus oh 43215]], she said leave it with the front desk if shes not home",
    "Help me write an invite for [[PERSON|Oskar]]'s 5th birthday party, dinosaur theme, Saturday 2-4pm at our place. RSVP to [[PHONE_NUMBER|+46 70 482 19 63]] by Wednesday.",
    "[[PERSON|arjun]] ke liye ek sorry msg likh do, maine uski gaadi mein coffee gira di thi. funny bhi ho thoda, woh zyada serious nahi hai",
    "How should I respond to [[PERSON|June]]? She asked if I want to split an Airbnb in Lisbon with her and [[PERSON|Ravi]] but I don't really know [[PERSON|Ravi]] and it's 5 nights.",
    "pls remind me to pay [[PERSON|chen]] back for the concert tix, 85 each, his paypal is [[EMAIL_ADDRESS|chen.w.music@outlook.com]] and do it on payday so i dont forget again",
    "I need to cancel on [[PERSON|Rose]] again for coffee, third time this month. Help me write something honest, I'm just burnt out, not avoiding her.",
    "what do i get a teacher as a thank you? mrs [[PERSON|lindqvist]] was amazing with my kid this year, thinking like a card + something small under 30",
    "Set up a group chat message: hey [[PERSON|Chase]], [[PERSON|Ivy]], [[PERSON|Priscilla]] — ski trip deposit is due Friday, 150 each, send to my IBAN [[IBAN_CODE|GB14 MIDL 4005 1572 8391 64]].",
    "idk if i should text [[PERSON|hunter]] first after the fight or wait for him. we've been together 2 yrs and usually he's the one who apologizes",
    "Write a quick LinkedIn rec for [[PERSON|Priyanka Rao]]. She was my analyst for two years, super sharp on SQL, calm under pressure, and great with clients.",
    "can u draft a txt to the cleaner [[PERSON|marta]] saying the key is in the lockbox, code [[PASSWORD|1966]], and to skip the office this week",
    "My boss [[PERSON|Harrington]] asked me to join him for drinks with a client on Friday but I have my kid that night. How do I say no without hurting my chances for the promotion?",
    "whats a chill way to ask [[PERSON|kai]] if he wants to hang out again, we met at a friend's bbq and had a good convo but i dont wanna seem too eager",
    "Transfer reminder: pay [[PERSON|Lena Hoffmann]] 240 euros for the flat deposit, IBAN [[IBAN_CODE|DE57 5001 0517 0428 1739 50]], reference Kaution [[PERSON|Lena]].",
    "invite list for saturday: [[PERSON|grace]], [[PERSON|tobi]], [[PERSON|summer]], [[PERSON|abdul]] and maybe [[PERSON|bill]] if hes back from leeds. write a cute group msg",
    "Can you write a sympathy card for Mrs. [[PERSON|Haddad]] next door? Her husband passed last week. We weren't close but she always waved and gave the kids oranges.",
    "text [[PERSON|dakota]] that practice is moved to 5:30 and she needs her shin pads, also ask her mom [[PERSON|renee]] if she can drive thursday",
    "Please draft an email to my landlord Mr. [[PERSON|Osei]] at [[EMAIL_ADDRESS|k.osei.lettings@gmail.com]]: the boiler has been broken since Monday and I need it fixed before the weekend.",
    "ok weird q but is it normal that [[PERSON|ethan]] only replies to my msgs at like 3am? hes not a night shift person, idk what to think",
    "Order flowers to [[STREET_ADDRESS|12 Rue des Lilas, 69003 Lyon]] for [[PERSON|Céline]], something with peonies if they have them, and the card should say: Joyeux anniversaire, je t'embrasse fort.",
    "remind me to send [[PERSON|hemi]] the photos from the tangi, and to call aunty [[PERSON|mere]] on her landline [[PHONE_NUMBER|09 482 7716]] after 5, she doesnt do cell phones",
    "What's a good gift for [[PERSON|Hope]] who just had twins? Something practical, not another onesie. Budget around $80, and it needs to ship to Denver by Friday.",
    "can u make this sound more professional: hey [[PERSON|castillo]], the invoice for march is still unpaid, pls sort it asap or ill have to pause work",
    "Is it weird to ask my ex [[PERSON|Jordan]] to return my record player? We broke up in June and he still has it. Drafting a text, need help.",
]

# 40 long messages (60 to 150 words).
LONG = [
    "ok so my roommate [[PERSON|hope]] has been eating my food for weeks and i finally labelled everything but today my leftover pad thai was gone again. i dont want to move out, lease is til august, and otherwise shes fine. can u help me write a text thats firm but not nasty? something like hey i noticed my food keeps disappearing, can we talk about it. also want to suggest we each get our own shelf in the fridge",
    "Can you help me plan a surprise 40th for my husband [[PERSON|Andile]]? Thinking Saturday the 19th at our place, about 25 people. I need a guest message for WhatsApp that doesn't give it away, a rough food list for a braai, and a reminder to call his brother [[PERSON|Sipho]] on [[PHONE_NUMBER|+27 82 417 3390]] so he can get [[PERSON|Andile]] out of the house from 2 to 5. Budget is tight so keep the food simple.",
    "helping my mom fill out the benefits form online and it keeps rejecting her details. name [[PERSON|rosa delgado]], ssn [[US_SSN|518-42-7736]], address [[STREET_ADDRESS|4120 w oak st, phoenix az 85009]]. is the problem the w? should it be west? or maybe the ssn field wants no dashes. she's getting stressed and i dont want to mess it up, the deadline is friday and the office phone line just rings out",
    "Team chat, quick one: [[PERSON|Will]] is out sick today so can someone cover his 2pm client call with the Leeds office? Also [[PERSON|Grace]] asked me to share the new guest wifi, it's OfficeGuest and the password is [[PASSWORD|Kettle#Orbit42]]. Please don't post it on the client channel. If anyone needs the slides, ping me, not [[PERSON|Will]], he really needs the rest. Thanks all!! 🙏",
    "pls help me write a speech for lolo [[PERSON|benny]]'s 80th, i'm the eldest apo so they want me to talk 😅 he was a jeepney driver for 40 yrs, loves karaoke esp my way, always saved the last piece of lechon for the grandkids. mix english and tagalog, like 2 mins long, medyo nakakaiyak pero may jokes din. tita [[PERSON|cora]] will do the slideshow after so i can end by introducing her",
    "My neighbour [[PERSON|Frank Delaney]] is going into hospital for a knee op next Tuesday and asked me to keep an eye on his place. Can you make me a checklist? Things he mentioned: water the tomatoes every evening, feed the koi, the side gate code is [[PASSWORD|1409]], bins go out Wednesday night. His daughter [[PERSON|Siobhan]] is the emergency contact, [[PHONE_NUMBER|07700 900581]]. I also want to send him a get well message.",
    "so theres this girl [[PERSON|june]] in my spanish class and we've been texting for like two weeks, mostly memes and homework stuff. yesterday she sent me a song and said it reminded her of me?? i want to ask her to the food festival this weekend but idk how to word it without it being weird if she just meant it as friends. can u give me like 3 options from chill to more obvious",
    "Please help me fill in this rental application for the flat in Utrecht. Applicant: [[PERSON|Sanne de Groot]], BSN [[ID_NUMBER|391840526]], current address [[STREET_ADDRESS|Oudegracht 214, 3511 NS Utrecht]], phone [[PHONE_NUMBER|06 4183 2977]]. Co-applicant is her partner [[PERSON|Milan]], who has no Dutch BSN yet. Can you write a short motivation letter too, saying we are quiet, non-smokers, both working full time, and have a very old cat?",
    "need help w a group msg for the family chat. dads 65th is on the 12th and me and my brother [[PERSON|kwame]] are doing a dinner at his fav ghanaian spot. ask everyone to send 40 each to [[PERSON|kwame]], his number for momo is [[PHONE_NUMBER|024 581 3370]], by the 8th. also say its a surprise so nobody tell daddy, esp auntie [[PERSON|efua]] bc she cant keep anything lol",
    "Can you draft an email to Dr. [[PERSON|Liang]] at the clinic? I need to change my son's appointment. His name is [[PERSON|Ethan Wu]], patient number [[ID_NUMBER|PT-448193]], and the current slot is Thursday 3:15. We can do any morning next week except Wednesday. Her email is [[EMAIL_ADDRESS|s.liang@harbourpaeds.com.au]] and the front desk is [[PHONE_NUMBER|0491 570 224]] if that's easier. Keep it short and polite.",
    "ugh ok so [[PERSON|bill]] from my team keeps scheduling meetings at 5pm on fridays and everyone hates it but nobody says anything. im not his manager, we're the same level. is there a way to bring it up in the team chat without it sounding like a complaint? maybe suggest a shared no-meetings friday afternoon thing? our manager [[PERSON|okoro]] is usually pretty chill about stuff like this",
    "Hola! Necesito ayuda con un mensaje para my landlord, Mr. [[PERSON|Whitaker]]. The rent is late this month porque my paycheck got delayed, but I can pay on the 7th. I want to offer to pay the late fee too. Please write it in English, professional pero friendly, and mention my unit, [[STREET_ADDRESS|1840 Alvarado St Apt 12, Los Angeles, CA 90026]]. His email is [[EMAIL_ADDRESS|rwhitaker.props@gmail.com]].",
    "ok i need to return my sister's card stuff to her bank bc she's in hospital and asked me to cancel it. her name is [[PERSON|destiny clarke]], card [[CREDIT_CARD|4716 2290 5583 9148]], account [[ID_NUMBER|27718403]]. what do i say when i call? do i need her permission in writing? she can sign stuff, she's just not allowed to use her phone on the ward. also what should i bring, her id or mine",
    "Birthday planning for my best friend [[PERSON|Paris]]! She's turning 30 and loves anything 2000s. I've booked the back room at Rosie's for the 21st and need: a fun invite text for about 20 people, a playlist of 2000s bangers, and a reminder to pick up the cake from Mrs. [[PERSON|Ionescu]] at 4pm. Don't put [[PERSON|Paris]] on the invite thread obviously.",
    "hey so my ex [[PERSON|dakota]] still has access to my netflix and spotify and i just realised she probably still knows my email password too 😬 its [[PASSWORD|pumpkin4ever!]] which i know is bad. can u walk me through changing everything and logging her out of all devices? also should i tell her or just do it quietly. we ended on ok terms but i dont want her in my accounts",
    "Can you help me write a reference for my nanny [[PERSON|Luzviminda Reyes]]? She worked for us 4 years, looked after both kids, cooked, did school runs, and was always on time. She's applying for a job in Vancouver. The new family can reach me at [[EMAIL_ADDRESS|hollyann.pierce@shaw.ca]] or [[PHONE_NUMBER|(604) 555-0119]]. Her SIN is [[ID_NUMBER|946 182 730]] if they need it for the paperwork, but maybe don't put that in the letter itself?",
    "my nani is visiting from delhi and needs a new sim + bank stuff sorted. her name is [[PERSON|kamla devi]], aadhaar [[ID_NUMBER|5839 2716 4206]], indian mobile [[PHONE_NUMBER|+91 98114 62230]]. what docs does she need to get a uk pay as you go sim? and can she use her indian debit card here or will the bank block it. she's here for 3 months, staying with us",
    "Writing a toast for my brother [[PERSON|Mark]]'s wedding to [[PERSON|Summer]] next month. Some bits: they met at a terrible pub quiz in Leeds where they came last, [[PERSON|Mark]] proposed on a rainy beach in Cornwall, and [[PERSON|Summer]] is the only person who beats him at Mario Kart. Keep it under 3 minutes, funny but with a warm ending. Our parents will be there so nothing too rude please!",
    "so my coworker [[PERSON|rina]] sent me her login to cover her tickets while shes on leave, username [[ID_NUMBER|rina.tan02]] password [[PASSWORD|matcha+latte9]]. is that even allowed? i feel weird using someone elses account, and our it guy [[PERSON|hassan]] is super strict. should i just ask him to give me access instead, and how do i say that without getting her in trouble",
    "Hi! I'm moving to Madrid for work and my new employer needs my details for the contract. Can you check this looks right before I send it? Name: [[PERSON|Chiara Benedetti]], NIE [[ID_NUMBER|Y4829137W]], IBAN [[IBAN_CODE|ES70 2100 0813 6102 9847 5312]], address [[STREET_ADDRESS|Calle de Embajadores 71, 3ºB, 28012 Madrid]]. Also, should I write my address with the floor like that or is there a more standard way?",
    "help me write a gracious msg to [[PERSON|ivy]] declining to be a bridesmaid. shes lovely but the dress alone is 300 and the hen do is in ibiza and i literally cant afford it right now. i still want to come to the wedding and help out on the day if she wants, like with setup or whatever. we've been friends since year 7 so i dont want this to ruin anything",
    "My dad [[PERSON|Bogdan]] needs help with a Polish tax form from abroad. His PESEL is [[ID_NUMBER|92041706386]] — wait no that's mine, sorry, his is on his ID card which I don't have right now. Anyway, can you explain what a PIT-37 is in simple terms and whether he has to file it if he's been living in Dublin since 2019 and only has a small rental income in Kraków?",
    "can u make a shopping list for the potluck? me and [[PERSON|marco]] are doing pasta al forno for 15, [[PERSON|tami]] said shes bringing salad, and [[PERSON|frank]] is on drinks but he always forgets ice. also text [[PERSON|frank]] a reminder about the ice lol. venue is [[PERSON|tami]]'s place, [[STREET_ADDRESS|62 kingfisher way, ipswich ip2 9lt]], gate code is [[PASSWORD|2468]]. starts 6, pls dont be late this time",
    "I think my account got hacked. Someone logged in from [[IP_ADDRESS|203.0.113.88]] last night and changed the recovery email to [[EMAIL_ADDRESS|zx.recover2024@protonmail.com]]. My account is under [[PERSON|Tomasz Wróbel]], username [[ID_NUMBER|tomwrobel_pl]]. What steps should I take right now, in order? Should I also contact my bank? I use the same password there, unfortunately. I'm on my phone right now and my laptop is at work, so please keep the steps simple and tell me what I can do from the phone first.",
    "ok so the group trip to tulum, pls write a msg for the group chat with the plan. flights land 2:15, [[PERSON|chase]] is picking up the rental car, [[PERSON|sky]] and [[PERSON|rose]] are getting groceries, and me n [[PERSON|lucas]] will check in at the villa. the host is [[PERSON|ximena]], her whatsapp is [[PHONE_NUMBER|+52 984 217 3308]]. tell everyone to bring cash for the cenote",
    "Could you write a formal complaint email for me? My elderly neighbour Mr. [[PERSON|Agarwal]] at [[STREET_ADDRESS|5 Linden Close, Reading RG4 8PW]] had his bins missed five weeks in a row and he can't carry them to the end of the road. He asked me to help since he's not on email. Please make it firm, mention he has an assisted collection, and say replies can go to me at [[EMAIL_ADDRESS|n.farouk.reading@gmail.com]].",
    "is it weird that my best friend [[PERSON|grace]] didnt invite me to her engagement dinner? she invited like 10 people incl her coworkers. we've been friends 15 yrs. i found out from instagram stories. part of me wants to say something and part of me thinks maybe it was just family + his side. how do i bring it up without sounding jealous or making it about me during her happy time",
    "Help me plan a reply to [[PERSON|Hope]], my daughter's swim coach. She emailed that [[PERSON|Lucy]] missed three practices and might lose her spot on the relay team. [[PERSON|Lucy]] had strep throat and then a school trip. I want to explain, say she's recovered, and ask whether there's a way to make up the sessions. Polite and short, I don't want to sound like one of those parents.",
    "my brother [[PERSON|rico]] just got out of rehab and hes staying with me for a while. i want to send him a message on his first morning here, nothing cheesy, just that im proud of him and the spare room is his as long as he needs. also remind me to give him the wifi, network is casita and the key is [[PASSWORD|sunnyside_88]]",
    "I'm the class rep and need to send the end of year gift collection message. Gift is for Miss [[PERSON|Chanda]], the teaching assistant, and Mr. [[PERSON|Baptiste]], the class teacher. Suggested £5 per family. Parents can bank transfer to me, [[PERSON|Yemi Adeleke]], account [[ID_NUMBER|83920174]], or drop cash in an envelope at the office by the 15th. Can you make it friendly and remind people it's optional?",
    "whats the etiquette here: my new boss [[PERSON|lindgren]] added me on facebook and i have a lot of old embarrassing stuff on there. do i accept and clean it up, or ignore it, or say i dont really use fb? everyone else on the team seems to have accepted. shes nice but i like keeping work and personal separate, and my profile has my cousins wedding pics and some political rants from 2016",
    "Please translate this into simple English for my mum, she got it from the council: [[PERSON|Fatma Yılmaz]], [[STREET_ADDRESS|Flat 9, 33 Chestnut Grove, Leicester LE3 5HD]], council tax account [[ID_NUMBER|CT-40918273]], you are entitled to a single person discount from April. Also she wants to know if she should tell them her brother [[PERSON|Mehmet]] stays with her sometimes on weekends. She is worried they will take the discount away later.",
    "can u write a thank u card for dr [[PERSON|okafor]] and the nicu nurses, esp [[PERSON|bernadette]] who did the night shifts. our baby [[PERSON|zara]] was in there 6 weeks and came home yesterday 🥹 i want it to be heartfelt but not like a novel. maybe mention how [[PERSON|bernadette]] taught us the kangaroo care thing and always remembered our names",
    "My friend [[PERSON|Dakota]] is coming to stay for a week while I'm at a conference. Can you write a house note? Front door code is [[PASSWORD|0531]], the router is in the hallway cupboard, wifi is Brightside and the password is on the bottom. Plants need water Monday and Thursday. If anything breaks, call my super [[PERSON|Reggie]] at [[PHONE_NUMBER|(718) 555-0162]]. Feel free to eat anything in the fridge.",
    "ok so weird situation, i matched with someone on hinge named [[PERSON|will]] and then realised hes my coworker [[PERSON|tasha]]'s ex. they broke up like a year ago and she seems over it but idk. do i tell her before i go on a date? do i just not go? i dont want it to be awkward at work, we sit next to each other lol",
    "Need to register my son for football club and the form asks for everything. Child: [[PERSON|Noah Brennan]], NHS number [[ID_NUMBER|702 948 1631]]. Parent: [[PERSON|Claire Brennan]], mobile [[PHONE_NUMBER|07700 900653]], email [[EMAIL_ADDRESS|claire.brennan77@btinternet.com]]. He has a peanut allergy and carries an EpiPen. Is it normal that they want his NHS number for a kids' club? Seems a lot, and I'm not sure who sees these forms or how long they keep them.",
    "pls help me write a msg to [[PERSON|thiago]] in portuguese + english mix, he helped me so much when i moved to são paulo, found me the apartment, took me to the cartório, even lent me money. i want to send him a pix to pay back, his key is his cpf [[ID_NUMBER|518.274.930-97]]. is it safe to use a cpf as a pix key? and say obrigado de verdade in a way that sounds natural",
    "Could you make a packing list and a reminders list for our Lake District trip? Me, [[PERSON|Chase]], [[PERSON|Bill]] and [[PERSON|Rose]] are going Friday to Sunday, staying at a cottage. The owner, Mrs. [[PERSON|Ellery]], said the key box code is [[PASSWORD|8210]] and to text her on [[PHONE_NUMBER|07700 900449]] when we arrive. We need walking stuff and food for two dinners, and it will probably rain.",
    "quick q for my spanish flatmate [[PERSON|iker]] who's doing his paperwork for the doctor here, he wrote his dni as [[ID_NUMBER|73920518J]] and the receptionist said it has to be the nie instead. is that right for someone from spain living in the uk? or do they just need his passport. he's stressed bc his appointment is tmrw and he doesnt want it cancelled",
    "help me reply to [[PERSON|sunny]] from the pta, she wants me to run the cake stall again at the summer fair and i did it last 3 yrs. i want to say no this time but offer to help with setup for an hour instead. she can be a bit pushy so it needs to be clear but kind. also she asked for my new number, its [[PHONE_NUMBER|07700 900872]], so put that at the end",
]

# 100 clean messages naming no private person.
CLEAN = [
    "will it rain tmrw in manchester",
    "whats the weather like in Paris next week, packing for a trip",
    "is june gloom a real thing in LA or just a meme",
    "how long do i boil an egg for a runny yolk",
    "Quick recipe for shakshuka with stuff I already have: eggs, tinned tomatoes, one onion",
    "can i freeze cooked rice or is that dangerous",
    "who won the arsenal vs spurs game last night",
    "How many Ballon d'Ors does Messi have now?",
    "is lebron still playing for the lakers this season",
    "explain the offside rule like im 5 pls",
    "What time does the Champions League final kick off UK time?",
    "did real madrid sign mbappe or was that a rumour",
    "what's the difference between a rose and a peony, they look so similar",
    "how often should i water a rose bush in summer",
    "Mark my words, Bitcoin will crash again. Can you explain what a halving is though?",
    "whats a grace period on a credit card",
    "Is the grace period for car tax renewal in the UK still 2 weeks?",
    "how do i write a will without a lawyer in california",
    "Does a will need to be witnessed in Scotland?",
    "tips for having a frank discussion with my landlord about repairs",
    "Synonyms for frank that don't sound rude?",
    "best ivy league school for computer science?",
    "is english ivy toxic to cats",
    "how do i get from heathrow to paddington cheapest",
    "Top things to do in Lincoln, Nebraska on a Saturday",
    "is the lincoln memorial open at night",
    "best time of year to visit north dakota, want to see the badlands",
    "Sky Sports or TNT for Premier League this season, which is cheaper?",
    "why is the sky blue but sunsets are orange",
    "what does the chase bank overdraft fee look like these days",
    "How do I split the bill evenly on Splitwise?",
    "whats the bill of rights in simple words",
    "hope this makes sense but how does compound interest actually work",
    "Can you explain the Grace Hopper story about the first computer bug?",
    "who played frank underwood in house of cards",
    "Is Will Smith in the new Bad Boys film?",
    "who is summer in 500 days of summer, is she the villain or not lol",
    "what episode does ross say 'we were on a break'",
    "Walter White or Tony Soprano, who's the better antihero?",
    "recommend a show like The Bear but less stressful",
    "who's the voice of woody in toy story",
    "is the new dune movie worth seeing in imax",
    "What's the plot of Pride and Prejudice in 3 lines?",
    "explain why hermione didnt just use the time turner again",
    "what's 15% of 86",
    "solve 3x + 7 = 22 pls",
    "Derivative of x^2 sin x? show steps",
    "how many seconds in a week",
    "convert 72 fahrenheit to celsius",
    "Is 221 a prime number?",
    "python: how do i reverse a list without reverse()",
    "js question why does [] + {} give [object Object]",
    "Git: how to undo the last commit but keep my changes?",
    "whats the difference between let and const",
    "sql to get the second highest salary from a table",
    "Why is my CSS flexbox not centering vertically??",
    "regex for a uk postcode pls",
    "what did the fed do with interest rates this week",
    "Did Taylor Swift really break the stadium record in Edinburgh?",
    "what did obama say in his speech at the dnc",
    "is keir starmer going to the g7 summit",
    "Why is Elon Musk in the news again today?",
    "who is the current secretary general of the un",
    "iphone 15 vs pixel 8 camera which is better",
    "Is the Dyson Airwrap worth it or just hype?",
    "best cheap running shoes, nike pegasus or asics novablast",
    "how do i reset airpods",
    "Does IKEA deliver on Sundays?",
    "my samsung washer shows 4C error what does it mean",
    "good name for a golden retriever puppy?? we like food names",
    "what's a nice way to say happy birthday in korean",
    "How do you say 'I'm running late' in French?",
    "kamusta translate 'see you tomorrow' sa ilocano",
    "cómo se dice 'spare key' en español, like the extra one",
    "hindi mein 'congratulations' ka sabse formal way kya hai",
    "what's the best way to apologise to someone in a text, general tips",
    "how do i politely decline a wedding invite, general etiquette pls",
    "Is it rude to text someone after 10pm? what's the general rule",
    "how many people should i invite to a small birthday dinner, restaurant recs for 8 in soho",
    "good gifts for a coworker under 20 bucks",
    "ideas for a 30th birthday theme",
    "what should i bring to a housewarming party",
    "Can you set a reminder to water the plants every Tuesday?",
    "remind me to take the bins out at 8",
    "book me a table for 2 at 7pm somewhere thai near me",
    "Summer solstice 2025 what date",
    "is march madness over yet",
    "when does daylight saving end this year",
    "august bank holiday, what day is it this year",
    "Recipe for rose water lassi?",
    "what does 'frank' mean in 'frankly speaking'",
    "mark twain quotes about travel",
    "What's the Bill Gates foundation actually doing about malaria?",
    "is paris hilton still doing the dj thing lol",
    "Is Dakota Johnson in the new Marvel movie?",
    "chase the sun or chasing the sun, which is grammatically right",
    "How do I mark an email as unread in Outlook on my phone?",
    "will the 11:40 train to leeds be delayed w the strikes",
    "grace jones or grace kelly for a costume party, which is easier",
    "tbh is it worth learning rust in 2025 or stick w go",
]

NATIONAL_IDS = {
    "391840526": bsn_ok,  # Dutch BSN
    "946 182 730": luhn_len(9),  # Canadian SIN
    "5839 2716 4206": aadhaar_ok,  # Indian Aadhaar
    "92041706386": pesel_ok,  # Polish PESEL
    "Y4829137W": dni_ok,  # Spanish NIE
    "73920518J": dni_ok,  # Spanish DNI
    "702 948 1631": nhs_ok,  # NHS number
    "518.274.930-97": cpf_ok,  # Brazilian CPF
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"09\d{2} \d{3} \d{4}",  # Philippines mobile
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"080\d \d{3} \d{4}",  # Nigeria mobile
        r"0[2-8]\d \d{3} \d{4}",  # Ghana and South Africa mobiles
        r"06 \d{4} \d{4}",  # Netherlands mobile
        r"09 \d{3} \d{4}",  # New Zealand, Auckland landline
        r"\+(27|34|39|46|52|91|221) [\d ]+\d",  # no fiction range known
    )
]
DOC_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")


def check_group(name: str, texts: list[str], words: tuple[int, int]) -> None:
    """Each text of a group within its word range and naming someone; about half of the
    group typed all in lower case."""
    for marked in texts:
        if not words[0] <= word_count(marked) <= words[1]:
            raise SystemExit(f"{name}: {word_count(marked)} words in {marked[:60]!r}")
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"{name}: no name in {marked[:60]!r}")
    share = sum(is_lower(t) for t in texts) / len(texts)
    if not LOWER_SHARE[0] <= share <= LOWER_SHARE[1]:
        raise SystemExit(f"{name}: {share:.0%} typed in lower case")


def check_values(texts: list[str]) -> None:
    """Phones in the listed layouts, IPs from documentation ranges, no documentation IBAN,
    and enough texts with an identifier besides the name."""
    with_identifier = 0
    for marked in texts:
        spans = marked_spans(marked)
        with_identifier += any(s["type"] != "PERSON" for s in spans)
        for span in spans:
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in PHONES):
                raise SystemExit(f"phone {value!r} outside the listed layouts")
            if kind == "IP_ADDRESS" and not value.startswith(DOC_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
    if with_identifier < MIN_WITH_IDENTIFIER:
        raise SystemExit(f"only {with_identifier} texts with an identifier besides a name")


def main() -> None:
    sections = {
        "short": (SHORT, 120),
        "medium": (MEDIUM, 60),
        "long": (LONG, 40),
        "clean": (CLEAN, 100),
    }
    pii = SHORT + MEDIUM + LONG
    check_group("short", SHORT, SHORT_WORDS)
    check_group("medium", MEDIUM, MEDIUM_WORDS)
    check_group("long", LONG, LONG_WORDS)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    # The lower-case texts first, so build_sections checks each is lower case and cased and
    # every other one has a capital.
    chat = [t for t in pii if is_lower(t)] + [t for t in pii if not is_lower(t)]
    build_sections(
        "blind39", HERE, sections, {"short", "medium", "long"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=chat, lower_chat=sum(is_lower(t) for t in pii), other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
