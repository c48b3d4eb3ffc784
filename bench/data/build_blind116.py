# ruff: noqa: E501
"""A hundred-and-sixteenth blind privacy set: 220 texts with personal data and 100 clean
ones, on healthcare and care (GP surgeries, hospitals, pharmacies, dentists, physiotherapy,
care homes and home carers, patients' relatives, appointment letters, prescriptions and
handovers).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  texts to carers and relatives, handover notes, appointment letters, replies to GPs,
  dentists and physios, summaries of pasted voicemails, minutes, logs and e-mails,
  translations, rotas, cost splits and dosing or budget sums, and is-this-a-scam questions.
  The first 30 are typed all in lower case (names, e-mails, codes too, with shorthand and
  typos); the next 6 are in Spanish, German, French, Brazilian Portuguese, Polish and
  Japanese; the other 84 are in ordinary English. Names of many origins, some in Korean,
  Chinese, Japanese, Cyrillic and Greek script (the records add Persian); first names alone, surnames after
  titles, full names, nicknames and names that are ordinary words (Precious, Joy, Sunny,
  Mercy), many named in passing with no cue word;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose, profile lines, pipe and CSV rows, JSON objects, log lines, register
  entries and short letters, each a name and one to four other values; most of the set's
  national ids are here.

Usernames, logins, patient, hospital, member, customer, employee and account numbers,
National Insurance numbers and national ids are ID_NUMBER; PINs, door, gate, key-safe,
locker, lift and alarm codes, wifi keys, passwords and passphrases PASSWORD; titles and
relation words (Mr, Mrs, Dr, Nurse, Father, Herr, Dona, aunty, Uncle) stay outside PERSON
spans; an address span runs from the first street line through the postcode and city as
typed; public figures, fictional characters, companies, wards, care homes, prescription,
order and payment-plan references, postcodes alone and dates of birth are not labelled;
every occurrence of a private value is marked.

The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
naming historical or fictional people), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one, most
on the theme.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0 and
0131 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not well-known
test numbers; IBANs valid mod 97 with their country's length and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF,
Turkish kimlik, Chinese resident id, Indian Aadhaar, Korean RRN, Australian TFN and
Medicare, Japanese My Number, French NIR, Belgian national number, Norwegian
fødselsnummer, Portuguese NIF, Romanian CNP, Estonian isikukood, Icelandic kennitala,
Ukrainian RNOKPP, German Steuer-ID, Canadian SIN, Swedish personnummer, South African id,
Israeli teudat zehut, Greek AMKA, Spanish DNI and NIE, Finnish henkilötunnus, Italian
codice fiscale, Singapore NRIC and FIN, Irish PPS number, New Zealand NHI, Chilean RUT,
Czech rodné číslo).

Run ``.venv/bin/python bench/data/build_blind116.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Father|Fr|Rev|Herr|Frau|Mme|Sr|Sra|Dona|Docteur|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

CHAT = [
    # the first 30: typed all in lower case
    "can you help me write a text to my mum's carer [[PERSON|bronwyn]] telling her the key safe code changes to [[PASSWORD|4471]] from friday? her number is [[PHONE_NUMBER|07700900318]]",
    "pls summarise for my brother: gp rang re dad's bloods, dr [[PERSON|okonkwo]] wants a repeat in 2 wks, we call the surgery back on [[PHONE_NUMBER|020 7946 0521]] quoting nhs no [[ID_NUMBER|943 476 5919]]",
    "is this a scam?? text said my nhs covid pass expires and to verify at a link, it asked for my card so i typed [[CREDIT_CARD|4539 1762 0481 3752]] and the 3 digits on the back. what do i do now",
    "translate to polish for nan's new carer [[PERSON|agnieszka]]: the door code is [[PASSWORD|2580#]], tablets are in the blue box by the kettle, ring me on [[PHONE_NUMBER|07700 900 742]] if she won't eat",
    "fix my wording: hi [[PERSON|kez]] can u cover my 7am double up at mrs [[PERSON|abernethy]]'s tmrw, keysafe is [[PASSWORD|1936]], she's on the new patches now so check the date on them",
    "splitting the care home top-up fees three ways between me, [[PERSON|dev]] and [[PERSON|priyanka]], it's £1,340 a month. how much each and can u draft a short msg to the group",
    "write an email to my dentist's practice manager [[PERSON|lorraine]] ([[EMAIL_ADDRESS|lorraine.hodge@harbourdental.co.uk]]) asking to move my crown fitting to next week, patient no [[ID_NUMBER|hd-20417]]",
    "my login for the patient portal keeps failing, username [[ID_NUMBER|jfoley_72]] pw [[PASSWORD|bluebell!1972]], is it locked or am i typing it wrong? what do i ask the surgery",
    "tidy this up for the night team pls: bed 4 mr [[PERSON|teodor vasile]] hosp no [[ID_NUMBER|k4418203]], nbm from midnight for theatre, son [[PERSON|radu]] on [[PHONE_NUMBER|07700 900561]] wants a call if anything changes",
    "whats the kindest way to tell my brother [[PERSON|olusegun]] that mum's physio [[PERSON|hamish]] says she needs a frame now? he gets really defensive about her getting older",
    "make me a reminder list: nana's repeat is ready at the chemist fri, they ask for her dob and postcode, her nhs no is [[ID_NUMBER|401 823 7766]], collect it with aunty [[PERSON|rose]] after lunch",
    "setting up grandad's falls pendant, it wants the wifi key [[PASSWORD|greenfinch-door-88]] and the hub ip [[IP_ADDRESS|192.0.2.47]]. which one do i type first, the leaflet is useless",
    "summarise this voicemail: 'hi its [[PERSON|shona]] from the district nurses, we'll be at [[STREET_ADDRESS|14 cairnmuir road, edinburgh eh12 6tq]] between 10 and 12, call [[PHONE_NUMBER|0131 496 0278]] if no one's in'",
    "is it normal for a pharmacy to ask for my medicare number over whatsapp? they said send [[ID_NUMBER|2958 31604 1]] to [[PHONE_NUMBER|0491 570 226]] so they can process the script",
    "help me write a thank you card to the nurses on ward 7, esp [[PERSON|siobhán]] and [[PERSON|big dave]] on nights who sat with dad when he was scared",
    "polite text to our cleaner and part-time carer [[PERSON|joy]] saying we'll pay her by bank transfer from now on, and could she confirm her iban is [[IBAN_CODE|gb74 loyd 3096 1847 2055 31]]",
    "make this less rude: '[[PERSON|gary]] stop giving dad extra paracetamol, the pharmacist said max 8 a day and he had 10 yesterday'",
    "my dad's care coordinator [[PERSON|nadia el-amin]] emailed from [[EMAIL_ADDRESS|nadia.elamin@careline-north.org]] saying visits drop to twice a day from monday. help me reply asking why and who decided",
    "my physio app login is [[ID_NUMBER|runnerknee_liv]] / [[PASSWORD|patella2024]]. can u explain the exercises it set? it says 'terminal knee ext x15, 3 sets'",
    "split the taxi costs for chemo runs: [[PERSON|farid]] did 6 trips at £18, [[PERSON|lou]] did 4 at £22 and i did 5 at £18. who owes who if we share it evenly",
    "translate to spanish: [[PERSON|carmen]], the locker code for mum's things at the hospice is [[PASSWORD|7302]], it's locker 14 by the lift",
    "can u write a note for school: [[PERSON|tayo]] has an orthodontist appt at 2.30 on tues, pls let him leave at 2. signed [[PERSON|funmi adeyemi]]",
    "is 'moonlight care services' legit? a guy called [[PERSON|rick]] rang from [[PHONE_NUMBER|07700 900 884]] offering cheap night sitting if we pay 3 months upfront to [[IBAN_CODE|gb39 mont 2039 4817 3026 55]]",
    "pls turn into bullet points: mum's meds per dr [[PERSON|ferreira]] - amlodipine 5mg am, atorvastatin 20mg pm, stop ibuprofen. pharmacy acct [[ID_NUMBER|pc-558102]]",
    "my gp surgery text says to log into the nhs app with my email [[EMAIL_ADDRESS|kwame.b1987@outlook.com]] and the code [[PASSWORD|839201]]. is that normal or phishing",
    "reply to [[PERSON|yusuf]] in the family chat: no, we can't all visit nana on sunday, the care home only allows 2 at a time, book thru [[PERSON|trish]] at reception",
    "draft a complaint, the ambulance took 3 hrs to reach my grandma [[PERSON|ilse brandt]] at [[STREET_ADDRESS|flat 2, 9 orchard close, leeds ls6 2qp]] after her fall. i want it to sound firm not hysterical",
    "check my maths, dentist quoted £260 for the filling + £85 xray, insurance covers 60%, policy holder is me [[PERSON|ana lúcia]] member no [[ID_NUMBER|bp77140265]]. what do i pay",
    "shorten this: 'hi [[PERSON|marguerite]], its [[PERSON|theo]] from the physio clinic, your next session is moved to thurs 4pm, the side door code is [[PASSWORD|c1590]] as the front is shut'",
    "write a text to my sis [[PERSON|jaz]]: gate code at the respite place is [[PASSWORD|*8846]], mum's room is 12, the manager is [[PERSON|ngozi]], mobile [[PHONE_NUMBER|(415) 555-0137]]",
    # six other languages
    "¿Puedes ayudarme a escribir un mensaje a la farmacia? Mi madre, [[PERSON|Rosario Quintana Vela]], necesita renovar su receta de insulina. Su DNI es [[ID_NUMBER|70418263Z]] y el teléfono de contacto es [[PHONE_NUMBER|+34 612 48 93 07]].",
    "Bitte formuliere eine kurze Nachricht an die Physiotherapiepraxis: Termin für [[PERSON|Jürgen Albrecht]] am Dienstag absagen, Rückruf unter [[PHONE_NUMBER|030 23125 418]] oder per E-Mail an [[EMAIL_ADDRESS|j.albrecht@posteo.de]].",
    "Peux-tu traduire en anglais ? « Bonjour Docteur [[PERSON|Lemaire]], ma fille [[PERSON|Inès]] a encore de la fièvre ce matin. Vous pouvez me joindre au [[PHONE_NUMBER|06 39 98 41 27]]. Mon numéro de sécu : [[ID_NUMBER|1 79 11 13 055 412 50]]. »",
    "Me ajuda a escrever um recado para a cuidadora Dona [[PERSON|Cida]]: a senha do portão é [[PASSWORD|4812]] e o remédio do meu pai, [[PERSON|Antônio Ribeiro]], fica na geladeira. O CPF dele é [[ID_NUMBER|318.472.905-23]] se a farmácia pedir.",
    "Napisz proszę SMS do pielęgniarki środowiskowej, pani [[PERSON|Bożeny]]: wizyta u mamy w czwartek, adres [[STREET_ADDRESS|ul. Lipowa 17/4, 31-216 Kraków]], PESEL mamy [[ID_NUMBER|74031205828]], domofon [[PASSWORD|17K4]].",
    "歯医者の予約確認メールを英語に訳してください。 患者名: [[PERSON|佐藤 美咲]] 様、 診察券番号 [[ID_NUMBER|DK-30418]]、 電話 [[PHONE_NUMBER|090-4817-2263]]。",
    # 84 in English
    "Can you draft a short letter to Mrs [[PERSON|Eleanor Whitcombe]] confirming her physiotherapy appointment on 14 March at 9:40 with [[PERSON|Callum]]? Her address is [[STREET_ADDRESS|27 Larch Avenue, Didsbury, Manchester M20 6RX]].",
    "Summarise these practice meeting minutes in five bullets: Present: Dr [[PERSON|Anjali Rao]], [[PERSON|Pete Sandoval]] (practice manager), Nurse [[PERSON|Gwen]]. Phones down Tuesday; backup line [[PHONE_NUMBER|020 7946 0733]]. Flu clinic booked for 60 patients. Locum Dr [[PERSON|Baptiste]] starts on the 2nd. Reception rota unchanged.",
    "Is it safe to pay my mum's carer [[PERSON|Precious]] straight into her account [[IBAN_CODE|GB60 NWBK 5600 4418 3729 61]] instead of through the agency? The agency says it breaks her contract.",
    "Write a handover note for the weekend pharmacist: controlled drugs register checked by [[PERSON|Dimitrios Karagiannis]], safe code changed to [[PASSWORD|50813]], and the delivery driver [[PERSON|Wes]] has the new van PIN [[PASSWORD|2207]].",
    "Translate into Arabic for my neighbour: 'The district nurse [[PERSON|Hollie]] will come on Monday. If you need anything, call [[PERSON|Tariq]] on [[PHONE_NUMBER|07700 900 129]].'",
    "Please fix the grammar: 'Dear Dr [[PERSON|Nwachukwu]], I am writing on behalf of my father [[PERSON|Edwin Marsh]], NHS number [[ID_NUMBER|486 219 0537]], who have been waiting since June for his cataract operation.'",
    "Is this text real? 'Royal Mail: your prescription parcel is held, pay £1.45 to redeliver.' My husband [[PERSON|Sunil]] already entered his card [[CREDIT_CARD|5284 1609 3275 1140]] and the security code.",
    "Help me plan the week for Dad's care: [[PERSON|Magda]] does mornings, [[PERSON|Kofi]] lunchtimes, I do evenings. The key safe by the back door is [[PASSWORD|0619]]. Make it a table I can print.",
    "Draft a reply to [[PERSON|Rhiannon Pryce]] ([[EMAIL_ADDRESS|rhiannon.pryce@btinternet.com]]) saying her mother's room at the care home is ready from the 3rd and the deposit is due before moving in.",
    "Can you explain what this dental estimate means? Patient: [[PERSON|Hiroshi Tanabe]], ID [[ID_NUMBER|PT-0094417]]. Items: 2x composite, scale and polish, OPG. Total ¥38,400.",
    "Write a WhatsApp to my sister [[PERSON|Orla]]: Mam is on Ward 9 now, her MRN is [[ID_NUMBER|0448217]] if you ring the desk, visiting is 2 to 8. Bring her glasses and the pink cardigan.",
    "Split the cost of Gran's mobility scooter: £1,180 in total, [[PERSON|Aled]] pays half, [[PERSON|Bethan]] and I split the rest. Also write a note to the shop asking them to deliver to [[STREET_ADDRESS|Ty Gwyn, 4 Heol y Bryn, Aberystwyth SY23 3JD]].",
    "Our clinic's booking system API key [[API_KEY|bk_prod_8Fq2LxT7mV0rZ4nW9cJ1sH6e]] was pasted into a public channel by [[PERSON|Zoltan]] this morning. What should we do right now?",
    "Turn this into a polite notice for relatives: all visitors must sign in with [[PERSON|Marcia]] at the desk, the lift code is [[PASSWORD|1357A]], and masks are needed in bay 2.",
    "My grandmother [[PERSON|Leokadia]] keeps getting calls from [[PHONE_NUMBER|07700900651]] claiming to be her pharmacy and asking for her bank PIN. Is this a scam and how do I block the number on her landline?",
    "Rewrite this prescription collection authorisation so it sounds formal: I, [[PERSON|Graham Tuttle]], allow my neighbour [[PERSON|Sandeep Kalra]] to collect my medicines. My date of birth is 02/04/1951.",
    "Please summarise this email. From: [[EMAIL_ADDRESS|h.osei@wellbeingpartners.net]] To: [[EMAIL_ADDRESS|dana.kowalczyk@gmail.com]] 'Hi [[PERSON|Dana]], your counselling sessions are confirmed for Wednesdays at 5pm, first one free. Regards, [[PERSON|Hannah Osei]]'",
    "Write a message to the occupational therapist [[PERSON|Ayesha Siddiqui]] asking if the grab rails can be fitted before Dad comes home to [[STREET_ADDRESS|88 Hawthorn Drive, Solihull B91 2TE]] on Friday.",
    "Turn this into a calendar entry: [[PERSON|Björn Lindqvist]], dental check-up at Tandläkarhuset, 08:15 Thursday, bring personnummer [[ID_NUMBER|620917-5022]] for the receptionist.",
    "Help me reply to Dr [[PERSON|Chikwanha]], who asked for Mum's mobile for the text reminders: it's [[PHONE_NUMBER|07700 900 376]], and she prefers calls after 11 because of her morning tablets.",
    "Is it safe to give my SSN [[US_SSN|412-58-7319]] to a home health agency over the phone? The woman, [[PERSON|Darlene]], said it's for Medicare billing.",
    "Write an appointment letter: Dear Mr [[PERSON|Okoro]], your ultrasound is booked for 11 April at 10:20 in Radiology. Please bring this letter and your patient number [[ID_NUMBER|H0773215]]. Contact [[PERSON|Lynette]] on [[PHONE_NUMBER|020 7946 0188]] to rearrange.",
    "My dad [[PERSON|Wojciech]] can't remember the PIN for his blood pressure monitor app. The old one was [[PASSWORD|9024]]. How do I reset it without losing his readings?",
    "Please translate into Korean for my aunt: '[[PERSON|박지훈]] is your home carer this week. He will arrive at 8am. The key safe code is [[PASSWORD|3318]].'",
    "Explain this pharmacy text: 'Hi [[PERSON|Tomasz]], your repeat for sertraline is ready. Collect by the 20th. Ref RX-55102.' Does the reference mean it's already paid?",
    "Our care home's resident wifi key is [[PASSWORD|Lavender#Garden22]] and the staff one is [[PASSWORD|Staff-Only-7781]]. Draft a notice for the lounge that only shares the residents' one.",
    "Draft a thank-you email to [[PERSON|Kalinda]] at the hospice ([[EMAIL_ADDRESS|kalinda.w@oceanviewhospice.org.au]]) for looking after Uncle [[PERSON|Bram]] in his last week.",
    "I'm the practice manager. Our locum Dr [[PERSON|Petrova]] needs access to the clinical system. Her username will be [[ID_NUMBER|ipetrova.locum]] and temporary password [[PASSWORD|Welcome-Clinic-2291]]. Write the welcome email.",
    "Can you work out the dose? My son [[PERSON|Aarav]] weighs 18 kg and the GP said 15 mg per kg of paracetamol. The bottle is 120 mg in 5 ml.",
    "Rephrase for the family: Mrs [[PERSON|Delacroix]] had a fall at 03:10, no injury, obs stable, GP informed, daughter [[PERSON|Sylvie]] called on [[PHONE_NUMBER|+33 6 39 98 52 14]].",
    "Check this invoice from the physio, [[PERSON|Gareth Llewellyn]]: 6 sessions at €55, one late cancellation charged at half. He wants payment to [[IBAN_CODE|IE91 BOFI 9012 8374 6152 09]]. Is the total right?",
    "Please summarise this incident log: 02:14 alarm bay 4; 02:16 HCA [[PERSON|Jomo]] attended; 02:20 patient [[PERSON|R. Feldman]] found on floor; 02:40 Dr [[PERSON|Ishikawa]] reviewed; 03:05 son [[PERSON|Ari Feldman]] informed on [[PHONE_NUMBER|(212) 555-0164]].",
    "How do I politely ask Mum's neighbour, Mrs [[PERSON|Gallagher]], to stop letting herself in with the spare key? The carers use the key safe code [[PASSWORD|8150]] anyway.",
    "Help me fill in this care funding form. I'm [[PERSON|Faisal Qureshi]], the applicant is my mother [[PERSON|Zubaida Qureshi]], her National Insurance number is [[ID_NUMBER|JT 41 73 92 C]]. Which box does that go in?",
    "A caller said he's from the dental practice and needs my card number to hold the appointment. I gave him [[CREDIT_CARD|4917 6203 8815 2406]]. Was that a mistake, and what should I do now?",
    "Translate into Tagalog: 'Hello [[PERSON|Maricel]], tonight you'll sleep over with Lola. Her medicines are in the kitchen drawer. Emergency contact: [[PERSON|Jun]] [[PHONE_NUMBER|0491 570 412]].'",
    "Turn these notes into a referral letter: Patient [[PERSON|Oluwaseun Bakare]], 34, right knee pain after running, ?meniscal tear, referred by Dr [[PERSON|Hendricks]] to physio. Contact [[EMAIL_ADDRESS|seun.bakare@yahoo.co.uk]].",
    "Can you help me understand this bill? Account [[ID_NUMBER|4418-207731]], patient [[PERSON|Teresa Ocampo]], ER visit $1,840, insurance paid $1,220. Why do they say I owe $410?",
    "What's a secure way to share Gran's online pharmacy login with my brother? It's [[EMAIL_ADDRESS|margaret.ellwood41@gmail.com]] and [[PASSWORD|Primrose1941!]] at the moment.",
    "Draft a message to the dentist: my son [[PERSON|Luca Bianchi]] chipped a front tooth at football. His codice fiscale for the booking is [[ID_NUMBER|BNCLCU12M08D612N]].",
    "Summarise for the patient in plain words: [[PERSON|Keoni Makoa]], L ankle sprain grade II, ROM improving, continue proprioception work, review in 2/52. Portal login sent to [[EMAIL_ADDRESS|keoni.makoa@hawaiiantel.net]].",
    "Our practice's SMS gateway token [[API_KEY|smsgw_tok_3kP9vQ2mXr7LtA5zW8eN]] stopped working after [[PERSON|Ingrid]] rotated the keys. How do I check if the new one is valid?",
    "Write a rota message for the home care team: [[PERSON|Lindiwe]] 7-10 at [[STREET_ADDRESS|3 Mill Lane, Kendal LA9 4HF]], [[PERSON|Pawel]] 11-1 at [[STREET_ADDRESS|19b Fellside Road, Kendal LA9 7BN]], both need the yellow gloves.",
    "My uncle [[PERSON|Rashid]] needs this in Arabic for his pharmacy in Dubai: he takes metformin 500 mg twice a day and needs a refill. The pharmacy asked for his mobile, [[PHONE_NUMBER|+971 50 418 2273]].",
    "Please rewrite this to be more compassionate: 'Mr [[PERSON|Adebayo]], your wife's biopsy results will not be discussed on the phone. Book with [[PERSON|Carys]] at reception.'",
    "How much will my physical therapy cost me? 12 sessions at $95, insurance pays 80% after a $200 deductible. Member ID [[ID_NUMBER|XHP449102387]], name on the plan [[PERSON|Marisol Durán]].",
    "I work nights at a care home. Draft a handover from these notes: Room 6, Mr [[PERSON|Pieterse]], refused meds at 22:00; Room 11, Mrs [[PERSON|Żaneta Nowicka]], restless, daughter [[PERSON|Kasia]] asks to be rung any time on [[PHONE_NUMBER|07700 900 953]].",
    "Is this email legit? It says my NHS number [[ID_NUMBER|452 307 9188]] has been suspended and I should reply with my bank details to [[EMAIL_ADDRESS|reactivation.desk@nhs-support-uk.com]].",
    "Draft a letter to the council about Mum's blue badge renewal. Her details: [[PERSON|Evelyn Achterberg]], [[STREET_ADDRESS|Flat 12, Beaumont House, 40 Queen's Road, Brighton BN1 3XE]].",
    "Help me write a note to my mum's GP in Melbourne. She's [[PERSON|Stavroula Demetriou]], she lives at [[STREET_ADDRESS|12/48 Sydney Road, Brunswick VIC 3056]] and her phone is [[PHONE_NUMBER|0491 570 839]].",
    "Make a checklist for Dad's discharge: collect meds from the pharmacy, book transport, tell [[PERSON|Femi]], set the new alarm code [[PASSWORD|6092]] at the house, chase the OT referral.",
    "Translate into English: «[[PERSON|Олена Коваль]] прийде у вівторок о 9. Код від дверей [[PASSWORD|4427]]. Таблетки на столі.»",
    "Summarise this email from the orthodontist: 'Dear Ms [[PERSON|Haddad]], [[PERSON|Yara]]'s brace adjustment is on 6 May. Payment plan reference PP-1182. Card on file ending 0932.'",
    "I found my late father's hospital portal details: user [[ID_NUMBER|dkhoury1948]], password [[PASSWORD|Cedar&Sea48]]. Is it legal for me to log in and download his records?",
    "Draft a text to [[PERSON|Giulia]]: the dentist moved her to 4pm, and the practice needs her codice fiscale again, [[ID_NUMBER|CNTGLI95C61F839F]].",
    "Work out a monthly budget for my mum's home care: 14 hours a week at £27.50, plus £60 for the pendant alarm. It all comes out of her account [[IBAN_CODE|GB36 MIDL 4005 1563 9271 84]].",
    "My patient portal says someone logged in from [[IP_ADDRESS|203.0.113.58]] at 3am. My username is [[ID_NUMBER|lkowalski_88]]. What should I do first?",
    "Please proofread: 'To whom it may concern, [[PERSON|Ngaio Parata]] (NHI [[ID_NUMBER|KRT4836]]) is fit to return to work on light duties from Monday. Dr [[PERSON|Whitlock]]'",
    "Write something cheerful for the care home newsletter: happy 100th birthday to [[PERSON|Dorothy Pembridge]], known to everyone as [[PERSON|Dot]]! Her great-grandson [[PERSON|Kieran]] organised the cake.",
    "How should I reply to this? 'Hi it's [[PERSON|Lexi]] from reception, the dentist needs you to confirm your card [[CREDIT_CARD|5431 0827 7460 1922]] expiry and CVV by text to hold your slot.'",
    "Can you draft an email from me ([[EMAIL_ADDRESS|p.venkataraman@fastmail.com]]) to the hospital's PALS team about my father's missed dialysis transport? His hospital number is [[ID_NUMBER|D2290476]].",
    "Translate into English: 'Η κυρία [[PERSON|Παπαδοπούλου]] χρειάζεται φυσικοθεραπεία δύο φορές την εβδομάδα. ΑΜΚΑ: [[ID_NUMBER|15087912349]].'",
    "Write a fridge note listing Dad's carers this month, [[PERSON|Tunde]], [[PERSON|Mercy]] and [[PERSON|Hollis]], and the agency's out-of-hours number [[PHONE_NUMBER|020 7946 0947]].",
    "Is it safe to email my SSN [[US_SSN|538-20-4617]] and member number [[ID_NUMBER|UHX-30917742]] to my physical therapist's billing person, [[PERSON|Kristen]]?",
    "Please turn this voicemail into a text: 'Hello, this is [[PERSON|Abdirahman]] from the pharmacy, your wife [[PERSON|Hodan]]'s blister packs are ready, we close at six, call [[PHONE_NUMBER|07700900237]].'",
    "Make a cost split: the private dentist charged £1,950 for Mum's implant. [[PERSON|Raj]] pays £700, [[PERSON|Simran]] £500, and the rest is shared between me and [[PERSON|Harpreet]].",
    "Write a simple appointment letter for [[PERSON|José Luis Arrieta]] at [[STREET_ADDRESS|2217 W Cermak Rd, Apt 3, Chicago, IL 60608]]: podiatry, 9 June, 8:45am, bring a list of medicines.",
    "Our surgery's server at [[IP_ADDRESS|198.51.100.23]] shows 40 failed logins for [[ID_NUMBER|m.tembo]] from [[IP_ADDRESS|203.0.113.201]] overnight. Is this an attack?",
    "Can you help me write to the dentist that [[PERSON|Chidi]] is very anxious and may need sedation? Parent phone [[PHONE_NUMBER|(604) 555-0119]].",
    "Explain this lab result to my aunt [[PERSON|Fenna de Vries]] in simple words: HbA1c 52 mmol/mol. Her BSN [[ID_NUMBER|308157266]] is on the letter, should she shred it?",
    "Write a text to my dad's new carer, [[PERSON|Sunny]]: park in the side street, the gate code is [[PASSWORD|19#77]], and Dad takes his tea with no sugar.",
    "Please summarise this pasted family chat: [[PERSON|Ifeoma]]: I'll take Mum to the eye clinic. [[PERSON|Chuks]]: I can do Thursday. [[PERSON|Adaeze]]: I'll pay for the taxi both ways.",
    "Is it a scam if 'HealthFirst Rewards' asks for my Aadhaar [[ID_NUMBER|6284 1937 5022]] and UPI PIN to refund a pharmacy overcharge? The caller was [[PERSON|Rohit]], number [[PHONE_NUMBER|+91 98201 47735]].",
    "Rewrite this staff notice: the drugs fridge alarm code is now [[PASSWORD|7741*]], do not share it with agency staff; contact [[PERSON|Marek Dvořák]] for access.",
    "Can you format this as a table? Residents' key workers: [[PERSON|Beatrix]] - rooms 1-5, [[PERSON|Kwabena]] - rooms 6-10, [[PERSON|Min-jun]] - rooms 11-15.",
    "Draft an email to [[PERSON|Astrid Halvorsen]] confirming that her fødselsnummer [[ID_NUMBER|23049140045]] was entered wrongly on the clinic form and has been corrected.",
    "Please draft a short note to the hospice chaplain, Father [[PERSON|Declan]], asking him to visit [[PERSON|Moira Quigley]] in room 4 tomorrow afternoon.",
    "Help me write a get-well card in simple Chinese for my colleague [[PERSON|林晓燕]], who is recovering from a hip replacement.",
    "Reword this so it doesn't sound like blame: '[[PERSON|Bogdan]] left the treatment room unlocked and the door code [[PASSWORD|2468]] is written on a sticky note by the sink.'",
    "My father's care home sends invoices to [[EMAIL_ADDRESS|ahmed.farouk.family@gmail.com]] but I'm [[PERSON|Layla Farouk]] and I pay them now. Draft a request to change it to [[EMAIL_ADDRESS|layla.farouk@protonmail.com]].",
    "Check this pharmacy refund email for scam signs: 'Dear Mrs [[PERSON|Ogunleye]], a refund of £86.40 is waiting. Log in with your customer number [[ID_NUMBER|BPC-2290518]] and password to claim.'",
    "Translate this note for my mother's Bengali-speaking carer: 'Please call [[PERSON|Rubina]] on [[PHONE_NUMBER|07700 900 664]] if Amma refuses her insulin again.'",
    "Draft an out-of-office for our dental nurse [[PERSON|Eun-ji]]: back on 4 August, urgent queries to [[PERSON|Piotr]] at [[EMAIL_ADDRESS|piotr.nowak.dn@gmail.com]].",
    "Our physio clinic's card reader rejected [[PERSON|Hamza Said]]'s card [[CREDIT_CARD|4556 7301 8294 4175]] three times. Write a polite message asking him to pay by another method.",
]

RECORDS = [
    "Patient [[PERSON|Harriet Blythe]], NHS number [[ID_NUMBER|470 115 3621]], registered at the practice since 2009, mobile [[PHONE_NUMBER|07700 900 415]].",
    "name: [[PERSON|Wiktor Zalewski]] | pesel: [[ID_NUMBER|89112544176]] | tel: [[PHONE_NUMBER|+48 512 304 886]] | service: fizjoterapia",
    '{"patient": "[[PERSON|Lucas Ferreira Gomes]]", "cpf": "[[ID_NUMBER|604.219.337-63]]", "email": "[[EMAIL_ADDRESS|lucas.fgomes@uol.com.br]]"}',
    '2024-03-11 08:42:17 LOGIN OK user=[[ID_NUMBER|ayilmaz]] ip=[[IP_ADDRESS|192.0.2.114]] name="[[PERSON|Ayşe Yılmaz]]" kimlik=[[ID_NUMBER|28573041954]]',
    "Visitor register, Ward 3: [[PERSON|Chen Hao]] (visiting his father), ID shown [[ID_NUMBER|110105198507234017]], contact [[PHONE_NUMBER|+86 139 1027 4458]].",
    "[[PERSON|Lakshmi Narayanan]], Aadhaar [[ID_NUMBER|3917 4058 2622]], residing at [[STREET_ADDRESS|14, 2nd Cross, Jayanagar 4th Block, Bengaluru 560011]], is a registered pharmacy card holder.",
    "[[PERSON|이준호]] | RRN [[ID_NUMBER|930822-1628478]] | [[PHONE_NUMBER|010-4827-1936]] | dental hygiene recall due",
    "Dear Mr [[PERSON|Mori]], please bring your My Number card ([[ID_NUMBER|3917 2046 5816]]) to your physiotherapy assessment. Questions: [[PHONE_NUMBER|03-5284-1907]].",
    "[[PERSON|Sanne Bakker]], BSN [[ID_NUMBER|264190373]], woont op [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JJ Amsterdam]], ingeschreven bij de huisartsenpraktijk.",
    "Customer [[ID_NUMBER|0044817]]: [[PERSON|Bronagh McAllister]], card [[CREDIT_CARD|3762 148509 37262]], prescription delivery to [[STREET_ADDRESS|22 Glenview Park, Belfast BT5 7LQ]].",
    "[[PERSON|Matti Heikkinen]], henkilötunnus [[ID_NUMBER|240791-318V]], puhelin [[PHONE_NUMBER|+358 40 718 2294]], fysioterapia maanantaisin.",
    "Ms [[PERSON|Aoife Brennan]], PPS [[ID_NUMBER|8391627D]], medical card holder, lives at [[STREET_ADDRESS|7 Ashgrove Terrace, Ballincollig, Co. Cork P31 X2K8]].",
    "patient_id,name,dob,phone\n[[ID_NUMBER|MRN-7720418]],[[PERSON|Jerome Baptiste]],1962-08-14,[[PHONE_NUMBER|(718) 555-0142]]",
    "[[PERSON|Élodie Marchand]], numéro national [[ID_NUMBER|71.04.18-233.67]], [[STREET_ADDRESS|Rue des Tanneurs 58, 1000 Bruxelles]], kinésithérapie deux fois par semaine.",
    "Carer vetting passed: [[PERSON|Tendai Moyo]], employee number [[ID_NUMBER|HC-04417]], National Insurance [[ID_NUMBER|SK 82 19 64 D]], starts 4 November.",
    '{"name": "[[PERSON|Oksana Melnyk]]", "rnokpp": "[[ID_NUMBER|3182057467]]", "phone": "[[PHONE_NUMBER|+380 67 415 2093]]", "service": "home care"}',
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48703120217]], hambaravi, e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]]",
    "[[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|140387-2909]], sími [[PHONE_NUMBER|+354 862 4107]], sjúkraþjálfun á þriðjudögum.",
    "Herr [[PERSON|Klaus-Dieter Wendt]], Steuer-ID [[ID_NUMBER|57290418363]], [[STREET_ADDRESS|Lindenstraße 23, 10969 Berlin]], Tel. [[PHONE_NUMBER|030 23125 672]]",
    "[[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2850426407818]], pacientă la cabinetul stomatologic, telefon [[PHONE_NUMBER|+40 722 318 504]].",
    "[[PERSON|Petra Horáková]], rodné číslo [[ID_NUMBER|856213/4823]], bydliště [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "[[PERSON|Tomás Olivares Reyes]], RUT [[ID_NUMBER|16.482.937-5]], kinesiología, correo [[EMAIL_ADDRESS|tolivares.r@gmail.com]]",
    "[[PERSON|Rafael Moura]], NIF [[ID_NUMBER|248193600]], [[STREET_ADDRESS|Rua do Almada 214, 2.º esq., 4050-032 Porto]], IBAN [[IBAN_CODE|PT23 0035 0097 0004 8271 6390 2]]",
    "[[PERSON|Thabo Nkosi]], SA ID [[ID_NUMBER|9006235182084]], mobile [[PHONE_NUMBER|+27 82 417 3096]], physiotherapy after a knee replacement.",
    "[[PERSON|Noa Ben-David]], teudat zehut [[ID_NUMBER|036482156]], phone [[PHONE_NUMBER|+972 52 418 3307]], booked for a dental implant consultation.",
    "[[PERSON|Νικόλαος Παππάς]], ΑΜΚΑ [[ID_NUMBER|22088345610]], τηλέφωνο [[PHONE_NUMBER|+30 694 518 2207]]",
    "[[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|046 182 739]], [[STREET_ADDRESS|4521 rue Saint-Denis, Montréal, QC H2J 2L4]]",
    "[[PERSON|Liam O'Connor]], TFN [[ID_NUMBER|418 537 207]], lives at [[STREET_ADDRESS|5/17 Beach Street, Coogee NSW 2034]], mobile [[PHONE_NUMBER|0491 570 517]].",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7382615B]], [[STREET_ADDRESS|Blk 406 Ang Mo Kio Ave 10, #08-1127, Singapore 560406]]",
    "[[PERSON|Yasmina Benali]], NIE [[ID_NUMBER|Y4820917Q]], [[STREET_ADDRESS|Calle de Embajadores 77, 3.º B, 28012 Madrid]], tarjeta sanitaria pendiente.",
    "[[PERSON|Sofia Greco]], codice fiscale [[ID_NUMBER|GRCSFO78H41L219K]], residente in [[STREET_ADDRESS|Via Po 18, 10123 Torino]].",
    "[[PERSON|Lena Kahn]], CF [[ID_NUMBER|KHNLNA90D52F205R]], e-mail [[EMAIL_ADDRESS|lena.kahn90@libero.it]], seduta di fisioterapia giovedì.",
    "[[PERSON|Aroha Te Rangi]], NHI [[ID_NUMBER|HGW5628]], cell [[PHONE_NUMBER|+64 21 408 3317]], GP enrolment confirmed.",
    "[[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|860514-2719349]], 치과 정기검진 예약",
    "[[PERSON|张丽华]]，身份证号 [[ID_NUMBER|320583199202146520]]，电话 [[PHONE_NUMBER|+86 138 6205 7719]]，康复科复诊",
    "[[PERSON|Deshawn Carter]], SSN [[US_SSN|231-74-9058]], Medicaid member ID [[ID_NUMBER|MCD448201937]], [[STREET_ADDRESS|1408 Magnolia St, Apt 2B, Houston, TX 77006]]",
    "Billing | [[PERSON|Patricia Nguyen]] | card [[CREDIT_CARD|5240 1938 7762 5030]] | physical therapy co-pay $40",
    "2024-05-02T09:13:55Z pharmacy-sync auth key=[[API_KEY|rxsync_live_Zt7Pq4Wm2Kv9Lx3Ns8Bd]] operator=[[PERSON|Gemma Hartley]]",
    "Resident: [[PERSON|Reginald Ashworth]]; NHS no. [[ID_NUMBER|438 910 2575]]; next of kin phone [[PHONE_NUMBER|07700 900 208]]; room 14.",
    "[[PERSON|Ahmed Al-Mansouri]], [[EMAIL_ADDRESS|ahmed.almansouri@outlook.ae]], [[PHONE_NUMBER|+971 55 207 6184]], cardiology follow-up.",
    "[[PERSON|Priya Raghunathan]] paid the dental invoice with [[CREDIT_CARD|4920 3817 6650 1285]], billing address [[STREET_ADDRESS|31 Kingsley Road, Hounslow TW3 1QB]].",
    "Staff record: [[PERSON|Joseph Mensah]], username [[ID_NUMBER|jmensah.hca]], temporary password [[PASSWORD|Ward7-Start!]]",
    "[[PERSON|Mariana Costa]] — IBAN [[IBAN_CODE|PL20 2490 1044 0000 0047 1928 3655]] — refund for cancelled physiotherapy block",
    "Patient portal: [[PERSON|Dmitri Volkov]], login [[ID_NUMBER|dvolkov77]], last seen from [[IP_ADDRESS|198.51.100.77]]",
    "[[PERSON|Ingrid Johansson]], personnummer [[ID_NUMBER|790418-2834]], [[STREET_ADDRESS|Storgatan 14, 582 23 Linköping]], tandvård",
    "Nurse bank timesheet: [[PERSON|Rosa Mwangi]], payroll number [[ID_NUMBER|NB-771036]], bank [[IBAN_CODE|GB85 BARC 2005 8173 4490 62]]",
    "[[PERSON|Hugo Lefèvre]], [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]], [[PHONE_NUMBER|06 39 98 27 61]], suivi kiné",
    "Appointment letter: Dear Mrs [[PERSON|Fairweather]], your hip review is on 3 October at 14:10. Please quote hospital number [[ID_NUMBER|RX40917736]] when you call.",
    "[[PERSON|Olumide Adeyinka]] | [[EMAIL_ADDRESS|olu.adeyinka@gmail.com]] | [[PHONE_NUMBER|07700 900 831]] | physio self-referral, lower back",
    "Repeat prescription request from [[PERSON|Bernadette Kavanagh]], NHS number [[ID_NUMBER|415 662 8035]], for collection at the village pharmacy.",
    '{"resident": "[[PERSON|Walter Grünewald]]", "steuer_id": "[[ID_NUMBER|48190273659]]", "room": 12, "keysafe": "[[PASSWORD|7290]]"}',
    "[[PERSON|Chloé Dubois]], NIR [[ID_NUMBER|2 68 07 75 115 238 85]], mutuelle adhérent [[ID_NUMBER|MGN-5520913]], [[STREET_ADDRESS|8 avenue Jean Jaurès, 33000 Bordeaux]]",
    "[[PERSON|Siddharth Menon]] paid for an eye test at the optician with [[CREDIT_CARD|5307 1264 8820 9315]] on 2 March.",
    "Home care client: [[PERSON|Phyllis Oyelaran]], [[STREET_ADDRESS|56 Sefton Grove, Liverpool L17 8UD]], key safe [[PASSWORD|3104]], daughter on [[PHONE_NUMBER|07700900452]]",
    "[[PERSON|Karim Haddad]], SSN [[US_SSN|607-31-2284]], dental plan member [[ID_NUMBER|DLT-88310274]]",
    "[[PERSON|Aylin Kaya]], T.C. kimlik no [[ID_NUMBER|41720863506]], diş kliniği randevusu, tel [[PHONE_NUMBER|+90 532 418 7306]]",
    "Locker allocation, physio gym: [[PERSON|Callum Fraser]] - locker 22 - combination [[PASSWORD|0-3-7-1]]",
    "[[PERSON|Fernanda Lima]], CPF [[ID_NUMBER|072.815.463-35]], [[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]]",
    "[[PERSON|Abena Owusu]], [[PHONE_NUMBER|+233 24 418 3907]], [[EMAIL_ADDRESS|abena.owusu@yahoo.com]], maternity clinic booking",
    "[[PERSON|Roisín Nic Giolla]], PPS number [[ID_NUMBER|6204815L]], GP visit card, phone [[PHONE_NUMBER|+353 87 204 1196]]",
    "Audit log: 17:02 record viewed by [[ID_NUMBER|kchoudhury]] ([[PERSON|Kamal Choudhury]]) from [[IP_ADDRESS|192.0.2.209]]",
    "[[PERSON|Heike Brandt]] | [[IBAN_CODE|DE38 3705 0299 0004 4182 73]] | Zuzahlung Physiotherapie 10 Sitzungen",
    "[[PERSON|Mateus Carvalho]] paid for his dental crown in instalments from IBAN [[IBAN_CODE|ES61 2038 1759 4206 0029 4718]], mobile [[PHONE_NUMBER|+34 699 207 513]].",
    "[[PERSON|Jasmijn de Groot]], [[IBAN_CODE|NL03 ABNA 0592 8173 64]], eigen risico zorgverzekering",
    "[[PERSON|Julien Peeters]], refund account [[IBAN_CODE|BE23 0014 8295 7316]], phone [[PHONE_NUMBER|+32 478 21 04 93]]",
    "[[PERSON|Alessandro Ferri]], IBAN [[IBAN_CODE|IT32 C050 3401 6470 0000 0290 311]], rimborso ticket sanitario",
    "[[PERSON|Franziska Huber]], [[IBAN_CODE|AT34 1400 0863 1004 9271]], [[STREET_ADDRESS|Mariahilfer Straße 101/7, 1060 Wien]]",
    "[[PERSON|Nicolas Girard]], [[IBAN_CODE|FR48 1027 8000 7000 0194 827C 351]], séance d'ostéopathie non remboursée",
    "[[PERSON|Linnea Berg]], [[IBAN_CODE|SE51 5000 0000 0583 9102 7463]], tandläkare faktura",
    "[[PERSON|Marco Pellegrini]], codice fiscale [[ID_NUMBER|MRNPLA81A17H501D]], [[EMAIL_ADDRESS|marco.pellegrini81@tiscali.it]]",
    "Hello, I'm [[PERSON|Sven Haugen]], my fødselsnummer is [[ID_NUMBER|23049140126]] and my new phone is [[PHONE_NUMBER|+47 412 83 306]].",
    "[[PERSON|Eeva Lahtinen]], hetu [[ID_NUMBER|151163-047A]], kotihoito, ovikoodi [[PASSWORD|5183]]",
    "Child patient [[PERSON|Onni Virtanen]], henkilötunnus [[ID_NUMBER|030302A5620]], guardian e-mail [[EMAIL_ADDRESS|virtanen.perhe@elisanet.fi]]",
    "[[PERSON|Lim Jia Hui]], FIN [[ID_NUMBER|G5028714P]], clinic appointment, mobile [[PHONE_NUMBER|+65 9184 2037]]",
    "[[PERSON|Ong Kah Seng]], NRIC [[ID_NUMBER|T0246183D]], polyclinic follow-up",
    "[[PERSON|Rizwan Tariq]], FIN [[ID_NUMBER|F4918273L]], [[STREET_ADDRESS|Blk 221 Jurong East St 21, #05-312, Singapore 600221]]",
    "Medicare card for [[PERSON|Darcy Whitfield]]: [[ID_NUMBER|3172 40858 2]], tax file number [[ID_NUMBER|527 491 080]]",
    "[[PERSON|Maëlle Gagnon]], SIN [[ID_NUMBER|5382 941 74]], ergothérapie à domicile, [[PHONE_NUMBER|(514) 555-0176]]",
    "[[PERSON|Κωνσταντίνα Ιωάννου]], ΑΜΚΑ [[ID_NUMBER|17059211874]], [[STREET_ADDRESS|Οδός Ερμού 42, 105 63 Αθήνα]]",
    "[[PERSON|Francisco Javier Roldán]], DNI [[ID_NUMBER|53817264R]], paciente de fisioterapia, [[EMAIL_ADDRESS|fjroldan@telefonica.net]]",
    "[[PERSON|Ignacio Fuentes]], RUT [[ID_NUMBER|9.713.204-6]], [[PHONE_NUMBER|+56 9 8417 3025]]",
    "[[PERSON|Zuzana Kováčová]], rodné číslo [[ID_NUMBER|905704/3314]], zubná ambulancia",
    "[[PERSON|Margaret Oduya]], NHS [[ID_NUMBER|462 038 1977]], admitted via A&E, son [[PERSON|Daniel]] at [[EMAIL_ADDRESS|dan.oduya@gmail.com]]",
    "[[PERSON|Yusra Abdelrahman]] <[[EMAIL_ADDRESS|yusra.abdelrahman@hotmail.com]]> wrote to ask for her physiotherapy discharge letter.",
    "[[PERSON|Ravindra Patil]], Aadhaar verified, PAN on file, mobile [[PHONE_NUMBER|+91 90041 28873]], username [[ID_NUMBER|rpatil_clinic]]",
    "[[PERSON|Hana Suzuki]] / [[EMAIL_ADDRESS|hana.suzuki@docomo.ne.jp]] / [[PHONE_NUMBER|080-2719-4406]] / 歯科予約",
    "[[PERSON|Daniel Okafor]], member [[ID_NUMBER|BUPA-40718263]], card [[CREDIT_CARD|4481 6027 3915 5078]]",
    "Resident wifi for [[PERSON|Mavis Treloar]]'s room: network CareHome-Guest, key [[PASSWORD|mavis-roses-1933]]",
    "SSH access for the practice IT contractor [[PERSON|Arjun Bhatt]]: host [[IP_ADDRESS|203.0.113.14]], user [[ID_NUMBER|abhatt]], key passphrase [[PASSWORD|tealeaf-otter-49]]",
    "[[PERSON|Consuelo Paredes]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Int. 4, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]], [[PHONE_NUMBER|+52 55 4182 7730]]",
    "[[PERSON|Tomasz Wieczorek]] paid with [[CREDIT_CARD|5104 9387 2266 0144]] for the private physio package.",
    "Emergency contact for [[PERSON|Elsie Hargreaves]]: [[PHONE_NUMBER|+44 7700 900 186]], alarm code [[PASSWORD|9931]]",
    "[[PERSON|Lucía Benítez]], [[EMAIL_ADDRESS|lucia.benitez@gmail.com]], [[PHONE_NUMBER|+54 9 11 4827 3061]], turno odontología",
    "[[PERSON|Obinna Eze]], bank [[IBAN_CODE|CH46 0483 5094 6137 8201 A]], locum invoice for 3 sessions",
    "[[PERSON|Ryo Takahashi]] donated blood; donor number [[ID_NUMBER|JB-33018472]], phone [[PHONE_NUMBER|090-3381-5527]]",
    "[[PERSON|Sarah-Jane Penhaligon]], SSN [[US_SSN|429-61-0358]], [[STREET_ADDRESS|77 Orchard Hill Rd, Burlington, VT 05401]]",
    "Patient [[PERSON|Gwendolyn Achebe-Ross]] was given her new care portal password [[PASSWORD|Kettle!Blue77]] by phone.",
    "[[PERSON|علی رضایی]], [[PHONE_NUMBER|+98 912 418 3307]], [[EMAIL_ADDRESS|ali.rezaei@chmail.ir]]",
    "[[PERSON|Miriam Adler]], [[PHONE_NUMBER|(416) 555-0183]], [[STREET_ADDRESS|88 Bathurst St, Unit 5, Toronto, ON M5V 2P4]]",
    "[[PERSON|Femke Jansen]], BSN [[ID_NUMBER|174382959]], [[EMAIL_ADDRESS|femke.jansen@ziggo.nl]]",
]

CLEAN_MTBENCH = [
    "Write a short, friendly leaflet for a GP surgery explaining how to order repeat prescriptions online, in under 150 words.",
    "Imagine you are Florence Nightingale writing a letter home from Scutari about conditions in the hospital. Keep it to two paragraphs.",
    "Explain the difference between a physiotherapist, an occupational therapist and a chiropractor to someone with a bad back.",
    "Draft a template email a dental practice can send to patients who have missed two appointments in a row, firm but kind.",
    "Compose a sonnet about the night shift on a hospital ward, ending on a hopeful note.",
    "Role-play as a pharmacist and explain to a worried customer why antibiotics will not help a common cold.",
    "Summarise the main arguments for and against a four-day working week for hospital doctors.",
    "Write a Python function that takes a list of appointment times as strings like '09:40' and returns the longest gap between consecutive appointments.",
    "Give three tips for a new care home manager on running a good first staff meeting, with an example agenda.",
    "Describe how John Snow's map of the 1854 Broad Street cholera outbreak changed public health, in simple terms.",
    "A care agency has 9 carers and 40 daily visits of 30 minutes spread over 14 hours. Reason step by step about whether the rota is feasible with travel time of 15 minutes per visit.",
    "Rewrite this sentence in plain English for a patient leaflet: 'Post-operative analgesia should be titrated according to patient-reported pain scores.'",
    "Pretend you are Dr Watson describing Sherlock Holmes's habits to a new physician at Barts, with a touch of humour.",
    "Suggest five names for a community physiotherapy service aimed at older adults, with a one-line reason for each.",
    "Extract every medicine name and dose from this text and return a JSON list: 'Take amlodipine 5 mg each morning, metformin 500 mg twice daily and simvastatin 20 mg at night.'",
    "Write a two-minute speech for the opening of a new hospice garden, thanking volunteers in general terms.",
    "Compare the health systems of the United Kingdom and Germany in a table with four rows: funding, access, waiting times and choice of doctor.",
    "Critique this claim: 'Since more people die in hospitals than at home, hospitals must be dangerous places.'",
    "Write a SQL query that counts missed appointments per clinic per month from a table appointments(clinic, date, attended).",
    "What are some good ways to make a hospital waiting room less stressful for children?",
    "How might medicine be different today if Alexander Fleming had not noticed the mould on his petri dish?",
    "What are the pros and cons of video consultations with a GP compared with seeing a doctor in person?",
    "As Hippocrates, give advice to a young doctor about to start practising, in the style of an ancient aphorism collection.",
    "How could a small pharmacy reduce the time customers spend queuing at lunchtime?",
    "Estimate how many dental fillings are placed in a year in a country of 60 million people, and explain each step of your estimate.",
]

CLEAN_GSM8K = [
    "Nadia is a home carer. She makes 6 visits a day, 5 days a week, and each visit lasts 45 minutes. How many hours of visits does she make in a week?",
    "A pharmacy receives 12 boxes of plasters with 48 packs in each. Kofi puts 30 packs on each shelf. How many shelves does he fill completely?",
    "Marta's physiotherapy course is 8 sessions at $65 each. Her insurance pays 70%. How much does she pay herself?",
    "A care home has 54 residents. Two thirds of them are over 85, and a quarter of those are over 95. How many residents are over 95?",
    "Tobias takes one tablet every 8 hours. A box has 28 tablets. How many full days will the box last?",
    "A dentist sees a patient every 20 minutes from 9:00 to 12:40 and from 14:00 to 17:00. How many patients can she see in a day?",
    "Lior walks 1,200 steps to the clinic and back each day as part of his rehab, and adds 300 steps every week. How many steps a day will he walk in week 6?",
    "A hospital ward has 28 beds. On Monday 75% are full. On Tuesday 4 patients leave and 6 arrive. How many beds are free on Tuesday?",
    "Amara buys 3 packs of vitamins at £4.60 each and a thermometer for £7.25. She pays with a £20 note. How much change does she get?",
    "A bottle holds 150 ml of medicine. Each dose is 7.5 ml, given 3 times a day. How many days does the bottle last?",
    "Priyanka earns £12.40 an hour as a care assistant and works 37.5 hours a week. How much does she earn in 4 weeks?",
    "A physio gym has 5 exercise bikes. Each patient uses a bike for 12 minutes. How many patients can use the bikes in 2 hours?",
    "Jonas saved $840 for a hearing aid that costs $1,260. He saves $70 a week. How many more weeks does he need?",
    "A GP surgery has 7,200 patients. 18% are over 65 and half of those have had a flu jab. How many over-65s still need one?",
    "Ines drives 14 km to visit her grandmother at the care home, 3 times a week. Her car uses 6 litres per 100 km. How many litres does she use in a week for these visits?",
    "Dental floss comes in 50 m rolls. Sami uses 45 cm a day. How many whole days does one roll last?",
    "A nurse checks 4 patients every 15 minutes. How many checks does she make in a 12-hour shift?",
    "A charity raised £3,600 for a hospice. Yara's team raised a third of it and Ben's team raised £400 less than Yara's. How much did the other teams raise?",
    "Ravi pays $18 a month for a prescription plan and saves $9.50 on each of 3 prescriptions a month. How much does he save in a year after paying for the plan?",
    "A care home kitchen makes 3 meals a day for 42 residents. Each meal costs £2.35 to make. How much does food cost in a 30-day month?",
    "Leah's heart rate was 96 beats a minute before her exercises and 20% lower after a month. What is it now?",
    "Hugo's knee brace costs €84, and crutches cost half as much. His insurance pays 60% of both. How much does he pay?",
    "A pharmacy opens 9 hours a day on weekdays and 5 hours on Saturday. Mei works all the Saturday hours and 3 weekday shifts of 9 hours. What fraction of the opening hours does she work?",
    "A blood donation session collects 470 ml from each donor. How many litres are collected from 36 donors?",
    "Oskar's physiotherapist gives him 3 sets of 12 squats a day. He increases each set by 2 squats every week. How many squats a day does he do in week 4?",
]

CLEAN_MMLU = [
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "The normal resting adult respiratory rate is about: A) 4-6 breaths per minute B) 12-20 breaths per minute C) 30-40 breaths per minute D) 50-60 breaths per minute",
    "Which bone is commonly called the collarbone? A) Scapula B) Clavicle C) Sternum D) Humerus",
    "A drug with a narrow therapeutic index that needs regular blood level checks is: A) Paracetamol B) Lithium C) Amoxicillin D) Loratadine",
    "Which muscle group does a physiotherapist mainly target with straight-leg raises? A) Hamstrings B) Quadriceps C) Calf muscles D) Gluteus medius",
    "The hardest substance in the human body is: A) Dentine B) Bone C) Enamel D) Cartilage",
    "Which of these is a sign of hypoglycaemia? A) Sweating and shakiness B) Slow heart rate C) Dry, hot skin D) Increased thirst only",
    "In the Glasgow Coma Scale, the highest possible score is: A) 10 B) 12 C) 15 D) 20",
    "Who is credited with introducing antiseptic surgery using carbolic acid? A) Louis Pasteur B) Joseph Lister C) Edward Jenner D) Robert Koch",
    "A patient's consent is valid only if it is: A) written B) informed and voluntary C) witnessed by two people D) given by a relative",
    "Which organ is mainly affected by hepatitis? A) Kidney B) Liver C) Pancreas D) Lungs",
    "Which of the following is an anticoagulant? A) Warfarin B) Salbutamol C) Omeprazole D) Levothyroxine",
    "In evidence-based medicine, the highest level of evidence is usually: A) expert opinion B) case reports C) systematic reviews of randomised trials D) cohort studies",
    "The ulnar nerve runs close to which joint, where knocking it causes the 'funny bone' feeling? A) Wrist B) Shoulder C) Elbow D) Knee",
    "Which type of tooth is mainly used for tearing food? A) Incisors B) Canines C) Premolars D) Molars",
    "Which body regulates medicines in the United States? A) CDC B) FDA C) WHO D) NIH",
    "The term 'polypharmacy' most often refers to: A) a pharmacy with many branches B) a patient taking many medicines at once C) mixing herbal remedies D) a drug with many uses",
    "Which of these is a common early symptom of Parkinson's disease? A) Resting tremor B) High fever C) Rash D) Hearing loss",
    "A blood pressure reading of 150/95 mmHg in an adult is best described as: A) low B) normal C) elevated but not hypertensive D) hypertensive",
    "Which heart chamber pumps blood to the body? A) Right atrium B) Right ventricle C) Left atrium D) Left ventricle",
    "What does BMI divide weight by? A) Height B) Height squared C) Waist size D) Age",
    "Which infection control measure is most effective at preventing spread of germs on a ward? A) Air fresheners B) Hand hygiene C) Closing windows D) Wearing a tie",
    "Who wrote 'Notes on Nursing' in 1859? A) Mary Seacole B) Florence Nightingale C) Clara Barton D) Edith Cavell",
    "Fluoride in toothpaste mainly helps by: A) whitening teeth B) strengthening enamel against acid C) killing all mouth bacteria D) freshening breath",
    "A pressure ulcer is most likely to develop over the: A) sacrum B) forearm C) abdomen D) cheek",
]

CLEAN_HEALTH = [
    "How long should I wait after eating before I brush my teeth?",
    "Is it safe to take ibuprofen and paracetamol together for a sprained ankle?",
    "What are the early signs of dehydration in older people?",
    "How often should I go for a dental check-up if my teeth are healthy?",
    "What exercises are safe to do at home after a knee replacement?",
    "Can I drink alcohol while taking a course of antibiotics?",
    "What should I pack in a hospital bag for a planned operation?",
    "How can I tell the difference between a cold and the flu?",
    "What is the best way to store insulin when travelling?",
    "How do I know if a care home is good before choosing one for a relative?",
    "What are the common side effects of statins?",
    "Is it normal for gums to bleed when I start flossing?",
    "How can I help a relative with dementia who gets agitated in the evening?",
    "When should a sore throat be checked by a doctor?",
    "What is a good stretching routine for lower back pain after sitting all day?",
    "How should I dispose of old or unused medicines safely?",
    "What are the signs of a urinary tract infection in an elderly person?",
    "Is it safe to give honey to a baby with a cough?",
    "How much water should an adult drink in a day?",
    "What should I do if I miss a dose of my blood pressure tablets?",
    "How can carers avoid back injuries when helping someone out of bed?",
    "What is the difference between a generic and a branded medicine?",
    "How long does it take for a broken wrist to heal?",
    "What can I do to sleep better when working night shifts?",
    "When is chest pain an emergency that needs an ambulance?",
]


NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS numbers
    "401 823 7766": nhs_ok,
    "486 219 0537": nhs_ok,
    "452 307 9188": nhs_ok,
    "470 115 3621": nhs_ok,
    "438 910 2575": nhs_ok,
    "415 662 8035": nhs_ok,
    "462 038 1977": nhs_ok,
    "174382959": bsn_ok,  # Dutch BSN
    "264190373": bsn_ok,
    "308157266": bsn_ok,
    "74031205828": pesel_ok,  # Polish PESEL
    "89112544176": pesel_ok,
    "318.472.905-23": cpf_ok,  # Brazilian CPF
    "604.219.337-63": cpf_ok,
    "072.815.463-35": cpf_ok,
    "28573041954": kimlik_ok,  # Turkish kimlik
    "41720863506": kimlik_ok,
    "110105198507234017": china_id_ok,  # Chinese resident identity card
    "320583199202146520": china_id_ok,
    "6284 1937 5022": aadhaar_ok,  # Indian Aadhaar
    "3917 4058 2622": aadhaar_ok,
    "930822-1628478": rrn_ok,  # Korean resident registration number
    "860514-2719349": rrn_ok,
    "418 537 207": tfn_ok,  # Australian tax file number
    "527 491 080": tfn_ok,
    "2958 31604 1": medicare_ok,  # Australian Medicare
    "3172 40858 2": medicare_ok,
    "3917 2046 5816": my_number_ok,  # Japanese My Number
    "1 79 11 13 055 412 50": nir_ok,  # French NIR
    "2 68 07 75 115 238 85": nir_ok,
    "71.04.18-233.67": belgian_id_ok,  # Belgian national number
    "23049140045": fodselsnummer_ok,  # Norwegian fødselsnummer
    "23049140126": fodselsnummer_ok,
    "248193600": nif_ok,  # Portuguese NIF
    "2850426407818": cnp_ok,  # Romanian CNP
    "48703120217": isikukood_ok,  # Estonian isikukood
    "140387-2909": kennitala_ok,  # Icelandic kennitala
    "3182057467": rnokpp_ok,  # Ukrainian RNOKPP
    "57290418363": steuer_id_ok,  # German tax id
    "48190273659": steuer_id_ok,
    "046 182 739": luhn_len(9),  # Canadian SIN
    "5382 941 74": luhn_len(9),
    "620917-5022": luhn_len(10),  # Swedish personnummer
    "790418-2834": luhn_len(10),
    "9006235182084": luhn_len(13),  # South African id
    "036482156": luhn_len(9),  # Israeli teudat zehut
    "15087912349": luhn_len(11),  # Greek AMKA
    "22088345610": luhn_len(11),
    "17059211874": luhn_len(11),
    "70418263Z": dni_ok,  # Spanish DNI and NIE
    "53817264R": dni_ok,
    "Y4820917Q": dni_ok,
    "240791-318V": hetu_ok,  # Finnish henkilötunnus
    "151163-047A": hetu_ok,
    "030302A5620": hetu_ok,
    "BNCLCU12M08D612N": codice_fiscale_ok,  # Italian codice fiscale
    "CNTGLI95C61F839F": codice_fiscale_ok,
    "GRCSFO78H41L219K": codice_fiscale_ok,
    "KHNLNA90D52F205R": codice_fiscale_ok,
    "MRNPLA81A17H501D": codice_fiscale_ok,
    "S7382615B": nric_ok,  # Singapore NRIC and FIN
    "T0246183D": nric_ok,
    "F4918273L": nric_ok,
    "G5028714P": nric_ok,
    "8391627D": pps_ok,  # Irish PPS number
    "6204815L": pps_ok,
    "KRT4836": nhi_ok,  # New Zealand NHI
    "HGW5628": nhi_ok,
    "16.482.937-5": rut_ok,  # Chilean RUT
    "9.713.204-6": rut_ok,
    "856213/4823": rodne_cislo_ok,  # Czech or Slovak rodné číslo
    "905704/3314": rodne_cislo_ok,
}

PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"\+44 7700 900 ?\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"(\+33 6|06) 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"0\d-\d{4}-\d{4}",  # Japan, Tokyo
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|32|34|40|47|48|52|54|56|64|65|86|90|91|98|233|353|354|358|380|971|972) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type occurs; the chat requests mostly name people and often carry secrets; the
    records hold about forty national ids and one name each."""
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 25:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    in_records = {s["value"] for t in RECORDS for s in marked_spans(t)}
    if sum(value in in_records for value in NATIONAL_IDS) < 40:
        raise SystemExit("records: fewer than forty national ids")
    for marked in RECORDS:
        names = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if not 1 <= len(names) <= 2 or strip_marks(marked)[0] == marked:
            raise SystemExit(f"records: {len(names)} names in {marked[:60]!r}")


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
    check_counts("chat", CHAT, CHAT_WORDS, (1, 12))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind116", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
