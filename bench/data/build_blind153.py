# ruff: noqa: E501
"""A hundred-and-fifty-third blind privacy set: 220 texts with personal data and 100 clean
ones, on removals, storage units and moving house.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to 8
and the "Labels:" paragraph of ``README.md``, and the docstring and non-text code (imports,
constants, check functions, ``main``) of ``build_blind36.py``; never the detector, its
rules, docs, tests, git history or any other set's texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no templates, no generated combinations):

* 120 chat requests (3 to 100 words) a person would type to a general assistant behind a
  company gateway while moving house: drafting texts, letters and replies to landlords,
  movers, neighbours and family; summarising pasted voicemails, call logs, e-mail chains
  and house-meeting notes; translating for movers and neighbours; fixing wording; splitting
  van, box and storage costs; asking whether a "removal firm", "landlord" or storage
  notice is a scam; planning moving day. The first 30 are typed all in lower case (names,
  e-mails, postcodes and codes too, with shorthand and typos), the next 6 in German,
  Spanish, French, Polish, Portuguese and Turkish, the other 84 in ordinary English.
  Names of many origins and shapes (first names alone, surnames after titles, full names,
  nicknames, names that are ordinary words, many named in passing with no cue word); 1 to
  8 values each; 22 hold a secret (key safe, gate, padlock, locker and alarm codes, PINs,
  wifi keys, passwords); every entity type appears.
* 100 one-person records (4 to 60 words): tenant and hirer registers, change-of-address
  forms, removal bookings, deposit refunds, payroll and HR relocation rows, key registers,
  gate and portal log lines, JSON objects, CSV and pipe rows and short letters, in English
  and 32 other languages; each names exactly one person and holds 1 to 4 other values; 42
  carry a national id with valid check digits.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (some name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  nearly all about moving, packing and storage.

Labels: usernames, logins, member, account, customer, policy holder, employee and badge
numbers, passports, driving licences and national ids are ID_NUMBER; PINs, door, gate,
padlock, locker and alarm codes, wifi keys and passwords are PASSWORD; titles and relation
words (Mr, Mrs, Ms, Herr, Frau, Mme, Auntie, Aunty, my nan, my sister) stay outside PERSON
spans; an address span runs from the first street line through the postcode and city as
typed; public figures, historical people, fictional characters, pets, companies, order,
booking, invoice and unit references, amounts, meter readings and dates of birth are not
labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0117 496 0, 0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98;
Germany 030 23125, 040 66969) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (see ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind153.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Aunty|Uncle|Herr|Frau|Mme|Madame|Sr|Sra)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u help me write a quick text to [[PERSON|dev]] saying the van is booked for sat 8am and the storage gate code is [[PASSWORD|4471#]]. his number is [[PHONE_NUMBER|07700 900318]] if you need it in the msg",
    "summarise this voicemail pls: hi its [[PERSON|marek]] from swiftshift, we're running about 40 mins behind, the lads are coming straight to [[STREET_ADDRESS|14 alder close, leeds ls6 2qt]] after the first job, any problems ring me on [[PHONE_NUMBER|0113 496 0572]] ok cheers",
    "my mum [[PERSON|bernadette]] keeps forgetting the key safe code at her new flat, its [[PASSWORD|2958]]. write her a really simple reminder note she can stick inside the cupboard door, big letters, nothing fancy",
    "is this a scam?? got an email from [[EMAIL_ADDRESS|g.pennington88@fastmail.co]] saying our move with them needs a £250 deposit today to [[IBAN_CODE|gb48 midl 4025 1877 1726 47]] or they give the slot away. signed [[PERSON|gary pennington]], senior move coordinator",
    "split the van hire between me, [[PERSON|tunde]], [[PERSON|kasia]] and [[PERSON|ollie]]. van was £186, fuel £54, storage first month £79 but [[PERSON|ollie]] isnt using the storage so he shouldnt pay for that bit. who owes what",
    "write a letter to my landlord mr [[PERSON|okonjo]] asking for the deposit back, tenancy at [[STREET_ADDRESS|flat 3, 27 gorse road, bristol bs5 9lp]] ended on the 30th and the keys went back to the agent the same day. replies to [[EMAIL_ADDRESS|ama.fosu@pigeonpost.net]]",
    "new flat wifi is vm8812-5g, key [[PASSWORD|qtx8hwvk2mzd]]. make me a little card for guests with that on it and a line saying to ask [[PERSON|priya]] upstairs if it drops",
    "translate to polish for the movers: piano goes first, boxes marked fragile come in the car with me, [[PERSON|grzegorz]] has the keys to [[STREET_ADDRESS|9 bramble way, norwich nr3 4hx]] and parking is round the back",
    "fix my wording: hey [[PERSON|shaz]] thanks sooo much for the trailer, ill drop it back sun, if ur out ill leave it by the garage, is the side door code still [[PASSWORD|1907]]?",
    "minutes from house meeting re moving out. present: [[PERSON|jonno]], [[PERSON|mei ling]], [[PERSON|femi adeyemi]], me. [[PERSON|jonno]] cancels broadband (acct [[ID_NUMBER|bb-20483391]]), [[PERSON|mei ling]] books cleaners, [[PERSON|femi]] returns the fobs. can u turn this into proper minutes",
    "our moving-quote app keeps failing. config line: quotes_api_key=[[API_KEY|mvq_live_7h2kd9x0pq4rt6zn3w]] and it calls out from [[IP_ADDRESS|198.51.100.23]]. why would it get a 401 every time",
    "what do i tell royal mail for the redirection? old address [[STREET_ADDRESS|22 kestrel rise, swindon sn2 7ew]], new one [[STREET_ADDRESS|5 orchard mews, frome ba11 1rt]], its for me and [[PERSON|lou]] both",
    "draft a reply to [[PERSON|hamid]], he asked if he can use our storage unit for a month while his flats being done. say yes, padlock combo is [[PASSWORD|0385]], and just dont leave any food in there",
    "my nan [[PERSON|ivy]] is moving into sheltered housing, help me write to her gp surgery to change her address to [[STREET_ADDRESS|flat 12, elm court, 40 mill lane, chesterfield s40 2ha]]. her nhs number is [[ID_NUMBER|943 476 5595]]",
    "whats a polite way to tell [[PERSON|bazza]] we dont need his van after all, we went with a proper removal firm. dont want him upset, hes been good to us",
    "call log from today, make a short summary for my partner: 9.10 rang removals, spoke to [[PERSON|kelly]], 3 men + luton confirmed. 11.40 storage place rang back, unit ready, access pin [[PASSWORD|772194]]. 2.15 mr [[PERSON|dhillon]] (buyers solicitor) rang, completion friday, direct line [[PHONE_NUMBER|0161 496 0238]]",
    "can you check this msg for red flags: 'hello dear, i am [[PERSON|james walter]], your move is confirmed, send booking fee as gift cards and text the codes to [[PHONE_NUMBER|(415) 555-0187]]'",
    "question: the moving company in texas wants my social for a credit check, its [[US_SSN|512-48-7730]]. is that normal for movers or should i say no",
    "help me make a packing list by room. its me, [[PERSON|rohan]] and the twins [[PERSON|asha]] and [[PERSON|kiran]], moving out of [[STREET_ADDRESS|88 copse hill, crawley rh10 3fd]] into a smaller place",
    "rewrite nicer pls: [[PERSON|dean]] u said the van would be here at 7 its now 9.30 and nobody picks up on [[PHONE_NUMBER|07700 900642]]. im paying for 3 hrs of nothing here",
    "paid the storage deposit on my card [[CREDIT_CARD|4710 4699 9856 3886]] twice by mistake. write an email to the site manager [[PERSON|carol]] at [[EMAIL_ADDRESS|carol.tighe@keepsafe-storage.co.uk]] asking for one of them back",
    "translate into spanish for our new neighbour [[PERSON|lucía]]: hi [[PERSON|lucía]], we're the new people at number 7, sorry the van blocked your drive this morning. our number is [[PHONE_NUMBER|+34 612 48 39 05]] if it happens again",
    "what should i pin in the moving day group chat? people are [[PERSON|big steve]] (driver), [[PERSON|little steve]], [[PERSON|noor]] and my cousin [[PERSON|dami]]. need start time, the postcode and a note that parking is on the street",
    "summarise this email chain: [[PERSON|fran]] says the sofa wont go up the stairs at [[STREET_ADDRESS|2b harbour view, whitby yo21 3pq]] so we need a hoist, [[PERSON|mick]] says a hoist is £150 extra, [[PERSON|fran]] says take the legs off first",
    "alarm code at the old house was [[PASSWORD|6620]] and [[PERSON|ravi]] set the new one to [[PASSWORD|1384]], give me a silly rhyme so i dont mix them up",
    "my login for the council change of address form is [[ID_NUMBER|jwhitlock84]] and the password is [[PASSWORD|elm$treet2019]] but it keeps saying my details dont match. what should i try",
    "pls write a short thank you card for auntie [[PERSON|pat]] who minded the kids all weekend while we moved, and put the new address in: [[STREET_ADDRESS|31 linnet drive, kilmarnock ka3 1uq]]",
    "how do i word a note for the buyers [[PERSON|tom]] and [[PERSON|bea harrison]]? leaving them the boiler manual, bin days and the gate code [[PASSWORD|c1479]] on the kitchen side",
    "update from the removal guy [[PERSON|lukasz]]: stuck on the m6, maybe 2pm. he emailed from [[EMAIL_ADDRESS|lukasz.w.vans@postbox.pl]] too. write a reply asking if the crew can still be done by 6",
    "im [[PERSON|chidi okafor]] and just moved, what order should i tell people? bank, doctor, dvla etc. my driving licence no is [[ID_NUMBER|okafo802157cn9ij]] if that matters for the dvla bit",
    # six other languages
    "Kannst du mir eine höfliche Nachricht an meinen Vermieter, Herrn [[PERSON|Brandstätter]], formulieren? Wir ziehen zum 31. aus, die Schlüssel gebe ich [[PERSON|Jana]] aus dem Erdgeschoss, die neue Adresse ist [[STREET_ADDRESS|Lindenstraße 14, 04109 Leipzig]] und die Kaution bitte auf [[IBAN_CODE|DE76 1209 8103 2984 6521 43]] überweisen.",
    "¿Me resumes este audio de [[PERSON|Maite]]? «Oye, ya tengo la llave del trastero, el candado es [[PASSWORD|5829]], los muebles del salón caben todos, llámame al [[PHONE_NUMBER|+34 655 21 87 40]] antes de venir que igual estoy en el trabajo».",
    "Peux-tu corriger ce message pour Mme [[PERSON|Girardot]], la gardienne ? « Bonjour Madame, nous quittons l'appartement du [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]] samedi ; le camion sera devant vers 8 h. Vous pouvez me joindre au [[PHONE_NUMBER|06 39 98 41 27]]. [[PERSON|Hélène Marchetti]] »",
    "Napisz krótką wiadomość do [[PERSON|Bartka Nowickiego]]: przeprowadzka przesunięta na sobotę, kod do bramy magazynu to [[PASSWORD|8#2741]], a w razie problemów niech dzwoni na [[PHONE_NUMBER|+48 512 384 906]].",
    "Isto parece golpe? Um tal [[PERSON|Rogério Pacheco]], da Mudanças Expresso, pediu o meu CPF [[ID_NUMBER|315.627.804-17]] e um sinal de R$ 400 por Pix para a chave [[EMAIL_ADDRESS|rogerio.mudancas@zapmail.com.br]] antes de marcar a data.",
    "[[PERSON|Elif]] için kısa bir mesaj yazar mısın: nakliye kamyonu sabah 9'da geliyor, yeni ev [[STREET_ADDRESS|Moda Caddesi No: 41 Daire: 6, 34710 Kadıköy/İstanbul]], zil çalışmıyor, gelince beni [[PHONE_NUMBER|+90 532 417 28 63]] numarasından arasın.",
    # ordinary English
    "Can you turn these notes into a short thank-you email to the removal firm? Crew lead [[PERSON|Tomasz]], helpers [[PERSON|Abdi]] and [[PERSON|Reece]]; wardrobe scratched on the landing; everything else perfect; finished 40 minutes early. I want to mention the scratch without sounding cross.",
    "My sister [[PERSON|Harriet]] has just moved to [[STREET_ADDRESS|Flat 4, 19 Caledonian Crescent, Edinburgh EH11 2AJ]]. Write a change-of-address card message from her that she can print and post to about 40 people.",
    "Got this text: \"Your storage unit will be auctioned on Friday unless the overdue £89 is paid today. Call [[PHONE_NUMBER|020 7946 0913]].\" I do rent a unit, but it's under my dad's name, [[PERSON|Winston Achterberg]]. Scam or not?",
    "Draft a WhatsApp to [[PERSON|Sunny]]: the keys are in the key safe by the back door, code [[PASSWORD|3311]], can he let the carpet fitters in at 10 and lock the side gate after them.",
    "Split these moving costs fairly: [[PERSON|Marguerite]] paid the £420 removal deposit, [[PERSON|Obi]] paid £96 for boxes and tape, and I paid the £310 balance. Storage is £65 a month for three months, and only [[PERSON|Marguerite]] and I use it.",
    "Translate into Romanian for our cleaner [[PERSON|Florentina]]: the house at [[STREET_ADDRESS|63 Pemberton Road, Reading RG1 5NQ]] needs an end-of-tenancy clean on Thursday; the spare key is with Mr [[PERSON|Aldous]] at number 61.",
    "Summarise this voicemail: 'Hiya, it's [[PERSON|Bronwen]] from the lettings office. Your check-in at the new place is Monday at ten, bring photo ID and the meter readings. If you can't make it, ring me on [[PHONE_NUMBER|0117 496 0385]] or email [[EMAIL_ADDRESS|bronwen.pugh@harbourlets.co.uk]]. Ta-ra.'",
    "Our buyer's solicitor wants our bank details for the completion money. Is it safe to email [[IBAN_CODE|GB64 LOYD 3097 2158 6235 80]], account names [[PERSON|Nathaniel Osei]] and [[PERSON|Grace Osei]], or should I read them out over the phone?",
    "Fix the grammar: 'Dear Sir, I am wanting to close my storage account [[ID_NUMBER|KS-0048817]], the unit is empty and our lock is removed, please refund the remaining balance. Regards, [[PERSON|Imelda Quigley]]'",
    "Write a reply to my brother [[PERSON|Kofi]], who asked if he can keep his motorbike in our garage at the new house. Yes, but not until after the 20th, because the garage is full of boxes until then.",
    "Plan a moving-day timetable for Saturday. The van arrives at 8, [[PERSON|Jess]] and [[PERSON|Arlo]] help from 9, the piano movers come at 11, and Mrs [[PERSON|Fenwick]] downstairs wants the shared hallway clear by 3.",
    "The storage company charged [[CREDIT_CARD|4593 3369 9143 5408]] for another month after I moved out. Write a firm complaint asking for a refund and sign it [[PERSON|Yusuf Demir]].",
    "Summarise this email in three bullets: 'Dear Ms [[PERSON|Lindqvist]], following the check-out inspection at [[STREET_ADDRESS|7 Rowan Gardens, Cambridge CB4 1DE]] we will return £1,120 of your deposit; £80 is kept for cleaning the oven. Questions to [[EMAIL_ADDRESS|p.haworth@fenlandhomes.co.uk]]. Kind regards, [[PERSON|Philippa Haworth]]'",
    "The apartment complex in Ohio wants a copy of my Social Security card for the lease. The number is [[US_SSN|287-61-4093]] and the lease is in my name, [[PERSON|Dwayne Castellanos]]. Is it OK to just email it to the leasing office?",
    "The camera in my storage unit stopped uploading clips. It sits on [[IP_ADDRESS|203.0.113.58]] and the admin password is [[PASSWORD|Unit44cam!]]. What should I check first before I drive over there?",
    "Help me write something funny for [[PERSON|Big Mo]]'s leaving card. He's off to Dubai next month and is famous for losing keys and for once locking himself inside the storage unit.",
    "My mate [[PERSON|Lettie]] ([[PERSON|Letitia Broadbent]] on the lease) needs a letter confirming she lived with me at [[STREET_ADDRESS|45 Tanner Street, Wakefield WF1 3LS]] from 2021 until last month. Can you draft it for me to sign?",
    "Translate this message from our new landlady into English: 'Buongiorno, sono [[PERSON|Rosaria]], le chiavi sono nella cassetta vicino al portone, il codice è [[PASSWORD|9042]]. Benvenuti!'",
    "Who should I ask to help on Saturday? [[PERSON|Chioma]] has a car, [[PERSON|Ewan]] has a bad back, [[PERSON|Pedro]] is only free on Sunday and [[PERSON|Sienna]] owes me a favour. We're moving out of a third-floor flat with no lift.",
    "Write a text to our mover in Toronto, [[PERSON|Gurpreet]], asking him to bring two extra wardrobe boxes tomorrow. His cell is [[PHONE_NUMBER|(416) 555-0142]] in case you want to format it as an SMS.",
    "Someone called [[PERSON|Dominic Ferraro]] on Marketplace is offering a man and van for £40 but wants the whole fee upfront by bank transfer to [[IBAN_CODE|GB79 BARC 2035 1477 4058 77]]. What are the red flags here?",
    "Rewrite this more politely for the estate agent: 'Nobody told us the buyers wanted the curtains. Tell [[PERSON|Agnieszka]] and [[PERSON|Piotr]] they're coming with us.'",
    "I booked the van on my Amex [[CREDIT_CARD|3791 768365 17780]] and the hire desk also took a £500 hold. Draft an email asking when the hold will drop off; the booking is under [[PERSON|Cressida Vane]].",
    "Turn this into tidy minutes. Residents' meeting about the lift during move-outs. Attended: [[PERSON|Rahim Chowdhury]] (chair), [[PERSON|Olwen Price]], [[PERSON|Jack Matthias]], [[PERSON|Beatrix Szabo]]. [[PERSON|Rahim]]: booking sheet goes in the lobby. [[PERSON|Olwen]]: £100 damage deposit for removals. [[PERSON|Jack]]: asked about Sunday moves, agreed 10 to 4. [[PERSON|Beatrix]] to email everyone.",
    "What's a nice reply to [[PERSON|Saoirse]]? She asked if she can have our old fridge-freezer. Yes, as long as she collects it before Friday from [[STREET_ADDRESS|17 Wren Lane, Knocknacarra, Galway H91 X2C4]].",
    "The removal company's customer portal won't let me log in. Username [[ID_NUMBER|helen.marsh.move]], password [[PASSWORD|Boxes4Days!]]. Could the exclamation mark be the problem?",
    "My dad [[PERSON|Clive]] got a call from someone saying his removal insurance was cancelled and asking for his card number to reinstate it. He gave them [[CREDIT_CARD|5303 7349 0748 9063]]. What should he do now, step by step?",
    "Write a short welcome for the residents' newsletter: [[PERSON|Florence Achebe-Lund]] has just moved into flat 9 with her greyhound Biscuit, teaches cello and is happy to be contacted at [[EMAIL_ADDRESS|florence.al@violamail.org]].",
    "Can you sort out who is bringing what on moving day: [[PERSON|Rusty]] the van and straps, [[PERSON|Deepa]] lunch for eight, [[PERSON|Hollis]] the toolkit and [[PERSON|Kwame]] his sack trolley. Make it a neat list.",
    "I'm selling furniture before the move and a buyer, [[PERSON|Ashton Reilly]], wants to pay by bank transfer and send a courier. He asked for my phone [[PHONE_NUMBER|07700 900755]] and home address. Is this the usual scam?",
    "Make a checklist for handing the old flat keys back. The agent is Mr [[PERSON|Dubois]], [[PHONE_NUMBER|020 7946 0471]], and the flat is [[STREET_ADDRESS|Flat 2, 58 Clapton Common, London E5 9AA]].",
    "Translate into Arabic for my neighbour [[PERSON|Samira]]: thank you for the dinner on moving day, we left a box with your dishes by your door.",
    "I'm [[PERSON|Ngozi]] and I'm moving from Lagos to Leeds. Draft an email to my new employer asking them to update my address to [[STREET_ADDRESS|12 Hyde Park Terrace, Leeds LS6 1BJ]] and my personal email to [[EMAIL_ADDRESS|ngozi.e.ude@kolamail.com]].",
    "Summarise these notes from the surveyor call in two sentences: spoke to [[PERSON|Anders]], damp in the rear bedroom, recommends a specialist; quote from [[PERSON|Harjeet]] at £1,800; need an answer before exchange.",
    "Write a welcome note for guests at our old flat before the sale goes through: wifi is HollyHouse_Guest, password [[PASSWORD|marmalade-47-kite]], bins go out on Tuesday, and [[PERSON|Cormac]] next door has a spare key.",
    "Is it normal for a storage place to ask for my passport number? I gave them [[ID_NUMBER|539204817]] already and now they want a utility bill too. Name on the unit is [[PERSON|Tobias Grünewald]].",
    "Tidy this call log into a note for my flatmate: Mon 3pm, [[PERSON|Jolene]] from the agency rang, inventory check moved to Weds. Tue 11am, [[PERSON|Wiktor]] the plumber, will fix the leak before move-in, mobile [[PHONE_NUMBER|07700 900213]].",
    "How should I reply to [[PERSON|Dawn]]? She wants us to take her old piano when we move, but the new flat is on the fourth floor.",
    "Write a relocation request to HR: I'm [[PERSON|Sanjay Raghunathan]], employee [[ID_NUMBER|E-204881]], moving to the Dublin office next month, and the allowance should go to [[IBAN_CODE|IE48 AIBK 9314 8581 9933 66]].",
    "Can you make the tone of this friendlier? '[[PERSON|Amber]], the storage unit is half mine, I paid for it, you can't just put your ex's stuff in there without asking.'",
    "Help me write a bond refund request to our agent [[PERSON|Kylie Brennan]] for [[STREET_ADDRESS|Unit 5/22 Banksia Street, Marrickville NSW 2204]]. We moved out on the 2nd; my mobile is [[PHONE_NUMBER|0491 570 318]].",
    "We're moving from [[STREET_ADDRESS|1420 Maple Avenue, Apt 3B, Columbus, OH 43215]] to Denver. Write a note to our mail carrier, [[PERSON|Luis]], thanking him for eight years of service.",
    "Plan a route: I need to pick up the van, then collect my gran, [[PERSON|Edna Pollitt]], from [[STREET_ADDRESS|3 Heather Court, Preston PR2 8QX]], then the storage unit, then the new house. What order saves most time?",
    "Write a message for my son [[PERSON|Jayden]]: his bike is in locker 14 at the station while we move, combination [[PASSWORD|2-7-1-9]], and he has to collect it by Friday.",
    "Draft an email to the council saying our elderly neighbour, Mrs [[PERSON|Okwuosa]], has moved into a care home and her flat at [[STREET_ADDRESS|27 Brook Street, Luton LU1 3HG]] is empty, so the bin collection can stop.",
    "My friend [[PERSON|Joy]] is helping me move and refuses any money. What's a thoughtful gift for under £30?",
    "My moving-checklist app logs this error: 'auth failed for key [[API_KEY|sk-mv-3Fq9LtR2wX8zP0cN6yB4]] from [[IP_ADDRESS|192.0.2.144]]'. Is my key revoked or is it something else?",
    "Write a short note to leave for the new owners explaining the alarm: code [[PASSWORD|8053]], panel under the stairs, and if it goes off call [[PERSON|Leontyne]] on [[PHONE_NUMBER|0113 496 0917]], who still has a key.",
    "Help me reply to this message from [[PERSON|Bartholomew]]: 'Mate, can I crash at yours until my new lease starts?' I want to say yes for one week only.",
    "Summarise who does what: [[PERSON|Yuki]] packs the kitchen, [[PERSON|Hamish]] takes the beds apart, [[PERSON|Priyanka]] labels boxes and [[PERSON|Yuki]] also drives the second car. Who has the most on?",
    "A removal firm quoted me by email from [[EMAIL_ADDRESS|quotes.dmitri@hollandvans.eu]] and asked for my date of birth and a passport scan. The name on the email is [[PERSON|Dmitri Sokolov]]. Is a passport normal for a local move?",
    "Compare two storage quotes: 50 sq ft at £58 a month, or 75 sq ft at £71 a month with the first month free. We're storing a three-bed house minus what [[PERSON|Laszlo]] is taking. Which is better over six months?",
    "Write a letter to the water company closing the account for [[STREET_ADDRESS|9 Ferncliffe Road, Harrogate HG2 0JQ]]. The bill payer is [[PERSON|Cornelius Mbeki-Shaw]], customer number [[ID_NUMBER|WC 7730 2918]], final reading 04417 taken on the 14th.",
    "My wife [[PERSON|Olamide]] got an email saying her storage unit access is suspended and asking her to confirm her PIN on a link. Her real PIN is [[PASSWORD|551902]]. Should she change it now?",
    "Draft a message to [[PERSON|Frank]] asking if his trailer has the right tow bar adapter for my car. He's on [[PHONE_NUMBER|0161 496 0514]].",
    "Proofread this reference: 'To whom it may concern, Ms [[PERSON|Adaeze Nwankwo]] was our tenant at [[STREET_ADDRESS|14 Sycamore Walk, Milton Keynes MK9 2HB]] for three years, always paid on time and left the property spotless.'",
    "Give me a cost split for the storage unit: [[PERSON|Hugo]] uses a third, [[PERSON|Zainab]] a half, and [[PERSON|Orla]] the rest. The bill is £96 a month plus £12 insurance.",
    "Translate into German for the movers at the other end: the sofa goes to the first floor, the desk to the attic, and please ring [[PERSON|Uwe]] on [[PHONE_NUMBER|030 23125 418]] when you're ten minutes away.",
    "We're moving to Auckland. Write a note to my sister-in-law [[PERSON|Mereana]] asking if we can use her address, [[STREET_ADDRESS|22 Kowhai Road, Mount Eden, Auckland 1024]], for post until we find a place.",
    "Please fix: 'Hi [[PERSON|Connor]], the gate code for the storage yard changed to [[PASSWORD|7721]] and the barrier one is still [[PASSWORD|4098]].'",
    "Summarise this voicemail from the buyer's agent: 'Hello, it's [[PERSON|Maximilian]] from Orchard Lane Estates, the buyers' mortgage offer is through, they'd like to complete on the 28th, and Mrs [[PERSON|Tran]] asks if the shed stays. Call me back on [[PHONE_NUMBER|020 7946 0268]].'",
    "Write a letter to our bank changing the address on joint account [[ID_NUMBER|71530294]] to [[STREET_ADDRESS|6 Quarry Lane, Stroud GL5 2DT]]. The account holders are [[PERSON|Martin Abernethy]] and [[PERSON|Sue Abernethy]].",
    "My daughter [[PERSON|Willow]] is changing schools after the move. Help me write to her new teacher, Mr [[PERSON|Oyelaran]], about her nut allergy and that she's shy at first.",
    "Someone texted my partner [[PERSON|Reza]] from [[PHONE_NUMBER|07700 900886]] claiming to be our removal firm and asking for the balance to a new bank account. How do we check if it's really them?",
    "Rewrite as a formal complaint: the movers dropped my mum's mirror and the foreman, [[PERSON|Gareth]], just said 'that's life'. The claim is for £240 and our booking reference is REM-4410.",
    "What should go in the handover pack for the new tenant? Include that the boiler was serviced by [[PERSON|Des Kowalski]] ([[PHONE_NUMBER|0117 496 0721]]) in March and that the smoke alarms were tested.",
    "Draft a note to our old neighbours [[PERSON|Felix]] and [[PERSON|Ingrid]] with our new email [[EMAIL_ADDRESS|thebrightwells@hedgepost.net]], saying they're welcome to visit any time.",
    "Write an email to my moving company in Vancouver confirming the pickup at [[STREET_ADDRESS|2210 West 4th Avenue, Vancouver, BC V6K 1N8]] on the 12th, and that my partner [[PERSON|Mathieu]] will be there. My number is [[PHONE_NUMBER|(604) 555-0163]].",
    "Help me say no nicely: my cousin [[PERSON|Tariq]] wants to store three motorbikes in our new garage 'for a bit'.",
    "Turn these voicemail notes into one paragraph: removal quote from [[PERSON|Pippa]], £980 all in; from [[PERSON|Norm]], £720 but no packing; [[PERSON|Pippa]] can do the 14th, [[PERSON|Norm]] only the 21st.",
    "Our 'landlord' for the new rental, [[PERSON|Vincent Okafor-Bell]], says he's abroad and wants the first month and deposit sent to [[IBAN_CODE|ES59 4233 9870 0208 8894 5345]] before we view. He writes from [[EMAIL_ADDRESS|v.okaforbell@swiftpost.es]]. Classic scam?",
    "Write a reminder for the family calendar: storage unit 3C at the Fulford site, rent due on the 1st, spare key with Aunty [[PERSON|Bisi]], padlock code [[PASSWORD|9174]].",
    "I need to cancel the card I used for the deposit with the fake movers, [[CREDIT_CARD|5172 0039 4178 7082]]. Write a script for what to say when I call my bank. I'm [[PERSON|Precious Mahlangu]].",
    "Summarise this text thread: [[PERSON|Cal]]: van's here. [[PERSON|Immy]]: stuck at work. [[PERSON|Cal]]: fine, me and [[PERSON|Sol]] will start. [[PERSON|Immy]]: thanks, beers on me.",
    "Can you translate this notice into Hindi for the building WhatsApp group: flat 5B is moving out on Sunday, the lift will be padded from 9 to 1, questions to [[PERSON|Rakesh]] on [[PHONE_NUMBER|+91 98450 27316]].",
    "Write an apology to Mrs [[PERSON|Bellweather]] for the van blocking her drive, and offer to pay for the bit of fence we clipped while reversing.",
    "My employer's relocation portal asks for my employee ID and National Insurance number. The ID is [[ID_NUMBER|RX-55190]] and the NI number is [[ID_NUMBER|JT 48 27 19 C]]. Is it safe to type them in?",
    "Make this sound less passive-aggressive: 'Hi [[PERSON|Gemma]], as I've now said three times, the storage unit key is in the blue pot on the windowsill.'",
    "Write an email to our broadband provider asking to move the service to [[STREET_ADDRESS|Apartment 7, 3 Canal Wharf, Manchester M1 5LB]] from the 3rd. The account holder is [[PERSON|Idris Vaughan]].",
    "Plan a weekend of unpacking with two kids, [[PERSON|Milo]] (7) and [[PERSON|Rosie]] (4). We have three days and about 60 boxes.",
    "The removals website has my account under [[EMAIL_ADDRESS|b.ogunleye@ferrymail.co.uk]] but I've changed email. Help me write a request to update it to [[EMAIL_ADDRESS|bisola.ogunleye@quaymail.com]], signed [[PERSON|Bisola Ogunleye]].",
    "Moving checklist help: my new address in Sydney is [[STREET_ADDRESS|14/9 Ocean Parade, Coogee NSW 2034]] and my Medicare card needs updating. What else should I change in the first week?",
    "Help me word a text to [[PERSON|Sid]] saying the storage lock code is now [[PASSWORD|0612]] and the old one, [[PASSWORD|4590]], no longer works.",
    "Write a short message from me, [[PERSON|Annika Halvorsen]], to the neighbours' group: we're the family who moved into number 12, say hi if you see us, and our doorbell doesn't work yet.",
]

# 100 one-person records, 42 of them with a national id.
RECORDS = [
    "[[PERSON|Moira Faulkner]] rents unit C-17 at the Heathfield self-storage site; she can be reached on [[PHONE_NUMBER|07700 900127]] and her gate PIN is [[PASSWORD|604418]].",
    "TENANT | [[PERSON|Ikenna Obiora]] | unit B-204 | [[EMAIL_ADDRESS|ikenna.obiora@larkmail.com]] | since 2023-02-01 | autopay card [[CREDIT_CARD|4567 2092 9267 0233]]",
    "租户登记 姓名：[[PERSON|陈晓梅]] 身份证号：[[ID_NUMBER|320106198807142347]] 手机：[[PHONE_NUMBER|+86 139 1024 5588]] 储物柜：A-12",
    "Relocation file 2291: employee [[PERSON|Zhou Peng]], resident ID [[ID_NUMBER|510107197609036129]], moving from Chengdu to Manchester on 3 March; temporary address [[STREET_ADDRESS|Flat 8, 12 Whitworth Street, Manchester M1 3NR]].",
    "Cliente: [[PERSON|Luana Ferreira Matos]]; CPF [[ID_NUMBER|208.419.736-87]]; mudança de [[STREET_ADDRESS|Rua Augusta, 1508, apto 42, São Paulo - SP, 01304-001]]; contato [[PHONE_NUMBER|+55 11 98734-2106]].",
    "नाम: [[PERSON|सुनीता वर्मा]], आधार संख्या: [[ID_NUMBER|5837 2914 6060]], मोबाइल: [[PHONE_NUMBER|+91 98201 45763]], सामान गोदाम नंबर 7 में रखा गया है।",
    "Packers and movers booking: customer [[PERSON|Arjun Mehta]], Aadhaar [[ID_NUMBER|7402 6185 3925]], pickup from [[STREET_ADDRESS|Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038]], email [[EMAIL_ADDRESS|arjun.mehta.blr@inboxly.in]]",
    "Storage agreement, hirer: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0234567B]], mobile [[PHONE_NUMBER|+65 9123 4807]], unit 05-118.",
    '{"hirer": "[[PERSON|Rizwan Qureshi]]", "fin": "[[ID_NUMBER|G7341208R]]", "unit": "03-221", "email": "[[EMAIL_ADDRESS|rizwan.q@lionpost.sg]]"}',
    "Flyttanmälan: [[PERSON|Karin Lundgren]], personnummer [[ID_NUMBER|790623-4187]], ny adress [[STREET_ADDRESS|Storgatan 18 B, 411 38 Göteborg]] från den 1 april.",
    "Magasinering, kund [[PERSON|Astrid Nyström]] (pnr [[ID_NUMBER|610319-8724]]), förråd 44, tel. [[PHONE_NUMBER|+46 70 418 22 93]]",
    "Verhuisbericht: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|184526930]], verhuist per 1 mei naar [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JB Amsterdam]].",
    "이사 신청서 성명: [[PERSON|이서연]] 주민등록번호: [[ID_NUMBER|850917-2048151]] 연락처: [[PHONE_NUMBER|010-4827-3916]] 새 주소: [[STREET_ADDRESS|서울특별시 마포구 월드컵북로12길 34, 03925]]",
    "Payroll change of address: [[PERSON|Liam O'Sullivan]], TFN [[ID_NUMBER|812 627 407]], new address [[STREET_ADDRESS|8 Wattle Crescent, Toowong QLD 4066]].",
    "Avis de déménagement : [[PERSON|Geneviève Tremblay]], NAS [[ID_NUMBER|362 918 476]], nouvelle adresse [[STREET_ADDRESS|4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3]], tél. [[PHONE_NUMBER|(514) 555-0119]].",
    "שם: [[PERSON|נועה ברק]] | ת.ז. [[ID_NUMBER|038125472]] | טלפון: [[PHONE_NUMBER|+972 52 418 3307]] | מחסן מס' 19",
    "Δήλωση μετακόμισης: [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|15048801235]], νέα διεύθυνση [[STREET_ADDRESS|Ερμού 45, 105 63 Αθήνα]].",
    "Storage contract, lessee [[PERSON|Sipho Nkosi]], ID [[ID_NUMBER|920517 5083 084]], cell [[PHONE_NUMBER|+27 82 417 3390]], unit 12 at the Midrand depot.",
    "Trekkennisgewing: [[PERSON|Anika van der Merwe]], ID-nommer [[ID_NUMBER|861103 0264 184]], nuwe adres [[STREET_ADDRESS|Kerkstraat 27, Stellenbosch, 7600]].",
    "Care home admission, belongings list: resident [[PERSON|Dorothy Ainsworth]], NHS number [[ID_NUMBER|601 238 7741]], 14 boxes and one armchair delivered from [[STREET_ADDRESS|5 Clover Road, Stockport SK4 2PL]].",
    "Zgłoszenie przeprowadzki: [[PERSON|Magdalena Wróbel]], PESEL [[ID_NUMBER|71061982349]], nowy adres [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]], e-mail [[EMAIL_ADDRESS|magda.wrobel@pocztex.pl]].",
    "Nakliye sözleşmesi. Müşteri: [[PERSON|Ayşe Kaya]], T.C. Kimlik No: [[ID_NUMBER|48291730510]], yeni adres: [[STREET_ADDRESS|Atatürk Bulvarı No: 112 Daire: 8, 06640 Çankaya/Ankara]]",
    "Contrato de trastero n.º 331. Arrendatario: [[PERSON|Javier Ortega Ruiz]], DNI [[ID_NUMBER|53917428T]], teléfono [[PHONE_NUMBER|+34 622 91 47 30]], domiciliación [[IBAN_CODE|ES84 2100 5006 9484 1648 8576]].",
    "Empadronamiento: [[PERSON|Ionela Marin]], NIE [[ID_NUMBER|Y4382915A]], domicilio [[STREET_ADDRESS|Calle de Toledo 88, 3.º B, 28005 Madrid]].",
    "Muuttoilmoitus: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230791-364P]], uusi osoite [[STREET_ADDRESS|Hämeenkatu 21 B 14, 33200 Tampere]].",
    "Cambio di residenza: [[PERSON|Giulia Ferrante]], codice fiscale [[ID_NUMBER|FRRGLI90E63H501P]], nuovo indirizzo [[STREET_ADDRESS|Via dei Serpenti 35, 00184 Roma]], cellulare [[PHONE_NUMBER|+39 347 218 5096]].",
    "Deposito mobili, cliente [[PERSON|Luca Bruni]], C.F. [[ID_NUMBER|BRNLCA78C12F205I]], box 17, [[EMAIL_ADDRESS|luca.bruni78@postaveloce.it]]",
    "転居届 氏名: [[PERSON|佐藤 美咲]] マイナンバー: [[ID_NUMBER|3705 1862 9400]] 新住所: [[STREET_ADDRESS|〒150-0041 東京都渋谷区神南1-12-5 ハイツ神南203号]]",
    "Change of address form for Revenue: [[PERSON|Siobhán Kavanagh]], PPSN [[ID_NUMBER|3827164S]], new address [[STREET_ADDRESS|11 Clontarf Road, Dublin 3, D03 K2Y7]].",
    "Déclaration de changement d'adresse, assurée : [[PERSON|Camille Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 112 045 20]], nouvelle adresse [[STREET_ADDRESS|8 rue Oberkampf, 75011 Paris]].",
    "Adreswijziging bij de gemeente: [[PERSON|Pieter Claes]], rijksregisternummer [[ID_NUMBER|88.04.12-273.79]], nieuw adres [[STREET_ADDRESS|Kortrijksesteenweg 204, 9000 Gent]].",
    "Changement d'adresse : [[PERSON|Manon Dupont]], numéro national [[ID_NUMBER|93.11.05-184.47]], [[STREET_ADDRESS|Rue de la Loi 62, 1040 Etterbeek]], tél. [[PHONE_NUMBER|+32 478 21 90 35]]",
    "Flyttemelding: [[PERSON|Ingvild Haugen]], fødselsnummer [[ID_NUMBER|150385 43064]], ny adresse [[STREET_ADDRESS|Thorvald Meyers gate 52, 0555 Oslo]].",
    "Pedido de mudança de morada: [[PERSON|Tiago Carvalho]], NIF [[ID_NUMBER|234581697]], nova morada [[STREET_ADDRESS|Rua de Santa Catarina 210, 3.º Esq., 4000-447 Porto]].",
    "Cerere de mutare: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2870915410202]], adresă nouă [[STREET_ADDRESS|Strada Lipscani 45, ap. 7, 030031 București]].",
    "Ficha de mudanza: cliente [[PERSON|Catalina Rojas Soto]], RUT [[ID_NUMBER|14.382.719-4]], destino [[STREET_ADDRESS|Avenida Providencia 1650, depto. 902, Providencia, Santiago]], fono [[PHONE_NUMBER|+56 9 8421 3307]].",
    "Elukoha muutmise teade: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48806120279]], uus aadress [[STREET_ADDRESS|Pärnu mnt 31-5, 10119 Tallinn]].",
    "Flutningstilkynning: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120389-3359]], nýtt heimilisfang [[STREET_ADDRESS|Laugavegur 58, 101 Reykjavík]].",
    "Hlášení změny pobytu: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885624/2604]], nová adresa [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Заява про переїзд: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3041859209]], нова адреса [[STREET_ADDRESS|вул. Хрещатик, 22, кв. 14, Київ, 01001]].",
    "Umzugsmitteilung an die Lohnbuchhaltung: [[PERSON|Matthias Keller]], Steuer-ID [[ID_NUMBER|65291704384]], neue Anschrift [[STREET_ADDRESS|Eppendorfer Weg 87, 20259 Hamburg]].",
    "Patient transfer note: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZAC4187]], moved from Rotorua to [[STREET_ADDRESS|15 Ponsonby Road, Grey Lynn, Auckland 1011]]; new GP to be arranged.",
    "Medicare address update: [[PERSON|Declan Murphy]], card [[ID_NUMBER|2953 71843 1]], new address [[STREET_ADDRESS|3/47 Lygon Street, Carlton VIC 3053]], mobile [[PHONE_NUMBER|0491 570 264]].",
    "[[PERSON|Krzysztof Zieliński]],[[ID_NUMBER|92031412352]],[[PHONE_NUMBER|+48 601 927 384]],magazyn B-07,od 2024-04-01",
    "Applicant: [[PERSON|Kimberly Osterhout]] | SSN [[US_SSN|401-73-2286]] | current address [[STREET_ADDRESS|88 Birch Hollow Lane, Nashville, TN 37211]] | phone [[PHONE_NUMBER|(615) 555-0134]]",
    '2024-06-02 07:58:13 gate=NORTH result=GRANTED member=[[ID_NUMBER|M-448210]] name="[[PERSON|Ravi Chandrasekaran]]" src=[[IP_ADDRESS|198.51.100.72]]',
    '{"customer": "[[PERSON|Ottilie Brandt]]", "email": "[[EMAIL_ADDRESS|ottilie.brandt@moewe-mail.de]]", "phone": "[[PHONE_NUMBER|+49 40 66969 212]]", "move_date": "2024-09-14"}',
    "Flytning: [[PERSON|Mette Kjærgaard]], ny adresse [[STREET_ADDRESS|Nørrebrogade 134, 2. th., 2200 København N]], telefon [[PHONE_NUMBER|+45 28 41 93 07]], konto [[IBAN_CODE|DK41 9219 1659 3690 78]].",
    "Költözési megrendelés: [[PERSON|Nagy Zsófia]], cím: [[STREET_ADDRESS|Király utca 46., 1061 Budapest]], telefon: [[PHONE_NUMBER|+36 30 412 7785]], e-mail: [[EMAIL_ADDRESS|nagy.zsofia@postalada.hu]]",
    "Khách hàng: [[PERSON|Nguyễn Thị Lan]], số điện thoại [[PHONE_NUMBER|+84 912 347 608]], địa chỉ mới [[STREET_ADDRESS|27 Lý Thường Kiệt, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội]].",
    "Data penyewa gudang: [[PERSON|Dewi Kartika Sari]], email [[EMAIL_ADDRESS|dewi.ks@suratku.id]], HP [[PHONE_NUMBER|+62 812 3456 7019]], kata sandi portal [[PASSWORD|Gudang#2291]].",
    "Mteja: [[PERSON|Amani Mwakalinga]], simu [[PHONE_NUMBER|+255 754 318 902]], anahamia [[STREET_ADDRESS|Mtaa wa Samora 14, Dar es Salaam]]; mizigo itahifadhiwa ghalani hadi Juni.",
    "Personalakte Umzug: [[PERSON|Jonas Weidmann]], Personalnummer [[ID_NUMBER|PN-30418]], Bankverbindung [[IBAN_CODE|AT17 9953 3129 6730 7805]], neue Adresse [[STREET_ADDRESS|Mariahilfer Straße 77/12, 1060 Wien]].",
    "Dear Sir or Madam, please update your records: I, [[PERSON|Rupert Ellsworth-Kane]], have moved to [[STREET_ADDRESS|The Old Forge, Church Lane, Ludlow SY8 1AP]]. My policy holder number is [[ID_NUMBER|PH-6620174]]. Yours faithfully.",
    "Profile: [[PERSON|Adwoa Mensah]] · storage member since 2021 · member no. [[ID_NUMBER|SM-772019]] · [[EMAIL_ADDRESS|adwoa.mensah@kentemail.com]]",
    "[[PERSON|Gustavo Iglesias]] | [[PHONE_NUMBER|(305) 555-0176]] | [[STREET_ADDRESS|2750 Coral Way, Apt 14, Miami, FL 33145]] | van size: 26 ft",
    "Visa relocation checklist for [[PERSON|Hyun-woo Park]]: passport [[ID_NUMBER|M48291736]], arrival 12 Aug, temporary flat [[STREET_ADDRESS|22 Bishopsgate Court, London EC2N 4BQ]].",
    "Van hire agreement: driver [[PERSON|Callum Rafferty]], licence [[ID_NUMBER|RAFFE811044C99LM]], deposit card [[CREDIT_CARD|5484 3860 9096 8907]].",
    "Speditionsauftrag: Kundin [[PERSON|Friederike Lang]], Lastschrift von [[IBAN_CODE|DE38 1001 3001 8162 1538 25]], Lieferadresse [[STREET_ADDRESS|Kastanienallee 9, 10435 Berlin]].",
    "Fiche client déménagement : [[PERSON|Baptiste Leroy]], [[PHONE_NUMBER|06 39 98 15 62]], [[EMAIL_ADDRESS|baptiste.leroy@courrielo.fr]], départ [[STREET_ADDRESS|24 avenue Jean Jaurès, 69007 Lyon]].",
    "Huurder opslagbox 14: [[PERSON|Fenna Bakker]], IBAN [[IBAN_CODE|NL60 RABO 8291 9936 32]], tel. [[PHONE_NUMBER|+31 6 4182 7730]].",
    "Rimborso caparra a [[PERSON|Marco Esposito]], IBAN [[IBAN_CODE|IT07 K566 2456 4021 1431 7710 674]], causale: trasloco annullato.",
    "Zwrot kaucji za magazyn: [[PERSON|Joanna Lewandowska]], rachunek [[IBAN_CODE|PL52 7243 8372 8628 7595 7214 4658]], e-mail [[EMAIL_ADDRESS|j.lewandowska@skrzynka.pl]].",
    "Remboursement du dépôt de garantie à [[PERSON|Amélie Fontaine]] sur le compte [[IBAN_CODE|FR12 4213 2370 6202 4909 0045 601]], suite à l'état des lieux de sortie.",
    "Terugbetaling huurwaarborg: [[PERSON|Wouter Peeters]], rekening [[IBAN_CODE|BE56 8489 8736 7500]], [[EMAIL_ADDRESS|wouter.peeters@postvak.be]]",
    "Reembolso do depósito: [[PERSON|Beatriz Nogueira]], IBAN [[IBAN_CODE|PT50 3532 8253 5716 8357 5680 7]], telemóvel [[PHONE_NUMBER|+351 912 408 377]].",
    "Rückerstattung Mietkaution: [[PERSON|Reto Gerber]], IBAN [[IBAN_CODE|CH04 7800 3797 0234 4653 4]], neue Adresse [[STREET_ADDRESS|Badenerstrasse 141, 8004 Zürich]].",
    "Återbetalning av deposition: [[PERSON|Elin Berg]], IBAN [[IBAN_CODE|SE03 3920 5703 7184 3634 8500]], e-post [[EMAIL_ADDRESS|elin.berg@brevlada.se]].",
    "Refusjon av depositum til [[PERSON|Sindre Løvås]], kontonummer [[IBAN_CODE|NO02 4655 6952 749]], mobil [[PHONE_NUMBER|+47 913 42 807]].",
    "Vuokravakuuden palautus: [[PERSON|Jussi Korhonen]], tili [[IBAN_CODE|FI29 9466 6946 5682 76]], puhelin [[PHONE_NUMBER|+358 40 712 3948]].",
    "Direct debit mandate for storage unit A-31: account holder [[PERSON|Rowena Pike]], [[IBAN_CODE|GB60 NWBK 6017 2297 6261 05]], [[EMAIL_ADDRESS|rowena.pike@thimble.co.uk]].",
    '[2024-03-11 22:41:07] storage-portal LOGIN_OK user=[[ID_NUMBER|pmcallister]] ip=[[IP_ADDRESS|203.0.113.201]] full_name="[[PERSON|Paula McAllister]]"',
    "Access log: tenant [[PERSON|Ibrahim Sesay]] opened unit 2F through the app from [[IP_ADDRESS|2001:db8:4f2a::17]] at 06:12.",
    "Integration record: account owner [[PERSON|Marisol Quintero]], removals booking API key [[API_KEY|rbk_live_Q7vX2mN9pL4tR8sW1zK6]], contact [[EMAIL_ADDRESS|marisol.q@mudanzasmail.mx]].",
    "Card on file for [[PERSON|Everett Lindahl]]: [[CREDIT_CARD|6335 3059 1358 3304]], billing address [[STREET_ADDRESS|415 Pine Street, Unit 2, Burlington, VT 05401]].",
    "Booking 5541: [[PERSON|Olusegun Bakare]], deposit paid by [[CREDIT_CARD|5276 2978 6217 8678]], day-of contact [[PHONE_NUMBER|07700 900491]].",
    "Key register, 14 May: keys to flat 6 handed to [[PERSON|Anneliese Vogt]]; alarm code issued [[PASSWORD|6194]]; contact [[PHONE_NUMBER|020 7946 0835]].",
    "Schlüsselübergabe: Wohnung 3 links an Frau [[PERSON|Derya Yılmaz]], Haustürcode [[PASSWORD|4-1-8-6]], Telefon [[PHONE_NUMBER|030 23125 764]].",
    '{"name": "[[PERSON|Kwabena Asante]]", "passport": "[[ID_NUMBER|G2849107]]", "destination": "Accra", "crates": 6}',
    "Orden de mudanza: [[PERSON|Fernanda Villaseñor]], tel. [[PHONE_NUMBER|+52 55 4128 9036]], origen [[STREET_ADDRESS|Calle Durango 214, Col. Roma Norte, 06700 Ciudad de México]].",
    "搬家登记 员工：[[PERSON|刘洋]] 工号：[[ID_NUMBER|HR-20931]] 邮箱：[[EMAIL_ADDRESS|liuyang.hr@jinmail.cn]] 新住址：[[STREET_ADDRESS|上海市徐汇区衡山路88号1202室]]",
    "引越し見積もり 依頼者: [[PERSON|高橋 健太]] 電話: [[PHONE_NUMBER|090-3381-7246]] メール: [[EMAIL_ADDRESS|k.takahashi@hikkoshi-mail.jp]]",
    "보관 창고 계약 고객명: [[PERSON|박지훈]] 휴대폰: [[PHONE_NUMBER|010-7316-2058]] 출입 비밀번호: [[PASSWORD|3928*]]",
    "نموذج نقل: الاسم [[PERSON|خالد المنصوري]]، الهاتف [[PHONE_NUMBER|+971 50 418 2736]]، البريد [[EMAIL_ADDRESS|khalid.mansoori@sahramail.ae]]",
    "Αποθήκη επίπλων, πελάτης: [[PERSON|Νίκος Αντωνίου]], κινητό [[PHONE_NUMBER|+30 694 218 3075]], email [[EMAIL_ADDRESS|n.antoniou@tachydromeio.gr]]",
    "Depo kiralama: [[PERSON|Mehmet Öztürk]], telefon [[PHONE_NUMBER|+90 533 208 41 76]], depo giriş şifresi [[PASSWORD|Kadikoy55]].",
    "Клієнт: [[PERSON|Андрій Шевчук]], телефон [[PHONE_NUMBER|+380 67 412 9083]], e-mail [[EMAIL_ADDRESS|andrii.shevchuk@poshta.ua]], склад № 4.",
    "[[PERSON|Rosalind Achebe]] asked the movers to deliver to the back entrance of [[STREET_ADDRESS|19 Greenhill Place, Bath BA1 2QS]] and left [[PHONE_NUMBER|020 7946 0652]] as the day-of contact.",
    "Storage unit transfer: unit E-09 is now held by [[PERSON|Theo Papadakis]], account [[ID_NUMBER|ACC-509917]], paying by direct debit from [[IBAN_CODE|GB42 HBUK 4012 7603 9981 86]].",
    "Hi, this is [[PERSON|Marisa Kealoha]]. Please send my final deposit to my forwarding address, [[STREET_ADDRESS|640 Alder Street, Portland, OR 97205]], or call [[PHONE_NUMBER|(503) 555-0158]]. Thanks!",
    "HR relocation row: [[PERSON|Fatou Diallo]] | emp [[ID_NUMBER|EMP-118842]] | from Dakar | to London | [[EMAIL_ADDRESS|fatou.diallo@relomail.co]]",
    "Contractor badge issued to [[PERSON|Grzegorz Wiśniewski]] (badge [[ID_NUMBER|B-44702]]) for the warehouse move weekend; mobile [[PHONE_NUMBER|07700 900563]].",
    "Removal booking: [[PERSON|Niamh Brennan]], [[STREET_ADDRESS|Apartment 12, Harbour Point, Cork T12 R6P2]], [[PHONE_NUMBER|+353 87 419 2036]].",
    "Newid cyfeiriad: [[PERSON|Rhian Llewellyn]], cyfeiriad newydd [[STREET_ADDRESS|8 Heol y Nant, Caerfyrddin SA31 1QJ]], e-bost [[EMAIL_ADDRESS|rhian.llew@postcymru.co.uk]].",
    "Pangalan: [[PERSON|Maricel Dela Cruz]], numero ng telepono [[PHONE_NUMBER|+63 917 482 3016]], lilipat sa [[STREET_ADDRESS|45 Mabini Street, Barangay San Antonio, Makati City 1203]].",
    "Site office note: caretaker [[PERSON|Wilf Hargreaves]], staff wifi key [[PASSWORD|KeepDry!2024]], mobile [[PHONE_NUMBER|07700 900837]].",
    "Mudança agendada: [[PERSON|Rafael Albuquerque]], e-mail [[EMAIL_ADDRESS|rafa.albuquerque@caixapostal.com.br]], senha do portal [[PASSWORD|Mudanca@88]].",
    "Perkraustymo užsakymas: [[PERSON|Rūta Kazlauskienė]], tel. [[PHONE_NUMBER|+370 612 48309]], adresas [[STREET_ADDRESS|Gedimino pr. 21-5, 01103 Vilnius]].",
    "[[PERSON|Harvey Quartermaine]],[[EMAIL_ADDRESS|hquartermaine@nestmail.co.uk]],[[PHONE_NUMBER|0161 496 0379]],removal,2024-07-19",
    "Moving-in log, flat 3: new tenant [[PERSON|Precious Adeyinka]] collected two fobs; front door code given as [[PASSWORD|2580#]]; meter photos sent to [[EMAIL_ADDRESS|p.adeyinka@lagoonmail.com]].",
]

# 25 MT-Bench/Vicuna-style prompts: no personal data (historical and fictional people only).
CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging people to declutter before moving house, with three practical tips and a short conclusion.",
    "Compose a short poem about the last night spent in an empty home, with the echo of footsteps on bare floorboards.",
    "Imagine you are a removal van that has carried furniture for forty years. Describe your favourite journey in the first person.",
    "Explain the difference between a fixed-price removal quote and an hourly rate, and say when each makes more sense.",
    "Write a Python function that takes a list of box weights and a van capacity and returns the number of trips needed using a first-fit decreasing approach. Explain when it is not optimal.",
    "Role-play as Sherlock Holmes deducing where a family has moved from by examining the contents of a single packing box.",
    "Extract the move date, the number of bedrooms and the total price from this text and return JSON: 'Three-bedroom house, moving on 14 June, quoted £1,450 including packing materials.'",
    "How did the Great Migration change American cities in the early twentieth century? Answer in about 150 words.",
    "Write a dialogue between Elizabeth Bennet and Mr Darcy arguing over whether to move to Pemberley straight after the wedding or stay near Longbourn for a season.",
    "What are the pros and cons of renting a self-storage unit compared with storing belongings in a relative's garage?",
    "Draft a product description for a stackable, reusable plastic moving crate aimed at eco-conscious households.",
    "Why do people in many cultures bring bread and salt into a new home? Give a brief cultural history.",
    "Rewrite the following sentence in a formal register: 'We're gonna shift all our stuff into storage till the new place is sorted.'",
    "Describe how Isambard Kingdom Brunel's railways changed the way Victorian families could relocate for work.",
    "Write three haiku about packing tape, cardboard and a new front door.",
    "A cube-shaped storage box has a volume of 0.512 cubic metres. What is the length of one edge in centimetres? Show your reasoning step by step.",
    "Create a one-week meal plan for someone whose kitchen is packed away, using only a kettle and a microwave.",
    "Pretend you are a tour guide welcoming newcomers to a small fictional coastal town. Give a 200-word welcome speech.",
    "List five common mistakes people make when labelling moving boxes and explain how to avoid each one.",
    "Explain, as if to a ten-year-old, why moving house can feel sad even when the new home is nicer.",
    "Write a SQL query that returns every storage unit that has been empty for more than 90 days from a table units(unit_id, size_sqft, last_occupied_date).",
    "Compare the Huguenot migration to England in the seventeenth century with Irish emigration to America in the nineteenth, in two short paragraphs.",
    "Write the opening of a short story in which Bilbo Baggins discovers that the dwarves helping him move have packed away his best teaspoons.",
    "What questions should a first-time renter ask before signing a lease? Give a numbered list with a sentence on why each matters.",
    "Critique this slogan for a removal company and suggest two better ones: 'We move it, you lose it.'",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priya is packing books into boxes. Each box holds 18 books and she has 245 books. How many boxes does she need, and how many books go in the last box?",
    "A storage unit costs $72 per month, but the first month is half price. How much does Marcus pay for the first 5 months?",
    "Leona's removal van travels 46 miles each way between her old and new house, and she makes 3 round trips. The van uses one gallon of fuel every 12 miles and fuel costs $4 a gallon. How much does she spend on fuel?",
    "Tomas buys 12 large boxes at $3.50 each and 20 small boxes at $1.75 each. How much does he spend altogether?",
    "Three friends split a van hire of $186 and fuel of $54 equally. Aisha also pays $15 for tape on her own. How much does Aisha spend in total?",
    "Ben packs 9 boxes an hour and his sister Cleo packs 6 boxes an hour. Working together, how long will it take them to pack 75 boxes?",
    "A removal crew charges $110 per hour with a 3-hour minimum. Nadia's move takes 2 hours and 15 minutes. How much is she charged?",
    "Hugo's new flat is 68 square metres and his old house was 85 square metres. By what percentage has his living space shrunk?",
    "Ravi has 40 plates and wraps each plate in 2 sheets of packing paper. Paper comes in packs of 50 sheets. How many packs does he need to buy?",
    "A storage company gives 10% off when a customer pays 6 months upfront for a $95-a-month unit. How much does Greta pay upfront?",
    "Dev drives the van at 50 km/h for 90 minutes and then at 80 km/h for 45 minutes. How far does he drive in total?",
    "Mina's kitchen needs twice as many boxes as her bedroom, and her living room needs 6 more boxes than the bedroom. If she uses 46 boxes in all, how many are for the bedroom?",
    "A doorway is 81 cm wide and Jonah's sofa is 92 cm deep. By how many centimetres is the sofa too deep to carry through flat?",
    "Sara rents a van for $65 a day plus $0.30 per mile. She keeps it for 2 days and drives 140 miles. How much does she pay?",
    "Felix and Ola move 120 boxes. Felix carries 3 boxes per trip and Ola carries 2. If they always make the same number of trips, how many trips does each of them make?",
    "A packing service uses 14 boxes per room for a 5-room house and 9 extra boxes for the garage. Each box costs $2.20. What is the total cost of the boxes?",
    "Kemi saves $35 a week towards a $420 moving deposit and already has $105. How many more weeks must she save?",
    "Lucas's storage unit measures 3 m by 2.5 m by 2.4 m. What is its volume in cubic metres?",
    "Before moving, Ivana sells 12 items at $8 each and 5 items at $25 each, and pays a $14 listing fee. How much money does she make after the fee?",
    "Theo earns $22 an hour as a mover. He works 7.5 hours on Saturday and 6 hours on Sunday, when he is paid time and a half. How much does he earn for the weekend?",
    "Ana packs 4 boxes on Monday, and each day after that she packs 3 more than the day before. How many boxes has she packed by the end of Friday?",
    "Omar needs 360 metres of bubble wrap. It is sold in rolls of 25 metres. How many rolls must he buy?",
    "Zoe's old rent was $1,150 a month and her new rent is $1,380 a month. How much more will she pay over a full year?",
    "A truck can carry 1,200 kg. Ellis loads 35 boxes that weigh 22 kg on average and a piano that weighs 260 kg. How much spare capacity is left?",
    "Hana's movers arrive at 8:40 a.m. and work for 5 hours and 35 minutes, plus a 25-minute lunch break. At what time do they finish?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "A mover pushes a 40 kg box across a level floor at constant velocity with a horizontal force of 120 N. What is the coefficient of kinetic friction? (g = 10 m/s²) A. 0.2 B. 0.3 C. 0.4 D. 3.0",
    "Which term describes a worker who is between jobs because they are moving to a new city? A. Structural unemployment B. Frictional unemployment C. Cyclical unemployment D. Seasonal unemployment",
    "A tenant stays on after the lease ends and the landlord keeps accepting monthly rent. This most likely creates: A. A tenancy at sufferance B. A periodic tenancy C. A life estate D. An easement",
    "In migration theory, which of the following is a 'pull' factor? A. Drought B. Persecution C. Higher wages elsewhere D. Rising local crime",
    "Using a ramp to load a heavy wardrobe into a van reduces: A. The work done against gravity B. The force needed C. The mass of the wardrobe D. The height of the van",
    "Which of the following best describes gentrification? A. Rural depopulation B. Wealthier residents moving into and changing a lower-income area C. Building new towns on green land D. Government relocation of industry",
    "A box is carried up 3 m of stairs. If it weighs 200 N, how much work is done against gravity? A. 67 J B. 200 J C. 600 J D. 6,000 J",
    "Stamp duty on a house purchase in the UK is an example of: A. A progressive income tax B. A transaction tax C. A poll tax D. A tariff",
    "Which psychological concept describes the stress of adapting to a new culture after relocating abroad? A. Cognitive dissonance B. Culture shock C. Learned helplessness D. Groupthink",
    "A storage unit is 2 m by 2 m by 2.5 m. How many 0.5 m cubic boxes fit inside if packed perfectly? A. 20 B. 40 C. 80 D. 100",
    "In contract law, a removal firm's written quote that the customer accepts in writing is most likely: A. An invitation to treat B. A binding contract C. A gratuitous promise D. A tort",
    "The Tiebout model suggests that people: A. Never move for public services B. Choose where to live partly by comparing local taxes and services C. Move only for employment D. Prefer cities to suburbs",
    "Which material is the poorest conductor of heat and therefore best for wrapping a fridge's cold contents during a short move? A. Aluminium foil B. Copper sheet C. Expanded polystyrene D. Steel",
    "Urban sprawl is most closely associated with: A. High-density housing B. Low-density, car-dependent development at a city's edge C. Inner-city regeneration D. Green belt protection",
    "When lifting a heavy box, keeping it close to the body reduces strain mainly because it: A. Lowers the box's mass B. Shortens the lever arm about the spine C. Increases friction D. Raises the centre of gravity",
    "The Dust Bowl of the 1930s led to large-scale migration from: A. New England to Canada B. The southern Great Plains to California C. Florida to New York D. Texas to Mexico",
    "Which of the following is a fixed cost for a self-storage business? A. Electricity used by customers' lights B. Card payment fees C. Rent on the land D. Packing boxes sold",
    "A mortgage with a rate that can change over its term is called: A. A fixed-rate mortgage B. A variable-rate mortgage C. A balloon bond D. An annuity",
    "A trolley of mass 60 kg accelerates at 0.5 m/s². What net force acts on it? A. 12 N B. 30 N C. 60 N D. 120 N",
    "In sociology, 'residential mobility' refers to: A. Moving between social classes B. Changing homes within or between areas C. Daily commuting D. Tourism",
    "Which document usually records the condition of a rented property at the start of a tenancy? A. Title deed B. Inventory C. Land registry entry D. Survey report",
    "The Irish Famine of the 1840s is most closely linked to the failure of which crop? A. Wheat B. Barley C. Potatoes D. Oats",
    "Which economic concept explains why a family might keep paying for storage they rarely use because they have already paid so much? A. Opportunity cost B. Sunk cost fallacy C. Comparative advantage D. Diminishing returns",
    "A box slides down a frictionless ramp from a height of 1.25 m. What is its speed at the bottom? (g = 10 m/s²) A. 2.5 m/s B. 5 m/s C. 12.5 m/s D. 25 m/s",
    "Under most residential leases, who is normally responsible for repairing the structure of the building? A. The tenant B. The landlord C. The local council D. The letting agent's insurer",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What's the safest way to lift a heavy box without hurting my lower back?",
    "I pulled something in my shoulder carrying a mattress yesterday. Should I use ice or heat, and for how long?",
    "How can I tell whether a cut from a box cutter needs stitches?",
    "Is it normal to feel anxious and sleep badly for weeks after moving to a new city?",
    "I have a dust allergy. How can I unpack boxes that have been in storage for a year without setting it off?",
    "How do I register with a new GP after moving, and will my medical records follow me automatically?",
    "Can the stress of moving house trigger migraines, and what helps?",
    "What vaccinations should I check before moving to Southeast Asia for work?",
    "How long after a knee replacement is it sensible to help with lifting during a house move?",
    "There is mould in my storage unit. Can handling the boxes make me ill?",
    "My toddler has been upset and clingy since we moved. How long does this usually last?",
    "How do I keep insulin and other medicines at the right temperature during a long drive to a new home?",
    "Is it safe to carry heavy boxes while pregnant?",
    "Which stretches help after a day of carrying boxes up and down stairs?",
    "How much water should I drink on a hot moving day when I'm lifting all day?",
    "What should go in a first-aid kit for moving day?",
    "Could hard water in a new house make eczema flare up?",
    "How do I transfer a repeat prescription when I move to a different area?",
    "What are the warning signs of carbon monoxide poisoning I should know about in a new rental?",
    "I have back pain that spreads down my leg after lifting. When should I see a doctor?",
    "How can older adults reduce the risk of falls in a new home with unfamiliar stairs?",
    "What is relocation stress syndrome in older people moving into care homes, and how can families ease it?",
    "Can old carpets in a new flat make asthma worse, and what can I do about it?",
    "I got a splinter from a wooden pallet two days ago and the area is red and warm. Could it be infected?",
    "How soon after moving should I find a new dentist, and do they need my old records?",
]

NATIONAL_IDS = {
    "943 476 5595": nhs_ok,  # NHS number (chat)
    "315.627.804-17": cpf_ok,  # Brazilian CPF (chat)
    "320106198807142347": china_id_ok,  # Chinese resident identity number
    "510107197609036129": china_id_ok,
    "208.419.736-87": cpf_ok,
    "5837 2914 6060": aadhaar_ok,  # Indian Aadhaar
    "7402 6185 3925": aadhaar_ok,
    "T0234567B": nric_ok,  # Singapore NRIC
    "G7341208R": nric_ok,  # Singapore FIN
    "790623-4187": luhn_len(10),  # Swedish personnummer
    "610319-8724": luhn_len(10),
    "184526930": bsn_ok,  # Dutch BSN
    "850917-2048151": rrn_ok,  # Korean resident registration number
    "812 627 407": tfn_ok,  # Australian tax file number
    "362 918 476": luhn_len(9),  # Canadian SIN
    "038125472": luhn_len(9),  # Israeli teudat zehut
    "15048801235": luhn_len(11),  # Greek AMKA
    "920517 5083 084": luhn_len(13),  # South African id
    "861103 0264 184": luhn_len(13),
    "601 238 7741": nhs_ok,  # NHS number
    "71061982349": pesel_ok,  # Polish PESEL
    "92031412352": pesel_ok,
    "48291730510": kimlik_ok,  # Turkish kimlik
    "53917428T": dni_ok,  # Spanish DNI
    "Y4382915A": dni_ok,  # Spanish NIE
    "230791-364P": hetu_ok,  # Finnish henkilötunnus
    "FRRGLI90E63H501P": codice_fiscale_ok,  # Italian codice fiscale
    "BRNLCA78C12F205I": codice_fiscale_ok,
    "3705 1862 9400": my_number_ok,  # Japanese My Number
    "3827164S": pps_ok,  # Irish PPS number
    "2 85 07 75 112 045 20": nir_ok,  # French NIR
    "88.04.12-273.79": belgian_id_ok,  # Belgian national number
    "93.11.05-184.47": belgian_id_ok,
    "150385 43064": fodselsnummer_ok,  # Norwegian fødselsnummer
    "234581697": nif_ok,  # Portuguese NIF
    "2870915410202": cnp_ok,  # Romanian CNP
    "14.382.719-4": rut_ok,  # Chilean RUT
    "48806120279": isikukood_ok,  # Estonian isikukood
    "120389-3359": kennitala_ok,  # Icelandic kennitala
    "885624/2604": rodne_cislo_ok,  # Czech rodné číslo
    "3041859209": rnokpp_ok,  # Ukrainian RNOKPP
    "65291704384": steuer_id_ok,  # German tax id
    "ZAC4187": nhi_ok,  # New Zealand NHI
    "2953 71843 1": medicare_ok,  # Australian Medicare card
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0117 496 0\d{3}",  # Bristol drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(30|31|32|34|36|39|45|46|47|48|52|55|56|62|63|65|84|86|90|91|255|27|351|353|358|370|380|971|972) [\d -]+\d",  # no fiction range known
    )
]


def person_values(marked: str) -> set[str]:
    """The distinct PERSON values of one text."""
    return {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}


def check_mix() -> None:
    """Every type appears among the chats; about twenty chats hold a secret, most name
    someone; every record names exactly one person and about forty carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: missing types {sorted(TYPES - kinds)}")
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    named = sum(bool(person_values(t)) for t in CHAT)
    if not 18 <= secret <= 24 or named < 100:
        raise SystemExit(f"chat: {secret} texts with a secret, {named} with a name")
    for marked in RECORDS:
        if len(person_values(marked)) != 1:
            raise SystemExit(f"records: not exactly one person in {marked[:60]!r}")
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 38 <= with_id <= 44:
        raise SystemExit(f"records: {with_id} with a national id")
    plain = [strip_marks(t)[0] for t in CHAT[LOWER_CHAT + OTHER_LANGUAGES :]]
    if any(p[0].islower() for p in plain):
        raise SystemExit("chat: an English text starts in lower case")


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
        "blind153", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
