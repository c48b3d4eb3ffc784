# ruff: noqa: E501
"""A ninth blind privacy set: 300 chat texts with personal data and 150 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind8.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no code-filled templates). The texts try to look like
chatbot traffic logged by a company gateway, from six words to about 250:

* 120 everyday assistant requests about private people (friends, relatives, colleagues,
  neighbours, exes, children, pet-sitters): advice, texts, e-mails, cards, toasts,
  complaints, references and apologies; names often once, in the middle of a long
  explanation, with no cue word before them; word- and place-names (Autumn, Reed, Sky,
  Memphis, Dakota, Blessing, Precious, Honey, Journey, Star, Sonny), lone surnames, names of
  many cultures; the first 40 typed all in lower case with chat shorthand and typos, a few
  in German, Spanish, French, Indonesian, Turkish, Italian, Portuguese, Polish and Swedish;
* 60 requests pasting material to rewrite, summarise, translate or fix: customer-service
  e-mails with signatures, chat logs, minutes, doctor and school letters, CVs, cover
  letters, tenancy and HR letters, order confirmations, handover notes;
* 60 work requests with code, configs, logs, SQL, JSON, stack traces, CSV, curl, git logs,
  docker/k8s YAML and CRM exports (names, e-mails, phones, IPs, logins, passwords, keys);
* 60 short statements in the style of small synthetic PII datasets: one invented person and
  some details, each in its own sentence shape, addresses in the formats of over 25
  countries, phones, e-mails, IBANs, cards, national ids, passports, driver licences,
  usernames.

Usernames, logins and customer ids are labelled ID_NUMBER (marks.TYPES has no username
type); titles stay outside PERSON spans; dates of birth and public figures are not labelled.
The 150 clean texts are 40 exam questions and word problems, 30 everyday requests, 30
technical requests with placeholder data and 50 chosen to trip a naive detector. All values
are invented: phones from fictional ranges or made up, cards Luhn-valid, IBANs valid mod 97,
IPs from documentation and private ranges, API keys random.

Run ``.venv/bin/python bench/data/build_blind9.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import MARK, TYPES, iban_ok, luhn_ok, record, strip_marks, write

HERE = Path(__file__).resolve().parent

# 120 everyday assistant requests about private people; the first 40 typed all in lower case.
CHAT = [
    # --- 40 in lower case, chat shorthand and typos ---
    "how do i tell [[PERSON|oluwaseun]] i cant make his wedding w/o it being weird, we were roomates for 3 yrs",
    "pls help me write a bday msg for my lil sis [[PERSON|precious]], she turns 16 sat. likes kpop and horses lol",
    "we're meeting at [[PERSON|kasia]]'s later, what wine goes w pierogi",
    "my neighbour [[PERSON|dakota]] keeps parking across my driveway, draft a polite note i can stick on her windscreen. not passive agressive pls",
    "is it normal that my 4yo still naps 2 hrs a day? daycare says hes fine but [[PERSON|memphis]] is def the only one in his room who does",
    "ok so long story. me and [[PERSON|tomasz]] were supposed to split the airbnb for the lisbon trip, 840 eur total, and i paid the whole thing upfront bc he said hed send me his half by end of the month. its now been 7 weeks. every time i bring it up he goes quiet or sends a meme. last week [[PERSON|wieczorek]] (thats what everyone calls him at work) posted pics from a concert in berlin so its not like hes broke. i dont want to lose the friendship, weve known each other since uni, but i need the money back bc rent is due. how do i bring it up firm but not aggressive? should i just send a request on revolut, is that too cold? his revolut tag is [[ID_NUMBER|tomwiecz88]] if that matters",
    "gift idea for pet sitter [[PERSON|honey]]??",
    "translate to turkish pls: [[PERSON|emre]] abi thank u so much for driving us to the airport, we owe u big time",
    "my ex wants to pick up her stuff sunday and i dont want to be there. how do i say that to [[PERSON|journey]] without starting another fight",
    "can u make this sound less angry: hey [[PERSON|reed]] the rota says ur on bins this week and its the 3rd time in a row ive done them",
    "help me plan a surprise 30th for [[PERSON|ngozi]], budget like 400 quid, she hates being the centre of attention tho so nothing big",
    "toddler keeps biting other kids at nursery what do i do. they sent [[PERSON|sonny]] home today",
    "write a toast for my best mates wedding, groom is [[PERSON|aziz]], bride is [[PERSON|leilani kahale]]. they met at a climbing gym and [[PERSON|aziz]] literally fell on her off the wall lol. 2 mins max",
    "bro [[PERSON|ferreira]] from 5-a-side says he can get us final tickets, is it legit if he wants a bank transfer first??",
    "mother in law is visiting for 2 weeks, any ideas for day trips near manchester w easy walking? [[PERSON|yuki]] has a bad knee",
    "need a reference for our nanny [[PERSON|blessing adeyemi]]. 3 yrs with us, reliable, amazing w the twins, never late once. keep it short n warm",
    "hi can u help me reply to [[PERSON|magnus]], he asked if im still mad about the party and honestly idk if i am",
    "text to my landlord mr [[PERSON|okonkwo]] saying the boiler is broken again since tues and we have a newborn, need it fixed asap. my number is [[PHONE_NUMBER|07700 900418]] if he wants to call",
    "my coworker takes credit for my work in every standup. last one [[PERSON|star]] presented my whole dashboard as hers. how do i handle it w/o looking petty",
    "whats the polite way to say no to babysitting [[PERSON|priya]]'s kids again, i did it twice this month already",
    "write a sorry card for [[PERSON|autumn]], i forgot her bday 🙈 weve been besties since yr 7",
    "is 50 too little as a wedding gift? its my cousin [[PERSON|mateo]]'s, im a student and broke",
    "draft an email to my sons teacher ms [[PERSON|haugland]], he's been getting headaches in class and we think he needs glasses. ask if he can sit at the front for now",
    "deposit still not back. [[PERSON|dmitri]] said 10 days, its been 30. what are my rights in scotland",
    "my dad calls me like 6 times a day at work since mum passed. hes fine, just lonely. how do i talk to [[PERSON|rangi]] about it without hurting him. hes proud and hates feeling like a burden",
    "my teen wont come out of her room except for food. shes 15. normal or should i worry? [[PERSON|sky]] used to be so chatty",
    "gf is vegan and her parents are coming for dinner sat, menu ideas pls. no mushrooms [[PERSON|mei lin]] hates them",
    "funny leaving card msg for [[PERSON|gunnar]]?? hes off to tromsø, loves fishing and terrible puns",
    "im watching [[PERSON|nadia]]'s dog while shes away and he just ate a sock. do i call the vet or wait",
    "email to [[EMAIL_ADDRESS|kemal.aydin77@gmail.com]] asking if the sofa is still available and whether he'd take 120",
    "pls fix grammar: dear [[PERSON|siosaia]], thank you for looking after my mum while i was overseas, she talks about ur visits every day",
    "whatsapp to my tutor cancelling thurs, i tested positive. shes called [[PERSON|anjali]], keep it casual",
    "my uncle [[PERSON|hamid]] wants me to put 10k into his restaurant. how do i say no nicely, family dinners are already tense",
    "can i ask [[PERSON|noor]] out if shes my managers sister? asking for me lol",
    "how to tell my flatmate his music is too loud at 2am without sounding like a boomer. [[PERSON|kwame]] is a nice guy just clueless",
    "thank u note for the lady next door, she shovelled our drive all winter and never said a word. [[PERSON|agnieszka]] i think, or [[PERSON|agi]] for short",
    "[[PERSON|ximena]] n i are fighting abt whose parents we go to for xmas, give me a fair way to decide",
    "can u write a short poem for my grandma [[PERSON|oyelaran]]'s 90th, she was a midwife for 40 yrs in ibadan",
    "my sister [[PERSON|thandiwe]] and her husband [[PERSON|lukas]] want to move in w us for 'a few months' while their house gets built. we have a 2 bed flat and a baby due in june. i love her but this is a terrible idea. [[PERSON|lukas]] works from home and takes calls all day, [[PERSON|thandiwe]] is a night nurse so shed be sleeping when the baby is awake. my partner says i have to be the one to tell them bc its my family. help me write something kind but clear, maybe suggest they look at short lets near us instead",
    "pls help, whats a nice way to tell my pt [[PERSON|dakota rhys]] i wanna pause sessions for a month, money is tight",
    # --- 80 in mixed case ---
    "Can you help me write a birthday message for [[PERSON|Reed]]? He's turning 40 and hates fuss.",
    "My daughter's friend [[PERSON|Blessing]] is sleeping over on Friday and her mum asked if we have pets — we do, a rabbit. How should I reply so she doesn't worry about allergies?",
    "Draft a complaint to the management company. Our neighbour in flat 4, Mr [[PERSON|Castellanos]], has been running a washing machine at 3am for weeks and nobody answers our emails.",
    "I'm giving the best man speech on Saturday. The groom is [[PERSON|Ikechukwu]], we grew up on the same street, he once set fire to a shed trying to make toast on a camping stove. Can you give me an opening that's funny but not embarrassing in front of his new in-laws?",
    "Quick one: is 'Dear Ms [[PERSON|Lindqvist]]' or 'Hi [[PERSON|Freja]]' better for a first email to a landlady? She signed her message just '[[PERSON|Freja]]'.",
    "Then [[PERSON|Oluwaseun]] said it was fine, so we went ahead and booked. Now his sister is upset she wasn't asked. Who's in the wrong here?",
    "Write a short apology text. I snapped at [[PERSON|Precious]] in the group chat because I was stressed about work and she didn't deserve it.",
    "My son's football coach, [[PERSON|Sonny McAllister]], asked parents to write a few lines about the season for the end-of-year booklet. Something warm, 3-4 sentences?",
    "We're meeting at [[PERSON|Kasia]]'s later and I said I'd bring dessert for eight. Something that travels well on the tram?",
    "Need to write a reference for my former colleague [[PERSON|Memphis Oduya]]. She was a junior analyst on my team for two years, very strong at Excel modelling, a bit quiet in meetings. Honest but positive please.",
    "How do I support a friend whose dog died? [[PERSON|Wanjiru]] had him for 14 years.",
    "Help me word a message to my ex. We share custody of our cat (yes really) and I want to move the handover from Sunday to Saturday. [[PERSON|Dakota]] gets prickly about schedule changes.",
    "Could you translate this into Polish for my grandmother: 'Babcia, we will come to visit in August, [[PERSON|Marek]] is finally taking holidays.'",
    "Write a leaving speech for [[PERSON|Journey]], our office manager of eleven years. She knows everyone's coffee order and once talked a courier into coming back at 9pm.",
    "My mum keeps forwarding me fake news on WhatsApp. How do I gently explain fact-checking to her? She's 71 and very stubborn, and [[PERSON|Adaeze]] (my sister) already tried and got shouted at.",
    "Is it rude to ask for the concert money back? [[PERSON|Hiroshi]] owes me £85 since March.",
    "I need a card message for my neighbour [[PERSON|Autumn Pellegrini]] who just had twins. We aren't close but she took in our parcels all year.",
    "Write a funny haiku about [[PERSON|Baptiste]] who always microwaves fish in the office kitchen.",
    "Can you rewrite this so it sounds more professional? 'Hi [[PERSON|Sky]], sorry the report is late, [[PERSON|Kofi]] was off sick and I had to redo his bits.'",
    "My housemate has left his dishes in the sink for a week. How do I raise it without a fight? Last time I mentioned cleaning [[PERSON|Lars]] didn't talk to me for two days.",
    "Plan a three-day itinerary in Lisbon for me and [[PERSON|Inês]] — she loves tiles and seafood, I love football museums.",
    "I'm writing my grandfather's eulogy. His name was [[PERSON|Tevita Fifita]], he came to Auckland from Tonga in 1968, worked on the wharves for thirty years and sang in the church choir every Sunday. Help me structure it into five parts.",
    "Ideas for a 10th anniversary gift for [[PERSON|Soraya]]? She's into pottery and hates jewellery.",
    "The teacher says [[PERSON|Darnell]] is 'disruptive' but he's bored because the work is too easy. How do I bring this up at parents' evening without sounding like one of those parents?",
    "Can you draft a WhatsApp to the group: dinner at [[PERSON|Heike]]'s moved to 8pm, bring your own drinks, park on the side street.",
    "Schreib mir bitte eine kurze Nachricht an Frau [[PERSON|Brandstätter]], dass ich den Schlüssel für die Wohnung am Montag vorbeibringe.",
    "¿Me ayudas a escribir un mensaje para [[PERSON|Guadalupe]]? Quiero agradecerle por cuidar a mis hijos el fin de semana.",
    "Pouvez-vous corriger ce mot : « Chère [[PERSON|Maëlle]], merci pour ton accueil à Rennes, on a adoré la galette de ta mère. »",
    "Tolong bantu saya menulis ucapan ulang tahun untuk Pak [[PERSON|Wahyudi]], atasan saya, yang ke-55.",
    "[[PERSON|Ayşe]] Hanım'a komşuluk için teşekkür eden kısa bir not yazar mısın? Taşınıyoruz.",
    "Come posso dire a [[PERSON|Graziella]] che non posso venire al battesimo senza offenderla?",
    "Preciso de uma mensagem para o [[PERSON|Thiago]], meu colega de quarto, sobre dividir a conta de luz que veio altíssima.",
    "Napisz proszę życzenia imieninowe dla [[PERSON|Bożeny]] z pracy, coś krótkiego i zabawnego.",
    "Hjälp mig skriva ett sms till [[PERSON|Ingrid]] om att vi inte kan komma på midsommar i år.",
    "So [[PERSON|Hollis]] — the guy who runs the allotment committee — told me my shed is 30cm too tall and has to come down by the end of the month. I built it from a kit I bought at the garden centre, and nobody said anything when I put it up two years ago. Write me a reply that asks which rule exactly I'm breaking and whether there's an appeal.",
    "Quick sanity check before I send: 'Hey [[PERSON|Honey]], can you take Biscuit for the weekend of the 14th? Same rate as last time, keys are under the blue pot.' She's our pet-sitter, Biscuit is the dog. Does it read ok?",
    "My best friend [[PERSON|Folasade]] is getting married in Lagos and I'm a bridesmaid. What do I need to know about aso ebi etiquette, and how do I politely ask how much the fabric will cost?",
    "Write a short speech for my parents' 40th anniversary. Dad is [[PERSON|Bongani]], Mum is [[PERSON|Lerato]], they met at a bus stop in Soweto in 1984 when it was raining and he lent her his jacket.",
    "Is it weird to invite my old boss to my wedding? Mrs [[PERSON|Achterberg]] hired me straight out of school and basically taught me everything.",
    "I'd like to thank Dr [[PERSON|Vasquez-Lam]] for looking after my father in the ICU. Could you write a card that's heartfelt without being too long?",
    "[[PERSON|Ravi]] wants to combine finances after we get married but I earn a lot less and I'm worried about it. How do couples usually handle this?",
    "We're naming our puppy after my late grandad, [[PERSON|Alistair]]. Is that sweet or a bit strange?",
    "I tutor a 12-year-old twice a week in maths. Her mum wants a progress report on [[PERSON|Leilani]]: she's improved in fractions but still panics in timed tests. Can you draft it?",
    "Hi! I'm organising a baby shower next month and I'm a bit out of my depth, so bear with me. It's for [[PERSON|Chiamaka]], who I've known since secondary school; she's the first of our friend group to have a baby and everyone is very excited. We're expecting about 25 guests, a mix of her uni friends, her church friends and her husband's side of the family, so the ages range from about 20 to 70 and not everyone knows each other. Her mum is coming from Enugu and will probably want to say a prayer at the start, which is lovely, but I also want it to feel fun and not too formal. The venue is the function room above a pub, we have it from 2 to 6pm, and there's a small budget for prizes (maybe £60). [[PERSON|Chiamaka]] has said very firmly that she doesn't want anything that involves measuring her bump or guessing her weight, and she hates being put on the spot. Her sister [[PERSON|Ozioma]] is helping me but she's just had exams so she's a bit frazzled. Could you suggest five or six games or activities that work for mixed ages, don't need much setup, and aren't cringe? Bonus points if one of them gets the two families talking to each other. Also, roughly how long should I plan for each, and in what order?",
    "My landlord, [[PERSON|Ferhat Yıldız]], says I have to pay for a new carpet when I move out because of 'wear and tear'. Isn't normal wear and tear the landlord's cost?",
    "Text to [[PERSON|Dmitri]]: I'll be 20 minutes late, the bus broke down near the station.",
    "Apologise on my behalf to [[PERSON|Keoni]]. I double-booked and missed his gallery opening last night.",
    "Should I tell [[PERSON|Priyanka]] that her boyfriend is on a dating app? I saw his profile yesterday and I'm 90% sure it's him.",
    "Draft an out-of-office that says [[PERSON|Mehmet Kaya]] covers my accounts until the 12th and can be reached at [[EMAIL_ADDRESS|m.kaya@brightwell-logistics.co.uk]].",
    "My elderly neighbour fell in his garden yesterday and I found him. He's fine but lives alone. How do I bring up a personal alarm with Mr [[PERSON|Szymański]]'s son without overstepping?",
    "Make this toast more emotional: 'To [[PERSON|Precious]] and [[PERSON|Kwabena]], may your fridge always be full and your Wi-Fi strong.'",
    "I'm sending flowers to [[PERSON|Yeon-woo]] for her promotion. What should the card say? We were interns together.",
    "Limerick about [[PERSON|Dakota]] and her spreadsheets pls",
    "Our babysitter asked for a raise from £12 to £15 an hour. Is that reasonable in Bristol in 2024? [[PERSON|Marisol]] has been with us two years.",
    "My sister-in-law [[PERSON|Siobhan]] keeps commenting on my parenting. How do I set a boundary at Christmas without ruining the day?",
    "Give me a gentle way to remind [[PERSON|Augustin]] he still has my drill. It's been since April.",
    "Write a message to the class WhatsApp: 'Hi all, [[PERSON|Rosalind]]'s mum here, does anyone have a spare PE shirt in size 7-8?'",
    "I think [[PERSON|Tane]] is depressed, he's stopped coming to training and won't answer texts. What can I say?",
    "Please help me write a LinkedIn recommendation for [[PERSON|Svetlana Mironova]]. She was my team lead at a fintech startup and she was excellent at mentoring juniors.",
    "Short thank-you email to Mr [[PERSON|Adebayo-Cole]], our son's swimming teacher, who got him to swim a whole length for the first time.",
    "What's a kind way to end things after two dates? [[PERSON|Jarrah]] is lovely, there's just no spark.",
    "Could you draft a polite reminder to the other parents that it's [[PERSON|Eun-ji]]'s dad's turn to do the school run this week, not mine?",
    "My co-founder wants to take investment from his uncle. I think it's a bad idea for control reasons. Help me make the case to [[PERSON|Bartek]] in a calm email.",
    "Write a short note to go with a gift for [[PERSON|Nkechi]], who housed us for a week after the flood.",
    "Rewrite more kindly: '[[PERSON|Mohammed]], you cannot keep leaving the gate open, the dog got out AGAIN.'",
    "I have to call my grandmother in Chennai tonight and tell her I'm not coming for Pongal. [[PERSON|Lakshmi]] paati gets upset easily. Tips?",
    "Is it worth going to small claims over a £600 deposit? Our old landlord [[PERSON|Henrik Dahl]] just stopped replying.",
    "Pep talk for [[PERSON|Dawit]], driving test tomorrow?",
    "After the meeting [[PERSON|Zainab]] pulled me aside and said the team thinks I'm 'too blunt'. How do I take that feedback and what should I ask her?",
    "I want to nominate my son's teaching assistant, Mrs [[PERSON|Oyelowo]], for a community award. Write 150 words about her patience with the kids who struggle.",
    "Instagram caption for a photo of me and [[PERSON|Reina]] at the beach, nothing cheesy.",
    "My dad is retiring after 35 years as a bus driver. Three ways to celebrate that don't involve a big party? [[PERSON|Emeka]] hates being the centre of attention.",
    "Help me reply to this: [[PERSON|Sunniva]] asked if I'm 'avoiding her' because I didn't come to her housewarming. I was actually sick.",
    "How do I sort out lasting power of attorney for my mum, [[PERSON|Margarethe Voss]], who's in early-stage dementia? We're in England.",
    "Which is better for a first message to [[PERSON|Amara]]: asking about her travel photos or her dog?",
    "A guy at work keeps calling me 'sweetheart'. I'm his manager. How do I shut it down professionally? [[PERSON|Castillo]] thinks it's charming.",
    "Can you write a short bedtime story starring my kids [[PERSON|Fenna]] and [[PERSON|Joep]], and their cat Spekje who can talk?",
    "Send-off message for [[PERSON|Shira]], she's leaving our choir to move to Haifa. She's been our alto section leader for six years.",
    "Draft a note to Mr [[PERSON|Kowalczyk]] next door asking if we can share the cost of fixing the fence between our gardens, roughly £350 each.",
    "Okay so this is a long one, sorry. My brother [[PERSON|Rustam]] borrowed $2,000 from me last autumn to cover his car repairs, and he promised to pay it back by January when his bonus came in. January came and went. In February he said the bonus was smaller than expected. In March he bought a new phone. I haven't said anything because our mum is ill and I don't want drama at her bedside, and my other brother [[PERSON|Timur]] says I should just let it go because 'family'. But I'm saving for a flat and that money matters. I'd like to bring it up with [[PERSON|Rustam]] face to face next weekend when we're both at mum's. Can you script the conversation for me — what to say first, how to respond if he gets defensive, and how to suggest a payment plan (like $200 a month) without it sounding like I'm a debt collector? I also want to avoid dragging [[PERSON|Timur]] into it.",
]

# 60 requests pasting material to rewrite, summarise, translate or fix.
PASTED = [
    "Can you make this reply friendlier?\n\nHi Mrs [[PERSON|Abernethy]],\nYour order has been dispatched and will arrive in 3-5 days. If you have questions contact us.\nRegards,\n[[PERSON|Callum]]\nCustomer Care | Hearthstone Candles\n[[PHONE_NUMBER|0161 496 0732]]",
    "Summarise this thread in two lines:\n\n[[PERSON|Ines]]: are we still doing saturday?\n[[PERSON|Bram]]: yes but can we push to 2\n[[PERSON|Ines]]: fine, [[PERSON|Kwesi]] can you bring the gazebo\n[[PERSON|Kwesi]]: only if someone helps me carry it from the car\n[[PERSON|Bram]]: i'll help. park on the lane behind the church",
    "Fix the grammar in this cover letter opening: 'Dear Hiring Manager, My name is [[PERSON|Anaïs Kettering]] and I am writting to apply for the role of Junior Data Analyst which I seen advertised on your website. I have a MSc from Leeds and two years experience at a logistics firm.'",
    "Translate into English please:\n\nSehr geehrter Herr [[PERSON|Oberländer]],\nwie telefonisch besprochen sende ich Ihnen anbei die Nebenkostenabrechnung für 2023. Die Nachzahlung in Höhe von 312,40 € überweisen Sie bitte bis zum 15.04. auf das bekannte Konto.\nMit freundlichen Grüßen\n[[PERSON|Sabine Kruse]]\nHausverwaltung Elbblick GmbH\n[[STREET_ADDRESS|Lindenstraße 44, 04109 Leipzig]]\nTel. [[PHONE_NUMBER|0341 5550 2231]]",
    "Tidy up these meeting minutes into bullet points:\n\nParents' Association, 6 Feb. Present: [[PERSON|Joanne Prior]] (chair), [[PERSON|Deepak Raval]], [[PERSON|Mags Connolly]], [[PERSON|Stelios]]. Apologies: [[PERSON|Harriet Quaye]]. [[PERSON|Joanne]] said the quiz night raised £1,140. [[PERSON|Deepak]] to ask the head about the new climbing frame. [[PERSON|Mags]] will contact the printer about the calendar, [[PERSON|Stelios]] offered his van for the jumble sale. Next meeting 5 March.",
    "Is this email a scam? 'Dear [[PERSON|Fiifi Asante]], your parcel is held at customs. Pay the £2.99 fee at parcel-release-uk.info within 24h or it will be returned. Ref: [[ID_NUMBER|GB7732915]].'",
    "Please shorten this letter to the school:\n\nDear Mr [[PERSON|Whitcombe]],\nI am writing regarding my daughter [[PERSON|Aroha Ngata]] in class 4B. Over the past three weeks [[PERSON|Aroha]] has come home upset several times because of comments made by other pupils about her packed lunch. She has asked me not to make a fuss, but I think you should be aware, as it is now affecting her sleep and she has asked to stay home twice. I would be grateful if we could meet to discuss this at your earliest convenience. I am available most afternoons after 3pm and can be reached on [[PHONE_NUMBER|07700 900265]].\nKind regards,\n[[PERSON|Mere Ngata]]",
    "Turn this order confirmation into a short text for my wife:\n\nOrder #HS-448190 confirmed\nDeliver to: [[PERSON|Oskar Halvorsen]]\n[[STREET_ADDRESS|Bygdøy allé 17B, 0262 Oslo]]\nPhone: [[PHONE_NUMBER|+47 912 34 567]]\nItems: 1x Kettle (brushed steel), 2x Mugs\nEstimated delivery: Thursday 10:00-14:00",
    "Rewrite this doctor's letter in plain language for my mum:\n\nRe: Mrs [[PERSON|Gulnara Bekova]], NHS no. [[ID_NUMBER|943 476 5919]]\nThank you for referring this 68-year-old lady with exertional dyspnoea. Echocardiography shows moderate aortic stenosis with preserved LV function. I have recommended repeat imaging in 6 months and advised her to report syncope or chest pain promptly.\nDr [[PERSON|A. Mwangi]], Consultant Cardiologist",
    "Can you summarise this WhatsApp chat for my sister who missed it?\n\n[[PERSON|Zeynep]]: mum's test results are back, all normal\n[[PERSON|Emir]]: thank god\n[[PERSON|Zeynep]]: she still needs to see the physio twice a week\n[[PERSON|Emir]]: I can do tuesdays\n[[PERSON|Zeynep]]: I'll take fridays then. [[PERSON|Selin]] can you cover if I'm on nights?",
    "Make this CV summary punchier:\n\n[[PERSON|Rafael Quintero Solís]]\n[[EMAIL_ADDRESS|rafa.quintero.s@protonmail.com]] · [[PHONE_NUMBER|+34 600 000 318]] · Valencia\nExperienced warehouse supervisor with 8 years in cold-chain logistics. Responsible for teams of up to 25 people. Good with SAP and forklift licence holder.",
    "Translate to Spanish: 'Hi [[PERSON|Rocío]], the plumber is coming Tuesday between 8 and 12. If you're not home, [[PERSON|Jim]] from upstairs has a spare key.'",
    "Check this tenancy notice for mistakes before I send it:\n\nTo: Mr [[PERSON|Declan Furlong]]\nProperty: [[STREET_ADDRESS|Flat 2, 19 Harcourt Terrace, Dublin 2, D02 XY45]]\nNotice is hereby given that the rent will increase from €1,650 to €1,720 per month from 1 September, in line with the RPZ rules.\nSigned: [[PERSON|Nuala Breen]], landlord",
    "Summarise this email in one sentence:\n\nFrom: [[PERSON|Tariq Siddiqui]] <[[EMAIL_ADDRESS|tariq@siddiqui-arch.pk]]>\nSubject: site visit\nHi all, I've moved the site visit at Gulberg to Wednesday because the contractor, Mr [[PERSON|Bhatti]], is unwell. Please confirm if 10am works. [[PERSON|Hina]], can you bring the revised drawings?\nThanks, [[PERSON|Tariq]]",
    "Can you reformat this as a nice table?\n\nname, role, phone\n[[PERSON|Ama Boateng]], treasurer, [[PHONE_NUMBER|020 7946 0581]]\n[[PERSON|Colm Devlin]], secretary, [[PHONE_NUMBER|020 7946 0922]]\n[[PERSON|Priti Shah]], chair, [[PHONE_NUMBER|020 7946 0117]]",
    "Make this complaint sound calmer:\n\nI have called your helpline FOUR times about account [[ID_NUMBER|ACC-5590-2281]]. Each time someone called [[PERSON|Darren]] promises a callback that never comes. I want this escalated to a manager today. My number is [[PHONE_NUMBER|07700 900934]].",
    "Proofread this reference:\n\nTo whom it may concern,\nI have known [[PERSON|Oluwadamilare Fashola]] for four years as his line manager at Crestline Housing. [[PERSON|Dami]] is diligent, honest and well liked by tenants. I recommend him without reservation.\n[[PERSON|Gillian Turnbull]], Housing Services Manager",
    "What does this HR letter actually mean?\n\nDear Ms [[PERSON|Pham Thi Lan]],\nFollowing the consultation period, we confirm that your role of Payroll Officer is at risk of redundancy. You are invited to a meeting on 14 May with [[PERSON|Graham Ellery]] (HR) to discuss suitable alternative employment. You may be accompanied by a colleague or trade union representative.\nEmployee no. [[ID_NUMBER|E-204871]]",
    "Translate this message from my son's teacher into Turkish for my parents: 'Dear parents of [[PERSON|Deniz]], [[PERSON|Deniz]] did wonderfully in the school play and will receive a certificate on Friday. — Miss [[PERSON|Hartley]]'",
    "Can you clean up this transcript of a voicemail?\n\n'hi it's uh [[PERSON|Bernadette]] from the surgery, calling for Mr [[PERSON|O'Sullivan]], um, your blood results are fine, no need to book in, if you have questions call us back on [[PHONE_NUMBER|01632 960 418]], thanks bye'",
    "Rewrite this as a polite reminder:\n\n[[PERSON|Kai]] — you still owe £40 for the gas bill. Pay it to [[IBAN_CODE|GB69BARC49997707690616]] by Friday. — [[PERSON|Elin]]",
    "Extract the action items from these notes:\n\nStandup 12/3 — [[PERSON|Nomvula]]: finishing the invoice export, blocked on API creds. [[PERSON|Jakub]]: will pair with [[PERSON|Nomvula]] after lunch. [[PERSON|Ren]]: out Thursday. [[PERSON|Hale]] (new starter) needs laptop + VPN.",
    "Can you fix the formatting of this signature?\n\n[[PERSON|Wiremu Tāmihana]] | Senior Planner\nMōhio Consulting\nm: [[PHONE_NUMBER|021 555 0193]] e: [[EMAIL_ADDRESS|wiremu@mohio.co.nz]]\n[[STREET_ADDRESS|Level 3, 88 Victoria Street, Wellington 6011]]",
    "Summarise this review for our team: 'Ordered twice from this shop. Second time the driver, I think his name was [[PERSON|Yasin]], left the parcel in the rain. Customer service ([[PERSON|Lorna]]) refunded me quickly though. 3 stars.' Posted by [[ID_NUMBER|bookish_hen_77]]",
    "Put this into a formal letter:\n\nhey Mr [[PERSON|Chaudhry]], the damp in the bathroom is back, the mould is on the ceiling now and [[PERSON|Zara]] (my daughter) has asthma. can someone come this week. [[PERSON|Fatima]], flat 3",
    "Translate into French: 'Hello [[PERSON|Aurélien]], I've left the keys with Mme [[PERSON|Roux]] on the ground floor. The wifi password is on the fridge.'",
    "My manager sent this — what's the tone?\n\n[[PERSON|Sunil]], thanks for the draft. A few things: the numbers on slide 4 don't match [[PERSON|Bettina]]'s sheet, and the exec summary is too long. Let's discuss at 4. — [[PERSON|Claire]]",
    "Turn these minutes into an email to the committee:\n\nAllotment AGM 2024. Chair: [[PERSON|Hollis Barraclough]]. 14 members present. Treasurer [[PERSON|Ngaire Simpson]] reported £2,310 in the bank. Plot 17 ([[PERSON|Rahman]]) to be reallocated. Shed heights to be reviewed. AOB: [[PERSON|Hollis]] stepping down next year.",
    "Please improve this cover letter paragraph: 'At Fenwick & Rowe I reported to [[PERSON|Catriona Blair]], who would be happy to speak to you. You can reach her at [[EMAIL_ADDRESS|c.blair@fenwickrowe.co.uk]]. Under her I led the migration of 40,000 client files.'",
    "Shorten this school letter for the newsletter:\n\nCongratulations to [[PERSON|Yasmin Haddad]] (Year 9) and [[PERSON|Tobiah Grant]] (Year 10), who represented the school at the regional science fair. [[PERSON|Yasmin]]'s project on water filtration won second prize. Thanks to Mr [[PERSON|Ferraro]] for supervising.",
    "Help me reply to this delivery message:\n\n'Hi, this is [[PERSON|Gintaras]] from QuickMove. We'll arrive at [[STREET_ADDRESS|27 Kestrel Road, Norwich NR5 8LE]] at 7:30. Please make sure the lift is reserved. Call [[PHONE_NUMBER|07700 900571]] if any problem.'",
    "Translate from Polish: 'Pani [[PERSON|Halina]], przypominam o wizycie u dentysty we wtorek o 10:00. Proszę zabrać kartę pacjenta. Pozdrawiam, rejestracja'",
    "Summarise this chat log for my manager:\n\n[09:12] [[PERSON|Ayodele]]: customer says the refund never came\n[09:13] [[PERSON|Petra]]: which order?\n[09:13] [[PERSON|Ayodele]]: [[ID_NUMBER|ORD-77120-KX]], Mr [[PERSON|Lindahl]]\n[09:15] [[PERSON|Petra]]: I see it, refund failed because card expired\n[09:16] [[PERSON|Ayodele]]: ok I'll email him at [[EMAIL_ADDRESS|p.lindahl@outlook.se]]",
    "Make this more professional:\n\nhi guys, [[PERSON|Bogdan]] here, I'm the new guy in accounts, replacing [[PERSON|Wendy]] who retired. if you need anything invoice-wise just ping me, ext 4417",
    "Can you rewrite my CV header?\n\n[[PERSON|NGUYEN Minh Chau]]\n[[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]]\n[[PHONE_NUMBER|06 12 34 56 78]]\n[[EMAIL_ADDRESS|minhchau.nguyen@laposte.net]]\nLinkedIn: [[ID_NUMBER|minh-chau-nguyen-4a2b]]",
    "Is anything missing from this reference request?\n\nDear Dr [[PERSON|Koutsoukos]],\nI am applying for the MSc in Marine Biology at Plymouth and would be honoured if you could act as one of my referees. I attended your Ecology module in 2022 and worked with [[PERSON|Eleni]] in your lab over the summer.\nBest wishes,\n[[PERSON|Jonah Eberhardt]]",
    "Translate this text from my landlord into English: 'Olá [[PERSON|Caio]], o condomínio subiu para R$ 890. A partir de junho, por favor faça o PIX para a chave [[EMAIL_ADDRESS|aluguel.ribeiro@gmail.com]]. Abraço, [[PERSON|Sérgio Ribeiro]]'",
    "Write a summary of this incident note for the insurer:\n\nAt approx. 17:40 the vehicle driven by Ms [[PERSON|Kalani Akana]] (policy [[ID_NUMBER|HX-4471-09]]) was struck from behind at the junction of Kapiolani Blvd while stationary. The other driver, Mr [[PERSON|Jesse Ruiz]], admitted fault at the scene. Contact Ms [[PERSON|Akana]] on [[PHONE_NUMBER|(808) 555-0147]].",
    "Put this into a nicer format for the fridge:\n\nEmergency contacts\nNeighbour — [[PERSON|Tove]] — [[PHONE_NUMBER|+46 70 123 45 67]]\nGrandma [[PERSON|Birgitta]] — [[PHONE_NUMBER|+46 8 555 012 34]]\nVet — Djurkliniken Söder",
    "Can you make these interview notes neutral?\n\nCandidate: [[PERSON|Hassan El-Amin]]. Interviewers: [[PERSON|Rob]], [[PERSON|Julie Ng]]. [[PERSON|Hassan]] was late by 10 min (train). Strong on Python, weak on SQL window functions. [[PERSON|Julie]] thought he was arrogant, I thought he was just nervous.",
    "Rewrite this customer email reply:\n\nDear Mr [[PERSON|Kurosawa]],\nWe apologise for the delay. Your replacement card ending 4417 was sent to [[STREET_ADDRESS|3-14-2 Nishiazabu, Minato-ku, Tokyo 106-0031]]. If it does not arrive, call us.\n[[PERSON|Sandra]], Card Services",
    "Summarise this email into a to-do list for me, I'm the one organising:\n\nSubject: Re: Re: Grandma's 80th — final plans\n\nHi all,\nPer my conversation with [[PERSON|Abimbola]] this morning, the caterers (the same ones who did [[PERSON|Tolu]]'s wedding) need final numbers by Friday, and they want half the deposit by then too, so please reply to this email with your headcount including children. We have 62 confirmed so far. [[PERSON|Ifeoluwa]] will collect the cake from the bakery on Saturday at 10, and she needs someone with a big car to go with her because it's three tiers. Uncle [[PERSON|Femi]] is giving the opening prayer and has promised to keep it under ten minutes (we'll see). The hall is booked from 1pm; decorations go up from 11 and we need at least four people there to help. The DJ wants a list of grandma's favourite songs, so if you remember any, send them to [[PERSON|Kunle]] who is putting the playlist together. Parking is limited, so please car-share where you can. The address for anyone who hasn't been is [[STREET_ADDRESS|St Matthew's Parish Hall, 31 Coldharbour Lane, London SE5 9NR]]. If anything changes, call me on [[PHONE_NUMBER|07700 900476]] rather than messaging the group, because nobody reads the group.\nLove,\n[[PERSON|Adesuwa]]",
    "Translate this birthday card to Korean: 'Dear [[PERSON|Seo-yeon]], happy 30th! Love from [[PERSON|Minji]], [[PERSON|Hyun]] and little [[PERSON|Dabin]]'",
    "Can you fix my email signature? It looks cluttered:\n\nBest regards / Mit freundlichen Grüßen\nDr. [[PERSON|Ulrike Hanssen-Petry]]\nLeiterin Einkauf\nT [[PHONE_NUMBER|+49 40 555 18 92]] | M [[PHONE_NUMBER|+49 151 5555 0192]]\n[[EMAIL_ADDRESS|u.hanssen-petry@nordmetall-hh.de]]",
    "Turn this into a short apology email:\n\n[[PERSON|Marguerite]] complained that her table at the restaurant on Saturday was given away. Booking was under [[PERSON|Lefebvre]], 4 people, 20:00. [[PERSON|Anton]] on the door didn't check the list.",
    "Please summarise this parent chat:\n\n[[PERSON|Kirra]]: who's bringing the oranges for half time\n[[PERSON|Bevan]]: me\n[[PERSON|Kirra]]: legend. also [[PERSON|Lachie]] lost his boot again\n[[PERSON|Bevan]]: check lost property, or text [[PERSON|Shazza]] she's coach this week [[PHONE_NUMBER|0491 570 156]]",
    "Can you rewrite this GP referral in simpler words?\n\nPatient: [[PERSON|Aleksander Nowicki]], MRN [[ID_NUMBER|MRN-00583217]]. 42M, 3/12 hx of intermittent right knee effusion post football injury. Ligamentous laxity on exam. Referred for MRI and ortho opinion.",
    "Make this bio shorter for the conference programme:\n\nDr. [[PERSON|Precious Mabaso]] is a paediatric nurse and researcher at a district hospital in Limpopo. Her work on neonatal sepsis has been funded by two national grants. [[PERSON|Precious]] is also a keen marathon runner and mother of three.",
    "Translate into Italian: 'Dear Signora [[PERSON|Benedetti]], we confirm your booking for 3 nights from 12 July. Your room is on the second floor. — [[PERSON|Luca]], reception'",
    "Reword this so it's not so harsh:\n\n[[PERSON|Wojtek]], you were supposed to lock up on Sunday and the alarm company called me at 1am. This is the second time. — [[PERSON|Aleksandra]]",
    "Summarise this long email for me in 3 bullets:\n\nHi team,\nQuick update on the office move. [[PERSON|Leonie]] has confirmed the new lease at [[STREET_ADDRESS|Unit 5, Riverside Park, Hartlepool TS24 0TH]] starts on 1 October. IT ([[PERSON|Mikael]]) will move the servers over the weekend of the 28th, so expect no VPN from Friday 6pm. Please pack your desks by Thursday; crates will be delivered Wednesday. Parking at the new site is limited, so [[PERSON|Leonie]] will run a sign-up sheet. Any questions, ask me or [[PERSON|Mikael]].\n[[PERSON|Greta]]",
    "Convert this to a polite text:\n\nTo [[PERSON|Darko]]: your car is blocking the bins again, the truck couldn't get in. Move it before Tuesday 6am pls. From no. 14",
    "Fix this cover letter:\n\nDear Ms [[PERSON|Okafor]],\nI'm writing to apply for the position of Teaching Assistant. I have been volunteering at my son [[PERSON|Chidubem]]'s school for two years and I'm passionate about helping children read. I can be contacted at [[EMAIL_ADDRESS|ngozi.eze.writes@yahoo.com]] or [[PHONE_NUMBER|07700 900812]].\nYours sincerely,\n[[PERSON|Ngozi Eze]]",
    "What is this letter asking me to do?\n\nDear Mr [[PERSON|Taufa]],\nOur records show that the vehicle registered to you at [[STREET_ADDRESS|41 Kiwi Esplanade, Māngere Bridge, Auckland 2022]] has an unpaid toll. Please pay within 28 days quoting ref [[ID_NUMBER|TL-90331-AKL]].",
    "Help me write a kinder version:\n\n[[PERSON|Ahmad]] — the prayer room booking sheet is for everyone, please don't block out every Friday. — Facilities ([[PERSON|Pauline]])",
    "Reformat this guest list:\n[[PERSON|Juno Achebe]] +1, [[PERSON|Sami Virtanen]], [[PERSON|Rhiannon Pugh]] +2 (kids), [[PERSON|Obi]], [[PERSON|Tash]] and [[PERSON|Mo]], Dr [[PERSON|Lwazi Khumalo]]",
    "Translate this Slack message into German: '[[PERSON|Ilse]], can you send me the deck from Thursday? [[PERSON|Hendrik]] says you have the latest version.'",
    "Clean up these handover notes for the night shift:\n\nBed 4 Mrs [[PERSON|Dorota Wrona]] — obs stable, family visiting 7pm (daughter [[PERSON|Kasia]]). Bed 6 Mr [[PERSON|Jean-Baptiste Mbeki]] — NBM from midnight for theatre. Bed 9 [[PERSON|Memphis Carter]], 19 — pain controlled, wants to call mum.",
    "Summarise this complaint and draft a reply:\n\nFrom: [[EMAIL_ADDRESS|d.okoro1988@gmail.com]]\nMy name is [[PERSON|Dapo Okoro]]. I ordered a fridge (order [[ID_NUMBER|EL-3309127]]) to be delivered to [[STREET_ADDRESS|8 Marsh Lane, Bootle, L20 4JG]]. The driver said it wouldn't fit through the door and took it away again. Nobody measured anything. I want a refund and compensation for the day off work.",
    "Can you turn this into a proper reference letter? These are my notes:\n\nworked with [[PERSON|Kalinda]] 2019-2023 at the community pharmacy on [[STREET_ADDRESS|14 Beaufort Street, Perth WA 6000]]. dispensing tech, promoted to senior in 2021. handled the methadone programme, always calm with difficult patients. trained 3 new starters incl. [[PERSON|Jesse]] who is now a pharmacist. left to move closer to family in Broome. [[PERSON|Kalinda Murray]] - contact me on [[PHONE_NUMBER|0491 570 006]] or [[EMAIL_ADDRESS|r.stavros@beaufortchemist.com.au]] - [[PERSON|Rania Stavros]], pharmacist in charge",
]

# 60 work and technical requests with pasted code, configs, logs, data and commands.
WORK = [
    'Why does this fail with 401?\n\ncurl -X POST https://api.parcelgrid.io/v2/shipments \\\n  -H \'Authorization: Bearer [[API_KEY|zymMlopiWfqUyHRSIf8NFmAUNLnY5Yx0]]\' \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{"recipient": "[[PERSON|Ottilie Brandt]]", "phone": "[[PHONE_NUMBER|+49 30 5550 1187]]"}\'',
    "Fix the SQL syntax error:\n\nINSERT INTO customers (id, full_name, email, city)\nVALUES (1042, '[[PERSON|Chukwuemeka Obi]]', '[[EMAIL_ADDRESS|c.obi@kanoagro.ng]]', 'Kano')\n       (1043, '[[PERSON|Mirela Popescu]]', '[[EMAIL_ADDRESS|mirela.popescu@rdsmail.ro]]', 'Cluj');",
    'This docker-compose won\'t start postgres, any idea?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: [[ID_NUMBER|svc_ledger]]\n      POSTGRES_PASSWORD: [[PASSWORD|Tangerine!Harbour42]]\n    ports:\n      - "5432:5432"\n  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://[[ID_NUMBER|svc_ledger]]:[[PASSWORD|Tangerine!Harbour42]]@db:5432/ledger',
    'Explain this stack trace:\n\nTraceback (most recent call last):\n  File "/srv/app/billing.py", line 88, in charge\n    gateway.charge(card="[[CREDIT_CARD|4405235809156792]]", amount=4999)\n  File "/srv/app/gateway.py", line 31, in charge\n    raise DeclinedError(f"declined for {customer}")\ngateway.DeclinedError: declined for [[PERSON|Harpreet Gill]] <[[EMAIL_ADDRESS|harpreet.gill@fastmail.com]]>',
    'Can you parse these nginx lines and count requests per IP?\n\n[[IP_ADDRESS|203.0.113.47]] - - [12/Mar/2024:10:01:12 +0000] "GET /login HTTP/1.1" 200 512\n[[IP_ADDRESS|198.51.100.23]] - - [12/Mar/2024:10:01:15 +0000] "POST /login HTTP/1.1" 401 98\n[[IP_ADDRESS|203.0.113.47]] - - [12/Mar/2024:10:01:19 +0000] "GET /dashboard HTTP/1.1" 200 2048',
    "Write a pandas script to dedupe this CSV by email:\n\nid,name,email,phone\n1,[[PERSON|Sione Latu]],[[EMAIL_ADDRESS|sione.latu@gmail.com]],[[PHONE_NUMBER|+64 21 555 0142]]\n2,[[PERSON|Sione Latu]],[[EMAIL_ADDRESS|sione.latu@gmail.com]],[[PHONE_NUMBER|021 555 0142]]\n3,[[PERSON|Maren Solberg]],[[EMAIL_ADDRESS|maren.s@online.no]],[[PHONE_NUMBER|+47 415 55 012]]",
    "My .env is being committed by mistake, how do I remove it from history? Contents:\n\nSTRIPE_SECRET=[[API_KEY|rk_test_y3RnjDQl2Kvf8THRXfEuzcrJaBnx7IfDH5mMDdwi]]\nADMIN_EMAIL=[[EMAIL_ADDRESS|ops@kettleandcrumb.co.uk]]\nADMIN_PASS=[[PASSWORD|crumbs-4-breakfast]]",
    'Review this JSON payload, the API says \'invalid field\':\n\n{\n  "customer": {\n    "first_name": "[[PERSON|Ximena]]",\n    "last_name": "[[PERSON|Echeverría]]",\n    "email": "[[EMAIL_ADDRESS|ximena.echeverria@correo.mx]]",\n    "phone": "[[PHONE_NUMBER|+52 55 5555 0193]]"\n  },\n  "shipping": "[[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]]"\n}',
    "git log shows this, how do I rewrite the author email on the last 3 commits?\n\ncommit 3cc58ea44ecd5b868ec5ff527e03af2a080ad854\nAuthor: [[PERSON|Radhika Venkataraman]] <[[EMAIL_ADDRESS|radhika.v@home-laptop.local]]>\nDate:   Tue Mar 5 18:22:09 2024 +0530\n\n    fix flaky test in invoice parser",
    "Kubernetes secret isn't decoding right:\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-creds\nstringData:\n  SMTP_USER: [[EMAIL_ADDRESS|noreply-bot@tallyhoapp.com]]\n  SMTP_PASS: [[PASSWORD|w1ndm1ll_Jupiter_88]]\n  SENDGRID_KEY: [[API_KEY|SG.n86TkVYCM7l8GQlchbkER0Af.7BOfjtNayviHzm5YdOnCqIz0Wiw8SE7diV3]]",
    "Why is this regex not matching the phone? Test string: 'call [[PERSON|Jolene]] on [[PHONE_NUMBER|(555) 014-2297]] after 5'. Pattern: \\d{3}-\\d{3}-\\d{4}",
    "Convert this CRM export to JSON:\n\nContact ID;Name;Company;Mobile;Owner\n[[ID_NUMBER|C-009812]];[[PERSON|Aigerim Sadykova]];Steppe Freight LLP;[[PHONE_NUMBER|+7 701 555 0128]];[[ID_NUMBER|kbekov]]\n[[ID_NUMBER|C-009813]];[[PERSON|Tomás Ó Briain]];Corrib Tools;[[PHONE_NUMBER|+353 87 555 0166]];[[ID_NUMBER|kbekov]]",
    "ssh keeps asking for a password. My config:\n\nHost build\n  HostName [[IP_ADDRESS|10.20.4.17]]\n  User [[ID_NUMBER|fkowalski]]\n  IdentityFile ~/.ssh/id_ed25519\n  Port 2222",
    'Can you explain why this test fails?\n\ndef test_format_name():\n    assert format_name("[[PERSON|de la Cruz]]", "[[PERSON|Maria Luisa]]") == "[[PERSON|Maria Luisa de la Cruz]]"\n\nE   AssertionError: assert \'[[PERSON|Maria Luisa De La Cruz]]\' == \'[[PERSON|Maria Luisa de la Cruz]]\'',
    "Our log has this warning, is it a security problem?\n\n2024-04-02T08:14:55Z WARN auth: 5 failed logins for user=[[ID_NUMBER|b.adeyinka]] from [[IP_ADDRESS|192.168.14.203]], last attempt password='[[PASSWORD|Summer2024!]]'",
    "Simplify this Python:\n\nusers = [\n    {'name': '[[PERSON|Kaito Yamamoto]]', 'login': '[[ID_NUMBER|kyamamoto]]', 'ip': '[[IP_ADDRESS|10.0.8.41]]'},\n    {'name': '[[PERSON|Farida Nazarova]]', 'login': '[[ID_NUMBER|fnazarova]]', 'ip': '[[IP_ADDRESS|10.0.8.42]]'},\n]\nfor u in users:\n    if u['login'] == '[[ID_NUMBER|kyamamoto]]':\n        print(u['name'])",
    'Terraform plan shows a diff on this, why?\n\nresource "aws_iam_access_key" "deploy" {\n  user = "[[ID_NUMBER|deploy-ci-oyelaran]]"\n}\n# state had: id = "[[API_KEY|AKIAAS9SSH51ECWKUVUC]]" secret = "[[API_KEY|WIDtcKZ1Dw0gBEHum3adzqxMhGx3taeY5jvDR3q9]]"',
    "Write a unit test for this function using the sample row: ('[[PERSON|Blessing Mutasa]]', '[[EMAIL_ADDRESS|blessing.mutasa@zol.co.zw]]', '[[PHONE_NUMBER|+263 77 555 0134]]')",
    'Help me read this Apache access log, who hammered us at 3am?\n\n[[IP_ADDRESS|2001:db8:4a1c::17]] - [[ID_NUMBER|jpark]] [03/Jun/2024:03:00:01] "GET /api/export?all=1" 200\n[[IP_ADDRESS|2001:db8:4a1c::17]] - [[ID_NUMBER|jpark]] [03/Jun/2024:03:00:02] "GET /api/export?all=1" 200',
    'Mongo query returns nothing, why?\n\ndb.patients.find({ surname: "[[PERSON|Oyelowo]]", nhs: "[[ID_NUMBER|485 777 3456]]" })',
    "Redact this support ticket before I paste it into Jira:\n\nTicket #88213\nReporter: [[PERSON|Valentina Greco]] ([[EMAIL_ADDRESS|vgreco@lanterna-studio.it]])\nIssue: can't log in since password reset. Tried '[[PASSWORD|Gatto_Nero_1987]]' and the old one.\nClient IP: [[IP_ADDRESS|198.51.100.88]]",
    "This Ansible inventory isn't picking up the vars:\n\n[web]\n[[IP_ADDRESS|10.1.2.11]] ansible_user=[[ID_NUMBER|deploy_nkem]]\n[[IP_ADDRESS|10.1.2.12]] ansible_user=[[ID_NUMBER|deploy_nkem]]\n[web:vars]\nansible_become_pass=[[PASSWORD|p@rrot-Lagoon-61]]",
    "Optimise this query:\n\nSELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '[[EMAIL_ADDRESS|dmitrii.sokolov84@yandex.ru]]' OR c.phone = '[[PHONE_NUMBER|+7 912 555-01-77]]';",
    "The webhook signature check fails. Secret: [[API_KEY|whsec_llAj7n4JuXFZo2qh20xlReGsaL1dvnyzv0Zz]]. Payload has customer [[PERSON|Amani Wekesa]]. What's wrong with my HMAC code?",
    'Format this JSON log line for readability:\n{"ts":"2024-05-11T12:00:03Z","level":"info","msg":"user signed up","user":{"name":"[[PERSON|Dagny Lund]]","email":"[[EMAIL_ADDRESS|dagny.lund@gmail.com]]","ip":"[[IP_ADDRESS|203.0.113.9]]"}}',
    "Why does Excel turn this card number into 4.40524E+15? I pasted [[CREDIT_CARD|4892 9277 9376 8323]] into a cell for a refund form.",
    "Rewrite this bash script to read the password from an env var instead:\n\n#!/bin/bash\nmysql -h [[IP_ADDRESS|172.16.9.30]] -u [[ID_NUMBER|reporting_ro]] -p'[[PASSWORD|Qx7#mellow#Fjord]]' sales < monthly.sql",
    "Explain this error from our payments service:\n\nERROR 2024-06-18 09:41:07 iban validation failed for payee [[PERSON|Jeroen Bakker]] iban=[[IBAN_CODE|NL62RABO3012861134]] reason=BIC mismatch",
    'Can you write a GraphQL mutation that updates this user?\n\n{ id: "[[ID_NUMBER|usr_8841]]", name: "[[PERSON|Tamar Ben-David]]", email: "[[EMAIL_ADDRESS|tamar.bd@walla.co.il]]" }',
    "My Postman collection has this header and the API says forbidden:\n\nX-Api-Key: [[API_KEY|yA0xIfl4c7xU2zXCot2PoPUtg3SU]]\nX-User: [[ID_NUMBER|lmarchetti]]",
    'What\'s wrong with this YAML? It\'s our on-call config.\n\noncall:\n  primary:\n    name: [[PERSON|Kwabena Mensah]]\n    phone: "[[PHONE_NUMBER|+233 24 555 0119]]"\n  secondary:\n    name: [[PERSON|Ingrid Haugen]]\n   phone: "[[PHONE_NUMBER|+47 922 55 018]]"',
    "Convert to a markdown table:\n\nemp_id | name | dept | ext\n[[ID_NUMBER|40112]] | [[PERSON|Hamza Qureshi]] | Finance | 2210\n[[ID_NUMBER|40113]] | [[PERSON|Lucía Paredes]] | Legal | 2214\n[[ID_NUMBER|40118]] | [[PERSON|Björn Åkesson]] | IT | 2290",
    'Is it ok to hardcode this in a mobile app? const TOKEN = "[[API_KEY|unWZTRTpysCW9f4CA96qeGs6R3uYEIi75qB4sA9Q0Nks]]"',
    'Write a Go struct for this response:\n\n{"account":"[[ID_NUMBER|ACCT-20-99187]]","holder":"[[PERSON|Adwoa Sarpong]]","iban":"[[IBAN_CODE|DE73468597809560153730]]","balance":1200.5}',
    "Why does my cron job email go to spam? The from line is [[PERSON|Dorothea Waller]] <[[EMAIL_ADDRESS|dwaller@allotment-society.org.uk]]> and the server is [[IP_ADDRESS|192.0.2.140]].",
    "Fix the indentation in this Python:\n\nclass Config:\n  DB_HOST = '[[IP_ADDRESS|10.44.0.5]]'\n  DB_USER = '[[ID_NUMBER|app_rw]]'\n    DB_PASS = '[[PASSWORD|hunter-Glacier-2291]]'",
    "Explain this Java exception:\n\njava.lang.IllegalStateException: duplicate key [[EMAIL_ADDRESS|femi.adeleke@ovalbank.ng]] (attempted merging values [[PERSON|Femi Adeleke]] and [[PERSON|Oluwafemi Adeleke]])\n\tat java.base/java.util.stream.Collectors.duplicateKeyException",
    "Add error handling to this fetch:\n\nfetch('https://crm.internal/api/contacts/[[ID_NUMBER|77310]]', { headers: { Authorization: 'Token [[API_KEY|3cc58ea44ecd5b868ec5ff527e03af2a080ad854]]' } })",
    "Why do I get 'host key verification failed' on [[IP_ADDRESS|203.0.113.201]]? I log in as [[ID_NUMBER|mwanjiku]].",
    "Turn this raw export into a CSV with headers:\n\n[[PERSON|Eleanor Whitlock]]  [[PHONE_NUMBER|01632 960 771]]  [[STREET_ADDRESS|14 Tannery Row, Kendal LA9 4PQ]]\n[[PERSON|Ashwin Nair]]  [[PHONE_NUMBER|01632 960 558]]  [[STREET_ADDRESS|2 Mill Close, Kendal LA9 7BT]]",
    "Write a regex to mask IBANs in our logs. Example line: transfer ok from=[[IBAN_CODE|FR2722384399758767425165892]] to=[[IBAN_CODE|ES5525328069893229564694]] by=[[ID_NUMBER|clara.mendes]]",
    'Helm values file, why is the ingress not working?\n\ningress:\n  host: portal.tidewater.local\nauth:\n  adminUser: [[ID_NUMBER|t.achterberg]]\n  adminPassword: "[[PASSWORD|Marmalade_Kite_07]]"\n  allowedCidr: [[IP_ADDRESS|10.12.0.0]]/16',
    'Our Sentry event includes this breadcrumb — how do I scrub it?\n\nuser: { id: "[[ID_NUMBER|58213]]", username: "[[ID_NUMBER|sunny_okafor]]", email: "[[EMAIL_ADDRESS|sunny.okafor@icloud.com]]", ip_address: "[[IP_ADDRESS|198.51.100.61]]" }',
    "Explain this firewall rule: allow tcp from [[IP_ADDRESS|192.168.50.12]] to [[IP_ADDRESS|192.168.50.1]] port 22 # laptop of [[PERSON|Reza]]",
    "Rewrite this SQL to use parameters:\n\ncursor.execute(\"SELECT balance FROM accounts WHERE iban = '[[IBAN_CODE|PL74752924184528380647009314]]' AND owner = '[[PERSON|Zofia Krawczyk]]'\")",
    "Why does git push say permission denied?\n\n$ git remote -v\norigin  https://[[ID_NUMBER|ana-vukovic]]:[[API_KEY|ghp_n86TkVYCM7l8GQlchbkER0AfyRRM3NQTCmyv]]@github.com/[[ID_NUMBER|ana-vukovic]]/thesis.git",
    "Summarise this error log for the incident report:\n\n14:02:11 payment declined card=[[CREDIT_CARD|5445 9768 6830 7409]] name=[[PERSON|Obinna Nwosu]]\n14:02:13 retry declined card=[[CREDIT_CARD|5445 9768 6830 7409]]\n14:02:40 user [[ID_NUMBER|obinna.n]] locked after 3 failures",
    "Write a Python dataclass for this record: name=[[PERSON|Hinemoa Walker]], tax_no=[[ID_NUMBER|123-456-789]], phone=[[PHONE_NUMBER|027 555 0188]], email=[[EMAIL_ADDRESS|hinemoa.w@xtra.co.nz]]",
    "Help debug this LDAP bind:\n\nldapsearch -x -H ldap://[[IP_ADDRESS|10.9.0.3]] -D \"uid=[[ID_NUMBER|pmensah]],ou=people,dc=corp,dc=local\" -w '[[PASSWORD|Baobab!Sunrise9]]' '(mail=*)'",
    "Fix the quoting in this PowerShell:\n\n$cred = New-Object PSCredential('[[ID_NUMBER|CORP\\hvanleeuwen]]', (ConvertTo-SecureString '[[PASSWORD|Tulpen&Regen2023]]' -AsPlainText -Force))",
    'What does this Stripe-style response mean?\n\n{"error":{"code":"card_declined","card_last4":"4041","billing_name":"[[PERSON|Yusuf Demirci]]","billing_email":"[[EMAIL_ADDRESS|ydemirci@ttmail.com.tr]]"}}',
    "I need a migration to split full_name. Sample data: '[[PERSON|van den Berg, Sanne]]', '[[PERSON|Al-Mansouri, Khalid]]', '[[PERSON|Nakamura Hiroko]]'.",
    "Our Grafana alert fires for this host, what does it mean?\n\nalert: DiskFull host=[[IP_ADDRESS|10.30.7.22]] owner=[[ID_NUMBER|i.petrova]] mount=/var/lib/docker usage=97%",
    "Can you write a curl to test basic auth? User [[ID_NUMBER|kiosk-07]], password [[PASSWORD|lemonade-Otter-5]], endpoint http://[[IP_ADDRESS|192.168.1.77]]:8080/status",
    "Review my Flask route, I think it leaks data:\n\n@app.get('/debug')\ndef debug():\n    return {'admin': '[[EMAIL_ADDRESS|kojo.ansah@fernhill-clinic.org]]', 'db_pass': '[[PASSWORD|Fernhill#2019#db]]'}",
    "Help me anonymise this CSV before sharing with the vendor:\n\npatient_id,name,dob,postcode\n[[ID_NUMBER|P-30117]],[[PERSON|Agnieszka Zielińska]],1984-02-11,EH6 5QR\n[[ID_NUMBER|P-30118]],[[PERSON|Isaac Boateng]],1979-09-30,EH7 4AB",
    "What's the issue with this cron line?\n\n0 3 * * * PGPASSWORD=[[PASSWORD|n0rthern-Lights!]] pg_dump -h [[IP_ADDRESS|10.5.5.20]] -U [[ID_NUMBER|backup_dorcas]] crm > /backups/crm.sql",
    'Can you explain this auth0 log?\n\n{"type":"fp","description":"Wrong email or password.","user_name":"[[EMAIL_ADDRESS|leilani.k@hawaiiantel.net]]","ip":"[[IP_ADDRESS|2001:db8:ff00::42]]"}',
    'Why doesn\'t this Dockerfile pick up my token?\n\nFROM node:20\nARG NPM_TOKEN=[[API_KEY|npm_Lr1Rd_hqM99nWETzf1iDVSd4e3TXyiV7gKWr]]\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc',
    'Write a jq command to pull names and phones from this:\n\n[{"name":"[[PERSON|Tupac Quispe]]","phone":"[[PHONE_NUMBER|+51 1 555 0143]]"},{"name":"[[PERSON|Yolanda Mamani]]","phone":"[[PHONE_NUMBER|+51 984 555 012]]"}]',
]

# 60 short statements in the style of small synthetic PII datasets, addresses of 25+ countries.
STATEMENTS = [
    "[[PERSON|Imogen Threlfall]] lives at [[STREET_ADDRESS|42 Wellington Crescent, Harrogate HG1 2PL]] and can be reached on [[PHONE_NUMBER|01632 960 204]].",
    "Customer [[PERSON|Dwayne Pettiford]], [[STREET_ADDRESS|1187 Sycamore Ridge Dr, Dayton, OH 45459]], SSN [[US_SSN|987-65-4321]], phone [[PHONE_NUMBER|(937) 555-0162]].",
    "Please ship to [[PERSON|Marie-Claude Tremblay]], [[STREET_ADDRESS|845 rue Saint-Vallier Est, Québec (Québec) G1K 3P6]]; tel. [[PHONE_NUMBER|418-555-0137]].",
    "The account holder, [[PERSON|Jayden Kaur]], registered with [[EMAIL_ADDRESS|jaydenkaur.melb@bigpond.com]] from [[STREET_ADDRESS|Unit 9, 31 Sydney Road, Brunswick VIC 3056]].",
    "[[PERSON|Aperahama Rewi]]'s postal address: [[STREET_ADDRESS|7 Pōhutukawa Lane, Whakatāne 3120]]. Mobile [[PHONE_NUMBER|022 555 0171]].",
    "Name: [[PERSON|Saoirse Nic Giolla Phádraig]] | Eircode address: [[STREET_ADDRESS|Apt 6, Clonard House, Ballsbridge, Dublin 4, D04 K7W2]] | PPSN: [[ID_NUMBER|7654321TA]]",
    "[[PERSON|Friedhelm Ostermann]] wohnt in der [[STREET_ADDRESS|Gartenweg 3a, 33602 Bielefeld]] und hat die Personalausweisnummer [[ID_NUMBER|L01X00T47]].",
    "Records show [[PERSON|Vesna Horvat]] paying rent by transfer from [[IBAN_CODE|HR8398622750009795971]]; her flat is at [[STREET_ADDRESS|Ilica 118, 10000 Zagreb]].",
    "[[PERSON|Lorenz Gschwandtner]], [[STREET_ADDRESS|Mariahilfer Straße 88/12, 1070 Wien]], IBAN [[IBAN_CODE|AT428933492239851653]].",
    "Our member [[PERSON|Noémie Favre]] (AVS [[ID_NUMBER|756.9217.0769.85]]) moved to [[STREET_ADDRESS|Rue du Marché 7, 1204 Genève]].",
    "Inscrit : [[PERSON|Théo Vanderbeken]], [[STREET_ADDRESS|Chaussée de Wavre 214, 1050 Ixelles]], numéro national [[ID_NUMBER|85.07.30-033.61]].",
    "[[PERSON|Sanne de Groot]] (BSN [[ID_NUMBER|111222333]]) ontvangt post op [[STREET_ADDRESS|Prinsengracht 263-II, 1016 GV Amsterdam]].",
    "El titular [[PERSON|Nerea Etxeberria Goikoetxea]], con DNI [[ID_NUMBER|45123987K]], reside en [[STREET_ADDRESS|Calle de Urbieta 22, 3º izda., 20006 Donostia]].",
    "[[PERSON|Gonçalo Marques Pinto]] — [[STREET_ADDRESS|Rua de Cedofeita 410, 4050-174 Porto]] — NIF [[ID_NUMBER|245 871 936]] — tlm. [[PHONE_NUMBER|912 555 043]].",
    "Il sig. [[PERSON|Ettore Scognamiglio]] (codice fiscale [[ID_NUMBER|SCGTTR71C14F839Z]]) risiede in [[STREET_ADDRESS|Via Toledo 256, 80134 Napoli NA]].",
    "[[PERSON|Krystyna Dąbrowska]], PESEL [[ID_NUMBER|68042911567]], [[STREET_ADDRESS|ul. Długa 15/4, 80-831 Gdańsk]].",
    "Client [[PERSON|Ondřej Kratochvíl]] can be contacted at [[EMAIL_ADDRESS|ondra.kratochvil@seznam.cz]] or at [[STREET_ADDRESS|Vinohradská 1511/230, 100 00 Praha 10]].",
    "Personnummer [[ID_NUMBER|850709-9805]] belongs to [[PERSON|Linnea Bergqvist]], who lives at [[STREET_ADDRESS|Storgatan 12 B, 903 26 Umeå]].",
    "[[PERSON|Eirik Haugland]] har adresse [[STREET_ADDRESS|Kongens gate 9, 7011 Trondheim]] og konto [[IBAN_CODE|NO7323076102107]].",
    "Registered user [[ID_NUMBER|mette_fyn]] is [[PERSON|Mette Kjærgaard]], [[STREET_ADDRESS|Vestergade 41, 1. th., 5000 Odense C]], CPR [[ID_NUMBER|120386-1452]].",
    "[[PERSON|Aino Heikkilä]] paid with [[CREDIT_CARD|4280 1217 5499 4041]]; delivery to [[STREET_ADDRESS|Hämeenkatu 20 A 5, 33200 Tampere]].",
    "Delivery: [[PERSON|Kobayashi Haruto]] 様, [[STREET_ADDRESS|〒460-0008 愛知県名古屋市中区栄3-5-12]], TEL [[PHONE_NUMBER|052-555-0186]].",
    "[[PERSON|Park Ji-hoon]] (주민등록번호 [[ID_NUMBER|900214-1234567]]) lives at [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 396, 101동 1203호]].",
    "Is this shipping label complete? 收件人：[[PERSON|刘思远]]，地址：[[STREET_ADDRESS|上海市徐汇区漕溪北路88号2单元501室 200030]]，电话：[[PHONE_NUMBER|138 0013 8000]]。",
    "[[PERSON|Anusha Rajagopalan]], [[STREET_ADDRESS|Flat 3C, Lotus Residency, 14 Harrington Road, Chetpet, Chennai 600031]], Aadhaar [[ID_NUMBER|4921 7730 6158]].",
    "PAN card [[ID_NUMBER|BVKPS4471Q]] was issued to [[PERSON|Gurleen Sandhu]], mobile [[PHONE_NUMBER|+91 98765 00231]].",
    "[[PERSON|Thiago Albuquerque]] — CPF [[ID_NUMBER|529.982.247-25]] — [[STREET_ADDRESS|Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001]].",
    "Mexican customer [[PERSON|Citlali Hernández Ruiz]], CURP [[ID_NUMBER|HERC920314MDFRZT08]], lives at [[STREET_ADDRESS|Calle Morelos 45, Col. Centro, 68000 Oaxaca de Juárez, Oax.]]",
    "Sr. [[PERSON|Facundo Giménez]] (DNI [[ID_NUMBER|32.418.775]]) — [[STREET_ADDRESS|Av. Corrientes 3247, piso 4 B, C1193AAE CABA]] — cel. [[PHONE_NUMBER|11 5555-0192]].",
    "[[PERSON|Lindiwe Dlamini]], ID number [[ID_NUMBER|8807150487083]], resides at [[STREET_ADDRESS|23 Jacaranda Street, Menlo Park, Pretoria, 0081]].",
    "The shipment for [[PERSON|Emeka Okonjo]] goes to [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104]]; NIN [[ID_NUMBER|38291047756]].",
    "[[PERSON|Wambui Kariuki]] (national ID [[ID_NUMBER|29817364]]), [[STREET_ADDRESS|House 14, Lenana Road, Kilimani, Nairobi 00100]], M-Pesa [[PHONE_NUMBER|0712 555 018]].",
    "TC kimlik no [[ID_NUMBER|38472915064]] olan [[PERSON|Büşra Aksoy]], [[STREET_ADDRESS|Bağdat Cad. No:214 D:7, 34728 Kadıköy/İstanbul]] adresinde oturuyor.",
    "[[PERSON|Stavros Papadimitriou]], [[STREET_ADDRESS|Ερμού 54, 105 63 Αθήνα]], ΑΦΜ [[ID_NUMBER|094 518 337]], IBAN [[IBAN_CODE|GR1120888762705775118965898]].",
    "Beneficiarul [[PERSON|Ioana Munteanu]] are contul [[IBAN_CODE|RO80BTRL3150243066036741]] și domiciliul în [[STREET_ADDRESS|Str. Memorandumului 21, ap. 8, 400114 Cluj-Napoca]].",
    "[[PERSON|Maria Cristina Dela Peña]] of [[STREET_ADDRESS|Blk 7 Lot 22, Mabini St., Brgy. San Isidro, Antipolo City, 1870 Rizal]] uses the Viber number [[PHONE_NUMBER|0917 555 0148]].",
    "Penerima: [[PERSON|Dewi Anggraini]], [[STREET_ADDRESS|Jl. Kaliurang Km 5 No. 17, Sleman, Yogyakarta 55281]], HP [[PHONE_NUMBER|0812-5550-0273]].",
    "[[PERSON|Khalid Al Suwaidi]] — Emirates ID [[ID_NUMBER|784-1987-4412739-2]] — [[STREET_ADDRESS|Villa 18, Street 27b, Al Barsha 2, Dubai]] — [[IBAN_CODE|AE123997349788618983683]].",
    "[[PERSON|Yael Mizrahi]] gave her passport number as [[ID_NUMBER|32817746]] and her phone as [[PHONE_NUMBER|052-555-0119]].",
    "Cliente: [[PERSON|Ignacia Valenzuela]], RUT [[ID_NUMBER|16.512.938-K]], [[STREET_ADDRESS|Av. Providencia 1208, depto 502, Providencia, Santiago]].",
    "[[PERSON|Jhon Fredy Cárdenas]] registró la cédula [[ID_NUMBER|1.032.456.781]] y vive en [[STREET_ADDRESS|Carrera 43A # 7-50, El Poblado, Medellín]].",
    "UK national insurance number [[ID_NUMBER|QQ 12 34 56 C]] is on file for [[PERSON|Rhys Gwilliam]], [[STREET_ADDRESS|5 Heol y Nant, Llandeilo SA19 6EP]].",
    "[[PERSON|Chanel Okoye-Bright]]'s Visa is [[CREDIT_CARD|4449 7815 0674 2580]], billing address [[STREET_ADDRESS|88 Peckham Rye, London SE15 4JR]].",
    "Driver licence [[ID_NUMBER|HARRI712094JT9AB]] belongs to [[PERSON|Jordan Harrison-Tate]] of Leeds.",
    "US passport [[ID_NUMBER|A12345678]] — holder [[PERSON|Marisela Quintanilla]], [[STREET_ADDRESS|3021 W Alameda Ave, Burbank, CA 91505]].",
    "[[PERSON|Precious Ndlovu]] uses the username [[ID_NUMBER|preshN_92]] and the email [[EMAIL_ADDRESS|precious.ndlovu92@gmail.com]].",
    "An Amex, [[CREDIT_CARD|3767 429596 08145]], is registered to [[PERSON|Beauregard Lafleur]] in New Orleans; phone [[PHONE_NUMBER|504-555-0193]].",
    "[[PERSON|Tatiana Volkova]]: [[STREET_ADDRESS|ул. Малая Садовая, д. 3, кв. 14, Санкт-Петербург, 191023]]; тел. [[PHONE_NUMBER|+7 921 555-01-38]].",
    "The Ontario driver's licence [[ID_NUMBER|D6101-40706-60905]] belongs to [[PERSON|Harjit Dhillon]], [[STREET_ADDRESS|77 Queen St W, Brampton, ON L6Y 1L9]].",
    "Born in Wellington, [[PERSON|Memphis Tuilagi]] now lives at [[STREET_ADDRESS|12 Te Atatū Road, Te Atatū South, Auckland 0610]].",
    "[[PERSON|Honey Castellano]] set her bank account to [[IBAN_CODE|IT10X0262880687314161951956]] and her phone to [[PHONE_NUMBER|+39 347 555 0126]].",
    "Passport no. [[ID_NUMBER|P4471920C]], holder [[PERSON|Reed Ashworth-Kemp]], e-mail [[EMAIL_ADDRESS|reed.ak@outlook.com]].",
    "[[PERSON|Autumn Greyeyes]] logs into the portal as [[ID_NUMBER|agreyeyes]] from [[IP_ADDRESS|198.51.100.14]].",
    "Bank details for [[PERSON|Oskar Lindgren]]: [[IBAN_CODE|SE2216467593690403137499]]. Address [[STREET_ADDRESS|Östra Hamngatan 24, 411 09 Göteborg]].",
    "[[PERSON|Ayodeji Bamidele]] — Mastercard [[CREDIT_CARD|5225-7939-2422-3264]] — exp 08/27.",
    "[[PERSON|Dakota Whitehorse]] (DOB 4 Feb 1991) can be reached at [[PHONE_NUMBER|(406) 555-0128]]; SSN [[US_SSN|987-65-4327]].",
    "Hồ sơ: [[PERSON|Trần Thị Bích Ngọc]], CCCD [[ID_NUMBER|079192004417]], [[STREET_ADDRESS|135 Nam Kỳ Khởi Nghĩa, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh]].",
    "[[PERSON|Siddharth Menon]] ([[EMAIL_ADDRESS|sid.menon@rediffmail.com]]) is an Irish resident with IBAN [[IBAN_CODE|IE77AIBK05136064275284]].",
    "The tenant [[PERSON|Blessing Chikwanha]] signed in from [[IP_ADDRESS|192.0.2.77]] and gave [[PHONE_NUMBER|07700 900339]] as her number.",
    "[[PERSON|Journey Abernathy]]'s Discover card [[CREDIT_CARD|6011 8851 1297 0213]] was used at [[STREET_ADDRESS|604 Magnolia Ave, Savannah, GA 31401]].",
]

# 40 exam questions and word problems (fictional names in exam items are not personal data).
CLEAN_EXAM = [
    "A man named Corwin signs a contract to sell his car to a neighbour for $3,000 but, before delivery, the car is destroyed by a flood through no fault of either party. Under the common law doctrine of frustration, which outcome is most likely?\nA. Corwin must pay damages\nB. The neighbour must still pay\nC. The contract is discharged\nD. The contract is voidable at the neighbour's option",
    "A 54-year-old woman presents with fatigue, weight gain and cold intolerance. TSH is elevated and free T4 is low. Which is the most appropriate initial treatment?\nA. Propylthiouracil\nB. Levothyroxine\nC. Radioactive iodine\nD. Hydrocortisone",
    "Priya has 3 times as many stickers as Tom. Together they have 84 stickers. How many stickers does Priya have?",
    "Which of the following best describes the function of the mitochondria?\nA. Protein synthesis\nB. ATP production\nC. Lipid storage\nD. DNA replication",
    "A train leaves at 9:15 and arrives at 13:05. If it travelled 276 km, what was its average speed in km/h?",
    "Sven buys 4 notebooks at £2.35 each and a pen for £1.20. He pays with a £20 note. How much change does he get?",
    "In the case of a defendant named Hollister who took a bicycle believing it was abandoned, which element of theft is most likely missing?\nA. Appropriation\nB. Property belonging to another\nC. Dishonesty\nD. Intention to permanently deprive",
    "Which economist is most associated with the concept of 'creative destruction'?\nA. Keynes\nB. Schumpeter\nC. Friedman\nD. Ricardo",
    "Amara reads 18 pages a day. Her book has 342 pages. On which day will she finish it if she starts on day 1?",
    "A 7-year-old boy named Kian has a barking cough and inspiratory stridor that worsens at night. What is the most likely diagnosis?\nA. Epiglottitis\nB. Croup\nC. Asthma\nD. Foreign body aspiration",
    "The Treaty of Westphalia (1648) is most often credited with:\nA. Ending the Hundred Years' War\nB. Establishing the principle of state sovereignty\nC. Creating the Holy Roman Empire\nD. Partitioning Poland",
    "Lucía bakes 5 trays of cookies with 12 cookies each. She gives away 17 and eats 3. How many are left?",
    "A farmer named Obed plants maize on 2/5 of his field and beans on 1/3. What fraction of the field is left unplanted?",
    "Which of these is a correct statement of Ohm's law?\nA. P = IV\nB. V = IR\nC. F = ma\nD. E = mc^2",
    "Under the UK Equality Act 2010, which of the following is NOT a protected characteristic?\nA. Age\nB. Religion or belief\nC. Political party membership\nD. Pregnancy and maternity",
    "Mateus runs 5 km on Monday and increases his distance by 10% each day. How far does he run on Thursday, to one decimal place?",
    "Which literary device is used in 'The wind whispered through the trees'?\nA. Simile\nB. Personification\nC. Alliteration\nD. Hyperbole",
    "A patient called Ms Ferrante, 29, has a positive pregnancy test and right iliac fossa pain with light vaginal bleeding. What must be excluded first?\nA. Appendicitis\nB. Ectopic pregnancy\nC. Ovarian torsion\nD. UTI",
    "Chen and Olu share £450 in the ratio 4:5. How much does Olu get?",
    "What is the derivative of sin(x)·x^2?",
    "Which amendment to the US Constitution abolished slavery?\nA. 13th\nB. 14th\nC. 15th\nD. 19th",
    "Hana's phone battery drains 8% per hour while streaming. Starting at 100%, after how many whole hours will it first be below 20%?",
    "A tenant named Brody stops paying rent after the landlord fails to repair a broken heater for two months. Which doctrine might Brody rely on?\nA. Adverse possession\nB. Constructive eviction\nC. Easement by necessity\nD. Estoppel",
    "Balance the equation: Fe + O2 -> Fe2O3",
    "Which of the following is an example of a Type I error?\nA. Rejecting a true null hypothesis\nB. Failing to reject a false null hypothesis\nC. Using the wrong test\nD. A small sample size",
    "Kwame bought a bike for $240 and sold it for $204. What was his percentage loss?",
    "In Shakespeare's Macbeth, who says 'Out, damned spot'?\nA. Macbeth\nB. Lady Macbeth\nC. Banquo\nD. Macduff",
    "Isla and Noah paint a fence. Isla alone takes 6 hours, Noah alone takes 3 hours. How long do they take together?",
    "Which enzyme breaks down starch in the mouth?\nA. Pepsin\nB. Lipase\nC. Salivary amylase\nD. Trypsin",
    "A 68-year-old man named Mr Dunmore has sudden painless loss of vision in one eye and a cherry-red spot at the macula. What is the most likely cause?\nA. Retinal detachment\nB. Central retinal artery occlusion\nC. Acute glaucoma\nD. Vitreous haemorrhage",
    "Fatima saves $15 a week. Her brother saves $9 a week but started with $60. After how many weeks will they have the same amount?",
    "What is the capital of Mongolia?\nA. Astana\nB. Ulaanbaatar\nC. Bishkek\nD. Tashkent",
    "Which principle of contract law is illustrated when a promise to pay a debtor's smaller sum is not binding without fresh consideration?\nA. Promissory estoppel\nB. The rule in Pinnel's Case\nC. Privity\nD. Mistake",
    "Leo has 2 red, 3 blue and 5 green marbles in a bag. He picks one at random. What is the probability it is not green?",
    "The Krebs cycle takes place in which part of the cell?\nA. Cytoplasm\nB. Nucleus\nC. Mitochondrial matrix\nD. Ribosome",
    "Yuki scored 72, 85 and 91 on three tests. What does she need on the fourth to average 85? Show your working.",
    "Which philosopher wrote 'Critique of Pure Reason'?\nA. Hegel\nB. Kant\nC. Hume\nD. Locke",
    "A woman named Dervla is stopped by police and asked to empty her pockets without any reasonable suspicion. Which right is most clearly engaged under the ECHR?\nA. Article 2\nB. Article 5\nC. Article 8\nD. Article 10",
    "Gabriel earns €14 an hour and works 37.5 hours a week. How much does he earn in 4 weeks?",
    "Which gas makes up about 78% of Earth's atmosphere?\nA. Oxygen\nB. Argon\nC. Nitrogen\nD. Carbon dioxide",
]

# 30 everyday requests with no personal data.
CLEAN_EVERYDAY = [
    "Give me a vegetarian lasagne recipe that serves 6 and can be frozen.",
    "What's the best way to get from Rome to Florence by train, and how early should I book?",
    "Make me a 4-week beginner running plan, 3 runs a week.",
    "how long do i boil an egg for a runny yolk",
    "Write a short poem about autumn leaves for a primary school assembly.",
    "What should I pack for a week of hiking in the Dolomites in September?",
    "Suggest five board games for a family with kids aged 8 and 12.",
    "Can you explain the difference between baking soda and baking powder?",
    "I want to learn Spanish in 6 months. Give me a daily routine of 30 minutes.",
    "what are some cheap date ideas in a small town",
    "Write a cover letter template for a barista job, with placeholders for the details.",
    "How do I get red wine out of a cotton shirt?",
    "Plan a 3-day trip to Kyoto focusing on temples and food markets.",
    "Give me a 20-minute bodyweight workout I can do in a hotel room.",
    "What's a good houseplant for a dark bathroom?",
    "Rewrite this sentence to be more concise: 'Due to the fact that it was raining, the event was postponed until a later date.'",
    "How much water should a 30 kg dog drink per day?",
    "Ideas for a 7-year-old's pirate-themed birthday party?",
    "Explain compound interest like I'm 12.",
    "Recipe for a quick Thai green curry with what's usually in a UK supermarket?",
    "is it safe to swim in the sea in Cornwall in April",
    "Help me write a short story opening set in a lighthouse during a storm.",
    "What stretches help with lower back pain from sitting all day?",
    "Suggest a reading list of 10 classic science fiction novels.",
    "How do I make sourdough starter from scratch?",
    "What's the etiquette for tipping in Japan?",
    "Give me a weekly meal plan for two on a £50 budget.",
    "Translate 'where is the nearest pharmacy?' into Portuguese, Greek and Turkish.",
    "Write a limerick about a cat who hates Mondays.",
    "How do I prepare for a 10k race in 8 weeks if I can already run 5k?",
]

# 30 technical requests with placeholder data only.
CLEAN_TECH = [
    "Write a Python function that validates an email address like user@example.com using a regex.",
    "How do I set an environment variable in GitHub Actions? e.g. API_KEY: ${{ secrets.API_KEY }}",
    "Explain this SQL: SELECT name, COUNT(*) FROM users GROUP BY name HAVING COUNT(*) > 1;",
    "Create a JSON schema for a user object with fields id (UUID), name, email and created_at.",
    "Why does `docker run -p 8080:80 nginx:1.25` work but I can't reach it on localhost:8080 from WSL?",
    'curl -H "Authorization: Bearer ${TOKEN}" https://api.example.com/v1/items — how do I read TOKEN from a file instead?',
    "Generate sample data: 5 rows with columns first_name, last_name, email using placeholders like John Doe / jane.doe@example.org.",
    "What's the difference between UUID v4 and v7? e.g. 3f2b8c1e-9d4a-4c6b-8e21-5a7f0c9d1b34",
    "My git commit hash is 9fceb02d0ae598e95dc970b74767f19372d61af8 — how do I see which files it changed?",
    "Write a Dockerfile for a Flask app on Python 3.12 that listens on 0.0.0.0:5000.",
    "How do I upgrade from React 17.0.2 to 18.3.1 without breaking tests?",
    "Regex to match UK postcodes like SW1A 1AA?",
    "Explain what `chmod 644 config.yaml` does.",
    "In Kubernetes, how do I mount a Secret named db-credentials as env vars? Keys are DB_USER and DB_PASSWORD.",
    "Write a bash loop that pings 127.0.0.1 five times and logs the output.",
    "What's a good naming convention for Terraform variables like var.region and var.instance_type?",
    "Template for a password-reset email: 'Hi <name>, click <link> to reset your password. This link expires in 24 hours.'",
    "Convert this to TypeScript: function greet(name) { return `Hello, ${name}!`; }",
    "How do I hash a password with bcrypt in Node.js, cost factor 12?",
    "SHA-256 of an empty string is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 — why is it not all zeros?",
    "Explain semantic versioning: what changes between 2.4.1 and 3.0.0?",
    "Write a pytest fixture that creates a temporary SQLite database with a users table (id, username, email).",
    "What's the default port for PostgreSQL, Redis and MongoDB?",
    "Nginx config to redirect http://example.com to https://www.example.com?",
    "How do I store an API key safely in a .env file and load it with python-dotenv? Use API_KEY=your-key-here as the example.",
    "Why does JavaScript say NaN === NaN is false?",
    "Write a SQL query to find the second highest salary in an employees table.",
    "Set up a cron job that runs /usr/local/bin/backup.sh every day at 02:30.",
    "Explain the CAP theorem with a simple example.",
    "Write a React form with fields for Name, Email and Message, using placeholder text 'Jane Smith' and 'jane@example.com'.",
]

# 50 texts chosen to trip a naive detector: public and fictional people, eponyms, brands, places.
CLEAN_TRICKY = [
    "Who was Ada Lovelace and why is she called the first programmer?",
    "Summarise the plot of Pride and Prejudice focusing on Elizabeth Bennet and Mr Darcy.",
    "What did Nelson Mandela mean by 'It always seems impossible until it's done'?",
    "Is Harry Potter or Percy Jackson better for a 10-year-old who loves myths?",
    "Explain the Doppler effect and who Christian Doppler was.",
    "What's the best route from Baker Street to Abbey Road by tube?",
    "Recommend songs similar to 'Jolene' by Dolly Parton.",
    "Why is the McDonald's logo yellow and red?",
    "How did the Ford Model T change American cities?",
    "Who won more Grand Slams, Serena Williams or Steffi Graf?",
    "Explain Parkinson's disease in simple terms.",
    "Write a short essay on Frida Kahlo's self-portraits.",
    "What is the Heisenberg uncertainty principle?",
    "Compare Liverpool and Manchester United's records in the 1990s.",
    "In The Lord of the Rings, why does Frodo volunteer to carry the ring?",
    "Who plays Sherlock Holmes in the BBC series, and who plays Watson?",
    "Give me a list of songs with girls' names in the title, like 'Roxanne' and 'Layla'.",
    "How does a Kalman filter work?",
    "Where is Victoria Falls and when is the best time to visit?",
    "Is Tesla named after Nikola Tesla, and what did he actually invent?",
    "Tell me about the life of Marie Curie.",
    "What are the rules of Rugby Union vs Rugby League?",
    "Why do people call the Big Bang theory 'Lemaître's hypothesis'?",
    "Recommend books by Chimamanda Ngozi Adichie for a book club.",
    "How tall is Mount Kilimanjaro and how long does the Marangu route take?",
    "Explain Newton's third law with a skateboarding example.",
    "What is the difference between Alzheimer's and other dementias?",
    "What happened to the Titanic's captain, Edward Smith?",
    "Give me Mario Kart tips for Rainbow Road.",
    "Is Zelda the name of the hero in The Legend of Zelda?",
    "Which Beatles album has 'Eleanor Rigby' on it?",
    "What's the history of Levi Strauss jeans?",
    "Is Sunday a good day to visit the Louvre?",
    "Explain the Monty Hall problem.",
    "What does 'Hobson's choice' mean and where does it come from?",
    "Who was Queen Victoria's husband?",
    "Describe the architecture of Sagrada Família by Gaudí.",
    "Part number B07XJ8C8F5 and model SM-G991B — are they compatible chargers?",
    "Why did Arsenal move from Highbury to the Emirates?",
    "Explain Maslow's hierarchy of needs.",
    "What is a Fibonacci sequence, and did Fibonacci invent it?",
    "Summarise Martin Luther King Jr.'s 'I Have a Dream' speech.",
    "Who is Walter White in Breaking Bad and why is he called Heisenberg?",
    "What is the Dow Jones Industrial Average?",
    "Is Hope Street in Liverpool worth walking down?",
    "What did Amelia Earhart's last flight plan look like?",
    "Recommend games like The Witcher 3 where you play as Geralt.",
    "Explain the Salk and Sabin polio vaccines.",
    "What does 'Grace' mean in theology, and why is 'Amazing Grace' so popular?",
    "Who is Hercule Poirot and which Agatha Christie novel should I start with?",
]

TITLES = re.compile(
    r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|uncle|aunt|auntie|nurse|herr|frau|pak|bu|hanım|bey|sr|sra|sig|signora|mme|pani|pan)\b\.?",
    re.IGNORECASE,
)
CARD_DIGITS = frozenset({15, 16})
LOWER_CHAT = 40
MIN_WORDS, MAX_WORDS = 6, 250


def _covered(start: int, end: int, spans: list) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def _check_repeats(value: str, text: str, spans: list, marked: str) -> None:
    """Every whole-word repeat of ``value`` must itself lie inside a span."""
    for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
        if not _covered(m.start(), m.end(), spans):
            raise ValueError(f"unmarked repeat of {value!r} in {marked[:60]!r}")


def check_pii(marked: str) -> tuple[str, list]:
    """Strip the marks of one personal-data text and check every span it holds."""
    text, spans = strip_marks(marked)
    if not spans:
        raise ValueError(f"no marks in {marked[:60]!r}")
    if "[[" in text or "]]" in text:
        raise ValueError(f"broken mark in {marked[:60]!r}")
    for span in spans:
        kind, value = span["type"], span["value"]
        if kind not in TYPES:
            raise ValueError(f"unknown type {kind} in {marked[:60]!r}")
        if value != value.strip() or not value:
            raise ValueError(f"padded value {value!r}")
        if kind == "PERSON" and TITLES.match(value):
            raise ValueError(f"title inside a name: {value!r}")
        if kind == "CREDIT_CARD":
            digits = sum(c.isdigit() for c in value)
            if not luhn_ok(value) or digits not in CARD_DIGITS:
                raise ValueError(f"bad card {value!r}")
        if kind == "IBAN_CODE" and not iban_ok(value):
            raise ValueError(f"bad IBAN {value!r}")
        if kind == "IP_ADDRESS" and (value.startswith("127.") or value in {"::1", "0.0.0.0"}):
            raise ValueError(f"loopback as a personal IP: {value!r}")
        if kind == "US_SSN" and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", value):
            raise ValueError(f"bad SSN {value!r}")
        if kind == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value):
            raise ValueError(f"bad e-mail {value!r}")
        _check_repeats(value, text, spans, marked)
        # every part of a name (given name, surname) said again alone is marked too
        if kind == "PERSON":
            for part in re.split(r"[\s,]+", value):
                if len(part) > 2 and (part[0].isupper() or text == text.lower()):
                    _check_repeats(part, text, spans, marked)
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            raise ValueError(f"overlapping spans in {marked[:60]!r}")
    return text, spans


def check_clean(text: str) -> str:
    """A clean text holds no marks."""
    if "[[" in text or "]]" in text or MARK.search(text):
        raise ValueError(f"mark in clean text {text[:60]!r}")
    return text


def _is_lower(marked: str) -> bool:
    plain = strip_marks(marked)[0]
    return plain == plain.lower()


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "pasted": (PASTED, 60),
        "work": (WORK, 60),
        "statements": (STATEMENTS, 60),
        "clean exam": (CLEAN_EXAM, 40),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean tech": (CLEAN_TECH, 30),
        "clean tricky": (CLEAN_TRICKY, 50),
    }
    for name, (items, want) in sections.items():
        if len(items) != want:
            raise SystemExit(f"{name}: {len(items)} texts, want {want}")
    lower = [i for i, t in enumerate(CHAT) if _is_lower(t)]
    if lower != list(range(LOWER_CHAT)):
        raise SystemExit(f"chat: lower-case texts at {lower}, want the first {LOWER_CHAT}")

    pii_marked = CHAT + PASTED + WORK + STATEMENTS
    clean = CLEAN_EXAM + CLEAN_EVERYDAY + CLEAN_TECH + CLEAN_TRICKY
    pii_rows = []
    seen: set[str] = set()
    for i, marked in enumerate(pii_marked, 1):
        text, spans = check_pii(marked)
        if text in seen:
            raise SystemExit(f"duplicate text {text[:60]!r}")
        if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
            raise SystemExit(f"{len(text.split())} words in {text[:60]!r}")
        seen.add(text)
        pii_rows.append(record(f"blind9-pii-{i:04d}", "invented-chat-blind9", text, spans))
    clean_rows = []
    for i, text in enumerate(clean, 1):
        check_clean(text)
        if text in seen:
            raise SystemExit(f"duplicate text {text[:60]!r}")
        seen.add(text)
        clean_rows.append(record(f"blind9-clean-{i:04d}", "invented-clean-blind9", text, []))
    write(HERE / "chat_pii_blind9.jsonl", pii_rows, report=True)
    write(HERE / "chat_clean_blind9.jsonl", clean_rows, report=True)


if __name__ == "__main__":
    main()
