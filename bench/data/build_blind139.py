# ruff: noqa: E501
"""A hundred-and-thirty-ninth blind privacy set: 220 texts with personal data and 100 clean
ones on online gaming, streaming and esports (gamer tags, Discord servers and moderators,
LAN parties, streaming sponsorships and payouts, hacked accounts, parents managing their
children's consoles, tournament registrations, game shop trade-ins, clan finances).

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the first
lines and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests, the benchmark or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations); only check digits were computed, with the
validators of ``marks.py`` and ``ids.py``:

* ``CHAT``: 120 chat requests (3 to 100 words, 1 to 8 values each) to a general assistant
  behind a company gateway: drafting Discord posts, ban messages, letters, permission slips
  and replies, summarising pasted call logs, voicemails, mod and clan minutes and e-mail
  threads, translating, fixing wording, splitting LAN, bootcamp and prize costs, asking
  whether a DM, text or call is a scam, planning LANs and trips. The first 30 are typed all
  in lower case (names, e-mails, IBANs, codes and postcodes too, with shorthand and
  typos); the next 6 are in Spanish, German, Japanese, Korean, Russian and French; the
  other 84 in ordinary English. Names of many origins: first names alone, surnames after
  titles, full names, nicknames marked whole (big mo, Grim, Bash), names that are ordinary
  words (Hope, Sunny, Grace, Bill, Will, Pearl, Faith, Ruby, Rocky, Sandy, Storm), many
  named in passing with no cue word; passwords, parental PINs, gate and door codes, wifi
  keys, backup codes, stream keys, bot tokens and API keys, IPs, cards, IBANs, SSNs,
  phones, e-mails, gamer tags and street addresses of many countries (one line or
  several). 115 name a person, 19 hold a secret, every entity type appears.
* ``RECORDS``: 100 one-person records (4 to 60 words) in the manner of synthetic PII
  benchmark sentences: prose, profile lines, pipe and CSV rows, JSON objects, log lines,
  register and sign-in entries, short letters, in English, Spanish, Portuguese, French,
  German, Italian, Dutch, Swedish, Norwegian, Finnish, Estonian, Icelandic, Polish,
  Czech, Romanian, Turkish, Greek, Hebrew, Arabic, Russian, Ukrainian, Indonesian,
  Chinese, Japanese and Korean; each names exactly one person and holds 1 to 4 other
  values; 41 carry a national id with valid check digits (Chinese resident id, Brazilian
  CPF, Indian Aadhaar, Singapore NRIC, Swedish personnummer, Dutch BSN, Korean
  resident registration number, Australian TFN and Medicare, Canadian SIN, Turkish
  kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus, South
  African id, Japanese My Number, Spanish DNI and NIE, Irish PPS, French NIR, Norwegian
  fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic
  kennitala, Czech rodné číslo, Ukrainian RNOKPP, German Steuer-ID, New Zealand NHI,
  Greek AMKA, Israeli teudat zehut).
* 100 clean texts with no personal data at all: ``CLEAN_PROMPTS``, 25 MT-Bench and
  Vicuna-style prompts (some naming historical or fictional people: Nolan Bushnell, Alan
  Turing, Shigeru Miyamoto, Sherlock Holmes, Lara Croft, Mario, which are not personal
  data); ``CLEAN_GSM8K``, 25 GSM8K-style word problems with fictional first names;
  ``CLEAN_MMLU``, 25 MMLU-style items with options A to D; ``CLEAN_HEALTH``, 25 health
  questions of gamers and streamers naming no one.

Labels follow the README's "Labels:" paragraph. Gamer tags, Discord, Steam, PSN, Riot and
Epic names and other usernames and logins, Steam ids, account, customer, loyalty card,
member, policy, patient and employee numbers, passports, driving licences and national ids
are ID_NUMBER; e-mail addresses used as logins stay EMAIL_ADDRESS; parental and console
PINs, door, gate and loading-bay codes, wifi keys, passwords, passphrases, scrim room
passwords and backup codes are PASSWORD; stream keys, bot tokens, JWTs and API keys are
API_KEY; titles and relation words (Mr, Mrs, Ms, Coach, PC, Herr, Auntie, Grandpa, abuela,
my son, his uncle) stay outside PERSON spans; a nickname is marked whole; an address span
runs from the first street line through the postcode and city as typed; public figures,
fictional characters, pets, companies, teams, game titles, Wi-Fi network names, order,
invoice and ticket references, amounts and dates of birth are not labelled; every
occurrence of a private value is marked (a name said again is marked again).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges (192.0.2.x, 198.51.100.x, 203.0.113.x,
2001:db8::); national ids with valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind139.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Captain|Capt|Sgt|PC|Auntie|Aunt|Uncle|Grandpa|Grandma"
    r"|Abuela|Abuelo|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "hey can u help me write a msg to [[PERSON|kofi]] in our discord? hes been a mod for 2 yrs and steps down friday, i want to thank him without it being cringe",
    "my son [[PERSON|rory]]'s xbox got hacked last nite. the email on it is [[EMAIL_ADDRESS|rory.mcgrath11@outlook.com]] and the old pw was [[PASSWORD|creeper4life!]]. what do i do first, change the microsoft password or ring xbox support?",
    "split the lan party costs pls: pizza 64, energy drinks 22, power strips 18, venue 120. ppl: me, [[PERSON|dev]], [[PERSON|tomasz]], [[PERSON|aoife]], [[PERSON|big mo]], [[PERSON|hope]]. [[PERSON|hope]] already paid the venue so take that off her share",
    "is this a scam? got a dm on discord from [[ID_NUMBER|steam_support_0x]] saying my account [[ID_NUMBER|frostbyte_kai]] gets banned in 24h unless i verify at a link and type my steam guard code",
    "can u write a short post for the clan channel: dues are still 5 quid a month but now go to [[IBAN_CODE|gb59 loyd 3096 2478 1205 73]], put ur gamertag as the reference, and [[PERSON|siobhan]] is treasurer now instead of [[PERSON|jonty]]",
    "pls fix my grammar b4 i send: hi mrs [[PERSON|okafor]], [[PERSON|chidi]] cant come to the lan party saturday bc hes grounded for the ps5 thing, sorry for short notice. my number is [[PHONE_NUMBER|07700 900417]] if u need me. from [[PERSON|ngozi]] (his sister)",
    "write a sign for the front door for saturdays lan: host [[PERSON|ifeanyi]], address [[STREET_ADDRESS|14 mulberry close, leeds ls6 2qt]], gate code [[PASSWORD|4471#]], wifi lanvan_5g key [[PASSWORD|pixelpotato2291]]. no shoes on the carpet",
    "translate to spanish for my cousin [[PERSON|mateo]]: check-in for the tournament closes at 6, ur captain is [[PERSON|yusuf]] and his discord is [[ID_NUMBER|yusuf.gg]], dont be late",
    "summarise this voicemail pls: 'hiya its [[PERSON|bev]] at the game exchange, ur trade in of the switch and 3 games came to 142 store credit or 110 cash, ring me on my mobile [[PHONE_NUMBER|07700 900582]] before friday or it goes back on the shelf'",
    "my daughter [[PERSON|willow]] keeps buying v-bucks on my card [[CREDIT_CARD|4532 0177 8812 3647]]. how do i take it off her epic account and add a purchase pin? her epic name is [[ID_NUMBER|willowisp_09]]",
    "write a ban message for [[ID_NUMBER|toxicpanda77]], reason doxxing a member (he posted [[PERSON|ellie]]'s home address in #general). formal-ish, no swearing",
    "calc the payout split: our stream team got 1840 from the sponsor. [[PERSON|ravi]] 40%, [[PERSON|jun]] 30%, [[PERSON|sunny]] 30%, but 10% comes off the top for the clan pot first",
    "forgot the parental controls pin on the switch, its either [[PASSWORD|0711]] or [[PASSWORD|1107]]. kids are [[PERSON|noor]] and [[PERSON|zayd]], theyre asleep, how do i reset it without the app",
    "whats the best way to reply to coach [[PERSON|dre]]? he says we cant play regionals bc [[PERSON|kwame]]'s registration had the wrong dob. his email is [[EMAIL_ADDRESS|dre.whitfield@esportsacademy.org]]",
    "my twitch stream key was on screen for like 10 min lol [[API_KEY|live_847261930_hb3kq9vzr0tlm2wxe8pu5jdyc4fa]]. how do i reset it and is my account [[ID_NUMBER|moth_queen_tv]] at risk",
    "tidy up these mod call notes: present [[PERSON|lena]], [[PERSON|okonkwo]], [[PERSON|pip]], [[PERSON|marisol]]. [[PERSON|pip]] takes over the raid schedule. [[PERSON|lena]] to ban the alts coming from [[IP_ADDRESS|203.0.113.57]]. [[PERSON|marisol]] away til the 14th",
    "is it ok to give my 12 yo's console login to his uncle [[PERSON|gareth]] for the weekend? its [[EMAIL_ADDRESS|finnlee.gaming@gmail.com]] pw [[PASSWORD|finnyfin2013]]",
    "help me reply to abuela [[PERSON|rosa]], she asked what [[PERSON|tito]] wants for his bday. he wants psn credit, his psn id is [[ID_NUMBER|tito_el_rayo]], keep it sweet and simple",
    "bought a used ps4 off [[PERSON|darnell]] on marketplace and its still signed into [[ID_NUMBER|dkingston_88]]. now he wants 60 more sent to his zelle [[PHONE_NUMBER|(312) 555-0178]] or hell report it stolen. scam?",
    "whats a nice way to tell [[PERSON|grace]] she cant bring her brother [[PERSON|eli]] to the lan, hes 11 and its 18+ only",
    "a sponsor sent me a w-9. do i put my ssn [[US_SSN|412-58-3907]] or get an ein first? im [[PERSON|tyrese]], i stream as [[ID_NUMBER|tyrese_plays]] and made like 3k from them",
    "help me word a msg to the tourney org: our sub [[PERSON|kenji]] replaced [[PERSON|aleks]] but the roster still shows [[PERSON|aleks]]'s riot id [[ID_NUMBER|aleksdraw#euw]]. need it fixed b4 check in",
    "my steam web api key [[API_KEY|9f4e2a7c1b3d8e60f5a2c47b9d1e3f08]] is in the clan bot repo, [[PERSON|hamza]] pushed it public. how do i revoke it and make a new one",
    "write a thank u card to [[PERSON|inês]] for hosting the lan, send to [[STREET_ADDRESS|rua das flores 118, 2º esq, 4050-265 porto]]. mention the francesinha lol",
    "is this legit or phishing: 'dear [[PERSON|cam]], your riot account [[ID_NUMBER|camcam_ow]] had a sign in from [[IP_ADDRESS|198.51.100.203]]. confirm it was u at riot-secure-login dot net'",
    "my nephew [[PERSON|jaylen]] used my amex [[CREDIT_CARD|3768 120455 93716]] on psn for a 300 quid bundle. how do i get a refund",
    "translate to polish for [[PERSON|wojtek]] from the clan: server moved, new ip [[IP_ADDRESS|192.0.2.146]] port 27015, pw [[PASSWORD|kielbasa_rush]]",
    "what do i say when i call roblox about my kids stolen acct? holder [[PERSON|mia torres]], username [[ID_NUMBER|miamelody_x]], parent email [[EMAIL_ADDRESS|torres.fam@yahoo.com]], phone [[PHONE_NUMBER|(602) 555-0115]]",
    "make this a nice discord post: congrats [[PERSON|ash]] on twitch affiliate, thx [[PERSON|bill]] for the new mic, and shoutout [[PERSON|skye]] for modding the 12hr charity stream",
    "my flatmate [[PERSON|ozzy]] runs a minecraft server off our home internet and now our ip [[IP_ADDRESS|203.0.113.88]] keeps getting ddosed. how do i tell him it has to stop w/o a fight",
    # six other languages
    "¿Me ayudas a escribir un mensaje para [[PERSON|Valentina Ríos]]? Ganó el torneo de Valorant del barrio y le transferimos los 200 euros del premio a su cuenta [[IBAN_CODE|ES80 2085 1043 5703 3021 9648]]. Que sepa que [[PERSON|Nacho]] organiza la final.",
    "Kannst du das kürzer fassen? „Hallo [[PERSON|Jannik]], die LAN-Party ist am Samstag bei Familie [[PERSON|Becker]], [[STREET_ADDRESS|Lindenstraße 42, 50674 Köln]]. Das WLAN-Passwort ist [[PASSWORD|Zocker!Nacht24]]. Bei Fragen ruf [[PERSON|Lukas]] an: [[PHONE_NUMBER|030 23125 718]].“",
    "次のメッセージを丁寧な日本語に直してください: [[PERSON|佐藤 健太]] さん、大会のエントリーありがとう。 確認メールを [[EMAIL_ADDRESS|kenta.sato.gg@mail.jp]] に送ったよ。 電話番号は [[PHONE_NUMBER|090-4718-2635]] で合ってる？",
    "이 메시지 영어로 번역해 줘: [[PERSON|박지민]] 님, PC방 대회 상금 30만 원 보내드리려고 하니 [[PHONE_NUMBER|010-5827-3941]] 로 연락 주세요. 디스코드 아이디는 [[ID_NUMBER|jimin_cloud]] 맞죠?",
    "Помоги написать вежливый ответ модератору [[PERSON|Дмитрию Волкову]]: он по ошибке забанил мой аккаунт [[ID_NUMBER|ArtemX_27]] на сервере, а мой IP [[IP_ADDRESS|198.51.100.77]] общий с братом.",
    "Tu peux résumer ce message vocal ? « Bonjour, c'est [[PERSON|Mathilde]] du club e-sport. Pour l'inscription de [[PERSON|Noé]] au tournoi, il manque l'autorisation parentale signée. Rappelez-moi au [[PHONE_NUMBER|06 39 98 41 27]]. »",
    # ordinary English
    "Draft a polite message to [[PERSON|Hope]] telling her the Friday raid moves to 9pm.",
    "Is [[PERSON|Kwabena Mensah]] a real Twitch partner? He messaged my son.",
    "Summarise this call log from our esports club: 14:02 [[PERSON|Priya Raman]] called about her son [[PERSON|Arjun]]'s tournament fee; 14:10 refund agreed; 14:25 [[PERSON|Callum]] rang back from [[PHONE_NUMBER|020 7946 0382]] asking about the jersey order; 14:40 [[PERSON|Priya]] confirmed by email.",
    "Got this text: 'Hi [[PERSON|Marcus]], this is Steam Security. Your account [[ID_NUMBER|marcus_the_mauler]] was accessed from [[IP_ADDRESS|192.0.2.231]]. Reply with your Steam Guard code to keep it.' Is it a scam?",
    "My Battle.net got hacked. Old password was [[PASSWORD|Ravenclaw#2019]] and the email on it is [[EMAIL_ADDRESS|t.oyelaran@protonmail.com]]. I'm [[PERSON|Tunde Oyelaran]]. Write me a support ticket asking them to restore it.",
    "Split the bootcamp house for the team: 2,400 for the week. [[PERSON|Jae-won]] and [[PERSON|Felix]] share a room so they pay 15% each, and [[PERSON|Amara]], [[PERSON|Dusty]] and [[PERSON|Bo]] split the rest equally.",
    "How do I set screen time limits on my son [[PERSON|Oliver]]'s Nintendo Switch? The parental control PIN I set was [[PASSWORD|5820]] and I think he's figured it out.",
    "Translate to Portuguese for our Brazilian player [[PERSON|Lucas Ferreira]]: 'Your prize of $500 will be sent by PayPal to [[EMAIL_ADDRESS|lucasferreira.fps@gmail.com]] within 10 days.'",
    "Write a formal letter to the school from me, [[PERSON|Deborah Klein]], explaining that my son [[PERSON|Ethan]] missed Friday classes to play in the state high school esports final. Put my address at the top: [[STREET_ADDRESS|2218 Ridge Terrace, Evanston, IL 60201]].",
    "Our Discord mod [[PERSON|Sunny Okafor]] pasted the mod panel login in general chat: user [[ID_NUMBER|modpanel_sunny]], pass [[PASSWORD|Sunfl0wer!mod]]. Write an announcement saying it has been changed and nobody should try it.",
    "Tidy this voicemail: 'yeah hi it's [[PERSON|Gav]], [[PERSON|Gavin Pryce]], about the trade-in, I brought in the Series S and two pads, you said 140 but the receipt says 110, ring me on [[PHONE_NUMBER|07700 900263]], cheers.'",
    "Put our team registration into a neat summary: captain [[PERSON|Nadia Haddad]] ([[EMAIL_ADDRESS|nadia.haddad@uni-mail.ca]]), players [[PERSON|Owen Li]], [[PERSON|Bastien]], [[PERSON|Grace Kim]], sub [[PERSON|Teo]]. Contact phone [[PHONE_NUMBER|(416) 555-0162]].",
    "Our clan treasurer [[PERSON|Bill Hanrahan]] wants the monthly server cost (45 EUR) paid into [[IBAN_CODE|IE80 BOFI 9012 8334 7109 65]]. Write a reminder for the clan board.",
    "Rewrite my reply to a sponsor so it sounds professional. They wrote 'hey [[PERSON|Jess]], 3 streams at 600 each, send bank details'. Mine says: 'ok cool, pay [[PERSON|Jessamyn Ortiz]], [[IBAN_CODE|NL53 ABNA 0592 7361 48]], thx'.",
    "Someone logged into my Epic account from [[IP_ADDRESS|203.0.113.19]] and [[IP_ADDRESS|2001:db8:4a1f::2c]] while I was asleep. The account is [[ID_NUMBER|NovaBlitz_UK]]. What should I do first?",
    "Make a packing list for the LAN at [[PERSON|Rosa]]'s this weekend. She lives at [[STREET_ADDRESS|Flat 3, 27 Cavendish Road, Bristol BS7 8HL]] and says parking is on the street.",
    "Write an email to the game shop chasing my trade-in credit. Include my name [[PERSON|Hemi Walker]], loyalty card [[ID_NUMBER|GX-77102934]] and phone [[PHONE_NUMBER|+64 21 448 3027]].",
    "A tournament organizer's payout form asks for my SSN, [[US_SSN|529-74-1180]], for tax. Is that normal for a $1,000 prize? I'm [[PERSON|Brianna Cole]], 19, in Ohio.",
    "Why would this decline? I tried to buy the fan pass with [[CREDIT_CARD|5304 2761 8894 0124]] three times. The cardholder is my dad, [[PERSON|Reggie Alvarez]], and he approved it.",
    "Summarise these clan council minutes: Attendees [[PERSON|Kalinda]], [[PERSON|Mateusz]], [[PERSON|Ade]], [[PERSON|Faith]]. 1) [[PERSON|Kalinda]] reported 312 in the bank after server fees. 2) [[PERSON|Mateusz]] proposed a merch drop; vote deferred. 3) [[PERSON|Faith]] will run recruitment in May. 4) Next meeting after the league final.",
    "Fix the wording: 'Hey all, [[PERSON|Jack]] will be stepping up as head mod, DM him at [[ID_NUMBER|jackfrost#0042]] for ban appeals and dont spam him.'",
    "My ex, [[PERSON|Darren]], keeps signing into our daughter's PlayStation with the family manager account [[EMAIL_ADDRESS|wright.family.psn@outlook.com]]. I want to change the password to [[PASSWORD|TulipField_83]] and remove him. What are the steps?",
    "Is it safe to paste our Discord bot token here so you can debug? [[API_KEY|MTE4NzQ2MjkwMzUxNjQ4MzU4Mg.GhQx7Z.p9LmVtR2wKcY8sNdJ4bF1eXqA6uHzT0oIgWv3s]] The bot [[PERSON|Ingrid]] wrote keeps crashing on startup.",
    "Translate into German for my teammate [[PERSON|Moritz]]: 'Meet at [[STREET_ADDRESS|Kastanienallee 61, 10119 Berlin]] at 10, bring your own headset, and call [[PERSON|Ilse]] on [[PHONE_NUMBER|+49 30 23125 604]] if you're running late.'",
    "Who is [[PERSON|Rocco Benedetti]]? He invited me to his clan and wants my phone number.",
    "Write a letter to my bank disputing charges from GMSHOP ONLINE on card [[CREDIT_CARD|4927 1835 0066 4210]]. I'm [[PERSON|Marguerite Dubois]], [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]]. My nine-year-old [[PERSON|Léo]] made them on the Switch.",
    "Summarise this voicemail: 'Hi love, it's Auntie [[PERSON|Pam]]. I've set up the Xbox for the twins, the parent PIN is [[PASSWORD|2468]], don't tell [[PERSON|Kai]] or [[PERSON|Keira]] or they'll be on it all night.'",
    "Help me reply to Coach [[PERSON|Harlan]] at [[EMAIL_ADDRESS|jharlan@midstate.edu]], who wants my gameplay VODs and GPA before the esports scholarship deadline on the 30th.",
    "Twitch says my payout failed. Bank info on file: [[PERSON|Kaveh Rostami]], [[IBAN_CODE|DE66 3705 0198 1928 3746 50]]. Could the name be the problem? My legal name on the Twitch account is [[PERSON|Kaveh Rostami-Tehrani]].",
    "Make a bracket for these 8 players: [[PERSON|Zoe]], [[PERSON|Raf]], [[PERSON|Imani]], [[PERSON|Lukas]], [[PERSON|Priyanka]], [[PERSON|Chen Wei]], [[PERSON|Malik]], [[PERSON|Sven]].",
    "Is 85 a fair trade-in price for a PS5 controller bundle? [[PERSON|Trevor]] at the shop said that's the best he can do.",
    "Write a ban appeal for me. My Discord is [[ID_NUMBER|lil.pumpkin.spice]], banned by [[PERSON|Marisol]] for spam I didn't send; my account was hijacked from [[IP_ADDRESS|198.51.100.45]] that night.",
    "Make a short welcome card for guests at our LAN: host [[PERSON|Desmond]], Wi-Fi [[PASSWORD|FragHouse-7731]], door code [[PASSWORD|1984*]], toilets upstairs, no drinks near the PCs.",
    "Our tournament site uses the Riot API key [[API_KEY|RGAPI-7c3e91a2-4f0b-4d8e-b615-2a9f7e3c8d41]] and [[PERSON|Yusuf]] just posted it in the public Discord. Write a short incident note for the admins.",
    "Someone changed the recovery email on my son [[PERSON|Ollie]]'s Roblox to [[EMAIL_ADDRESS|rbx.free.robux.4u@mail.ru]]. His username is [[ID_NUMBER|OllieBuilds2014]]. How do I prove I'm the parent?",
    "Remind me to call [[PERSON|Bronwyn]] about the deposit for the Sydney LAN venue, her mobile is [[PHONE_NUMBER|0491 570 318]].",
    "Scam? A guy called [[PERSON|Viktor]] offered 900 for my CS2 skins if I log into his trading site with my Steam name [[ID_NUMBER|ak_reaper_303]] and password.",
    "Summarise this email thread: From [[PERSON|Harriet Vance]] ([[EMAIL_ADDRESS|hvance@northernleague.gg]]): season 3 payouts are delayed until we get W-8BEN forms from [[PERSON|Sebastián Ortega]] and [[PERSON|Thabo Nkosi]]. From [[PERSON|Sebastián]]: sent mine yesterday. From [[PERSON|Thabo]]: I need help filling it in, please call me on [[PHONE_NUMBER|+27 82 614 3390]].",
    "Create a strong passphrase for my kid's Minecraft account, something better than [[PASSWORD|creeper123]], which [[PERSON|Amelie]] uses now.",
    "Split the costs of our trip to the Cologne major: flights 1,260, hotel 840, tickets 360. Four of us: me, [[PERSON|Fenna]], [[PERSON|Jurgen]] and [[PERSON|Ravi Shah]]. [[PERSON|Jurgen]] already paid the hotel.",
    "Translate to Japanese: 'Dear [[PERSON|Haruto]], your team registration for the Osaka LAN is confirmed. Please bring photo ID. Questions to me, [[PERSON|Mika Tanabe]], at [[EMAIL_ADDRESS|mika.tanabe@kansai-gg.jp]].'",
    "Clean up these mod notes: user [[ID_NUMBER|sh4dowfang]] posted [[PERSON|Lily]]'s number [[PHONE_NUMBER|07700 900581]] in general; message removed; 7 day timeout given by [[PERSON|Oscar]].",
    "Fix grammar: 'This agreement are between HyperDrink Ltd and [[PERSON|Connor Walsh]] (streamer known as [[ID_NUMBER|WalshWarrior]]) who resides at [[STREET_ADDRESS|8 Orchard Lane, Galway H91 X2K7]].'",
    "My kids [[PERSON|Maya]] and [[PERSON|Leo]] share one Xbox profile. Can I make separate child accounts under my email [[EMAIL_ADDRESS|carmen.delgado77@hotmail.com]]?",
    "After my Steam hack I found these backup codes in a note: [[PASSWORD|R7KQ2]], [[PASSWORD|X9MDT]], [[PASSWORD|4HWPC]]. Are they still good after a reset? Account is [[ID_NUMBER|grimshaw_tf2]].",
    "Plan a birthday LAN for [[PERSON|Noah]], turning 14: six kids, a Mario Kart tournament, pizza, 150 budget.",
    "A viewer just posted my home address, [[STREET_ADDRESS|415 Birchwood Dr, Boise, ID 83702]], in chat. My name's [[PERSON|Kayla Brooks]]. What do I do right now?",
    "Translate into French for our sub [[PERSON|Anaïs]]: '[[PERSON|Olu]] will send your share of the winnings to [[IBAN_CODE|FR95 1027 8078 0000 0219 3876 641]] on Monday.'",
    "Is this a real Xbox support number? A [[PERSON|Dale]] from 'Microsoft Gaming' called me from [[PHONE_NUMBER|(213) 555-0147]] and asked for my gamertag [[ID_NUMBER|PorchLightPete]].",
    "Email [[EMAIL_ADDRESS|kbarnes.lan@gmail.com]] the LAN rules.",
    "Write a welcome DM for new mods [[PERSON|Rhiannon]], [[PERSON|Tariq]] and [[PERSON|Mei]]. Tell them the mod dashboard password is [[PASSWORD|BlueHeron!442]] and never to share it.",
    "Write to PlayStation asking for a refund: my daughter [[PERSON|Sienna]] spent 230 on FIFA points with my card [[CREDIT_CARD|5456 1028 3947 7157]]. Account email [[EMAIL_ADDRESS|janine.p.holt@icloud.com]]. Sign as [[PERSON|Janine Holt]].",
    "Our uni esports society treasurer, [[PERSON|Aryan Kapoor]], needs to reimburse [[PERSON|Chloe]] 64 for the jerseys. Her IBAN is [[IBAN_CODE|GB93 BARC 2031 8873 0155 24]]. Write the reimbursement note.",
    "Rota: [[PERSON|Will]] mods Mon, [[PERSON|Pearl]] Tue, [[PERSON|Ibrahim]] Wed. Make it a table.",
    "Turn this into a customer note: [[PERSON|Harold Benning]] traded 12 Wii games, wants cash not credit, ID checked (driving licence [[ID_NUMBER|BENNI652178HB9TK]]), call back on [[PHONE_NUMBER|01632 960744]].",
    "Summarise: [[PERSON|Marek]] banned [[IP_ADDRESS|203.0.113.140]] and [[IP_ADDRESS|203.0.113.141]] from the Rust server for cheating; [[PERSON|Olga]] thinks both are [[PERSON|Sasha]]'s alts.",
    "My brother [[PERSON|Ciaran]] got a message saying he'd won a gaming chair and only had to pay shipping. He already typed in his card, [[CREDIT_CARD|4556 3190 7728 4101]]. What now?",
    "Is sharing my Game Pass with [[PERSON|Rahul]] against the terms? I'd give him my login [[EMAIL_ADDRESS|dnair.gamepass@outlook.com]] and password [[PASSWORD|Monsoon2024!]].",
    "Draft a permission slip for [[PERSON|Isabella Romano]] to attend the regional Rocket League finals. Parent contact: [[PERSON|Gianni Romano]], [[PHONE_NUMBER|+39 347 512 8830]].",
    "My streaming partner [[PERSON|Rocky]] wants to split our Kick revenue 70/30 in his favour. We made 3,300 last month. Write a fair counter-proposal.",
    "Write a shipping label note for our winner [[PERSON|Lee Seo-yeon]]: the headset goes to [[STREET_ADDRESS|Apt 1204, 88 World Cup-ro, Mapo-gu, Seoul 03936]].",
    "My StreamElements token [[API_KEY|eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ0b2tlbiI6IjRGM0E5QjcyIn0.Qw8kP2xZrT5vNm1LcYa7HdJ3sUeB0gFtK6oXi9WpE4c]] showed in my OBS scene for a whole stream. I'm [[PERSON|Tasha]]. How bad is it?",
    "Write a return label.\nFrom: [[PERSON|Kofi Boateng]]\n[[STREET_ADDRESS|17 Adeyemi Close\nIkeja, Lagos 100271]]\nTo: the online game store returns desk.",
    "The LAN needs parental consent for [[PERSON|Tobias]], 14. His mum is [[PERSON|Henrike Vogel]], [[EMAIL_ADDRESS|h.vogel@posteo.de]]. Write the consent request in simple English.",
    "Epic support emailed asking me to confirm my identity with my SSN [[US_SSN|218-46-7735]] and home address [[STREET_ADDRESS|77 Pine Hollow Rd, Asheville, NC 28803]]. Should I? I'm [[PERSON|Wendell Ashby]].",
    "Clan dues so far: [[PERSON|Grim]] paid 20, [[PERSON|Nova]] 20, [[PERSON|Lottie]] 10, [[PERSON|Bash]] nothing. Dues are 20 each. Who still owes what?",
    "Send a WhatsApp to [[PERSON|Ximena]] at [[PHONE_NUMBER|+52 55 4183 2967]] saying our FIFA team needs her online at 8.",
    "Write a Pix payment confirmation for [[PERSON|Thiago Almeida]]: prize money 1,500 reais, CPF [[ID_NUMBER|704.318.295-60]].",
    "Someone hacked [[PERSON|Delphine]]'s Twitch and switched the email to [[EMAIL_ADDRESS|d3lph1ne.loot@proton.me]]; her real one is [[EMAIL_ADDRESS|delphine.arceneaux@gmail.com]]. Write a message to Twitch support for her.",
    "Help me reply to [[PERSON|Ananya]], who asked for tonight's BGMI scrim room password. It's [[PASSWORD|scrim@7741]], but remind her not to post it in the group.",
    "Summarise this email: 'Dear Mr [[PERSON|Osei]], the console you traded in on 3 May was reported stolen by [[PERSON|Adwoa Mensah]]. Please contact PC [[PERSON|Hartley]] on [[PHONE_NUMBER|020 7946 0915]].'",
    "Text Grandpa [[PERSON|Joe]] the Wi-Fi password [[PASSWORD|hollyhock22]] so he can play chess online.",
    "Help me plan a weekend at DreamHack with [[PERSON|Sandy]] and [[PERSON|Fitz]]; [[PERSON|Sandy]] is flying in from Dublin on Friday.",
    "Format as a table:\nname,tag,email,amount\n[[PERSON|Arturo Rivas]],[[ID_NUMBER|rivas_rifle]],[[EMAIL_ADDRESS|arivas@correo.mx]],120\n[[PERSON|Nkechi Obi]],[[ID_NUMBER|kechi_ko]],[[EMAIL_ADDRESS|nkechi.obi@ymail.com]],80",
    "Is this legit? '[[PERSON|Yasmin]] from Razer here, we want to sponsor you. Send a $49 onboarding fee to [[EMAIL_ADDRESS|razer.partner.yasmin@gmail.com]] via PayPal.'",
    "My 10-year-old [[PERSON|Ruby]] wants Discord. Which safety settings should I turn on? Her account would use [[EMAIL_ADDRESS|ruby.okonjo.kid@gmail.com]].",
    "Our clan leader [[PERSON|Thorsten]] put the server bill on his card [[CREDIT_CARD|6011 7438 2015 5967]]. Nine of us owe him 12 each. Write the message asking everyone to pay him back.",
    "Note for Saturday: [[PERSON|Annika Schulz]] brings the Switch and cables, [[PERSON|Bernd]] the router. [[PERSON|Annika]]'s number is [[PHONE_NUMBER|030 23125 477]]. Make it a checklist.",
    "Write a Hinglish message to [[PERSON|Rohit]] on [[PHONE_NUMBER|+91 98213 47760]] saying BGMI tourney registration closes at midnight.",
    "Set-up notes for our Valheim server: IP [[IP_ADDRESS|2001:db8:7c2::15]], password [[PASSWORD|odinsbeard77]], admin [[PERSON|Halvard]]. Make them readable.",
    "We're hosting a 32-player charity LAN at the community hall. Volunteers: [[PERSON|Precious]] on check-in, [[PERSON|Hamish]] on networking, [[PERSON|Lin]] on food, [[PERSON|Storm]] on streaming. Draft a schedule for the day, 9am to 10pm.",
    "Help me answer my cousin [[PERSON|DeShawn]]: he pays me to moderate his streams and asked for my SSN, [[US_SSN|347-21-6094]], for a 1099. Should I send it by text?",
    "My YouTube Data API key [[API_KEY|AIzaSyB3xK8mQ2vT9rLw5NpJ7cH1dF6gZ0eYsUo]] is in the stream overlay repo [[PERSON|Femi]] forked. How do I rotate it?",
    "Draft a reply to Mrs [[PERSON|Patel]], whose son [[PERSON|Dev]] was removed from our Minecraft server; explain kindly which rule he broke. Her number: [[PHONE_NUMBER|+44 7700 900736]].",
]

# 100 one-person records; 41 carry a national id (NATIONAL_IDS).
RECORDS = [
    "Player registration: [[PERSON|Zhang Wei]], resident ID [[ID_NUMBER|110108198807142631]], team Crimson Lotus, mobile [[PHONE_NUMBER|+86 138 1047 2295]].",
    "[[PERSON|Jordan Reyes]] streams as [[ID_NUMBER|JReyesLive]] and takes sponsorship enquiries at [[EMAIL_ADDRESS|jordan.reyes.biz@gmail.com]].",
    "[[PERSON|Beatriz Cardoso]] | CPF [[ID_NUMBER|529.146.873-46]] | [[EMAIL_ADDRESS|bia.cardoso.cs@uol.com.br]] | Liga Paulista de CS2",
    "Trade-in log | 2024-05-11 | [[PERSON|Moira Keane]] | driving licence [[ID_NUMBER|KEANE751029MK8LP]] | PS4 Pro + 3 games | £95 store credit",
    "Prize claim: [[PERSON|Siddharth Iyer]], Aadhaar [[ID_NUMBER|3847 2916 5021]], runner-up in the college BGMI cup, payout 40,000 INR.",
    '2024-04-12 03:14:07 WARN login_failed account=[[ID_NUMBER|vex_hollow]] owner="[[PERSON|Petra Lindahl]]" src=[[IP_ADDRESS|198.51.100.16]] attempts=14',
    '{"player": "[[PERSON|Tan Jun Hao]]", "nric": "[[ID_NUMBER|T0284716C]]", "team": "LionCity Five", "mobile": "[[PHONE_NUMBER|+65 9183 4726]]"}',
    '{"member_id": "[[ID_NUMBER|CLN-004471]]", "name": "[[PERSON|Oisín Brennan]]", "dues_paid": 30, "email": "[[EMAIL_ADDRESS|oisin.brennan@eircom.net]]"}',
    "Spelare: [[PERSON|Elin Lindqvist]], personnummer [[ID_NUMBER|950621-3181]], klubb Göteborg Esport, e-post [[EMAIL_ADDRESS|elin.lindqvist@telia.se]].",
    "LAN sign-in sheet, row 14: [[PERSON|Hugo Sandoval]], seat B7, emergency contact [[PHONE_NUMBER|(505) 555-0121]].",
    "Deelnemer [[PERSON|Daan de Vries]] (BSN [[ID_NUMBER|238176496]]) ontvangt het prijzengeld op [[IBAN_CODE|NL29 RABO 0316 6280 97]].",
    "W-9 received from [[PERSON|Marcus Whitaker]], SSN [[US_SSN|431-67-2059]], for 2023 tournament winnings of $2,500.",
    "[[PERSON|김민준]], 주민등록번호 [[ID_NUMBER|880415-1273457]], PC방 리그 우승 상금 수령 확인.",
    "sponsor_payout,[[PERSON|Aaliyah Johnson]],[[IBAN_CODE|GB36 MIDL 4027 1538 2904 61]],1200 GBP,March",
    "Streamer payee form: [[PERSON|Chloe Nguyen]], TFN [[ID_NUMBER|731 048 259]], [[STREET_ADDRESS|12/48 Beach Road, Bondi NSW 2026]].",
    "Chargeback filed by [[PERSON|Trent Maddox]] on card [[CREDIT_CARD|4917 6033 8205 1477]] for twelve loot box purchases.",
    "Payout record: [[PERSON|Mathieu Tremblay]] — SIN [[ID_NUMBER|193 472 867]] — e-transfer to [[EMAIL_ADDRESS|mtremblay.gg@videotron.ca]] — 750 CAD.",
    "[[PERSON|Yaw Asante]], passport [[ID_NUMBER|G2847193]], travels to Katowice as team manager.",
    "Oyuncu [[PERSON|Emre Yıldız]], T.C. kimlik no [[ID_NUMBER|27491630844]], telefon [[PHONE_NUMBER|+90 532 418 27 63]].",
    "Temporary password for [[PERSON|Nell Hargreaves]]'s club account: [[PASSWORD|Quartz-Lynx-48]] (change at first login).",
    "LAN first-aid log, 16:40: [[PERSON|Ruairi Doyle]], NHS no. [[ID_NUMBER|943 276 1851]], minor wrist strain, ice pack given.",
    "Developer portal key owner: [[PERSON|Samir Haddad]] · key [[API_KEY|sk_live_51Nq8ZtK3vR7wL2pX9cYd4mB6hJ0fE5gT1aU]] · app ClanBank bot",
    "Zawodniczka: [[PERSON|Zuzanna Nowicka]], PESEL [[ID_NUMBER|92071538461]], drużyna Wisła Gaming, konto [[IBAN_CODE|PL29 1050 2445 0000 0038 2917 4461]].",
    "[[PERSON|Roz Achebe]], moderator of a retro gaming Discord, can be reached at [[EMAIL_ADDRESS|roz.achebe@fastmail.com]].",
    "Iscrizione torneo: [[PERSON|Marco Russo]], codice fiscale [[ID_NUMBER|RSSMRC85T12F205X]], residente in [[STREET_ADDRESS|Via Garibaldi 18, 20121 Milano]].",
    "Anmeldung LAN-Party Kassel: [[PERSON|Jonas Weber]], Jahrgang 2006, Telefon [[PHONE_NUMBER|+49 30 23125 339]], Sitzplatz 12.",
    "Pelaaja [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230598-318D]], joukkue Helsinki Hawks, kausi 2024.",
    "[[PERSON|Amélie Fournier]] anime la chaîne Twitch [[ID_NUMBER|AmeFourGames]] et reçoit ses paiements sur [[IBAN_CODE|FR48 3000 4008 2800 0196 7452 718]].",
    "[[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|9508125129083]], won the Cape Town FIFA qualifier; cell [[PHONE_NUMBER|+27 71 385 2046]].",
    "Estimada [[PERSON|Lucía Herrera]]: su Switch OLED le da 180 € de crédito en tienda. Cliente nº [[ID_NUMBER|GM-2291847]]. Atentamente, GameZona.",
    "選手登録: [[PERSON|山本 美咲]] マイナンバー [[ID_NUMBER|381620495712]] 電話 [[PHONE_NUMBER|080-3927-5164]]",
    "Jogador [[PERSON|Rafael Monteiro]], nick [[ID_NUMBER|RafaMonster]], telefone [[PHONE_NUMBER|+55 21 98734-2610]].",
    "Jugador: [[PERSON|Álvaro Méndez]] · DNI [[ID_NUMBER|53718264Q]] · [[EMAIL_ADDRESS|alvaro.mendez.lol@gmail.com]] · Club Esports Valencia",
    "[auth] 2024-06-01 22:10:53 new device login user=[[ID_NUMBER|kestrel.vane]] ([[PERSON|Ayesha Siddiqui]]) ip=[[IP_ADDRESS|2001:db8:9f3e::41]] country=PK",
    "Registro LAN Party Bilbao: [[PERSON|Ioana Popescu]], NIE [[ID_NUMBER|Y4816273H]], móvil [[PHONE_NUMBER|+34 612 847 309]].",
    "Intake: [[PERSON|Darnell Price]] | SSN [[US_SSN|508-32-7714]] | esports scholarship applicant | [[EMAIL_ADDRESS|darnell.price22@icloud.com]]",
    "Irish Esports Open payee: [[PERSON|Saoirse Byrne]], PPS [[ID_NUMBER|4817263W]], IBAN [[IBAN_CODE|IE11 AIBK 9310 4728 3610 59]].",
    "[[PERSON|Kiera Dunne]] paid the LAN deposit with [[CREDIT_CARD|3741 982665 03846]].",
    "[[PERSON|Julien Marchand]], n° de sécurité sociale [[ID_NUMBER|1 89 05 75 112 347 25]], joueur de l'équipe Lyon Esport, tél. [[PHONE_NUMBER|06 39 98 52 14]].",
    "Dear Ms [[PERSON|Ferreira]], the Xbox trade-in you posted from [[STREET_ADDRESS|221 Harbour Street, Wellington 6011]] has arrived. Kind regards, Returns Team",
    "Spiller: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|12079145244]], lag Bergen Bytes.",
    "Gamertag: [[ID_NUMBER|ObsidianOtter]] · Real name: [[PERSON|Wren Castellano]] · Region: NA-West · Phone: [[PHONE_NUMBER|(971) 555-0188]]",
    "Jogador [[PERSON|Tiago Fonseca]], NIF [[ID_NUMBER|239184769]], IBAN [[IBAN_CODE|PT29 0035 0023 0000 4729 1638 4]].",
    "Moderator [[PERSON|Babajide Adeyemi]] (Discord [[ID_NUMBER|jide.mods]]) removed 42 spam accounts on 3 March.",
    "Jucător: [[PERSON|Andrei Ionescu]], CNP [[ID_NUMBER|5010312402917]], telefon [[PHONE_NUMBER|+40 721 384 596]].",
    "Parental account holder: [[PERSON|Helen Marsh]], console parent PIN [[PASSWORD|7392]], two child profiles.",
    "Inscripción Copa Santiago: [[PERSON|Camila Soto]], RUT [[ID_NUMBER|16.482.731-3]], correo [[EMAIL_ADDRESS|camila.soto@vtr.net]].",
    "Venue sheet: contact [[PERSON|Ewan Sinclair]], Wi-Fi key [[PASSWORD|ArcadeNight!2024]], loading bay code [[PASSWORD|C4471]].",
    "Mängija [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|39504182732]], Tallinn LAN 2024, koht 18.",
    "Clan treasury account holder: [[PERSON|Mirela Kovač]], [[IBAN_CODE|HR93 2402 0061 1384 7290 1]].",
    "Keppandi: [[PERSON|Sigrún Jónsdóttir]], kennitala [[ID_NUMBER|1203952899]], sími [[PHONE_NUMBER|+354 662 4187]].",
    "Results export (Tekken night)\nid,name,handle,prize\n17,[[PERSON|Ji-ho Park]],[[ID_NUMBER|jihoP_99]],300",
    "Hráč: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|905312/4718]], tým Praha Phantoms.",
    '{"caster": "[[PERSON|Orla Quinn]]", "day_rate_chf": 350, "iban": "[[IBAN_CODE|CH92 0900 0000 3018 4629 1]]"}',
    "Гравець: [[PERSON|Олександр Коваленко]], РНОКПП [[ID_NUMBER|3182947569]], команда Kyiv Kings.",
    "Voicemail 09:12 from [[PERSON|Fatima Zahra Benali]] about her trade-in quote, call back on [[PHONE_NUMBER|+212 661 428 305]].",
    "Streamer-Auszahlung: [[PERSON|Felix Hartmann]], Steuer-ID [[ID_NUMBER|47182903657]], IBAN [[IBAN_CODE|DE63 5001 0517 4418 2903 76]].",
    "[[PERSON|Marianne Holt]] lives at [[STREET_ADDRESS|31 Wexford Gardens, Norwich NR2 4BE]] and hosts a monthly retro LAN in her garage.",
    "Clinic note, Auckland LAN: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], mild dehydration, oral fluids given.",
    "Entry 0083 | [[PERSON|Ahmed El-Sayed]] | steam [[ID_NUMBER|76561198042817365]] | banned for aimbot",
    "[[PERSON|Liam O'Connell]] — Medicare [[ID_NUMBER|2418739571]] — first aid at the expo booth, 2:15pm.",
    "Overlay config owner [[PERSON|Kenzie Ford]], StreamElements JWT [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJjaGFubmVsIjoiNjRmMmE5In0.ZkT4p9QvW2mXr7LcN3bHs8JdY1eGa6uF0oKi5tVwRqE]]",
    "Παίκτης: [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|15089212342]], ομάδα Athens Aces.",
    "[[PERSON|Cody Ramirez]], 1099-NEC recipient, TIN [[US_SSN|623-18-4402]], sponsorship income of $4,800.",
    "שחקנית: [[PERSON|נועה כהן]], ת.ז. [[ID_NUMBER|318274651]], קבוצת Tel Aviv Titans.",
    "Pemain [[PERSON|Rizky Pratama]], ID Mobile Legends [[ID_NUMBER|48291735]], WhatsApp [[PHONE_NUMBER|+62 812-4739-2085]].",
    '{"streamer_name": "[[PERSON|Chen Yuting]]", "id_card": "[[ID_NUMBER|510107200111093526]]", "platform": "Huya", "monthly_payout_cny": 8200}',
    "Gentile [[PERSON|Chiara Esposito]], il premio di 250 € sarà accreditato sul conto [[IBAN_CODE|IT55 K020 0801 6330 0010 4839 271]].",
    "[[PERSON|Muhammad Farhan bin Ismail]] | NRIC [[ID_NUMBER|S8812073F]] | Mobile Legends coach | [[EMAIL_ADDRESS|farhan.ismail@singnet.com.sg]]",
    "Ticket 88213, hacked account: customer [[PERSON|Gustavo Reis]], recovery email changed to [[EMAIL_ADDRESS|reis.gustavo.recov@outlook.com]] from [[IP_ADDRESS|203.0.113.202]].",
    "이름: [[PERSON|이서연]] / 주민번호: [[ID_NUMBER|010923-4128371]] / 휴대폰: [[PHONE_NUMBER|010-2847-6135]]",
    "Family group organiser: [[PERSON|Suzanne Pelletier]], Microsoft account [[EMAIL_ADDRESS|s.pelletier@sympatico.ca]], ask-to-buy on.",
    "Incident report: [[PERSON|Callum Reid]] (NHS [[ID_NUMBER|401 823 7693]]) fainted at the Manchester LAN after twenty hours awake.",
    "Ship prize to:\n[[PERSON|Dmitri Sokolov]]\n[[STREET_ADDRESS|Apt 5B, 310 East 84th Street\nNew York, NY 10028]]",
    "Faktura dla: [[PERSON|Michał Zieliński]], PESEL [[ID_NUMBER|03241182751]], streamer, [[STREET_ADDRESS|ul. Długa 14/3, 31-147 Kraków]].",
    "発送先: [[PERSON|中村 蓮]] 様 [[STREET_ADDRESS|〒530-0012 大阪府大阪市北区芝田2-4-18 グランメゾン305]]",
    "[[PERSON|Giulia Ferraro]] – CF [[ID_NUMBER|FRRGLI99A41L219Z]] – caster ufficiale, [[PHONE_NUMBER|+39 340 921 7746]]",
    "主播 [[PERSON|黄思琪]] ， 结算 手机号 [[PHONE_NUMBER|+86 139 2714 8830]]",
    "Je soussignée [[PERSON|Camille Girard]], numéro de sécurité sociale [[ID_NUMBER|2 96 11 69 384 052 76]], autorise le club à diffuser mon image pendant le tournoi.",
    "اللاعب [[PERSON|يوسف الحربي]]، البريد [[EMAIL_ADDRESS|yousef.harbi@gmail.com]]، فريق Riyadh Falcons",
    "Visa invitation letter for [[PERSON|Wang Hao]], ID [[ID_NUMBER|44030619970226157X]], passport [[ID_NUMBER|E48201937]], attending the finals as team analyst.",
    "Игрок [[PERSON|Анна Смирнова]], ник [[ID_NUMBER|AnnaSnipe]], телефон [[PHONE_NUMBER|+7 916 384-27-51]].",
    'ERROR payout_failed payee="[[PERSON|Tomás Quiroga]]" card=[[CREDIT_CARD|5168 7204 9913 3866]] reason=card_expired',
    "Referee [[PERSON|Grace Whitmore]] can be reached on [[PHONE_NUMBER|020 7946 0751]] during the finals.",
    "[[PERSON|Hunter Blake]] won the county Smash bracket and asked for his prize by PayPal to [[EMAIL_ADDRESS|hunterblake.smash@yahoo.com]].",
    "[[PERSON|Faith Adebayo]], streaming as [[ID_NUMBER|FaithfulFrames]], signed with a chair brand for £900 a month.",
    "Visitor badge 212: [[PERSON|Stanisław Wróbel]], e-mail [[EMAIL_ADDRESS|s.wrobel@wp.pl]], guest of team Wisła Gaming.",
    "Console trade-in, ID verified: [[PERSON|Latoya Simmons]], Georgia driver's license [[ID_NUMBER|058213947]].",
    "Handover note: [[PERSON|Pablo Etxeberria]] leaves the clan; the guild bank password [[PASSWORD|Txakoli#Gold9]] must be rotated tonight.",
    "[[PERSON|Annelise Berger]] | JCB [[CREDIT_CARD|3566 0078 1245 9100]] | booth rental, autumn expo",
    "Team captain | [[PERSON|Kwame Asare]] | [[EMAIL_ADDRESS|kwame.asare@ug.edu.gh]] | [[PHONE_NUMBER|+233 24 517 3920]]",
    "[[PERSON|Ruth Abernathy]], member no. [[ID_NUMBER|88204-71]], holds a season ticket for the league's LAN nights.",
    "Server whitelist entry: [[IP_ADDRESS|192.0.2.77]], home connection of [[PERSON|Lars Eriksen]].",
    "Sehr geehrter Herr [[PERSON|Krüger]], Ihr gehacktes Konto [[ID_NUMBER|kruegerk_gaming]] wurde wiederhergestellt. Mit freundlichen Grüßen, Support",
    "Customer [[PERSON|Noor Al-Amin]] called from [[PHONE_NUMBER|+971 50 318 4627]] about a missing trade-in payout.",
    "Streamer [[PERSON|Paloma Vidal]] rents booth 14; billing address [[STREET_ADDRESS|Calle de Toledo 64, 3º B, 28005 Madrid]].",
    "Device insurance: [[PERSON|Bertie Lomax]], policy [[ID_NUMBER|GPI-4471902]], covers a gaming PC up to £2,000.",
    "Shop staff record: [[PERSON|Kelechi Nwosu]], employee no. [[ID_NUMBER|E-20417]], till login [[ID_NUMBER|knwosu]].",
    '{"name": "[[PERSON|Emily Tran]]", "ssn": "[[US_SSN|284-51-9036]]", "event": "Collegiate Valorant Finals"}',
    "Esports clinic: patient [[PERSON|Gabriel Okoro]], patient no. [[ID_NUMBER|PT-558210]], wrist tendinitis after ten-hour sessions.",
]

# 25 MT-Bench and Vicuna-style prompts; the people named are historical or fictional.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that esports should be included in the Olympic Games, with at least three supporting points.",
    "Imagine you are Mario from the Super Mario games. Describe your ideal day off from rescuing Princess Peach.",
    "Compose a short poem about the last five seconds of a tied championship match.",
    "Explain the difference between latency, jitter and packet loss to someone who has never played an online game.",
    "Role-play as Sherlock Holmes investigating who cheated at a village chess tournament.",
    "Write a Python function that takes a list of match results and returns a win-loss record for each team.",
    "How did Nolan Bushnell and the founding of Atari shape the early video game industry?",
    "Draft a code of conduct for a gaming community server, covering harassment, spam and spoilers.",
    "What are the pros and cons of free-to-play games that rely on cosmetic microtransactions?",
    "Compare single-elimination and double-elimination tournament brackets. Which is fairer for a 16-team event?",
    "Write a blog post reviewing a fictional indie platformer called Lantern Hollow.",
    "Summarise Alan Turing's contributions to computing in three short paragraphs.",
    "You are Lara Croft. Write a journal entry about exploring a flooded temple.",
    "Extract all the dates from this text: 'The beta opens on 4 March, the launch is set for 19 April and the first patch lands on 2 May.'",
    "Suggest five team names for a university Rocket League club, each with a one-line explanation.",
    "Explain how rating systems like Elo work for matchmaking, using a simple example.",
    "Write a SQL query that finds the top ten players by total kills from a table called match_stats.",
    "Describe how Shigeru Miyamoto's childhood explorations influenced the design of The Legend of Zelda.",
    "What are some strategies for staying calm under pressure during a live-streamed competition?",
    "Rewrite the following sentence in a more formal tone: 'the patch totally wrecked my fave character lol'.",
    "How would a medieval blacksmith react to seeing a modern gaming PC? Write it as a short dialogue.",
    "Give me a balanced argument on whether loot boxes should be regulated as gambling.",
    "Explain what a content delivery network is and why game publishers use one for updates.",
    "Create a seven-day practice plan for a beginner who wants to improve at fighting games.",
    "Write a limerick about Pac-Man and a ghost who refuses to chase him.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Kenji buys 3 game controllers at $45 each and a charging dock for $30. How much does he spend in total?",
    "A LAN party has 48 seats. If 3/4 of the seats are taken and 6 more players arrive, how many seats are still empty?",
    "Amara streams for 3 hours every weekday and 5 hours on each weekend day. How many hours does she stream in 4 weeks?",
    "A tournament prize pool of $12,000 is split so that first place gets 50%, second place 30% and third place the rest. How much does third place receive?",
    "Lucas has 240 gems in a mobile game. He spends a quarter of them on a skin and then earns 35 more. How many gems does he have now?",
    "A game shop gives $18 of credit for each old game. Priya trades in 7 games and buys a new game for $69. How much credit does she have left?",
    "Tomas's clan collects $8 per member each month. There are 23 members and the server costs $150 a month. How much is left over after one year?",
    "A stream has 1,200 viewers. 15% of them subscribe and each subscription earns the streamer $2.50. How much does the streamer earn from those subscriptions?",
    "Mei downloads a 72 GB game at 16 MB per second. How many minutes does the download take, using 1 GB = 1,000 MB?",
    "In a round-robin league of 10 teams, each team plays every other team twice. How many matches are played in total?",
    "Sofia plays 5 matches a day and wins 60% of them. How many matches does she win in 2 weeks?",
    "A pizza order for a LAN costs $96 for 8 pizzas. The 12 players share the pizza bill equally and Omar also buys 2 drinks at $3 each. How much does Omar spend?",
    "Jonah's console uses 160 watts. He plays 4 hours a day for 30 days. Electricity costs $0.25 per kilowatt-hour. How much does his playing cost?",
    "A battle pass has 100 tiers. Aisha completes 3 tiers a day for 20 days, then 5 tiers a day. How many more days does she need to finish?",
    "An esports team's jerseys cost $35 each. The team orders 9 and gets a 20% discount. What is the total?",
    "Diego's channel had 800 followers. It grew by 25% in May and by 10% in June. How many followers does it have at the end of June?",
    "A gaming chair costs $280. Nia saves $35 a week. After 5 weeks her aunt gives her $60. How many more weeks must she save?",
    "A bracket starts with 64 players and half are eliminated in each round. How many rounds are needed until one winner remains?",
    "Ravi buys a headset for $120 and sells it a year later for 65% of the price. How much money did he lose?",
    "Hana's speedrun takes 47 minutes. She cuts 90 seconds off it each week. What is her time after 6 weeks?",
    "Ezra, Lila and Marco share 150 tokens in the ratio 2:3:5. How many tokens does Marco get?",
    "A streamer receives 4 donations of $12, 7 donations of $5 and one of $50. What is the average donation?",
    "A server rack holds 12 game servers and each server hosts 32 players. If 290 players are online, how many more players can join?",
    "Greta plays a puzzle game with 180 levels. She finishes 12 levels on Monday and each following day twice as many as the day before. On which day does she reach level 180?",
    "A game costs $60. During a sale it is 40% off, and Felix also uses a $10 gift card. How much does he pay?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which transport protocol is most commonly used for real-time multiplayer game traffic because it avoids retransmission delays?\nA. TCP\nB. UDP\nC. FTP\nD. SMTP",
    "The first commercially successful arcade video game, released in 1972, was:\nA. Space Invaders\nB. Pong\nC. Pac-Man\nD. Donkey Kong",
    "A monitor refreshing at 144 Hz draws a new frame roughly every:\nA. 1.4 ms\nB. 6.9 ms\nC. 14.4 ms\nD. 69 ms",
    "Carpal tunnel syndrome, seen in some heavy computer users, involves compression of which nerve?\nA. Ulnar nerve\nB. Radial nerve\nC. Median nerve\nD. Sciatic nerve",
    "Which of the following is an example of a variable-ratio reinforcement schedule?\nA. A paycheck every two weeks\nB. A loot box that drops a rare item at random\nC. A daily login reward\nD. A fixed bonus after ten matches",
    "In a two-player zero-sum game, a strategy that minimises the maximum possible loss is called:\nA. Pareto optimal\nB. minimax\nC. dominant mixed\nD. tit-for-tat",
    "Which type of attack floods a game server with traffic from many compromised machines?\nA. Phishing\nB. SQL injection\nC. Distributed denial of service\nD. Man-in-the-middle",
    "Under US copyright law, a video game's source code is protected as a:\nA. trademark\nB. literary work\nC. patent\nD. trade dress",
    "A GPU differs from a CPU chiefly in that it:\nA. has fewer cores\nB. runs many simple operations in parallel\nC. cannot perform floating-point arithmetic\nD. stores the operating system",
    "The binary number 11111111 equals which decimal number?\nA. 127\nB. 255\nC. 256\nD. 511",
    "Which neurotransmitter is most associated with the brain's reward response to winning a game?\nA. Insulin\nB. Dopamine\nC. Thyroxine\nD. Melatonin",
    "A streaming platform's revenue rising from $40 million to $50 million represents a growth of:\nA. 10%\nB. 20%\nC. 25%\nD. 40%",
    "How many bits are in an IPv6 address?\nA. 32\nB. 64\nC. 128\nD. 256",
    "Which historian described play as an activity standing outside ordinary life in the book Homo Ludens?\nA. Johan Huizinga\nB. Immanuel Kant\nC. Roger Caillois\nD. John Dewey",
    "Light from screens in the evening mainly affects sleep by suppressing:\nA. cortisol\nB. melatonin\nC. adrenaline\nD. serotonin",
    "In marketing, paying a popular streamer to feature a product is an example of:\nA. influencer marketing\nB. direct mail\nC. cold calling\nD. price skimming",
    "Which data structure is best suited to a first-in, first-out matchmaking queue?\nA. Stack\nB. Queue\nC. Binary heap\nD. Hash set",
    "If a fair die is rolled twice, the probability that both rolls are sixes is:\nA. 1/6\nB. 1/12\nC. 1/36\nD. 1/3",
    "Which technique lets a server check a password without storing it in plain text?\nA. Symmetric encryption\nB. Salted hashing\nC. Base64 encoding\nD. Compression",
    "In contract law, a sponsorship agreement becomes binding chiefly when there is offer, acceptance and:\nA. consideration\nB. notarisation\nC. publication\nD. registration",
    "Motion sickness in virtual reality is mainly caused by a mismatch between visual input and the:\nA. auditory system\nB. vestibular system\nC. olfactory system\nD. endocrine system",
    "The 1983 North American video game crash is most often attributed to:\nA. a shortage of microchips\nB. market saturation with low-quality games\nC. a ban on arcades\nD. the end of cartridge manufacturing",
    "Which sorting algorithm has an average time complexity of O(n log n)?\nA. Bubble sort\nB. Insertion sort\nC. Merge sort\nD. Selection sort",
    "A company that sells a console below cost and profits from game sales is using a:\nA. razor-and-blades model\nB. cost-plus model\nC. penetration ceiling\nD. freemium bundle",
    "Which law states that the number of transistors on a chip roughly doubles every two years?\nA. Amdahl's law\nB. Moore's law\nC. Metcalfe's law\nD. Hick's law",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How many hours of gaming a day is considered healthy for a 12-year-old?",
    "What stretches help prevent wrist pain from long gaming sessions?",
    "Can staring at a monitor for hours permanently damage the eyes?",
    "Is it safe to drink three energy drinks during an all-night LAN party?",
    "What are the signs of gaming disorder, and when should someone seek help?",
    "Why do thumbs go numb after playing on a controller for a long time?",
    "How should a desk and chair be set up to avoid back pain while streaming?",
    "Does playing video games right before bed affect sleep quality?",
    "What causes headaches after using a VR headset, and how can they be reduced?",
    "Are blue-light glasses actually effective for reducing eye strain?",
    "How much water should a player drink during a six-hour tournament?",
    "Can flashing lights in games trigger seizures in people without epilepsy?",
    "What are healthy snacks to keep at the desk during long streams?",
    "Is tinnitus from loud headset volume reversible?",
    "How can carpal tunnel syndrome be recognised early?",
    "What breathing exercises help with performance anxiety before a match?",
    "Is sitting for ten hours a day really harmful, and what can offset it?",
    "How often should you take breaks from the screen to protect your eyes?",
    "Can caffeine pills improve reaction time, and what are the risks?",
    "What should be in a first-aid kit for a 50-person LAN event?",
    "Why do some people feel dizzy when standing up after a long gaming session?",
    "Is it normal to have dry eyes after gaming, and which eye drops are safe to use?",
    "How can a teenager balance competitive gaming with enough physical activity?",
    "What are the symptoms of deep vein thrombosis from sitting too long?",
    "Does the mouse hand develop more muscle strain than the other, and how can that be balanced?",
]

# Every national id in the set and its check: 41 in the records, one in the chat requests.
NATIONAL_IDS = {
    "110108198807142631": china_id_ok,  # Chinese resident identity card
    "44030619970226157X": china_id_ok,
    "510107200111093526": china_id_ok,
    "529.146.873-46": cpf_ok,  # Brazilian CPF
    "704.318.295-60": cpf_ok,  # (in a chat request)
    "3847 2916 5021": aadhaar_ok,  # Indian Aadhaar
    "T0284716C": nric_ok,  # Singapore NRIC
    "S8812073F": nric_ok,
    "950621-3181": luhn_len(10),  # Swedish personnummer
    "238176496": bsn_ok,  # Dutch BSN
    "880415-1273457": rrn_ok,  # Korean resident registration number
    "010923-4128371": rrn_ok,
    "731 048 259": tfn_ok,  # Australian tax file number
    "2418739571": medicare_ok,  # Australian Medicare card
    "193 472 867": luhn_len(9),  # Canadian SIN
    "27491630844": kimlik_ok,  # Turkish kimlik
    "943 276 1851": nhs_ok,  # NHS number
    "401 823 7693": nhs_ok,
    "92071538461": pesel_ok,  # Polish PESEL
    "03241182751": pesel_ok,
    "RSSMRC85T12F205X": codice_fiscale_ok,  # Italian codice fiscale
    "FRRGLI99A41L219Z": codice_fiscale_ok,
    "230598-318D": hetu_ok,  # Finnish henkilötunnus
    "9508125129083": luhn_len(13),  # South African id
    "381620495712": my_number_ok,  # Japanese My Number
    "53718264Q": dni_ok,  # Spanish DNI
    "Y4816273H": dni_ok,  # Spanish NIE
    "4817263W": pps_ok,  # Irish PPS number
    "1 89 05 75 112 347 25": nir_ok,  # French NIR
    "2 96 11 69 384 052 76": nir_ok,
    "12079145244": fodselsnummer_ok,  # Norwegian fødselsnummer
    "239184769": nif_ok,  # Portuguese NIF
    "5010312402917": cnp_ok,  # Romanian CNP
    "16.482.731-3": rut_ok,  # Chilean RUT
    "39504182732": isikukood_ok,  # Estonian isikukood
    "1203952899": kennitala_ok,  # Icelandic kennitala
    "905312/4718": rodne_cislo_ok,  # Czech rodné číslo
    "3182947569": rnokpp_ok,  # Ukrainian RNOKPP
    "47182903657": steuer_id_ok,  # German Steuer-ID
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "15089212342": luhn_len(11),  # Greek AMKA
    "318274651": luhn_len(9),  # Israeli teudat zehut
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
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+86 1\d{2} \d{4} \d{4}",  # China mobile
        r"\+65 [89]\d{3} \d{4}",  # Singapore
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"\+27 [6-8]\d \d{3} \d{4}",  # South Africa mobile
        r"\+34 [67]\d{2} \d{3} \d{3}",  # Spain mobile
        r"\+40 7\d{2} \d{3} \d{3}",  # Romania mobile
        r"\+354 [678]\d{2} \d{4}",  # Iceland mobile
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy mobile
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil mobile
        r"\+212 6\d{2} \d{3} \d{3}",  # Morocco mobile
        r"\+62 8\d{2}-\d{4}-\d{4}",  # Indonesia mobile
        r"\+7 9\d{2} \d{3}-\d{2}-\d{2}",  # Russia mobile
        r"\+233 [25]\d \d{3} \d{4}",  # Ghana mobile
        r"\+971 5\d \d{3} \d{4}",  # UAE mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"\+52 55 \d{4} \d{4}",  # Mexico City
        r"\+64 2\d \d{3} \d{4}",  # New Zealand mobile
    )
]


def _has(marked: str, kind: str) -> bool:
    return any(s["type"] == kind for s in marked_spans(marked))


def check_mix() -> None:
    """The chat requests name people, carry secrets and every entity type; each record names
    exactly one person beside its other values, and 35 to 45 records carry a national id."""
    named = sum(_has(t, "PERSON") for t in CHAT)
    secret = sum(_has(t, "PASSWORD") for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
    national = sum(
        any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in marked_spans(t))
        for t in RECORDS
    )
    if not 35 <= national <= 45:
        raise SystemExit(f"records: {national} with a national id, want 35 to 45")


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
        "blind139", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
