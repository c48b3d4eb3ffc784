# ruff: noqa: E501
"""An eighty-eighth blind privacy set: 220 texts with personal data and 100 clean ones,
written by someone from healthcare and social care.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to
12 and the labelling paragraph of ``README.md`` and the docstring and non-text code
(constants, check functions, ``main``) of ``build_blind36.py``, never the detector, its
rules, docs, tests, the benchmark script or any other set's texts. Every text is typed by
hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated
combinations); the writer's emphasis is patients, residents, carers and relatives,
appointments, referrals, prescriptions, care homes and home visits:

* 120 chat requests (3 to 100 words) to an AI assistant from patients, relatives, carers,
  nurses and care workers asking to draft, reply, translate, summarise, fix, plan,
  calculate or advise about their own life, work, family, health, money, travel, home and
  IT accounts. The first 30 (a quarter) are typed all in lower case, the next 6 are in
  Spanish, French, German, Portuguese, Polish and Italian, the other 84 are English with
  capitals. Names of many origins (first names alone, surnames after titles, lower-case
  names, non-English letters, names in Han, Greek, Cyrillic, Arabic, Hangul, Devanagari
  and Japanese script, names that are ordinary words such as faith, june, Will, Hope,
  Precious and Sterling), passwords, passphrases, a memorable word, PINs, key-safe, gate
  and door codes (most without the word "password"), phones with and without separators,
  e-mails, usernames, account, member, employee, patient and policy numbers, national ids
  of two dozen countries, cards, IBANs, one SSN, IPs, API keys and street addresses of
  many countries (one APO).
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one
  invented person each with one to four values besides the name: contact lines, form and
  CSV rows, JSON fragments, log and audit lines, care and clinical notes, letters, SMS
  reminders, profiles, bank, HR, payroll and insurance lines, one FPO address, names in
  Arabic, Greek, Cyrillic, Hangul and Han script.

Usernames and logins, account, member, employee, staff, payroll, patient, hospital,
resident, study, volunteer and policy numbers, passports, licences, national insurance,
national and tax ids are ID_NUMBER; PINs, key-safe, door, gate and alarm codes, wifi keys,
memorable words, passcodes and passphrases are PASSWORD; titles, ranks and relation words
(Mr, Mrs, Ms, Dr, Sister, Nurse, Frau, Mme, Signora, SPC, HM2, nan, gran, yiayia, my
sister) stay outside PERSON spans; an address span runs from the street line through the
postcode and city as typed; public figures, fictional characters, pets, brands, places,
care homes, order, invoice, claim and ticket numbers and dates of birth are not labelled;
every occurrence of a private value is marked.

The 100 clean texts hold no personal data at all: 25 MT-Bench and Vicuna-style writing,
reasoning, coding, role-play and STEM prompts (some name historical or public figures or
fictional characters), 25 GSM8K-style word problems with fictional first names, 25
MMLU-style items with options A to D (some naming historical figures) and 25 patient-style
health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; the SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (NHS number,
New Zealand NHI, Dutch BSN, Polish PESEL, Indian Aadhaar, Brazilian CPF, Spanish DNI and
NIE, Italian codice fiscale, Finnish henkilötunnus, Swedish personnummer, Canadian SIN,
Australian TFN and Medicare, Irish PPS, French NIR, Belgian national number, Norwegian
fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Korean
resident registration number, Chinese resident id, Singapore NRIC, Turkish kimlik, German
tax id, Israeli teudat zehut, Greek AMKA, South African id, Japanese My Number, Icelandic
kennitala, Czech rodné číslo, Ukrainian RNOKPP).

Run ``.venv/bin/python bench/data/build_blind88.py`` from the repository root; the output is
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
MAX_WORDS = 150
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme|Signora|SPC|HM2|Sgt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all lower case, 6 in other languages, 84 English with capitals.
CHAT = [
    # all lower case
    "can you write a short text to my mum's carer [[PERSON|bronwen]] saying i'll be about twenty minutes late tonight, her number is [[PHONE_NUMBER|07700900417]]",
    "remind me how the key safe at nan's works, the code is [[PASSWORD|4913]] and i can never remember if you press clear first or last",
    "help me reply to the gp surgery, they want dad's nhs number which is [[ID_NUMBER|719 384 6205]] and his date of birth 03/02/1941. just a polite short email please",
    "my login for the care rota app is [[ID_NUMBER|kwame.asante]] and the password is [[PASSWORD|sunflower dusk 88]], it says account locked. what do i tell the helpdesk",
    "translate into polish for the night carer: please check on [[PERSON|ewa]] at 2am and give her a drink of water. she is in room 6",
    "whats a nice way to tell my brother [[PERSON|dmitri]] he needs to pay his half of mum's care home fees, about £1,900 a month each. he lives at [[STREET_ADDRESS|22 cavendish road, bolton bl3 4hw]] if i have to post it",
    "draft a chaser to the district nursing team, the referral for mr [[PERSON|okonkwo]] went in two weeks ago and nobody has visited yet. his address is [[STREET_ADDRESS|flat 3, 41 moss lane, manchester m16 8tr]] and my mobile is [[PHONE_NUMBER|07700 900582]]",
    "is it ok to give paracetamol and ibuprofen together to an 84 year old? asking for my gran [[PERSON|maisie]], she has a bad knee",
    "summarise this for me: patient [[PERSON|liam o'rourke]], hospital number [[ID_NUMBER|rvj4418203]], discharged home with a package of four calls a day and a commode",
    "the wifi at the care home office is [[PASSWORD|willowbank2024staff]], can you explain step by step how to put it on the new tablet",
    "write a sick note email to my manager [[PERSON|priya]] at [[EMAIL_ADDRESS|priya.s@meadowcare.co.uk]] saying i've tested positive for covid and can't do my home visits till friday",
    "work out how many grams of paracetamol my husband [[PERSON|tomasz]] takes in a day if he has two 500mg tablets four times a day",
    "can you fix the grammar: dear [[PERSON|faith]], thank you for looking after mum at [[STREET_ADDRESS|7 orchard close, st albans al1 2pq]] over the weekend, the door code is still [[PASSWORD|2791]]",
    "the pharmacy keeps losing my prescriptions, my patient id there is [[ID_NUMBER|ph-882047]] and the phone they have on file is [[PHONE_NUMBER|0161 496 0733]]. write me a firm complaint",
    "plan a week of meals for my dad [[PERSON|gerald]] who is on a soft food diet after his stroke, nothing too spicy",
    "my sister [[PERSON|yasmin haddad]] needs a letter for the council saying i'm her main carer. my name is [[PERSON|leila haddad]] and we both live at [[STREET_ADDRESS|58 brunswick street, leeds ls2 7qa]]",
    "help i typed my bank card into a dodgy pharmacy site, it was [[CREDIT_CARD|4539 7201 8463 5170]], what do i do first",
    "reword this for the handover book: [[PERSON|june]] refused her evening meds again, rang her son on [[PHONE_NUMBER|07700 900236]] but no answer",
    "what should i pack for my son [[PERSON|ibrahim]] going into respite for 5 nights, he uses a wheelchair and has a peg",
    "the hospital app login is [[ID_NUMBER|hollis_b64]] and the pin they texted is [[PASSWORD|558203]], it won't take it. should i ring them or wait",
    "tell me how to ask the social worker, [[PERSON|ngozi]], for a carers assessment without sounding pushy. her email is [[EMAIL_ADDRESS|n.eze@sefton-adultcare.org.uk]]",
    "calculate my mileage claim: home visits starting from [[STREET_ADDRESS|19 kestrel way, norwich nr4 6ft]] to three clients, 14, 9 and 22 miles, at 45p a mile",
    "explain what a dnacpr form means in plain words, the nurse mentioned it about my grandad [[PERSON|alfie]]",
    "how do i set up a standing order for mum's care fees, it comes out of my account [[ID_NUMBER|40817263]] and i want it on the 1st",
    "can you write a birthday card message for [[PERSON|doreen]] who turns 100 at sunnybank care home, from all the staff on the second floor",
    "i'm locked out of the carers portal, username [[ID_NUMBER|shona.mcleod]] and the memorable word is [[PASSWORD|heatherbell]]. what else could it be asking for",
    "make me a reminder: [[PERSON|rafael]]'s physio is on tuesday, then call the podiatrist back on [[PHONE_NUMBER|0113 496 0518]]",
    "draft a text to the agency: carer [[PERSON|anita]] didn't turn up for the 8am call at [[STREET_ADDRESS|4 lime grove, coventry cv5 9dl]], can they send someone asap",
    "translate 'take one tablet twice a day with food' into urdu for my father-in-law [[PERSON|tariq]]",
    "my ip is [[IP_ADDRESS|203.0.113.87]] and the telehealth video with the consultant keeps dropping, what settings should i check",
    # other languages
    "¿Puedes ayudarme a escribir un correo a la residencia? Mi madre, [[PERSON|Carmen Villalobos]], necesita cambiar la hora de visita del domingo. Mi teléfono es [[PHONE_NUMBER|+34 612 48 93 07]] y mi DNI [[ID_NUMBER|71428396X]].",
    "Peux-tu reformuler ce message pour l'infirmière à domicile ? « Bonjour, c'est [[PERSON|Hélène Marchand]], le code de la porte a changé : [[PASSWORD|B4572]]. Merci de passer avant midi. »",
    "Bitte hilf mir, eine kurze Nachricht an die Pflegedienstleitung zu schreiben: Meine Oma [[PERSON|Gertrud Kühn]] braucht ab Montag zwei Einsätze täglich. Adresse: [[STREET_ADDRESS|Lindenstraße 14, 04109 Leipzig]].",
    "Podes escrever um e-mail ao lar onde está o meu pai, [[PERSON|António Ferreira]]? Quero pagar a mensalidade por transferência: IBAN [[IBAN_CODE|PT65 0035 0097 0004 8163 9275 1]], NIF [[ID_NUMBER|238476197]].",
    "Napisz proszę krótki SMS do opiekunki [[PERSON|Bożena]], że mama ma wizytę u lekarza w czwartek o 10. PESEL mamy to [[ID_NUMBER|58072419365]], gdyby pytali w przychodni.",
    "Mi aiuti a scrivere all'ASL? Mio nonno [[PERSON|Giovanni Martinelli]] aspetta una visita domiciliare da un mese. Il suo codice fiscale è [[ID_NUMBER|MRTGNN47C12L219X]].",
    # English with capitals
    "Can you draft a letter to Rosewood Court asking them to update my mother's next of kin to me? Her name is [[PERSON|Margaret Ellery]], room 14, and I'm [[PERSON|Paul Ellery]], [[PHONE_NUMBER|07700 900318]].",
    "Please summarise these notes for the weekly MDT: Mrs [[PERSON|Adeyemi]] (NHS [[ID_NUMBER|583 016 2741]]) had two falls this week, OT referral sent, daughter wants a call back.",
    "I need to cancel my dad's dentist appointment on Friday. His patient number is [[ID_NUMBER|DP-20419]]. Write it so it sounds like it's from me, [[PERSON|Harriet Quayle]].",
    "What's the best way to store my online banking password? At the moment it's [[PASSWORD|Marigold!Hove77]] on a sticky note by the kettle.",
    "Write a message to Sister [[PERSON|Okoro]] on Ward 9 thanking her team for looking after my husband [[PERSON|Desmond]] last month.",
    "My grandmother [[PERSON|王秀英]] is moving into a care home in Manchester. How do I explain the admission form to her in simple Chinese?",
    "Help me fill in the direct debit form for the carers agency. My IBAN is [[IBAN_CODE|GB79 LOYD 3096 2274 0185 36]] and the name on the account is [[PERSON|Keturah Blackwood]].",
    "Can you tidy this text to my cousin: hi [[PERSON|Will]], your mum's blister packs are ready at the chemist, can you collect them? I will be at work till 7.",
    "The GP app won't let me in. Username [[ID_NUMBER|m.castellanos1958]], password [[PASSWORD|Cobblestone-42-Tide]]. Is it because I changed my phone?",
    "Could you plan a visiting rota for my aunt [[PERSON|Philippa]]'s last weeks at the hospice? My brother [[PERSON|Oscar]] can do weekends, I can do Tuesdays and Thursdays, and her friend [[PERSON|Bernadette Kelly]] offered Mondays.",
    "I'm filling in my mother's Medicaid application for the nursing home. Her SSN is [[US_SSN|417-62-3389]]. Which box does it go in, and do I need her Medicare card as well?",
    "My son is deployed and wants updates on his grandma's care by post. How do I address the envelope? SPC [[PERSON|Darnell Whitaker]], [[STREET_ADDRESS|Unit 2317 Box 884, APO AE 09096]].",
    "Our care-planning integration stopped syncing overnight. The key in the config is [[API_KEY|cpk_live_7Hq2VxR9mTzL4wBnD8sYcK3f]]. How do I rotate it without breaking the rota?",
    "The remote desktop to the clinic server keeps rejecting me from [[IP_ADDRESS|198.51.100.46]]. My login is [[ID_NUMBER|jnakamura]]. What should I ask IT to check?",
    "Draft a thank-you card for the night nurse, [[PERSON|Haruka Tanabe]], who sat with my father on his last night.",
    "My yiayia [[PERSON|Σταυρούλα Παππά]] needs her repeat prescription collected. How do I say 'your tablets are ready' in Greek?",
    "Please help me write to the care coordinator about my father [[PERSON|Виктор Соколов]]: he needs a Russian-speaking carer for his morning visits.",
    "Translate this appointment letter for my neighbour [[PERSON|فاطمة الزهراني]] into Arabic: her hearing test is on 14 March at 9:30, please bring your glasses.",
    "My nana in Hamilton has her NHI as [[ID_NUMBER|ZKT4180]] and lives at [[STREET_ADDRESS|27 Tawa Street, Hamilton East, Hamilton 3216]]. Draft a message asking for the district nurse to come out.",
    "Can you help me fill in an aged care referral for Mum? [[PERSON|Lorraine Fitzgibbon]], [[STREET_ADDRESS|12/48 Banksia Parade, Bondi NSW 2026]], Medicare [[ID_NUMBER|4719 38268 0]], my mobile [[PHONE_NUMBER|0491 570 264]].",
    "What does Service Canada need to update my dad's address for his pension? SIN [[ID_NUMBER|647 281 534]], new address [[STREET_ADDRESS|305-1120 Pembina Highway, Winnipeg, MB R3T 2A7]].",
    "Write me a short voicemail script to call back my father's hospice nurse [[PERSON|Shauna]] at [[PHONE_NUMBER|(612) 555-0174]] about his syringe driver.",
    "Someone used my card [[CREDIT_CARD|6011 3847 2905 6186]] at a pharmacy in Leeds I've never visited. Write the dispute message to the bank.",
    "Should I save my Amex [[CREDIT_CARD|3714 682059 30175]] on the care home's online shop for Dad's toiletries, or is that risky?",
    "Write my resignation email to the care home manager, Ms [[PERSON|Devika Raman]]. Employee number [[ID_NUMBER|E0047218]], last shift 30 June.",
    "Reply to [[PERSON|Kofi]]: yes, the hoist training is on Thursday, bring your badge. Also remind him the staff room code changed to [[PASSWORD|7351#]].",
    "How do I get an Attendance Allowance form for my neighbour [[PERSON|Hope Adjei]]? She is 91 and lives on her own.",
    "Mum's travel insurance policy is [[ID_NUMBER|TRV-5528190]] and she needs a fit-to-fly letter from her GP before Kerala. Can you draft the request?",
    "My father [[PERSON|Suresh Iyer]] needs his health card. Aadhaar is [[ID_NUMBER|5823 6194 0734]], mobile [[PHONE_NUMBER|+91 98450 31726]]. Which documents should I carry to the hospital?",
    "Set up a reminder list for paying Dad's carer [[PERSON|Grzegorz]] every Friday from my account [[IBAN_CODE|PL62 1020 1026 0000 1782 0394 6615]].",
    "I pay my aunt's home nursing service in Berlin each month. Can you write the transfer reference in German? IBAN [[IBAN_CODE|DE39 5001 0517 0648 3917 25]], for [[PERSON|Ilse Brandauer]].",
    "How do I register my mother [[PERSON|Anneke de Vries-Bos]] with a huisarts in Utrecht? Her BSN is [[ID_NUMBER|734629187]].",
    "Write to the CPAM asking why my grandmother's carte Vitale hasn't arrived: [[PERSON|Odette Lemaire]], numéro de sécurité sociale [[ID_NUMBER|2 43 08 75 115 042 67]].",
    "My mormor [[PERSON|Britt-Marie Lindqvist]] in Uppsala needs home help. Personnummer [[ID_NUMBER|410817-3743]]. Draft a short application email in Swedish.",
    "Translate for the Helsinki home care office: my mother [[PERSON|Aino Salminen]], henkilötunnus [[ID_NUMBER|230539-6840]], needs her evening visit moved to 19:00.",
    "I'm a carer in Málaga. My NIE is [[ID_NUMBER|Y4829175V]] and my employer wants it on the timesheet. Does it go in the top box?",
    "Can you help me apply for Fair Deal for my uncle [[PERSON|Declan Mulcahy]]? PPS [[ID_NUMBER|3917462E]], home address [[STREET_ADDRESS|Knockmore, Ballina Road, Castlebar, Co. Mayo F23 X7P2]].",
    "My mother [[PERSON|Conceição Araújo]] in Recife needs her CPF for the health card: [[ID_NUMBER|635.184.290-51]]. Explain the steps in plain English so I can guide her by phone.",
    "Help me write a letter to the frail care centre in Durban for my gogo [[PERSON|Nomvula Dlamini]], ID [[ID_NUMBER|4709250803089]], asking about a respite bed in July.",
    "My halmoni [[PERSON|박순자]] lives in Busan. Her resident number is [[ID_NUMBER|400913-2018473]]. Do I need it to book her a geriatric check-up?",
    "Please explain what my uncle [[PERSON|Chen Guoliang]] should bring to apply for long-term care insurance in Chengdu; his ID card is [[ID_NUMBER|510107194708223719]].",
    "Draft an email to the polyclinic to reschedule my father [[PERSON|Lim Boon Huat]]'s diabetic eye screening. NRIC [[ID_NUMBER|S4719382F]], contact [[PHONE_NUMBER|+65 9172 4638]].",
    "My grandfather [[PERSON|Hüseyin Aydın]] needs a home health visit in Izmir. TC kimlik [[ID_NUMBER|38146520762]]. Write the request in simple Turkish.",
    "I'm a live-in carer in Bavaria. My tax ID is [[ID_NUMBER|47918350622]] and my employer, Frau [[PERSON|Edeltraud Vogl]], needs it for the Minijob form. What else goes on it?",
    "My farfar [[PERSON|Arne Haugen]] has fødselsnummer [[ID_NUMBER|180344 52993]]. Is it safe to email that to the council's home nursing service?",
    "Help me write to the health centre in Valparaíso for my abuela [[PERSON|Rosa Elvira Cárcamo]], RUT [[ID_NUMBER|8.417.263-4]]: she missed her chronic disease check.",
    "My savta [[PERSON|Tova Ben-Ami]] needs a caregiver permit. Teudat zehut [[ID_NUMBER|038271540]]. What forms do we need and where do we send them?",
    "Could you explain how to book a home doctor in Athens for my grandfather [[PERSON|Ioannis Karagiannis]]? His AMKA is [[ID_NUMBER|15034218576]].",
    "My mother [[PERSON|Fumiko Ishikawa]] needs her care level reassessed in Sendai. My Number [[ID_NUMBER|7391 0462 8511]]. What happens at the assessment visit?",
    "Draft a short note to the Tartu family doctor for my aunt [[PERSON|Maie Tamm]], isikukood [[ID_NUMBER|44602190283]], asking for a home visit next week.",
    "My grandmother [[PERSON|Luminița Popescu]] gave me her CNP [[ID_NUMBER|2430619403181]] for moving her pension to the care home. Where should I keep it safely?",
    "Please translate into French: My father [[PERSON|Willem Claes]] (national number [[ID_NUMBER|47.03.12-285.72]]) needs a nurse for his insulin every morning.",
    "My grandmother [[PERSON|Jarmila Nováková]] in Brno, rodné číslo [[ID_NUMBER|536104/7186]], needs a referral for home care. Can you draft it in Czech?",
    "Help me write in Ukrainian to the clinic for my mother [[PERSON|Галина Мельник]], RNOKPP [[ID_NUMBER|1749382652]], asking to register with a family doctor.",
    "My amma [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|140944-3869]], needs her prescription moved to a pharmacy in Akureyri. What do I say?",
    "Help me lodge my nan's tax return; she's in aged care in Perth now. TFN [[ID_NUMBER|384 617 291]], name [[PERSON|Beryl Coombes]].",
    "Write a letter to the hospital PALS: my wife [[PERSON|Anjali Mistry]], NHS number [[ID_NUMBER|926 471 3581]], was discharged at 11pm with no transport home. I'm [[PERSON|Rohan Mistry]], [[EMAIL_ADDRESS|rohan.mistry@fastmail.co.uk]].",
    "Can you check my sums? Dad's care home invoice is £4,310 for March, the council pays £2,680 and his pension covers £1,150. I pay the rest from [[IBAN_CODE|GB73 BARC 2071 5863 9042 71]]. How much is that?",
    "I keep forgetting Mum's tablet unlock, it's [[PASSWORD|261148]]. Is there an easier way for a 90-year-old to get into it?",
    "Our family's shared calendar passphrase is [[PASSWORD|purple kettle under the stairs]]. Is four words strong enough?",
    "Write instructions for the new carer: park on the drive, the gate code is [[PASSWORD|*0619]], key safe [[PASSWORD|3374]], and Mr [[PERSON|Pemberton]] likes his tea before his tablets.",
    "Please reply to [[PERSON|Sterling Brooks]] at [[EMAIL_ADDRESS|sbrooks.carehome@outlook.com]] confirming his dad's respite bed from the 3rd.",
    "Summarise this for the CQC notification: resident [[PERSON|Edna Featherstone]] found on the floor at 03:10, no injury, GP informed. Staff on duty: [[PERSON|Marcus Oyelaran]] and [[PERSON|Tanvi Desai]].",
    "My pharmacy stock app crashes on startup. The log shows PHARMA_API_KEY=[[API_KEY|ph_sk_93KdLq7WzR2nTv5XbY8mAe4G]]. Is it a problem that it was in a screenshot I sent?",
    "Our care home's CCTV server is on [[IP_ADDRESS|2001:db8:4a2f::17]] and I'm the only one with the admin password, [[PASSWORD|Kestrel_Vane_2291]]. How do I share access safely with the deputy manager?",
    "Translate to English for my mom's new home aide: 'La señora [[PERSON|Guadalupe Rentería]] vive en [[STREET_ADDRESS|Calle Reforma 318, Col. Americana, 44160 Guadalajara, Jalisco]]'",
    "Draft a text to my uncle [[PERSON|Chukwuemeka Obi]] in Enugu asking him to check on Grandma at [[STREET_ADDRESS|14 Ogui Road, Enugu 400221]]; his number is [[PHONE_NUMBER|+234 803 417 2956]].",
    "How can I send money for my mother's hospital bill in Nairobi? She is [[PERSON|Wanjiru Kamau]] and her phone is [[PHONE_NUMBER|+254 722 381 649]].",
    "My lola [[PERSON|Corazon Dimaculangan]] needs a caregiver. Can you draft a job ad in Tagalog and English? Applicants can contact me at [[EMAIL_ADDRESS|rdimaculangan@yahoo.com.ph]].",
    "I'm organising a home physio visit for my father in Valencia. His address is [[STREET_ADDRESS|Carrer de Sueca 47, 3º 2ª, 46006 València]]. How do I explain it to an English-speaking physio?",
    "Format this address for a parcel of continence supplies: Signora [[PERSON|Assunta Esposito]], [[STREET_ADDRESS|Via dei Mille 22, int. 5, 80121 Napoli NA]].",
    "Write a note for the physio: Mme [[PERSON|Josiane Perrault]], [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]], door code [[PASSWORD|A27B9]], third floor, no lift.",
    "Remind me to call my opa's community nurse at [[PHONE_NUMBER|06-48217359]] about his wound care at [[STREET_ADDRESS|Hoogstraat 118, 3011 PT Rotterdam]].",
    "Please check this timesheet email before I send it: 'Hi [[PERSON|Lorna]], my hours this week were 37.5 including two sleep-ins. Staff ID [[ID_NUMBER|HCA-30918]]. Thanks, [[PERSON|Precious Mutasa]]'",
    "My gym gave me a carers' discount. Member no. [[ID_NUMBER|GYM7718420]]. Write an email asking to freeze it while I look after Mum after her hip operation.",
    "Write a note for the hospice volunteer: my father [[PERSON|Walter Kowalczyk]] lives at [[STREET_ADDRESS|2207 Linden Avenue, Apt 3B, Dayton, OH 45410]]. Please call [[PHONE_NUMBER|937-555-0142]] when you arrive.",
    "Can you help me translate 'your next appointment is with the memory clinic' into Welsh for my taid [[PERSON|Emrys]]?",
    "Proofread: 'Dear Mr [[PERSON|Wróblewski]], following your mother's assessment we have referred her to the falls clinic and the continence service.'",
    "I forgot which email I used for Dad's online pharmacy account. Was it [[EMAIL_ADDRESS|fergus.mcalister@btinternet.com]] or [[EMAIL_ADDRESS|f.mcalister1949@gmail.com]]? How can I check?",
    "Help me write a card in Japanese for my neighbour [[PERSON|佐藤美代子]] who has just moved into a care home.",
    "My nani [[PERSON|सावित्री देवी]] needs her blood pressure tablets explained in Hindi. Can you write simple instructions for morning and night?",
    "I'm a personal assistant paid through direct payments. My employer [[PERSON|Jasper Tull]] pays me into [[IBAN_CODE|GB34 NWBK 5600 3718 2946 50]] but March hasn't arrived. Draft a polite reminder.",
    "Help me appeal: the insurer refused Mum's home nursing claim CLM-22817. Policy number [[ID_NUMBER|HLT-00482917]], member [[PERSON|Imelda Santos]].",
    "Check my budget: Mum's carer [[PERSON|Bogdan]] charges €18 an hour, 22 hours a week, and I pay him from [[IBAN_CODE|IE91 BOFI 9013 8451 2763 94]]. What is the monthly cost?",
]

# 100 records in the style of synthetic PII benchmark datasets, one invented person each.
RECORDS = [
    "Resident: [[PERSON|Agnes Whitcombe]] | Room 12 | NOK phone: [[PHONE_NUMBER|07700 900641]]",
    '{"patient": "[[PERSON|Oluwaseun Bakare]]", "nhs_number": "[[ID_NUMBER|648 203 9170]]", "gp_practice": "Larkfield Surgery"}',
    "2024-03-11 08:42:17 INFO eMAR login ok user=[[ID_NUMBER|cwhelan]] ([[PERSON|Ciara Whelan]]) src=[[IP_ADDRESS|192.0.2.148]]",
    "Carer: [[PERSON|Mthunzi Ndlovu]], mobile [[PHONE_NUMBER|+44 7700 900752]], DBS checked, drives, available weekends.",
    "Referral to community physio. Patient: Mr [[PERSON|Stanislav Horák]]. Address: [[STREET_ADDRESS|31 Cedar Rise, Leeds LS17 5HN]]. Tel: [[PHONE_NUMBER|0113 496 0287]].",
    "Payroll line: [[PERSON|Teodora Marinescu]], employee no. [[ID_NUMBER|CW-44120]], net pay £1,642.18, paid to [[IBAN_CODE|GB86 HBUK 4012 7358 1926 04]].",
    "Dear Mrs [[PERSON|Fairweather]], your mother's review at Elmfield House is booked for 9 May. We have your e-mail as [[EMAIL_ADDRESS|j.fairweather@talktalk.net]].",
    "Ασθενής: [[PERSON|Ελένη Κωνσταντίνου]], τηλ. [[PHONE_NUMBER|+30 694 718 2350]], ΑΜΚΑ [[ID_NUMBER|22083764195]]",
    "المريض: [[PERSON|يوسف الحسيني]]، الهاتف [[PHONE_NUMBER|+971 50 482 1937]]، موعد المتابعة يوم الثلاثاء",
    "Пациент: [[PERSON|Ольга Петренко]], тел. [[PHONE_NUMBER|+380 67 514 2893]], адрес: [[STREET_ADDRESS|вул. Садова 12, кв. 7, Київ 01033]]",
    "환자 [[PERSON|김영숙]] 연락처 [[PHONE_NUMBER|010-4827-3619]] 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵로 45, 302호]]",
    "住院病人：[[PERSON|刘建华]] 联系电话 [[PHONE_NUMBER|+86 139 1742 8065]] 身份证号 [[ID_NUMBER|330106194911273519]]",
    "Care package label: HM2 [[PERSON|Rowena Castillo]], [[STREET_ADDRESS|PSC 473 Box 1186, FPO AP 96349]]. Contents: socks, snacks, letters from the family.",
    "Policy holder: [[PERSON|Gideon Ashworth-Lane]]; policy no. [[ID_NUMBER|LTC-7729014]] (long-term care); premium £86.40/month; phone [[PHONE_NUMBER|020 7946 0372]].",
    "Clinic letter. Re: [[PERSON|Bethan Prys]], NHS No [[ID_NUMBER|471 925 0637]]. Seen in memory clinic today with her husband. Plan: repeat bloods, review in three months.",
    "Account holder [[PERSON|Nikolaos Vlachos]], IBAN [[IBAN_CODE|GR75 0110 1250 0000 0084 7392 615]], standing order to Iris Court Care Home, €2,950 monthly.",
    "New starter: [[PERSON|Aroha Ngata]], support worker, starts 2 April. Payroll ID [[ID_NUMBER|PAY-61930]]. Email [[EMAIL_ADDRESS|aroha.ngata@hotmail.co.nz]].",
    "About me: I'm [[PERSON|Sunniva Berg]], a retired district nurse volunteering with the befriending service. Reach me on [[PHONE_NUMBER|+47 412 83 906]].",
    "row 14: [[PERSON|Mehmet Yilmaz]], [[ID_NUMBER|GP-118402]], [[PHONE_NUMBER|07700 900863]], Tuesdays am",
    "Home visit note: [[PERSON|Clementine Abara]] was alert and eating well. Key safe [[PASSWORD|8042]] confirmed with family. Next visit Thursday.",
    "Dear [[PERSON|Fenella]], thank you for volunteering at the day centre. Your volunteer number is [[ID_NUMBER|VOL-2261]]. Warm wishes, the team.",
    "[ERROR] rota sync failed for carer [[PERSON|Ravi Chandrasekar]] token=[[API_KEY|rk_9fT2mQx7LpV4zW8nBc6Hd1Js]] retry=3",
    "Lohnabrechnung März: [[PERSON|Katharina Wendt]], Pflegefachkraft, IBAN [[IBAN_CODE|DE66 3704 0044 0819 2640 73]], Steuer-ID [[ID_NUMBER|62840173958]]",
    "Fiche patient : [[PERSON|Mamadou Diallo]], né le 04/07/1952, tél. [[PHONE_NUMBER|06 39 98 47 21]], adresse [[STREET_ADDRESS|14 avenue Jean Jaurès, 69007 Lyon]]",
    "Usuaria: [[PERSON|Remedios Gallardo]]; centro de día Los Olivos; tarjeta sanitaria [[ID_NUMBER|GLLR480312918015]]; teléfono [[PHONE_NUMBER|+34 655 209 318]]",
    "Cliënt [[PERSON|Johanna Verbeek]], BSN [[ID_NUMBER|618273050]], wijkteam Noord, telefoon [[PHONE_NUMBER|06-39150724]]",
    "Pacjent: [[PERSON|Zdzisław Kowal]], PESEL [[ID_NUMBER|44031182757]], skierowanie do poradni geriatrycznej.",
    "Assistita: [[PERSON|Rosaria Greco]], codice fiscale [[ID_NUMBER|GRCRSR39L48F839S]], assistenza domiciliare integrata dal lunedì.",
    "Member: [[PERSON|LaToya Simmons]] | Member ID [[ID_NUMBER|WXH804217395]] | Phone [[PHONE_NUMBER|(404) 555-0163]] | Plan: Medicare Advantage",
    "Applicant [[PERSON|Dale Prewitt]], SSN [[US_SSN|528-14-7093]], requesting in-home supportive services; contact [[EMAIL_ADDRESS|dprewitt52@aol.com]].",
    "Card on file for [[PERSON|Imogen Hale]]: [[CREDIT_CARD|5521 8403 7296 1407]], used for monthly chiropody visits.",
    "Payer: [[PERSON|Cornelius Vantreight]]; AMEX [[CREDIT_CARD|378942506173647]]; home help invoice #5531.",
    "IT ticket: password reset for [[PERSON|Gulnara Sadykova]], username [[ID_NUMBER|gsadykova]], temporary password [[PASSWORD|Orchid-Lantern-58]].",
    "Welcome pack for [[PERSON|Solomon Teferi]], Flat 9: Wi-Fi network Cedar-Guest, key [[PASSWORD|maple7harbour]].",
    "Care plan: [[PERSON|Winifred Oakes]]. Front door alarm code [[PASSWORD|0426]], hearing aid left ear, likes the radio on.",
    "Client: [[PERSON|Trevor Quinlivan]], [[STREET_ADDRESS|7 Wattle Court, Ballarat VIC 3350]], ph [[PHONE_NUMBER|0491 570 839]]",
    "Medicare [[ID_NUMBER|3185 74024 0]], [[PERSON|Noelene Pascoe]], aged care assessment booked for Wednesday.",
    "Payroll onboarding: [[PERSON|Kieran Doolan]], TFN [[ID_NUMBER|519 384 722]], super fund details to follow.",
    "Home care intake: [[PERSON|Marie-Ève Tremblay]], [[STREET_ADDRESS|418 rue Saint-Vallier Ouest, Québec, QC G1K 1K2]], tel. [[PHONE_NUMBER|418-555-0129]]",
    "Patient: [[PERSON|Lakshmi Narayanan]], Aadhaar [[ID_NUMBER|7394 5028 6173]], mobile [[PHONE_NUMBER|+91 94432 87150]], geriatric OPD.",
    "NOK: [[PERSON|Adaobi Nwosu]], [[PHONE_NUMBER|+234 809 552 4138]], [[STREET_ADDRESS|7 Adeola Odeku Street, Victoria Island, Lagos 101241]]",
    "Community health volunteer [[PERSON|Otieno Ouma]], mobile money line [[PHONE_NUMBER|+254 711 490 263]], covers Kisumu East.",
    "患者氏名: [[PERSON|山本和子]] 電話: [[PHONE_NUMBER|090-4718-2635]] 住所: [[STREET_ADDRESS|大阪府堺市北区中百舌鳥町2丁目14-3]]",
    "Paciente [[PERSON|Sebastião Moura]], CPF [[ID_NUMBER|817.305.624-26]], telefone [[PHONE_NUMBER|+55 81 98437 2615]]",
    "Hasta: [[PERSON|Emine Çelik]], T.C. [[ID_NUMBER|52790418398]], tel [[PHONE_NUMBER|+90 532 418 7269]]",
    '{"user": "[[ID_NUMBER|nurse.ofori]]", "full_name": "[[PERSON|Abena Ofori]]", "password": "[[PASSWORD|Sankofa#2290]]", "role": "bank staff"}',
    '{"event": "portal_login", "patient_name": "[[PERSON|Dorota Wiśniewska]]", "ip": "[[IP_ADDRESS|198.51.100.203]]", "mrn": "[[ID_NUMBER|MRN-5519384]]"}',
    "SBAR: S, [[PERSON|Ezekiel Mensah-Bonsu]], bed 4, hospital no. [[ID_NUMBER|K0738215]]. B, admitted from care home. A, settled overnight. R, review bloods.",
    "Prescription for [[PERSON|Philomena Reddy]], [[STREET_ADDRESS|63 Gorse Hill Road, Swindon SN2 8BQ]], patient ref [[ID_NUMBER|RX-408172]], to collect from dispensary.",
    "Delivery slip: [[PERSON|Horace Blenkinsop]], [[STREET_ADDRESS|Flat 2, 9 Queen's Terrace, Exeter EX4 4HR]], leave with neighbour, ring [[PHONE_NUMBER|07700 900194]]",
    "Reference request for [[PERSON|Mirela Dragomir]], senior carer, employee no. [[ID_NUMBER|EMP-20763]], personal email [[EMAIL_ADDRESS|mirela.dragomir@gmail.com]].",
    "Forum profile: display name [[ID_NUMBER|carer_in_cardiff]], real name [[PERSON|Gwenllian Price]], member since 2019.",
    "Room 7: [[PERSON|Rupert Stanhope-Gill]]. NOK son on [[PHONE_NUMBER|020 7946 0815]]. DNACPR in place.",
    "District nurse visit: [[PERSON|Aurelia Castaño]], [[STREET_ADDRESS|11 Holly Bank, Huddersfield HD3 3NE]]. Dressing changed. Key safe [[PASSWORD|9174]].",
    "Claimant: [[PERSON|Bartholomew Ng]]; policy [[ID_NUMBER|PH-3370218-B]]; pay to [[IBAN_CODE|GB18 SCBL 6083 9247 0155 83]].",
    "SO 02/04 [[PERSON|E HARTIGAN]] CARE FEES [[IBAN_CODE|IE11AIBK93517208461937]] EUR 1,480.00",
    "Residents' birthdays: [[PERSON|Florence Brockbank]] turns 97 on Sunday; her e-mail for the family video call is [[EMAIL_ADDRESS|flobrockbank@me.com]].",
    "SMS sent to [[PHONE_NUMBER|07700 900507]]: Dear [[PERSON|Kwabena Appiah]], your audiology appointment is Thursday at 10:40, Ward B.",
    "Assessment: [[PERSON|Perpetua Chikwanha]] lives alone at [[STREET_ADDRESS|3 Mill Row, Kendal LA9 4QT]] and is eligible for seven hours a week of support.",
    "Carer's Allowance claim: [[PERSON|Harjit Kaur Bains]], National Insurance number [[ID_NUMBER|JT 58 41 07 B]], caring for her father 40 hours a week.",
    "個案：[[PERSON|陳美玲]]，電話 [[PHONE_NUMBER|0912 348 657]]，居家照護 每週三次",
    "[[PERSON|محمد الخطيب]] رقم الملف [[ID_NUMBER|MF-550217]] موعد العلاج الطبيعي الأحد",
    "Сиделка: [[PERSON|Наталья Ковалёва]], e-mail [[EMAIL_ADDRESS|n.kovaleva@yandex.ru]], график пн-пт.",
    "보호자 [[PERSON|이정민]] 이메일 [[EMAIL_ADDRESS|jungmin.lee@naver.com]] 방문요양 신청",
    "Φροντιστής: [[PERSON|Γιώργος Αντωνίου]], κινητό [[PHONE_NUMBER|+30 697 305 4182]], βάρδιες Τρίτη και Πέμπτη.",
    "Spitex Klientin: [[PERSON|Ursula Brunner]], [[STREET_ADDRESS|Bahnhofstrasse 41, 8400 Winterthur]], Zahlung per [[IBAN_CODE|CH65 0048 3508 4719 2630 0]]",
    "Heimbewohnerin [[PERSON|Hildegard Pichler]], Angehörige erreichbar unter [[PHONE_NUMBER|+43 664 318 2957]].",
    "Utente: [[PERSON|Maria do Céu Pires]], telemóvel [[PHONE_NUMBER|+351 912 483 706]], apoio domiciliário às terças.",
    "Borger: [[PERSON|Kirsten Mikkelsen]], hjemmepleje, konto [[IBAN_CODE|DK17 3000 3172 8495 06]]",
    "Brukare [[PERSON|Gunnel Åberg]], autogiro från [[IBAN_CODE|SE42 6000 0000 0003 8471 6529]]",
    "Pflegegeld-Auszahlung an [[PERSON|Ferdinand Moser]]: [[IBAN_CODE|AT87 1200 0507 3184 6290]]",
    "Domiciliación: titular [[PERSON|Encarnación Ruiz Beltrán]], cuenta [[IBAN_CODE|ES10 0049 1847 5229 1036 8475]].",
    "RIB de [[PERSON|Gaëlle Le Bihan]] : [[IBAN_CODE|FR62 3000 4008 2700 0173 9846 152]], remboursement aide à domicile.",
    "Machtiging: [[PERSON|Pieter Hoekstra]], [[IBAN_CODE|NL40 RABO 0347 2198 56]], eigen bijdrage Wmo.",
    "Bonifico RSA per [[PERSON|Lucia Benedetti]]: [[IBAN_CODE|IT52 K030 6909 6061 0000 0183 746]]",
    "Facture soins infirmiers, [[PERSON|Marc Vandenberghe]], [[IBAN_CODE|BE53 7350 1846 2937]]",
    "portal: [[PERSON|Hollis Pruett]] viewed own test results, user=[[ID_NUMBER|hpruett77]], from [[IP_ADDRESS|2001:db8:c0a8::2e]]",
    "# telecare hub config, owner: [[PERSON|Siobhan Garvey]]\nTELECARE_API_KEY=[[API_KEY|tch_4Rw8ZpX2qLm7VsN9bK3dYt6E]]",
    "Hi [[PERSON|Nadia]], your temporary login for the training portal is [[ID_NUMBER|nadia.b.care]] / [[PASSWORD|Fernleaf!904]]. Please change it after first use.",
    "Volunteer driver [[PERSON|Lionel Fairbrother]], licence [[ID_NUMBER|FAIRB604127L99TK]], phone [[PHONE_NUMBER|07700900946]].",
    "Dear Mr [[PERSON|Abernethy]], your wife's continuing healthcare funding has been approved from 1 May. Her NHS number is [[ID_NUMBER|802 615 3944]].",
    "Surname: [[PERSON|Okwuosa]] Forename: [[PERSON|Chidinma]] DOB: 12/09/1987 Hospital No: [[ID_NUMBER|H6620418]]",
    "Travel insurance medical screening: [[PERSON|Annelise Krüger]], policy [[ID_NUMBER|TI-88104527]], passport [[ID_NUMBER|C4X9T2R71]], email [[EMAIL_ADDRESS|annelise.krueger@web.de]].",
    "Patient [[PERSON|Tobias Lindgren]], dental plan no. [[ID_NUMBER|DPN 4471 0962]], six-month recall due.",
    "Occupational health referral: employee [[PERSON|Samira Benali]], staff no. [[ID_NUMBER|31847]], line manager informed.",
    "[[PERSON|Ignatius Fernando]]\n[[STREET_ADDRESS|44 Galle Road, Colombo 00300]]\n[[PHONE_NUMBER|+94 77 381 4926]]\nhome nursing, weekday mornings",
    "Cuidadora: [[PERSON|Xóchitl Hernández]], celular [[PHONE_NUMBER|+52 222 184 7295]], domicilio [[STREET_ADDRESS|Av. 5 de Mayo 1420, Col. Centro, 72000 Puebla]]",
    "Carer diary 14/05: visited [[PERSON|Marjorie Pinkerton]] at [[STREET_ADDRESS|2 Church Walk, Ludlow SY8 1AP]]; her new pendant alarm PIN is [[PASSWORD|5508]].",
    "MAR entry: [[PERSON|Augustin Nkurunziza]], room 21, morning medication given 08:00 and witnessed. Resident ID [[ID_NUMBER|RES-00931]].",
    "Client [[PERSON|王淑芬]], ID card [[ID_NUMBER|310104195203146429]], home visits three times a week.",
    "Billing: [[PERSON|Della Kinkaid]], [[STREET_ADDRESS|918 Sycamore Street, Lubbock, TX 79401]], Visa [[CREDIT_CARD|4917 8035 2641 7986]].",
    "Shared note: Grandad [[PERSON|Reg]]'s iPad passcode is [[PASSWORD|804417]]. Don't change it, he reads it off the fridge.",
    "Profile: [[PERSON|Marisol Ybarra]], RN; login [[ID_NUMBER|mybarra.rn]]; unit: memory care.",
    "Your patient account has been created, [[PERSON|Tadeusz Zieliński]]. Username: [[EMAIL_ADDRESS|t.zielinski@onet.pl]]",
    "Bank details updated for [[PERSON|Folasade Ogunleye]]: [[IBAN_CODE|GB32 MIDL 4047 1629 3058 17]], effective next payroll.",
    "Discharge summary: [[PERSON|Bridie Costigan]], MRN [[ID_NUMBER|MRN-7730164]], discharged to [[STREET_ADDRESS|Lough View, 5 Strand Road, Derry BT48 7PY]].",
    "Safeguarding note: spoke with [[PERSON|Vesna Kovačević]] on [[PHONE_NUMBER|0161 496 0942]]; she agreed to a home visit on Friday.",
    "Participant: [[PERSON|Alasdair Munro]] | Study ID [[ID_NUMBER|FALLS-0217]] | Email [[EMAIL_ADDRESS|a.munro.71@btopenworld.com]]",
    "Locker collection: [[PERSON|Renata Sokolova]], collection PIN [[PASSWORD|661204]], prescription ready.",
    "NZ home support: [[PERSON|Tama Rewiti]], NHI [[ID_NUMBER|PQB2089]], [[STREET_ADDRESS|9 Kowhai Avenue, Rotorua 3010]]",
]

# 25 MT-Bench and Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Write a short persuasive essay arguing that every town should have a free community first-aid course, in under 300 words.",
    "Pretend you are Florence Nightingale writing a letter home from Scutari about the state of the wards. Keep it to three paragraphs.",
    "Explain to a ten-year-old why we need to wash our hands for twenty seconds and not just five.",
    "Write a Python function that takes a list of blood pressure readings as (systolic, diastolic) tuples and returns the average of each.",
    "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost? Explain your reasoning step by step.",
    "Compose a haiku about a hospital corridor at three in the morning.",
    "Role-play as Sherlock Holmes and deduce what you can about a visitor who arrives with chalk on his sleeve and a limp.",
    "What are the main differences between bacteria and viruses, and why do antibiotics only work against one of them?",
    "Draft a friendly announcement for a village newsletter inviting residents to a flu vaccine clinic at the church hall.",
    "Write a SQL query that counts appointments per day from a table called appointments with a column named scheduled_at.",
    "Summarise the plot of Frankenstein by Mary Shelley in five sentences for a book club.",
    "Compare the leadership styles of Winston Churchill and Clement Attlee in about 200 words.",
    "If a train leaves at 14:05 and the journey takes 2 hours 47 minutes, when does it arrive? Show the working.",
    "Explain how a vaccine trains the immune system, using an analogy that a teenager would understand.",
    "Write a limerick about a cat who refuses to take its medicine.",
    "You are a travel guide in Kyoto. Suggest a relaxed one-day itinerary for an older traveller who walks slowly.",
    "Describe the structure of DNA and explain what Rosalind Franklin's X-ray images showed.",
    "Write a JavaScript snippet that reminds a user every four hours with a browser notification to drink water.",
    "Explain the difference between mean, median and mode, with a small example for each.",
    "Write a bedtime story about a lighthouse keeper and a lost seagull, suitable for a five-year-old.",
    "Act as a chess coach and explain why controlling the centre matters in the opening.",
    "Give me five tips for writing a clear and kind email to a colleague who missed a deadline.",
    "What would happen to Earth's seasons if its axis had no tilt? Explain in simple terms.",
    "Rewrite this sentence to sound more formal: we're gonna need more chairs for the meeting tomorrow.",
    "Explain why Louis Pasteur's swan-neck flask experiment was important for germ theory.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Mabel bakes 36 scones for the church fair. She sells two thirds of them and gives 5 to her neighbours. How many scones does she have left?",
    "A nurse walks 1.2 km on each of her 5 shifts a week. How many kilometres does she walk in 4 weeks?",
    "Theo has 48 stickers. He gives a quarter to his sister and then buys 15 more. How many stickers does he have now?",
    "A bottle holds 750 ml of cough syrup. Each dose is 10 ml, taken three times a day. How many full days will the bottle last?",
    "Priyanka saves 12 dollars a week. How many weeks will it take her to save enough for a bike that costs 204 dollars?",
    "A care home orders 18 packs of gloves, each with 100 gloves. If staff use 45 gloves a day, how many full days will the gloves last?",
    "Olu runs 3 laps of a 400 m track on Monday and twice as many laps on Wednesday. How many metres does he run on the two days together?",
    "Greta buys 4 notebooks at 2.75 each and a pen for 1.40. How much change does she get from a 20 note?",
    "A minibus takes 14 passengers each trip. How many trips are needed to take 90 people to the seaside?",
    "Fergus is 3 times as old as his nephew. In 10 years he will be twice as old. How old is the nephew now?",
    "A garden is 12 m long and 7 m wide. A path 1 m wide runs all the way round the inside edge. What is the area of the path?",
    "Lena reads 35 pages a day. Her book has 420 pages. If she has already read 140 pages, how many more days will she need?",
    "A pharmacy sells vitamin D at 6.50 a tub or 3 tubs for 17. How much is saved by buying 6 tubs with the offer?",
    "Kai picks 27 apples and Rosa picks 9 fewer than twice as many as Kai. How many apples do they pick altogether?",
    "A recipe uses 250 g of flour for 12 biscuits. How much flour is needed for 30 biscuits?",
    "Ines works 7.5 hours a day, 4 days a week, at 13.20 an hour. How much does she earn in a week?",
    "There are 64 chairs in a hall arranged in equal rows of 8. If 3 rows are taken away, how many chairs remain?",
    "A tank holds 1,200 litres and leaks 15 litres an hour. After how many hours will it be exactly half full?",
    "Bruno buys a coat at 20 percent off its price of 85. How much does he pay?",
    "Amara plants 5 rows of tulips with 14 bulbs in each row. Squirrels dig up 9 bulbs. How many bulbs are left?",
    "A clock gains 3 minutes every day. After how many days will it be one hour fast?",
    "Dev cycles at 18 km per hour for 40 minutes. How far does he travel?",
    "A bag has 6 red, 4 blue and 10 green marbles. What fraction of the marbles are not green?",
    "Hattie has twice as many books as Sol, and Sol has 7 more than Wren. If Wren has 11 books, how many does Hattie have?",
    "A school trip costs 9 per pupil and the coach costs 240 in total. What is the total cost for 32 pupils?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "Who is credited with the discovery of penicillin in 1928? A) Joseph Lister B) Alexander Fleming C) Edward Jenner D) Robert Koch",
    "What is the normal resting heart rate range for an adult? A) 20 to 40 beats per minute B) 60 to 100 beats per minute C) 120 to 160 beats per minute D) 180 to 200 beats per minute",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin K",
    "In which year did the National Health Service in the United Kingdom begin? A) 1918 B) 1936 C) 1948 D) 1962",
    "Which of the following is a prime number? A) 21 B) 27 C) 29 D) 33",
    "Which scientist proposed the three laws of motion? A) Galileo Galilei B) Isaac Newton C) Johannes Kepler D) Michael Faraday",
    "The largest bone in the human body is the: A) Humerus B) Tibia C) Femur D) Pelvis",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "Who wrote the novel Pride and Prejudice? A) Charlotte Brontë B) Jane Austen C) George Eliot D) Virginia Woolf",
    "What is the derivative of x squared? A) x B) 2x C) x cubed D) 2",
    "Mary Seacole is best known for: A) Founding the Red Cross B) Nursing soldiers in the Crimean War C) Discovering X-rays D) Writing the first medical dictionary",
    "Which blood type is known as the universal donor for red cells? A) A positive B) AB positive C) O negative D) B negative",
    "An economy in which prices rise continuously is experiencing: A) Deflation B) Inflation C) Recession D) Stagnation",
    "Which part of the cell contains genetic material? A) Cell membrane B) Nucleus C) Ribosome D) Vacuole",
    "Who was the first person to walk on the Moon? A) Yuri Gagarin B) Buzz Aldrin C) Neil Armstrong D) John Glenn",
    "What is the chemical symbol for sodium? A) So B) Sd C) Na D) S",
    "The Magna Carta was sealed in which year? A) 1066 B) 1215 C) 1415 D) 1588",
    "Which of these is a function of red blood cells? A) Fighting infection B) Carrying oxygen C) Clotting blood D) Producing hormones",
    "If a fair die is rolled once, what is the probability of getting an even number? A) 1/6 B) 1/3 C) 1/2 D) 2/3",
    "Which philosopher wrote The Republic? A) Aristotle B) Plato C) Socrates D) Epicurus",
    "Hypothermia is defined as a core body temperature below: A) 39 degrees Celsius B) 37 degrees Celsius C) 35 degrees Celsius D) 30 degrees Celsius",
    "Which instrument measures atmospheric pressure? A) Thermometer B) Hygrometer C) Barometer D) Anemometer",
    "Who developed the first successful smallpox vaccine? A) Edward Jenner B) Louis Pasteur C) Jonas Salk D) Paul Ehrlich",
    "What is 15 percent of 240? A) 24 B) 30 C) 36 D) 42",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "How long after a flu jab should I wait before giving blood?",
    "Is it normal to feel dizzy when standing up quickly after starting blood pressure tablets?",
    "What is the difference between a community nurse and a practice nurse?",
    "Can I take my regular medicines on the morning of a colonoscopy?",
    "How often should an elderly person with thin skin be turned in bed to avoid pressure sores?",
    "What should I bring to a first appointment at a memory clinic?",
    "Are there foods I should avoid while taking warfarin?",
    "How do I know if a cut needs stitches or just a plaster?",
    "What is a care needs assessment and who is entitled to one?",
    "Why do I need to fast before a blood sugar test?",
    "Can a pharmacist give me advice on a urine infection without seeing a doctor?",
    "What are the signs of dehydration in an older adult?",
    "How long is a repeat prescription usually valid for?",
    "Is it safe to use a heat pad on a swollen ankle?",
    "What happens during a home visit from an occupational therapist?",
    "How can I help someone with dementia who gets agitated in the late afternoon?",
    "Do I need to tell the dentist about the medicines I take?",
    "What is respite care and how is it usually arranged?",
    "How much water should an adult drink in hot weather?",
    "Can I drive after having my eyes dilated at the optician?",
    "What is the best way to store insulin when travelling?",
    "How soon after a hip replacement can someone usually climb stairs?",
    "What does a high temperature mean in a baby under three months?",
    "How do hearing aids work and how long do they take to get used to?",
    "Is it worth asking for a medication review if I take more than ten tablets a day?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "719 384 6205": nhs_ok,  # NHS number
    "583 016 2741": nhs_ok,
    "926 471 3581": nhs_ok,
    "648 203 9170": nhs_ok,
    "471 925 0637": nhs_ok,
    "802 615 3944": nhs_ok,
    "ZKT4180": nhi_ok,  # New Zealand NHI
    "PQB2089": nhi_ok,
    "734629187": bsn_ok,  # Dutch BSN
    "618273050": bsn_ok,
    "58072419365": pesel_ok,  # Polish PESEL
    "44031182757": pesel_ok,
    "5823 6194 0734": aadhaar_ok,  # Indian Aadhaar
    "7394 5028 6173": aadhaar_ok,
    "635.184.290-51": cpf_ok,  # Brazilian CPF
    "817.305.624-26": cpf_ok,
    "71428396X": dni_ok,  # Spanish DNI
    "Y4829175V": dni_ok,  # Spanish NIE
    "MRTGNN47C12L219X": codice_fiscale_ok,  # Italian codice fiscale
    "GRCRSR39L48F839S": codice_fiscale_ok,
    "230539-6840": hetu_ok,  # Finnish henkilötunnus
    "410817-3743": luhn_len(10),  # Swedish personnummer
    "647 281 534": luhn_len(9),  # Canadian SIN
    "038271540": luhn_len(9),  # Israeli teudat zehut
    "15034218576": luhn_len(11),  # Greek AMKA
    "22083764195": luhn_len(11),
    "4709250803089": luhn_len(13),  # South African id
    "384 617 291": tfn_ok,  # Australian tax file number
    "519 384 722": tfn_ok,
    "4719 38268 0": medicare_ok,  # Australian Medicare
    "3185 74024 0": medicare_ok,
    "3917462E": pps_ok,  # Irish PPS number
    "2 43 08 75 115 042 67": nir_ok,  # French NIR
    "47.03.12-285.72": belgian_id_ok,  # Belgian national number
    "180344 52993": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238476197": nif_ok,  # Portuguese NIF
    "2430619403181": cnp_ok,  # Romanian CNP
    "8.417.263-4": rut_ok,  # Chilean RUT
    "44602190283": isikukood_ok,  # Estonian isikukood
    "400913-2018473": rrn_ok,  # Korean resident registration number
    "510107194708223719": china_id_ok,  # Chinese resident identity card
    "330106194911273519": china_id_ok,
    "310104195203146429": china_id_ok,
    "S4719382F": nric_ok,  # Singapore NRIC
    "38146520762": kimlik_ok,  # Turkish kimlik
    "52790418398": kimlik_ok,
    "47918350622": steuer_id_ok,  # German tax id
    "62840173958": steuer_id_ok,
    "7391 0462 8511": my_number_ok,  # Japanese My Number
    "140944-3869": kennitala_ok,  # Icelandic kennitala
    "536104/7186": rodne_cislo_ok,  # Czech rodné číslo
    "1749382652": rnokpp_ok,  # Ukrainian RNOKPP
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, with or without a space
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"06-\d{8}",  # Netherlands mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"09\d{2} \d{3} \d{3}",  # Taiwan mobile
        r"\+(30|34|43|47|52|55|65|86|90|91|94|234|254|351|380|971) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Each record names one person (at most two name spans, as surname and forename) and
    holds one to four other values; the chat requests name people and carry secrets, the
    lower-case ones seven kinds of value at least; every MMLU item has options A to D; the
    APO and FPO addresses, the SSNs and NHS numbers are there."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = [s["value"] for s in spans if s["type"] == "PERSON"]
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not names or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(names)} names, {len(others)} values in {marked[:60]!r}"
            )
        if len(set(names)) > 2:
            raise SystemExit(f"records: more than one person in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 80 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    lower_kinds = {s["type"] for t in CHAT[:LOWER_CHAT] for s in marked_spans(t)}
    if len(lower_kinds) < 7:
        raise SystemExit(f"chat: only {sorted(lower_kinds)} in the lower-case texts")
    for item in CLEAN_MMLU:
        if not all(f"{letter}) " in item for letter in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT + RECORDS)
    for word in ("APO", "FPO", "SSN", "NHS"):
        if word not in plain:
            raise SystemExit(f"no {word} in the personal-data texts")


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
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind88", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
