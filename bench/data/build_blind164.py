# ruff: noqa: E501
"""A hundred-and-sixty-fourth blind privacy set: marinas, sailing clubs, boatyards and boat
owners (berth bookings, crew lists, race entries, harbour dues, boat sales, insurance,
moorings, safety drills). 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the shape of ``build_blind36.py`` and the
``main()`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to 92 words) that club members, harbour staff, yard hands and boat
  owners paste into an assistant: crew lists, safety-boat rotas, call logs, race entries,
  harbour-dues chasers, boat-sale adverts, insurance and mooring questions, drill logs,
  gate and alarm codes. The first 30 are typed all in lower case, the next 6 are in
  Spanish, Greek, Japanese, Turkish, Polish and Brazilian Portuguese, the other 84 in
  English. Many names stand with no cue word (lists, rotas, logs, "X and Y", greetings,
  sign-offs) and many are ordinary words (Rose, Bill, Grace, Hunter, Summer, May, Sky,
  Will, Dot, Penny, Holly, Ash, Jack); 20 hold a secret (passwords, PINs, door, gate and
  alarm codes, a wifi key, 2FA codes, API tokens).
* 100 one-person records (forms, CSV and JSON rows, letters, log lines, contact cards) in
  English and 44 other languages, 40 of them with a check-digit-valid national id of 33 kinds.
* 100 clean texts naming no private person: 25 MT-Bench/Vicuna-style prompts (famous and
  fictional people may appear), 25 GSM8K-style word problems with fictional first names,
  25 MMLU-style items and 25 health questions.

Labels: PERSON for private people (titles and relation words outside the span); member,
account, policy, passport, licence, login and national-id numbers ID_NUMBER; passwords,
PINs, door, gate and alarm codes, wifi keys and 2FA codes PASSWORD; tokens and API keys
API_KEY; an address from the street line through the postcode and city as typed. Boat
names, sail numbers, berth numbers, booking, invoice and claim references, dates of birth
and public figures are not labelled.

All values are invented: phones from ranges kept for fiction where the country has one
(UK 07700 900, 020 7946 0, 0117 496 0, 01632 960; North America 555-01xx; Australia
0491 570; France 06 39 98; Germany 030 23125) and in the country's own layout elsewhere;
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges.

Run ``.venv/bin/python bench/data/build_blind164.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Capt|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
SECRETS = frozenset({"PASSWORD", "API_KEY"})

# 120 chat requests: 30 lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can you tidy this crew list for saturday's race into a table: [[PERSON|grace okafor]] (helm), [[PERSON|tom brierley]] (main), [[PERSON|summer nakamura]] (bow), [[PERSON|will dunmore]] (pit). mobiles in the same order [[PHONE_NUMBER|07700 900481]], [[PHONE_NUMBER|07700900736]], [[PHONE_NUMBER|07700 900 215]], [[PHONE_NUMBER|07700900862]]",
    "draft a polite reminder to [[PERSON|bill hargreaves]] that his harbour dues for the winter lay-up are three weeks overdue. he's on berth c14 and his email is [[EMAIL_ADDRESS|bill.hargreaves58@examplemail.co.uk]]",
    "whats the wifi at the clubhouse again? [[PERSON|penny]] said it was [[PASSWORD|spinnaker2024!]] but thats not working on my phone",
    "ring [[PERSON|dot]] re mooring fee [[PHONE_NUMBER|01632 960418]]",
    "my dad [[PERSON|ravi chandrasekar]] wants to sell his westerly centaur, can you write a short ad for the club noticeboard? contact is [[PHONE_NUMBER|07700 900 593]] or [[EMAIL_ADDRESS|ravi.c.sails@examplemail.com]], boat is ashore at [[STREET_ADDRESS|unit 4, quay lane boatyard, appledore ex39 1rq]]",
    "gate code for pontoon d changed to [[PASSWORD|4471#]], tell [[PERSON|may]] and [[PERSON|hunter]] before they come down tonight",
    "summarise this safety drill log for the newsletter: 14:02 mob drill started, [[PERSON|kofi mensah-brown]] threw the danbuoy, [[PERSON|lena fischer]] on the helm, recovery took 4 min 10 s. 14:20 fire drill led by [[PERSON|arjun pillai]], extinguisher on the committee boat showing low pressure. 14:45 flare demo cancelled because of wind. 15:00 debrief, everyone agreed the danbuoy line tangles too easily and the rib kill cord needs replacing. keep it friendly, mention the cadets did well, and finish with the date of the next drill which is the first sunday of next month.",
    "[[PERSON|sky]] and [[PERSON|rose]] both want the club laser for the sunday series. who had it last? the booking sheet says [[PERSON|jun-ho park]]",
    "insurance renewal for my catalina 27, policy number [[ID_NUMBER|nmx-4471-208]], insured is [[PERSON|deborah lindqvist]] dob 03/11/1961. is an excess of £750 normal for a boat this age?",
    "did [[PERSON|ahmed al-rashidi]] pay the berth deposit yet? he said he'd transfer it on the 2nd, his member no is [[ID_NUMBER|ssc-20931]]",
    "pls translate to french for the visiting crew: skipper [[PERSON|ioana petrescu]], vhf channel 72, mobile [[PHONE_NUMBER|+40 721 448 906]]",
    "the race entry system login is [[ID_NUMBER|commodore_hale]] / [[PASSWORD|tidetable#88]], it's [[PERSON|marcus hale]]'s account. can you explain how to add a second admin?",
    "turn this into a whatsapp message: safety boat this weekend, sat [[PERSON|jess ogunleye]] and [[PERSON|piotr wiśniewski]], sun [[PERSON|hana sato]] and [[PERSON|cliff aldana]]. fuel the rib before you leave",
    "card for the boatyard deposit is [[CREDIT_CARD|4543 5718 1402 2105]] exp 09/27, name on card [[PERSON|emiko tamura]]. can you write the email to go with it",
    "hi, i'm [[PERSON|nomvula dlamini]], my boat is on visitor berth 22 for three nights. is the pump-out free or do i pay at the office?",
    "write a 2 line bio for the regatta programme: [[PERSON|wiremu tane]], 34, crews on kahu and teaches dinghy sailing on weekday evenings",
    "alarm code for the chandlery is [[PASSWORD|2906]], [[PERSON|grace]] locks up on thursdays, make me a handover note",
    "remind me to call the surveyor [[PERSON|niall cassidy]] on [[PHONE_NUMBER|0117 496 0274]] before the haul out",
    "phone log tues: 09:10 [[PERSON|tran thi mai]] re lifejacket hire, 09:45 [[PERSON|olek nowak]] re lost keys, 11:30 [[PERSON|fatima zahra benali]] wants a quote for antifouling. sort these by urgency",
    "my ssn is [[US_SSN|512-44-7093]] and the marina in florida wants it for the slip lease, is that normal?? name on the lease is [[PERSON|dwayne whitfield]]",
    "[[PERSON|tomasz]] set up the tide gauge pi at [[IP_ADDRESS|198.51.100.47]], password [[PASSWORD|harbourmaster77]], why can't i ssh in from home",
    "[[PERSON|summer]]'s new mobile [[PHONE_NUMBER|0491570233]]",
    "race entry for [[PERSON|yusuf demir]] and [[PERSON|elif kaya]], double-handed class, sail no tur 418. what's the entry fee if they enter before friday?",
    "can you write a thank you card for [[PERSON|jean-baptiste morvan]] and [[PERSON|aurélie morvan]] who lent us their mooring all august",
    "booking for [[PERSON|kim min-seo]], 2 nights, 11m yacht, arriving fri. her email is [[EMAIL_ADDRESS|minseo.kim@examplemail.kr]], send a confirmation",
    "2fa code for the club account is [[PASSWORD|381 904]], [[PERSON|will]] needs it now, how do i share it safely",
    "[[PERSON|leilani kahale]] dob 14.02.1990 passport [[ID_NUMBER|a48219376]], [[PERSON|koa kahale]] dob 02.09.1988 passport [[ID_NUMBER|a51930284]]. add both to the crew declaration for the passage to madeira",
    "hey can you help me word a complaint, [[PERSON|gary]] on the next berth keeps running his generator at 6am",
    "committee notes: treasurer [[PERSON|priya raman]] to chase unpaid dues, bosun [[PERSON|ifeanyi okeke]] to order new fenders, [[PERSON|sven olafsson]] resigning as rear commodore. also agreed: raise visitor berth fee by £2 a night from april, repaint the slipway markings, and hold the spring safety drill before the first race. no date set for the agm yet. turn into proper minutes with action points",
    "my mate [[PERSON|kwame]] asked what an a1 rating means on a boat survey",
    # --- six other languages ---
    "¿Puedes redactar un correo para [[PERSON|Lucía Fernández Ortega]]? Su amarre en el pantalán 3 vence el 30 de junio y tiene que renovarlo. Su teléfono es [[PHONE_NUMBER|+34 612 48 90 37]] y el correo [[EMAIL_ADDRESS|lucia.fortega@correo-ejemplo.es]].",
    "Γράψε ένα σύντομο μήνυμα στον [[PERSON|Νίκο Παπαδόπουλο]] ότι το σκάφος του είναι έτοιμο στο καρνάγιο και μπορεί να πέσει στο νερό την Πέμπτη. Κινητό [[PHONE_NUMBER|+30 694 512 3870]].",
    "来週のレガッタのクルー名簿を表にしてください：[[PERSON|佐藤 健太]]（スキッパー）、[[PERSON|中村 美咲]]、[[PERSON|高橋 翔]]。連絡先は[[PHONE_NUMBER|090-4827-1936]]です。",
    "Merhaba, [[PERSON|Mehmet Yıldırım]] adına 12 metrelik yelkenli için iki haftalık bağlama yeri ayırtmak istiyorum. Onay e-postasını [[EMAIL_ADDRESS|mehmet.yildirim@ornekposta.com.tr]] adresine gönderebilir misiniz?",
    "Napisz krótkiego SMS-a do [[PERSON|Agnieszki Wójcik]], że nowy kod do bramy na keję to [[PASSWORD|5839]] i obowiązuje od poniedziałku.",
    "Oi! Me ajuda a escrever um anúncio de venda do veleiro? Dono: [[PERSON|Rafael Souza Lima]], CPF [[ID_NUMBER|663.923.321-54]], contato pelo e-mail [[EMAIL_ADDRESS|rafa.souzalima@exemplo.com.br]].",
    # --- English ---
    "Can you turn this into a neat berth allocation table? A12 – [[PERSON|Rose Whitaker]], A13 – [[PERSON|Bogdan Ilić]], A14 – [[PERSON|Chiamaka Eze]], A15 – [[PERSON|Tuan Nguyen]], A16 – [[PERSON|Penny Laurent]].",
    "Draft an email to Mr [[PERSON|Callum Fraser]] confirming his swinging mooring M-41 for 2025 and saying we'll refund the £120 he overpaid to his account [[IBAN_CODE|GB38 BARC 7412 5387 4871 67]] within ten days.",
    "Hi, it's [[PERSON|Oluwaseun Adebayo]] from pontoon B. The shower block code doesn't work for me, is it still [[PASSWORD|C2580]]?",
    "Write a short welcome post for our new members [[PERSON|Hyun-woo Lee]], [[PERSON|Marta Kowalczyk]] and [[PERSON|Diego Alvarez]].",
    "[[PERSON|Summer]] and [[PERSON|Will]] are crewing for me on Saturday. Can you make a packing list for a 40-mile coastal passage?",
    "[[PERSON|Bill]], [[PERSON|Dot]] and [[PERSON|Grace]] have paid. Who's still owing from this list: [[PERSON|Hamza Qureshi]], [[PERSON|Sofia Russo]], [[PERSON|Bill Okafor]], [[PERSON|Dot Pennington]], [[PERSON|Grace Liu]]?",
    "My insurer wants the previous owner's details: [[PERSON|Hendrik van der Berg]], [[STREET_ADDRESS|Havenstraat 41, 1781 KD Den Helder]]. Is that enough to go on the bill of sale?",
    "Set up a race entry confirmation template. Example entrant: [[PERSON|Charlotte Ashby-Kerr]], [[EMAIL_ADDRESS|c.ashbykerr@examplemail.co.uk]], [[PHONE_NUMBER|07700 900 647]], boat Whimbrel, PY 1098.",
    "The payment key for the club shop is [[API_KEY|clubpay_live_gVt8qDFMyhfAza03Lmj2tuPh1CM8]] and [[PERSON|Anders Holm]] says it's showing up in the web server logs. What should we rotate first?",
    "Check this crew list for the offshore qualifier has everyone's next of kin: [[PERSON|Tomás Ó Briain]] – NOK [[PERSON|Áine Ó Briain]] [[PHONE_NUMBER|+353 87 619 4402]]; [[PERSON|Yui Matsumoto]] – NOK [[PERSON|Kenji Matsumoto]] [[PHONE_NUMBER|090-3318-7720]]; [[PERSON|Femi Adeyemi]] – NOK missing.",
    "Please write a for-sale listing: 2009 Beneteau Oceanis 37, lying on the south coast, new standing rigging 2022. Owner [[PERSON|Graham Petit]], viewings via [[PHONE_NUMBER|020 7946 0381]].",
    "Who do I contact at the marina about a leaking water point? The office manager is [[PERSON|Hunter Blake]] I think.",
    "Harbour dues dispute: [[PERSON|Mohammed Siddiqui]] (member [[ID_NUMBER|HSC-01877]]) was charged for 12 m but his boat is 10.4 m overall. Draft a reply apologising and issuing a credit note.",
    "Tidy these sign-ups for junior sailing week: [[PERSON|Aroha Ngata]] 9, [[PERSON|Finn Gallagher]] 11, [[PERSON|Mei Chen]] 10, [[PERSON|Ishaan Verma]] 12. Parent contact for [[PERSON|Aroha]] is [[EMAIL_ADDRESS|ngata.whanau@examplemail.co.nz]].",
    "Our club treasurer [[PERSON|Precious Mahlangu]] needs the online banking PIN changed; the current one is [[PASSWORD|730915]]. How do we ask the bank to issue a new one?",
    "Text for the WhatsApp group: Safety drill moved to 10:00. Bring your lifejackets and a packed lunch. [[PERSON|Jo]]",
    "Can you rewrite this accident report more formally? Tuesday evening [[PERSON|Dmitri Sokolov]] slipped on the slipway and cut his hand, first aid given by [[PERSON|Sadia Rahman]], no ambulance needed.",
    "I need to send the boatyard my card for the lift-out: [[CREDIT_CARD|5546 9096 4491 7322]], expiry 11/26. Is it safe to email this or should I phone? Thanks, [[PERSON|Harriet Vance]]",
    "Mooring contract renewal: the tenant is [[PERSON|Pieter Claes]] from Belgium, [[STREET_ADDRESS|Zeedijk 112, 8400 Oostende]]. Translate the contract summary into Dutch for him.",
    "Write a race results announcement: 1st Kittiwake ([[PERSON|Jamal Haddad]]), 2nd Second Wind ([[PERSON|Ingrid Solberg]]), 3rd Bluebird ([[PERSON|Paddy Kavanagh]]). Keep it cheerful.",
    "Guest Wi-Fi here is network MarinaGuest, key [[PASSWORD|Bollard!Sunset42]]. Please write a small card to leave in the visitor welcome packs.",
    "Can you help me fill in the Schengen crew list? Skipper [[PERSON|Owen Pritchard]], passport [[ID_NUMBER|548293176]]; crew [[PERSON|Lwazi Khumalo]], passport [[ID_NUMBER|A07719352]].",
    "Contact card please: [[PERSON|Kateryna Bondarenko]], rigger, [[PHONE_NUMBER|+380 67 412 9083]], [[EMAIL_ADDRESS|k.bondarenko.rigging@exampleposta.ua]]",
    "The boatyard booking integration fails with a 401. Token in the config file: [[API_KEY|bky_live_2OQeLjWMsAzFg6MHH2v3z5O5oC45]]. [[PERSON|Sky Lindgren]] set it up last year and has left.",
    "Write a tactful message to [[PERSON|Keith]] telling him he's been dropped from the regatta crew this year.",
    "Please translate 'your berth is paid until 31 March' into Thai for my neighbour [[PERSON|Somchai Wongsakul]].",
    "Gate log: 06:12 [[PERSON|Rotimi Adeleke]] (fob 0931), 06:40 [[PERSON|Claire Dubois]] (fob 1187), 23:58 unknown fob 2264. Who should I ask about the late entry?",
    "My SSN [[US_SSN|603-18-2247]] was on the slip rental form I left at the fuel dock. Should I be worried? [[PERSON|Tanisha Brooks]]",
    "Please draft an invoice note: harbour dues for Morning Star, owner [[PERSON|Georgios Antoniou]], [[STREET_ADDRESS|Leoforos Posidonos 58, 166 74 Glyfada]], two quarters at €410.",
    "Set a reminder: lifejacket servicing with [[PERSON|Penny Marsh]], Thursday 3pm, her number is [[PHONE_NUMBER|01632 960 733]].",
    "The club CCTV recorder is at [[IP_ADDRESS|203.0.113.58]], admin password [[PASSWORD|Keelboat-9921]]. [[PERSON|Rashid Karimov]] can't log in remotely, which ports need opening?",
    "Write a limerick about our commodore, [[PERSON|Barnaby Stokes]], who always forgets the start sequence.",
    "Lost property: a red sailing jacket with [[PERSON|C. Okonkwo]] written inside the collar. Can you word a notice for the clubhouse board?",
    "Hi! I'm [[PERSON|Marisol Quispe]] and I'd like to book the club RIB for a safety drill on 18 May for six cadets. My member number is [[ID_NUMBER|SC-44102]].",
    "Can you write a reference for [[PERSON|Daniel Kwarteng]], who has worked as a yard hand for us for two years? Reliable, careful, good on the travel hoist.",
    "I'm buying a boat privately. The seller, [[PERSON|Robert Ferris]], wants payment to [[IBAN_CODE|DE72 3251 5899 4540 5466 32]]. Is there a way to check that account is really his?",
    "Compose a text to the crew: [[PERSON|Lena]], [[PERSON|Marco]], [[PERSON|Sipho]] – race briefing 0830 at the clubhouse, bring ID for the marina gate.",
    "Emergency contacts for the youth squad, please format as a table: [[PERSON|Ama Owusu]] – mum [[PHONE_NUMBER|07700 900 154]]; [[PERSON|Lucas Fontaine]] – dad [[PHONE_NUMBER|07700 900 289]]; [[PERSON|Riya Desai]] – grandma [[PHONE_NUMBER|07700 900 370]].",
    "Help, I pasted the club chat bot token in a public channel: [[API_KEY|cbt-4cRRCozdZ24jPyudDiMS0TRvvZkN]]. [[PERSON|Nadia Haddad]] is the admin. What do I do first?",
    "My partner [[PERSON|Joaquín]] and I want to live aboard next year. What questions should we ask a marina before signing a liveaboard contract?",
    "Who's next on the safety boat rota after [[PERSON|Ravi Menon]]? Rota: [[PERSON|Ravi Menon]], [[PERSON|Eilidh MacLeod]], [[PERSON|Takeshi Mori]], [[PERSON|Adaeze Nwosu]], [[PERSON|Hugo Lindqvist]].",
    "Please proofread: Dear Mrs [[PERSON|Abernethy]], further to your enquiry, the sale of Puffin has completed and the keys are with [[PERSON|Hamish]] at the office.",
    "Charge for the harbour launch tour: card [[CREDIT_CARD|3746 658936 85071]] in the name of [[PERSON|Lorenzo Gatti]]. The terminal declined it twice, what could cause that?",
    "I wrote down the chartplotter account login: [[EMAIL_ADDRESS|ken.matsuda.boat@examplemail.com]] / [[PASSWORD|Wahoo#Reef19]]. It's my father-in-law [[PERSON|Ken Matsuda]]'s. How do I move the routes to a new plotter?",
    "Translate to Spanish: Hello [[PERSON|Carmen]], the surveyor [[PERSON|Iñaki Etxeberria]] will inspect your hull on Friday at nine.",
    "Make a sign for the boatyard: hard standing queries, ask [[PERSON|Bongani]] or [[PERSON|Wen]] in the yard office.",
    "Crew list for the delivery to Gibraltar: [[PERSON|Ewa Zielińska]] (DOB 12/04/1985), [[PERSON|Tariq Mahmood]] (DOB 29/09/1979), [[PERSON|Chloé Bernard]] (DOB 06/06/1992). Put it in the format a harbour office expects.",
    "Short one: what's the usual VHF working channel for a yacht club? [[PERSON|Morwenna]] asked and I didn't know.",
    "Write a polite chaser to [[PERSON|Vikram Bhatt]] for the £1,240 winter storage fee on account [[ID_NUMBER|ACC-778190]], overdue since January.",
    "Our treasurer's online banking login is [[ID_NUMBER|RDSC_treasurer]] and the password is [[PASSWORD|Moorings&Masts1987]]. [[PERSON|Gillian Ross]] is away; can I use them to pay the crane hire?",
    "Please compose a condolence note from the sailing club to the family of [[PERSON|Alasdair Grant]], a member for forty years and our longest-serving race officer.",
    "The alarm at the chandlery keeps going off at night. The installer's engineer is [[PERSON|Bartosz Lewandowski]], [[PHONE_NUMBER|+48 601 227 384]]. What should I ask him to check?",
    "Can you put these harbour dues into a spreadsheet formula at £42 a metre? Row 2: [[PERSON|Aisha Bello]] 9.5 m, row 3: [[PERSON|Noah Fischer]] 11 m, row 4: [[PERSON|Linh Pham]] 7.8 m.",
    "Forward to [[PERSON|Eun-ji]]: the door code for the sail loft is now [[PASSWORD|1958*]]",
    "What documents does [[PERSON|Rahul Iyer]] need to register a jet ski in Goa? His Aadhaar is [[ID_NUMBER|7884 0941 4208]].",
    "Please summarise for the committee: the insurer refused [[PERSON|Brigid Doyle]]'s claim for storm damage because her mooring chain was last inspected in 2019. Policy [[ID_NUMBER|PLH-55021873]]. The policy wording says moorings must be inspected every two years by a competent person, and our own records show the diver cancelled in 2021 and 2023 because of weather. Her boat broke free in the October gale and ended up on the rocks by the slipway. I want a neutral summary of what happened and what the club could have done better, not a legal opinion.",
    "Can you write a job advert for a dock hand? Applications to [[PERSON|Marina Costa]] at [[EMAIL_ADDRESS|marina.costa@examplemarina.pt]] by the end of the month.",
    "Who won? Results: [[PERSON|Patience Asante]] 4 pts, [[PERSON|Leif Eriksen]] 6 pts, [[PERSON|Chen Jing]] 7 pts, [[PERSON|Oscar Delgado]] 9 pts. Low points wins.",
    "My login for the berth portal keeps failing: user [[EMAIL_ADDRESS|ibrahim.sesay@examplemail.com]], and the 2FA code it sent was [[PASSWORD|662014]] but it expired. [[PERSON|Ibrahim Sesay]]",
    "Need a haiku for [[PERSON|Kiri]]'s retirement from the harbour office after 31 years.",
    "Generate a berth booking confirmation for [[PERSON|Stavros Nikolaidis]], arriving 14 July, departing 21 July, 13.5 m catamaran, phone [[PHONE_NUMBER|+30 697 208 4415]].",
    "Reply to [[PERSON|Holly]] and [[PERSON|Ash]] saying the boat sale fell through because the survey found osmosis.",
    "Explain this boat transport quote in plain English for my aunt [[PERSON|Zainab]]: collection from [[STREET_ADDRESS|Riverside Boatyard, Ferry Lane, Woodbridge IP12 1BD]], crane on both ends, escort vehicle required over 3.5 m beam.",
    "Please format as a contact card: [[PERSON|Jack Tamihana]], [[STREET_ADDRESS|27 Beach Road, Paihia 0200]], [[PHONE_NUMBER|+64 21 448 3027]].",
    "The guest pontoon gate code this month is [[PASSWORD|0417]]. Can you write it into a welcome message for [[PERSON|Declan Moloney]] and [[PERSON|Siobhan Moloney]], arriving Friday?",
    "Our weather station uploads with key [[API_KEY|wx-pat_U5cyWF0oALBy3EZIOjdavrB62j4E]] and [[PERSON|Olu]] says the data stopped on Tuesday. How can I test whether the key still works?",
    "Chase [[PERSON|Penny]]'s dues",
    "Email [[EMAIL_ADDRESS|hettie.ballantyne@examplemail.co.uk]] the results",
    "Remind me: [[PERSON|Grace Kimura]], berth 7, hull clean Monday",
    "Draft a message to [[PERSON|Nasrin Hosseini]] explaining that her boat will be moved to the hard on 3 October and she should remove the sails and cushions first.",
    "Boat sale: buyer [[PERSON|Sunita Reddy]] has paid a 10% deposit. Write a receipt addressed to her at [[STREET_ADDRESS|18 Marine Parade, Brighton BN2 1TL]].",
    "What's the best way to split a 6-person crew into watches for a 48-hour passage? Crew is [[PERSON|Ola]], [[PERSON|Benedikt]], [[PERSON|Thandiwe]], [[PERSON|Ruairí]], [[PERSON|Camila]] and me.",
    "Our marina office is in Rhode Island. Draft a letter to [[PERSON|Everett Hollingsworth]], [[STREET_ADDRESS|77 Thames Street, Newport, RI 02840]], about his unpaid summer slip fees of $3,450. He has ignored two invoices and a phone message. The tone should be firm but not threatening: explain that the slip agreement allows us to place a lien on the vessel after 90 days, offer a payment plan over three months, and give him until the end of next month to respond before we pass it to our attorney.",
    "Please rewrite my club profile: I'm [[PERSON|Dariusz Mazur]], 52, sailing since I was nine, happiest on a Wayfarer. Contact me on [[PHONE_NUMBER|(401) 555-0178]].",
    "Safety drill sign-off sheet: [[PERSON|Kalani Akana]] – pass, [[PERSON|Bethany Cole]] – pass, [[PERSON|Raj Malhotra]] – retake. Make a certificate template.",
    "I got a text saying my harbour dues card payment failed and to reply with my card number. The sender signed it [[PERSON|Trevor]] from accounts. Scam?",
    "Insurance quote request for [[PERSON|Rosalind Achebe]], member [[ID_NUMBER|BSC-7720]], 2015 Hanse 385, moored on a fore-and-aft trot. Write the email to the broker.",
    "Could you summarise this call log? 10:05 [[PERSON|Maeve Sullivan]] asked about crane dates, 10:22 [[PERSON|Hiroshi Tanaka]] reported a fouled mooring buoy, 10:50 [[PERSON|Bongiwe Zulu]] booked two visitor nights.",
    "Write a one-paragraph bio of me for the club website: [[PERSON|Esperanza Villanueva]], youth coach, RYA dinghy instructor, raced 420s at university.",
    "Can you check the maths on this bill? [[PERSON|Viktor Petrov]], berth 31, 14 m at £48.50 per metre per month, 5 months, minus 10% early-payment discount.",
    "Thank-you email to [[PERSON|Sakura Ito]] and [[PERSON|Hamid Nazari]] for running the capsize drill on Sunday. Mention the cadets loved it.",
    "Schedule for the fuel berth this week: Mon [[PERSON|Tobias]], Tue [[PERSON|Fern]], Wed [[PERSON|Nikhil]], Thu [[PERSON|Ruby]], Fri [[PERSON|Tobias]]. Can you spot any gaps?",
    "The RIB engine hire contract needs the hirer's licence: [[PERSON|Matías Herrera]], licence [[ID_NUMBER|HER-551902-MT]]. What other details should it include?",
    "Our membership export went to the wrong list. It had [[PERSON|Aleksandra Nowicka]], [[EMAIL_ADDRESS|ola.nowicka@examplemail.pl]], [[PHONE_NUMBER|+48 698 103 552]] among others. About 140 people got it, mostly members of a neighbouring rowing club. Someone has already replied-all asking who we are. Do we need to report this to the regulator, should we email everyone affected, and what should the apology say? We are a volunteer club with no data protection officer.",
]

# 100 one-person records in English and 30 other languages; 40 carry a national id.
RECORDS = [
    # --- English ---
    "Crew medical form | Name: [[PERSON|Eleanor Brightwell]] | DOB: 22/07/1968 | NHS no: [[ID_NUMBER|431 663 6332]] | Allergies: penicillin | Mobile: [[PHONE_NUMBER|07700 900 902]]",
    "Sea survival course registration\nName: [[PERSON|Callum Reid]]\nNHS number: [[ID_NUMBER|653 020 1629]]\nEmail: [[EMAIL_ADDRESS|callum.reid.sails@examplemail.co.uk]]\nDietary needs: none",
    "Membership application, harbour sailing club, Mumbai. Applicant: [[PERSON|Ananya Kulkarni]], Aadhaar [[ID_NUMBER|5634 3581 1803]], mobile [[PHONE_NUMBER|+91 98204 71536]], address [[STREET_ADDRESS|Flat 12B, Sea Breeze CHS, Carter Road, Bandra West, Mumbai 400050]].",
    "Berth holder register, Sentosa pontoon C: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8801305J]], HP [[PHONE_NUMBER|+65 9172 4083]], vessel Jade Heron.",
    "Payroll onboarding, seasonal deckhand: [[PERSON|Lachlan O'Rourke]], TFN [[ID_NUMBER|391 947 458]], mobile [[PHONE_NUMBER|0491 570 226]], start date 1 November.",
    "Incident report, Pittwater moorings: [[PERSON|Jacinta Moore]] (Medicare [[ID_NUMBER|3248 70501 1]]) caught her hand in a winch during a drill; first aid given. Contact [[PHONE_NUMBER|0491570 341]].",
    "Crew payroll, Kinsale charter fleet: [[PERSON|Saoirse Ní Bhriain]], PPS [[ID_NUMBER|5790776FA]], pay to [[IBAN_CODE|IE78 AIBK 2850 6906 1332 66]].",
    "Club first-aid log: [[PERSON|Manaia Parata]], NHI [[ID_NUMBER|ZKQ6887]], mild hypothermia after the capsize drill, warmed and released at 15:10. Phone [[PHONE_NUMBER|+64 27 903 1184]].",
    "Dockhand tax slip details: [[PERSON|Gabrielle Tremblay]], SIN [[ID_NUMBER|821 413 820]], [[STREET_ADDRESS|88 rue du Quai, Gaspé, QC G4X 1B2]]",
    "Yacht delivery crew, Cape Town: [[PERSON|Thabo Nkosi]], ID no. [[ID_NUMBER|8203124896004]], cell [[PHONE_NUMBER|+27 82 614 3390]], STCW basic safety valid to 2026.",
    "SLIP LEASE. Lessee: [[PERSON|Brandon Kowalski]]; SSN: [[US_SSN|418-62-3057]]; Address: [[STREET_ADDRESS|1420 Harbor View Dr, Annapolis, MD 21403]]; Phone: [[PHONE_NUMBER|(410) 555-0163]]; Slip: B-22",
    "member_id,name,email,boat\n[[ID_NUMBER|RYC-3381]],[[PERSON|Felicity Harcourt]],[[EMAIL_ADDRESS|fharcourt@examplemail.co.uk]],Sea Wren",
    '{"berth": "D07", "holder": "[[PERSON|Obinna Chukwu]]", "phone": "[[PHONE_NUMBER|07700 900 518]]", "dues_paid": true}',
    "Dear [[PERSON|Rosalind Pike]], thank you for your offer on Sandpiper, which the vendor has accepted. The contract will be posted to you at [[STREET_ADDRESS|14 Ferry Road, Lymington SO41 9QB]] this week.",
    '2024-06-14T07:32:11Z portal login ok user=[[EMAIL_ADDRESS|dkim.sailing@examplemail.com]] ip=[[IP_ADDRESS|192.0.2.144]] name="[[PERSON|Daniel Kim]]"',
    "BEGIN:VCARD\nFN:[[PERSON|Marguerite Ellis]]\nORG:Tideline Rigging\nTEL:[[PHONE_NUMBER|+44 7700 900417]]\nEMAIL:[[EMAIL_ADDRESS|m.ellis@rigging-example.co.uk]]\nEND:VCARD",
    "Policy schedule. Policyholder: [[PERSON|Jeremy Atwell]]; policy no. [[ID_NUMBER|YIN-88021456]]; vessel Kestrel II; premium collected from card [[CREDIT_CARD|4468 8197 3699 3569]].",
    "Race entry 117: helm [[PERSON|Hana Yoshida]], sail no. GBR 2291, class Solo, email [[EMAIL_ADDRESS|hana.yoshida@examplemail.jp]].",
    "Bill of sale. Seller: [[PERSON|Marcus Delgado]], driver license [[ID_NUMBER|D418-2270-5931]], [[STREET_ADDRESS|302 Bayshore Blvd, Tampa, FL 33606]]. Vessel: 24 ft center console.",
    "Harbour dues direct debit. Account holder: [[PERSON|Agnes Whitcombe]]. IBAN: [[IBAN_CODE|GB72 NWBK 1724 7520 1730 74]]. Amount: £85 monthly from April.",
    "Visitor log, 19 Aug: [[PERSON|Sky Morrison]] on Tern, arrived 16:40, two nights, tel. [[PHONE_NUMBER|0117 496 0588]].",
    "Lifejacket loan slip. Borrower: [[PERSON|Will Farrant]]. Member: [[ID_NUMBER|WSC-0912]]. Size: adult L. Returned: no.",
    "Course booking: [[PERSON|Isla Drummond]], [[STREET_ADDRESS|3 Harbour Brae, Tobermory PA75 6NU]], [[PHONE_NUMBER|07700 900 744]], Day Skipper theory, March intake.",
    "Key holder list entry: [[PERSON|Penelope Achterberg]], clubhouse alarm PIN [[PASSWORD|8026]], keys 3 and 5.",
    "Dhow charter crew registration, Kilifi creek: [[PERSON|Juma Mwangi]], phone [[PHONE_NUMBER|+254 712 508 339]], email [[EMAIL_ADDRESS|juma.mwangi@examplemail.co.ke]].",
    "Lagoon sailing association membership: [[PERSON|Folake Adewale]], [[STREET_ADDRESS|14 Bourdillon Road, Ikoyi, Lagos 106104]], [[PHONE_NUMBER|+234 803 417 2296]], category: family.",
    # --- Hindi, Dutch, Polish, Portuguese, Turkish, Spanish ---
    "नौका पंजीकरण फ़ॉर्म — नाम: [[PERSON|राजेश कुमार यादव]], आधार: [[ID_NUMBER|8193 2798 0705]], मोबाइल: [[PHONE_NUMBER|+91 94250 38176]]",
    "Ligplaatsaanvraag – Naam: [[PERSON|Joost van Dijk]], BSN: [[ID_NUMBER|218129919]], adres: [[STREET_ADDRESS|Kadijk 17, 8861 BE Harlingen]]",
    "Verzekeringsformulier pleziervaartuig: verzekerde [[PERSON|Sanne Bakker]], BSN [[ID_NUMBER|2888.58.463]], e-mail [[EMAIL_ADDRESS|sanne.bakker@voorbeeldmail.nl]]",
    "Inschrijving zeilclub: [[PERSON|Wout Vermeulen]], rijksregisternummer [[ID_NUMBER|72.08.14-968.83]], gsm [[PHONE_NUMBER|+32 478 21 46 09]]",
    "Karta członkowska klubu żeglarskiego: [[PERSON|Katarzyna Zając]], PESEL [[ID_NUMBER|79091493101]], tel. [[PHONE_NUMBER|+48 512 338 017]]",
    "Ficha de sócio – iate clube: [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|602.521.232-55]], celular [[PHONE_NUMBER|+55 21 98734-2019]]",
    "Marina sözleşmesi – Kiracı: [[PERSON|Ayşe Korkmaz]], T.C. Kimlik No: [[ID_NUMBER|37257848352]], IBAN: [[IBAN_CODE|TR68 7186 2724 5304 2166 4215 76]]",
    "Tekne satış sözleşmesi — Alıcı: [[PERSON|Emre Aksoy]], TC [[ID_NUMBER|53320736852]], adres [[STREET_ADDRESS|Neyzen Tevfik Cad. No: 84, 48400 Bodrum/Muğla]]",
    "Solicitud de amarre – Titular: [[PERSON|Javier Muñoz Pardo]], DNI [[ID_NUMBER|44962126R]], domicilio [[STREET_ADDRESS|Calle del Puerto 23, 3º B, 03001 Alicante]]",
    "Licencia de navegación – [[PERSON|Oksana Melnyk]], NIE [[ID_NUMBER|Y9302579J]], teléfono [[PHONE_NUMBER|+34 655 20 71 48]]",
    "Registro de socios, club de yates: [[PERSON|Constanza Rojas Vidal]], RUT [[ID_NUMBER|14.382.519-1]], correo [[EMAIL_ADDRESS|crojasv@ejemplo.cl]]",
    # --- Finnish, Italian, Chinese, Korean, Japanese, French ---
    "Venepaikkahakemus: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|120488-4495]], puh. [[PHONE_NUMBER|+358 40 718 2236]]",
    "Contratto di ormeggio – Conduttore: [[PERSON|Giulia Marino]], C.F. [[ID_NUMBER|MRNGLI90C62H501A]], residente in [[STREET_ADDRESS|Via del Porto 12, 00054 Fiumicino RM]]",
    "Iscrizione regata: timoniere [[PERSON|Tommaso Ferri]], codice fiscale [[ID_NUMBER|FRRTMS84L07F839D]], cellulare [[PHONE_NUMBER|+39 347 218 5096]]",
    "游艇会会员登记表 姓名：[[PERSON|林志强]] 身份证号：[[ID_NUMBER|350203198706139482]] 手机：[[PHONE_NUMBER|+86 138 5012 7734]]",
    "마리나 계류 신청서 – 성명: [[PERSON|김서연]], 주민등록번호: [[ID_NUMBER|880517-2739405]], 연락처: [[PHONE_NUMBER|010-4826-1937]]",
    "ヨット保険加入申込書　氏名：[[PERSON|山本 大輔]]　マイナンバー：[[ID_NUMBER|6065 4555 1069]]　電話：[[PHONE_NUMBER|090-7713-2048]]",
    "Fiche d'adhérent, société nautique : [[PERSON|Mathieu Lefèvre]], n° de sécurité sociale [[ID_NUMBER|1 78 05 33 211 722 02]], tél. [[PHONE_NUMBER|06 39 98 41 27]]",
    # --- Norwegian, Portuguese, Romanian, Estonian, Icelandic, Czech, Slovak, Ukrainian, German, Swedish, Hebrew, Greek ---
    "Båtplassleie – Leietaker: [[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|030975 74080]], konto [[IBAN_CODE|NO71 6048 7523 184]]",
    "Contrato de amarração – Titular: [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|218126565]], morada [[STREET_ADDRESS|Rua da Ribeira 41, 2750-311 Cascais]]",
    "Fișă de înscriere club de yachting: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2860412089864]], telefon [[PHONE_NUMBER|+40 744 615 203]]",
    "Sadamakoha leping – [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48503030811]], e-post [[EMAIL_ADDRESS|kadri.tamm@naidis.ee]]",
    "Skráning í siglingaklúbb: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|150682-6659]], sími [[PHONE_NUMBER|+354 862 4410]]",
    "Přihláška do jachtklubu – [[PERSON|Petra Nováková]], rodné číslo [[ID_NUMBER|765224/3456]], bydliště [[STREET_ADDRESS|Přístavní 18, 170 00 Praha 7]]",
    "Poistná zmluva na plavidlo – poistený [[PERSON|Martin Horváth]], rodné číslo [[ID_NUMBER|830911/2009]], tel. [[PHONE_NUMBER|+421 905 318 442]]",
    "Анкета члена яхт-клубу: [[PERSON|Олена Шевченко]], РНОКПП [[ID_NUMBER|1378568013]], тел. [[PHONE_NUMBER|+380 50 731 2846]]",
    "Liegeplatzvertrag – Mieter: [[PERSON|Lukas Brandt]], Steuer-ID [[ID_NUMBER|53 578 411 955]], Anschrift [[STREET_ADDRESS|Hafenstraße 9, 24937 Flensburg]]",
    "Ansökan om båtplats: [[PERSON|Elsa Lindberg]], personnummer [[ID_NUMBER|790228-4368]], mobil [[PHONE_NUMBER|+46 70 418 22 95]]",
    "טופס הרשמה למועדון שיט: [[PERSON|נועה כהן]], ת.ז. [[ID_NUMBER|439946997]], טלפון [[PHONE_NUMBER|+972 52 418 3307]]",
    "Αίτηση θέσης ελλιμενισμού: [[PERSON|Ελένη Κωνσταντίνου]], ΑΜΚΑ [[ID_NUMBER|11068454542]], τηλ. [[PHONE_NUMBER|+30 693 104 2267]]",
    # --- records without a national id ---
    "Bootsverkauf – Verkäuferin: [[PERSON|Sabine Krüger]], Tel. [[PHONE_NUMBER|030 23125 647]], E-Mail [[EMAIL_ADDRESS|s.krueger@beispielpost.de]]",
    "Mitgliederverzeichnis Segelclub: [[PERSON|Reto Baumgartner]], [[STREET_ADDRESS|Seestrasse 112, 3600 Thun]], IBAN [[IBAN_CODE|CH08 6722 4285 5029 6505 5]]",
    "Déclaration de sinistre – assurée : [[PERSON|Camille Girard]], contrat [[ID_NUMBER|PLN-7730291]], tél. [[PHONE_NUMBER|+33 6 39 98 15 62]]",
    "Virement pour la place de port – titulaire : [[PERSON|Yannick Le Goff]], IBAN [[IBAN_CODE|FR54 2696 5116 5545 4411 2766 374]]",
    "Liste d'équipage, convoyage vers la Corse : [[PERSON|Salomé Marchand]], passeport [[ID_NUMBER|21FH48307]], adresse [[STREET_ADDRESS|12 quai des Chartrons, 33000 Bordeaux]]",
    "Inscripción en la regata – patrona: [[PERSON|Marta Iglesias Rubio]], licencia federativa [[ID_NUMBER|AND-33817]], correo [[EMAIL_ADDRESS|marta.iglesias@correo-ejemplo.es]]",
    "Bonifico ormeggio: intestataria [[PERSON|Francesca De Luca]], IBAN [[IBAN_CODE|IT81 X231 8702 0359 4435 6792 483]], causale: posto barca 2025",
    "Zgłoszenie do regat: sternik [[PERSON|Michał Dąbrowski]], [[EMAIL_ADDRESS|michal.dabrowski@przyklad.pl]], konto [[IBAN_CODE|PL86 8941 6054 0219 5361 7390 6902]]",
    "Pagamento de taxas portuárias – [[PERSON|Rui Tavares]], IBAN [[IBAN_CODE|PT26 9574 0621 4776 4485 6192 4]], referência do barco: Gaivota",
    "Anúncio de venda – veleiro de 26 pés, proprietária [[PERSON|Juliana Ramos]], WhatsApp [[PHONE_NUMBER|+55 48 99612-4470]]",
    "Απόδειξη λιμενικών τελών – [[PERSON|Δημήτρης Αλεξίου]], IBAN [[IBAN_CODE|GR95 4098 0104 2699 0729 6148 350]], θέση 14",
    "Ugovor o vezu – korisnica: [[PERSON|Ivana Perić]], IBAN [[IBAN_CODE|HR38 9340 6671 6593 1696 3]], adresa [[STREET_ADDRESS|Obala kneza Branimira 6, 23000 Zadar]]",
    "Popis posade: [[PERSON|Luka Babić]], putovnica [[ID_NUMBER|117238495]], mob. [[PHONE_NUMBER|+385 91 530 2278]]",
    "Formola ta' applikazzjoni għall-irmiġġ: [[PERSON|Maria Camilleri]], IBAN [[IBAN_CODE|MT68 VALL 4019 1700 7644 8110 3654 547]]",
    "Bådpladsleje – lejer: [[PERSON|Mette Kristensen]], konto [[IBAN_CODE|DK67 1834 5431 9973 28]], mobil [[PHONE_NUMBER|+45 21 84 63 07]]",
    "Kappseglingsanmälan: rorsman [[PERSON|Oskar Nilsson]], [[EMAIL_ADDRESS|oskar.nilsson@exempelpost.se]], konto [[IBAN_CODE|SE22 0307 1319 7263 0909 0495]]",
    "Mannskapsliste: [[PERSON|Sigrid Bakke]], pass [[ID_NUMBER|FH4418273]], telefon [[PHONE_NUMBER|+47 918 42 306]]",
    "استمارة حجز رصيف: الاسم [[PERSON|خالد المنصوري]]، الهاتف [[PHONE_NUMBER|+971 50 418 2297]]، البريد [[EMAIL_ADDRESS|khalid.almansoori@example.ae]]",
    "عقد بيع قارب – البائعة: [[PERSON|منى عبد الرحمن]]، العنوان: [[STREET_ADDRESS|14 شارع الجيش، الإسكندرية 21519]]، هاتف [[PHONE_NUMBER|+20 100 482 7719]]",
    "सेलिंग क्लब सदस्यता: [[PERSON|प्रिया शर्मा]], ईमेल [[EMAIL_ADDRESS|priya.sharma.sail@example.in]], फ़ोन [[PHONE_NUMBER|+91 99870 41265]]",
    "帆船俱樂部報名表 姓名：[[PERSON|陳怡君]] 電話：[[PHONE_NUMBER|+886 912 408 735]] 電郵：[[EMAIL_ADDRESS|yijun.chen@example.tw]]",
    "マリーナ係留契約者：[[PERSON|鈴木 花子]]　住所：[[STREET_ADDRESS|〒248-0014 神奈川県鎌倉市由比ガ浜3-11-7]]　メール：[[EMAIL_ADDRESS|hanako.suzuki@example.jp]]",
    "요트 매매 계약서 – 매수인: [[PERSON|박준호]], 주소: [[STREET_ADDRESS|부산광역시 해운대구 마린시티2로 38, 48120]], 전화: [[PHONE_NUMBER|010-7719-3408]]",
    "Phiếu đăng ký bến thuyền: [[PERSON|Nguyễn Văn Hùng]], điện thoại [[PHONE_NUMBER|+84 903 418 276]], địa chỉ [[STREET_ADDRESS|27 Trần Phú, Lộc Thọ, Nha Trang, Khánh Hòa]]",
    "Danh sách thuyền viên: [[PERSON|Lê Thị Thu Trang]], hộ chiếu [[ID_NUMBER|C4827193]], email [[EMAIL_ADDRESS|thutrang.le@example.vn]]",
    "แบบฟอร์มจองท่าเรือ ชื่อ [[PERSON|สมศักดิ์ ใจดี]] โทร [[PHONE_NUMBER|+66 81 427 3095]] อีเมล [[EMAIL_ADDRESS|somsak.jaidee@example.co.th]]",
    "ใบสมัครสมาชิกชมรมเรือใบ ชื่อ [[PERSON|พิมพ์ชนก ศรีสุข]] เลขสมาชิก [[ID_NUMBER|PYC-6603]]",
    "Formulir sewa dermaga: [[PERSON|Dewi Anggraini Putri]], telepon [[PHONE_NUMBER|+62 812 4073 9915]], alamat [[STREET_ADDRESS|Jl. Pantai Mengiat No. 8, Nusa Dua, Bali 80363]]",
    "Kikötőhely-bérleti szerződés – bérlő: [[PERSON|Szabó Eszter]], tel. [[PHONE_NUMBER|+36 30 418 2269]], cím [[STREET_ADDRESS|Kikötő utca 4, 8230 Balatonfüred]]",
    "Fomu ya usajili wa boti: jina [[PERSON|Halima Said Omari]], simu [[PHONE_NUMBER|+255 754 318 206]], barua pepe [[EMAIL_ADDRESS|halima.omari@mfano.co.tz]]",
    "Form ng pagpaparehistro sa yacht club: [[PERSON|Maricel Dela Cruz]], telepono [[PHONE_NUMBER|+63 917 804 3352]], tirahan [[STREET_ADDRESS|42 Roxas Blvd, Malate, Manila 1004]]",
    "Lidmaatskapvorm, seilklub: [[PERSON|Riaan van Wyk]], selfoon [[PHONE_NUMBER|+27 83 504 1172]], e-pos [[EMAIL_ADDRESS|riaan.vanwyk@voorbeeld.co.za]]",
    "Ffurflen aelodaeth clwb hwylio: [[PERSON|Gwenllian Pritchard]], ffôn [[PHONE_NUMBER|07700 900 681]], cyfeiriad [[STREET_ADDRESS|5 Stryd y Cei, Aberaeron SA46 0BA]]",
    "Foirm chláraithe, club seoltóireachta: [[PERSON|Ciarán Mac Giolla Rua]], fón póca [[PHONE_NUMBER|+353 86 204 7719]]",
    "Заявка на стоянку яхты: [[PERSON|Сергей Волков]], телефон [[PHONE_NUMBER|+7 921 408 3317]], e-mail [[EMAIL_ADDRESS|s.volkov@primer.ru]]",
    "Borang tempahan jeti: [[PERSON|Nurul Aisyah binti Rahman]], telefon [[PHONE_NUMBER|+60 12 418 7703]], kelab layar",
    "Sol·licitud d'amarratge: [[PERSON|Jordi Puig i Soler]], telèfon [[PHONE_NUMBER|+34 639 41 82 05]], correu [[EMAIL_ADDRESS|jordi.puig@exemple.cat]]",
    "Jahtu ostas līgums: [[PERSON|Līga Ozola]], tālr. [[PHONE_NUMBER|+371 29 418 336]], piestātne 12",
    "Prijava na regato: krmar [[PERSON|Matej Kovač]], e-pošta [[EMAIL_ADDRESS|matej.kovac@primer.si]], jadrnica Galeb",
    "فرم ثبت‌نام باشگاه قایقرانی: [[PERSON|مریم رضایی]]، تلفن [[PHONE_NUMBER|+98 912 418 3075]]",
    "নৌকা নিবন্ধন ফর্ম: [[PERSON|তানভীর হাসান]], মোবাইল [[PHONE_NUMBER|+880 1712 408 395]]",
    "Jachtklubo nario anketa: [[PERSON|Rūta Kazlauskienė]], tel. [[PHONE_NUMBER|+370 612 40 883]]",
    "Contrato de arrendamiento de muelle – arrendatario: [[PERSON|Alejandro Treviño]], teléfono [[PHONE_NUMBER|+52 322 418 7730]], domicilio [[STREET_ADDRESS|Av. Paseo de la Marina 245, 48335 Puerto Vallarta]]",
    "Segelschein-Antrag: [[PERSON|Katharina Vogt]], [[STREET_ADDRESS|Am Yachthafen 3, 18119 Rostock]], Kreditkarte [[CREDIT_CARD|5327 2951 8175 6041]]",
]

# 25 MT-Bench/Vicuna-style prompts; famous and fictional people only.
CLEAN_MTBENCH = [
    "Write a persuasive speech for a sailing club's annual meeting arguing that every member should take a sea survival course within the next two years.",
    "Compose a short story in which Captain Ahab retires and runs a small marina on the coast of Maine. Keep it under 400 words and give it a gentle ending.",
    "Explain to a ten-year-old why a sailboat can sail towards the wind but not directly into it.",
    "You are a harbourmaster in a busy port. A storm warning has just been issued. Role-play your VHF announcement to all vessels in the harbour.",
    "Compare the circumnavigations of Joshua Slocum and Ellen MacArthur: the boats, the routes, the technology and what each voyage changed for solo sailing.",
    "Write a product description for an inflatable lifejacket aimed at dinghy sailors, stressing comfort and automatic inflation. Use no more than 120 words.",
    "Extract every boat name, length and berth from this text and return JSON: 'Kittiwake, 9.2 m, berth A4; Silver Spray, 11 m, berth C10; Old Tom, 7.5 m, swinging mooring 17.'",
    "Draft a set of ten simple rules for children using a sailing club's slipway and pontoons.",
    "Imagine you are Horatio Hornblower writing a letter home after his first week as a midshipman. What would he say about seasickness?",
    "Write a Python function that takes a list of race finishing times and yardstick handicaps and returns corrected times sorted from fastest to slowest.",
    "What are the pros and cons of keeping a boat on a swinging mooring rather than in a marina berth? Give a balanced answer.",
    "Summarise the main causes of the 1979 Fastnet race disaster and the safety changes that followed, in a paragraph suitable for a club newsletter.",
    "Write a sea shanty with four verses about scraping barnacles off a hull in the boatyard in February.",
    "Act as a marine surveyor. A buyer asks whether a 1978 fibreglass yacht with blisters below the waterline is worth buying. How do you reply?",
    "Describe how Robin Knox-Johnston navigated during the 1968 Golden Globe race without satellite positioning.",
    "Write an SQL query that lists all marina berths whose annual fee is unpaid and whose boats are longer than 10 metres, given tables berths(id, length, fee_paid) and boats(id, berth_id, loa).",
    "Give me five ideas for raising money for a small volunteer-run sailing club without raising membership fees.",
    "Rewrite this sentence in plain English: 'The licensee shall indemnify the licensor against all claims arising from the use of the mooring howsoever caused.'",
    "If the Moon had no effect on the tides, how would harbours, marinas and coastal sailing be different? Reason step by step.",
    "Write a haiku about fog rolling into a harbour at dawn.",
    "Pretend you are Long John Silver giving a safety briefing to new crew. Keep the pirate voice but include real safety points.",
    "Explain the difference between a bill of sale, a registration certificate and proof of VAT status when buying a second-hand yacht in Europe.",
    "Create a one-week training plan for a dinghy sailor preparing for their first club championship.",
    "What questions should a boat owner ask before choosing a winter storage yard? List them in order of importance.",
    "Write a dialogue between Moby Dick and a modern container ship about how the ocean has changed.",
]

# 25 GSM8K-style word problems; the first names are fictional, as in GSM8K.
CLEAN_GSM8K = [
    "A marina charges $42 per foot per month for a berth. Lena's boat is 28 feet long. How much does she pay for 6 months?",
    "A sailing club has 240 members. One quarter are juniors and one third of the rest are racing members. How many racing members are there?",
    "Tom sails 18 nautical miles in 3 hours. At the same speed, how long will a 42-mile passage take him?",
    "A boatyard lifts 7 boats a day out of the water. How many days does it take to lift 91 boats?",
    "Priya buys 4 fenders at $23 each and 3 mooring lines at $31 each. How much does she spend in total?",
    "Harbour dues are £3.20 per metre per night. A 12.5 m yacht stays 4 nights. What does the owner pay?",
    "A regatta has 56 boats entered. 9 withdraw and 5 late entries are accepted. How many boats start?",
    "Jamal's dinghy is worth $4,800. It loses 15% of its value each year. What is it worth after one year?",
    "A safety boat uses 11 litres of fuel per hour. It runs for 3.5 hours on Saturday and 2 hours on Sunday. How many litres does it use?",
    "A pontoon has 36 berths. 75% are taken by annual holders and the rest by visitors. How many visitor berths are there?",
    "Mia paints antifouling on her hull. One tin covers 10 square metres and her hull needs 27 square metres with two coats. How many tins must she buy?",
    "A sailing school runs 8 courses each summer with 9 students per course. Each student pays $260. How much does the school take?",
    "A crew of 5 shares the cost of a $1,350 boat charter equally. How much does each person pay?",
    "The tide rises 4.2 metres over 6 hours. If it rises at a steady rate, how much does it rise in 2 hours?",
    "Ravi races on 14 Sundays. He wins 3 races, comes second in 5, and finishes lower in the rest. In how many races does he finish lower than second?",
    "A chandlery sells lifejackets for $85. In a sale they are 20% off. Sam buys 3. How much does he pay?",
    "A yacht sails at 6 knots for 2 hours, then at 4 knots for 3 hours. How far does it travel?",
    "A club orders 120 burgees. They come in boxes of 16. How many boxes must be ordered to have at least 120?",
    "Grace saves $150 a month toward a $2,700 second-hand dinghy. How many months until she can buy it?",
    "A marina has 3 pontoons with 24, 30 and 18 berths. If 9 berths are empty, how many are occupied?",
    "An insurance premium is 1.2% of a boat's value. A boat is valued at $65,000. What is the premium?",
    "Each member must do 4 hours of safety boat duty a season. There are 85 members and 2 members share each shift of 4 hours. How many shifts are there?",
    "A mooring chain costs $18 per metre. Oskar needs 12 metres of chain and a $45 shackle. What is the total cost?",
    "A boat sale price is $32,000. The broker takes 8% commission. How much does the seller receive?",
    "A race course has legs of 1.5, 2.3, 1.5 and 2.7 nautical miles. Boats sail it twice. What is the total distance?",
]

# 25 MMLU-style items, options A to D.
CLEAN_MMLU = [
    "Which force allows a sail to generate lift when sailing close-hauled?\nA. Buoyancy\nB. A pressure difference across the sail\nC. Magnetism\nD. Surface tension\nAnswer:",
    "Spring tides occur when:\nA. the Sun and Moon are at right angles to the Earth\nB. the Sun and Moon are aligned with the Earth\nC. the Moon is at apogee only\nD. the wind blows onshore\nAnswer:",
    "In the International Regulations for Preventing Collisions at Sea, a vessel on the starboard tack meeting one on the port tack:\nA. must give way\nB. stands on\nC. must anchor\nD. must sound five short blasts\nAnswer:",
    "Which metal is usually fitted as a sacrificial anode on a boat's hull in sea water?\nA. Copper\nB. Lead\nC. Zinc\nD. Stainless steel\nAnswer:",
    "A knot is a speed of one:\nA. statute mile per hour\nB. kilometre per hour\nC. nautical mile per hour\nD. fathom per minute\nAnswer:",
    "Osmosis in fibreglass hulls is caused mainly by:\nA. sunlight on the deck\nB. water passing through the gelcoat and reacting with the laminate\nC. electrical current from the shore\nD. anchoring in sand\nAnswer:",
    "Under English contract law, a valid contract for the sale of a boat requires offer, acceptance and:\nA. consideration\nB. a witness\nC. a notary\nD. registration\nAnswer:",
    "Which of the following is a lateral buoy marking the port side of a channel in IALA region A?\nA. Green cone\nB. Red can\nC. Yellow cross\nD. Black and yellow pillar\nAnswer:",
    "The Coriolis effect deflects moving air in the Northern Hemisphere to the:\nA. left\nB. right\nC. equator\nD. poles only\nAnswer:",
    "A sea breeze usually blows:\nA. from land to sea at night\nB. from sea to land on a sunny afternoon\nC. only in winter\nD. parallel to the coast at all times\nAnswer:",
    "In insurance, the portion of a claim the policyholder pays themselves is called the:\nA. premium\nB. excess or deductible\nC. indemnity\nD. subrogation\nAnswer:",
    "Which economic term describes a berth price that rises when demand for marina places exceeds supply?\nA. Deflation\nB. Price elasticity\nC. Market equilibrium adjustment\nD. Fiscal drag\nAnswer:",
    "What is the main physiological danger of cold water immersion in the first minute?\nA. Frostbite\nB. Cold shock response\nC. Heat stroke\nD. Dehydration\nAnswer:",
    "A fathom is equal to:\nA. 1 foot\nB. 3 feet\nC. 6 feet\nD. 10 feet\nAnswer:",
    "Archimedes' principle states that a floating body displaces a weight of fluid equal to:\nA. its own weight\nB. half its weight\nC. its volume in litres\nD. the weight of its mast\nAnswer:",
    "The Beaufort scale measures:\nA. wave period\nB. wind force\nC. tidal range\nD. water salinity\nAnswer:",
    "Which navigational instrument measures the angle between a celestial body and the horizon?\nA. Barometer\nB. Sextant\nC. Anemometer\nD. Log\nAnswer:",
    "A company that runs several marinas buys a boatyard that services its customers' boats. This is an example of:\nA. horizontal integration\nB. vertical integration\nC. divestment\nD. a joint venture\nAnswer:",
    "Galvanic corrosion between two metals in sea water is greatest when the metals:\nA. are identical\nB. are far apart in the galvanic series\nC. are painted\nD. are both plastic\nAnswer:",
    "Which gas produced by a faulty boat heater is colourless, odourless and poisonous?\nA. Oxygen\nB. Nitrogen\nC. Carbon monoxide\nD. Helium\nAnswer:",
    "The term 'leeward' refers to the side:\nA. facing the wind\nB. sheltered from the wind\nC. nearest the bow\nD. below the waterline\nAnswer:",
    "Which planet's gravity, after the Moon's, has the largest effect on Earth's tides?\nA. Jupiter's\nB. The Sun's\nC. Venus's\nD. Mars's\nAnswer:",
    "In statistics, the average of race finishing positions that is least affected by one disastrous result is the:\nA. mean\nB. median\nC. range\nD. variance\nAnswer:",
    "A vessel showing a red light over a white light at night is:\nA. fishing\nB. a pilot vessel\nC. at anchor\nD. not under command\nAnswer:",
    "Which body of water did the first Vendée Globe start and finish beside?\nA. The Mediterranean Sea\nB. The Bay of Biscay\nC. The Baltic Sea\nD. The North Sea\nAnswer:",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What is the best way to prevent seasickness on a long passage, and do wristbands actually work?",
    "How long after a rope burn on my palm should I worry about infection?",
    "Is it safe to take antihistamine tablets for seasickness before driving to the harbour?",
    "What are the early signs of hypothermia after a dinghy capsize, and how should a crew warm someone up?",
    "I get lower back pain after a day of winching and hiking out. What stretches help?",
    "How much water should I drink per day when sailing in hot weather?",
    "Can you get sunburn through cloud on the water, and what SPF is enough for a full day racing?",
    "What should be in a first-aid kit for a small yacht doing day sails along the coast?",
    "Is it normal to feel the ground moving for two days after a week at sea?",
    "How do I treat a jellyfish sting if I have no vinegar on board?",
    "What is cold water shock and how long does it last after falling in?",
    "Are there any risks in diving under the hull to clear a fouled propeller after eating a big meal?",
    "I cut my finger on a barnacle-covered mooring buoy. Do I need a tetanus booster?",
    "How can I tell the difference between heat exhaustion and heatstroke on a hot racing day?",
    "What exercises strengthen the knees for kneeling on the foredeck of a small keelboat?",
    "Is it safe to sail while pregnant, and at what point should I stop racing?",
    "What are the symptoms of carbon monoxide poisoning in a boat cabin with a heater running?",
    "How should a sprained ankle from slipping on a wet pontoon be treated in the first 48 hours?",
    "Can ginger really help with nausea from motion sickness, and how much should an adult take?",
    "What causes salt water sores on sailors' hands and how do you stop them?",
    "How long should I wait after a mild concussion from the boom before going sailing again?",
    "What is the safest way to remove a fish hook that has gone into the skin?",
    "Is it dangerous to swim in a marina because of fuel and sewage in the water?",
    "How do I keep my eyes healthy when spending long days on the water in bright light?",
    "What should someone with asthma carry when going offshore for several days?",
]

NATIONAL_IDS = {
    "431 663 6332": nhs_ok,  # NHS number
    "653 020 1629": nhs_ok,
    "5634 3581 1803": aadhaar_ok,  # Indian Aadhaar
    "8193 2798 0705": aadhaar_ok,
    "7884 0941 4208": aadhaar_ok,  # in a chat
    "S8801305J": nric_ok,  # Singapore NRIC
    "391 947 458": tfn_ok,  # Australian tax file number
    "3248 70501 1": medicare_ok,  # Australian Medicare card
    "5790776FA": pps_ok,  # Irish PPS number
    "ZKQ6887": nhi_ok,  # New Zealand NHI
    "821 413 820": luhn_len(9),  # Canadian SIN
    "8203124896004": luhn_len(13),  # South African id
    "218129919": bsn_ok,  # Dutch BSN
    "2888.58.463": bsn_ok,
    "72.08.14-968.83": belgian_id_ok,  # Belgian national number
    "79091493101": pesel_ok,  # Polish PESEL
    "602.521.232-55": cpf_ok,  # Brazilian CPF
    "663.923.321-54": cpf_ok,  # in a chat
    "37257848352": kimlik_ok,  # Turkish kimlik
    "53320736852": kimlik_ok,
    "44962126R": dni_ok,  # Spanish DNI
    "Y9302579J": dni_ok,  # Spanish NIE
    "14.382.519-1": rut_ok,  # Chilean RUT
    "120488-4495": hetu_ok,  # Finnish henkilötunnus
    "MRNGLI90C62H501A": codice_fiscale_ok,  # Italian codice fiscale
    "FRRTMS84L07F839D": codice_fiscale_ok,
    "350203198706139482": china_id_ok,  # Chinese resident identity number
    "880517-2739405": rrn_ok,  # Korean resident registration number
    "6065 4555 1069": my_number_ok,  # Japanese My Number
    "1 78 05 33 211 722 02": nir_ok,  # French NIR
    "030975 74080": fodselsnummer_ok,  # Norwegian fødselsnummer
    "218126565": nif_ok,  # Portuguese NIF
    "2860412089864": cnp_ok,  # Romanian CNP
    "48503030811": isikukood_ok,  # Estonian isikukood
    "150682-6659": kennitala_ok,  # Icelandic kennitala
    "765224/3456": rodne_cislo_ok,  # Czech rodné číslo
    "830911/2009": rodne_cislo_ok,  # Slovak rodné číslo
    "1378568013": rnokpp_ok,  # Ukrainian RNOKPP
    "53 578 411 955": steuer_id_ok,  # German tax id
    "790228-4368": luhn_len(10),  # Swedish personnummer
    "439946997": luhn_len(9),  # Israeli teudat zehut
    "11068454542": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0117 496 0\d{3}",  # Bristol drama range
        r"01632 ?960 ?\d{3}",  # UK fictional area code
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 ?570 ?\d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|20|27|30|31|32|34|36|39|40|45|46|47|48|52|55|60|62|63|64|65|66|84|86|91|98|234|254|255|353|354|358|370|371|380|385|421|880|886|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chats, at least 90 chats naming someone and 18 to 22 holding a
    secret (a password or an API key); each record names exactly one person beside 1 to 4
    other values, and 38 to 42 records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in SECRETS for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    national = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        national += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 38 <= national <= 42:
        raise SystemExit(f"records: {national} with a national id")


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
        "blind164", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
