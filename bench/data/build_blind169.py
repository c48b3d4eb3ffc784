# ruff: noqa: E501
"""A hundred-and-sixty-ninth blind privacy set: 220 texts with personal data and 100 clean
ones, on house moves, removal firms, self-storage units and letting agents.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the docstring, constants, national ids,
phone layouts and check functions of ``build_blind36.py`` (never its texts) and the
docstring and ``main`` of ``build_blind163.py``; never the detector, its rules, docs, tests
or the other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks
(no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 81 words) that movers, removal crews and their office staff,
  self-storage site staff and customers, letting agents, landlords and tenants would type
  to a general assistant behind a company gateway: drafting texts, e-mails, notices,
  letters and references about quotes, surveys, crew rotas, key handovers, storage unit
  and gate codes, deposits and deposit disputes, inventories, tenancy references, meter
  readings, change-of-address lists and utility accounts; summarising pasted notes, call
  logs, voicemails, threads and inventories; translating, fixing wording, splitting costs,
  asking whether a message is a scam and planning. The first 30 are typed all in lower
  case (names, e-mails, codes, postcodes and an IBAN too, with shorthand and typos), the
  next 6 in Polish, Romanian, Portuguese, Dutch, French and Arabic, the other 84 in
  ordinary English; names of many origins and scripts (Latin with diacritics, Cyrillic,
  Greek, Arabic, Devanagari, Bengali, Chinese, Japanese, Korean, Thai, Vietnamese and
  Yoruba spellings), some of them ordinary words (Sunny, Holly, Reed, Amber, Forest, Drew,
  Mark, Ivy, Precious, Joy, Cherry, Bill, Dean), many named in passing in rotas, lists,
  cost splits, sign-offs and appositives, some in instructions ("Remind Name that ...");
  1 to 8 values each, 21 with a secret (door, gate, lockbox, keypad, alarm and padlock
  codes, PINs, wifi keys, passwords, 2FA codes and 3 API keys);
* 100 one-person records (4 to 34 words): tenant, crew, storage customer and key
  registers, gate and door-controller log lines, CSV, pipe and semicolon rows, JSON
  objects, profile lines and short letters, in English and 45 other languages; each names
  one person and holds 1 to 4 other values, 40 of them a check-digit-valid national id of
  34 kinds.

Usernames, logins, customer, account (utility, council tax, storage) and licence numbers,
passports and national ids are ID_NUMBER; PINs, door, gate, lockbox, keypad, alarm and
padlock codes, wifi keys, 2FA codes and passwords are PASSWORD; titles and relation words
(Mr, Mrs, Ms, Herr, Madame, my dad, auntie, mum) and honorifics such as 様 and 님 stay
outside PERSON spans; an address span runs from the first street line through the postcode
and city as typed; public figures, fictional characters, pets, shops, removal firms, letting
agencies and other companies, unit and job numbers, order, invoice and booking references,
meter readings, amounts and dates of birth are not labelled; every occurrence of a private
value is marked. The 100 clean texts hold no personal data: 25 MT-Bench and Vicuna-style
prompts (a few name historical or fictional people), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D and 25 health questions
naming no one, most of them about moving, storage and renting.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0 and
the other 496 area ranges, 029 2018 0, 01632 960; North America 555-01xx; Australia 0491
570; France 06 39 98; Germany 030 23125 and 040 66969) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; the SSN with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind169.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Madame|Mme|Monsieur|Sra|Señora|Pani|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests in the topic's world.
CHAT = [
    # 1-30: typed all in lower case.
    "can u write a quick text to [[PERSON|priya raman]] saying the van is booked for sat 8am and the crew lead is [[PERSON|dariusz]], his number is [[PHONE_NUMBER|07700 900214]]",
    "summarise pls - rang mrs [[PERSON|adaeze okafor]] re deposit, she says the carpet stain was there at check in, wants the inventory photos. her email [[EMAIL_ADDRESS|adaeze.okafor@example.com]]. landlord [[PERSON|geoff pilling]] says no way. deadline fri",
    "whats a polite way to tell [[PERSON|sunny]] the gate code at the storage place changed to [[PASSWORD|4417#]] without sounding like its her fault",
    "split this 3 ways: van £180, fuel £42, pizza for the crew £36. me, [[PERSON|holly]] and [[PERSON|tomasz wiśniewski]]",
    "new tenant [[PERSON|jun-ho park]] moving in on the 14th, draft a welcome msg: wifi password is [[PASSWORD|greenhouse_77]] (network flat4-hub), bins go out tues, meter readings on move in day pls",
    "turn this into a table: mon - [[PERSON|kwame]], [[PERSON|bogdan]] / tue - [[PERSON|reed]], [[PERSON|kwame]] / wed off / thu - [[PERSON|bogdan]], [[PERSON|lina]], [[PERSON|reed]] / fri - all 4 on the big job in harrogate",
    "fix my grammar: hi mr [[PERSON|delacroix]], i am writting to confirm that the keys for [[STREET_ADDRESS|27 albion street, brighton bn2 9ne]] will be handed over at 10 tomorow at our office. the keysafe code is [[PASSWORD|3108]] incase your late. regards [[PERSON|shona]]",
    "can you write a change of address list for me, new place is [[STREET_ADDRESS|12 wren close, norwich nr4 7tg]]. need to tell bank, dvla, gp, dentist, council tax, octopus (acc [[ID_NUMBER|a-7f3k29xq]]), anglian water",
    "remind [[PERSON|amber]] that the final meter reading is due before she hands the keys back, gas was 04512 and elec 18877 at move in",
    "our quote form is broken, the log says auth failed with key [[API_KEY|sk_live_51hq8rtz0pk3vw7ynd2m4cxe]] - is that the right format for stripe? the dev who set it up was [[PERSON|olamide adeyemi]] but hes left",
    "translate to polish for the crew: tomorrow [[PERSON|jakub]] drives the 7.5 tonner, [[PERSON|piotr]] and [[PERSON|marek]] on the luton. meet at the yard 6:30 sharp",
    "email to tenant [[PERSON|chloé marchand]] about check out: inventory clerk is [[PERSON|basia nowak]] ([[PHONE_NUMBER|0113 496 0742]]), arriving 11am, pls leave all keys on the kitchen counter",
    "write a reference for my tenant [[PERSON|dmitri volkov]], rented from me 3 yrs, always paid on time, left [[STREET_ADDRESS|9 copper beech lane, york yo24 1ds]] in good nick",
    "my storage unit login isnt working, username [[ID_NUMBER|nadia.k.store]] pass [[PASSWORD|bluebox!2291]], its under my partners name [[PERSON|nadia khoury]]. how do i reset it or who do i ring",
    "quick msg to landlord [[PERSON|barry whitlock]]: boiler still broken day 5, no hot water, engineer never came. pls sort or ill contact the council",
    "[[PERSON|forest]] and [[PERSON|ngozi]] are doing the pack on wed, can u make a checklist for the fragile stuff (glass cabinet, 2 mirrors, the big lamp)",
    "tenant wants the deposit back to [[IBAN_CODE|gb97midl40271538469201]] name [[PERSON|eilidh mcrae]], write a note for accounts to process £975 minus £120 cleaning",
    "wat does holding deposit actually mean, the agent [[PERSON|kasia]] says i lose it if i pull out",
    "draft a whatsapp to my mum [[PERSON|सुनीता शर्मा]] in simple english: movers come 9am, she needs to be out of the flat by 8, spare keys go to [[PERSON|gurpreet]] next door",
    "crew sheet: [[PERSON|ade]] [[PHONE_NUMBER|07700 900318]], [[PERSON|wojtek]] [[PHONE_NUMBER|07700 900319]], [[PERSON|drew]] [[PHONE_NUMBER|07700 900325]]. make it a whatsapp broadcast saying tomoz job is cancelled, customer postponed",
    "the storage portal sent me code [[PASSWORD|482 913]] - is it safe to read it out to the guy on the phone who says hes from the facility??",
    "ppl to tell about the new address: auntie [[PERSON|bisi]], [[PERSON|tunde]], [[PERSON|mo farouk]], [[PERSON|jess]], my manager [[PERSON|leanne]] ([[EMAIL_ADDRESS|leanne.birch@example.co.uk]]). new place is [[STREET_ADDRESS|flat 7, 3 dock street, hull hu1 3dl]]. write a short group text",
    "how much should a 2 bed move from [[STREET_ADDRESS|44 kings road, reading rg1 3ap]] to swindon cost? [[PERSON|steve]] at coldharbour removals quoted £1,450 which seems steep",
    "letting agent [[PERSON|imogen]] wants my guarantors details, its my dad [[PERSON|colm o'sullivan]], [[EMAIL_ADDRESS|colm.osullivan@example.ie]], [[PHONE_NUMBER|+353 87 555 0142]]. is it normal they want his payslips too",
    "new cleaner [[PERSON|rosa]] starts at the show flat monday, lockbox is [[PASSWORD|0619]] and the alarm is [[PASSWORD|7734]], write her a short welcome text",
    "tidy up my notes: viewing 3pm w/ [[PERSON|yusuf demir]] & partner, asked re pets (1 cat), parking, when avail. ref check via [[PERSON|liam]] at the referencing co",
    "what do i put on the council tax change of address form, old address [[STREET_ADDRESS|88b holloway road, london n7 8jg]], account no [[ID_NUMBER|60418827]], moving out 31st",
    "make a sign for the storage office counter saying ask [[PERSON|mei ling]] or [[PERSON|oskar]] for boxes, tape and padlocks, card only",
    "my flatmate [[PERSON|thabo]] owes £212 for the final gas bill + £60 for the skip. write a nice but firm msg, his paypal is [[EMAIL_ADDRESS|thabo.n@example.com]]",
    "help me word a msg to [[PERSON|ilse]] - she left 6 boxes in unit 14 after her lease ended, we'll hold them 14 days then they go to charity",
    # 31-36: Polish, Romanian, Portuguese, Dutch, French, Arabic.
    "Napisz krótki SMS do [[PERSON|Agnieszki Zielińskiej]]: ekipa przyjedzie w sobotę o 7:00, kierowcą jest [[PERSON|Paweł]] (tel. [[PHONE_NUMBER|+44 7700 900461]]). Kod do bramy magazynu to [[PASSWORD|7193*]].",
    "Te rog traduce în engleză: „Bună ziua, sunt [[PERSON|Ioana Mureșan]], chiriașa de la [[STREET_ADDRESS|Flat 5, 19 Cavendish Road, Bristol BS7 8QT]]. Vreau garanția înapoi, am lăsat apartamentul curat și am predat cheile agentului.”",
    "Pode me ajudar a dividir as contas da casa? Luz £64, gás £51, internet £30, TV £11. Moradores: [[PERSON|Thiago]], [[PERSON|Larissa Costa]], [[PERSON|João Pedro]] e eu. O [[PERSON|Thiago]] só ficou metade do mês.",
    "Kun je een nette e-mail schrijven aan de verhuurder, [[PERSON|Joost van Dijk]] ([[EMAIL_ADDRESS|j.vandijk@example.nl]]), over de borg? Hij houdt €400 in voor schilderwerk, maar de muren waren al zo bij de inspectie bij intrek.",
    "Peux-tu résumer ce message pour l'équipe ? [[PERSON|Mathilde Girard]] déménage le 3 mai, garde-meubles box 112, code du cadenas [[PASSWORD|5162]], contact [[PHONE_NUMBER|06 39 98 41 27]].",
    "اكتب رسالة قصيرة إلى [[PERSON|خالد العمري]] لإبلاغه أن شاحنة النقل ستصل يوم الخميس الساعة التاسعة صباحاً، ورقم السائق [[PHONE_NUMBER|07700 900532]].",
    # 37-120: ordinary English.
    "Please draft a friendly email to [[PERSON|Grace Mensah]] confirming that our surveyor, [[PERSON|Callum Fraser]], will visit [[STREET_ADDRESS|16 Larch Avenue, Cheltenham GL51 3RW]] on Tuesday between 10 and 12 to estimate the volume for her move to Bath.",
    "Email [[PERSON|Wren Achterberg]] the inventory.",
    "Make this crew rota readable for the office wall:\nMon 12: [[PERSON|Gaz]], [[PERSON|Precious]], [[PERSON|Ilie]] – Chorlton to Sale (3 bed)\nTue 13: [[PERSON|Gaz]], [[PERSON|Stan]] – storage collection, unit C14\nWed 14: [[PERSON|Precious]], [[PERSON|Ilie]], [[PERSON|Hamza]] – piano job, Didsbury\nThu 15: everyone – office move, Salford Quays",
    "Turn these key handover notes into a tidy log: 9:10 keys (2 front, 1 back, 1 fob) given to [[PERSON|Aleksandra Petrović]]; 9:40 [[PERSON|Ben Adeyemi-Clarke]] returned 1 front key for Flat 3; 11:00 locksmith [[PERSON|Hugh]] collected the spare set and signed.",
    "Summarise this thread in five bullet points for my manager:\nFrom: [[PERSON|Lucy Tran]] – The oven was filthy and there's a burn on the worktop, I'm claiming £240.\nFrom: [[PERSON|Daniel Kovács]] – The burn was noted in the check-in inventory (page 7, photo 31). Oven I accept, £60 max.\nFrom: [[PERSON|Lucy Tran]] – The photo shows a different mark. I'll send it to the adjudicator.\nFrom: [[PERSON|Daniel Kovács]] – Fine. My forwarding address is [[STREET_ADDRESS|5 Mill Lane, Kendal LA9 4PL]].",
    "Write a text to our new storage customer [[PERSON|Ayşe Kaya]]: her unit is D27 on the first floor, the keypad code for the lift and the yard gate is [[PASSWORD|918264]], and her padlock combination is printed on her receipt. Office hours are 8 to 6.",
    "Is this legit? An email signed '[[PERSON|Martin Olderman]], Lettings Manager' asks me to pay a holding deposit of £450 into [[IBAN_CODE|GB05BARC20318574629103]] before I've even seen the flat. The listing photos look like a hotel room.",
    "Our booking widget calls the removals quote API with the header X-Api-Key: [[API_KEY|rq_prod_7Hf2kL9xQw3Zt8Vb1NmC4dYs]]. It has returned 401 since Monday. What should I check first? (I'll rotate the key afterwards.)",
    "Help me split our moving costs fairly: van hire £165 ([[PERSON|Jade]] paid), boxes and tape £48 ([[PERSON|Ollie]] paid), takeaway £39 (I paid). [[PERSON|Jade]] and [[PERSON|Ollie]] only moved half their stuff, I moved everything.",
    "Remind [[PERSON|Bill Hargreaves]] that his storage invoice is overdue and that the facility will overlock unit A09 on the 30th unless he pays or calls us.",
    "Write a short email to the energy supplier giving the final readings for my old flat: electricity 23418, gas 07765, read on 28 March. Account holder [[PERSON|Fatima Zahra Benali]], account [[ID_NUMBER|8820 4417 3015]], new address [[STREET_ADDRESS|2 Orchard Mews, Oxford OX4 1GB]].",
    "Translate into Spanish for our tenant: 'Hi [[PERSON|Mariana]], the plumber, [[PERSON|Des]], will come on Thursday at 9. If you're out, he'll take the key from the key safe (code [[PASSWORD|2671]]).'",
    "Can you write a polite welcome note in English for our new tenants [[PERSON|佐藤 健]] and [[PERSON|佐藤 由美]]? They arrive from Osaka on the 9th and the agent meeting them at the flat is [[PERSON|Harriet Lowe]].",
    "Please fix the English in this message from my tenant [[PERSON|김민지]]: 'Hello I am move out on 30 June, please you check the flat and return deposit to my account.' Then write a kind reply from me, [[PERSON|Trevor]].",
    "Here's an extract from a check-in inventory. Summarise what the tenant should photograph on move-in day:\nProperty: [[STREET_ADDRESS|31 Beaconsfield Terrace, Cardiff CF24 3HN]]. Tenant: [[PERSON|Owain Pritchard]]. Clerk: [[PERSON|Sabine Hofer]].\nLounge: beige carpet, light wear by door; two curtain poles, one bent; landlord's sofa, small tear on left arm.\nKitchen: hob clean, oven light not working, extractor filter greasy; 4 chairs, 1 wobbly.\nBathroom: sealant mouldy around bath; mirror chipped bottom right.\nBedroom: wardrobe door sticks; mattress protector supplied.",
    "Make a welcome card for the holiday let changeover: WiFi network Harbour View, password [[PASSWORD|Gull$Rock-829]]; bins on Thursday; emergency contact [[PERSON|Morwenna Trelawny]], [[PHONE_NUMBER|01632 960418]].",
    "Write a tenancy reference request to the previous landlord of [[PERSON|Νίκος Παπαδόπουλος]], [[PERSON|Eleni Georgiou]] ([[EMAIL_ADDRESS|e.georgiou@example.gr]]), asking about rent payments, the condition of the flat and whether she would rent to him again.",
    "Who's on which van Saturday? Big van: [[PERSON|Mark]], [[PERSON|Ivy]], [[PERSON|Sonny]]. Small van: [[PERSON|Skye]], [[PERSON|Clay]]. Storage run: [[PERSON|Dale]] on his own. Put it in a neat table with start times 7:00, 7:30 and 9:00.",
    "Summarise this voicemail: 'Hiya, it's [[PERSON|Sharon Dempsey]] from flat 9, I've lost my keys and I'm locked out, the agent's office is shut, can someone ring me back on [[PHONE_NUMBER|07700 900683]], ta.'",
    "Write a notice for the block's noticeboard: removals for Flat 12 on Friday from 8am to 2pm, the lift will be reserved, questions to the porter, [[PERSON|Ibrahim]], on [[PHONE_NUMBER|020 7946 0381]].",
    "I've moved. Write a short email I can send to my bank, pension provider and GP. Name: [[PERSON|Margaret Ashworth-Lee]]. Old address: [[STREET_ADDRESS|7 Hazel Grove, Stockport SK7 4AE]]. New: [[STREET_ADDRESS|Apartment 14, Riverside Court, 50 Quay Street, Chester CH1 2LR]]. Moved on 1 June.",
    "My dad, [[PERSON|Raymond Tse]], gave me his storage account PIN [[PASSWORD|5508]] so I can collect his boxes. Write a short authorisation letter from him to the storage company naming me, [[PERSON|Clara Tse]], as allowed to access unit 4B.",
    "Translate this into Vietnamese for my tenant [[PERSON|Nguyễn Thị Lan]]: 'Your tenancy renews on 1 September. The rent will stay the same. Please tell me if you plan to leave.' Sign it from [[PERSON|Paul]].",
    "Write a short thank-you note for [[PERSON|สมชาย ใจดี]] (we call him [[PERSON|Somchai]]), who worked three weekends of overtime on the warehouse move.",
    "Our storage customer [[PERSON|陈伟]] wants his contract explained in plain English. Key points: 3-month minimum, 28 days' notice, insurance required, no food or flammables. Draft an email to [[EMAIL_ADDRESS|chenwei88@example.cn]].",
    "Write a message to my landlord, [[PERSON|রহিম উদ্দিন]], asking him to fix the damp in the back bedroom before winter. I'm [[PERSON|Tasnim Akter]] in flat 3.",
    "Help me write a housewarming invitation for [[PERSON|Adébáyọ̀ Ògúnlẹ̀sí]], [[PERSON|Fúnmiláyọ̀]] and [[PERSON|Kẹ́hìndé]]. The new address is [[STREET_ADDRESS|23 Maple Rise, Milton Keynes MK10 9FP]], Saturday from 4.",
    "[[PERSON|Олег Ткаченко]] is joining the crew next week. Draft an onboarding checklist and a welcome text; his phone is [[PHONE_NUMBER|07700 900744]].",
    "Write a message to our new lettings admin, [[PERSON|Poppy Marsh]], explaining how to lock up the branch and set the alarm. Don't put any codes in it; I'll tell her those in person.",
    "Write a firm letter to my old letting agent, [[PERSON|Kieran Walsh]] at Brookfield Lettings, disputing £380 of deductions from my deposit. I have the check-out report and dated photos. The tenancy at [[STREET_ADDRESS|19 Stanley Street, Liverpool L7 0JW]] ended on 14 February.",
    "Summarise today's calls for the handover sheet:\n- 09:12 [[PERSON|Tamsin Rhodes]], storage, wants to downsize from 100 to 50 sq ft\n- 10:30 [[PERSON|Víctor Salgado]], quote for a 1-bed to Leeds, call back on [[PHONE_NUMBER|07700 900811]]\n- 13:05 Mrs [[PERSON|Oyelaran]], complaint about a scratched dresser, job 55812\n- 15:40 [[PERSON|Hiroshi Tanaka]], key collection Friday",
    "Text [[PERSON|Jamal]]: van's outside.",
    "We're moving from Glasgow to Aberdeen with two kids and a dog. Make a 4-week plan. My partner [[PERSON|Eilish]] handles the utilities and the school transfer; I handle the removals firm and the storage unit.",
    "Draft a reply to the referencing company confirming employment for our tenant applicant [[PERSON|Rhys Morgan-Evans]]: permanent, full-time, salary £34,500, started in 2019. Sign it off as [[PERSON|Deborah Kline]], HR, [[PHONE_NUMBER|029 2018 0664]].",
    "I'm writing a little script that texts tenants their rent reminders. Is this setup right? The auth token is [[API_KEY|9e2f7c41ab08d35e6f19c2a7b40d8e53]] and the first test number is my colleague [[PERSON|Gemma]]'s, [[PHONE_NUMBER|+44 7700 900902]].",
    "Turn this into a checklist with owners: [[PERSON|Jade]] – book the van; [[PERSON|Marco]] – cancel broadband; [[PERSON|Priti]] – redirect post; [[PERSON|Sam]] – meter readings on the day; me – deep clean. Everything due before 20 July.",
    "Write a 24-hour notice of inspection to the tenants at [[STREET_ADDRESS|Flat 1, 8 Ravenscroft Road, Sheffield S11 8YT]], Mr [[PERSON|Samir Haddad]] and Mrs [[PERSON|Layla Haddad]], for Wednesday at 2pm; the inspector will be [[PERSON|Noor]].",
    "The self-storage night gate code leaked on a local Facebook group. Draft a message to all customers saying the old code no longer works and the new one, [[PASSWORD|66031]], works from midnight. Sign it [[PERSON|Krzysztof]], site manager.",
    "Make this sound more professional: 'Oi [[PERSON|Dean]], your lot scratched the banister and chipped the skirting. Want it sorted or money off.' [[PERSON|Dean]] is the foreman at the removals firm and I'm [[PERSON|Alison Reid]].",
    "Summarise this family group chat about the move:\n[08:01] Mum: Van's late\n[08:03] [[PERSON|Kofi]]: Traffic on the M6, 20 mins\n[08:15] [[PERSON|Abena]]: I've got the keys from the agent\n[08:16] [[PERSON|Kofi]]: Nice one sis\n[08:40] Mum: Fridge doesn't fit through the door!!",
    "Write a polite chaser to [[PERSON|Tariq Ahmed]] at the council: my council tax account [[ID_NUMBER|CT-4471930]] still shows my old address six weeks after I told them I'd moved.",
    "Here's my utilities list for the new house. Put it in a table with columns supplier, account number, status:\nGas and electric – [[ID_NUMBER|850 016 2294]] – transferred\nWater – [[ID_NUMBER|7713 0482 11]] – need final bill\nBroadband – [[ID_NUMBER|41937762]] – cancelled\nAccount holder for all: [[PERSON|Ewan Gallagher]]",
    "Got a text: 'Your removal booking with MoveMate is on hold, pay a £49 release fee at movemate-pay.com'. I booked with a different firm and the crew lead was [[PERSON|Kasim]]. Scam?",
    "Split £640 in tips fairly by hours worked: [[PERSON|Lorenzo]] 9h, [[PERSON|Beatriz]] 7h, [[PERSON|Ciaran]] 9h, [[PERSON|Sione]] 5h.",
    "Write an email to our landlord, [[PERSON|Gillian Sauer]], saying we've left both sets of keys with the concierge, [[PERSON|Rashid]], together with the fob for the bike store, and that we'd like the check-out done while we're there on Saturday.",
    "Convert to a table for the office: Unit A03 – [[PERSON|Phạm Đức Anh]] – code [[PASSWORD|1142]]; Unit A04 – empty; Unit B11 – [[PERSON|Lerato Dube]] – code [[PASSWORD|8830]]; Unit B12 – [[PERSON|Henrik Olsen]] – code [[PASSWORD|2057]].",
    "Our tenant [[PERSON|فاطمة الزهراء]] has asked for the inventory in Arabic. Can you translate the first section: 'Hallway: walls magnolia, scuff near the door, smoke alarm tested and working.'",
    "Tell [[PERSON|Nadia Rahman]] her storage contract ends on 31 August and ask whether she wants to extend; she's on [[PHONE_NUMBER|07700 900157]].",
    "Write a short reference for [[PERSON|Jonah Whitcombe]], who worked two years as a porter for us. Reliable, great with customers, holds a clean driving licence.",
    "The letting portal says 'Enter the 6-digit code we sent to [[PERSON|Anjali]]'s phone'. [[PERSON|Anjali]] (my boss, [[PERSON|Anjali Menon]]) read it out to me: [[PASSWORD|730 418]]. Now it says expired. What do I do?",
    "Plan the Saturday office relocation. People: [[PERSON|Harriet]] (facilities), [[PERSON|Osagie]] (IT), [[PERSON|Mirela]] and [[PERSON|Tobias]] (packing), [[PERSON|Bartek]] and [[PERSON|Joao]] (drivers), [[PERSON|Keisha]] (reception). IT kit leaves at 7, furniture at 9, files at 11. The new building's loading bay is booked 8 to 12 only, and the lift is shared with a dentist. [[PERSON|Harriet]] holds the keys; [[PERSON|Osagie]] needs the comms room open by 10. Give each person a timed list, flag the risks and write a two-line message I can send everyone tonight.",
    "Draft a thank-you card from the whole depot for [[PERSON|Sanjay Patel]], who retires after 31 years of driving removal lorries.",
    "The supplier says my opening reading was 41220 but my photo from move-in day shows 40122. Write a complaint. Name [[PERSON|Stefan Lindqvist]], account [[ID_NUMBER|ELX-00938214]], supply address [[STREET_ADDRESS|11 Wharf Street, Lancaster LA1 1RS]].",
    "Please write a rent receipt for [[PERSON|अर्जुन मेहता]] ([[PERSON|Arjun Mehta]]) for £1,050, June rent, [[STREET_ADDRESS|Flat 6, 22 Lime Street, Leicester LE1 5QF]].",
    "I share the utility logins with my housemates. Suggest a safer way than this note on the fridge: energy login [[EMAIL_ADDRESS|house22.bills@example.com]] / [[PASSWORD|Kettle#Mango41]]; water login [[ID_NUMBER|h22water]] / [[PASSWORD|RainyDay_2019]]. Housemates: [[PERSON|Zainab]], [[PERSON|Cormac]], [[PERSON|Lars]].",
    "Write an apology to Mrs [[PERSON|Patience Boateng]] from our removals team: we broke her hall mirror and will pay for it through our insurance. Sign it from [[PERSON|Howard]], operations.",
    "Improve this room ad: 'Double room in friendly house, £620 incl bills, no smokers. Ask for [[PERSON|Ruby]], [[PHONE_NUMBER|07700 900226]] or [[EMAIL_ADDRESS|ruby.fenwick@example.com]].'",
    "Add to my calendar: 14 Oct 10am key collection with [[PERSON|Inês Carvalho]], agent; 15 Oct broadband install; 16 Oct storage unit move-out with [[PERSON|Tobi]].",
    "Translate into Turkish: 'Dear [[PERSON|Mehmet]], your flat inspection is on Monday. Please make sure the smoke alarms are working.' [[PERSON|Mehmet Yıldız]] is our tenant.",
    "Check whether [[PERSON|Cherry Oduya]] is on the van insurance before Friday.",
    "Put these deposit dispute events in a timeline: tenant [[PERSON|Agata Lis]] moved out 2 Jan; check-out by the clerk, [[PERSON|Siân Pugh]], 3 Jan; landlord proposed £310 of deductions 10 Jan; [[PERSON|Agata]] rejected them 12 Jan; dispute raised with the scheme 20 Jan.",
    "Our van tracker login is [[ID_NUMBER|fleet.ops3]] with password [[PASSWORD|Luton!Van77]]. Write instructions for [[PERSON|Marcus]] on checking where the crews are, but tell him to ask me for the password.",
    "Write an email to [[PERSON|Conceição Ferreira]] confirming we've received her £200 storage deposit and that her first month is free.",
    "Let [[PERSON|Wiremu]] know the container from Auckland lands on the 19th and customs need his passport number, [[ID_NUMBER|LA4829175]], by Monday.",
    "Welcome message for our new tenants [[PERSON|Joy]] and [[PERSON|Felix Amankwah]] at [[STREET_ADDRESS|4 Cedar Walk, Nottingham NG7 2JQ]]: bins, heating, where the stopcock is, and a reminder to test the smoke alarm monthly.",
    "I'm the agent. The lockbox at [[STREET_ADDRESS|17 Primrose Hill Gardens]] has code [[PASSWORD|8426]]. Write a text for the contractor, [[PERSON|Leon]], telling him to put the keys back and scramble the dial afterwards.",
    "Split the final electricity bill of £188 for 90 days between four of us who moved out on different days: [[PERSON|Hana]] left on day 60, [[PERSON|Olu]] day 90, [[PERSON|Beth]] day 90, [[PERSON|Tadeusz]] day 45.",
    "Write an email cancelling my storage unit. Customer number [[ID_NUMBER|SS-208834]], name [[PERSON|Graham Ellery]], unit G16. I'll have it empty by Sunday.",
    "Make a bilingual sign in English and Chinese for the lobby: 'Removal on Saturday. Lift reserved 8–12. Questions to the building manager, [[PERSON|Daisy Huang]], [[PHONE_NUMBER|0161 496 0219]].'",
    "Write a short note to the crew: the customer, [[PERSON|Seo-yeon Choi]], wants the piano in the back bedroom, not the lounge.",
    "My landlord, [[PERSON|Alistair Grieve]], kept my whole £1,200 deposit and never protected it. I live in Scotland. What are my options, and can you draft a letter to him at [[STREET_ADDRESS|3 Bruntsfield Place, Edinburgh EH10 4HN]]?",
    "Write a handover note for the weekend manager, [[PERSON|Precious Moyo]], listing the opening, lock-up and alarm steps for the storage site, and who to call if the gate jams.",
    "Write the weekend key-holder rota: Sat – [[PERSON|Efe]]; Sun – [[PERSON|Rory]]; bank holiday Mon – [[PERSON|Efe]] again. Remind them the alarm code changed last week.",
    "Write a tenant reference request to Ms [[PERSON|Julia Brandt]], HR at the applicant's employer, [[EMAIL_ADDRESS|julia.brandt@example.de]], for our applicant [[PERSON|Lukas Meier]].",
    "Summarise: survey at [[STREET_ADDRESS|5 Birch Close, Ely CB7 4UX]] for Mr [[PERSON|Harold Pickering]]. 4 bed, loft full, piano, 2 wardrobes need dismantling. Wants the packing service. Prefers 2nd week of Sept. Son [[PERSON|Gareth]] is the contact: [[PHONE_NUMBER|07700 900963]].",
    "Refund the £150 storage deposit to [[PERSON|Karolina Nowicka]], [[IBAN_CODE|PL42 1140 2004 0000 3402 8195 7362]]; write the note for finance.",
    "A customer read me her card over the phone for the removal deposit: [[CREDIT_CARD|4532 8710 4962 3856]], name [[PERSON|Evelyn Marsh-Tate]]. Write a policy note to staff about never writing card numbers down.",
    "Draft an SMS to [[PERSON|Haruto]] reminding him the meter reader comes between 8 and 1 on Wednesday.",
    "Someone calling himself [[PERSON|Gavin Price]] from 'Storage Auctions UK' says my late mum's unit will be auctioned unless I pay £890 by card today. Her storage account was [[ID_NUMBER|KS-77104]]. Is this how auctions work?",
    "Write a move-day timeline for [[PERSON|Bronwen]] and me: 7:30 crew arrive, 12:00 leave the old house, 14:00 collect keys from [[PERSON|Cai]] at the agent's, 15:00 unload.",
    "The letting agent wants ID. Is it safe to email my passport number, [[ID_NUMBER|552817394]], to the negotiator, [[PERSON|Ana Dobre]], at [[EMAIL_ADDRESS|ana.dobre@example.co.uk]]?",
    "Write a note to [[PERSON|Стоян Петров]] that his crate is ready for collection at bay 3 from Tuesday.",
    "The referencing form from the letting agent asks for my National Insurance number and my previous landlord's details. Is that normal? I'd be giving them [[ID_NUMBER|JT 48 21 93 B]] and [[PERSON|Rosalind Achebe-Strong]], [[PHONE_NUMBER|0117 496 0372]].",
    "Chase [[PERSON|Moira]]'s reference.",
]

# 100 one-person records; the first 40 hold a national id.
RECORDS = [
    "Supported lettings intake: name [[PERSON|Oliver Bamford]]; NHS no. [[ID_NUMBER|943 817 2653]]; mobile [[PHONE_NUMBER|07700 900412]]; move date 12/04.",
    "Council referral for an assisted move: Mrs [[PERSON|Edith Crane]], NHS number [[ID_NUMBER|721 604 9381]], current address [[STREET_ADDRESS|14 Salter Row, Wakefield WF1 2QP]], needs ground-floor flat.",
    "किरायेदार: [[PERSON|राहुल वर्मा]] | आधार: [[ID_NUMBER|7385 2916 0476]] | मोबाइल: [[PHONE_NUMBER|+91 98200 47153]] | किराया जमा: ₹30,000",
    '{"tenant": "[[PERSON|Meera Iyer]]", "aadhaar": "[[ID_NUMBER|6239 1850 7367]]", "email": "[[EMAIL_ADDRESS|meera.iyer@example.in]]", "lease_months": 11}',
    "Huurder: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|293847162]], IBAN [[IBAN_CODE|NL82 RABO 0318 4729 56]], verhuisdatum 1 maart.",
    "Najemca: [[PERSON|Katarzyna Wójcik]]; PESEL [[ID_NUMBER|85072314864]]; tel. [[PHONE_NUMBER|+48 512 408 377]]; adres: [[STREET_ADDRESS|ul. Ogrodowa 12 m. 4, 61-821 Poznań]]",
    "Pracownik ekipy przeprowadzkowej: [[PERSON|Grzegorz Lewandowski]], PESEL [[ID_NUMBER|92031157327]], prawo jazdy kat. C, zmiana poranna.",
    "Inquilino: [[PERSON|Rafael Nogueira]] — CPF [[ID_NUMBER|639.418.207-96]] — e-mail [[EMAIL_ADDRESS|rafael.nogueira@example.com.br]] — caução paga em 02/05.",
    "Kiracı: [[PERSON|Elif Şahin]], T.C. Kimlik No: [[ID_NUMBER|38294715638]], telefon: [[PHONE_NUMBER|+90 532 418 27 63]], depozito iki kira.",
    "Inquilina: [[PERSON|Lucía Herrera Molina]] · DNI [[ID_NUMBER|71846209M]] · [[STREET_ADDRESS|Calle del Pez 18, 3º B, 28004 Madrid]] · fianza de dos meses",
    "Trabajador de mudanzas: [[PERSON|Andrei Popa]], NIE [[ID_NUMBER|Y4728163K]], turno de mañana, móvil [[PHONE_NUMBER|+34 612 483 907]].",
    "Vuokralainen: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|140389-627M]], sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.fi]], muuttopäivä 1.6.",
    "Inquilina: [[PERSON|Giulia Martinelli]] – codice fiscale [[ID_NUMBER|MRTGLI88C51L219M]] – [[STREET_ADDRESS|Via Po 27, 10124 Torino]] – contratto 4+4",
    "Deposito cauzionale – [[PERSON|Marco Rossi]], CF [[ID_NUMBER|RSSMRC79T02F839X]], IBAN per la restituzione [[IBAN_CODE|IT35 X030 6909 6061 0000 0418 273]]",
    "租客： [[PERSON|刘洋]] | 身份证号： [[ID_NUMBER|320106198709142933]] | 手机： [[PHONE_NUMBER|+86 139 1074 2286]] | 押金 两个月",
    "仓储客户 [[PERSON|王静]] ，身份证 [[ID_NUMBER|51010819930227614X]] ，储物间 B-12 ，门禁密码 [[PASSWORD|730265]]",
    "Relocation client: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S7821934C]], mobile [[PHONE_NUMBER|+65 9182 4407]], shipment to Perth.",
    "세입자: [[PERSON|이서준]] / 주민등록번호: [[ID_NUMBER|880415-2019375]] / 연락처: [[PHONE_NUMBER|010-4827-1956]] / 보증금 1,000만원",
    "Removalist payroll: [[PERSON|Jack Nguyen]], TFN [[ID_NUMBER|384 172 956]], casual, super details on file.",
    "Tenant application – [[PERSON|Chloe Barker]], Medicare [[ID_NUMBER|4281 63754 1]], phone [[PHONE_NUMBER|0491 570 118]], pets: none.",
    "入居者： [[PERSON|山田 花子]] 様 、マイナンバー： [[ID_NUMBER|3827 1946 5013]] 、電話： [[PHONE_NUMBER|090-3418-2756]]",
    "Tionónta: [[PERSON|Siobhán Ní Bhriain]]; Uimhir PPS: [[ID_NUMBER|8264173D]]; ríomhphost: [[EMAIL_ADDRESS|siobhan.nibhriain@example.ie]]",
    "Locataire : [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 87 06 75 123 418 76]], tél. [[PHONE_NUMBER|06 39 98 17 52]], entrée dans les lieux le 1er juillet.",
    "Huurder: [[PERSON|Pieter Claes]], rijksregisternummer [[ID_NUMBER|85.03.14-271.48]], e-mail [[EMAIL_ADDRESS|pieter.claes@example.be]]",
    "Leietaker: [[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|12038940064]], telefon [[PHONE_NUMBER|+47 412 58 903]], depositum tre måneder.",
    "Arrendatário: [[PERSON|Tiago Mendes Rocha]], NIF [[ID_NUMBER|248175394]], morada [[STREET_ADDRESS|Rua das Flores 45, 2.º Esq., 4050-265 Porto]]",
    "Chiriaș: [[PERSON|Elena Dumitrescu]], CNP [[ID_NUMBER|2860412401878]], telefon [[PHONE_NUMBER|+40 722 418 936]], garanție o lună.",
    "Arrendatario: [[PERSON|Matías Fuentes Soto]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|matias.fuentes@example.cl]]",
    "Üürnik: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49006174214]], telefon [[PHONE_NUMBER|+372 5123 4876]], üür tasutud.",
    "Leigjandi: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|140388-2979]], netfang [[EMAIL_ADDRESS|gudrun.s@example.is]]",
    "Nájemce: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|855214/1004]], e-mail [[EMAIL_ADDRESS|tereza.novotna@example.cz]], kauce 2 nájmy.",
    "Орендар: [[PERSON|Ірина Коваленко]], РНОКПП [[ID_NUMBER|3184629578]], тел. [[PHONE_NUMBER|+380 67 418 2935]]",
    "Umzugshelfer: [[PERSON|Jonas Becker]], Steuer-ID [[ID_NUMBER|47 382 910 564]], Tel. [[PHONE_NUMBER|030 23125 418]], Minijob.",
    "Relocation health form: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|JBT7196]], mobile [[PHONE_NUMBER|+64 21 555 0148]]",
    "Hyresgäst: [[PERSON|Erik Lindberg]], personnummer [[ID_NUMBER|870915-3186]], e-post [[EMAIL_ADDRESS|erik.lindberg@example.se]], inflytt 1 oktober.",
    "Mover payroll record – [[PERSON|Liam Tremblay]], SIN [[ID_NUMBER|618 372 494]], [[PHONE_NUMBER|(416) 555-0137]]",
    "Locataire : [[PERSON|Geneviève Roy]], NAS [[ID_NUMBER|739 204 188]], courriel [[EMAIL_ADDRESS|genevieve.roy@example.ca]]",
    "שוכר: [[PERSON|יוסי לוי]], ת.ז. [[ID_NUMBER|319284675]], טלפון [[PHONE_NUMBER|052-418-3927]]",
    "Ενοικιαστής: [[PERSON|Γιώργος Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|15078814389]], τηλ. [[PHONE_NUMBER|+30 694 418 2736]]",
    "Huurder: [[PERSON|Anri Botha]], ID-nommer [[ID_NUMBER|8607125204085]], selfoon [[PHONE_NUMBER|+27 82 418 3962]], deposito betaal.",
    # 41-100: no national id.
    "job_id,customer,phone,from_postcode\n58213,[[PERSON|Rebecca Holt]],[[PHONE_NUMBER|07700 900501]],BS3 4RT",
    "2024-05-11 07:42:19 gate=NORTH unit=C18 user=[[ID_NUMBER|pmcallister]] name=[[PERSON|Patrick McAllister]] result=GRANTED ip=[[IP_ADDRESS|198.51.100.23]]",
    '{"customer": "[[PERSON|Beatrix Olowe]]", "unit": "B07", "access_pin": "[[PASSWORD|5830]]", "email": "[[EMAIL_ADDRESS|b.olowe@example.com]]"}',
    "Lejer: [[PERSON|Mads Kristensen]], e-mail [[EMAIL_ADDRESS|mads.kristensen@example.dk]], tlf. [[PHONE_NUMBER|+45 28 41 73 96]], fraflytning 30. juni.",
    "Bérlő: [[PERSON|Nagy Zsófia]]; telefonszám: [[PHONE_NUMBER|+36 30 418 2795]]; e-mail: [[EMAIL_ADDRESS|zsofia.nagy@example.hu]]; kaució: két havi bérleti díj.",
    "Najmoprimac: [[PERSON|Ivana Horvat]], adresa: [[STREET_ADDRESS|Ilica 142, 10000 Zagreb]], e-pošta [[EMAIL_ADDRESS|ivana.horvat@example.hr]]",
    "Станар: [[PERSON|Милош Јовановић]], телефон [[PHONE_NUMBER|+381 64 418 2730]], усељење 1. септембра.",
    "Nuomininkas: [[PERSON|Tomas Kazlauskas]], banko sąskaita [[IBAN_CODE|LT81 7301 0001 8374 9205 61]], tel. [[PHONE_NUMBER|+370 612 48375]]",
    "Īrnieks: [[PERSON|Jānis Bērziņš]], e-pasts [[EMAIL_ADDRESS|janis.berzins@example.lv]], tālr. [[PHONE_NUMBER|+371 2641 8375]]",
    "Nájomca: [[PERSON|Martin Kováč]], e-mail [[EMAIL_ADDRESS|martin.kovac@example.sk]], číslo zmluvy 2024/118, sťahovanie v sobotu.",
    "Llogatera: [[PERSON|Núria Puig i Ferrer]], adreça: [[STREET_ADDRESS|Carrer de Verdi 41, 2n 1a, 08012 Barcelona]], telèfon [[PHONE_NUMBER|+34 634 218 509]]",
    "Tenant / Tenant: [[PERSON|Gwenllian Rees]]. Cyfeiriad newydd: [[STREET_ADDRESS|7 Heol y Parc, Aberystwyth SY23 1LE]]. E-bost: [[EMAIL_ADDRESS|gwenllian.rees@example.cymru]]",
    "Mpangaji: [[PERSON|Amani Mwangi]], simu [[PHONE_NUMBER|+254 722 418 396]], barua pepe [[EMAIL_ADDRESS|amani.mwangi@example.co.ke]], amana ya miezi miwili.",
    "Penyewa: [[PERSON|Dewi Lestari]], no. HP [[PHONE_NUMBER|+62 812 4183 9527]], email [[EMAIL_ADDRESS|dewi.lestari@example.co.id]], pindah tanggal 5.",
    "Penyewa: [[PERSON|Nurul Aisyah binti Rahman]], no. telefon [[PHONE_NUMBER|+60 12 418 3975]], deposit dua bulan.",
    "Nangungupahan: [[PERSON|Maria Clara Santos]], cellphone [[PHONE_NUMBER|+63 917 418 2396]], ibinalik na ang deposito.",
    "Người thuê: [[PERSON|Trần Minh Khoa]], số điện thoại [[PHONE_NUMBER|+84 903 418 275]], email [[EMAIL_ADDRESS|khoa.tran@example.vn]]",
    "ผู้เช่า: [[PERSON|ณัฐวุฒิ ศรีสุข]] | โทร [[PHONE_NUMBER|+66 81 418 2975]] | อีเมล [[EMAIL_ADDRESS|nattawut.s@example.co.th]]",
    "ভাড়াটে: [[PERSON|তানভীর হাসান]], মোবাইল [[PHONE_NUMBER|+880 1712 418396]], জামানত দুই মাস।",
    "کرایہ دار: [[PERSON|عمران قریشی]]، فون [[PHONE_NUMBER|+92 300 4182795]]، پتہ تبدیل۔",
    "مستأجر: [[PERSON|سارا احمدی]]، ایمیل [[EMAIL_ADDRESS|sara.ahmadi@example.com]]، تاریخ تخلیه ۳۰ خرداد",
    "Ayalégbé: [[PERSON|Olúwaseun Adébáyọ̀]], fóònù [[PHONE_NUMBER|+234 803 418 2769]], ó ti san owó ilé.",
    "المستأجر: [[PERSON|يوسف الحربي]]، البريد الإلكتروني [[EMAIL_ADDRESS|yousef.alharbi@example.sa]] ، الهاتف [[PHONE_NUMBER|+966 55 418 2736]]",
    "Клиент склада: [[PERSON|Анна Смирнова]], ячейка 214, код доступа [[PASSWORD|4092]], e-mail [[EMAIL_ADDRESS|anna.smirnova@example.ru]]",
    "引越し見積もり 依頼者： [[PERSON|鈴木 一郎]] 様 電話： [[PHONE_NUMBER|080-4182-7365]] 住所： [[STREET_ADDRESS|東京都世田谷区三軒茶屋2-14-8]]",
    "보관 창고 고객: [[PERSON|박지훈]] 님, 이메일 [[EMAIL_ADDRESS|jihoon.park@example.kr]], 출입 비밀번호 [[PASSWORD|5518]]",
    "Mieterin: [[PERSON|Sophie Wagner]], neue Anschrift: [[STREET_ADDRESS|Lindenstraße 24, 50674 Köln]], E-Mail [[EMAIL_ADDRESS|sophie.wagner@example.de]]",
    "Madame [[PERSON|Hélène Dubois]], nous vous confirmons la restitution de votre dépôt de garantie sur le compte [[IBAN_CODE|FR92 3000 4028 3700 0194 8361 582]].",
    "Cliente: [[PERSON|Alejandro Ruiz Ortega]], teléfono [[PHONE_NUMBER|+52 55 4182 7391]], mudanza a Guadalajara el día 14.",
    "Cliente deposito: [[PERSON|Chiara Bianchi]], tessera cliente [[ID_NUMBER|00418273]], cellulare [[PHONE_NUMBER|+39 347 418 2956]]",
    "Verhuisklant: [[PERSON|Bram Jansen]], e-mail [[EMAIL_ADDRESS|bram.jansen@example.nl]], nieuw adres: [[STREET_ADDRESS|Prinsengracht 418-2, 1016 GV Amsterdam]]",
    "Klient magazynu: [[PERSON|Michał Kaczmarek]], numer klienta [[ID_NUMBER|MK-55201]], hasło do portalu [[PASSWORD|Szafka!7731]]",
    "Cliente: [[PERSON|Beatriz Albuquerque]], cartão [[CREDIT_CARD|5304 1827 6391 0450]], telefone [[PHONE_NUMBER|+55 11 98418-2736]]",
    "Crew | [[PERSON|Darnell Hughes]] | licence [[ID_NUMBER|HUGHE807158D99KP]] | [[PHONE_NUMBER|07700 900622]] | porter/driver",
    "surname;forename;email;phone\n[[PERSON|Akhtar]];[[PERSON|Sadia]];[[EMAIL_ADDRESS|sadia.akhtar@example.co.uk]];[[PHONE_NUMBER|0121 496 0538]]",
    "Dear Mr [[PERSON|Whitfield]], your storage unit at our Croydon site is now overdue. Please call us on [[PHONE_NUMBER|020 7946 0557]]. Account: [[ID_NUMBER|CRY-40918]].",
    "Agent profile: [[PERSON|Tilly Armitage]], Senior Lettings Negotiator, [[EMAIL_ADDRESS|tilly.armitage@example.co.uk]], [[PHONE_NUMBER|0113 496 0829]]",
    '{"event": "login", "user": "[[ID_NUMBER|k.osei]]", "name": "[[PERSON|Kwabena Osei]]", "ip": "[[IP_ADDRESS|203.0.113.58]]"}',
    "Key register – 3 Mar – Flat 2B keys out to [[PERSON|Rowan Beck]] (contractor), mobile [[PHONE_NUMBER|07700 900693]], back by 5pm.",
    "Inventory clerk: [[PERSON|Marguerite Fontaine-Webb]]; email [[EMAIL_ADDRESS|mfw.inventories@example.com]]",
    "Storage lease – Tenant: [[PERSON|Darius Freeman]], [[PHONE_NUMBER|(312) 555-0162]], [[STREET_ADDRESS|2718 N Sawyer Ave, Chicago, IL 60647]]",
    "Mover background check: [[PERSON|Kayla Brooks]], SSN [[US_SSN|412-68-3097]], cleared.",
    "Tenant portal account: username [[ID_NUMBER|wren.okonjo]], name [[PERSON|Wren Okonjo]], last login Tuesday.",
    "Guarantor: [[PERSON|Desmond Achebe]], passport [[ID_NUMBER|803417265]], email [[EMAIL_ADDRESS|d.achebe@example.com]]",
    "Utility transfer: [[PERSON|Niamh Kavanagh]], electricity account [[ID_NUMBER|9031 4472 18]], new address [[STREET_ADDRESS|6 Sandymount Avenue, Dublin 4]]",
    "Lagerkunde: Herr [[PERSON|Felix Braun]], Kundennummer [[ID_NUMBER|LG-30418]], Torcode [[PASSWORD|7781]], Tel. [[PHONE_NUMBER|+49 40 66969 218]]",
    "Mieter: [[PERSON|Lukas Gruber]], Telefon [[PHONE_NUMBER|+43 664 418 2937]], Kaution drei Monatsmieten, Übergabe am 1. Mai.",
    "Client : [[PERSON|Léa Favre]], téléphone [[PHONE_NUMBER|+41 79 418 27 36]], adresse [[STREET_ADDRESS|Rue de Lausanne 62, 1202 Genève]]",
    "Muuttoasiakas: [[PERSON|Mikko Korhonen]], puh. [[PHONE_NUMBER|+358 40 418 2796]], kolmio asunto, muutto 15.8.",
    "Förrådskund: [[PERSON|Astrid Nilsson]], kundnummer [[ID_NUMBER|F-80412]], portkod [[PASSWORD|3309]]",
    "Πελάτης μετακόμισης: [[PERSON|Δήμητρα Κωνσταντίνου]], email [[EMAIL_ADDRESS|dimitra.k@example.gr]]",
    "Nakliye müşterisi: [[PERSON|Burak Öztürk]], adres: [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]]",
    "ग्राहक: [[PERSON|प्रिया नायर]], ईमेल [[EMAIL_ADDRESS|priya.nair@example.in]], फ़ोन [[PHONE_NUMBER|+91 99870 41825]]",
    "搬家客戶： [[PERSON|林志明]] ， 電話 [[PHONE_NUMBER|+886 912 418 375]] ， 電郵 [[EMAIL_ADDRESS|zhiming.lin@example.tw]]",
    "Meter reading note: [[PERSON|Samuel Okoro]], gas account [[ID_NUMBER|7102 5589 0431]], opening read 03318.",
    "Deposit payment: [[PERSON|Imelda Quinn]], card [[CREDIT_CARD|4917 0652 8314 2971]], authorised.",
    "Refund to: [[PERSON|Fergus Doyle]], IBAN [[IBAN_CODE|IE75 BOFI 9001 7351 8462 90]]",
    "Inquilino: [[PERSON|Sebastián Vargas]], cuenta [[IBAN_CODE|ES53 0049 1827 3604 1829 5731]], correo [[EMAIL_ADDRESS|sebastian.vargas@example.es]]",
    "To whom it may concern: [[PERSON|Josephine Adu-Boahen]] rented [[STREET_ADDRESS|Flat 2, 60 Queens Road, Leicester LE2 1TT]] from us for three years and always paid on time. She can be reached on [[PHONE_NUMBER|0116 496 0284]].",
    "Door controller 2024-06-02 22:14 user=[[ID_NUMBER|dvassallo]] ([[PERSON|Dario Vassallo]]) from [[IP_ADDRESS|192.0.2.147]] unit=E04 OPEN",
]

# 100 clean texts: MT-Bench and Vicuna-style prompts, GSM8K-style problems, MMLU-style
# items and health questions, none holding personal data.
CLEAN_MTBENCH = [
    "Write a persuasive blog post about why renters should photograph every room before they move in.",
    "Compose a short poem about the last night in an empty house, with the echo of footsteps on bare floors.",
    "Imagine you are Sherlock Holmes moving out of 221B Baker Street. Describe, in character, how you would pack your chemistry equipment and your violin.",
    "Explain the difference between a fixed-term tenancy and a periodic tenancy to someone renting for the first time.",
    "Role-play a removals company receptionist answering a call from a nervous first-time mover. Keep each reply under 40 words.",
    "Write a Python function that takes a list of box volumes in cubic feet and returns the smallest van, from a given list of van capacities, that can hold them all.",
    "Compare the pros and cons of renting a self-storage unit versus asking friends to keep your belongings during a three-month gap between tenancies.",
    "Summarise, in three sentences, why Bilbo Baggins found it so hard to leave Bag End.",
    "Draft a neutral template for a property inventory, with a heading for each room and a condition key from excellent to poor.",
    "How did Isambard Kingdom Brunel's railways change where people in Victorian Britain could afford to live?",
    "Write a short story in which a removal crew finds an old letter hidden behind a wardrobe and has to decide what to do with it.",
    "Extract all the dates from this text and list them in order: 'Notice served 3 March, check-out 2 April, deposit returned 24 April, dispute closed 9 May.'",
    "What questions should a landlord ask before choosing a letting agent? Give ten, with a sentence on why each matters.",
    "Explain to a ten-year-old why families sometimes move house, and what they can do to feel at home in a new bedroom.",
    "Write a SQL query that returns every storage unit that has been vacant for more than 90 days, from a table units(unit_id, size_sqft, vacated_on).",
    "Give me a packing order for a kitchen so that the things I need until the last day are packed last.",
    "Rewrite this clause in plain English: 'The lessee shall indemnify the lessor against all losses arising from any breach by the lessee of the covenants herein.'",
    "What would Mrs Hudson say to a lodger who keeps firing a pistol at the sitting-room wall? Answer in her voice, in under 100 words.",
    "Debate both sides: should tenancy deposits be capped at five weeks' rent, or should landlords be free to ask for more from higher-risk tenants?",
    "List the main causes of condensation and mould in rented flats, and who is usually responsible for fixing each one.",
    "Write a haiku about bubble wrap.",
    "Describe how the tale of Dick Whittington reflects old ideas about moving to the city to seek your fortune.",
    "Create a one-week meal plan that needs only a kettle and a microwave, for the first week in a new flat before the cooker is connected.",
    "Explain what a pre-move survey is, why removal firms do one before quoting, and how a video survey differs from a home visit.",
    "Write a limerick about a sofa that will not fit up a narrow staircase.",
]

CLEAN_GSM8K = [
    "Priya is packing books into boxes. Each box holds 24 books and she has 310 books. How many boxes does she need?",
    "A removal van costs £85 per hour plus a £40 call-out fee. Tom's move took 5.5 hours. How much did he pay in total?",
    "A storage unit costs £32 a week. Leila rents it for 9 weeks and the first 2 weeks are half price. What does she pay altogether?",
    "Marcus, Jo and Femi share an electricity bill of £186. Marcus was away for part of the period, so he pays half as much as each of the other two. How much does Marcus pay?",
    "A crew of 4 movers can load a van in 3 hours. Working at the same rate, how long would 6 movers take?",
    "Ana paid a deposit of £1,200. The landlord deducted £85 for cleaning and £140 for a broken blind. How much did Ana get back?",
    "One roll of tape seals 12 boxes. Kenji has 7 rolls and 90 boxes to seal. How many more rolls does he need?",
    "Rosa's rent is £950 a month and rises by 4% when the tenancy renews. What is her new monthly rent?",
    "Sofia drives a van 142 miles each way to help her sister move. The van does 8 miles per litre and diesel costs £1.55 a litre. What does the fuel cost for the round trip?",
    "A letting agent charges 12% of the monthly rent as a management fee. If the rent is £1,150, how much does the landlord receive each month?",
    "Ben's gas meter read 4120 units when he moved in and 4587 when he moved out. Each unit costs 11 pence. How much does he owe in pounds?",
    "A storage company has units of 25, 50 and 75 square feet. Ravi needs at least 110 square feet using as few units as possible, and no two units of the same size. Which units should he rent?",
    "A removal firm has 18 jobs this week and 2 crews. Each crew can do at most 7 jobs a week. How many jobs must be passed to another firm?",
    "Olga packs 6 boxes an hour and her brother Ivo packs 4 boxes an hour. Working together, how long will they take to pack 45 boxes?",
    "A mattress bag costs £6 and a wardrobe box costs £14. Grace buys 3 of each. How much change does she get from £70?",
    "A lease starts on 1 March 2025 and lasts 18 months. On what date does it end?",
    "Dan's new flat is 420 square feet and his old one was 560 square feet. By what percentage did his living space shrink?",
    "A self-storage site has 240 units and 85% of them are rented. How many units are empty?",
    "After moving, Maya pays £45 a month for contents insurance. How much does she pay over two years?",
    "Hugo's removal quote is £1,380. He pays a 20% deposit when he books. How much is left to pay on moving day?",
    "Each floor above the ground floor adds £25 to a removal quote at each end. Chloe is moving from a second-floor flat to a fourth-floor flat with no lift. How much do the stairs add?",
    "A van holds 1,100 cubic feet. The survey says the house has 2,700 cubic feet of furniture and boxes. How many full or part trips will the van need?",
    "Noah and Lily split a £72 skip hire in the ratio 5 to 3. How much does Noah pay?",
    "Farah moved 36 boxes over three days. On day 2 she moved twice as many as on day 1, and on day 3 she moved 12. How many did she move on day 1?",
    "An inventory clerk charges £110 for a two-bedroom house and £20 for each extra bedroom. How much does she charge for a five-bedroom house?",
]

CLEAN_MMLU = [
    "Which of the following is most likely to cause condensation in a flat?\nA) Drying clothes indoors without ventilation\nB) Fitting double glazing\nC) Laying carpet underlay\nD) Using LED bulbs",
    "In contract law, 'consideration' means:\nA) Being polite to the other party\nB) Something of value given by each party in exchange\nC) The time allowed to read a contract\nD) A clause that ends the contract",
    "A tenancy deposit protection scheme exists mainly to:\nA) Set the level of rent\nB) Keep deposits safe and resolve disputes about their return\nC) Insure the landlord's building\nD) Collect council tax",
    "A mover pushes a 60 kg crate across a floor at constant velocity against a friction force of 150 N. What horizontal force is applied?\nA) 0 N\nB) 60 N\nC) 150 N\nD) 588 N",
    "If demand for rented flats rises while the supply stays fixed, the equilibrium rent will:\nA) Fall\nB) Rise\nC) Stay the same\nD) Fall to zero",
    "When lifting a heavy box from the floor, the safest technique is to:\nA) Bend at the waist with straight legs\nB) Keep the load close and bend the knees\nC) Twist the trunk while lifting\nD) Lift with arms held straight out",
    "What is the median of 3, 7, 7, 10 and 15?\nA) 7\nB) 8.4\nC) 10\nD) 7.5",
    "In property law, an easement is:\nA) A right to use another person's land for a specific purpose\nB) A type of mortgage\nC) A tax on second homes\nD) A tenant's right to sublet",
    "Which gas is produced by the incomplete combustion of fuel in a faulty boiler?\nA) Carbon dioxide\nB) Carbon monoxide\nC) Nitrogen\nD) Ozone",
    "Which unit do household electricity meters in the UK record?\nA) Kilowatt-hours\nB) Kilowatts\nC) Volts\nD) Amperes",
    "Which city is the capital of Wales?\nA) Swansea\nB) Newport\nC) Cardiff\nD) Wrexham",
    "In which year did the Great Fire of London take place?\nA) 1566\nB) 1666\nC) 1766\nD) 1866",
    "In a landlord's accounts, a refundable deposit held on behalf of a tenant is recorded as:\nA) Revenue\nB) A liability\nC) An expense\nD) Equity",
    "Moving house appears among major life events on which well-known psychological rating scale?\nA) The Holmes and Rahe Stress Scale\nB) The Richter scale\nC) The Mohs scale\nD) The Beaufort scale",
    "A packing box measures 0.5 m by 0.4 m by 0.3 m. What is its volume?\nA) 0.06 m³\nB) 0.6 m³\nC) 1.2 m³\nD) 0.006 m³",
    "Which data structure best models a list of removal jobs handled strictly in the order they were booked?\nA) Stack\nB) Queue\nC) Binary tree\nD) Hash set",
    "In England, a 'section 21' notice has been used by landlords for:\nA) Ending an assured shorthold tenancy without giving a reason\nB) Paying council tax\nC) Applying for planning permission\nD) Paying stamp duty",
    "What is the main component of the limescale that builds up in kettles?\nA) Calcium carbonate\nB) Sodium chloride\nC) Iron oxide\nD) Silicon dioxide",
    "A removal firm charging less for January moves than for August moves is an example of:\nA) Seasonal pricing\nB) Price fixing\nC) Loss leading\nD) Dumping",
    "House dust mites feed mainly on:\nA) Flakes of human skin\nB) Wood fibres\nC) Paint\nD) Plastic",
    "A letting agent who hides a known damp problem from a prospective tenant mainly breaches a duty of:\nA) Honesty and disclosure\nB) Confidentiality\nC) Loyalty to competitors\nD) Care for the environment",
    "Why does a loaded sack truck with larger wheels roll over a doorstep more easily?\nA) Larger wheels meet the step at a shallower angle\nB) Larger wheels weigh less\nC) Larger wheels have more friction\nD) Larger wheels lower the load's mass",
    "A legal cap that holds rents below the market rate is an example of:\nA) A price floor\nB) A price ceiling\nC) A subsidy\nD) A tariff",
    "A storage company finds that the mean unit size rented is much larger than the median. The distribution of unit sizes is probably:\nA) Skewed to the right\nB) Skewed to the left\nC) Symmetric\nD) Uniform",
    "All tenants in the block pay a service charge. Sam pays no service charge. Which conclusion follows?\nA) Sam is a tenant in the block\nB) Sam is not a tenant in the block\nC) Sam owns the block\nD) Nothing can be concluded",
]

CLEAN_HEALTH = [
    "What is the best way to avoid back strain when carrying boxes down stairs?",
    "I pulled something in my lower back lifting a wardrobe yesterday. When should I see a doctor rather than rest it?",
    "Is it safe to sleep in a freshly painted bedroom the same night?",
    "How can I tell whether black mould in a rented bathroom is affecting my breathing?",
    "What should be in a first-aid kit kept in a removals van?",
    "Dust from old lofts makes me sneeze and my eyes itch. Could it be an allergy, and what helps?",
    "How much water should someone drink on a hot day of heavy lifting?",
    "Can the stress of moving house cause headaches and poor sleep? What helps?",
    "What are the signs of carbon monoxide poisoning, and what should I do if the alarm goes off in a new flat?",
    "How should I treat a blister on my palm from carrying boxes all day?",
    "My hands tingle and go numb after hours of taping boxes. Could this be carpal tunnel syndrome?",
    "Can sleeping on a mattress on the floor for a few weeks after a move hurt my back?",
    "Which stretches help before a day of lifting furniture?",
    "Is it normal for a toddler's sleep to get worse for a while after a house move?",
    "How do I clean a cut from a box cutter, and how do I know if it needs stitches?",
    "Is there a safe maximum weight one person should lift at work?",
    "I'm seven months pregnant and moving next month. Which jobs should I avoid?",
    "Can damp and mould in a flat make asthma worse in children?",
    "How long should I wait before driving after taking a strong painkiller for a back injury?",
    "Why do my knees ache after carrying things up several flights of stairs?",
    "Is it dangerous to mix bleach with other cleaning products during an end-of-tenancy clean?",
    "I dropped a heavy box on my toe and it has turned purple. Should I get it X-rayed?",
    "How can older people lower the risk of falls in an unfamiliar new home?",
    "Are there health risks from asbestos when lifting old floor tiles in a rented house?",
    "What helps with anxiety about moving to a new city alone?",
]

NATIONAL_IDS = {
    "943 817 2653": nhs_ok,  # NHS number
    "721 604 9381": nhs_ok,
    "7385 2916 0476": aadhaar_ok,  # Indian Aadhaar
    "6239 1850 7367": aadhaar_ok,
    "293847162": bsn_ok,  # Dutch BSN
    "85072314864": pesel_ok,  # Polish PESEL
    "92031157327": pesel_ok,
    "639.418.207-96": cpf_ok,  # Brazilian CPF
    "38294715638": kimlik_ok,  # Turkish kimlik
    "71846209M": dni_ok,  # Spanish DNI
    "Y4728163K": dni_ok,  # Spanish NIE
    "140389-627M": hetu_ok,  # Finnish henkilötunnus
    "MRTGLI88C51L219M": codice_fiscale_ok,  # Italian codice fiscale
    "RSSMRC79T02F839X": codice_fiscale_ok,
    "320106198709142933": china_id_ok,  # Chinese resident identity number
    "51010819930227614X": china_id_ok,
    "S7821934C": nric_ok,  # Singapore NRIC
    "880415-2019375": rrn_ok,  # Korean resident registration number
    "384 172 956": tfn_ok,  # Australian tax file number
    "4281 63754 1": medicare_ok,  # Australian Medicare card
    "3827 1946 5013": my_number_ok,  # Japanese My Number
    "8264173D": pps_ok,  # Irish PPS number
    "2 87 06 75 123 418 76": nir_ok,  # French NIR
    "85.03.14-271.48": belgian_id_ok,  # Belgian national number
    "12038940064": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248175394": nif_ok,  # Portuguese NIF
    "2860412401878": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49006174214": isikukood_ok,  # Estonian isikukood
    "140388-2979": kennitala_ok,  # Icelandic kennitala
    "855214/1004": rodne_cislo_ok,  # Czech rodné číslo
    "3184629578": rnokpp_ok,  # Ukrainian RNOKPP
    "47 382 910 564": steuer_id_ok,  # German tax id
    "JBT7196": nhi_ok,  # New Zealand NHI
    "870915-3186": luhn_len(10),  # Swedish personnummer
    "618 372 494": luhn_len(9),  # Canadian SIN
    "739 204 188": luhn_len(9),
    "319284675": luhn_len(9),  # Israeli teudat zehut
    "15078814389": luhn_len(11),  # Greek AMKA
    "8607125204085": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|16|17|21|61) 496 0\d{3}",  # Leeds, Leicester, Bristol, Birmingham, Manchester
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"01632 960\d{3}",  # UK fictional area code
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"05\d-\d{3}-\d{4}",  # Israel mobile
        r"\+(20|27|30|34|36|39|40|41|43|45|47|48|52|55|60|62|63|64|65|66|84|86|90|91|92|234|254|353|358|370|371|372|380|381|880|886|966) [\d -]+\d",  # no fiction range known
    )
]


def _has(text: str, *kinds: str) -> bool:
    return any(s["type"] in kinds for s in marked_spans(text))


def check_mix() -> None:
    """The chat requests name people and 18 to 22 of them hold a secret (2 or 3 an API
    key); every record names someone and 38 to 42 hold a national id; every MMLU-style
    item has options A to D."""
    named = sum(_has(t, "PERSON") for t in CHAT)
    secret = sum(_has(t, "PASSWORD", "API_KEY") for t in CHAT)
    api = sum(_has(t, "API_KEY") for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= api <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {api} a key")
    if not all(_has(t, "PERSON") for t in RECORDS):
        raise SystemExit("records: a record names no one")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")
    for item in CLEAN_MMLU:
        if not all(f"\n{x}) " in item for x in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")
    plain = [strip_marks(t)[0] for t in CHAT + RECORDS]
    if any("[[" in p or "]]" in p for p in plain):
        raise SystemExit("broken mark")


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
        "blind169", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
