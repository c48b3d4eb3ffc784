# ruff: noqa: E501
"""A hundred-and-fifty-second blind privacy set: 220 texts with personal data and 100 clean
ones, on insurance claims, loss adjusters and brokers.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py`` (inline
``[[TYPE|value]]`` marks, span checks, row writers, national-id validators), lines 1 to 8 and
the "Labels:" paragraph of ``README.md``, and the docstring and non-text code of
``build_blind36.py`` (imports, constants, check functions, ``main``), never the detector,
its rules, docs, tests, git history or the other sets' texts. Every text is typed by hand
with inline marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a person would type to a general assistant behind a
  company gateway: drafting texts, e-mails and letters to loss adjusters, brokers,
  claimants and family, summarising pasted voicemails, call logs, interview notes and
  minutes, translating, fixing wording, splitting excesses and repair bills, asking
  whether a caller or message is a scam, planning site visits. The first 30 are typed all
  in lower case (names, e-mails, codes and postcodes too, with shorthand and typos), the
  next 6 in French, German, Spanish, Portuguese, Polish and Turkish, the other 84 in
  ordinary English. Names of many origins and shapes (first names alone, surnames after
  titles, full names, nicknames, names that are ordinary words, many named in passing),
  1 to 8 values each; 109 name someone, 21 hold a secret (passwords, PINs, gate, door,
  alarm, key-safe and locker codes, wifi keys), and every entity type appears.
* 100 one-person records (4 to 60 words): prose, profile lines, pipe and CSV rows, JSON
  objects, log lines, register entries and short letters in English and 27 other languages
  (Chinese, Portuguese, Hindi, Swedish, Dutch, Korean, French, Turkish, Polish, Italian,
  Finnish, Japanese, Spanish, Irish, Norwegian, Romanian, Estonian, Icelandic, Czech,
  Ukrainian, German, Greek, Hebrew, Danish, Vietnamese, Arabic, Hungarian); each names one
  person (one CSV row splits the name over two columns) and holds 1 to 4 other values, four
  of them a secret; 43 carry a national id with valid check digits (Chinese resident id,
  Brazilian CPF, Indian Aadhaar, Singapore NRIC and FIN, Swedish personnummer, Dutch BSN,
  Korean resident registration number, Australian TFN and Medicare, Canadian SIN, Turkish
  kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus, South
  African id, Japanese My Number, Spanish DNI and NIE, Irish PPS number, French NIR, Belgian
  national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT,
  Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax
  id, New Zealand NHI, Greek AMKA, Israeli teudat zehut); two chats carry one more (an NHS
  number, a Canadian SIN).
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (some name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly on the theme.

Labelling rules followed: usernames, logins, member, customer, policy, account, badge,
staff and employee numbers, professional registration numbers, passports, driving
licences and national ids are ID_NUMBER (a policy number is the policyholder's account
with the insurer); PINs, door, gate, alarm, key-safe and locker codes, wifi keys and
passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, M., Frau, Madame,
mevrouw, Auntie, Uncle, Grandpa, my nan) stay outside PERSON spans; an address span runs
from the first street line through the postcode and city as typed; public figures,
historical and fictional people, pets, companies, claim, order, invoice and booking
references, amounts, network names and dates of birth are not labelled; every occurrence
of a private value (and every part of a name said again alone) is marked.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0131 496 0, 0161 496 0, 0191 498 0, 029 2018 0, 028 9018 0, 01632 960; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125, 040 66969) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from the documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind152.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|M|Mme|Madame|Herr|Frau|Sr|Sra|Auntie|Uncle|Grandpa|Nan|mevrouw)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u help me word a text to the loss adjuster, hes called [[PERSON|gareth pryce]] and his mobile is [[PHONE_NUMBER|07700 900417]]. want to tell him the plasterer cant start till the 14th so the drying cert will be late",
    "summarise this voicemail pls: hi its [[PERSON|bisi]] from harbourline claims about the escape of water at [[STREET_ADDRESS|14 kelso road, leeds ls6 2ab]], ring me back on [[PHONE_NUMBER|0113 496 0582]] before 4 or email [[EMAIL_ADDRESS|bisi.adeyemi@harbourline-claims.co.uk]] with the meter photos",
    "my broker [[PERSON|tomasz]] asked me to send him my claims portal login so he can upload the photos for me. username [[ID_NUMBER|kowal_ania88]] password [[PASSWORD|bluebell!2290]]. is that normal or should i be worried",
    "excess is £250, split it between me, [[PERSON|dev]] and [[PERSON|ffion]] but [[PERSON|dev]] already paid the plumber £90 so take that off his share. how much does everyone owe",
    "translate into polish for my neighbour mrs [[PERSON|nowak]]: the adjuster comes thursday at 10, please leave the side gate unlocked, the keypad code is [[PASSWORD|4471]]",
    "rewrite this so it sounds less angry: '[[PERSON|lorraine]] you said the cheque was posted three weeks ago and nothing has come. my policy no is [[ID_NUMBER|hhp-55820913]]. sort it out.'",
    "is this a scam? got a text saying your motor claim payout is ready, confirm card and expiry to release funds. i replied with [[CREDIT_CARD|4539 1782 0461 5385]] before thinking. what do i do now",
    "minutes from todays call w/ the adjuster: attendees me, [[PERSON|priya raman]] (adjuster), [[PERSON|kev]] from the roofers. [[PERSON|priya]] said storm damage is covered but not the gutters. [[PERSON|kev]] to quote by friday. tidy these into bullet points",
    "whats a polite way to ask mr [[PERSON|okonkwo]] the broker whether the contents cover includes my bike when its locked up at work? his email is [[EMAIL_ADDRESS|e.okonkwo@fairleighbrokers.com]]",
    "landlord wants my renters insurance details. my names [[PERSON|jules marchetti]], policy [[ID_NUMBER|rnt4471908]], new address [[STREET_ADDRESS|flat 3, 22 dunmore street, glasgow g5 8pq]]. write a short reply giving him that",
    "my nan lost her hearing aids on holiday in malta. help me write the bit of the travel claim form that says what happened. shes [[PERSON|edna whitlock]], member no [[ID_NUMBER|sm-0448172]], and they can ring me on [[PHONE_NUMBER|01632 960318]]",
    "tidy this call log: 09:12 rang [[PERSON|sully]] re fence panels, no answer. 09:40 [[PERSON|sully]] called back from [[PHONE_NUMBER|07700 900835]], says next doors tree came down on them. 10:05 emailed claim pack to [[EMAIL_ADDRESS|sully.hart@mailbox.org]]",
    "write a note for the fridge: hi [[PERSON|raf]], wifi is homehub-7c2 and the key is [[PASSWORD|quietotter5531]], alarm code [[PASSWORD|2086]], the damp patch the adjuster needs to see is in the back bedroom. back by 3",
    "how do i split £1,840 for the shared storm repair between 4 flats if flat 2 ([[PERSON|mo]]) has double the roof area? the rest are me, [[PERSON|anneliese]] and [[PERSON|kwame]]",
    "check my grammar: dear ms [[PERSON|hollis]], i am writing regarding the claim for water damage at [[STREET_ADDRESS|7 orchard view, taunton ta1 4rr]]. i attach the plumbers invoice and the photos. kind regards, [[PERSON|nadia farouk]]",
    "hey turn this into a short email to my broker [[PERSON|hamish]]: our dog biscuit had surgery 2 weeks ago, the vet is sending the invoice direct, my customer no is [[ID_NUMBER|pt-2209317]]",
    "someone rang saying theyre from my insurer and needed my online banking pin to verify the refund. i gave them [[PASSWORD|7302]] and then read out my iban [[IBAN_CODE|gb70barc20658143927061]]. what do i do first",
    "plan my route for tomorrow starting from harrogate: 9am [[PERSON|d. castellano]] at [[STREET_ADDRESS|3 beech grove, ripon hg4 1jd]], 11am mr [[PERSON|okafor]] at [[STREET_ADDRESS|11 mill lane, knaresborough hg5 0ax]], 2pm [[PERSON|lindiwe]] at [[STREET_ADDRESS|flat 6, 40 victoria avenue, harrogate hg1 5qq]]. need an hour for lunch somewhere",
    "is 'we regret to inform you your claim was declined' too harsh? writing to [[PERSON|tobi]] about his gadget claim, the phone was left in a taxi. give me a softer opening",
    "my daughters login for the student contents cover keeps failing. email [[EMAIL_ADDRESS|maisie.k.2004@gmail.com]] password [[PASSWORD|ponyclub77]]. why would it say account locked",
    "write a text to [[PERSON|stevo]] saying the assessor needs to get into his garage on saturday to look at the flood line, key safe by the side door is [[PASSWORD|1958]]",
    "summarise these notes from the claimant interview: claimant [[PERSON|rhiannon bevan]] of [[STREET_ADDRESS|27 heol y coed, cardiff cf14 6hq]]. car hit while parked outside her work on tuesday. witness [[PERSON|gwyn]] left his number [[PHONE_NUMBER|029 2018 0974]]. [[PERSON|rhiannon]] says the other driver admitted fault",
    "fix the wording: 'hi [[PERSON|jacqui]], as discussed the broker fee of £75 is non refundable even if u cancel within 14 days'. is that even allowed",
    "i run a small brokerage, our crm api key got pasted in a group chat: [[API_KEY|crmx_live_9f3kq27vlm0zt84wpa61]]. how bad is it and what do i rotate first",
    "insurer app says new sign in from [[IP_ADDRESS|203.0.113.48]] at 2am, i was asleep. my home ip is [[IP_ADDRESS|198.51.100.23]]. is someone in my account",
    "need a reply to the adjuster [[PERSON|fenella]] about the contents list. she wants receipts for the tv and the sofa but i only have bank statements. claim ref is hh/22/90184",
    "write a gentle reminder to my brother [[PERSON|callum]] that he still owes me half of the £400 excess from the car claim and i need it before the 28th",
    "quick q, my ssn ended up on a claim form by mistake, its [[US_SSN|418-62-7395]]. the adjuster [[PERSON|dwayne]] says hell black it out. should i trust that",
    "make this voicemail transcript readable: uh yeah hi its [[PERSON|marguerite]] calling for [[PERSON|oisin]] about the subsidence survey um the engineer can do the 9th, call me on [[PHONE_NUMBER|020 7946 0193]] thanks bye",
    "lockers at the claims office, mine is 14 and the code is [[PASSWORD|8823]], can u remind me in a note to give it to [[PERSON|wren]] before i go on leave",
    # --- six other languages ---
    "Peux-tu résumer ce message vocal ? « Bonjour, c'est [[PERSON|Mathilde Roux]], l'experte mandatée par votre assureur pour le dégât des eaux. Je passerai mardi au [[STREET_ADDRESS|12 rue des Tanneurs, 69005 Lyon]]. Rappelez-moi au [[PHONE_NUMBER|06 39 98 41 27]]. »",
    "Bitte formuliere eine kurze, höfliche E-Mail an Herrn [[PERSON|Albrecht]] vom Maklerbüro: Der Gutachter war da, der Sturmschaden am Dach ist dokumentiert, meine Versicherungsnummer lautet [[ID_NUMBER|HV-77203158]]. Er erreicht mich unter [[PHONE_NUMBER|030 23125 684]].",
    "¿Es una estafa? Me llamó un tal [[PERSON|Rubén Ortega]] diciendo que es perito de mi aseguradora y me pidió el código de la alarma para revisar la casa cuando yo no esté. Ya se lo di: [[PASSWORD|5519]]. ¿Qué hago?",
    "Divida a franquia de R$ 1.200 do conserto do carro entre mim, a [[PERSON|Luíza]] e o [[PERSON|Thiago]]. A [[PERSON|Luíza]] já pagou o guincho (R$ 180). Quanto cada um deve?",
    "Przetłumacz na angielski: Szanowny Panie [[PERSON|Wiśniewski]], w załączeniu przesyłam zdjęcia zalanej łazienki. Mój numer polisy to [[ID_NUMBER|PZ-40917352]], a telefon [[PHONE_NUMBER|+48 512 304 778]]. Z poważaniem, [[PERSON|Agnieszka Dąbrowska]]",
    "Şu notu özetler misin: Eksper [[PERSON|Murat Kaya]] bugün geldi, hasar tespit tutanağını [[EMAIL_ADDRESS|murat.kaya@eksper-ofis.com.tr]] adresinden gönderecek. Sigortalı [[PERSON|Elif Şahin]], telefon [[PHONE_NUMBER|+90 532 418 27 63]].",
    # --- ordinary English ---
    "Draft a short thank-you email to [[PERSON|Keiko Tanaka]], the loss adjuster who handled our kitchen fire claim so quickly. Her address is [[EMAIL_ADDRESS|k.tanaka@meridianloss.co.uk]]. Mention that the contractor starts on Monday.",
    "Summarise in three lines: 'Dear Mr [[PERSON|Adebayo-Cole]], following my visit on 2 March I can confirm the damage to the rear extension is consistent with the storm. However, the flat roof shows long-term wear, which is excluded. I will recommend a partial settlement. Regards, [[PERSON|Iain Drummond]], Chartered Loss Adjuster'",
    "Work out who owes what. The burglary excess is £350. [[PERSON|Rosa]] lost the most (laptop, £1,100), [[PERSON|Jamal]] lost a bike (£600) and I lost a watch (£300). Split the excess in proportion to what each of us lost.",
    "Is this legit? A 'claims recovery agent' called [[PERSON|Vince Harlow]] says he can get my declined flood claim paid if I send £200 and my policy login. He left the number [[PHONE_NUMBER|(312) 555-0142]].",
    "Write a note for the loss adjuster visiting while I'm at work: the key is in the lockbox by the back door, code [[PASSWORD|3690]]. Please don't let Pickle the cat out. If anything comes up, text [[PERSON|Hannelore]] on [[PHONE_NUMBER|07700 900274]].",
    "Can you translate this into Spanish for our cleaner, [[PERSON|Marisol]]? 'The insurance assessor will come on Friday morning. Please don't throw away the damaged rug, he needs to see it.'",
    "Turn this call log into a paragraph for the file: 14:02 outbound to claimant [[PERSON|Dimitri Papadakis]], mobile [[PHONE_NUMBER|0491 570 118]], no answer. 14:30 [[PERSON|Dimitri]] returned call, confirmed hail damage to car and carport. Agreed inspection Tues 8am at [[STREET_ADDRESS|41 Banksia Crescent, Toowong QLD 4066]]. 14:41 sent SMS confirmation.",
    "Fix the tone of this email from our broker team to a client: '[[PERSON|Bilal]], we told you three times the policy lapsed because the direct debit bounced. Not our problem.' Make it professional but still clear.",
    "Our broker portal integration stopped working. Here's the config I'm using: endpoint https://api.claimsbridge.example/v2, key [[API_KEY|cbx_prod_A7f9Qm2LrT4vX8kZ1nW6]], user id [[ID_NUMBER|broker-ops-0913]]. What's the likeliest cause of a 401?",
    "Help me plan a claims surgery day: I'm seeing Mr [[PERSON|Obi]] at 9, [[PERSON|Dermot Fitzgerald]] at 11 and [[PERSON|Soo-ah Park]] at 2 in our Croydon office. Give me a timetable with prep breaks.",
    "Rewrite for a seven-year-old: Grandpa [[PERSON|Ted]]'s car was hit, the insurance will fix it, and he'll borrow a courtesy car until then.",
    "My mom's auto claim form asks for her SSN. She's [[PERSON|Linda Marsh]], SSN [[US_SSN|529-47-1186]], and the adjuster [[PERSON|Carlos Ibáñez]] said to email it to him at [[EMAIL_ADDRESS|cibanez@tristatemutual.com]]. Is emailing it safe or should I call?",
    "Summarise this voicemail: 'Hi, [[PERSON|Niamh]] here from Castlegate Brokers, just to let you know the insurer has agreed the business interruption claim in principle. I'll need the last two VAT returns. You can reach me on [[PHONE_NUMBER|028 9018 0467]].'",
    "The surveyor needs to upload photos from our office tomorrow. Write him a welcome message: guest network Harbour-Guest, password [[PASSWORD|Tide&Anchor2024]], and ask for [[PERSON|Amber]] at reception.",
    "How do I reply to the broker asking where to send the refund of the cancelled premium? My IBAN is [[IBAN_CODE|IE70 BOFI 9000 1728 4619 37]] and the account is in my name, [[PERSON|Siobhán Kearney]].",
    "Text [[PERSON|Odile]] about the adjuster's visit.",
    "Turn these notes into minutes. Claims review, 3 June. Present: [[PERSON|Aroha Ngata]] (chair), [[PERSON|Ben Whitfield]], [[PERSON|Lucía Gómez]]. [[PERSON|Aroha]]: 14 open subsidence files, 3 over 90 days. [[PERSON|Ben]] to chase the engineers. [[PERSON|Lucía]] to review the [[PERSON|Hendry]] reserve.",
    "A 'loss adjuster' emailed asking for a £95 inspection deposit by card. I already sent [[CREDIT_CARD|5228 1490 3376 2048]], exp 09/27. How do I stop the payment?",
    "Write a LinkedIn recommendation for my former colleague [[PERSON|Thandiwe Mokoena]], a senior claims handler who trained me on complex liability claims.",
    "Our holiday villa was burgled and the travel insurer pays €1,200, but the excess is €150 per person. There are five of us: me, [[PERSON|Guus]], [[PERSON|Pieter]], [[PERSON|Marloes]] and [[PERSON|Sanne]]. [[PERSON|Guus]] had nothing stolen. How should we split it fairly?",
    "Plan my week: Monday desk reviews, Tuesday inspections in Bristol (Mrs [[PERSON|Chaudhry]], [[STREET_ADDRESS|18 Cotham Brow, Bristol BS6 6AR]]; Mr [[PERSON|Lang]], [[STREET_ADDRESS|5 Ashley Down Road, Bristol BS7 9JN]]), Wednesday court, Thursday broker lunch with [[PERSON|Tamsin]].",
    "Translate into Japanese, polite form: 'Dear Ms [[PERSON|Watanabe]], your travel claim for the cancelled flight has been approved. The payment will reach your account within five working days.'",
    "My dad keeps forgetting the PIN for his insurer's phone line. It's [[PASSWORD|6614]]. Write me a tiny card he can keep in his wallet that reminds him without saying the number outright.",
    "Who's right? My brother-in-law [[PERSON|Rafferty]] says third-party only covers fire and theft. I say it doesn't. Explain briefly.",
    "Draft a formal letter to the Financial Ombudsman about my declined claim. Complainant: [[PERSON|Grzegorz Lis]], [[STREET_ADDRESS|9 Ferndale Terrace, Sunderland SR2 7LP]], phone [[PHONE_NUMBER|0191 498 0526]], policy number [[ID_NUMBER|AVB/HOME/3318274]]. The insurer says the damage was gradual.",
    "Our broker office's router got flagged by the insurer's cyber scan: public IP [[IP_ADDRESS|198.51.100.77]] has remote desktop open. Explain the risk to our non-technical director, [[PERSON|Colm]].",
    "What should I bring to the meeting with the adjuster, Mr [[PERSON|Van der Berg]]? It's about a fire at our warehouse.",
    "Write a text to my landlord [[PERSON|Aurelio]] saying the burst pipe claim went through his building insurer and the plumber [[PERSON|Shay]] will call him from [[PHONE_NUMBER|07700 900561]].",
    "My husband [[PERSON|Kofi]] and I need to update our joint life policy after moving to [[STREET_ADDRESS|8 Larkspur Close, Milton Keynes MK10 9QT]]. Write the email to our broker, Ms [[PERSON|Delacroix]], at [[EMAIL_ADDRESS|a.delacroix@beaconrisk.co.uk]].",
    "Scam check: a message said my insurer's engineer needed my garage door code to confirm the appointment. I replied [[PASSWORD|0427]]. Was that dumb, and what should I change?",
    "Proofread: 'Dear [[PERSON|Hyun-woo]], thank you for sending the dashcam footage. I have forwarded it to the third party insurer and will update you once I hear back.'",
    "Help me write a subject access request to my insurer. I'm [[PERSON|Anjali Deshmukh]], customer number [[ID_NUMBER|CN-80417726]], email [[EMAIL_ADDRESS|anjali.d@postbox.net]].",
    "Convert this to a table with claimant, item and value. [[PERSON|Farah]]: iPhone £899. [[PERSON|Farah]]: AirPods £179. [[PERSON|Jonty]]: bike £1,250. [[PERSON|Jonty]]: helmet £90. [[PERSON|Mags]]: camera £640.",
    "Explain to [[PERSON|Beatriz]], who's new to the team, what subrogation means, with an example from a car crash.",
    "Draft a reply to the insurer's adjuster, [[PERSON|Olamide Bankole]], who asked for my driving licence number. It's [[ID_NUMBER|MORGA753116SM9IJ]]. Also ask her when the courtesy car will be sorted.",
    "Turn this into a polite chaser: 'Still no word on the subsidence claim. [[PERSON|Zoltan]] said four weeks. It's been nine.'",
    "I'm away when the carpet fitters come for the insurance job. Write instructions: front door code [[PASSWORD|7741#]], the damaged carpet is in the lounge, and leave the invoice for [[PERSON|Perpetua]] on the hall table.",
    "Summarise this thread in two sentences. From [[PERSON|Lars Eriksen]]: 'Broker here. The underwriter wants a fire risk assessment before renewing.' From me: 'We did one in March.' From [[PERSON|Lars]]: 'Great, send it to [[EMAIL_ADDRESS|lars@nordvikbroking.no]] by Friday.'",
    "Can you write a text to my neighbour [[PERSON|Bronwyn]] letting her know the assessor will be on her side of the fence Thursday? Her number is [[PHONE_NUMBER|0491 570 263]].",
    "Is Fenwick Claims Services legit? An adjuster there called [[PERSON|Delphine Moreau]] rang me out of the blue.",
    "For the travel claim I need both passport numbers: mine is [[ID_NUMBER|533816204]] and my son's is [[ID_NUMBER|547219033]]. Format the travellers section with our names, [[PERSON|Sunita Rao]] and [[PERSON|Jack Rao]], and put [[PERSON|Jack]] second.",
    "Write up minutes: renewal meeting with Pemberton Marine. Present: broker [[PERSON|Ahmed Siddiqui]], our CFO [[PERSON|Gwen Lloyd-Jones]], me. [[PERSON|Ahmed]] expects a 12% premium rise. [[PERSON|Gwen]] wants quotes from two other markets by 30 April.",
    "Explain in plain words what my adjuster Mr [[PERSON|Haddad]] meant by a betterment deduction.",
    "My sister [[PERSON|Yetunde]] got ill in Lisbon and the travel insurer's helpline wants her membership number, [[ID_NUMBER|TRV-5529184]], and a contact number. Draft a WhatsApp asking her for the hospital's details.",
    "Rewrite this as a kind message to a grieving widow: 'Mrs [[PERSON|Kowalczyk]], the life claim requires an original death certificate before we can pay.'",
    "Got an email saying 'Dear [[PERSON|Ewan]], your claim is approved, click to enter your bank login.' I typed my login [[ID_NUMBER|ewan.gillies77]] and password [[PASSWORD|Heather#Glen9]] before I noticed the odd domain. Now what?",
    "Work out each person's share of the £2,700 storm repair to the shared garage: [[PERSON|Abebe]] owns 2 bays, [[PERSON|Hope]] owns 1, and I own 3.",
    "Tell me if this is a scam: a man called [[PERSON|Desmond]] says he's a public loss adjuster and will take only 15% of my payout if I sign today. He gave me his email, [[EMAIL_ADDRESS|des.quarrie@claimchampions.co.uk]].",
    "Write a handover note for [[PERSON|Priyanka]]: the claims team shared drive password is [[PASSWORD|Marl1n-Blue-44]], the fire safe code is [[PASSWORD|90817]], and the broker queue needs clearing by 5.",
    "Translate into French: 'Hello Mr [[PERSON|Garnier]], I'm the loss adjuster appointed by your insurer. Could I visit on Tuesday to inspect the water damage?'",
    "My mum's private medical claim form wants her NHS number, which is [[ID_NUMBER|943 476 5919]]. She's [[PERSON|Patricia Gould]] and her GP is Dr [[PERSON|Oyelaran]]. Can you write a short cover note?",
    "Make this sound friendlier: '[[PERSON|Kasia]]. Photos needed. Today.'",
    "How do I tell Uncle [[PERSON|Bertie]] he can't claim for the fence on my home insurance because it's his fence?",
    "My insurer's app shows a login from [[IP_ADDRESS|2001:db8:4a1::17]] at 3am and my username is [[ID_NUMBER|rtamura_84]]. I was asleep. Draft a message to their fraud team.",
    "Summarise this voicemail: 'Hello, this is [[PERSON|Tobias Lindqvist]] from Northpoint Adjusting about the fire at your restaurant. Could you call me on [[PHONE_NUMBER|(617) 555-0188]] or email [[EMAIL_ADDRESS|tobias.l@northpointadj.com]]? Thanks.'",
    "My broker's assistant, [[PERSON|Gloria]], needs my card to take the renewal deposit. Write a short email giving it: [[CREDIT_CARD|4903 1726 5581 9404]], exp 11/26, name on card [[PERSON|Ifeoma Nwachukwu]].",
    "What's a fair way to share a £600 excess on a car we co-own, when [[PERSON|Ravi]] drives it 70% of the time and I drive it 30%?",
    "Give me five questions to ask the adjuster, [[PERSON|Sunniva Haugen]], about the fire claim settlement before I sign anything.",
    "Draft a letter to my renter's insurer: I'm [[PERSON|DeShawn Ellis]], [[STREET_ADDRESS|4410 Maple Ridge Drive, Apt 2B, Columbus, OH 43215]], and my laptop was stolen from my car. Policy number [[ID_NUMBER|RNT-0938475]]. Phone [[PHONE_NUMBER|(614) 555-0127]].",
    "Who should I contact, the broker or the insurer, when my claim handler [[PERSON|Wojtek]] stops replying?",
    "Rewrite: 'Me and [[PERSON|Jonah]] want to claim on the pet insurance for Bramble's vet bill of £1,300 but we lost the receipt'",
    "Draft a WhatsApp to my cousin [[PERSON|Amara]]: the insurer needs her witness statement about the crash by Friday, and she can email it to me at [[EMAIL_ADDRESS|nnamdi.eze@outlook.com]].",
    "Write a sticky note for the adjuster's visit: gate code [[PASSWORD|2580]], the dog is friendly, the damp is behind the wardrobe. Call me, [[PERSON|Lorcan]], on [[PHONE_NUMBER|07700 900652]] if stuck.",
    "My insurer in Ontario asked for my SIN to process the disability claim. It's [[ID_NUMBER|612 903 476]]. My name is [[PERSON|Geneviève Tremblay-Roy]]. Is it normal for them to ask?",
    "Summarise these claimant interview notes: Claimant [[PERSON|Hamza Yusuf]], employee number [[ID_NUMBER|EMP-33018]], says he slipped on a wet floor in the depot on 4 Feb. Supervisor [[PERSON|Orla Finnegan]] confirms there was no wet-floor sign. [[PERSON|Hamza]] was off work three weeks.",
    "Is it OK to give the loss adjuster my alarm code ([[PASSWORD|3318]]) so he can get in while I'm at work, or should I meet him? His name is [[PERSON|Brendan Cole]].",
    "What's the difference between a loss adjuster and a loss assessor? My neighbour [[PERSON|Rose]] keeps mixing them up.",
    "Please write a formal apology email from our brokerage to a client, Mr [[PERSON|Szabó]], whose renewal notice went to the wrong address.",
    "Housesitter note: address is [[STREET_ADDRESS|27 Wattle Street, Fremantle WA 6160]], wifi key [[PASSWORD|SaltyPelican88]], and the assessor from the insurer, [[PERSON|Kirra]], comes Wednesday about the storm damage.",
    "Plan a conversation with my elderly dad, [[PERSON|Maurice]], about moving his home insurance to a cheaper broker without upsetting him.",
    "Translate into Portuguese: 'Dear [[PERSON|João]], the adjuster confirmed the water damage is covered. Please send your bank details so the insurer can pay you directly.'",
    "Write a short email to the broker, Frau [[PERSON|Schröder]], confirming the refund should go to [[IBAN_CODE|DE08 5001 0517 9428 3610 57]], account holder [[PERSON|Kai Petersen]].",
    "Make this list into a nice message for the family chat: adjuster [[PERSON|Wiremu]] at 10, plumber at 12, Auntie [[PERSON|Lupe]] bringing lunch.",
    "I lost my staff badge at the claims centre. Draft an email to security: name [[PERSON|Fatima Zahra Benali]], badge number [[ID_NUMBER|B-20471]], last seen in the canteen.",
    "Is it normal that the adjuster, [[PERSON|Sunny]], wants to record our phone call about the theft claim?",
    "My insurer's portal keeps rejecting my new password '[[PASSWORD|Cornflower_1987]]'. What rules might it be breaking?",
    "Write a summary for my boss of the fraud call: the caller claimed to be [[PERSON|Heath]] from our insurer, asked staff for the office alarm code, and our receptionist [[PERSON|Pam]] nearly read out [[PASSWORD|4512]].",
    "The broker charged my Amex [[CREDIT_CARD|3756 912048 73106]] twice for the travel policy. Write the dispute message for me; I'm [[PERSON|Adaeze Okoro]].",
    "Short text to [[PERSON|Hemi]]: adjuster's running late, be there at 11.",
    "The contents claim is £8,400, underinsurance applies at 75% and the excess is £250. What do I get? Then write a text explaining it to my partner [[PERSON|Faith]].",
    "Our junior broker [[PERSON|Leilani]] sent client data to the wrong email, [[EMAIL_ADDRESS|kamalei.p@gmail.com]] instead of [[EMAIL_ADDRESS|kamalei.p@kaimanabroking.com]]. Draft an incident note.",
    "Help me write a complaint: my loss adjuster [[PERSON|Sergei Volkov]] has missed three appointments and never answers [[PHONE_NUMBER|+44 7700 900739]].",
    "Draft a message asking Mr and Mrs [[PERSON|Achterberg]] to send photos of the hail damage to their conservatory.",
    "Remind me to tell [[PERSON|Noor]] that the evidence locker code changed to [[PASSWORD|61-29-07]] and the claim files for Tuesday are in locker 3.",
]

# 100 one-person records in English and 26 other languages; 40 carry a national id.
RECORDS = [
    "理赔申请人：[[PERSON|王建国]] | 身份证号：[[ID_NUMBER|110105198706234714]] | 手机：[[PHONE_NUMBER|+86 139 1042 7735]] | 出险原因：暴雨导致车库进水",
    "Loss adjuster's note: met the policyholder, Ms [[PERSON|Harriet Quennell]], at [[STREET_ADDRESS|3 Church Walk, Lewes BN7 2LP]]; she can be reached on [[PHONE_NUMBER|07700 900128]].",
    "Segurado: [[PERSON|Renata Albuquerque]]; CPF [[ID_NUMBER|517.284.936-09]]; e-mail [[EMAIL_ADDRESS|renata.alb@provedor.com.br]]; sinistro nº 2024-118734 (colisão traseira).",
    "claim_id,claimant,email,phone\nCLM-88213,[[PERSON|Yusuf Demir]],[[EMAIL_ADDRESS|yusuf.demir@kentmail.co.uk]],[[PHONE_NUMBER|020 7946 0552]]",
    "Claimant [[PERSON|Meenakshi Iyer]], Aadhaar [[ID_NUMBER|5832 9047 1627]], resides at [[STREET_ADDRESS|14/2 Lakshmi Nagar, 3rd Cross, Bengaluru 560041]]; crop insurance loss reported after the hailstorm.",
    '{"adjuster_contact": {"name": "[[PERSON|Precious Mahlangu]]", "mobile": "[[PHONE_NUMBER|+27 71 394 2816]]", "login": "[[ID_NUMBER|pmahlangu]]"}}',
    "दावेदार: [[PERSON|सुरेश यादव]], आधार संख्या [[ID_NUMBER|3470 8815 2949]], मोबाइल [[PHONE_NUMBER|+91 98451 20736]]। बाढ़ से दुकान का सारा माल खराब हो गया।",
    '2024-03-02T11:47:09Z WARN portal.auth failed login user=[[ID_NUMBER|okeefe.d]] src=[[IP_ADDRESS|203.0.113.91]] attempts=5 name="[[PERSON|Declan O\'Keefe]]"',
    "[[ID_NUMBER|S9021473Z]] | [[PERSON|Tan Wei Ling]] | [[PHONE_NUMBER|+65 9173 4826]] | maid insurance, hospitalisation claim",
    "Register of broker complaints, entry 47: complainant Mr [[PERSON|Ishaan Batra]], of [[STREET_ADDRESS|22 Holloway Road, London N7 8JG]], alleges mis-sold gap insurance.",
    '{"claimant": "[[PERSON|Rizal bin Hassan]]", "fin": "[[ID_NUMBER|G6638105L]]", "email": "[[EMAIL_ADDRESS|rizal.hassan@mailsg.com]]", "incident": "work injury, finger fracture"}',
    "Dear Ms [[PERSON|Oduya]],\nThank you for your call. I have updated your contact e-mail to [[EMAIL_ADDRESS|adesuwa.oduya@inboxmail.co.uk]] and your phone to [[PHONE_NUMBER|0161 496 0743]].\nYours sincerely, Claims Team",
    "Skadeanmälan: [[PERSON|Linnea Bergqvist]], personnummer [[ID_NUMBER|790914-5083]], [[STREET_ADDRESS|Storgatan 17, 582 23 Linköping]]. Vattenskada i köket efter läckande diskmaskin.",
    "Workers' comp intake. Employee: [[PERSON|Marcus Bell]], SSN [[US_SSN|287-41-9036]], employee ID [[ID_NUMBER|004417]], phone [[PHONE_NUMBER|(404) 555-0161]].",
    "Verzekerde [[PERSON|Joost van Dijk]] (BSN [[ID_NUMBER|618347021]]) meldt stormschade aan het dak van [[STREET_ADDRESS|Prinsengracht 412, 1016 JK Amsterdam]]. Expert ingepland voor maandag.",
    "Broker: [[PERSON|Yolanda Estrada-Ruiz]] · staff no. [[ID_NUMBER|YE-5571]] · [[EMAIL_ADDRESS|yolanda@estradaruiz-brokers.co.uk]] · [[PHONE_NUMBER|0113 496 0927]]",
    "보험금 청구인 [[PERSON|김민준]] / 주민등록번호 [[ID_NUMBER|860417-1625381]] / 연락처 [[PHONE_NUMBER|010-4827-3195]] / 사고: 주차 중 접촉사고",
    "Skadeanmeldelse: [[PERSON|Mette Kjærgaard]], [[STREET_ADDRESS|Nørrebrogade 128, 2. tv., 2200 København N]], tlf. [[PHONE_NUMBER|+45 28 41 63 07]]. Vandskade fra overboen.",
    "2024-05-14 09:31 AEST claim intake | policyholder=[[PERSON|Brodie McAllister]] | tfn=[[ID_NUMBER|713 394 268]] | mobile=[[PHONE_NUMBER|0491 570 344]] | peril=hail",
    "Người yêu cầu bồi thường: [[PERSON|Nguyễn Thị Lan]], điện thoại [[PHONE_NUMBER|+84 912 384 567]], email [[EMAIL_ADDRESS|lan.nguyen84@thumail.vn]]. Xe máy bị ngập nước.",
    "Réclamation invalidité : [[PERSON|Étienne Gagnon]], NAS [[ID_NUMBER|293 517 645]], courriel [[EMAIL_ADDRESS|etienne.gagnon@courrielqc.ca]]. Dossier transmis à l'expert en sinistres le 3 mars.",
    "المطالب: [[PERSON|خالد العتيبي]]، جوال [[PHONE_NUMBER|+966 55 318 4072]]، البريد [[EMAIL_ADDRESS|k.alotaibi@mail-sa.com]]. تلف البضائع بسبب حريق في المستودع.",
    "Hasar dosyası: Sigortalı [[PERSON|Zeynep Arslan]], T.C. Kimlik No [[ID_NUMBER|53820617484]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]].",
    "Sehr geehrte Frau [[PERSON|Yılmaz]], für die Regulierung Ihres Hausratschadens benötigen wir Ihre Bankverbindung. Bitte bestätigen Sie die IBAN [[IBAN_CODE|DE54 3705 0299 0048 2173 65]].",
    "Patient: [[PERSON|Olwen Pritchard]] | NHS no. [[ID_NUMBER|721 058 3645]] | income protection claim, back injury | GP letter attached",
    "Fiche expert : M. [[PERSON|Thibault Marchand]], expert en bâtiment, [[PHONE_NUMBER|06 39 98 17 52]], [[EMAIL_ADDRESS|t.marchand@cabinet-expertise.fr]]. Disponible lundi.",
    "Dear Mr [[PERSON|Abernethy]], to process your critical illness claim we have recorded your NHS number as [[ID_NUMBER|608 312 9478]]. Please call us if this is wrong.",
    "Perito asignado: [[PERSON|Lucía Navarro]] – móvil [[PHONE_NUMBER|+34 612 48 93 07]] – colegiado nº [[ID_NUMBER|PSE-40218]]",
    "Poszkodowana: [[PERSON|Katarzyna Zielińska]], PESEL [[ID_NUMBER|92031507429]], tel. [[PHONE_NUMBER|+48 601 928 374]]. Szkoda: kradzież roweru z piwnicy, oględziny rzeczoznawcy 12.06.",
    "[[PERSON|Alessandro Ricci]] | [[EMAIL_ADDRESS|a.ricci@postaweb.it]] | [[IBAN_CODE|IT36 X030 6909 6061 0000 0417 382]] | rimborso franchigia",
    "Sinistro RCA: assicurata [[PERSON|Giovanna Fontana]], codice fiscale [[ID_NUMBER|FNTGNN79T41F839P]], residente in [[STREET_ADDRESS|Via dei Mille 23, 80121 Napoli]]. Il perito ha stimato il danno in 2.300 euro.",
    "2024/06/11 14:05 担当者メモ 契約者 [[PERSON|山本 美咲]] 様 連絡先 [[PHONE_NUMBER|080-5127-3349]] メール [[EMAIL_ADDRESS|misaki.yamamoto@jpmail.ne.jp]] 水漏れ事故の見積書を受領",
    "Vahinkoilmoitus | [[PERSON|Aino Lehtonen]] | hetu [[ID_NUMBER|240779-318S]] | [[EMAIL_ADDRESS|aino.lehtonen@posti-mail.fi]] | putkivuoto kylpyhuoneessa",
    "고객명: [[PERSON|이서연]] / 이메일: [[EMAIL_ADDRESS|seoyeon.lee@hanmail-mail.kr]] / 휴대폰 파손 보험금 청구 접수 완료",
    "Funeral policy claim lodged by [[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|7305125081089]], cellphone [[PHONE_NUMBER|+27 82 417 3096]]. Beneficiary details to follow.",
    "Likwidator szkód: [[PERSON|Paweł Nowicki]], nr legitymacji służbowej [[ID_NUMBER|LS-20931]], tel. [[PHONE_NUMBER|+48 22 418 73 05]].",
    "事故報告：契約者 [[PERSON|佐藤 健太]]、マイナンバー [[ID_NUMBER|3829 4170 5260]]、電話 [[PHONE_NUMBER|090-3481-7725]]。 台風で屋根瓦が破損。",
    "Refund card on file for [[PERSON|Hollis Wray]]: Mastercard [[CREDIT_CARD|5426 0391 8847 2610]].",
    "Asegurado: [[PERSON|Íñigo Etxeberria]] · DNI [[ID_NUMBER|73925816K]] · [[STREET_ADDRESS|Calle Mayor 41, 3.º B, 31001 Pamplona]] · Siniestro: incendio en cocina",
    "Försäkringstagaren [[PERSON|Oskar Lindgren]] nås på [[PHONE_NUMBER|+46 70 318 42 96]] eller [[EMAIL_ADDRESS|oskar.lindgren@postlada.se]]; besiktningsman bokad till fredag.",
    "La tomadora [[PERSON|Oksana Melnyk]], con NIE [[ID_NUMBER|Y4127390P]], comunica el robo de su bicicleta; contacto [[EMAIL_ADDRESS|oksana.melnyk@correo.es]].",
    "Tenant: [[PERSON|Kirrily Nguyen-Walsh]], [[STREET_ADDRESS|unit 4/88 Esplanade, Cairns QLD 4870]], [[PHONE_NUMBER|0491 570 882]]. Contents claim, storm.",
    "Claimant: [[PERSON|Clodagh Brennan]]; PPSN [[ID_NUMBER|8215374UA]]; address [[STREET_ADDRESS|6 Sallymount Avenue, Ranelagh, Dublin 6, D06 K2P1]]; claim: storm damage to garden wall.",
    "Visitor log, Claims Centre B: 08:52 | [[PERSON|Ayodele Fashola]] | badge [[ID_NUMBER|V-7731]] | escorted by reception",
    "Éilitheoir: [[PERSON|Pádraig Ó Súilleabháin]], uimhir PSP [[ID_NUMBER|3904618L]], guthán [[PHONE_NUMBER|+353 87 214 6093]]. Damáiste stoirme don díon.",
    '{"insured": "[[PERSON|Brianna Kowalczyk-Reyes]]", "ssn": "[[US_SSN|614-28-3370]]", "dl": "[[ID_NUMBER|K5520-41873-09281]]"}',
    "Madame [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 81 04 69 123 457 73]], [[STREET_ADDRESS|8 rue Mercière, 69002 Lyon]]. Sinistre dégât des eaux, passage de l'expert prévu le 18.",
    "Beste mevrouw [[PERSON|El Amrani]], wij hebben uw schadeformulier ontvangen. De uitkering maken wij over naar [[IBAN_CODE|NL05 RABO 0382 9174 56]].",
    "Schadegeval brandverzekering. Verzekerde: [[PERSON|Wouter Peeters]], rijksregisternummer [[ID_NUMBER|78.11.23-241.08]], IBAN [[IBAN_CODE|BE40 3101 8273 6451]].",
    "Perita [[PERSON|Inês Figueiredo]], telemóvel [[PHONE_NUMBER|+351 912 408 375]], vistoria agendada para dia 4.",
    "Skademelding: [[PERSON|Håkon Haugland]], fødselsnummer [[ID_NUMBER|14088549784]], tlf. [[PHONE_NUMBER|+47 412 83 906]]. Innbrudd i hytta, takstmann kommer torsdag.",
    "Security alert: policyholder account of [[PERSON|Ruairí Donnelly]] (login [[ID_NUMBER|rdonnelly_ie]]) accessed from [[IP_ADDRESS|198.51.100.142]] and [[IP_ADDRESS|2001:db8:77::9c]] within 4 minutes.",
    "Participação de sinistro: [[PERSON|Beatriz Sousa Carvalho]], NIF [[ID_NUMBER|248173901]], morada [[STREET_ADDRESS|Rua de Santa Catarina 312, 4000-447 Porto]].",
    "Asegurado: [[PERSON|José Luis Carrillo]], domicilio [[STREET_ADDRESS|Av. Insurgentes Sur 1457, Int. 302, Col. Insurgentes Mixcoac, 03920 Ciudad de México]], cel. [[PHONE_NUMBER|+52 55 3184 2709]].",
    "Asigurata [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2850912403185]], a declarat avarierea locuinței prin inundație; telefon [[PHONE_NUMBER|+40 722 315 948]].",
    "Versement de l'indemnité à [[PERSON|Noémie Favre]], IBAN [[IBAN_CODE|CH68 0023 3274 6193 8201 F]], Genève.",
    "Liquidación de siniestro N° 55821: asegurado [[PERSON|Matías Fuentes Rojas]], RUT [[ID_NUMBER|15.482.906-7]], correo [[EMAIL_ADDRESS|matias.fuentes@correo.cl]].",
    "Schadenmeldung von [[PERSON|Florian Gruber]], [[STREET_ADDRESS|Mariahilfer Straße 77/12, 1060 Wien]], IBAN [[IBAN_CODE|AT66 1490 0228 1637 4052]].",
    "Kahjuteade: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48806214211]], aadress [[STREET_ADDRESS|Tartu mnt 52-14, 10115 Tallinn]]. Veekahju vannitoas.",
    "Witness: [[PERSON|Gethin Rowlands]], [[PHONE_NUMBER|07700 900996]].",
    "Tjónstilkynning: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120483-2859]], sími [[PHONE_NUMBER|+354 862 4107]]. Vatnstjón í íbúð.",
    "Claims handler profile. Name: [[PERSON|Amaya Ferreira-Lund]]; employee no. [[ID_NUMBER|KI-08812]]; email [[EMAIL_ADDRESS|amaya.fl@kestrelinsure.co.uk]]; team: motor total loss.",
    "Pojištěná: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885417/0611]], e-mail [[EMAIL_ADDRESS|tereza.dvorakova@seznam-post.cz]]. Škoda na vozidle po krupobití.",
    "Kárbejelentő: [[PERSON|Szabó Eszter]], telefon [[PHONE_NUMBER|+36 30 417 2856]], e-mail [[EMAIL_ADDRESS|eszter.szabo@levelem.hu]]. Jégkár a gépkocsin.",
    "Страхувальник: [[PERSON|Олена Ковальчук]], РНОКПП [[ID_NUMBER|3174029586]], тел. [[PHONE_NUMBER|+380 67 418 2093]]. Пошкодження авто внаслідок ДТП.",
    "Travel claim: traveller [[PERSON|Naveen Krishnamurthy]], passport [[ID_NUMBER|Z4417392]], email [[EMAIL_ADDRESS|naveen.k@travelpost.in]], trip cut short by illness.",
    "Versicherungsnehmer: [[PERSON|Matthias Brandt]] | Steuer-ID [[ID_NUMBER|47190382655]] | [[STREET_ADDRESS|Lindenstraße 18, 50674 Köln]] | Riester-Rentenversicherung",
    "ACC claim note: client [[PERSON|Tāne Parata]], NHI [[ID_NUMBER|ZKT4813]], phone [[PHONE_NUMBER|+64 21 408 3157]], knee injury at rugby training.",
    "Please call me back on [[PHONE_NUMBER|0131 496 0218]] regarding my contents claim. [[PERSON|Morag Cunningham]]",
    "Member: [[PERSON|Sienna Kowalski]] | Medicare [[ID_NUMBER|4172 83612 1]] | Address: [[STREET_ADDRESS|9 Jacaranda Place, Cairns QLD 4870]] | hospital excess waived",
    "Wypłata odszkodowania: [[PERSON|Tomasz Wróbel]], rachunek [[IBAN_CODE|PL90 1050 2998 1827 3645 0193 7582]].",
    "Δήλωση ζημιάς: [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|14068603183]], κινητό [[PHONE_NUMBER|+30 694 512 7380]]. Ζημιά από πλημμύρα στο ισόγειο.",
    "Corretora responsável: [[PERSON|Larissa Monteiro]] | WhatsApp [[PHONE_NUMBER|+55 21 97315-4082]] | [[EMAIL_ADDRESS|larissa@monteiroseguros.com.br]]",
    "תובעת: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|314726050]], טלפון [[PHONE_NUMBER|+972 52 384 9106]]. נזק לרכב בחניון.",
    "[2024-07-19 16:22:41] claims-api INFO key rotated for user [[ID_NUMBER|hbaptiste]] ([[PERSON|Hélène Baptiste]]): new key [[API_KEY|clmapi_3Jx9Pq7Wd2Lr8Nv5Tz1K]]",
    "车险报案记录：被保险人 [[PERSON|陈静]]，身份证 [[ID_NUMBER|320582199202140624]]，联系地址 [[STREET_ADDRESS|江苏省苏州市姑苏区十全街 88 号 3 栋 502 室]]，公估员已于周二现场查勘。",
    "Policyholder [[PERSON|Tyrone Jefferson]], [[STREET_ADDRESS|1908 Peachtree Lane, Macon, GA 31204]], [[PHONE_NUMBER|(478) 555-0104]], flood claim reopened.",
    "Prezado [[PERSON|Caio Mendonça]], recebemos a documentação do sinistro residencial. Confirme o CPF [[ID_NUMBER|083.615.742-71]] e o telefone [[PHONE_NUMBER|+55 11 98432-7160]] para liberarmos a indenização.",
    "Eksper: [[PERSON|Hakan Öztürk]] – sicil no [[ID_NUMBER|EKS-11482]] – [[EMAIL_ADDRESS|hakan.ozturk@eksperler.com.tr]]",
    "Premium refund for [[PERSON|Freja Holm]] to [[IBAN_CODE|DK91 3000 0004 2738 19]].",
    "Claimant: [[PERSON|Rahul Menon]] | Aadhaar: [[ID_NUMBER|2718 6630 4156]] | Mobile: [[PHONE_NUMBER|+91 94470 31825]] | Claim: two-wheeler theft, Kochi",
    "Reembolso para [[PERSON|Rui Tavares]], IBAN [[IBAN_CODE|PT59 0033 0000 4527 1839 4620 5]], telefone [[PHONE_NUMBER|+351 936 210 487]].",
    "Settlement payee: [[PERSON|Marcus Oyelowo-Grant]], IBAN [[IBAN_CODE|GB08 LOYD 3096 2817 4659 03]], email [[EMAIL_ADDRESS|marcus.og@payeemail.co.uk]].",
    "NRIC [[ID_NUMBER|T0317594J]], [[PERSON|Nur Aisyah binte Rahman]], [[STREET_ADDRESS|Blk 214 Bishan Street 23, #07-118, Singapore 570214]], travel claim for lost baggage.",
    "Bénéficiaire : [[PERSON|Aurélie Chevalier]] ; IBAN [[IBAN_CODE|FR08 3000 3021 8700 0482 7193 641]] ; indemnité dégât des eaux.",
    "Titular: [[PERSON|Carmen Vidal Ortiz]] — IBAN [[IBAN_CODE|ES32 2100 4387 1930 2856 1749]] — franquicia devuelta.",
    "Key safe at [[STREET_ADDRESS|12 Rosemary Lane, Frome BA11 1RS]]: code [[PASSWORD|5093]], tenant [[PERSON|Ellie Summers]], adjuster access agreed for Friday.",
    "Employee [[ID_NUMBER|40873]], [[PERSON|Connor Fairweather]], reset his broker CRM password to [[PASSWORD|Sandpiper!62]] on 2 May.",
    "Gutachter: Dr. [[PERSON|Jens Hoffmann]], Sachverständigenbüro Nord, Mobil [[PHONE_NUMBER|+49 40 66969 412]], [[EMAIL_ADDRESS|j.hoffmann@sv-buero-nord.de]]",
    "保戶姓名：[[PERSON|林怡君]] 電話：[[PHONE_NUMBER|+886 912 345 078]] 地址：[[STREET_ADDRESS|台北市大安區復興南路一段 219 巷 8 號 4 樓]]",
    "Loss adjuster on file: [[PERSON|Billie Strand]] (mobile [[PHONE_NUMBER|07700 900381]], e-mail [[EMAIL_ADDRESS|billie.strand@strandadjusting.co.uk]]).",
    "Motor claim: insured [[PERSON|Harpreet Kaur Sandhu]], DL [[ID_NUMBER|PB10 20190048273]], phone [[PHONE_NUMBER|+91 98140 37261]].",
    "[[PERSON|Okafor]],[[PERSON|Chiamaka]],[[EMAIL_ADDRESS|chiamaka.okafor@naijamail.ng]],[[PHONE_NUMBER|+234 803 418 2297]],Lagos, household claim",
    "Driver: [[PERSON|Callum Ferguson]], licence [[ID_NUMBER|FERGU807153C99XA]], [[STREET_ADDRESS|14 Braid Road, Edinburgh EH10 6AD]].",
    "Hi Ms [[PERSON|Achebe]], your online claims account username is [[ID_NUMBER|nachebe_21]] and your temporary password is [[PASSWORD|Kp7#rW2q]]. Please change it when you first log in.",
    "Claimant: [[PERSON|Jarrah Williams]], [[PHONE_NUMBER|0491 570 629]], [[EMAIL_ADDRESS|jarrah.w@outbackmail.com.au]], TFN [[ID_NUMBER|860 315 724]] for the income protection claim.",
    "Claimant [[PERSON|Aiyana Redcloud]], [[STREET_ADDRESS|77 Spadina Crescent, Saskatoon SK S7K 3H5]], [[PHONE_NUMBER|(306) 555-0139]]; hail claim, roof and siding.",
    "Chargeback request from [[PERSON|Dolores Quintanilla]], Visa [[CREDIT_CARD|4762 0158 3349 0723]], email [[EMAIL_ADDRESS|dquintanilla@sunbeltmail.com]].",
    "Broker note: spoke to [[PERSON|Fionnuala Ní Bhriain]] on [[PHONE_NUMBER|+353 86 502 7718]], she wants the landlord policy moved to her new e-mail [[EMAIL_ADDRESS|fionnuala.nib@eirpost.ie]].",
    "Remote inspection session: client [[PERSON|Tadeusz Wilk]] joined from [[IP_ADDRESS|192.0.2.214]], user [[ID_NUMBER|tadwilk]], session PIN [[PASSWORD|8842]].",
]

# 100 clean texts: no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive blog post explaining why renters should consider contents insurance, aimed at students moving into their first flat.",
    "Imagine you are a loss adjuster in Victorian London inspecting a warehouse fire. Describe your first hour on site in the first person.",
    "Compare and contrast the roles of an insurance broker and a tied agent. Use a table with at least four rows.",
    "Extract every monetary amount from the following passage and return them as a JSON list: 'The insurer offered £4,200 for the roof, £650 for the carpets and a further £1,150 for alternative accommodation, less a £250 excess.'",
    "Write a Python function that takes a list of claim amounts and an excess and returns the total payable, never letting any single claim go below zero.",
    "How did the Great Fire of London in 1666 influence the development of fire insurance? Answer in about 200 words.",
    "Role-play as Sherlock Holmes investigating a suspicious insurance claim for a stolen painting. Stay in character for three paragraphs.",
    "What are the main differences between new-for-old and indemnity cover in home insurance? Give one example of each.",
    "Edward Lloyd's coffee house is often described as the birthplace of modern marine insurance. Explain why in a short paragraph for a museum leaflet.",
    "Draft a friendly onboarding email template for new clients of a small insurance brokerage. Use placeholders such as <client name> instead of real details.",
    "Write a haiku about waiting for an insurance payout.",
    "You are a customer service trainer. List ten phrases claims handlers should avoid when speaking to someone who has just been burgled, with better alternatives.",
    "Explain the concept of moral hazard to a high-school economics class using an everyday example.",
    "Given the SQL table claims(id, policy_type, amount, status, opened_on), write a query that returns the average settled amount per policy type for 2023.",
    "What are the pros and cons of using drones for roof inspections after storms? Consider safety, cost and accuracy.",
    "Summarise the plot of Arthur Miller's Death of a Salesman in one paragraph, then explain what Willy Loman's life insurance policy means to the story.",
    "Write a short dialogue between a nervous first-time claimant and a patient claims handler, without using any names.",
    "Rank these perils by how often they cause home insurance claims in the UK and explain your reasoning: escape of water, theft, storm, fire, accidental damage.",
    "Propose five metrics a claims department could track to measure customer satisfaction, and explain how each could be gamed.",
    "Rewrite the following sentence in plain English: 'The insurer shall not be liable for any consequential loss howsoever arising save as expressly provided herein.'",
    "How might climate change affect flood insurance premiums over the next twenty years? Give a balanced answer.",
    "Write a limerick about a loss adjuster who is afraid of ladders.",
    "Design a simple spreadsheet layout for a small landlord to track insurance renewals across six properties.",
    "Explain the principle of utmost good faith in insurance contracts and describe a scenario in which it might be breached.",
    "Act as a career adviser: what qualifications and skills does someone need to become a chartered loss adjuster?",
]

CLEAN_GSM8K = [
    "Maya pays a monthly car insurance premium of £42. Her insurer offers a 10% discount if she pays the whole year up front. How much would she pay for the year up front?",
    "A loss adjuster inspects 6 houses on Monday, twice as many on Tuesday, and 4 fewer than Tuesday on Wednesday. How many houses does she inspect over the three days?",
    "Tobias claims for a damaged sofa worth $1,200 and a rug worth $300. His policy has a $250 excess. How much will the insurer pay?",
    "Priya's home insurance costs £360 a year. Next year it rises by 15%. How much will she pay per month next year?",
    "A broker earns 12% commission on each policy. If Jonas sells policies with premiums of $500, $750 and $1,250, how much commission does he earn?",
    "Four friends share a holiday cottage. Their travel claim pays €900 after a €100 excess, which Lena paid alone. How much should each of the other three pay Lena so that all four share the excess equally?",
    "An insurer receives 240 claims in March. A quarter are motor claims, a third of the rest are home claims, and the remainder are travel claims. How many travel claims are there?",
    "Omar's phone insurance costs $8 a month and the phone cost $720. After how many months will his premiums add up to half the phone's price?",
    "A roofer charges £45 an hour plus £220 for materials. Chen's insurer agrees to pay up to £600. If the job takes 7 hours, how much must Chen pay himself?",
    "Sofia drives 9,000 miles a year. Her insurer charges 6 pence per mile plus a fixed £180. What is her annual premium in pounds?",
    "A claims team closes 18 claims a day and works 5 days a week. How many weeks will it take to close 450 claims?",
    "Hugo has a 60% no-claims discount on a base premium of $1,100. After a claim the discount drops to 40%. How much more does he pay?",
    "Ada can buy travel insurance for 3 trips at £19 each, or an annual policy for £49. How much does she save with the annual policy?",
    "A flooded basement needs 5 dehumidifiers running for 12 days. Each costs £4 a day to hire and the insurer pays 80% of the hire cost. How much does Felix pay?",
    "Kenji's contents are worth ¥2,000,000 but he insured them for only ¥1,500,000. If a ¥400,000 claim is reduced in the same proportion, how much does he receive?",
    "A broker's office has 3 brokers. Each handles 40 renewals a month, and 5% of renewals lead to a complaint. How many complaints should the office expect in a year?",
    "Zara's car is valued at $9,500. The insurer deducts 20% for wear and then a $300 excess. What is the payout?",
    "Noah drives 38 miles to one site, 22 miles to the next and 45 miles back home. Mileage is paid at 45p a mile. How much can Noah claim?",
    "Three neighbours share a £1,500 fence repair. Ines pays twice what Bruno pays, and Carla pays £300. How much does Bruno pay?",
    "A pet insurance policy pays 80% of vet bills after a £99 excess. Luca's vet bill is £1,099. How much does the insurer pay?",
    "Amira saves £15 a week towards her £390 insurance renewal. How many weeks will it take her to save enough?",
    "A claims call centre takes 1,260 calls a week, shared equally by 7 handlers. Each call lasts 6 minutes on average. How many hours a week does each handler spend on calls?",
    "Ravi's annual premium is £720. Paying monthly adds a 9% credit charge. How much is each monthly instalment?",
    "A storm damages 14 of the 56 houses in a village. What percentage of the houses are damaged?",
    "Elsie's insurer pays £85 a night for alternative accommodation, for up to 21 nights. Her repairs take 4 weeks. How many nights must she pay for herself, and how much does the insurer pay in total?",
]

CLEAN_MMLU = [
    "Which principle of insurance prevents a policyholder from profiting from a loss? A. Subrogation B. Indemnity C. Contribution D. Proximate cause",
    "A loss adjuster is usually appointed by: A. the policyholder B. the insurer C. the court D. the broker's regulator",
    "Which distribution is most often used to model the number of claims in a fixed period? A. Normal B. Poisson C. Uniform D. Cauchy",
    "Under English contract law, an offer can generally be revoked: A. at any time before acceptance B. only in writing C. only after 30 days D. never",
    "Which of the following is an example of adverse selection? A. A driver speeds more after buying full cover B. People in flood zones are more likely to buy flood insurance C. An insurer raises premiums every year D. A broker earns commission",
    "The process by which an insurer, after paying a claim, takes over the policyholder's rights against a third party is called: A. Novation B. Subrogation C. Assignment D. Rescission",
    "Which gas is the most common cause of accidental poisoning in homes with faulty boilers? A. Carbon dioxide B. Carbon monoxide C. Nitrogen D. Methane",
    "If the expected loss on a policy is £200 and the insurer adds a 25% loading, the premium is: A. £225 B. £240 C. £250 D. £275",
    "Which organ does hepatitis mainly affect? A. Kidney B. Liver C. Lung D. Pancreas",
    "Excess of loss reinsurance covers: A. a fixed share of every risk B. losses above a set retention C. only property risks D. only life risks",
    "Which of these is a peril rather than a hazard? A. Faulty wiring B. A careless tenant C. Fire D. A thatched roof",
    "A Lloyd's syndicate is best described as: A. a government regulator B. a group of members who underwrite risks together C. a type of broker D. a claims management firm",
    "Which economist is associated with 'The Market for Lemons'? A. George Akerlof B. John Maynard Keynes C. Milton Friedman D. Adam Smith",
    "The time value of money implies that: A. money today is worth more than the same amount in the future B. money loses all value over time C. interest rates are always positive D. inflation is always zero",
    "Subsidence in clay soils is most often triggered by: A. heavy snowfall B. prolonged dry weather C. earthquakes D. high winds",
    "Which of the following is NOT usually covered by standard travel insurance? A. Medical emergencies abroad B. Lost luggage C. A trip cancelled because you changed your mind D. Missing a departure because of a road accident",
    "If two independent losses each occur with probability 0.1, the probability that both occur is: A. 0.2 B. 0.01 C. 0.1 D. 0.05",
    "The doctrine of contributory negligence: A. reduces damages when the claimant partly caused the harm B. doubles damages C. applies only to contracts D. bars every claim",
    "Which document sets out the exact terms of an insurance contract? A. Proposal form B. Policy wording C. Cover note D. Claim form",
    "Which extinguisher should NOT be used on an electrical fire? A. Carbon dioxide B. Dry powder C. Water D. None of these may be used",
    "An annual premium of £600 is spread over twelve equal monthly payments with no interest. Each payment is: A. £45 B. £50 C. £55 D. £60",
    "Which ancient legal code contains early rules on merchants' losses in transit? A. Code of Hammurabi B. Magna Carta C. Napoleonic Code D. Domesday Book",
    "Which best describes proximate cause? A. the most recent event B. the dominant, effective cause of a loss C. the cheapest repair D. the first event in time",
    "Hail damage to your own car is most likely covered under: A. third party only B. third party, fire and theft C. comprehensive D. legal expenses cover",
    "The Richter scale measures: A. wind speed B. earthquake magnitude C. flood depth D. fire temperature",
]

CLEAN_HEALTH = [
    "What symptoms of whiplash should I watch for in the days after a minor car crash?",
    "Is it safe to stay in a house with black mould after a leak while the insurer arranges drying?",
    "How long does a mild concussion usually take to heal, and when should I see a doctor?",
    "Which vaccinations do travel insurers commonly expect before a trip to East Africa?",
    "Can breathing in smoke residue after a small kitchen fire cause long-term lung problems?",
    "What's the best way to clean a cut from broken glass after a break-in?",
    "I have asthma. Is it risky to sleep in a room that was flooded and is now being dried with dehumidifiers?",
    "How can I tell if stress from a long insurance dispute is turning into anxiety that needs treatment?",
    "What first aid should I give for a minor burn from a kettle?",
    "Does travel insurance usually cover pre-existing conditions like type 2 diabetes, and what should I declare?",
    "After a slip on ice, how do I know whether my wrist is sprained or broken?",
    "Is dust from drying and stripping-out works harmful during pregnancy?",
    "What are the common signs of carbon monoxide poisoning at home?",
    "How soon after a back injury should physiotherapy start?",
    "What should go in a first aid kit for someone who visits building sites every day?",
    "Is it normal to have trouble sleeping for weeks after a house fire?",
    "Can sewage flood water cause infections if it touched my skin?",
    "What exercises help with knee pain after a fall down the stairs?",
    "How much water should I drink when working long days in hot lofts inspecting roofs?",
    "Do I need a tetanus booster after stepping on a rusty nail during storm clean-up?",
    "What are the warning signs of deep vein thrombosis after a long-haul flight?",
    "Can asbestos be released when a ceiling collapses after a leak, and what are the health risks?",
    "How do I manage back pain from long hours of driving between site visits?",
    "Is it dangerous to eat food from a freezer that lost power for twelve hours?",
    "Which symptoms of food poisoning abroad mean I should go to hospital rather than wait it out?",
]

NATIONAL_IDS = {
    "110105198706234714": china_id_ok,  # Chinese resident identity card
    "320582199202140624": china_id_ok,
    "517.284.936-09": cpf_ok,  # Brazilian CPF
    "083.615.742-71": cpf_ok,
    "5832 9047 1627": aadhaar_ok,  # Indian Aadhaar
    "3470 8815 2949": aadhaar_ok,
    "2718 6630 4156": aadhaar_ok,
    "S9021473Z": nric_ok,  # Singapore NRIC and FIN
    "T0317594J": nric_ok,
    "G6638105L": nric_ok,
    "790914-5083": luhn_len(10),  # Swedish personnummer
    "618347021": bsn_ok,  # Dutch BSN
    "860417-1625381": rrn_ok,  # Korean resident registration number
    "713 394 268": tfn_ok,  # Australian tax file number
    "860 315 724": tfn_ok,
    "4172 83612 1": medicare_ok,  # Australian Medicare card
    "293 517 645": luhn_len(9),  # Canadian SIN
    "612 903 476": luhn_len(9),
    "53820617484": kimlik_ok,  # Turkish kimlik
    "943 476 5919": nhs_ok,  # NHS number
    "721 058 3645": nhs_ok,
    "608 312 9478": nhs_ok,
    "92031507429": pesel_ok,  # Polish PESEL
    "FNTGNN79T41F839P": codice_fiscale_ok,  # Italian codice fiscale
    "240779-318S": hetu_ok,  # Finnish henkilötunnus
    "7305125081089": luhn_len(13),  # South African id
    "3829 4170 5260": my_number_ok,  # Japanese My Number
    "73925816K": dni_ok,  # Spanish DNI and NIE
    "Y4127390P": dni_ok,
    "8215374UA": pps_ok,  # Irish PPS number
    "3904618L": pps_ok,
    "2 81 04 69 123 457 73": nir_ok,  # French NIR
    "78.11.23-241.08": belgian_id_ok,  # Belgian national number
    "14088549784": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248173901": nif_ok,  # Portuguese NIF
    "2850912403185": cnp_ok,  # Romanian CNP
    "15.482.906-7": rut_ok,  # Chilean RUT
    "48806214211": isikukood_ok,  # Estonian isikukood
    "120483-2859": kennitala_ok,  # Icelandic kennitala
    "885417/0611": rodne_cislo_ok,  # Czech rodné číslo
    "3174029586": rnokpp_ok,  # Ukrainian RNOKPP
    "47190382655": steuer_id_ok,  # German tax id
    "ZKT4813": nhi_ok,  # New Zealand NHI
    "14068603183": luhn_len(11),  # Greek AMKA
    "314726050": luhn_len(9),  # Israeli teudat zehut
}

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
        r"0161 496 0\d{3}",  # Manchester drama range
        r"0191 498 0\d{3}",  # Tyneside drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"028 9018 0\d{3}",  # Belfast drama range
        r"01632 960\d{3}",  # UK fictional area code
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|34|36|40|45|46|47|48|52|55|64|65|84|86|90|91|234|351|353|354|380|886|966|972) [\d -]+\d",  # no fiction range known
    )
]

SECRET_CHATS = 20
NAMED_CHATS = 90


def check_records() -> None:
    """Each record names one person (one PERSON value, or the parts of one name split over
    columns) and holds 1 to 4 other values; about 40 carry a national id."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not 1 <= len(names) <= 2 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(names)} names, {len(others)} values in {marked[:60]!r}"
            )
    carrying = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= carrying <= 45:
        raise SystemExit(f"records: {carrying} with a national id")


def check_mix() -> None:
    """The chats name people and about twenty hold a secret; every entity type appears."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < NAMED_CHATS or not SECRET_CHATS - 2 <= secret <= SECRET_CHATS + 4:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    seen = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if seen != TYPES:
        raise SystemExit(f"types never used: {sorted(TYPES - seen)}")
    chat_seen = {s["type"] for t in CHAT for s in marked_spans(t)}
    if chat_seen != TYPES:
        raise SystemExit(f"chat: types never used: {sorted(TYPES - chat_seen)}")


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
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind152", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
