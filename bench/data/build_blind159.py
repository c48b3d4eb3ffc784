# ruff: noqa: E501
"""A hundred-and-fifty-ninth blind privacy set: 220 texts with personal data and 100 clean
ones, on small online sellers on marketplaces (Etsy, eBay, Vinted, Depop and the like) and
their buyers.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the first
eight lines and the "Labels:" paragraph of ``README.md``, and the docstring and non-text code
(imports, constants, check functions, ``main``) of ``build_blind36.py``; never the detector,
its rules, docs or tests, the other sets' texts or builders, or the git history. Every text
is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no templates, no generated
combinations):

* 120 chat requests (3 to 100 words) a seller or buyer would type to a general assistant
  behind a company gateway: drafting replies to buyers, letters and listings, summarising
  pasted notes, minutes, call logs, voicemails and e-mails, translating, fixing wording,
  splitting stall and van costs, asking whether a message is a scam, planning the week.
  The first 30 are typed all in lower case (names, e-mails, codes, postcodes and IBANs
  too, with shorthand and typos); the next 6 are in French, German, Italian, Dutch,
  Portuguese and Turkish; the other 84 are in ordinary English. Names of many origins and
  shapes: first names alone, surnames after titles, full names, nicknames, names that are
  ordinary words (Hope, Sunny, Kit, Dot, Ash, Summer, Comfort, Precious, Bill), many named
  in passing with no cue word; 1 to 8 values each; 20 hold a secret (passwords, PINs,
  gate, alarm, locker and key-safe codes, wifi keys); every entity type appears;
* 100 one-person records (4 to 60 words): prose sentences, profile lines, pipe, CSV and
  semicolon rows, JSON objects, log lines, register entries and short letters, in English
  and 25 other languages (German, French, Spanish, Italian, Portuguese, Dutch, Polish,
  Swedish, Norwegian, Danish, Finnish, Estonian, Icelandic, Czech, Romanian, Turkish,
  Greek, Ukrainian, Japanese, Korean, Chinese, Hebrew, Hindi, Indonesian, Vietnamese,
  Hungarian); each names exactly one person and holds 1 to 4 other values; 41 carry a
  national id with valid check digits (many kinds, listed in ``NATIONAL_IDS``), others
  passports, driving licences, usernames, cards, IBANs, SSNs, IPs, keys and codes;
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly about selling online.

Labels follow the README "Labels:" paragraph: usernames, logins, shop member, account and
licence numbers, passports and national ids are ID_NUMBER; PINs, door, gate, alarm, locker
and key-safe codes, wifi keys and passwords are PASSWORD; titles and relation words (Mr,
Mrs, Dr, Professor, Signora, Auntie, my nan, my son) stay outside PERSON spans, as do
honorifics such as 様 and 님; an address span runs from the first street line through the
postcode and city as typed; public figures, fictional characters, pets, shops and
companies, order, invoice, tracking and booking references, amounts and dates of birth are
not labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125, 040 66969) and in the
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind159.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Auntie|Aunt|Uncle|Nan|Nurse|Sr|Sra|Signora|Sig|Herr|Frau|Mme|Madame|Señora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # --- typed all in lower case ---
    "can u help me reply to a buyer on vinted, [[PERSON|kasia]] says the jumper arrived with a hole. she wants a refund but to keep the item. what do i say without sounding rude",
    "ebay buyer [[ID_NUMBER|dazzler_1987]] left neutral feedback saying 'slow postage' but i posted it the next morning. draft a polite public reply under 80 characters pls",
    "my etsy login got flagged after someone signed in from [[IP_ADDRESS|198.51.100.73]], i changed the pw to [[PASSWORD|mothwing!2291]] already. is that enough or should i turn on 2fa too",
    "summarise this for me: call w/ [[PERSON|femi adeyemi]] re bulk order of 40 candles for his sister's wedding, deliver to [[STREET_ADDRESS|7 canal side, hebden bridge hx7 8az]], his no [[PHONE_NUMBER|07700 900214]], wants lavender not vanilla, deposit paid",
    "whats the kindest way to tell my nan [[PERSON|dot]] she cant list her crochet blankets under my shop account anymore, etsy flagged it",
    "vinted seller [[ID_NUMBER|lilou.vintage]] wants me to pay outside the app by bank transfer to [[IBAN_CODE|fr18 2004 1758 1856 1820 1479 088]] and she'll knock off 10 euro. scam??",
    "translate to polish pls: hi [[PERSON|bartek]], ur parcel is at the inpost locker, code is [[PASSWORD|448106]], it expires friday",
    "buyer called [[PERSON|marigold]] keeps messaging me at 2am about her order. how do i set boundaries nicely? her email is [[EMAIL_ADDRESS|marigold.penhallow@fastmail.com]] if i need to escalate",
    "split costs: me, [[PERSON|jonno]] and [[PERSON|priya]] shared a craft fair stall for £90, [[PERSON|jonno]] paid £50, [[PERSON|priya]] £40, i paid nothing but brought the gazebo which costs £30 to hire. who owes who",
    "think i got phished. typed my card [[CREDIT_CARD|4203 3028 8200 6353]] into a fake 'evri redelivery' page about a vinted parcel. what do i do first",
    "fix the wording: 'hey [[PERSON|tamsin]] sorry the earrings was late, i have add a free pair of studs, hope u like them'",
    "voicemail transcript, pls tidy into notes: 'hiya its [[PERSON|gaz]] from the unit next door, the courier left ur boxes with me, gate code changed to [[PASSWORD|7731#]] btw, ring me on [[PHONE_NUMBER|07700 900583]]'",
    "help me write a listing for a 1970s teak side table, collection only from [[STREET_ADDRESS|flat 2, 19 rowan terrace, leith, edinburgh eh6 5jd]], cash or bank transfer",
    "my paypal got linked to an ebay user [[ID_NUMBER|retro_robin_uk]] who isnt me?? how do i report it and get it unlinked",
    "plan my week: mon post 12 parcels, tue meet [[PERSON|ahmed]] at the wholesaler, wed pick up resin from [[PERSON|sunny]], thu photos, fri vinted bundle for [[ID_NUMBER|crafty.kez]]",
    "reply to mrs [[PERSON|okafor]] who says her etsy order never came. tracking shows delivered to [[STREET_ADDRESS|22 birch grove, luton lu2 7pf]] which is her address. she's really upset",
    "wifi at the market hall is [[PASSWORD|stallholders2024]] right? [[PERSON|bev]] told me but my card reader keeps dropping the connection",
    "etsy is asking for tax info and i put my ssn [[US_SSN|367-44-5833]] but it says mismatch. the name on it is [[PERSON|lacey dunmore]]. what now",
    "draft a msg to [[PERSON|ollie]]: the vinted bundle is 3 items £18 inc postage, i'll send to [[STREET_ADDRESS|41 marsh lane, great yarmouth nr30 1hd]], can u confirm ur number [[PHONE_NUMBER|07700 900762]] for the courier",
    "shorten this email: hi, my name is [[PERSON|gwen ap rhys]] and i run a tiny shop selling pressed flower bookmarks. my payouts have been on hold for 3 weeks and my account no. is [[ID_NUMBER|58213094]]. i've sent id twice. please can someone actually look at it, thanks, [[PERSON|gwen]]",
    "is it safe to give a buyer my bank details? [[PERSON|dee]] wants to pay by transfer for a £300 quilt. my iban is [[IBAN_CODE|gb87 nwbk 6008 2221 0611 47]]",
    "someone on fb marketplace sent me a 'shipping agent' link and i logged in with my email [[EMAIL_ADDRESS|rosie.thimble@outlook.com]] and pw [[PASSWORD|buttons4ever]]. how bad is this",
    "lost track of the api key for my stock sync tool, found this in my notes: [[API_KEY|x7rk2m9qpdw4vnh8tsz3c6ye]] is it still safe to paste into zapier or should i make a new one",
    "minutes from our sellers whatsapp call: [[PERSON|marta]] will do the stall rota, [[PERSON|ifeoma]] handles the insta, [[PERSON|kit]] orders jiffy bags. next call thurs. make it neat",
    "write a reminder to [[PERSON|baz]] that he still owes me £12.40 for the royal mail labels i bought for his ebay sales, his paypal is [[EMAIL_ADDRESS|barry.cole77@gmail.com]]",
    "translate to spanish: dear [[PERSON|lucia]], the ring will be resized and posted to [[STREET_ADDRESS|calle del pez 14, 3º b, 28004 madrid]] on monday. sorry for the wait!",
    "buyer [[ID_NUMBER|mumof3_zo]] claims item not as described on a dress that clearly showed the stain in pic 4. help me reply firmly",
    "post office locker for returns is code [[PASSWORD|kx4729]], whose turn is it to collect, me or [[PERSON|hollie]]?? write a rota for next month for us both",
    "turn these notes into an email to my accountant [[PERSON|deepak]] at [[EMAIL_ADDRESS|deepak@mistryaccounts.co.uk]]: sales £14.2k, fees £1.9k, postage £2.3k, ni number [[ID_NUMBER|jt 58 31 64 b]], need it filed by jan",
    "my mum [[PERSON|linda]] wants to sell her old records on ebay but she's 78 and nervous, can u write simple steps for her? she'll use [[EMAIL_ADDRESS|linda.fairweather@btinternet.com]]",
    # --- six other languages ---
    "Peux-tu m'aider à répondre à [[PERSON|Mathilde Rousseau]] ? Elle a acheté une veste sur Vinted et dit qu'elle ne lui va pas. Je ne fais pas de retours, mais je veux rester aimable. Son numéro : [[PHONE_NUMBER|06 39 98 41 27]].",
    "Kannst du diese Notiz zusammenfassen? Kunde [[PERSON|Jörg Brandt]], eBay-Name [[ID_NUMBER|joerg_b_sammler]], will die Modelleisenbahn selbst abholen, Adresse [[STREET_ADDRESS|Lindenstraße 8, 10969 Berlin]], Tel. [[PHONE_NUMBER|030 23125 478]].",
    "Ciao, devo scrivere a [[PERSON|Giulia]] per dirle che il pacco è in ritardo. Il codice del suo armadietto è [[PASSWORD|5821]] e lei chiede se è ancora valido. Come glielo spiego con gentilezza?",
    "Iemand op Marktplaats vraagt of ik eerst €5 wil betalen via een link om mijn geld te ontvangen. Het gaat om een kinderfiets. Mijn rekeningnummer [[IBAN_CODE|NL17 RABO 7075 1032 16]] heb ik al gestuurd naar ene [[PERSON|Sander]]. Is dit oplichting?",
    "Me ajuda a escrever uma mensagem para a compradora [[PERSON|Fernanda Quintela]]? O colar vai pelos Correios amanhã e o e-mail dela é [[EMAIL_ADDRESS|fe.quintela.bijoux@uol.com.br]].",
    "Merhaba, Etsy'den aldığım halı hasarlı geldi. Satıcı [[PERSON|Murat Karaçam]] iade için telefonumu istiyor: [[PHONE_NUMBER|+90 532 418 27 63]]. Ona nasıl kibar bir mesaj yazabilirim?",
    # --- ordinary English ---
    "Draft a friendly reply to [[PERSON|Hope]], who bought two of my linocut prints and asked whether I can frame them. I can, for £15 extra each.",
    "A buyer, [[PERSON|Callum Fraser]], says his parcel never arrived at [[STREET_ADDRESS|Flat 3, 27 Dundas Street, Glasgow G1 2AQ]]. Royal Mail tracking says 'delivered, left in porch'. Flats don't have porches. How should I handle this with eBay?",
    "Can you turn this voicemail into three bullet points? 'Hi, it's [[PERSON|Wanjiru]] calling about the beaded bag, I need it by the 14th for my cousin's graduation, can you do express? My number's [[PHONE_NUMBER|+254 722 418 903]], thanks so much.'",
    "Summarise this email thread in two lines: [[PERSON|Ruth Abernethy]] ordered a custom dog portrait, sent the wrong photo, then the right one, and now wants the name 'Pickle' added under the dog. She also changed the delivery address to [[STREET_ADDRESS|5 Harbour View, Tenby SA70 7BX]].",
    "Is this a scam? A Vinted 'buyer' called [[PERSON|Jessamy]] says she paid but I need to 'verify' by entering my card number [[CREDIT_CARD|4938 9243 2182 5119]] on a page called vinted-secure-release dot com. I haven't done it yet.",
    "Help me word a message to Mr [[PERSON|Takahashi]]: the kintsugi bowl he ordered cracked in the kiln, so I'll remake it and ship by the end of the month, or refund in full if he prefers.",
    "Our craft collective shares one Etsy login. Write a short note to the group saying the new password is [[PASSWORD|Fern&Thistle#88]] and that nobody should save it in the browser on the library computers.",
    "I sell vintage cameras. Buyer [[ID_NUMBER|shutterbug_dan]] wants to pay with a cheque posted to me. Is that normal on eBay or a red flag?",
    "Translate into French for a customer in Lyon: 'Dear [[PERSON|Amélie]], your order has shipped. The tracking number is in your Etsy messages. Thank you, [[PERSON|Nadia]].'",
    "Fix the grammar: 'Me and [[PERSON|Tobias]] is running a pop up shop on saturday, come and see us at [[STREET_ADDRESS|Unit 4, Hope Street Yard, Liverpool L1 9BQ]], we has 20% off all mugs'",
    "Work out how much each of us owes. Me, [[PERSON|Grace]], [[PERSON|Kwame]] and [[PERSON|Ines]] rented a van for £120 to do the Christmas market, plus £36 diesel. [[PERSON|Kwame]] already paid the diesel. [[PERSON|Grace]] is leaving early so only pays half a share.",
    "The gate at my workshop unit has a keypad. Write a text to the DPD driver telling him the code is [[PASSWORD|2580]] and to leave boxes in the blue cage. His number is [[PHONE_NUMBER|07700 900431]].",
    "Someone keeps logging into my eBay from [[IP_ADDRESS|203.0.113.58]] and [[IP_ADDRESS|2001:db8:4a1::17]]. I'm in Leeds and have never used a VPN. What should I do right now?",
    "Write a polite but firm message to [[PERSON|Rocco Bellini]], who opened a 'not as described' case on a leather jacket after wearing it to a wedding. I've seen the photos.",
    "My shop manager keeps asking for the API key for the inventory app. It's [[API_KEY|etsy_k9Xq2LmV7rTz4WpB8nHc3sJd]], but should I give the whole thing to a freelancer I met online last week?",
    "Can you make this sound less passive-aggressive? 'As I ALREADY explained to you, [[PERSON|Sophie]], the candle is soy wax and is SUPPOSED to frost.'",
    "Notes from today's call with the printer, please tidy: spoke to [[PERSON|Dmitri Volkov]], reorder 500 kraft mailers, invoice INV-20931 due in 30 days, he'll email the proof to [[EMAIL_ADDRESS|d.volkov@printhaus-studio.co.uk]]. Also ask about foil.",
    "My US tax form for Etsy asks for my SSN, which is [[US_SSN|421-33-8203]]. A 'support agent' on WhatsApp says he needs it too to unlock my payouts. Scam?",
    "Can you check my maths? I sold 34 tote bags at £18, the platform took 6.5% plus 20p listing each, and I paid [[PERSON|Precious]] £2 a bag for the sewing.",
    "Reply to this for me: 'Hiya, is the pram still available? I can collect tonight, I'm at [[STREET_ADDRESS|88 Clarendon Road, Watford WD17 1DU]]. Text me on [[PHONE_NUMBER|07700 900116]] - [[PERSON|Shaz]]'. I want to say yes but it's collection from mine, not delivery.",
    "Plan a posting schedule for my vintage shop: new drops Tuesday and Friday, [[PERSON|Bill]] photographs on Mondays, and I list on Thursday nights.",
    "A buyer says I charged her twice. Her card ends 7074 but she pasted the full number [[CREDIT_CARD|3594 6565 8934 7074]] in the message thread. How do I tell [[PERSON|Yuki]] not to do that, and should I delete it?",
    "My wifi password for the studio is [[PASSWORD|LinocutLlama42]]; write a tiny sign for the wall so the Saturday helpers can connect without asking me every time.",
    "Help me answer [[PERSON|Oluwaseun]], who asked if the Ankara print cushion covers are handmade. They are, by my aunt [[PERSON|Folake]] in Abeokuta.",
    "Summarise: 'From: [[PERSON|Beatrix Olsen]] <[[EMAIL_ADDRESS|bea.olsen@protonmail.com]]> Subject: wrong size. Hi, I ordered the ring in N but got L. Can I swap? I can post it back today. [[PERSON|Bea]]'",
    "Write a short thank-you note to Auntie [[PERSON|Comfort]] for lending me her sewing machine during the Christmas rush.",
    "Vinted says my account is under review. The email asks me to reply with my username [[ID_NUMBER|thriftqueen_mara]] and password [[PASSWORD|Velvet2019!]]. Real or phishing?",
    "I need a gentle chaser to [[PERSON|Hamish]]. He won the oak bench on eBay 9 days ago, hasn't paid, and stopped answering. What's the unpaid item process now?",
    "Translate into German: 'Hello [[PERSON|Klaus]], the lamp will be packed in double boxes. Please send your phone number so the courier can call.' He's already sent it, [[PHONE_NUMBER|+49 30 23125 612]], so add it at the end.",
    "Draft a review reply: a customer named [[PERSON|Ingrid Sæther]] gave my knitting patterns 2 stars because the PDF links expired. I've fixed it since.",
    "Is it OK to keep buyers' addresses in a spreadsheet? Example row: [[PERSON|Tomasz Wróbel]], [[STREET_ADDRESS|12 Kingsley Avenue, Swindon SN2 6HQ]], [[PHONE_NUMBER|07700 900897]]. I use it to send Christmas cards to repeat customers.",
    "Help me split the profit from the jumble stall: £212 in total. [[PERSON|Ash]] ran it 4 hours, [[PERSON|Nell]] 3 hours, me 5 hours. Pro rata by hours please.",
    "Call log to summarise: 10:02 missed call from [[PHONE_NUMBER|0491 570 238]]. 10:15 voicemail, [[PERSON|Kylie Tran]] asking about the opal pendant. 11:40 called back, she'll pay via PayPal at [[EMAIL_ADDRESS|kylie.tran.designs@bigpond.com]].",
    "Rewrite this to sound professional: 'yo [[PERSON|Jaylen]] ur sneakers r stuck at customs, not my fault, chill'",
    "My ex [[PERSON|Craig]] still has access to the shared Etsy account. I changed the email to [[EMAIL_ADDRESS|hello.willowandwren@gmail.com]] but he knows the PIN of the bank card linked to it, [[PASSWORD|0619]]. What do I change first?",
    "The platform wants bank details for payouts. Is it safe to type my IBAN [[IBAN_CODE|IE08 BOFI 9040 1048 6252 44]] into the payments page, or should I open a separate business account first?",
    "Please write a short bio for my About page. I'm [[PERSON|Saoirse]], I make silver jewellery from recycled spoons in a shed in Galway.",
    "Quick one: what's a nice way to say no to lowballers? Today [[ID_NUMBER|bargainhunter_44]] offered £5 on a £40 coat.",
    "A buyer sent this, what does she want? 'Hi, can u send the dress to my sisters instead, [[PERSON|Marisol Ortega]], [[STREET_ADDRESS|3 Poplar Close, Reading RG1 5LT]], she'll give it to me at Easter x'",
    "Organise these into a packing checklist for tomorrow: Ms [[PERSON|Aduke]] - 2 scarves; [[PERSON|Ben Whitlock]] - wallet; [[PERSON|Zhou Min]] - 1 scarf plus gift wrap; [[PERSON|Haruto Ishii]] - keyring x3.",
    "Is this message a scam? 'Congratulations [[PERSON|Delphine]], your Vinted sale is complete! To receive £45 click the link and enter your card details.' I didn't sell anything for £45.",
    "My partner [[PERSON|Rafi]] and I are setting up an eBay shop with one shared login, password [[PASSWORD|twinpeaks_parcel9]]. Write a one-page plan for who does what; he's better at photos, I'm better at customer service.",
    "Make this a neat handover note: alarm code for the unit is [[PASSWORD|9047]], spare key with Mrs [[PERSON|Patel]] at number 6, parcels go out by 3pm, cat food is under the sink for Mango.",
    "Summarise these minutes: Sellers' meetup 12 March. Present: [[PERSON|Agnieszka]], [[PERSON|Tunde]], [[PERSON|Rosalind Achebe]], [[PERSON|Dev]]. Agreed: share a bulk order of bubble wrap; [[PERSON|Tunde]] to collect money; next meetup at [[PERSON|Dev]]'s place.",
    "Help me write a Vinted bio. Mention I post Mon/Wed/Fri, bundles get 15% off, and buyers can find me as [[ID_NUMBER|@lotties.loft]] on Instagram.",
    "Translate to Spanish for a buyer: 'Hi [[PERSON|Pilar]], I've refunded the €12 postage. Sorry for the delay!'",
    "Work out postage: 3 parcels to [[PERSON|Jenna]] in Cork, 2 to [[PERSON|Marco]] in Turin, 1 to [[PERSON|Kofi]] in Accra. Each about 800g, Royal Mail International Tracked. Rough total?",
    "Can you check the phone field on my order form? I want UK numbers like [[PHONE_NUMBER|020 7946 0374]] to be accepted but not random text.",
    "Write a calm reply to [[PERSON|Gordon McAllister]], who posted a one-star review calling me a thief over a lost parcel and then emailed me from [[EMAIL_ADDRESS|gmcallister1958@aol.co.uk]] demanding £200.",
    "Is it a scam if a buyer asks me to ship to a 'forwarding address' abroad? The address is [[STREET_ADDRESS|1462 Oakmont Drive, Dover, DE 19904]] and the buyer is [[PERSON|Liam Ferrante]].",
    "What's the cheapest way to send a 2kg parcel from Aberdeen to Cardiff? [[PERSON|Blessing]] is happy to wait a few days.",
    "Tidy this voicemail: 'Uh hi this is [[PERSON|Stanisław]], I bought the sewing machine, the bobbin case is missing, call me back on [[PHONE_NUMBER|+48 512 384 907]], okay bye.'",
    "Someone used my card [[CREDIT_CARD|5419 2075 2435 5737]] to buy ads on my own shop. The bank says to call them. What should I say?",
    "Write a reminder for me and [[PERSON|Dougie]]: locker 14 at the gym has the stock samples, combination [[PASSWORD|3-17-29]].",
    "A buyer wants the invoice in her name. Name: [[PERSON|Harriet Lowe-Simmons]], address [[STREET_ADDRESS|The Old Forge, Mill Lane, Chipping Norton OX7 5JS]]. Help me set it out properly.",
    "Draft an apology to [[PERSON|Nkechi]] - I sent her the green tote instead of the mustard one. I'll email a prepaid return label to [[EMAIL_ADDRESS|nkechi.o@yahoo.co.uk]].",
    "Can you explain eBay's item-not-received rules? My buyer [[ID_NUMBER|kev.the.collector]] says nothing arrived but tracking shows it was signed for.",
    "My son [[PERSON|Idris]] wants to resell trainers on Vinted. He's 16. Is he allowed, and should the account be in my name? He's already set the password to [[PASSWORD|idrisrules16]].",
    "Rewrite for a shop banner: 'Closed 1-10 August, orders placed will ship on the 11th. Love, [[PERSON|Poppy]] & [[PERSON|Jun]]'",
    "The alarm company wants a password for call-outs to my stock room. Is [[PASSWORD|Marmalade1987]] a good one or too guessable?",
    "Give me three ways to say 'please leave feedback' without sounding needy. My buyer, Dr [[PERSON|Eleni Papadakis]], bought five prints.",
    "Check my reply: 'Dear [[PERSON|Summer]], thanks for your offer of £20. The lowest I can go is £26 including postage.'",
    "I found a buyer's packing slip in a bag I got from a charity shop: [[PERSON|Anita Kowalczyk]], [[STREET_ADDRESS|9 Beechwood Crescent, Solihull B91 3RF]]. Should I shred it or post it back?",
    "Help me plan a photoshoot with [[PERSON|Raj]], who is modelling the knitwear. Saturday, his garden, golden hour.",
    "Translate into Italian: 'Dear Signora [[PERSON|Conti]], the ceramic plates left today by DHL and should arrive within five days.'",
    "Summarise for my records: refund issued to [[PERSON|Malik Hassan]] for a cracked vase, £34.50, PayPal email [[EMAIL_ADDRESS|malik.h.hassan@hotmail.com]], order 2231-0987.",
    "Is it normal for a Vinted buyer to ask for my phone number? [[PERSON|Chloé]] wants to 'chat on WhatsApp' about the bag. I gave her [[PHONE_NUMBER|07700 900355]] before thinking.",
    "My payment processor shows logins from [[IP_ADDRESS|192.0.2.211]] at 3am. My assistant [[PERSON|Yaw]] says it wasn't him. How do I check?",
    "I sell second-hand books. A buyer, Professor [[PERSON|Hargreaves]], wants an invoice with VAT shown. I'm not VAT registered. What do I tell him?",
    "Can you write a message asking [[PERSON|Moana]] to confirm her address? She wrote '[[STREET_ADDRESS|17 Tui Street, Ponsonby, Auckland 1011]]' but the courier site says the street isn't recognised.",
    "Help me write a short, warm message to my first ever buyer, [[PERSON|Eun-ji]]. She bought a hand-bound notebook.",
    "The community hall wifi for Sunday's makers market: network MakersHall, key [[PASSWORD|pinecone-lantern-77]]. Write a sign for stallholders.",
    "Please split this eBay lot of Lego between my nephews [[PERSON|Finn]] and [[PERSON|Arlo]] fairly: 3 sets worth £40, £25 and £18, and a bag of bricks worth £12.",
    "Does this look like a real Etsy email? 'Dear [[PERSON|Rowan Clarke]], your shop payout is on hold. Confirm your bank account [[IBAN_CODE|GB19 LOYD 3091 4656 2790 42]] and log in at the link.' It has my real IBAN in it, which freaks me out.",
    "Summarise the call: [[PERSON|Bongani]] from the courier depot said my 6 parcels are held because the labels had the wrong postcode; they need relabelling to [[STREET_ADDRESS|24 Vale Road, Durban North, 4051]]. Call him back on [[PHONE_NUMBER|+27 31 564 2209]].",
    "Rewrite: 'I am writing to tell you, [[PERSON|Magnus]], that the chess set you bought was originally my grandfather's, and I hope it brings you joy.'",
    "I sell on Depop and Vinted. Which fees are lower for a £25 dress? Also, my Depop handle is [[ID_NUMBER|sundaystitch]], does that sound professional?",
    "My friend [[PERSON|Tash]] lent me her PayPal to take payments while mine's frozen. Login [[EMAIL_ADDRESS|tash.m.okeke@gmail.com]], password [[PASSWORD|Okeke!Paypal22]]. Is that allowed?",
    "Can you write instructions for the courier? Side door of [[STREET_ADDRESS|2 Station Cottages, Lower Slaughter, Cheltenham GL54 2HR]], key safe code [[PASSWORD|1066]], parcels on the bench.",
    "What's the difference between a chargeback and a PayPal dispute? [[PERSON|Gianluca]] opened one on a £90 watch.",
    "Draft a listing title for a Barbour jacket, size M, from the wardrobe of my late dad, [[PERSON|Reg]]. Add a short line about him, he'd have liked that.",
    "Check if this IBAN looks right before I give it to my buyer in Spain: [[IBAN_CODE|ES33 2100 0214 4617 4884 3097]]. The account is in the name of [[PERSON|Consuelo Ibarra]].",
    "Help me respond to a wholesale enquiry from [[PERSON|Priyanka Deshmukh]] ([[EMAIL_ADDRESS|priyanka@chaiandclay.in]]) who wants 200 mugs by September.",
    "Our shop sync key [[API_KEY|pk_shopsync_4f9a27c1e8b34d6a9e02]] got pasted into a public Discord by [[PERSON|Ellis]]. What do I do, in order?",
]

# 100 one-person records in English and 26 other languages.
RECORDS = [
    # --- English ---
    "DAC7 seller record: [[PERSON|Maeve Donnelly]], PPS number [[ID_NUMBER|1831412DA]], address [[STREET_ADDRESS|14 Glenview Park, Ballincollig, Co. Cork P31 X2K7]], 41 sales in 2023.",
    "VAT relief declaration signed by [[PERSON|Maureen Achterberg]], NHS number [[ID_NUMBER|369 656 2440]], for a handmade riser cushion; deliver to [[STREET_ADDRESS|6 Kestrel Way, Norwich NR5 9QL]].",
    "[[PERSON|Oliver Brathwaite]] | [[EMAIL_ADDRESS|ollie.brathwaite@icloud.com]] | [[PHONE_NUMBER|07700 900648]] | seller since 2019 | ships from Bristol",
    "returns_log: 2024-02-03,[[PERSON|Farah Siddiqui]],[[EMAIL_ADDRESS|farah.sidd@outlook.com]],wrong colour,refund £22",
    '{"payee": "[[PERSON|Danielle Kowalski-Reyes]]", "ssn": "[[US_SSN|227-21-1539]]", "form": "1099-K", "state": "OH"}',
    "2024-05-18 22:14:07 WARN new-device login user=[[ID_NUMBER|noor.handmade]] from [[IP_ADDRESS|198.51.100.24]] (owner: [[PERSON|Noor Al-Sayed]])",
    "Seller onboarding, ZA: [[PERSON|Thandiwe Mokoena]], ID number [[ID_NUMBER|9104125110081]], cell [[PHONE_NUMBER|+27 82 614 3390]].",
    "Payout hold cleared for [[PERSON|Brodie Clarkson]] after TFN [[ID_NUMBER|837 258 726]] was verified; BSB and account on file.",
    "Age check for a buyer of craft knives: [[PERSON|Mele Tupou]] showed Medicare card [[ID_NUMBER|2336 63782 8]]; mobile [[PHONE_NUMBER|0491 570 412]].",
    "Singapore seller KYC: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S1155592F]], e-mail [[EMAIL_ADDRESS|weiling.tan@singnet.com.sg]].",
    "Order note pasted by buyer [[PERSON|Aroha Ngata]]: 'my NHI is [[ID_NUMBER|ZKD7611]] in case the pharmacy needs it', phone [[PHONE_NUMBER|+64 21 458 7093]].",
    "Canadian seller tax profile: [[PERSON|Marc-Antoine Gagnon]], SIN [[ID_NUMBER|253 111 587]], address [[STREET_ADDRESS|418 rue Saint-Vallier Ouest, Québec, QC G1K 1K2]].",
    "Vendor KYC: [[PERSON|Ananya Raghunathan]], Aadhaar [[ID_NUMBER|8633 6082 0684]], UPI-linked mobile [[PHONE_NUMBER|+91 98450 31726]].",
    "Dear [[PERSON|Ikechukwu]], your refund of £48 has been sent to card [[CREDIT_CARD|5370 1183 7214 7950]]. Thank you for shopping with Clay & Cinder.",
    "Market stall register, pitch 12: [[PERSON|Wendell Okoro]], street trading licence [[ID_NUMBER|STL-2024-0871]], gazebo and one table.",
    "Name: [[PERSON|Bridie Keane]]; eBay user [[ID_NUMBER|bridiesbits]]; returns to [[STREET_ADDRESS|Apt 5, 31 Merrion Square, Dublin 2, D02 XY45]]",
    "[[PERSON|Jacob Mendelsohn]], passport [[ID_NUMBER|548219736]], collected the parcel from the Paddington locker at 18:05.",
    "W-9 on file: [[PERSON|Tyrell Washington]], SSN [[US_SSN|297-88-6078]], [[STREET_ADDRESS|2217 Magnolia Ave, Apt 3B, Birmingham, AL 35205]].",
    "[[PERSON|Pham Thi Thu]],[[PHONE_NUMBER|(312) 555-0178]],[[EMAIL_ADDRESS|thu.pham.nails@yahoo.com]],wholesale,net 14",
    '{"user": "[[ID_NUMBER|gracie_makes_88]]", "full_name": "[[PERSON|Grace Adjoa Mensah]]", "last_ip": "[[IP_ADDRESS|2001:db8:77::4c]]"}',
    "Driving licence [[ID_NUMBER|HOLLO807155JW9AB]] belongs to [[PERSON|Josephine Holloway]], who collected the pine dresser in person.",
    "[2024-06-02 08:11] payout failed: IBAN [[IBAN_CODE|GB96 MIDL 4017 7811 1345 65]] rejected, account holder [[PERSON|Sunil Varghese]]",
    "Gift message for order 5521: 'Happy 30th [[PERSON|Keisha]]! Love from all of us.' Ship to [[STREET_ADDRESS|59 Albion Road, London N16 9PP]].",
    "Etsy shop owner: [[PERSON|Caoimhe Ní Bhriain]], contact [[EMAIL_ADDRESS|caoimhe@bluewrenprints.ie]]",
    "Workshop accident record: [[PERSON|Declan Whitfield]], NHS [[ID_NUMBER|934 911 6936]], cut thumb on a bevel tool, first aid given, mobile [[PHONE_NUMBER|07700 900927]].",
    "[[PERSON|Mohammed Irfan Sheikh]] | Aadhaar [[ID_NUMBER|5472 5411 4763]] | pickup from [[STREET_ADDRESS|Shop 7, Crawford Market, Mumbai 400001]]",
    "Chargeback notice: cardholder [[PERSON|Aaliyah Brooks]], card [[CREDIT_CARD|3732 2517 4798 746]], disputed $64.00.",
    "Hi [[PERSON|Rosa]], your locker code for the pickup point is [[PASSWORD|773402]]. It works until Friday noon.",
    "Integration config for [[PERSON|Henrik Sandvold]]: api_key=[[API_KEY|ek_3b7f0d92c4a8e61f5d2b9a07]], webhook owner [[EMAIL_ADDRESS|henrik.sandvold@posteo.net]]",
    "Buyer [[PERSON|Zainab Yusuf]] paid by bank transfer from [[IBAN_CODE|GB97 BARC 2045 6707 6947 27]]; receipt sent the same day.",
    '{"buyer": "[[PERSON|Kwabena Asante]]", "email": "[[EMAIL_ADDRESS|k.asante@fastmail.co.uk]]", "ship_to": "[[STREET_ADDRESS|Flat 9, 140 Lordship Lane, London SE22 8HB]]"}',
    "2024-07-09T14:03:55Z password_reset requested account=[[ID_NUMBER|vintagevalerie]] name=[[PERSON|Valerie Osei]] ip=[[IP_ADDRESS|203.0.113.190]]",
    "Seller: [[PERSON|Jin-woo Park]]\nDepop: [[ID_NUMBER|@jinwoo.archive]]\nPayPal: [[EMAIL_ADDRESS|jinwoo.park.archive@gmail.com]]",
    "Craft fair sign-in #47: [[PERSON|Agatha Prendergast]], mobile [[PHONE_NUMBER|07700 900271]], pitch B6, paid £25 cash.",
    "Dear Mr [[PERSON|Adeyemi-Cole]], we have closed your buyer protection case. The refund went to the card on file, [[CREDIT_CARD|4403 4913 9487 8744]].",
    "[[PERSON|Lachlan Murray]];[[EMAIL_ADDRESS|lachie.murray@bigpond.net.au]];[[PHONE_NUMBER|+61 491 570 663]];wholesale;net 30",
    "[[PERSON|Precious Ndlovu]] logged into the seller app from [[IP_ADDRESS|198.51.100.142]] and changed her payout email to [[EMAIL_ADDRESS|precious.ndlovu.art@gmail.com]].",
    "Identity check for a high-value payout: [[PERSON|Olamide Bankole]], passport [[ID_NUMBER|A07839125]], verified on 3 June.",
    "Collection ID checked: [[PERSON|Tanner Wolfe]], Colorado driver license [[ID_NUMBER|07-418-2953]], phone [[PHONE_NUMBER|(720) 555-0162]].",
    "Shop integration owner: [[PERSON|Priscilla Vance]] | key [[API_KEY|AKfy2Qm9rT4vXz7LpB1sHc6Nd8Wg]] | created 2024-01-14",
    "Note for the house-sitter: network HIVE-7C2, key [[PASSWORD|brambleHedgehog!4]], ask [[PERSON|Odette]] if it drops.",
    '{"name": "[[PERSON|Ravi Chandrasekar]]", "ebay_id": "[[ID_NUMBER|ravic_stamps]]", "phone": "[[PHONE_NUMBER|+1 415 555 0139]]"}',
    "Returns label addressed to [[PERSON|Hyacinth Barrow]], [[STREET_ADDRESS|27 Windrush Mews, Brixton, London SW2 1EF]], tel [[PHONE_NUMBER|020 7946 0518]].",
    # --- German ---
    "Verkäuferin [[PERSON|Sabine Hoffmann]], Steuer-ID [[ID_NUMBER|32 517 558 683]], Anschrift [[STREET_ADDRESS|Gartenweg 12, 79100 Freiburg im Breisgau]].",
    "Rücksendung von [[PERSON|Lukas Brenner]] eingegangen; Erstattung auf [[IBAN_CODE|DE10 1001 2647 6136 1864 13]] veranlasst.",
    "Kundin: [[PERSON|Aylin Demirci]] · Tel. [[PHONE_NUMBER|040 66969 214]] · E-Mail [[EMAIL_ADDRESS|aylin.demirci@web.de]]",
    "Login-Protokoll: Nutzerin [[PERSON|Franziska Obermaier]], Benutzername [[ID_NUMBER|franzi_strickt]], IP [[IP_ADDRESS|192.0.2.77]].",
    # --- French ---
    "Vendeuse [[PERSON|Élodie Marchand]], NIR [[ID_NUMBER|2 85 04 75 969 385 15]], domiciliée [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]].",
    "Retrait en point relais : [[PERSON|Théo Lambert]], pièce d'identité n° [[ID_NUMBER|19AB48273]], portable [[PHONE_NUMBER|06 39 98 17 54]].",
    "Fiche acheteur : [[PERSON|Jean-Baptiste Morel]] ; NIR [[ID_NUMBER|1 79 11 69 715 767 14]] ; e-mail [[EMAIL_ADDRESS|jb.morel@laposte.net]].",
    "Vendeur : [[PERSON|Geneviève Tremblay]], NAS [[ID_NUMBER|704 830 538]], téléphone [[PHONE_NUMBER|(418) 555-0143]].",
    "Acheteuse [[PERSON|Nadège Fontaine]], e-mail [[EMAIL_ADDRESS|nadege.fontaine@orange.fr]], colis à livrer au [[STREET_ADDRESS|12 avenue Jean Jaurès, 69007 Lyon]].",
    # --- Spanish ---
    "Vendedora [[PERSON|Marina Etxeberria]], DNI [[ID_NUMBER|96054676Y]], cuenta [[IBAN_CODE|ES89 0081 7807 1033 8349 5766]].",
    "Envío a [[PERSON|Rubén Castillo]]: [[STREET_ADDRESS|Calle Mayor 23, 2º izq., 46002 Valencia]]. Móvil [[PHONE_NUMBER|+34 612 845 337]].",
    "Compradora [[PERSON|Ioana Radu]] (NIE [[ID_NUMBER|Y0758855F]]) solicita factura a su nombre.",
    "Vendedor: [[PERSON|Cristóbal Fuenzalida]] | RUT [[ID_NUMBER|16.472.664-9]] | fono [[PHONE_NUMBER|+56 9 6124 8837]]",
    "Hola [[PERSON|Nerea]], el código de tu taquilla es [[PASSWORD|4927]] y caduca el viernes.",
    # --- Italian ---
    "Venditrice [[PERSON|Maria Bianchi]], codice fiscale [[ID_NUMBER|BNCMRA91M52H501E]], spedisce da Roma.",
    "Acquirente [[PERSON|Giuseppe Ferraro]], CF [[ID_NUMBER|FRRGPP84A17F205X]], consegna: [[STREET_ADDRESS|Via Padova 118, 20127 Milano]].",
    "Gentile [[PERSON|Chiara]], il rimborso di 18 € è stato inviato su [[IBAN_CODE|IT52 X030 6920 1003 5080 4182 286]].",
    "Account venditore: [[PERSON|Lorenzo Galli]], username [[ID_NUMBER|lorenzo_vinili]], cellulare [[PHONE_NUMBER|+39 347 218 9064]].",
    # --- Portuguese ---
    "Vendedor [[PERSON|Tiago Carvalho]], NIF [[ID_NUMBER|214 639 983]], morada [[STREET_ADDRESS|Rua de Cedofeita 210, 4050-174 Porto]].",
    "Cadastro de vendedora: [[PERSON|Luana Bezerra]], CPF [[ID_NUMBER|659.043.723-88]], celular [[PHONE_NUMBER|+55 81 99632-4170]].",
    "Reembolso para [[PERSON|Inês Batista]] na conta [[IBAN_CODE|PT26 5938 6749 0631 1215 8245 8]].",
    "Comprador [[PERSON|Rafael Nogueira]] pagou com o cartão [[CREDIT_CARD|2231 3504 5061 9685]] e pediu entrega em [[STREET_ADDRESS|Rua Augusta 1508, apto 32, São Paulo - SP, 01304-001]].",
    # --- Dutch ---
    "Verkoper [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|4590.28.030]], adres [[STREET_ADDRESS|Prinsengracht 402-II, 1016 JB Amsterdam]].",
    "Koper [[PERSON|Jeroen Bakker]] betaalde via [[IBAN_CODE|NL92 INGB 7124 0056 42]]; tel. [[PHONE_NUMBER|+31 6 4127 8850]].",
    "Verkoopster [[PERSON|Lotte Claes]], rijksregisternummer [[ID_NUMBER|75.03.30-309.96]], e-mail [[EMAIL_ADDRESS|lotte.claes@telenet.be]].",
    "DAC7-opgave: [[PERSON|Femke Jansen]], BSN [[ID_NUMBER|311043926]], 52 verkopen, totaal €3.410.",
    "Beste [[PERSON|Willemijn]], je wachtwoord voor het gedeelde winkelaccount is nu [[PASSWORD|Tulpenbol#2024]].",
    # --- Polish ---
    "Sprzedawca [[PERSON|Krzysztof Wiśniewski]], PESEL [[ID_NUMBER|85112302576]], konto [[IBAN_CODE|PL18 6098 6993 7550 9297 0629 8715]].",
    "Kupująca [[PERSON|Zofia Nowakowska]], tel. [[PHONE_NUMBER|+48 601 238 745]], adres [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]].",
    "Login: [[ID_NUMBER|ola_szydelkuje]], imię i nazwisko: [[PERSON|Aleksandra Mazur]], e-mail: [[EMAIL_ADDRESS|ola.mazur@wp.pl]]",
    # --- Swedish ---
    "Säljare [[PERSON|Annika Lindqvist]], personnummer [[ID_NUMBER|930817-4946]], utbetalning till [[IBAN_CODE|SE29 6852 8743 5172 8942 4206]].",
    "Köpare: [[PERSON|Erik Sandberg]] · personnr [[ID_NUMBER|781102-8047]] · [[PHONE_NUMBER|+46 70 284 19 63]]",
    "Hej [[PERSON|Linnea]]! Portkoden till lagret är [[PASSWORD|1947B]], ring mig på [[PHONE_NUMBER|+46 73 519 02 84]] om den inte funkar.",
    # --- Norwegian, Danish, Finnish, Estonian, Icelandic ---
    "Selger [[PERSON|Ingvild Haugen]], fødselsnummer [[ID_NUMBER|02117149903]], adresse [[STREET_ADDRESS|Thorvald Meyers gate 41, 0555 Oslo]].",
    "Køber [[PERSON|Mette Kjær]] har betalt via [[IBAN_CODE|DK06 0135 2652 2304 57]]; mobil [[PHONE_NUMBER|+45 22 61 48 39]].",
    "Myyjä [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240788-982H]], tili [[IBAN_CODE|FI52 4330 4745 0811 28]].",
    "Müüja [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|39108157530]], e-post [[EMAIL_ADDRESS|kristjan.tamm@hot.ee]].",
    "Seljandi: [[PERSON|Sigríður Jónsdóttir]], kennitala [[ID_NUMBER|290586-3059]], sími [[PHONE_NUMBER|+354 862 4471]].",
    # --- Czech, Romanian, Hungarian, Turkish, Greek, Ukrainian ---
    "Prodávající [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885604/9213]], účet [[IBAN_CODE|CZ77 4158 4782 7267 1388 8209]].",
    "Vânzător [[PERSON|Mihai Popescu]], CNP [[ID_NUMBER|1870923933895]], IBAN [[IBAN_CODE|RO11 BTRL 8518 5815 7245 0201]].",
    "Eladó: [[PERSON|Szabó Katalin]], adóazonosító jel [[ID_NUMBER|8412056736]], e-mail [[EMAIL_ADDRESS|szabo.kata@freemail.hu]].",
    "Satıcı [[PERSON|Elif Aksoy]], T.C. kimlik no [[ID_NUMBER|30966102142]], telefon [[PHONE_NUMBER|+90 533 672 18 45]].",
    "Alıcı [[PERSON|Zeynep Arslan]], e-posta [[EMAIL_ADDRESS|zeynep.arslan@hotmail.com.tr]], adres [[STREET_ADDRESS|Moda Caddesi No: 44 D: 3, 34710 Kadıköy/İstanbul]].",
    "Πωλήτρια [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|12067986971]], IBAN [[IBAN_CODE|GR17 2082 3994 0530 0598 7707 780]].",
    "Αγοραστής [[PERSON|Νίκος Αντωνίου]], κινητό [[PHONE_NUMBER|+30 694 518 2739]], παράδοση σε locker.",
    "Продавець [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|8379259591]], тел. [[PHONE_NUMBER|+380 67 418 2935]].",
    "Покупниця [[PERSON|Марія Шевчук]], e-mail [[EMAIL_ADDRESS|maria.shevchuk@ukr.net]], картка [[CREDIT_CARD|5166 8008 5062 0115]].",
    # --- Japanese, Korean, Chinese ---
    "出品者： [[PERSON|森 海斗]] ／ マイナンバー： [[ID_NUMBER|5624 4714 5071]] ／ 電話： [[PHONE_NUMBER|090-4417-2286]]",
    "購入者 [[PERSON|佐藤 美咲]] 様 ／ 住所 [[STREET_ADDRESS|〒150-0001 東京都渋谷区神宮前 4-12-8]] ／ 電話 [[PHONE_NUMBER|080-3391-4402]]",
    "판매자 [[PERSON|김지현]], 주민등록번호 [[ID_NUMBER|950221-1850572]], 연락처 [[PHONE_NUMBER|010-4821-7736]].",
    "구매자 [[PERSON|이서연]] 님, 이메일 [[EMAIL_ADDRESS|seoyeon.lee@naver.com]], 배송지 [[STREET_ADDRESS|서울특별시 마포구 와우산로 29길 12, 04066]]",
    "卖家 [[PERSON|王丽娟]] ，身份证号 [[ID_NUMBER|510107199203049666]] ，手机 [[PHONE_NUMBER|+86 138 2047 6159]] 。",
    "买家 [[PERSON|陈志强]] ，收货地址 [[STREET_ADDRESS|上海市徐汇区漕溪北路 88 号 5 楼 200030]] ，电话 [[PHONE_NUMBER|+86 139 1672 4085]]",
    # --- Hebrew, Hindi, Indonesian, Vietnamese ---
    "מוכרת: [[PERSON|נועה כהן]], ת.ז. [[ID_NUMBER|375975042]], טלפון [[PHONE_NUMBER|+972 54 731 2864]]",
    "विक्रेता [[PERSON|सुनीता वर्मा]], मोबाइल [[PHONE_NUMBER|+91 99870 45128]], ईमेल [[EMAIL_ADDRESS|sunita.verma.crafts@rediffmail.com]]",
    "Penjual [[PERSON|Sri Wahyuni]], nomor HP [[PHONE_NUMBER|+62 812 4087 3391]], alamat [[STREET_ADDRESS|Jl. Kaliurang Km 5 No. 12, Sleman, Yogyakarta 55281]].",
    "Người bán: [[PERSON|Nguyễn Thị Hoa]], số điện thoại [[PHONE_NUMBER|+84 912 483 507]], email [[EMAIL_ADDRESS|hoa.nguyen.handmade@gmail.com]].",
]

CLEAN_MTBENCH = [
    "Write a persuasive product description for a hand-thrown stoneware mug, aimed at buyers who care about sustainability. Keep it under 120 words.",
    "Compose a short story in which a vintage typewriter sold on an online marketplace passes through three owners, each of whom leaves a note in its case.",
    "Imagine you are Sherlock Holmes examining a returned parcel. Describe, in his voice, what you deduce from the packaging alone.",
    "Explain to a first-time seller the difference between gross revenue, net profit and cash flow, using a candle business as the example.",
    "Write a Python function that takes a list of item prices and a fee percentage and returns the total fees and the seller's net payout, rounded to two decimals.",
    "Compare selling on a large general marketplace with running your own website for a small jewellery brand. Give three pros and three cons of each.",
    "Extract the product names and prices from this text and return them as JSON: 'Lavender soap bar £4.50, cedar beard oil £12, gift box of three soaps £13.'",
    "Draft a returns policy for a small online shop selling second-hand clothes: 14 days, buyer pays return postage, items must be unworn since purchase.",
    "Rewrite the following sentence in a more formal tone: 'We're super sorry your order got lost, we'll sort it ASAP.'",
    "Pretend you are William Morris visiting a modern online craft marketplace. Write a short letter giving your opinion of mass-produced 'handmade' goods.",
    "What are the main factors that decide whether a listing photo attracts clicks? Answer as a numbered list with one sentence each.",
    "Write a haiku about bubble wrap.",
    "Suggest five names for a shop that sells upcycled denim bags, and explain the thinking behind each.",
    "How would you explain supply and demand to a ten-year-old who wants to sell friendship bracelets at school?",
    "Write an SQL query that returns the ten best-selling products of the last 30 days from a table orders(product_id, quantity, created_at).",
    "Summarise the arguments for and against charging buyers for postage separately rather than including it in the item price.",
    "Role-play as a seasoned antiques dealer advising a newcomer on how to spot reproduction Victorian furniture.",
    "What might have happened if mail-order catalogues had never been invented? Discuss in about 150 words.",
    "Describe the journey of a parcel from the moment a seller prints the label to the moment it is delivered.",
    "Write a cheerful social media post announcing a shop's autumn collection of knitted hats. Include two hashtags.",
    "Explain what a chargeback is and how an online seller can reduce the risk of receiving one.",
    "Create a weekly schedule template for a one-person online business that balances making, photographing, listing and shipping.",
    "In the style of Jane Austen, write the opening paragraph of a novel about a rivalry between two village pottery shops.",
    "List the common warning signs of a marketplace scam aimed at sellers, with one sentence of advice for each.",
    "Give me a step-by-step method for pricing handmade items that accounts for materials, time, fees and profit.",
]

CLEAN_GSM8K = [
    "Maya sells crocheted coasters for $4 each. On Saturday she sold 17 coasters and on Sunday she sold 9 more than on Saturday. How much money did she make over the weekend?",
    "Tomás bought 3 boxes of shipping envelopes with 50 envelopes in each box. He used 38 envelopes in the first week and twice as many in the second week. How many envelopes are left?",
    "A candle maker, Priya, uses 250 grams of wax per candle. She has a 6-kilogram block of wax. How many candles can she make, and how much wax is left over?",
    "Leo lists a jacket for £60. A buyer offers 15% less, and Leo accepts. The marketplace then takes a 10% fee from the sale price. How much does Leo receive?",
    "Hana packs parcels at a rate of 12 per hour. Her friend Jo packs 8 per hour. Working together, how long will it take them to pack 150 parcels?",
    "Sam sells vintage postcards. He bought a lot of 240 postcards for $96 and sells each one for $1.25. If he sells 80% of them, what is his profit?",
    "A jewellery maker named Ama makes 5 necklaces a day, 6 days a week. If she sells each necklace for $22, how much could she earn in 4 weeks if she sells them all?",
    "Ivan's shop had 320 followers in January. The number grew by 25% in February and by another 40 followers in March. How many followers did the shop have at the end of March?",
    "Nora charges $3.50 postage per order. Last month she shipped 64 orders, but her actual postage cost was $2.80 per order. How much extra did she collect?",
    "Kenji bought 4 rolls of tape at $2.75 each and 2 packs of boxes at $11.40 each. He paid with a $50 note. How much change did he get?",
    "Lucy knits one scarf in 5 hours. She wants 18 scarves ready for a winter fair in 3 weeks. How many hours a week does she need to knit?",
    "Omar sold 45 prints in March. In April he sold one-third more than in March, and in May he sold 12 fewer than in April. How many prints did he sell over the three months?",
    "A shop offers free shipping on orders over $35. Rosa's basket has items costing $12, $9.50 and $8.75. How much more does Rosa need to spend to get free shipping?",
    "Felix has 3 shelves of records with 42 records on each shelf. He sells a quarter of them online. How many records does he have left?",
    "Aisha buys fabric at $8 per metre. Each cushion cover uses 0.75 metres. If she makes 24 covers and sells them for $18 each, what is her profit over the fabric cost?",
    "Diego's shop rating is the average of his reviews. He has 20 reviews averaging 4.5 stars. What is his new average after three more reviews of 5, 5 and 2 stars?",
    "Mei spent 2 hours photographing items, three times as long listing them, and half an hour less than the listing time on packing. How many hours did she spend in total?",
    "Ruby sells soap in packs of 3 bars for $10 or single bars for $4. A customer wants 11 bars. What is the cheapest total price?",
    "Ezra buys second-hand books for $1.50 each and sells them for $6. Fees are $0.90 per sale. How many books must he sell to make a profit of $180?",
    "Carla's parcels weigh 1.2 kg, 0.8 kg, 2.5 kg and 1.5 kg. The courier charges $4 for the first kilogram of each parcel and $1.50 for every extra half kilogram or part of one. How much does she pay?",
    "Noah had $250 in his seller account. He withdrew 40% to his bank, then earned $86 in new sales. How much is in the account now?",
    "Zara's shop makes 30 sales a week. If 1 in 15 buyers leaves a review, how many reviews can she expect in a year of 52 weeks?",
    "Theo carves wooden spoons. Each spoon needs 45 minutes of carving and 15 minutes of oiling. How many spoons can he finish in a 40-hour week?",
    "A vintage seller named Iris marks up everything she buys by 150%. She bought a lamp for $18. At what price does she list it, and what is her profit if she gives a $5 discount?",
    "Jonah and Kit split the cost of a market stall. Jonah pays $15 more than Kit, and together they pay $95. How much does each pay?",
]

CLEAN_MMLU = [
    "Which of the following best describes price elasticity of demand? A) The change in supply when costs rise B) The responsiveness of quantity demanded to a change in price C) The total revenue of a firm D) The tax paid on each unit sold",
    "Under UK consumer law, a buyer of goods bought online from a trader generally has how many days to cancel after receiving them? A) 7 B) 14 C) 30 D) 60",
    "A seller buys an item for $20 and sells it for $30. What is the markup as a percentage of cost? A) 33% B) 50% C) 66% D) 150%",
    "Which of the following is an example of phishing? A) An email that imitates a marketplace and asks you to log in through a link B) A courier delivering to the wrong door C) A buyer leaving negative feedback D) A bank declining a card",
    "In accounting, postage paid this month for next month's orders is recorded as: A) A liability B) Revenue C) A prepaid expense D) Equity",
    "Which market structure has many sellers offering differentiated products? A) Perfect competition B) Monopolistic competition C) Oligopoly D) Monopoly",
    "What does two-factor authentication add to a password login? A) A longer password B) A second, independent proof of identity C) Encryption of the hard disk D) A backup of the account",
    "The phrase 'caveat emptor' means: A) Let the seller beware B) Let the buyer beware C) The goods are returned D) The contract is void",
    "Which of these is a fixed cost for a small online shop? A) Packaging for each order B) Marketplace transaction fees C) A monthly website subscription D) Raw materials per item",
    "A card payment that the cardholder disputes and the bank reverses is called a: A) Refund B) Chargeback C) Rebate D) Write-off",
    "Which fibre comes from the cocoon of an insect larva? A) Cotton B) Linen C) Silk D) Wool",
    "Which image format is lossless and supports transparency, making it common for product photos with no background? A) JPEG B) PNG C) BMP D) MP3",
    "If demand for handmade candles rises while supply stays the same, the equilibrium price will: A) fall B) rise C) stay the same D) become zero",
    "In HTTPS, what does the final 'S' stand for? A) Simple B) Server C) Secure D) Session",
    "Which of these is usually fired at the highest temperature? A) Earthenware B) Terracotta C) Porcelain D) Raku",
    "A business that sells goods to other businesses rather than to consumers operates in which market? A) B2C B) C2C C) B2B D) G2C",
    "Which economist is associated with the idea of the 'invisible hand'? A) John Maynard Keynes B) Adam Smith C) Karl Marx D) Milton Friedman",
    "Sterling silver contains what percentage of silver by mass? A) 75% B) 87.5% C) 92.5% D) 99.9%",
    "What is the opportunity cost of spending an afternoon packing orders? A) The price of the packaging B) The value of the best alternative use of that time C) The postage paid D) The total sales that day",
    "Which of the following is an intangible asset of a small shop? A) A sewing machine B) Stock of fabric C) Its brand name and reputation D) Cash in the bank",
    "The median of the order values 12, 15, 15, 22 and 40 is: A) 15 B) 20.8 C) 22 D) 28",
    "Which dyeing technique uses wax to resist colour on fabric? A) Tie-dye B) Batik C) Ombré D) Discharge printing",
    "What does VAT stand for? A) Value Added Tax B) Variable Asset Tariff C) Vendor Account Total D) Verified Annual Turnover",
    "A strong password should above all be: A) short and memorable B) the same on every site C) long and unique to each site D) based on a pet's name",
    "Which of these is a common sign of a counterfeit designer handbag? A) Even, consistent stitching B) A misspelt brand stamp C) Heavy metal hardware D) A matching dust bag",
]

CLEAN_HEALTH = [
    "I spend hours a day packing parcels and my wrists ache by the evening. Could this be repetitive strain injury, and which stretches help?",
    "Is it safe to breathe the fumes from melting soy wax in a small kitchen, or should I wear a mask?",
    "What are the early signs of carpal tunnel syndrome, and when should someone see a doctor?",
    "I get headaches after long days editing product photos on a laptop. Could screen time be the cause, and what can I change?",
    "How much water should an adult drink when working outdoors at a summer market all day?",
    "Can the epoxy resin used in jewellery making cause skin allergies, and what does contact dermatitis look like?",
    "What is the safest way to treat a small burn from a hot glue gun?",
    "Is back pain from lifting boxes of stock usually a muscle strain, and how long does it take to heal?",
    "What hygiene steps reduce the risk of infection when handling and washing second-hand clothes?",
    "Does sanding wood without a mask raise the risk of lung problems over time?",
    "What are common symptoms of eye strain, and does the 20-20-20 rule really help?",
    "How can someone who works from home alone reduce feelings of isolation and low mood?",
    "Are there health risks from sitting at a sewing machine for six hours a day?",
    "What should go in a basic first-aid kit for a craft workshop with knives and hot tools?",
    "Can the stress of running a small business cause stomach problems such as indigestion?",
    "Is it normal for fingertips to go numb after long sessions of hand embroidery?",
    "What are the signs of dehydration, and how quickly do they appear in hot weather?",
    "Is it safe to use essential oils in soap making during pregnancy?",
    "How many hours of sleep do most adults need, and what happens after weeks of getting only five?",
    "What is the difference between an ankle sprain and a fracture, and can you tell them apart at home?",
    "Can working with clay dust cause silicosis, and how can potters protect themselves?",
    "Which over-the-counter painkillers suit tension headaches, and how often can they be taken?",
    "How can I tell whether a cut from a craft knife needs stitches?",
    "What are the symptoms of an allergic reaction to nickel in cheap jewellery?",
    "Is standing on a concrete floor all day at a craft fair bad for the knees, and do anti-fatigue mats help?",
]

NATIONAL_IDS = {
    "1831412DA": pps_ok,  # Irish PPS number
    "369 656 2440": nhs_ok,  # NHS number
    "934 911 6936": nhs_ok,
    "9104125110081": luhn_len(13),  # South African id
    "837 258 726": tfn_ok,  # Australian tax file number
    "2336 63782 8": medicare_ok,  # Australian Medicare card
    "S1155592F": nric_ok,  # Singapore NRIC
    "ZKD7611": nhi_ok,  # New Zealand NHI
    "253 111 587": luhn_len(9),  # Canadian SIN
    "704 830 538": luhn_len(9),
    "8633 6082 0684": aadhaar_ok,  # Indian Aadhaar
    "5472 5411 4763": aadhaar_ok,
    "32 517 558 683": steuer_id_ok,  # German tax id
    "2 85 04 75 969 385 15": nir_ok,  # French NIR
    "1 79 11 69 715 767 14": nir_ok,
    "96054676Y": dni_ok,  # Spanish DNI
    "Y0758855F": dni_ok,  # Spanish NIE
    "16.472.664-9": rut_ok,  # Chilean RUT
    "BNCMRA91M52H501E": codice_fiscale_ok,  # Italian codice fiscale
    "FRRGPP84A17F205X": codice_fiscale_ok,
    "214 639 983": nif_ok,  # Portuguese NIF
    "659.043.723-88": cpf_ok,  # Brazilian CPF
    "4590.28.030": bsn_ok,  # Dutch BSN
    "311043926": bsn_ok,
    "75.03.30-309.96": belgian_id_ok,  # Belgian national number
    "85112302576": pesel_ok,  # Polish PESEL
    "930817-4946": luhn_len(10),  # Swedish personnummer
    "781102-8047": luhn_len(10),
    "02117149903": fodselsnummer_ok,  # Norwegian fødselsnummer
    "240788-982H": hetu_ok,  # Finnish henkilötunnus
    "39108157530": isikukood_ok,  # Estonian isikukood
    "290586-3059": kennitala_ok,  # Icelandic kennitala
    "885604/9213": rodne_cislo_ok,  # Czech rodné číslo
    "1870923933895": cnp_ok,  # Romanian CNP
    "30966102142": kimlik_ok,  # Turkish kimlik
    "12067986971": luhn_len(11),  # Greek AMKA
    "8379259591": rnokpp_ok,  # Ukrainian RNOKPP
    "5624 4714 5071": my_number_ok,  # Japanese My Number
    "950221-1850572": rrn_ok,  # Korean resident registration number
    "510107199203049666": china_id_ok,  # Chinese resident identity number
    "375975042": luhn_len(9),  # Israeli teudat zehut
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 30 23125 \d{3}",
        r"040 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|31|34|39|45|46|48|55|56|62|64|84|86|90|91|254|354|380|972) [\d -]+\d",  # no fiction range known
    )
]

SECRET_CHATS = (18, 22)
NAMED_CHATS = 90


def check_mix() -> None:
    """Every entity type appears in the chats; about 20 chats hold a secret and most name
    someone; each record names exactly one person beside 1 to 4 other values; about 40
    records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: types missing {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < NAMED_CHATS or not SECRET_CHATS[0] <= secret <= SECRET_CHATS[1]:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        with_id += any(s["value"] in NATIONAL_IDS for s in spans)
    if not 38 <= with_id <= 42:
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
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind159", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
