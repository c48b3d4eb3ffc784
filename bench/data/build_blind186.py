# ruff: noqa: E501
"""A hundred-and-eighty-sixth blind privacy set: 220 texts with personal data and 100 clean
ones, on pawnbrokers, jewellers and watch repair shops.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) that the chatbot of a pawnbroking, jewellery and
  watch repair chain would get: pledges and redemptions, lost tickets, valuations, ring
  sizing, engraving, battery swaps and services, staff rotas, key boxes and alarms. The
  first 30 are typed all in lower case, the next 6 are in Spanish, French, German,
  Turkish, Arabic and Korean, the last 84 in English. Most name a private person, often
  with no cue word (rotas, cost splits, sign-offs, lists, appositives, "tell X that ...");
  names come from many origins and scripts (Latin with diacritics, Cyrillic, Greek,
  Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean, Georgian,
  Ethiopic, Yoruba with tone marks) and some are ordinary words (Hope, Rose, Bill, Grace,
  Summer, Joy, Will). Twenty hold a secret: door, gate, key-box, lockbox, safe and alarm
  codes, PINs, wifi keys, passwords, 2FA codes and three API keys or tokens.
* 100 one-person records (one sentence or a short form each) in English and thirty other
  languages: pledge forms, repair tickets, gold-buying logs, valuations, payroll and
  customer files. Forty carry a national id with valid check digits, of thirty-one kinds;
  the others carry phones, e-mails, addresses, cards, IBANs, passports, a US SSN, an IP
  and account, member, customer, policy, employee and patient numbers.
* 100 clean texts naming no private person: 25 MT-Bench/Vicuna-style prompts (public
  figures and fictional characters only), 25 GSM8K-style word problems (story first
  names), 25 MMLU-style items with options A to D and 25 health questions.

Labels follow the README: usernames, logins, account, customer, member, patient, policy
and employee numbers, passports, licences and national ids are ID_NUMBER; PINs, door,
gate, key-box, lockbox, safe and alarm codes, wifi keys, passwords and 2FA codes are
PASSWORD; titles stay outside PERSON spans; an address span runs from the street line
through the postcode and city as typed; dates of birth, order, invoice, ticket and form
numbers, public figures, companies, brands and fictional characters are not labelled.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570, France 06 39 98, Germany 030 23125); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; the SSN with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind186.py`` from the repository root; the output
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
    my_number_ok,
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
from marks import build_sections, iban_ok, is_lower, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 105)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra|Sig|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, then 84 in English.
CHAT = [
    # --- typed all in lower case ---
    "hi, my pawn ticket is in the name of [[PERSON|dariusz wróbel]] and i want to extend the loan another month, can i pay the interest online or do i have to come in",
    "can [[PERSON|hope mbatha]] pick up my watch from the repair counter? she has my receipt and her own id",
    "the alarm code for the back door of the hatton road shop changed to [[PASSWORD|4719]], pls tell [[PERSON|kwame asante]] before his saturday shift",
    "rota for next week: mon [[PERSON|priya]], tue [[PERSON|tomasz]], wed [[PERSON|rose]], thu [[PERSON|priya]] again, fri me. does that cover the watch bench or do we need a second pair of hands",
    "my nan [[PERSON|edna pilkington]] left her engagement ring with you back in 2019 and we cant find the ticket anywhere, she is 91 now and really wants it back. what do we do",
    "wifi password for the workshop upstairs is [[PASSWORD|bezelcrown!2024]] if the visiting watchmakers ask",
    "split the valuation fee three ways: me, [[PERSON|ngozi okafor]] and [[PERSON|li wei]], £45 each",
    "is there a way to check if my grandfather's rolex is still in the pledge? he is [[PERSON|sven lindqvist]], the loan was taken out in his name in march",
    "please call me back on [[PHONE_NUMBER|07700 900418]] about the cracked sapphire crystal, i can't do emails at work",
    "tell [[PERSON|summer o'connell]] her pearls are restrung and ready, she can collect any time after 2",
    "my login for the online pawn account is [[ID_NUMBER|jmakinde88]] and the password [[PASSWORD|goldfinch77]] stopped working after your update",
    "who has the new gate code for the yard? [[PERSON|bill hargreaves]] says its [[PASSWORD|8812]] but it isnt opening",
    "i'm selling my late husband's gold chain. last time the valuation was done by [[PERSON|ayodele bankole]], can i get the same valuer again",
    "does [[PERSON|grace whitfield]] still work at the kensington branch? she fixed my omega last year and i trust her",
    "the lockbox for after-hours drop off — [[PERSON|marek]] set it to [[PASSWORD|0603]], can you confirm thats right before i give it to customers",
    "my email changed to [[EMAIL_ADDRESS|t.nakamura.watch@example.net]] please update it on the account for my seiko service",
    "hi its [[PERSON|fatima zahra el idrissi]], i left a bracelet for a clasp repair two weeks ago, is it done yet",
    "can i add my son [[PERSON|rohan mehta]] as a second person on the pledge so he can redeem it if i'm in hospital",
    "ring sizing for [[PERSON|chloé dubois]] and [[PERSON|inês carvalho]], both going from n to p, can we have one invoice please",
    "the 2fa code you sent me is [[PASSWORD|552913]] but the site says its expired already??",
    "our stockroom safe combination is [[PASSWORD|31-07-19]] and [[PERSON|dmitri sokolov]] needs it for the stock audit tomorrow morning, can the bot pass it on",
    "i want to buy back my pledged diamond studs, i live at [[STREET_ADDRESS|14 wren close, leeds ls6 2qt]], can you post them recorded delivery",
    "pay the engraving money to [[PERSON|oksana hrytsenko]], she did the initials on my locket and did a lovely job",
    "[[PERSON|ahmed al-masri]] and [[PERSON|sarah levy]] are coming in for the wedding band fitting on thursday at 4",
    "is [[PERSON|joy]] working today",
    "how much would you lend on a 22ct bangle? asking for my aunt [[PERSON|lakshmi iyer]] who doesn't use the internet",
    "please take the repair payment from [[CREDIT_CARD|4929 3817 2046 5511]], expiry 08/27",
    "ok so the key safe code at the shop is [[PASSWORD|7204]], dont share it with anyone except [[PERSON|jun-ho park]]",
    "is the gold price on your website per gram or per ounce? thanks, [[PERSON|rafael mendes]]",
    "please send the insurance valuation for my engagement ring to [[EMAIL_ADDRESS|amara.n@example.org]] before friday",
    # --- other languages: Spanish, French, German, Turkish, Arabic, Korean ---
    "Hola, soy [[PERSON|Lucía Fernández Ortega]]. Dejé un reloj Longines para cambiarle la pila y el cristal; ¿pueden llamarme al [[PHONE_NUMBER|+44 7700 900562]] cuando esté listo?",
    "Bonjour, ma mère [[PERSON|Geneviève Lambert]] voudrait récupérer la bague qu'elle a mise en gage. Le code de la boîte à clés que vous lui avez donné est [[PASSWORD|8391]], c'est bien ça ?",
    "Guten Tag, ich möchte die Uhr meines Vaters, [[PERSON|Jürgen Weißmann]], zur Revision bringen. Bitte schicken Sie den Kostenvoranschlag an [[EMAIL_ADDRESS|j.weissmann@example.com]].",
    "Merhaba, [[PERSON|Elif Yıldırım]] adına rehin bıraktığım altın bileziği geri almak istiyorum. Bu ayın faizi ne kadar?",
    "مرحبا، أنا [[PERSON|يوسف الحداد]]. أريد تقييم خاتم ذهب قبل بيعه، هل يمكنني الحضور إلى المحل يوم الأحد؟",
    "안녕하세요, [[PERSON|김지은]]입니다. 할머니께서 물려주신 시계의 배터리를 교체하고 싶은데 예약이 필요한가요?",
    # --- English ---
    "Hi, I pawned a Cartier Tank in March under the name [[PERSON|Olúwaseun Adébáyọ̀]] and I'd like to know the redemption amount if I come in on the 14th.",
    "Rota for the Saturday repair counter: 9–1 [[PERSON|Maeve Gallagher]], 1–5 [[PERSON|Θεόδωρος Νικολάου]], close-up [[PERSON|Maeve Gallagher]]. Can you confirm that's saved?",
    "Tell [[PERSON|Bill Okonkwo]] that the quartz movement he ordered for the Tissot has arrived and he can fit it on Monday.",
    "The key box by the staff entrance is now [[PASSWORD|5173]]. Please let [[PERSON|Анна Кузнецова]] know, she opens up on Tuesdays.",
    "Can you split the £360 insurance valuation across [[PERSON|Harriet Cole]], [[PERSON|Dev Raghunathan]] and me? We each own one of the three rings.",
    "My late mother, [[PERSON|Noa Cohen]] ([[PERSON|נועה כהן]] on her Israeli papers), left a gold Star of David pendant in pledge with your Golders Green shop. I am the executor of her will and I have the death certificate and probate letter. How do I claim the pendant, and will the interest keep running while probate is sorted out?",
    "Hello, I need the watch I left for a full service back before my flight on the 22nd. Booking was under [[PERSON|陈美玲]], phone [[PHONE_NUMBER|+44 7700 900731]].",
    "Can I change the PIN on my loyalty card? The current one is [[PASSWORD|0947]] and I think my ex knows it.",
    "Our developer [[PERSON|Kofi Mensah]] pasted the stock-feed API key [[API_KEY|jwl_live_8fK2qV7zR4tN9bX1mC6pL3sD]] into the shared channel by accident. Can you revoke it and issue a new one?",
    "Who valued my diamond solitaire on the 3rd? I think it was [[PERSON|Rose Achterberg]] but the certificate isn't signed.",
    "Engraving appointments this week: Monday – [[PERSON|Summer Nakashima]], Wednesday – [[PERSON|Hope Castellanos]], Friday – free. Please book the Friday slot for my brother.",
    "I'm the executor for [[PERSON|Percival Ashdown]]. His estate includes four pawned pocket watches; can you send the statements to [[EMAIL_ADDRESS|ashdown.estate@example.com]]?",
    "Battery swap for a Swatch, please. I'll drop it through the letterbox tonight. — [[PERSON|Mirela Popescu]]",
    "Hi, the treasurer of our allotment society, [[PERSON|Gwendolyn Pryce]], wants to sell the old silver trophy. Do you buy hallmarked silver by weight or as an antique?",
    "My wife [[PERSON|अनन्या शर्मा]] dropped off her mangalsutra for a clasp repair. Can I collect it on her behalf with her ticket?",
    "The alarm at the Deansgate branch keeps going off at night. The engineer asked for the override code, which is [[PASSWORD|66013]]. Is it safe to give him that over the phone?",
    "Please ring [[PERSON|Tomás Ó Briain]] on [[PHONE_NUMBER|01632 960284]] — his Rolex Datejust is ready but the bracelet needs two extra links.",
    "Hi! [[PERSON|สมชาย ใจดี]] here. I bought a gold necklace from your Bangkok partner last year and want to know if the London shop can shorten it.",
    "I have a question about loan-to-value on platinum. My accountant, [[PERSON|Yusuf Demir]], says you only lend 50% of the melt value?",
    "Please forward this to whoever handles complaints. My grandmother's opal ring came back from your workshop with a chipped stone and a claw bent out of shape. She has worn that ring every day since 1968 and she cried when she saw it. Her name is [[PERSON|Kalani Kahananui]], the repair was a simple clean and polish, and nobody warned us there was any risk. The branch says the stone was cracked already, but photos from her insurance valuation last spring show it whole. What will you do about it?",
    "Login is [[ID_NUMBER|w.hartley_pawn]] and the temporary password is [[PASSWORD|Tick-Tock-2291]], but the portal keeps saying account locked. Can you reset it? — [[PERSON|Winifred Hartley]]",
    "Is [[PERSON|Jarrah Whitehorse]] qualified to service vintage Omega movements, or should I ask for someone else?",
    "Collection list for the Friday van: [[PERSON|Bronwyn Tait]] (3 watches), [[PERSON|Ravi Subramaniam]] (1 bracelet), [[PERSON|Ingrid Solberg]] (2 rings).",
    "Can I pay off the pledge in monthly instalments by standing order from [[IBAN_CODE|GB94 HBUK 4012 7731 5508 92]]? Account holder [[PERSON|Declan Murphy]].",
    "We moved! New address for my repair invoices: [[STREET_ADDRESS|Flat 2, 71 Ropewalk Lane, Bristol BS1 6XR]]. Thanks, [[PERSON|Zainab Hussaini]]",
    "The Sunday cover is [[PERSON|Grace]] and [[PERSON|Will]] — can you remind them the watch bench opens at 10?",
    "Hello, I'm [[PERSON|Νίκος Παπαδόπουλος]] and I'd like to sell a pair of 18k cufflinks. Do you need photo ID?",
    "My son [[PERSON|Ethan Kowalczyk]] is 17 — can he pawn his own watch or does he need me there?",
    "Please email the engraving proof to [[PERSON|Isabella Romano]] at [[EMAIL_ADDRESS|bella.romano@example.org]], she's approving the wording for the anniversary band.",
    "Hi, I'm calling about a repair for [[PERSON|이민호]]. He left a Seiko with a broken crown and hasn't heard back in three weeks.",
    "Please put the resizing fee on my card [[CREDIT_CARD|5189 0462 7731 9583]] and text me when it's done. [[PERSON|Adaeze Nwosu]]",
    "Our shop tablet's webhook token for the repair tracker is [[API_KEY|rtk_9Hs2LwQ7eXv4Nb8Ty1Kz6Mp3]] — [[PERSON|Chidi]] says it expired last night. How do I generate a new one?",
    "I found a ring at the bus stop with 'To [[PERSON|Margit]], love [[PERSON|Lajos]]' engraved inside. Could your jewellers help me trace who bought it?",
    "The shift swap is approved: [[PERSON|Siobhán Ní Bhriain]] takes Thursday, [[PERSON|Olamide Balogun]] takes Saturday.",
    "Please let the valuer know I'm running about ten minutes late. It's [[PERSON|Arvid Nyström]], 11:30 appointment.",
    "What's the wifi on the shop floor? The card at the till says [[PASSWORD|Sapphire#Guest19]] but my tablet won't connect.",
    "Do you still buy broken gold? [[PERSON|Beatriz Gonçalves]] recommended you to me.",
    "Send the quote for the longcase clock restoration to [[PERSON|Hamish McAllister]], [[STREET_ADDRESS|9 Thistle Row, Perth PH1 5QG]].",
    "Hi, the watch I left was in my partner's name, [[PERSON|Kai Tanaka-Reyes]]. Can I pick it up if I bring his driving licence?",
    "I'm [[PERSON|Amelia Thornbury]]'s carer. She wants to pawn her cameo brooch to cover the heating bill but she can't leave the house. Can someone visit her at home, or is there a way to do it by post?",
    "I'd like a quote for converting my late father's pocket watch into a wristwatch. [[PERSON|Cosmin Dragomir]], Leicester.",
    "Can I move my jewellery insurance valuation to another day? [[PERSON|Ciarán Doyle]], [[PHONE_NUMBER|+44 7700 900193]].",
    "The 2FA code went to my old number. It's [[PASSWORD|804216]] if that helps — I need to pay my pledge interest today.",
    "Tell [[PERSON|Magdalena Wiśniewska]] the customer with the Patek is here for the handover.",
    "My dad [[PERSON|Hiroshi Watanabe]] ([[PERSON|渡辺 博]]) had his Grand Seiko serviced with you in 2021; is the two-year warranty still valid?",
    "Could [[PERSON|Precious Dlamini]] get a call back about the tennis bracelet she's selling? Number is [[PHONE_NUMBER|(312) 555-0164]].",
    "I want to complain about [[PERSON|Gary Pritchard]] at the Leeds counter. He was rude when I asked about my pledge.",
    "Is it possible to reserve the Victorian mourning locket in the window? Name for the hold: [[PERSON|Ottilie Brandt]].",
    "Please let the courier in tomorrow morning; the side gate code is [[PASSWORD|3390]] and [[PERSON|Faisal Rahman]] will meet him at the back.",
    "Could the repair team contact [[PERSON|Mateus Oliveira]]? His email is [[EMAIL_ADDRESS|mateus.o@example.com]] and his Breitling needs a new bezel insert.",
    "My brother [[PERSON|Bongani Khumalo]] and I are splitting the cost of Mum's ring repair 60/40. Can you do two receipts?",
    "Bench Sunday: [[PERSON|Lars]] or [[PERSON|Ayşe]]?",
    "Update my phone to [[PHONE_NUMBER|0491 570 156]], please. Customer number [[ID_NUMBER|PB-448210]].",
    "I'm looking to sell my late husband's signet ring. He was [[PERSON|Ebenezer Quaye]]; the ring has his initials engraved on the face.",
    "Our till integration uses this key: [[API_KEY|pwn_sk_4Rt8Yq2Zx6Vb1Nm9Kd3Lh7Gc]]. [[PERSON|Marguerite Fontaine]] wants to know if it also works for the online valuations form.",
    "Good morning. [[PERSON|আরিফ হোসেন]] asked me to check whether his wedding ring has been resized yet. He's the one with the Bengali engraving inside the band.",
    "The new sales assistant, [[PERSON|Temperance Boateng]], needs a login for the pledge system. Can you set one up before Monday?",
    "Can I trade in two old watches for store credit? I'm [[PERSON|Björn Eriksson]], a regular at the Sheffield shop.",
    "My locker key at your Manchester branch snapped in the lock. Member number [[ID_NUMBER|MCR-20771]]. Can someone open it for me?",
    "Please pass a message to [[PERSON|Yara Haddad]]: the pearl necklace restringing is £85, not £65 as first quoted.",
    "Thanks for fixing my bracelet so quickly! — [[PERSON|Dolores Villanueva]]",
    "Can I book a home valuation for my grandmother [[PERSON|Aroha Ngata]]? She's housebound at [[STREET_ADDRESS|22 Kōwhai Street, Hamilton 3204]].",
    "Is it [[PERSON|Jeroen]] who does the clock repairs on Wednesdays? My carriage clock has stopped chiming.",
    "The account holder [[PERSON|Ngaire Stewart]] has passed away; her daughter [[PERSON|Kirsty Stewart]] would like to close the pledge account and collect the items.",
    "Need to update my email: it's now [[EMAIL_ADDRESS|r.castillo.watch@example.net]]. The old one was [[EMAIL_ADDRESS|rcastillo77@mail.example]]. Thanks, [[PERSON|Ramón Castillo]]",
    "The security guard at Bond Street says [[PERSON|Liang Qing]] was the last one to lock the vault on Friday. Can you check the log?",
    "How long does a strap replacement take for a Cartier Santos? I'm [[PERSON|Ekaterina Volkova]].",
    "Please cc [[PERSON|Moshe Friedman]] and [[PERSON|Leah Friedman]] on the valuation report for the diamond necklace.",
    "Hello, I'm writing for [[PERSON|Rahim Chowdhury]], who doesn't speak much English. He wants to know if his gold can be weighed in front of him.",
    "Did the password reset link go to [[EMAIL_ADDRESS|hollyoak.b@example.com]]? I can't find it anywhere, not even in spam.",
    "Card for the deposit on the custom ring: [[CREDIT_CARD|4485 2630 9917 4021]], expiry 11/26, name on card [[PERSON|Valentina Greco]].",
    "Can [[PERSON|Nguyễn Thị Lan]] pick up the earrings? She's my neighbour and has the ticket.",
    "Please have [[PERSON|Abebe Bekele]] ([[PERSON|አበበ በቀለ]]) call me about the loan on his gold cross.",
    "Which of your staff are certified gemmologists? [[PERSON|Nino Beridze]] ([[PERSON|ნინო ბერიძე]]) told me the Mayfair shop has two.",
    "My IP keeps getting blocked from the online auction: [[IP_ADDRESS|203.0.113.58]]. I'm [[PERSON|Cormac Flynn]] and I've got a bid on lot 44.",
    "Unsubscribe [[PHONE_NUMBER|07700 900644]] please.",
    "Ask [[PERSON|Keanu Makoa]] if he's finished regulating the Hamilton Khaki; the owner is calling daily.",
    "I'd like to transfer my pledge to my sister, [[PERSON|Aigerim Nurlanovna]]. Is that allowed?",
    "Wire the sale proceeds for the Rolex to [[IBAN_CODE|DE76 2005 0550 1388 4402 71]], account name [[PERSON|Konrad Meissner]].",
    "The display cabinet keys are in the lockbox, code [[PASSWORD|4481]]. [[PERSON|Prudence Akintola]] will open up at 9.",
    "Could Dr [[PERSON|Anjali Rao]] collect her watch after 6pm? She works late shifts at the hospital.",
    "Hi there, could you tell me if [[PERSON|Joy Mwangi]] has collected the bracelet I paid for? It was a birthday present for her.",
    "Cost split for the retirement watch engraving: [[PERSON|Tobias Fairweather]] £20, [[PERSON|Marisol Quintero]] £20, me £20. Can you take three separate payments at the till?",
    "Who do I speak to about a lost pawn ticket? The pledge is under [[PERSON|Sergio Bianchi]], two gold bangles.",
]

# 100 one-person records, one sentence or a short form each; the first 40 carry a national id.
RECORDS = [
    # --- with a national id ---
    "Customer ID check, Hatton Road branch: [[PERSON|Margaret Ellison]] showed her NHS card, [[ID_NUMBER|712 480 3659]], mobile [[PHONE_NUMBER|07700 900215]].",
    "Pledge form 7781 — pledger [[PERSON|Oluwafemi Adeyinka]], NHS no. [[ID_NUMBER|485 219 0739]], address [[STREET_ADDRESS|41 Cobden Street, Salford M6 5HW]].",
    "典当登记：[[PERSON|周晓梅]]，身份证号码 [[ID_NUMBER|320106198709234184]]，手机 [[PHONE_NUMBER|+44 7700 900387]]，当物：18K 金手镯一只。",
    "Cadastro de cliente: [[PERSON|Thiago Albuquerque Lima]], CPF [[ID_NUMBER|317.604.852-17]], e-mail [[EMAIL_ADDRESS|thiago.alima@example.com]], relógio deixado para troca de bateria.",
    "Vendedora: [[PERSON|Mariana Couto]], CPF [[ID_NUMBER|529.083.176-21]], telefone [[PHONE_NUMBER|+1 305 555 0148]]; vendeu uma corrente de ouro 18k de 12 g.",
    "ग्राहक: [[PERSON|सुनीता वर्मा]], आधार संख्या [[ID_NUMBER|5831 2047 6932]], मोबाइल [[PHONE_NUMBER|+44 7700 900452]] — सोने की दो चूड़ियाँ गिरवी रखीं।",
    "Valuation certificate issued to [[PERSON|Karthik Ramaswamy]] (Aadhaar [[ID_NUMBER|9264 0518 3727]]) for one 22ct temple necklace; copy sent to [[EMAIL_ADDRESS|karthik.r@example.org]].",
    "Watch service registration: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7612398E]], email [[EMAIL_ADDRESS|weiling.tan@example.com]].",
    "Buyer: [[PERSON|Muhammad Hafiz bin Rosli]], NRIC [[ID_NUMBER|T0245871Z]], paid by card [[CREDIT_CARD|4716 0593 8824 1708]].",
    "Kund: [[PERSON|Linnea Bergström]], personnummer [[ID_NUMBER|790514-3215]], lämnade in ett fickur för rengöring; adress [[STREET_ADDRESS|Storgatan 14, 411 38 Göteborg]].",
    "Klant [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|173048250]], adres [[STREET_ADDRESS|Keizersgracht 218, 1016 DZ Amsterdam]]; verlovingsring ter taxatie.",
    "Horlogereparatie voor [[PERSON|Pieter Jansen]], BSN [[ID_NUMBER|291837463]], e-mail [[EMAIL_ADDRESS|p.jansen@example.net]].",
    "고객 [[PERSON|박서연]], 주민등록번호 [[ID_NUMBER|880417-2143583]], 금반지 감정 의뢰, 이메일 [[EMAIL_ADDRESS|seoyeon.park@example.com]]",
    "시계 수리 접수: [[PERSON|최준영]] / 주민등록번호 [[ID_NUMBER|950203-1039276]] / 연락처 [[PHONE_NUMBER|+1 416 555 0139]]",
    "Payroll, Melbourne store: new watchmaker [[PERSON|Lachlan Fitzgerald]], TFN [[ID_NUMBER|516 382 072]], mobile [[PHONE_NUMBER|0491 570 244]].",
    "Employee file — jewellery sales associate [[PERSON|Émilie Tremblay]], SIN [[ID_NUMBER|613 728 401]], phone [[PHONE_NUMBER|(514) 555-0172]].",
    "לקוח: [[PERSON|אורי בן דוד]], תעודת זהות [[ID_NUMBER|038412755]], טבעת זהב לתיקון, טלפון [[PHONE_NUMBER|+44 7700 900709]]",
    "Müşteri: [[PERSON|Zeynep Aydın]], T.C. kimlik no [[ID_NUMBER|52317846208]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 142 D: 5, 34728 Kadıköy/İstanbul]]",
    "Klient: [[PERSON|Katarzyna Zielińska]], PESEL [[ID_NUMBER|85021415738]], zastaw: złoty zegarek, tel. [[PHONE_NUMBER|+44 7700 900128]]",
    "Cliente [[PERSON|Giulia Verdi]], codice fiscale [[ID_NUMBER|VRDGLI88M52L219P]], residente in [[STREET_ADDRESS|Via Garibaldi 27, 10122 Torino]], anello da ridimensionare.",
    "Perizia gioielli per [[PERSON|Lorenzo Conti]], C.F. [[ID_NUMBER|CNTLRZ75A17F839J]], IBAN per il rimborso [[IBAN_CODE|IT09 K030 6909 6061 0000 0184 326]].",
    "Asiakas [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230491-4170]], toi rannekellon huoltoon; sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.com]]",
    "Gold buyer log, Cape Town: [[PERSON|Sipho Ndlovu]], ID [[ID_NUMBER|9108235091081]], sold three 9ct rings, email [[EMAIL_ADDRESS|sipho.ndlovu@example.net]].",
    "顧客名：[[PERSON|高橋 健太]] 様　マイナンバー [[ID_NUMBER|3827 4619 0522]]　腕時計のオーバーホール受付、連絡先 [[EMAIL_ADDRESS|kenta.takahashi@example.jp]]",
    "Cliente: [[PERSON|Alejandro Ruiz Navarro]], DNI [[ID_NUMBER|53928417H]], teléfono [[PHONE_NUMBER|+44 7700 900672]], empeño de un reloj Omega Seamaster.",
    "Venta de oro: [[PERSON|Ioana Marinescu]], NIE [[ID_NUMBER|Y4827361C]], domicilio [[STREET_ADDRESS|Calle de Toledo 88, 3º B, 28005 Madrid]].",
    "Staff record: [[PERSON|Aoife Byrne]], PPSN [[ID_NUMBER|8391427EA]], salary to [[IBAN_CODE|IE58 BOFI 9000 1725 8406 31]].",
    "Fiche client : [[PERSON|Camille Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 84 11 69 123 457 38]], bague en or déposée pour réparation, tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Expertise de montre pour [[PERSON|Julien Moreau]], NIR [[ID_NUMBER|1 79 03 75 056 234 45]], courriel [[EMAIL_ADDRESS|julien.moreau@example.org]].",
    "Klant [[PERSON|Lotte Peeters]], rijksregisternummer [[ID_NUMBER|82.06.17-453.25]], rekening [[IBAN_CODE|BE38 0635 1472 0983]], verkoop van een gouden ketting.",
    "Kunde: [[PERSON|Ingvild Haugen]], fødselsnummer [[ID_NUMBER|150884 49298]], leverte inn et armbåndsur til service, e-post [[EMAIL_ADDRESS|ingvild.haugen@post.example.com]].",
    "Cliente [[PERSON|Duarte Pimentel]], NIF [[ID_NUMBER|248173596]], IBAN [[IBAN_CODE|PT97 0035 0297 0008 3165 4309 2]], penhor de um fio de ouro.",
    "Client: [[PERSON|Andreea Ionescu]], CNP [[ID_NUMBER|2930527401856]], telefon [[PHONE_NUMBER|+44 7700 900914]], amanet: inel cu diamant.",
    "Cliente [[PERSON|Valentina Soto Muñoz]], RUT [[ID_NUMBER|14.862.397-K]], correo [[EMAIL_ADDRESS|vale.soto@example.com]], compra de aros de plata.",
    "Klient [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48907122738]], käekella remont, e-post [[EMAIL_ADDRESS|kadri.tamm@example.org]].",
    "Viðskiptavinur: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120485-3269]], úr í viðgerð, sími [[PHONE_NUMBER|+44 7700 900357]].",
    "Zákaznice [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|856203/4129]], zástava zlatého prstenu, e-mail [[EMAIL_ADDRESS|tereza.novotna@example.net]].",
    "Клієнт: [[PERSON|Олена Ковальчук]], РНОКПП [[ID_NUMBER|3241850796]], телефон [[PHONE_NUMBER|+44 7700 900283]], заставлено золоті сережки.",
    "Ankauf Altgold: Verkäufer [[PERSON|Klaus-Dieter Brenner]], Steuer-ID [[ID_NUMBER|57293104861]], Auszahlung auf [[IBAN_CODE|DE15 5001 0517 0648 3921 57]].",
    "Πελάτης: [[PERSON|Ελένη Γεωργίου]], ΑΜΚΑ [[ID_NUMBER|14068257311]], ρολόι για αλλαγή μπαταρίας, τηλ. [[PHONE_NUMBER|+44 7700 900496]].",
    # --- without a national id ---
    "Pledge ticket holder [[PERSON|Dorothy Ashworth]], [[STREET_ADDRESS|17 Mill Lane, Halifax HX1 4PL]], tel [[PHONE_NUMBER|01632 960411]].",
    "Watch repair ticket: owner [[PERSON|Benedict Oyelaran]], email [[EMAIL_ADDRESS|b.oyelaran@example.com]], mobile [[PHONE_NUMBER|07700 900973]], Tudor Black Bay, new crystal.",
    "Customer account [[ID_NUMBER|ACC-5530917]] belongs to [[PERSON|Priscilla Nwachukwu]], card on file [[CREDIT_CARD|5312 6640 1879 2031]].",
    "Insurance valuation for [[PERSON|Jonathan Blakemore]], policy number [[ID_NUMBER|HX-77420193]], of [[STREET_ADDRESS|3 Orchard Mews, Bath BA2 4QF]].",
    "Consignment agreement, Chicago store: consignor [[PERSON|Marcus Delaney]], SSN [[US_SSN|412-67-3098]], phone [[PHONE_NUMBER|(312) 555-0127]].",
    "Loyalty member [[PERSON|Rosalind Achebe]], member no. [[ID_NUMBER|GLD-004-8812]], birthday 14 May, prefers texts to [[PHONE_NUMBER|+44 7700 900547]].",
    "Refund to [[PERSON|Harold Finchley]], account [[IBAN_CODE|GB58 BARC 2071 4258 3196 07]], for an overcharged leather strap.",
    "Passport seen for gold sale: [[PERSON|Emeka Okoro]], passport [[ID_NUMBER|A09837264]], mobile [[PHONE_NUMBER|07700 900362]].",
    "Driving licence on file: [[PERSON|Charlotte Pennington]], licence [[ID_NUMBER|PENNI857213C99KT]], [[STREET_ADDRESS|28 Larch Avenue, Norwich NR2 3LP]].",
    "Repair collection authorised for [[PERSON|Wilhelmina Crowther]]; contact [[EMAIL_ADDRESS|mina.crowther@example.org]].",
    "Customer [[PERSON|Elliot Marsh]] prefers email only, [[EMAIL_ADDRESS|elliot.marsh@post.example.com]]; account [[ID_NUMBER|CU-118204]].",
    "Online shop user [[ID_NUMBER|silverfox_1958]] is [[PERSON|Raymond Okwuosa]], last login from [[IP_ADDRESS|198.51.100.23]].",
    "Deposit taken by card [[CREDIT_CARD|4539 7702 1468 3914]] from [[PERSON|Felicity Armitage]] for a bespoke eternity ring.",
    "Courier delivery to [[PERSON|Gideon Asamoah]], [[STREET_ADDRESS|Unit 4, 112 Broad Street, Birmingham B15 1AU]], phone [[PHONE_NUMBER|01632 960552]].",
    "Auction bidder 204: [[PERSON|Sunita Chakraborty]], [[EMAIL_ADDRESS|sunita.c@example.net]], paddle account [[ID_NUMBER|BID-20419]].",
    "Member [[ID_NUMBER|M-7730215]], [[PERSON|Oscar Lindgren]], [[PHONE_NUMBER|+1 647 555 0193]].",
    "Engraving order for [[PERSON|Imogen Scrivener]], deliver to [[STREET_ADDRESS|5 Belvedere Terrace, Brighton BN1 3AF]].",
    "Card declined for [[PERSON|Terrence Mokoena]]: [[CREDIT_CARD|2221 0374 5519 8623]], customer asked to call back.",
    "Staff: [[PERSON|Yolanda Baptiste]], employee no. [[ID_NUMBER|EMP-30917]], workshop email [[EMAIL_ADDRESS|y.baptiste@example.com]].",
    "Pawn contract, Brisbane: [[PERSON|Mitchell O'Rourke]], [[STREET_ADDRESS|8/42 Wickham Terrace, Spring Hill QLD 4000]], mobile [[PHONE_NUMBER|0491 570 882]].",
    "Watch courier return to [[PERSON|Tahlia Nguyen]], [[PHONE_NUMBER|+61 491 570 127]], [[EMAIL_ADDRESS|tahlia.ng@example.com.au]].",
    "Layaway customer [[PERSON|DeShawn Whitaker]], account [[ID_NUMBER|LAY-66130]], [[PHONE_NUMBER|(404) 555-0181]], [[STREET_ADDRESS|2210 Peachtree Road NW, Atlanta, GA 30309]].",
    "Jewelry appraisal for [[PERSON|Rebecca Stein]], [[EMAIL_ADDRESS|rstein@mail.example]], paid with [[CREDIT_CARD|6011 5083 2974 1066]].",
    "Client [[PERSON|Nathaniel Bouchard]], [[STREET_ADDRESS|455 rue Saint-Denis, Montréal QC H2X 3L6]], [[PHONE_NUMBER|(438) 555-0115]].",
    "Reparaturauftrag: [[PERSON|Sabine Hoffmann]], [[STREET_ADDRESS|Lindenstraße 42, 50674 Köln]], Telefon [[PHONE_NUMBER|030 23125 417]].",
    "Kundennummer [[ID_NUMBER|KD-4418302]], [[PERSON|Matthias Kühn]], E-Mail [[EMAIL_ADDRESS|m.kuehn@example.org]], Ring zum Polieren.",
    "Client : [[PERSON|Amélie Girard]], [[STREET_ADDRESS|12 rue des Orfèvres, 69002 Lyon]], tél. [[PHONE_NUMBER|+33 6 39 98 52 10]].",
    "Dépôt-vente d'une montre : [[PERSON|Yannick Le Goff]], IBAN [[IBAN_CODE|FR07 3000 4028 3700 0105 4782 913]].",
    "Cliente [[PERSON|Carmen Delgado]], pasaporte [[ID_NUMBER|PAF482917]], cuenta [[IBAN_CODE|ES63 0049 1500 0521 1047 3958]].",
    "Riparazione orologio: [[PERSON|Francesca Bellini]], cellulare [[PHONE_NUMBER|+44 7700 900615]], email [[EMAIL_ADDRESS|f.bellini@example.net]].",
    "Klantnummer [[ID_NUMBER|NL-229871]], [[PERSON|Bram Visser]], rekening [[IBAN_CODE|NL69 RABO 0318 4472 91]].",
    "Klient: [[PERSON|Paweł Kamiński]], konto [[IBAN_CODE|PL08 1050 1445 1000 0090 3157 8624]], adres [[STREET_ADDRESS|ul. Piękna 19/4, 00-549 Warszawa]].",
    "Uhrenservice für [[PERSON|Reto Brunner]], Konto [[IBAN_CODE|CH14 0483 5027 1946 3810 0]], [[STREET_ADDRESS|Bahnhofstrasse 61, 8001 Zürich]].",
    "Клиент: [[PERSON|Сергей Морозов]], паспорт [[ID_NUMBER|4509 736218]], телефон [[PHONE_NUMBER|+44 7700 900738]]; залог — золотые часы.",
    "العميل: [[PERSON|ليلى منصور]]، البريد الإلكتروني [[EMAIL_ADDRESS|layla.mansour@example.com]]، الهاتف [[PHONE_NUMBER|+44 7700 900264]]، تقييم عقد ذهب.",
    "Khách hàng: [[PERSON|Trần Văn Hùng]], số điện thoại [[PHONE_NUMBER|+61 491 570 463]], cầm đồng hồ Citizen.",
    "ลูกค้า: [[PERSON|สมศรี แก้วมณี]] โทร [[PHONE_NUMBER|+44 7700 900819]] อีเมล [[EMAIL_ADDRESS|somsri.k@example.com]] ฝากซ่อมนาฬิกา",
    "修理受付 [[PERSON|山本 さくら]] 様 電話 [[PHONE_NUMBER|+44 7700 900148]] メール [[EMAIL_ADDRESS|sakura.y@example.net]]",
    "客戶 [[PERSON|林志豪]] 電郵 [[EMAIL_ADDRESS|chlin@example.com]] 信用卡 [[CREDIT_CARD|5427 9163 0085 2440]] 訂製婚戒",
    "Πελάτισσα [[PERSON|Μαρία Κωνσταντίνου]], διεύθυνση [[STREET_ADDRESS|Ερμού 45, 105 63 Αθήνα]], email [[EMAIL_ADDRESS|maria.konst@example.org]]",
    "לקוחה: [[PERSON|תמר לוי]], אימייל [[EMAIL_ADDRESS|tamar.levi@example.com]], כתובת [[STREET_ADDRESS|רחוב הרצל 12, תל אביב]]",
    "Saat tamiri: [[PERSON|Mehmet Çelik]], telefon [[PHONE_NUMBER|+44 7700 900576]], e-posta [[EMAIL_ADDRESS|mehmet.celik@example.com]].",
    "Customer [[PERSON|Arjun Malhotra]], passport [[ID_NUMBER|Z4829173]], card [[CREDIT_CARD|4024 0071 5836 2193]].",
    "Oníbàárà: [[PERSON|Adéwálé Ògúnlànà]], fóònù [[PHONE_NUMBER|+44 7700 900684]], ó fi òrùka wúrà sílẹ̀ fún àtúnṣe.",
    "Mteja: [[PERSON|Wanjiru Kamau]], barua pepe [[EMAIL_ADDRESS|wanjiru.kamau@example.com]], saa imeletwa kwa matengenezo.",
    "회원번호 [[ID_NUMBER|KR-88210]] [[PERSON|정하늘]] 님, 이메일 [[EMAIL_ADDRESS|haneul.jung@example.com]]",
    "Nasabah gadai: [[PERSON|Siti Rahmawati]], alamat [[STREET_ADDRESS|Jl. Melati No. 23, Bandung 40115]], telepon [[PHONE_NUMBER|+61 491 570 736]].",
    "Bank transfer for a scrap-gold purchase: payee [[PERSON|Lionel Hargreave]], [[IBAN_CODE|GB71 NWBK 6016 2287 4410 53]].",
    "Customer [[PERSON|Imani Okafor-Lewis]] asked that all letters go to [[STREET_ADDRESS|Flat 6B, 30 Harbour View, Cardiff CF10 5AL]].",
    "Warranty registration: [[PERSON|Callum Fraser]], [[EMAIL_ADDRESS|callum.fraser@example.co.uk]], chronograph bought in store.",
    "Pawnbroker's ID log: [[PERSON|Stanislav Dvořák]], Czech passport [[ID_NUMBER|45172839]], local address [[STREET_ADDRESS|19 Canal Street, Nottingham NG1 7EH]].",
    "Ring cut off at A&E and brought in for repair: [[PERSON|Beverley Osei]], hospital patient number [[ID_NUMBER|RXH-7720418]], phone [[PHONE_NUMBER|07700 900259]].",
    "Member [[PERSON|Florence Adebayo-Hill]], club card [[ID_NUMBER|MBR-61027]], IP at sign-up [[IP_ADDRESS|192.0.2.144]].",
    "Trade account: [[PERSON|Rupert Vance]], username [[ID_NUMBER|rvance_trade]], email [[EMAIL_ADDRESS|rupert@vance-horology.example]].",
    "Watch delivered by hand to [[PERSON|Agnieszka Nowak]] at [[STREET_ADDRESS|7 Kingfisher Court, Reading RG1 8DN]].",
    "Refund card [[CREDIT_CARD|3759 184627 31050]] belongs to [[PERSON|Percy Llewellyn]], phone [[PHONE_NUMBER|+44 1632 960875]].",
    "Customer [[PERSON|Tama Parata]], [[STREET_ADDRESS|16 Rātā Street, Rotorua 3010]], email [[EMAIL_ADDRESS|tama.parata@example.net]].",
    "Online valuation form submitted by [[PERSON|Lucinda Graves]] from [[IP_ADDRESS|2001:db8::4a2f]], reply to [[EMAIL_ADDRESS|lucinda.graves@example.org]].",
    "Cliente [[PERSON|José Luis Hernández]], teléfono [[PHONE_NUMBER|+1 619 555 0162]], correo [[EMAIL_ADDRESS|jl.hernandez@example.com]]; empeño de anillo.",
    "Cwsmer: [[PERSON|Gwenllian Morgan]], rhif ffôn [[PHONE_NUMBER|+44 7700 900927]], modrwy aur i'w thrwsio.",
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive product description for a restored 1960s mechanical wristwatch, aimed at first-time collectors, in under 150 words.",
    "Imagine you are Sherlock Holmes examining a pawned pocket watch. Describe, in his voice, what you deduce about its previous owner.",
    "Compare the business model of a traditional pawnbroker with that of an online gold-buying service. Present the answer as a table with five rows.",
    "Explain to a ten-year-old why gold does not rust but iron does.",
    "Draft a polite email from a jewellery shop to its customers announcing new opening hours over the holiday season.",
    "Write a short poem about a clockmaker's workshop at midnight, using at least three rhyming couplets.",
    "What were the main contributions of Abraham-Louis Breguet to watchmaking? Summarise them in three bullet points.",
    "Role-play: you are a seasoned gemmologist. A customer asks whether a lab-grown diamond is 'real'. Answer honestly and kindly.",
    "Extract every metal purity mentioned in this text and list them as JSON: 'The tray held a 9ct chain, two 18ct rings, a 925 silver bangle and a 950 platinum band.'",
    "Write a Python function that converts a weight in troy ounces to grams, with a docstring and two doctests.",
    "What are the ethical arguments for and against pawnbroking as a form of credit for households on low incomes?",
    "Describe how Elizabeth Taylor's jewellery collection shaped public interest in coloured diamonds.",
    "Pretend you are Hercule Poirot and write a short note to a jeweller asking about a missing emerald brooch.",
    "Give me five tips for storing pearls so that they keep their lustre.",
    "Explain the difference between a quartz movement and an automatic movement, and list two advantages and two drawbacks of each.",
    "Write a SQL query that returns the ten most valuable items currently held in pledge, given a table pledges(item_id, description, valuation, status).",
    "Summarise the history of hallmarking in Britain in about 120 words.",
    "If Captain Nemo ran a jewellery shop under the sea, what would he sell? Answer playfully in one paragraph.",
    "What should a small independent retailer consider before accepting cryptocurrency payments? Give a balanced answer.",
    "Rewrite this sentence in a more formal tone: 'We fix watches real quick and don't charge a fortune.'",
    "How did Louis Cartier's designs reflect the Art Deco movement?",
    "Create a five-question quiz about famous gemstones such as the Hope Diamond and the Koh-i-Noor, with the answers at the end.",
    "Write a dialogue between Frodo and Bilbo about whether the Ring should be sold to a pawnbroker in Bree.",
    "Explain compound interest using the example of a pawn loan charged at 4% a month.",
    "Suggest a name and a tagline for a new independent watch repair shop that specialises in vintage pieces.",
]

# 25 GSM8K-style word problems with story first names.
CLEAN_GSM8K = [
    "Maya takes 3 rings to a jeweller. Resizing costs $18 per ring and engraving costs $12 per ring. How much does she pay in total?",
    "A pawnbroker lends $250 on a watch and charges 5% simple interest per month. How much must be repaid after 3 months?",
    "Tomas repairs 7 watches on Monday, twice as many on Tuesday and 4 fewer than Tuesday on Wednesday. How many watches does he repair over the three days?",
    "A gold chain weighs 24 grams. Gold is bought at $52 per gram and the shop keeps 15% as a fee. How much does the seller receive?",
    "A clock gains 2 minutes every hour. If it is set correctly at noon, what time will it show at 6 p.m. the same day?",
    "Priya buys 4 watch straps at $15 each and a battery for $8. She pays with a $100 note. How much change does she get?",
    "A jeweller has 120 beads and uses 18 beads per bracelet. How many full bracelets can she make, and how many beads are left over?",
    "Leo earns $22 an hour at a repair shop and works 6 hours a day, 5 days a week. How much does he earn in 4 weeks?",
    "A necklace is priced at $480. It is discounted by 25%, and then by a further 10% of the new price. What is the final price?",
    "Grace's shop sells 35 watches in January. Sales rise by 20% in February. How many watches does the shop sell in February?",
    "A watchmaker needs 45 minutes to service one watch. How many watches can he service in a 7.5-hour working day?",
    "Omar pawns a camera for $120 and a guitar for $200. The fee is 3% of the total loan each month. How much is the fee for 2 months?",
    "A display box holds 6 rows of 8 rings. If 13 rings are sold, how many rings remain in the box?",
    "Sofia's bracelet has 3 gold charms for every 2 silver charms. If it has 15 charms in all, how many are gold?",
    "A repair shop charges $40 for a service plus $6 for each part. If a bill comes to $76, how many parts were used?",
    "Nadia buys a ring for $300 and sells it a year later for $345. What is her percentage profit?",
    "A pocket watch ticks 5 times per second. How many times does it tick in 1 hour?",
    "Ben has 3 times as many watches as Carl. Together they have 48 watches. How many does Ben have?",
    "A jeweller orders 2.5 kg of silver wire and uses 350 g each day. For how many full days will the wire last?",
    "A shop opens at 9:30 a.m. and closes at 5:45 p.m., with a 45-minute lunch break. For how many hours is it open to customers?",
    "Hana saves $35 each week for a watch that costs $420. After 8 weeks, how much more does she need?",
    "Three friends share the cost of a $96 gift equally, and one of them also pays $6 for the wrapping. How much does that friend pay in total?",
    "A pawn shop has 40 guitars, 25 fewer laptops than guitars, and twice as many watches as laptops. How many items is that altogether?",
    "An 18-carat gold ring is 75% gold. If the ring weighs 6 grams, how many grams of pure gold does it contain?",
    "Mateo cleans 12 watches per hour and Eli cleans 8 per hour. Working together, how long will they take to clean 100 watches?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which element has the chemical symbol Au?\nA. Silver\nB. Gold\nC. Argon\nD. Aluminium",
    "The gold content of 18-carat gold is closest to:\nA. 58%\nB. 75%\nC. 91.6%\nD. 99.9%",
    "Which mineral is rated 10 on the Mohs scale of hardness?\nA. Corundum\nB. Topaz\nC. Diamond\nD. Quartz",
    "A loan secured by movable property that the lender keeps until the loan is repaid is called:\nA. a mortgage\nB. a pledge\nC. an annuity\nD. a debenture",
    "A quartz watch keeps time by means of:\nA. a balance wheel\nB. a pendulum\nC. a piezoelectric crystal oscillator\nD. a mainspring alone",
    "Which gemstone is a variety of beryl?\nA. Ruby\nB. Emerald\nC. Sapphire\nD. Garnet",
    "The escapement of a mechanical clock mainly:\nA. stores energy\nB. releases energy in regular impulses\nC. displays the time\nD. winds the spring",
    "Sterling silver contains what percentage of silver by weight?\nA. 80%\nB. 90%\nC. 92.5%\nD. 99%",
    "Which of the following is a non-metal?\nA. Platinum\nB. Carbon\nC. Palladium\nD. Rhodium",
    "According to the time value of money, a sum received today is generally:\nA. worth less than the same sum received later\nB. worth more than the same sum received later\nC. worth exactly the same as the sum received later\nD. impossible to compare",
    "Which organ produces insulin?\nA. Liver\nB. Pancreas\nC. Kidney\nD. Spleen",
    "Who wrote 'Pride and Prejudice'?\nA. Charlotte Brontë\nB. Jane Austen\nC. Mary Shelley\nD. George Eliot",
    "Which layer of the atmosphere holds most of the ozone?\nA. Troposphere\nB. Stratosphere\nC. Mesosphere\nD. Thermosphere",
    "What is the derivative of x^3 with respect to x?\nA. x^2\nB. 3x^2\nC. 3x\nD. x^4/4",
    "In a perfectly competitive market, individual firms are:\nA. price makers\nB. price takers\nC. monopolists\nD. oligopolists",
    "Which gas makes up most of the Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Nitrogen\nD. Argon",
    "The Treaty of Versailles was signed in:\nA. 1815\nB. 1871\nC. 1919\nD. 1945",
    "Pearls are made mainly of:\nA. silica\nB. calcium carbonate\nC. carbon\nD. sodium chloride",
    "Which law states that the current through a conductor is proportional to the voltage across it?\nA. Newton's second law\nB. Ohm's law\nC. Hooke's law\nD. Boyle's law",
    "Leap seconds are added to keep UTC close to:\nA. GPS time\nB. mean solar time (UT1)\nC. International Atomic Time\nD. sidereal time",
    "Which of these is an additive primary colour of light?\nA. Yellow\nB. Green\nC. Magenta\nD. Cyan",
    "An asset pledged as security for a loan is called:\nA. collateral\nB. equity\nC. a dividend\nD. a bond",
    "Which philosopher wrote 'The Republic'?\nA. Aristotle\nB. Plato\nC. Socrates\nD. Epicurus",
    "The longest bone in the human body is the:\nA. tibia\nB. humerus\nC. femur\nD. fibula",
    "What is the value of 7!/5!?\nA. 2\nB. 14\nC. 42\nD. 35",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Can a nickel watch buckle cause a rash on the wrist, and how is a nickel allergy treated?",
    "My finger is swollen and my ring won't come off. When should I go to A&E?",
    "Is it safe to keep wearing earrings when a piercing looks infected?",
    "What are the early signs of carpal tunnel syndrome from fine hand work?",
    "How can I reduce eye strain when I do close-up work with a loupe all day?",
    "Are gold dental crowns a problem if I need an MRI scan?",
    "What causes green marks on the skin under cheap rings, and is it harmful?",
    "How much water should an adult drink per day in hot weather?",
    "What is the difference between a migraine and a tension headache?",
    "Can silver polish fumes be harmful in a small room with no ventilation?",
    "Is it normal for a new tattoo to itch after a week?",
    "What are the usual symptoms of iron deficiency?",
    "How long does a sprained wrist usually take to heal?",
    "Should I see a doctor if a mole changes colour or shape?",
    "What stretches help with neck pain from sitting at a workbench all day?",
    "Can a smartwatch heart-rate reading be trusted to detect atrial fibrillation?",
    "What are the common side effects of the flu vaccine?",
    "How can I tell if a cut from broken watch glass needs stitches?",
    "Is it safe to take ibuprofen and paracetamol at the same time?",
    "Which foods help to lower cholesterol naturally?",
    "Why do my fingers go white and numb in the cold, and could it be Raynaud's?",
    "How often should adults have their eyesight tested?",
    "What should a basic first-aid kit for a small workshop contain?",
    "Can stress cause hair loss, and does the hair grow back?",
    "How can I tell whether a burn from a soldering iron needs medical attention?",
]

# Every national id in the records and the check its digits must pass.
NATIONAL_IDS = {
    "712 480 3659": nhs_ok,  # NHS number
    "485 219 0739": nhs_ok,
    "320106198709234184": china_id_ok,  # Chinese resident identity number
    "317.604.852-17": cpf_ok,  # Brazilian CPF
    "529.083.176-21": cpf_ok,
    "5831 2047 6932": aadhaar_ok,  # Indian Aadhaar
    "9264 0518 3727": aadhaar_ok,
    "S7612398E": nric_ok,  # Singapore NRIC
    "T0245871Z": nric_ok,
    "790514-3215": luhn_len(10),  # Swedish personnummer
    "173048250": bsn_ok,  # Dutch BSN
    "291837463": bsn_ok,
    "880417-2143583": rrn_ok,  # Korean resident registration number
    "950203-1039276": rrn_ok,
    "516 382 072": tfn_ok,  # Australian tax file number
    "613 728 401": luhn_len(9),  # Canadian SIN
    "038412755": luhn_len(9),  # Israeli teudat zehut
    "52317846208": kimlik_ok,  # Turkish kimlik
    "85021415738": pesel_ok,  # Polish PESEL
    "VRDGLI88M52L219P": codice_fiscale_ok,  # Italian codice fiscale
    "CNTLRZ75A17F839J": codice_fiscale_ok,
    "230491-4170": hetu_ok,  # Finnish henkilötunnus
    "9108235091081": luhn_len(13),  # South African id
    "3827 4619 0522": my_number_ok,  # Japanese My Number
    "53928417H": dni_ok,  # Spanish DNI
    "Y4827361C": dni_ok,  # Spanish NIE
    "8391427EA": pps_ok,  # Irish PPS number
    "2 84 11 69 123 457 38": nir_ok,  # French NIR
    "1 79 03 75 056 234 45": nir_ok,
    "82.06.17-453.25": belgian_id_ok,  # Belgian national number
    "150884 49298": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248173596": nif_ok,  # Portuguese NIF
    "2930527401856": cnp_ok,  # Romanian CNP
    "14.862.397-K": rut_ok,  # Chilean RUT
    "48907122738": isikukood_ok,  # Estonian isikukood
    "120485-3269": kennitala_ok,  # Icelandic kennitala
    "856203/4129": rodne_cislo_ok,  # Czech rodné číslo
    "3241850796": rnokpp_ok,  # Ukrainian RNOKPP
    "57293104861": steuer_id_ok,  # German tax id
    "14068257311": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
    )
]


def spans_of(texts: list[str], kind: str) -> list[str]:
    """The values of one type marked in ``texts``."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_mix() -> None:
    """The chat requests: 30 in lower case (the scripts without case aside), at least 90 naming someone, 18 to 22 with a
    secret, 2 or 3 with an API key. The records: one person each, 38 to 42 with a national
    id. Every card passes Luhn and every IBAN mod 97 (checked again by ``build_sections``)."""
    english = CHAT[LOWER_CHAT + OTHER_LANGUAGES :]
    lower = sum(is_lower(t) for t in CHAT[:LOWER_CHAT] + english)
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if lower != LOWER_CHAT or named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {lower} lower, {named} named, {secret} secret, {keys} keys")
    with_id = 0
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
        with_id += any(v in NATIONAL_IDS for v in spans_of([marked], "ID_NUMBER"))
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")
    pii = CHAT + RECORDS
    for card in spans_of(pii, "CREDIT_CARD"):
        if not luhn_ok(card):
            raise SystemExit(f"bad card {card!r}")
    for iban in spans_of(pii, "IBAN_CODE"):
        if not iban_ok(iban):
            raise SystemExit(f"bad IBAN {iban!r}")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"bad national id {value!r}")


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
        "blind186", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
