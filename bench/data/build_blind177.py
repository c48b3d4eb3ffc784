# ruff: noqa: E501
"""A hundred-and-seventy-seventh blind privacy set: 220 texts with personal data and 100
clean ones, on refugee support charities, asylum caseworkers and English conversation
classes.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) a refugee charity's chatbot would get: the first
  30 typed all in lower case, then 6 in other languages (French, Arabic, Ukrainian,
  Persian, Spanish, Turkish), then 84 in English. They ask for rotas, cost splits,
  sign-offs, lists, reminders, translations and messages ("tell X that ..."), mostly with
  no cue word before a name; names come from many origins and scripts (Latin with
  diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese,
  Japanese, Korean, Georgian, Tamil, Ge'ez, Yoruba with tone marks), some of them ordinary
  words (Hope, Grace, Rose, Bill, Summer, Joy, Faith, Patience, Blessing, Precious); 21
  hold a secret: door, gate, key-safe, lockbox and alarm codes, a card PIN, wifi keys,
  passwords, 2FA codes and three API keys or tokens;
* 100 one-person records (one sentence or a short form each) in English and 39 other
  languages, 40 of them with a check-digit-valid national id of 33 kinds, the rest with
  phones, e-mails, addresses, cards, IBANs, SSNs, IPs, passports, a driving licence and
  member, client, patient, student, tenant, donor and volunteer numbers.

Usernames, account, member, client, patient, student, volunteer and donor numbers, Home
Office references, passports, licences and national ids are ID_NUMBER; PINs, door, gate,
key-safe, lockbox and alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles
(Mr, Mrs, Dr., Sister, Pastor) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; dates of birth, case and ticket
numbers, public figures, companies and fictional characters are not labelled; every
occurrence of a private value is marked.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public figures such as Malala Yousafzai, Nelson Mandela, Albert Einstein and Khaled
Hosseini, and fictional characters such as Sherlock Holmes, Paddington Bear and Mary
Poppins), 25 GSM8K-style word problems with story first names, 25 MMLU-style items with
options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind177.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import json
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Pastor|Father|Imam|Rev|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can you draft a text to [[PERSON|farida rahimi]] saying her conversation class moved from tuesday to thursday at 6pm, same room",
    "rota for saturday drop-in: [[PERSON|olek]] on the door, [[PERSON|grace mensah]] on teas, [[PERSON|yusuf]] and [[PERSON|bill]] doing intake forms. pls turn into a nice table",
    "the lockbox at the back gate of the hub is [[PASSWORD|4719]], can you write that into the volunteer welcome email without making it look too obvious",
    "split the minibus cost for the trip to the coast: £84 between [[PERSON|hope adeyemi]], [[PERSON|tomás ruiz]], [[PERSON|siobhan kelly]] and me. who owes what",
    "my caseworker is [[PERSON|daniel okafor]] and his number is [[PHONE_NUMBER|07700 900418]], how do i ask him politely if my interview date is fixed",
    "tell [[PERSON|mariam]] that the english class certificate is ready to collect from reception",
    "wifi in the tuesday esol room is welcome-hub-guest and the key is [[PASSWORD|salaam-teapot-77]], can you put it on the slides for the new learners",
    "i volunteer with [[PERSON|nour al-hassan]] and her kids on fridays. can you suggest easy english games for children aged 6 and 9",
    "hi this is [[PERSON|kwame boateng]], member no [[ID_NUMBER|rsc-20417]], i cant log in to book my class",
    "please remind [[PERSON|anh nguyễn]] and [[PERSON|li wei]] that the library trip leaves at 10am from the church hall",
    "what documents does [[PERSON|abebe tesfaye]] need for an asylum support application? he has his arc card and a letter from the home office",
    "my 2fa code is [[PASSWORD|582 913]] but the portal keeps rejecting it. username [[ID_NUMBER|zainab.k88]]",
    "write a thank you card from the tuesday class to [[PERSON|rose whitfield]], she taught us for three years and is retiring",
    "who do i contact at the charity about food vouchers. i am [[PERSON|samira haddad]], email [[EMAIL_ADDRESS|samira.haddad77@gmail.com]]",
    "[[PERSON|gareth]] asked me to pass on the alarm code for the coat storeroom: [[PASSWORD|8061]] then press set. how do i word that in the group chat safely",
    "translate into simple english: [[PERSON|reza]] is not coming to class this week because his daughter [[PERSON|setareh]] is ill",
    "draft an email to mrs [[PERSON|chidinma okonkwo]] at [[EMAIL_ADDRESS|c.okonkwo@harbourwelcome.org.uk]] asking if she can take two more learners in her beginners group",
    "how many hours did we log this month: [[PERSON|priya]] 12, [[PERSON|tomasz]] 9, [[PERSON|amara]] 15, [[PERSON|joy]] 6. and whats the average",
    "can u make a sign in sheet for thursday esol with these names [[PERSON|ahmad jawad]], [[PERSON|halima osman]], [[PERSON|oksana melnyk]], [[PERSON|dawit haile]], [[PERSON|summer blake]]",
    "the shared inbox password is still [[PASSWORD|welcome2023]] and half the old volunteers know it. ask [[PERSON|ifeoma]] to change it and tell me what to say",
    "my support worker [[PERSON|haruto sato]] says i need to give my new address to the home office, it is [[STREET_ADDRESS|flat 2, 14 cardigan road, leeds ls6 1eb]]. how do i do that",
    "how do i say in english that i was a pharmacist in aleppo for eleven years. my name is [[PERSON|fadi khoury]]",
    "book the small room for [[PERSON|ewa]] and [[PERSON|marguerite]], they are doing mock interview practice 2-4pm",
    "[[PERSON|sunita sharma]] is our new treasurer, can you write a short welcome for the newsletter",
    "[[PERSON|thandiwe dlamini]] from the legal clinic gave me her direct line [[PHONE_NUMBER|01632 960214]], is it ok to text it at the weekend",
    "make a simple vocab list for [[PERSON|aigerim]] about going to the gp: appointment, prescription, symptoms, pharmacy",
    "remind me to call [[PERSON|yaw]] back about the donated laptops before friday",
    "i am [[PERSON|merhawit]], i came from eritrea, my phone is [[PHONE_NUMBER|07700 900733]] please someone call me about english class",
    "food parcel list for today: [[PERSON|leila]] family of 5, [[PERSON|dmytro]] single, [[PERSON|bashir]] family of 3. print it big",
    "message to the group please: class is cancelled today because [[PERSON|faith]] our teacher is sick, see you next week",
    # other languages: French, Arabic, Ukrainian, Persian, Spanish, Turkish
    "Bonjour, je m'appelle [[PERSON|Aminata Diallo]] et je suis demandeuse d'asile à Manchester. Mon assistante sociale, [[PERSON|Claire Dubois]], m'a conseillé de vous écrire pour m'inscrire aux cours de conversation anglaise. Vous pouvez me joindre au [[PHONE_NUMBER|+44 7700 900512]].",
    "مرحبا، أنا [[PERSON|محمود العلي]]. أريد التسجيل في صف المحادثة الإنجليزية يوم الأربعاء. رقم العضوية [[ID_NUMBER|WB-48213]] وبريدي الإلكتروني [[EMAIL_ADDRESS|m.alali90@gmail.com]]",
    "Доброго дня! Мене звати [[PERSON|Олена Коваленко]]. Чи можна перенести мою зустріч із кейс-менеджером [[PERSON|Марком Беннетом]] з понеділка на середу? Дякую!",
    "سلام، من [[PERSON|زهرا احمدی]] هستم. کد در ورودی دفتر خیریه [[PASSWORD|7349]] است، درست است؟ امروز کلاس زبان انگلیسی ساعت چند شروع می‌شود؟",
    "Hola, soy [[PERSON|José Luis Paredes]], voluntario del programa. ¿Me ayudas a escribir un mensaje para [[PERSON|Yesenia Mora]] y [[PERSON|Wilmer Chávez]] recordándoles que la clase de inglés empieza a las seis?",
    "Merhaba, [[PERSON|Zeynep Arslan]] adına yazıyorum. Avukatımız [[PERSON|Hakan Yıldız]] ile sığınma başvurusu görüşmesi için randevu almak istiyoruz. Telefon: [[PHONE_NUMBER|07700 900627]]",
    # English
    "Can you turn this into a rota for the Monday drop-in? [[PERSON|Hope Mwangi]] 9–11, [[PERSON|Andrzej Nowak]] 11–1, [[PERSON|Ruth Baptiste]] 1–3.",
    "Tell [[PERSON|Shirin Karimi]] that her appointment with the immigration solicitor has moved to 3 March at 10:30.",
    "The treasurer, [[PERSON|Bill Ashworth]], wants the petty cash split as £36 for the ESOL tea fund and £20 for bus passes. Can you write it up as a short note to the trustees?",
    "Please write a friendly reminder for our Wednesday conversation class. Sign it off: Warm wishes, [[PERSON|Grace Oyelaran-Fisher]], ESOL coordinator",
    "Our new volunteer is [[PERSON|Δημήτρης Παπαδόπουλος]]; he speaks Greek and Arabic. Can you write a two-line intro for him in the group chat?",
    "Could you help me write a reference for my volunteer [[PERSON|נועה לוי]]? She has run the Thursday beginners group since 2021.",
    "Add [[PERSON|अंजलि वर्मा]] to the interpreters list for Hindi and Punjabi, mobile [[PHONE_NUMBER|07700 900152]].",
    "Our caseworker [[PERSON|রফিক আহমেদ]] needs a short summary of the current asylum support rates, in plain English please.",
    "Suggest icebreakers for a mixed-level class. Two new learners, [[PERSON|สมชาย ใจดี]] and [[PERSON|มาลี ศรีสุข]], are complete beginners.",
    "Write a welcome note to [[PERSON|陈晓明]], who joins the Saturday class next week; he is a retired civil engineer.",
    "[[PERSON|佐藤 美咲]] volunteers as a note-taker at our legal advice clinic. Please draft a thank-you email for her 50th session.",
    "Log this call please: [[PERSON|김민지]] rang at 2pm asking about volunteering as an English tutor, call back on [[PHONE_NUMBER|07700 900286]].",
    "Could you help me write a short bio for [[PERSON|Adébáyọ̀ Ọládipọ̀]], our new outreach worker, for the website?",
    "The Amharic interpreter this week is [[PERSON|ሄለን ተስፋዬ]]; remind the Tuesday group that she arrives at 10.",
    "Cost split for the Eid party: [[PERSON|Halima]] paid £42 for food, [[PERSON|Sandeep]] £18 for drinks, [[PERSON|Joanne]] £30 for decorations. How much does each owe or get back if we share it equally?",
    "The key safe by the side door of St Brendan's hall is [[PASSWORD|1-9-7-3]]. I'm off sick, can you word a message to [[PERSON|Callum Reid]] so he can open up for ESOL tomorrow?",
    "Case management login for [[PERSON|Marta Jankowska]]: username [[ID_NUMBER|m.jankowska]], password [[PASSWORD|Lipa!Kwiecien42]]. She's locked out, what should I tell IT?",
    "Our volunteer-matching app stopped syncing. The config file has MATCH_API_KEY=[[API_KEY|mk_live_7Hd2pQx9Lw4Rt6Zs1Vb8Nc3F]]. Is it safe to paste that into a support ticket?",
    "Draft a note for volunteers: [[PERSON|Rosa Delgado-Martín]] will lead the women's conversation circle from next month, contact her at [[EMAIL_ADDRESS|rosa.dm@harbourwelcome.org.uk]].",
    "Who do I talk to about travel expenses? I'm [[PERSON|Ngozi Eze]], volunteer number [[ID_NUMBER|HW-3391]], and I'm owed £27.40 in bus fares.",
    "Alarm at the Brunswick Street centre is [[PASSWORD|60418]] then ENTER. Pass that on to [[PERSON|Ama Owusu]], she's locking up tonight.",
    "Write a short email to Mr [[PERSON|Hamid Sultani]] confirming his place in Intermediate Conversation, Mondays 6–8pm.",
    "Learners who passed Entry 2 speaking: [[PERSON|Tsegaye Bekele]], [[PERSON|Olga Sidorenko]], [[PERSON|Ahmed Nur]], [[PERSON|Bích Ngọc Trần]], [[PERSON|Gulnara Akhmetova]]. Can you write the certificate wording for each?",
    "[[PERSON|Summer Adeyemi]], our youth worker, asked for a simple timetable for the homework club on Mondays and Wednesdays, 4 to 6.",
    "Please prepare a reminder in simple English for [[PERSON|Наталья Смирнова]]: bring your BRP and proof of address to Tuesday's appointment.",
    "I'm trying to log in to the volunteer portal. The code it texted me is [[PASSWORD|774 209]] but it says expired. My username is [[ID_NUMBER|fatima.b.volunteer]].",
    "Please send a copy of this month's hardship fund decisions to [[PERSON|Eleanor Price]] and [[PERSON|Kofi Mensah-Bonsu]], but leave out the case numbers.",
    "Our Georgian-speaking volunteer [[PERSON|ნინო ბერიძე]] can only do alternate Fridays now. Update the interpreter rota please.",
    "Write a congratulations message for [[PERSON|கார்த்திக் ராஜா]], who has just been granted refugee status after four years.",
    "Can you check the spelling on this referral? The name is [[PERSON|محمد عبد الرحمن]] but the caseworker typed [[PERSON|Mohammed Abdulrahman]].",
    "Tell [[PERSON|Joseph Mwale]] the English placement test is at the college, room 4, at 9:15, and he needs photo ID.",
    "Rota email for next week please. Mon: [[PERSON|Ivy]] & [[PERSON|Dara]]; Tue: [[PERSON|Francesca]]; Wed: closed; Thu: [[PERSON|Marcus]], [[PERSON|Ivy]]; Fri: [[PERSON|Dara]].",
    "Can you write a short note for the noticeboard about the new wifi? Network WelcomeHub-Guest, password [[PASSWORD|Chai4Everyone!]]",
    "Hi, I'm [[PERSON|Patience Achieng]]. My daughter [[PERSON|Blessing]] starts the kids' English club on Saturday. Can I bring her baby brother along?",
    "Email to the new learner: Welcome to the class, [[PERSON|Ali Reza Mohammadi]]! We meet in Room 2 at the Quaker Meeting House on Thursdays.",
    "Please update [[PERSON|Tatiana Rusu]]'s contact details: new address [[STREET_ADDRESS|Flat 3, 27 Harrow Road, Bristol BS2 9TH]], mobile [[PHONE_NUMBER|07700 900845]].",
    "Could you draft an apology to Mrs [[PERSON|Agnieszka Wróbel]]? Her Tuesday slot with the caseworker was double-booked.",
    "Summarise this for me: Caseworker [[PERSON|Luke Farrant]] met client [[PERSON|Zahra Noorzai]] on 12 May; she needs help appealing the refusal of section 95 support.",
    "The book fund PayPal is under [[PERSON|Shapla Begum]]'s email, [[EMAIL_ADDRESS|s.begum.hw@gmail.com]], password [[PASSWORD|Bookfund#2291]]. How do I check the balance without logging in as her?",
    "Make a seating plan for the conversation café: table 1 [[PERSON|Ahmad]], [[PERSON|Liudmila]], [[PERSON|Chen Jie]]; table 2 [[PERSON|Maryam]], [[PERSON|Óscar]], [[PERSON|Thu Trang]]; table 3 [[PERSON|Faisal]], [[PERSON|Hawa]].",
    "Please tell [[PERSON|Precious]] that the interpreter for her Home Office interview will be [[PERSON|Farhad Azimi]], and he'll meet her at the front desk.",
    "I need to email my caseworker [[PERSON|Rebecca Holloway]] at [[EMAIL_ADDRESS|r.holloway@asylumlink.org.uk]] about my section 4 support. Can you help me word it?",
    "Our SMS reminder script for class attendance uses SMS_TOKEN='[[API_KEY|tw_9fK3mR7xQ2vL8pN4cZ6hJ1dY]]' and a volunteer pasted it into the WhatsApp group. What should we do now?",
    "Sign-off for the newsletter: With thanks from all of us at the Harbour Welcome Project, Sister [[PERSON|Bernadette Coyle]], Chair",
    "Write a thank-you to [[PERSON|Hassan Jafari]] for driving three families to the reporting centre in Croydon last week.",
    "Can you make a list of housing words for [[PERSON|Lamin Jallow]]'s class? He asked for deposit, tenancy, landlord and eviction.",
    "Gate code for the allotment where the women's gardening group meets is [[PASSWORD|C4782]]. Forward it to [[PERSON|Olivia Grant]] and [[PERSON|Nasrin Hosseini]].",
    "[[PERSON|Sana Malik]] (volunteer ID [[ID_NUMBER|HW-5520]]) has finished her safeguarding training; please write a short note to confirm.",
    "Please help me reply to Dr. [[PERSON|Ingrid Halvorsen]], the GP who gives the health talk for our learners; she wants to move it to June.",
    "I gave £50 to the winter coat appeal and it charged my card twice. Card [[CREDIT_CARD|4718 3026 5914 7388]], name on it [[PERSON|Thomas Kerr]]. Who do I contact?",
    "Our volunteer sign-up form is getting spam from [[IP_ADDRESS|203.0.113.57]]. [[PERSON|Niamh O'Connor]] looks after the website; what should I ask her to do?",
    "Write a rota for the Sunday lunch: cooking [[PERSON|Parveen]] and [[PERSON|Zoltán]], serving [[PERSON|Rose]] and [[PERSON|Emeka]], washing up everyone else!",
    "New starter [[PERSON|Kenji Watanabe]] needs access to the shared drive. Temporary password is [[PASSWORD|Harbour-Temp-6612]]; remind him to change it at first login.",
    "The chair, [[PERSON|Margaret Ellison-Boyd]], asked for a summary of last quarter: 214 conversation class attendances and 38 new referrals. Write two sentences.",
    "Could you write a short, kind message to [[PERSON|Grace Kamara]]? Her asylum interview was moved again and she's upset.",
    "My ASPEN card PIN is [[PASSWORD|3856]] and it isn't working in the shop. What can I do? I'm [[PERSON|Wahid Stanekzai]].",
    "Tell the Tuesday group: [[PERSON|Jonas Berg]] is covering for [[PERSON|Faith Adebayo]], so the class will practise job interviews.",
    "Please format this as a contact card: [[PERSON|Baraka Mwita]], interpreter (Swahili), [[EMAIL_ADDRESS|baraka.mwita@gmail.com]], [[PHONE_NUMBER|07700 900391]].",
    "For the trustee report, list our long-serving volunteers: [[PERSON|Derek Hollis]], [[PERSON|Amani Juma]], [[PERSON|Paulina Nowicka]], [[PERSON|Rajesh Iyer]].",
    "Lockbox for the minibus keys is [[PASSWORD|0-4-2-8]]. [[PERSON|Aiyana]] can collect them on Friday, could you write her a quick text?",
    "Hi, I'm [[PERSON|María Fernanda Quispe]]. I want to join the Saturday English class with my cousin [[PERSON|Inti Mamani]]. What do we need to bring?",
    "Write a polite reply turning down [[PERSON|Henrik Lindqvist]]'s offer to teach French; we only run English classes.",
    "Can you translate a welcome message into Chinese for [[PERSON|王丽华]] and [[PERSON|刘洋]]? They are joining the Monday beginners.",
    "[[PERSON|Chidi]], [[PERSON|Sophie]] and [[PERSON|Ravi]] each paid £15 towards the room hire at the community centre. How do I record that in the accounts?",
    "Here's the Google Maps key we use for the find-a-class page: [[API_KEY|AIzaSyD4k9Pq7Lm2Xv8Rt3Wn6Bz1Hc5Jy0Fs2Ge]]. Is it a problem that it sits in the public HTML?",
    "The safeguarding lead, [[PERSON|Yasmin Choudhury]], must be copied into any email about under-18s in the youth English club.",
    "Please write a note to Pastor [[PERSON|Emmanuel Adu]] thanking the church for letting us use the hall for ESOL classes all year.",
    "Door code for the Queens Road office has changed to [[PASSWORD|5173*]]. Update the volunteer handbook paragraph and let [[PERSON|Kasia Zielińska]] know.",
    "Reprint certificates with the corrected spellings: [[PERSON|Mahmoud Qasemi]], [[PERSON|Oksana Lytvynenko]], [[PERSON|Yerlan Abenov]].",
    "Email for [[PERSON|Aarav Kapoor]]: your volunteer DBS check is complete and you can start at the conversation café on 5 June.",
    "Guest wifi at the Eastside Community Hub is EastsideGuest, key [[PASSWORD|7fMp-22Qx-hub]]. Can you make the text for a laminated sign?",
    "My friend [[PERSON|Esperanza Ruiz]] wants to volunteer as a Spanish interpreter. Her phone is [[PHONE_NUMBER|(416) 555-0143]]. How do I refer her?",
    "Turn this attendance list into a table: [[PERSON|Tuấn Phạm]] 8/10, [[PERSON|Hiba Saleh]] 10/10, [[PERSON|Goran Petrović]] 6/10, [[PERSON|Aylin Demir]] 9/10.",
    "Tell [[PERSON|Moses Kariuki]] his bus pass refund has been approved and he can collect the cash from the office on Thursday.",
    "Write a LinkedIn recommendation for [[PERSON|Chiara Bellini]], who managed our asylum casework volunteers for two years.",
    "I'm a new caseworker. My supervisor, [[PERSON|Fiona MacLeod]], said to ask you for a checklist for first appointments with people seeking asylum.",
    "Suggest a conversation topic for [[PERSON|Jin-woo Park]] and [[PERSON|Malalai Stanikzai]], who are speaking partners this term.",
    "Can you write a text to [[PERSON|Edwin]], [[PERSON|Clementine]] and [[PERSON|Aurelio]] saying the picnic has moved indoors because of the rain?",
    "Please draft an email to the Home Office on behalf of [[PERSON|Samuel Tekle]], client reference [[ID_NUMBER|HW-C-11802]], asking for an update on his claim.",
    "Where is the nearest drop-in to [[STREET_ADDRESS|42 Stanley Street, Liverpool L7 0JN]]? It's for [[PERSON|Roya Haidari]] and her three children.",
    "Certificates please for [[PERSON|Ikaika Kahananui]], [[PERSON|Siosaia Taufa]] and [[PERSON|Mere Ngata]]: Entry 1 Speaking and Listening.",
    "Please thank [[PERSON|Constance]] and [[PERSON|Felix Hartmann]] for hosting a refugee family in their spare room for six months.",
    "Best wishes, [[PERSON|Olamide Adéwọlé-Bello]], ESOL Volunteer Lead. Can you tidy this sign-off so it fits on one line of our email template?",
    "Check this sentence for [[PERSON|Yonas Tesfamariam]]'s CV: I have worked as an electrician for eight years and I am looking for work.",
]

# 100 one-person records: the first 40 with a national id, then 60 with other values.
RECORDS = [
    "Patient: [[PERSON|Abdirahman Warsame]] | NHS no. [[ID_NUMBER|485 219 3762]] | GP registration, initial accommodation | tel [[PHONE_NUMBER|07700 900104]]",
    "Referral to the refugee health clinic for [[PERSON|Nasima Akter]], NHS number [[ID_NUMBER|612 038 4472]], email [[EMAIL_ADDRESS|nasima.akter@gmail.com]].",
    "Mental health referral: client [[PERSON|Hevin Barzani]], NHS [[ID_NUMBER|701 556 2839]], address [[STREET_ADDRESS|9 Albion Terrace, Sheffield S3 7DL]].",
    "नाम: [[PERSON|प्रिया मेहता]], आधार संख्या: [[ID_NUMBER|5738 2094 6152]], मोबाइल: [[PHONE_NUMBER|07700 900219]]",
    "Interpreter vetting: [[PERSON|Harpreet Kaur Sandhu]], Aadhaar [[ID_NUMBER|8164 3027 9525]], phone [[PHONE_NUMBER|07700 900377]].",
    "Cliënt: [[PERSON|Teodros Gebremedhin]], BSN [[ID_NUMBER|319726484]], adres [[STREET_ADDRESS|Kastanjelaan 18, 3514 BK Utrecht]].",
    "Wolontariuszka: [[PERSON|Katarzyna Zawadzka]], PESEL [[ID_NUMBER|88071404860]], e-mail [[EMAIL_ADDRESS|k.zawadzka88@wp.pl]].",
    "Voluntário: [[PERSON|Rafael Nascimento Costa]], CPF [[ID_NUMBER|473.826.195-91]], telefone [[PHONE_NUMBER|+44 7700 900468]].",
    "Danışan: [[PERSON|Mehmet Aydın]], T.C. Kimlik No: [[ID_NUMBER|38614729550]], adres: [[STREET_ADDRESS|31 Green Lanes, London N16 9BS]]",
    "Ad Soyad: [[PERSON|Rojda Demir]], TC kimlik: [[ID_NUMBER|52903184608]], e-posta: [[EMAIL_ADDRESS|rojda.demir@hotmail.com]]",
    "Voluntaria: [[PERSON|Lucía Herrero Gil]], DNI [[ID_NUMBER|53847219X]], correo [[EMAIL_ADDRESS|lucia.herrero.gil@gmail.com]]",
    "Solicitante de asilo: [[PERSON|Yusuf Kamara]], NIE [[ID_NUMBER|Y4718293H]], domicilio [[STREET_ADDRESS|Calle del Olivar 12, 3.º B, 28012 Madrid]]",
    "Asiakas: [[PERSON|Aino Mäkelä]], henkilötunnus [[ID_NUMBER|120389-572K]], sähköposti [[EMAIL_ADDRESS|aino.makela@gmail.com]]",
    "Richiedente asilo: [[PERSON|Karim Hassani]], codice fiscale [[ID_NUMBER|HSSKRM90A15Z200O]], cellulare [[PHONE_NUMBER|07700 900318]]",
    "志愿者：[[PERSON|周建国]]，身份证号 [[ID_NUMBER|110108198706234510]]，电话 [[PHONE_NUMBER|07700 900617]]",
    "Former volunteer [[PERSON|Arjun Pillai]], Singapore FIN [[ID_NUMBER|G5183927M]], email [[EMAIL_ADDRESS|arjun.pillai@outlook.com]]",
    "이름: [[PERSON|박서연]], 주민등록번호 [[ID_NUMBER|930512-2851740]], 이메일 [[EMAIL_ADDRESS|seoyeon.park93@naver.com]]",
    "Casework volunteer [[PERSON|Liam O'Donoghue]], TFN [[ID_NUMBER|648 729 131]], mobile [[PHONE_NUMBER|0491 570 156]]",
    "Client [[PERSON|Amina Yusufzai]], Medicare card [[ID_NUMBER|3817 49266 1]], address [[STREET_ADDRESS|7 Bellbird Close, Dandenong VIC 3175]]",
    "氏名：[[PERSON|高橋 健太]]　マイナンバー：[[ID_NUMBER|5283 7401 9680]]　メール：[[EMAIL_ADDRESS|kenta.takahashi@example.jp]]",
    "IPAS resident [[PERSON|Chukwuemeka Obi]], PPSN [[ID_NUMBER|7305218WA]], email [[EMAIL_ADDRESS|c.obi.ipas@gmail.com]]",
    "Bénévole : [[PERSON|Camille Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 91 04 75 112 034 77]], courriel [[EMAIL_ADDRESS|camille.rousseau@laposte.net]]",
    "Vrijwilliger: [[PERSON|Pieter Janssens]], rijksregisternummer [[ID_NUMBER|87.09.12-241.28]], e-mail [[EMAIL_ADDRESS|pieter.janssens@telenet.be]]",
    "Frivillig: [[PERSON|Eirik Solberg]], fødselsnummer [[ID_NUMBER|230688 47354]], e-post [[EMAIL_ADDRESS|eirik.solberg@online.no]]",
    "Voluntária: [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|238 749 150]], IBAN [[IBAN_CODE|PT53 0035 0737 0004 1827 3659 0]]",
    "Voluntară: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2890327401579]], telefon [[PHONE_NUMBER|07700 900592]]",
    "Solicitante de refugio: [[PERSON|Yelitza Contreras]], RUT [[ID_NUMBER|25.418.736-4]], correo [[EMAIL_ADDRESS|yelitza.contreras@gmail.com]]",
    "Vabatahtlik: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48905142731]], e-post [[EMAIL_ADDRESS|kadri.tamm@gmail.com]]",
    "Sjálfboðaliði: [[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|180792-2609]], netfang [[EMAIL_ADDRESS|gudrun.jons@simnet.is]]",
    "Dobrovolnice: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|885312/4324]], tel. [[PHONE_NUMBER|07700 900806]]",
    "Заявниця: [[PERSON|Ірина Бондаренко]], РНОКПП [[ID_NUMBER|3186452704]], телефон [[PHONE_NUMBER|07700 900269]]",
    "Homes for Ukraine guest [[PERSON|Andriy Shevchuk]], taxpayer number (RNOKPP) [[ID_NUMBER|3360924179]], staying at [[STREET_ADDRESS|15 Meadow View, Harrogate HG2 8QE]]",
    "Ehrenamtliche: [[PERSON|Anna-Lena Becker]], Steuer-ID [[ID_NUMBER|47820395162]], IBAN [[IBAN_CODE|DE67 5001 0517 4829 3610 75]]",
    "Klient: [[PERSON|Samir Al-Khatib]], Steueridentifikationsnummer [[ID_NUMBER|61384729055]], E-Mail [[EMAIL_ADDRESS|samir.alkhatib@web.de]]",
    "Patient [[PERSON|Nyaluak Deng]], NHI [[ID_NUMBER|ZRK4825]], email [[EMAIL_ADDRESS|nyaluak.deng@xtra.co.nz]]",
    "Volontär: [[PERSON|Johan Lindberg]], personnummer [[ID_NUMBER|910823-3850]], e-post [[EMAIL_ADDRESS|johan.lindberg@telia.se]]",
    "Refugee claimant [[PERSON|Esther Nyirahabimana]], SIN [[ID_NUMBER|914 723 853]], phone [[PHONE_NUMBER|(604) 555-0117]]",
    "מתנדבת: [[PERSON|יעל כהן]], מספר זהות [[ID_NUMBER|327918462]], דוא״ל [[EMAIL_ADDRESS|yael.cohen@walla.co.il]]",
    "Δικαιούχος: [[PERSON|Σοφία Νικολάου]], ΑΜΚΑ [[ID_NUMBER|14058703274]], email [[EMAIL_ADDRESS|sofia.nikolaou@yahoo.gr]]",
    "Volunteer [[PERSON|Sipho Ndlovu]], SA ID [[ID_NUMBER|8804175831087]], mobile [[PHONE_NUMBER|07700 900455]]",
    # no national id
    "Name: [[PERSON|Tesfaye Girma]]; Date of birth: 02/11/1986; Home Office ref: [[ID_NUMBER|T1184392]]; Mobile: [[PHONE_NUMBER|07700 900117]]",
    "Donor: [[PERSON|Eleanor Whitcombe]], [[STREET_ADDRESS|18 Orchard Rise, Cheltenham GL52 6QF]], Gift Aid declared, card [[CREDIT_CARD|4539 8721 6047 3827]]",
    "Standing order set up by [[PERSON|Martin Crowther]] from [[IBAN_CODE|GB73 NWBK 6073 0147 2938 56]] for £10 a month to the ESOL fund.",
    "Member no. [[ID_NUMBER|HW-M-20931]]: [[PERSON|Abena Owusu-Ansah]], phone [[PHONE_NUMBER|01632 960418]], email [[EMAIL_ADDRESS|abena.oa@gmail.com]]",
    "Patient number [[ID_NUMBER|RHC-00482]] | [[PERSON|Jamal Idris]] | refugee health clinic | mobile [[PHONE_NUMBER|07700 900583]]",
    "الاسم: [[PERSON|رنا الخطيب]]، رقم الهاتف: [[PHONE_NUMBER|07700 900236]]، البريد الإلكتروني: [[EMAIL_ADDRESS|rana.khatib@hotmail.com]]",
    "نام: [[PERSON|امید رضایی]]، نشانی: [[STREET_ADDRESS|22 Beech Grove, Nottingham NG7 1BD]]، شماره تماس: [[PHONE_NUMBER|07700 900381]]",
    "نوم: [[PERSON|ګل احمد صافي]]، د پاسپورټ شمېره: [[ID_NUMBER|P04718235]]، ټیلیفون: [[PHONE_NUMBER|07700 900649]]",
    "Волонтерка: [[PERSON|Марія Ткаченко]], ел. пошта [[EMAIL_ADDRESS|maria.tkachenko@ukr.net]], моб. [[PHONE_NUMBER|07700 900752]]",
    "Клиент: [[PERSON|Алексей Морозов]], загранпаспорт [[ID_NUMBER|75 4821936]], телефон [[PHONE_NUMBER|07700 900863]]",
    "Inscription au cours : [[PERSON|Jean-Baptiste Mukendi]], [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]], courriel [[EMAIL_ADDRESS|jb.mukendi@gmail.com]]",
    "Donante: [[PERSON|Carmen Ortega Ruiz]], IBAN [[IBAN_CODE|ES67 2100 0418 4027 3816 5940]], correo [[EMAIL_ADDRESS|carmen.ortega@yahoo.es]]",
    "Spender: [[PERSON|Klaus Weber]], IBAN [[IBAN_CODE|DE61 3704 0044 0671 8293 04]], Anschrift: [[STREET_ADDRESS|Lindenstraße 23, 50674 Köln]]",
    "Volontaria: [[PERSON|Giulia Romano]], IBAN [[IBAN_CODE|IT49 X030 6909 6061 0000 0187 452]], email [[EMAIL_ADDRESS|giulia.romano@libero.it]]",
    "Darczyńca: [[PERSON|Paweł Kowalczyk]], numer karty [[CREDIT_CARD|5319 4720 8365 1741]], e-mail [[EMAIL_ADDRESS|pawel.kowalczyk@o2.pl]]",
    "Utente: [[PERSON|Amadou Baldé]], número de utente [[ID_NUMBER|482 917 305]], telemóvel [[PHONE_NUMBER|07700 900127]]",
    "Bağışçı: [[PERSON|Elif Şahin]], kart numarası [[CREDIT_CARD|2221 8473 9056 2133]], e-posta [[EMAIL_ADDRESS|elif.sahin@gmail.com]]",
    "Magaca: [[PERSON|Hodan Cabdi Nuur]], taleefan: [[PHONE_NUMBER|07700 900290]], iimayl: [[EMAIL_ADDRESS|hodan.nuur@gmail.com]]",
    "Jina: [[PERSON|Neema Wanjiru]], namba ya simu: [[PHONE_NUMBER|07700 900574]], barua pepe: [[EMAIL_ADDRESS|neema.wanjiru@yahoo.com]]",
    "ስም፦ [[PERSON|ብርሃኑ ደስታ]]፣ ስልክ፦ [[PHONE_NUMBER|07700 900963]]፣ ኢሜይል፦ [[EMAIL_ADDRESS|birhanu.desta@gmail.com]]",
    "ሽም፦ [[PERSON|ሳምራዊት ገብረሂወት]]፣ ቁጽሪ ተሌፎን፦ [[PHONE_NUMBER|07700 900821]]፣ ኣድራሻ፦ [[STREET_ADDRESS|8 Fern Street, Glasgow G51 2LH]]",
    "نام: [[PERSON|عائشہ صدیقی]]، ای میل: [[EMAIL_ADDRESS|ayesha.siddiqui@gmail.com]]، فون: [[PHONE_NUMBER|01632 960733]]",
    "নাম: [[PERSON|তাসলিমা বেগম]], ঠিকানা: [[STREET_ADDRESS|61 Cannon Street Road, London E1 2LX]], ফোন: [[PHONE_NUMBER|07700 900508]]",
    "Học viên: [[PERSON|Nguyễn Thị Hằng]], điện thoại [[PHONE_NUMBER|07700 900146]], email [[EMAIL_ADDRESS|hang.nguyen@gmail.com]]",
    "捐款人：[[PERSON|黄志强]]，信用卡号 [[CREDIT_CARD|5490 2731 8462 9375]]，邮箱 [[EMAIL_ADDRESS|zq.huang@163.com]]",
    "பெயர்: [[PERSON|செல்வி ராமலிங்கம்]], தொலைபேசி: [[PHONE_NUMBER|07700 900827]], மின்னஞ்சல்: [[EMAIL_ADDRESS|selvi.ram@gmail.com]]",
    "ناو: [[PERSON|ئاراس محەمەد]]، ژمارەی تەلەفۆن: [[PHONE_NUMBER|07700 900435]]، ئیمەیڵ: [[EMAIL_ADDRESS|aras.mhamad@gmail.com]]",
    "नाम: [[PERSON|सुनिता गुरुङ]], फोन: [[PHONE_NUMBER|07700 900714]], इमेल: [[EMAIL_ADDRESS|sunita.gurung@gmail.com]]",
    "სახელი: [[PERSON|გიორგი მაისურაძე]], ტელეფონი: [[PHONE_NUMBER|07700 900159]], ელფოსტა: [[EMAIL_ADDRESS|giorgi.m@mail.ge]]",
    "Emri: [[PERSON|Arben Krasniqi]], telefoni: [[PHONE_NUMBER|07700 900671]], adresa: [[STREET_ADDRESS|5 Hawthorn Close, Coventry CV2 4RJ]]",
    "이름: [[PERSON|이준호]], 이메일: [[EMAIL_ADDRESS|junho.lee@gmail.com]], 회원번호: [[ID_NUMBER|HW-40172]]",
    "氏名：[[PERSON|山本 さくら]]　電話：[[PHONE_NUMBER|07700 900395]]　住所：[[STREET_ADDRESS|12 Mill Lane, Oxford OX4 1RS]]",
    "ชื่อ: [[PERSON|วิภาวดี สุขสวัสดิ์]] โทร [[PHONE_NUMBER|07700 900521]] อีเมล [[EMAIL_ADDRESS|wipawadee.s@gmail.com]]",
    "Εθελόντρια: [[PERSON|Ελένη Γεωργίου]], τηλ. [[PHONE_NUMBER|07700 900688]], email [[EMAIL_ADDRESS|eleni.georgiou@gmail.com]]",
    "תורם: [[PERSON|דוד אברהם]], כרטיס אשראי [[CREDIT_CARD|4916 2837 4015 9261]], טלפון [[PHONE_NUMBER|07700 900248]]",
    "Donateur: [[PERSON|Sanne de Vries]], IBAN [[IBAN_CODE|NL72 INGB 0006 3182 74]], e-mail [[EMAIL_ADDRESS|sanne.devries@ziggo.nl]]",
    "Givare: [[PERSON|Erik Andersson]], IBAN [[IBAN_CODE|SE87 5000 0000 0583 9271 6458]], telefon [[PHONE_NUMBER|+44 7700 900704]]",
    "Giver: [[PERSON|Silje Haugen]], IBAN [[IBAN_CODE|NO60 8601 1173 928]], e-post [[EMAIL_ADDRESS|silje.haugen@gmail.com]]",
    "Donor [[PERSON|Siobhán Ní Bhriain]], IBAN [[IBAN_CODE|IE93 AIBK 9320 8147 3625 19]], phone [[PHONE_NUMBER|07700 900902]]",
    "Donatrice : [[PERSON|Hélène Lambert]], IBAN [[IBAN_CODE|BE78 3101 8473 6295]], adresse [[STREET_ADDRESS|rue Haute 88, 1000 Bruxelles]]",
    "Spenderin: [[PERSON|Maria Gruber]], IBAN [[IBAN_CODE|AT76 2011 1829 4736 1058]], E-Mail [[EMAIL_ADDRESS|maria.gruber@gmx.at]]",
    "Spender: [[PERSON|Lukas Meier]], IBAN [[IBAN_CODE|CH48 0076 2011 7048 3926 1]], Tel. [[PHONE_NUMBER|+44 7700 900217]]",
    "Darczyńczyni: [[PERSON|Agnieszka Lewandowska]], IBAN [[IBAN_CODE|PL64 1090 1056 0000 0001 4837 2615]]",
    "Gönüllü: [[PERSON|Burak Çelik]], IBAN [[IBAN_CODE|TR37 0006 2000 1380 0000 6297 418]], telefon [[PHONE_NUMBER|07700 900339]]",
    "Bénévole : [[PERSON|Thomas Girard]], IBAN [[IBAN_CODE|FR30 3000 4028 3700 0194 7361 852]], portable [[PHONE_NUMBER|+44 7700 900776]]",
    "Gift Aid record: donor [[PERSON|Patricia Holmes]], [[STREET_ADDRESS|3 Church View, Lincoln LN2 5TT]], donor ID [[ID_NUMBER|D-004817]], IBAN [[IBAN_CODE|GB03 MIDL 4005 1561 7382 94]]",
    "Resettlement intake: [[PERSON|Mohammed Al-Sudani]], SSN [[US_SSN|412-58-3967]], phone [[PHONE_NUMBER|(313) 555-0162]], address [[STREET_ADDRESS|2214 Maple Ave, Dearborn, MI 48124]]",
    "Volunteer tutor background check: [[PERSON|Jennifer Alvarez]], SSN [[US_SSN|529-41-7738]], email [[EMAIL_ADDRESS|jen.alvarez@yahoo.com]]",
    "Passport no. [[ID_NUMBER|548213976]], holder [[PERSON|Oliver Bennett-Shaw]], volunteer trip leader, emergency phone [[PHONE_NUMBER|07700 900950]]",
    "Minibus driver volunteer [[PERSON|Farah Rahman]], driving licence [[ID_NUMBER|RAHMA857145FA9XK]], mobile [[PHONE_NUMBER|07700 900412]]",
    "Login audit: volunteer [[PERSON|Gabriel Santos]], account [[ID_NUMBER|HW-V-7731]], signed in from [[IP_ADDRESS|198.51.100.23]]",
    "Enrolment form sent from [[IP_ADDRESS|2001:db8:4a1:7::19]] by [[PERSON|Amira Zaki]], email [[EMAIL_ADDRESS|amira.zaki@outlook.com]]",
    "Corporate donor contact [[PERSON|Rupert Ashby]] paid by Amex [[CREDIT_CARD|3782 946173 05183]]; receipt to [[EMAIL_ADDRESS|rupert.ashby@ashbylegal.co.uk]]",
    "Raffle payment: [[PERSON|Nkechi Okafor]], card [[CREDIT_CARD|5162 8409 7317 4529]], exp 09/27, phone [[PHONE_NUMBER|07700 900624]]",
    "Student no. [[ID_NUMBER|ESOL-23-0417]]: [[PERSON|Yonatan Haile]], Entry 3, contact [[PHONE_NUMBER|07700 900163]]",
    "Client record: [[PERSON|Farzana Yousufi]], client no. [[ID_NUMBER|C-2023-1184]], address [[STREET_ADDRESS|Room 14, Westgate Hotel, 2 Station Road, Wakefield WF1 1DT]]",
    "Tenant account [[ID_NUMBER|30918274]]: [[PERSON|Blessing Nwosu]], [[STREET_ADDRESS|Flat 6B, 40 Tower Street, Hull HU1 2QA]]",
    "Sponsorship payment from [[PERSON|Douglas Finch]], Amex [[CREDIT_CARD|3481 529603 74197]], email [[EMAIL_ADDRESS|d.finch@finchandco.co.uk]]",
    "Online donation by [[PERSON|Aoife Brennan]], card [[CREDIT_CARD|4027 3958 1264 0873]], phone [[PHONE_NUMBER|07700 900233]]",
    "Online donation: [[PERSON|Tyler Brooks]], card [[CREDIT_CARD|6011 2738 4950 1629]], phone [[PHONE_NUMBER|(503) 555-0188]]",
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Write a persuasive blog post of under 300 words encouraging people to volunteer at a local English conversation club for newcomers.",
    "Compose a sequence of three haiku about arriving in a new country in the middle of winter.",
    "Pretend you are Sherlock Holmes and explain how you would deduce where a traveller has come from using only their luggage.",
    "Explain the difference between a refugee, an asylum seeker and an economic migrant in plain language, as international law uses the terms.",
    "What were the main provisions of the 1951 Refugee Convention and its 1967 Protocol?",
    "Write a Python function that takes a list of attendance records (learner id, date) and returns the ids that appear fewer than three times.",
    "Draft a one-page grant application summary for a charity that runs free English classes for adults, emphasising measurable outcomes.",
    "Role-play as a patient English teacher and correct the grammar in this sentence: 'Yesterday I go to the market and buy three apple.'",
    "Compare the asylum systems of two countries of your choice in a table with four rows: processing time, right to work, appeals and housing.",
    "Describe how Malala Yousafzai's advocacy has influenced education policy for girls around the world.",
    "Write a short story in which Paddington Bear helps a new neighbour learn the bus routes in London.",
    "What can Nelson Mandela's approach to reconciliation teach community organisations that work with divided groups?",
    "Extract all dates and place names from this paragraph: 'The ferry left Calais on 4 June and reached Dover the same evening before the group travelled on to Folkestone.'",
    "Suggest ten conversation prompts for intermediate English learners on the theme of food and family traditions.",
    "Explain to a ten-year-old why some people have to leave their home countries, in a gentle and honest way.",
    "Write a SQL query that counts how many learners enrolled at each class level per term, given a table enrolments(level, term, learner_id).",
    "If you were an alien visiting Earth for the first time, how would you describe the idea of national borders?",
    "Edit this paragraph to make it more concise: 'Our charity, which was founded in the year 2009, is an organisation that provides support of a practical kind to people who are refugees.'",
    "What are the pros and cons of relying on volunteers rather than paid staff to deliver language teaching?",
    "Imagine you are Mary Poppins running an English conversation class. Give your opening speech to the learners.",
    "Summarise the plot of Khaled Hosseini's novel The Kite Runner in five sentences.",
    "Write a limerick about a tea urn that never stops boiling at a community drop-in.",
    "How did Albert Einstein's experience of leaving Germany in 1933 shape his later political views?",
    "Design a simple four-week lesson plan for teaching telephone English to adult beginners.",
    "What are three evidence-based ways to reduce loneliness among adults who have recently moved to a new city?",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A refugee support charity collected 480 winter coats. It gave 35% of them to a night shelter and shared the rest equally between 4 drop-in centres. How many coats did each drop-in centre get?",
    "Amir teaches 3 conversation classes a week. Each class has 12 learners, and each learner gets 2 worksheets per class. How many worksheets does Amir print in 4 weeks?",
    "Lena buys 6 packs of biscuits at $1.25 each and 3 jars of coffee at $4.50 each for a drop-in session. She pays with a $30 bill. How much change does she get?",
    "A minibus seats 16 passengers. If 58 learners are going on a trip to the seaside, how many minibuses are needed, and how many seats will be empty?",
    "Nadia reads 15 pages of her English reader on each weekday and 25 pages on each day of the weekend. How many pages does she read in 3 weeks?",
    "A tea urn holds 20 litres. Each cup uses 250 millilitres. If the urn is filled twice in one afternoon, how many cups of tea can be served?",
    "Tomas walks 1.2 kilometres each way to the community centre and back, four times a week. How many kilometres does he walk in 4 weeks?",
    "A class of 24 learners is split into groups of 4 for speaking practice. Each group needs 3 picture cards. How many picture cards are needed?",
    "A food bank receives 150 tins on Monday, twice as many on Tuesday, and 90 fewer than Tuesday on Wednesday. How many tins does it receive over the three days?",
    "Priya saved $12 a week for 15 weeks to buy a dictionary that costs $95 and a set of notebooks that costs $34. How much money will she have left?",
    "A volunteer teacher has 36 essays to mark. She marks 2/3 of them on Saturday and half of the rest on Sunday. How many essays are still unmarked?",
    "There are 5 rows of chairs in the hall with 9 chairs in each row. If 38 people come to the welcome evening, how many chairs are empty?",
    "Omar's phone plan costs $18 a month plus $0.05 for each text. Last month he sent 240 texts. How much was his bill?",
    "A bakery donates 7 trays of bread rolls with 24 rolls on each tray. The drop-in gives each visitor 3 rolls. How many visitors can get rolls?",
    "Sofia knits scarves for a winter appeal. Each scarf takes 4 hours. If she knits for 2 hours every evening, how many scarves will she finish in 30 days?",
    "A single bus ticket costs $2.40 and a weekly pass costs $14. If Jamal takes 2 buses each weekday, how much does he save in a week by buying the pass?",
    "The English club had 40 members in January. Membership grew by 25% in February, and 10 more people joined in March. How many members were there at the end of March?",
    "Grace bought 3 kilograms of rice at $2.80 per kilogram and 2 kilograms of lentils at $3.50 per kilogram. How much did she spend in total?",
    "A printer prints 20 pages per minute. How many minutes will it take to print 35 copies of a 12-page class handbook?",
    "Musa plants 8 rows of tomatoes in the community garden with 7 plants in each row. Each plant gives 3 kilograms of tomatoes. How many kilograms will he harvest?",
    "A charity shop sold 45 books at $2 each, 18 jumpers at $6 each and 10 coats at $12 each. How much money did it raise?",
    "An interpreter is paid $28 an hour. She works 3.5 hours on Monday and 4.5 hours on Thursday. How much does she earn on those two days?",
    "Leo has 120 flashcards. He gives 1/4 of them to Maya and then 1/3 of what is left to Ben. How many flashcards does Leo keep?",
    "An evening class starts at 6:15 pm and lasts 1 hour and 50 minutes, including a 15-minute break. At what time does it end?",
    "Hana does a sponsored 5-kilometre walk. Each of her 14 sponsors gives $3 for every kilometre. How much money does she raise?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which international treaty, adopted in 1951, defines who is a refugee? A) The Third Geneva Convention B) The Refugee Convention C) The Treaty of Rome D) The Universal Declaration of Human Rights",
    "The principle that a refugee must not be returned to a country where they face serious threats to life or freedom is called: A) habeas corpus B) non-refoulement C) stare decisis D) jus soli",
    "Which sentence uses the present perfect tense? A) I walked to school. B) I am walking to school. C) I have walked to school. D) I will walk to school.",
    "Which UN agency has the mandate to protect refugees? A) UNICEF B) UNHCR C) WHO D) UNESCO",
    "What is the plural of 'child'? A) childs B) childes C) children D) childrens",
    "Which of the following is a voiceless consonant in English? A) /b/ B) /d/ C) /p/ D) /g/",
    "In economics, a transfer payment is best described as: A) a payment for goods B) a payment made with no goods or services in return C) a tax on imports D) a loan between banks",
    "Which is the usual order of the writing process? A) draft, plan, edit, publish B) plan, draft, revise, edit C) edit, plan, draft, revise D) publish, draft, plan, edit",
    "The push-pull model of migration explains movement mainly by: A) genetic factors B) conditions in the places of origin and destination C) climate alone D) government policy alone",
    "Which design best measures a change in learners' speaking confidence over a term? A) a single post-test B) a pre-test and post-test C) a case study of one teacher D) a literature review",
    "Which statement about Maslow's hierarchy of needs is correct? A) Self-actualisation is at the base B) Safety needs come after esteem C) Physiological needs are at the base D) Belonging is the top level",
    "The median of 3, 7, 9, 12 and 20 is: A) 7 B) 9 C) 10.2 D) 12",
    "Which word is an adverb? A) quick B) quickly C) quickness D) quicker",
    "Which of the following is a function of the kidneys? A) producing insulin B) filtering the blood C) digesting fat D) pumping blood",
    "The Kindertransport of 1938 to 1939 brought children mainly from: A) Italy to Spain B) Nazi-controlled Europe to Britain C) Russia to Finland D) Poland to Sweden",
    "Which philosopher wrote 'Perpetual Peace', arguing for a right of hospitality to strangers? A) John Locke B) Immanuel Kant C) Thomas Hobbes D) David Hume",
    "If a class has 18 learners and 12 of them are women, what percentage are men? A) 25% B) 33.3% C) 40% D) 66.7%",
    "Which of these is a modal verb? A) run B) should C) happy D) table",
    "In DSM-5, post-traumatic stress disorder is classified under: A) mood disorders B) trauma- and stressor-related disorders C) psychotic disorders D) personality disorders",
    "Which body is the principal judicial organ of the United Nations? A) The International Criminal Court B) The International Court of Justice C) The European Court of Human Rights D) The Security Council",
    "Which sentence is in the passive voice? A) The volunteers painted the hall. B) The hall was painted by the volunteers. C) The volunteers are painting. D) Paint the hall.",
    "In language teaching, CEFR stands for: A) Common European Framework of Reference for Languages B) Certified English Fluency Rating C) Central Exam for Foreign Residents D) Council for English Formal Registration",
    "A price ceiling set below the equilibrium price usually causes: A) a surplus B) a shortage C) no change D) higher-quality goods",
    "Which vitamin is made in the skin on exposure to sunlight? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "Article 14 of the Universal Declaration of Human Rights concerns: A) the right to education B) the right to seek asylum C) freedom of religion D) the right to marry",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Which vaccinations should an adult who has just arrived in a new country catch up on?",
    "Is it safe to take ibuprofen and paracetamol together for a toothache?",
    "What are the signs of post-traumatic stress, and when should someone see a doctor about it?",
    "How do I register with a GP if I don't have a fixed address?",
    "What are the symptoms of tuberculosis, and how is latent TB tested for?",
    "My child has a fever of 38.5°C and a rash. When should I go to A&E?",
    "How much sleep do adults need, and what helps with insomnia caused by stress?",
    "Can I get free prescriptions while my asylum claim is being decided?",
    "Which foods are good sources of iron for someone with anaemia who doesn't eat meat?",
    "How can I tell the difference between a cold and the flu?",
    "Is it normal to feel very tired and low for months after moving to a new country?",
    "What should I do if I run out of my blood pressure tablets over a weekend?",
    "How often should adults have their eyes tested, and is the test free?",
    "What is the safest way to manage type 2 diabetes while fasting during Ramadan?",
    "Are there free or cheap dental services for people on a low income?",
    "What are the early warning signs of a stroke?",
    "How can I help a teenager who is having panic attacks at school?",
    "Which vaccinations do babies get in their first year in the UK?",
    "Is scabies contagious, and how is it treated?",
    "How do I ask for a professional interpreter at a hospital appointment?",
    "What are safe ways to treat head lice in a young child?",
    "How much water should I drink each day in hot weather?",
    "What does a hepatitis B blood test check for?",
    "Which painkillers are safe to take during pregnancy?",
    "What are the symptoms of vitamin D deficiency in people with darker skin?",
]

# Every national id in the records, as typed, with its check (33 kinds).
NATIONAL_IDS = {
    "485 219 3762": nhs_ok,  # NHS number
    "612 038 4472": nhs_ok,
    "701 556 2839": nhs_ok,
    "5738 2094 6152": aadhaar_ok,  # Indian Aadhaar
    "8164 3027 9525": aadhaar_ok,
    "319726484": bsn_ok,  # Dutch BSN
    "88071404860": pesel_ok,  # Polish PESEL
    "473.826.195-91": cpf_ok,  # Brazilian CPF
    "38614729550": kimlik_ok,  # Turkish kimlik
    "52903184608": kimlik_ok,
    "53847219X": dni_ok,  # Spanish DNI
    "Y4718293H": dni_ok,  # Spanish NIE
    "120389-572K": hetu_ok,  # Finnish henkilötunnus
    "HSSKRM90A15Z200O": codice_fiscale_ok,  # Italian codice fiscale
    "110108198706234510": china_id_ok,  # Chinese resident identity number
    "G5183927M": nric_ok,  # Singapore FIN
    "930512-2851740": rrn_ok,  # Korean resident registration number
    "648 729 131": tfn_ok,  # Australian tax file number
    "3817 49266 1": medicare_ok,  # Australian Medicare card
    "5283 7401 9680": my_number_ok,  # Japanese My Number
    "7305218WA": pps_ok,  # Irish PPS number
    "2 91 04 75 112 034 77": nir_ok,  # French NIR
    "87.09.12-241.28": belgian_id_ok,  # Belgian national number
    "230688 47354": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 749 150": nif_ok,  # Portuguese NIF
    "2890327401579": cnp_ok,  # Romanian CNP
    "25.418.736-4": rut_ok,  # Chilean RUT
    "48905142731": isikukood_ok,  # Estonian isikukood
    "180792-2609": kennitala_ok,  # Icelandic kennitala
    "885312/4324": rodne_cislo_ok,  # Czech rodné číslo
    "3186452704": rnokpp_ok,  # Ukrainian RNOKPP
    "3360924179": rnokpp_ok,
    "47820395162": steuer_id_ok,  # German tax id
    "61384729055": steuer_id_ok,
    "ZRK4825": nhi_ok,  # New Zealand NHI
    "910823-3850": luhn_len(10),  # Swedish personnummer
    "914 723 853": luhn_len(9),  # Canadian SIN
    "327918462": luhn_len(9),  # Israeli teudat zehut
    "14058703274": luhn_len(11),  # Greek AMKA
    "8804175831087": luhn_len(13),  # South African id
}
NATIONAL_ID_KINDS = 33
"""Distinct checks above: a ``luhn_len`` call makes a new one for each kind."""

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
    )
]


def kinds_of(texts: list[str], kind: str) -> list[str]:
    """The values of type ``kind`` marked in ``texts``, in order."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_mix() -> None:
    """The chat requests name people and hold 18 to 22 secrets (2 or 3 API keys); 38 to 42
    records hold a national id, one each; every card and IBAN passes its check."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    kinds = len({id(valid) for valid in NATIONAL_IDS.values()})
    if not 38 <= len(NATIONAL_IDS) <= 42 or kinds != NATIONAL_ID_KINDS:
        raise SystemExit(f"{len(NATIONAL_IDS)} national ids of {kinds} kinds")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"national id {value!r} fails its check")
    with_id = [t for t in RECORDS if set(kinds_of([t], "ID_NUMBER")) & NATIONAL_IDS.keys()]
    if len(with_id) != len(NATIONAL_IDS):
        raise SystemExit(f"{len(with_id)} records with a national id")
    if set(kinds_of(CHAT, "ID_NUMBER")) & NATIONAL_IDS.keys():
        raise SystemExit("a national id in a chat request")
    for card in kinds_of(CHAT + RECORDS, "CREDIT_CARD"):
        digits = "".join(c for c in card if c.isdigit())
        if not luhn_ok(digits) or digits in WELL_KNOWN_CARDS or len(digits) not in CARD_DIGITS:
            raise SystemExit(f"card {card!r} invalid or well known")
    for iban in kinds_of(CHAT + RECORDS, "IBAN_CODE"):
        if not iban_ok(iban):
            raise SystemExit(f"IBAN {iban!r} invalid")


def count_lines(path: Path, source: str, want: int) -> None:
    """The file written holds ``want`` records, all from ``source``."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if len(rows) != want or any(r["source"] != source for r in rows):
        raise SystemExit(f"{path.name}: {len(rows)} records, want {want} from {source}")


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
    clean = CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH
    if len(pii) != 220 or len(clean) != 100:
        raise SystemExit(f"{len(pii)} personal-data texts and {len(clean)} clean ones")
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind177", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    count_lines(HERE / "chat_pii_blind177.jsonl", "invented-chat-blind177", 220)
    count_lines(HERE / "chat_clean_blind177.jsonl", "invented-clean-blind177", 100)


if __name__ == "__main__":
    main()
