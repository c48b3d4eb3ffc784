# ruff: noqa: E501
"""A fourteenth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind13.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 110 chat requests mentioning private people, in the voices of parents of teenagers, a
  nurse on shift handover, a small landlord, bus drivers, a hairdresser, a volunteer
  firefighter, a retired teacher, a student society treasurer, a farmer, a translator, a dog
  walker, a tattoo artist, a gamer, a priest, care-home workers and an HR assistant; mostly
  first names, some full names, lone surnames, nicknames and family names ("the X kids"),
  from West and East Africa, South, Southeast and East Asia, Latin America, Eastern Europe,
  the Nordics, the Middle East, the Pacific, the Caribbean and Indigenous peoples, in many
  positions (sentence start, after prepositions, lists, quoted messages, possessives,
  vocatives, objects, relative clauses); the first 40 typed all in lower case with
  shorthand and typos, the next 12 in Spanish, Portuguese, French, German, Norwegian,
  Polish, Ukrainian, Hinglish, Taglish, Swahili, Japanese and Turkish;
* 40 pasted texts to summarise, fix or answer: minutes with attendees, a class list, a
  shift-swap thread, a lost-property log, complaint e-mails with signatures, an order
  confirmation, handover notes, CSV and JSON rows, Discord and Slack exports, references,
  forms, notices and logs with names, phones, e-mails, addresses, account, member and
  customer numbers and usernames;
* 30 texts whose personal datum is a secret or identifier said in passing without the
  obvious keyword (router keys, gate and alarm codes, passphrases, recovery codes, sort
  codes and account numbers, IBANs, member numbers, number plates, handles, IPs, a token);
* 40 statement-style records of one invented person each (name with address, phone,
  e-mail, national id, card or IBAN, sometimes a date of birth) in the formats of 40
  countries, in Latin, Greek, Arabic, Chinese, Japanese and Korean script.

Usernames, handles, logins, customer, member, patient and employee numbers, sort codes,
bank account numbers and number plates are labelled ID_NUMBER; wifi keys, door, gate, alarm
and key-safe codes, passphrases and recovery codes are PASSWORD; titles stay outside PERSON
spans; an address span runs from the street line through the postcode and city as typed;
dates of birth, order numbers, public figures and fictional characters are not labelled;
every occurrence of a private value is marked. The 100 clean texts are 30 benchmark-style
questions and word problems with fictional first names, 30 everyday requests, 20 technical
requests with placeholders only and 20 chosen to trip a naive detector. All values are
invented: phones from fictional ranges where a country has one (UK 07700 900, 01632 960;
North America 555-01; France 06 39 98), cards Luhn-valid and not well-known test numbers,
IBANs valid mod 97, national ids with valid check digits where the format has one, IPs from
documentation ranges.

Run ``.venv/bin/python bench/data/build_blind14.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 40
OTHER_LANGUAGES = 12
MIN_CHARS = 15
MAX_WORDS = 260
CARD_DIGITS = frozenset({13, 14, 15, 16, 19})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Fr|Sr|Sra|Herr|Frau|Mme|Mlle|M|Dhr|Pan|Pani|Ing|Deacon|Brother|Sister|Pastor|Father|Aunty|Auntie|Uncle|Tita|Grandpa)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1")

# 110 chat requests: 40 all in lower case, 12 in other languages, 58 in English.
CHAT = [
    # 40 all in lower case, shorthand and typos
    "my 15yo [[PERSON|tendai]] wants to go to a party at [[PERSON|kuda]]'s house sat night, parents wont be home apparently. how do i say no without him hating me for a month",
    "handover for 0700: bed 4 mr [[PERSON|haukipuro]] refused his 0200 obs, bed 7 [[PERSON|ngaire]] pain 6/10 after the oxy. can u tidy this into sbar format for me",
    "tenant in the upstairs flat, [[PERSON|olusegun]], says the boiler is making a banging noise again. do i have to get someone out within 24h or is that only for no hot water",
    "did a double today bc my relief driver [[PERSON|baljit]] never showed. can i claim that as overtime if it wasnt on the roster? depot manager is being vague",
    "hiya can u write me a reply for the salon insta. [[PERSON|chantelle]] wants balayage + cut sat 10am but [[PERSON|kez]] is off sat so its only me and i need 3.5hrs for that. offer her sun or the sat after",
    "pager went off at 2am, chimney fire out on the back road past [[PERSON|mcafferty]]'s farm. need to write the incident summary for the brigade captain, what goes in one",
    "retired 6 yrs now and one of my old yr 9s, [[PERSON|siosaia]], messaged me on fb asking for a reference for a police application. what can i even say, i havent taught him since he was 14",
    "im treasurer for the uni kpop dance soc and [[PERSON|hyejin]] paid her membership twice by accident. how do i refund her from the society acct, do i need the presidents sign off",
    "lambing started early, ewe 214 had twins and rejected one. neighbour [[PERSON|gwilym]] says rub the lamb with the other ones afterbirth. does that actually work",
    "translating a birth cert from amharic for a client, the fathers name is written [[PERSON|tesfaye gebremedhin]] but her passport has it as [[PERSON|tesfaye gebre medhin]]. which spelling goes in the translation",
    "dog walker here. client [[PERSON|ingrid]] wants me to give her lab his pills at lunch, is it ok to hide them in cheese or does that mess w the meds",
    "tattoo consult tmrw w [[PERSON|marama]], she wants her kuia's signature on her forearm. any tips for tracing handwriting so it stays legible as it ages",
    "ok so my duo [[PERSON|zhenya]] keeps tilting after 2 losses and then throws the whole session lol. how do i tell him to take a break without starting beef",
    "parish priest here, need a short homily for a funeral fri. the man was [[PERSON|eamon]], 81, kept bees, sang in the choir 40 yrs. his wife [[PERSON|bridie]] asked for something not too sad",
    "care home nights. resident [[PERSON|pereira]] in room 12 keeps trying to leave at 3am saying she has to get to work. whats a kind way to redirect her, i dont want to lie but i dont want to upset her",
    "hr assistant here, got told to send a letter to [[PERSON|aigerim]] about her probation being extended 3 months. never written one, can u draft it neutral and not scary",
    "my daughter is 16 and wants to go interrailing w [[PERSON|freja]] and [[PERSON|astrid]] this summer, no adults. am i being overprotective if i say no",
    "can u explane what a zero hours contract means, my son [[PERSON|rangi]] just got offered one at the burger place and hes chuffed",
    "school run bus yday and one of the yr 8s, [[PERSON|jaylen]] i think, threw a drink at the window. do i report to the school or the depot first",
    "me n [[PERSON|thandiwe]] are splitting rent 60/40 cos she has the big room, is that fair if rent is 1450",
    "landlord [[PERSON|castellanos]] says he's keeping my deposit for 'general wear'. is that even allowed in ontario",
    "whats a good bday gift for a 13yo who likes horses and drawing. its for my niece [[PERSON|anjali]], budget like 40",
    "can u write a polite cancellation fee msg, [[PERSON|dolores]] no showed again, 3rd time this yr. i charge 50% but ive never actually enforced it",
    "on the fire crew we got a new probie, [[PERSON|oisin]], nice lad but hes terrified of ladders. any training ideas that dont involve humiliating him",
    "wat do i say in a sympathy card to my old colleage [[PERSON|wiremu]], his mum passed last week. we werent super close",
    "ugh group project. [[PERSON|kiet]] hasnt done anything in 3 weeks and the report is due mon. do we tell the tutor or just leave him off the cover page",
    "farm stuff: the vet, [[PERSON|sunil]], reckons the heifer has milk fever. how much calcium do they usually give iv, just so i know what to expect on the bill",
    "translator q: client wants a certified translation of her divorce decree, names on it are [[PERSON|lucía]] and [[PERSON|ignacio]]. do i translate the names or leave them as is",
    "dog walk plan tmrw: pick up [[PERSON|pavel]]'s husky at 8, then the two spaniels by the park, then [[PERSON|noor]]'s greyhound who cant be off lead. make me a schedule w 45 min walks",
    "aftercare msg for [[PERSON|jojo]] pls, did a big back piece today 5hrs. she always forgets to moisturise lol, make it short and bossy",
    "my irl mate [[PERSON|radek]] wants to join our raid team but hes never done endgame. how do i tell the guild leader without it sounding like im carrying him",
    "hi im 67 and new to this chat stuff, my granddaughter [[PERSON|yuki]] set it up for me. how do i save a recipe so i can find it again",
    "whats a good activity for a resident who used to be a seamstress, [[PERSON|lakshmi]], mid stage dementia and gets restless after tea",
    "hr q: someone put in a grievance against a manager and named [[PERSON|dawit]] as a witness. do i tell him before the meeting or does the investigator do that",
    "my 14yo [[PERSON|esi]] says everyone in her class has snapchat and shes the only one who doesnt. is 14 ok? what settings should i lock down",
    "pt [[PERSON|kowalski]] bay 3 had a fall at 0415, no head injury, obs stable. write me the incident narrative, factual, 3rd person",
    "small landlord here, [[PERSON|minh]] from flat 2 wants to sublet his room for the summer to a cousin. what do i need in writing",
    "wedding couple [[PERSON|kojo]] and [[PERSON|abena]] want a bit of twi in the vows. can u give me a simple blessing line in twi w english meaning, im the priest not a linguist lol",
    "chess club treasurer. [[PERSON|ezra]] took 80 quid for the tournament float and hasnt given receipts. how do i ask without accusing him",
    "yo [[PERSON|kenji]] said u can make workout plans. make me one for 3 days a wk, i only have dumbbells n a pull up bar",
    # 12 in other languages
    "Oye, ¿me ayudas a escribirle a la maestra de mi hijo? Se llama [[PERSON|Leticia Zamudio]] y quiero avisarle que [[PERSON|Santi]] va a faltar el viernes porque tiene cita con el dentista.",
    "Preciso de uma mensagem educada pra cobrar o aluguel do inquilino do apartamento 3, o [[PERSON|Josué]]. Ele já está 12 dias atrasado e sempre diz que paga amanhã.",
    "Bonjour, je dois écrire un mot d'excuse pour l'école : ma fille [[PERSON|Aïssatou]] était malade mardi. Son maître, c'est M. [[PERSON|Ndiaye]]. Quelque chose de court svp.",
    "Kannst du mir helfen, eine Schichttausch-Anfrage an [[PERSON|Jannik]] zu formulieren? Ich brauche den Samstag frei, er könnte dafür meinen Mittwoch haben.",
    "Kan du hjelpe meg å skrive en hyggelig melding til naboen vår, [[PERSON|Sigrid Haugland]]? Hunden hennes bjeffer hele natten og vi har småbarn.",
    "Hej, mój syn [[PERSON|Kuba]] ma 17 lat i chce zrobić tatuaż. Co mówi prawo w Polsce, czy potrzebna jest zgoda rodzica?",
    "Допоможи написати привітання з днем народження для моєї колеги [[PERSON|Оксани]], їй 40, вона любить гори і каву.",
    "Yaar mera roommate [[PERSON|Aakash]] har din bina bataye mera charger le jaata hai. Usko politely kaise bolun, bina drama ke?",
    "Pa-help naman, gagawa ako ng schedule ng bantay kay Lola. Kami ni [[PERSON|Jomar]] at si Tita [[PERSON|Luz]] lang ang pwede, tapos gabi lang ako. Gawan mo ng weekly table.",
    "Naomba unisaidie kuandika ujumbe kwa mwalimu wa [[PERSON|Baraka]], nataka kujua kwa nini alama zake za hesabu zimeshuka muhula huu.",
    "明日のシフト、[[PERSON|佐々木]]さんと代わってもらうことになったので、店長に送るLINEの文面を考えてください。丁寧すぎない感じで。",
    "Kızım [[PERSON|Elif]] üniversite için İzmir'e taşınıyor, ev arkadaşı [[PERSON|Zeynep]] ile ortak bir kira sözleşmesi imzalayacaklar. Nelere dikkat etmeleri lazım?",
    # 58 in English
    "Can you finish this text for me: 'Ok so, [[PERSON|Dmitri]], about Saturday — I can't drive you to the airport after all, but' and then make it sound less flaky?",
    "The [[PERSON|Okonkwo]] kids next door keep kicking their football over our fence into my vegetable beds. What's a friendly note I could leave for their parents?",
    "[[PERSON|Malia]] starts at a new high school on Monday and she's really anxious about not knowing anyone. What can I say to her tonight as her mum?",
    "I'm a charge nurse, can you turn this into a clean handover? Bay 2, [[PERSON|Rosalind Achterberg]], 78, post hip replacement day 1, mobilised with frame, IV antibiotics due 1400. Bay 5, [[PERSON|Samir Haddad]], chest pain resolved, repeat troponin due 1600.",
    "Writing a reference for my former tenant. [[PERSON|Kalani]] rented the granny flat for three years, always paid on time and left it spotless. Can you make it sound professional but warm?",
    "Our volunteer fire brigade is doing a fundraiser BBQ. Write a thank-you post for the local Facebook group that mentions [[PERSON|Hemi]], who donated the sausages, and the [[PERSON|Van der Merwe]] family for lending us the marquee.",
    "Is it normal for a 17-year-old to sleep until 2pm every weekend? Asking because [[PERSON|Teodor]] basically hibernates and his dad thinks he's depressed.",
    "Can you help me word a message to the driver who covers my route on Thursdays? His name's [[PERSON|Gurpreet]] and he keeps leaving the bus with the heater on full.",
    "Retired primary teacher here. A former pupil, [[PERSON|Ngozi Eze]], has invited me to her medical school graduation. What would be a thoughtful gift?",
    "I run a small hair studio. Please rewrite this reminder so it's friendlier and shorter: 'Hi [[PERSON|Leilani]], this is a reminder of your colour appointment with [[PERSON|Dani]] tomorrow at 11:30. Reply C to confirm.'",
    "As treasurer I need to chase three people for society fees: [[PERSON|Ifeoma]], [[PERSON|Callum Reid]] and [[PERSON|Shreya]]. Draft one group email that doesn't name and shame anyone.",
    "We had a calf born at 3am and my eldest, [[PERSON|Taini]], named it before I could stop her. How do I explain to a 9-year-old that we're raising it for beef?",
    "I interpret for a refugee resettlement agency. The client, [[PERSON|Abdirahman]], asked me what a 'guarantor' is on a lease. Give me a simple explanation I can put into Somali.",
    "Can you suggest a walking schedule for five dogs where [[PERSON|Maeve]]'s collie and the [[PERSON|Kapoor]]s' beagle can't go out together because they fight?",
    "Tattoo artist here. A client called [[PERSON|Renata]] wants to cover an ex's name on her wrist. The old tattoo says '[[PERSON|Diego]]' in thick script. What designs cover lettering well?",
    "Our squad's in-game leader is [[PERSON|Farrukh]] and he's brilliant, but he keeps calling people trash on comms. How do I bring it up without him rage quitting?",
    "I'm the chaplain at a care home. [[PERSON|Agnes]] asked me to help her write to her estranged brother [[PERSON|Lionel]] before she dies. How do I help without steering what she says?",
    "Help me plan the care home's Diwali afternoon. Two of our residents, [[PERSON|Harbhajan]] and [[PERSON|Kamala]], said they'd like to teach the others how to make rangoli.",
    "HR question. An employee, [[PERSON|Tomasz Wróbel]], has asked for flexible working to care for his mother. What must the response letter include under UK law?",
    "My son and his friend [[PERSON|Jae-won]] got caught vaping behind the gym. The school wants a meeting with both families. How should I prepare?",
    "Please rewrite this voicemail as a short note for my boss: 'Hi, it's [[PERSON|Winnie]] from the lettings agency, calling about the leak — the tenant says it's coming from the flat above.'",
    "Who should I ask to be godparents? The shortlist is my sister [[PERSON|Ana Lucía]], my best mate [[PERSON|Femi]] and my husband's cousin [[PERSON|Nikolai]]. Help me think it through.",
    "Draft a note for the neighbours: we're having a 40th for [[PERSON|Rahul]] on Saturday, music off by 11, and they're welcome to pop in.",
    "We're writing an award nomination for [[PERSON|Jessie-Mae Tupou]], who has done 20 years of call-outs with our rural fire service while running a dairy farm. Give me a 200-word citation.",
    "Aunty [[PERSON|Bisi]] keeps telling me to put my savings in a 'guaranteed 30% a month' scheme her church friend runs. Is that a scam? How do I tell her without offending her?",
    "Why does [[PERSON|Lorenzo]] always get the window seat? Joking. Actually I need a fair seating rota for 3 kids on long car trips, the oldest is 12.",
    "I teach adult ESL on Tuesdays. [[PERSON|Thi Hoa]] and [[PERSON|Mohammed]] are at a much higher level than the others. How do I stretch them without making them feel singled out?",
    "I lost my temper at [[PERSON|Kaito]] last night over his phone. He's 15. What's a genuine apology that doesn't undo the rule?",
    "Farmer here. Can you write a text to the contractor, [[PERSON|Doyle]], asking when he can come and cut silage on the bottom fields? Weather looks good from Wednesday.",
    "At the dog park yesterday a woman named [[PERSON|Sunniva]] told me my puppy needs socialisation classes. Is 14 weeks too early?",
    "I want to surprise [[PERSON|Matías]] with a custom Minecraft map for his birthday. Ideas for a build full of inside jokes about our school?",
    "Write a toast for my grandmother [[PERSON|Nalani]]'s 90th. She surfed until she was 70 and still beats everyone at cards.",
    "I'm the landlord of a duplex. The downstairs tenant, [[PERSON|Ekaterina]], complained that [[PERSON|Boris]] upstairs smokes on the balcony and it drifts into her bedroom. What are my options?",
    "Can you check this before I send it? 'Hey [[PERSON|Tasi]], we're short at the shelter Friday night, any chance you could cover 6 to midnight? [[PERSON|Grace]] already said she's out.'",
    "Is it okay to give my 13-year-old's friend [[PERSON|Zainab]] a lift home without checking with her parents? They live two streets away.",
    "I'm a dental hygienist and a patient, [[PERSON|Hamid]], asked me out after his cleaning. Is that an ethics problem?",
    "Explain how to split a bill fairly when [[PERSON|Sipho]] didn't drink and [[PERSON|Marguerite]] only had a starter.",
    "Turn these notes into a newsletter paragraph: hall roof fixed thanks to [[PERSON|Cormac]] and his nephew, jumble sale raised 640, choir practice moves to Thursdays.",
    "[[PERSON|Yaw]], my stepson, wants to quit his apprenticeship to become a streamer. How do I have that conversation without just saying no?",
    "I need a rota for feeding [[PERSON|Pita]]'s chickens while he's in Tonga for a month. Me, [[PERSON|Losana]] and [[PERSON|Vika]] can each do two mornings a week.",
    "What should I write in a leaving card for the school receptionist, [[PERSON|Bernadette Okafor]], who has worked there 31 years and knows every child's name?",
    "My daughter's ex, [[PERSON|Tyrese]], keeps turning up at our door. She's 17. At what point do we call the police?",
    "Translator here. The client wants a wedding speech in both Spanish and English; the couple are [[PERSON|Paloma]] and [[PERSON|Aarav]] and it's from the bride's brother. Can you give me a bilingual opener?",
    "I want to write a thank-you letter to [[PERSON|Halvorsen]], the surgeon who operated on my dad, but I only know his surname. How do I address it?",
    "Play a tough interviewer. I'm going for assistant manager and the panel will be [[PERSON|Ruth Abernathy]] and someone from head office. Ask me five hard questions.",
    "Kids' party invite text: [[PERSON|Ilse]] is turning 7, pool party Saturday 2–4, bring a towel, RSVP to me by Wednesday. Make it fun.",
    "A guy at my gym, [[PERSON|Mateus]], offered to be my personal trainer for cash, no contract. Is that sketchy or normal?",
    "I'm a funeral celebrant. Help me structure a eulogy for [[PERSON|Kwabena Asante]], 58, taxi driver, loved highlife music and Arsenal. His widow, [[PERSON|Efua]], will speak after me.",
    "Give me three ways to tell [[PERSON|Oluwaseun]] I can't be his best man without wrecking our friendship.",
    "I drive the night bus. A regular everyone calls [[PERSON|Gramps]] didn't get on tonight for the first time in two years. Is it weird to ask the depot to check on him?",
    "Can you reply to this for me? 'Hi it's [[PERSON|Ffion]], can I move my lash lift from Friday to next Tuesday, and can my sister come too?' We have 4pm free Tuesday.",
    "The student union president, [[PERSON|Akosua]], wants our society to pay her train fare to a conference. Our constitution only covers committee travel. How do I say no?",
    "My coworker [[PERSON|Szymon]] keeps microwaving fish. Give me a funny but not passive-aggressive sign for the kitchen.",
    "Help me write a condolence message to the family of our resident [[PERSON|Eileen Mahon]], who died peacefully last night. Her son [[PERSON|Declan]] was with her.",
    "Can you write a short rhyme to help [[PERSON|Arjun]] remember his times tables? He's 8 and stuck on the 7s.",
    "What's the etiquette for tipping the guy who fixed our roof? [[PERSON|Tevita]] did it on a Sunday and wouldn't take anything extra.",
    "I'm applying to be a foster carer and they want a referee who has seen me with kids. Should I ask [[PERSON|Moana Fifita]], whose boys I coach, or my pastor?",
    "Can you help me write a welcome note for the family that moved in across the road? The [[PERSON|Kristjánsson]]s have two little girls and a very loud parrot.",
]

# 40 pasted texts to summarise, fix or answer.
PASTED = [
    "Summarise these minutes into three action points:\nResidents' association, 4 March\nPresent: [[PERSON|Gloria Ampofo]] (chair), [[PERSON|Hassan Mirza]], [[PERSON|Wen Li]], [[PERSON|Petra Novák]]\nApologies: [[PERSON|Desmond Clarke]]\n1. Bins: [[PERSON|Hassan]] to ring the council about missed collections.\n2. Garden: [[PERSON|Petra]] has quotes for new raised beds, cheapest 340.\n3. AOB: [[PERSON|Gloria]] reminded everyone the AGM is in May.",
    "Can you sort this class list into reading groups of four, mixing levels?\nRoom 6 Kōwhai\n[[PERSON|Aroha]] – gold\n[[PERSON|Benji]] – green\n[[PERSON|Chen Yu]] – gold\n[[PERSON|Destiny]] – blue\n[[PERSON|Elijah]] – green\n[[PERSON|Fatima]] – blue\n[[PERSON|Hunter]] – gold\n[[PERSON|Isla-Rose]] – green\n[[PERSON|Manaia]] – blue\n[[PERSON|Priyanka]] – gold\n[[PERSON|Tane]] – green\n[[PERSON|Zoe K]] – blue",
    "Who ends up working Sunday after this thread?\n[[PERSON|Marek]]: can anyone take my sun 7-3? will swap for any weekday\n[[PERSON|Chloé]]: I can do sun if you take my tues late\n[[PERSON|Marek]]: deal\n[[PERSON|Obi]]: wait I already swapped tues late with [[PERSON|Chloé]] last week lol\n[[PERSON|Chloé]]: oh no. ok [[PERSON|Obi]] you do sun then?\n[[PERSON|Obi]]: only if [[PERSON|Marek]] covers my wed 3-11",
    "Tidy this lost property log into a table (date, item, claimed by, contact):\n12/05 black umbrella – unclaimed\n12/05 child's blue scooter – claimed by [[PERSON|Rukhsana Begum]], [[PHONE_NUMBER|07700 900418]]\n13/05 reading glasses in red case – claimed by [[PERSON|Alun Pritchard]], [[PHONE_NUMBER|01632 960583]]\n14/05 wallet (cards, no cash) – handed to police, owner [[PERSON|Tiago Fernandes]] informed\n15/05 earbuds case – unclaimed",
    "Make this complaint firmer but still polite:\n\nTo whom it may concern,\nI ordered a sofa on 2 April (customer account [[ID_NUMBER|CA-55730219]]) and the delivery has now been cancelled twice without explanation. I took two days off work for deliveries that never came.\n\nRegards,\n[[PERSON|Yolanda Mthembu]]\n[[STREET_ADDRESS|14 Jacaranda Avenue, Glenwood, Durban 4001]]\n[[PHONE_NUMBER|082 614 3309]]",
    "Is this confirmation legit or phishing?\n\nThank you for your order, [[PERSON|Rashida Kamara]]!\nDelivering to: [[STREET_ADDRESS|Flat 3, 27 Harcourt Road, Sheffield S10 1DJ]]\nWe'll send updates to [[EMAIL_ADDRESS|rashida.kamara@btinternet.com]]\nEstimated delivery: Thursday\nTrack your parcel with the link below.",
    "Rewrite for the day team, keep it short:\nNIGHT HANDOVER rm 4 [[PERSON|Dorothea Blackwood]] – settled, up x2 to toilet, remind re fluids. rm 9 [[PERSON|Akira Tanabe]] – refused supper, ate toast at 0300. Daughter [[PERSON|Emi]] rang at 2200, pls call her back on [[PHONE_NUMBER|07700 900127]]. rm 11 [[PERSON|Joe Whitehorse]] – chest sounds crackly, GP to review.",
    "Why does this CSV fail to import? I think one row has too many columns.\nmember_id,first,last,email,phone\n[[ID_NUMBER|M10442]],[[PERSON|Kagiso]],[[PERSON|Molefe]],[[EMAIL_ADDRESS|kagiso.m@webmail.co.za]],[[PHONE_NUMBER|+27 71 408 2256]]\n[[ID_NUMBER|M10443]],[[PERSON|Ana Clara]],[[PERSON|Souza]],[[EMAIL_ADDRESS|anaclara.souza@uol.com.br]],[[PHONE_NUMBER|+55 11 98734-2210]]\n[[ID_NUMBER|M10444]],[[PERSON|Lars]],[[PERSON|Eriksen]], Jr,[[EMAIL_ADDRESS|lars.eriksen@online.no]],[[PHONE_NUMBER|+47 412 88 390]]",
    "Summarise what got decided in this Discord chat:\n[21:04] [[ID_NUMBER|nyx_wolfie]]: ok so raid night moves to thurs?\n[21:05] [[ID_NUMBER|GrumpyTurnip]]: thurs works, im off at 8\n[21:05] [[ID_NUMBER|sable.k]]: cant do thurs, work. [[PERSON|Tomasi]] can tank instead\n[21:07] [[ID_NUMBER|nyx_wolfie]]: fine, [[PERSON|Tomasi]] tanks, [[ID_NUMBER|sable.k]] benched this week\n[21:08] [[ID_NUMBER|GrumpyTurnip]]: rip",
    "Turn this Slack thread into a ticket description:\n[[PERSON|Priscilla Obeng]]  9:12 AM\n@[[ID_NUMBER|rafa.quispe]] the export for customer [[ID_NUMBER|CUST-884120]] is missing their VAT number again\n[[PERSON|Rafael Quispe]]  9:20 AM\nlooking, that account was migrated last week, their billing email [[EMAIL_ADDRESS|graham@hollowayjoinery.co.uk]] didn't come over either\n[[PERSON|Priscilla Obeng]]  9:21 AM\nthanks, the owner [[PERSON|Graham Holloway]] has already rung twice",
    "Proofread this reference:\n\nTo the hiring panel,\nI have known [[PERSON|Keoni Kahananui]] for four years as a volunteer at our surf lifesaving club, where he rose to patrol captain. [[PERSON|Keoni]] is calm under pressure and patient with juniors. I recommend him without reservation.\n\nYours sincerely,\n[[PERSON|Lorraine Fitzgerald]]\nClub Secretary\n[[PHONE_NUMBER|0491 570 118]] | [[EMAIL_ADDRESS|lorraine.fitz@bigpond.com]]",
    "My tenant sent this, what's my legal position?\n'Hi, this is [[PERSON|Chidera]] from [[STREET_ADDRESS|Flat B, 9 Albion Terrace, Leeds LS6 2HN]]. The mould in the bathroom is back and my daughter has asthma. Can you send someone this week? My number is [[PHONE_NUMBER|07700 900662]].'",
    "Check this trip permission form for missing info:\nPupil: [[PERSON|Amaru Condori]]\nClass: 5B\nParent/carer: [[PERSON|Rosa Condori Mamani]]\nEmergency contact: [[PHONE_NUMBER|+51 984 226 317]]\nAllergies: peanuts\nSigned: ________",
    "Make this call-out roster into a weekly grid:\nMon – [[PERSON|Rewi]], [[PERSON|Stacey]]\nTue – [[PERSON|Bjorn]], [[PERSON|Rewi]]\nWed – [[PERSON|Hine]], [[PERSON|Marcus]]\nThu – [[PERSON|Stacey]], [[PERSON|Hine]]\nFri – [[PERSON|Bjorn]], [[PERSON|Marcus]]\nCrew chief on call all week: [[PERSON|Lyall]] [[PHONE_NUMBER|021 408 5517]]",
    "Can you list all the bookings from this chat with times?\n[[PERSON|Nkechi]]: hi can i get knotless braids fri?\nSalon: yes 10am?\n[[PERSON|Nkechi]]: perfect, and my cousin [[PERSON|Adaeze]] wants a silk press same day\nSalon: 2pm ok for her, can she send her number?\n[[PERSON|Nkechi]]: its [[PHONE_NUMBER|0803 417 2290]]",
    "Check the sums on this invoice:\nInvoice to [[PERSON|Bronwyn Tregear]], [[STREET_ADDRESS|Trewarren Farm, Lanlivery, Bodmin PL30 5BT]]\n40 round bales @ 32 = 1,280\nDelivery 2 loads @ 60 = 120\nTotal 1,500\nPay to acc [[ID_NUMBER|41328860]] sort [[ID_NUMBER|30-96-17]]",
    "Turn into a formal incident report:\nRoute 12, 17:40, stop outside the library. Passenger [[PERSON|Dariusz Kamiński]] (gave his number as [[PHONE_NUMBER|07700 900835]]) fell when the bus pulled away. Witness [[PERSON|Folake Adeyemi]] said he was still standing when the doors shut. Driver: me, badge [[ID_NUMBER|D4471]].",
    "Which members haven't renewed?\n[[ID_NUMBER|RC-0193]] [[PERSON|Hinemoa Parata]] – paid\n[[ID_NUMBER|RC-0207]] [[PERSON|Seán Gallagher]] – not paid\n[[ID_NUMBER|RC-0211]] [[PERSON|Luísa Ferreira]] – paid\n[[ID_NUMBER|RC-0230]] [[PERSON|Ikaika Nakoa]] – not paid",
    "Pull the client details out of this job ticket:\nJob 2291 – certified translation, Arabic > English\nClient: [[PERSON|Rania Al-Khatib]]\nDocuments: birth certificate, university diploma\nEmail: [[EMAIL_ADDRESS|rania.alkhatib92@gmail.com]]\nPhone: [[PHONE_NUMBER|+962 79 551 2384]]\nDeadline: Friday",
    "Summarise who's bringing what from our family group chat:\n[18/11, 19:02] Auntie [[PERSON|Mercy]]: I'll do jollof and chicken\n[18/11, 19:05] [[PERSON|Kobby]]: drinks on me\n[18/11, 19:07] [[PERSON|Esinam]]: i'll bring small chops but [[PERSON|Kobby]] pls don't bring only malt again\n[18/11, 19:10] [[PERSON|Kobby]]: 😂 fine\n[18/11, 19:12] Grandpa [[PERSON|Kwesi]]: Send the address again, is it [[STREET_ADDRESS|24 Nii Adjei Street, East Legon, Accra]]?",
    "Format this as a client card:\nOwner: [[PERSON|Henrike Vos]]\nDog: Pepper (cockapoo, 3)\nAddress: [[STREET_ADDRESS|Keizersgracht 412-2, 1016 GC Amsterdam]]\nKey safe: [[PASSWORD|4417]]\nVet: Dierenkliniek Centrum\nMobile: [[PHONE_NUMBER|06 48213097]]",
    "Check this consent form is complete before I start:\nName: [[PERSON|Tamar Ben-David]]\nDOB: 04/09/1999\nPhone: [[PHONE_NUMBER|+972 52 614 8830]]\nPlacement: left ribs\nDesign: pomegranate branch, fine line\nID seen: [[ID_NUMBER|318294675]]",
    "Help me write the banns notice from this:\nGroom: [[PERSON|Teodoro Villanueva]], of this parish\nBride: [[PERSON|Maricel Dumalagan]], of St Joseph's, Cebu\nFirst reading: Sunday 6th\nContact for objections: parish office",
    "Is anything missing from this starter form?\nName: [[PERSON|Oyinkansola Bello]]\nStart date: 3 June\nAddress: [[STREET_ADDRESS|58 Cranbrook Road, Ilford IG1 4PG]]\nNI number: [[ID_NUMBER|SN 72 41 09 C]]\nBank: sort [[ID_NUMBER|20-71-64]] acc [[ID_NUMBER|53018847]]\nEmergency contact: [[PERSON|Tunde Bello]] [[PHONE_NUMBER|07700 900294]]",
    "Write a reply to this for me:\n\nFrom: [[PERSON|Sakura Mori]] <[[EMAIL_ADDRESS|s.mori@kitanet.jp]]>\nSubject: Interpreter for Thursday\nHi, could you interpret at my husband's hospital appointment on Thursday at 10? He is [[PERSON|Hiroshi Mori]], patient number [[ID_NUMBER|H-7730152]]. Thank you, [[PERSON|Sakura]]",
    'Why is this JSON invalid?\n{"member": "[[ID_NUMBER|GX-448102]]", "name": "[[PERSON|Valentina Greco]]", "email": "[[EMAIL_ADDRESS|vale.greco@libero.it]]", "phone": "[[PHONE_NUMBER|+39 347 218 9904]]",}',
    "Summarise the concierge log for the building manager:\n08:10 parcel for [[PERSON|Nomvula Dlamini]], flat 12, left in locker\n09:45 Mr [[PERSON|Aziz]] (flat 4) reported lift noise again\n11:20 visitor for [[PERSON|Jürgen Koch]], flat 7, no answer, visitor left number [[PHONE_NUMBER|0151 62839104]]",
    "Kids' rugby contact sheet, make it a broadcast list grouped by team:\nplayer,parent,phone,team\n[[PERSON|Lachie]],[[PERSON|Fiona McRae]],[[PHONE_NUMBER|0491 570 342]],U10\n[[PERSON|Tama]],[[PERSON|Sefa Leota]],[[PHONE_NUMBER|0491 570 875]],U10\n[[PERSON|Jasper]],[[PERSON|Ming Zhou]],[[PHONE_NUMBER|0491 570 913]],U12",
    "Shorten this email, it rambles:\n\nDear Sir/Madam,\nThe streetlight outside my house has been out for six weeks now and the path is pitch dark by five. I have reported it twice online and nothing has happened. My mother is 84 and walks that way to Mass.\n\n[[PERSON|Siobhán Ní Bhriain]]\n[[STREET_ADDRESS|7 Cois Abhann, Bearna, Co. Galway H91 X2C4]]\n[[PHONE_NUMBER|087 915 3302]]",
    "Which of these transfers looks like a duplicate?\n02.05 SEPA transfer to [[PERSON|Miriam Hoffmann]] [[IBAN_CODE|DE09 5001 0517 0936 2715 4800]] 250,00 EUR Ref: Miete Mai\n02.05 SEPA transfer to [[PERSON|Miriam Hoffmann]] [[IBAN_CODE|DE09 5001 0517 0936 2715 4800]] 250,00 EUR Ref: Miete Mai\n03.05 card payment supermarket 43,18",
    "Summarise these treasurer notes for the AGM:\n- Sponsorship from the café: 300 (contact [[PERSON|Mehwish]], [[EMAIL_ADDRESS|mehwish.r@thegrindhouse.co.uk]])\n- [[PERSON|Callan]] still owes 45 for the hoodie order\n- Refunded [[PERSON|Sade]] 20 for the cancelled trip\n- Society account: [[ID_NUMBER|60-83-71]] [[ID_NUMBER|20984417]]",
    "Is this notice valid?\nTo: [[PERSON|Kelechi Nwosu]] and [[PERSON|Abigail Nwosu]]\nProperty: [[STREET_ADDRESS|33 Beech Grove, Cardiff CF14 3AR]]\nLandlord: [[PERSON|Gareth Prosser]], [[STREET_ADDRESS|2 Heol Las, Caerphilly CF83 1JN]]\nYou are required to leave the property after 14 August.",
    "Explain this discharge letter to me in plain words:\nPatient: [[PERSON|Fetu Aiono]]   NHI: [[ID_NUMBER|ZAC4721]]\nDiagnosis: community-acquired pneumonia\nFollow-up: GP in 1 week, repeat chest X-ray in 6 weeks\nGP: Dr [[PERSON|Amit Raval]], Māngere",
    "Translate this host message into Spanish for my guest:\n'Hi [[PERSON|Guadalupe]], welcome! The address is [[STREET_ADDRESS|19 Ponsonby Terrace, Ponsonby, Auckland 1011]]. The lockbox is [[PASSWORD|7193]] and the wifi details are on the fridge. Any problems text me on [[PHONE_NUMBER|027 551 9034]]. – [[PERSON|Aroha]]'",
    "Pull out the action items:\nCo-op meeting 12/9. Attending: [[PERSON|Ingrid]], [[PERSON|Zhao Lei]], [[PERSON|Bashir]], [[PERSON|Ruby]] (minutes)\n- [[PERSON|Bashir]] will get three quotes for the fence\n- [[PERSON|Zhao Lei]] to phone the insurer about the flood claim\n- [[PERSON|Ruby]] to chase unpaid levies from unit 6",
    "Is this buyer scamming me?\nBuyer ([[ID_NUMBER|@kristaps_lv]]): hi, i pay 20 extra if you send to my cousin, [[PERSON|Jānis Bērziņš]], [[STREET_ADDRESS|Brīvības iela 141-8, Rīga, LV-1012]]. i pay by bank, just give me your email\nMe: collection only sorry",
    "Make this character reference more formal:\nI've known [[PERSON|Darnell]] since he was 12 and coached him in boxing. He has worked for me at the garage for two years and has never once been late. He made a mistake and he knows it.\nSigned [[PERSON|Hector Alvarado]], owner, H&A Auto Repair, [[PHONE_NUMBER|(212) 555-0174]]",
    "Help me reply to this support ticket:\nUser: [[ID_NUMBER|mbaptiste77]]\nEmail: [[EMAIL_ADDRESS|marie.baptiste@hotmail.fr]]\nLast login IP: [[IP_ADDRESS|198.51.100.47]]\nIssue: says she was charged twice for the premium plan and can't see her invoices.",
    "Turn this sign-up sheet into a rota, max three per slot:\nSat AM: [[PERSON|Halima]] ([[PHONE_NUMBER|0412 337 908]]), [[PERSON|Jarrah]], [[PERSON|Bec]]\nSat PM: [[PERSON|Long Nguyen]], [[PERSON|Halima]]\nSun AM: [[PERSON|Jarrah]], Uncle [[PERSON|Ray]], [[PERSON|Tiff]], [[PERSON|Bec]]\nSun PM: nobody yet",
    "Summarise these exit interview notes:\nLeaver: [[PERSON|Ayesha Siddiqui]], employee no. [[ID_NUMBER|E20417]]\nManager: [[PERSON|Kevin Drummond]]\nReason: relocating to Lahore; also mentioned workload since [[PERSON|Kevin]] took over the team\nWould return: maybe",
]

# 30 texts whose personal datum is a secret or identifier said in passing, without the keyword.
SECRETS = [
    "Setting up my mum's new router and the sticker on the back says [[PASSWORD|K7mQ-4xPz-92Lw]]. Do I need to change that or is the factory one safe enough?",
    "The gate at the allotments opens with [[PASSWORD|1 9 7 3]] then the hash key, but it's been sticking all week. Who do I report that to, the council or the allotment society?",
    "My brother says the shared streaming login is [[PASSWORD|purple-otter-canoe-58]] but it keeps saying incorrect. Could the account be locked?",
    "I wrote the backup words on a sticky note: [[PASSWORD|maple orbit velvet ransom quiet lantern]]. Is it safe to keep that in my wallet or should I put it somewhere else?",
    "My rent goes to [[ID_NUMBER|20-45-77]] [[ID_NUMBER|43917208]] every month, but now the landlord's email says to use a different account. Is that a red flag?",
    "How do I set up a standing order on my banking app? It needs to go to [[IBAN_CODE|NL58 INGB 0682 3917 45]] on the first of each month, it's for my daughter's student room.",
    "Our gym switched to key fobs and mine is registered under [[ID_NUMBER|GYM-30418827]], but it only opens the front door, not the changing rooms. Is that a settings thing at their end?",
    "Someone keyed my car in the supermarket car park, it's [[ID_NUMBER|LK19 XVP]]. Do I need a crime number for the insurance claim?",
    "The Steam account I share with my little brother is [[ID_NUMBER|frostbyte_92]] and he's got a trade ban. How do we appeal?",
    "When I connect from home my traffic shows up as [[IP_ADDRESS|203.0.113.84]]. Can I ask IT to allow just that on the work firewall, or is that bad practice?",
    "I keep forgetting the alarm at my mother's house: it's [[PASSWORD|0 4 1 1]] and then 'away'. Give me a silly way to remember it.",
    "Bought a second-hand e-bike and the seller wrote [[PASSWORD|3826]] on the receipt for the lock. How do I change it on that kind of lock?",
    "The school office reset mine to [[PASSWORD|Tui!Bird2024]] and said I can't change it until next term. Is that normal for a parent portal?",
    "These are the spare codes the bank app gave me: [[PASSWORD|48213-90577]], [[PASSWORD|31064-72289]], [[PASSWORD|66920-15438]]. Where's the safest place to keep them?",
    "The side door of the parish hall is [[PASSWORD|2 7 1 9]] then turn the handle left, but the new volunteers keep getting it wrong. How do I make a clear instruction sheet without putting the numbers on the door itself?",
    "Paid my council tax from [[ID_NUMBER|77104392]] but it went out twice this month. What's the quickest way to get a refund?",
    "Can I move my library membership to another town? The back of my card says [[ID_NUMBER|LIB 2204 7731 5]].",
    "A white van, [[ID_NUMBER|KP68 WZT]], has parked across my drive three days running. Can the council do anything or is it a police matter?",
    "My friend's tag is [[ID_NUMBER|xXLunaByteXx]], how do I add her on my Switch if she plays on PC?",
    "Guests always struggle to type [[PASSWORD|j0ll0fRice4eva!]] when they visit. Can I make a QR code for our wifi so they just scan it?",
    "My banking app says transfers to [[IBAN_CODE|PT85 0033 0000 4537 8219 0615 2]] are on hold. That's my landlady in Porto. Why would they hold it?",
    "Sign-in keeps failing for [[ID_NUMBER|amaka.obi]] on the uni portal even after I reset everything. Could it be a caps lock thing or is my account blocked?",
    "I accidentally pushed [[API_KEY|ghp_4Rt8LmZq2VxN7cK1pW9sJd3HfY6bA0eT5uQg]] to a public repo an hour ago. What do I do first?",
    "My locker at the climbing gym is set to [[PASSWORD|6604]] — is it bad that it's the same four digits I use everywhere?",
    "The pharmacy wants [[ID_NUMBER|402 718 3657]] written on the repeat form but I've only got it on an old letter. Is it the same number forever?",
    "The phone company text said to quote [[ID_NUMBER|CX-9920-4471]] when I ring. Write me what to say to cancel without them talking me into a new contract.",
    "The parking permit form wants the reg, mine's [[ID_NUMBER|BD21 HMO]], but I'm changing cars next month. Do I have to apply twice?",
    "Work VPN gives me [[IP_ADDRESS|198.51.100.213]] but at home I show up as [[IP_ADDRESS|2001:db8:4a1c::17]]. Why would IT see the second one in their logs?",
    "After three tries it turned out to be [[PASSWORD|SunFlower_1987]], with the underscore. How do I come up with one I'll actually remember next time?",
    "My cousin in Malmö says to Swish her the money but I don't have Swish. She sent [[IBAN_CODE|SE39 8000 0821 4973 1650 8244]] instead. How long does an international transfer take?",
]

# 40 statement-style records of one invented person each, formats of 40 countries.
STATEMENTS = [
    "[[PERSON|Gwendolyn Ashworth]] lives at [[STREET_ADDRESS|12 Mill Lane, Hebden Bridge HX7 8EZ]] and can be reached on [[PHONE_NUMBER|01632 960744]]; her National Insurance number is [[ID_NUMBER|JT 48 21 67 B]].",
    "Customer record: [[PERSON|DeAndre Whitfield]], born 11/02/1988, [[STREET_ADDRESS|4417 Pinecrest Dr, Tulsa, OK 74105]], SSN [[US_SSN|521-48-3307]], mobile [[PHONE_NUMBER|(918) 555-0142]], card on file [[CREDIT_CARD|6011 4582 9306 6175]].",
    "[[PERSON|Mathieu Gagnon-Tremblay]], SIN [[ID_NUMBER|271 843 054]], resides at [[STREET_ADDRESS|2280 rue Beaubien Est, Montréal, QC H2G 1N1]] and uses [[EMAIL_ADDRESS|mgagnontremblay@videotron.ca]].",
    "La solicitante [[PERSON|Ximena Paredes Olvera]], CURP [[ID_NUMBER|PAOX960314MJCRLM08]], con domicilio en [[STREET_ADDRESS|Av. Chapultepec 1520, Col. Americana, 44160 Guadalajara, Jalisco]], teléfono [[PHONE_NUMBER|33 1842 7760]].",
    "[[PERSON|Thiago Nascimento Alves]], CPF [[ID_NUMBER|417.328.905-79]], mora na [[STREET_ADDRESS|Rua Harmonia 884, apto 32, Vila Madalena, São Paulo - SP, 05435-001]] e atende no [[PHONE_NUMBER|(11) 97412-3380]].",
    "Titular: [[PERSON|Agustina Belén Sosa]], CUIL [[ID_NUMBER|27-33918475-0]], domicilio [[STREET_ADDRESS|Av. Corrientes 3247, piso 5 B, C1193AAE CABA]], celular [[PHONE_NUMBER|+54 9 11 4823-7716]].",
    "[[PERSON|Ignacio Valenzuela Rojas]], RUT [[ID_NUMBER|17.482.036-8]], domicilio [[STREET_ADDRESS|Los Alerces 2140, Ñuñoa, Santiago]], correo [[EMAIL_ADDRESS|ignacio.valenzuela.r@gmail.com]].",
    "[[PERSON|Luz Marina Cárdenas]], identificada con cédula [[ID_NUMBER|1.036.482.715]], dirección [[STREET_ADDRESS|Calle 48 #72-15, Laureles, Medellín]], celular [[PHONE_NUMBER|310 448 2917]].",
    "[[PERSON|Nerea Etxeberria Goñi]], DNI [[ID_NUMBER|48291736Q]], [[STREET_ADDRESS|Calle Urbieta 21, 3º izda, 20006 Donostia-San Sebastián]], IBAN [[IBAN_CODE|ES86 0182 6153 5702 0841 7739]].",
    "Madame [[PERSON|Camille Vasseur]], née le 19/07/1989, numéro de sécurité sociale [[ID_NUMBER|2 89 07 69 123 047 42]], domiciliée [[STREET_ADDRESS|18 rue Juliette Récamier, 69006 Lyon]], tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "[[PERSON|Jörg Baumgartner]], geb. 03.02.1979, wohnhaft [[STREET_ADDRESS|Gneisenaustraße 67, 10961 Berlin]], Telefon [[PHONE_NUMBER|0176 48213390]], Bankverbindung [[IBAN_CODE|DE31 3704 0044 0527 8361 9400]].",
    "[[PERSON|Sanne de Groot]] (BSN [[ID_NUMBER|273849165]]) woont op [[STREET_ADDRESS|Oudegracht 231, 3511 NK Utrecht]] en is bereikbaar via [[EMAIL_ADDRESS|sanne.degroot@ziggo.nl]].",
    "[[PERSON|Pieter Claeys]], rijksregisternummer [[ID_NUMBER|87.05.12-183.58]], [[STREET_ADDRESS|Kortrijksesteenweg 412, 9000 Gent]], rekening [[IBAN_CODE|BE04 0635 2718 4931]].",
    "[[PERSON|Giulia Ferraro]], codice fiscale [[ID_NUMBER|FRRGLI91E63F205T]], residente in [[STREET_ADDRESS|Via Paolo Sarpi 14, 20154 Milano]], cell. [[PHONE_NUMBER|+39 333 814 2075]].",
    "[[PERSON|Rui Pedro Carvalho]], NIF [[ID_NUMBER|248 173 065]], morada [[STREET_ADDRESS|Rua de Cedofeita 312, 4050-174 Porto]], telemóvel [[PHONE_NUMBER|912 374 805]].",
    "[[PERSON|Magdalena Wiśniewska]], PESEL [[ID_NUMBER|92081437181]], zam. [[STREET_ADDRESS|ul. Długa 17/4, 31-147 Kraków]], tel. [[PHONE_NUMBER|+48 601 273 948]].",
    "[[PERSON|Ioana Munteanu]], CNP [[ID_NUMBER|2841021403372]], domiciliată în [[STREET_ADDRESS|Str. Icoanei 28, Sector 2, București 020451]], card [[CREDIT_CARD|5183 9201 7465 3201]].",
    "[[PERSON|Oskar Lindgren]], personnummer [[ID_NUMBER|880419-3418]], bor på [[STREET_ADDRESS|Södra Förstadsgatan 34, 211 43 Malmö]], mobil [[PHONE_NUMBER|070-174 58 26]].",
    "[[PERSON|Eirik Solheim]], fødselsnummer [[ID_NUMBER|150391 43795]], [[STREET_ADDRESS|Thereses gate 22B, 0358 Oslo]], kontonummer [[IBAN_CODE|NO57 8601 7283 915]].",
    "[[PERSON|Aino Heikkinen]], henkilötunnus [[ID_NUMBER|070294-318M]], osoite [[STREET_ADDRESS|Hämeenkatu 9 A 14, 33100 Tampere]], puh. [[PHONE_NUMBER|040 718 2264]].",
    "[[PERSON|Frederik Møller]], CPR [[ID_NUMBER|230586-1147]], [[STREET_ADDRESS|Jægersborggade 41, 2. th., 2200 København N]], e-mail [[EMAIL_ADDRESS|f.moller86@mail.dk]].",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49506170274]], elukoht [[STREET_ADDRESS|Tartu mnt 52-7, 10115 Tallinn]], arveldusarve [[IBAN_CODE|EE19 4210 1022 0175 8392 63]].",
    "[[PERSON|Δημήτρης Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|18038524189]], διεύθυνση [[STREET_ADDRESS|Σόλωνος 54, 106 80 Αθήνα]], τηλ. [[PHONE_NUMBER|694 518 3027]].",
    "[[PERSON|Burak Yıldırım]], T.C. kimlik no [[ID_NUMBER|38471025932]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 318 D: 6, Kadıköy, İstanbul]], tel [[PHONE_NUMBER|0532 614 88 27]].",
    "[[PERSON|Noa Shapira]], Teudat Zehut [[ID_NUMBER|204718365]], lives at [[STREET_ADDRESS|Rehov Ibn Gabirol 112, Tel Aviv 6203854]], phone [[PHONE_NUMBER|+972 54 337 1902]].",
    "[[PERSON|Fatima Al Mansoori]], Emirates ID [[ID_NUMBER|784-1988-4327190-3]], [[STREET_ADDRESS|Villa 14, Street 27, Al Barsha 2, Dubai]], mobile [[PHONE_NUMBER|+971 50 318 4472]], card [[CREDIT_CARD|5354 8192 0476 3316]].",
    "الاسم: [[PERSON|عبدالله بن سعد الشهري]]، رقم الهوية [[ID_NUMBER|1084736253]]، الجوال [[PHONE_NUMBER|0551 847 302]]، العنوان [[STREET_ADDRESS|شارع الأمير سلطان، حي الروضة، جدة 23435]]",
    "[[PERSON|Mariam Abdelrahman Fouad]], national ID [[ID_NUMBER|29503121401826]], [[STREET_ADDRESS|17 Shehab Street, Mohandessin, Giza]], mobile [[PHONE_NUMBER|+20 100 482 7316]].",
    "[[PERSON|Adaobi Nnamdi-Okeke]], NIN [[ID_NUMBER|48203716592]], resident at [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos]], phone [[PHONE_NUMBER|0809 552 3184]].",
    "[[PERSON|Wanjiru Kamau]], ID no. [[ID_NUMBER|28471935]], lives at [[STREET_ADDRESS|Kilimani Heights Apt 6C, Ngong Road, Nairobi]] and pays by M-Pesa on [[PHONE_NUMBER|0722 418 936]].",
    "[[PERSON|Lwazi Mkhize]], ID [[ID_NUMBER|9106155184084]], [[STREET_ADDRESS|61 Msinga Road, Umlazi, Durban 4031]], cell [[PHONE_NUMBER|073 552 8140]].",
    "[[PERSON|Akua Serwaa Boateng]], Ghana Card [[ID_NUMBER|GHA-721849305-6]], [[STREET_ADDRESS|House No. 12, Asafo Market Road, Kumasi]], mobile [[PHONE_NUMBER|024 418 7723]].",
    "[[PERSON|Karthik Subramanian]], Aadhaar [[ID_NUMBER|7384 1906 2851]], PAN [[ID_NUMBER|BQKPS4827M]], [[STREET_ADDRESS|No. 14, 2nd Cross, Indiranagar, Bengaluru 560038]], mobile [[PHONE_NUMBER|+91 98450 71236]], card [[CREDIT_CARD|2231 0495 1763 0426]].",
    "[[PERSON|Hira Qureshi]], CNIC [[ID_NUMBER|35202-4718263-2]], [[STREET_ADDRESS|House 27, Street 9, F-7/2, Islamabad]], cell [[PHONE_NUMBER|0321 5540918]].",
    "[[PERSON|Tanvir Hossain]], NID [[ID_NUMBER|1994267481053]], [[STREET_ADDRESS|House 42, Road 11, Dhanmondi, Dhaka 1209]], email [[EMAIL_ADDRESS|tanvir.hossain94@yahoo.com]].",
    "[[PERSON|林晓雯]]，身份证号[[ID_NUMBER|440305199008173426]]，住址[[STREET_ADDRESS|广东省深圳市南山区科技园南路18号3栋1502]]，手机[[PHONE_NUMBER|138 2745 9016]]，银联卡[[CREDIT_CARD|6258 0391 4472 6084]]。",
    "[[PERSON|高橋 美咲]]、マイナンバー[[ID_NUMBER|4820 3617 5928]]、住所[[STREET_ADDRESS|〒150-0001 東京都渋谷区神宮前4-12-8 ハイツ神宮前302]]、電話[[PHONE_NUMBER|090-4127-3385]]、カード[[CREDIT_CARD|3566 4021 9873 0556]]。",
    "[[PERSON|김지현]], 주민등록번호 [[ID_NUMBER|930227-2163489]], 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로12길 34, 502호]], 휴대폰 [[PHONE_NUMBER|010-4827-3316]].",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8734126G]], [[STREET_ADDRESS|Blk 312 Clementi Ave 4, #08-221, Singapore 120312]], HP [[PHONE_NUMBER|9127 4486]].",
    "[[PERSON|Shannon Birrell]], TFN [[ID_NUMBER|458 203 171]], [[STREET_ADDRESS|7/42 Brunswick Street, Fitzroy VIC 3065]], mobile [[PHONE_NUMBER|0491 570 156]], card [[CREDIT_CARD|4573 1882 0640 9130]].",
]

# 100 clean texts: 30 benchmark-style, 30 everyday, 20 technical with placeholders, 20 tricky.
CLEAN_EXAM = [
    "Maya buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 bill. How much change does she get?",
    "Tariq runs 5 km in 27 minutes. At the same pace, how long would a 12 km run take him? Give the answer in minutes and seconds.",
    "Which of the following organelles is the main site of ATP synthesis in eukaryotic cells? A) ribosome B) mitochondrion C) Golgi apparatus D) lysosome",
    "The Peace of Westphalia (1648) brought which conflict to an end? (a) the Hundred Years' War (b) the Thirty Years' War (c) the Wars of the Roses (d) the Seven Years' War",
    "Aiyana has twice as many marbles as Koji. Together they have 42. How many marbles does Koji have?",
    "A train leaves at 09:40 and arrives at 13:15. Sione says the journey took 3 hours 25 minutes. Is he right? Explain your answer.",
    "Multiple choice: Which gas makes up about 78% of Earth's atmosphere? A. Oxygen B. Nitrogen C. Argon D. Carbon dioxide",
    "Ingrid invests 2,000 at 4% interest compounded yearly. How much will she have after 3 years, to the nearest cent?",
    "Who wrote 'One Hundred Years of Solitude'? A) Jorge Luis Borges B) Gabriel García Márquez C) Isabel Allende D) Mario Vargas Llosa",
    "A rectangular garden is 14 m by 9 m. Chidi wants to fence it but leave a 1.5 m gap for a gate. How many metres of fencing does he need?",
    "In a class of 30, 18 students play football and 12 play cricket; 7 play both. How many play neither?",
    "Which of these is an example of monopsony? (A) a single firm selling electricity (B) a single employer in a mining town (C) two airlines on one route (D) a farmers' market",
    "Lina and Mateo share 84 stickers in the ratio 3:4. How many stickers does Mateo get?",
    "Identify the logical fallacy: 'If we let students redo one test, soon they'll want to redo every assignment and grades will mean nothing.'",
    "Priya scores 72, 85, 90 and 68 on four tests. What score does she need on the fifth to average 80?",
    "Balance the chemical equation: Fe + O2 -> Fe2O3, and state what type of reaction it is.",
    "Which article of the Universal Declaration of Human Rights covers freedom of movement? A) Article 3 B) Article 13 C) Article 19 D) Article 26",
    "Tomás cycles uphill at 12 km/h and returns down the same route at 30 km/h. What is his average speed for the round trip?",
    "A patient presents with polyuria, polydipsia and weight loss. Which test is most appropriate first? A) HbA1c B) TSH C) serum calcium D) chest X-ray",
    "Write an essay outline comparing the leadership of Elizabeth I of England and Catherine the Great of Russia.",
    "Ama bakes 5 trays of 24 cookies and packs them in boxes of 7. How many boxes can she fill, and how many cookies are left over?",
    "What is the time complexity of binary search on a sorted array of n elements? A) O(1) B) O(log n) C) O(n) D) O(n log n)",
    "A shop cuts the price of a jacket by 20% and then by a further 15%. Hugo says that's a 35% reduction overall. Show why he is wrong.",
    "Which painter is most associated with pointillism? A) Georges Seurat B) Claude Monet C) Edvard Munch D) Frida Kahlo",
    "Kavya has a bag with 4 red, 5 blue and 3 green counters. She takes two without replacement. What is the probability that both are blue?",
    "Two heterozygous tall pea plants (Tt) are crossed. What fraction of the offspring would you expect to be short?",
    "Yusuf, Elena and Bao split a taxi fare of 57.60 so that Yusuf pays half as much as each of the other two. How much does each person pay?",
    "Explain the difference between weather and climate in no more than 100 words, as you would in a Year 7 geography exam.",
    "Which philosopher wrote the 'Critique of Pure Reason'? A) Hegel B) Kant C) Hume D) Descartes",
    "Noa fills a 250 L tank at 12 L per minute, but it leaks 2 L per minute. How long does it take to fill?",
]

CLEAN_EVERYDAY = [
    "What's a good vegetarian lasagne recipe that freezes well?",
    "How long should I boil eggs for a runny yolk?",
    "Give me a 3-day itinerary for Lisbon on a tight budget.",
    "How do I get red wine out of a wool carpet?",
    "Write a polite message to my landlord asking when the boiler will next be serviced.",
    "What are some good stretches for lower back pain after long drives?",
    "Suggest names for a small bakery that sells Filipino pastries like ensaymada and pandesal.",
    "How often should I water a monstera in winter?",
    "What's the actual difference between baking soda and baking powder?",
    "Help me write a cover letter opening for a warehouse supervisor job.",
    "Plan a week of packed lunches for a 10-year-old who hates sandwiches.",
    "Is it cheaper to run a dishwasher or to wash up by hand?",
    "What should I pack for a week of hiking in the Scottish Highlands in October?",
    "Explain how a heat pump works, simply, like I'm not an engineer.",
    "Give me a beginner 5k running plan over 8 weeks.",
    "How can I tell if my sourdough starter is dead or just sluggish?",
    "write me a funny caption for a pic of my cat sitting in a shoebox",
    "whats the best way to learn basic japanese in 3 months before a trip",
    "How do I politely decline a wedding invitation from a colleague?",
    "Can you suggest board games for a family with kids aged 6 and 11?",
    "How much should I budget for two weeks in Vietnam, not counting flights?",
    "What are the signs that a used car has been in a flood?",
    "Give me ideas for a low-cost team building afternoon for 12 people.",
    "How do I descale a kettle without using vinegar?",
    "What's a good bedtime routine for a toddler who fights sleep every night?",
    "Turn this into a shopping list: tacos for 6, a green salad, and something easy for dessert.",
    "What's the etiquette around tipping in Japan?",
    "Help me write a short, upbeat speech for my team's end-of-year party.",
    "how do i stop my glasses fogging up when i wear a scarf",
    "Which houseplants are safe to keep if you have cats?",
]

CLEAN_TECH = [
    "In Python, how do I read a CSV with columns name,email,phone using csv.DictReader and skip rows where email is empty?",
    "Postgres: SELECT id, email FROM users WHERE created_at > now() - interval '7 days'; what index would speed this up?",
    "My .env has DATABASE_URL=postgres://<user>:<password>@localhost:5432/app and the app in Docker can't connect. Why does localhost fail inside a container?",
    'How do I make git use user.name "Your Name" and user.email you@example.com for one repository only?',
    "Explain the difference between the 10.0.0.0/8 and 192.168.0.0/16 private ranges and when you'd use each.",
    "In a GitHub Actions workflow, how do I pass ${{ secrets.DEPLOY_TOKEN }} to a step without it showing up in the logs?",
    "Write a regex that accepts an address like user@example.org but rejects consecutive dots in the local part.",
    "curl -H 'Authorization: Bearer <TOKEN>' https://api.example.com/v1/items returns 401. What should I check first?",
    "How do I make nginx listen on 0.0.0.0:8080 and proxy to 127.0.0.1:3000?",
    "Write a Django model for a Contact with first_name, last_name, email and phone fields, where email is unique.",
    "What does chmod 600 ~/.ssh/id_ed25519 do and why does ssh complain without it?",
    "In Kubernetes, how do I expose a Secret named db-credentials with keys username and password as environment variables?",
    "TypeScript: type User = { id: string; name: string; email?: string }. How do I derive a type where email is required?",
    "Explain the structure of a JWT (header.payload.signature). Is it safe to put a user's email in the payload?",
    "Why does my pandas merge on 'customer_id' produce duplicate rows, and how do I find the culprits?",
    "How can I mask all but the last four digits of a card number column in SQL Server for a report, e.g. XXXX-XXXX-XXXX-1234?",
    "Bash: how do I loop over lines of users.txt in the format username:uid and print only the usernames?",
    "What's the structure of an IBAN and how would I validate one with the mod 97 check in JavaScript?",
    "Show a fail2ban jail.local that bans an IP after 5 failed SSH logins for an hour, using placeholder values.",
    "In Terraform, how do I use var.admin_password without hardcoding it, and can I keep it out of the state file?",
]

CLEAN_TRICKY = [
    "Why did Vincent van Gogh cut off part of his ear, and how much of the popular story is true?",
    "Explain how Parkinson's disease progresses, in plain language for a school project.",
    "Is Hodgkin lymphoma generally more treatable than non-Hodgkin lymphoma?",
    "Summarise the plot of Jane Eyre in five sentences without spoilers for the last third.",
    "Prove the Pythagorean theorem using similar triangles.",
    "What's the history of the Ferrari brand, and how did Enzo Ferrari get into racing?",
    "Is Martin Luther King Jr. Way in Oakland a nice area to walk around in the evening?",
    "Remind me: I will mark the Year 9 essays tonight, then bill the club for the June minibus hire. Turn that into a to-do list.",
    "What's the story behind the hymn Amazing Grace, and who wrote it?",
    "How do I prune a climbing rose so it flowers more next summer?",
    "Compare Sherlock Holmes and Hercule Poirot as detectives: methods, flaws, and sidekicks.",
    "What is Avogadro's number and why does it have that particular value?",
    "Who was Florence Nightingale and what did she actually change about hospitals?",
    "Is the Bloody Mary cocktail really named after Queen Mary I of England?",
    "Which came first, Levi's or Wrangler jeans, and how did each company start?",
    "What's the fastest way to get from JFK airport to Penn Station late at night?",
    "Write a limerick about Bob the Builder fixing a leaky roof.",
    "The grace period on my credit card ends on the 14th. What does grace period mean exactly?",
    "Why is the Hubble Space Telescope named after Edwin Hubble, and what did he discover?",
    "Is Down syndrome named after a person? What about Asperger's and Tourette's?",
]


def main() -> None:
    sections = {
        "chat": (CHAT, 110),
        "pasted": (PASTED, 40),
        "secrets": (SECRETS, 30),
        "statements": (STATEMENTS, 40),
        "clean exam": (CLEAN_EXAM, 30),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean tech": (CLEAN_TECH, 20),
        "clean tricky": (CLEAN_TRICKY, 20),
    }
    build_sections(
        "blind14", HERE, sections, {"chat", "pasted", "secrets", "statements"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
