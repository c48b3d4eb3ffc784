# ruff: noqa: E501
"""A hundred-and-twenty-fourth blind privacy set: 220 texts with personal data and 100
clean ones, on online shopping and customer service.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions
of ``build_blind36.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations). The theme is online shopping and customer
service: orders, returns and refunds, delivery problems, marketplace buying and selling,
subscriptions, warranty claims, complaints to shops, loyalty accounts, chargebacks and
fake-shop and parcel-scam messages.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, complaints and reviews, summarising pasted call logs, tickets, minutes
  and e-mail threads, translating, fixing wording, splitting costs, asking whether a text or
  e-mail is a scam, planning returns. The first 30 are typed all in lower case (names,
  e-mails and codes too, with shorthand and typos); the next 6 are in French, German,
  Portuguese, Russian, Thai and Hungarian; the other 84 in ordinary English. Names of many
  origins (some in Chinese, Korean, Arabic, Greek, Cyrillic and Thai script), first names
  alone, surnames after titles, full names, nicknames, names that are ordinary words
  (June, Grace, Hope, Sunny, Rusty), many named in passing with no cue word; secrets are
  passwords, PINs, gate, alarm, padlock and parcel-locker codes, a wifi key, a security
  word and a passphrase; 1 to 8 values a text.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  returns and warranty register entries and short letters from shops, each holding exactly
  one person's name and one to four other values; 42 hold a national id with valid check
  digits, as shops, marketplaces and online pharmacies ask for them (invoices, seller tax
  reporting, instalment credit checks, customs clearance, age checks at delivery).

Usernames, marketplace handles, logins, customer, member, loyalty-card, policy and employee
numbers, passports and national ids are ID_NUMBER; PINs, security words, door, gate, alarm,
padlock and locker codes, wifi keys, passwords and passphrases are PASSWORD; titles and
relation words (Mrs, Herr, Frau, the Thai คุณ, my nan, my aunt) stay outside PERSON spans;
an address span runs from the first street line (flat or unit included) through the
postcode and city as typed; a signature in capitals is a name like any other. Public
figures, fictional characters, companies and shops, order, case, invoice, serial and
chargeback references, postcodes alone, card endings, amounts and dates of birth are not
labelled; every occurrence of a private value is marked (a name repeated is marked each
time). A scammer's phone number or e-mail in a pasted message is labelled like any other.
The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
naming historical or fictional people), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
mostly about shopping, deliveries, consumer rights and products bought online.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere (Ireland, Brazil, Russia, Thailand, Hungary, Japan,
China, India, Poland, South Africa, Singapore, Turkey, Korea, Finland, Iceland, Czechia,
Spain, Chile, New Zealand, Portugal, Mexico, Nigeria); cards Luhn-valid (15 or 16 digits)
and not well-known test numbers; IBANs valid mod 97, of their country's length and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits (Portuguese NIF, Swedish
personnummer, Italian codice fiscale, Chinese resident id, Indian Aadhaar, Polish PESEL,
NHS number, South African id, Irish PPS number, French NIR, Turkish kimlik, German tax id,
Korean resident registration number, Singapore NRIC, Australian TFN and Medicare, Japanese
My Number, New Zealand NHI, Belgian national number, Norwegian fødselsnummer, Finnish
henkilötunnus, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech
rodné číslo, Ukrainian RNOKPP, Canadian SIN, Israeli teudat zehut, Greek AMKA, Spanish DNI
and NIE, Dutch BSN, Brazilian CPF).

Run ``.venv/bin/python bench/data/build_blind124.py`` from the repository root; the output
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
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Auntie|Aunt|Uncle|Nan|Herr|Frau|Mme|Madame|Monsieur|M|Sr|Sra|Dona|Senhor|Khun)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "hi can u help me write a polite chaser to a seller, parcel still not here after 3 wks. seller is [[PERSON|darnell okoye]], his email is [[EMAIL_ADDRESS|d.okoye.vintage@gmail.com]], it was a denim jacket for 45 quid and tracking hasnt moved since the 4th",
    "is this a scam?? text says evri couldnt deliver, pay £1.45 to rebook. i already typed my card in before thinking 😬 [[CREDIT_CARD|4539 2817 6604 3317]] exp 09/27. what do i do first",
    "split this pls: me, [[PERSON|priya]], [[PERSON|tomasz]] and [[PERSON|keisha]] did one big order on the takeaway app, £41.60 incl delivery. [[PERSON|priya]] didnt have a drink (£1.80) and [[PERSON|tomasz]] used a £5 voucher thats only his. who owes what",
    "my nan [[PERSON|maureen]] got charged twice for a kettle on the argos site. shes at [[STREET_ADDRESS|27 hollybank rd, stockport sk4 3ht]], number [[PHONE_NUMBER|07700 900417]]. can u draft a short email from her asking for the duplicate payment back",
    "return slip for [[PERSON|jamal whitaker]] pls, cust no [[ID_NUMBER|cx-4471920]]",
    "my brother [[PERSON|ade]] keeps asking for the amazon login so he can track his present lol. its [[EMAIL_ADDRESS|folake.adeyemi88@yahoo.co.uk]] pw [[PASSWORD|sunflower!lagos22]]. is it safer to just send him the tracking link",
    "summarise this call log for my manager, keep it short: 10:14 mrs [[PERSON|ogunbiyi]] rang re missing sofa delivery, 2nd call this week, v upset. 10:20 checked w depot, driver [[PERSON|kev]] says nobody home and left a card. 10:31 she insists she was in all day and has a doorbell cam, will send footage. 10:40 offered redelivery thurs + £20 goodwill, she refused, wants full refund and the sofa cancelled. 10:52 escalated to team lead. callback on [[PHONE_NUMBER|020 7946 0382]] after 2pm",
    "translate to polish for my neighbour [[PERSON|bożena]] pls: your parcel was left with me at number 14, knock anytime after 6",
    "does this look legit? 'your paypal is limited, verify within 24h at paypal-resolve-center.com' sent to [[EMAIL_ADDRESS|g.mcallister@btinternet.com]]. ive never even had paypal",
    "ok so the vinted buyer [[ID_NUMBER|lottie.b.loves.knits]] says the jumper has a hole and wants a refund but it was fine when i posted it, i have photos. help me reply firm but nice, im [[PERSON|shauna]] on there",
    "courier keeps failing so can u write delivery instructions: [[STREET_ADDRESS|flat 3, 41 marlowe court, brighton bn2 1qp]], gate code [[PASSWORD|4719]] then press the bell, or leave with [[PERSON|stelios]] in flat 1",
    "need to cancel the monthly snack box subscription. account email [[EMAIL_ADDRESS|hamza.rafiq@outlook.com]], member id [[ID_NUMBER|sbx-208817]]. short cancellation email that also says dont charge me again pls",
    "fix my wording: hi [[PERSON|lena]], the refund for the lamp went back to your card on monday, it take 3-5 days to show. sorry for trouble. [[PERSON|raf]]",
    "me and mum bought a fridge freezer on finance, 899 total, she put 300 down, i pay the rest over 12 months at 0%. how much monthly and whats her share in %? her name is [[PERSON|anjali]] if u write it up",
    "got a whatsapp from 'dhl' on [[PHONE_NUMBER|+44 7700 900662]]: ur package is on hold due to incomplete address, reply with full name and date of birth. scam right? my sister [[PERSON|noor]] got the same",
    "write a complaint to the furniture place, wrong colour sofa sent twice now. me: [[PERSON|bernadette kiely]], [[STREET_ADDRESS|9 ashgrove park, ballincollig, co. cork p31 xk82]], [[PHONE_NUMBER|087 341 5596]]. want it collected and the right one before xmas",
    "turn these notes into an email to [[PERSON|wojtek]] at the warehouse: pallet 3 short by 12 units, photos attached. his scanner login is [[ID_NUMBER|wk_stores07]] pw [[PASSWORD|forklift2024]] if he needs to check the log from home",
    "my shop api key for the stock sync app stopped working after i regenerated it, new one is [[API_KEY|x6k2vq9tmw3rj8pl4bn7dyz0hs5c]], do i paste it anywhere else too? the shop is still under [[PERSON|june]]'s name",
    "make this shorter for a review: ordered a birthday cake for my daughter [[PERSON|amara]], it came 2 hours late and squashed, the girl on the phone [[PERSON|chantelle]] was lovely tho and refunded delivery",
    "which is cheaper per month, netflix standard at 10.99 or that bundle [[PERSON|gaz]] keeps going on about at 18 for three apps? we'd split it with [[PERSON|dee]] and [[PERSON|hollie]]",
    "my little bro [[PERSON|kofi]] used my card on a game without asking, £79.99. bank says i can do a chargeback but is that fraud if its family?? card is [[CREDIT_CARD|5412 7734 0918 2659]]",
    "draft a msg to the landlord [[PERSON|gurpreet]] asking if parcels can go to the office downstairs, stuff keeps getting nicked from the hallway at [[STREET_ADDRESS|flat 6b, 210 kingsland road, london e2 8ah]]",
    "what does this mean on my ebay seller page 'unusual sign in from [[IP_ADDRESS|203.0.113.58]]'? i only log in from home. username [[ID_NUMBER|retro_radios_rob]]. [[PERSON|siobhan]] made me change the pw to [[PASSWORD|radiogaga!1962]] already",
    "summarise: hi all quick update from [[PERSON|marisol]] - supplier wants the 140 mugs back by fri, [[PERSON|dev]] to box them, [[PERSON|yusuf]] books the collection, refund shd land in 10 days. any q's ring me [[PHONE_NUMBER|07700 900218]]",
    "how do i get a refund from a ticket resale site when the seller [[PERSON|brandon]] sent a pdf thats already been scanned? paid him by bank transfer, account name [[PERSON|b hartley]]",
    "the parcel locker code for my order is [[PASSWORD|638 204]] but the locker at tesco says invalid?? been 2 days. my flatmate [[PERSON|ollie]] tried too. message inpost or the shop",
    "write a short firm reply to [[PERSON|chidi]] on marketplace who keeps lowballing my bike, listed at £250 and he offers £60 then rings from [[PHONE_NUMBER|07700 900735]] at 11pm",
    "bought a laptop on the 2nd, opened it but never used. store says 15% restocking fee. legal in the uk? receipt is under [[PERSON|haruto]]'s name, my husband",
    "pls check this chargeback letter before i send: i, [[PERSON|lucía ferreira]], dispute the charge of €129 from glowbeauty ltd on my card [[CREDIT_CARD|4024 0071 5839 9021]]. goods never arrived and the site is now offline. sound ok?",
    "sketchy 'points expiring' email came to my work one [[EMAIL_ADDRESS|r.nakamura@brightwell-logistics.co.uk]] asking for my boots card number and pin. obv not giving the pin [[PASSWORD|0412]] but is the card number risky? its [[ID_NUMBER|6334 8821 0047 5519]]. [[PERSON|wen]] got one too",
    # French, German, Portuguese, Russian, Thai, Hungarian
    "Peux-tu m'aider à écrire un message au vendeur ? J'ai acheté une commode sur Leboncoin à [[PERSON|Gérard Lemoine]], il devait l'envoyer par Mondial Relay il y a dix jours. Son numéro : [[PHONE_NUMBER|06 39 98 41 27]]. Je l'ai payé par virement sur [[IBAN_CODE|FR76 3000 4008 1200 0104 5738 181]] et depuis, plus de nouvelles.",
    "Kannst du diese Notiz kurz zusammenfassen? „Kundin Frau [[PERSON|Schwarzkopf]] hat angerufen, die Waschmaschine wurde mit Delle geliefert. Sie möchte Austausch statt Rückerstattung. Rückruf unter [[PHONE_NUMBER|030 23125 648]], Kundennummer [[ID_NUMBER|KD-5520183]].“ Danke!",
    "Me ajuda a responder esse cliente? O [[PERSON|Thiago Nascimento]] comprou um fone na minha loja online e diz que veio com defeito. Ele mandou o CPF [[ID_NUMBER|674.120.358-35]] pra nota fiscal e o celular [[PHONE_NUMBER|(11) 98734-5120]]. Quero oferecer troca, não reembolso.",
    "Помоги написать жалобу в интернет-магазин: заказ пришёл без зарядки, а курьер [[PERSON|Дмитрий]] не стал ждать, пока я проверю коробку. Получатель — [[PERSON|Ольга Сергеевна Белова]], телефон [[PHONE_NUMBER|+7 916 482-37-15]], адрес [[STREET_ADDRESS|ул. Профсоюзная, д. 56, кв. 112, Москва, 117393]].",
    "ช่วยดูหน่อยค่ะ ว่าข้อความนี้หลอกลวงหรือเปล่า แม่ได้ SMS ถึงคุณ[[PERSON|มาลี ศรีสุข]] บอกว่าพัสดุตกค้างที่ศูนย์ ให้โทรกลับเบอร์ [[PHONE_NUMBER|081-274-5396]] แล้วโอนค่าธรรมเนียม 35 บาท แม่เกือบโอนไปแล้ว",
    "Segítenél megfogalmazni egy panaszlevelet? A webáruház két hete nem utalja vissza a pénzt a visszaküldött porszívóért. Nevem [[PERSON|Kovács Eszter]], a számlaszámom [[IBAN_CODE|HU97 1177 3016 6208 1493 0057 2186]], telefonom [[PHONE_NUMBER|+36 30 418 2957]]. Udvarias, de határozott legyen.",
    # English
    "Can you help me word a return request? I bought hiking boots from a small online shop and the sole came away after two walks. The owner is [[PERSON|Callum Reid]] and the only contact on the site is [[EMAIL_ADDRESS|callum@reidoutdoorgear.co.uk]].",
    "Is this a scam? Someone texted my dad [[PERSON|Eugene]] saying his Prime renewal of £95 failed and he should call [[PHONE_NUMBER|020 7946 0915]] to cancel it. He doesn't even have Prime.",
    "My grandmother [[PERSON|Dolores Whitfield]] got a call from someone claiming to be a department store's card fraud team. They read back her address, [[STREET_ADDRESS|418 Larkspur Lane, Tucson, AZ 85716]], then asked her to confirm her Social Security number and she did: [[US_SSN|529-18-4076]]. What should she do now, step by step?",
    "Summarise for the team: Chargeback received on order 88213. Cardholder [[PERSON|Tamsin Albright]] claims item not received. Our evidence: tracking shows delivered 14 March, signed [[PERSON|T. ALBRIGHT]], checkout IP [[IP_ADDRESS|198.51.100.23]] matches her previous three orders. Deadline to respond 2 April.",
    "We're moving the shop's payments to a new plugin. The old developer, [[PERSON|Nikhil]], left this in a text file in our shared Dropbox: live secret key [[API_KEY|sk_live_51PqR7vXw2LmN8cT4bYz9KdHs0aJf]]. Is that a problem? What should we rotate first?",
    "Please translate into Spanish for a customer: Dear Mrs [[PERSON|Gutiérrez]], we are sorry your order arrived damaged. A replacement will be sent to [[STREET_ADDRESS|Calle de Toledo 84, 3º B, 28005 Madrid]] within five working days.",
    "Four of us are buying a leaving present for our boss: a £180 espresso machine plus £12 engraving. [[PERSON|Aisling]] paid on her card, [[PERSON|Marek]] can only do £30, and [[PERSON|Femi]] and I split the rest. How much do we each send [[PERSON|Aisling]]?",
    "Write a short note to tuck in the parcel: thank you to [[PERSON|Grace]] for buying my old record player, the spare needle is in the side pocket.",
    "Our shop's card machine keeps dropping off the wifi. The engineer, [[PERSON|Lewis]], asked me to text him the network name and key. Is that okay? Network is PENNY_LANE_STORE, key [[PASSWORD|Brambl3&Honey!]].",
    "Can you make this sound less angry? Hi [[PERSON|Dmitri]], I've waited SIX weeks for the refund you promised. I've sent my bank details twice already: [[IBAN_CODE|GB82 LOYD 3096 1277 4501 82]]. If it's not back by Friday I'm opening a PayPal claim.",
    "Help me plan returns this week: a jacket to Zara by Thursday, shoes through the InPost locker, and the broken headphones back to [[PERSON|Yolanda]], who sold them to me on Facebook and lives at [[STREET_ADDRESS|22 Fairfield Crescent, Wolverhampton WV3 9DL]].",
    "Is it normal for an online furniture shop to want a photo of my passport before delivering a £1,400 sofa? My passport number is [[ID_NUMBER|548213967]] and they want the whole photo page. [[PERSON|Rob]] thinks it's fine.",
    "Draft a warranty claim: cordless vacuum from a brand called Vornex stopped charging after 14 months, 2-year warranty. Registered to [[PERSON|Hyun-woo Lim]], [[EMAIL_ADDRESS|hwlim.home@gmail.com]], serial VX-22-918841.",
    "Turn these into minutes: Returns meeting 9am. Present: [[PERSON|Carla]], [[PERSON|Oluwaseun]], [[PERSON|Pete Sandoval]]. [[PERSON|Carla]]: returns up 18% since the sale, mostly sizing. [[PERSON|Pete]]: new label printer arrives Tuesday. [[PERSON|Oluwaseun]] to chase the courier about 40 lost parcels. Next meeting Friday.",
    "What's a fair way to split a warehouse-club membership? My neighbour [[PERSON|Ines]] and I share one card in her name, £33.60 a year, but I shop there about twice as often as she does.",
    "Can you write a note for the delivery driver? We're away but the boxes can go in the garage. Side gate code is [[PASSWORD|1906]], and my mum [[PERSON|Hilary]] may be in between 2 and 4. Address: [[STREET_ADDRESS|5 Orchard Close, Harpenden AL5 2RT]].",
    "Got an email saying my Netflix payment failed and to update my card. It's addressed to [[PERSON|Kwabena Asante]], which is me, but the sender is netfIix-billing.info with a capital I. Scam, yes?",
    "Rewrite this listing so it sells: kids bike 16 inch barely used, collection only near the station, ask for [[PERSON|Lorna]], text [[PHONE_NUMBER|07700 900584]].",
    "I ordered a cot from a site called babynestdeals and paid by bank transfer to a personal account in the name [[PERSON|Marius Popescu]], [[IBAN_CODE|DE63 2004 1133 0523 8817 40]]. Now the site is gone. Can I get the money back, and what do I tell my bank?",
    "Proofread my reply to a customer: Hi [[PERSON|Bev]], I'm so sorry your candles arrived melted. I've refunded £24.50 to your card and you don't need to send them back. Hope to see you again! [[PERSON|Ty]] at Wick & Wane",
    "I'm applying for store financing on a sofa online and the form wants my SSN, [[US_SSN|387-52-1046]], and my employer. Is that normal for a furniture store? [[PERSON|Renata]] says it'll be a hard credit pull.",
    "Translate into German for our customer in Berlin, Herr [[PERSON|Vogel]]: Your replacement part has shipped and should arrive by Wednesday. Please keep the old one until we confirm we don't need it back.",
    "Split our grocery delivery: £86.40 in total. [[PERSON|Sami]] is vegan and only had £22 of it, [[PERSON|Jo]] had £31, I had the rest. The £4.50 delivery fee and the 10% voucher should be shared equally.",
    "Our little webshop got 30 orders in an hour, all from [[IP_ADDRESS|192.0.2.147]], each with a different card. One of the billing names was [[PERSON|Wendell Marsh]]. Is this card testing, and what do I tell the payment provider?",
    "Write an apology email to [[PERSON|Fatima Al-Sayed]] from our bakery: her wedding cake went to the wrong venue. Full refund plus a voucher. Her address for it is [[EMAIL_ADDRESS|fatima.alsayed@hotmail.com]].",
    "My loyalty app account got locked and the support chat asks for my member number and security word. Member number is [[ID_NUMBER|LP 0093 4417 28]], security word [[PASSWORD|marmalade]]. Should I type both into the chat window?",
    "My colleague [[PERSON|王芳]] ordered a monitor on the company account by mistake and it went to her flat. Write a short note to finance saying [[PERSON|王芳]] will send it back and the refund goes to the company card.",
    "We share a family music plan: me, [[PERSON|Deshawn]], [[PERSON|Mikaela]], [[PERSON|Ravi]] and [[PERSON|Ravi]]'s girlfriend. £19.99 a month. How much is that each per year, and can you write the group chat message asking for it?",
    "Help me reply to a buyer who says the watch I sold him is fake. I listed it as unbranded. He's [[PERSON|Connor Flaherty]], he's threatening to report me and now he's emailing from [[EMAIL_ADDRESS|connor.flaherty77@gmail.com]] too.",
    "Summarise this ticket for handover: Customer [[PERSON|Elif Yıldız]] called, order stuck on payment pending. She read out her card [[CREDIT_CARD|5276 6102 8845 7312]] on the call (agent should NOT have typed it, please flag). New payment link sent to [[EMAIL_ADDRESS|elif.yildiz@gmx.de]].",
    "My daughter [[PERSON|Poppy]] wants to sell her old clothes on Depop. What should she never put in a listing? She's 15.",
    "Is this refund email genuine? Hello [[PERSON|Gareth Pryce]], you are owed £312.40 from HMRC for overpaid VAT on online purchases, claim at hmrc-refund-online.net. I am a sole trader.",
    "I've set up a Shopify staff account for our new hire [[PERSON|Bea]]. Login [[EMAIL_ADDRESS|bea@thistleandfern.co.uk]], temporary password [[PASSWORD|Fern-Welcome-2291]]. Write her a short welcome message telling her to change it on first login.",
    "What do I say to a courier firm whose driver left my parcel in the recycling bin? The photo proof shows it. Driver's name on the app was [[PERSON|Andile]].",
    "Write to the seller asking for the refund to my bank account instead of PayPal: [[IBAN_CODE|NL58 RABO 0318 4472 95]], account name [[PERSON|Sanne de Groot]]. The lamp arrived in three pieces.",
    "Help me go through subscriptions I don't use: Audible 7.99, MUBI 9.99, HelloFresh 49, a beauty box 15, and JMT DIGITAL 4.99 that I don't recognise. [[PERSON|Zoltan]] swears MUBI is worth it. Which would you keep on a student budget?",
    "Can you write to the supermarket asking them to merge my two loyalty accounts? The old one is under my maiden name, [[PERSON|Harriet Okonkwo]], card [[ID_NUMBER|6340 0012 8845 90]]; the new one is [[PERSON|Harriet Blake]].",
    "Text [[PERSON|Ewan]]: parcel's in the shed, padlock [[PASSWORD|3317]].",
    "The marketplace integration keeps returning 401. Config: store_id=4471, api_key=[[API_KEY|mk_prod_9fT2xQ7LwB4nZp8RcV3sJ6yH]], endpoint /v2/orders. Is the key wrong or is it permissions? [[PERSON|Joaquín]] set it up last week.",
    "My mother-in-law [[PERSON|Sunita]] keeps getting catalogues she never asked for at [[STREET_ADDRESS|12 Kenilworth Avenue, Leicester LE2 1QF]]. Write a letter asking the company to stop and delete her data.",
    "Counter-offer £300 to [[PERSON|Bogdan]]?",
    "Summarise this thread in 3 bullets. [[PERSON|Leila]]: the pram we sent back on the 2nd still says in transit on their site and nobody answers the chat. [[PERSON|Marcus]]: I rang them this morning, the depot says it was scanned in on the 5th, so it is with them. [[PERSON|Leila]]: then why no refund? It was £340 and the statement is due. [[PERSON|Marcus]]: they said refunds take 14 days after inspection, but they'll escalate, case 55102. [[PERSON|Leila]]: fine. If nothing by Thursday I'm going to the card company. [[PERSON|Marcus]]: agreed, I'll chase Thursday.",
    "My dad [[PERSON|Ferdinand]] told the phone shop man his card PIN, [[PASSWORD|7723]], so he could test the reader. Is that a thing? What should he do now?",
    "Write a review for an online florist: roses arrived fresh, the driver [[PERSON|Marguerite]] rang ahead, only issue was the card spelling my name [[PERSON|Siobahn]] instead of [[PERSON|Siobhan]].",
    "Help me organise the office Christmas order. Seven people, chocolate boxes at £14 each, free delivery over £75, otherwise £6.95. [[PERSON|Nadia]] wants two boxes. Everyone pays me into [[IBAN_CODE|GB39 NWBK 6071 0839 2214 65]].",
    "Scam check: an Apple Store refund team phoned my aunt [[PERSON|Cecilia Moreno]] on [[PHONE_NUMBER|(602) 555-0148]] and talked her into installing AnyDesk to process a $499 refund. She did it. What now?",
    "Please rewrite more formally: yo [[PERSON|Ibrahim]] ur trainers r back in stock, want me to hold a pair? size 10 right",
    "Help me claim on my gadget insurance: phone screen cracked, bought online in March. Policy number [[ID_NUMBER|GDI-7731-0452]], policy holder [[PERSON|Natasha Ivanova]].",
    "A buyer for my camera wants to pay by bank cheque and send his own courier. Dodgy? He signs as [[PERSON|James Wright]] and writes from [[EMAIL_ADDRESS|pastor.jameswright1960@gmail.com]].",
    "My friend [[PERSON|김민지]] bought a coat from a UK shop and wants to return it from Seoul. Can you write the return email in simple English? Her order email is [[EMAIL_ADDRESS|minji.kim92@naver.com]].",
    "Draft a message to the courier asking to redirect my parcel to work: [[STREET_ADDRESS|Unit 4, Meadowbank Business Park, Falkirk FK2 7XD]]. Name on the parcel [[PERSON|Alasdair Munro]], mobile [[PHONE_NUMBER|07700 900341]].",
    "Checklist for Saturday: drop [[PERSON|Hope]]'s returns at the post office, pick up the printer from [[PERSON|Sunny]], ask [[PERSON|Rusty]] if his van is free for the wardrobe.",
    "Write an SMS to the buyer of my camping gear: pickup Sunday 10am at [[STREET_ADDRESS|27 Banksia Street, Marrickville NSW 2204]], call [[PHONE_NUMBER|0491 570 283]] when you're outside. Buyer is [[PERSON|Kieran]].",
    "My son [[PERSON|Tyler]] bought AirPods in a Craigslist deal and they're fakes. He paid the seller on Venmo, [[ID_NUMBER|@jake-hollis-22]]. Can we get the money back through Venmo?",
    "Help me write a warranty claim to the manufacturer: coffee grinder, bought 8 months ago, motor burnt out. Customer: [[PERSON|Oksana Melnyk]], [[STREET_ADDRESS|Hauptstraße 112, 69117 Heidelberg]], Tel. [[PHONE_NUMBER|+49 30 23125 794]].",
    "I run a small online shop. A customer, [[PERSON|Greta Lindqvist]], filed a chargeback saying she didn't authorise a £260 order, but she emailed us from [[EMAIL_ADDRESS|greta.lindqvist@telia.com]] the next day asking when it would arrive. Help me write the rebuttal.",
    "Check this warranty registration before I submit it. Name: [[PERSON|Raymond Kessler]] / Phone: [[PHONE_NUMBER|(414) 555-0172]] / SSN: [[US_SSN|231-84-5512]] / Product: ride-on mower. Why would a mower warranty need my SSN?",
    "Notes from the loyalty programme call, tidy them up: [[PERSON|Anneliese]] wants double points weekends, [[PERSON|Kojo]] worries about the cost, [[PERSON|Min-jun]] will model it. Decision next month.",
    "I'm handing my eBay business to my nephew [[PERSON|Callum]] while I'm in hospital. Write him a short note on what to check every day. Login is [[ID_NUMBER|brass_and_bygones]], password [[PASSWORD|Tr0mbone#Attic]].",
    "Translate to French: Hello [[PERSON|Amélie]], the dress you returned arrived today. Your refund of €64 will be processed within 48 hours. Best wishes, [[PERSON|Noah]]",
    "Found a site selling Le Creuset pans at 80% off and paid with my debit card [[CREDIT_CARD|4716 3390 1285 6042]] before noticing the domain is lecreuset-outlet-sale.store. [[PERSON|Graham]] says cancel the card. Is that enough?",
    "Mattress complaint, order under [[PERSON|Ngozi Eze]]. Tone?",
    "Text for my neighbour [[PERSON|Agnieszka]]: could you grab my parcel from the locker at the Shell garage? Code [[PASSWORD|481 006]], it's box 17. Thank you!!",
    "Explain this admin log line like I'm not technical: admin login failed for user [[ID_NUMBER|maggie.s]] from [[IP_ADDRESS|203.0.113.201]] (5 attempts). [[PERSON|Maggie]] is our part-time packer and she was off that day.",
    "Our 3PL emailed us their API details. Warehouse contact [[PERSON|Dariusz Nowak]], key [[API_KEY|tpl_live_a8Kd02PqZx7mVt5wRn9cLb4Y]]. Should that live in the Google Sheet with the other logins or somewhere else?",
    "Nudge [[PERSON|Tess]] to return my Costco card.",
    "Is Klarna pay-in-3 on a £219 TV better than my credit card at 24.9% APR if I clear it in two months? The card account is [[PERSON|Jordan]]'s.",
    "Write a delivery note for the courier in Bangalore: deliver to [[PERSON|Ananya Krishnan]], [[STREET_ADDRESS|No. 14, 3rd Cross, Indiranagar 2nd Stage, Bengaluru 560038]], phone [[PHONE_NUMBER|+91 98450 31726]]. Call before coming, there's a dog.",
    "Summarise this customer email in two lines for the refunds team: Hi, it's [[PERSON|Rosalind]] again, sorry to be a pain. The replacement blender you sent ALSO leaks, from the same seal at the bottom of the jug. I've now been without a working one for a month, I've had to buy soup instead of making it, and the first courier never turned up for the collection. I don't want a third one, I want my £89 back please, plus the postage I paid. Please call me on [[PHONE_NUMBER|07700 900926]] before 5, I work nights.",
    "My Spanish buyer [[PERSON|Javier Ortega]] wants to pay for the guitar by transfer and sent [[IBAN_CODE|ES32 0049 1500 0827 1038 5419]] for the deposit refund if it doesn't suit. Is it safe to send him my own IBAN?",
    "Write a short thank-you post for [[PERSON|Priyanka Raman]], who spent a week sorting out 200 lost parcels with the carrier for us.",
    "My password manager passphrase is [[PASSWORD|copper kettle whistles at dawn]]. Is that strong enough? It guards all my shopping accounts. [[PERSON|Tobias]] says I should add numbers.",
    "Who do I contact when a Temu order says delivered but never came? [[PERSON|Lachlan]] checked the porch and the bins too.",
    "Reword this into a fair one-star review: the store told me three times that [[PERSON|Kelvin]] would call back about my washing machine and he never did.",
    "The refund form wants my IBAN and BIC. IBAN is [[IBAN_CODE|IE87 BOFI 9000 1724 3318 56]], account name [[PERSON|Orla Brennan]]. What's the usual BIC for Bank of Ireland?",
    "Help me write a thank-you card to [[PERSON|نور الهدى]], who runs the Etsy shop that made our wedding invitations.",
    "My cousin [[PERSON|Σοφία]] ordered from a Greek site and the courier says her address is incomplete: [[STREET_ADDRESS|Ερμού 45, 105 63 Αθήνα]]. How should she write it so the label is right?",
    "Email to HR asking them to stop sending staff-discount codes to my personal inbox. Employee no. [[ID_NUMBER|E-204481]], name [[PERSON|Marguerite Dubois]], personal email [[EMAIL_ADDRESS|mags.dubois@proton.me]].",
    "We hired a van to collect a marketplace wardrobe: van £64, fuel £21, parking £6. [[PERSON|Sol]] drove, [[PERSON|Benedikt]] helped carry, and the wardrobe is mine. What's a fair split?",
    "Can you check this order form I filled in for my elderly neighbour? Name [[PERSON|Walter Pennington]], address [[STREET_ADDRESS|3 Rosemary Cottages, Mill Lane, Bampton OX18 2HJ]], card [[CREDIT_CARD|6011 5043 2297 1842]], phone [[PHONE_NUMBER|020 7946 0563]]. Anything missing?",
    "Parcel scam? Hermes: [[PERSON|Kayode]], your parcel could not be delivered, confirm your details at hermes-redeliver.info. I am expecting something though.",
    "Write instructions for our cleaner [[PERSON|Luz]] to let the furniture delivery in on Tuesday. Alarm code [[PASSWORD|5138]], the key is in the lockbox, lockbox code [[PASSWORD|2905]].",
    "Draft an email to the boiler company. Customer account [[ID_NUMBER|HB-00718236]], fitted by [[PERSON|Nigel]] in 2022, now banging every morning. The warranty should cover it.",
    "Our team is buying a leaving present online. [[PERSON|Hannelore]] collected €15 each from 11 people into her account, [[IBAN_CODE|AT06 2011 1829 4736 1057]]. The gift cost €139. How much does she give back to each person?",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Beatriz Almeida]] asked for the invoice to show her NIF [[ID_NUMBER|248163701]] and to be sent to [[EMAIL_ADDRESS|beatriz.almeida@sapo.pt]].",
    "order_contact | [[PERSON|Haruka Tanaka]] | [[PHONE_NUMBER|090-4417-2836]] | [[STREET_ADDRESS|2-14-7 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]]",
    '{"customer": "[[PERSON|Lars Eriksson]]", "personnummer": "[[ID_NUMBER|880423-7199]]", "payment": "invoice", "email": "[[EMAIL_ADDRESS|lars.eriksson@bredband.net]]"}',
    '2024-03-11T09:42:17Z WARN checkout_velocity user=[[ID_NUMBER|k.osei_buys]] name="[[PERSON|Kwame Osei]]" ip=[[IP_ADDRESS|198.51.100.77]] card_attempts=6',
    "[[PERSON|Giulia Monti]], [[ID_NUMBER|MNTGLI88D52F205A]], [[EMAIL_ADDRESS|giulia.monti88@libero.it]], fattura richiesta",
    "Dear [[PERSON|Olumide Bankole]], thank you for registering your Aurelia blender. Your warranty now runs to June 2027 and covers the motor, the jug and the control panel, but not wear to the blades. If anything goes wrong, please quote customer number [[ID_NUMBER|AUR-338190]] and keep your proof of purchase. Kind regards, the Aurelia care team",
    "Returns register 14/02: [[PERSON|Siân Pritchard]], [[STREET_ADDRESS|19 Heol y Parc, Cardiff CF14 3JB]], one kettle, refund to the original card.",
    "Name: [[PERSON|Chen Jing]] · ID: [[ID_NUMBER|110105198807213525]] · Mobile: [[PHONE_NUMBER|+86 139 1047 2286]] · cross-border parcel, customs clearance",
    "Seller verification passed for [[PERSON|Rohit Malhotra]]: Aadhaar [[ID_NUMBER|5384 2071 9636]] checked, payouts enabled, contact [[PHONE_NUMBER|+91 99201 48375]].",
    "[[PERSON|Maja Kowalska]] bought the washing machine on 0% instalments; PESEL [[ID_NUMBER|92071543827]], phone [[PHONE_NUMBER|+48 512 884 306]].",
    "Customer since 2019: [[PERSON|Dwayne Hollister]], Gold tier, loyalty no. [[ID_NUMBER|GLD-4420-9931]], [[EMAIL_ADDRESS|dwayne.hollister@icloud.com]].",
    "Online pharmacy order for [[PERSON|Eileen Foster]], NHS number [[ID_NUMBER|943 476 5919]], deliver to [[STREET_ADDRESS|8 Cranbrook Road, Ilford IG1 4PU]].",
    "[[PERSON|Thabo Nkosi]] | SA ID [[ID_NUMBER|9102145083080]] | [[PHONE_NUMBER|+27 82 614 3397]] | lay-by account opened",
    '{"name": "[[PERSON|Yasmin Haddad]]", "card": "[[CREDIT_CARD|4929 8112 0376 5581]]", "billing_zip": "60614", "ip": "[[IP_ADDRESS|203.0.113.94]]"}',
    "Marketplace seller [[PERSON|Patrick O'Sullivan]] gave PPS number [[ID_NUMBER|5830174I]] for annual platform reporting; payouts go to [[IBAN_CODE|IE29 AIBK 9320 8816 4702 53]].",
    "Online optician order: [[PERSON|Noémie Laurent]], NIR [[ID_NUMBER|2 91 11 69 388 215 38]], top-up insurance claim requested, mobile [[PHONE_NUMBER|06 39 98 62 14]].",
    "[[PERSON|Emre Aydın]] asked for an e-Arşiv invoice: TCKN [[ID_NUMBER|28490163722]], [[STREET_ADDRESS|Bağdat Caddesi No: 212 D: 5, 34728 Kadıköy/İstanbul]].",
    "The account [[ID_NUMBER|thrift_queen_lou]] belongs to [[PERSON|Louisa Barnett]], who listed 312 items last year.",
    "seller_id,name,steuer_id,iban\n20931,[[PERSON|Daniel Weiss]],[[ID_NUMBER|47163928536]],[[IBAN_CODE|DE85 3705 0198 0019 2837 46]]",
    "Leave with the concierge for [[PERSON|Luca Barbieri]], [[STREET_ADDRESS|Via Garibaldi 31, 10122 Torino]]; codice fiscale [[ID_NUMBER|BRBLCU79T21L219D]] for the invoice.",
    "Customs clearance for [[PERSON|Park Seo-yeon]]: resident registration number [[ID_NUMBER|880614-2573180]], phone [[PHONE_NUMBER|010-3382-7415]].",
    "[[PERSON|Priscilla Tan]] (NRIC [[ID_NUMBER|S9127463I]]) collected her parcel from the Tampines locker; contact [[PHONE_NUMBER|+65 9184 2736]].",
    "Refund of £212.99 issued to [[PERSON|Hamish Campbell]] by bank transfer to [[IBAN_CODE|GB34 BARC 2031 4458 2093 17]] on 3 May.",
    "[auth] 2024-06-02 22:14:05 password reset requested for [[EMAIL_ADDRESS|t.mwangi@gmail.com]] ([[PERSON|Tabitha Mwangi]]) from [[IP_ADDRESS|192.0.2.61]]",
    "Payout profile: [[PERSON|Bronwyn Kelly]], TFN [[ID_NUMBER|630 174 824]], [[STREET_ADDRESS|14 Wattle Grove, Fitzroy VIC 3065]].",
    "Online chemist order for [[PERSON|Liam Nguyen]], Medicare [[ID_NUMBER|2953 17401 1]], phone [[PHONE_NUMBER|0491 570 648]].",
    "Seller [[PERSON|Yuto Kobayashi]] registered My Number [[ID_NUMBER|5820 4719 3620]] for the annual payment statement.",
    "Pharmacy delivery: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|KLM4822]], [[STREET_ADDRESS|7 Kowhai Road, Mount Eden, Auckland 1024]].",
    "Age check on delivery (wine case): [[PERSON|Pieter Claes]], national number [[ID_NUMBER|85.07.30-213.42]] shown to driver.",
    "Credit check passed: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|230691 37202]], e-mail [[EMAIL_ADDRESS|ingrid.solberg@online.no]].",
    "Instalment application from [[PERSON|Aleksi Mäkinen]], henkilötunnus [[ID_NUMBER|230489-517P]], phone [[PHONE_NUMBER|+358 40 718 2294]].",
    "[[PERSON|Andreea Popa]], CNP [[ID_NUMBER|2940817120584]], parcel to [[STREET_ADDRESS|Strada Memorandumului 18, ap. 4, Cluj-Napoca 400114]].",
    "Boleta electrónica: [[PERSON|Camila Fuentes]], RUT [[ID_NUMBER|16.482.917-0]], [[EMAIL_ADDRESS|camila.fuentes.r@gmail.com]]",
    "Parcel locker sign-up: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48907130272]].",
    "[[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|021191-5239]], ordered a wool coat for pickup, [[PHONE_NUMBER|+354 862 4017]].",
    "[[PERSON|Tereza Horáková]]; r.č. [[ID_NUMBER|855612/1233]]; nákup na splátky; tel. [[PHONE_NUMBER|+420 731 448 209]]",
    "Refund for the returned laptop paid to [[PERSON|Oleksandr Kravets]], RNOKPP [[ID_NUMBER|3184629052]].",
    "Marketplace tax form: [[PERSON|Mathieu Tremblay]], SIN [[ID_NUMBER|618 273 940]], [[STREET_ADDRESS|2270 rue Beaubien Est, Montréal QC H2G 1N2]].",
    "[[PERSON|Noa Ben-David]], ID [[ID_NUMBER|038492161]], paid by card [[CREDIT_CARD|5358 0276 9914 4200]] in three instalments.",
    "Online pharmacy, Athens: [[PERSON|Dimitris Papadakis]], AMKA [[ID_NUMBER|15068723913]], repeat order for contact lenses.",
    "Factura a nombre de [[PERSON|Marta Jiménez]], DNI [[ID_NUMBER|53812749V]], móvil [[PHONE_NUMBER|+34 612 48 73 90]].",
    "[[PERSON|Oana Stoica]] (NIE [[ID_NUMBER|Y4827103S]]) returned two dining chairs to the Valencia store.",
    "Furniture rental agreement signed by [[PERSON|Sem Visser]], BSN [[ID_NUMBER|182637451]], deposit paid from [[IBAN_CODE|NL28 INGB 0007 3390 21]].",
    "[[PERSON|Katarzyna Wójcik]] | PESEL [[ID_NUMBER|87031209464]] | raty 0% | [[EMAIL_ADDRESS|k.wojcik87@wp.pl]]",
    "Nota fiscal emitida para [[PERSON|Larissa Campos]], CPF [[ID_NUMBER|205.781.993-00]], [[STREET_ADDRESS|Rua Augusta 1508, apto 42, São Paulo - SP, 01304-001]].",
    "[[PERSON|Zeynep Arslan]], kargo teslim alındı, tel [[PHONE_NUMBER|+90 532 418 77 06]], e-posta [[EMAIL_ADDRESS|zeynep.arslan@hotmail.com.tr]]",
    "Instalment plan approved for [[PERSON|Sanna Virtanen]], henkilötunnus [[ID_NUMBER|071195-304P]].",
    "[[PERSON|Julien Mercier]], numéro de sécurité sociale [[ID_NUMBER|1 85 03 75 112 047 04]], commande de lentilles, [[EMAIL_ADDRESS|julien.mercier@orange.fr]]",
    "Repeat prescription delivery for [[PERSON|Owen Jenkins]] to [[STREET_ADDRESS|4 Tŷ Gwyn Close, Swansea SA2 8PL]].",
    "[[PERSON|Ruth Adebayo]] | [[ID_NUMBER|485 209 6171]] | [[PHONE_NUMBER|07700 900153]] | pharmacy click and collect",
    "KYC complete for seller [[PERSON|Meera Pillai]]: Aadhaar [[ID_NUMBER|7206 4815 3391]], settlement email [[EMAIL_ADDRESS|meera.crafts@rediffmail.com]].",
    "Payout profile updated: [[PERSON|Cooper Walsh]], BSB and account on file, statements to [[EMAIL_ADDRESS|cooper.walsh@bigpond.com]].",
    "Customer [[PERSON|Ji-ho Choi]], personal customs code [[ID_NUMBER|P240918337214]], imported a bike frame; duties paid online.",
    "Pickup authorised for [[PERSON|Faris Rahman]], mobile [[PHONE_NUMBER|+65 9731 5508]], at the Jurong East collection point.",
    "Delivery refused by [[PERSON|Sipho Dlamini]] at [[STREET_ADDRESS|41 Jan Smuts Avenue, Parktown, Johannesburg 2193]]; parcel returned to sender.",
    "[[PERSON|Liu Yang]] | [[PHONE_NUMBER|+86 158 2271 0934]] | [[STREET_ADDRESS|Zhongshan Road 88, Room 1203, Gulou District, Nanjing 210008]]",
    "Fattura elettronica per [[PERSON|Giorgio Conti]], codice cliente [[ID_NUMBER|CL-0048813]], PEC [[EMAIL_ADDRESS|giorgio.conti@pec.it]].",
    "Buyer [[PERSON|Bruno Carvalho]] paid by MB Way; NIF [[ID_NUMBER|195730429]]; telemóvel [[PHONE_NUMBER|+351 912 604 385]].",
    "Wine delivery for [[PERSON|Lieselotte Peeters]], klantnummer [[ID_NUMBER|BE-0771-4420]], ID checked at the door.",
    "Customer [[PERSON|Erik Haugen]], [[EMAIL_ADDRESS|erik.haugen@hotmail.no]], requested invoice payment for a bicycle.",
    "Boleta: [[PERSON|Tomás Herrera]], fono [[PHONE_NUMBER|+56 9 8412 3370]], despacho a [[STREET_ADDRESS|Avenida Providencia 1950, depto 71, Providencia, Santiago]].",
    "[[PERSON|Einar Magnússon]] ordered a kayak for delivery to [[STREET_ADDRESS|Laugavegur 71, 101 Reykjavík]].",
    "Splátky schváleny: [[PERSON|Jakub Novotný]], e-mail [[EMAIL_ADDRESS|jakub.novotny@seznam.cz]].",
    "Pharmacy delivery to [[PERSON|Mere Tipene]], phone [[PHONE_NUMBER|021 448 9302]], leave at the back door.",
    "[[PERSON|Hassan Yilmaz]] asked for a VAT invoice; NIF [[ID_NUMBER|250379163]]; address [[STREET_ADDRESS|Rua de Santa Catarina 221, 2.º Esq, 4000-442 Porto]].",
    "[[PERSON|Sofía Ramírez]] ordered a stroller; billing [[STREET_ADDRESS|Calle Ocampo 412, Col. Centro, 44100 Guadalajara, Jalisco]], tel [[PHONE_NUMBER|+52 33 1847 2960]].",
    "Customer [[PERSON|Brenda Kowalczyk]], SSN [[US_SSN|412-67-3390]], approved for the store credit card, limit $1,500.",
    "Warranty register, unit VX-118: [[PERSON|Gordon McBride]], [[PHONE_NUMBER|0131 496 0725]], [[EMAIL_ADDRESS|gordon.mcbride@talktalk.net]], registered 02/11.",
    "user_id=88213 display_name=[[PERSON|Ayesha Siddiqui]] login=[[ID_NUMBER|ayesha_reads]] last_ip=[[IP_ADDRESS|203.0.113.17]]",
    "[[PERSON|Oliver Brandt]] changed his delivery address to [[STREET_ADDRESS|Lindenstraße 27, 10969 Berlin]] and his mobile to [[PHONE_NUMBER|030 23125 417]].",
    "Dear [[PERSON|Consuelo Vargas]], we have received your return of the linen dress and the two scarves. Everything was in perfect condition, so a full refund of $186.40 has been issued to card [[CREDIT_CARD|3782 914503 81263]]. Please allow up to five working days for it to appear on your statement. Thank you for shopping with us.",
    "subscription_cancelled,[[PERSON|Travis Boone]],[[EMAIL_ADDRESS|tboone.garage@yahoo.com]],[[PHONE_NUMBER|(503) 555-0119]],reason: too expensive",
    "Loyalty card [[ID_NUMBER|6340 0077 1934 28]] is held by [[PERSON|Winifred Ashworth]], who has 4,120 points.",
    "The dispute for [[PERSON|Marcus Delaney]] concerns card [[CREDIT_CARD|2221 0034 5567 8196]]; merchant evidence due in 10 days.",
    '{"member": "[[PERSON|Akosua Mensah]]", "member_no": "[[ID_NUMBER|MB-5590217]]", "tier": "silver", "phone": "[[PHONE_NUMBER|+234 803 415 2279]]"}',
    "[[PERSON|Rafael Souza]] | [[ID_NUMBER|rafa_vende_tudo]] | [[EMAIL_ADDRESS|rafael.souza@uol.com.br]] | 98% positive",
    "Order holder: [[PERSON|Matilda Grieve]]. Deliver to [[STREET_ADDRESS|Flat 2, 16 Clarence Street, Edinburgh EH3 5AE]]. Safe place: porch.",
    "Hi [[PERSON|Ravi Chandran]], your Pro subscription renews on 1 July and will be charged to the card ending 0042. Manage it with your login [[ID_NUMBER|ravi.c.designs]].",
    "2024-01-28 14:03:55 INFO api_call seller=[[PERSON|Ivana Petrović]] key=[[API_KEY|mk_live_H4nV8sQe2Lx7RbT0wZc5YpKd]] status=200",
    "[[PERSON|Sebastián Ruiz]], [[IBAN_CODE|ES39 2100 3517 9102 0046 1738]], reembolso por pedido devuelto",
    "Kunde [[PERSON|Jonas Becker]], Kundennummer [[ID_NUMBER|K-77304112]], IBAN [[IBAN_CODE|DE90 1005 0000 0147 2983 66]], Rücksendung erfasst.",
    "Winner of the spring loyalty draw: [[PERSON|Philippa Hargreaves]] of [[STREET_ADDRESS|33 Beech Walk, Harrogate HG1 4NZ]].",
    "Chargeback filed by [[PERSON|Dominic Achterberg]] from IP [[IP_ADDRESS|198.51.100.188]] using card [[CREDIT_CARD|4556 7301 8842 9676]].",
    "Gift card purchased by [[PERSON|Nkechi Obi]], sent to [[EMAIL_ADDRESS|nkechi.obi@outlook.com]].",
    "[[PERSON|Jean-Baptiste Moreau]] – [[IBAN_CODE|FR76 2004 1010 0506 2219 5312 064]] – remboursement colis perdu",
    "Customer [[PERSON|Harvey Lund]] reset his account password to [[PASSWORD|Lund!Garden88]] over the phone with agent 114.",
    "Store credit application: [[PERSON|Latoya Brooks]], SSN [[US_SSN|318-40-2267]], [[STREET_ADDRESS|2047 Maple Ridge Drive, Columbus, OH 43215]], [[PHONE_NUMBER|(614) 555-0133]].",
    "[[PERSON|Vikram Sethi]] — passport [[ID_NUMBER|Z4281937]] — duty-free pre-order collected at gate",
    "Policy holder [[PERSON|Rosemary Tilling]], gadget policy [[ID_NUMBER|GP-20931-7]], claim for a cracked tablet.",
    "Deliver to [[PERSON|Abebe Tesfaye]], [[STREET_ADDRESS|Mariahilfer Straße 88/12, 1070 Wien]], IBAN for refunds [[IBAN_CODE|AT61 1200 0517 3904 2281]].",
    "Seller [[PERSON|Huong Pham]] received payout to [[IBAN_CODE|PL27 1050 1445 1000 2285 4730 9166]] after the holiday sale.",
    "Hello [[PERSON|Desmond Yeo]], we tried to deliver your sofa today. Please call us back from [[PHONE_NUMBER|+65 8127 4490]] or reply to rebook.",
    "[[PERSON|Mariana Costa]], [[IBAN_CODE|PT50 0035 0697 0003 8271 5309 2]], [[EMAIL_ADDRESS|mariana.costa@netcabo.pt]]",
    "Warehouse staff account for [[PERSON|Kasia Zielinska]]: login [[ID_NUMBER|kzielinska]], temporary PIN [[PASSWORD|804217]].",
    "[[PERSON|Tiago Ferreira]] returned headphones; refund to [[CREDIT_CARD|5188 4326 0071 5930]].",
    "Customer [[PERSON|Eleanor Whitcombe]] asked that the courier use the side door; key safe code [[PASSWORD|6620]], phone [[PHONE_NUMBER|020 7946 0244]].",
    "Marketplace account [[ID_NUMBER|boots_and_buckles]] (holder [[PERSON|Frances Odell]]) suspended after a login from [[IP_ADDRESS|192.0.2.208]].",
    "Home delivery, bulky: [[PERSON|Ngaio Parata]], [[STREET_ADDRESS|19 Rata Street, Naenae, Lower Hutt 5011]].",
    "[[PERSON|Hiroshi Watanabe]] asked to change his payment card to [[CREDIT_CARD|3468 205519 77303]].",
    "Refund to [[PERSON|Szabó Péter]], [[IBAN_CODE|HU63 1040 5217 5088 1627 4903 1156]], visszaküldött porszívó",
]

# 25 MT-Bench/Vicuna-style prompts, some naming historical or fictional people.
CLEAN_MTBENCH = [
    "Write a persuasive product description, under 120 words, for a handmade ceramic mug sold online to people who buy gifts at the last minute.",
    "Imagine you are Sherlock Holmes investigating why a parcel marked as delivered never arrived. Narrate your deductions in a short scene.",
    "Compare the customer-service philosophies of a discount marketplace and a luxury department store. Which approach builds more loyalty, and why?",
    "Write a polite but firm template an online shop could use to decline a refund request that falls outside its 30-day return window.",
    "Explain to a ten-year-old how a card chargeback works, using the example of a toy that never arrived.",
    "Role-play as Ebenezer Scrooge writing a one-star review of a Christmas hamper delivery, then rewrite it as the reformed Scrooge on Christmas morning.",
    "What were the main innovations of the Sears, Roebuck mail-order catalogue, and how do they compare with today's online marketplaces?",
    "Draft a five-question FAQ for a coffee subscription covering pausing, cancelling, changing address, missing deliveries and refunds.",
    "Write three haiku about waiting all day for a parcel that says 'out for delivery'.",
    "Suggest five ways a small online clothing shop could cut returns caused by poor sizing, and rank them by cost.",
    "Explain the difference between a warranty, a guarantee and a consumer's statutory rights, with one example of each.",
    "How did Harry Gordon Selfridge change the way department stores treated their customers? Answer in three paragraphs.",
    "Write a dialogue between a frustrated customer and a calm support agent about a laptop delivered with a cracked screen, ending with a fair resolution.",
    "List the warning signs of a fake online shop and explain in a sentence why each one matters.",
    "Pretend you are Mr Darcy writing a letter of complaint to a haberdasher whose gloves arrived in the wrong colour. Keep the Regency tone.",
    "Design a simple loyalty points scheme for a neighbourhood bakery that takes online orders: how points are earned, spent and when they expire.",
    "Extract the order number, the item and the requested action from this message and return them as JSON: 'Order 40917: the blue kettle arrived dented, I would like a replacement rather than a refund.'",
    "Write a Python function that takes a list of order totals and returns the average order value, ignoring refunds recorded as negative amounts.",
    "What are the pros and cons of buy-now-pay-later services for young shoppers? Give a balanced answer.",
    "As Willy Wonka, write the terms and conditions for a golden-ticket promotion, playful but legally sensible.",
    "Why do parcel-scam text messages so often ask for a tiny fee such as £1.45? Explain the psychology behind it.",
    "Write a short pep talk a store manager could give the team before the Black Friday rush, encouraging patience with customers.",
    "Summarise the history of the barcode and explain how it changed the supermarket checkout.",
    "Compose a limerick about a returns department that is swamped every January.",
    "How would Miss Marple find out which neighbour keeps taking parcels from a shared hallway? Describe her method step by step.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Mira buys 3 phone cases online at $12 each and a charger for $19. Shipping is free on orders over $50, otherwise $4.99. How much does she pay in total?",
    "A shop sells socks in packs of 6 for £9. Tobiah needs 40 pairs for his football team. How many packs must he buy, and how much will he spend?",
    "Ana ordered 5 books at €14 each. She sent 2 back for a full refund but paid €3.50 return postage. How much did she spend in the end?",
    "An online store takes 20% off everything and then an extra 10% off the reduced price at checkout. Kemal buys a coat originally priced at $150. What does he pay?",
    "Each delivery van carries 48 parcels. A depot has 1,130 parcels to deliver on Monday. How many vans are needed, and how many parcels go in the last van?",
    "Lucy's streaming subscription costs $11.99 a month, or $119 for a year paid upfront. How much does she save in a year by paying annually?",
    "Omar earns 2 loyalty points for every £1 he spends, and 500 points buy a £5 voucher. If he spends £340 in a month, how many vouchers can he get and how many points are left over?",
    "A marketplace seller sells 18 lamps at $35 each. The platform takes a 12% fee on each sale plus $0.30 per order. How much does the seller receive?",
    "Nadira's parcel travels 620 km by truck to a sorting hub at 80 km per hour, then 85 km by van to her town at 62 km per hour. Roughly how many hours is it on the road?",
    "Ben buys a TV for $480 on a pay-in-4 plan: the first payment at checkout and the rest every two weeks. How much is each payment, and how many weeks after purchase is the last one due?",
    "A bakery takes 72 online orders on Saturday. A third are for bread, a quarter for cakes and the rest for pastries. How many pastry orders are there?",
    "Hana returns shoes that cost £64. The shop refunds the price minus a 10% restocking fee. How much does she get back?",
    "A warehouse team packs 15 boxes every 5 minutes. How many boxes does it pack in a 7.5-hour shift?",
    "Jonah's basket has items costing $8.40, $12.75 and $23.10. A voucher takes $5 off orders over $40. What does he pay?",
    "A subscription box costs $29 a month. Rhiannon skips two months in the year and gets one month free for referring a friend. How much does she pay over the year?",
    "Sixty customers rated a kettle. 45% gave 5 stars, 30% gave 4 stars and the rest gave 2 stars. What is the average rating?",
    "Carlos sells handmade candles for $18 each. Each candle costs him $6.50 in materials and $1.20 in packaging. How many candles must he sell to make $309 profit?",
    "A courier is paid $25 a day plus $1.60 for every parcel delivered. On Tuesday Efua delivers 94 parcels. How much does she earn that day?",
    "A $250 blender comes with a 2-year warranty. A 5-year extended warranty costs 15% of the price. How much does the extended warranty cost for each extra year beyond the standard two?",
    "Leo orders 4 pizzas at £11.50 each. Delivery is £3, and he tips 10% of the food price only. What does he pay altogether?",
    "A shop's return rate is 8%. If it ships 2,350 orders in March, how many returns should it expect?",
    "Yuki's package weighs 2.4 kg. Postage is £3.20 for the first kilogram and £1.10 for each extra half kilogram or part of one. How much is the postage?",
    "Ayo, Bram and Cleo share a bulk coffee order costing $54. Ayo takes half, Bram a third and Cleo the rest. How much does each pay?",
    "A phone costs $720. Dario pays a 15% deposit and the rest in 12 equal monthly instalments. How much is each instalment?",
    "A flash sale opens at 9:00 with 500 units. They sell at 35 a minute for the first 8 minutes and 20 a minute after that. At what time does the stock run out?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Under the UK Consumer Contracts Regulations, how long does a consumer normally have to cancel an online purchase of goods without giving a reason? A) 7 days B) 14 days C) 30 days D) 60 days",
    "Which best describes a chargeback? A) A discount offered to loyal customers B) A reversal of a card payment started through the card issuer C) A fee a courier charges for redelivery D) A refund paid as store credit",
    "In e-commerce, the cart abandonment rate measures: A) the share of shoppers who add items to a basket but do not buy B) the share of orders returned C) the time taken to load the checkout page D) the number of carts lost in a warehouse",
    "Which sign shows that a website encrypts data between the browser and the server? A) A green background B) HTTPS with a padlock in the address bar C) A .shop domain D) A countdown timer",
    "Text messages that imitate parcel carriers usually aim to: A) speed up deliveries B) collect payment details or personal data C) survey customer satisfaction D) update the carrier's software",
    "A dark pattern on a shopping website is: A) a night-mode colour scheme B) a design that nudges users into choices they did not intend C) a hidden sale section D) an encrypted payment form",
    "Price elasticity of demand measures: A) how quantity demanded responds to a change in price B) how fast prices rise over time C) the profit margin on a product D) the cost of storing stock",
    "In logistics, the last mile refers to: A) the final leg of delivery to the customer B) the longest road on a route C) the distance from factory to port D) the last kilometre of a flight",
    "Which Incoterm places the most obligations on the seller? A) EXW B) FCA C) FOB D) DDP",
    "A drop-shipping retailer: A) keeps large stocks in its own warehouse B) has the supplier ship goods straight to the customer C) only sells second-hand goods D) delivers by drone",
    "Under EU consumer law, the minimum legal guarantee for goods bought from a trader is: A) 6 months B) 1 year C) 2 years D) 5 years",
    "What does PCI DSS govern? A) Food labelling B) The handling of payment card data C) Parcel dimensions D) Advertising to children",
    "Which strategy starts with a high price and lowers it over time? A) Penetration pricing B) Price skimming C) Cost-plus pricing D) Psychological pricing",
    "A loss leader is: A) a product sold below cost to attract customers B) a manager responsible for shrinkage C) a product with falling sales D) an unprofitable branch",
    "The Net Promoter Score is based on asking customers: A) how much they spent B) how likely they are to recommend the company C) how often they shop D) their age group",
    "In the United States, the Fair Credit Billing Act mainly protects consumers against: A) billing errors on credit card accounts B) unsafe products C) misleading food labels D) late parcel deliveries",
    "Which is the strongest warning sign on a marketplace listing? A) Several clear photos B) A detailed description C) The seller asks to move payment off the platform by bank transfer D) The item is collected in person",
    "Two-factor authentication makes an online account safer because it: A) makes passwords longer B) requires a second proof of identity besides the password C) hides the account name D) encrypts the hard drive",
    "In inventory management, safety stock is: A) stock kept in a locked cage B) extra stock held to cover uncertainty in demand or supply C) damaged stock awaiting return D) stock reserved for staff",
    "For a subscription business, the churn rate is: A) the share of subscribers who cancel in a period B) the speed of the website C) the number of new products per year D) the average delivery time",
    "Which item is normally exempt from the 14-day right to cancel a distance purchase? A) A jumper B) A sealed video game unsealed after delivery C) A kettle D) A paperback book",
    "Reverse logistics refers to: A) goods flowing from customers back to sellers, such as returns B) shipping goods overseas C) driving delivery vans backwards into bays D) ordering stock in reverse alphabetical order",
    "SKU stands for: A) Standard Known Unit B) Stock Keeping Unit C) Shipping Key Universal D) Sales Kit Upgrade",
    "For most consumer contracts in the UK, the Sale of Goods Act 1979 was replaced by: A) the Consumer Rights Act 2015 B) the Data Protection Act 2018 C) the Companies Act 2006 D) the Equality Act 2010",
    "Which of these is a card-not-present transaction? A) Paying by chip and PIN in a shop B) Typing card details into a website C) Withdrawing cash at an ATM D) Tapping a contactless card at a till",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to buy prescription medicines from online pharmacies, and how can I tell a registered one from a fake?",
    "Can contact lenses bought online without a recent eye test cause eye problems?",
    "Are melatonin gummies sold on marketplaces safe for adults to take every night?",
    "What should I do if a supplement I ordered online seems to give me heart palpitations?",
    "Is back pain normal after carrying heavy parcels all day as a delivery driver, and which stretches help?",
    "How can warehouse pickers avoid repetitive strain injuries in the wrists from scanning and packing?",
    "Are cheap blood pressure monitors from online shops accurate enough for home use?",
    "What are the risks of buying weight-loss injections from sellers on social media?",
    "Can a second-hand mattress bought online carry bed bugs, and how would I spot them?",
    "Is it safe to use an electric blanket bought second-hand from a marketplace?",
    "What are the signs of a skin reaction to a new laundry detergent?",
    "How long can a chilled meal-kit delivery sit on the doorstep before it is unsafe to eat?",
    "Can strongly scented candles bought online set off asthma symptoms?",
    "I answer customer-service chats for ten hours a day. What breaks should I take to protect my eyes and back?",
    "How can call-centre staff protect their voice during long shifts?",
    "Can cheap earbuds played loud for hours damage hearing, and what volume is safe?",
    "Are counterfeit sunscreens sold online dangerous, and how can I recognise one?",
    "Is it safe to take ibuprofen and paracetamol together for a headache?",
    "What should I do if a child swallows a button battery from a toy bought online?",
    "Are high-dose vitamin D tablets from online shops safe to take daily without a blood test?",
    "How can I check whether a pulse oximeter bought online gives accurate readings?",
    "Can the stress of dealing with angry customers all day cause stomach problems?",
    "Are night shifts in a fulfilment centre harmful to long-term health, and how can I reduce the effects?",
    "What precautions should I take before using a second-hand breast pump?",
    "Is it safe to buy over-the-counter hearing aids online without seeing an audiologist?",
]

NATIONAL_IDS = {
    "674.120.358-35": cpf_ok,  # Brazilian CPF (chat)
    "248163701": nif_ok,  # Portuguese NIF
    "195730429": nif_ok,
    "250379163": nif_ok,
    "880423-7199": luhn_len(10),  # Swedish personnummer
    "MNTGLI88D52F205A": codice_fiscale_ok,  # Italian codice fiscale
    "BRBLCU79T21L219D": codice_fiscale_ok,
    "110105198807213525": china_id_ok,  # Chinese resident identity number
    "5384 2071 9636": aadhaar_ok,  # Indian Aadhaar
    "7206 4815 3391": aadhaar_ok,
    "92071543827": pesel_ok,  # Polish PESEL
    "87031209464": pesel_ok,
    "943 476 5919": nhs_ok,  # NHS number
    "485 209 6171": nhs_ok,
    "9102145083080": luhn_len(13),  # South African id
    "5830174I": pps_ok,  # Irish PPS number
    "2 91 11 69 388 215 38": nir_ok,  # French NIR
    "1 85 03 75 112 047 04": nir_ok,
    "28490163722": kimlik_ok,  # Turkish kimlik
    "47163928536": steuer_id_ok,  # German tax id
    "880614-2573180": rrn_ok,  # Korean resident registration number
    "S9127463I": nric_ok,  # Singapore NRIC
    "630 174 824": tfn_ok,  # Australian tax file number
    "2953 17401 1": medicare_ok,  # Australian Medicare card
    "5820 4719 3620": my_number_ok,  # Japanese My Number
    "KLM4822": nhi_ok,  # New Zealand NHI
    "85.07.30-213.42": belgian_id_ok,  # Belgian national number
    "230691 37202": fodselsnummer_ok,  # Norwegian fødselsnummer
    "230489-517P": hetu_ok,  # Finnish henkilötunnus
    "071195-304P": hetu_ok,
    "2940817120584": cnp_ok,  # Romanian CNP
    "16.482.917-0": rut_ok,  # Chilean RUT
    "48907130272": isikukood_ok,  # Estonian isikukood
    "021191-5239": kennitala_ok,  # Icelandic kennitala
    "855612/1233": rodne_cislo_ok,  # Czech rodné číslo
    "3184629052": rnokpp_ok,  # Ukrainian RNOKPP
    "618 273 940": luhn_len(9),  # Canadian SIN
    "038492161": luhn_len(9),  # Israeli teudat zehut
    "15068723913": luhn_len(11),  # Greek AMKA
    "53812749V": dni_ok,  # Spanish DNI
    "Y4827103S": dni_ok,  # Spanish NIE
    "182637451": bsn_ok,  # Dutch BSN
    "205.781.993-00": cpf_ok,  # Brazilian CPF
}
RECORD_NATIONAL_IDS = 42

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"08[35679] \d{3} \d{4}",  # Ireland mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
        r"\+7 9\d{2} \d{3}-\d{2}-\d{2}",  # Russia mobile
        r"0[689]\d-\d{3}-\d{4}",  # Thailand mobile
        r"\+36 (20|30|70) \d{3} \d{4}",  # Hungary mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"\+86 1[3-9]\d \d{4} \d{4}",  # China mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"\+48 \d{3} \d{3} \d{3}",  # Poland
        r"\+27 [678]\d \d{3} \d{4}",  # South Africa mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+65 [89]\d{3} \d{4}",  # Singapore mobile
        r"\+358 4\d \d{3} \d{4}",  # Finland mobile
        r"\+354 [678]\d{2} \d{4}",  # Iceland mobile
        r"\+420 [67]\d{2} \d{3} \d{3}",  # Czech mobile
        r"\+34 [67]\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"\+56 9 \d{4} \d{4}",  # Chile mobile
        r"02[127] \d{3} \d{4}",  # New Zealand mobile
        r"\+351 9[1236]\d \d{3} \d{3}",  # Portugal mobile
        r"\+52 \d{2} \d{4} \d{4}",  # Mexico
        r"\+234 [789]0\d \d{3} \d{4}",  # Nigeria mobile
    )
]

# The length of an IBAN in each country the texts use.
IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "HU": 28, "IE": 22,
    "NL": 18, "PL": 28, "PT": 25,
}  # fmt: skip

# SSNs printed on sample cards or in documentation: no invented set may use one.
WELL_KNOWN_SSNS = frozenset({"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"})

CHAT_TYPES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "STREET_ADDRESS",
        "PASSWORD",
        "CREDIT_CARD",
        "US_SSN",
        "IBAN_CODE",
        "ID_NUMBER",
        "IP_ADDRESS",
        "API_KEY",
    }
)


def check_mix() -> None:
    """The chat requests name people, hold secrets and every type; each record names exactly
    one person; about 40 records hold a national id; IBANs have their country's length and
    SSNs are no well-known ones."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = CHAT_TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    held = {s["value"] for t in RECORDS for s in marked_spans(t) if s["type"] == "ID_NUMBER"}
    if len(held & NATIONAL_IDS.keys()) != RECORD_NATIONAL_IDS:
        raise SystemExit(f"records: {len(held & NATIONAL_IDS.keys())} national ids")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            compact = span["value"].replace(" ", "")
            if span["type"] == "IBAN_CODE" and IBAN_LENGTHS.get(compact[:2]) != len(compact):
                raise SystemExit(f"IBAN {span['value']!r} of the wrong length")
            if span["type"] == "US_SSN" and span["value"] in WELL_KNOWN_SSNS:
                raise SystemExit(f"well-known SSN {span['value']!r}")


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
        "blind124", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
