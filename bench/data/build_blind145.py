# ruff: noqa: E501
"""A hundred and forty-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on theatre, film sets and live events crews (call sheets, cast and crew lists, stage
managers, riders, accreditation passes, per diems, touring digs, freelance invoices, radio
channels, stage door codes, box office problems).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); only check digits were computed, with the validators
of ``ids.py`` and ``marks.py``, for bases the writer chose.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs,
  voicemails and e-mails, translating, fixing wording, splitting costs and per diems,
  asking whether something is a scam, planning. The first 30 are typed all in lower case
  (names, e-mails, codes and postcodes too, with shorthand and typos); the next 6 are in
  Spanish, German, French, Japanese, Russian and Greek; the other 84 in ordinary English.
  Names of many origins, first names alone, surnames after titles, full names, nicknames
  (marked whole: "big steve", "Big Mick", "gaz"), names that are ordinary words (Hope,
  Sunny, Grace, Bill, Rose, Dawn, Faith, Drew, Kit), many named in passing with no cue
  word; 1 to 8 values each, at least 90 naming a person and at least 15 holding a secret
  (stage door, gate, alarm, key safe and locker codes, wifi keys, passwords, PINs);
  every entity type appears.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose, profile lines, pipe and CSV rows, JSON objects, log lines, register
  entries and short letters, in English and French, Portuguese, Spanish, Italian, German,
  Dutch, Swedish, Norwegian, Danish, Finnish, Estonian, Icelandic, Polish, Czech,
  Romanian, Turkish, Greek, Ukrainian, Korean, Japanese and Chinese. Each names exactly
  one person and holds 1 to 4 other values; 41 carry a national id with valid check
  digits.
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people: Shakespeare, Chekhov, Stanislavski, Sarah
  Bernhardt, Méliès, Hamlet, Lady Macbeth), 25 GSM8K-style word problems with fictional
  first names, 25 MMLU-style items with options A to D and 25 health questions naming no
  one; nearly all on the theme.

Labels follow the "Labels:" paragraph of the README. Usernames and logins, account,
customer, member, employee, student, staff pass, accreditation pass and wristband numbers,
tax references, insurance policy numbers, passports, driving licences and national ids are
ID_NUMBER; PINs, door, gate, alarm, key safe and locker codes, wifi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Ms, Frau, landlady, partner)
stay outside PERSON spans; an address span runs from the first street line (a house name
where one is given) through the postcode and city as typed, over several lines where the
user typed several; public figures, fictional characters, pets, companies, shows, venues,
order, booking, invoice and ticket references, bank sort codes, amounts and dates of birth
are not labelled; every occurrence of a private value is marked (a name said again is
marked again).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere (Japan, Korea, Spain, Italy, Portugal, Ireland,
Russia, Ukraine, Turkey, Greece, Romania, Norway, Finland, Iceland, Israel, India,
China, Singapore, Brazil, Mexico, New Zealand, South Africa, Kenya, Nigeria, UAE); cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (French NIR, NHS number, Brazilian CPF, Indian
Aadhaar, Singapore NRIC, Swedish personnummer, Dutch BSN, Korean resident registration
number, Australian TFN and Medicare, Canadian SIN, Turkish kimlik, Polish PESEL, Italian
codice fiscale, Finnish henkilötunnus, South African id, Japanese My Number, Spanish DNI
and NIE, Irish PPS number, Belgian national number, Norwegian fødselsnummer, Portuguese
NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné
číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Israeli teudat zehut, Greek AMKA,
Chinese resident id).

Run ``.venv/bin/python bench/data/build_blind145.py`` from the repository root; the output
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Signor|Signora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # typed all in lower case
    "can you tidy this up for the call sheet: [[PERSON|dev okonkwo]] (1st ad) [[PHONE_NUMBER|07700 900412]], unit base gate code is [[PASSWORD|4817]]. keep it short pls",
    "pls split the per diems for the get-in crew, £35 a day x 4 days for [[PERSON|kasia]], [[PERSON|tomasz]], [[PERSON|benji]] and [[PERSON|hope]]. [[PERSON|hope]] only did 2 days tho. who owes what",
    "is this a scam? got a text saying my equity pass is blocked and to confirm my login [[ID_NUMBER|rbevan_84]] and password at some link. my name is [[PERSON|rhiannon bevan]] btw, never had a text from them before",
    "summarise this voicemail: hi its [[PERSON|gaz]] from the lighting hire, the spare par cans are ready, ring me back on [[PHONE_NUMBER|01632 960284]] or email [[EMAIL_ADDRESS|gary.pruitt@lumenhire.co.uk]] before friday cheers",
    "wifi for the rehearsal room is [[PASSWORD|greenroom_77b]] and the stage door code is [[PASSWORD|2961]], can u write a polite note for [[PERSON|mo]] and [[PERSON|priyanka]] so they stop asking me every morning lol",
    "draft a msg to [[PERSON|sunny]] saying the coach to the next venue leaves 8am from outside her digs at [[STREET_ADDRESS|14 canal st, manchester m1 3hw]], not 9. and that her room in glasgow is booked under [[PERSON|j. whitfield]] by mistake",
    "fix my wording pls: hey [[PERSON|ezra]] ur invoice for the sound design came from [[EMAIL_ADDRESS|ezra.kaplan.sound@gmail.com]] but had no bank details on it, can u resend w sort code and acc no. thx [[PERSON|lou]]",
    "my card got declined at the box office machine, its [[CREDIT_CARD|4539 1728 6403 1520]] exp 09/27, is it safe to paste this here or should i just ring them? booked under [[PERSON|niamh o'rourke]]",
    "translate to polish for our rigger: 'your digs this week are with mrs [[PERSON|pritchard]] at [[STREET_ADDRESS|22 heol y bont, cardiff cf11 6pl]], key is in the lockbox, code [[PASSWORD|0519]]. see you at the get-in [[PERSON|paweł]]'",
    "can u summarise these notes from the prod meeting into 3 bullets: [[PERSON|alys]] chasing the rider for the band (no nuts, oat milk). [[PERSON|ferdi]] to send the radio channel list, ch 3 is stage mgmt. [[PERSON|alys]] needs everyones passport nos by weds for the accreditation, mine is [[ID_NUMBER|533281947]]",
    "whats a nice way to tell [[PERSON|bill]] the dressing room alarm code changed to [[PASSWORD|7305]] without him forwarding it to the whole cast whatsapp again",
    "help me work out mileage, i drove from [[STREET_ADDRESS|41 larch grove, leeds ls6 2qt]] to the venue in hull and back 3 days, 45p a mile, ~62 miles each way. invoicing as [[PERSON|ravi chauhan]] sole trader",
    "hi can u check this iban before i send it to the producer: [[IBAN_CODE|gb33nwbk60428317492605]] name on acct [[PERSON|imogen tuck]]. they want it for the per diem float",
    "write a quick reply to the stage manager [[PERSON|fi]] - yes i can cover the fly floor on sat mat, my number is [[PHONE_NUMBER|07700 900738]] if the rota changes",
    "[[PERSON|helen]] left and the box office login is still hers, [[ID_NUMBER|hwatts.bo]] pw [[PASSWORD|matinee!22]]. how do i ask the venue it dept to reset it w/o sounding dodgy",
    "ok so the api key for the ticket widget is [[API_KEY|tk_live_9f3ab27c4e1d58b0a6f2]] and it stopped working after [[PERSON|marcus]] rotated something. explain what rotating a key means in plain words",
    "is this legit? someone rang [[PERSON|jojo]] saying theyre from the agency and need her ni number [[ID_NUMBER|jt 48 27 19 c]] to release her fee. she already gave it them",
    "summarise: call log 14:02 [[PERSON|declan]] from transport, breakdown on the m6. 14:20 rang [[PERSON|suki]] on [[PHONE_NUMBER|07700 900156]] to hold the get-out. 14:45 [[PERSON|declan]] back on the road",
    "draft a text to my landlady [[PERSON|brenda]] telling her ill be back late after the show every night this week, and can she leave the back gate unlocked or tell me the code again, i think it was [[PASSWORD|1136]]",
    "need a packing list for a 6 week tour. also remind me my travel insurance policy no is [[ID_NUMBER|tvl-5518204]] and the emergency contact is my partner [[PERSON|kwame]] [[PHONE_NUMBER|07700 900593]]",
    "what does 'cuelga el telón a las 6' mean? [[PERSON|nacho]] texted it from [[PHONE_NUMBER|+34 612 408 377]] and i dont want to look stupid",
    "can you make this crew list into a table: [[PERSON|tash]] lx, [[PERSON|big steve]] rigging, [[PERSON|oyelaran]] sound, [[PERSON|mei lin]] wardrobe [[EMAIL_ADDRESS|meilin.wardrobe@outlook.com]]",
    "my accreditation pass for the festival says [[PERSON|jon snowden]] instead of [[PERSON|jonah snowdon]], the pass no is [[ID_NUMBER|acc-77120]]. write an email to the accreditation office asking them to fix it",
    "hey quick one, whats 17.5% of 1840, its the invoice for [[PERSON|abi]]'s lighting design. her utr is [[ID_NUMBER|8391047265]] if that goes on it",
    "set up a reminder text for the cast: half is 7.25, stage door code tonight only is [[PASSWORD|8842]], ask [[PERSON|rosie]] or [[PERSON|tunde]] if locked out",
    "rewrite so it sounds less angry: [[PERSON|craig]] u have used my dressing room again and left ur vape on the side. next time im telling [[PERSON|deb]]",
    "the ssn for the us tour visa form is [[US_SSN|412-83-5096]], name [[PERSON|dakota reyes]], address [[STREET_ADDRESS|2218 n kedzie ave, chicago il 60647]]. is it ok to email this to the tour manager or too risky",
    "whats the best way to share our radio channels doc, it has the login for the comms server [[IP_ADDRESS|198.51.100.23]] user [[ID_NUMBER|comms_admin_kb]] pass [[PASSWORD|talkback#9]]",
    "pls make this a nice message: [[PERSON|ollie]] ur digs are at [[STREET_ADDRESS|flat 3, 9 marine parade, brighton bn2 1tl]], keysafe [[PASSWORD|5070]], landlord is mr [[PERSON|achterberg]] [[PHONE_NUMBER|01632 960517]]",
    "did i get scammed? paid a deposit for a sublet near the theatre to [[PERSON|kira m]] via [[IBAN_CODE|de60 1007 0024 0938 4716 25]] and now her number [[PHONE_NUMBER|+49 30 23125 418]] is dead",
    # six other languages
    "¿Puedes resumir esto para el equipo? [[PERSON|Lucía Ferrández]] lleva el vestuario, su móvil es [[PHONE_NUMBER|+34 655 219 804]]. El código de la puerta de artistas es [[PASSWORD|3394]] y el wifi del camerino es [[PASSWORD|Bambalinas2025]].",
    "Kannst du diese Nachricht an unsere Tontechnikerin freundlicher formulieren? „[[PERSON|Jana]], deine Rechnung ist schon wieder ohne Steuer-ID gekommen. Ich habe jetzt [[ID_NUMBER|57283109468]] aus deiner alten Rechnung eingetragen und überweise auf [[IBAN_CODE|DE18 3705 0198 0027 3619 48]]. Bitte prüf das bis morgen.“",
    "Peux-tu traduire en anglais ce message de la régisseuse : « [[PERSON|Margaux]], la loge 4 est à toi, le code de la porte des artistes est [[PASSWORD|B2718]] et ton défraiement arrive vendredi sur [[IBAN_CODE|FR71 3000 4003 2800 0471 9562 137]]. »",
    "この連絡を英語に訳してください：「[[PERSON|佐藤 美咲]] さんの楽屋入りは 13時 です。緊急時は [[PHONE_NUMBER|090-4821-7736]] まで。」",
    "Помоги составить письмо администратору гостиницы: наш звукорежиссёр [[PERSON|Дмитрий Волков]] заселяется позже, его телефон [[PHONE_NUMBER|+7 916 482-37-15]], оплату можно списать с карты [[CREDIT_CARD|5528 0471 6395 3089]].",
    "Μπορείς να γράψεις ένα σύντομο μήνυμα στην [[PERSON|Ελένη Παππά]]; Ο κωδικός της πόρτας στα καμαρίνια άλλαξε σε [[PASSWORD|6604]]. Αν έχει απορίες, ας στείλει email στο [[EMAIL_ADDRESS|e.pappa.stage@gmail.com]].",
    # ordinary English
    "Can you draft a call sheet note for tomorrow? Unit call 06:30 at [[STREET_ADDRESS|Holloway Farm, Cuckfield Lane, Warninglid RH17 5SN]]. Contacts: 1st AD [[PERSON|Femi Adeyemi]] [[PHONE_NUMBER|07700 900214]], location manager [[PERSON|Grace Whitlock]] [[PHONE_NUMBER|07700 900867]]. Crew parking in the lower field only, no vehicles on the lawn, and the farmhouse is strictly off limits.",
    "Summarise this email thread in two lines: Hi all, [[PERSON|Rose]] has tested positive so [[PERSON|Hannah Cole]] goes on as Mrs Bennet tonight. The understudy fee goes through payroll as usual. Any questions ring me. – [[PERSON|Tobias]]",
    "Is this a scam? Text from 'Ticketline Support': Dear customer, your 2 tickets for Hamilton are on hold, confirm your card details at tlsupport-refund.co within 1 hr. I never booked anything. It came to [[PHONE_NUMBER|07700 900331]], my work phone.",
    "Please write a friendly reminder to the band about the rider: no glass on stage, two crates of still water, vegan hot meal for 6. Send to their tour manager [[PERSON|Declan Murphy-Osei]] at [[EMAIL_ADDRESS|declan@harbourlightsband.com]].",
    "Work out the per diems: [[PERSON|Anouk]] 12 days at €40, [[PERSON|Rasmus]] 12 days at €40, [[PERSON|Bill]] 9 days at €40 plus €60 for the late flight he paid himself. Total please and who gets what.",
    "The barrier code at the studio lot is [[PASSWORD|4471]] and the sound stage alarm is [[PASSWORD|38127]]. Can you make up a silly rhyme so I remember both? Don't tell [[PERSON|Gus]].",
    "Translate into Italian for our set dresser [[PERSON|Chiara]]: 'The truck arrives at 7. Please meet [[PERSON|Wesley]] at the loading bay and sign for the props.'",
    "Can you turn this voicemail into a note? 'Hiya it's [[PERSON|Shaz]] from stage door, a lady called Mrs [[PERSON|Adebayo-Reid]] left a parcel for [[PERSON|Jamal]], she says ring her on [[PHONE_NUMBER|020 7946 0381]]. Ta.'",
    "Help me reply to a freelancer chasing payment. [[PERSON|Priya Raman]] says invoice 2207 is 45 days overdue. Her bank details are [[IBAN_CODE|GB04 BARC 2061 4597 3148 26]]. I want to apologise and promise payment by Friday.",
    "My login for the crew scheduling app is [[ID_NUMBER|stagemgr.okoro]] and the password is [[PASSWORD|PromptCorner#58]]. It keeps locking me out. What should I try before calling IT?",
    "Write a short bio for the programme: [[PERSON|Sunny Adeyinka]] trained at Rose Bruford and has toured with Frantic Assembly and the National. Booking enquiries via her agent [[PERSON|Marta Gil]], [[EMAIL_ADDRESS|marta@gilcasting.co.uk]].",
    "Can you check my maths? Hotel for the Glasgow leg: [[PERSON|Ines]] and [[PERSON|Josh]] share a twin, [[PERSON|Wiremu]] has a single, 5 nights. Twin £96/night, single £78/night. It all went on my card [[CREDIT_CARD|4920 8173 6450 2910]].",
    "Summarise these production meeting minutes in five bullets. Present: [[PERSON|Helga]], [[PERSON|Rajesh]], [[PERSON|Yusuf]], [[PERSON|Dawn]]. 1. Box office reports double-booked seats in row F for Saturday's matinee; the export from the old system duplicated 14 bookings. [[PERSON|Rajesh]] to call the affected bookers today and offer row C or a refund. 2. [[PERSON|Dawn]] to check the seat map export before the next on-sale. 3. Touring digs for Aberdeen still not confirmed; [[PERSON|Yusuf]] chasing. 4. The rider for the Sunday concert needs a second dressing room. 5. AOB: none. Next meeting Thursday 10am.",
    "Radio channels for the festival, can you format them as a table? Ch1 production ([[PERSON|Kofi]]), Ch2 stage ([[PERSON|Liv]]), Ch3 security ([[PERSON|Big Mick]]), Ch4 medics. Repeater admin page is [[IP_ADDRESS|203.0.113.41]], password [[PASSWORD|Repeat3r!North]].",
    "What's a polite way to tell the director [[PERSON|Ottoline]] that I can't share the cast's home addresses with the publicity team?",
    "Draft an email to the venue: our get-in is Monday 8am, the driver is [[PERSON|Lukasz Nowak]], mobile [[PHONE_NUMBER|07700 900645]]. Please add him to the stage door list and reserve the dock.",
    "Accreditation request: name [[PERSON|Aroha Ngata]], role camera op, passport [[ID_NUMBER|LA4825917]], email [[EMAIL_ADDRESS|aroha.ngata@kiwimail.co.nz]]. Turn this into a neat paragraph for the festival form.",
    "Is it normal for a production company to ask for my SSN on a day-player form? They want [[US_SSN|528-61-7342]] and my address [[STREET_ADDRESS|1450 Vine St Apt 12, Los Angeles, CA 90028]] by email. Thanks, [[PERSON|Marisol]]",
    "Fix the grammar: 'Me and [[PERSON|Chidi]] is going to rig the truss tomorrow, [[PERSON|Ahmed]] have the keys to the store, the code for padlock are [[PASSWORD|0808]].'",
    "Help me split a taxi: Soho to Elstree, £84. Riders: [[PERSON|Grace]], [[PERSON|Ike]], [[PERSON|Phoebe]], me. [[PERSON|Phoebe]] got out at Mill Hill, about halfway.",
    "Write a short thank-you card for our stage manager [[PERSON|Marguerite]] from the whole company after 200 shows. We're posting it to her flat, [[STREET_ADDRESS|B-14 Vasant Vihar, New Delhi 110057]], so keep it short.",
    "Summarise this call log for the producer:\n09:10 [[PERSON|Sven]] (carpenter) called in sick.\n09:25 Rang [[PERSON|Theo Baptiste]] on [[PHONE_NUMBER|07700 900920]] to cover, he said yes.\n10:40 [[PERSON|Theo Baptiste]] on site, signed in with crew pass [[ID_NUMBER|CRW-30418]].\n11:15 Scene dock doors fixed.",
    "Can you make a tidy contact card from this?\n[[PERSON|Kenji Watanabe]], lighting programmer\n[[STREET_ADDRESS|2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031]]\n[[PHONE_NUMBER|080-3917-2246]]\n[[EMAIL_ADDRESS|kenji.w.lx@example.jp]]",
    "Our box office is getting chargebacks. One customer, [[PERSON|Delphine Aucoin]], says she never bought the tickets on card [[CREDIT_CARD|5412 6803 9147 5829]]. How should we respond to the bank?",
    "Draft a message asking [[PERSON|Hope]] to bring her own headset to tech, because channel 5 on the house comms is noisy.",
    "Please translate to German for the touring crew: 'Your accommodation in Leipzig is [[STREET_ADDRESS|Karl-Liebknecht-Straße 88, 04275 Leipzig]], ask for Frau [[PERSON|Henschel]], the key code is [[PASSWORD|1942]].'",
    "I'm a production coordinator. Our payroll system API key leaked in a public Slack channel: [[API_KEY|pk_prod_7Rq2Lw9ZxT4mNn8VbK3cYe]]. Who do I tell and what do I do first?",
    "Rewrite this more professionally: hey [[PERSON|Nadia]] ur per diem wasn't paid cos ur bank details bounced, can u send them again, we have [[IBAN_CODE|NL07 RABO 0318 4629 57]] which the bank says is closed.",
    "Plan a running order for the day: the band loads in at 14:00, soundcheck 16:00, doors 19:00. Crew chief is [[PERSON|Rufus Eastman]], promoter rep [[PERSON|Layla Haddad]] on [[PHONE_NUMBER|+44 7700 900482]].",
    "Who should I call? Someone has been using [[PERSON|Mateo]]'s staff login [[ID_NUMBER|mateo.v.boxoffice]] to issue comps. The audit log shows the IP [[IP_ADDRESS|192.0.2.117]] at 2am, and he was asleep.",
    "Can you turn these into a WhatsApp message for the cast: half-hour call 7.05, new stage door code [[PASSWORD|5126]], [[PERSON|Frankie]] is on for [[PERSON|Jess]] tonight.",
    "Write a covering email for my invoice to Ms [[PERSON|Okonjo]] at the production office. I'm [[PERSON|Bartek Wróbel]], freelance scenic painter, 6 days at £220. Bank: [[IBAN_CODE|PL73 1090 1014 0000 0736 2918 4503]].",
    "Is this phishing? Email from 'Equity Membership': 'Your membership no. [[ID_NUMBER|M00471829]] will lapse. Log in with your password to renew.' It was sent to [[EMAIL_ADDRESS|tamsin.rhodes@btinternet.com]]. – [[PERSON|Tamsin]]",
    "Fair per diem for [[PERSON|Malachy]]: £18/day?",
    "Please summarise this handover from the night stage manager: Fire door by dock 2 is sticking. [[PERSON|Esme]] has the master key. Alarm set code is [[PASSWORD|7429]]. If the panel beeps call [[PERSON|Roland]] on [[PHONE_NUMBER|07700 900109]].",
    "Help me word a complaint to the hotel: our lighting designer [[PERSON|Yetunde Bakare]] was charged twice for room 412 on [[CREDIT_CARD|3765 201938 47103]].",
    "Can you make this cast list alphabetical? [[PERSON|Zara Qureshi]], [[PERSON|Ben Achebe]], [[PERSON|Ruth Lindqvist]], [[PERSON|Amos]], [[PERSON|Carmen Oyelowo]], [[PERSON|Faith]].",
    "Convert to a formal letter: Dear Mr [[PERSON|Halvorsen]], thank you for letting our crew park at [[STREET_ADDRESS|Fjellveien 12, 5019 Bergen]] during the shoot. We left the gate as we found it.",
    "My landlady for the Edinburgh run wants the rent by bank transfer. Details she sent: [[PERSON|Morag Lennox]], [[IBAN_CODE|GB47 RBOS 8312 7460 5182 93]]. Is it normal to pay a month up front?",
    "Spot the error in this crew list row: [[PERSON|Ha-eun Park]] | Props | [[PHONE_NUMBER|010-7731-4820]] | [[EMAIL_ADDRESS|haeun.park.props@naver.com]]",
    "Our touring company needs a template for the tech rider, just the headings please. The sound engineer [[PERSON|Ifeoma]] will fill it in and post it back from [[STREET_ADDRESS|18 Wattle Street, Fitzroy VIC 3065]].",
    "Remind me what to do: the spot op [[PERSON|Nikhil]] lost his accreditation pass [[ID_NUMBER|FEST25-08813]] and security won't let him back in.",
    "Can you soften this? 'To the whole crew: whoever changed the wifi password to [[PASSWORD|getoutmyrehearsal]] please change it back. – [[PERSON|Bronagh]]'",
    "Split the minibus fuel: £142.60 between [[PERSON|Pita]], [[PERSON|Saoirse]], [[PERSON|Viktor]], [[PERSON|Lwazi]] and [[PERSON|Drew]]. [[PERSON|Drew]] didn't come on the return leg.",
    "Help me answer a box office customer: [[PERSON|Harold Pemberton]] bought 4 tickets for the wrong night, booking ref 88213, and wants a refund to card [[CREDIT_CARD|6011 2057 3849 2619]]. Our policy is exchange only.",
    "Translate into French for the Avignon venue: 'Our technical director is [[PERSON|Ezinne Okafor]], reachable on [[PHONE_NUMBER|+44 7700 900275]]; the truck driver [[PERSON|Gareth]] will arrive at 6am.'",
    "What is the best way to store the cast's stage door codes securely? Right now they're in a spreadsheet shared by [[PERSON|Moira]].",
    "Draft a message to the crew that the unit base has moved to [[STREET_ADDRESS|Unit 4, Riverside Trading Estate, Dartford DA1 5TY]]. Call time unchanged. Questions to [[PERSON|Anjali]] on [[PHONE_NUMBER|01632 960774]].",
    "My colleague [[PERSON|Rhys]] pasted the SSH details for the lighting console server in the team chat: [[IP_ADDRESS|2001:db8:4c::17]], user [[ID_NUMBER|lxadmin]], password [[PASSWORD|Gobo&Gel2024]]. Write him a kind message about not doing that.",
    "Summarise this voicemail: 'Hi, this is [[PERSON|Ingrid]] from wardrobe, I've left [[PERSON|Connor]]'s costume at the dry cleaner on Station Road, the ticket's in his pigeonhole. Call me back on [[PHONE_NUMBER|020 7946 0762]].'",
    "Can you check if this invoice looks complete? From: [[PERSON|Tariq Mahmood]], [[STREET_ADDRESS|27 Brunswick Road, Bristol BS2 8PU]]. To: Lanternfish Films Ltd. 5 days camera assistant at £300. Sort code 20-61-45, account [[ID_NUMBER|73914826]].",
    "Make this sound warmer: 'Dear [[PERSON|Ayesha]], your audition is on Tuesday at 2pm in studio B. Bring a headshot.'",
    "Tell me whether this looks like a fake casting call: they asked [[PERSON|Lily-Mae]] for her passport number [[ID_NUMBER|125839461]] and a £150 'registration fee' by bank transfer.",
    "Write a one-line update for the production WhatsApp: [[PERSON|Jean-Baptiste]] is stuck at Dover, ferry delayed, ETA 11.",
    "Help me plan rooms for the Cork leg. The digs are at [[STREET_ADDRESS|Ashgrove House, 5 Summerhill North, Cork T23 X8C2]] and take 4. [[PERSON|Siobhán]], the owner, wanted a deposit, so I paid with [[CREDIT_CARD|4483 0612 5790 4375]].",
    "Rewrite as bullet points: [[PERSON|Kai]] on comms. [[PERSON|Bea]] deputy SM. [[PERSON|Olu]] ASM and book cover. Channel 1 main, channel 2 private for SM and LX. Belt pack PIN is [[PASSWORD|3030]].",
    "Is this WhatsApp from 'Management' real? It asks [[PERSON|Marisa]] to buy £200 of gift cards for the cast and send the codes to [[PHONE_NUMBER|+44 7700 900817]].",
    "Can you draft the email? To the festival accreditation team: please issue an AAA pass to our production manager [[PERSON|Kwabena Asante]], [[EMAIL_ADDRESS|k.asante@brasslinelive.com]], and cancel the one for [[PERSON|Tom Feeney]], who has left.",
    "Calculate overtime: the crew were called at 07:00 and wrapped at 21:30. [[PERSON|Petra]] is on £38/hr after 10 hrs, [[PERSON|Alonso]] on £35. Lunch was 45 mins unpaid.",
    "Summarise: Ticket desk issue log. Customer [[PERSON|Graham Oduya]] ([[EMAIL_ADDRESS|g.oduya@fastmail.com]]) double charged, refund authorised by [[PERSON|Lin]]. Customer [[PERSON|Patsy Kerr]]: wheelchair space not reserved, moved to row A.",
    "Give me a template reply to a fan who found [[PERSON|Carys]]'s home address ([[STREET_ADDRESS|8 Heol Las, Swansea SA1 8EN]]) online and keeps sending letters to it.",
    "The director wants everyone's dietary needs for the rider. Make a table: [[PERSON|Omar]] halal, [[PERSON|Tilly]] coeliac, [[PERSON|Rosalind]] vegan, [[PERSON|Dev]] none.",
    "Please translate into Spanish for our Mexico City local crew: 'The hotel shuttle leaves at 6. [[PERSON|Rodrigo]] has the radios; his number is [[PHONE_NUMBER|+52 55 4182 7360]].'",
    "Turn this into a proper email: [[PERSON|Hamish]], I need the keys to the scene dock back by Friday, and the alarm code is changing to [[PASSWORD|1589]] on Monday, don't share it.",
    "What should go in a stage door sign-in policy? Last week [[PERSON|Verity]] let someone in who claimed to know [[PERSON|Ash]].",
    "Check this for typos before I send: 'Hi [[PERSON|Toby]], attached is you're contract. Fee is £450 per week plus £30 per diem, paid to [[IBAN_CODE|IE90 BOFI 9000 1738 2645 91]]. Please return signed by Monday.'",
    "Our streaming encoder for the live show uses the key [[API_KEY|live_sk_4hT9mW2qZr8LpX6vN3bC]]. Someone else started streaming to our channel last night. What do I do?",
    "Can you write a brief for the runner [[PERSON|Kit]]: pick up Mr [[PERSON|Ferreira-Santos]] from Heathrow T5 at 11:20, phone [[PHONE_NUMBER|+55 11 98347-2106]], and take him to [[STREET_ADDRESS|12 Elgin Crescent, London W11 2JA]].",
    "Make this friendlier: '[[PERSON|Mariam]], please stop giving out the green room wifi key [[PASSWORD|BreakALeg2025]] to audience members.'",
    "I'm the company manager. Write a short letter confirming that [[PERSON|Oskar Lindgren]] is employed on our UK tour from 3 March to 28 June, for his visa. His passport number is [[ID_NUMBER|AB4419283]].",
    "Can you help me reply to [[PERSON|Gwen]]? She wants me to pick her up from [[STREET_ADDRESS|3 Tanner Street, Norwich NR3 1QX]] on the way to rehearsals and asks if her dog can come.",
    "Summarise these notes from the tech: LX Q47 late. [[PERSON|Ade]] to re-patch dimmer 12. [[PERSON|Ade]] and [[PERSON|Jules]] to fix the haze. SM [[PERSON|Ngozi]] wants the radio check at 18:45 on channel 4.",
    "Is this a normal request? A 'producer' called [[PERSON|Vance]] wants my date of birth, SSN [[US_SSN|219-47-8803]] and bank login to 'set up direct deposit' before I've signed anything. I'm [[PERSON|Keisha Monroe]], [[PHONE_NUMBER|(323) 555-0148]].",
    "Can you reformat this as a neat table? Name / role / radio: [[PERSON|Isidore]] / head flyman / ch 2; [[PERSON|Natasha Volkova]] / DSM / ch 1; [[PERSON|Hugh]] / LX op / ch 3.",
    "Translate to Japanese for the Tokyo promoter: 'Our production manager [[PERSON|Claire Dubois]] lands on Tuesday. Please send the venue access codes to [[EMAIL_ADDRESS|claire.dubois.pm@orange.fr]].'",
    "Draft a note to the cast explaining the new stage door system: each person gets their own 4-digit PIN. [[PERSON|Yuki]]'s is [[PASSWORD|6621]], [[PERSON|Rafa]]'s is [[PASSWORD|0374]], the rest will come from [[PERSON|Heather]].",
    "Which is cheaper for three nights in Manchester: a flat at £420 total for [[PERSON|Becca]], [[PERSON|Nuno]] and [[PERSON|Sione]], or three Travelodge rooms at £61 each per night?",
    "Write a reference for [[PERSON|Maximilian Osterhagen]], who was our ASM for two seasons. Reliable, calm on the book, great with the children's casts.",
    "Help me explain to the accountant: the float card [[CREDIT_CARD|5167 3920 4817 3651]] held by [[PERSON|Patience Mensah]] was used for cast taxis, petrol and the rider shop. Receipts attached.",
    "Summarise this email: 'Hi, [[PERSON|Rosa Jiménez]] here, I'm the new venue tech at the Alhambra. Your load-in slot is 9am. My cell is [[PHONE_NUMBER|(415) 555-0172]]. Ask for me at the dock.'",
    "Check this address label for the costume courier:\n[[PERSON|Adaeze Nwankwo]]\n[[STREET_ADDRESS|Flat 6, 41 Albion Road\nLondon\nN16 9PR]]",
    "My friend [[PERSON|Jonty]] says the venue's box office PC still has the default admin password [[PASSWORD|Admin@Venue1]]. How do I report this without getting him in trouble?",
    "Plan a welcome pack for international crew: local SIM info, the crew hotel, and my number [[PHONE_NUMBER|+61 491 570 216]] for emergencies. Sign it from [[PERSON|Matilda]], production coordinator.",
    "Write a reply to [[PERSON|Barnaby]]: yes, the production can reimburse his train ticket, we'll post a cheque to [[STREET_ADDRESS|2207 Commercial Drive, Vancouver, BC V5N 4B3]], no need to send his card number.",
]

# 100 one-person records: prose, profile lines, pipe and CSV rows, JSON, logs, registers.
RECORDS = [
    # with a national id
    "[[PERSON|Camille Rousseau]], régisseuse lumière, numéro de sécurité sociale [[ID_NUMBER|2 91 07 75 118 042 34]], joignable au [[PHONE_NUMBER|06 39 98 41 27]].",
    "| [[PERSON|Gemma Thwaite]] | wardrobe supervisor | NHS [[ID_NUMBER|943 476 5919]] | [[PHONE_NUMBER|07700 900381]] |",
    '{"nome": "[[PERSON|Thiago Albuquerque]]", "funcao": "maquinista", "cpf": "[[ID_NUMBER|517.284.093-14]]", "email": "[[EMAIL_ADDRESS|thiago.alb@uol.com.br]]"}',
    "[[PERSON|Ananya Krishnan]],choreographer,[[ID_NUMBER|5928 4617 3053]],[[PHONE_NUMBER|+91 98452 17360]],Bengaluru",
    '2025-03-14 18:02:11 ACCESS_GRANTED door=stage_north holder="[[PERSON|Tan Wei Ling]]" nric=[[ID_NUMBER|S9128374C]] pin=[[PASSWORD|4096]]',
    "Personalregister: [[PERSON|Elin Sjöberg]], scenograf, personnummer [[ID_NUMBER|900214-3379]], adress [[STREET_ADDRESS|Götgatan 41, 116 21 Stockholm]].",
    "Freelancer: [[PERSON|Daan Verhoeven]] – decorbouwer – BSN [[ID_NUMBER|184729300]] – IBAN [[IBAN_CODE|NL84 INGB 0006 8391 42]]",
    "성명: [[PERSON|김지현]] / 직무: 무대감독 / 주민등록번호: [[ID_NUMBER|880315-1092741]] / 연락처: [[PHONE_NUMBER|010-4827-1395]]",
    "Payroll onboarding: [[PERSON|Brodie McAllister]], rigger, TFN [[ID_NUMBER|417 382 598]], mobile [[PHONE_NUMBER|0491 570 634]], super fund member no. [[ID_NUMBER|SF-2209147]].",
    "Crew deal memo: [[PERSON|Geneviève Tremblay]], key grip, SIN [[ID_NUMBER|613 287 457]], [[STREET_ADDRESS|4521 rue Saint-Denis, Montréal, QC H2J 2L4]].",
    "Oyuncu kaydı: [[PERSON|Emre Yıldırım]], T.C. kimlik no [[ID_NUMBER|28371594638]], telefon [[PHONE_NUMBER|+90 532 418 27 63]].",
    "Occupational health note: [[PERSON|Ruby Okafor-Hale]] (NHS no. [[ID_NUMBER|721 058 3645]]) is fit to return to aerial work from Monday. Contact [[EMAIL_ADDRESS|ruby.oh@cirqueworks.co.uk]].",
    "Lista ekipy: [[PERSON|Agnieszka Wiśniewska]], charakteryzatorka, PESEL [[ID_NUMBER|92071403811]], e-mail [[EMAIL_ADDRESS|a.wisniewska@wp.pl]].",
    "Scheda collaboratore: [[PERSON|Luca Martini]], macchinista, codice fiscale [[ID_NUMBER|MRTLCU85C12F205N]], IBAN [[IBAN_CODE|IT73 X030 6909 6061 0000 0083 715]].",
    "[[PERSON|Giulia Rossi]] | sarta | [[ID_NUMBER|RSSGLI92M55L219X]] | [[PHONE_NUMBER|+39 347 218 5904]]",
    "Henkilöstö: [[PERSON|Aino Virtanen]], valosuunnittelija, henkilötunnus [[ID_NUMBER|230591-287L]], puh. [[PHONE_NUMBER|+358 40 718 2946]].",
    "Crew accreditation, jazz stage: [[PERSON|Thandiwe Mokoena]], ID [[ID_NUMBER|9103155082087]], cell [[PHONE_NUMBER|+27 82 417 3095]].",
    "スタッフ登録：[[PERSON|山本 健太]]、照明、マイナンバー [[ID_NUMBER|3916 2847 0536]]、電話 [[PHONE_NUMBER|090-2718-4453]]",
    "Ficha de personal: [[PERSON|Javier Ortega Ruiz]], técnico de sonido, DNI [[ID_NUMBER|53927184G]], [[STREET_ADDRESS|Calle de Embajadores 112, 3º B, 28045 Madrid]].",
    "Alta en nómina: [[PERSON|Oksana Hrytsenko]], NIE [[ID_NUMBER|Y4827163Y]], cuenta [[IBAN_CODE|ES76 0049 1500 0527 1836 4091]].",
    "New starter: [[PERSON|Ciarán Ó Bríain]], stage carpenter, PPS [[ID_NUMBER|7394152M]], mobile [[PHONE_NUMBER|+353 87 416 2093]].",
    "Fiche technicien : [[PERSON|Lotte Claes]], numéro national [[ID_NUMBER|85.07.30-153.05]], compte [[IBAN_CODE|BE77 0635 9281 7406]].",
    "Mannskapsliste: [[PERSON|Sigrid Haugen]], inspisient, fødselsnummer [[ID_NUMBER|140392 27410]], e-post [[EMAIL_ADDRESS|sigrid.haugen@online.no]].",
    "Prestador de serviços: [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|238519040]], IBAN [[IBAN_CODE|PT19 0035 0097 0027 4619 3588 2]], telemóvel [[PHONE_NUMBER|+351 912 407 385]].",
    "Fișă colaborator: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2900712403810]], regizor tehnic, tel. [[PHONE_NUMBER|+40 722 418 903]].",
    "Registro de acreditación: [[PERSON|Matías Fuentes]], RUT [[ID_NUMBER|14.382.617-1]], correo [[EMAIL_ADDRESS|mfuentes.prod@gmail.com]].",
    "Töötaja: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48906120271]], lavameister.",
    "Áhöfn: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120389-4249]], sími [[PHONE_NUMBER|+354 662 4187]].",
    "Seznam štábu: [[PERSON|Tereza Nováková]], kostýmní výtvarnice, rodné číslo [[ID_NUMBER|905312/4839]].",
    "Анкета виконавця: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3158294704]], тел. [[PHONE_NUMBER|+380 67 418 2936]].",
    "Honorarkraft: [[PERSON|Jonas Kessler]], Bühnentechniker, Steuer-ID [[ID_NUMBER|64190273859]], [[STREET_ADDRESS|Schönhauser Allee 143, 10437 Berlin]], Tel. [[PHONE_NUMBER|030 23125 774]].",
    "Crew medical form: [[PERSON|Tama Whaanga]], NHI [[ID_NUMBER|ZKT4821]], phone [[PHONE_NUMBER|+64 21 408 3175]].",
    "Induction record: [[PERSON|Jess Nguyen]], stagehand, Medicare [[ID_NUMBER|2947 18360 1]], email [[EMAIL_ADDRESS|jess.nguyen.crew@bigpond.com]].",
    "Crew list row: [[PERSON|Noa Friedman]], sound A2, teudat zehut [[ID_NUMBER|314827593]], [[PHONE_NUMBER|+972 52 418 7736]].",
    "Μητρώο συνεργατών: [[PERSON|Νίκος Αντωνίου]], ηχολήπτης, ΑΜΚΑ [[ID_NUMBER|19078814530]].",
    "Payroll, Toronto leg: [[PERSON|Darnell Whitaker]], SIN [[ID_NUMBER|739 104 628]], phone [[PHONE_NUMBER|(604) 555-0119]].",
    "[[PERSON|Aoife Brennan]],follow spot operator,[[ID_NUMBER|8261037MA]],[[EMAIL_ADDRESS|aoife.brennan@eircom.net]]",
    "Artist contract: [[PERSON|Rohan Mehta]], tabla player, Aadhaar [[ID_NUMBER|8136 2094 5714]], fee by bank transfer, phone [[PHONE_NUMBER|+91 99204 61837]].",
    '{"crew": "[[PERSON|Muhammad Hafiz bin Rahman]]", "nric": "[[ID_NUMBER|T0362918F]]", "dept": "LX", "mobile": "[[PHONE_NUMBER|+65 9142 7730]]"}',
    "演职人员登记：[[PERSON|陈晓梅]]，舞台监督，身份证号 [[ID_NUMBER|310115199008234711]]，手机 [[PHONE_NUMBER|+86 139 1847 2065]]",
    "Contrato de figuração: [[PERSON|Beatriz Nascimento]], CPF [[ID_NUMBER|306.915.748-39]], telefone [[PHONE_NUMBER|+55 21 99718-4032]].",
    # without a national id
    "[[PERSON|Marcus Bell]] is a freelance stage manager based at [[STREET_ADDRESS|17 Aldermoor Close, Southampton SO16 5RT]]; he can be reached on [[PHONE_NUMBER|07700 900152]].",
    "Box office customer record: [[PERSON|Edith Marsh]], [[EMAIL_ADDRESS|edith.marsh47@hotmail.co.uk]], card [[CREDIT_CARD|4710 2938 5617 0430]].",
    "stage_door.log 22:47:03 EXIT pass=[[ID_NUMBER|SD-00417]] name=[[PERSON|Kieran Doyle]] src=[[IP_ADDRESS|198.51.100.88]]",
    "Per diem ledger | [[PERSON|Funmilayo Adebisi]] | 14 days x £32 | paid to [[IBAN_CODE|GB86 MIDL 4005 1529 6173 84]]",
    "[[PERSON|Hector Villanueva]] (US tour, carpenter) SSN [[US_SSN|604-18-2957]], home [[STREET_ADDRESS|3117 Alameda Ave, El Paso, TX 79905]].",
    '{"user": "[[ID_NUMBER|ashaw_props]]", "name": "[[PERSON|Amelia Shaw]]", "password": "[[PASSWORD|Props4Ever!]]", "last_login_ip": "[[IP_ADDRESS|203.0.113.152]]"}',
    "Dear Mr [[PERSON|Castellanos]], your digs for the Bath run are at [[STREET_ADDRESS|9 Widcombe Crescent, Bath BA2 6AH]]. The key safe code is [[PASSWORD|2713]]. Kind regards, Company Office",
    "Employee [[ID_NUMBER|40127]]: [[PERSON|Rosalie Fontaine]], habilleuse, [[EMAIL_ADDRESS|rosalie.fontaine@laposte.net]], [[PHONE_NUMBER|+33 6 39 98 52 14]].",
    "Name: [[PERSON|Jerome Akinola]]; Role: Head of Sound; Radio: Ch 6; Phone: [[PHONE_NUMBER|020 7946 0528]]",
    "Accreditation: [[PERSON|Zofia Krawczyk]], photographer, pass [[ID_NUMBER|PRESS-2025-0419]], passport [[ID_NUMBER|EK8271034]].",
    "[[PERSON|Mohammed Al-Sayed]],rigger,[[PHONE_NUMBER|+971 50 418 2277]],[[EMAIL_ADDRESS|m.alsayed.rig@gmail.com]]",
    "Ticket refund request from [[PERSON|Priscilla Onyango]]: refund £96 to card [[CREDIT_CARD|5354 8062 7193 8467]], contact [[PHONE_NUMBER|+254 722 418 305]].",
    "Rooming list: [[PERSON|Björn Åkesson]], single, 4 nights, guarantee card [[CREDIT_CARD|3482 910736 55215]].",
    "Login created for the box office system: username [[ID_NUMBER|lmcgrath]], temporary password [[PASSWORD|Foyer-73-Bright]], holder [[PERSON|Leanne McGrath]].",
    "[[PERSON|Tomás Herrera]], tour bus driver, CDL [[ID_NUMBER|D4820173]], phone [[PHONE_NUMBER|(213) 555-0134]].",
    "Union member: [[PERSON|Olivia Brandt-Moyo]], member no. [[ID_NUMBER|BM0573361]], [[STREET_ADDRESS|22 Cranbrook Road, Ilford IG1 4PA]].",
    "[[PERSON|Samir Benali]] a été défrayé de 420 € sur le compte [[IBAN_CODE|FR14 1027 8073 9100 0207 4185 361]].",
    "Casting register: [[PERSON|Hope Delacroix]], playing age 25 to 35, agent line [[PHONE_NUMBER|020 7946 0193]], email [[EMAIL_ADDRESS|hope.delacroix@spotlightmail.com]].",
    "2025-05-02T09:14Z api_key=[[API_KEY|sk_live_Xw3Jd8Qr2Kp7Lm5Nz9Ht]] owner=[[PERSON|Rajiv Pillai]] action=refund_batch",
    "Volunteer steward: [[PERSON|Grace Oyewole]], date of birth 14/02/1996, phone [[PHONE_NUMBER|07700 900763]].",
    "Crew bank details: [[PERSON|Mikkel Sørensen]], [[IBAN_CODE|DK78 3000 0018 3746 52]].",
    "[[PERSON|Ingrid Solberg]] | lysmester | [[IBAN_CODE|NO93 1503 2847 391]] | [[PHONE_NUMBER|+47 412 87 365]]",
    "Souffleuse [[PERSON|Sophie Wagner]], Konto [[IBAN_CODE|AT18 2011 1829 4736 1520]], E-Mail [[EMAIL_ADDRESS|sophie.wagner@gmx.at]].",
    "Sångare [[PERSON|Erik Lindholm]], gage till [[IBAN_CODE|SE58 8000 0832 7901 7462 8391]].",
    "US payroll row: [[PERSON|Tanisha Brooks]], [[US_SSN|371-26-4410]], [[EMAIL_ADDRESS|tbrooks.lx@yahoo.com]], W-9 received.",
    "Stage door register 12/04: [[PERSON|Alastair Finch]] in 17:42, out 23:05, guest of cast, pass [[ID_NUMBER|V-2291]].",
    "[[PERSON|Yasmin Darwish]] requested a wheelchair space; confirmation sent to [[EMAIL_ADDRESS|yasmin.darwish@icloud.com]].",
    '{"crew_id": "[[ID_NUMBER|CRW-88217]]", "full_name": "[[PERSON|Chukwuemeka Okonkwo]]", "radio_channel": 3, "phone": "[[PHONE_NUMBER|+44 20 7946 0844]]"}',
    "[[PERSON|Valentina Greco]] ha pagato due biglietti con la carta [[CREDIT_CARD|4556 0138 2947 1062]] e chiede il rimborso.",
    "Rider contact: [[PERSON|Dez Callaghan]] (tour manager), [[PHONE_NUMBER|+1 646 555 0187]], [[EMAIL_ADDRESS|dez@nightjarmusic.com]].",
    "WiFi voucher issued to [[PERSON|Paulo Mendes]], network FOH-Guest, key [[PASSWORD|lantern-ochre-91]].",
    "SSH access granted: user [[ID_NUMBER|jkowal]] ([[PERSON|Jakub Kowal]]) from [[IP_ADDRESS|192.0.2.64]] to the media server.",
    "[[PERSON|Winifred Aldous]], 82, a subscriber since 1979, lives at [[STREET_ADDRESS|The Lodge, 4 Church Lane, Ledbury HR8 1DW]] and prefers phone bookings on [[PHONE_NUMBER|01632 960438]].",
    "Invoice from [[PERSON|Keanu Makoa]], scenic artist, [[STREET_ADDRESS|1820 Kalakaua Ave #904, Honolulu, HI 96815]], SSN on file [[US_SSN|145-72-9368]].",
    "Dresser [[PERSON|Pearl Ansah]], locker 14, locker code [[PASSWORD|7781]].",
    "Accreditation list: [[PERSON|Liam O'Driscoll]], AAA, wristband [[ID_NUMBER|WB-440918]].",
    "[[PERSON|Rania Khoury]], [[EMAIL_ADDRESS|rania.khoury.sm@gmail.com]], [[PHONE_NUMBER|+44 7700 900946]], [[STREET_ADDRESS|Flat 2, 58 Dalston Lane, London E8 3AH]]",
    "Cadastro de equipe: [[PERSON|Camila Duarte]], eletricista, login [[ID_NUMBER|cduarte]], senha [[PASSWORD|Coxia#2025]].",
    "API credentials for the ticketing integration belong to [[PERSON|Hannes Vogel]]: key [[API_KEY|tix_4f8a2c91e7b35d06aa17c3]].",
    "[[PERSON|Sani Abubakar]] lodged at [[STREET_ADDRESS|14 Adeola Odeku Street, Victoria Island, Lagos]] during the Lagos leg, phone [[PHONE_NUMBER|+234 803 418 2297]].",
    "Per diem receipt: [[PERSON|Lucy Hartnell]] signed for £210 cash, employee no. [[ID_NUMBER|E-30941]].",
    "[[PERSON|Dimitris Papadakis]]; FOH engineer; [[EMAIL_ADDRESS|dpapadakis@otenet.gr]]; [[PHONE_NUMBER|+30 694 218 7305]]",
    "[[PERSON|Ayodele]] (no surname given) paid for the rider shop with card [[CREDIT_CARD|4927 6301 8452 9739]].",
    "Student placement: [[PERSON|Ellie Pritchard]], student no. [[ID_NUMBER|S21047783]], university email [[EMAIL_ADDRESS|e.pritchard@student.rwcmd.ac.uk]].",
    "Dear [[PERSON|Nkechi]], this confirms your engagement as Assistant Stage Manager. Your weekly fee will be paid to [[IBAN_CODE|GB98 HBUK 4012 7638 2045 19]]. Yours, the Company Manager",
    "Parking permit: [[PERSON|Reuben Abrams]], get-in vehicle, permit [[ID_NUMBER|PK-5120]], mobile [[PHONE_NUMBER|07700 900028]].",
    "[[PERSON|Léa Fontaine]], comédienne, [[STREET_ADDRESS|27 rue des Martyrs, 75009 Paris]], [[PHONE_NUMBER|+33 6 39 98 07 61]].",
    "User [[ID_NUMBER|ops_nasreen]] reset the password to [[PASSWORD|Followspot!88]] from [[IP_ADDRESS|2001:db8:a10:3::5]]; account holder [[PERSON|Nasreen Akhtar]].",
    "[[PERSON|Walter Grieve]], retired flyman, alumni mailing list, [[EMAIL_ADDRESS|wally.grieve@btopenworld.com]].",
    "Mitarbeiterin [[PERSON|Hanna Schulz]], Personalnummer [[ID_NUMBER|P-77314]], Telefon [[PHONE_NUMBER|+49 30 23125 906]].",
    "Visa letter re [[PERSON|Chen Jiahao]], passport [[ID_NUMBER|E38291746]], employed as lighting technician on the European tour.",
    "[[PERSON|Siddharth Rao]], box office supervisor, [[EMAIL_ADDRESS|sid.rao@lyricbox.co.uk]], office alarm code [[PASSWORD|0617]]",
    "[[PERSON|Maeve Gallagher]],ASM,[[PHONE_NUMBER|+353 86 207 4418]],[[STREET_ADDRESS|12 Grattan Street, Dublin 2, D02 K762]]",
    "Caterer contact for the shoot: [[PERSON|Bongani Dlamini]], [[PHONE_NUMBER|+27 71 305 8824]], [[EMAIL_ADDRESS|bongani@dlaminicatering.co.za]].",
    "Security incident 0412: staff member [[PERSON|Kirsty Rowe]] reported her login [[ID_NUMBER|krowe.foh]] used from [[IP_ADDRESS|198.51.100.201]].",
    "[[PERSON|Ahanu Whitehorse]], US tour merch seller, [[US_SSN|733-05-1849]], [[PHONE_NUMBER|(505) 555-0161]].",
    "Note on file: [[PERSON|Faith Obi]] asked that her home address,\n[[STREET_ADDRESS|31 Peckham Hill Street\nLondon SE15 5JT]],\nnot be shared with fans.",
    "[[PERSON|Arjun Nair]] | sound No.1 | [[EMAIL_ADDRESS|arjun.nair.audio@proton.me]] | [[PHONE_NUMBER|+91 98801 47265]]",
    "Kostümassistent [[PERSON|Mehmet Aydın]], [[STREET_ADDRESS|Weserstraße 58, 12045 Berlin]], IBAN [[IBAN_CODE|DE21 5001 0517 5407 3182 64]].",
]

# 100 clean texts: no personal data at all.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that regional theatres deserve as much public funding as national flagship companies.",
    "Compose a short monologue for Lady Macbeth set in a modern corporate boardroom.",
    "Explain the difference between a proscenium stage, a thrust stage and theatre in the round, with one advantage of each.",
    "Imagine you are Stanislavski giving notes to a nervous young actor after a dress rehearsal. Write the conversation.",
    "Draft a polite template email that a venue could send to ticket holders when a performance is cancelled because of illness in the cast.",
    "What were the main innovations of the Globe Theatre in Shakespeare's time, and how do modern reconstructions differ from it?",
    "Write a Python function that takes a list of seat labels like 'F12' and groups them by row letter.",
    "Summarise the plot of Chekhov's The Seagull in five sentences for a programme note.",
    "Role-play as a grumpy stage door keeper who has seen forty years of opening nights. Describe your favourite one.",
    "Compare the working conditions of film crews under the 1930s Hollywood studio system with those of freelance crews today.",
    "Give me ten creative names for a touring puppet company.",
    "How does a follow spot work, and why do operators use colour frames?",
    "Write a haiku sequence about the last night of a long-running musical.",
    "Extract all the times from this schedule and list them in order: get-in 08:00, focus 13:30, tech 17:00, dinner 19:30, dress 20:15.",
    "Explain the idea of the fourth wall and give three well-known plays that break it.",
    "What part did Sarah Bernhardt play in popularising international theatre tours?",
    "Design a one-week rehearsal schedule for a 90-minute two-hander, including a rest day.",
    "If Hamlet had a smartphone, how might the events of the play change? Answer in a light-hearted tone.",
    "Write a SQL query that returns the number of tickets sold per performance from a table tickets(performance_id, seat, price).",
    "Describe how Georges Méliès used stage magic techniques in early cinema.",
    "What are the pros and cons of dynamic pricing for theatre tickets?",
    "Explain to a ten-year-old what a stage manager does during a show.",
    "Which is heavier, a tonne of sandbags or a tonne of stage weights? Explain the trick in the question.",
    "Write a limerick about a fog machine that won't stop.",
    "Outline a risk assessment for using pyrotechnics at an outdoor music festival.",
]

CLEAN_GSM8K = [
    "Maya is building flats for a set. Each flat needs 6 metres of timber and she has to build 14 flats. Timber comes in 4-metre lengths. How many lengths must she buy?",
    "A theatre has 32 rows with 24 seats in each row. On Friday 85% of the seats were sold. How many seats were sold?",
    "Tobi earns £180 a day as a lighting technician plus a £25 per diem. How much does he receive for a 6-day week?",
    "A festival sells day tickets for $65 and weekend tickets for $150. Ada's team sold 1,200 day tickets and 480 weekend tickets. What was the total revenue?",
    "Priya needs 450 programmes for the run. They come in boxes of 40. How many boxes should she order, and how many programmes will be left over?",
    "A film shoot runs 11 hours a day for 18 days. Marco works every day but takes one unpaid hour for lunch. How many paid hours does he work?",
    "Lena's gaffer tape rolls are 50 metres long. She uses 3.5 metres per scene change and there are 24 scene changes per show. How many rolls does she need for 8 shows?",
    "The box office took £4,320 on Monday and 25% more on Tuesday, when Ollie was on the desk. How much did it take over the two days?",
    "Sam hangs 48 lanterns. A third are LED and the rest are tungsten. Each tungsten lantern uses 1.2 kW. What is the total tungsten load?",
    "A choir of 36 singers travels in cars that each take 4 people including the driver. How many cars are needed if Bruno's minibus takes 12 of them?",
    "Ravi buys 12 metres of velvet at £14.50 a metre and 5 metres of lining at £6 a metre. How much change does he get from £220?",
    "A stage is 12 m wide and 9 m deep. Nia paints it with paint that covers 8 square metres per litre and gives it two coats. How many litres does she need?",
    "A show runs 2 hours 40 minutes including a 20-minute interval. Curtain up is 7:30 pm and Jude has to catch a train 15 minutes after the end. When is the train?",
    "Oscar sells 140 ice creams at the interval for £3.50 each. The venue keeps 30%. How much does the ice cream supplier get?",
    "Each per diem is €45. Ines gets 21 days of per diems but pays €12 a day for shared catering. How much is left?",
    "Three riggers, Abe, Cal and Dom, share a bonus of £900 in the ratio 2:3:4. How much is the largest share?",
    "A cable run needs 8 lengths of 15 m and 5 lengths of 10 m. Jonah has 160 m of cable. How much more does he need?",
    "A tour visits 7 cities and spends 4 nights in each. Rooms cost £85 a night and Keiko shares a twin, splitting the cost in half. How much does she pay?",
    "Tickets cost £28 for adults and £14 for children. Mrs Flint takes a school group of 30 children and 4 teachers. How much do they pay?",
    "A follow-spot bulb lasts 750 hours. Aled uses it 3.5 hours per show, 8 shows a week. After how many full weeks must it be replaced?",
    "Bea's theatre sold 620 tickets on Saturday, which was 40 more than twice the number sold on Thursday. How many were sold on Thursday?",
    "A film crew of 24 orders pizza from Luigi's. Each pizza has 8 slices and each person eats 3 slices. How many pizzas are needed?",
    "Freddie invoices 7 days at £260 a day plus VAT at 20%. What is the total on his invoice?",
    "A marquee holds 350 people standing. For a seated event it holds 40% fewer. How many can Zainab seat?",
    "Kemi's rehearsal room costs £22 an hour. She books it 5 hours a day for 12 days and gets a 15% discount. How much does she pay?",
]

CLEAN_MMLU = [
    "In theatre terminology, what does 'stage left' mean?\nA. The audience's left\nB. The performer's left when facing the audience\nC. The wing nearest the box office\nD. The area behind the set",
    "Which playwright wrote 'Waiting for Godot'?\nA. Harold Pinter\nB. Samuel Beckett\nC. Tom Stoppard\nD. Eugène Ionesco",
    "On a film set, what is the gaffer's main job? A. Chief electrician B. Head of catering C. Continuity supervisor D. Casting director",
    "The frame rate traditionally used for cinema film is: A. 12 fps B. 24 fps C. 30 fps D. 60 fps",
    "In an ancient Greek theatre, where did the chorus perform?\nA. Skene\nB. Orchestra\nC. Proscenium\nD. Apron",
    "Which SI unit measures the luminous intensity of a light source? A. Lux B. Lumen C. Candela D. Watt",
    "A DMX512 universe carries how many channels?\nA. 128\nB. 256\nC. 512\nD. 1024",
    "Which Shakespeare play features the magician Prospero? A. The Tempest B. King Lear C. Twelfth Night D. Othello",
    "In sound engineering, what does phantom power supply?\nA. DC voltage to condenser microphones\nB. Power to stage lighting\nC. A backup generator for the venue\nD. The signal to in-ear monitors",
    "What is the main purpose of the safety curtain in a theatre? A. To hide scene changes B. To slow the spread of fire between stage and auditorium C. To improve acoustics D. To block daylight",
    "Which term describes the price at which the number of tickets supplied equals the number demanded? A. Reservation price B. Equilibrium price C. Marginal cost D. Price floor",
    "Commedia dell'arte originated in which country?\nA. France\nB. Spain\nC. Italy\nD. England",
    "The Stanislavski system is mainly concerned with: A. Stage lighting design B. Realistic psychological acting C. Set construction D. Box office management",
    "Which connector is standard for professional microphones? A. XLR B. HDMI C. RCA D. USB-C",
    "In cinematography, the 180-degree rule concerns:\nA. The shutter angle only\nB. Keeping characters on consistent sides of the frame\nC. Lens focal length\nD. The lighting ratio",
    "A 2.4 kW lantern on a 240 V supply draws what current? A. 1 A B. 5 A C. 10 A D. 100 A",
    "Which of the following is NOT a type of stage lantern?\nA. Fresnel\nB. Profile\nC. PAR can\nD. Gobo",
    "Kabuki theatre comes from which country? A. China B. Korea C. Japan D. Thailand",
    "A freelance technician who promises to work set dates in return for a promised fee has formed: A. A unilateral contract B. A bilateral contract C. A void agreement D. A tort",
    "In scenery, what is a flat?\nA. A hanging piece of fabric\nB. A framed, covered panel used to build walls\nC. A lighting filter\nD. A trap in the stage floor",
    "Who composed the opera 'Carmen'? A. Verdi B. Puccini C. Bizet D. Mozart",
    "A sound level of 100 dB is how many times more intense than one of 90 dB?\nA. 2\nB. 10\nC. 100\nD. 1,000",
    "In accounting, a per diem paid to touring staff is best classed as: A. Capital expenditure B. A subsistence allowance C. Deferred revenue D. Depreciation",
    "In a lighting cue, what does 'blackout' mean? A. All stage lights off at once B. House lights up C. Emergency lights on D. A strobe effect",
    "The intense anxiety some performers feel before going on stage is commonly called:\nA. Stage fright\nB. The imposter effect\nC. Déjà vu\nD. Synaesthesia",
]

CLEAN_HEALTH = [
    "How can I protect my voice during an eight-show week if I feel a sore throat coming on?",
    "What are the signs of heat exhaustion, and how should crew look after each other during an outdoor summer festival build?",
    "Is it safe to work at height on a fly floor after a night with only four hours of sleep?",
    "What stretches help prevent lower back pain from loading heavy flight cases?",
    "How loud is too loud? What hearing protection should a sound engineer wear at rock gigs?",
    "Can haze and smoke machines trigger asthma, and what should performers with asthma do?",
    "What should be in a first aid kit for a small touring theatre company?",
    "How do I manage jet lag when flying to another continent for a tech week that starts the next day?",
    "Is it normal to feel low and exhausted after a long show finishes its run?",
    "What are good meals to eat between a matinee and an evening show to keep energy up?",
    "How can dancers reduce the risk of ankle sprains on a raked stage?",
    "Are there risks to wearing heavy stage make-up every night for months?",
    "What should I do if I get a minor burn from a hot lantern?",
    "How much caffeine is too much in a day for someone working 14-hour shoot days?",
    "What are the symptoms of carbon monoxide poisoning, and could a generator near a film set cause it?",
    "How can night-shift crew on a film set protect their sleep during the day?",
    "Is it safe to take ibuprofen before a performance for a sore knee?",
    "What are the early signs of repetitive strain injury from operating a lighting desk all day?",
    "How should stage combat performers warm up to avoid injury?",
    "Can strobe lighting cause seizures in audience members, and how do venues warn people?",
    "What vaccinations are usually recommended for a crew touring South-East Asia?",
    "How do I tell if a cut from a scenery nail needs a tetanus jab?",
    "What breathing techniques help with performance anxiety before going on stage?",
    "How long should I rest my voice after laryngitis before singing again?",
    "What is the safest way to lift a stage weight on your own?",
]

NATIONAL_IDS = {
    "2 91 07 75 118 042 34": nir_ok,  # French NIR
    "943 476 5919": nhs_ok,  # NHS number
    "721 058 3645": nhs_ok,
    "517.284.093-14": cpf_ok,  # Brazilian CPF
    "306.915.748-39": cpf_ok,
    "5928 4617 3053": aadhaar_ok,  # Indian Aadhaar
    "8136 2094 5714": aadhaar_ok,
    "S9128374C": nric_ok,  # Singapore NRIC
    "T0362918F": nric_ok,
    "900214-3379": luhn_len(10),  # Swedish personnummer
    "184729300": bsn_ok,  # Dutch BSN
    "880315-1092741": rrn_ok,  # Korean resident registration number
    "417 382 598": tfn_ok,  # Australian tax file number
    "2947 18360 1": medicare_ok,  # Australian Medicare card
    "613 287 457": luhn_len(9),  # Canadian SIN
    "739 104 628": luhn_len(9),
    "28371594638": kimlik_ok,  # Turkish kimlik
    "92071403811": pesel_ok,  # Polish PESEL
    "MRTLCU85C12F205N": codice_fiscale_ok,  # Italian codice fiscale
    "RSSGLI92M55L219X": codice_fiscale_ok,
    "230591-287L": hetu_ok,  # Finnish henkilötunnus
    "9103155082087": luhn_len(13),  # South African id
    "3916 2847 0536": my_number_ok,  # Japanese My Number
    "53927184G": dni_ok,  # Spanish DNI
    "Y4827163Y": dni_ok,  # Spanish NIE
    "7394152M": pps_ok,  # Irish PPS number
    "8261037MA": pps_ok,
    "85.07.30-153.05": belgian_id_ok,  # Belgian national number
    "140392 27410": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238519040": nif_ok,  # Portuguese NIF
    "2900712403810": cnp_ok,  # Romanian CNP
    "14.382.617-1": rut_ok,  # Chilean RUT
    "48906120271": isikukood_ok,  # Estonian isikukood
    "120389-4249": kennitala_ok,  # Icelandic kennitala
    "905312/4839": rodne_cislo_ok,  # Czech rodné číslo
    "3158294704": rnokpp_ok,  # Ukrainian RNOKPP
    "64190273859": steuer_id_ok,  # German tax id
    "57283109468": steuer_id_ok,  # (in a chat request)
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "314827593": luhn_len(9),  # Israeli teudat zehut
    "19078814530": luhn_len(11),  # Greek AMKA
    "310115199008234711": china_id_ok,  # Chinese resident identity card
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|34|39|40|47|52|55|64|65|86|90|91|234|254|351|353|354|358|380|971|972) [\d -]+\d",  # no fiction range known
    )
]

SECRETS = frozenset({"PASSWORD", "API_KEY"})


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record names
    exactly one person, and about 40 records carry a valid national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in SECRETS for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for section, texts in (("chat", CHAT), ("records", RECORDS)):
        missing = TYPES - {s["type"] for t in texts for s in marked_spans(t)}
        if missing:
            raise SystemExit(f"{section}: no {sorted(missing)}")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(
        any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in marked_spans(t))
        for t in RECORDS
    )
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id, want 35 to 45")
    for marked in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]:
        if strip_marks(marked)[0].isascii():
            raise SystemExit(f"chat: not another language? {marked[:60]!r}")


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
        "blind145", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
