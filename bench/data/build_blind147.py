# ruff: noqa: E501
"""Blind set 147: libraries, museums and archives, a held-out mix of chat requests and
one-person records in the manner of public privacy benchmarks.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1 to 8
and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code (constants,
check functions, ``main``) of ``build_blind36.py``, never the detector, its rules, docs,
tests or the other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]``
marks (no faker, no template filling, no generated combinations); only the check digits of
the national ids, cards and IBANs were worked out with the validators in ``ids.py`` and
``marks.py``. The theme is libraries, museums and archives: library members and overdue
notices, museum volunteers and docents, school visits, reading room researchers, donations
and loans of objects, friends' associations, staff rotas, the gift shop and event bookings.

* ``CHAT``: 120 chat requests (3 to 100 words) to a general assistant behind a company
  gateway: drafting messages, letters and replies, summarising pasted notes, minutes, call
  logs and voicemails, translating, fixing wording, splitting costs, asking whether
  something is a scam, planning. The first 30 are typed all in lower case (names, e-mails,
  codes, IBANs and postcodes too, with shorthand and typos); the next 6 are in Portuguese,
  German, Russian, Greek, Japanese and Arabic; the other 84 in ordinary English. Names of
  many origins: first names alone, surnames after titles, full names, nicknames, names that
  are ordinary words (Hope, Sunny, Grace, Bill, Rose, Precious, Patience), many named in
  passing with no cue word. 1 to 8 values each; 22 hold a secret (door, gate, alarm, safe
  and locker codes, PINs, wifi keys, passwords); every entity type appears.
* ``RECORDS``: 100 one-person records (4 to 60 words): prose sentences, profile lines,
  pipe and CSV rows, JSON objects, log lines, register entries and short letters in
  English, Chinese, Portuguese, Swedish, Dutch, Korean, Turkish, Polish, Italian, Finnish,
  Japanese, Spanish, French, Norwegian, Romanian, Estonian, Icelandic, Czech, Ukrainian,
  German, Greek, Hungarian and Russian; each names exactly one person and holds 1 to 4
  other values; 41 carry a national id (38 with valid check digits of 32 kinds, 3 US SSNs).
* 100 clean texts with no personal data: ``CLEAN_PROMPTS`` 25 MT-Bench/Vicuna-style
  prompts (some naming historical or fictional people), ``CLEAN_GSM8K`` 25 GSM8K-style word
  problems with fictional first names, ``CLEAN_MMLU`` 25 MMLU-style items with options A to
  D, ``CLEAN_HEALTH`` 25 health questions naming no one; mostly on the theme.

Labels follow the README: usernames and logins, library card, reader's ticket, member,
account, badge, volunteer and employee numbers, passports, licences and national ids are
ID_NUMBER; PINs, door, gate, alarm, safe and locker codes, wifi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Professor, Herr,
Frau, Madame, my aunt, my dad) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed (one line or several); public
figures, fictional characters, pets, companies, schools, museums, object accession, loan,
order, invoice, ticket and booking references, amounts and dates of birth are not labelled;
every occurrence of a private value is marked (a name said again is marked again).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (Chinese resident id,
Brazilian CPF, Indian Aadhaar, Singapore NRIC and FIN, Swedish personnummer, Dutch BSN,
Korean resident registration number, Australian TFN and Medicare, Canadian SIN, Turkish
kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus, South
African id, Japanese My Number, Spanish DNI and NIE, Irish PPS, French NIR, Belgian national
number, Norwegian fødselsnummer, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic
kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Greek AMKA,
Israeli teudat zehut).

Run ``.venv/bin/python bench/data/build_blind147.py`` from the repository root; the output
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
    kennitala_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhi_ok,
    nhs_ok,
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
from marks import TYPES, build_sections, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Sir|Dame|Herr|Frau|Madame|Mme|Sra|Sr|Aunt"
    r"|Auntie|Uncle|Nurse|Sister|Cllr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u write a short overdue reminder to [[PERSON|dev malhotra]], member no [[ID_NUMBER|lb448213]], 3 books about 2 weeks late, nothing harsh pls. email is [[EMAIL_ADDRESS|dev.malhotra88@mailbox.org]]",
    "pls summarise this voicemail for the rota group: hiya its [[PERSON|sunny]] from friends of the museum, the volunteers yard gate code is now [[PASSWORD|4471]] from monday, any probs ring me on [[PHONE_NUMBER|07700 900418]] ta",
    "is this a scam?? text says my library card [[ID_NUMBER|29381 004417]] is expiring and i need to pay £1.50 on a link to keep it. im [[PERSON|grace okafor]], i never gave the libary this mobile",
    "split the gift shop float fairly: [[PERSON|tomasz]] put in £40, [[PERSON|bill]] £25, [[PERSON|nkechi]] £35. we spent £87.60 on bookmarks n postcards and kept the rest as change. who owes who",
    "draft a friendly msg to ms [[PERSON|ferreira]] confirming year 4 on thurs 12th, 28 kids + 4 adults, arriving 9.45 at the side entrance. her mob is [[PHONE_NUMBER|07700 900562]] so i can just text it",
    "reading room note, tidy it up pls: researcher [[PERSON|h. lindqvist]] reader ticket [[ID_NUMBER|rr-20931]] requested boxes 14-17 of the estate papers, wants scans emailed to [[EMAIL_ADDRESS|hlindqvist@uu-mail.se]]",
    "my aunt [[PERSON|rose]] wants to donate my grandads war medals to the regimental museum. can u draft a letter to the curator for her? her address is [[STREET_ADDRESS|7 hollin lane, sheffield s6 4rn]]",
    "the wifi for the archive volunteers is [[PASSWORD|pressmark2024!]] (network is staff-annex), can u write a 3 line welcome note for our new volunteer [[PERSON|olu]] with it in",
    "translate to spanish for a lender pls: dear mrs [[PERSON|núñez]], your embroidered shawl is ready for collection on 3 may, please bring photo id. any questions call [[PERSON|pete]] on [[PHONE_NUMBER|01632 960731]]",
    "hey can you fix my wording: 'hi [[PERSON|marguerite]], sorry the docent training clashes, can i swap with [[PERSON|kwame]] on the 19th? my new number is [[PHONE_NUMBER|07700 900237]]'",
    "summarise: call w/ [[PERSON|jo-ann whitlock]] re her late husbands letters, she wants them on loan not donated, 10 yr term, insurance value tbc, lives at [[STREET_ADDRESS|22 quarry rd, bathurst nsw 2795]], ph [[PHONE_NUMBER|0491 570 318]]",
    "my login for the museum collections db is [[ID_NUMBER|kfarouk]] pw [[PASSWORD|tr1ceratops#9]]. im off next week, draft a handover note to [[PERSON|lena]] so she can cover the cataloguing",
    "overdue letter pls, third notice: mr [[PERSON|j. abernethy]], [[STREET_ADDRESS|flat 3, 41 dundas st, edinburgh eh3 6qq]], card [[ID_NUMBER|ed-0077125]], owes £14.20 in fines, account suspended til paid",
    "whats a polite way to tell [[PERSON|hope]] she cant bring her dog into the reading room even tho its tiny and very quiet",
    "help me plan the friends assoc agm: chair [[PERSON|barbara kimani]], treasurer [[PERSON|raj]], secretary [[PERSON|fiona mcbride]]. need agenda for 90 mins and a reminder email going out from [[EMAIL_ADDRESS|fiona.mcbride@btinternet.com]]",
    "card got declined at the gift shop till, customer read out [[CREDIT_CARD|4539 7182 0364 9156]] and i wrote it on a post it. what do i do with the post it now",
    "rota swap sat: [[PERSON|ines]] 10-1 front desk, [[PERSON|marcus]] 1-5, [[PERSON|yusuf]] cloakroom all day. alarm set code is [[PASSWORD|270419]] for whoever is last out. make it a whatsapp msg",
    "draft an email to [[EMAIL_ADDRESS|p.oyelaran@uniben-mail.ng]] telling dr [[PERSON|oyelaran]] her reading room booking for 6-8 june is confirmed and the manuscripts will be waiting on the trolley",
    "my kids school trip form wants my card for the £6 museum fee: [[CREDIT_CARD|5287 3390 1642 7184]] exp 09/27, name [[PERSON|karen o'hagan]]. is it safe to send that by email to the school office",
    "fix grammar: 'me and [[PERSON|dom]] has been volunteering at the steam museum since 2019 and we would like to apply for the docent role, contact me at [[EMAIL_ADDRESS|sal.brennan@outlook.ie]]'",
    "can u turn this into minutes: present [[PERSON|ade]], [[PERSON|mirela]], [[PERSON|chris p]], [[PERSON|wen]]. agreed new opening hrs, [[PERSON|mirela]] to order till rolls, [[PERSON|ade]] chasing the alarm company. next mtg 4th",
    "translate into french pls: 'your reader pass no [[ID_NUMBER|bnf-r-557120]] is ready, collect at the desk with id' its for [[PERSON|amélie rousseau]]",
    "help, someone emailed our volunteer list pretending to be [[PERSON|derek]] asking for the donations box money via bank transfer to [[IBAN_CODE|gb41loyd30962417385026]]. how do i warn everyone",
    "plan a 2 hr visit for a home-ed group, 12 kids aged 6-10, parent lead is [[PERSON|priya]] ([[PHONE_NUMBER|07700 900883]]). we have the victorian classroom and the mummy gallery",
    "the library self service kiosk log shows [[ID_NUMBER|jpatterson2]] logging in from [[IP_ADDRESS|203.0.113.47]] at 3am, is that worth flagging to it",
    "reply to [[PERSON|sam]] for me: yes we can take the 1950s sewing machine as a donation but not the cabinet, drop off tues or weds. his address for the reciept is [[STREET_ADDRESS|88 elm grove, leeds ls6 2aq]]",
    "write a short thank you to our longest serving docent [[PERSON|eunice adebayo-clarke]] who retires friday after 31 yrs, from all staff",
    "need a new api key for the collections api on the kiosk, the old one [[API_KEY|ck_live_7f3a91d2e8b04c6a9f12]] leaked in a screenshot. whats the safest way to rotate it",
    "summarise: 'hi, [[PERSON|lucy]] here, lost my library card again, new one is [[ID_NUMBER|44019287]], old pin was [[PASSWORD|8812]], can the pin stay the same? also my bf [[PERSON|ash]] wants to join'",
    "my ssn is [[US_SSN|412-73-5590]] and the archives genealogy service form asks for it to search the census for my gran [[PERSON|dorothy pell]], is that normal??",
    # other languages
    "Pode revisar esta mensagem? 'Olá [[PERSON|Joana Siqueira]], seu empréstimo do livro raro vence amanhã. A senha do portal do leitor foi redefinida para [[PASSWORD|Biblio#7731]]. Dúvidas: [[PHONE_NUMBER|+55 11 98342-6617]]'",
    "Bitte formuliere das höflicher: „Herr [[PERSON|Brandtner]], Ihre Leihgabe (Zinnkrug) muss bis Freitag an der [[STREET_ADDRESS|Lindenstraße 14, 80331 München]] abgeholt werden, sonst berechnen wir Lagergebühren.“",
    "Переведи на английский: «Уважаемая [[PERSON|Ольга Петровна]], ваш читательский билет № [[ID_NUMBER|РГБ-0418827]] заблокирован из-за просрочки. Позвоните нам по номеру [[PHONE_NUMBER|+7 495 318-44-27]]»",
    "Μπορείς να γράψεις μια σύντομη απάντηση στην [[PERSON|Ελένη Παπαδάκη]]; Θέλει να γίνει εθελόντρια ξεναγός στο μουσείο. Το email της είναι [[EMAIL_ADDRESS|eleni.papadaki@otenet.gr]] και το κινητό [[PHONE_NUMBER|+30 694 418 2273]].",
    "次のメールを英語に訳してください。「[[PERSON|山本 恵子]] 様　図書館カード番号 [[ID_NUMBER|TK-20931145]] の資料が延滞しています。[[PHONE_NUMBER|090-4821-7736]] までご連絡ください。」",
    "من فضلك ترجم هذه الرسالة إلى الإنجليزية: عزيزي [[PERSON|سامي الحداد]]، نشكرك على تبرعك بمجموعة المخطوطات للأرشيف. سنرسل إيصال التبرع إلى [[STREET_ADDRESS|شارع الرشيد 24، عمّان 11118]]. للتواصل: [[EMAIL_ADDRESS|sami.haddad@jo-mail.net]]",
    # English
    "Can you draft an overdue notice for Mr [[PERSON|Kofi Mensah-Bonsu]]? Member number [[ID_NUMBER|M-0381729]], two DVDs and a travel guide, 19 days late. Keep it warm, he's been a member for decades.",
    "Please summarise this voicemail: 'Hello, it's [[PERSON|Bernadette Quigley]] calling about the Friends' coach trip to Bath. I need to change my seat to sit with my husband [[PERSON|Aidan]], he uses a stick. Call me back on [[PHONE_NUMBER|020 7946 0518]]. Thanks ever so much.'",
    "Is this a scam? An email claiming to be from the county library says my account [[ID_NUMBER|CLS-5529104]] will be closed unless I confirm my password at a link. My password there is [[PASSWORD|Marigold!1958]] and I think I already typed it in.",
    "Write a two-line text to [[PERSON|Hope]] reminding her that her docent shift starts at 10 on Sunday and the staff entrance code is [[PASSWORD|3916]].",
    "We split the school visit coach three ways. [[PERSON|Gwen Harper]] paid £320 up front, [[PERSON|Marek Zieliński]] paid £180 and [[PERSON|Sunita]] nothing yet. Total was £540. What does each owe or get back?",
    "Translate into Italian for our lender: 'Dear [[PERSON|Lorenzo Ferrante]], the painting will be collected from [[STREET_ADDRESS|Via dei Serragli 41, 50124 Firenze]] on 14 October by our courier. Please have the condition report ready.'",
    "Help me reply to this: 'Hi, I'm a PhD student and need access to the Thornbury estate papers. My reader's ticket is [[ID_NUMBER|RT/2291/084]]. Could I book the reading room for the week of 9 March? Best, [[PERSON|Aoife Ní Bhriain]]'",
    "Our volunteer [[PERSON|Grace]] keeps forgetting the alarm code. Can you write a memory aid for her that doesn't give the code away? The code is [[PASSWORD|5-2-8-0-1]].",
    "Summarise these minutes for the newsletter: Present: [[PERSON|Howard Lim]] (chair), [[PERSON|Deepa Raman]], [[PERSON|Tobias Eklund]], [[PERSON|Ruth]]. Gift shop takings up 12%. [[PERSON|Deepa]] to price the new tote bags. [[PERSON|Tobias]] reported the café fridge is failing. AOB: [[PERSON|Ruth]] stepping down as volunteer coordinator in June.",
    "Can you check this IBAN before I send the refund for the cancelled wedding booking in the long gallery? Payee [[PERSON|Chiara Benedetti]], [[IBAN_CODE|IT36 X030 6909 6061 0000 0417 382]].",
    "Draft a thank-you letter to [[PERSON|Walter Ng]] for donating his father's collection of tram tickets. Address:\n[[STREET_ADDRESS|Flat 12, 3 Tai Hang Road\nCauseway Bay\nHong Kong]]",
    "Please improve this: 'Friends members, please send your renewal cheques to our treasurer [[PERSON|Bill Ashworth]] at his new address, [[STREET_ADDRESS|9 Rectory Close, Market Harborough LE16 7QB]], not to the museum.'",
    "Someone phoned claiming to be from the bank and asked our gift shop manager [[PERSON|Natalia Ortiz]] to read out the shop card [[CREDIT_CARD|5412 6607 2395 1846]] to 'verify' it. She did. What should we do now?",
    "Plan a staff rota for the reading room, Monday to Saturday, two people per shift, using [[PERSON|Imogen]], [[PERSON|Farid]], [[PERSON|Beatriz]], [[PERSON|Kenji]] and [[PERSON|Lwazi]]. [[PERSON|Kenji]] can't do Saturdays.",
    "Turn this call log into an email to the registrar: 14:05 Mrs [[PERSON|Okoro]] rang re loan of her mother's adire cloths, wants them back by end of month. 14:20 called back on [[PHONE_NUMBER|+234 803 417 2256]], agreed collection on the 28th. Her e-mail is [[EMAIL_ADDRESS|ngozi.okoro@yahoo.co.uk]].",
    "Write a short message to our new volunteer [[PERSON|Sunny Takahashi]] with her login for the volunteer portal: username [[ID_NUMBER|stakahashi]], temporary password [[PASSWORD|Lantern-42-Moss]]. Ask her to change it on first use.",
    "Can you translate this into Polish? 'Dear Mr [[PERSON|Wójcik]], thank you for lending the family's wartime letters. Your reference copy has been posted to [[STREET_ADDRESS|ul. Długa 17/4, 80-831 Gdańsk]].'",
    "How should I split the Friends' trip costs? Coach £450, entry £14 each, 18 people. [[PERSON|Maureen]] and [[PERSON|Clive Dunmore]] have already paid for themselves and for [[PERSON|Ivy]].",
    "Check my reply to a researcher: 'Dear Dr [[PERSON|Kapoor]], the microfilm reader is booked for you on Tuesday. Your account for the digital catalogue is [[ID_NUMBER|akapoor_res]] and the initial password is [[PASSWORD|Vellum*Quill88]].'",
    "The museum Wi-Fi for tonight's event is 'Gallery-Guest' with key [[PASSWORD|Amphora2025wine]]. Write a table sign for guests and a note to the caterer, [[PERSON|Luis Cabrera]], with the same details.",
    "Summarise this e-mail thread: [[PERSON|Pieter]] says the loan agreement for the Delft tiles is signed; [[PERSON|Anneke van Dijk]] wants the insurance certificate first; [[PERSON|Pieter]] will send it from [[EMAIL_ADDRESS|pieter.devries@kpnmail.nl]] by Friday.",
    "Is this legit? Text from 'Library Fines Team': 'Dear [[PERSON|Colin]], fines of £3.40 outstanding on card [[ID_NUMBER|2100 0483 7712]]. Pay now to avoid court action.' [[PERSON|Colin]] is my dad and he's 84.",
    "Write a rota message: this week's gift shop cover is [[PERSON|Abena]] Tue/Thu, [[PERSON|Rosa Lind]] Wed, [[PERSON|Jay]] Fri/Sat. Till login for everyone is [[ID_NUMBER|shop03]] and the safe code is [[PASSWORD|7729]].",
    "Draft a polite refusal: Mr [[PERSON|Henshaw]] offered us 40 boxes of National Geographic magazines. We don't take magazines. His e-mail is [[EMAIL_ADDRESS|d.henshaw1947@gmail.com]].",
    "Our American donor [[PERSON|Ellen Marsh]] wants a tax receipt. She sent her SSN [[US_SSN|538-21-4076]] without being asked. Do we need it, and how should I reply?",
    "Convert these notes into a formal incident report: Thursday, visitor [[PERSON|Martín Cordero]] tripped on the stairs by the Egyptian gallery, first aid given by [[PERSON|Nadia]]. Visitor phone [[PHONE_NUMBER|+34 612 438 905]]. No ambulance needed.",
    "Can you write a reference for [[PERSON|Declan Foyle]]? He volunteered in our archive for two years, catalogued the parish registers and trained three new volunteers.",
    "My friend [[PERSON|Precious]] asked me to look after her library account while she's away. Her card is [[ID_NUMBER|B7741920]] and PIN [[PASSWORD|0614]]. Is it OK to renew her books for her?",
    "Help me write the school booking confirmation: Mr [[PERSON|Adeyemi]], Year 6, Brookfield Primary, 2 classes, 17 May, Tudor workshop. Invoice to the school office. His direct line is [[PHONE_NUMBER|01632 960447]].",
    "Plan the volunteer thank-you lunch: 24 people, budget £300, two vegans, and [[PERSON|Stanisław]] is coeliac. [[PERSON|Rose]] will book the room.",
    "Rewrite this more kindly: 'Mrs [[PERSON|Garbutt]], you have had Wolf Hall out since February. Return it or we will charge you for it.'",
    "Please summarise: the IT contractor said the collections server at [[IP_ADDRESS|198.51.100.23]] was accessed with [[PERSON|Tariq Haddad]]'s account [[ID_NUMBER|thaddad]] while he was on leave.",
    "Write a WhatsApp to the docents group: tomorrow's tour leader is [[PERSON|Vusi]], meet at the lion statue, and [[PERSON|Patience Moyo]] will do the isiZulu tour at 2.",
    "Can you translate into German for the lender: 'Dear Ms [[PERSON|Hartmann]], the insured value of the clock is €18,000. We have [[IBAN_CODE|DE73 5001 0517 0941 8273 65]] on file for the loan fee, is that still correct?'",
    "Split the gift shop till shortfall: £23.50 missing across the shifts of [[PERSON|Oskar]], [[PERSON|Leila]] and [[PERSON|Bronwyn]]. Should we just split it or look into it?",
    "Draft a reminder to Friends members whose direct debit failed. Example: [[PERSON|Dennis Whitcombe]], member [[ID_NUMBER|FR-10442]], bank [[IBAN_CODE|GB48 BARC 2045 8871 6302 94]].",
    "I volunteer on the museum front desk. A visitor, [[PERSON|Olamide]], left her phone charger, her number [[PHONE_NUMBER|07700 900146]] and e-mail [[EMAIL_ADDRESS|olamide.f@proton.me]]. Write a quick lost property text.",
    "Help me answer an archive enquiry: [[PERSON|Marjorie Tan]] is searching for her grandfather's 1948 ship manifest. She lives at [[STREET_ADDRESS|45 Jalan Ampang, 50450 Kuala Lumpur]]. What should I ask her?",
    "Our volunteer app keeps rejecting the API key [[API_KEY|vpa_3Jx9LqT2mW7rKd8ZfB4nY6cE]]. The volunteer coordinator is [[PERSON|Efua]]. Write a support ticket to the vendor.",
    "Summarise this voicemail: 'Hi, [[PERSON|Zanele]] from Grade 5 at Rosebank Primary. We need to move our museum visit from Tuesday to Thursday, same numbers, 34 learners. My cell is [[PHONE_NUMBER|+27 82 417 3309]].'",
    "Write an overdue notice in plain English for [[PERSON|Ahmed Al-Sayed]], member [[ID_NUMBER|LIB-772019]], at [[STREET_ADDRESS|5 Brook Street, Luton LU1 3JT]]. Book: 'The Rings of Saturn', 6 weeks late.",
    "Is it safe to give my card to the Friends' membership volunteer over the phone? She said she's [[PERSON|Liz]] from the museum and asked for [[CREDIT_CARD|4916 2083 5571 0462]] and the expiry.",
    "The lock on the archive strongroom takes a code. Our conservator [[PERSON|Yannick Dubois]] changed it to [[PASSWORD|031779]]. Write an e-mail telling the three archivists without putting the code in the subject line.",
    "Make this notice clearer: 'Volunteers must sign in on the iPad. The iPad passcode is [[PASSWORD|246810]]. If it is locked ask [[PERSON|Terry]].'",
    "Can you help me plan a 'Meet the Curator' evening? Curator Dr [[PERSON|Salma Rahman]], 60 guests, wine, and a book signing. Bookings go to [[EMAIL_ADDRESS|s.rahman.events@gmail.com]].",
    "Proofread the donor credit line: 'Gift of [[PERSON|Penelope Arkwright-Mayne]] in memory of her sister [[PERSON|Violet]], 2024.'",
    "Split the reading room tea fund: [[PERSON|Hamid]] put in £12, [[PERSON|Cerys]] £8, [[PERSON|Joaquín]] £5 and I put in £15. We spent £31.40. Who gets what back?",
    "Translate into Spanish: 'Your guided tour for 12 people is confirmed for Saturday. Contact person: [[PERSON|Valentina Ruiz]], tel. [[PHONE_NUMBER|(312) 555-0147]].'",
    "Help me write to the bank: a Friends member, [[PERSON|Gordon Blake]], paid his life membership twice. Please refund £250 to [[IBAN_CODE|GB63 MIDL 4012 7539 1862 04]].",
    "Write a message to [[PERSON|Matilda]] (she's 9) thanking her for the drawing of the dinosaur skeleton she sent after the school trip.",
    "Write up this phone log: caller [[PERSON|Ingrid Solberg]], [[PHONE_NUMBER|+47 412 83 906]], wants to lend her grandmother's bunad for the textiles show. Lives at [[STREET_ADDRESS|Thorvald Meyers gate 58, 0552 Oslo]].",
    "Can you make a tidy table from this?\nVolunteer | shifts | phone\n[[PERSON|Ahmad]] | Mon AM | [[PHONE_NUMBER|07700 900771]]\n[[PERSON|Kerry-Ann]] | Wed PM | [[PHONE_NUMBER|07700 900792]]\n[[PERSON|Oleksandr]] | Fri | [[PHONE_NUMBER|07700 900804]]",
    "Our reading room PC admin password is [[PASSWORD|Ledger&Ink!2023]]. [[PERSON|Mehmet]] wants it to install a scanner driver. Write a reply saying I'll come down and type it in myself.",
    "Draft a condolence note to Mrs [[PERSON|Ana Lopes]], whose husband [[PERSON|Rui]] volunteered as a docent for 15 years. We'd like to name a bench in the garden after him.",
    "Please summarise: [[PERSON|Tom]] from the estates team says the server [[IP_ADDRESS|2001:db8:4a1::17]] running the door access system needs patching and its admin login is [[ID_NUMBER|dooradmin]], password [[PASSWORD|Gatehouse#19]].",
    "Is this e-mail a phishing attempt? 'Dear volunteer, to keep your rota access please log in with your username and password here.' It was sent to [[EMAIL_ADDRESS|greta.sorensen@mailfence.com]], that's my address. I'm [[PERSON|Greta]].",
    "Draft a letter to the parents of a child who lost a coat on the school visit: [[PERSON|Finley Shaw]], Year 3. Mum's e-mail is [[EMAIL_ADDRESS|kshaw.home@btinternet.com]].",
    "Help me write a profile for the Friends' newsletter about our volunteer of the year, [[PERSON|Kwabena Asante]], known to everyone as [[PERSON|Kobby]], who has run the Saturday family trail since 2011.",
    "Turn this into a polite e-mail: the loan of Mr [[PERSON|Farouk]]'s astrolabe ends in June; we want to extend it by 12 months; his agent is [[PERSON|Celeste Wong]], [[EMAIL_ADDRESS|celeste@wongfineart.com]].",
    "How much is £48 in euros? A visiting researcher, Dr [[PERSON|Joost Vermeulen]], paid copying fees twice and wants the refund to [[IBAN_CODE|NL57 INGB 0006 2839 15]].",
    "Write a friendly nudge to [[PERSON|Sandeep]], who has had the reading room laptop signed out since Tuesday.",
    "Someone left this on a sticky note at the information desk: 'wifi MuseumStaff pass [[PASSWORD|kittiwake-harbour-77]] – [[PERSON|Jess]]'. Should I remove it, and what do I tell [[PERSON|Jess]]?",
    "Draft a gift aid declaration reminder for [[PERSON|Hilary Pemberton]], [[STREET_ADDRESS|The Old Forge, Church Lane, Little Snoring, Fakenham NR21 0JB]].",
    "Our event booking form got this: name [[PERSON|Chidi Eze]], phone [[PHONE_NUMBER|(646) 555-0129]], card [[CREDIT_CARD|3742 819305 71264]]. Wedding reception in the atrium, 120 guests. Write a confirmation e-mail without the card number.",
    "Please rewrite as bullet points: [[PERSON|Yara]] covers the cloakroom 9-12, [[PERSON|Dov]] the shop 12-4, and the gate code for deliveries is still [[PASSWORD|1066B]].",
    "Write a message to my neighbour [[PERSON|Agnieszka]] asking if she'd like to come to the library's Polish book club on Thursday evening.",
    "A researcher e-mailed asking us to remove her details from our online donor list. She's [[PERSON|Rosalind Achterberg]], [[EMAIL_ADDRESS|r.achterberg@ziggo.nl]]. Draft a reply confirming the removal.",
    "Which is cheaper for the Friends, a family membership or two singles? [[PERSON|Fatima]] and [[PERSON|Omar]] have three kids. Family is £65, single £38, kids go free.",
    "Here's a log line from the library's self-checkout: 'user=[[ID_NUMBER|p.nkemelu]] ip=[[IP_ADDRESS|192.0.2.188]] action=renew items=4'. What does it mean?",
    "Summarise this complaint: [[PERSON|Greg Halloran]] says a docent was rude during the Impressionists tour on Sunday and wants his £18 ticket refunded. He can be reached at [[PHONE_NUMBER|(416) 555-0183]].",
    "Draft an e-mail to our IT supplier: the museum's booking system API key [[API_KEY|bk_prod_Q8w2Zt61HxVn0pRa5sLe]] appears in a public GitHub repo belonging to our ex-intern [[PERSON|Callum Reid]].",
    "Help me word a notice: the staff room door code changes from [[PASSWORD|4782]] to [[PASSWORD|9135]] on Monday. Ask [[PERSON|Marisol]] if you don't get the e-mail.",
    "Write a short bio for the museum website for our new head of learning, [[PERSON|Temitope Adewale]]. She ran school visits at a science centre for eight years.",
    "Translate to English: 'Madame [[PERSON|Leclerc]], votre carte de lectrice n° [[ID_NUMBER|BM-7741032]] arrive à expiration. Merci de passer à l'accueil.'",
    "Plan a treasure hunt for 30 Cub Scouts in the natural history gallery. Their leader is [[PERSON|Duncan Frew]] and he wants it to take about 45 minutes.",
    "Split the cost: the volunteers' Christmas meal was £412.80 for 16 people; [[PERSON|Elspeth]] and [[PERSON|Wiremu]] didn't drink, so take £22 off each of theirs.",
    "My login to the archive catalogue isn't working. Username [[ID_NUMBER|m.oyelowo]], I've tried [[PASSWORD|Tithe-Map-1841]]. Can you write a message to the systems librarian, [[PERSON|Karin]]?",
    "Draft a short note for the school visit lead, Ms [[PERSON|Castellanos]], listing what the children should bring: packed lunch, pencil, clipboard, coat.",
    "Rewrite for a seven-year-old: 'Thank you [[PERSON|Arjun]] for finding the lost museum badge and handing it in to the front desk.'",
    "Can you help me write a DBS check reminder for [[PERSON|Nuala Dempsey]], date of birth 03/08/1971, address [[STREET_ADDRESS|14 Sycamore Avenue, Dundalk, Co. Louth A91 X2P4]]?",
    "A visitor's card was charged twice in the shop: [[PERSON|Brenda Kowalczyk]], [[CREDIT_CARD|6011 4837 2290 5611]]. Write an apology and explain the refund takes 5 working days.",
    "Turn these call notes into a reply: caller [[PERSON|Hiroshi Matsuda]] from Osaka wants to visit the reading room in April to see his grandfather's letters. Phone [[PHONE_NUMBER|06-6312-4478]], e-mail [[EMAIL_ADDRESS|h.matsuda@ocn-mail.jp]].",
    "Summarise: '[[PERSON|Bea]] rang, she can't do Saturday's storytime, [[PERSON|Lorcan]] has offered to swap, ok with you?'",
    "Draft a grant report paragraph thanking our volunteers, especially [[PERSON|Ibrahim Sesay]], who digitised 4,000 photographs of the old market.",
]

# 100 one-person records: 41 with a national id (38 with check digits, 3 US SSNs), 59 without.
RECORDS = [
    # with a national id
    '{"reader": "[[PERSON|Liu Yanping]]", "id_card": "[[ID_NUMBER|32010619870915263X]]", "branch": "Gulou", "phone": "[[PHONE_NUMBER|+86 139 1584 2276]]"}',
    "借书证登记： 读者 [[PERSON|陈志强]] ， 身份证号 [[ID_NUMBER|440304199302285713]] ， 电话 [[PHONE_NUMBER|138 2651 4490]]",
    "Cadastro de voluntária: [[PERSON|Mariana Albuquerque]], CPF [[ID_NUMBER|384.917.256-28]], e-mail [[EMAIL_ADDRESS|mari.albuquerque@uol.com.br]], turno de sábado no museu.",
    "Library membership form. Name: [[PERSON|Ananya Krishnamurthy]]; Aadhaar: [[ID_NUMBER|6392 7148 0152]]; Mobile: [[PHONE_NUMBER|+91 98450 37216]]; Branch: Jayanagar.",
    "[[PERSON|Rohit Bansal]] registered as a reading room researcher using Aadhaar [[ID_NUMBER|5208 6317 9425]] and gave [[STREET_ADDRESS|B-14, Sector 22, Noida 201301]] as his address.",
    "Volunteer docent | [[PERSON|Tan Wei Ling]] | NRIC [[ID_NUMBER|S8734126G]] | [[PHONE_NUMBER|+65 9127 4408]]",
    "Work pass holder [[PERSON|Rajesh Pillai]] (FIN [[ID_NUMBER|G5172039W]]) joined the archive digitisation team; staff e-mail [[EMAIL_ADDRESS|rajesh.pillai@heritage-sg.org]].",
    "Låntagare: [[PERSON|Elin Johansson]], personnummer [[ID_NUMBER|870412-5387]], adress [[STREET_ADDRESS|Storgatan 12, 411 38 Göteborg]].",
    "Bruikleengever: [[PERSON|Femke de Groot]], BSN [[ID_NUMBER|284619371]], IBAN [[IBAN_CODE|NL07 RABO 0318 4629 57]].",
    "회원 등록: [[PERSON|김민지]], 주민등록번호 [[ID_NUMBER|880517-2019383]], 연락처 [[PHONE_NUMBER|010-4827-3361]]",
    "Casual gallery attendant [[PERSON|Brodie McAllister]] supplied TFN [[ID_NUMBER|714 835 297]] and mobile [[PHONE_NUMBER|0491 570 226]] on his onboarding form.",
    "Volunteer screening: [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|527 638 142]], tel. [[PHONE_NUMBER|(514) 555-0176]]",
    "Okuyucu kaydı: [[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|37462910530]], e-posta [[EMAIL_ADDRESS|elif.yildirim@ttmail.com.tr]]",
    "Volunteer first-aid record: [[PERSON|Doreen Hallam]], NHS number [[ID_NUMBER|485 201 7395]], emergency contact [[PHONE_NUMBER|07700 900315]].",
    "Czytelnik: [[PERSON|Katarzyna Nowicka]], PESEL [[ID_NUMBER|85031407134]], karta biblioteczna [[ID_NUMBER|BP-403318]].",
    "Prestito temporaneo: prestatrice [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI86M52H501Z]], residente in [[STREET_ADDRESS|Via Appia Nuova 218, 00183 Roma]].",
    "Socio dell'Associazione Amici del Museo: [[PERSON|Marco Bianchi]], CF [[ID_NUMBER|BNCMRC79C14F205A]], email [[EMAIL_ADDRESS|marco.bianchi79@libero.it]]",
    "Lainaaja [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|140387-637E]], kirjastokortti [[ID_NUMBER|K-2290174]].",
    "Docent application: [[PERSON|Sipho Nkosi]], ID [[ID_NUMBER|9106235142086]], [[STREET_ADDRESS|17 Jan Smuts Avenue, Parktown, Johannesburg 2193]].",
    "利用者登録　[[PERSON|佐藤 健太]]　マイナンバー [[ID_NUMBER|4810 3762 9519]]　メール [[EMAIL_ADDRESS|kenta.sato@nifty-mail.jp]]",
    "Socia del Club de Amigos del Museo: [[PERSON|Lucía Fernández Ortega]], DNI [[ID_NUMBER|47285913Y]], teléfono [[PHONE_NUMBER|+34 655 218 940]].",
    "Investigador visitante [[PERSON|Andrei Popescu]], NIE [[ID_NUMBER|Y6013847M]], carné de lector [[ID_NUMBER|BNE-88217]].",
    "[[PERSON|Siobhán Gallagher]] – PPSN [[ID_NUMBER|6283914K]] – volunteer, Tuesday tours – [[EMAIL_ADDRESS|siobhan.gallagher@eircom.net]]",
    "Payroll note: gallery assistant [[PERSON|Cian O'Driscoll]], PPS [[ID_NUMBER|4719205UA]], salary to [[IBAN_CODE|IE85 BOFI 9058 3172 6403 18]].",
    "Adhérente : [[PERSON|Camille Moreau]], n° de sécurité sociale [[ID_NUMBER|2 84 06 75 118 042 70]], tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Bénévole au musée : [[PERSON|Thomas Claes]], numéro national [[ID_NUMBER|82.07.14-263.21]], GSM [[PHONE_NUMBER|+32 478 21 64 09]].",
    "Lånekort registrert for [[PERSON|Ingvild Haugen]], fødselsnummer [[ID_NUMBER|15068941269]], adresse [[STREET_ADDRESS|Bygdøy allé 23, 0262 Oslo]].",
    "Voluntar: [[PERSON|Ioana Popa]], CNP [[ID_NUMBER|2860312407584]], e-mail [[EMAIL_ADDRESS|ioana.popa86@yahoo.ro]]",
    "Investigadora [[PERSON|Francisca Muñoz Soto]], RUT [[ID_NUMBER|14.628.375-6]], sala de lectura, fono [[PHONE_NUMBER|+56 9 8412 3307]].",
    "Lugeja [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49008230277]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]].",
    "Sjálfboðaliði: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|210785-3450]], sími [[PHONE_NUMBER|+354 861 4420]].",
    "Čtenářka [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|856117/4028]], průkaz čtenáře [[ID_NUMBER|NK-305512]].",
    "Волонтер музею [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3127485965]], тел. [[PHONE_NUMBER|+380 67 412 3958]].",
    "Ehrenamtliche im Stadtarchiv: [[PERSON|Katrin Vogel]], Steuer-ID [[ID_NUMBER|57290384167]], Telefon [[PHONE_NUMBER|030 23125 448]].",
    "Volunteer register (NZ): [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKP4722]], [[STREET_ADDRESS|27 Cuba Street, Te Aro, Wellington 6011]].",
    "[[PERSON|Lachlan Brooks]] | Medicare [[ID_NUMBER|3172 54602 1]] | museum first aid log | [[PHONE_NUMBER|+61 491 570 604]]",
    "Εθελόντρια: [[PERSON|Μαρία Κωνσταντίνου]], ΑΜΚΑ [[ID_NUMBER|11048703125]], τηλ. [[PHONE_NUMBER|+30 697 215 4480]]",
    "Reader registration: [[PERSON|Noa Friedman]], teudat zehut [[ID_NUMBER|038274619]], rare books room.",
    "Volunteer background check: [[PERSON|Tyrone Jackson]], SSN [[US_SSN|219-48-3307]], [[STREET_ADDRESS|1402 Magnolia Ave, Apt 3B, Richmond, VA 23220]].",
    "Donor record (US) | [[PERSON|Kristen Larsson]] | SSN [[US_SSN|467-20-8813]] | gift: 1890s quilt | [[PHONE_NUMBER|(612) 555-0134]]",
    '{"name": "[[PERSON|Marcus Delgado]]", "ssn": "[[US_SSN|301-66-4127]]", "role": "seasonal docent", "email": "[[EMAIL_ADDRESS|mdelgado.docent@gmail.com]]"}',
    # without a national id
    "Overdue notice: [[PERSON|Harriet Cole]], member [[ID_NUMBER|L0049217]], 3 items, [[EMAIL_ADDRESS|harriet.cole@talktalk.net]].",
    "2024-03-11T09:14:02Z INFO opac.login user=[[ID_NUMBER|fnwosu]] name=[[PERSON|Felicia Nwosu]] ip=[[IP_ADDRESS|198.51.100.74]] result=success",
    "Dear Mr [[PERSON|Oduya]],\nThe following item on your card [[ID_NUMBER|0931 8842 17]] is now 28 days overdue: A Brief History of Time. Please return it to any branch.\nKind regards,\nCirculation Team",
    "[[PERSON|Beatrice Lomax]],[[EMAIL_ADDRESS|bea.lomax@gmail.com]],[[PHONE_NUMBER|07700 900934]],Friends Gold,renewed",
    '{"volunteer": "[[PERSON|Oscar Lindgren]]", "role": "docent", "badge": "[[ID_NUMBER|VOL-2207]]", "door_code": "[[PASSWORD|8164]]"}',
    "Reader's ticket issued to Professor [[PERSON|Anwen Griffiths]], ticket [[ID_NUMBER|NLW-R-66120]], valid until 2026.",
    "Gift shop refund: [[PERSON|Sebastián Herrera]], card [[CREDIT_CARD|4024 0071 5938 2463]], £24.99, reason: damaged print.",
    "Donation receipt. Donor: [[PERSON|Margaret Ainsworth]], [[STREET_ADDRESS|2 Kiln Row, Stoke-on-Trent ST4 7PQ]]; object: Doulton vase; gift aid: yes.",
    "| 14 | [[PERSON|Kemal Aydın]] | [[EMAIL_ADDRESS|kemal.aydin@posteo.de]] | Führung Sa 11:00 | 4 Pers. |",
    "Loan agreement LA-2024-017 between the museum and [[PERSON|Rosemary Thistlewood]] of [[STREET_ADDRESS|Orchard House, Back Lane, Tewkesbury GL20 5SN]]; lender's account [[IBAN_CODE|GB37 NWBK 4027 1863 5241 90]].",
    "Staff rota login: [[PERSON|Dimitri Papadopoulos]] / [[ID_NUMBER|dpapadopoulos]] / temp pass [[PASSWORD|Rota!Week37]]",
    "Friends of the Archive, new member: [[PERSON|Yolanda Pérez]], member no. [[ID_NUMBER|FA-3381]], standing order from [[IBAN_CODE|ES65 0049 1827 3502 1184 6390]].",
    "Bonjour, je suis [[PERSON|Étienne Marchand]], lecteur inscrit sous le numéro [[ID_NUMBER|AN-447120]]. Mon courriel : [[EMAIL_ADDRESS|e.marchand@laposte.net]].",
    "Event booking: [[PERSON|Oluwaseun Bakare]], wedding photos in the sculpture court, contact [[PHONE_NUMBER|+234 809 552 1473]].",
    "[[PERSON|Lindiwe Dube]] (school visit lead), [[EMAIL_ADDRESS|ldube@sunnyside-primary.co.za]], [[PHONE_NUMBER|+27 71 554 2086]]",
    'WARN door-access badge=[[ID_NUMBER|B-10293]] holder="[[PERSON|Maeve Connolly]]" door=strongroom pin=[[PASSWORD|5521]] result=denied',
    "Reading room register, 4 June: [[PERSON|Jonas Weber]], seat 12, ticket [[ID_NUMBER|R-58812]], items: parish registers 1790-1812.",
    "Membership card replacement for [[PERSON|Consuelo Ibáñez]]: new card [[ID_NUMBER|2200 4817 3390]], old card cancelled, PIN reset to [[PASSWORD|3082]].",
    "Sehr geehrte Frau [[PERSON|Albrecht]], Ihre Leihgabe wird am 12. Mai abgeholt. Bitte bestätigen Sie den Termin unter [[PHONE_NUMBER|030 23125 917]].",
    "Dear [[PERSON|Amara]],\nThank you for your gift of £50 to the Friends' appeal. We've recorded [[EMAIL_ADDRESS|amara.nwachukwu@icloud.com]] for future updates.\nWarm wishes",
    "Card payment, gift shop till 2: [[PERSON|Henrik Olsen]], [[CREDIT_CARD|5173 9046 2281 5077]], DKK 340.",
    "Dr. [[PERSON|Min-jun Park]] | visiting historian | [[EMAIL_ADDRESS|mjpark.hist@snu-mail.kr]] | reader ID [[ID_NUMBER|RR-77031]]",
    "Volunteer [[PERSON|Bridget Kerrigan]] lives at [[STREET_ADDRESS|31 Oakwood Drive\nCarrigaline\nCo. Cork P43 YX29]] and prefers post to e-mail.",
    "API client registered for [[PERSON|Hamza Qureshi]]: key [[API_KEY|cat_live_8HcV2nPq7RkL0wZs4TyE9uJd]], quota 10k calls a day.",
    "Sign-in sheet: [[PERSON|Ngaio Parata]], 09:02, contractor, phone [[PHONE_NUMBER|+64 21 418 7732]]",
    "Subscription to the Friends' magazine: [[PERSON|Philippa Drummond]], [[STREET_ADDRESS|7/42 Darling Street, Balmain NSW 2041]], paid by card [[CREDIT_CARD|4485 3301 9627 7146]].",
    '{"member_id": "[[ID_NUMBER|CPL-00471829]]", "name": "[[PERSON|Jamal Whitfield]]", "phone": "[[PHONE_NUMBER|(773) 555-0162]]", "overdue_items": 2}',
    "Incident log 22:41, alarm set by [[PERSON|Kieran Doyle]] using code [[PASSWORD|60417]]; zone 4 fault reported.",
    "Ciao [[PERSON|Francesca]], ti confermo il turno di guida volontaria sabato. La password del portale è [[PASSWORD|Affresco_2024]].",
    "Leitor: [[PERSON|João Pedro Santos]], cartão [[ID_NUMBER|BN-228194]], [[EMAIL_ADDRESS|jp.santos@sapo.pt]], [[IBAN_CODE|PT86 0035 0746 0008 2739 1485 2]]",
    "Gift aid record: [[PERSON|Anthony Barraclough]], [[STREET_ADDRESS|56 Moor Road, Headingley, Leeds LS6 4BH]], donation £120.",
    "Research visitor Wi-Fi voucher for [[PERSON|Ayesha Siddiqui]]: network ArchiveGuest, key [[PASSWORD|vellum-otter-5512]].",
    "Lender bank details: [[PERSON|Anders Kjær]], [[IBAN_CODE|DK76 3000 4917 2538 61]].",
    "Profile | [[PERSON|Mei Ling Chua]] | docent since 2015 | languages: English, Mandarin, Hokkien | [[PHONE_NUMBER|+65 8234 1176]]",
    "Complaint from [[PERSON|Gareth Bowen]] about an overdue fine; he says he returned the book on 2 May. Account [[ID_NUMBER|CRD-509931]].",
    "School visit booking: teacher Mrs [[PERSON|Priyanka Desai]], 31 pupils, [[EMAIL_ADDRESS|pdesai@greenhill-school.org.uk]].",
    "[[PERSON|Zoltán Kovács]] – olvasójegy [[ID_NUMBER|OSZK-40917]] – [[PHONE_NUMBER|+36 30 418 2276]]",
    "Friends membership direct debit: [[PERSON|Eilidh MacLeod]], account [[ID_NUMBER|FM-22017]], [[IBAN_CODE|GB62 NWBK 6009 3847 1205 63]].",
    "Tour guide application: [[PERSON|Kazuki Ono]], [[EMAIL_ADDRESS|kazuki.ono@docomo-mail.jp]], [[PHONE_NUMBER|080-3917-2245]]",
    "Volunteer [[PERSON|Ruth Abernathy]] changed her login password to [[PASSWORD|Quilt-Show-88]] on 3 March.",
    "VPN access granted to contract archivist [[PERSON|Fernando Alves]] from [[IP_ADDRESS|203.0.113.92]].",
    "Donor: [[PERSON|Abdullahi Musa]]; address [[STREET_ADDRESS|Plot 14, Ahmadu Bello Way, Kaduna 800283]]; item: Hausa manuscript, on loan.",
    "[[PERSON|Caroline Fitzgerald]] paid for the Friends' Christmas dinner with [[CREDIT_CARD|5521 0738 6614 2900]]; receipt sent to [[EMAIL_ADDRESS|caro.fitz@hotmail.co.uk]].",
    "Κάρτα μέλους βιβλιοθήκης: [[PERSON|Γιώργος Αντωνίου]], αριθμός [[ID_NUMBER|ΒΔΘ-20417]], email [[EMAIL_ADDRESS|g.antoniou@gmail.com]]",
    "Читатель [[PERSON|Дмитрий Соколов]], билет [[ID_NUMBER|ЧБ-118204]], адрес [[STREET_ADDRESS|ул. Ленина, д. 15, кв. 42, Екатеринбург, 620014]]",
    "Volunteer hours export: [[PERSON|Kelechi Obi]],42.5,[[EMAIL_ADDRESS|kelechi.obi@gmail.com]]",
    "Museum membership: [[PERSON|Isabella Romano]], IP at sign-up [[IP_ADDRESS|2001:db8:7c2::4e1]], member [[ID_NUMBER|MM-901266]].",
    "Dear [[PERSON|Winston]], your locker at the research centre is no. 14 and the code is [[PASSWORD|2291]]. Please empty it by Friday.",
    "Registrar's note: object lent by [[PERSON|Hélène Girard]], [[STREET_ADDRESS|8 avenue de la Gare, 1003 Lausanne]], insurance via the lender.",
    "[[PERSON|Dawit Bekele]], docent trainee, [[PHONE_NUMBER|+251 91 142 7780]]",
    "Volunteer portal account: [[PERSON|Lily Fairbanks]], username [[ID_NUMBER|lfairbanks]], API token [[API_KEY|vp_tok_Zr81mKq4Xe0Tn6WbLp3C]].",
    "Membre des Amis du Musée : [[PERSON|Nathalie Fontaine]], [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]], cotisation payée depuis [[IBAN_CODE|FR41 3000 4008 3700 0148 2961 571]].",
    "[[PERSON|Callista Moreno]] bought a £200 gift voucher; billing phone [[PHONE_NUMBER|(303) 555-0191]], card [[CREDIT_CARD|4716 5820 3349 1022]].",
    "School contact: head teacher Mr [[PERSON|Babatunde Oyelowo]], [[PHONE_NUMBER|01632 960583]].",
    "Overdue: [[PERSON|Keisha Brathwaite]] | card [[ID_NUMBER|44102 88371]] | 2 items | £4.80",
    "Volunteer [[PERSON|Ronan Healy]] reports his rota login [[ID_NUMBER|rhealy]] and password [[PASSWORD|Harbour7Light]] were used from [[IP_ADDRESS|192.0.2.215]].",
    "Archive enquiry from [[PERSON|Lakshmi Iyer]], [[STREET_ADDRESS|12 Cathedral Road, Gopalapuram, Chennai 600086]].",
    "Mitglied im Förderverein: [[PERSON|Lukas Hoffmann]], IBAN [[IBAN_CODE|DE27 1007 0024 0583 1926 47]], Beitrag 36 € jährlich.",
    "Volunteer car park permit: [[PERSON|Esme Carrington]], gate PIN [[PASSWORD|7340]].",
]

# 25 MT-Bench/Vicuna-style prompts; historical and fictional people are not personal data.
CLEAN_PROMPTS = [
    "Write a persuasive blog post encouraging teenagers to get a public library card, with three concrete benefits and a catchy title.",
    "Imagine you are Sherlock Holmes visiting the old Reading Room of the British Museum. Describe, in character, what you deduce about the other readers.",
    "Compose a short poem about a map archive at night, in the style of Emily Dickinson.",
    "Explain to a ten-year-old what a museum conservator does and why they sometimes wear gloves and sometimes don't.",
    "Draft a professional e-mail from a museum director to all staff announcing new winter opening hours and thanking them for a busy summer.",
    "Compare the Dewey Decimal System and the Library of Congress Classification. Which suits a small school library better, and why?",
    "Act as a tour guide and give a two-minute introduction to the Rosetta Stone for a group of visitors who know nothing about Egypt.",
    "Write a Python function that takes a list of due dates and today's date and returns how many items are overdue and the total fine at 20p per item per day.",
    "Summarise the life of Andrew Carnegie and his role in funding public libraries in under 150 words.",
    "What are the pros and cons of charging admission at national museums? Give a balanced answer in two paragraphs.",
    "Role-play as Elizabeth Bennet from Pride and Prejudice writing to her aunt to recommend the new circulating library in Meryton.",
    "Suggest five themes for a museum late-night event aimed at people in their twenties, each with one activity and one drink.",
    "Extract every year from the following text and list them in chronological order: 'The library opened in 1887, was rebuilt after a fire in 1911, was extended in 1962 and put its catalogue online in 1998.'",
    "How did the Library of Alexandria shape ancient scholarship, and what do historians actually know about its decline?",
    "Write a job advert for a volunteer coordinator at a local history museum. Keep it under 200 words and make it welcoming.",
    "Describe the differences between an archive, a library and a museum in a short table with three columns.",
    "Pretend you are Leonardo da Vinci seeing the Mona Lisa behind bulletproof glass in the Louvre today. What would you say to the crowd?",
    "Give me a checklist for handling a donation of old family photographs to a community archive.",
    "Write a short story, under 300 words, about a library book that has been overdue for fifty years and finally comes home.",
    "Explain step by step how a library's self-service kiosk might use RFID tags to check books in and out.",
    "What questions should a museum ask before accepting an object on long-term loan from a private lender?",
    "Rewrite this sentence to sound more formal: 'The gift shop's got loads of cool stuff and you should totally check it out before you leave.'",
    "Who was Melvil Dewey, and why is his legacy debated by librarians today?",
    "Propose a week-long programme for a school holiday club at a science museum for children aged 8 to 11.",
    "Write three riddles whose answers are things you would find in a library, and give the answers at the end.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya borrowed 12 books from the library. She reads 3 books each week. After 3 weeks, how many books does she still have to read?",
    "A museum gift shop sells postcards for $1.25 each and bookmarks for $2. Leo buys 6 postcards and 4 bookmarks. How much does he spend?",
    "The library charges a fine of 15 cents per day for each overdue book. Tara returned 2 books 9 days late. How much was her fine?",
    "A school brings 84 students to the museum. Each guide can lead a group of at most 12. How many guides are needed?",
    "Tomás volunteers at the archive for 3 hours on weekdays and 5 hours on Saturdays. How many hours does he volunteer in 4 weeks if he works Monday to Saturday?",
    "A reading room has 6 tables with 8 seats each. On Tuesday, 3/4 of the seats were taken. How many seats were empty?",
    "A friends' association collected $450 in membership fees. Each adult membership is $25 and each student membership is $10. If there were 12 student memberships, how many adult memberships were there?",
    "The museum had 1,200 visitors on Saturday and 35% fewer on Sunday. How many visitors came on the two days together?",
    "Jonah shelves 45 books per hour. Kiara shelves 60 books per hour. Working together, how long will it take them to shelve 630 books?",
    "A gift shop buys mugs for $4 and sells them for $9. How many mugs must Sana sell to make a profit of $300?",
    "An exhibition runs for 12 weeks. In the first week 800 people came, and each week after that 50 more came than the week before. How many visitors came in total?",
    "At the library book sale, hardbacks cost $3 and paperbacks $1. Nico bought 14 books for $24. How many were hardbacks?",
    "A docent gives 4 tours a day, each 45 minutes long, with 15-minute breaks between them. If Ines starts at 10:00, when does her last tour finish?",
    "A school trip costs $7 per child for entry and $180 for the coach. If 36 children go, what is the total cost per child?",
    "Felix scanned 240 pages of an old diary. He scans 18 pages every 10 minutes. How long did it take him, in hours and minutes?",
    "The archive stores 2,400 boxes. 15% hold photographs, 40% hold letters and the rest hold maps. How many boxes hold maps?",
    "The museum café sells 120 coffees on each weekday. On Saturdays and Sundays it sells twice as many each day. How many coffees does it sell in a week?",
    "Lucia's library card lets her borrow 15 items. She has 4 DVDs and 7 books out. How many more items can she borrow?",
    "A friends' group is raising money for a display case costing $2,750. They have $1,980. If 14 members each give the same amount to cover the rest, how much does each give?",
    "Ben paints 3 gallery walls in 2 days. At that rate, how many days will he need for 12 walls?",
    "There are 9 rows of display cases with 7 cases in each row. Each case holds 5 coins. How many coins are on display?",
    "Nadia bought 3 museum tickets at $18 each and used a 20% member discount. How much did she pay?",
    "A library has 5,600 books. 1/8 of them are checked out, and 1/7 of those checked out are overdue. How many books are overdue?",
    "The volunteer rota has 4 shifts a day, 6 days a week, and each shift needs 2 people. How many volunteer slots are there in 3 weeks?",
    "Zuri's class of 28 students visits the planetarium. Tickets are $6 for students and free for teachers. The class has already raised $100. How much more do they need?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which classification system arranges library books into ten main classes numbered 000 to 999?\nA. Library of Congress Classification\nB. Dewey Decimal Classification\nC. Colon Classification\nD. Bliss Classification",
    "The Rosetta Stone was the key to deciphering which writing system?\nA. Linear B\nB. Cuneiform\nC. Egyptian hieroglyphs\nD. Maya glyphs",
    "In archival practice, the principle of provenance holds that records should be:\nA. arranged alphabetically by subject\nB. kept together according to the body that created them\nC. sorted by physical format\nD. filed by date of acquisition",
    "Which gas is often used in sealed display cases to slow the oxidation of sensitive objects?\nA. Oxygen\nB. Nitrogen\nC. Hydrogen\nD. Chlorine",
    "The ancient Library of Alexandria stood in which present-day country?\nA. Greece\nB. Italy\nC. Egypt\nD. Turkey",
    "Which relative humidity range is generally recommended for storing paper records?\nA. 10 to 20%\nB. 35 to 55%\nC. 70 to 80%\nD. 90 to 100%",
    "Who painted The Night Watch?\nA. Johannes Vermeer\nB. Rembrandt van Rijn\nC. Peter Paul Rubens\nD. Vincent van Gogh",
    "A MARC record is mainly used for:\nA. cataloguing library materials\nB. tracking museum visitor numbers\nC. dating archaeological finds\nD. measuring light levels in galleries",
    "Under the Statute of Anne of 1710, copyright was first vested in:\nA. printers\nB. authors\nC. the Crown\nD. universities",
    "Radiocarbon dating is most useful for organic material up to roughly what age?\nA. 500 years\nB. 5,000 years\nC. 50,000 years\nD. 5 million years",
    "Which of the following is a primary source for the Tudor period?\nA. a modern textbook chapter\nB. a letter written in 1540\nC. an encyclopedia entry\nD. a documentary film",
    "In a museum, the word provenance refers to:\nA. the history of ownership of an object\nB. the gallery where it is shown\nC. its insurance value\nD. the method used to clean it",
    "The green patina on old bronze statues forms mainly from corrosion of which metal?\nA. Copper\nB. Tin\nC. Zinc\nD. Iron",
    "A museum that lets students in at half price while charging adults the full fee is practising:\nA. perfect competition\nB. price discrimination\nC. a price ceiling\nD. a tariff",
    "Which philosopher wrote The Republic?\nA. Aristotle\nB. Plato\nC. Socrates\nD. Epicurus",
    "A library's yearly loans rose from 40,000 to 50,000. What is the percentage increase?\nA. 20%\nB. 25%\nC. 10%\nD. 50%",
    "Which ancient wonder stood at the harbour of Rhodes?\nA. The Lighthouse of Alexandria\nB. The Colossus\nC. The Mausoleum\nD. The Hanging Gardens",
    "Archives prefer acid-free paper and boxes mainly because they:\nA. are cheaper to buy\nB. resist yellowing and becoming brittle\nC. block all ultraviolet light\nD. stop insects completely",
    "The Dead Sea Scrolls were first found in caves near:\nA. Qumran\nB. Petra\nC. Jericho\nD. Masada",
    "Which best describes deaccessioning?\nA. formally removing an object from a museum's permanent collection\nB. lending an object abroad\nC. photographing an object for the catalogue\nD. repairing a damaged object",
    "Under the GDPR, a library member asking for a copy of the data held about them is using the right of:\nA. erasure\nB. access\nC. portability\nD. rectification",
    "Which problem is most likely in an archive store kept at high humidity?\nA. mould growth\nB. static electricity\nC. paper becoming too dry\nD. ink fading from ozone",
    "The Bayeux Tapestry shows events leading up to:\nA. the Battle of Hastings\nB. the Battle of Agincourt\nC. the Siege of Orleans\nD. the First Crusade",
    "If a museum records its visitor numbers every day for a year, the data are best described as:\nA. cross-sectional\nB. a time series\nC. nominal\nD. ordinal",
    "Conservators measure the light falling on a watercolour in lux. Lux is a unit of:\nA. temperature\nB. humidity\nC. illuminance\nD. sound level",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "I spend eight hours a day in a dusty archive. Can old paper dust trigger asthma, and what kind of mask should I wear?",
    "Is it safe to handle old books with mould spots if I have a weakened immune system?",
    "What stretches help with neck pain from looking down at a microfilm reader all day?",
    "How often should I rest my eyes when reading small handwriting in old manuscripts for hours?",
    "Can standing through a whole shift as a museum guide cause varicose veins?",
    "What are the symptoms of arsenic exposure? I read that some Victorian wallpapers and book covers contain it.",
    "Is lead in old paint on museum objects dangerous to touch with bare hands?",
    "What is the right first aid for a paper cut that won't stop bleeding?",
    "I get headaches under the fluorescent lights in the library. What can help?",
    "How much water should I drink on a long day giving tours in a hot gallery?",
    "Can lifting heavy archive boxes cause a hernia, and how do I lift them safely?",
    "Are there health risks from working near old taxidermy specimens treated with pesticides?",
    "What should a teacher do if a child on a school visit has an asthma attack and has no inhaler?",
    "Is it normal to feel dizzy after climbing a long spiral staircase in a clock tower?",
    "What are the early signs of repetitive strain injury from scanning documents all day?",
    "How can older volunteers lower their risk of falling on polished museum floors?",
    "Does reading in dim light actually damage your eyesight in the long run?",
    "What are the symptoms of carbon monoxide poisoning, and could a badly ventilated basement store cause it?",
    "Which vaccinations are usually advised before joining an archaeological dig in a rural area?",
    "Can anxiety cause chest tightness when speaking to large groups, for example during a gallery talk?",
    "What is the safest way to clean my hands after handling objects that may have been treated with mercury?",
    "How do I know whether a bee sting needs medical attention, and what are the warning signs?",
    "Is it bad for my back to sit for more than six hours without a break while cataloguing?",
    "What are the signs of a severe allergic reaction, and when should an adrenaline pen be used?",
    "Could years of handling old photographic negatives and their chemicals affect my skin?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "32010619870915263X": china_id_ok,  # Chinese resident identity card
    "440304199302285713": china_id_ok,
    "384.917.256-28": cpf_ok,  # Brazilian CPF
    "6392 7148 0152": aadhaar_ok,  # Indian Aadhaar
    "5208 6317 9425": aadhaar_ok,
    "S8734126G": nric_ok,  # Singapore NRIC
    "G5172039W": nric_ok,  # Singapore FIN
    "870412-5387": luhn_len(10),  # Swedish personnummer
    "284619371": bsn_ok,  # Dutch BSN
    "880517-2019383": rrn_ok,  # Korean resident registration number
    "714 835 297": tfn_ok,  # Australian tax file number
    "527 638 142": luhn_len(9),  # Canadian SIN
    "37462910530": kimlik_ok,  # Turkish kimlik
    "485 201 7395": nhs_ok,  # NHS number
    "85031407134": pesel_ok,  # Polish PESEL
    "RSSGLI86M52H501Z": codice_fiscale_ok,  # Italian codice fiscale
    "BNCMRC79C14F205A": codice_fiscale_ok,
    "140387-637E": hetu_ok,  # Finnish henkilötunnus
    "9106235142086": luhn_len(13),  # South African id
    "4810 3762 9519": my_number_ok,  # Japanese My Number
    "47285913Y": dni_ok,  # Spanish DNI
    "Y6013847M": dni_ok,  # Spanish NIE
    "6283914K": pps_ok,  # Irish PPS
    "4719205UA": pps_ok,
    "2 84 06 75 118 042 70": nir_ok,  # French NIR
    "82.07.14-263.21": belgian_id_ok,  # Belgian national number
    "15068941269": fodselsnummer_ok,  # Norwegian fødselsnummer
    "2860312407584": cnp_ok,  # Romanian CNP
    "14.628.375-6": rut_ok,  # Chilean RUT
    "49008230277": isikukood_ok,  # Estonian isikukood
    "210785-3450": kennitala_ok,  # Icelandic kennitala
    "856117/4028": rodne_cislo_ok,  # Czech rodné číslo
    "3127485965": rnokpp_ok,  # Ukrainian RNOKPP
    "57290384167": steuer_id_ok,  # German tax id
    "ZKP4722": nhi_ok,  # New Zealand NHI
    "3172 54602 1": medicare_ok,  # Australian Medicare
    "11048703125": luhn_len(11),  # Greek AMKA
    "038274619": luhn_len(9),  # Israeli teudat zehut
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 ?960 ?\d{3}",  # UK drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"\+(7|27|30|32|34|36|47|55|56|64|65|86|91|234|251|354|380) [\d -]+\d",  # no fiction range known
    )
]

NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff]")


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type, and follow the
    lower-case / other-language / English order; each record names exactly one person
    beside 1 to 4 other values, and 35 to 45 records carry a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    if not all(is_lower(t) for t in CHAT[:LOWER_CHAT]):
        raise SystemExit("chat: the first texts must be in lower case")
    others = CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]
    if sum(bool(NON_LATIN.search(strip_marks(t)[0])) for t in others) < 3:
        raise SystemExit("chat: too few texts in non-Latin scripts")
    if any(is_lower(t) for t in CHAT[LOWER_CHAT + OTHER_LANGUAGES :]):
        raise SystemExit("chat: a lower-case text among the English ones")
    national = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others_ = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others_) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others_)} values in {marked[:60]!r}"
            )
        national += any(s["value"] in NATIONAL_IDS or s["type"] == "US_SSN" for s in spans)
    if not 35 <= national <= 45:
        raise SystemExit(f"records: {national} with a national id")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean prompts": (CLEAN_PROMPTS, 25),
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
        "blind147", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
