# ruff: noqa: E501
"""A hundred-and-sixty-eighth blind privacy set: 220 texts with personal data and 100 clean
ones, on allotments, community gardens, garden shares and local volunteer groups.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the docstring, constants, national ids,
phone layouts, check functions and ``main`` of ``build_blind36.py`` (never its texts) and
the opening and ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests
or the other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks
(no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 92 words) that plot holders, committee members, site reps,
  volunteers and produce-share members would type to a general assistant behind a company
  gateway: drafting messages, e-mails, notices and letters about plot waiting lists, shed,
  gate, tool-store and lockbox codes, water rotas, seed swaps, rent, deposits and refunds,
  work days, produce shares, keys and complaints between neighbours; summarising pasted
  minutes, call notes, threads and rotas; translating, fixing wording, splitting costs,
  asking whether a message is a scam and planning. The first 30 are typed all in lower
  case (names, e-mails, codes, postcodes and an IBAN too, with shorthand and typos), the
  next 6 in German, Dutch, French, Portuguese, Korean and Turkish, the other 84 in
  ordinary English; names of many origins and scripts (Latin with diacritics, Cyrillic,
  Greek, Arabic script, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean,
  Yoruba), some of them ordinary words (Sunny, Bill, Forest, June, Amber, Reed, Holly,
  Drew, Mark, Rain, Sage, Basil, Wren, Hazel, Ivy, Dot, Skye, Lark), many named in passing
  in lists, rotas, cost splits, captions, sign-offs and appositives; 1 to 8 values each,
  21 with a secret (18 a password, PIN, lock code, wifi key or one-time code, 3 an API
  key or bot token);
* 100 one-person records (5 to 44 words): plot registers, waiting lists, key, first-aid,
  complaint and arrears logs, gate and login log lines, pipe, CSV and semicolon rows, JSON
  objects, profile lines and short letters, in English and 44 other languages; each names
  one person and holds 1 to 4 other values, 41 of them a national id of 33 kinds.

Usernames, logins, member, seed-library and federation numbers, driving licences and
national ids are ID_NUMBER; PINs, padlock, gate, tool-store, lockbox and cash-box codes,
wifi keys, one-time codes and passwords are PASSWORD; titles and relation words (Mr, Mrs,
Dr, Don, Dona, Ibu, mevrouw, aunty, my neighbour) and honorifics such as 님 stay outside
PERSON spans; an address span runs from the first street line through the postcode and city
as typed; public figures, fictional characters, pets, shops, councils and societies,
invoice and complaint numbers, plot numbers, amounts and dates of birth are not labelled;
every occurrence of a private value is marked. The 100 clean texts hold no personal data:
25 MT-Bench and Vicuna-style prompts (a few name historical or fictional people: Gregor
Mendel, Mr. McGregor, Capability Brown, Charles Darwin), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D and 25 health questions
naming no one, most of them about growing food and outdoor work.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0121/0131/0161/0117
496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125, 040 66969) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; the SSN with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (listed in ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind168.py`` from the repository root; the output
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
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|Sir|Dame|Aunty|Auntie|Uncle|Don|Dona|Doña|Mme|Herr|Frau|Sr|Sra|Ibu|Bapak|mevrouw|meneer|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # typed all in lower case
    "can u write a quick whatsapp to the plot 7 lot, [[PERSON|marek]] and [[PERSON|dorota]], saying the water troughs are off till saturday cos of the burst pipe by the top gate",
    "new gate code for the lower field is [[PASSWORD|4471]] from monday. draft a short text for the waiting list ppl who got plots this spring: [[PERSON|sunny okonkwo]], [[PERSON|bill hatherley]], [[PERSON|priya ramdas]]",
    "summarise this for me pls: 'rang [[PERSON|jo ferreira]] 10:15 re plot 22 overgrown, said shes had a knee op, back on site in may. her number [[PHONE_NUMBER|07700 900318]]. agreed 6 wk extension, recheck after'",
    "is this a scam?? got a text saying my allotment rent is overdue pay £35 at allotment-renew.co now or lose my plot. council never texts me. it even had my member no [[ID_NUMBER|ha-20417]] in it. im [[PERSON|graham tuttle]], plot 3",
    "split the seed order between me, [[PERSON|wren]], [[PERSON|tomasz]] and aunty [[PERSON|bisi]]. total £48.60, [[PERSON|wren]] only wants the broad beans (£9) and the rest splits 3 ways",
    "the shed padlock code [[PASSWORD|2091]] got scribbled on the shed wall in marker. write a stern but nice note saying pls dont write codes anywhere and that [[PERSON|kofi]] will change it sunday",
    "hi mrs [[PERSON|patel]], your name has reached the top of the waiting list for plot 31a, pls reply by friday to [[EMAIL_ADDRESS|sue.bramley64@gmail.com]] - [[PERSON|sue]]   <- can u fix the wording so its less blunt",
    "translate to polish for my plot neighbour [[PERSON|zbigniew]]: the hosepipe is shared, please coil it up after use and dont leave it running overnight",
    "remind [[PERSON|holly]] that its her turn on the water rota wed and fri, and that the tap key is in the lockbox, code [[PASSWORD|7730]]",
    "make a rota table from this: mon [[PERSON|ade]], tue [[PERSON|rosa m]], wed [[PERSON|kwame]], thu [[PERSON|li wei]], fri [[PERSON|drew]], sat/sun whoever is on site",
    "msg [[PERSON|gary]] re bonfire smoke",
    "write a thank you msg to the work day volunteers [[PERSON|fatima]], [[PERSON|joel]], [[PERSON|mark t]], [[PERSON|hye-jin]], [[PERSON|oluwaseun]]. we cleared the whole pond edge and rebuilt the dead hedge",
    "cant log into the allotment society portal, username [[ID_NUMBER|pbarnes_plot9]] password [[PASSWORD|runnerbean22]] keeps saying invalid. what should i check before i ring them",
    "draft a msg to the committee: [[PERSON|ravi]] paid his deposit £25 cash, [[PERSON|elaine]] still owes £40 rent, [[PERSON|forest]] paid by bank transfer on the 3rd",
    "help me reply to [[PERSON|cheryl]] who says my pumpkin vines grew onto her plot. i want to say sorry but also mention her shed gutter drains onto my onions",
    "change my address on the allotment register pls, old one [[STREET_ADDRESS|14 tanner row, york yo1 6jb]], new one [[STREET_ADDRESS|3 ings view, york yo30 5ud]], member no [[ID_NUMBER|ya-0882]]. write the email for me, im [[PERSON|dilys eaton]]",
    "wifi at the community garden hut is 'greenhut' and the key is '[[PASSWORD|compostheap!88]]'. write a little laminated sign for guests at the open day",
    "[[PERSON|noor]] asked me to pick up her produce share box thurs, shes away. what do i say to the volunteer on the desk, [[PERSON|aled]]",
    "tidy up these minutes: 'present [[PERSON|b. okafor]] (chair), [[PERSON|s. lindqvist]], [[PERSON|t. nakamura]], apologies [[PERSON|r. dubois]]. item 1 water bill up 30%, proposal to add £4 to each plot, agreed. item 2 shed roof leaking over the seed store, 2 quotes, cheapest £640, go ahead. item 3 two plots left uncultivated, letters to go out. item 4 skip day on the 18th. aob [[PERSON|okafor]] to chase council re skip, [[PERSON|lindqvist]] to update the noticeboard'",
    "text for [[PERSON|amber]]: ur plot inspection is next tue 10am, [[PERSON|reed]] from the committee will walk round with you",
    "got a text '[[PASSWORD|448102]] is your verification code' then a guy called [[PERSON|dmitri]] messaged asking me to send it to him to verify the seed swap group. scam?",
    "calc pls: water bill £312 split by plot size. full plots [[PERSON|wojtek]], [[PERSON|sandra]], [[PERSON|mehmet]]. half plots [[PERSON|june]], [[PERSON|pete]], [[PERSON|ngozi]], [[PERSON|hamid]]. half plot pays half",
    "rewrite nicer: [[PERSON|keith]] stop parking ur van across the gate, people cant get in with barrows and the manure lorry couldnt turn",
    "whats the best way to tell the new plotholder [[PERSON|siobhan]] about the rules without info dumping. her email is [[EMAIL_ADDRESS|siobhan.kehoe@outlook.ie]] if u want to draft one",
    "key safe on the tool container is [[PASSWORD|0415]], write a msg to [[PERSON|femi]] and [[PERSON|łucja]] who are opening up for sat work day",
    "bank details for the rent refund to [[PERSON|haruto]]: [[IBAN_CODE|gb24midl40051583598418]] can u write the email confirming we sent £22.50 back",
    "neighbour mr [[PERSON|o'brien]] keeps taking courgettes off my plot, ive seen him twice. how do i raise it with the site rep [[PERSON|vusi]] without a row",
    "phone tree for the site: [[PERSON|carol]] [[PHONE_NUMBER|07700 900412]], [[PERSON|tariq]] [[PHONE_NUMBER|07700 900657]], [[PERSON|inês]] [[PHONE_NUMBER|07700 900781]]. put it in a table",
    "translate 'the compost toilet is out of sawdust, there is more in the blue bin' into bengali for [[PERSON|rahima]] and her mum",
    "what do i say to [[PERSON|pavel]] about his plot deposit, he paid £50 in 2019 but the old spreadsheet has it under [[PERSON|pawel]] with member number [[ID_NUMBER|bh/0193]]",
    # six other languages: German, Dutch, French, Portuguese, Korean, Turkish
    "Bitte formuliere eine freundliche Nachricht an unseren Vereinsvorsitzenden [[PERSON|Jürgen Hoffmeister]]: Der neue Code für das Tor der Kleingartenanlage ist [[PASSWORD|5823]], und die Wasseruhr an Parzelle 41 wird am Samstag abgelesen.",
    "Kun je dit korter maken? 'Beste [[PERSON|Anneke]], je staat nu op plek 3 van de wachtlijst voor een volkstuin. Bel [[PERSON|Sjoerd]] op [[PHONE_NUMBER|+31 6 1284 5071]] voor een rondleiding op zaterdag.'",
    "Peux-tu traduire en anglais ce mot de Mme [[PERSON|Lefèvre]] ? « Le jardin partagé ouvre samedi à 9 h, apportez vos graines pour le troc. Contact : [[EMAIL_ADDRESS|c.lefevre@orange.fr]] »",
    "Me ajuda a escrever um aviso para a horta comunitária: a Dona [[PERSON|Cida Nascimento]] vai coordenar o mutirão de domingo e quem quiser mudas deve falar com o [[PERSON|Thiago]].",
    "주말농장 회원 [[PERSON|박지훈]]님에게 보낼 문자 좀 써줘. 창고 자물쇠 비밀번호가 [[PASSWORD|3907]]으로 바뀌었고 토요일 물당번은 그분이라고.",
    "Hobi bahçesi komşum [[PERSON|Ayşe Demir]] için kibar bir mesaj yazar mısın: sulama sırası çarşamba saat onda, hortumu lütfen kulübeye geri getirsin.",
    # ordinary English
    "Draft a notice for the noticeboard: plot 18 is available after [[PERSON|Derek Mallow]] gave it up. Anyone on the waiting list should contact the lettings secretary, [[PERSON|Grace Adeyemi]], on [[PHONE_NUMBER|07700 900226]].",
    "Summarise this thread for the committee:\n[[PERSON|Hollis Bradshaw]]: Seed swap has moved to the scout hut, 2 March.\n[[PERSON|Mei Takahashi]]: Can we have a table for saved tomato seed?\n[[PERSON|Hollis]]: Yes, ask [[PERSON|Rohan]] for the trestles.\n[[PERSON|Rohan Iyer]]: They're in my garage, I'll bring them.",
    "Can you check my wording? 'Dear Mr [[PERSON|Szabó]], your plot deposit of £30 will be returned once the plot has been cleared and the shed key handed back to [[PERSON|Ingrid]].'",
    "Why does our rota app return 401 when it sends the weekly water rota? I set MAILGUN_KEY=[[API_KEY|key-3f9a27c1d04e8b6a5c2f7e19d8b04a63]] in the .env. The volunteer who built it, [[PERSON|Callum Reid]], has moved away.",
    "Rewrite this complaint so it sounds less angry: '[[PERSON|Bill]] on plot 4 has put his fence 30cm onto my plot and when I asked him about it he swore at me in front of my kids.'",
    "Make a watering rota for August from these names, two people per week: [[PERSON|Sunny]], [[PERSON|Marguerite]], [[PERSON|Olu]], [[PERSON|Bartek]], [[PERSON|Yasmin]], [[PERSON|Chidi]], [[PERSON|Eilidh]], [[PERSON|Hugo]].",
    "Translate into Arabic for [[PERSON|Samira Haddad]] ([[PERSON|سميرة حداد]]) and her husband on plot 26: the water tanks are for filling watering cans only, please don't attach hoses.",
    "Our treasurer, [[PERSON|Patrice Lemaire]], wants to pay the polytunnel cover invoice with the society card [[CREDIT_CARD|4929 3178 5141 8465]], expiry 09/27. Is it safe to email the number to the supplier?",
    "Remind [[PERSON|Holly Greenway]] that her plot rent of £42 is due by 1 October and that she can pay into the society account [[IBAN_CODE|GB78 BARC 2032 5370 8149 34]].",
    "Write a short bio for our newsletter: Dr [[PERSON|Anjali Menon]] has had plot 9 since 2011 and runs our chilli-growing workshops every spring.",
    "Please tidy these committee minutes into a proper format:\nPresent: [[PERSON|Yusuf Karimi]] (chair), [[PERSON|Bronwen Pugh]] (sec), [[PERSON|Chen Jing]] (treas), [[PERSON|Ola Sørensen]], [[PERSON|Dev Malhotra]]. Apologies: none.\n1. Treasurer reported £1,204 in the account and £310 of rent still unpaid.\n2. Water: troughs on from 1 April; leak by plot 22 reported to the council.\n3. Waiting list: 47 names, 6 plots to be offered after inspections.\n4. [[PERSON|Bronwen]] to write to plot 40 about the brambles.\n5. Seed swap confirmed for 2 March in the scout hut.\nNext meeting: first Tuesday in May.",
    "How do I address a letter politely to [[PERSON|Γιώργος Παπαδόπουλος]], who has plot 3 and mostly reads Greek? We want to offer him the chair of the allotment association.",
    "My neighbour [[PERSON|Drew]] keeps leaving the shed unlocked. The padlock combination is [[PASSWORD|8-3-6-2]]. Should I ask the committee to change it or just talk to [[PERSON|Drew]] first?",
    "Can you help me write a thank-you card in Japanese to [[PERSON|山本健二]] for the daikon seeds he brought to the swap?",
    "Summarise these call notes:\n09:40 Mrs [[PERSON|Achebe]] called, wants to swap to a half plot.\n10:05 [[PERSON|Liam Doherty]] rang from [[PHONE_NUMBER|0161 496 0732]] about his lost gate fob.\n11:20 voicemail from [[PERSON|Kiri]], water trough leaking by plot 15.",
    "Is this legit? An email from 'allotments-support' asks me to confirm my council login [[ID_NUMBER|m.fairweather]] and password by clicking a link, or my tenancy will be cancelled. I'm [[PERSON|Molly Fairweather]].",
    "Write a friendly email to [[PERSON|Tevita Fifita]] welcoming him to plot 11b. Mention the gate code [[PASSWORD|2580]] and that the water is turned on from April.",
    "We have £180 left from the grant. Split it between the three growing clubs led by [[PERSON|Mandla Dube]], [[PERSON|Pilar Gutiérrez]] and [[PERSON|Ewa Kowalczyk]] in proportion to their members: 12, 8 and 20.",
    "Turn this into a polite reminder: plot holders [[PERSON|Frank Oyelaran]] and [[PERSON|Mabel Trinh]] still haven't returned their shed keys from last season.",
    "Please translate into Hindi a welcome message for [[PERSON|सुनीता शर्मा]], who joins the Thursday volunteer group next week.",
    "Draft an apology to [[PERSON|Leona Castillo]]: we gave her plot away by mistake while her rent was being processed. Her phone is [[PHONE_NUMBER|07700 900544]] if a call is better.",
    "My garden friend [[PERSON|สมชาย ใจดี]] sent me this in Thai, what does it say? 'พรุ่งนี้เจอกันที่แปลงผัก แปดโมงเช้า'",
    "Summarise this produce share list as totals: [[PERSON|Amara]] 2 boxes, [[PERSON|Jonas]] 1 box, [[PERSON|Rain]] 1 box, [[PERSON|Teodora]] 3 boxes, eggs to [[PERSON|Jonas]] and [[PERSON|Teodora]] only.",
    "The polytunnel sensor wifi is called TunnelNet and its password is [[PASSWORD|Sow&Reap2024]]. Write step-by-step instructions for [[PERSON|Ibrahim]] to reconnect the temperature logger.",
    "Who should I contact? [[PERSON|Karen Whitlock]], the site secretary, hasn't answered in three weeks about my place on the waiting list (I'm number 14).",
    "Our seed library spreadsheet script uses this Google key [[API_KEY|AIzaSyD4k9Qx2Lm7Vb1Np8Rt3Wc6Hy0Zf5Ju2Es]] and [[PERSON|Sanjay]] pasted it in the group chat. Do I need to rotate it?",
    "Congrats card: [[PERSON|Kim Min-seo]], best-kept plot.",
    "How do I greet [[PERSON|Adébáyọ̀ Ọlátúnjí]] in Yoruba at the harvest festival? He looks after the yam and pepper beds.",
    "Write a change-of-address note for the allotment register: [[PERSON|Gwen Arkwright]], moving from [[STREET_ADDRESS|27 Beech Grove, Leeds LS6 2QT]] to [[STREET_ADDRESS|Flat 4, 118 Otley Road, Leeds LS16 5JX]].",
    "Write a rota for locking the gates at dusk in October, one week each: [[PERSON|Hazel]], [[PERSON|Aziz]], [[PERSON|Percy]], [[PERSON|Ngaio]].",
    "Translate to Bengali for [[PERSON|রহিম উদ্দিন]]: your plot passed inspection, well done, see you at the seed swap.",
    "Email to [[PERSON|Marcus Oduya]] (treasurer): please refund the £15 key deposit to [[PERSON|Beatriz Lima]], her IBAN is [[IBAN_CODE|ES62 2100 0418 9581 4143 2032]].",
    "Fix the grammar: 'Me and [[PERSON|Clive]] was told by the chairman that our plot are to be split in half next year.'",
    "Text for the Saturday volunteers: the tool store door code is now [[PASSWORD|C7391]], not the old one. Thanks to [[PERSON|Oksana]] for sorting out the lock.",
    "Our booking site shows logins to my admin account from [[IP_ADDRESS|203.0.113.47]] at 3am. My username is [[ID_NUMBER|treasurer_vp]] and I'm [[PERSON|Vanessa Pryce]]. What should I do first?",
    "Write a short message in Russian to [[PERSON|Людмила Соколова]] saying the raspberry canes she ordered through the group purchase have arrived.",
    "Work out each person's share of the £96 rotavator hire: [[PERSON|Nadia]] used it for 3 hours, [[PERSON|Stefan]] for 2 and [[PERSON|Winston]] for 1.",
    "Please make this sound more professional: 'hey [[PERSON|Tom]], ur deposit is gone cos u left the plot in a state.'",
    "Help me respond to a complaint from [[PERSON|Gillian Marsh]] that [[PERSON|Ashok Verma]]'s chickens keep getting onto her plot and eating her brassicas.",
    "Plan a seed swap on a Sunday afternoon for about 40 people. The organisers are [[PERSON|Lark Everly]] and [[PERSON|Bongani]], and we have the church hall from 1 to 5.",
    "Our community garden is in Portland. Draft a voicemail script for [[PERSON|Darnell Hughes]] to use when calling new members; his callback number is [[PHONE_NUMBER|(503) 555-0142]].",
    "Write a WhatsApp to [[PERSON|Zoltán]] and [[PERSON|Ifeoma]]: the lockbox for the strimmer is [[PASSWORD|9156]], and please put fuel back in after using it.",
    "Translate into Spanish for Don [[PERSON|Ernesto Villalobos]]: the plot next to yours is free if your grandson still wants one.",
    "Can you draft a welcome e-mail from me, [[PERSON|Harriet Lowe]], to the five new allotment tenants? Replies should go to [[EMAIL_ADDRESS|harriet.lowe.plots@gmail.com]].",
    "Summarise: 'Work day 12 April. Attended: [[PERSON|Mo]], [[PERSON|Cerys]], [[PERSON|Dagny]], [[PERSON|Anil]]. Built two compost bays. [[PERSON|Cerys]] cut her hand, first aid given.'",
    "Which of these applicants should get plot 5 first under our rule (longest wait, then local postcode)? [[PERSON|Ottilie Frame]] (joined 2021, SE22), [[PERSON|Kwabena Asante]] (2020, SE15), [[PERSON|Ruth Halloran]] (2020, BR1).",
    "My password for the allotment federation members' area is [[PASSWORD|Brassica#Wall7]] and it's about to expire. Suggest a better one I can still remember.",
    "Write a short, kind message to [[PERSON|Holly-Mae Ferris]], whose late father [[PERSON|Ron Ferris]] had plot 2 for forty years, offering her the plot if she wants it.",
    "Help me write a message to [[PERSON|王秀英]] in simple Chinese: the community garden's Saturday watering is cancelled because heavy rain is forecast.",
    "Draft a minutes item: [[PERSON|Mark]] proposed raising the rent by £5; [[PERSON|Penelope Ashdown]] seconded; passed 9 to 2.",
    "What should I say to the council about my deposit? I rented plot 31 as [[PERSON|Kerry-Ann Blake]] from 2018, member no. [[ID_NUMBER|LBL-44719]].",
    "Can you translate this note from [[PERSON|דוד כהן]] about the tap? 'הברז ליד החלקה שלי דולף כבר שבוע'",
    "Turn this list into a sign-up sheet for the jam-making session: [[PERSON|Dot]], [[PERSON|Rupert Llewellyn]], [[PERSON|Sakura Ito]], [[PERSON|Faisal]].",
    "The allotment association's Instagram sent a login code [[PASSWORD|719 448]] to my phone but I didn't ask for one. [[PERSON|Elif]] manages the account too. Is someone trying to get in?",
    "How's [[PERSON|Tadhg]] pronounced?",
    "Compose an SMS from our Brisbane community garden coordinator, [[PERSON|Kylie Brennan]], to members: working bee on Saturday, questions to [[PHONE_NUMBER|0491 570 284]].",
    "Draft a letter telling [[PERSON|Terence Gould]] that his plot tenancy ends on 30 November after three warnings about uncultivated ground.",
    "I'm the new secretary. Put these in alphabetical order with their plot numbers: [[PERSON|Zainab]] 14, [[PERSON|Arthur]] 3, [[PERSON|Marisol]] 22, [[PERSON|Ewan]] 7, [[PERSON|Kaito]] 9.",
    "Write an English summary of this voicemail from [[PERSON|Uwe Brandt]] at our twinned garden in Hamburg: he says the visit is on and he will call back on [[PHONE_NUMBER|+49 40 66969 213]].",
    "How should I reply to [[PERSON|Tiffany]]? She says the shared produce stall took £64 and she wants a third of it because she grew all the squash.",
    "Please draft a short note for the gate: 'Lost: blue trowel with initials on the handle. Please return to [[PERSON|Wiremu]], plot 19.'",
    "A volunteer, [[PERSON|Nikhil Bose]], built a bot that posts the water rota to our group chat. He sent me the bot token [[API_KEY|7429183650:AAHk3vQz9LxW2pT8mRc5NbY1fG6dJ0sUeKo]] by text. Where should we keep it?",
    "Help me write a complaint to the parish council about [[PERSON|Nigel Sutcliffe]], who chairs our allotment committee and won't share the minutes.",
    "Our twinned jardin partagé is in Lyon. Write an email in English to [[PERSON|Élodie Marchetti]] thanking her for the visit; she asked us to ring [[PHONE_NUMBER|06 39 98 41 07]] to plan the next one.",
    "The communal shed now has a keypad, code [[PASSWORD|482916]]. Write a notice that doesn't show the code but tells members to ask [[PERSON|Maeve]] or [[PERSON|Obinna]] for it.",
    "Caption: [[PERSON|Agnieszka]], [[PERSON|Jerome]], marrow.",
    "What's a fair way to split a £24 seed potato order between [[PERSON|Hollie]], [[PERSON|Gordon]] and me if [[PERSON|Gordon]] only wants half as much as each of us?",
    "Check this email before I send it: 'Hi [[PERSON|Sven]], your half plot at Meadow Lane is ready. Deposit £20, rent £18 a year. Welcome aboard! [[PERSON|Joyce]]'",
    "Translate into Vietnamese for [[PERSON|Nguyễn Thị Lan]]: the next produce share is on Friday at 5pm by the big shed.",
    "Bee permission letter, [[PERSON|Dale Pritchard]].",
    "Summarise: 'The water rota broke down in July. [[PERSON|Ivy]] did five weeks on her own. [[PERSON|Conrad]] and [[PERSON|Esme]] never turned up. Proposal: use a rota app.'",
    "Can you write a message to [[PERSON|Blessing Chukwu]] asking for her e-mail address so we can add her to the volunteer list? Her number is [[PHONE_NUMBER|07700 900903]].",
    "Remind [[PERSON|Sage]] that she's doing the seed swap labels, and ask [[PERSON|Basil Hendry]] to bring the folding tables on Saturday.",
    "Our community garden card reader keeps declining. A member, [[PERSON|Ana Folau]], tried [[CREDIT_CARD|5412 5457 4211 2852]] twice for her produce share. What could be wrong?",
    "Help me write a no-blame message to the WhatsApp group: someone left the gate open and deer got in. I know it was [[PERSON|Crispin]] but I don't want to name him.",
    "Edit for clarity: 'Produce share pickup moves to Weds. [[PERSON|Lakshmi]] and [[PERSON|Otto]] run the table. Bring your own bags.'",
    "Draft a reply to [[PERSON|Jasper Quinn]], who asked why he is still number 23 on the plot waiting list after two years.",
    "Write a reference letter for [[PERSON|Ruby Okoro]], who has volunteered at the community garden for three years, addressed to her at [[STREET_ADDRESS|52 Cotham Brow, Bristol BS6 6AR]].",
    "Plan a volunteer work day with tasks for 10 people. Team leads: [[PERSON|Aarav]] (paths), [[PERSON|Skye]] (pond), [[PERSON|Hollis Grange]] (compost).",
    "Which is more polite for a seventy-year-old plot holder: 'Dear Mrs [[PERSON|Kowalski]]' or 'Hi [[PERSON|Barbara]]'?",
    "I forgot the PIN for the garden's cash box. I think it's [[PASSWORD|0729]] or [[PASSWORD|0792]]. [[PERSON|Colm]] set it. How do I ask him without sounding careless?",
    "Write an e-mail to [[PERSON|Efua Mensah]] at [[EMAIL_ADDRESS|efua.mensah@yahoo.co.uk]] confirming her place on Saturday's fruit tree pruning course.",
    "Make a table of what each member brings to the produce share: [[PERSON|Rosalind]] eggs, [[PERSON|Kemal]] honey, [[PERSON|Tui]] apples, [[PERSON|Florin]] leeks.",
    "Draft a message from me, [[PERSON|Bryony]], to the whole site: thank you all, the community garden raised £860 at the open day.",
]

# 100 one-person records: 33 in English, 67 in 44 other languages; 41 with a national id.
RECORDS = [
    # with a national id
    "社区菜园 地块登记 | 姓名: [[PERSON|李秀兰]] | 身份证: [[ID_NUMBER|320106197807111685]] | 地块 A-03 | 押金 已交",
    "志愿者 报名表：[[PERSON|陈志强]]，身份证号码 [[ID_NUMBER|320106198401103532]]，手机 [[PHONE_NUMBER|+86 139 0517 2264]]，周六 浇水 轮值。",
    "Horta comunitária Vila Madalena, cadastro: [[PERSON|Luiz Henrique Barros]], CPF [[ID_NUMBER|450.650.498-40]], e-mail [[EMAIL_ADDRESS|luizhbarros@uol.com.br]], canteiro 14.",
    "Recibo de doação de mudas: recebido de [[PERSON|Tânia Moura]] (CPF [[ID_NUMBER|139.105.646-90]]) a quantia de R$ 40,00 para a horta da escola.",
    "सामुदायिक बगीचा सदस्यता: नाम [[PERSON|राजेश कुमार यादव]], आधार [[ID_NUMBER|6426 9057 0117]], मोबाइल [[PHONE_NUMBER|+91 98450 31276]], क्यारी संख्या 8",
    "Terrace garden collective, Pune, member KYC: [[PERSON|Meenakshi Kulkarni]], Aadhaar [[ID_NUMBER|7940 3140 7578]], paid ₹500 deposit.",
    "Community garden plot allocation, Toa Payoh: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S6645707I]], HP [[PHONE_NUMBER|+65 9123 4417]], plot B-12.",
    "Pendaftaran sukarelawan kebun komuniti: [[PERSON|Nurul Aisyah binti Rahman]], NRIC [[ID_NUMBER|T5196797B]], hari Sabtu pagi.",
    "Koloniförening Björkhagen, medlemsregister: [[PERSON|Karin Lindgren]], personnummer [[ID_NUMBER|720116-6589]], lott 23, e-post [[EMAIL_ADDRESS|karin.lindgren@telia.se]]",
    "Volkstuinvereniging De Groene Hoek, vrijwilligersvergoeding: [[PERSON|Pieter van Dijk]], BSN [[ID_NUMBER|578671669]], IBAN [[IBAN_CODE|NL18 INGB 0859 9412 65]].",
    "Aanmelding wachtlijst tuin: mevrouw [[PERSON|Fatma Yılmaz-de Boer]], BSN [[ID_NUMBER|033405499]], telefoon [[PHONE_NUMBER|+31 6 4187 2250]].",
    "주말농장 분양 신청서 — 성명: [[PERSON|김서연]], 주민등록번호: [[ID_NUMBER|820211-2798078]], 연락처: [[PHONE_NUMBER|010-5521-8874]], 구획 15번",
    "Payroll note, Northcote Community Gardens: casual garden educator [[PERSON|Jarrah Collins]], TFN [[ID_NUMBER|125 258 073]], mobile [[PHONE_NUMBER|0491 570 612]].",
    "Jardin communautaire Rosemont, allocation d'animateur : [[PERSON|Mathieu Tremblay]], NAS [[ID_NUMBER|198 209 546]], courriel [[EMAIL_ADDRESS|m.tremblay@videotron.ca]].",
    "Hobi bahçesi kira sözleşmesi: kiracı [[PERSON|Mustafa Çelik]], T.C. Kimlik No [[ID_NUMBER|28685250084]], parsel 9, depozito 500 TL.",
    "First aid log, 3 May: [[PERSON|Gladys Pennington]] (NHS no. [[ID_NUMBER|696 980 1675]]) cut her thumb on glass in the compost bay, cleaned and dressed. Next of kin phoned on [[PHONE_NUMBER|0117 496 0288]].",
    "Volunteer health form. Name: [[PERSON|Tobias Rennard]]; NHS number: [[ID_NUMBER|901 901 6512]]; allergies: wasp stings; emergency contact: [[PHONE_NUMBER|07700 900670]]",
    "Rodzinne Ogrody Działkowe „Malwa”, umowa dzierżawy: [[PERSON|Krzysztof Nowicki]], PESEL [[ID_NUMBER|89031179141]], działka nr 52, tel. [[PHONE_NUMBER|+48 601 555 274]].",
    "Lista wolontariuszy, sprzątanie ogrodu: [[PERSON|Magdalena Wiśniewska]], PESEL [[ID_NUMBER|89041966661]], e-mail [[EMAIL_ADDRESS|m.wisniewska@wp.pl]].",
    "Orti urbani di Mirafiori, Torino, assegnataria: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI83H57L219Z]], lotto 17, cauzione 50 €.",
    "Siirtolapuutarhan jäsenrekisteri: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|180879-931F]], palsta 31, puh. [[PHONE_NUMBER|+358 40 555 7713]]",
    "Gemeenskapstuin Mamelodi, huurkontrak: [[PERSON|Johanna Botha]], ID-nommer [[ID_NUMBER|8705170298083]], sel [[PHONE_NUMBER|+27 82 555 3190]], perseel 4.",
    "市民農園 利用者台帳 / 氏名: [[PERSON|佐藤 美咲]] / マイナンバー: [[ID_NUMBER|0216 0396 8694]] / 区画 12 番",
    "Huertos urbanos de Vallecas, ficha de adjudicación: [[PERSON|Javier Morales Ortega]], DNI [[ID_NUMBER|57674048F]], parcela 6, teléfono [[PHONE_NUMBER|+34 612 555 093]].",
    "Solicitud de huerto: [[PERSON|Oumar Diallo]], NIE [[ID_NUMBER|Y8588191M]], correo [[EMAIL_ADDRESS|oumar.diallo@gmail.com]], lista de espera nº 12.",
    "Community Employment placement, Ballyfermot Community Garden: participant [[PERSON|Aoife Brennan]], PPSN [[ID_NUMBER|3561549UA]], 19.5 hours a week, starting 6 January.",
    "Jardins familiaux de Villeurbanne, attestation de bénévolat : [[PERSON|Nathalie Girard]], n° de sécurité sociale [[ID_NUMBER|2 89 07 75 953 260 84]], tél. [[PHONE_NUMBER|06 39 98 52 16]].",
    "Potager collectif d'Ixelles, inscription : [[PERSON|Sébastien Dupont]], numéro national [[ID_NUMBER|84.09.16-608.60]], parcelle 3.",
    "Kolonihagen på Sogn, leiekontrakt: [[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|19087021192]], hage 28, e-post [[EMAIL_ADDRESS|ingrid.haugen@online.no]].",
    "Hortas comunitárias de Telheiras, talhão 5: [[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|254361161]], telemóvel [[PHONE_NUMBER|+351 912 555 408]].",
    "Grădina comunitară din Cluj, fișă voluntar: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2850816214301]], telefon [[PHONE_NUMBER|+40 722 555 619]].",
    "Huerta comunitaria de Ñuñoa, registro de socios: [[PERSON|Camila Fuentes]], RUT [[ID_NUMBER|10.251.741-5]], cuota pagada.",
    "Kogukonnaaia liikmeleht: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48605150779]], peenar 11, e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]].",
    "Matjurtagarðar Reykjavíkur, úthlutun: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|150784-4689]], reitur 42.",
    "Komunitní zahrada Kuchyňka, přihláška: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|875110/9609]], záhon 7, tel. [[PHONE_NUMBER|+420 603 555 182]].",
    "Громадський город, реєстр волонтерів: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3379023406]], тел. [[PHONE_NUMBER|+380 67 555 4129]].",
    "Kleingartenverein Sonnenblick e.V., Aufwandsentschädigung: [[PERSON|Heike Schröder]], Steuer-ID [[ID_NUMBER|66903835249]], IBAN [[IBAN_CODE|DE11 5001 0517 3083 0861 18]].",
    "Garden volunteer induction: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|FNF4514]], tetanus up to date, prefers Tuesday mornings.",
    "Working bee injury report: [[PERSON|Shannon O'Keefe]], Medicare [[ID_NUMBER|3394 91818 2]], sprained ankle on the path near tank 2.",
    "Εθελοντές κοινοτικού λαχανόκηπου: [[PERSON|Ελένη Καραγιάννη]], ΑΜΚΑ [[ID_NUMBER|15087844286]], τηλ. [[PHONE_NUMBER|+30 694 555 2187]].",
    "גינה קהילתית בפלורנטין, רישום מתנדבים: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|023466519]], טלפון [[PHONE_NUMBER|+972 52 555 3871]].",
    # without a national id, English
    "Plot register | 14A | [[PERSON|Harold Tembo]] | [[PHONE_NUMBER|07700 900115]] | [[EMAIL_ADDRESS|h.tembo@btinternet.com]] | rent paid",
    '{"member_id": "[[ID_NUMBER|GLA-2291]]", "name": "[[PERSON|Priyanka Desai]]", "plot": "7B", "email": "[[EMAIL_ADDRESS|priyanka.desai@gmail.com]]"}',
    "2024-03-02,seed swap sign-in,[[PERSON|Lorcan Daly]],[[EMAIL_ADDRESS|lorcan.daly@eircom.net]],brought 12 packets",
    '2024-05-11T07:42:19Z login ok user=[[ID_NUMBER|plotsec_dana]] ip=[[IP_ADDRESS|198.51.100.23]] name="[[PERSON|Dana Whitcombe]]"',
    "Dear Mr [[PERSON|Abernethy]], your plot deposit of £25 was refunded on 4 March to [[IBAN_CODE|IE10 BOFI 9000 1759 2164 79]]. Regards, Allotment Secretary",
    "Waiting list, position 57: [[PERSON|Precious Nwankwo]], [[STREET_ADDRESS|41 Heathfield Road, Birmingham B19 1HJ]], applied 14/09/2022, tel [[PHONE_NUMBER|0121 496 0583]]",
    "Key register: gate key issued to [[PERSON|Norma Blackwood]], deposit £10 paid, member no. [[ID_NUMBER|WHA-1183]].",
    "[[PERSON|Ezekiel Moss]], plot 33, beekeeper, [[EMAIL_ADDRESS|zeke.moss@protonmail.com]], prefers texts: [[PHONE_NUMBER|07700 900239]]",
    "Shed 4 combination changed to [[PASSWORD|5517]] by [[PERSON|Violet Ahn]] on 2 June.",
    "Vehicle access permit for manure deliveries: [[PERSON|Clifford Amos]], driving licence [[ID_NUMBER|AMOS9703125CA9HJ]], valid until end of season.",
    "Seed catalogue order note: paid by [[PERSON|Imogen Sayer]] with card [[CREDIT_CARD|4539 6761 3161 1278]], deliver to [[STREET_ADDRESS|8 Mill Lane, Lewes BN7 2AA]].",
    "Volunteer W-9 on file: [[PERSON|Marisa Delgado]], SSN [[US_SSN|529-41-7786]], Eastside Growers community garden, Denver.",
    "Water rota, week 32: [[PERSON|Callum Fraser]], Tuesday and Thursday evenings, [[PHONE_NUMBER|0131 496 0457]]",
    "Complaint log no. 17: [[PERSON|Beverley Ashcroft]] reports bonfire smoke from plot 21; contact [[EMAIL_ADDRESS|bev.ashcroft@hotmail.co.uk]].",
    "Produce share, half share, Fridays: [[PERSON|Olamide Bakare]], [[PHONE_NUMBER|020 7946 0831]], paid £120 for the season.",
    "[[PERSON|Hamish Rowntree]];plot 12b;[[EMAIL_ADDRESS|hamish.r@gmail.com]];deposit 25;rent 38",
    "Garden bed lease, Eastside Community Garden, Austin: [[PERSON|Tamika Reynolds]], [[PHONE_NUMBER|(512) 555-0178]], [[STREET_ADDRESS|2207 Cedar Ave, Austin, TX 78702]].",
    "Volunteer hours: [[PERSON|Anders Holm]], 14 hours in May, login [[ID_NUMBER|aholm_vol]].",
    "Dear [[PERSON|Priscilla]], thank you for the forty packets of saved bean, pea and tomato seed you brought to the winter swap. Your Seed Library card number is [[ID_NUMBER|SL-03318]]; show it at the library desk to borrow up to ten packets a season. Happy sowing!",
    "Allotment federation membership card: [[PERSON|Desmond Achterberg]], membership no. [[ID_NUMBER|NAF 118 240 7]], renews 1 April.",
    "2024-06-02 19:58 gate-east OPEN fob holder [[PERSON|Kamala Iyengar]] member [[ID_NUMBER|GLA-3307]]",
    "Hut wifi card for the caretaker, [[PERSON|Stanley Obi]]: network GrowHut, key [[PASSWORD|muddyboots-4412]]",
    "Secretary: [[PERSON|Rosemary Vance]], [[STREET_ADDRESS|6 Orchard Close, Ludlow SY8 1PN]], [[PHONE_NUMBER|07700 900148]]",
    "Plot 9 renter, Vancouver: [[PERSON|Harpreet Gill]], [[PHONE_NUMBER|(604) 555-0163]], [[EMAIL_ADDRESS|harpreet.gill@shaw.ca]]",
    "Arrears | [[PERSON|Dominic Farrelly]] | plot 40 | £76 owed | reminder sent to [[EMAIL_ADDRESS|dom.farrelly@yahoo.com]]",
    # without a national id, other languages
    "سجل الحديقة المجتمعية: [[PERSON|خالد المنصوري]]، قطعة رقم 5، هاتف [[PHONE_NUMBER|+971 50 555 2841]]، البريد [[EMAIL_ADDRESS|khaled.mansouri@gmail.com]]",
    "Садовое товарищество «Рассвет», член: [[PERSON|Сергей Петрович Волков]], участок 112, тел. [[PHONE_NUMBER|+7 916 555-38-04]], взнос оплачен.",
    "สวนผักชุมชน ทะเบียนสมาชิก: [[PERSON|สมศรี แก้วมณี]] แปลงที่ 7 โทร [[PHONE_NUMBER|+66 81 555 2290]]",
    "Vườn rau cộng đồng, đăng ký: [[PERSON|Trần Văn Hùng]], luống số 3, điện thoại [[PHONE_NUMBER|+84 90 555 1873]].",
    "কমিউনিটি বাগানের স্বেচ্ছাসেবক: [[PERSON|ফারহানা আক্তার]], ফোন [[PHONE_NUMBER|+880 1711 555 324]], শনিবার সকাল",
    "Ìforúkọsílẹ̀ ọgbà àdúgbò: [[PERSON|Bọ́lá Adéwálé]], nọ́mbà fóònù [[PHONE_NUMBER|+234 803 555 2716]], ilẹ̀ kẹrin.",
    "Bustani ya jamii, usajili wa mwanachama: [[PERSON|Wanjiru Kamau]], simu [[PHONE_NUMBER|+254 712 555 908]], barua pepe [[EMAIL_ADDRESS|wanjiru.kamau@gmail.com]].",
    "Közösségi kert, tagnyilvántartás: [[PERSON|Nagy Eszter]], parcella 18, telefon [[PHONE_NUMBER|+36 30 555 4712]], tagdíj befizetve.",
    "Kolonihaveforeningen Solsikken, medlem: [[PERSON|Mette Kjærgaard]], have nr. 64, mail [[EMAIL_ADDRESS|mette.kjaergaard@mail.dk]], depositum betalt.",
    "Gardd gymunedol, cofrestr gwirfoddolwyr: [[PERSON|Gwenllian Hughes]], ffôn [[PHONE_NUMBER|029 2018 0736]], e-bost [[EMAIL_ADDRESS|gwenllian.hughes@btinternet.com]]",
    "Talaan ng community garden: [[PERSON|Maria Cristina Dela Cruz]], plot 10, numero [[PHONE_NUMBER|+63 917 555 6620]].",
    "Kebun komunitas, daftar anggota: Ibu [[PERSON|Siti Rahayu]], petak 2, HP [[PHONE_NUMBER|+62 812 5550 7713]], iuran lunas.",
    "Gradski vrtovi Zagreb, korisnica: [[PERSON|Ivana Horvat]], vrt br. 36, e-pošta [[EMAIL_ADDRESS|ivana.horvat@gmail.com]].",
    "Bendruomenės sodas, savanorio anketa: [[PERSON|Rūta Kazlauskienė]], tel. [[PHONE_NUMBER|+370 612 55 418]].",
    "کمیونٹی باغ رکنیت: [[PERSON|عائشہ صدیقی]]، پلاٹ 6، فون [[PHONE_NUMBER|+92 300 555 1847]]",
    "باغ اجتماعی محله، ثبت‌نام داوطلب: [[PERSON|مریم رضایی]]، تلفن [[PHONE_NUMBER|+98 912 555 3308]]",
    "சமூக தோட்டம் உறுப்பினர்: [[PERSON|கார்த்திகா சுப்ரமணியம்]], தொலைபேசி [[PHONE_NUMBER|+91 94440 55218]], பாத்தி 4",
    "Kopienas dārzs, biedru saraksts: [[PERSON|Līga Ozola]], dobe 9, e-pasts [[EMAIL_ADDRESS|liga.ozola@inbox.lv]].",
    "Заједничка башта, евиденција: [[PERSON|Марко Јовановић]], парцела 15, тел. [[PHONE_NUMBER|+381 64 555 2093]]",
    "Gemeinschaftsgarten am Moritzplatz, Gießplan: [[PERSON|Lukas Bergmann]], Di und Fr, Handy [[PHONE_NUMBER|030 23125 471]]",
    "Schlüsselübergabe Geräteschuppen: [[PERSON|Sabine Krüger]], Zahlencode [[PASSWORD|6028]], Kaution 20 € erhalten.",
    "Jardin partagé des Batignolles, référente arrosage : [[PERSON|Amélie Rousseau]], [[EMAIL_ADDRESS|amelie.rousseau@free.fr]], [[PHONE_NUMBER|06 39 98 17 63]]",
    "Huerto vecinal, turno de riego: [[PERSON|Lucía Ferrer]], candado de la caseta [[PASSWORD|1907]], jueves por la tarde.",
    "シードスワップ 参加者名簿 / [[PERSON|高橋 花子]] / メール [[EMAIL_ADDRESS|hanako.t@docomo.ne.jp]] / 持参 朝顔の種",
    "텃밭 모임 회원: [[PERSON|이준호]], 전화 [[PHONE_NUMBER|010-3372-9185]], 회비 납부 완료",
    "社區農園 志工名冊 / [[PERSON|林怡君]] / 電話 [[PHONE_NUMBER|+886 912 555 374]] / 週三 澆水",
    "Orto condiviso, turni di irrigazione: [[PERSON|Marco Bianchi]], martedì, cellulare [[PHONE_NUMBER|+39 347 555 2816]]",
    "Κοινοτικός κήπος, κλειδί αποθήκης: [[PERSON|Νίκος Αλεξίου]], κωδικός λουκέτου [[PASSWORD|7314]]",
    "Działka 17, nowy kod do kłódki furtki: [[PASSWORD|2468]], odbiorca: [[PERSON|Barbara Zielińska]]",
    "Tuinpark Ons Buiten, sleutelregister: [[PERSON|Henk Jansen]], lidnummer [[ID_NUMBER|OB-2291]], sleutel van het hek ontvangen.",
    "Remboursement de caution, jardin partagé : [[PERSON|Karim Benali]], IBAN [[IBAN_CODE|FR63 3000 4008 2715 9952 5338 382]], 30 €.",
    "Huerto comunitario Coyoacán, socia: [[PERSON|Guadalupe Hernández]], cel. [[PHONE_NUMBER|+52 55 5555 0192]], correo [[EMAIL_ADDRESS|lupita.hdz@gmail.com]]",
    "Odlingslott 14, kontaktperson: [[PERSON|Erik Johansson]], tel. [[PHONE_NUMBER|+46 70 555 32 18]].",
    "Māra hapori, rārangi kaimahi tūao: [[PERSON|Hēmi Walker]], waea [[PHONE_NUMBER|+64 21 555 0384]], māra 6",
]

# 25 prompts in the manner of MT-Bench and Vicuna.
CLEAN_MTBENCH = [
    "Write a persuasive letter to a town council arguing that an empty lot should become a community garden. Keep it under 250 words.",
    "Compose a sequence of three haiku about the first frost on an allotment.",
    "Imagine you are Gregor Mendel explaining to a group of allotment holders why his pea plants mattered. Write his short speech.",
    "Pretend to be Mr. McGregor from the Peter Rabbit stories and write a notice complaining about missing lettuces.",
    "Explain the difference between a no-dig bed and a double-dug bed to a complete beginner in five bullet points.",
    "Write a Python function that takes a list of plots with their sizes in square metres and returns the rent each owes at a given rate per square metre, rounded to the nearest penny.",
    "Extract every vegetable and its sowing month from this text and return JSON: 'Sow broad beans in November, carrots from April and leeks in March. Plant garlic in October.'",
    "What are the pros and cons of running a community garden as a registered charity rather than an informal volunteer group?",
    "Role-play a grumpy but kind allotment inspector walking a new tenant round an overgrown plot. Keep it light-hearted.",
    "Draft a neutral set of ground rules for a shared water tap on a site with forty plots.",
    "A seed swap has 120 packets and 30 attendees. Suggest three fair ways to share them out and explain the trade-offs.",
    "Write a SQL query that lists every plot whose rent is unpaid and whose tenant has held it for more than five years, given tables plots(id, size, tenant_id) and payments(tenant_id, year, paid).",
    "How did the Dig for Victory campaign change the way people in Britain grew food during the Second World War?",
    "Describe how Capability Brown's landscape style differs from a working kitchen garden.",
    "Summarise the main arguments for and against allowing chickens on allotment plots.",
    "Write the opening of a short story in which a forgotten shed on an allotment holds a mystery. No more than 150 words.",
    "Give me a four-week plan for turning a neglected half plot into usable beds, assuming four hours of work a week.",
    "Translate 'Please close the gate behind you' into French, Polish, Urdu and Portuguese.",
    "Explain companion planting to a ten-year-old, using the Three Sisters method as the example.",
    "Write a regular expression that matches plot labels such as 12A, 7B or 104 but not A12.",
    "Compare rainwater collected from shed roofs with mains water for a community garden in terms of cost, reliability and plant health.",
    "What might Charles Darwin have noticed about earthworms in an allotment compost heap? Answer as if he were writing a letter.",
    "Write a friendly volunteer recruitment post for a community garden's social media page without naming anyone.",
    "If an allotment committee must choose between a new polytunnel and repairing the paths, what questions should it ask before voting?",
    "Critique this slogan for an allotment open day: 'Grow your own, never alone.' Then suggest two alternatives.",
]

# 25 word problems in the manner of GSM8K, with fictional first names.
CLEAN_GSM8K = [
    "Maya plants 4 rows of carrots with 18 seeds in each row. If 75% of the seeds germinate, how many carrot seedlings does she get?",
    "An allotment site has 60 plots. A third are full plots paying £48 a year and the rest are half plots paying £26. How much rent does the site collect in a year?",
    "Tobias harvests 36 courgettes over the summer. He gives a quarter to his neighbour and sells the rest at the produce stall for 50p each. How much money does he make?",
    "A water butt holds 200 litres and starts full. Ines uses 15 litres every evening. After how many evenings will fewer than 50 litres remain?",
    "Seed packets cost £2.40 each or 5 for £10. Kwame needs 12 packets. What is the cheapest he can pay?",
    "At a community garden, 5 volunteers each work 3 hours on Saturday and 2 volunteers each work 5 hours. How many volunteer hours is that in total?",
    "Rosa's plot is 10 metres by 25 metres. She turns 40% of it into fruit beds. How many square metres are left for vegetables?",
    "The committee buys 3 tonnes of manure for £165. Plot holders take it in 50 kg bags and pay per bag at cost. How much does one bag cost?",
    "Ahmed sows 120 leek seeds and 90% come up. He transplants them 15 to a row. How many full rows does he plant, and how many leeks are left over?",
    "A produce share costs £12 a week for 26 weeks, or £280 paid upfront. How much does paying upfront save?",
    "Lena's tomato plants give 3 kg a week for 9 weeks. She uses 1.5 kg of tomatoes per jar of sauce. How many jars can she make?",
    "A site's water bill of £567 is shared so that each of 36 full plots pays one share and each of 9 half plots pays half a share. How much does a full plot pay?",
    "Priya's hens lay 5 eggs a day. She keeps 12 eggs a week and puts the rest in the share box. How many eggs go in the share box over 4 weeks?",
    "A work day starts at 9:30 and ends at 15:15, with a 45-minute lunch break. How many hours of work is that?",
    "Jonah buys a padlock for £8.50 and has 6 keys cut at £3.25 each. He splits the cost equally with 4 other plot holders. How much does each person pay?",
    "A raised bed is 2.4 m long, 1.2 m wide and 0.3 m deep. How many 40-litre bags of compost are needed to fill it?",
    "There are 80 people on a waiting list. Each year 15 are offered plots and 5 new people join. How many years until the list is empty?",
    "Sofia sells honey at £6 per kilo. She sold 14 jars of 450 g each. How much did she earn?",
    "A garden club has £320. It spends 3/8 of it on tools and a quarter of what remains on seeds. How much money is left?",
    "Mateo digs 6 square metres an hour and Chloe digs 4. Working together, how long will it take them to dig a 45 square metre plot?",
    "Ellie's plot rent of £50 goes up by 8%, and she also pays a £5 water charge. What is her new yearly total?",
    "Noah plants garlic cloves 15 cm apart along rows 3 metres long, with a clove at each end. How many cloves does he plant in 4 rows?",
    "A seed swap starts with 240 packets. Each of 35 visitors takes 4 packets and leaves 2. How many packets are left at the end?",
    "Hana's pumpkin weighs 12 kg on Monday and gains 0.8 kg a day. On which day does it first weigh at least 16 kg?",
    "Eight plot holders share a rotavator hire of £72 plus £12 for fuel. Two of them used it twice as long as the others and pay double shares. How much does one of those two pay?",
]

# 25 multiple-choice items in the manner of MMLU.
CLEAN_MMLU = [
    "Which nutrient is most associated with leafy green growth in vegetables?\nA. Nitrogen\nB. Phosphorus\nC. Potassium\nD. Calcium",
    "Legumes such as peas and beans improve soil fertility mainly because they:\nA. release potassium from their leaves\nB. host bacteria that fix atmospheric nitrogen\nC. raise soil pH sharply\nD. repel all soil pests",
    "Potato late blight is caused by:\nA. a virus spread by aphids\nB. the oomycete Phytophthora infestans\nC. a lack of boron\nD. frost damage",
    "Adding garden lime to soil usually:\nA. lowers the pH\nB. raises the pH\nC. adds nitrogen\nD. kills earthworms",
    "Clubroot is a disease mainly of which plant family?\nA. Solanaceae\nB. Brassicaceae\nC. Cucurbitaceae\nD. Apiaceae",
    "A shared water tap that anyone on a site can use, but whose water runs short when overused, is best described as:\nA. a private good\nB. a club good\nC. a common-pool resource\nD. a pure public good",
    "The median of the plot sizes 125, 250, 250, 300 and 500 square metres is:\nA. 250\nB. 285\nC. 300\nD. 125",
    "Crop rotation on an allotment is mainly used to:\nA. reduce the build-up of soil-borne pests and diseases\nB. increase the hours of sunlight\nC. make watering unnecessary\nD. raise the soil temperature",
    "A well-made compost heap has a carbon to nitrogen ratio of roughly:\nA. 1:1\nB. 5:1\nC. 30:1\nD. 300:1",
    "In photosynthesis, plants take in carbon dioxide and release:\nA. nitrogen\nB. oxygen\nC. methane\nD. hydrogen",
    "Which insect is the most important pollinator of many fruit crops in temperate gardens?\nA. Aphid\nB. Honeybee\nC. Ladybird\nD. Earwig",
    "A rectangular plot measures 10 m by 25 m. Its area is:\nA. 35 square metres\nB. 70 square metres\nC. 250 square metres\nD. 2,500 square metres",
    "The water pressure at a tap fed by gravity from a tank depends mainly on:\nA. the width of the tank\nB. the height of the water above the tap\nC. the colour of the pipe\nD. the air temperature",
    "In England and Wales, the duty of local authorities to provide allotments where there is demand comes mainly from legislation of the:\nA. 1600s\nB. early 1900s\nC. 1990s\nD. 2010s",
    "Which of these is a biological control for slugs?\nA. Copper tape\nB. Nematodes\nC. Beer traps\nD. Metaldehyde pellets",
    "Mulching a bed with straw mainly helps to:\nA. increase weed growth\nB. keep moisture in the soil\nC. lower the soil's organic matter\nD. attract slugs away from crops",
    "A tenancy agreement that can be ended by either side with notice is called a:\nA. freehold\nB. periodic tenancy\nC. easement\nD. covenant",
    "Which gas is mainly produced when food waste rots without oxygen in a landfill?\nA. Oxygen\nB. Methane\nC. Helium\nD. Ozone",
    "Hedgehogs are welcome on allotments mainly because they:\nA. eat slugs and beetles\nB. pollinate beans\nC. aerate the soil\nD. fix nitrogen",
    "If 12 of 48 plots on a site are vacant, what percentage is vacant?\nA. 12%\nB. 20%\nC. 25%\nD. 40%",
    "Which of the following is an annual vegetable in a temperate climate?\nA. Asparagus\nB. Rhubarb\nC. Lettuce\nD. Globe artichoke",
    "A volunteer group that pools money to buy seed in bulk mainly benefits from:\nA. economies of scale\nB. inflation\nC. price discrimination\nD. a tax rebate",
    "Blossom end rot in tomatoes is usually linked to:\nA. too much nitrogen\nB. calcium not reaching the fruit because of uneven watering\nC. aphid damage\nD. lack of light",
    "Which soil type drains fastest?\nA. Clay\nB. Silt\nC. Sand\nD. Peat",
    "In a committee vote, a motion needs a simple majority of the 11 members present. What is the smallest number of votes in favour that passes it?\nA. 5\nB. 6\nC. 7\nD. 11",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to eat vegetables grown on an allotment that used to be a railway siding, and should I get the soil tested first?",
    "What's the best way to avoid back pain when digging over a plot?",
    "I got stung by a wasp while picking plums. When should I worry about an allergic reaction?",
    "How long am I protected after a tetanus booster if I cut myself on a rusty garden fork?",
    "Can handling manure without gloves make you ill?",
    "What are the early signs of Lyme disease after a tick bite from long grass?",
    "Is gardening good exercise for someone with type 2 diabetes?",
    "How do I soothe a nettle sting quickly?",
    "What sunscreen should I use for long days working outdoors in summer?",
    "Is it safe to garden while pregnant, given the risk of toxoplasmosis from cat faeces in soil?",
    "Can hay fever get worse from working around grass and flowering plants, and what helps?",
    "Are giant hogweed burns serious, and what should I do if the sap gets on my skin?",
    "What are the signs of heat exhaustion when working outdoors on a hot day?",
    "How can someone with arthritis in their hands keep gardening comfortably?",
    "Is it safe to eat potatoes that have turned green?",
    "Can you catch Legionnaires' disease from compost or potting mix, and how can I reduce the risk?",
    "What should go in a first-aid kit for a community garden shed?",
    "How much water should I drink during a four-hour volunteer work day in hot weather?",
    "Are rhubarb leaves poisonous, and what happens if a child eats some?",
    "Does regular gardening help with mild depression or anxiety?",
    "How do I know whether a splinter from a wooden raised bed needs a doctor?",
    "Can you catch Weil's disease from a compost heap where rats live?",
    "Which common garden plants, such as foxgloves, are dangerous to touch or eat?",
    "How should I lift heavy bags of compost safely with a bad knee?",
    "Is it harmful to use a strimmer for an hour without ear protection?",
]

NATIONAL_IDS = {
    "320106197807111685": china_id_ok,  # Chinese resident identity card
    "320106198401103532": china_id_ok,
    "450.650.498-40": cpf_ok,  # Brazilian CPF
    "139.105.646-90": cpf_ok,
    "6426 9057 0117": aadhaar_ok,  # Indian Aadhaar
    "7940 3140 7578": aadhaar_ok,
    "S6645707I": nric_ok,  # Singapore NRIC
    "T5196797B": nric_ok,
    "720116-6589": luhn_len(10),  # Swedish personnummer
    "578671669": bsn_ok,  # Dutch BSN
    "033405499": bsn_ok,
    "820211-2798078": rrn_ok,  # Korean resident registration number
    "125 258 073": tfn_ok,  # Australian tax file number
    "198 209 546": luhn_len(9),  # Canadian SIN
    "28685250084": kimlik_ok,  # Turkish kimlik
    "696 980 1675": nhs_ok,  # NHS number
    "901 901 6512": nhs_ok,
    "89031179141": pesel_ok,  # Polish PESEL
    "89041966661": pesel_ok,
    "RSSGLI83H57L219Z": codice_fiscale_ok,  # Italian codice fiscale
    "180879-931F": hetu_ok,  # Finnish henkilötunnus
    "8705170298083": luhn_len(13),  # South African id
    "0216 0396 8694": my_number_ok,  # Japanese My Number
    "57674048F": dni_ok,  # Spanish DNI
    "Y8588191M": dni_ok,  # Spanish NIE
    "3561549UA": pps_ok,  # Irish PPS number
    "2 89 07 75 953 260 84": nir_ok,  # French NIR
    "84.09.16-608.60": belgian_id_ok,  # Belgian national number
    "19087021192": fodselsnummer_ok,  # Norwegian fødselsnummer
    "254361161": nif_ok,  # Portuguese NIF
    "2850816214301": cnp_ok,  # Romanian CNP
    "10.251.741-5": rut_ok,  # Chilean RUT
    "48605150779": isikukood_ok,  # Estonian isikukood
    "150784-4689": kennitala_ok,  # Icelandic kennitala
    "875110/9609": rodne_cislo_ok,  # Czech rodné číslo
    "3379023406": rnokpp_ok,  # Ukrainian RNOKPP
    "66903835249": steuer_id_ok,  # German tax id
    "FNF4514": nhi_ok,  # New Zealand NHI
    "3394 91818 2": medicare_ok,  # Australian Medicare card
    "15087844286": luhn_len(11),  # Greek AMKA
    "023466519": luhn_len(9),  # Israeli teudat zehut
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0(121|131|161|117) 496 0\d{3}",  # Birmingham, Edinburgh, Manchester, Bristol
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|20|27|30|31|34|36|39|40|46|48|52|62|63|64|65|66|84|86|91|92|98|234|254|351|358|370|380|381|420|880|886|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Chat requests name people and some hold secrets; every record names one person;
    the records hold the national ids."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {keys} keys")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    in_chat = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in CHAT)
    if not 38 <= with_id <= 42 or in_chat:
        raise SystemExit(f"records: {with_id} with a national id, {in_chat} in chat")


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
        "blind168", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
