# ruff: noqa: E501
"""A hundred-and-thirty-eighth blind privacy set: 220 texts with personal data and 100 clean
ones on journalism, local newspapers, publishing and bookshops.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to 8
and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway, from
  reporters, editors, subs, freelancers, authors, literary agents, booksellers, readers,
  subscribers and paper-round organisers: drafting pitches, queries, corrections, replies to
  letters to the editor and complaints, tidying interview transcripts, summarising minutes,
  call logs and voicemails, translating, fixing wording, splitting launch and leaving-do
  costs, asking whether a subscription or royalty message is a scam, planning launches and
  delivery rounds. The first 30 are typed all in lower case (names, e-mails, codes and
  postcodes too, with shorthand and typos); the next 6 are in French, German, Spanish,
  Japanese, Russian and Arabic; the other 84 in ordinary English. Names of many origins,
  first names alone, surnames after titles, full names, nicknames (marked whole) and names
  that are ordinary words (Hope, Sunny, Grace, Bill, Rose, Joy, Faith, Dawn, Summer...),
  many named in passing with no cue word; passwords, PINs, door, gate, alarm and key-safe
  codes, wifi keys, logins, API keys, IPs, cards, IBANs, SSNs, phones, e-mails and street
  addresses of many countries, on one line or several; 1 to 8 values each.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark sentences:
  prose, profile lines, pipe and CSV rows, JSON objects, log lines, register entries and
  short letters (subscriber files, contributor and stringer registers, author contracts,
  royalty payees, carrier hires, press passes, bookshop loyalty rows), in English and
  Dutch, German, French, Spanish, Italian, Polish, Swedish, Norwegian, Finnish, Icelandic,
  Portuguese, Korean, Japanese, Chinese, Turkish, Romanian, Estonian, Czech, Ukrainian,
  Greek, Russian, Arabic, Hindi, Croatian and Lithuanian; each names exactly one person
  and holds 1 to 4 other values; 42 carry a national id with valid check digits.

Labels follow the README: usernames, logins, handles, account, customer, subscriber,
member, loyalty-card and press-card numbers, passports, driver licences and national ids
are ID_NUMBER; PINs, door, gate, alarm, key-safe and badge codes, wifi keys, passwords and
temporary passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Cllr, Father,
Auntie, my mum) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, historical and fictional people,
pets, companies, newspapers, order, invoice, ticket and ISBN references, amounts and dates
of birth are not labelled; every occurrence of a private value is marked (a name said again
is marked again). The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style
prompts (some naming historical or fictional people), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D and 25 health questions
naming no one, mostly about newsrooms, print works, paper rounds and bookshops.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960,
0131 496 0, 0141 496 0, 028 9649 6; North America 555-01xx; Australia 0491 570; France
06 39 98; Germany 030 23125) and in each country's own layout elsewhere; cards Luhn-valid
and not well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs
with assignable area, group and serial; IPs from documentation ranges; national ids with
valid check digits (NHS number, Irish PPS, Dutch BSN, German tax id, French NIR, Spanish
DNI and NIE, Italian codice fiscale, Polish PESEL, Swedish personnummer, Norwegian
fødselsnummer, Finnish henkilötunnus, Icelandic kennitala, Brazilian CPF, Indian Aadhaar,
Singapore NRIC, Korean resident registration number, Japanese My Number, Australian TFN
and Medicare, Canadian SIN, Turkish kimlik, Portuguese NIF, Romanian CNP, Chilean RUT,
Estonian isikukood, Czech rodné číslo, Ukrainian RNOKPP, New Zealand NHI, Belgian national
number, Chinese resident id, South African id, Israeli teudat zehut, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind138.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Rev|Revd|Fr|Father|Cllr|Councillor|Auntie|Aunt|Uncle|Nurse|Herr|Frau|Mme|Mlle|Sr|Sra|Signora|Signor)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")


# 120 chat requests: 30 typed in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # all lower case
    "can u tidy this up for the corrections column: in last weeks story on the allotment row we said [[PERSON|gareth pugh]] chairs the assoc, he doesnt, its [[PERSON|niamh corrigan]]. apologies to both. keep it under 50 words pls",
    "paper round 7 has changed, new drops: [[STREET_ADDRESS|14 ferndale rd, halifax hx3 6pq]] and [[STREET_ADDRESS|2a mill lane, halifax hx3 6pr]]. the lad doing it now is [[PERSON|kacper]], his mums no is [[PHONE_NUMBER|07700 900418]] if hes late. make me a neat list to pin up behind the counter",
    "write a sticky note for the night sub: archive pc login [[ID_NUMBER|nightsub2]] pw [[PASSWORD|linotype!1987]], dont share w freelancers. sign it from [[PERSON|dev]]",
    "is this a scam?? got a text 'gazette subs: ur direct debit failed, update card at gzt-renew.co' and i already typed in my card [[CREDIT_CARD|4556 0291 8374 0264]] before i thought about it. im [[PERSON|pat o'driscoll]], subscriber since 2009. what do i do now",
    "help me pitch this to [[PERSON|lorna]] on features, her email is [[EMAIL_ADDRESS|lorna.mcphee@heraldnorth.co.uk]]. story = 94 yr old who still walks the parish newsletter round every month. short n punchy, max 120 words",
    "book launch costs split 3 ways between me, [[PERSON|tomasz]] and [[PERSON|ade]]: wine 84.50, room hire 120, flyers 37.20. [[PERSON|tomasz]] already paid the flyers n i paid the rest. who owes who",
    "summarise this voicemail for the newsdesk: 'hiya its [[PERSON|bev]], i live on [[STREET_ADDRESS|22 corve st, ludlow sy8 1dd]], the council have dug up our road 3 times this yr and nobody tells us owt. ring me back on [[PHONE_NUMBER|01632 960274]] after 4 love'",
    "were hosting poetry night at the shop fri. write a little table card with the guest wifi: network bookends_guest, password [[PASSWORD|dogear2024]]. make it a bit fun",
    "clean up this interview transcript, take out the ums: 'um so yeah im [[PERSON|kwame asante]], um ive had the market stall for like 20 years n um the rent's gone up twice since the new owners'",
    "turn this into a proper letter to the editor: 'the bins on our street havent been emptied in 3 wks and the council dont care, disgrace.' sign it [[PERSON|maureen okonkwo]], [[STREET_ADDRESS|7 larch close, stevenage sg2 9ht]]",
    "draft the opening of a query letter to agent [[PERSON|priya raman]] ([[EMAIL_ADDRESS|priya@ramanliterary.co.uk]]) for my crime novel low tide at saltash, 84k words. im [[PERSON|jonno fielding]], ex court reporter",
    "shop alarm code is now [[PASSWORD|4417]], can u write a whatsapp to [[PERSON|sunny]] and [[PERSON|marguerite]] telling them, and that the key safe by the back door is [[PASSWORD|0930]]",
    "customer [[PERSON|hope]] says her gazette hasnt come for 2 wks, shes at [[STREET_ADDRESS|flat 3, 41 victoria rd, kirkcaldy ky1 1dl]]. write a polite sorry reply n say we'll credit her acct [[ID_NUMBER|sub-448102]]",
    "our cms keeps locking out [[PERSON|rhiannon]], it says too many attempts from [[IP_ADDRESS|203.0.113.57]]. how do i explain to her its not been hacked, she's panicking",
    "my script for pulling the council planning feed stopped working, this is the header im sending: x-api-key: [[API_KEY|pln_4f9a2c7e1b8d6f03a5e9c2d7b41f8a60]] and it worked yesterday. whats wrong w it",
    "translate into polish for our new delivery lad [[PERSON|bartek]]: start at [[STREET_ADDRESS|3 station approach, hebden bridge]] at 6am, back gate code is [[PASSWORD|2580]], leave the bundle by the green bins",
    "im freelancing for a us mag and they sent a w-9. my ssn is [[US_SSN|412-67-3098]] and name [[PERSON|deirdre walsh]], which boxes do i actually need to fill in",
    "write an invoice email to accounts at the chronicle for my 3 pieces in march, 450 total, pay to iban [[IBAN_CODE|gb66 barc 2041 7385 9261 74]], from [[PERSON|siân]]",
    "summarise these minutes pls: present [[PERSON|fran]] (ed), [[PERSON|olu]], [[PERSON|grace]], [[PERSON|mick]]. [[PERSON|fran]] wants the flood on the front, [[PERSON|olu]] says the court list is thin, [[PERSON|grace]] to chase the coroner, [[PERSON|mick]] off fri",
    "a source, [[PERSON|lenny]], wants to meet about the care home story. his other phone is [[PHONE_NUMBER|07700 900731]]. help me write a text that doesnt give too much away if someone else reads it",
    "plan the running order for [[PERSON|aisling]]'s launch on sat: doors 6.30, reading 7, q&a, signing. then email it to her at [[EMAIL_ADDRESS|aisling.k.writes@eircom.net]]",
    "my neighbour [[PERSON|bill]] asked me to type up his letter to the editor about the bus cuts. fix the spelling but keep his voice: 'the 42 bus is the only way i get to the libary and now its gone. [[PERSON|bill tanaka]], [[STREET_ADDRESS|16 hawthorn ave, hebburn ne31 2pl]]'",
    "make a phone list for the delivery rounds: round a [[PERSON|shaz]] [[PHONE_NUMBER|07700 900552]], round b [[PERSON|del]] [[PHONE_NUMBER|07700 900553]], round c [[PERSON|little kev]] [[PHONE_NUMBER|07700 900554]]. in a table",
    "night shift at the print works tonight. door code [[PASSWORD|7c1953]], and [[PERSON|gaz]] says the plate room pin is [[PASSWORD|3108]]. give me a lock up checklist",
    "write a cancellation letter for my mums subscription, shes [[PERSON|eileen baptiste]], cust no [[ID_NUMBER|ch-2209471]], [[STREET_ADDRESS|58 holloway cres, swindon sn2 7bq]]. she's moving into a home",
    "fix the grammar: 'me and [[PERSON|raj]] was at the council meeting and the leader says the library is safe, then [[PERSON|raj]] asked him about the budget and he walks out'",
    "plan my week: tue interview w [[PERSON|rosa delgado]] at her house [[STREET_ADDRESS|9 quarry bank, keswick ca12 4hn]] 10am, wed court, thurs book launch at the shop, fri deadline. add travel time from penrith",
    "reply to this reader: 'you spelt my late husbands name wrong in the obituary, its [[PERSON|stanisław kowalczyk]] not [[PERSON|stanislaw kowalczyk]]'. be kind, offer a correction",
    "the newsroom wifi is ssid gazette-staff key [[PASSWORD|hx8-pressrun-31]]. write a welcome note for the new intern [[PERSON|yusuf]] with that and where the kettle is",
    "[[PERSON|kath]] left her webmail open on the shared pc, login [[EMAIL_ADDRESS|kath.brennan@westmercianews.co.uk]] pw [[PASSWORD|tuesday2print]]. draft a gentle it reminder to everyone without naming her",
    # other languages: French, German, Spanish, Japanese, Russian, Arabic
    "Peux-tu résumer ce message et proposer une réponse ? « Bonjour, je suis [[PERSON|Mathilde Roux]], pigiste à Nantes. Je voudrais vous proposer un reportage sur la dernière librairie de mon quartier. Vous pouvez me joindre au [[PHONE_NUMBER|06 39 98 41 27]] ou à [[EMAIL_ADDRESS|mathilde.roux@laposte.net]]. »",
    "Bitte formuliere diesen Leserbrief etwas höflicher, ohne den Inhalt zu ändern: „Ihre Zeitung kommt seit drei Wochen erst mittags, das ist eine Frechheit!“ Absender: [[PERSON|Jürgen Hoffmann]], [[STREET_ADDRESS|Kastanienallee 17, 10435 Berlin]], Abonnentennummer [[ID_NUMBER|BZ-4471936]].",
    "¿Puedes escribir un aviso breve para los repartidores? A partir del lunes, [[PERSON|Lucía Ferrández]] se encarga de la ruta del centro. El código del portal de la nave es [[PASSWORD|4729B]] y su IBAN para la nómina es [[IBAN_CODE|ES49 2100 0813 4202 0194 7362]].",
    "書店のサイン会のお知らせを作ってください。著者は [[PERSON|山口美咲]] さんで、当日の連絡先は [[PHONE_NUMBER|090-3718-4426]] 、メールは [[EMAIL_ADDRESS|misaki.yamaguchi@kotoba-shobo.jp]] です。",
    "Помоги, пожалуйста, перевести на английский письмо нашего корреспондента: «Меня зовут [[PERSON|Ольга Смирнова]], я готовлю материал о закрытии районной типографии. Пишите на [[EMAIL_ADDRESS|o.smirnova@vestnik-tver.ru]] или звоните [[PHONE_NUMBER|+7 915 204-38-71]].»",
    "من فضلك ترجم هذه الرسالة إلى الإنجليزية: مرحباً، أنا [[PERSON|يوسف الحداد]]، مراسل مستقل في دبي، وأرغب في كتابة مقال عن معرض الكتاب. رقمي [[PHONE_NUMBER|+971 50 318 4275]] وبريدي [[EMAIL_ADDRESS|yousef.haddad@emirates-mail.ae]]",
    # ordinary English
    "Can you turn these notes into a correction for Thursday's paper? We named the wrong cyclist in the Harrowgate crash story: it was [[PERSON|Callum Reid]], not [[PERSON|Colin Reid]]. [[PERSON|Callum]]'s mum rang the newsdesk from [[PHONE_NUMBER|07700 900186]] and was very upset.",
    "Draft a short reply to a letter writer. [[PERSON|Margaret Oyelaran]] of [[STREET_ADDRESS|12 Beech Grove, Otley LS21 3PT]] says we cut her letter about the library closure so much that it changed her meaning. Offer to print the full version next week.",
    "Summarise this call log for the editor: 09:14 [[PERSON|Haruto Sato]] rang about the rail strike piece, wants his quote removed; 10:02 Mrs [[PERSON|Adebayo]] asked why her paper is wet every Monday; 11:40 [[PERSON|Big Terry]] from the allotments, call back on [[PHONE_NUMBER|01632 960518]].",
    "Is this a scam? An email says I've won a publishing contract with 'Regency Hall Press' and they just need a £495 editorial fee by bank transfer. It's addressed to me, [[PERSON|Deborah Fanshawe]], at [[EMAIL_ADDRESS|debfanshawe@northmail.co.uk]]. I've never submitted anything to them.",
    "Please split the bookshop's author-event costs fairly. [[PERSON|Rose]] covered the wine (£62), [[PERSON|Imran]] paid for chairs (£45) and I paid the author's train fare (£78.40). Three of us share it equally. Who should pay whom?",
    "Fix the wording of this renewal reminder: 'Dear Mr [[PERSON|Achterberg]], your subscription (member no. [[ID_NUMBER|GZ-301847]]) runs out on 4 May, please to renew at our office or on phone.'",
    "Write a WhatsApp to our freelance photographer [[PERSON|Joy]] asking if she can cover Saturday's school fete. Her rate was £120 last time and she prefers messages to [[PHONE_NUMBER|07700 900264]].",
    "My agent's manuscript portal keeps rejecting my login. Username [[ID_NUMBER|ahmedwrites]], password [[PASSWORD|Qalam&Ink2023]]. Can you help me write a support ticket that explains the 'session expired' error without including my password?",
    "Tighten this intro: 'Local man [[PERSON|Desmond 'Dizzy' Okafor]], 71, of [[STREET_ADDRESS|Tanyard Lane, Bridport]], has been delivering the paper for over fifty years and says he has no plans to stop.'",
    "Our distributor gave us an API key for the new e-paper platform and I pasted it in the general Slack channel by mistake: [[API_KEY|ep_live_7Hq2Lx9vR4mT8cN3wZ6bK1sD]]. Who should I tell and what do I say?",
    "Write a friendly message to [[PERSON|Grace]] and [[PERSON|Tobias]] reminding them the Saturday delivery round starts at 6am from the depot and the padlock code is [[PASSWORD|5150]].",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Bronagh]] from Carrick, I've a tip about the quarry, they're dumping at night. Don't ring the landline, use [[PHONE_NUMBER|+353 87 214 6639]] and ask for [[PERSON|Bronagh]]. Thanks.'",
    "Can you draft a pitch email to [[PERSON|Sunny Kapoor]], features editor at Metro Living, about my piece on independent bookshops surviving online giants? Her address is [[EMAIL_ADDRESS|s.kapoor@metroliving.co.uk]] and she likes pitches under 200 words.",
    "The newspaper charged me twice for the annual digital subscription. Card number [[CREDIT_CARD|5358 4109 2367 7189]], name on card [[PERSON|Olusegun Bakare]]. Write a complaint to their billing team asking for a refund of the duplicate £89.",
    "Help me write an out-of-office for the newsdesk: I'm away 12 to 19 August, urgent stories to [[PERSON|Frank]] on [[PHONE_NUMBER|020 7946 0372]], pictures to [[PERSON|Mei Ling]], anything legal to Ms [[PERSON|Davies]].",
    "Is this phishing? 'Dear author, your royalties are on hold, confirm your bank details within 24 hours.' I nearly replied with my IBAN [[IBAN_CODE|GB92 NWBK 6072 8493 0615 28]]. I'm [[PERSON|Hélène Marchetti]] and I do get royalties from two small presses.",
    "Please reword this apology to a reader: we printed [[PERSON|Aoife Brennan]]'s home address, [[STREET_ADDRESS|27 Glenview Park, Tallaght, Dublin 24]], in a court report by mistake and she has had callers at the door.",
    "Plan a book launch for [[PERSON|Kwabena Mensah]]'s debut poetry collection at our shop: 40 guests, two readings, a Q&A chaired by [[PERSON|Holly]] from the library, and a signing table. Give me a timeline and a shopping list.",
    "Tidy this interview transcript into Q&A format: 'Q: how long have you run the shop. [[PERSON|Zahra]]: since 2011, it was my dad's before. Q: and the online sellers? [[PERSON|Zahra]]: they hurt, but people still want to browse.'",
    "Text the customers on my round that Sunday's papers will be an hour late: [[PERSON|Bill Norris]] [[PHONE_NUMBER|07700 900615]], [[PERSON|Faith Mwangi]] [[PHONE_NUMBER|07700 900616]], [[PERSON|Conor]] [[PHONE_NUMBER|07700 900617]]. Keep it short.",
    "The newsroom wifi password has to change now the intern has left. Old one: [[PASSWORD|Deadline#2022]]. Suggest a strong new one and draft the staff email saying [[PERSON|Marta]] will hand it out in person.",
    "Please translate into Spanish: 'Dear Mrs [[PERSON|Gutiérrez]], while the lift is broken your weekly paper will be left with your neighbour at [[STREET_ADDRESS|Flat 2, 15 Clarence Street, Brighton BN1 2QA]].'",
    "Write a rejection that is kind but clear to [[PERSON|Tobenna Eze]], who sent us 'The Salt Road' at 190,000 words, far too long for our list. Mention that [[PERSON|Imogen]] read it and loved the opening chapters.",
    "I'm a US freelancer writing for a UK paper and their payments team wants my tax details. Is it safe to email my SSN? It's [[US_SSN|538-21-7746]] and the contact is [[PERSON|Gillian]] in accounts at [[EMAIL_ADDRESS|gillian.moss@eastcoastecho.co.uk]].",
    "Someone keeps posting abusive comments under [[PERSON|Nadia Rahman]]'s articles. The moderation log shows IP [[IP_ADDRESS|198.51.100.23]] and username [[ID_NUMBER|truthhammer77]]. Draft a note to our lawyer summarising this.",
    "Write a short bio for the back cover: [[PERSON|Ifeoma Chukwu]] grew up in Enugu, worked ten years as a radio reporter and now writes crime fiction in Leeds. Add a contact line with [[EMAIL_ADDRESS|ifeoma@ifeomachukwu.com]].",
    "Turn this rota into a table: Mon [[PERSON|Dawn]], Tue [[PERSON|Lukas]], Wed [[PERSON|Dawn]], Thu [[PERSON|Precious]], Fri [[PERSON|Lukas]], Sat [[PERSON|Robin]] and [[PERSON|Mercy]].",
    "The bookshop website's stock feed broke and the supplier says regenerate the key. The old one was [[API_KEY|gdn_sk_93fd0a7be14c2e8865b1f09d73c4ae2b]]. Write a quick note to [[PERSON|Ravi]], who built the site, explaining what happened.",
    "A customer phoned in an order for a signed first edition and read me her card: [[CREDIT_CARD|4921 8305 6712 9455]], [[PERSON|Patience Obi]], delivery to [[STREET_ADDRESS|4 Marlowe Court, Canterbury CT1 2RE]]. Write the order confirmation e-mail, with the card masked.",
    "Draft a welcome letter for a new subscriber, [[PERSON|Nikolai Petrov]], account [[ID_NUMBER|NW-7730219]], who starts receiving the Weekly Courier at [[STREET_ADDRESS|88 Harbour View, Oban PA34 4LH]] from Monday.",
    "Can you make this Facebook post less awkward: 'Huge thanks to [[PERSON|Ivy]] and [[PERSON|Jack]] at the Corner Bookshop for hosting Auntie [[PERSON|Blessing]]'s storytelling hour, the kids loved it!!'",
    "I'm covering the overnight for the print edition. [[PERSON|Stevie]] said the side door code is [[PASSWORD|2719#]] and the alarm is [[PASSWORD|0461]]. Write me a checklist for locking up at 3am.",
    "Summarise these editorial meeting notes in five bullets: [[PERSON|Fran]] wants more on the bypass; [[PERSON|Olamide]] says the court list is thin; [[PERSON|Hamish]] is off sick; [[PERSON|Fran]] asks [[PERSON|Olamide]] to chase the coroner; freelance budget cut by 10%.",
    "Write a reply to a reader complaint. [[PERSON|Trevor Blakely]] says the crossword answers were wrong two weeks running and wants a refund on his subscription, customer number [[ID_NUMBER|CR-551902]]. Be polite but don't offer cash.",
    "A whistleblower at the hospital trust, [[PERSON|Lindiwe]], gave me her personal number [[PHONE_NUMBER|+27 82 415 7390]] and said not to use her work e-mail. How should I store her details securely as a reporter?",
    "Help me cut this letter to 150 words without losing the point about the bus timetable. It's signed [[PERSON|Gwyneth Parry-Jones]], [[STREET_ADDRESS|Bryn Awel, 3 Heol y Felin, Llanrwst LL26 0EP]].",
    "Format this address for a book parcel label, and tell me if the postcode goes before the city:\n[[PERSON|Anneliese Vogt]]\n[[STREET_ADDRESS|Lindenstraße 42\n80331 München]]\nGermany",
    "Is this legit? Someone signing as Penhallow Literary wants £1,200 to represent my novel. I already sent them my phone [[PHONE_NUMBER|07700 900389]] and address [[STREET_ADDRESS|31 Kingsley Road, Plymouth PL4 6QW]]. I'm [[PERSON|Gemma Tregothnan]]. What should I do?",
    "Write a thank-you card for our longest-serving paper boy, [[PERSON|Ahmed]], who is retiring at 16 after four years on the Meadowbank round.",
    "Four of us chipped in for [[PERSON|Sally]]'s leaving do: [[PERSON|Dev]] £40, [[PERSON|Kerry-Ann]] £25, [[PERSON|Tomás]] £30 and me £25. The bill was £112. How much does each get back if we refund in proportion?",
    "Write an invoice for my freelance feature 'The Last Linotype' (1,800 words at 25p a word) to the Highland Herald. Pay to [[PERSON|Catriona Munro]], IBAN [[IBAN_CODE|GB87 LOYD 3096 2748 1039 52]], reference HH-2024-17.",
    "Our loyalty spreadsheet has a row that looks wrong: '[[PERSON|Yusuf Demir]], member [[ID_NUMBER|BK-00417]], [[EMAIL_ADDRESS|ydemir@posteo.de]], points -40'. How can points go negative?",
    "Write a polite chase to the council press office: I asked Ms [[PERSON|Okoro]] on Monday for the bin contract figures and have heard nothing. Copy in [[PERSON|Declan]] from the newsdesk.",
    "The remote newsroom VPN rejects me every morning. I'm [[PERSON|Rotimi]], username [[ID_NUMBER|r.adeleke]], password [[PASSWORD|Sub-Editor_55]], connecting from home on [[IP_ADDRESS|198.51.100.77]]. Write a ticket for IT, but leave out the password.",
    "Make this death notice read better: '[[PERSON|Eleanor Whitcombe]], known to all as [[PERSON|Nell]], beloved mum of [[PERSON|Sarah]] and [[PERSON|Paul]], passed peacefully at home aged 88.'",
    "Summarise this e-mail thread: [[PERSON|Leon]] asks if the bookshop will stock his self-published memoir; [[PERSON|Anjali]] replies that we need a 40% trade discount; [[PERSON|Leon]] offers 35% and sends the ISBN.",
    "Help me word a note for the van driver: the yard gate is [[PASSWORD|1984*]] after 5am, and the bundles for Mrs [[PERSON|Haddad]] go in the blue box by her porch.",
    "Plan my reporting day in Leeds: 9am coffee with [[PERSON|Rukhsana]] at her flat, [[STREET_ADDRESS|Flat 6, 210 Roundhay Road, Leeds LS8 5AN]], 11am magistrates, 2pm Father [[PERSON|Ignatius]] at the church, 4pm file copy. Add travel times.",
    "Translate this quote from our interview with a bakery owner into English for print: 'Nazywam się [[PERSON|Krystyna Wójcik]] i piekę tu chleb od dwudziestu lat.'",
    "Write a LinkedIn recommendation for [[PERSON|Obinna]], who subbed for us for three years. Don't mention that he left after the row with [[PERSON|Geraldine]].",
    "I accidentally pasted a reader's card number into a CMS draft: [[CREDIT_CARD|3742 910583 64178]]. It never went live. Do I need to report it, and to whom? The reader was [[PERSON|Hamza Qureshi]].",
    "Fix the grammar of this correction: 'In an article on Tuesday we stated that Cllr [[PERSON|Wendy Abara]] voted against the plan. She voted for it. We apologises for the error.'",
    "Draft a message to past members of our young reporters' scheme inviting them to a reunion. It goes from [[EMAIL_ADDRESS|jo.hennessy@northstarpress.co.uk]], signed off as [[PERSON|Jo]].",
    "Format my sources for the flood story as a table: [[PERSON|Eddie Marsh]] farmer [[PHONE_NUMBER|01632 960771]]; [[PERSON|Summer Clarke]] café owner [[PHONE_NUMBER|07700 900992]]; [[PERSON|Venkat]] parish council [[PHONE_NUMBER|01632 960783]].",
    "Our subscriber [[PERSON|Lorraine]] wrote her e-edition password on the paper form we scanned: [[PASSWORD|Wren4Ever!]]. Write her a short note telling her to change it and why.",
    "Draft a reply to a subscriber in Ohio, [[PERSON|Darlene Kowalski]], [[STREET_ADDRESS|4127 Maple Ridge Dr, Columbus, OH 43214]], phone [[PHONE_NUMBER|(614) 555-0137]], whose copy of our literary quarterly arrived torn.",
    "Help me pitch an editor in Melbourne. I'm [[PERSON|Tran Thi Mai]], freelance, on [[PHONE_NUMBER|0491 570 284]]; the pitch is about a mobile library bus in Gippsland.",
    "Write a bookshop event listing: [[PERSON|Marie-Claude Tremblay]] reads from her new novel Thursday at 7pm. RSVP to her assistant [[PERSON|Kenji]] at [[PHONE_NUMBER|(514) 555-0162]].",
    "Our Bengaluru stringer [[PERSON|Shreya Iyer]] still hasn't been paid. Her details: [[PHONE_NUMBER|+91 98450 21736]], [[STREET_ADDRESS|No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011]]. Draft the e-mail to finance.",
    "Can you proofread this letter from our Lagos correspondent [[PERSON|Chinedu Okeke]] before it runs? He wants replies sent to [[STREET_ADDRESS|17 Adeola Odeku Street, Victoria Island, Lagos]].",
    "Help me reply to [[PERSON|Wanjiru]], who wants to stock our children's books in her Nairobi shop; she gave her M-Pesa number [[PHONE_NUMBER|+254 722 418 305]] for the deposit.",
    "Our newsletter service key leaked in a public GitHub repo: [[API_KEY|key-3f8a1c9e7b2d4f60a8e5c1b7d9f2a4e6]]. Write a short incident note to [[PERSON|Amira Farouk]], our IT lead.",
    "What's a kind way to tell [[PERSON|Victor]] his column was cut this week because of the election coverage?",
    "Rewrite this direct-debit confirmation so it reads warmly: Name: [[PERSON|Harriet Lowe]]; IBAN: [[IBAN_CODE|IE04 BOFI 9021 8431 7260 54]]; Address: [[STREET_ADDRESS|6 Strand Road, Sligo F91 X2P4]]; Email: [[EMAIL_ADDRESS|harriet.lowe@eircom.ie]].",
    "Help me plan the Christmas delivery rounds: [[PERSON|Mo]] takes Northgate, [[PERSON|Ellie-Mae]] the estate and [[PERSON|Rashid]] the farms. The van key safe code is [[PASSWORD|3366]]. Make a one-page sheet.",
    "Here's a note from the bookshop phone: 'Lady rang about her order, name [[PERSON|Agnieszka Nowak]], wants it sent to [[STREET_ADDRESS|ul. Długa 12/4, 80-827 Gdańsk]] as a gift for her dad.' Write the reply e-mail.",
    "Draft a follow-up to literary agent [[PERSON|Oliver Stanhope-Reyes]], who requested my full manuscript ten weeks ago. Keep it short and sign it [[PERSON|Bea]].",
    "I share a subscriber login with my neighbour [[PERSON|Anwen]]: [[EMAIL_ADDRESS|anwen.ll@btinternet.com]] / [[PASSWORD|Cardigan-bay-77]]. Is that against the paper's terms? Write a polite message asking them.",
    "Our US contributor [[PERSON|Marcus Bell]] sent a W-8BEN instead of a W-9, with SSN [[US_SSN|287-54-1903]] on it. Explain the difference in a short e-mail to him.",
    "The book club's dinner after the author talk came to £186 on [[PERSON|Rahel]]'s card [[CREDIT_CARD|2223 1490 6718 4525]]. Seven of us. Draft the group message saying what each owes her.",
    "Can you lay this out as an envelope? To: [[PERSON|Takahashi Yuki]], [[STREET_ADDRESS|〒150-0002 東京都渋谷区渋谷2-14-9]]. It's a review copy of our translation.",
    "I want to thank [[PERSON|Hope Nakamura]] and [[PERSON|Rajesh]] for covering my shifts on the subs desk while I was on leave. Write something heartfelt but short.",
    "Is this a scam? A text says 'Your Herald delivery is paused, pay £1.45 at herald-redeliver.co to resume.' I'm [[PERSON|Sunita Vyas]] and the paper comes to [[STREET_ADDRESS|19 Orchard Way, Loughborough LE11 2QF]].",
    "Setup notes for the e-reader kiosk at the shop: the admin token is [[API_KEY|kiosk_tk_8Jr3Vn6Xq1Lm5Tz9Wc2Hb7Pd]] and [[PERSON|Dimitri]] manages it from his laptop at [[IP_ADDRESS|192.0.2.45]]. Turn this into a handover note.",
    "Write a short news brief: local author [[PERSON|Rosalind Achebe-Wright]] will sign copies of her third novel at the Market Street bookshop on Saturday from 11am.",
    "Our reporter [[PERSON|Kieran]] interviewed a witness, [[PERSON|Lola Martínez]], and put her mobile [[PHONE_NUMBER|+34 612 48 73 90]] in the copy. Rewrite the line without it: 'Ms [[PERSON|Martínez]], reachable on that number, said she heard two bangs.'",
    "Translate into French for my translator [[PERSON|Amélie]] in Lyon: 'I've paid your fee for chapters 1 to 6 into IBAN [[IBAN_CODE|FR58 3000 4028 3700 0195 7364 182]], please confirm it arrived.'",
    "Make a tidy list of the bookshop's volunteer keyholders: [[PERSON|Bernadette]] ([[PHONE_NUMBER|07700 900143]]) and [[PERSON|Kofi]] ([[PHONE_NUMBER|07700 900144]]). The alarm code is [[PASSWORD|8024]].",
    "Write a correction: our caption named the woman in the photo as [[PERSON|Joan Hartley]]; she is [[PERSON|June Hartley]], her sister.",
    "My bank says my card [[CREDIT_CARD|6011 7302 9486 2517]] was used to buy 40 copies of a book I've never heard of. I'm [[PERSON|Archie Blackwood]]. Draft the dispute letter.",
    "Proofread my letter to the editor: 'Sir, as a volunteer for the talking newspaper I see how much it means to people who can no longer read print.' Signed [[PERSON|Ewan MacLeod]], [[STREET_ADDRESS|2 Shore Street, Ullapool IV26 2UJ]].",
    "Help me reply to [[PERSON|Sandeep]] on the subs desk, who asked why his byline was dropped. Be honest: the piece was rewritten by [[PERSON|Harriet]].",
    "Draft an e-mail to our São Paulo correspondent [[PERSON|Thiago Nascimento]] asking him to confirm his CPF [[ID_NUMBER|318.740.592-41]] and PIX phone [[PHONE_NUMBER|+55 11 98734-2160]] before payroll runs.",
    "Write a calm reply to an angry reader, [[PERSON|Clive]], who says his neighbour [[PERSON|Dorota]] takes his paper from the porch every Sunday.",
]

# 100 one-person records; the first 42 carry a national id with valid check digits.
RECORDS = [
    # with a national id
    "Newsroom first-aid register: [[PERSON|Eilidh Fraser]], NHS number [[ID_NUMBER|943 571 8264]], emergency contact [[PHONE_NUMBER|07700 900207]].",
    "Payee: [[PERSON|Cathal Ó Súilleabháin]]; PPS No: [[ID_NUMBER|7394826Q]]; IBAN: [[IBAN_CODE|IE90 AIBK 9320 8417 5263 91]]; commission: two match reports for the Western edition.",
    "Freelancecontract fotograaf: [[PERSON|Femke de Vries]], BSN [[ID_NUMBER|193847267]], adres [[STREET_ADDRESS|Prinsengracht 214-2, 1016 HD Amsterdam]].",
    "Honorarabrechnung – Autorin [[PERSON|Katharina Brandt]], Steuer-ID [[ID_NUMBER|47391520848]], IBAN [[IBAN_CODE|DE07 3705 0198 1029 3847 56]], Lesung in der Buchhandlung am Markt.",
    "Suscriptora: [[PERSON|María José Salvatierra]] · DNI [[ID_NUMBER|53819274X]] · [[STREET_ADDRESS|C/ Mayor 27, 3.º B, 28013 Madrid]] · reparto a domicilio los domingos.",
    "Contratto di edizione con l'autrice [[PERSON|Giulia Marinelli]], codice fiscale [[ID_NUMBER|MRNGLI84M52F205R]], anticipo in due rate.",
    "Prenumerator: [[PERSON|Tomasz Wiśniewski]], PESEL [[ID_NUMBER|89071435270]], adres: [[STREET_ADDRESS|ul. Piotrkowska 88 m. 5, 90-103 Łódź]].",
    "Medlem i bokcirkeln: [[PERSON|Linnea Håkansson]], personnummer [[ID_NUMBER|870412-3184]], e-post [[EMAIL_ADDRESS|linnea.hakansson@telia.se]].",
    "Abonnent [[PERSON|Eirik Solberg]], fødselsnummer [[ID_NUMBER|14038743148]], tlf. [[PHONE_NUMBER|+47 412 83 906]], levering før kl. 07.",
    "Tilaaja [[PERSON|Mikko Virtanen]], henkilötunnus [[ID_NUMBER|170389-527B]], osoite [[STREET_ADDRESS|Hämeenkatu 14 B 22, 33100 Tampere]].",
    "Höfundur: [[PERSON|Guðrún Ólafsdóttir]], kennitala [[ID_NUMBER|120882-4309]], netfang [[EMAIL_ADDRESS|gudrun.olafs@simnet.is]].",
    "Colaboradora freelancer: [[PERSON|Ana Beatriz Lacerda]] | CPF [[ID_NUMBER|605.291.837-30]] | celular [[PHONE_NUMBER|+55 21 99604-3187]] | pauta: livrarias de rua",
    "Stringer registration. Name: [[PERSON|Arjun Menon]]; Aadhaar: [[ID_NUMBER|5829 3147 6021]]; Mobile: [[PHONE_NUMBER|+91 94470 18325]]; Beat: Kochi port and fisheries.",
    '{"author": "[[PERSON|Lakshmi Narayanan]]", "aadhaar": "[[ID_NUMBER|3916 4085 2719]]", "royalty_rate": "10%", "format": "paperback"}',
    "Bookshop membership (Singapore branch): [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8736251E]], [[STREET_ADDRESS|Blk 415 Bedok North Ave 2 #07-118, Singapore 460415]].",
    "구독자: [[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|880617-2015374]], 연락처 [[PHONE_NUMBER|010-4827-1935]], 배달 요일 월·목",
    "寄稿者 [[PERSON|佐藤健太]] マイナンバー [[ID_NUMBER|3842 7159 0620]] 原稿料の振込先は後日連絡",
    "Contributor onboarding: [[PERSON|Liam O'Connell]], TFN [[ID_NUMBER|381 429 754]], mobile [[PHONE_NUMBER|0491 570 613]], payments to the account on file.",
    "Delivery contractor injury report: [[PERSON|Brooke Henderson]], Medicare [[ID_NUMBER|2847 19306 1]], fell from her bicycle on the Bondi Junction run at 5:40am.",
    "New carrier hire for the Chronicle routes: [[PERSON|Émile Arsenault]], SIN [[ID_NUMBER|519 804 371]], route 14B, starting Monday.",
    "sin,name,route,email\n[[ID_NUMBER|734 218 563]],[[PERSON|Priya Deshpande]],Dartmouth 3,[[EMAIL_ADDRESS|priya.d@eastlink.ca]]",
    "Muhabir kaydı: [[PERSON|Elif Yıldırım]], T.C. Kimlik No: [[ID_NUMBER|31840726584]], telefon [[PHONE_NUMBER|+90 532 418 2269]].",
    "Assinante: [[PERSON|João Pedro Carvalho]], NIF [[ID_NUMBER|239174585]], morada [[STREET_ADDRESS|Rua de Cedofeita 312, 4050-174 Porto]].",
    "Colaborator extern: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2850419403813]], IBAN [[IBAN_CODE|RO55 RNCB 0082 0491 7382 0001]].",
    "Suscriptor [[PERSON|Matías Fuentealba]], RUT [[ID_NUMBER|16.482.093-9]], despacho a [[STREET_ADDRESS|Av. Providencia 1650, depto 1203, Providencia, Santiago]].",
    "Tellija [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48805274215]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]].",
    "Předplatitelka [[PERSON|Lucie Dvořáková]], rodné číslo [[ID_NUMBER|875614/3726]], tel. [[PHONE_NUMBER|+420 603 218 475]].",
    "Авторка: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3189472611]], ел. пошта [[EMAIL_ADDRESS|olena.kovalenko@ukr.net]].",
    "Press gallery accreditation: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|PLR5086]] (first-aid file only), mobile [[PHONE_NUMBER|+64 21 408 3317]].",
    "Auteur [[PERSON|Wouter Claes]], rijksregisternummer [[ID_NUMBER|85.07.12-374.33]], rekening [[IBAN_CODE|BE50 3100 4738 2956]].",
    "投稿人：[[PERSON|王晓梅]]，身份证号 [[ID_NUMBER|110108198706143723]]，电话 [[PHONE_NUMBER|+86 138 1047 2265]]",
    "Delivery rider: [[PERSON|Sipho Dlamini]], ID no. [[ID_NUMBER|8609225147081]], cell [[PHONE_NUMBER|+27 83 601 4428]], round: Observatory and Woodstock.",
    "Translator contract for the Hebrew edition of Harbour Lights: [[PERSON|Noa Ben-David]], Teudat Zehut [[ID_NUMBER|038472619]].",
    "Συνεργάτης: [[PERSON|Νίκος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|14048803671]], τηλ. [[PHONE_NUMBER|+30 694 218 7735]].",
    "[[PERSON|Kirsty Adair]] | NHS [[ID_NUMBER|615 092 3746]] | [[PHONE_NUMBER|0131 496 0825]] | subs desk, nights",
    "Bookshop staff file: [[PERSON|Niamh Gallagher]], PPS [[ID_NUMBER|2061573L]], [[STREET_ADDRESS|12 Mary Street, Galway H91 E2W7]].",
    "2024-03-11T08:14:22Z payroll.sync ok employee=[[PERSON|Daan Vermeulen]] bsn=[[ID_NUMBER|261739487]] iban=[[IBAN_CODE|NL39ABNA0482917365]]",
    "Librería La Tortuga, ficha de socia: [[PERSON|Yasmina El Amrani]], NIE [[ID_NUMBER|Y2918374X]], tel. [[PHONE_NUMBER|+34 655 21 08 47]].",
    "[[PERSON|Roberto Colella]] (C.F. [[ID_NUMBER|CLLRRT79C14L219N]]), corrispondente da Torino, [[EMAIL_ADDRESS|r.colella@gazzettadelpiemonte.it]]",
    "Umowa o dzieło, autorka: [[PERSON|Zofia Kamińska]], PESEL [[ID_NUMBER|92110281640]], konto [[IBAN_CODE|PL96 1124 9000 0500 0040 0027 3819 46]].",
    "Volontär | [[PERSON|Astrid Lindqvist]] | [[ID_NUMBER|910830-4628]] | bokhandeln lördagar",
    "Dossier lectrice : [[PERSON|Camille Bernard]], NIR [[ID_NUMBER|2 84 06 75 123 048 11]], adresse [[STREET_ADDRESS|14 rue des Martyrs, 75009 Paris]].",
    # without a national id
    "[[PERSON|Dolores Whitfield]], 67, has taken the Tribune since 1974 and lives at [[STREET_ADDRESS|1408 Sycamore Lane, Dayton, OH 45419]]; her senior-discount form gives SSN [[US_SSN|605-38-2217]].",
    "Author profile | [[PERSON|Marcus Oyelowo-Grant]] | agent: Fenwick & Dray | [[EMAIL_ADDRESS|marcus@oyelowogrant.com]] | [[PHONE_NUMBER|07700 900834]]",
    "subscriber_id,name,round,phone\n[[ID_NUMBER|EXP-208814]],[[PERSON|Gwen Pritchard]],12,[[PHONE_NUMBER|01632 960447]]",
    '2024-05-02 06:41:09 INFO login ok user=[[ID_NUMBER|kfoley_subs]] ip=[[IP_ADDRESS|198.51.100.184]] name="[[PERSON|Kieran Foley]]"',
    '{"reader": "[[PERSON|Yolanda Ferreira]]", "email": "[[EMAIL_ADDRESS|yoli.ferreira@sapo.pt]]", "letter_topic": "bus cuts", "published": true}',
    "Sir, the closure of the mobile library will hit the villages hardest. Yours, [[PERSON|Harold Penhaligon]], [[STREET_ADDRESS|Trewithen Cottage, Zennor, St Ives TR26 3BY]]",
    "Visitor book, Harbour Bookshop, 14 March: [[PERSON|Ravi Chandrasekhar]], press card [[ID_NUMBER|NUJ 48213]], signed in 10:05.",
    "Book-fair accreditation: [[PERSON|Aleksandra Ivanova]], passport [[ID_NUMBER|75 4810372]], e-mail [[EMAIL_ADDRESS|a.ivanova@yandex.ru]].",
    "Carrier application: [[PERSON|Tyrone Jenkins]], Illinois driver's licence [[ID_NUMBER|J525-4187-3091]], phone [[PHONE_NUMBER|(312) 555-0148]], SSN [[US_SSN|329-41-0786]].",
    "Subscriber [[PERSON|Barty Quinn]] paid by card [[CREDIT_CARD|4532 0187 4629 3019]] for twelve months of the Sunday edition.",
    "| [[PERSON|Ngozi Eze]] | [[EMAIL_ADDRESS|ngozi.eze@yahoo.co.uk]] | pitch: market traders and rent rises | status: commissioned |",
    "Interview consent: I, [[PERSON|Ferdinand Asamoah]], of [[STREET_ADDRESS|45 Gordon Road, Ealing, London W5 2AD]], agree to be quoted by name.",
    '{"cms_user": "[[ID_NUMBER|pmcguire]]", "temp_password": "[[PASSWORD|Galley-Proof-42]]", "display_name": "[[PERSON|Paula McGuire]]"}',
    "Bookshop loyalty: [[PERSON|Cedric Ampofo]], card no. [[ID_NUMBER|LC-004719]], [[EMAIL_ADDRESS|cedric.ampofo@outlook.com]].",
    "Dear [[PERSON|Rebecca Stoltz]], please confirm the SSN on the enclosed 1099 for your freelance reviews, [[US_SSN|149-72-6635]], by return.",
    "Die Buchhändlerin [[PERSON|Sabine Krüger]] erreicht man unter [[PHONE_NUMBER|030 23125 684]] oder [[EMAIL_ADDRESS|s.krueger@buchladen-pankow.de]].",
    "Courrier des lecteurs : [[PERSON|Geneviève Lacombe]], [[STREET_ADDRESS|8 impasse des Tilleuls, 69005 Lyon]], nous écrit que la librairie du quartier doit rester ouverte.",
    "Baja de suscripción: [[PERSON|Rodrigo Alvarado]], n.º de abonado [[ID_NUMBER|AB-118273]], tarjeta [[CREDIT_CARD|5487 1620 3948 5718]].",
    "Presentazione del libro: ospite [[PERSON|Lorenzo Bellucci]], cellulare [[PHONE_NUMBER|+39 347 218 5530]], arrivo in stazione alle 17:40.",
    "Bezorger [[PERSON|Jeroen Smit]], wijk 7, mobiel [[PHONE_NUMBER|+31 6 4172 8390]].",
    "Leitora [[PERSON|Camila Rocha]] enviou carta; e-mail [[EMAIL_ADDRESS|camila.rocha@uol.com.br]]; endereço [[STREET_ADDRESS|Rua Augusta 1508, apto 42, Consolação, São Paulo - SP, 01304-001]].",
    "[2024-02-19 22:10:03] WARN paywall.bypass attempts=14 account=[[ID_NUMBER|SUB-7741902]] holder=[[PERSON|Gordon Fairweather]] src=[[IP_ADDRESS|203.0.113.88]]",
    "comment 88213 by [[PERSON|Ines Carvalho]] from [[IP_ADDRESS|2001:db8:4a7::19]] held for moderation",
    "Event ticket refund: [[PERSON|Seamus Doherty]], Amex [[CREDIT_CARD|3762 491805 37218]], two seats for the crime writers' panel.",
    "Royalty payee [[PERSON|Penelope Asante-Marsh]], account [[IBAN_CODE|GB18 HBUK 4012 7584 9302 61]], statements e-mailed to [[EMAIL_ADDRESS|pen.am@btinternet.com]].",
    "Source notes, confidential: [[PERSON|Derek Lomax]], former foreman at the paper mill, prefers calls after 8pm on [[PHONE_NUMBER|07700 900471]].",
    "Round 9 sheet: Mrs [[PERSON|Olive Tranter]], [[STREET_ADDRESS|3 Pit Lane, Ashby-de-la-Zouch LE65 1HQ]], Mirror and Radio Times, leave in porch.",
    "[[PERSON|Hyun-woo Park]] (username [[ID_NUMBER|hwpark_reviews]]) posted a one-star review of the shop from [[IP_ADDRESS|192.0.2.163]].",
    "Helpdesk ticket 5521: reset for [[PERSON|Annika Sørensen]], temporary password [[PASSWORD|Fjord-Ink-9031]], read out by phone to [[PHONE_NUMBER|+45 28 41 73 06]].",
    "Frankfurt Book Fair travel: [[PERSON|Rupert Allingham]], passport [[ID_NUMBER|548173920]], mobile [[PHONE_NUMBER|+44 7700 900523]].",
    "W-9 on file: [[PERSON|Keisha Monroe]], SSN [[US_SSN|243-81-5067]], [[STREET_ADDRESS|722 Peachtree Walk, Atlanta, GA 30308]].",
    "Carrier [[PERSON|Gurpreet Sandhu]], [[STREET_ADDRESS|58 Maple Crescent, Brampton, ON L6V 2K9]], [[PHONE_NUMBER|(905) 555-0193]]",
    "Letter writer: [[PERSON|Maree Kostakis]], [[STREET_ADDRESS|27 Wattle Street, Marrickville NSW 2204]].",
    "書店イベント申込: [[PERSON|中村 遥]] 様、メール [[EMAIL_ADDRESS|haruka.n@nifty.com]]",
    "المشترك [[PERSON|خالد العتيبي]]، الهاتف [[PHONE_NUMBER|+966 55 318 4472]]، التوصيل صباح الجمعة",
    "लेखक [[PERSON|राहुल वर्मा]], ईमेल [[EMAIL_ADDRESS|rahul.verma@rediffmail.com]], पुस्तक विमोचन 12 मार्च",
    "Подписчик: [[PERSON|Игорь Лебедев]], адрес доставки [[STREET_ADDRESS|ул. Советская, д. 14, кв. 7, Тверь, 170100]].",
    "Okur mektubu: [[PERSON|Zeynep Kaya]], [[EMAIL_ADDRESS|zeynep.kaya@gmail.com]]",
    "Recensenten [[PERSON|Oskar Lund]] nås på [[PHONE_NUMBER|+46 70 318 42 96]].",
    "Saturday bulk drop driver: [[PERSON|Shane Whitlock]], licence [[ID_NUMBER|WHITL802145S99KT]], mobile [[PHONE_NUMBER|07700 900908]].",
    "Contributor: [[PERSON|Kemi Adebanjo-Ross]]; handle [[ID_NUMBER|@kemiwritesnow]]; [[EMAIL_ADDRESS|kemi.ar@protonmail.com]].",
    "order,name,card,town\n88213,[[PERSON|Henrietta Cole]],[[CREDIT_CARD|5204 1873 6920 4753]],Bakewell",
    "Agency submission log, 12/03: [[PERSON|Ngoc Anh Pham]], [[EMAIL_ADDRESS|ngocanh.pham@gmx.com]], literary fiction, 92k, request full.",
    "Press pass register, no. 0419: [[PERSON|Ezra Goldberg]], staff photographer, badge PIN [[PASSWORD|7702]].",
    "Überweisung Lesungshonorar an [[PERSON|Mustafa Yılmaz]], IBAN [[IBAN_CODE|DE72 1203 0000 1047 3829 15]], Verwendungszweck Lesung 7. Juni.",
    "Autorin [[PERSON|Verena Huber]], Wien, Konto [[IBAN_CODE|AT28 3200 0000 1748 3926]], Telefon [[PHONE_NUMBER|+43 664 218 3307]].",
    "Μεταφραστής [[PERSON|Γιώργος Αντωνίου]], IBAN [[IBAN_CODE|GR89 0110 1250 0000 0048 2736 1940 1]].",
    "Autorica [[PERSON|Ivana Horvat]], IBAN [[IBAN_CODE|HR35 2340 0091 1827 3645]], e-pošta [[EMAIL_ADDRESS|ivana.horvat@net.hr]].",
    "Vertėja [[PERSON|Rūta Kazlauskienė]], sąskaita [[IBAN_CODE|LT81 7044 0600 1827 3649 1]].",
    "Překladatel [[PERSON|Jakub Procházka]], účet [[IBAN_CODE|CZ95 0800 0000 1927 4836 1052]], tel. [[PHONE_NUMBER|+420 724 318 806]].",
    "Revisora [[PERSON|Marta Sousa]], IBAN [[IBAN_CODE|PT62 0010 0000 4827 3619 2057 3]], pagamento por capítulo.",
    "Reader account: [[PERSON|Lucinda Oakes]], login [[ID_NUMBER|lucindao]], signup IP [[IP_ADDRESS|198.51.100.212]], password hint 'first dog'.",
    "Archive API developer registration: [[PERSON|Tariq Hussain]], key [[API_KEY|arc_pk_5Tg8Wm2Qz7Rk4Nv1Xb6Jd3Hs]], contact [[EMAIL_ADDRESS|tariq@hussain-data.co.uk]].",
    "Subscriber since 1988: [[PERSON|Agnes Muirhead]], [[STREET_ADDRESS|Flat 1/2, 34 Hyndland Road, Glasgow G12 9UP]], phone [[PHONE_NUMBER|0141 496 0372]].",
    "Death notice placed by [[PERSON|Cormac Devlin]], paid with card [[CREDIT_CARD|4917 2830 5619 8423]], contact [[PHONE_NUMBER|028 9649 6213]].",
    "Newsletter signup: [[EMAIL_ADDRESS|fliss.okafor@hotmail.co.uk]] | [[PERSON|Felicity Okafor]] | consent=yes | 2023-11-02",
    "Launch guest list: Dr [[PERSON|Amara Nwosu]], plus one, vegan, mobile [[PHONE_NUMBER|07700 900356]].",
    "Suscriptor [[PERSON|Héctor Ramírez]], [[STREET_ADDRESS|Calle Durango 214, Col. Roma Norte, 06700 Ciudad de México, CDMX]], tel. [[PHONE_NUMBER|+52 55 4187 2391]].",
]

# 25 MT-Bench/Vicuna-style prompts; historical and fictional people are not personal data.
CLEAN_PROMPTS = [
    "Write a persuasive op-ed arguing that every market town should keep at least one independent bookshop. Give three concrete arguments and end with a call to action.",
    "Imagine you are Sherlock Holmes reading a modern local newspaper. Describe, in character, what the front page reveals about the town.",
    "Compose a 200-word announcement from a fictional newspaper editor in 1890 explaining the switch from hand-set type to the Linotype machine.",
    "Explain the inverted pyramid structure of news writing to a secondary-school student, with a short example about a village fete.",
    "Extract who, what, where and when from this brief: 'A fire at the old printing works on Mill Street was put out by volunteers on Sunday evening; no one was hurt.'",
    "Write a Python function that takes the text of a newspaper column and returns the ten most common words longer than six letters, with their counts.",
    "Compare Charles Dickens as a working journalist with George Orwell as an essayist in no more than 300 words.",
    "Role-play as a bookshop owner helping a customer choose three classic novels for a long train journey.",
    "What are the ethical arguments for and against a local paper naming people who have been charged but not yet convicted?",
    "Draft a style-guide entry explaining when to use 'fewer' and when to use 'less', with two newspaper-style examples.",
    "Suggest five headlines for a story about a town council voting to reopen its library, each under eight words.",
    "Write a short story in which Elizabeth Bennet runs a circulating library in Meryton and must decide whether to stock a scandalous novel.",
    "How did the telegraph change the way newspapers gathered and reported news in the nineteenth century?",
    "Write a SQL query that returns, for each delivery round, the number of active subscriptions and the average number of weeks since they began, from tables rounds and subscriptions.",
    "Summarise the plot of Great Expectations in five sentences for a bookshop staff-picks card.",
    "Give me a checklist for fact-checking a feature article before it goes to print.",
    "Explain the difference between a literary agent, a publisher and a book distributor.",
    "Rewrite this sentence in the active voice: 'The decision to close the branch library was announced by the council on Friday.'",
    "You are Mark Twain, newly arrived as a cub reporter in Virginia City. Write your first diary entry.",
    "Design a one-week plan for a student newspaper team to cover a school election fairly.",
    "What are the main causes of the decline in local newspaper circulation since 2000, and which business models have helped some papers survive?",
    "Write a limerick about a paperboy who always delivers the wrong paper to the right house.",
    "Evaluate this argument: 'Since e-books are cheaper to produce, printed books will disappear within twenty years.' Identify its hidden assumptions.",
    "Create a rubric with four criteria for judging a young writers' short story competition.",
    "Translate into French: 'The bookshop will host a reading on Thursday evening; admission is free and refreshments will be served.'",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Marisol delivers newspapers to 48 houses. On Sundays, 3/4 of the houses also take a magazine. How many magazines does she deliver each Sunday?",
    "A bookshop sold 120 books on Saturday and 25% more on Sunday. How many books did it sell over the weekend?",
    "Tobias writes 650 words a day for his novel. How many days will it take him to reach 78,000 words?",
    "A local paper costs £1.20 on weekdays and £2.50 on Saturdays. Priya buys it every day except Sunday for 4 weeks. How much does she spend?",
    "Kenji's bookshop orders 14 boxes of paperbacks with 36 books in each box. He sells 3/7 of them in the first month. How many are left?",
    "Amara is paid 30 pence per word. She files three stories of 450, 620 and 830 words. How much does she earn in pounds?",
    "Lena reads 42 pages an hour. Her book has 588 pages. If she reads for 2 hours a day, how many days will she need to finish it?",
    "Hugo's paper has 2,400 subscribers. 15% cancel, then 180 new readers sign up. How many subscribers does it have now?",
    "Farid prints 350 flyers for a book launch. He hands out 40% of them at the market and 85 at the library. How many flyers are left?",
    "Odette, a literary agent, earns 15% of an author's £24,000 advance. How much does Odette earn, and how much does the author keep?",
    "Nico and Bea share a delivery round of 96 houses. Nico covers twice as many houses as Bea. How many houses does each cover?",
    "Rufus sets 5 crosswords a week and is paid £45 per crossword. How much does he earn in 12 weeks?",
    "Sunniva's bookshop has 8 shelves holding 55 books each. She adds 3 more shelves of the same size and fills them. How many books are on the shelves now?",
    "A printing press produces 1,200 copies an hour. Ewan needs 9,000 copies finished by 5am. What is the latest time he can start the run?",
    "Ada buys 3 hardbacks at £18.99 each and 2 paperbacks at £8.99 each. She pays with a £100 note. How much change does she get?",
    "Jonas's newsletter had 800 readers and gained 50 readers a week for 12 weeks. How many readers did it have at the end?",
    "Mira folds 40 newspapers in 10 minutes and Dov folds 30 in 10 minutes. Working together, how long will they take to fold 280 newspapers?",
    "Felix signs one book every 45 seconds at a launch. How many books can he sign in an hour and a half?",
    "Rosalind sells second-hand books at £2 each or 3 for £5. A customer buys 10 books. What is the lowest price the customer can pay?",
    "A paper round pays £8.50 a morning and Idris works 6 mornings a week. How many weeks will it take him to save for a £204 bicycle?",
    "Noor's book club has 18 members and each member reads 2 books a month. How many books does the club read in a year?",
    "A magazine has 64 pages and 3/8 of them are advertisements. Tamsin edits all the other pages. How many pages does she edit?",
    "Caspar's bookshop takes 25% off a £24 book, then members get a further 10% off the new price. What does a member pay?",
    "Yara wrote 4 letters to the editor in March, twice as many in April and 3 fewer in May than in April. How many letters did she write in the three months?",
    "A van carries 12 bundles of 50 papers. Bram drops 7 bundles in town and 180 loose papers in the villages. How many papers are left in the van?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which best describes the 'inverted pyramid' in news writing?\nA. Placing the most important facts first\nB. Ending with the most important facts\nC. Writing in chronological order\nD. Alternating facts and opinions",
    "Under the Defamation Act 2013 (England and Wales), which of these is a defence to a libel claim?\nA. Truth\nB. Provocation\nC. Consent of the editor\nD. Limited circulation",
    "Johannes Gutenberg's movable-type press is associated with which century?\nA. 13th\nB. 15th\nC. 17th\nD. 19th",
    "The check digit of an ISBN-13 is computed with weights that:\nA. Alternate 1 and 3\nB. Descend from 10 to 2\nC. Are all equal to 7\nD. Double every second digit",
    "Who wrote Nineteen Eighty-Four?\nA. Aldous Huxley\nB. George Orwell\nC. H. G. Wells\nD. Ray Bradbury",
    "A newspaper that sells both subscriptions to readers and space to advertisers operates in:\nA. A two-sided market\nB. A perfectly competitive market\nC. A monopsony\nD. A barter economy",
    "The 1971 Pentagon Papers case in the US Supreme Court chiefly concerned:\nA. Prior restraint of publication\nB. Copyright in photographs\nC. Libel of public officials\nD. Newspaper tax exemptions",
    "A notice printed in a later edition acknowledging a factual mistake is called:\nA. An erratum or correction\nB. A splash\nC. A standfirst\nD. A masthead",
    "In journalism, a 'stringer' is:\nA. A part-time or freelance correspondent paid per piece\nB. A headline writer\nC. A printing press operator\nD. A newspaper delivery driver",
    "In publishing, 'remainders' are:\nA. Unsold copies sold off cheaply by the publisher\nB. The final chapters of a manuscript\nC. Royalties owed to the author\nD. Pages left blank at the end of a book",
    "The Daily Courant, often called the first English daily newspaper, first appeared in:\nA. 1605\nB. 1702\nC. 1785\nD. 1851",
    "A narrator who hints at events that will happen later in the story is using:\nA. Foreshadowing\nB. Onomatopoeia\nC. Hyperbole\nD. Enjambment",
    "A reader survey that includes only people who chose to respond is most likely to suffer from:\nA. Voluntary response bias\nB. Measurement error in the scale\nC. Stratification\nD. Random sampling error only",
    "Which of these typefaces is a serif typeface?\nA. Helvetica\nB. Times New Roman\nC. Arial\nD. Futura",
    "The Booker Prize is awarded for:\nA. Investigative journalism\nB. A novel written in English\nC. Newspaper design\nD. Poetry in translation",
    "A 'kill fee' is:\nA. A fee paid to a freelancer when a commissioned piece is not published\nB. A fine for missing a deadline\nC. The cost of pulping unsold copies\nD. A charge for removing an online article",
    "An 'embargo' on a press release means:\nA. The information must not be published before a stated time\nB. The release is confidential forever\nC. Only one outlet may publish it\nD. It may be published without attribution",
    "Under the UK GDPR and Data Protection Act 2018, processing for journalism may rely on:\nA. The special purposes exemption\nB. The law enforcement exemption\nC. The household exemption\nD. No exemption at all",
    "Why is the marginal cost of one extra digital copy of a newspaper close to zero?\nA. Digital copies are non-rival and cheap to reproduce\nB. Advertisers pay for each copy\nC. Printing costs are fixed by law\nD. Readers share passwords",
    "In Pride and Prejudice, Mr Darcy's estate is called:\nA. Netherfield\nB. Pemberley\nC. Rosings\nD. Longbourn",
    "Which printing method transfers ink from a plate to a rubber blanket and then to paper?\nA. Letterpress\nB. Offset lithography\nC. Gravure\nD. Screen printing",
    "The phrase 'the Fourth Estate' refers to:\nA. The press\nB. The clergy\nC. The judiciary\nD. The civil service",
    "In a printed book, the 'recto' is:\nA. The left-hand page\nB. The right-hand page\nC. The back cover\nD. The spine",
    "In a random sample of 400 readers, 240 prefer print. The 95% margin of error for this proportion is closest to:\nA. 2.4%\nB. 4.8%\nC. 9.6%\nD. 12%",
    "Which amendment to the US Constitution protects freedom of the press?\nA. First\nB. Fourth\nC. Fifth\nD. Fourteenth",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "I work night shifts on a newspaper's print floor. How can I sleep better during the day?",
    "What are the early signs of repetitive strain injury from typing all day, and how can I prevent it?",
    "Is it bad for your eyes to read proofs on a screen for eight hours? What does the 20-20-20 rule mean?",
    "What stretches help lower back pain from lifting bundles of newspapers on a delivery round?",
    "How much water should I drink if I cycle a paper round for an hour every morning?",
    "Can dust from old books trigger asthma, and what precautions can a second-hand bookshop take?",
    "What are the symptoms of burnout and how is it different from depression?",
    "Is it safe to drink four cups of coffee a day to get through deadlines?",
    "How should I treat a paper cut that has become red and swollen?",
    "What is the safest way to lift heavy boxes of books to avoid injury?",
    "What are the health effects of long-term exposure to printing ink solvents?",
    "How can I manage anxiety before speaking at a public book launch?",
    "Are standing desks actually better for your health than sitting?",
    "What causes tension headaches and when should I see a doctor about them?",
    "How cold is too cold to cycle a delivery round safely, and how should I dress for it?",
    "Which vaccinations are usually advised for a reporter travelling to cover a flood zone?",
    "Can reading in dim light damage your eyesight permanently?",
    "What is carpal tunnel syndrome and what treatments are available?",
    "How can shift workers lower their risk of type 2 diabetes?",
    "Is it normal to feel dizzy after standing up quickly, and what can help?",
    "What first aid should be given to someone who faints at a crowded bookshop event?",
    "How does long-term sleep deprivation affect memory and concentration?",
    "What are the signs of vicarious trauma in reporters who cover violent crime, and what support helps?",
    "Is it safe for a teenager to do a paper round before school, given how much sleep teenagers need?",
    "What are the warning signs of heat stroke for someone doing outdoor deliveries in summer?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "943 571 8264": nhs_ok,  # NHS number
    "615 092 3746": nhs_ok,
    "7394826Q": pps_ok,  # Irish PPS number
    "2061573L": pps_ok,
    "193847267": bsn_ok,  # Dutch BSN
    "261739487": bsn_ok,
    "47391520848": steuer_id_ok,  # German tax id
    "2 84 06 75 123 048 11": nir_ok,  # French NIR
    "53819274X": dni_ok,  # Spanish DNI
    "Y2918374X": dni_ok,  # Spanish NIE
    "MRNGLI84M52F205R": codice_fiscale_ok,  # Italian codice fiscale
    "CLLRRT79C14L219N": codice_fiscale_ok,
    "89071435270": pesel_ok,  # Polish PESEL
    "92110281640": pesel_ok,
    "870412-3184": luhn_len(10),  # Swedish personnummer
    "910830-4628": luhn_len(10),
    "14038743148": fodselsnummer_ok,  # Norwegian fødselsnummer
    "170389-527B": hetu_ok,  # Finnish henkilötunnus
    "120882-4309": kennitala_ok,  # Icelandic kennitala
    "605.291.837-30": cpf_ok,  # Brazilian CPF
    "318.740.592-41": cpf_ok,
    "5829 3147 6021": aadhaar_ok,  # Indian Aadhaar
    "3916 4085 2719": aadhaar_ok,
    "S8736251E": nric_ok,  # Singapore NRIC
    "880617-2015374": rrn_ok,  # Korean resident registration number
    "3842 7159 0620": my_number_ok,  # Japanese My Number
    "381 429 754": tfn_ok,  # Australian tax file number
    "2847 19306 1": medicare_ok,  # Australian Medicare card
    "519 804 371": luhn_len(9),  # Canadian SIN
    "734 218 563": luhn_len(9),
    "31840726584": kimlik_ok,  # Turkish kimlik
    "239174585": nif_ok,  # Portuguese NIF
    "2850419403813": cnp_ok,  # Romanian CNP
    "16.482.093-9": rut_ok,  # Chilean RUT
    "48805274215": isikukood_ok,  # Estonian isikukood
    "875614/3726": rodne_cislo_ok,  # Czech rodné číslo
    "3189472611": rnokpp_ok,  # Ukrainian RNOKPP
    "PLR5086": nhi_ok,  # New Zealand NHI
    "85.07.12-374.33": belgian_id_ok,  # Belgian national number
    "110108198706143723": china_id_ok,  # Chinese resident identity number
    "8609225147081": luhn_len(13),  # South African id
    "038472619": luhn_len(9),  # Israeli teudat zehut
    "14048803671": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"0141 496 0\d{3}",  # Glasgow drama range
        r"028 9649 6\d{3}",  # Belfast drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|31|34|39|43|45|46|47|52|55|64|86|90|91|254|353|420|966|971) [\d -]+\d",  # no fiction range known
    )
]


def records_with_national_id() -> int:
    """How many records hold one of the checked national ids."""
    return sum(
        any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in marked_spans(t))
        for t in RECORDS
    )


def check_mix() -> None:
    """The chat requests name people, carry secrets and every entity type; each record names
    exactly one person and about forty carry a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = records_with_national_id()
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id, want 35 to 45")
    plain = " ".join(strip_marks(t)[0] for t in RECORDS)
    if "{" not in plain or "|" not in plain or "\n" not in plain:
        raise SystemExit("records: want JSON, pipe and CSV rows")


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
        "blind138", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
