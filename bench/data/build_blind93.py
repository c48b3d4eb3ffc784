# ruff: noqa: E501
"""A ninety-third blind privacy set: 220 texts with personal data and 100 clean ones, on
clinics, pharmacies, care homes, schools and parents.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise: appointment letters, sick notes,
  school trips, referrals, prescriptions, carers' hand-over notes, nursery and care-home
  fees. The first 30 are typed all in lower case, the next 6 are in Spanish, French,
  German, Portuguese, Italian and Turkish, the rest are English with capitals. Names of
  many origins: first names alone, surnames after titles, full names, lower-case names,
  non-English letters, names that are ordinary words (Hope, Bell, Joy, Rose, Young) and
  names in Chinese, Greek, Cyrillic, Arabic, Devanagari, Korean and Japanese scripts;
  e-mails, phones with and without separators, addresses in a dozen countries, passwords,
  PINs, key-safe and door codes, patient, resident, pupil, member, policy and employee
  numbers, national ids, cards, IBANs, IPs and API keys;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark data (presidio-research
  synthetic sentences, Nannigalaxy-style records): one invented person each with one to four
  values besides the name, as prose sentences, labelled profile lines, form rows, JSON
  fragments, log lines and letters;
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (writing,
  reasoning, coding, role-play, STEM; some naming historical figures or fictional
  characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items
  with options A to D and 25 patient-style health questions naming no one.

Usernames and logins, account, customer, member, employee, pupil, resident, patient and
policy numbers, passports, licences and national or tax ids are ID_NUMBER; PINs, door, gate,
key-safe and locker codes, Wi-Fi keys and passphrases are PASSWORD; titles and relation words
(Mr, Mrs, Ms, Dr, Nurse, Mme, Frau, grandad, my sister) stay outside PERSON spans; an address
span runs from the street line through the postcode and city as typed; public figures,
fictional characters, pets, brands, places, order, ticket and invoice numbers and dates of
birth are not labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid
mod 97 and not documentation examples; IPs from documentation ranges; national ids with valid
check digits (NHS number, Polish PESEL, Spanish DNI, French NIR, Portuguese NIF, Italian
codice fiscale, Turkish kimlik, Australian Medicare and TFN, Dutch BSN, Canadian SIN,
Brazilian CPF, Indian Aadhaar, Singapore NRIC, Irish PPS, Swedish personnummer, South African
id, Belgian national number, German tax id, Norwegian fødselsnummer, New Zealand NHI).

Run ``.venv/bin/python bench/data/build_blind93.py`` from the repository root; the output is
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
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    nhi_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rodne_cislo_ok,
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
CLEAN_WORDS = (5, 100)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Matron|Coach|Auntie|Uncle|Grandad|Grandma|Nan|"
    r"Sr|Sra|Herr|Frau|Mme|Mlle|Signora|Sig|Dott|Pan|Pani|Bay|Bayan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 in lower case, the next 6 in other languages, then English.
CHAT = [
    # typed all in lower case
    "draft a note to my son's teacher mrs [[PERSON|okonkwo]] saying [[PERSON|tobi]] has a dentist appointment at 2pm on thursday and i'll collect him from the office. my number is [[PHONE_NUMBER|07700 900417]] if she needs me",
    "can you write a sick note for school: my daughter [[PERSON|maya lindqvist]] has had a fever since monday and should be back on friday. sign it from [[PERSON|henrik lindqvist]], [[EMAIL_ADDRESS|h.lindqvist@postbox-mail.se]]",
    "summarise this for the pharmacy in two lines: patient [[PERSON|dorota wiśniewska]], pesel [[ID_NUMBER|92041753821]], needs her metformin repeat delivered to [[STREET_ADDRESS|ul. lipowa 14/3, 30-702 kraków]] before the weekend",
    "my gp app login keeps failing. username [[ID_NUMBER|jfarrell82]] password [[PASSWORD|bluekettle!29]]. write a short message to the practice manager asking them to unlock it",
    "translate to polish for mum's carer [[PERSON|agnieszka]]: the key safe code is [[PASSWORD|4071]], tablets are in the blue box by the kettle, ring me on [[PHONE_NUMBER|07700900352]] if anything changes",
    "help me reply to the school trip email. [[PERSON|ravi]] is allergic to peanuts, his epipen is in the front pocket of his bag, emergency contact [[PERSON|sunita mehra]] on [[PHONE_NUMBER|+44 7700 900781]]",
    "work out what i still owe the care home: mum's resident number is [[ID_NUMBER|ch-20931]], fees are £1,140 a week for 3 weeks minus the £600 deposit. i'll pay from [[IBAN_CODE|gb41loyd30962741853906]]",
    "fix the grammar please: dear dr [[PERSON|nakamura]], my son [[PERSON|kenji]] missed his asthma review, can we rebook? his nhs number is [[ID_NUMBER|738 204 9159]]. thanks, [[PERSON|emily nakamura]]",
    "remind me what to tell the pharmacist tomorrow: prescription for [[PERSON|bongani dlamini]], medical aid member no [[ID_NUMBER|dm4471920]], delivery to [[STREET_ADDRESS|18 jan smuts avenue, parktown, johannesburg 2193]]",
    "my daughter [[PERSON|chloé]] needs a letter for her swimming coach excusing her for two weeks after her grommets op. write it from me, [[PERSON|sandrine morel]], [[PHONE_NUMBER|06 39 98 41 27]]",
    "write a handover note for the night carer: mr [[PERSON|pettigrew]] in room 6 had his insulin at 9, the east wing door code is [[PASSWORD|2580#]], any problems message [[PERSON|lindiwe]]",
    "calculate how long the pack lasts: grandad [[PERSON|joe]] takes 2 in the morning and 1 at night from a 56 tablet box. his pharmacy account is [[ID_NUMBER|rx-558102]]",
    "pls translate into urdu: [[PERSON|ayesha]]'s class trip to the science museum is on the 14th, pay online using her pupil number [[ID_NUMBER|h82730415036]]",
    "reply to ms [[PERSON|bell]] from reception class and say we're happy for the photos to go on the wall but not online. from [[PERSON|dan]] and [[PERSON|kasia]]",
    "the care home guest wifi is [[PASSWORD|sunroom-guest-77]] and the staff router sits at [[IP_ADDRESS|192.0.2.44]]. write a visitors' sign that only shows the wifi",
    "summarise this referral: [[PERSON|ioana popescu]], knee physio, phone [[PHONE_NUMBER|+40 721 384 905]], address [[STREET_ADDRESS|strada florilor 9, ap. 14, 400124 cluj-napoca]], prefers morning slots",
    "my son [[PERSON|finn o'rourke]] broke his wrist at football. draft a note to the pe department that he can't take part until june, parent email [[EMAIL_ADDRESS|aoife.orourke@eircom-mail.ie]]",
    "help me fill in the free school meals form. parent [[PERSON|kerry-ann walsh]], ni number [[ID_NUMBER|qh 48 27 19 c]], email [[EMAIL_ADDRESS|kerryann.walsh77@mailbox.co.uk]]. what else do they usually ask for?",
    "text my sister [[PERSON|priya]] that mum's memory clinic slot moved to 11:20 and the pin for the car park barrier is [[PASSWORD|6623]]",
    "what do i say to the pharmacy? they took payment twice from my card [[CREDIT_CARD|4532 0194 8273 6153]] for [[PERSON|li wei]]'s inhaler",
    "write a thank you card to nurse [[PERSON|hope]] and dr [[PERSON|adeyemi]] on ward 4, from [[PERSON|graham]] and [[PERSON|sue tillotson]]",
    "translate into chinese for my grandmother [[PERSON|王秀兰]]: your flu jab is at 10am at the clinic on [[STREET_ADDRESS|41 dixon street, haymarket nsw 2000]], bring your medicare card [[ID_NUMBER|2749 18362 1]]",
    "the school portal says my password [[PASSWORD|ladybird_0918]] has expired. username [[ID_NUMBER|parent.akhtar]], child [[PERSON|zainab]]. write a message to the school office",
    "is it ok to give calpol and ibuprofen together? asking for [[PERSON|isla]], 4, about 16kg. also save this: nursery said to call [[PERSON|callum reid]] on [[PHONE_NUMBER|0131 496 0583]]",
    "make me a shopping list and remind me to pick up [[PERSON|doreen]]'s warfarin, her patient id at the pharmacy is [[ID_NUMBER|pt-0048815]]",
    "check this transfer for nursery fees before i send it: €420 to [[IBAN_CODE|nl89ingb0738294615]] in the name of [[PERSON|marieke de vries]], reference [[PERSON|sem]] october",
    "draft a complaint: the dentist emailed [[PERSON|oscar]]'s x-rays to the wrong address. they should go to [[EMAIL_ADDRESS|oscar.bergstrom.mum@gmail.com]] and nowhere else",
    "i'm a carer with a new client, mrs [[PERSON|elsie pargeter]], [[STREET_ADDRESS|7 mill lane, hebden bridge hx7 8aa]]. keyholder is her son [[PERSON|martin]] on [[PHONE_NUMBER|07700 900629]]. write me a first visit checklist",
    "what's 15% off £86.40? it's for [[PERSON|amara]]'s school uniform, the shop wants her student id [[ID_NUMBER|stu77310]] for the discount",
    "reply to the after school club: yes [[PERSON|yusuf]] can be collected by his uncle [[PERSON|mehmet kaya]], the collection password is [[PASSWORD|blue giraffe]]",
    # other languages
    "Escribe un justificante para el colegio: mi hija [[PERSON|Lucía Ferrer Gil]] estuvo en el pediatra el martes. Firma [[PERSON|Javier Ferrer]], DNI [[ID_NUMBER|73819246X]], teléfono [[PHONE_NUMBER|+34 612 483 907]].",
    "Rédige un mot pour la crèche : [[PERSON|Noé]] sera récupéré vendredi par sa grand-mère, Mme [[PERSON|Colette Aubert]], numéro de sécurité sociale [[ID_NUMBER|2 87 06 75 118 042 20]], joignable au [[PHONE_NUMBER|06 39 98 73 05]].",
    "Übersetze bitte ins Englische: Termin für [[PERSON|Jürgen Weiß]] in der Hausarztpraxis, Versichertennummer [[ID_NUMBER|K482913570]], Adresse [[STREET_ADDRESS|Lindenstraße 27, 10969 Berlin]], Rückruf unter [[PHONE_NUMBER|030 23125 648]].",
    "Resume esta receita para a farmácia: utente [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|248 163 752]], morada [[STREET_ADDRESS|Rua das Flores 112, 4050-265 Porto]], telemóvel [[PHONE_NUMBER|+351 912 604 381]].",
    "Scrivi una mail alla maestra di [[PERSON|Matteo]]: domani esce alle 11 per una visita, lo prende la mamma [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI88C52F839Q]], email [[EMAIL_ADDRESS|giulia.rossi88@libero.it]].",
    "Bunu İngilizceye çevir: oğlum [[PERSON|Emir Yıldız]] yarın okul gezisine katılacak, acil durumda annesi [[PERSON|Selin]] aranmalı: [[PHONE_NUMBER|+90 532 481 07 36]], TC kimlik [[ID_NUMBER|48271936000]].",
    # English with capitals
    "Can you draft an appointment letter for Mr [[PERSON|Tomasz Zieliński]] confirming his diabetic eye screening on 12 May at 09:40? Send it to [[EMAIL_ADDRESS|t.zielinski@onetmail.pl]].",
    "Please write a sick note for work from me, [[PERSON|Rachel Amankwah]], employee number [[ID_NUMBER|EMP-30417]], for three days of norovirus.",
    "Translate this for the carer: Mr. [[PERSON|Hughes]] likes his tea weak",
    "Plan the morning rota for the care home. Staff on shift: [[PERSON|Blessing]], [[PERSON|Anneliese]] and [[PERSON|Kwame Owusu]]. Residents needing two carers: Mrs [[PERSON|Ferreira]] and Mr [[PERSON|Dunleavy]].",
    "Help me reply to the pharmacy. They need my exemption certificate number [[ID_NUMBER|MEX 7720 4418]] and my NHS number [[ID_NUMBER|602 918 3745]] before they can hand over [[PERSON|Nathaniel]]'s antibiotics.",
    "Summarise this for the school nurse: [[PERSON|Olumide Bakare]], Year 8, asthma, blue inhaler kept in the office, mum [[PERSON|Funmi]] on [[PHONE_NUMBER|020 7946 0218]].",
    "Fix this email: Hi Coach [[PERSON|Dempsey]], [[PERSON|Archie]] cant make tuesdays training as he has physio, you can reach me at [[EMAIL_ADDRESS|leanne.cox.home@outlook.com]] thx [[PERSON|Leanne]]",
    "Advise me: the dentist wants me to pay the £95 deposit with my card [[CREDIT_CARD|5529 1736 4028 1933]] over the phone. Is that normal?",
    "Calculate the school trip cost: 32 pupils at £18.50 each plus two coaches at £410. Invoice to go to [[PERSON|Priyanka Raman]], bursar, [[EMAIL_ADDRESS|p.raman@oakfield-bursary.org]].",
    "Write a short referral letter from Dr [[PERSON|Sibusiso Khumalo]] to the dermatology clinic for [[PERSON|Anika Brandt]], date of birth 4 August 1990, NHS number [[ID_NUMBER|491 627 0312]].",
    "My daughter [[PERSON|Joy]] is starting at Greenbank Primary. Draft a note to her teacher about her hearing aids.",
    "Translate to Greek for my yiayia [[PERSON|Ελένη Παπαδοπούλου]]: the nurse will visit on Tuesday, please leave the gate code [[PASSWORD|1957*]] on the fridge.",
    "Reply to the nursery: [[PERSON|Benjamin]] will be picked up by his grandmother [[PERSON|Rose Achterberg]], her mobile is [[PHONE_NUMBER|+31 6 48217390]] and the password is [[PASSWORD|windmill]].",
    "Write a hand-over note for the agency carer covering [[PERSON|Gwen Pritchard]] at [[STREET_ADDRESS|3 Heol y Felin, Llandeilo SA19 6BP]]: the key safe is [[PASSWORD|3390]], she has her Adcal at lunch and her daughter [[PERSON|Carys]] calls at six.",
    "Can you turn this into a polite email? The clinic charged [[PERSON|Marcus Lindgren]] twice. His personnummer is [[ID_NUMBER|900518-7381]] and the refund should go to [[IBAN_CODE|DE25 5007 0010 0473 9182 55]].",
    "I work at the pharmacy and the delivery app keeps logging me out. My login is [[ID_NUMBER|dispenser.kowal]] and the API key in settings is [[API_KEY|rxd_live_9Fq2LmT7vWz4Kp1sXc8Hn3Rb]]. What should I check?",
    "Please summarise this parents' evening note: [[PERSON|Layla Haddad]] is doing well in maths, needs to read more at home. Contact mum at [[EMAIL_ADDRESS|rania.haddad@webpost.com]].",
    "Draft a text to Miss [[PERSON|Young]] saying [[PERSON|Ezra]] has nits and will be off tomorrow.",
    "Help me plan visits for the week. Dad [[PERSON|Harold Quigley]] is at Meadowbank Care Home, resident number [[ID_NUMBER|MBK-0773]], visiting is 2 to 4, and I work until 3 on Mondays and Wednesdays.",
    "Advise me what to write: the school asked for [[PERSON|Santiago]]'s medical details and I don't want to share his diagnosis with the whole staff. Reply to Mrs [[PERSON|Okafor-Lamb]] kindly.",
    "Translate to Russian for my neighbour [[PERSON|Людмила Соколова]]: your prescription is ready at the pharmacy on [[STREET_ADDRESS|88 Chapel Street, Salford M3 7DR]], the collection code is [[PASSWORD|KX4729]].",
    "Write an appointment reminder for [[PERSON|Deepak Iyer]], Aadhaar [[ID_NUMBER|6391 8274 0511]], physiotherapy at 4:30 pm, phone [[PHONE_NUMBER|+91 98201 47365]].",
    "Fix the formatting of this list for the school office: [[PERSON|Noah Kim]] - [[PHONE_NUMBER|(312) 555-0147]]; [[PERSON|Grace Whitfield]] - [[PHONE_NUMBER|312-555-0188]]; [[PERSON|Hamza Siddiqui]] - [[PHONE_NUMBER|3125550162]]",
    "Can you work out the pro-rata nursery fee? [[PERSON|Aurora]] starts on the 11th, the monthly fee is $1,320 for 22 days. Parent account [[ID_NUMBER|NRS-58821]].",
    "Our clinic's booking server at [[IP_ADDRESS|203.0.113.58]] rejected Dr [[PERSON|Farouk]]'s login [[ID_NUMBER|dr.farouk]]. Draft a ticket for IT.",
    "Write a letter from Sister [[PERSON|Bernadette Kavanagh]] to the family of Mr [[PERSON|Cornelius Obi]] explaining the new visiting hours.",
    "Please translate into Arabic for [[PERSON|أحمد الخطيب]]: your son's vaccination is due, book on [[PHONE_NUMBER|020 7946 0533]] and quote patient number [[ID_NUMBER|PN 4471 0925]].",
    "Summarise the discharge plan for [[PERSON|Beatrix Holloway]]: home with twice daily carers, district nurse for dressings, pharmacy delivery to [[STREET_ADDRESS|12 Orchard Close, Tewkesbury GL20 5QT]].",
    "Draft an email to the dance school: [[PERSON|Maddie]] has a sprained ankle. Cancel her Saturday classes and put the refund back on card [[CREDIT_CARD|4917 6203 8415 7292]].",
    "What should I put in a carers' hand-over book? Today: [[PERSON|Pip]] refused breakfast, took meds at 10, the back door code is [[PASSWORD|7714]] and the new one from Monday is [[PASSWORD|8820]].",
    "Help me write to the GP: my mother [[PERSON|Annunziata Greco]] needs a home visit, she lives at [[STREET_ADDRESS|9 Waverley Road, Bedford MK40 3HY]], phone [[PHONE_NUMBER|07700 900154]].",
    "Write a permission slip reply: yes, [[PERSON|Kai Nakashima-Brown]] may go to the zoo. Emergency contact: [[PERSON|Hiro Nakashima]], [[PHONE_NUMBER|+61 491 570 226]].",
    "I'm a school office manager. Our parent comms tool uses key [[API_KEY|pcm_3bN8xQ2rV6yT1wZ9kL4mH7dF0sA5gJ]]. Write a message to the vendor asking how to rotate it.",
    "Can you reply to this for me? The GP receptionist needs my date of birth and my Medicare card number, which is [[ID_NUMBER|3581 02744 1]]",
    "Advise: my son's dental plan renewal is due. Policy number [[ID_NUMBER|DNT-660218-04]], holder [[PERSON|Grainne Moloney]]. Is it worth it for a 9-year-old?",
    "Draft a note for the supply teacher: [[PERSON|Tariq]] can use the lift pass, [[PERSON|Evie]] has diabetes and her pump alarm may beep, and [[PERSON|Wren]] goes to speech therapy at 11.",
    "Write a referral letter for [[PERSON|Søren Aagaard]] to the sleep clinic. His fødselsnummer is [[ID_NUMBER|12038927440]] and his email [[EMAIL_ADDRESS|soren.aagaard@nettpost.no]].",
    "Calculate dosage timing: [[PERSON|Ruby]] has amoxicillin three times a day for seven days, starting at 8 am. Then message her dad [[PERSON|Alex Mbeki]] at [[PHONE_NUMBER|07700 900835]] with the times.",
    "Please write a short email to the care home manager, Mrs [[PERSON|Pauline Ashdown]], asking for the invoice for [[PERSON|Frederick Stone]] to be sent to [[EMAIL_ADDRESS|fstone.family@zoho-mail.com]].",
    "Translate to Hindi for my aunt [[PERSON|सुनीता शर्मा]]: the pharmacy will call you on [[PHONE_NUMBER|+91 99870 23164]] when the insulin arrives.",
    "Help me write to the school: we are moving and [[PERSON|Leo Grünwald]] will leave at half term. Our new address is [[STREET_ADDRESS|Hauptstraße 41, 6020 Innsbruck]].",
    "Summarise this hand-over: Room 12, Mrs [[PERSON|Ivy Marchetti]], fall at 02:10, no injury, obs normal, son [[PERSON|Paolo]] informed on [[PHONE_NUMBER|+44 20 7946 0871]].",
    "Draft a payment reminder to parents for the Year 6 residential trip. Pay by transfer to [[IBAN_CODE|IE43 BOFI 9058 3162 7493 05]], reference the child's name. Treasurer: [[PERSON|Niamh Doherty]].",
    "My Canadian SIN is [[ID_NUMBER|618 492 730]] — does the walk-in clinic really need it to register [[PERSON|Chloe]] and me?",
    "Write a calm reply to [[PERSON|Keisha Montgomery]] who complained that her son [[PERSON|Dante]] was given the wrong inhaler at school. Sign from Mr [[PERSON|Ellison]], head of Year 7.",
    "Fix this note for the pharmacy: pls dispence [[PERSON|Wojciech Nowak]]s meds in blister packs, deliver tues, door code [[PASSWORD|1209]], daughter [[PERSON|Ola]] [[PHONE_NUMBER|+48 601 237 845]]",
    "Plan a school trip itinerary to the coast for 45 children. Lead teacher is [[PERSON|Mariam Chowdhury]] ([[PHONE_NUMBER|07700 900903]]), first aider [[PERSON|Stuart Baird]].",
    "Can you explain this prescription to me? It says: [[PERSON|Hyun-woo Park]], sertraline 50mg once daily, repeat x3. My insurance member ID is [[ID_NUMBER|KHM-3810-2277]].",
    "Translate to Korean for my mother [[PERSON|박순자]]: the clinic at [[STREET_ADDRESS|221 Pitt Street, Sydney NSW 2000]] opens at 8, call [[PHONE_NUMBER|0491 570 318]] if you are late.",
    "Please draft a letter confirming that [[PERSON|Amelia Fairweather]], pupil number [[ID_NUMBER|P-204417]], was absent for a hospital appointment on 3 October.",
    "Advise me on what a care home should record at hand-over. For example: [[PERSON|Jan Pieterse]], BSN [[ID_NUMBER|385729169]], diabetic diet, hearing aid left ear.",
    "Write a brief thank you from the PTA to [[PERSON|Hannelore Fischer]] for the 200 cupcakes, and ask her to send the receipt to [[EMAIL_ADDRESS|pta.treasurer.fischer@gmx.de]].",
    "I need to change my password for the clinic rota system. Current one is [[PASSWORD|Tulip#Harbour2024]]. Suggest a stronger one and draft a note to remind myself.",
    "Summarise: [[PERSON|Chinonso Eze]] was seen in minor injuries, sprained thumb, advised rest. GP to follow up. Patient ID [[ID_NUMBER|MIU-882104]], contact [[EMAIL_ADDRESS|chinonso.eze@proton.me]].",
    "Help me reply to the Singapore clinic: they want [[PERSON|Tan Wei Ling]]'s NRIC, which is [[ID_NUMBER|T0482736D]], and her phone [[PHONE_NUMBER|+65 9183 4627]].",
    "Draft an email to the school asking for [[PERSON|Gabriel Moreau]]'s reading assessment results, from his dad [[PERSON|Étienne]].",
    "Calculate how many syringes we need for the month: resident Mr [[PERSON|Abernethy]] needs two injections a day and Mrs [[PERSON|Lowenstein]] one.",
    "Write a note to the pharmacist: please send [[PERSON|Catalina Restrepo]]'s prescription to my address, [[STREET_ADDRESS|1420 Maple Avenue, Apt 3B, Evanston, IL 60201]], and charge card [[CREDIT_CARD|3718 462059 37417]].",
    "Translate into Japanese for [[PERSON|佐藤 美咲]]: the school nurse called, please pick up your daughter before 2 pm.",
    "Draft a GDPR request to the dental practice for all records about me, [[PERSON|Bartholomew Ingram]], [[STREET_ADDRESS|27 Kingsway, Hove BN3 4FA]], date of birth 19 July 1977.",
    "Reply to the school office: yes we give consent for [[PERSON|Aziz]]'s flu nasal spray. Parent: [[PERSON|Nargiza Rakhimova]], mobile [[PHONE_NUMBER|07700900477]].",
    "Please help. The hospital parking refund should go to my account [[IBAN_CODE|FR96 3000 4008 2719 4638 2501 735]], name [[PERSON|Yannick Le Goff]]. Write the request.",
    "Can you tidy this hand-over note? Bay 3 [[PERSON|Agnes]] - catheter changed. Bay 4 [[PERSON|Reginald]] - refusing fluids, family aware. Nurse in charge [[PERSON|Oluwaseun]].",
    "Advise me on filling in the school medical form for [[PERSON|Elif]]. It asks for my tax ID; mine is [[ID_NUMBER|47 291 836 509]]. Should I give it?",
    "Write a short message to the child minder [[PERSON|Bronwyn]] that [[PERSON|Sol]] has chickenpox. Her number is [[PHONE_NUMBER|+61 491 570 604]].",
    "Draft an appointment letter for [[PERSON|Mateus Oliveira]], CPF [[ID_NUMBER|815.372.094-50]], for a paediatric check-up, sent to [[EMAIL_ADDRESS|mateus.oliveira@bolmail.com.br]].",
    "Summarise this for the carer's rota: Mr. [[PERSON|Ogunleye]]",
    "Help me fill in the nursery registration form. Child: [[PERSON|Lottie Brennan-Shaw]]. Parent: [[PERSON|Jodie Brennan]], [[STREET_ADDRESS|5 Hawthorn Rise, Leeds LS8 2QN]], [[PHONE_NUMBER|07700 900260]].",
    "Write to the school to say [[PERSON|Björn]] has an appointment at the orthodontist every second Wednesday. Sign from [[PERSON|Astrid Holm]].",
    "The pharmacy portal at [[IP_ADDRESS|198.51.100.17]] shows patient [[PERSON|Rosalind Achebe]] under the wrong GP. Draft a correction request.",
    "Calculate the care home's monthly bill: 31 nights at £142 plus £60 chiropody, for resident [[PERSON|Cyril Batterbee]], account [[ID_NUMBER|ACC-70142]].",
    "Please write a polite note from [[PERSON|Sakura]] to her son's teacher Mr [[PERSON|Lachlan Fraser]] about the bullying in the lunch queue.",
    "Translate to Spanish for the carer [[PERSON|Rosario]]: Mrs. [[PERSON|Delacroix]] takes her tablets crushed in yoghurt.",
    "Draft a text to my ex [[PERSON|Curtis]] that [[PERSON|Mia]]'s allergy clinic is at [[STREET_ADDRESS|400 Queen Street West, Toronto, ON M5V 2A9]] at 3 pm and he needs to bring her insurance card.",
    "Advise me: a parent sent me her card number [[CREDIT_CARD|6011 5382 7164 0933]] by email to pay for the trip. What should I do with it?",
    "Please reply to the home care agency and confirm [[PERSON|Ngozi]] will start with my father [[PERSON|Albert Kessler]] on Monday, key safe [[PASSWORD|0406]].",
    "Help me plan a revision timetable for [[PERSON|Yasmin Darwish]] around her hospital appointments on Tuesdays and Fridays.",
    "Write a reference for [[PERSON|Tendai Moyo]], senior carer, employee number [[ID_NUMBER|CW-48392]], for a nursing degree application.",
    "Draft a letter from the surgery to [[PERSON|Nkosana Zulu]], ID number [[ID_NUMBER|9102145832080]], about his blood test results being normal.",
    "Write a hand-over for the weekend carer: Mrs [[PERSON|Halvorsen]] needs her eye drops at 8 and 8, the alarm code is [[PASSWORD|6091]] and the spare key is with [[PERSON|Jo]] next door.",
    "Advise me: the school's online payment site asked [[PERSON|Reuben Castellanos]] to email his password [[PASSWORD|Marmalade&Sky7]] to [[EMAIL_ADDRESS|reuben.castellanos@fastmail-box.com]] to 'verify' it. Is that a scam?",
    "Translate into French for the exchange family: [[PERSON|Poppy Whitcombe]] is vegetarian, the code for her phone case locker is [[PASSWORD|2211]] and her mum's number is [[PHONE_NUMBER|+44 7700 900364]].",
    "Draft a short note to the district nurse: the lockbox at [[STREET_ADDRESS|61 Rowan Way, Kendal LA9 6EP]] now opens with [[PASSWORD|5839]]. Patient is [[PERSON|Morwenna Tregear]].",
    "Plan a week of after-school pickups between me and [[PERSON|Dominika]]; the gate PIN at the childminder's is [[PASSWORD|2477]] and her mobile is [[PHONE_NUMBER|07700 900198]].",
]

# 100 records in the style of synthetic PII benchmark data: one invented person each.
RECORDS = [
    "[[PERSON|Marguerite Lessard]] lives at [[STREET_ADDRESS|214 Rue Saint-Denis, Montréal, QC H2X 3K8]] and can be reached at [[PHONE_NUMBER|(514) 555-0136]].",
    "Patient name: [[PERSON|Obadiah Fenwick]] | NHS no: [[ID_NUMBER|551 830 2762]] | Tel: [[PHONE_NUMBER|07700 900512]]",
    '{"parent": "[[PERSON|Svetlana Orlova]]", "email": "[[EMAIL_ADDRESS|s.orlova@yandex-post.ru]]", "phone": "[[PHONE_NUMBER|+7 916 384 27 51]]"}',
    "2024-02-19 08:31:07 INFO login ok user=[[ID_NUMBER|mkgosi]] name=[[PERSON|Mpho Kgosi]] src=[[IP_ADDRESS|203.0.113.201]]",
    "Dear Ms. [[PERSON|Thornbury]], we have updated your contact number to [[PHONE_NUMBER|07700 900188]].",
    "The pharmacist [[PERSON|Rahul Venkataraman]] can be contacted at [[EMAIL_ADDRESS|rahul.venkat@pharmamail.in]].",
    "Name: [[PERSON|Ingrid Solberg]]\nAddress: [[STREET_ADDRESS|Storgata 18, 0184 Oslo]]\nPhone: [[PHONE_NUMBER|+47 412 83 906]]",
    "My name is [[PERSON|Alisha Gupta]] and my credit card number is [[CREDIT_CARD|5384 0617 2935 6086]].",
    "[[PERSON|Terrence Boateng]]'s social security number is [[US_SSN|412-73-8825]] and he was born in Accra.",
    "Resident: [[PERSON|Winifred Parry]], room 14, key safe PIN [[PASSWORD|5562]], next of kin phone [[PHONE_NUMBER|020 7946 0394]].",
    "Please send the invoice to [[PERSON|Ángel Domínguez]] at [[STREET_ADDRESS|Calle de Alcalá 215, 3º B, 28028 Madrid]].",
    "username: [[ID_NUMBER|jmcallister]]; full name: [[PERSON|Jean McAllister]]; last login from [[IP_ADDRESS|198.51.100.92]]",
    "[[PERSON|Kofi Mensah]], born 2 May 1984, holds passport [[ID_NUMBER|G48210937]].",
    "Our new school nurse, [[PERSON|Philippa Greaves]], uses the email [[EMAIL_ADDRESS|pgreaves.nurse@schoolnet-mail.org]] and the extension [[PHONE_NUMBER|020 7946 0127]].",
    "Customer [[PERSON|Huang Jiahui]] paid with IBAN [[IBAN_CODE|ES30 2100 4183 6202 7814 5936]].",
    "From: [[PERSON|Roderick Blaine]] <[[EMAIL_ADDRESS|rblaine@fastpost.net]]>\nSubject: my mother's medication",
    "[[PERSON|Zanele Ndlovu]] moved to [[STREET_ADDRESS|45 Florida Road, Morningside, Durban 4001]] in March.",
    "Policy holder: [[PERSON|Gregor Lang]]; policy no. [[ID_NUMBER|HLT-77201-AB]]; IBAN [[IBAN_CODE|AT62 2011 1827 3645 0912]]",
    "The account belonging to [[PERSON|Nadia Haddad]] was accessed with the password [[PASSWORD|Cedar!Lebanon88]].",
    "[[PERSON|Clementine]] called from [[PHONE_NUMBER|+33 6 39 98 20 14]] about the vaccination card.",
    "Employee [[PERSON|Arjun Pillai]] (ID [[ID_NUMBER|E-221948]]) badge door code [[PASSWORD|73A19]]",
    "Teacher: Mrs [[PERSON|Ottoline Barnes]], staff ID [[ID_NUMBER|TCH-5512]]",
    "[[PERSON|Siobhán Ní Bhriain]]'s PPS number is [[ID_NUMBER|5829174B]].",
    "Contact details for [[PERSON|Pedro Alves]]: [[PHONE_NUMBER|+55 11 98427-3106]], [[EMAIL_ADDRESS|pedro.alves@uolmail.com.br]]",
    "[[PERSON|Leticia Zamora]] works as a night carer and lives at [[STREET_ADDRESS|3810 W Cermak Rd, Chicago, IL 60623]].",
    '{"patient_id": "[[ID_NUMBER|PT-990314]]", "name": "[[PERSON|Eitan Levi]]", "ip": "[[IP_ADDRESS|2001:db8::4a:17]]"}',
    "I am [[PERSON|Wilhelmina Crabtree]] and my NHS number is [[ID_NUMBER|821 467 3135]]",
    "[[PERSON|Dmitri Volkov]] paid the nursery fees with card [[CREDIT_CARD|4026 8193 7254 8169]] on Friday.",
    "Signed, [[PERSON|Fergus McTaggart]], [[STREET_ADDRESS|21 Bruntsfield Place, Edinburgh EH10 4HN]]",
    "Please call [[PERSON|Aiyana]] back on [[PHONE_NUMBER|(505) 555-0172]].",
    "Member: [[PERSON|Lorenzo Bianchi]] | Member no: [[ID_NUMBER|MB-004718]] | Email: [[EMAIL_ADDRESS|lorenzo.b@postino.it]] | Phone: [[PHONE_NUMBER|+39 347 218 6095]]",
    "[[PERSON|Ha-eun Choi]] uses the wifi password [[PASSWORD|mintcloud2291]] at home.",
    "The tax file number of [[PERSON|Brodie Cassidy]] is [[ID_NUMBER|384 729 108]].",
    "2023-11-02T14:05:55Z api_call key=[[API_KEY|tok_4Hn8Rq2Vx7Kp9Lz3Wm6Tc1Yb]] owner=[[PERSON|Cosmin Radu]]",
    "[[PERSON|Harriet Oyelaran]] from [[STREET_ADDRESS|16 Adeola Odeku Street, Victoria Island, Lagos]] ordered repeat prescriptions.",
    "Name | Phone | Email\n[[PERSON|Benedikt Huber]] | [[PHONE_NUMBER|+49 30 23125 904]] | [[EMAIL_ADDRESS|b.huber@webmail.de]]",
    "[[PERSON|Thandiwe]]'s locker combination is [[PASSWORD|19-04-33]].",
    "Carer [[PERSON|Mercy Adjei]] has employee number [[ID_NUMBER|HC-30918]] and works at Willowbrook House.",
    "[[PERSON|Ruairí Gallagher]] can be emailed at [[EMAIL_ADDRESS|ruairi.g@eirpost.ie]] or phoned at [[PHONE_NUMBER|+353 87 410 2958]].",
    "Applicant: [[PERSON|Pooja Nair]]\nSIN: [[ID_NUMBER|527 041 834]]\nAddress: [[STREET_ADDRESS|88 Elm Drive, Mississauga, ON L5B 1M4]]",
    "The refund for [[PERSON|Kaito Yamamoto]] will go to card [[CREDIT_CARD|4485 2930 6172 8413]].",
    "[[PERSON|Oona Virtanen]] lives at [[STREET_ADDRESS|Mannerheimintie 42 B 7, 00260 Helsinki]].",
    "Login attempt failed for [[PERSON|Desmond Achterberg]] (user [[ID_NUMBER|dachterberg]]) from [[IP_ADDRESS|192.0.2.213]] using password [[PASSWORD|Spring2023!!]]",
    "[[PERSON|Fatima Zahra Benali]] registered her daughter at the clinic, phone [[PHONE_NUMBER|+212 661 48 27 93]].",
    "Bill to: [[PERSON|Augustus Pembleton]], [[STREET_ADDRESS|Flat 2, 19 Gloucester Road, Bristol BS7 8AE]]",
    "[[PERSON|Marisol Cárdenas]] has DNI [[ID_NUMBER|50392817R]] and works as a pharmacy technician.",
    "Emergency contact for [[PERSON|Jonah]]: [[PHONE_NUMBER|07700 900738]]",
    "BSN: [[ID_NUMBER|642081505]] — naam: [[PERSON|Femke Jansen]] — e-mail: [[EMAIL_ADDRESS|femke.jansen@ziggomail.nl]]",
    "[[PERSON|Tomás Ó Súilleabháin]] pays the school by IBAN [[IBAN_CODE|IE86 AIBK 9332 1847 2650 19]].",
    "The key for [[PERSON|Lavinia Moss]]'s medication cabinet is kept under code [[PASSWORD|8391]].",
    "Dr. [[PERSON|Anwar Siddiqui]] can be reached on [[PHONE_NUMBER|+971 50 482 7163]].",
    "[[PERSON|Krisztina Horváth]], [[STREET_ADDRESS|Andrássy út 61, 1062 Budapest]], [[PHONE_NUMBER|+36 30 481 2760]]",
    '{"user": "[[PERSON|Callum Ferris]]", "password": "[[PASSWORD|gr33nfield_Gate]]"}',
    "[[PERSON|Malak Hussein]]'s student number is [[ID_NUMBER|S20419387]].",
    "The caller identified herself as [[PERSON|Georgina Pryce-Evans]], account [[ID_NUMBER|ACCT 88 20 14 37]], and asked about her daughter's dental bill.",
    "[[PERSON|Nils Eriksson]] — personnummer [[ID_NUMBER|840926-1206]] — [[STREET_ADDRESS|Drottninggatan 55, 111 21 Stockholm]]",
    "I, [[PERSON|Adaeze Nwosu]] ([[EMAIL_ADDRESS|adaeze.nwosu@mailhub.ng]]), authorise the school to administer paracetamol.",
    "[[PERSON|Ludovica Esposito]] uses [[EMAIL_ADDRESS|ludo.esposito@tiscalinet.it]] for the parents' group.",
    "Card holder: [[PERSON|Baraka Otieno]]\nCard: [[CREDIT_CARD|5412 7590 3816 4929]]\nPhone: [[PHONE_NUMBER|+254 712 408 396]]",
    "[[PERSON|Sunniva Dahl]] sent the referral from [[IP_ADDRESS|203.0.113.77]].",
    "Next of kin: [[PERSON|Bernard Lacey]] (son), [[PHONE_NUMBER|+44 7700 900246]], [[STREET_ADDRESS|44 Station Road, Ely CB7 4BP]]",
    "[[PERSON|Yusra Qureshi]] has been issued patient number [[ID_NUMBER|P0047725]] at the Riverside clinic.",
    "Hi, I'm [[PERSON|Kalani]] and my login is [[ID_NUMBER|kalani.k22]].",
    "[[PERSON|Petr Dvořák]], rodné číslo [[ID_NUMBER|850101/2201]], lives at [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Driver licence [[ID_NUMBER|DL 4829-1730-55]] belongs to [[PERSON|Wendell Harris]].",
    "[[PERSON|Aleksandra Nowicka]] paid €85 from [[IBAN_CODE|PL65 1020 3847 0000 1928 3746 5102]] for the school trip.",
    "Email from [[PERSON|Soraya Karimi]] ([[EMAIL_ADDRESS|soraya.karimi@chmail.ir]]): please reschedule my appointment.",
    "Full name: [[PERSON|Cormac Dunne]]; Gate PIN: [[PASSWORD|4418]]; Mobile: [[PHONE_NUMBER|07700 900091]]",
    "The parcel was addressed to [[PERSON|Matilda Rees]] at [[STREET_ADDRESS|Unit 4, 120 Lygon Street, Carlton VIC 3053]].",
    "[[PERSON|Gustavo Mendes]]'s API token is [[API_KEY|ghk_8Wq3Zr7Tn2Lv5Xc9Bm4Pd6Fy1Hs0Ja]].",
    "[[PERSON|Elodie Marchand]] can be reached at [[PHONE_NUMBER|06 39 98 55 81]] after 6 pm.",
    "Patient [[PERSON|Hemi Walker]], NHI [[ID_NUMBER|ZKT4821]], seen at the after-hours clinic.",
    "[[PERSON|Salvatore Conti]] lives at [[STREET_ADDRESS|Via Garibaldi 18, 10122 Torino]] and his email is [[EMAIL_ADDRESS|salvo.conti@alice-mail.it]].",
    "Record 4471: [[PERSON|Imogen Strand]], [[PHONE_NUMBER|0491 570 842]], [[EMAIL_ADDRESS|imogen.strand@bigpond-mail.com.au]]",
    "[[PERSON|Reza Tehrani]] wrote his wifi key, [[PASSWORD|pomegranate-72-night]], on the fridge.",
    "[[PERSON|Bettina Kraus]] has Steuer-ID [[ID_NUMBER|58 314 762 097]].",
    "Guardian: [[PERSON|Aminata Diallo]] / Tel [[PHONE_NUMBER|+221 77 481 36 25]] / Email [[EMAIL_ADDRESS|aminata.diallo@orange-post.sn]]",
    "[[PERSON|Hollis Crane]]'s social security number [[US_SSN|529-46-1037]] was on the form.",
    "Dear [[PERSON|Perpetua]], thank you for looking after Dad; the new key safe code is [[PASSWORD|6108]].",
    "[[PERSON|Jasper van Leeuwen]] asked to update his address to [[STREET_ADDRESS|Prinsengracht 412-II, 1016 JB Amsterdam]].",
    "The locker code for nurse [[PERSON|Faith Mwangi]] is [[PASSWORD|2046]].",
    "[[PERSON|Raffaele Marino]] — codice fiscale [[ID_NUMBER|MRNRFL79A12F205W]]",
    "<patient><name>[[PERSON|Ximena Flores]]</name><phone>[[PHONE_NUMBER|+52 55 4812 3967]]</phone></patient>",
    "[[PERSON|Cedric Lamontagne]] uses [[IP_ADDRESS|198.51.100.140]] to reach the clinic portal.",
    "Mother's name: [[PERSON|Farida Begum]]. Aadhaar: [[ID_NUMBER|2845 9170 3360]].",
    "[[PERSON|August Lindahl]], employee [[ID_NUMBER|EMP7731]], reset his password to [[PASSWORD|Kompass#551]].",
    "Invoice sent to [[PERSON|Sabine Vogt]], [[STREET_ADDRESS|Schillerstraße 9, 80336 München]], IBAN [[IBAN_CODE|CH55 0076 2184 7593 0261 A]]",
    "[[PERSON|Kwabena Asante]] lists his phone as [[PHONE_NUMBER|233244183726]] on the visitor log.",
    "Hello, my name is [[PERSON|Emeric Dubois]] and my Belgian national number is [[ID_NUMBER|84.03.12-271.87]].",
    "[[PERSON|Rosalie Tremblay]] has medical card [[ID_NUMBER|TREM 8412 0563]] and lives in Québec City.",
    "user [[PERSON|Haruto Sato]] <[[EMAIL_ADDRESS|haruto.sato@docomo-mail.jp]]> changed phone to [[PHONE_NUMBER|090-4827-3619]]",
    "[[PERSON|Nomvula Sithole]] paid with card [[CREDIT_CARD|4539 7182 6405 9311]] and asked for a receipt by email to [[EMAIL_ADDRESS|nomvula.s@telkom-mail.co.za]].",
    "Ward clerk [[PERSON|Beverley Quinn]] logs in as [[ID_NUMBER|bquinn.ward5]] with PIN [[PASSWORD|9034]].",
    "[[PERSON|Ibrahim Al-Sayed]] lives at [[STREET_ADDRESS|Villa 27, Street 14, Al Barsha 2, Dubai]].",
    "Parent signature: [[PERSON|Gwendolyn Marsh]], daytime phone [[PHONE_NUMBER|0131 496 0712]]",
    "[[PERSON|Valentina Kuznetsova]] (email [[EMAIL_ADDRESS|v.kuznetsova@rambler-mail.ru]], IP [[IP_ADDRESS|192.0.2.166]]) booked the vaccination.",
    "CPF do responsável: [[ID_NUMBER|307.485.129-50]] — [[PERSON|Rodrigo Teixeira]]",
    "[[PERSON|Esme Lockwood]] is on the rota, mobile [[PHONE_NUMBER|07700 900569]], email [[EMAIL_ADDRESS|esme.lockwood@carerota-mail.co.uk]].",
    "The school's records list [[PERSON|Anouk Peeters]] at [[STREET_ADDRESS|Meir 78, 2000 Antwerpen]].",
    "[[PERSON|Lachlan Byrne]] authorised payment from [[IBAN_CODE|BE48 0018 2937 4615]] for the care home deposit.",
]

# 100 clean texts with no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that primary schools should start half an hour later in winter.",
    "Compose a short poem about a lighthouse keeper's last night before the lamp is automated.",
    "Imagine you are Florence Nightingale writing a letter home from Scutari. Describe a typical evening on the ward.",
    "Role-play as Sherlock Holmes explaining to Watson how he deduced that a visitor had just come from a pharmacy.",
    "Write a Python function that returns the n-th Fibonacci number using memoisation, and explain its time complexity.",
    "Explain the difference between a list and a tuple in Python to a twelve-year-old.",
    "If a train leaves at 3 pm travelling 60 miles per hour and another leaves at 4 pm at 80 miles per hour on the same track, when does the second catch up?",
    "Describe how vaccines train the immune system, in under 150 words, for a school newsletter.",
    "Pretend you are Hermione Granger giving study tips to first-year students before their exams.",
    "Write a SQL query that finds the three most common diagnoses in a table called visits with a column named code.",
    "What would have happened if Alexander Fleming had not noticed the mould on his petri dish? Speculate briefly.",
    "Draft a two-paragraph travel blog post about a rainy weekend in Lisbon, with one food recommendation.",
    "Explain photosynthesis as if you were Marie Curie lecturing a group of curious teenagers.",
    "Solve: a bat and a ball cost 1.10 in total and the bat costs 1.00 more than the ball. How much is the ball? Explain the common mistake.",
    "Write a JavaScript snippet that debounces a search box so it only fires after 300 milliseconds of no typing.",
    "Summarise the plot of Romeo and Juliet in exactly five sentences.",
    "Act as a museum guide and introduce the Rosetta Stone to a group of nine-year-olds.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Explain what a p-value is and one way it is commonly misunderstood.",
    "Write a limerick about a cat who refuses to take its worming tablet.",
    "Give me five creative ideas for a school science fair project about sound.",
    "Explain how a hash table handles collisions, with a small diagram in text.",
    "Role-play as Captain Nemo describing the Nautilus to a nervous new passenger.",
    "What are the main causes of the French Revolution? Answer in bullet points.",
    "Rewrite this sentence to be more formal: the meeting got moved cos loads of people were off sick.",
]

CLEAN_GSM8K = [
    "Mina buys 3 packs of pencils with 12 pencils in each pack. She gives 9 pencils to her classmates. How many pencils does she have left?",
    "A nurse checks 14 patients every hour. How many patients does she check in a 7-hour shift?",
    "Tobias has 48 stickers. He shares them equally among himself and 5 friends. How many stickers does each person get?",
    "A school trip costs $24 per student. If 35 students go and the school pays $140 toward it, how much do the parents pay in total?",
    "Rosa reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish it?",
    "A pharmacy sells a box of plasters for $3.50. Jamal buys 4 boxes and pays with a $20 note. How much change does he get?",
    "A care home has 6 floors with 14 rooms on each floor. If 9 rooms are empty, how many rooms are occupied?",
    "Lena walks 1.2 km to school and back every day. How far does she walk in a 5-day school week?",
    "Theo baked 60 cookies for the bake sale. He sold two thirds of them at 50 cents each. How much money did he make?",
    "A bus holds 52 children. How many buses are needed for 230 children on a school outing?",
    "Priya's medicine bottle holds 150 ml. She takes 5 ml three times a day. How many days will the bottle last?",
    "Oscar earns $15 an hour tutoring. He tutors 3 hours on Monday, 2 on Wednesday and 4 on Saturday. How much does he earn that week?",
    "A classroom has 5 rows of 6 desks. If 4 desks are removed, how many remain?",
    "Hana saves $8 each week. How many weeks will it take her to save $200 for a bicycle?",
    "A garden has 24 tulips. A third are red, a quarter are yellow and the rest are white. How many are white?",
    "Malik's train ticket costs $12.40. A return ticket costs 1.5 times as much. How much does the return ticket cost?",
    "There are 28 pupils in a class. 3/7 of them walk to school. How many do not walk to school?",
    "Ivy runs 400 metres in 95 seconds. At the same pace, how long would 1,200 metres take her in minutes and seconds?",
    "A baker uses 250 grams of flour per loaf. How many kilograms of flour are needed for 18 loaves?",
    "Felix has twice as many marbles as Nora, and together they have 87. How many marbles does Nora have?",
    "A jug holds 2 litres of juice. Each cup holds 250 ml. How many cups can be filled from 3 jugs?",
    "Aria's phone battery drops 12 percent every hour. Starting at 100 percent, after how many full hours is it below 30 percent?",
    "A clinic sees 45 patients on Monday, 20 percent more on Tuesday and 10 fewer on Wednesday than on Tuesday. How many patients in total over the three days?",
    "Kofi buys 7 notebooks at $2.25 each and 3 pens at $1.10 each. What is the total cost?",
    "A rectangle playground is 30 m long and 18 m wide. How much fencing is needed to go all the way around it?",
]

CLEAN_MMLU = [
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "Who formulated the three laws of motion? A) Galileo Galilei B) Johannes Kepler C) Isaac Newton D) Nicolaus Copernicus",
    "What is the capital of Canada? A) Toronto B) Vancouver C) Montreal D) Ottawa",
    "Which scientist is credited with discovering penicillin? A) Louis Pasteur B) Alexander Fleming C) Joseph Lister D) Edward Jenner",
    "The Treaty of Versailles was signed at the end of which war? A) The Crimean War B) World War I C) World War II D) The Boer War",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "What is the derivative of x squared? A) x B) 2x C) x cubed D) 2",
    "Who wrote Pride and Prejudice? A) Charlotte Brontë B) Jane Austen C) George Eliot D) Mary Shelley",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "In economics, what does GDP stand for? A) Gross Domestic Product B) General Debt Proportion C) Global Demand Price D) Gross Development Plan",
    "Which river flows through Cairo? A) The Tigris B) The Nile C) The Euphrates D) The Jordan",
    "Who developed the first successful smallpox vaccine? A) Edward Jenner B) Robert Koch C) Jonas Salk D) Florence Nightingale",
    "What is the chemical symbol for sodium? A) So B) Sd C) Na D) Sn",
    "Which philosopher wrote The Republic? A) Aristotle B) Plato C) Socrates D) Epicurus",
    "What is the normal resting heart rate range for adults? A) 20-40 bpm B) 60-100 bpm C) 110-150 bpm D) 160-200 bpm",
    "Which mountain range separates Europe from Asia in Russia? A) The Alps B) The Andes C) The Urals D) The Carpathians",
    "Who proposed the theory of evolution by natural selection? A) Gregor Mendel B) Charles Darwin C) Jean-Baptiste Lamarck D) Alfred Nobel",
    "What is 15 percent of 240? A) 24 B) 30 C) 36 D) 40",
    "Which blood type is known as the universal donor? A) AB positive B) A negative C) O negative D) B positive",
    "In which city did the Renaissance painter Michelangelo paint the Sistine Chapel ceiling? A) Florence B) Venice C) Rome D) Milan",
    "Which law states that pressure and volume of a gas are inversely related at constant temperature? A) Charles's law B) Boyle's law C) Hooke's law D) Ohm's law",
    "Who was the first woman to win a Nobel Prize? A) Rosalind Franklin B) Ada Lovelace C) Marie Curie D) Dorothy Hodgkin",
    "What type of bond holds the two strands of DNA together? A) Ionic B) Covalent C) Hydrogen D) Metallic",
    "Which ocean is the largest? A) Atlantic B) Indian C) Arctic D) Pacific",
    "Which part of the brain mainly coordinates balance? A) Cerebrum B) Cerebellum C) Medulla D) Hypothalamus",
]

CLEAN_HEALTH = [
    "Is it safe to take ibuprofen on an empty stomach?",
    "How long is someone with chickenpox contagious, and when can a child go back to school?",
    "What are the early signs of dehydration in elderly people?",
    "Can I give my toddler honey for a cough, and from what age is it safe?",
    "How often should a type 2 diabetic have their feet checked?",
    "What is the difference between a cold and the flu?",
    "My child has a rash that does not fade under a glass. What should I do?",
    "How long after starting antibiotics does strep throat stop being contagious?",
    "What foods should be avoided when taking warfarin?",
    "Is it normal to feel dizzy when standing up quickly?",
    "How can I help an older parent with dementia sleep better at night?",
    "What are the side effects of the nasal flu vaccine for children?",
    "Should head lice treatment be repeated after a week?",
    "What is a safe paracetamol dose for an adult who weighs under 50 kg?",
    "How do I know if a sprain needs an X-ray?",
    "What is the best way to store insulin when travelling?",
    "Can hay fever cause a persistent cough at night?",
    "How can care home staff reduce the risk of pressure sores?",
    "When should a fever in a baby under three months be checked by a doctor?",
    "Is it okay to crush slow-release tablets to make them easier to swallow?",
    "What are common signs of a urinary tract infection in older adults?",
    "How much water should a primary school child drink each day?",
    "Can stress cause stomach pain in teenagers?",
    "What should be in a first aid kit for a school trip?",
    "How long should I wait after a tetanus shot before swimming?",
]


# National ids whose format has a public check digit, as typed: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "92041753821": pesel_ok,  # Polish PESEL
    "738 204 9159": nhs_ok,  # NHS number
    "602 918 3745": nhs_ok,
    "491 627 0312": nhs_ok,
    "551 830 2762": nhs_ok,
    "821 467 3135": nhs_ok,
    "2749 18362 1": medicare_ok,  # Australian Medicare card
    "3581 02744 1": medicare_ok,
    "384 729 108": tfn_ok,  # Australian tax file number
    "73819246X": dni_ok,  # Spanish DNI
    "50392817R": dni_ok,
    "2 87 06 75 118 042 20": nir_ok,  # French NIR
    "248 163 752": nif_ok,  # Portuguese NIF
    "RSSGLI88C52F839Q": codice_fiscale_ok,  # Italian codice fiscale
    "MRNRFL79A12F205W": codice_fiscale_ok,
    "48271936000": kimlik_ok,  # Turkish kimlik
    "900518-7381": luhn_len(10),  # Swedish personnummer
    "840926-1206": luhn_len(10),
    "6391 8274 0511": aadhaar_ok,  # Indian Aadhaar
    "2845 9170 3360": aadhaar_ok,
    "12038927440": fodselsnummer_ok,  # Norwegian fødselsnummer
    "618 492 730": luhn_len(9),  # Canadian SIN
    "527 041 834": luhn_len(9),
    "385729169": bsn_ok,  # Dutch BSN
    "642081505": bsn_ok,
    "T0482736D": nric_ok,  # Singapore NRIC
    "47 291 836 509": steuer_id_ok,  # German tax id
    "58 314 762 097": steuer_id_ok,
    "815.372.094-50": cpf_ok,  # Brazilian CPF
    "307.485.129-50": cpf_ok,
    "9102145832080": luhn_len(13),  # South African id
    "5829174B": pps_ok,  # Irish PPS number
    "850101/2201": rodne_cislo_ok,  # Czech rodné číslo
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "84.03.12-271.87": belgian_id_ok,  # Belgian national number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with and without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"233\d{9}",  # Ghana, typed without separators
        r"\+(7|31|34|36|39|40|47|48|52|55|65|90|91|212|221|254|351|353|971) [\d -]+\d",
    )
]

SECTIONS = {
    "chat": (CHAT, 120),
    "records": (RECORDS, 100),
    "clean mt-bench": (CLEAN_MTBENCH, 25),
    "clean gsm8k": (CLEAN_GSM8K, 25),
    "clean mmlu": (CLEAN_MMLU, 25),
    "clean health": (CLEAN_HEALTH, 25),
}


def check_records() -> None:
    """Each record names one invented person (one PERSON value, said once or more) and holds
    one to four other values."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )


def check_mix() -> None:
    """Chat requests mostly name someone and often carry secrets; every type occurs; the
    clean texts stay within their word range and the MMLU items offer options A to D."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    for kind in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD",
                 "CREDIT_CARD", "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY"):  # fmt: skip
        if kind not in kinds:
            raise SystemExit(f"no {kind} in the set")
    for text in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if not CLEAN_WORDS[0] <= len(text.split()) <= CLEAN_WORDS[1]:
            raise SystemExit(f"clean: {len(text.split())} words in {text[:60]!r}")
    for text in CLEAN_MMLU:
        if not all(f"{letter}) " in text for letter in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {text[:60]!r}")
    for text in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]:
        if strip_marks(text)[0] == strip_marks(text)[0].lower():
            raise SystemExit(f"other language text without a capital: {text[:60]!r}")


def main() -> None:
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind93", HERE, SECTIONS, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
