# ruff: noqa: E501
"""A hundred-and-fifty-fourth blind privacy set: 220 texts with personal data and 100 clean
ones, on local politics: councillors, campaigns, canvassing and petitions.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to 8
and the "Labels:" paragraph of ``README.md``, and the docstring and non-text code (imports,
constants, check functions, ``main``) of ``build_blind36.py``; never the detector, its rules,
docs or tests, the other sets' texts or builders, nor any git history. Every text is typed
by hand with inline ``[[TYPE|value]]`` marks (no faker, no templates, no generated
combinations):

* 120 chat requests (6 to 82 words) that a person would type to a general assistant behind
  a company gateway: drafting leaflets, letters, notices and replies to residents,
  summarising pasted doorstep notes, minutes, call logs, voicemails and e-mail threads,
  translating, fixing wording, splitting costs, asking whether a text or e-mail is a scam,
  planning rotas and hand-ins. The first 30 are typed all in lower case (names, e-mails,
  codes and postcodes too, with shorthand and slips); the next 6 are in French, Spanish,
  German, Italian, Polish and Turkish; the other 84 in ordinary English. 108 name someone
  (first names alone, surnames after titles, full names, nicknames, names that are ordinary
  words, many named in passing), 20 hold a secret (passwords, PINs, door, gate, alarm,
  key-safe, locker and padlock codes, a wifi key), and every entity type appears: e-mails,
  phones, addresses, cards, IBANs, SSNs, IPs, API keys, usernames, badge numbers, a
  passport, a national insurance number and a Canadian SIN.
* 100 one-person records (6 to 32 words): prose sentences, profile lines, pipe and CSV
  rows, JSON objects, log lines, register entries and short letters, in English and 25
  other languages (French, German, Spanish, Italian, Dutch, Portuguese, Polish, Swedish,
  Norwegian, Danish, Finnish, Estonian, Icelandic, Czech, Romanian, Turkish, Ukrainian,
  Greek, Hebrew, Arabic, Hindi, Chinese, Japanese, Korean, Vietnamese); each names one
  person (once or twice) beside 1 to 4 other values, and 41 carry a national id.

Labels: usernames and logins, member, party, elector, badge and employee numbers,
passports, driving licences and national ids are ID_NUMBER; PINs, door, gate, alarm,
locker and padlock codes, wifi keys and passwords are PASSWORD; titles and relation words
(Mr, Mrs, Ms, Dr, Cllr, Councillor, Father, Uncle, Auntie, Mme, Pani, don, Muhtar, my
neighbour) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; invented councillors, candidates and organisers
are private people here and are labelled; public figures, fictional characters, pets,
companies, order, invoice, ticket, booking and petition references, amounts and dates of
birth are not labelled; every occurrence of a private value is marked. The 100 clean texts
hold no personal data: 25 MT-Bench and Vicuna style prompts (naming only historical or
fictional people), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style
items with options A to D and 25 health questions naming no one, mostly on the theme.

All values are invented; the builder only checks them: phones from ranges kept for
fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0131/0161 496 0,
029 2018 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125, 040 66969) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from the documentation ranges; 42 national ids with
valid check digits (NHS number, French NIR, German tax id, Spanish DNI and NIE, Italian
codice fiscale, Dutch BSN, Polish PESEL, Swedish personnummer, Norwegian fødselsnummer,
Finnish henkilötunnus, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Romanian
CNP, Turkish kimlik, Ukrainian RNOKPP, Chinese resident id, Japanese My Number, Korean
resident registration number, Brazilian CPF, Portuguese NIF, Greek AMKA, Israeli teudat
zehut, Indian Aadhaar, South African id, Singapore NRIC, Belgian national number, Irish
PPS number, Canadian SIN, Australian TFN and Medicare number, New Zealand NHI, Chilean RUT).

Run ``.venv/bin/python bench/data/build_blind154.py`` from the repository root; the output
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 120
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Father|Fr|Rev|Sir|Dame|Auntie|Uncle"
    r"|Mme|Madame|Monsieur|Herr|Frau|Sr|Sra|Don|Pani|Pan|Muhtar)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 all lower case, then six in other languages, then 84 in English.
CHAT = [
    # --- typed all in lower case ---
    "can you tidy this for the leaflet: 'vote [[PERSON|dev anand]] on thursday, questions to [[EMAIL_ADDRESS|dev.anand.northfield@protonmail.com]] or [[PHONE_NUMBER|07700 900412]]' keep it under 40 words",
    "canvassing tonight with [[PERSON|shona]] and [[PERSON|big mick]]. key safe at the office is [[PASSWORD|7193]], clipboards are inside. write a quick group text reminding them to bring lanyards and water",
    "my neighbour [[PERSON|rosalind pike]] wants to sign the bus route petition but has no email. can i post her a paper form to [[STREET_ADDRESS|9 orchard view, thornbury, bs35 2lq]]? draft a short covering note from me",
    "translate into polish pls: hi [[PERSON|kasia]], residents meeting moved to thursday 7pm in the church hall, text [[PERSON|aled]] on [[PHONE_NUMBER|07700 900518]] if you cant make it",
    "got a text: 'cllr [[PERSON|okonkwo]], your allowance payment is on hold, verify your login at council-pay-update.co' scam?? my real council username is [[ID_NUMBER|n.okonkwo4]] and i almost typed my password [[PASSWORD|harbour!2291]] in. what do i do now",
    "summarise my doorstep notes into 3 bullets: no.12 mrs [[PERSON|adeyemi]] worried about bins, no.14 [[PERSON|gary]] hostile dont revisit, no.18 [[PERSON|lin]] and [[PERSON|wei]] want postal vote forms sent to [[EMAIL_ADDRESS|wei.zhang88@gmail.com]]",
    "split the leaflet print bill, £186 total, between me, [[PERSON|jojo]], [[PERSON|tariq]] and [[PERSON|femi]]. [[PERSON|tariq]] already paid £40 to the printer so take that off his share",
    "make a laminated sign for the campaign office: wifi name ward7-volunteers, key [[PASSWORD|b1rchw00d!77]], ask [[PERSON|mags]] at the front desk if it keeps dropping",
    "voicemail, pls summarise for the casework log: 'hiya its [[PERSON|bernadette walsh]], lift in our block is broken again, my grandson [[PERSON|kieran]] has been carrying my shopping up, ring me back on [[PHONE_NUMBER|0113 496 0721]] love'",
    "fix the grammar: dear councillor [[PERSON|hollis]], me and my husband [[PERSON|ray]] has lived at [[STREET_ADDRESS|27 wren lane, hexham ne46 3bd]] for thirty year and the potholes is getting worse every winter",
    "is this legit? a man rang from [[PHONE_NUMBER|020 7946 0384]] saying hes from the electoral office and asked my mum [[PERSON|pauline]] for her national insurance number, she gave him [[ID_NUMBER|jk 48 19 72 c]] before i got there",
    "need a polite reply to [[PERSON|graham]] who keeps emailing from [[EMAIL_ADDRESS|graham.r.tulloch@btinternet.com]] about the hedge on the parish council agenda. say its item 6 and he can speak for 3 minutes",
    "minutes from last nights tenants assoc, make them readable: present [[PERSON|sue]], [[PERSON|abdi]], [[PERSON|marguerite]] (chair), apologies [[PERSON|tony f]]. damp in block c. [[PERSON|abdi]] to chase housing officer. next mtg on the 3rd",
    "my campaign mailchimp key is [[API_KEY|5e8c2a91f04b7d36ae19c7d08b4f2e61-us21]] and the list wont sync, whats wrong with requests.get(url, auth=('any', key))",
    "turn this into a thank you text: thanks [[PERSON|precious]] and [[PERSON|hamza]] for doing the whole of elm crescent in the rain, pizza on me friday",
    "write a reminder to my volunteers that the shared drive login is [[ID_NUMBER|ward4team]] / [[PASSWORD|clover-bay-58]] and it must not go to anyone outside the campaign",
    "someone left a note at my surgery: 'cllr, pls call [[PERSON|dorota]] on [[PHONE_NUMBER|07700 900263]] re the dropped kerb outside [[STREET_ADDRESS|41 hazel grove, stockport sk2 6pq]]' draft an email to highways about it",
    "canvass script for [[PERSON|lachlan]] pls, hates all politicians",
    "convert these petition signers to csv: [[PERSON|ines ferreira]] [[EMAIL_ADDRESS|ines.f@sapo.pt]], [[PERSON|mo]] [[EMAIL_ADDRESS|mo.khalil@outlook.com]], [[PERSON|bea]] no email",
    "the candidate photo shoot is at [[PERSON|rhiannon]]s house, [[STREET_ADDRESS|3 heol y nant, pontypridd cf37 4ad]], gate code [[PASSWORD|2580]]. write a calendar invite for 10am sat",
    "pls shorten: hi all, [[PERSON|deepa]] here, im away so [[PERSON|marcus o'brien]] is coordinating leaflets, reach him on [[PHONE_NUMBER|07700 900947]] or [[EMAIL_ADDRESS|marcus.obrien@gmail.com]]",
    "how do i work out refunds if 4 residents groups overpaid the hall by £92.40 in total? [[PERSON|kwame]] wants his share back to [[IBAN_CODE|gb06 midl 4005 1572 9318 46]]",
    "write a 2 line bio for the leaflet: [[PERSON|siobhan mcgrath]], 44, nurse, grew up on the estate, contact [[EMAIL_ADDRESS|siobhan4eastfield@gmail.com]]",
    "my door entry code changed to [[PASSWORD|4417]] and im only giving it to the canvass lead [[PERSON|ravi]]. draft a whatsapp telling him not to share it with the team",
    "can u reword this so it sounds less angry: [[PERSON|clive]] you took my posters off the community board outside the co-op again and i have photos",
    "phone log, make it a table pls: 10.02 [[PERSON|ahmed]] [[PHONE_NUMBER|07700 900731]] parking; 10.40 [[PERSON|lorraine b]] [[PHONE_NUMBER|0161 496 0582]] fly tipping; 11.15 anon, streetlights",
    "is it ok to give my ssn [[US_SSN|412-68-3097]] to the county clerk for the candidate filing form or only the last 4? im running for school board",
    "draft a message to auntie [[PERSON|akua mensah]] asking if shed host a coffee morning for the campaign, her number is [[PHONE_NUMBER|07700 900136]]",
    "my laptop on the campaign vpn shows [[IP_ADDRESS|198.51.100.23]] and the petition site blocked me as spam. my login there is [[ID_NUMBER|fern_h_votes]]. how do i appeal",
    "remind me what to ask [[PERSON|bilal]] tomorrow: banner cost, whether [[PERSON|joy]] can drive the van, and the alarm code for the scout hut ([[PASSWORD|0951]])",
    # --- six other languages ---
    "Peux-tu corriger ce message ? « Bonjour [[PERSON|Étienne]], la réunion du comité de quartier est reportée. Le code de la porte du local est [[PASSWORD|B4782]]. Appelle [[PERSON|Nadège Moreau]] au [[PHONE_NUMBER|06 39 98 41 27]] si besoin. »",
    "Resume esta nota de la reunión vecinal: [[PERSON|Lucía Herrera]] recogió 212 firmas para la petición del parque; don [[PERSON|Arturo Quiroga]] ([[EMAIL_ADDRESS|aquiroga@telefonica.net]]) llevará las hojas al ayuntamiento el lunes.",
    "Kannst du diese Nachricht kürzer machen? „Liebe [[PERSON|Frauke]], für die Infostand-Schicht am Samstag: Der Schlüssel liegt im Kasten, Code [[PASSWORD|3-9-1-6]]. Bei Fragen ruf [[PERSON|Jannik]] an: [[PHONE_NUMBER|030 23125 784]].“",
    "Scrivimi una risposta gentile a [[PERSON|Giuseppina Rota]]: vuole sapere se la petizione per la pista ciclabile è ancora aperta. La sua email è [[EMAIL_ADDRESS|giusy.rota@libero.it]].",
    "Przetłumacz na angielski: Pani [[PERSON|Halina]] z parteru pyta, czy radny [[PERSON|Wróbel]] odpisze jej w sprawie oświetlenia. Jej numer to [[PHONE_NUMBER|+48 512 384 907]].",
    "Bunu İngilizceye çevirir misin: Muhtar [[PERSON|Kemal Aydın]] imza kampanyasının afiş masrafları için kendi hesabına para gönderilmesini istiyor: [[IBAN_CODE|TR05 0006 4000 0012 8473 9156 02]]. Bu normal mi?",
    # --- ordinary English ---
    "Can you draft a short email to Councillor [[PERSON|Priya Raman]] asking her to back our petition to keep Millbrook library open? Sign it from me, [[PERSON|Owen Pritchard]], [[STREET_ADDRESS|18 Sefton Road, Millbrook, Southampton SO15 4HJ]].",
    "Summarise this voicemail for my casework sheet: 'Hello, it's [[PERSON|Chidi Okafor]] from [[STREET_ADDRESS|62 Tettenhall Road, Wolverhampton WV3 9NB]]. The fly-tipping in the alley is back. My number is [[PHONE_NUMBER|07700 900322]], best after six.'",
    "We're splitting the cost of the election-night buffet. Total £264. [[PERSON|Hope]] paid £80, [[PERSON|Dan]] paid £60, I paid the rest. Who owes whom if we split it three ways?",
    "Is this a scam? An email claiming to be from the elections office says: 'Dear [[PERSON|Margaret Ilori]], your candidate deposit will be refunded, enter your card to receive it.' I already typed [[CREDIT_CARD|4539 1728 4610 3751]] before I stopped. What now?",
    "Write a door-knocking script for Juniper Street. Mention that our candidate, [[PERSON|Tomás Iglesias]], runs the food bank, and that people can call [[PERSON|Tomás]] directly on [[PHONE_NUMBER|(614) 555-0148]].",
    "My husband [[PERSON|Vikram]] and I are hosting a fundraiser. Guests so far: [[PERSON|Anjali Desai]], [[PERSON|Bruno Castellano]], [[PERSON|Wren]] from the allotment society and Father [[PERSON|Michael Doyle]]. Plan a two-hour evening with one short speech.",
    "Please check the wording of this petition header: 'We, the residents of Aldersgate ward, ask the council to install a zebra crossing on Fenwick Road.' Lead petitioner: [[PERSON|Yusuf Demir]], [[EMAIL_ADDRESS|y.demir.aldersgate@gmail.com]].",
    "Translate this into plain English for a leaflet: 'The Cabinet Member for Environment will consider representations received before determination.' Then add that questions go to [[PERSON|Harriet]] on [[PHONE_NUMBER|020 7946 0519]].",
    "The alarm code for the committee room at the community centre is [[PASSWORD|8264]] and the key is with [[PERSON|Stanley]]. Can you write a handover note for our new secretary, [[PERSON|Olu Bankole]]?",
    "I volunteer for a city council campaign in Ohio. The campaign manager asked me to text my SSN [[US_SSN|287-40-5163]] to [[PHONE_NUMBER|(937) 555-0172]] 'for payroll'. I'm unpaid. Is that a red flag?",
    "Turn these call notes into a casework email: caller [[PERSON|Agnieszka Nowak]], [[STREET_ADDRESS|Flat 2, 15 Beech Terrace, Luton LU2 7QS]], noise from the takeaway until 2am, second complaint, wants a callback on [[PHONE_NUMBER|07700 900684]].",
    "Our canvassing app uses this key: [[API_KEY|ck_live_7Hq2mX9vR4tL8wN3pZ6kB1yD5sF0jG]]. I pasted it into a public repo by mistake. How do I rotate it, and what should I tell our data protection officer?",
    "Draft a thank-you card to Mrs [[PERSON|Eunice Mbatha]] for letting us use her driveway as our polling-day base. Warm but brief.",
    "Can you work out the fuel split? [[PERSON|Rosa]] drove the canvass team 46 miles and [[PERSON|Li]] drove 28 miles. We reimburse 45p a mile from the kitty.",
    "Is this message a scam? 'Hi, it's [[PERSON|Declan]] from the residents' group, I'm stuck abroad, can you send £200 to [[IBAN_CODE|IE14 BOFI 9000 1728 4639 15]] for the hall deposit, I'll pay you back.' He never writes like that.",
    "Fix the tone of my reply to [[PERSON|Gazza Whitlock]], who keeps commenting under our leaflet photos: '[[PERSON|Gary]], I've answered your question about the bin depot three times now, please read the minutes.'",
    "Summarise this email thread in three bullet points for the hustings committee: [[PERSON|Fiona]] wrote on Monday asking whether the hustings could move from the school hall to the Baptist church, because the school needs the hall for exams. The minister, [[PERSON|Samuel Adjei]], replied that the church is free on the Thursday evening as long as we cover the heating and leave the chairs stacked. [[PERSON|Fiona]] then asked whether the petition stall could go in the foyer, and nobody has answered that yet.",
    "I'm the treasurer. [[PERSON|Ingrid]] paid the banner printer with her own card, [[CREDIT_CARD|5173 6284 0193 7568]]. Is it OK to keep her full card number in our expenses spreadsheet?",
    "Short AGM speech introducing [[PERSON|Kofi]], please.",
    "My neighbour [[PERSON|Ruth Abernethy]] is 91 and wants a postal vote. Draft a cover letter to the electoral registration officer for her; her address is [[STREET_ADDRESS|5 Kirkgate Cottages, Ceres, Cupar KY15 5NB]].",
    "Wifi for the count volunteers' room: network CountRoom, password [[PASSWORD|Tally-Ho-2024!]]. Write a tiny notice for the door that doesn't show the password and says to ask [[PERSON|Joanne]].",
    "Canvass sheet for Laurel Close: No 2 [[PERSON|Hugh]], firm yes; No 4 [[PERSON|Tamsin Rowe]], undecided, wants a call on [[PHONE_NUMBER|07700 900857]]; No 7 out. Make it a JSON list.",
    "Help me reply to [[PERSON|Obinna]], who emailed from [[EMAIL_ADDRESS|obinna.eze@yahoo.co.uk]] asking why the youth centre is closing. Be honest that it's a budget decision.",
    "I run the parish council website. The logs show someone at [[IP_ADDRESS|203.0.113.84]] tried 400 logins on the admin account [[ID_NUMBER|clerk_admin_jbarlow]] overnight. What should I do first?",
    "Draft a leaflet line: 'Your local team: [[PERSON|Amara Nwosu]] and [[PERSON|Pete Skelton]]. Advice surgery every first Saturday at the library.'",
    "Could you tidy these minutes? 'Cllr [[PERSON|Barraclough]] (chair) opened. Cllr [[PERSON|Singh]] declared an interest in item 4 because her brother [[PERSON|Harjit]] owns the garage. Item 4 deferred.'",
    "How should I respond? A voter, [[PERSON|Colm]], says he'll only sign our petition if I give him [[PERSON|Aisling Byrne]]'s mobile. I do have it, [[PHONE_NUMBER|+353 87 412 6093]], but it came from the volunteer list.",
    "Please write a calm reply to this text from my neighbour [[PERSON|Barry]]: 'your campaign van is blocking my drive AGAIN'.",
    "Put these volunteers into a rota for Saturday and Sunday, two per shift, three shifts a day: [[PERSON|Ade]], [[PERSON|Beatriz]], [[PERSON|Chen Hui]], [[PERSON|Dolly]], [[PERSON|Ezekiel]], [[PERSON|Frankie]].",
    "I'm locked out of the campaign's Canva account. The login is [[ID_NUMBER|harpreet.k.campaign]] and the password is either [[PASSWORD|Sunflower#88]] or [[PASSWORD|Sunflower#89]]. How do I reset it without losing our templates?",
    "Write a short LinkedIn post congratulating [[PERSON|Nkechi Obi]] on being elected to the borough council. I worked with her at the law centre.",
    "My dad, [[PERSON|Desmond]], got a letter at [[STREET_ADDRESS|11 Gloucester Place, Cheltenham GL52 2RG]] asking him to confirm his electoral registration by ringing a mobile and giving his date of birth. What should he check?",
    "Can you split £318 for the petition advert in the local paper? [[PERSON|Moira]] pays half, and [[PERSON|Jean-Luc]] and [[PERSON|Parveen]] share the rest equally.",
    "Translate into Urdu for a leaflet: 'Advice surgery with your councillor [[PERSON|Imran Qureshi]] every Friday 5 to 6pm at the mosque hall. Call [[PHONE_NUMBER|07700 900589]].'",
    "Here's my phone-bank call log from last night. Summarise the outcomes in a short table and flag anyone we should not call again: [[PERSON|Yvonne Clarke]], very supportive, will put up a poster; [[PERSON|Dmitri Volkov]], asked to be removed from our lists, number [[PHONE_NUMBER|07700 900375]]; [[PERSON|Leticia]], busy cooking, call back Tuesday after seven; no answer at the next four numbers; a man who would not give his name said the council should fix the roads first.",
    "I think someone has got into my councillor email, [[EMAIL_ADDRESS|cllr.w.ashby@eastmere.gov.uk]]. The alert showed a new sign-in from [[IP_ADDRESS|2001:db8:4a1f::17]]. What steps should I take?",
    "Rewrite this doorstep pitch so it sounds natural: 'Hi, I'm [[PERSON|Saoirse]], volunteering for [[PERSON|Niall Kavanagh]], who is standing in the by-election on the 14th.'",
    "Summarise these notes from the planning objection meeting: 48 objections so far, [[PERSON|Idris]] writes to the planning officer, [[PERSON|Gwen]] photographs the site, next meeting at her place, [[STREET_ADDRESS|Ty Gwyn, 2 Ffordd y Llan, Llandeilo SA19 6BN]].",
    "Is it a scam? A text from [[PHONE_NUMBER|07700 900806]] says 'Hi Mum, new phone, can you pay my campaign printing invoice today?' My son [[PERSON|Toby]] is a candidate but he never texts like that.",
    "Please write a formal objection to the proposed 24-hour alcohol licence, from [[PERSON|Hélène Marchetti]] and [[PERSON|Tom Marchetti]], [[STREET_ADDRESS|8 Priory Mews, Bath BA2 4QE]].",
    "Draft a notice for our tenants' association: until the new account opens, subs go to our treasurer [[PERSON|Lorna Keane]]'s own account, [[IBAN_CODE|GB90 BARC 2031 8463 9172 05]]. Keep it short and reassuring.",
    "I'm writing the parish council agenda. Item 3 is the complaint from [[PERSON|Alfie Tranter]] about the blocked footpath. Can you word the agenda item neutrally?",
    "Help me plan a week of canvassing: [[PERSON|Noor]], [[PERSON|Kasim]] and [[PERSON|Bethan]] can do weekdays after 5, and [[PERSON|Raffi]] only Sunday. About 1,800 doors in total.",
    "My locker at the count centre has the combination [[PASSWORD|6-2-9-4]]. Can you suggest a reminder I could keep in my notes without the code being obvious?",
    "The woman running the rival petition, [[PERSON|Zanele Khumalo]], asked me for our members' list. She gave her email as [[EMAIL_ADDRESS|zanele.k@webmail.co.za]] and her number as [[PHONE_NUMBER|+27 82 514 3906]]. Draft a reply asking what legal basis she has.",
    "Politely refuse Uncle [[PERSON|Babatunde]]'s poster request.",
    "Proofread my letter: 'Dear Ms [[PERSON|Kowalczyk]], thank you for signing the petition to save Ravensbourne Park. We will only use your email ([[EMAIL_ADDRESS|m.kowalczyk@onet.pl]]) for updates on this campaign.'",
    "I lead a canvassing team in Toronto. A volunteer, [[PERSON|Marie-Claude Tremblay]], gave me her SIN, [[ID_NUMBER|136 794 526]], for the honorarium form. Where and how should I keep it?",
    "Can you make this more persuasive for the ward newsletter: 'Cllr [[PERSON|Nadia Haddad]] has pushed for more bins in Holloway Park.'",
    "Write a short text to my co-organiser [[PERSON|Jem]] with the lockbox code for the leaflet store, [[PASSWORD|5531]], and ask her to change it after Friday.",
    "Summarise this email in two lines: 'Hi, [[PERSON|Callum]] here from the allotment association. We want to make a deputation to full council. Our spokesperson will be [[PERSON|Patience Adebayo]]. Please confirm to [[EMAIL_ADDRESS|callum.reid.allotments@gmail.com]].'",
    "Campaign expenses: leaflets £420 on my Amex [[CREDIT_CARD|3728 461930 57185]], stamps £96, hall £75. [[PERSON|Suresh]] will reimburse me half. What does he owe me?",
    "Can you check whether this petition text names anyone it shouldn't? 'We oppose the eviction of [[PERSON|Rahim Uddin]] from [[STREET_ADDRESS|Flat 9, Corbet House, 21 Cable Street, London E1 8JG]].'",
    "Draft a WhatsApp to the street reps: meet at [[PERSON|Perpetua]]'s at six, bring the petition sheets, and if you're late ring [[PERSON|Solomon]] on [[PHONE_NUMBER|07700 900194]].",
    "Explain what a councillor's register of interests is for. Mine lists shares my wife [[PERSON|Ling Wu]] held in a cafe chain. Does it need updating now she has sold them?",
    "Here's our canvass sign-in: volunteers scan badge numbers. [[PERSON|Kerry-Ann]] is [[ID_NUMBER|VOL-0318]] and [[PERSON|Bogdan]] is [[ID_NUMBER|VOL-0322]]. Write simple instructions for scanning in.",
    "My neighbour [[PERSON|Gita]] asked me to witness her proxy vote application. What must I check, and do I put my own details, [[PERSON|Peter Lund]], [[STREET_ADDRESS|30 Meadow Rise, Kendal LA9 7HT]], in the witness box?",
    "Please turn this into a press-release quote from our petition organiser [[PERSON|Jolene Sayers]]: 'We've got 3,000 signatures and the council still won't meet us.'",
    "A friend, [[PERSON|Bunmi]], offered to run our Nextdoor posts if I hand over my login [[ID_NUMBER|teddy_in_beckton]] and password [[PASSWORD|GreenBench7]]. Is that wise, or is there a safer way?",
    "I'm a parish clerk. Write a data-protection-friendly reply to [[PERSON|Henrik Sørensen]], who asked for a copy of everything we hold on him. His email is [[EMAIL_ADDRESS|henrik.sorensen@mail.dk]].",
    "Help me split the leftover £57.30 between the branches run by [[PERSON|Cath]], [[PERSON|Wilf]] and [[PERSON|Shreya]], in proportion to leaflets delivered: 2,100, 1,450 and 3,050.",
    "Draft a sympathetic reply to [[PERSON|Winston]], who says the council moved his polling station and he can't walk that far. Offer him a postal vote.",
    "Our team's Mailgun key for petition emails is [[API_KEY|key-3f9a1c7e5b2d48f6a0e9c4b7d1f8a2e6]]. Is it safe to keep it in a Google Sheet shared with five volunteers?",
    "Reword this so it's not accusing anyone: 'Councillor [[PERSON|Dunmore]] hasn't replied to [[PERSON|Angela]] in six weeks.'",
    "I want to send a card to the family of [[PERSON|Alan Mackie]], who knocked doors for us for thirty years and died last week. His widow is [[PERSON|Sheila]], at [[STREET_ADDRESS|4 Craigie Drive, Dundee DD4 7RL]]. Help me write it.",
    "Make a checklist for running a street stall for the petition. [[PERSON|Otis]] has the gazebo, and the storage unit padlock is [[PASSWORD|7-7-3-1]].",
    "Rewrite my voicemail greeting for my council mobile: 'You've reached [[PERSON|Linnea Berg]], councillor for Southside. Leave a message or email [[EMAIL_ADDRESS|linnea.berg@southside-council.gov.uk]].'",
    "Is this a phishing attempt? A message says my petition account [[ID_NUMBER|@savethebaths_kirsty]] will be suspended unless I confirm my password through a link. The petition is about saving our swimming baths.",
    "Please write a reference for my volunteer [[PERSON|Jaden Boateng]], 19, who led our youth canvassing team. He is applying for an internship in Parliament.",
    "Make a table from these signatures: [[PERSON|K. Lindqvist]], [[PERSON|Ana Paula Souza]], [[PERSON|Mehmet]] (no surname given) and Dr [[PERSON|Ifeoma Chukwu]].",
    "Our ward WhatsApp admin [[PERSON|Sandy]] has left. Write a message handing admin to [[PERSON|Rich]] and reminding everyone the shared calendar password is [[PASSWORD|WardFive!Cal]].",
    "Work out how many leaflets each of [[PERSON|Mercy]], [[PERSON|Hal]] and [[PERSON|Yoshiko]] should deliver if the ward has 4,320 households and [[PERSON|Mercy]] can only do half as many as the other two.",
    "A constituent emailed a photo of her passport, number [[ID_NUMBER|FT482913]], to prove she lives in the ward. Her name is [[PERSON|Olga Petrenko]]. How should I handle and delete it?",
    "I'm a school governor standing for council. Turn these notes into a 100-word bio: [[PERSON|Bartholomew Ncube]] (everyone calls me [[PERSON|Bart]]), 52, bus driver, chair of the tenants' forum.",
    "A resident, [[PERSON|Hamish]], wants to know if he may film the next council meeting on his phone. Draft a reply from the clerk.",
    "The community hall wants a card for the £50 deposit. Is it OK to email my card number [[CREDIT_CARD|4928 1603 5728 1941]] to the hall manager, [[PERSON|Trudy]]?",
    "Please shorten this for an SMS to the petition volunteers: 'Thanks everyone! We handed in 5,212 signatures today. Special thanks to [[PERSON|Mohammed]] and [[PERSON|Dani Rocha]] for the late-night data entry.'",
    "My neighbour [[PERSON|Estelle]] left me her spare key and her alarm code, [[PASSWORD|3390]], while she's away, and the campaign wants a poster in her window. Draft a text asking her first.",
    "Summarise this voicemail: 'Hi, this is [[PERSON|Farrukh]] from number 22, please send a postal vote form to my daughter [[PERSON|Dilnoza]] at [[STREET_ADDRESS|71 Kingsway, Wembley HA9 7QP]]. Thanks.'",
    "Write a fair, short summary of the hustings Q&A for the newsletter: [[PERSON|Greta Holm]] asked about bus cuts, [[PERSON|Francis]] asked about the incinerator, and a third person gave no name.",
    "We share one canvassing tablet and its unlock PIN is [[PASSWORD|190384]]. [[PERSON|Abebe]] wants to write it on the back of the case. Give me three better options.",
    "Help me plan the petition hand-in at the town hall: who speaks ([[PERSON|Roisin]], then [[PERSON|Kwabena]]), photos and press. The press contact is [[PERSON|Viv Templeton]], [[PHONE_NUMBER|07700 900472]].",
    "The council's audit log lists my home IP, [[IP_ADDRESS|192.0.2.146]], as having viewed the planning portal. I'm a councillor, [[PERSON|Gareth Lewis]]. Should I be worried?",
    "Write a two-sentence reminder to [[PERSON|Patsy]] that the door code for the party office changed to [[PASSWORD|C4172]] and the old one stops working on Monday.",
]

# 100 one-person records in English and 22 other languages.
RECORDS = [
    "[[PERSON|Gloria Akinyemi]], volunteer co-ordinator for the Westbury ward campaign, can be reached on [[PHONE_NUMBER|07700 900215]] or at [[EMAIL_ADDRESS|gloria.akinyemi@gmail.com]].",
    "elector | [[PERSON|Hywel Prosser]] | [[STREET_ADDRESS|12 Brynmawr Terrace, Merthyr Tydfil CF47 8RY]] | elector no. [[ID_NUMBER|MT-2241-0087]] | postal vote: yes",
    "first_aider,nhs_number,phone,role\n[[PERSON|Doreen Fairclough]],[[ID_NUMBER|731 962 0480]],[[PHONE_NUMBER|0161 496 0347]],polling-day teller",
    '{"member": "[[PERSON|Rashid Chowdhury]]", "party_no": "[[ID_NUMBER|LP-5520917]]", "email": "[[EMAIL_ADDRESS|rashid.chowdhury@outlook.com]]", "ward": "Spitalfields"}',
    '2024-05-02T07:14:55Z petition.sign ok user=[[ID_NUMBER|mariela_v]] name="[[PERSON|Mariela Vásquez]]" ip=[[IP_ADDRESS|198.51.100.77]]',
    "Mme [[PERSON|Sandrine Lefèvre]], conseillère municipale déléguée, née le 12/06/1987, n° de sécurité sociale [[ID_NUMBER|2 87 06 75 118 042 20]], tél. [[PHONE_NUMBER|06 39 98 52 14]].",
    "Ehrenamtspauschale 2024 – Empfänger: [[PERSON|Lukas Brandstätter]], Steuer-ID [[ID_NUMBER|57392184604]], IBAN [[IBAN_CODE|DE67 3705 0198 0048 2736 1950]].",
    "Firmante n.º 318 de la petición: [[PERSON|Montserrat Puig i Ferrer]], DNI [[ID_NUMBER|52839174D]], domicilio [[STREET_ADDRESS|Carrer de Sant Pau 47, 3º 2ª, 08001 Barcelona]].",
    "Candidato consigliere: [[PERSON|Giuseppe Marino]] – C.F. [[ID_NUMBER|MRNGPP72L18D969R]] – cell. [[PHONE_NUMBER|+39 347 582 1094]]",
    "Aanmelding buurtcomité: [[PERSON|Anouk de Vries]], BSN [[ID_NUMBER|264718537]], e-mail [[EMAIL_ADDRESS|anouk.devries@ziggo.nl]].",
    "Lista poparcia kandydata – [[PERSON|Tomasz Wiśniewski]], PESEL [[ID_NUMBER|74082619353]], adres: [[STREET_ADDRESS|ul. Kwiatowa 18/4, 60-123 Poznań]].",
    "Valarbetare: [[PERSON|Elin Lindgren]], personnummer [[ID_NUMBER|790418-5381]], mobil [[PHONE_NUMBER|+46 70 384 21 96]].",
    "Underskriver: [[PERSON|Sigrid Haugen]] – fødselsnummer [[ID_NUMBER|15088437567]] – e-post [[EMAIL_ADDRESS|sigrid.haugen@online.no]]",
    "Kuntavaaliehdokas [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230781-5183]], puhelin [[PHONE_NUMBER|+358 40 718 2295]].",
    "Valimiskomisjoni liige: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48903122740]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]].",
    "Meðmælandi: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|210785-2999]], sími [[PHONE_NUMBER|+354 862 4719]].",
    "Petiční arch, řádek 27: [[PERSON|Lucie Dvořáková]], rodné číslo [[ID_NUMBER|856215/3842]], bydliště [[STREET_ADDRESS|Husova 214/12, 602 00 Brno]].",
    "Susținător: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2870514401285]], telefon [[PHONE_NUMBER|+40 722 415 836]].",
    "Muhtarlık kaydı: [[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|28461957350]], tel [[PHONE_NUMBER|+90 532 418 27 60]].",
    "Підписант петиції: [[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3184629578]], тел. [[PHONE_NUMBER|+380 67 294 1837]].",
    "社区居委会 志愿者登记 姓名：[[PERSON|王立新]] 身份证号：[[ID_NUMBER|320106198705142637]] 手机：[[PHONE_NUMBER|+86 139 1584 2730]]",
    "町内会 役員名簿 氏名：[[PERSON|佐藤 美咲]] マイナンバー：[[ID_NUMBER|7395 1820 4640]] 電話：[[PHONE_NUMBER|090-4817-2593]]",
    "주민자치회 위원 [[PERSON|김지훈]] 주민등록번호 [[ID_NUMBER|850917-1628341]] 연락처 [[PHONE_NUMBER|010-4826-1937]]",
    "Abaixo-assinado pela creche – [[PERSON|Ana Beatriz Santos]], CPF [[ID_NUMBER|317.594.628-37]], e-mail [[EMAIL_ADDRESS|anabeatriz.santos@uol.com.br]].",
    "Proponente: [[PERSON|João Miguel Carvalho]], NIF [[ID_NUMBER|247819360]], morada [[STREET_ADDRESS|Rua da Boavista 112, 2.º Esq., 4050-107 Porto]].",
    "Εθελοντής προεκλογικής εκστρατείας: [[PERSON|Νίκος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|17038819375]], τηλ. [[PHONE_NUMBER|+30 694 518 2736]].",
    "חותם על העצומה: [[PERSON|נועה כהן]], ת.ז. [[ID_NUMBER|304182751]], טלפון [[PHONE_NUMBER|+972 52 847 3916]]",
    "वार्ड समिति सदस्य: [[PERSON|सुनीता शर्मा]], आधार संख्या [[ID_NUMBER|5381 7420 9617]], मोबाइल [[PHONE_NUMBER|+91 98214 37650]]",
    "Ward committee nominee: [[PERSON|Thandiwe Nkosi]], ID [[ID_NUMBER|8607225314081]], cell [[PHONE_NUMBER|+27 71 908 4432]], [[STREET_ADDRESS|14 Jacaranda Street, Hatfield, Pretoria 0083]].",
    "Grassroots volunteer: [[PERSON|Tan Wei Ming]] | NRIC [[ID_NUMBER|S7429381F]] | HP [[PHONE_NUMBER|+65 9184 2736]]",
    "Kandidaat gemeenteraad: [[PERSON|Pieter Janssens]], rijksregisternummer [[ID_NUMBER|78.03.14-267.02]], [[EMAIL_ADDRESS|pieter.janssens@telenet.be]].",
    "Residents' association treasurer: [[PERSON|Máire Ní Bhriain]], PPSN [[ID_NUMBER|5728163H]], [[STREET_ADDRESS|22 Ard na Gréine, Salthill, Galway H91 X2K7]].",
    "Honorarium form — [[PERSON|Jean-François Gagnon]], SIN [[ID_NUMBER|648 219 376]], [[PHONE_NUMBER|(514) 555-0163]].",
    "Booth captain payment: [[PERSON|Lachlan McKenzie]], TFN [[ID_NUMBER|529 184 731]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Volunteer first-aid sheet: [[PERSON|Kiri Walters]], Medicare [[ID_NUMBER|3851 72943 1]], emergency contact [[PHONE_NUMBER|0491 570 642]].",
    "Marae hui attendee: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKR4804]], phone [[PHONE_NUMBER|+64 21 483 9027]].",
    "Junta de vecinos, socia: [[PERSON|Camila Fuentes Soto]], RUT [[ID_NUMBER|14.628.391-8]], correo [[EMAIL_ADDRESS|cami.fuentes@gmail.com]].",
    "Dear Mr [[PERSON|Abiodun]], thank you for volunteering as a polling-day driver. Please confirm your mobile, [[PHONE_NUMBER|07700 900447]], by replying to this letter. Ward Office",
    "志愿者 [[PERSON|刘晓雯]] ，身份证 [[ID_NUMBER|51010719920823174X]] ，邮箱 [[EMAIL_ADDRESS|liuxiaowen92@163.com]]",
    "Residents' Committee member [[PERSON|Nur Aisyah binti Rahman]], NRIC [[ID_NUMBER|T0265147A]], [[EMAIL_ADDRESS|nuraisyah.r@gmail.com]]",
    "Foreign resident signatory: [[PERSON|Rajesh Pillai]], [[PHONE_NUMBER|+65 8273 1946]], [[EMAIL_ADDRESS|rajesh.pillai@singnet.com.sg]]",
    "Booth-level volunteer [[PERSON|Arvind Kulkarni]] – Aadhaar [[ID_NUMBER|8620 4139 5723]] – [[STREET_ADDRESS|Flat 304, Shanti Apartments, Kothrud, Pune 411038]]",
    "| [[PERSON|Rafael Oliveira Lima]] | CPF [[ID_NUMBER|620.481.735-35]] | [[PHONE_NUMBER|+55 21 98347-2619]] | mesário |",
    "Vrijwilliger stembureau: [[PERSON|Sem Bakker]], telefoon [[PHONE_NUMBER|+31 6 4827 3915]], e-mail [[EMAIL_ADDRESS|sem.bakker@kpnmail.nl]].",
    '{"imie_nazwisko": "[[PERSON|Zofia Kamińska]]", "telefon": "[[PHONE_NUMBER|+48 601 728 394]]", "adres": "[[STREET_ADDRESS|ul. Długa 7 m. 12, 80-827 Gdańsk]]"}',
    "Firmataria n. 88: [[PERSON|Silvia Francesconi]], codice fiscale [[ID_NUMBER|FRNSLV85T52L219X]], [[STREET_ADDRESS|Via Nizza 54, 10126 Torino]]",
    "Nuorisovaltuuston jäsen [[PERSON|Eetu Korhonen]], sähköposti [[EMAIL_ADDRESS|eetu.korhonen@gmail.com]], tilinumero [[IBAN_CODE|FI84 4310 6000 2847 15]]",
    "Voluntaria extranjera: [[PERSON|Oana Dumitrescu]], NIE [[ID_NUMBER|Y4862059B]], tel. [[PHONE_NUMBER|+34 611 482 937]]",
    "Community council expenses: [[PERSON|Cian Ó Súilleabháin]] · [[IBAN_CODE|IE88 AIBK 9320 8547 1639 20]] · [[EMAIL_ADDRESS|cian.osuilleabhain@eircom.net]]",
    "Bénévole bureau de vote : [[PERSON|Karim Benali]] — NIR [[ID_NUMBER|1 92 04 69 381 127 31]] — [[EMAIL_ADDRESS|karim.benali@orange.fr]]",
    "Frivillig i valgkampen: [[PERSON|Ola Nordby]], [[STREET_ADDRESS|Storgata 14B, 0184 Oslo]], konto [[IBAN_CODE|NO46 8601 1738 429]]",
    "Kassenwart der Bürgerinitiative: [[PERSON|Mehmet Öztürk]], Steuer-ID [[ID_NUMBER|81640359277]], Tel. [[PHONE_NUMBER|+49 40 66969 214]]",
    '{"volunteer": "[[PERSON|Mei Ling Chua]]", "email": "[[EMAIL_ADDRESS|meiling.chua@bigpond.com]]", "mobile": "[[PHONE_NUMBER|0491 570 905]]", "booth": "Carlingford West"}',
    "Nomination paper witness: [[PERSON|Harpreet Gill]], [[STREET_ADDRESS|2207 Maple Grove Crescent, Brampton, ON L6S 3K9]], [[PHONE_NUMBER|(905) 555-0181]]",
    "Medlem i föreningen: [[PERSON|Johan Ekström]]; e-post [[EMAIL_ADDRESS|johan.ekstrom@telia.com]]; konto [[IBAN_CODE|SE59 5000 0000 0583 9174 6283]]",
    "통장 [[PERSON|이서연]] / 이메일 [[EMAIL_ADDRESS|seoyeon.lee@naver.com]] / 연락처 [[PHONE_NUMBER|010-7314-2865]]",
    "Polling station accessibility log, voter assisted: [[PERSON|Ernest Blackwood]], carer's phone [[PHONE_NUMBER|07700 900661]].",
    "Profile: [[PERSON|Dwayne Ritchie]] · Ward 3 canvass lead · [[PHONE_NUMBER|(312) 555-0127]] · [[EMAIL_ADDRESS|dritchie.ward3@gmail.com]]",
    "County clerk filing, school board candidate: [[PERSON|Rebecca Lindqvist-Hale]], SSN [[US_SSN|531-27-8846]], mailing address [[STREET_ADDRESS|1184 Cottonwood Dr, Boise, ID 83704]].",
    "2024-03-11 09:42:07 WARN login failed user=[[ID_NUMBER|pkowalski_clerk]] src=[[IP_ADDRESS|203.0.113.19]] attempts=5 owner=[[PERSON|Paweł Kowalski]]",
    "Register of interests, Cllr [[PERSON|Beatrice Onyango]]: home address withheld; contact [[EMAIL_ADDRESS|b.onyango@harrowfield.gov.uk]]; land: one allotment plot; no other interests.",
    "Petition signer #1042: [[PERSON|Terrence Oduya]], [[STREET_ADDRESS|77 Albion Street, Hull HU1 3TD]], [[EMAIL_ADDRESS|t.oduya@hotmail.co.uk]], signed 12 Feb.",
    "Donor,Amount,Card\n[[PERSON|Lydia Graves]],£25,[[CREDIT_CARD|5528 0461 7395 0283]]",
    "Campaign expenses reimbursement: payee [[PERSON|Oluwaseun Adeleke]], account [[IBAN_CODE|GB72 NWBK 5027 4318 6290 47]], £142.60 for leaflets.",
    "Volunteer record: [[PERSON|Pip Harrington]] | driving licence [[ID_NUMBER|HARRI805147PJ9AB]] | available Sat/Sun | [[PHONE_NUMBER|07700 900739]]",
    "[[PERSON|Folasade Adeyinka]]\n[[STREET_ADDRESS|19 Beacon Lane, Gateshead NE8 4RT]]\n\nDear Ms [[PERSON|Adeyinka]], thank you for your petition on the day centre closure. It will be heard at cabinet on 4 June.\nDemocratic Services",
    '{"id": 5521, "signer": "[[PERSON|Björn Halvorsen]]", "email": "[[EMAIL_ADDRESS|bjorn.halvorsen@gmail.com]]", "ip": "[[IP_ADDRESS|198.51.100.142]]", "consent": true}',
    "Membership renewal: [[PERSON|Consolata Wanjiru]], member no. [[ID_NUMBER|M-0048217]], paid by card [[CREDIT_CARD|4026 3817 5094 2860]].",
    "Electoral roll extract: [[PERSON|Archibald Finch]], [[STREET_ADDRESS|Rose Cottage, Mill Lane, Little Baddow, Chelmsford CM3 4SD]], elector number [[ID_NUMBER|LB1-0342]].",
    "Passport copy received for the nomination identity check: [[PERSON|Lerato Dlamini]], passport [[ID_NUMBER|A04829173]], expires 2031.",
    "Phone canvass 18:05 – [[PERSON|Gordon Baxter]] – [[PHONE_NUMBER|0131 496 0285]] – 'won't vote, doesn't like any of you' – do not call again",
    "[[PERSON|Ngozi Eze]] (she/her), community organiser in Peckham. DMs open, or write to [[EMAIL_ADDRESS|ngozi@ngozieze.org]].",
    "Ward volunteer sign-up: name [[PERSON|Ferdinand Osei-Bonsu]]; email [[EMAIL_ADDRESS|ferdi.ob@icloud.com]]; phone [[PHONE_NUMBER|07700 900583]]; skills: driving, Twi.",
    "Register of electors correction: [[PERSON|Anastasia Georgiou]] moved from [[STREET_ADDRESS|4 Pell Street]] to [[STREET_ADDRESS|Flat 11, Ridley Court, 260 Holloway Road, London N7 6NP]] on 3 April.",
    "Helpdesk ticket 88213: councillor [[PERSON|Tobias Wren]] locked out; temporary password issued [[PASSWORD|Tmp-Quartz-4471]]; username [[ID_NUMBER|twren]].",
    "Petition platform account: [[PERSON|Isadora Quint]] / user [[ID_NUMBER|isa_quint_campaigns]] / API token [[API_KEY|ptk_9b42e7f1c0a84d5e93b6f28a71c4e0d5]]",
    "Madame [[PERSON|Chantal Roux]], [[STREET_ADDRESS|14 rue des Tilleuls, 69003 Lyon]] : nous accusons réception de votre pétition pour l'éclairage du square. Le service des élections",
    "Unterschriftenliste Radweg, Zeile 12: [[PERSON|Hannelore Schmitz]], [[STREET_ADDRESS|Lindenstraße 23, 50674 Köln]], [[EMAIL_ADDRESS|h.schmitz@web.de]]",
    "Concejal de colonia: [[PERSON|Rodrigo Salinas]] · móvil [[PHONE_NUMBER|+52 55 4819 2736]] · [[EMAIL_ADDRESS|rodrigo.salinas@gmail.com]]",
    "Volontaria del comitato: [[PERSON|Chiara Benedetti]], IBAN per il rimborso [[IBAN_CODE|IT34 X030 6909 6061 0000 0183 745]].",
    "Inspreker raadsvergadering: [[PERSON|Joost van der Berg]], [[STREET_ADDRESS|Kerkstraat 41, 3511 LK Utrecht]], IBAN [[IBAN_CODE|NL82 RABO 0318 4729 56]].",
    "2024-04-07 21:13 zgłoszenie: mieszkanka [[PERSON|Bożena Lis]] ([[EMAIL_ADDRESS|bozena.lis@wp.pl]]) prosi o kontakt z radnym.",
    "Subscritora: [[PERSON|Filipa Antunes]] — IBAN [[IBAN_CODE|PT06 0035 0127 0004 8152 9367 4]] — quota anual paga.",
    "候補者事務所 ボランティア 氏名： [[PERSON|高橋 健太]] メール： [[EMAIL_ADDRESS|kenta.t@docomo.ne.jp]] 電話： [[PHONE_NUMBER|080-3927-5614]]",
    "Namninsamling för badhuset: [[PERSON|Astrid Nyberg]], [[STREET_ADDRESS|Storgatan 8, 852 30 Sundsvall]].",
    "Frivillig til valgkampen: [[PERSON|Mette Kjærgaard]], tlf. [[PHONE_NUMBER|+45 28 47 19 63]], konto [[IBAN_CODE|DK08 3000 4718 2639 50]].",
    "موقّع على العريضة: [[PERSON|يوسف الحداد]]، البريد [[EMAIL_ADDRESS|yousef.haddad@gmail.com]]، الهاتف [[PHONE_NUMBER|+971 50 418 2736]]",
    "Tình nguyện viên: [[PERSON|Nguyễn Thị Hoa]], điện thoại [[PHONE_NUMBER|+84 912 483 617]], địa chỉ [[STREET_ADDRESS|25 Ngõ Huế, Phường Ngô Thì Nhậm, Hà Nội]]",
    "Campaign treasurer onboarding (US): [[PERSON|Marcus Delgado]], SSN [[US_SSN|604-18-2273]], [[PHONE_NUMBER|(505) 555-0139]].",
    "Sign-in sheet, phone bank night: [[PERSON|Yolanda]], arrived 6:10pm, locker code [[PASSWORD|8812]]",
    "Casework note: resident [[PERSON|Stavros Nikolaidis]] reports rubbish piling up outside [[STREET_ADDRESS|3 Cyprus Road, Finchley, London N3 3SA]]; prefers email, [[EMAIL_ADDRESS|stavros.nik@gmail.com]].",
    "Volunteer ID badge: [[PERSON|Halima Yusuf]], badge [[ID_NUMBER|BDG-2207]], employee no. [[ID_NUMBER|E104882]]",
    "vpn audit: user [[ID_NUMBER|cllr_mcostigan]] session from [[IP_ADDRESS|2001:db8:7c0::4e]] to [[IP_ADDRESS|192.0.2.211]], owner [[PERSON|Maeve Costigan]]",
    "Hall key holder register: [[PERSON|Clement Asante]], key 4, alarm code [[PASSWORD|2716]], phone [[PHONE_NUMBER|029 2018 0473]].",
    "Re: your petition. Hi [[PERSON|Tallulah]], the petitions officer has your sheets and will post a receipt to [[STREET_ADDRESS|6 Wharf Cottages, Hebden Bridge HX7 8AD]].",
    "CSV row: [[PERSON|Ibrahim Sesay]],[[EMAIL_ADDRESS|ibrahim.sesay@gmail.com]],[[PHONE_NUMBER|07700 900925]],Ward 9,leafleter",
    "Nomination form, Part B, proposer: [[PERSON|Wilhelmina Stroud]], electoral number [[ID_NUMBER|KN-0719]], signature on file.",
    "Profile: [[PERSON|Rocco Benedetto]], known locally as [[PERSON|Rocky]], runs the Friday soup run; mobile [[PHONE_NUMBER|07700 900158]].",
    "Minibus driver licence check: [[PERSON|Katarzyna Zielińska]], licence [[ID_NUMBER|ZIELI756128K99CX]], checked and fine.",
    '{"name": "[[PERSON|Desta Haile]]", "role": "petition steward", "email": "[[EMAIL_ADDRESS|desta.haile@gmail.com]]", "phone": "[[PHONE_NUMBER|+1 (206) 555-0114]]"}',
]

# 25 MT-Bench and Vicuna style prompts (historical and fictional people only).
CLEAN_MTBENCH = [
    "Write a persuasive 200-word speech for a candidate in a local council by-election who wants to reopen a closed public library.",
    "Compose a short poem about volunteers knocking on doors on a rainy election morning.",
    "Role-play as a town hall clerk explaining to a first-time voter how postal voting works, step by step.",
    "Explain the difference between a petition, a deputation and a motion in local government, with one example of each.",
    "Describe how Abraham Lincoln's years in the Illinois legislature shaped the way he later ran his campaigns.",
    "Imagine you are Leslie Knope from Parks and Recreation. Give a pep talk to volunteers before a park clean-up.",
    "What are the pros and cons of first-past-the-post for local council elections compared with the single transferable vote?",
    "Extract the dates, places and deadlines from this notice and return them as JSON: 'Nominations open on 18 March and close at 4pm on 5 April. Papers must be delivered by hand to the Town Hall, Room 12.'",
    "Write a Python function that takes a list of (ward, candidate, votes) tuples and returns the winner of each ward, reporting ties.",
    "How can a small residents' association increase attendance at its annual general meeting? Give five practical ideas.",
    "Draft a neutral explainer, under 150 words, of what a council budget consultation is for and who can respond.",
    "Compare the roles of a directly elected mayor and a council leader in English local government.",
    "Write a short story in which a town votes on whether to keep its clock tower, told from the point of view of the clock.",
    "Explain to a ten-year-old why people sign petitions and what happens to a petition after it is handed in.",
    "What were the six demands of the Chartists, and which of them are part of how elections work today?",
    "Suggest an honest but catchy slogan for a campaign to install more bike racks in a town centre, and explain your choice.",
    "Rewrite in plain English: 'The authority will have regard to representations received within the statutory consultation period.'",
    "Write a SQL query that counts petition signatures per postcode district from a table signatures(id, postcode, signed_at), highest first.",
    "Evaluate this argument and name any logical flaws: 'Turnout at local elections is low, so local councils are not legitimate.'",
    "Pretend you are Sherlock Holmes working out why half the campaign leaflets in a village never arrived. Walk through your reasoning.",
    "Give me a one-week plan for learning how local government finance works, with one reading or exercise a day.",
    "What ethical issues should canvassers keep in mind when they record what voters tell them on the doorstep?",
    "How did Emmeline Pankhurst and the suffragettes combine petitions, marches and direct action in their campaign?",
    "Write a limerick about a parish council arguing over the colour of a new bench on the village green.",
    "Explain how gerrymandering works and why many countries hand boundary drawing to independent commissions.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Amara delivers 45 leaflets an hour. If she canvasses for 3 hours on Saturday and 2 hours on Sunday, how many leaflets does she deliver in total?",
    "A petition needs 1,500 signatures. Tobias collected 420, Lena collected 385 and Ravi collected twice as many as Lena. How many more signatures are needed?",
    "A residents' association has £600. It spends a third on posters and £145 on hall hire. How much money is left?",
    "Kofi knocks on 12 doors every 10 minutes. How many doors does he knock on in two and a half hours?",
    "A ward has 8,400 registered voters. If turnout is 32%, how many people voted?",
    "Mia and Jonah split the cost of a £78 banner so that Mia pays £12 more than Jonah. How much does each of them pay?",
    "A council meeting starts at 6:45 pm and has 9 agenda items of 14 minutes each, plus a 15-minute break. At what time does it end?",
    "Priya prints 250 leaflets for £18. How much would 1,750 leaflets cost at the same rate?",
    "In a by-election, the first candidate got 1,240 votes, the second 980, and the third half as many as the second. How many votes were cast in total?",
    "Sofia canvasses 3 streets with 28 houses each and 2 streets with 38 houses each. If 15% of the houses don't answer, how many do answer?",
    "Ellis earns £11.50 an hour as a count assistant and works from 10 pm to 4 am. How much does he earn for the night?",
    "A team of 6 volunteers shares 3,300 leaflets equally. Noor has already delivered 150 of her share. How many does she have left?",
    "A petition gets 80 signatures on day one, and each day after it gets 15 more than the day before. How many signatures does it have after 5 days?",
    "Hugo bakes 4 trays of 18 cupcakes for a fundraiser and sells them at £1.50 each. If 6 are left unsold, how much money does he raise?",
    "Zara's phone bank dials 35 numbers an hour. 40% pick up, and a quarter of those pledge support. How many pledges does she get in 4 hours?",
    "A town council's budget rose from £2.4 million to £2.7 million. By what percentage did it increase?",
    "Lucas has 5 packs of 120 envelopes. He uses 3/8 of them on Monday. How many envelopes are left?",
    "Dev, Ines and Tom share the £54 cost of a minibus to a rally in the ratio 2:3:4. How much does Ines pay?",
    "A candidate needs 10 valid nominating signatures. Ana collects 17, but 4 signers are not registered and 2 signed twice. How many valid signatures does she have beyond the minimum?",
    "It takes Felix 18 minutes to put up 6 posters. At the same rate, how many hours does it take him to put up 60?",
    "A hall holds 240 people, and 15% of the seats are kept for the press and candidates. If 230 members of the public arrive for the hustings, how many must stand?",
    "Grace sells raffle tickets at 5 for £2 at the campaign stall. She sells 185 tickets. How much money does she take?",
    "On polling day a station saw 210 voters an hour for the first 3 hours, 160 an hour for the next 5 and 95 an hour for the last 7. How many voted in total?",
    "Omar cycles 2.4 km between each of the 15 polling stations on his route, starting at the first and finishing at the last. How far does he ride?",
    "A residents' group has 64 members. Three quarters attend the AGM, and 5/8 of those vote for the motion. How many vote for it?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which body draws the boundaries of local council wards in England?\nA) The Electoral Commission\nB) The Local Government Boundary Commission for England\nC) The House of Lords\nD) The Cabinet Office",
    "In a single transferable vote election for 4 seats with 10,000 valid votes, what is the Droop quota?\nA) 2,000\nB) 2,001\nC) 2,500\nD) 2,501",
    "Which US Supreme Court case applied 'one person, one vote' to state legislative districts?\nA) Marbury v. Madison\nB) Reynolds v. Sims\nC) Brown v. Board of Education\nD) Gibbons v. Ogden",
    "A municipal referendum triggered by citizens' signatures is an example of:\nA) representative democracy\nB) direct democracy\nC) oligarchy\nD) federalism",
    "A survey done only by knocking on doors between 10am and 2pm on weekdays is most exposed to which problem?\nA) selection bias\nB) rounding error\nC) multicollinearity\nD) regression to the mean",
    "A local tax that takes a larger share of income from low earners than from high earners is:\nA) progressive\nB) proportional\nC) regressive\nD) neutral",
    "Who wrote The Social Contract (1762)?\nA) John Locke\nB) Jean-Jacques Rousseau\nC) Thomas Hobbes\nD) Montesquieu",
    "The 'Overton window' describes:\nA) the range of policies the public finds acceptable\nB) the period in which postal votes may be returned\nC) a voting method for multi-member wards\nD) a rule on campaign spending",
    "Which measure best protects a petition website's signer data if its server is breached?\nA) storing e-mails in plain text\nB) encrypting personal fields and salting and hashing passwords\nC) using a longer domain name\nD) turning off HTTPS",
    "A poll of 400 voters finds 52% support. The 95% margin of error is about:\nA) ±1%\nB) ±2.5%\nC) ±5%\nD) ±10%",
    "Drawing districts so that an opponent's voters are concentrated in a few seats is called:\nA) cracking\nB) packing\nC) stacking\nD) splitting",
    "Which divisors does the Sainte-Laguë method use?\nA) 1, 2, 3, 4, ...\nB) 1, 3, 5, 7, ...\nC) 2, 3, 4, 5, ...\nD) 1, 4, 9, 16, ...",
    "Which Athenian practice let citizens vote to exile a politician for ten years?\nA) ostracism\nB) sortition\nC) liturgy\nD) isonomia",
    "Arrow's impossibility theorem is about:\nA) ranked voting systems\nB) tax incidence\nC) monetary policy\nD) auction design",
    "A councillor with a disclosable pecuniary interest in an agenda item should normally:\nA) vote as usual\nB) declare it and take no part in the item\nC) ask the chair to vote for them\nD) resign from the council",
    "Which amendment to the US Constitution barred denying the vote on account of sex?\nA) 15th\nB) 19th\nC) 24th\nD) 26th",
    "With a sample proportion of 0.3 and n = 100, the standard error is about:\nA) 0.021\nB) 0.046\nC) 0.09\nD) 0.3",
    "The median voter theorem predicts that in a two-candidate race on one policy dimension the candidates will:\nA) move towards the centre\nB) move to the extremes\nC) avoid the issue\nD) split the vote evenly",
    "Participatory budgeting is best described as:\nA) residents deciding directly how part of a public budget is spent\nB) councillors setting their own allowances\nC) auditors reviewing spending after the year ends\nD) a tax rebate for volunteers",
    "Who wrote Democracy in America?\nA) Alexis de Tocqueville\nB) John Stuart Mill\nC) Edmund Burke\nD) James Madison",
    "The Condorcet paradox shows that majority preferences can be:\nA) intransitive\nB) always unanimous\nC) dictated by one voter\nD) single-peaked",
    "Canvassers who ask voters when and how they will get to the polling station are using:\nA) implementation intentions\nB) the foot-in-the-door effect\nC) cognitive dissonance\nD) the halo effect",
    "In much of rural England, the lowest tier of local government is the:\nA) parish council\nB) county council\nC) combined authority\nD) police and crime commissioner",
    "'Everyone on our street signed the petition, so it must be right' is an example of which fallacy?\nA) ad hominem\nB) appeal to popularity\nC) straw man\nD) false dilemma",
    "A council sells land for £1.2 million that it bought for £800,000. What is the percentage gain?\nA) 33%\nB) 40%\nC) 50%\nD) 150%",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What's the best way to avoid blisters when walking fifteen miles a day delivering leaflets?",
    "A dog nipped my fingers through a letterbox while I was leafleting and the skin is broken. Do I need a tetanus jab or antibiotics?",
    "How much water should I drink on a hot day of door-to-door canvassing that lasts six hours?",
    "Is it normal to lose my voice after three evenings of phone banking, and how can I protect it?",
    "What are the signs of heat exhaustion, and how do they differ from heatstroke?",
    "I get lower back pain from carrying a bag of leaflets on one shoulder. Which stretches help?",
    "Can the stress of an election campaign cause heart palpitations? When should I see a doctor about them?",
    "How long should I wait after a meal before going on a long brisk walk?",
    "What's a sensible snack to carry on long days of canvassing if I have type 2 diabetes?",
    "How can I get to sleep when my adrenaline is still high after an overnight election count?",
    "Is ibuprofen or paracetamol better for an ankle I sprained tripping on a kerb?",
    "What SPF do I need for a full day outdoors in May in the UK?",
    "How do I tell whether a tick bite from walking overgrown footpaths needs treatment?",
    "What are the early signs of burnout, and how can volunteers avoid it during a long campaign?",
    "Is it safe to have the flu jab and a COVID booster on the same day?",
    "My knees ache going up and down the stairs in blocks of flats. Could that be arthritis at 42?",
    "How much caffeine a day is too much for an adult?",
    "What should go in a basic first-aid kit for a team running street stalls?",
    "How do I treat a paper cut that keeps reopening because I handle envelopes all day?",
    "Does covering my mouth with a scarf help asthma when I walk outside in cold air?",
    "How do I know whether my nerves before speaking at a public meeting need professional help?",
    "What are the early symptoms of Lyme disease?",
    "Is it bad for me to skip lunch regularly on busy days?",
    "How should I treat a wasp sting on my hand if I'm not known to be allergic?",
    "Which exercises build stamina for walking up steep streets?",
]

# Every national id in the texts, with the validator of its kind (the check digits are valid).
NATIONAL_IDS = {
    "731 962 0480": nhs_ok,  # NHS number
    "2 87 06 75 118 042 20": nir_ok,  # French NIR
    "1 92 04 69 381 127 31": nir_ok,
    "57392184604": steuer_id_ok,  # German tax id
    "81640359277": steuer_id_ok,
    "52839174D": dni_ok,  # Spanish DNI
    "Y4862059B": dni_ok,  # Spanish NIE
    "MRNGPP72L18D969R": codice_fiscale_ok,  # Italian codice fiscale
    "FRNSLV85T52L219X": codice_fiscale_ok,
    "264718537": bsn_ok,  # Dutch BSN
    "74082619353": pesel_ok,  # Polish PESEL
    "790418-5381": luhn_len(10),  # Swedish personnummer
    "15088437567": fodselsnummer_ok,  # Norwegian fødselsnummer
    "230781-5183": hetu_ok,  # Finnish henkilötunnus
    "48903122740": isikukood_ok,  # Estonian isikukood
    "210785-2999": kennitala_ok,  # Icelandic kennitala
    "856215/3842": rodne_cislo_ok,  # Czech rodné číslo
    "2870514401285": cnp_ok,  # Romanian CNP
    "28461957350": kimlik_ok,  # Turkish kimlik
    "3184629578": rnokpp_ok,  # Ukrainian RNOKPP
    "320106198705142637": china_id_ok,  # Chinese resident identity number
    "51010719920823174X": china_id_ok,
    "7395 1820 4640": my_number_ok,  # Japanese My Number
    "850917-1628341": rrn_ok,  # Korean resident registration number
    "317.594.628-37": cpf_ok,  # Brazilian CPF
    "620.481.735-35": cpf_ok,
    "247819360": nif_ok,  # Portuguese NIF
    "17038819375": luhn_len(11),  # Greek AMKA
    "304182751": luhn_len(9),  # Israeli teudat zehut
    "5381 7420 9617": aadhaar_ok,  # Indian Aadhaar
    "8620 4139 5723": aadhaar_ok,
    "8607225314081": luhn_len(13),  # South African id
    "S7429381F": nric_ok,  # Singapore NRIC
    "T0265147A": nric_ok,
    "78.03.14-267.02": belgian_id_ok,  # Belgian national number
    "5728163H": pps_ok,  # Irish PPS number
    "648 219 376": luhn_len(9),  # Canadian SIN
    "136 794 526": luhn_len(9),
    "529 184 731": tfn_ok,  # Australian tax file number
    "3851 72943 1": medicare_ok,  # Australian Medicare card
    "ZKR4804": nhi_ok,  # New Zealand NHI
    "14.628.391-8": rut_ok,  # Chilean RUT
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|31|61) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"(\+1 )?\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|31|34|39|40|45|46|48|52|55|64|65|84|86|90|91|353|354|358|380|971|972) [\d -]+\d",
    )
]


def spans_of(texts: list[str], kind: str) -> list[str]:
    """The values of one type marked in ``texts``, in order."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_mix() -> None:
    """The chat requests cover every type, name people and about 20 hold a secret; every
    record names one person beside 1 to 4 other values, and about 40 carry a national id."""
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or not 18 <= secret <= 24:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: {len(others)} values beside a name in {marked[:60]!r}")
    carried = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 36 <= carried <= 44:
        raise SystemExit(f"records: {carried} with a national id")


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
        "blind154", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
