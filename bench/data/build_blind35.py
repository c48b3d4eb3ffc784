# ruff: noqa: E501
"""A thirty-fifth blind privacy set: 220 texts with personal data and 100 clean ones.

Theme: a realistic week of requests to a company's customer-facing and internal chat
assistant, written the way real people write, not to trip a detector. Written blind to the
detector: the writer read only ``marks.py``, the table format and the labelling paragraph
of ``README.md`` and the docstring and check functions of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 60 customer messages (orders, refunds, account problems, appointments, deliveries) with
  the customer's name, e-mail, phone, address, account, member or loyalty number, a card or
  an IBAN; the first 15 typed all in lower case, as people type into a chat box;
* 50 employee requests: draft a reply to a named customer or colleague, summarise a named
  person's complaint, write handover notes, schedule meetings and rotas with named people;
* 40 personal-life requests naming family and friends (toasts, eulogies, cards, trips,
  chores, awkward messages to flatmates, ex-partners, landladies and neighbours);
* 30 pasted snippets: e-mails with signatures, agent chat logs, team chats, CSV rows, a
  JSON audit entry, nginx, sshd and application log lines with usernames and IPs, forms,
  tickets, a complaint letter, a refund form and a booking-system error;
* 20 messages with a password, PIN, door, alarm, key-safe, locker or verification code,
  wifi key or backup code said in passing, some without the word "password";
* 20 short one-line messages naming a person.

Capitalised and lower-case writing are mixed, with and without cue words (relations,
greetings, titles); names come from more than 40 countries. Usernames, logins, account,
customer, member, loyalty, employee and patient numbers and national ids are labelled
ID_NUMBER; PINs, door, alarm and key-safe codes, verification and backup codes, wifi keys,
security answers and passwords PASSWORD; titles (Mr, Mrs, Ms, Dr) and relation words stay
outside PERSON spans; an address span runs from the first street line through the postcode
and city as typed; public figures, companies, fictional characters, order, ticket,
reference, invoice and booking numbers and dates are not labelled; every occurrence of a
private value is marked. The 100 clean texts come from the same assistant: 25 product and
policy questions, 20 technical how-to questions (code and configs with placeholders), 20
writing tasks about products, companies and public topics (some with famous people or
fictional characters), 15 general-knowledge questions naming public figures and places and
20 maths and reasoning problems with fictional first names.

All values are invented: phones from ranges kept for fiction (UK 07700 900, 020 7946 0,
0113 496 0; North America 555-01xx; Australia 0491 570; Sweden 070-174 06), cards
Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not documentation
examples, IPs from documentation ranges, national ids with valid check digits (NHS number,
Dutch BSN, Polish PESEL, Brazilian CPF, Spanish DNI, Indian Aadhaar, Canadian SIN, Swedish
personnummer). The builder only checks values and generates none.

Run ``.venv/bin/python bench/data/build_blind35.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import DOCUMENTATION_IBANS
from marks import build_sections, iban_ok, luhn_ok, strip_marks, verhoeff_ok

HERE = Path(__file__).resolve().parent

LOWER_CUSTOMER = 15
MIN_CHARS = 15
MAX_WORDS = 300
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam)\.?\s", re.IGNORECASE)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 60 customer messages: orders, refunds, account problems, appointments, deliveries; the
# first 15 typed all in lower case.
CUSTOMER = [
    "hi my parcel never came, order 88213-44. name is [[PERSON|tomasz wierzbicki]], it was meant to go to [[STREET_ADDRESS|27 holloway lane, leeds ls6 2pq]]",
    "can someone call me back about the refund pls [[PHONE_NUMBER|07700 900184]] its [[PERSON|aisha bello]]",
    "i cant log in, email is [[EMAIL_ADDRESS|priya.raman82@fastmail.com]] and it keeps saying account locked",
    "hello need to move my appointment from thursday to friday if possible. [[PERSON|nguyen thi mai]], member no [[ID_NUMBER|m-5520913]]",
    "the driver left my box at the wrong house again. i live at [[STREET_ADDRESS|9 cedar close, swindon sn2 7hd]] not number 19",
    "wrong size sent, want to swap for a medium. account [[ID_NUMBER|40018827]] under [[PERSON|jonas lindqvist]]",
    "my husband [[PERSON|rafael ortega]] ordered this on my card but we want it cancelled before it ships",
    "refund still not in my account after 14 days?? [[PERSON|kemi adeyemi]] [[EMAIL_ADDRESS|kemi.adeyemi@outlook.com]]",
    "yes the number on the account should be [[PHONE_NUMBER|0491 570 118]] not the old one",
    "hey its [[PERSON|lucas ferreira]] again, any update on the laptop repair? ticket 55019",
    "please change delivery address to [[STREET_ADDRESS|flat 3, 41 marsh road, cardiff cf24 3ew]] thanks",
    "i was charged twice for the same subscription. customer id [[ID_NUMBER|cus-772910]]",
    "can i book a fitting for my daughter [[PERSON|sofia]] on saturday morning? my number is [[PHONE_NUMBER|(312) 555-0147]]",
    "order came damaged, photos attached. [[PERSON|hana kobayashi]], [[STREET_ADDRESS|58 birch avenue, toronto on m4c 1x2]]",
    "pls cancel my membership, [[PERSON|dmitri volkov]] card ending 4417, member [[ID_NUMBER|ff-209384]]",
    "Hello, I ordered a sofa on the 3rd and the delivery window was today 8-12 but nobody has turned up. Could you check? I'm [[PERSON|Margaret Okafor]], [[STREET_ADDRESS|16 Wellington Street, Derby DE1 3HL]], phone [[PHONE_NUMBER|07700 900231]].",
    "Hi, I'd like a refund for order 40021-77. The jacket doesn't fit. My email is [[EMAIL_ADDRESS|b.haugland@gmail.com]].",
    "Good morning. My name is [[PERSON|Farhan Chowdhury]] and my account number is [[ID_NUMBER|7700412985]]. I can't see my last two bills online.",
    "Can you update my address? New one is [[STREET_ADDRESS|Unit 5, 220 King Street West, Hamilton ON L8P 1B2]]. Account holder [[PERSON|Ewa Nowak]].",
    "I need to reschedule my eye test with Dr [[PERSON|Okonkwo]]. Could we do next Tuesday afternoon instead? Thanks, [[PERSON|Liam Gallagher-Byrne]]",
    "Parcel says delivered but I have nothing. [[PERSON|Giulia Romano]], [[PHONE_NUMBER|+44 7700 900312]]",
    "Hi there, I want to return the blender. Where do I print the label? Order 99102, name [[PERSON|Yusuf Demir]].",
    "The promo code didn't apply at checkout and I paid full price. Can you refund the difference to my card? [[PERSON|Chloé Lambert]], [[EMAIL_ADDRESS|chloe.lambert@orange.fr]]",
    "My mum [[PERSON|Patricia Quinn]] is 84 and can't manage the app. Can I add myself as a contact on her account [[ID_NUMBER|PQ-118842]]? I'm [[PERSON|Siobhan Quinn]].",
    "Please stop sending texts to [[PHONE_NUMBER|555-0162]], that's not my number anymore.",
    "I have a booking for two at 7pm tonight under [[PERSON|Arjun Mehta]], can we make it four?",
    "Hello, your engineer was supposed to come between 1 and 5 and didn't. I took a day off work for this. Address is [[STREET_ADDRESS|3 Poplar Grove, Norwich NR2 4LT]].",
    "Loyalty points missing from my last three shops. Card number on the back says [[ID_NUMBER|6300 1129 4410 72]]. [[PERSON|Kwame Asante]]",
    "Refund request: I returned the shoes on the 12th and got a confirmation, still no money. [[PERSON|Isabel Cruz]], order 77341.",
    "Can you send the invoice to my work email instead, [[EMAIL_ADDRESS|s.ivanova@harborlogistics.co.uk]]",
    "Dear support, I am writing about my late father's account. His name was [[PERSON|Henryk Zielinski]], customer number [[ID_NUMBER|CN-0044817]]. How do I close it?",
    "Wrong item. Ordered black, got navy. [[PERSON|Mateo Gutiérrez]]",
    "Hi! Just checking my order is going to [[STREET_ADDRESS|88 Ocean Parade, Coogee NSW 2034]] and not my old place in Newtown.",
    "I'm locked out after too many attempts. Username [[ID_NUMBER|rgoldberg77]]. Please unlock.",
    "Could I get an appointment with the same stylist as last time, [[PERSON|Thandiwe]]? Any day after 4. [[PERSON|Nomvula Dlamini]] [[PHONE_NUMBER|0491 570 262]]",
    "Hello, my card [[CREDIT_CARD|4532 0177 5839 2644]] was charged but the order shows failed. Can you check before I call my bank?",
    "The courier needs a gate code, tell him it's [[PASSWORD|2290]]. Delivery for [[PERSON|Anneke de Vries]].",
    "Hi, I'm [[PERSON|Oluwaseun Adebayo]]. I booked the 10:30 dental cleaning but I need to cancel, I've got covid.",
    "Why has my direct debit gone up? Account [[ID_NUMBER|SP-3307291]], [[PERSON|Bridget Maguire]].",
    "Can you refund to [[IBAN_CODE|NL30 RABO 0317 4629 58]] instead? The card I used has been cancelled. Name on account [[PERSON|Pieter Janssen]], BSN [[ID_NUMBER|276048192]] if you need it.",
    "Morning, I received someone else's parcel, addressed to a [[PERSON|Carlos Mendoza]] at [[STREET_ADDRESS|112 Elm Street, Springfield IL 62704]]. What should I do with it?",
    "I need a copy of my warranty. Registered to [[PERSON|Ingrid Solberg]], [[EMAIL_ADDRESS|ingrid.solberg@online.no]]",
    "Please call me on [[PHONE_NUMBER|020 7946 0583]] after 6, I can't talk at work. [[PERSON|Rohan Kapoor]]",
    "Hi, my son [[PERSON|Eli]] has a hearing test booked for Monday, can his dad [[PERSON|Noah Feldman]] bring him instead of me?",
    "The tracking number you gave me doesn't work. Order for [[PERSON|Zeynep Arslan]], [[STREET_ADDRESS|Kastanienallee 14, 10435 Berlin]].",
    "Hello, I want to change the name on my account from [[PERSON|Amelia Hart]] to [[PERSON|Amelia Brennan]], I got married last month.",
    "Still waiting for a callback from three days ago. Reference 20991. My number is [[PHONE_NUMBER|(646) 555-0119]].",
    "Can I pick up my order from the Leeds store instead? It's under [[PERSON|Fatima Zahra Benali]].",
    "Hi team, I think someone else used my account, there are orders to [[STREET_ADDRESS|7 Quarry Hill, Sheffield S10 1RT]] that I never placed. I'm [[PERSON|Declan Murphy]], member [[ID_NUMBER|B2209174]].",
    "Appointment confirmation for [[PERSON|Mei Lin Tan]] please, I didn't get the email. Should be [[EMAIL_ADDRESS|meilin.tan@singnet.com.sg]]",
    "I'd like to complain about the staff member at the Bristol branch who was rude to my wife [[PERSON|Grace]] yesterday.",
    "Membership renewal failed. I've updated the card to [[CREDIT_CARD|5274 8193 0264 7152]], can you try again? [[PERSON|Viktor Horváth]]",
    "Hello, can the delivery be left with my neighbour Mrs [[PERSON|Pemberton]] at number 12 if I'm out?",
    "Do you deliver to [[STREET_ADDRESS|Rua das Flores 230, 4050-265 Porto]]? Asking for [[PERSON|Inês Carvalho]].",
    "Hi, patient [[PERSON|Samuel Mensah]], NHS number [[ID_NUMBER|485 177 2033]]. I need to rebook my physio.",
    "Subscription is in my old name [[PERSON|Jordan Reyes]], I go by [[PERSON|Jo Reyes]] now. Can you update it? [[EMAIL_ADDRESS|jo.reyes@protonmail.com]]",
    "Please refund the deposit to my account, IBAN [[IBAN_CODE|DE23 5001 0517 4028 3916 42]], [[PERSON|Katrin Becker]].",
    "Hi, can I add my partner [[PERSON|Alexei]] as a second driver on the rental? Booking 6620.",
    "The package was signed for by a [[PERSON|Hamza]] but nobody by that name lives here.",
    "Good afternoon, [[PERSON|Aroha Ngata]] here. I need to change my appointment at the Wellington clinic, my number is [[PHONE_NUMBER|0491 570 339]].",
]
# 50 employee requests: replies to named customers and colleagues, summaries, scheduling.
EMPLOYEE = [
    "Draft a polite reply to [[PERSON|Margaret Ellison]] saying her refund was processed today and should land in 3-5 working days.",
    "can you write a short apology to [[PERSON|hiroshi tanaka]] about the late delivery, offer 10% off next order",
    "Summarise this complaint for the team lead: customer [[PERSON|Abena Owusu]] says she was on hold for 50 minutes twice and then got cut off.",
    "Set up a 30 min call on Wednesday with [[PERSON|Lars Eriksen]] and [[PERSON|Priyanka Nair]] to go over the Q3 returns numbers.",
    "Write an email to [[PERSON|Daniel Cohen]] ([[EMAIL_ADDRESS|daniel.cohen@brightwell.io]]) confirming his replacement unit ships Monday.",
    "Reply to the customer: Hi [[PERSON|Roisin]], thanks for your patience, we've reissued your voucher.",
    "Help me word a message to my colleague [[PERSON|Sergio Paredes]] telling him I can't cover his Saturday shift after all.",
    "rewrite this more professionally: [[PERSON|ahmed]] your order is late cos the warehouse messed up sorry",
    "Can you summarise the three emails from [[PERSON|Olga Petrenko]] about the damaged fridge into bullet points for the claims form?",
    "Schedule a handover meeting between [[PERSON|Chen Wei]], [[PERSON|Maria Santos]] and me for Friday at 2pm, 45 minutes.",
    "Write a follow-up to [[PERSON|Bongani Khumalo]] asking him to send photos of the faulty charger so we can approve the claim.",
    "Draft a note to HR that [[PERSON|Kirsten Holm]] (employee [[ID_NUMBER|E-40817]]) will be on parental leave from 1 March.",
    "I need to tell [[PERSON|Ravi Shankar Iyer]] his ID check failed because the Aadhaar he sent, [[ID_NUMBER|7392 0518 4637]], doesn't match the name on his account [[ID_NUMBER|4420917736]]. Make it sound less scary.",
    "Summarise: [[PERSON|Teresa Molina]] called about being billed after cancelling. She cancelled on the 2nd, was charged on the 5th, wants a refund and an apology.",
    "Write a thank-you message to [[PERSON|Jamal Williams]] for the 5 star review he left about our Manchester team.",
    "Can you prepare talking points for my 1:1 with [[PERSON|Niamh O'Sullivan]]? She's been missing SLA targets but is great with customers.",
    "Draft a reply to [[PERSON|Pablo Restrepo]] explaining we can't deliver to PO boxes and asking for a street address.",
    "Book the small meeting room for me, [[PERSON|Anya Kowalczyk]] and [[PERSON|Tobias Müller]] on Thursday morning.",
    "customer [[PERSON|leila haddad]] wants to know why her points expired. write a friendly reply explaining the 12 month rule",
    "Please write an escalation summary. Customer: [[PERSON|Gareth Powell]], phone [[PHONE_NUMBER|0113 496 0772]], issue: boiler installed wrong twice, third engineer visit booked.",
    "Turn these notes into an email to [[PERSON|Ji-woo Park]]: replacement approved, courier Tuesday, keep the old one until then.",
    "Write a short message to [[PERSON|Fernanda Alves]] welcoming her to the support team and telling her [[PERSON|Kofi]] will be her buddy for the first week.",
    "How do I tell Mr [[PERSON|Abernathy]] nicely that we won't refund a product he used for 11 months?",
    "Summarise the chat where [[PERSON|Tuan Nguyen]] asks about splitting his payment into instalments.",
    "Draft an out-of-office that says to contact [[PERSON|Helga Brandt]] on [[EMAIL_ADDRESS|h.brandt@nordvik-support.de]] while I'm away.",
    "Find a time next week for me to meet [[PERSON|Sunita Rao]] and [[PERSON|Marcus Webb]], both prefer mornings.",
    "Write a reply to [[PERSON|Élodie Marchand]] confirming her appointment moved to 14 June at 9:15.",
    "Could you draft a warning email to a customer, [[PERSON|Brandon Fisk]], who has been abusive to our agents on the phone?",
    "Summarise the feedback [[PERSON|Nadia Rahman]] gave in her exit interview, I'll paste it after.",
    "My colleague [[PERSON|Matteo Bianchi]] is leaving Friday, help me write a card message from the whole team.",
    "Reply to [[PERSON|Ayodele Balogun]]: we found the missing parcel at the depot, it will be redelivered to [[STREET_ADDRESS|45 Harcourt Road, Reading RG1 5AT]] tomorrow.",
    "please draft sms to [[PHONE_NUMBER|07700 900455]] saying the technician is running 30 mins late",
    "Write a handover note: [[PERSON|Camila Rojas]] is waiting on a callback about her gas meter, best number [[PHONE_NUMBER|(415) 555-0133]].",
    "Schedule a training session for new starters [[PERSON|Kai Tanaka-Ross]], [[PERSON|Beatriz Lopes]] and [[PERSON|Omar Saleh]] on the returns system.",
    "Can you make this sound warmer: Dear Ms [[PERSON|Lindgren]], your request has been declined.",
    "Write an internal note that customer [[PERSON|Viktoria Sokolova]], customer number [[ID_NUMBER|C-5590132]], has agreed a payment plan of 40 a month.",
    "Draft a reply to my manager [[PERSON|Deborah Kline]] asking for Friday off to go to my cousin's wedding.",
    "Summarise this voicemail transcript from [[PERSON|Efua Mensah]] in two lines for the ticket.",
    "Help me reply to [[PERSON|Rajesh Pillai]], who says the engineer left mud all over his carpet. Offer a cleaning voucher.",
    "Can you write an intro email connecting [[PERSON|Ximena Ortiz]] from our Madrid office with [[PERSON|Callum Fraser]] in Glasgow?",
    "Put together a rota for next week: [[PERSON|Ines]] mornings, [[PERSON|Bilal]] lates, [[PERSON|Hye-jin]] weekend.",
    "Reply to [[PERSON|Gustavo Almeida]] at [[EMAIL_ADDRESS|gustavo.almeida@uol.com.br]] (CPF [[ID_NUMBER|418.739.260-22]] is on the claim) saying his warranty covers the screen but not the water damage.",
    "Draft a complaint response for [[PERSON|Eleanor Whitfield]], who was told two different prices by two agents.",
    "I need to move my meeting with [[PERSON|Ken Watanabe-Hall]] from 3 to 4. Write him a quick Teams message.",
    "Summarise [[PERSON|Stefan Popescu]]'s complaint: he ordered a fridge-freezer, got a fridge, was told to wait 6 weeks for a swap.",
    "write a reply to [[PERSON|zara]] from accounts saying i've attached the invoices she asked for",
    "Our customer [[PERSON|Thabo Nkosi]] at [[STREET_ADDRESS|19 Jan Smuts Avenue, Johannesburg 2196]] needs a new installation date. Draft the email offering two slots.",
    "Write a note for [[PERSON|Aurelia Costa]]'s file: called twice, no answer, will try again tomorrow.",
    "Can you draft a LinkedIn recommendation for [[PERSON|Hamid Karimi]], who was my team lead for three years in customer ops?",
    "Set a reminder to call back Mrs [[PERSON|Delaney]] at 11 about her broken dishwasher.",
]
# 40 personal-life requests naming family and friends.
PERSONAL = [
    "Help me write a birthday message for my sister [[PERSON|Lucía]], she's turning 30 and just moved to Lisbon.",
    "my best friend [[PERSON|dagny]] is going through a divorce, what can i say that isn't a cliche",
    "Plan a 3 day trip to the Lake District for me, my husband [[PERSON|Owen]] and our two kids [[PERSON|Ffion]] and [[PERSON|Rhys]].",
    "What should I get my father-in-law [[PERSON|Haruto Sato]] for his 70th? He likes fishing and whisky.",
    "Write a toast for my brother [[PERSON|Kojo]]'s wedding to [[PERSON|Adwoa Boateng]], funny but not embarrassing.",
    "can u help me make a chore chart for [[PERSON|milo]] (8) and [[PERSON|ava]] (11)",
    "My grandmother [[PERSON|Zofia Kamińska]] lives at [[STREET_ADDRESS|ul. Długa 17/4, 80-831 Gdańsk]], how do I send her flowers from the UK?",
    "I owe my friend [[PERSON|Bruno]] 200 euros, help me write a message saying I'll pay him back next week.",
    "Write a short eulogy for my uncle [[PERSON|Desmond Clarke]], a bus driver for 35 years who loved reggae and dominoes.",
    "How do I tell my roommate [[PERSON|Tyler]] to stop eating my food without it being awkward?",
    "Make a packing list for my daughter [[PERSON|Amara]]'s first week at university.",
    "Help me write a thank-you card to [[PERSON|Signe Nørgaard]], our neighbour, who fed the cat for two weeks.",
    "my mum [[PERSON|rekha]] keeps forwarding fake news on whatsapp, how do i gently tell her",
    "Suggest a name for a group chat with [[PERSON|Jess]], [[PERSON|Tomás]], [[PERSON|Aditi]] and me for our Iceland trip.",
    "My son [[PERSON|Mateus]] got into trouble at school for fighting. How should I talk to him tonight?",
    "Write a funny poem for [[PERSON|Ibrahim Yilmaz]]'s retirement, he's been our team's accountant since 1994.",
    "What's a good recipe to cook for my girlfriend [[PERSON|Yuki]]'s parents? Her dad doesn't eat pork.",
    "my cousin [[PERSON|femi]] wants to borrow my car for a month, help me say no nicely",
    "Please help me write an invite for [[PERSON|Olivia]]'s 5th birthday party, dinosaur theme, Saturday 2-4pm at our house.",
    "I'm worried about my dad [[PERSON|Gerhard]], he's been forgetting things a lot. What are early signs of dementia?",
    "Write a message to my ex [[PERSON|Caleb Morrison]] asking him to return my record player.",
    "Draft a text to my landlady [[PERSON|Rosalind Achterberg]] saying the boiler is broken again.",
    "Help me write a reference letter for our babysitter [[PERSON|Marisol Quispe]], she's looked after our kids for 3 years.",
    "My nephew [[PERSON|Arnav]] is 14 and wants to learn coding. Where should he start?",
    "Can you make a budget for me and my partner [[PERSON|Sam Okoro]]? We earn about 4k a month together.",
    "Write a card for my grandad [[PERSON|Seamus]] who's in hospital after a fall.",
    "What do I say to my friend [[PERSON|Nadia Haddad]] whose dog just died?",
    "Plan a surprise anniversary dinner for my wife [[PERSON|Eun-ji]], she loves Italian food and jazz.",
    "i need to apologise to [[PERSON|carmen]] for forgetting her birthday, help",
    "My sister-in-law [[PERSON|Aleksandra Petrović]] is visiting from Belgrade. What should we do in Edinburgh for a weekend?",
    "Help me write a speech for my parents' 40th anniversary, [[PERSON|Eileen]] and [[PERSON|Joe]].",
    "Can you help my son [[PERSON|Dawit]] with his essay on climate change? He's in year 9.",
    "My flatmate [[PERSON|Rosie Blackwood]] is moving out, help me write a listing for her room.",
    "Suggest a wedding hashtag for [[PERSON|Priya]] and [[PERSON|Connor]].",
    "How do I split holiday costs fairly between me, [[PERSON|Andrés]], [[PERSON|Lotte]] and [[PERSON|Kaveh]] when [[PERSON|Lotte]] only came for 3 of 7 nights?",
    "Write a message for my godson [[PERSON|Tane Parata]] on his christening.",
    "My mother [[PERSON|Svetlana Orlova]] needs a letter to her GP about her new medication side effects, can you help me draft it?",
    "Give me ideas for a hen party for [[PERSON|Chiara]], she hates anything pink.",
    "Help me write to my brother [[PERSON|Nikhil]] about sharing the cost of mum's care home.",
    "Our neighbour [[PERSON|Ahmad Siddiqui]] at [[STREET_ADDRESS|22 Thornbury Road, Birmingham B20 3DQ]] keeps parking across our drive. Draft a friendly note.",
]
# 30 pasted snippets: e-mails with signatures, chat logs, CSV rows, log lines, forms.
PASTED = [
    "Can you summarise this email?\n\nHi,\nI've been a customer for six years and this is the first time I've had to complain. My order arrived with half the items missing and nobody has replied to my last two emails.\n\nRegards,\n[[PERSON|Harriet Lowe]]\n[[PHONE_NUMBER|07700 900617]]\n[[STREET_ADDRESS|5 Mill Lane, Ely CB7 4HX]]",
    "translate to spanish pls:\n\nDear Mrs [[PERSON|Herrera]],\nYour new card will arrive at [[STREET_ADDRESS|Calle Mayor 12, 3º B, 28013 Madrid]] within five working days (DNI [[ID_NUMBER|53814796V]]).\nKind regards,\n[[PERSON|Tom Fletcher]]",
    "Fix the formatting of this CSV row: [[PERSON|Jakub Dvořák]],[[EMAIL_ADDRESS|jakub.dvorak@seznam.cz]],[[PHONE_NUMBER|+44 7700 900728]],Gold,2021-04-03",
    "What does this log line mean?\n2024-05-14T09:12:44Z auth failed for user=[[ID_NUMBER|mkhalil]] from [[IP_ADDRESS|203.0.113.58]] reason=bad_password",
    "Summarise this chat:\n[10:02] Agent: Hi, who am I speaking with?\n[10:02] Customer: [[PERSON|Adaeze Nwosu]]\n[10:03] Agent: Thanks [[PERSON|Adaeze]], can you confirm the email on the account?\n[10:03] Customer: [[EMAIL_ADDRESS|adaeze.n@yahoo.co.uk]]\n[10:04] Agent: I can see the order is delayed at customs.",
    "Clean up this form submission for the CRM:\nName: [[PERSON|Björn Axelsson]]\nEmail: [[EMAIL_ADDRESS|bjorn.axelsson@telia.se]]\nPhone: [[PHONE_NUMBER|+46 70 174 06 58]]\nPersonnummer: [[ID_NUMBER|880316-4824]]\nMessage: want to upgrade to business plan",
    "Reply to this for me:\n\n> Hello, my washing machine has been leaking since the repair. Please send someone. [[PERSON|Kamala Sundaram]], [[STREET_ADDRESS|Flat 9, Regent Court, 30 Albert Road, Southsea PO5 2SE]]",
    "Why did this fail?\nERROR 2024-06-01 22:41:03 payment_declined customer_id=[[ID_NUMBER|884201937]] card=****1198 ip=[[IP_ADDRESS|198.51.100.77]]",
    "Turn this into a table:\n[[PERSON|Li Na]], [[PHONE_NUMBER|(206) 555-0178]], Tuesday 3pm\n[[PERSON|Sipho Mthembu]], [[PHONE_NUMBER|(206) 555-0191]], Wednesday 10am\n[[PERSON|Agnieszka Wrona]], [[PHONE_NUMBER|(206) 555-0104]], Friday 1pm",
    "Is this email a scam?\n\nFrom: [[EMAIL_ADDRESS|accounts.team@secure-billing-update.com]]\nTo: [[EMAIL_ADDRESS|rosa.delgado@gmail.com]]\nDear [[PERSON|Rosa Delgado]], your account will be suspended unless you confirm your details within 24 hours.",
    "shorten this signature:\n[[PERSON|Andrew McAllister]]\nSenior Account Manager | Northgate Freight Ltd\nM: [[PHONE_NUMBER|07700 900836]]\nE: [[EMAIL_ADDRESS|andrew.mcallister@northgatefreight.co.uk]]\nUnit 4, Riverside Park",
    'Parse these nginx lines and tell me who is hammering the login page:\n[[IP_ADDRESS|192.0.2.44]] - [[ID_NUMBER|jpereira]] [02/Jun/2024:11:03:19] "POST /login" 401\n[[IP_ADDRESS|192.0.2.45]] - - [02/Jun/2024:11:03:20] "POST /login" 401',
    "Summarise this ticket:\nTicket 33871\nCustomer: [[PERSON|Wiremu Tipene]]\nAccount: [[ID_NUMBER|NZ-0098123]]\nIssue: internet drops every evening around 8pm, router replaced once already.",
    "Please rewrite this customer note so it's neutral:\n[[PERSON|Gary Tompkins]] rang AGAIN shouting about his bill. Told him for the 4th time the price rise was in the letter. He says he'll go to the ombudsman.",
    "Convert to JSON:\nfirst_name,last_name,email,member_no\n[[PERSON|Anjali]],[[PERSON|Deshpande]],[[EMAIL_ADDRESS|anjali.d@rediffmail.com]],[[ID_NUMBER|MB-440912]]",
    "What's wrong with this sshd log?\nJun 3 04:11:52 web01 sshd[2291]: Failed password for invalid user [[ID_NUMBER|deploy_tkaur]] from [[IP_ADDRESS|2001:db8:4a1::17]] port 52214 ssh2",
    "translate into French: Hi [[PERSON|Marguerite]], the package for [[PERSON|Yannick Dubois]] will arrive on Friday. Call me on [[PHONE_NUMBER|0491 570 404]] if there's a problem. [[PERSON|Ruth]]",
    "Summarise this thread:\n[[PERSON|Oksana]]: can someone cover till 3?\n[[PERSON|Malik]]: i can do till 2\n[[PERSON|Oksana]]: ok thanks, [[PERSON|Deepa]] can you do 2-3?\n[[PERSON|Deepa]]: yep",
    "Make this complaint letter shorter:\n\n[[STREET_ADDRESS|14 Rosemary Crescent, Cheltenham GL51 0AB]]\n\nDear Sir or Madam,\nI am writing regarding the kitchen fitted at my home on 3 April. The worktop is cracked and the doors don't close. I have phoned four times.\n\nYours faithfully,\n[[PERSON|Dorothy Ashworth]]",
    "Extract the customer details from this:\n'hi this is [[PERSON|pedro almeida]] my number [[PHONE_NUMBER|07700 900951]] i ordered the grey sofa and want to know when it comes'",
    'What does this audit entry mean?\n{"ts":"2024-07-08T14:22:10Z","actor":"[[ID_NUMBER|s.oyelaran]]","action":"export_customers","src_ip":"[[IP_ADDRESS|198.51.100.203]]"}',
    "Reformat as a bulleted list:\nName - [[PERSON|Eitan Mizrahi]]\nEmployee no - [[ID_NUMBER|EMP-20417]]\nStart date - 2 Sept\nManager - [[PERSON|Claire Dubois]]",
    "Summarise this WhatsApp message from a customer: 'Hello I am [[PERSON|Abdulrahman Al-Farsi]], I ordered 3 lamps and received 2. My address is [[STREET_ADDRESS|Building 12, Al Wasl Road, Jumeirah 1, Dubai]]. Please help.'",
    "Check this refund form for missing fields:\nCustomer name: [[PERSON|Louise Tremblay]]\nSIN: [[ID_NUMBER|582 143 798]]\nAccount holder IBAN: [[IBAN_CODE|IE55 BOFI 9038 3721 4953 86]]\nReason: \nOrder number: 70214",
    "Make this email reply sound friendlier:\n\n[[PERSON|Tariq]],\nWe have received your request. It will be processed in due course.\nCustomer Services",
    "Explain this error from our booking system:\nBookingConflict: slot 2024-08-12 09:00 already held by patient_id=[[ID_NUMBER|P-7730214]] ([[PERSON|Gabriela Nowicka]], pesel=[[ID_NUMBER|87051413726]])",
    "Summarise this review and draft a response:\n'Delivery guy [[PERSON|Lewis]] was amazing, carried the wardrobe up 4 flights. 5 stars.' - [[PERSON|Moana Leota]]",
    "Fix the grammar:\nto: [[EMAIL_ADDRESS|v.castellano@studio-castellano.it]]\nHello [[PERSON|Valentina]], as discuss on phone we will sent the samples tomorrow to your office. Best, [[PERSON|Arnav Bhatt]]",
    "Sort these by date:\n2024-03-11 [[PERSON|Heikki Laine]] refund 45.00\n2024-01-29 [[PERSON|Grace Mwangi]] refund 12.50\n2024-02-17 [[PERSON|Sean Kavanagh]] refund 80.00",
    "Can you tell what went wrong here?\nWARN login throttled user=[[ID_NUMBER|ewong_ops]] ip=[[IP_ADDRESS|203.0.113.190]] attempts=12\nINFO login ok user=[[ID_NUMBER|ewong_ops]] ip=[[IP_ADDRESS|203.0.113.191]]",
]
# 20 messages with a password, PIN or code said in passing.
SECRETS = [
    "I changed my password to [[PASSWORD|Sunflower!2019]] but the app still says wrong password, can you reset it? Account [[EMAIL_ADDRESS|megan.doyle@icloud.com]]",
    "for the delivery the door code is [[PASSWORD|4471]] then flat 6, name [[PERSON|okafor]]",
    "Locked out of my online banking. My login is [[ID_NUMBER|hkimura55]] and I think the password is [[PASSWORD|Tokyo#Rain88]], is that right?",
    "The engineer will need the alarm code, it's [[PASSWORD|7713]]. I'll be at work. [[PERSON|Bernadette Shaw]]",
    "wifi for the guests at the cottage is Roseview_5G, key [[PASSWORD|meadowlark2211]]. write this up nicely for the welcome sheet",
    "My PIN was [[PASSWORD|0852]] and the card got swallowed at your ATM on Oxford Road. [[PERSON|Ugochukwu Eze]], [[PHONE_NUMBER|07700 900372]]",
    "Can you help me make a stronger password than [[PASSWORD|liverpool1892]]? That's my current one for everything lol",
    "Key safe by the back door, code [[PASSWORD|3190]]. Please let the cleaner, [[PERSON|Dolores]], in on Thursday.",
    "I shared my Netflix with my brother using [[EMAIL_ADDRESS|kevin.obrien.home@gmail.com]] / [[PASSWORD|GreenDoor!77]], now I'm locked out, what do I do?",
    "Verification code they sent was [[PASSWORD|582914]] but it expired before I typed it. Username [[ID_NUMBER|anouk_vd]]",
    "Reset my voicemail pin please, the old one was [[PASSWORD|2468]] and it stopped working. Number is [[PHONE_NUMBER|(718) 555-0126]]",
    "Write instructions for my dog sitter [[PERSON|Freya]]: side gate code [[PASSWORD|1905]], food in the pantry, walk at 7.",
    "is [[PASSWORD|Qwerty2024!]] a good enough password for the work laptop? [[PERSON|Imran]] in IT said it's fine",
    "Our office alarm is [[PASSWORD|96303]] and nobody remembers it. Make a laminated sign but don't put the actual code on it.",
    "Hi, I'm [[PERSON|Nikolai Andersen]]. Security question answer is my dog's name, [[PASSWORD|Bamse]], but the site won't accept it.",
    "I told the courier the locker PIN [[PASSWORD|330871]] and now my parcel's gone. Who do I contact?",
    "the router admin password is still [[PASSWORD|admin4471x]] i think, how do i change it",
    "Backup codes for my account: [[PASSWORD|8831-2290]] and [[PASSWORD|4416-0972]]. Which one do I use first? Email [[EMAIL_ADDRESS|t.adeyemi.work@gmail.com]]",
    "My mum's tablet PIN is [[PASSWORD|151149]], her birthday. Help me explain to [[PERSON|Mercedes]] why that's a bad idea.",
    "Please reset the staff account for [[PERSON|Jin Ho Choi]]; his temporary password [[PASSWORD|Welcome-Jun24]] doesn't work.",
]
# 20 short one-line messages naming a person.
ONELINE = [
    "is [[PERSON|Anders]] in today?",
    "remind me to ring [[PERSON|Soraya Karimi]] at 3",
    "who handled [[PERSON|Tomasz Lewandowski]]'s return?",
    "Forward this to [[PERSON|Chidi]].",
    "[[PERSON|Marta Sánchez]] is asking for you at reception",
    "what time is [[PERSON|Yaw Darko]]'s appointment",
    "Tell [[PERSON|Saoirse]] I'll be late.",
    "Book a table for [[PERSON|Kenji Mori]], party of 6.",
    "spell [[PERSON|Nkechi Obi]] for the badge",
    "Did [[PERSON|Rasmus]] sign the contract yet?",
    "Can you check on [[PERSON|Lakshmi Venkatesh]]'s refund?",
    "add [[PERSON|Giorgos Papadakis]] to the call",
    "Thanks from [[PERSON|Thi Lan Pham]] and the team!",
    "[[PERSON|Hugo Lefebvre]] called, wants a callback.",
    "send the quote to [[PERSON|Ayelet]] tomorrow",
    "Is [[PERSON|Paulo Tuilagi]] still on the delivery route?",
    "congrats [[PERSON|Esi]] on the promotion!",
    "Happy birthday [[PERSON|Sinead Fitzgerald]]",
    "what's [[PERSON|Oren Shapiro]]'s extension",
    "Note: [[PERSON|Juan Pablo Herrera]] prefers email.",
]
# 25 product and policy questions.
CLEAN_PRODUCT = [
    "What's your returns policy for items bought in a sale?",
    "do you ship to ireland and how long does it take",
    "Is the 2-year warranty on the coffee machines extendable?",
    "How many loyalty points do I get per pound spent?",
    "Can I change my delivery slot after the order has been dispatched?",
    "What payment methods do you accept at checkout?",
    "are gift cards refundable if they expire",
    "Do your stores offer click and collect on Sundays?",
    "What's the difference between the Standard and Premium membership tiers?",
    "How long do refunds take to show up after you receive a return?",
    "Is there a fee for cancelling an appointment less than 24 hours before?",
    "Can I return something to a store if I bought it online?",
    "Do you price match other retailers?",
    "what happens to my data if i close my account",
    "Are your delivery drivers able to take away old appliances?",
    "Is next-day delivery available for furniture?",
    "What does 'pending' mean on my order status page?",
    "Do student discounts apply to sale items as well?",
    "How do I know if a product is eligible for free installation?",
    "Can I pause my subscription for a month instead of cancelling?",
    "What counts as accidental damage under the product care plan?",
    "Do you offer interest-free credit on orders over 500?",
    "is the phone line open on bank holidays",
    "Why do some items say 'delivered by partner' instead of by you?",
    "What is the minimum age to open an account with you?",
]
# 20 technical how-to questions with placeholders.
CLEAN_TECH = [
    "How do I set an environment variable in a GitHub Actions workflow? Something like API_URL=https://example.com/api",
    "Write a Python function that validates an email address format with a regex, no external libraries.",
    "my docker container exits straight away with code 0, what does that mean",
    "How do I configure nginx to redirect http to https for example.com?",
    "What's the SQL to find duplicate rows in a customers table by the email column?",
    "Explain the difference between git merge and git rebase with a small example.",
    "How do I read a CSV file with pandas and drop rows where the 'status' column is empty?",
    "In a .env file, should I quote values like DB_PASSWORD=<your-password-here>?",
    "Write a bash one-liner to count lines containing ERROR in app.log.",
    "How do I add a cron job that runs a backup script every night at 2am?",
    "What does HTTP 429 mean and how should a client handle it?",
    "Convert this to TypeScript: function add(a, b) { return a + b }",
    "How can I make a Postgres column unique but allow multiple NULLs?",
    "Explain what CORS is and why my fetch to localhost:3000 is blocked.",
    "How do I rotate logs with logrotate, keeping 7 days and compressing old files?",
    "what's the kubectl command to see logs from the previous crashed pod",
    "Give me a YAML example of a Kubernetes Secret with placeholder values like <BASE64_VALUE>.",
    "How do I write a unit test in Jest for an async function that throws?",
    "What's the safest way to store user passwords in a database?",
    "Write a regex that matches UK postcodes in general, not a specific one.",
]
# 20 writing tasks about products, companies and public topics.
CLEAN_WRITING = [
    "Write a product description for a stainless steel insulated water bottle, 750ml, keeps drinks cold for 24 hours.",
    "Draft a short blog post on why companies should publish their returns policy clearly.",
    "Write a LinkedIn post announcing our new Manchester warehouse opening in spring.",
    "Write a limerick about Sherlock Holmes losing his umbrella.",
    "Summarise the plot of Pride and Prejudice in five sentences.",
    "Write a motivational speech in the style of Winston Churchill about finishing the quarterly report.",
    "Create five taglines for an eco-friendly laundry detergent.",
    "Write an FAQ section for a bike rental company in Amsterdam.",
    "Write a short story where Hermione Granger works in customer service for a day.",
    "Draft a press release for a bakery chain launching a vegan range.",
    "Write a poem about the Northern Lights in the style of Emily Dickinson.",
    "Write a tweet thread about the history of the Eiffel Tower.",
    "Rewrite our slogan 'Fast, Fresh, Friendly' in three different tones.",
    "Write a product comparison between e-readers and paper books for a student blog.",
    "Compose a welcome email for new subscribers to a gardening newsletter.",
    "Write a dialogue between Batman and Darth Vader arguing about customer loyalty schemes.",
    "Draft a company statement apologising for a website outage that lasted three hours.",
    "Write an onboarding checklist for new customer support agents.",
    "Describe Apple's approach to product launches in a paragraph for a marketing class.",
    "Write a 100-word children's story about a delivery van that gets lost.",
]
# 15 general-knowledge questions naming public figures and places.
CLEAN_KNOWLEDGE = [
    "When did Nelson Mandela become president of South Africa?",
    "What is the tallest mountain in Africa?",
    "who wrote one hundred years of solitude",
    "Why is Marie Curie famous?",
    "What did Ada Lovelace contribute to computing?",
    "How long is the Great Wall of China?",
    "Which country has the most time zones?",
    "What was Frida Kahlo's painting style?",
    "When did the Berlin Wall fall?",
    "Who was the first person to walk on the Moon?",
    "What is the capital of Mongolia?",
    "What's the story behind Angela Merkel's nickname Mutti?",
    "What language is spoken in Suriname?",
    "why did lionel messi leave barcelona",
    "How did Istanbul get its name?",
]
# 20 maths and reasoning problems with fictional first names.
CLEAN_MATHS = [
    "Priya buys 3 notebooks at 2.40 each and a pen for 1.15. How much change does she get from 10?",
    "If Tom can paint a fence in 6 hours and Leo in 4, how long together?",
    "A train leaves at 14:35 and arrives at 17:10. How long is the journey?",
    "Mia has twice as many stickers as Ben. Together they have 54. How many does Ben have?",
    "What is 15% of 240?",
    "Sara runs 5 km in 27 minutes. What is her average pace per km?",
    "A shop reduces a 80 jacket by 25%, then by another 10%. What is the final price?",
    "Kwame saves 12 a week. How many weeks until he has 300?",
    "If all bloops are razzies and some razzies are lazzies, must some bloops be lazzies?",
    "Ana is older than Ivo. Ivo is older than Pia. Who is youngest?",
    "Solve for x: 3x + 7 = 31.",
    "A rectangle is 12 cm by 5 cm. What is the length of its diagonal?",
    "Jonas has 3 red and 5 blue marbles. He picks two without replacement. Probability both are blue?",
    "Lena reads 18 pages a day. The book has 342 pages. How many days?",
    "What's the next number: 2, 6, 12, 20, 30, ...?",
    "Omar drives 150 miles on 5 gallons. How far on 12 gallons?",
    "Three friends split a 67.50 bill with a 10% tip. How much each?",
    "Yui is 4 years older than her brother Ken. In 6 years their ages will total 30. How old is Ken now?",
    "Is 221 a prime number? Explain.",
    "A tank fills at 8 litres per minute and leaks 3 per minute. How long to fill 200 litres?",
]


def _digits(value: str) -> list[int]:
    return [int(c) for c in value if c.isdigit()]


def _luhn_len(length: int):
    def check(value: str) -> bool:
        return len(_digits(value)) == length and luhn_ok(value)

    return check


def _nhs(value: str) -> bool:
    d = _digits(value)
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return len(d) == 10 and check != 10 and d[9] == check % 11


def _bsn(value: str) -> bool:
    d = _digits(value)
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _pesel(value: str) -> bool:
    d = _digits(value)
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return (
        len(d) == 11
        and (10 - sum(w * x for w, x in zip(weights, d, strict=False)) % 10) % 10 == d[10]
    )


def _cpf(value: str) -> bool:
    d = _digits(value)
    if len(d) != 11:
        return False
    first = sum(x * (10 - i) for i, x in enumerate(d[:9])) * 10 % 11 % 10
    second = sum(x * (11 - i) for i, x in enumerate(d[:10])) * 10 % 11 % 10
    return (first, second) == (d[9], d[10])


def _dni(value: str) -> bool:
    return (
        len(value) == 9
        and value[:8].isdigit()
        and "TRWAGMYFPDXBNJZSQVHLCKE"[int(value[:8]) % 23] == value[-1]
    )


def _aadhaar(value: str) -> bool:
    d = _digits(value)
    return len(d) == 12 and d[0] > 1 and verhoeff_ok(value)


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 177 2033": _nhs,  # NHS number
    "276048192": _bsn,  # Dutch BSN
    "87051413726": _pesel,  # Polish PESEL
    "418.739.260-22": _cpf,  # Brazilian CPF
    "53814796V": _dni,  # Spanish DNI
    "7392 0518 4637": _aadhaar,  # Indian Aadhaar
    "582 143 798": _luhn_len(9),  # Canadian SIN
    "880316-4824": _luhn_len(10),  # Swedish personnummer
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"0113 496 0\d{3}",  # Leeds
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"555-01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"\+46 70 174 06 \d{2}",  # Sweden
    )
]
DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")


def _spans(marked: str):
    return strip_marks(marked)[1]


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, IBANs valid and not
    documentation examples, national ids marked and passing their checks."""
    ids = set()
    for marked in texts:
        for span in _spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
            if kind == "ID_NUMBER":
                ids.add(value)
    for value, valid in NATIONAL_IDS.items():
        if value not in ids or not valid(value):
            raise SystemExit(f"national id {value!r} missing or invalid")


def check_kinds(section: str, texts: list[str], kinds: set[str], least: int) -> None:
    """At least ``least`` texts of ``section`` hold a span of one of ``kinds``."""
    count = sum(any(s["type"] in kinds for s in _spans(t)) for t in texts)
    if count < least:
        raise SystemExit(f"{section}: {count} texts with {sorted(kinds)}, want {least}")


def check_oneline(texts: list[str]) -> None:
    """One-liners: one line, at most 12 words, one person and nothing else."""
    for marked in texts:
        text, spans = strip_marks(marked)
        if "\n" in text or len(text.split()) > 12 or {s["type"] for s in spans} != {"PERSON"}:
            raise SystemExit(f"oneline: {marked[:60]!r}")


def main() -> None:
    sections = {
        "customer": (CUSTOMER, 60),
        "employee": (EMPLOYEE, 50),
        "personal": (PERSONAL, 40),
        "pasted": (PASTED, 30),
        "secrets": (SECRETS, 20),
        "oneline": (ONELINE, 20),
        "clean product": (CLEAN_PRODUCT, 25),
        "clean tech": (CLEAN_TECH, 20),
        "clean writing": (CLEAN_WRITING, 20),
        "clean knowledge": (CLEAN_KNOWLEDGE, 15),
        "clean maths": (CLEAN_MATHS, 20),
    }
    pii_sections = {"customer", "employee", "personal", "pasted", "secrets", "oneline"}
    pii = CUSTOMER + EMPLOYEE + PERSONAL + PASTED + SECRETS + ONELINE
    check_values(pii)
    check_kinds("secrets", SECRETS, {"PASSWORD"}, len(SECRETS))
    check_kinds(
        "customer", CUSTOMER, {"EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "ID_NUMBER"}, 40
    )
    check_oneline(ONELINE)
    build_sections(
        "blind35", HERE, sections, pii_sections,
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CUSTOMER, lower_chat=LOWER_CUSTOMER, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
