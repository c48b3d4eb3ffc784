# ruff: noqa: E501
"""A hundred and thirty-second blind privacy set: 220 texts with personal data and 100 clean
ones on immigration, visas and relocating abroad.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the first
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The theme: visa and residence applications, embassies
and consulates, sponsors, sworn translators, international movers and shipping, foreign
bank accounts, registering with local authorities, language schools, family reunification,
work permits and landlords abroad.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs,
  voicemails and e-mails, translating, fixing wording, splitting costs, asking whether
  something is a scam, planning. The first 30 are typed all in lower case (names, e-mails,
  codes, IBANs and postcodes too, with shorthand and typos); the next 6 are in Spanish,
  Polish, Russian, Arabic, Chinese and Japanese; the other 84 in ordinary English. Names of
  many origins, first names alone, surnames after titles, full names, names that are
  ordinary words (Hope, Sunny, Grace, Bill, Rose, Joy, Ivy, Patience), many named in passing
  with no cue word; passwords, PINs, door, gate, alarm and lockbox codes, wifi keys, logins,
  API keys, IPs, cards, IBANs, SSNs, passports, residence cards, phones, e-mails and street
  addresses of many countries, on one line or several. 1 to 8 values each; at least 90 name
  a person, at least 15 hold a secret, and every entity type appears.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register entries and short letters, in English and some twenty other languages; each names
  exactly one person and holds 1 to 4 other values; 40 carry a national id with valid check
  digits.

Usernames, logins, account, customer, member, policy, employee numbers, passports, residence
cards, A-numbers and national ids are ID_NUMBER; PINs, door, gate, alarm and lockbox codes,
wifi keys and passwords PASSWORD; titles and relation words (Mr, Ms, Mme, Frau, Herr,
Officer, Consul, Sister, Auntie, aunty, uncle, my wife) stay outside PERSON spans; an address
span runs from the first street line through the postcode and city as typed (a name on the
line above is a PERSON span of its own); public figures, fictional characters, companies,
order, receipt, ticket and course references, amounts and dates of birth are not labelled;
every occurrence of a private value is marked (a name said again is marked again). The 100
clean texts hold no personal data at all: 25 MT-Bench- and Vicuna-style prompts (some
naming historical or fictional people: Einstein, Marie Curie, Phileas Fogg, Sherlock
Holmes, Odysseus), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style
items with options A to D and 25 health questions naming no one, mostly on the theme.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (Indian
Aadhaar, NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish NIE,
Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore FIN, Korean
resident registration number, Australian TFN and Medicare, Japanese My Number, Irish PPS,
French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP,
Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP,
German tax id, New Zealand NHI, Canadian SIN, Swedish personnummer, South African id, Greek
AMKA).

Run ``.venv/bin/python bench/data/build_blind132.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Herr|Frau|Sr|Sra|Officer|Consul|Sister|Auntie|Aunty|Uncle|pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to a general assistant behind a company gateway.
CHAT = [
    # the first 30 typed all in lower case, with shorthand and typos
    "can u help me write a msg to my landlord in lisbon, [[PERSON|joão ferreira]], saying the deposit of 1800 eur went to [[IBAN_CODE|pt60 0035 0683 0002 9471 8367 2]] on friday and i still dont have the keys?? he isnt answering [[PHONE_NUMBER|+351 912 483 076]]",
    "pls summarise for my wife: appt at the german embassy for [[PERSON|rahul mehta]] moved to 14 march 9:40, bring passport [[ID_NUMBER|z4817263]] + the blocked acct letter. confirmation went to [[EMAIL_ADDRESS|rahul.mehta88@postmail.in]]",
    "is this a scam? a guy called [[PERSON|kevin osei]] from 'uk visa fast track' wants £450 and my brp number [[ID_NUMBER|zu4827391]] to 'unlock' my ilr. he gave me this number [[PHONE_NUMBER|07700 900418]] and said dont tell the home office",
    "wifi at the new flat in rotterdam is [[PASSWORD|kaasbroodje2024!]] and the router pasword is [[PASSWORD|vr7#qwe19]], can u write a short note for my flatmate [[PERSON|thijs]] explaining how to reconect",
    "translate to spanish pls: hi [[PERSON|carmen]], the movers will come to [[STREET_ADDRESS|calle de toledo 84, 3º b, 28005 madrid]] on tuesday between 8 and 10, the porter door code is [[PASSWORD|4471]]",
    "my sponsor aunty [[PERSON|bisi adewale]] needs to send her bank statments for my uk visitor visa, her email is [[EMAIL_ADDRESS|bisi.adewale@quickpost.ng]]. draft a polite msg asking for the last 6 months pls",
    "split the container shipping 3 ways: me, [[PERSON|dani]] and [[PERSON|marco rossi]]. total 4,260 eur incl customs. i paid all of it on my card [[CREDIT_CARD|4024 0071 8395 2265]] so how much do they each owe me",
    "fix my german pls: 'sehr geehrte frau [[PERSON|baumann]], ich möchte meinen termin zur anmeldung am 3.4. verschieben. ich wohne jetzt in der [[STREET_ADDRESS|boxhagener str. 31, 10245 berlin]].'",
    "voicemail from the consulate, can u tidy it: 'hi this is [[PERSON|priya]] from the indian consulate calling for [[PERSON|arjun nair]] about the oci application, pls call back on [[PHONE_NUMBER|(415) 555-0143]] between 10 and 1'",
    "my landlord [[PERSON|hope]] in dublin wants my pps no [[ID_NUMBER|6294017o]] and a copy of my passport before signing the lease, normal or red flag?",
    "can u write simple steps for my dad [[PERSON|marek]] to log into his new bank app here in dublin. user [[ID_NUMBER|mkowalczyk_61]] pw [[PASSWORD|zielony!most7]] he keeps typing it wrong lol",
    "ok so me and [[PERSON|sunny]] are moving to toronto, work permit finally came thru. make a checklist: sin, ohip, bank, phone plan, hydro. our new place is [[STREET_ADDRESS|88 harbour st unit 2207, toronto on m5j 0c3]]",
    "got this email, scam or not? 'dear [[PERSON|fatima zahra]], your schengen visa is approved, pay the 89 eur release fee to [[IBAN_CODE|lt79 3250 0918 3746 5520]] within 24h or it is cancelled'",
    "remind me what to bring to the auslanderbehorde: passport, biometric photo, the rental contract from herr [[PERSON|kowalski]], health insurance letter. my appt number is on the email to [[EMAIL_ADDRESS|ola.nwosu@webpost.de]]",
    "translating my birth cert for the spouse visa, translator [[PERSON|olena bondar]] charges 35 per page, 6 pages, + apostille 40. my husband [[PERSON|tom]] pays half. how much each?",
    "pls make this call log into a short summary: 10:02 called movers, spoke w [[PERSON|gaz]], quote 3.1k. 10:40 [[PERSON|bill]] from the customs broker rang back on [[PHONE_NUMBER|01632 960271]], needs inventory list. 11:15 emailed [[EMAIL_ADDRESS|bill@harbourclear.co.uk]]",
    "my ip got flagged on the visa portal [[IP_ADDRESS|203.0.113.54]], site says too many attempts. my login is [[EMAIL_ADDRESS|nguyen.thao.vn@postbox.vn]]. how long do these lockouts usually last",
    "write a short whatsapp to [[PERSON|grace]] saying the gate code at the new place in melbourne is [[PASSWORD|2719]] and the unit is [[STREET_ADDRESS|4/17 kerr st, fitzroy vic 3065]], shes arriving sat",
    "how do i answer this from the landlord in paris: 'bonjour, pouvez-vous envoyer votre rib et une copie du titre de séjour?' im [[PERSON|kwame mensah]], rib is [[IBAN_CODE|fr88 3000 4028 1700 0472 9183 562]]",
    "need a cover letter for family reunification, my wife [[PERSON|leila]] and son [[PERSON|yusuf]] are in izmir at [[STREET_ADDRESS|1453 sokak no:12 d:4, alsancak, 35220 konak/izmir]]. i work in a warehouse in rotterdam since 2021",
    "my ssn is [[US_SSN|412-68-3305]], do i have to give it to the new landlord in austin or can i say no? his name's [[PERSON|randy pruitt]] and he wants it on the app",
    "tidy these notes from the relocation agent: client [[PERSON|svetlana]] (+2 kids), school tour 5/6, flat viewing at [[STREET_ADDRESS|tolstraat 112-2, 1074 vl amsterdam]], bsn appt at gemeente pending. agent phone [[PHONE_NUMBER|+31 6 4827 1935]]",
    "make my msg more polite pls: 'hi [[PERSON|nakamura]]-san, need the koseki translated by friday or my visa appt is wasted.' her email is [[EMAIL_ADDRESS|a.nakamura.translate@jmail.jp]]",
    "the api key for the relocation portal keeps failing: [[API_KEY|rlp_live_9f3k2m8q7x1z4b6n0w5t]]. is it ok if i paste it to our it guy [[PERSON|dev]] on teams?",
    "write a msg to the language school, im [[PERSON|ana lucía pérez]], want to move from a2 to b1 evening class, pay the diference with card [[CREDIT_CARD|5412 8837 2019 4604]]",
    "intl movers want the deposit wired to [[IBAN_CODE|gb68 barc 2004 1783 9204 16]], contact is [[PERSON|steve]] at [[EMAIL_ADDRESS|steve@moveswiftglobal.co]]. their website is 2 weeks old. sketchy??",
    "remind [[PERSON|rosa]] that the alarm code at the flat in lyon is [[PASSWORD|0915]] and the key box is [[PASSWORD|3388]], we land at 7",
    "what do i put on the visa form under previous addresses? i lived at [[STREET_ADDRESS|flat 3, 27 kingsley road, leeds ls6 2ab]] then moved in with my uncle [[PERSON|farid]] for 4 months",
    "short reply to [[PERSON|mo]] pls: yes i can be your sponsor for the visitor visa, my passport no is [[ID_NUMBER|539184702]] and my phone is [[PHONE_NUMBER|07700 900582]]",
    "turn this voicemail into text for [[PERSON|nana ama]]: 'hello its [[PERSON|efua]] from the estate agent, the flat at [[STREET_ADDRESS|rue des lilas 22, 1050 ixelles]] is yours if you send the deposit today, call me [[PHONE_NUMBER|+32 470 38 29 14]]'",
    # six other languages
    "Hola, ¿me ayudas a redactar un correo para mi casero en Valencia, [[PERSON|Vicente Llorens]]? Quiero decirle que ya tengo el NIE [[ID_NUMBER|Z2718450Q]] y que puede enviarme el contrato a [[EMAIL_ADDRESS|m.osorio.vlc@correo-rapido.es]]. La fianza se la pago el lunes.",
    "Napisz proszę krótką wiadomość do pani [[PERSON|Agnieszki Wróbel]] z biura tłumaczeń, że odbiorę tłumaczenie przysięgłe aktu małżeństwa w piątek. Mój numer to [[PHONE_NUMBER|+48 601 384 927]], a mieszkam teraz przy [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]].",
    "Помоги перевести на английский письмо в посольство: меня зовут [[PERSON|Дмитрий Соколов]], загранпаспорт [[ID_NUMBER|75 4829163]], прошу перенести собеседование по рабочей визе. Телефон для связи [[PHONE_NUMBER|+7 916 482-37-15]].",
    "ساعدني في كتابة رسالة قصيرة إلى القنصلية: اسمي [[PERSON|أحمد الحربي]] ورقم جوازي [[ID_NUMBER|P38271946]] وأريد تجديد الإقامة لزوجتي [[PERSON|نورة]]. بريدي الإلكتروني [[EMAIL_ADDRESS|ahmad.harbi@sahara-mail.sa]]",
    "请帮我给房东 [[PERSON|王丽华]] 写一封英文邮件，说明我的工作签证还在审批中，下个月的房租会从 [[IBAN_CODE|DE33 3705 0198 1938 4027 16]] 转账，请她不要把公寓租给别人。",
    "大家さんの [[PERSON|佐藤]] さんに送るメールを英語に直してください。 在留カード番号は [[ID_NUMBER|KT48291736EA]] で、 新しい住所は [[STREET_ADDRESS|東京都世田谷区太子堂2-14-7 コーポ三宿201]] です。 電話は [[PHONE_NUMBER|090-4827-1936]] です。",
    # 84 in ordinary English
    "Can you draft a short email to our immigration lawyer, Ms [[PERSON|Okonkwo]], asking whether my H-1B transfer can start before the new employer's petition is approved? Sign it from [[PERSON|Daniel Reyes]], [[PHONE_NUMBER|(512) 555-0178]].",
    "Summarise this for my brother: [[PERSON|Tomasz]] called at 4, the removal van is booked for the 12th, the driver [[PERSON|Kris]] will ring from [[PHONE_NUMBER|07700 900731]] an hour before, and the storage unit padlock code is [[PASSWORD|5082]].",
    "A caller said he was Officer [[PERSON|Brandon Hale]] from the immigration service and that my green card would be cancelled unless I read him my SSN, [[US_SSN|529-47-1183]], and bought gift cards. I gave him the number before hanging up. What should I do now?",
    "Translate into French for our new landlady Mme [[PERSON|Giraud]]: we will transfer the first month's rent and the deposit from [[IBAN_CODE|DE71 1007 0024 0627 3918 45]] on Monday, and my partner [[PERSON|Hope]] will collect the keys at 6pm.",
    "Fix the grammar: 'Dear Sir, I am writting to request an urgent appointment at the consulate for my mother [[PERSON|Nguyen Thi Lan]], her passport [[ID_NUMBER|C7293816]] expires in May and she lives at [[STREET_ADDRESS|45 Hai Ba Trung, Ben Nghe Ward, District 1, Ho Chi Minh City]].'",
    "Make a paperwork timeline for our move from Manila to Calgary in August. It's me, [[PERSON|Jomar]] and our daughter [[PERSON|Bea]]. The PR confirmation landed last week and we still need police clearances.",
    "Please split the cost of the apostilles and sworn translations: €312 in total. [[PERSON|Ingrid]] paid €120, [[PERSON|Bongani]] paid €92 and I paid the rest. Who owes whom, so it's even?",
    "The relocation company wants me to check the shipping quote in their portal. Username [[ID_NUMBER|cfernandes.relo]], password [[PASSWORD|Atlantico#2291]]. Write a note to [[PERSON|Carla]] there saying I can't see any delivery dates after logging in.",
    "Our au pair [[PERSON|Maja Lindqvist]] needs a letter confirming she lives with us at [[STREET_ADDRESS|14 Birchwood Avenue, Cambridge CB4 2JT]] so she can open a bank account. Can you draft it, signed by [[PERSON|Eleanor Price]]?",
    "Turn this voicemail into three bullet points: 'Hi, it's [[PERSON|Rustam]] from Silk Road Movers. Your crate cleared customs in Hamburg. Please pay the port fee or call me on [[PHONE_NUMBER|+49 30 23125 447]]. If I'm out, ask for [[PERSON|Dilnoza]].'",
    "I need to register on the padrón in Seville. Draft a message to my landlord [[PERSON|Paco]] asking him to sign the authorisation. My NIE is [[ID_NUMBER|X6049183E]] and the flat is [[STREET_ADDRESS|Calle Feria 58, 2ºA, 41003 Sevilla]].",
    "Write a friendly reminder to [[PERSON|Sunny Adebayo]] that he promised to send the invitation letter and a copy of his residence permit for my visitor visa. His email is [[EMAIL_ADDRESS|sunny.adebayo@brightline.co.za]].",
    "Welcome note for the new hire [[PERSON|Aditya]], please: the company flat is [[STREET_ADDRESS|Marina Gate Tower 2, Apt 2204, Dubai Marina, Dubai]], the wifi key is [[PASSWORD|DesertWind!88]] and the building manager [[PERSON|Joseph]] is on [[PHONE_NUMBER|+971 50 384 2719]].",
    "Our HR tool talks to the visa tracking service with this key: [[API_KEY|vtk_prod_7Hq2Lm9Xc4Rt8Wn3Zp6Ks1]]. [[PERSON|Gemma]] says it was pasted into a public channel yesterday. Write a short incident note for IT.",
    "The embassy booking site blocked me; it shows my address as [[IP_ADDRESS|198.51.100.23]] and says suspicious activity. I'm [[PERSON|Hamid Karimi]], booking for my wife [[PERSON|Shirin]]. Draft a complaint email.",
    "I paid the visa fee twice by mistake with my card [[CREDIT_CARD|4716 2039 8841 6274]]. Write a refund request to the visa centre from [[PERSON|Lucy Tan]], [[EMAIL_ADDRESS|lucy.tan.sg@kitemail.sg]].",
    "Turn these notes into minutes: meeting with caseworker Ms [[PERSON|Hartley]], 2 May. Attended: [[PERSON|Abdi Warsame]], interpreter [[PERSON|Hodan]]. DNA test for [[PERSON|Abdi]]'s children approved; sponsor income short by two payslips; next call on [[PHONE_NUMBER|020 7946 0382]].",
    "My landlord in Lisbon wants the rent in cash 'to avoid paperwork' and keeps asking for my NIF. His name is [[PERSON|Rui]]. Is that normal there, or should I worry?",
    "Write a short cover note to the Japanese embassy for a spouse visa: applicant [[PERSON|Emily Carter]], sponsor [[PERSON|Kenji Watanabe]], his residence card [[ID_NUMBER|RF90284715JA]]. Keep it formal.",
    "Can you check the tone of this? 'Hi [[PERSON|Bill]], the shipping company lost two boxes of our books between Rotterdam and Halifax. Can you forward me the claim form? My number is [[PHONE_NUMBER|(902) 555-0116]].'",
    "My cousin [[PERSON|Rose Mwangi]] is applying for a student visa and the school in Cork needs a guarantor. I'd like to help but what do I actually sign up for? My PPS is [[ID_NUMBER|5172943AA]] if that matters.",
    "Please draft a message to the language school asking for a refund for [[PERSON|Luca]]'s cancelled intensive course. Refund to [[IBAN_CODE|IT53 K030 6909 6061 0000 0384 712]], account holder [[PERSON|Giulia Bianchi]].",
    "Is this a scam? Someone named [[PERSON|Grace Liu]] texted me from [[PHONE_NUMBER|+86 139 4827 1603]] saying my parcel of documents is held at the embassy and I must pay a clearance fee with a card. The embassy doesn't do parcels, right?",
    "Write a polite no to my old boss [[PERSON|Graham Whitlock]], who asked me to be a reference for a visa sponsorship job. I don't know his work well enough anymore.",
    "Quick one: the gate code at my sister's building in Cape Town is [[PASSWORD|1973*]] and her flat is [[STREET_ADDRESS|Unit 5, 12 Kloof Nek Road, Tamboerskloof, Cape Town 8001]]. Can you write directions for the moving crew from the N1?",
    "Summarise this email chain: [[PERSON|Wanjiru]] says the work permit quota for Q3 is full; [[PERSON|Piotr]] suggests applying under the intra-company route instead; [[PERSON|Selin]] will ask legal. Keep it to three lines.",
    "Help me word a message to the consulate: my name is [[PERSON|Isabel Moreno Díaz]], my Mexican passport is [[ID_NUMBER|G48291736]], and the courier returned my documents to [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]] instead of London.",
    "We're flatmates moving to Berlin together: [[PERSON|Chidi]], [[PERSON|Mei]], [[PERSON|Rafael]] and me. Deposit €2,700, moving van €480, first month €1,950. Split four ways, but [[PERSON|Rafael]]'s room is bigger so he pays 10% more of the rent.",
    "Can you rewrite this so it sounds less angry? 'Mr [[PERSON|Duarte]], I have asked three times for the signed rental contract. Without it the Loja do Cidadão will not register my address. Please send it to [[EMAIL_ADDRESS|hannah.becker.pt@inboxly.eu]] today.'",
    "My new employer in Amsterdam wants my BSN on a form sent by normal email. It's [[ID_NUMBER|294718369]]. Is it OK to email it, or should I ask [[PERSON|Femke]] in HR for a secure upload link?",
    "Draft a WhatsApp to Auntie [[PERSON|Joy]] explaining that the sponsorship form needs her signature on page 4 and a copy of her Canadian passport, and that she can scan both to [[EMAIL_ADDRESS|kofi.asante.docs@mailnest.ca]].",
    "Our shipping agent [[PERSON|Harjit Sandhu]] sent the customs inventory back with 'unclear values'. Write a reply asking which lines he means, cc [[PERSON|Pam]], and give my mobile [[PHONE_NUMBER|0491 570 286]] for a quick call.",
    "Please translate to German: 'Dear Mr [[PERSON|Schäfer]], my wife [[PERSON|Aylin]] will join me under family reunification in June. Could you add her name to the rental contract for [[STREET_ADDRESS|Sonnenallee 142, 12059 Berlin]]?'",
    "I'm setting up standing orders before we move. Rent goes to the landlord [[PERSON|Bernadette Loos]], [[IBAN_CODE|LU94 0019 4008 3726 5100]], 1,650 a month; the storage in Luxembourg goes to a different account. Write me a checklist.",
    "My visa portal password got reset and the new one is [[PASSWORD|Tq8!mZr4#Lp2]]. Write a short note for my husband [[PERSON|Arash]] so he can upload the bank statements while I'm travelling, with the login [[EMAIL_ADDRESS|arash.and.neda@homemail.ir]].",
    "Can you summarise this call log from our relocation coordinator? '09:10 [[PERSON|Yuki]] confirmed school place. 09:45 movers moved pickup to Thu. 10:30 [[PERSON|Oksana]] from the bank needs proof of address. 11:00 called landlord Mr [[PERSON|Harrow]], no answer.'",
    "Is it a red flag that a landlord in Warsaw, [[PERSON|Zbigniew Nowak]], wants a full year's rent up front from foreigners and asked me to pay via a money transfer app to [[PHONE_NUMBER|+48 512 903 447]]?",
    "Help me reply to [[PERSON|Sipho]]: yes, the Dutch language course is €650 for 12 weeks, the school is at [[STREET_ADDRESS|Oudegracht 211, 3511 NH Utrecht]], and classes are Tuesday and Thursday evenings.",
    "Please write a short letter of invitation for my father [[PERSON|Ramesh Iyer]] to visit us in Auckland for six weeks. We live at [[STREET_ADDRESS|27 Ponsonby Road, Grey Lynn, Auckland 1021]] and will cover his costs.",
    "My flatmate [[PERSON|Cormac]] gave me the login for the council tax portal so I can register us both at the new address: [[ID_NUMBER|cormac.byrne77]] / [[PASSWORD|Galway2019!]]. Can you tell me what to put under 'previous occupier'?",
    "An agency called 'Global Visa Pros' asked for my card details to 'reserve a slot'. I sent [[CREDIT_CARD|5274 0198 3362 7514]] before reading the reviews. Draft a message to my bank's fraud team. I'm [[PERSON|Owen Gallagher]].",
    "Write three bullet points for [[PERSON|Bunmi]] on what the embassy interview will ask a sponsor: relationship, income, accommodation. She's sponsoring her brother [[PERSON|Tunde]].",
    "Fix the wording: 'To whom it may concern, I confirm that [[PERSON|Marisol Vega]] has been employed by us since March 2021 and earns enough to support her husband's dependant visa. Contact: [[EMAIL_ADDRESS|hr.lopez@vegaandsons.cl]]'",
    "Our property manager abroad sent a voicemail: 'Hello, it's [[PERSON|Lindiwe]], the plumber can come on Friday, please leave the key in the lockbox, code [[PASSWORD|6604]], and text me on [[PHONE_NUMBER|+27 82 419 3856]].' Write a reply saying Friday works.",
    "What documents do we need to register our marriage abroad at the consulate? My husband [[PERSON|Karim]] is Moroccan and I'm British; we married in Marrakech last month.",
    "Can you compare these two international movers for me? [[PERSON|Leon]] at BoxBridge quoted €5,900 door to door; [[PERSON|Svenja]] at NordMove quoted €5,100 but excludes unpacking. Which is better value for a 3-bed flat?",
    "Write an email to the Irish immigration office from [[PERSON|Mateus Oliveira]], IRP card number [[ID_NUMBER|IR6048273]], asking to update his address to [[STREET_ADDRESS|Apartment 12, 40 Harcourt Street, Dublin 2, D02 FK58]].",
    "Please explain simply, for my grandmother [[PERSON|Amira]], why she needs a tuberculosis test before the UK visa. She lives in Lahore and is nervous about the clinic.",
    "I need a short email to the storage company cancelling our unit. Account holder [[PERSON|Dylan Cho]], customer number [[ID_NUMBER|SC-482917]], card on file [[CREDIT_CARD|5167 4402 9381 0764]] should not be charged after 30 June.",
    "Sort these expenses for our Swiss relocation, paid by [[PERSON|Noor]] and me: permit fee 95, Gemeinde registration 40, movers 3,800, cleaning 450, language test 180. [[PERSON|Noor]] paid the movers.",
    "My employer's HR sent our payroll API key in a chat by mistake: [[API_KEY|AKIA4TQ7XRB2MZ9PLK3W]]. I'm [[PERSON|Ravi]], the new IT contractor in Singapore. What should I tell them to do first?",
    "Can you make these consulate meeting notes readable? 'Met Consul [[PERSON|Ferhat Demir]] re: lost passport of [[PERSON|Elif Kaya]]. Emergency travel doc possible in 48h. Police report needed. Her phone [[PHONE_NUMBER|+90 532 418 2905]].'",
    "Please write a message to the landlord in Vienna, Frau [[PERSON|Hofbauer]], telling her that the Meldezettel was signed and the deposit went from my account [[IBAN_CODE|AT73 2011 1829 3017 4652]] yesterday.",
    "Write a warm thank-you card from our family to Sister [[PERSON|Agnes]], the volunteer who helped us with the asylum paperwork and drove us to every appointment at the immigration office.",
    "Draft a note to my tenant [[PERSON|Björn Eriksson]] that I'm relocating to Singapore and my brother [[PERSON|Anders]] will manage the flat. [[PERSON|Anders]] can be reached on [[PHONE_NUMBER|+46 70 482 19 36]].",
    "The moving company needs an inventory with values for insurance. Can you turn this list into a table? Piano, 2 bikes, 40 boxes of books, a desk. Contact on the form should be [[PERSON|Tariq Hussain]], [[EMAIL_ADDRESS|t.hussain.moves@openpost.pk]].",
    "Write a short reply to [[PERSON|Patience]] saying I can't lend her my residence permit for her lease application, but I can write a reference letter instead.",
    "Check this text to my landlord for mistakes: 'Hi [[PERSON|Brent]], the new visa came through so I'll stay another year. Please renew the lease for [[STREET_ADDRESS|3/45 Dixon Street, Te Aro, Wellington 6011]] and send it to me to sign.'",
    "My SSN card arrived with a typo in my surname. The number is [[US_SSN|208-53-7416]] and my name should read [[PERSON|Oluwaseun Adeyemi-Cole]]. Write a short letter to the Social Security office asking for a corrected card.",
    "Our new home router in Madrid shows two devices I don't know: [[IP_ADDRESS|192.0.2.147]] and [[IP_ADDRESS|192.0.2.31]]. The landlord [[PERSON|Enrique]] kept a key. Could he be using our wifi? What should I check?",
    "I'm organising the farewell dinner before [[PERSON|Marguerite]] moves to Quebec. 14 people, €38 a head, [[PERSON|Bram]] pays the wine (€96). Work out what everyone else owes.",
    "Rewrite this as a formal letter to the tax office in Lisbon: my name is [[PERSON|Stefan Nikolić]], I moved to [[STREET_ADDRESS|Rua da Prata 148, 3º Esq., 1100-420 Lisboa]] in January and I need a NIF for my rental contract.",
    "Someone from 'the Embassy Legalisation Desk' emailed from [[EMAIL_ADDRESS|legalisation.desk@embassy-help.info]] asking me to pay £120 to [[IBAN_CODE|GB68 MIDL 4005 2171 6382 04]] to stamp my degree. The email is signed [[PERSON|Victor Amadi]]. Scam?",
    "Help me plan the first week in Seoul for [[PERSON|Hana]] and me: alien registration, bank, phone, transit card. Her Korean phone is [[PHONE_NUMBER|010-4827-3916]] if the list needs it.",
    "Make this call transcript a short summary for the file: client [[PERSON|Yohannes Tesfaye]] asked about his daughter's visa refusal; refusal letter dated 3 March; he will send it to [[EMAIL_ADDRESS|yohannes.t@addismail.et]] by Friday; we call back on [[PHONE_NUMBER|+251 911 482 730]].",
    "Please translate into simple English for my neighbour [[PERSON|Hye-jin]]: the recycling is collected on Wednesdays and the building door code changed to [[PASSWORD|48159]].",
    "We pay the nanny [[PERSON|Lourdes]] monthly and she is going home to Cebu for two weeks. Write a short note wishing her a good trip and confirming she'll still be paid in full.",
    "I'm the sponsor for my partner [[PERSON|Jonah Whitfield]]'s de facto visa. The form wants my Medicare number; it's [[ID_NUMBER|2953 17401 1]]. Is that required for a sponsor, or is it optional?",
    "The school in Zurich asked for our registration certificate. Write a short note to Frau [[PERSON|Keller]] saying we registered at the Kreisbüro last week and that my husband [[PERSON|Lukas]] will bring the paper on Monday.",
    "Can you format this as a proper address label for the shipping crate?\n[[PERSON|Kavya Raman]]\n[[STREET_ADDRESS|Flat 9B, Sea Breeze Apartments\n14 Carter Road, Bandra West\nMumbai 400050]]\nAlso add her number [[PHONE_NUMBER|+91 98204 73615]].",
    "What is a sensible way to store all our immigration passwords? Right now my wife [[PERSON|Dania]] keeps the visa portal one, [[PASSWORD|Cedar&Olive1990]], on a sticky note by the fridge.",
    "Write an out-of-office reply: I'm at the consulate all day on Thursday for my residence permit biometrics; urgent matters go to [[PERSON|Maximilian Brandt]] at [[EMAIL_ADDRESS|m.brandt@kuehnhaus-logistik.de]].",
    "The tenant portal in Toronto logged a sign-in from [[IP_ADDRESS|2001:db8:4a1f:7::23]] at 3am and I was asleep. My username there is [[ID_NUMBER|pooja_k_tor]]. Do I need to change anything besides the password?",
    "Translate this note from our Polish movers into English: '[[PERSON|Janek]] przyjedzie o 7:00, kod do bramy [[PASSWORD|1408]], parkowanie tylko na podwórku.'",
    "Our US tax preparer wants my wife's SSN by email so he can file jointly before our move to Spain. It's [[US_SSN|374-19-6628]]. Is plain email fine, or should I ask Mr [[PERSON|Kessler]] for a secure portal?",
    "Please write a two-line text to [[PERSON|Ivy]]: the embassy moved her interview to 9:15 on the 21st, and she must bring the original marriage certificate, not a copy.",
    "Summarise: the movers broke the wardrobe, the insurer wants photos, and [[PERSON|Faisal]] from the claims desk said to send them to [[EMAIL_ADDRESS|claims.faisal@gulfcargo-ins.ae]] with the waybill.",
    "I'm moving from Chicago to Dublin and the new bank wants my old US address on the form. Is this layout right?\n[[STREET_ADDRESS|2150 N Sheffield Ave, Apt 3R\nChicago, IL 60614]]",
    "Can you explain what a 'certified translation' means for a Canadian study permit? My nephew [[PERSON|Thandiwe]] has his transcripts in isiZulu and Afrikaans.",
    "Write a message to my co-signer [[PERSON|Ezra Goldberg]] that the flat in Tel Aviv needs his teudat zehut copy and a cheque. His number for the landlord is [[PHONE_NUMBER|+972 54 738 2916]].",
    "Is it normal for a landlord in Kuala Lumpur to ask for three months' deposit plus one month utility deposit? The agent is [[PERSON|Jason Lim]] and the condo is [[STREET_ADDRESS|Unit 18-3, Residensi Sentral, Jalan Tun Sambanthan, 50470 Kuala Lumpur]].",
    "Please write short instructions for the house-sitter [[PERSON|Clementine]] while we're at the visa appointment in London: alarm [[PASSWORD|7719]], back door key under the blue pot, feed the cat at 6.",
    "My partner [[PERSON|Aleksander]] and I want a joint account in Oslo, but the bank needs a fødselsnummer or D-number first. What order should we do things in: tax office, police, bank?",
    "Give me a checklist for shipping a car from Johannesburg to Perth. The owner on the papers is my father, [[PERSON|Pieter van der Merwe]], and the agent [[PERSON|Roxanne]] said the carnet is optional.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    # 40 with a national id with valid check digits
    "[[PERSON|Anjali Deshmukh]] applied for an EU Blue Card in Munich; her Aadhaar [[ID_NUMBER|6318 4027 5913]] was attached to the sponsor file and she listed [[EMAIL_ADDRESS|anjali.deshmukh@sparrowmail.in]] for replies.",
    "Name: [[PERSON|Callum Reid]] | NHS no: [[ID_NUMBER|943 476 5919]] | Emigrating to: Canada | Mobile: [[PHONE_NUMBER|07700 900163]]",
    "[[PERSON|Agnieszka Zielińska]],[[ID_NUMBER|92071438518]],[[STREET_ADDRESS|ul. Piotrkowska 104/12, 90-006 Łódź]],work permit renewal",
    '{"applicant": "[[PERSON|Lucas Almeida]]", "cpf": "[[ID_NUMBER|374.615.208-90]]", "destination": "Portugal", "visa": "D7", "email": "[[EMAIL_ADDRESS|lucas.almeida@correiobr.com.br]]"}',
    "2024-03-11T09:42:17Z INFO visa-portal login ok user=[[ID_NUMBER|meryem.yilmaz]] name='[[PERSON|Meryem Yılmaz]]' ip=[[IP_ADDRESS|203.0.113.88]] kimlik=[[ID_NUMBER|48273910688]]",
    "Alta en el padrón municipal: titular [[PERSON|Oksana Hrytsenko]], NIE [[ID_NUMBER|Y4827316K]], domicilio [[STREET_ADDRESS|Calle San Vicente Mártir 71, pta. 9, 46002 Valencia]].",
    "Permesso di soggiorno per lavoro: richiedente [[PERSON|Mara Kowalski]], codice fiscale [[ID_NUMBER|KWLMRA88H47Z404A]], residente in [[STREET_ADDRESS|Via dei Serpenti 35, 00184 Roma RM]].",
    "Work permit applicant [[PERSON|Chen Hao]], resident identity number [[ID_NUMBER|320106198709244614]], relocating from Nanjing to Rotterdam, contact [[EMAIL_ADDRESS|chenhao.relo@yunmail.cn]].",
    "EP holder [[PERSON|Rohan Pillai]], FIN [[ID_NUMBER|G7341085T]], registered address [[STREET_ADDRESS|Blk 412 Bedok North Ave 2, #09-118, Singapore 460412]].",
    "Dependant's Pass record: [[PERSON|Sarah Whitmore]], FIN [[ID_NUMBER|F4917263W]], mobile [[PHONE_NUMBER|+65 9482 7316]].",
    "외국인등록 신청 배우자: [[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|850617-2518438]], 연락처 [[PHONE_NUMBER|010-7315-2948]]",
    "New arrival payroll form: [[PERSON|Declan Murphy]], TFN [[ID_NUMBER|714 829 539]], super fund member number [[ID_NUMBER|MF2048173]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Medicare enrolment after the visa grant: [[PERSON|Priyanka Bose]], card [[ID_NUMBER|4391 72053 1]], address [[STREET_ADDRESS|12 Railway Parade, Glen Waverley VIC 3150]].",
    "転入届 氏名: [[PERSON|マリア・サントス]] 個人番号: [[ID_NUMBER|5820 3917 4609]] 住所: [[STREET_ADDRESS|大阪府大阪市北区中崎西3-5-11]]",
    "Tenant reference: [[PERSON|Niamh Kavanagh]], PPSN [[ID_NUMBER|4721936CA]], previous address [[STREET_ADDRESS|17 Castle Street, Sligo F91 X2K8]]; employer confirms salary.",
    "[[PERSON|Oleksandr Petrenko]] | PPS [[ID_NUMBER|8305217T]] | Temporary Protection | [[PHONE_NUMBER|+353 87 482 9316]]",
    "Dossier de titre de séjour : Mme [[PERSON|Amina Diallo]], n° de sécurité sociale [[ID_NUMBER|2 89 04 75 112 348 55]], courriel [[EMAIL_ADDRESS|amina.diallo@courriel-libre.fr]].",
    "Inschrijving bevolkingsregister: [[PERSON|Youssef El Amrani]], rijksregisternummer [[ID_NUMBER|86.07.21-253.02]], adres [[STREET_ADDRESS|Turnhoutsebaan 233, 2140 Borgerhout]].",
    "Flyttemelding: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|14039237807]], ny adresse [[STREET_ADDRESS|Thorvald Meyers gate 58, 0552 Oslo]].",
    "Contrato de arrendamento, inquilina: [[PERSON|Hannah Schultz]], NIF [[ID_NUMBER|273819461]], IBAN [[IBAN_CODE|ES70 2100 0813 4702 0183 9457]].",
    "[[PERSON|Rajesh Gupta]] obtained NIF [[ID_NUMBER|240615832]] through a fiscal representative in Porto; his correspondence e-mail is [[EMAIL_ADDRESS|rgupta.porto@letterbox.pt]].",
    "Cerere de viză de lungă ședere: solicitant [[PERSON|Ioana Marinescu]], CNP [[ID_NUMBER|2790315406281]], telefon [[PHONE_NUMBER|+40 723 481 906]].",
    "Visa temporaria: [[PERSON|Camila Rojas]], RUT [[ID_NUMBER|17.384.926-5]], [[EMAIL_ADDRESS|camila.rojas.v@correo-sur.cl]]",
    "E-residency and residence permit file: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49105122717]], IBAN [[IBAN_CODE|FI50 4231 5500 3829 17]].",
    "Lögheimilisskráning: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|110690-3479]], [[STREET_ADDRESS|Laugavegur 86, 101 Reykjavík]].",
    "Žádost o povolení k pobytu: [[PERSON|Tereza Horáková]], rodné číslo [[ID_NUMBER|875120/4187]], e-mail [[EMAIL_ADDRESS|tereza.horakova@postak.cz]].",
    "[[PERSON|Iryna Kovalenko]] (RNOKPP [[ID_NUMBER|3274518069]]) registered for temporary protection in Kraków and gave [[PHONE_NUMBER|+380 67 482 3915]] as her contact number.",
    "Personalbogen: [[PERSON|Tiago Mendes]], Steuer-ID [[ID_NUMBER|58391274063]], Bankverbindung [[IBAN_CODE|DE78 5001 0517 9341 7206 58]], Aufenthaltstitel: Blaue Karte EU.",
    "Relocation payroll note: employee [[PERSON|Layla Haddad]] received tax ID [[ID_NUMBER|73160492850]] after her Anmeldung at [[STREET_ADDRESS|Eschersheimer Landstraße 215, 60320 Frankfurt am Main]].",
    "Patient registration for new migrant [[PERSON|Sione Taufa]], NHI [[ID_NUMBER|KPD3818]], phone [[PHONE_NUMBER|+64 21 384 7291]].",
    "[[PERSON|Marie-Claire Tremblay]] gave SIN [[ID_NUMBER|746 281 351]] to her new employer in Halifax after landing as a permanent resident.",
    "Folkbokföring: [[PERSON|Sahra Ali Hassan]], personnummer [[ID_NUMBER|910423-6824]], adress [[STREET_ADDRESS|Rinkebysvängen 12, 163 74 Spånga]].",
    "Emigration clearance: [[PERSON|Thabo Nkosi]], ID number [[ID_NUMBER|8803125409184]], destination New Zealand, email [[EMAIL_ADDRESS|thabo.nkosi@vuvumail.co.za]].",
    "Αίτηση άδειας διαμονής: [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|15088963275]], τηλ. [[PHONE_NUMBER|+30 694 382 7105]]",
    "GP registration after returning from Australia: [[PERSON|Siobhan Clarke]], NHS number [[ID_NUMBER|721 058 3378]], [[STREET_ADDRESS|42 Mill Lane, Bristol BS3 4QT]].",
    "Gemeente Utrecht, inschrijving: [[PERSON|Wei Ling Tan]], BSN [[ID_NUMBER|318462059]], e-mail [[EMAIL_ADDRESS|weiling.tan@postbus-mail.nl]]",
    "Kennismigrant [[PERSON|Arturo Jiménez]], BSN [[ID_NUMBER|602173942]], IBAN [[IBAN_CODE|NL30 RABO 0317 4629 58]], phone [[PHONE_NUMBER|+31 6 2917 4830]]",
    "Cadastro consular: [[PERSON|Beatriz Nogueira]], CPF [[ID_NUMBER|861.027.493-40]], endereço no exterior [[STREET_ADDRESS|Rua Augusta 212, 1100-053 Lisboa]].",
    "DVV register entry: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240791-583D]], returning from Canada, [[PHONE_NUMBER|+358 40 738 2619]].",
    "[[PERSON|Gareth Evans]] - NIE [[ID_NUMBER|X9360142Q]] - golden visa file - [[EMAIL_ADDRESS|gareth.evans.es@postcastle.co.uk]]",
    # 60 without one
    "[[PERSON|Ngozi Eze]] booked a biometrics slot at the visa centre in Lagos and paid with card [[CREDIT_CARD|4539 7182 0463 9156]].",
    "[[PERSON|Hiroshi Tanaka]] | passport [[ID_NUMBER|TR7381946]] | [[EMAIL_ADDRESS|h.tanaka@kumomail.jp]] | intra-company transfer | Frankfurt",
    "[[PERSON|Olivia Brennan]],[[PHONE_NUMBER|(617) 555-0192]],[[EMAIL_ADDRESS|olivia.brennan@harborpost.com]],J-1 sponsor letter sent",
    '{"tenant": "[[PERSON|Mehmet Öztürk]]", "unit": "[[STREET_ADDRESS|Kottbusser Damm 73, 10967 Berlin]]", "iban": "[[IBAN_CODE|TR65 0006 1005 1839 4726 1038 45]]"}',
    "2024-05-02 14:07:55 WARN login failed user=[[ID_NUMBER|j.okafor]] src=[[IP_ADDRESS|198.51.100.204]] relocation-portal owner=[[PERSON|Jideofor Okafor]]",
    "Language school enrolment, course B1-22: [[PERSON|Valentina Costa]], born 1994, [[EMAIL_ADDRESS|vale.costa94@postaveloce.it]], fees paid from [[IBAN_CODE|BE15 0634 8271 9351]]",
    "Dear Mr [[PERSON|Abiodun]], your shipment of household goods will be delivered to [[STREET_ADDRESS|19 Wellington Crescent, Wembley HA0 2LT]] on Tuesday between 8am and noon. Regards, Atlas Freight.",
    "Visa sponsor [[PERSON|Harriet Osei-Bonsu]] confirmed by phone, [[PHONE_NUMBER|020 7946 0917]], that she will host her niece for the summer.",
    "Customer [[PERSON|Rafael Souza]], member no. [[ID_NUMBER|GM-30482715]], shipped 14 boxes by sea freight to [[STREET_ADDRESS|35 Queen Street, Brisbane City QLD 4000]].",
    "[[PERSON|Megan O'Riley]], SSN [[US_SSN|231-74-5892]], moving to Toronto in the autumn; needs an IRS transcript before departure.",
    "Employment verification for [[PERSON|Carlos Mendoza]]: SSN [[US_SSN|618-30-2947]], A-number [[ID_NUMBER|A204817365]], email [[EMAIL_ADDRESS|carlos.mendoza.tx@lonestarmail.com]].",
    '{"name": "[[PERSON|Grace Mbeki]]", "ssn": "[[US_SSN|503-26-8174]]", "status": "H-4", "last_login_ip": "[[IP_ADDRESS|203.0.113.19]]"}',
    "Mover portal account created: user [[ID_NUMBER|fkhalil_moves]], temporary password [[PASSWORD|Tmp!8842qx]], owner [[PERSON|Fatima Khalil]].",
    "Bank onboarding log: [[PERSON|Dmitri Volkov]] opened a non-resident account, IBAN [[IBAN_CODE|CY17 0020 0128 0000 0012 0052 7600]], first login from [[IP_ADDRESS|2001:db8:c0a::7f]].",
    "Sehr geehrte Frau [[PERSON|Nowak]], Ihre Wohnungsgeberbestätigung für [[STREET_ADDRESS|Lindenstraße 8, 50674 Köln]] liegt vor. Bei Fragen erreichen Sie uns unter [[PHONE_NUMBER|030 23125 618]].",
    "Locataire : [[PERSON|Moussa Traoré]] ; téléphone [[PHONE_NUMBER|06 39 98 41 27]] ; adresse [[STREET_ADDRESS|14 rue Mouffetard, 75005 Paris]] ; titre de séjour en cours de renouvellement.",
    "[[PERSON|Lucía Fernández]] solicitó el visado de nómada digital y adjuntó su pasaporte [[ID_NUMBER|PAB481736]] y su correo [[EMAIL_ADDRESS|lucia.fdez@buzonmail.es]].",
    "Iscrizione anagrafica: [[PERSON|Ahmed Benali]], telefono [[PHONE_NUMBER|+39 347 218 4905]], residenza [[STREET_ADDRESS|Via Nizza 122, 10126 Torino]].",
    "Huurder [[PERSON|Sanne de Vries]] betaalt de borg via [[IBAN_CODE|NL58 INGB 0006 8291 34]]; contact [[EMAIL_ADDRESS|sanne.devries@postduif.nl]].",
    "Declaração de alojamento: [[PERSON|Ana Beatriz Lopes]] reside em [[STREET_ADDRESS|Rua de Santa Catarina 410, 4000-446 Porto]], telemóvel [[PHONE_NUMBER|+351 936 204 817]].",
    "Oturma izni başvurusu: [[PERSON|Elena Popescu]], pasaport [[ID_NUMBER|058193724]], e-posta [[EMAIL_ADDRESS|elena.popescu@postaro.ro]].",
    "Zgłoszenie pobytu: [[PERSON|Mariana Silva]], paszport [[ID_NUMBER|FX483920]], tel. [[PHONE_NUMBER|+48 698 214 730]].",
    "Hyresgäst [[PERSON|Lars Holm]] flyttar till Kanada; hyran återbetalas till [[IBAN_CODE|SE61 5000 0000 0583 1742 9406]].",
    "[[PERSON|Bilal Qureshi]] | visa fee refund | card [[CREDIT_CARD|3782 916405 73183]] | [[PHONE_NUMBER|+92 300 482 7319]]",
    "Name: [[PERSON|Esperanza Ruiz]]\nEmail: [[EMAIL_ADDRESS|esperanza.ruiz@mailcanto.mx]]\nPhone: [[PHONE_NUMBER|+52 55 4827 3916]]\nVisa type: Temporary resident",
    "Shipping consignee:\n[[PERSON|Kenneth Okoro]]\n[[STREET_ADDRESS|Plot 14, Admiralty Way\nLekki Phase 1\nLagos 106104]]\nTel [[PHONE_NUMBER|+234 803 482 7195]]",
    "2024-06-18 08:15:02 ERROR relocation-sync auth failed key=[[API_KEY|rs_k8Jm2Qx7Vw4Tz9Lp3Nb6Hd]] requested_by=[[PERSON|Anneke Jansen]]",
    "[[PERSON|Farah Siddiqui]] rented the flat at [[STREET_ADDRESS|Flat 6, 88 Brick Lane, London E1 6RL]] on a 12-month lease backed by her employer's sponsorship.",
    "Spouse visa interview notes: applicant [[PERSON|Joy Mensah]], passport [[ID_NUMBER|G2384719]], phone [[PHONE_NUMBER|+233 24 483 9172]].",
    "[[PERSON|Tobias Weber]],[[CREDIT_CARD|4929 3810 5567 2046]],German course A1,evening group,paid",
    "Consular registration: [[PERSON|Aarav Shah]], Indian passport [[ID_NUMBER|V4829173]], local address [[STREET_ADDRESS|Kanalstraße 14, 8010 Graz]], email [[EMAIL_ADDRESS|aarav.shah@himalmail.in]].",
    '{"employee": "[[PERSON|Zanele Dube]]", "permit": "Critical Skills", "phone": "[[PHONE_NUMBER|+27 71 483 2096]]", "bank": "[[IBAN_CODE|AE04 0331 2345 9817 2064]]"}',
    "Embassy visitor log, 09:12: [[PERSON|Roberto Ferri]], ID card [[ID_NUMBER|CA48271JP]], escorted to the consular section.",
    "[[PERSON|Nadia Rahman]] asked the movers to bill [[CREDIT_CARD|3714 602938 47510]] for the extra crate.",
    "Dear [[PERSON|Femi]], thank you for sponsoring our family's visit. The invitation letter has been sent to [[EMAIL_ADDRESS|femi.adeola@naijapost.ng]]. Warm regards, the Consular Team.",
    "Work permit application filed for [[PERSON|Nguyen Van Minh]], mobile [[PHONE_NUMBER|+84 90 482 7316]], home address [[STREET_ADDRESS|28 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội]].",
    "Language school LMS account for [[PERSON|Yara Haddad]]: login [[ID_NUMBER|yhaddad24]], password [[PASSWORD|Arabica-47-lime]].",
    "申請者: [[PERSON|グエン・ティ・ハー]]\n旅券番号: [[ID_NUMBER|C4817293]]\n電話: [[PHONE_NUMBER|080-3916-4827]]",
    "签证申请人 [[PERSON|李明轩]]， 护照号 [[ID_NUMBER|E48271936]]， 邮箱 [[EMAIL_ADDRESS|li.mingxuan@yunpost.cn]]",
    "طلب لمّ شمل الأسرة: [[PERSON|فاطمة الزهراء بنعلي]]، هاتف [[PHONE_NUMBER|+212 661 482 739]]، عنوان [[STREET_ADDRESS|12 زنقة ابن سينا، أكدال، الرباط]]",
    "Registered letter to the landlord: tenant [[PERSON|Olumide Bakare]] gives notice on [[STREET_ADDRESS|Apt 4C, 215 West 104th Street, New York, NY 10025]] as he relocates to Lagos.",
    "Tenant screening: [[PERSON|Chloé Martin]] earns enough for the lease; her mobile is [[PHONE_NUMBER|+33 6 39 98 52 04]].",
    "Visa appointment booked online by [[PERSON|Sami Haddad]] from [[IP_ADDRESS|192.0.2.66]] using [[EMAIL_ADDRESS|sami.haddad@cedarpost.lb]].",
    "[[PERSON|Katarzyna Lewandowska]] receives her relocation allowance at [[IBAN_CODE|PL48 1090 1014 0000 0714 3829 5617]].",
    "Lejekontrakt: lejer [[PERSON|Mikkel Sørensen]], depositum betales til [[IBAN_CODE|DK62 3000 4829 1736 51]].",
    "Refund of the residence permit fee to [[PERSON|Astrid Berg]], account [[IBAN_CODE|NO19 8601 4827 395]].",
    "Kreisbüro Zürich: [[PERSON|Jonas Meier]] registered at [[STREET_ADDRESS|Langstrasse 136, 8004 Zürich]]; salary account [[IBAN_CODE|CH04 0076 2011 2847 3926 1]].",
    "Deposit protection record: [[PERSON|Aoife Brennan]], [[IBAN_CODE|IE15 BOFI 9000 1748 2739 16]], [[EMAIL_ADDRESS|aoife.brennan@greenpost.ie]]",
    "[[PERSON|Nikos Georgiou]] paid the golden visa legal fees from [[IBAN_CODE|GR17 0110 1250 0000 0048 2731 956]].",
    "Nájemce [[PERSON|Pavel Dvořák]], účet [[IBAN_CODE|CZ23 0800 0000 1928 4736 5301]], telefon [[PHONE_NUMBER|+420 604 382 915]].",
    "[[PERSON|Zsófia Nagy]]: residence card application, fee paid from [[IBAN_CODE|HU02 1177 3016 1111 1018 0047 2916]]",
    "[[PERSON|Andrei Popa]] sent the sworn translator's fee to [[IBAN_CODE|RO46 BTRL 0301 2057 3829 4X01]] and asked for delivery to [[EMAIL_ADDRESS|andrei.popa@postaro.ro]].",
    "Prijava boravka: [[PERSON|Marko Horvat]], [[STREET_ADDRESS|Ilica 48, 10000 Zagreb]], [[PHONE_NUMBER|+385 91 482 7360]].",
    "[[PERSON|Javier Ortega]] paid the language school in Salamanca from [[IBAN_CODE|ES63 0049 1827 3629 1045 7381]].",
    "Moving insurance: policy holder [[PERSON|Rebecca Stein]], policy no. [[ID_NUMBER|MIP-7738201]], card [[CREDIT_CARD|2221 0047 5816 3928]].",
    "Visa fee receipt: paid by [[PERSON|Ahmad Nazari]] with [[CREDIT_CARD|4485 1937 2064 8806]], billing address [[STREET_ADDRESS|Hauptstraße 41, 4020 Linz]].",
    "[[PERSON|Mei Ling Wong]] | [[CREDIT_CARD|5301 2286 4719 0539]] | TOEFL and IELTS fees | [[EMAIL_ADDRESS|meiling.wong@harbourmail.hk]]",
    "Relocation expense claim by [[PERSON|Jamal Wright]]: flights and hotel on [[CREDIT_CARD|6011 4827 3065 9186]], employee no. [[ID_NUMBER|E-204817]].",
    "[[PERSON|Sunita Thapa]] paid the international movers' deposit with [[CREDIT_CARD|4175 0039 6628 1144]] and gave [[PHONE_NUMBER|+977 984 182 7306]] as her number.",
    '{"student": "[[PERSON|Yuna Kobayashi]]", "course": "English B2 intensive", "card": "[[CREDIT_CARD|3528 4719 0263 5812]]"}',
]

# 25 MT-Bench- and Vicuna-style prompts; the people named are historical or fictional.
CLEAN_PROMPTS = [
    "Write a persuasive blog post about the benefits of learning the local language before relocating abroad.",
    "Draft a blog post for newcomers to Lisbon describing the first month: finding a flat, opening a bank account and getting a tax number.",
    "Explain the difference between a visa, a work permit and a residence permit, using an analogy a teenager would understand.",
    "Imagine you are Phileas Fogg arriving at the British consulate in Suez to have your passport stamped. Write the dialogue with the consul.",
    "Write a short poem about packing a whole life into twelve cardboard boxes.",
    "How did the processing of immigrants at Ellis Island work in the early 1900s, and why was it called the Island of Tears?",
    "Summarise in three sentences why Albert Einstein left Germany in 1933 and where he settled.",
    "Role-play as a patient border officer and explain to a nervous first-time traveller what happens at passport control.",
    "Write a Python function that takes a list of pairs of dates (submitted, decided) for visa applications and returns the average processing time in days.",
    "Compare the pros and cons of shipping household goods in a sea container versus selling everything and buying new at the destination.",
    "What are some practical tips for getting through culture shock in the first six months after moving to a new country?",
    "Describe how Marie Curie's move from Warsaw to Paris shaped her scientific career.",
    "Write a limerick about a lost suitcase and a very thorough customs officer.",
    "Draft a template letter, with placeholders in square brackets only, that a tenant could use to ask a landlord abroad for a written rental contract.",
    "Extract the requirements from this text as a bulleted list: 'Applicants must hold a passport valid for the whole stay, show funds of at least 1,200 euros per month and provide health insurance with no excess.'",
    "As Sherlock Holmes, deduce where a traveller has come from by examining the stamps in an imaginary passport.",
    "What are the main push and pull factors that migration researchers use to explain why people emigrate?",
    "Write a SQL query that counts visa applications per country per month from a table applications(country, submitted_at).",
    "Explain how exchange rates affect someone who is paid in one currency and pays rent in another.",
    "Write a short story in which Odysseus must apply for a visa before he is allowed back into Ithaca.",
    "Give me five good conversation starters for an evening language exchange meetup in a new city.",
    "How did the Schengen Agreement change travel and border checks within Europe?",
    "Evaluate this argument: 'Countries that offer digital nomad visas always gain tax revenue.' Which assumptions does it rely on?",
    "What should parents weigh when choosing between an international school and a local school after moving abroad?",
    "Rewrite this sentence so it sounds formal: 'We need the papers back quick or the whole move falls apart.'",
]

# 25 GSM8K-style word problems; the first names are fictional.
CLEAN_GSM8K = [
    "Amara is moving abroad. She packs 12 boxes of books and three times as many boxes of clothes. Shipping costs $7 per box. How much does she pay to ship all the boxes?",
    "A visa application costs 80 euros and each sworn translation costs 25 euros per page. Luis needs 6 pages translated. How much does he spend in total?",
    "Keiko's language course has 48 lessons. She attends 3 lessons a week. How many lessons are left after 10 weeks?",
    "A moving company charges $1,200 plus $150 per cubic metre. Nia's family ships 18 cubic metres. What is their bill?",
    "Pavel exchanges 500 dollars at 0.92 euros per dollar, and the bureau keeps a 2% fee from the euros. How many euros does he get?",
    "A consulate processes 45 applications a day. How many working days does it need for 720 applications?",
    "Ravi rents a flat for 950 euros a month and shares it equally with two friends. Utilities are 120 euros a month, also shared equally. How much does each person pay in a year?",
    "Sofia's flight leaves at 14:35 and lasts 8 hours 50 minutes. Her destination is 6 hours behind her home time. At what local time does she land?",
    "A shipping container holds 33 cubic metres. Hana's furniture fills 60% of it. How many cubic metres are still free?",
    "Omar saves $250 a month for his move. The move costs $4,000 and he already has $1,500. How many months does he need to save?",
    "A language school has 4 classes of 14 students and 3 classes of 11 students. If 9 students leave, how many remain?",
    "Elena pays a deposit of two months' rent plus the first month's rent before moving in. Rent is $1,350 a month. How much does she pay up front?",
    "Passport photos cost $3 each. Ben's family of five needs 4 photos per person. How much do they spend?",
    "Tariq's residence permit is valid for 5 years. He has used 2 years and 7 months of it. How many months are left?",
    "A removal van drives 540 km at 60 km per hour and stops for two 30-minute breaks. How many hours does the trip take?",
    "Lina learns 15 new words a day, 6 days a week. How many words does she learn in 8 weeks?",
    "A sworn translator charges $0.12 per word. Marco's documents contain 3,450 words. What is the fee?",
    "An embassy opens 5 days a week and offers 32 interview slots a day. If 15% of the slots are cancelled, how many interviews take place each week?",
    "Chen ships three boxes weighing 18 kg, 22 kg and 25 kg. Shipping is $4 per kg, and each box over 20 kg costs an extra $10. What does he pay?",
    "Zainab pays $60 for a visa application, twice that for the express service and half the application fee for courier return. What does she pay in total?",
    "Jonas moves into a flat on the morning of the 11th day of a 30-day month. Rent is 900 euros a month, charged per day. How much is his first payment?",
    "Moving boxes cost $2.50 each and tape costs $4 a roll. Priya buys 40 boxes and 6 rolls of tape. How much does she spend?",
    "Leo's new salary abroad is 20% higher than his old salary of $50,000, but tax takes 30% instead of 22%. How much more does he take home each year?",
    "A language app costs $12.99 a month or $99 a year. How much does Aisha save in a year by paying yearly?",
    "Mateo and Ana share the cost of a $3,600 shipping container in the ratio 2:1. How much does Ana pay?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which agreement abolished routine border checks between many European countries?\nA. The Maastricht Treaty\nB. The Schengen Agreement\nC. The Treaty of Rome\nD. The Lisbon Treaty",
    "In migration studies, a factor that attracts people to a destination is called a:\nA. push factor\nB. pull factor\nC. brain drain\nD. remittance",
    "Money sent home by migrants working abroad is known as:\nA. tariffs\nB. remittances\nC. subsidies\nD. dividends",
    "Which document is usually issued by a country's own government to certify its citizen's identity for international travel?\nA. Visa\nB. Passport\nC. Work permit\nD. Residence card",
    "An apostille certifies a public document for use in countries party to which convention?\nA. Geneva Convention\nB. Hague Convention of 1961\nC. Vienna Convention on Diplomatic Relations\nD. Warsaw Convention",
    "Diplomatic missions headed by an ambassador and located in a capital city are called:\nA. consulates\nB. embassies\nC. legations of trade\nD. chambers of commerce",
    "The 1951 Refugee Convention defines a refugee mainly in terms of a well-founded fear of:\nA. poverty\nB. persecution\nC. natural disaster\nD. unemployment",
    "Which principle forbids returning a refugee to a country where they face serious threats to life or freedom?\nA. Sovereign immunity\nB. Non-refoulement\nC. Extraterritoriality\nD. Reciprocity",
    "If one euro buys 1.10 US dollars, how many euros does 550 US dollars buy?\nA. 450\nB. 500\nC. 550\nD. 605",
    "In economics, the emigration of highly skilled workers from a country is often called:\nA. brain drain\nB. capital flight\nC. crowding out\nD. stagflation",
    "Which of these is the official language of Brazil?\nA. Spanish\nB. Portuguese\nC. French\nD. Italian",
    "The International Phonetic Alphabet is mainly used to:\nA. translate legal documents\nB. represent speech sounds\nC. standardise spelling\nD. teach grammar rules",
    "Under the CEFR scale, which level is the most advanced?\nA. B2\nB. C1\nC. C2\nD. A2",
    "A shipping term under which the seller pays for carriage to the named destination is:\nA. EXW\nB. FOB\nC. CPT\nD. FCA",
    "Ellis Island served as the main immigration station for which port?\nA. Boston\nB. New York\nC. San Francisco\nD. Baltimore",
    "Which of the following is a consequence of an ageing population that may lead governments to encourage immigration?\nA. Rising birth rates\nB. A shrinking working-age population\nC. Lower pension costs\nD. Falling life expectancy",
    "A person who holds citizenship of two countries at once has:\nA. statelessness\nB. dual nationality\nC. permanent residence\nD. diplomatic status",
    "Which sociologist is associated with the concept of the 'stranger', often applied to migrants?\nA. Georg Simmel\nB. Adam Smith\nC. John Locke\nD. Thomas Hobbes",
    "The Great Migration in the United States refers to the movement of African Americans from the:\nA. North to the South\nB. rural South to northern and western cities\nC. West Coast to the East Coast\nD. cities to farms",
    "Culture shock is commonly described as passing through which phase first?\nA. Adjustment\nB. Honeymoon\nC. Frustration\nD. Mastery",
    "Which body of the United Nations is primarily responsible for protecting refugees?\nA. UNESCO\nB. UNHCR\nC. WHO\nD. UNICEF",
    "A country's net migration is calculated as:\nA. births minus deaths\nB. immigrants minus emigrants\nC. population times growth rate\nD. emigrants divided by immigrants",
    "Which right, under the Vienna Convention on Consular Relations, allows a detained foreign national to contact their consulate?\nA. Right of abode\nB. Consular notification and access\nC. Right of asylum\nD. Diplomatic immunity",
    "When a language learner uses rules of their first language in the second, this is called:\nA. interference or transfer\nB. code-switching\nC. fossilisation of vocabulary\nD. immersion",
    "The Irish famine of the 1840s led to large-scale emigration mainly to:\nA. Japan and China\nB. the United States, Britain and Canada\nC. Russia\nD. South Africa",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Which vaccinations are commonly required or recommended before moving to a tropical country for work?",
    "Why do some countries require a chest X-ray or tuberculosis test before granting a long-term visa?",
    "What is the best way to reduce jet lag after a long-haul flight east across eight time zones?",
    "How long before an immigration medical exam should I stop taking cold medicine, if at all?",
    "Is it safe to carry prescription medication in hand luggage when moving abroad, and how much should I bring?",
    "What are common signs of depression in people who have recently relocated to a new country?",
    "How can I find out whether my regular medication is legal in the country I am moving to?",
    "What does an immigration medical exam usually include: blood tests, urine tests, eye tests?",
    "Can stress from a visa application cause physical symptoms like headaches and trouble sleeping?",
    "How do I transfer my child's vaccination record when registering with a doctor abroad?",
    "What should be in a basic first-aid kit for the first weeks in a new flat overseas?",
    "Is tap water in most of Western Europe safe to drink for someone just arriving?",
    "How soon after arriving should a newcomer register with a local family doctor?",
    "What is the difference between travel insurance and the health insurance needed for a residence permit?",
    "Are there risks in getting a yellow fever vaccine while pregnant, for a move that requires it?",
    "What helps with homesickness that does not go away after several months abroad?",
    "Can moving to a high-altitude city cause breathlessness, and how long does it take to adjust?",
    "What are safe ways to keep blood sugar stable with diabetes while adjusting to new food after relocating?",
    "How do I know whether a rash that appeared after moving to a humid climate needs a doctor?",
    "Is it normal to feel exhausted for weeks after an international move, and when should I get checked?",
    "What does a hepatitis B blood test for a work permit screen for, and what does a positive result mean?",
    "How can older parents joining their children abroad keep up their regular health check-ups?",
    "What should someone with asthma ask about air quality before relocating to a large city?",
    "Are vitamin D supplements advisable after moving from a sunny country to northern Europe?",
    "How can I explain my medical history to a doctor abroad when I do not speak the language well yet?",
]

# National ids with check digits: the 40 of the records, then those of the chat requests.
NATIONAL_IDS = {
    "6318 4027 5913": aadhaar_ok,  # Indian Aadhaar
    "943 476 5919": nhs_ok,  # NHS number
    "721 058 3378": nhs_ok,
    "318462059": bsn_ok,  # Dutch BSN
    "602173942": bsn_ok,
    "92071438518": pesel_ok,  # Polish PESEL
    "374.615.208-90": cpf_ok,  # Brazilian CPF
    "861.027.493-40": cpf_ok,
    "48273910688": kimlik_ok,  # Turkish kimlik
    "Y4827316K": dni_ok,  # Spanish NIE
    "X9360142Q": dni_ok,
    "240791-583D": hetu_ok,  # Finnish henkilötunnus
    "KWLMRA88H47Z404A": codice_fiscale_ok,  # Italian codice fiscale
    "320106198709244614": china_id_ok,  # Chinese resident identity number
    "G7341085T": nric_ok,  # Singapore FIN
    "F4917263W": nric_ok,
    "850617-2518438": rrn_ok,  # Korean resident registration number
    "714 829 539": tfn_ok,  # Australian tax file number
    "4391 72053 1": medicare_ok,  # Australian Medicare card
    "5820 3917 4609": my_number_ok,  # Japanese My Number
    "4721936CA": pps_ok,  # Irish PPS number
    "8305217T": pps_ok,
    "2 89 04 75 112 348 55": nir_ok,  # French NIR
    "86.07.21-253.02": belgian_id_ok,  # Belgian national number
    "14039237807": fodselsnummer_ok,  # Norwegian fødselsnummer
    "273819461": nif_ok,  # Portuguese NIF
    "240615832": nif_ok,
    "2790315406281": cnp_ok,  # Romanian CNP
    "17.384.926-5": rut_ok,  # Chilean RUT
    "49105122717": isikukood_ok,  # Estonian isikukood
    "110690-3479": kennitala_ok,  # Icelandic kennitala
    "875120/4187": rodne_cislo_ok,  # Czech rodné číslo
    "3274518069": rnokpp_ok,  # Ukrainian RNOKPP
    "58391274063": steuer_id_ok,  # German tax id
    "73160492850": steuer_id_ok,
    "KPD3818": nhi_ok,  # New Zealand NHI
    "746 281 351": luhn_len(9),  # Canadian SIN
    "910423-6824": luhn_len(10),  # Swedish personnummer
    "8803125409184": luhn_len(13),  # South African id
    "15088963275": luhn_len(11),  # Greek AMKA
    "Z2718450Q": dni_ok,  # chat: Spanish NIE
    "X6049183E": dni_ok,
    "294718369": bsn_ok,  # chat: Dutch BSN
    "5172943AA": pps_ok,  # chat: Irish PPS number
    "2953 17401 1": medicare_ok,  # chat: Australian Medicare card
}
RECORD_IDS = (35, 45)

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|30|31|32|39|40|46|48|64|65|84|86|90|91|92|212|233|234|251|27|351|353|358|380|385|420|52|971|972|977) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record names
    exactly one person and about 40 records carry a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not RECORD_IDS[0] <= with_id <= RECORD_IDS[1]:
        raise SystemExit(f"records: {with_id} with a national id")


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
        "blind132", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
