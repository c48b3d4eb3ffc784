# ruff: noqa: E501
"""A fifty-fifth blind privacy set: 220 texts with personal data and 100 clean ones, everyday
chat about the people in one's life, where names are the main personal data.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table format
and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 140 chat requests (5 to 70 words) about partners, kids, parents, in-laws, exes, friends,
  flatmates, colleagues, bosses, clients, teachers, coaches, neighbours and carers: first
  names alone from many cultures (Yoruba, Igbo, Akan, Tamil, Telugu, Punjabi, Vietnamese,
  Filipino, Korean, Japanese, Chinese pinyin, Arabic, Persian, Turkish, Polish, Czech,
  Hungarian, Greek, Portuguese, Spanish, Irish, Scottish, Welsh, Sami, Maori, Samoan,
  Hawaiian), surnames alone ("Henderson wants the quarterly report"), full names,
  nicknames and word-names (Hope, Autumn, Wren, Clay, Rocky, Buck, Honey, Blaze, Lark,
  Joy, Blessing); names at a sentence's start, after prepositions, in lists, in quotes of
  what someone said, before a possessive and as vocatives; the first 45 typed all in lower
  case with shorthand and typos; 55 to 70 (about 60) with no relation word or title;
* 40 requests carrying the writer's own contact data or a friend's: phones in a dozen
  national layouts with and without separators, e-mails, home addresses of nine countries,
  dates of birth beside a name (not labelled), account, member, patient, library and
  frequent-flyer numbers, a university login, a gate code and three national ids (NHS
  number, Polish PESEL, Irish PPS number);
* 40 pasted snippets: group-chat exports, RSVP lists, class lists, babysitting rotas,
  voicemail transcripts, e-mails with a signature and reference letters, with a key-safe
  code, a wifi key and a door code among them.

Usernames and logins, account, member, patient, student and library numbers and national
ids are ID_NUMBER; PINs, door and key-safe codes and wifi keys PASSWORD; titles and relation
words (Mr, Mrs, Ms, Dr, Coach, Professor, Grandma, my sister) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed;
public figures, fictional characters, saints, brands, places named after people and dates
of birth are not labelled; every occurrence of a private value is marked. The 100 clean
texts hold no personal data: 40 everyday requests naming nobody, 30 naming public figures,
athletes, musicians, fictional characters, saints, brands and places named after people,
15 word problems with fictional first names and 15 where a name-like word is a common word
(hope, autumn leaves, clay pots, a wren, honey, a lark, a blaze).

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0,
0141 496 0; North America 555-01xx; Australia 0491 570) and in each country's own layout
elsewhere; national ids with valid check digits (NHS number, PESEL, PPS number).

Run ``.venv/bin/python bench/data/build_blind55.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    check_counts,
    check_national_ids,
    check_values,
    marked_spans,
    nhs_ok,
    pesel_ok,
    pps_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 45
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (5, 70)
CONTACT_WORDS = (8, 90)
PASTED_WORDS = (15, 200)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Coach|Auntie|Aunty|Uncle|Grandma|Grandpa|Nan|Babcia|Nurse|Sir)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
RELATION = re.compile(
    r"\b(wife|husband|partner|bf|gf|boyfriend|girlfriend|hubby|son|daughter|kids?|twins|boys|"
    r"mum|mom|dad|mother|father|stepdad|parents?|brother|sister|sister-in-law|mil|in-laws?|"
    r"gran|grandma|grandpa|nani|nan|aunt|uncle|cousin|godmother|ex|friend|bestie|flatmate|"
    r"roommate|colleague|coworker|boss|manager|client|teacher|tutor|coach|neighbour|neighbor|"
    r"carer|nanny|landlord|mate|mr|mrs|ms|dr|professor)s?\b",
    re.IGNORECASE,
)
NO_RELATION = (55, 70)

# 140 chat requests about the people in one's life; the first 45 all in lower case.
CHAT = [
    "how do i tell [[PERSON|dami]] im not coming to the party sat without it being weird",
    "my wife [[PERSON|chioma]] keeps forgeting her meds, any app reccomendations for reminders",
    "write a bday msg for my gf [[PERSON|thanh]], shes turning 30 and loves hiking",
    "can u help me word a text to [[PERSON|okonkwo]] asking for the invoice again, hes ignored 2 emails",
    "ok so my friends [[PERSON|priyanka]] and [[PERSON|arjun]] broke up and both invited me to stuff on the same day. who do i pick",
    "my mil [[PERSON|gülşen]] wants to stay 3 weeks. how do i say no nicely to my husband",
    "[[PERSON|wren]] has a fever of 38.5 shes 4, when shd i call the dr",
    "need a sorry txt for [[PERSON|siobhan]], i forgot our anniversary dinner thing",
    "flatmate [[PERSON|kasia]] never cleans the bathroom. draft a chore chart pls",
    "whats a nice gift under 30 quid for my coach [[PERSON|hemi]] end of season",
    "[[PERSON|buck]] from accounts keeps cc'ing my boss on everything, how to handle",
    "help me reply to [[PERSON|ngozi]]: 'are u still mad at me?' i kinda am tbh",
    "my ex [[PERSON|tomás]] wants to swap weekends w the kids again. template reply?",
    "translate 'happy birthday grandma' into punjabi for [[PERSON|gurpreet]]s nani",
    "is it rude to ask my cousin [[PERSON|hyun-woo]] to pay back the 200 i lent him in march",
    "[[PERSON|aroha]] and me are doing a road trip, plan 5 days on the south island",
    "our kids teacher ms [[PERSON|nakamura]] retires this yr, card ideas?",
    "pls make a grocery list for dinner w [[PERSON|rocky]] and [[PERSON|lark]], both veggie",
    "how do i tell my boss [[PERSON|henderson]] i need friday off for a funeral",
    "neighbour [[PERSON|babajide]] parks across our drive every day. polite note?",
    "shd i invite [[PERSON|mehmet]] to the wedding if hes dating my ex now lmao",
    "[[PERSON|xiaoling]] said 'i dont do surprises' but i planned one anyway. how bad is this",
    "write a thank u note to [[PERSON|eilidh]] the carer who looks after my dad tues and thurs",
    "im meeting [[PERSON|farhad]]s parents sunday, what do i bring to a persian household",
    "can u rewrite this for my landlord so it sounds less angry: [[PERSON|marek]] u said u'd fix the boiler 3 wks ago",
    "my son [[PERSON|tobenna]] wont do homework unless i sit w him. normal at 9?",
    "my aunt [[PERSON|zsófia]] is coming from budapest, what shd we do in london for 2 days",
    "bf [[PERSON|kofi]] snores like a train. non-awkward way to suggest seperate rooms sometimes",
    "ugh [[PERSON|autumn]] cancelled on me again, 4th time. am i the problem",
    "poem for [[PERSON|honey]] (thats what we all call my gran) for her 90th",
    "client [[PERSON|lindqvist]] wants the logo 'bigger but also smaller'. how do i push back",
    "wht do i say to [[PERSON|ioana]] after she told me about her miscarriage",
    "[[PERSON|blaze]] n [[PERSON|clay]] r fighting over the xbox again, fair screen time rules for 2 boys",
    "turn my notes into a msg for my new flatmate [[PERSON|dimitris]]: rent due 1st, bins tues, no guests after 11",
    "does [[PERSON|aiko]] need a visa to visit me in toronto, shes japanese",
    "hi can u help me plan a baby shower for my sister [[PERSON|leilani]]? 20 ppl, budget tight",
    "[[PERSON|rhys]] keeps calling me 'mate' in a weird tone at work. overthinking?",
    "my carer [[PERSON|joy]] is leaving, what do i write in her card",
    "how to apologise to [[PERSON|ahmad]] for missing his eid dinner",
    "help me split the bill: me, [[PERSON|kieran]], [[PERSON|marisol]], [[PERSON|jae]] n [[PERSON|sunita]] spent 184 total",
    "[[PERSON|lucía]] from pilates invited me to brunch but i dont really like her. excuse?",
    "writing my best mans speech for [[PERSON|callum]], give me a funny opener abt him being late to everything",
    "why does [[PERSON|thu trang]] leave me on read but post stories lol",
    "my grandma [[PERSON|áile]] turns 80, any sami traditions for a birthday?",
    "[[PERSON|tavita]] wants me to be godmother to his daughter, how do i say yes in a cute way",
    "[[PERSON|Henderson]] wants the quarterly report by Thursday. Can you outline it for me?",
    "Should I ask my colleagues [[PERSON|Adaeze]] or [[PERSON|Okafor]] to cover my shift on Saturday? [[PERSON|Adaeze]] owes me one.",
    '"[[PERSON|Dami]], you up?" is what my flatmate texts me at 3am. How do I set boundaries without sounding harsh?',
    "Draft a short thank-you email to [[PERSON|Oluwaseun Adebayo]] for mentoring me through my first year.",
    '[[PERSON|Seo-yeon]] said "we should talk" and then went quiet for two days. What could that mean?',
    "What's a good name for a group chat with [[PERSON|Ikaika]], [[PERSON|Moana]], [[PERSON|Rangi]] and me? We surf together.",
    "Can you help me write a eulogy for our neighbour [[PERSON|Bronisław]]? He lived next to us for forty years and fixed every bike on the street.",
    "How do I politely tell [[PERSON|Ferreira]] that his code review comments are too harsh?",
    "Write a limerick about [[PERSON|Lark]], who always brings lemon cake to the office.",
    "[[PERSON|Nguyễn Văn Hải]] is joining our team next week. Give me some icebreaker ideas for his first standup.",
    "Is it okay to call [[PERSON|Patricia]] by her first name if everyone else calls her Ms [[PERSON|Abernethy]]?",
    "[[PERSON|Tanvir]]'s presentation went badly and he's blaming me. How should I respond in tomorrow's meeting?",
    "Give me three ways to cheer up my daughter [[PERSON|Hope]] after she didn't get into med school.",
    "Plan a menu for Friday: [[PERSON|Keziah]] is vegan, [[PERSON|Rustam]] doesn't eat pork, and [[PERSON|Bea]] hates mushrooms.",
    "My daughter [[PERSON|Saoirse]] wants to quit Irish dancing after six years. How do I support her without pushing?",
    "Reply to [[PERSON|Valentina]] for me: she asked to borrow my car for the weekend and I can't lend it.",
    "My sons [[PERSON|Kalani]] and [[PERSON|Pita]] are arguing over who gets the bigger room in the new place. Suggest a fair way to decide.",
    "Tell me how to word a reference request to Professor [[PERSON|Wiśniewska]].",
    "My sister-in-law [[PERSON|Mei Ling]] keeps commenting on my parenting. How can I bring it up with my husband?",
    "[[PERSON|Clay]] from the climbing gym asked me out. I'm not interested. Kind way to say no?",
    "Write a birthday toast for my father-in-law [[PERSON|Yusuf]], who is turning sixty and still plays five-a-side every Sunday.",
    "Coach [[PERSON|Dale]] benched my son for the whole match. Should I email him or let it go?",
    "Help me write a note to [[PERSON|Ayşe]] and [[PERSON|Emre]] congratulating them on the baby.",
    "What do I get my mother-in-law [[PERSON|Ingrid]] for Christmas? She's into knitting, crime novels and cold-water swimming.",
    "[[PERSON|Tadhg]] keeps borrowing my charger and never gives it back. Passive-aggressive sticky note ideas, please.",
    "Can you help me answer [[PERSON|Rashida]] in two lines? She wrote me a whole essay about the holiday plans.",
    "Our nanny [[PERSON|Rosalind]] asked for a raise. What's a fair hourly rate in Manchester for two kids?",
    "I told my boyfriend [[PERSON|Javier]] I'd proofread his thesis chapter by Monday. Make me a plan for the weekend.",
    "[[PERSON|Kwame]], [[PERSON|Efua]] and [[PERSON|Abena]] are flying in for my graduation. Suggest things to do in Leeds.",
    "Write a text to [[PERSON|Bethan]] asking whether she still wants to carpool to the match on Saturday.",
    "My neighbour [[PERSON|Gwilym]]'s allotment plot borders ours and his bindweed is everywhere. How do I raise it?",
    "Is it weird that my ex [[PERSON|Marguerite]] still sends me birthday cards ten years after we split up?",
    "Make a packing list for a week at the lake with [[PERSON|Sione]] and [[PERSON|Losa]].",
    "[[PERSON|Jun]] asked me to be a reference for his flat application. What should I say about him?",
    'How should I respond when [[PERSON|Kateřina]] says "you always make it about you"?',
    "Write a two-line apology to [[PERSON|Buck]] for double-booking the meeting room.",
    'Please rephrase: "[[PERSON|Imogen]], the slides still have last year\'s figures, can you update them before 4?"',
    "What are good conversation topics with my boyfriend [[PERSON|Haruto]]'s grandparents? They only speak a little English.",
    "Our friends [[PERSON|Parisa]] and [[PERSON|Dariush]] invited us for Nowruz. What's a respectful gift to bring?",
    "Help me choose between [[PERSON|Noor]]'s offer to share a flat and living alone closer to work.",
    "[[PERSON|Macaulay]] from Finance wants the receipts in one PDF. How do I merge photos into a PDF on my phone?",
    "Can you write a funny Slack welcome for [[PERSON|Ximena Ortega]], who is joining the design team?",
    "Tell me how to handle my manager [[PERSON|Ruaridh]] interrupting me in every single meeting.",
    "My mum's carer [[PERSON|Florentina]] has started arriving an hour late. How do I raise it with the agency?",
    "My best friend [[PERSON|Blessing]] lent me her dress for the gala and I spilled red wine on it. Stain tips and an apology text?",
    "Draft an out-of-office saying [[PERSON|Ravindran]] covers urgent requests until the 14th.",
    "My mother [[PERSON|Venkata Lakshmi]] asked me to explain compound interest simply. Can you give me a version I can send her?",
    "Is it normal that [[PERSON|Eun-ji]] wants to see me every day after only two dates?",
    "Give me a short speech for [[PERSON|Harjit]] and [[PERSON|Manpreet]]'s silver anniversary party.",
    "[[PERSON|Pham]] says the deadline moved but nobody told me. How do I ask about it without sounding defensive?",
    "What do I write to [[PERSON|Autumn Reyes]] to decline her job offer politely?",
    "My brother [[PERSON|Tiernan]] wants to borrow 500 euro again. Last time it took a year to get it back. Help me say no.",
    "Suggest a bedtime story featuring [[PERSON|Ama]] and [[PERSON|Tolu]], my twins, who love dinosaurs.",
    "Write a retirement card for Mr [[PERSON|Kowalczyk]], the caretaker at our school for 30 years.",
    "[[PERSON|Fatemeh]] wants me to meet her parents in Shiraz. What should I know about the etiquette?",
    'Rewrite this note to my neighbour to sound warmer: "[[PERSON|Bartosz]], please return the drill."',
    "[[PERSON|Oyelaran]] is chairing the residents' meeting. Write three questions I can ask about the parking.",
    "My stepdad [[PERSON|Ruben]] and my dad [[PERSON|Gareth]] both want to walk me down the aisle. Ideas?",
    "[[PERSON|Andile]] says I owe him for the concert ticket, but I paid cash. How do I sort this without a fight?",
    "Write a LinkedIn recommendation for [[PERSON|Priscila Nogueira]], who ran our warehouse during the move.",
    "[[PERSON|Ellis]] and [[PERSON|Rowan]] split the rent 60/40 because [[PERSON|Rowan]] has the bigger room. Is that fair on 1,450 a month?",
    "What do I say to my choir teacher [[PERSON|Lupe]] when she asks why I left the choir?",
    "[[PERSON|Kagiso]] keeps sending me voice notes at midnight. Polite way to ask for texts instead?",
    "I need to tell my client [[PERSON|Szabolcs]] the project's cancelled. He's spent months on it. How do I soften it?",
    "[[PERSON|Anjali]]'s mum just died. What can I cook and drop off that travels well?",
    "Why might my new flatmate [[PERSON|Hamish]] be so quiet since moving in? He barely leaves his room.",
    "Draft a reminder to [[PERSON|Takahashi]] that the contract renewal is due on the 30th.",
    '[[PERSON|Nikos]] told me, "your Greek is terrible but your cooking is worse." Was he joking? We\'ve been dating a month.',
    "Write a thank-you for my in-laws [[PERSON|Eleni]] and [[PERSON|Giorgos]], who hosted us in Thessaloniki.",
    "[[PERSON|Cormac]], [[PERSON|Niamh]], [[PERSON|Orla]] and [[PERSON|Fionn]] want to go camping in October. Is that too cold in Donegal?",
    "How do I congratulate my coworker [[PERSON|Chukwuemeka]] on his promotion when I wanted that job?",
    "[[PERSON|Marisa]] from HR asked me to mediate between [[PERSON|Vo]] and [[PERSON|Delacroix]]. Any tips?",
    "[[PERSON|Iolo]] keeps beating me at chess. Give me an opening that will surprise him.",
    "Ask [[PERSON|Obinna]] if he still has the tent. Can you write that as a casual WhatsApp?",
    "Write a welcome message for our new neighbour [[PERSON|Sigrun]], who just moved in upstairs from Tromsø.",
    "My mum [[PERSON|Teuila]] wants to learn to drive. How many lessons does an adult usually need?",
    "Help me tell [[PERSON|Wojciech]] that I'm not renewing the lease on his flat.",
    "[[PERSON|Cheng Wei]] and [[PERSON|Li Na]] are visiting from Chengdu. Recommend spicy-food places in Vancouver.",
    "My tutor [[PERSON|Ramón]] gave me a C. How do I ask for feedback without sounding like I'm arguing?",
    "Our cleaner and nanny [[PERSON|Maricel]] has been cleaning for us for ten years. What's a thoughtful bonus at Christmas?",
    "My cousin [[PERSON|Jomar]] and his girlfriend [[PERSON|Rizalyn]] got engaged! Help me with a toast that mixes English and Tagalog.",
    "Ms [[PERSON|Adeyemi]] said my son is bright but distracted. What should I ask at parents' evening?",
    "[[PERSON|Honey]] from the bakery down the road asked me to design her menu board. Ideas for the layout?",
    '[[PERSON|Dariusz]] texted "running late, start without me" for the third week in a row. How do I address it?',
    "Write a note for [[PERSON|Tūī]]'s teacher saying she'll miss Friday for a tangi.",
    "My classmate and friend [[PERSON|Ebru]] lent me her notes for the exam. What's a small thank-you gift for a student?",
    "Should I tell [[PERSON|Aleksander]] that [[PERSON|Zuzanna]] is planning a surprise party, or keep it secret?",
    "Make a shared calendar plan for my roommates [[PERSON|Kirra]], [[PERSON|Jasper]] and me to walk the dog.",
    "My boss [[PERSON|Mwangi]] wants the spreadsheet sorted by region and then by revenue. Show me how in Excel.",
    "[[PERSON|Dong-hyun]]'s mother invited me to Chuseok. What do I bring and what should I wear?",
    "How can I tell [[PERSON|Pilar]] gently that her son is bullying my daughter at school?",
    '[[PERSON|Anahera]] asked what "kia ora" means to me as a non-Māori. How should I answer thoughtfully?',
    "Write a message for my uncle [[PERSON|Aurelio]] declining his invitation to invest in his food truck.",
    "[[PERSON|Soo-ah]], [[PERSON|Yerin]] and [[PERSON|Haeun]] want to start a book club. Suggest five first books.",
    "My husband [[PERSON|Lachlan]] says I never text back. I do, just slowly. How do I explain that I'm not ignoring him?",
]

# 40 requests carrying the writer's own contact data or a friend's.
CONTACT = [
    "Can you format this for my email signature: [[PERSON|Adaeze Nwosu]], [[PHONE_NUMBER|07700 900418]], [[EMAIL_ADDRESS|adaeze.nwosu@fastmail.co.uk]]",
    "my number changed, help me write a text to everyone: new no. is [[PHONE_NUMBER|07700900562]] xx [[PERSON|kemi]]",
    "Please write a note for the school office: [[PERSON|Tobenna]]'s pickup today is his aunt, [[PERSON|Chinwe Eze]], phone [[PHONE_NUMBER|(617) 555-0133]].",
    "I'm moving to [[STREET_ADDRESS|14 Rue des Lilas, 69003 Lyon]] next month. Make me a checklist of who to notify.",
    "Help me fill in a change-of-address form: old [[STREET_ADDRESS|22 Ashgrove Road, Leeds LS6 2DX]], new [[STREET_ADDRESS|Flat 3, 9 Harcourt Street, Bristol BS2 8EX]].",
    "My friend [[PERSON|Nikhil Reddy]] was born on 12 March 1994. How old will he be at his next birthday? I want to email him a voucher at [[EMAIL_ADDRESS|nikhil.reddy94@gmail.com]].",
    "Write a polite chaser to the gym: my member number is [[ID_NUMBER|GYM-448120]] and I was charged twice in May.",
    'Can you check this reads ok? "Hi, it\'s [[PERSON|Tran Thi Mai]], account [[ID_NUMBER|30918277]], please call me back on [[PHONE_NUMBER|0903 412 785]]."',
    "Translate into Korean for my landlord: I'm [[PERSON|Chloe Park]] in unit 502, my number is [[PHONE_NUMBER|010-7741-2085]].",
    "My host family's address is [[STREET_ADDRESS|〒150-0001 東京都渋谷区神宮前4-12-8]]. How do I write it on an envelope sent from Canada?",
    "Fill in this booking for me: [[PERSON|Maria Gabriela Souza]], born 03/07/1988, [[PHONE_NUMBER|(11) 98734-2261]], [[EMAIL_ADDRESS|mgsouza@uol.com.br]].",
    "Write a short bio for the choir newsletter: [[PERSON|Eilidh MacLeod]], alto, joined 2019, reach her at [[EMAIL_ADDRESS|eilidh.macleod@btinternet.com]] or [[PHONE_NUMBER|0131 496 0277]].",
    "I keep forgetting my library card number, [[ID_NUMBER|2 2071 00483 1946]]. Make me a mnemonic for it.",
    "Hi, can you remind me to call [[PERSON|Oyinlola]] on [[PHONE_NUMBER|+234 803 517 2294]] on her birthday, 9 August?",
    "Check my CV header: [[PERSON|Gurleen Kaur Sandhu]] | [[PHONE_NUMBER|+91 98150 44721]] | [[EMAIL_ADDRESS|gurleen.sandhu@outlook.in]] | Ludhiana",
    "My son's NHS number is [[ID_NUMBER|485 777 3023]] and the GP wants it on the form along with his date of birth, 14/02/2017. Which box does it go in?",
    "Draft a note to leave for [[PERSON|Hemi Walker]] at [[STREET_ADDRESS|7 Kowhai Lane, Ponsonby, Auckland 1011]] asking him to trim the hedge.",
    "Can you make this into a contact card? [[PERSON|Paulo Tuilagi]], [[PHONE_NUMBER|021 448 9073]], [[EMAIL_ADDRESS|paulo.t@xtra.co.nz]], birthday 21 Nov 1990.",
    "Our babysitter [[PERSON|Ji-woo]] gave me her number, [[PHONE_NUMBER|010 3358 9102]]. How do I save it so it still works when I'm back in the UK?",
    "Write a lost-property notice: if found, please contact [[PERSON|Zeynep Aydın]], [[PHONE_NUMBER|0532 418 27 63]].",
    "I'm [[PERSON|Tomasz Kowalski]], PESEL [[ID_NUMBER|88071428518]]. Do I need this number to register at a clinic in Kraków?",
    "Help me write a complaint to my bank: account [[ID_NUMBER|71829304]], sort code 40-11-62, a payment of £240 vanished last week.",
    "Email [[PERSON|Henderson]] at [[EMAIL_ADDRESS|g.henderson@brightwell-logistics.com]] that the report slips to Monday. Keep it short.",
    "My PPS number is [[ID_NUMBER|6843917L]]. Is that what Revenue means by 'personal public service number' on this form?",
    "Write a text for [[PERSON|Rhiannon]] with the address for Saturday: [[STREET_ADDRESS|3 Heol y Nant, Aberystwyth SY23 1PB]], ring the bell twice.",
    "Set a reminder: [[PERSON|Mateo Álvarez]]'s new number is [[PHONE_NUMBER|+34 612 48 39 07]], and he lives at [[STREET_ADDRESS|Calle de Toledo 48, 3º B, 28005 Madrid]] now.",
    "Make a label for the parcel to my sister: [[PERSON|Lena Hofmann]], [[STREET_ADDRESS|Kastanienallee 19, 10435 Berlin]].",
    "The vet needs my details again: [[PERSON|Sakura Ito]], [[PHONE_NUMBER|090-6621-4873]], [[EMAIL_ADDRESS|sakura.ito.home@docomo.ne.jp]]. Write the email for me.",
    "my uni login is [[ID_NUMBER|s2290417]] and it keeps locking me out, what do i tell IT",
    "Please draft a reply to the dentist confirming I'm [[PERSON|Farah Haddad]], DOB 30/11/1979, patient no. [[ID_NUMBER|PT-0063318]].",
    "Can you tidy this for the party invite? RSVP to [[PERSON|Lupe Fonoti]] on [[PHONE_NUMBER|0491 570 238]] or [[EMAIL_ADDRESS|lupe.fonoti@bigpond.com]] by 1 June.",
    "[[PERSON|Pedro]] asked me to send his address to the courier: [[STREET_ADDRESS|Rua Augusta 112, 2.º Esq., 1100-053 Lisboa]]. Write the message in Portuguese.",
    "I want to give my grandmother's carer a reference. Her name is [[PERSON|Marites Dela Cruz]], [[PHONE_NUMBER|+63 917 552 0841]]. Can you start it for me?",
    "Add my frequent flyer number [[ID_NUMBER|447109263]] to an email asking the airline about missing miles from my Lisbon trip.",
    "Write a birthday reminder list: [[PERSON|Aiyana]] 4 Feb, [[PERSON|Reza]] 17 Apr, [[PERSON|Ottilie]] 2 Sep. [[PERSON|Reza]]'s number is [[PHONE_NUMBER|+98 912 304 7716]].",
    "Is this a scam? Someone texted [[PHONE_NUMBER|4165550182]], which is my number, claiming to be my bank and asking for my card's last four digits.",
    "I'm [[PERSON|Eszter Nagy]], [[STREET_ADDRESS|Király utca 46, 1061 Budapest]]. Write a short letter to the council about the noisy bar below my flat.",
    "Help me answer a flat ad in Prague. I'm [[PERSON|Jakub Novotný]], [[PHONE_NUMBER|+420 731 228 506]], [[EMAIL_ADDRESS|jakub.novotny@seznam.cz]].",
    "my friend [[PERSON|dimitra]] lives at [[STREET_ADDRESS|Odos Ermou 27, 105 63 Athens]], how much is postage for a 2kg box from the us",
    "Text to send: 'Hi [[PERSON|Ngaio]], gate code is [[PASSWORD|4471#]], I'm at [[STREET_ADDRESS|58 Grey Street, Kingsland, Auckland 1021]]'. Does that sound friendly?",
]

# 40 pasted snippets: group chats, RSVP lists, class lists, rotas, voicemails, e-mails, references.
PASTED = [
    # group-chat exports
    "Who's bringing what? Summarise this:\n[14/06/2025, 18:02] [[PERSON|Tolu Bankole]]: I'll do jollof and plantain\n[14/06/2025, 18:04] [[PERSON|Kemi Adewale]]: drinks from me\n[14/06/2025, 18:05] [[PERSON|Chidera]]: cake!! [[PERSON|Tolu]] don't forget the foil trays\n[14/06/2025, 18:09] [[PERSON|Tolu Bankole]]: noted 👍",
    "Turn this group chat into a cleaning rota:\n[[PERSON|Kasia]]: I did the kitchen Sunday\n[[PERSON|Dimitris]]: bins are mine this week\n[[PERSON|Hamish]]: can someone swap bathroom with me, I'm away Thu-Sun\n[[PERSON|Kasia]]: I'll swap if you take hoovering\n[[PERSON|Hamish]]: deal",
    "From our family chat, what did everyone agree about Mum's 70th?\n[[PERSON|Aroha]]: booking the hall for the 12th\n[[PERSON|Rangi]]: I'll do the slideshow\n[[PERSON|Aroha]]: [[PERSON|Wiremu]] can you ring the caterers\n[[PERSON|Wiremu]]: yep on it\nNan: no speeches longer than 5 min please",
    "Can you pull the action items out of this Slack thread?\n[[PERSON|Priya Raman]] 9:14 AM\n@[[ID_NUMBER|joel.k]] can you send the deck to [[PERSON|Henderson]] before noon\n[[PERSON|Joel Kingsley]] 9:16 AM\nwill do, also looping in [[PERSON|Ferreira]] for the numbers\n[[PERSON|Ferreira]] 9:20 AM\nnumbers by 11, [[PERSON|Priya]] can you check slide 7",
    "Who is driving according to this chat?\n[02/09/25 07:41] [[PERSON|Sione]]: van fits 7\n[02/09/25 07:43] [[PERSON|Malia]]: me + [[PERSON|Tavita]] + [[PERSON|Losa]] in your van then\n[02/09/25 07:44] [[PERSON|Iosefa]]: I'll take my car w [[PERSON|Mele]] and [[PERSON|Fetu]]\n[02/09/25 07:50] [[PERSON|Sione]]: meet 8:30 at mine",
    "Export from the netball group, please list who hasn't paid:\n[[PERSON|Bethan]]: paid £20 ✅\n[[PERSON|Ffion]]: paid\n[[PERSON|Carys]]: will pay Friday\n[[PHONE_NUMBER|+44 7700 900731]]: who is this group for? 😅\n[[PERSON|Nia]]: [[PERSON|Lowri]] hasn't replied yet",
    # RSVP lists
    "Count the yeses and the dietary needs:\nRSVP\n[[PERSON|Margaret Oduya]]: yes, 2, no nuts\n[[PERSON|Liam Ó Briain]]: yes, 1\n[[PERSON|Sunita Pillai]]: no\n[[PERSON|Hyun-woo Lim]]: yes, 2, vegetarian\n[[PERSON|Gabriela Sánchez]]: maybe\n[[PERSON|Ewan Baird]]: yes, 3 (kids under 5)",
    "Make a seating chart from these RSVPs:\n1. [[PERSON|Thandiwe Mokoena]] + partner, [[EMAIL_ADDRESS|thandi.mokoena@webmail.co.za]]\n2. [[PERSON|Arash Karimi]], [[EMAIL_ADDRESS|arash.k@protonmail.com]]\n3. [[PERSON|Orla Kennedy]] + [[PERSON|Fintan Kennedy]]\n4. [[PERSON|Quách Minh Tú]], declined\n5. [[PERSON|Wren Holloway]] + guest",
    "Which kids are coming? From my notes: [[PERSON|Ayo]] ✓, [[PERSON|Mila]] ✓, [[PERSON|Rocky]] ✗ (swimming), [[PERSON|Zara]] ✓, [[PERSON|Jun-seo]] ?, [[PERSON|Ffion]] ✓, [[PERSON|Keanu]] ✓. [[PERSON|Jun-seo]]'s dad said he'll confirm tonight.",
    "Clean this RSVP export into a table:\nname,email,attending,guests\n[[PERSON|Imani Brooks]],[[EMAIL_ADDRESS|imani.brooks@gmail.com]],yes,1\n[[PERSON|Devika Menon]],[[EMAIL_ADDRESS|devika.menon@yahoo.co.in]],yes,0\n[[PERSON|Stanisław Wróbel]],[[EMAIL_ADDRESS|s.wrobel@o2.pl]],no,0\n[[PERSON|Clay Whitaker]],[[EMAIL_ADDRESS|clay.whit@icloud.com]],yes,2",
    "Can you write one message to everyone in this RSVP list about the venue change?\nYes: [[PERSON|Autumn]], [[PERSON|Oisín]], [[PERSON|Marta]], [[PERSON|Keoni]]\nNo: [[PERSON|Honey]], [[PERSON|Dermot]]\nNo reply yet: [[PERSON|Blaze]], [[PERSON|Saanvi]]",
    "Turn this into a list for reminder texts:\n- [[PERSON|Nkechi]], [[PHONE_NUMBER|(312) 555-0164]], coming\n- [[PERSON|Gustavo]], [[PHONE_NUMBER|312-555-0119]], coming\n- [[PERSON|Lan]], [[PHONE_NUMBER|(773) 555-0107]], not sure yet",
    # class lists
    "Split this class into 4 reading groups of similar size:\n[[PERSON|Adebayo, Tobi]]\n[[PERSON|Brennan, Saoirse]]\n[[PERSON|Chen, Yutong]]\n[[PERSON|Dąbrowski, Kuba]]\n[[PERSON|Ekström, Elsa]]\n[[PERSON|Farouk, Layla]]\n[[PERSON|Gallagher, Conor]]\n[[PERSON|Huỳnh, Bảo]]",
    "Make a register sheet from this list, Year 4 Kōwhai:\n[[PERSON|Aperahama Tane]], [[ID_NUMBER|ST40211]]\n[[PERSON|Isla Fraser]], [[ID_NUMBER|ST40212]]\n[[PERSON|Manaia Leota]], [[ID_NUMBER|ST40219]]\n[[PERSON|Ruby Chen]], [[ID_NUMBER|ST40225]]\n[[PERSON|Tama Ngata]], [[ID_NUMBER|ST40230]]",
    "Our class contact list, can you sort it alphabetically?\n[[PERSON|Zhou Xinyi]] (mum: [[PERSON|Wang Fang]], [[PHONE_NUMBER|07700 900284]])\n[[PERSON|Amara Obi]] (dad: [[PERSON|Ikenna Obi]], [[PHONE_NUMBER|07700 900915]])\n[[PERSON|Lewis Drummond]] (gran: [[PERSON|Morag Drummond]], [[PHONE_NUMBER|0131 496 0532]])",
    "Ms [[PERSON|Okafor]]'s Year 2 list: which names might supply teachers struggle to pronounce? [[PERSON|Nneka]], [[PERSON|Siddharth]], [[PERSON|Tadhg]], [[PERSON|Niamh]], [[PERSON|Xochitl]], [[PERSON|Przemek]], [[PERSON|Aoife]], [[PERSON|Ngọc Anh]]",
    "Seminar group B (Tuesdays), please draft a welcome email to all four:\n[[PERSON|Eleftheria Papadaki]] [[EMAIL_ADDRESS|e.papadaki@stud.kingsbridge.ac.uk]]\n[[PERSON|Oskar Lindahl]] [[EMAIL_ADDRESS|o.lindahl@stud.kingsbridge.ac.uk]]\n[[PERSON|Precious Mensah]] [[EMAIL_ADDRESS|p.mensah@stud.kingsbridge.ac.uk]]\n[[PERSON|Rahul Venkatesan]] [[EMAIL_ADDRESS|r.venkatesan@stud.kingsbridge.ac.uk]]",
    "Sort my Saturday dance class by age, youngest first: [[PERSON|Lark]] 7, [[PERSON|Esperanza]] 9, [[PERSON|Mei]] 6, [[PERSON|Aylin]] 8, [[PERSON|Wiktoria]] 7, [[PERSON|Hope]] 9, [[PERSON|Kalinda]] 6",
    # babysitting rotas
    "Turn this babysitting rota into a calendar:\nMon: [[PERSON|Ngozi]] (after school till 6)\nTue: Grandma\nWed: [[PERSON|Ffion]]\nThu: [[PERSON|Ngozi]]\nFri: [[PERSON|Tavita]] (pick up from swimming)\nSat night: [[PERSON|Rosalind]], [[PHONE_NUMBER|07700 900346]]",
    "Babysitting swap between our three families, who owes whom hours?\nWeek 1: [[PERSON|Yara]] watched [[PERSON|Lucas]] + [[PERSON|Inês]] 4h\nWeek 2: [[PERSON|Mireille]] watched [[PERSON|Yara]]'s twins 3h\nWeek 3: I watched [[PERSON|Mireille]]'s boy [[PERSON|Théo]] 5h",
    "Can you check this sitter rota for gaps?\nSitter notes: key safe code [[PASSWORD|2580]], wifi [[PASSWORD|lemontree77]]\n1-5 Jul: [[PERSON|Aiyana]]\n6-9 Jul: [[PERSON|Sun-hee]]\n12-14 Jul: [[PERSON|Bronwen]]\nEmergency: [[PERSON|Malcolm]] next door, [[PHONE_NUMBER|07700 900659]]",
    "Half-term babysitting rota, rewrite it as a table please:\nMon, Tue: morning [[PERSON|Rukhsana]], afternoon [[PERSON|Oskar]]\nWed: morning [[PERSON|Oskar]], afternoon [[PERSON|Teresa Lim]]\nThu: all day with Grandma [[PERSON|Akosua]]\nFri: me (half day)",
    "Whose turn is it on the 20th? Our rota says odd dates [[PERSON|Dariusz]], even dates [[PERSON|Magdalena]], and weekends Babcia [[PERSON|Halina]] unless she's at the allotment.",
    "Merge the nanny-share schedule from the other family's email with ours: 'Mon/Wed at ours, Tue/Thu at [[PERSON|Rosa Delgado]]'s place, Fri alternates. [[PERSON|Imelda]] does pickups; her number is [[PHONE_NUMBER|(646) 555-0142]].'",
    # voicemail transcripts
    "Summarise this voicemail: \"Hi, it's [[PERSON|Deborah]] from Dr [[PERSON|Mistry]]'s surgery, calling for [[PERSON|Alan Whitcombe]]. Your blood results are back, nothing urgent, but please ring us on [[PHONE_NUMBER|020 7946 0381]] to book a follow-up. Thanks, bye.\"",
    "Transcribed voicemail, what does he want? \"Yeah hi, [[PERSON|Gary Lynch]] here, at number 12, um, your alarm's been going since 7, I've got a key from [[PERSON|Sandra]] but didn't want to just go in. Call me, [[PHONE_NUMBER|07700 900803]].\"",
    'Can you translate this voicemail transcript? "Hola [[PERSON|Carmen]], soy [[PERSON|Josefina]], te llamo por lo de la fiesta de [[PERSON|Luisito]], ¿me puedes llamar al [[PHONE_NUMBER|+52 55 4172 3390]]? Besos."',
    'Voicemail from the school, what should I do? "Good morning, this is Mrs [[PERSON|Kapoor]], head of Year 9, about [[PERSON|Ethan Mwale]]. He wasn\'t in registration today. Please call the attendance line on [[PHONE_NUMBER|0131 496 0745]]."',
    "Write a reply to this voicemail: \"Hi, it's [[PERSON|Olamide]] from Harbour Interiors, re the quote for Mrs [[PERSON|Fairweather]]'s kitchen. Can you call me on [[PHONE_NUMBER|(202) 555-0176]] before Thursday? Cheers.\"",
    "What's the gist of this voicemail? \"[[PERSON|Minji]]-ya, it's [[PERSON|Seo-yeon]], I'm outside your building but the door code [[PASSWORD|1029*]] isn't working. Call me at [[PHONE_NUMBER|010-2874-5531]], it's freezing.\"",
    # e-mails with a signature
    "Make this email sound more professional:\nhey [[PERSON|Marcus]], the files are in the drive, lmk if anything's missing\ncheers\n[[PERSON|Ifeoma Chukwu]]\nSenior Analyst | Larch & Finch\n[[PHONE_NUMBER|+44 20 7946 0558]] | [[EMAIL_ADDRESS|ifeoma.chukwu@larchfinch.co.uk]]",
    "Shorten this email but keep the signature:\nDear Ms [[PERSON|Varga]],\nFurther to our call, I attach the revised lease for the flat at [[STREET_ADDRESS|Bartók Béla út 31, 1114 Budapest]]. Please sign both copies and return them by Friday.\nKind regards,\n[[PERSON|Tamás Horváth]]\nDunapart Ingatlan\n[[PHONE_NUMBER|+36 30 418 2975]]",
    "Reply to this for me saying yes to Tuesday:\nHi there,\nWould Tuesday at 3 work to view the allotment? Plot 14 is by the shed.\nBest,\n[[PERSON|Gwen Pritchard]]\nAllotment Secretary, Heol Fach Allotments\n[[EMAIL_ADDRESS|gwen.pritchard@heolfach-allotments.org.uk]]",
    "What's the tone of this email?\n[[PERSON|Pooja]],\nI noticed the Q3 deck still has the old numbers. This is the second time. Please fix it before the client call.\n[[PERSON|Raghav Subramanian]]\nHead of Delivery\nm. [[PHONE_NUMBER|+91 99401 27365]]",
    "Translate into Spanish and keep the signature:\nHello [[PERSON|Esteban]],\nThe boxes arrived and two were damaged. Could you send replacements?\nThanks,\n[[PERSON|Kirsty Dunlop]]\nThistle & Loom\n[[STREET_ADDRESS|12 Canal Street, Glasgow G4 0AD]]\n[[PHONE_NUMBER|0141 496 0872]]",
    "Fix the grammar:\nHi Coach [[PERSON|Dale]],\n[[PERSON|Tobenna]] will be miss training on Wednesday because of dentist appointment. Sorry for short notice.\nThanks,\n[[PERSON|Chioma Eze]]\n[[PHONE_NUMBER|(617) 555-0190]]",
    # reference letters
    "Proofread this reference letter:\nTo whom it may concern,\nI have known [[PERSON|Kwabena Asante]] for four years as his line manager at Northgate Pharmacy. [[PERSON|Kwabena]] is reliable, calm with difficult customers and quick to learn.\nYours faithfully,\n[[PERSON|Helen Gray]]\nPharmacy Manager\n[[EMAIL_ADDRESS|h.gray@northgatepharmacy.co.uk]]",
    'Is this tenant reference too vague? "[[PERSON|Lucía Romero]] rented [[STREET_ADDRESS|Flat 2, 41 Albion Road, Sheffield S2 4HS]] from March 2021 to May 2024. Rent was always on time and the flat was left clean. [[PERSON|Peter Kaczmarek]], landlord, [[PHONE_NUMBER|07700 900127]]"',
    "Make this reference letter stronger:\nDear Admissions Committee,\nIt is a pleasure to recommend [[PERSON|Shirin Tavakoli]], who took my Organic Chemistry course in 2023. [[PERSON|Shirin]] asked the sharpest questions in a class of 120.\nSincerely,\nDr [[PERSON|Marcus Oyelowo]]",
    'Write a reply thanking her for this: "To whom it may concern, [[PERSON|Rawiri Te Awa]] has volunteered at our food bank every Saturday since 2020. He trains new volunteers and runs the Friday deliveries. Please contact me on [[PHONE_NUMBER|021 557 3392]]. [[PERSON|Janet Sorensen]], Coordinator"',
]

# 40 everyday requests naming nobody.
CLEAN_EVERYDAY = [
    "What's a good way to keep basil alive on a windowsill?",
    "Give me a 20-minute bodyweight workout I can do in a hotel room.",
    "How long should I boil an egg for a jammy yolk?",
    "Explain the difference between a Roth IRA and a traditional IRA in plain terms.",
    "Write a short note to my neighbours apologising for the noise during our renovation.",
    "What should I pack for a three-day hiking trip in late spring?",
    "How do I get candle wax out of a carpet?",
    "Suggest five board games for a family with kids aged 6 and 10.",
    "Can you help me write a polite message asking my landlord to fix a leaking tap?",
    "What's the best way to learn touch typing as an adult?",
    "How do I tell my manager I'm feeling burnt out without sounding like I'm quitting?",
    "Give me a weekly meal plan for two people on a tight budget.",
    "Why does my sourdough come out dense in the middle?",
    "What are some ways to make new friends after moving to a new city?",
    "Help me write a birthday message for a coworker I don't know very well.",
    "How do I set up a shared family calendar on my phone?",
    "What's a reasonable bedtime for a seven-year-old on school nights?",
    "Draft a text to the group chat saying I can't make dinner tonight.",
    "Is it safe to freeze cooked rice and reheat it later?",
    "How can I stop procrastinating on my tax return?",
    "Write a thank-you card for my child's teacher at the end of the year.",
    "How should I split chores fairly between three flatmates?",
    "What's a good gift for a friend who just had a baby?",
    "Explain how compound interest works with a simple example.",
    "My toddler refuses vegetables. Any tricks that actually work?",
    "How do I politely decline a wedding invitation from an old classmate?",
    "What are the signs that a houseplant is overwatered?",
    "Plan a rainy-day itinerary for a weekend in a small coastal town.",
    "How do I write a cover letter when changing careers?",
    "Give me some conversation starters for a first date.",
    "What's the etiquette for tipping a hairdresser?",
    "Help me make a packing list for a toddler on a long-haul flight.",
    "Can you explain what a credit score is and how to improve mine?",
    "How often should I replace my running shoes?",
    "Write a short, kind message to a friend who's grieving.",
    "How do I get my teenager to put their phone away at dinner?",
    "What are cheap date ideas for a couple staying home on a Friday?",
    "How do I ask my boss for a day off at short notice?",
    "Suggest a simple morning routine for someone who hates mornings.",
    "What should I write in a leaving card for a colleague I barely worked with?",
]

# 30 naming public figures, athletes, musicians, fictional characters, saints, brands and
# places named after people.
CLEAN_PUBLIC = [
    "Why did Taylor Swift re-record her early albums?",
    "Summarise the plot of Pride and Prejudice, focusing on Elizabeth Bennet and Mr Darcy.",
    "How many Ballon d'Or awards has Lionel Messi won?",
    "What's the quickest route from Heathrow to St Pancras?",
    "Write a short poem in the style of Emily Dickinson about rain.",
    "Who was Saint Patrick and why is he linked to Ireland?",
    "Is the McDonald's breakfast menu available all day in the UK?",
    "Explain Newton's three laws of motion for a ten-year-old.",
    "Which Harry Potter book introduces Luna Lovegood?",
    "Plan a day in Washington, D.C. that covers the Lincoln Memorial and the Smithsonian.",
    "What made Serena Williams so dominant on grass courts?",
    "Recommend albums similar to Burna Boy's African Giant.",
    "How did Hayao Miyazaki start Studio Ghibli?",
    "What's the story of Saint Nicholas and how did he become Santa Claus?",
    "Compare the Tesla Model 3 with a Ford Mustang Mach-E for a family of four.",
    "Who wrote the Sherlock Holmes stories, and in what order should I read them?",
    "Give me a short bio of Chimamanda Ngozi Adichie for a book club handout.",
    "What's the best time of year to visit Victoria Falls?",
    "Why is Frida Kahlo's work so associated with self-portraits?",
    "Which member of BTS released the single Seven?",
    "What did Marie Curie discover, and why did she win two Nobel Prizes?",
    "What are the opening hours of the Van Gogh Museum in Amsterdam?",
    "Write a Shrek-themed birthday invitation for a six-year-old.",
    "How many goals did Pelé score for Brazil?",
    "Explain the ending of The Great Gatsby and what happens to Jay Gatsby.",
    "Are any Ben & Jerry's flavours vegan-friendly?",
    "Recommend Bollywood films starring Shah Rukh Khan for a first-timer.",
    "Why is Hermione Granger considered a feminist icon?",
    "What's the weather like in São Paulo in July?",
    "How did Saint Lucia get its name, and is it a good place for a honeymoon?",
]

# 15 word problems with fictional first names.
CLEAN_PROBLEMS = [
    "Amara has 24 stickers and gives a third of them to Kofi. How many does she have left?",
    "If Priya reads 15 pages a day, how many days will she take to finish a 420-page book?",
    "Tomás and Lucía share 56 sweets in the ratio 3:5. How many does Lucía get?",
    "Hana runs 5 km in 27 minutes. At the same pace, how long would 8 km take her?",
    "Oliver buys 3 notebooks at £2.40 each and pays with a £10 note. What change does he get?",
    "Chen saves 12 dollars a week and Mei saves 15. After how many weeks will Mei have 45 dollars more than Chen?",
    "A train leaves at 14:35 and arrives at 17:10. Ifeoma falls asleep exactly halfway through the trip. At what time does she fall asleep?",
    "Siosaia has twice as many marbles as Ana, and together they have 36. How many does each have?",
    "Mateusz paints a fence 18 m long in 4 hours. How long will a 27 m fence take him?",
    "Aroha bakes 5 trays of 12 cookies and keeps 14. She shares the rest equally among 4 friends. How many does each get?",
    "Yusuf's car uses 6.5 litres per 100 km. How much fuel does he need for a 340 km trip?",
    "Nadia is 4 years older than her brother Sami. In 6 years their ages will add up to 40. How old is Nadia now?",
    "Kenji buys a jacket discounted by 20% to 64 euros. What was the original price?",
    "Bridget can paint a room alone in 6 hours and Declan in 3. How long will it take them together?",
    "Lerato invests 2,000 rand at 5% simple interest. How much interest does she earn after 3 years?",
]

# 15 where a name-like word is a common word.
CLEAN_WORDS = [
    "Is there still hope for tomato seedlings that got frost last night?",
    "How do I preserve autumn leaves so they keep their colour?",
    "Can I fire clay pots in a home oven, or do they need a kiln?",
    "What does a wren's nest look like and when do wrens breed?",
    "Does raw honey ever go off if I keep it in the cupboard?",
    "What does the phrase 'up with the lark' mean?",
    "How do firefighters tackle a blaze in a high-rise building?",
    "Why is rocky soil bad for growing carrots?",
    "Write a motivational quote about hope for a classroom wall.",
    "What's the difference between a buck and a stag?",
    "Which shrubs give the best autumn colour in a small garden?",
    "How do I seal air-dry clay so it's waterproof?",
    "Is honey safe for a baby under one year old?",
    "Explain the idiom 'just for a lark' with two examples.",
    "Give me tips for photographing a blaze of sunset colour over the sea.",
]

NATIONAL_IDS = {
    "485 777 3023": nhs_ok,  # NHS number
    "88071428518": pesel_ok,  # Polish PESEL
    "6843917L": pps_ok,  # Irish PPS number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, with and without a space
        r"\+44 7700 900\d{3}",
        r"\+44 20 7946 0\d{3}",  # London drama range
        r"020 7946 0\d{3}",
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"0141 496 0\d{3}",  # Glasgow drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-?555-?01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"010[- ]\d{4}[- ]\d{4}",  # South Korea mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
        r"02[1-9] \d{3} \d{4}",  # New Zealand mobile
        r"05\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"\+234 \d{3} \d{3} \d{4}",  # Nigeria
        r"\+91 \d{5} \d{5}",  # India
        r"\+34 \d{3}( \d{2}){3}",  # Spain
        r"\+63 9\d{2} \d{3} \d{4}",  # Philippines
        r"\+98 9\d{2} \d{3} \d{4}",  # Iran
        r"\+420 \d{3} \d{3} \d{3}",  # Czechia
        r"\+36 \d{2} \d{3} \d{4}",  # Hungary
        r"\+52 55 \d{4} \d{4}",  # Mexico City
    )
]


def check_mix() -> None:
    """Every chat request names someone; 55 to 70 of them say no relation word or title; the
    contact requests carry contacts or numbers, not only names."""
    for marked in CHAT:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"chat: no name in {marked[:60]!r}")
    bare = sum(not RELATION.search(strip_marks(t)[0]) for t in CHAT)
    if not NO_RELATION[0] <= bare <= NO_RELATION[1]:
        raise SystemExit(f"chat: {bare} texts without a relation word or title")
    for marked in CONTACT:
        if all(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"contact: only names in {marked[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 140),
        "contact": (CONTACT, 40),
        "pasted": (PASTED, 40),
        "clean everyday": (CLEAN_EVERYDAY, 40),
        "clean public": (CLEAN_PUBLIC, 30),
        "clean problems": (CLEAN_PROBLEMS, 15),
        "clean words": (CLEAN_WORDS, 15),
    }
    pii = CHAT + CONTACT + PASTED
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("contact", CONTACT, CONTACT_WORDS, (1, 6))
    check_counts("pasted", PASTED, PASTED_WORDS, (1, 20))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind55", HERE, sections, {"chat", "contact", "pasted"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
