# ruff: noqa: E501
"""A hundred-and-forty-eighth blind privacy set: 220 texts with personal data and 100 clean
ones, on construction trades, builders, plumbers, electricians and home repairs.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to
8 and the "Labels:" paragraph of ``README.md``, and the docstring and non-text code of
``build_blind36.py`` (imports, constants, check functions, ``main``), never the detector,
its rules, docs, tests, git history or the other sets' texts. Every text is typed by hand
with inline ``[[TYPE|value]]`` marks (no faker, no templates, no generated combinations):

* 120 chat requests (3 to 100 words) a person would type to a general assistant behind a
  company gateway: drafting texts, letters and replies to builders, plumbers, electricians,
  roofers, tilers and neighbours; summarising pasted voicemails, call logs, site minutes and
  e-mails; translating for tradespeople; fixing wording; splitting costs; asking whether a
  change of bank details or a doorstep roofer is a scam; planning works. The first 30 are
  typed all in lower case (names, e-mails, postcodes and IBANs too, with shorthand and
  typos); the next 6 are in Spanish, French, German, Polish, Portuguese and Dutch; the other
  84 in ordinary English. One to eight values each; 21 hold a secret (key safe, lockbox,
  gate, door and alarm codes, wifi keys, a PIN, passwords); names of many origins, alone,
  after titles, in full, as nicknames, names that are ordinary words (Hope, Dot, Wren, Guy)
  and many named in passing;
* 100 one-person records (4 to 60 words): accident-book and induction entries, payroll and
  timesheet lines, pipe and CSV rows, JSON objects, portal log lines, visitor and keyholder
  registers, quotes, receipts and short letters, half in English and half in 30 other
  languages (Polish, Dutch, German, Spanish, Catalan, French, Italian, Portuguese, Romanian, Turkish, Estonian,
  Icelandic, Czech, Ukrainian, Swedish, Finnish, Norwegian, Danish, Hungarian, Greek,
  Hebrew, Arabic, Hindi, Chinese, Japanese, Korean, Welsh, Vietnamese, Tagalog, Swahili);
  each names one person and holds one to four other values; 42 carry a national id with
  valid check digits (NHS number, PESEL, BSN, Steuer-ID, DNI, NIE, NIR, codice fiscale,
  Singapore NRIC and FIN, Chinese resident id, Korean RRN, My Number, Australian TFN and
  Medicare, Irish PPS, Belgian national number, fødselsnummer, Portuguese NIF, CPF, CNP,
  Turkish kimlik, Chilean RUT, isikukood, kennitala, rodné číslo, RNOKPP, personnummer,
  henkilötunnus, Greek AMKA, Israeli teudat zehut, NZ NHI, Canadian SIN, South African id,
  Aadhaar);
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly about building work and home repairs.

Labels: usernames, logins, member, account, badge and employee numbers, CSCS, JIB and
trade-scheme cards, passports, driving and trade licences and national ids are ID_NUMBER;
PINs, key safe, lockbox, gate, door and alarm codes, wifi keys and passwords are PASSWORD;
titles and relation words (Mr, Mrs, Ms, Dr, Father, Herr, Pani, pana, doña, my nan, my
mum) stay outside PERSON spans; an address span runs from the first street line through
the postcode and city as typed; public figures, fictional characters, pets, companies,
order, invoice and booking references, amounts and dates of birth are not labelled; every
occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01xx 496 0,
029 2018 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125, 040 66969) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from the documentation ranges; national ids with
valid check digits (``ids.py`` validators).

Run ``.venv/bin/python bench/data/build_blind148.py`` from the repository root; the output
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
MAX_WORDS = 200
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Father|Auntie|Aunty|Uncle|Nan|Nana|Grandma|Grandad"
    r"|Herr|Herrn|Frau|Mme|Madame|Monsieur|Sr|Sra|Pan|Pani|Pana|Signora|Signor|Sig|Doña)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- typed all in lower case ---
    "can u write a quick text to [[PERSON|darren]] the sparky saying we cant do tues, can he come weds after 2 instead. his number is [[PHONE_NUMBER|07700 900412]] if u need it",
    "plumber left this voicemail pls summarise: 'hiya its [[PERSON|kev mcallister]] from flowright, boiler part came in, ring me back on [[PHONE_NUMBER|0161 496 0733]] or email [[EMAIL_ADDRESS|kev.mcallister@flowright-heating.co.uk]], oh and i need the side gate code again, was it [[PASSWORD|4471]]?'",
    "is this a scam?? got a txt saying my builder [[PERSON|lukasz]] changed bank and to pay the final 3,400 to [[IBAN_CODE|gb85 barc 2071 5348 2901 76]] ref kitchen. he normaly uses a diff acct n never texts",
    "help me split costs: me, [[PERSON|priya]] and [[PERSON|tomasz]] shared the skip hire (£280) and the scaffolding (£1,150). [[PERSON|priya]] paid the skip, [[PERSON|tomasz]] paid scaffold. who owes who",
    "found the wifi pw i gave the tilers, its [[PASSWORD|bluedoor-kitchen88]]. write a note for [[PERSON|ade]] and [[PERSON|funmi]] to stick on the fridge with it and the bin days (blue weds, black fri)",
    "fix my wording pls: hi mr [[PERSON|okonkwo]], the damp guy said the wall needs tanking before plastering, can we push the plaster to next week. also can u send the invoice to [[EMAIL_ADDRESS|sally.brennan77@gmail.com]] not my work one",
    "summarise this call log: 09:14 missed call [[PHONE_NUMBER|020 7946 0381]] (roofer [[PERSON|gaz]]). 09:40 called back, ridge tiles loose on ours and on mrs [[PERSON|pike]]'s, scaffold up thurs. 11:02 [[PERSON|gaz]] again, wants 50% upfront by transfer. 11:30 texted [[PERSON|sheila pike]] to let her know",
    "my alarm code is [[PASSWORD|6093]] and the key is in the key safe by the back door, code [[PASSWORD|1812]]. write a msg to the electrician [[PERSON|raj]] telling him how to get in on friday, dont make it sound dodgy lol",
    "translate into polish for my builder pls: the skip is being collected monday morning, please dont put plasterboard in it. my neighbour [[PERSON|bev]] at no 9 says the van is blocking her drive",
    "draft a polite complaint. we paid [[PERSON|connor walsh]] of topline roofing 2k deposit in march and hes not answered since. his mobile [[PHONE_NUMBER|07700 900518]], email [[EMAIL_ADDRESS|cwalsh.roofing@outlook.com]]",
    "is it normal for a plumber to ask for my login to the boiler app?? he said he needs it to register the warranty. username [[ID_NUMBER|hollyhock_22]] and he wants the password too",
    "pls tidy these site notes into minutes: present me, [[PERSON|jonno]], [[PERSON|siobhan]] (architect) and the sparky [[PERSON|vikram]]. steel beam delivery 14th, [[PERSON|jonno]] to chase building control, [[PERSON|siobhan]] sending revised drawings to [[EMAIL_ADDRESS|s.keane@keanearchitects.ie]], [[PERSON|vikram]] needs the consumer unit moved 30cm left",
    "can u write a text to the fence guy [[PERSON|marek]]: gate code is [[PASSWORD|c7391]], address [[STREET_ADDRESS|7 heron close, bicester ox26 4tg]], dog is friendly just loud, panels are round the side",
    "hey so the electrician wanted paying by card over the phone, he asked for the long number [[CREDIT_CARD|4918 7035 2619 0485]] and the 3 digits on the back... i already gave it. what do i do now",
    "write a whatsapp to my nan [[PERSON|dot]] saying the plumber [[PERSON|eamon]] is coming sat 10ish to look at her radiators, hes ok i know him from work, his no is [[PHONE_NUMBER|0131 496 0627]]",
    "cost split q: 4 of us in the house, [[PERSON|big mike]], [[PERSON|ellie]], [[PERSON|suze]] and me. boiler repair £460, [[PERSON|ellie]] is away half the month so should she pay less? give me 2 options",
    "explain in plain english pls: 'further to the party wall notice served on ms [[PERSON|hollis]] of [[STREET_ADDRESS|22 cranbrook road, leeds ls8 2ph]], the adjoining owner has appointed [[PERSON|d. farrow]] as surveyor'",
    "need a reply to [[PERSON|jimmy]]'s quote, he wants 6.5k for the loft boards + velux, other quote was 5.2k. be nice but say its too much. his email [[EMAIL_ADDRESS|jimmy.tran@lofts4u.co.uk]]",
    "locksmith set the garage keypad to [[PASSWORD|8824]] and the side door lockbox to [[PASSWORD|0519]]. write me a reminder note i can keep in my phone without it being obvious what they are",
    "translate to romanian for [[PERSON|ionut]] pls: thank you for the bathroom, the grout looks great. i sent the last payment to your account [[IBAN_CODE|gb81 nwbk 2045 1873 9204 61]] this morning",
    "draft msg for the neighbours group: a man calling himself [[PERSON|steve]] has been knocking saying hes from the gas board and asking to see meters. he gave the number [[PHONE_NUMBER|07700 900266]]. dont let him in",
    "summarise: voicemail from [[PERSON|tunde]] 4.12pm 'sorry running late, van broke down on the m62, be with u at 6, if thats too late text me on [[PHONE_NUMBER|07700 900731]] cheers'",
    "put this in a nice email to building control: job at [[STREET_ADDRESS|flat 3, 41 albion street, hull hu1 3tq]], electrician [[PERSON|wes durant]], scheme reg no [[ID_NUMBER|npc-448213]], works finished 12 june, cert attached",
    "[[PERSON|col]] charging 35/hr, fair?",
    "pls check my maths: plasterer [[PERSON|dimitri]] 3 days x 220, labourer [[PERSON|sonny]] 3 days x 120, materials 185. i paid [[PERSON|dimitri]] 600 already. what do i still owe each",
    "write a note for the decorators: alarm code [[PASSWORD|3318]] then press set, wifi is casa-azul key [[PASSWORD|tulips&tea2019]], [[PERSON|rosa]] will be in from 3 if you need anything",
    "text says 'hi [[PERSON|margaret]], your solar panel warranty (acct [[ID_NUMBER|sp-0041882]]) expires today, renew at solarcare-renew.net'. i did have panels put in by a local firm. scam?",
    "make this sound more grown up: hiya its [[PERSON|kasia]] from the flat upstairs, ur builders keep parking on the double yellows n the dust is all over my car. pls sort or i ring the council. my no [[PHONE_NUMBER|07700 900883]]",
    "plan my week: mon gas safety at mums (engineer [[PERSON|hamid]] 8-12), tues kitchen fitter [[PERSON|ollie]], weds nothing, thurs pick up tiles, fri sparky [[PERSON|bernadette]] back for 2nd fix",
    "whats the best way to ask [[PERSON|fitz]] for a receipt, he only takes cash and ive paid him 900 for the patio. his email is [[EMAIL_ADDRESS|fitzpatrick.paving@yahoo.co.uk]] btw",
    # --- six other languages ---
    "¿Me ayudas a escribir un mensaje al fontanero, [[PERSON|Rubén Cifuentes]]? Quiero decirle que la fuga del baño sigue y que el agua ya baja al piso de doña [[PERSON|Pilar]]. Su móvil es [[PHONE_NUMBER|+34 612 48 93 07]]. Que suene firme pero educado.",
    "Peux-tu résumer ce message vocal de l'électricien ? « Bonjour, c'est [[PERSON|Yannick Morel]], je passe jeudi pour le tableau, laissez la clé dans la boîte, le code c'est [[PASSWORD|5B29]], et rappelez-moi au [[PHONE_NUMBER|06 39 98 41 27]] si problème. »",
    "Bitte formuliere eine freundliche, aber bestimmte E-Mail an Herrn [[PERSON|Dragan Ilić]]: Die Fugen im Bad sind nach drei Wochen gerissen und wir möchten einen Termin zur Nachbesserung. Seine Adresse ist [[EMAIL_ADDRESS|d.ilic@fliesen-ilic.de]].",
    "Przetłumacz na angielski: Pani [[PERSON|Jadwiga]], kafelki przyjdą w piątek. Proszę zostawić klucz u sąsiada, pana [[PERSON|Zenka]], albo zadzwonić do mnie: [[PHONE_NUMBER|+48 601 284 739]]. Pozdrawiam, [[PERSON|Grzegorz]]",
    "Isso é golpe? Recebi um e-mail dizendo que o pedreiro [[PERSON|Josué]] mudou de banco e que devo pagar o restante da obra por Pix para a chave [[EMAIL_ADDRESS|josue.reformas2024@gmail.com]]. Ele sempre recebeu em dinheiro.",
    "Kun je dit netjes maken voor de VvE-groep? De loodgieter, [[PERSON|Sander de Wit]], komt dinsdag de standleiding vervangen. Water is dan van 9 tot 13 uur afgesloten. Vragen? Bel hem op [[PHONE_NUMBER|+31 6 48273915]].",
    # --- ordinary English ---
    "Can you draft a text to our builder, [[PERSON|Declan]], saying the skip lorry can't get past the parked cars on Friday and asking if he can move it to Monday? Keep it friendly.",
    "Summarise this voicemail for my husband: 'Hi, it's [[PERSON|Marguerite]] from Hartley Damp Solutions. The survey at [[STREET_ADDRESS|14 Quarry Lane, Matlock DE4 3RB]] found rising damp in the front room. Quote to follow. Any questions, I'm on [[PHONE_NUMBER|0115 496 0214]].'",
    "Is this a scam? A man called [[PERSON|Barry]] knocked and said our roof has slipped tiles and he can fix it today for £1,800 cash. He showed me a photo on his phone but I never saw him go up a ladder.",
    "Split this fairly between three neighbours: the new shared fence cost £2,340. [[PERSON|Chidi Nwosu]] has 12 metres of it, [[PERSON|Helen Ashworth]] 9 metres and I have 5. Also [[PERSON|Helen]] already paid the £150 deposit.",
    "Please improve this: 'Dear Mr [[PERSON|Haddad]], I am writting to complain about the electrical work carried out on the 3rd. The kitchen sockets trip every time the kettle goes on. Please contact me on [[PHONE_NUMBER|07700 900147]] to arrange a return visit.'",
    "Write a short note I can leave for the window fitter tomorrow. He's called [[PERSON|Fraser]]. The key safe is left of the garage, code [[PASSWORD|2964]], and the alarm code is [[PASSWORD|7150]]. Ask him to lock up and put the key back.",
    "My tenant [[PERSON|Aleksandra Nowicka]] reported a leak under the sink. Write an email to her at [[EMAIL_ADDRESS|ola.nowicka@wp.pl]] saying the plumber will come Thursday between 8 and 12 and asking if she'll be in.",
    "Translate to Spanish for our tiler: 'Hi [[PERSON|Mateo]], the grout colour we want is silver grey, not white. The boxes are in the garage. Thanks!'",
    "Draft a reply to this: 'Hi it's [[PERSON|Sunny]] the plasterer, finished the skim in the back bedroom, can you send the £640 to [[IBAN_CODE|GB81 HBUK 4012 7639 1852 04]] today please.' I want to say I'll pay once it's dry and I've checked it.",
    "My dad, [[PERSON|Clive]], got a call from a 'government approved insulation scheme' asking for his National Insurance number. He gave it: [[ID_NUMBER|JT 48 21 57 C]]. What should he do now?",
    "Summarise these site meeting minutes in five bullet points: Attendees: [[PERSON|Olu Bankole]] (PM), [[PERSON|Rhiannon Price]] (QS), [[PERSON|Tariq]] (groundworks). Foundations signed off by building control Tuesday. [[PERSON|Tariq]] raised a concern about the drainage run near the boundary. [[PERSON|Rhiannon]] to issue valuation 4 by Friday. [[PERSON|Olu]] to book the crane for the 22nd. Next meeting Monday 9am at the cabin.",
    "I run a small plumbing business. The booking software's support guy asked me to paste my API key into a chat so he can fix the calendar sync. It's [[API_KEY|jbk_live_7Qm2xT9vR4pL8nW3zY6cK1dF]]. Did I just do something stupid?",
    "Help me write a thank-you card for [[PERSON|Stanislav]] and [[PERSON|Petra]], who rebuilt our garden wall after the storm and wouldn't take a tip.",
    "Can you check the VAT on this invoice from [[PERSON|Liam Corrigan]] Electrical: labour £1,250, materials £430, VAT at 20% on both. He's written £1,920 total. Is that right?",
    "The tilers want the wifi so they can play music. Network is Thornbury-5G and the key is [[PASSWORD|Kq7!marble-Fox]]. Write a sign with that plus 'please use the downstairs loo only'.",
    "Draft an email to my insurer about the ceiling collapse. Policyholder: [[PERSON|Gwendolyn Parry]], [[STREET_ADDRESS|3 Tŷ Coch Cottages, Llandeilo SA19 6PJ]]. The plumber who fitted the bath, [[PERSON|Rhodri]], says the waste pipe was never connected.",
    "Our builder [[PERSON|Vince]] asked me to buy the bathroom suite on my card because his supplier account is maxed. I paid £2,190 on [[CREDIT_CARD|5163 8204 7195 7368]]. Now he's not replying. Can I do a chargeback, and what should I say to the bank?",
    "Is this normal? The electrician, [[PERSON|Kwame Asante]], wants a copy of my passport before he'll register the rewiring. I've already sent the number, [[ID_NUMBER|548201937]].",
    "Rewrite this less angrily: 'Hey [[PERSON|Shaz]], third time asking, the radiator in [[PERSON|Josh]]'s room is still cold and you said you'd bleed it last week.'",
    "Plan a timeline for our kitchen: strip-out with [[PERSON|Big Tony]], first fix with the sparky [[PERSON|Aoife]], plaster, second fix, then the worktops from Mr [[PERSON|Yilmaz]]. We have six weeks and the worktop template needs the units in first.",
    "The installer, [[PERSON|Deepak]], says our doorbell hub shows a login from [[IP_ADDRESS|198.51.100.73]] at 3am under the username [[ID_NUMBER|ferreira_home]]. We were asleep. What should we check and change?",
    "Help me reply to a review. A customer, [[PERSON|Penelope Strand]], left 2 stars saying my lads left dust everywhere. I want to apologise and offer a free deep clean without admitting anything about her sofa.",
    "We're away when the boiler's serviced. Write a message to [[PERSON|Ifeanyi]] from BoilerCare with the lockbox code [[PASSWORD|4062]], that the cat must stay in, and that the boiler's in the airing cupboard upstairs.",
    "Work out what each of us owes. [[PERSON|Hannah]] paid £380 for paint, [[PERSON|Ravi]] paid £95 for brushes and dust sheets, [[PERSON|Wojtek]] paid nothing but did two days' labour. We agreed labour counts as £100 a day.",
    "Translate this text from my builder, it's in Portuguese: 'Bom dia, amanhã não posso ir, o meu filho está doente. Vou na quinta. [[PERSON|Anderson]]'",
    "Write a formal letter to building control about the extension at [[STREET_ADDRESS|58 Birchwood Avenue, Sheffield S11 7QX]]. It blocks light to my kitchen and I don't think the owner, Mr [[PERSON|Glenn Hardcastle]], applied for approval.",
    "Is this a scam? Got an email that looks like it's from my roofer, [[PERSON|Craig Dunmore]], saying his bank has changed and to pay the balance to a new account. It came from [[EMAIL_ADDRESS|craig.dunmore.roofing@gmx.com]] but he normally uses Gmail.",
    "Turn these notes into a proper handover for the next electrician: board changed 2019 by [[PERSON|Pete Okoro]]. Circuit 4 (garage) has a spur nobody can trace. The old owner, [[PERSON|Maureen]], had a sauna in the shed. [[PERSON|Pete]]'s number if needed: [[PHONE_NUMBER|07700 900395]].",
    "Summarise this email thread in two lines: [[PERSON|Lorraine]] asks when the scaffolding comes down; [[PERSON|Dev]] says after the painters; the painters say they're waiting for [[PERSON|Lorraine]] to choose a colour.",
    "For our holiday-let guests in Chania I need a message explaining how to reset the boiler. Mention the door code is [[PASSWORD|739104]] and that if anything breaks they should call our handyman [[PERSON|Costas]] on [[PHONE_NUMBER|+30 694 218 5570]].",
    "Proofread: 'To whom it may concern, I confirm that [[PERSON|Jerome Baptiste]] worked as a labourer for me from 2021 to 2024. He is reliable, punctual and holds a valid CSCS card, number [[ID_NUMBER|CS 8812 4057]].'",
    "Our electrician wants us to pay into this account and says it's his business partner's: [[IBAN_CODE|IE66 BOFI 9000 1728 4610 39]]. The invoice is in his own name, [[PERSON|Shane Fogarty]]. Red flag?",
    "Write a short WhatsApp to the gardener, [[PERSON|Hope]], asking if she could also clear the gutters while she has the long ladder out.",
    "Help me compare loft conversion quotes: [[PERSON|Abdi Warsame]] (£38k), [[PERSON|Ken]] at HighPoint Lofts (£44k) and a third builder, [[PERSON|Fletcher]], who hasn't sent his yet. How do I compare them fairly?",
    "I'm a sole-trader electrician in Ohio. A new customer, [[PERSON|Darlene Kubiak]], wants a W-9 and I nearly wrote my SSN, [[US_SSN|412-73-5908]], on it. Should I give a homeowner that or just an EIN?",
    "Convert this to a polite reminder: 'Mr [[PERSON|Ogunleye]], you still owe £1,150 for the damp proofing at [[STREET_ADDRESS|27 Mill Street, Luton LU1 2NA]], pay by Friday or I'll go to small claims.'",
    "Please translate into Vietnamese: 'Dear [[PERSON|Hoa]], the electrician will turn the power off on Tuesday from 8 to 11 to replace the fuse board. Sorry for the trouble.'",
    "My son set up the heating app and I can't remember anything. He says the login is [[EMAIL_ADDRESS|brenda.macleod@btinternet.com]] and the password [[PASSWORD|Thermo!Bren62]]. Write me step-by-step instructions to turn the heating down from my phone.",
    "Make a shopping list from these notes from [[PERSON|Jules]] the carpenter: 2 x 4.8m 47x150 C24, 1 box 90mm screws, joist hangers x 12, noggins from offcuts.",
    "Write a complaint to Gas Safe about the engineer who fitted my boiler. His name is [[PERSON|Norman Tetley]] and the ID card number he showed was [[ID_NUMBER|512884]]. He signed the certificate but I don't think he's registered.",
    "Is 50% upfront normal? [[PERSON|Ryszard]] wants £12k.",
    "Draft a letter from me, [[PERSON|Marcus Oyelaran]], to the freeholder asking permission to remove a non-structural wall in [[STREET_ADDRESS|Flat 12, Canterbury House, 9 Wharf Road, London N1 7RS]]. My lease needs written consent.",
    "The new alarm engineer gave me a master code [[PASSWORD|90417]] and a user code [[PASSWORD|3856]]. Which one should I give the cleaner, [[PERSON|Marisol]], and how do I explain the difference?",
    "Summarise today's call notes: 8:50 [[PERSON|Tiago]] (scaffold) can't come till Weds. 10:15 building inspector, Ms [[PERSON|Achterberg]], wants to see the lintels before they're covered. 13:30 [[PERSON|Tiago]] again, can come Tuesday after all. 16:00 skip firm, no answer.",
    "Is this text legit? 'Hi [[PERSON|Reggie]], your home warranty for the water heater expires today. Call [[PHONE_NUMBER|(415) 555-0163]] to renew or lose coverage.'",
    "Write a notice for the stairwell: the lift engineer, [[PERSON|Sylvie]], will be in on Thursday and the lift is out of action 9 to 4. Questions to the caretaker, [[PERSON|Osman]], on [[PHONE_NUMBER|020 7946 0852]].",
    "My brother-in-law [[PERSON|Gareth]] did our rewire for mates' rates and now wants £3k. Nothing was agreed in writing. How do I handle this without a family row?",
    "The builders' wifi is [[PASSWORD|ScaffoldPole#42]] but I don't want them on the main network. Explain how to set up a guest network on a TP-Link router? They're in from Monday, the foreman is [[PERSON|Donnacha]].",
    "Fix the grammar in my quote: 'Dear Mrs [[PERSON|Pemberton]], thank you for asking us to quote. To supply and fit new guttering and downpipes to the rear we will charge £960 inc VAT. We can start 3 weeks from acceptance. Regards, [[PERSON|Ash]], A&J Roofline'",
    "Summarise for me: an email from [[PERSON|Fenella Wright]] at the housing association says the damp in our flat is 'lifestyle' and to open windows. We have photos of black mould in [[PERSON|Amira]]'s bedroom. What are my options?",
    "Write a cover email to the structural engineer, Dr [[PERSON|Ngozi Okafor]], at [[EMAIL_ADDRESS|n.okafor@okstructures.co.uk]], sending photos of the crack above the bay window at [[STREET_ADDRESS|5 Lime Tree Walk, Norwich NR2 3HG]] and asking if she can visit next week.",
    "Translate into Turkish for our builder [[PERSON|Emre]]: 'Please don't start before 8am, the neighbours complained.'",
    "Text to [[PERSON|Lottie]] from the cleaning company: keys are in the lockbox (code [[PASSWORD|2611]]), the builders have left dust on the stairs, please do the bathroom last because the sealant is curing.",
    "My electrician's invoice lists my card as 'ending 2172' and adds £95 as a 'card fee'. Is that allowed in the UK? The full number on my statement is [[CREDIT_CARD|3742 910583 62172]].",
    "Our downstairs neighbour, [[PERSON|Bogdan]], says our leaking shower ruined his ceiling. The plumber, [[PERSON|Nadia Shah]], says it was the shared stack. Draft a calm message to [[PERSON|Bogdan]] suggesting we split the plaster repair until the freeholder decides.",
    "Can you write a reference for my apprentice, [[PERSON|Kai Whitlock]]? He's been with me two years, first class on conduit work, a bit slow on paperwork. He's applying to a bigger firm in Cardiff.",
    "Combi or system boiler? [[PERSON|Hollis]] says system. Why?",
    "I'm an electrician and I keep customers' key safe codes in a notebook. Is that a GDPR problem? Example line: Mrs [[PERSON|Atwal]], [[STREET_ADDRESS|19 Orchard Way, Slough SL2 5DT]], key safe [[PASSWORD|5580]], dog friendly.",
    "I'm selling the house and the buyer's surveyor flagged the electrics. Our old electrician, [[PERSON|Bryn Llewellyn]], did a report in 2020. Help me email him at [[EMAIL_ADDRESS|bryn@llewellyn-electrical.co.uk]] to ask for a copy.",
    "Rewrite as minutes: Residents' meeting about cladding. [[PERSON|Fatou]] (flat 2) chaired. [[PERSON|Alan Merriweather]] (flat 9) asked who pays. The managing agent's rep, [[PERSON|Cheryl]], said the building safety fund may cover it. Vote: 11 for applying, 1 abstained.",
    "Does this sound like phishing? 'Hi [[PERSON|Dominic]], your trade account [[ID_NUMBER|TA-7730195]] has been suspended. Verify your card at the link below within 24h.'",
    "Help me chase a refund. I paid the kitchen designer, [[PERSON|Leonie Hart]], a £500 design fee on [[CREDIT_CARD|4026 1398 5470 2188]] and she cancelled the project herself. Draft an email to her and then one to my card issuer.",
    "Summarise: 'Hi, it's [[PERSON|Zoltan]] from the glazing firm, the unit for the bathroom was measured wrong, I'm remaking it, ready in 10 days, no extra charge.'",
    "How should we split a shared drain repair? It serves four houses: us, [[PERSON|Kowalczyk]] at 12, [[PERSON|Deirdre]] at 14 and a rented house. The drainage firm quoted £1,640 and the blockage was under [[PERSON|Deirdre]]'s garden.",
    "Can you rewrite this so it's not creepy: 'Hi [[PERSON|Bartek]], door code for the block is [[PASSWORD|C1984X]], the flat is [[STREET_ADDRESS|Flat 7, Kingfisher Court, 22 Rowan Road, Reading RG1 4EB]], I'll be at work but my flatmate [[PERSON|Juno]] may be in.'",
    "Explain electrical observation code C2 in simple words. The electrician, [[PERSON|Marcel]], ticked it for 'no RCD protection for sockets'.",
    "Our CCTV installer left a note for remote access: public IP [[IP_ADDRESS|203.0.113.58]], admin password [[PASSWORD|Camera$Gate77]]. He wants us to forward port 8000. Is that safe, and what should I ask him to change?",
    "Draft a reply to a customer who wants a cash discount. She's called [[PERSON|Tamsin]] and wants 15% off for cash. I want to say no nicely and explain everything goes through the books.",
    "Translate into French for the plasterer, [[PERSON|Jean-Baptiste]]: 'The ceiling in the hall still has cracks. Can you come back next Friday?'",
    "Please summarise this voicemail: 'Yeah hi, [[PERSON|Rocco]] here, the tiles you picked are discontinued, I've found a close match, pop into the showroom or I can email photos, my email's [[EMAIL_ADDRESS|rocco.ferri@ferritiling.com]]'",
    "My landlord's handyman, [[PERSON|Les]], turned up without notice and let himself in. Write a firm email to the landlord, [[PERSON|Pradeep Joshi]], at [[EMAIL_ADDRESS|pjoshi.lettings@gmail.com]], saying he must give 24 hours' notice.",
    "What questions should I ask a solar installer before signing? The rep, [[PERSON|Callum]], is coming round on Saturday.",
    "My mum gave the roofer her bank card and PIN ([[PASSWORD|7302]]) to get cash for materials. He came back with receipts, but I'm uneasy. Write a gentle message to her, [[PERSON|Pauline]], about not doing that again.",
    "Draft an invoice note: works at [[STREET_ADDRESS|4 Beech Grove, Harrogate HG2 0LS]] for [[PERSON|Imogen Sandford]]: replace two radiators, power flush, 6 hours labour. Payment to [[IBAN_CODE|GB20 LOYD 3096 2847 1033 58]] within 14 days.",
    "My contractor, [[PERSON|Travis Dupree]], sent a lien waiver form. It asks for my phone, [[PHONE_NUMBER|(504) 555-0128]], and the property address, [[STREET_ADDRESS|1127 Magnolia Street, New Orleans, LA 70115]]. What is a lien waiver and should I sign it?",
    "Write an SMS to our sparky, [[PERSON|Jacinta]], saying the smoke alarms keep chirping and can she pop round Thursday arvo. Her mobile is [[PHONE_NUMBER|0491 570 218]].",
    "Help me reply to [[PERSON|Guy Tremblay]], the plumber, who called from [[PHONE_NUMBER|(514) 555-0147]] to say my water heater rental is being upgraded for $40 a month more. I never asked for that.",
    "Locked out of the council repairs portal. My login is [[ID_NUMBER|rep_k.mensah]] and I reset the password to [[PASSWORD|Gable-Window-31]] but it still says invalid. Write an email to their helpdesk signed [[PERSON|Kofi Mensah]].",
    "Give me a checklist for checking a builder's credentials. The one we're considering is [[PERSON|Orla Finnegan]] of Greenacre Build.",
    "I need to write a witness statement about the day the neighbour's builder, [[PERSON|Dale]], knocked our boundary wall with a digger. Help me structure it: date, time, what I saw, photos.",
    "Make friendlier: '[[PERSON|Ahmed]], skip's on the pavement again. Move it.'",
    "Write instructions for our house-sitter, [[PERSON|Wren]], while the extension is built: builders arrive 7:30 and the foreman rings the bell twice; alarm code [[PASSWORD|4820]] at the panel by the stairs; gate code [[PASSWORD|1066]]; never let the dog into the garden while the trench is open; the water may go off for an hour on Wednesday; skip collection is Thursday so the car needs to be on the street; and if the inspector turns up, just show him the side return. Keep it to one page.",
    "Plan a weekend of DIY: resealing the bath and fixing the squeaky stair. My partner [[PERSON|Reuben]] is hopeless with a sealant gun, so include a job for him that can't go wrong.",
    "Who gets what? The roofer [[PERSON|Ikenna]] and his mate [[PERSON|Lachlan]] split £2,800 for the job 60/40, minus £310 for the skip that [[PERSON|Ikenna]] paid.",
]

# 100 one-person records in English and other languages; 42 carry a national id.
RECORDS = [
    "[[PERSON|Grace Adebayo-Lewis]] | site manager | [[PHONE_NUMBER|07700 900604]] | [[EMAIL_ADDRESS|g.adebayo-lewis@hollowaybuild.co.uk]]",
    "Accident book entry: [[PERSON|Callum Fraser]], scaffolder, fell from the second lift at 10:40 and was taken to A&E; NHS number [[ID_NUMBER|943 276 1851]].",
    "Induction record — [[PERSON|Paweł Zieliński]], labourer, PESEL [[ID_NUMBER|85112307649]], CSCS card [[ID_NUMBER|CS 7401 2296]], emergency contact on file.",
    "Umowa zlecenie: zleceniobiorca [[PERSON|Krzysztof Wąsik]], PESEL [[ID_NUMBER|92061508317]], zamieszkały [[STREET_ADDRESS|ul. Kwiatowa 14/3, 30-118 Kraków]], wykona instalację elektryczną w lokalu.",
    "Loonstrook: [[PERSON|Jeroen van Dijk]], timmerman, BSN [[ID_NUMBER|318462072]], uitbetaald op [[IBAN_CODE|NL54 RABO 0381 9274 65]].",
    "Personalbogen – Name: [[PERSON|Sabine Krüger]]; Beruf: Elektrikerin; Steuer-ID: [[ID_NUMBER|47309182650]]; Telefon: [[PHONE_NUMBER|030 23125 418]]",
    '{"subcontractor": "[[PERSON|Raymond Ochoa]]", "trade": "drywall", "ssn": "[[US_SSN|538-21-4476]]", "phone": "[[PHONE_NUMBER|(602) 555-0139]]"}',
    "Parte de trabajo: fontanero [[PERSON|Álvaro Requena Soto]], DNI [[ID_NUMBER|53819274X]], teléfono [[PHONE_NUMBER|+34 655 21 84 30]].",
    "Fiche salarié — [[PERSON|Mathieu Lefèvre]], maçon, n° de sécurité sociale [[ID_NUMBER|1 84 05 75 123 817 52]], joignable au [[PHONE_NUMBER|06 39 98 12 56]].",
    "Il geometra [[PERSON|Giovanni Russo]], codice fiscale [[ID_NUMBER|RSSGNN85M12F839R]], risiede in [[STREET_ADDRESS|Via dei Mille 27, 80121 Napoli]].",
    "Committente: [[PERSON|Federica Colombo]] — C.F. [[ID_NUMBER|CLMFRC90A55L219X]] — email [[EMAIL_ADDRESS|federica.colombo90@libero.it]]",
    "[[PERSON|Dwayne Royston]], electrician, [[EMAIL_ADDRESS|dwayne.royston@sparkmail.co.uk]], [[PHONE_NUMBER|07700 900219]], [[ID_NUMBER|JIB0448172]]",
    "Worker pass check: [[PERSON|Muthu Selvaraj]], FIN [[ID_NUMBER|G6047281K]], rigger, dormitory block 5, pass valid to December.",
    "Resident [[PERSON|Tan Wei Ling]] (NRIC [[ID_NUMBER|S7265183I]]) has an approved renovation permit; contact [[PHONE_NUMBER|+65 9184 2736]].",
    "装修业主：[[PERSON|王建国]] 身份证号：[[ID_NUMBER|310105198407124635]] 手机：[[PHONE_NUMBER|+86 139 1742 8653]] 工程：卫生间防水",
    "시공 계약자: [[PERSON|김민준]], 주민등록번호 [[ID_NUMBER|860417-1052933]], 연락처 [[PHONE_NUMBER|010-4827-3916]]",
    "作業員名簿 氏名 [[PERSON|佐藤 健太]] マイナンバー [[ID_NUMBER|7391 8264 0510]] 携帯 [[PHONE_NUMBER|090-3481-2275]]",
    "New starter form: [[PERSON|Kirra Donovan]], apprentice carpenter, TFN [[ID_NUMBER|730 192 645]], mobile [[PHONE_NUMBER|0491 570 336]].",
    "[[PERSON|Lachie Brennan]] cut his hand on the tile saw; Medicare card [[ID_NUMBER|3172 84605 1]] noted by the first aider.",
    "Subcontractor registration: [[PERSON|Ciarán Ó Súilleabháin]], PPS [[ID_NUMBER|7340192U]], RCT registered, [[EMAIL_ADDRESS|ciaran.osullivan.plumbing@eircom.net]].",
    "Entrepreneur : [[PERSON|Luc Vandenbroucke]], numéro national [[ID_NUMBER|85.07.14-293.54]], [[STREET_ADDRESS|Rue de la Station 48, 1300 Wavre]].",
    "Timeliste: [[PERSON|Ingrid Solberg]], rørlegger, fødselsnummer [[ID_NUMBER|15038843793]], 37,5 timer uke 14.",
    "Orçamento para [[PERSON|Joaquim Marques]], NIF [[ID_NUMBER|237184656]], morada [[STREET_ADDRESS|Rua do Almada 112, 4050-032 Porto]]: substituição do telhado.",
    "Recibo: recebi de [[PERSON|Luana Ferreira Costa]], CPF [[ID_NUMBER|735.204.816-26]], a quantia de R$ 3.200,00 referente à pintura do apartamento.",
    "Cadastro de prestador: [[PERSON|Edivaldo Santos]] — eletricista — CPF [[ID_NUMBER|281.947.360-13]] — WhatsApp [[PHONE_NUMBER|+55 11 98427-3106]]",
    "Fișă angajat: [[PERSON|Ionuț Popescu]], zidar, CNP [[ID_NUMBER|1800612405732]], telefon [[PHONE_NUMBER|+40 722 418 093]].",
    "Usta kaydı: [[PERSON|Mehmet Aydoğan]], T.C. kimlik no [[ID_NUMBER|28471630540]], cep [[PHONE_NUMBER|+90 532 418 27 96]].",
    "Contrato de obra: maestro [[PERSON|Cristián Muñoz Tapia]], RUT [[ID_NUMBER|14.382.657-0]], correo [[EMAIL_ADDRESS|cmunoz.tapia@gmail.com]].",
    "Töötaja: [[PERSON|Margus Tamm]], isikukood [[ID_NUMBER|38406120277]], elektrik, telefon [[PHONE_NUMBER|+372 5384 2176]].",
    "Verktaki: [[PERSON|Sigurður Jónsson]], kennitala [[ID_NUMBER|120387-2949]], pípulagningameistari.",
    "Zaměstnanec: [[PERSON|Petra Nováková]], rodné číslo [[ID_NUMBER|855312/1060]], obkladačka, bydliště [[STREET_ADDRESS|Husova 18, 602 00 Brno]].",
    "Працівник: [[PERSON|Олександр Коваленко]], РНОКПП [[ID_NUMBER|3129047513]], покрівельник, тел. [[PHONE_NUMBER|+380 67 418 2953]].",
    "Anställd: [[PERSON|Elin Lindqvist]], personnummer [[ID_NUMBER|790412-5387]], snickare, e-post [[EMAIL_ADDRESS|elin.lindqvist@byggmail.se]].",
    "Työntekijä [[PERSON|Juha Virtanen]], henkilötunnus [[ID_NUMBER|120884-3173]], putkiasentaja, puh. [[PHONE_NUMBER|+358 40 718 2934]].",
    "Εργάτης: [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|15038318422]], ηλεκτρολόγος, τηλ. [[PHONE_NUMBER|+30 697 341 2258]].",
    "קבלן: [[PERSON|אבי כהן]], תעודת זהות [[ID_NUMBER|037184629]], טלפון [[PHONE_NUMBER|+972 52 418 3769]]",
    "ACC claim note: [[PERSON|Tama Ngata]], builder, NHI [[ID_NUMBER|ZKP4820]], hurt his back lifting a joist, GP visit booked.",
    "T4A slip: recipient [[PERSON|Marc-André Gagnon]], SIN [[ID_NUMBER|618 394 258]], drywall contractor, [[STREET_ADDRESS|2214 rue Beaubien Est, Montréal, QC H2G 1M7]].",
    "Site access register: [[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|8607255283081]], plumber, in 07:12, out 16:45.",
    "Labour card: [[PERSON|Ramesh Yadav]], mason, Aadhaar [[ID_NUMBER|5739 2046 1832]], mobile [[PHONE_NUMBER|+91 98204 71635]].",
    "मिस्त्री का विवरण: नाम [[PERSON|सुनील कुमार]], आधार [[ID_NUMBER|3681 5072 9414]], मोबाइल [[PHONE_NUMBER|+91 94153 82076]]",
    "Quote accepted by [[PERSON|Hamish Drummond]] via [[EMAIL_ADDRESS|hamish.drummond@fastmail.com]]; start date agreed for the lean-to roof.",
    "Sehr geehrter Herr [[PERSON|Oberländer]], Ihre Steuer-Identifikationsnummer [[ID_NUMBER|86172049536]] fehlt noch auf der Rechnung für die Dachsanierung.",
    "Dear [[PERSON|Bernard]], your occupational health appointment after the ladder fall is confirmed. Please bring this letter; NHS number [[ID_NUMBER|485 720 3618]].",
    "Payroll query from [[PERSON|Femke Bakker]] (BSN [[ID_NUMBER|172950387]]): overtime for the Almere job is missing from March.",
    "Alta de trabajador: [[PERSON|Bogdan Ilie]], NIE [[ID_NUMBER|Y4718263B]], encofrador, domicilio [[STREET_ADDRESS|Calle de Embajadores 62, 3º B, 28012 Madrid]].",
    "Customer profile — Name: [[PERSON|Yvonne Castellanos]] · Address: [[STREET_ADDRESS|81 Sycamore Drive, Swindon SN3 6LP]] · Phone: [[PHONE_NUMBER|07700 900752]]",
    "2024-05-14T07:58:12Z login ok user=[[ID_NUMBER|t.okafor]] name=[[PERSON|Tobi Okafor]] src=[[IP_ADDRESS|192.0.2.114]] app=SiteDiary",
    '{"name": "[[PERSON|Marjorie Flint]]", "email": "[[EMAIL_ADDRESS|marjorie.flint@btopenworld.com]]", "job": "bathroom refit", "deposit_paid": true}',
    "Visitor register, Plot 14: [[PERSON|Hassan Jaber]] — badge [[ID_NUMBER|V-20417]] — in 08:05 — escorted by the site manager.",
    "Card payment taken by phone for a boiler service: cardholder [[PERSON|Gillian Royle]], card [[CREDIT_CARD|5271 4630 9851 2644]], amount £89.",
    "Supplier payment details for the stonemason [[PERSON|Ruairí Kehoe]]: [[IBAN_CODE|IE34 AIBK 9320 8471 6503 92]], pay within 30 days.",
    "Dear Ms [[PERSON|Whitfield]], thank you for choosing us for your loft insulation. Our surveyor will call you on [[PHONE_NUMBER|0117 496 0583]] to book a visit. Kind regards, the Warmhome team",
    "Handover sheet: homeowner [[PERSON|Kieran Doyle]], thermostat account [[EMAIL_ADDRESS|kieran.doyle@icloud.com]], temporary password [[PASSWORD|Hallway-Radiator-9]], change on first login.",
    "Van hire form: driver [[PERSON|Simone Achebe]], UK driving licence [[ID_NUMBER|ACHEB852147SA9XY]], staff badge [[ID_NUMBER|EMP-3318]].",
    "Travel booking for the Sofia site visit: [[PERSON|Nikolai Petrov]], passport [[ID_NUMBER|384015927]], mobile [[PHONE_NUMBER|+359 888 417 296]].",
    "Annwyl [[PERSON|Elin Mair Hughes]], bydd y trydanwr yn galw ddydd Mawrth. Ffoniwch [[PHONE_NUMBER|029 2018 0734]] os nad yw hynny'n gyfleus.",
    "Kunde: [[PERSON|Mette Kjærgaard]], [[STREET_ADDRESS|Nørregade 17, 2. th., 8000 Aarhus C]], ønsker tilbud på nyt badeværelse.",
    "Megrendelő: [[PERSON|Kovács Erzsébet]], telefon [[PHONE_NUMBER|+36 30 418 2765]], cím [[STREET_ADDRESS|Petőfi utca 23, 6720 Szeged]], munka: fürdőszoba felújítás.",
    "Khách hàng [[PERSON|Nguyễn Thị Lan]], số điện thoại [[PHONE_NUMBER|+84 90 418 3726]], cần sửa ống nước bị rò rỉ trong bếp.",
    "Pangalan: [[PERSON|Maricel Dizon]], tubero, numero [[PHONE_NUMBER|+63 917 428 3905]], email [[EMAIL_ADDRESS|maricel.dizon@yahoo.com.ph]].",
    "Fundi: [[PERSON|Baraka Mwangi]], simu [[PHONE_NUMBER|+254 712 418 396]], kazi: kujenga ukuta wa nyumba.",
    "Tradesperson profile — [[PERSON|Nkechi Umeh]], Gas Safe engineer, 12 yrs, covers Leeds and Wakefield, contact [[EMAIL_ADDRESS|nkechi@umehheating.co.uk]].",
    "Incident 2291: worker [[PERSON|Jakub Mráz]] reported his phone stolen from the cabin; employee no. [[ID_NUMBER|E10482]].",
    "[[PERSON|Delroy]] fixed the leaking stopcock and left his number, [[PHONE_NUMBER|07700 900341]], on the fridge.",
    "timesheet, [[PERSON|Anil Mehta]], [[ID_NUMBER|EMP-20931]], 42.5 hrs, approved",
    "To whom it may concern: [[PERSON|Oluwaseun Bello]] of [[STREET_ADDRESS|Flat 4, 19 Granby Street, Liverpool L8 2TN]] has worked for us as a plasterer since 2019.",
    "[2024-03-02 22:41:07] portal.login user=[[ID_NUMBER|rgonzalez]] name=[[PERSON|Rosa González]] ip=[[IP_ADDRESS|203.0.113.201]] ua=Android",
    "Integration owner: [[PERSON|Mikael Strand]], key [[API_KEY|trd_prod_9Vx4Kq2Lm8Rt6Np3Ws7Yb5Hc]] for the quoting app, rotate quarterly.",
    "Keyholder list: [[PERSON|Agnieszka Wrona]] — [[PHONE_NUMBER|07700 900927]] — alarm code [[PASSWORD|6631]]",
    "Permit application — owner: [[PERSON|Harold Jeffries]], [[STREET_ADDRESS|407 Pine Ridge Road, Asheville, NC 28804]], phone [[PHONE_NUMBER|(828) 555-0117]].",
    "Per the W-9 on file, [[PERSON|Consuela Ybarra]] (SSN [[US_SSN|287-64-1039]]) is paid as an independent roofing subcontractor.",
    "[[PERSON|Viktor Horvat]], site engineer, passport [[ID_NUMBER|HR7729143]] checked for right to work.",
    "Refund due to [[PERSON|Sebastian Oduya]] for a cancelled boiler service; original card [[CREDIT_CARD|6011 2047 3958 6149]].",
    "Presupuesto para [[PERSON|Inmaculada Herrero]], [[STREET_ADDRESS|Avenida de la Constitución 8, 41004 Sevilla]], correo [[EMAIL_ADDRESS|inma.herrero@hotmail.es]]: reforma integral de cocina.",
    "Devis n° 2024-118 pour [[PERSON|Amélie Rousseau]], [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]], tél. [[PHONE_NUMBER|+33 6 39 98 73 04]].",
    "Kundin [[PERSON|Hannelore Weiß]], [[STREET_ADDRESS|Lindenstraße 9, 20095 Hamburg]], Tel. [[PHONE_NUMBER|040 66969 227]], wünscht ein Angebot für den Heizungstausch.",
    "Gentile [[PERSON|Marco Barbieri]], le confermiamo l'intervento dell'idraulico giovedì. Per urgenze: [[PHONE_NUMBER|+39 347 218 4095]].",
    "Klant [[PERSON|Annelies Vermeulen]], [[EMAIL_ADDRESS|a.vermeulen@ziggo.nl]], wacht op een offerte voor de dakkapel.",
    "Transferência para o canalizador [[PERSON|Rui Tavares]], IBAN [[IBAN_CODE|PT36 0007 0000 0058 1937 4620 3]], referente à reparação do esquentador.",
    "Überweisung an Malermeister [[PERSON|Uwe Hartmann]], IBAN [[IBAN_CODE|DE08 1007 0024 0617 3829 5401]], Betreff: Treppenhaus.",
    "Virement à [[PERSON|Karim Benali]], plombier, IBAN [[IBAN_CODE|FR63 3000 4028 3700 0194 8265 J41]], facture de la chaudière.",
    "Pagament a l'electricista [[PERSON|Jordi Puig]]: IBAN [[IBAN_CODE|ES41 2100 0813 4051 9472 8306]], concepte: butlletí elèctric.",
    "Bonifico a favore di [[PERSON|Salvatore Greco]], piastrellista: [[IBAN_CODE|IT11 X030 6909 6061 0000 0146 329]].",
    "Przelew dla [[PERSON|Marian Lis]], dekarz, nr konta [[IBAN_CODE|PL07 1020 5561 0000 2739 4518 2603 47]].",
    "Rechnung an [[PERSON|Florian Gruber]], Installateur, Bankverbindung [[IBAN_CODE|AT16 1200 0529 1837 4620]].",
    "Betaling aan schrijnwerker [[PERSON|Wout Peeters]], rekening [[IBAN_CODE|BE35 0014 8736 2937]], voor de trap.",
    "Emergency contact card: [[PERSON|Moira Fitzgerald]], [[PHONE_NUMBER|+44 7700 900863]], blood group O+, allergic to latex.",
    "07:31 gate entry badge [[ID_NUMBER|B-55102]] ([[PERSON|Gordon Abernethy]]), vehicle parked in bay 3.",
    "Shoutout to [[PERSON|Precious Moyo]] for the neatest consumer unit I've ever seen, book her on [[PHONE_NUMBER|07700 900478]]",
    '{"tech": "[[PERSON|Arjun Pillai]]", "van": "VN-12", "login": "[[ID_NUMBER|apillai]]", "pin": "[[PASSWORD|4419]]"}',
    "Father [[PERSON|Brendan Keogh]] asked for the church hall boiler to be serviced; ring the presbytery on [[PHONE_NUMBER|0151 496 0372]].",
    "Planning objection from [[PERSON|Reginald Thistlewood]], [[STREET_ADDRESS|2 The Paddocks, Ludlow SY8 1QE]], about the rear extension at number 4.",
    "العميل: [[PERSON|خالد العتيبي]]، الجوال [[PHONE_NUMBER|+966 55 418 2379]]، طلب صيانة مكيف.",
    "Reference check: [[PERSON|Mariusz]] (surname withheld), previous employer e-mail [[EMAIL_ADDRESS|mariusz.k@budmax.pl]].",
    "Lien release signed by [[PERSON|Earl Whitaker]], SSN [[US_SSN|452-19-7730]], for work at [[STREET_ADDRESS|88 Cedar Lane, Boise, ID 83702]].",
    "[[PERSON|Shazia Qureshi]], licensed electrician, licence no. [[ID_NUMBER|EC 274819]], ph [[PHONE_NUMBER|+61 491 570 482]]",
    "Failed password attempts on the estimating server for [[PERSON|Nadine Caruso]] from [[IP_ADDRESS|2001:db8:4a1::27]] (5 in 2 minutes).",
    "Tenant [[PERSON|Wilhelmina Boateng]] reports no hot water; callback on [[PHONE_NUMBER|020 7946 0519]].",
    "内装業者 [[PERSON|田中 美咲]] さん メール [[EMAIL_ADDRESS|misaki.tanaka@kenchiku-mail.jp]] 見積もり依頼",
]

# 25 MT-Bench and Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive blog post of about 300 words arguing that apprenticeships in the building trades deserve the same respect as university degrees.",
    "Imagine you are Christopher Wren explaining the dome of St Paul's Cathedral to a modern apprentice. Stay in character and keep it under 200 words.",
    "Compose a limerick about Bob the Builder losing his favourite spirit level.",
    "Explain, as you would to a ten-year-old, why electricity can flow through water and why that makes bathrooms special places for wiring.",
    "Draft a friendly welcome message for the first day of a new plumbing apprentice, covering safety, tea breaks and asking questions.",
    "Compare timber-frame and brick-and-block construction for a two-storey house in a short table: cost, speed, insulation and noise.",
    "Write a Python function that takes a room's length, width and height in metres and returns the litres of paint needed for two coats, assuming one litre covers 12 square metres.",
    "Extract every material and its quantity from this list and return JSON: 40 bags of cement, 2 tonnes of sharp sand, 600 engineering bricks, 12 lintels.",
    "Role-play as a grumpy but kind old joiner giving advice to someone hanging their first door.",
    "What were the main reasons the Great Fire of London spread so quickly in 1666, and how did building rules change afterwards?",
    "Write a short story in which a haunted house turns out to have a very noisy central heating system.",
    "Summarise the main differences between a surveyor, an architect and a structural engineer in three bullet points each.",
    "How did the Romans make concrete that still stands today, and why don't we simply copy their recipe?",
    "Give me five creative names for a family-run handyman business and a one-line slogan for each.",
    "Rewrite this sentence in plain English: 'The contractor shall indemnify the employer against all losses arising from the negligent performance of the works.'",
    "Describe a day in the life of an electrician working on a large hospital construction site, in the style of a nature documentary narrator.",
    "What are the pros and cons of heat pumps compared with gas boilers for an older, draughty terraced house?",
    "Write a haiku sequence of three poems about a plumber fixing a frozen pipe at dawn.",
    "Explain how a combination boiler heats water on demand, step by step, without using jargon.",
    "If Isambard Kingdom Brunel could see modern motorway bridges, what would he likely admire and what might he criticise? Answer in his voice.",
    "Design a simple weekly schedule for a small building firm with three crews and five jobs, and explain the reasoning.",
    "Solve this riddle and explain: a builder has a wall that is 2 metres taller than it is wide, and its area is 15 square metres. What are its dimensions?",
    "Write a short, polite template a tradesperson could use to decline a job they are too busy to take on.",
    "Why do old houses often have sash windows, and how does the counterweight system inside the frame work?",
    "List ten questions a first-time buyer should ask before buying a house built in the 1930s, grouped by roof, walls, damp and services.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "A plumber charges £45 per hour plus a £30 call-out fee. If Maya's job takes 3.5 hours, how much is the bill?",
    "Theo is tiling a floor that is 4 metres by 3 metres. Each tile covers 0.25 square metres. How many tiles does he need, plus 10% extra for cuts?",
    "A bricklayer lays 60 bricks an hour. Jonah works 7 hours on Monday and 5 hours on Tuesday. How many bricks does he lay in total?",
    "Priti buys 12 lengths of copper pipe at £8.50 each and 30 fittings at £1.20 each. How much does she spend?",
    "A roll of cable is 100 metres long. Sam uses 23 metres in the kitchen, 31 metres upstairs and 18 metres in the garage. How much cable is left?",
    "Three decorators can paint a house in 6 days. How long would it take two decorators working at the same rate?",
    "Lena mixes mortar using 1 part cement to 4 parts sand. If she uses 15 buckets of sand, how many buckets of cement does she need?",
    "A fence is 36 metres long with a post every 3 metres, including one at each end. How many posts does Oskar need?",
    "An electrician earns £28 an hour. Ruby works 38 hours a week for 4 weeks and gets a £150 bonus. What does she earn in total?",
    "A skip holds 6 cubic metres. Dev's renovation produces 20 cubic metres of rubble. How many skips must he hire?",
    "Carla's roof has 1,200 tiles. A storm breaks 8% of them. How many tiles need replacing?",
    "Paint costs £32 for a 5-litre tin. Felix needs 18 litres. How many tins must he buy and what do they cost?",
    "A builder quotes £14,000 for an extension and asks for 25% upfront, 50% halfway and the rest at the end. How much is each payment for Nadia?",
    "Hugo drives 42 miles to a job and back each day for 5 days. His van does 35 miles per gallon. How many gallons does he use?",
    "A wall is 5 metres long and 2.4 metres high with a window of 1.2 by 1 metres. What area of plaster does Ines need?",
    "Kit can assemble a kitchen cabinet in 40 minutes. How many cabinets can he assemble in a 7-hour day with a 30-minute lunch?",
    "A plasterboard sheet is 2.4 metres by 1.2 metres. How many sheets does Ayo need to cover a ceiling of 4.8 by 3.6 metres?",
    "Marta charges £180 a day and her labourer £110 a day. A job takes them 4 days. What is the labour cost?",
    "Eli buys screws in boxes of 200. He needs 1,350 screws. How many boxes must he buy and how many screws are left over?",
    "A water tank holds 240 litres and fills at 8 litres per minute. How long does it take Freya to fill it from empty?",
    "Joel's radiator is 600 mm wide. He wants to centre it on a wall that is 3.2 metres long. How far from each corner is it?",
    "A concrete slab is 6 metres by 4 metres and 0.1 metres thick. How many cubic metres of concrete does Aziz need to order?",
    "Nell paid £2,400 for a boiler and £650 to fit it. VAT at 5% applies to both. What was the total?",
    "A ladder 5 metres long leans against a wall with its foot 3 metres from the wall. How high up the wall does it reach, so Benji knows where to work?",
    "Two apprentices, Ivo and Rhea, share £900 in the ratio 4:5. How much does each receive?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "In a UK domestic installation, which colour is the live conductor in modern fixed wiring? A) Blue B) Brown C) Green and yellow D) Black",
    "Which device is designed mainly to protect people from electric shock by detecting earth leakage? A) MCB B) RCD C) Fuse spur D) Isolator",
    "Ohm's law states that voltage equals: A) current divided by resistance B) resistance divided by current C) current multiplied by resistance D) power multiplied by current",
    "Which material is traditionally used for a damp-proof course in older brick houses? A) Slate B) Plasterboard C) Timber D) Glass",
    "What does a lintel do? A) Carries the load above an opening B) Drains water from a roof C) Seals a window frame D) Levels a floor",
    "Which type of joint is most commonly used to join copper pipes with a flame? A) Compression B) Push-fit C) Soldered D) Threaded",
    "Portland cement hardens mainly by: A) evaporation of water B) hydration reactions C) oxidation in air D) freezing",
    "A U-value measures: A) sound insulation B) fire resistance C) rate of heat loss D) load capacity",
    "Which roof shape has slopes on all four sides? A) Gable B) Hip C) Mansard only D) Lean-to",
    "In plumbing, a trap under a sink exists mainly to: A) increase pressure B) block sewer gases C) filter debris D) heat water",
    "Which of these timbers is a hardwood? A) Pine B) Spruce C) Oak D) Larch",
    "The power used by a 230 V appliance drawing 10 A is: A) 23 W B) 240 W C) 2,300 W D) 23,000 W",
    "Which document in England sets the minimum standards for building work? A) The Building Regulations B) The Highway Code C) The Party Wall Act only D) The Planning Portal",
    "A spirit level is used to check that a surface is: A) smooth B) horizontal or vertical C) waterproof D) square to another surface",
    "Which of the following best describes efflorescence on brickwork? A) Fungal growth B) White salt deposits C) Cracking from frost D) Mortar shrinkage",
    "The Pythagorean 3-4-5 method is used on site to set out: A) a level line B) a right angle C) a curve D) a gradient",
    "What is the main hazard of asbestos fibres? A) Burns B) Lung disease C) Electric shock D) Hearing loss",
    "Which gas is the main component of natural gas supplied to homes? A) Propane B) Butane C) Methane D) Hydrogen",
    "Building on clay soil can lead to subsidence mainly because clay: A) dissolves in rain B) shrinks and swells with moisture C) is too hard to dig D) conducts heat",
    "A ring final circuit in a UK home is normally protected by a device rated at: A) 6 A B) 16 A C) 32 A D) 63 A",
    "Which architectural style is the Pantheon in Rome an example of? A) Gothic B) Classical C) Brutalist D) Art Deco",
    "Condensation on the inside of a window forms when warm moist air: A) meets a surface below its dew point B) is heated further C) passes through a filter D) is compressed",
    "In economics, a builder who raises prices because timber has become scarce is responding to: A) a fall in demand B) a supply shock C) deflation D) a tariff cut",
    "Which tool is used to cut a mitre joint accurately at 45 degrees? A) Plumb bob B) Mitre saw C) Trowel D) Float",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it dangerous to breathe in plaster dust, and what kind of mask should I wear when sanding?",
    "What should I do straight after a mild electric shock from a socket if I feel fine?",
    "How can I tell if black mould in a bathroom is affecting my health?",
    "What are the early signs of carbon monoxide poisoning, and when should I go to hospital?",
    "I cut my hand on a tile edge and it won't stop bleeding. When does a cut need stitches?",
    "Can working on ladders all day cause back problems, and what stretches help?",
    "Is silica dust from cutting concrete really a cancer risk, or is that overstated?",
    "What is vibration white finger and how long can you use a breaker before it becomes a risk?",
    "How should I treat a minor burn from a blowtorch while soldering pipes?",
    "Are the fumes from gloss paint harmful during pregnancy?",
    "What are the symptoms of Legionnaires' disease and how is it linked to water tanks?",
    "How much water should you drink when doing heavy labour outside in hot weather?",
    "Can kneeling on hard floors all day cause long-term knee damage, and do knee pads help?",
    "What should be in a first aid kit for a small building site?",
    "Is it safe to sleep in a freshly painted room the same night?",
    "What are the signs of heatstroke compared with heat exhaustion?",
    "How do I get a splinter of wood out from under a fingernail safely?",
    "Could the dust from old loft insulation cause my cough, and should I see a doctor?",
    "What is the right way to lift a heavy bag of cement without hurting my back?",
    "How long does tinnitus from using a disc cutter without ear protection usually last?",
    "Is it normal for eyes to sting for a day after getting grout in them, and when is it urgent?",
    "What are the health risks of lead paint in an old house when renovating?",
    "How can damp and cold homes make asthma worse in children?",
    "What should you do if someone falls from a scaffold and complains of neck pain?",
    "Can strong solvent adhesives cause headaches and dizziness, and how much ventilation is enough?",
]

# Every national id in RECORDS and its check-digit validator.
NATIONAL_IDS = {
    "943 276 1851": nhs_ok,  # NHS number
    "485 720 3618": nhs_ok,
    "85112307649": pesel_ok,  # Polish PESEL
    "92061508317": pesel_ok,
    "318462072": bsn_ok,  # Dutch BSN
    "172950387": bsn_ok,
    "47309182650": steuer_id_ok,  # German tax id
    "86172049536": steuer_id_ok,
    "53819274X": dni_ok,  # Spanish DNI
    "Y4718263B": dni_ok,  # Spanish NIE
    "1 84 05 75 123 817 52": nir_ok,  # French NIR
    "RSSGNN85M12F839R": codice_fiscale_ok,  # Italian codice fiscale
    "CLMFRC90A55L219X": codice_fiscale_ok,
    "G6047281K": nric_ok,  # Singapore FIN
    "S7265183I": nric_ok,  # Singapore NRIC
    "310105198407124635": china_id_ok,  # Chinese resident identity number
    "860417-1052933": rrn_ok,  # Korean resident registration number
    "7391 8264 0510": my_number_ok,  # Japanese My Number
    "730 192 645": tfn_ok,  # Australian tax file number
    "3172 84605 1": medicare_ok,  # Australian Medicare card
    "7340192U": pps_ok,  # Irish PPS number
    "85.07.14-293.54": belgian_id_ok,  # Belgian national number
    "15038843793": fodselsnummer_ok,  # Norwegian fødselsnummer
    "237184656": nif_ok,  # Portuguese NIF
    "735.204.816-26": cpf_ok,  # Brazilian CPF
    "281.947.360-13": cpf_ok,
    "1800612405732": cnp_ok,  # Romanian CNP
    "28471630540": kimlik_ok,  # Turkish kimlik
    "14.382.657-0": rut_ok,  # Chilean RUT
    "38406120277": isikukood_ok,  # Estonian isikukood
    "120387-2949": kennitala_ok,  # Icelandic kennitala
    "855312/1060": rodne_cislo_ok,  # Czech rodné číslo
    "3129047513": rnokpp_ok,  # Ukrainian RNOKPP
    "790412-5387": luhn_len(10),  # Swedish personnummer
    "120884-3173": hetu_ok,  # Finnish henkilötunnus
    "15038318422": luhn_len(11),  # Greek AMKA
    "037184629": luhn_len(9),  # Israeli teudat zehut
    "ZKP4820": nhi_ok,  # New Zealand NHI
    "618 394 258": luhn_len(9),  # Canadian SIN
    "8607255283081": luhn_len(13),  # South African id
    "5739 2046 1832": aadhaar_ok,  # Indian Aadhaar
    "3681 5072 9414": aadhaar_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01\d{2} 496 0\d{3}",  # UK city drama ranges (0115, 0117, 0131, 0151, 0161)
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(30|31|34|36|39|40|48|55|63|65|84|86|90|91|254|358|359|372|380|966|972) [\d -]+\d",  # no fiction range known
    )
]

SECRET_CHATS = 21
NATIONAL_ID_RECORDS = 42


def check_mix() -> None:
    """Every entity type appears; the chats hold the planned number of secrets and mostly
    name someone; each record names exactly one person beside one to four other values;
    the planned number of records carry a national id."""
    every = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if every != TYPES:
        raise SystemExit(f"types never used: {sorted(TYPES - every)}")
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    if secret != SECRET_CHATS or named < 110:
        raise SystemExit(f"chat: {secret} texts with a secret, {named} with a name")
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if with_id != NATIONAL_ID_RECORDS:
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
    check_national_ids(RECORDS, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind148", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
