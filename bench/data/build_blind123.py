# ruff: noqa: E501
"""A hundred-and-twenty-third blind privacy set: 220 texts with personal data and 100 clean
ones, on community and family life.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The theme is community and family life: sports clubs
and team rotas, churches, mosques, temples, gurdwaras and synagogues, weddings and
funerals, residents' and neighbourhood groups, volunteering and charity shops, hobby clubs
and choirs, pets and vets, birthday parties and reunions.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting notices, invitations, letters and replies, summarising pasted minutes, call
  logs, chat threads and e-mails, translating, fixing wording, splitting costs, asking
  whether a message is a scam, planning rotas and events. The first 30 are typed all in
  lower case (names, e-mails, addresses and codes too, with shorthand and typos); the next
  6 are in Spanish, Polish, Swahili, Tagalog, Korean and Norwegian; the other 84 in
  ordinary English. Names of many origins (some in Chinese, Greek, Cyrillic, Arabic and
  Korean script), first names alone, surnames after titles, full names, nicknames and
  names that are ordinary words (Frank, Rose, Precious, Patience, Joyce), most named in
  passing with no cue word; 1 to 8 values each; every type appears at least once.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register entries and short letters from club, parish, temple, choir, vet and reunion
  paperwork; each holds exactly one person's name and one to four other values; 43 hold a
  national id with valid check digits (NHS number, Polish PESEL, Norwegian
  fødselsnummer, Korean resident registration number, Spanish DNI and NIE, Irish PPS
  number, Dutch BSN, Italian codice fiscale, Finnish henkilötunnus, Swedish
  personnummer, Canadian SIN, Indian Aadhaar, Singapore NRIC, Australian TFN and Medicare
  card, French NIR, Belgian national number, Romanian CNP, Chilean RUT, Estonian
  isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New
  Zealand NHI, Brazilian CPF, Turkish kimlik, Chinese resident id, Japanese My Number,
  South African id), and one more (a Spanish DNI) sits in the Spanish chat request.

Usernames and logins, member, client, player, donor, account, policy, licence, passport,
DBS certificate and electoral roll numbers and national ids are ID_NUMBER; PINs, door, gate,
key safe, alarm, locker and padlock codes, wifi keys, passcodes, passwords and passphrases
are PASSWORD; titles and relation words (Mr, Mrs, Dr, Rev, Pastor, Rabbi, Sheikh, Cllr,
Coach, Aunty, Uncle, Nurse, Madame, pani, Aling, Mama, bro, sister, my nan) stay outside
PERSON spans; an address span runs from the first street line through the postcode and
city as typed. Public figures, saints, composers, fictional characters, companies,
churches and clubs, pets' names, wifi network names, order, claim, booking, invoice and
police references, card endings, postcodes alone, amounts and dates of birth are not
labelled; every occurrence of a private value is marked (a name said again is marked each
time). The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts
(some naming historical or fictional people), 25 GSM8K-style word problems with fictional
first names, 25 MMLU-style items with options A to D and 25 health questions (people and
pets) naming no one, mostly on the theme.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0, 01632 960; North America 555-01xx; Australia 0491 570; France 06 39 98;
Germany 030 23125) and in each country's own layout elsewhere (Poland, Kenya, the
Philippines, Korea, Norway, Ireland, Spain, Italy, the Netherlands, India, Singapore,
Romania, Estonia, Ukraine, New Zealand, Brazil, Turkey, China, Japan, South Africa,
Nigeria, Sierra Leone); cards Luhn-valid, 15 or 16 digits and not well-known test numbers;
IBANs valid mod 97, of their country's length and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits.

Run ``.venv/bin/python bench/data/build_blind123.py`` from the repository root; the output
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
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Fr|Pastor|Rabbi|Imam|Sheikh|Ustadha|Cllr|Coach"
    r"|Nurse|Aunty|Auntie|Uncle|Sister|Brother|Bro|Madame|Mme|Herr|Frau|Pani|Pana|Aling"
    r"|Mama|Hermano)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u help me write a msg to the u11s parents group. training moved to thurs 6pm at the rec not the school field, coaches are [[PERSON|gav]] and [[PERSON|priya s]]. any qs text [[PERSON|gav]] on [[PHONE_NUMBER|07700 900418]]",
    "my nan [[PERSON|dorothy pickering]] passed on tuesday. funeral director mr [[PERSON|hargreaves]] needs the eulogy by fri and i dont know where to start. she ran the wool shop on [[STREET_ADDRESS|14 castle lane, ripon hg4 1qt]] for 40 yrs and knitted a blanket for every baby in the parish. three kids, [[PERSON|margaret]], [[PERSON|tony]] and my mum [[PERSON|sue]], seven grandkids. she loved the grand national, a sherry at christmas and shouting at the telly. want it funny but not disrespectful, about 3 mins to read out",
    "is this a scam?? got a text saying a parcel for [[PERSON|aisha]]s wedding is held at the depot and to pay £1.99 redelivery at a link. it used my full name [[PERSON|farida begum]] and my number [[PHONE_NUMBER|07700 900263]] so it looks real",
    "choir rota for advent pls make it a table: sopranos [[PERSON|bridget]], [[PERSON|oona]], [[PERSON|wen li]]; altos [[PERSON|marguerite]] + [[PERSON|hattie]]; tenors only [[PERSON|dafydd]] lol. each week 2 people on tea duty but not [[PERSON|hattie]] twice in a row",
    "scout hut notice pls: wifi [[PASSWORD|woggle-fire-2291]], key safe [[PASSWORD|4418]]",
    "our dog biscuit had her jabs today, dr [[PERSON|okonkwo]] said come back in 3 weeks for the second one. can u write a reminder for my partner [[PERSON|jamie]] with the practice no [[PHONE_NUMBER|020 7946 0731]] and the pet plan no [[ID_NUMBER|pp-882140]]",
    "rota for the hospice shop next wk: mon [[PERSON|sheila]] & [[PERSON|des]], tue [[PERSON|marek]], wed closed for stocktake, thu [[PERSON|sheila]] again, fri [[PERSON|tunde]]. till code for the new volunteers is [[PASSWORD|7302]]. make it look nice for the noticeboard",
    "translate into simple english for my mum pls, shes polish: 'dear mrs [[PERSON|nowak]], your allotment plot 17b rent of £42 is overdue'. her full name is [[PERSON|halina nowak]] and she wants to email them back from [[EMAIL_ADDRESS|halinanowak52@wp.pl]]",
    "split the cost of [[PERSON|ravi]]s 40th surprise party between me, [[PERSON|kez]], [[PERSON|nads]] and [[PERSON|stevo]]: hall £180, dj £250, cake £65. [[PERSON|kez]] already paid the £180 hall deposit. who owes who",
    "need a short announcement for the masjid whatsapp: iftar volunteers meet at 6.15 in the side hall, bro [[PERSON|yusuf]] has the kitchen keys, sister [[PERSON|maryam]] doing the rota. donations for the food to [[IBAN_CODE|gb74 loyd 3096 2417 3058 62]] ref iftar",
    "pls make this less cringe: 'hiya everyone!!! the st aidans class of 2004 reunion is on 12 july at the crown. rsvp to me [[PERSON|kerry-ann]] on [[EMAIL_ADDRESS|kerryann.b@hotmail.co.uk]] or [[PHONE_NUMBER|07700 900577]]. partners welcome, no kids'",
    "write a cute invite for my son [[PERSON|zeke]] turning 7, dinosaur theme, sat 2-4pm at ours [[STREET_ADDRESS|23 birchwood rd, leeds ls8 2ep]]. rsvp to me ([[PERSON|chantelle]]) by weds so i know how many party bags",
    "got an email from 'pastor [[PERSON|emmanuel adeyemi]]' asking me to buy 5 amazon gift cards for church members and send the codes to [[EMAIL_ADDRESS|pastor.e.adeyemi@gmx.com]]. our pastor never emails like that. scam right?",
    "our club uses teamsnap, login is [[ID_NUMBER|harriers.u9.manager]] pw [[PASSWORD|goalpost77!]]. can u write steps for [[PERSON|lewis]] on how to add the new kids while im on holiday",
    "summarise these minutes pls: resi assoc mtg 3 mar. present [[PERSON|jan]], [[PERSON|colin w]], [[PERSON|mags]], [[PERSON|ifeoma]]. bins behind no.12 still overflowing, [[PERSON|colin]] to ring council. gate code for the shared garden changing to [[PASSWORD|2580#]], [[PERSON|mags]] to tell the new tenants. next mtg april",
    "we collected £312 at work for [[PERSON|debbie]] after her dads funeral. she sent me her iban [[IBAN_CODE|gb07 barc 2041 7853 9206 14]] so we can just transfer it. write a short card msg to go with it, nothing soppy she'd hate that",
    "draft notes for our cat sitter [[PERSON|ola]]: feed mochi twice a day, insulin at 8am, back door key in the lockbox code [[PASSWORD|1047]], alarm [[PASSWORD|8832]] then press off. emergency vet is [[PHONE_NUMBER|0491 570 226]] if anything happens",
    "wedding seating help!! top table: me, [[PERSON|dom]], his mum [[PERSON|lorraine]], my dad [[PERSON|pete]], best man [[PERSON|scotty]], my maid of honour [[PERSON|fen]]. [[PERSON|pete]] and [[PERSON|lorraine]] were married once and do not get on. how do i arrange it",
    "write a thank you letter to mr and mrs [[PERSON|achterberg]] of [[STREET_ADDRESS|3 the glebe, little haddon, oxon ox33 9pl]] for their £500 gift to the st michaels roof appeal. sign it from rev [[PERSON|cathy moss]]",
    "booked the cricket club end of season meal on my card [[CREDIT_CARD|4929 1730 6458 2138]], £38 a head x 14. [[PERSON|arjun]] and [[PERSON|nikhil]] cant come but already paid me. work out what everyone else owes",
    "polite txt to neighbour [[PERSON|gracie]] re her dog howling all day? her no is [[PHONE_NUMBER|07700 900835]]",
    "helping my grandpa [[PERSON|walt kowalczyk]] fill the vfw post renewal, it asks for ssn [[US_SSN|412-58-3076]] and member no [[ID_NUMBER|2209318]]. is that normal for a veterans club or sketchy",
    "gurdwara langar rota this sun: roti [[PERSON|harpreet]] & [[PERSON|jaswinder]], dal [[PERSON|manjit kaur]], washing up the youth lot. can u turn it into a whatsapp msg in english and punjabi",
    "im treasurer of the model railway club and the website guy [[PERSON|trev]] left. the teamapp api token he used is [[API_KEY|tapp_4qm8vr2xk9nl7wp3st6yb1cz]], do i need to change it or can i just keep using it",
    "make this tidier: 'uni netball girls reunion!! [[PERSON|soph]] hosting at hers [[STREET_ADDRESS|flat 2, 41 mayfield terrace, edinburgh eh9 1sd]], bring a bottle, [[PERSON|becca]] is doing a cake, any allergies tell [[PERSON|soph]]'",
    "someone keeps posting spam on our village forum. admin panel says it came from [[IP_ADDRESS|203.0.113.58]] with username [[ID_NUMBER|dales_lad_1999]]. can i block the ip and could it be [[PERSON|gareth]] who got banned last month",
    "summarise call w the vicar: baptism for baby [[PERSON|ottilie]] 14 sept 11am, godparents [[PERSON|hugo]] & [[PERSON|ngozi]], need birth cert + form, fee waived. vicar is rev [[PERSON|tamsin]], mob [[PHONE_NUMBER|07700 900146]]",
    "remind me in a nice way to tell [[PERSON|kofi]] the swim club locker combo is [[PASSWORD|3-19-27]] and the pool hall side door is [[PASSWORD|c4519]]. he's new and a bit shy",
    "fix grammar only pls dont change the feel: 'my dad [[PERSON|frank]] were a quiet man, he love his pigeons and the working mens club. him and [[PERSON|alf]] raced birds for 30 year and never once argued, except about the weather'",
    "we're doing a whip round for [[PERSON|bernie]]s 80th at the bowls club. send to my monzo, name [[PERSON|niamh o'driscoll]], or paypal [[EMAIL_ADDRESS|niamh.odris@outlook.ie]]. write the note for the club noticeboard",
    # --- other languages: Spanish, Polish, Swahili, Tagalog, Korean, Norwegian ---
    "¿Me ayudas a redactar un mensaje para el grupo de la peña ciclista? La salida del domingo la lidera [[PERSON|Paco Ferrándiz]] y quedamos en el bar de [[PERSON|Maribel]]. La cuota anual va a la cuenta [[IBAN_CODE|ES88 2100 3817 4602 0159 3728]], y en el concepto poned vuestro DNI, por ejemplo el mío: [[ID_NUMBER|53718204W]].",
    "Napisz proszę krótkie ogłoszenie do parafii: zbiórka na komunię w sobotę o 10, zapisy u pani [[PERSON|Grażyny Wójcik]] pod numerem [[PHONE_NUMBER|+48 601 247 839]]. Klucz do salki ma pan [[PERSON|Zbyszek]], a kod do domofonu to [[PASSWORD|1379K]].",
    "Nisaidie kuandika ujumbe kwa kikundi cha WhatsApp cha harusi: michango ya harusi ya [[PERSON|Baraka]] na [[PERSON|Neema]] itumwe kwa M-Pesa namba [[PHONE_NUMBER|+254 712 480 362]], jina Mama [[PERSON|Zawadi Mwangi]]. Kikao kijacho ni Jumamosi saa nane mchana.",
    "Pakigawa naman ng paalala para sa mga magulang ng basketball team: ang bayad sa jersey ay ₱650, ipadala sa GCash ni Coach [[PERSON|Jomar]] sa [[PHONE_NUMBER|0917 482 3051]]. Si Aling [[PERSON|Tess]] ang bahala sa merienda sa Sabado.",
    "교회 청년부 단톡방에 올릴 공지 좀 다듬어 줘: 이번 주 수련회 회비 5만 원은 [[PERSON|김민준]] 형제에게 보내 주세요. 연락처는 [[PHONE_NUMBER|010-4827-3915]] 입니다. 숙소 현관 비밀번호는 [[PASSWORD|7714*]] 이고, 늦게 오는 사람은 [[PERSON|이서윤]] 자매한테 먼저 연락하세요.",
    "Kan du skrive en hyggelig invitasjon til 17. mai-frokost i borettslaget? Påmelding til [[PERSON|Solveig Haugland]] på [[EMAIL_ADDRESS|solveig.haugland@online.no]] eller [[PHONE_NUMBER|+47 924 18 337]]. Egenandel 150 kr til konto [[IBAN_CODE|NO91 1503 2748 196]].",
    # --- English ---
    "Can you write a short, warm message to the Thursday choir telling them that [[PERSON|Marguerite Delacroix-Hill]] is stepping down as director after 22 years? Her leaving do is at the Fox & Hounds on 4 May. Cards can be dropped at [[PERSON|Hyacinth]]'s, [[STREET_ADDRESS|7 Orchard Close, Thame OX9 3DW]].",
    "My mum [[PERSON|Evelyn]] got a call from someone claiming to be from the diocese office, saying her Gift Aid had been overpaid and they needed her card to refund it. She read out [[CREDIT_CARD|5354 1882 6039 1747]] before I grabbed the phone. What does she need to do right now?",
    "Please turn this into a tidy rota table for the Sunday league refs: Oct 6 – [[PERSON|Callum Reid]] ([[PHONE_NUMBER|07700 900312]]), Oct 13 – [[PERSON|Tomasz]], Oct 20 – [[PERSON|Callum]] again, Oct 27 – [[PERSON|Yaw Boateng]] ([[PHONE_NUMBER|07700 900955]]). [[PERSON|Tomasz]]'s number is [[PHONE_NUMBER|07700 900671]].",
    "I'm arranging my father's service with a funeral home in Ohio. They emailed asking for his Social Security number for the death certificate. It's [[US_SSN|298-46-1753]], name [[PERSON|Raymond Earl Whitcomb]]. Can you draft a reply that sends it but also asks how they store it?",
    "For the village hall hire pack, write a friendly welcome page. Include: wifi network HallGuest, password [[PASSWORD|Bluebell!Meadow42]], key safe by the side door code [[PASSWORD|0613]], and emergency contact [[PERSON|Lorraine Pegg]] on [[PHONE_NUMBER|01632 960441]].",
    "Summarise this call log from the allotment society phone: 09:12 Mr [[PERSON|Patel]] re plot 4, water tap leaking. 10:40 Mrs [[PERSON|Agnieszka Zielińska]] wants to swap to a half plot, call back [[PHONE_NUMBER|07700 900208]]. 11:05 withheld number asking for the chairman. 14:30 [[PERSON|Geoff]] – shed break-in, police ref given. 15:10 [[PERSON|Rhoda]] from plot 31 offering spare seed potatoes, ring [[PHONE_NUMBER|0161 496 0388]]. 16:45 council about the skip delivery on Thursday. Group these into things I need to act on and things that are just for information.",
    "Urdu please: 'Uncle [[PERSON|Tariq]] collects you at five.'",
    "My wedding guest list has names in different scripts and the calligrapher wants them in English letters too. Can you transliterate: [[PERSON|陈美玲]], [[PERSON|Αικατερίνη Παπαδοπούλου]], [[PERSON|Дмитрий Соколов]] and [[PERSON|محمد العتيبي]]?",
    "Help me write to PetGuard about claim 55812. Policy holder: [[PERSON|Rosalind Achebe]], policy number [[ID_NUMBER|PG-40917-22]], treating vet Dr [[PERSON|Fiona McTaggart]] at Riverside Vets. Our rabbit Clover needed dental surgery and they've only paid half.",
    "Our neighbourhood watch camera portal shows a login at 3am from [[IP_ADDRESS|198.51.100.23]] on the account of [[PERSON|Dennis Fairbrother]] (username [[ID_NUMBER|dfairbrother]]). He swears it wasn't him. What should we tell the members?",
    "I volunteer at a food bank and built a little sign-up form. Someone said I shouldn't leave our form service key in the page source: [[API_KEY|fsk_live_93jd82Hs0qLm27Xz5Rt4Wc8NvP1e]]. Is that really a risk? Who could actually see it?",
    "Split the hen do costs for [[PERSON|Keeley]]: cottage £960, activities £420, food £210. There are nine of us, but [[PERSON|Keeley]] doesn't pay, and [[PERSON|Shona]] and [[PERSON|Precious]] are only there Saturday so they pay half a cottage share. Show the working.",
    "Can you make this email to the parish council less angry? 'Dear Cllr [[PERSON|Whitmore]], for the third time, the footpath behind [[STREET_ADDRESS|18 Rectory Road, Bishop's Stortford CM23 2QR]] is flooded and my elderly mother [[PERSON|Joan Ashdown]] has fallen twice. Reply to me at [[EMAIL_ADDRESS|marcus.ashdown@btinternet.com]].'",
    "Planning the cub camp. Make a checklist from this: [[PERSON|Leo Vasquez-Grant]] – inhaler; [[PERSON|Ananya Reddy]] – nut allergy, EpiPen, mum's number [[PHONE_NUMBER|07700 900724]]; [[PERSON|Finn O'Hare]] – homesick last year. Campsite gate code is [[PASSWORD|4471]] and the first-aid box is in the blue container.",
    "The livestream of our Sunday service keeps dropping. The encoder box is on [[IP_ADDRESS|192.0.2.44]] and the router admin password is [[PASSWORD|StPaulsAV#2019]]. Brother [[PERSON|Samuel]] set it all up but he's away until Easter. What can I check myself?",
    "I'm organising a 25-year reunion for Holy Cross Secondary, class of 1999. Draft an email to our old form tutor, Mr [[PERSON|Kavanagh]], inviting him and asking if he's still in touch with [[PERSON|Siobhan Rourke]] or [[PERSON|Declan 'Dec' Mulholland]].",
    "My sister and I share our late dad's old collie. The vet bill was £684.50 and she pays 60% because the dog lives with her. Write [[PERSON|Ingrid]] a friendly message with her share and my account, [[IBAN_CODE|GB64 NWBK 5600 3172 8495 30]].",
    "Write a note to parents for [[PERSON|Amara]]'s 6th birthday: it's at the soft play on Cray Road, Saturday 3pm. Please text allergies to me on [[PHONE_NUMBER|0491 570 883]]. Her little brother [[PERSON|Kwame]] will be there too, so siblings are welcome.",
    "Our charity shop needs DBS checks for two new volunteers. Lay their details out as a table for the form: [[PERSON|Patience Owusu]], [[STREET_ADDRESS|12 Lark Rise, Northampton NN3 6TY]]; [[PERSON|Hamish Grieve]], [[STREET_ADDRESS|Flat 7, 90 Leith Walk, Edinburgh EH6 5HB]].",
    "Our cricket club shares one Google account for fixtures. The email is [[EMAIL_ADDRESS|fixtures.oakleighcc@gmail.com]] and the password [[PASSWORD|Wicket2024!!]]. [[PERSON|Reggie]] wants to hand it to all eleven captains. Talk me out of it or suggest something better.",
    "Fix the wording on our poster: 'Come here the Lindfield Singers perform Fauré's Requiem, soloist [[PERSON|Aurelia Nwachukwu]], conducted by [[PERSON|Jeremy Platt]]. Tickets from [[PERSON|Pam]] on [[PHONE_NUMBER|0113 496 0517]] or on the door.'",
    "A brother from our mosque, [[PERSON|Abdirahman Warsame]], passed away last night. Please help me write a short notice for the janazah after Dhuhr tomorrow, with his son [[PERSON|Hassan]]'s number [[PHONE_NUMBER|07700 900390]] for anyone wanting to visit the family.",
    "Turn these notes into proper minutes. Bowls club AGM. Chair: [[PERSON|Margaret Oyelaran]]. Treasurer [[PERSON|Keith]] reported £4,210 in the bank. Agreed: subs up to £65. [[PERSON|Keith]] to change the green-keeper's shed padlock from [[PASSWORD|1234]] to [[PASSWORD|5819]]. AOB: [[PERSON|Ron]]'s retirement do.",
    "Is this a scam? Our wedding photographer [[PERSON|Jade]] emailed from [[EMAIL_ADDRESS|jade.whitfield.photo@proton.me]] (not her usual address) asking for the balance by transfer to a new account, [[IBAN_CODE|GB67 MIDL 4012 0592 7364 81]], because her old bank 'closed her account'. The wedding is in nine days.",
    "Can you write a volunteer sign-up blurb for the Little League snack bar? Contact is me, [[PERSON|Dana Kirkpatrick]], at [[PHONE_NUMBER|(614) 555-0139]] or [[EMAIL_ADDRESS|dkirkpatrick.ll@yahoo.com]]. Shifts are two hours and you get a free hot dog.",
    "Please translate this into Japanese for my daughter's host family: 'Dear Mr and Mrs [[PERSON|Tanaka]], thank you so much for hosting [[PERSON|Ellie]] on the sister-school exchange. She has a mild peanut allergy but eats everything else.'",
    "The charity shop till (EPOS) has a manager login. Write simple step-by-step instructions for Saturday volunteers to void a sale. Login: [[ID_NUMBER|shopmgr_hornsea]], PIN [[PASSWORD|662907]]. The volunteer lead is [[PERSON|Bev]] if they get stuck.",
    "We found a cat with a collar tag: 'Mittens – if found call [[PERSON|Olusegun]] [[PHONE_NUMBER|07700 900119]]'. How should I word a post for the local lost pets group without putting his number up publicly?",
    "Street party budget: £340 from the community grant, plus pledges – no.2 [[PERSON|Tricia Henderson]] £20, no.5 [[PERSON|Anil]] & [[PERSON|Deepa]] £30, no.11 Mrs [[PERSON|Grabowski]] £10, no.14 £25. What's left for a bouncy castle at £190 after £260 on food?",
    "Help me reply to this: 'Hi, is this the same [[PERSON|Nadia Karimi]] who was at Westfield Primary in the 90s? It's [[PERSON|Beth Lockwood]]! We're doing a reunion, add me [[EMAIL_ADDRESS|beth.lockwood88@gmail.com]]'. I want to say yes but honestly I don't remember her at all.",
    "Check my maths on the netball kit order: 12 dresses at £34, 12 bibs at £6, delivery £9. I'll pay on the club card [[CREDIT_CARD|4532 0791 4826 5708]] and [[PERSON|Chiamaka]] will reimburse me from the subs pot.",
    "Write an invitation for the Navratri garba night in the Shree Ram Mandir hall. Tickets through [[PERSON|Hemaben Patel]], [[PHONE_NUMBER|07700 900587]], or [[PERSON|Mukesh Joshi]] after Sunday aarti. Dress code traditional, dandiya sticks provided.",
    "Mam's funeral came to €6,840. There are five of us: me ([[PERSON|Siobhán]]), [[PERSON|Pádraig]], [[PERSON|Gráinne]], [[PERSON|Eoin]] and [[PERSON|Cathal]], but [[PERSON|Cathal]]'s out of work so we agreed he pays nothing. Work out the shares and draft a text asking them to pay into [[IBAN_CODE|IE14 BOFI 9012 8364 7159 02]].",
    "My mother-in-law [[PERSON|Pilar]] wants to join the family photo album. Our shared account password is [[PASSWORD|Paella&Sangria1987]]. How do I add her without handing her that?",
    "Draft an email to Meadowbank Vets moving Bruno's neutering from Tuesday to Friday. I'm [[PERSON|Agata Szymańska]], client account [[ID_NUMBER|448213]], phone [[PHONE_NUMBER|07700 900654]]. Ask whether he still needs to be starved from midnight.",
    "Summarise this email in three bullets: From: [[PERSON|Gwen Pryce]]. 'Rehearsal moves to the Methodist hall, [[STREET_ADDRESS|22 Chapel Street, Penarth CF64 1HE]]. Bring the Rutter scores. [[PERSON|Nkechi]] is poorly so [[PERSON|Harriet]] covers the alto solo.'",
    "I run the Tuesday repair café at the community centre. The back office door code is [[PASSWORD|7C1995]] and the cabinet key is with [[PERSON|Gordon]]. Please write a one-page first-shift guide for new volunteers.",
    "Help me punch up my best man speech. The groom is my brother [[PERSON|Olly]], the bride is [[PERSON|Anjali]]. Best story: [[PERSON|Olly]] once drove to the wrong venue – his cousin [[PERSON|Raj]]'s wedding – and stayed for the starters.",
    "Plan a timeline for my son [[PERSON|Ezra]]'s bar mitzvah weekend: Shabbat service, kiddush after, party Sunday at the Hallam Suite. Rabbi [[PERSON|Goldfarb]] wants names for the aliyot by Wednesday: Uncle [[PERSON|Saul]], [[PERSON|Miriam Adler]] and [[PERSON|Dov]]. Friday night dinner is at ours for 22, Saturday lunch is the kiddush itself, and on Sunday we need someone to collect the cake at 10 and the DJ arrives at 2. My parents fly in Thursday evening. Can you lay it all out hour by hour and flag anything I have forgotten?",
    "Our small church pays the organist as a contractor. The treasurer needs to file a 1099 for [[PERSON|Lydia Marchetti]], SSN [[US_SSN|531-07-2286]], address [[STREET_ADDRESS|4410 Elm Grove Ave, Dayton, OH 45405]]. What else do we need from her?",
    "Write a text to the parents of [[PERSON|Ruby Chen]] and [[PERSON|Malik Hassan]] saying their swimming membership numbers ([[ID_NUMBER|BS-1184207]] and [[ID_NUMBER|BS-1184219]]) have come through and they can enter the county gala.",
    "Planning a surprise 50th for my husband [[PERSON|Niall]]. The garage code at my sister [[PERSON|Deirdre]]'s, where we're hiding everyone, is [[PASSWORD|2841]] and her wifi is deirdre_home / [[PASSWORD|Fuchsia77]]. Write me a schedule for the evening.",
    "A man rang the PTA phone saying he's from the raffle prize supplier and needs our treasurer [[PERSON|Helen Ibekwe]]'s date of birth and account number [[ID_NUMBER|31926819]] to release the prizes. Is that legit?",
    "Summarise what was decided in this chat: [19:02] [[PERSON|Tunde]]: can we move 5-a-side to 7? [19:03] [[PERSON|Liam]]: fine by me [19:05] [[PERSON|Wojtek]]: pitch 3 is booked under my name, ref 88172 [19:06] [[PERSON|Tunde]]: cool, [[PERSON|Liam]] bring the bibs [19:08] [[PERSON|Wojtek]]: who has the ball pump [19:09] [[PERSON|Sami]]: me. can someone cover me in goal on the 14th, got a wedding [19:12] [[PERSON|Liam]]: ill ask my brother [19:15] [[PERSON|Tunde]]: subs are £5 this week, pitch price went up",
    "Our street takes turns walking old Mrs [[PERSON|Fenwick]]'s spaniel while she recovers. Make a Mon–Sun rota for me, [[PERSON|Kasia]], [[PERSON|Jerome]], [[PERSON|Amir]] and the twins ([[PERSON|Lily]] and [[PERSON|Rose]]). Mrs [[PERSON|Fenwick]]'s back gate alarm code is [[PASSWORD|9051]].",
    "Translate this into Polish for the lady at number 6: 'Dear Mrs [[PERSON|Kowalczyk]], the residents' group is tidying the communal garden on Saturday. Could you ask your grandson [[PERSON|Kacper]] if he can help carry the bags?'",
    "Fifteen of us from the 1985 nursing cohort are meeting in York. Coach hire from Hull is £735. [[PERSON|Beryl]] and [[PERSON|Sunita]] are driving themselves. Everyone else splits the coach, and [[PERSON|Beryl]] wants to chip in £20 anyway. What does each person pay?",
    "Write a complaint to the practice manager at my vets. I'm [[PERSON|Thandiwe Mokoena]], [[STREET_ADDRESS|58 Wellington Crescent, Hove BN3 4PL]]. They charged me twice for Shadow's X-ray, £215 each time, and nobody answers the phone.",
    "For our wedding website we'd like a honeymoon fund section instead of a gift list. Write a gentle paragraph and include the account, in the names of [[PERSON|Temi]] and [[PERSON|Sade Adebayo-Clarke]]: [[IBAN_CODE|GB47 HBUK 4027 1658 3740 19]].",
    "The football club website was hacked. The hosting logs show an admin login from [[IP_ADDRESS|198.51.100.147]] using our secretary [[PERSON|Gillian Moorcroft]]'s account ([[ID_NUMBER|gmoorcroft]]), and her password was just [[PASSWORD|Harriers1]]. Write an email to the committee explaining what happened.",
    "Make a flowers rota for St Tydfil's for Lent: [[PERSON|Eirlys]], [[PERSON|Bethan]], Mrs [[PERSON|Prosser]], [[PERSON|Ceri]] and [[PERSON|Nia]], two weeks each, but [[PERSON|Bethan]] is away 10–24 March.",
    "Write a casual invite for our family reunion on the Sunshine Coast. It's at Aunty [[PERSON|Lorna]]'s, [[STREET_ADDRESS|17 Banksia Drive, Buderim QLD 4556]]. RSVP to my cousin [[PERSON|Bronte]] on [[PHONE_NUMBER|0491 570 342]]. Bring a plate and a chair.",
    "My gran [[PERSON|Ada]] keeps forgetting her passwords, so she writes them in a notebook: email [[EMAIL_ADDRESS|ada.pemberton@sky.com]], password [[PASSWORD|Tulips1948]], bank PIN [[PASSWORD|7265]]. Is a notebook actually that bad? What would you suggest for an 84-year-old?",
    "Marshals for the hospice 10k: checkpoint A [[PERSON|Jonty]] and [[PERSON|Fatima]], B [[PERSON|Sanjay Mehta]], C still needs someone, finish line [[PERSON|Caroline Dupuis]] with the radio. Write the briefing email.",
    "'Hi Mum new number [[PHONE_NUMBER|+44 7700 900482]]' – scam? [[PERSON|Tobias]] is at uni.",
    "My daughter [[PERSON|Aoife]]'s passport number is [[ID_NUMBER|PA7712938]]; the parish trip to Lourdes form wants it plus an emergency contact. Does this read OK: 'Emergency contact: [[PERSON|Brendan Carey]], [[PHONE_NUMBER|085 214 7763]], father.'",
    "Write up minutes for the sisters' circle: attendees [[PERSON|Khadija]], [[PERSON|Fatou Diallo]], [[PERSON|Rukhsana]] and [[PERSON|Nasra]]. Topics: Eid bazaar stalls and a new Qur'an class for teenage girls taught by Ustadha [[PERSON|Halima]]. Next meeting the 14th.",
    "[[PERSON|Wojciech]]'s wedding toast ideas?",
    "The hall booking app we use lets me pull bookings through an API. Our key is [[API_KEY|hb_live_R7tK2pX9wQ4mZ8vN3cL6yB0sF5jD1gH]]. Can you write a little Python snippet to list this month's bookings? [[PERSON|Gerald]], who built it, has left the parish.",
    "Sympathy card wording for [[PERSON|Mehmet]]? His dad died.",
    "Plan a baby shower for my best friend [[PERSON|Yetunde]]: 15 guests, her mum Mrs [[PERSON|Adeleke]] wants a prayer at the start, and [[PERSON|Yetunde]] hates nappy games. Venue is my flat, [[STREET_ADDRESS|5B Carlton Mansions, 14 Holmleigh Road, London N16 5PY]].",
    "Rewrite this reminder nicely for the darts league: 'Players who haven't paid subs: [[PERSON|Gaz Tomlinson]] (member [[ID_NUMBER|0713]]), [[PERSON|Piotr Wiśniewski]] (member [[ID_NUMBER|0744]]) and [[PERSON|Big Dave]]. Pay by Friday or no league night.'",
    "Translate into Spanish: 'The family of [[PERSON|Consuelo Ibarra]] invite you to a rosary on Thursday at 7pm at Our Lady of Guadalupe, and to the funeral Mass on Friday. In lieu of flowers, please give to her grandson [[PERSON|Mateo]]'s college fund.'",
    "Our running club wants to publish members' parkrun barcodes on the team scoreboard page. Is that OK? For example [[PERSON|Priyanka Iyer]] [[ID_NUMBER|A4829173]], [[PERSON|Moses Okello]] [[ID_NUMBER|A5302281]].",
    "Street BBQ costs: I spent £86 at the cash and carry, [[PERSON|Henrik]] £44 on charcoal and drinks, [[PERSON|Lucía]] £30 on veggie stuff. Eleven households share equally. Who pays whom?",
    "Summarise my notes from the vet call: Spoke to Nurse [[PERSON|Becky]]. Poppy's bloods fine, kidney values borderline, recheck in 6 weeks. New renal diet. Bill on account [[ID_NUMBER|20193]], paid with card ending 0382.",
    "My grandparents [[PERSON|Ferdinand]] and [[PERSON|Rosa Lindqvist]] celebrate 60 years next month. Can you write a short speech I can read at the lunch? They met at a church dance in Malmö in 1964.",
    "Our model flying club has to list each member's operator ID on the website. Format this as a table: [[PERSON|Ken Ashworth]] [[ID_NUMBER|GBR-OP-7X4K2M9PQ1]], [[PERSON|Sandra Lyle]] [[ID_NUMBER|GBR-OP-3RT8W6N2Z5]].",
    "I want to pay my zakat to the mosque but their site is down. The imam, Sheikh [[PERSON|Bilal]], apparently said to text card details to [[PHONE_NUMBER|07700 900941]] and they'll process it. My card is [[CREDIT_CARD|4012 8857 0346 9124]]. Is that safe??",
    "Pull the RSVPs out of these replies into a list with dietary needs: 'Yes from both of us! [[PERSON|Chidi]] is vegan – [[PERSON|Adaeze]] & [[PERSON|Chidi]]' / 'Sorry can't make it x [[PERSON|Tilly]]' / '[[PERSON|Hamza]] +1, halal please'.",
    "Can you translate our club's reminder into German for the partner club in Leipzig? 'Please pay the €45 exchange-trip fee to our treasurer [[PERSON|Joachim Reuter]], IBAN [[IBAN_CODE|DE80 5001 0517 6039 2847 15]], by 1 June.'",
    "I'm trying to find an old friend for our reunion: [[PERSON|Charlotte Beaumont]], married name maybe [[PERSON|Charlotte Okoro]], last known address [[STREET_ADDRESS|31 Pennine Way, Halifax HX2 7LB]]. How can I look for her politely without being creepy?",
    "Turn my scribbles into a handover for the next youth club leader: 'Key holder [[PERSON|Marcus Bell]]. Alarm [[PASSWORD|3316]] then enter. Tuck shop float in the grey tin. Tablet passcode [[PASSWORD|102938]]. Call [[PERSON|Marcus]] if the heating fails: [[PHONE_NUMBER|07700 900507]].'",
    "Our twinning association is writing to the French side. Please translate: 'Dear Madame [[PERSON|Lefebvre]], the Lambourn delegation arrives Friday. Our host families are [[PERSON|Fiona Greene]] and Mr [[PERSON|Abdi]]. Call me on arrival: [[PHONE_NUMBER|07700 900318]].'",
    "My in-laws' village fête in Normandy needs volunteers; the organiser is [[PERSON|Clémence Roux]], [[PHONE_NUMBER|06 39 98 41 27]]. Draft me a reply in French offering to run the tombola on both days.",
    "Make a cleaning rota for the Saturday temple seva: [[PERSON|Deepika Sharma]], [[PERSON|Ravi Krishnan]], [[PERSON|Lakshmi Balasubramanian]] and [[PERSON|Thu Nguyen]], alternating weeks. Reminders will go out from [[EMAIL_ADDRESS|seva.rota.sgt@gmail.com]].",
    "Write a short English notice for the expat board game club in Berlin: new venue from March, contact [[PERSON|Florian Beck]] on [[PHONE_NUMBER|030 23125 774]], Thursdays from 7pm.",
    "My mother [[PERSON|Marisol]] died last month and I need to close her credit card, [[CREDIT_CARD|5460 2931 8870 4129]]. Draft a letter to the bank; I'm her executor, [[PERSON|Andrés Cabrera]].",
    "Reword for the team chat: 'locker code sunday [[PASSWORD|0927]], ask [[PERSON|Efua]]'",
    "A '[[PERSON|Pauline Hardcastle]]' messaged our raffle page saying she'd won the hamper, asked us to post it to [[STREET_ADDRESS|9 Beck Side, Keighley BD21 4QR]] and pay the courier through a link. There's no [[PERSON|Pauline]] on our ticket stubs. Scam?",
    "I'm making name badges for our church's Korean-English family day. Have I romanised these right? [[PERSON|박서연]] → [[PERSON|Park Seo-yeon]], [[PERSON|이준호]] → [[PERSON|Lee Jun-ho]], [[PERSON|최하은]] → [[PERSON|Choi Ha-eun]].",
    "Help me reply to my neighbour [[PERSON|Graham]], who offered to bury our old dog Rufus in his garden at [[STREET_ADDRESS|4 Mill Cottages, Ebberston YO13 9NR]]. I'm touched, but we'd rather have him cremated. Kind and short.",
    "Our choir is touring Norway and the coach company needs passport numbers: [[PERSON|Elspeth Munro]] [[ID_NUMBER|132984576]], [[PERSON|Tariq Hussain]] [[ID_NUMBER|529017364]]. Put them in a neat list for the email.",
    "A customer at the charity shop wants to sign up to Gift Aid. Explain in plain words what she needs to tick. Her form so far: Mrs [[PERSON|Joyce Ndlovu]], [[STREET_ADDRESS|27 Hazel Grove, Stockport SK7 4JU]], donor ID [[ID_NUMBER|GA-55120]].",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Mariusz Zieliński]], born 14.07.1986, PESEL [[ID_NUMBER|86071423816]], joined Orzeł Ealing FC as the over-35s goalkeeper; contact [[PHONE_NUMBER|+48 512 308 744]].",
    "Member: [[PERSON|Kamila Dąbrowska]] | PESEL: [[ID_NUMBER|92110507643]] | email: [[EMAIL_ADDRESS|kamila.dabrowska@interia.pl]] | section: folk dance",
    "name,role,phone,email\n[[PERSON|Adebola Fashola]],church warden,[[PHONE_NUMBER|07700 900286]],[[EMAIL_ADDRESS|adebola.f@stjudes-parish.org.uk]]",
    '{"volunteer": "[[PERSON|Henrietta Blaise]]", "shop": "Hospice Care, Whitby", "nhs_number": "[[ID_NUMBER|943 476 5919]]", "emergency_phone": "[[PHONE_NUMBER|07700 900612]]"}',
    "2024-03-02T19:44:10Z login ok user=[[ID_NUMBER|r.okafor_choir]] ip=[[IP_ADDRESS|192.0.2.171]] display_name=[[PERSON|Rebecca Okafor]]",
    "Dear Ms [[PERSON|Maja Eklund]], thank you for renewing your family membership of Kungsholmen Badminton. We have your personnummer as [[ID_NUMBER|790613-3827]] and will send receipts to [[EMAIL_ADDRESS|maja.eklund@telia.se]].",
    "[[PERSON|Kirra Wallace]] (Medicare [[ID_NUMBER|4173 92600 1]]) enrolled her kelpie in Saturday puppy class; mobile [[PHONE_NUMBER|0491 570 617]].",
    "Guest list, table 7: [[PERSON|Tobenna Eze]], [[PHONE_NUMBER|+234 803 417 2290]], dietary: halal, plus one: no.",
    "Register of baptisms, entry 41: [[PERSON|Isla Margaret Cowie]], baptised 6 April; family address [[STREET_ADDRESS|12 Kirk Wynd, Crail KY10 3TB]].",
    "회원명: [[PERSON|정수빈]] / 주민등록번호: [[ID_NUMBER|870415-2083190]] / 연락처: [[PHONE_NUMBER|010-3391-2875]] / 소속: 성가대",
    "Choir member [[PERSON|Eirik Bakke]], fødselsnummer [[ID_NUMBER|27079531109]], pays his subs by standing order and reads e-mail at [[EMAIL_ADDRESS|eirik.bakke@gmail.com]].",
    "[[PERSON|Hanne Solheim]], f.nr. [[ID_NUMBER|14038948238]], [[STREET_ADDRESS|Storgata 41, 3611 Kongsberg]] – registrert som frivillig i menighetens kafé.",
    "Socia: [[PERSON|Giulia Rossi]] — C.F. [[ID_NUMBER|RSSGLI88C52F839Q]] — [[STREET_ADDRESS|Via Foria 118, 80137 Napoli]] — coro parrocchiale, contralto.",
    "[[PERSON|Marco Bianchi]], codice fiscale [[ID_NUMBER|BNCMRC79L14L219O]], tesserato presso la bocciofila di Borgo Po, tel. [[PHONE_NUMBER|+39 333 418 2270]].",
    "Inscripción al club de senderismo: [[PERSON|Nerea Etxeberria]], DNI [[ID_NUMBER|09264731D]], correo [[EMAIL_ADDRESS|nerea.etxe@euskalnet.net]].",
    "Volunteer record – [[PERSON|Oleksandr Hnatiuk]], NIE [[ID_NUMBER|X4726193S]], banco de alimentos de Valencia, mobile [[PHONE_NUMBER|+34 634 82 19 07]].",
    "GAA club registration. Player: [[PERSON|Cian Ó Floinn]]. PPS: [[ID_NUMBER|7240319L]]. Parent/guardian mobile: [[PHONE_NUMBER|087 615 2230]].",
    "[[PERSON|Róisín Mac Giolla]], PPS no. [[ID_NUMBER|6418205KA]], [[STREET_ADDRESS|4 Sráid an Mhuilinn, An Daingean, Co. Chiarraí V92 X2P4]] – Tidy Towns volunteer since 2019.",
    "Ledenadministratie hockeyclub: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|318405726]], IBAN [[IBAN_CODE|NL16 RABO 0318 2749 06]], team Dames 3.",
    '{"naam": "[[PERSON|Joris van Dijk]]", "bsn": "[[ID_NUMBER|629103483]]", "rol": "penningmeester", "telefoon": "[[PHONE_NUMBER|+31 6 41 27 39 85]]"}',
    "Kuoron jäsen: [[PERSON|Ville Korhonen]], henkilötunnus [[ID_NUMBER|220584-3174]], sähköposti [[EMAIL_ADDRESS|ville.korhonen@elisanet.fi]], ääni: basso.",
    "Curling club waiver signed by [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|462 917 386]], [[STREET_ADDRESS|18 rue des Érables, Gatineau QC J8Y 3K2]].",
    "Temple trust donor: [[PERSON|Venkatesh Iyengar]], Aadhaar [[ID_NUMBER|5829 4106 7316]], mobile [[PHONE_NUMBER|+91 98450 21736]], receipt for 80G requested.",
    "Wedding catering booked in the name of [[PERSON|Sunaina Malhotra]] (Aadhaar [[ID_NUMBER|3471 9062 8453]]); confirmation sent to [[EMAIL_ADDRESS|sunaina.m84@rediffmail.com]].",
    "Dragon boat paddler [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7841026D]], contact [[PHONE_NUMBER|+65 9127 4830]], team: Kallang Dragons.",
    "Youth camp form — participant [[PERSON|Muhammad Irfan bin Rahmat]], NRIC [[ID_NUMBER|T0392718G]], guardian e-mail [[EMAIL_ADDRESS|irfanfamily@singnet.com.sg]].",
    "Surf club treasurer onboarding: [[PERSON|Lachlan Pryor]], TFN [[ID_NUMBER|512 703 847]], email [[EMAIL_ADDRESS|lachie.pryor@bigpond.com]].",
    "Association des parents d'élèves – trésorière : [[PERSON|Élodie Marchand]], n° de sécurité sociale [[ID_NUMBER|2 84 07 75 114 238 10]], tél. [[PHONE_NUMBER|06 39 98 27 14]].",
    "Scouts en Gidsen Gent: leider [[PERSON|Pieter Claes]], rijksregisternummer [[ID_NUMBER|78.04.19-283.37]], adres [[STREET_ADDRESS|Kerkstraat 22, 9000 Gent]].",
    "Voluntar la parohie: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2840612403178]], telefon [[PHONE_NUMBER|+40 723 481 950]].",
    "Club deportivo, socio n.º 0415: [[PERSON|Matías Fuentes Rojas]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|mfuentes.rojas@gmail.com]].",
    "Segakoori liige [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49003122737]], tel [[PHONE_NUMBER|+372 5382 6149]], hääl: sopran.",
    "Kennitala [[ID_NUMBER|280876-3569]] — [[PERSON|Guðrún Sigurðardóttir]], [[STREET_ADDRESS|Hlíðarvegur 12, 200 Kópavogur]], sjálfboðaliði í kirkjukórnum.",
    "Členka sboru: [[PERSON|Tereza Nováková]], r. č. [[ID_NUMBER|885314/2617]], e-mail [[EMAIL_ADDRESS|tereza.novakova@seznam.cz]].",
    "Community choir, Ukrainian section: [[PERSON|Olena Shevchuk]], RNOKPP [[ID_NUMBER|3182057496]], phone [[PHONE_NUMBER|+380 67 412 5893]].",
    "Vereinsmitglied seit 2016: [[PERSON|Katharina Vogel]], Steuer-ID [[ID_NUMBER|47382019567]], [[STREET_ADDRESS|Lindenstraße 8, 04109 Leipzig]].",
    "Marae working bee volunteer [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4180]], mobile [[PHONE_NUMBER|021 384 5127]].",
    "Grupo de capoeira Axé Leste — aluno [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|372.918.045-23]], WhatsApp [[PHONE_NUMBER|+55 11 98472-3156]].",
    "Cami derneği bağışçı kaydı: [[PERSON|Elif Yıldırım]], T.C. Kimlik No [[ID_NUMBER|38492051798]], telefon [[PHONE_NUMBER|+90 532 418 27 63]].",
    "家长委员会 成员: [[PERSON|李建国]] ，身份证号 [[ID_NUMBER|310115198807234617]] ，电话 [[PHONE_NUMBER|138 1742 6309]]",
    "町内会名簿 氏名: [[PERSON|佐藤 健太]] マイナンバー: [[ID_NUMBER|6203 9147 5820]] 電話: [[PHONE_NUMBER|090-4172-3856]]",
    "Stokvel member [[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|9204175203081]], cell [[PHONE_NUMBER|+27 82 417 3390]], monthly contribution R500.",
    "Hospice shop volunteer file: [[PERSON|Gordon McAllister]], NHS no. [[ID_NUMBER|401 823 6654]], GP surgery informed, phone [[PHONE_NUMBER|0161 496 0723]].",
    "Bereavement group attendee [[PERSON|Philippa Ward]] — NHS [[ID_NUMBER|485 230 7199]] — [[STREET_ADDRESS|29 Fern Hill, Truro TR1 3QP]].",
    "Parafia św. Jadwigi, kandydat do bierzmowania: [[PERSON|Szymon Kaczmarek]], PESEL [[ID_NUMBER|02271839154]].",
    "Korpsmedlem [[PERSON|Arne Nilsen]], fnr. [[ID_NUMBER|03056218741]], e-post [[EMAIL_ADDRESS|arne.nilsen@hotmail.no]], instrument: kornett.",
    "[[PERSON|이도현]] | [[ID_NUMBER|930922-1037564]] | [[PHONE_NUMBER|010-5528-1947]] | 청년부 찬양팀",
    "[[PERSON|Desmond Lowe]], 67, a retired postman from Bolton, has captained the Farnworth crown green bowls team since 2011, led them to two county titles and still cuts the green himself every Friday; he can be reached on [[PHONE_NUMBER|07700 900734]].",
    "Vet client: [[PERSON|Harriet Osei-Bonsu]] | client no. [[ID_NUMBER|VC-20931]] | [[STREET_ADDRESS|4 Beech Row, Frome BA11 2JD]] | pet: Pickle (guinea pig)",
    '{"attendee": "[[PERSON|Rhys Llewellyn]]", "reunion": "Ysgol Glan Taf 2008", "email": "[[EMAIL_ADDRESS|rhys.llew@gmail.com]]", "paid_by_card": "[[CREDIT_CARD|4916 3058 2741 0935]]"}',
    '[2024-05-11 21:02:44] POST /donate name="[[PERSON|Beatrix Hale]]" card=[[CREDIT_CARD|5226047193852603]] ip=[[IP_ADDRESS|203.0.113.9]] status=200',
    "[[PERSON|Daniel Kim-Ortiz]], SSN [[US_SSN|367-21-4908]], signed up as a volunteer coach for the Westside YMCA youth basketball league.",
    "To whom it may concern: Ms [[PERSON|Loretta Banks]] (SSN [[US_SSN|142-83-5561]]) of [[STREET_ADDRESS|2217 Magnolia Street, Savannah, GA 31404]] has served on our benevolence committee since 2015.",
    "[[PERSON|Marjorie Pettigrew]] – alto – joined 1998 – [[PHONE_NUMBER|020 7946 0572]] – [[EMAIL_ADDRESS|marjorie.pettigrew@btopenworld.com]]",
    "Wedding RSVP: [[PERSON|Ikechukwu Nwosu]], attending with one guest, phone [[PHONE_NUMBER|(404) 555-0176]].",
    "member_id, full_name, membership, card_last4\n[[ID_NUMBER|40117]], [[PERSON|Fenella Drummond]], family, 2291",
    "Username: [[ID_NUMBER|bongani_m]] | Name: [[PERSON|Bongani Mthembu]] | Forum: Durban Birding Club | Last IP: [[IP_ADDRESS|198.51.100.212]]",
    "La famille de [[PERSON|Jeannine Rocher]] remercie chaleureusement les membres de la chorale ; les dons peuvent être versés sur le compte [[IBAN_CODE|FR66 3000 4028 3700 0194 8265 147]].",
    "Name: [[PERSON|Priscilla Aboagye]]. Role: Sunday school lead. Email: [[EMAIL_ADDRESS|p.aboagye@elimlewisham.org.uk]]. DBS certificate: [[ID_NUMBER|001728394056]].",
    "Hall hire deposit paid by [[PERSON|Sheila Brannigan]] with card [[CREDIT_CARD|6011 0483 9275 1064]]; receipt sent to [[EMAIL_ADDRESS|sheila.brannigan@aol.com]].",
    "Mosque committee treasurer [[PERSON|Ahmed Al-Sayegh]], account for Ramadan donations: [[IBAN_CODE|DE54 3705 0299 0048 2173 65]].",
    "Player registration: [[PERSON|Zoltán Horváth]], DOB 02/03/1990, FA number [[ID_NUMBER|513920487]], mobile [[PHONE_NUMBER|07700 900803]].",
    "2023-11-30 08:15:02 WARN failed login for user '[[ID_NUMBER|cgallagher]]' ([[PERSON|Colm Gallagher]]) from [[IP_ADDRESS|203.0.113.240]] – 5 attempts",
    "Dear [[PERSON|Bronwyn Tait]], thank you for your renewal. Plot 22 is yours again for 2025, and the committee has agreed your request for a second water butt. Please note the new gate padlock code, [[PASSWORD|4096]], which comes into use on 1 March. Do not share it with non-members. Regards, the Secretary",
    "Microchip register – keeper: [[PERSON|Ngozi Eze]], [[STREET_ADDRESS|7 Palmer Close, Luton LU3 1XA]], tel [[PHONE_NUMBER|07700 900158]].",
    "Dr [[PERSON|Anand Ramaswamy]] of Ilford was elected chair of the temple trustees and can be contacted at [[EMAIL_ADDRESS|anand.ramaswamy@gmail.com]].",
    "Lifeguard roster | [[PERSON|Tyrone Baptiste]] | Sat 07:00–13:00 | locker code [[PASSWORD|5521]] | [[PHONE_NUMBER|0491 570 904]]",
    "{'name': '[[PERSON|Chiara Esposito]]', 'iban': '[[IBAN_CODE|IT22 X030 6909 6061 0000 0194 728]]', 'purpose': 'regalo di nozze'}",
    "[[PERSON|Greta Lundqvist]], [[PHONE_NUMBER|(312) 555-0128]], [[STREET_ADDRESS|1840 W Foster Ave, Chicago, IL 60640]] — hosts the quilting circle on alternate Tuesdays.",
    "Electoral roll, St Mary's PCC: [[PERSON|Thomas Ebo-Mensah]], roll no. [[ID_NUMBER|214]], [[STREET_ADDRESS|33 Vicarage Gardens, Ashford TN23 4BE]].",
    "Subscription paid: [[PERSON|Noor Al-Hashimi]], card [[CREDIT_CARD|3742 891630 54718]], amount £45, ref CHOIR-25.",
    "Bridal party contact sheet – maid of honour: [[PERSON|Keisha Braithwaite]], [[EMAIL_ADDRESS|keisha.b@icloud.com]], [[PHONE_NUMBER|07700 900226]].",
    "Camp volunteer: [[PERSON|Ignacio Barrios]] | [[PHONE_NUMBER|+34 622 15 83 40]] | [[STREET_ADDRESS|Calle del Olmo 7, 2º B, 28012 Madrid]]",
    "[[PERSON|Helga Brandt]], a 74-year-old retired teacher, leads the Kirchenchor in Prenzlauer Berg; reach her at [[PHONE_NUMBER|+49 30 23125 318]].",
    "Guest wifi voucher: [[PERSON|Oluwaseun Adeyemi-Taylor]], network KnightsGuest, key [[PASSWORD|Ravens!Nest2231]], valid two nights.",
    "[[PERSON|Bertram Quayle]],[[PHONE_NUMBER|07700 900461]],[[EMAIL_ADDRESS|bertie.quayle@manx.net]],Treasurer,Peel Male Voice Choir",
    '{"user": "[[ID_NUMBER|lkoh_rotary]]", "name": "[[PERSON|Lionel Koh]]", "last_login_ip": "[[IP_ADDRESS|192.0.2.203]]", "mfa": false}',
    "Marriage banns, first reading: [[PERSON|Callum Fraser]], bachelor, of [[STREET_ADDRESS|5 Loch Road, Inverness IV3 8NQ]].",
    "Volunteer driver: [[PERSON|Mirela Stancu]], driving licence [[ID_NUMBER|STANC852075M99AB]], phone [[PHONE_NUMBER|07700 900689]].",
    "Cricket club tea rota – [[PERSON|Harjit Sandhu]], [[PHONE_NUMBER|0113 496 0258]], [[EMAIL_ADDRESS|harjit.sandhu@yahoo.co.uk]], weeks 3 and 7.",
    "Funeral home intake: decedent [[PERSON|Earl Dwayne Hutchins]], SSN [[US_SSN|603-19-2274]], last residence [[STREET_ADDRESS|88 Cypress Bend Rd, Natchez, MS 39120]].",
    "Youth orchestra parent portal – login [[ID_NUMBER|chen.family2019]], password [[PASSWORD|Cello&Viola88]], student [[PERSON|Mei Chen]].",
    "[[PERSON|Katarzyna 'Kasia' Lewandowska]], [[EMAIL_ADDRESS|kasia.lew@o2.pl]], [[PHONE_NUMBER|+48 698 203 417]], joined the Polish Saturday school PTA.",
    "Choir tour refund to account holder [[PERSON|Agnieszka Wróbel]], IBAN [[IBAN_CODE|PL38 2490 0008 4729 1630 5728 4019]].",
    "[[PERSON|Ben Adeyinka-Ross]] | reunion organiser | [[EMAIL_ADDRESS|ben.ar@protonmail.com]] | [[PHONE_NUMBER|(617) 555-0143]]",
    "Burial register: [[PERSON|Ibrahim Sesay]], plot F-12, next-of-kin phone [[PHONE_NUMBER|+232 76 418 209]].",
    "Gift Aid declaration – donor [[PERSON|Mavis Entwistle]], donor ID [[ID_NUMBER|GA-77309]], [[STREET_ADDRESS|16 Cobden Street, Darwen BB3 2LN]].",
    "[[PERSON|Jun-seo Park]], [[PHONE_NUMBER|010-2284-7716]], [[EMAIL_ADDRESS|jpark.pianist@naver.com]] — accompanist, Korean church choir.",
    "Hockey club bar tab opened by [[PERSON|Hamish Ferguson]] on card [[CREDIT_CARD|5548 7321 0694 3851]], PIN noted on the slip as [[PASSWORD|2270]].",
    "SSN [[US_SSN|230-64-8815]] belongs to [[PERSON|Rosalind Vance]], who applied for the senior center's volunteer driver program.",
    "Dog show entry: exhibitor [[PERSON|Imogen Tarrant]], Kennel Club account [[ID_NUMBER|7730492]], [[EMAIL_ADDRESS|imogen.tarrant@gmail.com]].",
    "Cofradía de la Esperanza – hermano [[PERSON|Antonio Ruiz Castaño]], IBAN [[IBAN_CODE|ES25 0182 6093 7502 0184 7362]], cuota anual 30 €.",
    "The username [[ID_NUMBER|marisol_sings]] was registered by [[PERSON|Lucía Benítez]] from [[IP_ADDRESS|203.0.113.77]] on the choir forum.",
    "Reunion ticket holder [[PERSON|Graham Okonedo]], booking for two, card [[CREDIT_CARD|3471 920856 31940]].",
    "Pastor [[PERSON|Jerome Whitlock]] — SSN [[US_SSN|509-32-1167]] — housing allowance form, tax year 2024.",
    "Dear Ms [[PERSON|Okonjo-Hart]], your locker at Parkside Leisure has been reassigned. New combination: [[PASSWORD|8-3-6-1]]. Swim Club Admin",
    "Sports club member [[PERSON|Florence Achieng]], membership [[ID_NUMBER|K-40281]], phone [[PHONE_NUMBER|+254 722 918 406]], Nairobi running group.",
    "email: [[EMAIL_ADDRESS|wynne.gethin@gmail.com]]; name: [[PERSON|Gethin Wynne]]; club: Aberystwyth male voice choir; voice: bass",
    "[[PERSON|Tomasina Reyes]], [[PHONE_NUMBER|0917 326 4180]], [[STREET_ADDRESS|Blk 4 Lot 12, Mabini St., Brgy. San Isidro, Antipolo City]] — parish youth coordinator.",
    "Bell ringers' register: [[PERSON|Algernon Pike]], [[STREET_ADDRESS|2 Church Cottages, Lower Slaughter GL54 2HS]], practice app token [[API_KEY|rr_7hQ2kV9sLm4Xp8zT3wN6cY]].",
]

# Clean texts: no personal data at all.
CLEAN_MTBENCH = [
    "Write a short, funny speech a groom could give thanking both families, without mentioning anyone by name, in under 200 words.",
    "Imagine you are Miss Marple asked to judge the vegetable marrow competition at a village fête. Describe, in her voice, how you would spot the entry that was bought from a shop.",
    "Compose a limerick about a church choir whose only tenor keeps losing his place in the hymn book.",
    "Explain to a ten-year-old why the date of Easter changes every year, and why Eid al-Fitr moves through the seasons.",
    "Draft a one-page constitution for a new neighbourhood litter-picking group: purpose, membership, meetings, money and how to wind it up.",
    "You are Ebenezer Scrooge after Christmas morning. Write a letter to the local orphanage offering to fund their Boxing Day dinner.",
    "Compare the pros and cons of running a five-a-side football league on a round-robin schedule versus a knockout cup.",
    "Write a Python function that takes a list of volunteer names and a number of weeks and returns a fair rota so nobody works two weeks in a row.",
    "What makes a eulogy memorable? Give five practical tips and one example opening line that is warm but not overly sentimental.",
    "Role-play as Bilbo Baggins drafting the invitations for his eleventy-first birthday party, including a note about the fireworks.",
    "Extract every date and time from this notice and list them in order: 'Harvest supper Saturday 28 September 6.30pm; setting up from 4pm; Sunday service 10am; clearing up Monday morning.'",
    "Suggest ten names for a community choir that sings mostly folk songs and sea shanties, and explain the thinking behind three of them.",
    "Why did Victorian England see such a boom in brass bands, cycling clubs and friendly societies? Answer in three paragraphs.",
    "Write a polite sign for a charity shop asking people not to leave donations outside the door when the shop is closed.",
    "Florence Nightingale is often remembered for nursing, but she was also a statistician. Explain her rose diagram and why it persuaded people.",
    "Plan a three-hour programme for a 25th school reunion: arrival, icebreaker, speeches, food, music and a photo, with timings.",
    "Give me a SQL schema for a small sports club database with members, teams, fixtures and subscription payments.",
    "Write a haiku sequence (three haiku) about walking an old dog on a frosty morning.",
    "How should a small mosque, church or temple decide whether to livestream its services? List the questions the committee should ask.",
    "Pretend you are Mr Bennet writing to a friend about the chaos of preparing for two daughters' weddings at once.",
    "Summarise the main differences between a christening, a baptism and a dedication service in a short table.",
    "Explain the offside rule in football using only a kitchen table, some salt and pepper pots and a spoon.",
    "Draft a welcome email for new members of an amateur astronomy society, covering what to bring to the first observing night.",
    "What are the arguments for and against giving a dog as a surprise birthday present to a child?",
    "Write the opening paragraph of a short story set at a village bring-and-buy sale where a valuable teapot goes missing.",
]

CLEAN_GSM8K = [
    "Tamsin's choir sells 140 raffle tickets at £2 each. Prizes cost £65. How much money does the choir raise?",
    "A football club has 18 players. Each plays in 3/4 of the 24 league games. If every game needs 11 players, how many player-games are left over for substitutes to fill in total?",
    "Obi is baking cupcakes for a birthday party. Each batch makes 12 and there are 35 children. If each child gets 2 cupcakes, how many batches does Obi need?",
    "A charity shop sells 46 books at £1.50 and 12 coats at £8. Half of the takings go to rent. How much is left for the charity?",
    "Leila's mosque is collecting for a well. They have £2,340 and need £5,000. If 190 families give £12 each, how much more is needed?",
    "A wedding venue charges £45 per guest plus a £600 room fee. Marco and Hana have a budget of £7,800. What is the largest number of guests they can invite?",
    "Priya walks her neighbour's dog 4 times a week for 35 minutes each time. How many hours does she walk the dog in 6 weeks?",
    "A bowls club has 64 members. 3/8 are over 75 and half of the rest are between 60 and 75. How many members are under 60?",
    "Ruth buys 5 packs of balloons with 24 balloons each for a street party. 17 burst before the party. How many balloons are left?",
    "A reunion costs £1,260 for the room and £18 a head for food. If 42 people come and share all costs equally, how much does each pay?",
    "Dev's cricket team scored 186 runs. The top three batters scored 47, 39 and 28. How many runs did the rest of the team score?",
    "A temple kitchen uses 3.5 kg of rice for every 40 people. How many kilograms are needed for 280 people?",
    "Sunday school has 27 children and 4 teachers. Each teacher takes an equal group and any children left over join the youngest group. How big is the youngest group?",
    "A vet charges £38 for a consultation and £14 per vaccine. Aled's two cats each need 2 vaccines at one consultation. What is the bill?",
    "The food bank received 312 tins on Monday and 1.5 times as many on Tuesday. It gave out 520 tins. How many tins remain?",
    "A youth club hires a minibus for £95 a day plus 40p a mile. The trip is 160 miles. What is the total cost?",
    "Ines knits 3 hats a week for the hospital. How many weeks will it take her to knit 75 hats if she takes two weeks off in the middle?",
    "A choir of 36 singers splits into sopranos, altos, tenors and basses in the ratio 4:4:1:3. How many tenors are there?",
    "At a christening, 60 guests each eat 3 sandwiches. Sandwiches come in platters of 24. How many platters are needed?",
    "A netball team plays 14 matches, wins 9, draws 2 and loses the rest. Wins score 3 points and draws 1. How many points do they have?",
    "Jonah's family is driving 240 miles to a family reunion at 48 miles per hour with a 30-minute stop. How long does the journey take?",
    "A rabbit eats 120 g of hay a day. A bale holds 2.4 kg. How many days does one bale last two rabbits?",
    "The parish magazine has 28 pages. Adverts fill 1/4 of the pages and notices fill 6 pages. How many pages are left for articles?",
    "Esi saves £15 a week toward a £420 bike for the cycling club. She already has £75. How many weeks until she can buy it?",
    "A birthday party venue allows 1 adult for every 6 children. If 45 children come, how many adults are needed at least?",
]

CLEAN_MMLU = [
    "In a netball match, how many players does each team have on court?\nA. 5\nB. 6\nC. 7\nD. 9",
    "Which religious festival marks the end of the month of Ramadan?\nA. Eid al-Adha\nB. Eid al-Fitr\nC. Diwali\nD. Passover",
    "In choral music, what does the abbreviation SATB stand for?\nA. Soprano, alto, tenor, bass\nB. Solo, accompaniment, tune, beat\nC. Sing, accent, tempo, breath\nD. Soprano, alto, treble, baritone",
    "A charity registered in England and Wales is regulated mainly by:\nA. The Electoral Commission\nB. The Charity Commission\nC. Companies House only\nD. Ofsted",
    "Which vaccine is routinely given to dogs in the UK to protect against leptospirosis?\nA. Rabies only\nB. The L4 or L2 component of the annual booster\nC. Kennel cough only\nD. None is available",
    "In cricket, how many balls are bowled in a standard over?\nA. 4\nB. 5\nC. 6\nD. 8",
    "The Sikh communal kitchen that serves free meals to all visitors is called:\nA. Langar\nB. Gurpurab\nC. Nishan Sahib\nD. Kirtan",
    "Which sociologist wrote about the decline of community in 'Bowling Alone'?\nA. Émile Durkheim\nB. Robert Putnam\nC. Max Weber\nD. Erving Goffman",
    "In a Jewish wedding, the canopy under which the couple stand is the:\nA. Ketubah\nB. Chuppah\nC. Tallit\nD. Mezuzah",
    "What is the normal resting body temperature range of a healthy adult cat?\nA. 35.0–36.0 °C\nB. 36.5–37.0 °C\nC. 38.0–39.2 °C\nD. 40.5–41.5 °C",
    "Which of these is a key principle of safeguarding in youth clubs?\nA. Adults should be alone with children to build trust\nB. Concerns should be reported to the designated safeguarding lead\nC. Photos can be shared freely\nD. Only parents can raise concerns",
    "Gift Aid lets a UK charity reclaim basic-rate tax on a donation. On a £10 gift, how much extra can the charity claim at a 20% basic rate?\nA. £2.00\nB. £2.50\nC. £1.00\nD. £5.00",
    "In bowls, the small white ball players aim at is called the:\nA. Puck\nB. Jack\nC. Shuttle\nD. Bias",
    "A 'round' in music is an example of:\nA. Homophony\nB. Canon\nC. Recitative\nD. Cadenza",
    "Which Hindu festival is known as the festival of colours?\nA. Holi\nB. Navratri\nC. Pongal\nD. Onam",
    "In meeting procedure, a 'quorum' is:\nA. The chair's casting vote\nB. The minimum number of members needed for valid decisions\nC. The written record of a meeting\nD. Any other business",
    "Which of these foods is most dangerous to dogs?\nA. Cooked carrots\nB. Plain rice\nC. Grapes and raisins\nD. Boiled chicken",
    "The offside rule in association football was last substantially changed to favour attackers in which decade?\nA. 1920s\nB. 1950s\nC. 1990s\nD. It has never changed",
    "In the Church of England, the body that runs a parish alongside the vicar is the:\nA. General Synod\nB. Parochial Church Council\nC. Diocesan Board\nD. Lambeth Conference",
    "Which instrument sets the tuning note for an orchestra?\nA. Trumpet\nB. Oboe\nC. Cello\nD. Timpani",
    "A dog's normal resting heart rate is roughly:\nA. 20–40 beats per minute\nB. 60–140 beats per minute\nC. 180–220 beats per minute\nD. 250–300 beats per minute",
    "Durkheim argued that religious rituals mainly serve to:\nA. Transmit wealth\nB. Strengthen social solidarity\nC. Replace the state\nD. Increase individualism",
    "In rugby union, how many points is a converted try worth?\nA. 5\nB. 6\nC. 7\nD. 8",
    "The Christian season of preparation before Christmas is called:\nA. Lent\nB. Advent\nC. Pentecost\nD. Epiphany",
    "Which of these is the best first step when a volunteer group has more tasks than people?\nA. Cancel every event\nB. Prioritise tasks and share a clear rota\nC. Let the chair do everything\nD. Stop recruiting",
]

CLEAN_HEALTH = [
    "Is it safe to give a dog paracetamol or ibuprofen for a limp?",
    "How can I tell if grief after a funeral has turned into depression?",
    "What are the signs of heat exhaustion in children at an outdoor sports day?",
    "Can singing in a choir help with asthma or COPD?",
    "My cat has stopped eating for two days. When should I take her to a vet?",
    "What should be in a first-aid kit for a youth football club?",
    "How do I safely fast during Ramadan if I have type 2 diabetes?",
    "Is it normal to feel exhausted for weeks after organising a wedding?",
    "What's the right way to treat a sprained ankle after a netball match?",
    "How can I reduce the risk of food poisoning when cooking for 100 people at a church lunch?",
    "Are there health risks from sharing a communion cup?",
    "How often should an older dog have a health check?",
    "What are the early signs of dementia I should watch for in an elderly parent?",
    "Can a child with a nut allergy safely go to birthday parties, and what should parents prepare?",
    "How much water should older volunteers drink during a long shift in a hot charity shop?",
    "What stretches help prevent back pain for bell ringers?",
    "Is it safe to run a half marathon with a cold?",
    "How do I clean a dog bite wound, and when does it need a doctor?",
    "What should I do if someone collapses during a community event?",
    "Can stress from family conflict cause chest pain?",
    "How long after a tetanus jab can I go back to gardening at the allotment?",
    "What are the symptoms of Lyme disease after walking in long grass with the dog?",
    "Is it okay to kneel for long periods in prayer with knee arthritis?",
    "How do I know if my rabbit is in pain?",
    "What helps with loneliness after moving to a new town where I know no one?",
]

# The national ids of the texts, each with its check.
NATIONAL_IDS = {
    "53718204W": dni_ok,  # Spanish DNI (chat)
    "86071423816": pesel_ok,  # Polish PESEL
    "92110507643": pesel_ok,
    "02271839154": pesel_ok,
    "943 476 5919": nhs_ok,  # NHS number
    "401 823 6654": nhs_ok,
    "485 230 7199": nhs_ok,
    "790613-3827": luhn_len(10),  # Swedish personnummer
    "4173 92600 1": medicare_ok,  # Australian Medicare card
    "870415-2083190": rrn_ok,  # Korean resident registration number
    "930922-1037564": rrn_ok,
    "27079531109": fodselsnummer_ok,  # Norwegian fødselsnummer
    "14038948238": fodselsnummer_ok,
    "03056218741": fodselsnummer_ok,
    "RSSGLI88C52F839Q": codice_fiscale_ok,  # Italian codice fiscale
    "BNCMRC79L14L219O": codice_fiscale_ok,
    "09264731D": dni_ok,  # Spanish DNI and NIE
    "X4726193S": dni_ok,
    "7240319L": pps_ok,  # Irish PPS number
    "6418205KA": pps_ok,
    "318405726": bsn_ok,  # Dutch BSN
    "629103483": bsn_ok,
    "220584-3174": hetu_ok,  # Finnish henkilötunnus
    "462 917 386": luhn_len(9),  # Canadian SIN
    "5829 4106 7316": aadhaar_ok,  # Indian Aadhaar
    "3471 9062 8453": aadhaar_ok,
    "S7841026D": nric_ok,  # Singapore NRIC
    "T0392718G": nric_ok,
    "512 703 847": tfn_ok,  # Australian tax file number
    "2 84 07 75 114 238 10": nir_ok,  # French NIR
    "78.04.19-283.37": belgian_id_ok,  # Belgian national number
    "2840612403178": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49003122737": isikukood_ok,  # Estonian isikukood
    "280876-3569": kennitala_ok,  # Icelandic kennitala
    "885314/2617": rodne_cislo_ok,  # Czech rodné číslo
    "3182057496": rnokpp_ok,  # Ukrainian RNOKPP
    "47382019567": steuer_id_ok,  # German tax id
    "ZKT4180": nhi_ok,  # New Zealand NHI
    "372.918.045-23": cpf_ok,  # Brazilian CPF
    "38492051798": kimlik_ok,  # Turkish kimlik
    "310115198807234617": china_id_ok,  # Chinese resident identity number
    "6203 9147 5820": my_number_ok,  # Japanese My Number
    "9204175203081": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"01632 960\d{3}",  # UK fictional area
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"(030|\+49 30) 23125 \d{3}",  # Germany, Berlin fiction range
        r"\+48 \d{3} \d{3} \d{3}",  # Poland
        r"\+254 7\d{2} \d{3} \d{3}",  # Kenya mobile
        r"09\d{2} \d{3} \d{4}",  # Philippines mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+47 [49]\d{2} \d{2} \d{3}",  # Norway mobile
        r"08[3-9] \d{3} \d{4}",  # Ireland mobile
        r"\+34 [67]\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy mobile
        r"\+31 6 \d{2} \d{2} \d{2} \d{2}",  # Netherlands mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"\+65 [89]\d{3} \d{4}",  # Singapore mobile
        r"\+40 7\d{2} \d{3} \d{3}",  # Romania mobile
        r"\+372 5\d{3} \d{4}",  # Estonia mobile
        r"\+380 \d{2} \d{3} \d{4}",  # Ukraine mobile
        r"02[1279] \d{3} \d{4}",  # New Zealand mobile
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil mobile
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"\+27 [678]\d \d{3} \d{4}",  # South Africa mobile
        r"\+234 [789]0\d \d{3} \d{4}",  # Nigeria mobile
        r"\+232 \d{2} \d{3} \d{3}",  # Sierra Leone mobile
    )
]


def check_mix() -> None:
    """The chat requests mostly name people, at least 15 hold a secret and every type
    appears among them; each record names exactly one person beside one to four other
    values, about 40 records hold a national id, and no value other than a name turns up
    in a clean text."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(names) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(names)} names, {len(others)} values in {marked[:60]!r}"
            )
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 36 <= with_id <= 46:
        raise SystemExit(f"records: {with_id} with a national id")
    clean = " ".join(CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH)
    for marked in CHAT + RECORDS:
        for span in strip_marks(marked)[1]:
            if span["type"] != "PERSON" and span["value"] in clean:
                raise SystemExit(f"clean texts hold {span['value']!r}")


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
        "blind123", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
