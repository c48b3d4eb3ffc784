# ruff: noqa: E501
"""An eighty-sixth blind privacy set: 220 texts with personal data and 100 clean ones, with
names and addresses from all over the world.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py`` (the inline
marks, ``build_sections``, ``check_counts``, ``check_national_ids`` and the checksum checks),
the opening lines and the labelling paragraph of ``README.md`` and the docstring and
non-text code (constants, check functions, ``main``) of ``build_blind36.py``; never the
detector, its rules, docs, tests, the benchmark's rules or any other set's texts. Every text
is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no
generated combinations); the builder only checks them:

* 120 chat requests (3 to 100 words) to an AI assistant: people asking to draft, reply,
  translate, summarise, fix, plan, calculate or advise about their own life, work, family,
  health, money, travel, school, home and IT accounts. The first 30 (a quarter) are typed
  all in lower case, the next 6 are in Spanish, Portuguese, Indonesian, Swahili, Polish and
  Vietnamese, the other 84 are English with capitals. Names from South Asia, West, East
  and Southern Africa, East and South-East Asia, Latin America, the Middle East, Slavic
  and Nordic countries and the Pacific, mostly in Latin letters, many with particles
  (de la, van der, bin, binti, Ould, dela), hyphens or two surnames; first names alone,
  surnames after titles (Mr, Ms, Dr, Sgt., Ratu, tita, mama), lower-case names, names with
  non-English letters, a few in Devanagari, Cyrillic and Georgian script, names that are
  ordinary words (Precious, Blessing); passwords, passphrases, PINs, door, gate, alarm and
  lockbox codes and wifi keys (some without the word "password"); phones with and without
  separators, e-mails, usernames, account, member, employee, patient, policy, student and
  frequent-flyer numbers, passports, national ids, cards, IBANs, an SSN, IPs, API keys, and
  street addresses of many countries (one military APO address).
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one
  invented person each with one to four values besides the name: contact lines, form rows,
  JSON and SQL fragments, log lines, notes, letters, profiles, bank, HR, payroll, insurance
  and clinical lines, one military FPO address, names in Arabic, Greek, Cyrillic, Hangul
  and Han script.

Usernames and logins, account, customer, member, employee, staff, student, patient, policy,
badge and library numbers, passports and national and tax ids are ID_NUMBER; PINs, door,
gate, alarm and lockbox codes, wifi keys and passphrases PASSWORD; titles and relation words
(Mr, Mrs, Ms, Dr, Sgt., Ratu, Daw, PO2, tita, mama, aunt, my sister) stay outside PERSON
spans; an address span runs from the street line through the postcode and city as typed
(a country after them is left out); public and historical figures, fictional characters,
places, companies, order, invoice and ticket numbers, the last digits of a card and dates
of birth are not labelled; every occurrence of a private value is marked. The 100 clean
texts hold no personal data: 25 MT-Bench- and Vicuna-style prompts (writing, reasoning,
coding, role-play, STEM; some name public, historical or fictional people), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D (some
naming historical figures) and 25 patient-style health questions naming no one.

All values are invented: phones from ranges kept for fiction where the country has one
(UK 07700 900, 020 7946 0, 0161 496 0; North America 555-01xx; Australia 0491 570) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (Indian
Aadhaar, Singapore FIN, Brazilian CPF, Chilean RUT, Polish PESEL, Ukrainian RNOKPP,
Icelandic kennitala, Norwegian fødselsnummer, Swedish personnummer, Finnish henkilötunnus,
South African id, Korean resident registration number, Japanese My Number, Chinese
resident id, New Zealand NHI, Australian TFN and Medicare, Turkish kimlik, Israeli teudat
zehut, Greek AMKA, Spanish NIE, Czech and Slovak rodné číslo, Estonian isikukood, Canadian
SIN, NHS number, Romanian CNP, Dutch BSN, Irish PPS, Belgian national number, Portuguese
NIF, German tax id, French NIR).

Run ``.venv/bin/python bench/data/build_blind86.py`` from the repository root; the output is
deterministic.
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
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
SYNTH_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sgt|Capt|Lt|PO2|Nurse|Sr|Sra|Srta|Dona|Herr|Frau"
    r"|Pani|Mme|Mama|Baba|Auntie|Aunty|Aunt|Uncle|Tita|Tito|Ratu|Daw|Ibu|Bapak|Pak|Chị"
    r"|Sheikh|Sir|Madam)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English with capitals.
CHAT = [
    # all lower case
    "can you write a short thank-you note to mama [[PERSON|wanjiru]] next door? she watered my plants the whole month i was in kisumu",
    "my wifi password is [[PASSWORD|tembo-chai-4471]] and the router sits at [[IP_ADDRESS|192.0.2.47]]. the guest network keeps dropping every evening, what settings should i check first",
    "translate to french for my landlord please: i, [[PERSON|thandiwe mokoena-dlamini]], am leaving the flat at [[STREET_ADDRESS|14 rue des tanneurs, 69002 lyon]] at the end of june and would like my deposit back",
    "help me reply to my cousin [[PERSON|nguyễn thị hồng nhung]] who asked to borrow 300 dollars again. i want to say no but kindly",
    "summarise this for me: appointment with dr [[PERSON|bongani ndlovu]] moved to thursday 10am, bring medical aid card, member no [[ID_NUMBER|mh 0048817293]]",
    "whats a good pin for my new debit card, the bank says not my birthday. the old one was [[PASSWORD|7391]] lol",
    "plan a 3 day trip to cusco for me and my husband [[PERSON|renzo quispe mamani]]. we land friday morning and he gets altitude sickness easily",
    "fix my grammar: dear sir, i am [[PERSON|abdulrahman al-harbi]] and i write to complain about my internet, account number [[ID_NUMBER|5530271846]], which is down since monday",
    "call [[PHONE_NUMBER|07700900418]] and ask for [[PERSON|siosaia]]? no wait, can you just draft the text i should send him about the rugby club fees",
    "how do i change my recovery email from [[EMAIL_ADDRESS|priya.raghunathan88@example.com]] to my work one without losing my photos",
    "my son [[PERSON|tawanda]] has had a fever of 38.9 since last night. is it ok to give paracetamol and ibuprofen together? he is 7 and weighs 22 kg",
    "write an excuse note to his teacher mrs [[PERSON|van der merwe]] saying [[PERSON|liam ferreira-naidoo]] missed school on tuesday because of the dentist",
    "what is 17.5 percent of 2340? i need it for the invoice i'm sending to [[PERSON|ingrid solberg]] tonight",
    "ssh keeps refusing me on [[IP_ADDRESS|203.0.113.88]], user [[ID_NUMBER|kofi.boateng]], and the key was added yesterday. what am i missing",
    "how do i say happy birthday, we miss you in tagalog? it's for tita [[PERSON|marites dela cruz]] who just moved back to iloilo",
    "write a short reference for our old tenant [[PERSON|aroha te rangi]]. she rented [[STREET_ADDRESS|27 kauri street, mount albert, auckland 1025]] from us for two years and always paid on time",
    "the door code for the storage unit is [[PASSWORD|4#8812]] and i keep forgetting it. any trick to memorise a number like that",
    "please make this sound professional: hey [[PERSON|olumide]] the invoices r late again, send them to [[EMAIL_ADDRESS|o.adeyemi@kwara-freight.ng]] by friday or we pause the shipment",
    "i'm [[PERSON|oksana hrytsenko]] and my tax number is [[ID_NUMBER|2947153807]]. which form do i need to register as self employed in ukraine",
    "convert 250000 naira to euros and tell me if that covers one month of rent at [[STREET_ADDRESS|calle de toledo 84, 3º izq, 28005 madrid]]",
    "my username is [[ID_NUMBER|dragana_m_88]] and the uni portal says account locked after 3 tries. write an email to it support asking them to unlock it",
    "draft a whatsapp message to [[PERSON|babajide]] on [[PHONE_NUMBER|08031927465]] telling him the spare key is under the blue pot and the alarm code is [[PASSWORD|2206]]",
    "how many calories should a 60 year old woman eat per day? asking for my mum [[PERSON|fatima bibi]], she has type 2 diabetes and walks every morning",
    "translate 'the package is for the neighbour' into korean, i'll stick it on the box for [[PERSON|park ji-hoon]] at [[STREET_ADDRESS|12 teheran-ro 45-gil, gangnam-gu, seoul 06236]]",
    "is [[PHONE_NUMBER|+254 712 408 396]] a safaricom number? someone called [[PERSON|kiprono]] keeps ringing me from it at night",
    "help me budget: salary 1850 euros, rent 720, and my card [[CREDIT_CARD|4539 7128 6041 5373]] has 1200 of debt at 19 percent. how fast can i clear it",
    "write a polite email to professor [[PERSON|wiśniewska]] asking for an extension on the essay, my student id is [[ID_NUMBER|s2210497]]",
    "the host [[PERSON|emeka]] gave me the wifi key [[PASSWORD|obodo-ukwu-55]] but it says incorrect. is the hyphen the problem?",
    "what documents do i need to renew my passport? number [[ID_NUMBER|p4471928]], name [[PERSON|sigríður jónsdóttir]], it runs out in may",
    "send me a checklist for moving house. new address [[STREET_ADDRESS|ul. kwiatowa 17/4, 30-384 kraków]], old one was [[STREET_ADDRESS|ul. lipowa 3, 31-102 kraków]]",
    # other languages
    "¿Me ayudas a redactar un mensaje para la maestra de mi hija? Soy [[PERSON|Guadalupe Hernández Ríos]], mi celular es [[PHONE_NUMBER|+52 55 4817 2093]] y vivimos en [[STREET_ADDRESS|Calle Tlaxcala 112, Col. Roma Sur, 06760 Ciudad de México]].",
    "Preciso escrever um e-mail para o RH. Meu nome é [[PERSON|João Pedro Albuquerque Santos]], CPF [[ID_NUMBER|736.482.190-22]], e quero que o salário caia na conta [[IBAN_CODE|BR97 0036 0305 0000 1000 9795 493P 1]] a partir do mês que vem.",
    "Tolong buatkan surat izin sakit untuk anak saya [[PERSON|Putri Ayu Lestari]], kelas 4B, yang demam sejak kemarin. Nomor HP saya [[PHONE_NUMBER|+62 812-3974-0581]].",
    "Naomba unisaidie kuandika barua kwa mwenye nyumba. Jina langu ni [[PERSON|Zawadi Achieng Otieno]] na ninaishi [[STREET_ADDRESS|Argwings Kodhek Road 48, Kilimani, Nairobi 00100]]. Maji hayatoki tangu Jumatatu.",
    "Napisz proszę krótkiego maila do spółdzielni. Jestem [[PERSON|Bożena Kowalczyk-Nowak]], PESEL [[ID_NUMBER|85112904679]], mieszkam przy [[STREET_ADDRESS|ul. Grunwaldzka 212/15, 80-266 Gdańsk]] i od tygodnia cieknie mi kaloryfer.",
    "Bạn viết giúp tôi email xin nghỉ phép gửi chị [[PERSON|Trần Thu Hà]] ở phòng nhân sự nhé, mã nhân viên của tôi là [[ID_NUMBER|NV-20417]].",
    # English with capitals
    "Can you help me write a wedding toast for my best friend [[PERSON|Chiamaka Eze-Okonkwo]] and her fiancé [[PERSON|Tomás Villalobos]]? Funny but not embarrassing, about two minutes.",
    "My streaming password [[PASSWORD|Sunflower_Abuja77]] stopped working after I shared it with my brother. How do I log everyone else out?",
    "Please reply to this landlord email for me. I'm [[PERSON|Mohammed Rafiq Chowdhury]], tenant at [[STREET_ADDRESS|Flat 3, 41 Cheetham Hill Road, Manchester M8 8LW]], and the boiler has been broken for nine days.",
    "Translate into Japanese: 'Dear Mr [[PERSON|Takahashi]], thank you for hosting my daughter [[PERSON|Sofía Benítez-Arroyo]] this summer. She talks about your garden every day.'",
    "Calculate the monthly payment on a 35,000 AUD car loan at 7.9 percent over five years. The lender is also asking for my TFN [[ID_NUMBER|618 473 027]]. Is that normal?",
    "I need to email the clinic. Patient: [[PERSON|Aisha Bello-Abubakar]], hospital number [[ID_NUMBER|LUTH-0739418]]. Ask them to move my scan to next week because I'm travelling.",
    "Draft a short LinkedIn recommendation for [[PERSON|Mateus Rocha Figueiredo]], who led our data team in São Paulo for three years.",
    "What time is it in Suva when it's 9am in Auckland? I need to call [[PERSON|Losana Vunibaka]] on [[PHONE_NUMBER|+679 924 5817]] before her shift starts.",
    "Our home alarm code is [[PASSWORD|59031]] and my parents keep setting it off. Write simple step-by-step instructions I can print and stick by the door.",
    "Help me write a complaint to the airline. The booking is under [[PERSON|Rustam Abdullaev]], frequent flyer number [[ID_NUMBER|UZ 448 201 937]], and my bag was lost on the Tashkent to Istanbul leg.",
    "Is this a phishing email? It says my account [[ID_NUMBER|0047718293]] at the credit union is suspended and asks me to confirm my SSN, [[US_SSN|518-42-7391]], by replying.",
    "Write a birthday poem for my sister [[PERSON|Hanne Bjørnstad Lie]], who just turned 40 and loves fjords, cross-country skiing and brown cheese.",
    "Fix this SQL: SELECT * FROM users WHERE email = '[[EMAIL_ADDRESS|d.kowalczyk@example.org]]' AND pwd = '[[PASSWORD|Kr@ków1999]]' — it returns nothing even though the row exists.",
    "Please summarise my medical history for a new GP: I'm [[PERSON|Anjali Deshpande-Rao]], NHS number [[ID_NUMBER|584 027 1632]], asthma since childhood, appendix removed 2015, allergic to penicillin.",
    "Can you work out how much each of us owes? Dinner was 184 dollars; [[PERSON|Kwame]] paid 100, [[PERSON|Yerlan]] paid 50 and [[PERSON|Itzel]] paid the rest. We split it evenly.",
    "Write a cover letter opening line for [[PERSON|Nomvula Khumalo]], a chemical engineer from Durban applying to a mining firm in Perth.",
    "Set up an out-of-office for me: 'I'm away until 12 August. For urgent matters contact [[PERSON|Ravindu Perera]] at [[EMAIL_ADDRESS|ravindu.perera@lankatextiles.lk]] or [[PHONE_NUMBER|+94 77 318 4062]].'",
    "My API key [[API_KEY|sk-9vQ2mLx7TzR4pW1nB8cK3hJ6yF0dA5eG]] got pushed to a public repo by accident an hour ago. What do I do right now?",
    "Our Airbnb host in Tonga, [[PERSON|Seini Fifita]], sent the lockbox code [[PASSWORD|1766]] for the house on [[STREET_ADDRESS|Vuna Road, Kolofo'ou, Nuku'alofa]]. Write a thank-you message we can leave her.",
    "Help me answer my daughter's teacher, Ms [[PERSON|Al-Sayed]]. She wants to know why [[PERSON|Yasmin]] has missed three Fridays; we visit her grandmother in Sharjah.",
    "I got a new laptop from work. Employee ID [[ID_NUMBER|E-558213]], login [[ID_NUMBER|svetlana.orlova]]. The VPN client asks for a domain. What is it usually?",
    "Plan meals for a week for [[PERSON|Lucía Mamani Condori]], who is 14, vegetarian and plays volleyball five days a week.",
    "Write a short text to [[PERSON|Abubakarr Sesay]] asking if he can collect a parcel for me; it's addressed to [[STREET_ADDRESS|12 Wilkinson Road, Freetown]].",
    "Which is safer for online shopping, my debit card [[CREDIT_CARD|5228 1496 7301 8446]] or PayPal? I order from sites abroad a lot.",
    "My father [[PERSON|Zhou Jianguo]] needs to fill in a Canadian visitor visa form. His passport is [[ID_NUMBER|EJ4729163]]. What does 'UCI' mean on the form?",
    "I'm locked out of the school portal. Username [[ID_NUMBER|fnaqvi_2024]], temporary password [[PASSWORD|Welcome#Lahore5]]. Draft a message to the IT desk.",
    "Help me plan a surprise 50th for my husband [[PERSON|Kalani Kahananui]]. Budget 2,000 dollars, about 40 guests, in Hilo.",
    "Please check this address format for a parcel to Ghana: [[PERSON|Akosua Boatemaa Asante]], [[STREET_ADDRESS|House No. 17, Nii Amugi Avenue, East Legon, Accra]], [[PHONE_NUMBER|+233 24 518 3047]].",
    "My bank in Karachi wants the IBAN for a transfer from my brother [[PERSON|Imran Siddiqui]]. His is [[IBAN_CODE|PK05 MEZN 0004 1701 0394 8275]]. Is that the right length?",
    "Could you explain what 'deductible' means? My policy number is [[ID_NUMBER|HX-77314920]] and I'm trying to understand my knee surgery bill.",
    "Write a short bio for the conference programme: Dr. [[PERSON|Oyelaran Adebisi-Coker]], researcher in tropical medicine at a Lagos teaching hospital.",
    "Reply to this message from [[PERSON|Aleksandr Petrovich Volkov]]: 'Did you send the contract?' Say yes, it went to [[EMAIL_ADDRESS|a.volkov@severstroy.ru]] yesterday at five.",
    "What's the best way to store my Wi-Fi passphrase [[PASSWORD|Tui-Bird-Kowhai-88]] so my kids can't see it but the babysitter can?",
    "I'm applying for a rental in Oslo. Can you draft my intro? I'm [[PERSON|Mahlet Tesfaye Gebremedhin]], 29, a nurse at Ullevål, phone [[PHONE_NUMBER|+47 412 83 590]].",
    "My dad [[PERSON|Arne Haugland]] keeps getting an error when he types his fødselsnummer [[ID_NUMBER|15078910043]] on the tax website. What could be wrong?",
    "Calculate my BMI: 172 cm, 81 kg. Also, what should I ask Dr [[PERSON|Mwangi-Kariuki]] about my knee at Tuesday's appointment?",
    "The parking gate code for our building, [[PASSWORD|*4417#]], stopped working after the power cut. Write a message to the manager, [[PERSON|Hamid Rezaei]], asking him to reset it.",
    "Write a birthday card in Hindi for my grandmother [[PERSON|सावित्री देवी]]; she lives in Varanasi and loves old film songs.",
    "I'm setting up a joint account with my partner [[PERSON|Jarrah Nguyen-Walker]]. The bank wants our Medicare numbers; mine is [[ID_NUMBER|4281 73959 1]]. Is that safe to give?",
    "What should I pack for Reykjavík in February? My host [[PERSON|Guðrún Ásgeirsdóttir]] lives at [[STREET_ADDRESS|Hringbraut 74, 101 Reykjavík]] and says it's windy.",
    "Draft a formal letter to the Spanish consulate for my uncle [[PERSON|Wilber Huamán Ccori]], passport [[ID_NUMBER|119047823]], asking why his visa appointment was cancelled.",
    "My phone number changed to [[PHONE_NUMBER|(416) 555-0148]]. Write a short message I can send to all my clients.",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Nadia Benali]] from the pharmacy, your prescription is ready, call us back on [[PHONE_NUMBER|020 7946 0533]].'",
    "Translate this into Portuguese for my Angolan colleague [[PERSON|Domingos Capita Muteka]]: 'The meeting moved to Thursday at 10.'",
    "Write a short poem for my grandson [[PERSON|Mikael]]'s christening. His full name is [[PERSON|Mikael Antero Lindroos]] and he was born in Turku.",
    "My work email [[EMAIL_ADDRESS|s.kumaraswamy@tamilnadu-agro.in]] is full. How do I archive old messages in Outlook?",
    "I need to pay rent to my landlord [[PERSON|Yiannis Papadakis]] in Chania. His IBAN is [[IBAN_CODE|GR59 0140 7120 0000 7193 8521 460]]. How long does a SEPA transfer take?",
    "What does this error mean? 'Permission denied (publickey)' when I connect to [[IP_ADDRESS|2001:db8:4a1::17]] as [[ID_NUMBER|tmensah]]. And is it a problem that my deploy token [[API_KEY|dpl_7Hx2Kq9Vr4Nw8Lz1Pc6Tb3Ym5]] sits in the same script?",
    "Write an email to Professor [[PERSON|Ileana Ortiz de Zárate]] asking if she'll supervise my master's thesis on coastal erosion in Chile.",
    "My grandmother [[PERSON|Mereana Pōtae]] needs to enrol with a new doctor and her NHI number is [[ID_NUMBER|ZKM4829]]. How do we do it online?",
    "Plan a budget trip from Hanoi to Hoi An by train for two adults. Booking name [[PERSON|Đặng Văn Khoa]], email [[EMAIL_ADDRESS|khoa.dang.van@example.vn]].",
    "Help me word a reminder to [[PERSON|Kojo]] that he still owes me 150 cedis; his number is [[PHONE_NUMBER|024 471 9382]].",
    "Is it legal in Germany for my employer to ask for my Steuer-ID? It's [[ID_NUMBER|18507930018]], and the payslip spells my name [[PERSON|Deniz Yildiz]] instead of [[PERSON|Deniz Yıldız]].",
    "Fix the formatting of this CSV line: [[PERSON|Nikolaos Georgiou]];[[EMAIL_ADDRESS|ngeorgiou@example.gr]];[[PHONE_NUMBER|+30 694 518 2730]];Thessaloniki",
    "Write a note for the babysitter: the kids are [[PERSON|Amara]] (6) and [[PERSON|Jomo]] (3), our number is [[PHONE_NUMBER|0491 570 238]], and the back door code is [[PASSWORD|8014]].",
    "Can you recommend a password manager? Right now I reuse [[PASSWORD|Manila#Sunrise1987]] for almost everything and I know that's bad.",
    "Please explain my payslip. Employee number [[ID_NUMBER|ZA-40718]], name [[PERSON|Sipho Mahlangu]], and there's a deduction called 'UIF' I don't understand.",
    "Write a message to our tenant [[PERSON|Kaveh Ahmadi-Moghaddam]] saying the rent account has changed to [[IBAN_CODE|DE83 3705 0299 8841 0637 25]] from next month.",
    "Convert this recipe my aunt [[PERSON|Rukhsana]] sent into grams: 2 cups flour, 1 stick butter, 3/4 cup sugar.",
    "Is it safe to email my father [[PERSON|Ryu Dong-hyun]]'s resident registration number [[ID_NUMBER|880315-1648723]] to the bank branch? They asked for it to update his account.",
    "Help me fill in a customs form for a care package to my brother, Sgt. [[PERSON|Marcus Delacroix-Ortega]], [[STREET_ADDRESS|Unit 8420 Box 2215, APO AE 09213]]. What counts as prohibited?",
    "Summarise this log line for me: 'login failed for user [[ID_NUMBER|yohannes.g]] from [[IP_ADDRESS|198.51.100.203]] (3 attempts)'. Should I be worried?",
    "Write a text to [[PERSON|Precious]] reminding her that choir practice moved to Wednesday and asking her to bring [[PERSON|Blessing]]'s music folder.",
    "My Aadhaar [[ID_NUMBER|7394 0518 2661]] isn't linking to my PAN on the tax portal. What are the usual reasons?",
    "Draft an apology to my coworker [[PERSON|Marisol Cárdenas Quintero]] for missing her presentation; I was stuck at the clinic with my son.",
    "How do I transfer money from my Danish account [[IBAN_CODE|DK8630000487261935]] to my mother in Nairobi without huge fees?",
    "Can you check the maths? I drove 412 km, the car used 31 litres, and my colleague [[PERSON|Ngozi]] says that's over 8 litres per 100 km.",
    "Write a short speech for my grandfather Ratu [[PERSON|Josaia Vosawale]]'s 80th birthday; he taught at a school in Lautoka for 35 years.",
    "My card [[CREDIT_CARD|3752 916483 07124]] was charged twice by a hotel in Cartagena. Write the dispute message to the bank.",
    "Help me write a letter to the council about bins. I live at [[STREET_ADDRESS|22 Ladypool Road, Birmingham B12 8JY]] and they've missed us three weeks running.",
    "What's the difference between a PIN and a passcode? My phone code is [[PASSWORD|041193]] and I'm wondering if that's too obvious.",
    "My new username at the library is [[ID_NUMBER|aigerim.s]] and they gave me member number [[ID_NUMBER|LIB 00731942]]. How do I reserve an ebook?",
    "Please translate this letter from my aunt in Lviv into English. It's signed [[PERSON|Олена Ковальчук]] and says she'll arrive on the 14th.",
    "Write a polite follow-up to the recruiter, Ms [[PERSON|Adeyemi]]; I interviewed on Monday for the analyst role. My candidate ID is [[ID_NUMBER|CAND-2294817]].",
    "Explain the tax rules for selling a flat in Portugal. The deed lists me, [[PERSON|Ana Lúcia Tavares Semedo]], NIF [[ID_NUMBER|247193860]], as sole owner.",
    "I forgot which email I used for my gaming account, either [[EMAIL_ADDRESS|ikaika.keolanui@example.com]] or an old one. The gamertag is [[ID_NUMBER|KaiWave808]]. How do I recover it?",
    "My partner [[PERSON|ნინო ბერიძე]] and I want to open a café in Tbilisi. Write a one-page business plan outline.",
    "The server [[IP_ADDRESS|192.0.2.201]] is throwing 502s. Our admin [[PERSON|Aziz Karimov]] left last week, and his root password was [[PASSWORD|Samarqand!Blue9]]. Should we rotate everything?",
    "Draft a note to my son's football coach, [[PERSON|Diego Alejandro Pineda]], with my number [[PHONE_NUMBER|+57 310 482 7716]] for emergencies.",
    "What are the symptoms of dengue? My wife [[PERSON|Nurul Huda binti Ismail]] has had a fever for three days and we live in Penang.",
    "Write an email to the university in Prague for me, [[PERSON|Kateřina Dvořáková]]. They want my rodné číslo, [[ID_NUMBER|905716/4820]], to finish the enrolment.",
    "Can you check the format of my helper's FIN, [[ID_NUMBER|G6284105U]]? Her name is [[PERSON|Rosalinda Bautista]] and the work permit form keeps rejecting it.",
    "I'm writing my will. Help me phrase a clause leaving my house at [[STREET_ADDRESS|Avenida Brasil 2847, 11300 Montevideo]] to my niece [[PERSON|Valentina Sosa Ferreira]].",
    "Text for my Swedish landlord: I'm [[PERSON|Farhan Chaudhry]], personnummer [[ID_NUMBER|880614-3726]], and I'm moving out of [[STREET_ADDRESS|Ringvägen 118, 118 60 Stockholm]] on 31 May.",
]

# 100 records in the style of synthetic PII benchmark datasets, one person each.
SYNTH = [
    "Name: [[PERSON|Chukwuemeka Obi-Nwosu]] | Email: [[EMAIL_ADDRESS|c.obinwosu@example.ng]] | Phone: [[PHONE_NUMBER|+234 803 517 2946]]",
    '{"full_name": "[[PERSON|Mariana Gutiérrez de la Fuente]]", "iban": "[[IBAN_CODE|ES2921003817450200649283]]", "city": "Sevilla"}',
    '2024-03-11T08:42:17Z INFO auth: user=[[ID_NUMBER|rpatel07]] name="[[PERSON|Rohan Patel]]" src=[[IP_ADDRESS|203.0.113.54]] login ok',
    "Patient [[PERSON|Akua Mensah-Bonsu]], MRN [[ID_NUMBER|KBTH-2218457]], presented with lower back pain; referred to physiotherapy.",
    "Dear Ms [[PERSON|Oyunchimeg Batbayar]], your library card [[ID_NUMBER|UB-0047291]] expires on 30 April. Renew at any branch.",
    "Ship to: [[PERSON|Thabo Molefe]], [[STREET_ADDRESS|1187 Mphuthi Street, Protea Glen, Soweto 1818]], tel [[PHONE_NUMBER|+27 82 614 3098]]",
    "Employee: [[PERSON|Ahmad Faizal bin Rahman]]; staff no. [[ID_NUMBER|MY-30418]]; bank acct [[ID_NUMBER|1640 2281 7735]]; dept: Logistics",
    "ФИО: [[PERSON|Смирнова Анна Викторовна]], тел. [[PHONE_NUMBER|+7 916 482-71-05]], e-mail [[EMAIL_ADDRESS|anna.smirnova84@example.ru]]",
    "Όνομα: [[PERSON|Γεώργιος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|14087845187]], τηλ. [[PHONE_NUMBER|+30 697 204 8351]]",
    "성명: [[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|930706-2541399]], 연락처 [[PHONE_NUMBER|010-4827-3916]]",
    "姓名：[[PERSON|王丽华]]  身份证号：[[ID_NUMBER|330102199205142623]]  手机：[[PHONE_NUMBER|+86 139 5718 2046]]  银联卡：[[CREDIT_CARD|6228 4173 0596 1822]]",
    "الاسم: [[PERSON|خالد عبد الله العتيبي]]، الجوال: [[PHONE_NUMBER|+966 55 418 2736]]، البريد: [[EMAIL_ADDRESS|k.alotaibi@example.sa]]",
    "Payroll 06/2024: [[PERSON|Siaosi Leaupepe]], employee #[[ID_NUMBER|40927]], net pay NZD 3,412.80 to account [[ID_NUMBER|12-3192-0458221-00]]",
    "Policyholder: [[PERSON|Juan Carlos Mendoza Vargas]]. Policy no. [[ID_NUMBER|SEG-MX-0093817]]. Vehicle: 2019 Nissan Versa, grey.",
    "Contact [[PERSON|Ewa Zielińska-Mazur]] at [[EMAIL_ADDRESS|ewa.zm@example.pl]] regarding the invoice dispute.",
    "[[PERSON|Rangi Parata]] | NHI [[ID_NUMBER|HBX2192]] | GP: Ōtara Family Health | allergies: none known",
    "Bio: [[PERSON|Nkechi Amadi-Obi]] is a freelance illustrator based in Enugu. Reach her at [[EMAIL_ADDRESS|nkechi.draws@example.com]].",
    "Username [[ID_NUMBER|lars_e_nyberg]] created for [[PERSON|Lars-Erik Nyberg]]; temporary password [[PASSWORD|Fjord!Lake7305]] must be changed at first login.",
    "Ship to [[PERSON|María Fernanda Ochoa Ruiz]], [[STREET_ADDRESS|Carrera 43A #7-50, El Poblado, Medellín 050021]]",
    "Card holder: [[PERSON|Tariq Mahmood Qureshi]]; card [[CREDIT_CARD|4916 3820 5719 4661]]; expiry 09/27",
    "INSERT INTO customers VALUES ('[[PERSON|Nguyễn Minh Tuấn]]', '[[EMAIL_ADDRESS|tuan.nguyenminh@example.vn]]', '[[PHONE_NUMBER|+84 90 417 2863]]');",
    "Mail for PO2 [[PERSON|Jerome Alapati]], [[STREET_ADDRESS|PSC 561 Box 3307, FPO AP 96349]]",
    "Reference: I confirm that [[PERSON|Farida Yusupova]] has rented from me since 2019 and always paid on time. Contact: [[PHONE_NUMBER|+998 90 314 27 85]].",
    "Insurance claim, insured: [[PERSON|Kwabena Ofosu-Appiah]], member no. [[ID_NUMBER|NHIS 07734192]], date of service 12/02/2024.",
    "[[PERSON|Mele Kaufana]], [[STREET_ADDRESS|Vaitele Street, Lotopa, Apia]], mob. [[PHONE_NUMBER|+685 77 24518]]",
    "Nurse note 14:20: [[PERSON|Olusegun Adewale-Cole]] complains of chest tightness; BP 150/95; next of kin on [[PHONE_NUMBER|+234 809 221 4730]].",
    '{"user": "[[ID_NUMBER|h.rasmussen]]", "display": "[[PERSON|Helle Rasmussen]]", "last_ip": "[[IP_ADDRESS|198.51.100.77]]"}',
    "Teudat zehut [[ID_NUMBER|318472651]], [[PERSON|Noa Ben-David]], Haifa",
    "Kimlik No: [[ID_NUMBER|38562017440]] Ad Soyad: [[PERSON|Elif Nur Karataş]] Adres: [[STREET_ADDRESS|Bağdat Cad. No:214 D:6, 34728 Kadıköy/İstanbul]]",
    "Tenant: [[PERSON|Bilal Haddad]]. Unit: [[STREET_ADDRESS|Apt 7, 19 Rue Gouraud, Gemmayzeh, Beirut]]. Rent paid from [[IBAN_CODE|LB79 0061 0000 0004 1872 6395 0271]].",
    "Profile: [[PERSON|Aigul Sarsenbayeva]], 34, Almaty. Interests: climbing, chess. Contact [[EMAIL_ADDRESS|aigul.s@example.kz]].",
    "From: [[PERSON|Pita Havili]] <[[EMAIL_ADDRESS|pita.havili@example.to]]> Subject: rugby registration for the under-12s",
    "HR note: [[PERSON|Shreya Iyer-Menon]] (emp. [[ID_NUMBER|IN-77291]]) requested parental leave from 1 September; Aadhaar [[ID_NUMBER|5826 0734 1194]] on file.",
    "Loan applicant [[PERSON|Carlos Eduardo Ramírez Soto]], RUT [[ID_NUMBER|16.482.307-5]], requested 8,000,000 CLP over 36 months.",
    "[[PERSON|Jóhann Sigurðsson]] kt. [[ID_NUMBER|120389-4089]], reikningur [[IBAN_CODE|IS82 0159 2620 8715 0304 9168 29]]",
    "Lab result for [[PERSON|Yuki Matsumoto-Reyes]]: HbA1c 6.1%. Insurance ID [[ID_NUMBER|JP-HK-40193827]].",
    "Door entry log: [[PERSON|Abebe Girma]] badge [[ID_NUMBER|B-11804]] 07:58 main gate",
    "Emergency contact for [[PERSON|Leilani Akana]]: [[PHONE_NUMBER|(808) 555-0162]]",
    "Account holder [[PERSON|Svitlana Ivanenko-Kuzmenko]], IBAN [[IBAN_CODE|UA60 3052 9900 0002 6207 4819 3057 2]], branch Kharkiv",
    "Passenger: [[PERSON|Hamza Ould Cheikh]] Passport: [[ID_NUMBER|B03918274]] Seat 14C Nouakchott to Casablanca",
    "[[PERSON|Emilia Kallio]], hetu [[ID_NUMBER|070601A4183]], osoite [[STREET_ADDRESS|Hämeenkatu 22 B 14, 33200 Tampere]]",
    "Customer [[PERSON|Ibrahima Diallo]], [[PHONE_NUMBER|+221 77 482 19 36]], [[STREET_ADDRESS|Rue 10 x Rue 15, Médina, Dakar]]",
    "Action: [[PERSON|Wirihana Kereama]] to send the signed lease to [[EMAIL_ADDRESS|wiri.kereama@example.nz]] by Friday.",
    "Password reset requested for [[ID_NUMBER|pchanthavong]] ([[PERSON|Phonsavanh Chanthavong]]) from [[IP_ADDRESS|203.0.113.190]].",
    "Dear [[PERSON|Ngozi Chukwu]], your new PIN [[PASSWORD|5082]] has been issued. Do not share it with anyone.",
    "Invoice to: [[PERSON|Rafael Ángel Solís Montero]], [[STREET_ADDRESS|De la Iglesia de San Pedro 200 m al sur, San Pedro de Montes de Oca, San José]]",
    "Student record: [[PERSON|Kalinda Murray-Walker]], student no. [[ID_NUMBER|u7039184]], Tamworth campus.",
    "Salary slip: [[PERSON|Oleksandr Bondarenko]], tax no. [[ID_NUMBER|3184062750]], gross 42,000 UAH",
    "[[PERSON|Tevita Lolohea]]: [[PHONE_NUMBER|+676 873 4152]]",
    "New hire: [[PERSON|Zanele Dube]], ID [[ID_NUMBER|9308224982080]], start date 3 June, salary account [[ID_NUMBER|62 841 937 205]]",
    "Witness statement signed by [[PERSON|Baltazar Quispe Huanca]], phone [[PHONE_NUMBER|+51 984 217 630]], Cusco.",
    "CRM: [[PERSON|Sun-hee Park]] | [[EMAIL_ADDRESS|sunhee.park@example.co.kr]] | tier: gold",
    "Κωδικός πελάτη [[ID_NUMBER|GR-558120]], [[PERSON|Ελένη Κωνσταντινίδου]], [[STREET_ADDRESS|Οδός Εγνατίας 128, 54630 Θεσσαλονίκη]]",
    "Beneficiary: [[PERSON|Amal Hussein Abdi]], IBAN [[IBAN_CODE|AE81 0460 0000 8721 3596 402]], purpose: family support",
    "Note: [[PERSON|Hemi Tawhiri]] prefers calls after 6pm on [[PHONE_NUMBER|021 408 3715]].",
    "Alumni directory: [[PERSON|Olanrewaju Babatunde-Smith]], class of 2009, [[EMAIL_ADDRESS|lanre.bsmith@example.co.uk]], [[PHONE_NUMBER|0161 496 0273]]",
    "Order shipped to [[PERSON|Haruto Sasaki]], [[STREET_ADDRESS|3-8-21 Minami-Aoyama, Minato-ku, Tokyo 107-0062]], paid by JCB [[CREDIT_CARD|3569 0421 8775 3024]]",
    "My Number: [[ID_NUMBER|5820 4719 3663]] ([[PERSON|Ishikawa Mei]])",
    "Dispatch log 22:14: caller [[PERSON|Refilwe Nkosi]] at [[STREET_ADDRESS|31 Mabaleng Street, Mamelodi East, Pretoria 0122]] reports a burst pipe.",
    "Gym member [[PERSON|Joaquín Ferraro Baldi]], card no. [[ID_NUMBER|GYM-204773]], freeze requested for August.",
    "Mortgage file: [[PERSON|Dariusz Wróblewski]], PESEL [[ID_NUMBER|92071438518]], account [[IBAN_CODE|PL11 1240 1047 0000 3829 1746 5032]]",
    "Visitor badge for [[PERSON|Tshering Wangmo]], host: reception, mobile [[PHONE_NUMBER|+975 17 61 84 29]]",
    "Contact: [[PERSON|Andile Zungu]], [[EMAIL_ADDRESS|andile.zungu@example.org.za]]",
    "Clinic referral: [[PERSON|Pham Thi Lan]], DOB 02/11/1958, phone [[PHONE_NUMBER|+84 912 638 401]], referred for cataract assessment.",
    "Landlord: [[PERSON|Javad Mousavi]]; property: [[STREET_ADDRESS|No. 12, Golestan Alley, Vali-e Asr St, Tehran 1968917631]]",
    "Sales lead: [[PERSON|Mariam Nakato]], Kampala, [[PHONE_NUMBER|+256 772 418 305]], interested in solar kits.",
    "VPN access granted to [[ID_NUMBER|k.abdulkadir]] ([[PERSON|Kadija Abdulkadir]]), key [[API_KEY|vpn_live_4Rt8Wq2Zx6Yh1Ks9Lm3Nb7Pc]]",
    "Payment reminder sent to [[PERSON|Oscar Dlamini-Lindqvist]] at [[EMAIL_ADDRESS|oscar.dl@example.se]] for invoice 2024-118.",
    "Personnummer [[ID_NUMBER|910227-5816]] tillhör [[PERSON|Amina Jama Warsame]], Rinkeby.",
    "Clinical summary: [[PERSON|Lagi Tuimavave]], 52, type 2 diabetes, metformin 500 mg twice daily. NHI [[ID_NUMBER|TRW7318]].",
    "Reservation under [[PERSON|Ximena Castañeda-Luján]] for 4 people, tel. [[PHONE_NUMBER|+52 33 3817 2045]], card on file ending 9052.",
    "Dear [[PERSON|Ayodele]], your Wi-Fi voucher code is [[PASSWORD|lagoon-7723]]. Enjoy your stay at the lodge.",
    "Beneficiary record: [[PERSON|Rahel Haile Tesfamariam]], [[STREET_ADDRESS|Kebele 07, House 1154, Bole, Addis Ababa]], [[PHONE_NUMBER|+251 911 46 2873]]",
    "SSN [[US_SSN|627-31-0845]], [[PERSON|Darnell Washington-Pierce]], Baton Rouge",
    "Dear [[PERSON|Sólveig Hrafnsdóttir]], thank you for your donation. Your receipt was posted to [[STREET_ADDRESS|Aðalstræti 9, 600 Akureyri]].",
    "login ok user=[[ID_NUMBER|mkhalil]] ip=[[IP_ADDRESS|2001:db8:7c0::4e]] name=[[PERSON|Mona Khalil]]",
    "Volunteer: [[PERSON|Sione Fonua]], shirt size L, phone [[PHONE_NUMBER|+64 27 318 6402]]",
    "Insured: [[PERSON|Laura Beatriz Quiroga Paz]]; póliza [[ID_NUMBER|AR-VID-7730148]]; tel. [[PHONE_NUMBER|+54 9 11 4827-3190]]",
    "[[PERSON|Nasrin Akter]], garment worker, [[PHONE_NUMBER|+880 1712-408315]], Mirpur 10, Dhaka",
    "Account [[ID_NUMBER|0093-118475-6]] belongs to [[PERSON|Kiran Thapa Magar]]; branch: Pokhara.",
    "Tax record: [[PERSON|Gheorghița Munteanu]], CNP [[ID_NUMBER|2950614401836]], Iași",
    "Shift swap approved: [[PERSON|Marlon Baptiste]] (staff [[ID_NUMBER|TT-5582]]) moves to the night team.",
    "[[PERSON|Yerlan Dzhaksybekov]] paid with card [[CREDIT_CARD|5452 0731 8896 0123]] on 4 March.",
    "Scholarship awardee [[PERSON|Precious Mutale Banda]] (student ID [[ID_NUMBER|UNZA-2021-04418]]), Lusaka.",
    "Belgian register no. [[ID_NUMBER|87.05.14-283.92]]: [[PERSON|Mbuyi Kalala-Tshibangu]], Matonge, Ixelles",
    "Patient [[PERSON|Siddharth Venkatesan]], NHS [[ID_NUMBER|731 946 2052]], seen in A&E for a sprained wrist.",
    "PPS [[ID_NUMBER|8316490LA]] for [[PERSON|Chinonso Ugwu]], Dublin 15.",
    "Rental contract party: [[PERSON|Fatou Ndiaye]], NIR [[ID_NUMBER|2 95 04 69 388 012 30]], [[STREET_ADDRESS|8 rue Paul Bert, 69003 Lyon]]",
    "[[PERSON|Kemal Aydın-Schröder]], Steuer-ID [[ID_NUMBER|19204750015]], Köln-Ehrenfeld",
    "BSN [[ID_NUMBER|716359200]], [[PERSON|Rishi Ramdin]], [[STREET_ADDRESS|Bijlmerdreef 904, 1103 TC Amsterdam]]",
    "Isikukood [[ID_NUMBER|49206130008]], [[PERSON|Kadri Tamm-Saar]], Tartu.",
    "SIN [[ID_NUMBER|618 293 476]] for [[PERSON|Amaru Coaquira]], Winnipeg",
    "NIE [[ID_NUMBER|Y5817304C]], [[PERSON|Wilson Andrés Caicedo Mina]], [[STREET_ADDRESS|Carrer de Sants 152, 4t 2a, 08028 Barcelona]]",
    "Fødselsnummer [[ID_NUMBER|03049210026]] registrert på [[PERSON|Ingvild Aasen Haugen]], konto [[IBAN_CODE|NO2986012937461]].",
    "[[PERSON|林志明]]：[[PHONE_NUMBER|+886 918 274 603]]，[[EMAIL_ADDRESS|zm.lin@example.tw]]",
    "Rodné číslo [[ID_NUMBER|856203/7198]], [[PERSON|Zuzana Horváthová]], Bratislava",
    "Membership: [[PERSON|Kanoa Pili-Kealoha]], member ID [[ID_NUMBER|HI-882031]], [[EMAIL_ADDRESS|kanoa.pk@example.com]]",
    "Wire from [[PERSON|Yousef Al-Qahtani]], account [[IBAN_CODE|SA3855100000481902736451]], reference school fees.",
    "Caller Daw [[PERSON|Khin Myo Thant]] asked for a callback on [[PHONE_NUMBER|+95 9 420 718 364]] about her loan.",
    "Hotel guest: [[PERSON|Shalini Devi Prasad]], [[STREET_ADDRESS|Lot 14, Namaka Lane, Nadi]], card [[CREDIT_CARD|4718 0529 3614 4787]]",
]

# 25 prompts in the manner of MT-Bench and Vicuna: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Write a persuasive essay of about 300 words arguing that cities should replace short-haul flights with high-speed rail, using at least two concrete examples.",
    "Compose a sequence of five haiku that follows a single raindrop from a cloud over the Andes down to the Pacific Ocean.",
    "Imagine you are Sherlock Holmes visiting a modern airport. Describe, in his voice, what he deduces about three travellers at the gate.",
    "Explain the difference between a process and a thread to a high-school student, using a restaurant kitchen as the analogy.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "If a train leaves at 14:05 and the journey takes 3 hours 50 minutes with a 25-minute delay, when does it arrive? Show your reasoning.",
    "Role-play as a tour guide in Marrakech. Greet a group of visitors and describe the first stop of a walking tour through the medina.",
    "Summarise the main causes of the First World War in five bullet points, then name the one historians argue about most.",
    "Draft a friendly product announcement for a reusable water bottle that keeps drinks cold for 24 hours. Keep it under 120 words.",
    "Compare the leadership of Nelson Mandela and Winston Churchill during national crises. Where were they most alike?",
    "Write a SQL query that finds the three products with the highest total sales in each region, given tables orders(region, product_id, amount) and products(id, name).",
    "What are the pros and cons of nuclear power as part of a low-carbon energy mix? Give a balanced answer.",
    "Pretend you are Captain Ahab writing a one-star review of a whale-watching tour. Keep it funny and under 150 words.",
    "Explain how a vaccine trains the immune system, in three short paragraphs for a science magazine aimed at teenagers.",
    "Given the sentence 'The quick brown fox jumps over the lazy dog', extract every word longer than four letters and return them as a JSON list.",
    "Describe the water cycle as if you were a drop of water telling your own life story, in under 200 words.",
    "Write a JavaScript debounce function and give an example of when you would use it in a search box.",
    "A farmer must cross a river with a wolf, a goat and a cabbage, taking one at a time. Explain the solution step by step and why it works.",
    "Outline a two-week study plan for someone preparing for an introductory statistics exam who can study one hour a day.",
    "What might have happened if the printing press had been invented 500 years earlier? Speculate on three major consequences.",
    "Write a short dialogue between Frida Kahlo and Vincent van Gogh meeting in a café and arguing about colour.",
    "Explain opportunity cost with two everyday examples, one involving time and one involving money.",
    "Rewrite this sentence in a formal tone: 'We gotta fix the bug before the boss sees it.'",
    "Compose a limerick about a forgetful robot that keeps misplacing its own charger.",
    "State the Pythagorean theorem and prove it by rearranging four copies of a right triangle inside a square.",
]

# 25 word problems in the manner of GSM8K, with fictional first names.
CLEAN_GSM8K = [
    "Amara bakes 36 cupcakes. She gives a third to her neighbours and sells half of the rest for $2 each. How much money does she make?",
    "Kenji runs 4.5 km every weekday and twice that on Saturday. How many kilometres does he run in a week if he rests on Sunday?",
    "A bus holds 52 passengers. If 3 buses are full and a fourth is three-quarters full, how many passengers are there in total?",
    "Lucía buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 note. How much change does she get?",
    "Tomasz has twice as many stamps as Oliwia. Together they have 87 stamps. How many stamps does Tomasz have?",
    "A tank holds 240 litres and leaks 6 litres per hour. Starting full, after how many hours will it be 40% full?",
    "Priya reads 18 pages on Monday, and each day after that she reads 4 more pages than the day before. How many pages has she read by the end of Friday?",
    "A market stall sells mangoes at 3 for $2. Kwabena buys 15 mangoes. How much does he pay?",
    "Sione earns $18 an hour and works 7.5 hours a day, 5 days a week. How much does he earn in four weeks?",
    "A recipe needs 250 g of flour for 10 pancakes. How much flour is needed for 26 pancakes?",
    "Ingrid's garden is 12 m long and 7.5 m wide. She fences it all round but leaves a 1.5 m gap for a gate. How many metres of fence does she need?",
    "Yusuf had 120 marbles. He gave 15% of them to his brother and then lost 12. How many does he have left?",
    "A car travels 180 km in 2 hours 15 minutes. What is its average speed in km/h?",
    "Mei saves $5 in the first week, $7 in the second, $9 in the third, and so on. How much has she saved after 8 weeks?",
    "There are 28 students in a class. Four sevenths of them walk to school and the rest take the bus. How many take the bus?",
    "Diego buys a bike for $240 and sells it a year later at a 35% loss. What is the selling price?",
    "Aroha plants 8 rows of 14 kumara each. A storm destroys 19 plants. How many plants remain?",
    "A box of 24 pencils costs $6. Pencils are only sold in full boxes. How much does it cost to get at least 90 pencils?",
    "Fatima's phone battery drops 12% for every hour of video. Starting at 95%, how many full hours can she watch before it falls below 20%?",
    "Olu is 4 years older than his sister. In 6 years the sum of their ages will be 40. How old is Olu now?",
    "One pipe fills a pool in 6 hours and another fills it in 3 hours. How long does it take with both pipes open?",
    "Nadia scored 78, 85 and 91 on three tests. What score does she need on the fourth test to average 86?",
    "A baker uses two thirds of a bag of sugar each day. How many full days will 9 bags last?",
    "Mateo's class collects 1,460 cans in 4 weeks. Collecting at the same rate, how many more weeks do they need to reach 2,555 cans?",
    "A rope 15 m long is cut into pieces of 75 cm each. How many pieces are there, and is any rope left over?",
]

# 25 multiple-choice items in the manner of MMLU.
CLEAN_MMLU = [
    "Which organelle is the main site of ATP production in eukaryotic cells? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "Who declared Haiti's independence in 1804? A) Toussaint Louverture B) Jean-Jacques Dessalines C) Simón Bolívar D) José de San Martín",
    "The derivative of sin(x) with respect to x is: A) -cos(x) B) cos(x) C) tan(x) D) -sin(x)",
    "Which economist wrote 'The Wealth of Nations'? A) John Maynard Keynes B) Karl Marx C) Adam Smith D) David Ricardo",
    "In which year did Ghana become independent? A) 1947 B) 1957 C) 1960 D) 1963",
    "Which of the following is a noble gas? A) Nitrogen B) Chlorine C) Argon D) Hydrogen",
    "Under the US Constitution, which body has the power to declare war? A) The President B) Congress C) The Supreme Court D) The Secretary of Defense",
    "Which philosopher is associated with the categorical imperative? A) David Hume B) Immanuel Kant C) John Stuart Mill D) John Locke",
    "What is the worst-case time complexity of binary search on a sorted array? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which empire had Cusco as its capital? A) Aztec B) Maya C) Inca D) Olmec",
    "A firm in perfect competition maximises profit where: A) price exceeds marginal cost B) marginal revenue equals marginal cost C) average cost is lowest D) total revenue is highest",
    "Who proposed the general theory of relativity? A) Isaac Newton B) Niels Bohr C) Albert Einstein D) Max Planck",
    "Which layer of the atmosphere holds most of the ozone? A) Troposphere B) Stratosphere C) Mesosphere D) Thermosphere",
    "The Treaty of Waitangi of 1840 was signed between the British Crown and: A) Aboriginal nations B) Māori chiefs C) Samoan chiefs D) Fijian chiefs",
    "Which hormone lowers blood glucose levels? A) Glucagon B) Adrenaline C) Insulin D) Cortisol",
    "In Maslow's hierarchy of needs, which need sits at the top? A) Safety B) Esteem C) Belonging D) Self-actualisation",
    "What is the pH of a neutral aqueous solution at 25 °C? A) 0 B) 7 C) 10 D) 14",
    "Which Mughal emperor commissioned the Taj Mahal? A) Akbar B) Babur C) Shah Jahan D) Aurangzeb",
    "Which data structure serves items in first-in, first-out order? A) Stack B) Queue C) Binary tree D) Heap",
    "Who wrote 'One Hundred Years of Solitude'? A) Mario Vargas Llosa B) Gabriel García Márquez C) Isabel Allende D) Jorge Luis Borges",
    "The speed of light in a vacuum is about: A) 3 × 10^5 m/s B) 3 × 10^8 m/s C) 3 × 10^10 m/s D) 3 × 10^6 m/s",
    "Which of these is an additive primary colour of light? A) Yellow B) Green C) Magenta D) Cyan",
    "The Meiji Restoration took place in which country? A) China B) Korea C) Japan D) Vietnam",
    "Which summary statistic is most affected by extreme outliers? A) Median B) Mode C) Mean D) Interquartile range",
    "In contract law, an offer can generally be revoked: A) at any time before acceptance B) only after acceptance C) never D) only in writing",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "Is it normal to feel dizzy when standing up quickly after starting blood pressure tablets?",
    "How long can a cough last after a cold before I should see a doctor?",
    "Can I take ibuprofen if I have mild asthma?",
    "What are the early signs of diabetes that people often miss?",
    "My toddler has a rash that doesn't fade when I press a glass on it. Is that an emergency?",
    "How much water should an adult drink on a hot day when working outdoors?",
    "Is it safe to fly at 32 weeks pregnant?",
    "What is the difference between a cold and the flu, and when are antibiotics needed?",
    "I get heartburn every night after dinner. What lifestyle changes might help?",
    "Can stress cause chest pain, and how would I know it's not my heart?",
    "How often should someone over 50 be screened for bowel cancer?",
    "What should I do if I miss a dose of my contraceptive pill?",
    "Are there foods that help lower cholesterol naturally?",
    "My knee clicks when I climb stairs but doesn't hurt. Should I worry?",
    "How can I tell whether a burn needs medical attention?",
    "Is it okay to exercise with a mild fever?",
    "Which vaccines do adults usually need before travelling to East Africa?",
    "How long after a tick bite can Lyme disease symptoms appear?",
    "Why do my fingers go white and numb in cold weather?",
    "Can drinking coffee with meals affect iron absorption?",
    "What's the best way to manage lower back pain from sitting at a desk all day?",
    "How do I know if my child's fever is high enough to go to the emergency department?",
    "Is it harmful to take melatonin every night to fall asleep?",
    "What are the warning signs of a stroke, and what should bystanders do?",
    "After a course of antibiotics, is it worth taking probiotics?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "2947153807": rnokpp_ok,  # Ukrainian RNOKPP
    "3184062750": rnokpp_ok,
    "736.482.190-22": cpf_ok,  # Brazilian CPF
    "85112904679": pesel_ok,  # Polish PESEL
    "92071438518": pesel_ok,
    "618 473 027": tfn_ok,  # Australian tax file number
    "4281 73959 1": medicare_ok,  # Australian Medicare card
    "584 027 1632": nhs_ok,  # NHS number
    "731 946 2052": nhs_ok,
    "15078910043": fodselsnummer_ok,  # Norwegian fødselsnummer
    "03049210026": fodselsnummer_ok,
    "ZKM4829": nhi_ok,  # New Zealand NHI
    "HBX2192": nhi_ok,
    "TRW7318": nhi_ok,
    "18507930018": steuer_id_ok,  # German tax id
    "19204750015": steuer_id_ok,
    "880315-1648723": rrn_ok,  # Korean resident registration number
    "930706-2541399": rrn_ok,
    "7394 0518 2661": aadhaar_ok,  # Indian Aadhaar
    "5826 0734 1194": aadhaar_ok,
    "247193860": nif_ok,  # Portuguese NIF
    "905716/4820": rodne_cislo_ok,  # Czech and Slovak rodné číslo
    "856203/7198": rodne_cislo_ok,
    "G6284105U": nric_ok,  # Singapore FIN
    "880614-3726": luhn_len(10),  # Swedish personnummer
    "910227-5816": luhn_len(10),
    "330102199205142623": china_id_ok,  # Chinese resident identity number
    "14087845187": luhn_len(11),  # Greek AMKA
    "318472651": luhn_len(9),  # Israeli teudat zehut
    "618 293 476": luhn_len(9),  # Canadian SIN
    "38562017440": kimlik_ok,  # Turkish kimlik
    "16.482.307-5": rut_ok,  # Chilean RUT
    "120389-4089": kennitala_ok,  # Icelandic kennitala
    "9308224982080": luhn_len(13),  # South African id
    "5820 4719 3663": my_number_ok,  # Japanese My Number
    "070601A4183": hetu_ok,  # Finnish henkilötunnus
    "2950614401836": cnp_ok,  # Romanian CNP
    "87.05.14-283.92": belgian_id_ok,  # Belgian national number
    "8316490LA": pps_ok,  # Irish PPS number
    "2 95 04 69 388 012 30": nir_ok,  # French NIR
    "716359200": bsn_ok,  # Dutch BSN
    "49206130008": isikukood_ok,  # Estonian isikukood
    "Y5817304C": dni_ok,  # Spanish NIE
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"080\d{8}",  # Nigeria mobile, no separators
        r"02\d \d{3} \d{4}",  # Ghana and New Zealand mobiles
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|47|51|52|54|57|62|64|84|86|94|95|221|233|234|251|254|256|676|679|685|880|886|966|975|998) [\d -]+\d",  # no fiction range known
    )
]

# Scripts the synthetic records must name people in.
SCRIPTS = {
    "Arabic": re.compile(r"[\u0600-\u06ff]"),
    "Greek": re.compile(r"[\u0370-\u03ff]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Hangul": re.compile(r"[\uac00-\ud7a3]"),
    "Han": re.compile(r"[\u4e00-\u9fff]"),
}
MILITARY = re.compile(r"\b(APO|FPO|DPO) (AA|AE|AP) \d{5}$")


def check_mix() -> None:
    """Each synthetic record names one person and one to four other values; the records name
    people in five scripts; each section has one military address; the chat requests mostly
    name people and many hold a secret."""
    for marked in SYNTH:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"synthetic: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
    for script, pattern in SCRIPTS.items():
        if not any(
            pattern.search(s["value"])
            for t in SYNTH
            for s in marked_spans(t)
            if s["type"] == "PERSON"
        ):
            raise SystemExit(f"synthetic: no name in {script} script")
    for section, texts in (("chat", CHAT), ("synthetic", SYNTH)):
        military = [
            s for t in texts for s in marked_spans(t)
            if s["type"] == "STREET_ADDRESS" and MILITARY.search(s["value"])
        ]  # fmt: skip
        if len(military) != 1:
            raise SystemExit(f"{section}: {len(military)} military addresses, want 1")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 85 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "synthetic": (SYNTH, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + SYNTH
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("synthetic", SYNTH, SYNTH_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind86", HERE, sections, {"chat", "synthetic"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
