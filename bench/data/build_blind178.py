# ruff: noqa: E501
"""A hundred-and-seventy-eighth blind privacy set (street food traders, farmers' markets and
food trucks): 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout (not the texts) of ``build_blind36.py``
and the ``main`` of ``build_blind163.py``; never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations); the builder computes every offset:

* 120 chat requests (3 to 100 words) that the chatbot of a market and food-truck operator
  would get: pitch bookings, rotas, cost splits, keys and codes, refunds, permits, hygiene
  and gas checks. The first 30 are typed all in lower case, the next 6 are in Spanish,
  French, German, Japanese, Arabic and Turkish, the last 84 in English. Most name a
  private person, often with no cue word (rotas, cost splits, lists, sign-offs, appositives
  such as "the treasurer, X,", "tell X that ..."), in many scripts and origins, some names
  ordinary words (Hope, Grace, Summer, Basil, Olive, Rose, Will, ...). About a sixth hold a
  secret: door, gate, lockbox, key-box, alarm and safe codes, PINs, wifi keys, passwords,
  2FA codes and three API keys or tokens.
* 100 one-person records (4 to 60 words, 2 to 5 values each), a sentence or a short form,
  in English and many other languages: trader registrations, permits, first-aid and
  patient notes, payouts, card disputes, logins; 40 hold a national id with a valid check
  digit, the others phones, e-mails, addresses, cards, IBANs, SSNs, IPs and account,
  member, customer, patient, policy, employee, student and tenant numbers.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
  public figures or fictional characters), 25 GSM8K-style word problems (story first names
  only), 25 MMLU-style items with options A to D and 25 health questions naming no one.

Labels follow the README: usernames, logins, account, customer, member, patient, policy,
employee, student, tenant and badge numbers and national ids are ID_NUMBER; PINs, door,
gate, lockbox, key-box, alarm and safe codes, wifi keys, passwords and 2FA codes PASSWORD;
titles stay outside PERSON spans; an address runs from the street line through the
postcode and city as typed; dates of birth, order, receipt and invoice numbers, public
figures, companies, places and fictional characters are not labelled.

All values are invented: phones from the ranges kept for fiction (UK 07700 900xxx and
01632 960xxx, North America 555-01xx, Australia 0491 570xxx); cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; IPs from the
documentation ranges; e-mails on example domains; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind178.py`` from the repository root; the output is
deterministic.
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme|M|Dott|Chef)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can you move [[PERSON|hope okonkwo]]'s stall from pitch 12 to pitch 30 this saturday? she sells jollof and puff-puff and the generator next to her is too loud",
    "rota for the riverside night market: fri [[PERSON|tomás ó briain]] and [[PERSON|ingrid solberg]], sat [[PERSON|bill mwangi]], sun me. please add it to the shared calendar",
    "the gate code for the commissary kitchen changed to [[PASSWORD|4817#]], can you send it to the night crew but not to the weekend volunteers",
    "hi, i'm [[PERSON|zeynep aydın]] from the gözleme van. the card reader keeps failing, call me back on [[PHONE_NUMBER|07700 900417]]",
    "split the pitch fee for the harvest fair: £180 between [[PERSON|grace adebayo]], [[PERSON|li wei]] and [[PERSON|summer rahman]], so £60 each. can you invoice them separately",
    "tell [[PERSON|marek dvořák]] that his refrigeration inspection is booked for tuesday 8am and he needs to bring the temperature logs",
    "what's the wifi password at the covered market again? i think [[PERSON|rosa lindqvist]] set it up as [[PASSWORD|ciderpress2024]]... is that still right",
    "please update my email on the trader portal to [[EMAIL_ADDRESS|kofi.mensah.waakye@example.com]], the old one bounces. thanks, [[PERSON|kofi mensah]]",
    "our stall assistant [[PERSON|priya nair]] lost her lanyard. can you cancel badge [[ID_NUMBER|trd-20931]] and issue a new one",
    "the alarm code for the storage unit at arches 4 is [[PASSWORD|2290]]. [[PERSON|olumide]] is locking up tonight so please text it to him only",
    "can you check if [[PERSON|анна кузнецова]] paid her deposit for the christmas market chalet? she says she transferred it last week",
    "rota for washing up at the food hall: mon [[PERSON|joy]], tue [[PERSON|noah fischer]], wed [[PERSON|amara]], thu [[PERSON|faith o'neill]]",
    "need a refund to card [[CREDIT_CARD|4929 1837 5520 6418]] for the double-charged pitch booking, the name on it is [[PERSON|daniel kowalczyk]]",
    "the treasurer, [[PERSON|mercy boateng]], wants the stallholder fees report by friday. can you email it to [[EMAIL_ADDRESS|treasurer.mboateng@example.org]]",
    "whats the 2fa code thing, i got [[PASSWORD|583 219]] on my phone but the portal says expired",
    "can [[PERSON|sipho dlamini]] take over my saturday slot at the farmers' market? he has his own gazebo and a level 2 food hygiene certificate",
    "please send the new menu boards to [[STREET_ADDRESS|14 cobbler's yard, leeds ls2 7ha]] and mark it for the attention of [[PERSON|ewa nowak]]",
    "lockbox at the back of the church hall is [[PASSWORD|7306]], spare gazebo weights are inside. [[PERSON|arjun bhatt]] has the other key",
    "i'm trying to register my taco truck but it says the username [[ID_NUMBER|lupita_tacos88]] is taken. it's mine, i made it last year. [[PERSON|guadalupe reyes]]",
    "remind [[PERSON|hannah goldberg]] and [[PERSON|yusuf karimi]] that the council inspector comes at 10 and all allergen labels must be visible",
    "who do i talk to about electric hookup at the harbour market? my name is [[PERSON|ngozi eze]] and my number is [[PHONE_NUMBER|+44 7700 900862]]",
    "the api key for the card terminal integration is [[API_KEY|mk_term_7fq2x9lb4wzr8h3nvc6p]], can you check why payouts stopped on tuesday",
    "cost split for the shared van hire: [[PERSON|chloé martin]] 40%, [[PERSON|bartosz wiśniewski]] 35%, me 25%. can you draw up something we all sign",
    "our cheese stall needs a new member login for [[PERSON|maeve gallagher]], her email is [[EMAIL_ADDRESS|maeve.g@example.net]]",
    "pls stop sending the parking permit to [[STREET_ADDRESS|flat 3, 22 harrow road, london w2 5eh]], i moved. [[PERSON|ravi menon]]",
    "the pin for the float tin is [[PASSWORD|0419]], [[PERSON|oksana melnyk]] will count it at close",
    "dear market team, [[PERSON|bashir al-amin]] is our new helper on the falafel cart, please add him to the insurance list. his member no is [[ID_NUMBER|ntfa-55802]]",
    "tell [[PERSON|ayesha siddiqui]] the chai urn was left on overnight again and the fuse tripped",
    "[[PERSON|wu jun]] and [[PERSON|park ji-woo]] want to share pitch 7 at the lantern market, is that allowed if they have separate hygiene ratings?",
    "hey, locked out of the trader app, new password i set was [[PASSWORD|bluebell-kettle-93]] but it won't take it. email [[EMAIL_ADDRESS|bramblejam.stall@example.com]]",
    # Spanish, French, German, Japanese, Arabic, Turkish
    "Hola, soy [[PERSON|Lucía Fernández]] del puesto de churros. ¿Pueden cambiar mi número de contacto a [[PHONE_NUMBER|+44 7700 900235]]? Gracias.",
    "Bonjour, merci de transmettre à [[PERSON|Jean-Baptiste Moreau]] que le code du portail du marché couvert est désormais [[PASSWORD|5172B]]. Il ouvre samedi à 6 h.",
    "Bitte die Standgebühr für den Wochenmarkt von [[PERSON|Jürgen Weiß]] auf das Konto [[IBAN_CODE|DE44 5001 0517 5407 3249 31]] zurückerstatten, er hat abgesagt.",
    "[[PERSON|佐藤 美咲]] さんの キッチンカー 出店申込みを 確認してください。連絡先は [[EMAIL_ADDRESS|misaki.sato@example.com]] です。",
    "مرحبا، أرجو إرسال فاتورة الكشك إلى [[PERSON|يوسف الحداد]] على البريد [[EMAIL_ADDRESS|y.haddad@example.com]] قبل يوم الخميس.",
    "Merhaba, pazar yerindeki kumpir tezgâhı için [[PERSON|Elif Yıldırım]] adına kayıt yapıldı mı? Telefonu [[PHONE_NUMBER|+44 7700 900318]].",
    # English
    "Please tell [[PERSON|Basil Okafor]] that the basil and tomato delivery for the pizza truck is coming Thursday, not Wednesday.",
    "Rota for the Sunday farmers' market: setup [[PERSON|Olive Harrington]] and [[PERSON|Tariq Hussain]], till [[PERSON|Mei Lin Chow]], pack-down everyone.",
    "Hi, I run the dumpling stall next to [[PERSON|王秀英]]. Can you ask her to keep her generator cable out of the walkway? A customer nearly tripped yesterday.",
    "The door code for the Eastgate commissary is [[PASSWORD|3918*]] from Monday. Only share it with [[PERSON|Ruby Castellanos]] and [[PERSON|Piotr Zieliński]].",
    "Can I get a copy of the invoice for pitch 22 sent to [[EMAIL_ADDRESS|ginger.and.lime@example.com]]? It's for [[PERSON|Saffron Achebe]]'s juice bar.",
    "Our new driver, [[PERSON|Νίκος Παπαδόπουλος]], needs to be added to the van insurance before Friday's night market in Brighton.",
    "We're splitting the cold-room rental three ways — [[PERSON|Dawn Petersen]] £120, [[PERSON|Hamza Qureshi]] £120 and [[PERSON|Sunny Kapoor]] £120. Can you set up the direct debits?",
    "Tell [[PERSON|Cherry Morales]] that her churro stall has been moved to the north entrance because of the roadworks.",
    "Hello, my name is [[PERSON|Adaeze Nwosu]]. I'd like to apply for a trading licence at the Borough Street food fair. My phone is [[PHONE_NUMBER|07700 900553]].",
    "The Wi-Fi key for the market office is [[PASSWORD|Hop$cotch-Tamarind7]]; please put it in the welcome pack for [[PERSON|Lars Eriksen]] only, not on the public noticeboard.",
    "Could you send the hygiene checklist to [[PERSON|שירה כהן]]? She's starting the shakshuka pop-up on the 14th.",
    "Lunch cover at the hot dog cart this week: Mon [[PERSON|Will Barrett]], Tue [[PERSON|Honey Adeyemi-Clarke]], Wed [[PERSON|Kwame Asante]], Thu [[PERSON|Will Barrett]] again, Fri closed.",
    "[[PERSON|राजेश कुमार]] from the chaat stall says the water point at pitch 9 is leaking. Can someone from maintenance look at it today?",
    "Please issue a replacement trader ID card for [[PERSON|Esperanza Villanueva]], member number [[ID_NUMBER|FMA-104773]]. She lost hers at the harvest festival.",
    "Who is on the late shift at the night market tonight? I need to hand over the cash bag keys. [[PERSON|Hazel Whitfield]]",
    "Can the bot remind [[PERSON|สมชาย ใจดี]] that the pad thai wok burner needs its gas safety certificate renewed by the end of the month?",
    "Send the stallholder newsletter to [[PERSON|Rose McAllister]] at [[EMAIL_ADDRESS|rose.mcallister@example.org]] — she says she never gets it.",
    "Our API token for the booking widget leaked in a screenshot: [[API_KEY|bkw_live_Q8zT4mR2xY7nL9cV5sK3]]. Please revoke it and issue a new one.",
    "[[PERSON|김지수]] wants to know if her bibimbap truck can park at the university market on Wednesdays. Can you check the permits?",
    "Please update the payout IBAN for [[PERSON|Niamh Brennan]] to [[IBAN_CODE|IE16 BOFI 9001 2173 9482 61]].",
    "Rota for the coffee cart: early [[PERSON|Pearl Osei]], mid [[PERSON|Matteo Lombardi]], late [[PERSON|Ifeoma Chukwu]]. Call me if anyone drops out.",
    "Could you cancel the stall booking for [[PERSON|Bálint Horváth]]? He emailed from [[EMAIL_ADDRESS|balint.langos@example.net]] saying his lángos van broke down.",
    "The key-box at the Southbank storage container is [[PASSWORD|6642]]. Give it to [[PERSON|Ahmed Farouk]] when he arrives with the rice order.",
    "Can you check whether [[PERSON|Ọlábísí Adéyẹmí]] has paid for her jollof pitch at the Peckham festival?",
    "Hi there, I'm [[PERSON|Grace Liang]]. I think someone used my card [[CREDIT_CARD|5312 8840 1967 2350]] to book two pitches I didn't ask for.",
    "Please forward the council letter about noise complaints to our chair, [[PERSON|Bob Kingsley]], before Thursday's meeting.",
    "Tell [[PERSON|Ana Paula Ribeiro]] that the açaí bowls can't be served from the car park spot, it's not covered by her permit.",
    "The 2FA code you just sent me is [[PASSWORD|902 115]] but the trader portal says it's invalid. Can you reset it? [[PERSON|Oleksandr Bondarenko]]",
    "Could someone phone [[PERSON|Deepika Iyer]] on [[PHONE_NUMBER|(312) 555-0147]] about her dosa cart's late arrival slot?",
    "Add [[PERSON|Giorgos Antoniou]] and [[PERSON|Eleni Mavridou]] to the souvlaki truck's staff list for the weekend.",
    "Can you send the lost property form to [[PERSON|Summer Nakamura]]? Her phone was found by the mochi stall.",
    "Rota for bin duty at the Greenwich food market: week 1 [[PERSON|Ikechukwu]], week 2 [[PERSON|Sofía Aguilar]], week 3 [[PERSON|Tomasz Lewandowski]], week 4 [[PERSON|Fatima Zahra Benali]].",
    "Please add the gate PIN [[PASSWORD|8025]] to [[PERSON|Mohammed Rahimi]]'s onboarding email; he's doing the 5am produce drop-offs at Spitalfields.",
    "[[PERSON|Ivana Petrović]] says her pitch at the Christmas market is still showing as unpaid. Her receipt number is R-88213.",
    "Can you tell [[PERSON|Ikaika Kahananui]] that the poke truck's fridge temperature alarm went off at 3am?",
    "Please change the contact for the gelato bike to [[PERSON|Chiara Esposito]], [[PHONE_NUMBER|+44 7700 900774]], from next month.",
    "The treasurer, [[PERSON|Kateřina Novotná]], asked for the stall fee reconciliation for June — can you export it?",
    "I sell sourdough at the Tuesday market. Please send my renewal form to [[STREET_ADDRESS|7 Millers Lane, Frome BA11 3QT]]. Thanks, [[PERSON|Jonah Whitaker]]",
    "Our webhook secret for the ordering app is [[API_KEY|fmhook_3Lq9Vd7Kp2Xs8Rt4Zn6Bm1Hc]], rotate it please — it got pasted into a public group chat.",
    "Could you let [[PERSON|আয়েশা রহমান]] know that her pitha stall's trial week went well and she can book a permanent slot?",
    "Split the electricity bill for the food court: [[PERSON|Jae-won Lee]] 30%, [[PERSON|Marguerite Dubois]] 30%, [[PERSON|Kenji Watanabe]] 40%.",
    "Hi, this is [[PERSON|Ebo Quaye]] from the kelewele cart. My new email is [[EMAIL_ADDRESS|ebo.quaye@example.com]], please update my trader file.",
    "Tell [[PERSON|Faith Mukamana]] the Friday street food night is cancelled because of the storm warning.",
    "Please reset the password for username [[ID_NUMBER|crepes_by_camille]]; [[PERSON|Camille Laurent]] is locked out.",
    "Alarm code for the Market Hall cold store is now [[PASSWORD|71930]]. [[PERSON|Gideon Mensah-Bonsu]] and [[PERSON|Tova Abramson]] are the only keyholders.",
    "[[PERSON|Мария Иванова]] wants to run a blini stall at the winter fair. What documents does she need?",
    "Can you email [[PERSON|Chidi Okeke]] at [[EMAIL_ADDRESS|chidi.suya@example.net]] with the new fire-safety rules for charcoal grills?",
    "Please refund the deposit to [[PERSON|Agnieszka Wójcik]], card [[CREDIT_CARD|4557 0291 3846 5719]]. She withdrew from the craft and food fair.",
    "Our market manager, Mr [[PERSON|Ibrahim Diallo]], would like a list of all traders with gas equipment by Thursday.",
    "Let [[PERSON|Jasper Holloway]] know the cider press pitch has moved to the orchard end.",
    "[[PERSON|ნინო ბერიძე]] from the khachapuri van is asking whether she can use a second gazebo. Can you check the site plan?",
    "Hi, I run the lobster roll truck. Booking contact: [[PERSON|Maggie Thibodeaux]], [[PHONE_NUMBER|(207) 555-0163]], [[EMAIL_ADDRESS|maggie.t@example.com]].",
    "Please tell [[PERSON|Rasmus Kjær]] that his smørrebrød stall needs a handwash station before the inspection.",
    "Our wifi at the food truck park: network TruckPark_Staff, key [[PASSWORD|Sesame!Noodle!42]]. Can you give it to [[PERSON|Lina Haddad]] who starts tomorrow?",
    "Can you check if the pitch fee from [[PERSON|தமிழ்செல்வி முருகன்]] came through? She runs the idli and vada stall.",
    "Cost split for the shared pizza oven: [[PERSON|Rocco Bellini]] half, [[PERSON|June Okoro]] quarter, [[PERSON|Anjali Deshmukh]] quarter.",
    "Please let [[PERSON|Kalani Akana]] know that the shave ice cart must close by 9pm on weekdays.",
    "My new address for correspondence is [[STREET_ADDRESS|Unit 4, Canal Wharf, 19 Wharf Street, Manchester M1 2LF]]. [[PERSON|Tendai Moyo]], the biltong stand.",
    "Tell [[PERSON|Ray Donnelly]] the chips van needs to move 2 metres back from the fire lane.",
    "[[PERSON|Μαρία Κωνσταντίνου]] asked if the loukoumades stall can share power with the crepe van. Who approves that?",
    "Hi, [[PERSON|Santiago Paredes]] here. Can you text the arepa truck's new pitch number to [[PHONE_NUMBER|(646) 555-0129]]?",
    "The safe PIN at the Old Dairy market office is [[PASSWORD|55081]] — please send it by secure message to [[PERSON|Heather Blackwood]].",
    "Please add Dr [[PERSON|Obinna Eze]] as a second signatory on our stall account.",
    "Could you let [[PERSON|陳志明]] and [[PERSON|林美玲]] know their bubble tea pitch is confirmed for the Lunar New Year fair?",
    "Remind [[PERSON|Sage Whitlock]] that the sage and onion stuffing samples need allergen cards.",
    "[[PERSON|Hiroshi Tanaka]] said the takoyaki plate is tripping the breaker. Can an electrician visit pitch 15?",
    "Please send a reminder to [[PERSON|Bogdan Popescu]] at [[EMAIL_ADDRESS|bogdan.covrigi@example.org]] about the unpaid March fees.",
    "Tell [[PERSON|April Fenwick]] that the flower and honey stall next to her wants to swap pitches in May.",
    "Hi, the lockbox for the trailer keys at Hackney Wick is [[PASSWORD|0937]]. [[PERSON|Dominik Schulz]] needs it for the early pickup.",
    "[[PERSON|Abebe Tesfaye]] from the injera stall asks whether he can pay his pitch fee in two instalments.",
    "Please let Mrs [[PERSON|Nour El-Sayed]] know her koshari van has passed the inspection.",
    "Rota for the charity barbecue: grill [[PERSON|Rusty Calloway]], salads [[PERSON|Priyanka Sen]], drinks [[PERSON|Hélène Girard]], cash [[PERSON|Ahmad Nazari]].",
    "I'm [[PERSON|Siobhán Kavanagh]], chair of the Westport farmers' market. Please send the insurance renewal to [[EMAIL_ADDRESS|chair.westportfm@example.com]].",
    "Please tell [[PERSON|Levan Kapanadze]] his pitch at the food truck rally is number 31.",
    "Can you check the booking for [[PERSON|Rania Khoury]]? Her phone is [[PHONE_NUMBER|0491 570 214]] and she runs the manakish truck in Fitzroy.",
    "The password for the shared market Instagram is [[PASSWORD|StallsAndSmiles#19]]; can you send it to [[PERSON|Olivia Brandt]], she's doing socials now?",
    "Please ask [[PERSON|Beatriz Quintero]] to bring the spare card reader to the Saturday market.",
    "[[PERSON|अनुराधा शर्मा]] wants to know when the next Level 2 hygiene training session is.",
    "Tell [[PERSON|Cosmin Dumitru]] and [[PERSON|Ilinca Stan]] that the Saturday market starts an hour later due to the marathon.",
    "Our bookkeeper, [[PERSON|Miriam Adler]], needs the card statement for [[CREDIT_CARD|3741 592806 31005]].",
    "Could you send the parking permit to [[PERSON|Emeka Nwachukwu]], [[STREET_ADDRESS|88 Stanmore Road, Birmingham B16 9TB]]?",
    "Hi, it's [[PERSON|Aroha Ngata]]. Please move my hāngī stall to the shaded side; my phone is [[PHONE_NUMBER|+61 491 570 382]].",
    "Can you confirm that [[PERSON|Yaw Boakye]] has signed up for the waste-sorting training?",
    "Please call back [[PHONE_NUMBER|01632 960471]] about the wallet found at the burger van last night.",
]

# 100 one-person records; the first 40 each hold a national id.
RECORDS = [
    "摊主登记：姓名 [[PERSON|张丽华]]，身份证号 [[ID_NUMBER|110105198807143520]]，电话 [[PHONE_NUMBER|+44 7700 900126]]，经营煎饼果子。",  # zh
    "夜市摊位申请人 [[PERSON|黄志强]]，居民身份证 [[ID_NUMBER|440306199305270616]]，邮箱 [[EMAIL_ADDRESS|zhiqiang.huang@example.com]]。",  # zh
    "Cadastro de feirante: [[PERSON|Marcos Vinícius Almeida]], CPF [[ID_NUMBER|372.591.046-43]], barraca de pastel na feira de domingo, e-mail [[EMAIL_ADDRESS|marcos.pastel@example.com]].",  # pt
    "Food truck de açaí registrado em nome de [[PERSON|Juliana Costa Pereira]], CPF [[ID_NUMBER|815.203.947-05]], contato [[EMAIL_ADDRESS|juliana.acai@example.org]].",  # pt
    "विक्रेता पंजीकरण: [[PERSON|सुनीता वर्मा]], आधार [[ID_NUMBER|5738 2049 1622]], मोबाइल [[PHONE_NUMBER|+44 7700 900781]] (लंदन)।",  # hi
    "Stallholder: [[PERSON|Vikram Raghunathan]] — Aadhaar [[ID_NUMBER|8264 1937 5029]], UK contact [[PHONE_NUMBER|07700 900264]], dosa and chutney stall.",  # en
    "Hawker licence application — [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8812473A]], email [[EMAIL_ADDRESS|weiling.tan@example.com]], char kway teow stall.",  # en
    "Torghandlare [[PERSON|Linnea Bergström]], personnummer [[ID_NUMBER|790623-4187]], säljer kanelbullar vid Stortorget; e-post [[EMAIL_ADDRESS|linnea.b@example.org]].",  # sv
    "Marktkoopman [[PERSON|Joost van der Berg]], BSN [[ID_NUMBER|318476290]], IBAN [[IBAN_CODE|NL88 RABO 0318 2947 56]], verkoopt kibbeling op de zaterdagmarkt.",  # nl
    "푸드트럭 영업 신고: 성명 [[PERSON|박서연]], 주민등록번호 [[ID_NUMBER|880215-2035163]], 이메일 [[EMAIL_ADDRESS|seoyeon.park@example.com]]",  # ko
    "Market trader tax details: [[PERSON|Bronwyn Kelly]], TFN [[ID_NUMBER|538 172 646]], mobile [[PHONE_NUMBER|0491 570 843]].",  # en
    "Food van registration — owner [[PERSON|Nguyen Thi Mai]], tax file number [[ID_NUMBER|718 462 357]], address [[STREET_ADDRESS|23 Hopkins Street, Footscray VIC 3011]].",  # en
    "Inscription au marché Jean-Talon : [[PERSON|Geneviève Tremblay]], NAS [[ID_NUMBER|362 819 476]], cellulaire [[PHONE_NUMBER|(514) 555-0118]].",  # fr
    "רישום דוכן פלאפל: [[PERSON|אבי מזרחי]], תעודת זהות [[ID_NUMBER|034172593]], דוא״ל [[EMAIL_ADDRESS|avi.mizrahi@example.net]]",  # he
    "Αίτηση πάγκου λαϊκής αγοράς: [[PERSON|Δήμητρα Οικονόμου]], ΑΜΚΑ [[ID_NUMBER|15038512347]], email [[EMAIL_ADDRESS|d.oikonomou@example.com]].",  # el
    "Trader permit: [[PERSON|Thabo Nkosi]], ID number [[ID_NUMBER|8604125083080]], bunny chow stall, bank account [[ID_NUMBER|62045518873]].",  # en
    "Pazar tezgâhı kaydı: [[PERSON|Mehmet Can Öztürk]], T.C. kimlik no [[ID_NUMBER|37620814540]], e-posta [[EMAIL_ADDRESS|mehmetcan.ozturk@example.com]], simit ve çay.",  # tr
    "Market first-aid log: Mrs [[PERSON|Gwen Pritchard]], NHS number [[ID_NUMBER|943 476 5919]], burn to left hand at the crêpe stall, contact [[PHONE_NUMBER|01632 960218]].",  # en
    "Trader medical form — [[PERSON|Callum Fraser]], NHS no. [[ID_NUMBER|718 205 4639]], allergy: peanuts, mobile [[PHONE_NUMBER|07700 900390]].",  # en
    "Zgłoszenie stoiska z oscypkami: [[PERSON|Katarzyna Mazur]], PESEL [[ID_NUMBER|92031512342]], rachunek [[IBAN_CODE|PL96 1160 2202 0000 0003 1849 2756]].",  # pl
    "Domanda di posteggio al mercato contadino: [[PERSON|Laura Castelli]], codice fiscale [[ID_NUMBER|CSTLRA85M52F839A]], IBAN [[IBAN_CODE|IT84 X030 6909 6061 0000 0082 741]].",  # it
    "Ambulante con furgone di panini: [[PERSON|Giuseppe Marino]], C.F. [[ID_NUMBER|MRNGPP79C14L219C]], residente in [[STREET_ADDRESS|Via Nizza 45, 10125 Torino]].",  # it
    "Torikauppias [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230791-274T]], myy karjalanpiirakoita, sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.com]].",  # fi
    "キッチンカー営業許可 申請者: [[PERSON|山本 健太]] マイナンバー: [[ID_NUMBER|7392 5104 8628]] 連絡先: [[EMAIL_ADDRESS|kenta.yamamoto@example.com]]",  # ja
    "Solicitud de puesto en el mercado de abastos: [[PERSON|Alejandro Ruiz Navarro]], DNI [[ID_NUMBER|53920174D]], IBAN [[IBAN_CODE|ES14 2100 0418 4513 0284 7561]].",  # es
    "Titular de la licencia del food truck: [[PERSON|Valentina Gómez]], NIE [[ID_NUMBER|Y4829103Z]], correo [[EMAIL_ADDRESS|valentina.gomez@example.org]].",  # es
    "Farmers' market stall holder: [[PERSON|Seán Ó Laoire]], PPS number [[ID_NUMBER|8315924E]], email [[EMAIL_ADDRESS|sean.olaoire@example.com]], smoked fish.",  # en
    "Commerçante non sédentaire : Mme [[PERSON|Nathalie Lefebvre]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 116 238 95]], IBAN [[IBAN_CODE|FR94 3000 4028 3700 0194 7264 185]], stand de galettes.",  # fr
    "Standhouder op de vroegmarkt: [[PERSON|Pieter Claes]], rijksregisternummer [[ID_NUMBER|85.07.30-273.79]], IBAN [[IBAN_CODE|BE49 0632 1894 7512]].",  # nl
    "Torghandler [[PERSON|Eirik Haugen]], fødselsnummer [[ID_NUMBER|150689 47372]], selger brunost og vafler; e-post [[EMAIL_ADDRESS|eirik.haugen@example.net]].",  # no
    "Vendedor na feira: [[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|238 915 476]], IBAN [[IBAN_CODE|PT08 0035 0729 0002 1847 3695 2]], bifanas e caldo verde.",  # pt
    "Comerciant la piața agroalimentară: [[PERSON|Elena Popa]], CNP [[ID_NUMBER|2850614401231]], IBAN [[IBAN_CODE|RO35 BTRL 0130 1205 8719 2634]].",  # ro
    "Permiso de feria libre: [[PERSON|Camila Soto Muñoz]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|camila.sotom@example.com]], puesto de sopaipillas.",  # es
    "Turukaupleja [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48904120272]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.org]], müüb suitsukala.",  # et
    "Sölumaður á bændamarkaði: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120384-3769]], netfang [[EMAIL_ADDRESS|gudrun.s@example.com]].",  # is
    "Prodejce na farmářských trzích: [[PERSON|Tereza Svobodová]], rodné číslo [[ID_NUMBER|856215/3127]], IBAN [[IBAN_CODE|CZ66 0800 0000 1928 4736 5012]].",  # cs
    "Продавець на фермерському ринку: [[PERSON|Андрій Шевчук]], РНОКПП [[ID_NUMBER|3184726597]], email [[EMAIL_ADDRESS|andrii.shevchuk@example.com]].",  # uk
    "Marktbeschicker Herr [[PERSON|Klaus-Dieter Hoffmann]], Steuer-ID [[ID_NUMBER|47 120 593 867]], Anschrift [[STREET_ADDRESS|Bergmannstraße 12, 10961 Berlin]].",  # de
    "Food cart health registration: [[PERSON|Mere Tipene]], NHI [[ID_NUMBER|ZKM4187]], email [[EMAIL_ADDRESS|mere.tipene@example.com]].",  # en
    "Market first-aid record: [[PERSON|Declan Murphy]], Medicare card [[ID_NUMBER|4738 59161 2]], phone [[PHONE_NUMBER|+61 491 570 627]].",  # en
    # no national id from here on
    "Customer file: [[PERSON|Marjorie Pennington]], [[STREET_ADDRESS|12 Orchard Close, Ludlow SY8 1PQ]], [[PHONE_NUMBER|01632 960584]], jam and chutney stall.",  # en
    "Vendor application — [[PERSON|Darnell Washington]], SSN [[US_SSN|412-67-3398]], mobile [[PHONE_NUMBER|(504) 555-0176]], gumbo and po' boy truck.",  # en
    "Farmers market EBT vendor form: [[PERSON|Carla Jiménez]], [[STREET_ADDRESS|418 Alder Street, Eugene, OR 97401]], SSN [[US_SSN|538-21-6047]].",  # en
    "Card on file for pitch fees: [[PERSON|Nigel Ashworth]], [[CREDIT_CARD|5127 6439 0218 4575]], billing address [[STREET_ADDRESS|3 Tanners Row, York YO1 6JP]].",  # en
    "Member no. [[ID_NUMBER|NMTA-208814]] — [[PERSON|Priscilla Owusu]], kenkey and fried fish, [[EMAIL_ADDRESS|priscilla.owusu@example.com]].",  # en
    "Trader portal login log: user [[ID_NUMBER|mango_lassi_mo]] ([[PERSON|Mohsin Akhtar]]) signed in from [[IP_ADDRESS|203.0.113.58]] at 06:12.",  # en
    "Refund request: [[PERSON|Felicity Drummond]], card [[CREDIT_CARD|4019 3827 5610 9347]], [[PHONE_NUMBER|07700 900128]].",  # en
    "Standinhaberin Frau [[PERSON|Sabine Krüger]], IBAN [[IBAN_CODE|DE69 3704 0048 0192 7364 58]], E-Mail [[EMAIL_ADDRESS|sabine.krueger@example.net]], Flammkuchen-Wagen.",  # de
    "Fiche exposant : [[PERSON|Amélie Rousseau]], [[STREET_ADDRESS|14 rue des Tanneurs, 69001 Lyon]], courriel [[EMAIL_ADDRESS|amelie.rousseau@example.org]], stand de fromages.",  # fr
    "Ficha del vendedor: [[PERSON|Javier Ortega]], tarjeta [[CREDIT_CARD|4982 1365 0472 8169]], correo [[EMAIL_ADDRESS|javi.ortega@example.com]], puesto de tortilla de patatas.",  # es
    "Socio n. [[ID_NUMBER|COOP-77421]], [[PERSON|Francesca Bruno]], [[STREET_ADDRESS|Via dei Mille 8, 40121 Bologna]], banco di tigelle.",  # it
    "Klantnummer [[ID_NUMBER|KL-558193]] — [[PERSON|Sanne de Vries]], [[EMAIL_ADDRESS|sanne.devries@example.net]], poffertjeskraam.",  # nl
    "Stadeholder [[PERSON|Mette Sørensen]], IBAN [[IBAN_CODE|DK50 3000 1283 9465 72]], e-mail [[EMAIL_ADDRESS|mette.sorensen@example.com]], æbleskiver.",  # da
    "Árus a termelői piacon: [[PERSON|Szabó Katalin]], IBAN [[IBAN_CODE|HU17 1177 3016 1183 9472 0000 0000]], e-mail [[EMAIL_ADDRESS|katalin.szabo@example.org]].",  # hu
    "Chủ xe bánh mì: [[PERSON|Trần Văn Hùng]], số điện thoại [[PHONE_NUMBER|0491 570 352]], email [[EMAIL_ADDRESS|hung.tran@example.com]].",  # vi
    "ผู้ค้าตลาดนัด: [[PERSON|นภา ศรีสุข]] โทร [[PHONE_NUMBER|+61 491 570 468]] อีเมล [[EMAIL_ADDRESS|napa.srisuk@example.com]]",  # th
    "Pedagang sate di pasar malam: [[PERSON|Budi Santoso]], nomor rekening [[ID_NUMBER|0871 2294 5516]], email [[EMAIL_ADDRESS|budi.sate@example.com]].",  # id
    "Mfanyabiashara wa soko: [[PERSON|Amina Mwakilema]], simu [[PHONE_NUMBER|+44 7700 900436]], barua pepe [[EMAIL_ADDRESS|amina.mwakilema@example.org]].",  # sw
    "Tindero ng lugaw sa tiangge: [[PERSON|Maricel Dela Cruz]], numero ng miyembro [[ID_NUMBER|TNG-40917]], email [[EMAIL_ADDRESS|maricel.dc@example.com]].",  # tl
    "بائع في سوق المزارعين: [[PERSON|خالد منصور]]، الهاتف [[PHONE_NUMBER|+44 7700 900589]]، البريد [[EMAIL_ADDRESS|khaled.mansour@example.com]]",  # ar
    "Продавец на ярмарке: [[PERSON|Дмитрий Соколов]], телефон [[PHONE_NUMBER|+44 7700 900702]], email [[EMAIL_ADDRESS|d.sokolov@example.net]], пирожки.",  # ru
    "Patient: Ms [[PERSON|Rhiannon Price]], patient no. [[ID_NUMBER|PT-0048213]], seen at the market first-aid tent for a wasp sting, mobile [[PHONE_NUMBER|07700 900845]].",  # en
    "Insurance policy holder [[PERSON|Gareth Morgan]], policy [[ID_NUMBER|FTI-2291-5580]], burger van, [[STREET_ADDRESS|5 Heol y Parc, Cardiff CF14 3AB]].",  # en
    "Employee record: [[PERSON|Bethany Cole]], employee no. [[ID_NUMBER|E-30917]], kitchen porter at the street food hall, bank [[IBAN_CODE|GB15 BARC 2065 8241 0379 52]].",  # en
    "Vendor: [[PERSON|Luis Hernández]], tamale cart, [[PHONE_NUMBER|(713) 555-0152]], [[EMAIL_ADDRESS|luis.tamales@example.com]], card [[CREDIT_CARD|6011 5273 9184 6207]].",  # en
    "Booking form — name [[PERSON|Isabella Moretti]], email [[EMAIL_ADDRESS|bella.moretti@example.net]], phone [[PHONE_NUMBER|07700 900372]], pitch type: double gazebo.",  # en
    "Wholesale account [[ID_NUMBER|WS-66120]] for [[PERSON|Kwabena Asare]], delivered to [[STREET_ADDRESS|Arch 9, Druid Street, London SE1 2HH]].",  # en
    "Loyalty member [[ID_NUMBER|LM-904417]]: [[PERSON|Penelope Hart]], [[EMAIL_ADDRESS|pen.hart@example.com]].",  # en
    "Vendor profile: [[PERSON|Marie-Ève Gagnon]], poutine truck, [[PHONE_NUMBER|(613) 555-0184]], [[STREET_ADDRESS|220 Rideau Street, Ottawa, ON K1N 5Y1]].",  # en
    "Stallholder: [[PERSON|Lachlan O'Brien]], [[PHONE_NUMBER|0491 570 119]], [[EMAIL_ADDRESS|lachlan.obrien@example.com]], snags and onion.",  # en
    "Student volunteer [[PERSON|Yasmin Haddad]], student no. [[ID_NUMBER|2291847]], helping at the university food fair, [[EMAIL_ADDRESS|yhaddad@students.example.org]].",  # en
    "Card payment dispute: [[PERSON|Olu Bankole]], [[CREDIT_CARD|2227 8104 9365 1702]], [[PHONE_NUMBER|+44 7700 900930]].",  # en
    "Paid-up member [[PERSON|Agatha Penrose]], membership [[ID_NUMBER|CFM-3381]], [[STREET_ADDRESS|Rose Cottage, Trevone, Padstow PL28 8QX]].",  # en
    "Gift-voucher buyer: [[PERSON|Harold Pemberton]], [[EMAIL_ADDRESS|h.pemberton@example.org]], [[CREDIT_CARD|4147 2058 3916 2709]].",  # en
    "Trader's login: [[ID_NUMBER|kimchi_kween]], registered to [[PERSON|Soo-ah Han]], recovery phone [[PHONE_NUMBER|07700 900286]].",  # en
    "Bank details for payout — [[PERSON|Eleanor Whitby]], [[IBAN_CODE|GB15 MIDL 4005 1572 8391 46]], [[EMAIL_ADDRESS|eleanor.whitby@example.com]].",  # en
    "Hygiene training certificate issued to [[PERSON|Rajesh Pillai]], learner ID [[ID_NUMBER|FHT-552019]], [[EMAIL_ADDRESS|rajesh.pillai@example.com]].",  # en
    "Admin access granted: user [[ID_NUMBER|mkt.admin.jpatel]] ([[PERSON|Jaya Patel]]) from [[IP_ADDRESS|198.51.100.23]].",  # en
    "Lost property claimant: [[PERSON|Florence Adu]], [[PHONE_NUMBER|01632 960902]], [[STREET_ADDRESS|41 Kingsland Road, London E2 8AA]].",  # en
    "Marktfahrer [[PERSON|Florian Gruber]], IBAN [[IBAN_CODE|AT16 2011 1827 1930 4856]], Maroni-Stand am Christkindlmarkt, [[EMAIL_ADDRESS|florian.gruber@example.com]].",  # de
    "Matbilsägare [[PERSON|Oskar Lindholm]], IBAN [[IBAN_CODE|SE45 5000 0000 0528 1749 3610]], e-post [[EMAIL_ADDRESS|oskar.lindholm@example.net]].",  # sv
    "Ruokarekan omistaja [[PERSON|Mikko Korhonen]], tilinumero [[IBAN_CODE|FI45 5720 1500 0381 94]], sähköposti [[EMAIL_ADDRESS|mikko.korhonen@example.org]].",  # fi
    "Παραγωγός λαϊκής: [[PERSON|Αικατερίνη Λαμπράκη]], IBAN [[IBAN_CODE|GR66 0110 1250 0000 0012 8374 651]], email [[EMAIL_ADDRESS|k.lamprakis@example.com]].",  # el
    "Selger på matfestival: [[PERSON|Sigrid Aas]], kontonummer [[IBAN_CODE|NO33 6011 0329 571]], e-post [[EMAIL_ADDRESS|sigrid.aas@example.com]].",  # no
    "Marktfahrerin [[PERSON|Regula Meier]], IBAN [[IBAN_CODE|CH45 0483 5092 8471 0263 1]], Raclette-Stand, [[EMAIL_ADDRESS|regula.meier@example.net]].",  # de
    "Ūkininkų turgaus prekeivis [[PERSON|Tomas Kazlauskas]], IBAN [[IBAN_CODE|LT98 7301 0010 0003 9482]], el. paštas [[EMAIL_ADDRESS|tomas.kazlauskas@example.com]].",  # lt
    "Market WhatsApp admin: [[PERSON|Tunde Bakare]], [[PHONE_NUMBER|07700 900497]], backup email [[EMAIL_ADDRESS|tunde.bakare@example.net]].",  # en
    "Food truck permit holder Mrs [[PERSON|Kimberly Tran]], [[STREET_ADDRESS|1509 Magnolia Avenue, Austin, TX 78704]], [[PHONE_NUMBER|(512) 555-0190]].",  # en
    "Catering enquiry from [[PERSON|Ottilie Grange]], [[EMAIL_ADDRESS|ottilie.grange@example.com]], [[PHONE_NUMBER|01632 960355]], wedding for 120 guests.",  # en
    "Reference for new pitch: [[PERSON|Bukola Adesanya]], customer no. [[ID_NUMBER|C-7730184]], [[STREET_ADDRESS|17 Coldharbour Lane, London SE5 9NR]].",  # en
    "Vendedora de elotes: [[PERSON|Guadalupe Ramírez]], cuenta [[ID_NUMBER|6482 1093 7755]], teléfono [[PHONE_NUMBER|(915) 555-0107]].",  # es
    "Trádálaí ag margadh na bhfeirmeoirí: [[PERSON|Aoife Ní Bhriain]], ríomhphost [[EMAIL_ADDRESS|aoife.nibhriain@example.com]], fón [[PHONE_NUMBER|+44 7700 900668]].",  # ga
    "Stondinwr yn y farchnad ffermwyr: [[PERSON|Dafydd ap Rhys]], e-bost [[EMAIL_ADDRESS|dafydd.aprhys@example.org]], ffôn [[PHONE_NUMBER|01632 960127]].",  # cy
    "Gas safety check booked for [[PERSON|Jolene Maddox]], account [[ID_NUMBER|GS-449102]], [[PHONE_NUMBER|07700 900741]].",  # en
    "Direct debit mandate: [[PERSON|Simon Okello]], card [[CREDIT_CARD|5426 3197 8045 2131]], [[EMAIL_ADDRESS|simon.okello@example.com]].",  # en
    "Pitch waitlist entry: [[PERSON|Nadia Haroun]], [[PHONE_NUMBER|+1 415 555 0166]], falafel wraps.",  # en
    "Complaint logged by [[PERSON|Cedric Fairweather]], [[EMAIL_ADDRESS|c.fairweather@example.net]], IP [[IP_ADDRESS|2001:db8::4a2f]], about a double charge.",  # en
    "Apprentice chef [[PERSON|Kezia Oduya]], payroll no. [[ID_NUMBER|PR-66038]], [[PHONE_NUMBER|07700 900813]], starts at the noodle bar on Monday.",  # en
    "Card holder [[PERSON|Wilhelmina Foster]], Amex [[CREDIT_CARD|3762 918405 73126]], billing [[STREET_ADDRESS|9 Beacon Hill Road, Bath BA1 5RT]].",  # en
    "Tenant of unit 6, Railway Arches food court: [[PERSON|Moses Kiprono]], tenant account [[ID_NUMBER|RA-06-2281]], [[EMAIL_ADDRESS|moses.kiprono@example.com]].",  # en
]

CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging city councils to create more permanent pitches for street food traders.",
    "Compose a short poem about the first strawberries arriving at a summer farmers' market.",
    "Pretend you are Sherlock Holmes and deduce what a food truck owner had for breakfast from the state of his apron.",
    "Explain the difference between a farmers' market and a supermarket to a curious eight-year-old.",
    "Write a Python function that takes a list of stall prices and returns the three cheapest items with their positions in the list.",
    "Draft a polite email template that a market manager could send to all traders about new waste-sorting rules. Use placeholders instead of names.",
    "What are the main pros and cons of running a food truck compared with opening a small restaurant?",
    "Role-play as Gordon Ramsay judging three street food dishes: a bao bun, a loaded fries box and a vegan burrito.",
    "Summarise in three bullet points why seasonal produce often tastes better than imported produce.",
    "Imagine you are Willy Wonka opening a chocolate stall at a Christmas market. Describe your stall's opening day.",
    "Write a SQL query that finds the ten best-selling products per month from a table named sales with columns product, quantity and sold_at.",
    "Extract every food item and its price from this text and return them as JSON: 'Tacos three for eight pounds, churros four pounds, horchata two fifty.'",
    "How would Anthony Bourdain have described a night market in Taipei? Write one paragraph in his style.",
    "Give me five creative names for a Korean-Mexican fusion food truck and explain each one briefly.",
    "Compare the economic impact of weekly farmers' markets on small towns with their impact on large cities.",
    "Write a short dialogue between Paddington Bear and a marmalade seller at a London street market.",
    "Explain how a commissary kitchen works and why many food truck operators rely on one.",
    "Create a seven-day social media plan for a new coffee cart launching outside a train station.",
    "What would happen to local agriculture if every town held a farmers' market twice a week? Reason step by step.",
    "Rewrite this sentence to sound more professional: 'our burgers r the best in town and u should def come try em.'",
    "Write a JavaScript function that converts a price in pence into a formatted string such as £3.50.",
    "Describe the history of street food in ancient Rome, including the thermopolia of Pompeii.",
    "As Jamie Oliver, give a short pep talk to school children about trying new vegetables at a market.",
    "Draft a one-paragraph mission statement for a cooperative of organic vegetable growers.",
    "Which is more sustainable for powering a food truck, a diesel generator or a battery pack? Discuss the trade-offs.",
]

CLEAN_GSM8K = [
    "Maria sells empanadas at the Saturday market for $3 each. She sold 48 in the morning and half as many in the afternoon. How much money did she make in total?",
    "A food truck uses 12 litres of cooking oil every 3 days. How many litres does it use in 4 weeks?",
    "Tom buys 5 kilograms of apples at £2.40 per kilogram and 3 jars of honey at £6 each. He pays with a £50 note. How much change does he get?",
    "The farmers' market has 64 stalls. One quarter sell vegetables, 12 sell bread and the rest sell hot food. How many stalls sell hot food?",
    "Aisha makes 150 samosas. She sells 60% of them before noon and 40 more in the afternoon. How many samosas are left?",
    "A crêpe costs $7 and a coffee costs $3.50. Liam buys 4 crêpes and 3 coffees. How much does he spend?",
    "Every Sunday, Kenji's ramen cart serves 35 bowls an hour for 6 hours. If each bowl earns him a profit of $4, what is his Sunday profit?",
    "A stall owner buys 200 lemons for $50. She uses 3 lemons per glass of lemonade and sells each glass for $2.50. If she makes as many glasses as she can, what is her profit?",
    "Rosa's bakery stall sells loaves for $5 and rolls at 6 for $3. On Friday she sold 40 loaves and 90 rolls. How much did she earn?",
    "A pitch at the night market costs £45 per evening. Ben trades 3 evenings a week for 8 weeks. What is his total pitch cost?",
    "Grace picks 18 baskets of strawberries. Each basket holds 1.5 kilograms. She sells them in 500-gram punnets. How many punnets can she fill?",
    "A food truck drives 42 miles to a festival and back each day of a 3-day event. If the truck gets 14 miles per gallon, how many gallons does it use?",
    "Sam's smoothie stand sold 120 smoothies on Saturday, which was 20% more than on Friday. How many smoothies did it sell on Friday?",
    "Three friends share the cost of a $360 gazebo. Ana pays twice as much as Ben, and Ben pays the same as Chris. How much does Ana pay?",
    "Olga's pierogi stall makes 12 pierogi per batch and each batch takes 15 minutes. How many pierogi can she make in 3 hours?",
    "A cheese seller cuts a 9-kilogram wheel into 250-gram wedges and sells each wedge for $4. How much does she take if she sells them all?",
    "The market sold 480 cups of cider in October. In November it sold 25% fewer. How many cups did it sell in the two months together?",
    "Diego charges $9 for a burrito and $2 for extra guacamole. If 30 customers buy a burrito and a third of them add guacamole, how much does Diego take?",
    "A vegetable grower plants 8 rows of lettuce with 24 plants per row. Slugs eat one in every six plants. How many lettuces are left to sell?",
    "Mei sells dumplings in boxes of 8. She made 300 dumplings. How many full boxes can she fill, and how many dumplings are left over?",
    "A food festival charges traders £150 plus 10% of their sales. Omar sold £2,300 worth of kebabs. How much does he pay the festival?",
    "Each ice cream cone needs 2 scoops and a tub holds 40 scoops. If Hannah sells 95 cones, how many tubs does she need to open?",
    "A honey stall sells small jars for $6 and large jars for $10. Peter sold 25 jars for $190. How many large jars did he sell?",
    "The coffee cart's espresso machine makes 90 shots an hour. Each latte uses 2 shots. How many lattes can it make between 7am and 11am?",
    "Nina bought 6 boxes of peaches for $18 a box. Each box holds 40 peaches and she sold every peach for $0.75. What was her profit?",
]

CLEAN_MMLU = [
    "Which of the following bacteria is most commonly linked to cooked rice left to cool slowly? A. Clostridium botulinum B. Bacillus cereus C. Listeria monocytogenes D. Vibrio cholerae",
    "In a perfectly competitive market, a firm maximises profit where: A. price exceeds average cost B. marginal revenue equals marginal cost C. total revenue is at its highest D. average variable cost is at its lowest",
    "The Maillard reaction in cooking takes place between: A. fats and water B. amino acids and reducing sugars C. starch and salt D. proteins and oxygen only",
    "Which vitamin is most readily lost when vegetables are boiled for a long time? A. Vitamin A B. Vitamin C C. Vitamin D D. Vitamin K",
    "A price ceiling set below the equilibrium price typically causes: A. a surplus B. a shortage C. no change in quantity traded D. a shift of the demand curve",
    "Which temperature range is usually called the food safety danger zone? A. 0 to 4 °C B. 5 to 60 °C C. 65 to 90 °C D. above 100 °C",
    "What is the main gas produced by yeast during bread fermentation? A. Oxygen B. Nitrogen C. Carbon dioxide D. Methane",
    "Which of the following is an example of a public good? A. A burrito from a food truck B. Street lighting C. A rented market stall D. A bag of apples",
    "The pH of lemon juice is closest to: A. 2 B. 5 C. 7 D. 10",
    "Which plant family includes tomatoes, potatoes and aubergines? A. Brassicaceae B. Solanaceae C. Cucurbitaceae D. Fabaceae",
    "If the price of coffee rises and the demand for tea increases, coffee and tea are: A. complements B. substitutes C. inferior goods D. Giffen goods",
    "Which organelle is the site of photosynthesis in plant cells? A. Mitochondrion B. Ribosome C. Chloroplast D. Golgi apparatus",
    "Propane for food truck stoves is stored as a liquid under pressure because: A. it is denser than water B. its boiling point is below room temperature at atmospheric pressure C. it cannot burn as a gas D. it reacts with air at room temperature",
    "Which economist is most associated with the invisible hand metaphor? A. John Maynard Keynes B. Adam Smith C. Milton Friedman D. Karl Marx",
    "The pasteurisation of milk mainly aims to: A. raise its fat content B. kill pathogenic microorganisms C. add vitamins D. remove lactose",
    "Honey resists spoilage mainly because of its: A. high water activity B. low water activity and acidity C. high protein content D. neutral pH",
    "Demand is called elastic when the absolute value of its price elasticity is: A. below zero B. exactly zero C. between zero and one D. greater than one",
    "Which nutrient provides the most energy per gram? A. Carbohydrate B. Protein C. Fat D. Fibre",
    "A crop rotation that includes legumes improves the soil mainly by: A. adding phosphorus B. fixing atmospheric nitrogen C. lowering soil pH D. removing weeds",
    "What kind of cost is the monthly rent a food truck pays for a parking lot? A. Variable cost B. Marginal cost C. Fixed cost D. Opportunity benefit",
    "Which process turns shredded cabbage into sauerkraut? A. Distillation B. Lactic acid fermentation C. Pasteurisation D. Caramelisation",
    "A licence to trade on public land is best described as: A. a freehold interest B. a permission that creates no interest in the land C. a mortgage D. a lease of indefinite length",
    "Along with chlorine, which element makes up table salt? A. Potassium B. Sodium C. Calcium D. Magnesium",
    "The repeal of the Corn Laws in Britain in 1846 mainly: A. raised tariffs on imported grain B. removed tariffs on imported grain C. banned grain exports D. nationalised farms",
    "Which of these is a common symptom of listeriosis in otherwise healthy adults? A. Fever and muscle aches B. Hair loss C. Tooth decay D. Improved appetite",
]

CLEAN_HEALTH = [
    "How long can cooked rice safely sit out at a food stall before it should be thrown away?",
    "What are the early signs of a severe allergic reaction to peanuts?",
    "Is it safe to eat raw oysters from a market stall during pregnancy?",
    "What should I do for a minor burn from a hot griddle plate?",
    "How much water should someone drink when working outdoors all day in summer heat?",
    "Can standing for ten hours a day behind a market stall cause varicose veins?",
    "What is the difference between food poisoning and a stomach virus?",
    "How can I tell whether I am sensitive to gluten or actually have coeliac disease?",
    "Are there health risks from breathing in charcoal grill smoke every weekend?",
    "Which painkillers are safe to take on an empty stomach?",
    "How do I look after a deep cut from a kitchen knife until I can see a doctor?",
    "Why does my lower back ache after lifting crates of vegetables, and how can I prevent it?",
    "Is unpasteurised cheese risky for people with weakened immune systems?",
    "Which vaccinations are recommended for people who handle food for a living?",
    "How long does a norovirus infection usually last, and when is it safe to go back to work with food?",
    "Can eating a lot of spicy street food cause stomach ulcers?",
    "What are the symptoms of heat exhaustion, and how is it different from heatstroke?",
    "Is carbon monoxide from a petrol generator dangerous inside a partly enclosed gazebo?",
    "How often should food handlers wash their hands during a busy shift?",
    "What should a person with type 2 diabetes look out for when choosing snacks at a food festival?",
    "Can a wasp sting cause a delayed reaction the next day?",
    "Is it normal to feel dizzy after skipping lunch on a long market day?",
    "What is the safest way to reheat leftover curry?",
    "How can I protect my skin when working outdoors at markets all summer?",
    "Which foods are highest in iron for someone following a vegetarian diet?",
]

# Every national id above and its validator; each is checked and must be marked ID_NUMBER.
NATIONAL_IDS = {
    "110105198807143520": china_id_ok,  # Chinese resident identity number
    "440306199305270616": china_id_ok,
    "372.591.046-43": cpf_ok,  # Brazilian CPF
    "815.203.947-05": cpf_ok,
    "5738 2049 1622": aadhaar_ok,  # Indian Aadhaar
    "8264 1937 5029": aadhaar_ok,
    "S8812473A": nric_ok,  # Singapore NRIC
    "790623-4187": luhn_len(10),  # Swedish personnummer
    "318476290": bsn_ok,  # Dutch BSN
    "880215-2035163": rrn_ok,  # Korean resident registration number
    "538 172 646": tfn_ok,  # Australian tax file number
    "718 462 357": tfn_ok,
    "362 819 476": luhn_len(9),  # Canadian SIN
    "034172593": luhn_len(9),  # Israeli teudat zehut
    "15038512347": luhn_len(11),  # Greek AMKA
    "8604125083080": luhn_len(13),  # South African id
    "37620814540": kimlik_ok,  # Turkish kimlik
    "943 476 5919": nhs_ok,  # NHS number
    "718 205 4639": nhs_ok,
    "92031512342": pesel_ok,  # Polish PESEL
    "CSTLRA85M52F839A": codice_fiscale_ok,  # Italian codice fiscale
    "MRNGPP79C14L219C": codice_fiscale_ok,
    "230791-274T": hetu_ok,  # Finnish henkilötunnus
    "7392 5104 8628": my_number_ok,  # Japanese My Number
    "53920174D": dni_ok,  # Spanish DNI
    "Y4829103Z": dni_ok,  # Spanish NIE
    "8315924E": pps_ok,  # Irish PPS number
    "2 85 07 75 116 238 95": nir_ok,  # French NIR
    "85.07.30-273.79": belgian_id_ok,  # Belgian national number
    "150689 47372": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 915 476": nif_ok,  # Portuguese NIF
    "2850614401231": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "48904120272": isikukood_ok,  # Estonian isikukood
    "120384-3769": kennitala_ok,  # Icelandic kennitala
    "856215/3127": rodne_cislo_ok,  # Czech rodné číslo
    "3184726597": rnokpp_ok,  # Ukrainian RNOKPP
    "47 120 593 867": steuer_id_ok,  # German tax id
    "ZKM4187": nhi_ok,  # New Zealand NHI
    "4738 59161 2": medicare_ok,  # Australian Medicare card
}

# Every phone must match one of these: only the ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def _kinds(marked: str) -> set[str]:
    return {s["type"] for s in marked_spans(marked)}


def check_mix() -> None:
    """The chat requests name people and 18 to 22 hold a secret (2 or 3 of them an API key);
    38 to 42 records hold a national id, the first 40 one each and the rest none; every card
    is Luhn-valid and not a test number, every IBAN valid and no documentation example."""
    named = sum("PERSON" in _kinds(t) for t in CHAT)
    secret = sum(bool(_kinds(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    keys = sum("API_KEY" in _kinds(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {keys} keys")
    ids = set(NATIONAL_IDS)
    with_id = [i for i, t in enumerate(RECORDS) if any(s["value"] in ids for s in marked_spans(t))]
    if not 38 <= len(with_id) <= 42 or with_id != list(range(len(NATIONAL_IDS))):
        raise SystemExit(f"records: national ids in {with_id}")
    if len(NATIONAL_IDS) != len(with_id):
        raise SystemExit("records: one national id a record")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            value = span["value"]
            compact = value.replace(" ", "")
            if span["type"] == "CREDIT_CARD" and (
                not luhn_ok(value) or compact in WELL_KNOWN_CARDS
            ):
                raise SystemExit(f"card {value!r} invalid or a test number")
            if span["type"] == "IBAN_CODE" and (
                not iban_ok(value) or compact.upper() in DOCUMENTATION_IBANS
            ):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


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
        "blind178", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
