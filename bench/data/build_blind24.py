# ruff: noqa: E501
"""A twenty-fourth blind privacy set: 220 short texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations),
one line each and 4 to 35 words, the way people type to a chatbot:

* 100 messages that name one or two private people and nothing else, with no cue word at
  all (no relation word, title, greeting, sign-off, "my name is" or "called"): the name just
  appears in what is asked. The first 50 are typed all in lower case with shorthand and
  typos. Names come from more than 50 countries and peoples (Pacific, Hawaiian, Māori,
  Andean, Sámi, Inuit, Albanian, Igbo, Yoruba, Zulu, Akan, Kikuyu, Tamil, Telugu, Hmong,
  Basque, Welsh, Irish and Scottish Gaelic, Mongolian, Navajo, Dinka, ...); 20 are given
  names that are also English words or places (Summer, Chase, Brooklyn, Paris, Sky, Rowan,
  Heath, Glen, Dale, Ivy, River, Jasper, Angel, Faith, Miles, Wren, Sterling, Ray, Cole,
  Skye) and some are a lone surname ("ask eriksen", "Quispe asked");
* 40 messages with one cue (a relation word, a title, a greeting or a sign-off) and a name,
  the first 15 in lower case;
* 40 messages whose only personal datum is a password, PIN, door, gate, alarm, locker or
  safe code, wifi key, passphrase, username, or an account, customer, membership, library,
  patient, student, employee, loyalty or tax number, said in passing, some with no keyword;
* 40 messages with a name and one other identifier: a phone, an e-mail, a street address in
  its national format, an IBAN, a card, a national id, an IP or a username.

Labels follow the README: usernames, handles, logins and account, customer, member,
patient, employee, student, library and tax numbers and national ids are ID_NUMBER; PINs,
door, gate, alarm, locker and safe codes, wifi keys, passphrases and passwords PASSWORD;
titles (Mr, Ms, Dr, Prof, Grandma, Uncle, Coach) stay outside PERSON spans; every
occurrence of a private value is marked; public figures, companies, fictional characters,
order and ticket numbers and dates are not labelled. The 100 clean texts are 30 everyday
questions (cooking, travel, weather, shopping, fitness, pets), 20 questions naming public
figures, athletes, musicians, bands, authors, fictional characters, brands, shops,
restaurants, teams and places, 20 grade-school word problems with fictional first names, 15
multiple-choice quiz items and 15 tech questions with code words, product names,
placeholders, version strings and hashes.

All values are invented: phones from ranges kept for fiction (UK 07700 900, North America
555-0100 to 555-0199, Australia 0491 570), cards Luhn-valid and no published test number,
IBANs valid mod 97 and no documentation example, national ids with valid check digits
(NHS number, Dutch BSN, Spanish DNI, Polish PESEL, Swedish personnummer, Brazilian CPF,
Finnish henkilötunnus, Canadian SIN), IPs from documentation ranges.

Run ``.venv/bin/python bench/data/build_blind24.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    bsn_ok,
    check_national_ids,
    cpf_ok,
    dni_ok,
    hetu_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    pesel_ok,
    word_count,
)
from marks import build_sections, iban_ok, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_BARE = 50
LOWER_CUE = 15
MIN_CHARS = 15
MAX_WORDS = 80
PII_WORDS = (4, 35)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Grandma|Grandpa|Gran|Uncle|Aunt|Auntie|Coach)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 50 names with no cue word, all in lower case with chat shorthand and typos.
BARE_LOWER = [
    "can [[PERSON|tevita]] take the ute to the tip on sat or is it booked",  # Tonga
    "wat time does [[PERSON|ngozi]] land, i forgot to write it down",  # Igbo
    "is it weird if [[PERSON|chase]] and [[PERSON|ayumi]] both sit at the end of the table",  # US, Japan
    "how long shld i boil eggs for [[PERSON|thandeka]] she likes them runny",  # Zulu
    "write a short poem for [[PERSON|aputsiaq]] who finally passed the driving test",  # Greenland Inuit
    "does [[PERSON|skye]] still owe 20 for the pizza or did she pay",
    "translate get well soon into welsh for [[PERSON|gwenllian]] pls",  # Wales
    "[[PERSON|okonkwo]] says the meeting moved to 4, can u rewrite the agenda",  # Igbo surname
    "ideas for a cake [[PERSON|rangi]] would actually eat, he hates sugar",  # Māori
    "whats a polite way to say no to [[PERSON|arben]] about the loan",  # Albania
    "is 3k enough for [[PERSON|áilu]] to get a used snowmobile",  # Sámi
    "help me split 184 euro between me [[PERSON|iker]] and [[PERSON|maialen]]",  # Basque
    "can [[PERSON|river]] bring the speaker tmrw or shld i",
    "[[PERSON|kalani]] wants to surf at 6am, is that even safe in june",  # Hawaii
    "need a funny caption for a pic of [[PERSON|yerlan]] asleep on the bus",  # Kazakhstan
    "what rhymes with [[PERSON|siobhan]], writing a bday card",  # Ireland
    "how do i explain to [[PERSON|pa houa]] that the rent went up",  # Hmong
    "pls make a packing list for [[PERSON|wayra]] shes going to cusco for 2 wks",  # Quechua
    "is [[PERSON|dale]] allowed to park in the visitor bay overnight",
    "[[PERSON|haugland]] wants the report by fri, how do i say thats not happening nicely",  # Norway surname
    "does [[PERSON|ivy]] need a visa for bali if she has an irish passport",
    "convert 5ft 4 to cm, [[PERSON|adaeze]] keeps asking",  # Igbo
    "why does [[PERSON|oluwaseun]] keep leaving me on read",  # Yoruba
    "wat should [[PERSON|bheki]] wear to a job interveiw at a bank",  # Zulu
    "[[PERSON|karthik]] n [[PERSON|sowmya]] r coming at 7, is 1kg rice enough for 6",  # Tamil, Telugu
    "whats a good first car for [[PERSON|venkatesh]], budget is tight",  # Telugu
    "plan a 2 day trip so [[PERSON|mai]] can see hanoi and halong",  # Vietnam
    "is it rude to ask [[PERSON|fetu]] to leave the party early",  # Samoa
    "can [[PERSON|jasper]] use my gym pass if im away",
    "make a quiz about dogs for [[PERSON|ilinca]], shes 9",  # Romania
    "how many layers shld [[PERSON|miles]] pack for iceland in march",
    "[[PERSON|ekow]] wants to start running, give him a 4 wk plan",  # Akan, Ghana
    "what do i say to [[PERSON|vilisoni]] when he wins the raffle again lol",  # Fiji
    "is [[PERSON|heath]] right that u cant freeze cooked rice",
    "quick q, does [[PERSON|dorota]] need to bring id to vote",  # Poland
    "cn u write a rap verse abt [[PERSON|nyambura]] burning the toast",  # Kikuyu
    "ask [[PERSON|eriksen]] if the van has winter tyres",  # Denmark surname
    "sum up why [[PERSON|pauline]] n [[PERSON|gaëtan]] are arguing abt the wifi bill",  # France
    "[[PERSON|wren]] finished the puzzle in 40 min, is that fast for 1000 pcs",
    "shld [[PERSON|khurelbaatar]] bring a jacket to ulaanbaatar in may",  # Mongolia
    "what to get [[PERSON|naalnish]] for graduating from collage",  # Navajo
    "[[PERSON|teodora]] wants to learn guitar at 40, is that too late",  # Bulgaria
    "can [[PERSON|cole]] return the jacket without a reciept at zara",
    "how do i get [[PERSON|inti]] to stop eating my yoghurt lol",  # Quechua
    "[[PERSON|rhodri]] says snowdon takes 6 hrs, is he lying",  # Wales
    "help [[PERSON|aroha]] pick between nursing and teaching, she likes both",  # Māori
    "wats a cheap way for [[PERSON|ramazan]] to ship a guitar to izmir",  # Turkey
    "is [[PERSON|sterling]] too young to mow the lawn at 11",
    "[[PERSON|nhial]] needs a cover letter for a warehouse job, can u draft one",  # Dinka, South Sudan
    "did [[PERSON|ruaridh]] ever reply about the ceilidh",  # Scottish Gaelic
]

# 50 names with no cue word, typed with capitals.
BARE = [
    "Can [[PERSON|Brooklyn]] stay until Sunday or do we need the room back?",
    "Write a limerick about [[PERSON|Chidubem]] falling asleep in every film.",  # Igbo
    "How do I tell [[PERSON|Paris]] the concert tickets were fake?",
    "Is two hours enough for [[PERSON|Aurélien]] to get from Lille to Brussels by train?",  # Belgium
    "[[PERSON|Summer]] wants the green sofa, but the grey one is cheaper. Which lasts longer?",
    "What's a good gift under 30 euros for [[PERSON|Sky]], who collects vinyl?",
    "[[PERSON|Rowan]] and [[PERSON|Tomasz]] want to share a tent; is a two-person tent big enough for two tall guys?",  # Poland
    "Can [[PERSON|Glen]] reuse the tiles from the old bathroom?",
    "Give me three icebreakers for [[PERSON|Angel]]'s first day at the new school.",
    "Does [[PERSON|Faith]] need a jab before the Kenya trip?",
    "[[PERSON|Ray]] thinks the boiler pressure should be 2 bar. Is that right?",
    "[[PERSON|Okafor]] says the quote includes VAT; how can I check?",  # Igbo surname
    "If [[PERSON|Marisol]] saves 150 a month, when can she afford the 2,400 course?",  # Mexico
    "Why would [[PERSON|Hemi]] get a parking fine on a Sunday in Wellington?",  # Māori
    "Suggest a name for the boat [[PERSON|Uxue]] just bought.",  # Basque
    "Should [[PERSON|Eirik]] and [[PERSON|Máret]] take the night bus or the train to Tromsø?",  # Norway, Sámi
    "[[PERSON|Lindgren]] wants everything on one slide; how do I fit a year of sales on it?",  # Sweden surname
    "Is it fine for [[PERSON|Blerina]] to fly at 30 weeks pregnant?",  # Albania
    "Write a toast for [[PERSON|Adebayo]] and [[PERSON|Folake]]'s tenth anniversary.",  # Yoruba
    "How can [[PERSON|Sipho]] get his deposit back from a car dealer?",  # Zulu
    "[[PERSON|Kavitha]] asked whether idli batter can ferment in the fridge.",  # Tamil
    "Draft a text telling [[PERSON|Xiong]] the practice is cancelled because of the rain.",  # Hmong surname
    "Can [[PERSON|Siqiniq]] bring a dog into a national park in Nunavut?",  # Inuit
    "What time should [[PERSON|Mahealani]] leave Hilo to catch the 3:40 flight?",  # Hawaii
    "[[PERSON|Tanvir]] is allergic to cashews; is pesto safe?",  # Bangladesh
    "How do I stop [[PERSON|Giorgos]] from reading my messages over my shoulder?",  # Greece
    "[[PERSON|Yupanqui]] wants to climb Huayna Potosí; how fit do you need to be?",  # Andes
    "Is 40 minutes enough for [[PERSON|Mirela Hoxha]] to change planes in Vienna?",  # Albania
    "Plan a surprise for [[PERSON|Lupe]] without spending more than 50 dollars.",  # Tonga
    "Could [[PERSON|Eun-ji]] swap her Tuesday shift with [[PERSON|Baraka]]?",  # Korea, Tanzania
    "Which laptop should [[PERSON|Oksana]] get for video editing under 1,000?",  # Ukraine
    "[[PERSON|Pita]] keeps winning at Last Card; is there a trick to it?",  # Cook Islands
    "[[PERSON|Quispe]] asked if alpaca wool shrinks in a hot wash.",  # Andean surname
    "Translate 'see you at the station' into Icelandic for [[PERSON|Hrafnhildur]].",  # Iceland
    "Can [[PERSON|Ciarán]] claim the train fare back if it was 50 minutes late?",  # Ireland
    "Make a chore chart for [[PERSON|Dov]] and [[PERSON|Liora]], who share the flat.",  # Israel
    "[[PERSON|Nguyễn Thị Hoa]] is flying to Da Nang on Friday; what should she pack?",  # Vietnam
    "Is it normal that [[PERSON|Kanya]]'s sourdough starter smells like nail polish?",  # Thailand
    "What's the fastest way for [[PERSON|Dawit]] to renew a driving licence in Addis?",  # Ethiopia
    "[[PERSON|Moussa]] wants to learn to code; Python or JavaScript first?",  # Senegal
    "Could [[PERSON|Ilse]] and [[PERSON|Joris]] both fit in a Fiat 500 with two suitcases?",  # Netherlands
    "Is [[PERSON|Farhad]] right that saffron should be soaked first?",  # Iran
    "Help [[PERSON|Nokuthula]] write a complaint about a broken fridge.",  # Ndebele
    "How far can [[PERSON|Abdirahman]] cycle in a day without training?",  # Somalia
    "Rewrite this so [[PERSON|Ferenc]] doesn't think I'm angry: 'where is the drill'",  # Hungary
    "[[PERSON|Dafydd]] bet me a pint that Wales is bigger than New Jersey. Who wins?",  # Wales
    "Find a rhyme for [[PERSON|Mhairi]] for the wedding speech.",  # Scottish Gaelic
    "Does [[PERSON|Sakura]] need a transit visa to change planes in Seoul?",  # Japan
    "[[PERSON|Akosua]] says you can't microwave eggs; true?",  # Akan, Ghana
    "What can [[PERSON|Rafael Quintero]] do if the airline lost the bike box?",  # Chile
]

# 40 names with one cue each: the first 15 in lower case.
CUE = [
    "my sister [[PERSON|amara]] wants to know if u can freeze hummus",
    "hey, can u help [[PERSON|jonas]] fix his cv before fri",
    "my boss [[PERSON|dimitri]] wants the deck by 9, how do i make it look less bad",
    "perfect that fixed it, cheers [[PERSON|liam o'dowd]]",
    "can u remind me to call grandma [[PERSON|ewa]] on sunday",
    "my flatmate [[PERSON|chinedu]] keeps eating my food how do i bring it up",
    "what shld i get my bf [[PERSON|mateus]] for our 1 yr",
    "dr [[PERSON|osei]] said no running for 6 wks, is swimming ok",
    "my cousin [[PERSON|lwazi]] is visiting cape town, what shld he see",
    "our neighbour [[PERSON|reza]] parks across our drive every day, what can we do",
    "my niece [[PERSON|tala]] is turning 6, party game ideas pls",
    "coach [[PERSON|brennan]] wants us at training by 6:30, what shld i eat b4",
    "my gf [[PERSON|yasmin]] hates surprises but its her bday, help",
    "uncle [[PERSON|tuilagi]] wants a recipe for oka, can u give one",
    "my roommate [[PERSON|kofi]] never does the dishes, write a chore rota",
    "My grandfather [[PERSON|Aleksander Nowak]] fought at Monte Cassino; what books cover that battle?",
    "I'm [[PERSON|Priya Venkataraman]] and I need to register my car in Perth. Where do I start?",
    "Write an apology to Mr [[PERSON|Halloran]] for missing Thursday's meeting.",
    "My wife [[PERSON|Ingrid]] snores; are there pillows that actually help?",
    "Thanks for the help earlier! — [[PERSON|Matías]]",
    "Prof. [[PERSON|Adeyemi]] gave us a week for the essay; how do I plan it?",
    "My son [[PERSON|Tamati]] wants to play rugby at 7. Is that too young?",
    "Our landlady [[PERSON|Graça Pereira]] wants to raise the rent by 12%; is that legal in Lisbon?",
    "My colleague [[PERSON|Hiroshi]] keeps taking credit for my work. How do I handle it?",
    "Could you suggest a vegan lasagne for Friday? Love, [[PERSON|Anneli]]",
    "My mum [[PERSON|Fatima]] wants to learn English online; any free courses?",
    "Write a birthday message for my brother [[PERSON|Kwame]], he's turning 30.",
    "My stepdad [[PERSON|Gerhard]] insists diesel is better for short trips. Is he right?",
    "Remind me to text my aunt [[PERSON|Lucía]] about the flights.",
    "My tutor [[PERSON|Svetlana Orlova]] says my essay lacks structure. What does that mean?",
    "Can you check this sign-off? Kind regards, [[PERSON|Bogdan Ionescu]]",
    "Dr [[PERSON|Nakamura]] prescribed ibuprofen; can I take it with coffee?",
    "My daughter [[PERSON|Leilani]] got into university! How should we celebrate?",
    "Our babysitter [[PERSON|Elif]] cancelled again; where can I find a backup tonight?",
    "My partner [[PERSON|Caoimhín]] wants to move to Galway; what's rent like there?",
    "Good morning from [[PERSON|Zanele]]! How do I descale a kettle?",
    "My manager [[PERSON|Deepak]] wants a status update; how do I make a delay sound positive?",
    "Ms [[PERSON|Kovalenko]] set homework on fractions; explain 3/4 divided by 1/2 simply.",
    "My grandma [[PERSON|Hana]] keeps getting scam calls. How do I block them on her landline?",
    "My fiancée [[PERSON|Kateryna]] wants a small wedding; how many guests counts as small?",
]

# 40 texts whose only personal datum is a secret, a login or an account number.
SECRETS = [
    "the wifi password at the cabin is [[PASSWORD|loonlake2291]] but my laptop wont connect, why",
    "I keep typing [[PASSWORD|Tr0mbone!Sky]] and it says wrong password. Is caps lock the issue?",
    "Is [[PASSWORD|4471]] a bad PIN? It's my old house number.",
    "gate code is [[PASSWORD|6619]] but it beeps twice and doesnt open, any idea",
    "My library card number is [[ID_NUMBER|29310004417285]] and the renewal page rejects it.",
    "logged in as [[ID_NUMBER|marmite_moth]] and now it says my account is locked, what do i do",
    "Is [[PASSWORD|correct-pony-lantern-94]] strong enough for my email?",
    "alarm code [[PASSWORD|9043]], how do i change it on a texecom panel",
    "Membership no. [[ID_NUMBER|GYM-448210]]: can I freeze it for two months during exams?",
    "I set the router key to [[PASSWORD|Hedgehog_Tea_42]]. Will my old printer cope with the underscores?",
    "my steam name is [[ID_NUMBER|quietfjord]], how do i make my profile private",
    "The locker code is [[PASSWORD|3817]]. Does the gym reset them overnight?",
    "How do I change my username from [[ID_NUMBER|crumpet.lord88]] on Instagram?",
    "someone wants my account number [[ID_NUMBER|40372819]] to send me money, is it safe to give out",
    "Pasted [[PASSWORD|Xq7!mPlv93zR]] into the router page; will WPA3 accept the symbols?",
    "why does it say invalid when i enter my customer number [[ID_NUMBER|CU-5590317]]",
    "Forgot whether my PIN is [[PASSWORD|0612]] or [[PASSWORD|0621]]; how many tries before the card locks?",
    "the door code changed to [[PASSWORD|1979B]], how do i tell the cleaners without texting it",
    "My patient number is [[ID_NUMBER|PN 0073921]]; does the clinic need it to rebook?",
    "Is it safe to use [[PASSWORD|sunflower88]] for both Netflix and my bank?",
    "What does error 401 mean? I'm logging in with [[ID_NUMBER|jbadu_admin]].",
    "my frequent flyer number is [[ID_NUMBER|BA 51839027]], why didnt the miles show up",
    "Typed [[PASSWORD|p@ssMango2024]] three times and now I'm locked out. How long is the wait usually?",
    "The bike lock combo is [[PASSWORD|5-2-9-1]]; can it be reset without the original?",
    "wifi at grans is [[PASSWORD|BTHub-K9P4TX]] and the tv wont find it",
    "How do I link employee ID [[ID_NUMBER|E-20917]] to the new payroll app?",
    "My student number is [[ID_NUMBER|s2318846]]; is it the same as my exam candidate number?",
    "Passphrase is [[PASSWORD|three green kettles sing]], how many bits of entropy is that?",
    "my insurance member id [[ID_NUMBER|WXP8812047]] isnt accepted at the pharmacy, why",
    "Can someone on Discord see my email if they only know [[ID_NUMBER|velvetmoose#2209]]?",
    "The key safe outside the flat opens with [[PASSWORD|0408]]; is it insured if someone guesses it?",
    "What's the recovery process if I lose the 2FA for [[ID_NUMBER|tundra.kite]] on GitHub?",
    "i use [[PASSWORD|Bluebell1!]] for everything, how bad is that honestly",
    "Do I need my loyalty number [[ID_NUMBER|6340 2219 8875]] to get the discount at the till?",
    "Reddit says u/[[ID_NUMBER|ferncastle_22]] is shadowbanned; how can I check?",
    "Voicemail PIN [[PASSWORD|88214]] stopped working after the update.",
    "my bank login is [[ID_NUMBER|dkp19903]] and the app keeps asking for a code, normal?",
    "Why won't the safe open with [[PASSWORD|417095]] after I changed the batteries?",
    "Tax reference [[ID_NUMBER|48271 93065]] keeps failing on the HMRC site. Wrong format?",
    "The Netflix profile lock is [[PASSWORD|2468]]; can anyone in the house change it?",
]

# 40 texts with a name and one other identifier.
IDENTIFIED = [
    "Can you text [[PERSON|Keoni Akana]] on [[PHONE_NUMBER|(808) 555-0147]] that the boat leaves at 7?",
    "[[PERSON|Oisín Breathnach]]'s number is [[PHONE_NUMBER|07700 900418]], save it under plumber",
    "is [[PHONE_NUMBER|0491 570 156]] the right number for [[PERSON|jarrah]]? it keeps going to voicemail",
    "Ring [[PERSON|Adriana Vuković]] on [[PHONE_NUMBER|+44 7700 900263]] if the parcel doesn't come.",
    "[[PERSON|Malik Greene]] left [[PHONE_NUMBER|312-555-0183]] on my windscreen after the scrape; what do I do next?",
    "Write a text to [[PERSON|Ana Lemalu]] at [[PHONE_NUMBER|0491 570 737]] confirming Saturday's shift.",
    "[[PERSON|Yusuf Demir]] wants a call back on [[PHONE_NUMBER|07700 900951]] about the sofa.",
    "Send the minutes to [[PERSON|Hannele Virtanen]] at [[EMAIL_ADDRESS|hannele.virtanen@kotiposti.fi]].",
    "[[EMAIL_ADDRESS|t.mbatha84@lantern-mail.co.za]] bounced, is there a typo? it's [[PERSON|Themba]]'s",
    "Draft a follow-up to [[PERSON|Carys Pritchard]], [[EMAIL_ADDRESS|carys.p@glanmor-post.co.uk]], about the quote.",
    "is [[EMAIL_ADDRESS|luz.mamani77@correo-andino.pe]] a real address or did [[PERSON|luz]] make it up",
    "[[PERSON|Rasmus Holm]] wants the invoice at [[EMAIL_ADDRESS|rasmus@holm-snedkeri.dk]]; what should the subject line be?",
    "Why does Gmail say [[EMAIL_ADDRESS|noa.shapira1@tevel-mail.co.il]] doesn't exist? [[PERSON|Noa]] uses it daily.",
    "Post the spare keys to [[PERSON|Beatrix Holloway]], [[STREET_ADDRESS|14 Larkspur Close, Didcot OX11 7QP]].",
    "Is [[STREET_ADDRESS|Lindenstraße 48, 04317 Leipzig]] close to the Hauptbahnhof? [[PERSON|Jannik Albers]] just moved there.",
    "Book a taxi for [[PERSON|Solène Marchal]] from [[STREET_ADDRESS|17 rue des Tanneurs, 67000 Strasbourg]] at 6 a.m.",
    "[[PERSON|Dwayne Ruddock]] lives at [[STREET_ADDRESS|2217 Alder Creek Rd, Boise, ID 83704]]; how far is that from the airport?",
    "Send the wedding invite to [[PERSON|Marta Sánchez Roldán]], [[STREET_ADDRESS|Calle del Olivar, 9, 3º B, 28012 Madrid]].",
    "How do I address a parcel to [[PERSON|Aiko Fujimura]] at [[STREET_ADDRESS|2-14-5 Kichijoji-Honcho, Musashino-shi, Tokyo 180-0004]]?",
    "Pay [[PERSON|Lotte Verbeek]] back the 35 euros, her IBAN is [[IBAN_CODE|NL70 TRIO 0391 8274 65]]",
    "[[PERSON|Benedikt Kramer]] sent his IBAN, [[IBAN_CODE|DE94 7602 6000 0418 2739 56]]. Is that a German one?",
    "is [[IBAN_CODE|ES15 0182 5937 4102 0681 7394]] enough to pay [[PERSON|nerea]] for the flat or do i need a bic",
    "Transfer the deposit to [[PERSON|Camille Lefort]], IBAN [[IBAN_CODE|FR25 3000 4008 2700 0193 8472 651]].",
    "Someone charged [[CREDIT_CARD|4532 9170 6418 2532]] twice; it's [[PERSON|Lorenzo Bassi]]'s card, how do we dispute it?",
    "[[PERSON|Efua Mensah]] read out [[CREDIT_CARD|5228 7610 4937 7155]] over the phone to a stranger. What should she do now?",
    "Remove [[CREDIT_CARD|3746 185920 37649]] from [[PERSON|Rohan Kapoor]]'s Amazon account.",
    "Is [[ID_NUMBER|485 217 3907]] a valid NHS number for [[PERSON|Eleanor Whitcombe]]?",
    "[[PERSON|Sanne de Vries]] needs her BSN [[ID_NUMBER|273184593]] for the new job; where does it go on the form?",
    "Does [[PERSON|Álvaro Gil]]'s DNI [[ID_NUMBER|48392716A]] go in the NIF box too?",
    "[[PERSON|Kacper Wróbel]] gave PESEL [[ID_NUMBER|85072314598]] for the lease; is that enough?",
    "[[PERSON|Jordan Pike]] put [[US_SSN|412-58-7306]] on the rental form; can they run a credit check with just that?",
    "Is [[ID_NUMBER|880317-4526]] the right personnummer format for [[PERSON|Astrid Lundmark]]?",
    "[[PERSON|Larissa Moura]]'s CPF is [[ID_NUMBER|418.627.593-91]]; which bank apps accept it?",
    "[[PERSON|Aino Heikkinen]] typed henkilötunnus [[ID_NUMBER|140591-2387]] and the form says invalid.",
    "[[PERSON|Mathieu Gagnon]]'s SIN is [[ID_NUMBER|527 193 841]]; should the accountant have it?",
    "[[PERSON|Tobias Engel]] keeps logging in from [[IP_ADDRESS|198.51.100.77]]; can I block just that address?",
    "The admin panel shows [[PERSON|Reuben Hale]] connected from [[IP_ADDRESS|203.0.113.58]] at 3am. Is that a VPN?",
    "whitelist [[IP_ADDRESS|192.0.2.214]] for [[PERSON|kirsi]] pls, she works from home",
    "[[PERSON|Mehmet Aydın]] goes by [[ID_NUMBER|mehmet_cycles]] on Strava; how do I follow him?",
    "Add [[PERSON|Priscila Duarte]] to the Slack workspace as [[ID_NUMBER|pduarte]].",
]

CLEAN_EVERYDAY = [
    "How long should I roast a 2 kg chicken at 200°C?",
    "What's the difference between baking soda and baking powder?",
    "Is it cheaper to fly or take the train from Madrid to Barcelona?",
    "Will it be cold in Edinburgh in late October?",
    "how do i stop my cat scratching the sofa",
    "What's a good beginner 5k plan with three runs a week?",
    "Can I freeze cooked pasta?",
    "Which grows better on a small balcony, tomatoes or chillies?",
    "how much should i tip in a restaurant in new york",
    "What's a good substitute for eggs in pancakes?",
    "Do I need a plug adapter in Japan if I'm coming from the UK?",
    "How often should I feed a 10-week-old puppy?",
    "Best way to clean a cast iron pan without ruining it?",
    "What should I pack for a week of hiking in the Alps in July?",
    "Is a rice cooker worth it if I only make rice once a week?",
    "How do I get red wine out of a carpet?",
    "how many rest days a week if i lift weights",
    "What time of year is best to see the northern lights in Norway?",
    "Why does my homemade bread come out dense?",
    "Is it safe to leave a dog in the car for ten minutes in spring?",
    "Which is healthier, brown rice or quinoa?",
    "How early should I get to the airport for a domestic flight?",
    "Can rabbits eat carrot tops?",
    "What's a cheap dinner for four using lentils?",
    "How do I keep basil alive on a windowsill?",
    "Is it better to buy winter tyres or all-season ones?",
    "what temperature should a fridge be",
    "How do I stop my glasses fogging up when I run in the cold?",
    "Are refurbished phones worth buying?",
    "How long does homemade soup keep in the fridge?",
]

CLEAN_PUBLIC = [
    "Has Serena Williams won more Grand Slam singles titles than Steffi Graf?",
    "Which Fleetwood Mac album should a beginner start with?",
    "Why did Sherlock Holmes fake his death at the Reichenbach Falls?",
    "Is the IKEA in Wembley open on bank holidays?",
    "How tall is Victor Wembanyama?",
    "Summarise Pride and Prejudice in three sentences, focusing on Elizabeth Bennet.",
    "Is Nando's or Wagamama better for a gluten-free lunch?",
    "What year did Chimamanda Ngozi Adichie publish Half of a Yellow Sun?",
    "Which is older, Central Park or Hyde Park?",
    "Did Taylor Swift write all the songs on Folklore herself?",
    "How many Ballon d'Or awards has Lionel Messi won?",
    "Which Tube station is nearest to Trafalgar Square?",
    "Is Hermione Granger cleverer than Harry Potter in the books?",
    "How does Old Trafford compare with Anfield for a stadium tour?",
    "Why is Haruki Murakami's Norwegian Wood so popular?",
    "Can I walk from Plaza Mayor to the Prado in Madrid?",
    "What guitar did Jimi Hendrix play at Woodstock?",
    "Is Trader Joe's cheaper than Whole Foods for basics?",
    "How did BTS become famous outside Korea?",
    "Who followed Nelson Mandela as president of South Africa?",
]

CLEAN_MATHS = [
    "Kofi has 24 marbles and gives a third of them to Lena. How many does he have left?",
    "Maya reads 15 pages a day. How many days will a 240-page book take her?",
    "Tomás buys 3 notebooks at 2.50 each and a pen for 1.20. How much does he spend?",
    "Aisha's train leaves at 9:40 and arrives at 12:15. How long is her journey?",
    "Ben and Ruby share 45 stickers so that Ruby gets twice as many as Ben. How many does each get?",
    "Priya runs 3.5 km every morning. How far does she run in two weeks?",
    "A pizza is cut into 8 slices. Oscar eats 3 and Mei eats 2. What fraction is left?",
    "Lucas saves 12 dollars a week. How many weeks until he can buy a 150-dollar bike?",
    "Hana bakes 6 trays of 14 cookies and sells them in bags of 4. How many bags can she fill?",
    "Diego's garden is 12 m long and 7 m wide. What is its perimeter?",
    "Zara scored 78, 85 and 92 on three tests. What is her average score?",
    "A shop sells apples at 3 for 1.20. How much would Noah pay for 15 apples?",
    "Ella is 4 years older than Sam. Together they are 22. How old is Ella?",
    "Omar pours 750 ml of juice equally into 6 glasses. How much is in each glass?",
    "Freya's bus comes every 12 minutes from 7:00. When is the first bus after 8:20?",
    "Leo has a 20% discount voucher for a 65-pound jacket. What does he pay?",
    "Isla walks 4 km/h. How long does it take her to walk 10 km?",
    "Arjun has 3 red, 5 blue and 2 green pens. What is the chance he picks a blue one at random?",
    "A tank holds 120 litres and Sofia fills it at 8 litres a minute. How long does it take?",
    "Kenji plants 7 rows of 9 tulips and 4 of them die. How many tulips are left?",
]

CLEAN_QUIZ = [
    "Which planet is closest to the Sun? A) Venus B) Mercury C) Mars D) Earth",
    "What is the chemical symbol for gold? A) Go B) Gd C) Au D) Ag",
    "Who wrote Romeo and Juliet? A) Marlowe B) Shakespeare C) Dickens D) Chaucer",
    "How many sides does a hexagon have? A) 5 B) 6 C) 7 D) 8",
    "Which ocean is the largest? A) Atlantic B) Indian C) Arctic D) Pacific",
    "What is the capital of Canada? A) Toronto B) Vancouver C) Ottawa D) Montreal",
    "Which gas do plants take in for photosynthesis? A) Oxygen B) Nitrogen C) Carbon dioxide D) Helium",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Which organ pumps blood around the body? A) Liver B) Lungs C) Heart D) Kidneys",
    "What is 7 x 8? A) 54 B) 56 C) 58 D) 64",
    "Who painted the Mona Lisa? A) Michelangelo B) Raphael C) Leonardo da Vinci D) Titian",
    "Which is the longest river in South America? A) Orinoco B) Paraná C) Amazon D) Magdalena",
    "What is the freezing point of water in Fahrenheit? A) 0 B) 32 C) 100 D) 212",
    "Which instrument has 88 keys? A) Harp B) Organ C) Piano D) Accordion",
    "Which country hosted the 2016 Summer Olympics? A) China B) UK C) Brazil D) Japan",
]

CLEAN_TECH = [
    "Why does `pip install numpy==1.26.4` fail on Python 3.13?",
    "git says HEAD detached at 3f9c2ab; how do I get back to main?",
    "What does `chmod 755 deploy.sh` actually do?",
    "The README says to replace YOUR_API_KEY in config.yaml; where do I get one from OpenWeather?",
    "Is Ubuntu 24.04 LTS supported on a Raspberry Pi 4?",
    "My download's sha256 is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855. Does that mean the file is empty?",
    "Docker says port 5432 is already allocated; how do I find what's using it?",
    "Why does `ssh admin@192.168.1.1` time out when the router's web page loads fine?",
    "In Excel, what does =VLOOKUP(A2, Sheet2!A:B, 2, FALSE) return when nothing matches?",
    "How do I upgrade Node from v18.19.0 to v20 with nvm?",
    "What's the difference between localhost and 127.0.0.1 in a Postgres connection string?",
    "My Kubernetes pod is stuck in CrashLoopBackOff; what should I check first?",
    "Are John Doe and jane.doe@example.com fine as placeholders in test fixtures?",
    "Is the UUID 123e4567-e89b-12d3-a456-426614174000 in the docs special in any way?",
    "Why does `npm audit` flag lodash 4.17.20 as vulnerable?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 217 3907": nhs_ok,  # NHS number
    "273184593": bsn_ok,  # Dutch BSN
    "48392716A": dni_ok,  # Spanish DNI
    "85072314598": pesel_ok,  # Polish PESEL
    "880317-4526": luhn_len(10),  # Swedish personnummer
    "418.627.593-91": cpf_ok,  # Brazilian CPF
    "140591-2387": hetu_ok,  # Finnish henkilötunnus
    "527 193 841": luhn_len(9),  # Canadian SIN
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australia
    )
]

# Cue words: relations and roles, greetings and sign-offs, titles, introductions.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child(ren)?|aunt|auntie|uncle|cousin|niece|nephew|grand\w*|gran|nan|"
    r"\w+-in-law|friends?|bf|gf|boyfriend|girlfriend|partner|fianc\w*|boss|manager|"
    r"colleague|co-?worker|neighbou?r|landlord|landlady|tenant|room-?mate|flatmate|teacher|"
    r"tutor|student|doctor|nurse|client|patient|customer|nanny|babysitter|coach|mentor|"
    r"step\w+|mate|pal|buddy|hi|hello|hey|hiya|dear|yo|good morning|cheers|kind regards|"
    r"best regards|regards|thanks|thx|thank you|love|best|mr|mrs|ms|miss|mx|dr|prof|sir|"
    r"madam|my name is|call me|called|named|this is)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(r"\b(i'?m|im|i am|it'?s)\s+\[\[PERSON", re.IGNORECASE)
WORD_NAMES = frozenset(
    {
        "summer", "chase", "brooklyn", "paris", "sky", "rowan", "heath", "glen", "dale", "ivy",
        "river", "jasper", "angel", "faith", "miles", "wren", "sterling", "ray", "cole", "skye",
    }
)  # fmt: skip


def cues(marked: str) -> int:
    """How many cue words or introductions a text holds."""
    return len(CUE_WORDS.findall(strip_marks(marked)[0])) + len(CUE_BEFORE_NAME.findall(marked))


def check_people(bare: list[str], cued: list[str]) -> None:
    """Name-only texts: one or two people and nothing else; the bare ones with no cue at all
    and every word-like name among them, the cued ones with exactly one cue."""
    for marked in bare + cued:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        if len(people) not in (1, 2) or any(s["type"] != "PERSON" for s in spans):
            raise SystemExit(f"people: want one or two names only in {marked[:60]!r}")
    if any(cues(t) for t in bare):
        raise SystemExit(f"bare: a cue in {next(t for t in bare if cues(t))[:60]!r}")
    if any(cues(t) != 1 for t in cued):
        raise SystemExit(f"cue: not one cue in {next(t for t in cued if cues(t) != 1)[:60]!r}")
    names = {s["value"].lower() for t in bare for s in marked_spans(t)}
    if not names >= WORD_NAMES:
        raise SystemExit(f"bare: word names missing: {sorted(WORD_NAMES - names)}")


def check_secrets(texts: list[str]) -> None:
    """Secrets: no name, only passwords, codes, logins and account numbers."""
    for marked in texts:
        if any(s["type"] not in {"PASSWORD", "ID_NUMBER"} for s in marked_spans(marked)):
            raise SystemExit(f"secrets: a name or other value in {marked[:60]!r}")


def check_identified(texts: list[str]) -> None:
    """Identified: one person and exactly one other value."""
    for marked in texts:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = [s for s in spans if s["type"] != "PERSON"]
        if len(people) != 1 or len(others) != 1:
            raise SystemExit(f"identified: want one name and one value in {marked[:60]!r}")


def check_lengths(texts: list[str]) -> None:
    for marked in texts:
        if not PII_WORDS[0] <= word_count(marked) <= PII_WORDS[1]:
            raise SystemExit(f"{word_count(marked)} words in {marked[:60]!r}")
        if "\n" in marked:
            raise SystemExit(f"more than one line in {marked[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.")
            ):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def main() -> None:
    bare_lower, bare = BARE_LOWER, BARE
    cue_lower, cue = CUE[:LOWER_CUE], CUE[LOWER_CUE:]
    sections = {
        "bare lower": (bare_lower, LOWER_BARE),
        "bare": (bare, 50),
        "cue lower": (cue_lower, LOWER_CUE),
        "cue": (cue, 25),
        "secrets": (SECRETS, 40),
        "identified": (IDENTIFIED, 40),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean public": (CLEAN_PUBLIC, 20),
        "clean maths": (CLEAN_MATHS, 20),
        "clean quiz": (CLEAN_QUIZ, 15),
        "clean tech": (CLEAN_TECH, 15),
    }
    pii = BARE_LOWER + BARE + CUE + SECRETS + IDENTIFIED
    check_people(BARE_LOWER + BARE, CUE)
    check_secrets(SECRETS)
    check_identified(IDENTIFIED)
    check_lengths(pii)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind24", HERE, sections,
        {"bare lower", "bare", "cue lower", "cue", "secrets", "identified"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=bare_lower + cue_lower + bare + cue, lower_chat=LOWER_BARE + LOWER_CUE,
        other_languages=0, min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    if not sum(is_lower(t) for t in SECRETS + IDENTIFIED):
        raise SystemExit("secrets and identified: want some lower-case texts")


if __name__ == "__main__":
    main()
