# ruff: noqa: E501
"""An eleventh blind privacy set: 240 texts with personal data and 120 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind10.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no code-filled templates), in the voices of many different
writers (a teenager, a nurse, an HR manager, a landlord, a small-business owner, a retiree, a
developer, a teacher, a lawyer's assistant, a student abroad):

* 90 everyday chat requests to an assistant about one to three private people, mostly by
  first name only, often once and often with no cue word before the name; names from every
  continent, many of them also ordinary words, months, virtues or places (Wren, June,
  Patience, River, Summer, Paris, Dakota, Cliff, Hope, Faith, Kit, Neema, Deniz); the first
  30 typed all in lower case with typos and shorthand, the next 10 in Spanish, French,
  German, Portuguese, Italian, Dutch, Polish, Swahili, Japanese and Turkish;
* 50 workplace texts: customer-support replies and tickets, HR and payroll messages, clinic
  and school messages, legal letters and sales e-mails with signatures, phones, account and
  case numbers and addresses;
* 50 statement-style records in the manner of small synthetic PII datasets: one or two
  sentences about an invented person, in varied shapes, with addresses and phones in the
  national formats of over 20 countries;
* 50 short technical and account texts: logs, configs, SQL, JSON, CSV, shell commands and
  tickets with passwords and tokens (with and without a keyword), usernames, IPs, API keys.

Usernames, logins, customer and member ids, passports and licences are labelled ID_NUMBER;
PINs, door and one-time codes are PASSWORD; titles stay outside PERSON spans; an address span
runs from the street line through the postcode and city as typed; dates of birth and public
figures are not labelled. The 120 clean texts are 30 benchmark-style questions, 30 everyday
requests, 20 technical requests with placeholders only and 40 chosen to trip a naive
detector. All values are invented: phones from fictional ranges or made up, cards
Luhn-valid, IBANs valid mod 97, IPs from documentation and private ranges, API keys random.

Run ``.venv/bin/python bench/data/build_blind11.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import build_rows, check_spans, check_values, is_lower, write

HERE = Path(__file__).resolve().parent

# 90 everyday chat requests: 30 in lower case, 10 in other languages, 50 in English.
CHAT = [
    "tmrw [[PERSON|wren]] and i r going to the farmers market, wat can i make w/ leftover rhubarb after",
    "can u check if wat [[PERSON|oyelowo]] told me is true, that u cant get a tan thru a window",
    "my sis [[PERSON|june]] keeps borrowing my charger and never gives it back how do i tell her nicely w/o a fight",
    "help me write a bday msg for [[PERSON|kwame]] hes turning 17 and obsessed w/ formula 1 lol",
    "[[PERSON|patience]] said the chem test is open book?? is that even allowed at gcse",
    "me n [[PERSON|dmitri]] r planning interrail in august, cheapest way from vienna to budapest?",
    "night shift again ugh. [[PERSON|thandiwe]] covered for me last wk, whats a nice small thank u gift under 15 quid",
    "hw do i tell my landlord mr [[PERSON|okafor]] the boiler is broke again, 3rd time this month",
    "lol ok so [[PERSON|river]] texted me 'we need to talk' shld i be worried",
    "can u translate 'i miss u' into korean, its for [[PERSON|minji]]",
    "grandad says his neighbour [[PERSON|bill]] is tryin to sell him a timeshare in spain, is this a scam",
    "my roomate in lyon, [[PERSON|capucine]], talks french rly fast, tips to understand spoken french better?",
    "wats a good excuse to skip practice, coach [[PERSON|harlan]] is gonna kill me",
    "me and [[PERSON|ngozi]] r splitting rent 60/40 cos her room is bigger, if rent is 1450 how much each",
    "teach me how to make jollof like [[PERSON|tunde]]'s mum makes it pls",
    "asked [[PERSON|sage]] to proofread my essay and she rewrote half of it, is that plagarism??",
    "need a caption for insta pic of me and [[PERSON|xochitl]] at the beach, smth funny",
    "is it weird that my ex [[PERSON|hamish]] still has my netflix login. how do i kick him off",
    "my manager [[PERSON|priya]] says i need to 'own my outcomes' wtf does that even mean",
    "[[PERSON|florence]] and i r thinking of adopting a greyhound, r they ok with cats",
    "retired last yr and bored stiff. my old colleague [[PERSON|aurelio]] suggests the bowls club, any other ideas for a 67 yo",
    "can u explain wat a 401k rollover is, my nephew [[PERSON|dashiell]] sent me a link and i dont trust it",
    "fix my grammer: me and [[PERSON|tomasz]] was going to the shop when it start raining",
    "what do i bring to a diwali party at [[PERSON|meenakshi]]'s house, first time going",
    "[[PERSON|hunter]] keeps saying the earth is 6000 yrs old in bio, how do i respond w/o being mean",
    "pls recomend a book for my daughter [[PERSON|ayasha]], shes 9 and likes horses and mysteries",
    "dr [[PERSON|adebayo]] told my mum to cut salt, easy low salt dinners?",
    "[[PERSON|mercy]] and i r on a tight budget for our anniversary, ideas under 50 bucks",
    "cld u help me plan a surprise for [[PERSON|jae-won]] n [[PERSON|lucía]], they met 10 yrs ago this sat",
    "my landlord [[PERSON|ignatius]] wants cash only for rent, is that even legal in ontario",
    "¿Puedes ayudarme a escribir un mensaje para [[PERSON|Ximena]]? Mañana cumple treinta años y quiero que suene cariñoso pero no cursi.",
    "Demain [[PERSON|Aurore]] et moi partons à Annecy en voiture ; que faut-il absolument voir en une journée ?",
    "Kannst du mir helfen, eine höfliche E-Mail an Frau [[PERSON|Kowalczyk]] zu schreiben? Mein Sohn [[PERSON|Lennart]] war drei Tage krank und hat die Mathearbeit verpasst.",
    "Oi! O [[PERSON|Thiago]] disse que dá pra tirar passaporte em uma semana. Isso é verdade mesmo?",
    "Scrivimi un biglietto di condoglianze per [[PERSON|Benedetta]], il suo papà è mancato ieri. Niente di troppo formale.",
    "Morgen verhuizen [[PERSON|Maartje]] en ik naar Zwolle; heb je een checklist voor de eerste week in een nieuw huis?",
    "Mój kolega [[PERSON|Wojtek]] twierdzi, że w Polsce nie płaci się podatku od napiwków. Czy to prawda?",
    "Naomba unisaidie kuandika ujumbe wa shukrani kwa [[PERSON|Neema]], alinisaidia sana kuhamia nyumba mpya.",
    "明日[[PERSON|陽菜]]と映画に行くんだけど、おすすめのコメディ映画ある？",
    "[[PERSON|Deniz]] bana doğum günüm için bir kitap aldı, ona kısa bir teşekkür mesajı yazar mısın?",
    "Tomorrow [[PERSON|Ignacio]] and I are driving from Mendoza to Santiago. Do we need anything special at the border with a rental car?",
    "Can you check whether what [[PERSON|Afolabi]] said is right, that you can never refreeze thawed chicken even if it stayed in the fridge?",
    "[[PERSON|Temperance]] wants the spare room painted sage green. Which paint finish is best for a room that gets damp?",
    "I teach Year 5. [[PERSON|Ezekiel]] finishes the maths work in ten minutes and then distracts everyone around him. Extension ideas on fractions?",
    "Write a short retirement speech I can give for [[PERSON|Marguerite]], who has run our library's Saturday story hour for 22 years.",
    "Draft a polite reminder to my tenant [[PERSON|Callum Reid]] that the rent was due on the 1st. Keep it firm but friendly, and address him as [[PERSON|Callum]].",
    "[[PERSON|Yusuf]] and [[PERSON|Amani]] are coming for dinner and neither eats pork or drinks alcohol. Suggest a three-course menu.",
    "Is it true, as [[PERSON|Bartholomew]] insists, that goldfish only have a three-second memory?",
    "Help me word a message declining [[PERSON|Sunita]]'s wedding invitation without hurting her feelings.",
    "My business partner [[PERSON|Rafferty]] wants to give the café staff a 5% raise. How would that hit our margins if wages are 38% of revenue?",
    "I'm a nurse on a cardiac ward. [[PERSON|Olufemi]], one of our new grads, asked how to explain warfarin to patients simply. Can you help me put it in plain words?",
    "In August [[PERSON|Summer]] and I get married, and she'd like a small ceremony by a lake. Venue ideas near Windermere?",
    "Could you explain to me like I'm 70, which I am, what [[PERSON|Rohan]] meant by 'the cloud'? He put my photos on it.",
    "[[PERSON|Bao]] borrowed £300 in March and keeps avoiding the subject. How should I bring it up?",
    "What did [[PERSON|Kalani]] mean when she called my presentation 'a lot'? Was that a compliment?",
    "Plan a three-day Kyoto itinerary for me, [[PERSON|Haruto]] and his mum, who walks with a cane.",
    "[[PERSON|Paris]] says Lisbon is cheaper than Porto for a long weekend. Is that right?",
    "I'm an HR manager. [[PERSON|Desmond Achterberg]] has asked for a four-day week after his paternity leave; what should I weigh before replying?",
    "Our dev lead [[PERSON|Anneliese]] wants us to move from Jenkins to GitHub Actions. Give me pros and cons I can discuss with her.",
    "When [[PERSON|Tavita]] gets back from Apia next week I want to cook her something from home. Any simple Samoan recipes?",
    "One of my pupils, [[PERSON|Lorenzo]], asked why the sky is blue and my answer was poor. How would you explain Rayleigh scattering to a 12-year-old?",
    "Before I sign anything, is a verbal promise from Mr. [[PERSON|Abernethy]], my landlord, legally binding in Scotland?",
    "[[PERSON|Hope]] and [[PERSON|Faith]] are twins in my class and I keep mixing them up. Any respectful tricks to tell them apart?",
    "Saw [[PERSON|Mateo]] at the gym and he claimed creatine causes hair loss. What does the evidence say?",
    "Rewrite this so it sounds less angry: '[[PERSON|Ayumi]], I have told you three times that the order was wrong.'",
    "My mother-in-law [[PERSON|Gwendolyn]] is moving in with us next month. How do I set boundaries kindly?",
    "Could you summarise the lease [[PERSON|Zanele]] sent me? Actually, first tell me what a break clause is.",
    "[[PERSON|Olamide]], [[PERSON|Inès]] and I have a group project due Friday on climate migration; suggest a fair way to split the work.",
    "What should I get [[PERSON|Bjørn]] for his 60th? He sails, reads crime novels and hates clutter.",
    "Our client [[PERSON|Théo Marchetti]] missed his deposition. Draft a brief note to opposing counsel asking to reschedule on behalf of Mr. [[PERSON|Marchetti]].",
    "Does a tenant have to let me in for an inspection if [[PERSON|Aditi]] refuses? I gave 24 hours' notice and the flat is in Queensland.",
    "[[PERSON|Cliff]] is coming on Sunday to help me move the piano; what's the safest way to get it down three steps?",
    "Be honest: is it rude that [[PERSON|Siddharth]] answers his phone during every dinner?",
    "I'm studying in Seoul and [[PERSON|Seo-yeon]] invited me to her grandmother's house for Chuseok. What etiquette should I know?",
    "Turn these notes into a thank-you card: helped with the move, lent the van, [[PERSON|Rustam]] made plov for everyone.",
    "[[PERSON|Dakota]] said Jupiter is visible tonight. Where would I look from Denver around 10 pm?",
    "I run a small bakery and [[PERSON|Imelda]] has been late six times this month. How do I write a fair written warning?",
    "Is [[PERSON|Augustin]] right that you shouldn't wash cast iron with soap?",
    "Let's role-play: you are [[PERSON|Nomvula]], my flatmate, and I practise asking you to clean the kitchen.",
    "Help me reply to [[PERSON|Ebony]], who asked if she can bring her dog to my birthday picnic. I'm allergic.",
    "My grandson [[PERSON|Kit]] wants a gaming PC for Christmas. What's a sensible budget and what should I look for?",
    "Which is more polite in Spanish when writing to my host mother [[PERSON|Remedios]]: tú or usted?",
    "[[PERSON|Tarquin]] swears you can see the Great Wall from space. Settle this for us.",
    "Our head of year, Mrs [[PERSON|Valderrama]], wants an 80-word newsletter blurb about the science fair. Can you write it?",
    "Write a limerick about [[PERSON|Fergus]] falling asleep during every film we watch together.",
    "Can I claim my daughter [[PERSON|Saffron]] as a dependant if she's 19 and at uni part-time?",
    "I need to give feedback to [[PERSON|Wiremu]] on his first code review and he gets defensive. How should I frame it?",
    "Explain the offside rule so I stop embarrassing myself in front of [[PERSON|Kofi]] and his brothers.",
    "[[PERSON|Luz]] and [[PERSON|Arturo]] from next door will water our plants while we're in Crete. What's a nice thank-you gift to bring back from Greece?",
    "Do you think [[PERSON|Ottoline]] is right that I should quit before I have another job lined up? I'm 34 with some savings.",
]

# 50 workplace texts: support, HR and payroll, clinic, school, legal, sales.
WORK = [
    "Hi [[PERSON|Marisol]],\n\nThanks for contacting Brightwell Broadband. I've credited £12.50 to account [[ID_NUMBER|BW-7730-4182]] for the outage on 3 May. If the line drops again, call us on [[PHONE_NUMBER|0808 157 0192]] and quote ticket 58812.\n\nKind regards,\n[[PERSON|Dominic Ashworth]]\nCustomer Care Team",
    "Ticket #40917 — customer [[PERSON|Eun-ji Park]] ([[EMAIL_ADDRESS|eunji.park@mailbox-kr.example]]) reports that her loyalty card [[ID_NUMBER|LC-00918377]] shows zero points after the migration. Please restore the 2,340 points and reply to her by Friday.",
    "Please make this reply to a customer warmer: 'Dear Mr [[PERSON|Haddad]], your refund for order 7731-A has been issued to the card ending 4412. Regards, [[PERSON|Selma]], Returns.'",
    "Payroll note: [[PERSON|Grzegorz Nowicki]] (employee no. [[ID_NUMBER|E-20417]]) changed banks. New IBAN [[IBAN_CODE|PL27 0379 4322 4950 7392 5886 8111]] from the June run. Old account to be closed after the 25th.",
    "Hello team, from Monday [[PERSON|Ayodele Bankole]] joins Finance as an AP clerk. Her desk is 3.14 and her extension is 4471. Please set up her login [[ID_NUMBER|abankole]] and add her to the invoices channel. Thanks, [[PERSON|Rhiannon]] (HR)",
    "Can you tidy up this sick-leave email? 'Hi [[PERSON|Marcus]], [[PERSON|Ione Kessler]] phoned in sick again today, that's her fifth day. Can we talk about a return-to-work meeting with [[PERSON|Ione]]? — [[PERSON|Petra]]'",
    "Dear parents of Class 4B,\n\n[[PERSON|Hamza]] and [[PERSON|Lily-Mae]] both left their PE kits in the changing room on Thursday. They are in the lost property box by the office. Questions? Call the school office on [[PHONE_NUMBER|01632 960 418]].\n\nMrs [[PERSON|Oduya]], Class Teacher",
    "Appointment reminder: [[PERSON|Sebastián Ortega Ruiz]], your dental check-up at Smile Harbour Clinic is on 14 October at 09:40. Patient ref [[ID_NUMBER|SHC-118204]]. To cancel, text [[PHONE_NUMBER|07700 900 316]] at least 24 hours before.",
    "Our ref: LIT/2024/0917\n\nDear Ms [[PERSON|Fairbanks]],\n\nWe act for [[PERSON|Conrad Ellery]] in connection with the boundary dispute at [[STREET_ADDRESS|3 Millrace Lane, Kendal LA9 6BT]]. Our client requests that the fence be returned to its original line within 28 days.\n\nYours sincerely,\n[[PERSON|Harriet Quayle]]\nAshby & Moss Solicitors",
    "Hi [[PERSON|Jonah]], great meeting you at the Leeds expo! As promised, here's our price list for the Hydra mop range. Happy to hop on a call any time this week: [[PHONE_NUMBER|0113 496 0772]].\n\nCheers,\n[[PERSON|Saskia Moreau]] | Sales Manager, Pureline Supplies\n[[EMAIL_ADDRESS|saskia.moreau@pureline-supplies.example]]",
    "Summarise this ticket for the night team: 'Caller [[PERSON|Winston Adeyemi]], DOB 02/11/1958, account [[ID_NUMBER|HA-443019]], says his stairlift at [[STREET_ADDRESS|27 Orchard Rise, Wolverhampton WV6 8PL]] stops halfway. Callback on [[PHONE_NUMBER|07700 900 582]].'",
    "Write a warning letter to [[PERSON|Kasimir Brandt]] (staff no. [[ID_NUMBER|HR-5591]]) about repeated unauthorised absence on 4, 11 and 18 March. Sign it from me, [[PERSON|Lorraine Mbeki]], People Partner.",
    "Dear [[PERSON|Amandine]],\nYour payslip for September shows a deduction of €84 for the canteen card. If that is wrong, reply to [[EMAIL_ADDRESS|paie@atelier-verdier.example]] with your employee number [[ID_NUMBER|AV-0377]].\n[[PERSON|Gaspard]], Service Paie",
    "Reply to this complaint: 'I've been charged twice for my gym membership (member [[ID_NUMBER|FF-229104]]). Card [[CREDIT_CARD|4335 2571 8219 5176]]. Fix it or I'm cancelling. [[PERSON|Tobias Lindgren]]'",
    "Hi all, handover from the ward: bed 6, [[PERSON|Agnes Whitlow]], NHS no. [[ID_NUMBER|485 772 3106]], post-op day 2, pain controlled, family contact is her son [[PERSON|Gareth]] on [[PHONE_NUMBER|07700 900 147]]. Please chase physio.",
    "From: [[PERSON|Pilar Castañeda]] <[[EMAIL_ADDRESS|pcastaneda@lumbre-travel.example]]>\nSubject: Your booking LT-88213\n\nDear [[PERSON|Norbert]], your transfer from Málaga airport is confirmed for 22 June. The driver will hold a sign with your name. Emergency line: [[PHONE_NUMBER|+34 612 55 04 18]].",
    "Make this sound more professional: 'hey [[PERSON|Dale]], the invoice for [[PERSON|Gordon Tsai]]'s kitchen job is still unpaid, acct [[ID_NUMBER|CUST-10482]], can u ring him on [[PHONE_NUMBER|(555) 014-2276]]'",
    "School trip consent: I give permission for [[PERSON|Oluwadamilare Ojo]] (Year 8) to attend the museum visit. Parent: [[PERSON|Funmilayo Ojo]], mobile [[PHONE_NUMBER|07700 900 905]], emergency contact [[PERSON|Tayo]] on [[PHONE_NUMBER|07700 900 906]].",
    "Dear Mr. [[PERSON|Varga]],\n\nFurther to your claim [[ID_NUMBER|CLM-2024-55173]], we require a copy of the repair estimate for your vehicle. Please post it to us or email [[EMAIL_ADDRESS|claims@harbourline-insure.example]].\n\n[[PERSON|Bettina Kraus]]\nClaims Handler",
    "Draft an offer letter for [[PERSON|Anjali Venkataraman]]: Data Analyst, start 1 September, salary £41,500, reporting to [[PERSON|Colm Brennan]]. Her address is [[STREET_ADDRESS|Flat 9, 118 Harrow Road, Wembley HA9 6QJ]].",
    "Our tenant at [[STREET_ADDRESS|22B Cedar Grove, Bristol BS6 5EX]], [[PERSON|Lucinda Fairweather]], has asked to end her tenancy early. Write her a reply setting out the notice period and deposit return.",
    "Hi [[PERSON|Yosef]], this is [[PERSON|Clara]] from Northgate Dental. We received your X-rays from Dr [[PERSON|Sandström]]. Please confirm your new number, we have [[PHONE_NUMBER|020 7946 0381]] on file.",
    "Zendesk ticket 118273\nRequester: [[PERSON|Kaito Yamamoto]] <[[EMAIL_ADDRESS|k.yamamoto@tsubame-mail.example]]>\nIssue: cannot reset password, username [[ID_NUMBER|kaito_y88]]\nAgent note: verified identity with last 4 digits of phone. Escalate to Tier 2.",
    "Can you write a reference for [[PERSON|Marisa Oyelaran]]? She worked in my café from 2021 to 2024, ran the morning shift, never missed a day. I'm [[PERSON|Stelios Karagiannis]], owner of Thyme & Tide, [[PHONE_NUMBER|07700 900 661]].",
    "Please proofread: 'Dear Ms [[PERSON|Olsen]], following our call, I attach the signed NDA. [[PERSON|Ravi Deshmukh]] will be your point of contact; reach him at [[EMAIL_ADDRESS|ravi.deshmukh@quillstone.example]] or [[PHONE_NUMBER|+91 98450 55512]].'",
    "Case 24-CV-0391: our client, [[PERSON|Abigail Thornbury]], of [[STREET_ADDRESS|1190 Sycamore Avenue, Apt 3C, Columbus, OH 43215]], was served on 9 July. Calendar the answer deadline and let [[PERSON|Abigail]] know by phone, [[PHONE_NUMBER|(614) 555-0187]].",
    "Sales follow-up: [[PERSON|Harvey]], thanks for trialling our POS app at Rusty Spoon Diner. Your trial account [[ID_NUMBER|RSD-TR-4471]] expires Sunday. Want me to convert it? Best, [[PERSON|Imani Jefferson]], [[PHONE_NUMBER|555-0143]]",
    "Hi [[PERSON|Noor]],\nYour overtime for weeks 32–33 (14.5 hours) will be paid in the August payroll. Your tax code is unchanged. Any questions, call [[PERSON|Derek]] in payroll on ext. 2290.\n— HR Shared Services",
    "Translate into Spanish for a patient: 'Dear Mrs [[PERSON|Alvarado]], your blood results are normal. Dr [[PERSON|Drummond-Hale]] would like to see you in six months. Your hospital number is [[ID_NUMBER|RXH 4418207]].'",
    "Support reply draft: Hello [[PERSON|Björk Sigurðardóttir]], I can see two charges on card [[CREDIT_CARD|5159 8481 6525 8799]] for order 55-20931. The second one is a pre-authorisation and will drop off within 5 days. — [[PERSON|Anwar]], Billing",
    "HR: please update the emergency contact for [[PERSON|Tamsin Pryce]] (ID [[ID_NUMBER|00471823]]) to her partner [[PERSON|Gideon Pryce]], [[PHONE_NUMBER|07700 900 274]], [[STREET_ADDRESS|8 Heron Wharf, Cardiff CF10 4PB]].",
    "Dear Parent/Carer, [[PERSON|Zuri]] was sent home today with a temperature of 38.4°C. Please keep [[PERSON|Zuri]] at home for 48 hours. — [[PERSON|Janet Okonjo-Reyes]], School Nurse, Hollybank Primary, [[PHONE_NUMBER|0161 496 0835]]",
    "Rewrite as a formal demand letter: [[PERSON|Leopold Farkas]] owes my company €2,870 for website work (invoice INV-0562). Pay to [[IBAN_CODE|AT65 1965 2860 1334 4401]] within 14 days. Address: [[STREET_ADDRESS|Gartengasse 11/4, 1050 Wien]].",
    "Hi, I'm [[PERSON|Kerry-Ann]] from Coastline Realty. The viewing at [[STREET_ADDRESS|41 Pelican Parade, Mooloolaba QLD 4557]] is moved to 4 pm Thursday. Text me on [[PHONE_NUMBER|0491 570 156]] if that doesn't suit.",
    "Internal memo: [[PERSON|Felipe Arancibia]] from logistics has been promoted to shift supervisor. Congratulations [[PERSON|Felipe]]! Cake in the break room at 3.",
    "Escalation for the billing team: Mrs [[PERSON|Obuya]] of [[STREET_ADDRESS|Plot 44, Ngong Road, Nairobi 00100]] was sent a final notice in error. Account [[ID_NUMBER|KP-0099172]], phone [[PHONE_NUMBER|0712 555 091]]. Please waive the late fee and call her.",
    "Hello [[PERSON|Ruairí]],\nThanks for applying for the barista role. We'd love to invite you to a trial shift on Saturday 8am at our Galway shop. Please bring your PPS number for payroll.\nSlán,\n[[PERSON|Niamh Ó Súilleabháin]]\n[[PHONE_NUMBER|087 555 0421]]",
    "Clinic message: Dear [[PERSON|Mehmet Arslan]], your physiotherapy referral has been accepted. Your first session is with [[PERSON|Aylin]] on Tuesday. Bring your insurance card (member no. [[ID_NUMBER|SGK-55019283]]).",
    "Can you put this into a neat table? Payroll corrections: [[PERSON|Joaquim Serra]] +€140, [[PERSON|Olga Petrenko]] −€62, [[PERSON|Tiago Mendes]] +€18; paid to [[IBAN_CODE|PT76 3033 6188 4721 5258 8989 5]] for [[PERSON|Tiago]] only, others unchanged.",
    "Legal assistant here. Please draft a cover letter enclosing the signed will of [[PERSON|Edwina Marchbanks]] to her executor, [[PERSON|Nathaniel Osei]], [[STREET_ADDRESS|56 Beaconsfield Road, Brighton BN1 4QH]].",
    "Hi [[PERSON|Chiamaka]], thanks for your order with Kola & Co! Your box ships tomorrow to [[STREET_ADDRESS|23 Oduduwa Way, GRA, Ikeja, Lagos 100271]]. Track it with code KC-77120. Questions? WhatsApp [[PHONE_NUMBER|0803 555 0192]].",
    "Subject: Parents' evening\n\nDear Mr and Mrs [[PERSON|Haverford]],\n[[PERSON|Ellis]] has made excellent progress in reading this term. Your slot is 17:20 on Wednesday with me in room 12.\nBest wishes,\n[[PERSON|Priyanka Solanki]], Year 3 teacher",
    "Please check this payslip query: [[PERSON|Andile Dlamini]], employee [[ID_NUMBER|ZA-EMP-3381]], says UIF was deducted twice in July. His bank details on file: FNB account [[ID_NUMBER|62817749302]]. Reply to [[EMAIL_ADDRESS|andile.dlamini@karoo-foods.example]].",
    "Dear [[PERSON|Holloway]] family,\nThis is a reminder that the deposit for [[STREET_ADDRESS|Unit 5, 19 Kowhai Street, Ponsonby, Auckland 1011]] is due by 30 November. Bank transfer reference: HOLL-U5. Queries to [[PERSON|Mereana]] at [[PHONE_NUMBER|021 555 0192]].",
    "Customer chat transcript to summarise:\nAgent [[PERSON|Lukas]]: How can I help?\nCustomer: hi it's [[PERSON|Adaora Nwosu]], my parcel 7719-XQ never arrived, it's been 12 days\nAgent [[PERSON|Lukas]]: Sorry [[PERSON|Adaora]], I'll open a claim now.",
    "Sales email — please shorten: 'Dear [[PERSON|Ingeborg]], I noticed Fjellstad Outdoor is expanding into Denmark. Our logistics team already serves 40 Nordic retailers. Could we book 20 minutes next week? Warm regards, [[PERSON|Cormac Delaney]], [[PHONE_NUMBER|+353 1 555 0183]]'",
    "Clinic intake note: patient [[PERSON|Wanjiru Kamau]], 41, referred by Dr [[PERSON|Otieno]] for knee pain. Contact [[PHONE_NUMBER|+254 722 555 018]], email [[EMAIL_ADDRESS|wanjiru.k@safarinet.example]].",
    "Hi [[PERSON|Rosalind]], the lease renewal for your shop at [[STREET_ADDRESS|12 Market Street, Hebden Bridge HX7 6AA]] is attached. Rent rises to £1,150 a month. Sign and return by the 15th. [[PERSON|Alastair]] (landlord)",
    "Write a polite payment reminder to [[PERSON|Vikram Oberoi]], client number [[ID_NUMBER|C-55810]], for invoice 2024-118 (₹48,500). Our bank: account holder Kanak Design Studio.",
    "Hello [[PERSON|Fiifi]], we've received your request to close your savings account [[ID_NUMBER|0049-771836-01]]. Please visit any branch with your Ghana Card [[ID_NUMBER|GHA-719204836-5]] to complete this. — [[PERSON|Adwoa Mensah]], Customer Service",
]

# 50 statement-style records about invented people, addresses and phones of 20+ countries.
STATEMENTS = [
    "[[PERSON|Eleonora Battaglia]] lives at [[STREET_ADDRESS|Via dei Cappuccini 19, 80138 Napoli]] and her mobile is [[PHONE_NUMBER|+39 347 555 0192]].",
    "Name: [[PERSON|Rasmus Kjærgaard]] | Address: [[STREET_ADDRESS|Nørregade 17, 2. tv, 8000 Aarhus C]] | Phone: [[PHONE_NUMBER|+45 20 55 51 90]]",
    "Contact [[PERSON|Nomsa Khumalo]] at [[PHONE_NUMBER|082 555 0178]]; she runs a catering business from [[STREET_ADDRESS|16 Protea Road, Rondebosch, Cape Town 7700]].",
    "Born in 1987, [[PERSON|Hyun-woo Seo]] is a product designer who lives at [[STREET_ADDRESS|27 Yeonhui-ro 11-gil, Seodaemun-gu, Seoul 03706]].",
    "[[PERSON|Fernanda Ribeiro Lopes]] pays her rent from [[IBAN_CODE|PT04 4533 3147 8932 8804 0723 8]].",
    "The account of [[PERSON|Lars-Olof Nyberg]], [[STREET_ADDRESS|Storgatan 14B, 722 11 Västerås]], was opened with phone [[PHONE_NUMBER|070-555 01 82]].",
    "[[PERSON|Aiko Matsuda]] (email [[EMAIL_ADDRESS|aiko.matsuda@sakuramail.example]]) ordered two kettles to [[STREET_ADDRESS|3-8-15 Nishiki, Naka-ku, Nagoya 460-0003]].",
    "Customer [[PERSON|Gustavo Henrique Alves]], [[STREET_ADDRESS|Rua das Palmeiras, 231, apto 72, Pinheiros, São Paulo - SP, 05422-010]], tel. [[PHONE_NUMBER|(11) 95555-0142]].",
    "[[PERSON|Zeynep Aydın]]'s passport number is [[ID_NUMBER|U19482037]] and she lives in [[STREET_ADDRESS|Moda Cad. No: 44 D: 3, 34710 Kadıköy/İstanbul]].",
    "Record 118: [[PERSON|Mariusz Zieliński]], PESEL [[ID_NUMBER|84071203918]], [[STREET_ADDRESS|ul. Kwiatowa 9/12, 31-512 Kraków]].",
    "[[PERSON|Siobhan Tierney]] can be reached on [[PHONE_NUMBER|087 555 0274]] or at [[STREET_ADDRESS|5 Glenview Terrace, Ballincollig, Co. Cork P31 X7N2]].",
    "Social Security number [[US_SSN|412-67-3398]] belongs to [[PERSON|Delbert Ransome]] of [[STREET_ADDRESS|2281 Juniper Ridge Dr, Apt 5B, Boise, ID 83706]].",
    "[[PERSON|Rania El-Sayed]], a pharmacist, lives at [[STREET_ADDRESS|12 Shagaret El Dor St, Zamalek, Cairo 11211]]; phone [[PHONE_NUMBER|+20 10 5550 1294]].",
    "Driver licence [[ID_NUMBER|ORTIZ804127LM9]] was issued to [[PERSON|Lucero Ortiz Mendoza]], [[STREET_ADDRESS|Calle Zaragoza 118, Col. Centro, 76000 Querétaro, Qro.]]",
    "My name is [[PERSON|Arnav Kulkarni]], I stay at [[STREET_ADDRESS|Flat 302, Sai Krupa Apartments, 5th Cross, Jayanagar, Bengaluru 560041]] and my number is [[PHONE_NUMBER|98450 55517]].",
    "[[PERSON|Céleste Fournier]] — [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]] — [[PHONE_NUMBER|+33 1 99 00 42 17]] — [[EMAIL_ADDRESS|celeste.fournier@courrier.example]]",
    "[[PERSON|Dieter Hoffmann-Lenz]] receives his pension into [[IBAN_CODE|DE70 0458 6369 5922 3347 20]] and lives at [[STREET_ADDRESS|Lindenallee 27, 04109 Leipzig]].",
    "Ship to [[PERSON|Tiong Wei Ming]], [[STREET_ADDRESS|Blk 312 Clementi Ave 4, #08-117, Singapore 120312]], mobile [[PHONE_NUMBER|9555 0183]].",
    "[[PERSON|Maria Clara Dizon]] of [[STREET_ADDRESS|14 Sampaguita St., Brgy. San Antonio, Pasig City 1605]] can be called at [[PHONE_NUMBER|0917 555 0183]].",
    "[[PERSON|Joost van den Berg]] is registered at [[STREET_ADDRESS|Brouwersstraat 44, 3512 AB Utrecht]] with IBAN [[IBAN_CODE|NL82 ABNA 3026 5762 06]].",
    "The visa card [[CREDIT_CARD|4292 4057 4543 2898]] is held by [[PERSON|Courtney Albright]], who lives in Tulsa.",
    "[[PERSON|Valentina Greco]], 29, works as a sommelier; her email is [[EMAIL_ADDRESS|vale.greco@vinopost.example]].",
    "[[PERSON|Ana Lucía Quispe]] lives at [[STREET_ADDRESS|Av. Los Leones 1420, depto 503, Providencia, Santiago]] and her phone is [[PHONE_NUMBER|+56 9 5555 0193]].",
    "Employee [[PERSON|Tomáš Dvořák]], [[STREET_ADDRESS|Vinohradská 88, 120 00 Praha 2]], salary account [[IBAN_CODE|CZ15 6605 8435 7512 9154 9015]].",
    "[[PERSON|Kwabena Asante]] uses the username [[ID_NUMBER|kasante_gh]] and the email [[EMAIL_ADDRESS|kwabena.asante@goldcoast-mail.example]].",
    "[[PERSON|Santiago Restrepo]] moved to [[STREET_ADDRESS|Carrera 7 # 45-12, apto 301, Bogotá]] last year; his phone is [[PHONE_NUMBER|+57 300 555 0147]].",
    "Mrs [[PERSON|Eudora Pennington]] can be reached at [[PHONE_NUMBER|(02) 5550 3821]], [[STREET_ADDRESS|7/41 Banksia Street, Fremantle WA 6160]].",
    "[[PERSON|Nikolaos Papadakis]]: [[STREET_ADDRESS|Odos Ermou 58, 105 63 Athina]], IBAN [[IBAN_CODE|GR61 7550 4355 0343 1618 8678 024]].",
    "[[PERSON|Gülşen Yıldız]] paid with her Mastercard [[CREDIT_CARD|5210 2844 2338 9233]] and asked for delivery to Ankara.",
    "Passport [[ID_NUMBER|C4T8817JX]] belongs to [[PERSON|Matthias Egli]], who lives at [[STREET_ADDRESS|Mühlegasse 6, 8001 Zürich]].",
    "[[PERSON|Anh Thư Trần]], [[STREET_ADDRESS|112 Trần Hưng Đạo, Phường Cầu Ông Lãnh, Quận 1, TP. Hồ Chí Minh]], điện thoại [[PHONE_NUMBER|090 555 0182]].",
    "[[PERSON|Oleksandr Bondarenko]]'s card [[CREDIT_CARD|4756 1792 0743 2733]] was declined at checkout on Tuesday.",
    "Member [[PERSON|Harriet Bellweather]] (membership [[ID_NUMBER|MB-4407821]]) lives at [[STREET_ADDRESS|14 Larkspur Close, Harrogate HG2 7QP]].",
    "[[PERSON|Yerlan Abenov]] works at a bank in Almaty; his email is [[EMAIL_ADDRESS|yerlan.abenov@steppe-post.example]] and his phone [[PHONE_NUMBER|+7 701 555 0148]].",
    "[[PERSON|Camila Ferreyra]], [[STREET_ADDRESS|Av. Corrientes 3412, piso 6 dto B, C1194 CABA]], cel. [[PHONE_NUMBER|+54 9 11 5555-0193]].",
    "The donor, [[PERSON|Hamid Rahimi]], transferred the funds from [[IBAN_CODE|AE70 7476 1572 2587 2027 833]] on 3 March.",
    "[[PERSON|Ingrid Halvorsen]], tel. [[PHONE_NUMBER|912 55 018]], IBAN [[IBAN_CODE|NO58 1720 1217 740]], lives in Tromsø.",
    "Guest: [[PERSON|Pierre-Louis Vandamme]], [[STREET_ADDRESS|Rue de la Brasserie 31, 1050 Ixelles]], [[PHONE_NUMBER|+32 470 55 81 24]], card [[CREDIT_CARD|3459 651844 59624]].",
    "[[PERSON|Tevita Fifita]] is a rugby coach from Nukuʻalofa and his email is [[EMAIL_ADDRESS|tevita.fifita@islandmail.example]].",
    "Applicant [[PERSON|Olga Sergeyevna Morozova]], phone [[PHONE_NUMBER|+7 916 555-01-82]], SNILS [[ID_NUMBER|112-233-445 95]].",
    "[[PERSON|Marcelo Duarte]] lives at [[STREET_ADDRESS|Rua do Almada 142, 4050-031 Porto]]; you can call him on [[PHONE_NUMBER|+351 912 555 034]].",
    "[[PERSON|Amara Nwachukwu]] logs in as [[ID_NUMBER|amara.nw]] from [[IP_ADDRESS|198.51.100.23]] most mornings.",
    "[[PERSON|Isidro Benítez Castro]], [[STREET_ADDRESS|Calle del Olmo 8, 3º B, 28012 Madrid]], cuenta [[IBAN_CODE|ES98 1804 4640 6219 1228 2530]].",
    "Patient [[PERSON|Brigitte Lemaire]], born 12/04/1949, social security no. [[ID_NUMBER|2 49 04 75 112 038 27]], lives in Lyon.",
    "[[PERSON|Lindiwe Mahlangu]]'s new cell number is [[PHONE_NUMBER|+27 82 555 0391]] and her email is [[EMAIL_ADDRESS|lindiwe.m@jozimail.example]].",
    "[[PERSON|Wang Lixin]] ([[PERSON|王立新]]), phone [[PHONE_NUMBER|138 5550 1294]], lives in Hangzhou.",
    "[[PERSON|Patrick Oyelaran-Doyle]], of [[STREET_ADDRESS|418 Elm Hollow Road, Fredericton NB E3B 2K6]], Canada, phone [[PHONE_NUMBER|506-555-0148]].",
    "American Express [[CREDIT_CARD|3749 838185 57147]], cardholder [[PERSON|Sterling Whitaker]], card on file since 2019.",
    "[[PERSON|Dewi Lestari Wibowo]] lives in Yogyakarta and uses the phone number [[PHONE_NUMBER|0812-5550-1927]].",
    "[[PERSON|Reza Karimi]] and [[PERSON|Shirin Karimi]] share the account [[IBAN_CODE|SE45 7746 4460 2128 7914 4751]] and live at [[STREET_ADDRESS|Linnégatan 9, 413 04 Göteborg]].",
]

# 50 short technical and account texts: logs, configs, SQL, JSON, CSV, shell, tickets.
TECH = [
    "Why does this fail? `mysql -h [[IP_ADDRESS|10.0.4.17]] -u [[ID_NUMBER|rkowal]] -p[[PASSWORD|Tr0mb0ne!Sky]] crm_prod` gives 'Access denied'.",
    "2024-06-11T08:14:22Z WARN auth: 5 failed logins for user [[ID_NUMBER|ssubramaniam]] from [[IP_ADDRESS|203.0.113.77]]; account locked",
    "Fix the YAML indentation:\nsmtp:\n  host: mail.internal\n  user: [[EMAIL_ADDRESS|alerts@ferncastle.example]]\n   password: [[PASSWORD|gr33nF1nch#42]]",
    "INSERT INTO customers (name, email, phone) VALUES ('[[PERSON|Odalys Ferrer]]', '[[EMAIL_ADDRESS|odalys.ferrer@cielomail.example]]', '[[PHONE_NUMBER|+34 655 50 12 87]]');",
    "Is this key safe to commit? STRIPE_SECRET=[[API_KEY|sk_live_YlssE7KubYOi5symapC6wSXhBSLl]]",
    'curl -H "Authorization: Bearer [[API_KEY|sk-proj-JOxZbY5WTLW4ZAEU4Fa2mU7MjPE4MVWRkIMz7lke]]" https://api.example.com/v1/models — returns 401, why?',
    'CSV is breaking on import, can you spot the problem?\nid,name,email,city\n17,[[PERSON|Halima Diallo]],[[EMAIL_ADDRESS|halima.diallo@sahelpost.example]],Dakar\n18,"[[PERSON|Quentin Marchal]]",[[EMAIL_ADDRESS|q.marchal@courrier.example]],Lille',
    "My router admin login is [[ID_NUMBER|admin_fern]] / [[PASSWORD|hazel-otter-2291]] but the admin page won't load. What should I try?",
    "git remote set-url origin https://[[ID_NUMBER|nkaranja]]:[[API_KEY|ghp_7qze0CWzgNPn1DO0RadhCBkyoPtkMa5v6tBS]]@github.com/acme/infra.git — is this a bad idea?",
    '{"user": "[[ID_NUMBER|lmcallister]]", "full_name": "[[PERSON|Lorna McAllister]]", "last_ip": "[[IP_ADDRESS|198.51.100.142]]", "mfa": false}\nWhy is mfa false for this account?',
    "sshd[2231]: Accepted publickey for [[ID_NUMBER|deploy_okoro]] from [[IP_ADDRESS|2001:db8::4c1e:9a]] port 51544",
    "Why doesn't this connect? DATABASE_URL=postgres://[[ID_NUMBER|billing_svc]]:[[PASSWORD|Qu4rtz_Lantern_88]]@[[IP_ADDRESS|10.20.0.5]]:5432/billing",
    "Write a SQL query to find duplicates; sample row: ([[ID_NUMBER|CU-448201]], '[[PERSON|Rosario Villanueva]]', '[[PHONE_NUMBER|0917 555 0462]]')",
    "AWS keeps rejecting these: aws_access_key_id = [[API_KEY|AKIAQUVK7V6QT8KUDWDO]], aws_secret_access_key = [[API_KEY|D2UWohiF52QRsk4AzRC82LLB7VOCGeU65Yu1cQfD]]",
    "The wifi in the back office is [[PASSWORD|marmalade_Pony_17]], can you write a sign for the staff room that doesn't look sloppy?",
    "Ticket INC-30117: user [[PERSON|Oskar Wiśniewski]] ([[ID_NUMBER|owisniewski]]) cannot reach the VPN from [[IP_ADDRESS|10.8.14.203]]. Reset done, temp password [[PASSWORD|Welcome-7Kq2x]].",
    'nginx access log line: [[IP_ADDRESS|203.0.113.9]] - [[ID_NUMBER|tmbeki]] [12/Mar/2024:10:02:11 +0000] "GET /admin HTTP/1.1" 403 — who is hitting admin?',
    "Set the Slack token in my bot: SLACK_BOT_TOKEN=[[API_KEY|xoxb-028996493681-9001918715937-81umAi4p94qh2Dn0q6vb1HW1]]. Now write the Python that posts 'hello'.",
    "LDAP entry to fix:\ndn: uid=[[ID_NUMBER|bkatz]],ou=people,dc=example,dc=org\ncn: [[PERSON|Benjamin Katz]]\nmail: [[EMAIL_ADDRESS|benjamin.katz@northfield.example]]\ntelephoneNumber: [[PHONE_NUMBER|+1 202 555 0173]]",
    "Is '[[PASSWORD|Ch1ckp3a$oup]]' a strong enough password? I'm about to use it for my bank.",
    "docker run -e POSTGRES_PASSWORD=[[PASSWORD|S4ndp1per!Dune]] -e POSTGRES_USER=[[ID_NUMBER|ana_quiroga]] postgres:16 — how do I add a volume?",
    "Our GitLab CI keeps printing the token: CI_TOKEN=[[API_KEY|glpat-C2tbQv45mqduCQoSzII2]]. How do I mask it?",
    "Parse this log: Oct 03 14:22:09 fw01 DROP src=[[IP_ADDRESS|192.0.2.214]] dst=[[IP_ADDRESS|10.0.0.12]] user=[[ID_NUMBER|jpereira]]",
    "Explain this error: google.auth.exceptions.RefreshError for key [[API_KEY|AIzaCLRf6vt6gMUKf6lhFP5Ha32Wel1304JkCfs]] in config.json",
    "Make this JSON valid: {name: '[[PERSON|Kristiina Mäkelä]]', iban: '[[IBAN_CODE|FI38 0402 5908 1588 37]]', phone: '[[PHONE_NUMBER|040 555 0188]]',}",
    "The door code for the server room changed to [[PASSWORD|4172#]]; write a short Slack message telling the on-call team.",
    "Can you regex-validate emails in this list? [[EMAIL_ADDRESS|dinesh.r@lotusmail.example]], [[EMAIL_ADDRESS|ms.tanaka@kumo.example]], noreply@, test@@x",
    ".env from staging:\nAPP_USER=[[ID_NUMBER|svc_harbour]]\nAPP_PASS=[[PASSWORD|N0rthw1nd-Kestrel]]\nSENDGRID_KEY=[[API_KEY|SG.xl1C6OrZ0BOyx3ffp5aVpz]]\nWhich of these should be in a vault?",
    "Bash history I found on a shared box: `sshpass -p '[[PASSWORD|blueJay*1987]]' ssh [[ID_NUMBER|mtorres]]@[[IP_ADDRESS|172.16.9.40]]`. How bad is this?",
    "Jira BUG-2290: customer [[PERSON|Ewa Grabowska]] (cust id [[ID_NUMBER|PL-883012]]) gets a 500 when saving card [[CREDIT_CARD|4800 2936 5259 9882]]. Stack trace attached.",
    "Python: requests.get(url, auth=('[[ID_NUMBER|rhosseini]]', '[[PASSWORD|Pistachio#Moon5]]')) times out behind the proxy. Ideas?",
    "Pi-hole logs show queries from [[IP_ADDRESS|192.168.0.57]] and [[IP_ADDRESS|192.168.0.88]] at 3am. Which devices could that be?",
    "HuggingFace token [[API_KEY|hf_sQJYtPhm1MiDxlWGKjfNUdX6NWM3V8YuvD]] says 'repo not found'. What permissions does it need?",
    'Clean up this export:\n"[[PERSON|Mbali Zungu]]";"[[PHONE_NUMBER|083 555 0147]]";"[[EMAIL_ADDRESS|mbali.zungu@capemail.example]]"\n"[[PERSON|Ruan Botha]]";"[[PHONE_NUMBER|072 555 0193]]";"[[EMAIL_ADDRESS|ruan.botha@capemail.example]]"',
    "My 2FA recovery code is [[PASSWORD|4JSA-IHKS-XAKM-3QWV]]; where should I store it safely?",
    "UPDATE users SET password_hash = NULL WHERE username = '[[ID_NUMBER|grace_oduya]]'; — will this lock her out or let her in?",
    "k8s secret decoded: username=[[ID_NUMBER|metrics_reader]] password=[[PASSWORD|Ember&Willow!09]]. How do I rotate it without downtime?",
    "npm publish fails with token [[API_KEY|npm_48rtojkjYzCw70DNeTODUJGiZrIwsmCxKrOB]] in .npmrc. Is the token expired?",
    "Router log: DHCP lease [[IP_ADDRESS|10.0.0.44]] to '[[PERSON|Jorge]]-iPhone' — is '[[PERSON|Jorge]]' considered personal data?",
    "Fail2ban banned [[IP_ADDRESS|198.51.100.200]] after it tried root and [[ID_NUMBER|pvasquez]]. Should I whitelist it? That's our contractor [[PERSON|Pablo Vásquez]].",
    "My phone PIN is [[PASSWORD|270814]] and I can't remember if it's the same as my SIM PIN; how do I reset the SIM PIN on Android?",
    "Error in payments webhook: {'customer': '[[PERSON|Ilse Vermeulen]]', 'iban': '[[IBAN_CODE|BE66 8454 4227 6213]]', 'status': 'failed', 'code': 'AM04'}. What does AM04 mean?",
    "ansible inventory:\n[db]\n[[IP_ADDRESS|10.30.1.11]] ansible_user=[[ID_NUMBER|ops_leila]] ansible_password=[[PASSWORD|Saffron_Tide_61]]\nHow do I use vault instead?",
    "Why does Postman return 403 with x-api-key: [[API_KEY|PoRzC54XODfWIdkJJc8Viek7E2zGF0eVGbR3qxceTwRY9eVH]]?",
    "Audit trail: 2024-02-02 11:41 [[ID_NUMBER|hkowalski]] exported 1,204 rows from [[IP_ADDRESS|172.20.5.33]]; 2024-02-02 11:43 [[ID_NUMBER|hkowalski]] logged out. Is this suspicious?",
    "I forgot which one I used: [[PASSWORD|Lighthouse!Tuesday]] or [[PASSWORD|lighthouse_tues22]]. Can you help me write a password manager entry template?",
    "Test fixtures have real-looking data, please replace: user = User(login='[[ID_NUMBER|temi.adeyinka]]', email='[[EMAIL_ADDRESS|temi.adeyinka@oyomail.example]]', card='[[CREDIT_CARD|6011 1658 9147 1901]]', ssn='[[US_SSN|523-71-0846]]')",
    "Mailchimp API key [[API_KEY|41cd3cec6ceb18a6329bd53b4d919df4-us21]] gives 'API Key Invalid'. Is the datacenter suffix wrong?",
    "Traceback (most recent call last):\n  File \"sync.py\", line 88, in push\n    client.login('[[ID_NUMBER|fsaldana]]', '[[PASSWORD|Cobalt.Heron.73]]')\nsmtplib.SMTPAuthenticationError: (535, b'5.7.8')",
    "Wireguard peer config:\n[Peer]\nPrivateKey = [[API_KEY|uEwWH7hd3eos8CeATgLJIAbD7wEHRviC4kq0Zm7xTqE=]]\nEndpoint = [[IP_ADDRESS|203.0.113.58]]:51820\nWhy won't the handshake complete?",
]

# 30 benchmark-style questions: multiple choice, word problems, essay prompts.
CLEAN_EXAM = [
    "Which organelle is the site of aerobic respiration in eukaryotic cells? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Lysosome",
    "Anouk buys 3 notebooks at €2.40 each and a pen for €1.15. How much change does she get from a €10 note?",
    "Write a 500-word essay on how Marie Curie's work changed the treatment of cancer.",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "A train leaves at 14:35 and arrives at 17:10. If Tariq boards it, how long is his journey in minutes?",
    "Which of the following is a renewable resource? (a) coal (b) natural gas (c) wind (d) uranium",
    "Compare the leadership styles of Abraham Lincoln and Nelson Mandela in times of national division.",
    "What is the derivative of x^3 · sin(x)? Show your working.",
    "Under the doctrine of consideration, which of these is NOT valid consideration? A) a promise to pay B) past consideration C) a promise to refrain from suing D) performance of a new act",
    "Priya has twice as many marbles as Sam. Together they have 36. How many does each have?",
    "Discuss the themes of guilt and ambition in Shakespeare's Macbeth, with reference to Lady Macbeth.",
    "Which gas makes up about 78% of Earth's atmosphere? A) Oxygen B) Nitrogen C) Argon D) Carbon dioxide",
    "A rectangle has a perimeter of 46 cm and a length of 15 cm. What is its area?",
    "Who painted 'The Starry Night'? A) Claude Monet B) Vincent van Gogh C) Paul Cézanne D) Edvard Munch",
    "Explain why Gregor Mendel's pea experiments were ignored for thirty years.",
    "Diego runs 5 km in 27 minutes. At the same pace, how long would a half marathon take him?",
    "Which amendment to the US Constitution abolished slavery? A) 13th B) 14th C) 15th D) 19th",
    "A 58-year-old man presents with crushing chest pain radiating to the left arm. Which test should be done first? A) Chest X-ray B) ECG C) Echocardiogram D) CT scan",
    "Evaluate the claim that Alexander Hamilton was the most influential of the US founding fathers.",
    "What is the pH of a 0.01 M solution of hydrochloric acid?",
    "Lena saves $15 a week. After how many weeks will she have enough for a $240 bike?",
    "Which philosopher wrote 'Critique of Pure Reason'? A) Hegel B) Kant C) Hume D) Spinoza",
    "Translate into French: 'The library closes at six on Saturdays.'",
    "In economics, what does a leftward shift of the supply curve usually do to equilibrium price?",
    "Write a short biography of Frida Kahlo for a Year 7 audience.",
    "Which planet has the shortest orbital period? A) Venus B) Mercury C) Mars D) Earth",
    "Kofi and Ama share £84 in the ratio 3:4. How much does Ama get?",
    "Which programming paradigm is Haskell best known for? A) Object-oriented B) Logic C) Functional D) Procedural",
    "Should Winston Churchill be remembered more for his wartime leadership or his colonial policies? Argue one side.",
    "The half-life of carbon-14 is 5,730 years. What fraction remains after 17,190 years?",
]

# 30 everyday requests with no personal data.
CLEAN_EVERYDAY = [
    "What's a quick vegetarian dinner I can make with chickpeas, spinach and a tin of tomatoes?",
    "Give me a 20-minute bodyweight workout I can do in a hotel room.",
    "How do I get red wine out of a light carpet?",
    "Suggest five names for a golden retriever puppy.",
    "What should I pack for a week of hiking in the Scottish Highlands in October?",
    "Write a haiku about the first snow of winter.",
    "How long should I boil an egg for a jammy yolk?",
    "Explain compound interest like I'm twelve.",
    "What are some good board games for four adults who don't like long rules?",
    "Help me write a cover letter opening for a junior graphic designer role.",
    "Is it better to rent or buy a car if I only drive twice a month?",
    "Give me a reading list of five classic science fiction novels.",
    "How do I repot a monstera without damaging the roots?",
    "Plan a cheap two-day itinerary for Lisbon.",
    "What's the difference between baking soda and baking powder?",
    "Make me a weekly chore chart for a family of four.",
    "How can I fall asleep faster without medication?",
    "Write a funny out-of-office message for a week at the beach.",
    "What's the etiquette for tipping in Japan?",
    "Can you suggest a birthday party theme for a seven-year-old who loves dinosaurs?",
    "How do I start learning the guitar as an adult?",
    "What are the signs that a watermelon is ripe?",
    "Draft a friendly note asking neighbours to keep the hallway clear.",
    "Help me budget £2,000 a month for rent, food, transport and savings.",
    "What's a polite way to leave a group chat?",
    "Recommend some podcasts about history for a long drive.",
    "Convert 350°F to Celsius and tell me if that's a normal baking temperature.",
    "How should I prepare for a job interview over video?",
    "Give me three conversation starters for a networking event.",
    "What houseplants are safe for cats?",
]

# 20 technical requests with placeholder data only.
CLEAN_TECH = [
    "Write a Python function that validates an email address like user@example.com using a regex.",
    "How do I read DB_PASSWORD from an environment variable in Node.js instead of hard-coding it?",
    "Create a SQL table users with columns id, name, email and created_at.",
    "Show a curl example that sends Authorization: Bearer <YOUR_TOKEN> to https://api.example.com/items.",
    "In a Django form, how do I make the 'first_name' and 'last_name' fields required?",
    "Write a bash script that pings 127.0.0.1 five times and logs the result.",
    "How do I configure nginx to listen on port 8080 for example.org?",
    'Generate a JSON schema for {"name": "string", "age": "integer", "email": "string"}.',
    "What's the difference between a UUID v4 and v7? Example: 3f2b9c1e-7d4a-4e8b-9a61-0c5d2e7f8b13.",
    "Write a Go struct for a customer with fields Name, Phone, Address and a method to format them.",
    "How do I store secrets in GitHub Actions and reference ${{ secrets.API_KEY }} in a workflow?",
    "Explain how bcrypt salts a password before hashing.",
    'Mock a REST endpoint that returns {"id": 1, "username": "jdoe", "email": "jdoe@example.com"} for tests.',
    "How do I set up SSH keys so git push to github.com stops asking for my password?",
    "Write a regex for UK postcodes and test it against 'SW1A 1AA'.",
    "Fix this: const user = { name: '<name>', email: '<email>' }; console.log(user.Name);",
    "What does the error 'ECONNREFUSED 127.0.0.1:5432' mean in a Node app talking to Postgres?",
    "Write a Terraform variable block for db_password marked as sensitive.",
    "How do I anonymise a column of phone numbers in pandas before sharing a dataset?",
    "Give me a .env.example with placeholders for DATABASE_URL, SECRET_KEY and SMTP_PASSWORD.",
]

# 40 chosen to trip a naive detector.
CLEAN_TRICKY = [
    "Why did Taylor Swift re-record her first six albums?",
    "What happens to Jean Valjean at the end of Les Misérables?",
    "Is Abbey Road in London worth visiting if I'm not a huge Beatles fan?",
    "Explain the Doppler effect with an ambulance siren example.",
    "My order #A-558120 from Harrods shows 'dispatched'; how long does standard UK delivery usually take?",
    "Compare Ben & Jerry's Chunky Monkey to Häagen-Dazs cookie dough for a party.",
    "Who would win in a debate, Sherlock Holmes or Hercule Poirot?",
    "What's the history of the Ford Mustang?",
    "Is Victoria Falls better seen from Zambia or Zimbabwe?",
    "Tracking number 1Z 999 AA1 01 2345 6784 says 'exception'. What does that usually mean with UPS?",
    "Summarise the plot of Pride and Prejudice, focusing on Elizabeth Bennet and Mr Darcy.",
    "Why is Parkinson's law relevant to project deadlines?",
    "What songs did Florence + the Machine release in 2022?",
    "Is Wall Street named after an actual wall?",
    "What did Ada Lovelace contribute to computing?",
    "Rank the Harry Potter films from best to worst.",
    "Can Grace, Hope and Faith be used as virtue names in a novel set in Puritan New England?",
    "Request 9b1e4f2a-3c7d-4a18-b6e0-5f2d8c71a9e4 on the Apple refund page has said Pending since 2 April. How long do refunds usually take?",
    "The Eiffel Tower vs the Tokyo Tower: which is taller and by how much?",
    "What's new in Python 3.12 compared to 3.11?",
    "Does the Nike Pegasus 40 run true to size?",
    "Who is Bruce Wayne's butler, and what's his backstory?",
    "My flight BA 2490 on 14 March 2025 was delayed four hours; am I owed compensation under UK261?",
    "Explain the Heimlich manoeuvre for a choking adult.",
    "Was Napoleon Bonaparte actually short?",
    "What's the best time to visit Santa Monica Pier?",
    "Describe the sound of Pink Floyd's The Dark Side of the Moon.",
    "Can you explain the difference between Crohn's disease and ulcerative colitis?",
    "The Joker or Darth Vader: which villain has the better redemption arc?",
    "Invoice INV-2024-00871 totals $1,249.99 including tax. What's the pre-tax amount at 8.25%?",
    "Why does the Mona Lisa seem to follow you with her eyes?",
    "How did Baker Street become associated with detectives?",
    "Is Dr Pepper a cola?",
    "List the members of Fleetwood Mac in the Rumours era.",
    "What is the Hubble constant and why do measurements disagree?",
    "Write a short story where Mickey Mouse meets Paddington Bear.",
    "Which is older, the Golden Gate Bridge or the Sydney Harbour Bridge?",
    "May I bring a power bank over 100Wh on a flight in June?",
    "Review the Dyson V15 against the Miele Triflex.",
    "Who was King Arthur, and is there evidence he existed?",
]

TITLES = re.compile(
    r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|coach|nurse|herr|frau|don|señor|señora|sra|sr|mme|mlle|madame|monsieur|bey|hanım|san)\b\.?",
    re.IGNORECASE,
)
CARD_DIGITS = frozenset({15, 16})
LOWER_CHAT = 30
OTHER_LANGUAGES = 10
MIN_WORDS, MAX_WORDS = 5, 250
MIN_CHARS = 15  # texts in scripts written without spaces
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1")


def main() -> None:
    sections = {
        "chat": (CHAT, 90),
        "work": (WORK, 50),
        "statements": (STATEMENTS, 50),
        "tech": (TECH, 50),
        "clean exam": (CLEAN_EXAM, 30),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean tech": (CLEAN_TECH, 20),
        "clean tricky": (CLEAN_TRICKY, 40),
    }
    for name, (items, want) in sections.items():
        if len(items) != want:
            raise SystemExit(f"{name}: {len(items)} texts, want {want}")
    if not all(is_lower(t) for t in CHAT[:LOWER_CHAT]):
        raise SystemExit(f"chat: the first {LOWER_CHAT} texts must be all lower case")
    if any(is_lower(t) for t in CHAT[LOWER_CHAT + OTHER_LANGUAGES :]):
        raise SystemExit("chat: a lower-case text among the English ones")

    pii_marked = CHAT + WORK + STATEMENTS + TECH
    clean = CLEAN_EXAM + CLEAN_EVERYDAY + CLEAN_TECH + CLEAN_TRICKY
    check_values(pii_marked)
    pii_rows, clean_rows = build_rows(
        "blind11",
        (
            check_spans(
                marked,
                titles=TITLES,
                card_digits=CARD_DIGITS,
                name_parts=True,
                bare=True,
                placeholder_ips=PLACEHOLDER_IPS,
            )
            for marked in pii_marked
        ),
        clean,
        words=(MIN_WORDS, MAX_WORDS),
        min_chars=MIN_CHARS,
    )
    write(HERE / "chat_pii_blind11.jsonl", pii_rows, report=True)
    write(HERE / "chat_clean_blind11.jsonl", clean_rows, report=True)


if __name__ == "__main__":
    main()
