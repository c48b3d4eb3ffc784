# ruff: noqa: E501
"""A hundred-and-eighty-fourth blind privacy set: 220 texts with personal data and 100 clean
ones, on dance schools, ballet exams and recital costumes.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and ``main`` of
``build_blind163.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) a dance school's or costume supplier's chatbot would
  get: class moves, exam entries, pointe shoe fittings, costume orders, measurements and
  hire returns, chaperone and dressing-room rotas, cost splits, refunds, portal logins,
  key boxes, alarms and studio wifi. The first 30 are typed all in lower case, the next 6
  in French, Spanish, German, Russian, Japanese and Arabic, the other 84 in English. Most
  name a private person, many with no cue word (rotas, cost splits, sign-offs, lists,
  appositives, "tell X that ..."), with names of many origins and scripts and names that
  are ordinary words (Hope, Rose, Bill, Grace, Summer, Ivy, Dawn, Star ...); 21 hold a
  secret (key box, lockbox, gate, door and alarm codes, a cupboard combination, wifi keys,
  passwords, 2FA codes and three API keys or tokens).
* 100 one-person records (one sentence or a short form each) in English and 32 other
  languages: 40 with a check-digit-valid national id of 33 kinds, and phones, e-mails,
  addresses, cards, IBANs, SSNs, IPs, logins and account, member, patient, policy,
  employee and student numbers.

Usernames and logins, account, customer, member, patient, policy, employee and student
numbers, passports, licences, DBS certificates and national ids are ID_NUMBER; PINs,
door, gate, key-box and alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles
and relation words (Mrs, Ms, Dr, Miss, her grandad) stay outside PERSON spans; an address
span runs from the street line through the postcode and city as typed; dates of birth,
order and invoice numbers, public figures, companies and fictional characters are not
labelled; every occurrence of a private value is marked.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public figures such as Anna Pavlova, Nureyev, Baryshnikov, Misty Copeland and Tchaikovsky,
or fictional characters such as Odette, Clara and the Nutcracker Prince), 25 GSM8K-style
word problems with story first names, 25 MMLU-style items with options A to D and 25
health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind184.py`` from the repository root; the output is
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
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Mlle|Madame|Grandma|Grandad|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "hi, can you move [[PERSON|lily-mae okonjo]] from the saturday 9am pre-primary ballet to the 10:15 class? swimming clashes now",
    "costume split for the jazz number: [[PERSON|grace whitfield]] £18, [[PERSON|tomasz wróbel]] £18, [[PERSON|amara nwosu]] £22 (she needs the bigger size). can you send each family their share?",
    "the key box by the studio side door is [[PASSWORD|4719]], tell [[PERSON|bill]] when he comes to collect the sprung floor panels",
    "please add [[PERSON|summer achterberg]] to the grade 2 exam list, she missed the deadline because of chickenpox",
    "reset the parent portal login for [[ID_NUMBER|mkowalczyk_88]], the email on file is [[EMAIL_ADDRESS|m.kowalczyk88@example.com]]",
    "who ordered the size 6 tutu in lilac? the note just says [[PERSON|ivy]] and [[PHONE_NUMBER|07700 900482]]",
    "my daughter [[PERSON|priya raghunathan]] needs her pointe shoes refitted, she's gone up half a size since march",
    "rota for the recital dressing room: fri [[PERSON|dawn mcallister]], sat matinee [[PERSON|yusuf demir]], sat evening [[PERSON|hope castellanos]]",
    "wifi in studio b keeps dropping, the password on the wall is [[PASSWORD|pirouette2024!]] but it says wrong key",
    "can [[PERSON|jasmine o'donoghue]] sit her intermediate foundation exam in the june session instead of may? she has a school trip",
    "refund the £45 for the cancelled tap workshop to [[PERSON|rhys pritchard]] please, he paid by bank transfer",
    "[[PERSON|mei-ling cheung]] and [[PERSON|sunny adeyemi]] are sharing the red sequin leotard for the duet, can we get a second one made?",
    "what time does the stage door open on sunday? [[PERSON|holly brennan]] is bringing the hair pins and ribbons",
    "the alarm code for the church hall where we rehearse is [[PASSWORD|6630]] and it has to be set by 9pm, can you remind the teachers",
    "tell [[PERSON|faith mbeki]] her daughter's costume measurements came back: chest 64, waist 56, girth 128",
    "[[PERSON|kasia nowak]]'s mum paid twice for the spring term, send the receipt to [[EMAIL_ADDRESS|anna.nowak.home@example.net]] and refund one",
    "our accompanist [[PERSON|florence adebayo-king]] can't make thursday's grade 5 class, is there a cover pianist?",
    "the booking system api key we got is [[API_KEY|bk_live_9fq2mx7tlr4vzw8nhs3k6d]], can you check if it has write access to the timetable",
    "parents evening sign-up: 4pm [[PERSON|chidi okafor]], 4:20 [[PERSON|sofía benítez]], 4:40 [[PERSON|rose ellery]], 5pm [[PERSON|mark thorne]]",
    "our daughter [[PERSON|zeynep arslan]] lost her character shoes after class, black with a cuban heel, name inside",
    "please update the emergency contact for [[PERSON|oliver kwame asante]] to [[PHONE_NUMBER|01632 960715]]",
    "can you send the recital ticket link to [[EMAIL_ADDRESS|jade.fairweather@example.org]]? she's [[PERSON|jade fairweather]], mum of two in baby ballet",
    "door code for the costume store is [[PASSWORD|1987#]], [[PERSON|ada]] will be there from 10 sorting the swan lake tutus",
    "how much is the ballet exam fee for grade 1? asking for my niece [[PERSON|ngozi eze]]",
    "the 2fa code it sent me is [[PASSWORD|582 913]] but the portal says expired, can you let me in?",
    "[[PERSON|autumn lefebvre]] will be 10 mins late, her grandad [[PERSON|ray]] is driving her from school",
    "add [[PERSON|heather mcinnes]] as a chaperone for the festival in perth, her dbs certificate number is [[ID_NUMBER|001693847125]]",
    "costume hire return: [[PERSON|dmitri volkov]] still has the nutcracker soldier jacket, can you chase him on [[PHONE_NUMBER|07700 900317]]",
    "what are the studio opening hours over half term? [[PERSON|robin sato]] wants extra practice for her solo",
    "tell [[PERSON|pearl adjei]] the pink tights are back in stock in age 7-8",
    # other languages: French, Spanish, German, Russian, Japanese, Arabic
    "Bonjour, ma fille [[PERSON|Léonie Garnier-Duval]] passe l'examen de danse classique niveau 3 samedi. Pouvez-vous envoyer la convocation à [[EMAIL_ADDRESS|c.garnier.duval@example.fr]] ?",
    "Hola, soy la madre de [[PERSON|Valentina Ruiz Ocampo]]. El traje del festival le queda grande de cintura; ¿puede la costurera, [[PERSON|Remedios Aguilar]], arreglarlo antes del viernes? Mi móvil es [[PHONE_NUMBER|+44 7700 900861]].",
    "Guten Tag, der Schlüsselkasten am Ballettsaal hat jetzt den Code [[PASSWORD|3806]]. Bitte geben Sie ihn nur an [[PERSON|Jürgen Maaß]] und [[PERSON|Annelie Brückner]] weiter.",
    "Здравствуйте! Запишите, пожалуйста, [[PERSON|Дарью Соколову]] на подготовку к экзамену по классическому танцу. Телефон мамы: [[PHONE_NUMBER|+44 7700 900574]].",
    "こんにちは。発表会の衣装について質問です。娘の [[PERSON|高橋ひなた]] のチュチュのサイズを 130 から 140 に変更できますか？ 連絡先は [[EMAIL_ADDRESS|hinata.mama@example.jp]] です。",
    "مرحباً، أريد تسجيل ابنتي [[PERSON|ليلى الحسيني]] في صف الباليه للمبتدئين يوم السبت. رقم هاتفي [[PHONE_NUMBER|+44 7700 900236]].",
    # English
    "Hi, I'm booking the RAD Grade 4 exam for [[PERSON|Anneliese Vogt]]. Can you confirm the candidate fee is still £62?",
    "Costume split for the Coppélia dolls: [[PERSON|Hope]] £24.50, [[PERSON|Zainab]] £24.50, [[PERSON|Marisol]] £31 (includes the wig).",
    "Tell [[PERSON|Bill Ashworth]] the lighting rig for the end-of-year show needs to be out of the hall by 6.",
    "The treasurer, [[PERSON|Olumide Bankole]], asked me to pass on the car park gate code: [[PASSWORD|C2741]]. Please share it with teachers only.",
    "Can you check whether [[PERSON|Ελένη Παπαδοπούλου]] has been entered for ISTD Modern Grade 3? Her teacher thinks the form went missing.",
    "Pointe shoe fitting list, Saturday: 10:00 [[PERSON|Saoirse Ní Bhriain]], 10:30 [[PERSON|Keziah Boateng]], 11:00 [[PERSON|Inès Martel]], 11:30 [[PERSON|Yuna Park]]",
    "Please send the invoice for the Nutcracker snowflake costumes to [[PERSON|Grace Okwuosa]] at [[EMAIL_ADDRESS|grace.okwuosa@example.co.uk]]",
    "Our studio wifi is DanceHub_5G, key [[PASSWORD|Arabesque#77plie]]. Can the bot print that on the welcome sheet for new parents?",
    "Could you draft a reply to the parents about the costume deposit deadline? Sign it off as: Warm regards, [[PERSON|Marguerite Delacroix-Hall]], Principal.",
    "[[PERSON|Rahul Venkataraman]] is picking up [[PERSON|Ishani]] and [[PERSON|Meera]] after the Kathak class, please let the front desk know.",
    "Lockbox on the costume trailer is [[PASSWORD|0519]]. [[PERSON|Callum Reid]] needs it to load the tutus on Friday.",
    "Does [[PERSON|Sky Huang]] still qualify for the junior scholarship if she drops tap?",
    "Hi, it's [[PERSON|Dawit Tesfaye]]. My son [[PERSON|Nahom]] wants to try the boys' ballet class. Is there a free trial?",
    "[[PERSON|김서연]] and [[PERSON|박지우]] need the fan dance costumes back from the dry cleaner by Thursday.",
    "Could you change the name on the exam certificate from [[PERSON|Amy Lou Thornbury]] to [[PERSON|Amelie-Louise Thornbury]]? It was printed wrong.",
    "The parent portal password for our family account is [[PASSWORD|Tutu!Mum2019]], username [[ID_NUMBER|the_okorie_family]]. Why can't I see the recital photos?",
    "Can you split the pointe shoe bulk order: [[PERSON|Rose]] 2 pairs, [[PERSON|Daisy]] 1 pair, [[PERSON|Iris]] 3 pairs? Each pair is £48.",
    "Please email the grade results to [[EMAIL_ADDRESS|t.haddad.family@example.com]], that's for [[PERSON|Tala Haddad]], Grade 6.",
    "[[PERSON|Nomvula Dlamini]] wants to know if the contemporary summer intensive includes lunch.",
    "Our accountant needs the booking platform token to reconcile fees: [[API_KEY|tkn_8Hq3LmZ0pW6vRx2sYc9dNf4uK7gT]]. Can you check it's the live one?",
    "Mrs [[PERSON|Parveen Akhtar]] rang to say her granddaughter has a sprained ankle and will miss the exam rehearsal.",
    "Chaperone rota for the Blackpool festival: Day 1 [[PERSON|Shona Baird]], Day 2 [[PERSON|Tariq Mahmood]], Day 3 [[PERSON|Bronwen Lloyd]].",
    "How do I upload the medical form for [[PERSON|Ọláolúwa Adébáyọ̀]]? The portal rejects PDFs.",
    "Can [[PERSON|Hannah Goldberg]]'s recital costume be collected by her aunt [[PERSON|Miriam]]?",
    "Please let Ms [[PERSON|Carys Vaughan]] know the Grade 8 candidates need hair in a classical bun, no fringes.",
    "The alarm in Studio 3 went off again. The code we were given is [[PASSWORD|8426]], entered by [[PERSON|Kwabena Mensah]] at 7:02. Is it wrong?",
    "Invoice query: we were charged for two leotards but only [[PERSON|Freya]] takes ballet, [[PERSON|Alfie]] does street dance.",
    "Hello, [[PERSON|Анастасия Волкова]] here. Is there a Russian-speaking teacher for the Vaganova syllabus class?",
    "Give [[PERSON|Joy Mwangi]] the green swatches for the Peter and the Wolf costumes, and tell her the budget is £300.",
    "Can you book a private lesson for [[PERSON|נועה כהן]] on Wednesday at 5? She's preparing a variation for her vocational school audition.",
    "Login for the exam entry site: [[ID_NUMBER|studio.rosewell]], password [[PASSWORD|Grand-Jete-88]]. It keeps asking me to verify.",
    "My daughter [[PERSON|Aoife Kavanagh]] has grown out of her character skirt. Do you sell second-hand ones?",
    "Please refund [[PERSON|Camille Durand]]'s deposit for the cancelled Paris trip to [[IBAN_CODE|FR09 3000 4028 3700 0107 4521 892]].",
    "[[PERSON|अनन्या शर्मा]] asked whether the Bharatanatyam students can wear their own ghungroo at the recital.",
    "Could [[PERSON|Georgia Papas]] swap her Thursday slot with [[PERSON|Lola Fitzgerald]]? Both parents have agreed.",
    "Please text the rehearsal change to [[PHONE_NUMBER|(415) 555-0139]], that's [[PERSON|Brianna Holloway]]'s dad.",
    "Reception here. The new receptionist, [[PERSON|Elif Şahin]], can't log in to the till. Can you reset her staff login [[ID_NUMBER|eshahin]]?",
    "Costume measurements for [[PERSON|Maya Lindqvist]]: height 142, chest 70, waist 60, inside leg 66.",
    "Our pianist for the exams this year is [[PERSON|Leopold Hahn]]; can you add him to the examiner's schedule?",
    "Tell [[PERSON|Star Adekunle]] that the silver tiaras arrived and are in the office.",
    "[[PERSON|Nguyễn Thị Lan]] would like to pay the term fees in two instalments. Is that allowed?",
    "Send the recital DVD order confirmation to [[EMAIL_ADDRESS|pgonzalez.ballet@example.net]] please.",
    "Can you translate the costume care sheet into Polish for [[PERSON|Małgorzata Wiśniewska]]?",
    "Staff rota next week: Mon [[PERSON|Ivo]], Tue [[PERSON|Summer]], Wed [[PERSON|Ravi]], Thu [[PERSON|Ivo]], Fri [[PERSON|Summer]].",
    "The 2FA code for the admin dashboard is [[PASSWORD|470 218]]. I'm on the phone with the school owner right now, please hurry.",
    "Hi, this is [[PERSON|Jiří Novotný]]. Does the boys' class need ballet tights or can they wear shorts?",
    "My son [[PERSON|Taiwo Ogunleye]] and his twin [[PERSON|Kehinde]] both want to join the hip hop crew. Is there a sibling discount?",
    "Please find out who ordered 14 black leotards under the name [[PERSON|Pham Quoc Bao]].",
    "[[PERSON|Holly-Mae Sinclair]]'s exam certificate has the wrong grade on it. It says Grade 3 but she passed Grade 4 with Distinction.",
    "The gate to the rehearsal space behind the leisure centre opens with [[PASSWORD|*2290#]]. Tell [[PERSON|Benedict]] before Saturday.",
    "Could you set up direct debit for the ballet fees from [[IBAN_CODE|GB58 MIDL 4071 2283 5519 07]]? Account holder [[PERSON|Neil Fairbairn]].",
    "Please contact [[PERSON|Fọlákẹ́ Ògúndélé]] about the gele headwraps for the African dance finale.",
    "Is there a payment plan for the summer intensive? I'm [[PERSON|Renata Kowalski]], mother of two.",
    "Cost split for the farewell gift for Miss [[PERSON|Harriet]]: [[PERSON|Ines]] £10, [[PERSON|Wren]] £10, [[PERSON|Chloé]] £10, [[PERSON|Esther]] £10.",
    "Please add [[PERSON|Ahmed El-Sayed]] to the ballet dads' group chat, number [[PHONE_NUMBER|07700 900658]].",
    "Who has the key to the costume cupboard? [[PERSON|Bridget]] says the combination is [[PASSWORD|3-17-29]] but it won't open.",
    "I need a new copy of the RAD entry form for [[PERSON|Chiara Bellini]], date of birth 14/03/2014.",
    "Please cancel [[PERSON|Dylan Price]]'s contemporary class for the rest of term; he has a knee injury.",
    "[[PERSON|Jonah Feldman]] volunteered to film the recital; please send him the venue rules on filming children.",
    "The parent in charge of the tuck shop, [[PERSON|Wanjiru Kamau]], needs a float of £50 for the recital interval.",
    "Tell Dr [[PERSON|Sanjay Iyer]] his daughter's physio letter arrived and we'll adjust her barre work.",
    "Please print name labels: [[PERSON|Zuzanna Pawlak]], [[PERSON|Léa Moreau]], [[PERSON|Esme Hartley]], [[PERSON|Aiyana Redcloud]], [[PERSON|Noor Siddiqui]].",
    "[[PERSON|陈思彤]]'s mother wants to know if the ribbon dance is in Act 1 or Act 2.",
    "Please update [[PERSON|Amber Liang]]'s address to [[STREET_ADDRESS|27 Willowbrook Lane, Harrogate HG2 7QT]] so the certificate is posted there.",
    "[[PERSON|Sven Lindahl]] is setting up the sound desk; he needs the venue wifi password [[PASSWORD|stagelights-4491]].",
    "Could you tell me if [[PERSON|ปิยะนุช ศรีสุข]] passed her Grade 2? Results were due last week.",
    "Our family's customer number is [[ID_NUMBER|DSC-208817]]. Please apply the sibling discount for [[PERSON|Bella]] and [[PERSON|Theo]].",
    "Hi, [[PERSON|Gabriel Moreira]] from the lighting crew. Need the stage door alarm code again, I think it's [[PASSWORD|5094]]?",
    "Could you forward the costume order to the seamstress, [[PERSON|Perpetua Nnaji]], at [[EMAIL_ADDRESS|perpetua.sews@example.com]]?",
    "Please confirm the exam time for [[PERSON|তানিয়া রহমান]]: is it 9:40 or 10:20?",
    "The token for the ticketing integration leaked in our group chat: [[API_KEY|ghp_R7kLm2QxN9vB4tYw8ZsD1pF6hJ3cE0aU5oIq]]. How do I revoke it?",
    "[[PERSON|Hazel Brightwater]] left her ballet bag in Studio 1: pink, with a keyring shaped like a slipper.",
    "Apply the staff discount to [[PERSON|Rafael Domínguez]]'s account, member no. [[ID_NUMBER|M-44719]].",
    "The exam board says [[PERSON|Lucía Fernández]] was entered twice, once as [[PERSON|Lucia Fernandez]] without accents. Which entry do I cancel?",
    "Pickup today for [[PERSON|Evie]] is her grandma, [[PERSON|Pat Hollis]], in a blue Fiat.",
    "My Vimeo password for the recital livestream is [[PASSWORD|Sw4nLake!Stream]]. Can you set up the embed on the school page?",
    "Could [[PERSON|ნინო ბერიძე]] join the Georgian folk dance workshop even though she's only 9?",
    "Please resend [[PERSON|Անի Պետրոսյան]]'s ballet exam results; the email bounced.",
    "[[PERSON|கவிதா ராஜன்]] is asking whether the Grade 3 free movement can be set to Carnatic music.",
    "Hi, I'm [[PERSON|佐藤美咲]]'s dad. She needs a size 3 leotard in navy for the exam.",
    "Can you bill [[PERSON|Crystal Vance]] for the lost costume? The replacement cost is £65.",
    "Recital programme credits: choreography [[PERSON|Delphine Okoro]], costumes [[PERSON|Agnieszka Zielińska]], lighting [[PERSON|Mateus Ferraz]].",
    "Our hall booking contact, [[PERSON|Graham Pettifer]], says we can only rehearse until 8. Can the timetable show that?",
    "Email the new tap syllabus to [[EMAIL_ADDRESS|kofi.ansah.tap@example.com]] and tell [[PERSON|Kofi Ansah]] his classes start on the 9th.",
]

# 100 one-person records: 40 with a national id, then 60 without.
RECORDS = [
    "Exam entry. Candidate: [[PERSON|Isla Fenwick]]; NHS number [[ID_NUMBER|731 905 284 9]]; parent phone [[PHONE_NUMBER|07700 900104]].",
    "Medical consent form: [[PERSON|Oscar Pemberton]], NHS no. [[ID_NUMBER|486 217 391 8]], allergies: latex plasters.",
    "नामांकन फ़ॉर्म: छात्रा [[PERSON|प्रिया देशमुख]], आधार संख्या [[ID_NUMBER|5273 9184 0627]], अभिभावक ईमेल [[EMAIL_ADDRESS|deshmukh.parivar@example.in]]",
    "Scholarship applicant [[PERSON|Arjun Mehta-Rao]], Aadhaar [[ID_NUMBER|8391 4076 2159]], lives at [[STREET_ADDRESS|Flat 4B, 12 Carmichael Road, London SE25 6JD]].",
    "学员登记：[[PERSON|林嘉怡]]，身份证号 [[ID_NUMBER|110108199506234713]]，联系电话 [[PHONE_NUMBER|+44 7700 900925]]",
    "芭蕾考级报名表 考生 [[PERSON|陈雨桐]]，身份证 [[ID_NUMBER|510107200209143624]]，家长邮箱 [[EMAIL_ADDRESS|chen.family.cd@example.cn]]",
    "Ficha de matrícula: [[PERSON|Beatriz Albuquerque Lins]], CPF [[ID_NUMBER|517.302.846-71]], telefone [[PHONE_NUMBER|+44 7700 900213]].",
    "Teacher payroll record: [[PERSON|Thiago Sampaio]], CPF [[ID_NUMBER|093.614.287-13]], salary paid to [[IBAN_CODE|GB31BARC20439861740253]].",
    "Student: [[PERSON|Tan Hui Min]], NRIC [[ID_NUMBER|T0271946G]], email [[EMAIL_ADDRESS|huimin.tan@example.sg]].",
    "Anmälan till balettprov: [[PERSON|Elsa Bergqvist]], personnummer [[ID_NUMBER|090417-3861]], vårdnadshavare [[PERSON|Karin Bergqvist]].",
    "Inschrijving balletschool: [[PERSON|Fenna de Groot]], BSN [[ID_NUMBER|528307162]], e-mail ouder [[EMAIL_ADDRESS|m.degroot@example.nl]].",
    "발레 시험 신청서 이름: [[PERSON|이하은]] 주민등록번호: [[ID_NUMBER|080312-4162734]] 보호자 연락처: [[PHONE_NUMBER|+44 7700 900748]]",
    "New staff form: [[PERSON|Matilda Cosgrove]], TFN [[ID_NUMBER|382 716 453]], mobile [[PHONE_NUMBER|0491 570 226]], super fund member [[ID_NUMBER|UNS-5520931]].",
    "Physio referral for dancer [[PERSON|Jack Nguyen-Hall]], Medicare card [[ID_NUMBER|2953 81747 1]], address [[STREET_ADDRESS|8 Banksia Crescent, Marrickville NSW 2204]].",
    "Formulaire d'inscription : [[PERSON|Émilie Tremblay-Gagnon]], NAS [[ID_NUMBER|046 718 292]], courriel [[EMAIL_ADDRESS|emilie.tg@example.ca]].",
    "Bale sınavı başvurusu: [[PERSON|Defne Yılmaz]], T.C. kimlik no [[ID_NUMBER|62719405880]], veli telefonu [[PHONE_NUMBER|+44 7700 900391]].",
    "Zgłoszenie na egzamin baletowy: [[PERSON|Zofia Kamińska]], PESEL [[ID_NUMBER|10240617384]], adres [[STREET_ADDRESS|ul. Lipowa 17/4, 31-512 Kraków]].",
    "Modulo d'iscrizione: allieva [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI11C47L219R]], cellulare della mamma [[PHONE_NUMBER|+44 7700 900552]].",
    "Certificato medico per [[PERSON|Marco Bentivoglio]], C.F. [[ID_NUMBER|BNTMRC09H12F205B]], email [[EMAIL_ADDRESS|bentivoglio.m@example.it]].",
    "Ilmoittautuminen balettitutkintoon: [[PERSON|Eetu Virtanen]], henkilötunnus [[ID_NUMBER|140812A581A]], puhelin [[PHONE_NUMBER|+44 7700 900677]].",
    "Bursary form: [[PERSON|Lindiwe Mokoena]], ID number [[ID_NUMBER|1005230817080]], bank account [[ID_NUMBER|62839175044]].",
    "バレエ検定申込書　氏名：[[PERSON|山本さくら]]　マイナンバー：[[ID_NUMBER|6390 2715 4833]]　電話：[[PHONE_NUMBER|+44 7700 900816]]",
    "Inscripción al examen de ballet: [[PERSON|Carmen Villanueva Soto]], DNI [[ID_NUMBER|51839027V]], teléfono [[PHONE_NUMBER|+44 7700 900439]].",
    "Datos de facturación del vestuario: [[PERSON|Álvaro Méndez Ruiz]], DNI [[ID_NUMBER|07264193B]], IBAN [[IBAN_CODE|ES90 0049 1876 2321 1048 3375]].",
    "Costume workshop volunteer: [[PERSON|Oksana Hrytsenko]], NIE [[ID_NUMBER|Y4810275T]], email [[EMAIL_ADDRESS|oksana.h@example.es]].",
    "Arts grant application: [[PERSON|Niamh Ó Súilleabháin]], PPS number [[ID_NUMBER|8130472O]], address [[STREET_ADDRESS|22 Glenageary Park, Dún Laoghaire, Co. Dublin A96 K2X4]].",
    "Dossier d'inscription : [[PERSON|Margaux Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 10 07 75 116 284 38]], domicile [[STREET_ADDRESS|14 rue des Lilas, 75019 Paris]].",
    "Lerarenfiche dansschool: [[PERSON|Lotte Claes]], rijksregisternummer [[ID_NUMBER|89.06.21-174.40]], gsm [[PHONE_NUMBER|+44 7700 900190]].",
    "Påmelding til ballettprøve: [[PERSON|Ingrid Solheim]], fødselsnummer [[ID_NUMBER|05071252606]], e-post [[EMAIL_ADDRESS|solheim.familie@example.no]].",
    "Ficha de sócia: [[PERSON|Inês Carvalho Mota]], NIF [[ID_NUMBER|273184067]], IBAN [[IBAN_CODE|PT42 0033 0000 4528 1937 2640 5]].",
    "Fișă de înscriere: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|6110923407818]], telefon părinte [[PHONE_NUMBER|+44 7700 900605]].",
    "Ficha de alumna: [[PERSON|Antonia Fuentes Araya]], RUT [[ID_NUMBER|23.481.906-2]], correo [[EMAIL_ADDRESS|fuentes.araya@example.cl]].",
    "Balletieksamile registreerimine: [[PERSON|Mari-Liis Tamm]], isikukood [[ID_NUMBER|61005152710]], telefon [[PHONE_NUMBER|+44 7700 900284]].",
    "Skráning í ballettpróf: [[PERSON|Þórdís Magnúsdóttir]], kennitala [[ID_NUMBER|120810-2270]], netfang [[EMAIL_ADDRESS|thordis.m@example.is]].",
    "Přihláška k baletní zkoušce: [[PERSON|Tereza Horáková]], rodné číslo [[ID_NUMBER|096215/4380]], adresa [[STREET_ADDRESS|Masarykova 41, 602 00 Brno]].",
    "Заявка на іспит з балету: [[PERSON|Мирослава Ковальчук]], РНОКПП [[ID_NUMBER|3981572048]], телефон мами [[PHONE_NUMBER|+44 7700 900913]].",
    "Honorarabrechnung Ballettpianistin: [[PERSON|Friederike Schöning]], Steuer-ID [[ID_NUMBER|47203918567]], IBAN [[IBAN_CODE|DE85 5001 0517 0648 2913 75]].",
    "Injury report: dancer [[PERSON|Aroha Te Rangi]], NHI [[ID_NUMBER|ZKT4813]], parent contact [[EMAIL_ADDRESS|terangi.whanau@example.co.nz]].",
    "טופס הרשמה לבחינת בלט: [[PERSON|יעל לוי]], תעודת זהות [[ID_NUMBER|328159041]], טלפון [[PHONE_NUMBER|+44 7700 900527]].",
    "Αίτηση συμμετοχής στις εξετάσεις μπαλέτου: [[PERSON|Δανάη Κωνσταντίνου]], ΑΜΚΑ [[ID_NUMBER|15030912743]], email [[EMAIL_ADDRESS|danai.k@example.gr]].",
    # without a national id
    "Costume order: [[PERSON|Poppy Hargreaves]], [[STREET_ADDRESS|3 Orchard Mews, Bath BA2 4LP]], paid by card [[CREDIT_CARD|4539 7182 0461 3359]].",
    "Name: [[PERSON|Leon Abernathy]] / Email: [[EMAIL_ADDRESS|leon.abernathy@example.com]] / Phone: [[PHONE_NUMBER|(312) 555-0147]] / Class: Adult Beginner Ballet",
    "Instructor W-4 on file: [[PERSON|Kayla Robinson]], SSN [[US_SSN|521-48-7306]], home [[STREET_ADDRESS|1187 Maple Ridge Dr, Columbus, OH 43215]].",
    "Parent account [[ID_NUMBER|PA-773104]] belongs to [[PERSON|Diane Whitlock]], phone [[PHONE_NUMBER|01632 960448]].",
    "Dance injury clinic: [[PERSON|Mia Castellano]], patient no. [[ID_NUMBER|PT-0092817]], left ankle sprain; mother's mobile [[PHONE_NUMBER|07700 900266]].",
    "Card on file for recital tickets: [[CREDIT_CARD|5412 8830 2917 6047]], cardholder [[PERSON|Graham Oduya]].",
    "Exam board membership: [[PERSON|Sasha Ignatieva]], member no. [[ID_NUMBER|RAD-184462]], email [[EMAIL_ADDRESS|s.ignatieva@example.org]].",
    "Ship the tutu to [[PERSON|Kirsty McLaren]], [[STREET_ADDRESS|Flat 2, 41 Marchmont Crescent, Edinburgh EH9 1HN]], tel [[PHONE_NUMBER|07700 900875]].",
    "Amex used for the pointe shoe order: [[CREDIT_CARD|3782 640193 72503]], [[PERSON|Jonathan Reyes-Whitman]].",
    "Direct debit mandate: [[PERSON|Hugh Callaghan]], IBAN [[IBAN_CODE|IE26 BOFI 9000 1728 4619 53]], monthly ballet fees.",
    "Student [[PERSON|Blessing Okeke]], student number [[ID_NUMBER|20431877]], guardian email [[EMAIL_ADDRESS|okeke.home@example.com]].",
    "Volunteer DBS check: [[PERSON|Trevor Blakemore]], certificate [[ID_NUMBER|001782460913]], [[STREET_ADDRESS|9 Station Approach, Leeds LS6 3AB]].",
    "Refund to card [[CREDIT_CARD|4716 2095 8843 1704]] for [[PERSON|Priyanka Bose]]'s cancelled summer school place.",
    "Scholarship tax form: [[PERSON|Destiny Alvarez]], SSN [[US_SSN|384-62-1907]], phone [[PHONE_NUMBER|(713) 555-0182]].",
    "Login: [[ID_NUMBER|maisie.r2012]] / password [[PASSWORD|Plie4Maisie!]] / student [[PERSON|Maisie Rowntree]]",
    "Costume hire deposit from [[PERSON|Farah Qureshi]], card [[CREDIT_CARD|5284 1196 0375 2282]], email [[EMAIL_ADDRESS|farah.q@example.co.uk]].",
    "Insurance: [[PERSON|Lewis Carmody]], policy no. [[ID_NUMBER|DNC-POL-558213]], phone [[PHONE_NUMBER|+44 1632 960582]].",
    "Wifi access log: user [[PERSON|Bethany Cole]], device IP [[IP_ADDRESS|192.0.2.47]], studio guest network.",
    "Pianist invoice payee: [[PERSON|Augustin Mbeki-Laurent]], account number [[ID_NUMBER|63819204]], email [[EMAIL_ADDRESS|a.mbeki.laurent@example.com]].",
    "Emergency contact card: [[PERSON|Rosalind Achebe]], [[PHONE_NUMBER|07700 900731]], [[STREET_ADDRESS|56 Hollybush Lane, Sheffield S10 2QE]].",
    "Employee record: [[PERSON|Callista Rowe]], employee no. [[ID_NUMBER|E-10457]], ballet mistress, phone [[PHONE_NUMBER|01632 960219]].",
    "Discover card for the exam fee: [[CREDIT_CARD|6011 4827 3950 1868]], billing name [[PERSON|Marcus Ellington]].",
    "Passport for the competition trip: [[PERSON|Ruby Ashdown]], passport number [[ID_NUMBER|584102937]].",
    "Member: [[PERSON|Títílọ́pẹ̀ Àjàyí]], membership no. [[ID_NUMBER|MBR-33018]], phone [[PHONE_NUMBER|07700 900149]].",
    "Costume van driver: [[PERSON|Gareth Pryce]], driving licence [[ID_NUMBER|PRYCE804123G99AB]].",
    "Studio manager [[PERSON|Wendell Osei]], admin login [[ID_NUMBER|wosei_admin]], password [[PASSWORD|Relev3!Relev3]].",
    "Visa [[CREDIT_CARD|4929 0614 7738 5522]], exp 09/27, [[PERSON|Esther Blum]], recital DVD x2.",
    "Mastercard [[CREDIT_CARD|2221 0047 6619 8353]] on file for [[PERSON|Norah Kingsley]]'s monthly tap fees; billing [[STREET_ADDRESS|71 Ashgrove Road, Bristol BS7 9LL]].",
    "Amex [[CREDIT_CARD|3714 592806 31481]], cardholder [[PERSON|Victor Halvorsen]], two costume hires.",
    "Transfer from [[PERSON|Isabelle Fontaine]], IBAN [[IBAN_CODE|BE97 0630 4829 1735]], reference: ballet exam June.",
    "[[PERSON|Jordan Whitaker]], [[STREET_ADDRESS|402 Sycamore Ave, Apt 3, Portland, OR 97214]], [[PHONE_NUMBER|(503) 555-0116]], [[EMAIL_ADDRESS|jwhitaker@example.com]]",
    "Costume library account: username [[ID_NUMBER|sophie_k_dance]], password [[PASSWORD|Sissonne#2023]], owner [[PERSON|Sophie Kasprzak]].",
    "Portal session from [[IP_ADDRESS|203.0.113.82]] by [[PERSON|Aditi Kulkarni]], customer no. [[ID_NUMBER|CUS-448120]].",
    "Guardian: [[PERSON|Pedro Almeida]]; mobile [[PHONE_NUMBER|0491 570 884]]; email [[EMAIL_ADDRESS|p.almeida@example.com.au]].",
    "Accessibility note: [[PERSON|Eden Marsh]], patient number [[ID_NUMBER|HX-2091734]], wears a hearing aid in class.",
    "Teacher contract: [[PERSON|Yasmin Haddad]], National Insurance number [[ID_NUMBER|JT 48 91 27 B]], start date 2 September.",
    "Admin session for the booking system from [[IP_ADDRESS|2001:db8:4a1::17]], logged in as [[PERSON|Quentin Abara]].",
    "Commande de costume : [[PERSON|Anaïs Bonnet]], [[STREET_ADDRESS|8 avenue Jean-Jaurès, 69007 Lyon]], tél. [[PHONE_NUMBER|+44 7700 900362]].",
    "Kostümbestellung: [[PERSON|Lena Hoffmann]], [[STREET_ADDRESS|Lindenstraße 23, 10969 Berlin]], E-Mail [[EMAIL_ADDRESS|lena.hoffmann@example.de]].",
    "Datos de la alumna: [[PERSON|Paula Castillo]], correo [[EMAIL_ADDRESS|paula.castillo@example.es]], tarjeta [[CREDIT_CARD|4902 6617 3085 9246]].",
    "Ordine tutù: [[PERSON|Francesca Greco]], indirizzo [[STREET_ADDRESS|Via Garibaldi 18, 40124 Bologna]], IBAN [[IBAN_CODE|IT06 K030 6909 6061 0000 0172 934]].",
    "Factuur kostuumhuur: [[PERSON|Sanne Visser]], IBAN [[IBAN_CODE|NL04 RABO 0318 4729 05]], telefoon [[PHONE_NUMBER|+44 7700 900457]].",
    "Zamówienie kostiumu: [[PERSON|Wiktoria Lewandowska]], e-mail [[EMAIL_ADDRESS|w.lewandowska@example.pl]], konto [[IBAN_CODE|PL62 1140 2004 0000 3102 7841 9365]].",
    "Encomenda de sapatilhas de pontas: [[PERSON|Mariana Teixeira]], morada [[STREET_ADDRESS|Rua das Flores 112, 4050-265 Porto]], telemóvel [[PHONE_NUMBER|+44 7700 900598]].",
    "Mitgliedsnummer [[ID_NUMBER|TS-20931]]: [[PERSON|Valentin Gruber]], IBAN [[IBAN_CODE|AT47 2011 1829 4761 0385]].",
    "استمارة التسجيل: الطالبة [[PERSON|نور الهدى منصور]]، البريد الإلكتروني [[EMAIL_ADDRESS|nour.mansour@example.com]]، الهاتف [[PHONE_NUMBER|+44 7700 900704]]",
    "Phiếu đăng ký lớp múa ba lê: [[PERSON|Trần Ngọc Hân]], điện thoại [[PHONE_NUMBER|+61 491 570 662]], email [[EMAIL_ADDRESS|ngochan.tran@example.vn]].",
    "Formulir pendaftaran balet: [[PERSON|Putri Ayu Lestari]], nomor anggota [[ID_NUMBER|BLT-07734]], email [[EMAIL_ADDRESS|putri.lestari@example.co.id]].",
    "ใบสมัครสอบบัลเลต์: [[PERSON|นภัสสร วงศ์ใหญ่]] โทร [[PHONE_NUMBER|+61 491 570 403]] อีเมล [[EMAIL_ADDRESS|napatsorn.w@example.co.th]]",
    "Tilmelding til balletprøve: [[PERSON|Freja Mikkelsen]], adresse [[STREET_ADDRESS|Nørrebrogade 52, 2200 København N]], mobil [[PHONE_NUMBER|+44 7700 900819]].",
    "Анкета ученицы: [[PERSON|Вероника Орлова]], e-mail [[EMAIL_ADDRESS|v.orlova@example.ru]], телефон [[PHONE_NUMBER|+44 7700 900146]].",
    "Fomu ya usajili wa darasa la bale: [[PERSON|Neema Wanjiku]], simu [[PHONE_NUMBER|+44 7700 900255]], barua pepe [[EMAIL_ADDRESS|neema.wanjiku@example.co.ke]].",
    "ব্যালে ক্লাসে ভর্তি: [[PERSON|অর্পিতা দাস]], ফোন [[PHONE_NUMBER|+44 7700 900972]], ইমেল [[EMAIL_ADDRESS|arpita.das@example.com]]",
    "Jelentkezés balettvizsgára: [[PERSON|Kovács Réka]], cím [[STREET_ADDRESS|Andrássy út 47, 1061 Budapest]], e-mail [[EMAIL_ADDRESS|kovacs.reka@example.hu]].",
    "Inscripció al casal de dansa: [[PERSON|Jordi Puig i Serra]], telèfon [[PHONE_NUMBER|+44 7700 900321]], correu [[EMAIL_ADDRESS|jordi.puig@example.cat]].",
    "Paiement du stage d'été : [[PERSON|Hugo Lambert]], carte [[CREDIT_CARD|5139 4470 8216 0538]], courriel [[EMAIL_ADDRESS|hugo.lambert@example.fr]].",
    "Waiting list: [[PERSON|Harper Quinn]], [[EMAIL_ADDRESS|harper.quinn.mum@example.com]], [[PHONE_NUMBER|07700 900593]].",
    "Alumni record: [[PERSON|Felicity Osborne-Ware]], [[STREET_ADDRESS|14 Priory Walk, Cambridge CB4 3DU]], email [[EMAIL_ADDRESS|fosborneware@example.org]].",
    "衣装レンタル申込　氏名：[[PERSON|鈴木あかり]]　住所：[[STREET_ADDRESS|東京都世田谷区桜新町2-14-7]]　メール：[[EMAIL_ADDRESS|akari.suzuki@example.jp]]",
    "Summer intensive booking: [[PERSON|Chanel Okafor-Reid]], card [[CREDIT_CARD|4571 3308 9462 1178]], mobile [[PHONE_NUMBER|0491 570 517]].",
]

# 25 MT-Bench/Vicuna-style prompts (public figures and fictional characters only).
CLEAN_MTBENCH = [
    "Write a persuasive email to convince a reluctant teenager to keep going to ballet class through their exam year.",
    "Compose a short poem about the moment before the curtain rises at a children's dance recital.",
    "Imagine you are Anna Pavlova giving advice to a young dancer about discipline. Answer in her voice.",
    "Explain the difference between the Cecchetti, Vaganova and RAD ballet methods to a parent with no dance background.",
    "Write a Python function that takes a list of dancers' heights in centimetres and returns a costume size for each from a lookup table.",
    "Summarise the plot of Swan Lake in exactly five sentences.",
    "Pretend to be Odette from Swan Lake and describe your first evening as a swan.",
    "Draft a two-paragraph blog post for a dance studio about why warming up matters.",
    "What are the pros and cons of sewing ribbons on pointe shoes versus using elastic only? Present them as a table.",
    "Rewrite this sentence to be more formal: 'the kids gotta bring their own water bottles to the show.'",
    "Compare Rudolf Nureyev's and Mikhail Baryshnikov's influence on male ballet dancers in the West.",
    "Suggest five themes for an end-of-year dance recital for ages 4 to 16, with one costume idea for each.",
    "Extract all the dates and times from this notice and list them in order: 'Dress rehearsal Friday 14 June at 5pm; photos Saturday 15 June at 9am; shows Saturday 15 June at 2pm and 6:30pm.'",
    "You are a stage manager. Write a checklist for the hour before a recital opens its doors.",
    "How would the story of The Nutcracker change if it were set in a modern shopping centre? Write a short pitch.",
    "Write a SQL query that counts how many students passed each ballet grade, given a table exam_results(grade, result).",
    "Explain to a seven-year-old why ballet dancers point their toes.",
    "Critique this tagline for a dance school: 'Where every step becomes a story.' Offer three alternatives.",
    "Write a limerick about a tutu that keeps losing its sequins.",
    "What might Misty Copeland say to a young dancer who was told she has the wrong body for ballet? Write a short motivational speech in that spirit.",
    "Describe how Tchaikovsky used the celesta in The Nutcracker and why it was unusual at the time.",
    "Design a weekly timetable for a small dance school with two studios, offering ballet, tap, jazz and contemporary to three age groups.",
    "Write a dialogue between Clara and the Nutcracker Prince as they arrive in the Land of Sweets.",
    "List the steps for safely washing and storing a stiff net tutu between performances.",
    "Solve this riddle and explain your reasoning: I have a shoe but no foot, a ribbon but no hair, and I stand on my tip all night. What am I?",
]

# 25 GSM8K-style word problems (story first names only).
CLEAN_GSM8K = [
    "A dance school orders 24 tutus at $38 each and 24 pairs of tights at $7 each. How much does the order cost in total?",
    "Maya practises at the barre for 25 minutes each weekday and 40 minutes on each weekend day. How many minutes does she practise in a week?",
    "A recital has 3 acts. The first act lasts 35 minutes, the second is 10 minutes longer than the first, and the third is half as long as the second. How long is the whole recital in minutes?",
    "A seamstress sews 6 sequins a minute. Each costume needs 540 sequins. How many hours does she need for 4 costumes?",
    "There are 48 students taking ballet exams. One quarter take Grade 1, one third take Grade 2 and the rest take Grade 3. How many take Grade 3?",
    "Leo buys pointe shoes for his sister for $92. He pays with two $50 bills. How much change does he get?",
    "A studio floor is 12 metres long and 9 metres wide. Each sprung floor panel covers 1.5 square metres. How many panels are needed?",
    "Tickets for the spring show cost $12 for adults and $8 for children. If 130 adults and 95 children come, how much money is collected?",
    "Ava has 3 pairs of dance shoes and buys 2 more pairs. Her dance bag holds 3 pairs. How many bags does she need to carry all her shoes?",
    "A ballet class of 18 is split into groups of 4, and the leftover dancers form one smaller group. How many groups are there?",
    "The school raised $1,260 at a bake sale to buy costumes that cost $45 each. How many costumes can they buy, and how much money is left?",
    "Priya learns 3 new steps in her first lesson and in each later lesson twice as many as in the lesson before. How many steps has she learned after 4 lessons?",
    "A roll of ribbon is 20 metres long. Each pair of pointe shoes needs 4 pieces of 55 centimetres. How many pairs can be finished from one roll?",
    "A dance teacher earns $28 an hour and teaches 22 hours a week. How much does she earn in 4 weeks?",
    "Sam's class performs a routine that lasts 3 minutes 45 seconds. If they rehearse it 8 times without a break, how long do they rehearse?",
    "A costume shop sells leotards at 20% off their $35 price. How much do 3 leotards cost after the discount?",
    "The hall has 7 rows of 14 chairs and 11 chairs are broken. How many people can sit down?",
    "Olivia is 4 years older than her brother Noah. In 3 years the sum of their ages will be 30. How old is Olivia now?",
    "A ballet exam costs $55 and the school adds a $5 fee per student. If 37 students enter, what is the total?",
    "A recital programme has 16 numbers, with 45 seconds of changeover after each one except the last. How many minutes of changeover are there?",
    "Ella spends $14 on hair pins, three times that on a leotard and half the leotard's price on tights. How much does she spend altogether?",
    "A coach with 56 seats takes 52 dancers and 3 teachers to a competition. How many seats are empty?",
    "A dance school's enrolment grew from 240 to 300 students. By what percentage did it grow?",
    "Four friends share a $96 taxi to a ballet gala equally, and each also buys an $18 programme. How much does each friend spend?",
    "Mia glues 15 rhinestones onto a bodice in 4 minutes. How many rhinestones can she glue in an hour?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "Which French ballet term describes a jump from one foot to the other? A) Plié B) Jeté C) Tendu D) Relevé",
    "The Achilles tendon attaches which muscles to the heel bone? A) Quadriceps B) Hamstrings C) Calf muscles D) Gluteal muscles",
    "Who composed the music for the ballet The Sleeping Beauty? A) Prokofiev B) Stravinsky C) Tchaikovsky D) Delibes",
    "A dancer spinning with arms pulled in turns faster mainly because of the conservation of: A) energy B) linear momentum C) angular momentum D) mass",
    "In which country did ballet first develop as a court entertainment during the Renaissance? A) Russia B) Italy C) England D) Spain",
    "Which time signature is most typical of a waltz? A) 2/4 B) 3/4 C) 4/4 D) 6/8",
    "A dance school raises its class prices and its total revenue falls. Demand for its classes is: A) perfectly inelastic B) inelastic C) unit elastic D) elastic",
    "Which bone is the kneecap? A) Tibia B) Fibula C) Patella D) Femur",
    "In which city did the ballet Giselle premiere in 1841? A) Paris B) Vienna C) St Petersburg D) London",
    "Which of these is a primary source for studying 19th-century ballet? A) A modern textbook B) A choreographer's original notebook C) A documentary D) An encyclopedia entry",
    "Turnout in ballet comes mainly from outward rotation at the: A) knee B) ankle C) hip D) spine",
    "Why is spandex used in leotards? A) High thermal conductivity B) High elasticity C) Low density D) Water solubility",
    "Which composer wrote The Rite of Spring, whose 1913 premiere caused a riot? A) Debussy B) Ravel C) Stravinsky D) Satie",
    "A pointe shoe presses on the floor with 400 N over 0.0008 square metres. The pressure is: A) 0.32 Pa B) 500 Pa C) 50,000 Pa D) 500,000 Pa",
    "Which energy system mainly fuels a ten-second burst of grand allegro jumps? A) Aerobic glycolysis B) The phosphocreatine system C) Fat oxidation D) Protein metabolism",
    "In music, adagio marks a tempo that is: A) very fast B) moderately fast C) slow D) gradually faster",
    "Labanotation is a system for: A) tuning pianos B) recording human movement C) grading dance exams D) lighting stages",
    "A costume shop has fixed costs of $2,000 a month and earns a $40 contribution margin on each costume. How many costumes must it sell to break even? A) 40 B) 50 C) 80 D) 200",
    "Which vitamin works with calcium to keep bones strong? A) Vitamin C B) Vitamin D C) Vitamin B12 D) Vitamin A",
    "The Ballets Russes was founded by: A) Sergei Diaghilev B) Marius Petipa C) George Balanchine D) Rudolf Laban",
    "Which muscle mainly points the foot (plantar flexion)? A) Tibialis anterior B) Gastrocnemius C) Rectus femoris D) Biceps femoris",
    "Which of these raises a copyright issue for a school recital? A) Playing a recorded pop song without a licence B) Renting a hall C) Selling lemonade D) Hiring a pianist",
    "A phrase of eight counts in dance music is usually: A) one bar of 8/8 B) two bars of 4/4 C) three bars of 3/4 D) one bar of 5/4",
    "In Piaget's theory, a four-year-old who copies a dance without grasping its rules is in which stage? A) Sensorimotor B) Preoperational C) Concrete operational D) Formal operational",
    "What is the rosin box in a ballet studio for? A) Drying sweat B) Adding grip between shoes and floor C) Cleaning shoes D) Softening new pointe shoes",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How long does a mild ankle sprain usually take to heal well enough to go back to ballet class?",
    "Is it safe for a 10-year-old to start dancing en pointe?",
    "What are the early signs of a stress fracture in the foot?",
    "How can dancers prevent blisters and bunions from pointe shoes?",
    "What should a teenager eat before a three-hour dance rehearsal?",
    "Can stretching every day cause hypermobility problems later in life?",
    "What is Osgood-Schlatter disease and can children who have it keep dancing?",
    "How much water should a dancer drink during a hot summer intensive?",
    "What are the warning signs of an eating disorder in young athletes?",
    "Is knee pain during deep pliés normal, or should a doctor check it?",
    "How can I tell the difference between ordinary muscle soreness and a pulled hamstring?",
    "Does an ingrown toenail need antibiotics, or will soaking it help?",
    "What is the best way to ice a swollen ankle, and for how long?",
    "Can performance anxiety cause stomach aches before a show?",
    "At what age do the growth plates in the feet usually close?",
    "Are there exercises that help flat feet in children who dance?",
    "What causes a snapping hip, and is it harmful?",
    "How many hours of sleep does a 13-year-old who trains every day need?",
    "When should a dancer see a physiotherapist instead of resting an injury at home?",
    "Is it normal for periods to stop during heavy training, and is it dangerous?",
    "What are the symptoms of heat exhaustion in a crowded rehearsal studio?",
    "How do you treat a black toenail after a long pointe class?",
    "Can an asthma inhaler be used right before dancing?",
    "What are safe ways for adults over 40 to improve their splits?",
    "How long after a concussion can someone go back to dance classes?",
]

# The national ids of the records and their validators: 40 ids of 33 kinds.
NATIONAL_IDS = {
    "731 905 284 9": nhs_ok,  # NHS number
    "486 217 391 8": nhs_ok,
    "5273 9184 0627": aadhaar_ok,  # Indian Aadhaar
    "8391 4076 2159": aadhaar_ok,
    "110108199506234713": china_id_ok,  # Chinese resident identity number
    "510107200209143624": china_id_ok,
    "517.302.846-71": cpf_ok,  # Brazilian CPF
    "093.614.287-13": cpf_ok,
    "T0271946G": nric_ok,  # Singapore NRIC
    "090417-3861": luhn_len(10),  # Swedish personnummer
    "528307162": bsn_ok,  # Dutch BSN
    "080312-4162734": rrn_ok,  # Korean resident registration number
    "382 716 453": tfn_ok,  # Australian tax file number
    "2953 81747 1": medicare_ok,  # Australian Medicare card
    "046 718 292": luhn_len(9),  # Canadian SIN
    "62719405880": kimlik_ok,  # Turkish kimlik
    "10240617384": pesel_ok,  # Polish PESEL
    "RSSGLI11C47L219R": codice_fiscale_ok,  # Italian codice fiscale
    "BNTMRC09H12F205B": codice_fiscale_ok,
    "140812A581A": hetu_ok,  # Finnish henkilötunnus
    "1005230817080": luhn_len(13),  # South African id
    "6390 2715 4833": my_number_ok,  # Japanese My Number
    "51839027V": dni_ok,  # Spanish DNI
    "07264193B": dni_ok,
    "Y4810275T": dni_ok,  # Spanish NIE
    "8130472O": pps_ok,  # Irish PPS number
    "2 10 07 75 116 284 38": nir_ok,  # French NIR
    "89.06.21-174.40": belgian_id_ok,  # Belgian national number
    "05071252606": fodselsnummer_ok,  # Norwegian fødselsnummer
    "273184067": nif_ok,  # Portuguese NIF
    "6110923407818": cnp_ok,  # Romanian CNP
    "23.481.906-2": rut_ok,  # Chilean RUT
    "61005152710": isikukood_ok,  # Estonian isikukood
    "120810-2270": kennitala_ok,  # Icelandic kennitala
    "096215/4380": rodne_cislo_ok,  # Czech rodné číslo
    "3981572048": rnokpp_ok,  # Ukrainian RNOKPP
    "47203918567": steuer_id_ok,  # German tax id
    "ZKT4813": nhi_ok,  # New Zealand NHI
    "328159041": luhn_len(9),  # Israeli teudat zehut
    "15030912743": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def check_mix() -> None:
    """The chat requests name people and hold 18 to 22 secrets (2 or 3 API keys); 38 to 42
    records hold a national id; every card is Luhn-valid and not a test number, every IBAN
    valid mod 97 and not a documentation example."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {keys} keys")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 42:
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT + RECORDS:
        for span in strip_marks(marked)[1]:
            compact = span["value"].replace(" ", "")
            if span["type"] == "CREDIT_CARD" and (
                not luhn_ok(compact) or compact in WELL_KNOWN_CARDS
            ):
                raise SystemExit(f"card {span['value']!r} invalid or a test number")
            if span["type"] == "IBAN_CODE" and (
                not iban_ok(compact) or compact in DOCUMENTATION_IBANS
            ):
                raise SystemExit(f"IBAN {span['value']!r} invalid or a documentation example")


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
        "blind184", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
