# ruff: noqa: E501
"""A hundred-and-fiftieth blind privacy set: 220 texts with personal data and 100 clean ones,
on security guards, locksmiths, alarm installers and concierge desks.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the first
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code
(imports, constants, check functions, ``main``) of ``build_blind36.py``; never the detector,
its rules, docs, tests, git history or the other sets' texts. Every text is typed by hand
with inline ``[[TYPE|value]]`` marks (no faker, no template filling):

* 120 chat requests (3 to 100 words) a person would type to a general assistant behind a
  company gateway: drafting texts, e-mails, notices, references and invoices; summarising
  pasted minutes, call logs, voicemails, e-mail threads and log lines; translating; fixing
  wording or tone; splitting bills and tips; asking whether a call, text or e-mail is a
  scam; planning rotas, days and patrols. The first 30 are typed all in lower case (names,
  e-mails, codes, IBANs and postcodes too, with shorthand and typos), the next 6 in Spanish,
  French, German, Italian, Dutch and Polish, the other 84 in ordinary English. Names of many
  origins and shapes: first names alone, surnames after titles, full names, nicknames
  (``big mick``, ``Big Tony``, ``Spike``), names that are ordinary words (``sunny``, ``Hope``,
  ``Patience``, ``Grace``, ``Wren``, ``Baker``), many named in passing with no cue word.
  One to eight values each; 21 hold a secret (door, gate, bin-store, safe, key-safe and
  alarm codes, PINs, wifi keys, passwords, an alarm-company site password); every entity
  type appears.
* 100 one-person records (4 to 60 words): prose sentences, profile lines, pipe and CSV rows,
  JSON objects, log lines, key and visitor register entries and short letters, in English
  and 29 other languages (Hindi, Dutch, Polish, Portuguese, Turkish, Spanish, Catalan,
  Finnish, Italian, Chinese, Korean, Japanese, French, Norwegian, Romanian, Estonian,
  Icelandic, Czech, Ukrainian, German, Swedish, Hebrew, Greek, Vietnamese, Arabic, Danish,
  Hungarian, Indonesian, Tagalog); each names exactly one person and holds one to four other
  values; 40 carry a national id with valid check digits (Indian Aadhaar, NHS number, Dutch
  BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE, Finnish
  henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC, Korean resident
  registration number, Australian TFN and Medicare, Japanese My Number, Irish PPS, French
  NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP,
  Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP,
  German tax id, New Zealand NHI, Swedish personnummer, Canadian SIN, Israeli teudat zehut,
  Greek AMKA, South African id); one chat carries a Canadian SIN too.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people: Dickens, Bramah, Houdini, Sherlock Holmes, Poirot), 25
  GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A
  to D and 25 health questions naming no one; most on the theme.

Labelling rules followed: usernames and logins, member, account, badge, staff, employee,
operator, licence (SIA, TIP, NSI), passport and national id numbers are ID_NUMBER; PINs,
door, gate, safe, key-safe and alarm codes, wifi keys and passwords are PASSWORD; titles and
relation words (Mr, Mrs, Ms, Herr, Madame, my mum, brother, cousin, Grandad) stay
outside PERSON spans; an address span runs from the first street line through the postcode
and city as typed; public, historical and fictional figures, pets, companies, building
names, order, invoice and booking references, amounts and dates of birth are not labelled;
every occurrence of a private value is marked (a first name said again alone too).

All values are invented: phones from ranges kept for fiction where the country has one (UK
07700 900, 020 7946 0, 0113 496 0, 0131 496 0, 029 2018 0; North America 555-01xx;
Australia 0491 570; France 06 39 98; Germany 030 23125) and in the country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits (checked by ``ids.py``).

Run ``.venv/bin/python bench/data/build_blind150.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Sir|Madam|Madame|Mme|Mlle|Herr|Frau|Sr|Sra|Sig|Sayın|"
    r"Pan|Pani|Auntie|Uncle|Grandad|Nan|Mum|Dad)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # typed all in lower case
    "can u write a quick text to [[PERSON|marek]] saying the gate code for the loading bay is now [[PASSWORD|4471]] and he shouldnt pass it on to the cleaners",
    "summarise this voicemail pls: hi its [[PERSON|bernie]] from keyworth locks, the euro cylinder for flat 3 came in, ring me on [[PHONE_NUMBER|07700 900412]] before 4 or i'll leave it at the front desk",
    "tell mrs [[PERSON|okonkwo]] no parcels over 20kg",
    "is this a scam?? got a text to [[PHONE_NUMBER|07700 900587]] saying hi [[PERSON|tasha]] your alarm monitoring has lapsed, pay £49 at alarmrenew-secure.net today or your cover stops",
    "fix my wording: dear [[PERSON|priya]], your new fob is at reception, your login for the visitor portal is [[ID_NUMBER|priya.r22]] and the temp password is [[PASSWORD|lobby!88]], change it when u first log in",
    "split the locksmith bill 3 ways for me, [[PERSON|jonno]] and [[PERSON|kez]], total was 186.40 for the callout and two new deadlocks",
    "translate into polish for my new guard: your shift starts 22:00, badge no [[ID_NUMBER|sg-30418]], radio channel 4, ask [[PERSON|wojtek lis]] for the keys",
    "minutes from tonights handover: [[PERSON|dee]] reported the side fire door propped open twice, [[PERSON|femi adeyemi]] checked it on the cctv, login [[ID_NUMBER|nightdesk2]] pw [[PASSWORD|camera#402]]. can u make it sound formal",
    "write a reply to [[EMAIL_ADDRESS|h.lindqvist@brightmoorliving.co.uk]] saying we can fit the keysafe on tuesday between 9 and 12, no charge for the bracket",
    "my alarm installer [[PERSON|gaz]] wants paying by bank transfer to [[IBAN_CODE|gb05barc20317459381206]] before hes even commissioned the panel, is that normal",
    "help me plan the rota, [[PERSON|sunny]] can only do weekends, [[PERSON|ade]] nights mon to wed, [[PERSON|big mick]] anything but fridays, and we need 2 on every night",
    "resident at [[STREET_ADDRESS|flat 12, 40 harbour view, bristol bs1 6tg]] locked out again, draft a text to her son [[PERSON|kwame]] on [[PHONE_NUMBER|07700 900233]] asking if he has a spare",
    "the keypad code for the bin store is [[PASSWORD|1905]], can you turn this into a short notice for residents without putting the code on it",
    "wording for an email to [[PERSON|ahmed el-sayed]] at [[EMAIL_ADDRESS|ahmed.elsayed@corniche-lets.com]], hes the new concierge, tell him his first shift is sat 7am and uniform is at the desk",
    "whats the going rate to rekey 6 locks? quote from [[PERSON|tomasz]] says 340 and he wants my card number [[CREDIT_CARD|4916 3028 5571 4908]] over the phone now, is that normal",
    "guest wifi for the concierge desk is lobbyguest, key is [[PASSWORD|harbour-lights-22]], make a little sign for the counter",
    "call log from last night, tidy into bullet points for the morning report pls: 23:10 [[PERSON|carl]] rang re car park barrier stuck up, sent patrol. 23:40 [[PERSON|mo]] from 7a lost keys, called him back on [[PHONE_NUMBER|07700 900318]], let in after id check. 00:20 taxi for 12c. 01:15 alarm zone 3 false, reset by [[PERSON|stan]]. 02:50 noise complaint about 4d, spoke to them. 05:30 [[PERSON|stan]] off, bins out, lobby lights checked.",
    "my mum [[PERSON|irene]] keeps getting calls from someone saying hes from her alarm company and needs her pin, her real installer is [[PERSON|dougie]] on [[PHONE_NUMBER|0113 496 0721]], how do i explain its a scam",
    "write a handover note for [[PERSON|shaz]]: master key in the safe, safe combo [[PASSWORD|7-31-18]], panel engineer [[PERSON|lewis]] due thurs",
    "reply to this for me, keep it friendly: hi, its [[PERSON|yusuf]] in 9c, my parcel says delivered to concierge but it isnt there, my email is [[EMAIL_ADDRESS|yusuf.dar@quaymail.net]]",
    "im a mobile locksmith, how do i word an invoice to [[PERSON|pat o'hara]] at [[STREET_ADDRESS|27 cranmore gardens, belfast bt9 6jl]] for a lockout and a new nightlatch",
    "the alarm receiving centre wants the account number from the panel, its [[ID_NUMBER|arc-558214]], and the site contact is [[PERSON|hollie]] [[PHONE_NUMBER|07700 900760]], write that as an email to them",
    "summarise: email from [[PERSON|rav]] - the intercom at block c is dead, ive reset it with the installer login [[ID_NUMBER|admin_blockc]] / [[PASSWORD|intercom2021]] but no joy, can someone get [[PERSON|nico]] out",
    "fix grammar: me and [[PERSON|dunc]] was on desk",
    "how much do i owe, [[PERSON|bex]] paid for the padlocks (38.50) and i paid the chain (22), we said half each",
    "can u make this sound less angry, to [[PERSON|kieran walsh]]: you gave the fob for 2a to someone with no id again, this is the 3rd time",
    "remind me what to ask the alarm guy, his number is [[PHONE_NUMBER|(604) 555-0147]] and the panel serial is on the sticker, my monitoring account is [[ID_NUMBER|mon-88201-c]]",
    "got this from the building wifi portal, is it safe? device [[IP_ADDRESS|192.0.2.57]] registered to [[PERSON|lena]] flat 6, 14 failed logins",
    "plan a leaving do for [[PERSON|reg]] from the night desk, 22 years with us, his wife [[PERSON|maureen]] says he likes curry and darts, budget 300",
    "turn these notes into a text for the new porter: back gate [[PASSWORD|c2580x]], store room key on hook 4, if stuck call [[PERSON|ollie]] [[PHONE_NUMBER|07700 900955]]",
    # six other languages
    "¿Me ayudas a escribir un mensaje para [[PERSON|Lucía Ferrer]]? Dile que el código de la puerta del garaje es [[PASSWORD|8264B]] y que lo cambiaremos el lunes. Su móvil es [[PHONE_NUMBER|+34 612 48 73 19]].",
    "Peux-tu traduire en anglais : « Bonjour, ici Mme [[PERSON|Aubert]], gardienne de l'immeuble. Le serrurier, [[PERSON|Yannick Le Goff]], passera demain matin changer le barillet ; appelez-le au [[PHONE_NUMBER|+33 6 39 98 41 27]]. »",
    "Kannst du diese Notiz kurz zusammenfassen? Alarmanlage bei Familie [[PERSON|Brandtner]] ausgelöst, Techniker [[PERSON|Jörg Petersen]] hat die Zentrale neu programmiert, Kundennummer [[ID_NUMBER|WS-204718]], Rückfragen an [[EMAIL_ADDRESS|j.petersen@wachschutz-nord.de]].",
    "Come rispondo a questa mail? «Buongiorno, sono [[PERSON|Salvatore]], il portiere di [[STREET_ADDRESS|Via dei Mille 14, 80121 Napoli]]. Il nuovo codice del cancello è [[PASSWORD|3390]], non lo dia a nessuno.»",
    "Vertaal naar het Engels: [[PERSON|Sanne de Vries]] is haar sleutel kwijt, haar nieuwe toegangspas heeft nummer [[ID_NUMBER|PAS-77312]] en ze is bereikbaar op [[PHONE_NUMBER|+31 6 48 27 19 35]].",
    "Czy to oszustwo? Na adres [[EMAIL_ADDRESS|k.wrobel@ochrona-bielany.pl]] przyszedł mail, że moja karta [[CREDIT_CARD|5283 1176 4092 6381]] została obciążona za serwis alarmu. Podpisał się [[PERSON|Zbigniew Kaczmarek]].",
    # ordinary English
    "Draft a firm but friendly message to Mr [[PERSON|Adebayo]] in 11F explaining that from Monday all his contractors must sign in at the concierge desk with photo ID.",
    "Can you summarise these minutes in five bullets? Residents' committee, 3 March, held in the lobby. Present: [[PERSON|Helen Marsh]] (chair), [[PERSON|Tariq Aziz]], [[PERSON|Dorota Zielińska]] and the head concierge. Complaints about tailgating at the car park gate and parcels going missing from the post room. Agreed to replace the door entry system before summer and add a second camera at the bin store. [[PERSON|Tariq]] to get three quotes from access installers. [[PERSON|Helen]] to write to the managing agent about night cover. [[PERSON|Dorota]] to draft a leaflet on not holding doors for strangers. Next meeting 7 April.",
    "Is this legit? Someone rang claiming to be from the monitoring company and asked me to read out the code I use to disarm my alarm, [[PASSWORD|6093]]. I hung up but I'd already said it. Should I change it tonight?",
    "Write a reference for [[PERSON|Chidi Okeke]], who worked for us as a night security officer for three years. Reliable, calm with drunk visitors, never missed a patrol. His SIA licence number is [[ID_NUMBER|1017 4428 9031 5562]].",
    "Translate into Spanish for the new cleaner: Please collect the keys from [[PERSON|Rosa]] at the front desk before 7 am and give them back by 3 pm.",
    "My landlord's locksmith, [[PERSON|Dave]], wants me to transfer £120 to [[IBAN_CODE|GB82 MIDL 4005 1572 8361 94]] before he comes out, reference LOCK CHANGE. Any red flags?",
    "Help me word a text to [[PERSON|Gloria]]: the alarm at the shop went off at 3am again and the engineer thinks it's the sensor in the stockroom. Her number is [[PHONE_NUMBER|07700 900146]] if you need it.",
    "Summarise this thread in three bullets. From [[PERSON|Rhiannon Pryce]] <[[EMAIL_ADDRESS|rhiannon.pryce@tylercourt.co.uk]]>: heads up, the concierge desk will close at 10pm from 23 December to 2 January, so residents need to collect parcels earlier. From [[PERSON|Wes]]: who covers the overnight parcel room then, and who holds the master keys? Reply from [[PERSON|Rhiannon]]: our own guards, [[PERSON|Wes]] and [[PERSON|Bashir]], on a rotation, with the keys in the key safe. From [[PERSON|Bashir]]: fine by me but I can't do New Year's Eve.",
    "Check my maths: three of us shared a smart lock for the allotment shed, £89.99 plus £15 fitting, and I paid the lot. What do [[PERSON|Noor]] and [[PERSON|Fergus]] each owe me?",
    "Write a voicemail script for calling Mrs [[PERSON|Pemberton-Hale]] back about her burglar alarm service; her account is [[ID_NUMBER|BA-71930]] and the visit is booked for Thursday morning.",
    "The concierge in my building, [[PERSON|Ezekiel]], asked me to confirm my date of birth and my SSN [[US_SSN|412-68-3097]] before he releases a package. Does that sound right to you?",
    "We're setting up remote arming for a client and the installer sent the API key [[API_KEY|ak_live_9fT2qLx7RbVc81NwZpKe4Ms0]] in a plain e-mail from [[EMAIL_ADDRESS|lee.harrow@ridgeback-alarms.co.uk]]. Write a short note telling [[PERSON|Lee]] to rotate it and use the vault next time.",
    "Plan a week of patrol routes for two guards, [[PERSON|Ines]] and [[PERSON|Bartholomew]], covering a retail park with four gates. [[PERSON|Ines]] can't do stairs because of her knee.",
    "Please tidy this: Dear Mr [[PERSON|Baker]], your replacement fob (number [[ID_NUMBER|F-004417]]) is ready to collect from the concierge any time after 2pm.",
    "Someone texted the front desk pretending to be [[PERSON|Hope]] from the lettings agent and asked for the master suite door code. Write a short warning for all desk staff.",
    "Translate to French: Mr [[PERSON|Lavigne]], your locksmith appointment is confirmed for 14 May at [[STREET_ADDRESS|8 Rue des Tanneurs, 67000 Strasbourg]]. Our technician will call from [[PHONE_NUMBER|+33 6 39 98 52 04]].",
    "I run a small alarm company. Write a payment reminder to [[PERSON|Brandon Kowalczyk]] for invoice 2231, £420, now 30 days overdue. Keep it polite.",
    "Voicemail transcript, please tidy it up: yeah hi, it's [[PERSON|Dolores]] on the Carrington desk, the guard on tonight, [[PERSON|Mack]], hasn't shown and his phone goes straight to voicemail, that's [[PHONE_NUMBER|07700 900683]]. Can someone ring me back?",
    "Our building manager wants every guard's personal email on the fire roster. Mine is [[EMAIL_ADDRESS|zaid.hamdan@lanternpost.net]]. Can you write a short reply asking why they need it and who sees it?",
    "What's a fair way to split a £1,260 CCTV upgrade between five flats when flat 1 gets two cameras and the rest one each? The residents are [[PERSON|Amara]], [[PERSON|Jules]], [[PERSON|Colm]], [[PERSON|Svetlana]] and Mr [[PERSON|Boateng]].",
    "Write a handover email to [[PERSON|Tamsin]] covering: alarm panel engineer PIN [[PASSWORD|9920]], user codes are on the card in the safe, and the safe itself opens with [[PASSWORD|44-17-02]]. Send it to [[EMAIL_ADDRESS|tamsin.reeve@harbourlock.co.uk]].",
    "Is this e-mail a scam? Dear [[PERSON|Nadia]], your alarm contract auto-renews tomorrow. To cancel, confirm your card [[CREDIT_CARD|5412 8830 1947 2562]] at guardline-renewals dot com. It came to [[EMAIL_ADDRESS|nadia.flores@corvidmail.com]].",
    "Could you make this apology sound more professional? Sorry Mrs [[PERSON|Ng]], the locksmith damaged your letterbox while opening the door, we will pay for a new one.",
    "LinkedIn recommendation for [[PERSON|Siobhán]], our concierge lead",
    "Our access control server at [[IP_ADDRESS|203.0.113.42]] logged forty failed logins overnight for user [[ID_NUMBER|kpatel_admin]]. Write a short incident note for our security manager, [[PERSON|Ruth Addo]].",
    "Can you turn this into a formal complaint? On Saturday the door supervisor with badge [[ID_NUMBER|DS-58821]] refused entry to my brother [[PERSON|Callum]] and was rude to him in front of everyone.",
    "Plan my day: 8:00 rekey at [[STREET_ADDRESS|19 Larch Avenue, Guildford GU1 4RT]]; 10:30 safe opening for Mrs [[PERSON|Vance]]; 1pm lunch; 2:30 quote for Mr [[PERSON|Oduya]] at [[STREET_ADDRESS|3 Brook Mews, Woking GU21 5QJ]]. How long should I allow for driving?",
    "Summarise this call log for the weekly report: Mon 02:14 lift alarm; Tue 19:40 [[PERSON|Ivy Blackwood]] locked out of 6C; Thu 23:05 intruder alarm false, reset with code [[PASSWORD|1357]]; Fri 07:50 parcel for [[PERSON|Drummond]] left at desk.",
    "Help me reply to a resident, [[PERSON|Wren]], who asked whether the concierge can hold her spare key. Our policy says only in a sealed envelope signed by the flat owner.",
    "Write a WhatsApp message to the installer, [[PERSON|Kofi Mensah]] ([[PHONE_NUMBER|+44 7700 900891]]), asking him to bring a second keypad and the engineer code sheet on Friday.",
    "My new employer's payroll portal wants my SSN [[US_SSN|531-84-2276]] and bank details before I start as a lobby attendant. The recruiter, [[PERSON|Kyle Brennan]], sent the link from a Gmail address. Scam?",
    "Fix the grammar in this notice: The gate code have changed to [[PASSWORD|2468*]]. Please dont give it to delivery drivers, they ring the concierge. Thanks, [[PERSON|Bogdan]].",
    "Translate into German: Your alarm installer, [[PERSON|Marco Bellini]], will arrive between 8 and 10. Please have the old keyholder list ready for him.",
    "Can you read these notes and tell me what's left to do? Fitted 2 mortice locks at the church hall, keys handed to the warden, [[PERSON|Patience Obi]]. Still need to invoice her and chase the diocese for the master key register.",
    "Write a two-line text to Grandad telling him the new key safe code is [[PASSWORD|0412]] and that his carer [[PERSON|Marisol]] knows it too.",
    "Someone messaged our concierge account saying they're from the bank and need [[PERSON|Abdirahman Yusuf]]'s IBAN [[IBAN_CODE|NL44 RABO 0318 2745 96]] confirmed for a refund. Should the desk answer?",
    "I'm a locksmith. A caller, Ms [[PERSON|Thornbury]], wants me to open a flat she says is hers, but her ID shows a different address. How do I handle it politely?",
    "Please rewrite this for the residents' newsletter: Welcome to [[PERSON|Leon]] and [[PERSON|Priyanka]], our two new concierges. [[PERSON|Leon]] comes from hotel work; [[PERSON|Priyanka]] ran a security desk at the airport.",
    "Make this invoice message clearer: Hi [[PERSON|Trev]], for the CCTV job at the garage the total is £780. Bank: [[IBAN_CODE|IE69 BOFI 9000 1741 5823 69]], name on account [[PERSON|S. Quinlan]].",
    "What does this log line mean? auth fail user=[[ID_NUMBER|guard07]] src=[[IP_ADDRESS|198.51.100.23]] panel=lobby. Is someone trying to get in?",
    "Write a message for the staff group saying [[PERSON|Frankie]] is covering the Sunday desk instead of [[PERSON|Oluwaseun]] this week.",
    "The new alarm app wanted an email and a 6-digit PIN. I used [[EMAIL_ADDRESS|mags.dunleavy@hollowfield.ie]] and [[PASSWORD|204913]]. Any tips for a stronger PIN next time?",
    "Summarise this voicemail: Hello, this is [[PERSON|Albert Fenwick]] from number 22, the alarm next door has been beeping since six, the owner's away, her name's [[PERSON|Clementine]] something. Can security come?",
    "Write an out-of-office for me ([[PERSON|Imogen]], concierge manager) pointing people to my deputy, [[PERSON|Rashid]], on [[PHONE_NUMBER|020 7946 0318]] or [[EMAIL_ADDRESS|rashid.k@lumenhouse.co.uk]].",
    "Help me calculate overtime. [[PERSON|Janek]] worked 52 hours at £13.20 with time-and-a-half over 40; [[PERSON|Precious]] worked 44 at the same rate. What do they each get?",
    "A man who calls himself [[PERSON|Hector]] keeps hanging around the car park barrier asking the guards for the code. Draft an incident report for the site manager.",
    "Check my text: Hi [[PERSON|Aoife]], the locksmith says your new keys are ready, they're behind the desk under your name and you'll need to sign for them. Cheers, [[PERSON|Lorcan]]",
    "Can you help me write to my insurer? After the break-in at [[STREET_ADDRESS|Unit 4, Fernleigh Trading Estate, Stockport SK4 2LB]] they want the alarm installer's certificate. The installer was [[PERSON|Nadeem Chaudhry]], [[EMAIL_ADDRESS|nadeem@chaudhrysecurity.co.uk]].",
    "The developer we hired left this in the config of our visitor booking app: ACCESS_KEY=[[API_KEY|vbk_prod_3JmQ8wZr5TnL2xYc7HdA6sPe]]. He's called [[PERSON|Ilya]]. How do I tell him politely it should never be committed?",
    "Turn this into proper minutes for the file: Spoke to [[PERSON|Cheryl]] at the alarm receiving centre this morning about the two false activations last week. She confirmed both came from the rear door contact, which the engineer will replace on Tuesday. Our site password for verifying alarm calls is now [[PASSWORD|bluebell]]; the old one is cancelled. Keyholders from today: [[PERSON|Martin Greaves]] [[PHONE_NUMBER|07700 900514]] and [[PERSON|Anjali Rao]] [[PHONE_NUMBER|07700 900627]]. [[PERSON|Cheryl]] will e-mail the updated response plan by Friday.",
    "Fair taxi split? Guards [[PERSON|Otto]], [[PERSON|Lindiwe]] and [[PERSON|Pádraig]] shared a £54 cab after the 2am finish, but [[PERSON|Otto]] got out halfway.",
    "Please write a short poem for our retiring locksmith, [[PERSON|Alf Dunmore]], who has been cutting keys on the high street for 41 years.",
    "Translate into Portuguese: Mrs [[PERSON|Barros]], the porter has your new garage remote. Please bring your resident card, number [[ID_NUMBER|RC-20931]].",
    "Our Canadian office says the guard applicant is [[PERSON|Geneviève Tremblay]] and her SIN is [[ID_NUMBER|287 341 069]]. Is it OK to e-mail that to [[PERSON|Stella]] in HR at [[EMAIL_ADDRESS|stella.m@maplegate-security.ca]]?",
    "Text my neighbour [[PERSON|Beatrix]]: I'm away till the 20th, she's my alarm keyholder, and if it goes off she should ring me on [[PHONE_NUMBER|07700 900279]] before calling anyone else.",
    "Summarise for my boss in two lines: Tried to reach Mr [[PERSON|Ferreira-Lind]] about his overdue alarm service. Left voicemail on [[PHONE_NUMBER|(415) 555-0182]]. E-mail bounced from [[EMAIL_ADDRESS|ferreira.lind@coastmail.com]].",
    "My cousin [[PERSON|Dmitri]] says he can get me work as a door supervisor if I send him £200 for a licence fast track. Is that a real thing?",
    "Draft an e-mail to our monitoring company asking them to remove [[PERSON|Gerald Pike]] as a keyholder and add [[PERSON|Yasmin Akhtar]], mobile [[PHONE_NUMBER|0491 570 336]].",
    "Work out how many guards we need: a shopping centre with 3 entrances open 7am to 11pm, one guard per entrance, 8-hour shifts. My supervisor [[PERSON|Thandiwe]] says 6, I say 9.",
    "Rewrite this so it's less blunt: [[PERSON|Spike]], stop giving your staff door code [[PASSWORD|5151]] to your girlfriend. Last warning.",
    "Is this a scam? Hi, I'm [[PERSON|Warrick]] from CityLock, we fitted your door last year, our records show your card ending 2298 expired, reply with the full number. My card is [[CREDIT_CARD|4024 0071 6358 2298]]. Should I reply?",
    "Welcome card for [[PERSON|Bao]], our new doorman",
    "A courier left a parcel addressed to [[PERSON|Jo Featherstonehaugh]], Flat 9, but we have no [[PERSON|Jo]] in the building. How do I word a notice asking the owner to come forward?",
    "Write an e-mail to [[EMAIL_ADDRESS|bjorn.aasen@fjordlock.no]] asking [[PERSON|Bjørn]] for a quote on twelve restricted-profile cylinders for our office.",
    "My neighbour's son, [[PERSON|Kai]], installed my alarm and set the master code to [[PASSWORD|1111]]. How do I change it on a typical panel without calling him back?",
    "Summarise the key points of this e-mail from our facilities manager: Team, from Monday the lobby moves to printed visitor passes, no more paper sign-in book. [[PERSON|Winston]] will run the desk on weekday mornings and [[PERSON|Agnieszka]] the afternoons, with agency cover at weekends. Contractors must show photo ID and be collected by the person they are visiting. The old fobs stop working on the 30th, so please remind residents. Any issues, call me on [[PHONE_NUMBER|07700 900742]]. Thanks all, [[PERSON|Beverley]]",
    "How do I say no to this? Mr [[PERSON|Lachlan Reid]] in 12A wants the concierge to let his dog walker in every day without him being there.",
    "Plan the seating for our security team's Christmas dinner: [[PERSON|Hamish]], [[PERSON|Zofia]], [[PERSON|Big Tony]], [[PERSON|Nkechi]], [[PERSON|Raúl]] and [[PERSON|Ottilie]], and keep [[PERSON|Hamish]] well away from [[PERSON|Big Tony]].",
    "Our door entry system sent an alert: new admin user [[ID_NUMBER|m.oyelaran]] created from [[IP_ADDRESS|2001:db8:4a1:9::17]] at 03:12. Nobody on the night shift did it. Draft a message to our IT contractor, [[PERSON|Fenella]].",
    "Rewrite this text to be kinder: [[PERSON|Grace]], you left the alarm unset again when you locked up. That's twice this week.",
    "Work out the tip split: our concierge team got £640 in Christmas tips. [[PERSON|Mohammed]] and [[PERSON|Lucy]] worked full time, [[PERSON|Kenji]] half time. How much each?",
    "Please write a short bio for our website: [[PERSON|Declan Murphy-Oyelowo]], master locksmith, 20 years in the trade, specialist in high-security cylinders and safe opening.",
    "Help with a cover letter: I'm applying to be a hotel concierge. My name is [[PERSON|Esperanza Delgado]], my phone is [[PHONE_NUMBER|(312) 555-0163]] and my e-mail is [[EMAIL_ADDRESS|esperanza.delgado@veranomail.com]].",
    "Is it normal for an alarm installer to ask for my online banking login? He said he needed it to set up the direct debit. He's called [[PERSON|Ron]] and his number is [[PHONE_NUMBER|07700 900168]].",
    "Thank [[PERSON|Sunita]] politely for finding my keys",
    "My password for the CCTV cloud account is [[PASSWORD|Greyhound!1974]] and the username is [[ID_NUMBER|tessa.cctv]]. Is that strong enough, honestly?",
    "Convert this into a table: guards on site today are [[PERSON|Ibrahim]] (Gate 1), [[PERSON|Kasia]] (Gate 2), [[PERSON|Darnell]] (loading bay) and [[PERSON|Marguerite]] (reception).",
    "Translate to Japanese for our Tokyo partner: Mr [[PERSON|Watanabe]], the keyholder for your London office is [[PERSON|Fiona Lockhart]], [[PHONE_NUMBER|020 7946 0557]].",
    "I got a debt collector's letter saying I owe an alarm company £312. It's addressed to Mr [[PERSON|O. Achterberg]] and quotes account [[ID_NUMBER|GRD-0049172]]. I'm [[PERSON|Olaf Achterberg]] but I never had an alarm. How should I respond?",
    "Apologise to [[PERSON|Nils]]",
    "We need to bill a client's card for an emergency lock change: [[CREDIT_CARD|3741 905826 33175]], name on card [[PERSON|Ottoline Graves]]. Can you write the receipt wording?",
    "Write a text to my daughter [[PERSON|Lily]]: the new house alarm code is [[PASSWORD|7392]], set it when you leave, and the spare key is with Mrs [[PERSON|Da Silva]] at number 5.",
    "Summarise this chat between our locksmiths: [[PERSON|Rory]]: did u get the uPVC job in Hove? [[PERSON|Wayne]]: yeah done, customer Mrs [[PERSON|Ellery]] paid cash. [[PERSON|Rory]]: log it for the VAT.",
    "Can you check whether this is phishing? Security notice for [[EMAIL_ADDRESS|desmond.achebe@harbourline.org]]: your guard portal account [[ID_NUMBER|dachebe]] will be suspended. Verify at portal-guardline dot co.",
]

# 100 one-person records; the first 40 carry a national id.
RECORDS = [
    "[[PERSON|Anil Deshmukh]], night supervisor at the Powai tower desk, Aadhaar [[ID_NUMBER|5372 9146 2081]], mobile [[PHONE_NUMBER|+91 98201 47736]].",
    "सुरक्षा गार्ड [[PERSON|राजेश कुमार यादव]], आधार संख्या [[ID_NUMBER|8163 4027 5936]], मोबाइल [[PHONE_NUMBER|+91 97694 21580]], ड्यूटी: मुख्य द्वार, रात की पाली।",
    "Occupational health referral: [[PERSON|Gareth Lloyd-Evans]], security officer, NHS number [[ID_NUMBER|943 476 5919]], back injury on patrol; contact [[EMAIL_ADDRESS|gareth.lloydevans@cymrumail.co.uk]].",
    "staff_id | name | nhs_no | phone\n[[ID_NUMBER|C-1182]] | [[PERSON|Precious Mahlangu]] | [[ID_NUMBER|721 058 3645]] | [[PHONE_NUMBER|07700 900384]]",
    "Beveiliger [[PERSON|Joost van der Meulen]], BSN [[ID_NUMBER|183729456]], woont op [[STREET_ADDRESS|Korte Nieuwstraat 7, 3512 NL Utrecht]].",
    '{"naam": "[[PERSON|Fatima el Amrani]]", "functie": "receptioniste", "bsn": "[[ID_NUMBER|604192836]]", "email": "[[EMAIL_ADDRESS|f.elamrani@portiersdienst.nl]]"}',
    "Ślusarz [[PERSON|Krzysztof Dąbrowski]], PESEL [[ID_NUMBER|92071438518]], tel. [[PHONE_NUMBER|+48 601 284 937]], pracuje w punkcie dorabiania kluczy przy ul. Grochowskiej.",
    "Porteira [[PERSON|Luana Ribeiro Matos]], CPF [[ID_NUMBER|315.782.604-26]], turno da noite no Edifício Jacarandá, celular [[PHONE_NUMBER|+55 11 98472-3061]].",
    "nome,cpf,cargo,email\n[[PERSON|Thiago Nascimento]],[[ID_NUMBER|087.419.326-50]],instalador de alarmes,[[EMAIL_ADDRESS|thiago.nasc@alarmesul.com.br]]",
    "Güvenlik görevlisi [[PERSON|Emre Yıldırım]], T.C. kimlik no [[ID_NUMBER|38172645972]], site girişinde gece vardiyası; telefon [[PHONE_NUMBER|+90 532 418 27 63]].",
    "[[PERSON|Javier Morales Ibáñez]], cerrajero autónomo, DNI [[ID_NUMBER|53648217G]], cuenta para pagos [[IBAN_CODE|ES38 2100 3517 9412 0418 3756]].",
    "Conserge de la finca: [[PERSON|Montserrat Puig i Soler]], DNI [[ID_NUMBER|71823904X]], telèfon [[PHONE_NUMBER|+34 639 27 41 85]].",
    "New starter (door supervisor): [[PERSON|Nikolai Petrov]], NIE [[ID_NUMBER|Y4172638S]], Marbella site, e-mail [[EMAIL_ADDRESS|n.petrov@costaguard.es]].",
    "Vartija [[PERSON|Mikko Järvinen]], henkilötunnus [[ID_NUMBER|070885-614P]], puhelin [[PHONE_NUMBER|+358 40 718 2946]], vuoro: kauppakeskus, yövuoro.",
    "Gentile [[PERSON|Chiara Esposito]], confermiamo l'assunzione come portiera. Codice fiscale: [[ID_NUMBER|SPSCHR90D62F839G]]. Lo stipendio sarà accreditato su [[IBAN_CODE|IT90 X030 6909 6061 0000 0172 940]].",
    "保安 [[PERSON|王丽娟]] ， 身份证号 [[ID_NUMBER|110108198806173620]] ， 手机 [[PHONE_NUMBER|+86 138 1047 2956]] ， 负责 小区 东门 夜班。",
    "Condo guard roster entry: [[PERSON|Muhammad Hafiz bin Rahman]], NRIC [[ID_NUMBER|S9134752J]], handphone [[PHONE_NUMBER|+65 9127 4853]], post: main guardhouse.",
    "경비원 [[PERSON|김수진]] 주민등록번호 [[ID_NUMBER|880412-2145735]] 연락처 [[PHONE_NUMBER|010-4827-3916]] 근무지 101동 경비실",
    "[[PERSON|Brianna Kowalski]] joined the Parramatta alarm response team; her TFN is [[ID_NUMBER|724 378 615]] and her mobile is [[PHONE_NUMBER|0491 570 218]].",
    "2024-03-11T06:02:17Z payroll.update employee=[[PERSON|Jarrah Wilson]] tfn=[[ID_NUMBER|583071927]] role=locksmith_apprentice status=ok",
    "Card copy attached for [[PERSON|Delphine Okoro]], concierge, Medicare [[ID_NUMBER|2953 81747 1]], workplace injury at the Southbank lobby.",
    "警備員 [[PERSON|佐藤 健太]] 様 個人番号 [[ID_NUMBER|3842 0619 5730]] 携帯 [[PHONE_NUMBER|090-3847-2615]] 勤務先 ： 新宿 オフィスビル 受付",
    "Dear [[PERSON|Ciarán Ó Briain]], your PPS number [[ID_NUMBER|5173920BG]] has been added to the payroll file for your role as night porter. Queries to [[EMAIL_ADDRESS|ciaran.obriain@liffeyporters.ie]].",
    "Fiche salariée : [[PERSON|Nathalie Rousseau]], agente de sécurité incendie, n° de sécurité sociale [[ID_NUMBER|2 84 07 75 112 347 58]], adresse [[STREET_ADDRESS|14 rue Oberkampf, 75011 Paris]].",
    "Rijksregisternummer [[ID_NUMBER|85.03.14-273.46]] voor [[PERSON|Pieter Claes]], alarminstallateur, gsm [[PHONE_NUMBER|+32 478 21 36 94]].",
    "Vekter [[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|140387 49251]], telefon [[PHONE_NUMBER|+47 412 83 907]], e-post [[EMAIL_ADDRESS|ingrid.haugen@vaktnord.no]].",
    "Serralheiro [[PERSON|Rui Pereira Gomes]], NIF [[ID_NUMBER|234 817 569]], morada [[STREET_ADDRESS|Rua do Almada 112, 4050-032 Porto]].",
    "Recepționera [[PERSON|Ioana Constantinescu]], CNP [[ID_NUMBER|2900315401271]], telefon [[PHONE_NUMBER|+40 721 438 906]], tura de zi la recepția blocului.",
    "Guardia [[PERSON|Camila Fuentes Rojas]], RUT [[ID_NUMBER|14.387.529-6]], correo [[EMAIL_ADDRESS|camila.fuentes@vigilanciaandes.cl]], turno noche en condominio Los Aromos.",
    "Turvatöötaja [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48807260224]], telefon [[PHONE_NUMBER|+372 5192 4730]].",
    "Öryggisvörður [[PERSON|Sigríður Jónsdóttir]], kennitala [[ID_NUMBER|270689-2139]], sími [[PHONE_NUMBER|+354 862 4751]].",
    "Vrátná [[PERSON|Petra Nováková]], rodné číslo [[ID_NUMBER|905417/3106]], bydliště [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]].",
    "Охоронець [[PERSON|Олександр Коваленко]], РНОКПП [[ID_NUMBER|3184572918]], тел. [[PHONE_NUMBER|+380 67 481 2935]], пост: прохідна заводу.",
    "Sehr geehrter Herr [[PERSON|Tobias Reinhardt]], Ihre Steuer-ID [[ID_NUMBER|47159382069]] wurde für Ihre Stelle als Alarmanlagenmonteur hinterlegt. Ihr Gehalt geht auf [[IBAN_CODE|DE44 5001 0517 5407 3249 31]].",
    "[[PERSON|Aroha Ngata]], concierge, Wellington; NHI [[ID_NUMBER|ZKT4724]]; email [[EMAIL_ADDRESS|aroha.ngata@harbourconcierge.co.nz]]",
    "Väktare [[PERSON|Elin Lindqvist]], personnummer [[ID_NUMBER|920814-5384]], mobil [[PHONE_NUMBER|+46 70 318 42 96]].",
    "Agent de sécurité : [[PERSON|Mathieu Gagnon]], NAS [[ID_NUMBER|613 925 841]], téléphone [[PHONE_NUMBER|(514) 555-0139]], poste à l'entrée du stationnement.",
    "מאבטח [[PERSON|יוסי אברהם]], ת.ז. [[ID_NUMBER|031725492]], טלפון [[PHONE_NUMBER|+972 52 481 3967]], משמרת לילה בכניסה הראשית.",
    "Φύλακας [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|15078543723]], τηλέφωνο [[PHONE_NUMBER|+30 694 718 2035]].",
    "Armed response officer [[PERSON|Sipho Ndlovu]], ID [[ID_NUMBER|9105235182084]], cell [[PHONE_NUMBER|+27 82 473 9160]], sector 4 Randburg.",
    # no national id
    "[[PERSON|Marjorie Quint]] has been our building concierge since 2016 and can be reached at [[EMAIL_ADDRESS|marjorie.quint@fairhavenhouse.co.uk]].",
    "Name: [[PERSON|Dev Malhotra]] · Role: CCTV operator · Badge: [[ID_NUMBER|CC-4719]] · Mobile: [[PHONE_NUMBER|07700 900197]]",
    '{"installer": "[[PERSON|Rhys Bevan]]", "cert_no": "[[ID_NUMBER|NSI-20947]]", "phone": "[[PHONE_NUMBER|029 2018 0344]]"}',
    "2024-05-02 22:41:09 door=east-lobby badge=[[ID_NUMBER|778214]] holder=[[PERSON|Yevgenia Sorokina]] result=DENIED reason=expired",
    "Key register, 14/06: master key M2 signed out by [[PERSON|Clive Ashdown]], contractor pass [[ID_NUMBER|CP-3390]], returned 16:20.",
    "[[PERSON|Oksana Hrytsenko]],concierge,[[EMAIL_ADDRESS|oksana.h@portmanresidences.com]],[[PHONE_NUMBER|020 7946 0621]]",
    "Dear Mr [[PERSON|Fitzgerald]], further to our locksmith callout at [[STREET_ADDRESS|22 Hawthorn Close, Norwich NR4 7PX]], please find your receipt attached. Regards, Beacon Locks",
    "[[PERSON|Sabine Krüger]] arbeitet am Empfang im Bürohaus am Hafen; Telefon [[PHONE_NUMBER|030 23125 718]], E-Mail [[EMAIL_ADDRESS|s.krueger@hafenhaus-service.de]].",
    "Madame [[PERSON|Élodie Marchand]], votre badge d'accès n° [[ID_NUMBER|BDG-60218]] est prêt à l'accueil. Cordialement, la conciergerie.",
    "[[PERSON|Rocío Castañeda]] | vigilante | TIP [[ID_NUMBER|TIP-184530]] | [[PHONE_NUMBER|+34 655 302 718]]",
    "US hire: [[PERSON|Tyrone Whitaker]], lobby security, SSN [[US_SSN|318-52-7049]], direct deposit confirmed.",
    "Refund issued to [[PERSON|Harriet Okonjo]] for the cancelled alarm survey, card [[CREDIT_CARD|4539 7182 0364 8158]].",
    "Feb 3 02:17:45 gateway sshd: Accepted password for [[ID_NUMBER|tdubois]] from [[IP_ADDRESS|198.51.100.74]] (account owner: [[PERSON|Théo Dubois]], night monitoring)",
    "Il fabbro [[PERSON|Gianni Russo]] ha sostituito la serratura in [[STREET_ADDRESS|Corso Vittorio Emanuele II 58, 10121 Torino]]; cellulare [[PHONE_NUMBER|+39 347 281 9036]].",
    "コンシェルジュ [[PERSON|中村 美咲]] さん の メール は [[EMAIL_ADDRESS|misaki.nakamura@tower-front.jp]] です。",
    "Handover card for [[PERSON|Leopold Graham]]: panel engineer code [[PASSWORD|0273]], safe code [[PASSWORD|58-12-40]].",
    "[[PERSON|Saoirse Keane]], integrations lead at the alarm monitoring firm; personal API token [[API_KEY|mon_live_51Gx7rTqPvN2wLz9aHc4KbYd]] issued 12 Jan.",
    '{"imię_nazwisko": "[[PERSON|Agnieszka Wójcik]]", "stanowisko": "recepcja", "telefon": "[[PHONE_NUMBER|+48 512 930 476]]"}',
    "14-02-2024 07:58 sleuteluitgifte: [[PERSON|Bram Hendriks]] (personeelsnummer [[ID_NUMBER|P-20583]]) nam sleutelbos 12 mee.",
    "Sayın [[PERSON|Ayşe Demir]], kapı görevlisi olarak işe başlamanız onaylandı. Maaşınız [[IBAN_CODE|TR41 0006 4000 0014 8273 9506 17]] numaralı hesaba yatırılacaktır.",
    "Guest register, Rosewood Apartments lobby: [[PERSON|Anders Holm]], passport [[ID_NUMBER|PD4418273]], visiting flat 9.",
    "Hire check for mobile patrol driver [[PERSON|Kerry-Ann Blake]]: UK driving licence [[ID_NUMBER|BLAKE857124KA9PQ]], no points.",
    "La conserje [[PERSON|Marisa Olmedo]] vive en [[STREET_ADDRESS|Calle de Toledo 63, 3.º B, 28005 Madrid]] y su correo es [[EMAIL_ADDRESS|marisa.olmedo@porteria-centro.es]].",
    "Bảo vệ [[PERSON|Nguyễn Văn Hùng]], số điện thoại [[PHONE_NUMBER|+84 912 473 508]], ca đêm tại sảnh tòa nhà.",
    "حارس الأمن [[PERSON|خالد العتيبي]]، رقم الجوال [[PHONE_NUMBER|+966 55 481 2937]]، نوبة ليلية عند البوابة الرئيسية.",
    "[[PERSON|Lorenzo Battaglia]], alarm installer based in Liège, bank account [[IBAN_CODE|BE44 0634 1289 7356]].",
    "Visitor book, 09:12: [[PERSON|Percival Nwosu]], locksmith, van reg not recorded, contact [[PHONE_NUMBER|07700 900840]].",
    '{"name": "[[PERSON|Lukas Brenner]]", "ausweis": "[[ID_NUMBER|LZ6R8K3F1]]", "rolle": "Pförtner"}',
    "Låsesmed [[PERSON|Mette Kjær]], telefon [[PHONE_NUMBER|+45 28 47 19 63]], e-mail [[EMAIL_ADDRESS|mette@kjaerlaas.dk]].",
    "[[PERSON|Dwayne Castellanos]], security guard, lives at [[STREET_ADDRESS|1847 Alder Street, Eugene, OR 97402]]; SSN [[US_SSN|547-21-8836]].",
    "@[[ID_NUMBER|lockpicklottie]] · [[PERSON|Charlotte Abernethy]], locksmith in Leeds, bookings [[PHONE_NUMBER|0113 496 0258]]",
    "2024-01-19 23:47 alarme zone 2 acquittée par [[PERSON|Karim Benali]] (code opérateur [[ID_NUMBER|OP-7731]]) depuis [[IP_ADDRESS|203.0.113.118]]",
    "[[PERSON|Francesca Lombardi]]; portineria; [[EMAIL_ADDRESS|f.lombardi@condominioaurora.it]]; [[PHONE_NUMBER|+39 335 612 4807]]",
    "Hi [[PERSON|Moses Kiprono]], thanks for booking the alarm service. We've saved your card [[CREDIT_CARD|5198 6620 4731 0857]] for the annual visit.",
    "[[PERSON|Rafael Albuquerque]] acessou o painel de alarme com o usuário [[ID_NUMBER|rafa.alb]] e a senha [[PASSWORD|Portaria@2024]].",
    '{"keyholder": "[[PERSON|Winifred Osei]]", "address": "[[STREET_ADDRESS|5 Mill Lane, Chester CH2 3DF]]", "alarm_code": "[[PASSWORD|8146]]", "mobile": "[[PHONE_NUMBER|07700 900452]]"}',
    "Vigilante [[PERSON|Ulises Cárdenas]], celular [[PHONE_NUMBER|+52 55 4182 7309]], correo [[EMAIL_ADDRESS|ulises.cardenas@seguridadtapatia.mx]].",
    "[[PERSON|Ji-woo Park]], concierge trainee from Busan, holds passport [[ID_NUMBER|M48217395]] and a UK mobile, [[PHONE_NUMBER|07700 900573]].",
    "[2024-04-08 06:15] Schlüsselübergabe an [[PERSON|Dragan Petrović]], Mitarbeiternummer [[ID_NUMBER|MA-40917]]",
    "Front desk note for [[PERSON|Gwen Tudor]]: staff wifi key is [[PASSWORD|Porters-Lodge-5521]].",
    '{"namn": "[[PERSON|Oskar Berglund]]", "roll": "larmtekniker", "e-post": "[[EMAIL_ADDRESS|oskar.berglund@larmsyd.se]]"}',
    "[[PERSON|Lamar Jenkins]] | site: Riverside Plaza | login [[ID_NUMBER|ljenkins.sec]] | last IP [[IP_ADDRESS|192.0.2.211]]",
    "[[PERSON|Baptiste Girard]], serrurier à Lyon, a reçu le virement sur [[IBAN_CODE|FR73 3000 4028 3700 0123 4719 829]] pour l'ouverture de porte.",
    "[[PERSON|Imani Wanjiru]], alarm survey deposit, [[CREDIT_CARD|2221 0345 8876 1922]], paid in full",
    "Keyholder list, unit 7: [[PERSON|Nuala Brennan-Fox]], [[PHONE_NUMBER|+353 87 629 4103]], alarm password [[PASSWORD|heron]].",
    "Hausbesorgerin [[PERSON|Gertraud Huber]], [[STREET_ADDRESS|Gumpendorfer Straße 91, 1060 Wien]], Konto [[IBAN_CODE|AT62 1200 0524 1738 9065]].",
    "2024-06-30 11:02:51 WARN api key [[API_KEY|sgk_4Rt8ZpW2nQ6vLx1cY9mB7dFh3Js0]] used by [[PERSON|Benedikt Sommer]] from [[IP_ADDRESS|203.0.113.9]]",
    "To whom it may concern: [[PERSON|Marguerite Ellison]] worked as a concierge for us from 2019 to 2023. She may be contacted at [[EMAIL_ADDRESS|m.ellison@kestrelmail.co.uk]].",
    '{"nimi": "[[PERSON|Aino Virtanen]]", "rooli": "vastaanotto", "puhelin": "[[PHONE_NUMBER|+358 50 482 7193]]"}',
    "[[PERSON|Delroy Baptiste]] runs the overnight desk at the Hillcrest condos; reach him at [[PHONE_NUMBER|(416) 555-0128]].",
    "Portás [[PERSON|Kovács Eszter]], telefon [[PHONE_NUMBER|+36 30 482 7195]], e-mail [[EMAIL_ADDRESS|kovacs.eszter@hazmester.hu]].",
    "Dear [[PERSON|Latoya Simmons]], your W-4 for the concierge role lists SSN [[US_SSN|229-47-6185]]; please confirm your mailing address, [[STREET_ADDRESS|402 Magnolia Ave, Apt 3, Savannah, GA 31401]].",
    "Satpam [[PERSON|Budi Santoso]], nomor HP [[PHONE_NUMBER|+62 812 4730 9186]], shift malam di pos depan.",
    "Installer profile: [[PERSON|Ewan McAllister]]; NSI card [[ID_NUMBER|NSI-55318]]; van phone [[PHONE_NUMBER|0131 496 0782]]; base: Edinburgh",
    "Guwardiya [[PERSON|Maricel Dela Cruz]], cellphone [[PHONE_NUMBER|+63 917 482 3061]], nakatalaga sa lobby tuwing gabi.",
    "[[PERSON|Horatio Blanchflower]] paid for the new door entry fobs with card [[CREDIT_CARD|4485 0917 2263 7340]].",
    '{"Name": "[[PERSON|Reto Baumgartner]]", "Funktion": "Schlosser", "IBAN": "[[IBAN_CODE|CH18 0483 5084 7192 6301 5]]"}',
    "Instalator alarmów [[PERSON|Tomasz Zieliński]] prosi o przelew na konto [[IBAN_CODE|PL51 1090 1014 0000 0712 9834 5612]].",
    "Porteiro [[PERSON|Joaquim Sardinha]], IBAN [[IBAN_CODE|PT31 0035 0741 0004 8293 1671 3]], telemóvel [[PHONE_NUMBER|+351 912 384 705]].",
    "2024-07-14 04:33:10 alarm.arm user=[[ID_NUMBER|fsherwood]] name=[[PERSON|Felicity Sherwood]] ip=[[IP_ADDRESS|2001:db8:7c::42]] site=warehouse-3",
]

# 25 MT-Bench/Vicuna-style prompts.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that every apartment building with more than fifty flats should employ a 24-hour concierge.",
    "Compose a short story about a locksmith in Victorian London who is asked to open a safe that once belonged to Charles Dickens.",
    "Explain to a ten-year-old how a pin tumbler lock works, using an everyday analogy.",
    "Imagine you are Sherlock Holmes examining a forced door. Describe, in his voice, what the scratches around the keyhole tell you.",
    "What are the main differences between wired and wireless burglar alarm systems? Give the pros and cons of each in a table.",
    "Draft a job advertisement for a night security officer at a museum, listing duties, requirements and benefits.",
    "Role-play as a hotel concierge and recommend three things a tourist could do on a rainy afternoon in Edinburgh.",
    "Write a Python function that checks whether a four-digit alarm code is too easy to guess, such as repeated digits or simple sequences.",
    "Summarise the history of the lock from ancient Egypt to modern smart locks in about 200 words.",
    "How did Joseph Bramah's famous lock challenge of the 1790s influence the locksmith trade?",
    "Describe the ethical dilemmas a security guard might face when asked to search a customer's bag.",
    "Write a limerick about a concierge who keeps losing the parcel room key.",
    "Extract all the times in this text and list them in order: The alarm was set at 22:15, triggered at 01:40, reset at 01:55 and unset again at 06:30.",
    "Compare the role of a New York doorman in the 1920s with that of a modern building concierge.",
    "You are a fire safety consultant. Explain in plain language why fire doors must never be wedged open.",
    "Write a sequence of three haiku about a night shift in an empty office tower.",
    "What do Harry Houdini's escape acts reveal about the weaknesses of the handcuff locks of his era?",
    "Suggest five ways a small locksmith business could use social media without paying for adverts.",
    "What would happen if every lock in a city stopped working for a single day? Write a speculative scenario.",
    "Critique this slogan for an alarm company and suggest three better ones: We watch so you don't have to.",
    "Explain the difference between a master key system and a grand master key system, with an example for a hotel.",
    "Write a dialogue between Hercule Poirot and a hotel concierge about a missing room key.",
    "Give me a step-by-step plan for training new concierge staff during their first week.",
    "Why do some people argue that smart locks are less secure than traditional deadbolts? Present both sides fairly.",
    "What questions should a homeowner ask before choosing a burglar alarm installer?",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Tomas is a locksmith who cuts 14 keys an hour. If he works for 6 hours and a quarter of the keys are faulty, how many good keys does he cut?",
    "A security company charges $35 per hour for each guard. Amelia books two guards for an 8-hour event. How much does she pay?",
    "Jada has 120 key fobs to program. She programs 18 on Monday and twice as many on Tuesday. How many fobs are left?",
    "An alarm installer fits 3 sensors in each room. A house has 7 rooms, and the garage needs 2 extra sensors. How many sensors are needed in total?",
    "A concierge desk receives 45 parcels on Monday, 20% more on Tuesday and 12 fewer than Tuesday on Wednesday. How many parcels arrive over the three days?",
    "Marcus walks a patrol route of 2.4 km. He walks it 5 times a night, 4 nights a week. How many kilometres does he walk in a week?",
    "Priyanka buys 6 padlocks at $8.50 each and gets a 10% discount. How much does she pay?",
    "A locksmith charges a $60 callout fee plus $25 for each lock changed. Leo paid $185. How many locks were changed?",
    "Security guards at a stadium work in teams of 4. If 58 guards turn up, how many full teams can be made and how many guards are left over?",
    "An office building has 12 floors with 9 doors each. Half of the doors get new card readers costing $240 each. What is the total cost?",
    "Hana earns $16 an hour as a concierge and gets time and a half for hours over 40. Last week she worked 46 hours. How much did she earn?",
    "A key-cutting machine uses 3 blanks every 5 minutes. How many blanks does it use in 2 hours?",
    "Oscar installs alarm panels. Each installation takes 3.5 hours. How many full installations can he finish in a 40-hour week?",
    "A block of flats has 84 residents. Two-thirds have collected their new fobs. Of the rest, 10 collect them the next day. How many still have not collected one?",
    "Ruby's night shift starts at 22:00 and lasts 9 hours, including two 30-minute breaks. How many hours does Ruby actually work?",
    "A security firm has 5 vans. Each van travels 140 km a day and uses 1 litre of fuel every 12 km. Fuel costs $1.80 a litre. What is the daily fuel cost for all the vans?",
    "Felix sells smart doorbells for $129 each. In March he sold 17 and in April 9 more than in March. What were his sales in dollars over both months?",
    "A hotel concierge books 6 taxis an hour from 5 pm to 8 pm and 2 an hour for the other 11 hours of her shift. How many taxis does she book?",
    "Nadia buys a safe for $450 and pays in 6 equal monthly instalments with a $30 fee added. How much is each instalment?",
    "An alarm battery lasts 18 months. Kofi replaced the batteries in 40 panels in January. In how many months from January will he need to replace them again, and how many batteries will he need?",
    "A building has 3 entrances. Each needs a guard 24 hours a day in 8-hour shifts. How many shifts must be covered in a 7-day week?",
    "Lena's van holds 250 key blanks. She uses 35 on Monday, 48 on Tuesday and 27 on Wednesday. What percentage of the blanks is left?",
    "A CCTV system records 4 GB per camera per day. With 12 cameras and a 2,000 GB drive, how many full days of footage can be stored?",
    "Theo and Ava split the cost of a $96 door lock. Theo pays $12 more than Ava. How much does each of them pay?",
    "A concierge team of 7 shares $840 in tips, and the two supervisors get double shares. How much does a supervisor receive?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following best describes a deadlock? A. A lock with a spring latch B. A lock whose bolt is moved only by a key or thumb turn C. A padlock without a shackle D. An electronic lock with no power",
    "What does a passive infrared (PIR) alarm sensor detect? A. Changes in air pressure B. Changes in infrared radiation from warm bodies C. Vibrations in glass D. Breaks in a laser beam",
    "Under English law, a security guard's power to detain a suspect generally comes from: A. Police warrants B. Citizen's arrest provisions C. Building regulations D. Consumer law",
    "Which property of a cryptographic hash makes a stored password hard to recover? A. Symmetry B. Preimage resistance C. Compression D. Encoding",
    "The bump key technique exploits which feature of pin tumbler locks? A. Magnetic pins B. Momentum transfer between key pins and driver pins C. Disc detainers D. Lever gates",
    "A fire door in a commercial building must normally: A. Be kept open for ventilation B. Close automatically and latch C. Have no handle D. Be made of glass",
    "Which access control principle gives users only the permissions they need? A. Defence in depth B. Least privilege C. Separation of duties D. Security through obscurity",
    "Which of these is a form of social engineering? A. Brute-forcing a keypad B. Tailgating through a secure door C. Cutting a padlock D. Jamming a radio signal",
    "Charles Chubb is best known for: A. The first burglar alarm B. The detector lock C. The combination safe D. The Yale cylinder",
    "What does CCTV stand for? A. Closed-circuit television B. Central control television C. Coded camera transmission video D. Covert camera tracking view",
    "Hiring a private security firm instead of employing guards directly is an example of: A. Vertical integration B. Outsourcing C. Price discrimination D. Monopsony",
    "Which agent is commonly used for fire suppression in server rooms? A. Pure oxygen B. Inert gas blends based on nitrogen and argon C. Hydrogen D. Chlorine",
    "How many combinations does a four-digit PIN have if each digit can be 0 to 9 and repeats are allowed? A. 1,000 B. 5,040 C. 10,000 D. 40",
    "Which effect explains why guards miss events late in long, monotonous shifts? A. Vigilance decrement B. Anchoring C. Halo effect D. Priming",
    "In a master-keyed pin tumbler system, what lets both a change key and a master key open one lock? A. Master wafers B. Spool pins only C. A second keyway D. A magnetic insert",
    "Which document does a UK door supervisor need to work legally? A. A driving licence B. An SIA licence C. A passport D. A CSCS card",
    "In which century was the Yale pin tumbler cylinder lock patented? A. 18th B. 19th C. 20th D. 21st",
    "Which practice best reflects a concierge's duty of care over residents' keys? A. Lending keys to contractors freely B. Logging every key issue and return C. Leaving keys on the desk unattended D. Copying keys on request",
    "What is the main purpose of a dual-technology motion sensor? A. To reduce false alarms B. To detect smoke C. To record video D. To open doors",
    "Routine activity theory holds that crime occurs when: A. Poverty rises B. A motivated offender, a suitable target and no capable guardian converge C. Police numbers fall D. Laws are unclear",
    "Which unit measures the loudness of an alarm sounder? A. Hertz B. Decibels C. Lux D. Watts",
    "A guard walks 3 km north and then 4 km east. How far is the guard from the start in a straight line? A. 5 km B. 7 km C. 1 km D. 12 km",
    "Which of the following is a biometric identifier? A. A PIN B. A fingerprint C. A key fob D. A password",
    "At which OSI layer does a firewall that filters by IP address mainly work? A. Physical B. Network C. Presentation D. Application",
    "The Latin question Quis custodiet ipsos custodes is usually attributed to: A. Cicero B. Juvenal C. Seneca D. Ovid",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "I work 12-hour night shifts as a security guard. How can I sleep better during the day?",
    "What are the early signs of varicose veins from standing all day at a concierge desk?",
    "Is it safe to drink energy drinks every night to stay awake on patrol?",
    "How should I treat a small cut on my hand from a freshly cut key?",
    "What stretches help lower back pain after kneeling to fit locks all day?",
    "Can constant exposure to alarm sirens damage hearing, and what protection should installers use?",
    "What should a first aider do if someone faints in a building lobby?",
    "How much water should I drink on a 10-hour outdoor security shift in summer?",
    "Are blue-light glasses useful for CCTV operators who watch screens for hours?",
    "What are the symptoms of carbon monoxide poisoning, and when should I call an ambulance?",
    "I get heel pain after long shifts standing on marble floors. What could cause it?",
    "How can shift workers lower their risk of type 2 diabetes?",
    "Is it normal to feel anxious before starting a run of night shifts, and what helps?",
    "What should be in a basic first aid kit at a concierge desk?",
    "How do I recognise heat exhaustion in someone working outdoors?",
    "Can handling metal filings from key cutting cause skin problems?",
    "What are healthy snacks to eat at 3 am that won't make me sluggish?",
    "How long should I rest a sprained ankle before going back to patrol duties?",
    "Does caffeine late in a night shift affect sleep quality the next day?",
    "What is the recovery position and when should it be used?",
    "Are any vaccinations recommended for security staff who may find used needles on site?",
    "How can I tell whether wrist pain from drilling all day is carpal tunnel syndrome?",
    "What are the warning signs of burnout in people who work long, lonely shifts?",
    "Should I see a doctor about headaches that start after hours of watching monitors?",
    "What first aid should I give if a colleague gets an electric shock from alarm wiring?",
]

NATIONAL_IDS = {
    "5372 9146 2081": aadhaar_ok,  # Indian Aadhaar
    "8163 4027 5936": aadhaar_ok,
    "943 476 5919": nhs_ok,  # NHS number
    "721 058 3645": nhs_ok,
    "183729456": bsn_ok,  # Dutch BSN
    "604192836": bsn_ok,
    "92071438518": pesel_ok,  # Polish PESEL
    "315.782.604-26": cpf_ok,  # Brazilian CPF
    "087.419.326-50": cpf_ok,
    "38172645972": kimlik_ok,  # Turkish kimlik
    "53648217G": dni_ok,  # Spanish DNI
    "71823904X": dni_ok,
    "Y4172638S": dni_ok,  # Spanish NIE
    "070885-614P": hetu_ok,  # Finnish henkilötunnus
    "SPSCHR90D62F839G": codice_fiscale_ok,  # Italian codice fiscale
    "110108198806173620": china_id_ok,  # Chinese resident identity number
    "S9134752J": nric_ok,  # Singapore NRIC
    "880412-2145735": rrn_ok,  # Korean resident registration number
    "724 378 615": tfn_ok,  # Australian tax file number
    "583071927": tfn_ok,
    "2953 81747 1": medicare_ok,  # Australian Medicare card
    "3842 0619 5730": my_number_ok,  # Japanese My Number
    "5173920BG": pps_ok,  # Irish PPS number
    "2 84 07 75 112 347 58": nir_ok,  # French NIR
    "85.03.14-273.46": belgian_id_ok,  # Belgian national number
    "140387 49251": fodselsnummer_ok,  # Norwegian fødselsnummer
    "234 817 569": nif_ok,  # Portuguese NIF
    "2900315401271": cnp_ok,  # Romanian CNP
    "14.387.529-6": rut_ok,  # Chilean RUT
    "48807260224": isikukood_ok,  # Estonian isikukood
    "270689-2139": kennitala_ok,  # Icelandic kennitala
    "905417/3106": rodne_cislo_ok,  # Czech rodné číslo
    "3184572918": rnokpp_ok,  # Ukrainian RNOKPP
    "47159382069": steuer_id_ok,  # German tax id
    "ZKT4724": nhi_ok,  # New Zealand NHI
    "920814-5384": luhn_len(10),  # Swedish personnummer
    "613 925 841": luhn_len(9),  # Canadian SIN
    "287 341 069": luhn_len(9),  # Canadian SIN (in a chat)
    "031725492": luhn_len(9),  # Israeli teudat zehut
    "15078543723": luhn_len(11),  # Greek AMKA
    "9105235182084": luhn_len(13),  # South African id
}
RECORD_NATIONAL_IDS = 40

# Every phone must match one of these: ranges kept for fiction where the country has one,
# the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+33 6 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|31|32|34|36|39|40|45|46|47|48|52|55|62|63|65|84|86|90|91|351|353|354|358|372|380|966|972) [\d -]+\d",
    )
]


def check_mix() -> None:
    """The chats carry every type, about 20 secrets and mostly names; each record names
    exactly one person beside one to four other values, and the first 40 a national id."""
    chat_types = {s["type"] for t in CHAT for s in marked_spans(t)}
    if chat_types != TYPES:
        raise SystemExit(f"chat: types missing {sorted(TYPES - chat_types)}")
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    if not 18 <= secret <= 24 or named < 100:
        raise SystemExit(f"chat: {secret} texts with a secret, {named} with a name")
    for i, marked in enumerate(RECORDS):
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        ids = {s["value"] for s in spans if s["value"] in NATIONAL_IDS}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        if len(ids) != (1 if i < RECORD_NATIONAL_IDS else 0):
            raise SystemExit(f"records: national ids {sorted(ids)} in {marked[:60]!r}")


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
        "blind150", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
