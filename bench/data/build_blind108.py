# ruff: noqa: E501
"""A hundred-and-eighth blind privacy set: 220 texts with personal data and 100 clean ones,
on volunteering, charities, faith and community groups.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) sent to a general assistant through a company gateway
  by people who run or help food banks, choirs, allotment societies, fundraisers, youth and
  scout groups, mutual-aid chats, churches, mosques, gurdwaras, temples and synagogues:
  drafting, replying, summarising pasted notes and minutes, translating, fixing wording,
  planning rotas, advising on DBS checks, Gift Aid and donor lists, calculating splits and
  fees. The first 30 are typed all in lower case (names too, shorthand and typos), the next
  6 are in French, Polish, Chinese, Brazilian Portuguese, German and Arabic, the other 84
  in ordinary English. Names of many origins, some in Cyrillic, Greek, Chinese, Japanese,
  Korean and Arabic script: first names alone, lone surnames after titles (Rev, Pastor,
  Imam, Cllr, Father, Mme), full names, names with non-English letters, names that are
  ordinary words (Hope, Patience, Hazel, Mark, Kit), nicknames (Tosh, Big Mick, Jonno);
* 100 one-person records (4 to 60 words) in the manner of presidio-research's synthetic
  sentences and Nannigalaxy-style PII records: prose, profile lines, form and CSV rows,
  JSON fragments, log lines and short letters, each with a name and one to four values.

Usernames and logins, account, customer, donor, member, volunteer and employee numbers,
DBS certificate numbers, passports, driving licences and national ids are ID_NUMBER; PINs,
door, gate, alarm, safe and key-safe codes, wifi passphrases and passwords are PASSWORD;
titles and relation words (Mr, Mrs, Rev, Pastor, Imam, Cllr, Sister, Father, Dona, my
aunt) stay outside PERSON spans; an address span runs from the first street line through
the postcode and city as typed; public figures, historical and fictional people,
organisations, charity names, dates of birth and ages are not labelled; every occurrence
of a private value is marked. The 100 clean texts hold no personal data at all: 25
MT-Bench/Vicuna-style prompts (some naming historical or fictional people), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D and 25
health questions naming no one; many of them touch volunteering, charity and faith groups.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0117/
0121/0161 496 0, 029 2018 0, 028 9649 6, 01632 960; North America 555-01xx; Australia
0491 57x; France 06 39 98; Germany 030 23125) and in each country's own layout elsewhere;
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (NHS number, Aadhaar, BSN,
PESEL, CPF, kimlik, DNI and NIE, henkilötunnus, codice fiscale, Chinese resident id,
NRIC, Korean RRN, TFN, Medicare, My Number, PPS, NIR, Belgian national number,
fødselsnummer, Portuguese NIF, CNP, RUT, isikukood, kennitala, rodné číslo, RNOKPP,
Steuer-ID, NHI, SIN, personnummer, South African id, teudat zehut).

Run ``.venv/bin/python bench/data/build_blind108.py`` from the repository root; the output
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
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Fr|Father|Sister|Pastor|Imam|Rabbi|Cllr|Canon|"
    r"Deaconess|Sgt|Auntie|Uncle|Dona|Herr|Frau|Mme|Sr|Sra|Pan|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # --- all lower case ---
    "can u help me word a msg to the food bank rota group, saturday 9-12 is short two people. ask them to ring me on [[PHONE_NUMBER|07700900418]] or just reply in the chat. sign off from [[PERSON|bernie]]",
    "summarise this for the choir committee pls: [[PERSON|marguerite oyelaran]] stepping down as treasurer end of june, [[PERSON|tomasz]] taking over the books, new signatory forms going to the bank. her email for the handover is [[EMAIL_ADDRESS|m.oyelaran58@btinternet.com]]",
    "allotment committee needs a polite but firm letter to plot 14, mr [[PERSON|hargreaves]], about the bonfire complaints. his address is [[STREET_ADDRESS|27 ferndale road, sheffield s7 1nq]] and weve had three complaints since march",
    "whats the gift aid on a £250 donation? donor is [[PERSON|kwame asante]], donor ref [[ID_NUMBER|ga-00417]], he paid tax last year",
    "fix my grammar: hi all the youth club wifi has changed, new one is [[PASSWORD|teapot-lantern-42]] dont share it with the kids please. any probs ask [[PERSON|jas]] or me. [[PERSON|del]]",
    "make this friendlier for the parish newsletter: the vicarage gate code changes monday to [[PASSWORD|3906]], ask rev [[PERSON|okafor]] if u need it, dont prop the gate open with bricks",
    "how long does an enhanced dbs take these days? our new scout leader [[PERSON|ollie brannigan]] applied 3 weeks ago, certificate ref [[ID_NUMBER|001794265318]] and still nothing",
    "can u draft a reply to [[PERSON|shirin]] in the mutual aid chat, she needs a prescription picked up from boots and dropped at [[STREET_ADDRESS|flat 3, 61 cromwell road, bristol bs6 5hg]] tomorrow, i can do it after 4",
    "pls turn these into a neat list for the newsletter: new volunteers this month - [[PERSON|aoife]], [[PERSON|big mick]] from the darts team, [[PERSON|hanna lindqvist]] and [[PERSON|raj]]",
    "we raised 1840 at the quiz and 615 at the cake sale, [[PERSON|gloria]] wants it split 60/40 between the hospice and the scouts. how much each? she said send the scouts share to [[IBAN_CODE|gb27 nwbk 6073 1208 4639 17]]",
    "the charity debit card is in my name, [[PERSON|lorraine pike]], and i told the treasurer the pin [[PASSWORD|8305]] over the phone. is that against our finance policy? what should i do now",
    "write a short thank you to father [[PERSON|doyle]] for letting the soup run use the hall all winter, his number is [[PHONE_NUMBER|0161 496 0732]] so keep it text length",
    "login for the volunteer portal keeps failing. username [[ID_NUMBER|priya.v.shah]] password [[PASSWORD|marigold77]] is it a caps lock thing? how do i reset it",
    "rota for the soup kitchen, make this a table mon-fri: mon [[PERSON|ade]] and [[PERSON|kit]], tue [[PERSON|yusuf]], wed [[PERSON|noreen]] and [[PERSON|ade]], thu nobody yet, fri [[PERSON|kit]]",
    "what do i say to a food bank client who gets aggressive at the door? last week a man threatened [[PERSON|sunita]] and we had to call 999. want a calm script for the volunteers",
    "can u shorten this: pls send your sponsorship money for the 10k to me not the church office, my account is [[IBAN_CODE|gb81 loyd 3096 2271 8455 06]], name [[PERSON|c. ndlovu]], ref your surname",
    "draft a rejection email, nicely, to a volunteer applicant whose dbs came back with something we cant accept for the kids group. his name is [[PERSON|stefan kowalczyk]], email [[EMAIL_ADDRESS|stefk1987@gmail.com]]",
    "gurdwara langar rota for sunday - [[PERSON|harjit]] on rotis, [[PERSON|manpreet kaur]] on dal, uncle [[PERSON|baldev]] on washing up. make it a whatsapp message with emojis",
    "how do i set up a standing order for my monthly donation to the mosque, they gave me their bank details but also want my membership no [[ID_NUMBER|mcc-2281]] as the reference, where does it go",
    "spanish lady at the drop-in wants to practise english, write a simple sentence she can learn: my name is [[PERSON|lucía]] and i live at [[STREET_ADDRESS|12 hawthorn close, leicester le3 9pj]]",
    "the choir's mailchimp api key got pasted in the group chat by [[PERSON|derek]] lol: [[API_KEY|8c1f4e27a9d35b60f2e8c7a1d9b43e05-us21]]. do i need to rotate it or is that overkill",
    "reply to [[PERSON|mo]] in the allotment chat: yes the shed combo is still [[PASSWORD|1-9-0-6]] but dont post it in here again pls",
    "help me plan a litter pick for 30 ppl, meeting at the rec, need hi vis, grabbers, bags, first aid. [[PERSON|trish]] from the council said ring her on [[PHONE_NUMBER|0113 496 0581]] to borrow kit",
    "summarise: minutes of youth club mtg. present [[PERSON|kez]], [[PERSON|dom]], [[PERSON|angharad]]. agreed no phones at tuck shop. [[PERSON|angharad]] to update safeguarding policy. next mtg 14th",
    "whats a nice way to ask old donors to switch from cheque to direct debit? eg mrs [[PERSON|featherstone]] at [[STREET_ADDRESS|the old forge, church lane, little milton ox44 7qd]] has sent a cheque every christmas for 20 yrs",
    "is this phishing?? email says our charity bank account is locked and wants my customer number and passcode. i already sent the customer no [[ID_NUMBER|40917733]] before i thought. what now",
    "can you write a birthday message for [[PERSON|edna wiggins]] from the tuesday knit and natter group, shes 90!! something short for the card",
    "convert to csv pls: [[PERSON|jo]] [[PHONE_NUMBER|07700900562]], [[PERSON|femi adeyemi]] [[PHONE_NUMBER|07700900233]], [[PERSON|kath]] no phone",
    "repair cafe needs a risk assessment for soldering. keep it short. the lead is [[PERSON|wojtek]] and the insurer contact is [[EMAIL_ADDRESS|h.baptiste@communityinsure.co.uk]]",
    "kids football sign up form, a parent put their card in the wrong field: [[CREDIT_CARD|4716 0392 8851 2648]] under emergency contact. how do i delete it safely from the google form responses",
    # --- six other languages ---
    "Peux-tu rédiger un message pour les bénévoles de la distribution alimentaire ? [[PERSON|Hélène Marchetti]] ne pourra pas assurer jeudi. Ceux qui peuvent la remplacer m'appellent au [[PHONE_NUMBER|06 39 98 41 27]].",
    "Przetłumacz na angielski: Zbiórka dla schroniska odbędzie się w sobotę po mszy. Pieniądze proszę wpłacać na konto [[IBAN_CODE|PL52 1010 2055 5800 0018 4427 3651 90]], odbiorca: [[PERSON|Małgorzata Wiśniewska]].",
    "请帮我写一封感谢信给[[PERSON|陈美玲]]，她这个月在社区食物银行做了四十个小时的志愿服务。她的邮箱是 [[EMAIL_ADDRESS|meiling.chen88@163.com]]，语气亲切一点。",
    "Oi! Preciso de ajuda para organizar a campanha do agasalho da paróquia. A coordenadora é Dona [[PERSON|Cida]]. Para o recibo de doação, o CPF do doador é [[ID_NUMBER|429.731.508-41]]. Pode fazer uma lista de tarefas?",
    "Kannst du diese Notiz für den Vorstand zusammenfassen? Herr [[PERSON|Albrecht]] übergibt die Kasse des Kirchenchors an Frau [[PERSON|Yılmaz]]. Neue Kontoverbindung: [[IBAN_CODE|DE25 4306 0967 7031 4582 00]]. Rückfragen an [[EMAIL_ADDRESS|d.yilmaz@posteo.de]].",
    "ساعدني في كتابة رسالة شكر إلى [[PERSON|يوسف الحداد]] على تبرعه لبنك الطعام في المسجد هذا الشهر. رقم هاتفه [[PHONE_NUMBER|+971 50 318 4726]] إذا احتجت أن أرسلها عبر واتساب.",
    # --- ordinary English ---
    "Can you draft a short email to Pastor [[PERSON|Mensah]] confirming the church hall booking for the youth club disco on the 22nd? Cc [[PERSON|Abena]] ([[EMAIL_ADDRESS|abena.owusu@hotmail.co.uk]]) who's running the tuck shop.",
    "I volunteer at a food bank in Leeds. A client, [[PERSON|Darren Pickles]], asked us to post his voucher to [[STREET_ADDRESS|Flat 9, Beeston Court, 44 Lodge Lane, Leeds LS11 6AX]] because he can't travel. Is it OK under GDPR to keep his address on our spreadsheet?",
    "Our nonprofit's bookkeeper left. I need a W-9 from our new part-time youth coordinator, [[PERSON|Marisol Echeverría]], SSN [[US_SSN|412-68-3057]]. Which boxes does she fill in and which do we?",
    "Someone donated online and then emailed their card number asking us to refund £40: [[CREDIT_CARD|5412 7730 1968 4029]], name on card [[PERSON|Graham Ottley]]. Write a reply explaining we can't process refunds by email and that he should delete that message.",
    "Our donation widget stopped working. The developer who set it up, [[PERSON|Kofi]], left this in the README: DONATE_API_KEY=[[API_KEY|dk_live_7Hq2vR9xTb41LmZc0PwS8eNy]]. How do I check whether it has been revoked?",
    "The parish website admin panel shows logins from [[IP_ADDRESS|203.0.113.84]] at 3am using the churchwarden's account [[ID_NUMBER|swarden_gillian]]. Should I be worried? How do I lock it down?",
    "I'm filling in the befriending scheme form for my neighbour Mr [[PERSON|Ewart]]. It asks for his NHS number, [[ID_NUMBER|731 640 2857]], and his GP. Is it normal for a charity to ask that? Help me write a polite query back.",
    "My mother [[PERSON|Kamala Raghunathan]] wants to donate to the temple trust in Chennai and claim 80G. They asked for her Aadhaar [[ID_NUMBER|6041 2987 3151]] and PAN. Explain what 80G means in two lines.",
    "Please rewrite this so it doesn't sound passive-aggressive: 'To whoever keeps leaving the vestry door unlocked after choir practice, the alarm code is [[PASSWORD|2580]] for a reason. [[PERSON|Verity]]'",
    "I help run an allotment association in Utrecht. New member [[PERSON|Sanne de Vries]] gave us her BSN [[ID_NUMBER|305184726]] on the application form. We don't need it. How do we delete it properly and what should I tell her?",
    "Write a reference request for our new youth worker [[PERSON|Callum Fairweather]]. The referee is [[PERSON|Bev Tranter]], [[STREET_ADDRESS|18 Carron Drive, Falkirk FK2 8QB]], who knew him at the sailing club.",
    "Help me reply to a mutual aid request. [[PERSON|Aroha Ngata]] in Marrickville needs groceries while she's isolating. Her number is [[PHONE_NUMBER|0491 570 156]] and address [[STREET_ADDRESS|7/22 Illawarra Rd, Marrickville NSW 2204]]. Keep it warm and short.",
    "Can you make this rota email clearer? 'Hi all, [[PERSON|Nkechi]] is doing the hall bookings now, Thursdays especially. If she's away, log in as [[ID_NUMBER|hallbooker]] / [[PASSWORD|Sp4rrow!Hymn]] and tell me after.'",
    "Cllr [[PERSON|Baines]] promised £500 from the ward budget for the community fridge. Draft a follow-up email reminding him without sounding pushy. His address is [[EMAIL_ADDRESS|cllr.r.baines@calderdale.gov.uk]].",
    "Imam [[PERSON|Qureshi]] asked me to summarise the iftar volunteer notes: 40 volunteers, 6 shifts, [[PERSON|Bilal]] on parking, sisters' side led by [[PERSON|Rukhsana Begum]], contact [[PHONE_NUMBER|07700 900791]]. Make it a one-page plan.",
    "Translate this into Ukrainian for our welcome evening, addressed to [[PERSON|Олена Коваленко]] and [[PERSON|Дмитро]]: 'Thank you for cooking for sixty people at the community centre. Everyone is still talking about the varenyky.'",
    "Our food bank got 412 kg of tins from the harvest festival. Each parcel takes 3.5 kg. How many full parcels is that, and what's left over? [[PERSON|Halima]] wants the figure for the newsletter.",
    "A Korean exchange student, [[PERSON|Park Ji-woo]], wants to volunteer at our charity shop. She gave me a copy of her resident registration number [[ID_NUMBER|920302-1836201]] as ID. Do we need that for a UK volunteer? What should we ask for instead?",
    "Draft a tax receipt note for [[PERSON|Geneviève Tremblay]], who gave $300 to our soup kitchen. The receipt needs her address: [[STREET_ADDRESS|4512 rue Saint-Denis, Montréal (Québec) H2J 2L3]].",
    "Our Toronto volunteer stipend form asks for a SIN. [[PERSON|Arjun Mehta]] put [[ID_NUMBER|618 204 937]]. Do we even need to collect it for a $50 honorarium?",
    "Help me write a flyer for the pantry's Thanksgiving drive. Drop-off at [[PERSON|Deb Kowalski]]'s porch, [[STREET_ADDRESS|1187 Maple Ave, Dayton, OH 45410]], or text her at [[PHONE_NUMBER|(937) 555-0147]].",
    "What's the best way to tell 12 new plot holders the gate code ([[PASSWORD|C7740]]) without posting it in the Facebook group? [[PERSON|Hazel]] suggested printed cards.",
    "Our German partner choir's [[PERSON|Jens Hoffmann]] needs a donation receipt (Zuwendungsbestätigung) and sent his Steuer-ID [[ID_NUMBER|47281039654]]. Does it have to be on the receipt?",
    "The twin-town choir exchange form asks for [[PERSON|Ingrid Solberg]]'s fødselsnummer [[ID_NUMBER|13058447239]] for the insurance. What's the safest way to send it to the insurer?",
    "Summarise these trustee notes in 5 bullets: Chair [[PERSON|Precious Moyo]] opened. Treasurer [[PERSON|Ian Gillespie]] reported £12,406 reserves. [[PERSON|Ffion]] raised the leaking roof at the scout hut. Agreed to apply to the lottery fund. [[PERSON|Ian]] to get three quotes. AOB: [[PERSON|Moyo]] stepping down in 2025.",
    "I'm treasurer for a GAA club fundraiser in Cork. A donor, [[PERSON|Tadhg Ó Súilleabháin]], wants the tax relief and gave his PPS number [[ID_NUMBER|8302716W]]. What's the form called and what's the minimum donation?",
    "We're setting up online donations for our Osaka temple. [[PERSON|佐藤陽菜]] sent her My Number [[ID_NUMBER|3059 1846 2770]] over LINE. Is it legal for us to keep that in our donor spreadsheet?",
    "Please proofread: 'Dear volunteers, the new login for the stock system is [[ID_NUMBER|foodbank-kirkby]] and the password is [[PASSWORD|Beans&Rice2024]]. [[PERSON|Siobhán]] will do the training on Tuesday.'",
    "Write a funny retirement card for [[PERSON|Tosh]], who has driven the community minibus for 22 years. Real name [[PERSON|Anthony McIntosh]] but nobody calls him that.",
    "[[PERSON|Elsa Bergström]] gave her personnummer [[ID_NUMBER|790423-3181]] to our Malmö church choir for the trip insurance. Write a note in English asking the insurer if they really need it.",
    "Our community club volunteer list includes [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S9182736J]], mobile [[PHONE_NUMBER|+65 9123 4478]]. PDPA says we should mask NRICs. How should the masked version look?",
    "A Basque volunteer, [[PERSON|Iñaki Etxeberria]], needs a certificate of hours for his university. His DNI is [[ID_NUMBER|52718394W]]. Draft a certificate saying he did 60 hours at our food bank.",
    "I need to send a donation receipt to [[PERSON|Marina Galeotti]] in Milan, and she asked for her codice fiscale [[ID_NUMBER|GLTMRN88H52F205U]] to be on it. Where does it usually go?",
    "[[PERSON|Elif Şahin]] is organising a bake sale for earthquake relief and asked me to check her kimlik number before she registers the fundraiser: [[ID_NUMBER|38420571640]]. Is 11 digits right?",
    "Translate into English for our partner parish: 'Vapaaehtoinen [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|120387-318V]], on toimittanut rikostaustaotteen.'",
    "Can you help me with a French form for the twin-town exchange? [[PERSON|Amélie Durand]]'s numéro de sécurité sociale is [[ID_NUMBER|2 84 07 75 116 238 47]]. Which box does it go in?",
    "Our youth orchestra volunteer [[PERSON|Luc Peeters]] needs a thank-you letter for his employer. He included his national number [[ID_NUMBER|85.07.30-337.15]], but leave that off the letter. Draft it.",
    "[[PERSON|Joana Ferreira]] from our Lisbon partner charity asks whether her NIF [[ID_NUMBER|238159043]] must appear on the grant invoice. Short answer please.",
    "Our choir member [[PERSON|Ioana Popescu]] wrote her CNP [[ID_NUMBER|2850914402816]] on the sign-up sheet that's pinned up in the hall. What should I do with the sheet?",
    "Help me write a thank-you in Spanish and English to [[PERSON|Camila Rojas]], who donated through our Santiago partner. Her RUT [[ID_NUMBER|14.382.906-5]] is for the receipt only, so keep it out of the message.",
    "Volunteer [[PERSON|Kadri Tamm]] from Tallinn sent her isikukood [[ID_NUMBER|48803210274]] for the youth camp list. Do I need it, or is a date of birth enough?",
    "[[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|180389-2379]], wants to volunteer at our Reykjavík charity shop. Write a short welcome email.",
    "The scout exchange form lists [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|856214/3821]]. Can you explain to the parents, briefly, why the Czech side asks for it?",
    "One of our Homes for Ukraine guests, [[PERSON|Oleksandr Shevchuk]], needs help reading a letter. It mentions his taxpayer number [[ID_NUMBER|3182057496]]. Explain what that is in simple English.",
    "Our marae working bee sign-up collected NHI numbers by mistake, for example [[PERSON|Wiremu Parata]]'s [[ID_NUMBER|KRF3028]]. How do we tell people we're deleting them?",
    "Our op shop in Ballarat wants to pay a casual coordinator. [[PERSON|Shannon O'Dea]] gave TFN [[ID_NUMBER|381 472 058]] and Medicare [[ID_NUMBER|2954 71833 1]]. Which do we actually need for payroll?",
    "Write a certificate of appreciation for [[PERSON|Thandiwe Nkosi]], who ran our Soweto soup kitchen for ten years. The file copy needs her ID number [[ID_NUMBER|9206150814089]], the framed one doesn't.",
    "[[PERSON|Noa Friedman]] from the synagogue's chesed committee asked how to add her teudat zehut [[ID_NUMBER|314928573]] to the volunteer insurance form. Explain in plain words.",
    "Proofread this newsletter paragraph: 'Huge thanks to [[PERSON|Hope]] and [[PERSON|Patience Adjei]] for the harvest supper, to [[PERSON|Rob]] for running the sound desk and to everyone who stacked chairs.'",
    "Our Polish Saturday school volunteer [[PERSON|Krzysztof Nowak]] ([[ID_NUMBER|84062113588]]) needs a DBS. Does the PESEL go anywhere on the UK form?",
    "Please write a WhatsApp message for our church's diaspora appeal. Transfers and questions go to Deaconess [[PERSON|Funmilayo Adeleke]] on [[PHONE_NUMBER|+234 803 412 7765]].",
    "Youth football fundraiser: contributions go by M-Pesa to [[PERSON|Brian Otieno]], [[PHONE_NUMBER|+254 722 418 903]]. Write a poster tagline and the payment line.",
    "Draft a Diwali food drive message for our temple. Volunteers should call [[PERSON|Lakshmi Iyer]] on [[PHONE_NUMBER|+91 98450 31276]] before dropping anything off.",
    "My aunt [[PERSON|Gisela Brandt]] wants to sponsor our choir's tour. Write the thank-you letter in English to [[STREET_ADDRESS|Lindenstraße 14, 50674 Köln]]; her landline is [[PHONE_NUMBER|030 23125 684]] if we phone instead.",
    "Address an envelope for the parish newsletter to Mme [[PERSON|Lefèvre]], [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]]. Does the number go before the street in France?",
    "[[PERSON|Pieter Janssen]] at [[STREET_ADDRESS|Kerkstraat 112, 1017 GP Amsterdam]] wants to host the repair café in his shop. Phone [[PHONE_NUMBER|+31 6 4127 9035]]. Write a confirmation email.",
    "Help me write a letter to [[PERSON|Carmen Ruiz Ortega]], [[STREET_ADDRESS|Calle de la Paz 23, 3º B, 46003 Valencia]], thanking her for the 200 kg of oranges for the food bank.",
    "[[STREET_ADDRESS|Via Garibaldi 41, 10122 Torino TO]] is where [[PERSON|Paolo Costa]] lives; he gives to our soup kitchen and wants a receipt with his codice fiscale [[ID_NUMBER|CSTPLA79D14L219H]]. Draft it in English.",
    "Our Kyoto temple volunteer [[PERSON|山本健太]] moved to [[STREET_ADDRESS|〒604-8381 京都府京都市中京区西ノ京職司町5-12]], new mobile [[PHONE_NUMBER|090-3812-4476]]. Can you romanise the address for the mailing label?",
    "Write a receipt for a donation to our animal shelter from [[PERSON|Meenakshi Sundaram]], [[STREET_ADDRESS|No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011]], ₹5,000 by UPI.",
    "[[PERSON|Niamh Ó Briain]] has offered her garden at [[STREET_ADDRESS|Ardnagashel, Bantry, Co. Cork P75 X218]] for the summer fete. Write a thank-you that also asks about parking.",
    "Draft a gentle email to [[PERSON|Morag]] asking her to step back from the gala committee; we've had complaints about how she speaks to the younger volunteers. Her email is [[EMAIL_ADDRESS|morag.mcleish@outlook.com]].",
    "Our eisteddfod choir needs a contact sheet. [[PERSON|Dafydd ap Rhys]], [[PHONE_NUMBER|029 2018 0493]], [[EMAIL_ADDRESS|dafydd.aprhys@btinternet.com]]. Format it nicely with room for more names.",
    "Belfast youth club: [[PERSON|Ciarán Doherty]] is the new safeguarding lead, [[PHONE_NUMBER|028 9649 6218]]. Add him to the poster text: 'If you are worried about a young person, speak to...'",
    "The scout hut alarm code is [[PASSWORD|7319]] and the key safe is [[PASSWORD|0284]]. Write step-by-step instructions for our new cleaner, [[PERSON|Grażyna]], that she can follow without me there.",
    "Make this sign for the community café wall clearer and friendlier: 'WIFI StMarksGuest [[PASSWORD|warm-soup-on-fridays]] NO STREAMING PLEASE'",
    "Credit union volunteer [[PERSON|Sunny Dhillon]] asked me to check his member number [[ID_NUMBER|CU-7730418]] against the loan form. Rewrite his request email so it sounds more formal.",
    "The hospice shop manager [[PERSON|Wendy Ashworth]] (employee no. [[ID_NUMBER|HS04471]]) wants to thank the Saturday volunteers at the AGM. Help her write a two-paragraph speech.",
    "A parent paid for the youth club trip twice. Her account ref is [[ID_NUMBER|YC-2291-B]], name [[PERSON|Kerry-Ann Douglas]]. Write a short refund note.",
    "Our church in Atlanta is helping [[PERSON|Tyrone Whitaker]] with a benefits application. He read his Social Security number, [[US_SSN|529-41-7386]], out loud at Bible study. How can we gently remind the group about privacy?",
    "Draft the intro for a volunteer background check consent form for our Houston food pantry. The example line someone filled in is: [[PERSON|Rosa Villanueva]], [[US_SSN|634-20-9158]], [[PHONE_NUMBER|(713) 555-0182]].",
    "A donor wants to give monthly to our refugee welcome group in Berlin. Her IBAN is [[IBAN_CODE|DE11 5001 0517 5408 1293 64]], name [[PERSON|Lena Hartmann]]. Help me write the SEPA mandate confirmation.",
    "Reimburse [[PERSON|Yannick Le Goff]] €84.20 for the choir sheet music. His IBAN is [[IBAN_CODE|FR71 2004 1010 0504 7312 896B 074]]. Write the payment reference and a short note.",
    "Split the allotment society's €380 seed refund between three members and draft payment instructions: [[PERSON|Femke]] ([[IBAN_CODE|NL38 RABO 0317 4902 65]]), [[PERSON|Oisín]] ([[IBAN_CODE|IE74 BOFI 9014 9237 5861 02]]) and [[PERSON|Gareth]] (cash).",
    "I accidentally pasted the church's card into the newsletter draft: [[CREDIT_CARD|4929 6610 2784 5303]], exp 09/27. It went out to 300 people. What do I do first?",
    "Our charity shop card reader failed, so Mrs [[PERSON|Patel]] wrote her card number on a receipt: [[CREDIT_CARD|3782 915403 61275]]. Is it OK to key it in later or must we shred it?",
    "Calculate the processing fee: [[PERSON|Levi Morgenstern]] gave $1,250 with card [[CREDIT_CARD|6011 4827 3051 9463]] and the processor charges 2.2% plus 30 cents.",
    "[[PERSON|Aiko Nakamura]] donated ¥20,000 to the temple's disaster fund with her JCB [[CREDIT_CARD|3569 0142 7788 6311]] but was charged twice. Draft an apology in English.",
    "Our rota bot keeps printing its token in error messages: [[API_KEY|rbt_9Qx2Lm7TzV4wKp8NcR1sYd6H]]. Explain to the committee why that's bad, in non-technical words.",
    "The old volunteer [[PERSON|Jonno]] hardcoded our SMS reminder key in the script: SMS_KEY = [[API_KEY|smsk_5e8a1c93f07d4b26a9e3c1f8d0b7a452]]. How do I move it to an environment variable in Python?",
    "Our church livestream server at [[IP_ADDRESS|198.51.100.23]] keeps dropping out. [[PERSON|Ifeanyi]] set it up and left a sticky note on the desk that just says [[PASSWORD|Psalm23-Stream!]], which doesn't work. Write a message asking him for the current admin details.",
    "Someone posted abuse on the youth club forum from [[IP_ADDRESS|2001:db8:4a7f:1c::19]]. Our moderator [[PERSON|Rhiannon]] wants to ban it. How do IP bans work on phpBB?",
    "Help me write a thank-you card in English and Greek for [[PERSON|Αικατερίνη Παπαδοπούλου]], who baked 300 koulourakia for the Easter bazaar. Her phone is [[PHONE_NUMBER|+30 694 318 2257]] if I need to check the spelling.",
    "Plan a six-week couch to 5k for our parkrun volunteers. [[PERSON|Mark]] and [[PERSON|Sandy]] will lead it. Then write a short email sending it to [[EMAIL_ADDRESS|sandy.mcgregor@icloud.com]].",
]

# 100 one-person records: presidio-style sentences, profiles, forms, CSV, JSON, logs, letters.
RECORDS = [
    "[[PERSON|Oluwaseun Bakare]] volunteers at the Tuesday food bank and can be reached at [[PHONE_NUMBER|07700 900127]].",
    "Donor: [[PERSON|Harriet Coombes]] | Gift Aid: yes | Email: [[EMAIL_ADDRESS|hcoombes@talktalk.net]] | Ref: [[ID_NUMBER|DN-118204]]",
    "name,role,phone,email\n[[PERSON|Rahul Bhattacharya]],choir tenor,[[PHONE_NUMBER|020 7946 0318]],[[EMAIL_ADDRESS|rahul.b.sings@gmail.com]]",
    '{"volunteer": "[[PERSON|Zofia Kamińska]]", "dbs_certificate": "[[ID_NUMBER|001627384950]]", "expires": "2026-04-30"}',
    '2024-05-18 10:42:07 INFO login ok user=[[ID_NUMBER|mwanjiru]] name="[[PERSON|Mercy Wanjiru]]" src=[[IP_ADDRESS|192.0.2.147]] app=rota-planner',
    "Dear Mr [[PERSON|Okonjo]], thank you for your generous gift of £500 to the roof appeal. Your donor number is [[ID_NUMBER|SC-30982]].",
    "Allotment plot 22B is let to [[PERSON|Dorota Zielińska]], [[STREET_ADDRESS|5 Vicarage Gardens, Norwich NR2 3DT]], tel [[PHONE_NUMBER|01632 960418]].",
    "Scout leader [[PERSON|Gavin Pryce-Jones]], DOB 03/11/1981, DBS [[ID_NUMBER|001583920447]], renewal due March.",
    "Membership record: [[PERSON|Anjali Rao]], member no. [[ID_NUMBER|WI-20931]], [[EMAIL_ADDRESS|anjali.rao@yahoo.co.in]], joined 2019, Harrogate branch.",
    "Bank transfer received from [[PERSON|Matteo Bianchi]], IBAN [[IBAN_CODE|IT12 X030 6909 6061 0000 0184 723]], amount €150, memo choir tour.",
    "Card payment, raffle tickets: [[PERSON|Erik Johansson]], [[CREDIT_CARD|4485 3027 9916 1480]], £20.00, approved.",
    "[[PERSON|Yolanda Pérez]] lives at [[STREET_ADDRESS|2210 W Cermak Rd, Chicago, IL 60608]] and coordinates the parish clothing drive; SSN on file [[US_SSN|358-27-6041]].",
    "Hi, I'm [[PERSON|Chidi]], the youth club's new treasurer. Text me on [[PHONE_NUMBER|07700 900684]] if you need receipts signed.",
    "To whom it may concern, [[PERSON|Rosalind Achterberg]] has volunteered with our befriending service since 2017. She may be contacted at [[EMAIL_ADDRESS|ros.achterberg@posteo.net]]. Yours faithfully, the Coordinator",
    "Username: [[ID_NUMBER|gardenerbob62]] · Name: [[PERSON|Robert Llewellyn]] · Plot: 7 · Password: [[PASSWORD|Parsnip#1962]]",
    "Emergency contact for [[PERSON|Kayden Brooks]] (age 12): mother, [[PHONE_NUMBER|(414) 555-0163]], allergies none.",
    "[[PERSON|Faisal Al-Mansouri]] pledged AED 2,000 for the iftar tent; contact [[PHONE_NUMBER|+971 55 604 1839]], [[EMAIL_ADDRESS|f.almansouri@eim.ae]].",
    "NHS number [[ID_NUMBER|612 803 4470]] belongs to [[PERSON|Doreen Hollis]], a lunch club member who needs a wheelchair-accessible seat.",
    '{"name": "[[PERSON|Huang Xiuying]]", "phone": "[[PHONE_NUMBER|+86 139 1047 2865]]", "role": "lantern festival volunteer"}',
    "Sister [[PERSON|Bernadette Kiely]] runs the Friday soup run; her mobile is [[PHONE_NUMBER|+353 87 419 2256]].",
    "[2024-02-03 21:15:44] password reset requested for [[EMAIL_ADDRESS|tomasz.wrobel@wp.pl]] ([[PERSON|Tomasz Wróbel]]) from [[IP_ADDRESS|198.51.100.202]]",
    "Customer [[PERSON|Beatriz Santos]] (customer no. [[ID_NUMBER|77120458]]) returned a donated coat to the charity shop.",
    "[[PERSON|Abdirahman Yusuf]], [[STREET_ADDRESS|31 Grange Road, Ealing, London W5 5BX]], [[PHONE_NUMBER|020 7946 0775]]",
    "The new church organist, [[PERSON|Cornelius Vandermeer]], is to be paid monthly into [[IBAN_CODE|NL78 INGB 0008 1473 92]].",
    "Volunteer ID [[ID_NUMBER|VOL-00892]], [[PERSON|Shabnam Hosseini]], Saturday warehouse shift, forklift trained.",
    "Please send the raffle prize to [[PERSON|Maureen Hegarty]] at [[STREET_ADDRESS|14 Cypress Grove, Templeogue, Dublin 6W D6W K7R2]].",
    "Applicant: [[PERSON|Jamal Carter]]; DOB 1994-08-17; SSN [[US_SSN|217-63-0489]]; position: after-school mentor.",
    "[[PERSON|Ngozi Eze]] <[[EMAIL_ADDRESS|ngozi.eze@charitymail.org]]> wrote: please remove me from the newsletter list.",
    "Gift Aid declaration: [[PERSON|Arthur Bellingham]], [[STREET_ADDRESS|Rose Cottage, 3 Mill Street, Ludlow SY8 1BE]], donor ref [[ID_NUMBER|GAD-55312]].",
    "志愿者：[[PERSON|刘晓燕]]，电话：[[PHONE_NUMBER|+86 138 0571 9324]]，社区：西湖区，服务时间：周六上午",
    "[[PERSON|Владимир Соколов]], регент приходского хора, тел. [[PHONE_NUMBER|+7 916 482-37-15]]",
    "Tenant of the community garden shed: [[PERSON|Hamish Gow]], key-safe code [[PASSWORD|5512]].",
    "Login attempt failed: user [[ID_NUMBER|r.delacroix]] ([[PERSON|Rémi Delacroix]]), 3 tries, IP [[IP_ADDRESS|203.0.113.9]].",
    "Sponsor form: [[PERSON|Anouk Visser]] pledged €5 per km, to be paid to [[IBAN_CODE|BE45 0013 7629 5041]].",
    "[[PERSON|Kwabena Darko]] is the food bank's warehouse lead; email [[EMAIL_ADDRESS|kdarko@foodbank-north.org.uk]], mobile [[PHONE_NUMBER|07700 900356]].",
    "Mrs [[PERSON|Ivy Pemberton]], 92, receives a weekly befriending call on [[PHONE_NUMBER|0117 496 0842]].",
    "Donor KYC: [[PERSON|Suresh Venkataraman]], Aadhaar [[ID_NUMBER|3927 5018 4466]], PAN on file, mobile [[PHONE_NUMBER|+91 94433 81207]].",
    "[[PERSON|Mateus Oliveira]], CPF [[ID_NUMBER|216.084.739-96]], voluntário do Natal solidário da paróquia.",
    "id,name,group,allergy,parent_phone\n17,[[PERSON|Lily-Mae Foster]],Cubs (Tuesday),peanuts,[[PHONE_NUMBER|07700900915]]",
    "Choir robe deposit refunded to [[PERSON|Gwen Aldridge]], card [[CREDIT_CARD|5169 2048 3377 9105]].",
    "Sgt [[PERSON|Priya Nair]] (retired) leads the cadet band; [[EMAIL_ADDRESS|priya.nair.band@gmail.com]].",
    "Youth worker [[PERSON|Leon Asante-Boateng]], enhanced DBS [[ID_NUMBER|001902746318]], issued 12 Jan 2024, barred list check clear.",
    "Please update the mailing address for [[PERSON|Eleanor Whitcombe]] to [[STREET_ADDRESS|Flat 2, 19 Abbey Road, Bath BA2 3DP]].",
    "[[PERSON|Samir Haddad]], [[STREET_ADDRESS|27 rue de la République, 69002 Lyon]], bénévole à l'épicerie solidaire, [[PHONE_NUMBER|06 39 98 73 10]].",
    "Signed in: [[PERSON|Hyun-woo Lee]] 09:02, visitor badge 14, mobile [[PHONE_NUMBER|010-4827-3316]].",
    '{"member_id": "[[ID_NUMBER|ALT-0392]]", "name": "[[PERSON|Gethin Pugh]]", "plot": "12A", "gate_code": "[[PASSWORD|8841]]"}',
    "Bursary paid to [[PERSON|Amara Okafor]]; account [[IBAN_CODE|GB95 HBUK 4011 2763 5918 42]]; approved by the youth trust.",
    "[[PERSON|Giovanni Russo]], member number [[ID_NUMBER|PCC-1187]], asked for a copy of his data; reply to [[EMAIL_ADDRESS|g.russo@libero.it]].",
    "[[PERSON|Fatou Diallo]], bénévole à la banque alimentaire de Dakar, [[PHONE_NUMBER|+221 77 418 30 92]].",
    "Hello [[PERSON|Maja]], your volunteer portal password has been reset to [[PASSWORD|Lavender-Kite-81]]; please change it at first login.",
    "Dr [[PERSON|Adaeze Nwosu]] volunteers as first aider at the summer fete; phone [[PHONE_NUMBER|0121 496 0527]].",
    "[[PERSON|Billie Crane]], [[STREET_ADDRESS|88 Harbour Street, Whitstable CT5 1AJ]], kindly lent the marquee.",
    "Hospice lottery member [[PERSON|Clive Ramsbottom]], member number [[ID_NUMBER|HL-0048217]], pays by direct debit from [[IBAN_CODE|GB03 BARC 2045 1741 9283 74]].",
    "[[PERSON|Νίκος Γεωργίου]], ψάλτης, τηλ. [[PHONE_NUMBER|+30 697 204 1185]]",
    "[[PERSON|Chukwuemeka Obi]] will coordinate the harvest thanksgiving; reach him on [[PHONE_NUMBER|+234 806 733 1928]] or [[EMAIL_ADDRESS|emeka.obi@yahoo.com]].",
    "Supporter care note: [[PERSON|Bridget Flanagan]] called about her monthly gift to the cat rescue; account [[ID_NUMBER|CR-661903]]; wants to reduce it to £5.",
    "[[PERSON|Omar Farouk]], kimlik no [[ID_NUMBER|52917340854]], registered for the earthquake relief convoy.",
    "[[PERSON|Anneliese Vogt]], [[STREET_ADDRESS|Hauptstraße 7, 79104 Freiburg im Breisgau]], Steuer-ID [[ID_NUMBER|62093758142]]",
    "From: [[PERSON|Petra Novák]] <[[EMAIL_ADDRESS|petra.novak@seznam.cz]]>\nSubject: bake sale float\nI've left the £50 float in the vestry safe, code [[PASSWORD|3-1-7-7]].",
    "[[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0371852I]], mosque kitchen volunteer, [[PHONE_NUMBER|+65 8214 0937]].",
    "[[PERSON|Lachlan Reid]] | [[PHONE_NUMBER|0491 570 159]] | [[EMAIL_ADDRESS|lachlan.reid@bigpond.com]] | surf club sausage sizzle",
    "[[PERSON|Bongani Mthembu]], ID [[ID_NUMBER|8503025296083]], runs the Durban soup kitchen's Saturday shift.",
    "Chesed committee: [[PERSON|Miriam Adler]], [[PHONE_NUMBER|(212) 555-0139]], meal trains on Thursdays.",
    "[[PERSON|Kirra Williams]], TFN [[ID_NUMBER|649203172]], casual op-shop coordinator, Geelong.",
    "[[PERSON|Mehmet Kaya]], [[EMAIL_ADDRESS|mehmet.kaya@outlook.com.tr]], hastane ziyaret gönüllüsü.",
    "[[PERSON|Valentina Moretti]], NIE [[ID_NUMBER|Y4082716T]], voluntaria en el banco de alimentos de Málaga, tel. [[PHONE_NUMBER|+34 612 48 39 07]].",
    "Username [[ID_NUMBER|choirmaster_ade]] belongs to [[PERSON|Adewale Johnson]]; password last changed 2023.",
    "Dear [[PERSON|Fiona]], thank you for running the tombola. Please send your receipts to [[STREET_ADDRESS|12 Kirk Wynd, Kirkcaldy KY1 1EH]] by Friday. Best wishes, the committee",
    "[[PERSON|Tevita Fifita]], Methodist youth leader, [[PHONE_NUMBER|+64 21 483 917]], [[EMAIL_ADDRESS|tevita.f@xtra.co.nz]].",
    "Volunteer driver [[PERSON|Norman Ellery]], licence [[ID_NUMBER|ELLER503127NJ9KL]], insured through the community transport scheme.",
    "[[PERSON|Esperanza Quispe]], [[STREET_ADDRESS|Av. Arequipa 2450, Lince, Lima 15046]], [[PHONE_NUMBER|+51 987 214 630]], olla común.",
    "[[PERSON|Chinonso Uzor]]'s passport [[ID_NUMBER|A09281734]] is needed for the mission trip booking.",
    "[[PERSON|Bea]] ([[EMAIL_ADDRESS|beatrice.holm@gmail.com]]) offered to edit the spring newsletter.",
    "Receipt for [[PERSON|Malcolm Dunne]], paid by Amex [[CREDIT_CARD|3411 870264 55132]], £75, quiz night table for six.",
    "[[PERSON|井上さくら]]、マイナンバー [[ID_NUMBER|7412 0963 5585]]、住所 [[STREET_ADDRESS|〒530-0001 大阪府大阪市北区梅田1-3-1]]",
    "api_call ok key=[[API_KEY|nlk_4c7e1f9a2b8d3065e9f7a1c4b2d8e630]] owner=[[PERSON|Helga Brunner]] endpoint=/v1/newsletter/send",
    "[[PERSON|Nguyễn Văn Đức]], [[STREET_ADDRESS|45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]], tình nguyện viên bếp ăn từ thiện.",
    "[[PERSON|Ruth Abernethy]] keeps the church safe PIN, [[PASSWORD|6093]], and nobody else has it.",
    "Parent: [[PERSON|Sadia Rahman]]; child age 9; phone [[PHONE_NUMBER|07700 900049]]; photo consent: no.",
    "[[PERSON|Heikki Laine]], hetu [[ID_NUMBER|041202A471Y]], joined the Tampere church youth choir.",
    "[[PERSON|Sebastian Gruber]] pays the Salzburg choir subs from [[IBAN_CODE|AT43 2011 1827 3649 5001]].",
    "Swish or transfer to [[PERSON|Astrid Nilsson]], [[IBAN_CODE|SE97 3000 0000 0382 7461 9201]], for the Lucia concert tickets.",
    "Contact card: [[PERSON|Ole Kristiansen]] · [[IBAN_CODE|NO40 1203 8471 925]] · [[EMAIL_ADDRESS|ole.kristiansen@online.no]]",
    "[[PERSON|Mette Rasmussen]], [[STREET_ADDRESS|Nørrebrogade 52, 2. th., 2200 København N]], [[IBAN_CODE|DK20 3000 0614 8293 75]]",
    "[[PERSON|Luca Bernasconi]], [[STREET_ADDRESS|Via Nassa 18, 6900 Lugano]], [[IBAN_CODE|CH21 0076 2016 2841 9307 215]], socio sostenitore.",
    "Donativo de [[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|190473622]], por transferência de [[IBAN_CODE|PT57 0035 0651 0003 9417 2850 4]].",
    "[[PERSON|Lucas Fernández]] domicilia su cuota de socio en la cuenta [[IBAN_CODE|ES54 2100 0813 6402 0194 7358]].",
    "[[PERSON|Imogen Clarke-Hughes]] bought 4 panto tickets, card [[CREDIT_CARD|2221 0087 4136 5524]], contact [[EMAIL_ADDRESS|imogen.ch@gmail.com]].",
    "Pledge: [[PERSON|Daniel Abebe]], monthly $25 on [[CREDIT_CARD|4024 0071 5538 2764]], billing ZIP 20011.",
    "[[PERSON|Sione Taufa]], [[CREDIT_CARD|5598 0316 4472 0858]], [[STREET_ADDRESS|12 Kiwi Esplanade, Māngere Bridge, Auckland 2022]]",
    "[[PERSON|Kimberly Nguyen]], [[US_SSN|471-05-2936]], volunteer tutor with the adult literacy council.",
    "[[PERSON|Rafael Mendoza]] last signed in to the donor CRM from [[IP_ADDRESS|203.0.113.201]] as [[ID_NUMBER|rmendoza.crm]].",
    "Event page webhook secret for [[PERSON|Keisha Lambert]]: [[API_KEY|evtsec_bT4nQ9xLr2Vm7KcZ1pY8dWs3]]",
    "[[PERSON|Gordon Blackwood]], [[EMAIL_ADDRESS|gordon.blackwood@virginmedia.com]], old password [[PASSWORD|Hymnal1987!]] still in use on the rota site.",
    "[[PERSON|Agnieszka Lewandowska]], PESEL [[ID_NUMBER|92110744622]], wolontariuszka w świetlicy parafialnej.",
    "[[PERSON|Linnea Holm]], personnummer [[ID_NUMBER|881107-5624]], ledare för kyrkans ungdomskör.",
    "[[PERSON|周建华]]，身份证号 [[ID_NUMBER|440306199308271622]]，春节义卖志愿者。",
    "[[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|850614-2419378]], 교회 청년부 봉사자",
    "[[PERSON|Percy Wainwright]], NHS [[ID_NUMBER|528 417 0938]], [[STREET_ADDRESS|3 Almshouse Row, Frome BA11 1PX]], meals on wheels client.",
    "[[PERSON|Cristian Ionescu]], CNP [[ID_NUMBER|1961203120434]], [[PHONE_NUMBER|+40 722 418 305]], voluntar la banca de alimente.",
]

# 25 MT-Bench/Vicuna-style prompts, some naming historical or fictional people.
CLEAN_PROMPTS = [
    "Write a persuasive op-ed of about 300 words arguing that local councils should fund community choirs as a public health measure.",
    "Compose an engaging travel blog post about a volunteering trip to Nepal, highlighting cultural experiences and must-see sights.",
    "Imagine you are Florence Nightingale writing a letter to a young volunteer nurse in 1855. What advice would you give?",
    "What were William Booth's main goals when he founded the Salvation Army, and how did they change over its first fifty years?",
    "Draft a mission statement for a new food bank that wants to emphasise dignity and choice rather than charity.",
    "Explain the difference between a charitable incorporated organisation and an unincorporated association in England and Wales, in plain language.",
    "Role-play as Ebenezer Scrooge after his change of heart, writing an appeal for a Christmas soup kitchen.",
    "Compare the leadership styles of Mahatma Gandhi and Martin Luther King Jr. in organising grassroots movements.",
    "Give me ten icebreaker questions for the first meeting of a youth club where most members don't know each other.",
    "Write a limerick about a runner bean competition on an allotment.",
    "How can a small charity measure its social impact without paying for consultants? Give a step-by-step approach.",
    "Summarise the plot of Les Misérables in five sentences, focusing on Bishop Myriel's act of mercy.",
    "What are the pros and cons of using a messaging app versus a dedicated platform for coordinating a neighbourhood mutual-aid group?",
    "Write a Python function that takes a list of volunteer shift lengths in hours and returns the total and the average.",
    "Describe how Quakers contributed to early humanitarian relief, for example in the founding of Oxfam in 1942.",
    "Pretend you are Sherlock Holmes investigating who took the church roof fund from the vestry. Narrate your deductions.",
    "Suggest a twelve-month calendar of fundraising events for a village hall committee with a small budget.",
    "Extract the key dates from this text: The hall opened in 1923, was requisitioned in 1940, returned to the parish in 1946 and was rebuilt after a fire in 1978.",
    "Explain Maslow's hierarchy of needs and how a community centre might address each level.",
    "Write a short speech that Nelson Mandela might have given to open a children's library.",
    "What lessons can modern volunteer groups take from Octavia Hill's approach to housing and open spaces?",
    "Generate five catchy names for a repair café that fixes bikes, toasters and clothes.",
    "Is it better to give money directly to people begging on the street or to donate to organised charities? Present both sides fairly.",
    "Rewrite the opening of Charles Dickens's A Christmas Carol as a modern community newsletter announcement.",
    "How does the idea of giving differ between Christian tithing, Islamic zakat and Sikh dasvandh? Keep it respectful and brief.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_MATH = [
    "Amara's food bank received 348 tins on Monday and twice as many on Tuesday. If each parcel holds 12 tins, how many full parcels can she make?",
    "A choir of 42 singers has 14 sopranos, 11 altos and 3 fewer tenors than altos. The rest are basses. How many basses are there?",
    "Tomasz plants 6 rows of potatoes with 15 plants in each row. Each plant yields 1.2 kg. How many kilograms does he harvest?",
    "Priya sells cupcakes at £1.50 each and brownies at £2 each at a bake sale. She sells 64 cupcakes and 38 brownies. How much does she raise?",
    "Twenty-three walkers, including Liam, each walk 12 km. Everyone raises £5 per kilometre except Liam, who raises £10 per kilometre. How much is raised in total?",
    "The youth club has £480 for a trip. The coach costs £210 and entry tickets cost £9 per child. How many children can go?",
    "Fatima volunteers 3 hours every weekday and 5 hours on Saturday. How many hours does she volunteer in 4 weeks?",
    "A raffle sells 250 tickets at £2 each. The prizes cost £135. What percentage of the ticket money is profit?",
    "Kofi's allotment is 10 m by 25 m. He uses 40% for vegetables and splits the rest equally between fruit and flowers. What area is used for flowers?",
    "A newsletter is printed on both sides of each sheet. It has 18 pages and 140 copies are needed. How many sheets of paper are used?",
    "Rosa knits 3 scarves a week for the winter appeal. Her friend Ines knits 2 more than Rosa each week. How many scarves do they knit together in 6 weeks?",
    "A soup kitchen serves 85 meals on each weekday and 120 on Sunday, and it is closed on Saturday. How many meals does it serve in a week?",
    "Oliver collected £63.40 in a charity bucket and Hana collected £18.75 more than Oliver. How much did they collect altogether?",
    "The mosque's iftar feeds 220 people a night for 30 nights. Each meal costs £2.75. What is the total cost?",
    "Gift Aid adds 25p for every £1 donated. Mei donates £40 a month for a year. How much does the charity receive including Gift Aid?",
    "A scout troop of 28 children sleeps in tents that hold 4 each, and the two leaders share one extra tent. How many tents are needed?",
    "Jonas bakes 5 trays of 24 biscuits. He gives a third to the care home and sells the rest in bags of 8. How many bags does he sell?",
    "A church hall costs £18 an hour to hire. A quiz night runs from 6:30 pm to 10:00 pm. What is the hire cost?",
    "Chloe's charity shop prices books at 75p and DVDs at £1.25. She sells 120 books and 48 DVDs. How much more money came from books than from DVDs?",
    "Seven volunteers share the packing of 1,260 hampers equally. Halfway through, two of them leave. How many hampers must each remaining volunteer still pack?",
    "A community garden gets 3 deliveries of compost of 1.8 tonnes each. If each raised bed needs 0.15 tonnes, how many beds can be filled?",
    "Ravi runs a 10 km fundraiser. He runs the first 4 km at 6 minutes per kilometre and the rest at 5.5 minutes per kilometre. What is his total time?",
    "The food bank van uses 8 litres of diesel per 100 km. Weekly collections cover 240 km and diesel costs £1.52 a litre. What is the weekly fuel cost?",
    "Aisha's youth football team has 16 players. Each needs a kit costing £22 and socks costing £4. A sponsor pays half. How much must the team raise?",
    "Bell-ringers ring for 45 minutes before each of 3 services in June and for 2 hours at each of 4 weddings. How many hours do they ring in June?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which body registers and regulates charities in England and Wales? A) HMRC B) The Charity Commission C) Companies House D) The Fundraising Regulator",
    "A good whose use by one person does not reduce its availability to others is called: A) rival B) excludable C) non-rival D) inferior",
    "Who wrote Bowling Alone, about the decline of civic associations in the United States? A) Robert Putnam B) Max Weber C) Émile Durkheim D) Talcott Parsons",
    "The parable of the Good Samaritan appears in which Gospel? A) Matthew B) Mark C) Luke D) John",
    "Zakat is usually calculated as what share of eligible wealth held for a lunar year? A) 1% B) 2.5% C) 5% D) 10%",
    "Which soil nutrient is most associated with leafy green growth? A) Nitrogen B) Phosphorus C) Potassium D) Calcium",
    "A choral piece marked 'a cappella' is sung: A) very loudly B) without instrumental accompaniment C) in Latin D) in unison",
    "The free-rider problem is most likely to arise with: A) private goods B) public goods C) luxury goods D) Giffen goods",
    "Which structure gives a charity limited liability without it being a company? A) Trust B) Charitable incorporated organisation C) Partnership D) Sole trader",
    "Which researchers are best known for early experiments on the bystander effect? A) Darley and Latané B) Milgram and Zimbardo C) Asch and Sherif D) Festinger and Carlsmith",
    "Crop rotation mainly helps to: A) increase rainfall B) reduce soil-borne pests and balance nutrients C) raise soil temperature D) remove the need for watering",
    "The median of 3, 7, 8, 12 and 40 is: A) 8 B) 14 C) 12 D) 7",
    "Which Sikh institution serves free meals to all visitors regardless of faith? A) Nishan Sahib B) Langar C) Akhand Path D) Gutka",
    "In charity accounts, a restricted fund is money that: A) can be used for any purpose B) must be spent on the purpose the donor set C) belongs to the trustees D) is held back for tax",
    "Which enzyme in saliva begins the digestion of starch? A) Pepsin B) Lipase C) Amylase D) Trypsin",
    "Which philosopher argued in 'Famine, Affluence, and Morality' that we ought to prevent suffering when we can do so without sacrificing anything of comparable moral importance? A) Peter Singer B) John Rawls C) Robert Nozick D) Immanuel Kant",
    "The main purpose of a DBS check in England is to: A) verify immigration status B) disclose relevant criminal records for certain roles C) check credit history D) confirm an address",
    "What is the usual time signature of a waltz? A) 2/4 B) 3/4 C) 4/4 D) 6/8",
    "Which gas is mainly produced when food waste breaks down in landfill? A) Oxygen B) Methane C) Nitrogen D) Helium",
    "If a charity's income rises from £80,000 to £92,000, the percentage increase is: A) 12% B) 13% C) 15% D) 18%",
    "Who founded the Scout movement in 1907 and 1908? A) Robert Baden-Powell B) William Smith C) Cecil Rhodes D) Thomas Barnardo",
    "A trustee who profits from their position without authority is in breach of: A) a duty of care B) a fiduciary duty C) a contract of employment D) statutory sick pay rules",
    "Which blood type is known as the universal donor for red cells? A) AB+ B) A- C) O- D) B+",
    "Which organelle is the site of photosynthesis? A) Mitochondrion B) Chloroplast C) Ribosome D) Nucleus",
    "Which Latin phrase is used for legal or professional work done free of charge for the public good? A) Ad hoc B) Pro bono C) Bona fide D) Per se",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How much water should I drink when volunteering outdoors at a summer fete in 30-degree heat?",
    "Is it safe to give blood if I've just had a flu jab?",
    "What are the early signs of heat exhaustion, and how is it different from heatstroke?",
    "I sing in a choir and my voice goes hoarse after long rehearsals. What can help?",
    "How should food bank volunteers lift heavy crates to avoid back injury?",
    "What should be in a basic first aid kit for a youth club?",
    "Can gardening on an allotment help with mild depression? What does the evidence say?",
    "How long can cooked rice safely sit out at a community lunch before it should be thrown away?",
    "What's the difference between a food allergy and a food intolerance?",
    "How do I recognise an asthma attack in a child, and what should I do?",
    "Is it normal to feel dizzy after donating plasma?",
    "What vaccinations are usually recommended for adults volunteering abroad in East Africa?",
    "How can I reduce the risk of tetanus when working with soil and rusty tools?",
    "What are common signs that loneliness is affecting the health of an older adult?",
    "How do I treat a bee sting, and when is it an emergency?",
    "Does fasting during Ramadan affect people with type 2 diabetes, and what precautions are advised?",
    "What is the right way to use an adrenaline auto-injector?",
    "Can standing for hours at a charity shop till cause varicose veins?",
    "What stretches help prevent knee pain after long periods of kneeling, for example while weeding?",
    "What are the symptoms of Lyme disease after a tick bite?",
    "Is it safe to eat vegetables grown on an allotment next to a busy road?",
    "How can carers avoid burnout when supporting a relative with dementia?",
    "What should I do if someone has a seizure during a church service?",
    "How much sleep do teenagers need, and do late youth club nights affect it?",
    "Which hand hygiene steps matter most when preparing sandwiches for a soup run?",
]

# Every national id of the set with its check; each must be marked and valid.
NATIONAL_IDS = {
    "731 640 2857": nhs_ok,  # NHS number
    "612 803 4470": nhs_ok,
    "528 417 0938": nhs_ok,
    "6041 2987 3151": aadhaar_ok,  # Indian Aadhaar
    "3927 5018 4466": aadhaar_ok,
    "305184726": bsn_ok,  # Dutch BSN
    "84062113588": pesel_ok,  # Polish PESEL
    "92110744622": pesel_ok,
    "429.731.508-41": cpf_ok,  # Brazilian CPF
    "216.084.739-96": cpf_ok,
    "38420571640": kimlik_ok,  # Turkish kimlik
    "52917340854": kimlik_ok,
    "52718394W": dni_ok,  # Spanish DNI
    "Y4082716T": dni_ok,  # Spanish NIE
    "120387-318V": hetu_ok,  # Finnish henkilötunnus
    "041202A471Y": hetu_ok,
    "GLTMRN88H52F205U": codice_fiscale_ok,  # Italian codice fiscale
    "CSTPLA79D14L219H": codice_fiscale_ok,
    "440306199308271622": china_id_ok,  # Chinese resident identity number
    "S9182736J": nric_ok,  # Singapore NRIC
    "T0371852I": nric_ok,
    "920302-1836201": rrn_ok,  # Korean resident registration number
    "850614-2419378": rrn_ok,
    "381 472 058": tfn_ok,  # Australian tax file number
    "649203172": tfn_ok,
    "2954 71833 1": medicare_ok,  # Australian Medicare
    "3059 1846 2770": my_number_ok,  # Japanese My Number
    "7412 0963 5585": my_number_ok,
    "8302716W": pps_ok,  # Irish PPS number
    "2 84 07 75 116 238 47": nir_ok,  # French NIR
    "85.07.30-337.15": belgian_id_ok,  # Belgian national number
    "13058447239": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238159043": nif_ok,  # Portuguese NIF
    "190473622": nif_ok,
    "2850914402816": cnp_ok,  # Romanian CNP
    "1961203120434": cnp_ok,
    "14.382.906-5": rut_ok,  # Chilean RUT
    "48803210274": isikukood_ok,  # Estonian isikukood
    "180389-2379": kennitala_ok,  # Icelandic kennitala
    "856214/3821": rodne_cislo_ok,  # Czech rodné číslo
    "3182057496": rnokpp_ok,  # Ukrainian RNOKPP
    "47281039654": steuer_id_ok,  # German Steuer-ID
    "62093758142": steuer_id_ok,
    "KRF3028": nhi_ok,  # New Zealand NHI
    "618 204 937": luhn_len(9),  # Canadian SIN
    "790423-3181": luhn_len(10),  # Swedish personnummer
    "881107-5624": luhn_len(10),
    "9206150814089": luhn_len(13),  # South African id
    "8503025296083": luhn_len(13),
    "314928573": luhn_len(9),  # Israeli teudat zehut
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|17|21|61) 496 0\d{3}",  # Leeds, Bristol, Birmingham, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"028 9649 6\d{3}",  # Belfast drama range
        r"01632 960\d{3}",  # UK drama range, no area
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 57\d \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|30|31|34|40|51|64|65|86|91|221|234|254|353|971) [\d -]+\d",  # no fiction range known
    )
]


def check_section(
    name: str, texts: list[str], words: tuple[int, int], values: tuple[int, int]
) -> None:
    """Each text within its word range (or, written without spaces, at least MIN_CHARS
    characters) and its number of distinct values other than names within ``values``."""
    for marked in texts:
        plain = strip_marks(marked)[0]
        count = word_count(marked)
        unspaced = re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", plain) is not None
        short = count < words[0] and not (unspaced and len(plain) >= MIN_CHARS)
        others = {(s["type"], s["value"]) for s in marked_spans(marked) if s["type"] != "PERSON"}
        if short or count > words[1] or not values[0] <= len(others) <= values[1]:
            raise SystemExit(f"{name}: {count} words, {len(others)} values in {marked[:60]!r}")


def check_mix() -> None:
    """The chat requests name people and carry contacts or secrets; every record names its
    one person; the set holds every kind of value."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"record without a name: {marked[:60]!r}")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    missing = {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    } - kinds  # fmt: skip
    if missing:
        raise SystemExit(f"no value of type {sorted(missing)}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean math": (CLEAN_MATH, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + RECORDS
    check_section("chat", CHAT, CHAT_WORDS, (0, 8))
    check_section("records", RECORDS, RECORD_WORDS, (1, 4))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind108", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
