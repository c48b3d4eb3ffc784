# ruff: noqa: E501
"""A tenth blind privacy set: 300 texts with personal data and 150 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind9.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no code-filled templates):

* 120 one- or two-sentence statements in the style of public synthetic PII benchmark sets:
  a person stating their name and where they live, shipping requests, cards and accounts
  read out, jobs and employers, meeting places and phones, e-mail signatures, IBANs, bios
  with a nationality and city, casual lines with a first name only, some all in lower case;
  names of many countries (particles, hyphens, initials, middle names, Jr./III, titles
  outside the span), addresses and phones in over 25 national formats, invented companies,
  a few texts mixing three or four identifiers;
* 100 chat requests to an assistant about private people (advice, drafting, translating,
  summarising), names once in passing with and without cue words; the first 30 typed all in
  lower case with shorthand, the next 15 in other languages;
* 40 technical and work texts: logs, configs, SQL, CSV, JSON, code and tickets with names,
  e-mails, IPs, usernames, passwords and keys;
* 40 short requests about one secret or number: passwords with and without a keyword, PINs,
  door codes, one-time and recovery codes, account and card numbers, national ids,
  passports (licence plates are not identifiers and stay unlabelled).

Usernames, logins and customer ids are labelled ID_NUMBER; PINs and codes are PASSWORD;
titles stay outside PERSON spans; an address span runs from the street line through the
postcode and city as typed; dates of birth and public figures are not labelled. The 150
clean texts are 30 exam-style questions, 30 open-ended requests, 30 healthcare and
customer-service routing questions and 60 chosen to trip a naive detector. All values are
invented: phones from fictional ranges or made up, cards Luhn-valid, IBANs valid mod 97,
IPs from documentation and private ranges, API keys random.

Run ``.venv/bin/python bench/data/build_blind10.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import Span, build_rows, check_spans, is_lower, write

HERE = Path(__file__).resolve().parent

# 120 statements in the style of synthetic PII benchmark sets.
STATEMENTS = [
    "My name is [[PERSON|Tomasz Wierzbicki]] and I live at [[STREET_ADDRESS|ul. Długa 14/3, 80-827 Gdańsk]].",
    "Please ship the replacement router to [[PERSON|Adaeze Okonkwo-Bello]], [[STREET_ADDRESS|17 Adeola Odeku Street, Victoria Island, Lagos 101241]].",
    "The card on file for [[PERSON|Henrik Lindqvist]] is [[CREDIT_CARD|4938 1666 2263 1883]], expiring 09/28.",
    "[[PERSON|Priyanka Raghunathan]] works as a senior actuary at Vellore Mutual Assurance in Chennai.",
    "Meet me outside the bakery on Kornmarkt at ten, my number is [[PHONE_NUMBER|+49 176 5550 2291]] if you get lost. — [[PERSON|Jonas]]",
    "Best regards,\n[[PERSON|Camille Aubert-Rousseau]]\nHead of Procurement, Lumière Textiles SAS\n[[PHONE_NUMBER|+33 1 42 68 53 07]] | [[EMAIL_ADDRESS|c.aubert-rousseau@lumiere-textiles.fr]]",
    "[[PERSON|Declan Fitzgerald]] of [[STREET_ADDRESS|14 Ashfield Park, Terenure, Dublin 6W, D6W K2X9]] has the IBAN [[IBAN_CODE|IE67 MIWF 8357 6684 8072 44]].",
    "Please contact Ms. [[PERSON|Ingrid Solberg]] at [[EMAIL_ADDRESS|ingrid.solberg@fjordline-consult.no]] or [[PHONE_NUMBER|+47 912 34 567]].",
    "[[PERSON|Mateus Carvalho da Silva]] is a Brazilian architect based in Curitiba.",
    "Hey [[PERSON|Oluwaseun]], call me back when you land.",
    "my name is [[PERSON|ravi shankar iyer]] and my phone is [[PHONE_NUMBER|98450 12345]]",
    "Send the invoice to Dr. [[PERSON|Eleanor Whitcombe]], [[STREET_ADDRESS|Flat 4, 22 Marchmont Crescent, Edinburgh EH9 1HG]].",
    "[[PERSON|Kenji Watanabe]] lives at [[STREET_ADDRESS|2-14-7 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]] and can be reached on [[PHONE_NUMBER|090-1234-5678]].",
    "I am [[PERSON|Lucía Fernández Ortega]], my DNI is [[ID_NUMBER|48215736P]] and I live in Valencia.",
    "Account holder: [[PERSON|Willem van der Meulen]], IBAN [[IBAN_CODE|NL82 FPKI 3122 6346 91]].",
    "[[PERSON|Robert L. Haskins Jr.]] was born on 14 March 1961 and lives at [[STREET_ADDRESS|418 Magnolia Bend Road, Tupelo, MS 38804]].",
    "Can you forward this to [[PERSON|Siobhán Ní Bhriain]]? Her number is [[PHONE_NUMBER|087 555 0193]].",
    "[[PERSON|Ahmed Al-Rashidi]] is a petroleum engineer with Qurain Offshore Services in Kuwait City.",
    "The package for [[PERSON|Nguyễn Thị Hoa]] should go to [[STREET_ADDRESS|45 Lý Thường Kiệt, Phường 7, Quận 10, TP. Hồ Chí Minh]].",
    "Her SSN is [[US_SSN|521-48-7730]] and her name is [[PERSON|Dolores Maybury]].",
    "[[PERSON|Sven-Erik Johansson]] can be reached at [[EMAIL_ADDRESS|svenerik.j@norrskog-timber.se]].",
    "please send the samples to [[PERSON|amelia hart]] at [[STREET_ADDRESS|9 ferry lane, whitstable ct5 1ap]]",
    "My Visa was replaced after the fraud alert, the new number is [[CREDIT_CARD|4549 2679 5810 8883]].",
    "[[PERSON|Jean-Baptiste Kouassi]], a chef from Abidjan, now runs a small restaurant in Marseille.",
    "Call [[PERSON|Grace Mwangi]] on [[PHONE_NUMBER|+254 712 555 084]] about the Nakuru delivery.",
    "Ship to: [[PERSON|Margaret O'Donnell-Shaw]], [[STREET_ADDRESS|52 Wellington Parade, East Melbourne VIC 3002]], Australia.",
    "I'm [[PERSON|Björn Ásgeirsson]] from Reykjavík; my kennitala is [[ID_NUMBER|120389-2459]].",
    "Transfer the deposit to [[IBAN_CODE|DE54 4004 4059 0718 0838 69]], account name [[PERSON|Katharina Brenninger]].",
    "[[PERSON|Chen Jiahui]] works in the compliance team at Huayang Precision Instruments in Suzhou.",
    "Meet [[PERSON|Rafael]] by the door of the café at 6, his phone is [[PHONE_NUMBER|+54 9 11 5555-0142]].",
    "The new tenant, [[PERSON|Zofia Kamińska-Nowak]], moves into [[STREET_ADDRESS|ul. Marszałkowska 87 m. 12, 00-683 Warszawa]] on Friday.",
    "Please contact Mr. [[PERSON|Dimitrios Papadakis]] at [[PHONE_NUMBER|+30 210 555 3142]] or write to [[STREET_ADDRESS|Ermou 45, 105 63 Athina]] regarding the lease.",
    "[[PERSON|Aoife Brennan]] (username [[ID_NUMBER|aoife_b88]]) reported the outage at 07:40.",
    "Card number [[CREDIT_CARD|5148 7628 6770 5698]], name on card [[PERSON|THOMAS R. ELLWOOD]], security code on the back.",
    "[[PERSON|Fatima Zahra Benali]] is a Moroccan pharmacist living in Casablanca with her two children.",
    "my email is [[EMAIL_ADDRESS|jm.okafor77@mailbox.ng]], i'm [[PERSON|james okafor]]",
    "Hi, this is [[PERSON|Héloïse]] from accounts, please ring me back on [[PHONE_NUMBER|04 72 55 18 90]].",
    "[[PERSON|Pieter de Villiers]] lives at [[STREET_ADDRESS|14 Jacaranda Avenue, Menlo Park, Pretoria 0081]].",
    "The wire should go to [[PERSON|Luca Bernasconi]], [[IBAN_CODE|CH36 6128 7751 8332 1433 7]], at his bank in Lugano.",
    "[[PERSON|Hyun-woo Park]]'s address is [[STREET_ADDRESS|Apt 1204, 88 Teheran-ro 44-gil, Gangnam-gu, Seoul 06211]].",
    "[[PERSON|Ana Paula Rodrigues]] is a data engineer at Ribeira Logística in Porto; her work phone is [[PHONE_NUMBER|+351 912 555 347]].",
    "Deliver to [[PERSON|Mohammed Tariq Siddiqui]], [[STREET_ADDRESS|House 27, Street 9, F-7/2, Islamabad 44000]].",
    "Can you tell [[PERSON|Beatriz]] the meeting moved to Thursday?",
    "[[PERSON|Olusegun Adeyemi III]] signed the contract on behalf of Eko Harbour Foods Ltd.",
    "Reach [[PERSON|Mia Hoffmann]] at [[EMAIL_ADDRESS|mia.hoffmann@kranich-verlag.de]] or on [[PHONE_NUMBER|0151 2345 6789]].",
    "Name: [[PERSON|Sipho Ndlovu]] | Phone: [[PHONE_NUMBER|082 555 0417]] | City: Durban",
    "the parcel for [[PERSON|leilani kahale]] goes to [[STREET_ADDRESS|1150 kapahulu ave apt 3b, honolulu, hi 96816]]",
    "[[PERSON|Anneliese Vogt]]'s Austrian IBAN is [[IBAN_CODE|AT90 1432 5021 3190 6375]].",
    "I'm [[PERSON|Tenzin Dorje]], a Tibetan-born translator now living in Zurich.",
    "Please contact [[PERSON|Carlos Eduardo Méndez]] at [[EMAIL_ADDRESS|cemendez@grupoaltamar.mx]] for the Monterrey quotation.",
    "Mrs. [[PERSON|Rosalind Achterberg]] paid with [[CREDIT_CARD|3794 420860 92886]].",
    "[[PERSON|Yusuf Demir]] lives at [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 6, 34728 Kadıköy/İstanbul]] and his mobile is [[PHONE_NUMBER|0532 555 41 87]].",
    "[[PERSON|Eero Mäkinen]] lives at [[STREET_ADDRESS|Hämeenkatu 18 B 22, 33200 Tampere]] and works for Revontuli Studios.",
    "Send it to [[STREET_ADDRESS|Rue de la Loi 155 bte 4, 1040 Etterbeek]] for the attention of [[PERSON|Noémie Vandenbroucke]].",
    "hey [[PERSON|kofi]] its me, call me at [[PHONE_NUMBER|024 555 7819]] when ur free",
    "The account [[ID_NUMBER|CUST-0048213]] belongs to [[PERSON|Harriet Pemberton-Lowe]].",
    "[[PERSON|Zsófia Kertész]] lives at [[STREET_ADDRESS|1062 Budapest, Andrássy út 61. II/4]] and her IBAN is [[IBAN_CODE|HU85 5321 0589 5000 1076 8605 7192]].",
    "[[PERSON|Astrid Nørgaard]] lives at [[STREET_ADDRESS|Vesterbrogade 112, 3. tv., 1620 København V]].",
    "My passport number is [[ID_NUMBER|C4X8R2917]] and my name is [[PERSON|Maximilian Berger]].",
    "[[PERSON|Nomvula Khumalo]] is a South African attorney at Ridgeway & Partners Inc. in Johannesburg.",
    "Please deliver to [[PERSON|Hamid Rezaei]], [[STREET_ADDRESS|Villa 7, 31 Al Wasl Road, Jumeirah 1, Dubai]], mobile [[PHONE_NUMBER|+971 50 555 1928]].",
    "Contact: [[PERSON|Lars-Olof Bergström]], [[PHONE_NUMBER|070-555 12 34]], [[EMAIL_ADDRESS|lo.bergstrom@alvik-bygg.se]]",
    "[[PERSON|Chiara Russo]] works as a night nurse at a private clinic in Verona.",
    "The transfer from [[IBAN_CODE|IT45 A686 2780 2320 4927 0566 986]] to [[IBAN_CODE|ES91 3574 6616 3432 1504 4769]] was refused for [[PERSON|Alessandro Ferri]].",
    "Documents signed by [[PERSON|J. R. Whitfield]] on behalf of Cobalt Ridge Mining Pty Ltd.",
    "Call me back on [[PHONE_NUMBER|(415) 555-0176]], thanks — [[PERSON|Dana]]",
    "Hello, I'm [[PERSON|Bùi Minh Quân]] and my Vietnamese phone number is [[PHONE_NUMBER|0912 555 348]].",
    "Ms. [[PERSON|Valentina Greco]], residing at [[STREET_ADDRESS|Via dei Mille 42, 80121 Napoli NA]], is the plaintiff.",
    "[[PERSON|Oskar]] said you can use his login [[ID_NUMBER|oskar.wendt]] until Monday.",
    "[[PERSON|Akosua Boateng]] is a Ghanaian-British nurse living in Leeds.",
    "[[PERSON|Reza Mohammadi]], [[EMAIL_ADDRESS|reza.m@parsgate-trading.com]], [[PHONE_NUMBER|+98 912 555 0734]], card [[CREDIT_CARD|4422 8203 6100 1806]].",
    "Please send the contract to [[PERSON|Thandiwe Moyo]] at [[STREET_ADDRESS|23 Samora Machel Avenue, Harare]].",
    "[[PERSON|Nils Petter Haugen]] lives at [[STREET_ADDRESS|Thorvald Meyers gate 58, 0552 Oslo]] and his phone is [[PHONE_NUMBER|+47 41 55 20 93]].",
    "Please post the catalogue to [[PERSON|Zhou Lihua]], [[STREET_ADDRESS|Room 1502, 88 Nanjing West Road, Jing'an District, Shanghai 200041]].",
    "The employee [[PERSON|Rahul Mehta]] (employee ID [[ID_NUMBER|EMP-20931]]) has been transferred to the Pune office.",
    "Mailing address for [[PERSON|Joaquín Echeverría]]: [[STREET_ADDRESS|Av. Providencia 1208, depto. 502, 7500000 Providencia, Santiago]].",
    "[[PERSON|Elif Şahin]]'s IBAN is [[IBAN_CODE|TR58 4228 9032 1902 5612 1034 74]].",
    "[[PERSON|Kwame Asante-Darko]] is an accountant at Goldcoast Ledger Partners in Kumasi; reach him at [[EMAIL_ADDRESS|kasante@goldcoastledger.com.gh]].",
    "Address: [[STREET_ADDRESS|3487 Rue Saint-Denis, Montréal, QC H2X 3L1]] — tenant: [[PERSON|Geneviève Tremblay]].",
    "[[PERSON|Aisha Bello]]'s NIN is [[ID_NUMBER|48213907562]].",
    "please contact [[PERSON|sofia lindgren]] about the refund, her number is [[PHONE_NUMBER|+46 73 555 28 16]]",
    "[[PERSON|Hiroshi Tanaka]] and [[PERSON|Yumi Tanaka]] live at [[STREET_ADDRESS|5-3-1 Nishiki, Naka-ku, Nagoya 460-0003]].",
    "Ship two boxes to [[PERSON|Emeka Chukwu]], [[STREET_ADDRESS|Plot 14, Ogui Road, Enugu 400001]], and call [[PHONE_NUMBER|0803 555 2716]] on arrival.",
    "[[PERSON|Gabriel Lemaire]] paid by card [[CREDIT_CARD|5371 8415 0561 1761]] on 3 May.",
    "[[PERSON|Isabella Rossi-Whitman]] is an Italian-American pastry chef who lives in Providence.",
    "You can reach [[PERSON|Tomás Ó Ceallaigh]] on [[PHONE_NUMBER|+353 1 555 2049]] or at [[EMAIL_ADDRESS|tomas.oceallaigh@corriblaw.ie]].",
    "The AHV number of [[PERSON|Reto Baumgartner]] is [[ID_NUMBER|756.4821.3907.52]].",
    "My name's [[PERSON|Maricel Dizon]] and I live at [[STREET_ADDRESS|1127 Mabini Street, Barangay 663, Ermita, Manila 1000]]; text me at [[PHONE_NUMBER|0917 555 3841]].",
    "[[PERSON|Daniel Kowalczyk]] logs in as [[ID_NUMBER|dkowal]] from [[IP_ADDRESS|203.0.113.58]].",
    "Please contact Prof. [[PERSON|Hannelore Kirchner]] at the department office, [[PHONE_NUMBER|+49 (0)89 555 21 473]].",
    "[[PERSON|Mariam Haddad]] lives at [[STREET_ADDRESS|12 Hamra Street, Ras Beirut, Beirut]] with her parents.",
    "Name: [[PERSON|Tawhiri Ngata]]; address: [[STREET_ADDRESS|18 Kowhai Street, Rotorua 3010]]; phone: [[PHONE_NUMBER|021 555 0386]].",
    "[[PERSON|Paulo Sérgio Nascimento]] lives at [[STREET_ADDRESS|Rua Augusta 1508, apto 71, Consolação, São Paulo - SP, 01304-001]]; his account is [[IBAN_CODE|BR83 3788 6283 1546 3330 3299 352C 1]].",
    "the new guy [[PERSON|dmitri]] starts monday, his email is [[EMAIL_ADDRESS|d.volkov@severstroi.ru]]",
    "[[PERSON|Ewa Zielińska]] was born in 1984 in Łódź and works as a radiographer in Kraków.",
    "Kindly reimburse [[PERSON|Abdulrahman Al-Otaibi]] to [[IBAN_CODE|SA41 4897 7149 6457 7439 81]].",
    "Meet [[PERSON|Ines]] at the north entrance of the Prado at noon; her cell is [[PHONE_NUMBER|+34 612 55 84 09]].",
    "[[PERSON|Stanislav Horák]] lives at [[STREET_ADDRESS|Vinohradská 1511/230, 100 00 Praha 10]].",
    "Ship to [[PERSON|Wanjiru Kamau]], [[STREET_ADDRESS|14 Riverside Drive, Apt 7C, Westlands, Nairobi 00800]].",
    "[[PERSON|Chloé Martin-Lefebvre]]'s French IBAN is [[IBAN_CODE|FR43 7843 2891 8003 6392 4859 380]].",
    "[[PERSON|Arjun Pillai]] moved to [[STREET_ADDRESS|Blk 418 Bedok North Ave 2, #07-115, Singapore 460418]] last month; his new number is [[PHONE_NUMBER|+65 9155 5021]].",
    "[[PERSON|Ravshan Tursunov]] is an Uzbek software tester who works remotely from Samarkand.",
    "Card holder [[PERSON|Linnea Ek]], number [[CREDIT_CARD|2221 3497 4372 0385]], billing address [[STREET_ADDRESS|Kungsgatan 44, 411 19 Göteborg]].",
    "i live at [[STREET_ADDRESS|27 rue des tanneurs, 67000 strasbourg]], name's [[PERSON|mathis weber]]",
    "[[PERSON|Agustina Ferreyra]] rents the flat at [[STREET_ADDRESS|Av. Corrientes 2037, piso 4 B, C1045AAB CABA]].",
    "Our new supplier contact is [[PERSON|Ricardo Alves]] ([[EMAIL_ADDRESS|ricardo.alves@tejoembalagens.pt]]), based at [[STREET_ADDRESS|Rua de Cedofeita 220, 4050-174 Porto]].",
    "[[PERSON|Mehmet Kaya]]'s T.C. kimlik no is [[ID_NUMBER|38215049726]].",
    "[[PERSON|Shira Ben-David]] lives at [[STREET_ADDRESS|Dizengoff Street 211, Tel Aviv 6311709]] and her phone is [[PHONE_NUMBER|052-555-4182]].",
    "Please wire the refund to [[PERSON|Gerrit Jan Bakker]], [[IBAN_CODE|NL43 PYKV 5766 4066 83]].",
    "[[PERSON|Lakshmi Venkataraman]] can be contacted at [[PHONE_NUMBER|+91 80 5555 3921]] during office hours.",
    "Hi [[PERSON|Florian]], the scanner on the second floor is jammed again.",
    "Customer [[PERSON|Natasha Ivanova-Price]], SSN [[US_SSN|418-62-0953]], DOB 02/11/1979, phone [[PHONE_NUMBER|(312) 555-0148]].",
    "[[PERSON|Juan Pablo Restrepo]] lives at [[STREET_ADDRESS|Carrera 43A # 1-50, El Poblado, Medellín]].",
    "Kind regards,\n[[PERSON|Moana Tuilagi]]\nOperations Lead | Pacific Reef Charters\nm: [[PHONE_NUMBER|+61 491 570 158]]\ne: [[EMAIL_ADDRESS|moana@pacificreefcharters.com.au]]",
    "[[PERSON|Jasper Vandermolen]]'s Belgian IBAN is [[IBAN_CODE|BE41 7157 6015 2217]].",
    "The landlord, Mr. [[PERSON|Gopal Krishnamurthy]], lives at [[STREET_ADDRESS|No. 12, 4th Cross, Indiranagar, Bengaluru 560038]].",
    "[[PERSON|Soo-ah Lim]] uses the handle [[ID_NUMBER|sooah.lim92]] on the support forum.",
    "hi [[PERSON|giulia]], i sent the deposit from my card [[CREDIT_CARD|4999 0433 1349 4382]], check it pls",
    "[[PERSON|Aleksander Nowicki]] from Wrocław registered with [[EMAIL_ADDRESS|a.nowicki@odra-serwis.pl]] and phone [[PHONE_NUMBER|+48 601 555 273]].",
    "[[PERSON|Maria-Theresa von Arnsberg]] lives at [[STREET_ADDRESS|Schwanthalerstraße 73, 80336 München]].",
]

# 100 chat requests about private people: the first 30 all in lower case with shorthand,
# the next 15 in other languages, then 55 in English.
CHAT = [
    "can u help me write a bday msg for my sister [[PERSON|nadia]], shes turning 30 and hates fuss",
    "my landlord [[PERSON|kevin o'hare]] keeps coming into the flat w/o notice, what are my rights in ontario",
    "how do i tell [[PERSON|tobias]] i dont want to go to his wedding without it being weird",
    "pls rewrite this so it sounds less angry: hi [[PERSON|sandra]], the report was due fri and i still dont have it",
    "my kid's teacher mrs [[PERSON|delacroix]] says he talks too much in class, how do i handle this",
    "whats a good gift for [[PERSON|amara]] she just got into med school",
    "i owe [[PERSON|jake petersen]] 400 bucks and he keeps texting, how do i set up a payment plan w him politely",
    "translate to spanish: [[PERSON|rosa]] pls feed the cat at 7 and water the plants",
    "need a reference letter for our nanny [[PERSON|lerato mokoena]], she was with us 3 yrs and the kids adore her",
    "my bf [[PERSON|yannick]] forgot our anniversary again, am i overreacting",
    "summarise this for me: [[PERSON|hassan]] says the boiler guy comes tues between 8 and 12, someone has to be home",
    "draft a text to my neighbour [[PERSON|bronwyn]] asking her to move her car off our drive",
    "how do i get over [[PERSON|ellie]] its been 6 months and i still check her insta",
    "my grandad [[PERSON|reginald ashby]] is 91 and wants to learn whatsapp, any tips?",
    "write a funny toast for [[PERSON|marcus]] and [[PERSON|priti]]'s engagement party, keep it short",
    "is it normal that my coworker [[PERSON|sven]] cc's my boss on every email he sends me",
    "my mum [[PERSON|gwen]] got a scam call saying her bank acct was frozen, what should she do",
    "help me reply to aunty [[PERSON|bisi]], she wants me to host xmas and i cant afford it this yr",
    "ok so [[PERSON|lena]] and i split rent 60/40 but she has the big room, is that fair",
    "write a short apology to coach [[PERSON|ramirez]] for missing practice twice",
    "can u check my grammar: dear mr [[PERSON|fenwick]], i am writing to ask for an extension on my essay",
    "my flatmate [[PERSON|chidi]] eats my food constantly lol how do i bring it up",
    "plan a surprise weekend for [[PERSON|rowan]], budget like 500, he likes hiking and craft beer",
    "how do i ask dr [[PERSON|adebayo]] for a second opinion without offending him",
    "tl;dr this: [[PERSON|meera]] cant make sat, [[PERSON|jonah]] can only do sun morning, [[PERSON|keiko]] is away all wknd",
    "my ex [[PERSON|brandon]] wants the dog back after 2 yrs, do i legally have to give it",
    "pls make this nicer for the group chat: [[PERSON|ivo]] ur late again, we started w/o u",
    "my daughter [[PERSON|zainab]] is being left out at school, how do i talk to her about it",
    "help me write a condolence card for [[PERSON|pauline]], her husband passed last wk",
    "should i lend my car to [[PERSON|tyrese]] for a week? hes a good friend but kinda reckless",
    "Kannst du mir helfen, eine Nachricht an meinen Vermieter Herrn [[PERSON|Albrecht]] zu schreiben? Die Heizung ist seit drei Tagen kaputt.",
    "¿Cómo le digo a mi suegra [[PERSON|Maribel]] que no queremos que venga todos los domingos?",
    "Peux-tu rédiger un mot d'excuse pour l'école ? Mon fils [[PERSON|Théo Garnier]] était malade lundi.",
    "Mi aiuti a scrivere un messaggio di auguri per la mia collega [[PERSON|Federica]] che va in pensione?",
    "Preciso responder ao [[PERSON|Rodrigo Teixeira]] sobre o orçamento da reforma, pode me ajudar a ser educado mas firme?",
    "Kun je een korte mail schrijven aan [[PERSON|Femke de Groot]] om de afspraak van donderdag te verzetten?",
    "Jak napisać do szefa, że [[PERSON|Krzysztof]] ciągle przypisuje sobie moją pracę?",
    "Komşum [[PERSON|Ayşe]] Hanım'a bir teşekkür notu yazar mısın? Tatildeyken kedime baktı.",
    "Hjälp mig skriva ett sms till [[PERSON|Elsa]] om att jag inte kan hämta barnen idag.",
    "Tolong buatkan ucapan ulang tahun untuk adik saya [[PERSON|Putri Ramadhani]], dia suka kucing.",
    "同僚の[[PERSON|佐藤健一]]さんに送る退職祝いのメッセージを考えてください。",
    "남자친구 [[PERSON|김민준]]한테 보낼 사과 문자를 어떻게 써야 할까?",
    "Mi vecino don [[PERSON|Jesús Arriaga]] siempre estaciona frente a mi cochera, ¿cómo se lo digo sin pelear?",
    "Traduis en anglais : « [[PERSON|Margaux]], je passe prendre les clés vers 18 h, bisous. »",
    "Помоги написать письмо учительнице [[PERSON|Ольге Викторовне]] о том, что сын пропустит контрольную.",
    "Can you help me write a polite email to my manager [[PERSON|Priscilla Hartigan]] asking to work from home on Fridays?",
    "I need to give feedback to a junior developer, [[PERSON|Mateo]], whose pull requests are always huge. How do I phrase it kindly?",
    "Draft a two-minute best man speech for my brother [[PERSON|Callum]] and his bride [[PERSON|Aroha]]; they met at a climbing gym in Wellington.",
    "My father-in-law [[PERSON|Desmond Achebe]] was just diagnosed with type 2 diabetes. What questions should we ask at his next appointment?",
    "Summarise this voicemail in one line: 'Hi, it's [[PERSON|Lorraine]] from the dental practice, your appointment moved to Wednesday at 3.'",
    "Translate this note into German for our cleaner: '[[PERSON|Dorota]], please don't use bleach on the wooden floor.'",
    "How should I respond when [[PERSON|Ingrid Halvorsen]] from the neighbouring allotment keeps borrowing our tools without asking?",
    "Write a LinkedIn recommendation for [[PERSON|Samuel Achterberg-Reyes]], who managed our data migration at my last job.",
    "Could you help me plan my mum's 70th? Her name is [[PERSON|Philippa]] and she loves gardening and jazz.",
    "I'm applying for a flat and the agent, [[PERSON|Rhys Llewellyn]], wants three months' rent upfront. Is that legal in Wales?",
    "Please proofread my cover letter. It's addressed to [[PERSON|Anika Sørensen]], the hiring manager at Nordlys Games.",
    "Our babysitter [[PERSON|Imogen]] wants a raise. What's a fair hourly rate for two kids in Bristol?",
    "What can I say to [[PERSON|Tariq]] after he didn't get the promotion? We're close, but I'm the one who got the job.",
    "Rewrite this text to sound more confident: 'Hi [[PERSON|Vanessa Lindqvist]], sorry to bother you, I was just wondering if maybe you had time to look at my proposal?'",
    "My son's football coach, [[PERSON|Gareth Pryce]], shouts at the kids. How do I raise this with the club?",
    "Help me write a thank-you card to nurse [[PERSON|Comfort Asamoah]], who looked after my dad on ward 9.",
    "Can you summarise my chat with [[PERSON|Bartholomew]]? He basically said he can't pay the deposit until March.",
    "I want to surprise [[PERSON|Valeria]] with a trip to Lisbon for our tenth anniversary. Suggest a 3-day itinerary.",
    "[[PERSON|Kowalski]] in accounts keeps rejecting my expense claims for taxis. How do I appeal?",
    "What's a tactful way to tell my sister-in-law [[PERSON|Brigitte]] that we're not naming the baby after her mother?",
    "Please write a short eulogy for my grandmother [[PERSON|Eunice Pickering]], who was a seamstress and sang in the church choir for 50 years.",
    "Can you translate this message from my host family into English? It's from Señora [[PERSON|Beltrán]]: 'La cena es a las nueve, no llegues tarde.'",
    "I matched with someone called [[PERSON|Quentin]] on a dating app. What are good first-date ideas in Lyon?",
    "Draft a formal complaint about my GP, Dr [[PERSON|Anand Bhattacharya]], who dismissed my symptoms twice.",
    "My accountant [[PERSON|Hollis Grant]] says I owe quarterly estimated taxes as a freelancer. Can you explain what that means?",
    "Help me write a text breaking up with [[PERSON|Lorenzo]] gently; we've only been on four dates.",
    "My neighbour's son, [[PERSON|Ethan Blackwood]], offered to mow our lawn. How much should I pay a 14-year-old?",
    "How do I ask Ms. [[PERSON|Oduya]] if my daughter can switch to the advanced maths class?",
    "Summarise this thread for me: [[PERSON|Farah]] booked the venue, [[PERSON|Devon]] is handling catering, and [[PERSON|Nikolai]] still hasn't confirmed the DJ.",
    "Write a gentle reminder to [[PERSON|Cormac]] that he still has my drill from last summer.",
    "I'm worried about my friend [[PERSON|Yesenia Paredes]]; she hasn't left her flat in two weeks. How can I help without pushing?",
    "Can you turn these notes into a short bio? [[PERSON|Halima Yusuf]], paediatric nurse, 12 years experience, volunteers at a refugee clinic, loves long-distance running.",
    "My roommate [[PERSON|Augustin]] plays drums at 2am. Draft a house rules proposal for the three of us.",
    "Write a birthday poem for my twins, [[PERSON|Ruby]] and [[PERSON|Felix]], who turn seven on Saturday.",
    "My boss, Mr. [[PERSON|Takahashi]], asked me to translate his welcome speech into English. Can you help polish it?",
    "Can you help me understand the letter my aunt [[PERSON|Mercy Adjei]] got from the council about her pension?",
    "I think my coworker [[PERSON|Travis]] is taking credit for my ideas in meetings. How should I document it?",
    "Help me write a message to [[PERSON|Sunniva]] apologising for missing her art show last night.",
    "Give me three ways to congratulate my cousin [[PERSON|Ifeoma Nwachukwu]] on passing her bar exam.",
    "We're hiring [[PERSON|Lucinda Farrow]] as a part-time bookkeeper. Draft an offer letter for 20 hours a week.",
    "Can you suggest a reply to my landlady, Mrs. [[PERSON|Papadopoulou]], who wants to raise the rent by 15%?",
    "My grandson [[PERSON|Elias]] wants to study in Japan for a year. What scholarships exist for American high schoolers?",
    "Please make this apology to [[PERSON|Harvey]] sound sincere: 'Sorry I said that at dinner, I was tired and stressed.'",
    "What's the best way to support my partner [[PERSON|Jun]] through his first month of chemo?",
    "I'm mediating between two employees, [[PERSON|Rochelle]] and [[PERSON|Idris]], who can't agree on shift swaps. Suggest a fair rota system.",
    "Write a short note for the school saying that [[PERSON|Freya Macintyre]] will be collected by her grandfather today.",
    "Can you help me word a text to [[PERSON|Dominik]] asking him to pay back the 200 euros from the ski trip?",
    "Rewrite my sister's dating profile. She's [[PERSON|Carys]], 34, a vet, loves sea swimming and terrible puns.",
    "My stepdad [[PERSON|Clive]] keeps commenting on my weight at family dinners. How do I set a boundary?",
    "Turn this into a polite out-of-office: I'm away until the 14th, contact [[PERSON|Benedikt Raab]] for anything urgent.",
    "Draft a recommendation letter for my student [[PERSON|Ngozi Eze]], who topped the chemistry class and led the science club.",
    "I want to mention in the eulogy that Uncle [[PERSON|Bertram]] taught every kid on our street to ride a bike. How do I open the speech?",
    "How do I tell my flatmate [[PERSON|Saoirse]] that her boyfriend is basically living here rent-free?",
    "Help me answer an email from [[PERSON|Gustavo Lima Prado]], a supplier who is three weeks late with our order.",
    "My wife [[PERSON|Anneke]] and I disagree about letting our 12-year-old have a phone. Can you list pros and cons we can discuss?",
]

# 40 technical and work texts: logs, configs, SQL, CSV, JSON, code and tickets.
WORK = [
    "Why does this query return duplicates?\nSELECT * FROM customers WHERE email = '[[EMAIL_ADDRESS|h.khanye@tradewind-logistics.co.za]]' OR last_name = '[[PERSON|Khanye]]';",
    "Can you explain this auth log?\n2024-03-11T09:14:22Z WARN login failed user=[[ID_NUMBER|mfitzroy]] src=[[IP_ADDRESS|198.51.100.23]] attempts=5\n2024-03-11T09:14:40Z INFO account locked user=[[ID_NUMBER|mfitzroy]]",
    "Fix my docker-compose, the app can't reach postgres:\nDB_USER=[[ID_NUMBER|svc_orders]]\nDB_PASSWORD=[[PASSWORD|Tr4ffic!Lantern_92]]\nDB_HOST=[[IP_ADDRESS|10.20.4.17]]\nDB_PORT=5432",
    "Dedupe this CSV and keep the international phone format:\nname,email,phone\n[[PERSON|Orla Keane]],[[EMAIL_ADDRESS|orla.keane@brightmail.ie]],[[PHONE_NUMBER|086 555 0142]]\n[[PERSON|Orla Keane]],[[EMAIL_ADDRESS|orla.keane@brightmail.ie]],[[PHONE_NUMBER|+353 86 555 0142]]\n[[PERSON|Bastian Kühne]],[[EMAIL_ADDRESS|b.kuehne@kuehne-haustechnik.de]],[[PHONE_NUMBER|0171 555 3902]]",
    'Why does my validator reject this payload?\n{"customer": {"name": "[[PERSON|Yasmin El-Amin]]", "email": "[[EMAIL_ADDRESS|yasmin.elamin@nilemart.eg]]", "card": "[[CREDIT_CARD|4352517760521939]]", "exp": "11/27"}}',
    'My script fails with 401, what am I missing?\nimport requests\nAPI_KEY = "[[API_KEY|sk-live-lnyWdWNNE3QvSC3nPlB6NVqaLZfkBeXy]]"\nr = requests.get("https://api.payments.example/v1/charges", headers={"Authorization": f"Bearer {API_KEY}"})',
    "Ticket #48213, reporter: [[PERSON|Gwendolyn Ashcroft]] ([[EMAIL_ADDRESS|g.ashcroft@hallamshire-uni.ac.uk]]). VPN drops every 10 minutes from [[IP_ADDRESS|192.0.2.144]]. Please summarise this for the night shift.",
    "[user]\n\tname = [[PERSON|Rasmus Holm]]\n\temail = [[EMAIL_ADDRESS|rasmus.holm@fjordbyte.dk]]\nWhy do my commits show up as unverified on GitHub?",
    "INSERT INTO staff (id, full_name, ssn) VALUES (1042, '[[PERSON|Deborah Quinlan]]', '[[US_SSN|612-40-8837]]');\nIs storing the SSN in plain text like this acceptable?",
    '[[IP_ADDRESS|203.0.113.77]] - - [12/Feb/2025:14:03:51 +0000] "POST /login HTTP/1.1" 401 512 "-" "curl/8.4.0"\nThis line repeats 3,000 times an hour. Is it a brute-force attempt?',
    "I accidentally committed this file, how do I rotate the keys?\n[default]\naws_access_key_id = [[API_KEY|AKIAOOJTZU2I3N8UGOSD]]\naws_secret_access_key = [[API_KEY|gkDckE9ATwjQBUUftjwTzr+lcej0Ubo7kVjGWb8d]]\nregion = eu-west-1",
    "smtp:\n  host: mail.internal\n  port: 587\n  username: [[EMAIL_ADDRESS|n.obi@kestrelworks.io]]\n  password: [[PASSWORD|q8#Lmv2!rT]]\nWhy does the mailer time out after the TLS handshake?",
    "UserNotFoundError: no row for username='[[ID_NUMBER|p.anand]]'\n  at AuthService.lookup(AuthService.java:212)\n  at LoginController.post(LoginController.java:88)\nWhat's wrong with my lookup?",
    "curl -u [[ID_NUMBER|jdelgado]]:[[PASSWORD|Mariposa#2291]] https://jira.internal.example/rest/api/2/issue/OPS-311 returns 403, why?",
    "Turn these notes into action items: [[PERSON|Hendrik]] fixes the CI pipeline by Wednesday; [[PERSON|Aylin Korkmaz]] emails the vendor; [[PERSON|Hendrik]] and [[PERSON|Tomoko]] pair on the flaky tests; budget sign-off from Mr. [[PERSON|Okoro]].",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing\nstringData:\n  STRIPE_KEY: [[API_KEY|sk_test_FLQWhNfNaXyCmbMmQNmt29s6]]\n  ADMIN_PASS: [[PASSWORD|Ember-Quartz-44]]\nIs stringData safe to commit to our GitOps repo?",
    'Map this CRM export to our schema:\n{"contact_id": "[[ID_NUMBER|C-99172]]", "full_name": "[[PERSON|Benoît Lacroix]]", "mobile": "[[PHONE_NUMBER|06 55 12 48 73]]", "street": "[[STREET_ADDRESS|8 rue Paul Bert, 33000 Bordeaux]]"}',
    "export SLACK_BOT_TOKEN=[[API_KEY|xoxb-652152187954-8106008733734-LP3KAvdDZDKMu5t1XIRlPmV3]]\nThe bot posts nothing. Which scopes do I need for chat:write in a private channel?",
    "New starter: [[PERSON|Precious Dlamini]], start date 3 June, laptop to [[STREET_ADDRESS|45 Long Street, Cape Town 8001]], personal email [[EMAIL_ADDRESS|precious.dlamini@webmail.co.za]]. Write the IT onboarding checklist.",
    "iptables -A INPUT -s [[IP_ADDRESS|198.51.100.201]] -j DROP\nThis blocked our branch office and now [[ID_NUMBER|rkhoury]] can't connect. How do I undo it?",
    "id | username | last_login_ip\n7 | [[ID_NUMBER|tmaalouf]] | [[IP_ADDRESS|192.168.14.22]]\n8 | [[ID_NUMBER|ebrandt]] | [[IP_ADDRESS|2001:db8::4f1a]]\nWrite a query that finds users who logged in from more than one IP in a day.",
    "git remote -v shows https://[[API_KEY|ghp_1aXe6ynb6W9Oq87uJi1Dzn3gpEG50SGthesj]]@github.com/acme-labs/billing.git, how do I remove the token from the URL?",
    "Summarise this email in two bullet points:\nFrom: [[PERSON|Marisol Quintero]] <[[EMAIL_ADDRESS|mquintero@andesfarma.com.pe]]>\nSubject: Batch 22 delay\nThe lab in Arequipa flagged contamination; I'll call you from [[PHONE_NUMBER|+51 987 555 214]] tomorrow morning.",
    'Refactor this into a pytest fixture:\nusers = [{"login": "[[ID_NUMBER|kbaptiste]]", "pw": "[[PASSWORD|sunflower1987]]"}, {"login": "[[ID_NUMBER|mhalloran]]", "pw": "[[PASSWORD|Gatsby_dock_5]]"}]',
    "psql says password authentication failed for this string:\npostgresql://[[ID_NUMBER|analytics_ro]]:[[PASSWORD|Wd7$kPz!m2Qe]]@[[IP_ADDRESS|10.0.8.31]]:5432/warehouse",
    "OPS-1187 assigned to [[PERSON|Thabo Nkosi]] ([[ID_NUMBER|tnkosi]]). Customer [[PERSON|Ruth Abernathy]] can't reset MFA; last seen from [[IP_ADDRESS|203.0.113.9]]. Draft a reply to the customer.",
    'Parse these lines with jq and count events per hour:\n{"ts":"2025-01-07T22:41:09Z","event":"password_reset","email":"[[EMAIL_ADDRESS|lwanjiku@safaripost.co.ke]]","ip":"[[IP_ADDRESS|198.51.100.66]]"}',
    'from huggingface_hub import login\nlogin(token="[[API_KEY|hf_QOICqOFVXJeSer9rSi15vaIWQtKWLw]]")\nWhy does it say the token is invalid?',
    "Convert this to a SEPA XML batch:\nemp_id,name,iban\n[[ID_NUMBER|E-3381]],[[PERSON|Jonas Petrauskas]],[[IBAN_CODE|LT94 4568 5493 8035 9742]]\n[[ID_NUMBER|E-3382]],[[PERSON|Kadri Tamm]],[[IBAN_CODE|EE68 1516 0571 6806 9666]]",
    "dn: uid=[[ID_NUMBER|mvaldes]],ou=people,dc=linarescorp,dc=com\ncn: [[PERSON|Mónica Valdés]]\nmail: [[EMAIL_ADDRESS|monica.valdes@linarescorp.com]]\ntelephoneNumber: [[PHONE_NUMBER|+56 9 5555 8127]]\nldapadd rejects this entry, what attribute is missing?",
    "Error in checkout for user [[ID_NUMBER|cust_88213]] (email [[EMAIL_ADDRESS|benji.arslan@gmail.com]]): card [[CREDIT_CARD|5551 2478 4776 2845]] declined. Should we even be logging card numbers?",
    "ssh [[ID_NUMBER|okwame]]@[[IP_ADDRESS|192.168.50.12]] -i ~/.ssh/id_ed25519 hangs on 'debug1: Connecting', what should I check first?",
    "In wp-config.php I have\ndefine('DB_USER', '[[ID_NUMBER|wp_halden]]');\ndefine('DB_PASSWORD', '[[PASSWORD|Gr@nite-Owl-51]]');\nand still get 'Error establishing a database connection'.",
    "SENDGRID_API_KEY=[[API_KEY|SG.tiF7EcnVji3eNkaXcMNh6V.0rWq2LkX8vTz5YbNc3HdPe9aJmUf1GsQ]]\nMails go to spam for Outlook users. What DNS records am I missing?",
    '// TODO([[PERSON|Ilse Brandsma]]): remove hardcoded fallback\nconst FALLBACK_PASS = "[[PASSWORD|winterberg!]]";\nIs this acceptable on staging?',
    "Customer wrote: 'Please update my delivery address to [[STREET_ADDRESS|Calle Durango 214, Col. Roma Norte, 06700 Ciudad de México, CDMX]], tel [[PHONE_NUMBER|55 5555 1284]]. [[PERSON|Ximena Castañeda]]'. Write the macro reply.",
    "airflow connections add mysql_prod --conn-login [[ID_NUMBER|etl_writer]] --conn-password [[PASSWORD|Lq93!vzTpa]] --conn-host [[IP_ADDRESS|172.16.9.40]]\nThe DAG still fails with access denied.",
    'const loader = new Loader({ apiKey: "[[API_KEY|AIzayLtUonEqzdPpGi3YYdzaKIJDfEpIF1T5jmE]]", version: "weekly" });\nThe map renders grey, why?',
    "timestamp,actor,action,target\n2025-02-01 10:02,[[ID_NUMBER|a.mukherjee]],DELETE,invoice 9931\n2025-02-01 10:05,[[ID_NUMBER|a.mukherjee]],EXPORT,customers.csv\nIs this suspicious enough to escalate?",
    "User [[PERSON|Benedetta Sala]] says her temporary password [[PASSWORD|Welcome2025!]] doesn't work on the Citrix portal. What are the next troubleshooting steps?",
]

# 40 short requests about one secret or number (licence plates stay unlabelled).
SECRETS = [
    "Is [[PASSWORD|Blue!Heron-2019]] a strong enough password for my bank?",
    "my wifi password is [[PASSWORD|mangotree42]], how do i share it with a qr code",
    "Can you remember my PIN for me? It's [[PASSWORD|4817]].",
    "The courier needs the door code, it's [[PASSWORD|7391#]]. Write him a short text.",
    "Use [[PASSWORD|tortellini-Sunday-88]] to unlock the shared drive, then change it. Rephrase that for an email.",
    "I got a text with the code [[PASSWORD|508 214]] but I didn't try to log in. What should I do?",
    "Store these recovery codes somewhere safe for me: [[PASSWORD|8fk2-mq7d]] [[PASSWORD|p3zr-x91c]]",
    "My account number is [[ID_NUMBER|40298317]] and the sort code is 20-45-77. Why was the transfer rejected?",
    "Is [[CREDIT_CARD|6011 4469 8344 8985]] a Discover card or a Mastercard?",
    "My SSN is [[US_SSN|287-51-0946]]; do I have to give it to a new landlord?",
    "My passport number [[ID_NUMBER|K7392814]] expires next month, how soon can I renew?",
    "The car's plate is KL-482-MX and my driving licence number is [[ID_NUMBER|MORGA657054SM9IJ]]. Which one goes in box 4?",
    "the gate pin is [[PASSWORD|0623]], dont tell anyone lol",
    "Translate to French: my locker combination is [[PASSWORD|14-32-07]].",
    "Is it safe to email my IBAN [[IBAN_CODE|GB63 VRPZ 2571 5380 0097 16]] to a buyer on Marketplace?",
    "Which bank and country does [[IBAN_CODE|DK07 4546 4072 7347 91]] belong to?",
    "My customer reference is [[ID_NUMBER|C-7734021]]. How do I quote it when I phone the energy company?",
    "The card [[CREDIT_CARD|3771 342039 99828]] got charged twice for the same hotel night. What do I say to the bank?",
    "Do I need my Aadhaar [[ID_NUMBER|4821 3097 5516]] to open a mutual fund account?",
    "My NHS number is [[ID_NUMBER|612 903 7481]], can the pharmacy see my records with it?",
    "Temporary password: [[PASSWORD|Zx7!pLm3]]. How long until it expires?",
    "Remember this for later: [[PASSWORD|otter-lamp-violin-93]]",
    "The alarm disarm code is [[PASSWORD|3916]]. Write a note for the dog walker.",
    "Is [[PASSWORD|Kettle&Moon5]] strong enough for my online banking?",
    "Here's my SIN, [[ID_NUMBER|527 183 644]]. Is it safe to put on a rental application?",
    "Is this key in the right format? [[API_KEY|pk_live_2biMtZHA59EApR7iPIIgO4N9]]",
    "My French social security number [[ID_NUMBER|2 84 07 69 123 456 78]] keeps being rejected by the form.",
    "Can you tell which country issued the id [[ID_NUMBER|Y4821937R]]?",
    "My phone number is [[PHONE_NUMBER|07700 900418]], can I port it to a new provider?",
    "Wi-Fi at the cabin: network Birchwood, key [[PASSWORD|pinecone-sauna-17]]. Write a welcome note for guests.",
    "what does it mean when my verification code [[PASSWORD|730915]] says expired",
    "Is my home IP [[IP_ADDRESS|198.51.100.142]] visible to every website I visit?",
    "My member ID is [[ID_NUMBER|WLN448210937]], where do I find my group number on the insurance card?",
    "the safe in the hotel room is set to [[PASSWORD|5521]] in case i forget it",
    "My tax ID is [[ID_NUMBER|48 927 305 416]]; do I need it on a freelance invoice?",
    "The parcel locker code is [[PASSWORD|KX93Q]], remind me at 5.",
    "IT says [[PASSWORD|Autumn2024!]] is too weak for my work account, why?",
    "My Medicare number is [[ID_NUMBER|3TK9-QW2-HF47]]. What does Part B cover?",
    "Our plate is 7ABC123 and the garage gate code is [[PASSWORD|8842]]; write that on a sticky note for the cleaner.",
    "The shop says [[CREDIT_CARD|2720 3665 8861 2838]] is invalid. Did I type it wrong?",
]

# 30 exam items, word problems and essay prompts (public, historical and fictional people).
CLEAN_EXAM = [
    "Which of the following best describes the main function of mitochondria? A) protein synthesis B) energy production C) lipid storage D) cell division",
    "Who wrote 'One Hundred Years of Solitude'? A. Jorge Luis Borges B. Gabriel García Márquez C. Mario Vargas Llosa D. Isabel Allende",
    "Maria has three times as many stickers as Tomás. Together they have 48 stickers. How many stickers does Maria have?",
    "Write an essay about the causes and consequences of the French Revolution.",
    "Compare the leadership styles of Winston Churchill and Franklin D. Roosevelt during the Second World War.",
    "In contract law, which of the following is required for a valid offer? (A) consideration (B) definite terms (C) a written document (D) notarisation",
    "A train leaves Lyon at 9:15 travelling at 120 km/h. How far has it gone by 11:45?",
    "Explain Newton's three laws of motion with an everyday example for each.",
    "Which element has atomic number 26? A) Cobalt B) Iron C) Nickel D) Manganese",
    "Compare the contributions of Marie Curie and Rosalind Franklin to science.",
    "Ahmed buys 4 notebooks at $2.35 each and a pen for $1.20. How much change does he get from a $20 bill?",
    "Who painted 'The Night Watch'? A) Vermeer B) Rembrandt C) Frans Hals D) Jan Steen",
    "Write an essay about the symbolism of the green light in 'The Great Gatsby'.",
    "A 45-year-old presents with polyuria, polydipsia and weight loss. Which test is the most appropriate first step? A) HbA1c B) chest X-ray C) lipid panel D) TSH",
    "Compare Sherlock Holmes and Hercule Poirot as detectives: methods, temperament and sidekicks.",
    "Which amendment to the US Constitution abolished slavery? A) 13th B) 14th C) 15th D) 19th",
    "Lena can paint a fence in 6 hours and Kofi in 4 hours. How long will it take them working together?",
    "Summarise the main arguments of Adam Smith's 'The Wealth of Nations'.",
    "If supply decreases while demand stays the same, what happens to the equilibrium price? A) it rises B) it falls C) it is unchanged D) it cannot be determined",
    "What was the significance of the Peace of Westphalia in 1648?",
    "Write a short essay on whether Hamlet is truly mad or only pretending.",
    "A rectangle's length is twice its width and its perimeter is 54 cm. Find its area.",
    "Which philosopher wrote the 'Critique of Pure Reason'? A) Hegel B) Kant C) Hume D) Spinoza",
    "Compare the theories of evolution proposed by Lamarck and Darwin.",
    "Priya saves 15% of her monthly salary of 42,000 rupees. How much does she save in a year?",
    "Which of these is a primary source on the reign of Elizabeth I? A) a 2010 biography B) a letter she wrote C) a documentary D) a school textbook",
    "State Ohm's law and find the current through a 12-ohm resistor connected to a 9-volt battery.",
    "Who was Ada Lovelace, and why is she associated with the history of computing?",
    "Describe how Gandalf's role changes between The Hobbit and The Lord of the Rings.",
    "A car loses 12% of its value each year. If it cost €25,000 new, what is it worth after 3 years?",
]

# 30 open-ended requests (writing, planning, coding) with no personal data.
CLEAN_OPEN = [
    "Write a short story about a lighthouse keeper who finds a message in a bottle.",
    "Plan a five-day vegetarian meal plan for a family of four on a tight budget.",
    "How do I reverse a linked list in Python? Please explain the iterative approach.",
    "Give me a 12-week training plan for a first half marathon.",
    "Write a haiku about autumn rain on a tin roof.",
    "Help me structure a presentation on renewable energy for a class of fifteen-year-olds.",
    "What's the difference between a list and a tuple in Python, and when should I use each?",
    "Draft a polite template for declining a meeting invitation because of a scheduling conflict.",
    "Suggest ten names for a small bakery that specialises in sourdough.",
    "Explain how to set up a GitHub Actions workflow that runs pytest on every push.",
    "I want to learn Spanish in six months. What daily routine would you suggest?",
    "Write a limerick about a cat who hates Mondays.",
    "Create a packing list for a week of camping in the mountains in late September.",
    "How can I make a React component re-render only when one specific prop changes?",
    "Outline a business plan for a mobile bike-repair service.",
    "Write a product description for a bamboo cutting board.",
    "What's a good way to organise a small home office with very little space?",
    "Rewrite this with a LEFT JOIN instead of a subquery: SELECT id FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE country = 'NO');",
    "Give me a 30-minute bodyweight workout I can do in a hotel room.",
    "Write a short motivational speech for a high-school robotics team before a competition.",
    "Explain Big-O notation with simple examples.",
    "Plan a three-day itinerary in Kyoto focused on temples and street food.",
    "Write a bash one-liner that counts the lines in all .py files under a directory.",
    "What are some icebreaker games for a remote team of twelve people?",
    "Make this sentence more concise: 'In order to be able to complete the task, we will need to have more time.'",
    "How should I structure a monorepo with a Go backend and a TypeScript frontend?",
    "Suggest a reading list for someone new to science fiction.",
    "Write an opening paragraph for a cover letter for a junior data analyst role; leave the details as placeholders.",
    "How do I compute a rolling 7-day average in pandas?",
    "Help me write a wedding toast for a friend; use [NAME] placeholders and I'll fill them in later.",
]

# 30 healthcare and customer-service routing questions without personal details.
CLEAN_ROUTING = [
    "What are the symptoms of iron-deficiency anaemia?",
    "How do I reset my password?",
    "Can I change my delivery address after the order has shipped?",
    "What's the difference between a cold and the flu?",
    "How do I cancel my subscription?",
    "Is it safe to take ibuprofen together with paracetamol?",
    "My package shows as delivered but I can't find it. What should I do?",
    "How long does a refund take to reach my card?",
    "What are the early warning signs of a stroke?",
    "How do I update the payment method on my account?",
    "When should I see a doctor about a cough that won't go away?",
    "How do I turn on two-factor authentication?",
    "Can I book a vaccination appointment online?",
    "What documents do I need to open a current account?",
    "How do I report a lost or stolen card?",
    "What are the common side effects of the shingles vaccine?",
    "Why was my account locked after three failed login attempts?",
    "Do you offer student discounts?",
    "What should I do if my child has a temperature of 39°C?",
    "How do I transfer a prescription to another pharmacy?",
    "How can I change the email address linked to my account?",
    "What are your customer service opening hours at weekends?",
    "Is a rash after starting amoxicillin a sign of allergy?",
    "How do I return an item I bought in the sale?",
    "What are the symptoms of Lyme disease?",
    "Can I pause my gym membership while I'm travelling?",
    "How do I download my invoices as PDF files?",
    "How long is the usual wait for a routine dental check-up?",
    "Am I eligible for a free flu jab, and how do I find out?",
    "Why did my bill go up this month?",
]

# 60 texts chosen to trip a naive detector: famous and fictional people, bands and songs,
# eponyms, brands, streets and landmarks as places, capitalised words, placeholders,
# UUIDs, hashes, versions, order numbers, times, dates and prices.
CLEAN_TRICKY = [
    "Who played Atticus Finch in the 1962 film of To Kill a Mockingbird?",
    "Did Marie Antoinette ever actually say 'let them eat cake'?",
    "Recommend songs similar to 'Jolene' by Dolly Parton.",
    "Is 'Eleanor Rigby' by the Beatles about a real person?",
    "What's the quickest way from Abbey Road to Baker Street by Tube?",
    "Explain Parkinson's law and how it applies to project deadlines.",
    "Why is the Hubble Space Telescope named after Edwin Hubble?",
    "Compare the Ford Mustang and the Chevrolet Camaro as a first sports car.",
    "Fill in this template for me: 'Dear <name>, your order <order_id> has shipped to <address>.'",
    "Why do so many docs use John Doe and jane.doe@example.com as sample data?",
    "What version is the UUID 3f2b8c1e-9d4a-4e7b-b1c2-7a5e9f0d6c43, and how can I tell?",
    "git says HEAD is at 16585d6ce9f02ebb5ba42b7e8ed3b329ae6e431f; how do I go back one commit without losing my changes?",
    "What breaks when upgrading from Django 4.2.11 to 5.0.3?",
    "Order #A-448213 was placed on 14 March at 10:45 for £62.99. When do orders like that usually ship?",
    "Who is Tom Bombadil and why was he left out of the films?",
    "Write a ten-question quiz about the Brontë sisters.",
    "Where does the Bloody Mary cocktail get its name?",
    "Is Victoria Falls bigger than Niagara Falls?",
    "My .env has API_TOKEN=${TOKEN}. How does docker compose substitute it?",
    "Explain the Doppler effect using an ambulance siren.",
    "What's the difference between Alzheimer's disease and Lewy body dementia?",
    "How tall is the Eiffel Tower and when was it built?",
    "Which is older, Wendy's or McDonald's?",
    "Summarise the plot of 'Jane Eyre' in five sentences.",
    "Explain Murphy's Law and Sod's Law. Are they the same thing?",
    "How far is Penny Lane from the Cavern Club on foot?",
    "What key is 'Hey Jude' in, and what are the chords for the chorus?",
    "Why is the Mercedes-Benz brand named after a girl?",
    "What is a Victoria sponge, and which queen is it named after?",
    "How do I check the SHA-256 of a download? The site lists 0058558e38d5636a307c8501aa4f83f154c67efb3f4c1641b3d486537e7b27b2.",
    "List the Grand Slam singles titles Serena Williams won, by year.",
    "Explain Dijkstra's algorithm on a small graph with five nodes.",
    "What did Florence Nightingale change in hospital nursing?",
    "What time is 18:30 CET in Pacific time on 3 November?",
    "Should I write 'Will you' or 'Shall we' in a formal invitation?",
    "Summarise the feud between Tupac and Biggie in the 1990s.",
    "How do I set an input's placeholder to 'Jane Smith' in an HTML form?",
    "Was Robin Hood a real person, or a legend?",
    "What is the seating capacity of Madison Square Garden?",
    "Recommend books like 'Gone Girl' by Gillian Flynn.",
    "Explain the Heimlich manoeuvre step by step.",
    "What are Asimov's three laws of robotics?",
    "Invoice INV-2025-00417 totals $1,284.50 including 8.875% sales tax. What was the pre-tax amount?",
    "Why is Abraham Lincoln on the US penny?",
    "Which opened first, the Ritz in London or the Ritz in Paris?",
    "What's the difference between Pilates and yoga for back pain?",
    "In 'Pride and Prejudice', why does Elizabeth Bennet first dislike Mr. Darcy?",
    "How were Kellogg's Corn Flakes invented?",
    "Convert 2024-11-05T14:30:00Z to Tokyo time.",
    "Was 'Valerie' by Amy Winehouse originally a song by The Zutons?",
    "Why is Captain Ahab so obsessed with the whale in Moby-Dick?",
    "Under semantic versioning, what does moving from 3.9.18 to 3.10.0 signal?",
    "Where is the Rue de Rivoli, and what is it known for?",
    "What does 'sally forth' mean and where does the phrase come from?",
    "In the Star Wars prequels, how does Anakin Skywalker become Darth Vader?",
    "In SQLAlchemy, what does User(name='Alice', email='alice@example.com') do before session.commit()?",
    "My tracking number 1Z4F8E270392716458 shows 'exception'. What does that status usually mean?",
    "Was Salieri really jealous of Mozart, or is that just the film Amadeus?",
    "Is a Caesar salad named after Julius Caesar?",
    "Let's play: you are Sherlock Holmes and I'm Dr. Watson, and we start at 221B Baker Street on a foggy morning.",
]

TITLES = re.compile(
    r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|uncle|aunt|aunty|coach|nurse|herr|herrn|frau|don|doña|señora|señor|sra|sr|mme|hanım|bey|san)\b\.?",
    re.IGNORECASE,
)
CARD_DIGITS = frozenset({15, 16})
LOWER_CHAT = 30
MIN_WORDS, MAX_WORDS = 5, 250
MIN_CHARS = 15  # texts in scripts written without spaces


def check_pii(marked: str) -> tuple[str, list[Span]]:
    """Strip the marks of one personal-data text and check every span it holds.

    Beyond ``marks.check_spans``: no "|" inside a value, no quote at either end of one.
    """
    text, spans = check_spans(marked, titles=TITLES, card_digits=CARD_DIGITS, name_parts=True)
    for span in spans:
        value = span["value"]
        if "|" in value:
            raise ValueError(f"broken mark in {marked[:60]!r}")
        if value[0] in "\"'" or value[-1] in "\"'":
            raise ValueError(f"padded value {value!r}")
    return text, spans


def main() -> None:
    sections = {
        "statements": (STATEMENTS, 120),
        "chat": (CHAT, 100),
        "work": (WORK, 40),
        "secrets": (SECRETS, 40),
        "clean exam": (CLEAN_EXAM, 30),
        "clean open": (CLEAN_OPEN, 30),
        "clean routing": (CLEAN_ROUTING, 30),
        "clean tricky": (CLEAN_TRICKY, 60),
    }
    for name, (items, want) in sections.items():
        if len(items) != want:
            raise SystemExit(f"{name}: {len(items)} texts, want {want}")
    if not all(is_lower(t) for t in CHAT[:LOWER_CHAT]):
        raise SystemExit(f"chat: the first {LOWER_CHAT} texts must be all lower case")
    if any(is_lower(t) for t in CHAT[LOWER_CHAT + 15 :]):
        raise SystemExit("chat: a lower-case text among the English ones")

    pii_marked = STATEMENTS + CHAT + WORK + SECRETS
    clean = CLEAN_EXAM + CLEAN_OPEN + CLEAN_ROUTING + CLEAN_TRICKY
    pii_rows, clean_rows = build_rows(
        "blind10",
        map(check_pii, pii_marked),
        clean,
        words=(MIN_WORDS, MAX_WORDS),
        min_chars=MIN_CHARS,
    )
    write(HERE / "chat_pii_blind10.jsonl", pii_rows, report=True)
    write(HERE / "chat_clean_blind10.jsonl", clean_rows, report=True)


if __name__ == "__main__":
    main()
