# ruff: noqa: E501
"""A hundred-and-thirtieth blind privacy set: 220 texts with personal data and 100 clean
ones, on creative and media freelancing.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table head
and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The theme: photographers, musicians and bands, writers
and translators, designers and illustrators, podcasters, wedding and event bookings, clients
who don't pay, invoices, contracts and model releases, gallery and venue contacts, social
media accounts and their logins.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting reminders, replies and letters, summarising pasted voicemails, minutes, call
  logs and e-mails, translating, fixing wording, splitting gig money and costs, asking
  whether a message is a scam, planning shoots and weeks. The first 30 are typed all in
  lower case (names, e-mails, logins and IBANs too, with shorthand and typos); the next 6
  are in Korean, Dutch, Turkish, Russian, Danish and Hebrew; the other 84 in ordinary
  English. Names of many origins (some in Hangul, Cyrillic, Hebrew, Japanese script),
  first names alone, surnames after titles, full names, nicknames (Big Al, Bex, Tiff),
  names that are ordinary words (Hope, Rain, Sunny, Bill, Fern, Wren), many named in
  passing with no cue word. At least 90 name a private person, at least 15 hold a secret
  (passwords, PINs, door, gate, alarm and lift codes, wifi keys), and every type appears.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe, CSV and semicolon rows, JSON objects,
  log lines, register entries and short letters, each with exactly one person's name
  (marked once) and one to four other values; 44 carry a national id with valid check
  digits (codice fiscale, Swedish personnummer, Japanese My Number, Irish PPS, PESEL,
  Aadhaar, NHS number, BSN, Canadian SIN, Israeli teudat zehut, Greek AMKA, South African
  id, Spanish DNI and NIE, Finnish henkilötunnus, Chinese resident id, Singapore NRIC,
  Korean resident registration number, Australian TFN and Medicare, French NIR, Belgian
  national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT,
  Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax
  id, New Zealand NHI, Brazilian CPF); the chat adds a kimlik, a Korean resident number
  and a teudat zehut.
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly on the theme.

Usernames, handles, logins, member, customer, booking-holder, policy and employee numbers,
passports, driving licences and national ids are ID_NUMBER; PINs, door, gate, alarm, lift
and locker codes, wifi keys and passwords PASSWORD; titles and relation words (Mr, Mrs,
Ms, Dr, Prof, Professor, Father, auntie, uncle, my flatmate) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed.
Public figures, fictional characters, companies, bands, venues, order, invoice and booking
references, postcodes alone, amounts and dates of birth are not labelled; every occurrence
of a private value is marked (a name repeated is marked each time, a possessive's name too).

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in the country's own
layout elsewhere (Korea, Israel, Turkey, Russia, Denmark, Sweden, Ireland and others);
cards Luhn-valid (15 or 16 digits) and not well-known test numbers; IBANs valid mod 97, of
their country's length and not documentation examples; SSNs with assignable area, group
and serial; IPs from the documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind130.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Father|Auntie|Aunty|Uncle|Sister|Rev|Herr|Frau|Mme|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 all in lower case, then Korean, Dutch, Turkish, Russian,
# Danish and Hebrew, then 84 in ordinary English.
CHAT = [
    # all lower case
    "can you write a polite but firm reminder to [[PERSON|dario fenwick]] at [[EMAIL_ADDRESS|d.fenwick@harbourlane-media.co.uk]]? invoice 0412 for the product shoot is 47 days overdue, £1,850. he keeps saying 'accounts are on it'",
    "summarise this pls: call w/ [[PERSON|bex]] re wedding 14 june, ceremony at st anne's 1pm, she wants drone shots but venue says no, her mum [[PERSON|lorraine]] is paying the deposit so call her on [[PHONE_NUMBER|07700 900418]] not [[PERSON|bex]]'s number",
    "whats the wifi at the studio again, [[PERSON|tomasz]] said its [[PASSWORD|greenroom_2291]] but that doesnt work. actually nvm can you just write a msg asking him to reset it",
    "split this: gig at the crown last night paid 420 cash. me, [[PERSON|jojo]], [[PERSON|kwame]] and [[PERSON|saoirse]] played, [[PERSON|kwame]] drove the van (petrol 38). how much each if [[PERSON|kwame]] gets petrol back first",
    "is this a scam? someone called [[PERSON|harriet vaughn-okoye]] emailed from [[EMAIL_ADDRESS|harriet.vo.artbuying@gmail.com]] wanting 6 prints, she'll pay by cheque for more than the price and i send the rest to her 'shipper'",
    "fix my grammar: hi mr [[PERSON|okafor]], i attach the release form for [[PERSON|adaeze]], please sign and return before saturday. my number is [[PHONE_NUMBER|07700 900263]] if anything unclear",
    "my instagram got hacked. login was [[ID_NUMBER|lenspaper.studio]] and pw [[PASSWORD|f0xglove!88]]. what do i do first, the recovery email is [[EMAIL_ADDRESS|nadia.k.photo@outlook.com]] and i can still get into that",
    "translate to spanish for the venue: we'll arrive at 3 to set up the pa, contact on the day is [[PERSON|ruairi]] [[PHONE_NUMBER|+353 87 412 6630]]",
    "draft a thank you text to auntie [[PERSON|pat]] for lending me her spare room for the shoot, gate code was [[PASSWORD|4471#]] and i left the key under the blue pot like she said",
    "podcast planning notes: ep 12 guest dr [[PERSON|priya raman]] (climate stuff), ep 13 [[PERSON|benji]] from the bakery, ep 14 tbc. riverside login for guests is [[ID_NUMBER|tidalpod_guest]] / [[PASSWORD|seaglass-7741]]. can u turn this into a schedule",
    "can you make this sound less angry. [[PERSON|callum]] you said the logo was final on tuesday and now you want 3 new concepts for free. thats not how this works mate",
    "how do i split a £2,400 session fee when [[PERSON|ines]] did 2 days and me and [[PERSON|ollie]] did 3 each",
    "bank details for the translation invoice: [[IBAN_CODE|de28 1005 0000 0712 4836 59]], name [[PERSON|katrin ulbrich]]. can you write the payment paragraph in german and english",
    "someone keeps hammering our band site, logs show [[IP_ADDRESS|203.0.113.57]] hitting the contact form 400 times an hour. how do i block one ip on cloudflare",
    "reply to [[PERSON|mo]] saying yes to the 20th, fee 650 incl travel, and ask for the load-in address. keep it short",
    "plz summarise: 'hi its [[PERSON|fern]] from the gallery, the hang is moved to thurs 9am, back door code is [[PASSWORD|2580]], ask for [[PERSON|desmond]] when you get there, bring your own spirit level'",
    "wedding booking form - [[PERSON|amira haddad]] & [[PERSON|luke brennan]], [[STREET_ADDRESS|22 orchard close, stroud gl5 3ph]], [[PHONE_NUMBER|07700 900571]]. can you write the confirmation email with the 30% deposit terms",
    "my accountant wants my ssn on the form for the usa client, is it safe to email it? its [[US_SSN|412-68-3095]]",
    "the mailchimp key [[API_KEY|4f9c2e7a1b8d3c6e0a5f2b9d7e1c4a8b-us14]] stopped working after i changed plans, do i need a new one? its for my illustration shop newsletter",
    "write a short bio for [[PERSON|yusuf demir]], session bassist, 12 years touring, plays upright and fretless, based in bristol",
    "can u check my maths. [[PERSON|gwen]] owes me 3 invoices: 280, 315 and 190. she paid 400 last week. whats left",
    "translate into french pls: dear [[PERSON|marguerite]], the proofs are in the shared folder, password is [[PASSWORD|lavande1952]], please mark any typos in red",
    "remind me what to ask [[PERSON|sung-min]] before the music video shoot. location is [[STREET_ADDRESS|unit 4, 19 tanner street, london se1 3lf]], call time 7am",
    "can you turn this into a proper invoice line: 'editing 6hrs for [[PERSON|rafa]] @ 45/hr, paid to [[IBAN_CODE|gb68 midl 4027 1558 1930 24]]'",
    "client [[PERSON|tiff]] paid by card over the phone and i wrote it on a postit: [[CREDIT_CARD|4716 2293 0851 7749]]. how do i store this safely or should i just shred it",
    "my uncle [[PERSON|ray]] wants me to shoot his 60th for 'exposure' again. how do i say no without starting a family war",
    "email from [[PERSON|elif]] at the print lab: 'your order ships tmrw, tracking to follow, ring [[PHONE_NUMBER|020 7946 0384]] with q's'. is tmrw friday or saturday if she sent it thurs night",
    "need a caption for the gig poster. support act is [[PERSON|dougie mcfarlane]] and his loop pedal. headliner us lol",
    "our shared spotify for artists login is [[ID_NUMBER|thewetleaves]] pw [[PASSWORD|wetleaves4eva]], [[PERSON|niamh]] changed it and didnt tell anyone. write a group msg thats not passive aggressive",
    "tidy these minutes: [[PERSON|pete]] late again. [[PERSON|lou]] to chase venue deposit. [[PERSON|marcus]] to email [[EMAIL_ADDRESS|bookings@thetinroom.co.uk]] about the rider. merch money 212 in the tin",
    # Korean, Dutch, Turkish, Russian, Danish, Hebrew
    "다음 주 토요일 웨딩 촬영 건으로 신부 측에 보낼 안내 문자 좀 써줘. 신부 [[PERSON|김서연]] 님 번호는 [[PHONE_NUMBER|010-4827-3310]], 어머님 [[PERSON|박정희]] 님은 [[PHONE_NUMBER|010-2291-0458]]이야. 계약서용 주민번호는 [[ID_NUMBER|910415-2384161]]라고 받았어.",
    "Kun je een nette herinnering schrijven aan [[PERSON|Joris van Dalen]]? Hij heeft de huwelijksfoto's nog steeds niet betaald (€1.450). Graag overmaken naar [[IBAN_CODE|NL92 RABO 0374 8821 56]] t.n.v. [[PERSON|Sanne Visser]]. Zijn mail is [[EMAIL_ADDRESS|joris.vandalen@kpnmail.nl]].",
    "Merhaba, şu sözleşme maddesini İngilizceye çevirir misin? 'Fotoğrafçı [[PERSON|Elif Yıldırım]] (T.C. Kimlik No: [[ID_NUMBER|28471059310]]), çekim ücretinin yüzde 40'ını rezervasyon sırasında alır.' Altına telefonunu da ekle: [[PHONE_NUMBER|+90 532 418 27 63]].",
    "Помоги составить вежливое письмо клиенту. [[PERSON|Андрей Соколов]] заказал у меня перевод каталога, прошло два месяца, оплаты нет. Его почта [[EMAIL_ADDRESS|a.sokolov.design@yandex.ru]], телефон [[PHONE_NUMBER|+7 916 482-17-35]]. Хочу напомнить без угроз.",
    "Kan du hjælpe mig med at skrive en SMS til [[PERSON|Mette]]? Hun skal hente nøglen til atelieret hos [[PERSON|Jens Holm]] på [[STREET_ADDRESS|Nørrebrogade 114, 2. th., 2200 København N]], og koden til porten er [[PASSWORD|7319]].",
    "תכתוב הודעה קצרה לצלמת שלנו, [[PERSON|נועה כהן]], שהחתונה של [[PERSON|אביטל]] זזה ל-12 בספטמבר. המספר של אמא של הכלה: [[PHONE_NUMBER|052-738-4419]]. בשביל החוזה צריך את תעודת הזהות של הכלה, [[ID_NUMBER|205619380]], והמקדמה תועבר לחשבון [[IBAN_CODE|IL83 0108 0000 0009 9215 473]].",
    # ordinary English
    "Can you draft a contract clause saying the client owns the final edited photos but I keep the right to use them in my portfolio? Client is Tallow Architects, contact [[PERSON|Wendell Pryce]].",
    "Summarise this voicemail transcript: 'Hey, it's [[PERSON|Marisol]], we loved the demo, the label wants you in on the 3rd, call [[PERSON|Ike]] on [[PHONE_NUMBER|(323) 555-0147]] to sort the session, he'll send the NDA.'",
    "I'm a freelance translator. A new client, [[PERSON|Dmitri Volkov]], sent a 40-page PDF and wants it by Monday for 'exposure plus a review'. Is this worth it or a red flag?",
    "Split the Airbnb for the Lisbon wedding shoot: €1,260 for 4 nights. [[PERSON|Hope]] stays all 4, [[PERSON|Raj]] and I stay 3, [[PERSON|Theo]] just 2. What's a fair split by nights?",
    "Please rewrite this more professionally: 'Hi [[PERSON|Bill]], still waiting on the £600 from March. I've emailed [[EMAIL_ADDRESS|accounts@greyhound-events.com]] three times. If it's not in by Friday I'll be adding the late fee from my terms.'",
    "Quick one: my card [[CREDIT_CARD|5287 4410 9362 0184]] was charged twice by the stock photo site. What should I say to the bank?",
    "Write a model release for a street portrait. Model: [[PERSON|Celestine Aubry]], [[STREET_ADDRESS|8 rue des Tanneurs, 69001 Lyon]], phone [[PHONE_NUMBER|06 39 98 41 27]]. Photographer: me. Keep it one page and plain English.",
    "Is this legit? Text says: 'Dear artist, this is [[PERSON|Gordon Fairweather]] from the Arts Council, your grant of £5,000 is ready, please confirm your bank PIN to release funds.' I never applied for anything.",
    "Tidy up my notes into an email to the band: rehearsal moved to Thursday 7pm, room 3 at Blackbird Studios, door code [[PASSWORD|1966*]], [[PERSON|Kasia]] bringing the new snare, [[PERSON|Dev]] still owes £15 for last time.",
    "Could you translate this into Italian for the gallery in Bologna? 'The works will be collected by [[PERSON|Anselm Richter]] on 2 October. Please have the condition reports ready.'",
    "My podcast co-host [[PERSON|Shay]] wants to put our hosting API key in the shared Google Doc: [[API_KEY|rss_live_9Kq2VbX7mT4pLw8ZsN3dHf6Y]]. Convince me that's a bad idea, or tell me it's fine.",
    "Draft a LinkedIn recommendation for [[PERSON|Olumide Bankole]], a sound engineer I worked with on three audiobooks. He's calm, fast and catches everything.",
    "Help me plan a 2-day shoot for [[PERSON|Ingrid]]'s ceramics catalogue: 60 pieces on a white sweep, plus 10 lifestyle shots in her kitchen at [[STREET_ADDRESS|Flat 2, 41 Ashgrove Road, Sheffield S10 1SL]].",
    "The venue wants my tax details before they pay me for the corporate gig. Name [[PERSON|Jordan Ellery]], SSN [[US_SSN|538-21-7764]], address [[STREET_ADDRESS|1207 Magnolia Ave, Apt 3B, Austin, TX 78704]]. Can you lay it out as a W-9 summary so I can double-check?",
    "What should I charge? Mrs [[PERSON|Whitcombe]] wants me to photograph her dog show, 6 hours, 40 dogs, and she wants every dog edited. I usually do £75/hr.",
    "Rewrite warmer: 'Dear Ms [[PERSON|Takahashi]], your manuscript is 30% over the agreed word count so the translation fee changes. New quote attached.'",
    "Write a quick WhatsApp to [[PERSON|Sunny]] asking if she can second-shoot the [[PERSON|Adeyemi]] wedding on the 9th, £250 plus lunch, 10 till 6.",
    "Summarise this email thread: [[PERSON|Carys]] asked for the raw files, I said raws aren't included, she said her cousin [[PERSON|Rhodri]] is a 'photoshop guy', I offered 20 extra edits for £100, she went quiet. What do I send next?",
    "Can you make a cost split for the zine: printing £380, [[PERSON|Zanele]] did layout (no charge, she wants credit), [[PERSON|Hamish]] and I pay printing 50/50, stall fee £30 already paid by [[PERSON|Hamish]].",
    "Translate to Japanese, polite: 'Thank you for booking the studio. The entry code is [[PASSWORD|3318]] and the wifi is StudioNorth / [[PASSWORD|shutterbug-4410]].' The guest is [[PERSON|田中美咲]].",
    "I think someone is using my portfolio account. Login alerts from [[IP_ADDRESS|198.51.100.23]] and [[IP_ADDRESS|198.51.100.91]], username [[ID_NUMBER|okonkwo_visuals]]. What do I check first?",
    "Can you check if this invoice wording is OK: 'Payment due within 14 days to [[PERSON|Leila Farahani]], [[IBAN_CODE|GB40 BARC 2065 8143 9206 17]]. Late payments accrue interest under the Late Payment of Commercial Debts Act.'",
    "Band meeting minutes, please make them readable: [[PERSON|Toby]] - merch. [[PERSON|Nadia]] - socials (new password [[PASSWORD|Velvet#Moth22]], don't share). [[PERSON|Femi]] - van MOT. Me - chase Cardiff venue. Next meeting Sunday.",
    "Help. [[PERSON|Gideon]] from the agency says they'll only pay my illustration invoice if I sign a new contract giving them all rights retroactively. Is that even allowed in the UK?",
    "Draft a firm message to [[PERSON|Priscilla Mwangi]] ([[EMAIL_ADDRESS|pmwangi.events@gmail.com]]) saying the date is only held once the deposit is in, and that two other couples asked about 18 May.",
    "I need a short thank-you card message for Father [[PERSON|Declan]] and the choir for letting us film in the chapel.",
    "Translate into German: 'Hi [[PERSON|Lukas]], the master files are uploaded. Please pay to [[IBAN_CODE|AT79 1910 0002 1385 9406]], reference INV-2291. Thanks, [[PERSON|Rosa]].'",
    "My client in New York wants to pay by card. She read it out: [[CREDIT_CARD|3742 918305 62719]], exp 09/27, name [[PERSON|Delphine Marchetti]]. Is it OK to key it into Square myself?",
    "Write a gentle follow-up to Professor [[PERSON|Augustine Hale]]: he hasn't sent his release form for episode 41 and we publish on Tuesday.",
    "Is this a scam? A 'booking agent' named [[PERSON|Crystal Monroe]] wants my band to play a festival in Dubai and asks for a $900 'work visa fee' by Western Union. The email came from [[EMAIL_ADDRESS|crystal.monroe.booking@festmail.net]].",
    "Plan my week: Mon edit [[PERSON|Abebe]]'s headshots, Tue shoot at [[STREET_ADDRESS|77 Kingsland Road, London E2 8AG]], Wed invoice everyone, Thu call [[PERSON|Marguerite]] about the book cover, Fri off.",
    "Can you shorten this DM? 'Hey [[PERSON|Rain]], loved your zine at the fair! I'm putting together a group show of risograph artists in Leeds in November and would love to include you. Could you send your email?'",
    "Our drummer [[PERSON|Big Al]] lent the van to his brother and it came back with a dent. The insurer wants his licence number, [[ID_NUMBER|MORRI751204AJ9KX]]. How do we handle it without drama?",
    "Write an out-of-office for [[EMAIL_ADDRESS|studio@hanabirch.com]]: away 3-17 August shooting in Norway, urgent bookings to [[PERSON|Callum Rees]] on [[PHONE_NUMBER|07700 900934]].",
    "Fix the wording: 'Per our call, Mr. [[PERSON|Abernathy]] agreed to pay the outstanding balance of $2,300 in two installments, the first by March 1.'",
    "Help me calculate what [[PERSON|Joaquín]] owes: 14 hours of Spanish subtitle work at $32/h, minus a $100 advance, plus a $25 rush fee.",
    "My bank flagged a payment. I sent £900 to [[IBAN_CODE|DE26 3705 0299 0004 4173 25]] for a lens from [[PERSON|Henrik Sauer]] on a forum and now he's not answering. Scam? What can I do?",
    "Draft a message for my gallery contact [[PERSON|Ottoline]]: the crate with the two large canvases will be dropped at the loading bay, [[STREET_ADDRESS|Unit 9, Brunel Yard, 3 Canal Street, Manchester M1 3HE]], Thursday 10am.",
    "Please translate to Portuguese for my Brazilian client: 'Dear [[PERSON|Thiago]], your logo package is attached. The final payment can go to my Wise account, details below.'",
    "Turn this call log into bullet points: 10:02 [[PERSON|Suresh]] rang, wants 200 event photos by Monday. 10:15 rang back, said Wednesday. 11:40 he emailed from [[EMAIL_ADDRESS|suresh.iyer@brightwave-pr.in]] agreeing Wednesday but 'can you do 250'.",
    "I keep the studio's alarm code in my notes: [[PASSWORD|8802]]. My assistant [[PERSON|Bea]] needs it Saturday. Write her a text that explains how to disarm it without me putting the code in WhatsApp.",
    "A client paid £400 but her bank shows the sender as [[PERSON|Gareth Lloyd-Hughes]], not her. Is that normal or a chargeback risk?",
    "Can you help me word an apology to [[PERSON|Anouk]]? I spelled her name wrong in the printed programme for the recital. 300 copies.",
    "Write a short press release: local photographer [[PERSON|Marisa Oyelaran]] wins a regional award for her series on allotments. Contact [[EMAIL_ADDRESS|press@oyelaranphoto.co.uk]].",
    "Can you sort out the cost of the van hire? £186 for the weekend, diesel £64. Four of us: [[PERSON|Dom]], [[PERSON|Keziah]], [[PERSON|Ronan]], me. [[PERSON|Ronan]] only came Saturday.",
    "Help me respond to this: 'Hi, I'm [[PERSON|Lorenzo]], art director at a startup. We love your style. Can you do a test illustration for free so we can see if it fits?' I'm tired of spec work.",
    "Is it safe to give my SSN to a podcast network that wants to pay me as a 1099 contractor? They asked by email. It's [[US_SSN|271-40-8812]] and I'd rather not send it in plain text.",
    "Please write a reminder to our singer [[PERSON|Valentina]] that under the band agreement she can't release the live recordings on her own channel without everyone's sign-off.",
    "My assistant typed up this booking: bride [[PERSON|Chiara Esposito]], groom [[PERSON|Ben Aldous]], venue Hatchlands Barn, [[PHONE_NUMBER|07700 900182]], card for deposit [[CREDIT_CARD|4539 8802 1467 3094]]. Should the card even be in a booking sheet?",
    "Write a polite refusal to the head teacher, Mrs [[PERSON|Ferreira]], who wants a free yearbook shoot in exchange for 'a shout-out in the newsletter'.",
    "Can you fix this caption? 'Huge thanks to [[PERSON|Kofi]], [[PERSON|Ama]] and [[PERSON|Esi]] for modelling for the autumn lookbook, and to [[PERSON|Yaw]] for driving us round Accra all day.'",
    "Our podcast analytics show [[IP_ADDRESS|203.0.113.140]] downloading every episode 50 times a day. [[PERSON|Noor]] thinks it's a bot inflating numbers. Should we tell the sponsor?",
    "I got an email saying my Behance is suspended and to log in at a link with my username [[ID_NUMBER|ferncastle.design]] and password. Real or phishing?",
    "Translate into Polish: 'Dear Mrs [[PERSON|Wiśniewska]], the proofreading is done. I've left comments in the margins. Invoice to follow.'",
    "Plan a timeline for the [[PERSON|Okonjo]]–[[PERSON|Barrett]] wedding: ceremony 2pm, group photos, drinks, dinner 5:30, first dance 8. Photographer (me) leaves 9:30.",
    "My website's contact form is getting spam from [[IP_ADDRESS|192.0.2.146]]. It's WordPress. Can I block it in .htaccess?",
    "Can you write the email to [[PERSON|Hiroshi]] confirming the translation rate? 0.12 per word, minimum £60, 5 working days for up to 3,000 words.",
    "Help me answer [[PERSON|Gloria]], who wants her money back because it rained at her outdoor engagement shoot. My contract says weather reschedules are free but there are no refunds.",
    "The stock agency asks for my Stripe secret key to 'link payouts'. It's [[API_KEY|sk_live_51MxQ2aL8vTbR0yZc4KdWf7Hj]]. Should I paste it into their form?",
    "Rewrite for Instagram with fewer hashtags: 'Shot this for [[PERSON|Benedikt]] and [[PERSON|Lior]] at their courthouse wedding, just the two of them and their dog Pickle #weddingphotography #elopement #love #courthouse #smallwedding'",
    "Our singer [[PERSON|Rosalind]] wants the band's bank details on the merch table sign. Account: [[IBAN_CODE|IE74 AIBK 9310 4172 8836 05]]. Is putting an IBAN on a public sign a bad idea?",
    "I'm double-booked on 6 September. [[PERSON|Eleanor Pike]] booked first, [[PERSON|Tariq]] paid a bigger deposit. Help me write to [[PERSON|Tariq]] to refer him to my friend [[PERSON|Jess]].",
    "Write a message to the letting agent, Ms [[PERSON|Brook]], about our rehearsal space at [[STREET_ADDRESS|Arch 14, Lower Road, London SE16 2XB]]: the roof leaks onto the amps again.",
    "Can you summarise this rider email from [[PERSON|Jean-Baptiste]]? 'Need 2 DI boxes, 4 vocal mics, vegan food for 6, a parking permit for our van, and the green room wifi key, which last time was [[PASSWORD|bluenote2019]].'",
    "I accidentally posted a screenshot to my Stories showing my Dropbox token [[API_KEY|sl.B7xQmZ2pR9vK4tW1nYc8Hd3Lf6Ga0Je5Us]]. It was up for 10 minutes. Do I need to revoke it?",
    "What's a fair kill fee? [[PERSON|Ophelia]] at the magazine commissioned 4 illustrations, I did sketches for all of them, and now they're dropping the feature.",
    "Translate into Spanish for the mariachi band: 'Please arrive by 6, parking is behind the hall, ask for [[PERSON|Guadalupe]] at the door, her number is [[PHONE_NUMBER|(210) 555-0163]].'",
    "Draft an invoice reminder to [[PERSON|Harvey Okwuosa]] for the podcast edit. Include my bank details: [[IBAN_CODE|NL85 INGB 0006 7318 42]], name [[PERSON|Femke de Groot]].",
    "Help me write the about page: I'm [[PERSON|Tamsin]], I shoot weddings in Cornwall, I used to be a nurse, and I have two spaniels who sometimes come along.",
    "The client's assistant sent me their building access: 'fob at reception, lift PIN [[PASSWORD|0719]], ask for [[PERSON|Mateus]]'. Can you put this in a shoot-day checklist for my crew?",
    "Write a complaint to the equipment rental about a faulty lens. The rental was under my member number [[ID_NUMBER|HRX-448217]] and picked up by [[PERSON|Cosmin]].",
    "Can you work out the royalties split? Song written by me, [[PERSON|Hana]] and [[PERSON|Bartholomew]]. [[PERSON|Hana]] wrote the lyrics (40%), [[PERSON|Bartholomew]] and I split the music. Streaming paid £1,240.",
    "My old laptop had my clients' details on it and got stolen. The backup server is at [[IP_ADDRESS|198.51.100.204]] and the admin password was [[PASSWORD|R3dKite!studio]]. What should I tell clients and what do I change first?",
    "A 'collector' called [[PERSON|Winston Achebe-Clarke]] wants to buy three paintings and send a courier. He sent a cheque for £3,000 too much. Classic scam?",
    "Summarise these gig notes: Fri, Half Moon, load in 5, [[PERSON|Shona]] doing sound. Sat, The Lantern, promoter [[PERSON|Vik]] [[PHONE_NUMBER|07700 900726]], we're first on. Sun off.",
    "Write a message to my translator friend [[PERSON|Aylin]] asking if she'd proofread my Turkish subtitles for £80.",
    "Please format this for a release form: subject [[PERSON|Marcus O'Leary]], born 4 March 1990, passport [[ID_NUMBER|532874190]], [[STREET_ADDRESS|16 Dunmore Terrace, Galway H91 X2P7]].",
    "Can you write a script for my voicemail? 'You've reached [[PERSON|Ezra Lindqvist]] Audio, I'm probably in the booth, leave your name and the project and I'll call back.'",
    "My flatmate [[PERSON|Dolores]] and I share one Adobe subscription. Login [[EMAIL_ADDRESS|dolores.and.kit@proton.me]], password [[PASSWORD|Kerning&Coffee9]]. Adobe says it's a violation. Is it?",
    "Help me plan payment chasing: [[PERSON|Abigail Stroud]] owes £450 (60 days), [[PERSON|Pawel]] owes £120 (20 days), the brewery owes £1,100 (45 days). Who do I chase first and how?",
    "Translate to English please: 'Chère [[PERSON|Camille]], merci pour les photos du mariage, nous les adorons ! Le solde sera viré demain. [[PERSON|Hélène]] et [[PERSON|Paul]]'",
    "Check my expenses split for the EP: studio £900 (I paid), mastering £180 ([[PERSON|Sol]] paid), artwork nothing ([[PERSON|Priya]] did it), duplication £240 ([[PERSON|Hugo]] paid). Equal shares between the four of us.",
    "Write a friendly nudge to [[PERSON|Wren]] that the second-shooter agreement still needs her signature, and that her login for the client gallery is [[ID_NUMBER|wren.assist]] with the temporary password [[PASSWORD|Gallery2024!wr]].",
    "Plan the budget for our first live podcast show: venue £350, tech £200, tickets £12 each, [[PERSON|Kemi]] and [[PERSON|Frankie]] take 30% each after costs. How many tickets to break even?",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Giulia Ferraro]], a freelance food stylist based in Milan, was born on 12 May 1991 and gave her codice fiscale as [[ID_NUMBER|FRRGLI91E52F205Q]] on the studio booking form; invoices go to [[EMAIL_ADDRESS|giulia.ferraro.styling@libero.it]].",
    "photographer | [[PERSON|Anneli Sjöberg]] | personnummer [[ID_NUMBER|850714-2381]] | [[PHONE_NUMBER|+46 70 318 42 96]] | Göteborg",
    "Booking confirmed for [[PERSON|Ellie Ashworth]], [[STREET_ADDRESS|9 Holly Bank, Hebden Bridge HX7 6AD]], deposit £300 received, phone [[PHONE_NUMBER|07700 900347]].",
    "[[PERSON|Haruto Kimura]],session drummer,[[ID_NUMBER|4830 1729 5617]],[[EMAIL_ADDRESS|h.kimura.drums@docomo.ne.jp]],Osaka",
    '{"name": "[[PERSON|Olawale Adeyinka]]", "role": "wedding videographer", "ssn": "[[US_SSN|604-33-1957]]", "email": "[[EMAIL_ADDRESS|wale.adeyinka.films@gmail.com]]"}',
    "INV-0087 | [[PERSON|Marco Bellini]] | [[EMAIL_ADDRESS|m.bellini@bellinistudio.it]] | [[IBAN_CODE|IT44 X030 6909 6061 0000 0012 845]] | unpaid 62 days",
    "Dear Sir or Madam, I, [[PERSON|Kieran Doherty]], PPS number [[ID_NUMBER|7329461RA]], confirm that I worked as a self-employed sound technician for the festival in July 2023.",
    '2024-03-11T09:42:17Z login ok user=[[ID_NUMBER|tmarchand_illus]] src=[[IP_ADDRESS|203.0.113.87]] name="[[PERSON|Thibault Marchand]]"',
    "Name: [[PERSON|Bartosz Nowicki]] | Role: concert lighting designer | PESEL: [[ID_NUMBER|92071403453]] | Mobile: [[PHONE_NUMBER|+48 512 804 337]]",
    "Model register no. 214: [[PERSON|Svetlana Orlova]], agency booking line [[PHONE_NUMBER|+7 925 317-40-62]], height 176, passport [[ID_NUMBER|75 4829163]].",
    "Voice actor [[PERSON|Mariam Al-Sayegh]] asked that audiobook royalties be paid to [[IBAN_CODE|ES73 0049 1500 0527 1018 8403]] from the next statement onward.",
    "Translator on file: [[PERSON|Ananya Krishnan]], Tamil and English, Aadhaar [[ID_NUMBER|4821 7730 9620]], contact [[EMAIL_ADDRESS|ananya.k.translates@rediffmail.com]].",
    "[[PERSON|Ngozi Eze]] (wedding florist and stylist) can be reached at [[PHONE_NUMBER|07700 900615]] or [[EMAIL_ADDRESS|ngozi@ezeandbloom.co.uk]]; her studio is at [[STREET_ADDRESS|3 Market Mews, Norwich NR2 1QE]].",
    "First-aid file for the choir tour: [[PERSON|Gethin Parry]], tenor, NHS number [[ID_NUMBER|943 476 5919]], carries an inhaler.",
    '{"customer": "[[PERSON|Harper Quinlan]]", "card": "[[CREDIT_CARD|4929 0613 5582 7462]]", "item": "A3 giclée print", "ship_to": "[[STREET_ADDRESS|488 Linden Street, Burlington, VT 05401]]"}',
    "Freelance contract, party B: [[PERSON|Lotte Bakker]], BSN [[ID_NUMBER|241805739]], wonende te [[STREET_ADDRESS|Lijnbaansgracht 212-2, 1017 RL Amsterdam]].",
    "Canadian payee: [[PERSON|Étienne Gagnon]], jazz pianist, SIN [[ID_NUMBER|527 841 365]], Montréal.",
    "[2024-05-02 14:07:55] WARN failed login for [[ID_NUMBER|hollowmoon_records]] from [[IP_ADDRESS|198.51.100.77]] (account owner [[PERSON|Desiree Okoro]])",
    "Photographer [[PERSON|Yael Mizrahi]] registered with teudat zehut [[ID_NUMBER|034185272]] and phone [[PHONE_NUMBER|054-612-0938]] for the Tel Aviv press pass.",
    "Greek session musician [[PERSON|Nikos Papadakis]], AMKA [[ID_NUMBER|15038507198]], bouzouki and oud, available for studio dates in Athens.",
    "Podcast host [[PERSON|Fitzgerald Mensah]] pays for hosting with card [[CREDIT_CARD|5413 7720 0968 1549]] and receives listener mail at [[EMAIL_ADDRESS|fitz@afterhourspod.com]].",
    '{"artist": "[[PERSON|Sipho Ndlovu]]", "id_number": "[[ID_NUMBER|9107145083089]]", "mobile": "[[PHONE_NUMBER|+27 82 614 3390]]"}',
    "[[PERSON|Lerato Mokoena]], make-up artist, SA ID [[ID_NUMBER|8604220195086]], invoices from [[EMAIL_ADDRESS|lerato.mua@webmail.co.za]], paid R4,200 for the Durban shoot.",
    "To whom it may concern, please release the final payment for the mural to [[PERSON|Beatriz Saldanha]], account [[IBAN_CODE|FR52 1027 8078 0000 0208 4397 104]]. Regards, the committee.",
    "Ilustradora [[PERSON|Marta Quiroga Pérez]], DNI [[ID_NUMBER|48273915C]], teléfono [[PHONE_NUMBER|+34 654 219 873]], disponible para encargos editoriales.",
    "Tenant of studio 5B: [[PERSON|Radu Ionescu]], NIE [[ID_NUMBER|Y3086142Q]], email [[EMAIL_ADDRESS|radu.ionescu.art@gmail.com]].",
    "Wedding register 2025, no. 31: couple contact [[PERSON|Nathaniel Osei]], [[PHONE_NUMBER|020 7946 0518]], [[EMAIL_ADDRESS|nat.osei@btinternet.com]].",
    "Sound designer [[PERSON|Mikko Lehtinen]], henkilötunnus [[ID_NUMBER|140388-2175]], invoices via [[EMAIL_ADDRESS|mikko@lehtinenaudio.fi]].",
    "[[PERSON|Kayla Dominguez]], freelance copywriter, SSN [[US_SSN|319-52-4086]], 1099 total for the year $18,400.",
    "Exhibition loan form, lender [[PERSON|Chen Wei]], resident ID [[ID_NUMBER|110105198807224312]], tel [[PHONE_NUMBER|+86 139 1047 2285]].",
    "[[PERSON|Tobias Grünwald]];[[EMAIL_ADDRESS|tobi.gruenwald@posteo.de]];[[PHONE_NUMBER|+49 30 23125 412]];Bassist;Leipzig",
    "[[PERSON|刘婷]] | 插画师 | 成都 | 身份证号 [[ID_NUMBER|510107199302140625]] | 邮箱 [[EMAIL_ADDRESS|liuting.draws@163.com]]",
    "Username: [[ID_NUMBER|mira_paints_things]] · Display name: [[PERSON|Mira Castellanos]] · Joined 2019 · Last IP [[IP_ADDRESS|192.0.2.61]]",
    "Singapore crew list: [[PERSON|Darren Tan Wei Ming]], gaffer, NRIC [[ID_NUMBER|S8734152F]], HP [[PHONE_NUMBER|+65 9184 2276]].",
    "Intern [[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0218467I]], joined the design studio on 3 June.",
    "Developer settings for [[PERSON|Quentin Leroux]]'s portfolio site: Unsplash access key [[API_KEY|uNsP-7hQ2kLx9vB4mZr6TwY1cJ8dFgA3sE5nV0p]], created 2 April.",
    "작곡가 [[PERSON|이준호]], 주민등록번호 [[ID_NUMBER|880923-1493077]], 연락처 [[PHONE_NUMBER|010-5512-8043]]",
    "Freelancer [[PERSON|Aaliyah Brooks]] lists her studio at [[STREET_ADDRESS|3319 Fulton Street, Suite 2, San Francisco, CA 94118]] and her cell as [[PHONE_NUMBER|(415) 555-0128]].",
    "Australian contractor [[PERSON|Bronwyn Pearce]], TFN [[ID_NUMBER|471 830 259]], mobile [[PHONE_NUMBER|0491 570 338]], paid per wedding.",
    "Collecting society member no. [[ID_NUMBER|00427719]], [[PERSON|Callie Rourke]], songwriter and pianist, Belfast.",
    "Crew medical sheet: [[PERSON|Liam Fitzgerald]], grip, Medicare [[ID_NUMBER|2951 73841 1]], allergic to penicillin.",
    "Customer [[PERSON|Dorothea Finch]] (customer no. [[ID_NUMBER|CU-558120]]) ordered a family portrait session; card on file [[CREDIT_CARD|6011 5830 2294 7161]].",
    "[[PERSON|Aoife Brennan]] | harpist | PPSN [[ID_NUMBER|6048213N]] | [[EMAIL_ADDRESS|aoife.harp@eircom.net]] | Cork",
    "[[PERSON|Ibrahim Diallo]], podcast guest, Dakar, [[PHONE_NUMBER|+221 77 418 20 36]], prefers WhatsApp.",
    "Fiche pigiste : [[PERSON|Clémence Girard]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 114 052 50]], [[STREET_ADDRESS|14 rue Oberkampf, 75011 Paris]].",
    "Passport [[ID_NUMBER|C4K7R2M91]] (Germany) belongs to touring cellist [[PERSON|Friederike Hahn]], born 9 November 1987.",
    "Belgian national number [[ID_NUMBER|85.07.14-263.84]] belongs to [[PERSON|Wouter Claes]], the cameraman hired for the Ghent festival.",
    "Login record: account [[ID_NUMBER|jb.sounddesign]], password reset to [[PASSWORD|Sp1ral-Staircase]] by [[PERSON|Jakob Brandt]] on 12 March.",
    "Norwegian fiddler [[PERSON|Ingrid Solheim]] gave fødselsnummer [[ID_NUMBER|140588 47241]] and account [[IBAN_CODE|NO59 1503 4471 298]] for her festival fee.",
    "[[PERSON|Phoebe Lancaster]] keeps the gallery alarm code [[PASSWORD|6150]] in her phone; the keyholder line is [[PHONE_NUMBER|020 7946 0762]].",
    "Fotógrafo [[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|238 471 969]], IBAN [[IBAN_CODE|PT59 0035 0681 0001 2875 3011 3]].",
    '{"id": 8812, "full_name": "[[PERSON|Arjun Pillai]]", "email": "[[EMAIL_ADDRESS|arjun.pillai.films@gmail.com]]", "ip": "[[IP_ADDRESS|203.0.113.19]]"}',
    "Contract de colaborare: [[PERSON|Andrei Popescu]], CNP [[ID_NUMBER|1880517123479]], telefon [[PHONE_NUMBER|+40 722 418 903]].",
    "Dear Ms [[PERSON|Okonedo]], your booking for the headshot session is confirmed. We will call you on [[PHONE_NUMBER|07700 900852]] the day before.",
    "Músico invitado: [[PERSON|Camila Fuentes]], RUT [[ID_NUMBER|14.382.617-1]], correo [[EMAIL_ADDRESS|camila.fuentes.violin@gmail.com]].",
    "Translator [[PERSON|Søren Kjær]], [[STREET_ADDRESS|Jægersborggade 18, 1. tv., 2200 København N]], [[PHONE_NUMBER|+45 31 42 87 06]], bank [[IBAN_CODE|DK17 3000 0004 8823 71]].",
    "[[PERSON|Kadri Tamm]], Estonian illustrator, isikukood [[ID_NUMBER|48903140270]], works from Tartu.",
    "[[PERSON|Emre Aydın]] | kameraman | [[PHONE_NUMBER|+90 543 207 18 44]] | [[IBAN_CODE|TR85 0001 2009 8130 0004 7719 56]]",
    "Icelandic cellist [[PERSON|Sigrún Jónsdóttir]], kennitala [[ID_NUMBER|140388-2709]], phone [[PHONE_NUMBER|+354 661 4827]].",
    "Photographer [[PERSON|Vanessa Holloway]] paid the workshop fee with [[CREDIT_CARD|2223 0417 5590 8325]]; the receipt went to [[EMAIL_ADDRESS|vholloway.photo@icloud.com]].",
    "Czech animator [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885714/0314]], [[EMAIL_ADDRESS|tereza.dvorakova@seznam.cz]].",
    "Artist statement submitted by [[PERSON|Kwabena Asante]] ([[EMAIL_ADDRESS|k.asante.studio@gmail.com]]) for the spring open call.",
    "Ukrainian translator [[PERSON|Oksana Melnyk]], RNOKPP [[ID_NUMBER|3184205769]], paid to [[IBAN_CODE|PL51 1090 1014 0000 0712 1938 4702]] since she moved to Kraków.",
    "sshd: Accepted password for [[ID_NUMBER|nina_mixes]] from [[IP_ADDRESS|198.51.100.152]] port 50211, owner [[PERSON|Nina Petrović]]",
    "Steuer-ID [[ID_NUMBER|47 382 916 059]]: [[PERSON|Jonas Albrecht]], Komponist, [[STREET_ADDRESS|Oranienstraße 41, 10969 Berlin]], Tel. [[PHONE_NUMBER|030 23125 774]].",
    "[[PERSON|Gus Whitaker]] (venue manager, The Lamplighter) staff wifi: Lamplighter-Staff / [[PASSWORD|pintsandpedals88]]",
    "NZ tour manifest: [[PERSON|Tama Ngata]], merch and driver, NHI [[ID_NUMBER|ZKR4383]], [[PHONE_NUMBER|+64 21 438 7719]].",
    "Contract signed by [[PERSON|Delia Marquez-Hunt]], [[STREET_ADDRESS|71 Birchwood Drive, Asheville, NC 28803]], SSN [[US_SSN|245-71-0398]].",
    "Designer [[PERSON|Larissa Monteiro]], CPF [[ID_NUMBER|371.058.264-44]], celular [[PHONE_NUMBER|+55 11 98471-3306]].",
    "Client record: [[PERSON|Hyun-woo Park]], booking holder no. [[ID_NUMBER|BK-7731904]], [[PHONE_NUMBER|010-7342-1186]].",
    "[[PERSON|Rodrigo Alves]] signed the music licensing agreement under CPF [[ID_NUMBER|602.937.411-74]] on 14 February.",
    "Gallery consignment: artist [[PERSON|Fenella Drummond]], [[STREET_ADDRESS|12 Leven Street, Edinburgh EH3 9LH]], commission 40%, payout to [[IBAN_CODE|GB80 NWBK 6073 0140 1278 55]].",
    "Invoice header: [[PERSON|Priyanka Sandhu]] Translation Services, SIN [[ID_NUMBER|638 205 179]], [[STREET_ADDRESS|2208 West 4th Avenue, Vancouver, BC V6K 1N8]].",
    "[[PERSON|Selin Koç]] generated a Vimeo API token [[API_KEY|vimeo_pat_3f8a1c6e9b2d47f0a5e8c1b4d7f2a9e6]] for the showreel embed.",
    "Event booking, host [[PERSON|Rohan Mehta]], Aadhaar [[ID_NUMBER|6390 1458 2279]], [[PHONE_NUMBER|+91 98201 44367]], sangeet photography, Pune.",
    "The wifi key for [[PERSON|Aurelio Santoro]]'s darkroom is [[PASSWORD|silvergelatin_1974]].",
    "Referral: [[PERSON|Imogen Hartley]], freelance dancer, NHS no. [[ID_NUMBER|485 207 3198]], physio for an ankle sprain after the Edinburgh run.",
    "date, name, email, service, fee, status\n2025-01-14, [[PERSON|Bethany Croft]], [[EMAIL_ADDRESS|beth.croft.words@gmail.com]], copyediting, £340, paid",
    "[[PERSON|Samuel Adjei]]; NHS [[ID_NUMBER|401 863 2754]]; GP Lewisham; occupation: session guitarist",
    "Employee no. [[ID_NUMBER|E-20417]], [[PERSON|Matteo Rinaldi]], freelance retoucher on the agency payroll, remote access from [[IP_ADDRESS|192.0.2.233]].",
    "Opdrachtnemer [[PERSON|Daan Mulder]], BSN [[ID_NUMBER|173629040]], e-mail [[EMAIL_ADDRESS|daan@muldermotion.nl]].",
    "Van hire: driver [[PERSON|Cormac Byrne]], driving licence [[ID_NUMBER|BYRNE806143CM8TQ]], [[PHONE_NUMBER|+353 86 207 5518]].",
    "[[PERSON|Esther Abramowitz]], literary translator (Yiddish, German), [[STREET_ADDRESS|402 Prospect Place, Apt 5F, Brooklyn, NY 11238]].",
    "Swedish songwriter [[PERSON|Oskar Lindgren]], personnummer [[ID_NUMBER|920302-4618]], royalties to [[IBAN_CODE|SE61 8000 0832 7910 0458 3617]].",
    "Studio lockers: locker 12, [[PERSON|Tunde Bakare]], code [[PASSWORD|3092]]",
    '{"podcast": "Night Shift Stories", "host": "[[PERSON|Rosalie Fontaine]]", "stripe_key": "[[API_KEY|rk_live_8cT3mQ9xW2zL5vB7nK4pR1yH]]"}',
    "Signed for delivery of the framed prints: [[PERSON|Augustin Mbeki-Lowe]], [[STREET_ADDRESS|Flat 6, 28 Clifton Hill, Bristol BS8 1BN]], [[PHONE_NUMBER|07700 900109]].",
    "Policy [[ID_NUMBER|PLI-3384106]] covers public liability for [[PERSON|Jasmine Kaur]], event photographer, up to £2m.",
    "Instagram handle [[ID_NUMBER|@saltandsilver.film]] is run by [[PERSON|Maeve Gallagher]]; business email [[EMAIL_ADDRESS|hello@saltandsilver.ie]].",
    "Ticket refund issued to [[PERSON|Lucía Navarro]] on card [[CREDIT_CARD|4556 7302 1189 4235]] after the concert was cancelled.",
    "[[PERSON|Oren Shapiro]], drummer, [[EMAIL_ADDRESS|oren.beats@walla.co.il]], [[PHONE_NUMBER|050-418-2937]]",
    "Minutes of the co-op meeting record that [[PERSON|Winifred Aske]] holds the spare key and the gate code [[PASSWORD|7741*]] for the print studio.",
    "Bio: [[PERSON|Takumi Sato]] is a Tokyo-based mastering engineer. Contact: [[PHONE_NUMBER|+81 90-3318-4602]].",
    "[[PERSON|Alinta Watson]], painter, [[STREET_ADDRESS|14 Wattle Grove, Fremantle WA 6160]], [[PHONE_NUMBER|+61 491 570 612]].",
    "W-9 on file: [[PERSON|Reginald Booker]], SSN [[US_SSN|503-46-2217]], [[EMAIL_ADDRESS|reggie.booker.sax@yahoo.com]].",
    "[[PERSON|Анастасия Кузнецова]], переводчик, [[EMAIL_ADDRESS|a.kuznetsova.translate@mail.ru]], [[PHONE_NUMBER|+7 903 214-58-71]]",
    "Customer number [[ID_NUMBER|448-20931]] at the photo lab belongs to [[PERSON|Percival Oduya]], who pays on account.",
    "[[PERSON|Inès Haddad]], photographe, [[STREET_ADDRESS|22 boulevard de la Liberté, 59800 Lille]], [[PHONE_NUMBER|06 39 98 72 15]], [[EMAIL_ADDRESS|ines.haddad.photo@orange.fr]].",
    "Gate code for the barn venue is [[PASSWORD|1847]]; the bride's contact is [[PERSON|Philippa Crane]] on [[PHONE_NUMBER|07700 900590]].",
    "[[PERSON|Yusra Abdi]], podcast producer, [[EMAIL_ADDRESS|yusra.abdi.audio@gmail.com]], day rate £220, based in Leicester.",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks, no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive blog post for freelance photographers explaining why they should never start a job without a signed contract, with three short examples.",
    "Compose a short poem in the style of Emily Dickinson about waiting for an invoice to be paid.",
    "Imagine you are Vincent van Gogh writing to a modern gallery that has rejected your work. Write the letter in under 200 words.",
    "How can a freelance illustrator balance creative work with the admin of quotes, invoices and taxes? Suggest a weekly routine.",
    "Explain the difference between a work-for-hire agreement and a licensing agreement to a musician who has never signed either.",
    "Role-play as Sherlock Holmes deducing, from a messy home studio, what kind of freelancer works there.",
    "Write a Python function that takes a list of invoices, each with an amount and a due date, and returns the ones more than 30 days overdue.",
    "Extract the key obligations from this sample clause: 'The Licensee may reproduce the Work in print and digital media for two years, in North America only, and shall credit the Creator in each use.'",
    "What are the pros and cons of pricing wedding photography by package rather than by the hour?",
    "Compare the storytelling approaches of Dorothea Lange and Henri Cartier-Bresson in one paragraph each.",
    "Draft a template email a translator could send to a new client asking about the deadline, word count, file format and glossary. Use placeholders such as CLIENT_NAME instead of real names.",
    "Write a short story of under 300 words about a session musician who discovers that a song she played on has become a hit.",
    "What questions should a podcaster ask before accepting a sponsorship deal?",
    "Act as a career coach. A graphic designer is burned out after ten years of freelancing. What would you suggest?",
    "Summarise the plot of Puccini's La bohème in five sentences, focusing on the artists' money troubles.",
    "How might the music industry have developed if recorded sound had never been invented?",
    "Describe a chord progression that feels melancholy but hopeful, and explain why it works.",
    "Write a limerick about a band whose van breaks down on the way to a festival.",
    "Give me ten creative names for a small risograph printing studio.",
    "What strategies can a freelance writer use with a client who keeps expanding the scope of a project?",
    "If Frida Kahlo had an Instagram account, what kind of posts might she share? Answer playfully.",
    "Explain in plain language how copyright registration works for photographs in the United States.",
    "Write a SQL query that returns total revenue per client from a table invoices(client_id, amount, paid_at), counting only invoices paid in 2024.",
    "Give a step-by-step plan for a first-time wedding videographer preparing to film a ceremony in a dark church.",
    "Pretend you are Hamlet, reimagined as a struggling playwright negotiating royalties with a theatre. Deliver a short soliloquy.",
]

CLEAN_GSM8K = [
    "Amara sells prints at a craft fair for $18 each. She sells 23 prints on Saturday and 17 on Sunday, and pays a $60 stall fee. How much money does she make after the fee?",
    "A band of 4 gets paid $520 for a gig. They spend $64 on gas and split the rest equally. How much does each member get?",
    "Tomás translates 2,400 words a day. A novel has 86,400 words. If he takes one day off after every 6 working days, how many days in total will the translation take?",
    "A wedding photographer charges $2,800 per wedding and takes a 25% deposit at booking. If she books 14 weddings this year, how much does she collect in deposits?",
    "Lena edits 45 photos per hour. A client wants 630 photos edited. If she works 6 hours a day, how many days will it take?",
    "A podcast gets 1,200 downloads in its first week and 15% more each week after that. How many downloads does it get in the third week?",
    "Kenji buys 3 rolls of film at $14 each and pays $9 per roll to develop them. How much does he spend in total?",
    "A designer quotes 18 hours for a logo at $55 an hour, but the job takes 23 hours. If she sticks to her quote, what is her effective hourly rate, to the nearest cent?",
    "A choir of 36 singers is split into sopranos, altos, tenors and basses in the ratio 4:3:3:2. How many tenors are there?",
    "Zara's invoice for $1,200 is paid 40 days late. Her contract charges 1.5% interest for every 30 days late, counting any part period as a full one. How much interest is owed?",
    "A gallery takes 40% commission. Ravi sells a painting for $950. How much does Ravi receive?",
    "A music teacher has 12 students paying $30 a lesson and 5 paying $45. Each student has 4 lessons a month. What is her monthly income?",
    "Nadia writes 3 blog posts a week for a client at $120 each. How much does she earn in 13 weeks?",
    "A videographer's drone battery lasts 22 minutes. He needs 1 hour and 50 minutes of flight time. How many batteries does he need if each is used once?",
    "Ellis, Mo and Priti share a studio whose rent is $1,350 a month. Ellis uses it half the time, and the other two split the remaining time equally. How much does Mo pay?",
    "A printer charges $2.40 per zine for the first 100 copies and $1.80 for each copy after that. How much do 250 copies cost?",
    "A song is streamed 8,000 times on its first day, and the number of streams doubles every day for the next 4 days. How many streams does it get over the 5 days?",
    "Jonah charges $0.09 per word for translation with a minimum fee of $75. How much does he charge for a 640-word text, and for a 1,100-word text?",
    "Sofia buys a camera for $1,850, a lens for $640 and a bag for $85. She gets a 12% discount on the whole order. What does she pay?",
    "A theatre has 18 rows of 24 seats. Tickets cost $15 and 85% of the seats are sold. How much money comes in?",
    "Marcus drives 146 miles to a gig and back again. His van uses a gallon every 18 miles and fuel costs $3.60 a gallon. What does the fuel cost, to the nearest dollar?",
    "An illustrator finishes 5 pages of a 48-page picture book each week. After 6 weeks, what fraction of the book is still left to draw?",
    "Ife sold 42 concert T-shirts at $22 and 17 tote bags at $12. The merchandise cost her $480. What was her profit?",
    "A wedding band plays three 45-minute sets with two 15-minute breaks between them. If they start at 7:30 pm, when do they finish?",
    "A podcast editor bills 2.5 hours for every hour of audio, at $40 an hour. This month she edits 14 hours of audio. How much does she invoice?",
]

CLEAN_MMLU = [
    "Under US copyright law, who generally owns the copyright in a photograph taken by a freelance photographer when there is no written agreement? A) The client who paid for it B) The photographer C) The person photographed D) Nobody; it enters the public domain",
    "Which f-number lets the most light through a lens? A) f/1.8 B) f/4 C) f/8 D) f/16",
    "In music theory, how many semitones make up a perfect fifth? A) 5 B) 6 C) 7 D) 8",
    "Which Renaissance artist painted the ceiling of the Sistine Chapel? A) Raphael B) Michelangelo C) Donatello D) Titian",
    "A 'kill fee' in freelance publishing is best described as: A) a penalty the writer pays for missing a deadline B) a payment to the writer when a commissioned piece is cancelled C) a fee for removing a published article D) an agent's commission",
    "What does the ISO setting control on a digital camera? A) The shutter speed B) The sensor's sensitivity to light C) The white balance D) The focal length",
    "Which sampling rate is standard for audio CDs? A) 32 kHz B) 44.1 kHz C) 48 kHz D) 96 kHz",
    "In accounting, money owed to a business by its clients is recorded as: A) accounts payable B) accounts receivable C) retained earnings D) depreciation",
    "Which colour model is used mainly for print design? A) RGB B) HSV C) CMYK D) LAB",
    "The Berne Convention is an international agreement on: A) trademarks B) patents C) copyright D) domain names",
    "Who wrote the novel Don Quixote? A) Lope de Vega B) Miguel de Cervantes C) Federico García Lorca D) Gabriel García Márquez",
    "Which time signature is typical of a waltz? A) 2/4 B) 3/4 C) 4/4 D) 6/8",
    "A contract clause that caps the amount one party must pay if things go wrong is a: A) force majeure clause B) limitation of liability clause C) non-compete clause D) severability clause",
    "In photography, the rule of thirds is a guideline about: A) exposure B) composition C) colour grading D) lens choice",
    "Which of these audio file formats is lossless? A) JPEG B) MP3 C) FLAC D) AAC",
    "A freelancer who lowers prices to win more work is responding to: A) inelastic demand B) the price elasticity of demand C) fixed costs D) inflation targeting",
    "Which microphone type generally needs phantom power? A) Dynamic B) Passive ribbon C) Condenser D) Piezo contact",
    "The painting The Persistence of Memory is by: A) René Magritte B) Salvador Dalí C) Joan Miró D) Max Ernst",
    "A moral right in copyright law typically protects: A) the right to resell B) the right to be credited and to object to distortion C) the right to a minimum fee D) the right to tax relief",
    "Which typeface classification has small strokes at the ends of letters? A) Sans-serif B) Serif C) Monospace D) Script",
    "In double-entry bookkeeping, when a client pays an invoice, cash increases and which account decreases? A) Revenue B) Accounts receivable C) Liabilities D) Equity",
    "What is the main purpose of a model release? A) To set the model's fee B) To grant permission to use a person's likeness C) To transfer copyright to the model D) To insure the shoot",
    "Moving up one octave corresponds to: A) doubling the frequency B) halving the amplitude C) tripling the frequency D) a quarter tone",
    "Photographers call which of these times the golden hour? A) Noon B) Shortly after sunrise C) Midnight D) Any overcast hour",
    "Under the GDPR, a freelance photographer who keeps clients' names and addresses is usually a: A) data processor only B) data controller C) supervisory authority D) data subject",
]

CLEAN_HEALTH = [
    "What stretches help with wrist pain from long hours of drawing on a tablet?",
    "How can a touring musician avoid losing their voice during a week of back-to-back shows?",
    "Is it safe to use in-ear monitors at high volume every night? What are the signs of hearing damage?",
    "What is a healthy way to deal with stage fright before a performance?",
    "I get neck and shoulder pain after editing photos for hours. Which desk setup changes help?",
    "What are the early symptoms of tinnitus, and when should someone see a doctor about it?",
    "How much sleep do adults need, and does a nap make up for a late gig night?",
    "Are there risks in breathing fumes from spray fixative and varnish in a small studio?",
    "What causes eye strain from screens, and does the 20-20-20 rule really work?",
    "How should a photographer who carries heavy camera bags protect their lower back?",
    "What are common symptoms of burnout, and how is it different from depression?",
    "Can drinking coffee before singing dry out the vocal cords?",
    "What should go in a basic first-aid kit for a wedding photographer's bag?",
    "Is it normal for fingertips to hurt when learning guitar, and how long until calluses form?",
    "What are the symptoms of carpal tunnel syndrome, and how is it treated?",
    "How can someone who works irregular freelance hours keep a regular eating schedule?",
    "What are safe ways to warm up the voice before a long podcast recording?",
    "Is standing for ten hours at a wedding bad for your feet, and what kind of shoes help?",
    "How does dehydration affect concentration during long writing sessions?",
    "Are blue-light glasses worth it for people who edit video late at night?",
    "What is the difference between an anxiety disorder and ordinary nerves before a big client pitch?",
    "What can a drummer do to prevent tendonitis in the forearms?",
    "How loud is too loud, in decibels, for a rehearsal room, and for how long?",
    "Which vaccinations are usually recommended before travelling abroad for a destination wedding shoot?",
    "What helps with lower back pain from sitting at a desk translating all day?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    # in the chat
    "910415-2384161": rrn_ok,  # Korean resident registration number
    "28471059310": kimlik_ok,  # Turkish kimlik
    "205619380": luhn_len(9),  # Israeli teudat zehut
    # in the records
    "FRRGLI91E52F205Q": codice_fiscale_ok,  # Italian codice fiscale
    "850714-2381": luhn_len(10),  # Swedish personnummer
    "4830 1729 5617": my_number_ok,  # Japanese My Number
    "7329461RA": pps_ok,  # Irish PPS number
    "92071403453": pesel_ok,  # Polish PESEL
    "4821 7730 9620": aadhaar_ok,  # Indian Aadhaar
    "943 476 5919": nhs_ok,  # NHS number
    "241805739": bsn_ok,  # Dutch BSN
    "527 841 365": luhn_len(9),  # Canadian SIN
    "034185272": luhn_len(9),  # Israeli teudat zehut
    "15038507198": luhn_len(11),  # Greek AMKA
    "9107145083089": luhn_len(13),  # South African id
    "8604220195086": luhn_len(13),  # South African id
    "48273915C": dni_ok,  # Spanish DNI
    "Y3086142Q": dni_ok,  # Spanish NIE
    "140388-2175": hetu_ok,  # Finnish henkilötunnus
    "110105198807224312": china_id_ok,  # Chinese resident identity number
    "510107199302140625": china_id_ok,  # Chinese resident identity number
    "S8734152F": nric_ok,  # Singapore NRIC
    "T0218467I": nric_ok,  # Singapore NRIC
    "880923-1493077": rrn_ok,  # Korean resident registration number
    "471 830 259": tfn_ok,  # Australian tax file number
    "2951 73841 1": medicare_ok,  # Australian Medicare card
    "6048213N": pps_ok,  # Irish PPS number
    "2 85 07 75 114 052 50": nir_ok,  # French NIR
    "85.07.14-263.84": belgian_id_ok,  # Belgian national number
    "140588 47241": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 471 969": nif_ok,  # Portuguese NIF
    "1880517123479": cnp_ok,  # Romanian CNP
    "14.382.617-1": rut_ok,  # Chilean RUT
    "48903140270": isikukood_ok,  # Estonian isikukood
    "140388-2709": kennitala_ok,  # Icelandic kennitala
    "885714/0314": rodne_cislo_ok,  # Czech rodné číslo
    "3184205769": rnokpp_ok,  # Ukrainian RNOKPP
    "47 382 916 059": steuer_id_ok,  # German tax id
    "ZKR4383": nhi_ok,  # New Zealand NHI
    "371.058.264-44": cpf_ok,  # Brazilian CPF
    "602.937.411-74": cpf_ok,  # Brazilian CPF
    "638 205 179": luhn_len(9),  # Canadian SIN
    "6390 1458 2279": aadhaar_ok,  # Indian Aadhaar
    "485 207 3198": nhs_ok,  # NHS number
    "401 863 2754": nhs_ok,  # NHS number
    "173629040": bsn_ok,  # Dutch BSN
    "920302-4618": luhn_len(10),  # Swedish personnummer
}
RECORD_NATIONAL_IDS = 44

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"05\d-\d{3}-\d{4}",  # Israel mobile
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"\+7 9\d{2} \d{3}-\d{2}-\d{2}",  # Russia mobile
        r"\+45 \d{2} \d{2} \d{2} \d{2}",  # Denmark
        r"\+46 7\d \d{3} \d{2} \d{2}",  # Sweden mobile
        r"\+353 8\d \d{3} \d{4}",  # Ireland mobile
        r"\+(27|34|40|48|55|64|65|81|86|91|221|354) [\d -]+\d",  # no fiction range known
    )
]

# The length of an IBAN in each country the texts use.
IBAN_LENGTHS = {
    "AT": 20, "DE": 22, "DK": 18, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "IL": 23,
    "IT": 27, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24, "TR": 26,
}  # fmt: skip


def spans_of(texts: list[str], kind: str) -> list[str]:
    """The values of one type across ``texts``."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_mix() -> None:
    """The chat names people, holds secrets and every type; each record names exactly one
    person, marked once; IBANs have their country's length; the records hold about 40
    national ids."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        if [s["type"] for s in marked_spans(marked)].count("PERSON") != 1:
            raise SystemExit(f"records: not exactly one name in {marked[:60]!r}")
    for value in spans_of(CHAT + RECORDS, "IBAN_CODE"):
        compact = value.replace(" ", "").upper()
        if len(compact) != IBAN_LENGTHS.get(compact[:2]):
            raise SystemExit(f"IBAN {value!r} not of its country's length")
    in_records = set(spans_of(RECORDS, "ID_NUMBER")) & set(NATIONAL_IDS)
    if len(in_records) != RECORD_NATIONAL_IDS:
        raise SystemExit(f"records: {len(in_records)} national ids")


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
        "blind130", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
