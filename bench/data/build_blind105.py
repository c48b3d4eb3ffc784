# ruff: noqa: E501
"""A hundred-and-fifth blind privacy set: 220 texts with personal data and 100 clean ones, on
legal matters, police reports, courts, insurance claims after accidents, neighbour disputes
and traffic fines.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py`` (imports, constants, ``check_mix``, ``main``), never the detector, its
rules, docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a user sends to a general AI assistant through a
  company gateway about legal matters, police reports, court dates, insurance claims after
  road accidents, neighbour disputes and traffic fines: drafting, replying, summarising,
  translating, fixing, planning, advising and calculating. The first 30 are typed all in
  lower case (names too), the next 6 are in Spanish, German, French, Portuguese, Polish and
  Turkish, the rest are ordinary English. Names of many origins: first names alone, lone
  surnames after titles, full names, names with non-English letters, names that are also
  ordinary words, nicknames and a few in Cyrillic, Arabic, Chinese, Korean, Greek and
  Japanese script, some said in passing with no cue word. Values: phones, e-mails, street
  addresses in many national formats, passwords, PINs and codes, usernames, account,
  customer, policy and reference numbers, national ids, cards, IBANs, IPs and API keys;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark data
  (presidio-research's synthetic sentences, Nannigalaxy-style records): one invented person
  each with one to four values besides the name, as free prose, labelled profile lines,
  form rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, member, employee, patient, policy and reference
numbers, passports, driving licences and national and tax ids are ID_NUMBER; US social
security numbers US_SSN; PINs, door, gate and alarm codes, Wi-Fi keys, passwords and
passphrases PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, PC, DC, Judge, Herr, my
sister) stay outside PERSON spans; an address span runs from the first street line through
the postcode and city as typed; public figures, fictional characters, pets, brands,
companies, courts, places, order, ticket and invoice numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench/Vicuna-style prompts (writing, reasoning, coding,
role-play, STEM; some naming historical figures or fictional characters), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D and 25
patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0161 496 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (NHS number, Dutch BSN,
Polish PESEL, Brazilian CPF, Spanish DNI and NIE, Italian codice fiscale, French NIR,
Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean
RUT, German tax id, Irish PPS number, Finnish henkilötunnus, Indian Aadhaar, Singapore NRIC,
Korean resident registration number, Turkish kimlik, Australian TFN and Medicare number,
Canadian SIN, Swedish personnummer, South African id, Chinese resident id, Japanese My
Number, Estonian isikukood, Czech rodné číslo, Ukrainian RNOKPP, New Zealand NHI).

Run ``.venv/bin/python bench/data/build_blind105.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    belgian_id_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    china_id_ok,
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
    isikukood_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhi_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rnokpp_ok,
    rodne_cislo_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Judge|Justice|Officer|PC|DC|DS|Sgt|Sergeant|Inspector"
    r"|Detective|Cllr|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Avv|Auntie|Uncle|Nurse|Rev)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to a general assistant through a company gateway: the first 30 all in
# lower case, the next 6 in other languages, the rest ordinary English.
CHAT = [
    # all lower case
    "can you draft a short letter to my insurer saying the other driver, [[PERSON|tomasz wielgosz]], admitted fault at the roundabout? my policy number is [[ID_NUMBER|mtr-4471902]] and they can reach me on [[PHONE_NUMBER|07700 900417]].",
    "my neighbour [[PERSON|gary]] keeps parking across my drive at [[STREET_ADDRESS|14 larch close, bexley da5 2qt]]. write a polite but firm note i can put through his door, nothing that sounds like a threat",
    "got a french speeding fine, 87 in a 70 zone, posted to me in galway. how do i pay it from ireland? the online form wants my driving licence number [[ID_NUMBER|018274563]] and an email, i put [[EMAIL_ADDRESS|aoife.brennan.gy@gmail.com]]",
    "summarise this in two lines for my landlord: on tuesday pc [[PERSON|okafor]] took my statement about the bike stolen from the hallway of [[STREET_ADDRESS|flat 3, 61 tanner street, london se1 3ln]]. he'll call me back on [[PHONE_NUMBER|07700 900582]] if the cctv shows anything.",
    "whiplash claim maths: off work 19 days at £142 a day, physio £360, hire car £27 a day for 11 days. what's the total to put in my letter to [[PERSON|stevie mcallister]] at the other side's insurer? my customer number with them is [[ID_NUMBER|55830127]]",
    "fix the grammar in my witness statement pls: 'i seen the blue van reverse into mr [[PERSON|haddad]]'s fence about 7pm and [[PERSON|lena]] from across the road seen it to'",
    "i want to take my builder to small claims. he's [[PERSON|craig tolley]], trades as ct roofing, email [[EMAIL_ADDRESS|craig@ctroofing-leeds.co.uk]], mobile [[PHONE_NUMBER|07700 900264]]. plan the steps and write a letter before action for £3,850",
    "landlord kept my whole £1,200 deposit for 'cleaning'. draft a reply asking him to pay it back to [[IBAN_CODE|gb90 barc 2045 1873 9261 54]] within 14 days, signed [[PERSON|mehmet arslan]], [[STREET_ADDRESS|27b cromwell terrace, sheffield s10 2ht]]",
    "translate into spanish so i can text it to the other driver: 'hi [[PERSON|javier]], it's [[PERSON|kerry]] from the supermarket car park bump. my insurer needs your policy number, send it to [[PHONE_NUMBER|07700 900731]] when you can'",
    "can you log into the council parking appeals site and see if my appeal went through? username [[ID_NUMBER|rwhitlock77]], password [[PASSWORD|sprocket!lane42]]. if you can't, tell me what the status words mean",
    "roots from next door's willow have cracked my patio. write to the council tree officer: the owner is mrs [[PERSON|pemberton-hale]] and i'm at [[STREET_ADDRESS|7 orchard rise, frome ba11 4jp]]. ask whether there's a preservation order",
    "remind me what to bring to court on the 14th. my solicitor [[PERSON|priya raghunathan]] said to ring her on [[PHONE_NUMBER|0161 496 0725]] if i lose the bundle, which i have",
    "tidy this into a table: other driver [[PERSON|lukas brandt]], phone [[PHONE_NUMBER|+49 30 23125614]], insurer allianz, policy [[ID_NUMBER|as-90318274]], his passenger [[PERSON|mia]], no injuries",
    "my upstairs neighbour plays music till 3am most nights. help me start a noise diary for the council. he's called [[PERSON|ricky]] i think, flat 8, and i'm at [[STREET_ADDRESS|flat 4, 12 gorse lane, bristol bs5 6rf]]",
    "is it safe to pay a bus lane fine over the phone? the man asked for my card [[CREDIT_CARD|4539 1720 6481 7355]] and the three digits on the back and i already gave them. what do i do now",
    "work out my solicitor's bill: 6.5 hours at £210 plus vat at 20%, plus a £455 court fee. then draft a note to [[PERSON|deborah kwan]] saying i'll pay in two halves into [[IBAN_CODE|gb53 loyd 3096 2871 4530 62]]",
    "i'm in ohio and got a ticket for rolling a stop sign. the court form wants my ssn, is that normal? it's [[US_SSN|412-63-8859]] and my license is [[ID_NUMBER|rk418229]]",
    "translate this letter from german please: 'sehr geehrter herr [[PERSON|nowak]], gegen sie wurde ein bußgeldverfahren eingeleitet. bitte rufen sie uns unter angabe ihres aktenzeichens zurück.'",
    "reply to my neighbour [[PERSON|bev]] who says our new extension blocks her light. keep it friendly, say i'm happy to meet with the plans, my number is [[PHONE_NUMBER|07700 900853]]",
    "check this witness list for typos before i send it to the claims handler: [[PERSON|shauna mulvey]] [[EMAIL_ADDRESS|shaunamulvey@yahoo.ie]], [[PERSON|tadhg ó súilleabháin]] [[PHONE_NUMBER|087 614 2290]], [[PERSON|ravi]] (no contact yet)",
    "someone hit my parked car and left a note with a name, [[PERSON|jd hawthorne]], and a number, [[PHONE_NUMBER|(604) 555-0147]]. what should i say when i call him?",
    "my ex keeps emailing me from [[EMAIL_ADDRESS|marcus.delane@protonmail.com]] even after the non-molestation order. how do i report a breach and what should i screenshot?",
    "the wifi key at the holiday flat was [[PASSWORD|harbourlights2024]] and now the host [[PERSON|nikos]] says i owe €300 for a lamp i never touched. draft my answer for the booking site's dispute form",
    "interest question: [[PERSON|yusuf]] owes me £2,400 under a county court judgment from 1 march at 8% simple. how much is it by 30 september? i want to text him the figure",
    "summarise the key points for the tribunal: tenant [[PERSON|chloe anand]], [[STREET_ADDRESS|2/1, 88 dumbarton road, glasgow g11 6pw]], rent £675, three months in arrears, she says the boiler was off for six weeks",
    "neighbours cctv points straight into my garden. is that legal in scotland? he's called [[PERSON|alasdair]] and i emailed him from [[EMAIL_ADDRESS|morag.c.1974@btinternet.com]] two weeks ago with no reply",
    "plan my week: monday call [[PERSON|ferreira]] about the claim, tuesday send the dashcam clip to [[EMAIL_ADDRESS|ines.ferreira@harbourmutual.co.uk]], wednesday locksmith (key safe code [[PASSWORD|1066]]), thursday court at 10",
    "my dad [[PERSON|alan]] got a letter saying he ran a red light but he was in hospital that day. help me write back, the ward can confirm it with his nhs number [[ID_NUMBER|482 619 0379]]",
    "what does 'without prejudice' mean? the other side's lawyer mr [[PERSON|lindqvist]] puts it on every email he sends me at [[EMAIL_ADDRESS|sam.okoro@fastmail.com]]",
    "the api key for our dashcam cloud got pasted in the street whatsapp group by mistake: [[API_KEY|dcv_live_9fk27qmx81ptz4hw0ren]]. how do i rotate it, and am i liable if someone downloaded the footage?",
    # other languages: Spanish, German, French, Portuguese, Polish, Turkish
    "Redacta una reclamación para mi seguro: ayer un camión golpeó mi coche aparcado delante de [[STREET_ADDRESS|Calle de Embajadores 73, 2º izq., 28012 Madrid]]. Firma: [[PERSON|Marta Quiroga Ibáñez]], DNI [[ID_NUMBER|52837164T]], móvil [[PHONE_NUMBER|612 487 309]].",
    "Kannst du mir einen Einspruch gegen meinen Bußgeldbescheid schreiben? Ich war nicht der Fahrer, sondern mein Schwager [[PERSON|Jürgen Maaß]]. Meine Adresse: [[STREET_ADDRESS|Schönhauser Allee 141, 10437 Berlin]], Telefon [[PHONE_NUMBER|030 23125 487]].",
    "Traduis en anglais ma déclaration pour l'assureur : « Le 3 mai, le véhicule de M. [[PERSON|Benali]] a percuté l'arrière de ma voiture. Je suis [[PERSON|Julien Vasseur]], numéro de sécurité sociale [[ID_NUMBER|1 87 05 69 123 456 40]], joignable au [[PHONE_NUMBER|06 39 98 41 27]]. »",
    "Me ajuda a escrever um boletim de ocorrência online? Meu carro foi arrombado na frente de casa, [[STREET_ADDRESS|Rua dos Pinheiros, 1120, apto 52, São Paulo - SP, 05422-001]]. Sou [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|318.702.645-17]].",
    "Napisz odwołanie od mandatu za parkowanie. Samochód sprzedałam tydzień wcześniej panu [[PERSON|Zbigniewowi Kurkowi]]. Dane: [[PERSON|Agnieszka Wróblewska]], PESEL [[ID_NUMBER|86072314588]], tel. [[PHONE_NUMBER|+48 601 238 914]].",
    "Komşum [[PERSON|Hakan Yıldırım]] bahçe duvarını benim arsama taşırdı. Avukata göndermek için kısa bir özet yazar mısın? Benim TC kimlik numaram [[ID_NUMBER|36281547040]], e-postam [[EMAIL_ADDRESS|selin.kaya85@hotmail.com]].",
    # ordinary English
    "Draft a letter to the council appealing a parking ticket for a suspended bay that had no signs. The car is registered to my wife, [[PERSON|Harriet Osei]], at [[STREET_ADDRESS|19 Beaconsfield Road, Northampton NN1 4AE]]. Keep it under 200 words.",
    "My neighbour Mr [[PERSON|Oduya]] says the fence between us is on his land, but the title plan says otherwise. Write a calm email to him at [[EMAIL_ADDRESS|f.oduya@blueyonder.co.uk]] suggesting we split the cost of a boundary surveyor.",
    "Summarise this police report for my insurer in three bullet points: 'At 23:40 the complainant, [[PERSON|Wiktoria Zając]], of [[STREET_ADDRESS|Flat 12, Kestrel House, 40 Mill Lane, Reading RG1 6PP]], reported her car broken into and a laptop taken. No suspects. Contact [[PHONE_NUMBER|07700 900158]].'",
    "Translate into Japanese for our Osaka office: 'The hearing for [[PERSON|Keiko Yamashita]] has moved to Thursday at 10:00. Please confirm by email to [[EMAIL_ADDRESS|k.yamashita@lexbridge.jp]].'",
    "I run a small garage. A customer, [[PERSON|Bogdan]], paid with card [[CREDIT_CARD|5274 6193 0825 1748]] and then raised a chargeback saying the brake job was never done. What evidence should I send his bank?",
    "Write a witness statement outline for me. Name: [[PERSON|Ngozi Eze-Williams]]. Address: [[STREET_ADDRESS|4 Adebayo Close, Lekki Phase 1, Lagos 106104]]. Phone: [[PHONE_NUMBER|+234 803 417 2296]]. I saw the danfo bus hit the okada from the pedestrian bridge.",
    "My son [[PERSON|Theo]] got flashed by a speed camera doing 36 in a 30. He's 17 and passed his test in March. Will he lose his licence under the new driver rules? His licence number is [[ID_NUMBER|HARRI003147TJ9AB]].",
    "Our IT contractor says the threatening emails to my sister came from [[IP_ADDRESS|203.0.113.74]]. Can I pass that to the police myself? She's [[PERSON|Rosa Demir]] and the officer on the case is DC [[PERSON|Whitfield]]. She thinks her email password, [[PASSWORD|tealkettle88]], was guessed.",
    "Please reword this so it sounds less angry: 'Dear [[PERSON|Barry]], your dog has dug under the fence into my garden for the fourth time. If it happens again I will report it to the council. [[PERSON|Lorraine]], number 42'",
    "What's a fair settlement for a cracked windscreen and a sprained wrist in Rio? The driver who hit me is [[PERSON|Gustavo Lima Rocha]], WhatsApp [[PHONE_NUMBER|+55 21 99874-3162]], and he's offering R$1,500.",
    "Help me fill in the insurer's payout form. It wants the bank details: IBAN [[IBAN_CODE|NL24 RABO 0318 2749 56]], account holder [[PERSON|Sanne de Wit]]. Which box does the BIC go in?",
    "Turn these notes into a file memo: client [[PERSON|Adewale Bankole]], born 02/11/1979, NI number [[ID_NUMBER|SK 48 27 19 C]], injured at the warehouse on 12 March, employer denies liability, wants advice on a personal injury claim.",
    "Our tenants have stopped paying and won't answer the door. Draft a cover letter for the notice to Mr and Mrs [[PERSON|Kowalski]] at [[STREET_ADDRESS|33 Hawthorn Avenue, Hull HU5 3SE]], firm but not threatening.",
    "How do I contest a red-light camera ticket in Ontario? The registered owner is me, [[PERSON|Priyanka Sethi]], [[STREET_ADDRESS|2207-88 Harbour Street, Toronto, ON M5J 0C3]]. The form also asks for my SIN, [[ID_NUMBER|638 204 156]]; do I have to give it?",
    "The other driver's insurer in Brisbane wants a copy of my driving history. I'm [[PERSON|Bec Hollis]], licence [[ID_NUMBER|107493825]], mobile [[PHONE_NUMBER|0491 570 226]]. They also asked for my TFN, [[ID_NUMBER|514 938 277]]. Should I send that?",
    "Write a short post for our street group asking if anyone saw the hit and run outside [[STREET_ADDRESS|58 Wattle Street, Ultimo NSW 2007]] on Friday night. Ask them to message [[PERSON|Jess]] on [[PHONE_NUMBER|0491 570 318]].",
    "My colleague [[PERSON|Anneliese]] needs this in German: 'My car was damaged in your hotel car park on 2 June. Please send the CCTV footage to [[EMAIL_ADDRESS|anneliese.voss@posteo.de]] so I can claim.'",
    "Is my neighbour allowed to fly a drone over my garden and film my kids? He's [[PERSON|Dmitri Sokolov]], it says [[PERSON|Дмитрий Соколов]] on his post box. I'm at [[STREET_ADDRESS|11 Fernbank Crescent, Ipswich IP4 2XW]].",
    "Fix the formatting of this claim summary so it fits one page: Claimant [[PERSON|Olusegun Adeyemi]]; policy [[ID_NUMBER|HM-2281947]]; payout to [[IBAN_CODE|IE76 BOFI 9038 1716 2839 45]]; incident: rear-ended at the Naas Road lights.",
    "Penalty points question: [[PERSON|Kev]] had 6 points, got 3 more in January and now has a speeding summons. Does he reach 12? If so, how long is a totting-up ban and can he argue exceptional hardship?",
    "Help me answer a solicitor's letter. They act for Mrs [[PERSON|Fenella Dawkins]], who says my tree damaged her garden wall. Sign the reply from [[PERSON|Ahmed Siddiqui]], [[EMAIL_ADDRESS|ahmed.siddiqui81@gmail.com]].",
    "My account on the traffic fines portal was hacked. Username [[ID_NUMBER|lmcbride_03]], and the password, which I used everywhere, was [[PASSWORD|Gingerbread#1987]]. The strange login came from [[IP_ADDRESS|198.51.100.212]]. What do I change first?",
    "Write a letter for [[PERSON|Hamza Qureshi]] to his landlord about his security deposit. He's moved out of [[STREET_ADDRESS|Apartment 1407, Marina Heights Tower, Dubai Marina, Dubai]] and can be reached on [[PHONE_NUMBER|+971 50 381 7742]].",
    "Summarise for the family court: my ex-husband [[PERSON|Ruairí Doyle]] missed four contact weekends since June. The maintenance form asks for his PPS number, [[ID_NUMBER|5829174B]], and mine, [[ID_NUMBER|3071846UA]]. I'm [[PERSON|Niamh Doyle]].",
    "Turn this into a formal complaint about PC [[PERSON|Dunmore]], who shouted at my elderly mother at her door on Sunday. Her address is [[STREET_ADDRESS|9 Alder Walk, Salford M6 8QT]] and she's happy to be contacted.",
    "I need to pay a Dutch traffic fine from the CJIB and the site asks for my BSN. I'm [[PERSON|Floor Jansen-Bakker]], BSN [[ID_NUMBER|362819749]]. Is it safe to type it in there?",
    "Compare two accident lawyers for a £12,000 claim: one takes 25% no win no fee, the other charges £180 an hour for about 40 hours. I'm meeting [[PERSON|Grace]] from the second firm on Friday.",
    "Write a friendly note about sharing the driveway with the new neighbours, signed from both of us: [[PERSON|Tomás]] and [[PERSON|Aiyana]]. Mention that the new gate code is [[PASSWORD|4172]] and we'd rather it wasn't shared with delivery drivers.",
    "Email my insurer a link to the dashcam footage. It's on our NAS at [[IP_ADDRESS|192.0.2.45]], login [[ID_NUMBER|camviewer]], password [[PASSWORD|Fl4shback-Oak]]. Should I give them that or upload the clips somewhere?",
    "My mum, [[PERSON|Siew Ling Tan]], was rear-ended in Singapore. The other party wants her NRIC [[ID_NUMBER|S9136427A]] for the accident report. Is that normal? Her number is [[PHONE_NUMBER|+65 9127 4460]].",
    "Make this polite: 'Ms [[PERSON|Achterberg]], you still owe £640 for the fence as agreed at mediation.' Add that she can pay to sort code 20-45-18, account [[ID_NUMBER|41876230]].",
    "Summarise this call note for the claim file: caller [[PERSON|Yevgenia]] says her husband [[PERSON|Oleksandr Marchenko]] was driving. His RNOKPP is [[ID_NUMBER|3174529081]] as they arrived from Kharkiv last year. Callback on [[PHONE_NUMBER|07700 900926]].",
    "Dashcam shows a taxi cutting me up on the ring road. The driver gave his name as [[PERSON|Sunny]]. What should I tell the licensing office, and do I need the footage timestamped?",
    "Translate to Korean: 'Mr [[PERSON|Choi]], the loss adjuster will phone you on [[PHONE_NUMBER|010-4827-1936]] tomorrow morning about the damage to your car.'",
    "Proofread my small claims form: claimant [[PERSON|Beatriz Nogueira]], defendant [[PERSON|Colm Feeney]] trading as Crumlin Gearbox Centre, defendant's address [[STREET_ADDRESS|22 Cherryfield Park, Walkinstown, Dublin 12, D12 K2F7]], amount €2,340 for a faulty gearbox.",
    "What's the time limit for a personal injury claim in New York? A cyclist, [[PERSON|Jaylen Brooks]], knocked me down outside my building at [[STREET_ADDRESS|410 W 47th St, Apt 5C, New York, NY 10036]] last April.",
    "My SSN [[US_SSN|287-54-1096]] was printed on the police report they gave the other driver. Can I ask the department to redact it and reissue the report?",
    "Make me a payment plan: I owe £1,260 in court fines and can pay £85 a month from May. When is it cleared? My account on the fines site is [[ID_NUMBER|FN-0038214-MW]].",
    "Write to Dr [[PERSON|Amara Nwachukwu]] asking for a medical report for my whiplash claim. My patient number at the clinic is [[ID_NUMBER|PT-66190]] and I'm [[PERSON|Hollie Grayson]].",
    "Checklist for a video court hearing tomorrow, please. The clerk sent a link with the PIN [[PASSWORD|582913]] and said only Mr [[PERSON|Haddock]] (me) and my witness [[PERSON|Ivy]] should join.",
    "I live in Germany and got a Bußgeldbescheid. Explain in plain English what it says and my options. It's addressed to [[PERSON|Callum Fraser]], [[STREET_ADDRESS|Gneisenaustraße 67, 10961 Berlin]].",
    "Day-fine question for Finland: my net monthly income is €2,900 and I got 12 day-fines for speeding. How much is that? Put it in a note for [[PERSON|Eetu]] with my henkilötunnus [[ID_NUMBER|120489-3175]] for the payment form.",
    "Our dashcam app's API key [[API_KEY|fm_3kTq8ZvW1nLr0XcB7yHp]] is needed by the police evidence upload form. Is it safer to share that or export the clips myself?",
    "Can you help my uncle [[PERSON|عبد الله المنصوري]] write to his car insurer in English? His policy number is [[ID_NUMBER|MV/88217/24]] and he's reachable on [[PHONE_NUMBER|+971 55 204 6613]].",
    "My landlord [[PERSON|王建国]] ([[PERSON|Wang Jianguo]]) is refusing to fix the leak that flooded the flat below, and now their insurer is chasing me. Draft a letter pointing out it's his responsibility.",
    "Draft a text to [[PERSON|Moss]], the man who saw the crash from the bus stop, asking if he'd give a short statement. His number is [[PHONE_NUMBER|07700 900340]].",
    "Summarise for my lawyer: [[PERSON|Hélène Rousseau]] sold me a car with a hidden accident history and refuses a refund. She lives at [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]], phone [[PHONE_NUMBER|06 39 98 52 71]].",
    "Fix this Python that reads our workplace accident register; it crashes on the row for [[PERSON|Gwen Pryce-Jones]], employee [[ID_NUMBER|E20417]], because the date column says 'unknown'.",
    "Email my insurer cancelling the debit order after the write-off. Policyholder [[PERSON|Mandla Dlamini]], ID [[ID_NUMBER|8609155123086]], policy [[ID_NUMBER|SNT-7730418]], cell [[PHONE_NUMBER|+27 82 614 3098]].",
    "My brother [[PERSON|Joaquín]] got a fine for running a toll gantry in Santiago. The letter shows his RUT [[ID_NUMBER|14.682.395-5]]. How does he pay from abroad?",
    "I was doing 112 in a 90 zone in Norway. Which fine band is that? The ticket shows my fødselsnummer [[ID_NUMBER|23079136247]]; is it fine to forward it to my manager [[PERSON|Ingrid]] for the expense claim?",
    "Write a polite chaser to the loss adjuster, Mr [[PERSON|Pemberton]]. It's been six weeks since he inspected the flood damage. My reference with his firm is [[ID_NUMBER|LA/33907/HH]].",
    "Translate to Italian: 'Dear [[PERSON|Mirco Rossetti]], our lawyer needs your codice fiscale, [[ID_NUMBER|RSSMRC84L22F839M]], to file the claim for the scooter accident in Naples.'",
    "Advice please: my friend [[PERSON|Ji-woo]] ([[PERSON|지우]]) was a passenger in my car when we were hit. Can she claim on my insurance or the other driver's?",
    "Forward the draft defence to [[PERSON|Okonkwo]] and [[PERSON|Bea]] before noon, and remind them the hearing bundle is due Monday. The shared folder password is [[PASSWORD|Bundle-Day-Monday9]].",
    "Our neighbour's security light shines into our bedroom all night. He's [[PERSON|Pádraig Rua]] and lives at [[STREET_ADDRESS|3 Meadow View, Clonakilty, Co. Cork P85 W1R9]]. Draft a first friendly letter.",
    "I'm a paralegal. Make a chronology from these notes: 4 Feb collision, 6 Feb claim notified, 19 Feb liability denied by the driver [[PERSON|Şenol Aydın]], 3 Mar our letter before action, 17 Mar his insurer's holding reply.",
    "The court fee refund goes to my card. Can you check I typed it right before I submit? [[CREDIT_CARD|4916 2837 0154 9260]], name on card [[PERSON|R J Okonjo]], expiry 09/27.",
    "How do I calculate the diminished value of my car after the accident? It was worth $24,500 and the body shop repaired $7,800 of damage. Write the demand to the adjuster [[PERSON|Lacey Whitaker]] at [[EMAIL_ADDRESS|lwhitaker@greatplainsmutual.com]].",
    "Write a statement for my insurer: I was reversing out of my driveway at [[STREET_ADDRESS|1802 Elm Ridge Drive, Austin, TX 78745]] when a pickup hit me. My phone is [[PHONE_NUMBER|(512) 555-0183]].",
    "Who is responsible when a neighbour's tree falls on a parked car in a storm? Mine was crushed outside [[STREET_ADDRESS|6 Rosewood Lane, Hamilton 3216]] and the owner, [[PERSON|Aroha Ngata]], says it's an act of God.",
    "Draft an email to the parking company disputing a charge from their camera at the retail park. I was there 14 minutes, the limit is 2 hours. Send from [[EMAIL_ADDRESS|juniper.hale@icloud.com]], signed [[PERSON|Juniper Hale]]. My login on their appeals page is [[ID_NUMBER|juniperh]] with password [[PASSWORD|Kestrel&Moor61]].",
    "Help me plan what to say at the mediation with my neighbour [[PERSON|Costas]] ([[PERSON|Κώστας Παπαδάκης]]) about the extension that overlooks our garden.",
    "Can you summarise my rights as a witness? The police want [[PERSON|Summer]], my flatmate, and me to give statements about the fight outside the pub.",
    "Rewrite this for the court: 'The defendant, [[PERSON|Lars-Erik Holmqvist]], personnummer [[ID_NUMBER|910228-7316]], resident at [[STREET_ADDRESS|Sveavägen 44, 113 59 Stockholm]], has not paid the damages awarded.'",
    "The council says I need the reference from my penalty notice to appeal. Where's that usually printed? Also, is my customer login [[ID_NUMBER|haz.mohammed]] the same as my account number?",
    "My alarm company sent the police to the wrong house. Our alarm code is [[PASSWORD|7094]], and the engineer [[PERSON|Vusi]] told the operator it over the phone where the neighbours could hear. Should I change it?",
    "Draft a reply to the speeding notice: the car was being driven by my colleague [[PERSON|Hiroshi Tanabe]] ([[PERSON|田辺 浩]]), address [[STREET_ADDRESS|2-14-9 Shibuya, Shibuya-ku, Tokyo 150-0002]], who was visiting from Japan.",
    "I'm writing a civil claim against my former landlord. Tidy my particulars: deposit £950 not protected, claimant [[PERSON|Keziah Mensah-Boateng]], of [[STREET_ADDRESS|48 Tollington Way, London N7 6RG]], tel [[PHONE_NUMBER|020 7946 0489]].",
    "Is it legal for my neighbour to cut branches overhanging from my garden and throw them back over? She's called [[PERSON|Hope]] and we used to get on.",
    "Convert €3,480 of repair costs to pounds at 0.85 and write the figure into my claim email to [[PERSON|Anouk Verhoeven]] at the Belgian insurer. My national number is [[ID_NUMBER|82.04.17-251.19]] if she needs it.",
    "Help me write to the insurer about my stolen car. Tracker portal login [[ID_NUMBER|rbanerjee.car]] and password [[PASSWORD|Vindaloo*Nights5]], in case they ask for the last GPS point. I'm [[PERSON|Rohan Banerjee]].",
    "Write to the magistrates' court asking to move my hearing. I'm [[PERSON|Marguerite Ashdown-Obi]], [[STREET_ADDRESS|Flat 7, Quayside Mews, Newcastle upon Tyne NE1 3DE]], mobile [[PHONE_NUMBER|07700 900671]], and I'll be in hospital that week.",
    "Translate into English: 'Estimado Sr. [[PERSON|Villanueva]], le adjuntamos el parte amistoso firmado. Su número de póliza es [[ID_NUMBER|AX-7781-0932]].'",
    "I'm a claims handler. Draft a letter asking [[PERSON|Ravindra Pillai]] for proof of address; his Aadhaar [[ID_NUMBER|3827 4619 0510]] is on file but the address on it is old.",
    "Please write a payment reminder from our residents' association to [[PERSON|Björn Ekström]] for his £120 share of the legal fees over the freeholder dispute. He can pay by card or to [[IBAN_CODE|SE30 5000 0000 0539 1827 4615]].",
    "Check the tone of my email to the court clerk, Mrs [[PERSON|Thornbury]]; I asked three times why my case was listed on the wrong day and I'm worried I sound rude.",
    "Write a statement for the insurer: our caravan was damaged by a falling branch while parked at [[STREET_ADDRESS|Lot 14, 220 Ocean Drive, Port Macquarie NSW 2444]]. Owners [[PERSON|Trent]] and [[PERSON|Kylie Baxter]], phone [[PHONE_NUMBER|+61 491 570 442]].",
    "My Romanian colleague [[PERSON|Ioana Popescu]] needs a power of attorney for a car accident case back home. Her CNP is [[ID_NUMBER|2861115401286]]. What should the document include?",
    "Small claims calculation: the neighbour's contractor damaged my drive. Quote A £2,150, quote B £2,480, court fee £115. What total should I claim from Mr [[PERSON|Petrakis]]?",
    "Can you draft a GDPR subject access request to the police for all records about me? I'm [[PERSON|Tendai Moyo]], born 14/08/1986, of [[STREET_ADDRESS|27 Kingfisher Road, Coventry CV3 5PH]], e-mail [[EMAIL_ADDRESS|tendai.moyo@outlook.com]].",
    "Read this log from our office router and tell me if the person harassing [[PERSON|Noor]] logged in from inside: 'admin login ok from [[IP_ADDRESS|2001:db8:4f2a::17]] user [[ID_NUMBER|nalhassan]]'.",
    "Advice: my elderly neighbour [[PERSON|Ethel]] was scammed into paying a fake parking fine with her card [[CREDIT_CARD|3742 815093 61725]]. Who do we call first, the bank or Action Fraud?",
    "I'm an in-house lawyer. Summarise this for the board: the driver of our van, employee [[ID_NUMBER|EMP-30914]], [[PERSON|Karim Benslimane]], was cited for a bus lane offence; the company paid, and he now disputes the deduction from his salary.",
]

# 100 one-person records in the style of synthetic PII benchmark data.
RECORDS = [
    "[[PERSON|Harold Finch-Amadi]] reported the collision by phone from [[PHONE_NUMBER|020 7946 0872]]; the motor policy on file is [[ID_NUMBER|PX-30719426]].",
    "Name: [[PERSON|Leticia Barrios]]\nEmail: [[EMAIL_ADDRESS|leti.barrios@gmail.com]]\nPhone: [[PHONE_NUMBER|(213) 555-0126]]\nRole: claimant",
    '{"claimant": "[[PERSON|Pieter van den Berg]]", "bsn": "[[ID_NUMBER|194573023]]", "iban": "[[IBAN_CODE|NL52INGB0007391842]]", "status": "open"}',
    '2024-03-18 09:14:22 INFO fines-portal login ok user=[[ID_NUMBER|opatel82]] name="[[PERSON|Omar Patel]]" src=[[IP_ADDRESS|198.51.100.37]]',
    "Dear Mr [[PERSON|Abiodun Lawal]], we confirm your new correspondence address, [[STREET_ADDRESS|15 Carrow Road, Norwich NR1 1HU]], and telephone [[PHONE_NUMBER|07700 900195]]. Yours sincerely, Claims Team",
    "[[PERSON|Mei-Lin Chou]] | [[STREET_ADDRESS|5F, No. 27, Lane 120, Section 4, Xinyi Road, Da'an District, Taipei 106]] | [[PHONE_NUMBER|+886 912 384 570]] | witness",
    "My name is [[PERSON|Graham Oyelaran]] and the card I paid the fixed penalty with is [[CREDIT_CARD|5391 8026 4713 0587]].",
    "Please update [[PERSON|Katarzyna Nowicka]]'s address to [[STREET_ADDRESS|ul. Długa 7/12, 80-827 Gdańsk]] and her PESEL to [[ID_NUMBER|92110543726]].",
    "Witness: [[PERSON|Femi Adeyinka]], of [[STREET_ADDRESS|12 Awolowo Road, Ikoyi, Lagos 101233]], tel. [[PHONE_NUMBER|+234 809 552 1047]]",
    "Tenant [[PERSON|Rosalind Achebe]] can be reached at [[EMAIL_ADDRESS|ros.achebe@protonmail.com]] about the hearing.",
    "Driver: [[PERSON|Sébastien Morel]] · licence no. [[ID_NUMBER|13AK52749]] · mobile [[PHONE_NUMBER|+33 6 39 98 17 63]]",
    "[[PERSON|Ewa Lindgren]] lives at [[STREET_ADDRESS|Drottninggatan 58, 411 14 Göteborg]] and her personnummer is [[ID_NUMBER|870613-4288]].",
    "The policy holder, [[PERSON|Darnell Whitmore]], listed his Social Security number as [[US_SSN|531-72-4408]] on the claim form.",
    "<claimant><name>[[PERSON|Anja Kovačević]]</name><phone>[[PHONE_NUMBER|+385 91 438 2706]]</phone><iban>[[IBAN_CODE|HR04 2360 0001 1038 9172 6]]</iban></claimant>",
    "Contact [[PERSON|Tobias Engel]] on [[PHONE_NUMBER|030 23125 902]] or at [[EMAIL_ADDRESS|t.engel@web.de]] to arrange the vehicle inspection.",
    "Patient [[PERSON|Marjorie Pennington]], NHS [[ID_NUMBER|731 054 8264]], attended A&E after the collision and was discharged the same day.",
    "[[PERSON|Juan Pablo Restrepo]] vive en [[STREET_ADDRESS|Carrera 43A #1 Sur-100, El Poblado, Medellín]] y su celular es [[PHONE_NUMBER|+57 310 482 6617]].",
    "Refund of the court fee to [[PERSON|Ciarán Mac Giolla]] will be paid to [[IBAN_CODE|IE20 AIBK 9310 4718 2296 35]].",
    "Account holder: [[PERSON|Lindiwe Khumalo]]\nID number: [[ID_NUMBER|9203110284081]]\nCell: [[PHONE_NUMBER|+27 71 238 9054]]",
    "2024-06-02T22:47:10Z WARN case-mgmt failed password for [[ID_NUMBER|jmbeki]] ([[PERSON|Jabulani Mbeki]]) from [[IP_ADDRESS|203.0.113.158]]",
    "[[PERSON|Henrik Solberg]], fødselsnummer [[ID_NUMBER|14038549724]], is registered owner of the vehicle.",
    "I am [[PERSON|Aditi Kulkarni]], and my Aadhaar number is [[ID_NUMBER|6192 0473 8520]]; please send the notice to [[STREET_ADDRESS|B-304, Sai Krupa Residency, Baner Road, Pune 411045]].",
    "Send the settlement cheque to [[PERSON|Wilhelmina Hartley]], [[STREET_ADDRESS|221 Larchmont Avenue, Rochester, NY 14609]].",
    "Customer [[PERSON|Bilal Chaudhry]] (customer no. [[ID_NUMBER|C-4420931]]) changed his online password to [[PASSWORD|Mango&Monsoon77]] on 3 May.",
    "Hi [[PERSON|Lucía]], your gate code for the mediation centre car park is [[PASSWORD|4#8812]]. See you Thursday.",
    '{"name": "[[PERSON|Seo-yeon Park]]", "rrn": "[[ID_NUMBER|930527-2184613]]", "phone": "[[PHONE_NUMBER|010-7314-2659]]"}',
    "[[PERSON|Kwame Asante-Boateng]] — [[EMAIL_ADDRESS|kwame.ab@yahoo.co.uk]] — [[PHONE_NUMBER|07700 900308]] — [[STREET_ADDRESS|30 Elmhurst Drive, Leicester LE3 9FN]]",
    "The tax id of [[PERSON|Friederike Hoffmann]] is [[ID_NUMBER|47 182 930 563]]; her bank account is [[IBAN_CODE|DE45 3705 0299 0428 1750 63]].",
    "Ms [[PERSON|Yolanda Ferrante]] asked us to use her new e-mail, [[EMAIL_ADDRESS|yolanda.ferrante@libero.it]], for all correspondence.",
    "Claimant details: [[PERSON|Lucia Bianchetti]], codice fiscale [[ID_NUMBER|BNCLCU91D47A944I]], residente in [[STREET_ADDRESS|Via Saragozza 118, 40135 Bologna]].",
    "user: [[ID_NUMBER|cfontaine]]\nfull_name: [[PERSON|Céleste Fontaine]]\nlast_ip: [[IP_ADDRESS|192.0.2.201]]",
    "[[PERSON|Rangi Parata]] phoned from [[PHONE_NUMBER|+64 21 384 9026]]; his NHI is [[ID_NUMBER|ZKT4180]].",
    "Our client [[PERSON|Maximilian Auer]] resides at [[STREET_ADDRESS|Mariahilfer Straße 88/3/14, 1070 Wien]] and may be contacted at [[EMAIL_ADDRESS|max.auer@gmx.at]].",
    "Please charge the excess to [[PERSON|Carmen Solís]]'s card, [[CREDIT_CARD|4483 1072 5946 3819]].",
    "Name | Phone | Email\n[[PERSON|Duc Anh Nguyen]] | [[PHONE_NUMBER|+84 912 408 357]] | [[EMAIL_ADDRESS|ducanh.ng@gmail.com]]",
    "[[PERSON|Rustam Nazarov]] gave a statement and provided passport [[ID_NUMBER|FA4718203]] as identification.",
    "To: [[PERSON|Oksana Hrytsenko]]\nRNOKPP: [[ID_NUMBER|2940183760]]\nAddress: [[STREET_ADDRESS|vul. Sichovykh Striltsiv 24, kv. 9, Kyiv 04053]]",
    "[[PERSON|Tariq Al-Amin]]'s login for the claims app is [[ID_NUMBER|tariq.alamin]] and his PIN is [[PASSWORD|9047]].",
    "The vehicle is owned by [[PERSON|Ingeborg Strand]], telephone [[PHONE_NUMBER|+47 912 48 305]].",
    "Dear [[PERSON|Marisol]], thank you for your payment. Your member number is [[ID_NUMBER|MB-772019]].",
    "[[PERSON|Nikhil Deshpande]] (SSN [[US_SSN|604-18-2275]]) was the passenger in the rear seat.",
    "Landlord: [[PERSON|Gerald Ashworth-Pike]]; address for service: [[STREET_ADDRESS|The Old Rectory, Church Lane, Long Compton, Shipston-on-Stour CV36 5JH]].",
    "[[PERSON|Ana Luísa Carvalho]], NIF [[ID_NUMBER|238174603]], morada [[STREET_ADDRESS|Rua de Santa Catarina 612, 4000-446 Porto]], telemóvel [[PHONE_NUMBER|+351 912 604 381]].",
    "Payment from [[PERSON|Emre Koç]] received into [[IBAN_CODE|TR92 0006 7010 0000 0048 2917 35]] on 12 July.",
    "[[PERSON|Siobhán Nic Aoidh]] lives at [[STREET_ADDRESS|Apt 6, 41 Grand Parade, Cork T12 X3V6]].",
    "Employee [[PERSON|Raúl Domínguez]], staff number [[ID_NUMBER|EMP-55028]], NIE [[ID_NUMBER|Y4718293H]].",
    '[2024-09-11 13:02:55] api_key=[[API_KEY|lx_prod_Hq7nT3vKc9mZ2rWb8dYe]] owner="[[PERSON|Saoirse Quinlan]]" action=export_case',
    "Please find attached the repair invoice for [[PERSON|Benedikt Wyss]], [[STREET_ADDRESS|Langstrasse 211, 8005 Zürich]].",
    "[[PERSON|Zhang Wei]] ([[PERSON|张伟]]) holds resident identity card [[ID_NUMBER|320106198804173615]].",
    "Member: [[PERSON|Patience Ofori]] / Member ID [[ID_NUMBER|AA-9931-5520]] / Email [[EMAIL_ADDRESS|patience.ofori@aol.com]]",
    "Our records show [[PERSON|Eleni Karagiannis]] at [[STREET_ADDRESS|Odos Ermou 54, 105 63 Athina]] with mobile [[PHONE_NUMBER|+30 694 718 2036]].",
    "The defendant, [[PERSON|Connor McKinnon]], was served at [[STREET_ADDRESS|27 Thistle Street, Edinburgh EH2 1DY]].",
    "[[PERSON|Aino Virtanen]], HETU [[ID_NUMBER|050702A624H]], requested a copy of the police report.",
    "Hello [[PERSON|Jaroslav]], the Wi-Fi in the meeting room is GuestNet and the key is [[PASSWORD|quietcourt-5518]].",
    "Applicant [[PERSON|Hyun-woo Kang]] provided the resident registration number [[ID_NUMBER|880214-1037588]] and the address [[STREET_ADDRESS|Teheran-ro 152, Gangnam-gu, Seoul 06236]].",
    "Send reminders to [[PERSON|Ophelia Grant]] by text, [[PHONE_NUMBER|+1 416 555 0172]].",
    "[[PERSON|Ayşe Demirtaş]] kimlik [[ID_NUMBER|52809163486]] adres [[STREET_ADDRESS|Bağdat Caddesi No:214 D:7, 34728 Kadıköy/İstanbul]]",
    '{"policyholder": {"name": "[[PERSON|Gareth Pugh]]", "policy": "[[ID_NUMBER|CYM-402195]]", "email": "[[EMAIL_ADDRESS|garethpugh@btopenworld.com]]"}}',
    "[[PERSON|Mathilde Lefèvre]] a déclaré le sinistre ; son numéro de sécurité sociale est [[ID_NUMBER|2 91 03 75 056 214 09]].",
    "Card holder [[PERSON|Viktor Hendricks]] paid the speeding fine with [[CREDIT_CARD|6011 2748 3910 5629]].",
    "[[PERSON|Aleksandra Stojanović]] was the driver of the second car; she can be reached on [[PHONE_NUMBER|+381 64 287 3190]].",
    "Dear [[PERSON|Fionnuala Brady]],\nThank you for your appeal against the fixed charge notice. It has been received and passed to a reviewing officer, who will look at the photographs you sent. We will write to you at [[STREET_ADDRESS|8 Bóthar na Trá, Salthill, Galway H91 T6P2]] within 28 days. Until then, no further charge will be added.\nYours faithfully,\nAppeals Unit",
    "Case contact: [[PERSON|Dwayne Castellanos]], [[EMAIL_ADDRESS|dcastellanos@outlook.com]], [[PHONE_NUMBER|(305) 555-0164]].",
    "[[PERSON|Ruth Abernethy]], medicare [[ID_NUMBER|3817 29468 1]], tfn [[ID_NUMBER|726 491 351]], was treated at the scene.",
    "Lodger [[PERSON|Piotr Zieliński]] moved into [[STREET_ADDRESS|Flat B, 19 Cavendish Street, Cardiff CF24 3NU]] in February.",
    "[[PERSON|Ines Brunner]] paid the fine by transfer from [[IBAN_CODE|AT07 2011 1827 1593 6402]].",
    "login_attempt ip=[[IP_ADDRESS|2001:db8:a0b:12f0::3c]] account=[[ID_NUMBER|hnakamura]] holder=[[PERSON|Haruto Nakamura]] outcome=locked",
    "[[PERSON|Nakamura Yui]] ([[PERSON|中村 結衣]]), My Number [[ID_NUMBER|5173 9264 0811]], lives at [[STREET_ADDRESS|3-7-21 Namba, Chuo-ku, Osaka 542-0076]].",
    "Passenger [[PERSON|Gabriel Okoro]] was taken to hospital; his patient number is [[ID_NUMBER|PAT-204819]].",
    "[[PERSON|Thandiwe Nkosi]] updated her email to [[EMAIL_ADDRESS|thandi.nkosi@icloud.com]] and her phone to [[PHONE_NUMBER|+27 83 490 7125]].",
    "Registered keeper: [[PERSON|Clive Bassett]]\nAddress: [[STREET_ADDRESS|4 Pike Lane, Ludlow SY8 1AB]]\nDriving licence: [[ID_NUMBER|BASSE604115C99KL]]",
    "[[PERSON|Kateřina Dvořáková]], rodné číslo [[ID_NUMBER|855314/3830]], is the injured cyclist.",
    "We refunded [[PERSON|Osvaldo Peralta]] to card [[CREDIT_CARD|3761 502948 37165]] after the duplicate charge.",
    "Neighbour complaint lodged by [[PERSON|Marigold Fairweather]], [[STREET_ADDRESS|2 Willow Court, Harrogate HG1 2BN]], [[PHONE_NUMBER|07700 900489]].",
    "[[PERSON|Sipho Ndlovu]]'s portal password was reset to [[PASSWORD|Tsitsikamma!29]] at his request.",
    "Name: [[PERSON|Alejandra Fuentes]] | CURP on file | Tel: [[PHONE_NUMBER|+52 55 4918 2037]] | Domicilio: [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]]",
    "[[PERSON|Rutendo Chikwanha]] works as a bookkeeper in Harare and rents the ground floor of a house whose owner wants her out before the lease ends. She would like a lawyer to call her back and can be e-mailed at [[EMAIL_ADDRESS|rutendo.c@zol.co.zw]] in the meantime.",
    "[[PERSON|Maël Le Guennec]] a payé l'amende avec la carte [[CREDIT_CARD|4027 1938 5061 4722]].",
    "Insured: [[PERSON|Priscilla Vanterpool]]; policy [[ID_NUMBER|HOME-88314-V]]; phone [[PHONE_NUMBER|(441) 555-0139]].",
    "[[PERSON|Arvid Nyström]]'s SIN is [[ID_NUMBER|419 273 503]] and he lives at [[STREET_ADDRESS|1140 Rue Saint-Denis, Montréal, QC H2X 3J6]].",
    "[[PERSON|Liang Xiuying]], identity number [[ID_NUMBER|510107199308225240]], reported the scooter theft.",
    "Signed: [[PERSON|Bartholomew Quayle]], [[STREET_ADDRESS|Ballaugh Cottage, Main Road, Ballaugh, Isle of Man IM7 5EA]]",
    "[[PERSON|Naledi Mokoena]] gave the alarm code [[PASSWORD|3306]] to the loss adjuster so he could inspect the burgled house.",
    "Our file for [[PERSON|Jonas Petrauskas]] lists his e-mail [[EMAIL_ADDRESS|jonas.petrauskas@inbox.lt]] and phone [[PHONE_NUMBER|+370 612 48 391]].",
    "[[PERSON|Mariana Cárdenas]], CPF [[ID_NUMBER|529.381.067-77]], solicitou cópia do processo.",
    "Access for [[PERSON|Elliot Strand-Mayer]]: VPN user [[ID_NUMBER|estrandmayer]], token secret [[API_KEY|vpx-0a9Fq4Lw7Ze2Rt6Ny1Mc]].",
    "[[PERSON|Dagny Halvorsen]] opened a dispute with the conciliation board about her neighbour's hedge, which has grown to four metres and blocks the evening sun from her balcony. Her address is [[STREET_ADDRESS|Thereses gate 17B, 0168 Oslo]] and she prefers letters to phone calls.",
    "Transfer the mediation fee to [[PERSON|Guillaume Peeters]], [[IBAN_CODE|BE77 0634 8172 9514]].",
    "[[PERSON|Chukwuemeka Obi]] — employee [[ID_NUMBER|NG-7720]] — [[EMAIL_ADDRESS|emeka.obi@zenithmail.ng]]",
    "The appellant [[PERSON|Tamsin Rowe]] was born on 19 March 1992 and lives at [[STREET_ADDRESS|Flat 2, 17 Marlowe Road, Leeds LS6 3DQ]]. She works nights as a care assistant, has no previous convictions and says she was not driving the car when the camera photographed it on the ring road.",
    "[[PERSON|Laila Haidari]] can be called on [[PHONE_NUMBER|0491 570 693]] after 5pm.",
    "Record 7: [[PERSON|Ignacio Salvatierra]], RUT [[ID_NUMBER|9.317.048-2]], [[PHONE_NUMBER|+56 9 8421 3067]]",
    "[[PERSON|Kalani Akana]] uses the username [[ID_NUMBER|kalani_akana]] and the e-mail [[EMAIL_ADDRESS|kalani.akana@hawaiiantel.net]].",
    "[[PERSON|Siddharth Menon]], NRIC [[ID_NUMBER|T0284715E]], saw the lorry hit the taxi from the overhead bridge.",
    "Defendant: [[PERSON|Mihai Dumitrescu]], CNP [[ID_NUMBER|1780622403178]], domiciliat în [[STREET_ADDRESS|Str. Avram Iancu 15, ap. 4, 400083 Cluj-Napoca]].",
    "[[PERSON|Kaspar Tamm]], isikukood [[ID_NUMBER|38804172710]], Tallinn.",
    "Please ring [[PERSON|Bola Adekunle]] on [[PHONE_NUMBER|+234 802 661 0483]] about the witness summons.",
    "[[PERSON|Magnus Þórsson]] paid the parking fine from [[IBAN_CODE|DK14 5295 0001 8472 63]].",
    '{"user": "[[ID_NUMBER|agnes.wu]]", "display_name": "[[PERSON|Agnes Wu]]", "wifi_psk": "[[PASSWORD|lanternfish-2209]]"}',
    "Statement taken from [[PERSON|Rahel Tesfaye]], [[STREET_ADDRESS|Bole Sub-City, Woreda 03, House No. 412, Addis Ababa]], phone [[PHONE_NUMBER|+251 911 473 208]].",
]

# 25 MT-Bench/Vicuna-style prompts with no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive 300-word op-ed arguing that small claims courts should offer evening hearings for people who cannot take time off work.",
    "Imagine you are Atticus Finch preparing his closing argument. In his voice, explain to a jury why reasonable doubt matters more than public opinion.",
    "Explain the difference between civil and criminal law to a twelve-year-old, using a stolen bicycle as the example.",
    "Write a Python function that takes a list of speeding offences as (date, points) tuples and returns whether a driver reaches 12 points within any rolling three-year window.",
    "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost? Explain why the intuitive answer is wrong.",
    "Role-play as Sherlock Holmes examining a dented car bumper at the scene of a minor collision. Describe what you deduce about the other vehicle.",
    "Compare the legal codes of Hammurabi and the Napoleonic Code in a short table: purpose, scope, punishments and legacy.",
    "Draft a neutral template letter that any tenant could use to ask a landlord for a repair, with placeholders in square brackets instead of names and addresses.",
    "Summarise the main arguments for and against speed cameras in five bullet points each.",
    "Write a short story in under 250 words about a judge who must decide a dispute between two neighbours over an apple tree, ending with an unexpected compromise.",
    "What are the main principles of tort law, and how does the concept of a duty of care differ between English and American courts?",
    "Abraham Lincoln worked as a lawyer before becoming president. Describe three kinds of cases he typically handled and what they tell us about frontier life.",
    "Write a SQL query that returns, for each month of 2023, the number of traffic fines issued and the average fine amount, from a table fines(issued_on DATE, amount NUMERIC).",
    "If a car travels at 50 km/h and brakes with a constant deceleration of 6 m/s², what is its stopping distance ignoring reaction time? Show your working.",
    "Pretend you are Hercule Poirot. Explain, in character, why the little grey cells are more useful than fingerprints when a witness statement contradicts itself.",
    "Give me ten creative names for a podcast about strange laws from around the world, each with a one-line tagline.",
    "Explain how an insurance company might use the law of large numbers to set premiums for car insurance.",
    "Rewrite the following sentence in plain English: 'The lessee shall indemnify the lessor against all losses arising from the lessee's breach of covenant.'",
    "Write a haiku sequence of three poems about a traffic jam on a rainy Monday morning.",
    "What is the prisoner's dilemma? Give an example from a courtroom plea bargain and explain the Nash equilibrium.",
    "Debug this JavaScript: function total(fines) { let sum; for (const f of fines) sum += f.amount; return sum; } It returns NaN.",
    "In the role of Portia from The Merchant of Venice, deliver a modern speech on why mercy should temper justice in sentencing young offenders.",
    "Describe the physics of a rear-end collision using conservation of momentum. A 1,200 kg car at 15 m/s hits a stationary 1,500 kg car and they move together. What is their speed?",
    "Outline a lesson plan for teaching high-school students how a bill becomes law, with one group activity and a short quiz.",
    "Ada Lovelace is often called the first programmer. Write a dialogue between her and Charles Babbage about whether machines could one day help judges.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Marco got three parking tickets in March at $45 each and two in April at $60 each. He paid half the total in May. How much does he still owe?",
    "A court schedules 18 hearings each day. If each hearing lasts 25 minutes and the court opens at 9:00, how many hours of hearings are there in a five-day week?",
    "Priya's car insurance costs $1,140 a year. After a no-claims discount of 15%, how much does she pay each month?",
    "Tobias and his neighbour agree to split the cost of a new fence 60/40. The fence costs $2,250. How much more does Tobias pay than his neighbour?",
    "A speeding fine is $100 plus $10 for every mile per hour over the limit. Lena was caught at 47 in a 30 zone. What is her fine?",
    "Sam's lawyer charges $180 per hour. He spent 3.5 hours on Monday, 2 hours on Tuesday and 45 minutes on Wednesday. What is the bill?",
    "An insurance payout of $8,400 is shared between three drivers in the ratio 3:2:2. How much does the driver with the largest share receive?",
    "A police station receives 42 reports on Monday, twice as many on Tuesday, and 15 fewer than Tuesday on Wednesday. How many reports in total?",
    "Ava pays off a $960 court fine at $40 a week. After 9 weeks, what fraction of the fine has she paid?",
    "A toll road charges $3.20 per trip. Jamal drives it twice a day, five days a week. How much does he spend in four weeks?",
    "Nina's repair quote was $2,600. The other driver's insurer agreed to pay 85% of it. How much does Nina pay herself?",
    "A tree from Oscar's garden dropped 120 apples over the fence. His neighbour kept a third and returned the rest in bags of 8. How many bags?",
    "Felix bought a used car for $9,500. It lost 12% of its value after an accident. What is it worth now?",
    "A mediation session costs $90 per party per hour. Two neighbours attend a 2.5-hour session. What is the total cost?",
    "Rosa walks 1.2 km to the courthouse and back each day for a 4-day trial. How many kilometres does she walk?",
    "A city issued 3,600 parking fines last year. 35% were appealed and 40% of appeals succeeded. How many fines were cancelled?",
    "Ben's dashcam records 2 GB per hour of driving. His memory card holds 64 GB. How many full hours fit, keeping 10 GB free?",
    "Hana's neighbours play music for 3 hours on weeknights and 5 hours on weekend nights. How many hours of music per week?",
    "A law firm has 14 partners and three times as many associates. If 6 associates leave, how many lawyers remain?",
    "Leo's car was in the body shop for 11 days. The courtesy car costs $32 a day but the first 5 days are free. How much does he pay?",
    "Mia saved $25 a week for 16 weeks to pay a $350 fine. How much money is left over?",
    "A jury of 12 has 5 more women than men. How many men are on the jury?",
    "An interest rate of 8% a year applies to an unpaid judgment of $5,000. How much interest accrues in 9 months?",
    "Kofi drove 180 km at 90 km/h and then 60 km at 40 km/h. What was his average speed for the whole journey?",
    "Two witnesses gave statements: the first was 1,250 words and the second 40% shorter. How many words in both together?",
]

# 25 MMLU-style multiple-choice items with options A to D.
CLEAN_MMLU = [
    "Which of the following is required for a valid contract under common law? A. A written document B. Offer, acceptance and consideration C. A notary's seal D. Registration with a court",
    "In criminal law, 'mens rea' refers to: A. The guilty act B. The guilty mind C. The burden of proof D. The sentence imposed",
    "What is the SI unit of momentum? A. kg·m/s B. N/m C. J/s D. kg·m²",
    "Which amendment to the United States Constitution protects against unreasonable searches and seizures? A. First B. Fourth C. Fifth D. Eighth",
    "A tort of negligence requires duty, breach, causation and: A. Intent B. Damage C. A contract D. A witness",
    "Which organ produces insulin? A. Liver B. Kidney C. Pancreas D. Spleen",
    "The doctrine of 'stare decisis' means that courts should: A. Follow precedent B. Ignore legislation C. Decide only on facts D. Defer to juries",
    "Which of these is a prime number? A. 51 B. 57 C. 59 D. 63",
    "In economics, a good whose demand rises when income falls is called: A. A normal good B. An inferior good C. A luxury good D. A public good",
    "Which court is the highest in the United Kingdom for civil cases? A. Court of Appeal B. High Court C. Supreme Court D. Crown Court",
    "What is the derivative of sin(x)? A. cos(x) B. -cos(x) C. -sin(x) D. tan(x)",
    "Hearsay evidence is best described as: A. Evidence given by an expert B. An out-of-court statement offered for its truth C. Physical evidence D. Evidence obtained illegally",
    "Which philosopher wrote 'Leviathan'? A. John Locke B. Thomas Hobbes C. Jean-Jacques Rousseau D. David Hume",
    "A car accelerates from rest at 3 m/s² for 4 seconds. How far does it travel? A. 12 m B. 18 m C. 24 m D. 48 m",
    "Strict liability offences are those for which: A. Intent must be proven B. No mental element need be proven for at least one element C. Only fines apply D. Only juries decide",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Nitrogen D. Argon",
    "The 'reasonable person' standard is used mainly in: A. Contract formation B. Negligence C. Property registration D. Tax law",
    "In the Magna Carta of 1215, which right is most often cited today? A. Right to bear arms B. Due process of law C. Freedom of religion D. Universal suffrage",
    "What is 15% of 240? A. 24 B. 32 C. 36 D. 40",
    "An easement gives its holder: A. Ownership of land B. A right to use another's land for a purpose C. A right to sell land D. A tax exemption",
    "Which part of the brain coordinates balance? A. Cerebrum B. Cerebellum C. Medulla D. Hypothalamus",
    "A contract entered into by a minor is usually: A. Void B. Voidable by the minor C. Fully binding D. Illegal",
    "Which of the following best describes subrogation in insurance? A. Cancelling a policy B. The insurer taking over the insured's rights against a third party C. Splitting a claim D. Reducing a premium",
    "Who wrote 'The Spirit of the Laws'? A. Montesquieu B. Voltaire C. Beccaria D. Bentham",
    "If a function f(x) = 2x + 3, what is f(5)? A. 10 B. 11 C. 13 D. 16",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I was in a minor car accident two days ago and now my neck is stiff and painful when I turn my head. Is this whiplash and when should I see a doctor?",
    "Since a fall on the ice last week I get a headache every afternoon. Could it be a concussion even though I didn't lose consciousness?",
    "What are the signs that a bruise on the shin needs medical attention rather than just rest and ice?",
    "I can't sleep before my court hearing next week and my heart races at night. Are there safe ways to manage anxiety without medication?",
    "My seatbelt left a long bruise across my chest after a crash. Is that normal, and what symptoms would mean internal injury?",
    "How long does a sprained wrist usually take to heal, and when can I start using it to lift things again?",
    "Is it safe to take ibuprofen and paracetamol together for back pain after an accident?",
    "I've had ringing in my ears since an airbag went off. Will it go away on its own?",
    "What exercises help lower back pain from sitting in a car for long journeys?",
    "Since the burglary I jump at every noise and keep checking the locks. Could this be post-traumatic stress, and where can I get help?",
    "My knee swelled up after I banged it on the dashboard. Should I use heat or cold, and for how long?",
    "What is the difference between a fracture and a sprain, and how can I tell without an X-ray?",
    "I get dizzy when I stand up quickly since I started new blood pressure tablets. Is that a side effect?",
    "How much water should an adult drink in hot weather, and does tea count?",
    "Are there foods that help bones heal faster after a broken ankle?",
    "My child bumped his head in a playground fall and vomited once. When should we go to the emergency department?",
    "I have a cut from broken glass that is red and warm around the edges two days later. Could it be infected?",
    "Is it normal to feel emotionally numb after witnessing a serious road accident?",
    "What does a physiotherapist usually do in the first session after a shoulder injury?",
    "Can stress from a long legal dispute cause stomach problems like acid reflux?",
    "How often should an adult have a routine eye test, especially if they drive at night?",
    "I have pins and needles in my fingers since a car accident. Could a nerve be trapped in my neck?",
    "What is the safest way to remove a splinter that is deep under the skin?",
    "After a minor burn from a car radiator, should I put butter on it or just cool water?",
    "Does drinking coffee before a long drive actually improve concentration, and how long does the effect last?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "482 619 0379": nhs_ok,  # NHS number
    "731 054 8264": nhs_ok,
    "362819749": bsn_ok,  # Dutch BSN
    "194573023": bsn_ok,
    "86072314588": pesel_ok,  # Polish PESEL
    "92110543726": pesel_ok,
    "318.702.645-17": cpf_ok,  # Brazilian CPF
    "529.381.067-77": cpf_ok,
    "52837164T": dni_ok,  # Spanish DNI
    "Y4718293H": dni_ok,  # Spanish NIE
    "RSSMRC84L22F839M": codice_fiscale_ok,  # Italian codice fiscale
    "BNCLCU91D47A944I": codice_fiscale_ok,
    "1 87 05 69 123 456 40": nir_ok,  # French NIR
    "2 91 03 75 056 214 09": nir_ok,
    "82.04.17-251.19": belgian_id_ok,  # Belgian national number
    "14038549724": fodselsnummer_ok,  # Norwegian fødselsnummer
    "23079136247": fodselsnummer_ok,
    "238174603": nif_ok,  # Portuguese NIF
    "1780622403178": cnp_ok,  # Romanian CNP
    "2861115401286": cnp_ok,
    "14.682.395-5": rut_ok,  # Chilean RUT
    "9.317.048-2": rut_ok,
    "47 182 930 563": steuer_id_ok,  # German tax id
    "5829174B": pps_ok,  # Irish PPS number
    "3071846UA": pps_ok,
    "120489-3175": hetu_ok,  # Finnish henkilötunnus
    "050702A624H": hetu_ok,
    "3827 4619 0510": aadhaar_ok,  # Indian Aadhaar
    "6192 0473 8520": aadhaar_ok,
    "S9136427A": nric_ok,  # Singapore NRIC
    "T0284715E": nric_ok,
    "880214-1037588": rrn_ok,  # Korean resident registration number
    "930527-2184613": rrn_ok,
    "36281547040": kimlik_ok,  # Turkish kimlik
    "52809163486": kimlik_ok,
    "514 938 277": tfn_ok,  # Australian tax file number
    "726 491 351": tfn_ok,
    "3817 29468 1": medicare_ok,  # Australian Medicare number
    "638 204 156": luhn_len(9),  # Canadian SIN
    "419 273 503": luhn_len(9),
    "870613-4288": luhn_len(10),  # Swedish personnummer
    "910228-7316": luhn_len(10),
    "8609155123086": luhn_len(13),  # South African id
    "9203110284081": luhn_len(13),
    "320106198804173615": china_id_ok,  # Chinese resident identity number
    "510107199308225240": china_id_ok,
    "5173 9264 0811": my_number_ok,  # Japanese My Number
    "38804172710": isikukood_ok,  # Estonian isikukood
    "855314/3830": rodne_cislo_ok,  # Czech rodné číslo
    "3174529081": rnokpp_ok,  # Ukrainian RNOKPP
    "2940183760": rnokpp_ok,
    "ZKT4180": nhi_ok,  # New Zealand NHI
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 ?\d{3}",  # Germany, fiction range
        r"\+49 30 23125\d{3}",
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile
        r"6\d{2} \d{3} \d{3}",  # Spain mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|47|48|52|55|56|57|64|65|84|234|251|351|370|381|385|886|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every record names one person and holds a value besides the name; the chat requests
    mostly name people and carry secrets, and both sections use every kind of value."""
    for marked in RECORDS:
        kinds = [s["type"] for s in marked_spans(marked)]
        if "PERSON" not in kinds or all(k == "PERSON" for k in kinds):
            raise SystemExit(f"records: no person or no value in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 8:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for name, texts, least in (("chat", CHAT, 10), ("records", RECORDS, 9)):
        kinds = {s["type"] for t in texts for s in marked_spans(t)}
        if len(kinds) < least:
            raise SystemExit(f"{name}: only {sorted(kinds)}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT).lower()
    for word in ("insur", "court", "police", "neighbour", "fine", "translate", "summar"):
        if word not in plain:
            raise SystemExit(f"chat: nothing about {word!r}")


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
        "blind105", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
