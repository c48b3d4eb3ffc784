# ruff: noqa: E501
"""A hundred-and-ninety-eighth blind privacy set: 220 texts with personal data and 100 clean
ones, on one topic: council recycling centres and bulky waste collections.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) a council's chatbot would get about recycling
  centres (tip runs, van and trailer permits, residency, opening hours, gate and keypad
  codes, reuse shops) and bulky waste collections (sofas, fridges, mattresses, fees,
  missed collections, assisted collections, refunds): the first 30 typed all in lower
  case, then 6 in other languages (Spanish, German, Welsh, Polish, Japanese, French), then
  84 in English. Most name a private person, in many origins and scripts, some with names
  that are ordinary words (Hope, Grace, Bill, Summer, Rose, Joy, Mark, Frank, April...),
  many with no cue word (rotas, cost splits, sign-offs, lists, appositives, instructions
  to pass a message on); 20 hold a secret (gate, keypad, lockbox and alarm codes, PINs,
  wifi keys, passwords, 2FA codes, three API keys or tokens);
* 100 one-person records (a sentence or a short form each) in English and many other
  languages: booking forms, permits, refunds, assisted collections, account and member
  records; 40 hold a check-digit-valid national id, the others phones, e-mails,
  addresses, cards, IBANs, SSNs, IPs and account, customer, member, patient, employee and
  licence numbers.

Usernames and logins, account, customer, member, patient, employee and tenant numbers,
passports, driving licences and national ids are ID_NUMBER; PINs, gate, keypad, lockbox and
alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles and relation words (Mr,
Mrs, Dr, my nan, my uncle) stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; public figures, companies, fictional
characters, booking, order, invoice and ticket numbers and dates of birth are not labelled;
every occurrence of a private value is marked.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public figures and fictional characters), 25 GSM8K-style word problems (story first names
only), 25 MMLU-style items with options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570, France 06 39 98, Germany 030 23125); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind198.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import json
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
from marks import build_sections, iban_ok, is_lower, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent
NAME = "blind198"

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 105)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Nan|Gran|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "hi, can i book a bulky waste pickup for a three-seater sofa and two dining chairs? it's for my nan, [[PERSON|maureen oakes]], at [[STREET_ADDRESS|14 tannery row, ashby fold, lf3 9qd]]. she's 88 and a bit deaf so please knock loudly and give her time to get to the door. the sofa is in the front room because she can't move it herself, so the crew would need to come inside and carry it out. is that allowed, and is there an extra charge for it? i can't be there on weekdays because of work",
    "tip run rota for the street clear-out: sat [[PERSON|hope adeyemi]], sun [[PERSON|bill tranter]], mon [[PERSON|kasia wrona]]. does the mill lane recycling centre open at 8 on sundays?",
    "my neighbour [[PERSON|dawn pritchard]] says the code for the trade gate at greave road is [[PASSWORD|2741]]. is that still right or has it changed since the new barrier went in?",
    "skip hire came to £260 so we split it four ways: [[PERSON|tomasz]] 65, [[PERSON|efua]] 65, [[PERSON|rhodri]] 65, me 65. would a council bulky collection have been cheaper for the rubble?",
    "tell [[PERSON|grace whitlow]] her fridge collection moved to thursday. her number is [[PHONE_NUMBER|07700 900318]]",
    "the lockbox on the reuse shop back door is [[PASSWORD|0917]], volunteers keep forgetting it. can you add it to the rota email for the bulky drop-offs?",
    "my flatmate [[PERSON|ольга семёнова]] wants to know if the mattress pickup takes two at once. she's on [[PHONE_NUMBER|07700 900442]]",
    "booking for [[PERSON|γιώργος παπαδάκης]]: wardrobe, bed frame, broken desk. confirmation to [[EMAIL_ADDRESS|g.papadakis@example.net]] please",
    "do you take old paint tins at the household waste site or only on the hazardous waste day? thanks, [[PERSON|summer okafor]]",
    "we run the swap shop in the old depot. volunteer wifi is [[PASSWORD|skipfrog2024!]] if the bulky crew want it when they drop off on tuesdays. ask for [[PERSON|ibrahim al-masri]]",
    "the residents' association treasurer, [[PERSON|noreen blackwood]], paid for the communal collection last month but the receipt never came. can it go to [[EMAIL_ADDRESS|noreen.blackwood@example.org]]?",
    "trying to log into the garden waste portal for my dad [[PERSON|harold jessop]]. the text code was [[PASSWORD|482913]] but it says expired, what now?",
    "please add [[PERSON|प्रिया शर्मा]] to the assisted collection list, she can't lift the bins. address is [[STREET_ADDRESS|7 ferndale close, kettering nn15 6ux]]",
    "items for collection: fridge freezer, 2 mattresses, broken rowing machine. on the day: [[PERSON|jade mcallister]] [[PHONE_NUMBER|01632 960117]]",
    "how much is a second bulky slot? i already paid for one under [[PERSON|ravi chandrasekar]], council tax account [[ID_NUMBER|40712285]]",
    "forgot my recycling centre booking login. user is [[ID_NUMBER|hwrc_fenwick22]] and i think the password was [[PASSWORD|tipbooking88]], can you reset it?",
    "my lodger [[PERSON|สมศรี ใจดี]] left a microwave and a tv by the bins. does she need to book it or can i? i'm [[PERSON|keith morland]]",
    "can [[PERSON|faith o'donnell]] and [[PERSON|marcus lee]] both bring vans on the same permit? they share a house at [[STREET_ADDRESS|22 quarry bank, stourvale, dy8 4ln]]",
    "crew needs to get into the bin store on friday, alarm panel is [[PASSWORD|5530]] then set. [[PERSON|joy mabuza]] the caretaker is off that day",
    "booking is under my mum's name [[PERSON|陈美玲]], she only reads chinese. can the confirmation come to me instead? [[EMAIL_ADDRESS|leo.chan.home@example.com]]",
    "is bagged asbestos accepted at the recycling centre? my builder [[PERSON|gareth pugh]] says no but the website says small amounts are ok",
    "can you message [[PERSON|amara]] and [[PERSON|rose]] that their wardrobes are booked for the 14th, not the 12th",
    "my uncle [[PERSON|আব্দুল করিম]] wants an old sofa bed collected. he's at [[STREET_ADDRESS|flat 9, mercer house, 40 tenter walk, london e1 7qx]]",
    "[[PERSON|adébáyọ̀ ògúnlẹ́yẹ]] here, the crew left half my garden waste behind. please send them back, [[PHONE_NUMBER|07700 900561]]",
    "the trade gate at harlow moor wants a pin now. mine is [[PASSWORD|661204]], registered to [[PERSON|danny kovač]], and it just beeps red",
    "signing up my grandmother [[PERSON|김순자]] for the free fridge pickup for over-75s. best number is [[PHONE_NUMBER|01632 960284]]",
    "tip hours sunday? [[PHONE_NUMBER|07700 900733]]",
    "my colleague [[PERSON|נועה לוי]] wants to donate a working washing machine rather than scrap it. does the reuse shop collect? reply to [[EMAIL_ADDRESS|noa.levi.work@example.net]]",
    "our housing co-op linked the bulky booking form to our chat app. the bot token is [[API_KEY|bwk_tok_9f3ka71mqz08xv4t2lpe]], is that safe to keep in the shared doc?",
    "can [[PERSON|will hartigan]] pick up the bulky stickers for me? i'm [[PERSON|penny hartigan]], booking ref bk-55120",
    # --- other languages: Spanish, German, Welsh, Polish, Japanese, French ---
    "Hola, quería reservar la recogida de muebles viejos para mi suegra, [[PERSON|Remedios Gallardo Ruiz]], en [[STREET_ADDRESS|Calle del Olmo 17, 3.º B, 28045 Madrid]]. ¿Cuánto cuesta retirar un colchón?",
    "Guten Tag, ich möchte für meinen Nachbarn [[PERSON|Jürgen Weißkopf]] einen Sperrmülltermin buchen: zwei Sessel und ein Kleiderschrank. Er ist unter [[PHONE_NUMBER|030 23125 417]] erreichbar.",
    "Helo, oes modd casglu hen oergell o dŷ fy mam, [[PERSON|Gwenllian Prys]]? Cod y giât yw [[PASSWORD|1966]]. Diolch, [[PERSON|Rhys]]",
    "Dzień dobry, czy mogę oddać stary tapczan w punkcie selektywnej zbiórki bez rezerwacji? Pytam w imieniu sąsiadki, [[PERSON|Zdzisławy Kowalczyk]]. Mój e-mail: [[EMAIL_ADDRESS|m.kowalczyk.dom@example.pl]]",
    "粗大ごみの収集を予約したいです。名前は [[PERSON|佐藤 美咲]]、電話は [[PHONE_NUMBER|07700 900826]] です。ソファとベッドの二点です。",
    "Bonjour, ma voisine [[PERSON|Hélène Marchetti]] voudrait savoir si la déchetterie accepte les pneus. Pour l'enlèvement des encombrants, le code du portail de la résidence est [[PASSWORD|B4721]].",
    # --- English ---
    "Hi, I need to book a bulky waste collection for a double mattress and a bedside cabinet. Name: [[PERSON|Priya Venkataraman]], address [[STREET_ADDRESS|3 Orchard Mews, Halbury, HB2 7TS]].",
    "Rota for the Saturday tip runs in March: [[PERSON|Hope]], [[PERSON|Grace]], [[PERSON|Bill]], then [[PERSON|Summer]]. Is the Wexcombe site open before 9?",
    "Tell [[PERSON|Malik Osei]] that his fridge pickup has moved to Friday between 7am and 1pm.",
    "Can the crew collect from the side gate? The keypad code is [[PASSWORD|4482]] and [[PERSON|Fern Aldous]] will be in after 2.",
    "Sofa £35, wardrobe £20, fridge £25. [[PERSON|Lukas Brandt]] owes me half the sofa charge. Can one booking cover items from two flats in the same building?",
    "Our chair, [[PERSON|Oluwaseun Bankole]], asked whether the estate can have a free skip day in April before the summer fair.",
    "Who do I speak to about a missed bulky collection? It was booked in the name of [[PERSON|Rose Fairweather]], [[STREET_ADDRESS|45 Kiln Lane, Dunmere DN4 8PW]], ref BW-77310.",
    "What's the van permit process for the Eastgate recycling centre? You can reach me on [[PHONE_NUMBER|07700 900129]].",
    "Please cancel the bulky booking for Mr [[PERSON|Desmond Achterberg]], he has moved into a care home.",
    "The login code you just texted me is [[PASSWORD|739 204]] but the page keeps spinning. The account is under [[PERSON|Siobhán Ní Bhriain]].",
    "My father [[PERSON|محمد الفارسي]] wants to drop off an old gas bottle at the recycling centre. Does he need to bring ID?",
    "Fridge, cooker, two armchairs. Collect from [[PERSON|Zoë Kowalczyk]], [[STREET_ADDRESS|Flat 2, 19 Linden Road, Porthaven PV3 1EX]]. She works nights so after 11 please.",
    "Is there a discount on bulky waste for people on Universal Credit? Asking for [[PERSON|Bongani Dlamini]].",
    "I'm the developer for the parish council website. Our bulky waste API key is [[API_KEY|rcx_live_Q7m2Vd9KpL4tZ8wB6nHs]]. Can you confirm it's still valid or do we need a new one?",
    "[[PERSON|Mark Sutherland]] and [[PERSON|Frank Ebbrell]] split the skip, £120 each. Can the council take the leftover plasterboard instead?",
    "Please update the contact email on my garden waste subscription to [[EMAIL_ADDRESS|jb.ferreira@example.com]]. The name on it is [[PERSON|João Baptista Ferreira]].",
    "Can someone collect a broken massage chair from [[PERSON|สมชาย ศรีสุข]] at [[STREET_ADDRESS|8 Larch Court, Bramwell BW6 2NQ]]? He doesn't speak much English.",
    "The bulky items are in the garage at [[STREET_ADDRESS|16 Cedar Rise, Hollinsend HL2 5WB]] and the door will be unlocked from 7am. A mattress and a cot.",
    "My landlady [[PERSON|渡辺 恵子]] asked me to book a pickup for her old kotatsu table. Can I book it on her behalf?",
    "Booking for [[PERSON|이서연]]. She'll leave the desk and two chairs by the lift on the ground floor.",
    "Hi, it's [[PERSON|Hunter]]. My wife [[PERSON|Ivy]] and I need two slots at the tip this weekend but the booking site only allows one per household.",
    "For the repair café at the recycling centre: guest wifi is ReuseHub_Guest, password [[PASSWORD|Upcycle!2025]]. Tell [[PERSON|Tariq Hussain]] it changed yesterday.",
    "Can I give my booked slot to my brother? He's [[PERSON|Kwame Asante]], [[EMAIL_ADDRESS|kwame.asante@example.co.uk]].",
    "I want to report fly-tipping behind the shops on Pelham Parade. Someone left twelve black bags, a stained mattress and what looks like a broken fridge there on Sunday night, and foxes have already torn some of the bags open. It's the third time this year. There is a camera on the corner of the bakery that might have caught the van. I live opposite at [[STREET_ADDRESS|61 Rowan Crescent, Tillbury Heath, TH9 3AB]] if you need a witness statement, and I'm usually home after six.",
    "The tenant at number 4, [[PERSON|אביגיל כהן]], left a sofa in the communal hallway. Who pays for the collection?",
    "Collected 3 fridges yesterday for [[PERSON|Ngozi Eze]]. Could you email the receipt to [[EMAIL_ADDRESS|ngozi.eze77@example.com]]?",
    "Tip volunteers this Sunday:\n- [[PERSON|Alejandro Ruiz]] (gate)\n- [[PERSON|Mei Lin Tan]] (reuse shop)\n- [[PERSON|Dawn Hesketh]] (cardboard)\nCan we get hi-vis vests for all three?",
    "Does the recycling centre take car batteries, or do they go to a garage? Cheers, [[PERSON|Pádraig Ó Súilleabháin]]",
    "Can you reset my portal password? The current one is [[PASSWORD|GreenBin#44]] and it won't accept it. Username is [[ID_NUMBER|c.ndlovu]].",
    "Assisted collection needed for Mrs [[PERSON|Edith Ramsbottom]], 92, who lives alone at [[STREET_ADDRESS|5 Weavers Yard, Colnebridge, HD7 5RT]]. She has a single bed, a commode chair and an old television that need to go, all upstairs in the back bedroom. She uses a walking frame and can't manage the stairs quickly, so the crew should ring the bell and wait. Her daughter [[PERSON|Carol]] is the contact and can be there on any Tuesday or Wednesday morning: [[PHONE_NUMBER|01632 960552]]. Please don't send letters, as they only worry her.",
    "Please send the bulky waste price list to [[PERSON|राजेश कुमार]] at [[EMAIL_ADDRESS|rajesh.k.home@example.in]].",
    "[[PERSON|Winston]], [[PERSON|Precious]] and [[PERSON|Tendai]] are sharing a van to the tip. Do they each need a permit?",
    "Crew missed [[PERSON|Viktor Lindqvist]]'s wardrobe.",
    "The amount taken from card [[CREDIT_CARD|4929 3817 2205 6615]] was £45 but the bulky booking said £30. Can you refund the difference?",
    "Remind [[PERSON|Joy Adeleke]] that the reuse shop only takes electricals with the plug still attached.",
    "Our block's bin store keypad has changed. The new code is [[PASSWORD|7193]], please note it for Tuesday's collection. The caretaker is [[PERSON|Stanisław Mazur]].",
    "I typed my address wrong on the booking. It should be [[STREET_ADDRESS|27 Chapel Walk, Ormsby OR4 6JJ]]. The name is [[PERSON|Marguerite Dufresne]].",
    "My grandmother [[PERSON|নাসরিন আক্তার]] gets free bulky collections because she's over 80. Can we book one for her recliner?",
    "Can you add [[PERSON|Ελένη Βασιλείου]] as a second contact on my garden waste account? Her mobile is [[PHONE_NUMBER|07700 900874]].",
    "Is the charge per item or per collection? Last time [[PERSON|Bernadette]] paid for everything and we never settled up.",
    "Please send my bulky waste confirmation to [[EMAIL_ADDRESS|oldfield.m@example.net]] instead of the address on file.",
    "Hi, [[PERSON|Colm]] here again. [[PERSON|Ahmed]] was turned away from the Sandhill site this morning because the permit is in my name. Can it be transferred?",
    "Can [[PERSON|Grace Mwangi-Thompson]] use my resident permit for her trailer? I'm [[PERSON|Ruth Obuya]] at [[STREET_ADDRESS|12 Pinfold Lane, Astwick AS3 9YP]].",
    "Please book a mattress collection for [[PERSON|刘建国]]. He lives with me at the same address.",
    "[[PERSON|Angus]] (dad) and [[PERSON|Fiona]] (me): we're clearing Gran's house, about three loads. Is there a monthly limit at the Dunmore centre?",
    "Please pass this on to [[PERSON|Kalinda Ramírez]]: the piano removal can't go ahead because pianos need a specialist firm.",
    "My IP got blocked from the booking site after too many tries. It's [[IP_ADDRESS|203.0.113.47]], can you unblock it?",
    "Which documents does [[PERSON|Hamid Rezaei]] need to prove residency for the recycling centre? He's just moved here from Leeds.",
    "Could [[PERSON|Saoirse Kennedy]]'s old futon go on my booking? She lives next door at [[STREET_ADDRESS|34 Glebe Terrace, Kilbride KB2 4LE]].",
    "The payment page asked for my email twice and then froze. It's [[EMAIL_ADDRESS|t.abernethy@example.co.uk]], did the booking go through?",
    "Names for the volunteer litter pick after the tip open day: [[PERSON|Amaru Quispe]], [[PERSON|Leilani Kahale]], [[PERSON|Björn Sandqvist]], [[PERSON|Chidinma Okonkwo]].",
    "Hi, I'm writing for my aunt, [[PERSON|Айгерим Нурланқызы]]. She can't get the booking site to work and wants a sofa collected next week.",
    "If [[PERSON|Eamon]] calls about the trailer permit, tell him the answer is no, it's cars only at weekends.",
    "We're a housing association adding the council's bulky waste slots to our tenants' app, so tenants can pick a collection day without phoning. Everything worked during testing last month, but since Monday the calendar endpoint returns 401 Unauthorized on every call, even though nothing changed on our side as far as we know. Our integration token is [[API_KEY|bw_svc_K8vR3nQ1tZ6pX9mL2cYh]]. Has it been revoked or rotated, and is there a status page we should watch? Technical contact: [[PERSON|Inês Carvalho]], [[EMAIL_ADDRESS|ines.carvalho@example.pt]]. Thanks in advance for any help.",
    "How do I get rid of a fridge that still has food in it? The pickup address is [[STREET_ADDRESS|9 Swallow Drive, Marnham MN5 2QS]].",
    "Cost split for the skip: [[PERSON|Olamide]] £40, [[PERSON|Ewa]] £40, [[PERSON|Haruto]] £40, [[PERSON|Sunny]] £40. Or is a council collection cheaper?",
    "Can Dr [[PERSON|Anjali Mehta]] book a collection for the surgery's old waiting room chairs, or is that trade waste?",
    "The man at the tip, I think his badge said [[PERSON|Gordon]], told me mattresses go in general waste. Is that right?",
    "Please tell the crew the dog is friendly, the gate code is [[PASSWORD|9021]], and [[PERSON|Nadia Haddad]] will sign for the items.",
    "My elderly neighbour, [[PERSON|Ahanu Whitehorse]], can't carry his washing machine to the kerb. Can the crew collect from inside?",
    "Reply to [[PHONE_NUMBER|07700 900265]] rather than email please. How much is it to take away a hot tub?",
    "[[PERSON|Ayşe Yıldız]] booked for Thursday but I'll be there instead. Do I need her booking number or just her name?",
    "Mum's old sewing machine still works. Could the reuse shop take it? She's [[PERSON|Leonora Baptiste]], number's [[PHONE_NUMBER|01632 960693]].",
    "The crew can use the back door. Alarm is [[PASSWORD|1-9-8-4]] then OFF. Items are in the utility room. [[PERSON|Gethin]]",
    "Does [[PERSON|Wiremu Tane]] need a separate booking for the old shed panels, or can he add them to [[PERSON|Hemi]]'s?",
    "Hi, it's [[PERSON|April Nakamura]]. The crew took the wrong sofa! They left the old one and took my new one from the porch.",
    "Could you send the hazardous waste day dates to both of us: [[PERSON|Dmitri Volkov]] and [[PERSON|Anastasia Volkova]]?",
    "I've been charged twice for one bulky booking on card [[CREDIT_CARD|5413 7720 0918 2647]]. Can you check?",
    "What's the weight limit for a single bulky item? Asking for [[PERSON|Faisal]], who has an old cast iron bath.",
    "[[PERSON|Hope Ferreira-Lynch]] wants to know whether the recycling centre takes broken glass tables.",
    "Hi, the router at the Marsh Lane reuse hub reset itself. The new wifi key is [[PASSWORD|7Gk2-pQ9x-Lm4z]]. Can you let the volunteers know? Thanks, [[PERSON|Oksana Tkachenko]]",
    "Please let [[PERSON|Olu]] and [[PERSON|Kemi]] know their fridge collection is confirmed for Monday.",
    "Can a bulky collection be booked in my late husband's name, [[PERSON|Cyril Bannerman]]? The council tax is still in his name, account [[ID_NUMBER|30118842]].",
    "Can I give the bulky crew my landline, [[PHONE_NUMBER|01632 960448]], instead of a mobile?",
    "[[PERSON|Vikram]], [[PERSON|Jasleen]], [[PERSON|Arjun]]: your old bikes can go to the reuse shop rather than the tip.",
    "Please email the collection photos to [[PERSON|Mateus Oliveira]] at [[EMAIL_ADDRESS|mateus.o@example.com.br]].",
    "We had two bulky bookings, one under [[PERSON|Robin Castellanos]] and one under [[PERSON|Robin]]'s partner [[PERSON|Jules Amari]]. Can we merge them?",
    "Is there a charge for collecting a mobility scooter? It belonged to [[PERSON|Arthur Pennington]], who passed away last month.",
    "What are the tip opening hours on Saturday? Also tell [[PERSON|Nkosana]] the reuse shop wants his old bookshelf.",
    "The crew were very kind to my mother, [[PERSON|Esperanza Villanueva]]. Please pass on our thanks to the driver, [[PERSON|Lee]].",
    "Please deliver the bulky sticker labels to [[STREET_ADDRESS|Flat 14, 2 Heron Wharf, Saltmouth SM1 8GG]] instead.",
    "I run the estate's group chat. Can I share the booking link and my number [[PHONE_NUMBER|07700 900910]] so neighbours can ask me? [[PERSON|Crystal Pang]]",
    "Booking for [[PERSON|Heilala Taufa]]: a mattress and a cot frame. Her email is [[EMAIL_ADDRESS|heilala.t@example.to]].",
    "What documents prove residency? The lease is in [[PERSON|Ruairí Breathnach]]'s name but I live there too.",
]

# 100 one-person records: the first 40 hold a national id, the other 60 contacts, cards,
# IBANs and account, member and patient numbers.
RECORDS = [
    # --- with a national id ---
    "Assisted collection request. Name: [[PERSON|Beryl Hawthorne]]. NHS number: [[ID_NUMBER|485 291 7361]]. Address: [[STREET_ADDRESS|18 Sorrel Way, Thornley, TL4 2HD]]. Phone: [[PHONE_NUMBER|01632 960205]].",
    "Clinical waste exemption for [[PERSON|Kenneth Ashdown]] (NHS no. [[ID_NUMBER|613 407 9251]]): home dialysis boxes collected fortnightly from [[STREET_ADDRESS|7 Bramble Court, Pelsall Green, WS3 8NF]].",
    "Cais casglu â chymorth: [[PERSON|Gwyneth Llewelyn]], rhif GIG [[ID_NUMBER|702 918 3649]], [[STREET_ADDRESS|4 Heol y Felin, Llanfabon, CF37 9PQ]], ffôn [[PHONE_NUMBER|01632 960376]].",
    "बड़े कचरे के संग्रह के लिए आवेदन: नाम [[PERSON|सुनीता वर्मा]], आधार [[ID_NUMBER|3917 5820 4617]], मोबाइल [[PHONE_NUMBER|+44 7700 900214]]।",
    "Resident [[PERSON|Arvind Subramaniam]], Aadhaar [[ID_NUMBER|6284 0173 9528]], asked for an e-waste pickup; confirmation sent to [[EMAIL_ADDRESS|arvind.subra@example.in]].",
    "Aanmelding grofvuil: [[PERSON|Femke de Groot]], BSN [[ID_NUMBER|192837461]], [[STREET_ADDRESS|Lindelaan 42, 3514 BK Utrecht]], [[EMAIL_ADDRESS|femke.degroot@example.nl]].",
    "Tenant [[PERSON|Marijn Visser]], BSN [[ID_NUMBER|305618271]], applied for a recycling centre pass for [[STREET_ADDRESS|11 Foundry Lane, Eastholme, EH5 2RW]].",
    "Zgłoszenie odbioru gabarytów: [[PERSON|Agnieszka Wróblewska]], PESEL [[ID_NUMBER|82071415633]], [[STREET_ADDRESS|ul. Sosnowa 8 m. 14, 60-321 Poznań]], e-mail [[EMAIL_ADDRESS|a.wroblewska@example.pl]].",
    "Cadastro para coleta de volumosos: [[PERSON|Luiz Fernando Albuquerque]], CPF [[ID_NUMBER|371.508.246-17]], e-mail [[EMAIL_ADDRESS|lf.albuquerque@example.com.br]].",
    "Hacimli atık toplama başvurusu: [[PERSON|Emine Kaplan]], T.C. kimlik no [[ID_NUMBER|28471639550]], telefon [[PHONE_NUMBER|+44 7700 900452]].",
    "Solicitud de recogida de enseres: [[PERSON|Inmaculada Serrano Vidal]], DNI [[ID_NUMBER|53920817P]], domicilio [[STREET_ADDRESS|Avenida de los Tilos 23, 2.º izq., 41011 Sevilla]].",
    "Titular del permiso de punto limpio: [[PERSON|Olena Bondar]], NIE [[ID_NUMBER|Y4820573V]], correo [[EMAIL_ADDRESS|olena.bondar@example.es]], IBAN [[IBAN_CODE|ES30 2085 7731 4903 3012 8846]].",
    "Kierrätysaseman kuljetustilaus: [[PERSON|Aino Hämäläinen]], henkilötunnus [[ID_NUMBER|230578-614T]], [[STREET_ADDRESS|Koivukuja 5 B 12, 33720 Tampere]].",
    "Richiesta ritiro ingombranti a nome di [[PERSON|Chiara Lombardi]], codice fiscale [[ID_NUMBER|LMBCHR85P52A944T]], [[STREET_ADDRESS|Via dei Carpini 14, 40137 Bologna]], e-mail [[EMAIL_ADDRESS|chiara.lombardi85@example.it]].",
    "大件垃圾预约：姓名 [[PERSON|张晓燕]]，身份证号 [[ID_NUMBER|310115199003174625]]，电话 [[PHONE_NUMBER|+44 7700 900603]]。",
    "Bulky item removal booking: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8526419B]], [[STREET_ADDRESS|Blk 318 Kembangan Vale, #05-42, Singapore 418319]].",
    "대형폐기물 수거 신청: [[PERSON|박지은]], 주민등록번호 [[ID_NUMBER|880915-2345171]], 이메일 [[EMAIL_ADDRESS|jieun.park@example.kr]].",
    "Hard rubbish concession form: [[PERSON|Shaun Fitzgibbon]], TFN [[ID_NUMBER|314 859 626]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Concession card holder [[PERSON|Meredith Kaur-Lawson]], Medicare [[ID_NUMBER|2953 81747 1]], [[STREET_ADDRESS|27 Banksia Parade, Wallaroo Hills SA 5065]], [[PHONE_NUMBER|+61 491 570 442]].",
    "粗大ごみ受付票 氏名: [[PERSON|中村 健太]] マイナンバー: [[ID_NUMBER|7301 8462 9559]] メール: [[EMAIL_ADDRESS|k.nakamura@example.jp]]",
    "Civic amenity site permit: [[PERSON|Declan Moriarty]], PPS [[ID_NUMBER|7391528Q]], [[STREET_ADDRESS|14 Ardnagashel Close, Tralee, Co. Kerry V92 X7P3]].",
    "Iarratas ar bhailiú earraí móra: [[PERSON|Máire Ní Chonaill]], uimhir PSP [[ID_NUMBER|4718293PA]], ríomhphost [[EMAIL_ADDRESS|maire.nichonaill@example.ie]].",
    "Demande d'enlèvement des encombrants : [[PERSON|Sylvie Garnier]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 116 048 91]], [[STREET_ADDRESS|12 rue des Peupliers, 69008 Lyon]], tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Aanvraag ophaling grofvuil: [[PERSON|Pieter Vandenbroucke]], rijksregisternummer [[ID_NUMBER|85.04.12-273.16]], [[STREET_ADDRESS|Kastanjelaan 9, 9000 Gent]], rekening [[IBAN_CODE|BE66 3630 8471 2965]].",
    "Bestilling av henting av grovavfall: [[PERSON|Ingrid Solheim]], fødselsnummer [[ID_NUMBER|150487 12395]], [[STREET_ADDRESS|Granveien 17, 5043 Bergen]].",
    "Pedido de recolha de monos: [[PERSON|Rui Gonçalves Pacheco]], NIF [[ID_NUMBER|247 183 903]], [[STREET_ADDRESS|Rua das Amoreiras 56, 2.º Dto, 4050-012 Porto]], IBAN [[IBAN_CODE|PT41 0035 0651 0000 4827 1936 5]].",
    "Cerere de ridicare a deșeurilor voluminoase: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2870523410320]], telefon [[PHONE_NUMBER|+44 7700 900741]].",
    "Retiro de cachureos: [[PERSON|Francisca Araya Muñoz]], RUT [[ID_NUMBER|16.482.735-6]], correo [[EMAIL_ADDRESS|fran.araya@example.cl]].",
    "Suuremõõtmeliste jäätmete äravedu: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48906112748]], [[STREET_ADDRESS|Kase tn 19-4, 10615 Tallinn]].",
    "Beiðni um hirðu á grófum úrgangi: [[PERSON|Sigríður Jónsdóttir]], kennitala [[ID_NUMBER|120786-3429]], netfang [[EMAIL_ADDRESS|sigga.jons@example.is]].",
    "Objednávka odvozu objemného odpadu: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|855312/4976]], [[STREET_ADDRESS|Lipová 27, 602 00 Brno]].",
    "Žiadosť o odvoz veľkoobjemného odpadu: [[PERSON|Marek Horváth]], rodné číslo [[ID_NUMBER|790824/6137]], e-mail [[EMAIL_ADDRESS|marek.horvath@example.sk]].",
    "Заявка на вивезення великогабаритних відходів: [[PERSON|Тарас Мельник]], РНОКПП [[ID_NUMBER|3182047566]], телефон [[PHONE_NUMBER|+44 7700 900795]].",
    "Sperrmüllanmeldung mit Gebührenermäßigung: [[PERSON|Katrin Oberländer]], Steuer-ID [[ID_NUMBER|57 392 018 465]], [[STREET_ADDRESS|Birkenweg 31, 50858 Köln]], Konto [[IBAN_CODE|DE07 5001 0517 5408 3916 27]].",
    "Inorganic collection booking, assisted service: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZRK4175]], [[STREET_ADDRESS|22 Kowhai Street, Whanganui 4500]].",
    "Beställning av grovsopshämtning: [[PERSON|Linnea Bergström]], personnummer [[ID_NUMBER|780214-5628]], e-post [[EMAIL_ADDRESS|linnea.b@example.se]], konto [[IBAN_CODE|SE45 8000 0832 7900 1462 5573]].",
    "Demande de collecte d'encombrants : [[PERSON|Geneviève Tremblay]], NAS [[ID_NUMBER|193 846 276]], [[STREET_ADDRESS|418, rue des Érables, Sherbrooke (Québec) J1H 3K7]], [[PHONE_NUMBER|(819) 555-0142]].",
    'בקשה לפינוי פסולת גושית: [[PERSON|יעל אברהמי]], ת.ז. [[ID_NUMBER|038417929]], דוא"ל [[EMAIL_ADDRESS|yael.avrahami@example.co.il]].',
    "Αίτηση αποκομιδής ογκωδών αντικειμένων: [[PERSON|Δημήτρης Αλεξίου]], ΑΜΚΑ [[ID_NUMBER|19038812343]], [[STREET_ADDRESS|Οδός Ανθέων 12, 546 45 Θεσσαλονίκη]].",
    "Bulk refuse removal: [[PERSON|Sipho Mokoena]], ID [[ID_NUMBER|860714 5123 083]], [[STREET_ADDRESS|45 Protea Avenue, Kensington B, Randburg 2194]], [[EMAIL_ADDRESS|sipho.mokoena@example.co.za]].",
    # --- without a national id ---
    "Refund request: [[PERSON|Gillian Thorne]], card [[CREDIT_CARD|4556 0193 8842 7718]], bulky booking BW-40218 cancelled, email [[EMAIL_ADDRESS|gill.thorne@example.co.uk]].",
    "Garden waste subscriber [[PERSON|Oscar Lindqvist-Reyes]], customer no. [[ID_NUMBER|GW-0083317]], [[STREET_ADDRESS|6 Meadowsweet Close, Harrowby, HB9 4TT]].",
    "Direct debit for bulky waste instalments: [[PERSON|Naledi Khumalo]], [[IBAN_CODE|GB11 BARC 2003 5561 8274 39]], [[PHONE_NUMBER|07700 900147]].",
    "Wertstoffhof-Karte für [[PERSON|Dieter Hansmann]], Kundennummer [[ID_NUMBER|WH-552019]], Tel. [[PHONE_NUMBER|030 23125 688]].",
    "Badge déchetterie au nom de [[PERSON|Amélie Rousseau-Benoît]], courriel [[EMAIL_ADDRESS|amelie.rb@example.fr]], IBAN [[IBAN_CODE|FR34 3000 4028 3700 0105 2718 946]].",
    "Tool library at the reuse centre: [[PERSON|Yusuf Demir]], member number [[ID_NUMBER|TL-20471]], phone [[PHONE_NUMBER|07700 900232]].",
    "Bulk item pickup, City of Ashford Springs: [[PERSON|Darnell Whitaker]], [[STREET_ADDRESS|1840 Sycamore Ridge Dr, Ashford Springs, OH 43987]], [[PHONE_NUMBER|(614) 555-0178]].",
    "Fee waiver application: [[PERSON|Rosalind Beaumont-Price]], SSN [[US_SSN|284-61-3907]], utility account [[ID_NUMBER|77014528]].",
    "Recolección de voluminosos: [[PERSON|Guadalupe Hernández Ortiz]], [[STREET_ADDRESS|Calle Jacarandas 118, Col. Las Flores, 44270 Guadalajara, Jalisco]], correo [[EMAIL_ADDRESS|lupita.hdz@example.mx]].",
    "Tessera isola ecologica: [[PERSON|Matteo Ferraro]], numero utente [[ID_NUMBER|IE-774120]], IBAN [[IBAN_CODE|IT70 K030 6911 8840 0000 0562 190]].",
    "Milieustraatpas: [[PERSON|Sanne Bakker]], klantnummer [[ID_NUMBER|4418207]], [[IBAN_CODE|NL65 INGB 0006 8413 27]], [[EMAIL_ADDRESS|sanne.bakker@example.nl]].",
    "Wniosek o kartę mieszkańca do punktu zbiórki: [[PERSON|Bartłomiej Zieliński]], [[IBAN_CODE|PL57 1140 2004 0000 3702 7651 8834]], e-mail [[EMAIL_ADDRESS|bartek.zielinski@example.pl]].",
    "Patient transport note: [[PERSON|Harriet Cole]], hospital patient number [[ID_NUMBER|RX4470912]], needs her old hospital bed collected from [[STREET_ADDRESS|Flat 3, 88 Gasworks Road, Lowbridge, LB1 6QE]].",
    "Bestilling af storskrald: [[PERSON|Mette Kjærgaard]], [[STREET_ADDRESS|Bøgevej 14, 8210 Aarhus V]], konto [[IBAN_CODE|DK21 3000 4418 2736 59]].",
    "Zahtjev za odvoz krupnog otpada: [[PERSON|Ivana Babić]], [[IBAN_CODE|HR27 2484 0081 1350 7426 9]], e-pošta [[EMAIL_ADDRESS|ivana.babic@example.hr]].",
    "Đăng ký thu gom đồ cồng kềnh: [[PERSON|Nguyễn Thị Hồng Nhung]], điện thoại [[PHONE_NUMBER|07700 900364]], địa chỉ [[STREET_ADDRESS|29 Wharfdale Street, Kelsby, KB4 1NS]].",
    "طلب جمع أثاث قديم: [[PERSON|فاطمة الزهراني]]، الهاتف [[PHONE_NUMBER|07700 900408]]، البريد [[EMAIL_ADDRESS|fatima.z@example.com]]",
    "Заявка на вывоз старой мебели: [[PERSON|Екатерина Соколова]], телефон [[PHONE_NUMBER|+44 7700 900492]], адрес [[STREET_ADDRESS|41 Quayside Row, Marlhaven, MH3 7DX]].",
    "ขอนัดเก็บขยะชิ้นใหญ่ ชื่อ [[PERSON|วิไลวรรณ ทองดี]] โทร [[PHONE_NUMBER|0491 570 556]] อีเมล [[EMAIL_ADDRESS|wilaiwan.t@example.com.au]]",
    "Permohonan pengambilan sampah besar: [[PERSON|Dewi Lestari Putri]], ponsel [[PHONE_NUMBER|+61 491 570 613]], alamat [[STREET_ADDRESS|9 Wattle Grove, Norwood Flats NSW 2763]].",
    "Ombi la kuchukuliwa kwa taka kubwa: [[PERSON|Amina Wanjiru]], simu [[PHONE_NUMBER|07700 900539]], barua pepe [[EMAIL_ADDRESS|amina.wanjiru@example.co.ke]].",
    "Kahilingan sa pagkuha ng malalaking basura: [[PERSON|Maricel Dela Cruz]], telepono [[PHONE_NUMBER|(416) 555-0193]], tirahan [[STREET_ADDRESS|77 Birchmount Crescent, Scarborough, ON M1K 2R8]].",
    "Trade waste account holder [[PERSON|Callum Reid]], account [[ID_NUMBER|TW-90021847]], card on file [[CREDIT_CARD|5274 6611 3098 4526]].",
    "Van permit applicant: [[PERSON|Priyanka Bose]], driving licence [[ID_NUMBER|BOSE9856225PB9XK]], [[STREET_ADDRESS|52 Larkspur Avenue, Frimley Vale, FV2 8JG]].",
    "[[PERSON|Rafael Monteiro Lima]] showed passport [[ID_NUMBER|FT4827713]] as proof of residency at the Cranmoor recycling centre; email [[EMAIL_ADDRESS|rafa.lima@example.com]].",
    "Concessionary bulky collection: [[PERSON|Doreen Whitfield]], council tax account [[ID_NUMBER|60031572]], [[PHONE_NUMBER|01632 960811]].",
    "Housing association tenant [[PERSON|Kofi Boateng]], tenant number [[ID_NUMBER|HA-3309182]], [[STREET_ADDRESS|Flat 12, Cobalt House, Denmark Walk, Ryford, RF6 2AX]].",
    "Paid by [[PERSON|Isla McKenzie]] with Amex [[CREDIT_CARD|3782 904516 33011]] for two bulky items; receipt to [[EMAIL_ADDRESS|isla.mck@example.co.uk]].",
    "Online booking log: user [[ID_NUMBER|jpetrakis]] ([[PERSON|Yannis Petrakis]]) signed in from [[IP_ADDRESS|198.51.100.23]] and booked a sofa collection.",
    "Volunteer record: [[PERSON|Lowri Bevan]], volunteer ID [[ID_NUMBER|RV-0418]], emergency contact [[PHONE_NUMBER|07700 900576]].",
    "Bulky waste invoice INV-88213 paid by [[PERSON|Maximilian Graf]] with card [[CREDIT_CARD|4024 0071 5539 8265]], billing address [[STREET_ADDRESS|3 Sedgemoor Place, Oakhurst, OK7 5LP]].",
    "New resident pass: [[PERSON|Esi Mensah-Bonsu]], [[STREET_ADDRESS|90 Waterloo Terrace, Brockwell, BK2 3SU]], [[EMAIL_ADDRESS|esi.mb@example.com]], [[PHONE_NUMBER|07700 900611]].",
    "Low-income fee waiver for curbside bulk pickup: [[PERSON|Tyrone Jefferson]], SSN [[US_SSN|531-27-8846]], [[PHONE_NUMBER|(503) 555-0116]].",
    "Hard waste booking: [[PERSON|Bronwyn O'Loughlin]], [[STREET_ADDRESS|14 Coolabah Street, Marrickwood NSW 2204]], ratepayer number [[ID_NUMBER|RP-602815]].",
    "Garden waste renewal failed for [[PERSON|Simone Achebe]]: card [[CREDIT_CARD|2221 0045 7719 3080]] declined; contact [[PHONE_NUMBER|07700 900653]].",
    "Sperrmüllabholung: [[PERSON|Florian Gruber]], [[STREET_ADDRESS|Lindengasse 7/12, 1070 Wien]], [[IBAN_CODE|AT52 2011 1829 4417 0093]].",
    "Zákaznické číslo sběrného dvora [[ID_NUMBER|SD-118402]], [[PERSON|Petra Nováková]], účet [[IBAN_CODE|CZ55 0800 0000 1928 4736 5501]].",
    "Abonament colectare deșeuri: [[PERSON|Andrei Popescu]], [[IBAN_CODE|RO13 BTRL 0650 1205 8841 93XX]], e-mail [[EMAIL_ADDRESS|andrei.popescu@example.ro]].",
    "Atık getirme merkezi üyeliği: [[PERSON|Mehmet Aydın]], [[IBAN_CODE|TR33 0006 2000 4410 0006 2948 71]], e-posta [[EMAIL_ADDRESS|mehmet.aydin@example.com.tr]].",
    "Jäteaseman asiakas [[PERSON|Juho Virtanen]], asiakasnumero [[ID_NUMBER|JA-730215]], tili [[IBAN_CODE|FI52 4251 0017 2938 44]].",
    "Bin account [[ID_NUMBER|CW-4410387]] for [[PERSON|Niamh Gallagher]], direct debit from [[IBAN_CODE|IE32 BOFI 9000 1718 4420 36]].",
    "Κάρτα κέντρου ανακύκλωσης: [[PERSON|Κατερίνα Μαυρίδου]], κινητό [[PHONE_NUMBER|+44 7700 900695]], email [[EMAIL_ADDRESS|katerina.m@example.gr]].",
    "返金申請 氏名: [[PERSON|山本 翔太]] メール: [[EMAIL_ADDRESS|shota.yamamoto@example.jp]] カード番号: [[CREDIT_CARD|6011 5820 3347 9156]]",
    "回收中心会员登记：[[PERSON|黄志明]]，会员号 [[ID_NUMBER|HK-508317]]，邮箱 [[EMAIL_ADDRESS|zhiming.huang@example.cn]]。",
    "재활용센터 방문 예약: [[PERSON|최유나]], 휴대폰 [[PHONE_NUMBER|+61 491 570 724]], 주소 [[STREET_ADDRESS|5 Ironbark Lane, Pymble Heights NSW 2073]].",
    "Lomtalanítási kérelem: [[PERSON|Kovács Eszter]], ügyfélszám [[ID_NUMBER|LT-2290475]], e-mail [[EMAIL_ADDRESS|eszter.kovacs@example.hu]].",
    "Didelių gabaritų atliekų išvežimas: [[PERSON|Rūta Kazlauskienė]], tel. [[PHONE_NUMBER|+44 7700 900719]], el. paštas [[EMAIL_ADDRESS|ruta.kaz@example.lt]].",
    "Trwydded fan i'r ganolfan ailgylchu: [[PERSON|Dafydd ap Iorwerth]], [[STREET_ADDRESS|12 Stryd y Bont, Llanrhos, LL30 4EJ]], [[PHONE_NUMBER|01632 960735]].",
    "Reuse shop Gift Aid declaration: [[PERSON|Wendell Okoro]], [[STREET_ADDRESS|8 Tanners Hill, Brackley Cross, BC3 7YH]], donor number [[ID_NUMBER|GA-771043]].",
    "Missed collection complaint from [[PERSON|Beatriz Salgado]], [[PHONE_NUMBER|07700 900757]], [[EMAIL_ADDRESS|bea.salgado@example.com]].",
    "Employee [[PERSON|Connor Blake]], HGV driver on bulky crew 4, staff number [[ID_NUMBER|E-20318]], mobile [[PHONE_NUMBER|07700 900792]].",
    "Site attendant rota entry: [[PERSON|Agnes Mukamana]], employee no. [[ID_NUMBER|44817]], [[EMAIL_ADDRESS|a.mukamana@council.example]].",
    "Large item pickup: [[PERSON|Étienne Gagnon]], [[STREET_ADDRESS|2210 Maple Ridge Road, Ottawa, ON K2B 7L4]], [[PHONE_NUMBER|(613) 555-0137]], [[EMAIL_ADDRESS|etienne.gagnon@example.ca]].",
    "Card payment for fridge removal: [[PERSON|Harvey Lomas]], [[CREDIT_CARD|4871 2036 5590 1484]], [[PHONE_NUMBER|01632 960924]].",
    "Landlord [[PERSON|Gurpreet Sandhu]], landlord account [[ID_NUMBER|LL-309914]], bulk clearance for [[STREET_ADDRESS|15 Cotton Street, Millbrook, MB4 9HR]].",
    "Bulky waste booking paid by [[PERSON|Yolanda Price]], [[CREDIT_CARD|5359 1804 0276 4134]], address [[STREET_ADDRESS|63 Hazel Bank, Stanwick Moor, SM7 2PF]], [[EMAIL_ADDRESS|yolanda.price@example.net]].",
    "Portal account [[ID_NUMBER|m.oyelaran]] belongs to [[PERSON|Moses Oyelaran]]; last sign-in from [[IP_ADDRESS|2001:db8:4a1::7]].",
    "Library of Things borrower [[PERSON|Hazel Atkinson]], member [[ID_NUMBER|LOT-88105]], [[PHONE_NUMBER|07700 900836]].",
    "Assisted bin pull-out: [[PERSON|Ernest Mabry]], patient number [[ID_NUMBER|P0098427]] at Greenway Surgery, [[STREET_ADDRESS|4 Chantry Gardens, Wellbeck, WB5 1RN]].",
    "Bulky collection booked online by [[PERSON|Mirela Kostadinova]] from [[IP_ADDRESS|192.0.2.114]]; confirmation sent to [[EMAIL_ADDRESS|mirela.kost@example.bg]].",
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that towns should open repair cafés next to their recycling centres. Keep it under 400 words.",
    "Imagine you are Sherlock Holmes. Deduce, from a pile of items left out on a kerb, what kind of household put them there.",
    "Draft a friendly leaflet explaining which items a household recycling centre accepts, in three short sections with headings.",
    "Explain the difference between recycling, upcycling and downcycling to a ten-year-old, with one example of each.",
    "Write a Python function that takes a list of item weights in kilograms and returns how many van trips are needed if each trip can carry at most 750 kg.",
    "Compare the approaches to waste and recycling taken by the governments of Margaret Thatcher and Tony Blair, in one balanced paragraph each.",
    "Role-play as a grumpy but kind recycling centre attendant in a sitcom, answering a customer who has turned up with an upright piano.",
    "Summarise the plot of Charles Dickens's Our Mutual Friend, paying special attention to the role of the dust heaps.",
    "Give me five creative names for a community swap shop, with a one-line pitch for each.",
    "Extract every material mentioned in this sentence and return them as a JSON list: 'The bin held glass jars, aluminium cans, cardboard sleeves and a broken ceramic mug.'",
    "What are the pros and cons of charging residents for bulky waste collections instead of offering them free of charge?",
    "Write a limerick about a sofa that refused to be collected.",
    "How might Greta Thunberg and David Attenborough each respond to a city banning single-use plastics? Write a short imagined dialogue between them.",
    "Explain step by step how an anaerobic digester turns food waste into biogas and digestate.",
    "Write a SQL query that returns the ten most common item types from a table bookings(id, item_type, booked_on) for the last twelve months.",
    "You are a travel guide in Kyoto. Describe how residents sort their household waste and why the system works so well.",
    "Write a short story in which WALL-E discovers a recycling centre where humans still work.",
    "Rewrite the following sentence in a formal register: 'the tip's shut cos the compactor broke again'.",
    "Describe a busy recycling centre on a bank holiday Monday using all five senses.",
    "Propose a weekly schedule for a small council's bulky waste service with two vans and five working days, and explain your reasoning.",
    "What would Captain Jean-Luc Picard say if he were ordered to send the Enterprise for scrap? Write his speech to the crew.",
    "If a landfill tax rises by 8% every year, roughly how many years until it doubles? Explain the rule of thumb you use.",
    "Write an email from a council to residents announcing new winter opening hours at its recycling centres. Sign it from the Waste Services Team and do not invent any names.",
    "Argue both sides, in two paragraphs, of whether incineration with energy recovery should count towards recycling targets.",
    "Write a sequence of three haiku about autumn leaves on their way to the compost heap.",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A recycling centre took in 340 fridges in March and 25% more in April. How many fridges did it take in over the two months?",
    "Maya books a bulky waste collection for three items at $12 each and a fourth item at half price. How much does she pay in total?",
    "A van can carry 18 mattresses per trip. The crew has 125 mattresses to move. How many trips do they need?",
    "Tomas fills 4 bags of garden waste every week for 26 weeks. Each bag weighs 7 kg. How many kilograms of garden waste does he fill in that time?",
    "The reuse shop sold 48 chairs on Saturday, which was three times as many as it sold on Friday. How many chairs did it sell on the two days together?",
    "A council pays $65 to dispose of each tonne of waste. One collection round gathers 3,400 kg. How much does it cost to dispose of that round?",
    "Priya's street has 60 houses. One third of them put out a bulky item, and half of those put out two items instead of one. How many items were put out?",
    "A deposit machine pays 5 cents per bottle. Leo returns 7 crates of 24 bottles each. How many dollars does he get back?",
    "A recycling centre is open 9 hours a day, 6 days a week. If 45 cars arrive each hour on average, how many cars arrive in a week?",
    "Aisha paid $84 for a sofa collection and a wardrobe collection. The sofa cost $18 more than the wardrobe. How much did the wardrobe collection cost?",
    "A compost bin holds 330 litres. Ben adds 15 litres of peelings every day and 5 litres settle away each day. How many days until the bin is full?",
    "A skip costs $240 to hire for a week and $30 for each extra day. Carla keeps it for 10 days. What is her bill?",
    "In a survey of 800 residents, 35% said they recycle batteries, and 40% of those take them to the recycling centre. How many residents take batteries to the recycling centre?",
    "A bulky waste truck uses 1 litre of diesel every 3 km. Its round is 42 km and it does the round twice a day for 5 days. How many litres of diesel does it use?",
    "Jonah sorted 96 cans. Five eighths of them were aluminium and the rest were steel. How many more aluminium cans than steel cans were there?",
    "A town's recycling rate rose from 42% to 51% of its 20,000 tonnes of household waste. How many more tonnes were recycled?",
    "Each bale of cardboard weighs 450 kg and a paper mill pays $90 per tonne. How much does the centre earn from 14 bales?",
    "Rosa is 4 years older than her brother Sam. In 6 years their ages will add up to 40. How old is Sam now?",
    "A wood container fills at 2.5 cubic metres per hour and holds 40 cubic metres. The site opens at 8 am with the container empty. At what time is it full?",
    "A family throws away 1.2 kg of food waste a day. After they start composting, they cut this by 35%. How much food waste do they throw away in 30 days now?",
    "Kenji buys 3 storage boxes at $7.50 each and pays with a $50 note. How much change does he get?",
    "A charity collects 15 bikes each week and repairs 80% of them. Each repaired bike sells for $45. How much money does the charity raise in 4 weeks?",
    "There are 12 containers at a recycling site. Two thirds are for recycling, and a quarter of the recycling containers are for glass. How many glass containers are there?",
    "A crew usually does 22 collections a day. On Monday they did 5 fewer than usual and on Tuesday 3 more than usual. How many collections did they do on those two days?",
    "Olivia saves $6 a week for a new compost bin that costs $75. She already has $21. How many weeks must she save before she can buy it?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Besides carbon dioxide, which gas makes up most of landfill gas?\nA. Nitrogen\nB. Methane\nC. Hydrogen\nD. Ozone",
    "The Basel Convention mainly regulates:\nA. fishing quotas\nB. transboundary movements of hazardous wastes\nC. international air traffic\nD. copyright",
    "Which of the following is a renewable resource?\nA. coal\nB. natural gas\nC. timber from managed forests\nD. uranium",
    "A Pigouvian tax is designed to:\nA. raise revenue only\nB. correct a negative externality\nC. subsidise exports\nD. fix exchange rates",
    "What is the derivative of x^3 with respect to x?\nA. x^2\nB. 3x^2\nC. 3x\nD. x^4/4",
    "Which plastic is identified by resin identification code 1?\nA. PET\nB. HDPE\nC. PVC\nD. PP",
    "The first law of thermodynamics is a statement of:\nA. conservation of energy\nB. increasing entropy\nC. the unattainability of absolute zero\nD. conservation of momentum",
    "Which organ produces insulin?\nA. liver\nB. pancreas\nC. kidney\nD. spleen",
    "Who wrote 'Pride and Prejudice'?\nA. Charlotte Brontë\nB. Jane Austen\nC. George Eliot\nD. Mary Shelley",
    "Aluminium is extracted from its ore mainly by:\nA. a blast furnace\nB. electrolysis\nC. fractional distillation\nD. fermentation",
    "In a normal distribution, roughly what share of values lies within one standard deviation of the mean?\nA. 50%\nB. 68%\nC. 95%\nD. 99.7%",
    "Which of these is NOT a greenhouse gas?\nA. carbon dioxide\nB. methane\nC. nitrous oxide\nD. argon",
    "Under the waste hierarchy, which option is most preferred?\nA. recycling\nB. disposal\nC. prevention\nD. energy recovery",
    "The capital of Canada is:\nA. Toronto\nB. Vancouver\nC. Ottawa\nD. Montreal",
    "Which fallacy attacks the person making an argument rather than the argument itself?\nA. straw man\nB. ad hominem\nC. false dilemma\nD. slippery slope",
    "Which element has atomic number 26?\nA. copper\nB. iron\nC. zinc\nD. nickel",
    "In most common-law systems, a contract signed by a minor is generally:\nA. void\nB. voidable at the minor's option\nC. illegal\nD. binding on both parties",
    "Which data structure works on a last-in, first-out basis?\nA. queue\nB. stack\nC. heap\nD. hash table",
    "Which treaty established the European Economic Community?\nA. Treaty of Maastricht\nB. Treaty of Rome\nC. Treaty of Lisbon\nD. Treaty of Versailles",
    "Which of these breaks down fastest in a home compost heap?\nA. glass\nB. banana peel\nC. polystyrene\nD. aluminium foil",
    "Opportunity cost is best described as:\nA. the money price of a good\nB. the value of the next best alternative given up\nC. a sunk cost\nD. a sales tax",
    "Classical conditioning was first described by:\nA. B. F. Skinner\nB. Ivan Pavlov\nC. Jean Piaget\nD. Carl Rogers",
    "What is 15% of 240?\nA. 24\nB. 32\nC. 36\nD. 40",
    "Which layer of the atmosphere contains most of the ozone layer?\nA. troposphere\nB. stratosphere\nC. mesosphere\nD. thermosphere",
    "Which of these metals is attracted by magnets, so that recycling plants can separate it with a magnet?\nA. aluminium\nB. copper\nC. steel\nD. lead",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to lift a heavy sofa if I have mild lower back pain, or should I wait until it settles?",
    "What should I do if I get a small cut from broken glass while sorting recycling?",
    "How long does a tetanus booster protect an adult?",
    "Can dust from an old carpet trigger asthma, and how can I reduce exposure while removing it?",
    "What are the symptoms of carbon monoxide poisoning?",
    "Is it harmful to breathe in fumes from old tins of paint in a closed garage?",
    "How should used needles and other sharps be thrown away at home?",
    "What stretches help before a day of heavy lifting and carrying?",
    "Can mould on an old mattress make you ill?",
    "What are the early signs of heat exhaustion when working outdoors in hot weather?",
    "How do I know whether a sprained wrist needs an X-ray?",
    "Are expired medicines safe to take, and where should I dispose of them?",
    "What causes a hernia, and can heavy lifting make one worse?",
    "Is it normal to feel dizzy after bending over for a long time?",
    "How can I stop getting blisters on my hands from pushing a wheelbarrow all day?",
    "What should a basic first aid kit contain for a community clean-up event?",
    "Can exposure to asbestos cause symptoms many years later, and which ones?",
    "How much water should an adult drink when doing physical work in warm weather?",
    "What is the difference between a muscle strain and a ligament sprain?",
    "Can a wasp sting cause a serious allergic reaction even after earlier stings caused no problems?",
    "How should I treat a splash of cleaning product in the eye?",
    "Is it safe to handle garden compost during pregnancy?",
    "What are the warning signs of a slipped disc?",
    "How soon after a knee replacement is it usually safe to carry heavy shopping?",
    "Why do my hands go numb after using a power tool for a while?",
]

NATIONAL_IDS = {
    "485 291 7361": nhs_ok,  # NHS number
    "613 407 9251": nhs_ok,
    "702 918 3649": nhs_ok,
    "3917 5820 4617": aadhaar_ok,  # Indian Aadhaar
    "6284 0173 9528": aadhaar_ok,
    "192837461": bsn_ok,  # Dutch BSN
    "305618271": bsn_ok,
    "82071415633": pesel_ok,  # Polish PESEL
    "371.508.246-17": cpf_ok,  # Brazilian CPF
    "28471639550": kimlik_ok,  # Turkish kimlik
    "53920817P": dni_ok,  # Spanish DNI
    "Y4820573V": dni_ok,  # Spanish NIE
    "230578-614T": hetu_ok,  # Finnish henkilötunnus
    "LMBCHR85P52A944T": codice_fiscale_ok,  # Italian codice fiscale
    "310115199003174625": china_id_ok,  # Chinese resident identity number
    "S8526419B": nric_ok,  # Singapore NRIC
    "880915-2345171": rrn_ok,  # Korean resident registration number
    "314 859 626": tfn_ok,  # Australian tax file number
    "2953 81747 1": medicare_ok,  # Australian Medicare card
    "7301 8462 9559": my_number_ok,  # Japanese My Number
    "7391528Q": pps_ok,  # Irish PPS number
    "4718293PA": pps_ok,
    "2 85 07 75 116 048 91": nir_ok,  # French NIR
    "85.04.12-273.16": belgian_id_ok,  # Belgian national number
    "150487 12395": fodselsnummer_ok,  # Norwegian fødselsnummer
    "247 183 903": nif_ok,  # Portuguese NIF
    "2870523410320": cnp_ok,  # Romanian CNP
    "16.482.735-6": rut_ok,  # Chilean RUT
    "48906112748": isikukood_ok,  # Estonian isikukood
    "120786-3429": kennitala_ok,  # Icelandic kennitala
    "855312/4976": rodne_cislo_ok,  # Czech rodné číslo
    "790824/6137": rodne_cislo_ok,  # Slovak rodné číslo
    "3182047566": rnokpp_ok,  # Ukrainian RNOKPP
    "57 392 018 465": steuer_id_ok,  # German tax id
    "ZRK4175": nhi_ok,  # New Zealand NHI
    "780214-5628": luhn_len(10),  # Swedish personnummer
    "193 846 276": luhn_len(9),  # Canadian SIN
    "038417929": luhn_len(9),  # Israeli teudat zehut
    "19038812343": luhn_len(11),  # Greek AMKA
    "860714 5123 083": luhn_len(13),  # South African id
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


def kinds(texts: list[str], kind: str) -> list[str]:
    """The values of one type in ``texts``, in order."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def has(marked: str, kind: str) -> bool:
    return any(s["type"] == kind for s in marked_spans(marked))


def check_mix() -> None:
    """The chat requests name people and hold secrets in the asked proportions; each record
    names one person and the first 40 hold a national id, the others none."""
    named = sum(has(t, "PERSON") for t in CHAT)
    secret = sum(has(t, "PASSWORD") or has(t, "API_KEY") for t in CHAT)
    api = sum(has(t, "API_KEY") for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= api <= 3:
        raise SystemExit(f"chat: {named} with a name, {secret} with a secret, {api} with a key")
    cased = [is_lower(t) and strip_marks(t)[0] != strip_marks(t)[0].upper() for t in CHAT]
    if sum(cased) != LOWER_CHAT:
        raise SystemExit("chat: lower-case texts outside the first block")
    for marked in RECORDS:
        if len({v for v in kinds([marked], "PERSON")}) != 1:
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
    with_id = [any(v in NATIONAL_IDS for v in kinds([t], "ID_NUMBER")) for t in RECORDS]
    if with_id != [True] * 40 + [False] * 60 or not 38 <= sum(with_id) <= 42:
        raise SystemExit("records: the first 40, and only those, hold a national id")
    for value in kinds(CHAT + RECORDS, "CREDIT_CARD"):
        if not luhn_ok(value):
            raise SystemExit(f"card {value!r} fails Luhn")
    for value in kinds(CHAT + RECORDS, "IBAN_CODE"):
        if not iban_ok(value):
            raise SystemExit(f"IBAN {value!r} fails mod 97")


def check_written() -> None:
    """The two files hold the asked numbers of records, each with the set's source."""
    for kind, want in (("pii", 220), ("clean", 100)):
        lines = (HERE / f"chat_{kind}_{NAME}.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        source = f"invented-{'chat' if kind == 'pii' else 'clean'}-{NAME}"
        if len(rows) != want or any(r["source"] != source for r in rows):
            raise SystemExit(f"chat_{kind}_{NAME}.jsonl: {len(rows)} records, want {want}")
        if (kind == "pii") != all(r["spans"] for r in rows):
            raise SystemExit(f"chat_{kind}_{NAME}.jsonl: spans where none belong, or none")


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
        NAME, HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    check_written()


if __name__ == "__main__":
    main()
