# ruff: noqa: E501
"""A sixty-fifth blind privacy set: 220 texts with personal data and 100 clean ones, short
everyday chat with personal data and few cues.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations), each 3 to 50 words:

* 70 lower-case chat messages that drop names casually, with no "my name is" ("ask ngozi
  if she still has my charger"): first names, surnames alone, nicknames, names after
  relation words and titles (nana, my sister, mrs, grandad) and names inside little
  stories and anecdotes;
* 40 lower-case messages carrying numbers, codes and secrets typed with no keyword
  (a door number, a wifi key, a one-time code, a phone, an e-mail, an address, a card, an
  IBAN, an SSN, an IP, a handle, a national id), most with a name beside them;
* 70 messages of the same kinds typed with capitals, names and anecdotes;
* 40 messages of numbers, codes, secrets and keys typed with capitals.

The names come from many origins: Nigerian, Vietnamese, Polish, Arabic, Indian, Chinese
(pinyin), Irish, Welsh, Basque, Finnish and Hawaiian above all, and Ghanaian, Samoan,
Japanese, Portuguese, Italian, Swedish, Dutch, Somali, French Canadian and English beside
them. No message holds the words password, pin, code, username, login, IBAN, SSN, "phone
number", "email address", "api key" or "my name is": the builder checks it.

Usernames, handles and logins, member, staff and gym numbers, passports and national ids
are ID_NUMBER; door, gate, alarm and lock numbers, wifi and router keys, one-time codes
and passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Aunty, Auntie,
nana, grandad, my sister) stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; public figures, companies, places,
buildings named after people, fictional characters and dates of birth are not labelled;
every occurrence of a private value is marked. The 100 clean texts (3 to 50 words) hold
no personal data at all, only capitalised words that are not personal data: 20 about
places, brands, products and apps, 20 about weekdays, months, public figures, fictional
characters and sports teams, 20 requests for stories whose characters are named only by
their roles, 20 word problems with fictional first names and 20 with numbers that are
prices, times, sizes, versions and scores.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 029 2018 0;
North America 555-01xx; Australia 0491 570) and in each country's own layout elsewhere
(Nigeria, Poland, Vietnam, Finland, Ireland, China, Ghana, New Zealand, Spain); cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (Polish PESEL, Finnish henkilötunnus, Irish PPS
number, Spanish DNI, NHS number, Chinese resident id, Indian Aadhaar, Canadian SIN).

Run ``.venv/bin/python bench/data/build_blind65.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    check_counts,
    check_national_ids,
    check_values,
    china_id_ok,
    dni_ok,
    hetu_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    pesel_ok,
    pps_ok,
)
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

MIN_CHARS = 12
MAX_WORDS = 50
TEXT_WORDS = (3, 50)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunty|Auntie|Uncle|Nana|Nan|Grandma|Grandad|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 70 lower-case messages dropping names casually.
LOWER_NAMES = [
    "can u ask [[PERSON|ngozi]] if she still has my charger",
    "tell [[PERSON|adebayo]] im running 10 mins late",
    "lunch w/ [[PERSON|niamh]] and [[PERSON|wojtek]] tmrw? 1ish",
    "[[PERSON|okafor]] said the invoice went out friday, can someone double check",
    "did [[PERSON|thanh]] get home ok last night",
    "remind me to call nana [[PERSON|leilani]] on sunday, her new one is [[PHONE_NUMBER|808-555-0177]]",
    "[[PERSON|iñaki]]'s bringing the cider so dont buy any",
    "so [[PERSON|aino]] just walks into the quarterly review carrying a whole cake, puts it down, says nothing and leaves. nobody knows why. best meeting this year",
    "is [[PERSON|kowalczyk]] still on the rota for saturday or did he swap",
    "pls forward the slides to [[PERSON|huw]] before 3, [[EMAIL_ADDRESS|huw.bevan@tregaron-media.co.uk]]",
    "ok who invited [[PERSON|bex]]'s ex",
    "[[PERSON|yousef]] and [[PERSON|tariq]] both off sick so its just us two",
    "can someone grab [[PERSON|keoni]] from football, im stuck on the m4",
    "[[PERSON|meirion]] says the boiler man is coming between 8 and 12, office is [[PHONE_NUMBER|029 2018 0442]] if he doesn't show",
    "anyone know if [[PERSON|chiamaka]] got the job?",
    "[[PERSON|zhang wei]] left his umbrella in the meeting room again 🙄",
    "[[PERSON|eero]]'s flight lands 6:40, who's doing the airport run",
    "my sister [[PERSON|bethan]] wants to know if the spare room's free in march",
    "gave the spare keys to mrs [[PERSON|haddad]] downstairs, and the alarm's [[PASSWORD|6604]]",
    "[[PERSON|ciarán]] reckons we're overpaying for the van insurance by a mile",
    "text [[PERSON|amaia]] that the table got moved to 9",
    "ha [[PERSON|tuomas]] fell asleep on the train and woke up in tampere",
    "does [[PERSON|lakshmi]] still want the sofa or shall i list it",
    "ugh [[PERSON|gruffudd]] replied all to the whole company. again.",
    "sending this to [[PERSON|deepika]] and [[PERSON|arjun]] now",
    "old [[PERSON|virtanen]] next door fixed my bike chain for nothing, what a legend",
    "can you cover [[PERSON|olatz]] on thursday, her little one has a temperature",
    "just bumped into [[PERSON|gráinne]] at the petrol station, she says hi",
    "[[PERSON|tunde]] still owes me 20 from the quiz",
    "[[PERSON|liu yang]] is chairing the call today not me",
    "wait did [[PERSON|kalani]] actually quit or was that a joke",
    "ask [[PERSON|mahina]] if she wants the blue one or the green",
    "[[PERSON|przemek]] sorted the leak in like five minutes, send him a bottle of something nice",
    "pretty sure [[PERSON|dervla]] has the spare key",
    "[[PERSON|nguyen thi huong]] rang about the parcel, she'll try again tomorrow",
    "whatever you do dont tell [[PERSON|aitor]] about saturday",
    "[[PERSON|rohan]] and [[PERSON|kavya]] are coming at 7 so make it 6 plates",
    "saw [[PERSON|nnamdi]] at the gym, he's enormous now",
    "can u check if [[PERSON|päivi]] signed off the budget",
    "[[PERSON|gaz]] says quiz night is off",
    "hey is [[PERSON|chen jie]] still doing the school run this week?",
    "my nan [[PERSON|ffion]] turns 90 on saturday, card ideas pls",
    "when [[PERSON|zofia]] comes in send her straight to room 4",
    "[[PERSON|fatima]]'s cat got out again, keep an eye out for a grey tabby with one white paw",
    "[[PERSON|noelani]] drove all the way from hilo just to drop off mangoes. absolute angel",
    "[[PERSON|iyer]] from accounts wants all receipts by end of day",
    "do we know what time [[PERSON|khanh]] finishes",
    "so yesterday [[PERSON|eneko]] tries to parallel park the minibus and takes out a wheelie bin. bin is fine. [[PERSON|eneko]]'s pride is not",
    "feel like [[PERSON|bilal]] is avoiding me since the thing",
    "could we put [[PERSON|rhys]] and [[PERSON|cerys]] on the same table",
    "[[PERSON|funmilayo]] is bringing jollof, we just need drinks and ice",
    "pickup for [[PERSON|kekoa]] is 3:15 today not 3:30",
    "dentist moved my appointment. also [[PERSON|jari]] called, ring him back",
    "[[PERSON|sun yue]] sent the contract back unsigned??",
    "love how [[PERSON|agnieszka]] fixed the printer just by glaring at it",
    "[[PERSON|seun]]'s not picking up, try his lagos line [[PHONE_NUMBER|+234 802 519 3086]]",
    "[[PERSON|rania]] wants the playlist from the wedding",
    "need someone to swap the 14th with me, maybe [[PERSON|itziar]]?",
    "[[PERSON|bao]] and [[PERSON|duc]] are moving flats, anyone got a van",
    "[[PERSON|mäkinen]] wants a word before the board meeting, [[PHONE_NUMBER|040 718 2354]]",
    "[[PERSON|tommo]]'s stag is the third weekend of june btw, book it off",
    "[[PERSON|srinivasan]] just approved it, prod token is [[API_KEY|hgw_prod_7xq2mz9kt4vw8rp1ln5sb3dy]], go go go",
    "cant find [[PERSON|emyr]] anywhere, is he in today",
    "[[PERSON|ikaika]] taught the kids to surf this morning and now they won't shut up about it",
    "ask [[PERSON|xu jing]] if the samples turned up",
    "the new lad [[PERSON|unai]] seems nice. quiet though",
    "[[PERSON|kelechi]] left her scarf here, i'll bring it thursday",
    "[[PERSON|harpreet]] and [[PERSON|gurpreet]] both want the window seat, let them fight it out",
    "tell grandad [[PERSON|dafydd]] we'll be there by 2",
    "so my uncle [[PERSON|kainoa]] decides to barbecue in the rain, the grill floods, he orders pizza and tells everyone it was the plan all along",
]

# 40 lower-case messages with numbers, codes and secrets typed with no keyword.
LOWER_NUMBERS = [
    "side gate is [[PASSWORD|7302]], the back door sticks so lift the handle",
    "wifi's [[PASSWORD|b4nanabread!7]] btw",
    "ring [[PERSON|adaeze]] on [[PHONE_NUMBER|07700 900217]] if im not back by 6",
    "its [[PASSWORD|8815]] then press the bell twice",
    "[[PERSON|chidi]]'s new number [[PHONE_NUMBER|07700 900583]]",
    "[[PERSON|wojciech]] said send it to [[EMAIL_ADDRESS|wojciech.dabrowski@outlook.com]] not the work one",
    "[[ID_NUMBER|k.virtanen88]] and then [[PASSWORD|sauna-lake-42]] for the shared drive",
    "alarm [[PASSWORD|2046]], front door [[PASSWORD|1190]]",
    "key's under the pot then [[PASSWORD|5518]] on the keypad",
    "we're at [[STREET_ADDRESS|41 heol y nant, cardiff cf14 6hl]] now, come round whenever",
    "ping me on [[PHONE_NUMBER|020 7946 0391]] not the mobile",
    "[[PASSWORD|ha!naw4ii2]] for the router, the guest one is [[PASSWORD|mahalo-beach-9]]",
    "it's [[PASSWORD|tigerlily19]], all one word",
    "can u put the deposit on [[CREDIT_CARD|4921 8750 3366 2944]] exp 09/27",
    "ssh in as root on [[IP_ADDRESS|203.0.113.74]] and restart nginx",
    "send the caravan money to [[IBAN_CODE|gb20 midl 4022 1731 8490 62]] and put your surname as the ref",
    "[[US_SSN|412-67-3095]] thats mine for the form, dont lose it",
    "sorry new email is [[EMAIL_ADDRESS|o.nieminen@proton.me]]",
    "parcel goes to [[STREET_ADDRESS|rua das flores 118, 4050-265 porto]], c/o [[PERSON|inês]]",
    "call [[PERSON|keala]] [[PHONE_NUMBER|808-555-0143]] about the boat",
    "for the clinic form: [[ID_NUMBER|87031214677]], [[PERSON|kasia]] says they need it today",
    "gate's [[PASSWORD|3391#]] tonight",
    "the otp was [[PASSWORD|552190]] but it expired, resend?",
    "hotspot is rhoslan_5g and it wants [[PASSWORD|dafad-ddu-77]]",
    "[[PERSON|mele]] pls venmo me at [[ID_NUMBER|@lanakila-h]] for the tickets",
    "my new mobile [[PHONE_NUMBER|0491 570 338]], save it",
    "[[PERSON|bartek]] is [[PHONE_NUMBER|512 384 907]] if you need him on the day",
    "it's [[EMAIL_ADDRESS|thu.pham94@gmail.com]] not hotmail",
    "remote into [[IP_ADDRESS|198.51.100.142]] and use [[PASSWORD|kettle&crumpet5]]",
    "[[PERSON|saoirse]] [[PHONE_NUMBER|+353 87 412 6093]] if the driver gets lost",
    "tenants at [[STREET_ADDRESS|7 ffordd y felin, bangor ll57 2dp]] say the roof's leaking again",
    "[[CREDIT_CARD|6011 4927 5038 1637]] for the deposit, 03/28 on the front",
    "drop the box with [[PERSON|abdi]] at [[STREET_ADDRESS|22 lower precinct, coventry cv1 1dx]]",
    "[[ID_NUMBER|koa_surf_808]] on insta, add me",
    "[[PERSON|ewa]] needs it at [[EMAIL_ADDRESS|ewa.zielinska@wp.pl]] by monday",
    "[[PASSWORD|0612]] for the bike lock, same as always",
    "[[ID_NUMBER|6138 4720 9516]] is [[PERSON|ananya]]'s, for the gas connection kyc thing",
    "[[PERSON|päivi]]'s one for kela is [[ID_NUMBER|120589-5361]], the rest is on the letter",
    "[[PERSON|sina]]'s on [[PHONE_NUMBER|+64 21 583 4470]], only call after 8 her time",
    "ok the new one is [[PASSWORD|ilikemycoffeeblack_3]] dont change it again",
]

# 70 messages typed with capitals: names dropped casually and little anecdotes.
CASED_NAMES = [
    "Tell [[PERSON|Adeyemi]] the van's outside",
    "Can you ask [[PERSON|Nguyen]] if the samples came back?",
    "Lunch with [[PERSON|Caoimhe]] and [[PERSON|Bartek]] on Friday?",
    "[[PERSON|Dafydd]] just sent the funniest voice note, listen when you're home",
    "Ask Mr [[PERSON|Balogun]] whether the hall is free on the 12th",
    "[[PERSON|Kasia]]'s leaving do is at the Crown, 6pm",
    "Has anyone heard from [[PERSON|Aoife]] since Tuesday?",
    "[[PERSON|Omar]] says the projector's fixed, false alarm",
    "So Grandma [[PERSON|Pualani]] decided to learn TikTok at 84 and now she has more followers than me",
    "[[PERSON|Arrieta]] will cover the morning shift",
    "Please cc Dr [[PERSON|Chatterjee]] on everything from now on",
    "[[PERSON|Ngozi]] and [[PERSON|Emeka]] are hosting this year 🎉",
    "[[PERSON|Huang]] was in a foul mood at standup, steer clear",
    "Did [[PERSON|Oisín]] ever give your drill back?",
    "[[PERSON|Wiśniewska]] wants the report in Polish and English by Wednesday",
    "Sorry [[PERSON|Makana]], wrong chat!",
    "[[PERSON|Meenakshi]]'s mum made way too much biryani, come over",
    "[[PERSON|Heikki]] and [[PERSON|Satu]] are doing the Helsinki City Run again",
    "Ring [[PERSON|Etxeberria]] back on [[PHONE_NUMBER|+34 612 48 93 07]] when you get a sec",
    "[[PERSON|Khalid]]'s kid threw up on the bus so we're running late",
    "Put [[PERSON|Llinos]] down for two tickets and pay with [[CREDIT_CARD|3792 480531 64727]]",
    "Story time: [[PERSON|Jędrzej]] tries to impress the in-laws by frying pierogi, sets off the smoke alarm, and the firefighters end up staying for dinner",
    "Is [[PERSON|Leilani]] still vegan or can I do the kalua pork?",
    "[[PERSON|Phuong]]'s at the vet with the dog, she'll join later",
    "Honestly I'd rather work with [[PERSON|Korhonen]] than [[PERSON|Mansour]]",
    "Anyone seen [[PERSON|Big Sal]]? Her car's blocking the loading bay",
    "Reminder: [[PERSON|Wang Fang]]'s birthday drinks Thursday",
    "[[PERSON|Yetunde]] absolutely killed it at the recital last night",
    "Can [[PERSON|Ainhoa]] borrow your car on Saturday?",
    "[[PERSON|Hamdan]] is the tall one with the beard, you can't miss him",
    "[[PERSON|Gwenllian]] has agreed to run the raffle, thank god",
    "Why did [[PERSON|Deano]] bring a karaoke machine to a christening",
    "My brother [[PERSON|Kaleo]] got engaged!!! To [[PERSON|Noa]]!!!",
    "Quick q: is it [[PERSON|Zainab]] or [[PERSON|Zaynab]] on the certificate?",
    "Sent [[PERSON|Pádraig]] the photos from Galway, his new one's [[EMAIL_ADDRESS|padraig.oconaill@eircom.net]]",
    "[[PERSON|Tran]] says the shipment's slipped to Monday",
    "Long story but [[PERSON|Lauri]] bet me he could swim to the island and back before the sauna heated up. Got halfway, waved for help, and [[PERSON|Juha]] had to row out in his pants. We are never letting him forget it.",
    "Haven't seen [[PERSON|Folake]] this happy since uni",
    "[[PERSON|Vu Minh Chau]] got promoted, drinks are on her",
    "Did [[PERSON|Samira]] sign the lease yet? The landlord still wants her [[US_SSN|287-41-6630]] on page two",
    "Ffs, [[PERSON|Szymański]] parked in my spot AGAIN",
    "Tell [[PERSON|Kainalu]] his surfboard is still in my garage",
    "[[PERSON|Uchenna]], [[PERSON|Ifeoma]] and I are splitting the Airbnb in Accra",
    "[[PERSON|Ilkka]]'s coming round at 8 to look at the router, it's still [[PASSWORD|Revontulet_2019]] right?",
    "Please thank Ms [[PERSON|Akana]] for the leis, the kids loved them",
    "[[PERSON|Siân]] can't make it, she's got covid again",
    "[[PERSON|Guo Qiang]] said he'd send the specs tonight",
    "Apparently [[PERSON|Eoghan]] proposed on top of Croagh Patrick in a hailstorm and she said yes before he'd even finished",
    "Let [[PERSON|Nerea]] know the taxi's booked for 5:15",
    "[[PERSON|Al-Sayed]] wants the minutes from last week's meeting",
    "[[PERSON|Venkatesh]] and [[PERSON|Lakshmi]] are doing the flowers",
    "If [[PERSON|Róisín]] calls, I'm in the shower",
    "[[PERSON|Grzegorz]] fixed the boiler AND put up the shelf. Legend.",
    "We should invite [[PERSON|Mahina]]'s parents too",
    "Ask [[PERSON|Zhou]] whether the visa letter's ready",
    "Aunty [[PERSON|Chinny]] is making puff puff for the party",
    "[[PERSON|Hoang Duc Anh]] and [[PERSON|Pham Ngoc Mai]] start Monday as interns",
    "Can [[PERSON|Bryn]] take the 10:40 class instead of me?",
    "[[PERSON|Mathieu Tremblay]] starts Monday, payroll needs [[ID_NUMBER|618 372 049]] before Friday",
    "[[PERSON|Urrutia]] missed the penalty at five-a-side and hasn't spoken since",
    "I owe [[PERSON|Bilal]] a coffee, remind me tomorrow",
    "[[PERSON|Nalani]]'s graduation is the 22nd, don't book anything",
    "Got a postcard from Auntie [[PERSON|Dilys]] in Tenby",
    "[[PERSON|Chiara Benedetti]] is taking over the Leeds account from next week",
    "[[PERSON|Adebayo Ogunleye]] rang twice while you were out, wants a call back on [[PHONE_NUMBER|0806 733 1942]]",
    "[[PERSON|Kazuki]] said the onsen was worth every yen",
    "Ask [[PERSON|Lindqvist]] about the parking permit, she's [[ID_NUMBER|E-20931]] on the staff list",
    "Okay who let [[PERSON|Jojo]] near the glitter",
    "When [[PERSON|Mei Ling]] moved in she brought nine plants, a turtle and zero furniture",
    "[[PERSON|Tavita]] from church dropped off a whole tray of panipopo, still warm",
]

# 40 messages typed with capitals carrying numbers, codes, secrets and keys.
CASED_NUMBERS = [
    "It's [[PASSWORD|5529]] for the bike shed, don't hand it out",
    "Guest wifi: [[PASSWORD|Mahalo#Koa77]]",
    "Ring me on [[PHONE_NUMBER|07700 900734]] when you land",
    "Send the deposit to [[IBAN_CODE|DE35 4305 0001 0928 1736 45]], reference FLAT2",
    "Hotel card is [[CREDIT_CARD|5452 0381 1947 3629]], 11/28, booking's under [[PERSON|Khalid Mansour]]",
    "SSH to [[IP_ADDRESS|198.51.100.23]] as deploy, then tail the logs",
    "[[PERSON|Aoife]] changed hers to [[EMAIL_ADDRESS|aoife.nimhaolain@gmail.com]]",
    "Wifi's [[PASSWORD|BlackberryJam_41]], the 5G one is rubbish",
    "Text [[PERSON|Kalani]] at [[PHONE_NUMBER|(808) 555-0119]] about the canoe",
    "Rotate [[API_KEY|AKIAQ7RZ4M2XKP9WLT3B]] asap, it ended up in the public repo",
    "Door [[PASSWORD|2217]], alarm [[PASSWORD|90531]], lights are on the left",
    "For the W-2 it's [[US_SSN|531-08-2247]], same as last year",
    "[[STREET_ADDRESS|Mannerheimintie 42 B 11, 00260 Helsinki]], that's [[PERSON|Eero]]'s new place, housewarming on the 9th",
    "Deliver to [[STREET_ADDRESS|94-1021 Kaholo St, Waipahu, HI 96797]] and leave it with Aunty [[PERSON|Mele]]",
    "The flat's [[STREET_ADDRESS|ul. Piotrkowska 118/4, 90-006 Łódź]], buzzer says [[PERSON|Dąbrowska]]",
    "[[STREET_ADDRESS|Flat 302, Lakshmi Towers, 5th Cross, Indiranagar, Bengaluru 560038]] – the courier keeps going to 301",
    "[[PHONE_NUMBER|0803 412 7765]] is [[PERSON|Chidi]]'s Lagos line, WhatsApp only",
    "[[PERSON|Minh]]'s Hanoi number is [[PHONE_NUMBER|0912 483 617]]",
    "Try [[PASSWORD|Lumi-Kettu-88]] on the laptop, then change it",
    "Revenue want [[PERSON|Gráinne]]'s PPS, it's [[ID_NUMBER|6290471CA]]",
    "[[PERSON|Itziar Arrieta]], [[ID_NUMBER|53184726D]], she's on the 8:05 to Bilbao",
    "Rent goes to [[IBAN_CODE|NL89 RABO 0318 2746 59]], [[PERSON|Jansen]]",
    "Add [[ID_NUMBER|koa-builds-808]] to the repo pls",
    "Gym's under [[ID_NUMBER|FIT-408172]], [[PERSON|Rhys]] can use it while I'm away",
    "Referral for Mrs [[PERSON|Angharad Pugh]], NHS [[ID_NUMBER|943 276 1584]], to the fracture clinic",
    "[[PERSON|Wang Lei]] [[ID_NUMBER|310115199008274625]] for the 19:20 to Shanghai",
    "IP's [[IP_ADDRESS|203.0.113.201]] if you need to allowlist me",
    "[[IP_ADDRESS|2001:db8:4c1f::a7]] is the box under [[PERSON|Tomasz]]'s desk",
    "Use [[CREDIT_CARD|4539 0176 2834 5171]] for the venue, 04/29",
    "Pay [[PERSON|Aino]] back to [[IBAN_CODE|FI26 4290 1700 0738 15]] when you can",
    "[[ID_NUMBER|95112848035]], that's [[PERSON|Agnieszka]]'s, for the clinic",
    "Leave the parcel at [[STREET_ADDRESS|14 Adeola Hopewell Street, Victoria Island, Lagos]] with the security man",
    "OTP [[PASSWORD|804 117]], quick before it times out",
    "Paste [[API_KEY|hgw_stg_4Rk9TqZ2mW7vXc1LpN8sBd3Y]] into the .env and restart the gateway",
    "[[PERSON|Dai]]'s NI is [[ID_NUMBER|JT 48 29 17 C]] for the payroll form",
    "Send the CV to [[EMAIL_ADDRESS|bethan.pritchard@gmail.com]] and cc [[PERSON|Iolo]]",
    "[[PERSON|Zhao Lei]] [[PHONE_NUMBER|+86 139 2087 4415]], he speaks good English",
    "Transfer to [[IBAN_CODE|ES63 2100 1476 3502 0031 8459]], [[PERSON|Garazi Etxeberria]]",
    "[[PERSON|Kwame]] is [[PHONE_NUMBER|+233 24 518 6627]], he'll meet you at arrivals",
    "Sorry wrong chat. Anyway [[PASSWORD|Pohutukawa!19]] is the new one for the NAS",
]

# 100 clean texts: capitalised words and numbers that are not personal data.
CLEAN_PLACES = [
    "Is the Lidl near the station open late tonight?",
    "Should I get the iPhone 15 or wait for the Pixel 9?",
    "Best way from Cardiff to Tenby without a car?",
    "Spotify keeps logging me out on my Samsung TV, any fix?",
    "is ikea wembley worth it on a sunday or total chaos",
    "Need a cheap hostel in Hội An for 3 nights",
    "Does Duolingo have Welsh? Want to learn a bit before the Eisteddfod",
    "Just tried the matcha at Pret, not bad actually",
    "Which is better for budgets, Google Sheets or Excel?",
    "how long is the ferry from helsinki to tallinn",
    "Any good ramen near Shinjuku station?",
    "My Nintendo Switch won't charge, do I need a new dock?",
    "Bilbao or San Sebastián for a long weekend?",
    "Uber or Bolt from Warsaw Chopin airport to the Old Town?",
    "Recommend a Kindle that survives being read in the bath",
    "Waitrose or M&S for the Christmas turkey this year?",
    "how do i turn off read receipts in whatsapp",
    "Going to Honolulu in April, is Waikiki too touristy?",
    "Can Notion replace Trello for a team of five?",
    "Lagos to Abuja, fly or take the train?",
]

CLEAN_CALENDAR = [
    "Who scored for Arsenal on Saturday?",
    "Is the bank open on Easter Monday?",
    "Summarise Taylor Swift's Eras Tour in two lines",
    "Why does Sherlock Holmes play the violin?",
    "Did the All Blacks beat Wales in November?",
    "What did Marie Curie win her second Nobel for?",
    "Book club on the first Thursday of every month, any ideas for January?",
    "Is Hermione smarter than Dumbledore? Discuss",
    "When does Ramadan start next year?",
    "Wrexham promoted again?? Ryan Reynolds must be thrilled",
    "Tell me a fun fact about Duke Kahanamoku",
    "is gandalf stronger than saruman",
    "Who won the Six Nations in March?",
    "Explain why Frodo couldn't just ride the eagles to Mordor",
    "Remind me, is Bastille Day the 14th of July?",
    "What was Chinua Achebe's first novel?",
    "Pikachu or Eevee for a kid's birthday cake?",
    "Real Sociedad vs Athletic Club, is the derby this Sunday?",
    "What's the Yoda quote about trying?",
    "Did Iga Świątek win Roland Garros in June?",
]

CLEAN_STORIES = [
    "Write a short story about a lighthouse keeper who finds a message in a bottle",
    "Bedtime story please: a grumpy dragon and a brave baker, about 200 words",
    "Write a poem from the point of view of a retired taxi driver",
    "Story where the detective realises the butler is innocent after all",
    "Write a limerick about a nurse on the night shift",
    "Can you write a scene where a teacher and her former student meet at an airport",
    "A fable about a fox, a farmer and a stubborn goat please",
    "Write a dialogue between a barista and a time traveller",
    "short horror story, the narrator is a night security guard at a museum",
    "Write a best man's speech, make it funny and leave the names blank",
    "story about a grandmother who teaches her grandson to fish, 3 paragraphs",
    "Sci-fi opening: the captain wakes up alone on the ship",
    "Make up a fairy tale with a tailor, a queen and a talking mirror",
    "Write a rap about a postman who is scared of dogs",
    "Help me write a story for Year 4: the new girl, the class bully and a lost hamster",
    "Write a legend about a shepherd and a lake spirit in the style of the Mabinogion",
    "Haiku about a fisherman at dawn",
    "Write a letter from a soldier to his mother in 1916, fictional",
    "Two-sentence horror story about a babysitter",
    "Write a mystery where the librarian turns out to be the thief",
]

CLEAN_PROBLEMS = [
    "If Tom has 3 apples and eats one, how many are left? asking for my 6yo",
    "Amara buys 4 notebooks at £2.50 each. How much does she spend?",
    "Kenji runs 5 km in 28 minutes. What's his pace per km?",
    "Sofia has twice as many stickers as Leo. Together they have 36. How many does Leo have?",
    "A train leaves at 14:10 and arrives at 16:45. Priya wants to know how long the trip takes.",
    "Mateo saves $15 a week. How many weeks until he can buy a $120 bike?",
    "Aisha bakes 48 cookies and packs them in boxes of 6. How many boxes?",
    "Liam and Noah share 50 marbles in the ratio 2:3, how many each?",
    "Chloe's garden is 8 m by 5 m, what's the area?",
    "If Yusuf reads 12 pages a day, how long for a 300 page book?",
    "Hana scored 72, 85 and 91 on three tests. What's her mean?",
    "Oliver gets 20% off a £45 jacket. Final price?",
    "Mia has 3 red, 5 blue and 2 green balls. What's the probability of picking blue?",
    "Ravi is 4 years older than Anika. In 6 years their ages add to 40. How old is Anika now?",
    "word problem: jack fills a 20 litre tank at 2.5 litres a minute, how long does it take",
    "Elena drives 180 km on 12 litres. What's that per 100 km?",
    "Kofi buys a phone for £320 and sells it for £272. Percentage loss?",
    "Lucia plants 7 rows of 9 tulips. How many tulips in total?",
    "Ben's pizza has 8 slices, he eats 3 and gives 2 to Sam. What fraction is left?",
    "Nia walks 1.2 km to school and back every day for 5 days. Total distance?",
]

CLEAN_NUMBERS = [
    "Is £4.80 for a flat white a rip off",
    "Train's at 07:42, will I make it if I leave at 7:20?",
    "Size 42 in Adidas is what in UK sizes?",
    "Upgrading from Python 3.11 to 3.12 broke my venv, help",
    "Final score 3-1, we were robbed",
    "Is 16GB RAM enough for video editing?",
    "Bought a 65 inch TV for $799, good deal?",
    "Meeting moved to 15:30 on the 4th floor",
    "Node 20.11.1 or 22 LTS, which should I pick?",
    "recipe says 180°C for 25 minutes, what about a fan oven",
    "We lost 24-21 in extra time, gutted",
    "The rent went up from 950 to 1,100 a month, is that even legal",
    "Convert 5 ft 9 to cm",
    "Is a 2.5 kg laptop too heavy for commuting?",
    "Kubernetes 1.29 deprecations I should know about?",
    "The parcel weighs 3.2 kg, Royal Mail or Evri cheaper?",
    "A dozen eggs is €3.49 now, crazy",
    "iOS 17.4.1 battery drain fix?",
    "Marathon done in 3:58:12, first sub-4!",
    "Is 1080p at 60fps enough for YouTube or should I go 4K",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "87031214677": pesel_ok,  # Polish PESEL
    "95112848035": pesel_ok,
    "120589-5361": hetu_ok,  # Finnish henkilötunnus
    "6290471CA": pps_ok,  # Irish PPS number
    "53184726D": dni_ok,  # Spanish DNI
    "943 276 1584": nhs_ok,  # NHS number
    "310115199008274625": china_id_ok,  # Chinese resident identity card
    "6138 4720 9516": aadhaar_ok,  # Indian Aadhaar
    "618 372 049": luhn_len(9),  # Canadian SIN
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\d{3}-555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\(\d{3}\) 555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"0[789]0\d \d{3} \d{4}",  # Nigeria mobile, local layout
        r"[5-8]\d{2} \d{3} \d{3}",  # Poland mobile
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"04\d \d{3} \d{4}",  # Finland mobile
        r"\+(34|64|86|233|234|353|358) [\d ]+\d",  # no fiction range known
    )
]

# Words that would cue a detector: no text with personal data may hold one.
CUES = re.compile(
    r"\b(my name is|name's|i am called|passwords?|passcodes?|passwd|pwd|pw|pins?|codes?|"
    r"phone number|mobile number|e-?mail address|iban|ssn|social security|card number|"
    r"account number|sort code|api key|ip address|usernames?|user name|logins?)\b",
    re.IGNORECASE,
)

# At least one name of each origin the set is written to cover, each a PERSON value or a
# word of one.
ORIGINS = {
    "Nigerian": ("ngozi", "adebayo", "okafor", "chiamaka", "Yetunde", "Balogun", "Ogunleye"),
    "Vietnamese": ("thanh", "nguyen thi huong", "khanh", "Phuong", "Vu Minh Chau", "Pham Ngoc Mai"),
    "Polish": ("wojtek", "kowalczyk", "przemek", "Wiśniewska", "Jędrzej", "Szymański", "Grzegorz"),
    "Arabic": ("yousef", "tariq", "haddad", "fatima", "Mansour", "Hamdan", "Al-Sayed", "Zainab"),
    "Indian": ("lakshmi", "deepika", "arjun", "iyer", "srinivasan", "Chatterjee", "Venkatesh"),
    "Chinese pinyin": (
        "zhang wei",
        "liu yang",
        "chen jie",
        "sun yue",
        "xu jing",
        "Guo Qiang",
        "Zhao Lei",
    ),
    "Irish": (
        "niamh",
        "ciarán",
        "gráinne",
        "dervla",
        "Aoife",
        "Oisín",
        "Pádraig",
        "Róisín",
        "Eoghan",
    ),
    "Welsh": ("huw", "meirion", "bethan", "gruffudd", "ffion", "Llinos", "Gwenllian", "Dilys"),
    "Basque": ("iñaki", "amaia", "olatz", "aitor", "eneko", "Arrieta", "Etxeberria", "Urrutia"),
    "Finnish": ("aino", "eero", "tuomas", "virtanen", "päivi", "mäkinen", "Korhonen", "Heikki"),
    "Hawaiian": ("leilani", "keoni", "kalani", "mahina", "noelani", "ikaika", "kainoa", "Pualani"),
}
SURNAMES_ALONE = (
    "okafor", "kowalczyk", "haddad", "virtanen", "iyer", "mäkinen", "srinivasan", "Adeyemi",
    "Nguyen", "Balogun", "Arrieta", "Chatterjee", "Huang", "Wiśniewska", "Korhonen",
    "Mansour", "Etxeberria", "Tran", "Szymański", "Akana", "Zhou", "Urrutia", "Lindqvist",
    "Jansen", "Dąbrowska",
)  # fmt: skip
NICKNAMES = (
    "bex",
    "gaz",
    "tommo",
    "wojtek",
    "przemek",
    "seun",
    "Big Sal",
    "Deano",
    "Jojo",
    "Dai",
    "Chinny",
)


def kinds(texts: list[str]) -> list[str]:
    """The types of every span of ``texts``, one entry a span."""
    return [s["type"] for t in texts for s in marked_spans(t)]


def check_cues(texts: list[str]) -> None:
    """No text with personal data says what its values are."""
    for marked in texts:
        found = CUES.search(strip_marks(marked)[0])
        if found:
            raise SystemExit(f"cue word {found.group(0)!r} in {marked[:60]!r}")


def check_names(texts: list[str]) -> None:
    """Every origin's names, the surnames alone and the nicknames are PERSON values."""
    values = {s["value"] for t in texts for s in marked_spans(t) if s["type"] == "PERSON"}
    words = values | {w for v in values for w in v.split()}
    for origin, names in ORIGINS.items():
        missing = [n for n in names if n not in words]
        if missing:
            raise SystemExit(f"{origin}: no PERSON span for {missing}")
    for name in SURNAMES_ALONE + NICKNAMES:
        if name not in values:
            raise SystemExit(f"{name!r} is not a whole PERSON value")


def check_mix(lower: list[str], pii: list[str]) -> None:
    """Names in most texts and many in lower case; every type present; secrets, phones
    and record numbers in numbers."""
    named = sum("PERSON" in kinds([t]) for t in pii)
    lower_names = kinds(lower).count("PERSON")
    counts = {kind: kinds(pii).count(kind) for kind in TYPES}
    if named < 160 or lower_names < 80:
        raise SystemExit(f"{named} texts with a name, {lower_names} lower-case names")
    if min(counts.values()) < 1:
        raise SystemExit(f"a type is missing: {counts}")
    if counts["PASSWORD"] < 25 or counts["PHONE_NUMBER"] < 15 or counts["ID_NUMBER"] < 15:
        raise SystemExit(f"too few secrets, phones or record numbers: {counts}")


def check_clean_words(texts: list[str]) -> None:
    """Each clean text is a short chat message of 3 to 50 words."""
    for text in texts:
        if not TEXT_WORDS[0] <= len(text.split()) <= TEXT_WORDS[1]:
            raise SystemExit(f"clean: {len(text.split())} words in {text[:60]!r}")


def main() -> None:
    sections = {
        "lower names": (LOWER_NAMES, 70),
        "lower numbers": (LOWER_NUMBERS, 40),
        "cased names": (CASED_NAMES, 70),
        "cased numbers": (CASED_NUMBERS, 40),
        "clean places": (CLEAN_PLACES, 20),
        "clean calendar": (CLEAN_CALENDAR, 20),
        "clean stories": (CLEAN_STORIES, 20),
        "clean problems": (CLEAN_PROBLEMS, 20),
        "clean numbers": (CLEAN_NUMBERS, 20),
    }
    lower = LOWER_NAMES + LOWER_NUMBERS
    pii = lower + CASED_NAMES + CASED_NUMBERS
    clean = CLEAN_PLACES + CLEAN_CALENDAR + CLEAN_STORIES + CLEAN_PROBLEMS + CLEAN_NUMBERS
    check_counts("lower names", LOWER_NAMES, TEXT_WORDS, (1, 4))
    check_counts("lower numbers", LOWER_NUMBERS, TEXT_WORDS, (1, 4))
    check_counts("cased names", CASED_NAMES, TEXT_WORDS, (1, 4))
    check_counts("cased numbers", CASED_NUMBERS, TEXT_WORDS, (1, 4))
    check_clean_words(clean)
    check_cues(pii)
    check_names(pii)
    check_mix(lower, pii)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind65", HERE, sections, {"lower names", "lower numbers", "cased names", "cased numbers"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=pii, lower_chat=len(lower), other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
