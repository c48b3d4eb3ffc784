# ruff: noqa: E501
"""A hundred-and-eighteenth blind privacy set: 220 texts with personal data and 100 clean
ones, on home and housing: landlords and tenants, letting agents, builders, plumbers and
electricians, removals, neighbours and residents' associations, deliveries, smart-home and
alarm codes and utility accounts.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) sent to a general assistant through a company gateway:
  drafting texts, notices, replies and letters to landlords, agents, tradespeople and
  neighbours; summarising pasted minutes, logs and e-mails; translating; fixing wording;
  planning moves; splitting rent and bills; asking whether a message is a scam. The first
  30 are typed all in lower case (names, e-mails, codes and addresses too, with shorthand
  and typos); the next 6 are in Spanish, German, French, Portuguese, Polish and Japanese;
  the other 84 in ordinary English. Names of many origins, some in Greek, Cyrillic, Chinese,
  Korean, Arabic and Japanese script; first names alone, surnames after titles, full names,
  nicknames and names that are ordinary words, many named in passing with no cue word;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose, profile lines, pipe and CSV rows, JSON objects, log lines, register
  entries and short letters, each with a name and one to four other values; 42 of them
  carry a national id with valid check digits.

Usernames, handles, logins, share codes, tenant, customer, member, patient, account and
utility account numbers, passports and national ids are ID_NUMBER; PINs, door, gate, key
safe, locker and alarm codes, wifi keys, passwords and passphrases are PASSWORD; titles (Mr,
Mrs, Ms, Dr, Herr, Frau, M., Pan) and relation words stay outside PERSON spans; an address
span runs from the first street line (flat number included) through the postcode and city
as typed; public figures, fictional characters, companies, order, job, tracking and invoice
numbers, postcodes alone and dates of birth are not labelled; every occurrence of a private
value is marked. The 100 clean texts hold no personal data at all: 25 MT-Bench and
Vicuna-style prompts (some naming historical or fictional people), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D and 25 health
questions naming no one, most of them about homes and housing.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each country's own
layout elsewhere (Spain, Poland, Japan, Korea, China, Brazil, India, the Netherlands,
Ireland, Italy, Portugal, Mexico, Nigeria, Romania, Austria, Greece, Turkey, Ukraine); cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97, of their country's length and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Finnish henkilötunnus,
Chinese resident id, Singapore NRIC and FIN, Korean resident registration number,
Australian TFN and Medicare, Japanese My Number, French NIR, Belgian national number,
Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, Indian Aadhaar,
Canadian SIN, Swedish personnummer, South African id, Israeli teudat zehut, Turkish kimlik,
Spanish DNI and NIE, Italian codice fiscale, Irish PPS number, New Zealand NHI).

Run ``.venv/bin/python bench/data/build_blind118.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Herr|Frau|M|Mme|Pan|Pani|Sr|Sra|Señor|Señora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # --- all lower case ---
    "can u help me write a text to my landlord [[PERSON|gary]] saying the boiler's been out since sunday again. his number is [[PHONE_NUMBER|07700900418]] if that matters, keep it polite but firm",
    "summarise this for me: tenant [[PERSON|priya natarajan]] at [[STREET_ADDRESS|flat 4, 27 wexford road, manchester m14 6ht]] reported damp in the back bedroom, inspection booked tues, contact [[EMAIL_ADDRESS|priya.nat88@gmail.com]]",
    "the new code for the side gate is [[PASSWORD|4417#]], how do i tell the cleaner [[PERSON|marisol]] without putting it in the group chat",
    "my neighbour [[PERSON|dave okonkwo]] keeps parking across our drive. draft a friendly note i can put through his door at [[STREET_ADDRESS|9 larch close, swindon sn2 7pq]]",
    "is this a scam?? got a text saying my northlight energy acct [[ID_NUMBER|850 312 7746]] is overdue and to pay at a bit.ly link. never gave anyone my acct no",
    "translate to polish for our builder [[PERSON|tomasz]]: the skip comes thursday, key safe code is [[PASSWORD|2906]], pls lock up after",
    "split this between the 4 of us: rent 2140, council tax 186, broadband 32. me, [[PERSON|jas]], [[PERSON|femi]] and [[PERSON|robbo]]. everyone pays into [[IBAN_CODE|gb59loyd30962718406257]] by the 1st",
    "pls reword: hi mrs [[PERSON|abernethy]], its [[PERSON|kwame]] from flat 2, the leak from your bathroom is coming thru our ceiling again, can u call me on [[PHONE_NUMBER|07700 900562]]",
    "alarm company rang and wants me to confirm my account password over the phone, its [[PASSWORD|hedgehog-lantern-77]]. is that normal or dodgy",
    "write a handover note for the removals lads: pickup [[STREET_ADDRESS|22 cairns st, glasgow g31 2lb]], drop at [[STREET_ADDRESS|5/2 leith walk, edinburgh eh6 8rg]], ring [[PERSON|shona]] on [[PHONE_NUMBER|07700 900731]] when ur 20 min out",
    "my smart lock app login is [[ID_NUMBER|kev.the.builder]] pw [[PASSWORD|trowel2019!]] how do i add a temp code for the plumber",
    "[[PERSON|agnieszka]] upstairs gave us her wifi key [[PASSWORD|kotek2020domek]] while ours is down. how do i put it on the printer",
    "draft a reply to the letting agent [[PERSON|callum reid]] ([[EMAIL_ADDRESS|c.reid@harbourlets.co.uk]]) saying we dispute the 350 deduction for the carpet, we have photos from check in",
    "minutes from last nights residents mtg: chair [[PERSON|olu]], sec [[PERSON|bernadette kaye]], treasurer [[PERSON|hamid]]. agreed bin store fob code goes to [[PASSWORD|7390]], [[PERSON|bernadette]] to email all flats. tidy this up pls",
    "electrician [[PERSON|lee]] needs the meter cupboard code which is [[PASSWORD|1469]], should i text it or leave it in the lockbox",
    "whats a polite way to ask my nan's carer [[PERSON|joyce]] not to give the keysafe number [[PASSWORD|0852]] to delivery drivers",
    "got this: 'driver [[PERSON|mo]] attempted delivery to [[STREET_ADDRESS|31b ferndale ave, cardiff cf5 1nx]], rebook at link'. i wasnt expecting anything, scam?",
    "help me fill in the right to rent form, tenant is [[PERSON|ana-lucía ferreira]], share code [[ID_NUMBER|w7k 3pq 9xd]], email [[EMAIL_ADDRESS|analu.ferreira@outlook.com]]",
    "boiler service reminder for [[PERSON|marcus]], customer no [[ID_NUMBER|hs-4418207]], engineer visit 8-12 fri. make it a short text",
    "rent receipt pls: received from [[PERSON|yusuf demir]] 875 for march, paid into [[IBAN_CODE|gb75 midl 4037 2819 6540 31]]",
    "my sisters video doorbell acct got hacked, her username was [[ID_NUMBER|ringo_the_cat]] and email [[EMAIL_ADDRESS|elif.yavuz@proton.me]]. what should she do first",
    "plumber [[PERSON|stan]] quoted 420 to move one radiator and [[PERSON|deepak]] next door says thats a rip off. is it",
    "whatsapp to the house grp: wifi is now [[PASSWORD|greenhouse_5g_88]], bins go out weds, [[PERSON|chiara]] is away til the 14th so [[PERSON|ben]] do her recycling",
    "what does this mean from our router log: 'blocked login from [[IP_ADDRESS|203.0.113.47]] user admin' twice last night. landlord set it up, should i email him at [[EMAIL_ADDRESS|r.haldane@btinternet.com]]",
    "sort into a table: [[PERSON|ifeoma]] flat 1 [[PHONE_NUMBER|07700 900184]], [[PERSON|sven]] flat 2 [[PHONE_NUMBER|07700 900295]], [[PERSON|gloria]] flat 3 [[PHONE_NUMBER|07700 900306]]",
    "how do i reset the alarm if [[PASSWORD|5813]] doesnt work, panel says tamper. installer was [[PERSON|keith brannigan]] [[PHONE_NUMBER|020 7946 0372]]",
    "write a complaint to the council about the builders at [[STREET_ADDRESS|46 ashdown rd, reading rg1 5hl]] starting at 6am every day. im [[PERSON|hollie]] from across the road",
    "my dad [[PERSON|raj]] wants to set up direct debit for water, his water acct is [[ID_NUMBER|4028116735]], is it ok to read that out on a call",
    "make this sound less angry: [[PERSON|kasia]] u moved my parcel again, the courier photo shows it left at [[STREET_ADDRESS|flat 6, 2 mill lane, york yo1 7hb]] not urs",
    "remind me to chase [[PERSON|jonno]] for the 60 quid skip money, his phone is [[PHONE_NUMBER|07700 900647]]",
    # --- other languages ---
    "¿Puedes redactar un mensaje para el casero, [[PERSON|Rafael Montoya]]? La caldera no funciona desde el lunes. Mi número es [[PHONE_NUMBER|612 483 790]] y el piso está en [[STREET_ADDRESS|Calle del Olivo 14, 3º B, 28045 Madrid]].",
    "Bitte formuliere eine freundliche Nachricht an Frau [[PERSON|Schäfer]] von der Hausverwaltung: Der Code für die Paketbox ist [[PASSWORD|830417]], meine Mieternummer [[ID_NUMBER|HV-20931]], Wohnung [[STREET_ADDRESS|Gneisenaustraße 58, 10961 Berlin]].",
    "Traduis en anglais : « Bonjour M. [[PERSON|Lefèvre]], l'électricien passera jeudi. Le digicode de l'immeuble est [[PASSWORD|B4729]]. Appelez [[PERSON|Nadia]] au [[PHONE_NUMBER|06 39 98 41 27]] en cas de souci. »",
    "Pode resumir? O inquilino [[PERSON|João Batista Moreira]] pagou o aluguel de abril com atraso. CPF [[ID_NUMBER|286.931.475-28]], e-mail [[EMAIL_ADDRESS|jb.moreira@uol.com.br]], telefone [[PHONE_NUMBER|(11) 98374-2615]].",
    "Napisz krótką wiadomość do pana [[PERSON|Wiśniewskiego]]: hydraulik przyjdzie we wtorek, kod do domofonu to [[PASSWORD|2719]], a mój telefon [[PHONE_NUMBER|+48 512 384 907]].",
    "管理会社の [[PERSON|佐藤]] さんへのメールを丁寧に書き直してください。部屋は [[STREET_ADDRESS|東京都世田谷区太子堂2-14-7 メゾン三軒茶屋302]] 、電話は [[PHONE_NUMBER|090-4827-3615]] です。",
    # --- ordinary English ---
    "Can you draft a short, firm email to my letting agent, [[PERSON|Harriet Osei]], asking when the deposit will be returned? We moved out of [[STREET_ADDRESS|Flat 3, 118 Cowley Road, Oxford OX4 1JE]] six weeks ago.",
    "Is this genuine? 'Your tenancy deposit is frozen. Confirm your identity by replying with your card [[CREDIT_CARD|4539 1728 4061 3755]].' I already replied with it before I thought twice. What now?",
    "Please translate into Greek for my landlady, [[PERSON|Ζωή Παπαδοπούλου]]: the fridge stopped working and the repair man [[PERSON|Nikos]] can come on Friday.",
    "Summarise this email thread in three bullet points: [[PERSON|Conor]] says the gutter quote was £680, [[PERSON|Wendell Price]] from the freeholder says it's too high, and [[PERSON|Mei]] wants a second quote before the next meeting.",
    "Write a notice for the lobby: parcels for Flat 9 should be left with [[PERSON|Bashir]] at Flat 8 until further notice. Do not leave them by the bins.",
    "My electrician wants the deposit paid to [[IBAN_CODE|GB87 BARC 2065 8173 9254 60]] in the name of [[PERSON|R. Pettigrew]]. The invoice came from a Gmail address. Red flag?",
    "Fix the wording: 'Dear Mr [[PERSON|Vantongeren]], we was unable to access the property at [[STREET_ADDRESS|7 Quarry Bank, Sheffield S10 2UP]] because nobody answered.'",
    "Help me plan the move. Van booked for 8am, [[PERSON|Grace]] has the keys to the new place, the old landlord [[PERSON|Desmond Achterberg]] wants the keys back by 5pm. What order should we do things in?",
    "Our smart thermostat logs show 'API login ok, token [[API_KEY|hv_tok_9QmX27LpRt4ZsW81NcYe6DbK]] from [[IP_ADDRESS|198.51.100.23]]' at 3am. None of us were up. Should I revoke it?",
    "Write a text to [[PERSON|Tobias]] the plumber: the stopcock is under the kitchen sink, the back door code is [[PASSWORD|3381]] and the dog is friendly.",
    "Can you check my maths? [[PERSON|Ines]] paid £94 for the cleaner, [[PERSON|Rory]] paid £40 for bulbs and I paid £210 for the carpet clean. How much does each person owe for a three-way split?",
    "My landlord asked for my SSN on a rental application. It's [[US_SSN|412-63-5871]]. I've already sent it in a text to his number [[PHONE_NUMBER|(312) 555-0147]]. Was that risky?",
    "Please draft a polite complaint to the neighbour at [[STREET_ADDRESS|15 Birchwood Drive, Leicester LE3 8TR]] about their alarm going off for hours while they're away.",
    "Turn this into a proper letter: to [[PERSON|Anjali Mehra]], your rent has gone up by £45 from June, any questions call [[PHONE_NUMBER|020 7946 0518]]. From Lanyard Homes.",
    "The removals firm wants a card deposit over email. I sent [[CREDIT_CARD|5182 7304 9163 8251]] to [[EMAIL_ADDRESS|bookings@swiftmovers-uk.com]] but now I can't find them on Companies House. Help?",
    "Our new tenant is [[PERSON|Sebastián Quiroga]]. Could you write a welcome message with the bin days, the Wi-Fi password [[PASSWORD|Magnolia!Court23]] and my number [[PHONE_NUMBER|07700 900825]]?",
    "Summarise these builder's notes: 'Day 3. [[PERSON|Dmitri]] finished the stud wall. [[PERSON|Precious]] off sick. Client Mrs [[PERSON|Halvorsen]] asked for extra socket in hall, charged separately.'",
    "What does 'failed auth for user [[ID_NUMBER|flat12_hub]] from [[IP_ADDRESS|192.0.2.118]]' mean in my smart hub's log? It happened 40 times on Sunday.",
    "Rewrite this as a calm reminder: [[PERSON|Duncan]], the service charge of £312 is now two months late.",
    "Draft a message to the building WhatsApp: the concierge [[PERSON|Abdirahman]] is on leave, so the locker code for parcels is [[PASSWORD|664210]] until Monday.",
    "I'm a landlord. My tenant [[PERSON|Lucy Ferraro]] says the shower has no pressure. Can you write a message telling her that [[PERSON|Vikram]] from Aquafix will call her on [[PHONE_NUMBER|07700 900903]]?",
    "Is it normal for a letting agent to ask for my passport number [[ID_NUMBER|548217903]] and my bank login? The agent is [[PERSON|Kelsey Marr]], [[EMAIL_ADDRESS|kelsey@primelet-homes.net]].",
    "Translate into Russian for our cleaner [[PERSON|Людмила]]: please don't open the windows in the back room, the builders sealed them yesterday.",
    "Help me word a note for the new neighbours at [[STREET_ADDRESS|2 Orchard Mews, Bath BA2 4QQ]] inviting them to the street party. Sign it from [[PERSON|Pat]] and [[PERSON|Simone]] at number 4.",
    "Split the utility bills for the quarter: gas £231, electricity £298, water £96. [[PERSON|Ahmed]] was away for a month so should pay a third less. Me, [[PERSON|Lily]], [[PERSON|Ahmed]] and [[PERSON|Noor]].",
    "My partner set the burglar alarm code to [[PASSWORD|19730]] and I keep forgetting it. Is there a safe way to remember it without writing it down?",
    "Could you turn these notes into minutes? 'Residents' association, 12 people. [[PERSON|Samira Haddad]] chaired. [[PERSON|Gerald Finch]] raised the broken entry phone. Vote on new cleaner: 9 for.'",
    "Write a short reply to [[PERSON|Hunter]] from the lettings team: yes, Tuesday at 10 works for the inventory at [[STREET_ADDRESS|Apartment 12, 40 Dock Street, Leeds LS10 1JF]].",
    "A builder named [[PERSON|Frank Delacroix-Bain]] wants £2,000 cash up front for a loft ladder. His number is [[PHONE_NUMBER|07700 900117]]. Does that sound right?",
    "Tidy this up for an email: 'hi [[PERSON|Ruairí]] our account no is [[ID_NUMBER|FW-00728145]] the meter reading you have is wrong, we've taken a photo'",
    "Please help me understand this: 'Access granted, door 2, credential [[PASSWORD|8842]], user [[PERSON|Oyelaran]]' keeps appearing at 2am in our building's entry log.",
    "My landlord [[PERSON|李明]] sent me this in Chinese and I need the English: the gas safety check is on Monday. Can you also help me reply in Chinese that I'll be home?",
    "I sublet my room to [[PERSON|Bartek]] for the summer. Draft an agreement covering rent of £600 a month, paid to my account [[IBAN_CODE|GB17 NWBK 5021 7348 9106 22]].",
    "The alarm company emailed: 'Engineer [[PERSON|Stuart Lomax]] will attend. Please have your customer number [[ID_NUMBER|AL-66193027]] ready.' Can you add that to a checklist for the visit?",
    "What should I say to the tenant downstairs, [[PERSON|Olamide]], whose music goes until 2am? I want to stay friendly because we share a garden.",
    "Help me write a message to [[PERSON|Faith]] and [[PERSON|Rowan]] saying the deposit protection certificate for [[STREET_ADDRESS|88 Station Road, Crewe CW1 2DB]] is attached.",
    "Write a scam warning for our residents' newsletter. A man calling himself [[PERSON|Gavin]] has been knocking on doors asking for the bike store code. Do not give it out.",
    "Is it safe to send my Social Security number [[US_SSN|527-18-4096]] to a property manager by email? She's [[PERSON|Dolores Whitaker]] at [[EMAIL_ADDRESS|dwhitaker@maplecrestpm.com]].",
    "Can you make this notice clearer? 'Water off Wed 9-1 for riser work. Contact caretaker [[PERSON|Ewan]] [[PHONE_NUMBER|07700 900428]] with questions.'",
    "We need a plan for the kitchen refit. [[PERSON|Hugo]] does electrics, [[PERSON|Bea]] the tiling, and the plumber [[PERSON|Stanislav]] can only come on weekends.",
    "Please summarise: 'Complaint from [[PERSON|Clement Adebayo]], [[STREET_ADDRESS|Flat 14, Carrow House, 3 King Street, Norwich NR1 1PD]]. Mould in bathroom since Nov. Reported twice. No reply from agent.'",
    "Rewrite more formally: 'Oi [[PERSON|Gaz]], the skip's blocking my drive, move it or I'm ringing the council.'",
    "Our smart plug's cloud key leaked in a screenshot: [[API_KEY|spk_a83Jd92LmQx7Tz0VbN4rWc1Y]]. How do I rotate it?",
    "Draft a message to the landlord's agent, [[PERSON|Mariam Al-Sayegh]], asking for the boiler's service history. My tenant ID is [[ID_NUMBER|T-509318]].",
    "Someone left a note saying 'Ring [[PERSON|Barry]] on [[PHONE_NUMBER|07700 900254]] about your roof, loose tiles, cheap fix'. Our roof is fine. Is this a known scam?",
    "Write a polite email to Ms [[PERSON|Kowalczyk]] at the council asking about the HMO licence for [[STREET_ADDRESS|63 Victoria Park Road, Birmingham B12 9BB]].",
    "Can you help me figure out what to tip the movers? There were three: [[PERSON|Jamal]], [[PERSON|Sunny]] and [[PERSON|Pieter]]. It took six hours.",
    "Translate into Korean for the landlord [[PERSON|김지훈]]: the washing machine is leaking and I have turned the water off. My phone is [[PHONE_NUMBER|010-3847-2916]].",
    "Please draft a text for [[PERSON|Maeve]]: the gate code changes tomorrow to [[PASSWORD|C2580X]], please don't share it with the delivery apps.",
    "Summarise this smart-lock event list: 'unlock by [[PERSON|Ravi]] 07:58, unlock by code [[PASSWORD|4092]] 11:14, lock by app 11:20, failed code 3x 23:41'.",
    "Fix my grammar: 'I am writing on behalf of my mother, [[PERSON|Esperanza Villalobos]], who live at [[STREET_ADDRESS|221 Alder Street, Apt 4C, Portland, OR 97205]] and need help with her heating bill.'",
    "My neighbour [[PERSON|Winston]] asked me to water plants while he's away and gave me his alarm PIN [[PASSWORD|3106]]. How should I store it?",
    "Write a message to the estate agent [[PERSON|Giles Pemberton-Hart]] offering £10k under asking on the flat. Keep it short.",
    "Can you work out a fair rent split by room size? Big room ([[PERSON|Kofi]]) 16 m², middle ([[PERSON|Hana]]) 12 m², small (me) 9 m². Total rent £1,950.",
    "Our home Wi-Fi admin page shows a device 'unknown' at [[IP_ADDRESS|192.0.2.77]] and the admin password is still [[PASSWORD|Ravenswood_1999]]. What should I change first?",
    "Please write a letter to Dr [[PERSON|Nwachukwu]] confirming that he may store his bike in the shared hallway until his shed is built.",
    "The electrician's invoice says to pay [[PERSON|Ciarán Doyle]] at [[IBAN_CODE|IE82 BOFI 9000 1726 3849 51]]. Can you draft a remittance note?",
    "Is this letting ad a scam? 'Lovely 2-bed, £700 pcm, owner abroad, send deposit by bank transfer, contact [[EMAIL_ADDRESS|landlord.martin.ward@mail-direct.org]]'",
    "Write a WhatsApp for the street group: [[PERSON|Dorothea]] at number 17 has lost a ginger cat called Biscuit. Her number is [[PHONE_NUMBER|07700 900390]].",
    "Help me reply to [[PERSON|Ángel]]: yes, we still want the wardrobe you're leaving, and we can collect it from [[STREET_ADDRESS|Piso 2, Avenida de la Constitución 31, 41001 Sevilla]] on Saturday.",
    "Can you check this message before I send it to my landlord [[PERSON|Brendan]]? 'The damp is back and the mould is on the baby's cot. I need this fixed this week.'",
    "Draft a reply to the broadband company asking them to move my service. Account number [[ID_NUMBER|BB7730418862]], new address [[STREET_ADDRESS|19 Gorse Lane, Truro TR1 3HX]].",
    "Is this normal? A locksmith called [[PERSON|Marek]] quoted £85 on the phone then charged £390 on the night. I paid with [[CREDIT_CARD|4716 0392 8415 7604]].",
    "Please make a checklist for moving out: meter readings, photos, keys back to [[PERSON|Ophelia]] at the agency, forwarding address for post.",
    "Can you write an Arabic message to our neighbour [[PERSON|محمد]] thanking him for taking in our parcels last week?",
    "Summarise this complaint e-mail: from [[EMAIL_ADDRESS|jpelletier@maisonweb.ca]], [[PERSON|Jacques Pelletier]] says the contractor [[PERSON|Arnav]] left the site unsafe at [[STREET_ADDRESS|1245 rue Beaubien Est, Montréal, QC H2S 1T2]].",
    "Write a text to my tenant [[PERSON|Rose]] that the window fitter is coming on Thursday. She can reach him on [[PHONE_NUMBER|(416) 555-0173]].",
    "My Australian landlord [[PERSON|Bronwyn Tate]] wants rent to [[PHONE_NUMBER|0491 570 226]] via PayID. Is that a normal way to pay rent over there?",
    "Help me understand this bill. It says account holder [[PERSON|Sanjay Pillai]], customer reference [[ID_NUMBER|CR-88301574]], estimated reading. Should I ask for a real reading?",
    "Write an invitation to the residents' AGM. Agenda: service charge, the new lift, and [[PERSON|Harold]]'s motion on the garden. RSVP to [[EMAIL_ADDRESS|secretary.elmcourt.ra@gmail.com]].",
    "Is it OK to give the builder, [[PERSON|Eamon]], my garage door opener code [[PASSWORD|770215]] for the week, or should I get a temporary one?",
    "Draft a message to [[PERSON|Marguerite]] asking her to move her recycling bins off the shared path before the bin lorry comes.",
    "What's a fair way to split the £1,200 roof repair between the three flats? Top flat is [[PERSON|Imogen]], middle [[PERSON|Kasper]], ground floor is mine.",
    "Translate into German for the Berlin agent: 'Please send the contract to [[EMAIL_ADDRESS|lena.hoffmann.mail@posteo.de]] and call [[PHONE_NUMBER|030 23125 684]] with any questions.' The agent is Herr [[PERSON|Brandt]].",
    "My smart speaker showed '[[PERSON|Chidi]], your door was left unlocked' when nobody by that name lives here. Previous tenant? How do I clear the old accounts?",
    "Please shorten this: 'Hi all, [[PERSON|Lorcan]] here from number 23. The water company is digging up the road on Monday, they said to call [[PHONE_NUMBER|020 7946 0849]] if your supply drops.'",
    "My French landlord [[PERSON|Sylvie Marchand]] wants a RIB. Is giving [[IBAN_CODE|FR06 3000 4028 3717 2849 5063 182]] enough, or do I need anything else?",
    "Write a message to my flatmate [[PERSON|Dev]] saying I've paid the gas and he owes me £43.50, he can send it to my number [[PHONE_NUMBER|07700 900976]] on the banking app.",
    "Check this letter to the freeholder: 'Re: [[STREET_ADDRESS|Flat 5, Lindley Court, 12 Park Row, Bristol BS1 5LJ]]. We have not received the section 20 notice for the cladding works.'",
    "Can you summarise the building manager's message? '[[PERSON|Tanvir]] will replace the intercom. Temporary door code [[PASSWORD|9D4417]] from Monday, old fobs still work.'",
    "My mother-in-law [[PERSON|Gulnara]] needs to read her gas meter. Write simple steps in plain English that I can print and stick by the cupboard.",
    "Draft an email to [[PERSON|Wojciech]] from the removals firm asking if they can disassemble the bunk beds. Our booking is for the 22nd and the loading bay code is [[PASSWORD|LB-2207]].",
    "We had a leak and the insurer asked for my policy number and bank details. I sent [[ID_NUMBER|HHP-4470129-03]] and [[IBAN_CODE|GB89 LOYD 3096 1457 2283 04]]. Was that fine?",
    "Please write a goodbye card message for our caretaker [[PERSON|Ignatius]], who is retiring after 19 years in the block.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "Tenant [[PERSON|Aisling Moran]] (PPS [[ID_NUMBER|4827163B]]) signed the lease for [[STREET_ADDRESS|Apt 7, 14 Harcourt Street, Dublin 2, D02 YK58]].",
    "name: [[PERSON|Hendrik de Wit]] | BSN: [[ID_NUMBER|318492076]] | tel: [[PHONE_NUMBER|06 4827 3915]]",
    '{"tenant": "[[PERSON|Marta Zielińska]]", "pesel": "[[ID_NUMBER|88071403562]]", "email": "[[EMAIL_ADDRESS|m.zielinska@wp.pl]]"}',
    "[[PERSON|Lucas Almeida Prado]], CPF [[ID_NUMBER|517.284.903-32]], rents the unit at [[STREET_ADDRESS|Rua Augusta 1508, apto 62, São Paulo - SP, 01304-001]].",
    "Resident register, block C: [[PERSON|Veikko Lahtinen]], henkilötunnus [[ID_NUMBER|140385-417U]], moved in 03/2021.",
    "业主 [[PERSON|王丽华]]，身份证号 [[ID_NUMBER|110108198706143520]]，电话 [[PHONE_NUMBER|138 1047 2956]]。",
    "Owner: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7821364G]], unit [[STREET_ADDRESS|#12-04, 38 Tampines Street 86, Singapore 528580]].",
    "임차인 [[PERSON|박서연]] 주민등록번호 [[ID_NUMBER|880512-1763426]] 연락처 [[PHONE_NUMBER|010-5283-7419]]",
    "[[PERSON|Callum Fraser]], TFN [[ID_NUMBER|427 319 582]], bond lodged for [[STREET_ADDRESS|5/21 Beach Road, Bondi NSW 2026]].",
    "Medicare card for [[PERSON|Shanelle Watts]]: [[ID_NUMBER|3791 42680 1]]. Contact [[PHONE_NUMBER|0491 570 318]].",
    "入居者: [[PERSON|中村 健太]] / マイナンバー [[ID_NUMBER|6284 5173 9025]] / [[EMAIL_ADDRESS|k.nakamura@example-mail.jp]]",
    "Locataire : [[PERSON|Élodie Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 91 03 69 387 052 06]], [[STREET_ADDRESS|12 rue des Tanneurs, 69001 Lyon]].",
    "Huurder [[PERSON|Sander Visser]] met BSN [[ID_NUMBER|527609134]] woont op [[STREET_ADDRESS|Oudegracht 214-bis, 3511 NV Utrecht]].",
    "Rijksregisternummer [[ID_NUMBER|79.06.14-283.28]] belongs to [[PERSON|Pieter Claes]], landlord of the Ghent flat.",
    "Leietaker: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|14078843633]], e-post [[EMAIL_ADDRESS|ingrid.solberg@online.no]]",
    "Inquilino [[PERSON|Rui Carvalho]] | NIF [[ID_NUMBER|258167432]] | [[STREET_ADDRESS|Rua de Cedofeita 412, 4050-174 Porto]]",
    "Chiriaș: [[PERSON|Andrei Popescu]], CNP [[ID_NUMBER|1850923407189]], telefon [[PHONE_NUMBER|+40 721 384 906]]",
    "Arrendatario [[PERSON|Camila Fuentes]], RUT [[ID_NUMBER|17.482.935-7]], correo [[EMAIL_ADDRESS|camila.fuentes@vtr.cl]].",
    "Üürnik [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|38706154273]], aadress [[STREET_ADDRESS|Tartu mnt 42-15, 10115 Tallinn]].",
    "Leigjandi: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|211089-3189]].",
    "Nájemce [[PERSON|Tomáš Novák]], rodné číslo [[ID_NUMBER|885307/3108]], byt [[STREET_ADDRESS|Vinohradská 1843/52, 130 00 Praha 3]].",
    "Орендар [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3148275905]], тел. [[PHONE_NUMBER|+380 67 418 2953]]",
    "Mieter: [[PERSON|Jonas Weber]]; Steuer-ID [[ID_NUMBER|47 138 629 059]]; Anschrift [[STREET_ADDRESS|Lindenallee 9, 50968 Köln]].",
    "Tenant [[PERSON|Kavya Reddy]], Aadhaar [[ID_NUMBER|5382 9174 0627]], flat [[STREET_ADDRESS|B-304, Prestige Lakeside, Whitefield, Bengaluru 560066]].",
    "[[PERSON|Liam Tremblay]] listed SIN [[ID_NUMBER|046 281 739]] and phone [[PHONE_NUMBER|(604) 555-0129]] on his rental application.",
    "Hyresgäst [[PERSON|Elsa Lindqvist]], personnummer [[ID_NUMBER|890421-3181]], [[EMAIL_ADDRESS|elsa.lindqvist@telia.se]]",
    "Tenant [[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|9208175143080]], of [[STREET_ADDRESS|17 Jacaranda Avenue, Parkhurst, Johannesburg 2193]].",
    "Tenant [[PERSON|Noa Ben-David]], teudat zehut [[ID_NUMBER|314728601]], requested a parking permit.",
    "Kiracı [[PERSON|Emre Yıldız]], T.C. kimlik no [[ID_NUMBER|39481726000]], telefon [[PHONE_NUMBER|+90 532 418 27 96]].",
    "Inquilina: [[PERSON|Lucía Herrero Blanco]], DNI [[ID_NUMBER|47203915A]], [[STREET_ADDRESS|Carrer de Sants 88, 2n 1a, 08014 Barcelona]].",
    "Conduttore [[PERSON|Mario Rossi]], codice fiscale [[ID_NUMBER|RSSMRA81D14F205O]], [[EMAIL_ADDRESS|mario.rossi81@libero.it]].",
    "Patient [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4180]], home visit at [[STREET_ADDRESS|23 Kowhai Street, Rotorua 3010]].",
    "Resident [[PERSON|Moira Gallacher]], NHS number [[ID_NUMBER|943 672 1854]], needs a ground-floor flat on medical grounds.",
    "Housing register: [[PERSON|Tariq Mahmood]] | tenant no. [[ID_NUMBER|HR-558102]] | [[PHONE_NUMBER|07700 900163]] | band B",
    "[[PERSON|Zuzanna Kowal]], tel. [[PHONE_NUMBER|+48 508 317 642]], zameldowana pod adresem [[STREET_ADDRESS|ul. Długa 17/4, 80-831 Gdańsk]].",
    "Tenant file: [[PERSON|Chen Jiahao]], ID [[ID_NUMBER|510107199203094811]], deposit paid by card [[CREDIT_CARD|4929 8315 0472 6181]].",
    "FIN [[ID_NUMBER|F2918374X]] holder [[PERSON|Rahul Menon]] rents a room at [[STREET_ADDRESS|Blk 204 Bishan Street 23, #05-118, Singapore 570204]].",
    "Applicant [[PERSON|Min-ji Choi]], user ID [[ID_NUMBER|minji_home82]], e-mail [[EMAIL_ADDRESS|minji.choi@naver.com]]",
    "[[PERSON|鈴木 由美]]様 個人番号 [[ID_NUMBER|4193 7265 0185]] 電話 [[PHONE_NUMBER|06-4417-2839]]",
    "Dossier locataire : [[PERSON|Karim Benali]], NIR [[ID_NUMBER|1 84 07 75 116 214 24]], portable [[PHONE_NUMBER|06 39 98 52 61]].",
    "Tenant [[PERSON|Alessandro Bianco]] pays rent from [[IBAN_CODE|IT67 X030 6909 6061 0000 0387 142]].",
    "Landlord [[PERSON|Gwendolyn Hayes]], SSN [[US_SSN|238-74-1650]], 1099 sent to [[STREET_ADDRESS|4410 Magnolia Lane, Savannah, GA 31405]].",
    "[[PERSON|Marcus Bell]] | [[EMAIL_ADDRESS|marcus.bell77@yahoo.com]] | [[PHONE_NUMBER|(713) 555-0188]] | unit 2B",
    "Contractor [[PERSON|Óscar Ibáñez]], NIE [[ID_NUMBER|Y5183027Z]], paid to [[IBAN_CODE|ES90 2038 5778 9130 0062 7154]].",
    "Dear [[PERSON|Fiona]], your new fob is active. Your resident login is [[ID_NUMBER|fiona.k.flat21]] and your temporary password is [[PASSWORD|Tulip#8812]].",
    "[[PERSON|Bogdan Ionescu]], telefon [[PHONE_NUMBER|+40 745 209 318]], e-mail [[EMAIL_ADDRESS|bogdan.ionescu@yahoo.ro]]",
    "Electrician [[PERSON|Declan Ruane]], [[PHONE_NUMBER|+353 87 418 2937]], [[EMAIL_ADDRESS|declan@ruane-electrical.ie]]",
    "Meter access: [[PERSON|Hilda Okonjo]], customer number [[ID_NUMBER|UW-551820437]], cupboard code [[PASSWORD|0317]].",
    "2024-03-11 21:04:17 hub=front_door user=[[ID_NUMBER|j.adeyemi]] ip=[[IP_ADDRESS|203.0.113.62]] result=unlock name=[[PERSON|Jide Adeyemi]]",
    "Mr [[PERSON|Percival Osgood]] of [[STREET_ADDRESS|Rose Cottage, 3 Church Lane, Little Wittenham, Abingdon OX14 4RA]] requested a gas safety certificate.",
    "[[PERSON|Xiomara Castillo]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Int. 5, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]], tel. [[PHONE_NUMBER|+52 55 4827 3916]]",
    "Removals booking for [[PERSON|Gregor Anstruther]], paid with [[CREDIT_CARD|5460 3192 8475 0169]], contact [[PHONE_NUMBER|07700 900789]].",
    "Alarm account [[ID_NUMBER|SEC-2290417]] | keyholder [[PERSON|Nadine Prior]] | code word [[PASSWORD|bluebell]] | mobile [[PHONE_NUMBER|07700 900841]]",
    "Welcome to Oakfield Court, [[PERSON|Ravinder]]! Your parcel locker PIN is [[PASSWORD|582093]].",
    "[[PERSON|Kateryna Bondar]], [[STREET_ADDRESS|Flat 11, 9 Windmill Street, Brighton BN2 0GN]], [[EMAIL_ADDRESS|kbondar.uk@gmail.com]]",
    "Utility account holder [[PERSON|Ifeanyi Eze]], account [[ID_NUMBER|7731 0458 2290]], [[STREET_ADDRESS|12 Adeola Odeku Street, Victoria Island, Lagos 101241]], phone [[PHONE_NUMBER|+234 803 418 2957]].",
    "Signed: [[PERSON|Beatriz Nogueira]], tenant, [[STREET_ADDRESS|Rua das Flores 77, 3º Esq., 1200-195 Lisboa]], tel. [[PHONE_NUMBER|912 384 715]].",
    "user [[ID_NUMBER|hollowayhome]] ([[PERSON|Jasper Holloway]]) connected from [[IP_ADDRESS|198.51.100.91]] to the thermostat",
    "[[PERSON|Fatima Zahra El Idrissi]] pays her share of the bills from [[IBAN_CODE|BE95 7350 0491 8362]].",
    "Plumber: [[PERSON|Rhys Pritchard]]; tel [[PHONE_NUMBER|07700 900512]]; Gas Safe ID [[ID_NUMBER|GS-608314]]",
    "Patient [[PERSON|Doreen Blackwood]], patient no. [[ID_NUMBER|PT-3307815]], home adaptations at [[STREET_ADDRESS|27 Holly Crescent, Wakefield WF2 9LP]].",
    "Rent for [[PERSON|Ludwig Krämer]] is collected from [[IBAN_CODE|DE76 5001 0517 8426 9310 57]] on the 3rd.",
    '{"name": "[[PERSON|Aylin Şahin]]", "email": "[[EMAIL_ADDRESS|aylin.sahin@outlook.com.tr]]", "phone": "[[PHONE_NUMBER|+90 541 207 38 64]]"}',
    "[[PERSON|Ngozi Okafor]] set the Wi-Fi password to [[PASSWORD|Okra&Plantain2022]] at [[STREET_ADDRESS|44 Ladysmith Road, London N17 9AH]].",
    "Moving day contact: [[PERSON|Siobhán Keane]] [[PHONE_NUMBER|07700 900640]], [[EMAIL_ADDRESS|siobhan.keane@eircom.net]]",
    "[[PERSON|Wang Fang]] logged into the building app as [[ID_NUMBER|wangfang_1502]] from [[IP_ADDRESS|192.0.2.201]].",
    "Security deposit refund to [[PERSON|Tyrone Jackson]], SSN [[US_SSN|661-29-3047]], mailed to [[STREET_ADDRESS|903 W Grand Ave, Apt 2, Chicago, IL 60642]].",
    "tenant,unit,phone,email\n[[PERSON|Olga Petrova]],4A,[[PHONE_NUMBER|(646) 555-0164]],[[EMAIL_ADDRESS|olga.petrova@fastmail.com]]",
    "[[PERSON|Amara Nwosu]]: member number [[ID_NUMBER|HA-7741093]], housing association Greenleaf Homes.",
    "Key safe at [[STREET_ADDRESS|6 Thornfield Way, Harrogate HG1 4QT]] for [[PERSON|Cecil Barraclough]]: code [[PASSWORD|2468]].",
    "Invoice to [[PERSON|Helena Novaková]], paid by [[CREDIT_CARD|374298150634721]], email [[EMAIL_ADDRESS|helena.novakova@seznam.cz]].",
    "Mr [[PERSON|Adewale Bankole]], tenant since 2019, NHS number [[ID_NUMBER|612 804 3798]], requests a handrail.",
    "Huurder [[PERSON|Yasmina Bouzid]], e-mail [[EMAIL_ADDRESS|y.bouzid@ziggo.nl]], IBAN [[IBAN_CODE|NL94 RABO 0318 2745 69]].",
    "[[PERSON|Franziska Huber]], E-Mail [[EMAIL_ADDRESS|f.huber@gmx.de]], Tel. [[PHONE_NUMBER|030 23125 417]].",
    "Tenant [[PERSON|Arjun Kapoor]], email [[EMAIL_ADDRESS|arjun.kapoor@rediffmail.com]], phone [[PHONE_NUMBER|+91 98450 31762]].",
    "Inquilina [[PERSON|Giulia Bianchi]], cell. [[PHONE_NUMBER|+39 347 281 9046]], [[STREET_ADDRESS|Via dei Serpenti 41, 00184 Roma]].",
    "Residente [[PERSON|Pablo Ortega]], móvil [[PHONE_NUMBER|+34 634 870 215]], [[EMAIL_ADDRESS|pablo.ortega@telefonica.net]]",
    "Owner [[PERSON|Ville Korhonen]], HETU [[ID_NUMBER|230791A5280]], cottage at [[STREET_ADDRESS|Rantatie 8, 40800 Vaajakoski]].",
    "PPS [[ID_NUMBER|6392047GA]] — [[PERSON|Niamh Gallagher]], council housing applicant.",
    "Tenant [[PERSON|Santiago Reyes]], NIE [[ID_NUMBER|X2749186L]], mobile [[PHONE_NUMBER|+34 655 218 473]].",
    "Roommate listing: [[PERSON|Bongani]], [[EMAIL_ADDRESS|bongani.roomshare@gmail.com]], [[PHONE_NUMBER|(503) 555-0115]].",
    "SSN [[US_SSN|109-82-7463]] on the lease of [[PERSON|Rebecca Lindholm]], [[STREET_ADDRESS|58 Cedar Hill Rd, Apt 12, Burlington, VT 05401]].",
    "Carer access for [[PERSON|Ethel Murgatroyd]]: key safe [[PASSWORD|1952]], door code [[PASSWORD|4B7C]], daughter's phone [[PHONE_NUMBER|07700 900958]].",
    "[[PERSON|Γιώργος Αντωνίου]], [[STREET_ADDRESS|Οδός Ερμού 54, 105 63 Αθήνα]], τηλ. [[PHONE_NUMBER|+30 694 218 3715]], [[EMAIL_ADDRESS|g.antoniou@otenet.gr]]",
    "Contractor portal: login [[ID_NUMBER|b.okafor_build]] password [[PASSWORD|Scaffold-Pole-41]] (owner [[PERSON|Babatunde Okafor]]).",
    "Landlord [[PERSON|Stefan Wójcik]] receives rent at [[IBAN_CODE|PL82 1020 5561 0000 3816 2947 3051]].",
    "[[PERSON|Maryam Hosseini]] — [[STREET_ADDRESS|27 Rue Sainte-Catherine, 33000 Bordeaux]] — [[PHONE_NUMBER|06 39 98 73 10]]",
    "Alarm monitoring: [[PERSON|Quentin Marsh]], customer [[ID_NUMBER|MON-4471920]], panel IP [[IP_ADDRESS|198.51.100.140]].",
    "[[PERSON|Tilly Armitage]] set her smart-home API token to [[API_KEY|shk_Rz4pX91mTqL7bWe3NfJ0aYc8]].",
    "Removals invoice: [[PERSON|Hamza Qureshi]], [[STREET_ADDRESS|71 Spring Bank West, Hull HU3 1LD]], paid by [[CREDIT_CARD|5229 1470 3862 1903]].",
    "Builder [[PERSON|Emeka Obi]] asked for the final payment to [[IBAN_CODE|GB75MIDL40372819654031]] instead of cash.",
    "Resident [[PERSON|Oksana Melnyk]] | flat 5 | [[EMAIL_ADDRESS|oksana.melnyk@ukr.net]] | [[PHONE_NUMBER|07700 900377]]",
    "Owner [[PERSON|Ruth Abramowitz]], Gate PIN [[PASSWORD|839201]], storage unit access card [[ID_NUMBER|SU-04417]].",
    "[[PERSON|Taini Yazzie]], [[STREET_ADDRESS|1802 Cactus Wren Dr, Flagstaff, AZ 86001]], [[PHONE_NUMBER|(928) 555-0142]]",
    "Handyman account: [[PERSON|Dominik Huber]] | [[PHONE_NUMBER|+43 664 2183 947]] | [[IBAN_CODE|AT62 2011 1827 3645 0912]]",
    "Lease guarantor: [[PERSON|Florence Adjei]], card [[CREDIT_CARD|6011 4738 2906 1533]], email [[EMAIL_ADDRESS|florence.adjei@icloud.com]]",
    "Visitor log: [[PERSON|Haruto Sato]] entered with guest code [[PASSWORD|7731-22]] from unit 1804.",
    "[[PERSON|Leilani Kahale]] pays utilities with card [[CREDIT_CARD|3568 9472 0316 4850]].",
    "Dear Mr [[PERSON|Oyelowo]], your tenancy starts on 1 May. Your tenant reference is [[ID_NUMBER|TR-2024-55081]].",
    "Move-out inspection for [[PERSON|Svetlana Orlova]], [[STREET_ADDRESS|Flat 2, 56 Marchmont Road, Edinburgh EH9 1HT]].",
]

CLEAN_MTBENCH = [
    "Write a short story about a lighthouse keeper who discovers the lamp has been switched on by someone else every night.",
    "Explain the difference between a freehold and a leasehold property to someone buying their first home.",
    "Compose a persuasive letter from Sherlock Holmes to Mrs Hudson asking for a rent reduction on 221B Baker Street.",
    "Describe how the Great Fire of London in 1666 changed building regulations in the city.",
    "Role-play as a grumpy medieval castle builder explaining to King Arthur why the moat is late.",
    "List five questions a renter should ask before signing a tenancy agreement, and explain why each matters.",
    "Write a haiku about a dripping tap at three in the morning.",
    "Compare the architectural ideas of Frank Lloyd Wright and Le Corbusier in about 200 words.",
    "Give me a weekly cleaning schedule for a three-bedroom house shared by four adults.",
    "Explain how a combi boiler differs from a system boiler, in plain language.",
    "Write a Python function that splits a monthly rent among housemates in proportion to room area.",
    "What were the main causes of the 2008 housing crisis in the United States?",
    "Pretend you are Mr Darcy describing Pemberley to an estate agent. Keep it under 150 words.",
    "Summarise the plot of The Fall of the House of Usher in five sentences.",
    "Draft a generic notice for a block of flats reminding residents not to prop open fire doors.",
    "Explain what a damp-proof course is and how rising damp is usually treated.",
    "Write a limerick about a removal van that got stuck on a narrow bridge.",
    "How did Octavia Hill influence social housing in Victorian England?",
    "Create a packing checklist for moving house with a toddler and a cat.",
    "What is the role of a residents' association, and how is one usually set up?",
    "Explain in simple terms how a smart thermostat learns a household's schedule.",
    "Write a dialogue between Hansel and Gretel and the witch negotiating the sale of the gingerbread house.",
    "What are the pros and cons of underfloor heating compared with radiators?",
    "Design a simple SQL schema for tracking repair requests in a block of flats.",
    "Describe how Christopher Wren approached rebuilding churches after 1666.",
]

CLEAN_GSM8K = [
    "Tomasz is tiling a bathroom floor that is 3 metres by 2 metres. Each tile covers 0.25 square metres. How many tiles does he need?",
    "Four housemates share a rent of £1,800 a month. If the largest room pays £150 more than each of the other three, how much does the largest room pay?",
    "A removal van can carry 40 boxes per trip. Mina has 130 boxes. How many trips does the van need?",
    "A plumber charges $60 for the call-out and $45 per hour. Hector's job took 3.5 hours. What is the total bill?",
    "Priyanka paints 12 square metres of wall per hour. The living room has 54 square metres of wall. How long will it take her?",
    "An electricity tariff costs 28 pence per kWh plus a standing charge of 50 pence a day. Olu used 310 kWh in a 30-day month. What is the bill in pounds?",
    "A builder orders 1,200 bricks. He uses 60% on a wall and 180 on a barbecue. How many bricks are left?",
    "Greta's rent rose from €950 to €1,026. By what percentage did it rise?",
    "A residents' association collects £15 from each of 48 flats for a summer party. The party costs £610. How much is left over?",
    "Jonah's smart meter shows he used 9 kWh on Monday, 11 on Tuesday and twice Monday's usage on Wednesday. What is his total for the three days?",
    "A carpet costs £22 per square metre. Lena's bedroom is 4 m by 3.5 m. How much will the carpet cost?",
    "Three electricians can wire a house in 6 days. How long would it take two electricians working at the same rate?",
    "Farid's deposit was five weeks' rent. His weekly rent is £310. How much was the deposit?",
    "A courier delivers 18 parcels an hour. She starts at 8 a.m. and has 126 parcels. At what time will she finish if she takes no breaks?",
    "A gutter repair costs £480 and is split between two neighbours so that one pays twice as much as the other. How much does each pay?",
    "Ayesha saves £125 a month for a house deposit. How many months until she has £6,000?",
    "A water tank holds 180 litres and leaks 1.5 litres per hour. How many hours until it is half empty?",
    "Kwabena buys 5 tins of paint at £18 each and gets a 15% discount. How much does he pay?",
    "A letting agent charges 12% of the monthly rent as a fee. The rent is £1,150. What is the fee?",
    "Rosa's boiler uses 1.2 cubic metres of gas a day in winter. How much does it use in December?",
    "A skip hire costs £280 for a week and £30 for each extra day. Dylan keeps it for 10 days. What does he pay?",
    "A fence has 24 panels. Bruno has painted 3/8 of them. How many panels are left to paint?",
    "Six flats share a cleaning bill of £390 a month. Two flats are empty and do not pay. How much does each of the others pay?",
    "An alarm battery lasts 18 months. If Ingrid replaced it in March 2023, in which month and year is it next due?",
    "A mover earns £14 an hour plus £25 for each job. Last week Sami worked 32 hours across 5 jobs. What did he earn?",
]

CLEAN_MMLU = [
    "In English law, which document sets out the terms between a landlord and a tenant? A) Title deed B) Tenancy agreement C) Land registry entry D) Planning permission",
    "Which gas is colourless, odourless and produced by faulty boilers? A) Carbon dioxide B) Nitrogen C) Carbon monoxide D) Methane",
    "What does RCD stand for in household electrics? A) Residual current device B) Rapid circuit diverter C) Remote control dimmer D) Rated current discharge",
    "Which material is most commonly used for modern domestic water pipes? A) Lead B) Copper or plastic C) Cast iron D) Clay",
    "A 'section 21 notice' in England relates to: A) Planning appeals B) No-fault eviction C) Council tax bands D) Building insurance",
    "Which architect designed Fallingwater? A) Mies van der Rohe B) Frank Lloyd Wright C) Zaha Hadid D) Antoni Gaudí",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "In economics, a rent ceiling set below the market price usually leads to: A) A surplus B) A shortage C) Lower demand D) No change",
    "Which part of a house prevents moisture rising from the ground into the walls? A) Soffit B) Damp-proof course C) Lintel D) Joist",
    "What does an EPC rate? A) Fire safety B) Energy efficiency C) Structural soundness D) Noise insulation",
    "Which of these is a load-bearing horizontal beam above a door or window? A) Lintel B) Architrave C) Skirting D) Sill",
    "The phrase 'an Englishman's home is his castle' is most associated with: A) Edward Coke B) Oliver Cromwell C) Charles Dickens D) Isaac Newton",
    "A mortgage where the rate can change with the central bank rate is called: A) Fixed B) Tracker C) Interest-only D) Offset",
    "What is the typical voltage of UK mains electricity? A) 110 V B) 230 V C) 400 V D) 12 V",
    "Which insulating material is made from molten rock spun into fibres? A) Polystyrene B) Mineral wool C) Cork D) Sheep's wool",
    "Which organisation in England typically holds tenancy deposits under a protection scheme? A) The landlord's bank B) An approved deposit scheme C) The local council D) HM Revenue and Customs",
    "Legionella bacteria are a particular concern in: A) Electrical wiring B) Stored water systems C) Roof tiles D) Window glass",
    "In a condominium, common areas are typically owned by: A) The developer forever B) All unit owners jointly C) The city D) The first buyer",
    "Which wireless standard is commonly used by smart-home devices for low-power mesh networking? A) Zigbee B) HDMI C) USB D) Ethernet",
    "What colour is the earth wire in modern UK domestic cables? A) Brown B) Blue C) Green and yellow D) Red",
    "Property tax in many countries is usually based on: A) Income B) Assessed property value C) Number of residents D) Energy use",
    "Which Roman structure supplied water to towns over long distances? A) Hypocaust B) Aqueduct C) Forum D) Basilica",
    "A party wall is: A) A wall shared between two adjoining properties B) A garden fence C) An interior partition D) A decorative wall",
    "What is the main function of a thermostatic radiator valve? A) Bleed air B) Control room temperature C) Measure gas use D) Drain the system",
    "Which is the best first action if you smell gas at home? A) Switch on lights B) Open windows and leave C) Light a match to check D) Ignore it",
]

CLEAN_HEALTH = [
    "Can living in a damp flat with black mould make asthma worse?",
    "What are the symptoms of carbon monoxide poisoning and when should I seek help?",
    "Is it safe to sleep in a freshly painted bedroom?",
    "How can I reduce dust mite allergies at home?",
    "What should I do if I get a small electric shock from a light switch?",
    "Can old lead pipes affect drinking water, and how would I know?",
    "How do I treat a minor burn from touching a hot radiator?",
    "What are the health risks of asbestos in older houses?",
    "Is it harmful to breathe in plaster dust during a renovation?",
    "How can I keep a home safe for an older relative who is prone to falls?",
    "What indoor temperature is recommended for babies to sleep safely?",
    "Can noise from neighbours or building work affect sleep and blood pressure?",
    "What are the signs of heat exhaustion when moving house in hot weather?",
    "How should I lift heavy boxes to avoid back injury?",
    "Is it safe to use a dehumidifier in a child's bedroom?",
    "Could a cracked chimney cause headaches or nausea?",
    "What first aid should I give for a cut from broken window glass?",
    "Are there health risks from living near a busy road with lots of traffic fumes?",
    "How do I know if my tap water is contaminated after a burst main?",
    "What can I do about anxiety while waiting for an eviction hearing?",
    "Is it safe to be in the house while it is being treated for woodworm?",
    "Can a blocked extractor fan in the bathroom lead to chest infections?",
    "What are the early symptoms of Legionnaires' disease?",
    "How can I stay warm and healthy in a cold home without high heating bills?",
    "Is radon gas a concern for basements and how is it tested?",
]

NATIONAL_IDS = {
    "286.931.475-28": cpf_ok,  # Brazilian CPF
    "517.284.903-32": cpf_ok,
    "4827163B": pps_ok,  # Irish PPS number
    "6392047GA": pps_ok,
    "318492076": bsn_ok,  # Dutch BSN
    "527609134": bsn_ok,
    "88071403562": pesel_ok,  # Polish PESEL
    "140385-417U": hetu_ok,  # Finnish henkilötunnus
    "230791A5280": hetu_ok,
    "110108198706143520": china_id_ok,  # Chinese resident identity number
    "510107199203094811": china_id_ok,
    "S7821364G": nric_ok,  # Singapore NRIC and FIN
    "F2918374X": nric_ok,
    "880512-1763426": rrn_ok,  # Korean resident registration number
    "427 319 582": tfn_ok,  # Australian TFN
    "3791 42680 1": medicare_ok,  # Australian Medicare
    "6284 5173 9025": my_number_ok,  # Japanese My Number
    "4193 7265 0185": my_number_ok,
    "2 91 03 69 387 052 06": nir_ok,  # French NIR
    "1 84 07 75 116 214 24": nir_ok,
    "79.06.14-283.28": belgian_id_ok,  # Belgian national number
    "14078843633": fodselsnummer_ok,  # Norwegian fødselsnummer
    "258167432": nif_ok,  # Portuguese NIF
    "1850923407189": cnp_ok,  # Romanian CNP
    "17.482.935-7": rut_ok,  # Chilean RUT
    "38706154273": isikukood_ok,  # Estonian isikukood
    "211089-3189": kennitala_ok,  # Icelandic kennitala
    "885307/3108": rodne_cislo_ok,  # Czech rodné číslo
    "3148275905": rnokpp_ok,  # Ukrainian RNOKPP
    "47 138 629 059": steuer_id_ok,  # German tax id
    "5382 9174 0627": aadhaar_ok,  # Indian Aadhaar
    "046 281 739": luhn_len(9),  # Canadian SIN
    "890421-3181": luhn_len(10),  # Swedish personnummer
    "9208175143080": luhn_len(13),  # South African id
    "314728601": luhn_len(9),  # Israeli teudat zehut
    "39481726000": kimlik_ok,  # Turkish kimlik
    "47203915A": dni_ok,  # Spanish DNI and NIE
    "Y5183027Z": dni_ok,
    "X2749186L": dni_ok,
    "RSSMRA81D14F205O": codice_fiscale_ok,  # Italian codice fiscale
    "ZKT4180": nhi_ok,  # New Zealand NHI
    "943 672 1854": nhs_ok,  # NHS number
    "612 804 3798": nhs_ok,
}

# IBAN lengths by country (ISO 13616 registry).
IBAN_LENGTHS = {"AT": 20, "BE": 16, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "IT": 27, "NL": 18, "PL": 28, "PT": 25}  # fmt: skip

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, spaced or not
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"6\d{2} \d{3} \d{3}",  # Spain mobile
        r"\+34 6\d{2} \d{3} \d{3}",
        r"\+48 5\d{2} \d{3} \d{3}",  # Poland mobile
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"06 \d{4} \d{4}",  # Netherlands mobile
        r"9[1236]\d \d{3} \d{3}",  # Portugal mobile
        r"\+(30|39|40|43|52|90|91|234|353|380) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Chat requests mostly name people and many carry secrets; every record holds one
    name and one to four other values; the national ids sit in about forty records."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 25:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"record: {len(people)} names, {len(others)} values in {marked[:60]!r}"
            )
    in_records = {s["value"] for t in RECORDS for s in marked_spans(t)} & set(NATIONAL_IDS)
    if not 38 <= len(in_records) <= 55:
        raise SystemExit(f"records: {len(in_records)} national ids")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            compact = span["value"].replace(" ", "").upper()
            if span["type"] == "IBAN_CODE" and IBAN_LENGTHS.get(compact[:2]) != len(compact):
                raise SystemExit(f"IBAN {span['value']!r} of the wrong length")
    lower = [strip_marks(t)[0] for t in CHAT[:LOWER_CHAT]]
    if any(t != t.lower() for t in lower):
        raise SystemExit("chat: the first texts must be lower case")


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
        "blind118", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
