# ruff: noqa: E501
"""A hundred-and-sixty-second blind privacy set: 220 texts with personal data and 100 clean
ones, on language schools, exchange students and host families.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md`` and the docstring, constants, national ids,
phone layouts, check functions and ``main`` of ``build_blind36.py`` (never its texts),
never the detector, its rules, docs, tests or the other sets' texts. Every text is typed by
hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated
combinations):

* 120 chat requests (3 to 100 words) that staff of a language school, homestay
  coordinators, host parents, exchange students and their parents would type to a general
  assistant behind a company gateway: drafting texts, e-mails, letters and replies
  (airport pickups, placements, homestay agreements, house rules, school reports, visa
  letters, refunds), summarising pasted notes, minutes, call logs, voicemails, incident
  logs and e-mail threads, translating, fixing wording, splitting taxi and trip costs,
  asking whether a message is a scam and planning. The first 30 are typed all in lower
  case (names, e-mails, codes, postcodes and IBANs too, with shorthand and typos); the next
  6 are in Spanish, French, German, Italian, Portuguese and Japanese; the other 84 in
  ordinary English. Names of many origins and shapes, many of them ordinary words (Rose,
  Will, Faith, Sky, Penny, Jack, Dawn, Rich, Grant, Frank, Hunter, June, Joy, Hope,
  Summer, Amber), many named in passing in lists, rotas and cost splits; 20 hold a secret
  (wifi keys, key-safe, door, gate, alarm, locker and garage codes, PINs, passwords);
  three hold a national id (NHS number, Canadian SIN, Brazilian CPF).
* 100 one-person records (4 to 60 words): prose sentences, profile lines, pipe, CSV and
  semicolon rows, JSON objects, log lines, register entries and short letters, in English
  and Dutch, Polish, Portuguese, Turkish, Spanish, Finnish, Italian, Chinese, Korean,
  Japanese, Irish, French, Norwegian, Romanian, Estonian, Icelandic, Czech, Ukrainian,
  German, Hindi, Swedish, Hebrew, Greek, Russian, Arabic, Thai, Vietnamese, Indonesian,
  Hungarian, Danish, Malay, Persian and Georgian; each names exactly one person and holds
  1 to 4 other values; 40 carry a national id, the others passports, driving licences,
  usernames, student numbers, cards, IBANs, SSNs, IPs, an API key, codes, phones,
  e-mails and addresses.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly about studying abroad and hosting.

Labels: usernames, logins, student, member, account and licence numbers, passports and
national ids are ID_NUMBER; PINs, door, gate, alarm, locker, garage and key-safe codes,
wifi keys and passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Mme,
Frau, Sergeant, Dona, host mum, my son) stay outside PERSON spans, as do honorifics such
as 様 and さん; an address span runs from the first street line through the postcode and
city as typed; public figures, fictional characters, pets, shops, schools and companies,
flight numbers, booking and reference numbers, amounts and dates of birth are not
labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125 and 040 66969)
and in each country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits
(NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE,
Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC,
Korean resident registration number, Australian TFN and Medicare, Japanese My Number,
Irish PPS number, French NIR, Belgian national number, Norwegian fødselsnummer,
Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech
rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Indian Aadhaar, Swedish
personnummer, Israeli teudat zehut, Greek AMKA, South African id, Canadian SIN).

Run ``.venv/bin/python bench/data/build_blind162.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # typed all in lower case
    "can u write a short text to [[PERSON|maureen]] saying [[PERSON|kenji]] lands at heathrow t2 on friday 07:40 and the pickup driver is [[PERSON|stelian]], his mobile is [[PHONE_NUMBER|07700 900417]]",
    "summarise pls: host mum [[PERSON|bev okoro]] rang, [[PERSON|yuna]] missed curfew twice this week, house rule is home by 10.30 on school nights, [[PERSON|bev]] wants a call from the welfare officer on [[PHONE_NUMBER|07700 900238]]",
    "our homestay wifi for the new student is [[PASSWORD|lemontree-4471]] and the key safe by the back door is [[PASSWORD|2906]]. write a welcome note for [[PERSON|giulia]] with those plus 'no shoes upstairs' lol",
    "is this a scam? text from 'uk visas' says [[PERSON|thiago bezerra]] must pay £320 today or his visa gets cancelled, callback number [[PHONE_NUMBER|020 7946 0583]]",
    "split costs: airport run heathrow to reading £84, [[PERSON|frank]] drove, passengers [[PERSON|aino]], [[PERSON|emre]] and [[PERSON|leonie]]. how much does each owe [[PERSON|frank]] if he pays nothing",
    "fix my english pls: dear mrs [[PERSON|hatcher]], i am [[PERSON|mateo quiroga]] from the b2 class, i want ask if my friend can sleep over on saturday, my room is small but he bring sleeping bag",
    "draft email to [[EMAIL_ADDRESS|accommodation@brightwaterenglish.co.uk]] asking to move [[PERSON|ji-woo kang]] (student no [[ID_NUMBER|bwe-22817]]) to a new host, current host mr [[PERSON|gareth pugh]] smokes indoors",
    "i forgot the alarm code for the homestay at [[STREET_ADDRESS|14 larkspur close, bristol bs7 9qd]]. host [[PERSON|dawn]] texted it earlier, its [[PASSWORD|8153]] then press set. can u help me write thanks to her politely",
    "translate to japanese: hi [[PERSON|haruka]], i'm your host dad [[PERSON|rich]], i'll be at arrivals with a sign, my number is [[PHONE_NUMBER|07700 900861]]",
    "minutes from welfare meeting, tidy into bullets: [[PERSON|sanjay]] raised homesickness for [[PERSON|lucía etxeberria]], [[PERSON|pat]] to call her mum, [[PERSON|hunter]] to check attendance, [[PERSON|lucía]] moved to tuesday counselling",
    "paying school fees: card [[CREDIT_CARD|4539 1720 8465 2139]] exp 09/27, name on card [[PERSON|olumide adebayo]]. is it safe to paste this into the school's chatbot?",
    "write reminder to all host families: pls update bank details for homestay payments. e.g. [[PERSON|hilary dunstan]] changed to [[IBAN_CODE|gb38 hbuk 4012 7853 9160 42]], send yours to [[EMAIL_ADDRESS|homestay.finance@oakridgelang.co.uk]]",
    "my student portal login for [[PERSON|zeynep]]'s report is [[ID_NUMBER|zyalcin07]] / [[PASSWORD|kedi2008!]] can u tell me what to look for to see if she passed b1",
    "reply to [[PERSON|sky]] (host in leeds): yes we can do the 6am pickup for [[PERSON|oleksandr]] on the 3rd, meet outside [[STREET_ADDRESS|22 cardigan road, leeds ls6 1dw]]",
    "call log summary: 09:12 [[PERSON|penny]] (host) re broken shower, 09:40 [[PERSON|kaito]]'s dad from osaka [[PHONE_NUMBER|090-4172-8836]] asking abt report, 10:05 [[PERSON|grant]] from transport cancelled sat trip",
    "visa q: [[PERSON|santiago riquelme]] passport [[ID_NUMBER|f48203917]] expires in 5 months, course is 6 months, does he need a new one before the cas? draft msg to him",
    "locker codes for the new intake pls make a table: [[PERSON|amara]] [[PASSWORD|3381]], [[PERSON|tomasz]] [[PASSWORD|7720]], [[PERSON|noor]] [[PASSWORD|1546]], [[PERSON|kwame]] [[PASSWORD|9034]]",
    "help me write a house rules sheet for [[PERSON|ines]]: no guests after 9, laundry sundays, tell [[PERSON|june]] or [[PERSON|rob]] if ur late",
    "pls read this thread and tell me what mr [[PERSON|okafor]] actually agreed: 'we can host [[PERSON|davide]] from 2 sept, £165/wk' then 'actually my wife [[PERSON|chinwe]] says only until 30 sept'",
    "emergency: [[PERSON|ksenia]] hurt her ankle on the school trip, host mum [[PERSON|carol]] is on [[PHONE_NUMBER|07700 900592]], her nhs no is [[ID_NUMBER|612 847 3059]], write a quick msg to the trip leader",
    "make a weekly rota for the homestay: breakfast [[PERSON|efua]], dishes [[PERSON|sindre]], bins [[PERSON|léa]], hoover [[PERSON|min-jun]]",
    "gate code for the school minibus yard changed to [[PASSWORD|4#8812]], tell drivers [[PERSON|ray]] and [[PERSON|drew]] by text, keep it short",
    "scam? email from [[EMAIL_ADDRESS|refunds@lingua-fees-return.com]] says my son's deposit refund of €900 is ready if i send iban [[IBAN_CODE|de26 5007 0021 8374 6192 05]] and his student number [[ID_NUMBER|lx4419-26]]",
    "translate to chinese for her host: [[PERSON|chen xiaoyu]] is allergic to peanuts, epipen in the blue bag, mum's number [[PHONE_NUMBER|+86 139 0172 4458]]",
    "draft reply to [[PERSON|ingrid solberg]]: yes the homestay agreement runs 12 jan to 6 apr, deposit £250 to [[IBAN_CODE|gb55 loyd 3096 1548 2730 19]] with her surname as ref",
    "voicemail, summarise: 'hi it's [[PERSON|faith]] from [[PERSON|andrei]]'s host family, he hasnt come home and his phone [[PHONE_NUMBER|07700 900733]] is off, call me back on [[PHONE_NUMBER|07700 900104]]'",
    "wifi at [[PERSON|jack]] and [[PERSON|rose]]'s is [[PASSWORD|bluegate_2291]] on the bt hub. student [[PERSON|elias]] cant connect on his laptop, what should he check",
    "write a short school report comment for [[PERSON|aylin]]: speaking great, writing weak, 92% attendance, teacher ms [[PERSON|brenner]]",
    "vegetarian now, how to tell host [[PERSON|victor]]??",
    "airport pickup list for sun: [[PERSON|nguyen thi lan]] ba117 14:05, [[PERSON|arjun menon]] ek003 15:30, [[PERSON|isidora pizarro]] ib3166 16:10. driver [[PERSON|bob]] [[PHONE_NUMBER|07700 900356]]. make it a clean table",
    # six other languages
    "Escribe un correo a la familia anfitriona de [[PERSON|Valentina Huerta]] para avisar que llega el domingo. Su móvil es [[PHONE_NUMBER|+52 55 4187 2093]] y el de la señora [[PERSON|Maite Gorostiza]] es [[PHONE_NUMBER|+34 612 804 377]].",
    "Peux-tu traduire en anglais : « Bonjour, je suis [[PERSON|Mathilde Rousseau]], la mère de [[PERSON|Hugo]]. Le code de la boîte à clés est [[PASSWORD|5518]] si personne n'est là à son arrivée. »",
    "Bitte formuliere höflich: Liebe Frau [[PERSON|Achterberg]], wir überweisen die Gastfamilienpauschale für [[PERSON|Felix Umbach]] ab März auf [[IBAN_CODE|DE22 1005 0018 3094 7261 58]]. Rückfragen gern an [[EMAIL_ADDRESS|t.umbach@posteo.de]].",
    "Riassumi questa telefonata: la signora [[PERSON|Ferrero]] dice che [[PERSON|Chiara]] non ha ancora ricevuto il voto del test B2 e chiede che la scuola la richiami al [[PHONE_NUMBER|+39 347 281 6605]].",
    "Pode revisar esta mensagem? Oi [[PERSON|Beatriz]], sua mãe anfitriã em Dublin se chama [[PERSON|Siobhán Kearney]] e o celular dela é [[PHONE_NUMBER|+353 87 614 2297]]. O CPF que a escola pediu é [[ID_NUMBER|852.610.473-07]].",
    "[[PERSON|藤村 海斗]] さんの ホストファミリーに 送る お礼の メールを 英語で 書いて ください。 ホストマザーは [[PERSON|Gwen Ashby]] さんです。",
    # ordinary English
    "Draft a polite email to Mr [[PERSON|Desmond Achebe]] confirming that his daughter [[PERSON|Adaeze]] will be collected from Manchester Airport on 14 September by our driver [[PERSON|Wojciech]] ([[PHONE_NUMBER|07700 900649]]).",
    "Can you turn this into a friendly welcome card? Host: [[PERSON|Lorraine Whitlock]]. Address: [[STREET_ADDRESS|7 Harrow Lane, Canterbury CT2 8LU]]. Wifi: PlumHouse5G, key [[PASSWORD|marmalade1987]]. Front door code [[PASSWORD|0419]]. Breakfast from 7.",
    "Summarise this thread in three lines. [[PERSON|Penny]]: can [[PERSON|Tariq]] stay an extra week? Office: only if the agreement is extended. [[PERSON|Penny]]: fine, send the form. Office: sent to [[EMAIL_ADDRESS|penny.hollis@btinternet.com]], please sign by Friday.",
    "Is this a scam? A text says 'Dear host, your homestay payment failed, re-enter your card at homestay-pay-uk.net within 24h.' It came from [[PHONE_NUMBER|07700 900982]]. I host [[PERSON|Hye-jin]] through Lakeside English.",
    "Our J-1 exchange student [[PERSON|Sindre Haugland]] needs his Social Security number for a job form. The office gave us [[US_SSN|512-47-3086]]. Can you write a short note to his coordinator [[PERSON|Tammy Rourke]] asking if this is right?",
    "Our school portal flagged a login to [[PERSON|Camila Aranda]]'s account (username [[ID_NUMBER|caranda.b2]]) from [[IP_ADDRESS|203.0.113.58]] at 3am. Draft a message to her asking if that was her.",
    "I'm writing a script to sync host family availability with our booking system. The vendor gave me the key [[API_KEY|hostlink_live_9QxT2mVbR7kLpW4eNcZ8aYd3]]. Is it okay to hard-code it? Our IT lead [[PERSON|Marcus Thorne]] says no.",
    "Translate into Korean for [[PERSON|Seo-yeon]]'s parents: your daughter has settled in well. Her host mother, [[PERSON|Gail Merriweather]], says she eats everything and laughs a lot.",
    "Help me split the end-of-term trip: coach £540, museum tickets £18 each for 22 students, two teachers free. [[PERSON|Ahmed]] paid the coach, [[PERSON|Frank]] paid the tickets. Who owes whom if the school covers the teachers?",
    "Write a text for [[PERSON|Hunter]] (night porter at the residence): new student [[PERSON|Mariam Idris]] arrives at 1am, room 14, key safe [[PASSWORD|C7742]] on the side gate.",
    "Rewrite this school report more diplomatically: '[[PERSON|Luca Benedetti]] is lazy, was late 11 times and copies from [[PERSON|Oskar]].' Keep the facts.",
    "Please summarise these call notes for the homestay file: Mon, Mrs [[PERSON|Ogilvie]] says [[PERSON|Daichi]] left the heating on all day. Tue, [[PERSON|Daichi]] apologised. Wed, agreed he pays £10 towards the bill.",
    "Write a letter of invitation for a UK visitor visa for [[PERSON|Phan Quoc Bao]], passport [[ID_NUMBER|C8841276]], to attend a 4-week course at our school from 3 March. Replies to [[EMAIL_ADDRESS|registrar@whitcombe-english.co.uk]].",
    "The host family's alarm went off and the student doesn't know the code. Host [[PERSON|Grant Ellery]] is on a plane. His wife [[PERSON|Yvonne]] texted [[PASSWORD|5580]]. What should I tell the student, [[PERSON|Mei]], to do step by step?",
    "Can you check my maths? Homestay is £185 a week for [[PERSON|Oisín]], 11 weeks, minus a £60 discount, plus airport transfer £95. Host [[PERSON|Bridget Nolan]] gets 80% of the weekly fee. What does she get in total?",
    "A parent, [[PERSON|Harald Eriksen]], read his card over the phone for the summer course deposit: [[CREDIT_CARD|5264 8193 0274 5180]], exp 11/26. Write me a note for the finance team on how to process it without saving it in email.",
    "Translate to Spanish: '[[PERSON|Isabela]], your host family will pick you up at the coach station. Look for [[PERSON|Derek]] in a red coat.'",
    "Write an email to [[PERSON|Ruth Adeyinka]] at [[EMAIL_ADDRESS|r.adeyinka@gmail.com]] confirming she's approved as a host after Tuesday's home visit; her DBS certificate number is [[ID_NUMBER|001786 420 915]].",
    "Who should I call first? [[PERSON|Yusuf]] (16) fainted at his homestay. Host [[PERSON|Paula Greer]] [[PHONE_NUMBER|07700 900271]], school emergency line [[PHONE_NUMBER|020 7946 0318]], his agent Mr [[PERSON|Tanaka]].",
    "Write a weekend handover for [[PERSON|Sunny]]: staffroom locker [[PASSWORD|6731]], student files in the grey cabinet, call [[PERSON|Marguerite]] on [[PHONE_NUMBER|07700 900507]] if a host rings.",
    "Here's a host's complaint, please draft a calm reply: 'Your student [[PERSON|Rafael]] keeps bringing friends back at midnight. I want him gone.' Signed [[PERSON|Terry Mulgrew]].",
    "I'm a host mom in Vancouver. The agency wants my SIN for the payment form: [[ID_NUMBER|048 372 916]]. Is that normal for a homestay agency? Their contact is [[PERSON|Colleen Baptiste]], [[PHONE_NUMBER|(604) 555-0172]].",
    "Draft a WhatsApp to [[PERSON|Lin]] and [[PERSON|Kofi]]: the pickup from Gatwick moved to 6pm, meet by the Costa in the North Terminal.",
    "Write a reminder to [[PERSON|Bronwyn Keys]] that her homestay payment of $1,320 was sent today and that her student [[PERSON|Takumi]] needs a lift to the IELTS test on Saturday. Her mobile is [[PHONE_NUMBER|0491 570 183]].",
    "Fix the grammar in my apology: 'Dear [[PERSON|Anneliese]], i am sorry for broke your vase, i will pay it. [[PERSON|Kenta]]'",
    "My host [[PERSON|Will]] gave me the garage keypad code [[PASSWORD|1973]] for my bike. Is it rude to write it on my hand? Also how do I say 'thanks for trusting me' naturally?",
    "Turn these notes into minutes: attendees [[PERSON|Priya]], [[PERSON|Jonah]], [[PERSON|Dee]], [[PERSON|Marek]]. Agreed: airport pickups on Sundays only; [[PERSON|Marek]] to update the host handbook; [[PERSON|Priya]] chasing [[PERSON|Kristýna]]'s visa letter.",
    "Compare two host offers for my son [[PERSON|Mattia]]: host A is [[PERSON|Shirley]], 25 min by bus, single room, £170; host B is [[PERSON|Kev]] and [[PERSON|Noreen]], 10 min walk, shared bathroom, £190. Which would you pick?",
    "Write a refund confirmation to [[PERSON|Karolina Wróbel]]: the unused 3 weeks of homestay (£555) will be returned to [[IBAN_CODE|PL32 1020 5014 0000 7286 1943 0571]] within 10 working days.",
    "Draft a text to [[PERSON|Dawn]] saying thanks for hosting [[PERSON|Siddharth]] over Christmas and that the school will pay for the extra week.",
    "Summarise this voicemail for the principal: 'This is Sergeant [[PERSON|Malloy]] at the Garda station, we have one of your students, [[PERSON|Jun-ho Park]], who lost his passport, number [[ID_NUMBER|M71458302]], please call [[PHONE_NUMBER|+353 21 455 0937]].'",
    "Is this email real? It's from [[EMAIL_ADDRESS|visa-team@ukvi-gov-support.com]] and asks [[PERSON|Nadia]] to pay £475 as a 'biometric release fee' to keep her student visa.",
    "Please write a short message for [[PERSON|Amber]], our new host: the house key is in the key safe ([[PASSWORD|3812]]), bins go out Thursday, and the student, [[PERSON|Hamza]], likes his tea black.",
    "Plan a 3-day orientation for 12 new students arriving on 8 January; the coordinator is [[PERSON|Lisette]] and the bus driver is [[PERSON|Ray Pemberton]].",
    "What should a homestay agreement say about guests and overnight stays? I'm drafting one for [[PERSON|Colin]] and [[PERSON|Sue Barraclough]], who host two teenagers.",
    "Translate into French for [[PERSON|Élodie]]'s father: '[[PERSON|Élodie]]'s report: grammar 78%, listening 84%, and her teacher Mr [[PERSON|Osei]] says she is ready for C1.'",
    "Write to [[EMAIL_ADDRESS|kwilson.homestay@outlook.com]] asking [[PERSON|Kath Wilson]] whether she can take a second student from 2 June, a quiet girl from Taiwan named [[PERSON|Hsu Pei-Ling]].",
    "I paid the course fee twice by mistake with card [[CREDIT_CARD|3728 491503 62713]], in the name of [[PERSON|Rosalind Beaumont]]. Draft a refund request to the school.",
    "Rewrite as a formal complaint: my host [[PERSON|Derrick]] locks the kitchen after 8pm and I am hungry. I'm [[PERSON|Ali Rezaei]], student number [[ID_NUMBER|LS-48817]].",
    "Please create a packing list for [[PERSON|Astrid]], who is going to a host family in Auckland for a term. The host's address is [[STREET_ADDRESS|41 Rimu Street, Mount Eden, Auckland 1024]].",
    "Our agent team's shared Gmail is [[EMAIL_ADDRESS|agents.meridianschool@gmail.com]], password [[PASSWORD|Tulip!Bridge77]]. [[PERSON|Rhiannon]] wants me to send it to [[PERSON|Deepak]] in Mumbai on WhatsApp. Is that a bad idea? Suggest something better.",
    "Draft a reply to Mrs [[PERSON|Fairweather]]: yes, [[PERSON|Bilal]] can join her family on holiday in Cornwall, but we need his parents' written consent by 20 July.",
    "Five students ([[PERSON|Ana]], [[PERSON|Jakub]], [[PERSON|Soo-ah]], [[PERSON|Mehmet]], [[PERSON|Ilse]]) shared a taxi from Stansted for £142 and [[PERSON|Ilse]] paid. How much does each owe [[PERSON|Ilse]]?",
    "Make this email less angry: 'Dear [[PERSON|Faith]], I have asked you THREE times to stop letting [[PERSON|Joaquín]] smoke in the garden. The agreement says no smoking anywhere on the property.'",
    "What's a kind way to tell our host [[PERSON|Robin Tate]] that the school can't pay her until her new bank details ([[IBAN_CODE|GB96 NWBK 6083 2417 5903 68]]) are confirmed by phone?",
    "Summarise the incident log: 23:40 [[PERSON|Marta]] reported [[PERSON|Kazuki]] missing; 00:15 called his phone [[PHONE_NUMBER|07700 900815]], no answer; 00:50 [[PERSON|Kazuki]] returned by taxi; 01:10 host [[PERSON|Lyn]] informed.",
    "Our exchange coordinator [[PERSON|Darlene Voigt]] asked me to fill in a W-9 as a host so they can pay the stipend. Is it safe to email my SSN [[US_SSN|438-61-2907]] to [[EMAIL_ADDRESS|dvoigt@heartlandexchange.org]]?",
    "I set up the guest wifi for [[PERSON|Joon]]: network Annex, password [[PASSWORD|blackberry-jam-55]]. Write it as a little note I can pin on the fridge.",
    "Reference letter for host [[PERSON|Grace Okeke]] please, 14 students since 2016.",
    "Help me answer an agent: Ms [[PERSON|Liang]] at [[EMAIL_ADDRESS|liang.recruit@sunbridge-edu.cn]] wants 15% commission on [[PERSON|Wang Hao]]'s 24-week booking. Our standard is 12%.",
    "Draft an attendance warning to [[PERSON|Viktor Dragomir]]: attendance 71%, his visa needs 80%, meeting with Dr [[PERSON|Enfield]] on Monday at 10.",
    "Our homestay portal shows [[PERSON|Hannah]]'s admin account signing in from [[IP_ADDRESS|198.51.100.142]] and [[IP_ADDRESS|2001:db8:4c1::17]] within five minutes. Is that suspicious? Write a note to IT.",
    "Plan airport pickups for Saturday: [[PERSON|Nikos]] lands LHR 09:10, [[PERSON|Eleni]] LGW 09:45, [[PERSON|Yaw]] LHR 13:20. One driver, [[PERSON|Gus]]. What order makes sense?",
    "Write a handover for [[PERSON|Trish]], who's covering emergencies this weekend: duty phone PIN [[PASSWORD|4420]], student list in the red folder, on-call manager [[PERSON|Bernard]] [[PHONE_NUMBER|07700 900662]].",
    "Translate to Arabic: 'Dear [[PERSON|Yousef]], your hosts are [[PERSON|Jean]] and [[PERSON|Martin Foley]]. They have a dog called Biscuit.'",
    "Proofread: 'I, [[PERSON|Laila Haidari]], confirm that I received the house rules from my host [[PERSON|Glenys]] and agree to follow them.'",
    "Which is the safer way to send [[PERSON|Kemal]]'s passport scan to the college: email to [[EMAIL_ADDRESS|admissions@harbourview-college.ie]] or their upload portal?",
    "Write a short bio for the host family page: [[PERSON|Neville]] and [[PERSON|Joy]] live near the beach in Brighton with two cats; both are retired teachers.",
    "Write a note to the clinic saying I'm bringing my homestay student [[PERSON|Kanya]] in this afternoon, her OSHC member number is [[ID_NUMBER|OS7719402]] and my mobile is [[PHONE_NUMBER|0491 570 244]].",
    "What do I write in a condolence card to [[PERSON|Tomoko]]'s host mum? Her husband [[PERSON|Alan]] died last week.",
    "Summarise this long email from [[PERSON|Fergus]]: he says the student [[PERSON|Anh]] cooks at 2am, uses his shampoo and never says hello, but also that she has helped his son with maths.",
    "Set up a payment plan for [[PERSON|Dmytro Hnatiuk]]'s fees: £4,800 over 4 months on the card on file, [[CREDIT_CARD|6011 7482 9305 6113]]. Write the email to him.",
    "Host [[PERSON|Penelope Ward]] asked me to text the new student the door code [[PASSWORD|7391]] and the wifi [[PASSWORD|sunflower!Road]]. Write that text to [[PERSON|Abdullah]] and tell him to delete it afterwards.",
    "Draft a polite no: Mr [[PERSON|Vance]] asked if he can host again after the complaint from [[PERSON|Ayşe]]. We are not renewing his agreement.",
    "Translate to Portuguese for [[PERSON|Gabriel]]'s parents: his visa was approved, his BRP number is [[ID_NUMBER|ZX4081735]], and he collects the card at the post office.",
    "Write a message for our homestay group chat: welcome [[PERSON|Sky]], [[PERSON|Summer]] and [[PERSON|Hope]], our newest host families!",
    "Put these emergency contacts in a table: Dr [[PERSON|Sandhu]] (school nurse) [[PHONE_NUMBER|020 7946 0871]]; [[PERSON|Ivy Carmichael]] (welfare) [[PHONE_NUMBER|07700 900148]]; [[PERSON|Lucas]] (night duty) [[PHONE_NUMBER|07700 900793]].",
    "Is this a scam? Someone on Facebook says she's [[PERSON|Gloria]], a host in London, and wants our daughter's £600 deposit sent to [[IBAN_CODE|IT33 X030 6909 6061 0000 0174 839]] before we see the room.",
    "Write a letter for [[PERSON|Teodora Ilić]]'s bank confirming she lives with us at [[STREET_ADDRESS|Flat 3, 58 Gladstone Road, Cambridge CB1 3JN]] from 6 January to 28 March.",
    "Write a quick reminder: the school's front door code changes on Monday to [[PASSWORD|9046]]; [[PERSON|Catalina]], [[PERSON|Moritz]] and [[PERSON|Pavel]] have evening classes and need it.",
    "Fix my wording: 'Hi [[PERSON|Mark]], [[PERSON|Leilani]] will be home late tonight, she is at the school disco until 10, [[PERSON|Bea]] will drop her.'",
    "Help me plan meals for a Muslim student, [[PERSON|Rayan]], who is staying with us during Ramadan.",
    "Draft a note to the agency: our student [[PERSON|Tae-yang]] wants to change host because of the 90-minute commute, and the current host [[PERSON|Shaun]] agrees. Agency email is [[EMAIL_ADDRESS|placements@northstar-homestay.com]].",
    "Our school's SMS provider key [[API_KEY|sms_k7P2vQ9xL4rT8wZ1mN6bY3cH]] was pasted into the staff chat by [[PERSON|Olly]]. What do I do now, in order?",
    "The student [[PERSON|Hiroshi]] has locked himself out. Host [[PERSON|Celia]] says the back gate code is [[PASSWORD|2580#]] and the spare key is under the blue pot. Write a text to him.",
    "Please summarise these reviews from host families for [[PERSON|Benedikt]]: 'polite', 'leaves lights on', 'great with our kids', 'never late for dinner'.",
    "Write to [[PERSON|Ulrike Brandstätter]] in Hamburg confirming that our student [[PERSON|Chloe]] arrives on the 4th. Her landline is [[PHONE_NUMBER|040 66969 214]].",
    "Write in simple English to [[PERSON|Solène]]'s host, Mme [[PERSON|Girard]] ([[PHONE_NUMBER|06 39 98 41 27]]), that [[PERSON|Solène]] is sick and won't be at dinner.",
    "Write a thank-you note from the school to [[PERSON|Rich]] and [[PERSON|Tanya Holroyd]] for hosting 30 students over ten years.",
    "Can you write a gentle message to [[PERSON|Jude]] reminding him the homestay rules say no cooking after 10pm?",
    "Summarise: [[PERSON|Helga]] rang, the new alarm code at the residence is [[PASSWORD|6093]], and she wants [[PERSON|Connor]] to tell the students at the Monday meeting.",
    "Draft a welcome pack cover note for [[PERSON|Farida Nurlanovna]], arriving from Almaty; host address [[STREET_ADDRESS|12 Beech Grove, Harrogate HG2 0ET]], host phone [[PHONE_NUMBER|07700 900325]].",
    "Our student [[PERSON|Xochitl]] wants to know if she can travel to Paris during half-term on her student visa. Write a reply.",
    "Plan a farewell party for the July group: [[PERSON|Hunter]] will DJ and [[PERSON|Penny Oduya]] is baking.",
]

# 100 one-person records; the first 40 carry a national id.
RECORDS = [
    "Health registration | [[PERSON|Anouk Verbruggen]] | NHS no. [[ID_NUMBER|943 276 1584]] | mobile [[PHONE_NUMBER|07700 900126]]",
    "Inschrijving taalschool: [[PERSON|Sanne de Wit]], BSN [[ID_NUMBER|184620351]], e-mail [[EMAIL_ADDRESS|sanne.dewit@ziggo.nl]], niveau B2.",
    "Uczennica [[PERSON|Zofia Kaczmarek]] (PESEL [[ID_NUMBER|04231705864]]) zamieszka u rodziny goszczącej od 3 lutego; telefon opiekuna: [[PHONE_NUMBER|+48 601 284 739]].",
    "Ficha do intercambista: [[PERSON|Gustavo Lins Pacheco]]; CPF [[ID_NUMBER|317.842.096-78]]; passaporte [[ID_NUMBER|GF482917]]; destino Dublin, 24 semanas.",
    "Öğrenci [[PERSON|Elif Karataş]], T.C. kimlik no [[ID_NUMBER|29518304608]], Brighton'da bir ailenin yanında kalacak; veli e-postası [[EMAIL_ADDRESS|karatas.aile@hotmail.com]].",
    "Estimada familia: confirmamos la plaza de [[PERSON|Nerea Ollo Zubiri]] (DNI [[ID_NUMBER|73920418M]]) en el curso de verano de Bournemouth. La reserva se cargó a la tarjeta [[CREDIT_CARD|4916 3728 5014 7362]].",
    "Residence check: [[PERSON|Paulo Caetano]], NIE [[ID_NUMBER|Y6281937F]], visa page scanned, BRP still pending.",
    "Vaihto-oppilas [[PERSON|Aino Lehtonen]], henkilötunnus [[ID_NUMBER|240605A473V]], isäntäperhe Cheltenhamissa; hätänumero [[PHONE_NUMBER|+358 40 718 2294]].",
    "La studentessa [[PERSON|Giulia Marini]], codice fiscale [[ID_NUMBER|MRNGLI05M52L219P]], è iscritta al soggiorno linguistico di Oxford dal 6 al 27 luglio.",
    '{"student": "[[PERSON|Davide Sartori]]", "codice_fiscale": "[[ID_NUMBER|SRTDVD04C11F839O]]", "email": "[[EMAIL_ADDRESS|dsartori04@virgilio.it]]", "course": "IELTS prep"}',
    "学生 姓名：[[PERSON|陈思妤]] 身份证号：[[ID_NUMBER|320106200608144729]] 寄宿家庭 已确认",
    "Airport pickup card: [[PERSON|Huang Zixuan]], resident ID [[ID_NUMBER|440304200703025811]], flight CX251 arriving 06:35, email [[EMAIL_ADDRESS|zixuan.h2007@163.com]]",
    "Student: [[PERSON|Clarissa Tan Hui Min]], NRIC [[ID_NUMBER|T0582734A]], mobile [[PHONE_NUMBER|+65 9174 2083]], homestay in Perth from Term 2.",
    "교환학생 [[PERSON|윤서아]] 주민등록번호 [[ID_NUMBER|060417-4238511]] 홈스테이 배정 완료, 연락처 [[PHONE_NUMBER|010-7281-4406]]",
    "Insurance enrolment; [[PERSON|Kim Ha-eun]]; RRN [[ID_NUMBER|070210-4136279]]; cover starts 01/09",
    "Homestay payroll: host [[PERSON|Lachlan Brierley]], TFN [[ID_NUMBER|385917427]], paid fortnightly, remittance to [[EMAIL_ADDRESS|lbrierley@bigpond.com]].",
    "Medical consent: [[PERSON|Imogen Hartigan]] (host mother), Medicare [[ID_NUMBER|4172 83658 1]], authorised to take the student to a GP.",
    "留学生 [[PERSON|佐々木 美咲]] 様 マイナンバー [[ID_NUMBER|5284 7391 0637]] 滞在先 ロンドンの ホームステイ",
    "Refund form: student [[PERSON|Ryo Hasegawa]], My Number [[ID_NUMBER|304188257142]], contact [[EMAIL_ADDRESS|ryo.hasegawa@docomo.ne.jp]].",
    "Foirm chláraithe: [[PERSON|Caoimhe Ní Dhonnchadha]], uimhir PPS [[ID_NUMBER|8264150O]], teaghlach óstach i nGaillimh, guthán [[PHONE_NUMBER|+353 86 207 4419]].",
    "Mme [[PERSON|Élise Marchand]], numéro de sécurité sociale [[ID_NUMBER|2 05 09 75 118 043 11]], séjour linguistique à Malte, courriel [[EMAIL_ADDRESS|elise.marchand@laposte.net]].",
    "Élève : [[PERSON|Maxime Delvaux]] — numéro national [[ID_NUMBER|05.03.21-274.95]] — famille d'accueil confirmée à Galway.",
    "Utvekslingselev [[PERSON|Eirik Aasen]], fødselsnummer [[ID_NUMBER|15060548339]], skal bo hos en vertsfamilie i Seattle fra august.",
    "Aluno: [[PERSON|Tomás Fonseca Vieira]] | NIF [[ID_NUMBER|258419377]] | IBAN para reembolso [[IBAN_CODE|PT80 0003 3000 0456 2173 9082 4]]",
    "Eleva [[PERSON|Ioana Cristea]], CNP [[ID_NUMBER|6050617403821]], va locui la o familie gazdă din Edinburgh; telefonul părintelui: [[PHONE_NUMBER|+40 722 418 906]].",
    "Postulante: [[PERSON|Matías Fuenzalida Rojas]], RUT [[ID_NUMBER|21.384.907-7]], programa de intercambio en Nueva Zelanda, correo [[EMAIL_ADDRESS|mfuenzalida@uc.cl]].",
    "Õpilane [[PERSON|Kertu Saar]], isikukood [[ID_NUMBER|60507124282]], majutus peres Brightonis; e-post [[EMAIL_ADDRESS|kertu.saar@gmail.com]].",
    "Nemandi: [[PERSON|Freyja Sigurðardóttir]], kennitala [[ID_NUMBER|210706-2910]], gistifjölskylda í Toronto frá september.",
    "Studentka [[PERSON|Zuzana Kratochvílová]], rodné číslo [[ID_NUMBER|055214/4813]], jazykový pobyt v Yorku, mobil [[PHONE_NUMBER|+420 731 482 605]].",
    "Учасник програми обміну: [[PERSON|Остап Кравчук]], РНОКПП [[ID_NUMBER|3829456176]], приймаюча родина в Торонто.",
    "Gastschüler [[PERSON|Jannik Oberholzer]], Steuer-ID [[ID_NUMBER|58294170367]], Vertrag mit der Gastfamilie unterschrieben, E-Mail [[EMAIL_ADDRESS|jannik.oberholzer@web.de]].",
    "Enrolment | [[PERSON|Aroha Ngata]] | NHI [[ID_NUMBER|ZKR4812]] | homestay Tauranga | caregiver mobile [[PHONE_NUMBER|+64 21 408 7731]]",
    "छात्र [[PERSON|अर्जुन मेहरोत्रा]], आधार संख्या [[ID_NUMBER|6387 1429 5031]], होमस्टे लीड्स में, ईमेल [[EMAIL_ADDRESS|arjun.mehrotra05@gmail.com]]",
    "Utbytesstudent [[PERSON|Alvin Bergqvist]], personnummer [[ID_NUMBER|060521-4733]], värdfamilj i Ohio, telefon [[PHONE_NUMBER|+46 70 418 26 93]].",
    "תלמיד חילופים: [[PERSON|נועם ברקוביץ]], מספר זהות [[ID_NUMBER|318472057]], משפחה מארחת בדבלין.",
    "Μαθήτρια [[PERSON|Ελένη Παπαδάκη]], ΑΜΚΑ [[ID_NUMBER|15030521742]], φιλοξενείται από οικογένεια στο Μπράιτον.",
    "Student file: [[PERSON|Thandeka Mokoena]], SA ID [[ID_NUMBER|0506185273089]], host family in Cork, email [[EMAIL_ADDRESS|thandeka.mokoena@webmail.co.za]].",
    "Homestay stipend: [[PERSON|Geneviève Thibodeau]], SIN [[ID_NUMBER|276 041 936]], direct deposit confirmed, phone [[PHONE_NUMBER|(514) 555-0139]].",
    "name,cpf,passport,course\n[[PERSON|Larissa Bragança]],[[ID_NUMBER|604.195.738-01]],[[ID_NUMBER|FX739104]],General English 20",
    "2025-02-11 08:14:22 INFO enrolment.created student=[[PERSON|Burak Aydın]] tc_kimlik=[[ID_NUMBER|48720193510]] campus=Malta",
    # other values
    "[[PERSON|Marisol Ugarte]] renewed her passport before the course; the new number is [[ID_NUMBER|PAE482193]] and the school has a copy on file.",
    "Host profile. Name: [[PERSON|Glenda Fairclough]]; Address: [[STREET_ADDRESS|19 Rowan Avenue, York YO10 3HP]]; Phone: [[PHONE_NUMBER|07700 900489]]; Rooms: 2",
    "[[PERSON|Tobias Lindqvist]] | driving licence [[ID_NUMBER|LINDQ812046T99XK]] | minibus driver approval: yes",
    '{"host": "[[PERSON|Kerry-Ann Mullins]]", "email": "[[EMAIL_ADDRESS|kerryann.mullins@sky.com]]", "iban": "[[IBAN_CODE|GB44 BARC 2047 6591 3847 26]]"}',
    "Familia anfitriona: [[PERSON|Remedios Alcántara]]. Dirección: [[STREET_ADDRESS|Calle Virgen de Loreto 14, 3º B, 29006 Málaga]]. Cuenta: [[IBAN_CODE|ES54 2100 3918 4720 6153 8924]]",
    "Gastgezin [[PERSON|Wouter Kamphuis]], IBAN [[IBAN_CODE|NL60 RABO 0381 7492 65]], telefoon [[PHONE_NUMBER|+31 6 4127 9083]].",
    "Sehr geehrte Frau [[PERSON|Lindemann]], anbei die Bestätigung der Unterbringung. Die Zahlung erfolgt über die Karte [[CREDIT_CARD|5352 0741 9862 3041]]. Mit freundlichen Grüßen, Ihre Sprachschule",
    "Famille d'accueil : [[PERSON|Brigitte Lefèvre-Auclair]], [[STREET_ADDRESS|27 rue des Tanneurs, 67000 Strasbourg]], portable [[PHONE_NUMBER|06 39 98 17 52]].",
    "Host: [[PERSON|Rosaria Mancuso]]; indirizzo [[STREET_ADDRESS|Via dei Mille 42, 90139 Palermo]]; cellulare [[PHONE_NUMBER|+39 338 604 1927]]",
    "Студентка [[PERSON|Ксения Воронова]], загранпаспорт [[ID_NUMBER|75 4829163]], британская виза одобрена, e-mail [[EMAIL_ADDRESS|k.voronova@yandex.ru]].",
    "الطالب [[PERSON|يوسف الأمين]] رقم جواز السفر [[ID_NUMBER|R4729183]] يسكن لدى عائلة مضيفة في أكسفورد",
    "นักเรียน [[PERSON|กนกวรรณ ศรีสุข]] หนังสือเดินทาง [[ID_NUMBER|AB7391042]] พักกับครอบครัวอุปถัมภ์ ที่ บริสตอล",
    "Học viên [[PERSON|Trần Minh Khôi]], hộ chiếu [[ID_NUMBER|C9471836]], số điện thoại [[PHONE_NUMBER|+84 912 407 358]], lớp IELTS buổi tối.",
    "Siswa pertukaran [[PERSON|Putri Rahmawati]] tinggal bersama keluarga angkat di Melbourne; paspor [[ID_NUMBER|X2849173]], surel [[EMAIL_ADDRESS|putri.rahma@yahoo.co.id]].",
    "Diák: [[PERSON|Kovács Réka]], útlevélszám [[ID_NUMBER|BK4821937]], fogadócsalád Dublinban, telefon [[PHONE_NUMBER|+36 30 418 2957]].",
    "Udvekslingsstudent [[PERSON|Mads Kjærgaard]] bor hos en værtsfamilie i Denver; kørekortnummer [[ID_NUMBER|28471936]].",
    "Register 14/03: [[PERSON|Ngozi Eze]], present, locker code [[PASSWORD|4417]]",
    'auth.fail user=[[ID_NUMBER|r.kapoor22]] name="[[PERSON|Rohan Kapoor]]" ip=[[IP_ADDRESS|192.0.2.77]] portal=student',
    "Card on file for the homestay deposit: [[PERSON|Felicity Dunmore]], [[CREDIT_CARD|4802 1957 3604 4181]]",
    "[[PERSON|Marcus Oyelaran]] (host dad), SSN [[US_SSN|219-54-8830]], stipend $750 a month",
    "name,email,phone,host town,course\n[[PERSON|Haruto Nishimura]],[[EMAIL_ADDRESS|haruto.nishi@icloud.com]],[[PHONE_NUMBER|080-3917-2246]],Bath,General English",
    "Dear Ms [[PERSON|Abernethy]], your homestay placement is confirmed; please bring passport [[ID_NUMBER|553018472]] to induction. Kind regards, Student Services",
    "integration owner: [[PERSON|Sasha Petrenko]]; homestay-sync key [[API_KEY|hsk_4TzQ8pWm2VxR9bLc7NdY1fGj]]; scope read:placements",
    "Login alert: [[PERSON|Oona Keskinen]] signed in to the host portal from [[IP_ADDRESS|198.51.100.23]] as [[ID_NUMBER|oona.k]].",
    "[[PERSON|Benedetta Rossi]]; host mum; [[EMAIL_ADDRESS|bene.rossi@libero.it]]; [[PHONE_NUMBER|+39 329 517 4082]]; Florence",
    "Visa record: [[PERSON|Aditya Venkataraman]], passport [[ID_NUMBER|Z7381946]], CAS issued, BRP [[ID_NUMBER|ZR6193847]].",
    "Rodzina goszcząca: [[PERSON|Halina Zawadzka]], [[STREET_ADDRESS|ul. Kasztanowa 7/3, 31-416 Kraków]], tel. [[PHONE_NUMBER|+48 512 830 447]]",
    "Ev sahibi: [[PERSON|Nurcan Özdemir]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 6, 34728 Kadıköy/İstanbul]], IBAN [[IBAN_CODE|TR45 0006 4000 0017 2849 3056 17]]",
    "홈스테이 호스트 [[PERSON|박정민]] 이메일 [[EMAIL_ADDRESS|jm.park@naver.com]] 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵로 112, 3층]]",
    "ホストファミリー [[PERSON|高橋 由美子]] 電話 [[PHONE_NUMBER|090-6283-1147]] 住所 [[STREET_ADDRESS|〒650-0012 兵庫県神戸市中央区北長狭通 3-8-21]]",
    "寄宿家庭 联系人 [[PERSON|刘雅婷]] 手机 [[PHONE_NUMBER|+86 138 2074 5519]] 微信号 [[ID_NUMBER|liuyating_88]]",
    "To whom it may concern: [[PERSON|Oluwaseun Balogun]] is enrolled full-time at our school until 19 December. Student number [[ID_NUMBER|STU-2025-04417]].",
    "Late arrivals | 22:47 | [[PERSON|Ciaran Doyle]] | mobile [[PHONE_NUMBER|07700 900914]] | host informed",
    "Emergency contact for [[PERSON|Selin Arslan]]: call [[PHONE_NUMBER|+90 532 418 7206]] (her mother, Turkish only).",
    "Wifi for the annex room, guest [[PERSON|Ikaika Kahananui]]: password [[PASSWORD|ohana-2210]]",
    "Schülerakte: [[PERSON|Lea Sommerfeld]], Reisepass [[ID_NUMBER|C4F7R2K91]], Handy [[PHONE_NUMBER|030 23125 418]]",
    "Élève [[PERSON|Anaïs Tremblay-Gagnon]], courriel [[EMAIL_ADDRESS|anais.tg@videotron.ca]], carte [[CREDIT_CARD|2221 0483 6197 2530]] pour le dépôt.",
    "Alumna: [[PERSON|Ximena Carrasco]] | pasaporte [[ID_NUMBER|G41829374]] | tel. [[PHONE_NUMBER|+52 33 1847 6290]]",
    "A aluna [[PERSON|Júlia Albuquerque]] pagou a matrícula com o cartão [[CREDIT_CARD|4365 8201 9473 5207]]; o recibo foi enviado para [[EMAIL_ADDRESS|julia.albuq@uol.com.br]].",
    "Work authorisation on file for exchange student [[PERSON|Kaan Yıldırım]]: SSN [[US_SSN|651-28-4093]]",
    "Värdfamilj: [[PERSON|Birgitta Holmström]], [[STREET_ADDRESS|Storgatan 18, 252 23 Helsingborg]], e-post [[EMAIL_ADDRESS|b.holmstrom@telia.com]]",
    "Vertsmor [[PERSON|Kari Lunde]] får vertsgodtgjørelsen til konto [[IBAN_CODE|NO71 1503 2748 265]] hver måned.",
    "Isäntäperhe [[PERSON|Pirjo Mäkelä]], tilinumero [[IBAN_CODE|FI34 4771 0527 8946 33]], puhelin [[PHONE_NUMBER|+358 50 392 7148]]",
    "Host: [[PERSON|Declan Moriarty]] | [[STREET_ADDRESS|4 Glenageary Park, Dún Laoghaire, Co. Dublin A96 K2X7]] | IBAN [[IBAN_CODE|IE73 AIBK 9341 8260 5173 94]]",
    "Gastfamilie [[PERSON|Ingeborg Pfeiffer]], [[STREET_ADDRESS|Mariahilfer Straße 88/12, 1070 Wien]], Konto [[IBAN_CODE|AT58 2011 1832 9056 1738]]",
    "Hôtesse : [[PERSON|Séverine Jaquet]], [[IBAN_CODE|CH40 0048 3020 7419 5836 2]], tél. [[PHONE_NUMBER|+41 79 418 26 05]]",
    "Gastgezin [[PERSON|Annelies Van Damme]], rekeningnummer [[IBAN_CODE|BE57 7340 2918 6055]], twee kamers vrij.",
    "Reçu : [[PERSON|Théo Garnier]] a réglé l'hébergement en famille par virement depuis [[IBAN_CODE|FR98 3000 4021 5008 3061 7293 845]].",
    "Profile: [[PERSON|Precious Mahlangu]], age 16, passport [[ID_NUMBER|A09472851]], allergies none, username [[ID_NUMBER|pmahlangu]]",
    "[2025-03-02 21:14] key-safe code reset for host [[PERSON|Geraldine Cusack]]: new code [[PASSWORD|8246]]",
    '{"name": "[[PERSON|Ezekiel Mwangi]]", "phone": "[[PHONE_NUMBER|+254 712 408 396]]", "passport": "[[ID_NUMBER|AK4093817]]"}',
    "[[PERSON|Siosaia Taufa]], driver licence [[ID_NUMBER|EK582914]], approved for student transfers from Auckland Airport.",
    "Pelajar [[PERSON|Nurul Aisyah binti Hamzah]], pasport [[ID_NUMBER|A48219307]], tinggal dengan keluarga angkat di Leeds.",
    "دانشجو [[PERSON|سارا رضایی]] شماره گذرنامه [[ID_NUMBER|P93817264]] اقامت با خانواده میزبان در منچستر",
    "Door code issued 04/02 to [[PERSON|Anders Vik]]: [[PASSWORD|3157]], expires at the end of term.",
    "[[PERSON|Mamadou Diallo]], 17, French passport [[ID_NUMBER|19FV48213]], parent email [[EMAIL_ADDRESS|famille.diallo75@orange.fr]]",
    "Student [[PERSON|Yerlan Abenov]], Kazakh passport [[ID_NUMBER|N12849307]], arrives 12 January",
    "სტუდენტი [[PERSON|ნინო ბერიძე]], პასპორტი [[ID_NUMBER|14BK72938]], მასპინძელი ოჯახი ლონდონში",
    "Homestay agreement signed by [[PERSON|Cheryl Wainwright]], [[STREET_ADDRESS|63 Moorland Road, Sheffield S10 2FJ]], on 6 January 2025.",
    "Airport pickup booked for [[PERSON|Lior Ashkenazi]], mobile [[PHONE_NUMBER|+44 7700 900538]], terminal 5 arrivals, 17:20.",
]

CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that every secondary school should offer a term-long exchange programme.",
    "Compose a short poem about the first night in a host family's spare room.",
    "Imagine you are Phileas Fogg and you take a one-week language course at each stop of your journey. Describe three of those stops.",
    "Explain the difference between a student visa and a visitor visa to someone who has never travelled abroad.",
    "Write a Python function that assigns students to host families given each host's free rooms and each student's dietary needs, and explain the approach.",
    "Role-play as a homestay coordinator answering a nervous parent's questions about curfews and pocket money.",
    "Extract the dates, prices and course names from this paragraph: 'The summer course runs from 7 July to 1 August and costs £2,140; the autumn course runs from 8 September to 12 December and costs £4,600.'",
    "Summarise the main arguments for and against immersion learning compared with classroom grammar teaching.",
    "How did Erasmus of Rotterdam's travels across Europe shape his scholarship?",
    "Draft a blog post listing ten cultural mistakes exchange students often make in British homes, with a light tone.",
    "Write a short scene in which Sherlock Holmes deduces where a student has come from by looking at their luggage at arrivals.",
    "Compare the CEFR levels A1 to C2 in a table, with one example task for each level.",
    "Write a SQL query that lists host families with no placement in the last twelve months, given tables hosts(id, city) and placements(host_id, start_date).",
    "Explain why jet lag usually feels worse after flying east than after flying west.",
    "Give me five icebreaker games for a class of fifteen teenagers from nine different countries.",
    "Rewrite this sentence in a more formal register: 'The school will sort out your room when you get here.'",
    "How might Marco Polo have learned the languages he met on his travels? Give a reasoned guess.",
    "What are the pros and cons of homestays compared with student residences for 16-year-olds?",
    "Translate 'Please take your shoes off at the door' into French, German, Japanese and Spanish.",
    "Write a limerick about a host dad who burns every dinner.",
    "Create a one-week lesson plan for B1 students on talking about the weather.",
    "A language school doubles its summer intake. List the logistical problems it should prepare for and how to handle each.",
    "Explain the Sapir-Whorf hypothesis in plain language with two examples.",
    "Write a short dialogue between Elizabeth Bennet and a modern exchange student about table manners.",
    "A flight lands at 06:40, immigration takes 50 minutes and the drive home takes 1 hour 25 minutes. What time does the student get home? Show your reasoning step by step.",
]

CLEAN_GSM8K = [
    "Kasia's language school charges $210 a week for lessons and $175 a week for a homestay. If she stays for 6 weeks, how much does she pay in total?",
    "A host family gets £165 a week per student. Tomas hosts two students for 9 weeks. How much does he receive?",
    "A minibus holds 14 students. 61 students need an airport pickup on Sunday. How many trips does the minibus need?",
    "Leni's class has 18 students. One third are from Japan, 4 are from Brazil and the rest are from Italy. How many are from Italy?",
    "Ravi buys a bus pass for £42 a month. A single ticket costs £1.75 and he takes 2 buses a day, 22 days a month. How much does the pass save him?",
    "An exchange programme lasts 40 weeks. Mila has finished 28 weeks. What percentage of the programme is left?",
    "A school orders 120 welcome packs. Each pack costs $3.40 to print and $1.10 to post. What is the total cost?",
    "Joaquin sleeps 8 hours a night at his homestay, but on the first three nights jet lag cut his sleep to 5, 6 and 6 hours. How many fewer hours did he sleep in the first week than usual?",
    "A host mum cooks dinner for 5 people every night. Each dinner costs €3.20 per person. How much does she spend on dinners in 4 weeks?",
    "Greta scored 62 on her first test, 71 on the second and 80 on the third. If she keeps improving by the same amount, what will she score on the fifth test?",
    "A taxi from the airport costs $58 plus a 15% tip. Four students share it equally. How much does each pay?",
    "Oskar's course costs €3,600. He pays a 20% deposit and splits the rest into 4 equal payments. How much is each payment?",
    "There are 240 students at a summer school. 45% stay with host families, 35% in the residence and the rest with relatives. How many stay with relatives?",
    "A host family's water bill rose from $84 to $105 after a student moved in. By what percentage did it rise?",
    "Amina reads 12 pages of an English novel on weekdays and 20 pages on each weekend day. How many pages does she read in 3 weeks?",
    "Each classroom has 6 rows of 5 desks. The school has 9 classrooms and 251 students. How many students have no desk?",
    "Pedro changes 500 euros into pounds at 0.85 pounds per euro, then spends 130 pounds on books. How many pounds does he have left?",
    "A trip to Edinburgh costs £38 per student and the coach costs £600 in total. If 30 students go, what is the cost per student?",
    "Yuki's flight leaves at 11:50 and she must be at the airport 3 hours early. The drive takes 1 hour 10 minutes. What time should she leave home?",
    "A host family uses 3 loads of laundry a week before hosting and 5 loads after. Each load costs 60 cents. How much more do they spend in 12 weeks?",
    "Nadia learns 15 new words a day from Monday to Friday and revises on weekends. How many new words does she learn in 8 weeks?",
    "A school gives a 10% discount for courses of 12 weeks or more. A 12-week course costs $240 a week. How much does Farid pay?",
    "Three friends, Ana, Bo and Cai, split a £96 pizza night so that Ana pays twice as much as Bo and Cai pays the same as Bo. How much does Ana pay?",
    "A homestay has a curfew of 22:30. Lukas came home 25 minutes late on Monday and 40 minutes late on Friday. How many minutes late was he in total?",
    "An agency places 18 students in March, 24 in April and twice as many in May as in March. How many students did it place in the three months?",
]

CLEAN_MMLU = [
    "Which CEFR level describes a learner who can understand the main points of clear standard input on familiar matters? A) A1 B) A2 C) B1 D) C2",
    "In English, which of these is a phrasal verb? A) look after B) beautiful C) quickly D) although",
    "Which document usually shows that a student has been accepted on a course for a UK student visa? A) a utility bill B) a Confirmation of Acceptance for Studies C) a library card D) a bank statement",
    "The time difference between London (GMT) and Tokyo (JST) in January is: A) 5 hours B) 7 hours C) 9 hours D) 11 hours",
    "Which language family does Finnish belong to? A) Germanic B) Romance C) Uralic D) Slavic",
    "Culture shock is commonly described as having stages. Which usually comes first? A) adjustment B) honeymoon C) mastery D) frustration",
    "Which of the following is an example of a false friend for Spanish learners of English? A) embarrassed and embarazada B) hospital and hospital C) animal and animal D) radio and radio",
    "Which tense is used in 'By next June, she will have studied English for five years'? A) present perfect B) future perfect C) past perfect D) future continuous",
    "A currency exchange rate of 1.17 US dollars per euro means that 200 euros buy about: A) 171 dollars B) 217 dollars C) 234 dollars D) 260 dollars",
    "Which organisation runs the Erasmus+ programme? A) UNESCO B) the European Union C) NATO D) the World Bank",
    "The IPA symbol /θ/ represents the first sound in: A) then B) think C) sip D) fish",
    "Which of these is a tonal language? A) Mandarin Chinese B) German C) Swahili D) Polish",
    "In sociolinguistics, code-switching means: A) encrypting messages B) alternating between languages in conversation C) learning to program D) changing accent deliberately to deceive",
    "Which of these is most commonly used as a lingua franca in international aviation? A) French B) English C) Russian D) Arabic",
    "The main purpose of a homestay agreement is to: A) set out the rights and duties of host and student B) replace a visa C) register a student with a doctor D) book flights",
    "Which hemisphere has summer in December? A) Northern B) Southern C) Eastern D) Western",
    "Which word is an uncountable noun in English? A) chair B) advice C) student D) suitcase",
    "The 'critical period hypothesis' in language acquisition concerns: A) exam timing B) age and the ease of learning a language C) the length of a lesson D) sleep and memory",
    "Which city is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "A student who scores 6.5 overall in IELTS has taken a test of: A) mathematics B) English proficiency C) driving D) computer skills",
    "Which of these writing systems is an abjad, writing mainly consonants? A) Latin B) Arabic C) Devanagari D) Hangul",
    "In English, 'Could you pass the salt?' is usually an example of: A) a literal question about ability B) an indirect request C) a command in the past D) a rhetorical insult",
    "Which country's official languages include both French and Dutch? A) Switzerland B) Belgium C) Luxembourg D) Canada",
    "The main function of a student union at a college is to: A) issue visas B) represent students' interests C) set exam papers D) collect taxes",
    "Which of these greetings is most formal in German? A) Hallo B) Servus C) Guten Tag D) Moin",
]

CLEAN_HEALTH = [
    "What vaccinations do students usually need before spending a school term abroad?",
    "How long does it normally take the body to adjust to a time difference of eight hours?",
    "What are common signs of homesickness in teenagers, and when should it be treated as depression?",
    "Is it safe to take ibuprofen for a sprained ankle, and for how many days?",
    "What should a travel first-aid kit for a 16-year-old exchange student contain?",
    "How can someone with a severe peanut allergy stay safe when eating meals cooked by others?",
    "What is the difference between a cold and flu, and when should a student see a doctor?",
    "Does changing diet suddenly, for example to lots of bread and dairy, cause stomach problems?",
    "How much sleep do teenagers need, and does poor sleep affect language learning?",
    "What are the symptoms of an asthma attack, and what should bystanders do?",
    "Can anxiety about speaking a foreign language cause physical symptoms like a racing heart?",
    "How should contact lens wearers look after their eyes on long-haul flights?",
    "What are the warning signs of dehydration during a hot summer course?",
    "Is it normal to lose or gain weight in the first months of living abroad?",
    "How do I recognise an allergic reaction to a new pet in a house?",
    "What should someone do if they get food poisoning while travelling?",
    "Are there risks in bringing prescription medicine across borders, and how are they usually managed?",
    "How can students reduce the risk of deep vein thrombosis on a 13-hour flight?",
    "What does a normal resting heart rate look like for a teenager?",
    "How can a person with type 1 diabetes manage insulin across time zones?",
    "What are the first steps after a minor burn from a kitchen stove?",
    "What helps with motion sickness on long coach trips?",
    "When is a headache serious enough to go to an emergency department?",
    "How can homesick students keep a healthy routine during long, dark winters?",
    "Which common cold medicines should not be taken together?",
]


NATIONAL_IDS = {
    "943 276 1584": nhs_ok,  # NHS number
    "612 847 3059": nhs_ok,
    "184620351": bsn_ok,  # Dutch BSN
    "04231705864": pesel_ok,  # Polish PESEL
    "317.842.096-78": cpf_ok,  # Brazilian CPF
    "604.195.738-01": cpf_ok,
    "852.610.473-07": cpf_ok,
    "29518304608": kimlik_ok,  # Turkish kimlik
    "48720193510": kimlik_ok,
    "73920418M": dni_ok,  # Spanish DNI
    "Y6281937F": dni_ok,  # Spanish NIE
    "240605A473V": hetu_ok,  # Finnish henkilötunnus
    "MRNGLI05M52L219P": codice_fiscale_ok,  # Italian codice fiscale
    "SRTDVD04C11F839O": codice_fiscale_ok,
    "320106200608144729": china_id_ok,  # Chinese resident identity card
    "440304200703025811": china_id_ok,
    "T0582734A": nric_ok,  # Singapore NRIC
    "060417-4238511": rrn_ok,  # Korean resident registration number
    "070210-4136279": rrn_ok,
    "385917427": tfn_ok,  # Australian tax file number
    "4172 83658 1": medicare_ok,  # Australian Medicare card
    "5284 7391 0637": my_number_ok,  # Japanese My Number
    "304188257142": my_number_ok,
    "8264150O": pps_ok,  # Irish PPS number
    "2 05 09 75 118 043 11": nir_ok,  # French NIR
    "05.03.21-274.95": belgian_id_ok,  # Belgian national number
    "15060548339": fodselsnummer_ok,  # Norwegian fødselsnummer
    "258419377": nif_ok,  # Portuguese NIF
    "6050617403821": cnp_ok,  # Romanian CNP
    "21.384.907-7": rut_ok,  # Chilean RUT
    "60507124282": isikukood_ok,  # Estonian isikukood
    "210706-2910": kennitala_ok,  # Icelandic kennitala
    "055214/4813": rodne_cislo_ok,  # Czech rodné číslo
    "3829456176": rnokpp_ok,  # Ukrainian RNOKPP
    "58294170367": steuer_id_ok,  # German tax id
    "ZKR4812": nhi_ok,  # New Zealand NHI
    "6387 1429 5031": aadhaar_ok,  # Indian Aadhaar
    "060521-4733": luhn_len(10),  # Swedish personnummer
    "318472057": luhn_len(9),  # Israeli teudat zehut
    "15030521742": luhn_len(11),  # Greek AMKA
    "0506185273089": luhn_len(13),  # South African id
    "276 041 936": luhn_len(9),  # Canadian SIN
    "048 372 916": luhn_len(9),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(31|34|36|39|40|41|46|48|52|64|65|84|86|90|254|353|358|420) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chats, at least 90 chats naming someone and 18 to 22 with a
    secret; each record names exactly one person and holds 1 to 4 other values; 38 to 42
    records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    want = {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    }  # fmt: skip
    if kinds != want:
        raise SystemExit(f"chat: types missing: {sorted(want - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
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
    if not 38 <= national <= 42:
        raise SystemExit(f"records: {national} with a national id")


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
        "blind162", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
