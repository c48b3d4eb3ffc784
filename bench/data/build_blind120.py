# ruff: noqa: E501
"""A hundred-and-twentieth blind privacy set: 220 texts with personal data and 100 clean
ones, on travel and hospitality (hotels and guest houses, airlines and lost luggage, car
hire, visas and passports, holiday lets and house-sitting, tour guides, travel agents,
group trips and cost splits, travel-scam messages).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  texts to house-sitters, hosts, drivers and guides, complaints to hotels, airlines and car
  hire desks, lost-baggage and insurance claims, visa cover and invitation letters,
  summaries of voicemails, night-audit notes, guides' and owners' minutes, call and wifi
  logs, translations, wording fixes, cost splits for villas, chalets and road trips, and
  is-this-a-scam questions. The first 30 are typed all in lower case (names, e-mails,
  IBANs and codes too, with shorthand and typos); the next 6 are in Italian, Dutch,
  Turkish, Vietnamese, Greek and Japanese; the other 84 in ordinary English. Names of many
  origins, some in Chinese, Japanese, Korean, Greek, Cyrillic, Arabic and Hebrew script,
  first names alone, surnames after titles, airline-style SURNAME/GIVEN names, nicknames
  and names that are ordinary words (Grace, Joy, Sunny, Dawn, Kit, Fern, Bill, Sun), many
  named in passing with no cue word;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose, profile and register lines, pipe and CSV rows, JSON objects, log lines
  and short letters, each with exactly one person's name and one to four other values;
  42 of them hold a national id with valid check digits (32 kinds; five more in the chat requests), the others passports,
  licences, member and frequent-flyer numbers, usernames, wifi keys, key-safe, locker and
  gate codes, addresses in about 15 countries' formats, cards, IBANs, SSNs, IPs and keys.

Usernames, logins, member, loyalty, frequent-flyer, customer, staff, policy, passport,
driving and guide licence numbers and national ids are ID_NUMBER; PINs, door, gate, alarm,
key-safe, locker and room-safe codes, wifi keys, passwords and passphrases are PASSWORD;
titles and relation words (Mr, Mrs, Dr, auntie, anh, chị, κυρία, 様, Khun, Don, Officer,
my dad) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed. Public figures, fictional characters, companies,
hotels, booking, PNR, agreement, case and file references, flight and room numbers, the
last four digits of a card, postcodes alone, amounts and dates of birth are not labelled;
a family named by its surname (the Whitfield family) is labelled; every occurrence of a
private value is marked, a name repeated each time.

The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts on
travel and hotels (some naming Phileas Fogg, Basil Fawlty, Ibn Battuta, Marco Polo,
Odysseus, Jules Verne or Amelia Earhart), 25 GSM8K-style word problems about hotels,
flights, car hire and group trips with fictional first names, 25 MMLU-style items with
options A to D on travel, geography and the hospitality trade, and 25 travel-health
questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0; North America
555-01xx; Australia 0491 570; France 06 39 98) and in each country's own layout elsewhere
(Italy, Netherlands, Turkey, Vietnam, Greece, Japan, Spain, Portugal, Ireland, India,
China and others); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97,
of their country's length and not documentation examples; SSNs with assignable area,
group and serial; IPs from the documentation ranges; national ids with valid check digits
(listed in ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind120.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Don|Khun|Officer|Auntie|Aunt|Uncle|Signora|Sig|"
    r"Dhr|Mevr|Herr|Frau|Mme|Sr|Sra|Anh|Chị|Bà|Ông|κυρία|κύριος)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u draft a msg to [[PERSON|priya]] saying the villa wifi is [[PASSWORD|limoncello2024!]] and the gate code is [[PASSWORD|1907#]]. she lands in naples thurs night and im still stuck in milan till fri",
    "summarise pls: rang the airline about my lost bag, spoke to [[PERSON|marguerite]], file ref edi73412ab. she said the courier will phone [[PHONE_NUMBER|07700 900521]] before dropping it at [[STREET_ADDRESS|flat 3, 19 leith walk, edinburgh eh6 5dn]]. navy samsonite w a yellow strap, tagged to aberdeen by mistake",
    "is this a scam?? got a text saying my booking at the sea view hotel gets cancelled unless i 'reconfirm' my card at a link. it had my full name [[PERSON|dalia haddad]] and my email [[EMAIL_ADDRESS|dalia.haddad@mailbox.org]] in it. how would they even know that",
    "ok split this: me, [[PERSON|jonas]], [[PERSON|aiko]] and [[PERSON|fergus]] hired a car in crete for 6 days, 312 euros total which i paid. [[PERSON|jonas]] paid fuel 84, [[PERSON|aiko]] paid the ferry 96 for all four of us. who owes who what",
    "fix my english pls: dear mr [[PERSON|de groot]], i am write to complain for the room 412 which is smelling of smoke all the night and the reception say nothing can do. i want refund of one night. regards [[PERSON|yusuf demir]]",
    "can you lay this out so i can paste it into the travel agents form: lead passenger [[PERSON|lorna mcbride]], passport [[ID_NUMBER|548213097]], second passenger [[PERSON|iain mcbride]], passport [[ID_NUMBER|562044718]], both uk, both vegetarian, need a transfer from funchal",
    "reply to our house sitter [[PERSON|bex]]: alarm code is [[PASSWORD|2580]] then press set, dog food is in the utility room, vet is dr [[PERSON|anand]] on [[PHONE_NUMBER|020 7946 0372]]. thank u sooo much, back sunday xx",
    "translate to spanish: hi [[PERSON|carmen]], we land at malaga 22:40 on the 9th, is your brother still ok to pick us up? if anything changes my number is [[PHONE_NUMBER|+44 7700 900664]]",
    "summarise these notes from the guides meeting: present [[PERSON|ahmed]], [[PERSON|siobhan]], [[PERSON|kwame]]. [[PERSON|ahmed]] takes the vatican group at 9. [[PERSON|siobhan]]'s walking tour moves to 5pm bc of the heat. [[PERSON|kwame]] still waiting on his guide licence renewal, licence no [[ID_NUMBER|rm-gt-03318]]. nobody wants the colosseum night slot",
    "how much do i still owe [[PERSON|tash]]? she paid the whole cottage, 960 for 4 nights for 5 of us plus a 40 cleaning fee. i already sent 150 to her account [[IBAN_CODE|gb71barc20325361884270]]",
    "write a polite but firm complaint to the hotel chain: booking was in my name [[PERSON|ngozi eze]], loyalty member no [[ID_NUMBER|hs20938471]], and they charged the room twice to my card. i have both receipts",
    "my mum [[PERSON|bernadette]] cant get into the airline app, her username is [[ID_NUMBER|bernie_k58]] and password [[PASSWORD|tralee1958]], it keeps saying account locked. what do we do, she flies tuesday",
    "is this legit? email to [[EMAIL_ADDRESS|kofi.mensah88@gmail.com]]: 'dear guest your room at the marina inn requires deposit re-verification, pay 1 eur at the secure link to keep your reservation' signed [[PERSON|laura]] from reservations. the booking was real tho",
    "plan a 3 day itinerary in porto for me and [[PERSON|oriol]], we're staying at [[STREET_ADDRESS|rua das flores 112, 4050-265 porto]]. he hates museums, i love tiles and port lodges lol",
    "draft a text to [[PERSON|grace]] for the hen do: villa deposit is 200 each into [[IBAN_CODE|es94 1465 0100 9117 3456 2038]], ref your name, by friday. the door code when u get there is [[PASSWORD|0613]]",
    "help me word this for the car hire desk: the scratch on the rear bumper was already there, i have photos from pickup. driver [[PERSON|mateusz nowak]], licence [[ID_NUMBER|nowak807153mn9xy]], deposit held on card [[CREDIT_CARD|4485 3301 7726 0988]]",
    "sum up this voicemail: 'hi its [[PERSON|dimitri]] from sunseeker transfers, your driver tomorrow is [[PERSON|yusuf]], he meets u at arrivals with a sign, any problem call him on [[PHONE_NUMBER|+90 532 418 27 63]]'",
    "whats a nice way to tell our airbnb guest [[PERSON|hiroshi]] the wifi password changed to [[PASSWORD|bluedoor-77]] without sounding like we're accusing him of anything",
    "translate to french for the gite owner: sorry, we lost the front door key. my partner [[PERSON|sunny]] is getting a copy cut in town this afternoon and will drop it in your letterbox",
    "make a to do list for the trip: renew my passport (old one [[ID_NUMBER|531904826]]), print insurance policy [[ID_NUMBER|tvl-5529018]], ask auntie [[PERSON|joy]] to water the plants, garage code for her is [[PASSWORD|8264]], cancel milk",
    "summarise this email chain pls: [[PERSON|rachel]] (tour leader) says 14 confirmed for kyoto, [[PERSON|sam o'neill]] still hasnt paid, his email is [[EMAIL_ADDRESS|sam.oneill@outlook.com]]. [[PERSON|rachel]] wants final numbers by 3 june or we lose the ryokan",
    "check my maths: lisbon trip, 6 of us, apartment total 2,340 for 5 nights. [[PERSON|bilal]] and [[PERSON|hana]] only stayed 3 nights. i said they pay 234 each and the rest pay 468. is that right",
    "our house sitter [[PERSON|marnie]] needs the heating app login, account [[ID_NUMBER|hive7730214]] pw [[PASSWORD|c0ttage!rain]]. write her a short note with that plus bin days (blue tues, black fri)",
    "scam or not: a man saying he was from the visa office rang my dad [[PERSON|rajesh]] on [[PHONE_NUMBER|07700 900187]], knew his flight date and asked for a 'processing fee' in gift cards. dad nearly paid",
    "pls make this sound professional: hey, ur guest [[PERSON|chidi]] left his laptop in room 23, we can post it to [[STREET_ADDRESS|41 albion road, manchester m14 6ht]] if he covers postage, otherwise its here for 30 days",
    "turn into a checklist: passports for me ([[ID_NUMBER|c01x7f4m9]]) and [[PERSON|leni]] ([[ID_NUMBER|c01x8k2t5]]), eu health cards, adapter, [[PERSON|leni]]'s inhaler, the pin for the travel money card is [[PASSWORD|7314]]",
    "what do i say to the safari company? [[PERSON|ilse]] booked it on her card [[CREDIT_CARD|5238610944759165]] and they took 1,200 dollars instead of 800. she's not answering emails cos shes on the trip",
    "help me split the hotel in seoul: 3 nights 540,000 won. me, [[PERSON|jiwoo]], [[PERSON|mika]] and [[PERSON|thandiwe]], but [[PERSON|mika]] only stayed 1 night. [[PERSON|jiwoo]] paid it all",
    "reply to the host for me: thanks [[PERSON|eamon]], yes we'll use the lockbox by the shed, code [[PASSWORD|3319]], and we'll leave the keys back in it on sunday by 10",
    "the booking site api keeps failing, my key is [[API_KEY|chx_live_8f3a91c0d47e4b2a9e6f1c3d5b7a9e02]] and the log says 401 from [[IP_ADDRESS|203.0.113.47]]. [[PERSON|ruairi]] set it up before he left, no docs. can u explain what 401 means",
    # --- Italian, Dutch, Turkish, Vietnamese, Greek, Japanese ---
    "Mi aiuti a scrivere una mail all'agenzia di viaggi? Devo mandare i dati per il check-in del tour in Sicilia: [[PERSON|Giulia Bianchi]], codice fiscale [[ID_NUMBER|BNCGLI84M52F205G]], cellulare [[PHONE_NUMBER|+39 347 218 6604]]. Vorrei anche chiedere se il transfer da Catania è incluso e se posso pagare il saldo con un bonifico invece che con la carta.",
    "Kun je dit korter en vriendelijker maken? 'Beste [[PERSON|Sanne]], de sleutel van het vakantiehuisje ligt in het kastje naast de deur, code [[PASSWORD|7745]]. De borg van 250 euro storten we terug op [[IBAN_CODE|NL11 INGB 0006 5917 48]] zodra [[PERSON|Ruud]] de meterstanden heeft gecontroleerd. Groeten, [[PERSON|Mieke de Vries]]'",
    "Şu mesajı İngilizceye çevirir misin? «Merhaba, ben [[PERSON|Elif Yıldırım]]. Antalya'daki araç kiralama rezervasyonum için kimlik bilgilerimi gönderiyorum: T.C. kimlik no [[ID_NUMBER|34817092644]]. Depozito iadesi için IBAN: [[IBAN_CODE|TR02 0001 0001 8294 0061 5372 01]]. Telefonum [[PHONE_NUMBER|0542 716 30 85]].»",
    "Bạn giúp mình viết tin nhắn gửi anh [[PERSON|Trần Quốc Bảo]] nhé: tiền phòng homestay ở Đà Lạt chia đều cho 4 người, mỗi người 850 nghìn, chuyển khoản trước thứ Sáu. Nếu cần hỏi đường thì gọi chị [[PERSON|Ngọc]] theo số [[PHONE_NUMBER|0912 384 507]].",
    "Μπορείς να το μεταφράσεις στα αγγλικά; «Αγαπητή κυρία [[PERSON|Παπαδάκη]], η κράτηση στο ξενοδοχείο είναι στο όνομα του συζύγου μου, [[PERSON|Νίκου Αντωνίου]]. Ο ΑΜΚΑ του για την ταξιδιωτική ασφάλεια είναι [[ID_NUMBER|11088421737]] και το κινητό μου [[PHONE_NUMBER|6944 218305]].»",
    "次のメッセージを英語にしてください。「[[PERSON|田中 美咲]] 様、玄関のキーボックスの暗証番号は [[PASSWORD|5820]] です。Wi-Fiのパスワードは [[PASSWORD|sakura-tei-88]] です。何かあれば [[PHONE_NUMBER|090-4417-2863]] までご連絡ください。ホスト [[PERSON|佐々木]]」",
    # --- English ---
    "Can you turn this into a formal lost-baggage claim letter? Flight LX 318 Zurich to Heathrow on 14 May, one grey suitcase never arrived. Passenger: [[PERSON|Olufemi Adeyemi-Clarke]], frequent flyer no. [[ID_NUMBER|884213950]], delivery address [[STREET_ADDRESS|27 Elmtree Close, Reading RG4 8QB]], mobile [[PHONE_NUMBER|07700 900245]]. File reference LHRLX48213.",
    "Summarise the night audit notes for the morning handover: 23:10 Mr [[PERSON|Haverford]] (206) complained about noise from 208. 00:40 Ms [[PERSON|Aydin]] locked out, reissued key after checking ID. 02:15 guest in 311, [[PERSON|Kasia Wróbel]], asked for a doctor; called the on-call GP. 04:00 fire panel fault cleared, no action.",
    "Draft a message for our Amsterdam group chat. Total for the canal house was €1,836 for six of us, so €306 each. Pay [[PERSON|Freya]], not me, she fronted it: [[IBAN_CODE|NL18 RABO 0318 4627 59]], name [[PERSON|F. Lindqvist]]. Deadline Sunday. Also remind [[PERSON|Olly]] and [[PERSON|Deepa]] that the house code is [[PASSWORD|2741]] and not to post it anywhere.",
    "Is this a phishing email? It says 'Dear [[PERSON|Thandeka Mokoena]], your payouts are on hold. Update your bank details within 24h at the link below or your listing Seaside Loft will be hidden.' It came to [[EMAIL_ADDRESS|thandeka.m@webmail.co.za]], which is the address on my host account, from a 'partner team' address I don't recognise.",
    "Help me reply to Sunway Car Rental. They say I damaged an alloy wheel on a Fiat 500 in Faro and want €340 from my deposit. Agreement FAO-22918. Driver: [[PERSON|Callum Reid]], licence [[ID_NUMBER|REID9703214C99PL]]. I returned it at 7am to an empty desk and have timestamped photos. Ask them to refund the card ending 0358 and send the workshop invoice.",
    "Please write a short cover letter for my Schengen visa application to the Italian consulate. I'm [[PERSON|Farida Rahmani]], passport [[ID_NUMBER|P03817264]], a nurse at St Luke's in Leeds, travelling 3 to 17 September for my cousin's wedding in Bologna. My host is Dr [[PERSON|Marco Serra]], [[STREET_ADDRESS|Via Saragozza 84, 40123 Bologna]].",
    "Tidy up these notes for our house-sitter, [[PERSON|Ewa]]:\n- alarm [[PASSWORD|5190]] then OK\n- wifi SkyHub_4G / pw [[PASSWORD|rhubarb-Crumble-19]]\n- cats: Pickle & Mouse, biscuits AM, pouch PM\n- vet Dr [[PERSON|Okafor]] [[PHONE_NUMBER|020 7946 0815]]\n- spare key with [[PERSON|Maureen]] at no. 12",
    "Write a warm reply to this 5-star review: '[[PERSON|Ravi]] was the best guide we've had anywhere, knew every alley in Old Delhi and got us chai at his uncle's stall.' Say we'll pass it on to [[PERSON|Ravi]] and mention he also runs the Sunday food walk.",
    "Translate into Portuguese for the guesthouse owner in Sintra: 'Hello Mrs [[PERSON|Conceição]], we'll arrive around midnight. Could you leave the key in the box? My husband [[PERSON|Tiago]]'s number is [[PHONE_NUMBER|+351 912 604 388]] in case the road is closed.'",
    "Make this front-desk rota clearer: Mon to Wed early shift [[PERSON|Zanele]], late shift [[PERSON|Piotr]]; Thu [[PERSON|Zanele]] off, cover by [[PERSON|Mariam]]; weekend nights [[PERSON|Lorenzo]] unless [[PERSON|Piotr]] swaps. Staff room door code changes to [[PASSWORD|8832]] on the 1st.",
    "My client Mrs [[PERSON|Henrietta Gwynne]] rang to pay the balance on her Nile cruise. Card [[CREDIT_CARD|4929 0517 3362 8419]], exp 09/27. Can you draft the confirmation email to [[EMAIL_ADDRESS|henrietta.gwynne@btinternet.com]] showing only the last four digits?",
    "I guide kayak tours in Monterey as a contractor and the company sent me a W-9. Is it safe to email them my SSN, [[US_SSN|529-14-8836]], or should I ask for a secure upload? Write a short message to [[PERSON|Dana]] in payroll asking how they store it.",
    "Can you summarise this guest wifi log for the manager? 18:02 room 104 iPhone [[IP_ADDRESS|198.51.100.23]] ok; 18:40 room 112 laptop [[IP_ADDRESS|198.51.100.77]] blocked after 900 requests/min; 19:05 lobby unknown device [[IP_ADDRESS|198.51.100.77]] reconnect. Night manager [[PERSON|Gintarė]] flagged the second one.",
    "Our channel manager wants the PMS API key. Is it OK to paste it into their web form or should I generate a separate one? The current key is [[API_KEY|pms_9Vq4TzL2xR8mW1cN7bK3yP6s]] and the whole hotel uses it. Our IT guy [[PERSON|Dominic]] left last month.",
    "Ski chalet in Morzine: £4,200 for 7 nights. Nine adults, but [[PERSON|Hugo]] and [[PERSON|Bea]] left after 4 nights and [[PERSON|Connor]] only came for the weekend (2 nights). Split it fairly by nights stayed and tell me what each person owes.",
    "Got this text: 'Royal Mail: your parcel could not be delivered. Pay £1.45 redelivery at rm-redeliver.co'. I did ask the Airbnb host [[PERSON|Gavin]] in Cornwall to post my charger. Could it be real?",
    "Help me fill in the countersignatory part of the passport form. My son [[PERSON|Ezra Goldberg]]'s old passport number is [[ID_NUMBER|118294063]]. The countersignatory is our neighbour Mr [[PERSON|Pradeep Iyer]], phone [[PHONE_NUMBER|07700 900903]], who has known us 4 years.",
    "Text my driver: 'Hi [[PERSON|Abdi]], flight delayed, now landing 23:50 at T2. I'm with my dad, who's in a wheelchair. Still OK?' Make it shorter.",
    "Our uni reunion trip to Japan, costs so far: ryokan in Hakone ¥96,000 total paid by [[PERSON|Min-jun]], Osaka apartment ¥72,500 paid by [[PERSON|Hollie]], and [[PERSON|Hollie]] also paid the sumo tickets ¥40,000 for all five. Everyone bought their own rail pass. Who owes whom?",
    "Write to the hotel: 'My booking 55291837 is under my company's name but I'm the guest, [[PERSON|Nikolai Petrov]]. Please charge the room to my personal Amex [[CREDIT_CARD|3742 918305 66272]] instead and send the invoice to [[EMAIL_ADDRESS|n.petrov@proton.me]].'",
    "I lost my passport in Hanoi. Write a short statement for the police report: my name is [[PERSON|Charlotte Dubois-Mensah]], French passport [[ID_NUMBER|19AV48215]], staying at Mrs [[PERSON|Lan]]'s homestay at [[STREET_ADDRESS|12 Ngõ Huế, Hai Bà Trưng, Hà Nội]]. Lost between the Old Quarter and the homestay on the night of 2 March.",
    "The airline emailed me 'new sign-in from [[IP_ADDRESS|192.0.2.148]] (Lagos)'. I'm in Glasgow and haven't been to Nigeria. My login is [[EMAIL_ADDRESS|siobhan.kerr@icloud.com]]. Should I change my password, and in what order should I do things?",
    "Turn this into a checklist for our cleaner [[PERSON|Marisol]]: change sheets in both rooms, restock coffee pods, check the hot tub chemicals, reset the key box to [[PASSWORD|0925]] after every checkout, text [[PERSON|Jerome]] on [[PHONE_NUMBER|(207) 555-0143]] if anything is broken.",
    "Summarise this email from our Dubrovnik guide: 'Hi all, it's [[PERSON|Mirela]]. Tomorrow we meet 8:15 at the Pile Gate, not the hotel. Bring water. Those doing the kayak option pay [[PERSON|Ante]] directly, 45 euros cash. Any questions, WhatsApp me on [[PHONE_NUMBER|+385 91 728 4410]].'",
    "Please write a claim summary for my travel insurer. Policy number [[ID_NUMBER|TRV-88130472]], insured person [[PERSON|Aleksandra Zielińska]]. I broke my wrist skiing in Val Thorens on 9 January, was treated at the resort clinic and paid €1,180 upfront. Reimburse to [[IBAN_CODE|PL95 1020 4027 0000 1902 8346 5712]].",
    "Make this nicer: 'Guests must not give the door code [[PASSWORD|44190]] to anyone. The last lot gave it to their mates and had a party.' It's for our house rules page, host name [[PERSON|Krystof]].",
    "Is this a scam? A 'travel agent' called [[PERSON|Fern]] on Instagram offers Bali packages at half price if you pay by bank transfer to a personal account, [[IBAN_CODE|GB83 NWBK 6072 8431 9072 64]], account name [[PERSON|R. Mulligan]]. She has 12k followers and lots of happy comments.",
    "Summarise these minutes. Harbourside Holiday Park owners' meeting. Chair: [[PERSON|Glenys Pritchard]]. Apologies: [[PERSON|Rhodri]] and [[PERSON|Bill]]. Agreed: new barrier code [[PASSWORD|1066]] from Monday, not to be given to renters. [[PERSON|Gwen]] to chase the site manager about the potholes. Next meeting 4 August.",
    "Translate to Spanish, it's for the owner of our casa rural: 'Dear Don [[PERSON|Ignacio]], thank you for a lovely week. We left the keys with your niece [[PERSON|Paloma]]. Please return the €150 deposit to [[IBAN_CODE|ES11 2100 0418 4102 0073 9146]] when you can. Kind regards, the [[PERSON|Whitfield]] family.'",
    "Draft a reply to a job applicant for our B&B: [[PERSON|Kenji Watanabe]] applied for the breakfast chef role. Invite him for a trial shift on Thursday at 7am and ask him to bring his food hygiene certificate. His email is [[EMAIL_ADDRESS|kenji.w.cooks@gmail.com]].",
    "Format this as a table for the restaurant: [[PERSON|Anneliese]] vegan; Mr [[PERSON|Boateng]] no pork; [[PERSON|Tomasz]] coeliac; [[PERSON|Shira]] nut allergy (carries an EpiPen); little [[PERSON|Arlo]] nothing spicy.",
    "Write an email to Budgetwise Rentals disputing a £95 admin fee for a speeding fine I never received. The rental was in the name of [[PERSON|Oyelaran Bamidele]], licence number [[ID_NUMBER|BAMID802129OB8TK]], paid with card [[CREDIT_CARD|5167 2489 0031 7598]].",
    "Summarise this call log: 10:02 called VisaFast about the Vietnam e-visa for [[PERSON|Minh Anh Lê]]. Agent [[PERSON|Brenda]] said the photo was rejected (glasses). 10:15 re-uploaded. [[PERSON|Brenda]] gave her direct line [[PHONE_NUMBER|020 7946 0529]]. Application ref EV-VN-220934, don't lose it.",
    "We're doing a home swap with a family from Lyon. Help me write the access section: our address is [[STREET_ADDRESS|8 Cranfield Mews, Bath BA1 5JT]], key safe on the left of the porch, code [[PASSWORD|3857]], alarm [[PASSWORD|190644]]. Their contact is [[PERSON|Amélie Rousseau]], [[PHONE_NUMBER|06 39 98 41 27]].",
    "Remind me: [[PERSON|Tomás]], ferry tickets.",
    "Text for Nana: 'Your taxi is booked for 5.30am, the driver is called [[PERSON|Winston]], he'll ring when he's outside. Love you.'",
    "My brother-in-law [[PERSON|Gareth]] paid £89 to a site called uk-eta-apply.online for an ETA to visit the UK, but he's British. Was that a scam, and how does he get the money back? He paid with his card [[CREDIT_CARD|5301 7264 8890 4124]].",
    "Turn this into a polite email to our riad in Marrakech: guests arriving 12 October are [[PERSON|Yasmin Haddad]] (passport [[ID_NUMBER|N38472915]]) and [[PERSON|Idris Haddad]] (passport [[ID_NUMBER|N38472927]]), plus baby [[PERSON|Layla]]. They need a cot and an airport pickup.",
    "Help me write to the cruise line. I booked cabin 8142 for me and [[PERSON|Fenella Marsh]], but her name shows as '[[PERSON|Fenela Mash]]' on the documents. Her passport number is [[ID_NUMBER|127590384]] and her date of birth is 14/02/1953.",
    "Someone in a backpacker Facebook group, '[[PERSON|Jules]]', says she can get us cheap flights on her airline staff discount if we send the money in USDT. Red flag?",
    "Please shorten this and keep the key facts: 'Dear Sir or Madam, I am writing on behalf of my mother, Mrs [[PERSON|Edith Carrow]], who slipped on the wet gangway at Koblenz during your Rhine cruise in May. No crew member was nearby, the handrail was loose, and she was not offered first aid until the evening. She has since needed physiotherapy at home. The booking was made by me, [[PERSON|Simon Carrow]], customer number [[ID_NUMBER|00418826]], and I can be reached at [[EMAIL_ADDRESS|simon.carrow@gmail.com]] or [[PHONE_NUMBER|07700 900772]]. I look forward to your reply within 14 days.'",
    "My colleague writes her name as [[PERSON|مريم العتيبي]]. For her visa invitation letter, should it be [[PERSON|Mariam]] or [[PERSON|Maryam]] in English, and how do I spell the surname?",
    "Write a welcome message for guests arriving at Gull Cottage: wifi GullCottage_Guest, password [[PASSWORD|tide&shore2025]], parking permit in the hall drawer, bins on Tuesday. Sign it from [[PERSON|Hester]] and [[PERSON|Niall]].",
    "Make an attendance list for the Guilin day trip: [[PERSON|王丽华]], [[PERSON|李明]], [[PERSON|Zhang Wei]] ([[PERSON|Lisa]]), [[PERSON|Chen Jie]] and the two [[PERSON|Sato]] kids. Paid so far: [[PERSON|王丽华]] yes, [[PERSON|李明]] no, [[PERSON|Zhang Wei]] yes, [[PERSON|Chen Jie]] yes.",
    "Our receptionist [[PERSON|Aoife]] is locked out of the booking system. Her username is [[ID_NUMBER|aoife.brennan2]] and the temporary password I set is [[PASSWORD|Welcome#Desk7]]. Write a short email telling her to change it at first login.",
    "Word a special assistance request: passenger Mr [[PERSON|Gustavo Pereira]], 81, needs a wheelchair to the aircraft door on TP 1351 Lisbon to London. Contact is his daughter [[PERSON|Inês]] on [[PHONE_NUMBER|+351 936 217 045]].",
    "My rail pass is registered to an old email. Write to support asking them to move it: old [[EMAIL_ADDRESS|benji.okoro@yahoo.co.uk]], new [[EMAIL_ADDRESS|b.okoro@posteo.net]]. Pass holder [[PERSON|Benjamin Okoro]].",
    "Respond to this review without naming any staff: 'Receptionist [[PERSON|Bogdan]] was rude and the manager, Mrs [[PERSON|Halloran]], refused a refund for the broken air con.'",
    "Four of us in Croatia. I paid the apartment €880 and the boat €240; [[PERSON|Luka]] paid groceries €96; [[PERSON|Meg]] paid the taxi €60 and dinner €212; [[PERSON|Sol]] hasn't paid anything yet. What's the fairest settle-up in the fewest transfers?",
    "Summarise for my partner: the house-sitting agency says our sitter is [[PERSON|Agnieszka]], arriving 2pm Friday, and their emergency line will ask for our passphrase, [[PASSWORD|blue heron over the weir]], before they talk to anyone.",
    "How do I say 'the car has a flat tyre, we are on the road to Elafonisi, and the rental was booked by [[PERSON|Stavros Kalogeropoulos]]' in Greek?",
    "Please write to the ryokan confirming two guests, me ([[PERSON|Amara Nwosu]]) and my friend [[PERSON|山本 翔太]], arriving 6 April, with a vegetarian dinner for [[PERSON|Amara]] only. Don't put my address in, but reply-to should be [[EMAIL_ADDRESS|amara.nwosu@outlook.com]].",
    "My cousin got a call saying he's on a deportation list and must pay $2,000 in gift cards. The caller said he was Officer [[PERSON|Daniels]] from immigration. My cousin is [[PERSON|Baraka Otieno]], here on a student visa. What should we do?",
    "I'm cabin crew. Write a note to roster admin: please swap my 14 June Rome turnaround with [[PERSON|Fiona McTavish]]'s 16 June Nice. My staff number is [[ID_NUMBER|771042]], hers is [[ID_NUMBER|764583]].",
    "What's the tipping etiquette in Japan? Our guide [[PERSON|Keiko]] was amazing and I'd like to give her something.",
    "Write an EU261 claim. Flight FR 8341 Stansted to Porto, arrived 5h40 late. Passengers [[PERSON|Rhiannon Price]] and [[PERSON|Dewi Price]], booking ref QH7XMP. Pay the compensation to [[IBAN_CODE|GB41 LOYD 3096 4718 2033 95]]. Our address is [[STREET_ADDRESS|3 Heol y Nant, Cardiff CF14 6JJ]].",
    "Draft an invitation letter for my mother-in-law to visit the UK. She is [[PERSON|Hyun-joo Park]], South Korean passport [[ID_NUMBER|M48312759]], staying with us at [[STREET_ADDRESS|56 Chesterton Road, Cambridge CB4 3AP]] from 1 to 28 July. I'm [[PERSON|Daniel Whitlock]], a British citizen, phone [[PHONE_NUMBER|07700 900614]].",
    "Is it normal for a Rome guide to show a licence card? Ours, [[PERSON|Stefano]], showed one numbered [[ID_NUMBER|RM-GT-04417]] but I couldn't read the rest.",
    "Tidy up this list for the minibus company: pick-ups at 6:15, [[PERSON|Joy]] ([[PHONE_NUMBER|07700 900133]]), [[PERSON|Fitz]] ([[PHONE_NUMBER|07700 900134]]), [[PERSON|Ama]] ([[PHONE_NUMBER|07700 900299]]). Drop-off Gatwick North.",
    "Write a one-line out-of-office: I'm in Patagonia until 20 March; for urgent bookings contact my colleague [[PERSON|Ines Marchetti]] at [[EMAIL_ADDRESS|ines.marchetti@viaggisole.it]].",
    "Found a holiday flat in Split on Facebook. The owner, '[[PERSON|Marko Babić]]', wants a 50% deposit by Western Union and says he's abroad so can't show it. He sent a photo of an ID and the address [[STREET_ADDRESS|Put Firula 17, 21000 Split]]. Does this smell like a scam?",
    "Write an expense note to finance: hotel in Frankfurt, 2 nights, €412, paid on my corporate card [[CREDIT_CARD|4658 9920 1437 0659]]. Employee ID [[ID_NUMBER|58812]], approver [[PERSON|Wiebke Schuster]].",
    "Translate to Korean: 'Hi [[PERSON|민서]], thank you for hosting us! The bus from Incheon was late, so we'll check in around 9pm.'",
    "Summarise the complaint call: guest [[PERSON|Priyanka Bose]], room 507, says housekeeping came in while she was in the shower despite the Do Not Disturb sign. Supervisor [[PERSON|Conor]] offered free breakfast; she wants a night refunded. Call her back on [[PHONE_NUMBER|+91 98450 27731]].",
    "Write a request to merge my two hotel loyalty accounts: old member number [[ID_NUMBER|4410 2291 77]], new one [[ID_NUMBER|6673 0185 42]]. Both are under [[PERSON|Olumide Fashola]].",
    "Translate to Russian for the guesthouse in Tbilisi: 'We are the [[PERSON|Ivanov]] family, booking under [[PERSON|Светлана Иванова]], arriving late Friday. Is there somewhere to leave the car?'",
    "Why does my flight price tracker return 403? The script sends headers = {'x-api-key': '[[API_KEY|fpt_Lr83Kd02MzQv61WxHn47Ty95]]'} and runs on my VPS at [[IP_ADDRESS|198.51.100.201]]. It worked until Tuesday.",
    "Our choir tour to Vienna: please draft a reminder that final payments of €395 are due by 1 May to the tour account [[IBAN_CODE|AT21 1420 0200 1084 7362]], with your surname as reference. Questions go to our treasurer, [[PERSON|Hilary Dobbs]].",
    "Can you suggest a thank-you gift for Mrs [[PERSON|Oyelowo]], who looked after our dog for two weeks while we were in Canada?",
    "I've forgotten the code I set on the hotel room safe. I think it's [[PASSWORD|7301]] or [[PASSWORD|7310]]. Write a note to reception explaining; I'm [[PERSON|Hamish Dunbar]] in 219.",
    "My Dutch partner [[PERSON|Joost]] has to add his BSN to our joint travel insurance form. He typed [[ID_NUMBER|619304728]] and the form says it's invalid. Is that the right format?",
    "Write a description for the lost property form: black Kindle in a green case, name label 'Property of [[PERSON|Saoirse Lynch]]', left at gate B42 in Dublin on 3 March. Contact me on [[PHONE_NUMBER|087 314 2270]].",
    "Help me list what I need for Portugal's digital nomad visa. I already have my NIF, [[ID_NUMBER|248715399]], and my accountant there is [[PERSON|Rui Tavares]].",
    "Camping trip: me, [[PERSON|Dawn]], [[PERSON|Kit]] and [[PERSON|Rowan]]. Campsite £96 (I paid), food £74 ([[PERSON|Dawn]]), petrol £58 ([[PERSON|Kit]]). [[PERSON|Rowan]] owes everyone. Work it out.",
    "Our US client [[PERSON|Curtis Whitaker]] needs an invoice for his tax records, and he sent his SSN [[US_SSN|412-67-3058]] in the email without being asked. Should we delete it from the CRM, and how do I tell him politely?",
    "The hotel's guest portal shows failed admin logins from [[IP_ADDRESS|203.0.113.201]] every night around 3am. Our IT contractor [[PERSON|Vasilis]] says to ignore it. Should I?",
    "Write a packing reminder for our au pair [[PERSON|Lerato]], who's coming with us to Mallorca: passport, EHIC, sunscreen, and the villa alarm code [[PASSWORD|4096]] in case she gets back first.",
    "Summarise: 'The guide for the Kilimanjaro climb will be [[PERSON|Emmanuel]], assistant guide [[PERSON|Neema]], cook [[PERSON|Baraka]]. Tips are pooled, USD 250 per climber, handed to [[PERSON|Emmanuel]] on the last day.'",
    "My boarding pass says [[PERSON|KOWALCZYK/MARTA]] MS but my passport says [[PERSON|Marta Kowalczyk]]. Will that be a problem at the gate?",
    "I'm a travel agent and our GDS login is shared by three of us: user [[ID_NUMBER|SKYTRV-LON-07]], password [[PASSWORD|Heathrow!2019]]. My boss [[PERSON|Nadia]] says that's fine. Write a note to [[PERSON|Nadia]] explaining why we should each have our own login.",
    "Write an email to the immigration lawyer in Bangkok, Khun [[PERSON|Somchai]], about my friend's overstay. My friend is [[PERSON|Jack Fenwick]], passport [[ID_NUMBER|562913804]], and he overstayed by 11 days because he was in hospital.",
    "How do I address an email to a tour guide in Jerusalem called [[PERSON|נועה שפירא]]? In English would it be [[PERSON|Noa Shapira]]?",
    "Summarise in 3 bullets: 'Hi [[PERSON|Philippa]], we've left the cottage. Sorry, our son knocked the lamp over in the lounge, happy for you to keep £40 of the deposit. The rest can go back on the card I paid with, [[CREDIT_CARD|5412 7730 1968 2031]]. Keys are in the safe. Thanks again, [[PERSON|Lorcan]] & family.'",
    "Plan a 10-day Vietnam route for me and my dad [[PERSON|Francis]]; he's 74 and walks slowly.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "Guest [[PERSON|Lorenzo Bassi]] checked in on 12 June and showed Italian identity card [[ID_NUMBER|CA48213KQ]]; mobile on file [[PHONE_NUMBER|+39 338 905 1264]].",
    "RESV 88213 | holder: [[PERSON|Yuki Tanabe]] | member no: [[ID_NUMBER|30418827]] | email: [[EMAIL_ADDRESS|yuki.tanabe@docomo.ne.jp]]",
    '{"guest": "[[PERSON|Pilar Gómez Ortega]]", "dni": "[[ID_NUMBER|48217630Q]]", "phone": "[[PHONE_NUMBER|+34 611 482 903]]", "nights": 3}',
    "[[PERSON|Aarav Malhotra]],[[EMAIL_ADDRESS|aarav.m@rediffmail.com]],[[PHONE_NUMBER|+91 98201 44731]],[[ID_NUMBER|7341 9028 5169]],Goa,2 adults",
    '2024-07-03T22:14:09Z kiosk=3 action=checkin guest="[[PERSON|Sven Halvorsen]]" fnr=[[ID_NUMBER|15049247122]] refund_iban=[[IBAN_CODE|NO9686011934827]] room=418',
    "Register entry 412: [[PERSON|Jana Dvořáková]], rodné číslo [[ID_NUMBER|856203/4712]], arrived from Brno, two nights, paid cash.",
    "Dear Mr [[PERSON|Okonjo]], the £250 deposit for your Corolla hire has been refunded to [[IBAN_CODE|DE56 7025 0150 0028 4169 37]] today. Kind regards, Kranz Autovermietung",
    "Name: [[PERSON|Hoàng Thị Mai]]; Passport: [[ID_NUMBER|C7391046]]; Phone: [[PHONE_NUMBER|+84 90 318 2276]]; Purpose of visit: tourism",
    "[[PERSON|Ingrid Sørensen]] ([[EMAIL_ADDRESS|ingrid.sorensen@hotmail.dk]]) asked for a late checkout and settled the bill with card [[CREDIT_CARD|4716 2093 8841 5725]].",
    "[[PERSON|Zhang Wei]], resident identity number [[ID_NUMBER|440305198709263817]], booked a twin room in Guilin; contact [[PHONE_NUMBER|+86 138 2741 0593]].",
    "[[PERSON|KIM/SEOYEON]] MS, F, [[ID_NUMBER|910624-2847316]], ICN-LHR, seat 32A",
    "Tour guide profile | Name: [[PERSON|Abena Asante-Boateng]] | Licence: [[ID_NUMBER|GH-TG-22841]] | Phone: [[PHONE_NUMBER|+233 24 418 7702]] | Languages: English, Twi, French",
    "NHS number [[ID_NUMBER|738 215 0968]] belongs to [[PERSON|Gwyneth Hale]], who was treated for heatstroke during the coach tour in Seville.",
    "User [[ID_NUMBER|halloway_lets]] ([[PERSON|Peter Halloway]]) signed in from [[IP_ADDRESS|192.0.2.9]] to update his holiday let calendar.",
    "[[PERSON|Lucia Ferrari]], codice fiscale [[ID_NUMBER|FRRLCU90A41L219I]], prenotazione tre notti, cellulare [[PHONE_NUMBER|347 902 1186]].",
    "[[PERSON|Marco Rossi]] | CF [[ID_NUMBER|RSSMRC79C14H501R]] | [[EMAIL_ADDRESS|marco.rossi79@libero.it]] | camera 12 | colazione inclusa",
    "Matkustaja: [[PERSON|Mikko Laine]], henkilötunnus [[ID_NUMBER|240387-6134]], puhelin [[PHONE_NUMBER|+358 40 718 2265]].",
    "Gość: [[PERSON|Tomasz Wójcik]], PESEL [[ID_NUMBER|88031417299]], e-mail [[EMAIL_ADDRESS|t.wojcik@wp.pl]], pokój 7.",
    "Hóspede: [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|318.604.275-53]], celular [[PHONE_NUMBER|+55 21 98734-2210]].",
    "Kiralayan: [[PERSON|Burak Aydın]] | TC Kimlik: [[ID_NUMBER|52903614808]] | Tel: [[PHONE_NUMBER|0533 614 02 91]] | Araç: Renault Clio",
    "[[PERSON|Tan Wei Ling]] (NRIC [[ID_NUMBER|S8734215H]]) booked the Sentosa staycation package with card [[CREDIT_CARD|6011 5823 0947 1630]].",
    "[[PERSON|Rahul Menon]], FIN [[ID_NUMBER|G5190348Q]], employment pass holder, asked for an airport pickup to [[STREET_ADDRESS|27 Jalan Kembangan, Singapore 419131]].",
    "[[PERSON|Chloe Brennan]]'s tax file number [[ID_NUMBER|417 285 309]] was written on her working holiday paperwork.",
    "[[PERSON|Jack Thornton]], Medicare [[ID_NUMBER|4081 53924 1]], mobile [[PHONE_NUMBER|0491 570 316]], twisted a knee on the Blue Mountains walk.",
    '{"name": "[[PERSON|Haruto Kobayashi]]", "my_number": "[[ID_NUMBER|6203 5817 4491]]", "email": "[[EMAIL_ADDRESS|haruto.k@ezweb.ne.jp]]"}',
    "[[PERSON|Niamh Gallagher]], PPS [[ID_NUMBER|6290417TA]], enrolled on the Connemara walking guide course.",
    "[[PERSON|Camille Girard]], n° de sécurité sociale [[ID_NUMBER|2 91 07 69 123 456 20]], née à Lyon, assurance voyage souscrite le 4 mai.",
    "Passager [[PERSON|Julien Moreau]] | NIR [[ID_NUMBER|1 83 11 75 114 062 58]] | tél. [[PHONE_NUMBER|06 39 98 52 17]]",
    "[[PERSON|Pieter Claes]], rijksregisternummer [[ID_NUMBER|78.11.04-219.18]], huurde een fiets in Brugge en betaalde de borg vanaf [[IBAN_CODE|BE96 0682 5174 4039]].",
    "[[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2860312407121]], cazare 4 nopți, telefon [[PHONE_NUMBER|+40 722 418 906]].",
    "Pasajera [[PERSON|Camila Rojas]], RUT [[ID_NUMBER|16.482.713-5]], asiento 14C, vuelo a Punta Arenas.",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48902130279]], rented a cabin on Saaremaa; email [[EMAIL_ADDRESS|kadri.tamm@gmail.com]].",
    "[[PERSON|Sigrún Jónsdóttir]] (kennitala [[ID_NUMBER|030591-2759]]) booked the glacier hike for two; phone [[PHONE_NUMBER|+354 862 4417]].",
    "[[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3148295070]], тур до Карпат, тел. [[PHONE_NUMBER|+380 67 214 5530]].",
    "[[PERSON|Jonas Becker]], Steuer-ID [[ID_NUMBER|57182049361]], Reisekostenabrechnung Mai, Erstattung an [[IBAN_CODE|DE07 1001 0010 0874 6291 53]].",
    "[[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], treated for a sprained ankle after the Tongariro crossing.",
    "[[PERSON|Erik Lindgren]], personnummer [[ID_NUMBER|880915-4738]], hyrbil från Kiruna flygplats, mobil [[PHONE_NUMBER|+46 70 318 44 92]].",
    "[[PERSON|Elin Nyström]] | medlem [[ID_NUMBER|SE-40281733]] | [[EMAIL_ADDRESS|elin.nystrom@telia.se]] | stuga 4",
    "[[PERSON|Marc-André Tremblay]], SIN [[ID_NUMBER|527 148 035]], seasonal ski instructor in the Laurentians, phone [[PHONE_NUMBER|(819) 555-0162]].",
    "[[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|9203185104081]], safari guide trainee, cell [[PHONE_NUMBER|+27 82 514 3307]].",
    "ΑΜΚΑ [[ID_NUMBER|29037914560]], [[PERSON|Ελένη Γεωργίου]], κράτηση δωματίου για 2 νύχτες, επιστροφή προκαταβολής στο [[IBAN_CODE|GR24 0110 1250 0000 0012 0938 4762 1]]",
    "[[PERSON|Yael Ben-David]], teudat zehut [[ID_NUMBER|312489065]], joined the Galilee cycling tour in April.",
    "[[PERSON|Daan Visser]], BSN [[ID_NUMBER|274183055]], boekte een vakantiehuis op Texel via [[EMAIL_ADDRESS|daan.visser@ziggo.nl]].",
    "[[PERSON|Fleur Jansen]]; BSN [[ID_NUMBER|158029367]]; [[PHONE_NUMBER|+31 6 4827 1903]]; reisverzekering afgesloten",
    "[[PERSON|Zofia Kaczmarek]], PESEL [[ID_NUMBER|95112703864]], przewodniczka po Krakowie, tel. [[PHONE_NUMBER|+48 601 284 917]]",
    "[[PERSON|Zeynep Koç]], T.C. [[ID_NUMBER|17604238944]], otel rezervasyonu 3 gece, e-posta [[EMAIL_ADDRESS|zeynep.koc@hotmail.com]]",
    "[[PERSON|Hamza El Idrissi]], NIE [[ID_NUMBER|Y4031927H]], alquiler de coche en Málaga, teléfono [[PHONE_NUMBER|+34 622 917 408]].",
    "[[PERSON|刘洋]]，身份证号 [[ID_NUMBER|510107199203117243]]，预订青城山一日游，手机 [[PHONE_NUMBER|139 8027 4415]]。",
    "[[PERSON|Park Jihoon]], passport [[ID_NUMBER|M72019384]], Jeju rental car, licensed since 2009.",
    "[[PERSON|Ravinder Kaur]], NHS [[ID_NUMBER|485 029 3166]], travel vaccination clinic, hepatitis A booster given.",
    "[[PERSON|Sneha Kulkarni]],[[ID_NUMBER|Z4817302]],[[EMAIL_ADDRESS|sneha.kulkarni@gmail.com]],Udaipur heritage walk",
    "[[PERSON|Tuula Heikkinen]], henkilötunnus [[ID_NUMBER|081169-482C]], mökkivuokraus Kuusamo, sähköposti [[EMAIL_ADDRESS|tuula.heikkinen@elisanet.fi]].",
    # records without a national id
    "Booking holder [[PERSON|Samuel Adjei]], [[STREET_ADDRESS|14 Coldharbour Lane, London SE5 9NR]], tel [[PHONE_NUMBER|020 7946 0183]].",
    "[[PERSON|Fiona Gallacher]] | passport [[ID_NUMBER|533910274]] | frequent flyer [[ID_NUMBER|9920418375]] | window seat",
    "[[PERSON|Charles Ogunleye]], tour escort, W-9 on file with SSN [[US_SSN|238-81-4072]].",
    '{"host": "[[PERSON|Beatriz Almeida]]", "iban": "[[IBAN_CODE|PT30 0035 0746 0009 8472 1356 8]]", "listing": "Casa Azul, Ericeira"}',
    '2025-03-14 09:12:44 login ok user=[[ID_NUMBER|nomadic.nina]] ip=[[IP_ADDRESS|203.0.113.88]] name="[[PERSON|Nina Castellanos]]"',
    "Mrs [[PERSON|Joan Partridge]], [[STREET_ADDRESS|6 Saltings Way, Aldeburgh IP15 5AX]], key safe [[PASSWORD|4417]], house-sitter arrives Tuesday.",
    "Driver: [[PERSON|Tariq Mahmood]], licence [[ID_NUMBER|MAHMO701247T99AB]], card [[CREDIT_CARD|4539 8172 6604 3370]], return to Bristol Airport.",
    "Wifi issued to [[PERSON|Greta Fischbach]], room 221: network Seeblick-Gast, key [[PASSWORD|Alpensee!4471]].",
    "[[PERSON|Olamide Johnson]], [[EMAIL_ADDRESS|olamide.j@yahoo.com]], [[PHONE_NUMBER|+234 803 417 2258]], Lagos to Accra coach, seat 12",
    "Reservation for Mr [[PERSON|Anwar Siddiqui]], guaranteed late arrival on Amex [[CREDIT_CARD|3791 402856 11395]].",
    "[[PERSON|Hiroko Matsuda]] / パスポート [[ID_NUMBER|TK4829173]] / [[PHONE_NUMBER|080-3361-9025]] / 京都駅 pickup",
    "[[PERSON|Alfie Brennan]], [[EMAIL_ADDRESS|alfie.brennan@icloud.com]], SSN [[US_SSN|371-06-2945]], Orlando villa rental application.",
    "[[PERSON|Gianna Russo]] generated API key [[API_KEY|tg_live_Qm38VbX71nR2kLp90wZs]] for her tour booking widget.",
    "Lost luggage report: passenger [[PERSON|Obinna Chukwu]], deliver to [[STREET_ADDRESS|22 Rue des Capucins, 69001 Lyon]], phone [[PHONE_NUMBER|+33 6 39 98 17 40]].",
    "[[PERSON|Ivana Horvat]]; [[EMAIL_ADDRESS|ivana.horvat@gmail.com]]; [[IBAN_CODE|HR58 2402 0061 1083 2947 150]]; apartman Makarska",
    "Staff record: [[PERSON|Bronwen Lloyd]], housekeeping, employee no. [[ID_NUMBER|20419]], locker code [[PASSWORD|6638]].",
    "Guest [[PERSON|Kwabena Osei]] wants the invoice sent to [[EMAIL_ADDRESS|kwabena.osei@outlook.com]]; paid by card [[CREDIT_CARD|2223 0419 7785 3648]].",
    "[[PERSON|Ayşe Demirtaş]], [[PHONE_NUMBER|+90 544 918 26 03]], Kapadokya balon turu, 2 kişi",
    "Dear Ms [[PERSON|Whitcombe]], your house-sit starts on 3 May at [[STREET_ADDRESS|18 Orchard Rise, Ludlow SY8 1QT]]. The alarm PIN is [[PASSWORD|9052]].",
    "[[PERSON|Rafael Mendoza Silva]] | [[PHONE_NUMBER|(312) 555-0147]] | [[EMAIL_ADDRESS|rafa.mendoza@gmail.com]] | Cancún airport transfer",
    "[[PERSON|Ngaio Te Rangi]],[[EMAIL_ADDRESS|ngaio.terangi@xtra.co.nz]],[[PHONE_NUMBER|+64 21 448 9031]],Queenstown,jet boat",
    "[[PERSON|Fatima Zahra Benali]], passport [[ID_NUMBER|WK3928174]], visa application submitted, phone [[PHONE_NUMBER|+212 661 402 873]].",
    "Account lockout: user [[ID_NUMBER|d.okafor-hill]] ([[PERSON|Darnell Okafor-Hill]]), last IP [[IP_ADDRESS|198.51.100.142]], password reset to [[PASSWORD|Temp#Okr2291]].",
    "[[PERSON|Hamid Karimi]] paid the Isfahan tour deposit from [[IBAN_CODE|CH77 0076 2128 3640 1927 A]].",
    "Passenger [[PERSON|Brigitte Lambert]], seat 4A, Flying Blue [[ID_NUMBER|1048 3392 71]], special meal VGML.",
    "[[PERSON|Cormac Doyle]], [[STREET_ADDRESS|41 Seafield Road, Clontarf, Dublin 3, D03 K2X9]], [[PHONE_NUMBER|+353 86 214 7730]]",
    "[[PERSON|Sun Li]], [[EMAIL_ADDRESS|sun.li.travel@qq.com]], [[IP_ADDRESS|192.0.2.217]], booked via the mobile app",
    "[[PERSON|Priscilla Amankwah]], holiday let guest, card [[CREDIT_CARD|4024 0071 5938 6217]], damage hold £200",
    "[[PERSON|Ewan Fraser]] was given the wifi passphrase '[[PASSWORD|heather-on-the-hill-9]]' for lodge 3; checkout Friday.",
    "Refund due to [[PERSON|Aisling Kehoe]]: [[IBAN_CODE|IE19 BOFI 9058 3318 4620 91]], cancelled Galway walking tour.",
    "[[PERSON|Oluwaseun Adebayo]], SSN [[US_SSN|604-33-1187]], Houston, application for airline ground staff role.",
    "[[PERSON|Rohan Desai]] | [[EMAIL_ADDRESS|rohan.desai@gmail.com]] | [[IP_ADDRESS|2001:db8:7c1::42]] | newsletter signup on hotel wifi",
    "[[PERSON|Mia Schultz]], gate code [[PASSWORD|2209#]], Ferienwohnung Warnemünde, arrival 16:00.",
    "[[PERSON|Kenneth Abara]], rental loyalty member [[ID_NUMBER|71839204]], pickup LAX, phone [[PHONE_NUMBER|(310) 555-0128]].",
    'log 14:07 api_key=[[API_KEY|ak_prod_7Hn2Qx9LmV4rT8cW3zB6]] owner="[[PERSON|Sofía Herrera]]" service=tour-availability',
    "[[PERSON|Lucas Martin]], [[STREET_ADDRESS|17 avenue Jean Jaurès, 33000 Bordeaux]], carte [[CREDIT_CARD|4903 6628 1170 5489]]",
    "[[PERSON|Thabo Nkosi]], passport [[ID_NUMBER|A06529184]], Maseru border crossing, contact [[PHONE_NUMBER|+27 73 402 8815]]",
    "[[PERSON|Ana Lúcia Ferreira]]; [[STREET_ADDRESS|Rua dos Fanqueiros 44, 1100-231 Lisboa]]; [[PHONE_NUMBER|+351 918 402 337]]; casa de férias",
    "[[PERSON|Gabriel Lefèvre]], IBAN [[IBAN_CODE|FR40 3000 4028 3700 0194 5286 163]], remboursement de la caution du gîte.",
    "Agent portal: username [[ID_NUMBER|travelbypaula]] / password [[PASSWORD|Seville#Spring24]] / [[PERSON|Paula Reyes]]",
    "[[PERSON|Noor Al-Sayed]], [[EMAIL_ADDRESS|noor.alsayed@gmail.com]], [[PHONE_NUMBER|+971 50 718 4429]], desert safari, 2 adults",
    "[[PERSON|Björn Åkesson]], locker 57, locker code [[PASSWORD|8130]], ski hire until Sunday.",
    "[[PERSON|Valentina Greco]], [[IBAN_CODE|IT60 X030 6909 6061 0000 0417 823]], rimborso caparra appartamento Positano",
    "Dear Mr [[PERSON|Kowalczuk]], your visa appointment is confirmed. Please bring passport [[ID_NUMBER|EK4820193]] and a printed copy of this letter.",
    "[[PERSON|Tomoko Ishikawa]] paid ¥48,000 for the Hakone ryokan with card [[CREDIT_CARD|5599 0813 2746 6815]].",
    "[[PERSON|Declan Murphy]], [[US_SSN|287-50-6613]], Boston, seasonal park ranger application",
    "[[PERSON|Esperanza Cruz]] | username [[ID_NUMBER|esp.cruz]] | wifi key [[PASSWORD|Palmeras2025]] | casita 2",
    "[[PERSON|Andreas Christodoulou]] rented the Limassol flat; deposit returned to [[IBAN_CODE|CY66 0020 0195 0000 3570 0483 0129]], key code [[PASSWORD|6021]].",
]

# 25 MT-Bench/Vicuna-style prompts (some naming historical or fictional people).
CLEAN_MTBENCH = [
    "Write a persuasive blog post about visiting Lisbon in winter, focusing on the food, the light and the lack of crowds.",
    "Imagine you are Phileas Fogg addressing the Reform Club: explain why you thought you had lost the wager, and how crossing the date line saved you.",
    "Compose a sequence of four haiku about a night train crossing the Alps.",
    "Compare the environmental cost of flying, taking the train and taking a coach for a 600 km journey, and recommend one for a family of four.",
    "You are the general manager of a 200-room hotel. Draft a five-point plan to cut food waste at the breakfast buffet without annoying guests.",
    "Explain to a ten-year-old how time zones work and why travellers feel tired after long flights east.",
    "Role-play Basil Fawlty answering a guest who complains that the breakfast was cold, but make him unusually polite.",
    "Trace the main routes of Ibn Battuta's travels and explain what they reveal about the fourteenth-century world.",
    "Write a Python function that takes a list of flight legs (origin, destination, departure, arrival) and checks that every connection allows at least 45 minutes.",
    "Extract the airline, flight number, departure city and arrival time from this sentence as JSON: 'Flight AZ 611 leaves Rome at 10:25 and lands in New York at 14:05 local time.'",
    "How could Venice manage tourism so that residents are not priced out of the city? Give three policy options and their trade-offs.",
    "Write a short story in which Marco Polo's travel journal turns up in a modern airport's lost-and-found office.",
    "What questions should a first-time house-sitter ask the homeowners before they leave?",
    "Rewrite this hotel policy in plain English: 'Guests shall vacate the premises no later than 11:00 hours on the date of departure, failing which an additional charge may be levied at management's discretion.'",
    "Draft an email template a tour company could send when a trip is cancelled because of a volcanic ash cloud.",
    "If Odysseus left an online review of Circe's island, what would it say? Keep it under 150 words.",
    "What are the pros and cons of a Mediterranean cruise compared with travelling the same coast independently by train and ferry?",
    "A plane flies from A to B at 800 km/h with a tailwind and back at 640 km/h into the wind. What is its average speed for the round trip, and why is it not 720 km/h?",
    "Write a SQL query listing hotels with an average rating above 4.5 and at least 100 reviews, given tables hotels(id, name, city) and reviews(hotel_id, rating).",
    "Describe the voyage of Jules Verne's Nautilus as if it were a page from a luxury cruise brochure.",
    "Explain the difference between a visa, a residence permit and an electronic travel authorisation.",
    "Suggest a five-day itinerary in Kyoto for someone who loves gardens and hates crowds.",
    "Write a limerick about a suitcase that keeps being sent to the wrong city.",
    "Summarise what is known about Amelia Earhart's final flight in 1937 and the main theories about her disappearance.",
    "What makes a good tour guide? List the key skills and give a short example of each.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Rosa books a hotel room for 4 nights at $115 a night. A 12% tax is added to the total. How much does she pay altogether?",
    "A tour bus holds 52 passengers. If 197 people signed up for the castle tour, how many buses are needed, and how many seats will be empty?",
    "Kwame's flight leaves at 9:40 a.m. He wants to be at the airport 2 hours early, the drive takes 55 minutes and parking takes 20 minutes. What time should he leave home?",
    "Five friends rent a villa for $2,150. Lena pays $600, Tom pays $450 and the other three split the rest equally. How much does each of the other three pay?",
    "A car hire costs €38 a day plus a one-off €45 insurance fee. Marta hires a car for 9 days and has a voucher for 10% off the daily charges only. What is her total?",
    "An airline allows 23 kg of checked luggage. Priya's suitcase weighs 27.5 kg, and excess costs £12 for each kilogram or part of a kilogram. How much does she pay?",
    "A guest house has 14 rooms. On Friday 11 are occupied, on Saturday all are occupied and on Sunday 6 are. What is the average occupancy over the three nights, as a percentage?",
    "Jonah walks 18 km on the first day of a trek, 20% farther on the second day and 5 km less than the second day on the third. How far does he walk in total?",
    "A travel agent earns 8% commission on a $3,400 cruise and 5% on a $1,200 flight package. How much commission does she earn?",
    "Ines changes £500 into euros at 1.16 euros per pound, spends 420 euros, and changes the rest back at 1.19 euros per pound. How many pounds does she get back, to the nearest penny?",
    "A train leaves at 14:25 and arrives at 19:10. It stops for 6 minutes at each of 5 stations. For how long is it actually moving?",
    "Hotel breakfast costs $18 for adults and half that for children. A family of 2 adults and 3 children stays 4 nights. How much do they pay for breakfast?",
    "Mateo's holiday budget is $1,800. He spends 40% on flights and a quarter of what is left on the hotel. How much is left for everything else?",
    "A ferry makes 6 crossings a day and carries 240 passengers when full. On Monday it was 75% full on average. How many passengers did it carry that day?",
    "Aiko saves $35 a week for a trip to Lisbon that costs $1,260. She already has $210. How many more weeks must she save?",
    "Nine hikers each pay a guide $45 and also share a $60 tip equally. How much does each hiker pay in total?",
    "A suitcase costs $140. It is on sale for 25% off, and Sam has a coupon for a further $15 off the sale price. How much does he pay?",
    "A plane flies 2,760 km in 3 hours 45 minutes. What is its average speed in kilometres per hour?",
    "A holiday cottage charges £95 a night from Sunday to Thursday and £130 on Friday and Saturday nights. How much is a stay arriving Wednesday and leaving the following Monday morning?",
    "Nadia's tour group has 24 people. One third want the museum, half of the rest want the market and everyone else wants the beach. How many go to the beach?",
    "A hostel dorm bed costs $22 a night and a private double room costs $65 a night. How much do four friends save over 3 nights by taking four dorm beds instead of two private rooms?",
    "Leo drives 420 km in a rental car that uses 6.5 litres per 100 km. Fuel costs €1.80 a litre. How much does the fuel cost?",
    "A hotel has 120 rooms and 95 need cleaning today. Each housekeeper can clean 14 rooms in a shift. How many housekeepers are needed?",
    "Chen buys 3 museum passes at $28 each and 2 bus passes at $12 each, and pays with a $150 note. How much change does he get?",
    "Ruth's flight is delayed 3 hours 40 minutes. The airline gives a $15 meal voucher for each full 2 hours of delay. How much in vouchers does she get?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which international agreement sets an airline's liability for lost or damaged checked baggage on most international flights? A) The Chicago Convention B) The Montreal Convention C) The Geneva Convention D) The Schengen Agreement",
    "In hotel revenue management, RevPAR is calculated as: A) total revenue divided by number of guests B) room revenue divided by rooms available C) room revenue divided by staff numbers D) average daily rate minus costs",
    "Which city is the capital of Vietnam? A) Ho Chi Minh City B) Da Nang C) Hanoi D) Hue",
    "The Schengen Area mainly removes: A) customs duties on all goods B) routine border checks between member states C) visa requirements for all visitors D) the need for passports worldwide",
    "Jet lag is mainly caused by: A) dehydration alone B) a mismatch between the body clock and local time C) cabin noise D) airline food",
    "In tourism, the 'shoulder season' is: A) the busiest weeks of summer B) the period between peak and off-peak seasons C) the winter closing period D) a festival week",
    "Which IATA airport code belongs to London Heathrow? A) LGW B) LHR C) LCY D) STN",
    "Compared with leisure travel, demand for business air travel is usually: A) more price elastic B) less price elastic C) perfectly elastic D) unrelated to income",
    "Whose expedition made the first circumnavigation of the globe, completed after his death? A) Vasco da Gama B) Ferdinand Magellan C) James Cook D) Christopher Columbus",
    "Santorini belongs to which Greek island group? A) Dodecanese B) Ionian Islands C) Cyclades D) Sporades",
    "Airlines overbook flights mainly to: A) fill the cabin despite passengers who do not show up B) reduce fuel use C) meet safety rules D) avoid paying taxes",
    "Which organisation sets the standard for machine-readable passports? A) ICAO B) IATA C) UNESCO D) WHO",
    "At a hotel, 'half board' usually includes: A) the room only B) breakfast only C) breakfast and one other main meal D) all meals and drinks",
    "Mount Fuji is on which Japanese island? A) Hokkaido B) Honshu C) Kyushu D) Shikoku",
    "What is the currency of Turkey? A) Lira B) Dinar C) Drachma D) Lev",
    "A travel agent paid a percentage of each booking by the supplier earns: A) a markup B) a commission C) a tariff D) an excise duty",
    "Which is an example of a 'pull factor' in tourism? A) high unemployment at home B) a warm climate at the destination C) political unrest at home D) rising rents at home",
    "The Strait of Gibraltar connects the Mediterranean Sea with which ocean? A) Indian B) Arctic C) Atlantic D) Pacific",
    "In the hotel trade, a 'no-show' is a guest who: A) checks out early B) neither arrives nor cancels a reservation C) complains at check-in D) books through an agent",
    "Which Vietnamese dish is a noodle soup usually made with beef or chicken broth? A) Bánh mì B) Phở C) Gỏi cuốn D) Chả giò",
    "Which temple stands on the Acropolis of Athens? A) The Temple of Olympian Zeus B) The Parthenon C) The Pantheon D) The Temple of Apollo at Delphi",
    "Which document normally allows a foreign national to enter a country for a set purpose and period? A) A visa B) A boarding pass C) A baggage tag D) A loyalty card",
    "Florence's Ponte Vecchio crosses which river? A) Tiber B) Po C) Arno D) Adige",
    "The time difference between two places depends mainly on their: A) latitude B) longitude C) altitude D) climate",
    "In Dutch, 'dank je wel' means: A) goodbye B) thank you C) excuse me D) good night",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How can I reduce jet lag after flying from London to Tokyo?",
    "What are the warning signs of a blood clot in the leg after a long-haul flight?",
    "Is it safe to fly when 32 weeks pregnant, and what do airlines usually ask for?",
    "What should go in a basic first-aid kit for a month of backpacking in South-East Asia?",
    "How should insulin doses be adjusted when flying across eight time zones?",
    "What helps with seasickness on a ferry, and do acupressure wristbands actually work?",
    "Which vaccinations are usually recommended before a trip to Vietnam?",
    "How do I recognise altitude sickness when trekking in Nepal, and when should I go down?",
    "Why do my ears hurt when a plane lands, and how can I stop it?",
    "Is tap water generally safe to drink in Greece and Turkey?",
    "What is the best way to manage traveller's diarrhoea without antibiotics?",
    "Can I carry prescription ADHD medication into Japan, and what paperwork is needed?",
    "How long after a heavy cold should I wait before scuba diving on holiday?",
    "What is the difference between heat exhaustion and heatstroke?",
    "Do I need malaria tablets for a safari in Tanzania, and what are the common side effects?",
    "How can I avoid bed bugs in hotels, and how are the bites treated?",
    "Is it okay to take melatonin to sleep on an overnight flight?",
    "What precautions should someone with a severe peanut allergy take when flying?",
    "How soon after knee surgery is it safe to take a long flight?",
    "What SPF is enough for a week of skiing at high altitude?",
    "What are the symptoms of dengue fever, and when should I see a doctor after coming home?",
    "How can I keep blood pressure medication cool on a beach holiday?",
    "What is the safest way to travel by car with a toddler who gets car sick?",
    "Should I worry about a tick bite after hiking in the Austrian Alps?",
    "How do I avoid getting dehydrated on a 14-hour flight?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "BNCGLI84M52F205G": codice_fiscale_ok,
    "34817092644": kimlik_ok,
    "11088421737": luhn_len(11),  # Greek AMKA
    "619304728": bsn_ok,
    "248715399": nif_ok,
    "48217630Q": dni_ok,
    "7341 9028 5169": aadhaar_ok,
    "15049247122": fodselsnummer_ok,
    "856203/4712": rodne_cislo_ok,
    "440305198709263817": china_id_ok,
    "910624-2847316": rrn_ok,
    "738 215 0968": nhs_ok,
    "FRRLCU90A41L219I": codice_fiscale_ok,
    "RSSMRC79C14H501R": codice_fiscale_ok,
    "240387-6134": hetu_ok,
    "88031417299": pesel_ok,
    "318.604.275-53": cpf_ok,
    "52903614808": kimlik_ok,
    "S8734215H": nric_ok,
    "G5190348Q": nric_ok,
    "417 285 309": tfn_ok,
    "4081 53924 1": medicare_ok,
    "6203 5817 4491": my_number_ok,
    "6290417TA": pps_ok,
    "2 91 07 69 123 456 20": nir_ok,
    "1 83 11 75 114 062 58": nir_ok,
    "78.11.04-219.18": belgian_id_ok,
    "2860312407121": cnp_ok,
    "16.482.713-5": rut_ok,
    "48902130279": isikukood_ok,
    "030591-2759": kennitala_ok,
    "3148295070": rnokpp_ok,
    "57182049361": steuer_id_ok,
    "ZKT4821": nhi_ok,
    "880915-4738": luhn_len(10),  # Swedish personnummer
    "527 148 035": luhn_len(9),  # Canadian SIN
    "9203185104081": luhn_len(13),  # South African id
    "29037914560": luhn_len(11),
    "312489065": luhn_len(9),  # Israeli teudat zehut
    "274183055": bsn_ok,
    "158029367": bsn_ok,
    "95112703864": pesel_ok,
    "17604238944": kimlik_ok,
    "Y4031927H": dni_ok,
    "510107199203117243": china_id_ok,
    "485 029 3166": nhs_ok,
    "081169-482C": hetu_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"(\+39 )?3\d{2} \d{3} \d{4}",  # Italy mobile
        r"\+31 6 \d{4} \d{4}",  # Netherlands mobile
        r"05\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"\+84 9\d \d{3} \d{4}",
        r"69\d{2} \d{6}",  # Greece mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"\+34 6\d{2} \d{3} \d{3}",  # Spain mobile
        r"\+351 9\d{2} \d{3} \d{3}",  # Portugal mobile
        r"08[3-9] \d{3} \d{4}",  # Ireland mobile
        r"\+91 \d{5} \d{5}",  # India mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"\+(27|40|46|48|55|64|86|212|233|234|353|354|358|380|385|971) [\d -]+\d",  # no fiction range known
    )
]


def check_records() -> None:
    """Each record names exactly one person (one PERSON value, which may recur)."""
    for marked in RECORDS:
        names = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(names) != 1:
            raise SystemExit(f"records: {len(names)} names in {marked[:60]!r}")


def check_mix() -> None:
    """The chat requests name private people, hold secrets and carry every type; the MMLU
    items carry options A to D."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    for item in CLEAN_MMLU:
        if not all(f"{letter}) " in item for letter in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")
    plain = {strip_marks(t)[0] for t in CHAT + RECORDS}
    if len(plain) != len(CHAT) + len(RECORDS):
        raise SystemExit("a text appears twice")


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
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind120", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
