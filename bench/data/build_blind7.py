# ruff: noqa: E501
"""A seventh blind privacy set: 300 chat texts with personal data and 150 clean ones.

Written blind to the detector: the writer read only ``marks.py`` and the table format in
``README.md``, never the detector, its rules, docs, tests or the other sets. Every text is
typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no code-filled templates):

* 130 everyday requests about private people (partners, friends, kids, parents, colleagues,
  neighbours, landlords, teachers, doctors), with and without cue words, lone first names and
  surnames, nicknames, word-names (Hope, Rose, Sunny, Paris, Frank), names from over 25
  cultures, 40 of them typed all in lower case with chat shorthand and typos;
* 80 requests that paste or mention contact details: phones in many national formats,
  addresses of many countries on one line or several, e-mails, in messages, forms,
  signatures and delivery notes;
* 50 work requests with pasted e-mails, minutes, tickets, CSV/JSON rows, logs, SQL, configs
  and stack traces holding names, logins, ids, IPs and secrets;
* 40 short requests whose only personal datum is one secret or number said in passing.

The 150 clean texts are 75 everyday requests and 75 chosen to trip a naive detector (public,
historical and fictional people, authors, bands, teams, eponyms, brands, places and street
names as places, capitalised common words, placeholder code, UUIDs, versions, totals, part
numbers and ISBNs). All values are invented: phones from fictional ranges or made up, cards
Luhn-valid test numbers, IBANs valid mod 97, IPs from documentation and private ranges.

Run ``.venv/bin/python bench/data/build_blind7.py`` from the repository root; the output is
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

# 130 everyday requests about private people; the first 40 are typed all in lower case.
EVERYDAY = [
    "can u help me write a bday msg for [[PERSON|tunde]], hes turning 30 and obsessed w/ jollof lol",
    "my gf [[PERSON|meenakshi]] is mad at me bc i forgot our anniversary, how do i apologise without sounding fake",
    "whats a good gift for my mother in law [[PERSON|wanjiru]]? she likes gardening and hates clutter",
    "[[PERSON|dafydd]] from next door keeps parking in front of our drive, how do i bring it up nicely",
    "pls make this sound less passive agressive: 'hi [[PERSON|sigrid]], as i said last week the bins go out on tuesday'",
    "my son [[PERSON|bence]] wont do his homework unless i sit w him, is that normal at 9",
    "need a toast for my bro [[PERSON|kwame mensah]]'s wedding, 2 mins max, funny but not cringe",
    "how do i tell my roomate [[PERSON|oksana]] that her bf basically lives here now and shud pay rent",
    "write a thank u card to mrs [[PERSON|okonkwo]] my daughters year 2 teacher, she was amazing this yr",
    "could u help, my aunt [[PERSON|hope]] is moving in with us and i need a chore rota for 5 ppl",
    "can you translate 'get well soon [[PERSON|giorgos]], we miss you at training' into greek",
    "my manager [[PERSON|priya raghunathan]] wants a self review by fri, i have no idea what to write",
    "ugh [[PERSON|jun-ho]] cancelled on me again, am i overreacting if i say something",
    "plan a surprise party for [[PERSON|fatima]]'s 40th, budget like 300 quid, she hates being the centre of attention tho",
    "is it weird to invite my ex [[PERSON|thiago]] to my graduation if we're still friends",
    "write a short poem for my grandma [[PERSON|zsofia]], she turns 90 on sunday and loves her cat",
    "my landlord [[PERSON|derek]] wont fix the boiler, what can i legally do in england",
    "how to say no to [[PERSON|cathal]] who keeps asking me to cover his shifts",
    "need ideas for a playdate w [[PERSON|linh]] and [[PERSON|rosie]], both 5, rainy day",
    "rewrite: 'hey [[PERSON|emre]] can u send the photos from saturday, [[PERSON|ayse]] wants them for her insta'",
    "my dad [[PERSON|rajesh]] just got diagnosed w type 2 diabetes, what shud he eat for breakfast",
    "[[PERSON|paris]] my flatmate keeps eating my food, draft a polite note for the fridge",
    "does [[PERSON|siobhan]] sound like she's annoyed in this text? 'fine. do what u want.'",
    "help me plan a road trip with [[PERSON|lars]] and [[PERSON|ingrid]] thru norway in july",
    "my kid [[PERSON|mateo]] says his teacher ms [[PERSON|ramirez]] yells a lot, how do i raise it w the school",
    "write a sorry msg to [[PERSON|chen jing]], i spilled coffee on her laptop at work",
    "my coworker [[PERSON|frank]] takes credit for my work constantly, how do i handle this",
    "whats a cute nickname for [[PERSON|seo-yeon]]? we've been dating 3 months",
    "pls help me reply to abuela [[PERSON|lupe]], she asked why i didnt call on her saint's day",
    "how do i get my toddler [[PERSON|noor]] to sleep in her own bed",
    "we're naming the baby [[PERSON|sunny]] after my late grandad [[PERSON|sunil]], is that cheesy",
    "write a leaving card msg for [[PERSON|bartek]], he was our warehouse lead for 11 yrs",
    "my sister [[PERSON|ewa]] and her husband [[PERSON|tomasz]] are fighting again, how do i stay out of it",
    "[[PERSON|amara]] asked me to be godmother, what does that actually involve",
    "can u check my spelling: 'dear mr [[PERSON|haddad]], thank you for the refrence letter'",
    "ok so [[PERSON|nguyen thi lan]] from my class wants to study together, how do i plan a good session",
    "my neighbour [[PERSON|brooke]]'s dog barks all night, write a msg thats firm but nice",
    "need a eulogy outline for my uncle [[PERSON|tesfaye]], he was a taxi driver and loved football",
    "is it ok to ask dr [[PERSON|petrenko]] for a second opinion or will she be offended",
    "helpp my bf [[PERSON|jordan]] wants to move to leeds and i dont, how do we even talk abt this",
    # mixed case from here
    "Can you help me write a birthday message for my colleague Adaeze? Her full name is [[PERSON|Adaeze Nwachukwu]] and she's leaving the team next month, so it doubles as a goodbye.",
    "My daughter [[PERSON|Grace]] has been invited to a sleepover at [[PERSON|Mila Kowalczyk]]'s house. What questions should I ask the parents first?",
    "I need to tell [[PERSON|Rhys]] that I can't be his best man after all. How do I say it without wrecking the friendship?",
    'Please rewrite this more warmly: "[[PERSON|Angharad]], I noticed the report was late again. Let\'s talk."',
    "[[PERSON|Haruto]] and I are splitting the rent 60/40 because his room is bigger. Is that fair if I also pay the internet?",
    "What should I get [[PERSON|Eleni Papadopoulou]] as a thank-you? She fed our cats for two weeks while we were in Crete.",
    "Our babysitter [[PERSON|Marisol]] asked for a raise. She's been with us three years. What's a reasonable amount?",
    "Draft a text to [[PERSON|Youssef]] asking if he still wants to come to dinner on Friday, and mention that [[PERSON|Leila]] will be there.",
    "How do I support my friend [[PERSON|Dariush]] after his divorce? He doesn't like talking about feelings.",
    "My mum [[PERSON|Bernadette]] keeps forwarding scam emails to the whole family. How do I explain phishing to her?",
    "I'm writing a reference for [[PERSON|Kofi Boateng]], who worked for me as a junior chef. He's reliable, creative, a bit disorganised. Can you make it sound professional?",
    "[[PERSON|Summer]] is starting at a new school and she's anxious. Any tips for her first week?",
    "Help me write an email to Prof. [[PERSON|Lindqvist]]'s assistant asking to reschedule my thesis meeting.",
    "My partner [[PERSON|Wei]] says I never listen. Give me three concrete things I could do differently.",
    "Could you make a packing list for [[PERSON|Rahel]] and me? We're hiking in the Dolomites for six days.",
    "Write a funny limerick about my friend [[PERSON|Florence]], who always gets lost even with Google Maps.",
    "I think my brother [[PERSON|Ikenna]] is drinking too much. How do I raise it without him shutting down?",
    "Please summarise the main points I should make when I meet Mrs [[PERSON|Gallagher]] about the fence between our gardens.",
    "My son's coach, [[PERSON|Diarmuid O'Sullivan]], wants parents to drive to away games. Help me set up a fair carpool rota.",
    'How should I reply to [[PERSON|Ji-woo]]? She asked if we could "take a break" and I don\'t know what that means.',
    "We're hosting [[PERSON|Björn]] and [[PERSON|Astrid Lindgren]] — no, not that one, my husband's cousin — for Christmas. Vegetarian menu ideas?",
    "My landlady, Mrs [[PERSON|Adeyemi]], said she'll keep the deposit because of a carpet stain. Is that allowed?",
    "Write a short speech for my parents' 40th anniversary. Their names are [[PERSON|Gustavo]] and [[PERSON|Regina]], they met at a samba school in Recife.",
    "[[PERSON|Pearl]] from accounts has been covering for me while I was sick. How can I thank her without making it awkward?",
    "Can you explain to my grandfather [[PERSON|Istvan]] how to video call on his new tablet, in very simple steps?",
    "I'm worried about our neighbour Mr [[PERSON|Kaczmarek]]; we haven't seen him in a week. Who should I call?",
    "Turn this into a polite WhatsApp message: tell [[PERSON|Chioma]] we can't make the christening because [[PERSON|Obinna]] has chickenpox.",
    "My doctor, Dr [[PERSON|Anjali Menon]], recommended physio for my knee. What questions should I ask at the first appointment?",
    "I want to nominate [[PERSON|Keisha Thompson]] for employee of the month. She stayed late all week to fix the inventory mess. Write a short nomination.",
    "How do I tell [[PERSON|Dalia]] that her wedding date clashes with my sister's?",
    "Write a bedtime story starring my twins, [[PERSON|Kai]] and [[PERSON|Leilani]], and their dog Biscuit.",
    "[[PERSON|Castillo]] keeps interrupting me in meetings. Suggest some phrases to hold the floor.",
    "My partner's dad, [[PERSON|Hamid Rahimi]], is visiting from Kabul for the first time. What are some respectful things I should know?",
    "Can you help me word a note to Ms [[PERSON|Fitzgerald]] explaining why [[PERSON|Aoife]] missed her piano lesson?",
    "I'm meeting my girlfriend's parents, [[PERSON|Min-jun]] and [[PERSON|Hye-jin Park]], next weekend. What gift is appropriate?",
    "Please proofread: \"Dear [[PERSON|Olusegun]], thank you for hosting us in Ibadan. [[PERSON|Folake]]'s jollof was the best we've ever had.\"",
    "My friend [[PERSON|Rose]] just lost her job. I want to send something nice but not pitying.",
    "Is it normal that my 14-year-old, [[PERSON|Santiago]], sleeps until 1pm on weekends?",
    "We need a name for our book club's group chat. Members: [[PERSON|Agnieszka]], [[PERSON|Thandiwe]], [[PERSON|Margot]], [[PERSON|Yuki]] and me.",
    "I owe [[PERSON|Hussein]] £120 from the festival and keep forgetting. Remind me how to set up a recurring reminder on my phone.",
    "Write a message to my tenant, [[PERSON|Rafael Duarte]], reminding him the inspection is on the 14th.",
    "My colleague [[PERSON|Ilse]] speaks Dutch natively. How do I ask her to review my Dutch email without it sounding like I'm using her?",
    "Our pastor, Father [[PERSON|Emeka]], is retiring. The parish wants a card everyone can sign. Suggest an opening line.",
    "How can I help [[PERSON|Lakshmi]] prepare for her citizenship interview? She's nervous about the English part.",
    "Explain to me gently why [[PERSON|Bill]] might be ignoring my texts after our argument.",
    "[[PERSON|Mehmet Yılmaz]] from the corner shop always saves me the good bread. I want to bring him something for Eid.",
    "Can you make a chore chart for [[PERSON|Ruby]] (7), [[PERSON|Oscar]] (10) and [[PERSON|Tilly]] (4)?",
    "My neighbour [[PERSON|Jonas]] offered to lend us his trailer. How much should we give him for fuel?",
    "Write a short note for my daughter's teacher, Mr [[PERSON|Abernathy]], saying she'll be picked up by her grandmother today.",
    "I'm trying to reconnect with [[PERSON|Maeve Doherty]], a friend from uni I haven't talked to in 8 years. How do I start the message?",
    "My husband [[PERSON|Arnav]] snores terribly. Any remedies that actually work?",
    "We're adopting a cat and my kids want to name it after their aunt [[PERSON|Georgia]]. She might not find it funny. Thoughts?",
    "[[PERSON|Nkosana]] and [[PERSON|Lerato]] are getting married in Durban. Help me write a card in a mix of English and a little Zulu.",
    "How do I ask my manager [[PERSON|Whitfield]] for a four-day week?",
    'Please rephrase this so it sounds less cold: "[[PERSON|Tamsin]], we\'ve decided to go with another candidate."',
    "I'm the executor of my uncle [[PERSON|Pádraig]]'s will. What are the first things I need to do?",
    "My step-daughter [[PERSON|Esperanza]] doesn't want me at her quinceañera. How should I handle it?",
    "Summarise what I should tell the vet about [[PERSON|Viktor]]'s dog — wait, the dog is [[PERSON|Viktor]]'s, I'm just walking it. Anyway, it's limping.",
    "Give me conversation starters for dinner with my boyfriend's grandmother, Nonna [[PERSON|Carmela]].",
    "[[PERSON|Aarav]] wants to quit cricket after one season. Should I make him finish the year?",
    "I'm a carer for Mr [[PERSON|Ostrowski]], 87. He refuses to use his walker. How do I persuade him?",
    "Write an out-of-office that says [[PERSON|Niamh Brennan]] is covering for me until the 3rd.",
    "Our cleaner [[PERSON|Luz]] is going back to Oaxaca for a month. Is it normal to pay her while she's away?",
    "My best friend [[PERSON|Chase]] proposed in a restaurant and she said no. What do I say to him?",
    "Help me write a complaint about Dr [[PERSON|Varga]], who dismissed my daughter's symptoms twice.",
    "I'd like to surprise [[PERSON|Tomoko]] with a trip to Lisbon. What neighbourhoods would she like if she loves tiles and old trams?",
    "[[PERSON|Olamide]] said I was being dramatic at the party. Was I? I cried when they cut the cake before I arrived.",
    "How do I politely decline Mrs [[PERSON|Chowdhury]]'s invitation to her son's wedding? We've met her twice.",
    "My partner [[PERSON|Sami]] is Finnish and wants our kid to speak Finnish too. How do we raise a bilingual child in Manchester?",
    "Can you write a limerick for [[PERSON|Gwen]], who just got her black belt?",
    "I'm supposed to pick up [[PERSON|Hemi]] and [[PERSON|Aroha]] from kapa haka practice but my car broke down. Draft a quick message to their mum.",
    "My elderly neighbour [[PERSON|Vasilis]] asked me to help him read his bank letters. How can I do that without overstepping?",
    "Write a firm but fair message to the builder, [[PERSON|Gary Pritchard]], who hasn't shown up for three days.",
    "[[PERSON|Thanh]] keeps leaving dishes in the office sink. Draft a friendly team reminder that doesn't single him out.",
    "Our daughter [[PERSON|Autumn]] wants to go to a concert alone at 15. Reasonable conditions?",
    "My colleague [[PERSON|Bogdan]] asked me out. I'm not interested but we work closely together. How do I say no kindly?",
    "I need a thank-you email to Sister [[PERSON|Agnes]] at the hospice who looked after my dad.",
    "What should I write in a condolence card to [[PERSON|Layla Haddad]], whose father died last week? I only know her through work.",
    "[[PERSON|Zoltán]] and I disagree about whether to send our son to boarding school. Give me both sides fairly.",
    "Help me explain to my 6-year-old why Granny [[PERSON|Peg]] is in hospital.",
    "Can you suggest a fun team activity? Our team is [[PERSON|Ravi]], [[PERSON|Ingeborg]], [[PERSON|Kwabena]], [[PERSON|Lucía]] and [[PERSON|Hannes]], and half of us are remote.",
    "I think my flatmate [[PERSON|Daisy]] is reading my post. How do I bring it up?",
    "My father-in-law [[PERSON|Reza]] insists on paying for everything when we visit. How can we treat him without offending him?",
    "[[PERSON|Dimitra]] needs to hand in her Erasmus forms by Monday. Write a short checklist she can follow.",
    "I'd like to write a letter to my late grandmother, Bibi [[PERSON|Rasheeda]], for a grief counselling exercise. Help me start.",
    "My son [[PERSON|Dominic]] got into a fight at school with a boy called [[PERSON|Tyler Brooks]]. The school wants a meeting. What should I prepare?",
    "[[PERSON|Nneka]] wants to borrow my car for a month while hers is being fixed. How do I set terms without seeming stingy?",
    "Write a short message to [[PERSON|Jakob]] and [[PERSON|Freya Aalto]] congratulating them on the twins.",
    "Our team lead, [[PERSON|Okafor]], asked me to mentor the new intern. I've never mentored anyone. Where do I start?",
    "My sister-in-law [[PERSON|Yasmin]] keeps commenting on what my kids eat. How do I tell her to stop, nicely?",
]

# 80 requests that paste or mention contact details.
CONTACT = [
    "Can you tidy up this signature for me?\n\n[[PERSON|Oluwaseun Bakare]]\nSite Manager\nm: [[PHONE_NUMBER|07700 900417]]\ne: [[EMAIL_ADDRESS|seun.bakare@bakare-build.co.uk]]",
    "My new number is [[PHONE_NUMBER|+44 7700 900862]], can you write a short text to send to my contacts letting them know?",
    'Rewrite this so it sounds friendlier: "Call [[PERSON|Marta]] on [[PHONE_NUMBER|(555) 014-2298]] if the delivery doesn\'t arrive by 5."',
    "please format this address for an envelope: [[PERSON|Agnieszka Zielińska]] [[STREET_ADDRESS|ul. Słowackiego 14/3, 31-159 Kraków]] Poland",
    "Write a note for the courier: leave the parcel with Mrs [[PERSON|Thornbury]] at [[STREET_ADDRESS|14 Larkspur Close, Didcot OX11 7QP]] if nobody answers.",
    "Our new office address is\n[[STREET_ADDRESS|Unit 4, Riverside Works\nMill Lane\nHebden Bridge\nHX7 8AE]]\nCan you write an announcement for clients?",
    "What's the best way to write this German address on a UK form? [[STREET_ADDRESS|Kastanienallee 27, 10435 Berlin]] — it's for my cousin [[PERSON|Jannik Vogt]].",
    "I got a voicemail from [[PHONE_NUMBER|020 7946 0183]] about a missed parcel. Is that likely a scam? Help me write a reply text just in case.",
    'Translate into Spanish: "Hi [[PERSON|Paola]], my WhatsApp is [[PHONE_NUMBER|+34 612 48 39 07]], message me when you land."',
    "Can you put these into a table: [[PERSON|Nadia Rahman]] [[EMAIL_ADDRESS|nadia.r@postbox.example]] [[PHONE_NUMBER|0161 496 0522]]; [[PERSON|Tobias Lund]] [[EMAIL_ADDRESS|tobias.lund@mailbox.example]] [[PHONE_NUMBER|0161 496 0931]]",
    "write a msg to my landlord [[PERSON|steve]] saying the washing machine at [[STREET_ADDRESS|flat 2b, 88 ferndale rd, brixton, london sw9 8bp]] is broken again, his number is [[PHONE_NUMBER|07700900264]] if that matters",
    "How do I write a French address properly? It's [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]] and the name is [[PERSON|Élodie Marchand]].",
    "Please make a polite follow-up email to [[EMAIL_ADDRESS|rhiannon.pryce@valleydental.example]] asking if my crown is ready.",
    "Help me fill in this form. Name: [[PERSON|Carlos Eduardo Monteiro]]. Address: [[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]]. Phone: [[PHONE_NUMBER|+55 11 98765-4321]]. What goes under 'nationality'?",
    'Compose a text to my plumber: "Hi [[PERSON|Declan]], it\'s the house at [[STREET_ADDRESS|27 Seaview Terrace, Bray, Co. Wicklow A98 X2K7]], the leak is back." His mobile is [[PHONE_NUMBER|087 555 0142]].',
    "my mum's number changed to [[PHONE_NUMBER|+91 98450 12877]], how do i update it on her whatsapp for her",
    "Is this a valid Australian mobile format? [[PHONE_NUMBER|0491 570 156]]. I need it for my son [[PERSON|Lachlan]]'s school form.",
    "Write a delivery instruction: Ring [[PHONE_NUMBER|+61 491 570 110]] on arrival, gate code is [[PASSWORD|4471]], parcel for [[PERSON|Bronwyn Hale]].",
    "Can you check the email I'm about to send?\n\nTo: [[EMAIL_ADDRESS|k.mwangi@greenleafschool.example]]\nDear Mr [[PERSON|Mwangi]],\nI'm writing about my son [[PERSON|Baraka]]'s report card...",
    "Our wedding RSVP should go to [[EMAIL_ADDRESS|ana.and.luis.2025@example.com]] — write the line for the invitation.",
    "Please convert this to a vCard: [[PERSON|Hiroshi Tanaka]], [[PHONE_NUMBER|090-1234-5678]], [[EMAIL_ADDRESS|h.tanaka@tanaka-design.example]], [[STREET_ADDRESS|2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001]]",
    "What's the dialling code for Mexico? I'm trying to call Doña [[PERSON|Rosa]] at [[PHONE_NUMBER|55 5123 4567]] from London.",
    "Make this address look tidy for a Christmas card list:\nthe [[PERSON|Van den Berg]] family\n[[STREET_ADDRESS|Prinsengracht 412-II\n1016 JK Amsterdam]]",
    "Write a short complaint to my energy supplier. My account is under [[PERSON|Gareth Prosser]], [[STREET_ADDRESS|3 Heol y Nant, Llandeilo SA19 6AZ]].",
    "I want to send flowers to [[PERSON|Shirin Ahmadi]] at [[STREET_ADDRESS|Sveavägen 64, 111 34 Stockholm]]. What should the card say? She just had a baby.",
    'Text this to [[PERSON|Kemal]]: "Pick me up at [[STREET_ADDRESS|Bağdat Caddesi No:221, Kadıköy, İstanbul]] at 7, call me on [[PHONE_NUMBER|0532 555 01 88]] if you\'re late."',
    "Hey, can you format this as a label?\nMs [[PERSON|Ngozi Eze]]\n[[STREET_ADDRESS|Plot 15, Admiralty Way\nLekki Phase 1\nLagos 106104]]\n[[PHONE_NUMBER|+234 803 555 0199]]",
    "Please write a message to [[EMAIL_ADDRESS|jakub.novak77@seznam.example]] asking whether the apartment is still for rent.",
    "my number is [[PHONE_NUMBER|555.0173.2291]] and my email is [[EMAIL_ADDRESS|dannyboy.f@inbox.example]], can you write me a short intro for a dog walking flyer",
    "Can you write a reminder for the dentist? The receptionist's direct line is [[PHONE_NUMBER|029 2018 0447]] and my appointment is under [[PERSON|Rhodri Evans]].",
    "Tell me how to address a letter to Canada. It's going to [[PERSON|Maxime Tremblay]], [[STREET_ADDRESS|4521 rue Saint-Denis, Montréal QC H2J 2L4]].",
    'Summarise this voicemail transcript for me: "Hi it\'s [[PERSON|Beatriz]] from the clinic, please call us back on [[PHONE_NUMBER|+351 912 555 034]] about your results."',
    "I'm subletting my room. Write an ad, and put contact as [[PERSON|Yara]] — [[PHONE_NUMBER|+49 1512 3456789]] or [[EMAIL_ADDRESS|yara.sublet@posteo.example]].",
    "Fix the formatting of this shipping note:\nship to [[PERSON|Ahmed El-Sayed]] [[STREET_ADDRESS|17 Shari' El-Nil, Agouza, Giza 12655]] egypt tel [[PHONE_NUMBER|+20 100 555 0176]]",
    "We're updating the PTA contact sheet. Add: [[PERSON|Bridget Lomax]] (treasurer), [[EMAIL_ADDRESS|bridget.lomax@famlomax.example]], [[PHONE_NUMBER|01632 960341]].",
    "What's a polite way to ask Mr [[PERSON|Kowalski]] at [[STREET_ADDRESS|9 Orchard Way]] to cut back the hedge? We're at number 11.",
    "can u make this sound professional: 'yo its [[PERSON|jaylen]], reach me at [[PHONE_NUMBER|404-555-0138]] or [[EMAIL_ADDRESS|jaylen.carter.design@example.com]] for the logo stuff'",
    "Help me write a letter to the council about potholes outside my house, [[STREET_ADDRESS|42 Wellington Crescent, Ramsgate CT11 8JD]].",
    "Convert this Korean address into English order: [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 396, 101동 1203호]]. It's my friend [[PERSON|Lee Da-eun]]'s place.",
    "Can you draft a message to our Airbnb guest [[PERSON|Marcus]] with the check-in details? Address is [[STREET_ADDRESS|Via dei Serragli 68, 50124 Firenze]], key box code [[PASSWORD|0915]].",
    "Is [[PHONE_NUMBER|+1 (613) 555-0197]] a Canadian number? My aunt [[PERSON|Colette]] gave it to me and I'm not sure where she lives now.",
    "Make a nice invitation card text. RSVP to [[PERSON|Aditi]] on [[PHONE_NUMBER|+91-80-2555-0193]] by the 20th.",
    "Please put this into a contact list CSV with headers:\n[[PERSON|Søren Kierkegaard-Møller]], [[PHONE_NUMBER|+45 20 55 01 63]], [[EMAIL_ADDRESS|soren.km@firma.example]]\n[[PERSON|Annika Berg]], [[PHONE_NUMBER|+46 70 555 02 41]], [[EMAIL_ADDRESS|annika.berg@firma.example]]",
    "How do I tell the delivery company that my address is [[STREET_ADDRESS|Apartment 5C, 210 West 94th Street, New York, NY 10025]] and not 5B?",
    "i moved!! new addy is [[STREET_ADDRESS|77 kingfisher way, cambourne, cb23 6fg]] can u help me make a funny moving announcement",
    "Write an email to [[EMAIL_ADDRESS|bookings@theoldforgeb-and-b.example]] asking if they have a double room for two nights; sign it from [[PERSON|Helen Ashworth]].",
    "Please rewrite this note for the nanny: \"If anything happens call me [[PHONE_NUMBER|07700 900 731]] or [[PERSON|Gav]] [[PHONE_NUMBER|07700 900 588]]. Don't call [[PERSON|Gav]]'s mum.\"",
    "What's the postcode format in Ireland? I've got [[STREET_ADDRESS|Apt 12, Harbour View, Kinsale, Co. Cork P17 EX38]] and the form won't accept it.",
    "Help me word a LinkedIn message to [[PERSON|Ifeoma Chukwu]]; I found her email ([[EMAIL_ADDRESS|ifeoma.chukwu@brightpath.example]]) on a conference list.",
    "Can you check if this Swiss address is written correctly? [[STREET_ADDRESS|Bahnhofstrasse 45, 8001 Zürich]] for [[PERSON|Reto Brunner]].",
    "make this into a reminder: call [[PERSON|vikram]] abt the car on [[PHONE_NUMBER|9876543210]] tmrw after 6",
    "Draft a thank-you note to my host family in Hanoi. Their address is [[STREET_ADDRESS|Số 18 ngõ 54 Hào Nam, Đống Đa, Hà Nội]] and the mum is Cô [[PERSON|Hằng]].",
    "Can you make sense of this signature I got?\n--\n[[PERSON|Fernanda Ruiz Castañeda]]\nDirectora de Ventas\nTel. [[PHONE_NUMBER|+52 (33) 3555 0184]]\n[[EMAIL_ADDRESS|fruiz@tapatia-export.example]]\nWho is she likely to be?",
    "My neighbour's kid left this note: 'lost cat pls call [[PHONE_NUMBER|0412 555 019]]'. Help me make a proper poster from it.",
    "Write a cover letter header with my details: [[PERSON|Oisín Kavanagh]], [[STREET_ADDRESS|15 Griffith Avenue, Drumcondra, Dublin 9, D09 K2R4]], [[PHONE_NUMBER|+353 85 555 0127]], [[EMAIL_ADDRESS|oisin.kavanagh@example.ie]].",
    'Please translate into Polish for my builder: "[[PERSON|Paweł]], the key is under the mat at [[STREET_ADDRESS|6 Beech Road, Swindon SN2 7LB]]."',
    "I need to change the emergency contact on my son's school record to [[PERSON|Hadiza Musa]], [[PHONE_NUMBER|0803 555 0148]]. Write the email to the office.",
    "Here's my partner's old address for the credit check: [[STREET_ADDRESS|Flat 9, 3 Ashgrove Court, Glasgow G12 8QQ]]. How do I explain a gap in addresses?",
    "What's wrong with this number format for a Greek mobile? [[PHONE_NUMBER|69 4555 0122]] — it belongs to [[PERSON|Katerina]], our guide.",
    "Could you write a polite text to [[PHONE_NUMBER|(02) 5550 3821]]? It's the new owner of the dog we sold, Mrs [[PERSON|Whitlam]], to ask how he's settling in.",
    "Rewrite as a formal notice: residents of [[STREET_ADDRESS|Block C, Marlowe House, 120 Hanover Street, Edinburgh EH2 1DR]] must move their bikes by Friday.",
    "Please make a shipping label for a gift going to [[PERSON|Tariq Mahmood]], [[STREET_ADDRESS|House 22, Street 9, F-7/2, Islamabad 44000]], Pakistan, phone [[PHONE_NUMBER|+92 300 5550142]].",
    "sort out this email chain sig pls: [[PERSON|Rob]] | m. [[PHONE_NUMBER|07700-900-412]] | [[EMAIL_ADDRESS|rob@robfixesbikes.example]]",
    "Is it safe to put my home address on my CV? It's [[STREET_ADDRESS|31 Nightingale Lane, Harrogate HG1 4QT]].",
    "Help me reply to a buyer on Vinted who wants to collect. I'd give them [[STREET_ADDRESS|Calle de Toledo 89, 3º izq, 28005 Madrid]] and ask them to ring [[PHONE_NUMBER|+34 600 555 142]].",
    "Can you write an email to [[EMAIL_ADDRESS|m.lefebvre@cabinet-lefebvre.example]] asking Maître [[PERSON|Lefebvre]] to confirm the notary appointment?",
    "my wife [[PERSON|hanna]] lost her phone, her new one is [[PHONE_NUMBER|+358 40 555 0193]], write a group msg to her family",
    "Put this into proper address format for Hungary: [[PERSON|Kovács Péter]] [[STREET_ADDRESS|Budapest, Andrássy út 52, 1061]]",
    "Draft a welcome email to our new lodger [[PERSON|Anselm]] with the house rules; his address for post will be [[STREET_ADDRESS|Room 3, 19 Cromwell Road, Bristol BS6 5EX]].",
    "Is this Nigerian number written right? [[PHONE_NUMBER|0809-555-0112]]. It's my cousin [[PERSON|Emeka]].",
    "Write a lost-property email to [[EMAIL_ADDRESS|frontdesk@hotelmiramar.example]]. I left a blue scarf in room 412; booking name [[PERSON|Valentina Rossi-Bianchi]].",
    'Please reword for a text: "Your table for four is booked under [[PERSON|Oyelaran]]. Any changes call [[PHONE_NUMBER|01632 960 118]]."',
    "Convert to a Thunderbird-friendly list: [[EMAIL_ADDRESS|gwilym@tanygraig.example]], [[EMAIL_ADDRESS|nia.tanygraig@example.net]], [[EMAIL_ADDRESS|cerys.b@example.org]]",
    "Can you write a lease renewal reminder for Mr [[PERSON|Obi]] at [[STREET_ADDRESS|5 Tanner Street, London SE1 3LE]]? Lease ends 31 March.",
    "What's the correct international format of my number [[PHONE_NUMBER|06 12 34 56 78]]? I'm in France.",
    "Help me write to [[PERSON|Jasmine]]'s mum ([[EMAIL_ADDRESS|lou.okafor@example.co.uk]]) to arrange a playdate.",
    "Please tidy this form answer: address [[STREET_ADDRESS|P.O. Box 4417, Windhoek, Namibia]] contact [[PERSON|Tjaronda]] [[PHONE_NUMBER|+264 81 555 0163]]",
    "Write a short text to my dad's carer [[PERSON|Precious]] on [[PHONE_NUMBER|+27 82 555 0187]] thanking her for staying late.",
    "Could you put this in a nicer layout for my Etsy packing slip?\n[[PERSON|Ingrid Solberg]]\n[[STREET_ADDRESS|Thorvald Meyers gate 33B\n0555 Oslo]]\nNorway",
    'Reply to this enquiry for me: "Hi, is the bike still available? Text me on [[PHONE_NUMBER|+1 312 555 0142]]. — [[PERSON|Devon]]"',
]

# 50 work requests with pasted material.
WORK = [
    "Can you summarise this email thread for my manager?\n\nFrom: [[PERSON|Aisling Reddy]] <[[EMAIL_ADDRESS|aisling.reddy@northwind-logistics.example]]>\nTo: [[PERSON|Tomás Herrera]]\nSubject: Late shipments\n\n[[PERSON|Tomás]], the Leeds depot missed three pickups this week. Can you call [[PERSON|Graham]] there on [[PHONE_NUMBER|0113 496 0772]]?\n\n[[PERSON|Aisling]]",
    "Turn these meeting notes into action items:\n- [[PERSON|Priyanka]]: chase legal on the NDA\n- [[PERSON|Olek]] to set up staging box at [[IP_ADDRESS|10.20.4.17]]\n- [[PERSON|Mbali]] + [[PERSON|Henrik]] review pricing deck\n- next sync Thursday",
    "Why does this SQL fail?\n\nINSERT INTO customers (customer_id, full_name, email, phone)\nVALUES ('[[ID_NUMBER|CUST-0048213]]', '[[PERSON|Lucinda Parr]]', '[[EMAIL_ADDRESS|lucinda.parr@example.com]]', '[[PHONE_NUMBER|+44 1632 960558]]')\nON CONFLICT DO NOTHING",
    "Here's a log excerpt, what's going on?\n\n2025-03-11T09:14:22Z WARN auth: failed login user=[[ID_NUMBER|mkowalczyk]] src=[[IP_ADDRESS|203.0.113.45]] attempts=5\n2025-03-11T09:14:29Z WARN auth: account locked user=[[ID_NUMBER|mkowalczyk]]\n2025-03-11T09:15:02Z INFO auth: login ok user=[[ID_NUMBER|jsato]] src=[[IP_ADDRESS|198.51.100.23]]",
    'Help me write a Jira ticket from this Slack message:\n"[[PERSON|Deepa]]: hey, the export for client [[ID_NUMBER|ACC-77310]] is timing out again, [[PERSON|Femi]] said it started after Tuesday\'s deploy"',
    "Clean up this CSV, the columns are off:\n\nemployee_id,name,dept,email\n[[ID_NUMBER|E10482]],[[PERSON|Nkechi Obi]],Finance,[[EMAIL_ADDRESS|n.obi@corp.example]]\n[[ID_NUMBER|E10517]],[[PERSON|Stanislav Horák]],,Ops,[[EMAIL_ADDRESS|s.horak@corp.example]]\n[[ID_NUMBER|E10533]],[[PERSON|Maile Kahale]],IT,[[EMAIL_ADDRESS|m.kahale@corp.example]]",
    "Our config has this in it, is it safe to commit?\n\nDB_HOST=[[IP_ADDRESS|10.0.12.8]]\nDB_USER=[[ID_NUMBER|svc_billing]]\nDB_PASSWORD=[[PASSWORD|Tr0mb0ne!Harbour22]]\nSTRIPE_KEY=[[API_KEY|sk_live_51QmZ8rTbN4xWc7LpD2yH6vKs9FgA]]",
    'Can you convert this JSON into a table?\n[{"patient_id": "[[ID_NUMBER|PT-204417]]", "name": "[[PERSON|Oyelowo Adebayo]]", "ward": "B3"}, {"patient_id": "[[ID_NUMBER|PT-204452]]", "name": "[[PERSON|Roisin Keane]]", "ward": "C1"}]',
    'Explain this stack trace:\n\nTraceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in push\n    client.login("[[ID_NUMBER|a.fernandes]]", "[[PASSWORD|Sardinha#2024]]")\n  File "/srv/app/vendor/ftp.py", line 41, in login\n    raise AuthError("530 Login incorrect")\nAuthError: 530 Login incorrect',
    "Please rewrite this HR note more neutrally:\n\n[[PERSON|Kristof Nagy]] (emp #[[ID_NUMBER|40917]]) was late 4 times in March. Spoke to him on the 28th. He says childcare. Manager: [[PERSON|Li Na]].",
    "Write a summary of this support ticket for the engineering team:\n\nTicket #88213\nCustomer: [[PERSON|Benedikt Sommer]] ([[EMAIL_ADDRESS|b.sommer@sommer-holz.example]])\nAccount: [[ID_NUMBER|DE-55019-K]]\nIssue: invoices show wrong VAT since February. Called twice from [[PHONE_NUMBER|+49 30 555 01844]].",
    'Can you spot the bug? \n\nusers = [\n  {"login": "[[ID_NUMBER|tkaur]]", "ip": "[[IP_ADDRESS|192.168.40.12]]"},\n  {"login": "[[ID_NUMBER|rmoreau]]", "ip": "[[IP_ADDRESS|192.168.40.13]]"}\n]\nfor u in users:\n    print(u[\'Login\'])',
    "Here are minutes from today, make them shorter:\n\nAttendees: [[PERSON|Wiremu]], [[PERSON|Saoirse]], [[PERSON|Hakan]], [[PERSON|Ines]]\n[[PERSON|Wiremu]] presented Q3 numbers. [[PERSON|Saoirse]] raised concerns about churn in the Nordics. [[PERSON|Hakan]] will follow up with the Oslo partner. [[PERSON|Ines]] to circulate the revised budget by Monday.",
    "Why is nginx rejecting this? allow [[IP_ADDRESS|198.51.100.77]]; deny all; — the request comes from our contractor [[PERSON|Yusuf]]'s laptop.",
    'Draft a reply to this customer:\n\n"Hi, I\'m [[PERSON|Margarethe Ulrich]], policy number [[ID_NUMBER|HX-4471-0923]]. My claim for the broken window has been pending for 6 weeks. — [[PERSON|M. Ulrich]]"',
    "Format this for a README, and tell me if I leaked anything:\n\n```\nexport OPENAI_API_KEY=[[API_KEY|sk-proj-Jf83kLq0Zx7VbN2mTp5RwYc1HdA9sGe4]]\nexport GH_TOKEN=[[API_KEY|ghp_R7tKx2LmQ9vBz4NcW8yHp3DsF6aJ1eUo0iXq]]\n```",
    "Make this incident timeline readable:\n14:02 [[PERSON|Camille]] notices 502s\n14:05 [[PERSON|Arjun]] restarts web-2 ([[IP_ADDRESS|172.16.5.22]])\n14:11 still failing, [[PERSON|Camille]] pages [[PERSON|Oduya]] from infra\n14:30 root cause: disk full",
    "Can you write a SQL query to find duplicate customers? Example dupes: '[[PERSON|Sean O'Brien]]' vs '[[PERSON|Sean OBrien]]', both with email [[EMAIL_ADDRESS|sobrien.home@example.net]].",
    "Help me anonymise this before I share it with the vendor:\n\nname,ssn,dob\n[[PERSON|Dolores Whitaker]],[[US_SSN|512-48-7391]],1961-04-02\n[[PERSON|Terrence Boyd]],[[US_SSN|623-17-0458]],1979-11-19",
    "Our ansible inventory looks like this, is the syntax right?\n\n[web]\n[[IP_ADDRESS|10.8.0.21]] ansible_user=[[ID_NUMBER|deploy_kmiller]]\n[[IP_ADDRESS|10.8.0.22]] ansible_user=[[ID_NUMBER|deploy_kmiller]]\n[db]\n[[IP_ADDRESS|10.8.1.5]] ansible_user=[[ID_NUMBER|dba_oseni]]",
    'Reword this performance note:\n"[[PERSON|Hyun-woo]] consistently misses stand-ups. [[PERSON|Cheng]] has had to redo his PRs twice. Recommend a PIP."',
    "Write a summary email from these notes: call w/ [[PERSON|Bolaji Ogunleye]] (supplier), agreed 5% discount, he'll send revised quote to [[EMAIL_ADDRESS|procurement.team@ourco.example]], follow up with his PA [[PERSON|Temi]] on [[PHONE_NUMBER|+234 1 555 0192]].",
    'What does this error mean? `psql: FATAL: password authentication failed for user "[[ID_NUMBER|reporting_ro]]"` — I set the password to [[PASSWORD|Kestrel-88-blue]] in pgpass.',
    'Can you turn this YAML into env vars?\n\nsmtp:\n  host: mail.internal.example\n  user: [[ID_NUMBER|noreply-bot]]\n  pass: "[[PASSWORD|qP7#vLm2!xZr]]"\nadmin_contact: [[EMAIL_ADDRESS|farida.hussain@ourco.example]]',
    'Rewrite the handover note:\n"Night shift: bed 4 Mr [[PERSON|Lindahl]] (MRN [[ID_NUMBER|7730412]]) needs obs 2-hourly. Bed 6 Mrs [[PERSON|Akhtar]] (MRN [[ID_NUMBER|7730598]]) discharge pending pharmacy. Call Dr [[PERSON|Nwosu]] if BP drops."',
    "Is this regex right for catching our employee IDs? Examples: [[ID_NUMBER|EMP-2019-0042]], [[ID_NUMBER|EMP-2021-1187]]. Pattern: EMP-\\d{4}-\\d{4}",
    'Please translate this ticket from Portuguese:\n"Cliente [[PERSON|Joana Mendes]] (NIF [[ID_NUMBER|245873196]]) reclama de cobrança duplicada no cartão [[CREDIT_CARD|4111 1111 1111 1111]]."',
    "Here's a git blame line, who should I ask about it? `a3f91c2 ([[PERSON|Magnus Ek]] 2024-08-02) retry_limit = 3  # per [[PERSON|Helga]]'s request`",
    "Summarise this chat export:\n[09:12] [[PERSON|Zainab]]: did anyone get the vpn creds?\n[09:13] [[PERSON|Pete]]: yeah user [[ID_NUMBER|contractor07]] pass [[PASSWORD|Winter!Falcon9]]\n[09:13] [[PERSON|Zainab]]: thx\n[09:20] [[PERSON|Pete]]: pls dont share it outside this channel lol",
    "Write a firewall change request: open 443 from [[IP_ADDRESS|203.0.113.0/24]] to [[IP_ADDRESS|10.30.2.40]] for the payroll integration; requested by [[PERSON|Anneliese Graf]].",
    'Explain this docker-compose error. Relevant part:\n\nenvironment:\n  - POSTGRES_USER=[[ID_NUMBER|kofi_admin]]\n  - POSTGRES_PASSWORD=[[PASSWORD|Ashanti$Gold77]]\nports:\n  - "5432:5432"',
    "Help me write a polite reminder to the team about timesheets. The ones missing are [[PERSON|Rasmussen]], [[PERSON|Quispe]], [[PERSON|Abdullahi]] and [[PERSON|Fenwick]].",
    "Make these onboarding notes into a checklist:\nNew starter: [[PERSON|Teodora Ionescu]]\nLogin: [[ID_NUMBER|tionescu]]\nTemp password: [[PASSWORD|Welcome-Otter-314]]\nBuddy: [[PERSON|Naveen]]\nLaptop asset tag LT-5521",
    'What\'s wrong with this curl?\ncurl -H "Authorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3ItOTMxMiJ9.Qm3xV8kTn2pLw7Rz]]" https://api.internal.example/v2/users/[[ID_NUMBER|usr-9312]]',
    "Reformat as a table:\nName | Badge | Floor\n[[PERSON|Abena Owusu]] | [[ID_NUMBER|B-33071]] | 4\n[[PERSON|Krzysztof Lis]] | [[ID_NUMBER|B-33088]] | 2\n[[PERSON|Hamza Qureshi]] | [[ID_NUMBER|B-33102]] | 4",
    'Can you write a reply to this refund request? "Order 55120, I\'m [[PERSON|Vivienne Cho]], I was charged twice on card ending 4242. Please refund to IBAN [[IBAN_CODE|GB82 WEST 1234 5698 7654 32]]."',
    "Our audit log shows: `2025-02-27 22:41:03 admin=[[ID_NUMBER|l.ferreira]] action=export_all rows=18204 from=[[IP_ADDRESS|192.0.2.188]]`. Draft a question to security about whether that's expected.",
    'Rewrite this as a professional email to the client:\n"[[PERSON|Horvath]] — still waiting on the signed SOW. [[PERSON|Elif]] says legal has it. Can u chase? Thx"',
    "Write unit tests for this function, using the real example we had in prod: validate_iban('[[IBAN_CODE|DE89 3704 0044 0532 0130 00]]') should return True.",
    "Is it a problem that this Kubernetes secret uses plain stringData?\n\nstringData:\n  username: [[ID_NUMBER|svc_reports]]\n  aws-access-key: [[API_KEY|AKIAZ7Q4M2XW9LPT3HVD]]\n  aws-secret: [[API_KEY|q8Vt2LmZx4RkW7pNc3Jy9HsB6dFa1GeTu0XoYiQ5]]",
    "Summarise this feedback from the 1:1 with [[PERSON|Ngoc Anh]]: wants more ownership, frustrated by [[PERSON|Bradley]]'s code reviews, interested in the Hanoi secondment.",
    'Can you make this payroll correction email clearer?\n\n"Hi [[PERSON|Joyce]], [[PERSON|Adewale Okoro]]\'s salary went to the old account. New details: IBAN [[IBAN_CODE|NL91 ABNA 0417 1643 00]], employee no. [[ID_NUMBER|004821]]. Thanks, [[PERSON|Mirela]]"',
    "Please help me debug. The server at [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] rejects SSH from my login [[ID_NUMBER|okamara]] with 'Permission denied (publickey)'.",
    'Fix the indentation of this Python:\n\ndef notify():\n send_sms(to="[[PHONE_NUMBER|+447700900318]]",\n  body="Hi [[PERSON|Imogen]], your order has shipped")',
    'Condense this witness statement for the insurance form: "I, [[PERSON|Garfield Mensah]], was parked outside [[STREET_ADDRESS|18 Palmerston Road, Southsea PO5 3QH]] when the van reversed into my car. The driver, Mr [[PERSON|Liddell]], gave me his number, [[PHONE_NUMBER|07700 900 199]]."',
    "Here's the crash report from the kiosk; what does it mean? `ERR card_read pan=[[CREDIT_CARD|5555 5555 5555 4444]] store=0412 terminal=[[IP_ADDRESS|10.44.7.19]]`",
    "Our CRM export has these rows, write a dedupe rule:\n[[ID_NUMBER|C-2231]];[[PERSON|Ayodele Johnson]];[[EMAIL_ADDRESS|ayo.johnson@example.org]]\n[[ID_NUMBER|C-2298]];[[PERSON|Ayo Johnson]];[[EMAIL_ADDRESS|ayo.johnson@example.org]]",
    "Write a short Confluence page for the on-call rota: week 1 [[PERSON|Sunniva]], week 2 [[PERSON|Matías]], week 3 [[PERSON|Kenji]], escalation [[PERSON|Roisin]] on [[PHONE_NUMBER|+353 1 555 0163]].",
    "Can you explain why this .pgpass line doesn't work?\n[[IP_ADDRESS|10.12.0.4]]:5432:analytics:[[ID_NUMBER|mvasquez]]:[[PASSWORD|B1smuth&Coral]]",
    'Redact this for the public bug report:\n\nPOST /api/v1/login {"username": "[[ID_NUMBER|gugu.dlamini]]", "password": "[[PASSWORD|Protea#1994]]"} -> 500 from [[IP_ADDRESS|198.51.100.140]]',
]

# 40 short requests whose only personal datum is one secret or number said in passing.
SHORT = [
    "I keep forgetting my wifi password, it's [[PASSWORD|lemonade-Tuesday-81]]. Can you suggest a way to remember it?",
    "Is [[PASSWORD|Gr33nT3a!]] a strong enough password for my bank app?",
    "my pin is [[PASSWORD|8302]], is that too easy to guess",
    "What's the safest way to store the alarm code ([[PASSWORD|2719]]) so the dog sitter can find it?",
    "The door code for the bike shed is [[PASSWORD|1357#]] — write a sign for the shed that reminds people to close the door, without the code on it.",
    "Can you check if this card number is formatted right for the form? [[CREDIT_CARD|4012 8888 8888 1881]]",
    "I gave my card [[CREDIT_CARD|5105 1051 0510 5100]] to a site that looks dodgy now. What should I do first?",
    "Is [[IBAN_CODE|FR14 2004 1010 0505 0001 3M02 606]] a French IBAN? My landlord sent it for the deposit.",
    "How long does a SEPA transfer to [[IBAN_CODE|ES91 2100 0418 4502 0005 1332]] usually take?",
    "My SSN is [[US_SSN|457-29-8813]], do I need to put it on a W-4?",
    "someone called asking me to confirm my ssn [[US_SSN|318-64-2075]]... was that a scam?",
    "My NHS number is [[ID_NUMBER|721 384 9056]]; where do I find my GP's online booking?",
    "What's the format of a UK National Insurance number? Mine is [[ID_NUMBER|JT 48 21 07 B]] and the form says it's invalid.",
    "I need to renew my passport, current number [[ID_NUMBER|548102736]]. Is it 10 weeks or less now?",
    "Is my router at [[IP_ADDRESS|192.168.1.254]] supposed to be accessible from outside?",
    "My home IP is [[IP_ADDRESS|203.0.113.87]] and my game keeps disconnecting. Is it a NAT issue?",
    "I accidentally pasted my API key [[API_KEY|sk-ant-api03-Xq7mB2vL9rTz4KpW1nYc8HdJ6fQs3Ga0EuRo]] in a public Discord. What now?",
    "Will rotating [[API_KEY|AKIAQ3X7NM5KPLW2ZR8T]] break my Lambda functions?",
    "Can you tell me if [[PHONE_NUMBER|+44 7700 900077]] is a UK mobile?",
    "i got a missed call from [[PHONE_NUMBER|0116 496 0443]] three times, should i call back",
    "My library card number is [[ID_NUMBER|29011004785523]]; can I use it to borrow e-books?",
    "The locker combination is [[PASSWORD|26-14-03]], can you make a cute label for it... actually no, just tell me how to reset it.",
    "Do tax numbers in Germany look like [[ID_NUMBER|12 345 678 901]]? Mine came in a letter.",
    "Is it okay that my ISP's customer ID [[ID_NUMBER|VM-88031742]] is printed on the outside of the envelope?",
    "My Aadhaar is [[ID_NUMBER|4918 7302 6651]], someone asked for it at the gym. Should I give it?",
    "What does the 'S' at the start of my Singapore NRIC mean? It's [[ID_NUMBER|S8712345D]].",
    "quick q: my netflix pw is [[PASSWORD|couchpotato2019]] and someone else is using it, how do i log them out",
    "I wrote my Amex [[CREDIT_CARD|3782 822463 10005]] on a sticky note at work. How paranoid should I be?",
    "Is [[IBAN_CODE|IT60 X054 2811 1010 0000 0123 456]] long enough? My Italian client says it's right but my bank rejects it.",
    "My student ID is [[ID_NUMBER|s2291847]] and the portal says 'user not found'. What should I email IT?",
    "Someone logged into my email from [[IP_ADDRESS|198.51.100.201]]. How do I find out where that is?",
    "Can I change my online banking password from [[PASSWORD|Mittens#2015]] to something I'll remember better? Give me tips.",
    "My membership number is [[ID_NUMBER|GYM-004519]], write a short email cancelling my membership.",
    "Is [[PHONE_NUMBER|1-800-555-0199]] the right format to put on a US form?",
    "Why would a shop need my driving licence number ([[ID_NUMBER|MORGA753116SM9IJ]]) for a returns slip?",
    "The garage door code is [[PASSWORD|0042]] and my kid told her whole class. How do I change it on a Chamberlain opener?",
    "What should I do if my Social Security number [[US_SSN|209-55-6107]] shows up in a data breach notice?",
    "My Revolut card [[CREDIT_CARD|4000 0566 5566 5556]] keeps getting declined abroad, any ideas?",
    "Can you explain why my Polish PESEL [[ID_NUMBER|02271409862]] has a 2 in the month part?",
    "Is the Stripe key [[API_KEY|rk_live_51NcP4eGh8TqW2zVx6Lm3RbKs]] a secret key or a publishable one?",
]

# 75 everyday clean requests with no personal data.
CLEAN_EVERYDAY = [
    "What's a quick vegetarian dinner I can make with chickpeas, spinach and a tin of tomatoes?",
    "How do I get red wine out of a cream carpet?",
    "Explain compound interest like I'm 12.",
    "Write a short poem about the first frost of autumn.",
    "what temp should i wash bedsheets at",
    "Can you make me a 4-week beginner running plan, three runs a week?",
    "What's the difference between baking soda and baking powder?",
    "Give me ten icebreaker questions for a team meeting.",
    "How do I politely decline a wedding invitation from a coworker I barely know?",
    "Suggest names for a sourdough starter.",
    "how long can cooked rice stay in the fridge",
    "Write a cover letter opening for a junior data analyst role.",
    "What are some good houseplants for a dark bathroom?",
    "Explain how a mortgage offer differs from an agreement in principle.",
    "Can you convert 350°F to Celsius?",
    "Help me write a complaint to an airline about a lost suitcase.",
    "What's a good stretching routine for lower back pain after sitting all day?",
    "Plan a three-day itinerary for a rainy long weekend in a city with museums.",
    "Is it better to pay off a credit card or build an emergency fund first?",
    "Write a limerick about a cat who hates Mondays.",
    "How do I unclog a shower drain without chemicals?",
    "What should I pack in a hospital bag for giving birth?",
    "Explain the offside rule in football simply.",
    "my toddler only eats beige food, any tips",
    "How many tablespoons are in a quarter cup?",
    "Give me a template for a weekly meal plan on a tight budget.",
    "What's the best way to learn touch typing as an adult?",
    "Rewrite this sentence to sound more confident: 'I think I might be able to help with that project, if that's okay.'",
    "Can you recommend board games for four adults who don't like long rules?",
    "How do I tell if an egg is still fresh?",
    "Write a thank-you note to a neighbour who shovelled our driveway.",
    "What's the difference between a Roth and a traditional IRA?",
    "How do I make my CV stand out for retail jobs?",
    "i keep waking up at 3am, what could cause that",
    "Suggest a fun science experiment for a rainy afternoon with kids.",
    "What are the signs a used car has been in a flood?",
    "Help me write a short speech for a retirement party — I don't know the person well.",
    "Explain what a VPN actually does.",
    "What can I substitute for buttermilk in pancakes?",
    "How should I store winter clothes so moths don't get them?",
    "Write a motivational message for a friend starting a new job.",
    "what does 'net 30' mean on an invoice",
    "Make a packing list for a week of camping in the mountains.",
    "How often should I water a snake plant?",
    "Can you explain what inflation means for my savings?",
    "Give me five ideas for a cheap date night at home.",
    "How do I set boundaries with a roommate who borrows my things?",
    "What's the fastest way to defrost chicken safely?",
    "Summarise the pros and cons of renting versus buying.",
    "Write a bedtime story about a sleepy dragon who's afraid of the dark.",
    "how do i get my cat to stop scratching the sofa",
    "Suggest a playlist theme for a long car drive.",
    "What's a polite way to ask for a pay rise?",
    "How do I remove a stripped screw?",
    "Can you help me understand my electricity bill? What's a standing charge?",
    "Give me a simple weekly cleaning schedule for a small flat.",
    "What are some good questions to ask at the end of a job interview?",
    "Explain how vaccines train the immune system.",
    "What's a good gift for a coworker who's leaving, under £20?",
    "How do I start journaling if I've never done it before?",
    "Write a haiku about a late train.",
    "why is my bread so dense",
    "What's the best way to learn basic Spanish in three months?",
    "How do I negotiate rent with a landlord?",
    "What are the rules of pickleball?",
    "Help me make a budget spreadsheet layout for a family of four.",
    "How can I reduce screen time for my teenager without a fight?",
    "Write a short welcome message for new members of a hiking club.",
    "Is it safe to leave a phone charging overnight?",
    "What should I do if my dog eats chocolate?",
    "Give me a recipe for a simple lentil soup.",
    "How do I write a good out-of-office message?",
    "What's the difference between a cold and the flu?",
    "Can you suggest some journaling prompts about gratitude?",
    "how do i fold a fitted sheet. seriously",
]

# 75 clean requests chosen to trip a naive detector.
CLEAN_TRICKY = [
    "Who was Ada Lovelace and why is she called the first programmer?",
    "Summarise the plot of Pride and Prejudice, focusing on Elizabeth Bennet and Mr Darcy.",
    "Explain Ohm's law with a simple example.",
    "Why did Napoleon Bonaparte invade Russia in 1812?",
    "Compare the leadership styles of Angela Merkel and Margaret Thatcher.",
    "What's the best Radiohead album for someone who only knows Creep?",
    "How does Dijkstra's algorithm differ from A*?",
    "Recommend books similar to those by Chimamanda Ngozi Adichie.",
    "Is Parkinson's law real or just a joke?",
    "What's the history of Abbey Road as a street, not the album?",
    "Write a short quiz about Frida Kahlo's paintings.",
    "Explain the Doppler effect using an ambulance siren.",
    "Did Manchester United or Liverpool win more league titles in the 1980s?",
    "What is the ISBN 978-0-14-143951-8 for? I found it on a receipt.",
    "Our part number is 4417-2290-118 but the supplier lists it as 4417-2290-118B. Are these the same item?",
    "My order total came to 1,249.99 and the invoice number is INV-2025-00417. How do I write a payment reference?",
    "Generate a UUID v4 example and explain its structure, e.g. 3f2b8c1e-9a4d-4e6b-8f21-7c5d0a9e3b14.",
    "What changed between Python 3.11.9 and 3.12.4?",
    'In this code, what should I replace the placeholders with?\n\nuser = {"name": "<your name>", "email": "you@example.com", "password": "${PASSWORD}"}',
    "Why does my form validation reject 'John Doe' as a test name?",
    "Who is Sherlock Holmes's landlady in the books?",
    "Write a paragraph about Harriet Tubman for a Year 6 history project.",
    "Explain the Pythagorean theorem and give one real-world use.",
    "What's the Fibonacci sequence and where does it appear in nature?",
    "Is Chelsea a good area to live in London on a teacher's salary?",
    "How do I get from Baker Street to Paddington by tube?",
    "What did Marie Curie discover, and what were the dangers she faced?",
    "Compare Taylor Swift's Folklore and Evermore albums.",
    "Why are Florence and Siena good day trips from each other?",
    "Explain Murphy's law versus Sod's law.",
    "What's the difference between a Bunsen burner and a spirit lamp?",
    "Write a short story inspired by Hercule Poirot, but set in space.",
    "Who composed the Four Seasons and what instruments does it use?",
    "Our service listens on 127.0.0.1:8080 — why can't other machines on the LAN reach it?",
    "Explain Hooke's law for a physics homework question.",
    "What makes the Golden State Warriors' offence so hard to defend?",
    "Is it worth visiting Victoria Falls from the Zambian or Zimbabwean side?",
    "What are the main themes of Things Fall Apart by Chinua Achebe?",
    "Convert this SKU list to uppercase: abc-1234-xl, def-5678-m, ghi-9012-s.",
    "How does the Heimlich manoeuvre work?",
    "Explain why Apple and Samsung sue each other over patents.",
    "Who were the Brontë sisters and which novel did each write?",
    "Write a quiz question about Mount Kilimanjaro.",
    "Explain Bayes' theorem with a medical test example.",
    "Which is older, Oxford Street or Regent Street?",
    "Give me a summary of Gandhi's Salt March.",
    "What's the running order of the Lord of the Rings films, and where does The Hobbit fit?",
    "Tracking says my parcel number 1Z999AA10123456784 is 'in transit'. What does that usually mean?",
    "What does error code 0x80070005 mean on Windows update?",
    "Write a product description for a lamp called the Grace Table Light in brushed brass.",
    "Describe the Fab Four's influence on 1960s fashion.",
    "Why is the Hubble telescope named after Edwin Hubble?",
    "How do I cite Stephen Hawking's A Brief History of Time in APA style?",
    "What's the phone-number-like string 0800 on UK adverts? Is 0800 always free?",
    "Our release notes say v2.14.0-rc.3. Is that before or after 2.14.0?",
    "Was King Arthur a real person?",
    "What does 'Hobson's choice' mean and who was Hobson?",
    "Explain how the Elo rating system works in chess.",
    "Write a fun fact about Serena Williams' Grand Slam record.",
    "How tall is the Eiffel Tower compared to the Shard?",
    "In SQL, why does SELECT * FROM users WHERE email = 'test@example.com' return nothing on an empty table?",
    "What's a good beginner route to climb Ben Nevis?",
    "Explain the story of Romeo and Juliet in five sentences.",
    "Who designed the London Underground map, Harry Beck?",
    "Which Pokémon evolves from Pikachu?",
    "Recommend a few songs by Fela Kuti for someone new to Afrobeat.",
    "What's the difference between Alzheimer's and dementia?",
    "Why is Wall Street called Wall Street?",
    "Summarise Einstein's theory of special relativity in plain English.",
    "What does the Real Madrid crest represent?",
    "Help me understand the Monty Hall problem.",
    "Does IKEA's Billy bookcase come in a 40cm width?",
    "Write a haiku about Hope Street in the rain.",
    "Is Jordan a safe country to visit for a solo female traveller?",
    "My flight number is BA 2490 at gate B34 — how early should I be at Gatwick?",
]

TITLES = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|father|sister)\b\.?", re.IGNORECASE)
CARD_DIGITS = frozenset({15, 16})


def _covered(start: int, end: int, spans: list) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


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
        # every repeat of a value (as a whole word) must itself lie inside a span
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not _covered(m.start(), m.end(), spans):
                raise ValueError(f"unmarked repeat of {value!r} in {marked[:60]!r}")
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            raise ValueError(f"overlapping spans in {marked[:60]!r}")
    return text, spans


def check_clean(text: str) -> str:
    """A clean text holds no marks."""
    if "[[" in text or "]]" in text or MARK.search(text):
        raise ValueError(f"mark in clean text {text[:60]!r}")
    return text


def main() -> None:
    sections = {
        "everyday": (EVERYDAY, 130),
        "contact": (CONTACT, 80),
        "work": (WORK, 50),
        "short": (SHORT, 40),
    }
    for name, (items, want) in sections.items():
        if len(items) != want:
            raise SystemExit(f"{name}: {len(items)} texts, want {want}")
    lower = sum(1 for t in EVERYDAY if (plain := strip_marks(t)[0]) == plain.lower())
    if lower < 40:
        raise SystemExit(f"everyday: {lower} lower-case texts, want at least 40")
    if len(CLEAN_EVERYDAY) != 75 or len(CLEAN_TRICKY) != 75:
        raise SystemExit(f"clean: {len(CLEAN_EVERYDAY)} + {len(CLEAN_TRICKY)}, want 75 + 75")

    pii_marked = EVERYDAY + CONTACT + WORK + SHORT
    clean = CLEAN_EVERYDAY + CLEAN_TRICKY
    pii_rows = []
    seen: set[str] = set()
    for i, marked in enumerate(pii_marked, 1):
        text, spans = check_pii(marked)
        if text in seen:
            raise SystemExit(f"duplicate text {text[:60]!r}")
        seen.add(text)
        pii_rows.append(record(f"blind7-pii-{i:04d}", "invented-chat-blind7", text, spans))
    clean_rows = []
    for i, text in enumerate(clean, 1):
        check_clean(text)
        if text in seen:
            raise SystemExit(f"duplicate text {text[:60]!r}")
        seen.add(text)
        clean_rows.append(record(f"blind7-clean-{i:04d}", "invented-clean-blind7", text, []))
    write(HERE / "chat_pii_blind7.jsonl", pii_rows, report=True)
    write(HERE / "chat_clean_blind7.jsonl", clean_rows, report=True)


if __name__ == "__main__":
    main()
