# ruff: noqa: E501
"""A hundred-and-forty-first blind privacy set: 220 texts with personal data and 100 clean
ones, on building management and neighbours (flats and blocks, residents' associations,
concierge desks, parcel rooms, service charges, leaks and repairs, noise complaints, CCTV
requests, parking permits, bin rotas, key fobs and door entry codes).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting notices, letters and replies to neighbours, agents and freeholders, summarising
  pasted voicemails, minutes, concierge call logs and e-mail threads, translating,
  fixing wording, splitting repair bills and service charges, asking whether a text or
  e-mail is a scam, planning rotas. The first 30 are typed all in lower case (names,
  e-mails, codes, IBANs and postcodes too, with shorthand and typos); the next 6 are in
  Spanish, Polish, Japanese, Russian, Arabic and German; the other 84 in ordinary English.
  Names of many origins: first names alone, surnames after titles, full names, a nickname
  marked whole (Big Dave), names that are ordinary words (Hope, Sunny, Grace, Bill, Rose,
  Joy, Ivy, Basil, Honor, Pearl, Dot, Ash), many named in passing with no cue word; 1 to 8
  values each; at least 90 name a person and at least 15 hold a secret (door, gate, alarm
  and locker codes, wifi keys, passwords); every entity type appears among them.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose, profile lines, pipe and CSV rows, JSON objects, log lines, resident
  and key registers and short letters, in English and eleven other languages; each names
  exactly one person and holds 1 to 4 other values; 41 carry a national id with valid
  check digits.

Usernames and logins, account, leaseholder, policy and other customer numbers, passports,
driving licences and national ids are ID_NUMBER; PINs, door, gate, alarm and locker codes,
wifi keys and passwords PASSWORD; titles and relation words (Mr, Mrs, Ms, Herr, Frau,
Pani, Don, Signora, Madame, Auntie, my sister, my dad) stay outside PERSON spans; an
address span runs from the first line (flat or unit included) through the postcode and
city as typed; public figures, historical and fictional people, pets, companies, order,
ticket, insurer and repair references, flat and bay numbers, amounts and dates are not
labelled; every occurrence of a private value is marked (a name said again is marked
again). The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style
prompts (some naming historical or fictional people), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D and 25 health questions
naming no one, mostly on the same theme.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960,
0151 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (NHS number, Indian Aadhaar, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish
kimlik, Spanish DNI and NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese
resident id, Singapore NRIC and FIN, Korean resident registration number, Australian TFN
and Medicare, Japanese My Number, Irish PPS number, French NIR, Belgian national number,
Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI,
Swedish personnummer, Canadian SIN, Israeli teudat zehut, Greek AMKA, South African id).

Run ``.venv/bin/python bench/data/build_blind141.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Sr|Sra|Don|Herr|Frau|Mme|Madame|Pani|Signora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # --- typed all in lower case ---
    "can u draft a msg for the residents whatsapp saying the bin rota changed? [[PERSON|kofi]] from flat 3 now does weds and [[PERSON|marguerite]] takes fridays. keep it friendly pls",
    "concierge told me the new main door code is [[PASSWORD|7391]] and the bike store one is [[PASSWORD|c4418]]. write a short notice for the lift lobby saying the codes changed but dont print them",
    "summarise this voicemail for the managing agent: hi its [[PERSON|dev]] in 12b, water coming thru my kitchen ceiling again, pretty sure its mrs [[PERSON|okonkwo]]'s washing machine upstairs, call me back on [[PHONE_NUMBER|07700 900418]] ta",
    "is this a scam? got a text saying 'hi [[PERSON|siobhan]], your parcel is held at concierge, pay £1.99 redelivery fee here' with a link. we do actually have a concierge in our block lol",
    "pls fix the wording: hi [[PERSON|tariq]], the residents assoc agm is on the 14th, can u bring the service charge breakdown, [[PERSON|hannelore]] says the sinking fund figure looks off. cheers [[PERSON|bex]]",
    "split the cost of the hallway paint between 6 flats, £438 total, but [[PERSON|ade]] already paid £90 upfront. [[PERSON|lin]] wants everyone to send their share to [[IBAN_CODE|gb62loyd30962277419856]], how much does each person send",
    "[[PERSON|jonah]] set up the residents lounge wifi, network oakfield-lounge and pw [[PASSWORD|bluefinch2291]]. write text for a laminated sign but put [qr code] instead of the pw",
    "translate to polish for my neighbour pls: the plumber is coming tues 9am to check the leak under your bath, please leave your key with [[PERSON|gus]] at the concierge desk",
    "draft a complaint to [[EMAIL_ADDRESS|r.haddad.lettings@gmail.com]] about the noise from flat 9, music till 3am fri and sat. im [[PERSON|noor]] in flat 8, been a tenant since 2019",
    "my dad [[PERSON|brendan]] is renewing his parking permit and the council form wants his ni number [[ID_NUMBER|jt 48 21 93 b]], is that normal or is it dodgy",
    "remind me to chase [[PERSON|sunny]] about the gym fob and [[PERSON|grace]] about the cctv request from sat night",
    "rewrite nicer: 'whoever keeps leaving bin bags by the lift, stop it.' sign it from the committee ([[PERSON|marek]], [[PERSON|ife]], [[PERSON|yusuf]])",
    "login for the building portal is [[ID_NUMBER|flat14_harrow]] pw [[PASSWORD|tulip!gate88]] and it keeps saying invalid. its [[PERSON|wen]]'s account, email on it is [[EMAIL_ADDRESS|wen.zhou88@outlook.com]]. what could be wrong",
    "concierge call log, pls summarise: 08:10 parcel for [[PERSON|aurelio]] (large) / 09:45 [[PERSON|dot]] from 2a locked out, gave spare fob / 11:20 lift engineer signed in by [[PERSON|faisal]]",
    "draft a letter to the council about the overgrown trees behind [[STREET_ADDRESS|marlowe court, 17-31 ramsgate road, margate ct9 4ba]] blocking our cctv. signed [[PERSON|pauline ashby]], ra chair",
    "whats a polite way to tell my sister [[PERSON|tamsin]] to stop giving the car park gate code [[PASSWORD|1964*]] to her delivery drivers",
    "neighbour [[PERSON|rosa]] asked me to water her plants, alarm code is [[PASSWORD|0415]] and her spare key is in parcel locker 6 with code [[PASSWORD|b17-2206]]. make me a checklist for the week shes away",
    "how do i reply to this: 'hi its [[PERSON|baz]] from no 5, ur car is in my space again, move it or i call the parking company'. my permit says bay 5 tho",
    "turn these into bullets: attended [[PERSON|obi]], [[PERSON|lucja]], [[PERSON|henrik]], [[PERSON|meera]]. leak in bin store reported, [[PERSON|henrik]] to get quotes. service charge up 6%. next mtg march",
    "card got declined paying the service charge online, [[CREDIT_CARD|4539 7182 0364 9156]] exp 09/27, name on it [[PERSON|ravindra kumar]]. is it bc the agent uses some weird payment site",
    "write a short thank u note to [[PERSON|pearl]] on the ground floor who took in 4 of my parcels while i was in lagos",
    "our block manager [[PERSON|stelios]] emailed from [[EMAIL_ADDRESS|stelios.k@blockwise-mgmt.co.uk]] asking everyone to send photo id for new fobs. legit or phishing?",
    "help me make a timeline: [[PERSON|joy]] noticed damp 2 jun, reported it 4 jun, [[PERSON|keiran]] from the agency came 19 jun, insurer ref hx-55102 still open",
    "text to my landlord [[PERSON|des]] ([[PHONE_NUMBER|07700 900732]]): boiler out since sunday, flat 2 also affected, can u send someone asap",
    "intercom admin login is [[ID_NUMBER|caretaker.jm]] / [[PASSWORD|entryphone!22]] on [[IP_ADDRESS|192.0.2.47]]. [[PERSON|wojtek]] wants his new fob added remotely, how do i do that safely",
    "summarise: [[PERSON|amaka]] says the parcel room is full every friday, [[PERSON|leon]] suggests a collection rota, [[PERSON|fenella]] will ask the agent for more shelving",
    "what do i say to my neighbour [[PERSON|bill]] whose dog barks all day when hes at work. hes nice, dont want drama",
    "pls format my new address properly for a uk letter:\n[[PERSON|eleanor pryce]]\n[[STREET_ADDRESS|flat 21 kestrel house\n9 wharf lane\nbristol bs1 6qt]]\ntel [[PHONE_NUMBER|01632 960284]]",
    "api key for the smart locker is [[API_KEY|lk_9f3ab27c7e1d40a6b58e2c0f]] and it stopped sending pickup codes to residents. draft an email to their support from [[PERSON|hamza]]",
    "fix spelling: dear mrs [[PERSON|adeyemi]], sory to here about the leek from my bathroom, my insurrance is with aviva polcy [[ID_NUMBER|hm7720413]], we can sort it. regards [[PERSON|costas]]",
    # --- six other languages ---
    "¿Puedes resumir este mensaje para el administrador? «Hola, soy [[PERSON|Marisol Quintero]], del 4º B de [[STREET_ADDRESS|Calle de Toledo 118, 28005 Madrid]]. Hay una gotera en el techo del garaje y nadie contesta. Mi móvil es el [[PHONE_NUMBER|+34 612 48 73 90]]. Don [[PERSON|Anselmo]], el presidente, dice que no es cosa suya.»",
    "Przetłumacz na angielski: Pani [[PERSON|Jadwiga]] z mieszkania 7 prosi o nagranie z monitoringu z 12 maja, bo ktoś ukradł jej rower z wózkowni. Kontakt: [[EMAIL_ADDRESS|jadzia.wrobel@wp.pl]].",
    "管理会社への メールを 丁寧に 書き直してください。 上の階の [[PERSON|佐藤]]さんの 夜中の 騒音について です。 私は 502号室の [[PERSON|田中 美咲]]です。 電話は [[PHONE_NUMBER|090-4817-2265]] です。",
    "Составь объявление для жильцов: с понедельника новый код домофона [[PASSWORD|8316]], а новые брелоки выдаёт консьерж [[PERSON|Галина Петровна]]. Вопросы по телефону [[PHONE_NUMBER|+7 916 482-17-35]].",
    "ترجم إلى الإنجليزية: السيد [[PERSON|خالد العتيبي]] من الشقة 14 يشتكي من تسرب المياه من سقف الحمام منذ أسبوع. رقم هاتفه [[PHONE_NUMBER|+971 50 384 2716]] وبريده [[EMAIL_ADDRESS|k.alotaibi@hotmail.com]].",
    "Bitte formuliere das höflicher: Herr [[PERSON|Brandstätter]] aus dem 3. OG stellt ständig seine Fahrräder in den Hausflur, und Frau [[PERSON|Kessler]] von der Hausverwaltung reagiert nicht. Das Hausgeld zahle ich pünktlich auf [[IBAN_CODE|DE60 1005 0000 0412 7399 88]], also erwarte ich eine Antwort.",
    # --- ordinary English ---
    "Can you draft a friendly reminder for the Maple Court group chat? Bins go out Sunday night; this week it's [[PERSON|Priyanka]]'s turn, then [[PERSON|Olu]], then the couple in 6C.",
    "Summarise this note from our concierge: 'Parcel room at capacity. Uncollected since last week: Mr [[PERSON|Abernathy]] (3 boxes), [[PERSON|Fatima Rahimi]] (1), [[PERSON|Chidi]] (wine case, needs ID). Anything left after Friday goes back to the courier.'",
    "The new fob system admin login is [[ID_NUMBER|hollybank.admin]] with password [[PASSWORD|Kx7!pLm29qR]]. [[PERSON|Hope]] was going to set up the resident accounts but she's on leave. Can you give me step-by-step instructions for adding a resident and disabling a lost fob?",
    "Is this a scam? An email from 'Harbour Lofts Management' says our service charge account has moved and asks me to pay £1,240 to [[IBAN_CODE|GB43 BARC 2045 1173 6088 25]] by Friday. It's signed [[PERSON|Dominic Fairweather]], who I've never heard of; our usual contact is [[PERSON|Lorraine]].",
    "Draft a CCTV footage request to our managing agent. My bike was taken from the bike store at [[STREET_ADDRESS|Kingfisher Wharf, 40 Navigation Walk, Birmingham B1 2JG]] between 6pm on 3 March and 8am on 4 March. I'm [[PERSON|Tobias Lindqvist]], flat 27.",
    "Split this plumber's invoice fairly: £960 for fixing the leak in the riser. Flats 1 and 2 were affected most. [[PERSON|Jean-Baptiste]] says he shouldn't pay because it started in his ceiling, [[PERSON|Moira]] thinks everyone splits equally, and [[PERSON|Sanjay]] wants it claimed on the block insurance.",
    "Write a short WhatsApp to [[PERSON|Kemal]]: the back entrance code is now [[PASSWORD|5082]] and the bin store padlock is [[PASSWORD|719]] until the locksmith comes on Thursday.",
    "Please make this less passive-aggressive: 'To flat 11. As I have told you TWICE, your washing machine at 1am shakes my whole ceiling. Next time I'm going to the agent.' Sign it from [[PERSON|Ingrid]] in flat 7.",
    "Translate into French for our new neighbour [[PERSON|Amélie]]: Welcome to the building! The concierge desk is open 8 to 8, parcels are kept in the room behind the lifts, and bins go out on Tuesdays. If you need anything, I'm in flat 15. [[PERSON|Marcus]], [[PHONE_NUMBER|07700 900561]]",
    "I'm applying to rent a unit at [[STREET_ADDRESS|2214 Larkspur Ave, Apt 5C, Oakland, CA 94610]] and the HOA wants my SSN, [[US_SSN|529-41-7736]], written on a paper form left at the front desk. Is that normal? The form is in the name of [[PERSON|Deshawn Miller]].",
    "Here's the door log export, can you tell me who used the gym after midnight? 00:14 [[PERSON|Leilani Kahale]] (gym door); 00:52 [[PERSON|Arjun Mehta]] (side gate); 01:30 [[PERSON|Leilani Kahale]] (gym door).",
    "Help me write a formal noise complaint to the freeholder. The tenant above me, a Mr [[PERSON|Vukovic]], has parties most weekends; I've logged 2, 9, 16 and 23 February. My details for the letter:\n[[PERSON|Anya Sorensen]]\n[[STREET_ADDRESS|Flat 6, Beaumont House\n3 Clarendon Road\nLeeds LS2 9NH]]",
    "Our service charge went from £1,800 to £2,650. Can you draft a letter to Belgrave Estates asking for an itemised breakdown under section 21? Leaseholder: [[PERSON|Rupert Okoye]], account [[ID_NUMBER|BE-LH-004417]].",
    "My parking permit application was refused because the council says [[STREET_ADDRESS|88 Ravensworth Terrace, Newcastle NE4 6XR]] isn't in zone C. Draft an appeal for me. I'm [[PERSON|Bill Hartigan]] and I've lived there nine years.",
    "Make a welcome card for the guest suite in our block. Wifi network HaversGuest, password [[PASSWORD|marmalade-Otter-61]]. Host contact: [[PERSON|Rose]] ([[PHONE_NUMBER|07700 900823]]).",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Sunny]] from the residents' association. We're collecting signatures about the lift outage. Could you knock on Mrs [[PERSON|Garibaldi]]'s door and [[PERSON|Kwame]]'s? My number's [[PHONE_NUMBER|020 7946 0392]].'",
    "The CCTV recorder in the plant room is at [[IP_ADDRESS|198.51.100.23]], login [[ID_NUMBER|nvr_operator]] / [[PASSWORD|Ch4nnel#Nine]]. [[PERSON|Gareth]] asked for footage of the car park on 2 May. How do I export one clip without giving him the whole system?",
    "I paid the £75 fob replacement fee with card [[CREDIT_CARD|5312 8847 2093 1764]] and got charged twice. Write a short email to the managing agent asking for a refund. Sign it from [[PERSON|Wren Castellanos]].",
    "Turn these residents' association minutes into a one-paragraph summary: Present: [[PERSON|Margaret Oyelaran]] (chair), [[PERSON|Felix Brandt]], [[PERSON|Thi Lan Nguyen]], [[PERSON|Rasmus]]. Apologies: [[PERSON|Zainab]]. Items: roof repair quotes ([[PERSON|Felix]] to chase), parcel room shelving (approved), pigeon netting (deferred).",
    "A letter came under my door saying the 'new key fob supplier' needs my bank card to issue replacements and to call [[PERSON|Aldo]] on [[PHONE_NUMBER|07700 900147]]. The building manager, [[PERSON|Yvonne]], never mentioned it. Scam?",
    "Make a 12-week bin rota for five households: [[PERSON|Nakamura]], [[PERSON|Olsen]], Mr and Mrs [[PERSON|Brennan]], [[PERSON|Delphine]] and me ([[PERSON|Luca]]). Nobody wants Christmas week, so rotate it fairly.",
    "Our intercom cloud gave us this API key: [[API_KEY|ick_live_7Hq2ZpR4vX9mN3bT6wY8sK1d]]. [[PERSON|Tomasz]] wrote a script that opens the door for deliveries. Is it safe to keep the key inside the script on the concierge PC?",
    "Translate into Portuguese for [[PERSON|Graça]], our cleaner: the communal stairs on floors 3 to 5 need doing on Wednesdays now, and the code for the cleaning cupboard is [[PASSWORD|3390]].",
    "Draft a letter to our buildings insurer about the escape of water from flat 12 into flat 8. Policy holder: [[PERSON|Nadia Haddad]], policy number [[ID_NUMBER|HSB-2209-77413]]. The leak started on 9 January and the ceiling has partly collapsed.",
    "Write a reminder for our residents' association annual subs of €20. Payment goes to [[IBAN_CODE|IE74 BOFI 9021 4738 2619 05]], the account our treasurer [[PERSON|Ciarán Ó Murchú]] set up last year.",
    "Draft a polite note to my downstairs neighbour [[PERSON|Ferdinand]] apologising for the water that came through his bathroom ceiling. The plumber ([[PERSON|Stan]]) said it was a split pipe under my bath and it's now fixed.",
    "Can you summarise this email from the managing agent? 'Dear Ms [[PERSON|Achterberg]], further to your report of damp in flat 32, our surveyor [[PERSON|Callum Reid]] will attend on 14 November between 10am and 1pm. Please ensure access. Kind regards, [[PERSON|Nicola Strand]], Property Manager.'",
    "My new neighbour gave me her details for the residents' list: [[PERSON|Esperanza Villalobos]], [[EMAIL_ADDRESS|espe.villalobos@gmail.com]], [[PHONE_NUMBER|07700 900388]]. Can you add her to the list format we use: name, email, phone, flat?",
    "Help me plan who covers the concierge desk on Ramadan evenings: [[PERSON|Idris]] can do Mon/Wed, [[PERSON|Gwen]] Tue/Thu, [[PERSON|Paddy]] weekends only. Make a simple four-week schedule.",
    "Quick sanity check on the maths: the major works bill is £48,000 split by lease percentage. Flat 4 ([[PERSON|Halima]]) has 6.25%, flat 5 ([[PERSON|Grace Tembo]]) has 8.1%, and mine is 5.4%. What does each of us owe?",
    "Write a text to [[PERSON|Bogdan]] telling him his parcel is in locker 14 and the pickup code is [[PASSWORD|662091]]. It expires at 9pm.",
    "Rewrite for the noticeboard: 'Someone's been propping the fire door open with a brick. We know it's the 2nd floor. Stop.' Make it polite and sign from the RA committee, contact [[PERSON|Jaroslav]] or [[PERSON|Abena]].",
    "Is this legit? A text from [[PHONE_NUMBER|+44 7700 900614]] says 'Your parcel couldn't be delivered to [[STREET_ADDRESS|Flat 3, 61 Portland Street, Southampton SO14 7EB]]. Reschedule here.' I do live there but I'm not expecting anything.",
    "Our residents' group wants to collect £15 each for the concierge's leaving gift. [[PERSON|Marjorie]] has been here 19 years. Draft a message asking people to transfer to [[PERSON|Kwabena]]'s account, [[IBAN_CODE|GB30 NWBK 6072 0839 1472 76]], reference MARJGIFT.",
    "Translate into Spanish for the caretaker: the leak in the basement is coming from the pipe behind the gas meter. [[PERSON|Héctor]] should not touch it; the engineer arrives at 2pm. Call me on [[PHONE_NUMBER|07700 900275]] if there's a problem.",
    "Draft an email from me, [[PERSON|Oluwaseun Adebayo]] ([[EMAIL_ADDRESS|seun.adebayo@protonmail.com]]), to the freeholder asking for consent to install an EV charger in my allocated bay.",
    "I need to share the alarm code for the plant room with the lift contractor. The code is [[PASSWORD|8472*0]]. Write a short message to Mr [[PERSON|Delacroix]] asking him to delete it after the visit.",
    "My flatmate [[PERSON|Jules]] and I want to split the quarterly service charge (£612), ground rent (£125) and the water bill (£88). [[PERSON|Jules]] has the bigger room. Suggest a fair split.",
    "Convert these notes into a formal incident report: Tues 11pm, shouting from flat 14; [[PERSON|Dario]] from 13 called the concierge; night porter [[PERSON|Emeka]] went up, no answer; police not called; resident in 14 is Mrs [[PERSON|Lindgren]].",
    "Please check my wording before I send it to the whole block: 'Hi all, I'm [[PERSON|Sakura]] from the top floor. I'm organising a clear-out of the bike store on Saturday. If your bike has no tag by then, it goes to charity.'",
    "My condo board treasurer, [[PERSON|Marvin Tate]], emailed from [[EMAIL_ADDRESS|marvtate.condo@gmail.com]] asking for my portal username, [[ID_NUMBER|jgreenberg1207]], and my password to 'verify dues'. Isn't that a red flag? How should I reply?",
    "Draft a notice for our building at [[STREET_ADDRESS|455 Rue Saint-Urbain, Montréal, QC H2X 2Y1]] about the water shutoff on Thursday. Contact the superintendent, [[PERSON|Gilles Ouellette]], at [[PHONE_NUMBER|(514) 555-0136]].",
    "Our strata manager [[PERSON|Bronwyn]] wants us to vote on a new intercom. Write a short email from [[PERSON|Mick Farrell]], lot 12, saying yes but asking about privacy of the video. My mobile is [[PHONE_NUMBER|0491 570 266]].",
    "Summarise this chat: [[PERSON|Zeynep]]: the lift is broken again / [[PERSON|Haruto]]: third time this month / [[PERSON|Zeynep]]: I've emailed the agent / [[PERSON|Big Dave]]: my mum can't do the stairs, this is ridiculous",
    "Work out how much each flat owes for the new door entry system: £7,200 total, 24 flats, but the four ground-floor flats (including [[PERSON|Pilar]]'s and [[PERSON|Nuno]]'s) have their own entrance and agreed to pay half.",
    "Draft a letter to the landlord of the flat below. Their tenant, [[PERSON|Ryan]], says the leak is from my shower, but my plumber's report says otherwise. The landlord is [[PERSON|Anand Shah]], [[STREET_ADDRESS|27 Elmfield Gardens, Harrow HA1 3RT]].",
    "Please translate into Italian for my neighbour Signora [[PERSON|Bellini]]: the water will be off from 9 to 12 on Monday. If you need anything, knock on flat 10. [[PERSON|Kate]]",
    "What should I do? My neighbour [[PERSON|Lenny]] asked me to sign for his parcels and gave me his shopping login [[EMAIL_ADDRESS|lenny.obrien77@yahoo.co.uk]] and password [[PASSWORD|Shamrock1977]] 'just in case'. I don't want that responsibility.",
    "Draft minutes from this voice note: 'AGM 7 April. [[PERSON|Veronica]] re-elected chair, [[PERSON|Tunde]] treasurer. Service charge budget approved 9 to 2. Mr [[PERSON|Li]] objected to the CCTV upgrade.'",
    "I'm the new concierge. Make me a handover checklist from these notes: spare keys in the safe (code [[PASSWORD|4-19-33]]), parcels logged on the tablet, Mrs [[PERSON|Osei]] in 2D gets medication deliveries so ring her first, [[PERSON|Florin]] covers nights.",
    "Can you write a post for our street's Facebook group? Found: a set of keys with a blue fob near [[STREET_ADDRESS|Ashgrove Mansions, 2 Ashgrove Road, Glasgow G12 8PE]]. Ask for [[PERSON|Morag]] at the concierge desk.",
    "Please proofread: 'Dear [[PERSON|Tomás]], thank you for fixing the gutter. As agreed, the RA will reimburse the £140 to the card you paid with.' Does it sound too stiff?",
    "Is it okay to post this in the group? 'Whoever parked a grey hatchback in [[PERSON|Hassan]]'s disabled bay again today, please move it, he needs it.'",
    "Our co-op board in Queens wants a background check on my subletter. She gave me: [[PERSON|Marisa Kowalczyk]], SSN [[US_SSN|318-62-4097]], current address [[STREET_ADDRESS|41-17 Crescent St, Apt 3R, Long Island City, NY 11101]]. How do I send this securely?",
    "Help me word a WhatsApp asking [[PERSON|Kiran]] and [[PERSON|Bao]] if they heard the smoke alarm at 4am, and whether they saw who set it off.",
    "Extract the dates from this email and make a timeline: 'Hi [[PERSON|Siddharth]], the leak in your ceiling was first reported by [[PERSON|Coral]] in 5A on 2 January, the roofer came on 20 January and the insurer's loss adjuster is booked for 3 February.'",
    "My partner and I share one garage key. Can you write a fair schedule? I'm [[PERSON|Ash]] (nights Mon to Thu), he's [[PERSON|Dimitri]] (days, plus weekends).",
    "Our building's shared wifi for the gym is GymNet5, key [[PASSWORD|7QpX-44vr-Lm9e]]. [[PERSON|Mateus]] wants me to give it to his personal trainer. Write a reply saying only residents can use it.",
    "Summarise these three emails about parking permits: 1) [[PERSON|Philippa]]: permits delayed; 2) [[PERSON|Omar Farouk]]: he was told the council portal is down; 3) [[PERSON|Philippa]] again: temporary paper permits at the desk.",
    "Someone keeps logging into our residents' forum as me. The admin, [[PERSON|Lukas]], says the logins came from [[IP_ADDRESS|203.0.113.58]] and [[IP_ADDRESS|2001:db8:4a1::7c]]. My username is [[ID_NUMBER|leafy_linden]]. What should I ask him to do?",
    "Can you check this before I submit it? Name: [[PERSON|Beatriz Ocampo]], flat 18, card [[CREDIT_CARD|4716 0358 9921 4483]], expiry 11/26, amount £30 for a replacement gym fob.",
    "Write a note to slip under doors: I'm having a 40th on Saturday until 11pm, sorry in advance, text me on [[PHONE_NUMBER|07700 900916]] if it gets too loud. [[PERSON|Precious]], flat 3.",
    "Translate into simplified Chinese for Mrs [[PERSON|Wong]] in 4F: the parcel room is now open 24/7 with your fob, and the code for the back gate is [[PASSWORD|1598]].",
    "Help me reply to [[PERSON|Gerald]], who wants the residents' association to ban short lets. Our building has three holiday-let flats. I want a neutral tone.",
    "As the block's data contact I got this request: '[[PERSON|Imani Brooks]], flat 40, requests CCTV from the lobby on 21 September, 7 to 9pm, showing her ex-partner [[PERSON|Trevor Banks]].' Draft a response explaining the subject access process.",
    "Plan a 30-minute agenda for our first residents' association meeting. Speakers: [[PERSON|Aisha]] (welcome), [[PERSON|Radek]] (service charges), [[PERSON|Honor]] (cleaning contract).",
    "Our managing agent's payment portal keeps rejecting my IBAN for the service charge direct debit: [[IBAN_CODE|FR73 2004 1010 1803 9178 4M02 211]]. Is it the format? I'm [[PERSON|Thibault Marchetti]] in flat 9.",
    "Rewrite this angry voicemail transcript as a calm email to the agent: 'It's [[PERSON|Norma]] again, flat 1, the drain is STILL blocked, it stinks, I've rung four times, [[PERSON|Kieran]] promised someone Tuesday and no one came.'",
    "Make a sign-up sheet for the communal garden watering rota in July. Already volunteered: [[PERSON|Basil]], [[PERSON|Ivy]], [[PERSON|Magdalena]], [[PERSON|Femi]].",
    "Draft a reply to my neighbour [[PERSON|Christophe]], who says my video doorbell films his front door. I can mask that area. Keep it friendly.",
    "Check the maths: the agent wants £2,400 to replace 60 key fobs at £40 each, but [[PERSON|Lowri]] found the same fobs for £18 online. How much would we save, and what should we ask the agent?",
    "Give me a short script for calling the lift company. The account is in the name of [[PERSON|Augustin Ferreira-Lam]], account number [[ID_NUMBER|LC-0087431]], and the lift at our block has been out since Monday.",
    "Write an email in English to our property manager Frau [[PERSON|Lindemann]] asking when the service charge statement for [[STREET_ADDRESS|Schönhauser Allee 147, 10435 Berlin]] will arrive. Sign it [[PERSON|Jakob Weiss]], [[PHONE_NUMBER|030 23125 617]].",
    "Put these concierge notes into a table: Mon, [[PERSON|Ayodele]] collected 2 parcels; Tue, [[PERSON|Ciara]] reported a leak in 7B; Wed, [[PERSON|Teo]] lost a fob, replacement issued; Thu, nothing.",
    "Is it weird to ask my neighbour [[PERSON|Sunil]] for his camera footage of the bike shed? His camera points right at it. How do I ask nicely?",
    "Draft a notice: from 1 June, visitors must be signed in at the concierge desk. Residents expecting contractors should email [[PERSON|Ottilie]] at [[EMAIL_ADDRESS|ottilie.grant@fastmail.com]] a day ahead.",
    "I accidentally pasted our parcel locker API key in the residents' WhatsApp: [[API_KEY|pl_sk_4c1e9a7f02d84b6aa3e5f19d70b2c8e1]]. [[PERSON|Hamish]] spotted it. What do I need to do now?",
    "Write a message to Auntie [[PERSON|Val]] telling her the new code for the building is [[PASSWORD|2207B]] and that [[PERSON|Reggie]] on the desk will let her in if it doesn't work.",
    "Help me calculate: our block's buildings insurance renewal is £14,760. The lease says the commercial units pay 30% and the 18 flats split the rest equally. [[PERSON|Harriet]] says she's been overcharged at £600. Is she?",
    "Translate into Dutch: 'Dear Mr [[PERSON|Visser]], the owners' association has approved the balcony repair at [[STREET_ADDRESS|Prinsengracht 512-III, 1017 KH Amsterdam]]. Contact [[PERSON|Annelies]] for the key.'",
    "The fire alarm panel company emailed a service login for our block: username [[ID_NUMBER|svc-riverside-07]], password [[PASSWORD|Panel$2024spring]]. [[PERSON|Colm]] wants it forwarded to the whole committee. Should I?",
    "Draft a welcome message for the three new households, [[PERSON|Ngozi Okafor]], [[PERSON|Piotr]] and [[PERSON|Elin Sjöberg]]. Include the bin days and how to book the lift for moving in.",
    "Reply to [[PERSON|Tyrone]] about the parking space swap: I'm happy to swap bay 12 for bay 3 from next month, but the agent needs to update the permit list first.",
    "My elderly neighbour [[PERSON|Winifred Cole]] asked me to set up her direct debit for the service charge. Her card is [[CREDIT_CARD|3741 862093 15477]] but the form only takes 16 digits. What should I tell her?",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "Resident register | Flat 4A | [[PERSON|Olamide Fashola]] | [[PHONE_NUMBER|07700 900102]] | [[EMAIL_ADDRESS|olamide.f@gmail.com]]",
    "[[PERSON|Henrietta Vos]] moved into [[STREET_ADDRESS|Flat 12, Larchfield Court, 8 Mill Road, Cambridge CB1 2AD]] in March and has applied for a resident parking permit.",
    "Scheme manager's note: [[PERSON|Desmond Achebe]], NHS number [[ID_NUMBER|943 476 5919]], fell in the communal corridor outside flat 9; warden informed and GP notified.",
    '{"resident": "[[PERSON|Yuki Tanabe]]", "unit": "502", "my_number": "[[ID_NUMBER|3916 2048 5739]]", "phone": "[[PHONE_NUMBER|080-3712-4408]]"}',
    '2024-03-02T21:14:09Z door-entry GRANTED user=[[ID_NUMBER|r.mensah]] name="[[PERSON|Rebecca Mensah]]" door=main src=[[IP_ADDRESS|198.51.100.77]]',
    "Tenant KYC for the society office: [[PERSON|Anjali Raghavan]], Aadhaar [[ID_NUMBER|6183 2940 5713]], [[STREET_ADDRESS|B-304, Prestige Lakeside Habitat, Whitefield, Bengaluru 560066]].",
    "Huurder: [[PERSON|Sven de Groot]], BSN [[ID_NUMBER|182937458]], adres [[STREET_ADDRESS|Van Woustraat 88-2, 1073 LN Amsterdam]].",
    "VvE ledenlijst: [[PERSON|Fatma Yıldız]]; BSN [[ID_NUMBER|305741627]]; e-mail [[EMAIL_ADDRESS|fatma.yildiz@ziggo.nl]]",
    "Wspólnota mieszkaniowa, lokal 14: [[PERSON|Krzysztof Nowicki]], PESEL [[ID_NUMBER|79021403589]], tel. [[PHONE_NUMBER|+48 601 284 937]].",
    "Condomínio Edifício Jacarandá, apto 801: morador [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|614.293.057-70]].",
    "Site yönetimi kaydı: [[PERSON|Elif Şahin]], T.C. kimlik no [[ID_NUMBER|41820735932]], daire 7, tel [[PHONE_NUMBER|+90 532 418 27 60]].",
    "Comunidad de propietarios, 3º izquierda: [[PERSON|Inmaculada Ruiz Peña]], DNI [[ID_NUMBER|73914205W]], cuota al corriente.",
    "Inquilino del bajo A: [[PERSON|Oleksandr Bondar]], NIE [[ID_NUMBER|Y4710382L]], correo [[EMAIL_ADDRESS|obondar@gmx.es]].",
    "Taloyhtiön asukasrekisteri: [[PERSON|Aino Heikkilä]], henkilötunnus [[ID_NUMBER|220791-318K]], asunto B 12.",
    "Condominio, scala B, interno 6: condomina [[PERSON|Carmela Esposito]], codice fiscale [[ID_NUMBER|SPSCML74C41F839S]].",
    "物业登记： 业主 [[PERSON|陈立伟]]， 身份证号 [[ID_NUMBER|310104198706243515]]， 电话 [[PHONE_NUMBER|+86 138 1762 4905]]。",
    "Condo management office: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S7841236D]], [[STREET_ADDRESS|27 Tampines Street 86, #08-11, Singapore 528563]].",
    "Visitor pass issued to [[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0392817E]], visiting block 27 until 10pm.",
    "Tenant: [[PERSON|Rajesh Pillai]] | FIN [[ID_NUMBER|G5720184W]] | mobile [[PHONE_NUMBER|+65 9183 4470]]",
    "관리사무소 입주자 카드: [[PERSON|김민준]] / 주민등록번호 [[ID_NUMBER|850423-1293849]] / 휴대폰 [[PHONE_NUMBER|010-4827-1936]]",
    "Strata roll, Lot 6: owner [[PERSON|Bridget Kowalski]], TFN [[ID_NUMBER|714 820 592]], email [[EMAIL_ADDRESS|bridgetk@bigpond.com]].",
    "Dear Mr [[PERSON|Papadakis]], your tax file number [[ID_NUMBER|392 601 843]] was printed in error on the levy notice for [[STREET_ADDRESS|Unit 9, 14 Beach Road, Bondi NSW 2026]]. We apologise.",
    "Building manager's first-aid log: resident [[PERSON|Sienna Whitlock]], Medicare [[ID_NUMBER|2953 71047 1]], treated for a cut hand in the car park.",
    "Management company file: [[PERSON|Declan Moriarty]], PPS [[ID_NUMBER|4830172T]], [[STREET_ADDRESS|Apartment 22, Grand Canal Wharf, South Dock Road, Dublin 4, D04 X2Y5]].",
    "Residents' association membership: [[PERSON|Saoirse Nic Giolla]], PPSN [[ID_NUMBER|7261905EA]], phone [[PHONE_NUMBER|+353 87 214 6093]].",
    "Syndic de copropriété, lot 17 : copropriétaire [[PERSON|Camille Lefebvre]], n° de sécurité sociale [[ID_NUMBER|2 84 07 75 118 042 86]].",
    "Syndic, résidence Les Tilleuls : [[PERSON|Thomas Claes]], numéro national [[ID_NUMBER|83.02.14-271.96]], GSM [[PHONE_NUMBER|+32 478 21 64 09]].",
    "Borettslag, leilighet H0203: [[PERSON|Ingvild Haugen]], fødselsnummer [[ID_NUMBER|110683 48295]].",
    "Condomínio, fração C: [[PERSON|Rui Tavares]], NIF [[ID_NUMBER|238491579]], IBAN [[IBAN_CODE|PT76 0035 0651 0000 5739 2861 1]].",
    "Asociația de proprietari, ap. 31: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2860923401751]].",
    "Edificio Los Aromos, depto 1204: [[PERSON|Valentina Muñoz]], RUT [[ID_NUMBER|17.482.903-9]], correo [[EMAIL_ADDRESS|vale.munoz@gmail.com]].",
    "Korteriühistu liikmete nimekiri: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48803170222]], korter 15.",
    "Húsfélag, íbúð 0302: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120385-2919]].",
    "SVJ, byt 12: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905412/3705]], tel. [[PHONE_NUMBER|+420 603 218 447]].",
    "ОСББ, квартира 48: [[PERSON|Олена Ковальчук]], РНОКПП [[ID_NUMBER|3184529065]].",
    "Mieterselbstauskunft: [[PERSON|Lena Hoffmann]], Steuer-ID [[ID_NUMBER|57392018465]], [[STREET_ADDRESS|Körnerstraße 21, 04107 Leipzig]].",
    "Body corporate incident note: [[PERSON|Aroha Ngata]] (NHI [[ID_NUMBER|ZKT4171]]) slipped on the wet stairwell at [[STREET_ADDRESS|12 Ponsonby Road, Grey Lynn, Auckland 1011]].",
    "Bostadsrättsföreningen, lägenhet 1103: [[PERSON|Maja Lindberg]], personnummer [[ID_NUMBER|791103-2485]].",
    "Condo corporation owner file: [[PERSON|Marc-André Gagnon]], SIN [[ID_NUMBER|462 091 737]], unit 1507.",
    "ועד הבית, דירה 6: [[PERSON|נועה כהן]], ת.ז. [[ID_NUMBER|304172950]]",
    "Διαχείριση πολυκατοικίας: [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|12078503914]], διαμέρισμα Γ2.",
    "Body corporate levy record: [[PERSON|Thabo Nkosi]], ID [[ID_NUMBER|8609145123089]], unit 22, arrears cleared in June.",
    "Warden call log 03:12: [[PERSON|Dorothy Pemberton]] (NHS [[ID_NUMBER|401 228 7354]]) pressed her pendant alarm, flat 3, ambulance called.",
    "Condominio Via Nizza, interno 9: condomino [[PERSON|Marco Conti]], codice fiscale [[ID_NUMBER|CNTMRC88T12L219J]], email [[EMAIL_ADDRESS|marco.conti88@libero.it]].",
    "Parcel log 14/05 10:22: [[PERSON|Zanele Dube]], flat 31, signed for 2 items; contact [[PHONE_NUMBER|07700 900236]].",
    "Parking permit application: applicant [[PERSON|Gregory Whitcombe]], driving licence [[ID_NUMBER|WHITC705208GJ9XY]], address [[STREET_ADDRESS|5 Fenwick Close, Bath BA2 4QT]].",
    "Key fob register | [[PERSON|Laila Haidari]] | flat 19 | fob issued 02/02 | [[EMAIL_ADDRESS|laila.haidari@icloud.com]]",
    "[[PERSON|Conrad Feldmann]] pays his service charge by standing order from [[IBAN_CODE|DE88 3704 0044 0893 2155 07]].",
    "Noise complaint received from [[PERSON|Priscilla Adjei]] of [[STREET_ADDRESS|Flat 8, Cedar House, 41 Lime Street, Liverpool L1 1JQ]], who can be reached on [[PHONE_NUMBER|0151 496 0715]].",
    "CCTV access request form: requester [[PERSON|Marcus Ellery-Shaw]], email [[EMAIL_ADDRESS|m.ellery.shaw@btinternet.com]], footage wanted from lobby camera 2 on 11 October.",
    "flat,name,phone,permit\n7,[[PERSON|Abdirahman Warsame]],[[PHONE_NUMBER|07700 900453]],yes",
    '{"name": "[[PERSON|Carys Pugh]]", "flat": "2B", "email": "[[EMAIL_ADDRESS|carys.pugh@outlook.com]]", "bin_rota_week": 3}',
    "2024-11-19 07:45:02 intercom call from flat 605 answered by [[PERSON|Mehmet Aydın]] via app, device ip [[IP_ADDRESS|203.0.113.142]]",
    "Tenant application: [[PERSON|Latoya Jenkins]], SSN [[US_SSN|412-73-9051]], current address [[STREET_ADDRESS|870 Peachtree St NE, Apt 1804, Atlanta, GA 30308]].",
    "HOA ledger: owner [[PERSON|Brandon Oyelowo]], dues paid by card [[CREDIT_CARD|6011 5820 7734 1908]], phone [[PHONE_NUMBER|(404) 555-0172]].",
    "Mrs [[PERSON|Kaur]]\n[[STREET_ADDRESS|Flat 2\n19 Soho Road\nHandsworth\nBirmingham B21 9SN]]\n\nDear Mrs [[PERSON|Kaur]], we confirm receipt of your service charge payment for the March quarter. Regards, the managing agent.",
    "Passport copy held on file for concierge vetting: [[PERSON|Mikael Virtanen]], passport no. [[ID_NUMBER|FP4182375]].",
    "Resident portal account: username [[ID_NUMBER|hpoulsen_12c]], display name [[PERSON|Helle Poulsen]], last login from [[IP_ADDRESS|192.0.2.214]].",
    "Name: [[PERSON|Ezinne Okafor]]; Flat: 33; Phone: [[PHONE_NUMBER|07700 900507]]; Parking bay: 14; Email: [[EMAIL_ADDRESS|ezinne.okafor@yahoo.com]]",
    "Leak report LR-2291 raised by [[PERSON|Angus McTavish]], [[STREET_ADDRESS|3/2, 58 Dumbarton Road, Glasgow G11 6RA]]: water through the light fitting in the hall.",
    "[[PERSON|Yara Benali]] paid her share of the roof repair, €320, from [[IBAN_CODE|BE12 3101 8542 6377]] on 4 May.",
    "Emergency contact sheet, flat 10: [[PERSON|Pradeep Venkataraman]], mobile [[PHONE_NUMBER|+91 98450 21736]], email [[EMAIL_ADDRESS|pradeep.venkat@rediffmail.com]].",
    "2024-06-01 | bin rota | week 22 | [[PERSON|Sunniva Berg]] | flat 5 | [[PHONE_NUMBER|+47 412 86 903]]",
    "Access card table row: id=4471; holder=[[PERSON|Jasper Quist]]; email=[[EMAIL_ADDRESS|jquist@posteo.de]]; pin=[[PASSWORD|9047]]; status=active",
    "Service charge arrears notice to [[PERSON|Everton Campbell]], leaseholder account [[ID_NUMBER|LH-22-00917]], balance overdue £1,412.60.",
    "Welcome, [[PERSON|Mei Lin Chow]]! Your concierge app login is [[ID_NUMBER|meilin.chow]] and your temporary password is [[PASSWORD|Welcome-Quay-3381]]. Please change it on first use.",
    "Delivery note, leave with neighbour: recipient [[PERSON|Dariusz Zieliński]], [[STREET_ADDRESS|ul. Mokotowska 23 m. 4, 00-560 Warszawa]], tel. [[PHONE_NUMBER|+48 512 730 864]].",
    "Le gardien a remis le colis de [[PERSON|Sophie Marchand]] au troisième étage ; la joindre au [[PHONE_NUMBER|06 39 98 41 27]].",
    "Mieterin [[PERSON|Jana Novak]], [[STREET_ADDRESS|Gneisenaustraße 62, 10961 Berlin]], meldet einen Wasserschaden im Bad; Rückruf unter [[PHONE_NUMBER|030 23125 408]].",
    "El vecino [[PERSON|Julián Castaño]] solicita un mando nuevo del garaje; cargo a la tarjeta [[CREDIT_CARD|4929 3310 8856 0270]].",
    "L'amministratore conferma che [[PERSON|Chiara Lombardi]] ha saldato le spese condominiali tramite [[IBAN_CODE|IT68 X030 6909 6061 0000 0172 948]].",
    "宅配ボックス 利用者: [[PERSON|山本 健太]] 様、 暗証番号 [[PASSWORD|7320]]、 連絡先 [[PHONE_NUMBER|070-5521-8836]]",
    "Visitor log 14:02: [[PERSON|Obinna Eze]] visiting flat 16, car in the visitor bay, mobile [[PHONE_NUMBER|07700 900664]].",
    "Hausverwaltung: Eigentümerin [[PERSON|Theresa Gruber]], Rücklage per Dauerauftrag von [[IBAN_CODE|AT93 2011 1827 1456 8900]].",
    "Verwaltung: Mieter [[PERSON|Luca Bernasconi]], Mietzins von [[IBAN_CODE|CH81 0483 5519 0482 6773 0]], Tel. [[PHONE_NUMBER|+41 79 318 42 06]].",
    "Recibo de comunidad domiciliado: titular [[PERSON|Rocío Benítez]], cuenta [[IBAN_CODE|ES18 2100 5216 4102 0078 9344]].",
    "[[PERSON|Daan Verhoeven]] pays his owners' association contributions from [[IBAN_CODE|NL41 INGB 0007 3819 52]]; contact [[EMAIL_ADDRESS|daan.verhoeven@kpnmail.nl]].",
    "Zwrot nadpłaty za fundusz remontowy dla [[PERSON|Marta Zając]] na konto [[IBAN_CODE|PL80 1020 1026 0000 4227 0201 1117 82]].",
    "Fob replacement payment: cardholder [[PERSON|Ahmed Siddiqui]], card [[CREDIT_CARD|5489 0172 6634 2198]], flat 44.",
    "[[PERSON|Geneviève Turcotte]] booked the party room and paid with [[CREDIT_CARD|4556 2208 7413 9607]]; confirmation sent to [[EMAIL_ADDRESS|gen.turcotte@videotron.ca]].",
    "Guest suite booking for two nights: [[PERSON|Ricardo Meireles]], Amex [[CREDIT_CARD|3782 510664 39186]].",
    "Reserved EV charging bay for [[PERSON|Ingrid Solberg]], paid by Mastercard [[CREDIT_CARD|2221 0063 4187 5520]], reachable at [[PHONE_NUMBER|+47 934 51 287]].",
    "Co-op board packet: applicant [[PERSON|Jerome Whitaker]], SSN [[US_SSN|227-84-3160]], phone [[PHONE_NUMBER|(212) 555-0148]].",
    "Rental ledger: [[PERSON|Maribel Ochoa]], [[STREET_ADDRESS|1522 W Cermak Rd, Unit 3C, Chicago, IL 60608]], email [[EMAIL_ADDRESS|maribel.ochoa@aol.com]].",
    "2024-08-30 02:11:45 WARN locker-sync token=[[API_KEY|lkr_f4b81c29e07d4a5f9b6e3d12c80a7e54]] rejected for resident [[PERSON|Samuel Osei-Bonsu]]",
    "auth.log: Failed password for [[ID_NUMBER|smylonas]] from [[IP_ADDRESS|198.51.100.199]] port 52214 ssh2 (residents' portal account of [[PERSON|Stavros Mylonas]])",
    "Dear [[PERSON|Hyacinth]], thank you for reporting the broken entry panel. A replacement will be fitted by Friday; until then your temporary door code is [[PASSWORD|8820]]. Building office",
    "Register of keys held: Flat 21, [[PERSON|Wilhelmina Dekker]], spare key in cabinet 3, alarm code [[PASSWORD|5176]].",
    "Permit holder: [[PERSON|Kwesi Boateng]] | zone D | [[EMAIL_ADDRESS|kwesi.boateng@gmail.com]] | [[PHONE_NUMBER|07700 900791]]",
    "Strata notice delivered to [[PERSON|Harrison Doyle]], [[STREET_ADDRESS|Unit 14, 220 Brunswick Street, Fitzroy VIC 3065]].",
    "Bewohnerin [[PERSON|Ilse Wagner]] (Wohnung 7) hat ihren Schlüsselchip verloren; E-Mail [[EMAIL_ADDRESS|ilse.wagner@t-online.de]].",
    "Madame [[PERSON|Nadège Moreau]], votre badge d'accès a été réactivé. Votre nouveau code portail est le [[PASSWORD|A4719]].",
    "Administración del condominio: [[PERSON|Guadalupe Hernández]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, depto 302, Col. Crédito Constructor, 03940 Ciudad de México]], tel. [[PHONE_NUMBER|+52 55 4187 2093]].",
    "Society maintenance receipt: [[PERSON|Vikram Deshpande]], [[STREET_ADDRESS|C-1102, Lodha Amara, Kolshet Road, Thane West 400607]], paid for the quarter.",
    "[[PERSON|Haruka Ishikawa]] lives at [[STREET_ADDRESS|2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031]] and runs the building's bin rota.",
    "Wifi voucher issued to [[PERSON|Tadeusz Kamiński]], guest suite, network password [[PASSWORD|harbour-gull-5530]].",
    "Caretaker's register: [[PERSON|Wanjiru Kamau]], house B7, [[PHONE_NUMBER|+254 722 418 305]].",
    "Estate levy paid by [[PERSON|Babatunde Coker]], [[STREET_ADDRESS|14 Admiralty Way, Lekki Phase 1, Lagos 106104]], phone [[PHONE_NUMBER|+234 803 418 2290]].",
    "A síndica [[PERSON|Renata Figueiredo]] mora na [[STREET_ADDRESS|Rua Oscar Freire 1127, apto 72, Pinheiros, São Paulo - SP, 05409-011]].",
    "Desk note: [[PERSON|Fergus]] from 9C called from [[PHONE_NUMBER|07700 900845]], lost his fob at the gym.",
]

# 25 MT-Bench/Vicuna-style prompts; the people named are historical or fictional.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that every block of flats should have a residents' association. Keep it under 400 words.",
    "Compose a short poem about a parcel room at midnight, in the style of Emily Dickinson.",
    "Imagine you are Sherlock Holmes investigating who keeps leaving rubbish by the lifts of a tower block. Describe your reasoning step by step.",
    "Explain to a first-time leaseholder the difference between ground rent and a service charge.",
    "Draft a neutral template notice announcing that the lifts will be serviced next week. Use placeholders such as [DATE] and [CONTACT] instead of real details.",
    "Role-play as a concierge in a luxury apartment building greeting a new resident on their first day. Keep the tone warm but professional.",
    "What were the main features of the Roman insulae, and how do they compare with modern apartment blocks?",
    "Write a Python function that takes a list of flat numbers and a number of weeks and returns a fair bin rota as a dictionary.",
    "Summarise the arguments for and against CCTV in the communal areas of residential buildings.",
    "How did Le Corbusier's Unité d'Habitation influence post-war housing estates in Britain?",
    "Describe a typical day for Mrs Hudson, Sherlock Holmes's landlady, from her own point of view.",
    "Give me five tips for resolving a noise dispute with neighbours without involving the council.",
    "Write a limerick about a pigeon that lives on the balcony of flat 9.",
    "Compare leasehold, share of freehold and commonhold in a short table.",
    "If Jane Austen wrote a letter complaining about her neighbours' loud pianoforte, what might it say? Write it.",
    "Extract the key obligations from this clause: 'The Lessee shall keep the interior of the Flat in good repair and shall not cause nuisance or annoyance to the occupiers of the other flats in the Building.'",
    "What is section 20 consultation under the Landlord and Tenant Act 1985, in plain English?",
    "Write a SQL query that lists all flats with unpaid service charges older than 90 days, given tables flats(id, number) and payments(flat_id, due_date, paid).",
    "Explain how a door entry intercom system works, from the keypad at the gate to the handset in the flat.",
    "Brainstorm ten low-cost ideas for making a shared building courtyard more welcoming.",
    "Pretend you are Basil Fawlty managing a block of flats instead of a hotel. Write his notice about the broken lift.",
    "What are the pros and cons of smart parcel lockers compared with a staffed parcel room?",
    "Write a short story in which a leak in the top-floor flat brings a whole building of strangers together.",
    "Discuss how Jane Jacobs's idea of 'eyes on the street' applies to high-rise residential design.",
    "Rewrite this sentence in a more formal register: 'Hey everyone, the bins are a total mess again, can we sort it out?'",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Tomas manages a block of 48 flats. Each flat pays a monthly service charge of £135. How much does the block collect in a year?",
    "A parcel room receives 36 parcels on Monday, twice as many on Tuesday, and 15 fewer than Tuesday on Wednesday. How many parcels arrive over the three days?",
    "Leila is painting the communal hallway. Each of the 6 floors needs 3 litres of paint, and a 5-litre tin costs £22. How much will the paint cost if she can only buy whole tins?",
    "The bin rota covers 9 households, each taking one week in turn. If Dev takes the first week of the year, how many times will he be on duty in 52 weeks?",
    "A building has 120 key fobs. Each year 15% are lost and replaced at £12 each. How much does the building spend on replacement fobs in a year?",
    "Marta's share of a £3,600 roof repair is 4.5% under her lease. How much does she pay?",
    "The concierge desk is staffed 14 hours a day, 7 days a week. If Kofi works 3 shifts of 7 hours each week, what fraction of the desk's hours does he cover?",
    "A leak drips 12 millilitres every minute. How many litres leak overnight between 10 pm and 7 am?",
    "Twenty residents attend a meeting. Three-fifths vote for a new intercom. How many residents vote against or abstain?",
    "Oscar buys a parking permit that costs £8.50 a week. How much does he pay for 26 weeks if he gets a 10% discount for paying upfront?",
    "The residents' association has £540 in its fund. It spends a third on plants and £95 on a noticeboard. How much is left?",
    "A lift carries at most 8 people. If 45 residents need to go down during a drill, what is the smallest number of trips the lift must make?",
    "Priya and Sam split the quarterly bills for their flat. Water is £96, electricity £210 and internet £105. Priya pays two-thirds because she has the larger room. How much does Sam pay?",
    "A building has 5 floors with 6 flats on each. Each flat fills 2 bags of rubbish a week. If one communal bin holds 40 bags, how many bins are needed each week?",
    "Rosa cleans 3 stairwells in 2 hours. How long will she take to clean 9 stairwells at the same rate?",
    "Ahmed's service charge rose from £1,200 to £1,350. By what percentage did it increase?",
    "A gardener charges £25 an hour plus a £30 call-out fee. If the courtyard takes 3.5 hours, what is the bill?",
    "A development of 64 flats is split equally between two blocks. In Block A, 25% of flats have one dog each. How many dogs live in Block A?",
    "Ines buys 3 packs of parcel labels with 50 labels in each pack. She uses 17 labels a week. How many full weeks will the labels last?",
    "A CCTV system keeps 72 hours of footage from 8 cameras. Each camera uses 2 GB per hour. How much storage does the system need?",
    "Noah pays £45 a month for a space in the bike store. His neighbour Ravi pays £480 a year for the same kind of space. Who pays more per year, and by how much?",
    "Ten flats share a £1,500 repair bill, but two flats are exempt. How much more does each paying flat pay than if all ten had shared equally?",
    "A door entry keypad uses 4-digit codes, and each digit can be 0 to 9. How many different codes are possible?",
    "Hana collects parcels for her neighbours. On Monday she collects 4, and each day after that she collects 2 more than the day before. How many does she collect from Monday to Friday?",
    "The window cleaner visits every 6 weeks and the gutter cleaner every 8 weeks. If both came this week, in how many weeks will they next come in the same week?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "In English property law, a 125-year lease of a flat is best described as: A) a freehold B) a leasehold C) a licence D) an easement",
    "Which gas is the main danger when a boiler flue in a block of flats is blocked? A) Nitrogen B) Carbon monoxide C) Helium D) Argon",
    "Water from a leak spreading through a plasterboard ceiling travels mainly by: A) capillary action and gravity B) magnetism C) convection only D) osmosis through steel",
    "Which data protection principle limits how long CCTV footage should be kept? A) Accuracy B) Storage limitation C) Lawfulness D) Accountability",
    "A stairwell maintained from charges paid only by the leaseholders of one building is an example of a: A) private good B) club good C) public good D) inferior good",
    "Sound intensity increases by what factor for each rise of 10 decibels? A) 2 B) 5 C) 10 D) 100",
    "Which is usually the best first step in a neighbour noise dispute? A) Calling the police B) Speaking calmly to the neighbour C) Withholding the service charge D) Posting about it online",
    "In a block of flats, compartmentation mainly helps to: A) reduce heating bills B) slow the spread of fire C) improve phone signal D) lower the service charge",
    "The structural member that carries floor loads across to columns is the: A) beam B) joist hanger C) damp-proof course D) soffit",
    "Which lock uses a rotating cylinder with spring-loaded pins of different lengths? A) Mortice lever lock B) Pin tumbler lock C) Magnetic lock D) Combination padlock",
    "A 125-year lease had 80 years left in 2020. In which year will it expire? A) 2080 B) 2100 C) 2105 D) 2145",
    "Which mould is commonly called 'black mould' in damp homes? A) Stachybotrys chartarum B) Escherichia coli C) Plasmodium falciparum D) Lactobacillus casei",
    "In contract law, a reply that accepts an offer but changes its terms is a: A) binding contract B) counter-offer C) deed D) tort",
    "What does RFID, used in many key fobs, stand for? A) Radio Frequency Identification B) Remote Fixed Input Device C) Rapid Field Integration Data D) Registered Fob Identity",
    "Residents assuming someone else will report a broken light in a shared hallway is an example of: A) diffusion of responsibility B) gentrification C) social mobility D) urban sprawl",
    "Water flows at 2 m/s through a pipe. If the pipe's diameter doubles and the flow rate stays the same, the speed becomes: A) 4 m/s B) 1 m/s C) 0.5 m/s D) 2 m/s",
    "Which regulations require landlords in England to have gas appliances checked every year? A) Gas Safety (Installation and Use) Regulations 1998 B) Housing Act 1988 C) Data Protection Act 2018 D) Party Wall etc. Act 1996",
    "The Party Wall etc. Act 1996 mainly concerns: A) noise at night B) work on shared walls and boundaries C) parking spaces D) refuse collection",
    "Residents who stop noticing a persistent smell in their building show: A) habituation B) priming C) anchoring D) projection",
    "If 12 of 48 flats report noise problems, what proportion is that? A) 0.20 B) 0.25 C) 0.30 D) 0.40",
    "Which of these is a passive fire protection measure? A) Sprinklers B) Fire doors C) Smoke alarms D) Fire extinguishers",
    "A camera's field of view becomes wider when its focal length: A) increases B) decreases C) stays the same D) is doubled",
    "Which philosopher wrote 'Leviathan', arguing for a social contract to avoid conflict? A) John Locke B) Thomas Hobbes C) Jean-Jacques Rousseau D) David Hume",
    "Condensation forms on a window when the glass is colder than the air's: A) boiling point B) dew point C) melting point D) flash point",
    "Money a building sets aside each year for future major works is usually called a: A) sinking fund B) petty cash float C) accrual D) overdraft",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Can living in a flat with black mould cause asthma symptoms, and what should I do about it?",
    "Is it safe to stay in my flat while the communal hallway is being painted if I'm pregnant?",
    "What are the early signs of carbon monoxide poisoning, and how would I know if the boiler is the cause?",
    "Constant noise from the flat upstairs is keeping me awake. What are healthy ways to cope with broken sleep?",
    "How can I lift heavy parcels safely after a back injury?",
    "Can dust from building works next door irritate my eyes, and when should I see a doctor?",
    "What's the safest way to clean up after a sewage leak in a bathroom without getting ill?",
    "I get dizzy climbing the stairs when the lift is broken. Is that something to worry about?",
    "Are pigeon droppings on a balcony a health risk?",
    "How should I treat a minor burn from touching a hot radiator in a shared hallway?",
    "Can the stress of a long neighbour dispute raise blood pressure?",
    "What should an elderly person do if they fall in a communal corridor and can't get up?",
    "Is it harmful to breathe in cannabis smoke that drifts through the vents from another flat?",
    "How long should I run the taps after the building's water supply has been off for repairs?",
    "Can a damp bedroom make a baby's eczema worse?",
    "What are the symptoms of Legionnaires' disease, and can it spread through a building's water tanks?",
    "Is it safe to use a bleach spray on mould if I have COPD?",
    "How can I reduce my anxiety about getting stuck in a lift?",
    "What is a healthy indoor humidity level for a small flat?",
    "Can bed bugs travel between flats through the walls, and how do their bites differ from mosquito bites?",
    "Which vaccinations should a building cleaner consider if they handle rubbish bags every day?",
    "How do I know whether a cut from a rusty bin-store latch needs a tetanus jab?",
    "Is it bad for my ears to sleep with earplugs every night because of noisy neighbours?",
    "What first aid should a concierge give to someone having a seizure in the lobby?",
    "Can rats in a bin store spread disease to residents, and what symptoms should we look out for?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "401 228 7354": nhs_ok,
    "3916 2048 5739": my_number_ok,  # Japanese My Number
    "6183 2940 5713": aadhaar_ok,  # Indian Aadhaar
    "182937458": bsn_ok,  # Dutch BSN
    "305741627": bsn_ok,
    "79021403589": pesel_ok,  # Polish PESEL
    "614.293.057-70": cpf_ok,  # Brazilian CPF
    "41820735932": kimlik_ok,  # Turkish kimlik
    "73914205W": dni_ok,  # Spanish DNI
    "Y4710382L": dni_ok,  # Spanish NIE
    "220791-318K": hetu_ok,  # Finnish henkilötunnus
    "SPSCML74C41F839S": codice_fiscale_ok,  # Italian codice fiscale
    "CNTMRC88T12L219J": codice_fiscale_ok,
    "310104198706243515": china_id_ok,  # Chinese resident identity number
    "S7841236D": nric_ok,  # Singapore NRIC
    "T0392817E": nric_ok,
    "G5720184W": nric_ok,  # Singapore FIN
    "850423-1293849": rrn_ok,  # Korean resident registration number
    "714 820 592": tfn_ok,  # Australian tax file number
    "392 601 843": tfn_ok,
    "2953 71047 1": medicare_ok,  # Australian Medicare card
    "4830172T": pps_ok,  # Irish PPS number
    "7261905EA": pps_ok,
    "2 84 07 75 118 042 86": nir_ok,  # French NIR
    "83.02.14-271.96": belgian_id_ok,  # Belgian national number
    "110683 48295": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238491579": nif_ok,  # Portuguese NIF
    "2860923401751": cnp_ok,  # Romanian CNP
    "17.482.903-9": rut_ok,  # Chilean RUT
    "48803170222": isikukood_ok,  # Estonian isikukood
    "120385-2919": kennitala_ok,  # Icelandic kennitala
    "905412/3705": rodne_cislo_ok,  # Czech rodné číslo
    "3184529065": rnokpp_ok,  # Ukrainian RNOKPP
    "57392018465": steuer_id_ok,  # German tax id
    "ZKT4171": nhi_ok,  # New Zealand NHI
    "791103-2485": luhn_len(10),  # Swedish personnummer
    "462 091 737": luhn_len(9),  # Canadian SIN
    "304172950": luhn_len(9),  # Israeli teudat zehut
    "12078503914": luhn_len(11),  # Greek AMKA
    "8609145123089": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK fiction range
        r"01\d1 496 0\d{3}",  # UK city drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|32|34|41|47|48|52|65|86|90|91|234|254|353|420|971) [\d -]+\d",  # no fiction range known
    )
]


def _types(text: str) -> list[str]:
    return [s["type"] for s in marked_spans(text)]


def check_mix() -> None:
    """The chat requests name people, carry secrets and hold every entity type; each record
    names exactly one person beside 1 to 4 other values, and 35 to 45 records carry a
    national id with a valid check digit."""
    named = sum("PERSON" in _types(t) for t in CHAT)
    secret = sum("PASSWORD" in _types(t) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {k for t in CHAT for k in _types(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for t in RECORDS:
        spans = marked_spans(t)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: {len(people)} people, {len(others)} values in {t[:60]!r}")
    with_id = sum(
        any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in marked_spans(t))
        for t in RECORDS
    )
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")


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
    check_national_ids(RECORDS, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind141", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
