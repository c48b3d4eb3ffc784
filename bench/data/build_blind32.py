# ruff: noqa: E501
"""A thirty-second blind privacy set: 220 texts with personal data and 100 clean ones.

Theme: a consumer chatbot's everyday traffic, as ordinary people type it. Written blind to
the detector: the writer read only ``marks.py``, the table format and the labelling
paragraph of ``README.md`` and the layout (docstring and non-text code) of
``build_blind20.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); this script only checks the values and writes them:

* 100 requests about the writer's own life (10 to 90 words) carrying their own or someone
  else's details: "my name is ... and", sign-offs with a name, booking and delivery
  problems with an address or phone, doctor's and hospital letters to explain, messages to
  a landlord, school, ex, neighbour, friend, builder or nanny, disputes with shops, gyms,
  airlines and couriers. Names come from more than 40 countries, some a first name only,
  some a surname after a title; the first 25 are typed all in lower case with typos, and
  at least 20 mention their person with no cue word (no relation, role, greeting, title
  or introduction);
* 50 short messages (3 to 20 words) holding exactly one private value, a person or one
  identifier (phone, e-mail, address, IP) and nothing else; the first 25 in lower case;
* 40 messages with account details said in passing: passwords, PINs, door, gate, alarm and
  locker codes, wifi keys, streaming logins, gamer tags, loyalty card, student and
  passport numbers, an SSN, cards and IBANs; 20 of them with no keyword at all (no
  "password", "PIN", "code", "username", "login", "key", "number", "account", "card", ...);
* 30 messages in simple English from non-native writers or mixing in Spanish, French,
  German, romanised Hindi, Tagalog or Portuguese, with names, phones, addresses and ids.

Usernames, gamer tags, handles, logins, account, member, loyalty card, student and passport
numbers and national ids are ID_NUMBER; PINs, door, gate, alarm and locker codes, wifi keys
and passwords PASSWORD; titles and honorifics (Mr, Mrs, Ms, Dr, Herr, Frau, Ma'am, Sra.)
stay outside PERSON spans; an address span runs from the first street line (flat or unit
included) through the postcode and city as typed; public figures, companies, fictional
characters and pets, order, tracking and booking numbers and dates of birth are not
labelled; every occurrence of a private value is marked.

The 100 clean texts hold no personal data: 25 everyday questions (cooking, travel, weather,
repairs, gardening, pets) naming places, shops and brands, 20 questions about celebrities,
athletes, historical figures, fictional characters and bands, 20 writing and role-play
prompts with invented or famous characters, 15 questions about passwords and account safety
with no real secret, and 20 maths homework questions with fictional first names.

All values are invented: phones from ranges kept for fiction (UK 07700 900, 020 7946 0,
0113 496 0; North America 555-01xx; Australia 0491 570; Sweden 070-174 06; France
06 39 98; Germany 030 23125), cards Luhn-valid and not well-known test numbers, IBANs
valid mod 97 (and with valid national check digits where the BBAN has them) and not
documentation examples, national ids with valid check digits (NHS number, Indian Aadhaar,
Spanish NIE, Brazilian CPF, French NIR), IPs from documentation ranges.

Run ``.venv/bin/python bench/data/build_blind32.py`` from the repository root; the output is
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
    check_national_ids,
    cpf_ok,
    dni_ok,
    marked_spans,
    nhs_ok,
    nir_ok,
    word_count,
)
from marks import build_sections, iban_ok, is_lower, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_OWN = 25
LOWER_SHORT = 25
MIN_CHARS = 12
MAX_WORDS = 100
OWN_WORDS = (10, 90)
SHORT_WORDS = (3, 20)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Madame|Monsieur|Mme|Sr|Sra|Senhor|Doña|Don|Ma'am|Ate|Kuya|Tita|Lola|Nana|Bhai|Bhaiya)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 100 requests about the writer's own life: the first 25 all in lower case with typos.
OWN = [
    # all lower case, typos
    "hi my name is [[PERSON|tomasz wierzbicki]] and i orderd a sofa 3 weeks ago and its still not deliverd, adress is [[STREET_ADDRESS|14 larch close, sale, m33 4rt]]. can u help me write a complaint thats firm but polite",
    "need to reply to my landlord, boiler broke again and he keeps saying its fine. im [[PERSON|aoife brennan]], [[STREET_ADDRESS|flat 2, 31 st brendans terrace, galway h91 x2p7]]. make it sound serious pls",
    "my ex [[PERSON|jordan pike]] keeps texting me from [[PHONE_NUMBER|07700 900417]] even tho i said stop. what do i write so he gets it without starting a fight",
    "doctor gave me a leter i dont understand, it says patient [[PERSON|lakshmi raghunathan]] nhs no [[ID_NUMBER|943 476 1581]] has mild ldl elevation and to repeat fasting bloods in 3 months. is that bad??",
    "what should i say to the school, my daughter [[PERSON|imani njoroge]] was sick tuesday and wenesday, her teacher is mrs [[PERSON|kettleby]]. keep it short",
    "parcel says deliverd but it wasnt!! tracking tx88214, my adress [[STREET_ADDRESS|22b monk st, abergavenny np7 5nd]] and phone [[PHONE_NUMBER|07700900562]]. how do i claim the money back",
    "neighbour [[PERSON|gary]] parks across my drive every morning, how do i leave a note that isnt passive agressive. im at no 9 and hes at no 11",
    "can u make this sound nicer its to my freind [[PERSON|sione tuilagi]] who still owes me 200 quid from the festival, i dont want to lose him as a mate but i need it back before rent",
    "booked a table for 6 under [[PERSON|paola ferrante]] at 8 but the resturant says no booking exists, i have the confirmation email at [[EMAIL_ADDRESS|paola.ferrante88@postbox-mail.it]]. what do i say to them",
    "signing a lease tomorow, landlady is mrs [[PERSON|oyelaran]] and she wants a deposit of 1400 cash with no reciept. is that normal in the uk",
    "write a msg to my sister [[PERSON|dilnoza]] saying happy birthday and sorry i missed the party, she turned 30, make it funny but sweet",
    "my names [[PERSON|rhys pritchard]] and i got a parking fine at the retail park but i was only there 12 min over, help me appeal it",
    "how do i tell my flatmate [[PERSON|benji]] he needs to pay his share of the electric, its 3 months now and im fed up",
    "got a letter from the hospital for my dad [[PERSON|hamid rezaei]] saying echocardiogram showed mild aortic stenosis, ef 55%. what does that mean in normal words",
    "cancelling my gym, member no [[ID_NUMBER|pg-4418207]] name [[PERSON|karolina dvorakova]], they say i need to send a leter?? can u write one",
    "pls write a short thank u card to our childminder [[PERSON|marisol]] from me and [[PERSON|dev]], our boy starts school in sept so shes finishing",
    "the shop wont refund my headphones, i paid with [[CREDIT_CARD|4929 3810 2245 7182]] on the 3rd and they broke in a week. what are my rights",
    "hey its [[PERSON|mo]] again lol, can u fix the grammer in my cover letter intro, i sound like a robot",
    "my grandma [[PERSON|nkechi obi]] lives at [[STREET_ADDRESS|5 okeke close, ikeja, lagos]] and i want to send her flowers from the uk, what sites deliver there",
    "write a message to the council about the broken street light outside [[STREET_ADDRESS|48 hollins lane, marple sk6 6ay]], its been out since october and my mum walks home in the dark",
    "im [[PERSON|ravi]] and my boss mr [[PERSON|whitcombe]] wants me to work sunday again, how do i say no without gettin sacked",
    "uber eats charged me twice, acount email [[EMAIL_ADDRESS|hana.k.sato@lumen-inbox.jp]], wat do i write to support to get it back",
    "need to text my exs new gf [[PERSON|kayleigh]] about picking up the kids friday at 5, keep it neutral and short pls",
    "gp letter says mr [[PERSON|teixeira]] to continue metformin 500mg bd and reduce alcohol, recheck hba1c in 6 months. thats me, what is bd",
    "my neighbour [[PERSON|ingrid solberg]] at [[STREET_ADDRESS|7 fjellveien, 5019 bergen]] is away and asked me to take in her post, how do i write a note for the postman",
    # with a cue: introductions, relations, titles, greetings
    "My name is [[PERSON|Oluwaseun Adeyemi]] and I was charged £89 for a delivery slot that never came. The order was to [[STREET_ADDRESS|Flat 6, 19 Coldharbour Lane, London SE5 9NR]]. Can you write a complaint to the supermarket asking for a full refund?",
    "Can you explain this letter from the cardiologist in plain English? 'Dear Dr [[PERSON|Hale]], I reviewed Mrs [[PERSON|Siobhan Kearney]] today. Holter monitoring showed paroxysmal AF. I have started apixaban 5 mg twice daily.' That's me. Should I be worried?",
    "I need to message my landlord about the mould in the bathroom. He's Mr [[PERSON|Papadakis]] and the flat is [[STREET_ADDRESS|3 Elm Court, 27 Station Road, Reading RG1 1LX]]. Keep it firm and mention I have photos.",
    "Help me write to my son's school. [[PERSON|Mateo Gutiérrez]] in class 3B will be off next week for his grandmother's funeral in Bogotá. His teacher is Ms [[PERSON|Aldridge]]. Sign it from [[PERSON|Camila Gutiérrez]].",
    "My neighbour's dog barks from 6am every day. She's called [[PERSON|Priyanka]] and lives at number 14. How do I bring it up without ruining things between us?",
    "I'm [[PERSON|Yusuf Demir]]. I bought a washing machine from an electrical store in Leeds and it leaks, but they say it's my installation. How do I argue this under the Consumer Rights Act?",
    "Please help me write a message to my ex, [[PERSON|Elena Marinescu]], about swapping weekends with our daughter. I need the 14th because of a work trip. Keep it calm, she gets upset easily.",
    "I got a letter saying my father [[PERSON|Nguyen Van Thanh]] has 'stage 3a chronic kidney disease, eGFR 52'. He lives with me. What does that mean and what should we ask at the next appointment?",
    "Thanks for the help yesterday. One more: the courier left my parcel at [[STREET_ADDRESS|88 Pinecrest Drive, Hamilton, ON L9C 3K2]] instead of my house and they won't answer the door. My number is [[PHONE_NUMBER|(905) 555-0137]]. What do I tell the courier?",
    "Can you check my email to my daughter's nursery? 'Hello, this is [[PERSON|Keiko Tanabe]], mum of [[PERSON|Rin]]. [[PERSON|Rin]] has a nut allergy and her EpiPen is in her bag. Please call me on [[PHONE_NUMBER|07700 900281]] if anything happens.'",
    "My flatmate [[PERSON|Chiara]] moved out and left £340 of bills. Her new address is [[STREET_ADDRESS|Via Garibaldi 12, 40124 Bologna]]. Can I take her to small claims from the UK?",
    "Write a short reply to the builder: 'Mr [[PERSON|Kowalczyk]], the tiles in the kitchen are cracked in three places and you said you'd be back Monday. Please confirm a date this week.' Make it sound professional.",
    "I run a tiny bakery stall and a customer, [[PERSON|Deborah Whitfield]], says our cake gave her food poisoning. She's demanding £500 by Friday. How should I respond?",
    "My name is [[PERSON|Amara Diallo]] and I need a letter to my bank. They froze my current account after my tenant paid rent into it. The account number is [[ID_NUMBER|40318826]]. Please make it formal.",
    "Can you make this text to my brother less angry? '[[PERSON|Darius]], you borrowed my car and it came back with a dent and no fuel. I want it fixed by Friday.'",
    "I'm trying to understand my discharge letter. Patient: [[PERSON|Wanjiru Kamau]]. Diagnosis: community-acquired pneumonia, right lower lobe. Plan: complete 5 days amoxicillin, CXR in 6 weeks. What is CXR and do I book it myself?",
    "The dentist double charged me. I'm registered as [[PERSON|Fatima Zahra Benali]], [[STREET_ADDRESS|27 Rue Pasteur, 69007 Lyon]], and they took €120 twice. Can you write a complaint in English and in French?",
    "Help me write a nice message to our old neighbours [[PERSON|Bill]] and [[PERSON|Margaret Thornbury]] who just moved into a care home in Harrogate. We lived next door for 20 years.",
    "My daughter's friend [[PERSON|Isla McAllister]] is coming for a sleepover and her mum gave me her number, [[PHONE_NUMBER|07700 900734]]. What should I ask about allergies and pick-up without sounding fussy?",
    "Could you fix the grammar in this note to my son's teacher? 'Dear Mr [[PERSON|Gallagher]], [[PERSON|Karim]] could not do his homework because we had no electricity on Tuesday. Sorry. [[PERSON|Nadia Haddad]]'",
    "Hello! I'm [[PERSON|Ama Owusu]] and I want to send a formal complaint to a furniture shop. They delivered the wrong bed frame to [[STREET_ADDRESS|9 Brackenbury Way, Northampton NN4 8PZ]] and want £60 to swap it. Can you draft it?",
    "My doctor's letter says 'Mr [[PERSON|Tesfaye]] has latent TB and will start 3 months of rifapentine and isoniazid'. That's my husband. Is he contagious to our kids?",
    "I'm writing to my landlady about the broken lock. Can you make it sound better? 'Hi Mrs [[PERSON|Sorensen]], the back door lock at [[STREET_ADDRESS|23 Kestrel Road, Norwich NR5 9HG]] doesn't turn anymore. Can someone fix it this week? Thanks, [[PERSON|Aiko]]'",
    "My friend [[PERSON|Mohamed Elsayed]] wants to visit me in Manchester. What documents does he need for a visitor visa from Egypt, and should I write him an invitation letter?",
    "Our wedding photographer still hasn't sent the photos after 7 months. She's [[PERSON|Rebecca Lowther]] and we paid in full. My husband and I want to send a final warning before small claims. Can you write it?",
    "Can you explain what my mum's letter means? 'Mrs [[PERSON|Chandrika Perera]], MRI lumbar spine: L4/5 disc protrusion with mild neural foraminal narrowing, no cord compression.' She's 67 and in a lot of pain.",
    "I need to message my old school friend [[PERSON|Rahim Chowdhury]] to invite him to my wedding in Sylhet. We haven't talked in 10 years. How do I start?",
    "My name is [[PERSON|Wei Lin]] and the gym keeps charging me after I cancelled. Membership number [[ID_NUMBER|GF20931776]]. I want to write to them and to my bank. What should I say?",
    "Rewrite this so it sounds polite: 'Mr [[PERSON|Somchai]], your tree is dropping leaves into my pool every day. Please cut the branches on my side.' He's my neighbour and I don't want a fight.",
    "Hey, my tita [[PERSON|Corazon Villanueva]] is flying from Manila to Heathrow and I need to pick her up. Her UK phone is [[PHONE_NUMBER|+44 7700 900846]]. What's the best way to track the flight?",
    "I'm [[PERSON|Dewi Anggraini]], a student in Leicester. The courier threw my laptop parcel over the gate at [[STREET_ADDRESS|54 Welford Road, Leicester LE2 7AD]] and the screen is cracked. How do I claim?",
    "My boss [[PERSON|Farid Ismail]] asked me to cover his shifts again and I already do 50 hours. How do I say no politely in a WhatsApp message?",
    "I'm [[PERSON|Lukas Brandt]] and I rent a flat in Hamburg. My landlord, Herr [[PERSON|Voss]], wants to raise the rent by 20%. Is that allowed, and how should I reply?",
    "My daughter [[PERSON|Léa Morel]] is on an exchange in Brighton and the host family hasn't replied in a week. Their number was [[PHONE_NUMBER|07700 900395]]. What should I do?",
    "I'm [[PERSON|Inés Castillo]] from Sevilla. I bought shoes online, they came in the wrong size, and the shop says returns cost €15 even though their site said free. Write a complaint please.",
    "Can you make this clearer? 'Mr [[PERSON|Albuquerque]], the water heater in apartment 3B has been broken for nine days. Please send someone before the weekend. [[PERSON|Beatriz Nogueira]]'",
    "My grandad [[PERSON|Osvaldo Paredes]] got a letter from the hospital in Córdoba saying 'FEVI 35%'. I translated it as ejection fraction 35%. Is that serious?",
    "Help me reply to my ex, [[PERSON|Tiago]]. He wants the kids on Christmas Day but we agreed alternate years and it's my turn. I want to be firm but keep it about them.",
    "I need a message to my son's football coach, [[PERSON|Andile Khumalo]], saying we can host the end-of-season braai at [[STREET_ADDRESS|31 Protea Street, Durbanville, 7550]]. Ask how many families are coming.",
    "My name is [[PERSON|Delroy Campbell]] and I got a parking ticket outside my own house at [[STREET_ADDRESS|66 Leander Road, Thornton Heath CR7 6JS]] while loading a van. Can you help me appeal?",
    "My aunt [[PERSON|Lagi Faleolo]] has been asked to bring a 'tissue sample' to a clinic in Auckland and she's scared. What is that usually for? I'll go with her.",
    "How do I reply to this text from my neighbour [[PERSON|Hemi]]? He says our fence is on his side by half a metre and wants us to move it.",
    "Our nanny [[PERSON|Olena Kravchenko]] needs a reference for her visa extension. She has looked after our twins since 2022. Can you write one I can sign?",
    "Can you explain this in simple words? It's from my doctor: 'Dear Mr [[PERSON|Volkov]], your colonoscopy showed two small polyps which were removed. Histology: tubular adenoma, low-grade dysplasia. Repeat in 3 years.'",
    "I want to write to my old landlord, Mr [[PERSON|Horváth]], to get my deposit back. I left [[STREET_ADDRESS|Flat 3, 8 Kingsley Road, Bristol BS6 6AF]] on 31 August and it was spotless.",
    "My friend [[PERSON|Jakub Novák]] is stuck at Prague airport after his flight was cancelled. Can you tell me his rights under EU261 so I can text him?",
    "I'm [[PERSON|Sigrid Haugen]]. The hotel in Tromsø charged me for a no-show but I cancelled by phone. They say there's no record of it. What do I write back?",
    "Write a message to the group chat saying I'm sorry I missed [[PERSON|Callum]]'s leaving drinks, I was at the hospital with my mum. Keep it light.",
    "Please polish this: 'To the head teacher, I am the parent of [[PERSON|Gethin Rowlands]] in Year 9. He has been bullied on the bus for two weeks. I would like a meeting. [[PERSON|Ffion Rowlands]], [[PHONE_NUMBER|07700 900663]]'",
    "I'm [[PERSON|Mason Whitaker]] and a dealership sold me a used truck with a bad transmission three days ago. What should I say when I call them? My number for the callback is [[PHONE_NUMBER|(406) 555-0119]].",
    "My neighbour's kid [[PERSON|Tyrese]] broke my window with a baseball. His mom is nice. How do I ask about paying for it without making it awkward?",
    "Letter from my daughter's paediatrician: '[[PERSON|Ava Kowalski]], 4 years. Mild intermittent asthma. Salbutamol inhaler via spacer as needed.' What's a spacer and how do I use it?",
    "I'm [[PERSON|Jack Pemberton]] and I live at [[STREET_ADDRESS|12 Wattle Grove, Carlton North VIC 3054]]. The electrician charged me $400 for a job quoted at $180. Can you write a firm message? My number is [[PHONE_NUMBER|0491 570 226]].",
    "The phone shop in Valparaíso sold me a refurbished phone as new and won't take it back. Can you write a complaint for me and end it with my name, [[PERSON|Valentina Soto Araya]]?",
    "Please finish this for me: 'The mattress arrived stained and the shop refuses a return after 14 days. I expect a replacement or a refund within 7 days. Regards, [[PERSON|Rūta Kazlauskienė]], [[STREET_ADDRESS|Žirmūnų g. 68-14, LT-09124 Vilnius]]'",
    # no cue word: the person is just named
    "Can you turn this into a polite email to the letting agency: [[PERSON|Lucía Fernández]] will collect the keys on Friday at 10 and the deposit should go back to her, not to the agency's holding account.",
    "Write a birthday poem for [[PERSON|Thandiwe]], she loves hiking, terrible puns and her cat Biscuit. She's turning 40 on Saturday.",
    "Proofread please: 'Deliver the wardrobe to [[STREET_ADDRESS|Unit 4, 61 Harbour Street, Whitstable CT5 1AG]] between 9 and 1 and ask for [[PERSON|Ewan Doherty]]. Ring [[PHONE_NUMBER|07700 900158]] on arrival, the buzzer is broken.'",
    "[[PERSON|Sunil Bhattarai]] and I split a car from Manchester airport and he paid the whole £86. How do I work out who owes what if he drove 40 miles further?",
    "Is it normal for the council to ask [[PERSON|Agnieszka Wróbel]] for three months of bank statements just to join the housing list? She asked me to find out and I have no idea.",
    "How do I write a reference for [[PERSON|Kofi Mensah-Bonsu]]? He cleaned our office for three years, always on time, and now wants a job at the hospital.",
    "Write a short, warm toast for [[PERSON|Astrid]] and [[PERSON|Jonas]]'s wedding. We met them at a salsa class in Aarhus six years ago and they still can't dance.",
    "Summarise this voicemail: 'It's [[PERSON|Brendan]] from the garage, your Corolla is ready, it was the alternator, £312 all in, ring me back on [[PHONE_NUMBER|0113 496 0721]].'",
    "Can [[PERSON|Zeynep Aksoy]] be added to my car insurance for one weekend, or does she need her own policy? She has a Turkish licence and has lived in the UK for eight months.",
    "Make a packing list for a week in Crete with [[PERSON|Lior]] and [[PERSON|Noa Ben-David]], two adults, and one of us gets seasick.",
    "Who do I complain to? The removal company broke a mirror and lost a box of books moving [[PERSON|Ayesha Siddiqui]] from [[STREET_ADDRESS|42 Clarendon Road, Luton LU2 7PQ]] to Milton Keynes last Tuesday.",
    "Happy 60th birthday, [[PERSON|Park Ji-hoon]]! We are so lucky to have you. Translate that into Korean for a card, please.",
    "Is it rude to ask [[PERSON|Esperanza]] to leave her shoes at the door when she comes to clean on Thursdays? I don't know how to bring it up.",
    "[[PERSON|Mikael Virtanen]] sent me a bill for the shared cabin weekend in Lapland and it seems high. Can you check: 4 nights at €180, sauna €40, firewood €25, split five ways?",
    "What's a good way to remind [[PERSON|Chloe Fairweather]] that the book club is at her place this month without sounding pushy? She forgot last time.",
    "Draft a text to [[PERSON|Arjun Mehta]] saying the car share is off tomorrow because my car failed its MOT, and suggest the 7:40 train instead.",
    "Please rewrite so it sounds less like a telling-off: '[[PERSON|Bongani]], the bins at [[STREET_ADDRESS|17 Jacaranda Avenue, Randburg, 2194]] go out on Wednesday, not Thursday. Third week in a row.'",
    "Can you help me write a complaint to the airline? They lost the suitcase of [[PERSON|Rosa Quispe Mamani]] on the Lima to Madrid flight and have ignored three emails from [[EMAIL_ADDRESS|rosaquispe71@andesmail.pe]].",
    "How should [[PERSON|Tariq Al-Mansouri]] word an email to the university asking for an extension? His laptop was stolen with two weeks of work on it.",
    "Plan a surprise 30th for [[PERSON|Björn Eiríksson]] in Reykjavík on a budget of 50,000 krónur. He likes whisky, football and eighties music.",
]

# 50 short messages with exactly one private value: the first 25 all in lower case.
SHORT = [
    "can you remind me to call [[PERSON|beatriz]] at 6",
    "whats the area code for [[PHONE_NUMBER|07700 900512]]",
    "is [[PHONE_NUMBER|0491 570 318]] a mobile or landline",
    "remind me [[PERSON|chinedu]] birthday is next friday",
    "text [[PERSON|niamh]] that im running late",
    "who lives at [[STREET_ADDRESS|47 dunmore road, belfast bt15 3ll]]",
    "add [[EMAIL_ADDRESS|gav.mcintyre@glenpost.co.uk]] to my contacts",
    "pls remind me to pay [[PERSON|dimitri]] back 20 quid",
    "missed call from [[PHONE_NUMBER|(617) 555-0174]] should i call back",
    "write happy bday msg for [[PERSON|yaw]]",
    "is this legit, got an email from [[EMAIL_ADDRESS|j.okafor.1984@freshinbox.com]] about my refund",
    "set a reminder to collect [[PERSON|lucas]] from karate at 5",
    "how far is [[STREET_ADDRESS|9 canal st, manchester m1 3hw]] from piccadilly station",
    "remind me to ring [[PERSON|maud]] tomorrow morning",
    "did [[PERSON|farah]] reply yet",
    "save [[PHONE_NUMBER|07700 900927]] as plumber",
    "tell [[PERSON|hugo]] dinner is at 8",
    "translate thank you [[PERSON|akosua]] into twi",
    "is [[IP_ADDRESS|203.0.113.58]] my home ip, how do i check",
    "my number is [[PHONE_NUMBER|07700900448]]",
    "draft a sorry text to [[PERSON|esra]]",
    "send my location to [[EMAIL_ADDRESS|mia.h.t@quokka-mail.com.au]]",
    "book a haircut for [[PERSON|sami]] on saturday",
    "remind me [[PERSON|wren]] has dentist tues",
    "who owns [[PHONE_NUMBER|555-0162]]",
    "Remind me to call [[PERSON|Beatriz Coelho]] at lunch.",
    "Whose number is [[PHONE_NUMBER|020 7946 0318]]?",
    "Write a get-well card for Mrs [[PERSON|Abernethy]].",
    "Is [[PHONE_NUMBER|+1 312 555 0148]] a Chicago number?",
    "Please text [[PERSON|Oskar]] that the match is cancelled.",
    "Find a nice gift for [[PERSON|Mei-Ling]], budget £30.",
    "Forward the lasagne recipe to [[EMAIL_ADDRESS|hollyann.reyes@saguaro-mail.com]].",
    "Directions to [[STREET_ADDRESS|5 Quarry Lane, Kendal LA9 4DW]] please.",
    "Remind me that [[PERSON|Efosa]] owes me £45.",
    "What time zone is [[PHONE_NUMBER|0491 570 664]] in?",
    "Draft a thank-you note to Dr [[PERSON|Venkataraman]].",
    "Add [[PERSON|Alejandro Ruiz]] to Saturday's five-a-side list.",
    "Is [[PHONE_NUMBER|06 39 98 41 27]] a French mobile?",
    "Wish [[PERSON|Nalani]] good luck for her exam.",
    "Call me back on [[PHONE_NUMBER|07700 900209]] please.",
    "How do I pronounce Ms [[PERSON|Nwachukwu]] properly?",
    "Schedule coffee with [[PERSON|Henrietta]] next Thursday.",
    "Package for [[STREET_ADDRESS|18 Birchwood Avenue, Guelph, ON N1H 4K7]] is late.",
    "[[PERSON|Kemal]] says hi.",
    "Reply to [[EMAIL_ADDRESS|p.lindahl@norrsken-post.se]] saying yes.",
    "Tell [[PERSON|Ximena]] the spare keys are under the mat.",
    "Remind me: Mr [[PERSON|Abiodun]] at 3pm.",
    "Is [[PHONE_NUMBER|030 23125 774]] in Berlin?",
    "Buy flowers for [[PERSON|Marguerite]] before Sunday.",
    "Where is [[STREET_ADDRESS|Wrangelstraße 41, 10997 Berlin]]?",
]

# 40 messages with account details said in passing: 20 with a keyword, then 20 without.
ACCOUNTS = [
    # with a keyword (password, PIN, code, username, login, key, number, card, ...)
    "Why does my laptop keep saying wrong password for the wifi? I'm typing [[PASSWORD|Tiger!Moth_2217]] exactly as it is on the router sticker.",
    "I keep forgetting my bank PIN, it's [[PASSWORD|8316]]. Is it safe to store it in my phone notes?",
    "The courier can't get in, the door code is [[PASSWORD|4471#]]. How do I add that to my Amazon delivery instructions?",
    "My Xbox gamertag is [[ID_NUMBER|NightOwlKenji]] and someone keeps sending me abuse. How do I report them?",
    "My Clubcard number is [[ID_NUMBER|634004021788395]] and the points from my last big shop are missing. Who do I contact?",
    "Can you write a message to my sister with the Netflix login: email [[EMAIL_ADDRESS|fam.okeke.tv@streambox-mail.com]], password [[PASSWORD|Jollof&Chill09]], and tell her not to change the profile pics.",
    "The IRS form asks for my SSN. Is [[US_SSN|412-73-5589]] supposed to go in with the dashes or without?",
    "Alarm code for the shop is [[PASSWORD|7-3-9-1-5]] and the new girl keeps setting it off. How do I write simple opening instructions?",
    "My Steam username is [[ID_NUMBER|pixel_gran_1961]] and it got locked after a trade. What should I put in the appeal?",
    "Write a note for the dog walker: the side gate code is now [[PASSWORD|1954*]] and Biscuit's lead is on the hook.",
    "For the deposit refund my IBAN is [[IBAN_CODE|GB45 BARC 2041 7538 1166 42]]. Can you write the email to the letting agent asking them to pay it by Friday?",
    "My student number is [[ID_NUMBER|s2291847]] and the library says I owe £38 in fines I never got. How do I dispute it?",
    "I changed my Disney+ password to [[PASSWORD|rainyday_Pangolin4]] and now the TV won't log in. What do I do?",
    "Is it safe to email my PayPal login to my accountant? It's [[EMAIL_ADDRESS|j.marchetti.shop@vialattea-mail.it]] with password [[PASSWORD|Gelato?Forte81]].",
    "The key safe at the cottage opens with [[PASSWORD|0612]]. Write check-in instructions for our guests please.",
    "My Boots Advantage card number [[ID_NUMBER|6339 1204 7716 5083]] hasn't got last month's points. How do I chase it?",
    "Passport number [[ID_NUMBER|548213907]] keeps being rejected on the airline check-in page. What format do they want?",
    "Is my PlayStation handle [[ID_NUMBER|xX_SambaQueen_Xx]] too cringe? Suggest something better that still has samba in it.",
    "Card number [[CREDIT_CARD|5312 6604 9187 2050]] was charged twice by the cinema, expiry 04/27. How do I dispute it with my bank?",
    "My wifi key is [[PASSWORD|kz7Q-mw33-LPa9]] but my nan's tablet won't connect. Step by step please, she's 82.",
    # no keyword at all
    "netflix is [[EMAIL_ADDRESS|kat.brennan.home@shamrockmail.ie]] / [[PASSWORD|Lemontree88]], why does it say too many devices",
    "The wifi at the flat is [[PASSWORD|BlueHeron_57]] but the printer won't join. What am I doing wrong?",
    "Front door is [[PASSWORD|2716]] then push hard. Can you turn that into a nice welcome message for my Airbnb guests?",
    "Add me on Fortnite, I'm [[ID_NUMBER|CaptainPuffin77]]. What's a good squad name for me and my cousins?",
    "Please send the £120 to [[IBAN_CODE|DE33 4306 0967 1043 8277 00]] before Friday. Write that more politely for my flatmate.",
    "it keeps rejecting [[PASSWORD|Summer2024!!]] on the council tax portal, whats the rule, upper case and symbols?",
    "My Spotify is [[EMAIL_ADDRESS|dj.ravi.mehra@soundpost.in]] with [[PASSWORD|tabla$Rain7]]. Can you help me move my playlists to Apple Music?",
    "Is it bad that I use [[PASSWORD|Fluffy2009]] for everything? Asking for my mum.",
    "Pay the babysitter [[IBAN_CODE|FR76 3000 4028 1700 0418 2357 142]], €60 for Saturday. Remind me on Friday.",
    "I'm [[ID_NUMBER|ghostbaker_93]] on Discord and people keep DMing me spam. How do I stop it?",
    "The garage opener is [[PASSWORD|55091]] and the back door sticks. Write a short house-sitting note.",
    "Charge it to [[CREDIT_CARD|4716 0287 5533 9411]] exp 09/26, that's what the hotel asked me to email. Is that safe?",
    "My Amazon got hacked, it was [[EMAIL_ADDRESS|mbogo.peter@savannahpost.co.ke]] and [[PASSWORD|Nairobi#2019]]. What do I do first?",
    "The router sticker says [[PASSWORD|7Fq2-9KdL-x3Vm]] but the laptop won't connect, help.",
    "Give my brother the Hulu: [[EMAIL_ADDRESS|the.dominguez.fam@cactusmail.com]] and [[PASSWORD|Tacos4ever!]], he's staying for two weeks.",
    "Roblox kept kicking out [[ID_NUMBER|LilMango_Ava2014]] after the update. Is it a ban or a bug?",
    "Transfer rent to [[IBAN_CODE|NL59 RABO 4581 9302 78]] by the 1st. How do I set up a standing order in my banking app?",
    "Alarm is [[PASSWORD|1 9 8 7]] then the tick button. Write that as steps for my dad who hates tech.",
    "I play as [[ID_NUMBER|TurboNonna58]] online and my grandkids say it's embarrassing. Is it?",
    "Locker combo is [[PASSWORD|31-07-44]], write it on a cute sticky note for my daughter's first day at secondary.",
]

# 30 messages in simple English or mixing in Spanish, French, German, Hindi, Tagalog or Portuguese.
MIXED = [
    "Hello, I am [[PERSON|Carlos Medina]], my english is not so good. I need write to my landlord, the heating no work since 5 days. My address is [[STREET_ADDRESS|Flat 4, 102 Tulse Hill, London SW2 2QN]]. Please help, gracias.",
    "Can you help me write to my neighbour in English? Ella se llama [[PERSON|Remedios Alcántara]] and her dog is always in my garden. Gracias!",
    "Bonjour, I am [[PERSON|Thibault Garnier]], je cherche un plombier near [[STREET_ADDRESS|14 Rue des Lilas, 33000 Bordeaux]]. Can you write a message for him in simple French? Mon numéro: [[PHONE_NUMBER|06 39 98 17 52]].",
    "Guten Tag, my name is [[PERSON|Anneliese Hofmann]]. Meine Tochter starts school in Manchester next month. How I write to the school for the uniform? Danke schön.",
    "Yaar please help, meri mummy [[PERSON|Sunita Agarwal]] ka appointment hai at the eye hospital, unka number [[PHONE_NUMBER|07700 900583]] hai. Write a text in English to remind her?",
    "Pa-help naman po, my tita [[PERSON|Lorna Bautista]] has a new number, [[PHONE_NUMBER|0491 570 481]]. How do I save it sa phone ni lola so she can call her?",
    "Olá! Sou o [[PERSON|Rodrigo Azevedo]] e preciso de ajuda. I buy a bicycle online and it arrive broken. The shop is in Porto, my address [[STREET_ADDRESS|Rua de Cedofeita 233, 4050-180 Porto]]. What I write them?",
    "Sorry for bad english. My husband [[PERSON|Goran Petrović]] has appointment at cardiology but letter say 'fasting'. What means fasting? He can drink water?",
    "Hi, I am from Brazil, meu nome é [[PERSON|Luana Ferreira da Silva]]. I need to send CPF [[ID_NUMBER|418.273.956-64]] to a company in London for my job, is it safe by email?",
    "Namaste, mera naam [[PERSON|Vikram Joshi]] hai. Bank ne Aadhaar maanga, number [[ID_NUMBER|7381 2946 0511]] hai. Should I give on WhatsApp? Is it safe?",
    "Please help me, I am [[PERSON|Khadija Abdi]], I am new in Minneapolis. The apartment manager say I must pay $200 more. My phone [[PHONE_NUMBER|(612) 555-0153]]. Is legal?",
    "Hallo! Mein Nachbar Herr [[PERSON|Lindemann]] is always parking in front of my garage. Wie sage ich das höflich in English? He is old and nice.",
    "Ay, necesito un favor: write an email to the airline, my bag is lost. Name [[PERSON|Guadalupe Reyes Ortiz]], flight from Cancún, my email [[EMAIL_ADDRESS|lupita.reyes.o@cenotemail.mx]]. Muchas gracias!",
    "Salut! Mon copain [[PERSON|Yannick]] wants to surprise his mère for her birthday. Can you find a restaurant near his flat at [[STREET_ADDRESS|27 Lavender Hill, London SW11 5QW]]?",
    "Bhai, mera landlord Mr [[PERSON|Malhotra]] deposit wapas nahi de raha. Flat was [[STREET_ADDRESS|5 Coventry Road, Ilford IG1 4QR]]. Legal notice kaise likhe in English?",
    "Ate, pakicheck naman my English: 'Good morning Ma'am [[PERSON|Dela Cruz]], I cannot go to work today because my son is sick. Sorry po. - [[PERSON|Jasmine]]'",
    "I am Polish, my English is little. My daughter [[PERSON|Zuzanna]] school say she need 'consent form' for trip. What is consent form? They send to my email [[EMAIL_ADDRESS|m.lewandowska82@wisla-post.pl]].",
    "Hola, soy [[PERSON|Ignacio Bravo]]. I have reservation in hotel for 3 nights but they charge my card 4 nights. The tarjeta es [[CREDIT_CARD|4024 0071 5836 2193]]. How I complain? Gracias",
    "Bonjour, c'est [[PERSON|Awa Traoré]]. The doctor letter say 'anémie ferriprive' and 'ferritine basse'. Can you explain simple? Je suis fatiguée tout le temps.",
    "Please translate to English for my neighbour: 'Liebe Frau [[PERSON|Bergmann]], das Paket für Sie liegt bei mir. Ich bin ab 18 Uhr da. [[PERSON|Katrin]], Wohnung 2'",
    "Dost, help kar do. My friend [[PERSON|Harpreet Kaur]] lost her purse in Southall, her number is [[PHONE_NUMBER|07700 900719]], she's very tension mein. Police ko kaise report kare?",
    "Hi po! I am [[PERSON|Maricel Ramos]], caregiver in Toronto. My employer don't give payslip for 2 months. Can you write letter for me? Salamat po.",
    "Oi! Meu nome é [[PERSON|Thiago Albuquerque Lima]], I am student in Dublin. My landlord want keep all deposit. Address [[STREET_ADDRESS|Apartment 7, 19 Dorset Street Upper, Dublin 1, D01 K2W8]]. Help please, obrigado!",
    "Necesito ayuda con mi NIE. I live in Valencia and the bank say number [[ID_NUMBER|Y3859271T]] is wrong. My name [[PERSON|Oksana Melnyk]]. What I do?",
    "Je m'appelle [[PERSON|Noémie Lefebvre]], I need help. My numéro de sécurité sociale is [[ID_NUMBER|2 87 06 75 118 042 20]], the pharmacy in London ask NHS number, what is different?",
    "Mein Sohn [[PERSON|Felix]] is sick, I must write to his school in English. Die Lehrerin heißt Mrs [[PERSON|Okoro]]. Can you help? Short please.",
    "Bhaiya, meri behen [[PERSON|Pooja Nair]] ka parcel Amazon ne [[STREET_ADDRESS|Flat 12B, Lotus Heights, Andheri West, Mumbai 400053]] pe deliver nahi kiya. Complaint likh do please.",
    "Paki-translate po sa English: 'Si [[PERSON|Rodel Manalo]] ay hindi makakapasok bukas dahil may lagnat.' It is for his boss.",
    "Hola! My abuela [[PERSON|Concepción Herrera]] need new glasses. Her phone is [[PHONE_NUMBER|(305) 555-0126]]. How I book appointment for her online at an optician in Miami?",
    "Sorry my english. I am [[PERSON|Ahmad Karimi]] from Afghanistan, I live [[STREET_ADDRESS|33 Ellesmere Road, Sheffield S4 7JB]]. The council letter say 'housing benefit overpayment'. What I must do?",
]

# 25 everyday questions naming places, shops and brands but no private person.
CLEAN_EVERYDAY = [
    "How long should I roast a 2 kg chicken at 200°C, and how do I know it's done?",
    "What's the cheapest way to get from Paris Charles de Gaulle to the city centre late at night?",
    "Will it be too cold to camp in the Lake District in early April?",
    "My IKEA Malm drawer keeps falling off its runners. How do I fix it?",
    "When should I plant tomato seedlings outside in Dublin?",
    "Is it okay to give my dog a bit of cooked salmon?",
    "What's a good vegetarian lasagne that doesn't use mushrooms?",
    "Can I take a Lime bike from Westminster to Camden, and roughly how much would it cost?",
    "Why does my Bosch dishwasher leave a white film on the glasses?",
    "Which is better for a first houseplant, a pothos or a snake plant?",
    "How do I get candle wax out of a cotton tablecloth?",
    "What's the weather usually like in Lisbon in October?",
    "My cat keeps scratching the sofa. What can I try besides a scratching post?",
    "Can I freeze leftover rice from a Nando's takeaway and reheat it safely?",
    "How do I bleed a radiator? The top half is cold.",
    "What are the best day trips from Kyoto by train?",
    "How much water does a lemon tree in a pot need in summer?",
    "What should I pack for a rainy week in Edinburgh in August?",
    "How do I stop my sourdough from coming out so dense?",
    "Is the Eurostar or a flight quicker from London to Brussels once you count check-in?",
    "Why is my kitchen tap dripping even when it's turned off hard?",
    "How often should I give a rabbit fresh vegetables?",
    "What can I make with leftover mashed potatoes?",
    "Are slugs a problem for hostas, and how do I keep them off without pellets?",
    "Is a Costco rotisserie chicken better value than the one from Aldi?",
]

# 20 questions about celebrities, athletes, historical figures, fictional characters and bands.
CLEAN_FAMOUS = [
    "How many Grand Slam singles titles did Serena Williams win?",
    "What was Marie Curie's second Nobel Prize for?",
    "Why did the Beatles stop touring in 1966?",
    "Is Sherlock Holmes older than Hercule Poirot as a character?",
    "What are Taylor Swift's re-recorded albums called?",
    "How did Nelson Mandela spend his years on Robben Island?",
    "Who has scored more international goals, Cristiano Ronaldo or Lionel Messi?",
    "What happened to Frodo after he left the Shire at the end of the book?",
    "Was Cleopatra actually Egyptian?",
    "What instruments did Prince play on his first album?",
    "Why is Usain Bolt's 100 m record so hard to beat?",
    "What did Frida Kahlo paint in her last years?",
    "Which Harry Potter book introduces Luna Lovegood?",
    "How tall was Abraham Lincoln?",
    "What's the most streamed BTS song on Spotify?",
    "Why did Elizabeth Bennet turn down Mr Darcy the first time?",
    "How many Tour de France wins does Tadej Pogačar have?",
    "Did Shakespeare really write all of his plays himself?",
    "What is Beyoncé's Renaissance album about?",
    "Was Mulan based on a real person?",
]

# 20 writing and role-play prompts with invented or famous characters.
CLEAN_PROMPTS = [
    "Write a short story where Sherlock Holmes investigates a missing birthday cake.",
    "Pretend you are Albert Einstein explaining relativity to a ten-year-old.",
    "Write a bedtime story about a dragon called Pip who is scared of the dark.",
    "Role-play as a pirate captain named Redbeard giving a pep talk to a nervous crew.",
    "Write a limerick about a cat named Captain Whiskers who hates Mondays.",
    "Write a scene where Elizabeth Bennet and Jane Eyre meet at a tea party.",
    "Be Gandalf and give me advice about starting a new job.",
    "Write a poem about autumn in the style of Emily Dickinson.",
    "Create a villain for my fantasy novel: a sorceress called Morwen the Grey.",
    "Write a diary entry by Napoleon on the night before Waterloo.",
    "Act as a space station AI named ORBIT-7 welcoming the first tourists.",
    "Write a rap battle between Isaac Newton and Gottfried Leibniz.",
    "Invent a superhero called Captain Compost who fights food waste.",
    "Write a funny dialogue between Mario and Sonic arguing about who's faster.",
    "Continue this story: The old lighthouse keeper, Silas, heard a knock at midnight.",
    "Pretend to be Cleopatra and review a modern shopping mall.",
    "Write a short fable about a tortoise named Tobias who wants to fly.",
    "Role-play as Mary Poppins teaching me to tidy my room.",
    "Write a job advert for a wizard's apprentice at Hogwarts.",
    "Write a haiku from the point of view of Winnie-the-Pooh.",
]

# 15 questions about passwords and account safety with no real secret.
CLEAN_SAFETY = [
    "How long should a strong password be these days?",
    "Is it safe to use the same password for Netflix and my bank?",
    "What is two-factor authentication and should I turn it on for Instagram?",
    "How do password managers like Bitwarden keep my passwords safe?",
    "I got a text saying my Royal Mail parcel is held and asking for a fee. Is it a scam?",
    "What should I do if I think someone knows my email password?",
    "Is it okay to write my PIN on a sticky note in my wallet?",
    "How do I change the wifi password on a BT Smart Hub?",
    "What makes a passphrase better than a short complicated password?",
    "Should I let Chrome save my passwords?",
    "How can I tell if a login page is fake?",
    "My bank says it will never ask for my full PIN. What might a scammer ask for instead?",
    "How do I set up a passkey on my iPhone?",
    "What should a good door code avoid, like birthdays or 1234?",
    "How often should I change my router's admin password?",
]

# 20 maths homework questions with fictional first names.
CLEAN_MATHS = [
    "Tom has 24 stickers and gives a third of them away. How many does he have left?",
    "Priya reads 15 pages a day. How many days will a 240-page book take her?",
    "Kwame buys 3 pens at 85p each and pays with a £5 note. How much change does he get?",
    "Sofia runs 4.5 km on Monday and twice as far on Wednesday. How far did she run in total?",
    "A recipe for 4 people needs 300 g of flour. How much does Hiro need for 10 people?",
    "Lena saves £12 a week. How many weeks until she has at least £150?",
    "Mateo's garden is 8 m by 5.5 m. What is its area?",
    "Aisha has 3 red, 5 blue and 2 green marbles. What is the probability she picks a blue one at random?",
    "Jack cycles at 18 km/h. How long does 45 km take him?",
    "Ingrid's phone battery drops 12% an hour. Starting from 100%, after how many hours is it at 28%?",
    "Ollie scores 72, 85 and 91 on three tests. What is his mean score?",
    "Fatima cuts a 2.4 m ribbon into 8 equal pieces. How long is each piece in centimetres?",
    "A shirt costs £30 and Noah gets 15% off. How much does he pay?",
    "Mei has twice as many books as Leo, and together they have 42. How many does each have?",
    "Zara thinks of a number, multiplies it by 3 and adds 7 to get 31. What was her number?",
    "Ravi's train leaves at 14:35 and the journey takes 2 hours 50 minutes. When does he arrive?",
    "Chloe buys 6 cupcakes at £1.25 each and 2 drinks at £1.80 each. What is the total?",
    "A tank holds 120 litres. Omar fills it at 8 litres a minute. How long does it take?",
    "Ella's rectangle has a perimeter of 36 cm and a length of 11 cm. What is the width?",
    "Diego shares 56 sweets equally between himself and 7 friends. How many does each get?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "943 476 1581": nhs_ok,  # NHS number
    "7381 2946 0511": aadhaar_ok,  # Indian Aadhaar
    "Y3859271T": dni_ok,  # Spanish NIE
    "418.273.956-64": cpf_ok,  # Brazilian CPF
    "2 87 06 75 118 042 20": nir_ok,  # French NIR
}


def _rib(bban: str) -> bool:
    """French BBAN: bank, branch, account and a two-digit RIB key."""
    bank, branch, account, key = int(bban[:5]), int(bban[5:10]), int(bban[10:21]), int(bban[21:])
    return 97 - (89 * bank + 15 * branch + 3 * account) % 97 == key


def _ccc(bban: str) -> bool:
    """Spanish BBAN: bank, branch, two control digits, account."""
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def dc(digits: str) -> int:
        r = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
        return {11: 0, 10: 1}.get(r, r)

    return (dc("00" + bban[:8]), dc(bban[10:])) == (int(bban[8]), int(bban[9]))


def _elfproef(bban: str) -> bool:
    """Dutch BBAN: four letters and a ten-digit account passing the eleven test."""
    return sum(int(c) * (10 - i) for i, c in enumerate(bban[4:])) % 11 == 0


# National check digits inside the BBAN, by country.
BBAN_CHECKS = {"FR": _rib, "ES": _ccc, "NL": _elfproef}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"07700900\d{3}",
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"0113 496 0\d{3}",  # Leeds
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"555-01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"\+46 70 174 06 \d{2}",  # Sweden
        r"06 39 98 \d{2} \d{2}",  # France
        r"030 23125 \d{3}",  # Germany, Berlin
    )
]
DOC_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")

# Cue words: relations and roles, greetings, and titles or introductions before a name.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child(ren)?|aunt|auntie|tita|uncle|cousin|niece|nephew|grand\w*|"
    r"\w+-in-law|friends?|freind|mate|bf|gf|boyfriend|girlfriend|partner|fianc\w*|ex|exs|"
    r"boss|manager|colleague|co-?worker|neighbou?rs?|landlord|landlady|tenant|flatmate|"
    r"room-?mate|teacher|tutor|student|doctor|gp|nurse|cardiologist|paediatrician|client|"
    r"patient|customer|nanny|childminder|babysitter|coach|builder|photographer|step\w+|"
    r"hi|hello|hey|dear|yo|cheers|regards|thanks|thank you)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(
    r"\b(this is|my names?( is)?|call me|i'?m|im|i am|registered as|mr|mrs|ms|miss|mx|dr|"
    r"prof|herr|sir|madam)\.?,?\s+\[\[PERSON",
    re.IGNORECASE,
)
# Words that tell a reader an account detail follows; 20 account texts have none.
KEYWORDS = re.compile(
    r"\b(pass\w*|pw|pwd|pins?|\w*codes?|user ?names?|log ?ins?|logins?|keys?|credentials?|"
    r"gamer ?tags?|tags?|handles?|ids?|iban|ssn|acc(oun)?ts?|acct|cards?|numbers?|no)\b",
    re.IGNORECASE,
)


def has_cue(marked: str) -> bool:
    """Whether a text names its person with a relation, role, greeting, title or intro."""
    return bool(CUE_WORDS.search(strip_marks(marked)[0]) or CUE_BEFORE_NAME.search(marked))


def check_own(texts: list[str]) -> int:
    """Own-life requests: 10 to 90 words; at least 20 name a person without any cue.
    Returns how many do."""
    for marked in texts:
        if not OWN_WORDS[0] <= word_count(marked) <= OWN_WORDS[1]:
            raise SystemExit(f"own: {word_count(marked)} words in {marked[:60]!r}")
    bare = [
        t for t in texts if any(s["type"] == "PERSON" for s in marked_spans(t)) and not has_cue(t)
    ]
    if len(bare) < 20:
        raise SystemExit(f"own: {len(bare)} texts name a person without a cue, want 20")
    return len(bare)


def check_short(texts: list[str]) -> None:
    """Short messages: 3 to 20 words, exactly one span; the first 25 in lower case."""
    for i, marked in enumerate(texts):
        if not SHORT_WORDS[0] <= word_count(marked) <= SHORT_WORDS[1]:
            raise SystemExit(f"short: {word_count(marked)} words in {marked[:60]!r}")
        if len(marked_spans(marked)) != 1:
            raise SystemExit(f"short: want exactly one value in {marked[:60]!r}")
        if is_lower(marked) != (i < LOWER_SHORT):
            raise SystemExit(f"short: the first {LOWER_SHORT} only in lower case: {marked[:60]!r}")


def check_accounts(texts: list[str]) -> None:
    """Account details: each holds a secret, id, card, IBAN or SSN; the first 20 with a
    keyword, the last 20 with none."""
    kinds = {"PASSWORD", "ID_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}
    for i, marked in enumerate(texts):
        if not any(s["type"] in kinds for s in marked_spans(marked)):
            raise SystemExit(f"accounts: no account detail in {marked[:60]!r}")
        keyword = bool(KEYWORDS.search(strip_marks(marked)[0]))
        if keyword != (i < 20):
            raise SystemExit(f"accounts: keyword {keyword} in {marked[:60]!r}")


def check_mixed(texts: list[str]) -> None:
    """Mixed-language texts: each names a person and at most 60 words."""
    for marked in texts:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)) or word_count(marked) > 60:
            raise SystemExit(f"mixed: {marked[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, IBANs valid (national
    check digits too) and no documentation example, cards of 15 or 16 digits."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOC_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE":
                bban_ok = BBAN_CHECKS.get(compact[:2], lambda _: True)(compact[4:])
                if compact in DOCUMENTATION_IBANS or not iban_ok(compact) or not bban_ok:
                    raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
            if kind == "CREDIT_CARD" and not luhn_ok(value):
                raise SystemExit(f"card {value!r} fails Luhn")


def main() -> None:
    sections = {
        "own": (OWN, 100),
        "short": (SHORT, 50),
        "accounts": (ACCOUNTS, 40),
        "mixed": (MIXED, 30),
        "clean everyday": (CLEAN_EVERYDAY, 25),
        "clean famous": (CLEAN_FAMOUS, 20),
        "clean prompts": (CLEAN_PROMPTS, 20),
        "clean safety": (CLEAN_SAFETY, 15),
        "clean maths": (CLEAN_MATHS, 20),
    }
    pii = OWN + SHORT + ACCOUNTS + MIXED
    bare = check_own(OWN)
    check_short(SHORT)
    check_accounts(ACCOUNTS)
    check_mixed(MIXED)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind32", HERE, sections, {"own", "short", "accounts", "mixed"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=OWN, lower_chat=LOWER_OWN, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    print(f"own-life texts naming a person without a cue: {bare}")


if __name__ == "__main__":
    main()
