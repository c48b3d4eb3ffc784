# ruff: noqa: E501
"""A hundred-and-seventy-sixth blind privacy set: 220 texts with personal data and 100 clean
ones, on physiotherapy, osteopathy and sports massage clinics.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) a clinic's chatbot would get: bookings, rotas,
  cost splits, handovers, refunds, referrals, lists and sign-offs; the first 30 typed all in
  lower case, then 6 in other languages (Spanish, German, Brazilian Portuguese, Russian,
  Japanese, Arabic), then 84 in English. Most name a private person, often with no cue word
  (lists, rotas, appositives, "tell X that ..."), in many origins and scripts (Latin with
  diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese,
  Korean, Armenian, Georgian, Ge'ez, Tamil, Yoruba), some of them ordinary words (Hope,
  Rose, Bill, Grace, Summer, Joy, Faith, Willow); 21 hold a secret (door, gate, alarm,
  key-safe and locker codes, wifi keys, passwords, 2FA codes, three API tokens);
* 100 one-person records (a sentence or a short form) in English and 31 other languages,
  40 of them with a national id whose check digits are valid, and phones, e-mails,
  addresses, cards, IBANs, SSNs, IPs, passports, licences and patient, member, policy and
  employee numbers.

Usernames, logins, account, customer, member, patient, policy, employee numbers, passports,
licences and national ids are ID_NUMBER; PINs, door, gate, key-safe, locker and alarm codes,
wifi keys, passwords and 2FA codes are PASSWORD; titles stay outside PERSON spans; an address
span runs from the street line through the postcode and city as typed; dates of birth,
invoice and claim numbers, public figures, companies and fictional characters are not
labelled. The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts
(naming only public figures and fictional characters), 25 GSM8K-style word problems with
story first names, 25 MMLU-style items with options A to D and 25 health questions naming
no one.

All values are invented: phones from ranges kept for fiction (UK 07700 900 and 01632 960,
North America 555-01xx, Australia 0491 570); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; IPs from documentation ranges;
national ids with valid check digits, each checked by its ``ids.py`` validator.

Run ``.venv/bin/python bench/data/build_blind176.py`` from the repository root; the output
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
from marks import build_sections, iban_ok, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Dott|Coach|Nurse)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "hi, can you move [[PERSON|hope adebayo]] from the 4pm sports massage on thursday to friday morning? she said any slot before 11 works",
    "rota for the front desk next week: mon [[PERSON|kasia wrona]], tue [[PERSON|dev patel]], wed [[PERSON|kasia wrona]], thu [[PERSON|summer lindqvist]], fri [[PERSON|dev patel]]. can you turn that into a table",
    "the key box by the back door of the hydro room is [[PASSWORD|4471]], can you add that to the locum handover note for [[PERSON|ines carvalho]]",
    "my osteo [[PERSON|björn sandqvist]] said i should ask you about the pelvic tilt exercises, what are they and how many reps",
    "split the team massage bill: [[PERSON|grace mwangi]] £45, [[PERSON|tomás ó briain]] £45, me £30. how much is that in total",
    "please text me the reminder on [[PHONE_NUMBER|07700 900417]] instead of email, the old number is off",
    "tell [[PERSON|bill hutchins]] that his orthotics are in and he can pick them up after 2",
    "wifi for the waiting room is physio-guest and the key is [[PASSWORD|kneecap.ladder.72]]",
    "can [[PERSON|aarav mehta]] and his brother [[PERSON|vihaan mehta]] share one family membership or do they each need their own",
    "i need a receipt for insurance, patient number [[ID_NUMBER|pt-208841]], name [[PERSON|olumide bankole]], sessions on the 3rd and 10th",
    "the alarm code at the richmond clinic changed to [[PASSWORD|6093]]. who still has the old one written on the fridge?",
    "[[PERSON|nguyễn thị lan]] wants a female therapist for her deep tissue massage, is anyone free saturday",
    "book me in with [[PERSON|rhiannon price]] for dry needling please, my email is [[EMAIL_ADDRESS|ffion.parry88@example.net]]",
    "how long should i ice a calf strain? asking for my daughter [[PERSON|maya rosen]] who did it at netball",
    "running club discount list: [[PERSON|joy okonkwo]], [[PERSON|sipho dlamini]], [[PERSON|mirela dumitrescu]], [[PERSON|ewan baird]]. all 10% off until june",
    "2fa code for the booking system is [[PASSWORD|582 914]], i'm locked out, can you reset it for [[PERSON|reece whitlock]]",
    "what does it mean when dr [[PERSON|priya anand]] writes si joint dysfunction on my report",
    "cancel for [[PERSON|mohammed al-rashid]] please, he's got flu. reschedule to next tuesday if you can",
    "my login for the patient portal is [[ID_NUMBER|jtorrance_91]] and it keeps saying wrong password, the password is [[PASSWORD|hamstring!4u]]",
    "send the invoice to [[PERSON|lily-mae forsyth]] at [[STREET_ADDRESS|14 quarry lane, tadcaster ls24 9hx]], not to her dad. she's 19 now and paying for her own sessions, and she asked that we stop copying him in on anything about her ankle rehab or the sports massage. can you also flag it on the file so reception knows?",
    "the treasurer, [[PERSON|ruth ekwueme]], needs the clinic hire costs for the club's injury evening",
    "is it normal for [[PERSON|noah]]'s knee to click after acl rehab, he's 16",
    "gate code for the car park is [[PASSWORD|2580#]] and the lockbox for the keys is [[PASSWORD|1917]], please tell [[PERSON|faith amponsah]] before her first shift",
    "which of your osteopaths treat babies? my partner [[PERSON|sunny kapoor]] keeps asking",
    "[[PERSON|mateus oliveira]] paid twice for the same sports massage on saturday, can you refund one of them to him",
    "my insurer wants my membership number with you, is it [[ID_NUMBER|msk-40917]]? name is [[PERSON|declan mcgarry]]",
    "tell [[PERSON|wen jiahui]] her pilates reformer class moved to studio 2",
    "[[PERSON|ayşe yıldız]] can do mondays and wednesdays, [[PERSON|pedro salgado]] fridays only. who covers tuesday",
    "reach me on [[PHONE_NUMBER|+44 7700 900862]] or [[EMAIL_ADDRESS|k.osei.runs@example.org]] about the gait analysis results",
    "for the sports massage course, the moodle password is [[PASSWORD|quads2024]] and the username is [[ID_NUMBER|cblackwood]]. thanks, [[PERSON|callum blackwood]]",
    # --- other languages: Spanish, German, Brazilian Portuguese, Russian, Japanese, Arabic ---
    "Hola, quería cambiar la cita de fisioterapia de mi madre, [[PERSON|Carmen Ruiz Beltrán]], del martes al jueves por la tarde. Su móvil es [[PHONE_NUMBER|+44 7700 900315]] por si hay que confirmar.",
    "Bitte sagen Sie [[PERSON|Jürgen Haßler]], dass der Türcode für die Praxis ab Montag [[PASSWORD|7312]] ist. Die Massageliege in Raum 3 ist übrigens immer noch kaputt.",
    "Oi! Meu osteopata, [[PERSON|Thiago Nascimento]], pediu que eu mandasse os exames por e-mail. Pode encaminhar para [[EMAIL_ADDRESS|thiago.osteo@example.com.br]]?",
    "Здравствуйте! Запишите, пожалуйста, [[PERSON|Анну Кузнецову]] на спортивный массаж в субботу, ей удобно после обеда.",
    "[[PERSON|佐藤 美咲]] さんの 整体の 予約を 来週の 水曜日 15時に 変更して ください。 連絡先は [[EMAIL_ADDRESS|misaki.sato@example.jp]] です。",
    "مرحباً، أريد حجز جلسة علاج طبيعي لأخي [[PERSON|يوسف الحداد]] بعد إصابة في الركبة. رقم هاتفه [[PHONE_NUMBER|+44 7700 900649]].",
    # --- English ---
    "Can you rebook [[PERSON|Rose Adeyemi-Clarke]]'s sports massage? [[PERSON|Rose]] has a half marathon on Sunday so it needs to be Thursday at the latest.",
    "Cost split for the osteo CPD weekend: [[PERSON|Hamid Farouk]] £120, [[PERSON|Grace Liddell]] £120, [[PERSON|Ólafur Þórsson]] £95 (he's skipping the dinner). Does that add up to the £335 invoice?",
    "Please let [[PERSON|Δημήτρης Παπαδάκης]] know that his insurer approved six shockwave sessions for the Achilles.",
    "Handover for the weekend: the lockbox at the Wimbledon satellite clinic is [[PASSWORD|3906]] and the alarm code is [[PASSWORD|77154]]. The ultrasound gel delivery is due Saturday morning and needs signing for. Can you turn this into a short checklist for [[PERSON|Marguerite Okoye]], who is covering on her own for the first time, and remind her to lock the back fire door before setting the alarm?",
    "Hi, I'm [[PERSON|Summer Hollis]]. I tore my hamstring sprinting last week. Do I need a physio or an osteopath first?",
    "Please add [[PERSON|अनन्या शर्मा]] to the Tuesday pre-natal pilates list, her number is [[PHONE_NUMBER|07700 900734]].",
    "Who's on the rota for Saturday clinic? I have [[PERSON|Liam Ó Súilleabháin]] 8-12 and [[PERSON|Chioma Eze]] 12-4 but nobody for the late shift.",
    "Our football club's physio, [[PERSON|Bartholomew Ngata]], asked me to send over the squad's screening forms. Where do I upload them?",
    "Hi, it's [[PERSON|Bill Okafor]]. My back went again lifting the kids' trampoline. Any chance of an emergency osteo slot today?",
    "Our booking widget is returning 401s. The key we pasted in is [[API_KEY|bkw_live_7Qx2Lr9vTm4Nw8Zc3Hp6Jd1Fs5Ye]] - is it for the wrong environment?",
    "[[PERSON|ณัฐวุฒิ ศรีสุข]] will translate for his father at the 10:30 physio appointment. Please allow a double slot.",
    "My daughter [[PERSON|Hope Castellanos]] (14) has Sever's disease. Do your paediatric physios see teenagers at weekends?",
    "Can you tell [[PERSON|김민준]] that the taping workshop moved to the big studio and starts at 6 instead of 7?",
    "I paid for a 5-session pack under my husband's name, [[PERSON|Aleksander Nowicki]]. Can I use the remaining two sessions myself?",
    "Front desk note: [[PERSON|陈志强]] called about his shoulder MRI, call back on [[PHONE_NUMBER|01632 960482]] after 5pm.",
    "Password for the shared clinic Gmail is [[PASSWORD|Osteo&Spine2024!]], but [[PERSON|Tamsin Reilly]] changed it and didn't tell anyone. How do I recover it?",
    "Write a thank-you card from the whole team to [[PERSON|Yetunde Àlàó]], who's retiring after 22 years as our reception manager.",
    "Does the knee brace you sell fit a 44cm thigh? Asking for [[PERSON|Mark Jovanović]].",
    "Here's the class list for Monday's back-care group: [[PERSON|Esther Abramowitz]], [[PERSON|Kwame Boateng]], [[PERSON|Lucía Ferrer]], [[PERSON|Ivy Chan]], [[PERSON|Pavel Horák]]. Can you email them the stretching sheet?",
    "Could the massage therapist call me about the lymphatic drainage? [[PHONE_NUMBER|(604) 555-0137]], evenings are best.",
    "Remind [[PERSON|נועה בן-דוד]] that her hydrotherapy pool induction is at 9:15 and she needs a swimming cap.",
    "Our accounting integration token is [[API_KEY|acct_tok_Rw83NzKq5XbL0vTe9MfY2cPj]]. It stopped syncing yesterday, can you walk me through regenerating it?",
    "Please cancel the 3pm for [[PERSON|Արթուր Մելիքյան]], he is stuck at work and will phone to rebook.",
    "Sports massage gift voucher for [[PERSON|Grace Olawale]], from [[PERSON|Felix Hartmann]]. Can you make it 90 minutes and post it to [[STREET_ADDRESS|27 Beech Grove, Harrogate HG2 0LT]]?",
    "The door code for the staff entrance changed to [[PASSWORD|C4791]]. Let [[PERSON|Siobhán Keane]] and [[PERSON|Rahul Banerjee]] know before tomorrow's 7am clinic.",
    "Rebook [[PERSON|Ottilie]] Thursday.",
    "Hi there, I'm looking for an osteopath who works with cranial techniques for my newborn. My name is [[PERSON|Eleni Stavrou]], email [[EMAIL_ADDRESS|eleni.stavrou@example.com]].",
    "Can you total these mileage claims? [[PERSON|Mei Lin Tan]] 42 miles, [[PERSON|Oskar Lindahl]] 18 miles, [[PERSON|Precious Ndlovu]] 63 miles, all at 45p a mile.",
    "Please send my appointment confirmations to [[EMAIL_ADDRESS|hollyoak.runner@example.com]] and text [[PHONE_NUMBER|0491 570 223]] as a backup, I'm visiting from Perth.",
    "Patient [[PERSON|Ravindra Kulkarni]], ID [[ID_NUMBER|PHY-0072519]], asked for his discharge summary to go to his GP.",
    "[[PERSON|Bethany Croft]] from the netball team says the group rate was £35 each, but she got charged £48. Can you check?",
    "I'm [[PERSON|Ngozi Eze]]'s mum - she's 12 and hurt her ankle at gymnastics. Can I come into the appointment with her?",
    "Loved the hot stone massage today, best 60 minutes of my month. - [[PERSON|Rosalind Achterberg]]",
    "What stretches help plantar fasciitis? My runner friend [[PERSON|Matteo Bianchi]] swears by rolling a frozen bottle under the foot.",
    "Please update my address to [[STREET_ADDRESS|Flat 3, 88 Cowley Road, Oxford OX4 1JB]] for the invoices. Thanks, [[PERSON|Harriet Fenwick]]",
    "Wifi for the rehab gym: network ClinicGym5G, password [[PASSWORD|Glute-Bridge-339]]. Can you print that on a card for the waiting area?",
    "Tell [[PERSON|Patience Mensah]] the massage table she ordered has arrived and is in the back room.",
    "Draft a referral letter from me, Dr [[PERSON|Konstantin Vasiliev]], to the orthopaedic team about a patient with a suspected SLAP tear. Keep it under 200 words.",
    "Can you move [[PERSON|Олена Коваленко]] to the 11:00 with [[PERSON|Bilal Qureshi]]? She said her previous therapist pressed too hard.",
    "The 2FA code you sent me is [[PASSWORD|304719]] but the portal says it's expired. My username is [[ID_NUMBER|hfenwick_physio]].",
    "Is it okay to have a sports massage the day before a marathon? [[PERSON|Daniel Kiprono]] is running London on Sunday.",
    "Our head osteopath, [[PERSON|Ingrid Solberg]], is on leave from the 3rd to the 17th. Please redirect her patients to [[PERSON|Tariq Mansoor]].",
    "Please send [[PERSON|Chinedu Okafor]]'s exercise sheet to [[EMAIL_ADDRESS|chinedu.ok@example.co.uk]], he lost the printout.",
    "Could you list which of these patients still owe money: [[PERSON|Graham Pike]] £40, [[PERSON|Dolores Amaya]] £0, [[PERSON|Viktor Hrubý]] £65, [[PERSON|Tanvi Joshi]] £20?",
    "[[PERSON|সুমাইয়া রহমান]] would like a female physio for pelvic floor rehab, ideally Thursday afternoon.",
    "Hi, it's [[PERSON|Joy Whitfield]] again. The heat pack you gave me burst in the microwave, do I need to pay for a new one?",
    "Tell [[PERSON|Sandeep]] the acupuncture needle order came in two boxes short.",
    "The API token for our exercise prescription app is [[API_KEY|ptx_9Hc2Vq7Lm4Rz8Kw1Nb6Td3Yf5Gs]]. [[PERSON|Owen Price]] set it up before he left; where should we store it?",
    "Send a reminder to [[PERSON|Marisol Quintero]] on [[PHONE_NUMBER|(312) 555-0164]] that her TMJ osteopathy session is tomorrow at 8:40.",
    "Can you summarise this for [[PERSON|Aiyana Redcloud]] in plain English? Her scan report says: mild posterior disc bulge at L4-L5 without nerve root compression, mild facet joint arthropathy, normal alignment. She is terrified she'll end up in a wheelchair like her grandmother. I want to reassure her honestly without promising anything, and remind her to keep doing the McKenzie extensions three times a day and to walk for 20 minutes daily.",
    "Staff lockers: [[PERSON|Keziah Morgan]] locker 4, combination [[PASSWORD|0918]]; [[PERSON|Hugo Lefèvre]] locker 7, combination [[PASSWORD|5532]]. Please keep this off the shared drive.",
    "I left my water bottle in treatment room 2 this morning; it has [[PERSON|ნინო ბერიძე]] written on the label.",
    "[[PERSON|Harper Nakamura-Lee]] and [[PERSON|Jude Afolabi]] are swapping their Friday shifts, can you update the rota?",
    "Could you explain to Mr [[PERSON|Ahmad Karimi]] in simple words what rotator cuff tendinopathy is? He's worried it means surgery.",
    "My card details are [[CREDIT_CARD|4926 1873 0254 9173]], exp 09/27, please charge the £60 for the sports massage.",
    "Is [[PERSON|Kalani Akana]] still doing Saturday morning sessions? I'd like to book with him again.",
    "Let [[PERSON|Sakura Ishikawa]] know that the shockwave machine is booked out for servicing on Wednesday.",
    "[[PERSON|山本 健太]] is coming in for a sports massage before his judo grading on Saturday; can we do 45 minutes rather than 30?",
    "Please email the invoice for my osteopathy course to [[EMAIL_ADDRESS|r.vandermeer@example.nl]], not the old hotmail address.",
    "Tell the team that [[PERSON|Winston Achebe]] has passed his level 5 sports massage exam!",
    "The physio I saw, [[PERSON|Carys Llewellyn]], said I could email her a video of my squat. What's the best way to send a large file?",
    "Home visit for [[PERSON|Agnes Whitlow]] at [[STREET_ADDRESS|5 Orchard Close, Ludlow SY8 1QP]]: the key safe code is [[PASSWORD|2294]], it's by the side gate. She's 89 and may not hear the bell.",
    "Can [[PERSON|Jasper]] and [[PERSON|Willow]] both come to the yoga for young athletes session? They're 9 and 11.",
    "My colleague [[PERSON|Hiroshi Tanaka]] recommended your clinic for running injuries. Do you do video gait analysis?",
    "Please call [[PERSON|Tomasz Zieliński]] on [[PHONE_NUMBER|+44 1632 960718]] to confirm his deep tissue massage, his English is limited so speak slowly.",
    "From [[PERSON|Ama Serwaa Owusu]]: I won't make the 9am tomorrow, my daughter's sick. Sorry for the short notice.",
    "Please tell [[PERSON|ዳዊት በቀለ]] that I left his spare trainers at reception.",
    "What's the difference between a sports massage and a deep tissue massage? My sister [[PERSON|Clementine Baptiste]] can't decide which to book.",
    "We need to reimburse [[PERSON|Ravi Subramanian]] for the foam rollers he bought; his bank details are [[IBAN_CODE|GB59NWBK20931547820316]].",
    "Can I bring my dog to my physio appointment? I'm [[PERSON|Penelope Ashworth]], booked at 2:30 with [[PERSON|Isaac Mendel]].",
    "Give [[PERSON|Nomvula Khumalo]] the guest wifi password [[PASSWORD|Hamstring42!]] when she arrives for the locum shift.",
    "Please reverse the no-show fee for [[PERSON|Ciarán Doyle]], the snow closed his road and he emailed from [[EMAIL_ADDRESS|ciaran.doyle77@example.ie]] at 7am.",
    "[[PERSON|Zainab Oyelaran]], [[PERSON|கார்த்திக் ராஜா]] and [[PERSON|Ekaterina Volkova]] all finished the kinesiology taping CPD - can you make their certificates?",
    "Is osteopathy covered by the NHS? My neighbour [[PERSON|Dorothy Pembridge]] says she's never had to pay for it.",
    "Trainee login for the clinical notes system: user [[ID_NUMBER|s.aluko.trainee]], temporary password [[PASSWORD|Welcome#Physio9]]. Please send it to [[PERSON|Segun Aluko]] only.",
    "Hi, [[PERSON|Tamar Shapiro]] here. Can the osteo see me with my 6-week-old? She's been fussy since birth.",
    "Our receptionist [[PERSON|Babajide Ogunleye]] needs an out-of-office reply drafted for the bank holiday.",
    "I'd like to dispute a charge: the card was [[CREDIT_CARD|5453 1267 8904 1831]] and the £85 was taken twice.",
    "Sports massage before or after a long run? [[PERSON|Gustavo Peralta]] from our club insists on before.",
    "Tell [[PERSON|Astrid Nilsson]] the staff room door is now [[PASSWORD|4826*]] and the old code stops working on Friday.",
    "Please add these to the newsletter list: [[EMAIL_ADDRESS|jo.hartigan@example.com]], [[EMAIL_ADDRESS|p.moreau.run@example.fr]], [[EMAIL_ADDRESS|samir.t@example.org]].",
    "Can you check whether my physio [[PERSON|Alejandro Fuentes]] is HCPC registered? He's new.",
    "The Monday rota: [[PERSON|Mercy Adjei]] opens, [[PERSON|Lewis Cairns]] mid, [[PERSON|Farah Siddiqui]] closes. Write it as a WhatsApp message.",
    "My IP [[IP_ADDRESS|203.0.113.58]] keeps getting blocked by your booking site after two tries. I'm [[PERSON|Nils Bergström]], can you whitelist me?",
]

# 100 one-person records, the first 40 with a national id.
RECORDS = [
    # --- with a national id ---
    "Patient: [[PERSON|Gwendolyn Ashby]], NHS number [[ID_NUMBER|712 604 3856]], referred for lower back physiotherapy, contact [[PHONE_NUMBER|07700 900152]].",
    "New osteopathy patient form - Name: [[PERSON|Rashid Chowdhury]]; NHS no.: [[ID_NUMBER|584 213 0971]]; Email: [[EMAIL_ADDRESS|rashid.c@example.co.uk]]; DOB: 02/11/1979.",
    "Patiënt [[PERSON|Femke de Groot]], BSN [[ID_NUMBER|274659189]], verwezen voor fysiotherapie na een enkelfractuur; adres [[STREET_ADDRESS|Lindengracht 112, 1015 KM Amsterdam]].",
    "Kund: [[PERSON|Elin Lundqvist]], personnummer [[ID_NUMBER|910214-7387]], bokad för idrottsmassage 60 min, e-post [[EMAIL_ADDRESS|elin.lundqvist@example.se]].",
    "Fysioterapeut [[PERSON|Johan Ek]], personnummer [[ID_NUMBER|780930-2644]], anställningsnummer [[ID_NUMBER|ANST-5521]].",
    "Pacjent: [[PERSON|Wojciech Kamiński]], PESEL [[ID_NUMBER|85071214363]], skierowanie na rehabilitację kręgosłupa, tel. [[PHONE_NUMBER|+44 7700 900386]].",
    "[[PERSON|Zofia Grabowska]], PESEL: [[ID_NUMBER|92110387254]], e-mail: [[EMAIL_ADDRESS|zofia.grabowska@example.pl]], masaż sportowy - pakiet 5 wizyt.",
    "Paciente: [[PERSON|Álvaro Méndez Rubio]], DNI [[ID_NUMBER|73926154Z]], domicilio [[STREET_ADDRESS|Calle de Toledo 45, 3º B, 28005 Madrid]], tratamiento de osteopatía.",
    "Ficha de fisioterapia: [[PERSON|Valentina Greco]], NIE [[ID_NUMBER|Y4718263B]], correo [[EMAIL_ADDRESS|vale.greco@example.es]].",
    "Paziente [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI88S52L219N]], seduta di massaggio sportivo, IBAN per il rimborso [[IBAN_CODE|IT33X0306909606100000184927]].",
    "Asiakas [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230591-627K]], fysioterapia polven tekonivelleikkauksen jälkeen.",
    "Pasient: [[PERSON|Sindre Haugland]], fødselsnummer [[ID_NUMBER|14038749332]], henvist til manuellterapeut, e-post [[EMAIL_ADDRESS|sindre.h@example.no]].",
    "Mitarbeiterin [[PERSON|Katrin Schwarzkopf]], Steuer-ID [[ID_NUMBER|57382046193]], Masseurin in Teilzeit, IBAN [[IBAN_CODE|DE87370502990028471936]].",
    "Honorarkraft [[PERSON|Lukas Brenner]] (Osteopath), Steuer-Identifikationsnummer [[ID_NUMBER|81426739501]], Anschrift [[STREET_ADDRESS|Schillerstraße 17, 04109 Leipzig]].",
    "Patiente : [[PERSON|Camille Durand]], n° de sécurité sociale [[ID_NUMBER|2 87 06 75 114 092 90]], séances de kinésithérapie pour lombalgie.",
    "Patiënt [[PERSON|Wout Peeters]], rijksregisternummer [[ID_NUMBER|83.04.15-263.88]], kinesitherapie na een kruisbandoperatie.",
    "Utente: [[PERSON|Inês Carvalho Matos]], NIF [[ID_NUMBER|254819370]], osteopatia, email [[EMAIL_ADDRESS|ines.matos@example.pt]].",
    "Paciente [[PERSON|Rafael Souza Lima]], CPF [[ID_NUMBER|715.382.640-80]], pacote de 10 sessões de fisioterapia esportiva.",
    "Cliente: [[PERSON|Luana Ferreira]], CPF [[ID_NUMBER|204.967.318-31]], e-mail [[EMAIL_ADDRESS|luana.ferreira@example.com.br]], massagem desportiva.",
    "Paciente [[PERSON|Benjamín Araya Soto]], RUT [[ID_NUMBER|17.482.953-5]], kinesiología por esguince de tobillo.",
    "Hasta: [[PERSON|Emre Aydın]], T.C. kimlik no: [[ID_NUMBER|48261937550]], fizik tedavi - 10 seans, e-posta [[EMAIL_ADDRESS|emre.aydin@example.com.tr]].",
    "Pacient: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2890312405673]], masaj terapeutic, adresa [[STREET_ADDRESS|Strada Mihai Eminescu 21, 010512 București]].",
    "Patsient [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49008132747]], füsioteraapia õlavöötme vigastuse tõttu.",
    "Skjólstæðingur: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120488-2369]], sjúkranudd, netfang [[EMAIL_ADDRESS|gudrun.s@example.is]].",
    "Pacientka [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|855914/1239]], rehabilitace po operaci menisku.",
    "Пацієнт: [[PERSON|Олександр Шевчук]], РНОКПП [[ID_NUMBER|3162048579]], курс масажу спини, тел. [[PHONE_NUMBER|+44 7700 900593]].",
    "Ασθενής: [[PERSON|Μαρία Κωνσταντίνου]], ΑΜΚΑ [[ID_NUMBER|14028902154]], φυσικοθεραπεία για τενοντίτιδα αγκώνα.",
    "מטופל: [[PERSON|יונתן לוי]], ת״ז [[ID_NUMBER|315486274]], טיפול אוסטאופתי, דוא״ל [[EMAIL_ADDRESS|yonatan.levi@example.co.il]]",
    "Employee record: [[PERSON|Marie-Ève Tremblay]], registered massage therapist, SIN [[ID_NUMBER|746 183 524]], phone [[PHONE_NUMBER|(514) 555-0129]].",
    "Client: [[PERSON|Thandiwe Mokoena]], SA ID [[ID_NUMBER|9206175129083]], sports massage membership, member no. [[ID_NUMBER|SM-33017]].",
    "रोगी: [[PERSON|राजेश वर्मा]], आधार संख्या [[ID_NUMBER|5827 3169 4021]], फिजियोथेरेपी - घुटने का दर्द।",
    "Patient [[PERSON|Lakshmi Narayanan]], Aadhaar [[ID_NUMBER|9361 7042 8516]], email [[EMAIL_ADDRESS|lakshmi.n@example.in]], post-natal physio package.",
    "Member: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8926451J]], sports massage 10-pack, card [[CREDIT_CARD|4018 7326 5590 4126]].",
    "患者姓名： [[PERSON|刘建国]] 身份证号： [[ID_NUMBER|310104198706234811]] 项目： 推拿 理疗 十次",
    "환자: [[PERSON|박지은]], 주민등록번호 [[ID_NUMBER|880912-2145769]], 스포츠 마사지 90분",
    "患者： [[PERSON|高橋 直樹]] マイナンバー： [[ID_NUMBER|6182 7394 0514]] 施術内容： 整骨院での 腰痛 治療",
    "Contractor: [[PERSON|Brodie McAllister]], myotherapist, TFN [[ID_NUMBER|512 748 632]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Patient [[PERSON|Chloe Papadopoulos]], Medicare [[ID_NUMBER|2953 61709 1]], EPC referral for 5 physio sessions, email [[EMAIL_ADDRESS|chloe.pap@example.com.au]].",
    "Patient: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKW4186]], ACC claim for shoulder physiotherapy.",
    "Client: [[PERSON|Saoirse Ní Bhriain]], PPSN [[ID_NUMBER|7291634RA]], physiotherapy after a camogie injury, email [[EMAIL_ADDRESS|saoirse.nibhriain@example.ie]].",
    # --- other identifiers ---
    "Patient: [[PERSON|Walter Kowalczyk]], SSN [[US_SSN|412-68-3095]], physical therapy plan of care, phone [[PHONE_NUMBER|(617) 555-0148]].",
    "Massage therapist onboarding - [[PERSON|Destiny Robinson]], SSN [[US_SSN|538-21-7764]], address [[STREET_ADDRESS|1420 Alder Street, Portland, OR 97205]].",
    "Member [[PERSON|Connor Walsh]], membership no. [[ID_NUMBER|MB-7730192]], direct debit from [[IBAN_CODE|GB76BARC20458371926045]].",
    "Refund to [[PERSON|Sophie Marchetti]], card [[CREDIT_CARD|5371 0482 6619 3027]], for the cancelled osteopathy session.",
    "Patient [[PERSON|Ebere Nwachukwu]], patient no. [[ID_NUMBER|P-0045817]], mobile [[PHONE_NUMBER|07700 900904]], email [[EMAIL_ADDRESS|ebere.nwa@example.com]].",
    "Insurance pre-authorisation: policy holder [[PERSON|Geoffrey Lam]], policy number [[ID_NUMBER|HLT-55829104]], 8 physio sessions approved.",
    "Client : [[PERSON|Amélie Rousseau]], adresse [[STREET_ADDRESS|12 rue des Lilas, 69003 Lyon]], IBAN [[IBAN_CODE|FR3530004028370001748392G61]], massage sportif mensuel.",
    "Socia n.º [[ID_NUMBER|FIS-20931]], [[PERSON|Lucía Navarro]], IBAN [[IBAN_CODE|ES5021000418460274839215]], bono de 10 masajes deportivos.",
    "Klant [[PERSON|Daan Visser]], klantnummer [[ID_NUMBER|KL-884120]], IBAN [[IBAN_CODE|NL82RABO0318472956]], maandelijkse sportmassage.",
    "Patientin [[PERSON|Hannelore Weiß]], Versichertennummer [[ID_NUMBER|K204815736]], Krankengymnastik 6x, E-Mail [[EMAIL_ADDRESS|h.weiss@example.de]].",
    "Cliente: [[PERSON|Marco Esposito]], carta [[CREDIT_CARD|4147 2089 6351 0271]], pacchetto di 5 massaggi decontratturanti, email [[EMAIL_ADDRESS|marco.esposito@example.it]].",
    "Utente [[PERSON|Joana Sequeira]], IBAN [[IBAN_CODE|PT08003500870004738291564]], reembolso de sessão de osteopatia.",
    "Klientka: [[PERSON|Agnieszka Wójcik]], IBAN [[IBAN_CODE|PL97102040270000123847562918]], masaż leczniczy, nr karty klubowej [[ID_NUMBER|KK-60417]].",
    "Client [[PERSON|Niamh Gallagher]], IBAN [[IBAN_CODE|IE90BOFI90058347261958]], address [[STREET_ADDRESS|14 Strand Road, Sandymount, Dublin 4, D04 V1W8]].",
    "Kundin [[PERSON|Magdalena Gruber]], IBAN [[IBAN_CODE|AT942011182736450918]], Adresse [[STREET_ADDRESS|Mariahilfer Straße 88, 1070 Wien]].",
    "Paziente [[PERSON|Luca Bernasconi]], IBAN [[IBAN_CODE|CH060076241837256091X]], seduta di osteopatia, email [[EMAIL_ADDRESS|luca.bernasconi@example.ch]].",
    "Medlem [[PERSON|Oskar Holmberg]], medlemsnummer [[ID_NUMBER|IM-77203]], konto [[IBAN_CODE|SE3980000832790148263745]].",
    "Kunde [[PERSON|Ingeborg Dahl]], kontonummer [[IBAN_CODE|NO6486015283746]], idrettsmassasje, e-post [[EMAIL_ADDRESS|ingeborg.dahl@example.no]].",
    "Klient [[PERSON|Mette Kjærgaard]], IBAN [[IBAN_CODE|DK4430004872619305]], adresse [[STREET_ADDRESS|Nørrebrogade 54, 2200 København N]].",
    "Asiakas [[PERSON|Jukka Heikkinen]], tilinumero [[IBAN_CODE|FI2240055018273649]], urheiluhieronta 90 min.",
    "Πελάτης: [[PERSON|Γιώργος Αλεξίου]], IBAN [[IBAN_CODE|GR0401101250000001847293561]], αθλητικό μασάζ.",
    "Client: [[PERSON|Andrei Munteanu]], IBAN [[IBAN_CODE|RO75BTRL01301205R47281XX]], kinetoterapie, 10 ședințe.",
    "Klient [[PERSON|Jakub Dvořák]], IBAN [[IBAN_CODE|CZ2308000000192847365107]], sportovní masáž, e-mail [[EMAIL_ADDRESS|jakub.dvorak@example.cz]].",
    "Müşteri: [[PERSON|Zeynep Çelik]], IBAN [[IBAN_CODE|TR070006400000128473651920]], spor masajı paketi.",
    "Patient : [[PERSON|Claude Wagner]], IBAN [[IBAN_CODE|LU370019274836152000]], ostéopathie crânienne.",
    "Pacijent: [[PERSON|Ivana Horvat]], IBAN [[IBAN_CODE|HR2824840081102837465]], fizioterapija nakon ozljede koljena.",
    "Payment on file: [[PERSON|Harvey Oduya]], Amex [[CREDIT_CARD|3718 642059 37618]], billing address [[STREET_ADDRESS|9 Wellington Terrace, Bath BA1 2PX]].",
    "Member [[PERSON|Priscilla Owusu-Ansah]], card [[CREDIT_CARD|5228 4601 9377 1541]], monthly sports massage plan, member ID [[ID_NUMBER|SPM-118274]].",
    "Client [[PERSON|Dominic Ferreira]], Maestro [[CREDIT_CARD|6762 4109 3851 7261]], phone [[PHONE_NUMBER|01632 960255]].",
    "Osteopathy patient [[PERSON|Yuki Matsumoto]], card [[CREDIT_CARD|3472 195806 41726]], email [[EMAIL_ADDRESS|yuki.m@example.com]].",
    "Customer [[PERSON|Evelyn Strand]], Discover [[CREDIT_CARD|6011 9847 2036 5815]], [[STREET_ADDRESS|742 Maple Avenue, Evanston, IL 60201]].",
    "Patient [[PERSON|Kenji Mori]], JCB [[CREDIT_CARD|3568 1204 7793 1582]], phone [[PHONE_NUMBER|(415) 555-0191]].",
    "Gift voucher buyer: [[PERSON|Imogen Blake]], card [[CREDIT_CARD|4915 3746 0812 9354]], deliver to [[STREET_ADDRESS|31 Marine Parade, Brighton BN2 1TL]].",
    "Staff payroll: [[PERSON|Oliver Jankowski]], employee no. [[ID_NUMBER|EMP-20518]], expenses card [[CREDIT_CARD|5109 7348 2615 0941]].",
    "Locum agreement - [[PERSON|Fatima Zahra Benali]], HCPC registration [[ID_NUMBER|PH148270]], mobile [[PHONE_NUMBER|07700 900661]].",
    "Patient record: [[PERSON|Augustine Nwosu]], patient no. [[ID_NUMBER|OST-77412]], address [[STREET_ADDRESS|16 Kingfisher Way, Norwich NR4 7TJ]], phone [[PHONE_NUMBER|01632 960839]].",
    "Login audit: user [[ID_NUMBER|m.delacroix]] ([[PERSON|Manon Delacroix]]) signed in to the clinic portal from [[IP_ADDRESS|198.51.100.23]].",
    "Remote session record: therapist [[PERSON|Sean Gallagher]], IP [[IP_ADDRESS|2001:db8:4a2::17]], email [[EMAIL_ADDRESS|sean.g@example.ie]].",
    "Tele-rehab patient [[PERSON|Adaeze Obi]], device IP [[IP_ADDRESS|192.0.2.144]], patient no. [[ID_NUMBER|TR-50921]].",
    "Khách hàng: [[PERSON|Trần Minh Khoa]], số điện thoại [[PHONE_NUMBER|07700 900478]], email [[EMAIL_ADDRESS|khoa.tran@example.vn]], massage thể thao.",
    "ผู้ป่วย: [[PERSON|ปิยะพงษ์ วงศ์สวัสดิ์]] อีเมล [[EMAIL_ADDRESS|piyapong.w@example.co.th]] นัดกายภาพบำบัด วันพฤหัสบดี",
    "المريضة: [[PERSON|ليلى منصور]]، رقم المريض [[ID_NUMBER|PT-661902]]، البريد الإلكتروني [[EMAIL_ADDRESS|layla.mansour@example.com]]",
    "Pasien: [[PERSON|Rina Kusumawati]], nomor anggota [[ID_NUMBER|AGT-30418]], pijat olahraga, email [[EMAIL_ADDRESS|rina.kusuma@example.co.id]].",
    "Mgonjwa: [[PERSON|Baraka Mwangi]], nambari ya mgonjwa [[ID_NUMBER|FZ-20417]], simu [[PHONE_NUMBER|+44 7700 900127]], tiba ya viungo.",
    "Páciens: [[PERSON|Kovács Eszter]], e-mail [[EMAIL_ADDRESS|eszter.kovacs@example.hu]], gyógytorna, betegazonosító [[ID_NUMBER|GT-40381]].",
    "Claf: [[PERSON|Gwenllian Morgan]], rhif claf [[ID_NUMBER|CLF-30917]], ffôn [[PHONE_NUMBER|07700 900746]], ffisiotherapi ar ôl anaf i'r pen-glin.",
    "Patient [[PERSON|Lachlan Reid]], mobile [[PHONE_NUMBER|+61 491 570 442]], myotherapy for a rolled ankle, email [[EMAIL_ADDRESS|lachie.reid@example.com.au]].",
    "Patient [[PERSON|Mira Goldberg]], address [[STREET_ADDRESS|205 West 88th Street, Apt 4C, New York, NY 10024]], phone [[PHONE_NUMBER|(212) 555-0175]].",
    "Athlete screening: [[PERSON|Jayden Brooks]], club member no. [[ID_NUMBER|HRC-4471]], email [[EMAIL_ADDRESS|jayden.brooks@example.com]], phone [[PHONE_NUMBER|07700 900839]].",
    "Identity check for insurance: [[PERSON|Barnaby Thistlewood]], DOB 14/03/1962, passport [[ID_NUMBER|548213907]], osteopathy claim.",
    "Massage therapist licence: [[PERSON|Carmen Delgado]], Florida LMT licence [[ID_NUMBER|MA81247]], phone [[PHONE_NUMBER|(305) 555-0122]].",
    "Driver for home visits: [[PERSON|Kofi Asante]], driving licence [[ID_NUMBER|ASANT801154K99XY]], mobile [[PHONE_NUMBER|07700 900277]].",
    "Paciente: [[PERSON|Ximena Torres Huerta]], domicilio [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]], correo [[EMAIL_ADDRESS|ximena.th@example.mx]].",
    "Patiente : [[PERSON|Noémie Girard]], courriel [[EMAIL_ADDRESS|noemie.girard@example.fr]], adresse [[STREET_ADDRESS|8 avenue Jean Jaurès, 31000 Toulouse]].",
    "Sportler [[PERSON|Maximilian Köhler]], Mitgliedsnummer [[ID_NUMBER|TSV-10482]], E-Mail [[EMAIL_ADDRESS|max.koehler@example.de]].",
    "Class pass holder [[PERSON|Rosa Delgado-Whyte]], pass no. [[ID_NUMBER|CP-558210]], phone [[PHONE_NUMBER|+1 416 555 0153]].",
    "Iscritto: [[PERSON|Federico Colombo]], tessera n. [[ID_NUMBER|TS-390271]], indirizzo [[STREET_ADDRESS|Via Garibaldi 14, 20121 Milano]].",
    "会員： [[PERSON|中村 優子]] 会員番号： [[ID_NUMBER|KM-204718]] メール： [[EMAIL_ADDRESS|yuko.nakamura@example.jp]]",
    "회원: [[PERSON|이하은]] 회원번호 [[ID_NUMBER|SP-310572]] 이메일 [[EMAIL_ADDRESS|haeun.lee@example.kr]]",
    "會員： [[PERSON|黃家豪]] 電郵： [[EMAIL_ADDRESS|kahou.wong@example.hk]] 會員編號： [[ID_NUMBER|HK-880134]]",
]

# Each record's language, in order (for the counts in the docstring and README).
RECORD_LANGUAGES = " ".join(
    (
        "en en nl sv sv pl pl es es it fi no de de fr nl pt pt pt es",
        "tr ro et is cs uk el he en en hi en en zh ko ja en en en en",
        "en en en en en en fr es nl de it pt pl en de it sv no da fi",
        "el ro cs tr fr hr en en en en en en en en en en en en en vi",
        "th ar id sw hu cy en en en en en en es fr de en it ja ko zh",
    )
).split()

CLEAN_MTBENCH = [
    "Write a persuasive blog post encouraging office workers to take short stretching breaks, with three practical tips and a catchy title.",
    "Imagine you are Sherlock Holmes. Deduce, from a new client's posture and shoes alone, which sport they play, and explain your reasoning in character.",
    "Explain the difference between osteopathy and chiropractic to a ten-year-old in no more than 120 words.",
    "Write a Python function that takes a list of daily step counts and returns the length of the longest streak of days above 10,000 steps.",
    "Draft a formal email from a physiotherapy clinic to its patients announcing new weekend opening hours. Keep it under 150 words.",
    "Pretend to be Usain Bolt giving a pep talk to a young sprinter who is recovering from a hamstring tear.",
    "Summarise the main arguments for and against making sports massage a regulated profession, as a table with two columns.",
    "Rewrite this sentence so it is clearer: 'Patients which have had surgery should before attending the gym consult with the therapist who did their assessment.'",
    "Write a haiku about a foam roller.",
    "Act as a hiring manager and list five interview questions you would ask a candidate for a sports massage therapist role.",
    "Which is heavier, a kilogram of feathers or a kilogram of steel? Explain the trick in the question.",
    "Extract every body part mentioned in this text and return them as a JSON list: 'The runner reported pain in the left knee, tightness in the calf and occasional numbness in the foot.'",
    "Write a short dialogue between Hermione Granger and Ron Weasley arguing about whether stretching before a Quidditch match prevents injuries.",
    "Give me a seven-day beginner mobility plan for someone who sits at a desk all day, ten minutes per day.",
    "What might have happened if the Roman Empire had developed modern physiotherapy? Speculate in three short paragraphs.",
    "How would Florence Nightingale have organised a modern sports injury clinic? Answer in her voice.",
    "Write a SQL query that returns the number of appointments per therapist per month from a table appointments(id, therapist_id, start_time).",
    "Compare the pros and cons of heat and ice for acute muscle injuries in a bullet list.",
    "Describe a sunrise over the mountains from the point of view of a marathon runner at mile 20.",
    "Write a limerick about a chiropractor who was afraid of cracking sounds.",
    "Explain Newton's third law of motion with an example from rowing.",
    "Role-play as the ship's doctor aboard the Pequod advising Captain Ahab about caring for his whalebone leg.",
    "Estimate how many massage therapists work in a city of one million people. Walk through your reasoning step by step.",
    "Suggest five names for a new sports rehabilitation clinic that sound professional but friendly.",
    "Critique this slogan for a physiotherapy practice and propose a better one: 'We fix what you broke.'",
]

CLEAN_GSM8K = [
    "Maya books 3 sports massages a month at $55 each. Her clinic offers a 12-session pack for $600. How much does she save in a year by buying packs instead of paying per session?",
    "A physiotherapy clinic has 4 treatment rooms. Each room is used for 9 appointments a day, 5 days a week. How many appointments does the clinic hold in 4 weeks?",
    "Tom runs 5 km on Monday, twice as far on Wednesday, and 3 km less than Wednesday's distance on Saturday. How many kilometres does he run that week?",
    "An osteopath charges £48 for a first visit and £40 for each follow-up. If Priya has one first visit and 5 follow-ups, how much does she pay in total?",
    "A box of kinesiology tape holds 6 rolls, and each roll tapes 20 ankles. The clinic tapes 45 ankles a week. How many boxes does it need for 8 weeks?",
    "Leo does 15 squats on the first day of his rehab and adds 5 more each day. How many squats does he do in total over the first 7 days?",
    "A massage therapist works 6 hours a day. Each massage takes 45 minutes and she takes a 15-minute break after each one. How many massages can she fit into a day?",
    "A clinic's ice machine makes 12 kg of ice per hour. Each ice pack uses 400 g of ice. How many ice packs can it fill in 5 hours?",
    "Sara bought a foam roller for $24 and a set of resistance bands for $18. She paid with a $50 bill. How much change did she get?",
    "Out of 80 patients, 25% came for back pain, 30% for knee problems and the rest for shoulder problems. How many came for shoulder problems?",
    "Jamal swims 40 lengths of a 25 m pool three times a week. How many kilometres does he swim in four weeks?",
    "A gym has 12 treadmills. On Saturday two-thirds of them are in use in the morning and half in the afternoon. How many more treadmills are in use in the morning?",
    "A pack of 10 bottles of massage oil costs $85, and each bottle lasts 14 massages. What is the oil cost per massage, to the nearest cent?",
    "Ana stretches for 12 minutes every morning and 8 minutes every evening. How many hours does she stretch in 30 days?",
    "A clinic raised its prices by 10%. A session used to cost £50. How much more does a patient pay for 6 sessions now than before?",
    "Ben's resting heart rate dropped from 80 to 62 beats per minute over a training season. By what percentage did it drop?",
    "A team of 22 players each needs 2 massages before a tournament. Three therapists share the massages as equally as possible. How many massages does each therapist give, and how many are left over?",
    "Chloe cycles at 18 km/h for 40 minutes and then at 24 km/h for 30 minutes. How far does she cycle in total?",
    "A hydrotherapy pool holds 36,000 litres and is drained at 1,500 litres per hour. How many hours until it is one-third full?",
    "Raj sells ankle braces at $15, $22 and $30. He sells 10 of the cheapest, 7 of the middle one and 4 of the most expensive. What is his total revenue?",
    "A patient's knee bends to 90 degrees in week 1 and gains 4 degrees each week. In which week does it first reach 120 degrees?",
    "Elena buys 5 therapy balls at $7.50 each and gets a 20% discount on the total. How much does she pay?",
    "A clinic sees 240 patients a month. If 15% miss their appointment and each missed slot costs £35, how much money is lost each month?",
    "Noah walks 2,400 steps in 20 minutes. At the same pace, how many steps does he walk in 1 hour and 15 minutes?",
    "Three friends share the cost of a $135 group massage class equally, and each also buys a $4 bottle of water. How much does each friend spend?",
]

CLEAN_MMLU = [
    "Which muscle is the primary hip flexor? A. Gluteus maximus B. Iliopsoas C. Hamstrings D. Gastrocnemius",
    "The anterior cruciate ligament mainly prevents which movement of the tibia relative to the femur? A. Posterior translation B. Anterior translation C. Lateral rotation D. Abduction",
    "Which nerve is compressed in carpal tunnel syndrome? A. Ulnar nerve B. Radial nerve C. Median nerve D. Axillary nerve",
    "Which of the following is a rotator cuff muscle? A. Deltoid B. Teres major C. Infraspinatus D. Latissimus dorsi",
    "In the RICE protocol for soft tissue injuries, what does the C stand for? A. Cooling B. Compression C. Circulation D. Contraction",
    "Which type of muscle contraction occurs when a muscle lengthens under load? A. Concentric B. Isometric C. Eccentric D. Isokinetic shortening",
    "How many bones are there in the adult human skeleton? A. 186 B. 206 C. 226 D. 256",
    "What type of synovial joint is the shoulder? A. Hinge B. Pivot C. Ball-and-socket D. Saddle",
    "Which vitamin is most important for the absorption of calcium from the gut? A. Vitamin A B. Vitamin C C. Vitamin D D. Vitamin K",
    "Osgood-Schlatter disease affects which structure? A. Tibial tuberosity B. Lateral malleolus C. Superior pole of the patella D. Calcaneus",
    "What is the SI unit of force? A. Joule B. Watt C. Newton D. Pascal",
    "Which anatomical plane divides the body into left and right parts? A. Frontal B. Transverse C. Sagittal D. Coronal",
    "Which of these muscles belongs to the quadriceps group? A. Biceps femoris B. Vastus lateralis C. Sartorius D. Gracilis",
    "The Achilles tendon attaches to which bone? A. Talus B. Navicular C. Calcaneus D. Cuboid",
    "A grade III ligament sprain is best described as: A. Stretching without tearing B. A partial tear C. A complete rupture D. A bone bruise",
    "Which energy system dominates during a 100 m sprint? A. Aerobic glycolysis B. The phosphocreatine system C. Fat oxidation D. Ketone metabolism",
    "Which of the following best describes proprioception? A. The sense of smell B. The sense of body position C. The perception of pain D. Temperature regulation",
    "In economics, a price ceiling set below the equilibrium price usually causes: A. A surplus B. A shortage C. No change D. A fall in demand",
    "Which structure in the knee acts as a shock absorber between the femur and the tibia? A. Patella B. Meniscus C. Bursa D. Fibula",
    "The Thomas test assesses the flexibility of which muscle group? A. Hip flexors B. Rotator cuff C. Calf muscles D. Neck extensors",
    "If 3x + 7 = 22, what is x? A. 3 B. 5 C. 7 D. 15",
    "Which region of the spine has seven vertebrae? A. Thoracic B. Lumbar C. Cervical D. Sacral",
    "Which hormone is released in response to stress and raises blood glucose? A. Insulin B. Cortisol C. Melatonin D. Oxytocin",
    "Which movement is an example of a first-class lever in the human body? A. Nodding the head B. Rising onto tiptoe C. A biceps curl D. Kicking a ball",
    "Plantar fasciitis typically causes pain: A. At the front of the knee B. Under the heel, worst with the first steps in the morning C. In the lower back at night D. On the outside of the elbow",
]

CLEAN_HEALTH = [
    "How often should I see a physiotherapist after a total knee replacement?",
    "Is it safe to have a sports massage while pregnant?",
    "What's the difference between an osteopath and a physiotherapist?",
    "Should I use heat or ice on a stiff neck that started this morning?",
    "How long does a grade 2 hamstring strain usually take to heal?",
    "Can osteopathy help with tension headaches?",
    "Why do my muscles feel sore two days after a deep tissue massage?",
    "What exercises can I do at home for lower back pain?",
    "Is clicking in the knee something to worry about if there's no pain?",
    "How do I know whether I need an MRI for shoulder pain?",
    "Are foam rollers any good for IT band pain?",
    "What should I wear to my first physiotherapy appointment?",
    "Can dry needling make the pain worse before it gets better?",
    "Is it normal to feel dizzy after a neck manipulation?",
    "How soon after an ankle sprain can I start running again?",
    "Does sports massage help prevent injuries or only treat them?",
    "What are the warning signs that back pain needs urgent medical attention?",
    "Does kinesiology tape actually do anything?",
    "Can young children have osteopathic treatment?",
    "How many physio sessions does tennis elbow usually need?",
    "Should I stretch before or after a run?",
    "What is frozen shoulder and how long does it last?",
    "Do I need a GP referral to see a physiotherapist privately?",
    "Is it okay to keep exercising with shin splints?",
    "What causes sciatica, and can physiotherapy help with it?",
]

NATIONAL_IDS = {
    "712 604 3856": nhs_ok,  # NHS number
    "584 213 0971": nhs_ok,
    "274659189": bsn_ok,  # Dutch BSN
    "910214-7387": luhn_len(10),  # Swedish personnummer
    "780930-2644": luhn_len(10),
    "85071214363": pesel_ok,  # Polish PESEL
    "92110387254": pesel_ok,
    "73926154Z": dni_ok,  # Spanish DNI
    "Y4718263B": dni_ok,  # Spanish NIE
    "RSSGLI88S52L219N": codice_fiscale_ok,  # Italian codice fiscale
    "230591-627K": hetu_ok,  # Finnish henkilötunnus
    "14038749332": fodselsnummer_ok,  # Norwegian fødselsnummer
    "57382046193": steuer_id_ok,  # German tax id
    "81426739501": steuer_id_ok,
    "2 87 06 75 114 092 90": nir_ok,  # French NIR
    "83.04.15-263.88": belgian_id_ok,  # Belgian national number
    "254819370": nif_ok,  # Portuguese NIF
    "715.382.640-80": cpf_ok,  # Brazilian CPF
    "204.967.318-31": cpf_ok,
    "17.482.953-5": rut_ok,  # Chilean RUT
    "48261937550": kimlik_ok,  # Turkish kimlik
    "2890312405673": cnp_ok,  # Romanian CNP
    "49008132747": isikukood_ok,  # Estonian isikukood
    "120488-2369": kennitala_ok,  # Icelandic kennitala
    "855914/1239": rodne_cislo_ok,  # Czech rodné číslo
    "3162048579": rnokpp_ok,  # Ukrainian RNOKPP
    "14028902154": luhn_len(11),  # Greek AMKA
    "315486274": luhn_len(9),  # Israeli teudat zehut
    "746 183 524": luhn_len(9),  # Canadian SIN
    "9206175129083": luhn_len(13),  # South African id
    "5827 3169 4021": aadhaar_ok,  # Indian Aadhaar
    "9361 7042 8516": aadhaar_ok,
    "S8926451J": nric_ok,  # Singapore NRIC
    "310104198706234811": china_id_ok,  # Chinese resident identity number
    "880912-2145769": rrn_ok,  # Korean resident registration number
    "6182 7394 0514": my_number_ok,  # Japanese My Number
    "512 748 632": tfn_ok,  # Australian tax file number
    "2953 61709 1": medicare_ok,  # Australian Medicare card
    "ZKW4186": nhi_ok,  # New Zealand NHI
    "7291634RA": pps_ok,  # Irish PPS number
}

# Every phone must match one of these: ranges kept for fiction only.
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


def spans_of(texts: list[str], kind: str) -> int:
    """How many of ``texts`` hold at least one span of type ``kind``."""
    return sum(any(s["type"] == kind for s in marked_spans(t)) for t in texts)


def check_mix() -> None:
    """The chat requests: at least 90 name someone, 18 to 22 hold a secret, 2 or 3 an API
    key. The records: one person each, 38 to 42 with a national id, every card and IBAN
    valid, and one language given per record."""
    named = spans_of(CHAT, "PERSON")
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = spans_of(CHAT, "API_KEY")
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 38 <= with_id <= 42 or len(RECORD_LANGUAGES) != len(RECORDS):
        raise SystemExit(f"records: {with_id} with a national id")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            if span["type"] == "CREDIT_CARD" and not luhn_ok(span["value"]):
                raise SystemExit(f"bad card {span['value']!r}")
            if span["type"] == "IBAN_CODE" and not iban_ok(span["value"]):
                raise SystemExit(f"bad IBAN {span['value']!r}")


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
        "blind176", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
