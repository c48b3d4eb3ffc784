# ruff: noqa: E501
"""A hundred-and-eighty-seventh blind privacy set: 220 texts with personal data and 100
clean ones on beekeeping associations, honey sellers and bee-swarm callouts.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a beekeeping association's or honey shop's chatbot
  would get: swarm callouts, rotas, cost splits, honey orders, show entries, mentoring,
  subs and insurance, gate and lockbox codes. The first 30 are typed all in lower case,
  the next 6 are in Spanish, German, French, Polish, Greek and Turkish, the other 84 in
  English. Most name a private person, often with no cue word (rotas, lists, cost splits,
  sign-offs, appositives, "tell X that ..."), in many origins and scripts (Latin with
  diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese,
  Japanese, Korean, Yoruba and Vietnamese spellings), some of them ordinary words (Hope,
  Rose, Bill, Grace, Summer, Dawn, Heather, Will, Amber, Joy, Faith, Mark, Ivy, Sunny,
  Honey). Twenty hold a secret: gate, lockbox, keysafe and alarm codes, a card-reader PIN,
  wifi keys, passwords, 2FA codes and three API keys or tokens.
* 100 one-person records (a sentence or a short form each) in English and 38 other
  languages: membership, honey-seller, swarm-callout, insurance, patient, staff and
  customer records; 40 hold a national id with a valid check digit, the others phones,
  e-mails, addresses, cards, IBANs, SSNs, an IP and member, account, customer, patient,
  policy, staff and student numbers.

Usernames and logins, account, customer, member, patient, policy, employee and student
numbers and national ids are ID_NUMBER; PINs, door, gate, lockbox, keysafe and alarm codes,
wifi keys, passwords and 2FA codes PASSWORD; titles (Mr, Mrs, Rev.) stay outside PERSON
spans; an address span runs from the first street line through the postcode and city as
typed; dates of birth, order, invoice and entry numbers, public figures, companies and
fictional characters are not labelled; every occurrence of a private value is marked.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public figures such as Karl von Frisch, Charles Darwin and Aristotle, or fictional
characters such as Sherlock Holmes, Winnie-the-Pooh and Hermione Granger), 25
GSM8K-style word problems with story first names, 25 MMLU-style items with options A to D
and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900xxx and 01632 960xxx, North America 555-01xx,
Australia 0491 570xxx); cards Luhn-valid and not well-known test numbers; IBANs valid mod
97 and not documentation examples; SSNs with assignable area, group and serial; IPs from
the documentation ranges; national ids with valid check digits (listed in
``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind187.py`` from the repository root; the output
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, is_lower, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sr|Sra|Herr|Frau|Mme|Dott|Sig)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "hi, can someone collect a swarm hanging off the apple tree at [[STREET_ADDRESS|14 orchard close, little haddon, lh4 2rt]]? it's about the size of a rugby ball. my name is [[PERSON|deepa raghunathan]] and my mobile is [[PHONE_NUMBER|07700 900214]]",
    "swarm rota for saturday: [[PERSON|tomasz wójcik]] 8-12, [[PERSON|hope akinyemi]] 12-4, [[PERSON|lars eklund]] 4-8. please put it on the board",
    "the apiary gate code changed to [[PASSWORD|4471]], pass it on to the thursday group but not on the facebook page",
    "tell [[PERSON|marguerite okonkwo-blake]] her jars of heather honey are ready for pickup at the hall, she paid £36 already",
    "can you change the email on my membership to [[EMAIL_ADDRESS|b.halvorsen@fjordmail.example]]? membership number [[ID_NUMBER|bka-20417]], name [[PERSON|bjørn halvorsen]]",
    "wifi at the honey house is [[PASSWORD|buzzbuzz-2291]], can you add that to the volunteer welcome pack please",
    "cost split for the new extractor: [[PERSON|grace mutasa]] £120, [[PERSON|ilya sokolov]] £120, [[PERSON|aroha ngata]] £60 because she only joined in june. can you send everyone a reminder",
    "is [[PERSON|summer castellanos]] still the swarm coordinator for the east side? a caller at [[STREET_ADDRESS|22 mill lane, westbury, wb3 9qa]] says there are bees in her chimney",
    "my login for the members area is [[ID_NUMBER|kofi.mensah77]] and the password [[PASSWORD|waxmoth!fly8]] isn't working, can you reset it. thanks, [[PERSON|kofi mensah]]",
    "who do i pay the £25 hive insurance to? i tried [[PERSON|rahel tesfaye]] but she says it's [[PERSON|owain pritchard]] now",
    "the lockbox at the out-apiary is [[PASSWORD|0928]], the smoker and fuel are inside. leave the key for [[PERSON|dawn feeney]]",
    "honey show entries: [[PERSON|priya nair]] (3 classes), [[PERSON|jonas brandt]] (1), [[PERSON|chidi eze]] (2). please print the labels",
    "swarm on a lamp post outside [[STREET_ADDRESS|7 kingfisher way, ashby, as2 7nd]], call me back on [[PHONE_NUMBER|01632 960418]]",
    "can you send the mentoring pairs to everyone: [[PERSON|bill ashworth]] with [[PERSON|ngozi adebayo]], [[PERSON|rose kiplagat]] with [[PERSON|matteo ferrante]]",
    "our api key for the hive scale dashboard is [[API_KEY|hs_live_7c2e91fa04d84b6bb31e5a9d0f6c8e27]], can the bot use it to pull last week's weights",
    "hi it's [[PERSON|zeynep aydın]], i left my veil at the tuesday inspection, could someone text me on [[PHONE_NUMBER|07700 900583]] if they find it",
    "please remove [[PERSON|harold pemberton]] from the honey sellers list, he passed away last month. his daughter [[PERSON|jill pemberton]] is collecting the stock",
    "alarm code for the club shed is [[PASSWORD|731690]], the bee inspector [[PERSON|marisol quintero]] arrives at 10 and needs to get in",
    "send the invoice for the frames to [[PERSON|anjali deshpande]] at [[EMAIL_ADDRESS|anjali.d@beemail.example]] not to me",
    "my neighbour [[PERSON|kwame boateng]] keeps bees 2m from my fence at [[STREET_ADDRESS|41 hawthorn road, diss, ip22 4ux]]. is that allowed?",
    "pay [[PERSON|sunita rao]] for the wax, her iban is [[IBAN_CODE|gb46 midl 4027 1638 4920 57]]",
    "2fa code is [[PASSWORD|583 017]], log me in to the swarm map please, my email is [[EMAIL_ADDRESS|h.o.nakamura@example.net]]",
    "who has the spare nucs? [[PERSON|feng li]] had two and [[PERSON|oluwaseun adeyemi]] had one last i heard",
    "call [[PERSON|ana lucía herrera]] on [[PHONE_NUMBER|(415) 555-0127]] about her 12 jars of wildflower, she's outside the market",
    "new member: [[PERSON|jakob weiß]], [[STREET_ADDRESS|3 rectory gardens, eastleigh, so50 4hq]], [[PHONE_NUMBER|07700 900736]], [[EMAIL_ADDRESS|jakob.weiss@example.com]]",
    "the door code for the village hall meeting is [[PASSWORD|1984]] and [[PERSON|heather mcallister]] has the projector",
    "can the bot remind [[PERSON|will trevithick]] that the varroa boards are due back friday",
    "my sister [[PERSON|mele tupou]] wants to buy 6 jars of creamed honey, her number is [[PHONE_NUMBER|0491 570 142]]",
    "pin for the honey shop card reader is [[PASSWORD|2604]], ask [[PERSON|elif korkmaz]] if it doesn't work",
    "hello, bees have moved into the wall cavity at [[STREET_ADDRESS|88 bramble street, hexham, ne46 1lp]], i'm home after 5. [[PERSON|sadia rahman]]",
    # six other languages: Spanish, German, French, Polish, Greek, Turkish
    "Hola, soy [[PERSON|Mercedes Albarracín]]. Hay un enjambre en el olivo de mi patio, en [[STREET_ADDRESS|Calle del Romero 14, 18010 Granada]]. ¿Alguien de la asociación puede venir hoy? Escríbanme a [[EMAIL_ADDRESS|m.albarracin@correo.example]].",
    "Bitte sag [[PERSON|Annegret Schwarzkopf]], dass ihr Honig beim Wochenmarkt ausverkauft ist. Der Schlüsselkasten am Bienenstand hat jetzt den Code [[PASSWORD|5817]].",
    "Bonjour, la trésorière, [[PERSON|Solène Marchetti]], m'a demandé de payer la cotisation par virement. Pouvez-vous confirmer l'IBAN [[IBAN_CODE|FR56 3000 4018 2700 0739 2615 482]] ?",
    "Dzień dobry, nazywam się [[PERSON|Krzysztof Zieliński]]. Chciałbym zamówić 10 słoików miodu gryczanego. Mój numer to [[PHONE_NUMBER|07700 900962]].",
    "Καλησπέρα, ο [[PERSON|Γιώργος Παπαδάκης]] θα φέρει τα πλαίσια στη συνάντηση της Πέμπτης. Το email του είναι [[EMAIL_ADDRESS|g.papadakis@example.gr]].",
    "Merhaba, arı oğulu bahçemdeki çitin üzerinde toplandı. Adres: [[STREET_ADDRESS|Papatya Sokak No. 9, 34710 Kadıköy, İstanbul]]. Lütfen acele edin. [[PERSON|Emine Yıldırım]]",
    # English
    "Swarm callout list for this weekend, please format it as a table: Saturday AM [[PERSON|Gareth Lloyd-Evans]], Saturday PM [[PERSON|Thandiwe Nkosi]], Sunday [[PERSON|Björn Åkesson]] with [[PERSON|Hazel Quigley]] as backup.",
    "Can you draft a thank-you note to [[PERSON|Rose Achterberg]] for lending us her extractor? Keep it short.",
    "Tell [[PERSON|Anwar Haddad]] that the 30 kg of borage honey he ordered will be at the Saturday market stall, and that he can pay cash.",
    "The treasurer, [[PERSON|Philippa Cordingley]], says subs are £32 this year. Can you write a reminder email for members who haven't paid?",
    "Hi, I'm [[PERSON|Nomvula Dube]]. There's a swarm in the hedge at [[STREET_ADDRESS|12 Sycamore Drive, Kettering NN15 6QZ]]. I'm allergic so please ring before coming: [[PHONE_NUMBER|07700 900327]].",
    "Our swarm hotline login is [[ID_NUMBER|swarmdesk_north]] / [[PASSWORD|Qu33nCell!2024]]. Can you check if any callouts came in overnight?",
    "Split the £340 for the new observation hive four ways between [[PERSON|Bill Okafor]], [[PERSON|Grace Lindqvist]], [[PERSON|Amrit Sandhu]] and [[PERSON|Yuki Tanabe]] and show each share.",
    "Please add [[PERSON|陈美玲]] to the honey sellers directory, she sells lime-blossom honey at Hitchin market. Her phone is [[PHONE_NUMBER|01632 960275]].",
    "[[PERSON|Светлана Кузнецова]] asked whether the association loans out refractometers. Could you reply to her at [[EMAIL_ADDRESS|svetlana.k@example.net]]?",
    "Reminder for the committee: [[PERSON|Dov Ben-Ami]] handles insurance claims, [[PERSON|Aisling Ní Bhriain]] the newsletter, [[PERSON|Rajesh Iyer]] the apiary rota.",
    "What should I tell a caller who says bumblebees are nesting under her shed? She's Mrs [[PERSON|Joan Whitlock]] at [[STREET_ADDRESS|5 Pond Lane, Buxted, TN22 4PL]].",
    "Can you translate this into Japanese for [[PERSON|佐藤 恵美]]: 'Your nucleus colony is ready for collection on Sunday.'",
    "Write a short bio for our website: [[PERSON|Kalani Akana]] has kept bees for 20 years and now runs our beginners' course.",
    "The Wi-Fi at the teaching apiary is BeeKeep_5G, key [[PASSWORD|propolis-Harvest-77]]. Please add it to the course joining instructions.",
    "Hey, [[PERSON|Mateus Carvalho]] here. I sold 40 jars at the fete, how do I enter that in the sales sheet? My member number is [[ID_NUMBER|HBA-3318]].",
    "Could you write to [[PERSON|Ingrid Solberg]] ([[EMAIL_ADDRESS|ingrid.solberg@example.no]]) confirming her place on the queen-rearing workshop?",
    "The bee inspector [[PERSON|Colm Ó Súilleabháin]] found AFB at [[PERSON|Derek Maddox]]'s apiary. Draft a standstill notice for members within 3 km, no names in it.",
    "[[PERSON|Faith Mwangi]], [[PERSON|Lior Shapiro]], [[PERSON|Nguyễn Thị Lan]]: these three passed the basic assessment. Can you make certificates?",
    "Please tell the swarm team that [[PERSON|Jack Thornbury]] can't do callouts until his arm heals, and give his slot to [[PERSON|محمد الراشد]].",
    "The token for our online honey shop is [[API_KEY|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]], can you check why orders aren't syncing?",
    "What's the best way to split a colony? Asking for [[PERSON|Marek Dvořák]], who's new. He's on [[PHONE_NUMBER|07700 900118]] if you want to text him tips.",
    "Write a polite message to [[PERSON|Amber Holloway]] saying her honey failed the moisture test at 20.4% and can't go in the show.",
    "Minutes: present were [[PERSON|Ewa Nowak]], [[PERSON|Tunde Bakare]], [[PERSON|Siobhan Kearney]] and [[PERSON|Hiroshi Mori]]; apologies from [[PERSON|Leila Farahani]]. Please tidy these up.",
    "Honey order for the café: 24 jars to [[STREET_ADDRESS|Unit 4, Tanners Yard, Frome BA11 1PQ]], invoice [[PERSON|Joy Abernethy]].",
    "I need the alarm code for the equipment store, [[PERSON|Neil Fairbrother]] said it was [[PASSWORD|5520]] but it beeps at me.",
    "[[PERSON|मीनाक्षी अग्रवाल]] wants to join the association. Can you send her the form at [[EMAIL_ADDRESS|meenakshi.agarwal@example.in]]?",
    "Swarm at the school! Caller is the caretaker, [[PERSON|Stanislav Horák]], [[PHONE_NUMBER|01632 960733]]. The bees are on the climbing frame.",
    "Can you tell [[PERSON|Hope Garraway]] that she won second in the dark honey class?",
    "Please log this callout: [[PERSON|আয়েশা সিদ্দিকা]], [[STREET_ADDRESS|19 Whitechapel Court, London E1 7QX]], bees in a compost bin, not urgent.",
    "Here's the read-only key for the apiary sensor API: [[API_KEY|ak_3Fh9QzL2mV8xR4tN7wY1bK6pD0sJcE5g]]. Can you summarise the temperature readings it returns?",
    "Sign the letter from me, [[PERSON|Summer Al-Khatib]], chair of the Riverside Beekeepers.",
    "What do I charge for a swarm collection? Last one was for Mr [[PERSON|Ahmet Çelik]] at [[STREET_ADDRESS|27 Granville Road, Luton LU1 3HB]] and I charged nothing.",
    "Remind [[PERSON|Ji-woo Park]] that the honey labels must show the country of origin.",
    "Send [[PERSON|김서연]] the link to the online varroa course, her email is [[EMAIL_ADDRESS|seoyeon.kim@example.kr]].",
    "My password for the association portal is [[PASSWORD|Lavender&Clover9]], is that strong enough or should I change it?",
    "Please put [[PERSON|Chiamaka Obi]] and [[PERSON|Rhys Vaughan]] on the honey stall at the county show, 10 till 2.",
    "How many jars should [[PERSON|Babájídé Ògúnlèyè]] bring to the Christmas fair if he sold 60 last year and the fair is twice as big?",
    "Who collects swarms near Ripon? My aunt, [[PERSON|Margaret Tolley]], has one in her rose bed.",
    "Draft a reply to [[PERSON|Tariq Jameel]] explaining that we can't remove honeybees from inside walls but can recommend a cut-out specialist.",
    "Mentor list update: [[PERSON|Olamide Adewale]] now mentors [[PERSON|Ellie Brandreth]] and [[PERSON|Paulo Tavares]].",
    "The gate at Fairfield apiary has a new padlock, combination [[PASSWORD|3-9-6-2]]. Only tell people on the rota.",
    "Please check whether [[PERSON|Nadia Petrenko]]'s payment of £45 for two nucs went through. She paid from [[IBAN_CODE|DE11 5001 0517 0938 4726 1538]].",
    "[[PERSON|Ravi Subramanian]] - 12 jars heather, [[PERSON|Lucy Okwuosa]] - 8 jars wildflower, [[PERSON|Tomás Ó Briain]] - 20 jars set honey. Total it up for the shop order.",
    "I found a swarm in the churchyard. The vicar, Rev. [[PERSON|Alison Whitcombe]], said we can collect it after the service.",
    "Can you write a Facebook post congratulating [[PERSON|Sunny Adeyinka]] on her first honey harvest?",
    "Hi, it's [[PERSON|Mariam Yusuf]]. Can the association send someone to look at bees in my chimney? [[STREET_ADDRESS|3 Beacon Terrace, Whitby YO21 3EN]], phone [[PHONE_NUMBER|07700 900455]].",
    "Our volunteer [[PERSON|Mark Ellison]] needs to get into the club shed on Sunday. The keysafe code is [[PASSWORD|8093]]; can you text it to him?",
    "Give me a shopping list for a beginner beekeeper, budget £400. It's for [[PERSON|Ivy Castellano]].",
    "Who should I contact about wax foundation? [[PERSON|Arjun Mehta]] gave me [[PHONE_NUMBER|(604) 555-0183]] but nobody answers.",
    "Please change the contact on the swarm map for the Edgmond area from [[PERSON|Patrick Dunleavy]] to [[PERSON|Wiremu Tane]], [[PHONE_NUMBER|07700 900690]].",
    "Turn this into a card message: thank you [[PERSON|Natalia Restrepo]] for the comb honey and for hosting the June apiary meeting.",
    "[[PERSON|Yosef Mizrahi]] and [[PERSON|שרה לוי]] are sharing a hive at the allotment. Can you explain to them how to split the honey fairly?",
    "Refund [[PERSON|Gloria Esposito]] for the cancelled course. Card used: [[CREDIT_CARD|4532 7180 9461 3821]].",
    "Please set up a standing order reminder: [[PERSON|Bogdan Ionescu]] pays £5 a month for apiary rent.",
    "What's a good name for our honey brand? [[PERSON|Honey Adebisi]] suggested 'Hive Five' but I'm not sure.",
    "The root password on the hive-monitoring Raspberry Pi is [[PASSWORD|apis-mellifera-91]] and it's at [[IP_ADDRESS|192.0.2.47]]. Why can't I SSH in?",
    "Can you call [[PERSON|Kemal Arslan]]? He's at [[PHONE_NUMBER|07700 900271]] and wants to sell 200 kg of bulk honey to the association.",
    "[[PERSON|Willa Fennimore]] is running the extraction day. Tell people to bring their own buckets and to email her at [[EMAIL_ADDRESS|willa.f@example.com]] to book a slot.",
    "Write a two-line swarm warning for the newsletter, signed by our swarm officer [[PERSON|Ezinne Okeke]].",
    "Need someone for a swarm in a bird box at [[STREET_ADDRESS|9 Chestnut Walk, Stroud GL5 2JR]]. Homeowner will be out; neighbour [[PERSON|Pavel Novák]] has the side gate key.",
    "Please reset the honey shop till login for [[PERSON|Hamida Begum]], username [[ID_NUMBER|hbegum_till]].",
    "Could you make a rota of who brings cake to the winter meetings: [[PERSON|Alma Reyes]], [[PERSON|Kenji Watanabe]], [[PERSON|Precious Sithole]], [[PERSON|Dieter Vogel]]?",
    "Is it legal to sell honey from my garden gate? I'm [[PERSON|Carys Pugh]], [[STREET_ADDRESS|Ty Gwyn, Llanrhaeadr, Denbigh LL16 4NP]].",
    "My bees swarmed into [[PERSON|Eunice Abara]]'s garden next door. Do I have any right to go in and collect them?",
    "[[PERSON|Ahmad Karimi]] from the Hounslow group asked for a copy of our swarm leaflet. Send it to [[EMAIL_ADDRESS|a.karimi@example.co.uk]].",
    "The shared login for the newsletter is [[ID_NUMBER|riversidebees.news]] with password [[PASSWORD|Drone&Worker2023]]. Please write this month's issue.",
    "Please thank [[PERSON|Bartholomew Quayle]] for donating the bee suits.",
    "Honey tasting judges this year: [[PERSON|Françoise Lemaire]], [[PERSON|Obiageli Nwosu]], [[PERSON|Sven Lindgren]]. Please send them the schedule.",
    "Ask [[PERSON|Ruth Abimbola]] whether her swarm trap is still on the church roof.",
    "Can you tell [[PERSON|Dmitri Volkov]] his subs are overdue? Be kind, he's been ill.",
    "Our newest member [[PERSON|ณัฐพล ศรีสุข]] keeps stingless bees back in Thailand. Could you write a welcome message in Thai and English?",
    "Work out the honey split: [[PERSON|Lerato Mokoena]] supplied 3 hives, [[PERSON|Henrik Nyberg]] 2 and [[PERSON|Zara Siddiqui]] 1; we took 84 kg in total.",
    "Please tell [[PERSON|Caoimhe Gallagher]] the swarm at the bus stop has been collected.",
    "Caller on line 2 is [[PERSON|Bilal Chaudhry]], [[PHONE_NUMBER|01632 960581]], says bees in his loft. What do I ask him?",
    "Add this to the honey sellers list: [[PERSON|Ayodele Fashola]], raw honey and beeswax candles, [[EMAIL_ADDRESS|ayo.fashola@example.org]], [[PHONE_NUMBER|07700 900804]].",
    "Swarm reported at [[STREET_ADDRESS|45 Queen's Road, Bristol BS8 1QU]], in a pear tree about 3 m up. Who's nearest?",
    "Reply to [[EMAIL_ADDRESS|honeyfan.kettle@example.net]] saying we don't post honey abroad.",
    "Please call back [[PHONE_NUMBER|(212) 555-0146]] about the swarm on the fire escape.",
    "Can you check the delivery address [[STREET_ADDRESS|Flat 2, 61 Albion Street, Leeds LS1 6AG]] for the 12-jar order? The postcode looks wrong.",
    "Someone at [[IP_ADDRESS|198.51.100.23]] keeps spamming our swarm report form. Can we block it?",
    "Bees in the postbox outside [[STREET_ADDRESS|27 Marlowe Crescent, Canterbury CT1 3RP]], the caller asked not to be named. Can we send someone?",
    "Send the beginner course receipt to [[EMAIL_ADDRESS|jmcd.bees@example.co.uk]] please.",
    "Missed call from [[PHONE_NUMBER|0491 570 133]] about a swarm in a letterbox. Who's on duty in Parramatta?",
    "Please caption the photo 'Apiary open day, with [[PERSON|Elodie Fournier]] and [[PERSON|Kwabena Asante]]' and post it.",
]

# 100 one-person records: 40 with a national id first, then 60 with other identifiers.
RECORDS = [
    "Medlem: [[PERSON|Karin Lindström]], personnummer [[ID_NUMBER|870914-3815]], [[STREET_ADDRESS|Bigatan 12, 753 20 Uppsala]], e-post [[EMAIL_ADDRESS|karin.lindstrom@example.se]].",
    "Honungsförsäljare [[PERSON|Oskar Bergqvist]] (pnr [[ID_NUMBER|930227-5467]]) får betalt till [[IBAN_CODE|SE35 5000 0000 0518 3827 4619]].",
    "Lid imkersvereniging: [[PERSON|Femke de Groot]], BSN [[ID_NUMBER|318527649]], [[STREET_ADDRESS|Bijenkorfstraat 8, 3511 AB Utrecht]].",
    "Subsidieaanvraag bijenstand: [[PERSON|Joost van Leeuwen]], BSN [[ID_NUMBER|192837461]], uitbetalen op [[IBAN_CODE|NL34 RABO 0372 9184 65]].",
    "양봉협회 회원: [[PERSON|이민준]], 주민등록번호 [[ID_NUMBER|880514-1652731]], 이메일 [[EMAIL_ADDRESS|minjun.lee@example.kr]]",
    "Honey seller registration: [[PERSON|Lachlan O'Driscoll]], TFN [[ID_NUMBER|372 159 845]], mobile [[PHONE_NUMBER|0491 570 127]].",
    "Membre de la fédération apicole : [[PERSON|Mathieu Tremblay-Gagnon]], NAS [[ID_NUMBER|619 438 278]], téléphone [[PHONE_NUMBER|(514) 555-0162]].",
    'חברה באגודת הכוורנים: [[PERSON|נועה אברהמי]], ת.ז. [[ID_NUMBER|031847262]], דוא"ל [[EMAIL_ADDRESS|noa.avrahami@example.co.il]]',
    "Μελισσοκόμος: [[PERSON|Ελένη Κωνσταντίνου]], ΑΜΚΑ [[ID_NUMBER|12078514630]], διεύθυνση [[STREET_ADDRESS|Αθηνάς 27, 10551 Αθήνα]].",
    "Byeboer [[PERSON|Pieter Venter]], ID-nommer [[ID_NUMBER|7906235082089]], e-pos [[EMAIL_ADDRESS|pventer@example.co.za]].",
    "Arıcılar birliği üyesi [[PERSON|Hatice Demirci]], T.C. kimlik no [[ID_NUMBER|56208191316]], adres [[STREET_ADDRESS|Lale Sokak No. 4, 06690 Çankaya, Ankara]].",
    "Swarm volunteer medical note: [[PERSON|Duncan Fairweather]], NHS number [[ID_NUMBER|943 476 5803]], carries an EpiPen, emergency contact [[PHONE_NUMBER|07700 900519]].",
    "Patient [[PERSON|Beatrice Oyelowo]] (NHS [[ID_NUMBER|721 058 4633]]) treated for multiple stings at the apiary open day; GP informed.",
    "Członkini koła pszczelarzy: [[PERSON|Agnieszka Wróblewska]], PESEL [[ID_NUMBER|84072318533]], e-mail [[EMAIL_ADDRESS|a.wroblewska@example.pl]].",
    "Apicoltrice: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI82M52L219N]], residente in [[STREET_ADDRESS|Via dei Mille 18, 10123 Torino]].",
    "Mehiläistarhaaja [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|120479-637W]], sähköposti [[EMAIL_ADDRESS|aino.korhonen@example.fi]].",
    "養蜂協会 会員 [[PERSON|高橋 直樹]] マイナンバー [[ID_NUMBER|7392 6148 5023]] 住所 [[STREET_ADDRESS|〒150-0001 東京都渋谷区神宮前 4-12-7]]",
    "Socio de la asociación apícola: [[PERSON|Javier Morales Ibáñez]], DNI [[ID_NUMBER|53916284Y]], IBAN [[IBAN_CODE|ES08 2100 0418 3702 3947 6152]].",
    "Vendedora de miel en el mercadillo: [[PERSON|Fatima Zahra Benali]], NIE [[ID_NUMBER|Y4718263B]], correo [[EMAIL_ADDRESS|fz.benali@example.es]].",
    "Beekeeping course grant form, applicant [[PERSON|Seán Mac Giolla]], PPS number [[ID_NUMBER|8273615K]], [[STREET_ADDRESS|14 Abbey Road, Ennis, Co. Clare V95 K2X3]].",
    "Adhérente du rucher école : [[PERSON|Camille Dufresne]], n° de sécurité sociale [[ID_NUMBER|2 86 07 75 118 094 33]], [[STREET_ADDRESS|12 rue des Abeilles, 69003 Lyon]].",
    "Imker [[PERSON|Wouter Claes]], rijksregisternummer [[ID_NUMBER|83.11.24-317.07]], rekening [[IBAN_CODE|BE18 3101 8273 6459]].",
    "Birøkter [[PERSON|Sigrid Haugland]], fødselsnummer [[ID_NUMBER|150388 41278]], adresse [[STREET_ADDRESS|Storgata 41, 7011 Trondheim]].",
    "Produtor de mel: [[PERSON|Rui Fonseca]], NIF [[ID_NUMBER|238 491 765]], IBAN [[IBAN_CODE|PT93 0035 0217 0002 7394 6185 2]].",
    "Membră a asociației apicultorilor: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2850317406131]], e-mail [[EMAIL_ADDRESS|ioana.dumitrescu@example.ro]].",
    "Apicultor registrado: [[PERSON|Camilo Fuentes Araya]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|cfuentes.miel@example.cl]].",
    "Mesinike seltsi liige [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48512072734]], aadress [[STREET_ADDRESS|Mesila tn 5, 50410 Tartu]].",
    "Býflugnabóndi: [[PERSON|Guðrún Ólafsdóttir]], kennitala [[ID_NUMBER|140582-3879]], netfang [[EMAIL_ADDRESS|gudrun.olafs@example.is]].",
    "Členka včelařského spolku: [[PERSON|Lucie Procházková]], rodné číslo [[ID_NUMBER|856112/3120]], bydliště [[STREET_ADDRESS|Včelařská 12, 602 00 Brno]].",
    "Членкиня спілки пасічників: [[PERSON|Олена Шевчук]], РНОКПП [[ID_NUMBER|3142758694]], ел. пошта [[EMAIL_ADDRESS|olena.shevchuk@example.ua]].",
    "Honigverkäufer [[PERSON|Matthias Oberländer]], Steuer-ID [[ID_NUMBER|47 382 169 503]], Konto [[IBAN_CODE|DE56 7605 0101 0013 8462 9730]].",
    "Patient [[PERSON|Mere Tawhiri]], NHI [[ID_NUMBER|ZQB4720]], seen for anaphylaxis after a sting at the club apiary in Hamilton.",
    "Swarm collector [[PERSON|Brodie Kavanagh]], Medicare [[ID_NUMBER|5839 27147 2]], mobile [[PHONE_NUMBER|0491 570 106]].",
    "蜂农登记：[[PERSON|王秀兰]]，身份证号 [[ID_NUMBER|110105198604173527]]，地址 [[STREET_ADDRESS|北京市朝阳区槐花路 18 号]]",
    "Associado da cooperativa apícola: [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|371.846.295-82]], e-mail [[EMAIL_ADDRESS|thiago.nasc@example.com.br]].",
    "मधुमक्खी पालक संघ के सदस्य: [[PERSON|राजेश कुमार यादव]], आधार [[ID_NUMBER|6384 1925 7303]], ईमेल [[EMAIL_ADDRESS|rajesh.yadav@example.in]]",
    "Honey stall permit holder [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7429183Z]], [[STREET_ADDRESS|Blk 214 Bishan Street 23, #07-118, Singapore 570214]].",
    "养蜂协会会员 [[PERSON|刘志强]] 身份证 [[ID_NUMBER|510107199208034615]] 邮箱 [[EMAIL_ADDRESS|zhiqiang.liu@example.cn]]",
    "মৌমাছি পালক সমিতির সদস্য: [[PERSON|সুমিত্রা দাস]], আধার [[ID_NUMBER|8421 3769 0524]], ইমেল [[EMAIL_ADDRESS|sumitra.das@example.in]]",
    "Vendedora de mel na feira: [[PERSON|Luana Ribeiro]], CPF [[ID_NUMBER|529.037.418-32]], cartão [[CREDIT_CARD|5163 8402 7195 6386]].",
    # without a national id
    "Member record: [[PERSON|Hannah Whitfield]], member no. [[ID_NUMBER|BBKA-0047721]], [[PHONE_NUMBER|07700 900902]], [[EMAIL_ADDRESS|hannah.whitfield@example.co.uk]].",
    "Swarm callout log: caller [[PERSON|Gordon McBride]], [[STREET_ADDRESS|17 Heron Close, Perth PH1 2QT]], tel [[PHONE_NUMBER|01632 960312]], swarm on a garden fence.",
    "Honey seller [[PERSON|Adaeze Okonjo]], stall 14, pays her pitch fee by card [[CREDIT_CARD|4917 0382 6451 9376]] exp 08/27.",
    "Customer [[PERSON|Priscilla Van Buren]], account [[ID_NUMBER|HS-882014]], delivery to [[STREET_ADDRESS|230 Maple Avenue, Springfield, IL 62704]], phone [[PHONE_NUMBER|(217) 555-0139]].",
    "State beekeeper grant applicant [[PERSON|Dwayne Holcomb]], SSN [[US_SSN|412-73-9051]], phone [[PHONE_NUMBER|(615) 555-0178]].",
    "Patient [[PERSON|Lydia Fenwick]], hospital number [[ID_NUMBER|RVJ4471823]], admitted after more than 40 stings while collecting a swarm.",
    "Registered honey producer [[PERSON|Callum Rennie]], [[STREET_ADDRESS|Braeside Farm, Dunkeld PH8 0JB]], [[EMAIL_ADDRESS|callum@braeside-honey.example]].",
    "Membership renewal: [[PERSON|Fiona Gallacher]] paid £30 from [[IBAN_CODE|GB63 BARC 2045 1783 9264 51]] on 2 March.",
    "Hội viên hội nuôi ong: [[PERSON|Trần Văn Hùng]], email [[EMAIL_ADDRESS|tranvanhung@example.vn]], địa chỉ [[STREET_ADDRESS|45 Đường Hoa Mai, Phường 7, Quận 3, TP. Hồ Chí Minh]].",
    "Penjual madu: [[PERSON|Siti Rahayu]], nomor rekening [[ID_NUMBER|0183 2947 561]], email [[EMAIL_ADDRESS|siti.rahayu@example.co.id]].",
    "สมาชิกสมาคมผู้เลี้ยงผึ้ง [[PERSON|สมศักดิ์ วงศ์ทอง]] อีเมล [[EMAIL_ADDRESS|somsak.w@example.co.th]] เลขสมาชิก [[ID_NUMBER|TBA-60219]]",
    "بائع عسل: [[PERSON|خالد المنصوري]]، هاتف [[PHONE_NUMBER|+44 7700 900733]]، البريد [[EMAIL_ADDRESS|khalid.mansouri@example.ae]]",
    "Член общества пчеловодов: [[PERSON|Андрей Соколов]], телефон [[PHONE_NUMBER|+44 7700 900187]], адрес [[STREET_ADDRESS|ул. Липовая, д. 12, кв. 5, Рязань 390000]].",
    "Schwarmmeldung: [[PERSON|Uwe Hartmann]], [[STREET_ADDRESS|Lindenstraße 23, 34117 Kassel]], E-Mail [[EMAIL_ADDRESS|uwe.hartmann@example.de]], Schwarm im Apfelbaum.",
    "Vendeuse de miel : [[PERSON|Amélie Rousseau]], carte [[CREDIT_CARD|5268 1937 4026 5185]], courriel [[EMAIL_ADDRESS|amelie.rousseau@example.fr]].",
    "Cliente de la tienda de miel: [[PERSON|Rocío Gutiérrez]], número de cliente [[ID_NUMBER|CLI-55820]], dirección [[STREET_ADDRESS|Avenida de la Constitución 33, 3.º B, 41001 Sevilla]].",
    "Socio dell'associazione apicoltori: [[PERSON|Lorenzo Bianchi]], tessera n. [[ID_NUMBER|API-2291]], IBAN [[IBAN_CODE|IT80 X030 6909 6061 0000 0172 635]].",
    "Aelod o'r gymdeithas gwenyn: [[PERSON|Gwenllian Parry]], ffôn [[PHONE_NUMBER|01632 960864]], cyfeiriad [[STREET_ADDRESS|2 Stryd y Capel, Bala LL23 7AB]].",
    "Mfugaji nyuki: [[PERSON|Wanjiku Kamau]], simu [[PHONE_NUMBER|+44 7700 900299]], barua pepe [[EMAIL_ADDRESS|wanjiku.kamau@example.co.ke]].",
    "Nagbebenta ng pulot: [[PERSON|Maricel Dela Cruz]], numero ng miyembro [[ID_NUMBER|PBA-7740]], telepono [[PHONE_NUMBER|0491 570 115]].",
    "Méhész egyesületi tag: [[PERSON|Nagy Erzsébet]], tagszám [[ID_NUMBER|MOE-30518]], e-mail [[EMAIL_ADDRESS|nagy.erzsebet@example.hu]].",
    "მეფუტკრე: [[PERSON|ნინო ბერიძე]], ელფოსტა [[EMAIL_ADDRESS|nino.beridze@example.ge]], ტელეფონი [[PHONE_NUMBER|+44 7700 900356]]",
    "தேனீ வளர்ப்போர் சங்க உறுப்பினர்: [[PERSON|கார்த்திகேயன் முருகன்]], மின்னஞ்சல் [[EMAIL_ADDRESS|karthik.murugan@example.in]], உறுப்பினர் எண் [[ID_NUMBER|TNBK-4418]]",
    "زنبوردار: [[PERSON|مریم احمدی]]، ایمیل [[EMAIL_ADDRESS|maryam.ahmadi@example.ir]]، شماره عضویت [[ID_NUMBER|IRB-20573]]",
    "Ahli persatuan penternak lebah: [[PERSON|Nurul Aisyah binti Hamzah]], telefon [[PHONE_NUMBER|+61 491 570 144]], alamat [[STREET_ADDRESS|No. 12, Jalan Madu 3, Taman Seri Indah, 43000 Kajang, Selangor]].",
    "Biavler [[PERSON|Mette Kjærgaard]], medlemsnummer [[ID_NUMBER|DBF-41876]], e-mail [[EMAIL_ADDRESS|mette.kjaergaard@example.dk]], to bistader i haven.",
    "Insurance: policy holder [[PERSON|Terence Oakley]], policy number [[ID_NUMBER|BKI-449120-T]], six hives at [[STREET_ADDRESS|Long Acre Allotments, Plot 31, Wantage OX12 9EF]].",
    "Employee [[PERSON|Shona Blackwood]], staff ID [[ID_NUMBER|EMP-07731]], honey packing line, [[PHONE_NUMBER|07700 900417]].",
    "Student beekeeper [[PERSON|Kieran Osei-Bonsu]], student number [[ID_NUMBER|S2319847]], email [[EMAIL_ADDRESS|k.oseibonsu@example.ac.uk]].",
    "Swarm callout: [[PERSON|Maureen Halliwell]], [[STREET_ADDRESS|8 Willow Bank, Kendal LA9 5HT]], [[PHONE_NUMBER|01632 960145]], bees in the chimney, second call.",
    "Card on file for the honey subscription: [[PERSON|Vikram Chandrasekhar]], [[CREDIT_CARD|4026 3891 5720 4610]], billing [[STREET_ADDRESS|71 Regent Road, Leicester LE1 6YF]].",
    "Wholesale buyer [[PERSON|Imogen Sutherland-Reid]], customer no. [[ID_NUMBER|WB-11093]], [[EMAIL_ADDRESS|imogen@deli.example.co.uk]].",
    "Honey seller [[PERSON|Eduardo Salazar]], [[PHONE_NUMBER|(305) 555-0114]], [[EMAIL_ADDRESS|esalazar.apiary@example.com]], stall at the farmers' market.",
    "[[PERSON|Grace Ampofo]], [[STREET_ADDRESS|4 Linden Grove, Nottingham NG7 1BN]], [[PHONE_NUMBER|07700 900680]]; swarm collected 12 May, hived at the club apiary.",
    "New member: [[PERSON|Rhiannon Pryce]], DOB 03/04/1991, member no. [[ID_NUMBER|BBKA-0051982]], [[EMAIL_ADDRESS|rhiannon.pryce@example.com]].",
    "Sting allergy register: [[PERSON|Owen Blakemore]], patient no. [[ID_NUMBER|PT-3391072]], carries two adrenaline pens.",
    "Refund of the course fee issued to [[PERSON|Harriet Lomax]] on card [[CREDIT_CARD|3746 281905 37189]].",
    "Honey show entrant [[PERSON|Bill Sowerby]], entry 22, [[PHONE_NUMBER|07700 900128]], [[STREET_ADDRESS|The Old Forge, Church Street, Pickering YO18 7AE]].",
    "Apiary site host [[PERSON|Josephine Makori]], [[EMAIL_ADDRESS|j.makori@example.org]], rent paid to [[IBAN_CODE|IE44 BOFI 9012 0438 1274 65]].",
    "Online honey order placed from [[IP_ADDRESS|198.51.100.77]] by [[PERSON|Stefan Kowalczyk]], [[EMAIL_ADDRESS|stefan.kowalczyk@example.com]].",
    "Swarm trap loan: [[PERSON|Heather Bramwell]], deposit paid, [[PHONE_NUMBER|0491 570 121]], [[STREET_ADDRESS|22 Wattle Street, Ballarat VIC 3350]].",
    "Customer [[PERSON|Miguel Ángel Torres]], [[PHONE_NUMBER|(713) 555-0192]], card [[CREDIT_CARD|6011 5382 7946 2033]], six jars of mesquite honey.",
    "Mentor contact: [[PERSON|Deborah Achebe]], [[PHONE_NUMBER|07700 900943]], free on weekday evenings.",
    "Beekeeping course booking: [[PERSON|Yusuf Demir]], [[EMAIL_ADDRESS|yusuf.demir@example.co.uk]], paid by card [[CREDIT_CARD|5482 0173 6492 8176]].",
    "Honey house key holder: [[PERSON|Patience Okoro]], [[PHONE_NUMBER|01632 960927]], [[STREET_ADDRESS|19 Lime Tree Avenue, Rugby CV22 7HD]].",
    "Pollination contract: beekeeper [[PERSON|Marlene Dubois]], SSN [[US_SSN|528-46-1930]], [[EMAIL_ADDRESS|marlene.dubois@example.com]].",
    "Swarm callout: [[PERSON|Ali Hassan]], [[PHONE_NUMBER|07700 900066]], bees in a wheelie bin at [[STREET_ADDRESS|63 Cedar Road, Slough SL2 1LZ]].",
    "Patient [[PERSON|Nkechi Obiora]], MRN [[ID_NUMBER|MRN-6618240]], phone [[PHONE_NUMBER|(404) 555-0165]], follow-up for bee-venom immunotherapy.",
    "Member [[PERSON|Clement Fairley]], member no. [[ID_NUMBER|BBKA-0039105]], subs paid by card [[CREDIT_CARD|4193 7265 0827 1433]].",
    "Honey supplier [[PERSON|Aleksandra Kovač]], [[EMAIL_ADDRESS|a.kovac@example.hr]], [[IBAN_CODE|AT24 1420 0201 4738 2956]].",
    "Beeswax buyer [[PERSON|Jussi Mäkinen]], [[EMAIL_ADDRESS|jussi.makinen@example.fi]], [[IBAN_CODE|FI60 4234 5600 0847 19]].",
    "Honey seller [[PERSON|Marta Zawadzka]], [[IBAN_CODE|PL47 1090 1014 0000 0723 9184 6375]], [[PHONE_NUMBER|07700 900752]].",
    "Honey importer [[PERSON|Nikos Stavridis]], [[IBAN_CODE|GR48 0110 1250 0000 0012 7349 685]], [[EMAIL_ADDRESS|nstavridis@example.gr]].",
    "Acacia honey supplier [[PERSON|Mihai Popescu]], payments to [[IBAN_CODE|RO38 BTRL RONC RT03 8271 6450]].",
    "Wax foundation supplier [[PERSON|Tereza Svobodová]], [[IBAN_CODE|CZ31 0800 0000 1927 3645 8170]], [[PHONE_NUMBER|+44 7700 900509]].",
    "Swarm map volunteer [[PERSON|Rowan Ashdown]]: username [[ID_NUMBER|rashdown.swarm]], recovery email [[EMAIL_ADDRESS|rowan.ashdown@example.net]].",
    "Honey delivery driver [[PERSON|Marcus Ellery]], employee no. [[ID_NUMBER|E-40318]], [[PHONE_NUMBER|07700 900875]].",
    "Apiary neighbour complaint: [[PERSON|Sylvia Trask]], [[STREET_ADDRESS|10 Primrose Hill, Yeovil BA20 1TU]], [[PHONE_NUMBER|01632 960662]].",
    "Canadian member [[PERSON|Émilie Bouchard]], [[PHONE_NUMBER|(819) 555-0121]], [[EMAIL_ADDRESS|emilie.bouchard@example.ca]], membership [[ID_NUMBER|CHA-8814]].",
    "Swarm callout, Adelaide: [[PERSON|Jarrah Wilson]], [[PHONE_NUMBER|0491 570 157]], [[STREET_ADDRESS|5 Banksia Court, Glenelg SA 5045]].",
]

# The national ids of the records, each with its check.
NATIONAL_IDS = {
    "870914-3815": luhn_len(10),  # Swedish personnummer
    "930227-5467": luhn_len(10),
    "318527649": bsn_ok,  # Dutch BSN
    "192837461": bsn_ok,
    "880514-1652731": rrn_ok,  # Korean resident registration number
    "372 159 845": tfn_ok,  # Australian tax file number
    "619 438 278": luhn_len(9),  # Canadian SIN
    "031847262": luhn_len(9),  # Israeli teudat zehut
    "12078514630": luhn_len(11),  # Greek AMKA
    "7906235082089": luhn_len(13),  # South African id
    "56208191316": kimlik_ok,  # Turkish kimlik
    "943 476 5803": nhs_ok,  # NHS number
    "721 058 4633": nhs_ok,
    "84072318533": pesel_ok,  # Polish PESEL
    "RSSGLI82M52L219N": codice_fiscale_ok,  # Italian codice fiscale
    "120479-637W": hetu_ok,  # Finnish henkilötunnus
    "7392 6148 5023": my_number_ok,  # Japanese My Number
    "53916284Y": dni_ok,  # Spanish DNI
    "Y4718263B": dni_ok,  # Spanish NIE
    "8273615K": pps_ok,  # Irish PPS number
    "2 86 07 75 118 094 33": nir_ok,  # French NIR
    "83.11.24-317.07": belgian_id_ok,  # Belgian national number
    "150388 41278": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 491 765": nif_ok,  # Portuguese NIF
    "2850317406131": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "48512072734": isikukood_ok,  # Estonian isikukood
    "140582-3879": kennitala_ok,  # Icelandic kennitala
    "856112/3120": rodne_cislo_ok,  # Czech rodné číslo
    "3142758694": rnokpp_ok,  # Ukrainian RNOKPP
    "47 382 169 503": steuer_id_ok,  # German tax id
    "ZQB4720": nhi_ok,  # New Zealand NHI
    "5839 27147 2": medicare_ok,  # Australian Medicare
    "110105198604173527": china_id_ok,  # Chinese resident identity number
    "371.846.295-82": cpf_ok,  # Brazilian CPF
    "6384 1925 7303": aadhaar_ok,  # Indian Aadhaar
    "S7429183Z": nric_ok,  # Singapore NRIC
    "510107199208034615": china_id_ok,
    "8421 3769 0524": aadhaar_ok,
    "529.037.418-32": cpf_ok,
}

# Every phone is in a range kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging city councils to plant wildflower verges for pollinators.",
    "Compose a sequence of four haiku about a beehive through the seasons.",
    "Imagine you are Sherlock Holmes investigating why every hive in a village suddenly went quiet. Describe your first deductions.",
    "Explain the waggle dance that Karl von Frisch described, as if to a ten-year-old.",
    "Write a Python function that takes a list of daily hive weights in kilograms and returns the day with the largest gain.",
    "Compare top-bar hives, Langstroth hives and Warré hives in a table with pros and cons.",
    "Role-play as Winnie-the-Pooh explaining to Piglet why honey should never be overheated.",
    "Summarise the main arguments for and against banning neonicotinoid pesticides in about 150 words.",
    "Draft a product description for a jar of set lavender honey for an online shop, under 80 words.",
    "What would happen to global food production if honeybees disappeared? Reason step by step.",
    "Extract all the numbers from this sentence and return them as JSON: 'The colony had 12 frames of brood, 3 frames of stores and about 40,000 bees.'",
    "Write a SQL query that lists the five honey varieties with the most kilograms sold from a table sales(variety, kg, sold_on).",
    "Pretend you are Aristotle writing about bees in his History of Animals. What might he get wrong?",
    "Write a limerick about a drone who refuses to leave the hive in autumn.",
    "Plan a three-day trip to Crete for a food lover, including a visit to a thyme honey producer.",
    "Explain the difference between correlation and causation with an example about honey sales and summer temperatures.",
    "How did Charles Darwin use bees and clover in his argument about the web of life?",
    "Rewrite this in plain English: 'Apis mellifera colonies exhibit thermoregulatory behaviour whereby workers generate heat via flight muscle contraction.'",
    "Write a short dialogue between Hermione Granger and a bee inspector about magical pollinators.",
    "What are the ethical arguments for and against eating honey from a vegan point of view?",
    "Design a simple spreadsheet layout for recording hive inspections: column names and what goes in each.",
    "Write a JavaScript function that converts a Fahrenheit reading to Celsius and warns if the brood nest is below 32 °C.",
    "As a marketing consultant, suggest five slogans for a farmers' market honey stall.",
    "Why do honeycomb cells have a hexagonal shape? Explain the geometry behind it.",
    "Write the opening of a fairy tale about a queen bee who loses her crown.",
]

# 25 GSM8K-style word problems with story first names.
CLEAN_GSM8K = [
    "Maya has 4 hives. Each hive produces 18 kg of honey in a season. She sells the honey in 0.5 kg jars for $7 each. How much money does she make if she sells all of it?",
    "A beekeeping club has 56 members. Three eighths of them keep more than two hives. How many members keep two hives or fewer?",
    "Tom buys 12 frames at $3.50 each and a smoker for $28. He pays with a $100 bill. How much change does he get?",
    "A colony has 30,000 bees in spring and grows by 1,500 bees per week for 8 weeks. How many bees are in the colony after 8 weeks?",
    "Lena fills 36 jars with honey on Monday and twice as many on Tuesday. On Wednesday she fills 20 fewer than on Tuesday. How many jars does she fill in the three days?",
    "A swarm collector drives 14 miles to each swarm and 14 miles back. In May he collects 9 swarms. How many miles does he drive for swarms in May?",
    "Priya's honey stall sells small jars for $5 and large jars for $9. On Saturday she sold 23 small jars and 17 large jars. How much money did she take?",
    "A bee visits 50 flowers on each trip and makes 12 trips a day. How many flowers does it visit in a week?",
    "Omar makes syrup with 3 kg of sugar for every 2 litres of water. He wants to use 15 kg of sugar. How many litres of water does he need?",
    "A honey show has 5 classes with 14 entries each. The judges spend 3 minutes on each entry. How many hours do they spend judging?",
    "Jack made 48 beeswax candles. He sold a quarter of them on Friday and half of the rest on Saturday. How many candles are left?",
    "A beekeeper harvests 84 kg of honey and loses 5% of it when filtering. How many kilograms are left?",
    "Sofia buys a hive for $210, a bee suit for $65 and a nucleus colony for $180. She gets a 10% discount on the total. How much does she pay?",
    "Each frame holds about 2.5 kg of honey and a super holds 10 frames. How many kilograms of honey are in 3 full supers?",
    "Ben's observation hive has 1,200 bees. Each day 40 new bees emerge and 25 die. How many bees will there be after 2 weeks?",
    "A club orders jars in boxes of 72. It needs 500 jars. How many boxes must it order, and how many jars will be spare?",
    "Grace walks 400 metres from her house to the apiary and back twice a day. How many kilometres does she walk in 30 days?",
    "Ahmed sells honey at $12 per kilogram. He wants to earn $540. How many kilograms must he sell?",
    "A queen lays 1,500 eggs a day. A worker bee takes 21 days to develop from egg to adult. How many eggs does the queen lay in 21 days?",
    "Ella has 3 times as many hives as Noah. Together they have 24 hives. How many hives does Ella have?",
    "A farmer rents 35 hives for pollination at $40 per hive per week. He keeps them for 3 weeks. What is the total bill?",
    "Kenji's extractor spins 4 frames at a time, and each spin takes 6 minutes. How long does it take to extract 30 frames?",
    "A full jar of honey weighs 454 g more than the empty jar. How many grams of honey are in 25 jars, and how many kilograms is that?",
    "Rosa bought 2 packages of bees for $145 each and spent $95 on treatments. She sold honey worth $620 that season. What was her profit?",
    "There are 9 apiaries with 7 hives each. A mite treatment costs $4.80 per hive. How much does it cost to treat every hive?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which honeybee caste develops from unfertilised eggs? A) Queen B) Worker C) Drone D) Forager",
    "The waggle dance of the honeybee communicates which two pieces of information? A) Distance and direction B) Colour and scent C) Temperature and humidity D) Age and sex",
    "If the supply of honey falls while demand is unchanged, the equilibrium price will most likely: A) fall B) rise C) stay the same D) become zero",
    "Varroa destructor is best classified as a: A) fungus B) bacterium C) mite D) virus",
    "Which enzyme in honey converts glucose into gluconic acid and hydrogen peroxide? A) Invertase B) Glucose oxidase C) Amylase D) Catalase",
    "What is the molecular formula of glucose? A) C6H12O6 B) C12H22O11 C) CO2 D) CH4",
    "Which of the following is an example of mutualism? A) Bees pollinating flowers B) Ticks feeding on deer C) Lions hunting zebra D) Mould growing on bread",
    "Honey resists spoilage mainly because its low water activity: A) raises the pH B) draws water out of microbes by osmosis C) produces alcohol D) blocks light",
    "In a regular hexagonal tiling, how many cells meet at each vertex? A) 2 B) 3 C) 4 D) 6",
    "Which philosopher wrote the Nicomachean Ethics? A) Plato B) Aristotle C) Socrates D) Epicurus",
    "Under common law, a binding contract requires offer, acceptance and: A) consideration B) notarisation C) witnesses D) registration",
    "The derivative of x^3 with respect to x is: A) x^2 B) 3x^2 C) 3x D) x^4/4",
    "Which glands of the worker bee secrete wax? A) Mandibular glands B) Glands on the underside of the abdomen C) Hypopharyngeal glands D) Nasonov gland",
    "Which of these is a monosaccharide? A) Sucrose B) Maltose C) Fructose D) Lactose",
    "The Peace of Westphalia (1648) ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The Wars of the Roses D) The Seven Years' War",
    "Hive yields are normally distributed with mean 20 kg and standard deviation 5 kg. About what share of hives yield between 15 and 25 kg? A) 50% B) 68% C) 95% D) 99.7%",
    "Which part of a flower produces pollen? A) Stigma B) Anther C) Ovary D) Sepal",
    "Which psychologist is most associated with operant conditioning? A) Freud B) Skinner C) Piaget D) Jung",
    "What is the main use of propolis in a hive? A) Food for larvae B) Sealing gaps and defending against microbes C) Queen pheromone D) Building comb",
    "What is the worst-case time complexity of binary search on a sorted array? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which gas do plants take in for photosynthesis? A) Oxygen B) Nitrogen C) Carbon dioxide D) Hydrogen",
    "Royal jelly is secreted mainly by which glands of young workers? A) Wax glands B) Hypopharyngeal glands C) Venom glands D) Rectal glands",
    "Spores of Clostridium botulinum in honey are a particular risk for: A) adults over 65 B) infants under 12 months C) athletes D) people with hay fever",
    "If the marginal cost of one more jar is above its market price, a profit-maximising seller should: A) produce more B) produce fewer jars C) raise fixed costs D) ignore the difference",
    "What is the boiling point of water at sea level in degrees Fahrenheit? A) 100 B) 180 C) 212 D) 273",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "I was stung by a bee on my hand and now it's swollen up to the wrist. Is that an allergic reaction, and when should I see a doctor?",
    "What are the warning signs of anaphylaxis after an insect sting?",
    "Is it safe to give honey to a one-year-old with a cough?",
    "Can eating local honey really help with hay fever?",
    "What's the best way to remove a bee stinger, scrape it or pull it?",
    "I have type 2 diabetes. Does honey raise blood sugar less than table sugar?",
    "How do you use an adrenaline auto-injector, and do you still need to go to hospital afterwards?",
    "Is manuka honey effective for healing wounds or minor burns?",
    "Can bee venom therapy help with arthritis, or is that a myth?",
    "How many bee stings would be dangerous for an adult who isn't allergic?",
    "I feel dizzy and itchy all over twenty minutes after a wasp sting. What should I do right now?",
    "Are there any health risks in eating raw honeycomb?",
    "What is venom immunotherapy and how long does a course usually last?",
    "Can pregnant women eat unpasteurised honey?",
    "Why does a bee sting still itch a week later?",
    "Is it normal for a sting on the eyelid to swell the eye shut?",
    "What dose of antihistamine is usually suggested for a mild sting reaction in adults?",
    "Can propolis cause allergic skin reactions?",
    "If someone reacts badly to bee stings, will they also react to wasp stings?",
    "How can beekeepers lower their risk of becoming allergic over the years?",
    "Is honey good for a sore throat, and how does it compare with cough syrup?",
    "What should go in a first aid kit for an apiary?",
    "Can royal jelly trigger an asthma attack?",
    "How long after a sting can a delayed allergic reaction appear?",
    "Is it safe to keep bees while taking beta-blockers?",
]


def kinds(marked: str) -> set[str]:
    """The entity types marked in one text."""
    return {s["type"] for s in marked_spans(marked)}


def check_mix() -> None:
    """The chat requests name people and hold the planned number of secrets and keys; the
    records hold the planned number of national ids; every card and IBAN is valid."""
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum(bool(kinds(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    keys = sum("API_KEY" in kinds(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    if sum(is_lower(t) for t in CHAT) != LOWER_CHAT:
        raise SystemExit("chat: want exactly 30 texts in lower case")
    ids = set(NATIONAL_IDS)
    with_id = sum(any(s["value"] in ids for s in marked_spans(t)) for t in RECORDS)
    if not 38 <= with_id <= 42 or len(ids) != with_id:
        raise SystemExit(f"records: {with_id} with a national id, {len(ids)} listed")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            compact = "".join(c for c in value if c.isdigit())
            if kind == "CREDIT_CARD":
                assert luhn_ok(value) and compact not in WELL_KNOWN_CARDS, value
            if kind == "IBAN_CODE":
                assert iban_ok(value), value
            if kind == "ID_NUMBER" and value in NATIONAL_IDS:
                assert NATIONAL_IDS[value](value), value


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    for section, (items, want) in sections.items():
        assert len(items) == want, f"{section}: {len(items)} texts, want {want}"
    pii = CHAT + RECORDS
    assert len(pii) == 220
    assert len(CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH) == 100
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    assert all(strip_marks(t)[1] for t in pii)
    build_sections(
        "blind187", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
