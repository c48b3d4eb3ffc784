# ruff: noqa: E501
"""An eighteenth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind17.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no dataset text). The set is
shaped like public synthetic PII benchmarks and public chat benchmarks:

* 120 short records (6 to 40 words) of the kind synthetic PII benchmarks hold, each about or
  by one invented person: questions ("Why is ... so ...?", "Where does ... work?", "Is ...
  coming on Friday?", "How do I reach ...?"), statements, shipping and invoice lines, "My
  name is ...", card, IBAN, SSN and national-id lines, bios, notes, customer-service lines,
  casual lines with a lone first name or surname and no cue word, full names with middle
  names, initials, particles and suffixes, names from over 30 countries romanised; the first
  20 typed all in lower case; 50 hold only a person's name (25 with a cue word such as a
  title, a relation, "my name is", a signature; 25 with none), the other 70 an address in a
  national format, a phone, an e-mail, a card, an IBAN, an SSN, a national id with its check
  digit, a customer, member or employee number, a username, an IP or a secret, some with two
  or three identifiers;
* 60 chat requests to an AI assistant (30 to 150 words) from people at work or at home: a
  gym receptionist, a wedding planner, a vet nurse, a council caseworker, a youth football
  coach, an estate agent, a church treasurer, a student nurse, a barber, a delivery
  dispatcher, a dog groomer, a driving instructor, a pharmacist, a piano teacher, a
  locksmith, a lifeguard, a midwife and others; about half with a cue (a relation word,
  "Dear", "my client", a colleague, a signature) and half without; 11 mention a password,
  PIN, padlock, alarm or key-safe code, wifi key or username in passing, one a member number;
* 40 pasted texts to summarise, fix or convert: e-mails with signatures, CSV, JSON, YAML and
  SQL rows, sshd, web-server, VPN and application logs with usernames and IPs, forms, minutes,
  chat exports, tickets, a referral letter, a contract clause, a bank statement and a rota.

Usernames, handles, logins, account, customer, member, policy, patient and employee numbers,
passports and national ids are labelled ID_NUMBER; PINs, door, gate and key-safe codes, wifi
keys, passphrases and passwords PASSWORD; titles (Mr, Mrs, Ms, Mme, Dr, Rev, Auntie, Uncle)
stay outside PERSON spans; an address span runs from the street line through the postcode
and city as typed; dates of birth, order, ticket and invoice numbers, public
figures, companies and fictional characters are not labelled; every occurrence of a private
value is marked.

The 100 clean texts are shaped like public LLM benchmark prompts: 25 writing and role-play
prompts (public figures, fictional characters and famous places allowed), 25 grade-school
word problems with fictional first names, 25 multiple-choice exam items (law, medicine,
history, science; some with a fictional name in the case) with options A to D, and 25
everyday and technical questions naming public figures, eponyms, brands, places, works of
fiction or code with placeholders.

All values are invented: phones from ranges kept for fiction (UK 07700 900, 020 7946 0 and
the 0113 to 0161 496 0 drama ranges, US and Canada 555-01, Australia 0491 570, Sweden
070-174 06), cards Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not
the standard documentation examples, national ids with valid check digits where the format
has a public one (Dutch BSN, Polish PESEL, Spanish DNI, Belgian national number, Singapore
NRIC, South African id, Turkish TC kimlik, Chilean RUT, Chinese resident id, Indian Aadhaar,
Canadian SIN, Swedish personnummer, Japanese My Number, Australian TFN, NHS number), IPs from
the documentation ranges.

Run ``.venv/bin/python bench/data/build_blind18.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    belgian_id_ok,
    bsn_ok,
    check_national_ids,
    china_id_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    my_number_ok,
    nhs_ok,
    nric_ok,
    pesel_ok,
    rut_ok,
    tfn_ok,
)
from marks import TYPES, build_sections, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_SHORT = 20
MIN_CHARS = 15
MAX_WORDS = 260
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Mme|Dr|Prof|Rev|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 short records: the first 20 all in lower case.
SHORT = [
    # all lower case
    "why is [[PERSON|dagny haugland]] always late to the nine o'clock stand-up?",
    "is [[PERSON|tomasz]] coming on friday or should i give his seat to someone else",
    "my name is [[PERSON|aroha ngata]] and i'd like to change where my parcels get delivered",
    "send the signed contract to [[PERSON|bilal qureshi]] at [[EMAIL_ADDRESS|bilal.q@ferncastle-ltd.co.uk]] before noon tomorrow",
    "how do i reach [[PERSON|chiamaka]]? her number was [[PHONE_NUMBER|07700 900517]] but it just rings out",
    "[[PERSON|rasmus]] says the fridge in the staff room smells again",
    "ask [[PERSON|nguyen van long]] if he can swap shifts with me on sunday",
    "my sister [[PERSON|valentina]] just moved to [[STREET_ADDRESS|via dei mille 14, 20129 milano]], send her card there",
    "the card on file for [[PERSON|ruth abernathy]] is [[CREDIT_CARD|4258 8323 2891 5670]], please charge the deposit",
    "the wifi password at [[PERSON|kainoa]]'s place is [[PASSWORD|mangotree88]] if you need it",
    "where does [[PERSON|imogen fairweather]] work these days, still at the library?",
    "dear mr [[PERSON|haddad]], your parcel is waiting for you at the depot",
    "[[PERSON|sofía castañeda]]'s ssn is [[US_SSN|417-38-2956]], pls update her file before payroll runs",
    "[[PERSON|joseph kariuki]] logs in as [[ID_NUMBER|jkariuki77]] from [[IP_ADDRESS|198.51.100.42]] most mornings",
    "ping [[PERSON|haruto]] when the build finishes, he's waiting on it",
    "my grandad [[PERSON|seamus o'rourke]] turns 88 next week and wants a quiet lunch",
    "pay [[PERSON|anneke de vries]] into [[IBAN_CODE|nl41veds3238904027]] once she sends the invoice",
    "is [[PERSON|oyelaran]] the one who fixed the printer on the second floor",
    "[[PERSON|priya raghavan]]'s new number is [[PHONE_NUMBER|(312) 555-0142]], the old one is dead",
    "door code for the flat is [[PASSWORD|2580]], [[PERSON|leilani]] will meet you upstairs with the keys",
    # only a name, with a cue word
    "My name is [[PERSON|Thandiwe Mokoena]] and I'm calling about a refund for a cancelled flight.",
    "Hi, this is [[PERSON|Lukas Brandstätter]] from accounts, returning your call.",
    "Please forward this to my colleague [[PERSON|Inês Albuquerque]] in the Porto office.",
    "Dear Ms [[PERSON|Kowalska]], thank you for your patience while we looked into this.",
    "My neighbour [[PERSON|Józef]] keeps parking across our drive every Sunday.",
    "Our new intern, [[PERSON|Mateo Ríos Villanueva]], starts on Monday in the design team.",
    "Signed on behalf of the committee: [[PERSON|Gwendolyn A. Prothero]], secretary",
    "Thanks again for the quick turnaround.\nKind regards,\n[[PERSON|Eero Mäkinen]]",
    "Dr [[PERSON|Ananya Bhattacharjee]] will see you at four, please take a seat.",
    "Patient [[PERSON|Kofi Boateng]] was discharged this morning with a follow-up in two weeks.",
    "My daughter [[PERSON|Zeynep]] has a fever again, so she won't be in school today.",
    "Contact person for the tender: [[PERSON|Marie-Claire Dubois-Léger]].",
    "Bio: [[PERSON|Ngozi Eze-Adeyemi]] grew up in Enugu, studied in Manchester and now teaches chemistry at a sixth-form college.",
    "Mr [[PERSON|Van der Merwe]] asked for a window seat and a vegetarian meal.",
    "Customer [[PERSON|Giulia Ferraro-Bianchi]] called twice today about the same missing refund.",
    "Ask your manager, [[PERSON|Hamid Rezaei]], to sign the form before Thursday.",
    "My husband [[PERSON|Björn Sigurðsson]] is allergic to shellfish, can the kitchen manage that?",
    "The bride, [[PERSON|Charlotte Ashdown-Reyes]], wants peonies on every table and no lilies.",
    "Please welcome our new treasurer, [[PERSON|Aurelio Santángel]], who takes over the books in May.",
    "Yours sincerely,\n[[PERSON|Wiremu T. Hohaia]]\nChair, Board of Trustees",
    "Uncle [[PERSON|Bartholomew de la Cruz III]] is hosting Thanksgiving this year, heaven help us.",
    "[[PERSON|Oluwaseun Adebayo-Cole]], born in 1989 in Ibadan, works as a pharmacist at Greenhollow Clinic.",
    # only a name, no cue word
    "Why is [[PERSON|Leofric Ashby]] so grumpy this week?",
    "Is [[PERSON|Svetlana Morozova]] coming to the quiz on Friday?",
    "Where does [[PERSON|Kwame Asante-Darko]] work now that the shop has closed?",
    "How do I reach [[PERSON|Beatriz Quintanilla]] about the flat viewing?",
    "[[PERSON|Nakamura]] still hasn't returned the projector he borrowed in March.",
    "Had lunch with [[PERSON|Farida]] and [[PERSON|Olu]], both say hi and want a rematch.",
    "[[PERSON|Anouk]] thinks we should repaint the hallway a dark green.",
    "Did [[PERSON|Mehmet Yıldırım]] ever pay you back for the concert tickets?",
    "[[PERSON|Thiago Barros da Silva]] moved to Lisbon last spring and loves it.",
    "Can [[PERSON|Ingrid]] cover the Saturday shift if I take her Wednesday?",
    "[[PERSON|Kowalczyk]] won the office raffle again, third time in a row.",
    "[[PERSON|Rangi]] and [[PERSON|Tui]] are bringing the pavlova and the folding chairs.",
    "Why does [[PERSON|Esperanza Villalobos]] hate the new logo so much?",
    "Saw [[PERSON|Dmitri Volkov-Hale]] at the station, he looked exhausted.",
    "Would [[PERSON|Aisling]] mind if I borrowed her bike for the weekend?",
    "[[PERSON|Phạm Thị Mai]] got the promotion over everyone, and honestly she earned it.",
    "Is [[PERSON|Juan Pablo Echeverría]] still vegan, or can I make the lasagne?",
    "[[PERSON|Linnea]] left her umbrella here yesterday, it's by the door.",
    # addresses
    "Please ship it to [[PERSON|Hannelore Brückner]] at [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]].",
    "[[PERSON|Wendell Okafor-Greene]] moved to [[STREET_ADDRESS|2218 Willow Bend Dr, Apt 4, Tucson, AZ 85716]] in March.",
    "Mme [[PERSON|Solène Marchetti]]'s new address is [[STREET_ADDRESS|17 rue des Tanneurs, 69003 Lyon]].",
    "Send the fabric samples to [[PERSON|Yuki Tanabe]], [[STREET_ADDRESS|3-12-7 Kitazawa, Setagaya-ku, Tokyo 155-0031]].",
    "[[PERSON|Isla McKendrick]], [[STREET_ADDRESS|14 Larchmont Road, Leeds LS6 2QX]], [[PHONE_NUMBER|07700 900634]]",
    "[[PERSON|Chidinma Obi]]'s parcel goes to [[STREET_ADDRESS|9/41 Marlowe Street, Brunswick VIC 3056]]; ring [[PHONE_NUMBER|0491 570 157]] if nobody answers.",
    "[[PERSON|Rafael Sepúlveda Ortiz]] lives at [[STREET_ADDRESS|Calle del Olivar 23, 3º B, 28012 Madrid]] with two cats.",
    "Deliver to [[PERSON|Wojciech Zieliński]], [[STREET_ADDRESS|ul. Kwiatowa 17/4, 30-112 Kraków]], between 9 and 5.",
    "The invoice should go to [[PERSON|Aarav Malhotra]], [[STREET_ADDRESS|Flat 12B, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038]].",
    "[[PERSON|Luana Figueiredo]] has lived at [[STREET_ADDRESS|Rua das Acácias, 245, apto 32, Pinheiros, São Paulo - SP, 05422-010]] since January.",
    "Return address: [[PERSON|Ciarán Mac Giolla Bhríde]], [[STREET_ADDRESS|22 Ashgrove Park, Ballincollig, Co. Cork, P31 X2K7]]",
    "[[PERSON|Elsa Lundgren]], [[STREET_ADDRESS|Storgatan 8B, 753 20 Uppsala]], mobil [[PHONE_NUMBER|070-174 06 52]]",
    "Can you confirm [[PERSON|Burak Aydoğan]] still lives at [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]]?",
    "Send [[PERSON|Matías Goldberg]]'s books to [[STREET_ADDRESS|Av. Corrientes 2150, piso 6 depto B, C1046AAN CABA]], he's back in Buenos Aires.",
    "[[PERSON|Tane Parata]] has moved to [[STREET_ADDRESS|16 Kowhai Crescent, Karori, Wellington 6012]].",
    "New tenant: [[PERSON|Mehwish Anwar]], [[STREET_ADDRESS|1107-508 Birchmount Rd, Toronto ON M1K 1P5]], move-in 1 September.",
    # phones
    "Call [[PERSON|Darnell Whitfield]] on [[PHONE_NUMBER|(773) 555-0119]] after six, he works nights.",
    "Mobile for [[PERSON|Siân Llewellyn]]: [[PHONE_NUMBER|+44 7700 900283]], best after lunch.",
    "Mr [[PERSON|Abebe Girma]] can be reached on [[PHONE_NUMBER|020 7946 0915]] during office hours.",
    "My name is [[PERSON|Oren Shapira]] and my number is [[PHONE_NUMBER|(646) 555-0187]].",
    "If [[PERSON|Noor Al-Hashimi]] calls from [[PHONE_NUMBER|+1 415 555 0163]], put her straight through.",
    "Text [[PERSON|Karin Holmberg]] at [[PHONE_NUMBER|+46 70 174 06 18]] when the car is ready.",
    "[[PERSON|Ileana Petrescu]]'s emergency contact number is [[PHONE_NUMBER|07700900902]], that's her brother.",
    # e-mails
    "Send the invoice to [[PERSON|Tobias Engqvist]] at [[EMAIL_ADDRESS|tobias.engqvist@nordlys-bygg.se]].",
    "Contact: [[PERSON|Hoàng Minh Tuấn]] <[[EMAIL_ADDRESS|tuan.hoang@lotusweave.vn]]>, Hanoi office",
    "I'm [[PERSON|Ornella Ferrante]], the architect on the Bari job; my email is [[EMAIL_ADDRESS|ornella@studioferrante.it]].",
    "Please cc [[PERSON|Kaveh Moradi]] ([[EMAIL_ADDRESS|kaveh.moradi@parsaline.ir]]) on every reply about the shipment.",
    "Name: [[PERSON|Astrid Nørgaard]] | Email: [[EMAIL_ADDRESS|astrid.noergaard@fjordpost.dk]] | Member since 2019",
    "Is [[EMAIL_ADDRESS|jonas.petraitis@baltmail.lt]] still the right address for [[PERSON|Jonas Petraitis]]?",
    "[[PERSON|Adaeze Nwosu]]'s work email bounces; try [[EMAIL_ADDRESS|adaeze.nwosu@kolanutlabs.ng]] instead.",
    # cards
    "[[PERSON|Maximilian Auer]]'s card number is [[CREDIT_CARD|4567 5080 3821 8102]], expiry 09/27.",
    "Please charge [[CREDIT_CARD|3700 650682 72777]] for Ms [[PERSON|Delphine Aubert]]'s booking.",
    "[[PERSON|Priscilla Oduya]] paid with [[CREDIT_CARD|6011041212326662]] and wants the receipt at [[EMAIL_ADDRESS|p.oduya@mailbox-kampala.ug]].",
    "The JCB on [[PERSON|Hiroshi Kaneda]]'s account is [[CREDIT_CARD|3589 7249 5220 5639]].",
    # IBANs
    "Transfer the deposit to [[PERSON|Lorenzo Bassani]], IBAN [[IBAN_CODE|IT41 G347 8860 2466 3212 0997 004]].",
    "Refund [[PERSON|Jürgen Haberl]] to [[IBAN_CODE|DE73 0994 9075 1663 7694 86]], not to the card.",
    "Salary account for [[PERSON|Inês Carvalho Mota]]: [[IBAN_CODE|PT31 8462 5434 9645 0072 3847 9]]",
    "[[PERSON|Agnieszka Wróbel]]'s IBAN is [[IBAN_CODE|PL26 9680 4168 4161 2180 7034 3976]].",
    "[[PERSON|Eoin Brennan]] wants his refund paid to [[IBAN_CODE|IE35AUIM32724295442987]] rather than the card.",
    # SSNs
    "[[PERSON|Marcus Delgado-Reyes]], SSN [[US_SSN|529-41-7706]], starts on the 3rd.",
    "[[PERSON|Tamika Broussard]] wrote her social as [[US_SSN|614-83-2097]] on the W-4.",
    # national ids, customer and member numbers, usernames
    "[[PERSON|Wouter Janssen]], BSN [[ID_NUMBER|679139485]], asked for a copy of his file.",
    "Patient [[PERSON|Katarzyna Nowak]], PESEL [[ID_NUMBER|87051430620]], bed 14.",
    "[[PERSON|Álvaro Gil Serrano]]'s DNI is [[ID_NUMBER|47382915V]], check it against the scan.",
    "[[PERSON|Lotte Peeters]], rijksregisternummer [[ID_NUMBER|85.07.30-033.28]], lives in Ghent.",
    "[[PERSON|Tan Wei Ling]]'s NRIC is [[ID_NUMBER|S8472615Z]]; please mask it in the report.",
    "[[PERSON|Lwazi Ndlovu]], ID number [[ID_NUMBER|9203145082088]], applied for the bursary.",
    "[[PERSON|Emre Çelik]]'s TC kimlik no is [[ID_NUMBER|38264195750]].",
    "Employee [[ID_NUMBER|44-0917]], [[PERSON|Constanza Muñoz]] (RUT [[ID_NUMBER|16.384.927-5]]), is on leave until June.",
    "Member number [[ID_NUMBER|KLB-209334]] belongs to [[PERSON|Heather Quinlan]], not to her husband.",
    "[[PERSON|Zhang Xiulan]]'s resident ID [[ID_NUMBER|110108199003074236]] was typed twice in the form.",
    "Aadhaar for [[PERSON|Lakshmi Venkataraman]]: [[ID_NUMBER|7384 9162 0580]]",
    "[[PERSON|Gabrielle Tremblay-Roy]]'s SIN is [[ID_NUMBER|528 173 644]], keep it off the email.",
    "[[PERSON|Nils Ekström]], personnummer [[ID_NUMBER|901206-4185]], has asked for his records.",
    "[[PERSON|Aoi Fujimoto]]'s My Number is [[ID_NUMBER|4827 3910 5620]]; the card copy is in the drawer.",
    "[[PERSON|Harrison Lowe]], TFN [[ID_NUMBER|289 131 752]], started casual work on Monday.",
    # IPs and secrets
    "The login from [[IP_ADDRESS|203.0.113.77]] was [[PERSON|Maja Horvat]]'s laptop, not an attacker.",
    "[[PERSON|Farhad Karimi]] connects from [[IP_ADDRESS|192.0.2.58]] as [[ID_NUMBER|fkarimi]].",
    "[[PERSON|Agustina]]'s locker PIN is [[PASSWORD|7392]], don't tell anyone.",
    "[[PERSON|Oskar Wiśniewski]] set his router password to [[PASSWORD|Zielony_Kot!2019]].",
]

# 60 chat requests to an AI assistant, 30 to 150 words.
CHAT = [
    "I work the front desk at a gym and a member, [[PERSON|Desmond Achterberg]], has asked to freeze his membership for three months after knee surgery. Our policy only allows one month unless there's a doctor's note. Can you help me write a kind reply that explains this and asks him to email the note to us?",
    "[[PERSON|Rosalind]] and [[PERSON|Kemal]] want their ceremony on the beach at 4pm in late September, but sunset is around 7 and the caterer needs the marquee by 5. Can you draft a timeline for the day, from hair and make-up at 10 through to the last dance, that keeps everyone sane?",
    "I'm a vet nurse and need to write discharge instructions for a spaniel called Biscuit after a dental under anaesthetic. The owner is Mrs [[PERSON|Penhaligon]] and she's quite anxious. Keep it simple: soft food for five days, no chew toys, watch for bleeding. Also, the practice software login I share with the locum is [[ID_NUMBER|vn_rosewood3]], should I be worried that we all use one account?",
    "I'm a council housing caseworker. My client [[PERSON|Abdirahman Warsame]] has been in temporary accommodation for 14 months with three children, and the damp in the bedroom has made the youngest's asthma worse. Help me write a referral to the environmental health team that sets out the facts clearly and asks for an inspection within ten working days.",
    "Need a message for the under-11s parents group. Training moves to Thursday 5:30 on the 3G pitch from next week. Also [[PERSON|Kai Otieno]] and [[PERSON|Bram Willemsen]] are our new co-captains for the spring, and [[PERSON|Bram]] will be collecting subs. Keep it upbeat, short, and mention that shin pads are not optional.",
    "I'm an estate agent. My vendor, [[PERSON|Philippa Gascoigne-Hart]], has had three offers on her house and wants my advice in writing. One is cash at £412k, one is £425k in a chain, and one is £430k with a mortgage in principle. Draft an email that lays out the pros and cons of each without telling her what to do.",
    "I'm treasurer for a small parish church. The online banking for the church account has a shared PIN, [[PASSWORD|583016]], which the previous treasurer [[PERSON|Derek Stallybrass]] wrote on a sticky note in the vestry. How do I set up proper dual authorisation, and how do I explain to the parish council why we have to stop doing this?",
    "Can you help me reflect on a placement shift using Gibbs' cycle? An elderly patient became very confused overnight and pulled out her cannula, and [[PERSON|Marisol]], my mentor, stayed calm and talked her down. I want to write about what I felt, what went well and what I'd do differently next time, about 400 words.",
    "[[PERSON|Lemar]] wants to book a fade and beard trim every other Saturday at 10 for the next two months, but [[PERSON|Yusuf]] is off on the 14th. Write a short WhatsApp reply that confirms the dates and offers the 14th with [[PERSON|Callum Ferrie]] instead, or an 11:30 slot once [[PERSON|Yusuf]] is back.",
    "Dispatcher here. Driver [[PERSON|Ionuț Dragomir]] is stuck behind a crash on the ring road with 26 drops left. I need a text for customers on his route saying deliveries may be up to two hours late. Also the customer at drop 7, [[PERSON|Gwen Pughsley]], has a medical fridge coming and must be called first on [[PHONE_NUMBER|0161 496 0782]]. How should I word that call?",
    "[[PERSON|Harriet Blomqvist]] booked her poodle in for a full clip and then told me afterwards she wanted a teddy bear cut, not a lamb cut. She's left a one-star review. How do I reply publicly in a way that's polite, doesn't argue about who said what, and offers to put it right for free?",
    "My pupil [[PERSON|Saoirse Kinsella]] failed her driving test for the third time on the same roundabout. She's a good driver but panics under pressure. Can you suggest a lesson plan for the next four weeks that builds confidence on multi-lane roundabouts, plus some breathing tips I can give her before the test?",
    "[[PERSON|Wanjiru Kamau]] came into the pharmacy asking whether she can take ibuprofen alongside sertraline for a bad back. I said I'd check and call her back. What are the interaction risks I should mention, and what would be a safer alternative to suggest for short-term pain?",
    "Please polish this before I send it: 'Dear Mr and Mrs [[PERSON|Lindahl]], [[PERSON|Freya]] has made lovely progress this term and I think she's ready for her Grade 3 piano exam in March. It would mean two lessons a week for six weeks. Let me know if that works for you. Best, [[PERSON|Aurélie]]'",
    "I'm secretary of our allotment society. Can you write a friendly reminder to plot holders that the new padlock code for the main gate is [[PASSWORD|7154]] from 1 April, that the skip is coming on the 12th, and that [[PERSON|Gordon Achebe]] on plot 23 is taking over as water rota coordinator?",
    "Write an incident note for the day manager. At 02:40 a guest in room 412, [[PERSON|Rutger Haverkamp]], reported that someone had tried his door handle twice. I checked the CCTV and the corridor was empty, then moved him to room 508 at his request. Keep it factual and in the past tense.",
    "[[PERSON|Bongani]] has had 11 library books out since October and keeps renewing them online, which the system allows forever. Two are on the reservation list now. How do I write a gentle message that asks him to bring those two back without making him feel like a criminal?",
    "I run a scout group. One parent, [[PERSON|Dorota Kamińska]], has asked whether her son can skip the overnight camp because he's anxious about sleeping away. I don't want him to miss out completely. Can you suggest ways to include him, like staying until the campfire and being picked up, and help me write a reply to her?",
    "Planning a music afternoon for the residents on Friday. [[PERSON|Elspeth]] used to sing in a Gaelic choir, [[PERSON|Walter Brinkhoff]] played trumpet in a dance band, and [[PERSON|Gladys Ofori]] loves hymns. Could you suggest a playlist of 15 songs from the 1950s and 60s that would suit them, with one or two they could join in on?",
    "I own a small tattoo studio. Can you write a sign for the waiting area with our aftercare basics and the guest wifi (network Inkwell, key [[PASSWORD|needle&thread2024]])? Also add a line saying that [[PERSON|Tavita]] only does walk-ins on Wednesdays now.",
    "Our food bank volunteer coordinator, [[PERSON|Ezinne Chukwu]], is stepping down after nine years. I'd like to write a short speech for her leaving do, about two minutes, that's warm and a bit funny. She famously reorganised the tins alphabetically and once drove a van of nappies through a snowstorm.",
    "[[PERSON|Grzegorz]] has been running the quiz every Tuesday for three years and wants to hand it over. Write a post for the pub's Facebook page thanking him and asking if any regulars fancy taking over, with free drinks for the quizmaster on the night.",
    "I own a bakery and a café down the road wants to stock our sourdough. Their manager is [[PERSON|Lucía Benavídez]] ([[EMAIL_ADDRESS|lucia@cafetrebol.es]]). Draft an email proposing a trial of 20 loaves a day for two weeks at wholesale price, delivered by 7am, with the option to adjust quantities after the first week.",
    "We're moving our taxi firm to a new booking system and I need a one-page guide for drivers on logging in. The test account the supplier gave us is [[ID_NUMBER|drv_oyelowo_k]], which belongs to [[PERSON|Kunle Oyelowo]], so please use a placeholder in the guide instead. Steps: download the app, enter the code, set availability, accept jobs.",
    "Help me finish this letter: 'Dear Ms [[PERSON|Adeleke]], thank you so much for agreeing to judge the bake-off at the summer fair on 6 July. We expect about 40 entries across three categories.' I'm the PTA chair and want it to sound grateful but not gushing. Also add how to get to the school hall from the car park.",
    "Write a shift handover note in bullet points: [[PERSON|Njoki]] still has two wheelchairs out on ward 9, the bariatric bed for bay 4 is delayed until 3pm, and [[PERSON|Stanislav Hruška]] is covering the mortuary run because [[PERSON|Njoki]] is on her break.",
    "Can you write a quote for a lock change? Customer is [[PERSON|Aurora Castiglione]] at [[STREET_ADDRESS|Flat 3, 19 Mornington Terrace, Brighton BN2 9QL]]. Two euro cylinders, one British Standard mortice, call-out fee £65, labour £90, parts £140. Mention that we guarantee the work for 12 months.",
    "My client [[PERSON|Ravindra Seneviratne]] says the wedding gallery is missing photos of his grandmother, but she left before the speeches and I never got a portrait. How do I explain this kindly and offer to edit a portrait from the group shots instead?",
    "[[PERSON|Teodora Vasić]] is six weeks post ACL reconstruction and wants to go back to netball in two months. Write a plain-English explanation of why that's too soon, with the usual return-to-sport milestones, so she understands it isn't me being overcautious.",
    "My student [[PERSON|Declan Hussain]] keeps forgetting his login for the maths homework site, so his mum texted it to me: username [[ID_NUMBER|dhussain09]], password [[PASSWORD|Bluebird44]]. Should I even be keeping that? And can you suggest a way for him to remember his details without writing them on his hand?",
    "[[PERSON|Magnus Thorsteinsson]] wants us to move a piano from a third-floor flat on Saturday, but our crew is booked until 2pm. Draft a reply offering 3pm or Sunday morning, mentioning the piano surcharge of £120, and say we'll ring him on [[PHONE_NUMBER|07700 900746]] on Friday to confirm access and parking.",
    "My colleague [[PERSON|Hyacinth Okonedo]] and I run a community choir of about 50 singers. We want to do a short Christmas concert in a care home. Suggest a 30-minute programme mixing carols and pop songs, arranged for three parts, and a note for members explaining that rehearsals move to Mondays in December.",
    "[[PERSON|Aziz]] brought his commuter bike in with a snapped rear derailleur hanger and a bent wheel. Parts are £38 and labour is an hour. He says he needs it by tomorrow for work. Write a message explaining it'll be Thursday because the hanger has to be ordered, and offer him a loan bike meanwhile.",
    "One of our volunteers, [[PERSON|Perpetua Nwankwo]], has been pricing designer items at £2 because she doesn't recognise the labels. How do I give her feedback kindly? She's 78, has volunteered in the charity shop for 12 years, and customers adore her.",
    "Write a note for the school office: on today's afternoon run, [[PERSON|Leon Mäkelä]] and [[PERSON|Jasper Onyango]] were throwing things out of the bus window near the bypass. I stopped the bus and spoke to them. Nobody was hurt, but I'd like the school to follow up with their parents.",
    "Can you soften this? 'Dear [[PERSON|Priyanka]], [[PERSON|Ishaan]] bit another child again today. This is the fourth time. We need to meet.' I'm his key worker at the nursery and I don't want his mum to feel judged; biting is normal at two, but we do need a plan together.",
    "I'm a mobile hairdresser. My client [[PERSON|Glenys Prytherch]] is housebound and told me to let myself in with the key safe, code [[PASSWORD|0419]], on Thursdays at ten. How should I store details like this safely on my phone, and what should I do if she's not answering when I arrive?",
    "Write a card message for a sympathy bouquet going to [[PERSON|Hamza Benali]] at [[STREET_ADDRESS|12 Rue Victor Hugo, 13001 Marseille]]. The sender is his former team at work and wants something short and sincere, not religious. Also, how early should I book an international delivery to France?",
    "[[PERSON|Fenella]] asked me to clean on Friday instead of Tuesday while she's away, and said the alarm code is [[PASSWORD|73915]]. Help me reply confirming Friday at 9, asking whether she wants the oven done this time, and reminding her that I'll need payment by bank transfer as usual.",
    "My supervisor at the museum, Dr [[PERSON|Okafor-Lindqvist]], asked me to write a 100-word label for a Victorian sewing machine in the new textiles gallery. It was made in Glasgow around 1885 and belonged to a local dressmaker. Can you draft two versions, one for adults and one for kids?",
    "[[PERSON|Tariq Mahmood]] ran on the pool deck again after two warnings and slipped. He's fine, just a bruised elbow. I need to fill in an accident report. Can you help me write a clear description of what happened, the first aid given, and what we told his dad when he collected him?",
    "Parents book my Saturday ballet class through an app, and one mum, [[PERSON|Ngaire Whitcombe]], says she can't log in. Her username is [[ID_NUMBER|ngaire.w88]] and the reset emails go to [[EMAIL_ADDRESS|ngaire.whitcombe@kiwimail.co.nz]]. Write a short reply telling her how to check her spam folder and that I've asked the app's support team to look into it.",
    "Can you write a daily update for the owners of two dogs boarding with us? [[PERSON|Sunniva Aas]] has a nervous greyhound called Pilot who's now eating well, and [[PERSON|Ifeoluwa Bamidele]] has a labrador who ate a tea towel but is absolutely fine. Keep each update under 80 words.",
    "I work reception at a dental practice. [[PERSON|Cormac Delaney]] has missed three appointments without cancelling and our policy says we can deregister him. We tried his mobile, [[PHONE_NUMBER|07700 900375]], twice with no answer. Write a letter that warns him first and explains how to rebook.",
    "Bit awkward: my customer [[PERSON|Yevgenia Sokolova]] wants me to reuse her old radiators on the new heating system, but two are sludged solid. Write a quick text explaining why I'd recommend replacing them, with a rough cost of £180 each fitted, and that I'm happy to flush the others.",
    "I'm leading a walking tour tomorrow and [[PERSON|Hideo Matsuura]] emailed to say he uses a wheelchair and wants to know if the route is accessible. Two streets are cobbled and the castle has steps. Help me write an honest reply that suggests an alternative route and what he'll still be able to see.",
    "As membership secretary of our rowing club I need to email [[PERSON|Annika Steinmetz]] (member no. [[ID_NUMBER|RC-01187]]) to say her subs bounced twice and her boat access is paused. Please make it firm but friendly and tell her she can pay at the boathouse on Saturday morning.",
    "My business partner [[PERSON|Rhiannon Prosser]] and I cater weddings. A couple has asked for a fully vegan menu for 140 guests but want it to 'not feel vegan'. Suggest a three-course menu with canapés, and a paragraph we can put in the proposal about why it'll still feel generous.",
    "Need help with a rota. [[PERSON|Bartosz]], [[PERSON|Nadia]], [[PERSON|Efosa]] and [[PERSON|Lorcan]] all want Christmas Eve off, but I need at least two on the loading bay. [[PERSON|Nadia]] had it off last year and [[PERSON|Efosa]] worked New Year. What's a fair way to decide, and how do I announce it?",
    "Draft a reply starting 'Dear Ms [[PERSON|Villeneuve]]' explaining that e-tickets go out 48 hours before the show, that I've resent them to [[EMAIL_ADDRESS|m.villeneuve@courrielpost.fr]], and that her seats are row F, 11 and 12. She sounded upset on the phone, so keep it warm.",
    "[[PERSON|Kim Ji-ho]] just joined my evening English class and is far ahead of everyone else. Should I move him to the advanced group mid-term? Help me write a message to the school director asking for advice, and a separate friendly note to [[PERSON|Ji-ho]].",
    "Rewrite this to sound less clinical for a first-time mum:\n'Your booking bloods are normal. Your BP was slightly raised at 138/88, please recheck at the surgery in one week. Call triage if headaches, swelling or visual disturbance.'\nSign it off from me:\n[[PERSON|Joanna Wierzbicka]]\nCommunity Midwife",
    "Help me turn my notes into a reflective log entry: attended a fall at home, 84-year-old [[PERSON|Hilda Marchbanks]], on the floor for roughly six hours, no head injury, mild confusion, daughter arrived during assessment. Conveyed for rhabdo screen. I felt rushed and want to think about how I communicated with her.",
    "I'm on the residents' committee for our block. Write a welcome note for new tenants covering bin days (Tuesday and Friday), the bike store, and the communal laundry wifi, which is LaundryRoom with the key [[PASSWORD|suds-and-spin-77]]. Also mention that [[PERSON|Øyvind Brekke]] in flat 2 takes in parcels.",
    "My client [[PERSON|Henrike Vos]] paid a supplier invoice twice, €2,340 each time. The supplier agreed to refund one payment to her account [[IBAN_CODE|BE28 6528 8046 2626]]. How do I record the duplicate and the refund in Xero so that her VAT return comes out right?",
    "[[PERSON|Sergio Abarca]] was refused entry at the gig last night because his ID looked tampered with. He's now emailed saying it was water damage and he wants a refund. Help me reply politely, explain our policy on damaged ID, and offer a transfer to another date rather than a refund.",
    "My sister [[PERSON|Noémie]] is getting married in Québec in August and I'm the maid of honour. I've never given a speech in French. Can you help me write a two-minute speech that's mostly in English with a few French lines, and mentions the time she drove us to Montreal in a snowstorm with no heating?",
    "My boss [[PERSON|Clement Asamoah]] keeps emailing me his password for the finance system, [[PASSWORD|Accra1984!]], so I can approve orders when he's away. How do I tell him, nicely, that this breaks our data policy, and suggest setting up delegated approval instead?",
    "Our delivery app flagged a login for driver [[PERSON|Petronella Fourie]] from [[IP_ADDRESS|203.0.113.140]] at 3am, but she swears she was asleep. What should I ask our app provider, and what should she do to secure her account?",
    "My nephew [[PERSON|Ruairidh]] is 14 and has been offered summer shifts at a café by the owner, [[PERSON|Delphine Okoro]], but she wants him to work until 10pm. What are the rules for under-16s working in Scotland, and how should I raise it with her without losing him the job?",
]

# 40 pasted texts to summarise, fix or convert.
PASTED = [
    "Summarise this email in two lines:\n\nHi all,\nThe van for Saturday's move is booked from 8am. [[PERSON|Ludmila]] is bringing the trolley, and [[PERSON|Arjun]] will meet us at the new place with the keys. Please don't park on the double yellows outside, the warden is ruthless.\nCheers,\n[[PERSON|Torsten Aalberg]]\n[[PHONE_NUMBER|07700 900218]]",
    'Fix the quoting in this CSV so it imports cleanly:\nname,email,phone,city\n[[PERSON|Adebayo Okonjo]],[[EMAIL_ADDRESS|a.okonjo@harmattan.ng]],[[PHONE_NUMBER|+44 7700 900391]],Leicester\n"[[PERSON|O\'Driscoll, Nuala]]",[[EMAIL_ADDRESS|nuala.od@westcorkmail.ie]],[[PHONE_NUMBER|020 7946 0128]],"Cork, Ireland\n[[PERSON|Chen Yutong]],[[EMAIL_ADDRESS|yutong.chen@lanternpost.cn]],,Suzhou',
    'This JSON from our booking form won\'t validate, what\'s wrong with it?\n{"guest": "[[PERSON|Matilde Ravnsborg]]", "email": "[[EMAIL_ADDRESS|matilde.r@skovhus.dk]]", "phone": "[[PHONE_NUMBER|+46 70 174 06 77]]", "nights": 3, \'breakfast\': true}',
    "Explain what's happening in this auth log and whether I should worry:\nMar 11 02:14:07 web01 sshd[2231]: Failed password for [[ID_NUMBER|kbrandt]] from [[IP_ADDRESS|203.0.113.19]] port 51122 ssh2\nMar 11 02:14:11 web01 sshd[2231]: Failed password for [[ID_NUMBER|kbrandt]] from [[IP_ADDRESS|203.0.113.19]] port 51122 ssh2\nMar 11 02:14:19 web01 sshd[2240]: Accepted publickey for [[ID_NUMBER|ohalvorsen]] from [[IP_ADDRESS|198.51.100.61]] port 40318 ssh2",
    "Turn these minutes into action points:\nResidents' association, 4 March\nPresent: [[PERSON|Gillian Hatherley]] (chair), [[PERSON|Mohammed Sheikh]], [[PERSON|Rosa Quiñones]], [[PERSON|Piotr Lis]]\nApologies: [[PERSON|Agnes Mwale]]\n1. Bins: [[PERSON|Mohammed]] to contact the council about the missed collections.\n2. Summer fete: [[PERSON|Rosa]] and [[PERSON|Piotr]] to book the field; budget £300.\n3. AOB: [[PERSON|Gillian]] stepping down as chair in June.",
    "Check this registration form for missing fields:\nFull name: [[PERSON|Kateryna Bondarenko]]\nDate of birth: 14/02/1991\nAddress: [[STREET_ADDRESS|Flat 7, 88 Sefton Road, Liverpool L17 4NQ]]\nPhone: [[PHONE_NUMBER|0151 496 0847]]\nEmail:\nEmergency contact: [[PERSON|Andriy Bondarenko]] (husband)",
    "Can you make this payment request sound more professional?\n\nhey, can u send the £850 for the mural to my account asap, IBAN [[IBAN_CODE|GB76 ZJMY 3816 7468 2594 20]], ref MURAL. been waiting 6 weeks lol\n\n[[PERSON|Kit Farrow-Mbatha]]\nillustration & murals\n[[EMAIL_ADDRESS|kit@farrowmbatha.studio]]",
    "Summarise this ticket for the handover:\nTicket #48213 | Opened by [[PERSON|Rahel Tesfaye]] ([[EMAIL_ADDRESS|rahel.tesfaye@gedionparts.com]])\nCustomer no: [[ID_NUMBER|CU-550913]]\nIssue: charged twice for order 7741, once by card and once via PayPal.\nNotes: [[PERSON|Rahel]] called at 14:10, very patient. Refund of £64.99 requested from finance.",
    'Convert these to CSV with columns name, company, phone:\n[\n  {"name": "[[PERSON|Oskari Lehtonen]]", "company": "Kuusi Design Oy", "phone": "[[PHONE_NUMBER|+44 7700 900455]]"},\n  {"name": "[[PERSON|Ama Serwaa Boakye]]", "company": "Adinkra Foods", "phone": "[[PHONE_NUMBER|(404) 555-0131]]"},\n  {"name": "[[PERSON|Guillermo Paz]]", "company": "Calle Ocho Imports", "phone": "[[PHONE_NUMBER|+1 305 555 0176]]"}\n]',
    'Which of these requests look suspicious?\n[[IP_ADDRESS|192.0.2.144]] - [[ID_NUMBER|lmcbride]] [02/May/2024:09:12:40 +0100] "GET /intranet/payroll HTTP/1.1" 200 4412\n[[IP_ADDRESS|192.0.2.144]] - [[ID_NUMBER|lmcbride]] [02/May/2024:09:12:58 +0100] "GET /intranet/payroll/export?all=1 HTTP/1.1" 200 981233\n[[IP_ADDRESS|198.51.100.7]] - - [02/May/2024:09:13:02 +0100] "GET /wp-login.php HTTP/1.1" 404 199',
    "Draft a reply to this:\n\nFrom: [[PERSON|Bernadette Kowalewski]] <[[EMAIL_ADDRESS|b.kowalewski@lakeshorefamily.org]]>\nSubject: Carpool rota\n\nHi! Could we swap weeks? I'm away the 10th to the 14th. [[PERSON|Quentin]] can drive both boys on Monday if that helps. My cell is [[PHONE_NUMBER|(608) 555-0154]].\n\nThanks, [[PERSON|Bernie]]",
    "Tidy up this HR note for the file:\nemp id [[ID_NUMBER|E-20417]] [[PERSON|Fiifi Mensah-Bonsu]], verbal warning 12/3 re lateness (4x in Feb), agreed new start time 9:30 bc childcare, review in 6 wks w/ [[PERSON|Dana Whitcroft]] (line mgr)",
    "Why does this insert fail?\nINSERT INTO patients (patient_no, full_name, phone, ward)\nVALUES ('[[ID_NUMBER|PT-778201]]', '[[PERSON|Ingeborg Sæther]]', '[[PHONE_NUMBER|0113 496 0519]]', 'Ward 4'\n('[[ID_NUMBER|PT-778202]]', '[[PERSON|Yaw Darko]]', '[[PHONE_NUMBER|0113 496 0733]]', 'Ward 7');",
    "Summarise this group chat:\n[18:02] [[PERSON|Marguerite]]: who's got the key for the hall?\n[18:03] [[PERSON|Obinna]]: [[PERSON|Tess]] has it, she's stuck on the M6\n[18:05] [[PERSON|Tess Ambrose]]: 20 mins away, sorry!! side door code is [[PASSWORD|1793]] if anyone's there first\n[18:06] [[PERSON|Marguerite]]: legend",
    "Is this label formatted correctly for Germany?\n[[PERSON|Friederike Osterloh]]\n[[STREET_ADDRESS|Hauptstr. 117\nHinterhaus, 2. OG\n69117 Heidelberg]]\nGERMANY",
    'Fix the indentation in this YAML:\nsite:\n  name: harbour-cam\n  owner:\n  name: [[PERSON|Lars-Erik Nyhus]]\n    email: [[EMAIL_ADDRESS|lars-erik@nyhusmarine.no]]\n  alerts:\n    sms: "[[PHONE_NUMBER|+46 70 174 06 33]]"',
    "Shorten this referral to 100 words:\nDear Dr [[PERSON|Farouk]],\nI would be grateful if you could see Ms [[PERSON|Cerys Lloyd-Pritchard]] (NHS no. [[ID_NUMBER|426 018 1599]]), a 34-year-old teacher with a six-month history of intermittent dysphagia to solids, worse with bread and meat. There has been no weight loss. She has tried omeprazole 20mg for eight weeks with little benefit. I would appreciate your assessment and consideration of an OGD.\nYours sincerely,\nDr [[PERSON|Haydn Pugh]]\nLlanfair Surgery",
    "Sum the amounts by person in this export:\npayee,iban,amount\n[[PERSON|Rūta Kazlauskienė]],[[IBAN_CODE|LT731264689508537959]],420.00\n[[PERSON|Vojtěch Šebesta]],[[IBAN_CODE|CZ4788265714120042046411]],315.50\n[[PERSON|Rūta Kazlauskienė]],[[IBAN_CODE|LT731264689508537959]],180.00\n[[PERSON|Miha Kranjc]],[[IBAN_CODE|SI93892719847803506]],96.25",
    "Is anything missing from this visa support form?\nApplicant: [[PERSON|Nomvula Zungu]]\nPassport no.: [[ID_NUMBER|A04719263]]\nHome address: [[STREET_ADDRESS|31 Protea Road, Claremont, Cape Town, 7708]]\nHost: [[PERSON|Gerrit Ahlers]], [[STREET_ADDRESS|Am Sonnenhang 6, 79100 Freiburg]]\nDates: 3 to 24 October",
    "Write this up as a parents' evening summary:\n[[PERSON|Laila Haddadi]] (Y9) - strong in maths, rushes written work, set 2 for science next term. Mum ([[PERSON|Shirin]]) worried about screen time. Follow-up with Mr [[PERSON|Okwuosa]] (form tutor) in Jan.",
    'What caused this error?\n2024-06-03T11:42:17Z ERROR payment failed user=[[EMAIL_ADDRESS|f.castelnuovo@ilmiopost.it]] ip=[[IP_ADDRESS|203.0.113.55]] reason="card_declined" amount=49.00\n2024-06-03T11:42:19Z WARN retry scheduled user=[[EMAIL_ADDRESS|f.castelnuovo@ilmiopost.it]] attempt=2',
    "Summarise the key dates in this letter:\n\nDear [[PERSON|Ashok]] and [[PERSON|Meera]],\nYour tenancy at [[STREET_ADDRESS|Flat 2, 41 Canonbury Grove, London N1 2HS]] ends on 31 August. If you'd like to renew, please let me know by 15 July; the new rent would be £1,950 per month from 1 September. The deposit remains protected with the scheme.\nBest wishes,\n[[PERSON|Cordelia Ashworth-Vane]]\n[[PHONE_NUMBER|020 7946 0672]]",
    "Find the duplicates in this member list:\nmember_no,name,joined\n[[ID_NUMBER|M10442]],[[PERSON|Oisín Kearney]],2019\n[[ID_NUMBER|M10459]],[[PERSON|Thuy Tran]],2021\n[[ID_NUMBER|M10471]],[[PERSON|Oisin Kearney]],2019",
    "Rate this support chat for tone:\nAgent: Hi, you're through to [[PERSON|Marisela]]. Can I take your account number?\nCustomer: it's [[ID_NUMBER|30071846]]\nAgent: Thanks. And the name on the account?\nCustomer: [[PERSON|Deshawn Latimore]]\nAgent: Thanks [[PERSON|Deshawn]]. I can see there's an outage in your area, engineers are on it.\nCustomer: that's what you said yesterday",
    "Who committed most often in this log?\ncommit a1f3c9e Author: [[PERSON|Ilse Vermeulen]] <[[EMAIL_ADDRESS|ilse@vermeulen.dev]]>\ncommit 77b02d1 Author: [[PERSON|Ravi Subramanian]] <[[EMAIL_ADDRESS|ravi.s@quillstack.io]]>\ncommit 3c9d4e0 Author: [[PERSON|Ilse Vermeulen]] <[[EMAIL_ADDRESS|ilse@vermeulen.dev]]>",
    "Mask the SSNs in this table before I share it:\nName | SSN | Start date\n[[PERSON|LaToya Bridgewater]] | [[US_SSN|318-52-6604]] | 2024-01-08\n[[PERSON|Gareth Pinkney]] | [[US_SSN|501-27-3389]] | 2024-02-19",
    "Count the yeses and the dietary needs:\n- Auntie [[PERSON|Bisi]]: yes, no pork\n- [[PERSON|Femi]] & [[PERSON|Kemi Adewale]]: yes x2, one vegetarian\n- [[PERSON|Colm Geraghty]]: no\n- [[PERSON|Sadia]]: yes + baby, nut allergy\n- the [[PERSON|Lindqvists]]: maybe",
    "Simplify this clause:\nThis agreement is made between [[PERSON|Marguerite-Anne Delacroix]] of [[STREET_ADDRESS|8 Quai des Chartrons, 33000 Bordeaux]] (the 'Licensor') and Vinea Lux SARL (the 'Licensee'), whereby the Licensor grants the Licensee a non-exclusive licence to reproduce the photographs listed in Schedule 1 for a period of 24 months.",
    "Reword this ticket so it doesn't sound like I'm blaming the user:\n'User [[ID_NUMBER|t.oyelaran-bell]] locked out AGAIN. Temp password set to [[PASSWORD|Welcome-Harbor-93]], told [[PERSON|Tunde]] to change it at first login. Third time this month.'",
    "Turn this rota into a weekly table:\nMon: [[PERSON|Ayşe]], [[PERSON|Kwabena]]\nTue: [[PERSON|Ruairí]], [[PERSON|Ayşe]]\nWed: [[PERSON|Paolo Ventresca]]\nThu: [[PERSON|Kwabena]], [[PERSON|Paolo]]\nFri: [[PERSON|Ruairí]], [[PERSON|Signe]]",
    "Check this claim form for inconsistencies:\nPolicyholder: [[PERSON|Hendrik Baumgartner]]\nPolicy no.: [[ID_NUMBER|HV-3390-1182]]\nAddress: [[STREET_ADDRESS|Schulgasse 4, 8010 Graz]]\nIncident: burst pipe in kitchen, 2 Feb\nPreviously claimed: no\nNotes: second burst pipe this year according to plumber.",
    'Write TypeScript types for this API response:\n{"user": {"username": "[[ID_NUMBER|mireille_b]]", "display_name": "[[PERSON|Mireille Bouchard]]", "email": "[[EMAIL_ADDRESS|mireille.bouchard@laurentide.ca]]", "last_ip": "[[IP_ADDRESS|198.51.100.88]]"}, "roles": ["editor"]}',
    "Translate this into English:\n\nHola [[PERSON|Mercedes]], te confirmo la cita del jueves a las 10 en [[STREET_ADDRESS|Calle Real 58, 2º izq., 15003 A Coruña]]. Si hay algún problema, escríbeme a [[EMAIL_ADDRESS|xoan.rivas@galiciamail.es]].\nUn abrazo,\n[[PERSON|Xoán Rivas]]",
    "Alphabetise this volunteer list by surname:\n[[PERSON|Hemi Walker]] – Sat AM\n[[PERSON|Fatou Sarr]] – Sun\n[[PERSON|Björg Hallsdóttir]] – Sat PM\n[[PERSON|Aditya Menon]] – Sat AM\n[[PERSON|Clodagh Furlong]] – Sun",
    "Is this nginx allowlist correct?\n# home office of [[PERSON|Søren Kjeldsen]]\nallow [[IP_ADDRESS|203.0.113.211]];\n# [[PERSON|Amani]]'s flat\nallow [[IP_ADDRESS|192.0.2.77]];\ndeny all;",
    "Make these church council minutes more formal:\nattendees: Rev [[PERSON|Oyediran]], [[PERSON|Morwenna Trelawny]], [[PERSON|Ifor Jenkins]], [[PERSON|Kezia]]\n- roof appeal at £11,400 of £20k\n- [[PERSON|Morwenna]] will ask the diocese about a grant\n- [[PERSON|Ifor]] says the boiler's on its last legs again\n- next meeting after Easter",
    "Fix the grammar in this complaint:\n'I am [[PERSON|Gulnara Sadykova]] and I was charged two times on my card [[CREDIT_CARD|2221 3643 2177 7871]] for the same hotel night in 14 May. I am asking for refund of one payment urgently, my phone is [[PHONE_NUMBER|+44 7700 900808]].'",
    "Make a mail-merge list from this:\nSurname, First name, Email\n[[PERSON|Okonkwo, Chidera]], [[EMAIL_ADDRESS|chidera.okonkwo@students.riverbend.ac.uk]]\n[[PERSON|Halvorsen, Eirik]], [[EMAIL_ADDRESS|eirik.halvorsen@students.riverbend.ac.uk]]\n[[PERSON|Sánchez-Iglesias, Nuria]], [[EMAIL_ADDRESS|nuria.sanchez@students.riverbend.ac.uk]]",
    "Categorise these transactions:\n02/06 TFR TO [[PERSON|A KHALILI]] [[IBAN_CODE|DK87 7119 0954 8448 17]] 250.00\n03/06 TESCO STORES 3312 41.87\n04/06 TFR FROM [[PERSON|J MCALLISTER]] REF RENT SHARE 600.00\n05/06 NETFLIX.COM 10.99",
    "Summarise who connected to the VPN overnight:\n23:41 connect user=[[ID_NUMBER|nmasondo]] src=[[IP_ADDRESS|198.51.100.150]]\n00:12 connect user=[[ID_NUMBER|e.ferreira-lund]] src=[[IP_ADDRESS|203.0.113.92]]\n03:07 connect user=[[ID_NUMBER|nmasondo]] src=[[IP_ADDRESS|192.0.2.230]]\n03:09 disconnect user=[[ID_NUMBER|nmasondo]]",
]

# 25 writing and role-play prompts in the style of multi-turn chat benchmarks.
CLEAN_WRITING = [
    "Pretend you are a celebrated pastry chef judging a village baking contest. Describe, in character, your verdict on a lopsided lemon drizzle cake that tastes extraordinary.",
    "Write a persuasive email to convince your introverted friend to join a beginners' pottery class with you, addressing the objections they are likely to raise.",
    "Compose an engaging travel blog post about a week in Kyoto, highlighting temples, food markets and an unexpected rainy-day discovery.",
    "Imagine you are a time traveller who meets Ada Lovelace in 1843. Write the conversation in which you try to explain a smartphone to her.",
    "Act as Sherlock Holmes and deduce as much as you can about a stranger from these details: a muddy left boot, a ticket stub from Brighton and ink on the right cuff.",
    "Write a sonnet about the last day of summer from the point of view of a lifeguard's chair.",
    "You are a mountain guide in the Dolomites. A nervous client asks whether they should turn back before the final ridge. Respond in character with reasons and encouragement.",
    "Draft a short speech for a retiring lighthouse keeper to give at the town's farewell party, mixing humour with nostalgia.",
    "Describe a bustling night market in Taipei using vivid sensory details, in no more than three paragraphs.",
    "Pretend to be Captain Nemo writing a log entry after the Nautilus narrowly escapes a giant squid.",
    "Write a product launch announcement for a smart water bottle that reminds people to drink, aimed at busy office workers. Keep it under 200 words.",
    "Role-play as a museum guide at the Louvre explaining the Mona Lisa to a group of bored teenagers on a school trip.",
    "Edit the following paragraph to remove gender bias: 'Every doctor should update his records daily, and every nurse should make sure she double-checks them.'",
    "Imagine you are Marie Curie giving advice to a young scientist who feels like giving up after a failed experiment. What would you say?",
    "Write a dialogue between an optimist and a pessimist waiting for a delayed train at Edinburgh Waverley.",
    "Embody the persona of Tony Stark from the Iron Man films and explain, in character, why you would rather build a new suit than take a holiday.",
    "Compose a limerick about a cat who wants to become a chess grandmaster.",
    "You are a sommelier at a Parisian restaurant. Recommend wines for a four-course dinner and explain each pairing in one sentence.",
    "Write the opening of a short story, under 150 words, that starts with the line 'The map had been wrong for exactly eleven years.'",
    "Pretend you are Elizabeth Bennet writing a letter to Charlotte Lucas about a disastrous dinner party at Netherfield.",
    "Write a motivational half-time speech for a high-school football team that is down by three touchdowns.",
    "Describe the city of Venice to someone who has never seen water deeper than a puddle.",
    "Now rewrite your previous answer as if you were explaining it to a five-year-old, using only short sentences.",
    "Act as a maths teacher and explain probability with a deck of cards to a student who says they hate numbers.",
    "Imagine you are Galileo Galilei seeing a modern telescope photograph of Jupiter's moons for the first time. Describe your reaction in a diary entry.",
]

# 25 grade-school word problems with fictional first names.
CLEAN_MATH = [
    "Marisol bakes 48 cookies and gives a third of them to her neighbours. She then eats 5. How many cookies does she have left?",
    "Dev's train leaves at 9:15 and travels 210 km at 70 km per hour. At what time does it arrive?",
    "Keiko buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 bill. How much change does she get?",
    "A farmer named Osei has 36 sheep. He sells a quarter of them and then buys 7 more. How many sheep does he have now?",
    "Lena reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish it?",
    "Tomas and Priya share 96 marbles in the ratio 5:3. How many marbles does Priya get?",
    "A rectangular garden is 14 metres long and 9 metres wide. Ravi wants to put a fence around it. How many metres of fencing does he need?",
    "Ines earns $15 an hour and works 6 hours on Saturday and 4 hours on Sunday. How much does she earn over the weekend?",
    "There are 28 children in Tanvir's dance class. If 4 out of every 7 are girls, how many boys are in the class?",
    "Yusuf saves $12 every week. How many weeks will it take him to save enough for a bike that costs $210?",
    "A pizza is cut into 12 slices. Hana eats 3 slices, Bo eats 2 and Mira eats 4. What fraction of the pizza is left?",
    "Carlos runs 2.5 km on Monday, 3.2 km on Wednesday and 4.8 km on Friday. How far does he run in total that week?",
    "A shop sells apples at 4 for $3. How much would Aiko pay for 20 apples?",
    "Freya has twice as many stickers as Jonah. Together they have 54 stickers. How many stickers does Freya have?",
    "A tank holds 120 litres of water and leaks 3 litres every hour. How much water is left after one full day?",
    "Amara bought a jacket for $80 that was on sale for 25% off. What was the original price of the jacket?",
    "Finn plants 6 rows of tulips with 15 bulbs in each row. If 9 bulbs don't grow, how many tulips come up?",
    "The sum of three consecutive whole numbers is 87. What is the largest of the three numbers?",
    "Nadia's recipe needs 3/4 cup of sugar for 12 muffins. How much sugar does she need for 30 muffins?",
    "A bus carries 42 passengers. At the first stop 15 get off and 9 get on. At the second stop 11 get off. How many passengers are still on the bus?",
    "Leo is 4 years older than his sister Ana. In 6 years, the sum of their ages will be 40. How old is Ana now?",
    "A bookshelf has 5 shelves with 24 books on each. Sione donates 38 books. How many books are left on the shelves?",
    "Zara walks at 5 km per hour and cycles at 15 km per hour. How many minutes does she save by cycling 6 km instead of walking?",
    "A school orders 17 boxes of pencils with 36 pencils in each box. The pencils are shared equally among 12 classes. How many pencils does each class get?",
    "Ibrahim has $50. He spends 2/5 of it on a game and $8 on lunch. How much money does he have left?",
]

# 25 multiple-choice exam items.
CLEAN_EXAM = [
    "A man named Thaddeus finds a wallet in a park, keeps the cash and throws the wallet away. Under common law, which crime has he most likely committed?\nA. Burglary\nB. Larceny\nC. Robbery\nD. Embezzlement",
    "Which organelle is the main site of aerobic respiration in eukaryotic cells?\nA. Ribosome\nB. Golgi apparatus\nC. Mitochondrion\nD. Lysosome",
    "A 58-year-old woman presents with crushing chest pain radiating to her left arm. Her ECG shows ST elevation in leads II, III and aVF. Which coronary artery is most likely occluded?\nA. Left anterior descending\nB. Right coronary artery\nC. Left circumflex\nD. Left main stem",
    "In which year did the Berlin Wall fall?\nA. 1987\nB. 1989\nC. 1991\nD. 1993",
    "Which of the following is a noble gas?\nA. Nitrogen\nB. Chlorine\nC. Argon\nD. Hydrogen",
    "Oriel signs a contract to sell her car to Brannock for $5,000 but later refuses to deliver it. Brannock sues. Which remedy is a court most likely to award?\nA. Specific performance\nB. Expectation damages\nC. Rescission\nD. Punitive damages",
    "Which treaty ended the First World War between Germany and the Allied Powers?\nA. Treaty of Paris\nB. Treaty of Versailles\nC. Treaty of Utrecht\nD. Treaty of Westphalia",
    "A 6-year-old boy named Caspian has a barking cough, a hoarse voice and inspiratory stridor that is worse at night. What is the most likely diagnosis?\nA. Epiglottitis\nB. Croup\nC. Asthma\nD. Bronchiolitis",
    "What is the SI unit of electrical resistance?\nA. Volt\nB. Ampere\nC. Ohm\nD. Watt",
    "Which amendment to the US Constitution protects against unreasonable searches and seizures?\nA. First\nB. Fourth\nC. Fifth\nD. Eighth",
    "Which empire built the city of Cuzco as its capital?\nA. Aztec\nB. Maya\nC. Inca\nD. Olmec",
    "A patient named Ysolde is started on warfarin. Which laboratory test is used to monitor her therapy?\nA. aPTT\nB. INR\nC. Platelet count\nD. D-dimer",
    "Which process do plants use to convert light energy into chemical energy?\nA. Respiration\nB. Transpiration\nC. Photosynthesis\nD. Fermentation",
    "During a trial, a witness named Lorcan repeats what his neighbour told him about the accident. The defence objects. On what ground is the objection most likely based?\nA. Leading question\nB. Hearsay\nC. Relevance\nD. Privilege",
    "Who was the first emperor of unified China?\nA. Liu Bang\nB. Qin Shi Huang\nC. Kublai Khan\nD. Wu Zetian",
    "What is the approximate speed of light in a vacuum?\nA. 300,000 km/s\nB. 150,000 km/s\nC. 30,000 km/s\nD. 3,000,000 km/s",
    "Which vitamin deficiency causes scurvy?\nA. Vitamin A\nB. Vitamin B12\nC. Vitamin C\nD. Vitamin D",
    "A tenant named Marguerite withholds rent because the landlord refuses to repair the heating in winter. Which doctrine is she most likely relying on?\nA. Adverse possession\nB. Implied warranty of habitability\nC. Quiet enjoyment\nD. Estoppel",
    "The Magna Carta was sealed by which English king?\nA. Henry II\nB. Richard I\nC. John\nD. Edward I",
    "Which particle carries a negative electric charge?\nA. Proton\nB. Neutron\nC. Electron\nD. Photon",
    "A 24-year-old runner named Idris collapses in hot weather with a temperature of 41 °C and confusion. What is the first priority in management?\nA. Oral fluids\nB. Rapid cooling\nC. Antipyretics\nD. Head CT",
    "Which revolution began with the storming of the Bastille?\nA. American Revolution\nB. French Revolution\nC. Russian Revolution\nD. Glorious Revolution",
    "What is the chemical formula of table salt?\nA. KCl\nB. NaCl\nC. CaCO3\nD. NaHCO3",
    "Which legal principle means that a person cannot be tried twice for the same offence?\nA. Habeas corpus\nB. Double jeopardy\nC. Stare decisis\nD. Res ipsa loquitur",
    "Which planet has the shortest orbital period around the Sun?\nA. Venus\nB. Mars\nC. Mercury\nD. Earth",
]

# 25 everyday and technical questions naming public figures, eponyms, brands, places,
# works of fiction or code with placeholders.
CLEAN_EVERYDAY = [
    "Why did Isaac Newton spend so much time on alchemy, and how did it influence his physics?",
    "What's the difference between Dijkstra's algorithm and the Bellman-Ford algorithm, and when should I use each?",
    "Is Frodo or Samwise the real hero of The Lord of the Rings? Give arguments for both.",
    "How do I configure git so that commits use `<user>@example.com` as the author email for this repository only?",
    "Which is better for a beginner, a Fender Stratocaster or a Gibson Les Paul, and why?",
    "Explain the Doppler effect with an example involving an ambulance siren.",
    "What did Frida Kahlo's self-portraits say about her health and identity?",
    "My CI pipeline prints `Authorization: Bearer ${TOKEN}` in the logs. How do I mask the variable in GitHub Actions?",
    "Plan a three-day itinerary for Lisbon that includes Belém, Sintra and a fado evening.",
    "Why is Parkinson's disease named after James Parkinson, and what did his 1817 essay describe?",
    "Compare the leadership styles of Angela Merkel and Winston Churchill in a crisis.",
    "Write a Python function `send_welcome(user_email: str)` that emails a welcome message via SMTP, using `noreply@example.com` as the sender and reading the password from an environment variable.",
    "What is the Monty Hall problem and why does switching doors improve your chances?",
    "Where is the best place to see the northern lights in Iceland in February?",
    "Why does Hermione Granger get so few credits for saving everyone in the Harry Potter books?",
    "How does Tesla's Autopilot differ from Waymo's approach to self-driving cars?",
    "In SQL, why does `SELECT * FROM users WHERE name = '<name>'` invite injection, and how should I rewrite it?",
    "Summarise the plot of Chimamanda Ngozi Adichie's novel Half of a Yellow Sun without spoilers for the ending.",
    "What is the Heimlich manoeuvre and when should you not use it?",
    "Is it worth visiting the Grand Canyon's North Rim in October, or is it already closed?",
    "Explain Bayes' theorem using a medical screening example with made-up numbers.",
    "How do I replace `https://api.example.com/v1/users/{id}` with an environment-specific base URL in a React app?",
    "Why did Serena Williams switch to a bigger racquet late in her career?",
    "What's the difference between the Gregorian and Julian calendars, and why did Russia switch so late?",
    'My Raspberry Pi keeps losing its wifi connection. The config has `ssid="<YOUR_SSID>"` and `psk="<YOUR_PASSWORD>"` filled in correctly. What else should I check?',
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS: dict[str, Callable[[str], bool]] = {
    "679139485": bsn_ok,
    "87051430620": pesel_ok,
    "47382915V": dni_ok,
    "85.07.30-033.28": belgian_id_ok,
    "S8472615Z": nric_ok,
    "9203145082088": luhn_ok,
    "38264195750": kimlik_ok,
    "16.384.927-5": rut_ok,
    "110108199003074236": china_id_ok,
    "7384 9162 0580": aadhaar_ok,
    "528 173 644": luhn_ok,
    "901206-4185": luhn_len(10),
    "4827 3910 5620": my_number_ok,
    "289 131 752": tfn_ok,
    "426 018 1599": nhs_ok,
}


# Ranges kept for fiction, as digit strings with the country prefix written as a trunk 0.
FICTION_PHONES = re.compile(
    r"07700900\d{3}"  # UK mobile
    r"|02079460\d{3}"  # London
    r"|0(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}"  # UK drama ranges
    r"|1?\d{3}55501\d{2}"  # US and Canada
    r"|0491570\d{3}"  # Australia mobile
    r"|07017406(?:0[5-9]|[1-9]\d)"  # Sweden mobile
)


def check_phones(texts: list[str]) -> None:
    """Every phone comes from a range kept for fiction."""
    for marked in texts:
        for span in strip_marks(marked)[1]:
            if span["type"] != "PHONE_NUMBER":
                continue
            digits = "".join(c for c in span["value"] if c.isdigit())
            if span["value"].startswith("+") and not span["value"].startswith("+1"):
                digits = "0" + digits[2:]
            if not FICTION_PHONES.fullmatch(digits):
                raise SystemExit(f"phone {span['value']!r} outside the fictional ranges")


def check_ips(texts: list[str]) -> None:
    """Every IP comes from a documentation range."""
    for marked in texts:
        for span in strip_marks(marked)[1]:
            if span["type"] == "IP_ADDRESS" and not span["value"].startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.")
            ):
                raise SystemExit(f"IP {span['value']!r} outside the documentation ranges")


def check_lengths(section: str, texts: list[str], least: int, most: int) -> None:
    """Every text of ``section`` has between ``least`` and ``most`` words, marks stripped."""
    for marked in texts:
        count = len(strip_marks(marked)[0].split())
        if not least <= count <= most:
            raise SystemExit(f"{section}: {count} words in {marked[:60]!r}")


def check_short(texts: list[str]) -> None:
    """The short records: 50 hold only names, and every type but API_KEY turns up."""
    spans = [strip_marks(t)[1] for t in texts]
    names_only = sum(all(s["type"] == "PERSON" for s in found) for found in spans)
    if names_only != 50:
        raise SystemExit(f"short: {names_only} texts hold only names, want 50")
    kinds = {s["type"] for found in spans for s in found}
    if kinds != TYPES - {"API_KEY"}:
        raise SystemExit(f"short: types {sorted(kinds)}")


def check_chat_secrets(texts: list[str]) -> None:
    """At least ten chat requests mention a secret or a username."""
    with_secret = sum(
        any(s["type"] in {"PASSWORD", "ID_NUMBER"} for s in strip_marks(t)[1]) for t in texts
    )
    if with_secret < 10:
        raise SystemExit(f"chat: {with_secret} texts with a secret or username, want 10")


def main() -> None:
    sections = {
        "short": (SHORT, 120),
        "chat": (CHAT, 60),
        "pasted": (PASTED, 40),
        "clean writing": (CLEAN_WRITING, 25),
        "clean math": (CLEAN_MATH, 25),
        "clean exam": (CLEAN_EXAM, 25),
        "clean everyday": (CLEAN_EVERYDAY, 25),
    }
    pii = SHORT + CHAT + PASTED
    check_lengths("short", SHORT, 6, 40)
    check_lengths("chat", CHAT, 30, 150)
    check_lengths("pasted", PASTED, 12, 200)
    check_short(SHORT)
    check_chat_secrets(CHAT)
    check_national_ids(pii, NATIONAL_IDS)
    check_phones(pii)
    check_ips(pii)
    build_sections(
        "blind18", HERE, sections, {"short", "chat", "pasted"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=SHORT, lower_chat=LOWER_SHORT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
