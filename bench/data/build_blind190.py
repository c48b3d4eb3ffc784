# ruff: noqa: E501
"""A hundred-and-ninetieth blind privacy set: 220 texts with personal data and 100 clean
ones, on window cleaners, gutter cleaners and chimney sweeps.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations); every offset is computed by ``marks.py``.

* 120 chat requests (3 to about 100 words) to the chatbot of a company that cleans
  windows and gutters and sweeps chimneys: the first 30 typed all in lower case, then 6 in
  other languages (German, French, Spanish, Polish, Japanese, Arabic), then 84 in English.
  Most name a private person, in many origins and scripts (Latin with diacritics, Yoruba
  tone marks among them, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai,
  Chinese, Japanese, Korean, Georgian), some with names that are ordinary words (Hope, Rose, Bill, Grace,
  Summer, Charity), many with no cue word (rotas, cost splits, sign-offs, lists,
  appositives, "tell X that ..."); 21 hold a secret (key-box, gate, door and alarm codes,
  PINs, wifi keys, passwords, a 2FA code and three API keys or tokens).
* 100 one-person records (a sentence or a short form each: customers, staff,
  subcontractors, direct debits, warranties, incident forms) in English and 32 other
  languages, 41 of them with a national id whose check digits are valid, and phones,
  e-mails, addresses, cards, IBANs, SSNs, IPs and account, member, customer, patient,
  policy, student and staff numbers, a passport and a driving licence.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
  public figures and fictional characters), 25 GSM8K-style word problems with story first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one.

Labels follow the README: usernames, logins, account, customer, member, patient, policy,
staff and student numbers, passports, licences and national ids are ID_NUMBER; PINs, door,
gate, key-box and alarm codes, wifi keys, passwords and 2FA codes are PASSWORD; titles
(Mr, Mrs, Dr, 様) stay outside PERSON spans; an address runs from the street line through
the postcode and city as typed; dates of birth, booking, order and invoice numbers, public
figures, companies and fictional characters are not labelled.

Values are invented: phones from ranges kept for fiction (UK 07700 900 and 01632 960,
North America 555-01xx, Australia 0491 570, France 06 39 98, Germany 030 23125); cards
Luhn-valid and no well-known test number; IBANs valid mod 97 and no documentation
example; SSNs with assignable area, group and serial; IPs from the documentation ranges;
national ids checked with ``ids.py``.

Run ``.venv/bin/python bench/data/build_blind190.py`` from the repository root; the output
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
from marks import (
    WELL_KNOWN_CARDS,
    build_sections,
    iban_ok,
    is_lower,
    luhn_ok,
)

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Herr|Frau|Mme|Mlle|Sr|Sra|Sig|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "hi, can you move my window clean to thursday? it's under [[PERSON|maeve o'connell]], [[STREET_ADDRESS|22 larch close, bury bl9 6tn]]",
    "gutter rota for our terrace: [[PERSON|dev malhotra]] pays march, [[PERSON|siobhán kerr]] april, [[PERSON|tomasz wójcik]] may. can you invoice each one separately?",
    "the key box by the back gate is [[PASSWORD|4471]], the sweep can let himself in. ask for [[PERSON|grace]] if anything's wrong",
    "tell [[PERSON|olusegun adebayo]] the chimney at no. 8 needs a cowl before winter",
    "my mum [[PERSON|hope]] books the sweep every october but she's in hospital, can i book for her? her number is [[PHONE_NUMBER|07700 900412]]",
    "wifi for the workshop is [[PASSWORD|ladder-and-bucket-77]] if your tech needs to update the van tablet",
    "cost split for the gutter guards: [[PERSON|anja]] 40, [[PERSON|ruslan]] 40, me 20. send the receipt to [[EMAIL_ADDRESS|anja.lindqvist@example.net]]",
    "is [[PERSON|ngozi]] still doing the friday round in didsbury? she did our conservatory roof last time and it was spotless",
    "can the sweep come before 9? [[PERSON|yuki tanaka]] at [[STREET_ADDRESS|5 marsh lane, norwich nr3 1pw]] has an old woodburner",
    "alarm code for the shop is [[PASSWORD|2580]] then hash. cleaners only do the outside but just in case",
    "hiya, [[PERSON|callum mcbride]] here, the lad who came yesterday left his squeegee at ours",
    "please cancel the gutter clear for [[PERSON|priya raman]], she's moved out. new tenant is [[PERSON|jakub novák]]",
    "who cleaned the windows at flat 3 on monday? [[PERSON|bill]] says there are streaks all over the bay window",
    "quote please for chimney sweep and bird guard, [[PERSON|rosa delgado]], [[PHONE_NUMBER|01632 960218]]",
    "treasurer of the residents' association, [[PERSON|henrik aalto]], wants one invoice for all 14 flats, not separate ones",
    "our garage is round the back and the ladders can go through to the garden, ring [[PHONE_NUMBER|07700 900329]] when you're outside",
    "pls text [[PERSON|summer]] when the van is 10 mins away, she works nights and will be asleep",
    "roof access for the gutter vac: lockbox [[PASSWORD|0916]], key on the blue fob. [[PERSON|marek]] is away till the 20th",
    "can you email the chimney certificate to [[EMAIL_ADDRESS|b.okonkwo@example.org]]? it's for the landlord insurance",
    "[[PERSON|андрей соколов]] and i share the drive. can you split the gutter cost 50/50 between us",
    "booking under [[PERSON|fatima zahra el idrissi]]: windows front and back, every 4 weeks, side gate is open",
    "the sweep last year was [[PERSON|gethin]] i think? could we get him again, our dog knows him and doesn't bark. also last time the sheet over the hearth slipped and soot went all over the rug, so maybe bring a bigger one. we're usually in after 3, the stove hasn't been lit since march, and the bird guard on top looked loose from the garden. can he check that too and tell us if it needs replacing before winter?",
    "my login [[ID_NUMBER|hollyhock_44]] stopped working on your booking page, it says account locked",
    "gutter guy cracked a roof tile at [[STREET_ADDRESS|41 wren street, leicester le2 0hf]]. who do i talk to about that",
    "rota for the stairwell windows: week 1 [[PERSON|lena]], week 2 [[PERSON|kofi]], week 3 [[PERSON|ines]], week 4 me",
    "2fa code for the customer portal is [[PASSWORD|604215]], can you log in as me and change my card please",
    "[[PERSON|rose ahmadi]] paid cash for the last two cleans, please mark them paid",
    "does [[PERSON|wiremu]] do chimney inspections with a camera? my neighbour recommended him",
    "hi it's [[PERSON|zeynep]] from flat 2b, the gate pin is [[PASSWORD|3348]] now, they changed it last week",
    "can [[PERSON|duc]] do the gutters at my mum's too? she's at [[STREET_ADDRESS|9 orchard rise, exeter ex4 8jq]], [[PHONE_NUMBER|07700 900736]]",
    # --- other languages (6): German, French, Spanish, Polish, Japanese, Arabic ---
    "Hallo, könnten Sie am Dienstag die Dachrinnen bei [[PERSON|Jürgen Hoffmann]] reinigen? Er wohnt in der [[STREET_ADDRESS|Lindenstraße 14, 50674 Köln]]. Der Code für das Hoftor ist [[PASSWORD|8264]].",
    "Bonjour, je voudrais faire ramoner la cheminée de ma mère, [[PERSON|Élodie Marchand]], avant l'hiver. Vous pouvez la joindre au [[PHONE_NUMBER|06 39 98 27 14]].",
    "Hola, soy [[PERSON|Lucía Fernández Ortega]]. ¿Pueden limpiar los cristales del local el sábado por la mañana? Mi correo es [[EMAIL_ADDRESS|lucia.fernandez@example.com]].",
    "Dzień dobry, proszę o wycenę czyszczenia rynien. Dom należy do [[PERSON|Bożeny Kowalczyk]], ale za usługę płaci jej syn, [[PERSON|Piotr]].",
    "窓の清掃を予約したいです。名前は [[PERSON|佐藤 美咲]] です。オートロックの暗証番号は [[PASSWORD|4092]] です。",
    "مرحبا، أريد حجز تنظيف المدخنة لبيت [[PERSON|سلمى الحداد]] يوم السبت. رقم هاتفها [[PHONE_NUMBER|07700 900294]].",
    # --- English (84) ---
    "Please book a chimney sweep for [[PERSON|Κωνσταντίνος Παπαδόπουλος]] at [[STREET_ADDRESS|17 Holloway Road, Bristol BS4 2LH]]. He prefers mornings.",
    "Tell [[PERSON|Hope Waters]] that the gutter clearance is moved to the 14th because of the storm.",
    "Window round split for this month: [[PERSON|Bill Treharne]] £18, [[PERSON|Aoife Gallagher]] £18, [[PERSON|Ravi Subramanian]] £22 for the extra conservatory.",
    "Our office wifi is [[PASSWORD|Skylight#Pane2024]] - the guy doing the internal glass asked for it.",
    "Can you send the invoice to our treasurer, [[PERSON|Mónica Ibarra]], rather than me? Her email is [[EMAIL_ADDRESS|m.ibarra@example.org]].",
    "Hi, I had a sweep today from your team and the fireplace is covered in soot. The sweep's name was [[PERSON|Dmitri]]. Who do I contact?",
    "Add [[PERSON|דניאל כהן]] to the monthly gutter check list, same street as me.",
    "Reminder from [[PERSON|Grace Nwosu]]: the ladders must not go on the flat roof at [[STREET_ADDRESS|3 Canal Wharf, Leeds LS11 5PS]], it's just been felted.",
    "The API key for the booking sync is [[API_KEY|sweeplink_live_4hT9qXv2RmB8nK3wLp7Z]], please rotate it, it leaked in a screenshot.",
    "Who do I talk to about a refund? [[PERSON|Arjun Mehta]], account [[ID_NUMBER|CUS-448120]].",
    "Please ring Mrs [[PERSON|Adaeze Okafor]] on [[PHONE_NUMBER|(312) 555-0147]] to confirm the gutter guard install.",
    "[[PERSON|Søren Kjær]] and [[PERSON|Mette Kjær]] both want a quote, one house, separate billing.",
    "The alarm panel code is [[PASSWORD|5-9-1-7]]; the sweep should disarm it before opening the loft hatch.",
    "Can you confirm [[PERSON|Nguyễn Thị Lan]] is booked for Wednesday's window clean? Her door is round the side.",
    "Sign-off from the last job sheet: 'Gutters cleared, downpipe unblocked - [[PERSON|Tadhg]]'. Was that the full clear or just the front?",
    "We are three flats sharing the chimney stack: [[PERSON|Olumide Bankole]], [[PERSON|Agnieszka Zielińska]] and [[PERSON|Hamish Ross]]. Please quote per flat.",
    "Hello, the keysafe code at my dad's is [[PASSWORD|1306]]. He's [[PERSON|Ernest Pilling]], 91, hard of hearing, so just let yourself in and shout from the hall. The stove is in the back room and he'll have the kettle on. Please don't move the photos on the mantelpiece, he gets upset if they're out of order.",
    "Our landlord [[PERSON|Rajesh Kulkarni]] said you'd bill him directly for the chimney lining survey. Can you check?",
    "I'd like to leave a tip for [[PERSON|Kwame]] who did our skylights, can I add it to my card on file?",
    "Change the contact for [[STREET_ADDRESS|12 Thornbury Avenue, Sheffield S10 3GT]] to my wife, [[PERSON|Leila Farahani]], [[PHONE_NUMBER|07700 900158]].",
    "The gate code is [[PASSWORD|C2468X]] and the dog is friendly. Booking for [[PERSON|Winifred Addo]].",
    "[[PERSON|राजेश शर्मा]] asked me to book his chimney sweep too. He lives two doors down.",
    "Jobs for Thursday: [[PERSON|Ewa]] - Cranbrook Road windows, [[PERSON|Jonno]] - gutters on Mill Lane, [[PERSON|Felipe]] - two sweeps in Hove.",
    "Can you put a hold on [[PERSON|Summer Lyle]]'s account while she's abroad? Member no. [[ID_NUMBER|WC-20931]].",
    "Our HOA treasurer, [[PERSON|Dolores Whitcombe]], wants the gutter invoice split across 12 units.",
    "My partner [[PERSON|অনিন্দিতা দাস]] will be home on Tuesday to let the window cleaner in.",
    "Please send the 2FA texts for my portal to [[PHONE_NUMBER|0491 570 316]] instead of email.",
    "Can you stop sending [[PERSON|Rose Kimani]] texts about the gutter plan? She passed away in March.",
    "Use this token for the Zapier hook: [[API_KEY|gcx_tok_7b3e91f04ac25d68e1f9a7c2]]. It's for the gutter reminder emails.",
    "[[PERSON|ณัฐวุฒิ ศรีสุข]] wants the windows done on the 3rd floor too. Is that extra?",
    "Hi, [[PERSON|Marguerite Fontaine]] here - our chimney smells of smoke even when unlit. Can someone look?",
    "The sweep reported a cracked flue liner at [[PERSON|Idris Pugh]]'s. Who writes that up for his insurer?",
    "For the record: [[PERSON|Chidinma Eze]] approved the quote by phone, [[PERSON|Paul Lindgren]] by email.",
    "Password for the shared booking account is [[PASSWORD|Gutter$Season9]], please reset it, [[PERSON|Tamsin]] left the committee.",
    "Ask [[PERSON|Grace Liu]] whether she wants the conservatory roof added to her four-weekly clean.",
    "Could the window cleaner skip [[STREET_ADDRESS|27 Beech Grove, Harrogate HG1 4RE]] for the next two visits? We're having scaffolding up.",
    "I'm [[PERSON|Ahmed Al-Rashid]], booking ref SW-3310. Can I swap my Friday sweep for next Monday?",
    "Please quote gutter replacement for [[PERSON|김서연]], [[EMAIL_ADDRESS|seoyeon.kim@example.com]], semi-detached, about 20m of guttering.",
    "Tell the team that [[PERSON|Bogdan Ionescu]] is not to be sent to [[STREET_ADDRESS|8 Pelham Mews, Brighton BN2 1QA]] again - complaint upheld.",
    "The residents' chair, [[PERSON|Yetunde Adéwálé]], asked for the chimney inspection report to be emailed to the whole committee.",
    "Hey, can you text me the lockbox code again? I think it was [[PASSWORD|7720]] but it's not opening. Thanks, [[PERSON|Jamie Fitzgerald]]",
    "Quote for [[PERSON|Ólafur Hjaltason]]: two chimneys, one bird nest removal.",
    "Please add a note: [[PERSON|Mohammed Siddiqui]] has a guide dog, knock loudly and wait.",
    "Who is [[PERSON|Tiberiu]]? He turned up saying he's from you to do our gutters and I didn't book anything.",
    "Take the £65 for the chimney sweep from card [[CREDIT_CARD|4716 2094 8853 0175]], name on card [[PERSON|Harriet Bellamy]].",
    "The new window cleaner, [[PERSON|Alessandro Greco]], needs access to the rear courtyard. Code is [[PASSWORD|1984*]].",
    "Move [[PERSON|Ishaan Verma]] and [[PERSON|Meera Verma]] to the Tuesday round; they've moved to Oakfield Drive.",
    "[[PERSON|Katarzyna]] says the gutter crew left the downpipe disconnected. Can someone come back today?",
    "Please bill [[PERSON|Hugo Lefèvre]] for the smoke test, not the tenant.",
    "Hi there, I'm writing for my grandmother, [[PERSON|Edna Blackwood]]. She wants her windows done but can't use the app and gets flustered on the phone with automated menus. She's 88 and lives alone, so please have whoever comes knock and then wait a good minute; she uses a frame. She'd like the front and back done every eight weeks and is happy to pay cash on the day. Her landline is [[PHONE_NUMBER|01632 960447]], and if she doesn't answer you can ring me instead.",
    "Can [[PERSON|Tomás]] bring the long pole? The back windows at [[PERSON|Niamh]]'s are three storeys.",
    "Send the gutter photos to [[PERSON|Pieter de Vries]] at [[EMAIL_ADDRESS|pieter.devries@example.net]], he's handling the claim.",
    "The sweep needs to know our stove model. [[PERSON|梁伟]] will send it over tonight.",
    "Can I change my booking PIN to [[PASSWORD|5521]]? The old one is [[PASSWORD|0873]].",
    "[[PERSON|Gabriel Mensah]], [[PERSON|Lotte Jansen]], [[PERSON|Akira Mori]] - all three on Elm Terrace want the same Saturday slot. Is that doable?",
    "Could the chimney sweep bring a certificate for our letting agent? Tenant is [[PERSON|Aleksandra Petrović]].",
    "Please call my husband [[PERSON|Femi]] rather than me, on [[PHONE_NUMBER|07700 900863]].",
    "Did [[PERSON|Victoria Ashdown]] cancel her gutter plan? She still shows on the Wednesday list.",
    "Our property manager, [[PERSON|Hyun-woo Lee]], will sign off the window contract. Send it to [[EMAIL_ADDRESS|hw.lee@example.com]].",
    "For the API: bearer [[API_KEY|pk_gutr_Qm4Zr8Tn2Vx6Yb9Lc1Hd5Jw]]. It returns 401 since this morning.",
    "[[PERSON|Илья Морозов]] will pay for the chimney cap, I'll pay for the sweep.",
    "Tell [[PERSON|Charity Mwangi]] her gutters are booked for 8 am Friday and she needs to move the car.",
    "What's the earliest slot for a sweep at [[STREET_ADDRESS|1 Quarry Cottages, Hebden Bridge HX7 8AD]]? We've got a jackdaw nest.",
    "Please remove [[PERSON|Bartholomew Quince]] from my account, we've separated.",
    "I'm locked out of the app. Username is [[ID_NUMBER|sootfree_sally]], can you send a reset link?",
    "Note from [[PERSON|Ngaio Parata]]: do not use the pressure washer on the render, only the soft brush.",
    "Hi, [[PERSON|王小红]] asked me to rebook her window clean, she's away till 3 June.",
    "The chimney at [[STREET_ADDRESS|44 Ravensworth Terrace, Durham DH1 1QP]] is shared with no. 46 - do you bill both households?",
    "Booked by [[PERSON|Mariam Tesfaye]] for her mother, [[PERSON|Almaz Bekele]]. Ground floor windows only.",
    "Please use the side gate, code [[PASSWORD|9G4K]], and leave the invoice with [[PERSON|Cecily]] at the farm shop.",
    "[[PERSON|Jean-Baptiste Ferrand]] from 11B says the window cleaner's ladder scratched his car.",
    "Reschedule [[PERSON|Anahí Quispe]]'s gutter clean - she texted from [[PHONE_NUMBER|(415) 555-0183]].",
    "The landlord's agent, [[PERSON|Tobias Wren]], needs the CO alarm test noted on the sweep certificate.",
    "My neighbour [[PERSON|Lakshmi Narayanan]] wants the same gutter guards as me. Can you give her my discount?",
    "Work order for Saturday: [[PERSON|Zofia]] and [[PERSON|Dele]] on the school windows, [[PERSON|Rhys]] on standby.",
    "Can you tell me why I was charged twice? Card [[CREDIT_CARD|5219 0647 3381 9025]].",
    "Hi, it's [[PERSON|Esperanza Ruiz]] again. Any news on my quote for the chimney pot?",
    "[[PERSON|ეკა ბერიძე]] wants a Sunday sweep - do you work weekends?",
    "Please don't send [[PERSON|Bill]] to us again, send someone else. Address is [[STREET_ADDRESS|6 Foundry Row, Stroud GL5 3LN]].",
    "Split for the shared gutter repair: [[PERSON|Aroha Ngata]] 1/3, [[PERSON|Benedikt Huber]] 1/3, [[PERSON|Clara Nkosi]] 1/3.",
    "I lost the lockbox code for my rental. It was set by [[PERSON|Oksana Hrytsenko]], who manages the cleaning schedule for the whole building, and she's not answering my messages. Can you call her on [[PHONE_NUMBER|+44 7700 900675]] and ask her to send it to me? The window cleaner is due tomorrow at 10 and I don't want another missed visit fee.",
    "The residents' WhatsApp admin is [[PERSON|Darius Rahimi]], please send window dates to him.",
    "Hello, the door entry code for the block is [[PASSWORD|2046B]]. Flat 9 is [[PERSON|Ingrid Solberg]].",
    "Our account number is [[ID_NUMBER|GTR-77104]] - please stop auto-renewing the gutter plan.",
]

# 100 one-person records: 40 in English, 60 in 32 other languages; 41 with a national id.
RECORDS = [
    # --- English, with a national id (11) ---
    "New starter, chimney sweep apprentice: [[PERSON|Darren Hulme]], NHS number [[ID_NUMBER|612 483 9075]] (for the occupational health referral), mobile [[PHONE_NUMBER|07700 900241]].",
    "Vulnerable-customer register: [[PERSON|Albert Fenwick]], NHS number [[ID_NUMBER|734 592 0186]], carer's phone [[PHONE_NUMBER|01632 960583]]; the sweep must phone ahead.",
    "Payroll record: [[PERSON|Mathieu Tremblay]], chimney technician, SIN [[ID_NUMBER|418 273 967]], phone [[PHONE_NUMBER|(514) 555-0162]].",
    "Casual gutter cleaner onboarding: [[PERSON|Brodie Nguyen]], TFN [[ID_NUMBER|639 182 478]], mobile [[PHONE_NUMBER|0491 570 284]].",
    "Injury report, fall from a roof edge: [[PERSON|Shannon Kelly]], Medicare [[ID_NUMBER|2953 18477 1]], next of kin on [[PHONE_NUMBER|+61 491 570 613]].",
    "Accident form for a window cleaner cut by glass: [[PERSON|Mere Rāwiri]], NHI [[ID_NUMBER|KRT4828]], email [[EMAIL_ADDRESS|mere.rawiri@example.co.nz]].",
    "Employee file: [[PERSON|Cathal Ó Briain]], PPS number [[ID_NUMBER|3819264D]], wages to [[IBAN_CODE|IE07 BOFI 9000 1748 2619 35]].",
    "Subcontractor (chimney lining): [[PERSON|Gráinne Kavanagh]], PPSN [[ID_NUMBER|7042815FA]], mobile [[PHONE_NUMBER|+44 7700 900372]].",
    "Vendor KYC for the Pune window-cleaning franchise: [[PERSON|Sanjay Deshpande]], Aadhaar [[ID_NUMBER|5821 4736 9026]], email [[EMAIL_ADDRESS|sanjay.deshpande@example.in]].",
    "Facade cleaning crew pass: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S7742185H]], staff no. [[ID_NUMBER|FC-0418]].",
    "Roof-work induction: [[PERSON|Sipho Dlamini]], ID number [[ID_NUMBER|8706235109083]], email [[EMAIL_ADDRESS|sipho.d@example.co.za]].",
    # --- English, no national id (29) ---
    "Customer: [[PERSON|Sunita Chaudhary]] | [[STREET_ADDRESS|7 Bramble Court, Luton LU3 2HS]] | [[PHONE_NUMBER|07700 900957]] | windows every 6 weeks",
    "Direct debit for the gutter plan: [[PERSON|Oliver Tennant]], IBAN [[IBAN_CODE|GB80 BARC 2091 5373 0184 66]], e-mail [[EMAIL_ADDRESS|oliver.tennant@example.com]].",
    "Chimney sweep certificate issued to [[PERSON|Bronwen Lloyd-Evans]], [[STREET_ADDRESS|Ty Gwyn, Heol y Llan, Llandeilo SA19 6BT]], tel. [[PHONE_NUMBER|01632 960371]].",
    "Gutter guard warranty registered to [[PERSON|Tyrone Jackson]], [[STREET_ADDRESS|4418 Maple Hollow Dr, Columbus, OH 43229]], SSN [[US_SSN|512-47-3068]] for the financing check.",
    "Window washing subcontractor W-9: [[PERSON|Maria Elena Soto]], SSN [[US_SSN|287-61-4093]], phone [[PHONE_NUMBER|(614) 555-0129]].",
    "Member [[PERSON|Kevin Mulrooney]], member ID [[ID_NUMBER|GG-5520197]], card on file [[CREDIT_CARD|4929 3817 6620 4519]].",
    "Booking: [[PERSON|Priscilla Hartwell]], [[STREET_ADDRESS|2 Old Forge Lane, Ludlow SY8 1DD]], paid with [[CREDIT_CARD|5374 2190 8863 1273]].",
    "Carbon monoxide follow-up after a blocked flue: [[PERSON|Gordon Finch]], hospital patient no. [[ID_NUMBER|RX7-204118]], daughter's phone [[PHONE_NUMBER|07700 900693]].",
    "Account [[ID_NUMBER|ACC-300581]]: [[PERSON|Moira Sutherland]], [[STREET_ADDRESS|5 Ferry Brae, Inverness IV3 5LP]], windows and gutters twice a year.",
    "Quote accepted by [[PERSON|Terrence Baptiste]], [[EMAIL_ADDRESS|t.baptiste@example.net]], [[PHONE_NUMBER|07700 900118]].",
    "Loyalty member [[ID_NUMBER|CLR-88213]]: [[PERSON|Sebastian Achterberg]], [[PHONE_NUMBER|01632 960902]].",
    "Site contact for the school windows: [[PERSON|Naledi Khumalo]], bursar, [[EMAIL_ADDRESS|n.khumalo@example.sch.uk]], [[PHONE_NUMBER|01632 960614]].",
    "Customer [[PERSON|Wilfred Amankwah]], [[STREET_ADDRESS|Flat 4, 88 Chapel Street, Salford M3 7AJ]], prefers texts: [[PHONE_NUMBER|07700 900264]].",
    "Gutter plan direct debit: [[PERSON|Eilidh Munro]], IBAN [[IBAN_CODE|GB33 NWBK 4027 1658 3902 14]].",
    "Chimney inspection for [[PERSON|DeShawn Carter]], [[STREET_ADDRESS|918 Sycamore St, Asheville, NC 28801]], [[PHONE_NUMBER|(828) 555-0176]].",
    "Window cleaning client [[PERSON|Heather Lindqvist]], [[EMAIL_ADDRESS|heather.l@example.com]], card [[CREDIT_CARD|4556 7120 3398 2646]].",
    "Gutter install financing: [[PERSON|Raymond Castillo]], SSN [[US_SSN|431-58-2097]], [[STREET_ADDRESS|2207 W Alameda Ave, Denver, CO 80223]].",
    "Client [[PERSON|Geneviève Roy]], [[STREET_ADDRESS|312 rue Saint-Paul, Québec, QC G1K 3W4]], [[PHONE_NUMBER|(418) 555-0134]].",
    "Gutter clean, customer [[PERSON|Tran Minh Quan]], [[EMAIL_ADDRESS|quan.tran@example.com.au]], card [[CREDIT_CARD|2223 4108 6675 3914]].",
    "Patient no. [[ID_NUMBER|PT-0093318]]: [[PERSON|Clive Ashworth]], CO poisoning referral after a blocked flue; sweep report sent to [[EMAIL_ADDRESS|c.ashworth@example.org]].",
    "Staff login [[ID_NUMBER|jmcleod.sweep]] assigned to [[PERSON|Jordan McLeod]], van 3.",
    "Driving licence [[ID_NUMBER|OKAFO802157C99LK]] checked for new van driver [[PERSON|Chukwuemeka Okafor]].",
    "Passport [[ID_NUMBER|548210937]] copied for the right-to-work check: [[PERSON|Bianca Ferreira]], [[PHONE_NUMBER|07700 900537]].",
    "Policy holder [[PERSON|Graham Whitlock]], public liability policy no. [[ID_NUMBER|PLI-7730416]], [[EMAIL_ADDRESS|graham.whitlock@example.co.uk]].",
    "Commercial account [[ID_NUMBER|COM-41187]], contact [[PERSON|Farida Haque]], [[PHONE_NUMBER|01632 960275]], office windows monthly.",
    "Student window-cleaning job: [[PERSON|Kieran Doyle]], student no. [[ID_NUMBER|S20417733]], [[EMAIL_ADDRESS|kieran.doyle@example.ac.uk]].",
    "Quote form sent from [[IP_ADDRESS|203.0.113.47]] by [[PERSON|Penelope Marsh]], [[EMAIL_ADDRESS|pen.marsh@example.com]].",
    "Gutter job card: [[PERSON|Abdirahman Warsame]], [[STREET_ADDRESS|61 Lodge Lane, Liverpool L8 0QE]], gate unlocked, [[PHONE_NUMBER|07700 900446]].",
    "App booking from [[IP_ADDRESS|2001:db8:4a1::27]]: [[PERSON|Felicity Obi]], member [[ID_NUMBER|MBR-602318]].",
    # --- other languages, with a national id (30) ---
    "קבלן משנה לניקוי מרזבים: [[PERSON|יעל בן-דוד]], תעודת זהות [[ID_NUMBER|039174289]], דוא״ל [[EMAIL_ADDRESS|yael.bd@example.co.il]].",
    "Sotare, anställd: [[PERSON|Elin Johansson]], personnummer [[ID_NUMBER|790614-3123]], e-post [[EMAIL_ADDRESS|elin.johansson@example.se]].",
    "Glazenwasser in dienst: [[PERSON|Joost van der Meer]], BSN [[ID_NUMBER|193847267]], IBAN [[IBAN_CODE|NL50 RABO 0318 4726 59]].",
    "Kominiarz: [[PERSON|Grzegorz Nowicki]], PESEL [[ID_NUMBER|85031204571]], rachunek [[IBAN_CODE|PL08 1020 3000 4511 1000 0001 8372 64]].",
    "Klientka: [[PERSON|Halina Wróbel]], PESEL [[ID_NUMBER|92110841732]], [[STREET_ADDRESS|ul. Długa 17 m. 4, 31-147 Kraków]].",
    "Limpador de calhas terceirizado: [[PERSON|Thiago Moura Pereira]], CPF [[ID_NUMBER|371.845.296-00]], e-mail [[EMAIL_ADDRESS|thiago.pereira@example.com.br]].",
    "Baca temizleme müşterisi: [[PERSON|Ayşe Yıldırım]], T.C. kimlik no [[ID_NUMBER|28471936550]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 212 D: 7, 34728 Kadıköy/İstanbul]].",
    "Limpiacristales autónomo: [[PERSON|Javier Morales Gil]], DNI [[ID_NUMBER|53718294T]], IBAN [[IBAN_CODE|ES25 2100 0731 8402 0051 6273]].",
    "Cliente de deshollinado: [[PERSON|Radu Constantin]], NIE [[ID_NUMBER|Y4827163Y]], correo [[EMAIL_ADDRESS|radu.c@example.es]].",
    "Nuohooja: [[PERSON|Eero Virtanen]], henkilötunnus [[ID_NUMBER|120489-5633]], tili [[IBAN_CODE|FI36 4006 1010 4827 35]].",
    "Spazzacamino: [[PERSON|Francesca Gallo]], codice fiscale [[ID_NUMBER|GLLFNC88C62L219I]], e-mail [[EMAIL_ADDRESS|f.gallo@example.it]].",
    "Cliente pulizia grondaie: [[PERSON|Luca Marino]], codice fiscale [[ID_NUMBER|MRNLCU75H14F205H]], [[STREET_ADDRESS|Via Solferino 23, 20121 Milano]].",
    "清洁工登记：[[PERSON|刘建国]]，身份证号 [[ID_NUMBER|110105198507234615]]，邮箱 [[EMAIL_ADDRESS|liujianguo@example.cn]]。",
    "客户：[[PERSON|陈美玲]]，身份证号码 [[ID_NUMBER|310115199202173828]]，地址 [[STREET_ADDRESS|上海市浦东新区张杨路 1200 弄 8 号 502 室]]。",
    "외벽 유리창 청소 기사: [[PERSON|정민수]], 주민등록번호 [[ID_NUMBER|870415-1762037]], 이메일 [[EMAIL_ADDRESS|minsu.jung@example.kr]]",
    "煙突掃除スタッフ: [[PERSON|山本 健太]]、マイナンバー [[ID_NUMBER|3827 0415 9625]]、メール [[EMAIL_ADDRESS|kenta.yamamoto@example.jp]]",
    "Ramoneuse salariée : [[PERSON|Sandrine Lefort]], n° de sécurité sociale [[ID_NUMBER|2 87 05 75 112 348 72]], téléphone [[PHONE_NUMBER|06 39 98 41 27]].",
    "Client : [[PERSON|Bernard Chauvin]], NIR [[ID_NUMBER|1 79 11 69 381 052 79]], prélèvement sur [[IBAN_CODE|FR80 3000 4028 1700 0739 2184 652]].",
    "Glazenwasser (zelfstandige): [[PERSON|Wouter Peeters]], rijksregisternummer [[ID_NUMBER|85.07.14-263.84]], IBAN [[IBAN_CODE|BE05 0630 4815 2741]].",
    "Feier: [[PERSON|Sindre Haugen]], fødselsnummer [[ID_NUMBER|020391 47567]], konto [[IBAN_CODE|NO39 1503 4827 163]].",
    "Cliente de limpeza de caleiras: [[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|237184052]], IBAN [[IBAN_CODE|PT56 0035 0697 0004 8213 7592 1]].",
    "Coșar: [[PERSON|Ioana Munteanu]], CNP [[ID_NUMBER|2890517410357]], cont [[IBAN_CODE|RO98 BTRL 0130 1205 8483 7601]].",
    "Limpiador de canaletas: [[PERSON|Camila Rojas Fuentes]], RUT [[ID_NUMBER|14.382.619-8]], correo [[EMAIL_ADDRESS|camila.rojas@example.cl]].",
    "Korstnapühkija: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49103124211]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]].",
    "Sótari: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120389-3279]], netfang [[EMAIL_ADDRESS|gudrun.s@example.is]].",
    "Kominice: [[PERSON|Lenka Dvořáková]], rodné číslo [[ID_NUMBER|856215/3809]], e-mail [[EMAIL_ADDRESS|lenka.dvorakova@example.cz]].",
    "Трубочистка: [[PERSON|Олена Бондаренко]], РНОКПП [[ID_NUMBER|3184027561]], ел. пошта [[EMAIL_ADDRESS|olena.bondarenko@example.ua]].",
    "Schornsteinfeger-Geselle: [[PERSON|Lukas Brandt]], Steuer-ID [[ID_NUMBER|47 382 916 501]], IBAN [[IBAN_CODE|DE31 7015 0000 4827 1936 50]].",
    "खिड़की सफ़ाई कर्मचारी: [[PERSON|सुनीता यादव]], आधार संख्या [[ID_NUMBER|7390 2615 4484]], ईमेल [[EMAIL_ADDRESS|sunita.yadav@example.in]]।",
    "Καθαριστής τζαμιών: [[PERSON|Γιώργος Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|15038812341]], email [[EMAIL_ADDRESS|g.antoniou@example.gr]].",
    # --- other languages, no national id (30) ---
    "Kunde: [[PERSON|Friederike Lang]], [[STREET_ADDRESS|Schillerstraße 8, 79102 Freiburg im Breisgau]], Telefon [[PHONE_NUMBER|030 23125 418]], Fensterreinigung alle vier Wochen.",
    "Dachrinnenreinigung, Rechnung an [[PERSON|Mehmet Öztürk]], IBAN [[IBAN_CODE|AT90 2011 1829 4716 3508]], E-Mail [[EMAIL_ADDRESS|m.oeztuerk@example.at]].",
    "Kaminfeger-Auftrag: [[PERSON|Ursula Brunner]], [[STREET_ADDRESS|Bahnhofstrasse 41, 8001 Zürich]], IBAN [[IBAN_CODE|CH60 0076 2018 4736 2951 0]].",
    "Client : [[PERSON|Anaïs Girard]], [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]], tél. [[PHONE_NUMBER|06 39 98 63 05]], nettoyage des vitres tous les mois.",
    "Ramonage payé par carte [[CREDIT_CARD|4539 8862 0174 3360]] au nom de [[PERSON|Thierry Vasseur]], courriel [[EMAIL_ADDRESS|thierry.vasseur@example.fr]].",
    "Cliente: [[PERSON|Marta Solís]], [[STREET_ADDRESS|Calle de Toledo 56, 3.º B, 28005 Madrid]], correo [[EMAIL_ADDRESS|marta.solis@example.es]].",
    "Limpieza de canaletas para [[PERSON|Guadalupe Hernández]], [[STREET_ADDRESS|Av. Insurgentes Sur 1450, Col. Actipan, 03230 Ciudad de México]], tarjeta [[CREDIT_CARD|5482 9013 7726 5405]].",
    "Cliente: [[PERSON|Giorgio Ferrante]], [[STREET_ADDRESS|Via dei Mille 12, 80121 Napoli]], IBAN [[IBAN_CODE|IT94 K030 6909 6061 0000 0184 736]].",
    "Limpeza de vidros: [[PERSON|Inês Barros]], [[STREET_ADDRESS|Rua do Almada 103, 4050-037 Porto]], email [[EMAIL_ADDRESS|ines.barros@example.pt]].",
    "Klant: [[PERSON|Sanne Bakker]], [[STREET_ADDRESS|Prinsengracht 211, 1015 DT Amsterdam]], klantnummer [[ID_NUMBER|KL-38271]].",
    "Mycie okien, klient [[PERSON|Zbigniew Mazur]], telefon [[PHONE_NUMBER|+44 7700 900921]], numer klienta [[ID_NUMBER|MK/2024/0917]].",
    "Kund: [[PERSON|Björn Åkesson]], [[STREET_ADDRESS|Storgatan 14, 903 26 Umeå]], IBAN [[IBAN_CODE|SE39 6000 0000 0007 4819 3625]].",
    "Skorstensfejning hos [[PERSON|Karen Søgaard]], [[STREET_ADDRESS|Nørregade 22, 8000 Aarhus C]], e-mail [[EMAIL_ADDRESS|karen.sogaard@example.dk]].",
    "Ikkunanpesu: [[PERSON|Tuomas Kettunen]], [[STREET_ADDRESS|Hämeenkatu 9 B 12, 33100 Tampere]], sähköposti [[EMAIL_ADDRESS|tuomas.kettunen@example.fi]].",
    "Čištění okapů: [[PERSON|Jiří Šimek]], [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]], e-mail [[EMAIL_ADDRESS|jiri.simek@example.cz]].",
    "Kéményseprés: [[PERSON|Kovács Eszter]], [[STREET_ADDRESS|Király utca 27, 1061 Budapest]], ügyfélszám [[ID_NUMBER|UGY-550183]].",
    "Cam silme müşterisi: [[PERSON|Emre Kocabaş]], e-posta [[EMAIL_ADDRESS|emre.kocabas@example.com.tr]], kart [[CREDIT_CARD|6011 4927 3058 8129]].",
    "Клиент: [[PERSON|Татьяна Волкова]], адрес [[STREET_ADDRESS|ул. Садовая, д. 12, кв. 45, Санкт-Петербург, 190031]], эл. почта [[EMAIL_ADDRESS|t.volkova@example.ru]].",
    "Πελάτισσα: [[PERSON|Ελένη Μαυρίδου]], [[STREET_ADDRESS|Ερμού 45, 105 63 Αθήνα]], email [[EMAIL_ADDRESS|eleni.mavridou@example.gr]].",
    "عميل تنظيف النوافذ: [[PERSON|خالد المنصوري]]، البريد [[EMAIL_ADDRESS|khaled.m@example.ae]]، رقم العميل [[ID_NUMBER|CL-90417]].",
    "לקוחה לניקוי ארובה: [[PERSON|נועה לוי]], דוא״ל [[EMAIL_ADDRESS|noa.levi@example.co.il]], מספר לקוח [[ID_NUMBER|LQ-22871]].",
    "ग्राहक: [[PERSON|अमित त्रिपाठी]], ईमेल [[EMAIL_ADDRESS|amit.tripathi@example.in]], खाता संख्या [[ID_NUMBER|WIN-774102]]।",
    "গ্রাহক: [[PERSON|তানজিলা রহমান]], ইমেল [[EMAIL_ADDRESS|tanjila.rahman@example.com.bd]], প্রতি মাসে জানালা পরিষ্কার।",
    "雨どい清掃のお客様: [[PERSON|中村 陽子]] 様、住所 [[STREET_ADDRESS|〒150-0001 東京都渋谷区神宮前4-12-8]]、メール [[EMAIL_ADDRESS|yoko.nakamura@example.jp]]",
    "고객: [[PERSON|이하늘]], 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 112, 302호]], 이메일 [[EMAIL_ADDRESS|haneul.lee@example.kr]]",
    "ลูกค้าล้างกระจก: [[PERSON|พิมพ์ชนก วงศ์สวัสดิ์]] อีเมล [[EMAIL_ADDRESS|pimchanok.w@example.co.th]] หมายเลขสมาชิก [[ID_NUMBER|TH-48820]]",
    "Khách hàng: [[PERSON|Phạm Thu Hà]], địa chỉ [[STREET_ADDRESS|25 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội]], email [[EMAIL_ADDRESS|thuha.pham@example.vn]].",
    "Pelanggan: [[PERSON|Rina Kusumawati]], alamat [[STREET_ADDRESS|Jl. Kaliurang Km 5 No. 17, Sleman, Yogyakarta 55281]], email [[EMAIL_ADDRESS|rina.kusumawati@example.co.id]].",
    "Mteja: [[PERSON|Baraka Otieno]], barua pepe [[EMAIL_ADDRESS|baraka.otieno@example.co.ke]], nambari ya mteja [[ID_NUMBER|KE-30951]].",
    "Cwsmer: [[PERSON|Llinos Pritchard]], [[STREET_ADDRESS|3 Stryd y Bont, Caernarfon LL55 1AB]], ffôn [[PHONE_NUMBER|01632 960758]].",
]

# 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters only).
CLEAN_MTBENCH = [
    "Write a persuasive blog post for homeowners on why gutters should be cleaned twice a year, in under 300 words.",
    "Imagine you are Bert, the chimney sweep from Mary Poppins. Describe a rooftop view of London at dusk in his voice.",
    "Compose a limerick about a window cleaner who is afraid of heights.",
    "Explain to a ten-year-old how a chimney draws smoke upward.",
    "Draft a professional email from a gutter-cleaning company apologising for a missed appointment and offering a discount on the next visit.",
    "Compare the pros and cons of water-fed poles versus traditional squeegee window cleaning in a table.",
    "Write a Python function that takes a list of house numbers and returns them sorted into an efficient walking route along both sides of a street.",
    "Role-play as Sherlock Holmes deducing, from soot on a visitor's sleeve, what kind of fireplace they own.",
    "Summarise the history of climbing boys and the Chimney Sweepers Act 1875 in three short paragraphs.",
    "What would Charles Dickens have thought about modern chimney sweeping? Answer as if you were him.",
    "Generate five catchy slogans for a family-run window cleaning business.",
    "Extract every tool mentioned in this text and output them as a JSON list: 'The crew loaded the extension ladder, two squeegees, a gutter vac and a bucket of scrim cloths.'",
    "Write the opening of a short story in which a chimney sweep finds a sealed letter behind a bricked-up fireplace.",
    "How would you design a simple scheduling algorithm for a three-person window cleaning team covering 200 houses a month?",
    "Translate into formal French: 'Our technician will arrive between 8 and 10 a.m. Please make sure the fireplace is cold.'",
    "Write a sequence of four haiku about rain running through a freshly cleaned gutter.",
    "Pretend you are the character Dick Van Dyke played in the 1964 film and give safety advice to a new apprentice.",
    "Critique this marketing sentence and rewrite it: 'We clean windows good and fast and cheap, call now!!!'",
    "Explain the difference between a chimney liner and a chimney flue in plain language.",
    "Write a SQL query that returns customers whose last gutter clean was more than 180 days ago, given a table cleanings(customer_id, cleaned_on).",
    "Debate both sides: should window cleaners be required to hold a licence?",
    "Describe how Vincent van Gogh might have painted a row of chimney pots in Arles.",
    "Write a job advert for an apprentice chimney sweep, listing duties, training and safety gear.",
    "What are three questions a homeowner should ask before hiring a gutter contractor? Explain why each one matters.",
    "Write a dialogue between Mr. Banks from Mary Poppins and a chimney sweep who wants to be paid in advance.",
]

# 25 GSM8K-style word problems (first names of story characters only).
CLEAN_GSM8K = [
    "A window cleaner charges $4 per window. A house has 18 windows upstairs and 14 downstairs. How much does he charge for the whole house?",
    "Nadia cleans gutters on 6 houses a day. Each house has 35 feet of gutter. How many feet of gutter does she clean in a 5-day week?",
    "A chimney sweep uses 3 brushes per month and each brush costs $12. How much does he spend on brushes in a full year?",
    "Omar's round has 120 houses. He cleans 15% of them on Monday and 25% on Tuesday. How many houses are left for the rest of the week?",
    "A bucket holds 12 litres. A window cleaner uses 0.75 litres per window. How many windows can he clean with two full buckets?",
    "Three friends split a gutter repair bill of $270. Leo pays twice as much as Ben, and Sam pays the same as Ben. How much does Leo pay?",
    "A ladder is moved 8 times per house and each move takes 90 seconds. How many minutes are spent moving the ladder at 7 houses?",
    "Priya earns $22 an hour sweeping chimneys and works 6 hours a day, 4 days a week. How much does she earn in 3 weeks?",
    "A gutter company sold 48 gutter guards in March and 25% more in April. How many did it sell in the two months together?",
    "Jonas cleans 9 windows in 12 minutes. At this rate, how many minutes will 36 windows take him?",
    "A roll of scrim costs $15 and makes 20 cloths. How much does each cloth cost?",
    "A chimney flue is 9 metres tall and each brush rod is 1.2 metres long. What is the least number of rods needed to reach the top?",
    "Ella charges $60 for a sweep plus $15 for a smoke test. On Saturday she did 5 sweeps and 3 smoke tests. How much did she earn?",
    "A window cleaning van uses 1 litre of fuel for every 14 km. The round is 98 km and fuel costs $1.80 a litre. How much does the fuel for the round cost?",
    "Marco had 250 flyers. He delivered 40% of them on Monday and half of the rest on Tuesday. How many flyers are left?",
    "A downpipe drains 3 litres per second during a storm. How many litres drain in 25 minutes?",
    "Kate cleaned windows at 14 houses and earned $336. If every house paid the same, how much did each pay?",
    "A team of 4 cleaners can clean an office block's windows in 9 hours. How long would 6 cleaners take working at the same rate?",
    "Each chimney sweep visit produces 2.5 kg of soot. How many kilograms are collected from 36 visits?",
    "A gutter is 12 m long and must fall 5 mm for every metre. How many millimetres lower is the far end than the near end?",
    "Tariq buys a water-fed pole for $480 and saves $16 per week on ladder hire. After how many weeks has the pole paid for itself?",
    "Lily's customers pay every 4 weeks. She has 65 customers paying $18 each. How much does she collect in a 52-week year?",
    "A chimney pot costs $85 and fitting one takes 1.5 hours at $40 an hour. What is the total cost of buying and fitting two pots?",
    "Hannah spends 20% of her working day driving, 65% cleaning and the rest on paperwork. If she works 10 hours, how many minutes go on paperwork?",
    "A squeegee blade lasts for 400 windows. Ravi cleans 160 windows a week. How many blades does he need for 10 weeks?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which gas, produced by incomplete combustion in a blocked chimney, binds to haemoglobin more strongly than oxygen?\nA. Carbon dioxide\nB. Carbon monoxide\nC. Nitrogen\nD. Methane",
    "Creosote build-up inside a chimney is mainly a hazard because it is:\nA. toxic to birds\nB. flammable\nC. radioactive\nD. magnetic",
    "The stack effect in a chimney is driven chiefly by:\nA. wind direction alone\nB. differences in air density with temperature\nC. the colour of the bricks\nD. the moisture content of the fuel",
    "Which law relates the pressure of a gas to its temperature at constant volume?\nA. Boyle's law\nB. Charles's law\nC. Gay-Lussac's law\nD. Hooke's law",
    "A ladder 5 m long leans against a wall with its foot 3 m from the wall. How high up the wall does it reach?\nA. 3 m\nB. 4 m\nC. 5 m\nD. 8 m",
    "Purified water is often used for window cleaning because it:\nA. contains more calcium\nB. leaves fewer mineral spots as it dries\nC. is more acidic than vinegar\nD. freezes at a higher temperature",
    "A window cleaner who is paid per window rather than per hour is paid a:\nA. salary\nB. piece rate\nC. annuity\nD. dividend",
    "Which metamorphic rock is commonly split into thin roofing tiles?\nA. Slate\nB. Granite\nC. Limestone\nD. Pumice",
    "Britain's Chimney Sweepers Act of 1875 is best described as:\nA. a tax on chimneys\nB. a law requiring sweeps to be licensed by the police\nC. a ban on coal fires\nD. a building code for flue height",
    "Gutters are laid with a slight fall toward the downpipes so that water moves by:\nA. capillary action\nB. gravity\nC. surface tension\nD. osmosis",
    "Which organ is most directly harmed by long-term inhalation of fine soot particles?\nA. Liver\nB. Lungs\nC. Kidneys\nD. Pancreas",
    "Water-fed pole systems produce pure water mostly by:\nA. boiling tap water\nB. reverse osmosis and deionisation\nC. adding salt\nD. freezing and thawing",
    "If a cleaning business's revenue rises from $40,000 to $50,000, the percentage increase is:\nA. 20%\nB. 25%\nC. 10%\nD. 80%",
    "Which of the following is a vector quantity?\nA. Speed\nB. Mass\nC. Velocity\nD. Temperature",
    "In contract law, a reply to an offer that accepts it but changes its terms is treated as:\nA. an acceptance\nB. a counter-offer\nC. a gift\nD. a waiver",
    "Under the European classification, a fire in a chimney burning wood and soot is a fire of:\nA. Class A\nB. Class B\nC. Class D\nD. Class F",
    "Most weather, including the rain that fills gutters, takes place in which layer of the atmosphere?\nA. Stratosphere\nB. Troposphere\nC. Mesosphere\nD. Thermosphere",
    "The main component of ordinary window glass is:\nA. aluminium oxide\nB. silicon dioxide\nC. sodium chloride\nD. calcium fluoride",
    "What is the median of 3, 7, 9, 12 and 40?\nA. 9\nB. 14.2\nC. 12\nD. 7",
    "Which philosopher wrote Leviathan?\nA. John Locke\nB. Thomas Hobbes\nC. David Hume\nD. Jean-Jacques Rousseau",
    "Which metal is commonly used for seamless gutters because it does not rust?\nA. Iron\nB. Aluminium\nC. Sodium\nD. Mild steel",
    "After a worker falls from a ladder on the job, the employer's first duty under most health and safety rules is to:\nA. dismiss the worker\nB. record, report and investigate the incident\nC. sell the ladder\nD. ignore it if no one saw",
    "Moss growing in a gutter releases which gas during photosynthesis?\nA. Oxygen\nB. Hydrogen\nC. Carbon monoxide\nD. Ammonia",
    "A market in which many small window cleaners sell nearly identical services is closest to:\nA. monopoly\nB. oligopoly\nC. perfect competition\nD. monopsony",
    "Adding which substance to window-cleaning water lowers its surface tension?\nA. Salt\nB. Detergent\nC. Sand\nD. Sugar",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to sleep in a room the night after the chimney has been swept, or should I air it out first?",
    "What are the early symptoms of carbon monoxide poisoning?",
    "I get a cough whenever I clean out the fireplace ash. Should I wear a mask, and what kind?",
    "Can breathing wood smoke make asthma worse?",
    "What should I do if I feel dizzy while working at the top of a ladder?",
    "How long should I rest a sore wrist from gripping a squeegee all day?",
    "Are the chemicals in window-cleaning spray harmful if they get on my skin?",
    "What's the best way to protect my back when carrying long ladders?",
    "Can dried bird droppings in gutters cause a lung infection if I breathe in the dust?",
    "How do I treat a small cut from broken glass on a window frame?",
    "Can having my hands in cold water every day cause chilblains?",
    "Which vaccinations are recommended for people who work outdoors with dirty water, like tetanus?",
    "How can I tell whether a headache comes from carbon monoxide rather than dehydration?",
    "Is it normal to have sore shoulders in the first week of using a water-fed pole?",
    "Should a pregnant woman stay out of the house while the chimney is being swept?",
    "What kind of sunscreen is best for working on rooftops all summer?",
    "Does long-term contact with soot raise the risk of skin cancer?",
    "How much water should I drink on a hot day of outdoor manual work?",
    "What are the signs of heat exhaustion, and when does it become an emergency?",
    "Is it safe for a child with eczema to be near fireplace ash?",
    "My eyes sting after cleaning windows with vinegar. Could it damage them?",
    "Can a fear of heights be treated, and how long does treatment usually take?",
    "What first aid should be given to someone who has fallen from a ladder and cannot feel their legs?",
    "Is a carbon monoxide alarm enough protection, or should people with gas fires also have regular check-ups?",
    "How often should the chimney be swept in a home where someone has COPD, to keep the air cleaner?",
]

# The national ids of the records and their check-digit validators.
NATIONAL_IDS = {
    "612 483 9075": nhs_ok,  # NHS number
    "734 592 0186": nhs_ok,
    "418 273 967": luhn_len(9),  # Canadian SIN
    "639 182 478": tfn_ok,  # Australian tax file number
    "2953 18477 1": medicare_ok,  # Australian Medicare card
    "KRT4828": nhi_ok,  # New Zealand NHI
    "3819264D": pps_ok,  # Irish PPS number
    "7042815FA": pps_ok,
    "5821 4736 9026": aadhaar_ok,  # Indian Aadhaar
    "7390 2615 4484": aadhaar_ok,
    "S7742185H": nric_ok,  # Singapore NRIC
    "8706235109083": luhn_len(13),  # South African id
    "039174289": luhn_len(9),  # Israeli teudat zehut
    "790614-3123": luhn_len(10),  # Swedish personnummer
    "193847267": bsn_ok,  # Dutch BSN
    "85031204571": pesel_ok,  # Polish PESEL
    "92110841732": pesel_ok,
    "371.845.296-00": cpf_ok,  # Brazilian CPF
    "28471936550": kimlik_ok,  # Turkish kimlik
    "53718294T": dni_ok,  # Spanish DNI
    "Y4827163Y": dni_ok,  # Spanish NIE
    "120489-5633": hetu_ok,  # Finnish henkilötunnus
    "GLLFNC88C62L219I": codice_fiscale_ok,  # Italian codice fiscale
    "MRNLCU75H14F205H": codice_fiscale_ok,
    "110105198507234615": china_id_ok,  # Chinese resident identity number
    "310115199202173828": china_id_ok,
    "870415-1762037": rrn_ok,  # Korean resident registration number
    "3827 0415 9625": my_number_ok,  # Japanese My Number
    "2 87 05 75 112 348 72": nir_ok,  # French NIR
    "1 79 11 69 381 052 79": nir_ok,
    "85.07.14-263.84": belgian_id_ok,  # Belgian national number
    "020391 47567": fodselsnummer_ok,  # Norwegian fødselsnummer
    "237184052": nif_ok,  # Portuguese NIF
    "2890517410357": cnp_ok,  # Romanian CNP
    "14.382.619-8": rut_ok,  # Chilean RUT
    "49103124211": isikukood_ok,  # Estonian isikukood
    "120389-3279": kennitala_ok,  # Icelandic kennitala
    "856215/3809": rodne_cislo_ok,  # Czech rodné číslo
    "3184027561": rnokpp_ok,  # Ukrainian RNOKPP
    "47 382 916 501": steuer_id_ok,  # German tax id
    "15038812341": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
    )
]


def _has(marked: str, *kinds: str) -> bool:
    return any(s["type"] in kinds for s in marked_spans(marked))


def check_mix() -> None:
    """The chat requests: the lower-case and other-language counts, most name someone,
    18 to 22 hold a secret, 2 or 3 an API key. The records: 38 to 42 with a national id,
    one a record; every card Luhn-valid and no test number, every IBAN valid mod 97."""
    english = CHAT[:LOWER_CHAT] + CHAT[LOWER_CHAT + OTHER_LANGUAGES :]
    lower = sum(is_lower(t) for t in english)
    if lower != LOWER_CHAT:
        raise SystemExit(f"chat: {lower} all-lower-case texts, want {LOWER_CHAT}")
    named = sum(_has(t, "PERSON") for t in CHAT)
    secret = sum(_has(t, "PASSWORD", "API_KEY") for t in CHAT)
    keys = sum(_has(t, "API_KEY") for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    with_id = [t for t in RECORDS if any(s["value"] in NATIONAL_IDS for s in marked_spans(t))]
    if not 38 <= len(with_id) <= 42 or len(NATIONAL_IDS) != len(with_id):
        raise SystemExit(f"records: {len(with_id)} with a national id")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"invalid national id {value!r}")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            digits = "".join(c for c in span["value"] if c.isdigit())
            if span["type"] == "CREDIT_CARD" and (
                not luhn_ok(span["value"]) or digits in WELL_KNOWN_CARDS
            ):
                raise SystemExit(f"bad card {span['value']!r}")
            if span["type"] == "IBAN_CODE" and not iban_ok(span["value"]):
                raise SystemExit(f"bad IBAN {span['value']!r}")
        if not _has(marked, "PERSON") and marked in RECORDS:
            raise SystemExit(f"record without a person: {marked[:60]!r}")


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
        "blind190", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
