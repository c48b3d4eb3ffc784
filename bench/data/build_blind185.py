# ruff: noqa: E501
"""A hundred-and-eighty-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on swimming pools, diving centres and lifeguard rotas.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets'
texts (but for a slip: nine lines of ``build_blind36.py``'s texts and the list of
``build_blind163.py``'s section names, glimpsed after this set was drafted). Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a leisure-centre, swim-school or dive-centre chatbot
  would get: lifeguard rotas, shift swaps, lane allocations, cost splits, bookings, lost
  property, plant-room and lockbox codes, sign-offs, appositives ("the treasurer, X,") and
  instructions ("tell X that ..."); the first 30 typed all in lower case, the next 6 in
  Spanish, German, French, Italian, Polish and Russian, the last 84 in English. Names of many
  origins and scripts (Latin with diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
  Bengali, Thai, Chinese, Japanese, Korean, Yoruba), some of them ordinary words (Hope, Rose,
  Bill, Grace, Summer, Wade, Coral, Crystal, Pearl, Will ...), most with no cue word; 21
  hold a secret (gate, door, lockbox, safe and alarm codes, PINs, wifi keys, passwords, 2FA
  codes and three API keys or tokens);
* 100 one-person records (one sentence or a short form each, 2 to 5 values): enrolment
  and membership forms, staff and payroll records, dive waivers, referrals, in English and
  many other languages; 40 hold a check-digit-valid national id of 33 kinds, the others
  phones, e-mails, addresses, cards, IBANs, an SSN, passports, licences, usernames and
  account, member, customer, employee, student and patient numbers.

Usernames and logins, account, customer, member, employee, student and patient numbers,
passports, driving licences and national ids are ID_NUMBER; PINs, gate, door, lockbox, safe
and alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles (Mr, Mrs, Dr, Coach,
pani) stay outside PERSON spans; an address span runs from the street line through the
postcode and city as typed; public figures, companies, fictional characters, order, invoice
and ticket numbers and dates of birth are not labelled; every occurrence of a private value
is marked. The 100 clean texts hold no personal data: 25 MT-Bench and Vicuna-style prompts
(naming only public figures and fictional characters), 25 GSM8K-style word problems with
story first names, 25 MMLU-style items with options A to D and 25 health questions naming
no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind185.py`` from the repository root; the output
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Capt|Captain|Sr|Sra|Herr|Frau|Mme|Pani|Pan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all in lower case
    "can you make next week's lifeguard rota for the main pool: [[PERSON|hope adeyemi]] mon/wed early, [[PERSON|bill thornton]] tue/thu late, [[PERSON|summer okonkwo]] weekends. keep the teaching pool closed friday",
    "the gate code for the staff entrance at the lido changed to [[PASSWORD|4417#]], can you write a short note to the weekend team about it",
    "my daughter [[PERSON|zoë marchetti]] missed her level 4 swim assessment on saturday, can she redo it next week? you can text me on [[PHONE_NUMBER|07700 900418]]",
    "split the diving trip costs four ways please: boat hire £480, tanks £96, lunch £64. it's me, [[PERSON|kwame asante]], [[PERSON|lena vogt]] and [[PERSON|rui tavares]]",
    "tell [[PERSON|grace]]: chlorine delivery thursday",
    "who's covering poolside on sunday morning? [[PERSON|dmitri sokolov]] called in sick and [[PERSON|ayesha rahman]] is already on a double",
    "please reset my booking account password, the old one was [[PASSWORD|splash2021!]] and it stopped working. username [[ID_NUMBER|m.oduya88]]",
    "add [[PERSON|李伟]] and [[PERSON|王芳]] to the tuesday adult improvers lane, they paid at reception",
    "the treasurer, [[PERSON|priya nair]], asked for the list of unpaid club fees by friday. can you draft the reminder email",
    "[[PERSON|rose]] from the saturday crew wants to swap her shift with [[PERSON|jack]], is that ok under the two-qualified-lifeguards rule",
    "our dive instructor [[PERSON|tomás ó briain]] left his logbook in the drying room, can someone email him at [[EMAIL_ADDRESS|tobriain@example.ie]]",
    "wifi for the poolside tablets: network aquahall-staff, key [[PASSWORD|lane7tumble88]]. can you put that on the laminated sheet for the office",
    "[[PERSON|olumide]]'s nplq expiry?",
    "we need a rota for the open water sessions at the quarry over the summer. the sessions are tuesday and thursday 6-8pm and sunday 7-9am. the safety crew are [[PERSON|sven lindqvist]], [[PERSON|marta nowak]], [[PERSON|keanu kahale]] and [[PERSON|fatou diallo]]. two of them on the water each session, one in the kayak and one on the bank with the throw line. nobody should do two sessions in a row, and [[PERSON|marta]] can't do sundays because of church",
    "what time does the learner pool open on bank holiday monday? asking for my son [[PERSON|arjun mehta]] who has a lesson booked",
    "hi, i'm [[PERSON|noa ben-david]] and i'd like to cancel my aqua aerobics block, refund to the card ending 4471 please",
    "the lockbox at the dive shed is [[PASSWORD|0619]], tell [[PERSON|will]] he can pick up the regulators any time after 6",
    "please send the parent contact list for the squad gala to [[EMAIL_ADDRESS|galasec.hollins@example.org]], thanks, [[PERSON|dawn]]",
    "write a thank you card for mrs [[PERSON|eleanor whitcombe]], she's retiring after 31 years on the front desk at the leisure centre",
    "[[PERSON|jun park]] and [[PERSON|박서준]] both want the 6am lane on wednesdays, who booked first?",
    "my 2fa code for the staff portal is [[PASSWORD|583 206]], the site keeps timing out before i can log in, what do i do",
    "give [[PERSON|mehmet yıldız]] the key holder role for the early opening, his mobile is [[PHONE_NUMBER|07700 900652]]",
    "list everyone in the bronze medallion course: [[PERSON|chloé dubois]], [[PERSON|sipho ndlovu]], [[PERSON|ingrid haugen]], [[PERSON|rafael ortega]]. exam is on the 14th",
    "can you change the name on the family membership from [[PERSON|pat kelleher]] to [[PERSON|patricia kelleher]]",
    "reminder for the diving club: the compressor room alarm code is [[PASSWORD|7734]] now, not the old one. from [[PERSON|ifeoma chukwu]]",
    "i'm the swim coach, [[PERSON|anders brekke]]. can you draft a message to parents about the new pool temperature?",
    "[[PERSON|faith mwangi]] on the rota tonight?",
    "book a private lesson for [[PERSON|ananya iyer]], age 7, any weekday after 4. dad's number is [[PHONE_NUMBER|(312) 555-0147]]",
    "[[PERSON|ruby]], [[PERSON|amber]] and [[PERSON|coral]] are on the kiosk this weekend, can you make a simple cleaning checklist for them",
    "the api token for the turnstile system is [[API_KEY|tsk_live_4f9a2c7e81b05d36]], can you tell me why the dashboard says unauthorised",
    # Spanish, German, French, Italian, Polish, Russian
    "Hola, soy [[PERSON|Lucía Fernández Ortiz]]. Quiero apuntar a mi hijo [[PERSON|Mateo]] al cursillo de natación de julio; mi correo es [[EMAIL_ADDRESS|lucia.fdez@example.es]].",
    "Bitte trag [[PERSON|Jürgen Weißmann]] für Samstag als Aufsicht am Sprungturm ein, [[PERSON|Katrin Böhm]] übernimmt dafür seinen Dienst am Donnerstag.",
    "Le code du portail du centre de plongée est [[PASSWORD|B2748]], peux-tu le transmettre à [[PERSON|Hélène Rousseau]] avant la sortie de dimanche ?",
    "Ciao, sono [[PERSON|Giuseppe Mancuso]], istruttore di apnea. Puoi preparare i turni della piscina per la settimana con [[PERSON|Chiara Esposito]] e [[PERSON|Federica Galli]]?",
    "Proszę przypomnieć pani [[PERSON|Małgorzacie Wiśniewskiej]], że jej karnet na basen wygasa w piątek. Jej e-mail: [[EMAIL_ADDRESS|m.wisniewska@example.pl]]",
    "Подскажите, можно ли перенести занятие по дайвингу [[PERSON|Алексея Смирнова]] на среду? Его номер [[PHONE_NUMBER|+44 7700 900284]].",
    # English
    "Rota for the leisure centre next week, please tidy it into a table with one column per day and flag any day with fewer than two qualified lifeguards: Mon – [[PERSON|Oksana Melnyk]] & [[PERSON|Dev Chaudhary]]; Tue – [[PERSON|Hope Carter]]; Wed – [[PERSON|Björn Eklund]] & [[PERSON|Grace Liu]]; Thu – [[PERSON|Oksana]] again, plus an agency lifeguard if we can get one; Fri – [[PERSON|Grace]]; Sat and Sun – casual staff from the bank list. [[PERSON|Hope]] is still waiting for her NPLQ renewal, so she can only do reception.",
    "Can you tell Coach [[PERSON|Marcus Bell]] that the diving boards are closed until the engineer signs them off?",
    "The alarm code for the plant room is [[PASSWORD|2906]] and the key safe by the fire exit is [[PASSWORD|C-1184]]. Put both in the handover note for [[PERSON|Siobhán Ní Dhomhnaill]].",
    "Please draft an email to the parents of [[PERSON|Ethan Brooks]], who was stung by something in the outdoor pool; the mum's email is [[EMAIL_ADDRESS|kbrooks.family@example.com]].",
    "Split the lane hire for our triathlon club: 12 sessions at £55 between [[PERSON|Ngozi Eze]], [[PERSON|Callum Reid]], [[PERSON|Yuki Tanaka]] and me.",
    "Hi, [[PERSON|Bill]] here from the Tuesday masters group. Is the 50m pool going to be split into 25s over half term?",
    "Who's got the first aid kit keys? [[PERSON|Summer]] said she gave them to [[PERSON|Frank]] but he's off till Monday.",
    "The Wi-Fi on the dive boat is SeaDragon_Guest, password [[PASSWORD|kelp&wrasse2024]]. Can you write a welcome card for passengers?",
    "Our head lifeguard, [[PERSON|Adaeze Okafor]], needs the incident log from last Sunday's near-drowning exported as a PDF.",
    "I'm [[PERSON|Σταύρος Παπαδόπουλος]], I booked a try-dive for two on the 3rd. Can I change the second person to my cousin [[PERSON|Ελένη]]?",
    "Please send the pool plant service report to [[PERSON|Rahul Deshpande]] at [[EMAIL_ADDRESS|rahul.d@example.net]] and copy in the duty manager.",
    "Lockbox at the beach hut: [[PASSWORD|3-9-1-5]]. Leave the rescue tubes inside after your shift. – [[PERSON|Mia Kowalczyk]]",
    "Can you rewrite this so it's less blunt: [[PERSON|Darren]], you were late for three early shifts in a row and the pool opened without a second lifeguard.",
    "Booking under [[PERSON|Aigerim Nurlanovna]] for the family swim at 2pm, five people. Does she need to pay for the baby?",
    "Cover for [[PERSON|Joy]] tomorrow?",
    "The shared login for the chemical dosing dashboard is [[ID_NUMBER|poolplant_ops]] / [[PASSWORD|Dosing!Feb88]]. Why does it say my session expired every five minutes?",
    "We're doing a sponsored swim for [[PERSON|Hannah Whitfield]], who coached here for 20 years. Can you write the poster text?",
    "Please add a note to [[PERSON|Óscar Villanueva]]'s membership: doctor's letter received, no diving for 6 weeks after ear surgery.",
    "Hours for next month's lifeguard rota: [[PERSON|Leilani Kealoha]] 64, [[PERSON|Tariq Haddad]] 48, [[PERSON|Eun-ji Choi]] 52, [[PERSON|Pieter de Vries]] 30. Who is over the 60-hour cap?",
    "My kid's swim school account number is [[ID_NUMBER|SW-208417]] and I was charged twice this month. Can you help?",
    "Can you check the CCTV request from [[PERSON|Rivka Goldberg]]? She says her locker was opened on Thursday evening.",
    "Draft a reply to [[PERSON|Femi Adebayo]] saying we can't refund the dive course deposit after the 14-day window, but we can move his dates.",
    "[[PERSON|Xochitl Ramírez]] and [[PERSON|Brooke Hanley]] are both doing the pool plant operator course. Who needs the hotel booked?",
    "Please email the new gym and pool induction pack to [[EMAIL_ADDRESS|j.abernathy@example.co.uk]], she starts on the front desk on Monday.",
    "The safe in the dive centre office opens with [[PASSWORD|418277]]; [[PERSON|Kofi Boateng]] needs the cash float for the Saturday boat.",
    "[[PERSON|Ravi]] and [[PERSON|Meera Pillai]] sharing a lane: allowed?",
    "I've attached a photo of [[PERSON|Lorenzo Bianchi]]'s rescue award certificate, could you write a short post for the club newsletter?",
    "Hello, my name is [[PERSON|Thandiwe Mokoena]] and I'd like to join the adult learn-to-swim class. I'm 46, I never learned as a child, and I'm very nervous in deep water. Is there a class that stays in the shallow pool for the first few weeks, and can I bring a friend for support? Evenings after 6 suit me best.",
    "Put [[PERSON|Rose Agyeman]] on lates Monday to Wednesday and [[PERSON|Patrick O'Leary]] on earlies. [[PERSON|Rose]] can't do Fridays.",
    "Our booking system integration needs the key [[API_KEY|bk_prod_8Hq2Lx7Vw3Nf9Tz4Rc6Pm1Ys]]. Can you explain how to store it safely in our config?",
    "Message for [[PERSON|Ahmed Al-Farsi]]: your rescue test is moved to 7:30am on Friday, bring your NPLQ card.",
    "[[PERSON|Nomvula]], [[PERSON|Grace]] and [[PERSON|Hamid]] are on the diving pit rota this weekend. Make sure each gets a break every hour.",
    "How do I transfer a swim pass from [[PERSON|Esther Fairbanks]] to [[PERSON|Clara Fairbanks]]? It's her daughter.",
    "My phone number on the membership is wrong, it should be [[PHONE_NUMBER|0491 570 233]]. Name's [[PERSON|Jarrah Wilson]].",
    "Please write a short bio for our new scuba instructor, [[PERSON|Haruto Sato]], who has 1,200 logged dives and teaches in Japanese and English.",
    "Can you convert this rota into a weekly grid? Early: [[PERSON|Bogdan]], [[PERSON|Ines]]. Mid: [[PERSON|Carys]]. Late: [[PERSON|Bogdan]], [[PERSON|Wade]].",
    "The guest wifi at the aquatics centre is [[PASSWORD|Backstroke#2290]]. Is it OK to print that on the café menus?",
    "[[PERSON|Sunita Rao]] asked whether her lane swimming direct debit can come out on the 15th instead of the 1st.",
    "Can you help me write a complaint to the leisure centre manager? At Saturday's 10am lesson the instructor, [[PERSON|Glen Harcourt]], shouted at my 6-year-old in the shallow end because she wouldn't put her face in the water. She came out crying and now refuses to go back. I don't want him sacked, I just want an apology and for her to move to a different class, ideally the Sunday one. Keep it firm but polite, and mention that we've been members for four years.",
    "Polish this note: Dear [[PERSON|Nadia]], thanks for covering the 6am opening at short notice, the rescue board is back from repair. Cheers, [[PERSON|Tom]]",
    "Please pay the casual lifeguards: [[PERSON|Jakub Dvořák]] 14h, [[PERSON|Saoirse Byrne]] 9h, [[PERSON|Mohammed Idris]] 11h, all at £12.40.",
    "Can you check why [[PERSON|Anneliese Krüger]] can't log in to the member app? Her username is [[ID_NUMBER|akrueger_swims]].",
    "Hi, it's [[PERSON|Viktor Horváth]]. The pool heater at the club went into fault again, code E4. Should I call the engineer or wait?",
    "Write a rota for the hotel pool attendants: [[PERSON|สมชาย ใจดี]], [[PERSON|พลอย]], [[PERSON|Ana Lima]], [[PERSON|Luis]]. Two on at all times from 7am to 9pm.",
    "Door code for the family changing village is [[PASSWORD|1972*]] until Friday; after that [[PERSON|Gareth Pryce]] will set a new one.",
    "I booked a PADI refresher for [[PERSON|Isabela Costa]] but she's pregnant now. Can we transfer it to her brother [[PERSON|Thiago]]?",
    "Summarise [[PERSON|Connor Walsh]]'s slip statement.",
    "The club secretary, [[PERSON|Maryam Hosseini]], wants the AGM minutes sent to all members before the 30th.",
    "Lane allocation for Thursday squad: lane 1 [[PERSON|Florin Popescu]], lane 2 [[PERSON|Aditi Sharma]], lane 3 [[PERSON|Hyun-woo Kang]], lane 4 [[PERSON|Ruth Abara]].",
    "My dive medical was signed by Dr [[PERSON|Miriam Okonjo]] last week. Do I need to upload it before the open water weekend?",
    "The 2FA code that came through for the payroll system is [[PASSWORD|904 617]], but it says invalid. What should I try?",
    "Reply to [[PERSON|Lwazi Dube]]: yes, the hydrotherapy pool is free for his physio group on Tuesdays at 11, £40 per hour.",
    "[[PERSON|Mark]] is covering for [[PERSON|Crystal]] on the slides Saturday, and [[PERSON|Crystal]] takes his Sunday shift. Update the rota please.",
    "Make a packing list for a liveaboard trip: me, [[PERSON|Freya Lindholm]] and [[PERSON|Elias Haddad]], 7 nights in the Red Sea.",
    "Send this to the pool plant contractor: the balance tank alarm has gone off three times. Contact on site is [[PERSON|Kieran Doyle]], [[PHONE_NUMBER|01632 960527]].",
    "Can you help me word a message asking [[PERSON|Ngaio Parata]] to return the club's rescue manikin? She's had it since the summer camp.",
    "Please deactivate the swipe card for [[PERSON|Sergei Ivanov]], membership [[ID_NUMBER|LC-0049172]]; he moved away.",
    "Our new hire [[PERSON|Dilnoza Karimova]] needs a login for the rota app. Use her work email [[EMAIL_ADDRESS|d.karimova@riversidepools.example]].",
    "The token in our kiosk till is [[API_KEY|kt_live_Zm93ZXJQb29sS2lvc2tUaWxsMjAyNA]]. Is it safe to paste it into a support ticket?",
    "Tell the diving team that [[PERSON|Kalani Akana]] has passed the rescue diver exam and can assist on the Saturday boats.",
    "Work out what each person owes for the club minibus to the gala: £210 split between [[PERSON|Hiroshi]], [[PERSON|Beatriz]], [[PERSON|Olu]], [[PERSON|Ines Carvalho]] and [[PERSON|Sam]].",
    "Kindly note the spa attendant, [[PERSON|Violet Ashworth]], will be on leave from 3 to 17 March, please reorganise cover.",
    "[[PERSON|אברהם כהן]] asked if the pool has a women-only session for his wife. Can you list the times?",
    "The keypad on the outdoor pool gate is stuck on the old code, [[PASSWORD|5501]]. Who do I call? I'm [[PERSON|Hollie Marsh]], on the late shift.",
    "Please book the 8am diving board session for [[PERSON|अनिका वर्मा]] and her coach.",
    "Could you draft a text to [[PERSON|রহিম উদ্দিন]] saying his son's goggles are in lost property?",
    "[[PERSON|محمد العتيبي]] wants to rent the whole pool for a private party on the 22nd. What should I quote him?",
    "Tell [[PERSON|Иван Петров]] his refresher is Thursday.",
    "Update the emergency contacts: for [[PERSON|Lily Chen]] it's now her father, [[PERSON|Chen Jian]], on [[PHONE_NUMBER|(415) 555-0162]].",
    "The treasurer, [[PERSON|Adébáyọ̀ Ọládípọ̀]], needs the receipts for the new lane ropes by Friday.",
    "Can you please explain to [[PERSON|Hope]] why she can't bring glass bottles onto the pool deck? She's new on reception.",
    "Night swim staffing: [[PERSON|Cormac]], [[PERSON|Ayo]], [[PERSON|Sakura Yamamoto]] on deck; [[PERSON|Bill]] on the gate; [[PERSON|Pearl]] at first aid.",
    "Can you make a certificate for [[PERSON|田中 美咲]] who just passed her 100m backstroke badge?",
    "Hi, this is [[PERSON|김민지]]. I left my swimming bag in locker 23 yesterday, can someone check?",
    "Please remind the committee that the gala hall deposit was paid by [[PERSON|Graham Tulloch]] and he needs reimbursing by Wednesday.",
    "My son [[PERSON|Luca Moretti]] has mild asthma and uses a blue inhaler before sport. He wants to do the 1km sponsored swim next month with his class. Is it safe for him, and can the lifeguards keep his inhaler at the side of the pool? Please reply to [[EMAIL_ADDRESS|moretti.home@example.com]] rather than calling, I work nights.",
    "My home IP [[IP_ADDRESS|198.51.100.23]] keeps getting blocked by the pool booking site. I'm [[PERSON|Declan Shaw]], member since 2019.",
    "Swap request: [[PERSON|Anjali]] takes [[PERSON|Piotr]]'s Saturday early, [[PERSON|Piotr]] takes her Tuesday late. OK to approve?",
    "The CO2 dosing supplier wants a contact: give them [[PERSON|Marisol Cruz]], [[EMAIL_ADDRESS|marisol.cruz@example.org]], [[PHONE_NUMBER|(206) 555-0119]].",
    "Write a short condolence card from the diving club for [[PERSON|Gwen Pritchard]], whose husband [[PERSON|Huw]] founded the club.",
    "Our key holder PIN for the alarm company is [[PASSWORD|8826]]. [[PERSON|Dominika Nováková]] will be the second key holder from next month.",
    "Can you calculate overtime for [[PERSON|Baraka Otieno]]: contracted 30 hours, worked 41 last week on the outdoor pool.",
    "Forward the heatwave opening hours to [[PERSON|Lars]] and [[PERSON|Birgitta Sjöberg]] so they can update the website.",
    "Password for the poolside PA tablet is [[PASSWORD|Whistle_0712]]; tell [[PERSON|Ngozi]] to change it after the gala.",
]

# 100 one-person records as (language, text): 40 with a check-digit-valid national id, the
# rest with contact details, cards, IBANs and account, member, employee or patient numbers.
# fmt: off
RECORD_ITEMS = [
    # with a national id
    ("en", "Swim school medical form, child: [[PERSON|Alfie Brennan]], NHS number [[ID_NUMBER|724 190 3668]], parent mobile [[PHONE_NUMBER|07700 900118]]."),
    ("en", "Hydrotherapy referral for [[PERSON|Margaret Oyelaran]], NHS no. [[ID_NUMBER|483 627 0197]], [[STREET_ADDRESS|14 Weir Lane, Tewkesbury GL20 5QX]]."),
    ("hi", "तैराकी प्रशिक्षक पंजीकरण: [[PERSON|विक्रम सिंह]], आधार [[ID_NUMBER|5283 6147 0924]], ईमेल [[EMAIL_ADDRESS|vikram.singh@example.in]]"),
    ("en", "Lifeguard applicant, Pune office: [[PERSON|Deepa Krishnan]], Aadhaar [[ID_NUMBER|8164 2093 5713]], email [[EMAIL_ADDRESS|deepa.k@example.in]]."),
    ("nl", "Aanmelding zwemles: [[PERSON|Sanne de Graaf]], BSN [[ID_NUMBER|318629471]], [[STREET_ADDRESS|Kanaalweg 27, 3526 KL Utrecht]]."),
    ("nl", "Badmeester in dienst: [[PERSON|Joost van Leeuwen]], burgerservicenummer [[ID_NUMBER|205736191]], IBAN [[IBAN_CODE|NL52 RABO 0348 1729 56]]."),
    ("pl", "Karta pływaka: [[PERSON|Krzysztof Zieliński]], PESEL [[ID_NUMBER|92071543827]], adres [[STREET_ADDRESS|ul. Wodna 14/3, 61-781 Poznań]]."),
    ("pl", "Zgłoszenie na kurs ratownika wodnego: [[PERSON|Zuzanna Kamińska]], PESEL [[ID_NUMBER|03241087650]], e-mail [[EMAIL_ADDRESS|zuza.kaminska@example.pl]]."),
    ("pt", "Ficha de mergulhador: [[PERSON|Rodrigo Albuquerque]], CPF [[ID_NUMBER|371.846.209-50]], e-mail [[EMAIL_ADDRESS|rodrigo.alb@example.com.br]]."),
    ("pt", "Inscrição na hidroginástica: [[PERSON|Maria das Graças Souza]], CPF [[ID_NUMBER|604.215.938-06]], [[STREET_ADDRESS|Rua das Acácias, 412, Boa Viagem, Recife - PE, 51020-310]]."),
    ("tr", "Yüzme kursu kaydı: [[PERSON|Elif Demir]], T.C. kimlik no [[ID_NUMBER|38562714028]], e-posta [[EMAIL_ADDRESS|elif.demir@example.com.tr]]."),
    ("tr", "Cankurtaran personel kartı: [[PERSON|Burak Aydın]], TCKN [[ID_NUMBER|52703918410]], IBAN [[IBAN_CODE|TR13 0006 2000 4827 1936 5041 82]]."),
    ("es", "Ficha de socorrista: [[PERSON|Alejandro Ruiz Navarro]], DNI [[ID_NUMBER|73920514D]], cuenta [[IBAN_CODE|ES34 0487 1032 1852 0617 4938]]."),
    ("fi", "Uimahallin kausikortti: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240891-6136]], sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.fi]]."),
    ("it", "Iscrizione al corso sub: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI88P52F839O]], [[STREET_ADDRESS|Via Caracciolo 18, 80122 Napoli]]."),
    ("zh", "游泳馆会员登记：[[PERSON|陈静]]，身份证号 [[ID_NUMBER|310104198706234520]]，邮箱 [[EMAIL_ADDRESS|chenjing.swim@example.cn]]"),
    ("en", "Dive trip passenger: [[PERSON|Zhou Xinyi]], Chinese resident ID [[ID_NUMBER|510107199309142869]], emergency email [[EMAIL_ADDRESS|xinyi.zhou@example.com]]."),
    ("en", "Aquatic centre staff pass: [[PERSON|Nur Aisyah binte Rahmat]], NRIC [[ID_NUMBER|T0348261D]], email [[EMAIL_ADDRESS|nur.aisyah@example.sg]]."),
    ("ko", "수영장 강사 등록: [[PERSON|이수진]], 주민등록번호 [[ID_NUMBER|880417-2617358]], 이메일 [[EMAIL_ADDRESS|sujin.lee@example.kr]]"),
    ("en", "Lifeguard payroll, Gold Coast: [[PERSON|Brodie McAllister]], TFN [[ID_NUMBER|618 294 004]], mobile [[PHONE_NUMBER|0491 570 118]]."),
    ("en", "Swim clinic intake: [[PERSON|Tayla Nguyen]], Medicare [[ID_NUMBER|3619 48274 1]], phone [[PHONE_NUMBER|+61 491 570 264]]."),
    ("ja", "ダイビングショップ従業員登録 氏名: [[PERSON|佐藤 健太]] マイナンバー: [[ID_NUMBER|5038 1947 2620]] メール: [[EMAIL_ADDRESS|kenta.sato@example.jp]]"),
    ("en", "Lifeguard contract, Galway: [[PERSON|Niamh Gallagher]], PPS [[ID_NUMBER|8273645T]], IBAN [[IBAN_CODE|IE39 BOFI 9013 8472 6153 90]]."),
    ("fr", "Fiche maître-nageur : [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 118 042 37]], IBAN [[IBAN_CODE|FR19 2004 1010 1207 3945 1836 K42]]."),
    ("fr", "Inscription aquagym : [[PERSON|Mathilde Janssens]], numéro national [[ID_NUMBER|79.11.23-384.80]], e-mail [[EMAIL_ADDRESS|mathilde.janssens@example.be]]."),
    ("no", "Påmelding til livredderkurs: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|12058348234]], e-post [[EMAIL_ADDRESS|ingrid.solberg@example.no]]."),
    ("pt", "Ficha de sócio da piscina municipal: [[PERSON|Inês Carvalho Pinto]], NIF [[ID_NUMBER|248710354]], IBAN [[IBAN_CODE|PT30 0035 0746 0003 8472 6159 3]]."),
    ("ro", "Fișă de înscriere la cursul de înot: [[PERSON|Andreea Popa]], CNP [[ID_NUMBER|2860912407131]], e-mail [[EMAIL_ADDRESS|andreea.popa@example.ro]]."),
    ("es", "Ficha de buzo: [[PERSON|Camilo Araya Fuentes]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|camilo.araya@example.cl]]."),
    ("et", "Ujula püsikaart: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49102183725]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]]."),
    ("is", "Sundlaugarkort: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|170694-2609]], netfang [[EMAIL_ADDRESS|gudrun.sig@example.is]]."),
    ("cs", "Přihláška na kurz plavání: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|856214/3711]], [[STREET_ADDRESS|Plavecká 12, 602 00 Brno]]."),
    ("uk", "Анкета рятувальника: [[PERSON|Олександр Коваленко]], РНОКПП [[ID_NUMBER|3418276598]], ел. пошта [[EMAIL_ADDRESS|o.kovalenko@example.com.ua]]."),
    ("de", "Personalbogen Rettungsschwimmer: [[PERSON|Lukas Hoffmann]], Steuer-ID [[ID_NUMBER|59284173062]], IBAN [[IBAN_CODE|DE44 3705 0198 0048 2761 35]]."),
    ("en", "Learn-to-swim enrolment, Auckland: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKR4189]], parent email [[EMAIL_ADDRESS|ngata.whanau@example.co.nz]]."),
    ("sv", "Anmälan till simskolan: [[PERSON|Elsa Lindgren]], personnummer [[ID_NUMBER|890316-4823]], e-post [[EMAIL_ADDRESS|elsa.lindgren@example.se]]."),
    ("en", "Pool staff onboarding, Toronto: [[PERSON|Mathieu Tremblay]], SIN [[ID_NUMBER|736 284 910]], phone [[PHONE_NUMBER|(416) 555-0138]]."),
    ("he", "טופס הרשמה לחוג שחייה: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|318476025]], דוא\"ל [[EMAIL_ADDRESS|noa.levi@example.co.il]]"),
    ("el", "Αίτηση ναυαγοσώστη: [[PERSON|Γιώργος Νικολαΐδης]], ΑΜΚΑ [[ID_NUMBER|14098726152]], email [[EMAIL_ADDRESS|g.nikolaidis@example.gr]]"),
    ("en", "Dive centre waiver, Cape Town: [[PERSON|Sibusiso Mahlangu]], ID number [[ID_NUMBER|9106245083080]], email [[EMAIL_ADDRESS|sibusiso.m@example.co.za]]."),
    # no national id
    ("en", "New member: [[PERSON|Harriet Lowe]], [[STREET_ADDRESS|22 Millbrook Road, Southampton SO15 3HX]], [[PHONE_NUMBER|07700 900274]], member no. [[ID_NUMBER|AQ-55120]]."),
    ("en", "Casual lifeguard pay details: [[PERSON|Josh Penhaligon]], IBAN [[IBAN_CODE|GB29 LOYD 3096 2148 7203 65]]."),
    ("en", "Dive deposit paid by card [[CREDIT_CARD|4539 1728 4601 7357]], cardholder [[PERSON|Priyanka Basu]], receipt to [[EMAIL_ADDRESS|p.basu@example.com]]."),
    ("en", "Patient [[PERSON|Edmund Sykes]], hospital no. [[ID_NUMBER|RH4481207]], referred for aquatic therapy; contact [[PHONE_NUMBER|01632 960318]]."),
    ("en", "Swim team roster: [[PERSON|Madison Kowalski]], [[STREET_ADDRESS|1840 Lakeshore Drive, Madison, WI 53703]], parent cell [[PHONE_NUMBER|(608) 555-0173]]."),
    ("en", "Lifeguard W-4 on file: [[PERSON|Tyrone Jefferson]], SSN [[US_SSN|412-68-3079]], [[STREET_ADDRESS|77 Palmetto Ave, Tampa, FL 33606]]."),
    ("de", "Mitgliedsantrag Tauchverein: [[PERSON|Sabine Krause]], [[STREET_ADDRESS|Seestraße 41, 24103 Kiel]], Mitgliedsnummer [[ID_NUMBER|TV-20871]], [[EMAIL_ADDRESS|sabine.krause@example.de]]."),
    ("de", "Kursgebühr Aquafitness per Lastschrift: [[PERSON|Horst Brandt]], IBAN [[IBAN_CODE|DE44 5001 0517 0943 8172 60]]."),
    ("fr", "Réservation baptême de plongée : [[PERSON|Julien Marchand]], carte [[CREDIT_CARD|5183 6204 7195 3722]], tél. [[PHONE_NUMBER|+44 7700 900815]]."),
    ("fr", "Adhérent n° [[ID_NUMBER|CN-3307]] du club de natation : [[PERSON|Aurélie Fontaine]], [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]]."),
    ("es", "Abono de temporada de la piscina: [[PERSON|Carmen Vidal Soler]], [[STREET_ADDRESS|Calle del Pez 12, 3º B, 28004 Madrid]], IBAN [[IBAN_CODE|ES74 2100 3857 1402 0063 7419]]."),
    ("es", "Socio nº [[ID_NUMBER|PM-88213]] del club de buceo: [[PERSON|Javier Méndez]], [[EMAIL_ADDRESS|javi.mendez@example.es]]."),
    ("it", "Abbonamento piscina: [[PERSON|Matteo Ricci]], tessera [[ID_NUMBER|PC-604218]], IBAN [[IBAN_CODE|IT90 X030 6909 6061 0000 0417 283]]."),
    ("nl", "Lidmaatschap duikvereniging: [[PERSON|Femke Bakker]], [[STREET_ADDRESS|Prinsengracht 310, 1016 HX Amsterdam]], [[EMAIL_ADDRESS|femke.bakker@example.nl]]."),
    ("pl", "Opłata za kurs nurkowania, karta [[CREDIT_CARD|5427 9108 3647 2054]], posiadacz [[PERSON|Tomasz Wróbel]]."),
    ("pl", "Ratownik: [[PERSON|Agnieszka Lis]], nr konta [[IBAN_CODE|PL82 1050 1445 1000 2291 7384 6502]], e-mail [[EMAIL_ADDRESS|a.lis@example.pl]]."),
    ("pt", "Sócio do clube de mergulho: [[PERSON|Duarte Figueiredo]], [[STREET_ADDRESS|Rua do Alecrim 57, 1200-018 Lisboa]], cartão de sócio [[ID_NUMBER|CM-1174]]."),
    ("sv", "Simhallens årskort: [[PERSON|Oskar Nyberg]], [[STREET_ADDRESS|Storgatan 14, 411 38 Göteborg]], IBAN [[IBAN_CODE|SE48 5000 0000 0583 1724 6019]]."),
    ("no", "Medlem i dykkerklubben: [[PERSON|Henrik Aasen]], konto [[IBAN_CODE|NO83 8601 2739 482]], e-post [[EMAIL_ADDRESS|henrik.aasen@example.no]]."),
    ("fi", "Uimaseuran jäsen: [[PERSON|Mikko Lehtonen]], [[STREET_ADDRESS|Hämeenkatu 9 B 12, 33100 Tampere]], IBAN [[IBAN_CODE|FI95 4005 5071 9382 64]]."),
    ("da", "Medlem af svømmeklubben: [[PERSON|Mette Kjær]], [[EMAIL_ADDRESS|mette.kjaer@example.dk]], konto [[IBAN_CODE|DK92 3000 4827 1639 50]]."),
    ("de", "Badeaufsicht, Saisonvertrag: [[PERSON|Florian Gruber]], IBAN [[IBAN_CODE|AT18 2011 1829 4736 5012]], [[STREET_ADDRESS|Linzer Straße 88, 1140 Wien]]."),
    ("de", "Anmeldung Tauchschule: [[PERSON|Nicole Brunner]], IBAN [[IBAN_CODE|CH27 0483 5029 1837 4620 C]], [[EMAIL_ADDRESS|n.brunner@example.ch]]."),
    ("ja", "会員登録 氏名: [[PERSON|山本 さくら]] 会員番号: [[ID_NUMBER|SP-30918]] メール: [[EMAIL_ADDRESS|sakura.y@example.jp]]"),
    ("zh", "潜水课程报名 姓名: [[PERSON|刘洋]] 会员号: [[ID_NUMBER|DV-77402]] 邮箱: [[EMAIL_ADDRESS|liuyang.dive@example.cn]]"),
    ("ko", "수영 강습 신청 이름: [[PERSON|박지은]] 회원번호: [[ID_NUMBER|KS-41129]] 이메일: [[EMAIL_ADDRESS|jieun.park@example.kr]]"),
    ("ar", "استمارة اشتراك في المسبح: [[PERSON|ليلى حداد]]، البريد الإلكتروني [[EMAIL_ADDRESS|layla.haddad@example.com]]، رقم العضوية [[ID_NUMBER|MB-90314]]"),
    ("he", "מנוי לבריכה: [[PERSON|יוסי אברהם]], דוא\"ל [[EMAIL_ADDRESS|yossi.a@example.co.il]], מספר מנוי [[ID_NUMBER|BR-2231]]"),
    ("ru", "Абонемент в бассейн: [[PERSON|Наталья Кузнецова]], e-mail [[EMAIL_ADDRESS|n.kuznetsova@example.ru]], номер карты клиента [[ID_NUMBER|BS-661870]]"),
    ("el", "Μέλος καταδυτικού ομίλου: [[PERSON|Κατερίνα Αλεξίου]], email [[EMAIL_ADDRESS|k.alexiou@example.gr]], αριθμός μέλους [[ID_NUMBER|KO-4412]]"),
    ("tr", "Havuz üyeliği: [[PERSON|Zeynep Kaya]], kart [[CREDIT_CARD|4928 7031 6254 9182]], e-posta [[EMAIL_ADDRESS|zeynep.kaya@example.com.tr]]"),
    ("hi", "स्विमिंग क्लब सदस्यता: [[PERSON|राहुल गुप्ता]], ईमेल [[EMAIL_ADDRESS|rahul.gupta@example.in]], सदस्य संख्या [[ID_NUMBER|SC-50827]]"),
    ("bn", "সাঁতার প্রশিক্ষণে ভর্তি: [[PERSON|তানিয়া আহমেদ]], ইমেইল [[EMAIL_ADDRESS|tania.ahmed@example.com.bd]], সদস্য নম্বর [[ID_NUMBER|BD-7731]]"),
    ("th", "สมัครสมาชิกสระว่ายน้ำ ชื่อ [[PERSON|ณัฐวุฒิ ศรีสุข]] อีเมล [[EMAIL_ADDRESS|nattawut.s@example.co.th]] เลขสมาชิก [[ID_NUMBER|TH-28816]]"),
    ("vi", "Đăng ký học bơi: [[PERSON|Nguyễn Thị Mai]], email [[EMAIL_ADDRESS|mai.nguyen@example.vn]], số thành viên [[ID_NUMBER|HB-3390]]"),
    ("id", "Pendaftaran kursus selam: [[PERSON|Putri Wulandari]], email [[EMAIL_ADDRESS|putri.w@example.co.id]], kartu [[CREDIT_CARD|5261 0483 7920 4615]]"),
    ("sw", "Usajili wa mafunzo ya kuogelea: [[PERSON|Amina Mwakilema]], barua pepe [[EMAIL_ADDRESS|amina.mwakilema@example.co.ke]], nambari ya uanachama [[ID_NUMBER|KE-20418]]"),
    ("hr", "Članarina bazena: [[PERSON|Ana Horvat]], [[EMAIL_ADDRESS|ana.horvat@example.hr]], broj člana [[ID_NUMBER|ZG-10442]]"),
    ("hu", "Úszóbérlet: [[PERSON|Kovács Eszter]], e-mail [[EMAIL_ADDRESS|eszter.kovacs@example.hu]], bérletszám [[ID_NUMBER|UB-93015]]"),
    ("ca", "Inscripció al curset de natació: [[PERSON|Núria Puig i Serra]], [[EMAIL_ADDRESS|nuria.puig@example.cat]], número de soci [[ID_NUMBER|CN-44120]]"),
    ("en", "Dive centre waiver: [[PERSON|Kemi Adéyẹmí]], emergency contact [[PHONE_NUMBER|07700 900447]], [[EMAIL_ADDRESS|kemi.adeyemi@example.com]]."),
    ("en", "Swim lessons invoice INV-2291 paid by [[PERSON|Oliver Hartley]], card [[CREDIT_CARD|3762 841930 57144]]."),
    ("en", "Member [[ID_NUMBER|WL-00731]], [[PERSON|Beatrice Ngugi]], [[STREET_ADDRESS|5 Harbour View, Penzance TR18 4AB]]."),
    ("en", "Aquanatal class booking: [[PERSON|Leah Goldstein]], patient number [[ID_NUMBER|MAT-66201]], [[PHONE_NUMBER|+44 7700 900536]]."),
    ("en", "Lifeguard [[PERSON|Kyle Fraser]], employee no. [[ID_NUMBER|E10458]], [[EMAIL_ADDRESS|kyle.fraser@example.co.uk]], [[PHONE_NUMBER|07700 900689]]."),
    ("en", "Pool party rental contract: [[PERSON|Brianna Whitaker]], [[STREET_ADDRESS|302 Cypress Bend, Austin, TX 78704]], card [[CREDIT_CARD|2223 8461 0379 2548]]."),
    ("en", "Swim club registration: [[PERSON|Émilie Gagnon]], [[STREET_ADDRESS|1475 rue Saint-Denis, Montréal, QC H2X 3J8]], [[PHONE_NUMBER|(514) 555-0126]]."),
    ("en", "Surf lifesaving nipper: [[PERSON|Cooper Walsh]], parent phone [[PHONE_NUMBER|0491 570 381]], [[STREET_ADDRESS|12 Marine Parade, Coolangatta QLD 4225]]."),
    ("en", "Scuba gear hire deposit: [[PERSON|Rashid Mahmood]], card [[CREDIT_CARD|6011 7382 9460 5182]], mobile [[PHONE_NUMBER|07700 900791]]."),
    ("en", "Customer [[ID_NUMBER|C-448105]]: [[PERSON|Yasmin Darwish]], [[EMAIL_ADDRESS|yasmin.darwish@example.com]]."),
    ("en", "Student lifeguard course: [[PERSON|Ethan Mbeki]], student number [[ID_NUMBER|2310457]], [[EMAIL_ADDRESS|e.mbeki@students.example.ac.uk]]."),
    ("en", "Disability swim session carer: [[PERSON|Gemma Holloway]], [[PHONE_NUMBER|+44 1632 960744]], [[STREET_ADDRESS|Flat 3, 19 Canal Street, Leeds LS1 4PQ]]."),
    ("en", "Club kit order paid by [[PERSON|Nikhil Banerjee]] with card [[CREDIT_CARD|4762 0593 8172 6401]], delivered to [[STREET_ADDRESS|48 Orchard Close, Reading RG4 7BN]]."),
    ("en", "Season ticket holder [[PERSON|Dolores Whitby]], account [[ID_NUMBER|ACC-7719034]], direct debit from [[IBAN_CODE|GB72 NWBK 6047 2819 3056 48]]."),
    ("en", "Dive log account: username [[ID_NUMBER|reefrunner_kai]], [[PERSON|Kai Lindberg]], [[EMAIL_ADDRESS|kai.lindberg@example.se]]."),
    ("en", "Liveaboard manifest: [[PERSON|Rebecca Thornbury]], passport [[ID_NUMBER|548217903]], [[PHONE_NUMBER|07700 900925]]."),
    ("en", "Minibus driver [[PERSON|Sian Morgan]], driving licence [[ID_NUMBER|MORGA753116SM9IJ]], [[PHONE_NUMBER|01632 960871]]."),
    ("en", "Pool plant operator [[PERSON|Ivo Petrović]], employee [[ID_NUMBER|PPO-2207]], [[EMAIL_ADDRESS|ivo.petrovic@example.hr]], card [[CREDIT_CARD|4407 2816 3059 7422]]."),
    ("en", "Private diving lesson: [[PERSON|Sebastián Quintero]], [[EMAIL_ADDRESS|s.quintero@example.co]], card [[CREDIT_CARD|3538 0491 7263 5486]]."),
    ("en", "Lost property claimant [[PERSON|Wendy Ashcroft]], [[PHONE_NUMBER|(303) 555-0184]], [[STREET_ADDRESS|910 Pine Street, Boulder, CO 80302]], login IP [[IP_ADDRESS|203.0.113.91]]."),
]
# fmt: on
RECORDS = [text for _, text in RECORD_ITEMS]

# 25 MT-Bench and Vicuna-style prompts: only public figures and fictional characters named.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that every primary school child should learn to swim 25 metres before leaving Year 6.",
    "Imagine you are Jacques Cousteau giving a radio interview in 1960. Describe what you saw on your latest dive in the Red Sea.",
    "Compose a sequence of three haiku about an empty outdoor pool in late September.",
    "Explain the difference between a lifeguard's active and passive scanning techniques as if you were teaching a class of teenagers.",
    "Write a Python function that takes a list of swimmers' 50 m times in seconds and returns the fastest three, breaking ties alphabetically by name.",
    "Role-play as a grumpy boiler in a pool plant room that has been ignored for years. Tell me your complaints.",
    "Michael Phelps won eight gold medals at the 2008 Olympics. Write a short motivational speech a coach could give using his example.",
    "Extract all the chemical names from this text and return them as a JSON list: 'The pool was shocked with calcium hypochlorite, balanced with sodium bicarbonate and stabilised with cyanuric acid.'",
    "Compare saltwater chlorination and traditional chlorine dosing for a community pool. Present the pros and cons in a table.",
    "Write a short story in which Ariel from The Little Mermaid takes a summer job as a lifeguard at a seaside lido.",
    "Suggest a 12-week training plan for an adult who can swim 200 m of freestyle and wants to finish a 1.5 km open water race.",
    "Rewrite these pool rules so they sound friendlier for children: No running. No diving in the shallow end. No food on the poolside.",
    "What are the main arguments for and against removing diving boards from public pools? Give a balanced answer.",
    "Write a SQL query that finds every lifeguard who worked more than 40 hours in any single week, given a table shifts(staff_id, shift_start, shift_end).",
    "Pretend you are Aquaman reviewing a municipal swimming pool on a travel website. Give it a star rating and explain why.",
    "Summarise the history of Olympic diving in five bullet points.",
    "Explain how buoyancy works to a curious eight-year-old, using a rubber duck and a stone as examples.",
    "Draft a polite notice telling pool users that the sauna will be closed for three weeks for refurbishment.",
    "Katie Ledecky is known for long-distance freestyle. Describe what makes distance swimming mentally different from sprinting.",
    "Write a limerick about a scuba diver who forgot to check his air gauge.",
    "You are a tour guide on a glass-bottom boat over a coral reef. Describe the first five minutes of your tour.",
    "Give me ten creative names for a new leisure centre with a wave pool and two flumes.",
    "Analyse this argument: 'Since fewer people drowned last year, we can reduce the number of lifeguards on duty.' Identify its flaws.",
    "Write a JavaScript snippet that shows a countdown to the pool's closing time, which is 21:30 every day.",
    "Captain Nemo invites you aboard the Nautilus. Write a diary entry describing your first descent.",
]

# 25 GSM8K-style word problems with story first names.
CLEAN_GSM8K = [
    "A swimming pool holds 375,000 litres of water. A pump drains 1,500 litres per minute. How many minutes does it take to drain the pool completely?",
    "Maya swims 40 lengths of a 25-metre pool every morning for 6 days. How many metres does she swim in total?",
    "The leisure centre sells adult swim tickets for $6 and child tickets for $3.50. On Saturday it sold 84 adult and 130 child tickets. How much money did it take?",
    "A dive boat carries 18 divers. Each diver uses 2 tanks per day. If a trip lasts 3 days, how many tank fills are needed?",
    "A pool is open from 6 am to 10 pm and needs 3 lifeguards on duty at all times. If each lifeguard shift lasts 4 hours, how many shifts must be filled each day?",
    "Tomas bought a pair of goggles for $14 and a swim cap for half that price. He paid with a $50 note. How much change did he get?",
    "A rectangular pool is 25 m long, 12 m wide and 1.5 m deep. What is its volume in cubic metres?",
    "Priya can swim 100 m in 2 minutes. Her brother Dev takes 25% longer for the same distance. How many minutes does Dev take to swim 400 m?",
    "A club has 48 swimmers. One third are in the junior squad, and a quarter of the rest are in the masters group. How many swimmers are in the masters group?",
    "The chlorine level in a pool drops by 0.3 ppm every hour. It starts at 3.0 ppm. After how many hours does it reach 1.2 ppm?",
    "Lena earns $15 an hour as a lifeguard and $22.50 for each hour over 35 in a week. Last week she worked 41 hours. How much did she earn?",
    "A diving centre rents wetsuits for $12 a day. A family of 4 rents them for 5 days and gets a 10% discount. How much do they pay?",
    "Jamal dives from a 10-metre platform three times and from a 3-metre springboard five times. What is the total of all the heights he dived from?",
    "A swim school runs 9 classes a week with 8 children in each class. Each child pays $11 per class. How much does the school collect in 4 weeks?",
    "An open water race is 3.8 km long. Sofia has swum 2,450 m so far. How many more metres does she need to swim?",
    "The pool kiosk sold 126 ice lollies on Monday, twice as many on Tuesday, and 40 fewer on Wednesday than on Tuesday. How many did it sell over the three days?",
    "A pool heater raises the water temperature by 0.5°C every hour. The water is 24°C at 7 am. At what time will it reach 28°C?",
    "Ben and Ruth share the $72 cost of a lane hire in the ratio 5:3. How much does Ruth pay?",
    "A scuba tank holds 200 bar of air. A diver uses 12 bar per minute at depth and must start her ascent with 50 bar left. For how many whole minutes can she stay at depth?",
    "The pool hosts 3 galas a year with 240 spectators at each. Tickets cost $4. If attendance rises by 15% next year, how much more money will the galas raise?",
    "Chen swims 30 lengths in 24 minutes. At the same pace, how many lengths can he swim in 40 minutes?",
    "A new lifeguard chair costs $850. The club has saved $320 and raises $45 a week from a cake stall. How many weeks until it can buy the chair?",
    "Ava's swimming lesson lasts 45 minutes. She spends a fifth of it warming up and a third of the remaining time on kicking drills. How many minutes does she spend on kicking drills?",
    "A water park has 5 slides. Each slide can take 2 riders a minute. How many rides can the slides give in an hour and a half?",
    "Omar's swimming club charges a $30 joining fee and $18 a month. How much does he pay in his first year?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which compounds form when free chlorine reacts with ammonia from sweat and urine in pool water? A. Chloramines B. Nitrates C. Sulfates D. Carbonates",
    "Archimedes' principle states that the buoyant force on a submerged object equals: A. the object's mass B. the weight of the fluid displaced C. the volume of the object D. the pressure at the surface",
    "A diver at a depth of 20 m in seawater experiences a total (absolute) pressure of roughly: A. 1 atm B. 2 atm C. 3 atm D. 5 atm",
    "Decompression sickness is caused mainly by bubbles of which gas? A. Oxygen B. Carbon dioxide C. Nitrogen D. Argon",
    "The pH range generally recommended for swimming pool water is: A. 5.0 to 5.5 B. 6.0 to 6.4 C. 7.2 to 7.6 D. 8.5 to 9.0",
    "Which gas law relates the volume of a gas to its pressure at constant temperature, and explains why divers must not hold their breath while ascending? A. Charles's law B. Boyle's law C. Henry's law D. Dalton's law",
    "A public swimming pool that charges no entry fee but becomes crowded at peak times is best described in economics as: A. a pure public good B. a common resource C. a luxury good D. a Giffen good",
    "Which muscle is mainly responsible for the propulsive arm pull in front crawl? A. Latissimus dorsi B. Gastrocnemius C. Quadriceps femoris D. Sternocleidomastoid",
    "The first modern Olympic Games, which included swimming events, were held in: A. 1896 B. 1900 C. 1912 D. 1924",
    "Which form of free chlorine is the stronger disinfectant in pool water? A. Hypochlorite ion B. Hypochlorous acid C. Chloride ion D. Chlorate ion",
    "Light passing at an angle from water into air bends away from the normal. This is called: A. diffraction B. reflection C. refraction D. polarisation",
    "The effects of nitrogen narcosis in divers are most often compared with: A. alcohol intoxication B. dehydration C. hypothermia D. sunburn",
    "An employer that fails to train its lifeguards adequately may be liable in tort for: A. defamation B. negligence C. trespass to land D. private nuisance",
    "In a study of pool safety signage, which of the following is a Type I error? A. Concluding the signs reduce accidents when they do not B. Concluding the signs do not reduce accidents when they do C. Using too small a sample D. Measuring the wrong outcome",
    "The specific heat capacity of liquid water is approximately: A. 0.45 J/g°C B. 1.0 J/g°C C. 2.1 J/g°C D. 4.18 J/g°C",
    "Cyanuric acid is added to outdoor pools mainly because it: A. lowers the pH B. protects chlorine from breakdown by sunlight C. removes dissolved metals D. kills algae directly",
    "Total alkalinity in pool water acts mainly as: A. a disinfectant B. a pH buffer C. a clarifier D. an algaecide",
    "Henry's law states that the amount of a gas dissolved in a liquid is proportional to: A. the temperature of the liquid B. the partial pressure of that gas above the liquid C. the volume of the container D. the density of the liquid",
    "Which philosopher is associated with the saying that no one steps into the same river twice? A. Heraclitus B. Parmenides C. Zeno of Elea D. Thales",
    "A pool 50 m long, 25 m wide and 2 m deep holds about: A. 250 m³ B. 1,250 m³ C. 2,500 m³ D. 25,000 m³",
    "Hyperventilating before a breath-hold dive is dangerous mainly because it: A. raises blood oxygen to toxic levels B. lowers carbon dioxide and delays the urge to breathe C. causes decompression sickness D. increases buoyancy",
    "In the sentence 'The lifeguard, who had trained for years, dived in', the clause 'who had trained for years' is: A. restrictive B. non-restrictive C. an independent clause D. a prepositional phrase",
    "Which organism often causes outbreaks of diarrhoea linked to swimming pools because it resists chlorine? A. Cryptosporidium B. Staphylococcus aureus C. Influenza virus D. Plasmodium falciparum",
    "Deep clear water looks blue mainly because water: A. only reflects the sky B. absorbs red wavelengths more strongly than blue ones C. contains dissolved copper D. scatters green light most",
    "A company that runs leisure centres buys the firm that supplies its pool chemicals. This is an example of: A. horizontal integration B. vertical integration C. conglomerate diversification D. franchising",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to swim with a new tattoo, and how long should I wait?",
    "What causes swimmer's ear and how can I prevent it?",
    "Can the chlorine in indoor pools trigger asthma attacks?",
    "How soon after a meal is it actually safe to go swimming?",
    "I get red, itchy eyes after every swim. Is that the chlorine or something else?",
    "Should someone with epilepsy ever swim alone in a pool?",
    "What are the warning signs of breathing trouble in a child a few hours after a swim?",
    "Is it safe to scuba dive with a cold or blocked sinuses?",
    "How long should you wait before flying after a day of recreational scuba diving?",
    "Can swimming help with lower back pain, and which strokes are best?",
    "Is it OK to keep swimming in the third trimester of pregnancy?",
    "What should I do if I get cramp in my calf while swimming in deep water?",
    "Are verrucas really caught in pool changing rooms, and how can I avoid them?",
    "What water temperature is safest for baby swimming lessons?",
    "Can hot tubs cause skin rashes, and what is hot tub folliculitis?",
    "How do I know if I'm getting too cold during an open water swim?",
    "Is it safe to swim during a period using a tampon or menstrual cup?",
    "Does regular swimming lower blood pressure?",
    "What are the symptoms of decompression sickness and when should I seek help?",
    "Can people with type 1 diabetes scuba dive safely, and what precautions are needed?",
    "Why do fingers wrinkle in the pool, and is it harmful?",
    "How long after a chest infection should I wait before going back to swim training?",
    "Is it normal to feel dizzy after a long swim?",
    "Which sunscreen works best for outdoor swimming, and how often should it be reapplied?",
    "Can swimming with a perforated eardrum make it worse?",
]

# Every national id in the texts, as typed, with the check its digits must pass.
NATIONAL_IDS = {
    "724 190 3668": nhs_ok,  # NHS number
    "483 627 0197": nhs_ok,
    "5283 6147 0924": aadhaar_ok,  # Indian Aadhaar
    "8164 2093 5713": aadhaar_ok,
    "318629471": bsn_ok,  # Dutch BSN
    "205736191": bsn_ok,
    "92071543827": pesel_ok,  # Polish PESEL
    "03241087650": pesel_ok,
    "371.846.209-50": cpf_ok,  # Brazilian CPF
    "604.215.938-06": cpf_ok,
    "38562714028": kimlik_ok,  # Turkish kimlik
    "52703918410": kimlik_ok,
    "73920514D": dni_ok,  # Spanish DNI
    "240891-6136": hetu_ok,  # Finnish henkilötunnus
    "RSSGLI88P52F839O": codice_fiscale_ok,  # Italian codice fiscale
    "310104198706234520": china_id_ok,  # Chinese resident identity number
    "510107199309142869": china_id_ok,
    "T0348261D": nric_ok,  # Singapore NRIC
    "880417-2617358": rrn_ok,  # Korean resident registration number
    "618 294 004": tfn_ok,  # Australian tax file number
    "3619 48274 1": medicare_ok,  # Australian Medicare card
    "5038 1947 2620": my_number_ok,  # Japanese My Number
    "8273645T": pps_ok,  # Irish PPS number
    "2 85 07 75 118 042 37": nir_ok,  # French NIR
    "79.11.23-384.80": belgian_id_ok,  # Belgian national number
    "12058348234": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248710354": nif_ok,  # Portuguese NIF
    "2860912407131": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49102183725": isikukood_ok,  # Estonian isikukood
    "170694-2609": kennitala_ok,  # Icelandic kennitala
    "856214/3711": rodne_cislo_ok,  # Czech rodné číslo
    "3418276598": rnokpp_ok,  # Ukrainian RNOKPP
    "59284173062": steuer_id_ok,  # German tax id
    "ZKR4189": nhi_ok,  # New Zealand NHI
    "890316-4823": luhn_len(10),  # Swedish personnummer
    "736 284 910": luhn_len(9),  # Canadian SIN
    "318476025": luhn_len(9),  # Israeli teudat zehut
    "14098726152": luhn_len(11),  # Greek AMKA
    "9106245083080": luhn_len(13),  # South African id
}
NATIONAL_ID_KINDS = 33
CHAT_LANGUAGES = ("es", "de", "fr", "it", "pl", "ru")

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def kinds(marked: str) -> set[str]:
    return {s["type"] for s in marked_spans(marked)}


def check_mix() -> None:
    """Chat: at least 90 texts name someone, 18 to 22 hold a secret, 2 or 3 of them an API
    key, 6 other languages. Records: one person each, 38 to 42 with a national id, every
    card Luhn-valid and not a test number, every IBAN valid and no documentation example."""
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum(bool(kinds(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    keys = sum("API_KEY" in kinds(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    if len(set(CHAT_LANGUAGES)) != OTHER_LANGUAGES:
        raise SystemExit("chat: the other languages must differ")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 42 or len(NATIONAL_IDS) != with_id:
        raise SystemExit(f"records: {with_id} with a national id")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"invalid national id {value!r}")
    if len({id(v) for v in NATIONAL_IDS.values()}) != NATIONAL_ID_KINDS:
        raise SystemExit("records: the national ids must be of 33 kinds")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            kind, compact = span["type"], span["value"].replace(" ", "")
            if kind == "CREDIT_CARD" and (not luhn_ok(compact) or compact in WELL_KNOWN_CARDS):
                raise SystemExit(f"bad or well-known card {span['value']!r}")
            if kind == "IBAN_CODE" and (not iban_ok(compact) or compact in DOCUMENTATION_IBANS):
                raise SystemExit(f"bad or documentation IBAN {span['value']!r}")


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
        "blind185", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    for name, want in (("chat_pii_blind185.jsonl", 220), ("chat_clean_blind185.jsonl", 100)):
        with (HERE / name).open(encoding="utf-8") as f:
            count = sum(1 for _ in f)
        if count != want:
            raise SystemExit(f"{name}: {count} records, want {want}")


if __name__ == "__main__":
    main()
