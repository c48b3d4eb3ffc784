# ruff: noqa: E501
"""A hundred-and-sixty-first blind privacy set: 220 texts with personal data and 100 clean
ones, about private music teachers and tutors, their pupils and the pupils' families.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1-8
and the labelling paragraph of ``README.md`` and the docstring, constants, national ids,
phone layouts, check functions and ``main`` of ``build_blind36.py``, never the detector,
its rules, docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a teacher, tutor, pupil or parent would type to a
  general assistant behind a company gateway: lesson rotas, exam entries, recitals,
  instrument hire and repairs, fees and refunds, room hire, online lessons; drafting texts,
  e-mails, letters and replies, summarising pasted notes, minutes, call logs, voicemails
  and threads, translating, fixing wording, splitting costs, asking whether a message is a
  scam. The first 30 are typed all in lower case (names, e-mails, codes, postcodes and
  IBANs too, with shorthand and typos), the next 6 in French, German, Spanish, Polish,
  Japanese and Dutch, the other 84 in ordinary English. Names of many origins, many of
  them ordinary words (Rose, Drew, Penny, Sky, Dawn, Rich, Faith, Grant, Frank, Hunter,
  Jack, Summer), many named in passing in lists, rotas and cost splits; 20 hold a secret.
* 100 one-person records (4 to 60 words): register entries, profile lines, pipe, CSV and
  semicolon rows, JSON objects, log lines, payroll and hire lines and short letters, in
  English and 29 other languages (Chinese, Korean, Japanese, Hindi, Hebrew, Greek,
  Ukrainian, Russian, Arabic and Thai among them); each names one person and holds one to
  four other values; 40 carry a national id with valid check digits.

Usernames and logins, account, member, licence, applicant and student numbers, passports,
driving licences and national ids are ID_NUMBER; PINs, door, gate, alarm, locker, padlock
and key-safe codes, meeting passcodes, wifi keys and passwords are PASSWORD; titles and
relation words (Mr, Mrs, Ms, Mme, Pani, Herr, my son, her mum) and honorifics such as 様,
さん and 님 stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, pets, shops,
companies, order, invoice and booking references, amounts and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data: 25 MT-Bench/Vicuna-style prompts (a few name historical or fictional
people), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items with
options A to D and 25 health questions naming no one, mostly about music and teaching.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125,
040 66969) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish
DNI and NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Korean
resident registration number, Japanese My Number, French NIR, Norwegian fødselsnummer,
Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech
rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Indian Aadhaar, Swedish
personnummer, Israeli teudat zehut, Greek AMKA, South African id, Singapore NRIC,
Australian TFN and Medicare, Irish PPS, Belgian national number, Canadian SIN).

Run ``.venv/bin/python bench/data/build_blind161.py`` from the repository root; the output
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
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme|Coach|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u write a quick text to [[PERSON|rose]]'s mum saying piano moves from tues to thurs 4.30 this week only, her number is [[PHONE_NUMBER|07700 900214]]",
    "pls tidy this up into a proper note: called mrs [[PERSON|anyanwu]] re [[PERSON|tobi]]'s grade 3 violin entry, she wants the late fee waived, will email from [[EMAIL_ADDRESS|b.anyanwu77@gmail.com]] tonight. also [[PERSON|tobi]] left his shoulder rest here again",
    "sat rota: 9 [[PERSON|jack]], 9.30 [[PERSON|penny]] and her brother [[PERSON|arlo]], 10.15 [[PERSON|sky]], 11 [[PERSON|anwar]]. make it a table i can paste in the parents whatsapp",
    "studio wifi keeps dropping mid zoom lesson. what do i ask the broadband ppl? network is pianoloft_5g and the key is [[PASSWORD|quaver88!loft]], landlord is [[PERSON|fergal mcgarry]] if that matters",
    "how do i split this: cello hire £42 a term shared between [[PERSON|aoibhe]], [[PERSON|oisin]] and [[PERSON|cara]] since they swap the same half size one. also the bow rehair was £55, thats all [[PERSON|oisin]]'s fault lol",
    "is this a scam? text to my mobile [[PHONE_NUMBER|07700 900587]] says 'exam entry for [[PERSON|ottilie]] failed, pay £18 now at abrsm-entry-pay.co or lose the slot'",
    "draft email to [[EMAIL_ADDRESS|harpist.morwenna@outlook.com]] asking if [[PERSON|morwenna]] can cover my thursday harp pupils while im at my sisters wedding, pay is £30/hr",
    "remind me what to say to [[PERSON|frank]]'s dad, hes 3 terms behind on fees (£540) and keeps saying the bank transfer went thru. our acct is [[IBAN_CODE|gb10barc20417583926104]]",
    "translate to polish pls for [[PERSON|kasia]]'s nan: lesson cancelled tomorow, teacher ill, i'll refund or add a lesson at the end of term",
    "summarise voicemail: hi its [[PERSON|dawn]] from the church hall, room hire for the recital on the 14th is confirmed, key safe by the side door is [[PASSWORD|2817]], pls return key by 9pm, any probs ring [[PHONE_NUMBER|07700 900633]]",
    "write a reply to [[PERSON|hunter]]'s mom [[PERSON|kelsey]]: yes online lesson works, same link as always, i'll call from [[PHONE_NUMBER|(503) 555-0137]] if zoom fails",
    "need a polite msg to [[PERSON|rich]] and [[PERSON|faith]] (duet partners) saying recital rehearsal is 6pm at [[STREET_ADDRESS|22 willow bank rd, sheffield s11 8fd]], dont be late",
    "exam board portal wont let me in, username [[ID_NUMBER|teach_ellismusic]] pw [[PASSWORD|fermata!2024]], can u write a msg to their support asking for a reset. name on the account is [[PERSON|carys ellis]]",
    "ok so [[PERSON|drew]] broke a string on the school guitar and [[PERSON|grant]] dropped the clarinet case down the stairs, who pays?? write something fair for the parents",
    "whats a nice way to tell mrs [[PERSON|desai]] that [[PERSON|anaya]] isnt practising and i dont think she'll pass grade 5 theory in june",
    "card for the hire shop: [[CREDIT_CARD|4539 8271 6405 2183]] exp 09/27, name [[PERSON|wojtek wrona]]. can u write the email asking them to take the monthly viola hire from this card instead",
    "pls turn into minutes: teachers mtg 3/10. present [[PERSON|lou]], [[PERSON|mo]], [[PERSON|deepa]], [[PERSON|sven]]. agreed room 4 for drums only. [[PERSON|mo]] to chase broken piano stool. [[PERSON|deepa]] to ask caretaker abt alarm code, current one is [[PASSWORD|5093]] but it changes monthly",
    "can u check my maths, [[PERSON|zeynep]] paid £96 for 4 lessons but only had 3 cos i was sick, how much do i refund? her email is [[EMAIL_ADDRESS|zeynep.arslan@yahoo.co.uk]]",
    "write a text for [[PERSON|jojo]]'s grandad, he picks her up on thurs now. new gate code for the music block is [[PASSWORD|c4419]], tell him to buzz room 2",
    "translate into simple english for a parent: 'pupil shows good embouchure but insufficent breath support'. the pupil is [[PERSON|ezra]], hes 9",
    "help me write a receipt: recieved £120 from [[PERSON|li na]] for [[PERSON|kevin]]'s 5 guitar lessons, paid by card ending 3317",
    "voicemail into bullet pts: hey its [[PERSON|marek]], [[PERSON|ola]]'s trumpet valve is stuck, can we do the lesson online instead, my number changed its [[PHONE_NUMBER|07700 900871]], cheers",
    "is this legit, email says [[PERSON|leon]]'s exam slot is gone unless i reply with the card used for the entry. the card was [[CREDIT_CARD|5358 1729 0461 8372]]. sender looked weird",
    "sum up this thread for me: [[PERSON|jadwiga]] says the hall is double booked, [[PERSON|tunde]] says we can use his front room at [[STREET_ADDRESS|7 cobden terrace, leeds ls6 4pq]], [[PERSON|tilly]] says no parking there. what do i decide",
    "need a reminder text for all flute kids: bring music stand + exam pieces sat. list is [[PERSON|amira]], [[PERSON|noor]], [[PERSON|poppy]], [[PERSON|hannah k]]",
    "invoice for mr and mrs [[PERSON|holmqvist]], 10 lessons for [[PERSON|elsa]] @ £28, pay to [[IBAN_CODE|gb39nwbk60728531947260]] ref [[PERSON|elsa]] piano. make it look professional",
    "my zoom api key got posted in the teachers group chat by accident: [[API_KEY|zkl_9f3b27c1e8d64a0b95fe21c7d3a8b460]]. [[PERSON|zarmina]] posted it not me. do i need to rotate it?",
    "spanish teacher friend [[PERSON|paloma]] wants to rent my practice room tues eves, draft a short agreement, her email [[EMAIL_ADDRESS|paloma.ruizmusica@gmail.com]]",
    "new pupil form says: name [[PERSON|yaw agyekum]], dob 12/03/2013, parent phone [[PHONE_NUMBER|020 7946 0381]], allergies none. make it into a welcome email to the parent",
    "pls fix my spelling: dear [[PERSON|lakshmi]], unfortunatly i cant do wedsday anymore, could [[PERSON|ishaan]] come fri at 5 insted? the locker code for his keyboard is still [[PASSWORD|7734]]",
    # six other languages
    "Peux-tu reformuler ce message pour la mère de [[PERSON|Léonie]] ? « Le cours de piano de samedi est annulé, je vous rembourse par virement. » Son numéro : [[PHONE_NUMBER|06 39 98 47 12]].",
    "Bitte fass diese Notiz kurz zusammen: Herr [[PERSON|Pfitzenmaier]] ruft wegen der Geigenreparatur an, Rückruf unter [[PHONE_NUMBER|030 23125 648]], der Code für das Schloss am Übungsraum ist [[PASSWORD|4193]].",
    "Escríbeme un correo para [[PERSON|Amparo Ferrer]] confirmando el recital del día 9 en [[STREET_ADDRESS|Calle de Toledo 41, 28005 Madrid]] y pidiéndole que traiga su atril.",
    "Przetłumacz na angielski: Pani [[PERSON|Wiesława]], proszę przelać opłatę za lekcje [[PERSON|Kuby]] na konto [[IBAN_CODE|PL25 1050 1764 1000 0092 3817 4651]] do piątku.",
    "[[PERSON|中村]]先生へのメールを書いてください。娘の[[PERSON|美咲]]のピアノ発表会について、電話は [[PHONE_NUMBER|090-4817-2265]] です。",
    "Kun je dit bericht aan [[PERSON|Marloes de Wit]] vriendelijker maken? 'Je betaalt de huur van de cello steeds te laat. Maak het over naar [[IBAN_CODE|NL82 RABO 0318 4729 56]].'",
    # ordinary English
    "Can you draft a friendly email to Ms [[PERSON|Olanrewaju]] reminding her that [[PERSON|Temi]]'s Grade 4 cello exam is on 12 March at 10:40 and they should arrive 20 minutes early? Her address is [[EMAIL_ADDRESS|funmi.olanrewaju@btinternet.com]].",
    "Summarise these notes from today's lessons: [[PERSON|Hugo]] – scales improving, needs metronome. [[PERSON|Carmela]] – forgot book again. [[PERSON|Kabir]] – ready for the recital piece. [[PERSON|Bonnie]] – left early, mum to pay for the missed slot.",
    "I teach clarinet from home and a parent wants to pay by card over the phone. She read it out: [[CREDIT_CARD|4917 6305 8214 9033]], name [[PERSON|Maxine Dunmore]]. Is it okay for me to keep this written down, and how should I store it?",
    "I'm filling in a W-9 for the community music school where I teach on Saturdays. They need my SSN, [[US_SSN|412-73-5918]]. Can you explain which box is which? The name on it is [[PERSON|Dolores Quintanilla]].",
    "Write a short recital programme intro: opening with [[PERSON|Freddie Okonkwo]] (Minuet in G), then [[PERSON|Lily-Mae]] and [[PERSON|Aarav]] playing a duet, ending with my adult pupil [[PERSON|Clive]] on saxophone.",
    "Our online lesson platform flagged a login to my teacher account from [[IP_ADDRESS|203.0.113.58]] at 2am. My username is [[ID_NUMBER|violin_with_vera]]. Write a message to their support asking them to lock it, signed [[PERSON|Vera Szabó]].",
    "My lesson booking site uses this key for the calendar sync and it has stopped working: [[API_KEY|cal_live_4fT9xQ2mVb7RkL1sZp8N3wHd]]. Can you help me write a bug report to the plugin developer, [[PERSON|Anton]]?",
    "Split the cost: the accompanist [[PERSON|Odile]] charges £180 for the recital and six pupils are playing: [[PERSON|Isla]], [[PERSON|Reuben]], [[PERSON|Chidi]], [[PERSON|Saoirse]], [[PERSON|Kavin]], [[PERSON|Clemmie]]. How much each, and a short message to the parents?",
    "Please write instructions for the Saturday cover teacher: the studio is at [[STREET_ADDRESS|Flat 3, 58 Harcourt Road, Bristol BS6 7RJ]], key safe code [[PASSWORD|1962]], the piano lid key is in the blue mug. The cover teacher is [[PERSON|Joaquín]].",
    "What should I reply? 'Hi, this is [[PERSON|Lorcan]]'s dad. We can't make Wednesday, can we swap with [[PERSON|Hattie]]?' I don't have [[PERSON|Hattie]]'s dad's number, only her mum's email [[EMAIL_ADDRESS|lou.brennan@icloud.com]].",
    "Draft a polite letter to the piano tuner, Mr [[PERSON|Ogilvie]], saying the upright at [[STREET_ADDRESS|41 Kelvin Street, Glasgow G3 7HW]] needs tuning before the 20th and the side gate code is [[PASSWORD|0719]].",
    "Is this message a scam? 'Dear teacher, your union membership [[ID_NUMBER|MU-4418207]] has expired, click here to renew within 24 hours.' It's addressed to [[PERSON|Petra Sjöberg]], which is me.",
    "Translate into Portuguese for [[PERSON|Gabriel]]'s mother: [[PERSON|Gabriel]] played beautifully today and is ready for his Grade 2 exam.",
    "Help me write a message to the group: guitar ensemble tonight is moving online. The Zoom passcode is [[PASSWORD|strum4729]]. Tell [[PERSON|Angus]] and [[PERSON|Zubair]] to bring capos anyway for next week.",
    "Here's a call log from my phone, can you turn it into a to-do list? 09:12 missed [[PHONE_NUMBER|07700 900168]] ([[PERSON|Greta]]'s mum) / 10:03 [[PHONE_NUMBER|07700 900392]] [[PERSON|Emrys]] the luthier / 13:40 [[PHONE_NUMBER|020 7946 0527]] hall bookings lady",
    "Can you make this sound less cross? 'Mr [[PERSON|Khoury]], this is the third time [[PERSON|Karim]] has come without his violin. I can't teach him without it.'",
    "Write a text to [[PERSON|Tegan]] asking if she still wants the Thursday 4pm slot for [[PERSON|Mia]] and [[PERSON|Jed]]. Her mobile is [[PHONE_NUMBER|0491 570 218]].",
    "I need to tell the instrument hire company my new address for the flute hire: [[STREET_ADDRESS|12 Abbotsford Close, Norwich NR4 6TS]]. The hire is in my daughter [[PERSON|Esme]]'s name. Draft the email please.",
    "Please fix the wording of my tax note: lesson income from [[PERSON|Mathieu Gagnon]] and [[PERSON|Harpreet Sandhu]], my SIN is [[ID_NUMBER|648 317 527]] for the T4A slip.",
    "Minutes from the parents' meeting for the youth strings: Chair [[PERSON|Morven Kerr]]. Treasurer [[PERSON|Abdul]] reported £1,240 in the hire fund. [[PERSON|Naomi]] asked about the viola repair. Agreed to raise fees by £2.",
    "My piano teaching email got hacked. The old password was [[PASSWORD|Chopin&Tea1987]] and the account is [[EMAIL_ADDRESS|mrsbeaumont.piano@gmail.com]]. Write a short note to all parents saying to ignore any odd messages from it.",
    "Can you write a reference letter for my pupil [[PERSON|Ikenna Obi]] who is applying to a junior conservatoire? He has studied trumpet with me for five years and led the brass section.",
    "I share a teaching room with [[PERSON|Penny]] and [[PERSON|Rich]]. The room costs £360 a month. [[PERSON|Penny]] uses it 3 days, [[PERSON|Rich]] 1 day and me 2 days. Split it by days?",
    "Write a WhatsApp reply to [[PERSON|Jasmine]]: thanks for the £35 transfer, yes [[PERSON|Theo]]'s drum lesson is still on at the usual time.",
    "Reply to this thread in two lines: [[PERSON|Oksana]]: can we move to online lessons in February? [[PERSON|Stepan]]: I agree, the roads are bad. Me: ?",
    "Draft a text to [[PERSON|Tyler]]'s mom letting her know the loaner violin needs a new bridge ($45) and I can drop it at her place at [[STREET_ADDRESS|1187 Maple Ridge Dr, Beaverton, OR 97006]].",
    "Write a note for the lockers: [[PERSON|Kojo]] has locker 12, code [[PASSWORD|3361]]; [[PERSON|Wilhelmina]] has locker 14, code [[PASSWORD|9152]]. It goes on the staff noticeboard only.",
    "Turn this into a formal complaint to the repair shop: they kept [[PERSON|Faisal]]'s tenor sax for six weeks and returned it with a dented bell. Contact me on [[PHONE_NUMBER|07700 900706]].",
    "Is this OK to send? 'Hi [[PERSON|Drew]], your lesson fee for autumn is £240, please pay by 1 September to [[IBAN_CODE|GB92 HBUK 4012 7648 3192 05]].'",
    "My pupil [[PERSON|Shira]] wants to sit her Grade 8 in Tel Aviv while she's visiting family. What's the process for transferring an exam entry abroad?",
    "The school's IT says my online lesson laptop at [[IP_ADDRESS|198.51.100.23]] is blocked. Write an email to [[PERSON|Duncan]] in IT asking him to whitelist it before Monday.",
    "Plan a recital running order for 10 kids in under 45 minutes. Youngest first: [[PERSON|Bo]] (6), [[PERSON|Ffion]] (7), [[PERSON|Luka]] (8), [[PERSON|Santino]] (9), [[PERSON|Ada]] (10); the rest are teenagers.",
    "Write a thank-you card from me to [[PERSON|Margit]], who lent us her harp for the spring concert.",
    "Summarise: Voicemail 3 – 'Hello, it's [[PERSON|Graham Pye]] from the hall committee, the alarm code changed to [[PASSWORD|80412]], please don't give it to pupils. Call back on [[PHONE_NUMBER|0131 496 0274]].'",
    "Help me write in English to the violin maker: my pupil [[PERSON|Lotte Hansen]] is sending her violin from Hamburg, and her number is [[PHONE_NUMBER|+49 40 66969 215]].",
    "Can you work out fees: [[PERSON|Summer]] weekly 30 min at £18, [[PERSON|Barnaby]] fortnightly 60 min at £34, [[PERSON|Daisy]] weekly 45 min at £25. 12-week term. Totals per family?",
    "Our family laptop is shared for online lessons. Help me write a note for my son explaining the rules. The parental control PIN is [[PASSWORD|6620]] and his account is [[ID_NUMBER|benji.p2012]]. He's [[PERSON|Benji]], 11.",
    "Draft an email to [[PERSON|Siobhán Ní Bhriain]] about renting the parish hall for the Christmas recital; my number is [[PHONE_NUMBER|+353 87 214 6093]].",
    "Check this message for tone: '[[PERSON|Frank]], you owe £75 for last month. If it's not paid by Friday I'll offer your slot to [[PERSON|Hunter]].'",
    "My daughter [[PERSON|Nell]] wants to buy a second-hand cello online. The seller, [[PERSON|Radomir Kessel]], wants me to email my card details: [[CREDIT_CARD|5429 1368 0374 2190]]. Is that safe?",
    "I'm a private piano teacher in Ohio and I paid an accompanist, [[PERSON|Tremaine Bell]], $1,800 this year. For the 1099 he gave me his SSN [[US_SSN|287-46-1039]] and address [[STREET_ADDRESS|455 Linden Ave, Columbus, OH 43215]]. Which form do I use?",
    "Rewrite this note more clearly: '[[PERSON|Sky]] & [[PERSON|Dawn]] swapping Tues/Weds from next week, [[PERSON|Dawn]]'s dad OK'd it, [[PERSON|Sky]]'s mum not replied.'",
    "I'm setting up a practice room booking sheet. The door code for room B is [[PASSWORD|B7730]] and for room C it's [[PASSWORD|C2154]]. Can you write a note to [[PERSON|Hanne]] and [[PERSON|Rafał]] with their rooms?",
    "Write a polite decline to [[PERSON|Donovan]], who wants free lessons for his son in exchange for 'exposure' on his YouTube channel.",
    "Please write a short welcome email to a new adult pupil, [[PERSON|Chiamaka]], at [[EMAIL_ADDRESS|chiamaka.e.music@protonmail.com]]. First lesson Tuesday 7pm, bring a notebook.",
    "Translate into Hindi for [[PERSON|Vihaan]]'s grandparents: the recital is on Sunday at 3pm in the school hall, and families are welcome.",
    "A parent who's a developer, [[PERSON|Ruairí]], set up an SMS reminder tool for my lessons and sent me the key [[API_KEY|sms_4b81e0f7c29a46d3b5e8a71c90f2d6ab]]. Should I keep it in my notes app?",
    "What do I say to [[PERSON|Erzsébet]], who says her son's exam result is wrong? He got 98 and she thinks it should have been a distinction.",
    "I teach from my flat at [[STREET_ADDRESS|9 Cranleigh Mews, London N7 8QA]]. A new neighbour, [[PERSON|Jude]], complained about the noise. Draft a friendly note to put under his door.",
    "Help me write an email to the exam board: candidate [[PERSON|Parisa Nouri]], my applicant number [[ID_NUMBER|APP-6639021]], the entry was submitted twice and I was charged twice.",
    "Make a weekly rota from this: Mon [[PERSON|Pilar]], [[PERSON|Yegor]]; Tue [[PERSON|Ellie]]; Wed none; Thu [[PERSON|Folake]], [[PERSON|Finn]], [[PERSON|Maud]]; Fri [[PERSON|Anselm]].",
    "Write a message to my accompanist [[PERSON|Hedda]] with the details: rehearsal at St Cuthbert's church hall, the alarm panel code is [[PASSWORD|4417]] and the wifi is [[PASSWORD|organloft22]].",
    "Summarise this email thread: [[PERSON|Ayo]]: 'Can [[PERSON|Kemi]] do Grade 1 in the summer?' Me: 'Yes if she practises.' [[PERSON|Ayo]]: 'How much is the entry?' Me: '£45.'",
    "I need to pay the room hire deposit over the phone tomorrow. Can you write a short script for me? Card [[CREDIT_CARD|4027 8519 3620 4715]], name on card [[PERSON|Rhiannon Bevan]].",
    "Draft an email to [[PERSON|Gwilym]] at the repair shop asking for a quote to re-pad [[PERSON|Jessamy]]'s flute and replace the headjoint cork.",
    "Convert this into a formal letter: new fees from September, £30 per half hour. Sign off as [[PERSON|Annelise Voss]], LRSM.",
    "Text to [[PERSON|Matilda]]'s dad: the lesson is moved to [[STREET_ADDRESS|14 Wattle Street, Fitzroy VIC 3065]] this week, ring me on [[PHONE_NUMBER|0491 570 663]] if you get lost.",
    "Help me word an email to [[PERSON|Takumi]]'s parents about switching him to online lessons while his arm heals.",
    "I keep forgetting logins. Make me a table: exam portal user [[ID_NUMBER|s.mendonca.teach]] / [[PASSWORD|Allegro#5512]], hire shop account [[ID_NUMBER|HC-208816]] / [[PASSWORD|violaBlue77]]. My name's [[PERSON|Sara Mendonça]].",
    "Is this a phishing text? 'Hi [[PERSON|Declan]], your cello hire payment bounced, update your card at hirecello-secure.com'. My son [[PERSON|Declan]] does hire a cello.",
    "Please write a short bio for the recital programme: [[PERSON|Iolanda Lobo]] began piano at six and loves Brazilian choro.",
    "Write a reminder for [[PERSON|Obi]], [[PERSON|Caspar]] and [[PERSON|Lowri]] that theory homework is due Friday, and ask [[PERSON|Lowri]] to bring back the borrowed workbook.",
    "My pupil's mum [[PERSON|Gemma]] sent her bank details for a refund of a cancelled block: [[IBAN_CODE|GB70 MIDL 4005 1792 6384 10]]. Draft the confirmation message.",
    "Help me write a firm but kind message to [[PERSON|Jack]] and [[PERSON|Grant]]'s mum: the boys share one drum kit at home and it's causing arguments over practice time.",
    "The virtual lessons log shows [[PERSON|Ivy]] joined from [[IP_ADDRESS|2001:db8:4c1a::17]] and dropped six times. How do I explain to her dad that it's probably their connection?",
    "Write a note to [[PERSON|Nkechi]] confirming she'll accompany [[PERSON|Tom]], [[PERSON|Anouk]] and [[PERSON|Seren]] at the festival, fee £40 each.",
    "Rewrite this in plain English for a parent: 'Candidate [[PERSON|Xavier]] achieved Merit; aural section below pass threshold.'",
    "I'm going away, write handover notes for [[PERSON|Bartek]] who's covering: studio at [[STREET_ADDRESS|Unit 6, Foundry Yard, Manchester M4 6FB]], shutter padlock [[PASSWORD|5821]], heater switch behind the door.",
    "Text for [[PERSON|Destiny]]'s grandma: the fall recital is at the library, call me at [[PHONE_NUMBER|(614) 555-0172]] if she needs a ride.",
    "Can you turn these voicemails into one line each? 1) [[PERSON|Cillian]] – cancelling Tuesday. 2) [[PERSON|Itzel]] – asking about Grade 2 books. 3) [[PERSON|Rufus]]'s mum – paid by transfer. 4) [[PERSON|Zofia]] – can she bring a friend?",
    "Please proofread: 'Dear [[PERSON|Héloïse]], thank you for hiring the practise studio. The invoice for January is attached.'",
    "Set up an auto-reply for [[EMAIL_ADDRESS|lessons@kitwhitfieldguitar.co.uk]] saying I'm on tour until the 18th and [[PERSON|Milo]] will answer urgent questions.",
    "Work out a fair refund: [[PERSON|Makana]] paid for 10 trumpet lessons at £22, had 6, then moved away. I keep a £20 admin fee.",
    "Write an announcement for the newsletter: congratulations to [[PERSON|Kai]], [[PERSON|Tallulah]] and [[PERSON|Morgan]] on their distinctions!",
    "Our youth orchestra camp form asks for each child's NHS number. For my son [[PERSON|Alfie]] it's [[ID_NUMBER|721 503 8467]]. Can you help me fill in the medical section about his asthma?",
    "Reply in a friendly way to [[PERSON|Constance]]: no, I don't teach oboe, but my colleague [[PERSON|Yannick]] does; his email is [[EMAIL_ADDRESS|yannick.oboe@gmx.fr]].",
    "Make a polite chase message: Mr [[PERSON|Lowe]] hasn't returned the hired keyboard since July, and the deposit only covers half of it.",
    "My neighbour [[PERSON|Faith]] asked if her kids can use my piano when I'm out. Write some house rules; the back door key safe is [[PASSWORD|0305]].",
    "Draft a text to [[PERSON|Jannik]]: his viola is ready at the luthier's, pick it up from [[STREET_ADDRESS|3 Paradise Row, Brighton BN1 4EG]] after 2pm.",
    "Summarise these lesson notes for the end-of-term report: [[PERSON|Zara]] – confident sight-reading; [[PERSON|Ezekiel]] – rushing; [[PERSON|Pip]] – great ear.",
    "Our music school's payment form shows an error with the key [[API_KEY|pay_live_51Mz8QeLb3RnTx0aKfY7Wc2Ud]]. Write a message to our web person, [[PERSON|Griet]], describing the problem.",
    "Can you help me dispute a charge? The hire shop took £89 twice from my card [[CREDIT_CARD|5162 4087 9315 0622]] for [[PERSON|Orla]]'s clarinet.",
    "Translate to Welsh: 'Well done [[PERSON|Cerys]], you passed your Grade 3 harp!'",
    "Write a message to [[PERSON|Dominika]] and [[PERSON|Aziz]]: the online lesson room has moved, the link is the same as before, meeting password [[PASSWORD|cadenza77]].",
]

# 100 one-person records in English and 29 other languages; 40 carry a national id.
RECORDS = [
    # with a national id
    "Pupil register | [[PERSON|Annika Sorensen-Blake]] | piano, Grade 5 | emergency contact [[PHONE_NUMBER|07700 900058]] | NHS no. [[ID_NUMBER|614 092 7358]]",
    "Leerling: [[PERSON|Femke van Dijk]]; BSN [[ID_NUMBER|318649251]]; instrument: dwarsfluit; mobiel ouder [[PHONE_NUMBER|+31 6 4827 1930]]",
    "Uczeń: [[PERSON|Zuzanna Piątek]], PESEL [[ID_NUMBER|12261404730]], lekcje skrzypiec we wtorki, e-mail rodzica: [[EMAIL_ADDRESS|m.piatek@wp.pl]]",
    "Aluna [[PERSON|Letícia Nogueira Campos]], CPF [[ID_NUMBER|317.842.596-91]], aulas de violão às quintas, telefone [[PHONE_NUMBER|+55 11 98417-2603]].",
    "Öğrenci: [[PERSON|Elif Yıldırım]] — T.C. Kimlik No: [[ID_NUMBER|38471062944]] — bağlama dersi, cumartesi 10:00.",
    "Alumno [[PERSON|Iker Goikoetxea]], DNI [[ID_NUMBER|53827164B]], matrícula de piano, domiciliación [[IBAN_CODE|ES06 2100 3841 7202 0059 7316]].",
    "Oppilas [[PERSON|Sanni Lehtonen]], henkilötunnus [[ID_NUMBER|140812A318U]], sello, huoltajan puhelin [[PHONE_NUMBER|+358 40 718 2394]].",
    "Allieva: [[PERSON|Benedetta Marangoni]] – codice fiscale [[ID_NUMBER|MRNBDT12P48L219S]] – corso di flauto traverso, sabato mattina.",
    "学生姓名：[[PERSON|陈思远]] | 身份证号：[[ID_NUMBER|310106201104273618]] | 古筝 | 家长电话：[[PHONE_NUMBER|+86 139 1742 5086]]",
    "수강생: [[PERSON|박서연]] / 주민등록번호 [[ID_NUMBER|120603-4061826]] / 바이올린 / 보호자 연락처 [[PHONE_NUMBER|010-4729-3816]]",
    "生徒名: [[PERSON|佐藤 結衣]] 様、マイナンバー [[ID_NUMBER|3827 4615 0920]]、ピアノ個人レッスン、保護者携帯 [[PHONE_NUMBER|080-3317-6024]]",
    "Inscription : [[PERSON|Camille Duroselle]], n° de sécurité sociale [[ID_NUMBER|2 09 06 75 120 087 51]], cours de harpe, tél. [[PHONE_NUMBER|06 39 98 15 62]].",
    "Elev: [[PERSON|Sigrid Haugland]], fødselsnummer [[ID_NUMBER|150911 48797]], trompet, e-post til foresatte [[EMAIL_ADDRESS|haugland.familie@online.no]]",
    "Aluno [[PERSON|Duarte Albuquerque]]; NIF [[ID_NUMBER|247 185 396]]; aulas de guitarra portuguesa; IBAN para débito [[IBAN_CODE|PT11 0035 0217 0004 8139 2657 1]]",
    "Elev: [[PERSON|Ioana Munteanu]], CNP [[ID_NUMBER|6120315400782]], lecții de pian, telefon părinte [[PHONE_NUMBER|+40 722 418 537]].",
    "Estudiante [[PERSON|Matías Ñancupil]], RUT [[ID_NUMBER|21.784.360-K]], clases de charango, apoderada: [[PHONE_NUMBER|+56 9 6183 2749]].",
    "Õpilane [[PERSON|Rasmus Tamm]], isikukood [[ID_NUMBER|51205180274]], kannel, lapsevanema e-post [[EMAIL_ADDRESS|tamm.kodu@mail.ee]].",
    "Nemandi: [[PERSON|Eyrún Sigurðardóttir]], kennitala [[ID_NUMBER|120411-2760]], fiðla, sími foreldris [[PHONE_NUMBER|+354 862 4071]].",
    "Žák: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|125721/4310]], klavír, zákonný zástupce tel. [[PHONE_NUMBER|+420 604 218 735]].",
    "Учень: [[PERSON|Андрій Коваленко]], РНОКПП [[ID_NUMBER|3871504621]], бандура, телефон матері [[PHONE_NUMBER|+380 67 415 2093]].",
    "Lehrkraft auf Honorarbasis: [[PERSON|Leonie Brückner]], Steuer-ID [[ID_NUMBER|58 301 746 297]], Klavier, Konto [[IBAN_CODE|DE85 1005 0000 0483 9172 65]].",
    "Pupil [[PERSON|Manaia Ngata]], NHI [[ID_NUMBER|KRT4828]], ukulele group (Tuesdays), caregiver mobile [[PHONE_NUMBER|+64 21 574 9306]].",
    "छात्रा: [[PERSON|अनन्या शर्मा]], आधार [[ID_NUMBER|5837 2640 1937]], सितार की कक्षा, फ़ोन [[PHONE_NUMBER|+91 98204 17356]]",
    "Elev: [[PERSON|Linnea Åberg]], personnummer [[ID_NUMBER|120318-4856]], blockflöjt, vårdnadshavarens e-post [[EMAIL_ADDRESS|aberg.familjen@telia.se]]",
    "תלמידה: [[PERSON|נועה לוי]], מספר זהות [[ID_NUMBER|318406279]], שיעורי פסנתר, טלפון [[PHONE_NUMBER|+972 52 418 3067]]",
    "Μαθήτρια: [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|27071103710]], μαθήματα μπουζουκιού, τηλ. [[PHONE_NUMBER|+30 694 517 2830]]",
    "Adult learner [[PERSON|Liezl Coetzee]], SA ID [[ID_NUMBER|7903190873081]], piano lessons online, e-mail [[EMAIL_ADDRESS|liezl.vdm@mweb.co.za]]",
    "Student: [[PERSON|Goh Shu Fen]] | NRIC [[ID_NUMBER|T1238475G]] | guzheng Grade 6 | mobile [[PHONE_NUMBER|+65 9127 4830]]",
    "Tax details for accompanist [[PERSON|Fraser Mbeki-Ross]]: TFN [[ID_NUMBER|738 159 623]], paid monthly by bank transfer, phone [[PHONE_NUMBER|0491 570 904]].",
    "Medicare card for [[PERSON|Chloe Phan]] on the music camp form: [[ID_NUMBER|3185 94725 1]], valid to 08/2027.",
    "Tutor payroll: [[PERSON|Ciarán Ó Murchú]], PPS [[ID_NUMBER|5120738FA]], IBAN [[IBAN_CODE|IE75 BOFI 9013 8247 5619 38]], tin whistle and flute.",
    "Professeure : [[PERSON|Hélène Vandeputte]], numéro national [[ID_NUMBER|87.05.14-283.92]], cours de solfège, compte [[IBAN_CODE|BE40 0682 3917 4526]].",
    "Payroll line: [[PERSON|Océane Tremblay]], SIN [[ID_NUMBER|712 940 634]], piano accompanist, Montréal studio, phone [[PHONE_NUMBER|(514) 555-0148]]",
    "Docent [[PERSON|Joris Kuipers]] — BSN [[ID_NUMBER|582037141]] — zaalhuur betaald via [[IBAN_CODE|NL64 INGB 0007 3819 26]]",
    "Nauczycielka: [[PERSON|Grażyna Wilk]]; PESEL: [[ID_NUMBER|85070319267]]; umowa zlecenie, lekcje fortepianu; tel. [[PHONE_NUMBER|+48 601 472 835]]",
    "Profesor [[PERSON|Andrei Ionescu]], NIE [[ID_NUMBER|Y4817293A]], clases de acordeón, móvil [[PHONE_NUMBER|+34 622 81 47 39]].",
    '{"学员": "[[PERSON|刘雅琴]]", "身份证": "[[ID_NUMBER|510107198609124828]]", "课程": "二胡", "邮箱": "[[EMAIL_ADDRESS|liuyaqin86@163.com]]"}',
    "Sitar teacher [[PERSON|Ramesh Iyengar]] | Aadhaar [[ID_NUMBER|8401 9275 3640]] | email [[EMAIL_ADDRESS|ramesh.iyengar.sitar@rediffmail.com]]",
    "Dear colleague, [[PERSON|Poppy Marchetti-Lowe]] (NHS [[ID_NUMBER|839 417 2601]]) has wrist pain after long piano practice; her teacher asks for physiotherapy advice.",
    "Facture location de salle — [[PERSON|Gérald Fontaine]], n° sécu [[ID_NUMBER|1 85 03 92 041 156 14]], virement [[IBAN_CODE|FR33 3000 4028 3700 0193 8476 K21]]",
    # without a national id
    "Violin hire agreement signed by [[PERSON|Casimir Vandersloot]], card on file [[CREDIT_CARD|4709 3826 1745 9308]], deposit £60 taken.",
    '2024-03-02 19:04:11 login ok user=[[ID_NUMBER|uzochukwu.cello]] ip=[[IP_ADDRESS|198.51.100.142]] name="[[PERSON|Chinonso Uzochukwu]]"',
    "Passport for the Vienna youth orchestra tour: [[PERSON|Torquil Beaton]], passport no. [[ID_NUMBER|533918274]], expiry 2031.",
    "W-9 on file: [[PERSON|Jolene Marsh]], SSN [[US_SSN|538-21-7764]], [[STREET_ADDRESS|2210 Birch Hollow Rd, Knoxville, TN 37919]].",
    "[[PERSON|DeShawn Whitaker]], trumpet, Tue 5pm, [[PHONE_NUMBER|(773) 555-0119]], [[EMAIL_ADDRESS|dwhitaker.horn@gmail.com]], paid",
    "Van hire for moving the school harp: driver [[PERSON|Imelda Rooney]], licence [[ID_NUMBER|ROONE752189IM9XY]].",
    "Studio booking plugin config — owner [[PERSON|Torsten Ekdahl]], api_key=[[API_KEY|bk_live_Q7r2Vx9mPz4Lt8Wc1Hy6Ns3D]]",
    "Tanuló: [[PERSON|Kovács Bence]], útlevélszám [[ID_NUMBER|BK4718362]], hegedű, e-mail [[EMAIL_ADDRESS|bence.hegedu@freemail.hu]]",
    "Học viên: [[PERSON|Trần Thị Thu]], điện thoại [[PHONE_NUMBER|+84 912 471 385]], lớp đàn tranh, địa chỉ [[STREET_ADDRESS|18 Ngõ Huế, Hai Bà Trưng, Hà Nội]]",
    "นักเรียน: [[PERSON|ณัฐวุฒิ ศรีสุข]] | โทร [[PHONE_NUMBER|+66 81 472 9035]] | เรียนกีตาร์ | อีเมล [[EMAIL_ADDRESS|nattawut.srisuk@hotmail.com]]",
    "الطالبة: [[PERSON|ليلى الحسيني]]، هاتف [[PHONE_NUMBER|+971 50 736 1942]]، دروس عود، البريد [[EMAIL_ADDRESS|layla.husseini@outlook.com]]",
    "Ученик: [[PERSON|Матвей Соколов]]; паспорт [[ID_NUMBER|4519 736218]]; класс виолончели; тел. [[PHONE_NUMBER|+7 916 482-37-15]]",
    "Elev: [[PERSON|Mads Kjærgaard]], guitar, forælders mobil [[PHONE_NUMBER|+45 28 47 19 63]], betaling til [[IBAN_CODE|DK45 3000 3847 1620 59]]",
    "Disgybl: [[PERSON|Elin Haf Prydderch]], telyn, Gradd 4, ebost rhiant [[EMAIL_ADDRESS|teulu.prydderch@btinternet.com]]",
    "Pupil [[PERSON|Aoife Nic Dhonnchadha]], tin whistle, parent's phone [[PHONE_NUMBER|+353 86 417 2958]], fees paid for the term.",
    "Student [[PERSON|Nurul Aisyah binti Rahman]], violin, phone [[PHONE_NUMBER|+60 12-418 7293]], e-mail [[EMAIL_ADDRESS|nurulaisyah.r@yahoo.com]]",
    '{"pupil": "[[PERSON|Rupert Fairweather]]", "instrument": "drums", "card": "[[CREDIT_CARD|4551 0738 2946 1732]]", "plan": "monthly"}',
    "[[PERSON|Itziar Echeverría]]; flute hire; [[IBAN_CODE|GB05 LOYD 3096 2418 7362 05]]; paid to July",
    "Dear [[PERSON|Wendell]], your room hire at the Old Chapel is confirmed for Saturdays. The entry code is [[PASSWORD|3915]]. Kind regards, the bookings team.",
    "Name: [[PERSON|Shabnam Chaudhry]]\nRole: peripatetic piano teacher\nEmail: [[EMAIL_ADDRESS|y.chaudhry.keys@outlook.com]]\nMobile: [[PHONE_NUMBER|07700 900977]]",
    "[2024-11-18 07:32] reset requested for [[PERSON|Ambrose Uzoigwe]] from [[IP_ADDRESS|203.0.113.187]], temporary password [[PASSWORD|Tmp-8841-kq]]",
    "Mieterin Übungsraum 2: [[PERSON|Friederike Lanz]], Schlüsselcode [[PASSWORD|6047]], Tel. [[PHONE_NUMBER|030 23125 419]]",
    "Location violon 3/4 — [[PERSON|Noé Lambert-Diallo]], carte [[CREDIT_CARD|4983 7162 5084 9506]], caution 150 €.",
    "Insegnante: [[PERSON|Salvatore Pappalardo]], IBAN [[IBAN_CODE|IT03 X030 6909 6061 0000 0185 273]], lezioni di mandolino, cell. [[PHONE_NUMBER|+39 347 218 5093]]",
    "Alquiler de sala: [[PERSON|Lorena Casals]], [[STREET_ADDRESS|Carrer de Sant Pau 12, 08001 Barcelona]], cuenta [[IBAN_CODE|ES76 0182 4017 8302 0194 7621]]",
    "[[PERSON|山本 健太]] さん、ログインID [[ID_NUMBER|kenta_sax88]]、パスワード [[PASSWORD|Sax-Yama7731]]",
    "강사 [[PERSON|이지훈]] 님 / 이메일 [[EMAIL_ADDRESS|jihoon.cello@naver.com]] / 휴대폰 [[PHONE_NUMBER|010-2938-4715]]",
    "學生：[[PERSON|林怡君]]，電話 [[PHONE_NUMBER|+886 912 478 306]]，鋼琴檢定報名，電郵 [[EMAIL_ADDRESS|yijun.lin@gmail.com]] 已確認",
    "Locação de teclado: [[PERSON|Thiago Moura]], cartão [[CREDIT_CARD|5309 4671 8203 5947]], endereço [[STREET_ADDRESS|Rua Harmonia 482, Vila Madalena, São Paulo - SP, 05435-000]]",
    "Oda kiralama: [[PERSON|Mert Aksoy]], IBAN [[IBAN_CODE|TR44 0006 4000 0014 7283 9605 12]], keman dersleri için haftada iki gün.",
    "Tour roster: [[PERSON|Marnie Thornquist]], US passport [[ID_NUMBER|A48172953]], viola, room shared with two other players.",
    "Accompanist invoice from [[PERSON|Lwazi Ntuli]] for the winter recital, cell [[PHONE_NUMBER|+27 82 417 3095]], e-mail [[EMAIL_ADDRESS|lwazi.keys@webmail.co.za]]",
    "Driver for the recital van: [[PERSON|Ryota Watanabe-Price]], California DL [[ID_NUMBER|D4827193]].",
    "Forum account: user [[ID_NUMBER|bassoon_betty_71]] registered to [[PERSON|Bettina Kraus]], joined 2019.",
    "Online lesson audit: [[PERSON|Ravindra Menon]] connected from [[IP_ADDRESS|192.0.2.77]] using [[EMAIL_ADDRESS|r.menon.tabla@gmail.com]].",
    "Junior conservatoire register, 14/05: [[PERSON|Constance Abernethy]], student number [[ID_NUMBER|S2290417]], first study singing.",
    "Lehrer: [[PERSON|Urs Bachmann]], Alphorn, IBAN [[IBAN_CODE|CH31 0070 0113 8472 9165 3]], Natel [[PHONE_NUMBER|+41 79 418 27 36]]",
    "Klavierstimmung bei [[PERSON|Magdalena Oberhuber]], [[STREET_ADDRESS|Lerchenfelder Straße 88/5, 1080 Wien]], bezahlt per [[IBAN_CODE|AT54 2011 1827 3640 9152]]",
    "Hyra av övningsrum: [[PERSON|Oskar Lindholm]], portkod [[PASSWORD|5529]], bankkonto [[IBAN_CODE|SE22 5000 0000 0582 1364 7092]]",
    "Leie av fiolin: [[PERSON|Solveig Bakke]], konto [[IBAN_CODE|NO62 8601 2047 183]], mobil [[PHONE_NUMBER|+47 917 42 836]]",
    "Vuokralainen: [[PERSON|Eero Mäkinen]], tilinumero [[IBAN_CODE|FI48 4005 5010 3827 16]], sähköposti [[EMAIL_ADDRESS|eero.makinen@kolumbus.fi]]",
    "Fiddle pupil [[PERSON|Morag Sinclair]], [[STREET_ADDRESS|27 Marchmont Crescent, Edinburgh EH9 1HG]], [[PHONE_NUMBER|0131 496 0815]]",
    "Recital ticket refund to [[PERSON|Euna Yoon]], Amex [[CREDIT_CARD|3764 182930 54714]], two seats.",
    "[[PERSON|Gideon Asante]]'s newsletter account key: [[API_KEY|nl-key-7c31f9a0d84b26e5c1a97f30b2d4e685]]",
    "Wi-fi card in the teaching room, for [[PERSON|Perpetua Boakye]]: network Room5-Guest, key [[PASSWORD|minim-crotchet-29]].",
    "Geigenreparatur, Auftrag: Kundin [[PERSON|Svenja Holtkamp]], Rückruf [[PHONE_NUMBER|+49 30 23125 772]], E-Mail [[EMAIL_ADDRESS|svenja.holtkamp@web.de]]",
    "Mme [[PERSON|Fatou Ndiaye]], [[STREET_ADDRESS|14 rue des Lilas, 69007 Lyon]], cours de kora en ligne, [[EMAIL_ADDRESS|fatou.ndiaye.kora@orange.fr]]",
    "Huurder piano: [[PERSON|Bram Verhoeven]], [[STREET_ADDRESS|Oudegracht 214, 3511 NR Utrecht]], [[PHONE_NUMBER|+31 6 1948 2730]]",
    "Wypożyczenie wiolonczeli: [[PERSON|Jakub Zieliński]], karta [[CREDIT_CARD|4718 2039 5617 4820]], kaucja 300 zł.",
    "Pronájem sálu: [[PERSON|Ondřej Dvořáček]], e-mail [[EMAIL_ADDRESS|ondrej.dvoracek@seznam.cz]], sobota 9–13 h.",
    "Καθηγητής: [[PERSON|Νίκος Αντωνίου]], email [[EMAIL_ADDRESS|nikos.antoniou.guitar@gmail.com]], κινητό [[PHONE_NUMBER|+30 697 218 4053]]",
    "शिक्षक: [[PERSON|राजीव मेहता]], तबला, ईमेल [[EMAIL_ADDRESS|rajeev.tabla@gmail.com]]",
    'מורה: [[PERSON|אורי כהן]], גיטרה, דוא"ל [[EMAIL_ADDRESS|uri.cohen.music@walla.co.il]]',
    "Оренда класу: [[PERSON|Олена Шевчук]], IBAN [[IBAN_CODE|UA02 3052 9900 0002 6007 3184 5296 7]], щосуботи",
    "Öğretmen [[PERSON|Deniz Kaplan]], e-posta [[EMAIL_ADDRESS|deniz.kaplan.keman@gmail.com]], telefon [[PHONE_NUMBER|+90 532 418 27 69]]",
    "학생 [[PERSON|김하늘]] 여권번호 [[ID_NUMBER|M72839146]] 해외 연주 투어",
    "発表会 受付: [[PERSON|高橋 陽菜]] 様 メール [[EMAIL_ADDRESS|hina.takahashi@docomo.ne.jp]]",
    "Noleggio violoncello: [[PERSON|Ludovica Ferrante]], [[STREET_ADDRESS|Via dei Mille 27, 40121 Bologna]], carta [[CREDIT_CARD|2221 8405 9713 6272]]",
    "Alumna [[PERSON|Ximena Cárdenas]], tel. [[PHONE_NUMBER|+52 55 4182 7390]], clases de arpa jarocha, correo [[EMAIL_ADDRESS|ximena.cardenas.arpa@gmail.com]]",
    "Tax note: adjunct strings teacher [[PERSON|Bernadette Szczepanik]], SSN [[US_SSN|603-48-2917]], [[STREET_ADDRESS|88 Orchard Lane, Saratoga Springs, NY 12866]]",
]

# 25 MT-Bench/Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive paragraph encouraging adult beginners to start learning the cello, aimed at people who think they are too old.",
    "Compose a short poem about the silence in a concert hall just before the first note.",
    "Explain the difference between equal temperament and just intonation as if you were talking to a curious twelve-year-old.",
    "Imagine you are Johann Sebastian Bach visiting a modern music shop. Describe your reaction to an electric keyboard in a few paragraphs.",
    "Write a Python function that converts a note name such as C#4 into its frequency in hertz, assuming A4 is 440 Hz.",
    "Draft a studio policy for a private music teacher covering cancellations, make-up lessons and late payments, in no more than 200 words.",
    "Compare the advantages and disadvantages of online music lessons and in-person lessons for children under ten.",
    "Role-play as a grumpy piano tuner explaining why a piano needs tuning twice a year. Stay in character.",
    "Put these tempo markings in order from slowest to fastest: Allegro, Largo, Andante, Presto, Adagio, Moderato.",
    "Describe five practice games that make scales less boring for young beginners.",
    "What would orchestral music look like today if the violin had never been invented? Speculate in a short essay.",
    "Write a limerick about a trombone that refuses to play in tune.",
    "Summarise the plot of Mozart's The Magic Flute in three sentences.",
    "Give me a step-by-step plan to prepare a student for a graded music exam in twelve weeks.",
    "Explain how a reed vibrates in a clarinet and why the instrument overblows at the twelfth rather than the octave.",
    "Write a SQL query that lists all rows in a table called lessons where the duration is more than 45 minutes, ordered by start time.",
    "Act as a careers adviser and explain the routes into becoming a professional session musician.",
    "Write a friendly newsletter opening for a music school announcing a new ukulele club, without mentioning any specific people.",
    "Which is heavier for a child to carry, a full-size violin case or a clarinet case? Reason it out step by step.",
    "Rewrite this sentence in a more formal tone: 'Lessons are off next week cos the hall's being painted.'",
    "Tell a short story in which Hercule Poirot solves the mystery of a stolen violin bow.",
    "Create a JSON schema for storing a recital programme: piece title, composer, instrument and duration.",
    "Explain what the circle of fifths is and give two practical ways a guitar student can use it.",
    "Argue for and against making music theory exams compulsory before the higher practical grades.",
    "Write a haiku about rain on a practice room window.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Mina practises the piano for 25 minutes every weekday and 40 minutes on each day of the weekend. How many minutes does she practise in a week?",
    "A music teacher charges $32 for a 45-minute lesson. If Dario has 12 lessons this term, how much does his family pay?",
    "A violin hire costs £18 per month plus a one-off £25 deposit. What does Suvarna pay in total for 9 months of hire?",
    "Tomas has 48 sheets of manuscript paper. He uses 6 sheets for each composition. After writing 5 compositions, how many sheets are left?",
    "A recital has 14 performers. Each plays for 4 minutes and there are 2 minutes between performers. How long does the recital last from the first note to the last?",
    "Odette bought 3 packs of guitar strings at $9 each and a capo for $14. She paid with a $50 note. How much change did she get?",
    "A room is hired for £12 per hour. Ollie teaches there for 5 hours on Monday and 3 hours on Thursday each week. How much does he pay over 4 weeks?",
    "Sade's metronome is set at 80 beats per minute. How many beats does it tick in a 7.5-minute practice session?",
    "A drum teacher has 21 pupils. One third learn online and the rest in person. How many learn in person?",
    "Felix practised for 15 minutes on Monday, and each day after that he practised 5 minutes more than the day before. How many minutes did he practise from Monday to Friday?",
    "An exam entry costs $68. A teacher enters 7 students and gets a 5% discount on the total. What is the total after the discount?",
    "Zinnia rehairs bows. Each rehair takes 50 minutes. How many bows can she finish in a 7-hour working day with a 40-minute lunch break?",
    "A choir of 36 singers splits into sopranos, altos, tenors and basses in the ratio 4:3:3:2. How many tenors are there?",
    "Kofi saves £7 a week towards a £150 trumpet. He already has £45. How many weeks until he can buy it?",
    "A piano tuner charges €85 per piano and €0.40 per km travelled. The job is 12 km away and he drives there and back. What does Margo pay for one tuning?",
    "Greer teaches 6 half-hour lessons and 4 hour-long lessons on Saturday. How many hours does she teach?",
    "A set of 5 recorders costs $22.50. How much would 18 recorders cost at the same price each?",
    "Ibrahim has 120 concert tickets. He sells 45% of them on the first day and 30 more on the second day. How many are left?",
    "A guitar case weighs 2.4 kg and the guitar weighs 1.9 kg. Ellie carries both to school 3 times a week. What total weight does she carry over 2 weeks?",
    "An online lesson uses 1.2 GB of data per hour. How much data do 10 forty-minute lessons use?",
    "Beth's cello teacher raises the fee from £28 to £31 per lesson. What is the percentage increase, to one decimal place?",
    "Juno, Max and Cosmo share a £96 accompanist fee so that Juno pays twice as much as each of the other two. How much does Juno pay?",
    "A music shop sold 64 ukuleles in March, which was 25% more than in February. How many did it sell in February?",
    "Pablo's recital piece is 168 bars long. He learns 12 new bars a day but every fourth day he only revises. How many days does it take him to learn the whole piece?",
    "A school orchestra trip needs buses that hold 52 people each. There are 139 players and 11 teachers. If they book 3 buses, how many seats are empty?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which interval lies between C and the G above it? A) Major third B) Perfect fourth C) Perfect fifth D) Major sixth",
    "In which period did Johann Sebastian Bach compose? A) Renaissance B) Baroque C) Classical D) Romantic",
    "Which instrument belongs to the double-reed family? A) Clarinet B) Saxophone C) Oboe D) Flute",
    "What does the marking 'pianissimo' mean? A) Very loud B) Very soft C) Gradually slower D) Detached",
    "How many semitones are there in an octave? A) 7 B) 8 C) 12 D) 13",
    "Which clef does the viola mostly read? A) Treble B) Bass C) Alto D) Tenor",
    "A time signature of 6/8 is an example of: A) simple duple B) compound duple C) simple triple D) compound triple",
    "The frequency of the note one octave above 220 Hz is: A) 110 Hz B) 330 Hz C) 440 Hz D) 660 Hz",
    "Under UK consumer law, a paid service such as a music lesson must be performed with: A) reasonable care and skill B) a written contract C) a money-back guarantee D) a government licence",
    "Which of these is a transposing instrument? A) Piano B) Violin C) B-flat clarinet D) Cello",
    "The relative minor of F major is: A) D minor B) A minor C) E minor D) C minor",
    "Who composed The Four Seasons? A) Handel B) Vivaldi C) Haydn D) Telemann",
    "In acoustics, the loudness of a sound is most closely related to its: A) frequency B) amplitude C) timbre D) wavelength",
    "A dotted crotchet lasts as long as: A) two quavers B) three quavers C) four semiquavers D) one minim",
    "Which statement about sole traders is true? A) They have limited liability B) They must file accounts at Companies House C) They are personally liable for business debts D) They cannot employ staff",
    "Which muscle is most involved in controlled breathing for wind players? A) Biceps B) Diaphragm C) Quadriceps D) Deltoid",
    "The 'Tristan chord' is associated with which composer? A) Verdi B) Wagner C) Brahms D) Puccini",
    "In a major key, the degree a semitone below the tonic is called the: A) subdominant B) leading note C) mediant D) supertonic",
    "Violin bows are traditionally strung with hair from which animal? A) Goat B) Horse C) Cow D) Sheep",
    "In psychology, deliberate practice is best described as: A) repeating favourite pieces for enjoyment B) focused work on specific weaknesses with feedback C) practising only before performances D) listening to recordings passively",
    "Which of these tempo markings is the fastest? A) Lento B) Andante C) Allegro D) Prestissimo",
    "How many keys does a standard modern piano have? A) 76 B) 85 C) 88 D) 92",
    "The Doppler effect describes a change in: A) amplitude due to distance B) frequency due to relative motion C) timbre due to materials D) the speed of sound in water",
    "Which cadence moves from chord V to chord I? A) Plagal B) Imperfect C) Perfect D) Interrupted",
    "If a tutor's yearly income rises from £20,000 to £23,000, the percentage increase is: A) 3% B) 13% C) 15% D) 30%",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the early signs of repetitive strain injury in pianists, and when should someone see a doctor?",
    "Is it safe for a child with asthma to learn a wind instrument like the flute or trumpet?",
    "How loud is a drum kit in a small room, and what kind of ear protection do drummers need?",
    "What stretches can string players do before a long rehearsal to avoid neck and shoulder pain?",
    "Can playing the clarinet make braces uncomfortable, and how do orthodontic patients manage it?",
    "What causes tinnitus after a loud concert, and does it usually go away?",
    "Are there health risks in sharing mouthpieces between wind pupils, and how should they be cleaned?",
    "How can performance anxiety be managed without medication before a music exam?",
    "What is focal dystonia in musicians and how is it treated?",
    "Is it normal for fingertips to hurt when starting the guitar, and how long do calluses take to form?",
    "How much daily practice is too much for a ten-year-old's hands?",
    "Can singing lessons help with a hoarse voice, or should it be checked by a doctor first?",
    "What posture advice is given for children sitting at a piano stool that is too high?",
    "Could a nickel allergy cause a rash from guitar strings or a violin chin rest?",
    "Is it safe to teach music lessons with a cold, or should the lessons move online?",
    "What are the symptoms of carpal tunnel syndrome, and can musicians keep playing with it?",
    "What should a singing teacher do if a pupil faints during a lesson?",
    "Do hearing tests for orchestral musicians differ from standard hearing tests?",
    "Which vaccinations are usually recommended for adults who teach young children?",
    "Can jaw clicking be caused by playing the violin, and what helps?",
    "What is a healthy vocal warm-up routine before a recital?",
    "Is lifting a double bass case on your own bad for your back, and how should it be carried?",
    "How can teachers reduce eye strain from reading sheet music on a tablet for hours?",
    "Can learning an instrument help older adults with memory or mild cognitive decline?",
    "What should be in a basic first-aid kit for a music school or rehearsal room?",
]

NATIONAL_IDS = {
    "721 503 8467": nhs_ok,  # NHS number
    "614 092 7358": nhs_ok,
    "839 417 2601": nhs_ok,
    "318649251": bsn_ok,  # Dutch BSN
    "582037141": bsn_ok,
    "12261404730": pesel_ok,  # Polish PESEL
    "85070319267": pesel_ok,
    "317.842.596-91": cpf_ok,  # Brazilian CPF
    "38471062944": kimlik_ok,  # Turkish kimlik
    "53827164B": dni_ok,  # Spanish DNI
    "Y4817293A": dni_ok,  # Spanish NIE
    "140812A318U": hetu_ok,  # Finnish henkilötunnus
    "MRNBDT12P48L219S": codice_fiscale_ok,  # Italian codice fiscale
    "310106201104273618": china_id_ok,  # Chinese resident identity card
    "510107198609124828": china_id_ok,
    "120603-4061826": rrn_ok,  # Korean resident registration number
    "3827 4615 0920": my_number_ok,  # Japanese My Number
    "2 09 06 75 120 087 51": nir_ok,  # French NIR
    "1 85 03 92 041 156 14": nir_ok,
    "150911 48797": fodselsnummer_ok,  # Norwegian fødselsnummer
    "247 185 396": nif_ok,  # Portuguese NIF
    "6120315400782": cnp_ok,  # Romanian CNP
    "21.784.360-K": rut_ok,  # Chilean RUT
    "51205180274": isikukood_ok,  # Estonian isikukood
    "120411-2760": kennitala_ok,  # Icelandic kennitala
    "125721/4310": rodne_cislo_ok,  # Czech rodné číslo
    "3871504621": rnokpp_ok,  # Ukrainian RNOKPP
    "58 301 746 297": steuer_id_ok,  # German tax id
    "KRT4828": nhi_ok,  # New Zealand NHI
    "5837 2640 1937": aadhaar_ok,  # Indian Aadhaar
    "8401 9275 3640": aadhaar_ok,
    "120318-4856": luhn_len(10),  # Swedish personnummer
    "318406279": luhn_len(9),  # Israeli teudat zehut
    "27071103710": luhn_len(11),  # Greek AMKA
    "7903190873081": luhn_len(13),  # South African id
    "T1238475G": nric_ok,  # Singapore NRIC
    "738 159 623": tfn_ok,  # Australian tax file number
    "3185 94725 1": medicare_ok,  # Australian Medicare card
    "5120738FA": pps_ok,  # Irish PPS number
    "87.05.14-283.92": belgian_id_ok,  # Belgian national number
    "712 940 634": luhn_len(9),  # Canadian SIN
    "648 317 527": luhn_len(9),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 30 23125 \d{3}",
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|31|34|39|40|41|45|47|48|52|55|56|60|64|65|66|84|86|90|91|353|354|358|380|420|886|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chats; at least 90 chats name someone and 18 to 22 hold a secret;
    each record names exactly one person and holds one to four other values; 38 to 42
    records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: types missing {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    with_id = 0
    for marked in RECORDS:
        values = {(s["type"], s["value"]) for s in marked_spans(marked)}
        people = [v for v in values if v[0] == "PERSON"]
        if len(people) != 1 or not 1 <= len(values) - 1 <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(values)} values in {marked[:60]!r}"
            )
        with_id += any(k == "ID_NUMBER" and v in NATIONAL_IDS for k, v in values)
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")


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
        "blind161", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
