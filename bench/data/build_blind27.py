# ruff: noqa: E501
"""A twenty-seventh blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. The theme is real-looking chat
traffic to a general assistant, as a company's employees and customers type it. Every text
is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no
generated combinations):

* 90 everyday requests (8 to 80 words) asking the assistant to do something that involves
  a named private person: write or answer a message, plan a visit, split a bill, pick a
  gift, summarise what someone said, translate a note, draft an apology, a reminder or a
  toast. Names stand in every position (subject, object, after prepositions, possessives,
  lists, vocatives such as "ok so Tomasz wants ...") and come from more than 40 countries;
  about half carry no cue word (no relation word, title, greeting or introduction); the
  first 30 are typed all in lower case with chat shorthand and typos;
* 60 customer and employee messages (10 to 100 words) to a help desk, bank, airline,
  landlord, HR, IT or a clinic, with names and contact data: phones in UK, North American
  and Australian formats (some without separators), e-mails, street addresses in the formats
  of more than 15 countries (one line and multi-line), account, member, employee and
  patient numbers, usernames, cards, IBANs, national ids, passwords and PINs said in passing;
* 40 pasted materials to fix, summarise or convert: e-mail threads with signatures, chat
  exports, CSV and JSON rows, log lines with usernames and IPs, a form, meeting notes with
  attendees;
* 30 short messages (3 to 12 words) naming one private person and nothing else, with no cue
  word, the first 15 in lower case.

Usernames, logins, account, customer, member, employee, patient and student numbers,
passports and national ids are labelled ID_NUMBER; PINs, door and alarm codes, wifi keys
and passwords PASSWORD; titles (Mr, Mrs, Ms, Miss, Dr, Prof) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed;
public figures, companies, fictional characters, order, ticket, invoice and booking numbers
and dates of birth are not labelled; every occurrence of a private value is marked. The
100 clean texts are 25 creative-writing and role-play prompts that invent characters with
ordinary first names, 20 grade-school word problems with fictional first names, 20
multiple-choice exam items, 15 questions naming public figures, fictional characters,
eponyms, brands and places, and 20 technical questions with code, versions, hashes, ports,
placeholder users and example.com addresses. All values are invented and typed by hand:
phones from ranges kept for fiction (UK 07700 900, North America 555-01xx, Australia
0491 570), cards Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not
documentation examples, IPs from documentation ranges, national ids with valid check digits
where the format has one (Swedish personnummer, Dutch BSN, Spanish DNI, Polish PESEL,
Brazilian CPF, Indian Aadhaar, Canadian SIN, NHS number); the builder only checks them.

Run ``.venv/bin/python bench/data/build_blind27.py`` from the repository root; the output is
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
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_REQUESTS = 30
LOWER_SHORT = 15
MIN_CHARS = 15
MAX_WORDS = 300
REQUEST_WORDS = (8, 80)
DESK_WORDS = (10, 100)
SHORT_WORDS = (3, 12)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s")
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 90 everyday requests involving a named private person: the first 30 all in lower case.
REQUESTS = [
    # all lower case, chat shorthand and typos
    "ok so [[PERSON|tomasz]] wants to split the cabin 4 ways but [[PERSON|keiko]] only came for 2 nights. total was 912 euros, whats fair",
    "can u write a quick bday msg for [[PERSON|ngozi]], shes turning 30 and loves bad puns lol",
    "pls summarise what [[PERSON|arjun]] said in standup, i missed it. basicaly he thinks the release slips a week bc of the payment bug and qa needs 2 more ppl",
    "need a sorry text to [[PERSON|giulia]] for missing her gallery opening, dont make it too grovelly",
    "whats a good gift under 40 quid for [[PERSON|rhys]]? hes into climbing and sourdough",
    "translate to spanish pls: [[PERSON|iñaki]] we'll be 20 min late, start without us",
    "remind me to call my cousin [[PERSON|wanjiru]] about the venue deposit on thurs morning",
    "help me reply to [[PERSON|bence]] who asked if i can cover his shift sat, i cant but want to be nice abt it",
    "write a toast for [[PERSON|siobhán]] and [[PERSON|kwabena]]'s engagement party, 1 min max, a bit funny",
    "me, [[PERSON|aroha]], [[PERSON|sindre]] and [[PERSON|farhad]] had dinner, bill was 186.40 and [[PERSON|aroha]] didnt drink. how much does everyone owe",
    "is it weird to invite [[PERSON|milica]] to the bbq if [[PERSON|luka]] is coming, they broke up in march",
    "draft a msg to my flatmate [[PERSON|shirin]] asking if she still has my tent, ive asked twice alredy",
    "plan a day in york for when [[PERSON|thandeka]] visits, she arrives 10am sunday and leaves at 6",
    "[[PERSON|youssef]] sent me 'inshallah we see each other at the eid dinner' how do i reply without sounding weird",
    "can u make this nicer before i send it to my sis [[PERSON|eleni]]: u still owe me for the concert tix",
    "write a short poem for [[PERSON|aigerim]]'s leaving card, she was here 6 yrs and everyone loved her",
    "how do i tell my coworker [[PERSON|nuwan]] his presentation was way too long without being mean",
    "split 240 between [[PERSON|dewi]] [[PERSON|maricel]] and me but [[PERSON|dewi]] paid 60 already",
    "whats a chill way to ask [[PERSON|jānis]] to give back the drill",
    "ok so [[PERSON|catalina]] cant do friday anymore, can u rewrite the invite for saturday 7pm at ours",
    "write smth short to my friend [[PERSON|hodan]] congratulating her on passing the bar exam",
    "[[PERSON|bat-erdene]] wants to know which ferry is earlier the 8:15 or 9:40, can u check the timetable i pasted",
    "gift ideas for [[PERSON|kateřina]] and [[PERSON|ondřej]], theyre having twins in june",
    "can u translate this into hebrew for [[PERSON|noa]]: the keys are under the blue pot by the back door",
    "need to tell [[PERSON|facundo]] the band is replacing him on drums, help me word it",
    "summarise this voice note from [[PERSON|rūta]] pls: shes saying the flat viewing moved to 5 and to bring id",
    "make a packing list for me and my bf [[PERSON|tendai]] for 3 days hiking in the lakes",
    "how shud i reply when [[PERSON|bilal]] keeps texting at 2am about work stuff",
    "write a thank u note to my neighbour [[PERSON|anahit]] for feeding the cat all week",
    "yo [[PERSON|kristjan]] asked me to write his linkedin summary, hes a backend dev 5 yrs, rust and go",
    # capitalised
    "Can you help me write a reply to my landlord Mr [[PERSON|Okafor]]? He wants to raise the rent by 12% from May and I'd like to ask for 6% instead.",
    "My sister [[PERSON|Guðrún]] is visiting London for four days in October. Plan something that isn't just museums, she hates queues.",
    "Write a reminder for my colleague [[PERSON|Mads Kjær]] that the quarterly report is due Friday. Polite but firm.",
    "Draft an apology to Mrs [[PERSON|Haddad]] next door, our dog dug up her tulips again.",
    "Translate this note from my mother-in-law [[PERSON|Leonor]] into English: 'Deixei a sopa no frigorífico, aquece só dez minutos.'",
    "What should I get my boss [[PERSON|Dietmar Hollenbach]] for his 50th? The team has about 120 euros.",
    "Ok so [[PERSON|Tomasz Wierzbicki]] wants the team lunch moved to Wednesday. Write a short Slack message letting everyone know.",
    "Summarise what [[PERSON|Rania Khoury]] said in this voice memo: she's fine with the new layout but wants the pricing page redone before launch and thinks the logo is too small.",
    "Help me split a 318 dollar grocery bill between [[PERSON|Shanice]], [[PERSON|Devontae]] and [[PERSON|Maya Lindqvist]]. [[PERSON|Devontae]] was away for a week so he should pay half a share.",
    "Write a two-minute best man toast for [[PERSON|Callum]]. Stories: he once drove to Leeds instead of Leicester, and he proposed to [[PERSON|Priyanka]] in a kebab shop.",
    "Can you reword this so it doesn't sound passive-aggressive? 'Hi [[PERSON|Jürgen]], as I said three times, the invoices go to accounts, not to me.'",
    "Pick a gift for [[PERSON|Ioana Popescu]], around 50 euros. She runs marathons and reads a lot of Romanian poetry.",
    "I need to tell my colleague [[PERSON|Sanne de Vries]] we can't renew her contract. Draft the email, kind but clear, and offer a reference.",
    "Plan a weekend in Porto for me and my boyfriend [[PERSON|Yeison]], we land Friday at 9pm and fly back Monday morning.",
    "Write a condolence card for [[PERSON|Wang Lei]], whose father passed away last week. Keep it short and not religious.",
    "Translate to Japanese for [[PERSON|Keiko Tanabe]]: thank you for dinner, the tempura was the best I've ever had.",
    "Could you help me write a birthday message to Dr [[PERSON|Chukwuemeka Eze]], my old supervisor? He's turning 70.",
    "[[PERSON|Lan]] wants to know whether she should take the Hanoi job or stay in Melbourne. Give me a pros and cons list I can send her.",
    "Write a polite no to [[PERSON|Sushila Adhikari]]'s wedding invitation, we're abroad that weekend.",
    "Remind [[PERSON|Rhiannon]] and [[PERSON|Owain]] that the bins go out Tuesday night, not Wednesday. Make it jokey.",
    "Hey, can you plan a surprise for my wife [[PERSON|Amira]]'s 40th? Budget 600 pounds, she likes jazz and Moroccan food.",
    "Make a thank-you email to [[PERSON|Losa Tuilagi]] for organising the fundraiser. Mention the 2,300 dollars raised.",
    "Our nanny [[PERSON|Maricel Dizon]] asked for a raise. Help me reply that we can do 5% now and revisit it in January.",
    "What do I say to [[PERSON|Jean-Baptiste Moreau]]? He lent me 400 euros in June and I can only pay back half this month.",
    "Write a short message to [[PERSON|Selam]] asking if the kids can swap Saturday and Sunday this weekend.",
    "Can you turn [[PERSON|Oskar Nyberg]]'s notes into a proper agenda? Topics: budget, hiring, the offsite in Tallinn.",
    "I'm [[PERSON|Priya Raman]] and I have to introduce our new intern [[PERSON|Mostafa Adel]] to the team. Write a welcome post.",
    "Help me reply to [[PERSON|Valentina Ruiz]]. She says I double-booked the meeting room and she's right.",
    "Write a gentle reminder to my flatmate [[PERSON|Kofi]] that it's his turn to clean the bathroom.",
    "What's a thoughtful gift for my colleague [[PERSON|Hiroshi]], who is retiring after 35 years at the plant?",
    "My grandad [[PERSON|Seamus O'Rourke]] wants to write to his old pen pal in Canada. Help him start the letter.",
    "Please summarise: [[PERSON|Ji-woo]] said the supplier will ship on the 14th, [[PERSON|Aditya]] disagreed and wants a penalty clause.",
    "Write a toast for my parents [[PERSON|Ahmet]] and [[PERSON|Zeynep Yıldız]]'s 30th anniversary dinner.",
    "Draft an apology to my neighbour [[PERSON|Björn]] for the party noise on Saturday.",
    "How can I ask my manager [[PERSON|Natalia Kowalczyk]] for two days off at short notice?",
    "Split the petrol money: [[PERSON|Ewan]] drove 420 km, [[PERSON|Chiara]] drove 180 km, fuel cost 96 pounds in total.",
    "Write a note to my daughter's teacher Ms [[PERSON|Abernethy]] saying she'll miss Friday for a hospital appointment.",
    "Could you translate this for [[PERSON|Dmytro]]? 'The meeting moved to room 4B and please bring the signed forms.'",
    "[[PERSON|Nguyễn Thị Hương]] is hosting 12 people on Sunday and wants a vegetarian menu. Plan it with a shopping list.",
    "Pick three restaurants near Shoreditch where I can take my client [[PERSON|Gabriel Okonkwo-Smith]] for lunch.",
    "Help me write a reference for [[PERSON|Aisyah binti Rahman]], who interned with us for six months in data analytics.",
    "Can you check this text to my brother [[PERSON|Marco]] for tone? 'You promised to help with the move and then vanished.'",
    "Write a farewell card message for [[PERSON|Thabo Nkosi]] from the whole finance team.",
    "Tell me how to reply to my cousin [[PERSON|Layla]] who keeps asking when I'm getting married.",
    "I'm organising a ski trip for [[PERSON|Henrik]], [[PERSON|Astrid]], [[PERSON|Pekka]] and myself. Suggest a split for a 2,800 euro chalet if [[PERSON|Pekka]] only comes for three of the six nights.",
    "Summarise [[PERSON|Carmen Delgado]]'s complaint in two lines for my boss: the delivery came late twice and the driver left it in the rain.",
    "Write a short, warm message to my stepmum [[PERSON|Beverley]] thanking her for the quilt.",
    "Ok so [[PERSON|Nino]] wants to come over Friday and bring her dog. Write something saying yes but the dog stays in the garden.",
    "Draft a reminder to our tenant [[PERSON|Dariusz Nowak]] that the gas safety check is on the 3rd between 8 and 12.",
    "What's a nice gift for my mentor [[PERSON|Olufemi Adeyemi]]? He's into chess and old Fela Kuti records.",
    "Help me translate a note to [[PERSON|Yuki]]'s parents: thank you for letting us stay, we left the key with the lady upstairs.",
    "Write my husband [[PERSON|Rafael]] a reminder to pick up the prescription before 6.",
    "Could you plan a route for [[PERSON|Sofía Castaño]] from Madrid to Granada with a stop in Toledo?",
    "Draft a toast for [[PERSON|Lior]] at his bar mitzvah, from his uncle.",
    "Please write a polite chase to [[PERSON|Marguerite Lefèvre]] about the signed quote, she hasn't replied in two weeks.",
    "My colleague [[PERSON|Chipo Mutasa]] is leaving for Harare next month. Help me organise a collection and a card.",
    "I want to text [[PERSON|Eilidh]] to say sorry for snapping at her in the meeting. Keep it short.",
    "Summarise this for me: Dr [[PERSON|Anand Iyer]] said to cut caffeine and come back in six weeks if the palpitations continue.",
    "Help me split rent: [[PERSON|Mateo]] has the big room, [[PERSON|Ines]] and I have the small ones, total 2,150 a month.",
    "Write a short message to [[PERSON|Aino Virtanen]] asking whether she can present our slides in Helsinki on Tuesday.",
]

# 60 customer and employee messages to a help desk, bank, airline, landlord, HR, IT or clinic.
DESK = [
    "Hi, this is [[PERSON|Hannah Whitcombe]]. I've moved and need my statements sent to [[STREET_ADDRESS|14 Orchard Rise, Kendal LA9 6QT]]. Account number [[ID_NUMBER|40918327]], mobile [[PHONE_NUMBER|07700 900418]].",
    "Hello, I'm chasing a refund. Name: [[PERSON|Darnell Hughes]], member number [[ID_NUMBER|SKY4471028]], phone [[PHONE_NUMBER|(312) 555-0147]]. Please mail the cheque to [[STREET_ADDRESS|2207 W Fletcher St Apt 3B, Chicago, IL 60618]].",
    "Please send the replacement debit card to\n[[STREET_ADDRESS|Lindenstraße 42\n10969 Berlin]]\nCardholder [[PERSON|Katrin Ebersbach]], customer no. [[ID_NUMBER|DE-5528193]]. I'm on [[PHONE_NUMBER|+44 7700 900582]] until the end of the month.",
    "[[PERSON|Margaux Perrin]] here. The parcel went to the wrong door again. My address is [[STREET_ADDRESS|17 rue des Tanneurs, 67000 Strasbourg]] and my e-mail is [[EMAIL_ADDRESS|margaux.perrin@orange.fr]] if the courier needs it.",
    "IT, I'm locked out again. Username [[ID_NUMBER|svdberg]], employee ID [[ID_NUMBER|E-208841]]. Old password was [[PASSWORD|Tulp!2024ams]] if that helps. [[PERSON|Sander van den Berg]]",
    "Please update my payout IBAN to [[IBAN_CODE|ES34 2100 0813 6101 2384 9576]]. Account holder [[PERSON|Álvaro Montes Ibarra]], DNI [[ID_NUMBER|48271936L]], address [[STREET_ADDRESS|Calle de Toledo 88, 3º izq., 28005 Madrid]].",
    "Can you move my appointment to next week? Patient number [[ID_NUMBER|PT-0093317]], [[PERSON|Francesca Lombardi]], phone [[PHONE_NUMBER|0491 570 226]]. Letters go to [[STREET_ADDRESS|Via Garibaldi 21, 40124 Bologna BO]].",
    "Dear HR, my PESEL was typed wrong on the payroll form. The correct one is [[ID_NUMBER|95031406521]]. Employee [[PERSON|Karolina Wójcik]], staff ID [[ID_NUMBER|PL-77120]], home address [[STREET_ADDRESS|ul. Długa 15/4, 80-827 Gdańsk]].",
    "Booking a dental check-up for [[PERSON|Linnea Ström]], personnummer [[ID_NUMBER|880412-3720]]. She lives at [[STREET_ADDRESS|Storgatan 12B\n411 38 Göteborg]] and is reachable on [[PHONE_NUMBER|0491 570 338]] while travelling.",
    "Hi, I'm [[PERSON|Marc-André Tremblay]]. For the T4 correction my SIN is [[ID_NUMBER|046 193 272]] and my mailing address is [[STREET_ADDRESS|418 rue Saint-Joseph Est, Québec QC G1K 3B2]]. Call me at [[PHONE_NUMBER|418-555-0163]].",
    "The hot water is out again at [[STREET_ADDRESS|Unit 5, 22 Beach Rd, Coogee NSW 2034]]. It's [[PERSON|Bronwyn Kelleher]], best number [[PHONE_NUMBER|0491570412]] or [[EMAIL_ADDRESS|bron.kelleher@bigpond.com]]. The lockbox code for the plumber is [[PASSWORD|3918]].",
    "KYC update for savings account [[ID_NUMBER|30918844120]]: name [[PERSON|Kavya Srinivasan]], Aadhaar [[ID_NUMBER|3618 2047 5196]], address [[STREET_ADDRESS|Flat 7C, Prestige Palms, 14th Cross, Indiranagar, Bengaluru 560038]].",
    "Please ship the replacement router to [[STREET_ADDRESS|2-14-9 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]], attention [[PERSON|Haruka Mori]]. My US number is [[PHONE_NUMBER|+1 415 555 0128]].",
    "Refund request from [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|318.604.925-33]]. The duplicate charge was on card [[CREDIT_CARD|4539 1488 0343 6715]]. Address: [[STREET_ADDRESS|Rua Augusta 1508, apto 62, Consolação, São Paulo - SP, 01304-001]].",
    "Hello, [[PERSON|Niamh Gallagher]] here. My rent should now come from [[IBAN_CODE|IE64 AIBK 9310 4738 2916 44]]. I'm still at [[STREET_ADDRESS|Apartment 12, Grand Canal Quay, Dublin 2, D02 XK71]].",
    "Buenas, the invoice for my gym membership has the wrong address. Member [[ID_NUMBER|GYM-300417]], [[PERSON|Guadalupe Rosales]], correct address [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]].",
    "Please note the new delivery address for [[PERSON|Thandiwe Mokoena]]: [[STREET_ADDRESS|31 Jan Smuts Ave, Parktown North, Johannesburg, 2193]]. Contact e-mail [[EMAIL_ADDRESS|thandiwe.mokoena@webmail.co.za]].",
    "Kia ora, I can't log in to the app. My customer number is [[ID_NUMBER|NZ88201734]], name [[PERSON|Mereana Walker]], address [[STREET_ADDRESS|9 Kowhai Lane, Ponsonby, Auckland 1011]].",
    "My flight was cancelled and I need the refund on the original card, [[CREDIT_CARD|5425 7731 0098 4622]]. Passenger [[PERSON|Duarte Figueiredo]], frequent flyer TP [[ID_NUMBER|409182733]], lives at [[STREET_ADDRESS|Rua de Santa Catarina 233, 4000-450 Porto]].",
    "Good morning, I'm [[PERSON|Lucie Vandenberghe]], I moved to [[STREET_ADDRESS|Rue du Marché aux Herbes 61, 1000 Bruxelles]] last week. Please update my insurance file [[ID_NUMBER|BE-INS-661204]] and call [[PHONE_NUMBER|+61 491 570 157]] if anything is missing.",
    "Landlord, the radiator in the back bedroom is leaking. [[PERSON|Conor Byrne]],\n[[STREET_ADDRESS|88 Linden Ave\nApt 2\nSomerville, MA 02143]]\n[[PHONE_NUMBER|617-555-0192]]",
    "Hi, my Presto card was charged twice. [[PERSON|Adebayo Ogunleye]], [[STREET_ADDRESS|1207 Bloor St W, Toronto, ON M6H 1N2]], phone [[PHONE_NUMBER|4165550134]].",
    "To the clinic: please post the results to\n[[STREET_ADDRESS|Flat 3\n27 Victoria Road\nCardiff\nCF14 2LS]]\nPatient [[PERSON|Gethin Pryce]], NHS number [[ID_NUMBER|999 213 4577]].",
    "Council tax query from [[PERSON|Morag Sutherland]], [[STREET_ADDRESS|5/2 Marchmont Crescent, Edinburgh EH9 1HG]], reference account [[ID_NUMBER|61049982]]. Mobile [[PHONE_NUMBER|07700900731]].",
    "HR, please change the bank details for [[PERSON|Felix Rothmann]], employee [[ID_NUMBER|100482]], to [[IBAN_CODE|DE30 5001 0517 5407 3182 96]]. Home address stays [[STREET_ADDRESS|Am Kirchberg 7, 79098 Freiburg im Breisgau]].",
    "Hello, I ordered a sofa and it still hasn't arrived. [[PERSON|Verena Gruber]], [[STREET_ADDRESS|Mariahilfer Straße 104/12, 1070 Wien]], [[EMAIL_ADDRESS|verena.gruber@gmx.at]].",
    "Please transfer my pension statement to [[STREET_ADDRESS|Seefeldstrasse 45, 8008 Zürich]]. Member [[ID_NUMBER|CH-PK-772019]], [[PERSON|Reto Baumgartner]].",
    "Hi, my salary didn't come in. I'm [[PERSON|Chiamaka Obi]], staff ID [[ID_NUMBER|NG-4410]], and I live at [[STREET_ADDRESS|12 Adeola Odeku Street, Victoria Island, Lagos 101241]]. Please call [[PHONE_NUMBER|+44 7700 900264]].",
    "Aircon service request: [[PERSON|Tan Wei Ming]], [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412]], e-mail [[EMAIL_ADDRESS|weiming.tan@singnet.com.sg]]. The gate code is [[PASSWORD|2580#]].",
    "I need a letter confirming my employment for a visa. [[PERSON|Njeri Kamau]], employee number [[ID_NUMBER|KE-30218]], P.O. address [[STREET_ADDRESS|Ngong Road, Kilimani, P.O. Box 10482-00100, Nairobi]].",
    "Merhaba, please resend the warranty card. [[PERSON|Emre Aydın]], [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 6, Kadıköy, 34728 İstanbul]], [[EMAIL_ADDRESS|emre.aydin@hotmail.com]].",
    "My online banking PIN is [[PASSWORD|80417]] and it keeps saying invalid. Can you reset it? [[PERSON|Rosalind Achterberg]], client number [[ID_NUMBER|NL-0077314]].",
    "Hi team, can you add my new card [[CREDIT_CARD|4716 2290 4471 8585]] to the account? It's [[PERSON|Imran Chaudhry]], account [[ID_NUMBER|ACC-5518802]]. Call [[PHONE_NUMBER|07700 900853]] to confirm.",
    "Dutch tax office asked for my BSN on the expense claim: [[ID_NUMBER|287341069]]. Name on the claim is [[PERSON|Femke Janssen]], employee [[ID_NUMBER|20931]].",
    "I was charged for two bags. Passenger [[PERSON|Oluwaseun Bankole]], [[EMAIL_ADDRESS|seun.bankole@yahoo.co.uk]], paid with [[CREDIT_CARD|5196 0832 7714 2054]]. Please refund the second bag.",
    "Please reset the wifi at the flat, the current key [[PASSWORD|SunnyBalcony77]] isn't working. Tenant: [[PERSON|Paulina Sandoval]], [[STREET_ADDRESS|Flat 9, 140 Holloway Road, London N7 8DD]].",
    "Hello, I'm [[PERSON|Gustavo Herrera]]. My new number is [[PHONE_NUMBER|(786) 555-0119]] and my e-mail [[EMAIL_ADDRESS|gus.herrera@icloud.com]]. Loyalty member [[ID_NUMBER|LM-88210493]].",
    "Student services: I'm [[PERSON|Zara Iqbal]], student number [[ID_NUMBER|20417733]]. My council letter went to the old address, please use [[STREET_ADDRESS|33 Mill Lane, Oxford OX4 1HR]] now.",
    "The alarm code [[PASSWORD|7391]] stopped working at the office. Can IT check? Reported by [[PERSON|Ravi Menon]], ext 4417, mobile [[PHONE_NUMBER|0491 570 903]].",
    "Good afternoon, a payment of 1,200 euros left my account without my consent. [[PERSON|Pierre-Louis Garnier]], IBAN [[IBAN_CODE|FR85 3000 4028 3700 0105 8326 471]], card [[CREDIT_CARD|6011 5092 3377 4185]].",
    "Clinic, I'd like my son's vaccination record. Parent [[PERSON|Shabnam Karimi]], phone [[PHONE_NUMBER|07700 900116]], e-mail [[EMAIL_ADDRESS|shabnam.karimi@outlook.com]].",
    "New starter form for [[PERSON|Kalinda Roberts]]: address [[STREET_ADDRESS|47 Wattle St, Fitzroy VIC 3065]], mobile [[PHONE_NUMBER|0491 570 654]], tax file number to follow.",
    "Please change the contact on the lease from [[PERSON|Dominik Hrubý]] to [[PERSON|Tereza Hrubá]], [[EMAIL_ADDRESS|tereza.hruba@seznam.cz]]. Unit at [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Hi, my SSN was entered wrong on the W-2: it should be [[US_SSN|428-61-3097]]. Employee [[PERSON|Tamika Reynolds]], ID [[ID_NUMBER|US-60293]].",
    "IT support: can you unlock the account [[ID_NUMBER|a.lindholm]]? It's [[PERSON|Annika Lindholm]], I tried the temporary password [[PASSWORD|Welcome#6621]] three times.",
    "Change of address for [[PERSON|Mehmet Kaya]]: [[STREET_ADDRESS|Hauptstraße 9\n53111 Bonn]]. ADAC membership [[ID_NUMBER|218 004 917]].",
    "I'd like to close my savings account [[ID_NUMBER|77201938]] and move the money to [[IBAN_CODE|GB16 MONZ 0400 3871 6255 93]]. [[PERSON|Eleanor Pike]], [[PHONE_NUMBER|07700 900347]].",
    "Parcel for [[PERSON|Soo-ah Kim]] was left outside. Address [[STREET_ADDRESS|4402 Kingsway, Burnaby, BC V5H 2A9]], please call [[PHONE_NUMBER|604-555-0171]] next time.",
    "Hello HR, [[PERSON|Olga Petrenko]] here. My passport number for the conference registration is [[ID_NUMBER|FX8841027]], and my employee number is [[ID_NUMBER|UA-1187]].",
    "Can you switch my direct debit to [[IBAN_CODE|NL72 RABO 0318 8264 10]]? Policy holder [[PERSON|Joost Bakker]], [[STREET_ADDRESS|Prinsengracht 301-2, 1016 GW Amsterdam]].",
    "My PIN for the parking garage is [[PASSWORD|0462]] but the barrier won't open. This is [[PERSON|Callie Donovan]], permit holder [[ID_NUMBER|PKG-3301]].",
    "Hi, I'd like to book a physio slot. [[PERSON|Arnav Kulkarni]], [[PHONE_NUMBER|0491570788]], [[EMAIL_ADDRESS|arnav.kulkarni@gmail.com]], patient ID MRN [[ID_NUMBER|7740215]].",
    "The contractor's invoice should go to [[PERSON|Elisabetta Conti]], [[STREET_ADDRESS|Corso Vittorio Emanuele II 141, 10125 Torino]], IBAN [[IBAN_CODE|IT02 X030 6909 6061 0000 0117 294]].",
    "Please reissue my staff badge. [[PERSON|Kwame Asante]], employee [[ID_NUMBER|GH-70992]], desk phone [[PHONE_NUMBER|020 7946 0718]].",
    "I can't remember if my password is [[PASSWORD|Rosie2019!]] or [[PASSWORD|rosie2019]], can you just reset it? Login [[ID_NUMBER|jfairweather]], [[PERSON|Judith Fairweather]].",
    "Please set up payroll for [[PERSON|Magdalena Zielińska]], [[IBAN_CODE|PL85 1090 2402 1736 0000 4418 9273]], [[STREET_ADDRESS|ul. Piotrkowska 87 m. 12, 90-423 Łódź]].",
    "Subscription cancelled but still charged to [[CREDIT_CARD|3760 291544 83726]]. [[PERSON|Howard Feinstein]], [[EMAIL_ADDRESS|hfeinstein@aol.com]], [[PHONE_NUMBER|212-555-0188]].",
    "Hej, please update the address for [[PERSON|Mikael Holmberg]] to [[STREET_ADDRESS|Sveavägen 51, 113 59 Stockholm]]. Transfer the deposit to [[IBAN_CODE|SE27 5000 0000 0583 9901 2741]].",
    "Hi, this is [[PERSON|Sipho Dlamini]]. Lost my card [[CREDIT_CARD|5228 6140 7719 9357]] at the airport, please block it. Reach me on [[PHONE_NUMBER|+61 491 570 481]].",
    "Visa letter for [[PERSON|Ananya Bose]], passport [[ID_NUMBER|Z4471820]], address [[STREET_ADDRESS|22/3 Gariahat Road, Ballygunge, Kolkata 700019]], e-mail [[EMAIL_ADDRESS|ananya.bose@rediffmail.com]].",
]

# 40 pasted materials to fix, summarise or convert.
PASTED = [
    "Summarise this thread in three bullets:\n\nFrom: [[PERSON|Rebecca Thornton]] <[[EMAIL_ADDRESS|r.thornton@hollisandgray.co.uk]]>\nTo: [[PERSON|Kenji Watanabe]]\nSubject: Re: Q3 supplier review\n\n[[PERSON|Kenji]], I've attached the revised figures. Can we push the call to Thursday?\n\nBest,\n[[PERSON|Rebecca Thornton]]\nProcurement Lead\nM: [[PHONE_NUMBER|07700 900225]]\n\n> On Mon, [[PERSON|Kenji Watanabe]] wrote:\n> [[PERSON|Rebecca]], the numbers for Lot 4 don't add up. Please check before Friday.",
    "Turn this into a CSV with columns name, email, phone:\n[[PERSON|Amadou Diallo]] - [[EMAIL_ADDRESS|amadou.diallo@gmail.com]] - [[PHONE_NUMBER|07700 900671]]\n[[PERSON|Ingrid Solberg]] - [[EMAIL_ADDRESS|ingrid.solberg@online.no]] - [[PHONE_NUMBER|+44 7700 900902]]\n[[PERSON|Paolo Ricci]] - [[EMAIL_ADDRESS|paolo.ricci@libero.it]] - [[PHONE_NUMBER|0491 570 119]]",
    'Why is this JSON invalid?\n{"customer_id": "[[ID_NUMBER|C-0048213]]", "name": "[[PERSON|Fatima Zahra Benali]]", "email": "[[EMAIL_ADDRESS|fz.benali@outlook.fr]]", "phone": "[[PHONE_NUMBER|+1 646 555 0135]]",}',
    "What happened here? Looks like a brute force.\nMar 14 02:11:07 web01 sshd[2291]: Failed password for [[ID_NUMBER|mkowalski]] from [[IP_ADDRESS|203.0.113.47]] port 51022 ssh2\nMar 14 02:11:09 web01 sshd[2291]: Failed password for [[ID_NUMBER|mkowalski]] from [[IP_ADDRESS|203.0.113.47]] port 51024 ssh2\nMar 14 02:11:15 web01 sshd[2294]: Accepted password for [[ID_NUMBER|dnguyen]] from [[IP_ADDRESS|198.51.100.23]] port 40112 ssh2",
    "Clean up these meeting notes:\n\nAttendees: [[PERSON|Harriet Lowe]], [[PERSON|Babajide Okonjo]], [[PERSON|Lucía Ferrer]], [[PERSON|Tom Ashdown]]\n- [[PERSON|Harriet]] to send budget v2 by Weds\n- [[PERSON|Babajide]] says vendor contract expires 30 Nov\n- [[PERSON|Lucía]] + [[PERSON|Tom]] own the onboarding doc\n- next sync Tues 10am",
    "Fix the grammar in this chat export before I forward it:\n[09:14] [[PERSON|Dilnoza]]: hi is the report ready\n[09:15] [[PERSON|Grzegorz]]: not yet, waiting on numbers from [[PERSON|Ayesha]]\n[09:21] [[PERSON|Dilnoza]]: ok pls ping me when its done",
    "Convert to a table:\nemp_id,name,dept,ext\n[[ID_NUMBER|E10442]],[[PERSON|Olivia Brennan]],Finance,2231\n[[ID_NUMBER|E10517]],[[PERSON|Rashid Al-Mansouri]],Legal,2240\n[[ID_NUMBER|E10608]],[[PERSON|Yuna Sato]],Marketing,2258",
    "Please make this signature look more professional:\n\n[[PERSON|Pedro Vasconcelos]] | Senior Analyst\n[[PHONE_NUMBER|+1 (415) 555-0143]] | [[EMAIL_ADDRESS|pedro.vasconcelos@brightlane.io]]\n[[STREET_ADDRESS|500 Howard St, Suite 210, San Francisco, CA 94105]]",
    "Summarise this form submission for the ticket:\nFull name: [[PERSON|Ekaterina Volkova]]\nEmail: [[EMAIL_ADDRESS|e.volkova@yandex.ru]]\nPhone: [[PHONE_NUMBER|07700 900489]]\nAddress: [[STREET_ADDRESS|12 Cedar Close, Reading RG1 5PL]]\nIssue: router drops every evening since the upgrade",
    "Translate this WhatsApp export into English:\n12/05/24, 18:02 - [[PERSON|Bruna]]: Oi, chego às 8\n12/05/24, 18:03 - [[PERSON|Caio Mendes]]: Beleza, a senha do portão é [[PASSWORD|4826]]\n12/05/24, 18:03 - [[PERSON|Bruna]]: Valeu!",
    'Find the error in this nginx log:\n[[IP_ADDRESS|192.0.2.114]] - [[ID_NUMBER|jlaurent]] [02/Apr/2024:11:02:41 +0000] "GET /admin HTTP/1.1" 403 153\n[[IP_ADDRESS|192.0.2.115]] - - [02/Apr/2024:11:02:44 +0000] "GET /favicon.ico HTTP/1.1" 404 0',
    "Write a one-paragraph summary of this e-mail:\n\nHi all,\nQuick update from the Lisbon offsite: [[PERSON|Marisa Gonçalves]] has agreed to lead the partner track and [[PERSON|Henrique Pinto]] will handle travel. Please send your passport numbers to [[PERSON|Henrique]] by Friday.\n\nThanks,\n[[PERSON|Sophie Lambert]]\n[[PHONE_NUMBER|020 7946 0392]]",
    "Can you convert this to JSON?\nName: [[PERSON|Kiri Te Rangi]]\nMember ID: [[ID_NUMBER|MB-4420917]]\nEmail: [[EMAIL_ADDRESS|kiri.terangi@xtra.co.nz]]\nPostal: [[STREET_ADDRESS|15 Rata Street, Naenae, Lower Hutt 5011]]",
    'This is from our app log, what does the error mean?\n2024-06-02T08:41:12Z ERROR auth user=[[ID_NUMBER|priya.natarajan]] ip=[[IP_ADDRESS|198.51.100.78]] msg="token expired"\n2024-06-02T08:41:13Z INFO auth user=[[ID_NUMBER|priya.natarajan]] ip=[[IP_ADDRESS|198.51.100.78]] msg="refresh ok"',
    "Shorten this reply and keep the facts:\n\nDear Mr [[PERSON|Agyeman]],\nThank you for your call. We have updated your contact number to [[PHONE_NUMBER|07700 900560]] and your address to [[STREET_ADDRESS|6 Harbour View, Whitby YO21 3PU]]. Your account [[ID_NUMBER|88301746]] is now active again.\nKind regards,\n[[PERSON|Lorna McAllister]], Customer Care",
    "Make this Slack export into minutes:\n[[PERSON|Femi Adeyinka]] 10:02 AM: deploy is blocked, who has the staging creds?\n[[PERSON|Ilse Vermeulen]] 10:03 AM: user [[ID_NUMBER|deploy_ilse]], pw [[PASSWORD|st4g1ng-Orca-19]]\n[[PERSON|Femi Adeyinka]] 10:05 AM: thanks, in",
    "Dedupe these rows:\nid,first,last,email\n1,[[PERSON|Aleksander]],[[PERSON|Hagen]],[[EMAIL_ADDRESS|a.hagen@proton.me]]\n2,[[PERSON|Mireille]],[[PERSON|Dubois]],[[EMAIL_ADDRESS|mireille.dubois@free.fr]]\n3,[[PERSON|Aleksander]],[[PERSON|Hagen]],[[EMAIL_ADDRESS|aleksander.hagen@gmail.com]]",
    "Fix this YAML indentation:\nuser:\n  name: [[PERSON|Hamid Sadeghi]]\n  login: [[ID_NUMBER|hsadeghi]]\n   email: [[EMAIL_ADDRESS|hamid.sadeghi@gmail.com]]\n  last_ip: [[IP_ADDRESS|203.0.113.201]]",
    "Summarise the complaint:\n\nFrom: [[EMAIL_ADDRESS|g.mwangi@gmail.com]]\nI, [[PERSON|Grace Mwangi]], booked the studio for 3 hours and got 2. The receptionist [[PERSON|Callum Reid]] said it was my fault. I want a partial refund to the card I paid with, [[CREDIT_CARD|4557 0219 3386 1044]].\n[[PERSON|Grace]]",
    "Turn these attendee notes into a tidy list:\nmtg w/ [[PERSON|Sung-min Park]] ([[EMAIL_ADDRESS|sungmin.park@naver.com]]), [[PERSON|Elif Demir]], [[PERSON|Oscar Blomqvist]]. [[PERSON|Elif]] presenting, [[PERSON|Oscar]] notes.",
    "What's wrong with this SQL insert?\nINSERT INTO customers (name, email, phone) VALUES ('[[PERSON|Rohan Mehta]]', '[[EMAIL_ADDRESS|rohan.mehta@yahoo.in]]' '[[PHONE_NUMBER|07700 900933]]');",
    "Reformat this address block for an envelope:\nMme [[PERSON|Claire Fontaine]]\n[[STREET_ADDRESS|Résidence Les Tilleuls, Bât. B\n8 avenue Jean Jaurès\n69007 Lyon]]",
    "Can you fix the column order? Should be name, account, IBAN:\n[[ID_NUMBER|400218]];[[PERSON|Wiebke Hansen]];[[IBAN_CODE|DE25500105179280164733]]\n[[ID_NUMBER|400219]];[[PERSON|Lars Petersen]];[[IBAN_CODE|GB13BARC20317845521960]]",
    "Summarise what this Teams chat decided:\n[[PERSON|Ngozi Eze]]: can we move the launch?\n[[PERSON|Patrick O'Sullivan]]: only if legal signs off\n[[PERSON|Ngozi Eze]]: [[PERSON|Patrick]], I'll ask [[PERSON|Deepa]] today\n[[PERSON|Deepa Krishnan]]: signed, go ahead",
    "Extract the contact details from this e-mail signature into JSON:\n--\n[[PERSON|Javier Morales Soto]]\nOperations Manager\nTel. [[PHONE_NUMBER|(305) 555-0126]]\n[[EMAIL_ADDRESS|jmorales@coastfreight.com]]\n[[STREET_ADDRESS|1450 NW 87th Ave, Doral, FL 33172]]",
    'Why did this login fail?\n[2024-09-11 22:04:51] WARN login failed user=[[ID_NUMBER|t.okoro]] src=[[IP_ADDRESS|192.0.2.77]] reason=bad_password attempted="[[PASSWORD|Tobi1234]]"',
    "Tidy up this rota:\nMon - [[PERSON|Aoife]]\nTue - [[PERSON|Kamal]]\nWed - [[PERSON|Aoife]] / [[PERSON|Sven]]\nThu - [[PERSON|Marta Słowik]]\nFri - [[PERSON|Kamal]]",
    "Convert this vCard to a CSV row:\nBEGIN:VCARD\nFN:[[PERSON|Irina Popova]]\nTEL;TYPE=cell:[[PHONE_NUMBER|+44 7700 900718]]\nEMAIL:[[EMAIL_ADDRESS|irina.popova@mail.ru]]\nADR:;;[[STREET_ADDRESS|41 Bridge Street, Chester CH1 1NG]]\nEND:VCARD",
    "Summarise this chain for my manager:\n\nOn Tue, [[PERSON|Liam Gallagher-Shaw]] <[[EMAIL_ADDRESS|liam.gs@northfieldlabs.com]]> wrote:\n> [[PERSON|Anneke]], did the samples arrive?\n\nOn Wed, [[PERSON|Anneke Visser]] wrote:\n> [[PERSON|Liam]], yes, two vials were cracked. Sending photos.",
    'Make this JSON into a sentence:\n{"passenger": "[[PERSON|Omar Farouk]]", "ff_number": "EK [[ID_NUMBER|551203984]]", "mobile": "[[PHONE_NUMBER|0491 570 832]]"}',
    "Here are my raw notes from the parents' evening, make them readable:\nMrs [[PERSON|Begum]] - happy w/ progress, asked abt reading group\nMr [[PERSON|Castellanos]] - wants a call back on [[PHONE_NUMBER|07700 900144]]\n[[PERSON|Dorota Lis]] - new e-mail [[EMAIL_ADDRESS|dorota.lis@wp.pl]]",
    "Rewrite this incident report in plain English:\nAt 14:20 user [[ID_NUMBER|cbaptiste]] ([[PERSON|Claudette Baptiste]]) reported a phishing e-mail. Her workstation [[IP_ADDRESS|198.51.100.152]] was isolated. Password reset issued; the temporary one was [[PASSWORD|Kv7#rain-Lamp]].",
    "Translate this note left by the cleaner into English:\n'Señora [[PERSON|Pilar]] me dijo que el código de la alarma es [[PASSWORD|5072]]. Vuelvo el jueves. [[PERSON|Rosa]]'",
    "Summarise this customer record for the handover:\nCustomer: [[PERSON|Bartholomew Ashby]]\nCustomer no: [[ID_NUMBER|CU-7719024]]\nCard on file: [[CREDIT_CARD|3471 208395 66245]]\nPhone: [[PHONE_NUMBER|(503) 555-0109]]\nNotes: prefers e-mail, [[EMAIL_ADDRESS|bart.ashby@comcast.net]]",
    "Format these payroll lines as a table:\n[[PERSON|Sokha Chea]] | [[ID_NUMBER|EMP-3391]] | [[IBAN_CODE|GB69 NWBK 6014 2389 1047 53]]\n[[PERSON|Reinhard Mayr]] | [[ID_NUMBER|EMP-3392]] | [[IBAN_CODE|AT27 1904 3003 8291 7465]]",
    "Can you make these minutes shorter?\n\nBoard call, 4 March\nPresent: [[PERSON|Ifeoma Chukwu]] (chair), [[PERSON|Gareth Llewellyn]], [[PERSON|Mei Ling Ong]], [[PERSON|Rafaela Duarte]]\n1. [[PERSON|Gareth]] presented the budget; approved.\n2. [[PERSON|Mei Ling]] raised the lease renewal; [[PERSON|Ifeoma]] to call the agent.\n3. AOB: [[PERSON|Rafaela]] steps down in June.",
    "Parse this firewall log, which IP is the problem?\nDENY src=[[IP_ADDRESS|203.0.113.9]] dst=10.0.4.2 dport=3389 user=[[ID_NUMBER|rmalik]]\nDENY src=[[IP_ADDRESS|203.0.113.9]] dst=10.0.4.2 dport=3389 user=[[ID_NUMBER|admin_rmalik]]\nALLOW src=[[IP_ADDRESS|192.0.2.60]] dst=10.0.4.2 dport=443 user=[[ID_NUMBER|hpatel]]",
    "Please reply to this for me, friendly but no:\n\nHi, it's [[PERSON|Tobias Engel]] from the climbing gym. Could you lend me your car on Saturday? My number's [[PHONE_NUMBER|+44 7700 900395]] if easier. Cheers, [[PERSON|Tobi]]",
    "Fix the typos in this sign-up form:\nNmae: [[PERSON|Precious Ndlovu]]\nEmial: [[EMAIL_ADDRESS|precious.ndlovu@gmail.com]]\nAdress: [[STREET_ADDRESS|18 Church Street, Stellenbosch, 7600]]\nMobil: [[PHONE_NUMBER|0491 570 267]]",
    'Turn this JSON list into a bulleted list of people and teams:\n[{"name": "[[PERSON|Henrietta Clarke]]", "team": "Payments", "login": "[[ID_NUMBER|hclarke]]"}, {"name": "[[PERSON|Babak Rostami]]", "team": "Risk", "login": "[[ID_NUMBER|brostami]]"}]',
]

# 30 short messages naming one private person and nothing else, no cue word: the first 15
# all in lower case.
SHORT = [
    "did [[PERSON|oksana]] ever send the file",
    "is [[PERSON|dawit]] still coming tonight",
    "whens [[PERSON|marisol]] back from leave",
    "ask [[PERSON|teodora]] about the spare keys",
    "[[PERSON|hamza]] said hed bring the chairs",
    "has [[PERSON|ingrid halvorsen]] replied yet",
    "what did [[PERSON|rafa]] mean by that",
    "[[PERSON|kojo]] is running late again",
    "tell [[PERSON|imogen]] the meeting moved",
    "[[PERSON|chen jing]] never answered my email",
    "where does [[PERSON|svetlana]] keep the charger",
    "cant reach [[PERSON|abebe]] at all today",
    "did [[PERSON|paulo]] pay for lunch or not",
    "[[PERSON|róisín]] wants the window seat",
    "is it [[PERSON|kenji]] or me presenting",
    "Did [[PERSON|Sebastián Ortega]] sign off on it?",
    "[[PERSON|Magnus]] took the last parking pass.",
    "Waiting on [[PERSON|Adaeze]] before we start.",
    "Has anyone seen [[PERSON|Florin]] today?",
    "[[PERSON|Beatriz Nogueira]] is covering reception.",
    "Forward this to [[PERSON|Tariq Hussain]] please.",
    "Is [[PERSON|Ylva]] in the office tomorrow?",
    "[[PERSON|Kalani]] already booked the room.",
    "Can [[PERSON|Gwen Tudor]] approve this instead?",
    "Lunch with [[PERSON|Emeka]] moved to 1pm.",
    "[[PERSON|Zsófia]] has the signed copy.",
    "Why did [[PERSON|Pradeep]] cancel again?",
    "Send the draft to [[PERSON|Manon Girard]] first.",
    "[[PERSON|Ravshan]] says the printer is fixed.",
    "Ask [[PERSON|Annelies]] where the invoices went.",
]

# 25 creative-writing and role-play prompts that invent characters with ordinary first names.
CLEAN_PROMPTS = [
    "Write a short story about a girl named Maya who finds a talking fox in her grandmother's garden.",
    "Write a bedtime story for a five-year-old about a boy called Leo who is afraid of the dark.",
    "Role-play as a grumpy innkeeper named Bruno in a fantasy tavern. I'll be a traveller asking for a room.",
    "Write a 300-word mystery where a detective named Clara solves a theft at a village bake sale.",
    "Create a dialogue between two robots, Pip and Zed, arguing about whether humans dream.",
    "Write a poem from the point of view of an old lighthouse keeper called Tomas.",
    "Pretend you are a ship's captain named Isla reporting to the crew after a storm.",
    "Write a children's story about twin sisters, Ruby and Rose, who open a lemonade stand.",
    "Invent a villain named Victor for my tabletop campaign, with a backstory and three weaknesses.",
    "Write a love letter from a soldier named Henry in 1916 to someone back home.",
    "Write a funny scene where a cat named Biscuit tries to take over the household.",
    "Role-play a job interview: you are the interviewer, Sarah, hiring for a junior designer.",
    "Write a sci-fi opening paragraph about an astronaut called Anya waking up alone on a station.",
    "Create three characters for a sitcom set in a hair salon: give them first names, quirks and a running joke.",
    "Write a fable about a tortoise named Oliver who wants to fly.",
    "Write a diary entry of a twelve-year-old named Jamie on the first day at a new school.",
    "Write a rap verse for a character called Dex who runs a food truck.",
    "Imagine a dragon named Ember who is afraid of fire. Write the first chapter.",
    "Write a short horror story about a babysitter named Megan and a phone that keeps ringing.",
    "Role-play as Professor Quill, an eccentric wizard teaching potions to first-years.",
    "Write a haiku sequence about a fisherman named Kai at dawn.",
    "Write a scene where two friends, Nora and Sam, get lost on a hiking trail and argue about the map.",
    "Give me a name and personality for a friendly AI assistant in my novel, and write its first line.",
    "Write a western short story about a sheriff named Abigail facing down a gang at noon.",
    "Write a motivational speech given by a coach named Marcus before the championship game.",
]

# 20 grade-school word problems with fictional first names.
CLEAN_MATHS = [
    "Emma has 24 stickers and gives 7 to her friend. How many does she have left?",
    "Liam reads 15 pages a day. How many pages does he read in 2 weeks?",
    "Sofia buys 3 notebooks at $2.50 each and a pen for $1.20. How much does she spend?",
    "Noah's garden is 8 m long and 5 m wide. What is its area?",
    "Ava has twice as many marbles as Ben. Together they have 36. How many does Ava have?",
    "A train leaves at 9:45 and the trip takes 2 hours 35 minutes. When does Lucas arrive?",
    "Mia bakes 48 cookies and packs them in boxes of 6. How many boxes does she fill?",
    "Ethan saves $12 a week. How many weeks until he can buy a $90 bike?",
    "Chloe ran 3.2 km on Monday and 4.7 km on Tuesday. How far did she run altogether?",
    "Jack has 5 quarters, 3 dimes and 4 nickels. How much money is that?",
    "Isabella cuts a 2 m ribbon into pieces of 25 cm. How many pieces does she get?",
    "Oscar is 4 years older than his sister Lily. In 3 years their ages add up to 30. How old is Lily now?",
    "Priya's class has 28 students and 3/4 of them walk to school. How many walk?",
    "Daniel scored 78, 85 and 92 on three tests. What is his average?",
    "Grace fills a 12-litre tank at 1.5 litres per minute. How long does it take?",
    "Aarav has 150 beads and uses 18 for each bracelet. How many bracelets can he make and how many beads are left?",
    "A pizza is cut into 8 slices. Zoe eats 3 and Max eats 2. What fraction is left?",
    "Hannah walks 1.2 km to school and back every day. How far does she walk in 5 school days?",
    "Omar buys a jacket for $60 with a 15% discount. What does he pay?",
    "Ella plants 6 rows of 9 tulips and 4 rows of 7 daffodils. How many flowers is that?",
]

# 20 multiple-choice exam items.
CLEAN_EXAM = [
    "Which organelle produces most of a cell's ATP? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "What is the derivative of x^3? A) x^2 B) 3x^2 C) 3x D) x^4/4",
    "Which gas makes up about 78% of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "Under the doctrine of stare decisis, courts are bound by: A) statutes only B) precedent C) treaties D) custom",
    "Who wrote 'Pride and Prejudice'? A) Charlotte Brontë B) Jane Austen C) George Eliot D) Mary Shelley",
    "A 45-year-old man presents with crushing chest pain radiating to the left arm. The first test should be: A) Chest X-ray B) ECG C) Echocardiogram D) CT scan",
    "What is the chemical symbol for sodium? A) So B) Sd C) Na D) Sn",
    "Which treaty ended World War I? A) Treaty of Paris B) Treaty of Versailles C) Treaty of Utrecht D) Treaty of Ghent",
    "What is 15% of 240? A) 24 B) 32 C) 36 D) 40",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "Newton's second law is usually written as: A) E = mc^2 B) F = ma C) V = IR D) PV = nRT",
    "The capital of Australia is: A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which data structure uses first-in, first-out order? A) Stack B) Queue C) Tree D) Heap",
    "A contract signed under duress is generally: A) void B) voidable C) enforceable D) illegal",
    "Which planet has the shortest year? A) Venus B) Mercury C) Mars D) Earth",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Leonardo da Vinci C) Michelangelo D) Donatello",
    "What is the normal resting heart rate range for adults? A) 40-50 B) 60-100 C) 100-140 D) 120-160",
    "Which empire built Machu Picchu? A) Aztec B) Maya C) Inca D) Olmec",
    "In SQL, which clause filters groups after aggregation? A) WHERE B) ORDER BY C) HAVING D) LIMIT",
]

# 15 questions naming public figures, fictional characters, eponyms, brands and places.
CLEAN_PUBLIC = [
    "What did Marie Curie win her second Nobel Prize for?",
    "Is Sherlock Holmes based on a real person?",
    "Explain the Doppler effect like I'm ten.",
    "Why did Elon Musk rename Twitter to X?",
    "How tall is the Eiffel Tower and when was it built?",
    "Who would win in a race, Usain Bolt or a cheetah?",
    "Summarise the plot of Harry Potter and the Prisoner of Azkaban without spoilers.",
    "What is Parkinson's law in project management?",
    "Did Taylor Swift write all of her own songs on Folklore?",
    "What is the difference between a Ferrari and a Lamborghini engine?",
    "Why is Hermione Granger considered a strong character?",
    "What's the best time of year to visit Kyoto?",
    "How did Nelson Mandela spend his years on Robben Island?",
    "What does the Heimlich manoeuvre involve?",
    "Compare IKEA and Muji as brands for a small flat.",
]

# 20 technical questions with code, versions, hashes, ports and placeholders.
CLEAN_TECH = [
    "How do I add a user in Linux? I tried `sudo useradd <username>` but there's no home directory.",
    "My Postgres 16 container won't start: 'port 5432 already in use'. How do I find what's using it?",
    "Why does `git checkout 3f9a2c1` put me in a detached HEAD state?",
    "Write a regex that matches e-mail addresses like user@example.com but not user@localhost.",
    "In Python 3.12, what's the difference between `list.sort()` and `sorted()`?",
    "How do I configure nginx to proxy port 8080 to 3000 on the same host?",
    "What does `chmod 755 deploy.sh` do exactly?",
    "Explain this error: ModuleNotFoundError: No module named 'numpy' after pip install numpy==1.26.4.",
    "How do I set the env var DATABASE_URL=postgres://<user>:<password>@localhost:5432/app in docker compose?",
    "What's the SHA-256 of an empty string and why is it always e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855?",
    "In React 18, why does useEffect run twice in development?",
    "How can I send a test mail to admin@example.org using swaks?",
    "Convert this curl to Python requests: curl -H 'Authorization: Bearer <token>' https://api.example.com/v1/items",
    "What's the difference between TCP port 443 and 8443 in a Kubernetes ingress?",
    "How do I generate a UUID v4 in Go 1.22 without external packages?",
    "My SSH config has `User <username>` and `HostName example.net`; why does it still ask for a password?",
    "Explain what `SELECT * FROM users WHERE id = ?` protects against.",
    "How do I undo the last commit but keep the changes in git 2.43?",
    "Why does Node 20 warn about `punycode` being deprecated?",
    "What does HTTP status 429 mean and how should a client back off?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "880412-3720": luhn_len(10),  # Swedish personnummer
    "287341069": bsn_ok,  # Dutch BSN
    "48271936L": dni_ok,  # Spanish DNI
    "95031406521": pesel_ok,  # Polish PESEL
    "318.604.925-33": cpf_ok,  # Brazilian CPF
    "3618 2047 5196": aadhaar_ok,  # Indian Aadhaar
    "046 193 272": luhn_len(9),  # Canadian SIN
    "999 213 4577": nhs_ok,  # NHS number, from the 999 range
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \(\d{3}\) 555-01\d{2}",
        r"\d{3}-555-01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 ?570 ?\d{3}",  # Australia
        r"\+61 491 570 \d{3}",
    )
]
DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.")

# Cue words: relations and roles, greetings, and titles or introductions before a name.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child(ren)?|aunt|auntie|uncle|cousin|niece|nephew|grand\w*|\w+-in-law|"
    r"friends?|bf|gf|boyfriend|girlfriend|partner|fianc\w*|boss|manager|colleague|"
    r"co-?worker|neighbou?r|landlord|landlady|tenant|room-?mate|flatmate|teacher|tutor|"
    r"student|doctor|nurse|client|patient|customer|nanny|babysitter|coach|mentor|step\w+|"
    r"intern|supervisor|hi|hello|hey|hiya|dear|yo|cheers|regards|thanks|thank you)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(
    r"\b(this is|my name is|call me|i'?m|im|i am|mr|mrs|ms|miss|mx|dr|prof)\.?,?\s+\[\[PERSON",
    re.IGNORECASE,
)


def has_cue(marked: str) -> bool:
    """Whether a text names its person with a relation, role, greeting, title or intro."""
    return bool(CUE_WORDS.search(strip_marks(marked)[0]) or CUE_BEFORE_NAME.search(marked))


def check_requests(texts: list[str]) -> None:
    """Requests: 8 to 80 words, at least one person each, about half without a cue."""
    for marked in texts:
        if not REQUEST_WORDS[0] <= word_count(marked) <= REQUEST_WORDS[1]:
            raise SystemExit(f"requests: {word_count(marked)} words in {marked[:60]!r}")
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"requests: no person in {marked[:60]!r}")
    bare = sum(not has_cue(t) for t in texts)
    if not 38 <= bare <= 52:
        raise SystemExit(f"requests: {bare} without a cue, want about half")


def check_desk(texts: list[str]) -> None:
    """Desk messages: 10 to 100 words, a person and at least one other value each."""
    for marked in texts:
        kinds = {s["type"] for s in marked_spans(marked)}
        if not DESK_WORDS[0] <= word_count(marked) <= DESK_WORDS[1]:
            raise SystemExit(f"desk: {word_count(marked)} words in {marked[:60]!r}")
        if "PERSON" not in kinds or len(kinds) < 2:
            raise SystemExit(f"desk: want a person and a value in {marked[:60]!r}")


def check_pasted(texts: list[str]) -> None:
    """Pasted materials: each holds at least two marked values."""
    for marked in texts:
        if len(marked_spans(marked)) < 2:
            raise SystemExit(f"pasted: fewer than two values in {marked[:60]!r}")


def check_short(texts: list[str]) -> None:
    """Short messages: 3 to 12 words, one person and nothing else, no cue word; the first
    ``LOWER_SHORT`` all in lower case, the others not."""
    for i, marked in enumerate(texts):
        spans = marked_spans(marked)
        plain = strip_marks(marked)[0]
        if not SHORT_WORDS[0] <= word_count(marked) <= SHORT_WORDS[1]:
            raise SystemExit(f"short: {word_count(marked)} words in {marked[:60]!r}")
        if len(spans) != 1 or spans[0]["type"] != "PERSON" or has_cue(marked):
            raise SystemExit(f"short: want one bare person in {marked[:60]!r}")
        if (plain == plain.lower()) != (i < LOWER_SHORT):
            raise SystemExit(f"short: wrong case in {marked[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def main() -> None:
    sections = {
        "requests": (REQUESTS, 90),
        "desk": (DESK, 60),
        "pasted": (PASTED, 40),
        "short": (SHORT, 30),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean public": (CLEAN_PUBLIC, 15),
        "clean tech": (CLEAN_TECH, 20),
    }
    pii = REQUESTS + DESK + PASTED + SHORT
    check_requests(REQUESTS)
    check_desk(DESK)
    check_pasted(PASTED)
    check_short(SHORT)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind27", HERE, sections, {"requests", "desk", "pasted", "short"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=REQUESTS, lower_chat=LOWER_REQUESTS, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
