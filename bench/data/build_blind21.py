# ruff: noqa: E501
"""A twenty-first blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py`` (imports,
constants, ``main()``, how texts and ids are listed and written; not its texts), never the
detector, its rules, docs, tests or the other sets' texts, and fetched no public dataset.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 110 one- or two-sentence statement records in the style of public synthetic PII benchmark
  sentences: billing and delivery changes, card charges, "contact X at", bios, form lines,
  log lines, support notes, medical intake lines, shipping labels, "my name is" lines and
  reference-letter openings. The name sits at the start, in the middle, at the end, after a
  comma, in parentheses or before a possessive; names come from more than 40 countries,
  with middle names, initials, particles (van, de, al-, bin, bint, da, von, ul-, Ní) and
  hyphenated surnames. About 30 hold only a name with no cue word (no relation, role,
  title, greeting or introduction); the rest add a street address in a national format
  (more than 20 countries), phone, e-mail, card, IBAN, SSN, national id, tax id, username,
  IP, passport or driving licence number. The first 15 are typed all in lower case;
* 60 chat requests (20 to 130 words) to an assistant from ordinary people (a nurse, a
  landlord, a teacher, a parent, a shop owner, a coach, a student, a carer, a caretaker, a
  volunteer, ...) naming private people by first name, surname alone, full name or
  nickname, about half without a cue word; 12 mention a PIN, door, gate or alarm code, wifi
  key, password or username in passing, some with no keyword such as "password";
* 50 pasted materials to summarise, fix, convert or translate: e-mails with signatures,
  CSV, JSON, YAML and SQL rows, sshd, nginx and application logs with usernames and IPs,
  minutes, tickets, forms, a chat export, letters and an invoice; the last 10 in Spanish,
  French, German, Portuguese, Italian, Dutch and Polish.

Usernames, handles, logins, account, customer, member, patient and employee numbers,
passports, licences, tax and national ids are labelled ID_NUMBER; PINs, door, gate and
alarm codes, wifi keys, passphrases and passwords PASSWORD; titles (Mr, Mrs, Ms, Dr, Prof.,
Sr., Sra., Herr, Frau, Mme, Pan, Pani) stay outside PERSON spans; an address span runs from
the street line through the postcode and city as typed; dates of birth, order, invoice and
ticket numbers, public figures, companies and fictional characters are not labelled; every
occurrence of a private value is marked. The 100 clean texts are 25 writing, role-play and
reasoning prompts in the style of MT-Bench and Vicuna, 20 grade-school word problems with
fictional first names, 20 multiple-choice exam items (law, medicine, history, science),
15 general health questions to a hospital chatbot and 20 everyday and technical questions
naming public figures, eponyms, brands, teams, places or code with placeholders.

All values are invented: phones from ranges kept for fiction (UK 07700 900xxx, North
America 555-01xx, Australia 0491 570 xxx), cards Luhn-valid and not well-known test
numbers, IBANs valid mod 97 and not documentation examples, national ids with valid check
digits where the format has one (Swedish personnummer, Finnish henkilötunnus, Norwegian
fødselsnummer, Dutch BSN, Polish PESEL, Turkish kimlik, Brazilian CPF, Spanish DNI, French
NIR, Portuguese NIF, Belgian national number, South African id, Canadian SIN, NHS number),
SSNs with assignable area, group and serial numbers, IPs from documentation ranges.

Run ``.venv/bin/python bench/data/build_blind21.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    belgian_id_ok,
    bsn_ok,
    check_national_ids,
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
    word_count,
)
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_STATEMENTS = 15
MIN_CHARS = 15
MAX_WORDS = 300
STATEMENT_WORDS = (4, 45)
CHAT_WORDS = (20, 130)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Madame|Monsieur|Pan|Pani|Sir)\.?\s",
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 110 statement records, one or two sentences each: the first 15 all in lower case.
STATEMENTS = [
    "please update the billing address for [[PERSON|tomasz wierzbicki]] to [[STREET_ADDRESS|ul. lipowa 14/3, 31-042 kraków]] before the next invoice goes out",
    "[[PERSON|aiko nakamura-reyes]] missed the 3pm slot again so rebook her for thursday morning",
    "contact [[PERSON|femi adeyemi]] at [[EMAIL_ADDRESS|femi.adeyemi77@example.com]] about the refund for the broken blender",
    "the parcel for [[PERSON|lars-erik holmqvist]] came back undelivered, wrong flat number on the label",
    "[[PERSON|priya ramaswamy]]'s ssn is [[US_SSN|412-58-3907]], it goes on the w-4 before friday",
    "login failed three times for [[PERSON|marc bouchard]] (user [[ID_NUMBER|mbouchard]]) from [[IP_ADDRESS|198.51.100.23]] at 02:14",
    "[[PERSON|seán ó briain]] still owes forty euro for the hurling jerseys",
    "ship to [[PERSON|daniela da costa]], [[STREET_ADDRESS|rua das flores 212, 4050-262 porto]], fragile",
    "my name is [[PERSON|kwame mensah-bonsu]] and my number is [[PHONE_NUMBER|07700 900417]] if the courier gets lost",
    "[[PERSON|yusuf al-rashid]] paid the deposit by transfer from [[IBAN_CODE|de65 5001 0517 0648 2917 35]] on the 2nd",
    "[[PERSON|nguyen thi hoa]] cant make the 9am, stuck in traffic on the bridge again",
    "driving licence for [[PERSON|joanna k. lewandowska]] is [[ID_NUMBER|04821/17/1463]], scan attached",
    "i have known [[PERSON|hamid bin yusof]] for six years and he has never once missed a shift",
    "[[PERSON|ines van der berg]] wants the six week review moved to the 14th",
    "username [[ID_NUMBER|gabi_moreno88]] belongs to [[PERSON|gabriela moreno]], reset it and send the link by sms",
    "Please update the billing address for [[PERSON|Ruth Abernathy-Klein]] to [[STREET_ADDRESS|4417 Larkspur Court, Boise, ID 83704]].",
    "[[PERSON|Mateus Oliveira Santos]]'s card [[CREDIT_CARD|5183 2764 0091 8532]] was charged twice on the 3rd.",
    "Contact [[PERSON|Chidinma Okafor]] at [[PHONE_NUMBER|(312) 555-0147]] for the site visit on Wednesday.",
    "[[PERSON|Henrik Johannes Aalto]] is a structural engineer from Tampere who spends his weekends restoring wooden boats.",
    "Name: [[PERSON|Lucía Fernández Ortega]] | DNI: [[ID_NUMBER|51837264W]] | Address: [[STREET_ADDRESS|C/ de Sant Pere Més Alt 41, 3º 2ª, 08003 Barcelona]]",
    "2026-03-11T09:42:07Z INFO session opened for user [[ID_NUMBER|akowalski]] ([[PERSON|Adam Kowalski]]) from [[IP_ADDRESS|203.0.113.58]]",
    "Customer [[PERSON|Dmitri Volkov]] called about order 88213; callback number [[PHONE_NUMBER|(646) 555-0132]].",
    "Intake: [[PERSON|Wanjiru Kamau]], NHS number [[ID_NUMBER|485 193 7261]], presenting with a persistent dry cough for three weeks.",
    "SHIP TO: [[PERSON|Sophie Marchetti]], [[STREET_ADDRESS|Via Garibaldi 27, 10122 Torino TO]], Italy",
    "My name is [[PERSON|Arjun Mehta]] and my email is [[EMAIL_ADDRESS|arjun.mehta.blr@example.in]].",
    "To whom it may concern, I am pleased to recommend [[PERSON|Isabelle Fournier-Lachance]] for the position of laboratory coordinator.",
    "The refund for [[PERSON|Kenji Watanabe]] went to [[IBAN_CODE|GB21BARC20038572914063]] on Monday.",
    "A copy of the whole file was requested on Friday afternoon (by [[PERSON|Olamide Bankole]]).",
    "Passport number [[ID_NUMBER|512847396]] was issued to [[PERSON|Eleanor Margaret Whitcombe]] in 2019.",
    "Yesterday, [[PERSON|Bartholomew Nakashima-Ford]] signed for the delivery at reception.",
    "Please send the signed lease to [[PERSON|Aleksandra Nowak]], [[STREET_ADDRESS|ul. Długa 8 m. 12, 00-238 Warszawa]].",
    "[[PERSON|Fatima Zahra El Idrissi]] moved her appointment to the afternoon.",
    "Chargeback opened: cardholder [[PERSON|Gustavo Pereira]], card [[CREDIT_CARD|4532 7190 8814 3627]], amount 212.40.",
    "SSN [[US_SSN|538-27-1946]] on the W-2 belongs to [[PERSON|Marcus Delaney Freeman]].",
    "The wire from [[PERSON|Annelies de Vries]] ([[IBAN_CODE|NL42RABO0317284650]]) has not cleared yet.",
    "[[PERSON|Thabo Mokoena]], ID [[ID_NUMBER|8806145231082]], applied for the night-shift supervisor role.",
    "[[PERSON|Eamon Fitzgerald]] lives at [[STREET_ADDRESS|14 Ashgrove Terrace, Dundrum, Dublin 14, D14 X2F7]].",
    "Please ring [[PERSON|Saoirse Ní Bhriain]] on [[PHONE_NUMBER|0491 570 263]] after four.",
    "[[PERSON|Rafael Ignacio Domínguez]] won the chess ladder for the third month running.",
    "The account for [[PERSON|Haruto Sato]] was accessed from [[IP_ADDRESS|192.0.2.141]] at 03:12 JST.",
    "[[PERSON|Jean-Baptiste Kabongo]]'s Belgian national number is [[ID_NUMBER|78.05.23-417.81]].",
    "[[PERSON|Zainab bint Hassan al-Farsi]] chaired the afternoon panel on water rights.",
    "Shipping label: [[PERSON|Moana Tuhiwai]], [[STREET_ADDRESS|23 Kowhai Street, Grey Lynn, Auckland 1021]], New Zealand",
    "Sign-in name for [[PERSON|Ingrid Solberg]] is [[ID_NUMBER|isolberg_osl]] and her fødselsnummer is [[ID_NUMBER|05027951262]].",
    "Last season [[PERSON|Pedro Henrique Lima]] scored eleven goals on Sunday mornings.",
    "The phone on file for [[PERSON|Mei-Ling Chua]] is [[PHONE_NUMBER|+1 415 555 0163]].",
    "[[PERSON|Kofi Boateng Asante]], SIN [[ID_NUMBER|527 183 941]], started in the warehouse on the 2nd.",
    "In the photo, second from the left, is [[PERSON|Magdalena Wójcik-Brandt]].",
    "Send the keys to [[PERSON|Sebastian Krüger]], [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]].",
    "[[PERSON|A. J. Thornbury]] paid with card [[CREDIT_CARD|5376 0421 9983 0156]] and asked for a printed receipt.",
    "We are still waiting on the signed consent form from [[PERSON|D. Okonkwo-Hale]].",
    "[[PERSON|Claire-Hélène Dubois]], [[STREET_ADDRESS|14 rue des Tanneurs, 69002 Lyon]], France",
    "Email [[PERSON|Tomás O'Sullivan-Reyes]] at [[EMAIL_ADDRESS|t.osullivan.reyes@example.ie]] to confirm the booking.",
    "[[PERSON|Abdullahi Musa Garba]] finished the Lagos half marathon in 1:41.",
    "It is my pleasure to write on behalf of [[PERSON|Valentina Russo]], whom I supervised at [[STREET_ADDRESS|Via dei Mille 9, 80121 Napoli]] for two years.",
    "[[PERSON|Vikram Singh Rathore]], PAN [[ID_NUMBER|ABKPR4827L]], filed his return late this year.",
    "[[PERSON|Lindiwe Dlamini]] moved to [[STREET_ADDRESS|7 Protea Road, Claremont, Cape Town, 7708]] in March.",
    "[[PERSON|Grzegorz Pawlak-Zieliński]] has booked the small meeting room every Tuesday this term.",
    "[[PERSON|Oskar Lindqvist]] (personnummer [[ID_NUMBER|880427-7310]]) registered for the evening course.",
    "[[PERSON|Nadia Haddad]]'s IBAN is [[IBAN_CODE|FR05 3000 4008 2700 0193 8427 615]].",
    "According to the rota, [[PERSON|Ifeoma Chukwu]] covers the front desk on Saturdays.",
    "Support note: [[PERSON|Björn Eriksson]] says the charger overheats; he is at [[STREET_ADDRESS|27 Marlowe Road, Headingley, Leeds LS6 3BY]], phone [[PHONE_NUMBER|+44 7700 900582]].",
    "[[PERSON|Hiroshi Tanaka]], [[STREET_ADDRESS|2-14-9 Ebisu-minami, Shibuya-ku, Tokyo 150-0022]]",
    "The kiln was left on overnight by [[PERSON|Sunniva Haugland]], according to the building log.",
    "Medical intake: [[PERSON|Rosa María Gutiérrez]], DOB 04/11/1962, allergies: penicillin, contact [[PHONE_NUMBER|0491 570 118]].",
    "[[PERSON|Aditi Kulkarni]] lives at [[STREET_ADDRESS|Flat 302, Shanti Apartments, 14th Cross Road, Indiranagar, Bengaluru 560038]].",
    "[[PERSON|Stanisław Jabłoński]] is the only one who knows how the old boiler works.",
    "Refund 38.50 to [[PERSON|João Pedro Carvalho]], NIF [[ID_NUMBER|238174603]].",
    "The VPN logs show [[PERSON|Elif Yılmaz]] connecting from [[IP_ADDRESS|203.0.113.201]] twice after midnight.",
    "Before the meeting, [[PERSON|Ahmad Faiz bin Roslan]] asked that the minutes be circulated.",
    "[[PERSON|Mariana Costa e Silva]], CPF [[ID_NUMBER|418.273.905-14]], [[STREET_ADDRESS|Rua Augusta 1508, apto 71, 01304-001 São Paulo - SP]]",
    "Please change the delivery address for [[PERSON|Camille Rousseau]] to [[STREET_ADDRESS|8 Boulevard Voltaire, 75011 Paris]].",
    "[[PERSON|Tevita Fifita]] came third in the shot put and set a personal best.",
    "[[PERSON|Wojciech Mazur]] ([[PERSON|Wojtek]] to everyone) holds UK driving licence [[ID_NUMBER|MAZUR802157WJ9LK]].",
    "Pay [[PERSON|Siobhan Kearney-Walsh]] into [[IBAN_CODE|IE75BOFI90001727381946]] by Friday.",
    "The violin on the stage belongs to [[PERSON|Dagny Ólafsdóttir]]; if found, write to [[EMAIL_ADDRESS|dagny.olafs@example.is]].",
    "[[PERSON|Amira Saleh]]'s username on the portal is [[ID_NUMBER|amira.saleh92]] and it is locked.",
    "Ship to: [[PERSON|Kerem Aydın]] (T.C. kimlik [[ID_NUMBER|38104726540]]), [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 6, 34728 Kadıköy/İstanbul]]",
    "Despite the rain, [[PERSON|Mthunzi Ndlovu]] walked the whole route and back.",
    "Form B, line 3: applicant [[PERSON|Luca Ferraro]], passport [[ID_NUMBER|YA4182736]].",
    "Account on file: [[PERSON|Jasper Halloway]], [[STREET_ADDRESS|212 Birch Hollow Lane, Asheville, NC 28803]], [[PHONE_NUMBER|(828) 555-0119]].",
    "[[PERSON|Khadija Benali-Moreau]] and the projector are both booked for room 4 at ten.",
    "[[PERSON|Noor ul-Ain Qureshi]] can be reached at [[EMAIL_ADDRESS|noor.qureshi@example.pk]].",
    "Transfer to Mr. [[PERSON|Olusegun Adebayo-Smith]], account [[IBAN_CODE|GB04NWBK60730841926357]].",
    "Most of the £412 from the bake sale came from [[PERSON|Perpetua Nwosu]]'s lemon cakes.",
    "[[PERSON|Rahul Ghosh]]'s IP at home is [[IP_ADDRESS|198.51.100.77]], whitelist it for staging.",
    "[[PERSON|Astrid Vandenberghe]], [[STREET_ADDRESS|Kerkstraat 19 bus 2, 9000 Gent]], België",
    "Every Friday the accounts are checked by [[PERSON|Hyun-woo Park]] (login [[ID_NUMBER|hwpark.fin]]) before the bank run.",
    "The alarm engineer will call [[PERSON|Gwen Pritchard]] on [[PHONE_NUMBER|07700 900263]] when he is ten minutes out.",
    "[[PERSON|Citlali Hernández Ramírez]], [[STREET_ADDRESS|Calle Durango 187, Col. Roma Norte, 06700 Ciudad de México, CDMX]]",
    "At the hearing, [[PERSON|Ferdinand von Hallberg]] spoke for almost an hour.",
    "Card [[CREDIT_CARD|4916 7203 5581 2940]], expiry 09/28, name on card: [[PERSON|MICHAEL T ABERNATHY]]",
    "[[PERSON|Leilani Kahananui]], [[STREET_ADDRESS|Unit 4, 22 Banksia Street, Fremantle WA 6160]], Australia",
    "[[PERSON|Sipho]], [[PERSON|Anele]] and [[PERSON|Zodwa Mahlangu]] all signed the petition.",
    "[[PERSON|Ivana Horvat]] moved to [[STREET_ADDRESS|1187 Commercial Drive, Vancouver, BC V5L 3X3]] and her phone is [[PHONE_NUMBER|(604) 555-0188]].",
    "[[PERSON|Olga Petrovna Smirnova]], passport [[ID_NUMBER|72 4418391]], checked in at 22:40.",
    "The best essay this term was written by [[PERSON|Emeka Chidi Obi]].",
    "Refund the deposit of [[PERSON|Declan Murphy]] to card [[CREDIT_CARD|2229 1480 6637 1053]].",
    "[[PERSON|Stefan Nikolić]], [[STREET_ADDRESS|Knez Mihailova 22, 11000 Beograd]], Srbija",
    "SSH key for user [[ID_NUMBER|hmoreau]] added; [[PERSON|Hugo Moreau]] confirmed from [[IP_ADDRESS|192.0.2.36]].",
    "Leave the spare keys with [[PERSON|Wiremu Parata]] at the front desk or ring him on [[PHONE_NUMBER|0491 570 937]].",
    "[[PERSON|Anneke Jansen]], [[STREET_ADDRESS|Prinsengracht 212-III, 1016 HD Amsterdam]], BSN [[ID_NUMBER|273849165]].",
    "The NHS number for [[PERSON|Callum Fraser]] is [[ID_NUMBER|612 047 3858]].",
    "After forty years at the mill, [[PERSON|Cornelius Ogunleye]] retired last Friday.",
    "[[PERSON|Maximilian Huber]], [[STREET_ADDRESS|Mariahilfer Straße 88/5, 1070 Wien]], Österreich",
    "Paid by [[PERSON|Leticia Ayala Ruiz]] with Amex [[CREDIT_CARD|3760 145288 93016]].",
    "Account holder [[PERSON|Pham Minh Duc]], IBAN [[IBAN_CODE|CH28 0070 0110 0384 9261 7]].",
    "Across the hall, [[PERSON|Gabriel Tshibangu]] was already packing up the microscopes.",
    "[[PERSON|Sakura Ishikawa]]'s emergency contact number is [[PHONE_NUMBER|07700 900731]].",
    "Tax form: [[PERSON|Ewa Zielińska]], PESEL [[ID_NUMBER|85031704620]], [[STREET_ADDRESS|ul. Ogrodowa 3, 61-821 Poznań]].",
]

# 60 chat requests to an assistant from ordinary people; 12 hold a secret or a username.
CHAT = [
    "I'm a ward nurse and need to write a handover note. Bed 6 is [[PERSON|Gladys Pemberton]], 84, admitted with a fall, on hourly obs, daughter visiting at 7. Can you turn that into a tidy SBAR format for the night team?",
    "Can you help me word a text to [[PERSON|Okoro]] about the rent? He's two weeks late for the second month running and I don't want to sound aggressive, just firm. The flat is [[STREET_ADDRESS|Flat 2, 19 Cranbrook Road, Bristol BS6 7BN]] if that matters for the wording.",
    "Write a short, warm end-of-year comment for a Year 4 report. [[PERSON|Isla]] has grown in confidence reading aloud, still rushes her maths, and was brilliant as the narrator in the spring play.",
    "[[PERSON|Mo Farouk]] and [[PERSON|Dani Stepanek]] are swapping shifts on Saturday and Sunday at the bakery. Can you redo the weekend rota so nobody ends up with a double? Opening is 6am, closing 4pm, two people on each shift.",
    "My son's football coach asked parents to send a short message about how the season went. The kids call him [[PERSON|Benny]] but his real name is [[PERSON|Bernard Achterberg]]. Can you draft something grateful but not gushing, about 60 words?",
    "Quick one: the new alarm at the shop is [[PASSWORD|4719]] then the tick key, and [[PERSON|Ravi]] keeps forgetting it. Can you make a laminated sign that tells staff how to arm it at closing without actually printing the number on it?",
    "Help me reply to Mrs. [[PERSON|Leclerc]]... sorry, to [[PERSON|Hélène Leclerc]], who emailed asking why her boy was moved to the lower reading group. I want to explain it's temporary and based on the last two assessments.",
    "Summarise this in two lines for the group chat: [[PERSON|Tunde]] is bringing the gazebo, [[PERSON|Kasia]] the folding tables, [[PERSON|Hollis]] is doing drinks, and we still need someone with a car big enough for the barbecue.",
    "I'm a home carer. Mr. [[PERSON|Ambrose]] had a bad night, refused his 8pm tablets and was confused about where he was. Write a neutral log entry I can copy into the care app, no judgement, just facts.",
    "The wifi at the holiday cottage is CottageGuest and the key is [[PASSWORD|harebell-meadow-2291]]. Could you write a friendly welcome note for the fridge with that, checkout at 10, bins on Thursday, and my mobile [[PHONE_NUMBER|07700 900846]] for emergencies?",
    "[[PERSON|Rasmussen]] from accounts keeps replying-all to the whole company. How do I politely ask him to stop without making it a big thing? Two sentences max.",
    "Can you turn these into a seating plan for ten? [[PERSON|Ngozi]] next to [[PERSON|Aurelio]], keep [[PERSON|Bram]] and [[PERSON|Tessa Kowalczyk]] apart, [[PERSON|Priti]] needs the end seat for her wheelchair, and put me by the kitchen door.",
    "I coach under-12 netball. [[PERSON|Amara]] and [[PERSON|Leah]] both want to play centre every week and it's causing tears. Give me a fair rotation for eight matches that gives each of them four games in centre.",
    "Draft a reminder to my downstairs neighbour [[PERSON|Jeroen Smits]] that his bike is still chained in the shared hallway at [[STREET_ADDRESS|Van Speijkstraat 88-2, 1057 HC Amsterdam]] and the painters come Monday.",
    "I keep the login for the church's online banking in my head and I'm worried. It's user [[ID_NUMBER|stmarks_treas]] with [[PASSWORD|Hymnal!Organ1987]]. What's a sensible way for two volunteers to share access safely?",
    "[[PERSON|Sal]] at the market said he'd give me a better rate on crates if I order forty a week. Help me work out if that's worth it: 32p each now versus 27p with a minimum of forty, I use about thirty-five.",
    "Please rewrite this more kindly: '[[PERSON|Maddox]], your homework was late again and half of it was copied.' It's going home in his planner and I don't want to crush him.",
    "Student here. Our group is me, [[PERSON|Ayesha Rahman]], [[PERSON|Tobias Greer]] and [[PERSON|Lin]]. Can you split a 20-minute presentation on coastal erosion into four fair parts with a rough script outline for each?",
    "I run a tiny bike repair shop. [[PERSON|Dariusz Kaminski]] left his e-bike here four months ago and won't answer calls on [[PHONE_NUMBER|07700 900318]]. What can I legally do with it in England, and how should I word a final notice?",
    "Need a short thank-you card message for [[PERSON|Hiroko]] who fed our cats for two weeks and watered everything. Light and funny, she loves puns.",
    "The door code for the site cabin changed to [[PASSWORD|8052#]]. Write a WhatsApp message to the lads telling them, plus that [[PERSON|Gaz]] is acting foreman till Friday.",
    "Can you check my maths? [[PERSON|Orla Kinsella]] owes me £180 for the festival ticket, I owe her £45 for petrol and £22 for food. Who pays whom and how much?",
    "As a landlord I need to give Ms. [[PERSON|Achieng]]... sorry, [[PERSON|Faith Achieng]], notice that the boiler will be replaced on the 12th between 8 and 2. Keep it polite and mention she doesn't need to be in.",
    "Write a limerick for my uncle [[PERSON|Gunnar]]'s 60th. He's a retired postman who still walks ten miles a day and hates dogs, but in a funny way.",
    "My flatmate [[PERSON|Ellery Vance]] and I split a storage unit. He paid the first six months, I paid the next six, and now the price is going up 15%. Suggest a fair way to split the increase.",
    "My mum's carer [[PERSON|Precious Moyo]] wants a reference for a new job. She's been with us three years, never late, brilliant with Mum's dementia. Can you draft a letter from me?",
    "Translate into simple Spanish for a parent: '[[PERSON|Mateo]] has nits. Please treat his hair before he returns to school on Monday.'",
    "The dojo's email is hosted on Zoho. Our sensei, [[PERSON|Jin-ho Park]], wants to add my account as admin. My username there is [[ID_NUMBER|k.ashworth.dojo]]. What steps will he need to take?",
    "Plan a four-week couch-to-5k catch-up for [[PERSON|Bethan]], [[PERSON|Marisol]] and [[PERSON|Ugo]], who missed the first month. They can run Tuesday, Thursday and Sunday.",
    "Help me decline my old friend [[PERSON|Lorcan Fitzpatrick]]'s invitation to co-sign his car loan without damaging the friendship. We were at uni together and he's in a tough spot.",
    "Our care home's visitor book needs a new page layout. Can you design a table for name, resident visited, time in, time out, and signature? Example row: [[PERSON|Winifred Cole]] visiting [[PERSON|Arthur Cole]], 14:05 to 15:30.",
    "I teach piano. [[PERSON|Kenzo]] has his grade 3 exam in six weeks and still can't play the scales hands together. Give me a realistic practice plan he could do in 15 minutes a day.",
    "The till PIN for the weekend staff is [[PASSWORD|2604]]; [[PERSON|Yasmin]] is the only one who's been trained. Draft a one-page cheat sheet for opening the till, cashing up and doing a refund.",
    "Write a short eulogy paragraph for [[PERSON|Albert Nwachukwu]], who ran the corner shop on our street for 40 years and knew every kid's name.",
    "[[PERSON|Pim]] borrowed my ladder, [[PERSON|Henny]] my drill and [[PERSON|Walsh]] still has the hedge trimmer. Write a jokey group message asking for everything back before the bank holiday.",
    "As the PTA chair I need to thank [[PERSON|Rosalind Achebe-Grant]] for running the book fair single-handed. Write three sentences for the newsletter.",
    "Can you fix the grammar? 'Me and [[PERSON|Kowalczyk]] was told by the supervisor that the forklift certificate expire next month and we has to book the course ourself.'",
    "I'm a student nurse on placement. [[PERSON|Harriet]], my mentor, asked me to reflect on a shift where a relative shouted at me. Give me a Gibbs reflective cycle structure without any patient details.",
    "Shared the streaming account with [[PERSON|Dev]], username [[ID_NUMBER|sunnyside_family]], but he changed the profile pictures. What's a polite way to ask him to put them back?",
    "Suggest five names for a pub quiz team. It's me, [[PERSON|Clodagh]], [[PERSON|Rhys Llewellyn]] and [[PERSON|Mikey]], and we're terrible at sport questions.",
    "I volunteer at the food bank. Mr. [[PERSON|Oyelaran]] asked us to keep his details private; his delivery address is [[STREET_ADDRESS|44 Tenterden Street, Bury BL9 0EG]]. How should we store that so other volunteers can't see it but drivers can?",
    "Write a two-line birthday message from the whole office for [[PERSON|Dolores]] in payroll. She's turning 50 and likes gardening and terrible puns.",
    "The garage gate opens with [[PASSWORD|1 9 7 3 *]] and I have to let the plumber in on Thursday. Write a text to him with directions to the side entrance of [[STREET_ADDRESS|9 Kelvin Grove, Glasgow G3 7RX]].",
    "I own a small yoga studio. [[PERSON|Saanvi Iyer]] wants to pause her membership for three months while she recovers from surgery. What's a kind reply that explains the pause fee?",
    "Turn this into a polite complaint: the removals firm broke [[PERSON|Eugenie]]'s mirror and scratched the banister, and their driver [[PERSON|Colm]] said it was already like that.",
    "My daughter's friend [[PERSON|Zuri]] is staying over Friday. Can you suggest a simple menu for two 9-year-olds, one vegetarian, and a film that isn't too scary?",
    "Please calculate overtime: [[PERSON|Baptiste]] worked 47 hours, [[PERSON|Noémie]] 41 and [[PERSON|Hakim]] 39 this week, base 38 hours, overtime paid at 1.5 times £12.40.",
    "Our router label says the network key is [[PASSWORD|7kX4-mq29-Zt8R]]. The grandkids are coming and I want to print a card for the guest room with it. Make it pretty with simple instructions for phones.",
    "[[PERSON|Thorsten]] says the van was returned with a full tank but the hire company billed 68 litres. Draft an email disputing the fuel charge, calm and factual.",
    "I'm a school caretaker. [[PERSON|Devlin]], the new cleaner, needs the caretaker's handbook summarised into a one-page list: keys, alarm ([[PASSWORD|6613]] then OFF), boiler room, bins, lost property.",
    "Could you rewrite this bio to sound less stiff? '[[PERSON|Marguerite Okonjo-Bassey]] is an accountant. She likes choirs. She has lived in Leicester for 20 years.'",
    "Help me split the electricity bill of £312 three ways by days at home: [[PERSON|Ines]] 90 days, [[PERSON|Tariq]] 60, me 90.",
    "My account on the allotment society site is [[ID_NUMBER|plot17_greenfingers]] but I can't find where to change the email. [[PERSON|Meredith]], the secretary, says it's under settings. Where would it usually be on a WordPress membership site?",
    "Write a tactful note to [[PERSON|Jagoda Wiśniewska]] asking her not to park across the shared drive on bin day. It's the third week running.",
    "Roleplay the other side so I can practise: I'm asking [[PERSON|Gerhardt Lindqvist-Moss]], the owner of the flat above, to fix the leak coming through my bathroom ceiling.",
    "Carer question: Nana [[PERSON|Rose]]... I mean [[PERSON|Rose Emmerich]] keeps saying she's already eaten when she hasn't. Ideas to encourage lunch without arguing?",
    "[[PERSON|Scully]] and [[PERSON|Abernethy]] both want Friday off for the same wedding. I've only got cover for one. Draft a fair way to decide, maybe alternate bank holidays too.",
    "Write a LinkedIn recommendation for [[PERSON|Nkechi Obiora]], who interned with our design team for six months and rebuilt the icon library.",
    "The key safe by the back door is [[PASSWORD|0318]]. Write instructions for [[PERSON|Aoife]], the dog walker: collect the spaniel from the utility room, put the lead back on the hook and lock it after.",
    "Summarise this voicemail for my notes: '[[PERSON|Ravinder]] here, the tiles arrived cracked, I'll be back Wednesday with [[PERSON|Sukh]] to redo the splashback, cheers.'",
]

# 50 pasted materials to summarise, fix, convert or translate: the last 10 in other languages.
PASTED = [
    "Summarise this email in one line:\n\nHi team,\nThe supplier meeting moved to Thursday 10:30 in the Oak room. Please bring the Q3 figures.\n\nBest,\n[[PERSON|Grainne McAllister]]\nProcurement Lead\n[[PHONE_NUMBER|+44 7700 900129]] | [[EMAIL_ADDRESS|g.mcallister@example.co.uk]]",
    "Convert this CSV to a JSON array:\n\nname,email,phone\n[[PERSON|Tobenna Eze]],[[EMAIL_ADDRESS|tobenna.eze@example.com]],[[PHONE_NUMBER|(415) 555-0171]]\n[[PERSON|Ylva Nordin]],[[EMAIL_ADDRESS|ylva.n@example.se]],[[PHONE_NUMBER|(415) 555-0172]]\n[[PERSON|Ramón Quiroga]],[[EMAIL_ADDRESS|rquiroga@example.net]],[[PHONE_NUMBER|(415) 555-0173]]",
    "What does this sshd log tell me? Is someone brute-forcing?\n\nMar 14 03:11:02 web01 sshd[2231]: Failed password for [[ID_NUMBER|dkowal]] from [[IP_ADDRESS|203.0.113.44]] port 51122 ssh2\nMar 14 03:11:05 web01 sshd[2231]: Failed password for [[ID_NUMBER|dkowal]] from [[IP_ADDRESS|203.0.113.44]] port 51122 ssh2\nMar 14 03:11:09 web01 sshd[2235]: Accepted publickey for [[ID_NUMBER|mfinch]] from [[IP_ADDRESS|198.51.100.9]] port 40012 ssh2",
    "Fix the indentation of this YAML:\n\nstaff:\n  - name: [[PERSON|Perrin Blackwood]]\n   email: [[EMAIL_ADDRESS|perrin.b@example.org]]\n    badge: [[ID_NUMBER|EMP-30417]]\n  - name: [[PERSON|Soraya Kader]]\n  email: [[EMAIL_ADDRESS|s.kader@example.org]]\n    badge: [[ID_NUMBER|EMP-30422]]",
    "Why does this SQL fail?\n\nINSERT INTO customers (id, full_name, card_number, city) VALUES (1042, '[[PERSON|Hamza Siddiqui]]', '[[CREDIT_CARD|4558033167294403]]', 'Leeds'),\n(1043, '[[PERSON|Brigid Toner]]', '[[CREDIT_CARD|4026175539081242]]' 'Derry');",
    "Turn these meeting minutes into action points:\n\nResidents' association, 3 April. Present: [[PERSON|Ade Okonjo]] (chair), [[PERSON|Maureen Tully]], [[PERSON|Pavel Dvořák]], [[PERSON|Shona Baird]]. [[PERSON|Maureen]] to chase the council about the streetlight. [[PERSON|Pavel]] to price new bins. [[PERSON|Ade]] to book the hall for the summer fete. Apologies from [[PERSON|Kieran Lowe]].",
    "Rewrite this support ticket so it's clearer for the engineer:\n\nTicket #55120\nFrom: [[PERSON|Lorna Sweeney]] ([[EMAIL_ADDRESS|lorna.sweeney@example.com]])\ncant login since the update, it says my user [[ID_NUMBER|lsweeney_04]] is locked?? tried from home [[IP_ADDRESS|198.51.100.140]] and work, same",
    "Extract the key facts from this form:\n\nAPPLICATION FOR PARKING PERMIT\nApplicant: [[PERSON|Desmond Achterberg]]\nAddress: [[STREET_ADDRESS|31 Coleridge Avenue, Norwich NR3 2LP]]\nVehicle reg: KX19 TRB\nPhone: [[PHONE_NUMBER|07700 900655]]\nSignature: [[PERSON|D. Achterberg]]",
    "Summarise this chat export:\n\n[09:14] [[PERSON|Jules]]: are we still on for the climbing wall?\n[09:15] [[PERSON|Marisa Teo]]: yes 6pm, I'll book the lane\n[09:20] [[PERSON|Jules]]: [[PERSON|Kwabena]] can't come, knee again\n[09:21] [[PERSON|Marisa Teo]]: ok so 3 of us with [[PERSON|Ruairí]]",
    "Make this letter sound more formal:\n\n[[STREET_ADDRESS|8 Wellfield Close, Cardiff CF5 1QB]]\n\nhey, this is [[PERSON|Emrys Vaughan]], my neighbour's tree is hanging over my garage and dropping sap on the car, can you sort it",
    "Check this invoice adds up:\n\nINVOICE 2026-118\nBill to: [[PERSON|Agnieszka Duda]], [[STREET_ADDRESS|17 Harrow Lane, Reading RG1 4DX]]\nWindow cleaning x 6 @ 18.00 = 108.00\nGutter clear x 1 @ 45.00 = 45.00\nTotal due: 163.00\nPay to: [[PERSON|Callum Rooney]], [[IBAN_CODE|GB74NWBK60730841926358]]",
    'Explain these nginx access log lines:\n\n[[IP_ADDRESS|192.0.2.88]] - [[ID_NUMBER|jtorres]] [12/Mar/2026:10:01:33 +0000] "GET /admin/users HTTP/1.1" 403 512\n[[IP_ADDRESS|192.0.2.88]] - [[ID_NUMBER|jtorres]] [12/Mar/2026:10:01:41 +0000] "POST /login HTTP/1.1" 302 0\n[[IP_ADDRESS|203.0.113.19]] - - [12/Mar/2026:10:02:02 +0000] "GET /health HTTP/1.1" 200 2',
    'Convert this JSON record to a table:\n\n{"patient_id": "[[ID_NUMBER|PT-884102]]", "name": "[[PERSON|Ebony Marchant]]", "dob": "1988-02-17", "phone": "[[PHONE_NUMBER|0491 570 402]]", "ward": "B3"}',
    "Summarise this email thread:\n\nFrom: [[PERSON|Ignatius Mwangi]]\nTo: [[PERSON|Sunita Rao]]\nSubject: Lab keys\n\n[[PERSON|Sunita]], I left the cold room key with security. Code for the side door is still [[PASSWORD|3377]].\n\n-- \n[[PERSON|Ignatius Mwangi]], Research Technician\n[[EMAIL_ADDRESS|i.mwangi@example.ac.ke]]",
    "Clean up this application log and tell me what failed:\n\n2026-05-02 14:22:10 ERROR PaymentService user=[[ID_NUMBER|ksandoval]] card=[[CREDIT_CARD|4701833566290142]] declined code=51\n2026-05-02 14:22:11 WARN  Retry user=[[ID_NUMBER|ksandoval]] attempt=2\n2026-05-02 14:22:14 INFO  Email sent to [[EMAIL_ADDRESS|k.sandoval@example.com]]",
    "Turn this into a polite reply:\n\nFrom: [[PERSON|Roderick Plimsoll]] <[[EMAIL_ADDRESS|rod.plimsoll@example.com]]>\nI have been charged twice for the same order, 4471. Refund it to the card ending 9375 now or I go to my bank.",
    "Sort these rows by surname:\n\n[[PERSON|Zofia Kręcka]], [[PHONE_NUMBER|(212) 555-0156]]\n[[PERSON|Adebayo Ilori]], [[PHONE_NUMBER|(212) 555-0157]]\n[[PERSON|Maeve Cunningham]], [[PHONE_NUMBER|(212) 555-0158]]\n[[PERSON|Tjarda Visser]], [[PHONE_NUMBER|(212) 555-0159]]",
    "Summarise this incident report:\n\nAt 16:40 [[PERSON|Leroy Baptiste]] slipped on the wet floor near aisle 7. First aid was given by [[PERSON|Catriona Hume]]. [[PERSON|Leroy]] declined an ambulance and was collected by his sister. Witness: [[PERSON|Feng Liu]].",
    "Put this HR form in plain English:\n\nEmployee: [[PERSON|Ashok Narayanan]]\nEmployee no.: [[ID_NUMBER|100482]]\nNI number: [[ID_NUMBER|JT 48 21 96 C]]\nBank: [[IBAN_CODE|GB91BARC20038572914064]]\nStart date: 01/06/2026",
    "Can you fix the typos in this reference letter?\n\nDear Hiring Manger,\nI am writting to recomend [[PERSON|Chiamaka Eze-Williams]], who worked in my clinic for three years. [[PERSON|Chiamaka]] is punctual, kind and thorugh.\nYours sincerly,\nDr. [[PERSON|Anselm Kraus]]",
    "What do these auth.log lines mean?\n\nsudo: [[ID_NUMBER|rbhatt]] : TTY=pts/0 ; PWD=/home/[[ID_NUMBER|rbhatt]] ; USER=root ; COMMAND=/usr/bin/apt update\nsshd[912]: Invalid user admin from [[IP_ADDRESS|198.51.100.203]] port 33818\nsshd[918]: Accepted password for [[ID_NUMBER|rbhatt]] from [[IP_ADDRESS|192.0.2.15]] port 50501 ssh2",
    "Summarise this WhatsApp export in three bullets:\n\n[[PERSON|Bisi]]: mum's flight lands 6.40\n[[PERSON|Kunle Adeyemi]]: I'll get her, send me the flight no\n[[PERSON|Bisi]]: BA 75, she has the big suitcase\n[[PERSON|Kunle Adeyemi]]: ok, dropping her at [[STREET_ADDRESS|62 Ferndale Road, Croydon CR0 6QJ]] after",
    "Convert to a vCard:\n\n[[PERSON|Henrietta Ogilvie-Brand]]\nGardening services\n[[PHONE_NUMBER|07700 900903]]\n[[EMAIL_ADDRESS|hen.ogilvie@example.co.uk]]\n[[STREET_ADDRESS|The Old Dairy, Upper Slaughter, Cheltenham GL54 2JE]]",
    "Tidy this volunteer sign-up sheet into a table:\n\n[[PERSON|Rory Hanlon]] - Sat am - [[PHONE_NUMBER|(503) 555-0124]]\n[[PERSON|Esi Mensah]] - Sat pm - [[PHONE_NUMBER|(503) 555-0126]]\n[[PERSON|Bogdan Ilić]] - Sun all day - no phone, email [[EMAIL_ADDRESS|bogdan.ilic@example.com]]",
    "Rewrite these notes from a parents' evening as a short email:\n\n[[PERSON|Anouk Verbeek]] (mum of [[PERSON|Sem]]) worried about bullying at lunch. [[PERSON|Sem]] named [[PERSON|Jaxon]] and [[PERSON|Reuben]]. Agreed to move [[PERSON|Sem]]'s seat and check in weekly. Her phone [[PHONE_NUMBER|07700 900714]].",
    "Find the mistake in this Python dict:\n\nuser = {\n    'username': '[[ID_NUMBER|nadia.k.w]]',\n    'password': '[[PASSWORD|Tulip$Canal42]]',\n    'name': '[[PERSON|Nadia Kowalewska]]'\n    'ip': '[[IP_ADDRESS|203.0.113.170]]',\n}",
    "Summarise this customer complaint:\n\nI, [[PERSON|Horatio Bellweather]], account no. [[ID_NUMBER|44817302]], was told my boiler would be serviced on the 4th. Nobody came. I took the day off work. Please call me on [[PHONE_NUMBER|(773) 555-0110]].",
    "Check this bank transfer request for errors:\n\nBeneficiary: [[PERSON|Klara Novotná]]\nIBAN: [[IBAN_CODE|AT59 2011 1827 1635 4409]]\nAmount: EUR 1,250.00\nReference: Deposit flat 3B\nRequested by: [[PERSON|Milos Vesely]]",
    "Convert this list of guests to CSV:\n\n1. [[PERSON|Oyelaran Adeola]] - vegetarian - table 2\n2. [[PERSON|Fergus McTavish]] - no nuts - table 2\n3. [[PERSON|Anh Tran]] - none - table 5\n4. [[PERSON|Beatriz Salgado]] - gluten free - table 5",
    "Summarise this medical referral letter:\n\nRe: [[PERSON|Eileen Garvey]], NHS no. [[ID_NUMBER|703 918 2645]], [[STREET_ADDRESS|5 Orchard Row, Truro TR1 3HX]]\nThank you for seeing this lady with a three-month history of exertional chest tightness. ECG normal. Yours, Dr. [[PERSON|Samuel Oduya]]",
    "Explain this firewall log:\n\nDENY TCP [[IP_ADDRESS|203.0.113.250]]:44122 -> 10.0.0.5:22 user=-\nALLOW TCP [[IP_ADDRESS|198.51.100.61]]:51900 -> 10.0.0.5:443 user=[[ID_NUMBER|lmcgrath]]\nDENY TCP [[IP_ADDRESS|203.0.113.250]]:44130 -> 10.0.0.5:3389 user=-",
    "Turn this text thread into a calendar entry:\n\n[[PERSON|Tamsin]]: piano with Mrs [[PERSON|Oduya]] moved to Weds 5pm\n[[PERSON|Tamsin]]: address is [[STREET_ADDRESS|22 Beech Road, Harrogate HG2 8NP]]\nme: ok",
    "Summarise this lost property form:\n\nItem: green rucksack with laptop\nOwner: [[PERSON|Phineas Okwuosa]]\nStudent ID: [[ID_NUMBER|S2281945]]\nEmail: [[EMAIL_ADDRESS|p.okwuosa@example.ac.uk]]\nFound by: [[PERSON|Greta Halvorsen]] (library)",
    "Translate this signature into a neat format:\n\n[[PERSON|Arturo Benítez]] | Electrician | [[PHONE_NUMBER|+1 303 555 0148]] | [[EMAIL_ADDRESS|arturo.benitez.sparks@example.com]] | licence [[ID_NUMBER|EL-0048215]]",
    "What is wrong with this docker-compose env section?\n\nenvironment:\n  ADMIN_USER: [[ID_NUMBER|fhollis]]\n  ADMIN_PASS: [[PASSWORD|Lighthouse!Gravel7]]\n  ADMIN_EMAIL: [[EMAIL_ADDRESS|felix.hollis@example.dev]]",
    "Write a summary of this tenancy record:\n\nTenant: [[PERSON|Marisol Uchenna]]\nProperty: [[STREET_ADDRESS|Flat 9, 3 Quayside Walk, Newcastle NE1 3DX]]\nDeposit: £950, protected\nGuarantor: [[PERSON|Obinna Uchenna]], [[PHONE_NUMBER|07700 900224]]",
    "Reformat this SQL result:\n\n id  | username     | last_login_ip   | email\n-----+--------------+-----------------+--------------------------\n 311 | [[ID_NUMBER|wvanleeuwen]]  | [[IP_ADDRESS|192.0.2.207]]     | [[EMAIL_ADDRESS|w.vanleeuwen@example.nl]]\n 312 | [[ID_NUMBER|cbarros]]      | [[IP_ADDRESS|198.51.100.118]]  | [[EMAIL_ADDRESS|carla.barros@example.pt]]",
    "Shorten this bio for a conference programme:\n\nDr. [[PERSON|Yewande Akinola-Hart]] has worked in paediatric occupational therapy for 15 years. She lives in Sheffield with her two dogs and is the founder of a community sensory garden.",
    "Summarise the payment dispute in this chat export:\n\n[[PERSON|Cillian]]: sent you the 300 for the sofa\n[[PERSON|Noa Ben-David]]: not here yet?\n[[PERSON|Cillian]]: card [[CREDIT_CARD|5228 7140 9316 6503]] shows it went out\n[[PERSON|Noa Ben-David]]: to which account?",
    "Check the format of this passport renewal form:\n\nSurname: [[PERSON|OYELOWO]]\nGiven names: [[PERSON|Temitope Grace]]\nPrevious passport: [[ID_NUMBER|537204918]]\nAddress: [[STREET_ADDRESS|41 Laburnum Grove, Leicester LE2 1RT]]",
    "Resume este correo en una frase:\n\nHola [[PERSON|Begoña]], te confirmo que la reunión con [[PERSON|Iñaki Etxeberria]] es el martes a las 11. Si hay cambios, llámame al [[PHONE_NUMBER|+44 7700 900377]].\nUn saludo,\n[[PERSON|Rocío Campillo]]",
    "Corrige les fautes dans ce message :\n\nBonjour, je m'apelle [[PERSON|Thibault Garnier]], j'habite [[STREET_ADDRESS|12 rue Saint-Rome, 31000 Toulouse]] et mon numero de securite sociale est le [[ID_NUMBER|1 86 07 75 108 237 46]]. Merci de mettre à jour mon dossier.",
    "Fasse diese E-Mail kurz zusammen:\n\nSehr geehrte Frau [[PERSON|Brandstätter]],\nanbei die Rechnung für die Heizungswartung. Bitte überweisen Sie den Betrag auf [[IBAN_CODE|DE01 3705 0299 0028 3741 56]].\nMit freundlichen Grüßen\n[[PERSON|Jörg Wendland]]",
    "Resuma esta ficha de cliente:\n\nNome: [[PERSON|Luíza Fagundes Pimentel]]\nCPF: [[ID_NUMBER|730.516.842-44]]\nEndereço: [[STREET_ADDRESS|Rua Padre Chagas 315, ap. 602, 90570-080 Porto Alegre - RS]]\nTelefone: [[PHONE_NUMBER|+1 617 555 0129]]",
    "Traduci in inglese:\n\nCiao [[PERSON|Gianluca]], il bonifico di [[PERSON|Serena Bellini]] è arrivato sull'[[IBAN_CODE|IT33X0306909606100000174839]]. Le chiavi dell'appartamento sono nella cassetta, il codice è [[PASSWORD|5921]].",
    "Vat deze notulen samen:\n\nAanwezig: [[PERSON|Maarten de Groot]], [[PERSON|Fleur Wagenaar]], [[PERSON|Youssef El Amrani]]. [[PERSON|Fleur]] regelt de zaal. [[PERSON|Youssef]] stuurt de uitnodiging naar [[EMAIL_ADDRESS|buurtvereniging.oost@example.nl]]. BSN van de nieuwe penningmeester [[PERSON|Maarten de Groot]]: [[ID_NUMBER|615920378]].",
    "Przetłumacz na angielski:\n\nPani [[PERSON|Halina Kaczmarek]], PESEL [[ID_NUMBER|92112408171]], zamieszkała przy [[STREET_ADDRESS|ul. Mickiewicza 7/2, 80-425 Gdańsk]], prosi o zmianę terminu wizyty.",
    "Convierte esto en una tabla:\n\n[[PERSON|Ximena Paredes]], DNI [[ID_NUMBER|70294183L]], tel. [[PHONE_NUMBER|0491 570 855]]\n[[PERSON|Álvaro Mendizábal]], usuario [[ID_NUMBER|amendizabal]], IP [[IP_ADDRESS|198.51.100.57]]",
    "Résume ce ticket :\n\nClient : [[PERSON|Anaïs Lefebvre-Martin]]\nCarte : [[CREDIT_CARD|4135 9002 7746 1829]]\nProblème : double débit le 3 mai, remboursement demandé par courriel à [[EMAIL_ADDRESS|anais.lm@example.fr]].",
    "Bitte in eine Tabelle umwandeln:\n\n[[PERSON|Lukas Obermaier]], Benutzer [[ID_NUMBER|lobermaier]], letzte Anmeldung von [[IP_ADDRESS|192.0.2.99]]\n[[PERSON|Svenja Kühn]], Benutzer [[ID_NUMBER|skuehn]], letzte Anmeldung von [[IP_ADDRESS|192.0.2.100]]",
]

# 100 clean texts in the shape of public LLM benchmark prompts.
CLEAN_PROMPTS = [
    "Compose an engaging travel blog post about a recent trip to Iceland, highlighting the Golden Circle, local food and the northern lights.",
    "Pretend you are Sherlock Holmes and explain to Dr. Watson how you deduced that the visitor had just returned from a long sea voyage.",
    "Write a persuasive essay arguing that cities should replace car lanes with protected bike lanes. Use three arguments and address one counter-argument.",
    "Imagine you are Marie Curie giving a short speech to a class of schoolgirls in 1925. What would you tell them about science?",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost? Explain your reasoning step by step.",
    "Draft a professional email to a client apologising for a two-week delay on a website project and proposing a new timeline.",
    "Write a sonnet about the last day of summer, in the style of Shakespeare.",
    "Role-play as a medieval blacksmith explaining to an apprentice why you quench the blade in oil instead of water.",
    "If a train leaves a station every 12 minutes and the first train is at 5:48, what time is the tenth train? Show your work.",
    "Describe a vivid and unique character for a fantasy novel, using strong imagery and no more than two paragraphs.",
    "Explain the difference between correlation and causation to a 12-year-old, using an example about ice cream sales and sunburn.",
    "Write a short dialogue between Elizabeth Bennet and Mr. Darcy set in a modern coffee shop.",
    "You are a tour guide in Rome. Give a lively three-minute introduction to the Colosseum for a group of tourists.",
    "Which word does not belong with the others: tyre, steering wheel, car, engine? Explain your answer.",
    "Write a product launch announcement for a fictional smart water bottle that reminds people to drink, aimed at office workers.",
    "Pretend to be Abraham Lincoln and give your opinion on smartphones, in the voice of the 1860s.",
    "Suggest five creative ways a small town library could attract more teenagers, with one sentence of explanation each.",
    "Three friends share a pizza cut into 12 slices. The first eats a quarter, the second eats a third of what is left. How many slices remain?",
    "Write a bedtime story for a five-year-old about a shy dragon who is afraid of the dark.",
    "Edit the following paragraph to fix grammatical errors: 'She dont know where is the library, so she asking the man who were standing near the bus stop.'",
    "Act as Captain Ahab and write a journal entry for the day before you first sight the white whale.",
    "Compare and contrast the economic systems of capitalism and socialism in a balanced 200-word answer.",
    "Write a haiku sequence of three poems about a city waking up in the rain.",
    "You are a job interview coach. Give me five common interview questions for a junior data analyst and a strong sample answer to each.",
    "David has three sisters. Each of them has one brother. How many brothers does David have?",
]

CLEAN_MATHS = [
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?",
    "Kofi has 3 boxes of pencils with 24 pencils in each box. He gives away 17 pencils. How many pencils does he have left?",
    "A baker makes 144 cupcakes and puts them in boxes of 6. Mei buys 5 boxes. How many boxes are left?",
    "Lucas reads 12 pages of his book every day. The book has 300 pages. After 18 days, how many pages does he still have to read?",
    "Amara earns $15 an hour babysitting. Last week she babysat for 2.5 hours on Friday and 4 hours on Saturday. How much did she earn?",
    "A garden is 14 metres long and 9 metres wide. Tomás wants to put a fence around it. How many metres of fencing does he need?",
    "Priya has twice as many stickers as Jonah. Together they have 87 stickers. How many stickers does Priya have?",
    "A school bus holds 42 students. How many buses are needed to take 315 students on a trip?",
    "Olga bought 4 notebooks at $2.75 each and a pen for $1.40. She paid with a $20 bill. How much change did she get?",
    "Every morning Sami walks 1.2 km to school and back. How many kilometres does he walk in a 5-day school week?",
    "A recipe needs 3 eggs for every 2 cups of flour. Ines wants to use 8 cups of flour. How many eggs does she need?",
    "There are 28 students in a class. Three sevenths of them walk to school. How many students do not walk to school?",
    "Ben's phone battery drops 8% every hour. It is at 92% at 9 am. At what time will it first be below 20%?",
    "A shop sells apples at 3 for $1.20. How much do 15 apples cost?",
    "Hana is 4 years older than her brother. In 6 years the sum of their ages will be 30. How old is Hana now?",
    "A tank holds 250 litres of water. It leaks 3.5 litres an hour. How much water is left after one full day?",
    "Carlos scored 78, 85 and 92 on his first three tests. What score does he need on the fourth test to average 85?",
    "A cinema has 18 rows of 24 seats. On Saturday 389 seats were sold. How many seats were empty?",
    "Yuki saves $6 a week. Her bike costs $150 and she already has $42. How many weeks must she save?",
    "A rectangular pool is 25 m long, 10 m wide and 2 m deep. How many cubic metres of water does it hold when full?",
]

CLEAN_EXAM = [
    "Which of the following best describes the rule against hearsay?\nA. A witness may not give opinion evidence\nB. An out-of-court statement offered to prove the truth of the matter asserted is generally inadmissible\nC. A party may not lead its own witness\nD. Character evidence is always inadmissible",
    "A 60-year-old presents with crushing central chest pain radiating to the left arm. Which investigation should be performed first?\nA. Chest X-ray\nB. 12-lead ECG\nC. Echocardiogram\nD. Coronary angiography",
    "The Treaty of Westphalia (1648) is most associated with which development?\nA. The end of the Hundred Years' War\nB. The principle of state sovereignty in Europe\nC. The unification of Germany\nD. The founding of the League of Nations",
    "Which organelle is the main site of ATP production in eukaryotic cells?\nA. Ribosome\nB. Golgi apparatus\nC. Mitochondrion\nD. Lysosome",
    "In contract law, consideration must be:\nA. adequate\nB. sufficient but need not be adequate\nC. paid in money\nD. given before the promise",
    "Deficiency of which vitamin causes scurvy?\nA. Vitamin A\nB. Vitamin B12\nC. Vitamin C\nD. Vitamin D",
    "Who was the first emperor of Rome?\nA. Julius Caesar\nB. Augustus\nC. Nero\nD. Tiberius",
    "What is the SI unit of electrical resistance?\nA. Volt\nB. Ampere\nC. Ohm\nD. Watt",
    "Under the Miranda rule in the United States, police must inform a suspect in custody of which right before interrogation?\nA. The right to a jury\nB. The right to remain silent\nC. The right to bail\nD. The right to appeal",
    "Which drug is first-line for most people with type 2 diabetes?\nA. Insulin glargine\nB. Metformin\nC. Gliclazide\nD. Sitagliptin",
    "The Meiji Restoration took place in which country?\nA. China\nB. Korea\nC. Japan\nD. Vietnam",
    "Which gas makes up about 78% of Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Argon\nD. Nitrogen",
    "Which of the following is an example of a tort?\nA. Breach of contract\nB. Negligence\nC. Theft\nD. Bigamy",
    "Koplik spots are characteristic of which infection?\nA. Rubella\nB. Measles\nC. Chickenpox\nD. Scarlet fever",
    "The Magna Carta was sealed in which year?\nA. 1066\nB. 1215\nC. 1415\nD. 1688",
    "What is the pH of a neutral solution at 25 °C?\nA. 0\nB. 5\nC. 7\nD. 14",
    "Which amendment to the US Constitution abolished slavery?\nA. First\nB. Fifth\nC. Thirteenth\nD. Nineteenth",
    "A patient with a positive Babinski sign most likely has a lesion of the:\nA. lower motor neuron\nB. upper motor neuron\nC. neuromuscular junction\nD. peripheral nerve",
    "Who led the Haitian Revolution's early phase and became its best-known leader?\nA. Simón Bolívar\nB. Toussaint Louverture\nC. José de San Martín\nD. Miguel Hidalgo",
    "Newton's second law relates force to:\nA. mass and velocity\nB. mass and acceleration\nC. energy and time\nD. pressure and volume",
]

CLEAN_HEALTH = [
    "What are the early warning signs of a stroke, and what should someone do if they notice them?",
    "How long should I wait after eating before going swimming, or is that a myth?",
    "What is the difference between a cold and the flu?",
    "Do I need to fast before a routine blood test at your hospital?",
    "What are the visiting hours for the maternity ward?",
    "How can I tell if a cut needs stitches?",
    "Is it safe to take ibuprofen and paracetamol together?",
    "What vaccines are recommended for adults over 65?",
    "How much water should an adult drink a day?",
    "What should I bring with me for a day-surgery appointment?",
    "What are common side effects of statins?",
    "How do I know if a child's fever is serious enough to go to A&E?",
    "What does a normal blood pressure reading look like?",
    "Can you explain what an MRI scan involves and how long it takes?",
    "What is the best way to treat a mild sprained ankle at home?",
]

CLEAN_EVERYDAY = [
    "What does Moore's law say, and is it still true today?",
    "Explain Dijkstra's algorithm with a small example graph.",
    "Why did Liverpool FC and Everton share Anfield before Everton moved to Goodison Park?",
    "What is Parkinson's law, and how is it different from Parkinson's disease?",
    "How do I reverse a string in Python? My variable is called <TEXT>.",
    "Who painted the ceiling of the Sistine Chapel, and how long did it take?",
    "What is the difference between an Arduino Uno and a Raspberry Pi for a beginner project?",
    "Explain Bayes' theorem using a medical test example.",
    "What was Nelson Mandela's role in ending apartheid?",
    "How do I set up SSH keys for GitHub on macOS? Use <YOUR_EMAIL> as a placeholder.",
    "What causes Hashimoto's thyroiditis?",
    "Which is the tallest mountain in Africa, and can you climb it without technical gear?",
    "How did Ada Lovelace contribute to early computing?",
    "Write a SQL query that returns the top 5 products by sales from a table <SALES> with columns product_id and amount.",
    "What is the Doppler effect and why does an ambulance siren change pitch?",
    "Is IKEA furniture easy to move between flats, or should I take it apart first?",
    "What are the rules of the offside law in football, in simple terms?",
    "Explain the Pythagorean theorem and give a real-life use for it.",
    "How do I convert Celsius to Fahrenheit in my head quickly?",
    "What is the Fibonacci sequence and where does it appear in nature?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "880427-7310": luhn_len(10),  # Swedish personnummer
    "05027951262": fodselsnummer_ok,  # Norwegian fødselsnummer
    "273849165": bsn_ok,  # Dutch BSN
    "615920378": bsn_ok,
    "85031704620": pesel_ok,  # Polish PESEL
    "92112408171": pesel_ok,
    "38104726540": kimlik_ok,  # Turkish kimlik
    "418.273.905-14": cpf_ok,  # Brazilian CPF
    "730.516.842-44": cpf_ok,
    "51837264W": dni_ok,  # Spanish DNI
    "70294183L": dni_ok,
    "1 86 07 75 108 237 46": nir_ok,  # French NIR
    "238174603": nif_ok,  # Portuguese NIF
    "78.05.23-417.81": belgian_id_ok,  # Belgian national number
    "8806145231082": luhn_len(13),  # South African id
    "527 183 941": luhn_len(9),  # Canadian SIN
    "485 193 7261": nhs_ok,  # NHS number
    "612 047 3858": nhs_ok,
    "703 918 2645": nhs_ok,
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
    )
]
DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.")

# Cue words: relations, roles, greetings, sign-offs, and titles or introductions before a name.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|wife|husband|son|daughter|"
    r"kids?|child(ren)?|aunt|auntie|uncle|cousin|niece|nephew|nana|grand\w*|\w+-in-law|"
    r"friends?|boyfriend|girlfriend|partner|fianc\w*|boss|manager|colleague|co-?worker|"
    r"neighbou?r|landlord|landlady|tenant|flatmate|teacher|tutor|students?|doctor|nurse|"
    r"carer|client|patient|customer|nanny|babysitter|coach|mentor|sensei|secretary|"
    r"cleaner|foreman|supervisor|guarantor|applicant|cardholder|account holder|employee|"
    r"staff|volunteers?|resident|lads|hi|hello|hey|dear|cheers|regards|thanks|thank you|"
    r"sincerely|un saludo|hola|ciao|bonjour)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(
    r"\b(this is|my name is|call me|i'?m|i am|mr|mrs|ms|miss|dr|prof|sir|madam|herr|frau|pan|pani)\.?,?\s+\[\[PERSON",
    re.IGNORECASE,
)


def has_cue(marked: str) -> bool:
    """Whether a text names its person with a relation, role, greeting, title or intro."""
    return bool(CUE_WORDS.search(strip_marks(marked)[0]) or CUE_BEFORE_NAME.search(marked))


def check_statements(texts: list[str]) -> None:
    """Statements: at most two sentences and 45 words; 28 to 34 hold only a name and no cue,
    and those are the only ones with a name and nothing else."""
    bare = 0
    for marked in texts:
        spans = marked_spans(marked)
        if not STATEMENT_WORDS[0] <= word_count(marked) <= STATEMENT_WORDS[1]:
            raise SystemExit(f"statements: {word_count(marked)} words in {marked[:60]!r}")
        if not any(s["type"] == "PERSON" for s in spans):
            raise SystemExit(f"statements: no name in {marked[:60]!r}")
        if all(s["type"] == "PERSON" for s in spans):
            if has_cue(marked):
                raise SystemExit(f"statements: name-only text with a cue: {marked[:60]!r}")
            bare += 1
    if not 28 <= bare <= 34:
        raise SystemExit(f"statements: {bare} name-only texts without cue")


def check_chat(texts: list[str]) -> None:
    """Chat requests: 20 to 130 words, 12 with a secret or handle, about half without cue."""
    secrets = 0
    for marked in texts:
        if not CHAT_WORDS[0] <= word_count(marked) <= CHAT_WORDS[1]:
            raise SystemExit(f"chat: {word_count(marked)} words in {marked[:60]!r}")
        secrets += any(s["type"] in {"PASSWORD", "ID_NUMBER"} for s in marked_spans(marked))
    bare = sum(not has_cue(t) for t in texts)
    if secrets != 12 or not 25 <= bare <= 35:
        raise SystemExit(f"chat: {secrets} with a secret or handle, {bare} without cue")


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
    pasted, foreign = PASTED[:40], PASTED[40:]
    sections = {
        "statements": (STATEMENTS, 110),
        "chat": (CHAT, 60),
        "pasted": (pasted, 40),
        "foreign": (foreign, 10),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean health": (CLEAN_HEALTH, 15),
        "clean everyday": (CLEAN_EVERYDAY, 20),
    }
    pii = STATEMENTS + CHAT + PASTED
    check_statements(STATEMENTS)
    check_chat(CHAT)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind21", HERE, sections, {"statements", "chat", "pasted", "foreign"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=STATEMENTS, lower_chat=LOWER_STATEMENTS, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
