# ruff: noqa: E501
"""A hundred-and-fortieth blind privacy set: 220 texts with personal data and 100 clean
ones, on weddings, funerals and big family occasions.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); check digits of cards, IBANs and national ids were
worked out for numbers the writer chose.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  venues, caterers, seating plans, RSVPs, gift lists, eulogies, probate after a death,
  memorial collections, stag and hen trips, christenings and family reunions abroad;
  drafting messages and letters, summarising notes, minutes, call logs, voicemails and
  e-mails, translating, fixing wording, splitting costs, scam checks and planning. The
  first 30 are typed all in lower case (names, e-mails, codes, postcodes and IBANs too,
  with shorthand and typos); the next 6 are in Spanish, German, Russian, Greek, Hindi and
  Japanese; the other 84 in ordinary English. Names of many origins: first names alone,
  surnames after titles, full names, nicknames marked whole (Big Tam, Spud, Dazza), names
  that are ordinary words (Hope, Sunny, Grace, Bill, Rose, Precious), many named in
  passing with no cue word; door, gate, alarm and key-box codes, PINs, wifi keys,
  passwords, logins, API keys, IPs, cards, IBANs, SSNs, passports, NI and NHS numbers,
  phones, e-mails and street addresses of a dozen countries, one line or several.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: guest-list and RSVP rows, pipe and CSV rows, JSON objects, log lines,
  register entries, booking and probate notes and short letters, in English, Chinese,
  Portuguese, Swedish, Dutch, Korean, Turkish, Polish, Italian, Finnish, Japanese,
  Spanish, French, Norwegian, Romanian, Estonian, Icelandic, Czech, Ukrainian, German,
  and Greek; each names exactly one person and holds 1 to 4
  other values; 40 carry a national id with valid check digits.

Usernames and logins, account, member, holder and employee numbers, passports, NI
numbers and national ids are ID_NUMBER; PINs, door, gate, alarm and key-safe codes, wifi
keys and passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Rev., fr,
Uncle, Auntie, Tita, Tía, Nonna, Granny, Grandad, my sister) stay outside PERSON spans;
an address span runs from the first street line through the postcode and city as typed;
public figures, fictional characters, pets, companies and venues, order, ticket and
booking references, amounts and dates of birth are not labelled; every occurrence of a
private value is marked (a name said again is marked again). The 100 clean texts hold no
personal data at all: 25 MT-Bench/Vicuna-style prompts (some naming historical or
fictional people), 25 GSM8K-style word problems with fictional first names, 25
MMLU-style items with options A to D and 25 health questions naming no one, mostly on
the theme.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (Chinese
resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC and FIN, Swedish
personnummer, Dutch BSN, Korean resident registration number, Australian TFN and
Medicare, Canadian SIN, Turkish kimlik, NHS number, Polish PESEL, Italian codice
fiscale, Finnish henkilötunnus, South African id, Japanese My Number, Spanish DNI and
NIE, Irish PPS, French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese
NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné
číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Israeli teudat zehut, Greek
AMKA).

Run ``.venv/bin/python bench/data/build_blind140.py`` from the repository root; the
output is deterministic.
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Fr|Father|Pastor|Sr|Sra|Herr|Frau|Mme|Auntie|Aunty|Aunt|Uncle|Nan|Nonna|Granny|Grandad|Grandpa|Tita|Tía|Tia)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # all lower case
    "can u help me word a text to [[PERSON|marcus]] reminding him the stag deposit is due friday? its £85 each into [[IBAN_CODE|gb85 midl 4051 2738 1649 20]], ref stagdo25. hes ignored the group chat twice lol",
    "summarise pls: call w/ caterer 10am. [[PERSON|deb]] from blossom & vine says final numbers by 3rd, 112 adults 9 kids, 4 vegan 2 coeliac. she wants the deposit card again, i gave [[CREDIT_CARD|4539 1782 0463 5516]] exp 09/27. her mobile [[PHONE_NUMBER|07700 900214]]. tasting on the 14th",
    "my nan passed last week and i need to tell her bank. her name was [[PERSON|margaret ellen hoskins]], account no [[ID_NUMBER|40217736]]. what do i say on the phone and what docs do they usually want",
    "rsvp list so far - [[PERSON|tunde]] +1, [[PERSON|funmi]], [[PERSON|kelechi]] and [[PERSON|ada]] (no kids), [[PERSON|grace o]] cant come. can u make it a table with yes/no/maybe",
    "whats the wifi at the villa for the reunion? [[PERSON|sunny]] sent it as [[PASSWORD|casaazul_2024!]] but my phone says wrong password. is the underscore maybe a dash?",
    "hen do plan for [[PERSON|jess]]: 14-16 june, lisbon. flights booked on my card [[CREDIT_CARD|5462 1095 7338 4129]] so everyone owes me £212.40. 7 of us. can u write a friendly but firm msg asking ppl to pay by the 1st",
    "draft a reply to fr [[PERSON|declan]] saying yes we'd like the christening on the 9th at 12 and the godparents are [[PERSON|aoife]] and [[PERSON|ciaran]]. his email is [[EMAIL_ADDRESS|declan.parish@stmichaels-kilcock.ie]]",
    "is this a scam? got a text saying 'your funeral plan payment failed, update at golden-leaf-plans.co/pay' and it knew my dads name [[PERSON|raymond]]. it came to [[PHONE_NUMBER|07700 900388]]",
    "seating plan help. table 3: uncle [[PERSON|bob]], auntie [[PERSON|pat]], [[PERSON|kev]], [[PERSON|shaz]]. [[PERSON|bob]] and [[PERSON|kev]] cant sit together since the divorce thing. swap with table 5 ([[PERSON|priya]], [[PERSON|dev]], [[PERSON|hope]], [[PERSON|lenny]])?",
    "translate to polish for my wifes babcia: 'we are so happy you can come to the wedding, we will pick you up from the airport'. her address for the invite is [[STREET_ADDRESS|ul. lipowa 12/4, 30-102 kraków]]",
    "my login for the wedding website is [[ID_NUMBER|katandjoe2025]] pw [[PASSWORD|bluebell!88]] and the rsvp page isnt saving answers. can u tell me what to check before i email [[PERSON|joe]]",
    "pls write a short eulogy opener for my grandad [[PERSON|stanley]] - 40 yrs a postman in rotherham, loved pigeons and crosswords, called everyone 'duck'. keep it warm not soppy",
    "probate q: our solicitor mr [[PERSON|hollings]] wants mums ni number [[ID_NUMBER|jk 48 29 17 b]] and her last address [[STREET_ADDRESS|27 fenwick road, gateshead ne8 4dt]]. is it safe to email that or should i post it",
    "split costs: villa in crete €4,800, 4 families. [[PERSON|nikos]] paid €2k, we paid €1.2k, [[PERSON|eleni]] and [[PERSON|stavros]] nothing yet. who owes who? also [[PERSON|nikos]] wants it sent to [[IBAN_CODE|gr78 0110 1250 0000 0001 8473 629]]",
    "voicemail from the venue, can u tidy it up: 'hi its [[PERSON|lorraine]] from hartwell manor, just ringing about the 21st, the marquee people need access from 7am, gate code is [[PASSWORD|4471]], call me back on [[PHONE_NUMBER|01632 960581]] thanks'",
    "my cousin [[PERSON|big tam]] is doing the best man speech and wants a joke about the groom [[PERSON|dougie]] losing his passport in magaluf. keep it clean ish, granny will be there",
    "reword this for the order of service: 'in loving memory of [[PERSON|winifred joy adebayo]] 1938-2024, beloved mum nan and great nan'. it sounds clunky",
    "hi need a gift list msg for the invites. we set up a honeymoon fund, people can pay to [[IBAN_CODE|ie72 bofi 9058 3162 7483 95]] or just cash on the day. from [[PERSON|niamh]] & [[PERSON|rory]]. dont want it to sound grabby",
    "help me reply to [[PERSON|sharon]] - she wants [[PERSON|kayleigh]]'s kids at the wedding even tho its adults only. want to say no nicely. [[PERSON|sharon]] can be touchy",
    "mums memorial collection page asks for my bank login to link payouts. username [[ID_NUMBER|p.okonkwo77]], password [[PASSWORD|ebube#2019]]. is it normal for them to need that??",
    "write thank you cards for the christening: [[PERSON|bee]] (silver bangle), [[PERSON|rajesh]] and [[PERSON|anita]] (premium bonds), [[PERSON|colm]] (the cheque lol). baby is [[PERSON|ellie-mae]]",
    "our airbnb for the reunion in accra is at [[STREET_ADDRESS|14 ring road east, osu, accra]] and the host [[PERSON|kwame]] says the alarm code is [[PASSWORD|8023]]. write a msg to the family group with this + checkin 3pm",
    "whats a polite way to ask guests for dietary stuff on the rsvp? also can u check my email to [[PERSON|giulia]] at [[EMAIL_ADDRESS|giulia.ferri@libero.it]] reads ok: 'hi [[PERSON|giulia]] pls tell me if you eat meat'",
    "log from the wedding site admin: failed logins from [[IP_ADDRESS|203.0.113.58]] x40 last night on account [[ID_NUMBER|harpreet.weds]]. should i worry? [[PERSON|harpreet]] is the bride, its her site",
    "stag do flights: need each guys full name + dob for the airline. [[PERSON|liam oconnor]], [[PERSON|jamie reid]], [[PERSON|ash]], [[PERSON|mo]]... [[PERSON|mo]]'s passport is [[ID_NUMBER|548213970]]. can u format as a list",
    "can u translate this condolence from [[PERSON|yusuf]] into english, its turkish: 'başınız sağolsun, allah rahmet eylesin'. and suggest a reply",
    "my brother [[PERSON|ollie]] set up the venmo for dads memorial bench and put his ssn [[US_SSN|412-67-3095]] in the group chat by accident. how do i tell him to delete it without embarrassing him",
    "fix the grammar: 'me and [[PERSON|dan]] would be honored if you and [[PERSON|rosa]] joins us at are wedding on the 3rd of may at st peters'",
    "reunion in toronto - uncle [[PERSON|farid]]'s place is [[STREET_ADDRESS|88 glenholme ave, toronto on m6h 3b1]], his cell [[PHONE_NUMBER|(416) 555-0142]], garage code [[PASSWORD|7319]]. can u make a little itinerary for day 1 (we land at pearson 2pm)",
    "api key for our rsvp form thing keeps getting rejected: [[API_KEY|rsvpk_live_9f3ka82mzq71xw0p]]. [[PERSON|tash]] said to regenerate it but idk where. its one of those wedding site builders",
    # other languages
    "¿Me ayudas a escribir un mensaje para mi tía [[PERSON|Maribel Ochoa]]? Queremos invitarla a la boda en Sevilla y confirmar su dirección; la última que tengo es [[STREET_ADDRESS|Calle Feria 42, 2º B, 41003 Sevilla]]. Su teléfono es [[PHONE_NUMBER|+34 654 219 837]].",
    "Bitte formuliere eine kurze Traueranzeige für meinen Onkel [[PERSON|Heinrich Wolters]]. Statt Blumen bitten wir um eine Spende für das Grab auf das Konto von [[PERSON|Sabine Wolters]], IBAN [[IBAN_CODE|DE19 1007 0024 0583 9217 46]]. Rückfragen unter [[PHONE_NUMBER|030 23125 471]].",
    "Помоги составить приглашение на крестины. Малыша зовут [[PERSON|Матвей]], крёстные — [[PERSON|Ольга Смирнова]] и [[PERSON|Артём]]. Ответы присылать на [[EMAIL_ADDRESS|olga.smirnova88@mail.ru]] до пятницы.",
    "Μπορείς να το μεταφράσεις στα αγγλικά; «Η κηδεία του [[PERSON|Γιώργου Παπαδόπουλου]] θα γίνει την Πέμπτη στις 11. Για πληροφορίες καλέστε την [[PERSON|Κατερίνα]] στο [[PHONE_NUMBER|+30 694 512 8837]].»",
    "मेरी बहन [[PERSON|प्रिया शर्मा]] की शादी के लिए कैटरर को संदेश लिखो। 250 मेहमान, शाकाहारी खाना। अग्रिम भुगतान की रसीद [[EMAIL_ADDRESS|priya.sharma.weds@gmail.com]] पर भेजें और [[PHONE_NUMBER|+91 98201 47356]] पर कॉल करें।",
    "結婚式の席次表について相談です。新郎の上司の[[PERSON|佐藤健一]]さんと、友人の[[PERSON|田中美咲]]さんを同じテーブルにしても大丈夫でしょうか。 私の連絡先は [[PHONE_NUMBER|090-4821-7735]] です。",
    # ordinary English
    "Can you turn these notes into a tidy email to the family? Probate meeting with Ms [[PERSON|Okafor]] (solicitor): estate roughly £310k, house at [[STREET_ADDRESS|9 Beech Crescent, Leamington Spa CV32 6HN]] to be sold, [[PERSON|Tom]] is executor, grant expected in 12 weeks.",
    "Draft a message to [[PERSON|Hope]] and [[PERSON|Sunny]] thanking them for doing the flowers at Dad's funeral. Keep it short, they did it all for free.",
    "My sister [[PERSON|Anjali]] wants everyone to chip in for Mum and Dad's 40th anniversary party in Goa. Flights £640 x 6, villa £1,900, cake £120. [[PERSON|Anjali]] already paid the villa. Split it so it's fair.",
    "Is this legit? An email from 'wedding-registry-support' says my gift list is suspended and asks me to confirm my card [[CREDIT_CARD|4927 1603 8845 2074]] and the CVV. I do have a list with John Lewis.",
    "Summarise this call log for my brother: 09:14 rang crematorium, spoke to [[PERSON|Gareth]], slot confirmed Tues 11:30. 09:40 florist, [[PERSON|Imelda]] wants £90 deposit. 10:05 Rev. [[PERSON|Amos Thornbury]] called back, wants hymn choices by Friday. 10:30 Co-op about the cars.",
    "Write a toast for my best friend [[PERSON|Bill]]'s wedding to [[PERSON|Precious]]. He's a plumber from Leeds, she's a nurse from Harare, they met at a bus stop in the rain.",
    "Please fix the wording on our save-the-date: '[[PERSON|Grace]] and [[PERSON|Matteo]] are getting married! 12.09.2026, Lake Como. Invitation to follow.'",
    "Our hen weekend Airbnb in Bath has door code [[PASSWORD|2580#]] and wifi [[PASSWORD|RoyalCrescent77]]. Can you write a welcome note from me ([[PERSON|Kirsty]]) for the girls with that plus the taxi number [[PHONE_NUMBER|01632 960447]]?",
    "Translate into Italian for Nonna [[PERSON|Pina]]: 'Dear Nonna, we can't wait to see you in June. I've booked your flight with passport [[ID_NUMBER|YA4827361]], please check it's right.'",
    "I'm the executor for my late uncle [[PERSON|Desmond Fairweather]]. HMRC wants his UTR and NI number. I have the NI, [[ID_NUMBER|PX 73 51 92 D]]. What's a UTR and where do I find it?",
    "Help me write a eulogy section about my mum, [[PERSON|Rose]]. She grew roses on her allotment for forty years, taught half the street to knit and never once let anyone leave hungry.",
    "Our DJ [[PERSON|Sully]] needs the playlist and the venue contact. Venue coordinator is [[PERSON|Fenella Clarke]], [[EMAIL_ADDRESS|fenella@thornbygrange.co.uk]], [[PHONE_NUMBER|07700 900612]]. Write him a quick handover message.",
    "Can you check this seating plan logic? Top table: [[PERSON|Amara]], [[PERSON|Josh]], both sets of parents, and [[PERSON|Kemi]] as maid of honour. [[PERSON|Josh]]'s stepdad [[PERSON|Clive]] and his dad [[PERSON|Martin]] really shouldn't be side by side.",
    "Someone posted our memorial fundraiser IBAN [[IBAN_CODE|NL89 RABO 0318 2746 59]] on Facebook under a different name, [[PERSON|Pieter de Graaf]]. The real account holder is my aunt [[PERSON|Marijke]]. Is this a scam and what do we do?",
    "Minutes from the reunion committee call, can you tidy them? Present: [[PERSON|Rahul]], [[PERSON|Seema]], [[PERSON|Jaswinder]], [[PERSON|Ken]]. Agreed Lisbon, 18-21 July. [[PERSON|Seema]] to collect deposits (£150/family). [[PERSON|Ken]] to ask about the hotel group rate. Next call Sunday.",
    "Got this voicemail from the registrar and I can't make out half of it: 'Hello, this is [[PERSON|Brenda Musgrove]] at the register office calling for Mr [[PERSON|Adeyemi]]. We need the notice of marriage forms back and a copy of passport [[ID_NUMBER|561839274]]. Ring [[PHONE_NUMBER|020 7946 0833]].' What do they actually need?",
    "Best way to politely remind the guests who haven't RSVP'd? It's [[PERSON|Connor]], [[PERSON|Mei Lin]], [[PERSON|Dolores]] and the [[PERSON|Abernathy]] lot. Deadline was Sunday.",
    "The photographer wants a £600 bank transfer before she'll release the funeral photos, account [[IBAN_CODE|GB40 BARC 2076 5341 9287 05]], name [[PERSON|L. Castellano]]. We already paid in full. How do I push back?",
    "Write a short text inviting [[PERSON|Sunita]], [[PERSON|Bongani]] and [[PERSON|Olek]] to the christening on Sunday at 2, St Anne's, then food at ours.",
    "My cousin's stag is in Kraków. [[PERSON|Dazza]] booked the apartment and sent the key box code [[PASSWORD|1907]] and the wifi key [[PASSWORD|Wawel!2025]]. Make a one-page info sheet for the lads.",
    "How do I word a gift list that says no gifts, just donations to the hospice in memory of [[PERSON|Ted]]? The wedding is a year after he died and his daughter [[PERSON|Leonie]] is the bride.",
    "Can you check my maths? Wedding bar tab: [[PERSON|Marco]] put £400 behind the bar, [[PERSON|Yaw]] £250, the venue charged £1,120. The groom [[PERSON|Theo]] says he'll cover the rest. How much is that?",
    "Please reply to this email for me, polite no: 'Hi, [[PERSON|Bernadette]] here, I'd love to sing Ave Maria at your mum's funeral, my rate is £180. Call [[PHONE_NUMBER|07700 900731]].' We already have the church choir.",
    "Dad's funeral director emailed asking for his full name, date of birth and NHS number for the paperwork. It's [[PERSON|Clifford Arthur Penhaligon]], 3 March 1941, NHS [[ID_NUMBER|943 476 5919]]. Does that look like the usual? Can you draft my reply?",
    "I'm setting up the wedding website's email. Our mail API key is [[API_KEY|key-4f81c0d29ab7e635f0c8a14d27b9e306]] and the sending address is [[EMAIL_ADDRESS|hello@ava-and-sam.wedding]]. Why do invites go to spam? [[PERSON|Ava]] thinks it's the subject line.",
    "Turn this into a group WhatsApp message: reunion in Manila, we land 6 Dec. Tita [[PERSON|Luz]]'s address is [[STREET_ADDRESS|27 Sampaguita St, Barangay Pasong Tamo, Quezon City 1107]], gate code [[PASSWORD|0614]]. Call cousin [[PERSON|Jojo]] on [[PHONE_NUMBER|+63 917 482 3091]] if lost.",
    "Our caterer invoice says 140 covers but only 126 people came. The manager, [[PERSON|Stelios]], says the contract counts confirmed RSVPs. Who's right, and how do I phrase a complaint?",
    "Is it weird to ask the bridesmaids to pay for their own dresses? [[PERSON|Ifeoma]], [[PERSON|Chloe]] and [[PERSON|Marisol]] are all students.",
    "Quick one: what's the etiquette on inviting my ex [[PERSON|Jordan]] to my grandma's 90th? The whole family still loves him.",
    "Summarise this email thread: [[PERSON|Harriet]] says the marquee firm wants a £2k bond, [[PERSON|Ollie]] says we agreed £1.5k, the firm's rep [[PERSON|Dean Whitlock]] says read clause 4. [[PERSON|Harriet]] has the contract. Who's right?",
    "Can you write a message to the family asking for photos of Grandpa [[PERSON|Teodor]] for the slideshow? Send them to [[EMAIL_ADDRESS|teo.memories2024@gmail.com]] by Thursday.",
    "Is this a scam? Someone rang claiming to be from the probate court saying Mum's estate has an unpaid filing fee, and asked for my SSN. I gave them [[US_SSN|538-21-7746]] before I hung up. Mum was [[PERSON|Dorothy Kimura]]. What should I do now?",
    "Fix this toast: 'To [[PERSON|Raj]] and [[PERSON|Lucy]], who proved that a wrong number can be the right one.' It feels flat.",
    "My brother-in-law [[PERSON|Gustavo]] needs our home address for the wedding invites his family in Brazil are sending. Can you lay it out the way they'd expect?\n[[STREET_ADDRESS|Flat 2\n61 Ashgrove Road\nBristol\nBS7 9LQ]]",
    "Write a polite note to the [[PERSON|Nowaks]] next door warning them about the marquee and music on Saturday till midnight. Our number is [[PHONE_NUMBER|07700 900159]] if it gets too loud.",
    "Help me split the stag costs: 9 lads, go-karting £55 each, house £1,350, dinner £412. [[PERSON|Jonno]] and [[PERSON|Kieran]] can't come to the dinner. [[PERSON|Rhys]] paid the house on his card [[CREDIT_CARD|2227 1465 0938 2713]].",
    "Can you translate this into French for my wife's family? 'Funeral of [[PERSON|Yvette Marchand]], Saturday 10am, Église Saint-Pierre. Reception afterwards at the house.'",
    "Write a sympathy card message for my colleague [[PERSON|Abdul]] whose father died last week. I don't know the family well.",
    "What should I put on the probate form for the deceased's address? She moved into a care home, but her house was [[STREET_ADDRESS|4 Wren Cottages, Church Lane, Little Bardfield, Essex CM7 4TP]]. Her name was [[PERSON|Edith Marlowe]].",
    "Draft an email to Mr [[PERSON|Kostopoulos]] confirming 22 guests for the reunion, asking about cots, and saying we'll pay the balance from [[IBAN_CODE|GB34 NWBK 6017 3948 2017 56]] by 1 May.",
    "The venue's event manager sent login details for the seating chart tool: user [[ID_NUMBER|wedding_4417]], password [[PASSWORD|Tables&Chairs9]]. How do I share this with my fiancé [[PERSON|Aarav]] safely?",
    "Can you rewrite this message so it's less angry? '[[PERSON|Stacey]], you said you'd bring the cake and you didn't. Mum cried. Sort it.'",
    "We're collecting for a memorial bench for [[PERSON|Norman]]. So far: [[PERSON|Pauline]] £50, [[PERSON|Reg]] £20, [[PERSON|Sunny]] £35, the bowls club £200. The bench costs £1,200. How much more do we need?",
    "Help with a reply to [[PERSON|Ingrid]], who asked if she can bring her new boyfriend to the wedding. We've capped numbers at 80.",
    "Our wedding livestream camera is at [[IP_ADDRESS|198.51.100.23]] and the tech guy [[PERSON|Piotr]] says the camera admin password is [[PASSWORD|Chapel4Cam]] but port 8080 is blocked at the church. What do I ask the church office?",
    "Write a Facebook post announcing the death of my grandfather [[PERSON|Emmanuel Asante]], funeral in Kumasi on the 28th, contributions to the family via MoMo on [[PHONE_NUMBER|+233 24 418 7702]]. Keep it dignified.",
    "Can you make this RSVP list into a CSV? Name, email, meal. [[PERSON|Fatima Zahra]], [[EMAIL_ADDRESS|fz.benali@outlook.com]], fish. [[PERSON|Callum Reid]], [[EMAIL_ADDRESS|callum.reid@btinternet.com]], beef. [[PERSON|Noor]], [[EMAIL_ADDRESS|noor.h@proton.me]], veg.",
    "Is £50 enough for a wedding gift for a colleague? It's [[PERSON|Tamsin]] in accounts, we're not close.",
    "My stepmum [[PERSON|Carol]] wants to read at Dad's funeral but my sister [[PERSON|Becca]] says no. How do I mediate?",
    "Tidy this voicemail for the florist: 'It's [[PERSON|Niall]] here, the bride's brother, the buttonholes are for 8 not 6, and deliver to [[STREET_ADDRESS|The Old Rectory, 3 Mill Street, Ludlow SY8 1BE]] not the church. I'm on [[PHONE_NUMBER|07700 900845]].'",
    "Check this letter to the bank about my late wife's account: 'Dear Sir/Madam, I am writing to notify you of the death of [[PERSON|Ruth Abiodun]], account number [[ID_NUMBER|71938264]]. Please freeze the account and send the closing balance to our joint account.' Anything missing?",
    "What's a nice way to say 'kids welcome at the ceremony but not the evening'? [[PERSON|Lottie]] and [[PERSON|Ash]] have five between them and I don't want a row.",
    "Summarise this for Gran's 100th: [[PERSON|Maureen]] booking the Legion hall, [[PERSON|Desi]] doing a buffet, [[PERSON|Patrick]] chasing the card from the King, cake from Greggs. Budget £600.",
    "I'm paying the wedding band's deposit online and the form asks for card and billing address. Card [[CREDIT_CARD|5158 7320 4691 8238]], address [[STREET_ADDRESS|16 Kestrel Way, Chorley PR7 2GH]]. It's on a page called bands4u-secure.net, does that sound right?",
    "Write a message to [[PERSON|Chidi]] asking him to be godfather to our son. Heartfelt but not over the top.",
    "My mum [[PERSON|Gwen]]'s laptop has the probate spreadsheet on it and I need to log in. Her Windows PIN is [[PASSWORD|5512]] according to her notebook. Is it OK to use it, legally, as executor?",
    "The reunion in Kerala: Appachan's house is [[STREET_ADDRESS|Kottayil House, Near St. Mary's Church, Pala, Kottayam, Kerala 686575]]. [[PERSON|Binu]] will pick us up from Kochi airport. Can you draft a gentle day plan for the elders?",
    "Is this message from a 'funeral fund' a scam? 'Dear [[PERSON|Olumide]], your late father left $8.2m, send a $450 release fee to our agent.' My father never lived abroad.",
    "Please draft minutes from this: Wedding planning call 5/3. [[PERSON|Sophie]] (bride), [[PERSON|Ravi]] (groom), [[PERSON|Anouk]] (planner). Venue deposit paid. Invites out 1 April. [[PERSON|Ravi]] to sort suits. [[PERSON|Anouk]] to chase [[PERSON|Fitz]] the photographer for the contract.",
    "Can you help me write to our host [[PERSON|Hamid]] in Marrakech? Our family of 14 arrives 2 Aug; ask if the riad can do a welcome dinner and confirm the wifi is still [[PASSWORD|Zitoun2024]]. His email is [[EMAIL_ADDRESS|hamid.riad.zitoun@gmail.com]].",
    "Hen party: [[PERSON|Tegan]] has asked me to collect £95 each. Put it in a polite message with my bank details: [[IBAN_CODE|GB80 LOYD 3094 6281 7350 24]]",
    "The crematorium sent a webcast link with login [[ID_NUMBER|fam-obrien-2411]] and PIN [[PASSWORD|663914]]. Write a short message for relatives in Boston explaining how to watch. It's for my dad, [[PERSON|Seamus]].",
    "Reword this: 'We invite you to celebrate the life of [[PERSON|Barty]], who'd have hated us being sad.' Is 'hated' too strong for an invitation?",
    "How many chairs do I need: 94 guests, 3 high chairs for [[PERSON|Esme]]'s twins and baby [[PERSON|Kofi]], plus the band (5)?",
    "Can you write an out-of-office for me? I'm away for my brother's wedding in Lagos. Urgent stuff to [[PERSON|Ngozi Eze]], [[EMAIL_ADDRESS|n.eze@harlowpartners.com]], ext 4412.",
    "My late father [[PERSON|Walter Prentice]] left a US brokerage account and they want my SSN [[US_SSN|271-84-5309]] and his, [[US_SSN|609-33-1842]], on the transfer form. Is it safe to fax these?",
    "Write the welcome speech for our family reunion in Cork. Key people: Granny [[PERSON|Nora]] (92), the cousins from Chicago led by [[PERSON|Mickey]], and [[PERSON|Siobhán]] who organised it all.",
    "The DJ's booking site shows my details publicly: [[PERSON|Ayesha Qureshi]], [[PHONE_NUMBER|07700 900962]], [[EMAIL_ADDRESS|ayesha.q.weds@gmail.com]]. How do I ask them to take it down?",
    "Please translate into Spanish for the caterer: 'No pork, 12 vegetarian meals, and please call [[PERSON|Lucía]] on [[PHONE_NUMBER|+52 55 4182 7093]] when you arrive.'",
    "Write a two-line note for the guest book table. It's for [[PERSON|Jade]] and [[PERSON|Sam]].",
    "Our alarm company needs to know we'll be away for the wedding. The house at [[STREET_ADDRESS|52 Linden Avenue, Cheltenham GL52 3EX]] has code [[PASSWORD|9031]] and the keyholder is [[PERSON|Val]] next door, [[PHONE_NUMBER|01632 960274]]. Draft the email.",
    "Weird email from the 'hotel' for the reunion: 'To secure the booking under [[PERSON|Thandiwe Ndlovu]], reply with your card number and online banking password.' I nearly sent [[PASSWORD|Thandi#1987]]. Real or fake?",
    "Can you make a running order for the wake? 2pm arrive, 2:30 Uncle [[PERSON|Vic]] speaks, 2:45 slideshow by [[PERSON|Zainab]], 3pm food, 4pm [[PERSON|Kit]]'s band plays Dad's favourites.",
    "I need to write to the council to reserve the grave next to my husband, [[PERSON|Gerald Ashdown]]. My address is [[STREET_ADDRESS|11 Orchard Rise, Bideford EX39 3QA]]. Can you draft it?",
    "Rewrite this clunky RSVP card: 'Name(s) ___ will/won't attend. Dietary ___. Song request ___.' Make it fun. We're [[PERSON|Poppy]] and [[PERSON|Dev]].",
    "Does this thank-you sound OK? 'Dear [[PERSON|Hyun-woo]] and [[PERSON|Min-ji]], thank you for the beautiful tea set and for travelling all the way from Busan.'",
    "Sort these gift list contributions by amount: [[PERSON|Percy]] £40, [[PERSON|Aditi]] £75, [[PERSON|Joan]] £25, [[PERSON|Mateo]] £100, [[PERSON|Elspeth]] £60. Who should get a handwritten note first?",
    "Log from the RSVP site: 2025-04-02 21:14 login ok user [[ID_NUMBER|guest_0931]] from [[IP_ADDRESS|192.0.2.144]]; 21:15 RSVP changed to 'no' for [[PERSON|Benedikt Maier]]. He swears he didn't do it. Ideas?",
    "We're doing a family reunion in Mexico City. Tía [[PERSON|Rocío]] lives at [[STREET_ADDRESS|Calle Durango 214, Col. Roma Norte, 06700 Ciudad de México, CDMX]], building code [[PASSWORD|2206B]]. Plan a walking day from her place for 20 people, some elderly.",
    "Please check the executor's email before I send it: 'Dear all, as executor for [[PERSON|Agnes]] I'll distribute as per the will: house to [[PERSON|Colin]], jewellery to [[PERSON|Bridget]], remainder split equally.'",
    "The wedding planner wants our payments key to connect the donation page. It's [[API_KEY|sk_live_51Mf9Qx2LkT7pRw3zVn8dYb0cHs4JuA]]. Should I ever send that by email? Her name's [[PERSON|Ottilie]].",
    "Short text to Grandad [[PERSON|Joe]] asking if he wants a lift to the christening from [[STREET_ADDRESS|7 Mafeking Terrace, Sunderland SR4 6PW]] at 10.",
    "Can you summarise this e-mail from the venue? 'Dear Ms [[PERSON|Fontaine]], further to your call, we are holding 14 September for you. A deposit of £2,500 is due by 30 April. Please contact me, [[PERSON|Rupert Vane]], on [[PHONE_NUMBER|020 7946 0391]].'",
    "I'm writing a eulogy for my best mate [[PERSON|Spud]]. Real name [[PERSON|Daniel Murphy]] but nobody called him that. Help me open with the time he drove a milk float to Blackpool.",
]

# 100 one-person records; 40 of them carry a national id.
RECORDS = [
    "Guest: [[PERSON|Eleanor Whitcombe]] | Table 6 | Meal: salmon | Email: [[EMAIL_ADDRESS|e.whitcombe@btinternet.com]] | RSVP: yes",
    "婚宴预订人 [[PERSON|张丽华]]，身份证号 [[ID_NUMBER|330106199208251046]]，联系电话 [[PHONE_NUMBER|+86 139 5817 2046]]。",
    "Groom [[PERSON|Liu Jianguo]] (resident ID [[ID_NUMBER|510107198704123612]]) confirmed the banquet for 180 guests at a Chengdu hotel.",
    "[[PERSON|Ana Beatriz Souza]], CPF [[ID_NUMBER|617.284.395-82]], madrinha do casamento, e-mail [[EMAIL_ADDRESS|anabeatriz.souza@uol.com.br]].",
    "Shagun register: [[PERSON|Harish Venkataraman]] gave ₹11,001; Aadhaar [[ID_NUMBER|5937 2816 0411]] recorded for the hall booking; mobile [[PHONE_NUMBER|+91 94431 27805]].",
    "Bride's KYC for the destination wedding package: [[PERSON|Meenakshi Iyer]], Aadhaar [[ID_NUMBER|8261 4970 3527]], address [[STREET_ADDRESS|Flat 4B, Lakshmi Apartments, 12 Kutchery Road, Mylapore, Chennai 600004]].",
    "Solemnisation booking: [[PERSON|Tan Mei Ling]], NRIC [[ID_NUMBER|S7634185J]], contact [[PHONE_NUMBER|+65 9127 4480]], email [[EMAIL_ADDRESS|meiling.tan@singnet.com.sg]].",
    '{"attendee": "[[PERSON|Rizwan Aziz]]", "fin": "[[ID_NUMBER|G5027394L]]", "event": "wedding dinner", "room": 1204}',
    "Minnesstund anmäld av [[PERSON|Karin Lindqvist]], personnummer [[ID_NUMBER|790623-5184]], telefon [[PHONE_NUMBER|+46 70 318 42 96]].",
    "Aanmelding familiereünie: [[PERSON|Joost van Leeuwen]], BSN [[ID_NUMBER|163842073]], [[STREET_ADDRESS|Prinsengracht 418-2, 1017 KH Amsterdam]].",
    "[[PERSON|박지현]] 님 결혼식 하객 명단 등록: 주민등록번호 [[ID_NUMBER|880314-2635171]], 연락처 [[PHONE_NUMBER|010-4827-3316]].",
    "Probate file: deceased [[PERSON|Graham Pettifer]], TFN [[ID_NUMBER|714 839 261]], last known address [[STREET_ADDRESS|22 Banksia Street, Mount Lawley WA 6050]].",
    "Memorial fund donor [[PERSON|Marc-André Tremblay]], SIN [[ID_NUMBER|736 492 182]] (for the tax receipt), email [[EMAIL_ADDRESS|matremblay@videotron.ca]].",
    "Nikah kaydı: [[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|28514603784]], cep [[PHONE_NUMBER|+90 532 418 27 63]].",
    "Hospice admission: [[PERSON|Sandeep Gill]], NHS number [[ID_NUMBER|701 582 3640]], next-of-kin phone [[PHONE_NUMBER|07700 900503]].",
    "Christening register entry: infant [[PERSON|Isla Rose Fairbairn]], baptised 14 July, NHS no. [[ID_NUMBER|486 213 9078]], home [[STREET_ADDRESS|3 Heather Bank, Peebles EH45 8QT]].",
    "Zgłoszenie na wesele: [[PERSON|Tomasz Wiśniewski]], PESEL [[ID_NUMBER|74062815931]], tel. [[PHONE_NUMBER|+48 601 284 937]].",
    "Akt zgonu, zmarła: [[PERSON|Halina Dąbrowska]], PESEL [[ID_NUMBER|92120748269]], ostatni adres [[STREET_ADDRESS|ul. Ogrodowa 7/12, 90-721 Łódź]].",
    "Partecipazione di nozze: [[PERSON|Giuseppe Rossi]], codice fiscale [[ID_NUMBER|RSSGPP58C12L219C]], [[STREET_ADDRESS|Via Po 18, 10123 Torino]].",
    "Lista nozze, intestataria [[PERSON|Francesca Marino]], CF [[ID_NUMBER|MRNFNC83T52F205V]], IBAN [[IBAN_CODE|IT76 X030 6909 6061 0000 0148 263]].",
    "Muistotilaisuuden ilmoittautuja [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|240571-3183]], sähköposti [[EMAIL_ADDRESS|aino.korhonen@elisanet.fi]].",
    "Funeral policy claimant: [[PERSON|Sipho Dlamini]], ID no. [[ID_NUMBER|7609185274082]], cell [[PHONE_NUMBER|+27 82 614 3907]], [[STREET_ADDRESS|2417 Mphuthi Street, Orlando West, Soweto 1804]].",
    "披露宴の出席者：[[PERSON|山本 彩花]]、マイナンバー [[ID_NUMBER|3917 5260 4818]]、電話 [[PHONE_NUMBER|080-3317-5692]]。",
    "Invitado a la boda: [[PERSON|Javier Ortega Ruiz]], DNI [[ID_NUMBER|53918264P]], [[STREET_ADDRESS|Calle de Alcalá 233, 4º izq., 28028 Madrid]].",
    "Pasajera de la despedida de soltera: [[PERSON|Valentina Mancini]], NIE [[ID_NUMBER|Y4730581R]], móvil [[PHONE_NUMBER|+34 688 402 915]].",
    "Grant of probate applicant [[PERSON|Siobhán Kavanagh]], PPS [[ID_NUMBER|8291637W]], [[STREET_ADDRESS|12 Convent Road, Dún Laoghaire, Co. Dublin, A96 K2X7]].",
    "Demande d'acte de décès : [[PERSON|Martine Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 68 07 75 114 237 19]], [[EMAIL_ADDRESS|martine.lefevre@orange.fr]].",
    "Inschrijving rouwdienst: [[PERSON|Luc Vermeulen]], rijksregisternummer [[ID_NUMBER|71.04.22-385.86]], gsm [[PHONE_NUMBER|+32 475 61 28 94]].",
    "Bryllupsgjest [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|120384 45209]], e-post [[EMAIL_ADDRESS|ingrid.solberg@online.no]].",
    "Reserva do copo-d'água em nome de [[PERSON|Joana Ferreira]], NIF [[ID_NUMBER|257 193 863]], telemóvel [[PHONE_NUMBER|+351 912 847 306]].",
    "Invitată la cununie: [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2850315406726]], [[STREET_ADDRESS|Str. Mihai Eminescu 45, ap. 8, 020083 București]].",
    "Matrimonio civil, contrayente [[PERSON|Camila Fuentes]], RUT [[ID_NUMBER|14.736.285-4]], correo [[EMAIL_ADDRESS|camila.fuentes@vtr.net]].",
    "Mälestusteenistus: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48609270274]], tel [[PHONE_NUMBER|+372 5384 2917]].",
    "Gestur á ættarmóti: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|210379-3049]].",
    "Svatební host: [[PERSON|Lucie Dvořáková]], rodné číslo [[ID_NUMBER|785614/2316]], [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Поминальний обід замовила [[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3174928509]], тел. [[PHONE_NUMBER|+380 67 418 2953]].",
    "Trauzeuge: [[PERSON|Jonas Becker]], Steuer-ID [[ID_NUMBER|57 382 194 604]], [[STREET_ADDRESS|Körnerstraße 9, 50823 Köln]].",
    "Tangihanga attendee [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], phone [[PHONE_NUMBER|+64 21 468 2093]].",
    "Reunion travel insurance: [[PERSON|Bronwyn Fitzgerald]], Medicare [[ID_NUMBER|5281 74634 1]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Wedding guest from Haifa: [[PERSON|Noa Levi]], teudat zehut [[ID_NUMBER|039481726]], email [[EMAIL_ADDRESS|noa.levi@walla.co.il]].",
    "Κατάσταση καλεσμένων βάπτισης: [[PERSON|Δημήτρης Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|15087912844]], κινητό [[PHONE_NUMBER|+30 697 318 4402]].",
    "RSVP row: yes,[[PERSON|Kwabena Owusu]],[[EMAIL_ADDRESS|k.owusu@yahoo.com]],2 adults,chicken",
    '2025-06-14T18:22:05Z rsvp.submit user=[[ID_NUMBER|dmcallister]] ip=[[IP_ADDRESS|198.51.100.77]] name="[[PERSON|Donna McAllister]]" attending=true',
    "Dear Mrs [[PERSON|Penrose]], thank you for your donation to the memorial collection. Your receipt has been sent to [[EMAIL_ADDRESS|j.penrose@talktalk.net]].",
    "Hen party manifest: [[PERSON|Chantelle Barker]], passport [[ID_NUMBER|539284716]], DOB 02/11/1994, mobile [[PHONE_NUMBER|07700 900128]].",
    '{"name": "[[PERSON|Oluwaseun Adeleke]]", "phone": "[[PHONE_NUMBER|+234 803 417 2289]]", "role": "best man"}',
    "Caterer deposit paid by [[PERSON|Gemma Lacey]] with card [[CREDIT_CARD|4138 9502 7461 9389]], billing address [[STREET_ADDRESS|8 Swallow Court, Basingstoke RG24 9TN]].",
    "[[PERSON|Ricardo Almeida]] | padrinho | [[PHONE_NUMBER|+55 11 98472 3105]] | [[EMAIL_ADDRESS|ricardo.almeida@terra.com.br]]",
    "Next of kin for probate: [[PERSON|Harold Dunmore]], [[STREET_ADDRESS|Rose Cottage, 2 Back Lane, Hawes, North Yorkshire DL8 3NT]], tel [[PHONE_NUMBER|01632 960715]].",
    "Memorial donation: [[PERSON|Beatrice Amankwah]] gave £100 from [[IBAN_CODE|GB36 HBUK 4012 7658 3920 14]]; Gift Aid declared.",
    "Stag weekend booking lead: [[PERSON|Callum Fraser]], card [[CREDIT_CARD|5284 1963 7055 2848]], email [[EMAIL_ADDRESS|cfraser88@hotmail.co.uk]], 12 guests, Riga.",
    "Wedding website account: username [[ID_NUMBER|lily.and.finn]], password [[PASSWORD|Confetti_Cannon_22]], owner [[PERSON|Lily Abbott]].",
    "Venue contract signatory: Dr [[PERSON|Priyanka Rao]], [[STREET_ADDRESS|17 Clarendon Park Road, Leicester LE2 3AD]], [[PHONE_NUMBER|+44 7700 900456]].",
    "SSN on file for the estate account: [[PERSON|Dolores Whitaker]], [[US_SSN|147-52-8860]], [[STREET_ADDRESS|4410 Cedar Hollow Ln, Knoxville, TN 37918]].",
    "Family reunion RSVP: [[PERSON|Marcus Bell]], [[PHONE_NUMBER|(312) 555-0187]], party of 5, arriving Friday.",
    "Gift registry purchaser: [[PERSON|Svetlana Petrova]], [[EMAIL_ADDRESS|s.petrova@yandex.ru]], item: Le Creuset casserole.",
    "Funeral home intake. Decedent: [[PERSON|Henry Lamont Brooks]], SSN [[US_SSN|384-19-2267]], veteran; informant contact [[PHONE_NUMBER|(804) 555-0133]].",
    "Welcome [[PERSON|Aisling]]! Your seat: Table 9 (the Lavender table). Guest wifi: [[PASSWORD|HappilyEverAfter25]].",
    "Photographer client: [[PERSON|Yasmin Haddad]]; gallery login [[ID_NUMBER|yhaddad_wed]]; gallery PIN [[PASSWORD|4826]].",
    "Online condolence book signed by [[PERSON|Bogdan Kovačević]] from [[IP_ADDRESS|2001:db8:7c1::4e]].",
    "Rehearsal dinner seating: [[PERSON|Soraya Nasser]], seat 3, allergy: tree nuts, contact [[EMAIL_ADDRESS|soraya.nasser@icloud.com]].",
    "Reunión familiar en Oaxaca, hospedaje a nombre de [[PERSON|Guadalupe Hernández]], tarjeta [[CREDIT_CARD|4916 8350 2274 6196]], tel. [[PHONE_NUMBER|+52 951 207 4418]].",
    "Hochzeitsgast [[PERSON|Katrin Hoffmann]], [[STREET_ADDRESS|Schillerstraße 27, 04109 Leipzig]], Tel. [[PHONE_NUMBER|030 23125 819]], Menü: vegetarisch.",
    "Invité au mariage : [[PERSON|Thierry Moreau]], [[STREET_ADDRESS|12 rue des Tanneurs, 69002 Lyon]], [[PHONE_NUMBER|06 39 98 41 27]].",
    "Marriage registry: bride [[PERSON|Adaeze Nwosu]], passport [[ID_NUMBER|A07382915]], residential address [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos]].",
    "Reception staff log: 19:42 guest [[PERSON|Ronan Keogh]] locked out of room 14, new keycard issued, phone [[PHONE_NUMBER|+353 87 214 6093]].",
    "[[PERSON|Mei Watanabe]], honeymoon fund contributor, $200, [[EMAIL_ADDRESS|mei.watanabe@docomo.ne.jp]]",
    "Estate bank details: account holder [[PERSON|Ferdinand Baptiste]], IBAN [[IBAN_CODE|FR57 3000 4028 3700 0194 8263 175]].",
    "Member lookup, Golden Years Social Club: [[PERSON|Albert Nkemelu]], member no. [[ID_NUMBER|GY-20931]], phone [[PHONE_NUMBER|020 7946 0572]].",
    "Church hall hire form: hirer [[PERSON|Wendy Cartwright]], [[STREET_ADDRESS|5 Plover Close, Norwich NR7 0HJ]], key safe code [[PASSWORD|3318]].",
    "Bachelorette Airbnb: guest [[PERSON|Madison Clarke]], [[EMAIL_ADDRESS|madi.clarke@gmail.com]], card [[CREDIT_CARD|374291857364015]].",
    "Caterer's allergy sheet: [[PERSON|Oscar Lindgren]], coeliac, severe; emergency contact [[PHONE_NUMBER|07700 900377]].",
    "PayPal payout for the hen weekend refund to [[PERSON|Bethany Hollis]], [[EMAIL_ADDRESS|beth.hollis93@gmail.com]], £86.50.",
    "Deceased: [[PERSON|Reginald Ashworth]]. Executor contact: [[EMAIL_ADDRESS|ashworth.estate@protonmail.com]]. Property: [[STREET_ADDRESS|The Laurels, 9 Station Road, Otley LS21 3HX]].",
    "Seat card: [[PERSON|Hope Adebayo-Clarke]], Table 2, RSVP received via [[EMAIL_ADDRESS|hope.ac@gmail.com]].",
    "Honeymoon booking TR-55812: lead passenger [[PERSON|Kieran Doherty]], passport [[ID_NUMBER|PD4819273]], mobile [[PHONE_NUMBER|+44 7700 900681]].",
    "Vendor portal login: [[ID_NUMBER|sweetcrumbs_bakes]] / [[PASSWORD|Tier3Sponge!]], account owner [[PERSON|Nadia Sokolova]].",
    "Funeral livestream access log: viewer [[PERSON|Colm Brady]] connected from [[IP_ADDRESS|203.0.113.201]] at 11:02.",
    "Wedding transport booking: [[PERSON|Arjun Mehta]], pickup [[STREET_ADDRESS|221 Park Avenue, Apt 6C, Hoboken, NJ 07030]], [[PHONE_NUMBER|(201) 555-0164]].",
    "Donation receipt: [[PERSON|Lorna McBride]], Visa [[CREDIT_CARD|4556 7291 0384 7269]], £25 to the memorial fund.",
    "Christening gift: Premium Bonds holder number [[ID_NUMBER|471902385]] in the name of [[PERSON|Alfie Thompson]].",
    "[[PERSON|Yusuf Demir]] | reunion coach seat 12B | [[EMAIL_ADDRESS|yusuf.demir@gmx.de]] | [[PHONE_NUMBER|+49 30 23125 664]]",
    "Member of the wedding choir:\n[[PERSON|Marguerite Okeke]]\n[[STREET_ADDRESS|19 Victoria Road\nWood Green\nLondon N22 7XB]]",
    "Heir search result: [[PERSON|Thaddeus Grimshaw]], last seen at [[STREET_ADDRESS|1187 Harmon Street, Apt 3, Oakland, CA 94608]], SSN [[US_SSN|512-38-6604]].",
    "Hi, it's [[PERSON|Kezia]]! My new number is [[PHONE_NUMBER|07700 900249]], please update the hen do list.",
    "Booking, 3 nights, villa in Kalkan, guest [[PERSON|Emre Aksoy]], [[EMAIL_ADDRESS|emre.aksoy@hotmail.com]], refund IBAN [[IBAN_CODE|DE82 5001 0517 5418 2639 07]].",
    "[[PERSON|Pilar Domínguez]] · madrina · [[STREET_ADDRESS|Avinguda Diagonal 512, 3r 1a, 08006 Barcelona]] · [[PHONE_NUMBER|+34 634 718 205]]",
    "Obituary notice placed by [[PERSON|Desmond Achterberg]], paid with [[CREDIT_CARD|6011 5482 7730 6199]].",
    "User [[ID_NUMBER|gran_betty_1939]] (real name [[PERSON|Betty Hargreaves]]) changed her password to [[PASSWORD|Woodbine1939]] on the memorial page.",
    "Stag do kitty: [[PERSON|Liam Costello]] paid £150 from [[IBAN_CODE|IE51 AIBK 9320 8461 5739 20]].",
    "Invitata: [[PERSON|Chiara Bianchi]], tavolo 4, [[EMAIL_ADDRESS|chiara.bianchi@tiscali.it]], intolleranza al lattosio.",
    "Lijst voor rouwkaarten: [[PERSON|Femke de Jong]], [[STREET_ADDRESS|Oudegracht 211, 3511 NK Utrecht]].",
    "Reunion contact sheet: [[PERSON|Tevita Fifita]], [[PHONE_NUMBER|+64 27 390 5184]], [[EMAIL_ADDRESS|tevita.fifita@xtra.co.nz]].",
    "Guest wifi issued to [[PERSON|Sunny Okoro]], network MarqueeGuest, key [[PASSWORD|W3dd1ng-Bells]].",
    "Probate search: [[PERSON|Ivy Pemberton]], died 3 Feb 2024, last address [[STREET_ADDRESS|Flat 11, Cedar Court, 40 London Road, Reigate RH2 9QA]].",
    "Dear [[PERSON|Bongani]], your refund for the cancelled reunion flights will go back to card [[CREDIT_CARD|5360 4817 2959 3017]] within 5 working days.",
    "Conta para presentes de casamento: titular [[PERSON|Inês Carvalho]], IBAN [[IBAN_CODE|PT08 0035 0097 0002 7483 6192 5]].",
    "2024-11-02 09:13:44 WARN admin login failed for [[ID_NUMBER|r.haskins]] from [[IP_ADDRESS|192.0.2.88]] (wedding-site) owner=[[PERSON|Rebecca Haskins]]",
    "Funeral flowers order, deliver to [[PERSON|Mavis Longbottom]], [[STREET_ADDRESS|6 Tanner Street, Bury BL9 5AD]], card message 'with love'.",
    "Hen do payment: [[PERSON|Roxanne Pike]], Amex [[CREDIT_CARD|3796 248150 37288]], [[EMAIL_ADDRESS|roxy.pike@outlook.com]].",
]

# 25 MT-Bench/Vicuna-style prompts; historical and fictional people are not personal data.
CLEAN_PROMPTS = [
    "Write a persuasive blog post arguing that small weddings are better than big ones, with three concrete reasons.",
    "Compose a short poem in the style of Emily Dickinson about a family reunion after many years apart.",
    "Imagine you are Elizabeth Bennet from Pride and Prejudice. Describe your feelings on the morning of your wedding to Mr Darcy.",
    "Explain the origins of throwing rice or confetti at weddings, and how the custom differs across cultures.",
    "Draft a template for a wedding RSVP card that includes a space for dietary requirements and song requests.",
    "What are the key differences between a will and a living trust? Explain for someone with no legal background.",
    "Describe how Queen Victoria popularised the white wedding dress and why the trend stuck.",
    "Write a respectful outline for a speech at a memorial service, with sections for the opening, the life story and the closing.",
    "Compare the costs and benefits of a destination wedding and a local one in a table.",
    "You are a wedding planner. A couple has a budget of £12,000 for 80 guests. Propose a budget breakdown by category.",
    "Write a Python function that takes a list of guests with table preferences and assigns them to tables of eight.",
    "Summarise the plot of Romeo and Juliet in five sentences, focusing on the secret wedding.",
    "What are the traditional roles of a best man and a maid of honour, and how have they changed?",
    "Role-play as Hamlet delivering a eulogy for Polonius, in modern English.",
    "Give me ten ideas for a hen party that do not involve alcohol.",
    "Explain the process of applying for probate in England and Wales in plain language, step by step.",
    "How did funeral customs in ancient Egypt reflect beliefs about the afterlife?",
    "Write a short story about a christening where the baby refuses to stop laughing.",
    "What is the significance of breaking a glass at the end of a Jewish wedding ceremony?",
    "Describe how Charles Dickens portrayed family gatherings at Christmas in A Christmas Carol.",
    "Suggest a structure for a family reunion weekend abroad for 30 people across three generations.",
    "Extract the dates, places and costs from this text: 'The ceremony is on 4 May in Bath; the reception follows at £45 per head; the farewell brunch is on 5 May.'",
    "What are some polite ways to tell guests that a wedding is child-free?",
    "Write a haiku about an empty chair at a family dinner.",
    "Explain the difference between a wake, a funeral and a memorial service.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya is planning a wedding for 120 guests. Each table seats 8 people. How many tables does she need?",
    "A caterer charges $35 per adult and $15 per child. If Leo invites 90 adults and 12 children, what is the total cost?",
    "Priya bought 6 packs of confetti at $4.50 each and a guest book for $18. How much did she spend in total?",
    "A florist makes 14 centrepieces with 9 roses each. Roses come in bunches of 12. How many bunches does Hannah need to buy?",
    "For a family reunion, Carlos rents a villa for 7 nights at $420 per night. The cost is split equally among 6 families. How much does each family pay?",
    "Olu's hen party has 9 guests plus the bride. The spa costs $54 per person and dinner $36 per person. If the 9 guests split the whole bill equally, how much does each pay?",
    "A wedding cake has 3 tiers. The bottom tier serves 60, the middle serves two-thirds as many as the bottom, and the top serves half as many as the middle. How many people can the cake serve?",
    "Sam mails 85 invitations. Stamps cost $0.68 each. How much does he spend on stamps?",
    "At a christening, Ada sets out 4 rows of chairs with 12 chairs in each row. 9 chairs are left empty. How many guests sat down?",
    "Noah drives 180 miles to a funeral at 60 miles per hour and drives back at 45 miles per hour. How many hours does he spend driving?",
    "Of the 150 RSVPs Grace received, 60% said yes, and one-fifth of those chose the vegetarian meal. How many vegetarian meals are needed?",
    "Ben's stag weekend costs $1,440 for 12 people. Two people drop out but the total cost stays the same. How much more does each remaining person pay?",
    "A photographer charges a $500 booking fee plus $150 per hour. Lena's wedding needs 7 hours of coverage. What is the total?",
    "Tomas buys 3 bottles of champagne for every 8 guests. There are 96 guests. How many bottles does he buy?",
    "A memorial fund raised $2,400 in its first week and 25% more in its second week. How much was raised over the two weeks?",
    "Rosa's family reunion has 2 great-grandparents, 6 grandparents, 14 parents and 23 children. If each person gets 2 name stickers, how many stickers are needed?",
    "A venue holds 200 people. Jack has invited 220 guests and expects 90% of them to attend. How many seats will be left empty?",
    "Each favour box holds 4 chocolates. Mia has 350 chocolates. How many full boxes can she fill, and how many chocolates are left over?",
    "The flight to the reunion costs $380 per adult and children fly at half price. Kofi's family has 2 adults and 3 children. What is the total airfare?",
    "A funeral reception has 5 platters of 24 sandwiches each. If 48 guests each eat 2 sandwiches, how many sandwiches are left?",
    "Ella saves $250 a month for her wedding. How many months will it take her to save $7,000?",
    "The wedding band plays 3 sets of 45 minutes with a 15-minute break between sets. If they start at 8:00 pm, when do they finish?",
    "Hugo orders 12 dozen bread rolls for a christening lunch. The children eat 17 rolls and the adults eat 98. How many rolls are left?",
    "A gift list has items costing $40, $65, $120 and $15. Ruth's friends have bought everything except the most expensive item. How much have they spent?",
    "Isaac walks 0.8 km from the church to the reception and then 1.3 km to the hotel. If he walks at 5 km per hour, how many minutes does the walk take?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Under the law of England and Wales, which document gives an executor named in a will the authority to deal with the estate? A) Letters of administration B) Grant of probate C) Lasting power of attorney D) Deed of variation",
    "Which sacrament is usually celebrated at a christening? A) Confirmation B) Baptism C) Eucharist D) Ordination",
    "What does it mean to die 'intestate'? A) To die without a valid will B) To die abroad C) To leave all property to charity D) To have two executors",
    "The seven-day mourning period called shiva belongs to which religious tradition? A) Hinduism B) Judaism C) Buddhism D) Sikhism",
    "If RSVP answers are recorded as yes, no or maybe, the variable is best described as: A) Continuous B) Ratio C) Nominal D) Interval",
    "Which poet wrote 'Funeral Blues', often read at memorial services? A) W. H. Auden B) Dylan Thomas C) Philip Larkin D) Seamus Heaney",
    "In a Hindu wedding, the ritual of taking seven steps around the sacred fire is called: A) Mehndi B) Saptapadi C) Haldi D) Baraat",
    "Which of the following is a fixed cost for a wedding? A) Per-head catering B) Venue hire fee C) Drinks per guest D) Favours per guest",
    "In the UK, inheritance tax above the nil-rate band is generally charged at: A) 20% B) 25% C) 40% D) 45%",
    "In how many distinct ways can 10 guests sit at a round table if rotations count as the same arrangement? A) 10! B) 9! C) 10!/2 D) 9!/2",
    "Which Shakespeare play ends with four marriages in the Forest of Arden? A) Twelfth Night B) As You Like It C) Much Ado About Nothing D) The Tempest",
    "The Day of the Dead (Día de los Muertos) is most closely associated with which country? A) Spain B) Mexico C) Peru D) Philippines",
    "What is the legal term for a gift of personal property left in a will? A) Bequest B) Lien C) Tort D) Easement",
    "If each of two invited guests attends independently with probability 0.7, what is the probability that both attend? A) 0.14 B) 0.49 C) 0.70 D) 1.40",
    "Which wedding anniversary is traditionally associated with gold? A) 25th B) 40th C) 50th D) 60th",
    "In the Irish tradition, a wake usually takes place: A) Before the funeral B) A year after the death C) Only at sea D) On the wedding day",
    "Takotsubo cardiomyopathy, sometimes called broken heart syndrome, mainly affects which organ? A) Lungs B) Heart C) Liver D) Brain",
    "Which gas is most commonly used to fill party balloons? A) Hydrogen B) Helium C) Nitrogen D) Neon",
    "Economists who study gift-giving describe the gap between a gift's price and its value to the recipient as: A) Deadweight loss B) Moral hazard C) Adverse selection D) Free riding",
    "The rhyme 'something old, something new, something borrowed, something blue' comes from a custom that began in: A) England B) India C) Japan D) Brazil",
    "Which document is normally needed to register a death in England? A) Medical certificate of cause of death B) The registrar's passport C) A marriage licence D) A council tax bill",
    "A caterer's price rises from £40 to £50 per head and bookings fall from 100 to 90 guests. The price elasticity of demand (simple percentage method) is about: A) -0.4 B) -1.0 C) -2.5 D) -0.1",
    "In Victorian England, the period of formal mourning for a widow traditionally lasted at least: A) One week B) One month C) Two years D) Ten years",
    "A tiered wedding cake is stable because the weight of the upper tiers is carried mainly by: A) The icing B) Dowels or supports inside the lower tiers C) The cake board alone D) Air pockets in the sponge",
    "Which of these is a common reason a will may be found invalid? A) It was typed, not handwritten B) It was not properly witnessed C) It names a charity D) It was made abroad",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the signs of complicated grief, and when should someone seek help after a bereavement?",
    "Is it safe to drink alcohol at a wedding while taking a course of antibiotics?",
    "How can I stop my feet hurting after standing in heels all day at a wedding?",
    "What should a pregnant guest avoid eating at a wedding buffet?",
    "How long does jet lag usually last after flying from London to Sydney for a family reunion?",
    "Can stress before a wedding cause skin breakouts, and what helps?",
    "What's the best way to avoid dehydration at an outdoor summer wedding?",
    "Is it normal to have trouble sleeping for weeks after a funeral?",
    "How do I manage a severe nut allergy when eating catered food at big events?",
    "What vaccinations are recommended before travelling to Ghana for a family celebration?",
    "How can someone with type 1 diabetes manage blood sugar during a long wedding day with late meals?",
    "What are the symptoms of food poisoning after a buffet, and when should you see a doctor?",
    "Is it safe for a newborn to attend a christening in a crowded church in winter?",
    "How long does the body take to recover from a weekend of heavy drinking on a stag do?",
    "What are healthy ways to cope with anxiety about giving a wedding speech?",
    "Can grief cause chest pain, and how can you tell it apart from a heart problem?",
    "How can I avoid motion sickness on a long coach trip to a family reunion?",
    "What should older relatives with heart conditions know before a long-haul flight?",
    "How soon after a knee replacement is it safe to dance at a wedding?",
    "What can help a young child understand and cope with the death of a grandparent?",
    "What actually helps with a hangover the morning after a wedding?",
    "What is the risk of deep vein thrombosis on long flights, and how can it be reduced?",
    "Are there foods that ease stress-related indigestion before a big event?",
    "How can I protect my voice if I have to sing at a funeral while I have a cold?",
    "What first aid supplies should be on hand at a large outdoor family party?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number (chat)
    "330106199208251046": china_id_ok,  # Chinese resident identity number
    "510107198704123612": china_id_ok,
    "617.284.395-82": cpf_ok,  # Brazilian CPF
    "5937 2816 0411": aadhaar_ok,  # Indian Aadhaar
    "8261 4970 3527": aadhaar_ok,
    "S7634185J": nric_ok,  # Singapore NRIC
    "G5027394L": nric_ok,  # Singapore FIN
    "790623-5184": luhn_len(10),  # Swedish personnummer
    "163842073": bsn_ok,  # Dutch BSN
    "880314-2635171": rrn_ok,  # Korean resident registration number
    "714 839 261": tfn_ok,  # Australian tax file number
    "736 492 182": luhn_len(9),  # Canadian SIN
    "28514603784": kimlik_ok,  # Turkish kimlik
    "701 582 3640": nhs_ok,  # NHS number
    "486 213 9078": nhs_ok,
    "74062815931": pesel_ok,  # Polish PESEL
    "92120748269": pesel_ok,
    "RSSGPP58C12L219C": codice_fiscale_ok,  # Italian codice fiscale
    "MRNFNC83T52F205V": codice_fiscale_ok,
    "240571-3183": hetu_ok,  # Finnish henkilötunnus
    "7609185274082": luhn_len(13),  # South African id
    "3917 5260 4818": my_number_ok,  # Japanese My Number
    "53918264P": dni_ok,  # Spanish DNI
    "Y4730581R": dni_ok,  # Spanish NIE
    "8291637W": pps_ok,  # Irish PPS number
    "2 68 07 75 114 237 19": nir_ok,  # French NIR
    "71.04.22-385.86": belgian_id_ok,  # Belgian national number
    "120384 45209": fodselsnummer_ok,  # Norwegian fødselsnummer
    "257 193 863": nif_ok,  # Portuguese NIF
    "2850315406726": cnp_ok,  # Romanian CNP
    "14.736.285-4": rut_ok,  # Chilean RUT
    "48609270274": isikukood_ok,  # Estonian isikukood
    "210379-3049": kennitala_ok,  # Icelandic kennitala
    "785614/2316": rodne_cislo_ok,  # Czech rodné číslo
    "3174928509": rnokpp_ok,  # Ukrainian RNOKPP
    "57 382 194 604": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "5281 74634 1": medicare_ok,  # Australian Medicare card
    "039481726": luhn_len(9),  # Israeli teudat zehut
    "15087912844": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|32|34|46|48|52|55|63|64|65|86|90|91|233|234|351|353|372|380) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record
    names exactly one person and holds 1 to 4 other values, and 35 to 45 records carry a
    national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: types missing {sorted(TYPES - kinds)}")
    with_id = 0
    for marked in RECORDS:
        values = {(s["type"], s["value"]) for s in marked_spans(marked)}
        people = {v for k, v in values if k == "PERSON"}
        if len(people) != 1 or not 1 <= len(values) - 1 <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(values)} values in {marked[:60]!r}"
            )
        with_id += any(k == "ID_NUMBER" and v in NATIONAL_IDS for k, v in values)
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
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind140", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
