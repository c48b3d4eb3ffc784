# ruff: noqa: E501
"""A ninety-sixth blind privacy set: 220 texts with personal data and 100 clean ones, on
messaging and social life.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant to draft, reply, translate,
  summarise, fix, plan, calculate or advise, about group chats, neighbours, community and
  church groups, sports teams, dating, flatmates and parties, much of it casual with slang
  and typos and many names given with no cue word before them: the first 30 typed all in
  lower case, the next 6 in Spanish, French, German, Portuguese, Italian and Dutch, the
  rest English with capitals; names of many origins (first names alone, surnames after
  titles, full names, lower-case names, non-English letters, names that are ordinary
  words, a few in Cyrillic, Chinese, Arabic, Korean and Greek script); e-mails, phones with
  and without separators, addresses in many countries, passwords, PINs and gate codes,
  usernames and member, customer, policy, employee and patient numbers, national ids,
  cards, IBANs, IPs and API keys;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research synth sentences, Nannigalaxy-style records), one invented person each
  with one to four values besides the name: prose sentences, labelled profile lines, form
  rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, member, employee, patient and policy numbers,
passports, licences and national or tax ids are ID_NUMBER; PINs, door, gate, alarm and
locker codes, Wi-Fi keys and passphrases PASSWORD; titles and relation words stay outside
PERSON spans; an address span runs from the street line through the postcode and city as
typed; public figures, fictional characters, pets, brands, places, order, ticket and
invoice numbers and dates of birth are not labelled; every occurrence of a private value is
marked. The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts
(writing, reasoning, coding, role-play, STEM), 25 GSM8K-style word problems with fictional
first names, 25 MMLU-style items with options A to D and 25 patient-style health questions
naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0, North
America 555-01xx, Australia 0491 570, France 06 39 98, Germany 030 23125) and in the
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (Dutch BSN, Polish
PESEL, Brazilian CPF, NHS number, Indian Aadhaar, Turkish kimlik, Spanish DNI and NIE,
French NIR, German tax id, Canadian SIN, Portuguese NIF, Australian TFN, Irish PPS number,
Italian codice fiscale, Norwegian fødselsnummer).

Run ``.venv/bin/python bench/data/build_blind96.py`` from the repository root; the output is
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
    nhs_ok,
    nif_ok,
    nir_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CLEAN_WORDS = (3, 100)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Fr|Pastor|Coach|Auntie|Aunty|Uncle|Nana|Grandad|Nurse|Sr|Sra|Herr|Frau|Mme|Signora|Pani|Pan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about messaging and social life: 30 in lower case, 6 in other languages,
# 84 in English with capitals.
CHAT = [
    # typed all in lower case
    "can u write a msg to the flat group chat saying rent is due friday, send it to [[IBAN_CODE|gb14midl40051572839164]] and tell [[PERSON|dev]] he still owes me for the gas",
    "help me reply to [[PERSON|kasia]], she asked for the wifi pw for the party, its [[PASSWORD|sunflower_hallway22]] but tell her not to share it w everyone lol",
    "translate to spanish: hey [[PERSON|marisol]] its [[PERSON|tom]], my new number is [[PHONE_NUMBER|07700 900417]] save it pls",
    "draft a welcome note for the new neighbour at [[STREET_ADDRESS|14 larch close, leeds ls6 2hq]], i think shes called [[PERSON|oluwaseun adebayo]], invite her to the street bbq on sat",
    "[[PERSON|jonno]] keeps asking for the allotment gate code which is [[PASSWORD|4417#]], write something polite saying ill text it to him privately not in the group",
    "summarise this for the 5 a side chat: pitch booked under [[PERSON|reece okafor]], subs go to [[EMAIL_ADDRESS|reece.okafor.5s@gmail.com]], bring bibs and dont be late again",
    "whats a nice way to tell [[PERSON|priyanka]] i cant make her engagement party? her number is [[PHONE_NUMBER|+91 98204 17735]] if its better as a text",
    "fix the typos pls: hiya [[PERSON|gemma]] its [[PERSON|shaz]] from no 12, ur parcel came to mine, pop round or ring [[PHONE_NUMBER|07700900582]] xx",
    "plan a cleaning rota for 4 weeks, flatmates are [[PERSON|ahmed]], [[PERSON|lucie]], [[PERSON|bartek]] and me",
    "matched with [[PERSON|rosa]] on hinge and she gave me her number [[PHONE_NUMBER|(415) 555-0139]], how long do i wait before texting lol",
    "write a reminder for the church flower rota, mrs [[PERSON|abernethy]] is on this sunday and her landline is [[PHONE_NUMBER|020 7946 0731]] if anyone needs to swap",
    "calc what everyone owes, dinner was 186 quid on my card [[CREDIT_CARD|4938 1726 0451 9385]], 6 of us: me, [[PERSON|ifeoma]], [[PERSON|callum]], [[PERSON|zoe]], [[PERSON|santi]] and [[PERSON|mo]]",
    "next door [[PERSON|brian kowalczyk]] left his spare key with me and said the alarm code is [[PASSWORD|9051]], write him a text saying all good and ill keep it safe",
    "help me word a msg to our landlord [[PERSON|deepak sethi]] ([[EMAIL_ADDRESS|d.sethi.lettings@outlook.com]]) about the boiler, its been broken 9 days now",
    "translate to german for my flatmate: [[PERSON|jana]], the new door code is [[PASSWORD|2580*]] and the bins go out tuesday night",
    "whats my share of the villa, €2,340 split 5 ways, i need to send it to [[PERSON|chiara]] on [[IBAN_CODE|it77 y030 6909 6061 0000 0147 832]]",
    "write a funny invite for [[PERSON|tobi]]'s 30th, rsvp to [[PERSON|funmi]] on [[PHONE_NUMBER|0491 570 263]] by the 12th",
    "my discord got hacked, login was [[ID_NUMBER|xx_nightowl_xx]] and pw [[PASSWORD|owl!2019night]], what do i do first",
    "pls summarise this neighbourhood watch post: white van outside [[STREET_ADDRESS|22 rue des lilas, 69003 lyon]] again, [[PERSON|gérard moulin]] says he called the police",
    "my sister [[PERSON|aoife]] lost her gym card, member no [[ID_NUMBER|gm-448172]], write the gym an email asking for a new one",
    "ok so [[PERSON|liam]] from the rugby club sent his bank details [[IBAN_CODE|ie84 bofi 9000 1728 3945 61]] for the tour deposit, write a msg confirming i sent 150",
    "reply to [[PERSON|noor]] in the mums group saying yes i can do pickup thursday, dropoff is mine at [[STREET_ADDRESS|7 elm grove, toronto, on m4k 1j2]]",
    "what should i text [[PERSON|wiktoria]] after our first date, her number is [[PHONE_NUMBER|+48 512 847 093]] and i dont want to seem keen",
    "draft a group msg: [[PERSON|hamza]] and [[PERSON|yusuf]] are hosting iftar at [[STREET_ADDRESS|41 carlton road, manchester m16 8bb]], everyone bring a dish",
    "my son [[PERSON|milo]] wants to add his cousin [[PERSON|finn]] on xbox, his gamertag is [[ID_NUMBER|sk8rboi_milo]], is that safe??",
    "help me write to the choir about the leaving card, [[PERSON|beverley]] is collecting, paypal her at [[EMAIL_ADDRESS|bev.hollins62@yahoo.co.uk]]",
    "dude [[PERSON|kenji]] sent me the server ip [[IP_ADDRESS|203.0.113.57]] for our minecraft thing, how do i add it",
    "fix grammar: hi all, [[PERSON|mateus]] here, new phone is [[PHONE_NUMBER|+55 11 98472 3316]] and email [[EMAIL_ADDRESS|mateus.ferraz@uol.com.br]]",
    "my ex [[PERSON|jordan]] still knows my netflix pw [[PASSWORD|chillnight$88]], write a msg to the family chat saying i changed it",
    "short text to nana [[PERSON|rose]] saying the community centre minibus gets her from [[STREET_ADDRESS|3 abbey mews, bath ba1 5nf]] at 10",
    # other languages
    "Escribe un mensaje para el grupo del equipo: [[PERSON|Nacho Villalba]] no puede jugar el sábado, llamad a [[PERSON|Lorena]] al [[PHONE_NUMBER|+34 612 48 93 07]] para cambiar el turno.",
    "Peux-tu rédiger un petit mot pour la fête des voisins ? Contact : [[PERSON|Anaïs Berthier]], [[STREET_ADDRESS|8 rue Victor-Hugo, 44000 Nantes]], [[PHONE_NUMBER|06 39 98 41 27]].",
    "Bitte kurz zusammenfassen: Meine Mitbewohnerin [[PERSON|Svenja Kröger]] zahlt die Miete ab jetzt auf [[IBAN_CODE|DE17 5001 0517 6432 9180 57]], ihre Steuer-ID für den Mietvertrag ist [[ID_NUMBER|47193582608]].",
    "Traduz para inglês: Oi [[PERSON|Thiago]], o código do portão do condomínio mudou para [[PASSWORD|7731]] e o CPF da [[PERSON|Luana]] para a reserva do salão é [[ID_NUMBER|385.172.946-37]].",
    "Mi aiuti a rispondere a [[PERSON|Giulia Rossi]] nel gruppo del calcetto? Per l'iscrizione al torneo ha mandato il codice fiscale [[ID_NUMBER|RSSGLI88M21F205W]] e la mail [[EMAIL_ADDRESS|giulia.rossi88@libero.it]].",
    "Kun je dit in het Engels zetten? Hoi [[PERSON|Sanne]], de sleutel ligt bij [[PERSON|Joost de Vries]] op [[STREET_ADDRESS|Koningsstraat 17, 2011 TC Haarlem]], bel hem even op [[PHONE_NUMBER|06 48271935]].",
    # English with capitals
    "Can you write a message to the street WhatsApp? Skip day is Saturday, and [[PERSON|Pat]] from number 9 says park outside [[STREET_ADDRESS|11 Birchwood Avenue, Sheffield S7 1RD]] if you need to.",
    "Help me reply to [[PERSON|Dolly]], she wants [[PERSON|Marguerite]]'s number for the knitting circle. It's [[PHONE_NUMBER|07700 900263]] but I should check with her first, right?",
    "Draft a polite note to Mr [[PERSON|Haddad]] upstairs about the music after midnight. We're flat 2 at [[STREET_ADDRESS|58 Clarence Street, Brighton BN1 2PL]].",
    "Summarise this club email: [[PERSON|Ewa Nowak]] is the new treasurer, membership fees to [[IBAN_CODE|PL43 1090 2763 0000 0001 8274 6391]], questions to [[EMAIL_ADDRESS|ewa.nowak.kasa@wp.pl]].",
    "I'm organising a surprise party for [[PERSON|Dimitri]]. Make a checklist. His girlfriend [[PERSON|Léa]] says text her on [[PHONE_NUMBER|06 39 98 17 52]] not WhatsApp because he reads her WhatsApp lol",
    "Ok this is awkward. [[PERSON|Carmen]] and [[PERSON|Hope]] both think they're hosting book club this month. How do I say something in the group without starting drama?",
    "Translate to Korean for my language exchange partner [[PERSON|김민준]]: thanks for dinner, my email is [[EMAIL_ADDRESS|ellie.tran.writes@gmail.com]] if you want to send the photos.",
    "My flatmate [[PERSON|Rhys Pritchard]] moved out and left his post. What should I write on the envelopes so they go to [[STREET_ADDRESS|27 Heol y Coed, Cardiff CF14 6HB]]?",
    "Fix this text pls: hey [[PERSON|Junior]], coach said the minibus leaves at 7 so be at mine for 6.45, [[STREET_ADDRESS|90 Mill Lane, Wigan WN1 3DE]], ring [[PHONE_NUMBER|07700 900835]] if lost",
    "Write a dating app bio that sounds less boring than mine. Also [[PERSON|Faisal]] from the app asked for my number, should I give him [[PHONE_NUMBER|(646) 555-0172]] already?",
    "Help, I sent my card [[CREDIT_CARD|5294 1607 3825 1640]] to the wrong group chat instead of just to [[PERSON|Katie]]. What do I do?",
    "Can you calculate the petrol split for the away game? 340 miles, 4 people, I drove. Send to [[PERSON|Darnell]] at [[EMAIL_ADDRESS|darnell.briggs@icloud.com]] for his Venmo.",
    "Reverend [[PERSON|Okonkwo]] asked me to type up the prayer chain. Members: [[PERSON|Adaeze]] [[PHONE_NUMBER|020 7946 0418]], Sister [[PERSON|Mary]]… actually just format those two neatly.",
    "Draft a message to the Year 4 parents group: lost property is at [[PERSON|Ines Calderón]]'s, [[STREET_ADDRESS|Calle Pintor Sorolla 23, 3ºB, 46002 Valencia]], collect before Friday.",
    "My neighbour Mrs [[PERSON|Yamamoto]] gave me her Wi-Fi key [[PASSWORD|Sakura-Garden-2291]] while ours is down. Write a thank you note?",
    "What's a good reply when someone you just met says 'send me ur snap'? For context her name's [[PERSON|Brooke]] and my username is [[ID_NUMBER|jaybird.wav]].",
    "Plan the seating for [[PERSON|Olamide]] and [[PERSON|Chidinma]]'s engagement dinner, 24 guests, two long tables, the aunties cannot sit near the speakers.",
    "Can you make this sound friendlier: 'Hi [[PERSON|Gustavo]], your rent share is late again. Pay to [[IBAN_CODE|PT06 0035 0651 0008 4729 1360 5]] by Monday.'",
    "Write a message to the allotment committee that the shed padlock was changed to [[PASSWORD|3306]] and only [[PERSON|Derek Pomfret]] and I have the key.",
    "Turn this into a nice group announcement: [[PERSON|Hannah]] and [[PERSON|Will]] had their baby! Meal train sign ups with [[PERSON|Ruth Ackerley]], [[EMAIL_ADDRESS|ruthackerley@btinternet.com]].",
    "Our five-a-side team needs a name and a chant. Players: [[PERSON|Kwame]], [[PERSON|Stelios]], [[PERSON|Patryk]], [[PERSON|Dre]], [[PERSON|Bongani]].",
    "Help me write a text to [[PERSON|Мария]] from salsa class: I lost your number, is it still [[PHONE_NUMBER|+7 916 482 37 19]]?",
    "My dad's phone is full of scam texts. His number is [[PHONE_NUMBER|07700 900641]] and he's on the church WhatsApp. How do I set up blocking for him?",
    "Translate into Arabic for the neighbour's grandmother: 'Dear [[PERSON|فاطمة]], the party is at our house, [[STREET_ADDRESS|16 Orchard Rise, Luton LU2 7QA]], at 5pm. You are very welcome.'",
    "Write a reminder that subs for the netball team go to [[PERSON|Shanice Forde]], sort code 40-05-15 account [[ID_NUMBER|61827304]], £20 each by Sunday.",
    "Can you make a shopping list for a barbecue for 15? Also remind me to ask [[PERSON|Marek]] if he still has the gazebo.",
    "I need to add my flatmate to the electricity account. The supplier asked for the account number [[ID_NUMBER|EL-55309127]] and his name, [[PERSON|Ravi Subramaniam]]. Write the email.",
    "Bit of a weird one. A guy called [[PERSON|Lorcan]] from the pub quiz team keeps messaging [[EMAIL_ADDRESS|quizqueen.nessa@hotmail.com]] every night. How do I shut it down nicely?",
    "Draft an invite for the street party. Road closure permit holder is [[PERSON|Tunde Bakare]], [[STREET_ADDRESS|2 Lavender Terrace, London SE15 4AH]], [[PHONE_NUMBER|020 7946 0972]].",
    "Can you write the minutes for our residents' association? Chair [[PERSON|Gloria Mbeki]], secretary [[PERSON|Alastair Finch]], treasurer absent. Agenda: parking, bins, the fox problem.",
    "Help me plan a hen do in Lisbon for 9 people. The bride is [[PERSON|Nicola]], her maid of honour [[PERSON|Aisling Byrne]] has the budget spreadsheet, I just need an itinerary.",
    "I'm the new WhatsApp admin for the Sunday league. Write rules for the group. Old admin [[PERSON|Gaz Whitlock]] said his number [[PHONE_NUMBER|07700 900119]] should stay on the pinned post.",
    "Write a breakup text that isn't cruel. His name is [[PERSON|Bailey]], we dated 3 months, he's lovely but we want different things.",
    "My flatmate [[PERSON|王芳]] asked me to help register her for the local badminton club. Her email is [[EMAIL_ADDRESS|wangfang.bmt@163.com]], student number [[ID_NUMBER|S20417783]]. Draft the registration email.",
    "Can you proofread the church newsletter bit? 'Please keep [[PERSON|Eleanor Price]] in your prayers, cards can be sent to [[STREET_ADDRESS|The Old Forge, Church Lane, Ludlow SY8 1AW]].'",
    "Someone in our neighbourhood Facebook group posted [[PERSON|Keith Llewellyn]]'s home address, [[STREET_ADDRESS|4 Poplar Way, Swindon SN3 2LE]]. As admin, how should I word a post taking it down?",
    "Write a cheeky message for my mate [[PERSON|Big Sam]]'s stag group. We're meeting at [[PERSON|Conor]]'s at 3 and the Airbnb door code is [[PASSWORD|8823]].",
    "My nan wants to join the village WhatsApp. Her mobile is [[PHONE_NUMBER|07700 900356]]. Explain step by step how to add her, she's on an old Android.",
    "Fix this for the volunteers chat: 'hi evryone, [[PERSON|Marcy]] cant do the food bank shift tmrw, can someone cover? text her on [[PHONE_NUMBER|555-0148]] not me lol'",
    "Draft a thank-you card from the whole cricket club to [[PERSON|Vikram Nair]] for 20 years of doing the teas.",
    "I think someone is catfishing my friend. The profile says [[PERSON|Marco Bellini]] and the email he gave her is [[EMAIL_ADDRESS|marco.bellini.trader@protonmail.com]]. What red flags should we look for?",
    "Calculate: the Secret Santa budget is £15, 14 people, organiser [[PERSON|Jasmine]] fronted the prize fund. How much does she get back from each?",
    "Write a group chat message about the lads' holiday deposits, pay [[PERSON|Ciarán Doyle]] at [[IBAN_CODE|NL82 RABO 0318 4729 56]] by the 1st or you're out.",
    "Reply to [[PERSON|Σοφία]] in our Greek dancing group, she asked when rehearsal is. Tuesday 7pm, same hall.",
    "My friend [[PERSON|Gabriel Oyelaran]] gave me his NHS number [[ID_NUMBER|472 918 3061]] so I can register him at my surgery while he's away. Is that even allowed? Draft a message to the practice.",
    "Flatmate drama: [[PERSON|Tash]] keeps using my oat milk. Write a passive aggressive but funny note for the fridge.",
    "Help me write an apology to my neighbour Mr [[PERSON|Ferreira]] at [[STREET_ADDRESS|Rua das Flores 112, 4050-265 Porto]]. Our dog dug under his fence again.",
    "Write a message for the parkrun volunteers group: [[PERSON|Tamsin]] is run director Saturday, marshals report to her by 8.30, her mobile [[PHONE_NUMBER|+44 7700 900728]].",
    "Convert this to a neat table: [[PERSON|Ollie]] 2 beers, [[PERSON|Fatou]] 1 wine, [[PERSON|Reza]] 3 cokes, [[PERSON|Björn]] 2 beers 1 shot. Beers £5, wine £6, coke £2.50, shot £4.",
    "My date tonight is with someone called [[PERSON|Sunny Kapoor]]. Send my location to my friend? Actually just write a text to [[PERSON|Mei]] saying where I'll be: Dishoom, 7pm, and if I don't text by 10 call [[PHONE_NUMBER|(312) 555-0186]].",
    "Our church youth group is going to the coast. Write the consent form. Leader contact: Pastor [[PERSON|Emmanuel Asante]], [[EMAIL_ADDRESS|e.asante.youth@gmail.com]], [[PHONE_NUMBER|020 7946 0555]].",
    "Can you tell me if this message from the tennis club is a scam? 'Dear member [[ID_NUMBER|TC-20931]], renew now by replying with your card number and CVV.' My name [[PERSON|Philippa Dunmore]] wasn't even in it.",
    "Write a birthday message in Spanish for my abuela, [[PERSON|Carmen Ibáñez]]. She's 90 and lives with my tía in Sevilla.",
    "I run the Discord for our D&D group. Someone posted the bot token [[API_KEY|MTA4NzQ2OTIxNTc3MzQ1ODQ0OA.GkR7pQ.w9XcLb3TnVq2ZsYh8EuJd1oKfAiM4rWxP0yNe6]] in general chat. How do I revoke it and what do I tell [[PERSON|Aurelio]] who posted it?",
    "Split the cottage bill: £1,140 for 3 nights, [[PERSON|Nadia]] and [[PERSON|Fergus]] stayed 2 nights, everyone else 3. There were 7 of us. Pay me via [[IBAN_CODE|BE63 0634 8192 7355]].",
    "Make this sound less needy: 'hey [[PERSON|Cass]] haven't heard from u since the party, u ok? x'",
    "Our street has a tool library. Write the sign-up form intro. Coordinator: [[PERSON|Hiroshi Tanabe]], [[STREET_ADDRESS|33 Wattle Street, Fitzroy VIC 3065]], [[PHONE_NUMBER|0491 570 448]].",
    "Summarise the flat meeting: [[PERSON|Jess]] wants a cleaner, [[PERSON|Abdi]] says no, [[PERSON|Lorenzo]] is neutral, [[PERSON|Priya]] left early. The cleaner's quote was £60 a fortnight.",
    "My Hinge match [[PERSON|Anton]] asked for my Instagram and my full name before we've even met. Is it weird to give him [[PERSON|Harriet Lumsden]] and [[ID_NUMBER|@harri.lums]] on the first day?",
    "The football club registration form wants my son's passport number. It's [[ID_NUMBER|553817264]], his name is [[PERSON|Kai Whitfield]]. Can you check the email I wrote before I send it?",
    "Write a polite note asking the people at [[STREET_ADDRESS|19 Hawthorn Drive, Norwich NR4 6PT]] to move their bins off the pavement. I don't know their names, just sign it from [[PERSON|Sandra]] at 21.",
    "I want to send a group voice note invite for Diwali. Give me a script. Host is [[PERSON|Anjali Mehra]], her Aadhaar [[ID_NUMBER|5829 1746 0382]] was needed for the hall booking, don't mention that obviously.",
    "Help me set up the home router for the flat. Admin login [[ID_NUMBER|flat4admin]], password [[PASSWORD|Tr0mb0ne!Lane]], and our public IP is [[IP_ADDRESS|198.51.100.214]]. How do I block [[PERSON|Declan]]'s console at night?",
    "Write a text to [[PERSON|Yaw]] saying the cup final tickets are in his name and he needs his member ID [[ID_NUMBER|GFC-0087214]] at the turnstile.",
    "What do I say to the WhatsApp group when [[PERSON|Florence Adeyemi]] leaves the church after 30 years? Something warm, not too long.",
    "My friend [[PERSON|Mehmet Yılmaz]] needs help filling in a gym form in English. His kimlik number is [[ID_NUMBER|48271930510]] and phone [[PHONE_NUMBER|+90 532 418 27 63]]. Which boxes do they go in?",
    "Fix spelling: 'reminder the carol singers meet at [[PERSON|Gwen]]'s house [[STREET_ADDRESS|5 Chapel Row, Truro TR1 2QT]] wear somthing warm and bring a torch'",
    "I'm [[PERSON|Tomasz Zieliński]], PESEL [[ID_NUMBER|92031475827]]. The Polish community centre wants a volunteer CV. Help me write a short one.",
    "Calculate how long until [[PERSON|Ngozi]]'s surprise 40th: it's on the 14th of next month, and today is the 3rd. Also how many days do we have to collect £400 from 20 people at £2 a day each?",
    "My roommate [[PERSON|Carlos Mendoza]] wants to borrow my card [[CREDIT_CARD|4551 8309 2761 4730]] for concert tickets. Write me a nice way to say no.",
    "Draft an email to the council from our tenants' group about the broken lift at [[STREET_ADDRESS|Flat 61, Kestrel House, 200 Marsh Road, London E14 9PX]]. Lead tenant is [[PERSON|Amira El-Sayed]].",
    "How do I tell my housemate [[PERSON|Joel]] that his girlfriend basically lives here now and should chip in for bills?",
    "Write a group message for the choir: the new Zoom password for rehearsals is [[PASSWORD|Alto&Tenor44]], don't forward it, and ask [[PERSON|Margit]] if the link doesn't work.",
    "Translate to French for the twinning association: 'Our guests [[PERSON|Yvonne Marchal]] and [[PERSON|Rémi Marchal]] will stay with [[PERSON|Colin Henderson]] at [[STREET_ADDRESS|8 Queen's Road, Harrogate HG2 0HB]].'",
    "I got an SSN letter for my old roommate [[PERSON|Tyler Boone]], number [[US_SSN|412-58-3907]]. What's the right thing to do with it?",
    "Give me 5 icebreaker questions for a speed dating night I'm hosting. Co-host is [[PERSON|Lindiwe]].",
    "Write an email to the dating app support: my account [[EMAIL_ADDRESS|sunflowerseed_91@gmail.com]] got banned after [[PERSON|Dmitri Volkov]] reported me for no reason.",
    "Our rowing club treasurer [[PERSON|Benedikt Auer]] asked us to pay the regatta fee to [[IBAN_CODE|AT37 2011 1827 3649 5012]]. Write a reminder for the crew chat.",
    "Can you plan a 3-course dinner party menu for 8? One vegan, one coeliac. [[PERSON|Saoirse]] is bringing dessert so only 2 courses actually.",
    "Reply to [[PERSON|Jamal]] in the neighbours group: yes the parcel locker code for our block is [[PASSWORD|551902]], but he should ask the building manager for his own.",
    "My flatmate's friend keeps logging into our Wi-Fi from [[IP_ADDRESS|2001:db8:4a1:7c::29]]. The router says the device is '[[PERSON|Rafe]]'s iPhone'. How do I kick it off politely?",
    "Write a toast for my best mate [[PERSON|Callum Rennie]]'s wedding. Bride is [[PERSON|Jasmine Oduya]], they met at a pub quiz.",
    "The karate club needs my Canadian SIN [[ID_NUMBER|618 273 957]] for the coaching payroll, apparently. My name is [[PERSON|Marie-Ève Tremblay]]. Draft an email asking why.",
    "Can you explain how to set up a shared Google calendar for the five of us? [[PERSON|Ali]], [[PERSON|Bec]], [[PERSON|Chioma]], [[PERSON|Dan]] and me. Emails: [[EMAIL_ADDRESS|ali.hassan.97@gmail.com]] etc.",
]

# 100 records in the manner of synthetic PII benchmark datasets: one invented person each
# with one to four values besides the name.
RECORDS = [
    "My name is [[PERSON|Lucinda Farrow]] and I live at [[STREET_ADDRESS|42 Coleridge Road, Bristol BS5 7TQ]].",
    "[[PERSON|Abdullahi Musa]] can be reached at [[EMAIL_ADDRESS|a.musa1987@yahoo.com]] or on [[PHONE_NUMBER|+234 803 417 2290]].",
    "Name: [[PERSON|Freya Lindqvist]] | Email: [[EMAIL_ADDRESS|freya.lindqvist@telia.se]] | Phone: [[PHONE_NUMBER|+46 70 318 42 96]]",
    '{"name": "[[PERSON|Oscar Beaumont]]", "email": "[[EMAIL_ADDRESS|obeaumont@fastmail.fm]]", "ip": "[[IP_ADDRESS|192.0.2.148]]"}',
    "Please ship the order to [[PERSON|Hye-jin Park]], [[STREET_ADDRESS|1802 Westlake Ave N, Seattle, WA 98109]].",
    "[[PERSON|Tobias Engel]]'s card [[CREDIT_CARD|5372 6091 8443 0277]] was declined at checkout.",
    '2024-03-11 09:14:22 INFO login ok user=[[ID_NUMBER|kjohansen]] name="[[PERSON|Kari Johansen]]" src=[[IP_ADDRESS|198.51.100.37]]',
    "Dear Mrs [[PERSON|Ortega]], your policy [[ID_NUMBER|HP-77120458]] renews on 1 May. Questions? Write to us quoting that number. Kind regards, the Claims Team",
    "The tenant, [[PERSON|Chukwuemeka Eze]], pays rent from [[IBAN_CODE|GB04 BARC 2003 1583 7492 16]] on the first of each month.",
    "Patient [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|15038840050]], phone [[PHONE_NUMBER|+47 912 48 305]].",
    "[[PERSON|Laszlo Kovacs]] lives at [[STREET_ADDRESS|Andrássy út 64, 1062 Budapest]] and works as a sound engineer.",
    "Employee [[ID_NUMBER|E-204719]] ([[PERSON|Precious Ndlovu]]) updated her contact email to [[EMAIL_ADDRESS|precious.ndlovu@mweb.co.za]].",
    "Contact person: [[PERSON|Rafael Quiroga]], tel. [[PHONE_NUMBER|+52 55 4718 2036]], correo [[EMAIL_ADDRESS|rquiroga@prodigy.net.mx]]",
    "Customer [[PERSON|Annelies Bakker]] (BSN [[ID_NUMBER|284719365]]) asked to close account [[IBAN_CODE|NL98 INGB 0007 3194 28]].",
    "I'm [[PERSON|Desmond Achterberg]], my SSN is [[US_SSN|531-74-2086]] and my date of birth is 4 June 1979.",
    "[[PERSON|sofia marchetti]], [[STREET_ADDRESS|via dei mille 18, 20129 milano]], [[PHONE_NUMBER|+39 347 281 9064]]",
    "Billing name: [[PERSON|Kwabena Osei]]; card: [[CREDIT_CARD|4012 9573 8164 2056]]; exp 09/27",
    "User [[ID_NUMBER|ghost_rider_77]] ([[PERSON|Aleksander Wiśniewski]]) reset his password to [[PASSWORD|Kr@kow2023!]] from [[IP_ADDRESS|203.0.113.91]].",
    "Please update the address for [[PERSON|Maeve Gallagher]] to [[STREET_ADDRESS|12 Seaview Terrace, Salthill, Galway H91 X2P4]].",
    "[[PERSON|Nguyễn Thị Lan]] - [[EMAIL_ADDRESS|lan.nguyen.hn@gmail.com]] - [[PHONE_NUMBER|+84 912 473 580]]",
    "Her name is [[PERSON|Adwoa Boateng]] and her Irish PPS number is [[ID_NUMBER|8305172A]].",
    "Added contact: <full_name>[[PERSON|Henrik Dahl]]</full_name> <email>[[EMAIL_ADDRESS|henrik.dahl@outlook.dk]]</email> <group>sailing club</group>",
    "The account holder [[PERSON|Beatriz Sousa]] (NIF [[ID_NUMBER|238475611]]) can be reached at [[PHONE_NUMBER|+351 912 384 716]].",
    "[[PERSON|Ian McAllister]] called from [[PHONE_NUMBER|0131 496 0274]] about his pension.",
    "Member: [[PERSON|Rukhsana Begum]]; Member No.: [[ID_NUMBER|LIB-3309417]]; Branch: Whitechapel",
    "Send the invoice to [[PERSON|Gideon Feld]] at [[EMAIL_ADDRESS|gideon@feldandfeld.co.il]], attention accounts.",
    "[[PERSON|Marta Jiménez]], DNI [[ID_NUMBER|73815294Z]], vive en [[STREET_ADDRESS|Avenida de la Constitución 9, 41004 Sevilla]].",
    '{"user": {"first": "[[PERSON|Kofi]]", "last": "[[PERSON|Asamoah]]", "phone": "[[PHONE_NUMBER|(503) 555-0114]]"}}',
    "[[PERSON|Zaid Qureshi]] used card [[CREDIT_CARD|2221 4683 0957 3127]] and shipped to [[STREET_ADDRESS|77 Rose Street, Edinburgh EH2 2NH]].",
    "Hello, I am [[PERSON|Elif Demir]], my kimlik number is [[ID_NUMBER|17395826450]].",
    "Registered keeper: [[PERSON|Graham Tull]], driving licence [[ID_NUMBER|TULL9703158G99KW]], [[STREET_ADDRESS|6 Foundry Lane, Derby DE1 3RG]].",
    "Wi-Fi for guests of [[PERSON|Paola Greco]]: network CasaGreco, key [[PASSWORD|limoncello2021]].",
    "[[PERSON|Jean-Baptiste Lefèvre]], numéro de sécurité sociale [[ID_NUMBER|185077512304531]], téléphone [[PHONE_NUMBER|06 39 98 72 05]].",
    "Transfer from [[PERSON|Fernando Gil]] to [[IBAN_CODE|ES18 0049 1834 5027 1938 4615]] completed.",
    "[[PERSON|Anika Sharma]] (patient no. [[ID_NUMBER|PT-5530281]]) has an appointment on Thursday.",
    "From: [[PERSON|Callum Baird]] <[[EMAIL_ADDRESS|cbaird@strathmail.co.uk]]>",
    "My friend [[PERSON|Olusegun]] lives at [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos]].",
    "Name | Phone | City\n[[PERSON|Rosalind Achebe]] | [[PHONE_NUMBER|07700 900991]] | Coventry",
    "[[PERSON|Wei Zhang]]'s API key is [[API_KEY|sk-proj-7QmX2vLc9RtY4bNw8KpE1sHd6JfA3gUz]] and should be rotated.",
    "ALERT failed ssh login for [[ID_NUMBER|mfontaine]] ([[PERSON|Mathilde Fontaine]]) from [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]]",
    "Ship to: [[PERSON|Dolores Huerta-Ruiz]], [[STREET_ADDRESS|2217 Calle Loma, Albuquerque, NM 87104]], tel [[PHONE_NUMBER|505-555-0127]]",
    "[[PERSON|Ravi Chandran]] paid with Amex [[CREDIT_CARD|3471 928365 04719]].",
    "Emergency contact for [[PERSON|Jun Takahashi]]: [[PHONE_NUMBER|090-3817-4426]]",
    "The customer [[PERSON|Bridget O'Rourke]] (customer ID [[ID_NUMBER|CUST-00918244]]) reported a lost card.",
    "[[PERSON|Piotr Lewandowski]] PESEL [[ID_NUMBER|85112764031]] ul. [[STREET_ADDRESS|Długa 28/4, 80-827 Gdańsk]]",
    "[[PERSON|Imani Wekesa]] was born in Mombasa and now lives at [[STREET_ADDRESS|Ngong Road, Kilimani, Nairobi 00100]], [[PHONE_NUMBER|+254 722 418 306]].",
    "Hi, it's [[PERSON|Florian Haas]], my tax ID is [[ID_NUMBER|62038419572]], please add it to my file.",
    "username: [[ID_NUMBER|lunamoth]] | password: [[PASSWORD|moth&lamp#19]] | owner: [[PERSON|Luna Castellanos]]",
    "Please call [[PERSON|Agnieszka]] back on [[PHONE_NUMBER|+48 601 274 835]] regarding her booking.",
    "[[PERSON|Ahmed Al-Mansouri]] stays at [[STREET_ADDRESS|Villa 23, Street 14, Al Barsha 2, Dubai]], mobile [[PHONE_NUMBER|+971 50 418 2763]].",
    "Applicant: [[PERSON|Caoimhe Walsh]]\nPassport: [[ID_NUMBER|PA4821937]]\nEmail: [[EMAIL_ADDRESS|caoimhe.walsh@eircom.net]]",
    "CPF [[ID_NUMBER|617.205.938-68]] pertence a [[PERSON|Renata Albuquerque]], telefone [[PHONE_NUMBER|+55 21 99317 4820]].",
    "[[PERSON|Kaito Fujiwara]] logged in from [[IP_ADDRESS|198.51.100.73]] with token [[API_KEY|ghp_R4tY7uIk9oLp2AsD5fGh8JkL1zXc6VbN3mQw]].",
    "Mr [[PERSON|Obinna Nwosu]], [[STREET_ADDRESS|15 Kingsway, Hove BN3 2WE]], account [[ID_NUMBER|30917742]]",
    "Guest list entry: [[PERSON|Yasmin Haddad]], +1, dietary: halal, phone [[PHONE_NUMBER|07700 900204]]",
    "[[PERSON|Stanislav Novák]] has passport number [[ID_NUMBER|41873920]] and lives at [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]].",
    "Customer [[PERSON|Giorgos Papadakis]] requested a refund to card [[CREDIT_CARD|6011 3792 4856 1021]].",
    "[[PERSON|Shira Ben-David]]'s login is [[ID_NUMBER|shirabd]] and her email [[EMAIL_ADDRESS|shira.bendavid@walla.co.il]].",
    "To whom it may concern, I confirm that [[PERSON|Patrick Mulligan]] has lived at [[STREET_ADDRESS|9 Ardee Road, Rathmines, Dublin 6, D06 K2T8]] since 2016. Signed, the landlord.",
    "Name=[[PERSON|Aroha Ngata]]; Phone=[[PHONE_NUMBER|+64 21 384 7152]]; City=Rotorua",
    "[[PERSON|Naveen Reddy]], Aadhaar [[ID_NUMBER|3740 9182 6551]], [[STREET_ADDRESS|Flat 302, Lakeview Residency, Madhapur, Hyderabad 500081]]",
    "Subject: your new password. Hi [[PERSON|Ellen]], your temporary password is [[PASSWORD|Blue-Kettle-58]].",
    "[[PERSON|Matteo Conti]] codice fiscale [[ID_NUMBER|CNTMRT92S45L219F]]",
    "[[PERSON|Susan Whitaker]]'s NHS number is [[ID_NUMBER|519 374 0286]].",
    "Order placed by [[PERSON|Nikhil Bose]] ([[EMAIL_ADDRESS|nikhil.bose@rediffmail.com]]), paid with [[CREDIT_CARD|4917 3058 2649 7130]], delivered to [[STREET_ADDRESS|B-14 Sector 62, Noida 201301]].",
    "[[PERSON|Camille Roussel]] a emménagé au [[STREET_ADDRESS|31 boulevard Gambetta, 38000 Grenoble]].",
    "Policyholder: [[PERSON|Warrick Dunn]], policy no. [[ID_NUMBER|AUS-HM-4471920]], TFN [[ID_NUMBER|384 719 209]], mobile [[PHONE_NUMBER|0491 570 156]]",
    "The chess club secretary is [[PERSON|Yevgenia Orlova]], [[EMAIL_ADDRESS|y.orlova.chess@mail.ru]].",
    "[[PERSON|Mustafa Karimi]] entered door code [[PASSWORD|0412]] at 22:41.",
    "[[PERSON|Jessamy Holt]], [[STREET_ADDRESS|4 Willow Court, Cambridge CB4 1NX]], [[PHONE_NUMBER|07700 900672]], [[EMAIL_ADDRESS|jessamy.holt@cantab.net]]",
    "[[PERSON|Rahel Tesfaye]] transferred funds from [[IBAN_CODE|DE35 3704 0044 0847 2619 35]].",
    "Volunteer sign-up: [[PERSON|Dong-hyun Lim]], phone [[PHONE_NUMBER|010-4827-3195]], available weekends.",
    "[[PERSON|Benedetta Ferri]] paid the deposit by bank transfer from [[IBAN_CODE|IT85 B020 0805 3640 0010 4928 371]].",
    "[[PERSON|Cheng Long]] (employee [[ID_NUMBER|EMP-88214]]) VPN session from [[IP_ADDRESS|203.0.113.206]] ended.",
    "I, [[PERSON|Margaret Ashdown]], of [[STREET_ADDRESS|The Cottage, 2 Mill Street, Ledbury HR8 2DS]], give permission for photos of my grandson to be used.",
    "[[PERSON|Omar Farouk]] - card [[CREDIT_CARD|5167 4209 3318 8607]] - [[EMAIL_ADDRESS|omar.farouk@aucegypt.edu]]",
    "[[PERSON|Hugo Vermeulen]] changed his mobile to [[PHONE_NUMBER|+32 478 21 84 96]].",
    "Sender: [[PERSON|Aylin Çelik]], IBAN [[IBAN_CODE|TR09 0001 2009 4738 1625 0439 11]], amount 2.500 TL",
    "[[PERSON|Quentin Moreau]]'s IBAN is [[IBAN_CODE|FR02 1027 8070 0002 4198 7356 157]] and his email [[EMAIL_ADDRESS|q.moreau@orange.fr]].",
    "[[PERSON|Kateryna Bondarenko]] asked that mail be forwarded to [[STREET_ADDRESS|Hauptstraße 88, 69117 Heidelberg]].",
    "Student [[PERSON|Ayodele Fashola]], student ID [[ID_NUMBER|U2219457]], email [[EMAIL_ADDRESS|a.fashola@student.uni.ac.uk]]",
    "[[PERSON|Ruth Goldberg]] SSN [[US_SSN|604-31-5528]] phone [[PHONE_NUMBER|(718) 555-0191]]",
    "The gym locker of [[PERSON|Tariq Aziz Khan]] uses combination [[PASSWORD|27-14-09]].",
    "Deliver to [[PERSON|Ewan Fraser]], [[STREET_ADDRESS|Croft 3, Balallan, Isle of Lewis HS2 9PN]].",
    "[[PERSON|Soo-ah Jung]] reset her email [[EMAIL_ADDRESS|sooah.jung@naver.com]] password to [[PASSWORD|Haneul!0917]].",
    "[[PERSON|Pierre-Louis Garnier]], NIR [[ID_NUMBER|293061305521810]]",
    "POST /api/v2/profile 200 email=[[EMAIL_ADDRESS|marisa.kent@zoho.com]] name=[[PERSON|Marisa Kent]] ip=[[IP_ADDRESS|192.0.2.231]]",
    "[[PERSON|Emeka Obi]] can be reached at [[PHONE_NUMBER|+234 809 552 1847]] and [[EMAIL_ADDRESS|emeka.obi@yahoo.co.uk]].",
    "[[PERSON|Rowan Blake]] renewed the club membership with Amex [[CREDIT_CARD|3764 512093 88173]].",
    "The Spanish NIE of [[PERSON|Ioana Popescu]] is [[ID_NUMBER|Y4827163Y]].",
    "[[PERSON|Alejandro Ruiz]] moved to [[STREET_ADDRESS|Av. Corrientes 1847, C1045 CABA, Buenos Aires]], tel [[PHONE_NUMBER|+54 9 11 4728 3016]].",
    "[[PERSON|Keziah Morgan]] has SIN [[ID_NUMBER|734 910 284]] and lives in Halifax.",
    "[[PERSON|Darius Farahani]]'s Stripe key [[API_KEY|sk_live_51Nq8XbK2mLp7RtZ4vWc9HyDs3Fe6GjA0uQ]] was found in a public repo.",
    "Mrs [[PERSON|Ada Pemberton]] rang from [[PHONE_NUMBER|020 7946 0388]] about her late husband's account [[ID_NUMBER|ACC-44190832]].",
    "[[PERSON|Rania Youssef]] - [[STREET_ADDRESS|12 Rue Ibn Batouta, Casablanca 20250]] - [[PHONE_NUMBER|+212 661 482 937]]",
    "[[PERSON|Gunnar Eriksen]]'s bank account [[IBAN_CODE|NO27 8601 1173 940]] received the transfer.",
    "[[PERSON|Lena Hoffmann]] - mobile [[PHONE_NUMBER|030 23125 471]] - [[EMAIL_ADDRESS|lena.hoffmann@web.de]]",
    "Name: [[PERSON|Tupac Mamani]]; Address: [[STREET_ADDRESS|Av. Arequipa 2450, Lince, Lima 15046]]",
    "[[PERSON|Siobhan Kerr]] paid with [[CREDIT_CARD|4485 2937 1065 2840]] and signed up with [[EMAIL_ADDRESS|siobhan.kerr@live.co.uk]].",
    "[[PERSON|Harold Jenkins]], member number [[ID_NUMBER|BW-1182734]], phone [[PHONE_NUMBER|07700 900503]]",
]

# 25 MT-Bench and Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a short story about a lighthouse keeper who discovers the light has been signalling to someone across the sea.",
    "Compose a persuasive essay arguing that small towns should invest in public libraries rather than new car parks.",
    "Imagine you are Sherlock Holmes. Deduce what you can about a person from a muddy left boot and an ink-stained cuff.",
    "Explain the difference between a process and a thread to a first-year computing student.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Pretend to be Elizabeth Bennet writing a letter to her sister about a disastrous ball.",
    "If a train leaves at noon going 60 mph and another leaves an hour later at 80 mph on the same track, when does the second catch up?",
    "Summarise the causes of the French Revolution in five bullet points for a high school revision sheet.",
    "What would happen to Earth's tides if the Moon were twice as far away? Reason step by step.",
    "Draft a cover letter template for someone switching careers from teaching to user experience research.",
    "Role-play as a medieval blacksmith explaining to a traveller why a sword costs so much.",
    "Write a SQL query that finds the three customers with the highest total order value in the last 30 days.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Explain what entropy means in thermodynamics using an everyday example.",
    "Write a haiku sequence about the four seasons in a city park.",
    "Act as a travel guide and suggest a three-day itinerary for Kyoto on a modest budget.",
    "David has three sisters. Each sister has one brother. How many brothers does David have?",
    "Write a JavaScript debounce function and show how to use it with a search input.",
    "Explain how vaccines train the immune system, as if talking to a curious ten-year-old.",
    "Describe Marie Curie's main scientific contributions and why they mattered.",
    "Write a dialogue between Gandalf and Hermione Granger debating whether magic should be taught in schools.",
    "Give me a regular expression that matches dates written as YYYY-MM-DD and explain each part.",
    "What are the pros and cons of remote work for a small startup? Give a balanced answer.",
    "Rewrite this sentence to be more concise: 'At this point in time we are currently in the process of reviewing the situation.'",
    "Explain why the sky appears blue during the day and red at sunset.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Mira bakes 48 cookies and packs them into bags of 6. She gives away 3 bags. How many bags does she have left?",
    "Tobias runs 3.5 km every weekday and 6 km on Saturday. How far does he run in a week?",
    "A group chat has 36 members. A third leave and then 8 new people join. How many members are there now?",
    "Lena buys 4 notebooks at $2.75 each and a pen for $1.20. How much change does she get from $20?",
    "Jonah reads 15 pages a day. His book has 420 pages. How many days will it take him to finish?",
    "A football team scored 2 goals in each of its first 5 games and 4 goals in each of the next 3. What was the average per game?",
    "Priya saves $12 a week. How many weeks until she can afford a $150 bike if she already has $42?",
    "Ravi's garden is 12 m long and 8 m wide. He fences all around it. Fencing costs $9 per metre. What is the total cost?",
    "Amara has twice as many stickers as Ben. Together they have 54. How many does Amara have?",
    "A party needs 3 pizzas for every 8 guests. How many pizzas for 40 guests?",
    "Keiko earns $18 an hour and works 6 hours a day for 5 days. She spends a quarter of it on rent. How much is left?",
    "Oscar's choir has 24 sopranos, 18 altos and some men. The choir has 60 singers. How many men are there?",
    "Sofia buys a jacket for $80 with 25% off. How much does she pay?",
    "A neighbourhood raises $1,200 for a playground. Each of 4 streets raised the same amount. How much did each street raise?",
    "Dev plants 7 rows of tomatoes with 9 plants each. 5 plants die. How many are left?",
    "Hannah's flat shares a $96 internet bill between 4 people, but one pays double. How much does each of the others pay?",
    "A bus carries 42 passengers. At the first stop 15 get off and 9 get on. At the second 12 get off. How many remain?",
    "Maya cycles at 15 km per hour. How long does a 40 km ride take, in hours and minutes?",
    "Felix has 3 times as many marbles as Ada. If Felix gives Ada 10, they have the same. How many did Ada start with?",
    "A bakery sells muffins for $3 and scones for $2.50. Noor buys 4 muffins and 6 scones. What does she spend?",
    "Leo's phone battery drops 8% an hour. It starts at 100%. After how many full hours is it below 30%?",
    "A club charges $45 a year or $5 a month. How much does Isla save by paying yearly?",
    "Theo collects 125 stamps in January and 20% more in February. How many in total?",
    "Zara spends 2/5 of her $250 wages on food and 1/4 of the rest on travel. How much is left?",
    "A tennis ball can holds 3 balls. Quinn needs 50 balls for practice. How many cans must he buy?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Nitrogen C) Carbon dioxide D) Argon",
    "Who formulated the laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Tycho Brahe D) Isaac Newton",
    "The Treaty of Versailles was signed in which year? A) 1914 B) 1918 C) 1919 D) 1923",
    "What is the derivative of sin(x)? A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "Which organelle produces most of a cell's ATP? A) Nucleus B) Ribosome C) Mitochondrion D) Golgi apparatus",
    "Who wrote 'The Wealth of Nations'? A) John Locke B) Adam Smith C) David Hume D) Karl Marx",
    "The capital of Australia is: A) Sydney B) Melbourne C) Canberra D) Perth",
    "In economics, a price ceiling set below equilibrium causes: A) a surplus B) a shortage C) no change D) deflation",
    "Which scientist proposed the theory of natural selection with Alfred Russel Wallace? A) Gregor Mendel B) Charles Darwin C) Louis Pasteur D) Jean-Baptiste Lamarck",
    "What is the time complexity of binary search? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which river flows through Baghdad? A) Euphrates B) Nile C) Tigris D) Jordan",
    "Under the US Constitution, who has the power to declare war? A) The President B) Congress C) The Supreme Court D) The Secretary of State",
    "Which element has atomic number 6? A) Nitrogen B) Oxygen C) Carbon D) Boron",
    "Who painted 'The Night Watch'? A) Vermeer B) Rembrandt C) Rubens D) Van Gogh",
    "A stimulus that elicits a response without learning is called: A) conditioned stimulus B) unconditioned stimulus C) neutral stimulus D) discriminative stimulus",
    "Which empire built Machu Picchu? A) Aztec B) Maya C) Inca D) Olmec",
    "In a right triangle with legs 5 and 12, the hypotenuse is: A) 13 B) 14 C) 15 D) 17",
    "Who was the first woman to win a Nobel Prize? A) Rosalind Franklin B) Marie Curie C) Dorothy Hodgkin D) Lise Meitner",
    "Which philosopher wrote 'Critique of Pure Reason'? A) Hegel B) Kant C) Nietzsche D) Spinoza",
    "What is the main function of the kidneys? A) Digest protein B) Filter blood C) Produce insulin D) Store bile",
    "The Magna Carta was sealed by which king? A) Henry II B) Richard I C) John D) Edward I",
    "Which law states that current is proportional to voltage? A) Ohm's law B) Boyle's law C) Hooke's law D) Faraday's law",
    "Mount Kilimanjaro is located in: A) Kenya B) Tanzania C) Uganda D) Ethiopia",
    "Which data structure uses first-in, first-out order? A) Stack B) Queue C) Tree D) Heap",
    "Who led India's Salt March in 1930? A) Jawaharlal Nehru B) Mahatma Gandhi C) Subhas Chandra Bose D) B. R. Ambedkar",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks with no fever. When should I see a doctor about it?",
    "Is it safe to take ibuprofen and paracetamol together for a bad headache?",
    "What are early signs of type 2 diabetes that people often miss?",
    "My ankle is swollen after I twisted it playing football. Should I use ice or heat?",
    "How much water should an adult drink in a day when exercising in hot weather?",
    "Can stress really cause stomach pain, or is that a myth?",
    "What's the difference between a cold and the flu, and how long does each usually last?",
    "I get dizzy when I stand up quickly. Is that something to worry about?",
    "How long after a tetanus jab do I need a booster?",
    "Are there natural ways to lower blood pressure besides medication?",
    "My child has a rash after starting a new antibiotic. What should I do?",
    "How do I know if a cut needs stitches?",
    "What foods are good sources of iron for someone who is vegetarian?",
    "Is it normal to feel tired for weeks after having covid?",
    "What does a high cholesterol result actually mean and what can I change?",
    "How can I tell the difference between heartburn and chest pain that needs urgent care?",
    "I can't sleep more than four hours a night. What habits might help?",
    "Should I be worried about a mole that has changed colour?",
    "What stretches help with lower back pain from sitting at a desk all day?",
    "How soon after eating should I take my thyroid medication?",
    "Is it okay to exercise with a mild cold?",
    "What are the symptoms of a urinary tract infection and when do I need antibiotics?",
    "My knees ache when I climb stairs. Could that be arthritis at 45?",
    "How long do seasonal allergy symptoms usually last, and do antihistamines lose effect over time?",
    "Is it dangerous to drink alcohol while taking antidepressants?",
]

NATIONAL_IDS = {
    "284719365": bsn_ok,  # Dutch BSN
    "92031475827": pesel_ok,  # Polish PESEL
    "85112764031": pesel_ok,
    "385.172.946-37": cpf_ok,  # Brazilian CPF
    "617.205.938-68": cpf_ok,
    "472 918 3061": nhs_ok,  # NHS number
    "519 374 0286": nhs_ok,
    "5829 1746 0382": aadhaar_ok,  # Indian Aadhaar
    "3740 9182 6551": aadhaar_ok,
    "48271930510": kimlik_ok,  # Turkish kimlik
    "17395826450": kimlik_ok,
    "73815294Z": dni_ok,  # Spanish DNI
    "Y4827163Y": dni_ok,  # Spanish NIE
    "185077512304531": nir_ok,  # French NIR
    "293061305521810": nir_ok,
    "47193582608": steuer_id_ok,  # German tax id
    "62038419572": steuer_id_ok,
    "618 273 957": luhn_len(9),  # Canadian SIN
    "734 910 284": luhn_len(9),
    "238475611": nif_ok,  # Portuguese NIF
    "384 719 209": tfn_ok,  # Australian tax file number
    "8305172A": pps_ok,  # Irish PPS number
    "RSSGLI88M21F205W": codice_fiscale_ok,  # Italian codice fiscale
    "CNTMRT92S45L219F": codice_fiscale_ok,
    "15038840050": fodselsnummer_ok,  # Norwegian fødselsnummer
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, with or without a space
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"(\(\d{3}\) |\d{3}-)?555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"06 \d{8}",  # Netherlands mobile
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|32|34|39|45|46|47|48|52|54|55|64|84|90|91|212|234|254|351|971) [\d -]+\d",
    )
]


def check_mix() -> None:
    """Most chat requests name someone and many carry a secret; every record names one
    person and holds one to four other values; clean texts stay within their length."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: want a name and 1 to 4 values in {marked[:60]!r}")
    for text in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if not CLEAN_WORDS[0] <= len(text.split()) <= CLEAN_WORDS[1]:
            raise SystemExit(f"clean: length of {text[:60]!r}")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)} among the types")


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
        "blind96", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
