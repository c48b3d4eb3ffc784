# ruff: noqa: E501
"""A hundred-and-seventy-second blind privacy set: 220 texts with personal data and 100
clean ones, on veterinary practices, animal rescue shelters, pet insurance and boarding
kennels.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) a vet practice, shelter, pet insurer or kennel
  chatbot would get: the first 30 typed all in lower case, then 6 in other languages
  (Spanish, German, Italian, Japanese, Korean, Russian), then 84 in English. Most name a
  private person (owners, vets, nurses, volunteers, kennel staff), often with no cue word:
  rotas, cost splits, sign-offs, lists, appositives and "tell X that ..." instructions;
  names of many origins and scripts (Latin with diacritics, Yoruba among them,
  Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese, Korean),
  some of them ordinary words (Hope, Rose, Bill, Grace, Summer, Joy, Will, Mark, Dawn
  ...). 21 hold a secret: key-safe, gate, door and alarm
  codes, wifi keys, passwords, 2FA codes and three API keys or tokens.
* 100 one-person records (one sentence or a short form each) in English and 32 other
  languages; 40 of them carry a national id with valid check digits (33 kinds), the others
  phones, e-mails, addresses, cards, IBANs, IPs and client, member, patient, policy and
  employee numbers.

Labels: usernames, logins, account, client, customer, member, patient, policy and employee
numbers, professional registrations and national ids are ID_NUMBER; PINs, door, gate,
key-safe and alarm codes, wifi keys, passwords and 2FA codes are PASSWORD; titles (Dr,
Mr, Frau Dr.) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; pets, companies, public figures, fictional
characters, wifi network names, invoice and booking numbers are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data: 25
MT-Bench/Vicuna-style prompts (naming only public figures and fictional characters), 25
GSM8K-style word problems (story first names only), 25 MMLU-style items with options A to D
and 25 pet-health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; IPs from documentation ranges; national ids with valid check
digits.

Run ``.venv/bin/python bench/data/build_blind172.py`` from the repository root; the output
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
CHAT_WORDS = (3, 110)
RECORD_WORDS = (3, 80)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Dott|Nurse)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "hi, can you move the boarding for our two cats from the 14th to the 16th? booking is under [[PERSON|maeve donnelly]], mobile [[PHONE_NUMBER|07700 900418]]",
    "my dog biscuit is booked in for a dental on tuesday with [[PERSON|tomasz wieczorek]], can i drop him off before 8",
    "kennel rota this week: mon [[PERSON|siobhan keane]], tue [[PERSON|rahul menon]], wed [[PERSON|grace oyelaran]], thu [[PERSON|siobhan]] again. can you send it to everyone",
    "the keysafe at the shelter side door is [[PASSWORD|4826]], please tell the new volunteer [[PERSON|hope adeyemi]] before saturday",
    "what does my pet insurance cover for cruciate surgery? policy number [[ID_NUMBER|pwi-558203-k]], name on it [[PERSON|bill thornbury]]",
    "split the vet bill three ways pls: me, [[PERSON|summer nakamura]] and [[PERSON|kofi mensah]], £186 each-ish",
    "can u email the vaccination certificate for rolo to [[EMAIL_ADDRESS|aine.mcgrath@fastmail.ie]] thanks, [[PERSON|áine]]",
    "im fostering a litter of kittens from the rescue, the coordinator [[PERSON|dvora ben-haim]] said to ask you about formula amounts for 3 week olds",
    "wifi for the boarding cattery office is catnap_guest, password [[PASSWORD|whiskers&tuna77]], can you put it on the welcome sheet",
    "tell [[PERSON|rosa ferreira]] that her parrot is ready for collection and the balance is £42.50",
    "my mum [[PERSON|nirmala krishnan]] wants to add her cat to my policy, is that allowed or does she need her own",
    "who do i speak to about adopting the greyhound called pepper? i filled in the form as [[PERSON|joy whitfield]] and the reference came by text to [[PHONE_NUMBER|07700 900731]]",
    "the alarm code for the clinic is [[PASSWORD|180793]] but [[PERSON|kwame asante]] changed it on friday and didn't tell anyone, what do we do",
    "new starter list for the kennels: [[PERSON|ivy palmer]], [[PERSON|jakub horáček]], [[PERSON|leilani kahale]]. can you set up their induction for monday",
    "please cancel mittens' booster, owner is [[PERSON|mark o'sullivan]], his number is [[PHONE_NUMBER|01632 960284]]",
    "how long should a rabbit fast before spay surgery? asking for [[PERSON|anjali deshpande]] who runs our rabbit room",
    "my login for the insurance portal is [[ID_NUMBER|hollyb_1988]] and it keeps saying locked, can u reset it",
    "the 2fa code the portal sent is [[PASSWORD|604917]] but it expired before i could use it, send a new one to [[EMAIL_ADDRESS|holly.brennan88@gmail.com]]",
    "can you check if [[PERSON|zhou wenjing]] paid the deposit for boarding her two shih tzus over christmas",
    "invoice should go to the treasurer, [[PERSON|gareth pryce-jones]], not to me",
    "ring [[PERSON|faith obi]] on [[PHONE_NUMBER|0491 570 116]] about the cat she surrendered, the microchip is still registered to her",
    "gate code for the rescue yard is [[PASSWORD|2580#]] — dont give it to [[PERSON|lucas meyer]] anymore, he left",
    "this is [[PERSON|dawn kowalczyk]], the claim for luna's ear infection was refused, member number [[ID_NUMBER|778104562]], can someone from claims call me back",
    "shelter volunteers saturday am: [[PERSON|aryan]] + [[PERSON|mei]], pm: [[PERSON|olúṣẹ́gun]] + [[PERSON|hannah]]. dog walking only",
    "is it normal for a kitten to sneeze after the nasal vaccine? the nurse [[PERSON|priya]] said it was but i'm worried",
    "send the dog's records to the new practice please, they asked for them in writing. my address is [[STREET_ADDRESS|14 larkfield close, bramhall, sk7 2qe]]. thanks, [[PERSON|tobiah marsden]]",
    "our door code at the cattery changed to [[PASSWORD|7391]], pass it on to [[PERSON|amber]] and [[PERSON|ye-jin]]",
    "how much is the excess on the gold plan? the policy is in my husband's name, [[PERSON|declan farrelly]]",
    "[[PERSON|eleni papadopoulou]] here, my tortoise hasnt woken from hibernation properly, can i get an exotics appointment",
    "pls thank [[PERSON|will ashworth]] for staying late with our old lab last night, it meant a lot",
    # --- other languages (6): Spanish, German, Italian, Japanese, Korean, Russian ---
    "Hola, quería reservar la residencia canina para mi perro Toby del 3 al 10 de agosto. Está a nombre de [[PERSON|Begoña Arrizabalaga]] y mi correo es [[EMAIL_ADDRESS|begona.arriza@correo.es]].",
    "Guten Tag, meine Katze ist bei Ihnen versichert (Versicherungsnummer [[ID_NUMBER|TKV-4471029]]). Die Tierärztin, Frau Dr. [[PERSON|Henrike Voßberg]], hat eine Zahnsanierung empfohlen. Wird das übernommen?",
    "Buongiorno, sono [[PERSON|Giuseppina Lo Russo]]. Il codice del lucchetto della cassetta dove lascio le chiavi per il pet sitter è [[PASSWORD|0614]]. Potete passarlo a [[PERSON|Matteo]] per sabato?",
    "ペットホテルの予約を変更したいです。 名前は [[PERSON|佐々木 美穂]] です。 連絡先は [[EMAIL_ADDRESS|miho.sasaki@docomo.ne.jp]] です。 チェックインを 金曜日から 日曜日に できますか？",
    "안녕하세요, 보호소 자원봉사 일정 문의드립니다. 토요일 오전에 [[PERSON|김서연]] 씨와 [[PERSON|박준호]] 씨가 견사 청소를 맡았는데 괜찮을까요?",
    "Здравствуйте! Моему коту Барсику нужна прививка от бешенства. Запишите, пожалуйста, на имя [[PERSON|Ольга Сергеевна Ковалёва]], телефон [[PHONE_NUMBER|+44 7700 900847]].",
    # --- English (84) ---
    "Hi, I'd like to book Bramble (springer spaniel) into the kennels 2–9 June. Owner: [[PERSON|Callum Fraser]], [[PHONE_NUMBER|07700 900126]].",
    "Rota for the cattery next week — Mon/Tue [[PERSON|Rose Atherton]], Wed [[PERSON|Dariusz Nowak]], Thu/Fri [[PERSON|Chioma Eze]]. Weekend is still open, can you ask around?",
    "The lockbox by the back gate of the shelter is [[PASSWORD|3019]]. Can you text that to [[PERSON|Tevita Fifita]] so he can let the dog walkers in at 7?",
    "Please tell [[PERSON|Ingrid Solberg]] that the biopsy results for her cat came back benign and she can stop the antibiotics.",
    "We're splitting the cost of Duke's hip surgery: £1,200 me, £600 [[PERSON|Bill Okonjo]], £600 [[PERSON|Tamsin Reeve]]. Can the practice take three separate card payments?",
    "Can I claim for a behaviourist on my policy? Policy holder [[PERSON|Farida Haidari]], policy no. [[ID_NUMBER|PS-20931847]].",
    "Our treasurer, [[PERSON|Olúwaṣeun Adébáyọ̀-Cole]], needs the rescue's last three vet invoices for the grant report. Could you send them to [[EMAIL_ADDRESS|treasurer.seun@gmail.com]]?",
    "Is it safe to board a diabetic cat? [[PERSON|Marguerite Lefèvre]] at reception said you can do insulin twice a day but I want to double-check.",
    "The API key for the booking widget is [[API_KEY|kb_live_9Tq4Xw2LmZ7rVn3Hc8Pd5Ys1]] and it stopped working after the update. Can you see why?",
    "Hi it's [[PERSON|Grace Adjei]] — I fostered Milo last spring. Is he still available for adoption or has he found a home?",
    "Send the aftercare and cremation options to my partner [[PERSON|Summer Lindqvist]] please, she's making the decision on the urn.",
    "Can you add [[PERSON|Arash Tehrani]] as a second contact on Biscuit's file? His mobile is [[PHONE_NUMBER|07700 900394]].",
    "I got a text with a verification code [[PASSWORD|482 195]] from the pet insurer but I didn't request it. Is my account being hacked? Username [[ID_NUMBER|dmoreau77]].",
    "Reminder list for Thursday's spay clinic: [[PERSON|Precious Ndlovu]] (2 cats), [[PERSON|Hamish Gillespie]] (1 dog), [[PERSON|Yuki Tanabe]] (3 rabbits).",
    "Tell [[PERSON|Mohammed Al-Rashid]] his falcon's wing X-rays are in and Dr [[PERSON|Sørensen]] wants to discuss them tomorrow.",
    "Who should I talk to about the kennel staff rota? I'm [[PERSON|Kerry-Ann Blackwood]], the new weekend supervisor.",
    "Wifi for the waiting room is PawsGuest and the key is [[PASSWORD|Lab-Puppy-2291]]. Can you add that to the sign by the door?",
    "Could you resend the pre-op instructions for my ferret to [[EMAIL_ADDRESS|j.vanderwoude@kpnmail.nl]]? Thanks, [[PERSON|Joost van der Woude]]",
    "My elderly neighbour, [[PERSON|Agnieszka Wróblewska]], can't get to the clinic. Do you do home visits for cat vaccinations? Her address is [[STREET_ADDRESS|7 Hollin Lane, Meanwood, Leeds LS6 4LR]].",
    "[[PERSON|Noa Levi]] ([[PERSON|נועה לוי]]) is picking up our dog from boarding on Sunday instead of me — is that OK if she brings ID?",
    "Please cancel the grooming slot for [[PERSON|Heather MacLeod]] on Friday; she'll rebook when her spaniel's ear has healed.",
    "The rescue's donations API token is [[API_KEY|rsq_tok_4e7b1f9a0c3d82e6b5a1f047]], please rotate it, [[PERSON|Dominika Szabó]] accidentally posted it in the volunteer group chat.",
    "Split the boarding bill for the puppy between [[PERSON|Ravi Chandrasekhar]] and [[PERSON|Ayesha Siddiqui]], 50/50.",
    "I'm a student at the vet school and my supervisor Dr [[PERSON|Fiona Hartigan]] asked me to shadow a boarding kennel inspection. Do you allow that?",
    "Hello, insurance question: is my 9-year-old cat too old to get lifetime cover? — [[PERSON|Bronwen Pugh]]",
    "Text [[PERSON|Sunil Bhattarai]] on [[PHONE_NUMBER|+44 7700 900615]] to say the shelter van is at the garage till Thursday.",
    "Microchip transfer for the rescue dog: new keeper is [[PERSON|Lucía Fernández Ortega]], [[STREET_ADDRESS|22 Brierfield Walk, Walthamstow, London E17 9QT]].",
    "The alarm panel at the boarding kennels keeps beeping. Code we use is [[PASSWORD|9047]] then OFF. [[PERSON|Pádraig Ó Murchú]] set it up — can you ask him what's wrong?",
    "Can the vet nurse, [[PERSON|Amaka Nwosu]], call me about Pip's weight clinic? I'm free after 4.",
    "I need to change the bank account for my direct debit to PetGuard. New IBAN is [[IBAN_CODE|GB89 NWBK 4027 1563 8290 47]], account name [[PERSON|Euan Drummond]].",
    "Please pass a thank-you to [[PERSON|Thanh Nguyen]] and [[PERSON|Joy Abernethy]] from the night shift — they kept our collie going after the road accident.",
    "Adoption home check on Saturday: volunteers [[PERSON|Kateryna Melnyk]] and [[PERSON|Stefan Ionescu]]; the family is the [[PERSON|Okoro]] family at [[STREET_ADDRESS|3 Wren Court, Hebden Bridge HX7 8BN]].",
    "Is there a waiting list for cat boarding over Diwali? Booking name [[PERSON|Kavya Iyer]].",
    "[[PERSON|Hiroshi Matsumoto]] asked if you board hedgehogs. I said I'd check. He can be reached at [[EMAIL_ADDRESS|hmatsumoto@ocn.ne.jp]].",
    "My password for the owner portal is [[PASSWORD|Marmalade!Cat42]] and it says incorrect. Can you reset it? Email on file is [[EMAIL_ADDRESS|wendy.casswell@btinternet.com]].",
    "Who's on call this weekend? Sat: Dr [[PERSON|Imran Qureshi]], Sun: Dr [[PERSON|Aoife Kinsella]] — please confirm with both.",
    "Please add a note: [[PERSON|Abebe Girma]] is allergic to cats and shouldn't be rostered in the cattery.",
    "The shared inbox password for the adoptions mailbox is [[PASSWORD|Shelter#Adopt2024]] — [[PERSON|Isla Robertson]] needs it to answer enquiries while I'm away.",
    "Our hamster escaped in the car on the way home from the vet. Any tips? — [[PERSON|Dawit Tesfaye]]",
    "Can I transfer my pet insurance to my daughter [[PERSON|Harriet Cole]] when I move abroad? Member no. [[ID_NUMBER|MBR 6620 1937]].",
    "For the Christmas party, contributions so far: [[PERSON|Zeynep Arslan]] £20, [[PERSON|Ciarán Whelan]] £15, [[PERSON|Mei-Ling Chou]] £20. Who's left?",
    "Ask [[PERSON|Paulo Tuilagi]] whether the heaters in kennel block C were fixed; he said he'd call the electrician.",
    "Hi, my Greek friend [[PERSON|Δημήτρης Καραγιάννης]] wants to volunteer at the shelter while he's in the UK. Does he need a DBS check?",
    "I'm [[PERSON|Sadia Rahman]] ([[PERSON|সাদিয়া রহমান]] in Bengali, if the form allows). Can I register my two cats at the Whitechapel branch?",
    "Door code to the staff room changed to [[PASSWORD|5166*]]. Let [[PERSON|Frank Ogundipe]] know, he's locked out.",
    "Please ring the owner of the lost tabby we scanned — chip says [[PERSON|Beatriz Carvalho]], [[PHONE_NUMBER|(604) 555-0172]].",
    "Booking request: two guinea pigs, 12–19 July, for [[PERSON|Ngozi Umeh]], [[EMAIL_ADDRESS|ngozi.umeh@outlook.com]]. They're called Salt and Pepper.",
    "Our practice manager, [[PERSON|Ruth Kessler]], asked for the API key to the lab results feed. It's [[API_KEY|lbx-9f3c71e2a84d4b06b7c5e19a2d68f034]] — is it okay to share over chat?",
    "Could you check why my claim was rejected? Policy holder is my dad, [[PERSON|Viktor Horvath]], policy [[ID_NUMBER|HPC-7730416]].",
    "Hi, [[PERSON|Anaïs Dubreuil]] here — I'm bringing my rescue greyhound for her first check-up. Do I need to bring her adoption paperwork?",
    "Please let [[PERSON|Holly Featherstone]] know the cattery is full over Easter and put her on the waiting list.",
    "Rota swap: [[PERSON|Ibrahim Sesay]] takes my Tuesday late, I take his Saturday early. Can you update the system?",
    "Remember to invoice Mr [[PERSON|Chukwuemeka Obi]] for the second night of hospitalisation; he left before paying.",
    "Can you check which volunteer still has the storage unit key? [[PERSON|Jade Whitmore]] thinks it was [[PERSON|Connor Blaise]].",
    "Our dog-walking group: [[PERSON|Anita Sharma]] ([[PERSON|अनीता शर्मा]]), [[PERSON|Lars Eriksen]], [[PERSON|Ffion Hughes]]. Can we walk shelter dogs on Sundays?",
    "Hi, I'm writing on behalf of my grandmother [[PERSON|Mary Fitzgerald]], whose cat needs a repeat prescription of methimazole.",
    "Boarding check-in sheet for today: Rocky — owner [[PERSON|Tomás Quintero]]; Nala — owner [[PERSON|Aaliyah Brooks]]; Pickle — owner [[PERSON|Sigrún Jónsdóttir]].",
    "Ask [[PERSON|ليلى حداد]] to sign the foster agreement; she wrote her name in Arabic on the first page, so keep it like that.",
    "Who is the named vet on Biscuit's insurance claim? It should be [[PERSON|Anders Holmqvist]], not the locum.",
    "Pet sitter visiting our house this week is [[PERSON|Kalani Akana]]. Key safe is [[PASSWORD|1357]] by the garage, please add it to her job sheet.",
    "Could I get a quote for insuring a 2-year-old Maine Coon? Contact me at [[EMAIL_ADDRESS|p.oyelowo@protonmail.com]]. — [[PERSON|Peju Oyelowo]]",
    "Please tell our foster volunteer [[PERSON|陈嘉怡]] that the kittens' deworming is due on Wednesday.",
    "I found a stray dog near Stockport. The finder form wants my details: [[PERSON|Owen Pritchard]], [[PHONE_NUMBER|01632 960238]].",
    "The new reception login is [[ID_NUMBER|reception.kirkby]] and the password is [[PASSWORD|Kirkby!Vets19]]. Can you write it up for [[PERSON|Sharon Tiernan]]?",
    "My son [[PERSON|Jamal]] got bitten by our rabbit. Should we see a doctor, and should the rabbit see you?",
    "Reply to [[PERSON|Wanjiru Kamau]]: yes, we can take her two cats for boarding from the 3rd, and the deposit is £40.",
    "Please update our dog's owner details from [[PERSON|Nikolai Petrov]] to [[PERSON|Наталья Петрова]], same address.",
    "Hello, this is [[PERSON|Sunita Gurung]]. Our Labrador ate a sock. Do I come straight in?",
    "Please email the boarding contract to both of us: [[EMAIL_ADDRESS|alex.marsh@fastmail.com]] and [[EMAIL_ADDRESS|priyanka.marsh@fastmail.com]]. Thanks, [[PERSON|Alex Marsh]]",
    "[[PERSON|Kiri Tawhiri]] from the rescue board wants a breakdown of neutering costs by species.",
    "Is [[PERSON|Hannah Goldberg]] still doing the puppy socialisation classes on Wednesdays?",
    "The 2FA code for the shelter's bank app was [[PASSWORD|331087]] and I read it out to a caller who said he was from the bank. What should [[PERSON|Temperance Àjàyí]] and I do now?",
    "Put [[PERSON|Siddharth Rao]], [[PERSON|Olga Ivanova]] and [[PERSON|Ana Lima]] on the vaccine-clinic rota for March.",
    "Insurance form asks for the vet's name: is it [[PERSON|Benedikt Aigner]] or [[PERSON|Bettina Aigner]]? They're both at the Bath practice I think.",
    "Hi, could you confirm [[PERSON|Ruby Castellanos]] has collected our cockapoo? We're still abroad.",
    "Thanks so much to [[PERSON|ปิยะพร ศรีสุข]] who translated the adoption leaflet into Thai for us.",
    "Please change the card for my monthly plan; the new card is [[CREDIT_CARD|5298 6134 0725 8862]]. — [[PERSON|Gwilym Rees]]",
    "Lost dog alert: [[PERSON|Ellie Tran]] reports her beagle missing near [[STREET_ADDRESS|41 Cedar Grove, Riverside, CA 92503]]. Call her on [[PHONE_NUMBER|(951) 555-0143]].",
    "Tell [[PERSON|Mark]] in accounts the rescue's gift aid claim form needs his signature.",
    "Does the kennel accept dogs that have had kennel cough in the last month? [[PERSON|Aditi Kulkarni]] asked on the Facebook page.",
    "Wifi in the isolation ward: network IsoWard, key [[PASSWORD|quarantine-Ferret-81]]. [[PERSON|Oskar Lindahl]] can't connect the new monitor.",
    "My cat's insurer needs a letter from the vet. Can you address it to [[PERSON|Séverine Marchetti]], [[STREET_ADDRESS|Flat 2, 58 Ashgrove Road, Bristol BS7 9LH]]?",
    "Coffee fund this month: [[PERSON|Dawn]] paid, [[PERSON|Felix]] paid, [[PERSON|Rashida]] owes £5.",
    "Quick one: does [[PERSON|Yaw Boateng]] still volunteer on the cat adoption desk, or has he moved to the dog side?",
]

# 100 one-person records; the first 40 carry a national id.
RECORDS = [
    "Volunteer DBS form: [[PERSON|Gillian Ashcroft]], NHS number [[ID_NUMBER|943 476 5919]], mobile [[PHONE_NUMBER|07700 900201]].",
    "Assistance dog registration – handler [[PERSON|Marcus Delaney-Rhodes]], NHS no. [[ID_NUMBER|721 058 3645]], [[STREET_ADDRESS|9 Foxglove Terrace, Ripon HG4 1TW]].",
    "Kennel staff file: [[PERSON|Deepika Venkataraman]], Aadhaar [[ID_NUMBER|6384 2917 5037]], emergency contact [[PHONE_NUMBER|07700 900357]].",
    "宠物寄养登记：主人 [[PERSON|王秀兰]]，身份证号 [[ID_NUMBER|310104198706124831]]，手机 [[PHONE_NUMBER|+44 7700 900482]]。",
    "动物救助站领养人：[[PERSON|刘浩然]] 身份证 [[ID_NUMBER|510702199309281747]] 邮箱 [[EMAIL_ADDRESS|liu.haoran@163.com]]",
    "Cadastro de tutor: [[PERSON|Thiago Albuquerque Nogueira]], CPF [[ID_NUMBER|372.915.846-55]], e-mail [[EMAIL_ADDRESS|thiago.nogueira@uol.com.br]].",
    "Försäkringstagare: [[PERSON|Linnea Bergström]], personnummer [[ID_NUMBER|780914-3527]], adress [[STREET_ADDRESS|Storgatan 14B, 752 31 Uppsala]].",
    "Pensionaanvraag kat: eigenaar [[PERSON|Sanne de Vries-Bakker]], BSN [[ID_NUMBER|173529483]], IBAN [[IBAN_CODE|NL07 RABO 0318 4629 57]].",
    "Vrijwilliger dierenasiel: [[PERSON|Joris Hendriks]], BSN [[ID_NUMBER|296481737]], [[STREET_ADDRESS|Kastanjelaan 27, 3572 KD Utrecht]].",
    "반려동물 보험 가입자: [[PERSON|이수진]], 주민등록번호 [[ID_NUMBER|880423-1928377]], 이메일 [[EMAIL_ADDRESS|sujin.lee88@naver.com]]",
    "Kennel hand payroll (AU): [[PERSON|Brodie McAllister]], TFN [[ID_NUMBER|712 845 367]], mobile [[PHONE_NUMBER|0491 570 233]].",
    "Shelter employee onboarding: [[PERSON|Meghan Tremblay]], SIN [[ID_NUMBER|046 817 292]], phone [[PHONE_NUMBER|(514) 555-0128]], employee no. [[ID_NUMBER|EMP-30418]].",
    "Fiche de bénévole : [[PERSON|Étienne Gagnon]], NAS [[ID_NUMBER|193 652 484]], courriel [[EMAIL_ADDRESS|etienne.gagnon@videotron.ca]].",
    "טופס אימוץ: [[PERSON|יעל אברהמי]], ת.ז. [[ID_NUMBER|318405727]], דוא״ל [[EMAIL_ADDRESS|yael.avrahami@walla.co.il]]",
    "Evcil hayvan sigortası başvurusu: [[PERSON|Şule Yıldırım]], T.C. kimlik no [[ID_NUMBER|28461937550]], e-posta [[EMAIL_ADDRESS|sule.yildirim@hotmail.com.tr]].",
    "Boarding contract — owner [[PERSON|Emre Kaplanoğlu]], Turkish ID [[ID_NUMBER|61730482900]], UK address [[STREET_ADDRESS|31 Peel Street, Huddersfield HD1 5AZ]].",
    "Karta wolontariusza schroniska: [[PERSON|Magdalena Wiśniewska]], PESEL [[ID_NUMBER|92071518366]], tel. [[PHONE_NUMBER|+44 7700 900738]].",
    "Umowa adopcyjna — adoptujący: [[PERSON|Krzysztof Zając]], PESEL [[ID_NUMBER|85112304745]], adres [[STREET_ADDRESS|ul. Lipowa 8/12, 30-702 Kraków]].",
    "Scheda proprietario: [[PERSON|Marta Corsi]], codice fiscale [[ID_NUMBER|CRSMRT88H52L219J]], IBAN [[IBAN_CODE|IT68 K030 6909 4710 0003 8265 914]].",
    "Eläinhoitolan asiakas: [[PERSON|Aino Heikkilä]], henkilötunnus [[ID_NUMBER|230791-583S]], tilinumero [[IBAN_CODE|FI39 4239 0017 3852 64]].",
    "Adopter details (Cape Town branch): [[PERSON|Thandiwe Mokoena]], ID [[ID_NUMBER|9106125384087]], email [[EMAIL_ADDRESS|thandi.mokoena@webmail.co.za]].",
    "ペット保険 契約者：[[PERSON|高橋 由美]] マイナンバー [[ID_NUMBER|7392 6148 5031]] 住所 [[STREET_ADDRESS|東京都世田谷区桜新町2-14-7]]",
    "Ficha de cliente de la residencia canina: [[PERSON|Álvaro Méndez Ruiz]], DNI [[ID_NUMBER|73849165Y]], correo [[EMAIL_ADDRESS|alvaro.mendez@telefonica.net]].",
    "Shelter volunteer (Spanish national living in the UK): [[PERSON|Inmaculada Robles]], NIE [[ID_NUMBER|Y2947318C]], mobile [[PHONE_NUMBER|07700 900926]].",
    "New client, Galway practice: [[PERSON|Síle Ní Chonaill]], PPS [[ID_NUMBER|8273641UA]], [[STREET_ADDRESS|12 Bóthar na Trá, Salthill, Galway H91 X2T7]].",
    "Dossier adoptant : [[PERSON|Mathilde Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 86 04 75 098 317 71]], [[STREET_ADDRESS|17 rue des Tanneurs, 69002 Lyon]].",
    "Verzekerde (België): [[PERSON|Wouter Claes]], rijksregisternummer [[ID_NUMBER|85.07.23-364.04]], IBAN [[IBAN_CODE|BE56 7310 4296 8517]].",
    "Hundepensjonat, kundekort: [[PERSON|Solveig Haugland]], fødselsnummer [[ID_NUMBER|150390 49616]], e-post [[EMAIL_ADDRESS|solveig.haugland@online.no]].",
    "Ficha de adoção: [[PERSON|Inês Cardoso Moura]], NIF [[ID_NUMBER|247183962]], IBAN [[IBAN_CODE|PT66 0035 0651 8264 9037 1582 6]].",
    "Fișă proprietar cabinet veterinar: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2940812405175]], e-mail [[EMAIL_ADDRESS|ioana.dumitrescu@yahoo.ro]].",
    "Registro de adoptante, refugio de Valparaíso: [[PERSON|Francisca Sepúlveda Rojas]], RUT [[ID_NUMBER|16.482.739-9]], correo [[EMAIL_ADDRESS|fran.sepulveda@gmail.com]].",
    "Loomade varjupaiga vabatahtlik: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49005172716]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]].",
    "Skráning í hundahótel: [[PERSON|Þórdís Ragnarsdóttir]], kennitala [[ID_NUMBER|120389-2549]], heimilisfang [[STREET_ADDRESS|Njálsgata 38, 101 Reykjavík]].",
    "Smlouva o umístění psa v hotelu: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|905613/4285]], bydliště [[STREET_ADDRESS|Korunní 48, 120 00 Praha 2]].",
    "Волонтер притулку: [[PERSON|Оксана Шевчук]], РНОКПП [[ID_NUMBER|3184572608]], ел. пошта [[EMAIL_ADDRESS|oksana.shevchuk@ukr.net]].",
    "Tierhalter-Haftpflicht: Versicherungsnehmer [[PERSON|Jörg Brandstätter]], Steuer-ID [[ID_NUMBER|47 251 938 065]], IBAN [[IBAN_CODE|DE29 3705 0198 4839 2017 56]].",
    "Clinic owner record (NZ): [[PERSON|Aroha Te Rangi]], NHI [[ID_NUMBER|ZKT4821]], email [[EMAIL_ADDRESS|aroha.terangi@xtra.co.nz]].",
    "Assistance animal claim: [[PERSON|Liam Castellari]], Medicare [[ID_NUMBER|2847 39168 1]], mobile [[PHONE_NUMBER|0491 570 552]].",
    "Αίτηση υιοθεσίας: [[PERSON|Ελένη Μαυρίδου]], ΑΜΚΑ [[ID_NUMBER|15058847193]], email [[EMAIL_ADDRESS|eleni.mavridou@otenet.gr]].",
    "Boarding client (Singapore): [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7429153H]], email [[EMAIL_ADDRESS|weiling.tan@singnet.com.sg]].",
    # --- no national id (60) ---
    "Client card on file: [[PERSON|Nadia Hussain]], Visa [[CREDIT_CARD|4539 8172 6403 9156]], billing address [[STREET_ADDRESS|88 Moorland Road, Sheffield S11 8UH]].",
    "Pet insurance direct debit: [[PERSON|Conor Mulvaney]], IBAN [[IBAN_CODE|GB28 BARC 2047 3891 0264 58]], member [[ID_NUMBER|PGM-004417382]].",
    "Shelter donor: [[PERSON|Brittany Okafor-James]], [[STREET_ADDRESS|1420 Maple Hollow Dr, Columbus, OH 43215]], [[PHONE_NUMBER|(614) 555-0199]].",
    "Patient owner: [[PERSON|Rhiannon Pryce]] — client no. [[ID_NUMBER|C-228415]], [[PHONE_NUMBER|01632 960511]], [[EMAIL_ADDRESS|rhiannon.pryce@btopenworld.com]].",
    "Kennel booking deposit paid by Mastercard [[CREDIT_CARD|5412 7390 2864 1730]], cardholder [[PERSON|Graham Bickerstaff]].",
    "Titular de la póliza de mascota: [[PERSON|Nerea Goikoetxea]], IBAN [[IBAN_CODE|ES71 2100 3947 1860 5273 8419]], n.º de póliza [[ID_NUMBER|MAS-2023-558104]].",
    "Direct debit mandate — [[PERSON|Eoin Gallagher]], [[IBAN_CODE|IE65 BOFI 9017 3846 2019 57]], [[STREET_ADDRESS|4 Church View, Ennis, Co. Clare V95 K3P2]].",
    "Zlecenie stałe na rzecz schroniska: darczyńca [[PERSON|Bartosz Kowalewski]], rachunek [[IBAN_CODE|PL18 1140 2004 0000 3921 5768 3409]], e-mail [[EMAIL_ADDRESS|b.kowalewski@wp.pl]].",
    "Tierpension Anmeldung: [[PERSON|Elisabeth Gruber]], [[STREET_ADDRESS|Mariahilfer Straße 117/4, 1060 Wien]], IBAN [[IBAN_CODE|AT68 3200 0007 3829 1564]].",
    "Inscription pension pour chats : [[PERSON|Chloé Favre]], IBAN [[IBAN_CODE|CH72 0483 5072 9481 6305 1]], [[STREET_ADDRESS|Rue du Marché 9, 1204 Genève]].",
    "Kattpensionat faktura: [[PERSON|Oskar Nyberg]], [[IBAN_CODE|SE65 5000 0000 0582 1736 4910]], kundnummer [[ID_NUMBER|KP-77031]].",
    "Donasjon til dyrehjemmet fra [[PERSON|Eirik Lunde]], kontonummer [[IBAN_CODE|NO17 8601 1173 829]].",
    "Dyreforsikring, forsikringstager: [[PERSON|Mette Kjærgaard]], IBAN [[IBAN_CODE|DK27 3000 0731 8592 64]], e-mail [[EMAIL_ADDRESS|mette.kjaergaard@mail.dk]].",
    "Pension canine — propriétaire : [[PERSON|Baptiste Lemoine]], IBAN [[IBAN_CODE|FR54 3000 4007 3100 0592 7483 624]], [[STREET_ADDRESS|5 allée des Tilleuls, 44300 Nantes]].",
    "Owner portal access log: user [[ID_NUMBER|k.achterberg]] ([[PERSON|Karin Achterberg]]) signed in from [[IP_ADDRESS|203.0.113.58]].",
    "Insurance claim form — claimant [[PERSON|Samuel Adeyinka]], policy number [[ID_NUMBER|PTI-83310726]], Amex [[CREDIT_CARD|3782 941605 37190]].",
    "Rescue volunteer emergency contact: [[PERSON|Lorna Baird]], [[PHONE_NUMBER|07700 900844]], [[EMAIL_ADDRESS|lorna.baird@tiscali.co.uk]].",
    "استمارة تبني قطة: [[PERSON|مريم الزهراني]]، البريد الإلكتروني [[EMAIL_ADDRESS|maryam.zahrani@gmail.com]]، الهاتف [[PHONE_NUMBER|+44 7700 900963]]",
    "पशु बीमा पॉलिसीधारक: [[PERSON|राजेश वर्मा]], पॉलिसी संख्या [[ID_NUMBER|PBI-4471882]], ईमेल [[EMAIL_ADDRESS|rajesh.verma71@rediffmail.com]]",
    "পশু আশ্রয় স্বেচ্ছাসেবক: [[PERSON|তাহমিনা আক্তার]], ফোন [[PHONE_NUMBER|+44 7700 900135]], ইমেল [[EMAIL_ADDRESS|tahmina.akter@yahoo.com]]",
    "ลูกค้าโรงแรมสุนัข: [[PERSON|กมลวรรณ ทองประเสริฐ]] โทร [[PHONE_NUMBER|+61 491 570 318]] อีเมล [[EMAIL_ADDRESS|kamonwan.t@hotmail.co.th]]",
    "Hồ sơ chủ nuôi: [[PERSON|Trần Thị Mai Anh]], số điện thoại [[PHONE_NUMBER|+61 491 570 947]], email [[EMAIL_ADDRESS|maianh.tran@gmail.com]].",
    "Formulir adopsi anjing: [[PERSON|Dewi Kusumawardani]], alamat [[STREET_ADDRESS|Jl. Cendana No. 21, Menteng, Jakarta Pusat 10310]], email [[EMAIL_ADDRESS|dewi.kusuma@yahoo.co.id]].",
    "Fomu ya kuasili mbwa: [[PERSON|Wambui Njoroge]], barua pepe [[EMAIL_ADDRESS|wambui.njoroge@gmail.com]], nambari ya mwanachama [[ID_NUMBER|KSPCA-20418]].",
    "Form ng pag-ampon ng pusa: [[PERSON|Maricel Dela Cruz]], email [[EMAIL_ADDRESS|maricel.delacruz@yahoo.com.ph]], telepono [[PHONE_NUMBER|(415) 555-0117]].",
    "Анкета владельца собаки: [[PERSON|Дмитрий Алексеевич Соколов]], эл. почта [[EMAIL_ADDRESS|d.sokolov@yandex.ru]], адрес [[STREET_ADDRESS|ул. Садовая, д. 12, кв. 45, Санкт-Петербург, 191023]].",
    "動物病院 診察券番号 [[ID_NUMBER|0048-2715]] 飼い主 [[PERSON|中村 翔太]] 電話 [[PHONE_NUMBER|+44 7700 900376]]",
    "애견호텔 예약자: [[PERSON|정하늘]], 카드 [[CREDIT_CARD|4716 2058 3391 7422]], 이메일 [[EMAIL_ADDRESS|haneul.jung@kakao.com]]",
    "Pensione per gatti, cliente: [[PERSON|Lorenzo Bellandi]], carta [[CREDIT_CARD|4024 0071 8836 2957]], indirizzo [[STREET_ADDRESS|Via dei Serragli 63, 50124 Firenze]].",
    "Praxis-Patientenkartei: Besitzerin [[PERSON|Annegret Löffler]], Kundennummer [[ID_NUMBER|K-1049387]], E-Mail [[EMAIL_ADDRESS|a.loeffler@t-online.de]], [[STREET_ADDRESS|Lindenstraße 42, 04109 Leipzig]].",
    "Microchip keeper update: [[PERSON|Winston Achebe]], [[STREET_ADDRESS|Flat 7, Orchard House, 15 Tanner Street, Norwich NR3 1QS]], [[PHONE_NUMBER|07700 900578]].",
    "Boarding kennels staff record — [[PERSON|Kelsey Armitage]], employee number [[ID_NUMBER|BK-0923]], salary paid to [[IBAN_CODE|GB23 HBUK 4012 7649 3820 15]].",
    "Pet insurance enrollee: [[PERSON|Dolores Whitaker]], member ID [[ID_NUMBER|PWU-5530918]], [[PHONE_NUMBER|(503) 555-0164]], [[EMAIL_ADDRESS|dwhitaker@comcast.net]].",
    "Discover card on file for the cattery: [[CREDIT_CARD|6011 4827 3950 1629]], name [[PERSON|Russell Ingham]].",
    "Hospitalisation consent signed by [[PERSON|Priyanka Bhattacharya]], patient ID [[ID_NUMBER|VP-661204]], contact [[PHONE_NUMBER|01632 960774]].",
    "Adopter: [[PERSON|Joel Kristiansen]] · [[EMAIL_ADDRESS|joel.kristiansen@gmx.com]] · [[STREET_ADDRESS|26 Bellfield Avenue, Dundee DD2 1RE]]",
    "בקשה לפנסיון כלבים: [[PERSON|איתן שפירא]], טלפון [[PHONE_NUMBER|+44 7700 900492]], דוא״ל [[EMAIL_ADDRESS|eitan.shapira@gmail.com]]",
    "بوليصة تأمين الحيوانات الأليفة: المؤمن له [[PERSON|عمر الخطيب]]، رقم العضوية [[ID_NUMBER|PET-AE-770215]]، البطاقة [[CREDIT_CARD|5358 2710 4693 2087]]",
    "Login recovery request: [[PERSON|Fenella Hargreaves]], username [[ID_NUMBER|fenella_h_vets]], request from [[IP_ADDRESS|198.51.100.23]].",
    "Köpek oteli rezervasyonu: [[PERSON|Burak Aydınoğlu]], e-posta [[EMAIL_ADDRESS|burak.aydinoglu@gmail.com]], kart [[CREDIT_CARD|4917 3820 4156 6270]].",
    "Shelter foster carer: [[PERSON|Hope Ellingham]], [[PHONE_NUMBER|07700 900683]], [[STREET_ADDRESS|2 Quarry Cottages, Hathersage, Hope Valley S32 1BA]].",
    "Claim payee: [[PERSON|Rose Mbatha]], [[STREET_ADDRESS|17 Kingfisher Way, Durban North, 4051]], email [[EMAIL_ADDRESS|rose.mbatha@mweb.co.za]].",
    "Vet practice client: [[PERSON|Bill Hennessy]] — account [[ID_NUMBER|ACC-558127]], phone [[PHONE_NUMBER|01632 960139]].",
    "Lapse warning for [[PERSON|Grace Oduya]]: policy [[ID_NUMBER|LPC-9904182]] is in its grace period; email [[EMAIL_ADDRESS|g.oduya@yahoo.co.uk]].",
    "Visiting-vet invoice contact: [[PERSON|Faisal Al-Amin]], [[EMAIL_ADDRESS|faisal.alamin@outlook.com]], [[PHONE_NUMBER|+44 1632 960402]].",
    "Ffurflen gwirfoddolwr: [[PERSON|Gwenllian ap Rhys]], ebost [[EMAIL_ADDRESS|gwenllian.aprhys@gmail.com]], ffôn [[PHONE_NUMBER|07700 900752]].",
    "Emergency vet visit, out of hours: [[PERSON|Oluwadamilare Fashola]], client [[ID_NUMBER|EV-30377]], callback [[PHONE_NUMBER|+44 7700 900119]].",
    "Cattery waiting list: [[PERSON|Summer Haddad]], [[EMAIL_ADDRESS|summer.haddad@gmail.com]].",
    "Dog daycare sign-up: [[PERSON|Marisol Gutiérrez]], [[STREET_ADDRESS|908 W Alameda Ave, Denver, CO 80223]], [[PHONE_NUMBER|(720) 555-0186]].",
    "Rescue transport driver: [[PERSON|Gurpreet Sandhu]], [[PHONE_NUMBER|(905) 555-0131]], [[EMAIL_ADDRESS|gsandhu.rescue@gmail.com]].",
    "Pet insurance member: [[PERSON|Mia Kowalczyk-Reid]], member number [[ID_NUMBER|8830 4417 2]], [[STREET_ADDRESS|14 Banksia Street, Fremantle WA 6160]].",
    "Locum vet contract: Dr [[PERSON|Ayodele Bankole]], RCVS no. [[ID_NUMBER|RCVS 7720415]], [[EMAIL_ADDRESS|ayo.bankole@vetlocums.co.uk]].",
    "Cliente do hotel para cães: [[PERSON|Luana Figueiredo]], e-mail [[EMAIL_ADDRESS|luana.figueiredo@bol.com.br]], telefone [[PHONE_NUMBER|+1 415 555 0153]].",
    "寵物保險被保險人：[[PERSON|林怡君]] 會員編號 [[ID_NUMBER|TW-PI-302871]] 電郵 [[EMAIL_ADDRESS|yichun.lin@gmail.com]]",
    "Shelter donor gift-aid declaration: [[PERSON|Jagoda Kamińska]], [[STREET_ADDRESS|63 Alder Road, Poole BH12 2AW]].",
    "Kattenpension klantkaart: [[PERSON|Femke Jansen]], [[STREET_ADDRESS|Bloemgracht 213, 1016 KP Amsterdam]], e-mail [[EMAIL_ADDRESS|femke.jansen@ziggo.nl]].",
    "Assicurazione animali, contraente: [[PERSON|Giovanni Esposito]], n. polizza [[ID_NUMBER|AP-7713094]], e-mail [[EMAIL_ADDRESS|g.esposito@libero.it]].",
    "Wi-fi log for the shelter office: [[PERSON|Leon Abramowicz]] connected from [[IP_ADDRESS|192.0.2.146]] and [[IP_ADDRESS|2001:db8:4c1::2a7]].",
    "Behaviour clinic referral: owner [[PERSON|Saoirse Kilbride]], client no. [[ID_NUMBER|HV-402277]], [[PHONE_NUMBER|+44 7700 900940]].",
    "Kennel deposit refund to [[PERSON|Nigel Ashworth-Briggs]], [[IBAN_CODE|GB72 LOYD 3096 2158 2047 36]], booking ref 55120.",
]

CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging people to adopt senior dogs from rescue shelters rather than buying puppies.",
    "Compose a short poem in the style of Emily Dickinson about a cat waiting at a window.",
    "Imagine you are Sherlock Holmes. Deduce, in a few paragraphs, what a muddy paw print on a kennel floor reveals about the dog that left it.",
    "Explain the difference between accident-only, time-limited and lifetime pet insurance as if you were talking to a ten-year-old.",
    "Draft a professional email from a boarding kennel to all customers announcing new opening hours over the holiday period. Keep it under 150 words.",
    "What are the main arguments for and against mandatory microchipping of cats? Present both sides fairly.",
    "Role-play as a friendly receptionist at a veterinary practice and greet a nervous first-time puppy owner.",
    "Write a Python function that takes a list of animal weights in kilograms and returns the average, ignoring any negative values.",
    "Summarise the premise of James Herriot's 'All Creatures Great and Small' in five sentences.",
    "How might Jane Goodall's field methods be applied to studying dog behaviour in a busy animal shelter?",
    "Extract the species and the number of each from this sentence and return JSON: 'The shelter took in four rabbits, two ferrets, eleven cats and a tortoise last week.'",
    "Write a haiku about a greyhound retiring from racing.",
    "Compare the pros and cons of cat boarding versus hiring a home pet sitter for a two-week holiday.",
    "Pretend you are Paddington Bear writing a thank-you letter to the vet who treated your sore paw.",
    "Write a SQL query that returns every kennel booking longer than seven nights from a table bookings(id, pet_name, check_in, check_out).",
    "What would happen to urban fox populations if every city replaced open food-waste bins with sealed ones? Reason step by step.",
    "Give me a catchy slogan and a 30-word radio advert for a sponsored dog walk organised by an animal rescue charity.",
    "Explain how Louis Pasteur's work on rabies vaccination changed both veterinary and human medicine.",
    "Rewrite this sentence to sound more formal: 'Your dog's been a total star and we loved having him, come back soon!'",
    "Describe a day in the life of a shelter cat from the cat's point of view, in about 200 words.",
    "You are a careful editor. Find the grammatical errors in: 'Each of the dogs have their own bowl, and there lead is hung by the door.'",
    "Should pet insurance premiums be allowed to rise with an animal's age? Write a balanced short essay.",
    "Write a dialogue between Garfield and Snoopy debating whether lasagne beats a nap on the doghouse roof.",
    "Create a weekly cleaning checklist for a small boarding cattery, organised as a table.",
    "What can Charles Darwin's observations on domestication tell us about the diversity of modern dog breeds?",
]

CLEAN_GSM8K = [
    "A boarding kennel charges $28 per night for a small dog and $35 per night for a large dog. Maya boards one small dog and one large dog for 6 nights. How much does she pay in total?",
    "An animal shelter had 84 cats at the start of March. During the month, 37 cats were adopted and 29 new cats arrived. How many cats did the shelter have at the end of March?",
    "A vet practice orders flea treatment in boxes of 12 doses. If they use 9 doses a day, how many boxes do they need for 4 weeks?",
    "Tom's pet insurance costs $23 a month, with an excess of $90 per claim. This year he made two claims. How much did he pay in premiums and excesses this year?",
    "A rescue centre walks each of its 18 dogs twice a day. Each walk takes 25 minutes. How many hours of walking is that per day?",
    "Priya buys a 15 kg bag of dog food. Her dog eats 300 g a day. How many full days will the bag last?",
    "A cattery has 24 pens. On Friday, three quarters of them are occupied. On Saturday, 5 more cats check in and 2 check out. How many pens are empty on Saturday?",
    "A sponsored dog walk raised $1,350. One third went to vaccinations, $420 to kennel repairs, and the rest to food. How much went to food?",
    "Leo's rabbit weighed 1.8 kg at the end of January and gained 150 g each month after that. What did the rabbit weigh at the end of May?",
    "A vet sees a patient every 15 minutes from 9:00 to 12:30 and every 20 minutes from 14:00 to 17:00. How many appointments are there in the day?",
    "A kennel charges $40 for the first night and $30 for each extra night. Sofia's bill was $250. How many nights did her dog stay?",
    "An insurer pays 80% of a vet bill after a $100 excess. If the bill is $1,100, how much does the insurer pay?",
    "Ahmed volunteers at a shelter 3 hours each weekday and 5 hours on Saturdays. How many hours does he volunteer in 4 weeks if he never goes on Sundays?",
    "A bag of cat litter costs $9 and lasts 10 days. How much does cat litter cost for 365 days if you can only buy whole bags?",
    "A shelter charges $150 to adopt a dog and $90 to adopt a cat. Last month it rehomed 14 dogs and twice as many cats. How much adoption money did it collect?",
    "Nina's puppy needs 3 vaccinations spaced 4 weeks apart, starting at 8 weeks old. How old is the puppy, in weeks, at the last vaccination?",
    "A boarding kennel has 40 runs. It is 60% full on weekdays and 95% full at weekends. How many more dogs are there on a weekend day than on a weekday?",
    "A dog groomer washes 5 dogs an hour and works 7 hours a day, 5 days a week. How many dogs does she wash in 3 weeks?",
    "Oscar pays $18 a month for cat insurance. The price rises by 10% each year. How much will he pay per month in the third year?",
    "A parrot eats 25 g of seed a day. Seed comes in 500 g bags costing $6. How much does it cost to feed the parrot for 60 days?",
    "A rescue has 3 times as many cats as rabbits and 12 more dogs than rabbits. If there are 7 rabbits, how many animals are there in total?",
    "A vet clinic bought 8 boxes of syringes at $14.50 each and 3 boxes of gloves at $9.25 each. What was the total cost?",
    "Ella's dog needs a tablet every 8 hours. How many tablets does it need for a 12-day course?",
    "Heating a kennel run costs $4.20 per night. In January, 22 runs are heated every night. What is the heating bill for the 31 days of January?",
    "A charity needs $5,000 to build a new cattery. It has raised $3,240 and receives $160 a week in donations. How many more weeks until it reaches its goal?",
]

CLEAN_MMLU = [
    "Which of the following diseases is transmitted to humans mainly through the bite of an infected mammal? A. Tetanus B. Rabies C. Malaria D. Cholera",
    "Feline panleukopenia is caused by a: A. bacterium B. parvovirus C. protozoan D. fungus",
    "In dogs, the normal resting rectal temperature is closest to: A. 35.0 °C B. 36.5 °C C. 38.5 °C D. 41.0 °C",
    "Which organ produces insulin? A. Liver B. Spleen C. Pancreas D. Kidney",
    "Xylazine, a sedative widely used in veterinary practice, belongs to which drug class? A. Opioids B. Alpha-2 adrenergic agonists C. Benzodiazepines D. NSAIDs",
    "Under the principle of indemnity, an insured party should after a claim be: A. better off than before the loss B. restored to their financial position before the loss C. paid twice the loss D. excused from any excess",
    "Which of these zoonotic parasites has the cat as its definitive host? A. Toxoplasma gondii B. Plasmodium falciparum C. Trypanosoma brucei D. Schistosoma mansoni",
    "The tendency of insured people to take more risks because they are covered is called: A. adverse selection B. moral hazard C. deadweight loss D. free riding",
    "Chocolate is toxic to dogs chiefly because it contains: A. capsaicin B. theobromine C. sucrose D. solanine",
    "Which blood group system is used for domestic cats? A. AB system with types A, B and AB B. DEA system C. Rh system D. MN system",
    "A dog has 42 adult teeth. How many adult teeth does a cat usually have? A. 26 B. 30 C. 38 D. 42",
    "Which hormone is deficient in hypothyroidism? A. Cortisol B. Thyroxine C. Adrenaline D. Prolactin",
    "If a shelter's adoption times are strongly right-skewed, which measure best describes a typical adoption time? A. Mean B. Median C. Range D. Variance",
    "Cats need taurine in their diet because they: A. cannot synthesise enough of it B. store too much of it C. never excrete it D. need it only as kittens",
    "Which of these animals is an obligate carnivore? A. Dog B. Cat C. Rabbit D. Guinea pig",
    "Guinea pigs, like humans, must obtain which vitamin from their diet? A. Vitamin A B. Vitamin C C. Vitamin D D. Vitamin K",
    "Which legal doctrine makes an employer liable for negligent acts of employees in the course of their work? A. Strict liability B. Vicarious liability C. Contributory negligence D. Estoppel",
    "Heartworm (Dirofilaria immitis) is transmitted to dogs by: A. fleas B. ticks C. mosquitoes D. contaminated water",
    "Which structure of the eye is removed in cataract surgery? A. Cornea B. Retina C. Lens D. Iris",
    "The study of the distribution and determinants of disease in populations is called: A. Pathology B. Epidemiology C. Histology D. Pharmacology",
    "In insurance, a deductible is: A. the monthly premium B. the amount the insured pays before cover applies C. the maximum payout D. the insurer's profit margin",
    "A rabbit's incisors: A. stop growing after the first year B. grow continuously throughout life C. are replaced twice D. never erupt",
    "Which nerve carries the patellar (knee-jerk) reflex? A. Sciatic nerve B. Femoral nerve C. Radial nerve D. Vagus nerve",
    "Kennel cough is most commonly associated with which bacterium? A. Bordetella bronchiseptica B. Escherichia coli C. Salmonella enterica D. Clostridium tetani",
    "If a pet insurer's loss ratio is 75%, this means: A. 75% of policies made a claim B. claims paid equal 75% of premiums earned C. 75% of premiums are profit D. premiums rose by 75%",
]

CLEAN_HEALTH = [
    "How often should an indoor cat be vaccinated?",
    "Is it normal for a puppy to have diarrhoea after changing food?",
    "What are the early signs of kidney disease in older cats?",
    "Can dogs catch kennel cough more than once?",
    "How soon after spaying can a dog go for a normal walk?",
    "My rabbit hasn't eaten for 12 hours — is that an emergency?",
    "Which human foods are poisonous to dogs?",
    "How can I tell if my cat is in pain?",
    "Should I be worried if my dog drinks much more water than usual?",
    "What is the safest flea treatment for a pregnant cat?",
    "Can I give my dog paracetamol for a limp?",
    "How do you trim a dog's nails without cutting the quick?",
    "What vaccinations does a dog need before going into boarding kennels?",
    "Is bad breath in dogs a sign of dental disease?",
    "How long does it take a cat to recover from dental extractions?",
    "Can the stress of boarding make a cat stop eating?",
    "What should be in a first-aid kit for pets?",
    "Are grapes really dangerous for dogs, even just one?",
    "How can I tell if my hamster is too cold?",
    "What are the symptoms of heatstroke in dogs and what should I do?",
    "Do indoor rabbits need vaccinating against myxomatosis?",
    "How often should a senior dog have a health check?",
    "Is it safe to walk a dog on pavements gritted with salt?",
    "Can cats get sunburned on their ears?",
    "What is the best way to give a cat liquid medicine?",
]

NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "721 058 3645": nhs_ok,
    "6384 2917 5037": aadhaar_ok,  # Indian Aadhaar
    "310104198706124831": china_id_ok,  # Chinese resident identity number
    "510702199309281747": china_id_ok,
    "372.915.846-55": cpf_ok,  # Brazilian CPF
    "780914-3527": luhn_len(10),  # Swedish personnummer
    "173529483": bsn_ok,  # Dutch BSN
    "296481737": bsn_ok,
    "880423-1928377": rrn_ok,  # Korean resident registration number
    "712 845 367": tfn_ok,  # Australian tax file number
    "046 817 292": luhn_len(9),  # Canadian SIN
    "193 652 484": luhn_len(9),
    "318405727": luhn_len(9),  # Israeli teudat zehut
    "28461937550": kimlik_ok,  # Turkish kimlik
    "61730482900": kimlik_ok,
    "92071518366": pesel_ok,  # Polish PESEL
    "85112304745": pesel_ok,
    "CRSMRT88H52L219J": codice_fiscale_ok,  # Italian codice fiscale
    "230791-583S": hetu_ok,  # Finnish henkilötunnus
    "9106125384087": luhn_len(13),  # South African id
    "7392 6148 5031": my_number_ok,  # Japanese My Number
    "73849165Y": dni_ok,  # Spanish DNI
    "Y2947318C": dni_ok,  # Spanish NIE
    "8273641UA": pps_ok,  # Irish PPS number
    "2 86 04 75 098 317 71": nir_ok,  # French NIR
    "85.07.23-364.04": belgian_id_ok,  # Belgian national number
    "150390 49616": fodselsnummer_ok,  # Norwegian fødselsnummer
    "247183962": nif_ok,  # Portuguese NIF
    "2940812405175": cnp_ok,  # Romanian CNP
    "16.482.739-9": rut_ok,  # Chilean RUT
    "49005172716": isikukood_ok,  # Estonian isikukood
    "120389-2549": kennitala_ok,  # Icelandic kennitala
    "905613/4285": rodne_cislo_ok,  # Czech rodné číslo
    "3184572608": rnokpp_ok,  # Ukrainian RNOKPP
    "47 251 938 065": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "2847 39168 1": medicare_ok,  # Australian Medicare
    "15058847193": luhn_len(11),  # Greek AMKA
    "S7429153H": nric_ok,  # Singapore NRIC
}

# Every phone must match one of these: the ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def check_mix() -> None:
    """The chat requests mostly name people and 18 to 22 hold a secret (2 or 3 of them an
    API key); the records each name one person, and 38 to 42 carry a national id, each
    its own."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {keys} keys")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        if len({s["value"] for s in spans if s["type"] == "PERSON"}) != 1:
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
        ids = [s["value"] for s in spans if s["value"] in NATIONAL_IDS]
        if len(ids) > 1:
            raise SystemExit(f"records: two national ids in {marked[:60]!r}")
        with_id += len(ids)
    if not 38 <= with_id <= 42 or with_id != len(NATIONAL_IDS):
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT:
        if any(s["value"] in NATIONAL_IDS for s in marked_spans(marked)):
            raise SystemExit(f"chat: a national id in {marked[:60]!r}")


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
        "blind172", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    for name, want in (("chat_pii_blind172.jsonl", 220), ("chat_clean_blind172.jsonl", 100)):
        with (HERE / name).open(encoding="utf-8") as f:
            if sum(1 for _ in f) != want:
                raise SystemExit(f"{name}: not {want} records")


if __name__ == "__main__":
    main()
