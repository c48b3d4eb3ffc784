# ruff: noqa: E501
"""A hundred-and-eighty-ninth blind privacy set: 220 texts with personal data and 100 clean
ones, on chess clubs, bridge clubs and pub quiz leagues.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 110 words) a club-management chatbot would get: rotas, team
  sheets, cost splits, fee reminders, door, gate, lockbox and alarm codes, wifi keys,
  passwords, 2FA codes and three API keys, refunds, bank details and address changes. The
  first 30 are typed all in lower case, the next 6 are in Spanish, French, German, Polish,
  Portuguese and Japanese, the last 84 in English. Most name private people, many with no
  cue word (lists, rotas, appositives, instructions "tell X that ..."), in many origins and
  scripts (Latin with diacritics, Yoruba, Cyrillic, Greek, Arabic, Persian, Hebrew,
  Devanagari, Bengali, Thai, Chinese, Japanese, Korean), some named with ordinary words
  (Hope, Rose, Bill, Grace, Summer, Joy, Dawn, Ruby, Penny, Pearl, Autumn, Amber ...);
* 100 one-person records (one sentence or a short form each, 2 to 5 values) in English and
  32 other languages: membership forms, entry forms, medical and consent forms, prize and
  tax forms, direct debits, logs; 40 hold a check-digit-valid national id of 33 kinds.

Usernames, logins, account, member, player, patient, policy, employee, student and library
numbers, passports, licences and national ids are ID_NUMBER; PINs, door, gate, lockbox,
key-safe and alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles (Mrs, Dr.)
stay outside PERSON spans; an address span runs from the street line through the postcode
and city as typed; public figures, fictional characters, companies, clubs, dates of birth,
invoice, booking and ticket numbers are not labelled; every occurrence of a private value
is marked. The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts
(naming only public figures and fictional characters), 25 GSM8K-style word problems with
story first names, 25 MMLU-style items with options A to D and 25 health questions naming
no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900xxx and 01632 960xxx, North America 555-01xx,
Australia 0491 570xxx); cards Luhn-valid and not well-known test numbers; IBANs valid mod
97 and not documentation examples; IPs from the documentation ranges; national ids with
valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind189.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, is_lower, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 12
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Coach|Captain|Herr|Frau|Mme|Mlle|Sr|Sra)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can you add [[PERSON|tomasz wierzbicki]] to the thursday blitz rota at the chess club, his mobile is [[PHONE_NUMBER|07700 900418]]",
    "the door code for the bridge hall changed to [[PASSWORD|4471#]], please text it to [[PERSON|hope adeyemi]] before friday's duplicate",
    "quiz league fees this season: [[PERSON|rhiannon pryce]] £12, [[PERSON|dev malhotra]] £12, [[PERSON|callum reid]] £6 because he only played half. can you send reminders",
    "please change the email on my membership to [[EMAIL_ADDRESS|sunita.rao.chess@example.org]], member no [[ID_NUMBER|cc-20417]]",
    "tell [[PERSON|grace o'donnell]] that the pub quiz final moved to the crown and anchor on the 14th",
    "my login for the league site is [[ID_NUMBER|quizmaster_kev77]] and the password is [[PASSWORD|pintglass!2024]] but it keeps saying locked out",
    "hi, i'm [[PERSON|ananya bhattacharya]], captain of the knight riders team. our board 3 player [[PERSON|farid haddad]] can't make saturday, can [[PERSON|józef nowicki]] sub in?",
    "bridge partnership for monday: [[PERSON|margaret eliot]] north, [[PERSON|bill tran]] south. east west still open",
    "wifi at the club room is [[PASSWORD|checkmate-in-3]], could you put that on the welcome sheet for new members",
    "who do i talk to about a refund? i paid twice for the county rapidplay. i'm [[PERSON|siobhán mccarthy]], email [[EMAIL_ADDRESS|siobhan.mcc@example.com]]",
    "please remove [[PERSON|rose hendricks]] from the whatsapp list for the tuesday quiz, she asked me to. her number was [[PHONE_NUMBER|07700 900563]]",
    "lockbox at the back door of the scout hut is [[PASSWORD|2719]], boards and clocks are in the blue crate. can you remind [[PERSON|olumide bakare]] to lock up after",
    "split the round: 4 pints at £5.20, [[PERSON|jamie kerr]] owes [[PERSON|priya nair]] £10.40 and [[PERSON|summer lewis]] owes her £5.20. just send them both a nudge",
    "what's the rating cutoff for the u1600 section? asking for my son [[PERSON|arjun mehta]]",
    "our quiz team name is the quizzly bears. captain [[PERSON|aoife brennan]], vice [[PERSON|declan moore]]. registration email [[EMAIL_ADDRESS|quizzlybears.team@example.net]]",
    "can [[PERSON|vasily petrov]] pay the annual sub by bank transfer instead? he says call him on [[PHONE_NUMBER|01632 960227]]",
    "the alarm code at the bridge centre is [[PASSWORD|8836]]. [[PERSON|eleanor whitfield]] has the only key so ring her first",
    "reminder for the juniors: coach [[PERSON|kwame asante]] will be late, [[PERSON|lucía fernández]] opens up at 6",
    "hello, we need a replacement quizmaster for the fox and hounds, [[PERSON|dawn richards]] is off sick. anyone free? reply to [[EMAIL_ADDRESS|dawn.quiz@example.co.uk]]",
    "2fa code [[PASSWORD|604218]] came to my phone but the club portal says expired, account [[ID_NUMBER|kp.yamamoto]]",
    "how many boards do we need for 18 tables of bridge? also [[PERSON|harriet cole]] wants to know if her husband [[PERSON|ian cole]] can partner [[PERSON|joy ekwueme]]",
    "please update my address to [[STREET_ADDRESS|14 larkspur close, norwich nr4 7tb]], i'm [[PERSON|penny ashworth]] and my membership renewal is due",
    "[[PERSON|chen jiahui]] and [[PERSON|björn lindqvist]] drew their game last night but the result sheet says [[PERSON|chen]] lost, can you fix",
    "what time does the league quiz start at the red lion? i'll bring [[PERSON|mohammed al-rashid]] and [[PERSON|ivy jenkins]] as subs",
    "the treasurer, [[PERSON|gwen llewellyn]], says the hall hire is £45 a night now. can you post that",
    "someone posted our pairing software key [[API_KEY|swp_5c1e9a07d2b84f63a9e0b17c4d8f2a6e]] in the group chat, how do we revoke it",
    "[[PERSON|nikos papadakis]] won the club championship! can you add him to the honours board and email [[EMAIL_ADDRESS|n.papadakis@example.gr]]",
    "gate code for the car park behind the king's arms is [[PASSWORD|1590*]], tell [[PERSON|ruby okonkwo]] before quiz night",
    "is there a discount for students? my daughter [[PERSON|mei lin]] is at uni and wants to join the bridge lessons, her student number is [[ID_NUMBER|u2274615]]",
    "can you send the quiz league fixtures to [[PERSON|frank doherty]] on [[PHONE_NUMBER|07700 900781]] and [[PERSON|carol nguyen]] on [[PHONE_NUMBER|07700 900802]]",
    # other languages: Spanish, French, German, Polish, Portuguese, Japanese
    "Hola, soy [[PERSON|Marisol Echeverría]], del club de ajedrez de Valladolid. ¿Podéis cambiar mi correo a [[EMAIL_ADDRESS|marisol.echeverria@example.es]] para las convocatorias del torneo?",
    "Bonjour, le code de la porte du club de bridge est [[PASSWORD|B4927]] depuis lundi. Merci de prévenir [[PERSON|Gaëlle Fournier]] et [[PERSON|Thibault Mercier]] avant le tournoi de mercredi.",
    "Die Mannschaftsaufstellung für Sonntag: Brett 1 [[PERSON|Jürgen Hoffmann]], Brett 2 [[PERSON|Anneliese Krüger]], Brett 3 [[PERSON|Özlem Yıldız]]. Bitte an den Spielleiter weiterleiten.",
    "Dzień dobry, chciałbym zgłosić drużynę do ligi quizowej w pubie. Kapitan: [[PERSON|Małgorzata Wójcik]], tel. [[PHONE_NUMBER|+44 7700 900134]].",
    "Olá! O [[PERSON|João Gonçalves]] ganhou o torneio de bridge de ontem. Podem transferir o prémio para o IBAN [[IBAN_CODE|PT95 0035 0086 0004 8271 9361 7]]?",
    "[[PERSON|佐藤 美咲]]さんのチェス教室の会員番号は [[ID_NUMBER|JCA-508813]] です。次回のレッスンを予約したいです。",
    # English
    "Please add Board 4 to Saturday's team sheet: [[PERSON|Adébáyọ̀ Ògúnlésì]]. He's replacing [[PERSON|Stanislav Novák]], who has flu.",
    "Tell [[PERSON|Hazel Firth]] that her bridge partner for the Swiss teams is [[PERSON|Rajesh Iyer]] and they're at table 7.",
    "Cost split for the quiz league minibus: £84 total. [[PERSON|Tom Ashby]] £21, [[PERSON|Niamh Gallagher]] £21, [[PERSON|Oluwaseun Adeleke]] £21, me £21. Can you draft a payment reminder?",
    "The key safe at Hartfield Chess Club is [[PASSWORD|0613]]. Can you put that in the volunteer handbook but not on the public page?",
    "Hi, I'm the fixtures secretary. Our new member [[PERSON|Анастасия Кузнецова]] wants her grading transferred from her old club. Her email is [[EMAIL_ADDRESS|a.kuznetsova@example.com]].",
    "Quiz night rota for March: 3rd [[PERSON|Bill Hargreaves]], 10th [[PERSON|Ayesha Siddiqui]], 17th [[PERSON|Kofi Mensah]], 24th [[PERSON|Bill Hargreaves]], 31st [[PERSON|Ingrid Solberg]].",
    "Could you send the scoring sheets to the captain, [[PERSON|Γιώργος Αντωνίου]], at [[EMAIL_ADDRESS|g.antoniou@example.gr]]?",
    "Our Wi-Fi password at the pub is [[PASSWORD|QuizNight#88]] for the answer app. Is it safe to put it in the team chat?",
    "Please refund [[PERSON|Leilani Kahale]] for the bridge weekend, she cancelled in time. Card used: [[CREDIT_CARD|4539 2076 1840 3524]].",
    "Can you update the club's contact for juniors to [[PERSON|Mohammad Rezaei]] ([[PERSON|محمد رضایی]]), phone [[PHONE_NUMBER|07700 900246]]?",
    "Our league admin token is [[API_KEY|ghp_R7mK2vQ9xLw4TzB8nY3cJ6hF1sD5aP0eU2gN]] - can the chatbot use it to post results automatically?",
    "Can you help? [[PERSON|Hope Mwangi]] and I want to enter the mixed pairs; my ACBL number is [[ID_NUMBER|R482016]].",
    "Who won the Kingsbridge pub quiz league last season? I think it was [[PERSON|Pearl Donovan]]'s team, she'd want it on the website.",
    "Please tell [[PERSON|יעל כהן]] that the simultaneous exhibition starts at 7pm, not 6.",
    "For the tournament entry list: [[PERSON|Rahul Deshpande]] ([[PERSON|राहुल देशपांडे]]), FIDE ID [[ID_NUMBER|35077415]], born 2009.",
    "Entry for the rapidplay: [[PERSON|সুমাইয়া রহমান]], under-14 section, parent contact [[PHONE_NUMBER|+44 7700 900357]].",
    "Can you tell [[PERSON|Somchai Wongsakul]] ([[PERSON|สมชาย วงศ์สกุล]]) that his rating fee hasn't come through?",
    "Hey, the laptop running the bridge scorer at the Lindenhurst club keeps rejecting the admin password. It's [[PASSWORD|Sl@mDunk7NT]], can you tell me why it won't accept it?",
    "[[PERSON|王志强]] wants to join the Wednesday league team. His email is [[EMAIL_ADDRESS|zhiqiang.wang@example.cn]].",
    "Please book the back room for [[PERSON|김민준]]'s chess club fundraiser, his number is [[PHONE_NUMBER|(212) 555-0147]].",
    "The October pairs is sold out. Can you put [[PERSON|Autumn Blake]] on the waiting list?",
    "Minutes, please: present were [[PERSON|Ruth Abernethy]] (chair), [[PERSON|Samir Boutros]] (treasurer) and [[PERSON|Ji-woo Park]] (secretary). Apologies from [[PERSON|Faith Ogunleye]].",
    "My partner [[PERSON|Marek Dvořák]] forgot the login for the online bridge club; his username is [[ID_NUMBER|marekd_bridge]]. Can you reset it?",
    "Post in the quiz league group: congratulations to [[PERSON|Ewa Zielińska]], [[PERSON|Chidi Okafor]] and [[PERSON|Sunny Bains]] for winning the Christmas special!",
    "I'm [[PERSON|Lars Øvergaard]]. Please charge the county team levy to my card [[CREDIT_CARD|5371 0492 6618 3505]], expiry 09/27.",
    "The alarm panel at St Barnabas hall, where the bridge club meets, needs code [[PASSWORD|7203]] then the tick key. [[PERSON|Dorothy Pembridge]] set it up.",
    "Can you write a short bio for our programme? [[PERSON|Alejandro Ruiz]] is our top board, 2150 rated, and teaches juniors on Saturdays.",
    "Transfer the quiz jackpot (£230) to [[PERSON|Moira Lennox]], IBAN [[IBAN_CODE|GB26 BARC 2031 8547 7309 16]].",
    "Hi there, the 2FA code for the county association dropbox is [[PASSWORD|381 907]], it expires in 5 minutes - please log in quickly and download the results.",
    "Add [[PERSON|Jack Thornbury]] and [[PERSON|Ngozi Eze]] to the Thursday social bridge list. Both are beginners.",
    "Text [[PERSON|Victor Almeida]] at [[PHONE_NUMBER|0491 570 156]] that the interclub match is at our venue this time.",
    "The school chess club contact is now [[PERSON|Amara Diallo]], [[EMAIL_ADDRESS|amara.diallo@example.org]]. Please update the newsletter.",
    "Please draft an email to [[PERSON|Fatima Zahra Benali]] ([[PERSON|فاطمة الزهراء بنعلي]]) inviting her to referee the Spring open.",
    "The quiz league results spreadsheet is shared from [[EMAIL_ADDRESS|results.kqleague@example.com]]; can you add [[PERSON|Robin Hale]] as an editor?",
    "Lockbox by the bar at The Drovers has the quiz laptop; code is [[PASSWORD|5562]]. Please let [[PERSON|Patience Owusu]] know.",
    "Our team lost on a tie-break to [[PERSON|Gregor MacLeod]]'s team. Is it true tie-breaks use the picture round score?",
    "Please change the club's secretary on the website from [[PERSON|Harold Fenwick]] to [[PERSON|Deepa Krishnan]].",
    "Can you work out board order? Ratings: [[PERSON|Tanvir Ahmed]] 1880, [[PERSON|Oskar Lindgren]] 1845, [[PERSON|Maya Goldberg]] 1790, [[PERSON|Sebastián Ortega]] 1765.",
    "Ship the replacement chess clocks to [[STREET_ADDRESS|27 Mill Lane, Hebden Bridge HX7 8AQ]], attention [[PERSON|Isla Carmichael]].",
    "We need a sub for the bridge match on Friday. [[PERSON|Ray Whitmore]] said he'd play if someone gives him a lift from [[STREET_ADDRESS|9 Alder Road, Didsbury, Manchester M20 2PL]].",
    "Our API key for the quiz buzzer app is [[API_KEY|qbz_sk_4TnW8pR2kX7vL1mQ9cF5hJ3dY6sB0aZ]]. It stopped working yesterday, can you check if it's been revoked?",
    "Could you remind [[PERSON|Carmen Villalobos]] that her membership lapsed in January and the renewal link is on the site?",
    "Please list [[PERSON|Dmitri Sokolov]] as arbiter for the congress and [[PERSON|Aurelia Constantin]] as deputy.",
    "[[PERSON|Nguyễn Thị Lan]] asked whether her son [[PERSON|Nguyễn Minh Khôi]] can play in the under-10s. Her number is [[PHONE_NUMBER|07700 900619]].",
    "I'm locked out of the league admin page. Username [[ID_NUMBER|leagueadmin.north]]. What should I do?",
    "Please confirm the booking for the bridge teaching room, contact [[PERSON|Sharon Whitlock]], [[PHONE_NUMBER|01632 960514]].",
    "Hello, I'd like to enter [[PERSON|Grace Kimani]] and myself, [[PERSON|Wanjiru Kamau]], in the ladies' pairs.",
    "Can you split the pizza order for the quiz team? [[PERSON|Mateo Rossi]] had two slices, [[PERSON|Hannah Weiss]] had four, [[PERSON|Kenji Watanabe]] had three. Total £27.",
    "Remind [[PERSON|Olga Ivanova]] that the club laptop's password is [[PASSWORD|Rook&Pawn2023]] and to change it after the AGM.",
    "Please post the new chess club safeguarding officer: [[PERSON|Bernadette Quinn]], [[EMAIL_ADDRESS|bernadette.quinn@example.co.uk]], [[PHONE_NUMBER|07700 900933]].",
    "Team sheet for the quiz league final: [[PERSON|Rose Abara]], [[PERSON|Tariq Hussain]], [[PERSON|Sinéad Kavanagh]], [[PERSON|Pål Haugen]]. Reserve: [[PERSON|Linh Pham]].",
    "The gate code for the allotment pavilion where we hold summer blitz is [[PASSWORD|C2841]]. Please send it to [[PERSON|Yusuf Demir]] only.",
    "Hi, my name is [[PERSON|Kateryna Melnyk]] ([[PERSON|Катерина Мельник]]). I'd like to join the bridge lessons for improvers.",
    "Please thank [[PERSON|Bongani Dlamini]] for donating the demo board, his address for the card is [[STREET_ADDRESS|41 Ferncliffe Avenue, Leeds LS12 3HT]].",
    "Can the chatbot send the blitz results to [[EMAIL_ADDRESS|chessresults.wyvern@example.org]]? The arbiter asked for PGN files.",
    "Cost split for the bridge congress weekend, please. The hotel is £180 for the twin that [[PERSON|Miles Hartley]] and [[PERSON|Annika Berg]] are sharing and £120 for my single. Entry fees are £35 each, the Saturday dinner was £28 a head, and [[PERSON|Miles Hartley]] paid the £42 petrol. Work out what each of us owes and who should pay whom, so it's settled with the fewest bank transfers.",
    "Please change the pub quiz booking name from [[PERSON|Sterling Banks]] to [[PERSON|Amber Nwosu]].",
    "[[PERSON|Μαρία Παπαδοπούλου]] is the new junior organiser; her mobile is [[PHONE_NUMBER|+44 7700 900472]].",
    "Could you look up member [[ID_NUMBER|BRG-004517]]? She says her direct debit failed twice.",
    "Tell the team that [[PERSON|Ahmet Kaya]] can't drive on Sunday, so [[PERSON|Hamish Sutherland]] is taking the clocks.",
    "What's the password reset process? My club app login is [[ID_NUMBER|pawnstorm_1987]] and the reset email never arrives.",
    "Draft a notice: the chess club AGM will be chaired by [[PERSON|Vikram Sethi]] this year, as [[PERSON|Brenda Matthews]] is stepping down.",
    "Hi, I'm [[PERSON|Xiong Mei]], I ran the quiz last week. Could you pay my expenses to my bank account, number [[ID_NUMBER|31884620]]?",
    "Send the bridge hand records to [[PERSON|Ellen Fairbairn]] and [[PERSON|Kazuo Morimoto]] ([[PERSON|森本 一男]]).",
    "The quiz league's server at [[IP_ADDRESS|203.0.113.58]] is refusing logins from [[PERSON|Connor Walsh]]'s laptop. Can you whitelist his IP [[IP_ADDRESS|198.51.100.23]]?",
    "Please forward the simultaneous display invitation to [[PERSON|Sakura Hayashi]] at [[EMAIL_ADDRESS|sakura.h@example.jp]].",
    "Our bridge club bank details changed. New payee is [[PERSON|Gillian Marsh]] (treasurer), IBAN [[IBAN_CODE|IE57BOFI90138426157304]].",
    "Please add these to the rating list: [[PERSON|Tevita Fifita]], [[PERSON|Aroha Ngata]], [[PERSON|Liam Te Whare]].",
    "Our pub quiz captain, [[PERSON|Joy Addison]], wants to know why we were docked a point in round 4.",
    "Ask [[PERSON|Eduardo Santos]] for the keys; the back door PIN is [[PASSWORD|9904]] if he's not in.",
    "Forward the county bridge trials info to [[PERSON|Tamar Levi]] ([[PERSON|תמר לוי]]) and [[PERSON|Anil Raghavan]].",
    "Hi, it's [[PERSON|Charlotte Dubois]]. I paid the season ticket with [[CREDIT_CARD|4927 1605 8834 7199]] but got charged twice. Can you reverse one?",
    "Please change the Tuesday quiz host from [[PERSON|Kevin Dunne]] to [[PERSON|Sunita Bhatt]] from next week.",
    "Can you check if [[PERSON|Zhou Yuting]] ([[PERSON|周雨婷]]) has paid the junior congress fee? Her mother's email is [[EMAIL_ADDRESS|zhou.family@example.com]].",
    "The password for the club's online bridge lessons is [[PASSWORD|HeartsTrumps!5]]; [[PERSON|Douglas Reid]] keeps losing it.",
    "Set up a direct debit for [[PERSON|Friederike Baumann]], IBAN [[IBAN_CODE|DE26 3705 0299 0184 7362 51]], for her annual chess subscription.",
    "Please pass on to [[PERSON|Arash Karimi]] that his rated game against [[PERSON|Luca Bianchi]] needs to be submitted again.",
    "Who is responsible for the quiz league's data? [[PERSON|Esther Adeyinka]] plays for our team and she has just noticed that her home address, [[STREET_ADDRESS|5 Cromwell Terrace, Bristol BS6 5EJ]], is visible on the public results page next to her scores. She never agreed to that and she is quite upset, because she lives alone and the page shows up in search engines. Can you tell me how to get it taken down today, who we should complain to if the league secretary does not answer, and whether the league has to report this to anyone?",
    "Our club website's hosting account is [[ID_NUMBER|hostacct-77120]], login email [[EMAIL_ADDRESS|webmaster@hartfieldchess.example]]. The bot says it can't find it.",
    "Tell [[PERSON|Bogdan Popescu]] the match starts at 10:30 and to bring his scoresheets.",
    "Kindly add [[PERSON|Sipho Ndlovu]] to the Monday bridge rota and remove [[PERSON|Beatrix Holm]], who's moving to Aarhus.",
    "Our team name is The Usual Suspects and we'd like to swap [[PERSON|Nadia Haddad]] for [[PERSON|Ciarán Ó Briain]] in the spring division.",
    "Please call Mrs [[PERSON|Edith Lowther]] on [[PHONE_NUMBER|(604) 555-0182]] about the lost bidding box.",
    "Send a thank-you to Dr. [[PERSON|Anjali Varma]] for hosting the chess problem-solving evening, and copy [[PERSON|Pieter de Vries]].",
]

# 100 one-person records; the first 40 hold a national id with check digits.
RECORDS = [
    "Junior chess camp medical form - Player: [[PERSON|Oliver Pennington]]; NHS number: [[ID_NUMBER|703 815 2645]]; emergency contact: [[PHONE_NUMBER|07700 900105]].",
    "Bridge club first-aid register: [[PERSON|Marjorie Ellwood]], NHS no. [[ID_NUMBER|921 407 3589]], next of kin [[PHONE_NUMBER|01632 960381]].",
    "शतरंज क्लब सदस्यता: [[PERSON|अमित वर्मा]], आधार [[ID_NUMBER|5831 7246 0930]], ईमेल [[EMAIL_ADDRESS|amit.verma@example.in]]",
    "Registration for the Pune open rapid: [[PERSON|Sneha Kulkarni]], Aadhaar [[ID_NUMBER|7390 4618 2554]], email [[EMAIL_ADDRESS|sneha.k@example.in]].",
    "Aanmelding bridgeclub De Troefkaart: [[PERSON|Femke van der Linden]], BSN [[ID_NUMBER|318462072]], IBAN [[IBAN_CODE|NL06 RABO 0318 4629 75]].",
    "Lidmaatschap schaakvereniging: [[PERSON|Joost Bakker]], burgerservicenummer [[ID_NUMBER|620931747]], [[STREET_ADDRESS|Lindengracht 112, 1015 KK Amsterdam]].",
    "Zgłoszenie do turnieju szachowego: [[PERSON|Krzysztof Lewandowski]], PESEL [[ID_NUMBER|92041713850]], e-mail [[EMAIL_ADDRESS|k.lewandowski@example.pl]].",
    "Członek klubu brydżowego: [[PERSON|Zbigniew Kowalczyk]], PESEL [[ID_NUMBER|75112308474]], konto [[IBAN_CODE|PL57 1090 1056 0000 0001 4736 2859 13]].",
    "Inscrição no campeonato de xadrez: [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|507.318.264-26]], e-mail [[EMAIL_ADDRESS|thiago.alb@example.com.br]].",
    "Sócia do clube de bridge: [[PERSON|Luciana Ferraz]], CPF [[ID_NUMBER|836.140.975-01]], cartão [[CREDIT_CARD|5224 8317 0956 4410]].",
    "Satranç kulübü üyelik formu: [[PERSON|Emre Çelik]], T.C. kimlik no [[ID_NUMBER|52471386084]], telefon [[PHONE_NUMBER|+44 7700 900311]].",
    "Ficha de socio del club de bridge: [[PERSON|Inmaculada Torres Vidal]], DNI [[ID_NUMBER|73815204Q]], [[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]].",
    "Inscripción liga de trivial: [[PERSON|Andrei Moldovan]], NIE [[ID_NUMBER|Y4906317V]], correo [[EMAIL_ADDRESS|andrei.moldovan@example.es]].",
    "Shakkikerhon jäsenrekisteri: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230879-6388]], IBAN [[IBAN_CODE|FI98 4005 5010 3847 26]].",
    "Iscrizione al circolo di bridge: [[PERSON|Maria Teresa Rossetti]], codice fiscale [[ID_NUMBER|RSSMRT83L52L219V]], IBAN [[IBAN_CODE|IT38 K030 6909 6061 0000 0417 283]].",
    "象棋俱乐部会员登记：[[PERSON|刘建国]]，身份证号 [[ID_NUMBER|510107198609142735]]，邮箱 [[EMAIL_ADDRESS|liujianguo@example.cn]]",
    "桥牌比赛报名表 姓名：[[PERSON|陈志明]] 身份证：[[ID_NUMBER|330106199205034812]] 手机：[[PHONE_NUMBER|+44 7700 900527]]",
    "Singapore chess rating form: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0274519J]], email [[EMAIL_ADDRESS|weiling.tan@example.sg]].",
    "체스 동호회 가입 신청서: [[PERSON|이서연]], 주민등록번호 [[ID_NUMBER|880612-2453917]], 이메일 [[EMAIL_ADDRESS|seoyeon.lee@example.kr]]",
    "Quiz league prize payment (tax form): [[PERSON|Brodie McAllister]], TFN [[ID_NUMBER|418 037 264]], phone [[PHONE_NUMBER|0491 570 213]].",
    "Bridge camp health form - [[PERSON|Kylie Nguyen]], Medicare card [[ID_NUMBER|2951 73841 1]], mobile [[PHONE_NUMBER|+61 491 570 384]].",
    "チェス大会賞金の支払調書: [[PERSON|高橋 健太]]、マイナンバー [[ID_NUMBER|6041 8273 9157]]",
    "Pub quiz league volunteer record: [[PERSON|Ciara Fitzpatrick]], PPS number [[ID_NUMBER|8305172A]], email [[EMAIL_ADDRESS|ciara.fitz@example.ie]].",
    "Fiche adhérent du club d'échecs : [[PERSON|Étienne Marchand]], n° de sécurité sociale [[ID_NUMBER|1 86 07 75 116 082 58]], e-mail [[EMAIL_ADDRESS|etienne.marchand@example.fr]].",
    "Inscription au club de bridge de Namur : [[PERSON|Laurent Dupont]], numéro de registre national [[ID_NUMBER|78.05.24-381.87]], IBAN [[IBAN_CODE|BE33 7350 4186 2219]].",
    "Medlemskap i sjakklubben: [[PERSON|Ingeborg Haugland]], fødselsnummer [[ID_NUMBER|120389 45627]], konto [[IBAN_CODE|NO97 8601 3847 261]].",
    "Ficha de sócio do clube de xadrez do Porto: [[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|247 158 364]], e-mail [[EMAIL_ADDRESS|rui.carvalho@example.pt]].",
    "Fișă de înscriere la clubul de bridge: [[PERSON|Ioana Stănescu]], CNP [[ID_NUMBER|2850311407292]], e-mail [[EMAIL_ADDRESS|ioana.stanescu@example.ro]].",
    "Inscripción torneo de ajedrez de Valparaíso: [[PERSON|Camila Fuentes Rojas]], RUT [[ID_NUMBER|16.482.305-9]], correo [[EMAIL_ADDRESS|camila.fuentes@example.cl]].",
    "Maleklubi liikmeankeet: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49103162735]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]].",
    "Skráning í skákfélagið: [[PERSON|Þórunn Guðmundsdóttir]], kennitala [[ID_NUMBER|150584-2059]], netfang [[EMAIL_ADDRESS|thorunn.g@example.is]].",
    "Přihláška do šachového oddílu: [[PERSON|Tereza Procházková]], rodné číslo [[ID_NUMBER|815306/2445]], e-mail [[EMAIL_ADDRESS|tereza.prochazkova@example.cz]].",
    "Анкета члена шахового клубу: [[PERSON|Олександр Бондаренко]], РНОКПП [[ID_NUMBER|3164708252]], телефон [[PHONE_NUMBER|+44 7700 900759]].",
    "Preisgeldauszahlung Jugendschachturnier: [[PERSON|Lena Schröder]], Steuer-ID [[ID_NUMBER|47 281 593 065]], E-Mail [[EMAIL_ADDRESS|lena.schroeder@example.de]].",
    "Chess camp medical consent (Wellington): [[PERSON|Mereana Tapsell]], NHI [[ID_NUMBER|KRT4186]], caregiver email [[EMAIL_ADDRESS|tapsell.whanau@example.co.nz]].",
    "Medlemsansökan till bridgeklubben: [[PERSON|Sofia Lundberg]], personnummer [[ID_NUMBER|790826-3184]], IBAN [[IBAN_CODE|SE59 5000 0000 0549 1736 2841]].",
    "Quiz league prize tax slip: [[PERSON|Jean-Philippe Tremblay]], SIN [[ID_NUMBER|648 217 305]], phone [[PHONE_NUMBER|(514) 555-0163]].",
    "טופס הרשמה למועדון השחמט: [[PERSON|אורי בן-דוד]], ת״ז [[ID_NUMBER|305749210]], דוא״ל [[EMAIL_ADDRESS|uri.bendavid@example.co.il]]",
    "Αίτηση μέλους σκακιστικού ομίλου: [[PERSON|Δημήτρης Καραγιάννης]], ΑΜΚΑ [[ID_NUMBER|15038204614]], email [[EMAIL_ADDRESS|d.karagiannis@example.gr]].",
    "Bridge congress entry (Durban): [[PERSON|Sibusiso Mokoena]], ID number [[ID_NUMBER|9104035261081]], email [[EMAIL_ADDRESS|sibusiso.m@example.co.za]].",
    # no national id
    "W-9 for a quiz league prize over $600: [[PERSON|Darnell Jefferson]], SSN [[US_SSN|512-48-7036]], address [[STREET_ADDRESS|1840 Maple Ridge Drive, Columbus, OH 43215]].",
    "Chess camp counselor background check: [[PERSON|Kaitlyn Moreno]], SSN [[US_SSN|287-61-4093]], phone [[PHONE_NUMBER|(312) 555-0128]].",
    "Member record, Hartfield Chess Club: [[PERSON|Gordon Blackwood]], member no. [[ID_NUMBER|HCC-1187]], [[EMAIL_ADDRESS|gordon.blackwood@example.com]], [[PHONE_NUMBER|07700 900150]].",
    "Bridge club visitor log: [[PERSON|Patricia Okoye]], EBU number [[ID_NUMBER|EBU 228741]], phone [[PHONE_NUMBER|01632 960738]].",
    "Quiz league registration: team captain [[PERSON|Liam O'Sullivan]], [[EMAIL_ADDRESS|liam.osullivan@example.net]], [[PHONE_NUMBER|07700 900267]].",
    "Invoice recipient for the chess congress bookstall: [[PERSON|Henrietta Gaskell]], [[STREET_ADDRESS|3 Orchard Row, Ludlow SY8 1DD]]; invoice INV-20931.",
    "Direct debit mandate for annual bridge subs: [[PERSON|Stuart Grieve]], IBAN [[IBAN_CODE|GB94MIDL40271538496027]], member [[ID_NUMBER|NBC-3391]].",
    "Quiz league first-aid incident note: [[PERSON|Alan Prestwick]], hospital patient number [[ID_NUMBER|RXH 4471920]], wife's phone [[PHONE_NUMBER|07700 900395]].",
    "Card on file for the pub quiz league: [[PERSON|Jasmine Cartwright]], [[CREDIT_CARD|2304 1765 8920 3162]], exp 04/28.",
    "Online bridge account: username [[ID_NUMBER|fourclubs_fiona]], registered to [[PERSON|Fiona Rennie]], recovery email [[EMAIL_ADDRESS|fiona.rennie@example.org]].",
    "Mitgliedsantrag Schachverein Springer 1921: [[PERSON|Klaus-Dieter Wagner]], [[STREET_ADDRESS|Bahnhofstraße 17, 35037 Marburg]], IBAN [[IBAN_CODE|DE85 7601 0085 0419 2837 46]].",
    "Adhésion au club de bridge de Lyon : [[PERSON|Sylvie Garnier]], [[STREET_ADDRESS|12 rue Victor Hugo, 69002 Lyon]], IBAN [[IBAN_CODE|FR82 3000 4028 3700 0194 7385 166]].",
    "Socia del club de ajedrez de Sevilla: [[PERSON|Rocío Delgado]], correo [[EMAIL_ADDRESS|rocio.delgado@example.es]], IBAN [[IBAN_CODE|ES74 0049 1836 2502 1048 7395]].",
    "Tessera del circolo scacchistico: [[PERSON|Giuseppe Marino]], tessera n. [[ID_NUMBER|FSI-77310]], e-mail [[EMAIL_ADDRESS|giuseppe.marino@example.it]].",
    "Dane zawodnika ligi quizowej: [[PERSON|Agnieszka Nowak]], e-mail [[EMAIL_ADDRESS|agnieszka.nowak@example.pl]], telefon [[PHONE_NUMBER|+44 7700 900547]].",
    "Анкета участника шахматного турнира: [[PERSON|Сергей Морозов]], e-mail [[EMAIL_ADDRESS|s.morozov@example.ru]], номер участника [[ID_NUMBER|RCF-240815]].",
    "Στοιχεία μέλους λέσχης μπριτζ: [[PERSON|Ελένη Γεωργίου]], IBAN [[IBAN_CODE|GR65 0110 1250 0000 0018 4726 3905 1]], τηλ. [[PHONE_NUMBER|+44 7700 900613]].",
    "استمارة عضوية نادي الشطرنج: [[PERSON|يوسف الخطيب]]، البريد الإلكتروني [[EMAIL_ADDRESS|youssef.khatib@example.com]]، رقم العضوية [[ID_NUMBER|CHS-50291]]",
    "רישום לליגת החידונים: [[PERSON|נועה שפירא]], טלפון [[PHONE_NUMBER|+44 7700 900691]], מספר חבר [[ID_NUMBER|QL-88214]]",
    "ब्रिज क्लब सदस्य: [[PERSON|प्रिया शर्मा]], ईमेल [[EMAIL_ADDRESS|priya.sharma@example.in]], सदस्य संख्या [[ID_NUMBER|BC-61027]]",
    "দাবা ক্লাবের সদস্য ফর্ম: [[PERSON|রাকিব হাসান]], ফোন [[PHONE_NUMBER|+44 7700 900728]], ইমেইল [[EMAIL_ADDRESS|rakib.hasan@example.com]]",
    "ใบสมัครชมรมหมากรุก: [[PERSON|ณัฐวุฒิ ศรีสุข]] อีเมล [[EMAIL_ADDRESS|nattawut.s@example.co.th]] โทร [[PHONE_NUMBER|+61 491 570 427]]",
    "ブリッジ教室 受講申込: [[PERSON|中村 由美]]、メール [[EMAIL_ADDRESS|yumi.nakamura@example.jp]]、電話 [[PHONE_NUMBER|+44 7700 900775]]",
    "퀴즈 리그 팀 등록: 주장 [[PERSON|박지훈]], 이메일 [[EMAIL_ADDRESS|jihoon.park@example.kr]], 회원번호 [[ID_NUMBER|KQL-30417]]",
    "桥牌俱乐部会员卡：[[PERSON|黄丽娟]] 会员号 [[ID_NUMBER|BJQ-70264]] 电话 [[PHONE_NUMBER|+44 7700 900838]]",
    "Đăng ký câu lạc bộ cờ vua: [[PERSON|Trần Văn Hùng]], email [[EMAIL_ADDRESS|tran.vanhung@example.vn]], số thành viên [[ID_NUMBER|CV-41902]].",
    "Briç kulübü üye kaydı: [[PERSON|Zeynep Aydın]], e-posta [[EMAIL_ADDRESS|zeynep.aydin@example.com.tr]], kart [[CREDIT_CARD|4716 3029 5817 4069]].",
    "Usajili wa klabu ya chess: [[PERSON|Baraka Otieno]], barua pepe [[EMAIL_ADDRESS|baraka.otieno@example.co.ke]], namba ya uanachama [[ID_NUMBER|NCC-2209]].",
    "Ìforúkọsílẹ̀ ẹgbẹ́ chess: [[PERSON|Olúwatóyìn Àjàyí]], imeeli [[EMAIL_ADDRESS|toyin.ajayi@example.ng]], nọ́mbà fóònù [[PHONE_NUMBER|+44 7700 900856]].",
    "Clárú leis an gclub ficheall: [[PERSON|Saoirse Ní Bhriain]], ríomhphost [[EMAIL_ADDRESS|saoirse.nibhriain@example.ie]], uimhir bhallraíochta [[ID_NUMBER|ICU-15538]].",
    "Medlemsoplysninger, bridgeklub: [[PERSON|Mette Kjærgaard]], [[STREET_ADDRESS|Vestergade 24, 8000 Aarhus C]], konto [[IBAN_CODE|DK85 3000 0048 1726 35]].",
    "Anmeldung Wiener Schachklub: [[PERSON|Magdalena Huber]], [[STREET_ADDRESS|Gumpendorfer Straße 38/5, 1060 Wien]], IBAN [[IBAN_CODE|AT68 1420 0201 8374 6591]].",
    "Inscription au club d'échecs de Lausanne : [[PERSON|Noémie Favre]], IBAN [[IBAN_CODE|CH90 0483 5051 8746 2103]], e-mail [[EMAIL_ADDRESS|noemie.favre@example.ch]].",
    "Sakkklub tagfelvételi lap: [[PERSON|Szabó Péter]], e-mail [[EMAIL_ADDRESS|szabo.peter@example.hu]], tagszám [[ID_NUMBER|MSSZ-6627]].",
    "Member's emergency contact sheet: [[PERSON|Winifred Ashdown]], daughter's mobile [[PHONE_NUMBER|07700 900906]], home [[STREET_ADDRESS|18 Church View, Sedbergh LA10 5BQ]].",
    "Prize cheque replacement: payee [[PERSON|Colin Mbeki]], bank account [[ID_NUMBER|60271849]], email [[EMAIL_ADDRESS|colin.mbeki@example.com]].",
    "County quiz league player card: [[PERSON|Rachel Goodwin]], player no. [[ID_NUMBER|CQL-0492]], date of birth 14/02/1991, phone [[PHONE_NUMBER|01632 960902]].",
    "Booking ref BR-55123 for the bridge holiday: lead guest [[PERSON|Malcolm Trevelyan]], passport [[ID_NUMBER|548172903]], card [[CREDIT_CARD|5458 1207 3396 1249]].",
    "Chess tutor DBS file: [[PERSON|Imogen Cartwright]], DBS certificate [[ID_NUMBER|001734529861]], address [[STREET_ADDRESS|62 Wellington Street, Bedford MK40 2JX]].",
    "Tournament director certification: [[PERSON|Marcus Delacroix]], US Chess ID [[ID_NUMBER|30485172]], email [[EMAIL_ADDRESS|m.delacroix@example.com]], phone [[PHONE_NUMBER|(415) 555-0139]].",
    "Pub trivia league payout: [[PERSON|Jarrah Whitfield]], BSB and account [[ID_NUMBER|062-914 10483726]], mobile [[PHONE_NUMBER|0491 570 548]].",
    "Bridge club membership renewal: [[PERSON|Geneviève Roy]], [[STREET_ADDRESS|4410 rue Saint-Denis, Montréal, QC H2J 2L1]], phone [[PHONE_NUMBER|(438) 555-0171]].",
    "Library chess club sign-in: [[PERSON|Tobias Fairweather]], library card [[ID_NUMBER|LIB 2207 4418]], email [[EMAIL_ADDRESS|tobias.fw@example.org]].",
    "Quiz league expenses claim: [[PERSON|Nia Roberts]], IBAN [[IBAN_CODE|GB27 LOYD 3094 1672 0588 13]], for printing answer sheets, £18.",
    "Patient note, county hospital: chess club member [[PERSON|Rupert Ellingham]], hospital number [[ID_NUMBER|K4420817]], collapsed during a club match; next of kin [[PHONE_NUMBER|07700 900944]].",
    "Student record: [[PERSON|Priyanka Chaudhary]], student ID [[ID_NUMBER|S21048837]], university chess society treasurer, email [[EMAIL_ADDRESS|p.chaudhary@example.ac.uk]].",
    "Employee volunteering form: [[PERSON|Derek Holloway]], employee number [[ID_NUMBER|E-440187]], running the office pub quiz, email [[EMAIL_ADDRESS|derek.holloway@example.co.uk]].",
    "Insurance for the club's chess sets: policy holder [[PERSON|Margot Fielding]], policy number [[ID_NUMBER|PH-7729140]], phone [[PHONE_NUMBER|01632 960149]].",
    "Driving licence check for the minibus driver to the quiz final: [[PERSON|Keith Armitage]], licence [[ID_NUMBER|ARMIT702154KJ9XT]].",
    "Chess club member: [[PERSON|Florence Adjei]], [[STREET_ADDRESS|Flat 4, 22 Harcourt Road, London E15 3DX]], card for subs [[CREDIT_CARD|6011 7490 3825 5614]].",
    "Bridge lesson sign-up: [[PERSON|Shirley Kendrick]], phone [[PHONE_NUMBER|(905) 555-0114]], email [[EMAIL_ADDRESS|shirley.kendrick@example.ca]].",
    "Quiz team payment: [[PERSON|Owen Price]], Amex [[CREDIT_CARD|3746 182905 37429]], billing address [[STREET_ADDRESS|7 Heol y Nant, Cardiff CF14 6RL]].",
    "Online chess account [[ID_NUMBER|gambit_grace92]] belongs to [[PERSON|Grace Holt]], recovery phone [[PHONE_NUMBER|07700 900975]].",
    "Seniors' bridge outreach: [[PERSON|Albert Onyango]], [[STREET_ADDRESS|Room 12, Elmwood Care Home, 30 Priory Road, Exeter EX4 7AP]], carer phone [[PHONE_NUMBER|01632 960623]].",
    "JCB card used for quiz league merchandise: [[PERSON|Haruto Sato]], [[CREDIT_CARD|3569 0471 8263 5407]].",
    "Chess club gift aid declaration: [[PERSON|Beryl Thistlewood]], [[STREET_ADDRESS|2 Rowan Cottages, Kirkby Lonsdale LA6 2AZ]], member [[ID_NUMBER|KLC-0318]].",
    "Junior chess membership: [[PERSON|Leo Kowalski]], parent email [[EMAIL_ADDRESS|kowalski.family@example.co.uk]], parent phone [[PHONE_NUMBER|07700 900988]].",
    "Quiz league IT log: admin login by [[PERSON|Gavin Rusk]] from [[IP_ADDRESS|192.0.2.146]], account [[ID_NUMBER|gavin.rusk.admin]].",
    "Bridge club online scorer access: [[PERSON|Imelda Scanlon]], IP [[IP_ADDRESS|2001:db8:4a1::17]], username [[ID_NUMBER|iscanlon]].",
    "Clube de xadrez do Recife, cadastro: [[PERSON|Ana Beatriz Lacerda]], e-mail [[EMAIL_ADDRESS|anabeatriz.lacerda@example.com.br]], matrícula [[ID_NUMBER|CXR-90314]].",
]

# 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters only).
CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging retirees to take up duplicate bridge, covering the social and cognitive benefits.",
    "Compose a short poem in the style of a sea shanty about a pub quiz team that always comes second.",
    "Explain the difference between the Sicilian Defence and the French Defence to a beginner, using no more than 200 words.",
    "Imagine you are Sherlock Holmes attending a village chess tournament. Describe, in his voice, how you deduce which player is cheating.",
    "Compare Garry Kasparov's and Magnus Carlsen's playing styles and explain which of them you think would win a hypothetical match and why.",
    "Draft a friendly set of house rules for a pub quiz, including a policy on mobile phones.",
    "What are the main arguments for and against allowing engine analysis during correspondence chess?",
    "Write a Python function that takes a list of pub quiz scores per round and returns the team with the highest total, breaking ties by the last round.",
    "Summarise the plot of the novel The Queen's Gambit by Walter Tevis in three sentences, focusing on Beth Harmon's development.",
    "Role-play as a bridge teacher explaining the Stayman convention to a nervous first-time student.",
    "Suggest ten original picture-round themes for a quiz night about the 1990s.",
    "Extract all the chess openings mentioned in the following paragraph and list them alphabetically: 'Tonight we covered the Ruy Lopez, then the Caro-Kann, and finished with a quick look at the King's Indian and the London System.'",
    "How did Judit Polgár change perceptions of women in top-level chess? Give three concrete examples.",
    "Write a SQL query that lists every team in a quiz league table that has won more than five matches this season, ordered by points.",
    "Why do some bridge players prefer a strong no-trump opening while others prefer a weak one? Explain the trade-offs.",
    "Create a lesson plan for a one-hour after-school chess club session for eight-year-olds.",
    "Write a limerick about Bobby Fischer's 1972 match in Reykjavik.",
    "If you were designing a new scoring system for a pub quiz league that rewards consistency, what rules would you propose?",
    "Explain the Swiss-system tournament format and why it is used instead of a round robin for large events.",
    "Describe how Omar Sharif's fame helped popularise contract bridge in the 1960s and 1970s.",
    "Rewrite this sentence to sound more formal: 'The quiz was a total mess because the host kept losing the answer sheet.'",
    "Give me five tips for remembering trivia facts more effectively, backed by findings from memory research.",
    "What would happen to chess strategy if castling were banned? Reason through the likely consequences step by step.",
    "Write a short dialogue between Hercule Poirot and Miss Marple arguing over the answer to a pub quiz question.",
    "Propose a marketing plan for a new bridge club in a small town with an ageing population and a budget of 500 pounds.",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A chess club has 48 members. One quarter of them play in the league team and half of the remaining members play only online. How many members play neither in the league team nor online?",
    "Maria's quiz team scored 7, 9, 6, 8 and 10 points in five rounds. The winning team scored 46 points. How many more points did the winning team score than Maria's team?",
    "A bridge club charges $4 per session for members and $7 for visitors. On Monday, 32 members and 8 visitors attended. How much money did the club collect?",
    "Tom buys 6 chess sets at $18 each and 6 clocks at $35 each. He gets a 10% discount on the total. How much does he pay?",
    "A pub quiz has 8 rounds of 10 questions. Priya's team answered 85% of the questions correctly. How many questions did they get wrong?",
    "Jamal plays 3 blitz games every weekday and 8 games on each weekend day. How many games does he play in 4 weeks?",
    "A quiz league has 12 teams. Each team plays every other team twice during the season. How many matches are played in total?",
    "Elena bought a box of 120 bridge pencils. She gave 15 to each of 6 tables and kept the rest. How many pencils did she keep?",
    "A chess tournament has a prize fund of $1,200. First place gets half, second gets a quarter, and the rest is split equally between three junior prizes. How much is each junior prize?",
    "Sam's rating went up by 24 points in March, down by 11 in April, and up by 37 in May. If his rating was 1,450 at the start of March, what was it at the end of May?",
    "A bridge session uses 26 boards, and each round of 2 boards takes 15 minutes. How long does the session last in hours and minutes?",
    "Olivia's pub quiz team pays a $5 entry per person. There are 6 people in the team, and they win a $50 bar tab. What is the team's net gain?",
    "A chess club orders pizzas for 27 players. Each player eats 3 slices, and each pizza has 8 slices. How many pizzas must they order?",
    "Carlos solved 14 chess puzzles on Monday, twice as many on Tuesday, and 5 fewer than Tuesday on Wednesday. How many puzzles did he solve in total?",
    "A quiz host prints 9 answer sheets per team for 14 teams. Paper comes in packs of 50 sheets. How many packs does she need?",
    "A bridge club has 60 members, 40% of whom are men. If 6 new women join, what percentage of the members are now men?",
    "Aisha's team finished a 20-week quiz season with 13 wins, 4 draws and the rest losses. Wins earn 3 points and draws 1. How many points did they earn?",
    "A chess clock is set to 90 minutes plus 30 seconds per move. If a player makes 40 moves and uses all the base time, how long did the player spend thinking in total?",
    "Ben drives 18 miles to the quiz each week and 18 miles home. His car goes 36 miles on a gallon and fuel costs $4 a gallon. How much does he spend on fuel over 10 weeks?",
    "In a simultaneous exhibition, a grandmaster plays 30 boards. She wins 80% of the games and draws half of the rest. How many games does she lose?",
    "Hannah sells raffle tickets at the bridge congress for $2 each or 3 for $5. She sells 17 single tickets and 22 bundles. How much money does she raise?",
    "A pub quiz jackpot starts at $40 and grows by $15 each week nobody wins it. After how many weeks without a winner will the jackpot first exceed $200?",
    "Kenji sets up 16 chess boards, each needing 32 pieces. He has 500 pieces. How many more pieces does he need?",
    "A league charges each team $120 a season. A team of 5 splits the fee equally, but one member also pays an extra $10 for a guest. How much does that member pay in total?",
    "Lucy practises endgames for 25 minutes a day. How many hours does she practise in a 30-day month?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "In chess, which piece can never move to a square of a different colour from the one it started on?\nA. Knight\nB. Bishop\nC. Rook\nD. Queen",
    "In contract bridge, how many cards are dealt to each player?\nA. 10\nB. 12\nC. 13\nD. 14",
    "Which of the following is the capital of Australia?\nA. Sydney\nB. Melbourne\nC. Canberra\nD. Perth",
    "What is the chemical symbol for tungsten?\nA. Tu\nB. W\nC. Tn\nD. Wo",
    "Which term describes a situation in which one player's gain is exactly balanced by another player's loss, as in chess?\nA. Positive-sum game\nB. Zero-sum game\nC. Public good\nD. Pareto improvement",
    "The Elo rating system was originally developed for which game?\nA. Go\nB. Chess\nC. Bridge\nD. Backgammon",
    "Which planet has the shortest orbital period around the Sun?\nA. Venus\nB. Mercury\nC. Mars\nD. Earth",
    "In statistics, the median of the data set {3, 7, 9, 12, 20} is:\nA. 9\nB. 10.2\nC. 12\nD. 7",
    "Which treaty formally ended the First World War between the Allies and Germany?\nA. Treaty of Utrecht\nB. Treaty of Versailles\nC. Treaty of Ghent\nD. Treaty of Paris (1856)",
    "In duplicate bridge scoring, a contract of four spades made exactly, not vulnerable, scores:\nA. 420\nB. 450\nC. 620\nD. 400",
    "Which of the following is a prime number?\nA. 51\nB. 57\nC. 59\nD. 63",
    "Which philosopher wrote 'Leviathan'?\nA. John Locke\nB. Thomas Hobbes\nC. Jean-Jacques Rousseau\nD. David Hume",
    "What is the maximum number of queens that can be placed on a standard chessboard so that no two attack each other?\nA. 6\nB. 7\nC. 8\nD. 9",
    "Which organelle is the main site of ATP production in eukaryotic cells?\nA. Ribosome\nB. Golgi apparatus\nC. Mitochondrion\nD. Lysosome",
    "A quiz team answers 30 questions, earning 2 points for each correct answer and losing 1 for each wrong one. If they score 36, how many did they get right?\nA. 18\nB. 20\nC. 22\nD. 24",
    "Which data structure uses first-in, first-out ordering?\nA. Stack\nB. Queue\nC. Binary tree\nD. Hash table",
    "The 'en passant' rule in chess applies to which piece?\nA. Pawn\nB. Knight\nC. King\nD. Rook",
    "Which of the following is the largest ocean by area?\nA. Atlantic\nB. Indian\nC. Arctic\nD. Pacific",
    "In macroeconomics, an increase in the money supply, all else equal, tends in the short run to:\nA. Raise interest rates\nB. Lower interest rates\nC. Have no effect on prices\nD. Reduce aggregate demand",
    "Which composer wrote 'The Four Seasons'?\nA. Johann Sebastian Bach\nB. Antonio Vivaldi\nC. George Frideric Handel\nD. Claudio Monteverdi",
    "How many squares are there on a standard chessboard?\nA. 32\nB. 48\nC. 64\nD. 81",
    "Which gas makes up the largest share of Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Argon\nD. Nitrogen",
    "In contract bridge, which suit ranks highest in the bidding?\nA. Hearts\nB. Spades\nC. Diamonds\nD. Clubs",
    "Which logical fallacy attacks the person making an argument rather than the argument itself?\nA. Straw man\nB. Ad hominem\nC. Begging the question\nD. False dilemma",
    "The derivative of sin(x) with respect to x is:\nA. cos(x)\nB. -cos(x)\nC. -sin(x)\nD. tan(x)",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it normal to get headaches after sitting at a chess tournament for six hours, and how can I prevent them?",
    "What are the early signs of type 2 diabetes that adults over 50 should watch for?",
    "Can playing bridge or chess really lower the risk of dementia, or is that a myth?",
    "How much water should I drink during a long day of competition in a hot venue?",
    "What's the difference between a cold and the flu, and when should I see a doctor?",
    "I get heart palpitations after two pints of beer at quiz night. Should I be worried?",
    "How long should I wait to exercise after a vaccine booster?",
    "Which painkillers are safe to take if I have high blood pressure?",
    "Is it bad for circulation to sit cross-legged for hours while playing online chess?",
    "How can I tell if eye strain from screens is serious enough to see an optician?",
    "What foods help keep blood sugar steady during an all-day tournament?",
    "Can stress from competitive games trigger migraines?",
    "How much caffeine per day is considered safe for an adult?",
    "What should a first-aid kit for a community hall contain?",
    "What are the warning signs of a stroke, and what should bystanders do?",
    "Is it safe to drink alcohol while taking antibiotics?",
    "How can older adults reduce their risk of falls on stairs?",
    "What causes ringing in the ears after a loud evening in a pub?",
    "Are there exercises that help with lower back pain from long periods of sitting?",
    "How much sleep do teenagers need before an exam or a competition?",
    "What is the right way to use an automated external defibrillator?",
    "Can anxiety cause chest tightness, and how is it told apart from a heart problem?",
    "What vaccinations are recommended for adults over 65?",
    "How do I know if a persistent cough needs a chest X-ray?",
    "What are good strategies for managing mild hearing loss in noisy rooms?",
]

# Every national id in the records, typed as in the text, and its check.
NATIONAL_IDS = {
    "703 815 2645": nhs_ok,  # NHS number
    "921 407 3589": nhs_ok,
    "5831 7246 0930": aadhaar_ok,  # Indian Aadhaar
    "7390 4618 2554": aadhaar_ok,
    "318462072": bsn_ok,  # Dutch BSN
    "620931747": bsn_ok,
    "92041713850": pesel_ok,  # Polish PESEL
    "75112308474": pesel_ok,
    "507.318.264-26": cpf_ok,  # Brazilian CPF
    "836.140.975-01": cpf_ok,
    "52471386084": kimlik_ok,  # Turkish kimlik
    "73815204Q": dni_ok,  # Spanish DNI
    "Y4906317V": dni_ok,  # Spanish NIE
    "230879-6388": hetu_ok,  # Finnish henkilötunnus
    "RSSMRT83L52L219V": codice_fiscale_ok,  # Italian codice fiscale
    "510107198609142735": china_id_ok,  # Chinese resident identity number
    "330106199205034812": china_id_ok,
    "T0274519J": nric_ok,  # Singapore NRIC
    "880612-2453917": rrn_ok,  # Korean resident registration number
    "418 037 264": tfn_ok,  # Australian tax file number
    "2951 73841 1": medicare_ok,  # Australian Medicare card
    "6041 8273 9157": my_number_ok,  # Japanese My Number
    "8305172A": pps_ok,  # Irish PPS number
    "1 86 07 75 116 082 58": nir_ok,  # French NIR
    "78.05.24-381.87": belgian_id_ok,  # Belgian national number
    "120389 45627": fodselsnummer_ok,  # Norwegian fødselsnummer
    "247 158 364": nif_ok,  # Portuguese NIF
    "2850311407292": cnp_ok,  # Romanian CNP
    "16.482.305-9": rut_ok,  # Chilean RUT
    "49103162735": isikukood_ok,  # Estonian isikukood
    "150584-2059": kennitala_ok,  # Icelandic kennitala
    "815306/2445": rodne_cislo_ok,  # Czech rodné číslo
    "3164708252": rnokpp_ok,  # Ukrainian RNOKPP
    "47 281 593 065": steuer_id_ok,  # German tax id
    "KRT4186": nhi_ok,  # New Zealand NHI
    "790826-3184": luhn_len(10),  # Swedish personnummer
    "648 217 305": luhn_len(9),  # Canadian SIN
    "305749210": luhn_len(9),  # Israeli teudat zehut
    "15038204614": luhn_len(11),  # Greek AMKA
    "9104035261081": luhn_len(13),  # South African id
}

# Every phone must be in a range kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def check_mix() -> None:
    """The chat requests name people and hold secrets in the brief's numbers; 38 to 42
    records hold a national id, one each; every card and IBAN is valid and invented."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(s["type"] == "API_KEY" for t in CHAT for s in marked_spans(t))
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} API keys")
    if sum(is_lower(t) for t in CHAT) != LOWER_CHAT:
        raise SystemExit("chat: the lower-case texts are not exactly the first 30")
    with_id = [
        t for t in RECORDS
        if any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
    ]  # fmt: skip
    if not 38 <= len(with_id) <= 42 or len(with_id) != len(NATIONAL_IDS):
        raise SystemExit(f"records: {len(with_id)} with a national id, {len(NATIONAL_IDS)} ids")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"invalid national id {value!r}")
    for t in CHAT + RECORDS:
        for s in marked_spans(t):
            compact = s["value"].replace(" ", "")
            if s["type"] == "CREDIT_CARD" and (not luhn_ok(compact) or compact in WELL_KNOWN_CARDS):
                raise SystemExit(f"bad or well-known card {s['value']!r}")
            if s["type"] == "IBAN_CODE" and (
                not iban_ok(compact) or compact in DOCUMENTATION_IBANS
            ):
                raise SystemExit(f"bad or documentation IBAN {s['value']!r}")


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
        "blind189", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
