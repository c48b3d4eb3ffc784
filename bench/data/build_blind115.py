# ruff: noqa: E501
"""A hundred-and-fifteenth blind privacy set: 220 texts with personal data and 100 clean
ones, on hobbies and online communities.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The theme is hobbies and online communities: book
clubs, gaming guilds and Discord servers, fan clubs, second-hand marketplace sales,
neighbourhood and street groups, choirs and bands, crafting, photography and running clubs
and social meetups that are not about dating.

* 120 chat requests (3 to 100 words) that people send to a general assistant through a
  company gateway: drafting listings, notices, replies and letters, summarising pasted
  notes, minutes and mod logs, translating, fixing wording, planning rotas and routes,
  splitting costs and paces, asking whether something is a scam or safe to share. The
  first 30 are typed all in lower case (names, e-mails, IBANs and codes too, with
  shorthand and typos); the next 6 are in Spanish, German, Brazilian Portuguese, Japanese,
  Russian and Korean; the other 84 in ordinary English. Names of many origins, some in
  Chinese, Japanese, Korean, Cyrillic, Greek, Hebrew, Arabic and Devanagari script; first
  names alone, surnames after titles, full names, nicknames and names that are ordinary
  words (Joy, Hope, Drew, Sunny, Penny, Bill, Wren), many named in passing with no cue
  word. Values: phones (some unseparated), e-mails, addresses in UK (Welsh street names
  too), US, French, German, Austrian, Spanish, Japanese, Indian and Norwegian formats,
  passwords and passphrases, PINs, door, gate, alarm, key-safe and padlock codes, wifi
  keys, usernames, gamer tags and Discord handles, member, customer, athlete and bank
  account numbers, national ids, cards, IBANs, SSNs, IPs and API keys or bot tokens.
* 100 one-person records (4 to 60 words) in the manner of presidio-research's synthetic
  sentences and Nannigalaxy-style records: prose sentences, profile lines, pipe and CSV
  rows, JSON objects, log lines, register entries and short letters; a name and one to
  four other values each (a few also name a second person), among them forty-odd
  national ids with valid check digits, addresses in Irish, Polish, Portuguese, Mexican,
  Dutch, German, French, Welsh and US formats and names in Cyrillic, Georgian, Thai,
  Chinese, Japanese and Korean script.

Usernames, gamer tags, Discord handles and logins, member, customer, seller, athlete and
bank account numbers and national ids are ID_NUMBER; PINs, door, gate, alarm, key-safe,
locker and padlock codes, wifi keys, passwords and passphrases are PASSWORD; titles (Mr,
Mrs, Dr) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, authors, fictional characters,
clubs, shops, order and listing numbers, postcodes alone and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench and Vicuna-style writing, role-play, reasoning and
knowledge prompts (some naming historical or fictional people), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D and 25 health
questions naming no one; most on the theme.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and the 496 0 city
ranges, 020 7946 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97, of their country's length and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (Indian Aadhaar, NHS number,
Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE, Finnish
henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC, Korean
resident registration number, Australian TFN and Medicare, Japanese My Number, Irish PPS,
French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian
CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian
RNOKPP, German tax id, New Zealand NHI, Swedish personnummer, Canadian SIN, South African
id, Israeli teudat zehut).

Run ``.venv/bin/python bench/data/build_blind115.py`` from the repository root; the output
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
    word_count,
)
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CLEAN_WORDS = (5, 150)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Coach|Sr|Sra|Herr|Frau|Mme|Signora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
NO_SPACES = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""Thai, kana, CJK and hangul: scripts that put few spaces between words."""

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # lower case
    "can u write a short msg to the book club whatsapp saying [[PERSON|dilnoza]] is hosting this month at [[STREET_ADDRESS|14 larkspur close, leeds ls6 2qt]] and ppl shld bring a plate. her number is [[PHONE_NUMBER|07700 900318]] if anyone gets lost",
    "discord bot token got leaked in our guild channel lol. token was [[API_KEY|mtq4mzi5ndc2ntu0mzixndc4.gx7kqp.w9t2rl0vhc8yzn3fadm4ebsjuqx6o1kpilg5]] - how do i rotate it and tell the mods ([[PERSON|kez]] and [[ID_NUMBER|borisv_88]]) without panicking everyone",
    "fix my wording pls: hi [[PERSON|tomasz]], the tent is still for sale, 40 quid, collection only from [[STREET_ADDRESS|7 ribble st, preston pr1 8ud]]. can do sat morning",
    "my auntie [[PERSON|shirin]] keeps posting our choir rehearsal door code [[PASSWORD|4471#]] in the public fb group. draft a gentle msg asking her to delete it",
    "summarise: parkrun volunteer list sat - [[PERSON|jono]] marshal pt3, [[PERSON|priya k]] timekeeper, [[PERSON|gbenga adeyemi]] tail walker, [[PERSON|sue]] barcode scanning. [[PERSON|sue]]'s mobile [[PHONE_NUMBER|07700900552]] for no-shows",
    "how do i split 3 vinted parcels at 18 quid each between me and [[PERSON|flick]] if she paid for 2 of them",
    "translate to polish for my neighbour: the parcel for flat 3 is with me at [[STREET_ADDRESS|flat 1, 22 moorland rd, bristol bs3 4jn]], ring [[PHONE_NUMBER|0117 496 0731]] when ur home",
    "my raid leader [[PERSON|mirela]] asked for my battle.net login to carry me through the last boss. user [[ID_NUMBER|quietfox#2291]] pw [[PASSWORD|lanternmoth77]]. is this a bad idea? be honest",
    "pls write a listing for my old canon 600d, 2 lenses, £150. contact [[EMAIL_ADDRESS|h.okonkwo.snaps@mailbox.org]] or text [[PHONE_NUMBER|07700 900846]], pick up from [[STREET_ADDRESS|3 hazel grove, york yo31 7lp]]",
    "knitting circle money: [[PERSON|bev]] 12.50, [[PERSON|oona]] 12.50, [[PERSON|rashida]] 7, me 20. whats the total and who owes what if we split the £60 yarn order evenly",
    "can you check this iban before i send the deposit for the second hand piano: [[IBAN_CODE|nl77 rabo 0318 4529 67]] name on acc [[PERSON|j. de wit]]",
    "our street whatsapp group: [[PERSON|marguerite]] at no 9 is away, key safe code is [[PASSWORD|2580]] if her cat needs feeding. can u turn this into a nicer message",
    "band practice moved to [[PERSON|ravi]]'s garage, [[STREET_ADDRESS|41 cedar ave, slough sl1 3ry]]. side gate code [[PASSWORD|1917]]. write it as a fun announcement for the group chat",
    "wat does 'not as described' mean on ebay, buyer [[ID_NUMBER|vintage_vera_62]] says the jacket has a hole but it didnt when i posted it",
    "[[PERSON|陈静怡]] from the photo club wants the raw files, send to [[EMAIL_ADDRESS|jingyi.chen.photo@gmail.com]]? write a short reply saying ill upload tonight",
    "ssn for the choir tour visa form, do they want [[US_SSN|418-62-7395]] or my passport no? form is for the us leg of the tour",
    "remind me how to say no nicely. [[PERSON|gerry o'neill]] wants to borrow from the running club defib fund again, acct [[IBAN_CODE|ie16 bofi 9000 1726 4839 15]]",
    "make a rota for the allotment watering: me, [[PERSON|hong]], [[PERSON|nkechi]], [[PERSON|pádraig]], [[PERSON|wren]]. 5 weeks, mon-fri, nobody twice in a row",
    "pls shorten: hello all, [[PERSON|lwazi]] here from the sunday trail runners. my strava is [[ID_NUMBER|lwazi_runs_jhb]] and my cell is [[PHONE_NUMBER|+27 82 491 3306]] for lifts to the start",
    "is it ok to reuse my old phone pin [[PASSWORD|0915]] for the guild bank vault in ff14 or is that dumb",
    "draft thank you card for [[PERSON|hilde]] who ran the pottery class for 6 yrs. sign it from all of us at thursday clay. also tell her the kiln room code changed to [[PASSWORD|5821]]",
    "translate to spanish: [[PERSON|nuria]], the sofa is yours for 60 euro, send bizum to [[PHONE_NUMBER|+34 612 48 39 17]] and come sat after 10",
    "whats [[PERSON|dmitri]]'s email again, i think it was [[EMAIL_ADDRESS|d.volkov.chess@proton.me]] or something. write to him asking if the chess club can use the library room on weds",
    "gamer tag [[ID_NUMBER|xx_nightowl_xx]] keeps griefing our minecraft server, his ip in the logs was [[IP_ADDRESS|203.0.113.57]]. write a ban notice for the discord",
    "hi can u work out pace: [[PERSON|mo]] did 10k in 47:12 and [[PERSON|elif]] did 5k in 24:40 whos faster per km",
    "need a short intro note for joining the community choir. my name [[PERSON|aoife brennan]], alto, [[EMAIL_ADDRESS|aoifebrennan.sings@outlook.ie]], [[PHONE_NUMBER|+353 87 318 4429]]",
    "the fan club renewal form wants my member no [[ID_NUMBER|fc-004817]] and card [[CREDIT_CARD|4539 2187 0264 1531]] exp 09/27. is it safe to email that",
    "neighbour [[PERSON|abdi]] lost his dog, write a lost poster. brown staffie, answers to biscuit, call [[PHONE_NUMBER|07700 900 274]]",
    "nhs number for the club first aid form is [[ID_NUMBER|943 716 2085]], what else should a running club keep on file and what shouldnt it",
    "ok so [[PERSON|bartek]] sold me a bike on gumtree for 220 and the frame is cracked. his email [[EMAIL_ADDRESS|bartek.nowicki93@wp.pl]], write a firm but calm message asking for a refund",
    # other languages: Spanish, German, Portuguese, Japanese, Russian, Korean
    "¿Puedes ayudarme a escribir un mensaje para el grupo del club de lectura? Quiero decir que la próxima reunión es en casa de [[PERSON|Lucía Ferrández]], [[STREET_ADDRESS|Calle de Toledo 58, 3º B, 28005 Madrid]], y que el código del portal es [[PASSWORD|7741B]]. Su móvil: [[PHONE_NUMBER|+34 655 21 87 40]].",
    "Kannst du diese Kleinanzeigen-Nachricht höflicher formulieren? „Hallo [[PERSON|Jörg]], die Nähmaschine ist noch da. Überweis die 85 € an [[IBAN_CODE|DE03 5001 0517 0938 2615 47]] (Kontoinhaberin [[PERSON|Sabine Kaltenbrunner]]) und hol sie ab: [[STREET_ADDRESS|Lindenstraße 12, 04105 Leipzig]].“",
    "Me ajuda a responder o [[PERSON|Thiago]] do grupo de corrida? Ele pediu meu CPF para inscrever a equipe na meia maratona: [[ID_NUMBER|739.148.260-96]]. Quero saber se é seguro mandar pelo WhatsApp e escrever uma resposta educada.",
    "写真サークルの連絡網をまとめてください。 [[PERSON|高橋 由美]]さん [[PHONE_NUMBER|090-4827-1536]] 、 [[PERSON|中村 健太]]さん [[EMAIL_ADDRESS|kenta.n.photo@docomo.ne.jp]] 、あと幹事の[[PERSON|小林]]さんは電話のみです。",
    "Помоги составить объявление для соседского чата: [[PERSON|Анна Сергеевна Лебедева]] из 14-й квартиры отдаёт детскую коляску. Звонить по номеру [[PHONE_NUMBER|+7 912 483-27-61]] после 18:00.",
    "동호회 회비 명단 좀 정리해 줘. [[PERSON|김서연]] 3만원 입금 완료, [[PERSON|박지훈]] 미납, 계좌는 국민은행 [[ID_NUMBER|612802-04-193847]] 예금주 [[PERSON|이수민]].",
    # English
    "Can you tidy this up for the book club newsletter? 'Next month we're reading The Remains of the Day. Huge thanks to [[PERSON|Philippa]] for hosting last time, and a reminder that subs (£15) go to [[PERSON|Desmond Achebe]], account [[ID_NUMBER|73018264]].'",
    "Short and friendly reply please: Hi [[PERSON|Joy]], yes the pram is still available! I'm at [[STREET_ADDRESS|22 Wexford Road, Cardiff CF14 3JT]], any time after 5. Cash or transfer is fine.",
    "Summarise these choir committee notes in three bullets: Treasurer [[PERSON|Ingrid Solberg]] reported £1,240 in the account. Concert venue confirmed. [[PERSON|Ingrid]] to email the list from [[EMAIL_ADDRESS|ingrid.solberg@online.no]] re: ticket prices. Robes: Mrs [[PERSON|Featherstone]] will collect from the dry cleaner. Next meeting 3 March.",
    "My guild's officer spreadsheet got shared publicly. It has my login [[ID_NUMBER|Ashbringer_Kat]] and password [[PASSWORD|Tw1light!Grove]] in column C. What should I change first?",
    "Remind me: call [[PERSON|Hamish]] on [[PHONE_NUMBER|020 7946 0382]] about the amp.",
    "What's a fair price for a used Brother sewing machine? The seller, [[PERSON|Ottilie Vance]], wants £90 and says it was serviced last year.",
    "Write a welcome DM for new members of our Discord. Mention that the mod team is [[ID_NUMBER|pixelpeony]], [[ID_NUMBER|grumbleweed]] and [[ID_NUMBER|Sable.Kite]], and that they should never share their account password with anyone, even us.",
    "Translate into French for the twin-town photography exchange: 'Our member [[PERSON|Callum Mackie]] will arrive on the 14th. He can be reached at [[PHONE_NUMBER|+44 7700 900719]] and is staying at [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]].'",
    "Draft a note for the running club noticeboard: lost keys found near the bandstand, blue lanyard. Ask [[PERSON|Drew]] at the bar or email [[EMAIL_ADDRESS|drew.halloran@runmail.co.uk]].",
    "I run a small pottery Instagram and a buyer sent me her card number in a DM to pay for a vase: [[CREDIT_CARD|5248 1639 0275 1848]], name [[PERSON|Harriet Lomax]]. How do I tell her not to do that and take payment properly?",
    "Can you calculate the split? Six of us rented a cabin for the fantasy writers' retreat: £840 total. [[PERSON|Yusuf]] paid £300, [[PERSON|Marisol]] £200, I paid £340. [[PERSON|Ngozi]], [[PERSON|Tevita]] and [[PERSON|Finlay]] have paid nothing yet.",
    "Fix the grammar: 'Me and [[PERSON|Kwabena]] was thinking the quiz team should meet earlier, his number is [[PHONE_NUMBER|(614) 555-0139]] if your interested.'",
    "Our neighbourhood watch list needs anonymising before I post it. Entries: [[PERSON|Walt Brzezinski]], [[STREET_ADDRESS|118 Maple Lane, Dayton, OH 45409]], alarm code [[PASSWORD|8426]]; [[PERSON|Rosa Delgado]], [[STREET_ADDRESS|122 Maple Lane, Dayton, OH 45409]]. What fields should I strip?",
    "Write a short bio for our band's website. Members: [[PERSON|Siobhán Kearney]] (vocals), [[PERSON|Tariq Bashir]] (bass), [[PERSON|Lars-Erik Holm]] (drums), and [[PERSON|Pip]] on everything else. Keep it under 80 words.",
    "Is it weird to ask a seller for ID? A guy called [[PERSON|Dorian Fitch]] is selling a PS5 for £180 and wants me to come to [[STREET_ADDRESS|Flat 6, 30 Canal Street, Manchester M1 3HE]] after dark.",
    "Help me plan a 10-week couch-to-5k for the beginners' group. Coaches are [[PERSON|Lena]] and [[PERSON|Kofi]]; sessions on Tuesday evenings and Saturday mornings.",
    "My Vinted account [[ID_NUMBER|thriftyfern_22]] got hacked and they changed the email to [[EMAIL_ADDRESS|refund.desk.0042@outlook.com]]. My old email was [[EMAIL_ADDRESS|fern.castellano@gmail.com]]. Write the message to Vinted support.",
    "Quick one: what's 17% of £2,350? Our treasurer [[PERSON|Obi]] needs it for the venue deposit.",
    "Rewrite this so it sounds less angry: 'To whoever keeps parking across my drive at [[STREET_ADDRESS|5 Orchard Way, Didcot OX11 7GH]] during Sunday choir, I have reported the car. [[PERSON|Glenys]]'",
    "Add these to a contacts CSV for the photo walk: [[PERSON|Matías Ríos]] [[PHONE_NUMBER|+52 55 4827 1936]], [[PERSON|Ewa Zielińska]] [[PHONE_NUMBER|+48 512 384 927]], [[PERSON|Chidi Eze]] [[EMAIL_ADDRESS|chidi.eze@fastmail.com]].",
    "I found my old forum passphrase [[PASSWORD|correct-otter-lamp-57]] in a notes app. Is a four-word passphrase like that still strong enough for a fan wiki admin account?",
    "Summarise this Discord mod log: '21:04 [[ID_NUMBER|ghostly_mae]] warned for spam. 21:09 [[ID_NUMBER|ghostly_mae]] timed out 1h. 21:40 appeal from [[EMAIL_ADDRESS|mae.pritchard07@gmail.com]], IP [[IP_ADDRESS|198.51.100.23]] matches alt [[ID_NUMBER|maeday_pr]].'",
    "Can you write a polite chaser to a buyer who hasn't paid? eBay user [[ID_NUMBER|bargainhunter_1977]], 9 days now, £42 for the Lego castle.",
    "Plan a 3-hour book swap at the community centre for about 40 people. [[PERSON|Ayesha]] is bringing tables and [[PERSON|Conor]] will do the sign-in sheet. The centre's key safe code is [[PASSWORD|4392]], but only put that in the volunteer notes.",
    "Please translate to German: 'Hi [[PERSON|Matthias]], thanks for the lens. I've sent €120 to [[IBAN_CODE|AT41 1420 0200 1173 6492]], please post it to me at [[STREET_ADDRESS|Hauptplatz 7, 8010 Graz]].'",
    "Is this a scam? Someone messaged the fan club inbox saying they're [[PERSON|Cressida Moon]] from the official label and need our member list plus the admin password [[PASSWORD|Starlight#Harbour2024]] to 'verify' us.",
    "What are good warm-up songs for an amateur choir of 25? Our director, Dr [[PERSON|Okonjo]], likes folk.",
    "Make a packing list for the guild's LAN weekend at [[PERSON|Soren]]'s place. The wifi password is [[PASSWORD|frostbyte-lan-party]] so put that at the top.",
    "Fix the tone: '[[PERSON|Brenda]], you've had the club's tripod since June. Return it to [[STREET_ADDRESS|The Old Forge, Mill Lane, Kirkby Lonsdale LA6 2AX]] by Friday or we'll charge you.'",
    "I want to sell a signed vinyl to a fan in Japan. He gave me his address as [[STREET_ADDRESS|〒150-0041 東京都渋谷区神南2-14-8 グリーンハイツ305]] and his name as [[PERSON|松本 亮]]. How do I write this on an international shipping label?",
    "Write a short speech to thank [[PERSON|Billie Ashcroft]] for 20 years of running the Tuesday crochet group.",
    "Our parkrun barcode got photographed on the results board. It shows my athlete number [[ID_NUMBER|A4829173]] and name [[PERSON|Ruaridh Campbell]]. Should I worry?",
    "Turn these notes into a proper message to the allotment society: plot 14 holder Mrs [[PERSON|Adebayo]] has moved; new holder [[PERSON|Krzysztof Mazur]], phone [[PHONE_NUMBER|07700 900583]], shed padlock combo [[PASSWORD|3-9-1-6]].",
    "Split £96 of pizza between 11 people at board games night, but [[PERSON|Leilani]] and [[PERSON|Bao]] only had one slice each.",
    "Translate to English: 'Ciao [[PERSON|Beatrice]], il mio codice fiscale è [[ID_NUMBER|BNCCHR90L58H501T]] per l'iscrizione al coro, ti mando il resto dei documenti domani.'",
    "A Steam user called [[ID_NUMBER|lil_krumpet]] sent me a link to 'vote for his esports team' and now my account is locked. My Steam email is [[EMAIL_ADDRESS|oskar.lindgren.gaming@gmail.com]]. What do I do first?",
    "Write a short recruitment post for the Harbourside Camera Club. Contact the membership secretary, [[PERSON|Anjali Raman]], on [[PHONE_NUMBER|0131 496 0274]].",
    "Please check my maths: the choir bought 32 folders at £4.75 each and [[PERSON|Gwilym]] paid. Reimburse him by transfer to [[IBAN_CODE|GB56 BARC 2003 8541 9273 65]]. How much?",
    "I'm hosting the sci-fi book club. The buzzer code is [[PASSWORD|*0427]]. Write a message telling people how to get into [[STREET_ADDRESS|Apt 12B, 340 Riverside Drive, New York, NY 10025]] without ringing everyone.",
    "Reword for Nextdoor: 'Missing since Tues: grey tabby called Pudding. If seen, ring [[PERSON|Marcy]] on [[PHONE_NUMBER|(503) 555-0176]]. Microchip registered to [[PERSON|Marcy Oyelaran]].'",
    "Help! I posted a screenshot in the guild chat that shows my PayPal email [[EMAIL_ADDRESS|t.haugland88@hotmail.com]] and my last login IP [[IP_ADDRESS|192.0.2.144]]. How bad is this?",
    "Give me five icebreaker questions for a social meetup for newcomers to Leeds, strictly not a dating thing. The host is [[PERSON|Emeka]].",
    "Summarise for the committee: [[PERSON|Γιώργος Παπαδάκης]] joined the photography society in January, member number [[ID_NUMBER|HPS-2291]]. He has asked whether we can print his name in Greek on his badge.",
    "Can you turn this into a table? Name / role / contact: [[PERSON|Fatima Zahra Benali]] chair [[EMAIL_ADDRESS|fz.benali@laposte.net]]; [[PERSON|Hugo Marchetti]] secretary [[PHONE_NUMBER|06 39 98 41 27]]; [[PERSON|Nell]] treasurer, no phone.",
    "Is this Hebrew message correct? 'שלום [[PERSON|נועה כהן]], הגלימה שלך למקהלה מוכנה לאיסוף.' I want to send it to a choir member tonight.",
    "We're doing a relay with our running club. Legs are 8.4 km, 6.2 km and 11 km. If [[PERSON|Sunny]] runs 5:10 per km, how long will the last leg take her?",
    "What's the etiquette for reselling concert tickets to another fan club member? [[PERSON|Tobias]] offered me face value.",
    "Draft a message to the craft fair organiser: my stall booking is under [[PERSON|Rhiannon Pryce-Jones]], customer number [[ID_NUMBER|CF-20817]], and I need a table near a plug for the lamp display.",
    "Please proofread: 'The knitting group meet's every Wednesday at [[STREET_ADDRESS|St Aidan's Hall, 9 Kirk Street, Dundee DD1 4HQ]]. New faces welcome, ask for [[PERSON|Morag]] at the door.'",
    "How many 100g skeins do I need for four blankets of 1.1kg each? [[PERSON|Ilse]] sells them at £6.40.",
    "Help me write an apology to [[PERSON|Kaito]], I forgot to ship the figure he bought from me on Mercari. His address: [[STREET_ADDRESS|〒530-0012 大阪府大阪市北区芝田1-4-17 ミナトハイム203]].",
    "My friend [[PERSON|Ahanu]] wants to start a Discord for local birdwatchers. What channels and roles should it have? He set the admin password to [[PASSWORD|heron-and-kingfisher]], is that OK?",
    "The community chorus wants my SSN [[US_SSN|231-47-8806]] on a W-9 because they paid me $700 for the soloist gig. Is that legit?",
    "From the street party spreadsheet: [[PERSON|Yolanda Pike]], [[STREET_ADDRESS|47 Fernhill Road, Sheffield S11 8PR]], [[PHONE_NUMBER|0114 496 0817]]. Can you write her a thank-you note for doing all the bunting?",
    "Can you come up with a team name for our pub quiz? We are [[PERSON|Hope]], [[PERSON|Rupert]], [[PERSON|Xiomara]] and [[PERSON|Cosmin]].",
    "I'm the treasurer of a fan club. A member paid twice; refund to [[IBAN_CODE|FI23 4405 0012 8391 76]], account holder [[PERSON|Venla Korhonen]]. Write the confirmation email.",
    "Our D&D group has a shared Roll20 login: [[ID_NUMBER|dungeonbrew_party]] / [[PASSWORD|owlbear-pie-91]]. [[PERSON|Caspian]] wants to change it. How do we share the new one safely?",
    "Write a for-sale listing: Yamaha acoustic guitar, barely used, £110. Collection from [[STREET_ADDRESS|12 Heol y Nant, Swansea SA2 0QZ]], text [[PHONE_NUMBER|07700 900925]].",
    "I run a marathon training group. [[PERSON|Oksana Kravchuk]] (Ukrainian tax number [[ID_NUMBER|3184527096]]) needs a receipt for her race fee. Is it OK to put that number on it?",
    "Plan a Saturday photo walk route in Edinburgh Old Town, two hours, ending at a café. [[PERSON|Fergus]] is leading; add the club's shared Flickr login [[ID_NUMBER|harbourside_cc]] / [[PASSWORD|Dunedin!Lens9]] at the end for him.",
    "Summarise this chat from Facebook Marketplace: buyer [[PERSON|Noor Haddad]] said she'd pay £35 by bank transfer, then asked for my account number [[ID_NUMBER|30928174]] and then for my email login 'to confirm'. I said no. Was I right?",
    "Write a pinned message for the guild: [[PERSON|Ibrahim]] hosts the Valheim server from home, IP [[IP_ADDRESS|203.0.113.88]], password [[PASSWORD|mead&runes]]. Ask people not to share it outside the guild.",
    "Translate to Hindi for my neighbour's mum: 'The residents' meeting is at [[PERSON|अर्जुन मेहता]]'s flat, [[STREET_ADDRESS|B-204 Gulmohar Apartments, Sector 15, Noida 201301]], at 7 pm.'",
    "I'm organising a cross-stitch swap by post. Can you write a form asking for name, postal address and pet allergies? Example entry: [[PERSON|Dagny Lund]], [[STREET_ADDRESS|Storgata 41, 0182 Oslo]].",
    "How much do I charge per head? Room hire £65, tea and cake £1.20 each, 24 singers. [[PERSON|Beryl]] says round up to the nearest 50p.",
    "Write an out-of-office for the book club inbox saying [[PERSON|Thandiwe]] is away until the 20th and urgent things should go to [[EMAIL_ADDRESS|mkhize.t.books@icloud.com]] or [[PHONE_NUMBER|+27 71 382 5519]].",
    "Is [[PASSWORD|Moonlight Sonata 1801]] a good passphrase for our orchestra's shared Google account? [[PERSON|Ludmila]] suggested it.",
    "Reply to this buyer for me: 'hi is the sofa still there, i can collect tonight, my name is [[PERSON|Kenji]] my number [[PHONE_NUMBER|07700900338]]'. Say yes, but after 7.",
    "Our running club keeps a shared Strava client secret [[API_KEY|4f9a2c71e08b5d36a9c1f7e24b80d6a3c5e19b27]] in a Google Sheet. Who should have access and how do we rotate it?",
    "Help me write a condolence card for the family of [[PERSON|Archie Dunmore]], who sang bass with us for 31 years.",
    "Compare two second-hand bikes for me: one from [[PERSON|Sven]] for 250 with new tyres, one from a shop for 320 with a warranty.",
    "My neighbour [[PERSON|ليلى حداد]] asked me to post in the street group that her son's scooter was taken from outside [[STREET_ADDRESS|23 Almond Street, Dearborn, MI 48126]]. Write it in English please.",
    "What should a craft group's data policy say? We keep names, emails and sometimes allergy info. Example record: [[PERSON|Maeve Dolan]], [[EMAIL_ADDRESS|maevedolan.crafts@eircom.net]].",
    "Work out the average 5k time: [[PERSON|Ikaika]] 22:15, [[PERSON|Saoirse]] 27:40, [[PERSON|Dawit]] 19:58, [[PERSON|Penny]] 31:05.",
    "I'm sending the guild's tournament prize money. [[PERSON|Jiří Novák]] won; his IBAN is [[IBAN_CODE|CZ75 0800 0000 1928 3746 5127]]. Can you write a short congratulations message to go with it?",
    "Please fix this WhatsApp message: 'Reminder choir: bring £5 for [[PERSON|Diane]]s leaving gift, give it to [[PERSON|Kemal]] or transfer, his number [[PHONE_NUMBER|07700 900417]]'",
    "Write a tweet-length announcement: [[PERSON|王浩然]] just won our club's monthly photo competition with his shot of the harbour at dawn!",
    "My account on the vinyl collectors forum is [[ID_NUMBER|crackle_and_hiss]] and I've forgotten the password. The recovery email is an old one, [[EMAIL_ADDRESS|g.mbeki.vinyl@yahoo.co.uk]]. Write a message to the forum admin, [[PERSON|Rolf]].",
    "Can you schedule the band's gigs so nobody plays two nights in a row? [[PERSON|Zuzana]] can't do Fridays, [[PERSON|Idris]] can't do Sundays. Gigs: Thu, Fri, Sat, Sun.",
    "Translate this note from a pen pal in our fan club: '[[PERSON|山本 さくら]]です。住所は[[STREET_ADDRESS|〒604-8005 京都府京都市中京区恵比須町534-12]]です。お手紙待っています！'",
    "A neighbour asked me to hold a spare key while she's away. She's Mrs [[PERSON|Olufemi]] at [[STREET_ADDRESS|16 Beech Crescent, Luton LU2 7QW]] and her alarm code is [[PASSWORD|7359]]. Where's the safest place to write the code down, if anywhere?",
    "Help me word a gentle reminder to [[PERSON|Bill]] that the book club's copy of Middlemarch is three months overdue.",
    "I sell handmade earrings on Etsy. A customer, [[PERSON|Bronwyn Tait]], sent her Medicare number [[ID_NUMBER|3918 47262 3]] by mistake when asking about nickel allergies. How should I reply and delete it?",
    "Write minutes for the photography club AGM: chair [[PERSON|Ahmad Karimi]], secretary [[PERSON|Olwen]], treasurer [[PERSON|Tomasz Wrona]]. Treasurer's report: balance £2,118. Motion to raise subs to £30 passed.",
]

# 100 one-person records: prose, profile lines, pipe and CSV rows, JSON, log lines, letters.
RECORDS = [
    "Member: [[PERSON|Ottoline Marsh]] | Book club: Tuesday Readers | Email: [[EMAIL_ADDRESS|ottoline.marsh@btinternet.com]] | Phone: [[PHONE_NUMBER|020 7946 0915]]",
    '{"username": "[[ID_NUMBER|crimson_lotus]]", "name": "[[PERSON|Mei-Ling Tan]]", "guild_rank": "officer", "email": "[[EMAIL_ADDRESS|meiling.tan@singnet.com.sg]]"}',
    "[[PERSON|Hamza Qureshi]] joined the Bradford Harriers in 2019; his emergency contact number is [[PHONE_NUMBER|07700900163]].",
    '2024-05-11 19:42:07 LOGIN ok user=[[ID_NUMBER|bramble.knits]] ip=[[IP_ADDRESS|198.51.100.77]] name="[[PERSON|Bramwell Knight]]"',
    "Seller [[PERSON|Inès Moreau]] ships from [[STREET_ADDRESS|14 avenue Jean Jaurès, 69007 Lyon]] and accepts payment to [[IBAN_CODE|FR40 3000 4028 3700 0194 8362 518]].",
    "Dear [[PERSON|Solveig]], your membership of the Fjord Valley Camera Club (no. [[ID_NUMBER|FVCC-0783]]) has been renewed for another year. Kind regards, [[PERSON|Harald Strand]]",
    "Name: [[PERSON|Kwame Asante]]; Choir part: tenor; Mobile: [[PHONE_NUMBER|+233 24 381 5527]]",
    "[[PERSON|Leokadia Wiśniewska]], PESEL [[ID_NUMBER|92071438129]], registered for the Kraków running club's half marathon relay.",
    "Discord user [[ID_NUMBER|velvetthunder#0412]] (real name [[PERSON|Rory Gilmartin]]) was banned on 3 March for posting another member's address, [[STREET_ADDRESS|19 Pearse Road, Sligo F91 X2E7]].",
    "name,email,club\n[[PERSON|Delphine Aubert]],[[EMAIL_ADDRESS|delphine.aubert@free.fr]],Atelier Tricot Bastille",
    "[[PERSON|Teodora Ilić]] paid for her eight-week wheel-throwing course with card [[CREDIT_CARD|4903 1725 6830 4411]].",
    "I am [[PERSON|Ezekiel Boateng]], my gamer tag is [[ID_NUMBER|ZekeTheBold]] and you can reach me at [[EMAIL_ADDRESS|zeke.boateng@gmail.com]].",
    "Choir register | [[PERSON|Aurelia Fontaine]] | soprano | [[PHONE_NUMBER|06 39 98 72 10]] | subs paid",
    "[[PERSON|Ngaire Whitu]] runs the lakeside parkrun in Rotorua; her mobile is [[PHONE_NUMBER|+64 21 483 9172]] and her NHI [[ID_NUMBER|ZKT4821]] is on the first-aid log.",
    "Seller verification: [[PERSON|Björn Eriksson]], member since 2017, Swish [[PHONE_NUMBER|+46 70 318 42 96]], personnummer [[ID_NUMBER|910417-3282]].",
    "Photo club entry form. Entrant: [[PERSON|Saanvi Iyer]]; Email: [[EMAIL_ADDRESS|saanvi.iyer.clicks@rediffmail.com]]; Aadhaar: [[ID_NUMBER|5739 2816 4037]].",
    "[[PERSON|Cormac Dwyer]]'s locker combination at the band room is [[PASSWORD|27-04-91]].",
    "Hi, I'm [[PERSON|Paulina Ostrowska]], I live at [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]] and you can call me on [[PHONE_NUMBER|+48 601 274 839]].",
    "guild_roster.csv, row 14: [[ID_NUMBER|Thornwick]],[[PERSON|Declan Farrow]],tank,[[EMAIL_ADDRESS|dfarrow.gaming@outlook.com]]",
    "[[PERSON|Anneliese Vogt]] (tax ID [[ID_NUMBER|46183729500]]) is treasurer of the Harmonie choir, [[STREET_ADDRESS|Am Markt 3, 37073 Göttingen]].",
    "Runner bib 412: [[PERSON|Marguerite Oduya]], born 02/11/1987, emergency contact [[PHONE_NUMBER|(416) 555-0182]].",
    "[[PERSON|Tiago Mendes]] | NIF [[ID_NUMBER|238471950]] | [[STREET_ADDRESS|Rua da Boavista 214, 4050-103 Porto]]",
    "Fan club member [[PERSON|Yevgenia Ostapenko]] paid her annual dues from [[IBAN_CODE|LT52 7300 0192 8374 6512]].",
    "[2024-02-03 11:20:44] WARN failed password for [[ID_NUMBER|mossy_meadow]] from [[IP_ADDRESS|203.0.113.190]] (account owner: [[PERSON|Imogen Fairweather]])",
    "My name is [[PERSON|Chukwuemeka Obi]], my Vinted username is [[ID_NUMBER|emeka_threads]] and my phone is [[PHONE_NUMBER|07700 900608]].",
    "[[PERSON|Ximena Huerta]] lives at [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]] and hosts the monthly embroidery meetup.",
    "Knit-along signup: [[PERSON|Freya]] / [[EMAIL_ADDRESS|freya.m.knits@gmail.com]] / size M",
    "Please update my card for the book subscription: [[PERSON|Oluwaseun Adeyemi]], [[CREDIT_CARD|5351 0894 7261 9037]], billing address [[STREET_ADDRESS|31 Granville Road, London N4 4EJ]].",
    '{"member_id": "[[ID_NUMBER|RUN-55812]]", "full_name": "[[PERSON|Tamsin Pengelly]]", "pace_group": "B"}',
    "[[PERSON|Олег Кравчук]], телефон [[PHONE_NUMBER|+380 67 482 1935]], староста шахового клубу.",
    "Reference: I have known [[PERSON|Peregrine Holt]] through the Weald Orienteering Club for eight years. He can be reached at [[EMAIL_ADDRESS|p.holt@wealdorienteers.org.uk]]. [[PERSON|Agnes Caldwell]]",
    "Account holder: [[PERSON|Rangi Parata]]; Bank: ASB; Account: [[ID_NUMBER|12-3204-0583921-00]]; Purpose: waka ama club fees",
    "[[PERSON|Sina Faleolo]]'s phone number is [[PHONE_NUMBER|+64 27 519 3864]] and she leads the Samoan choir in Porirua.",
    "The Strava club admin is [[PERSON|Benedikt Huber]] ([[ID_NUMBER|bhuber_trails]]), reachable at [[EMAIL_ADDRESS|benedikt.huber@aon.at]].",
    "PATCH /members name=[[PERSON|Zainab Olatunji]] phone=[[PHONE_NUMBER|+234 803 418 2957]] status=active",
    "[[PERSON|Haruto Saito]], My Number [[ID_NUMBER|6183 9274 0515]], registered with the Setagaya Go club.",
    "Craft fair stallholder: [[PERSON|Lowri Evans]], [[STREET_ADDRESS|Tŷ Gwyn, Heol y Bryn, Aberystwyth SY23 3JP]], cash box PIN [[PASSWORD|6602]].",
    "[[PERSON|Niamh Costello]] set the choir's shared Dropbox password to [[PASSWORD|SingLikeNoOne!88]].",
    "seller_id=[[ID_NUMBER|SH-771203]] seller_name=[[PERSON|Gustavo Paiva]] cpf=[[ID_NUMBER|482.619.375-00]]",
    "[[PERSON|Amara Nwosu]] runs the Brixton book swap and her email is [[EMAIL_ADDRESS|amara.nwosu@yahoo.com]].",
    "Dear Mr [[PERSON|Van der Berg]], thank you for donating the piano to our choir. We will collect it from [[STREET_ADDRESS|Prinsengracht 412-II, 1016 JK Amsterdam]] on Saturday.",
    "[[PERSON|ნინო ბერიძე]] | Tbilisi Photo Walkers | [[PHONE_NUMBER|+995 599 41 27 83]]",
    "Customer [[PERSON|László Kertész]] (customer no. [[ID_NUMBER|C-0048127]]) bought a second-hand cello bow.",
    "[[PERSON|Priyanka Bose]] posted her BSN [[ID_NUMBER|318426754]] in the Utrecht expat meetup group by mistake.",
    "Hi, I'm [[PERSON|Junaid]] and my wifi password is [[PASSWORD|kettle-drum-44]] if the band needs it at rehearsal.",
    "Entry 17. Photographer: [[PERSON|Camille Nguyen]], camera: Nikon Z6, email [[EMAIL_ADDRESS|camille.nguyen.photo@gmail.com]], phone [[PHONE_NUMBER|(415) 555-0113]].",
    "[[PERSON|สมศรี ใจดี]] เป็นหัวหน้าชมรมวิ่งตอนเช้า โทร [[PHONE_NUMBER|089 417 3265]]",
    "Volunteer: [[PERSON|Darnell Washington]], SSN [[US_SSN|529-13-6642]], background check for the youth chess club.",
    "[[PERSON|Marco Rossini]], codice fiscale [[ID_NUMBER|RSSMRC84C12F205N]], iscritto al circolo fotografico di Milano.",
    "Ukulele club roster: [[PERSON|Leilani Kahananui]], [[STREET_ADDRESS|1847 Kalakaua Ave, Apt 9, Honolulu, HI 96815]], [[EMAIL_ADDRESS|leilani.k.uke@hawaii.rr.com]]",
    "user [[ID_NUMBER|pixelgoblin]] changed email to [[EMAIL_ADDRESS|arjun.pillai.dev@gmail.com]]; owner [[PERSON|Arjun Pillai]]",
    "[[PERSON|Carys Bevan]], 42, of [[STREET_ADDRESS|8 Nant Road, Pontypridd CF37 4BA]], won the village show's crochet prize.",
    "Dear [[PERSON|Ebenezer]], thanks for the drum kit. I've transferred £300 to [[IBAN_CODE|GB73 NWBK 6073 0128 4739 16]] as agreed.",
    "Marathon club trip ID check: [[PERSON|刘志强]], resident ID [[ID_NUMBER|110108198806234710]].",
    "Photo society member [[PERSON|林美玲]], resident ID [[ID_NUMBER|510104199502143629]], renewed online.",
    "[[PERSON|Park Seo-yeon]] / Kakao ID [[ID_NUMBER|seoyeon_draws]] / [[PHONE_NUMBER|010-3827-4915]]",
    "[[PERSON|Choi Dong-hyun]], RRN [[ID_NUMBER|880419-1263843]], Busan cycling club.",
    "[[PERSON|Mathilde Lefèvre]], NIR [[ID_NUMBER|2 85 07 75 116 042 97]], chorale du quartier Saint-Eustache",
    "Belgian member [[PERSON|Pieter Claes]], national number [[ID_NUMBER|87.05.14-283.92]], joined the Ghent board games club.",
    "[[PERSON|Sigrid Haugen]], fødselsnummer [[ID_NUMBER|120489 34860]], skiløpergruppa Nordstrand.",
    "[[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2850912403185]], bought a used loom through the craft group.",
    "[[PERSON|Valentina Soto]], RUT [[ID_NUMBER|16.482.937-5]], Club de Corredores de Ñuñoa",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49103122718]], signed up for the Tartu choir festival.",
    "[[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|130390-4399]], treasurer of the Reykjavík knitting circle.",
    "[[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885621/4708]], Brno book club.",
    "[[PERSON|Liam O'Shaughnessy]], PPS [[ID_NUMBER|2846193B]], Cork camera club, mobile [[PHONE_NUMBER|+353 86 204 7731]].",
    "[[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240588-318F]], Helsinki running club.",
    "Junior member [[PERSON|Ella Mäkinen]], henkilötunnus [[ID_NUMBER|091201A6280]], orienteering club Tampere.",
    "[[PERSON|Elif Şahin]], T.C. kimlik no [[ID_NUMBER|52846193064]], İstanbul fotoğraf kulübü.",
    "[[PERSON|Jordi Puig i Serra]], DNI [[ID_NUMBER|53819264T]], Coral de Sant Andreu.",
    "[[PERSON|Agnieszka Nowak]], NIE [[ID_NUMBER|X4827163S]], Valencia running club, phone [[PHONE_NUMBER|+34 634 21 58 07]].",
    "[[PERSON|Tan Wei Jie]] (NRIC [[ID_NUMBER|S9127463I]]) leads the Bukit Timah hiking group.",
    "[[PERSON|Bronte McAllister]], TFN [[ID_NUMBER|381 627 405]], paid as casual accompanist for the Fremantle choir.",
    "[[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|618 392 740]], honorarium for the Montréal chess club simul.",
    "[[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|9108155273081]], Soweto Runners, cell [[PHONE_NUMBER|+27 73 518 2046]].",
    "[[PERSON|Yael Ben-David]], teudat zehut [[ID_NUMBER|305184723]], Haifa community choir.",
    "[[PERSON|Graham Whitlock]], NHS no. [[ID_NUMBER|719 482 3055]], club first-aid form, emergency contact [[PHONE_NUMBER|0161 496 0528]].",
    "Club trip medical sheet: [[PERSON|Elspeth Rowe]], NHS [[ID_NUMBER|4851930275]], allergy: wasps.",
    "[[PERSON|Harpreet Kaur Sandhu]] submitted Aadhaar [[ID_NUMBER|8316 4927 0517]] for the Ludhiana cycling club insurance.",
    "[[PERSON|Femke de Jong]], BSN [[ID_NUMBER|623918407]], volunteer at the Zwolle repair café.",
    "[[PERSON|Kacper Wójcik]], PESEL [[ID_NUMBER|01260584736]], junior member of the Łódź chess club.",
    "[[PERSON|藤田 翔]] / My Number [[ID_NUMBER|2947 3618 5044]] / 横浜ランニングクラブ",
    "[[PERSON|Keely Walsh]], Medicare [[ID_NUMBER|5173 82947 1]], Brisbane netball social league.",
    "[[PERSON|Lukas Brandt]], Steuer-ID [[ID_NUMBER|82736190455]], Kassenwart des Fotoclubs Kassel.",
    "[[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|195283643]], grupo de leitura de Braga, [[EMAIL_ADDRESS|ines.carvalho.livros@sapo.pt]]",
    "[[PERSON|Nurul Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0348215J]], Tampines choir youth section.",
    "[[PERSON|윤하은]], 주민등록번호 [[ID_NUMBER|950823-2374155]], 서울 뜨개질 모임 회원.",
    "[[PERSON|Marisela Quispe]] pays the Lima photography club dues with card [[CREDIT_CARD|3762 491830 51779]].",
    "Refund issued to [[PERSON|Gideon Marwick]] on card [[CREDIT_CARD|6011 6328 4057 2196]] for the cancelled guitar workshop.",
    "Ticket holder: [[PERSON|Shoshana Adler]] | card [[CREDIT_CARD|3566 0078 1942 5617]] | [[EMAIL_ADDRESS|shoshana.adler@gmx.net]]",
    "[[PERSON|Rafferty Doyle]] used card [[CREDIT_CARD|2223 1084 5196 6723]] and phone [[PHONE_NUMBER|6175550164]] to order the fan club box.",
    "[[PERSON|Ama Owusu]]'s card [[CREDIT_CARD|4796153204877168]] was declined for the quilting retreat deposit.",
    "Bot config for [[PERSON|Nikolai Sørensen]]'s Discord server: token=[[API_KEY|MTIxOTg0NzU2MzEyNDg3ODQwMA.GkR2tW.pX8vQz3mLd7NfYh1sJcE9bA4uTo6KwRiVg0yHn]]",
    "2024-06-02T08:15:31Z key=[[API_KEY|AIzaSyB7k2Qm9XrT4vLpW8nHc3Jd6Fg1sZeUo0a]] owner=[[PERSON|Rosalind Achterberg]] app=club-route-map",
    "[[PERSON|Benjamin Adebola]] posted the jumble sale flyer to the neighbourhood forum from [[IP_ADDRESS|2001:db8:4f1a::2c]].",
    "Member [[PERSON|Ottavia Ruggieri]], IBAN [[IBAN_CODE|IT89 X030 6909 6061 0000 0173 928]], quota coro 2024",
    "Payout to [[PERSON|Ragnhild Berg]], [[IBAN_CODE|NO78 1503 8264 917]], for the second-hand skis.",
    "[[PERSON|Anders Kjær]] | [[IBAN_CODE|DK40 3000 4819 2736 45]] | treasurer, Aarhus jazz band",
    "[[PERSON|Sabina Kovač]], [[IBAN_CODE|HR18 2484 0081 1392 8374 6]], Zagreb fan club, [[PHONE_NUMBER|+385 91 472 3806]]",
    "Sale agreement: [[PERSON|Rosario Benítez]] sells her Yamaha keyboard; deposit to [[IBAN_CODE|ES39 0049 1827 3645 0192 8374]], phone [[PHONE_NUMBER|+34 687 30 21 94]], email [[EMAIL_ADDRESS|rosario.benitez.musica@gmail.com]].",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that every town library should host a free monthly book club, in about 300 words.",
    "Imagine you are Sherlock Holmes attending your first knitting circle. Describe the evening in 150 words, deducing things about the other knitters.",
    "Compose a sequence of three haiku about a Saturday morning parkrun in the rain.",
    "Explain how barbershop harmony developed in the United States and why it is sung in four parts.",
    "Role-play as a veteran raid leader explaining to a nervous new player how a guild's loot council works.",
    "Draft a set of ten friendly community guidelines for a Discord server about houseplants.",
    "Compare the strengths and weaknesses of film and digital photography for a beginner on a tight budget.",
    "What would have happened if Johannes Gutenberg had never built his printing press? Discuss the effect on reading groups and literacy.",
    "Write a short story in which Elizabeth Bennet joins a modern online book club and disagrees with everyone about a thriller.",
    "Give me a step-by-step plan for starting a choir for adults who cannot read music.",
    "Explain the rules of Go to someone who only knows chess, using analogies where they help.",
    "Suggest twelve themes for a year of monthly photo competitions in a camera club, with one sentence on each.",
    "Pretend you are Ada Lovelace writing a letter about a weaving loom that could follow punched cards. Keep it to 200 words.",
    "Extract the key points from this advice and list them as bullets: warm up for ten minutes, increase weekly mileage by no more than ten percent, and take one full rest day each week.",
    "Write a Python function that takes a list of race finish times as strings like 24:31 and returns the median time in the same format.",
    "Why do people enjoy collecting things such as stamps, vinyl records or trading cards? Give a psychological explanation.",
    "Describe a perfect Sunday for a member of a village brass band, told as a diary entry.",
    "How did the Bloomsbury Group influence British literature and art in the early twentieth century?",
    "Write a limerick about a crochet project that keeps growing out of control.",
    "What are the pros and cons of selling second-hand clothes online compared with a car boot sale?",
    "Create a beginner's reading list of eight classic science fiction novels and say in one line why each matters.",
    "Play the role of Gandalf giving a pep talk to a running club before a muddy cross-country race.",
    "Explain the difference between a cooperative board game and a competitive one, with three examples of each.",
    "A fan club wants to run a charity quiz night. Outline the budget, the timetable and the roles needed.",
    "Summarise the history of the Olympic marathon distance and why it is 42.195 kilometres.",
]

CLEAN_GSM8K = [
    "Priya knits 3 scarves every week. Each scarf uses 2 balls of wool, and a ball costs $4. How much does she spend on wool in 6 weeks?",
    "A book club has 14 members. Each member reads 2 books a month. How many books does the club read in a year?",
    "Tomas ran 5 km on Monday, twice as far on Wednesday and 3 km less than Wednesday on Friday. How far did he run in total?",
    "A choir of 36 singers splits evenly into sopranos, altos, tenors and basses. Then 3 new tenors join. How many tenors are there now?",
    "Aiko sold 12 old video games for $8 each and 5 consoles for $45 each. How much money did she make?",
    "A photography club prints 48 photos for an exhibition. It hangs them in rows of 6. How many rows are there?",
    "Lena bought a second-hand bike for $120 and spent a quarter of that on repairs. She then sold it for $190. What was her profit?",
    "A guild raid needs 20 players. If 3 groups of 5 are online and 2 more players join, how many more players are needed?",
    "Marcus crochets a blanket with 15 rows of 24 stitches each. How many stitches does the blanket have?",
    "A running club's weekly run is 8 km. Nadia attends 3 runs a week for 4 weeks. How many kilometres does she run?",
    "Oscar collects 250 trading cards. He gives away 20 percent and then buys 35 more. How many cards does he have now?",
    "A pottery class costs $18 per session or $150 for 10 sessions. How much does Hana save by buying the 10-session pass?",
    "Ravi's band plays 4 gigs a month and earns $220 per gig, split among 4 members. How much does each member earn in a month?",
    "A neighbourhood group plants 7 trees on each of 9 streets. 5 trees die. How many trees survive?",
    "Sofia's Discord server has 320 members. It grows by 15 members every week. How many members will it have after 8 weeks?",
    "A quilt needs 64 squares. Grace has sewn 3/8 of them. How many squares does she still need to sew?",
    "Dev buys 4 paperbacks at $7.50 each and 2 hardbacks at $19 each. How much does he spend?",
    "A fan club sells 180 raffle tickets at $2 each and spends $95 on prizes. How much money does it raise?",
    "Mateo runs at 6 minutes per kilometre. How long does he take to run a 21 km half marathon, in hours and minutes?",
    "A board game café charges $5 per person plus $12 per table. Six friends use two tables. What is the total bill?",
    "Yara photographs 36 birds on Saturday and one third more on Sunday. How many birds does she photograph over the weekend?",
    "A crafting group orders 5 packs of beads. Each pack has 240 beads and each bracelet uses 30. How many bracelets can they make?",
    "Finn sells his old guitar for $85 and his amplifier for $60. He uses the money to buy a $110 keyboard. How much is left?",
    "A community choir rehearses for 90 minutes twice a week. How many hours does it rehearse in 12 weeks?",
    "Ines reads 35 pages a day. Her book club novel has 420 pages and the meeting is in 10 days. Will she finish in time, and by how many pages?",
]

CLEAN_MMLU = [
    "In photography, what does a smaller f-number (for example f/1.8 rather than f/8) indicate? A) A smaller aperture B) A wider aperture C) A faster shutter D) A lower ISO",
    "Which author wrote the novel Middlemarch? A) Charlotte Brontë B) George Eliot C) Jane Austen D) Elizabeth Gaskell",
    "In a standard SATB choir, which voice part is usually the lowest? A) Soprano B) Alto C) Tenor D) Bass",
    "Which of these is a knitting stitch? A) Purl B) Chain C) Slip knot only D) Backstitch",
    "In music, how many beats does a dotted half note get in 4/4 time? A) 2 B) 3 C) 4 D) 1.5",
    "Which chemical process develops a traditional black-and-white film negative? A) Oxidation of silver B) Reduction of silver halide to metallic silver C) Combustion of cellulose D) Electrolysis of water",
    "The Olympic marathon distance was standardised at which Games? A) Athens 1896 B) London 1908 C) Paris 1924 D) Berlin 1936",
    "Which muscle group is mainly responsible for extending the knee while running? A) Hamstrings B) Quadriceps C) Calves D) Gluteus medius",
    "In economics, a second-hand marketplace where sellers know more about quality than buyers illustrates what? A) Economies of scale B) Adverse selection C) Price floors D) Perfect competition",
    "Which instrument family does the oboe belong to? A) Brass B) Woodwind C) Percussion D) Strings",
    "Who wrote the play Waiting for Godot? A) Samuel Beckett B) Harold Pinter C) Tom Stoppard D) Eugene Ionesco",
    "In the rule of thirds, where should the main subject of a photograph usually be placed? A) Dead centre B) Along the lines or their intersections C) In a corner D) At the bottom edge",
    "Which of these fibres comes from an animal? A) Cotton B) Linen C) Alpaca D) Bamboo viscose",
    "In sociology, a group that shares a hobby and meets regularly is an example of which kind of group? A) Primary group B) Secondary group C) Reference group only D) Out-group",
    "Which interval lies between C and G in a major scale? A) Major third B) Perfect fourth C) Perfect fifth D) Minor sixth",
    "Which of the following is a cooperative board game? A) Monopoly B) Pandemic C) Risk D) Scrabble",
    "A camera with a shutter speed of 1/1000 s is best suited to which subject? A) A night sky B) A sprinter mid-stride C) A still life indoors D) Light trails from cars",
    "Who founded the Girl Scouts of the USA in 1912? A) Juliette Gordon Low B) Susan B. Anthony C) Eleanor Roosevelt D) Clara Barton",
    "What does ISO control in a digital camera? A) Focal length B) Sensor sensitivity C) Aperture size D) White balance",
    "Which of these is the main energy source during a slow, long-distance run? A) Creatine phosphate B) Fat oxidation C) Anaerobic glycolysis only D) Protein breakdown",
    "In crochet, what does the abbreviation dc mean in UK patterns? A) Double crochet B) Decrease C) Double chain D) Dropped cluster",
    "Which literary movement is Virginia Woolf most associated with? A) Romanticism B) Modernism C) Naturalism D) Realism",
    "In a network, which protocol is commonly used to stream live voice chat in online games? A) FTP B) UDP C) SMTP D) POP3",
    "Which composer wrote the choral work Messiah? A) Johann Sebastian Bach B) George Frideric Handel C) Joseph Haydn D) Antonio Vivaldi",
    "Pottery fired at the highest temperatures, becoming dense and non-porous, is called what? A) Earthenware B) Terracotta C) Porcelain D) Raku",
]

CLEAN_HEALTH = [
    "Is it safe to run a half marathon with a mild head cold, or should I skip it?",
    "What causes runner's knee and which exercises help prevent it?",
    "Can singing in a choir actually improve lung function for people with asthma?",
    "How long should I rest after a calf strain before running again?",
    "Is it normal to get wrist pain from crocheting for several hours a day?",
    "What are the early signs of repetitive strain injury from gaming with a mouse?",
    "How much water should I drink during a 10 km run in warm weather?",
    "Are there health risks from breathing in clay dust in a pottery studio?",
    "What stretches help with neck pain after long sessions of reading or knitting?",
    "Can joining a social club help with loneliness and low mood in older adults?",
    "Why do my toenails turn black after long runs, and is it dangerous?",
    "Is it bad for your eyes to play video games late at night in a dark room?",
    "What is the best way to warm up the voice before a two-hour choir rehearsal?",
    "How can I tell the difference between shin splints and a stress fracture?",
    "Are photographic darkroom chemicals harmful to skin, and what gloves should be used?",
    "What should a first-aid kit for a running club contain?",
    "Can standing for hours at a craft fair cause varicose veins?",
    "Is it safe to start couch-to-5k if I have high blood pressure?",
    "How do I avoid heat exhaustion at an outdoor summer music festival?",
    "What causes hoarseness after singing, and when should it be checked by a doctor?",
    "Are there benefits to reading fiction for stress and sleep?",
    "How long does delayed-onset muscle soreness usually last after a hill session?",
    "What are the symptoms of low blood sugar during endurance exercise?",
    "Can playing a wind instrument help people recovering from a chest infection?",
    "Is it harmful to sit cross-legged on the floor for long board game sessions?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "943 716 2085": nhs_ok,  # NHS number
    "719 482 3055": nhs_ok,
    "4851930275": nhs_ok,
    "739.148.260-96": cpf_ok,  # Brazilian CPF
    "482.619.375-00": cpf_ok,
    "BNCCHR90L58H501T": codice_fiscale_ok,  # Italian codice fiscale
    "RSSMRC84C12F205N": codice_fiscale_ok,
    "3184527096": rnokpp_ok,  # Ukrainian RNOKPP
    "3918 47262 3": medicare_ok,  # Australian Medicare
    "5173 82947 1": medicare_ok,
    "92071438129": pesel_ok,  # Polish PESEL
    "01260584736": pesel_ok,
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "910417-3282": luhn_len(10),  # Swedish personnummer
    "5739 2816 4037": aadhaar_ok,  # Indian Aadhaar
    "8316 4927 0517": aadhaar_ok,
    "46183729500": steuer_id_ok,  # German tax id
    "82736190455": steuer_id_ok,
    "238471950": nif_ok,  # Portuguese NIF
    "195283643": nif_ok,
    "6183 9274 0515": my_number_ok,  # Japanese My Number
    "2947 3618 5044": my_number_ok,
    "318426754": bsn_ok,  # Dutch BSN
    "623918407": bsn_ok,
    "110108198806234710": china_id_ok,  # Chinese resident identity number
    "510104199502143629": china_id_ok,
    "880419-1263843": rrn_ok,  # Korean resident registration number
    "950823-2374155": rrn_ok,
    "2 85 07 75 116 042 97": nir_ok,  # French NIR
    "87.05.14-283.92": belgian_id_ok,  # Belgian national number
    "120489 34860": fodselsnummer_ok,  # Norwegian fødselsnummer
    "2850912403185": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49103122718": isikukood_ok,  # Estonian isikukood
    "130390-4399": kennitala_ok,  # Icelandic kennitala
    "885621/4708": rodne_cislo_ok,  # Czech rodné číslo
    "2846193B": pps_ok,  # Irish PPS number
    "240588-318F": hetu_ok,  # Finnish henkilötunnus
    "091201A6280": hetu_ok,
    "52846193064": kimlik_ok,  # Turkish kimlik
    "53819264T": dni_ok,  # Spanish DNI
    "X4827163S": dni_ok,  # Spanish NIE
    "S9127463I": nric_ok,  # Singapore NRIC
    "T0348215J": nric_ok,
    "381 627 405": tfn_ok,  # Australian tax file number
    "618 392 740": luhn_len(9),  # Canadian SIN
    "9108155273081": luhn_len(13),  # South African id
    "305184723": luhn_len(9),  # Israeli teudat zehut
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(1[3-8]|[2-6]1) 496 0\d{3}",  # UK city drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"0[689]\d \d{3} \d{4}",  # Thailand mobile
        r"\+(7|27|34|46|48|52|64|233|234|353|380|385|995) [\d -]+\d",  # no fiction range known
    )
]

# ISO 13616 lengths of the IBANs used here.
IBAN_LENGTHS = {
    "AT": 20, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
    "HR": 21, "IE": 22, "IT": 27, "LT": 20, "NL": 18, "NO": 15,
}  # fmt: skip

NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
"""A letter outside the Latin script (Latin-1 and Latin Extended letters count as Latin)."""


def check_sections() -> None:
    """Word ranges and value counts: chat 3 to 100 words and 1 to 8 values, records 4 to 60
    words with one name and 1 to 4 other values (a second name allowed), clean texts 5 to
    150 words. Texts in scripts with few spaces may fall short of the least words when they
    have at least ``MIN_CHARS`` characters."""

    def words_ok(marked: str, least: int, most: int) -> bool:
        plain = strip_marks(marked)[0]
        count = word_count(marked)
        short_ok = NO_SPACES.search(plain) is not None and len(plain) >= MIN_CHARS
        return count <= most and (count >= least or short_ok)

    for marked in CHAT:
        count = len({(s["type"], s["value"]) for s in marked_spans(marked)})
        if not words_ok(marked, *CHAT_WORDS) or not 1 <= count <= 8:
            raise SystemExit(f"chat: {word_count(marked)} words, {count} values in {marked[:60]!r}")
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if (
            not words_ok(marked, *RECORD_WORDS)
            or not 1 <= len(names) <= 2
            or not 1 <= len(others) <= 4
        ):
            raise SystemExit(
                f"record: {word_count(marked)} words, {len(names)} names, {len(others)} values in {marked[:60]!r}"
            )
    for text in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if not CLEAN_WORDS[0] <= len(text.split()) <= CLEAN_WORDS[1]:
            raise SystemExit(f"clean: {len(text.split())} words in {text[:60]!r}")
    for text in CLEAN_MMLU:
        if not all(f" {c}) " in text for c in "ABCD"):
            raise SystemExit(f"mmlu: options A to D missing in {text[:60]!r}")


def check_mix() -> None:
    """The chat requests name people (15 or more names in non-Latin scripts over the set),
    carry secrets, usernames and every type of value, and have some unseparated phones; the
    six other-language requests include two or more in non-Latin scripts; IBANs have their
    country's length."""
    pii = CHAT + RECORDS
    spans = [s for t in pii for s in marked_spans(t)]
    non_latin = {
        s["value"] for s in spans if s["type"] == "PERSON" and NON_LATIN.search(s["value"])
    }
    if len(non_latin) < 15:
        raise SystemExit(f"{len(non_latin)} names in non-Latin scripts")
    chat_types = {s["type"] for t in CHAT for s in marked_spans(t)}
    if chat_types != TYPES or {s["type"] for s in spans} != TYPES:
        raise SystemExit(f"types missing: {sorted(TYPES - chat_types)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    account = sum(any(s["type"] == "ID_NUMBER" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 20 or account < 20:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {account} with an id")
    unseparated = [
        s
        for s in spans
        if s["type"] == "PHONE_NUMBER" and " " not in s["value"] and "-" not in s["value"]
    ]
    if len(unseparated) < 3:
        raise SystemExit(f"{len(unseparated)} unseparated phones")
    scripts = sum(
        bool(NON_LATIN.search(strip_marks(t)[0]))
        for t in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]
    )
    if scripts < 2:
        raise SystemExit("other languages: fewer than two in non-Latin scripts")
    for span in spans:
        if span["type"] == "IBAN_CODE":
            compact = span["value"].replace(" ", "").upper()
            if IBAN_LENGTHS.get(compact[:2]) != len(compact):
                raise SystemExit(f"IBAN {span['value']!r} of the wrong length")


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
    check_sections()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind115", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
