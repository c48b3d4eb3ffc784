# ruff: noqa: E501
"""A hundred-and-twelfth blind privacy set: 220 texts with personal data and 100 clean ones,
on hotels, B&Bs, holiday lets, restaurants, events and catering.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) that staff, owners and guests send to a general
  assistant through a company gateway: drafting texts, e-mails and letters to guests, staff,
  caterers and venues, summarising pasted notes (allergy and access notes, lost property,
  incident and no-show notes), translating, fixing wording, rotas, tip splits, deposits and
  refunds, review replies, GDPR and security questions. The first 30 are typed all in lower
  case (names, e-mails, passwords and codes too, with shorthand and typos); the next 6 are in
  Spanish, French, Brazilian Portuguese, Russian, Japanese and Arabic; the other 84 are in
  ordinary English. Names of many origins, some in Korean, Devanagari, Greek, Thai, Hebrew,
  Cyrillic, Japanese and Arabic script; first names alone, surnames after titles, full
  names, names that are ordinary words (Hope, Juniper, Precious, Blessing), many named in
  passing with no cue word;
* 100 one-person records (4 to 60 words) in the manner of presidio-research's synthetic
  sentences and Nannigalaxy-style records: prose, profile lines, pipe and CSV rows, JSON,
  log lines and short letters, a name (once in two scripts) and one to four other values
  each; some in Chinese, Korean, Vietnamese, Russian, Greek, Japanese, Georgian, Armenian,
  Turkish, Portuguese and French.

Usernames and logins, loyalty, member, staff and employee numbers, bank account numbers,
passports and national ids are ID_NUMBER; PINs, door, gate, alarm, key-safe and lockbox
codes, Wi-Fi keys of private lets and passwords PASSWORD; titles (Mr, Mrs, Ms, Dr, Prof,
Professor, Chef, Madame, Sr) and relation words stay outside PERSON spans; an address span
runs from the first line through the postcode and city as typed; businesses, public and
fictional figures, booking, table, room, invoice and ticket numbers, sort codes and dates of
birth are not labelled; every occurrence of a private value is marked. The 100 clean texts
hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (some naming historical or
fictional people: Poirot, Mrs Beeton, César Ritz, Elizabeth Bennet), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D and 25 health
questions naming no one, most of them on the theme.

While writing, the writer glimpsed the first words of a few of ``build_blind36.py``'s
presidio texts (by mistake) and changed the names of this set that they happened to share.

All values are invented and typed by hand (check digits were worked out on the side); the
builder only checks them: phones from ranges kept for fiction where the country has one
(UK 07700 900, 020 7946 0, 0117/0121/0161 496 0, 029 2018 0; North America 555-01xx;
Australia 0491 570; France 06 39 98; Germany 040 66969) and in each country's own layout
elsewhere, some unseparated; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group
and serial; IPs from documentation ranges; national ids with valid check digits (UK NHS
number, Indian Aadhaar, Dutch BSN, Polish PESEL, Brazilian CPF, Spanish DNI and NIE, Italian
codice fiscale, French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese
NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo,
Ukrainian RNOKPP, German tax id, New Zealand NHI, Chinese resident id, Korean resident
registration number, Singapore NRIC, Japanese My Number, Turkish kimlik, Finnish
henkilötunnus, Australian TFN and Medicare, Canadian SIN, Swedish personnummer, South
African id, Irish PPS number).

Run ``.venv/bin/python bench/data/build_blind112.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Chef|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme|Madame)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # all lower case
    "can u text [[PERSON|shona mcbride]] that her table for 6 moved to 8pm sat? her mob is [[PHONE_NUMBER|07700 900417]]",
    "fix grammar pls: dear mrs [[PERSON|okonkwo]], we was unable to hold room 14 without the deposit, please pay to [[IBAN_CODE|gb13 loyd 3096 2718 4520 93]] by fri",
    "key safe at the cottage is [[PASSWORD|4827]], wifi pw [[PASSWORD|bramble-lane-77]]. write a short welcome note for [[PERSON|tomasz]] and [[PERSON|ewa]] who arrive tmrw around 4",
    "summarise for the morning team: no show on tbl 12 last night, booked under [[PERSON|dev malhotra]] ([[EMAIL_ADDRESS|devm.eats@inboxly.com]]), didnt answer [[PHONE_NUMBER|(415) 555-0162]]. do we charge the £20pp fee or let it go",
    "rota for next wk: [[PERSON|kezia]] mon-wed breakfast, [[PERSON|olu]] thu-sun bar, [[PERSON|marguerite doyle]] split shifts. make it a table pls",
    "translate to polish: hi [[PERSON|agnieszka]], ur login for the staff portal is [[ID_NUMBER|agnieszka.w.kitchen]] and temp password [[PASSWORD|chlebek-77!]] change it on first go",
    "guest left a grey cashmere scarf in rm 9, name on booking [[PERSON|hamish ure]], address [[STREET_ADDRESS|14 kirkgate, cupar ky15 5an]]. draft a lost property email asking if he wants it posted",
    "pls work out the deposit: wedding for [[PERSON|priya]] & [[PERSON|sunil raman]], 120 guests at £68 a head, 25% deposit. her email is [[EMAIL_ADDRESS|priya.raman88@mailbox-uk.org]] so i can send it after",
    "is this ok to send? 'hi [[PERSON|jun]], ur door code for the annexe is [[PASSWORD|1935#]], checkout 10am, pls leave keys on the table'",
    "write a review reply to user [[ID_NUMBER|crumpet_queen_71]] who said the scones were stale, be nice but not grovelling",
    "convert 340 euro deposit to gbp and write a msg to [[PERSON|mireille fontaine]] at [[EMAIL_ADDRESS|m.fontaine@orange-mail.fr]] confirming we got it",
    "whats the best way to store guest allergy notes? eg [[PERSON|callum]] (tbl 4) severe peanut, [[PERSON|bea]] coeliac. we keep it on a clipboard lol",
    "our alarm code is [[PASSWORD|6092]] and i need to give it to the new cleaner [[PERSON|wiktoria]] for sunday, write a note reminding her to reset it after",
    "help me reply to [[PERSON|ahmed al-rashid]] he wants to split the 4 night stay across two cards, 1st is [[CREDIT_CARD|4539 1720 4856 3125]]. can we even do that on the pdq",
    "make this sound professional: yo [[PERSON|benji]] the caterers need ur dietary list by wed, send it to [[PERSON|hattie]] at [[EMAIL_ADDRESS|hattie.lomax@barnmail.co.uk]]",
    "staff no for [[PERSON|rory dunne]] is [[ID_NUMBER|emp-40718]] and ni no [[ID_NUMBER|jt 48 21 93 c]]. write a short reference for [[PERSON|rory]], he was a gd night porter for 2 yrs",
    "translate to spanish for our housekeeper [[PERSON|lucía]]: the guests in the loft asked for extra towels and the gate code changed to [[PASSWORD|2288*]]",
    "calc: [[PERSON|gwen]] paid 150 deposit on a 640 holiday let, cancelled 10 days out, policy is 50% refund of total if >7 days. how much do we owe her? refund goes to acc [[ID_NUMBER|41827305]] sort 30-96-27",
    "fb msg from [[PERSON|dani k]] says she lost a gold hoop earring at the silver wedding party on the 12th, her number [[PHONE_NUMBER|07700900583]]. can u write a reply saying we found one",
    "pls shorten: prof [[PERSON|hiroshi tanaka]] ([[EMAIL_ADDRESS|h.tanaka@kyoto-uni-mail.jp]]) needs step free access & a vegan lunch at the conference, flag to venue asap",
    "login for the booking engine is [[ID_NUMBER|seaview_admin]] / [[PASSWORD|gulls&chips2019]], can u write steps so my son [[PERSON|jordan]] can update the jan prices",
    "draft a text to [[PERSON|marek]]: ur shift swapped w [[PERSON|jasmin]], now fri 5-close. call me on [[PHONE_NUMBER|0161 496 0723]] if probs",
    "hen party booking for 14, lead booker [[PERSON|stacey-ann brooks]], [[PHONE_NUMBER|+44 7700 900836]], wants a 'naughty' cake lol. write a polite confirmation that mentions the £150 damage deposit",
    "tripadvisor reviewer [[ID_NUMBER|wanderlust_pete]] gave us 1 star bc of the bins outside, help me reply. his real name is [[PERSON|peter holloway]], he booked direct",
    "pls check maths: 3 nights x 2 rooms at 95 + breakfast 12pp x 4 ppl x 3. bill to [[PERSON|aisling ní bhriain]], amex [[CREDIT_CARD|3748 291056 37284]]",
    "write msg to our airbnb guests [[PERSON|kofi]] and [[PERSON|ama boateng]]: lockbox [[PASSWORD|0417]], bins tues, quiet after 11 pls",
    "can u make a checklist for our wedding venue open day? the florist is [[PERSON|juniper]] [[PHONE_NUMBER|020 7946 0381]], the cake lady is [[PERSON|mags]]",
    "gdpr q: is it ok to keep [[PERSON|sam o'leary]]'s passport no [[ID_NUMBER|pa7731946]] on file after checkout? we photocopied it at check in",
    "reply in italian to [[PERSON|giuseppina russo]] who wrote 'grazie mille, la camera era bellissima', invite her back for the autumn wine week. email [[EMAIL_ADDRESS|pina.russo@libero-posta.it]]",
    "urgent: someone logged into [[PERSON|ines]]'s till account [[ID_NUMBER|ines.bar]] from [[IP_ADDRESS|192.0.2.41]] at 3am and voided 3 tabs, how do i word the meeting invite without accusing her",
    # six other languages
    "¿Puedes escribir un mensaje para [[PERSON|Rocío Ibáñez]]? Su reserva en la casa rural está confirmada, el código de la caja de llaves es [[PASSWORD|7316]] y la llamaremos al [[PHONE_NUMBER|+34 612 48 90 37]] el día antes.",
    "Peux-tu corriger ce courriel ? « Madame [[PERSON|Bérangère Lemaître]], nous avons bien reçu votre acompte de 300 € pour le mariage. Merci de confirmer le régime sans gluten de vos invités à [[EMAIL_ADDRESS|b.lemaitre@laposte-mail.fr]]. »",
    "Me ajuda a responder o [[PERSON|Thiago Albuquerque]]? Ele quer mudar a data do buffet de formatura e pagar o sinal com o cartão [[CREDIT_CARD|5182 6490 3172 6451]]. O CPF dele é [[ID_NUMBER|573.208.916-03]].",
    "Переведи на английский: «Уважаемая [[PERSON|Ольга Смирнова]], ваш номер забронирован на три ночи. Код от входной двери: [[PASSWORD|8841]]. Если будут вопросы, звоните мне: [[PHONE_NUMBER|+7 916 402 18 77]], [[PERSON|Дмитрий]]».",
    "次のメッセージを英語に訳してください：「[[PERSON|佐藤 恵美]]様、ご予約ありがとうございます。えびアレルギーの件、承りました。確認メールは [[EMAIL_ADDRESS|emi.sato@kaede-net.jp]] にお送りします。」",
    "من فضلك اكتب رسالة شكر إلى [[PERSON|فاطمة الزهراني]] على حجز قاعة الأفراح، ورقم جوالها [[PHONE_NUMBER|+966 55 318 4702]] لإرسالها عبر واتساب.",
    # ordinary English
    "Can you draft a friendly reminder to Mrs [[PERSON|Akinola]] that the balance of £1,240 for the christening lunch is due on Friday? Her email is [[EMAIL_ADDRESS|funmi.akinola@postbox.ng]].",
    "Rewrite our no-show policy so it sounds less aggressive. For context, last Saturday [[PERSON|Gareth Pryce]] booked for 8 and nobody came, and we lost the whole table.",
    "Summarise these allergy notes for the kitchen: Table 3 – [[PERSON|Ingrid Solberg]], tree nuts (EpiPen in bag). Table 7 – [[PERSON|Hamza]], halal only. Table 9 – [[PERSON|Lottie]], lactose intolerant, fine with oat milk.",
    "Please turn this into a polite email: the guest in the Garden Suite, [[PERSON|Victor Ilunga]], broke the shower screen and we want to take £180 from his deposit. Card on the booking: [[CREDIT_CARD|4926081735410279]].",
    "Help me plan seating for a 60-seat wedding breakfast. Bride [[PERSON|Chloe]], groom [[PERSON|Ravi Anand]]; [[PERSON|Chloe]]'s parents are divorced and shouldn't sit together.",
    "I run a two-room B&B. Is it legal to ask guests for their passport numbers? Last night [[PERSON|Jürgen Haas]] gave me [[ID_NUMBER|C4R7J92LM]] and I wrote it in the visitors' book.",
    "Write a short text: 'Hi [[PERSON|Bronwyn]], the gate code for the glamping field is [[PASSWORD|3914]] and the shower block is [[PASSWORD|5806]]. Enjoy!'",
    "Translate into German: 'Dear Mr [[PERSON|Vogel]], your airport transfer is booked for 06:30. The driver's mobile is [[PHONE_NUMBER|+49 40 66969 214]].'",
    "Can you calculate the tip split? Total tips £842. Hours: [[PERSON|Nadia]] 32, [[PERSON|Kojo]] 28, [[PERSON|Flo]] 40, [[PERSON|Sebastián]] 16.",
    "Our registration system printed the wrong badge. Delegate Dr [[PERSON|Anjali Mehrotra]] ([[EMAIL_ADDRESS|a.mehrotra@cardio-assoc.in]]) got one that says [[PERSON|Anjali Mehta]]. Draft an apology.",
    "I keep forgetting to change the key-safe code between guests. It's currently [[PASSWORD|7702]]. Can you give me a simple system for rotating it?",
    "Reply to this review from [[PERSON|Kenji Watanabe]]: 'Lovely ryokan-style room but the breakfast was cold.' Keep it under 80 words and offer 10% off a return visit.",
    "Please proofread: 'Further to our call, I confirm [[PERSON|Lorna Birtwistle]] (employee no. [[ID_NUMBER|48213]]) will cover the events manager role from 3 March. Her pay goes to account [[ID_NUMBER|63019482]], sort code 20-45-77.'",
    "Write a WhatsApp message to the caterer, [[PERSON|Deepa]], saying final numbers for Saturday are 84 adults, 12 kids, 5 vegan and 2 nut-free. Her number is [[PHONE_NUMBER|+91 98204 51736]].",
    "What's 17.5% of £3,960? It's the service charge on [[PERSON|Grace Whitfield]]'s retirement dinner and I need to invoice her at [[STREET_ADDRESS|Flat 2, 9 Albany Terrace, Harrogate HG1 4QR]].",
    "I think a guest used a stolen card. The booking came from [[IP_ADDRESS|198.51.100.77]] with card [[CREDIT_CARD|5520 3718 4960 2318]] under the name [[PERSON|Carla Mendes]], but the ID she showed said [[PERSON|Carla Ferreira]]. What should I do?",
    "Make this rota fairer: Mon–Fri breakfasts [[PERSON|Wang Lei]], weekends [[PERSON|Siobhán]], dinners [[PERSON|Hope]] every night. [[PERSON|Hope]] is getting burned out.",
    "Our registration card says [[PERSON|김서윤]] but her passport reads [[PERSON|Kim Seo-yoon]], passport number [[ID_NUMBER|M48271936]]. Which version should go on the invoice?",
    "Draft an email to the venue coordinator [[PERSON|Marisol Ortega]] ([[EMAIL_ADDRESS|marisol.ortega@haciendabrisas.mx]]) asking if the courtyard has step-free access for my uncle's wheelchair.",
    "How do I politely ask [[PERSON|Trevor]] to stop giving his staff discount PIN ([[PASSWORD|8816]]) to his mates at the bar?",
    "Can you put this in a table? Lost property: 14/6 black iPhone, room 21, [[PERSON|Nkechi Obi]], [[PHONE_NUMBER|07700 900254]]; 15/6 teddy bear, dining room, the [[PERSON|Larsen]] family; 16/6 reading glasses, bar, no name.",
    "Write a deposit request for a holiday let: guest [[PERSON|Aoife Gallagher]], 7 nights, £1,050, 30% now. Pay to IBAN [[IBAN_CODE|IE74 BOFI 9058 3812 6390 47]] with her surname as reference.",
    "Our Mailchimp API key [[API_KEY|4f9c2e71b8a04d6e93f15ac08d7b2e64-us21]] stopped working after [[PERSON|Lewis]] changed something in the settings. What's the usual fix?",
    "Help me write a complaint to the hotel: I stayed at the Harbour View in Liverpool and my card [[CREDIT_CARD|4023 7165 9014 8256]] was charged twice. The booking was in my name, [[PERSON|Ellen Marsh]].",
    "Give me ideas for a 40th birthday dinner menu for [[PERSON|Benedikt]], who's pescatarian and hates coriander.",
    "Convert these to a CSV for the door list: [[PERSON|Ayşe Demir]] +1, [[PERSON|Tobias Lindqvist]], [[PERSON|Mei Ling Chow]] +2, [[PERSON|Fergus]] (VIP).",
    "Check my Spanish please: 'Estimado Sr. [[PERSON|Galindo]], el depósito no es reembolsable, pero le devolvemos la fianza a la cuenta [[IBAN_CODE|ES57 0182 2057 3102 0163 8492]].' His DNI for the guest register is [[ID_NUMBER|39517284H]].",
    "Is it OK to store a guest's SSN? A US corporate client, [[PERSON|Dwayne Fletcher]], sent [[US_SSN|412-67-3095]] for the tax-exempt form.",
    "A Belgian guest, Mr [[PERSON|Peeters]], typed his national number [[ID_NUMBER|85.07.12-123.90]] and his mobile [[PHONE_NUMBER|+32 470 18 42 63]] into the special requests box. Do we have to delete it?",
    "Please summarise this complaint: 'My name is [[PERSON|Harriet Osgood]]. I booked the Bluebell Room for our anniversary and found someone else's lost property in the drawer. Contact me on [[PHONE_NUMBER|0117 496 0582]].'",
    "I manage a beach house rental. The alarm code is [[PASSWORD|4471]] and the garage is [[PASSWORD|9023]]. Write check-in instructions for [[PERSON|Jacqueline]] and [[PERSON|Rob Tremblay]], arriving Thursday.",
    "Translate to French: 'Your gîte booking under the name [[PERSON|Lambert]] is confirmed. The balance of €560 is due to [[IBAN_CODE|FR36 3000 4028 3700 0173 9462 K85]] by 1 July.'",
    "Need help with a rota spreadsheet formula. Staff IDs are in column A (like [[ID_NUMBER|ST-2291]] for [[PERSON|Paulo]]) and hours in column B.",
    "Our developer [[PERSON|Priyanka]] left the Google Maps key [[API_KEY|AIzaSyD4k9Qm2Xr7Lp0Tb3Wn8Ve5Hc1Jf6Gz2]] in the venue website's source. Is that a problem, and how do we restrict it?",
    "Write a thank-you note to Chef [[PERSON|Ikenna Eze]] for catering the school prom. Cc his assistant [[PERSON|Blessing]] at [[EMAIL_ADDRESS|blessing.k@ezeeats.com.ng]].",
    "Please tidy up this access note: 'Guest [[PERSON|Mohammed Siddiqui]] uses a powerchair, needs a ground-floor room and accessible parking. His wife [[PERSON|Rukhsana]] will call ahead on [[PHONE_NUMBER|07700 900691]].'",
    "I'm a wedding planner. The couple, [[PERSON|Yuki]] and [[PERSON|Dominic Reyes]], want a tea ceremony and a ceilidh on the same day. Can you sketch a timeline?",
    "We got a chargeback from [[PERSON|Stefan Novak]] on card [[CREDIT_CARD|2223 0047 1859 3626]] claiming he never stayed. We have his signature and the key-card log. Draft a response to the bank.",
    "Can you fix the tone: 'Dear [[PERSON|Beverley]], as per my last email the function room is NOT available on the 14th.'",
    "Our PMS login is [[ID_NUMBER|frontdesk2]] and the password is [[PASSWORD|Kipper#Harbour88]]. The night auditor, [[PERSON|Ollie]], is locked out. What's the safest way to share access?",
    "Plan a 3-day conference programme for 150 delegates. Keynote: Professor [[PERSON|Adaeze Nwosu]]; she needs a lectern mic and arrives by train on day 1.",
    "Help me word an email to [[PERSON|Luca]] and [[PERSON|Francesca Bianchi]] asking for their codice fiscale for the Italian invoice. [[PERSON|Francesca]] already sent hers: [[ID_NUMBER|RSSGNN88M47L219Z]].",
    "We need a 10-question allergen quiz for staff. Make one question about [[PERSON|Rhiannon]], our pastry chef, who is allergic to sesame herself.",
    "Calculate how much to refund [[PERSON|Hemi Parata]]: paid NZ$900 for 3 nights at the lodge, left after 1 for a family emergency; we refund unused nights minus 10%. Bank account [[ID_NUMBER|12-3191-0482736-00]].",
    "Write a job ad for a night porter. Applications to [[PERSON|Gillian Marr]], [[EMAIL_ADDRESS|gillian.marr@stonehaven-hotel.co.uk]], by the end of the month.",
    "I'm writing to our insurer about a slip in the restaurant. The injured guest is [[PERSON|Dolores Fairweather]] of [[STREET_ADDRESS|22 Lime Grove, Knutsford WA16 0PL]]. Keep it factual and short.",
    "How much should I charge for corkage? Also, [[PERSON|Noor]] from the Friday supper club asked if she can bring her own birthday cake.",
    "Please convert this guest list to JSON: [[PERSON|Aleksander Nowak]], [[EMAIL_ADDRESS|a.nowak@pocztex-mail.pl]]; [[PERSON|Fiona Tait]], [[EMAIL_ADDRESS|fiona.tait@clydemail.co.uk]]; [[PERSON|Ye-jin Park]], [[EMAIL_ADDRESS|yejin.park@hanmail-box.kr]].",
    "A guest, [[PERSON|Maxim]], keeps getting kicked off our Wi-Fi portal. His laptop shows the address [[IP_ADDRESS|203.0.113.58]]. How do I whitelist it?",
    "Our booking site API key leaked in a screenshot: [[API_KEY|bk_live_7Hq2Lm9xVr4TzP0sWc8NdE5a]]. [[PERSON|Craig]] posted it in the staff group chat. What do we rotate first?",
    "Write a short speech for my parents' ruby wedding at the Old Mill. Mention Mum's best friend [[PERSON|Paulette]], who did the flowers, and the chef, [[PERSON|Marco]].",
    "Is this enough notice? I told [[PERSON|Zanele Dube]] on Monday that her Thursday shift at the guesthouse is cancelled. She's on a zero-hours contract.",
    "Draft a reply to a B&B enquiry from [[PERSON|Horst]] and [[PERSON|Gisela Brandt]] ([[EMAIL_ADDRESS|brandt.horst@t-netz.de]]), who want a dog-friendly room for a week in May.",
    "Please write a welcome card in English and Hindi for [[PERSON|अनन्या शर्मा]] and [[PERSON|Rahul Sharma]], who are staying in the honeymoon suite.",
    "Can you work out the VAT on a £4,800 conference package? Invoice to [[PERSON|Thandiwe Mokoena]], [[STREET_ADDRESS|41 Jan Smuts Avenue, Parktown, Johannesburg 2193]].",
    "Shorten this for a text: 'Hi [[PERSON|Imogen]], we tried to refund your £200 deposit to account [[ID_NUMBER|73390412]] and it bounced. Could you check the number?'",
    "Give me a polite script for calling guests who haven't confirmed. First one is [[PERSON|Bartholomew]] on [[PHONE_NUMBER|6175550134]].",
    "[[PERSON|Ciara]] wants the wedding fair stall rota by Friday. [[PERSON|Tom]] and [[PERSON|Precious]] can do mornings, [[PERSON|Ifeoma]] afternoons. Write it up as a table.",
    "Please draft a subject access response for [[PERSON|Malcolm Greer]], who asked for all the data we hold on him, including his loyalty number [[ID_NUMBER|GRW-558102]] and CCTV.",
    "What's an appropriate goodwill gesture? [[PERSON|Leilani Kahale]] found a hair in her soup at the wedding tasting.",
    "Write a thank-you email to [[PERSON|Νίκος Αλεξίου]], who hosted our team at his taverna in Chania. His email is [[EMAIL_ADDRESS|nikos.alexiou@kriti-mail.gr]].",
    "Help me rephrase: 'We've noticed that [[ID_NUMBER|GlampQueen_Jo]] has posted three fake reviews. We believe this is our former employee [[PERSON|Joanne Pike]].'",
    "Work out a cleaning rota for 6 holiday cottages with 3 cleaners: [[PERSON|Dorota]], [[PERSON|Shirley]] and [[PERSON|Abdi]]. Changeovers are Friday and Saturday.",
    "The Airbnb guest, [[PERSON|Rajesh]], says the smart lock code [[PASSWORD|902617]] isn't working and he's standing outside in the rain. Quick calm reply please.",
    "Turn these notes into a formal incident report: Guest [[PERSON|Conor Phelan]], room 12, fell on the stairs at 23:40. Witness: [[PERSON|Magda]] from the bar. Guest's mobile [[PHONE_NUMBER|+353 87 412 6683]]. No ambulance needed.",
    "Draft a message to our chef [[PERSON|สมชาย ใจดี]] ([[PERSON|Somchai]]) asking him to make a gluten-free pad thai for Saturday's corporate lunch.",
    "Please check my maths on the hen weekend: 11 people, £1,375 for the house, £40 each for the cocktail class, and [[PERSON|Kayleigh]] already paid the £300 deposit. What does each person owe her?",
    "I need a wedding contract clause about no-shows at the evening buffet. The couple are [[PERSON|Natasha Ivanova]] and [[PERSON|Kieran Lowe]], and they've paid a £2,000 deposit.",
    "Write up an accident form: kitchen porter [[PERSON|Oyelaran Bello]] burned his hand on the fryer at 19:10, NHS number [[ID_NUMBER|401 223 9074]], first aid given by [[PERSON|Sue]].",
    "Our door entry log shows the back gate opened with code [[PASSWORD|3307]] at 2am. Only [[PERSON|Mick]] and [[PERSON|Janette]] know it. How should I raise this?",
    "Turn this into a polite reminder: Mr [[PERSON|Hollis]], your key card must be returned by 11:00 or a £15 charge applies. Send to [[EMAIL_ADDRESS|a.hollis1962@greenwave-net.com]].",
    "Help me with a letter about tips for our waiter [[PERSON|Florin Popescu]]: his NI number is [[ID_NUMBER|SN 73 05 28 B]] and his Romanian CNP is [[ID_NUMBER|1890312401236]].",
    "My B&B's booking form is being spammed. The requests all come from [[IP_ADDRESS|2001:db8:4a1c::17]] with the name [[PERSON|Gary Smith]] and [[EMAIL_ADDRESS|garysmith.booker@quickmail.win]]. Can I block them?",
    "Make an alphabetical guest list with dietary needs: [[PERSON|Zhang Wei]] – vegetarian; [[PERSON|Olamide]] – no pork; [[PERSON|Björn Ekström]] – shellfish allergy; [[PERSON|Rosalind]] – none.",
    "Write a formal letter to Pinewood Linen disputing invoice 5531. Sign it from me, [[PERSON|Hamid Karimi]], Operations Manager, [[PHONE_NUMBER|020 7946 0917]].",
    "Our wedding venue needs a rain plan for the lawn ceremony. Also remind me to ring the photographer, [[PERSON|Saskia]], on [[PHONE_NUMBER|+31 6 4827 1930]].",
    "Draft a reply to [[PERSON|Petra Horváthová]]: our booking form asked for her rodné číslo by mistake, she typed [[ID_NUMBER|9056124319]], and we have now deleted it.",
    "Our Reykjavík guesthouse form asks for a kennitala. [[PERSON|Sigrún Jónsdóttir]] entered [[ID_NUMBER|120386-0269]]; is that enough to invoice her, or do we need her address too?",
    "Make a badge list in the format Name | Company: [[PERSON|Rafael Quispe]] | Andes Foods, [[PERSON|Oksana Kovalenko]] | Kyiv Digital, [[PERSON|Ngozi Eze]] | Lagos Events Co.",
    "A guest wants an invoice with her tax details. She's [[PERSON|Leonie Baumann]], [[STREET_ADDRESS|Hohenzollernstraße 18, 80801 München]], Steuer-ID [[ID_NUMBER|57291638408]]. Draft it for me.",
    "We run a food truck at festivals. Write a message to [[PERSON|Tiago]], our new hire, with his till login [[ID_NUMBER|tiago.ft]] and starter PIN [[PASSWORD|4152]], telling him to change the PIN today.",
    "Summarise these guest comments for the owner: 'Room was spotless' ([[PERSON|Anneliese]]), 'Breakfast too late' (Mr [[PERSON|Dube]]), 'Parking a nightmare' ([[PERSON|Ruth]]).",
    "Can you find kosher catering near Manchester? It's booked under [[PERSON|עמית לוי]] ([[PERSON|Amit Levi]]), [[EMAIL_ADDRESS|amit.levi@zahav-mail.co.il]].",
    "Draft a letter ending the contract of bar manager [[PERSON|Desmond Achterberg]] (staff no. [[ID_NUMBER|HB-0092]]) after the stock discrepancy. Post it to [[STREET_ADDRESS|Van Woustraat 141-2, 1074 AL Amsterdam]]; his BSN is [[ID_NUMBER|318704523]].",
]

# 100 one-person records in the manner of presidio-research sentences and Nannigalaxy rows.
RECORDS = [
    "Guest [[PERSON|Maribel Quintero]] checked in to room 204 and gave [[PHONE_NUMBER|+52 55 4817 2093]] as her mobile.",
    "name: [[PERSON|Oskar Lindgren]] | loyalty: [[ID_NUMBER|NRD-4410927]] | email: [[EMAIL_ADDRESS|oskar.lindgren@fjordpost.se]] | diet: vegetarian",
    '{"guest": "[[PERSON|Abena Owusu]]", "phone": "[[PHONE_NUMBER|+233 24 481 7720]]", "room": "12B", "nights": 3}',
    "2024-05-11 22:41:07 LOGIN OK user=[[ID_NUMBER|r.anyanwu]] src=[[IP_ADDRESS|192.0.2.118]] terminal=FOH-2 name=[[PERSON|Ruth Anyanwu]]",
    "Dear Mr. [[PERSON|Pellegrini]], we confirm the Terrace Room for the christening lunch on 8 June and will call you on [[PHONE_NUMBER|+39 347 218 6604]] the week before.",
    "[[PERSON|Haruto Nakamura]], 34, booked the Sakura Suite with card [[CREDIT_CARD|3569 0471 8236 0543]] and asked for a late checkout.",
    "Staff record – [[PERSON|Precious Mahlangu]], employee number [[ID_NUMBER|E-30517]], SA ID [[ID_NUMBER|9205045173081]], role: commis chef.",
    "Lost property: navy trench coat, table 6. Owner [[PERSON|Isadora Klein]] rang from [[PHONE_NUMBER|(312) 555-0187]] and will collect it on Friday.",
    "[[PERSON|Tariq Mahmood]],[[EMAIL_ADDRESS|tariq.mahmood@indus-mail.pk]],[[PHONE_NUMBER|+92 300 4172 689]],halal,table 4",
    "Deposit received from [[PERSON|Hannelore Fischer]] for the Christmas party: €450 from IBAN [[IBAN_CODE|DE35 5001 0517 0948 2637 1540]].",
    "The one-star review was posted by [[ID_NUMBER|foodie_in_leeds]] ([[PERSON|Amara Nwachukwu]]) from [[IP_ADDRESS|198.51.100.203]] on 2 March.",
    "My name is [[PERSON|Colm Ó Briain]], I'm staying at the lodge until Sunday, and my PPS number is [[ID_NUMBER|3481726M]] for my employer's invoice.",
    "Wedding enquiry – [[PERSON|Léa Rousseau]], [[STREET_ADDRESS|17 rue des Tanneurs, 67000 Strasbourg]], [[PHONE_NUMBER|06 39 98 41 07]], 90 guests, September.",
    "Please charge the no-show fee to [[PERSON|Brandon Kowalczyk]]'s card, [[CREDIT_CARD|6011 7402 9385 6121]].",
    "Conference delegate Dr [[PERSON|Meera Pillai]], Aadhaar [[ID_NUMBER|3958 2716 4405]], mobile [[PHONE_NUMBER|+91 99401 28375]], needs wheelchair access.",
    "[[PERSON|王芳]] 预订了两晚的家庭房，联系电话 [[PHONE_NUMBER|+86 139 1027 4583]]，需要一张婴儿床。",
    "Night porter log 03:12 – guest [[PERSON|Lucas Ferreira]] locked out of room 15, checked against passport [[ID_NUMBER|FT920417]] and let in.",
    "Employee: [[PERSON|Jolene Harper]]; SSN: [[US_SSN|521-48-3076]]; position: banquet server; start date: 04/14.",
    "Holiday let guest [[PERSON|Ben Ashworth]], key safe code [[PASSWORD|6158]], arriving 3pm on Saturday.",
    "[[PERSON|Kateryna Bondarenko]] – housekeeping – RNOKPP [[ID_NUMBER|3145287090]] – IBAN [[IBAN_CODE|PL66 1050 2618 0000 0092 0473 6158 20]]",
    "[[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|T0382614C]], [[PHONE_NUMBER|+65 9123 4870]], booked the rooftop bar for 30 on Friday.",
    "Hi, this is [[PERSON|Mandla]], I think I left my wallet at your hotel bar last night. Please call me on [[PHONE_NUMBER|+27 82 417 3390]].",
    '{"member_id": "[[ID_NUMBER|CLB-00981734]]", "name": "[[PERSON|Valentina Marchesi]]", "tier": "gold", "email": "[[EMAIL_ADDRESS|vale.marchesi@postaitalia-mail.it]]", "iban": "[[IBAN_CODE|IT35 X030 6909 6061 0000 0418 273]]"}',
    "Access note: [[PERSON|Elspeth Munro]] is deaf and prefers a text to [[PHONE_NUMBER|07700 900128]] rather than a call.",
    "[[PERSON|김민준]] 고객님, 예약 확인 메일을 [[EMAIL_ADDRESS|minjun.kim@hanbit-mail.kr]] 로 보내 드렸습니다.",
    "2023-11-02T19:04:55Z booking.created guest=[[PERSON|Ethan Caldwell]] email=[[EMAIL_ADDRESS|ecaldwell@ridgeway-mail.com]] ip=[[IP_ADDRESS|203.0.113.91]]",
    "Catering invoice to [[PERSON|Winifred Ogunbiyi]], [[STREET_ADDRESS|8 Cherry Tree Close, Solihull B91 3JX]], for £1,860.",
    "Gate code for [[PERSON|Pádraig Keane]]'s cabin: [[PASSWORD|77#19]]",
    "Rota swap approved: [[PERSON|Yasmin Haddad]] (staff ID [[ID_NUMBER|TRV-2046]]) now works Sunday lunch instead of Saturday.",
    "[[PERSON|Sofía Castillo]] paid the quinceañera venue deposit with card [[CREDIT_CARD|4147 2039 6158 4071]]; receipt sent to [[EMAIL_ADDRESS|sofi.castillo@correomx.com.mx]].",
    "Name: [[PERSON|Arjun Venkataraman]]\nCompany: Tessellate Analytics\nMobile: [[PHONE_NUMBER|+91 98451 20736]]\nAadhaar: [[ID_NUMBER|2617 5093 8419]]\nDietary: Jain",
    "Complaint from [[PERSON|Doreen Blackwood]] of [[STREET_ADDRESS|3 Station Road, Llandudno LL30 2PN]]: the sea-view room faced the car park.",
    "[[PERSON|Ольга Кузнецова]], паспорт [[ID_NUMBER|4517 820394]], заезд 12.07, выезд 15.07.",
    "Payroll: [[PERSON|Marcus Oduya]], account [[ID_NUMBER|41093728]], sort code 40-11-62, net £1,482.30.",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49003152747]], booked the old-town apartment in Tallinn; confirmation sent to [[EMAIL_ADDRESS|kadri.tamm@posti-ee.ee]].",
    "[[PERSON|Takeshi Mori]] | kitchen porter | My Number [[ID_NUMBER|5182 3906 4727]] | [[EMAIL_ADDRESS|t.mori@shizuoka-net.jp]]",
    "No-show: [[PERSON|Dylan Roberts]], [[PHONE_NUMBER|029 2018 0455]], party of 10, £100 fee charged.",
    "The best man, [[PERSON|Aziz Rahimi]], can be reached on [[PHONE_NUMBER|+44 7700 900372]] about the speech timings.",
    "[[PERSON|Sindre Nilsen]], fødselsnummer [[ID_NUMBER|12068947365]], booked the fjord cabin for 5 nights and pays from [[IBAN_CODE|NO72 1503 7261 948]].",
    "Hello, I'm [[PERSON|Chiamaka]] and my account on your booking app is [[ID_NUMBER|chiamaka_o]]; please reset my password.",
    "Ordering API key issued to [[PERSON|Simone Verhoeven]] for the caterer's system: [[API_KEY|cat_sk_2vN8pQ4rT6wX1yZ3bC5dF7gH]]",
    "[[PERSON|Nguyễn Thị Lan]] đặt tiệc cưới 200 khách, số điện thoại [[PHONE_NUMBER|+84 912 348 706]].",
    "Guest registration: [[PERSON|Krzysztof Wiśniewski]], PESEL [[ID_NUMBER|92031476859]], room 7, two nights.",
    "[[PERSON|Ramón]] (sous chef) – PIN for the walk-in freezer log: [[PASSWORD|2864]]",
    "[[PERSON|박지은]] 님, 주민등록번호 [[ID_NUMBER|930705-2081341]], 웨딩홀 상담 예약 10월 12일 오후 2시.",
    "Ticket #5531 – guest [[PERSON|Samir Benali]] says the Wi-Fi login keeps failing from [[IP_ADDRESS|192.0.2.207]].",
    "Dear [[PERSON|Chinonso]], your $250 deposit for the rooftop dinner has been refunded to card [[CREDIT_CARD|5309 1628 4701 9358]].",
    "[[PERSON|Hélène Marchetti]], NIR [[ID_NUMBER|2 87 06 75 123 456 38]], réservation du gîte pour août.",
    "Ski chalet owner [[PERSON|Lukas Gruber]], [[STREET_ADDRESS|Dorfstraße 12, 6561 Ischgl]], wants payouts to [[IBAN_CODE|AT37 2011 1829 4736 2051]].",
    "Caterer's note: [[PERSON|Sunita]] at [[STREET_ADDRESS|27 Belgrave Road, Leicester LE4 6AR]] wants 40 samosas for Diwali, paid in cash.",
    "[[PERSON|Joaquín Ferrer]],[[ID_NUMBER|Y4072913H]],[[PHONE_NUMBER|+34 655 017 482]],check-in 14:00",
    "I'm [[PERSON|Lydia Castellanos]], a conference speaker, and my SSN is [[US_SSN|358-20-9147]] for the fee paperwork.",
    "Member [[PERSON|Rupert Fanshawe]] (no. [[ID_NUMBER|88127]]) reserved the private dining room for the club's annual dinner.",
    "Lost: wedding ring, left in the spa changing room by [[PERSON|Kaveh Tehrani]], [[EMAIL_ADDRESS|kaveh.tehrani@parsmail.ir]].",
    "[[PERSON|Mia Hoffmann]] is allergic to celery and mustard; send the menu to [[EMAIL_ADDRESS|mia.hoffmann@wolke-mail.de]].",
    "The villa in Lagos was rented by [[PERSON|Duarte Sampaio]], NIF [[ID_NUMBER|256184321]], IBAN [[IBAN_CODE|PT08 0035 0721 0006 4829 1736 1]].",
    "Username [[ID_NUMBER|chef_mags]] belongs to [[PERSON|Margaret Ennis]] and was locked after three failed logins.",
    "[[PERSON|Στέλιος Παπαδόπουλος]], τηλέφωνο [[PHONE_NUMBER|+30 694 172 3085]], IBAN [[IBAN_CODE|GR03 0172 0380 0050 8273 6149 20]], κράτηση για δύο νύχτες.",
    "Dietary form – Name: [[PERSON|Hugo Lefèvre]] – Allergies: sesame – Mobile: [[PHONE_NUMBER|+33 6 39 98 72 14]]",
    "Holiday let owner [[PERSON|Femke de Groot]] wants payouts to [[IBAN_CODE|NL18 RABO 0318 7264 05]] from now on.",
    "[[PERSON|Obinna Okeke]] applied for the sommelier job; email [[EMAIL_ADDRESS|obinna.okeke@afromail.ng]], phone [[PHONE_NUMBER|+234 803 417 2958]].",
    "Spa booking for [[PERSON|Camila Rojas]], RUT [[ID_NUMBER|16.482.759-3]], hot stone massage at 16:00.",
    "[[PERSON|Liam O'Connor]] left his laptop in the conference room; the sticker on it reads [[ID_NUMBER|loconnor]] / [[PASSWORD|Galway2Dublin!]]",
    "Allergy alert: [[PERSON|Florence Adjei]], table 14, anaphylaxis to shellfish, NHS no. [[ID_NUMBER|612 089 3474]]. Contact [[PHONE_NUMBER|07700 900963]].",
    "The spa gift voucher was bought by [[PERSON|Ronan Fitzgerald]] with card [[CREDIT_CARD|3471 620594 81721]].",
    "Guest [[PERSON|Anneke Visser]], BSN [[ID_NUMBER|309105481]], mobile [[PHONE_NUMBER|+31 6 2194 8057]], needs a cot in room 3.",
    "[[PERSON|陈美玲]]，身份证号 [[ID_NUMBER|110105198709234621]]，入住日期 3月8日，退房 3月10日。",
    "Contractor access: [[PERSON|Dale Pritchard]], alarm code [[PASSWORD|5047]], valid until the refurbishment ends.",
    "[[PERSON|Eero Virtanen]] | HETU [[ID_NUMBER|240791-318V]] | sauna cabin 3 | [[EMAIL_ADDRESS|eero.virtanen@saimaa-posti.fi]] | [[IBAN_CODE|FI46 4055 7720 0318 46]]",
    "Booker: [[PERSON|Sadia Hussain]]; Phone: [[PHONE_NUMBER|0121 496 0733]]; Party: 22; Event: nikkah reception.",
    "2024-08-19 07:55 ROTA_UPDATE user=[[ID_NUMBER|mgr.kowalski]] ([[PERSON|Jakub Kowalski]]) moved to late shift",
    "Mr [[PERSON|Abernethy]] asked us to post his umbrella to [[STREET_ADDRESS|5 Heriot Row, Edinburgh EH3 6HU]].",
    "[[PERSON|Shreya Kulkarni]] – Aadhaar [[ID_NUMBER|6204 8173 9522]] – homestay guest, Pune, two weeks.",
    "Please refund €120 to [[PERSON|Nathalie Favre]], IBAN [[IBAN_CODE|CH82 0023 8234 1872 0591 A]], for the cancelled fondue evening.",
    "[[PERSON|Siddharth Rao]] reviews as [[ID_NUMBER|sid_eats_out]] and called our biryani the best in Hyderabad.",
    "[[PERSON|Teodora Ilić]], staff no. [[ID_NUMBER|00713]], back door code [[PASSWORD|8320]], starts Monday on breakfasts.",
    "The wedding planner, [[PERSON|Imani Wanjiru]], confirmed on [[PHONE_NUMBER|+254 722 481 306]] that the marquee arrives Thursday.",
    "[[PERSON|Gustavo Lima]], CPF [[ID_NUMBER|084.731.265-80]], pagou o sinal do salão de festas.",
    '{"name": "[[PERSON|Henrik Lindholm]]", "personnummer": "[[ID_NUMBER|880917-3613]]", "room": 402, "iban": "[[IBAN_CODE|SE89 8000 0832 4170 5926 183]]"}',
    "[[PERSON|Parveen Akhtar]] asked for a prayer room during the conference; contact [[EMAIL_ADDRESS|parveen.akhtar@lancs-mail.co.uk]].",
    "Door log: code [[PASSWORD|1290]] used by [[PERSON|Kieran Doherty]] at 01:14, 01:20 and 01:31.",
    "[[PERSON|Matilda Rhodes]], NHS no. [[ID_NUMBER|943 476 5811]], collapsed at the wedding reception; ambulance called at 21:05.",
    "Wedding couple contact: [[PERSON|Santiago Herrera]], [[STREET_ADDRESS|Carrera 7 # 72-41, Bogotá]], [[PHONE_NUMBER|+57 310 482 7165]].",
    "Tax form: [[PERSON|Jessica Nguyen]], SSN [[US_SSN|604-31-8275]], seasonal server, Cape Cod.",
    "[[PERSON|山本 大輔]]様 ご予約番号 A-2210 電話 [[PHONE_NUMBER|090-4183-2765]]",
    "Staff login [[ID_NUMBER|hk_shanice]] for [[PERSON|Shanice Powell]] was reset; temporary password [[PASSWORD|Linen-Cart-42]].",
    "[[PERSON|Ahmad Faizal]], NRIC [[ID_NUMBER|S9318274Z]], checked out of the Marina Suite at 11:02.",
    "Hi, it's [[PERSON|Bongani]] from table 9 – you still have my debit card, [[CREDIT_CARD|6763 0194 8205 7167]], behind the bar.",
    "Key holder: [[PERSON|Wilhelmina Baxter]], [[STREET_ADDRESS|Rose Cottage, Church Lane, Burford OX18 4RY]], [[PHONE_NUMBER|07700900745]]",
    "[[PERSON|Tevita Fifita]] booked the hall for a 21st and gave NHI [[ID_NUMBER|ZAC4179]] on the first-aid form.",
    "Name in passport: [[PERSON|ნინო ბერიძე]] ([[PERSON|Nino Beridze]]), passport no. [[ID_NUMBER|13AB48271]], arrival 22:00.",
    "[[PERSON|Zeynep Aydın]], TC kimlik [[ID_NUMBER|48610374586]], otel rezervasyonu üç gece.",
    "Reviewer [[PERSON|Hollie Drummond]] ([[EMAIL_ADDRESS|hollie.d@tayside-mail.co.uk]]) was promised a free dessert on her next visit.",
    "[[PERSON|Minh Tran]] called from [[PHONE_NUMBER|(503) 555-0149]] to cancel the rehearsal dinner.",
    "Channel manager access for [[PERSON|Jonah Whitlock]]: key [[API_KEY|cm_9TfR3wQ8zL2xN6vB1mK4pY7s]], user [[ID_NUMBER|jwhitlock]]",
    "[[PERSON|Aarav Patel]], SIN [[ID_NUMBER|738 214 600]], seasonal staff at the ski lodge in Banff.",
    "[[PERSON|Ffion Jenkins]] – TFN [[ID_NUMBER|86 241 5375]] – barista – [[EMAIL_ADDRESS|ffion.j@bondi-mail.com.au]] – [[PHONE_NUMBER|0491 570 318]]",
    "[[PERSON|Lindiwe Ncube]] left her Medicare number, [[ID_NUMBER|2953 7184 31]], with the retreat staff in case of emergency.",
    "Dear Mrs [[PERSON|Penhaligon]], thank you for staying with us. Your lost earring has been posted to [[STREET_ADDRESS|12 Fore Street, St Ives TR26 1AB]].",
    "[[PERSON|Aram Petrosyan]] ([[PERSON|Արամ Պետրոսյան]]) booked the banquet hall; email [[EMAIL_ADDRESS|aram.petrosyan@yerevan-mail.am]].",
]

# 25 MT-Bench/Vicuna-style prompts, some naming historical or fictional people.
CLEAN_MTBENCH = [
    "Write a persuasive blog post of about 300 words encouraging travellers to choose small family-run B&Bs over chain hotels.",
    "Imagine you are Hercule Poirot checking into a grand hotel on the Riviera. Describe, in character, what you notice in the first five minutes.",
    "Compose a limerick about a wedding cake that collapses just before the speeches.",
    "Explain the difference between a table d'hôte menu and an à la carte menu to someone new to restaurant work.",
    "Draft a sample cancellation policy for a seaside holiday cottage that is fair to both the owners and the guests.",
    "What should a conference organiser weigh when choosing between a city-centre hotel and an out-of-town venue?",
    "Write a short dialogue between Mrs Beeton and a modern food blogger arguing about the best way to roast a chicken.",
    "Suggest five icebreaker activities for a two-day corporate retreat at a country house hotel.",
    "Give me a Python function that takes a list of bookings as (start, end) date pairs and returns every pair of bookings that overlap.",
    "How did César Ritz and Auguste Escoffier change the luxury hotel industry at the end of the nineteenth century?",
    "Role-play as a sommelier and recommend wines for a five-course tasting menu featuring scallops, duck and a chocolate tart.",
    "Summarise the pros and cons of taking deposits for restaurant bookings from the point of view of a small bistro.",
    "Write a haiku sequence about the quiet hour in a hotel lobby at four in the morning.",
    "Extract the dates, venue and number of guests from this text: 'The annual charity gala will be held at the Riverside Pavilion on 14 November for 320 guests, followed by a breakfast briefing on 15 November.'",
    "If Elizabeth Bennet from Pride and Prejudice were planning her wedding today, what kind of venue would she choose, and why?",
    "Explain how dynamic pricing works for hotel rooms and discuss whether it is fair to guests.",
    "Design a simple SQL schema for a restaurant reservation system with tables, time slots and covers.",
    "Write a 150-word description for a rustic barn wedding venue in the Cotswolds.",
    "What are respectful ways to accommodate guests with different dietary and religious requirements at a large banquet?",
    "Describe a day in the life of a hotel concierge in 1920s Paris, as if narrated by F. Scott Fitzgerald.",
    "Compare the hospitality traditions of Japanese ryokan and Moroccan riads.",
    "Write a rousing two-minute speech for restaurant staff before the busiest night of the year, New Year's Eve.",
    "What lessons can modern event planners learn from how the Great Exhibition of 1851 was organised?",
    "Create a checklist for reopening a seasonal guesthouse after the winter closure.",
    "Suggest a three-course autumn menu for a vegan wedding of 80 guests, with rough costs per head.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Marta runs a B&B with 6 rooms at $85 per night. If 4 rooms are booked for 3 nights and 2 rooms for 5 nights, how much does she earn?",
    "A caterer needs 3 bread rolls per guest. There are 145 guests at a wedding and rolls come in packs of 12. How many packs must Joel buy?",
    "Priti's restaurant has 18 tables. On Friday two thirds of them were booked, and 4 of those bookings were no-shows. How many booked tables had diners?",
    "A holiday cottage costs £640 per week. Sam pays a 25% deposit and the rest on arrival. How much does he pay on arrival?",
    "A conference hall has 230 chairs to set out in rows of 16. How many full rows can be made, and how many chairs are left over?",
    "Leon washes 42 plates per hour and Ana washes 35 plates per hour. Working together, how long will they take to wash 462 plates?",
    "A hotel charges a no-show fee of one night's rate, $120. Last month there were 9 no-shows, but 3 fees were waived. How much was collected?",
    "Ruth bakes scones for afternoon tea. Each batch makes 14 scones and uses 350 g of flour. How much flour does she need for 98 scones?",
    "A wedding venue charges £4,500 for the hall plus £52 per guest. Kofi's budget is £10,000. What is the largest number of guests he can invite?",
    "Three waiters share $480 in tips in proportion to hours worked: Lily 20 hours, Dev 25 hours and Max 15 hours. How much does Dev receive?",
    "A guesthouse changes the linen on 9 double beds every day. Each bed uses 2 sheets and 4 pillowcases. How many items are washed in a week?",
    "Nora orders 7 kg of salmon at £18.40 per kg and 3 kg of prawns at £22 per kg. What is the total cost?",
    "A restaurant seats 60 people and each seat is used twice per evening. If it is 85% full on average and the average bill is €34 per person, what is the evening's revenue?",
    "Tomás books a villa for 10 nights at €210 per night and gets 15% off for booking early. How much does he pay?",
    "An events team needs 1 server for every 12 guests at a seated dinner. How many servers are needed for 250 guests?",
    "A buffet has 5 trays of lasagne cut into 24 pieces each. Guests ate 97 pieces. How many pieces are left?",
    "Ingrid's café sells 130 coffees a day at $3.20. If she raises the price by 15 cents and sells 10 fewer coffees a day, does her daily coffee income go up or down, and by how much?",
    "A hotel has 120 rooms. On Monday occupancy was 65% and on Tuesday 80%. How many more rooms were occupied on Tuesday?",
    "A wedding cake has three tiers serving 40, 28 and 16 people. If 90 guests attend, how many extra servings must Hamid order?",
    "Bea cleans a holiday flat in 2.5 hours and is paid £14 an hour. She cleans 11 flats in a week. What is her weekly pay?",
    "Conference tickets cost $375, or $300 for early birds. 140 people registered, 55 of them as early birds. How much was collected?",
    "A catering van uses 9 litres of fuel per 100 km. Olu drives 340 km to a festival and the same distance back. How many litres does he use?",
    "A restaurant had 240 reviews averaging 4.2 stars. After 60 new reviews averaging 4.8 stars, what is the new average?",
    "Hana folds 80 napkins in 40 minutes. How many can she fold in 2 hours and 15 minutes at the same rate?",
    "A B&B owner buys 5 dozen eggs a week. Each guest eats 2 eggs at breakfast and there are 4 guests a day on average. How many eggs are left over each week?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "In the hotel industry, what does RevPAR stand for? A) Revenue per available room B) Rate of return per annual reservation C) Revenue per arriving resident D) Rooms reserved per available rate",
    "Which of these is one of the 14 allergens that UK food businesses must declare? A) Rice B) Lupin C) Potato D) Chicken",
    "Under contract law, a deposit clause that is a genuine pre-estimate of loss is best described as: A) A penalty B) Liquidated damages C) Consideration D) An equitable lien",
    "Which temperature range is usually called the danger zone for bacterial growth in food? A) -18 °C to 0 °C B) 0 °C to 4 °C C) 5 °C to 63 °C D) 75 °C to 100 °C",
    "A hotel that charges higher prices during a festival week is practising: A) Price discrimination by time B) Perfect competition C) A price floor D) Deflation",
    "Which organism is most often linked to food poisoning from undercooked poultry? A) Campylobacter B) Plasmodium C) Giardia D) Aspergillus",
    "In a restaurant, 'front of house' refers to: A) The kitchen B) The dining area and guest-facing staff C) The storeroom D) The delivery entrance",
    "Which of these is one of the classical French mother sauces? A) Béchamel B) Pesto C) Salsa verde D) Chimichurri",
    "What is the main purpose of a HACCP plan? A) Setting menu prices B) Identifying and controlling food safety hazards C) Scheduling staff D) Marketing events",
    "If demand for hotel rooms is price elastic, a price increase will: A) Raise total revenue B) Lower total revenue C) Leave revenue unchanged D) Raise the quantity demanded",
    "Which philosopher wrote the Nicomachean Ethics? A) Plato B) Aristotle C) Epicurus D) Seneca",
    "Which vitamin is mainly made in the skin on exposure to sunlight? A) Vitamin A B) Vitamin C C) Vitamin D D) Vitamin K",
    "In accounting, a deposit received before a service is delivered is recorded as: A) Revenue B) An expense C) A liability (deferred revenue) D) Equity",
    "Which gas produced by yeast makes bread dough rise? A) Oxygen B) Nitrogen C) Carbon dioxide D) Methane",
    "In which decade did the Savoy Hotel in London open? A) 1850s B) 1880s C) 1910s D) 1930s",
    "In hotel operations, what does 'walking a guest' mean? A) Escorting a guest to their room B) Moving a guest with a confirmed booking to another hotel because of overbooking C) Giving a guest a tour D) Checking a guest out early",
    "Which level sits at the base of Maslow's hierarchy of needs? A) Esteem B) Safety C) Physiological needs D) Self-actualisation",
    "Which cooking method uses a vacuum-sealed bag in a temperature-controlled water bath? A) Braising B) Sous vide C) Flambé D) Confit",
    "A clause in a venue contract limiting liability for a supplier's failure is an example of: A) An exclusion clause B) A warranty C) A condition precedent D) Frustration",
    "A shortage of which enzyme causes lactose intolerance? A) Amylase B) Lactase C) Lipase D) Pepsin",
    "If 8% of restaurant bookings are no-shows, independently of each other, what is the chance that neither of two bookings is a no-show? A) 0.8464 B) 0.92 C) 0.0064 D) 0.84",
    "Who wrote the novel Hotel du Lac? A) Anita Brookner B) Iris Murdoch C) Muriel Spark D) Penelope Fitzgerald",
    "Which of these is a zoonotic infection? A) Salmonellosis B) Scurvy C) Gout D) Anaemia",
    "In the marketing mix, the 'P' that covers where a service is delivered is: A) Product B) Price C) Place D) Promotion",
    "What is the freezing point of water at sea level in degrees Fahrenheit? A) 0 B) 32 C) 100 D) 212",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the first signs of anaphylaxis, and how quickly should an adrenaline auto-injector be used?",
    "Is it safe to eat a rare burger during pregnancy?",
    "How long after eating bad shellfish do food poisoning symptoms usually start?",
    "What's the difference between coeliac disease and gluten intolerance?",
    "I get heartburn after big dinners out. Are there simple ways to prevent it?",
    "Is it risky to drink champagne at a wedding while taking antibiotics?",
    "What should a kitchen worker do after a small knife cut during a busy service?",
    "Can standing for twelve-hour shifts cause varicose veins?",
    "How can night-shift hotel workers sleep better during the day?",
    "Is norovirus contagious before symptoms start, and how long should catering staff stay off work afterwards?",
    "What are the signs of heat exhaustion in a hot commercial kitchen?",
    "Are sulphites in wine a common trigger for asthma symptoms?",
    "What's the right first aid for a minor burn from a hot pan?",
    "How do I know if a rash from a food allergy is serious enough for A&E?",
    "Can jet lag upset blood sugar control in type 1 diabetes when travelling to a conference abroad?",
    "Which vaccinations are recommended before travelling to Southeast Asia for a destination wedding?",
    "Is it normal to feel dizzy after a long sauna session at a spa hotel?",
    "How much caffeine a day is considered safe for adults?",
    "What are the early symptoms of Legionnaires' disease, and why is it linked to hotel water systems?",
    "Can I take ibuprofen after drinking a few glasses of wine at a reception?",
    "What should I do about bed bug bites picked up in a hotel room?",
    "How can people with a nut allergy eat safely at a buffet?",
    "Why do my ankles swell after long flights, and when should I worry about a blood clot?",
    "What's a safe way to lift heavy catering boxes without hurting my back?",
    "Are raw oysters dangerous for people with liver disease?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "401 223 9074": nhs_ok,  # UK NHS number
    "943 476 5811": nhs_ok,
    "612 089 3474": nhs_ok,
    "3958 2716 4405": aadhaar_ok,  # Indian Aadhaar
    "6204 8173 9522": aadhaar_ok,
    "2617 5093 8419": aadhaar_ok,
    "318704523": bsn_ok,  # Dutch BSN
    "309105481": bsn_ok,
    "92031476859": pesel_ok,  # Polish PESEL
    "573.208.916-03": cpf_ok,  # Brazilian CPF
    "084.731.265-80": cpf_ok,
    "39517284H": dni_ok,  # Spanish DNI
    "Y4072913H": dni_ok,  # Spanish NIE
    "RSSGNN88M47L219Z": codice_fiscale_ok,  # Italian codice fiscale
    "2 87 06 75 123 456 38": nir_ok,  # French NIR
    "85.07.12-123.90": belgian_id_ok,  # Belgian national number
    "12068947365": fodselsnummer_ok,  # Norwegian fødselsnummer
    "256184321": nif_ok,  # Portuguese NIF
    "1890312401236": cnp_ok,  # Romanian CNP
    "16.482.759-3": rut_ok,  # Chilean RUT
    "49003152747": isikukood_ok,  # Estonian isikukood
    "120386-0269": kennitala_ok,  # Icelandic kennitala
    "9056124319": rodne_cislo_ok,  # Czech or Slovak rodné číslo
    "3145287090": rnokpp_ok,  # Ukrainian RNOKPP
    "57291638408": steuer_id_ok,  # German tax id
    "ZAC4179": nhi_ok,  # New Zealand NHI
    "110105198709234621": china_id_ok,  # Chinese resident identity card
    "930705-2081341": rrn_ok,  # Korean resident registration number
    "S9318274Z": nric_ok,  # Singapore NRIC
    "T0382614C": nric_ok,
    "5182 3906 4727": my_number_ok,  # Japanese My Number
    "48610374586": kimlik_ok,  # Turkish kimlik
    "240791-318V": hetu_ok,  # Finnish henkilötunnus
    "86 241 5375": tfn_ok,  # Australian tax file number
    "2953 7184 31": medicare_ok,  # Australian Medicare card
    "738 214 600": luhn_len(9),  # Canadian SIN
    "880917-3613": luhn_len(10),  # Swedish personnummer
    "9205045173081": luhn_len(13),  # South African id
    "3481726M": pps_ok,  # Irish PPS number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, spaced or not
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(17|21|61) 496 0\d{3}",  # Bristol, Birmingham, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same, unseparated
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"\+49 40 66969 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"\+(7|27|30|31|32|34|39|52|57|65|84|86|91|92|233|234|254|353|966) [\d -]+\d",  # no fiction range known
    )
]

NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
"""A letter outside the Latin script."""


def check_mix() -> None:
    """Chat requests name people and carry secrets, every type among them; each record holds
    a name and one to four other values; enough names are written in non-Latin scripts."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"chat: only {sorted(kinds)}")
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: a name and 1 to 4 values, not {marked[:60]!r}")
    scripts = {
        s["value"]
        for t in CHAT + RECORDS
        for s in marked_spans(t)
        if s["type"] == "PERSON" and NON_LATIN.search(s["value"])
    }
    if len(scripts) < 15:
        raise SystemExit(f"only {len(scripts)} names in non-Latin scripts")
    plain = [strip_marks(t)[0] for t in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]]
    if sum(bool(NON_LATIN.search(t)) for t in plain) < 2:
        raise SystemExit("chat: fewer than two other-language texts in non-Latin scripts")


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
        "blind112", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
