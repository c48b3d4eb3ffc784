# ruff: noqa: E501
"""A hundred-and-sixty-sixth blind privacy set: 220 texts with personal data and 100 clean
ones, on clinical trials and research studies (participant screening, consent forms, study
visits, site coordinators, investigators, adverse-event notes, reimbursement of
participants, lab sample logs, survey panels, university ethics admin).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and labelling paragraph of ``README.md`` and the shape of ``build_blind36.py`` and
``build_blind163.py`` (their constants' names and ``main``), never the detector, its rules,
docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 91 words) to a general assistant from coordinators, research
  nurses, lab staff, ethics administrators, survey-panel staff, participants and their
  families: the first 30 typed all in lower case, the next 6 in Spanish, German, Japanese,
  Arabic, Polish and Italian, the last 84 in English; most name someone (often with no cue
  word: rotas, call logs, sample logs, "X and Y", sign-offs, names that are ordinary words
  such as Rose, Bill, Grace, Will, Penny, Summer, Sky, Dot, Hunter, June, May, Hope), names
  of many origins and scripts; 21 hold a secret (door, lockbox, padlock and key-safe codes,
  passwords, a wifi key, 2FA codes, two API tokens); phones with and without separators,
  e-mails, addresses of several countries, member, student, hospital and participant
  numbers, cards, IBANs, SSNs and IPs.
* 100 one-person records (screening logs, consent-form headers, reimbursement and
  compensation forms, adverse-event notes, lab sample log lines, survey-panel CSV and JSON
  rows, contact cards, letters, log lines) in English and 35 other languages; 40 carry a
  check-digit-valid national id of 33 kinds.

Usernames, member, student, hospital, participant and account numbers, and national ids are
ID_NUMBER; PINs, door, lockbox, padlock and key-safe codes, wifi keys, 2FA codes and passwords
PASSWORD; API tokens API_KEY; titles (Dr, Prof, Mrs) stay outside PERSON spans; an address
span runs from the first street line through the postcode and city as typed; public and
fictional figures, protocol, kit, ethics-application numbers and dates of birth are not
labelled; every occurrence of a private value is marked.

The 100 clean texts name no private person: 25 MT-Bench/Vicuna-style prompts (some name
famous or fictional people), 25 GSM8K-style word problems with fictional first names, 25
MMLU-style items with options A to D and 25 health questions naming no one.

Run ``.venv/bin/python bench/data/build_blind166.py`` from the repository root; the output
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme|Pani|Pan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 lower case, 6 in other languages, 84 in English.
CHAT = [
    # lower case
    "can you make this screening log look neater, it's for the monday huddle: [[PERSON|ama owusu]] eligible, v1 booked for the 14th, needs a wheelchair at the entrance; [[PERSON|tomasz wierzbicki]] screen fail on hba1c, letter to gp still to go; [[PERSON|rose devlin]] withdrew before randomisation, moving away for work, happy to be contacted for future studies; [[PERSON|kemal arslan]] waiting on ecg over-read. keep the order and add a column for next action and who owns it",
    "the weekend door code for the clinical research facility is [[PASSWORD|5813]], can you write a short note to [[PERSON|dennis okafor]] on nights telling him the phlebotomist will need it on saturday",
    "[[PERSON|grace lindqvist]] from the diabetes study emailed from [[EMAIL_ADDRESS|gracie.lq@gmail.com]] saying she lost her diary card. how do i ask her to fill in a new one without sounding annoyed",
    "reimbursement list for this month, can you total it: [[PERSON|hunter blake]] £40, [[PERSON|summer nwachukwu]] £25, [[PERSON|bill castellano]] £40, [[PERSON|sky ferreira]] £15 parking",
    "my mum [[PERSON|dot harrington]] got a consent form for a memory study and wants me to read it with her. her study nurse is on [[PHONE_NUMBER|07700 900418]], what should we ask before she signs",
    "write a text reminder for [[PERSON|kwabena asante]]: fasting bloods tomorrow 8am, nothing to eat after midnight, water is fine. his number is [[PHONE_NUMBER|07700900736]]",
    "the wifi in the participant lounge is crf-guest and the key is [[PASSWORD|bluefinch2024]], can you make a little sign for the table, friendly tone",
    "[[PERSON|mehmet yıldız]] had a fall at home two days after his infusion, not sure if thats an adverse event or just bad luck. how do i decide what goes in the ae log",
    "help me word an apology to [[PERSON|penny o'driscoll]], we posted her travel cheque to [[STREET_ADDRESS|14 clonmore terrace, ballybrack, co. dublin a96 x2k7]] but she'd already moved",
    "ring [[PERSON|bisi adeyemi]] re consent v4",
    "can you turn these into a rota: mon [[PERSON|li wei]] and [[PERSON|marta kovač]], tue [[PERSON|jonah pike]], wed [[PERSON|priya raman]] and [[PERSON|li wei]] again, thu [[PERSON|marta kovač]], fri nobody yet. who has the most shifts",
    "my password for the ethics portal is [[PASSWORD|tulip-harbour-19]] and it keeps saying invalid, i'm logged in as [[EMAIL_ADDRESS|s.mcallister@glenhaven.ac.uk]]. caps lock thing or should i reset",
    "[[PERSON|anjali]] wants to know if the £20 voucher for the sleep survey counts as income, she's a student. what do i tell her",
    "draft a message to [[PERSON|fatima al-rashid]] at [[EMAIL_ADDRESS|fatima.alrashid@outlook.com]]: her 6 month visit is due, can she do the 3rd or the 10th",
    "hey my 2fa code for redcap is [[PASSWORD|604 218]] but it timed out, do i need a new one or can i reuse it",
    "summarise this ae note in plain words: pt [[PERSON|harold finch-moore]] dob 03/02/1951 grade 2 nausea day 3 cycle 2, resolved with ondansetron, no change to dose",
    "my flatmate [[PERSON|jun-ho park]] ([[PERSON|박준호]]) is doing a paid vaccine trial and they want his bank details, is it normal for a site to ask for that",
    "who do i call about the lost sample tube, lab contact is [[PERSON|svetlana morozova]] on [[PHONE_NUMBER|0113 496 0582]] or the sample manager [[PERSON|tariq hussain]]",
    "write a thank you card from the whole study team to [[PERSON|may ellison]] who is retiring after 22 years as our research nurse",
    "the lockbox by the freezer room has code [[PASSWORD|7720]] and [[PERSON|oluwaseun]] keeps forgetting it, give me a clever way to remember it",
    "[[PERSON|kaito nakamura]] signed the consent on the wrong page, can he initial the correction or does he need to redo the whole form",
    "survey panel question: [[PERSON|beatriz souza]] (member id [[ID_NUMBER|pn-448210]]) says she finished the wellbeing survey but didn't get her points. how should i log this",
    "remind [[PERSON|chidi]] and [[PERSON|hana]] the monitor visit moved to thursday, under 40 words",
    "my nan [[PERSON|edna pryce]] lives at [[STREET_ADDRESS|7 ash grove, pontypridd cf37 4hx]] and the trial courier can't find her house for the drug delivery. how do i describe it better, it's the one behind the chapel",
    "login for the shared randomisation laptop: user crf_admin, password [[PASSWORD|kestrel!88]]. [[PERSON|lauren]] needs it monday, how do i send it safely",
    "[[PERSON|nguyễn thị lan]] asked if she can bring her baby to her bone density scan. i said probably not but want to explain why nicely",
    "cant get into the participant payments spreadsheet, the file password is [[PASSWORD|maple_ward_2]] and [[PERSON|colm]] set it, should i just ring him",
    "is 37.9 a fever? [[PERSON|ibrahim diallo]] logged it day 2",
    "text for [[PERSON|zainab]] please, tell her the parking barrier code for the hospital is [[PASSWORD|2291]] and to press the intercom if it fails",
    "[[PERSON|arjun mehta]] ([[PHONE_NUMBER|+44 7700 900254]]) keeps missing calls from the study. can you write a voicemail script under 30 seconds",
    # other languages
    "¿Me ayudas a redactar un correo para [[PERSON|Lucía Fernández Ortega]]? Es participante del estudio de hipertensión y hay que cambiar su visita del martes. Su teléfono es [[PHONE_NUMBER|+34 612 408 395]] por si prefiere que la llame.",
    "Kannst du mir helfen, eine Erinnerung an [[PERSON|Jürgen Albrecht]] zu schreiben? Er hat die Einwilligungserklärung noch nicht zurückgeschickt. Adresse: [[STREET_ADDRESS|Lindenstraße 27, 04109 Leipzig]].",
    "治験コーディネーターの [[PERSON|佐藤由美]] さんに お礼の メールを 書きたいです。 連絡先は [[EMAIL_ADDRESS|y.sato@kenkyu-clinic.jp]] です。 丁寧な 文面で お願いします。",
    "ساعدني في كتابة رسالة إلى [[PERSON|خالد العتيبي]] لتذكيره بموعد سحب الدم يوم الأحد. رقم جواله [[PHONE_NUMBER|+966 55 318 4027]].",
    "Pani [[PERSON|Halina Wróbel]] pyta, kiedy dostanie zwrot kosztów dojazdu na wizyty w badaniu. Jak jej to uprzejmie wyjaśnić? Jej e-mail: [[EMAIL_ADDRESS|halina.wrobel@wp.pl]]",
    "Puoi scrivere un messaggio per [[PERSON|Giorgio Santoro]]? Deve portare le analisi del sangue alla visita di screening giovedì. Il suo numero è [[PHONE_NUMBER|+39 347 218 5096]].",
    # English
    "Can you draft a polite email to Dr. [[PERSON|Folasade Adebayo]], the PI on our asthma trial, asking if she can sign the delegation log before Friday's monitoring visit?",
    "Rota for the screening clinic next week: Monday [[PERSON|Rose Whitfield]], Tuesday [[PERSON|Hyun-woo Cho]], Wednesday [[PERSON|Rose Whitfield]] and [[PERSON|Bartek Nowicki]], Thursday [[PERSON|Amara Diop]], Friday [[PERSON|Hyun-woo Cho]]. Can you turn it into a table?",
    "Participant [[PERSON|Graham Tully]] rang from [[PHONE_NUMBER|(617) 555-0143]] to report a rash on both forearms since Tuesday. Help me write this up as an adverse event entry with onset, severity and action taken.",
    "We need to pay [[PERSON|Olga Petrenko]] $150 for completing the 12-week visit and she's over the $600 annual threshold, so finance needs her SSN [[US_SSN|412-73-5820]] for the 1099. How do I store that securely in the meantime?",
    "My REDCap API token is [[API_KEY|7C3E91A0F4B85D26E1A9C07B3F48D215]], can you show me a Python snippet that exports the screening instrument as CSV?",
    "Hi, I'm [[PERSON|Marisol Vega]], coordinator at the Tucson site. We're submitting a protocol amendment that adds a 24-month follow-up call, changes the reimbursement from a $20 gift card to $35 by check, and updates the consent form to version 5. Our IRB liaison is [[PERSON|Henry Abernathy]] ([[EMAIL_ADDRESS|habernathy@desertview-irb.org]]). Can you help me write him a cover letter that lists each change, why we're making it, and whether currently enrolled participants need to be reconsented? Keep it formal but not stiff.",
    "Please summarise: subject [[ID_NUMBER|104-0027]] ([[PERSON|Keisha Morgan]]) presented with ALT 3x ULN at week 8; study drug held; repeat LFTs in 72h.",
    "Can you make a checklist for the Saturday sample run? [[PERSON|Grace]], [[PERSON|Will]] and [[PERSON|Penny]] are on, centrifuge at 1500g for 10 min, freezer log to be signed by whoever is last out.",
    "Translate into simple English for a participant leaflet: 'Participants will be reimbursed for reasonable travel expenses upon production of receipts.' It's going to [[PERSON|Doreen Attwood]] first because she asked.",
    "Sign-off for my email to the panel members please, something warmer than 'regards'. It's from me, [[PERSON|Aleksandra Zielińska]], Panel Support, [[PHONE_NUMBER|020 7946 0319]].",
    "The freezer alarm app login is freezerwatch / [[PASSWORD|Cryo-Box-4471]]. [[PERSON|Summer Okonjo]] is on call tonight; write a handover that tells her what to do if -80 number 2 goes above -65.",
    "Can you check this consent form header? Participant name: [[PERSON|Lin Xiaoyu]] ([[PERSON|林晓宇]]), DOB 12/09/1988, hospital number [[ID_NUMBER|RX4418207]], witness required: no.",
    "How do I explain to [[PERSON|Dmitri Volkov]] after unblinding that he was on placebo the whole time, without making him feel his two years in the study were wasted?",
    "Our survey panel got 40 completes from the same IP, [[IP_ADDRESS|203.0.113.57]], all within an hour. One of the accounts is [[PERSON|Jake Rowntree]], [[EMAIL_ADDRESS|jrowntree91@gmail.com]]. Write me a neutral email asking him to explain.",
    "Who's doing what on Thursday: [[PERSON|Bill]] consents, [[PERSON|Dot]] does ECGs, [[PERSON|Hunter]] spins the samples. Write it as a WhatsApp to the group.",
    "Write a message to [[PERSON|Sakura Ito]] confirming her baseline MRI on 4 March at 09:15 and that a taxi will collect her from [[STREET_ADDRESS|12/45 Rowe Street, Eastwood NSW 2122]] at 08:20.",
    "Before I send it to finance, does this card number look complete? Participant expenses top-up for [[PERSON|Priyanka Shah]], [[CREDIT_CARD|4131 9270 6839 4970]], exp 08/27.",
    "Short text to [[PERSON|Tomás Ó Briain]]: his stool sample kit is at reception, bring it back by Friday in the orange bag.",
    "Can you format this as a contact card? [[PERSON|Yetunde Balogun]], Study Coordinator, [[PHONE_NUMBER|+234 803 417 2290]], [[EMAIL_ADDRESS|y.balogun@lagosresearch.ng]]",
    "I'm setting up a Qualtrics account for the panel. The admin password they gave me is [[PASSWORD|Qx7!panel-Sept]] and the account owner is [[PERSON|Claire Dufresne]]. What's a safe way to share it with two colleagues?",
    "Write a WhatsApp to my brother [[PERSON|Ravi]] telling him the trial nurse [[PERSON|Sunita Kaur]] will ring him on [[PHONE_NUMBER|07700 900583]] about Dad's follow-up scan, and to actually pick up this time.",
    "Draft an adverse event narrative from my notes. [[PERSON|Elena Marković]], 54, enrolled 2 January into the hypertension study, randomised to arm B. On day 19 she phoned the study line to say she had felt dizzy on standing for two days and had fallen in her kitchen that morning, bruising her left hip. She attended A&E, X-ray showed no fracture, BP was 98/60 lying. She was not admitted. The investigator judged it possibly related, study drug continued at the same dose, and we booked an extra BP check on day 22.",
    "My study password for the ePRO app is [[PASSWORD|Hibiscus#207]], I'm [[PERSON|Lorraine Mbeki]] and my diary won't sync. What should I try first?",
    "The ethics office needs the PI's details on the form. Can you lay these out neatly? Prof. [[PERSON|Anders Holmqvist]], [[EMAIL_ADDRESS|anders.holmqvist@uppsala-med.se]], [[PHONE_NUMBER|+46 70 318 42 96]].",
    "Can you rewrite this so it sounds less robotic? 'Dear [[PERSON|Mohammed Al-Farsi]], your participation in visit 4 is confirmed. Please fast for 10 hours.'",
    "Help me spot the gaps in this sample log: 0931 [[PERSON|Femi]] SST x2, 0945 [[PERSON|Agnieszka]] EDTA x1, 1002 blank, 1010 [[PERSON|Femi]] urine, 1033 [[PERSON|Rhiannon]] EDTA x3.",
    "Help! I sent the randomisation list password [[PASSWORD|Zeb-Orchid-63]] to the wrong [[PERSON|Sam]] in the address book. What do I do now?",
    "[[PERSON|Isabella Conti]] wants her participant payment to go to her Italian account, [[IBAN_CODE|IT46X0306909606100000478215]]. Can we do international transfers from a UK research grant? What do I ask finance?",
    "Write a gentle follow-up for [[PERSON|Svein Hagen]] who hasn't returned his week 12 questionnaire. Keep it under 60 words.",
    "Please make a table from this: [[PERSON|Thandiwe Nkosi]] – screened 3/4 – eligible; [[PERSON|Pedro Alves]] – screened 3/4 – excluded, BMI 41; [[PERSON|Wiremu Tane]] – screened 5/4 – eligible; [[PERSON|Ayşe Demir]] – screened 6/4 – pending ECG.",
    "The site coordinator in Manila is [[PERSON|Maricel Dela Cruz]], her number is [[PHONE_NUMBER|+63 917 482 3016]]. What time is 10am London for her?",
    "Is it OK to tell a participant's daughter about his lab results? [[PERSON|Arthur Pennington]]'s daughter keeps ringing the study line asking.",
    "What should I write in the deviation log? [[PERSON|Yusuf Karimi]] had his visit 5 bloods taken 4 days outside the window because of Eid.",
    "IT says our eCRF passwords must be rotated every 90 days. Write a reminder from [[PERSON|Niamh Doyle]], data manager, to all site staff.",
    "I need to send a sample shipment notice to the central lab. Sender: [[PERSON|Anneke de Vries]], [[PHONE_NUMBER|+31 6 4827 1930]]. Can you write the email body?",
    "Write a LinkedIn recommendation for [[PERSON|Kofi Mensah]], the best research assistant I've had on the falls prevention study.",
    "Our panel member [[PERSON|Wanjiru Kamau]] moved house. New address: [[STREET_ADDRESS|Flat 3, 19 Ngong Road, Nairobi 00100]]. Can you write a short confirmation email?",
    "Login help: the lab LIMS user is [[ID_NUMBER|hpatel02]], password [[PASSWORD|Vortex-Spin-88]]. It locked after 3 tries. I'm [[PERSON|Hemal Patel]], who do I contact?",
    "Is this a serious adverse event? [[PERSON|Beatrice Holloway]] was admitted overnight for chest pain, discharged next morning, troponin normal.",
    "Please write a note in English and Mandarin to [[PERSON|Chen Jing]] reminding her to bring all unused study tablets to the next visit.",
    "Make this voicemail sound friendlier: 'This is [[PERSON|Rachel Stein]] from the Heart Study calling for [[PERSON|Desmond Clarke]]. Please call back on [[PHONE_NUMBER|0161 496 0724]].'",
    "Can you write a short bio of me for the study newsletter? I'm [[PERSON|Siobhán Keane]], research nurse since 2015, ran the ICU sedation trial, love sea swimming.",
    "Check my maths on the travel claim for [[PERSON|Abdullahi Musa]]: 3 return trips at 34 miles each way, 45p a mile, plus £6 parking each time.",
    "Our Zoom link for the DSMB meeting has passcode [[PASSWORD|518306]]. Draft the invite to [[PERSON|Margarethe Koll]] and [[PERSON|Sunil Varma]] for 2pm Thursday.",
    "What's the best way to thank [[PERSON|Irina]] and [[PERSON|Pavel]] for translating the Russian consent form over a weekend?",
    "Hi, my name is [[PERSON|Taini Begay]], I got a letter about a kidney study and my member number for the tribal health plan is [[ID_NUMBER|NHP-2209481]]. Will being in the study affect my coverage?",
    "Fix the grammar: 'Patient [[PERSON|Lars Eriksen]] were consented by myself on 12th, copy of ICF gave to him and filed in ISF.'",
    "My daughter [[PERSON|Maya]] is 15 and wants to join a paid acne study. Can she consent herself or do I need to sign too?",
    "Write a Slack message to [[PERSON|Jae-won]] saying the -20 freezer key is in the top drawer and the padlock code is [[PASSWORD|0394]].",
    "Can you turn this call log into a summary? 09:12 [[PERSON|Hamid Rezaei]] no answer; 09:40 [[PERSON|Hamid Rezaei]] rang back, confirmed visit; 11:05 [[PERSON|Colette Brun]] asked about parking; 14:30 [[PERSON|Nia Roberts]] cancelled.",
    "I run a student survey panel. [[PERSON|Oisín Gallagher]] says someone signed up with his email [[EMAIL_ADDRESS|oisin.gallagher@mail.dcu.ie]] and he never joined. How do I handle this under GDPR?",
    "Draft an email to the ethics committee administrator, [[PERSON|Gwen Lloyd-Price]], asking when the minutes from the March meeting will be circulated.",
    "The courier needs the address for the home-visit kit. It's [[PERSON|Roberta Kaczmarek]], [[STREET_ADDRESS|2210 Birchwood Lane, Apt 4B, Madison, WI 53711]], phone [[PHONE_NUMBER|608-555-0172]]. She works nights, so the box has to arrive after 2pm and should be left with the building manager if she doesn't answer. The kit has a dry-ice insert, so please also write the 'do not leave in sun' note and a line explaining the return label goes in the same box. Can you write both the label and the note?",
    "[[PERSON|Kenji]] changed the shared study mailbox settings and now all replies land in his own inbox. Write a polite message asking him to undo it.",
    "Can you write a reference for [[PERSON|Adaeze Okonkwo]], who was our study coordinator for three years and is applying for a CRA role?",
    "[[PERSON|Pita Havili]] is asking if his travel reimbursement can be paid to his partner's card, [[CREDIT_CARD|5364 3520 5411 2622]]. Is that allowed?",
    "The ethics portal asks for the student's details: [[PERSON|Lucas Moreau]], student number [[ID_NUMBER|S20417783]], supervisor [[PERSON|Hélène Girard]]. Write the project team paragraph.",
    "Three people to remind about fasting: [[PERSON|June Whitaker]], [[PERSON|Faisal Qureshi]], [[PERSON|Esi Boateng]]. Can you write one message I can copy and paste?",
    "Can you summarise what ICH GCP says about who can take consent? Our new nurse [[PERSON|Dolores Ruiz]] is asking.",
    "Our survey tool's API key is [[API_KEY|sk_panel_9fQ2xLr7TzK4mWb8NcV1]]. Is it safe to put it in the Google Sheet the RAs share?",
    "Dad's trial card says [[PERSON|Ivan Horvat]], participant [[ID_NUMBER|CT-0318-044]], emergency contact [[PHONE_NUMBER|+385 91 427 3358]]. He lost it. Should I ask the site for a new one?",
    "Explain to a 10-year-old why [[PERSON|Leo]] has to give a blood sample at each visit of the asthma study.",
    "Wifi at the satellite clinic is CRF-Clinic, password [[PASSWORD|greenkettle47]], I keep forgetting it. [[PERSON|Saanvi]] needs it too. Make a tiny reminder card?",
    "Can you draft a birthday card from the research team for [[PERSON|Sky Tennant]], who has been in our cohort study since she was born?",
    "Write a cover email to the sponsor with [[PERSON|Kateryna Bondarenko]]'s updated CV and GCP certificate attached, she's our new sub-investigator.",
    "Sanity check on this transfer for reimbursing [[PERSON|Reto Baumgartner]]: IBAN [[IBAN_CODE|CH74 0900 0003 0481 7265]], CHF 180. Does the length look right for Switzerland?",
    "I'm [[PERSON|Hollie Brennan]], 29. I took part in a flu study and now I'm getting texts from [[PHONE_NUMBER|07700 900691]] offering more paid studies. Is that the hospital or a scam?",
    "Calendar entry wording please: SIV with [[PERSON|Mariam Haddad]] (CRA) and [[PERSON|Olumide Ajayi]] (PI), Tuesday 10:00, seminar room 3.",
    "Turn these notes into a proper AE narrative: [[PERSON|Gustavo Pereira]] 61M, headache grade 1 day 2, self-treated paracetamol, resolved day 4, unrelated per investigator.",
    "Our lab portal shows the last login to [[PERSON|Ewa]]'s account came from [[IP_ADDRESS|198.51.100.23]] at 3am. She says it wasn't her. What should I check?",
    "Sign my email off properly: Kind regards, [[PERSON|Precious Dlamini]], Clinical Trials Assistant, [[EMAIL_ADDRESS|precious.dlamini@wits-ctu.ac.za]]",
    "Is this a valid SSN format before I put it in the payment system: [[US_SSN|538-26-1947]] for [[PERSON|Darnell Hughes]]?",
    "[[PERSON|Amélie Rousseau]] would like us to call her on [[PHONE_NUMBER|06 39 98 41 27]] rather than email. Write the note for the front of her file.",
    "The shared drive folder with the consent scans is locked with [[PASSWORD|Consent-Vault-5530]] and only [[PERSON|Noor]] and I know it. Should the PI have it too?",
    "Write a two-line SMS for [[PERSON|Bongani]] reminding him to wear his activity watch every day until the next visit.",
    "[[PERSON|Tobias]]: freezer log?",
    "Our participant [[PERSON|Kiri Walker]] asks if she can get her £50 in cash instead of a voucher, as she doesn't have a bank account. Draft a reply.",
    "Could you write a handover for tomorrow: [[PERSON|Esther Nwosu]] covers screening, [[PERSON|Marcus Lindgren]] does the 8am PK bloods, and the drug cupboard combination is [[PASSWORD|31-07-18]].",
    "Can you help me write a complaint? I was in a sleep study and the coordinator, [[PERSON|Tracy]], mentioned my results to my manager at a party.",
    "Which fields on this screening form are personal data? Name [[PERSON|Hiroshi Tanaka]], phone [[PHONE_NUMBER|090-3174-5582]], email [[EMAIL_ADDRESS|h.tanaka1962@yahoo.co.jp]], height, weight.",
    "Write a welcome message for new panel member [[PERSON|Charlotte Osei]]. Her login is [[EMAIL_ADDRESS|c.osei@hotmail.co.uk]] and temporary password [[PASSWORD|Welcome-Panel-73]], tell her to change it.",
    "Explain the difference between an investigator and a sub-investigator, I'm [[PERSON|Rania Aziz]] and I've just started as a research nurse.",
    "Make a thank-you note from [[PERSON|Hope]] and the whole cardiology research team to the 200 volunteers who finished the study.",
    "Staff list for the ethics office newsletter: [[PERSON|Ólafur Sigurðsson]], [[PERSON|Małgorzata Lis]], [[PERSON|Σοφία Παπαδοπούλου]], [[PERSON|Анна Смирнова]], [[PERSON|प्रिया शर्मा]], [[PERSON|สมชาย ใจดี]]. Can you put them in alphabetical order?",
]

# 100 one-person records: 30 in English, 70 in 35 other languages; 40 with a national id.
RECORDS = [
    # English
    "SCREENING LOG | Site 03 | [[PERSON|Margaret Ellison-Shaw]] | DOB 14/06/1957 | NHS No. [[ID_NUMBER|943 176 2080]] | eligible: yes | consent v3.1 signed 02/05",
    "Participant contact card\nName: [[PERSON|Desmond Achterberg]]\nMobile: [[PHONE_NUMBER|07700 900127]]\nEmail: [[EMAIL_ADDRESS|des.achterberg@btinternet.com]]\nPreferred contact: text after 5pm",
    "Reimbursement claim – participant [[PERSON|Lakshmi Narayanan]], 3 visits, mileage 96 miles, pay to IBAN [[IBAN_CODE|GB70 BARC 2003 5871 4269 03]].",
    "AE #7 — [[PERSON|Colin Fairweather]] (NHS [[ID_NUMBER|718 364 0523]]), onset 11/03, mild injection-site erythema 3 cm, resolved 13/03 without treatment, not serious.",
    "Dear [[PERSON|Aoife Kinsella]], thank you for attending the CARDIA-2 screening visit. Your PPS number [[ID_NUMBER|7304918N]] is needed only for the enclosed tax form. Please return it in the prepaid envelope.",
    "2024-04-09 08:47 | EDTA 4 mL x2 | [[PERSON|Trevor Ashdown]] | NHS [[ID_NUMBER|485 021 9373]] | spun 09:05 | -80 box 12 pos C4",
    "Participant payment form (Australia)\nFull name: [[PERSON|Brodie McKenzie]]\nTFN: [[ID_NUMBER|428 630 912]]\nMobile: [[PHONE_NUMBER|0491 570 318]]\nAmount: AUD 120 for visits 1-3",
    "Honorarium record — survey panellist [[PERSON|Jasmine Tran]], TFN [[ID_NUMBER|391 740 525]], paid AUD 60 on completion of wave 4.",
    "Screening checklist: [[PERSON|Callum O'Rourke]], Medicare [[ID_NUMBER|3592 81745 2]], address [[STREET_ADDRESS|7 Wattle Crescent, Toowoomba QLD 4350]], GP letter received.",
    "Research subject registration (Singapore)\nName: [[PERSON|Tan Wei Ling]]\nNRIC: [[ID_NUMBER|T0461938I]]\nContact: [[PHONE_NUMBER|+65 9184 3027]]\nStudy arm: to be randomised",
    "T4A details for participant compensation — [[PERSON|Marc-André Tremblay]], SIN [[ID_NUMBER|714 382 959]], [[STREET_ADDRESS|4412 rue Saint-Denis, Montréal QC H2J 2L1]], total paid CAD 340.",
    "Consent log: [[PERSON|Lerato Mokoena]], ID no. [[ID_NUMBER|9208175314087]], consented in Sesotho with interpreter, copy given, cell [[PHONE_NUMBER|+27 82 419 6630]].",
    "Adverse event report (NZ site): [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKM4829]], grade 1 fatigue from day 5, ongoing, no action taken with study drug.",
    "KYC for participant reimbursement: [[PERSON|Venkatesh Iyer]], Aadhaar [[ID_NUMBER|6384 2917 0532]], UPI payout to registered mobile [[PHONE_NUMBER|+91 98450 21763]].",
    "Panel member export row: [[PERSON|Kayla Whitmore]],[[EMAIL_ADDRESS|kaylaw88@yahoo.com]],[[PHONE_NUMBER|(404) 555-0187]],joined 2022-08-14,status active",
    '{"participant": "[[PERSON|Dominic Reyes]]", "phone": "[[PHONE_NUMBER|312-555-0164]]", "visit": "V2", "stipend_card": "[[CREDIT_CARD|4153626902766053]]"}',
    "W-9 received for participant [[PERSON|Tamika Jefferson]], SSN [[US_SSN|271-84-3065]], study payments this calendar year $720.",
    "Dear [[PERSON|Gordon Blackwood]], your next study visit is on Tuesday 9 July at 10:30. A taxi will collect you from [[STREET_ADDRESS|23 Thornfield Road, Harrogate HG2 7QT]] at 09:45. Please bring your medication diary.",
    "Site coordinator: [[PERSON|Rebecca Oyelaran]] | [[EMAIL_ADDRESS|r.oyelaran@kingsbridge-crf.nhs.uk]] | [[PHONE_NUMBER|020 7946 0582]] ext 4",
    '2024-05-02T14:11:09Z panel_login ok user=[[EMAIL_ADDRESS|nathan.ko@gmail.com]] ip=[[IP_ADDRESS|192.0.2.148]] display_name="[[PERSON|Nathan Ko]]"',
    "Emergency unblinding request — participant [[PERSON|Helen Castellanos]], MRN [[ID_NUMBER|00482716]], reason: admitted via ED, requested by on-call registrar at 02:40.",
    "New panellist: [[PERSON|Oliver Pemberton]], born 1990, postcode area LS6, email [[EMAIL_ADDRESS|olly.pemberton@protonmail.com]], consented to recontact: Y",
    "Voucher issued — £30 to [[PERSON|Shannon Kerr]], sent to [[EMAIL_ADDRESS|shannon.kerr@live.co.uk]] on 18/04, visit 2 complete.",
    "Ethics application ERC-2024-117: applicant [[PERSON|Farida Sultani]], PhD student, [[EMAIL_ADDRESS|f.sultani@student.northvale.ac.uk]], student ID [[ID_NUMBER|210458831]], decision: favourable with conditions.",
    "Emergency contact for study visits: [[PERSON|Wilbur Hastings]], [[PHONE_NUMBER|+1 415 555 0129]], [[STREET_ADDRESS|88 Alder Street, San Mateo, CA 94401]]",
    "Home visit 3 — [[PERSON|Marjorie Quinn]], [[STREET_ADDRESS|Flat 12, Riverside Court, 4 Mill Lane, Norwich NR3 1HS]], key safe code [[PASSWORD|1946]], nurse to arrive 10:00.",
    "Pharmacy dispensing record: kit 4471-B dispensed to [[PERSON|Stanley Okwu]], hospital number [[ID_NUMBER|K2284619]], 28 capsules, next visit day 29.",
    "Travel claim — [[PERSON|Imogen Fairbairn]] — refund to card [[CREDIT_CARD|2231 6356 9389 6458]] — £18.40 train fare, receipt attached.",
    "Withdrawal note: [[PERSON|Ruth Abernethy-Cole]] withdrew consent on 22/06 by phone from [[PHONE_NUMBER|0131 496 0417]]; samples retained per consent option 4.",
    "Data export config — owner [[PERSON|Vikram Sethi]], REDCap token [[API_KEY|E04B7A19C3D26F8850A1B9CE47D3F2A6]], project 2217, nightly run 06:00.",
    # Chinese
    "受试者筛选登记表\n姓名：[[PERSON|王丽娟]]\n身份证号：[[ID_NUMBER|110108198703144528]]\n联系电话：[[PHONE_NUMBER|+86 138 1047 2956]]\n筛选结果：合格",
    "不良事件记录 受试者 [[PERSON|陈志强]] 身份证 [[ID_NUMBER|310115199308273165]] 第3天出现轻度头痛 已缓解 与研究药物可能无关",
    "问卷样本库成员 [[PERSON|刘梓涵]] 邮箱 [[EMAIL_ADDRESS|zihan.liu@163.com]] 已完成第二轮调查 积分 120",
    # Portuguese (Brazil, Portugal)
    "Ficha de triagem — Participante: [[PERSON|Ana Clara Nogueira]], CPF [[ID_NUMBER|517.294.630-61]], telefone [[PHONE_NUMBER|+55 11 98274-3061]], elegível para o estudo.",
    "Reembolso de transporte: [[PERSON|Rodrigo Batista Lima]], CPF [[ID_NUMBER|806.351.972-86]], valor R$ 85,00 pago via PIX para o e-mail [[EMAIL_ADDRESS|rodrigo.blima@uol.com.br]].",
    "Registo de participante: [[PERSON|Inês Carvalho Matos]], NIF [[ID_NUMBER|238174603]], morada [[STREET_ADDRESS|Rua de Cedofeita 214, 4050-174 Porto]].",
    "Termo de consentimento assinado por [[PERSON|João Pedro Antunes]] em 12/03; contacto [[PHONE_NUMBER|+351 912 408 735]]; cópia entregue ao participante.",
    # Hindi
    "प्रतिभागी पंजीकरण: नाम [[PERSON|सुनीता देवी]], आधार [[ID_NUMBER|9072 4416 3858]], मोबाइल [[PHONE_NUMBER|+91 94152 30871]], स्क्रीनिंग तिथि 15/02",
    "सहमति पत्र: प्रतिभागी [[PERSON|राहुल वर्मा]] ने हस्ताक्षर किए, ईमेल [[EMAIL_ADDRESS|rahul.verma84@rediffmail.com]]",
    # Swedish
    "Deltagarregister: [[PERSON|Elin Bergström]], personnummer [[ID_NUMBER|790624-3188]], telefon [[PHONE_NUMBER|+46 73 512 84 06]], randomiserad 2024-03-11.",
    "Ersättning för resor till studiebesök: [[PERSON|Oskar Lindahl]], konto [[IBAN_CODE|SE60 5000 0000 0582 4173 9160]], 450 kr.",
    # Dutch (Netherlands, Belgium)
    "Inclusieformulier: deelnemer [[PERSON|Sanne van der Heijden]], BSN [[ID_NUMBER|603118227]], adres [[STREET_ADDRESS|Oudegracht 118, 3511 AX Utrecht]].",
    "Vergoedingsformulier deelnemer: [[PERSON|Pieter Claes]], rijksregisternummer [[ID_NUMBER|76.04.18-273.35]], rekening [[IBAN_CODE|BE86 3101 8473 2659]].",
    "Bijwerking gemeld door [[PERSON|Fenna Bakker]] via [[PHONE_NUMBER|+31 6 1837 4925]]: lichte hoofdpijn na tweede dosis, geen actie nodig.",
    # Korean
    "임상시험 대상자 등록 이름: [[PERSON|김민지]] 주민등록번호: [[ID_NUMBER|880412-2173644]] 연락처: [[PHONE_NUMBER|010-4827-3195]]",
    "설문 패널 회원 [[PERSON|이준혁]] 이메일 [[EMAIL_ADDRESS|junhyuk.lee@naver.com]] 3차 설문 완료, 포인트 지급 예정",
    # Turkish
    "Gönüllü tarama formu: [[PERSON|Elif Şahin]], T.C. Kimlik No [[ID_NUMBER|28471590332]], telefon [[PHONE_NUMBER|+90 532 418 27 60]]",
    "Advers olay notu — [[PERSON|Murat Aydın]], 2. vizitten sonra hafif ateş, adres [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]].",
    # Polish
    "Formularz zgody — uczestniczka [[PERSON|Katarzyna Maj]], PESEL [[ID_NUMBER|92071538423]], tel. [[PHONE_NUMBER|+48 601 482 739]]",
    "Zwrot kosztów podróży: [[PERSON|Jakub Wiśniewski]], PESEL [[ID_NUMBER|05241186353]], kwota 120 zł, przelew na konto z formularza.",
    # Italian
    "Scheda di arruolamento: [[PERSON|Maria Rossi]], codice fiscale [[ID_NUMBER|RSSMRA84C52L219E]], e-mail [[EMAIL_ADDRESS|maria.rossi84@libero.it]].",
    "Rimborso spese di viaggio per [[PERSON|Giulia Ferraro]]: 3 visite, 75 euro; recapito [[PHONE_NUMBER|+39 339 602 1847]].",
    # Finnish
    "Tutkittavan tiedot: [[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|280491-683T]], puhelin [[PHONE_NUMBER|+358 40 728 3915]].",
    "Kyselypaneelin jäsen [[PERSON|Mikko Virtanen]], sähköposti [[EMAIL_ADDRESS|mikko.virtanen@elisanet.fi]], palkkio 15 € maksettu.",
    # Japanese
    "治験参加者登録票 氏名: [[PERSON|山本 健太]] 個人番号: [[ID_NUMBER|529308164277]] 電話: [[PHONE_NUMBER|080-2947-6135]]",
    "有害事象報告 被験者 [[PERSON|鈴木 花子]] 3日目に軽度の発疹 住所 [[STREET_ADDRESS|東京都世田谷区北沢2-14-7]]",
    "謝礼の振込先確認 [[PERSON|高橋 翔]] 様 メール [[EMAIL_ADDRESS|sho.takahashi@docomo.ne.jp]] 金額 8,000円",
    # Spanish (Spain, Chile, Mexico)
    "Hoja de reclutamiento: [[PERSON|Carmen Ruiz Delgado]], DNI [[ID_NUMBER|39418256M]], teléfono [[PHONE_NUMBER|+34 655 210 847]], cumple criterios de inclusión.",
    "Registro de reembolso: [[PERSON|Andrea Popescu]], NIE [[ID_NUMBER|Y6205381H]], cuenta [[IBAN_CODE|ES20 2100 0418 4013 5726 8093]], importe 60 €.",
    "Consentimiento informado firmado por [[PERSON|Camila Fuentes Rojas]], RUT [[ID_NUMBER|16.482.903-0]], fono [[PHONE_NUMBER|+56 9 8273 1046]].",
    "Panel de encuestas — alta de [[PERSON|José Luis Martínez]], correo [[EMAIL_ADDRESS|jl.martinez@hotmail.com]], domicilio [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]].",
    # French
    "Fiche d'inclusion : [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 123 418 93]], tél. [[PHONE_NUMBER|06 39 98 12 64]].",
    "Événement indésirable : [[PERSON|Yannick Robert]], nausées grade 1 au jour 4, adresse [[STREET_ADDRESS|17 rue des Tanneurs, 67000 Strasbourg]].",
    "Indemnisation du volontaire [[PERSON|Sophie Marchand]] : 150 € par virement sur [[IBAN_CODE|FR98 3000 4008 3100 0278 4519 27]].",
    # Norwegian
    "Deltakerskjema: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|14038752317]], mobil [[PHONE_NUMBER|+47 912 48 375]].",
    "Reiserefusjon for deltaker [[PERSON|Sigrid Hauge]], adresse [[STREET_ADDRESS|Storgata 23, 0184 Oslo]], 380 kr utbetalt.",
    # Romanian
    "Fișă de screening: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2900615407329]], telefon [[PHONE_NUMBER|+40 722 418 906]].",
    # Estonian
    "Uuringus osaleja: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48905122742]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]].",
    # Icelandic
    "Þátttakandi í rannsókn: [[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|220884-2019]], sími [[PHONE_NUMBER|+354 662 4185]].",
    # Czech
    "Záznam o nežádoucí příhodě: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|855612/7316]], mírná nevolnost 2. den.",
    # Ukrainian
    "Картка учасника дослідження: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3184762903]], тел. [[PHONE_NUMBER|+380 67 418 2935]].",
    # German (Germany, Austria)
    "Probandenvergütung: [[PERSON|Lukas Hoffmann]], Steuer-ID [[ID_NUMBER|57291843063]], IBAN [[IBAN_CODE|DE22 5001 0517 5408 3261 73]], Betrag 200 €.",
    "Einwilligung widerrufen: [[PERSON|Renate Schulze]], Tel. [[PHONE_NUMBER|030 23125 417]], Proben sollen vernichtet werden.",
    "Panel-Anmeldung: [[PERSON|Felix Brandt]], [[EMAIL_ADDRESS|felix.brandt@web.de]], Anschrift [[STREET_ADDRESS|Hauptstraße 41, 69117 Heidelberg]].",
    "Aufwandsentschädigung Studie: [[PERSON|Magdalena Gruber]], Konto [[IBAN_CODE|AT95 1420 0205 1873 4926]], 4 Termine à 50 €.",
    # Hebrew
    "טופס הסכמה: משתתפת [[PERSON|נועה לוי]], תעודת זהות [[ID_NUMBER|318462074]], טלפון [[PHONE_NUMBER|+972 52 418 3907]]",
    # Greek
    "Δελτίο συμμετέχοντα: [[PERSON|Νίκος Παπαδάκης]], ΑΜΚΑ [[ID_NUMBER|15068917432]], τηλ. [[PHONE_NUMBER|+30 694 218 3507]]",
    # Arabic
    "استمارة تعويض المشارك: [[PERSON|سارة المنصوري]]، الهاتف [[PHONE_NUMBER|+971 50 418 2736]]، المبلغ 300 درهم",
    "ملاحظة حدث سلبي: المشارك [[PERSON|يوسف حداد]] أبلغ عن دوخة خفيفة، البريد [[EMAIL_ADDRESS|y.haddad@gmail.com]]",
    # Vietnamese
    "Phiếu sàng lọc: [[PERSON|Trần Minh Khoa]], điện thoại [[PHONE_NUMBER|+84 903 418 276]], địa chỉ [[STREET_ADDRESS|218 Nguyễn Trãi, Phường 3, Quận 5, TP. Hồ Chí Minh]].",
    "Hoàn tiền đi lại cho tình nguyện viên [[PERSON|Phạm Thu Hà]], email [[EMAIL_ADDRESS|thuha.pham@yahoo.com.vn]], 200.000 đồng.",
    # Thai
    "แบบคัดกรองอาสาสมัคร ชื่อ [[PERSON|สมศรี วงศ์ใหญ่]] โทร [[PHONE_NUMBER|+66 81 427 3095]] ผ่านเกณฑ์",
    "บันทึกเหตุการณ์ไม่พึงประสงค์ ผู้เข้าร่วม [[PERSON|ประเสริฐ แก้วมณี]] อีเมล [[EMAIL_ADDRESS|prasert.k@hotmail.co.th]] มีผื่นเล็กน้อย",
    # Indonesian
    "Formulir penggantian biaya: [[PERSON|Siti Rahmawati]], no. HP [[PHONE_NUMBER|+62 812 4183 2907]], jumlah Rp 150.000.",
    "Peserta survei [[PERSON|Budi Santoso]] mendaftar dengan email [[EMAIL_ADDRESS|budi.santoso77@gmail.com]] dan alamat [[STREET_ADDRESS|Jl. Kaliurang Km 5 No. 12, Sleman, Yogyakarta 55281]].",
    # Danish
    "Forsøgsperson: [[PERSON|Mette Kjær]], telefon [[PHONE_NUMBER|+45 28 41 73 06]], honorar overføres til [[IBAN_CODE|DK80 3000 1792 8461 53]].",
    "Samtykkeerklæring underskrevet af [[PERSON|Rasmus Holm]], e-mail [[EMAIL_ADDRESS|rasmus.holm@jubii.dk]], kopi udleveret.",
    # Hungarian
    "Vizsgálati alany adatlap: [[PERSON|Kovács Eszter]], telefon [[PHONE_NUMBER|+36 30 418 2975]], lakcím [[STREET_ADDRESS|1061 Budapest, Andrássy út 48]].",
    "Útiköltség-térítés: [[PERSON|Nagy Bence]], e-mail [[EMAIL_ADDRESS|nagy.bence@freemail.hu]], összeg 6 000 Ft.",
    # Russian
    "Анкета участника: [[PERSON|Дмитрий Соколов]], телефон [[PHONE_NUMBER|+7 916 428 37 05]], e-mail [[EMAIL_ADDRESS|d.sokolov@yandex.ru]].",
    "Нежелательное явление: участница [[PERSON|Мария Иванова]], слабость 1 степени на 3-й день, адрес [[STREET_ADDRESS|ул. Ленина, д. 15, кв. 42, Казань, 420111]].",
    # Swahili
    "Fomu ya idhini: mshiriki [[PERSON|Amina Juma]], simu [[PHONE_NUMBER|+255 754 318 260]], amesaini tarehe 3 Machi.",
    "Malipo ya nauli kwa [[PERSON|Baraka Otieno]], M-Pesa [[PHONE_NUMBER|+254 722 418 905]], KSh 1,000.",
    # Tagalog
    "Form ng pahintulot: kalahok [[PERSON|Rosario Bautista]], cellphone [[PHONE_NUMBER|+63 918 427 3016]], pumirma noong Abril 5.",
    "Bayad sa pamasahe para kay [[PERSON|Jomar Villanueva]], email [[EMAIL_ADDRESS|jomar.villanueva@yahoo.com]], ₱500.",
    # Croatian
    "Obrazac za ispitanika: [[PERSON|Ivana Marić]], mobitel [[PHONE_NUMBER|+385 98 417 2650]], adresa [[STREET_ADDRESS|Ilica 142, 10000 Zagreb]].",
    "Nuspojava: ispitanik [[PERSON|Marko Babić]] prijavio blagu glavobolju, e-pošta [[EMAIL_ADDRESS|marko.babic@net.hr]].",
    # Malay
    "Borang saringan peserta: [[PERSON|Nurul Aisyah binti Ahmad]], telefon [[PHONE_NUMBER|+60 12 418 3297]], layak untuk kajian.",
    # Persian
    "فرم رضایت آگاهانه: شرکت‌کننده [[PERSON|مریم رضایی]]، تلفن [[PHONE_NUMBER|+98 912 418 3075]]",
    # Bengali
    "গবেষণা অংশগ্রহণকারী: [[PERSON|তানভীর হাসান]], মোবাইল [[PHONE_NUMBER|+880 1712 408 359]], ইমেইল [[EMAIL_ADDRESS|tanvir.hasan@gmail.com]]",
]

# 25 MT-Bench/Vicuna-style prompts (famous or fictional people only).
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that the results of all clinical trials, including negative ones, should be published within twelve months of completion.",
    "Explain the difference between a randomised controlled trial and an observational cohort study to a high-school student, using an everyday analogy.",
    "Compose a short poem about a research nurse's night shift in the style of Emily Dickinson.",
    "Imagine you are Florence Nightingale visiting a modern intensive care unit. Describe what surprises you most in three paragraphs.",
    "Draft a template for a plain-language participant information sheet for a study testing a new sleep app. Use headings and keep it under 400 words.",
    "Write a Python function that takes a list of visit dates and a visit window in days and flags any visit that falls outside the protocol window.",
    "Given a table with columns site_id, visit_no, sample_type, collected_at and frozen_at, write a SQL query that finds samples frozen more than two hours after collection.",
    "What are the ethical lessons of the Tuskegee syphilis study, and how did they shape modern research regulations?",
    "Role-play as an ethics committee chair and ask me five tough questions about my proposal to pay survey participants with lottery tickets.",
    "Summarise the main principles of the Declaration of Helsinki in a numbered list of no more than eight points.",
    "Compare the pros and cons of paper consent forms versus electronic consent for elderly participants.",
    "Write a limerick about a centrifuge that refuses to balance.",
    "Explain p-values and confidence intervals to a journalist who is writing about a new vaccine trial.",
    "Pretend you are Sherlock Holmes deducing why a study's dropout rate suddenly doubled in the third month. Walk through your reasoning.",
    "Rewrite the following sentence to be clearer for participants: 'Subjects shall refrain from consumption of grapefruit-containing products for the duration of the investigational period.'",
    "Create a one-week social media plan to recruit healthy volunteers for a university nutrition study, with one post idea per day.",
    "What might cause survey panels to see a drop in response quality over time, and how could researchers detect it?",
    "Write a short dialogue between Marie Curie and Alexander Fleming about how they would feel facing a modern research ethics board.",
    "Extract all dates and durations from this text and return them as JSON: 'Screening lasts up to 28 days, treatment 12 weeks, and follow-up visits occur at months 3, 6 and 12.'",
    "Suggest five creative names for a podcast about the people who run clinical trials behind the scenes.",
    "Explain why blinding matters in a drug trial, and describe a situation where blinding is impossible.",
    "Write three haiku about waiting for lab results.",
    "How would you design a fair reimbursement policy for study participants that avoids undue inducement? Give concrete principles.",
    "If Jane Austen wrote a recruitment advert for a dental hygiene study, what might it say? Keep it to one paragraph.",
    "Debate both sides: should healthy volunteers in phase 1 trials be paid more than patients taking part in later phases?",
]

# 25 GSM8K-style word problems (fictional first names, as in GSM8K).
CLEAN_GSM8K = [
    "Maya runs a study clinic that sees 14 participants each morning and 9 each afternoon. How many participants does the clinic see in a 5-day week?",
    "A trial pays participants $25 per visit and a $50 bonus for finishing all visits. If Omar attends all 8 visits, how much does he receive in total?",
    "A lab freezer box holds 81 tubes. Priya has 300 tubes to store. How many boxes does she need?",
    "Leo mails 120 survey invitations. 40% come back completed, and a quarter of those include written comments. How many completed surveys include comments?",
    "A research nurse drives 18 miles each way to a participant's home. She makes 3 home visits a week for 4 weeks. If mileage is paid at $0.60 per mile, how much is she reimbursed?",
    "Ana screened 60 people. One third were ineligible, and of the eligible ones, 5 declined to consent. How many people enrolled?",
    "A centrifuge run takes 12 minutes and holds 24 tubes. How many minutes will it take to spin 100 tubes?",
    "Ben's survey panel has 2,400 members. This month 3% leave and 90 new members join. How many members are there at the end of the month?",
    "Each consent form is 11 pages long. The coordinator prints 2 copies for each of 17 participants. How many pages does she print?",
    "A study visit lasts 2 hours and 15 minutes. If Grace schedules 3 visits back to back starting at 9:00 a.m., when does the last one end?",
    "Tom buys snacks for participants: 6 boxes of granola bars at $4.50 each and 4 packs of juice at $3.25 each. How much does he spend?",
    "A lab has 3 freezers with 5 shelves each, and each shelf holds 8 boxes. If 97 boxes are already stored, how many more boxes can fit?",
    "In a vaccine trial, 1,200 people are split evenly between vaccine and placebo. 18 people in the placebo group and 3 in the vaccine group catch flu. How many more cases per 100 people were there in the placebo group?",
    "Sofia earns $15 for each survey she completes. She completes 3 surveys a week for 6 weeks, then spends $40 of her earnings. How much does she have left?",
    "A participant takes 2 tablets twice a day. The pharmacy dispenses a bottle of 120 tablets. How many full days will the bottle last?",
    "Kwame collects a blood sample every 15 minutes from 8:00 a.m. to 11:00 a.m., including both times. How many samples does he collect?",
    "An ethics committee reviews 8 applications at each monthly meeting. It has a backlog of 30 applications and receives 6 new ones every month. After how many meetings is the backlog cleared?",
    "Hannah's study pays £10 per hour. Each visit lasts 3.5 hours and she attends 6 visits, plus £12 travel for each visit. How much is she paid in total?",
    "A box holds 100 gloves. Each sample draw uses 2 gloves. If the clinic does 38 draws a day, how many boxes are needed for a 5-day week?",
    "Three sites recruit 42, 37 and 51 participants. The target is 150. How many more participants are needed?",
    "Nadia fills in a sleep diary every night but forgets 1 night out of every 7. Over 28 nights, how many entries does she complete?",
    "A courier charges $12 per shipment plus $0.50 per kilogram. A box of samples on dry ice weighs 14 kilograms. What does the shipment cost?",
    "Lucas has a stack of 250 questionnaires and checks 20 an hour. After 4 hours, what fraction of the stack is still unchecked?",
    "Each participant gives 3 tubes of blood at every visit, and the study has 4 visits. If 45 participants finish the study, how many tubes are collected?",
    "A recruitment poster costs $0.80 to print. Mia prints 150 posters and gets a 10% discount on the whole order. How much does she pay?",
]

# 25 MMLU-style multiple-choice items.
CLEAN_MMLU = [
    "In a double-blind trial, who does not know which treatment each participant receives?\nA. Only the participants\nB. Only the investigators\nC. Both the participants and the investigators\nD. Only the statisticians",
    "Which document first set out voluntary consent as an absolute requirement for human experimentation?\nA. The Belmont Report\nB. The Nuremberg Code\nC. The Declaration of Helsinki\nD. ICH E6",
    "An adverse event that requires inpatient hospitalisation is classified as:\nA. Non-serious\nB. Serious\nC. Expected\nD. Unrelated",
    "Which phase of clinical trials mainly studies safety and dosing in a small number of people?\nA. Phase I\nB. Phase II\nC. Phase III\nD. Phase IV",
    "The Belmont Report's three principles are respect for persons, beneficence and:\nA. Justice\nB. Autonomy\nC. Fidelity\nD. Confidentiality",
    "A type I error occurs when a researcher:\nA. rejects a true null hypothesis\nB. fails to reject a false null hypothesis\nC. uses the wrong statistical test\nD. has too small a sample",
    "Which anticoagulant is found in a lavender-top blood collection tube?\nA. Sodium citrate\nB. Lithium heparin\nC. EDTA\nD. Sodium fluoride",
    "In an intention-to-treat analysis, participants are analysed:\nA. by the treatment they actually took\nB. by the group they were randomised to\nC. only if they completed the study\nD. only if they took every dose",
    "Which sampling method gives every member of a population an equal chance of selection?\nA. Convenience sampling\nB. Snowball sampling\nC. Simple random sampling\nD. Quota sampling",
    "Under the GDPR, data about a person's health is:\nA. anonymous data\nB. a special category of personal data\nC. public data\nD. metadata",
    "A survey item that asks 'Don't you agree the new clinic is better?' is an example of:\nA. a leading question\nB. a double-barrelled question\nC. an open question\nD. a Likert item",
    "Which best describes a placebo?\nA. A lower dose of the study drug\nB. An inactive substance made to look like the treatment\nC. The standard treatment\nD. A drug given only to the control site",
    "The number needed to treat is the reciprocal of the:\nA. relative risk\nB. absolute risk reduction\nC. odds ratio\nD. hazard ratio",
    "In the United States, research with human subjects at an institution must be approved by:\nA. the hospital board\nB. an Institutional Review Board\nC. the Census Bureau\nD. the sponsor's marketing team",
    "A screening test with high sensitivity:\nA. rarely misses people who have the disease\nB. rarely flags people who do not have the disease\nC. is always cheap\nD. needs no confirmatory test",
    "In a crossover trial:\nA. each participant receives every treatment in sequence\nB. participants switch sites halfway\nC. investigators swap roles\nD. the placebo group is dropped",
    "Storage at -80 °C is most commonly used for:\nA. long-term preservation of plasma and serum\nB. culturing bacteria\nC. incubating cell lines\nD. drying paper consent forms",
    "Which statistic is the middle value of an ordered data set?\nA. Mean\nB. Median\nC. Mode\nD. Range",
    "The response rate of a survey is:\nA. completed responses divided by eligible people invited\nB. invitations divided by completions\nC. the time taken to answer\nD. the share of open questions",
    "Which group is usually treated as a vulnerable population in research ethics?\nA. Prisoners\nB. Salaried adults\nC. Retired engineers\nD. University lecturers",
    "The Hawthorne effect refers to:\nA. people changing behaviour because they know they are observed\nB. a drug wearing off over time\nC. regression to the mean\nD. loss to follow-up",
    "Serum creatinine is mainly used to assess the function of the:\nA. liver\nB. kidneys\nC. heart\nD. pancreas",
    "On a Kaplan-Meier curve, the vertical axis usually shows:\nA. the probability of surviving event-free\nB. the number of adverse events\nC. the dose given\nD. the participants' ages",
    "A Likert scale is best described as:\nA. an ordinal scale of agreement\nB. a ratio scale of weight\nC. a nominal list of names\nD. an interval scale of temperature",
    "Stratified randomisation is mainly used to:\nA. balance important prognostic factors across groups\nB. make blinding unnecessary\nC. shorten the trial\nD. avoid informed consent",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to take part in a clinical trial if I'm on blood thinners?",
    "What are the side effects of having several blood tests in one day?",
    "Can I drink black coffee before a fasting blood test?",
    "How long does a flu vaccine take to start working?",
    "What does it mean if my total cholesterol is 6.2 mmol/L?",
    "Is a resting heart rate of 52 too low for someone who runs a lot?",
    "What should I do if I feel faint after giving blood?",
    "Are placebo pills harmful in any way?",
    "How can I tell if a rash after an injection is an allergic reaction?",
    "What is an HbA1c test and how often should people with type 2 diabetes have one?",
    "Can taking part in a sleep study make insomnia worse?",
    "Is it normal to have a sore arm for three days after a vaccine?",
    "What does grade 2 nausea mean in cancer treatment?",
    "How much water should I drink before giving a urine sample?",
    "Can I donate plasma while I'm taking part in a drug trial?",
    "What are the early signs that a medicine is affecting the liver?",
    "Why do so many trials exclude pregnant women, and is it safe to join one while breastfeeding?",
    "How accurate are wrist-worn activity trackers at measuring sleep?",
    "What blood pressure reading counts as high for a 60-year-old?",
    "Is it safe to stop an antidepressant suddenly if a study asks for a washout period?",
    "What does an ECG check for during a study visit?",
    "How long do you need to fast before a glucose tolerance test, and what happens during it?",
    "Can anxiety raise my blood pressure readings at the clinic?",
    "What are the common side effects of metformin?",
    "Is an MRI scan safe if I have a metal plate in my ankle?",
]

# Every national id in the records, each with its check.
NATIONAL_IDS = {
    "943 176 2080": nhs_ok,  # NHS number
    "718 364 0523": nhs_ok,
    "485 021 9373": nhs_ok,
    "7304918N": pps_ok,  # Irish PPS number
    "428 630 912": tfn_ok,  # Australian tax file number
    "391 740 525": tfn_ok,
    "3592 81745 2": medicare_ok,  # Australian Medicare card
    "T0461938I": nric_ok,  # Singapore NRIC
    "714 382 959": luhn_len(9),  # Canadian SIN
    "9208175314087": luhn_len(13),  # South African id
    "ZKM4829": nhi_ok,  # New Zealand NHI
    "6384 2917 0532": aadhaar_ok,  # Indian Aadhaar
    "9072 4416 3858": aadhaar_ok,
    "110108198703144528": china_id_ok,  # Chinese resident identity card
    "310115199308273165": china_id_ok,
    "517.294.630-61": cpf_ok,  # Brazilian CPF
    "806.351.972-86": cpf_ok,
    "238174603": nif_ok,  # Portuguese NIF
    "790624-3188": luhn_len(10),  # Swedish personnummer
    "603118227": bsn_ok,  # Dutch BSN
    "76.04.18-273.35": belgian_id_ok,  # Belgian national number
    "880412-2173644": rrn_ok,  # Korean resident registration number
    "28471590332": kimlik_ok,  # Turkish kimlik
    "92071538423": pesel_ok,  # Polish PESEL
    "05241186353": pesel_ok,
    "RSSMRA84C52L219E": codice_fiscale_ok,  # Italian codice fiscale
    "280491-683T": hetu_ok,  # Finnish henkilötunnus
    "529308164277": my_number_ok,  # Japanese My Number
    "39418256M": dni_ok,  # Spanish DNI
    "Y6205381H": dni_ok,  # Spanish NIE
    "16.482.903-0": rut_ok,  # Chilean RUT
    "2 85 07 75 123 418 93": nir_ok,  # French NIR
    "14038752317": fodselsnummer_ok,  # Norwegian fødselsnummer
    "2900615407329": cnp_ok,  # Romanian CNP
    "48905122742": isikukood_ok,  # Estonian isikukood
    "220884-2019": kennitala_ok,  # Icelandic kennitala
    "855612/7316": rodne_cislo_ok,  # Czech rodné číslo
    "3184762903": rnokpp_ok,  # Ukrainian RNOKPP
    "57291843063": steuer_id_ok,  # German tax id
    "318462074": luhn_len(9),  # Israeli teudat zehut
    "15068917432": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0(113|131|161) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|31|34|36|39|40|45|46|47|48|55|56|60|62|63|65|66|84|86|90|91|98"
        r"|234|254|255|351|354|358|380|385|880|966|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chats, at least 90 chats naming someone and 18 to 22 holding a
    secret (a password, code or key); each record names exactly one person beside 1 to 4
    other values, and 38 to 42 records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    national = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        national += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 38 <= national <= 42:
        raise SystemExit(f"records: {national} with a national id")


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
        "blind166", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
