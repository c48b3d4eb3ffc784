# ruff: noqa: E501
"""A hundred-and-thirty-fourth blind privacy set: 220 texts with personal data and 100
clean ones, on science and research (university labs, PhD students and supervisors, grant
applications, conference travel, clinical-trial participants and coordinators, lab safety
incidents, equipment bookings, shared cluster logins, peer review, research ethics forms,
field stations).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); only check digits were computed, from digits the
writer chose:

* ``CHAT``: 120 chat requests (3 to 100 words) to a general assistant behind a company
  gateway: drafting e-mails, letters, replies and notices, summarising pasted minutes, call
  notes, voicemails and e-mails, translating, fixing wording, splitting costs, asking
  whether a message is a scam, planning trips and rotas. The first 30 are typed all in
  lower case (names, e-mails, codes and postcodes too, with shorthand and typos); the next
  6 are in German, Brazilian Portuguese, Japanese, Chinese, Russian and Korean; the other
  84 in ordinary English. Names of many origins, first names alone, surnames after titles,
  full names, nicknames (Bex, Kev, Santi, Tash, Jaz, Pip, marked whole) and names that are
  ordinary words (Hope, Sunny, Grace, Bill, Rose, Faith, Charity, Destiny, Patience), many
  named in passing with no cue word; passwords, one-time codes, door, gate, alarm, key-safe
  and cold-room codes, wifi keys, SSH passphrases, cluster logins, API keys and tokens,
  IPs, cards, IBANs, SSNs, phones, e-mails, participant, staff, student and badge numbers,
  passports, ORCID iDs and street addresses of many countries. 1 to 8 values each.
* ``RECORDS``: 100 one-person records (4 to 60 words) in the manner of synthetic PII
  benchmark sentences: prose, profile lines, pipe and CSV rows, JSON objects, log lines,
  visitor and safety registers, short letters, in English, Dutch, Portuguese, Turkish,
  Polish, Italian, Finnish, Japanese, Spanish, French, Norwegian, Romanian, Icelandic,
  Czech, Greek, Chinese, Swedish, Danish and German; each names exactly one person and holds 1 to
  4 other values; 42 carry a national id with valid check digits.
* 100 clean texts with no personal data: ``CLEAN_PROMPTS`` 25 MT-Bench/Vicuna-style
  prompts (some naming historical or fictional people: Marie Curie, Darwin, Ada Lovelace,
  Sherlock Holmes, Captain Nemo, Newton, which are not personal data), ``CLEAN_GSM8K`` 25
  GSM8K-style word problems with fictional first names, ``CLEAN_MMLU`` 25 MMLU-style items
  with options A to D and ``CLEAN_HEALTH`` 25 health and trial-participation questions
  naming no one; mostly on the theme.

Labels follow the README: usernames, logins, account, customer, member, policy, patient,
trial participant and subject, employee, staff, student and badge numbers, ORCID iDs,
passports, licences and national ids are ID_NUMBER; PINs, one-time codes, door, gate,
alarm, locker, key-safe and cold-room codes, wifi keys, passwords and passphrases are
PASSWORD; titles and relation words (Dr, Prof, Professor, Mr, Ms, Mrs, Frau, Aunty, Nonna,
先生, 老师) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, pets,
companies, institutes, order, purchase-order, ticket, grant, protocol and abstract
references, amounts and dates of birth are not labelled; every occurrence of a private
value is marked (a name said again is marked again).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from the documentation ranges; national ids with valid check digits (Chinese
resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC and FIN, Swedish
personnummer, Dutch BSN, Korean resident registration number, Australian TFN and
Medicare, Canadian SIN, Israeli teudat zehut, Turkish kimlik, NHS number, Polish PESEL,
Italian codice fiscale, Finnish henkilötunnus, South African id, Japanese My Number,
Spanish DNI and NIE, Irish PPS number, French NIR, Belgian national number, Norwegian
fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic
kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Greek
AMKA). ``check_mix`` checks the mix: at least 90 chat requests name a person and 15 hold
a secret, every entity type appears among the chat requests, each record names exactly
one person beside 1 to 4 other values, and 35 to 45 records carry a listed national id.

Run ``.venv/bin/python bench/data/build_blind134.py`` from the repository root; the output
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
MAX_WORDS = 150
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Aunty|Auntie|Uncle|Nonna|Frau|Herr|Mme|Sr|Sra)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # typed all in lower case
    "can u help me write a quick msg to [[PERSON|priya natarajan]] saying the confocal booking on thurs is moved to 2pm? her email is [[EMAIL_ADDRESS|p.natarajan@ashgrove-uni.ac.uk]] and cc [[PERSON|tomasz]] pls",
    "pls tidy this up for the lab wiki: new phd student [[PERSON|jakub kowalczyk]] starts monday, hpc username [[ID_NUMBER|jkowalc2]], temp password [[PASSWORD|moss-lantern-73]], he has to change it on first login. supervisor is prof [[PERSON|okonkwo]], ask her about storage quota",
    "is this a scam?? got a text saying my registration for the neurips workshop failed and to call [[PHONE_NUMBER|020 7946 0381]] with my card details. it had my full name [[PERSON|deji adeyemi]] and my uni email [[EMAIL_ADDRESS|d.adeyemi@harrowfield.ac.uk]] so it looks real",
    "split costs for the feild trip: me, [[PERSON|hope]], [[PERSON|sunny]] and [[PERSON|marek]]. van was 412 euros, fuel 96. [[PERSON|hope]] paid the van, [[PERSON|marek]] paid fuel. who owes who what",
    "translate to spanish: dear dr [[PERSON|ruiz]], thank you for agreeing to review our manuscript. your reviewer portal login is [[ID_NUMBER|rev_ruiz_0412]] and the one-time code is [[PASSWORD|884120]].",
    "my lab mate [[PERSON|bex]] left her laptop unlocked in the hut and the wifi key for the field station is just sitting on a post-it: [[PASSWORD|kestrelmoor2291]]. how do i tell her nicely to lock her screen and hide that",
    "draft a reply to [[PERSON|ana lúcia ferreira]] confirming her place in the sleep study, participant id [[ID_NUMBER|slp-0347]], first visit at the clinic 14 march 8am, she can reach the coordinator on [[PHONE_NUMBER|07700 900417]] if shes running late",
    "whats the best way to share the grafana dashboard with [[PERSON|olu]] without handing over my login [[ID_NUMBER|t.harcourt]] and password [[PASSWORD|hpc_w1nter_sol]]",
    "make these lab meeting minutes neat: - [[PERSON|wei]] still waiting on mass spec slot - [[PERSON|grace o'malley]] to finish ethics form by fri - [[PERSON|ravi]] says the -80 freezer alarm code changed to [[PASSWORD|4471]] - pizza next week, [[PERSON|grace]] is ordering",
    "help i think i emailed the wrong person. meant to send the reviewer comments to [[EMAIL_ADDRESS|m.haddad@quillon-inst.org]] but sent them to [[EMAIL_ADDRESS|m.haddad@quilon-inst.org]] (typo). what do i write to [[PERSON|mariam]] now and do i tell the editor",
    "rewrite so it sounds less angry: [[PERSON|kev]] you booked the cryostat for 3 weeks straight again and nobody else can get on it. release some slots by friday or im taking it to [[PERSON|ingrid]]",
    "my supervisor [[PERSON|rose]] wants my bank details for the travel reimbursment, is it safe to just email her my iban [[IBAN_CODE|gb55 barc 2004 1583 6207 91]] or should i use the finance portal",
    "make me a packing list for 10 days at the arctic field station. also note the hut door code is [[PASSWORD|0917]] and the station manager is [[PERSON|halldór]], [[PHONE_NUMBER|+354 862 4417]]",
    "sum up this voicemail: 'hi its [[PERSON|gabe]] from facilities, fume hood in room 2.14 failed its airflow test so dont use it till thursday, call me back on [[PHONE_NUMBER|(617) 555-0142]] thx'",
    "is it ok to put my ssn [[US_SSN|412-68-3927]] on the fellowship form or leave it blank? my advisor [[PERSON|linh tran]] says they need it for payroll but the form is a shared google doc",
    "need a polite chaser to [[PERSON|bill]] in procurement, the centrifuge rotor we ordered in jan still hasnt arrived (po 44817). his number is [[PHONE_NUMBER|01632 960284]]",
    "our shared cluster account [[ID_NUMBER|grp_ecology07]] got locked after [[PERSON|santi]] tried the old password [[PASSWORD|ferns&fungi19]] too many times. write a ticket to it support asking for an unlock",
    "translate to french pls: hi [[PERSON|amélie]], the poster tube is at reception under my name, [[PERSON|jonah whitfield]], grab it before you leave for the airport",
    "write a short thank you to [[PERSON|fatuma wanjiru]] ([[EMAIL_ADDRESS|fwanjiru@kisumu-crc.or.ke]]) for getting all 40 consent forms scanned before the monitoring visit",
    "whats a good reply to this: 'hi im [[PERSON|lorenzo bianchi]], saw ur talk at the egu meeting, pls send the raw dataset to [[EMAIL_ADDRESS|lorenzo.b1anchi@mailbox-fast.net]]'. feels dodgy, the real [[PERSON|lorenzo]] always writes from his uni account",
    "the api key for our openalex mirror is [[API_KEY|lx_live_7fk2m9q4tz81wbh0c3ne]], how do i put it in an env var instead of hardcoding it? [[PERSON|nadia]] keeps commiting it to the repo",
    "turn this into a table: [[PERSON|chidi]] - microscope mon 9-12, [[PERSON|yuki]] - microscope mon 1-5, [[PERSON|paz]] - tue all day, [[PERSON|yuki]] also needs the hplc wed morning",
    "my card [[CREDIT_CARD|4539 2817 0462 8310]] got charged twice by the conference hotel in lisbon. draft an email asking for a refund, the booking is under [[PERSON|siobhán kearney]]",
    "help me word a lab safety incident report: around 3pm [[PERSON|dmitri]] spilled ~50ml of 2m hcl near bench 4, [[PERSON|aroha]] helped clean up with the spill kit, nobody hurt. reporter staff no [[ID_NUMBER|e0047318]]",
    "write a short note for new students on how to get into the research plots at the weekend. gate code is [[PASSWORD|2580#]], if it sticks call [[PERSON|kofi]] on [[PHONE_NUMBER|07700 900562]]",
    "my student [[PERSON|leila]] sent her thesis draft from [[EMAIL_ADDRESS|leilaaa.h92@gmail.com]] not her uni mail. should i reply there? her student number is [[ID_NUMBER|s2214793]] if that matters",
    "plan 3 days in kyoto around the conference for me and [[PERSON|haruto]]. flights land at kix 10am tues, our hotel is at [[STREET_ADDRESS|2-19 gojo-zaka, higashiyama-ku, kyoto 605-0862]]",
    "check my maths for the grant budget: postdoc salary for [[PERSON|marguerite]] is 42k at 0.8 fte for 18 months plus 12% on-costs. whats the total",
    "reword pls: [[PERSON|tash]] and [[PERSON|wiremu]] will collect the bird band data from the cottage at [[STREET_ADDRESS|114 kowhai road, kaikoura 7300]], key safe code [[PASSWORD|7306]]",
    "remind me what goes to the ethics committee: consent form v3, participant letter, data plan. contact is [[PERSON|hilde]] at [[EMAIL_ADDRESS|hilde.aas@nordvik-uni.no]] or [[PHONE_NUMBER|+47 412 58 930]]",
    # six other languages
    "Bitte höflicher formulieren: Liebe Frau Dr. [[PERSON|Weber]], ich brauche bis Freitag Ihre Unterschrift für den DFG-Antrag. Meine IBAN für die Reisekostenerstattung lautet [[IBAN_CODE|DE36 5001 0517 2839 4610 50]]. Viele Grüße, [[PERSON|Lukas Brandt]]",
    "Pode resumir para a planilha? A participante [[PERSON|Joana Ribeiro]] do estudo de hipertensão ligou querendo remarcar a coleta. CPF [[ID_NUMBER|274.519.836-09]], telefone [[PHONE_NUMBER|+55 11 98432-6170]]. Ela só pode às terças de manhã.",
    "次のメールを丁寧な日本語に直してください。 [[PERSON|佐藤]]先生、来週の学会のポスター発表は [[PERSON|中村 美咲]] が担当します。連絡先は [[EMAIL_ADDRESS|m.nakamura@kitasato-lab.jp]] です。",
    "帮我写一条消息给导师 [[PERSON|王建国]] 老师：基金申请书初稿已经发到 [[EMAIL_ADDRESS|wjg@huadong-bio.edu.cn]] ，另外实验室服务器账号 [[ID_NUMBER|wangxm_lab]] 的密码 [[PASSWORD|Qz8#huadong]] 需要重置。",
    "Переведи на английский: Уважаемый [[PERSON|Алексей Петрович]], пропуск на полевую станцию для [[PERSON|Ирины Соколовой]] готов, код от ворот [[PASSWORD|5839]], телефон дежурного [[PHONE_NUMBER|+7 912 406-18-35]].",
    "이 메시지를 영어로 번역해 줘: [[PERSON|김서연]] 연구원님, 공동 장비실 예약이 확정되었습니다. 출입 카드 번호는 [[ID_NUMBER|KR-22817]] 이고 문의는 [[PHONE_NUMBER|010-4827-3916]] 으로 주세요.",
    # ordinary English
    "Can you draft a short email to Dr. [[PERSON|Abena Mensah]] asking whether her lab could lend us their plate reader for two days next week? Say that [[PERSON|Callum]] will collect it and bring it back himself.",
    "Summarise these call notes for the trial file: Spoke to [[PERSON|Rachel Goldberg]] about participant [[ID_NUMBER|HTN-2291]]. He missed visit 4 because of a flight delay; [[PERSON|Rachel]] will rebook for 12 April. Her direct line is [[PHONE_NUMBER|(312) 555-0176]].",
    "Is this legit? 'Dear author, your paper has been accepted by the International Journal of Advanced Multidisciplinary Research. Pay the 450 USD processing fee to [[IBAN_CODE|PL41 1090 1447 0000 0012 8374 6591]] within 48 hours.' It came to my work address [[EMAIL_ADDRESS|h.lindqvist@sorby-lab.se]] and calls me Dr [[PERSON|Lindqvist]].",
    "Our group shares one login on the Slurm cluster: username [[ID_NUMBER|biophys_shared]], password [[PASSWORD|Tr1ton-Basin-55]]. [[PERSON|Mehmet]] wants me to paste it in the group chat. Write a reply explaining why that's a bad idea and suggesting personal accounts instead.",
    "Please fix the grammar: 'Me and [[PERSON|Sunny Okafor]] was presenting the poster at session B, the abstract number are 2231, contact [[PERSON|Sunny]] for slides at [[EMAIL_ADDRESS|sunny.okafor@brightwater.ac.uk]]'",
    "Split the Airbnb for the ISMB trip fairly: [[PERSON|Grace]] stayed 5 nights, [[PERSON|Tomás]] and [[PERSON|Ikaika]] stayed 3, I stayed 5. Total was 1,140 dollars and [[PERSON|Grace]] already paid 600. Who sends what to whom?",
    "Write a short cover letter to go with the frozen samples we're sending to Prof. [[PERSON|Henrike Vogel]], Institut für Zellbiologie, [[STREET_ADDRESS|Albertstraße 21, 79104 Freiburg]]. The box is on dry ice and should arrive Tuesday.",
    "Summarise this voicemail: 'Hey, it's [[PERSON|Marisol]] from the Dean's office. Your travel grant for Vienna went through, but I need your employee number, I think it's [[ID_NUMBER|EMP-448210]]? Call me at [[PHONE_NUMBER|(415) 555-0119]] before Friday.'",
    "Someone keeps logging into the lab's Jupyter server from [[IP_ADDRESS|203.0.113.84]] at 3am using [[PERSON|Anneke]]'s account [[ID_NUMBER|avdberg]]. She says it isn't her. Draft a message to IT security and mention ticket INC0048213.",
    "Fix the wording of our acknowledgements: We thank [[PERSON|Kwabena Asante]], [[PERSON|Lucía Morales]] and [[PERSON|Hope Adjei]] for help with the fieldwork and the staff of the Serengeti research station for their patience.",
    "HR wants a W-4 and my SSN for the research assistant job. SSN is [[US_SSN|531-47-2086]]. Which boxes on the W-4 actually matter for a grad student paid 2,400 a month?",
    "[[PERSON|Jun]] accidentally pasted our Zotero group API key [[API_KEY|ZtG7qP2wX9mL4vR8sK1nB6cD]] into the public Slack channel. Write the message telling everyone it's been revoked and where to get the new one.",
    "Help me decline a review request politely. The handling editor is Dr. [[PERSON|Farah Siddiqui]] and the manuscript is by my former student [[PERSON|Pedro Alves]], so it's a clear conflict of interest.",
    "Turn this into a neat shipping label: [[PERSON|Dana Whitcombe]], Marine Ecology Lab, [[STREET_ADDRESS|1420 Shoreline Drive, Suite 3, Monterey, CA 93940]], tel [[PHONE_NUMBER|(831) 555-0163]]",
    "What should I say to [[PERSON|Olga]]? She asked me to log in as her on the booking system to reserve the Krios while she's at the conference. Her login is [[ID_NUMBER|omironova]] and she texted me the password [[PASSWORD|CryoEM#2024ox]].",
    "Can you translate this into German for our host? 'Dear Mr [[PERSON|Hofmann]], [[PERSON|Sina]] and I will arrive at the field station on 3 June around 6pm. Could you leave the key with Mrs [[PERSON|Albers]] if you are out?'",
    "Grant application: draft a two-sentence bio for our co-investigator Dr [[PERSON|Ngozi Eze]], a hydrologist at the University of Lagos with 15 years' experience in groundwater modelling.",
    "Is this phishing? From: [[PERSON|Gary Lomax]] <[[EMAIL_ADDRESS|g.lomax.rc@outlook-mailer.com]]>. 'Your cluster quota is full, log in at the link below to keep your files.' [[PERSON|Gary]] left Research Computing last year.",
    "Make this sound professional for the lab manager: 'the autoclave is broken again, [[PERSON|Pip]] says it's the door seal. can you call the engineer [[PERSON|Stelios]] on [[PHONE_NUMBER|+30 694 718 2053]]'",
    "My PhD student [[PERSON|Marcus Bell]] needs a letter confirming his stipend for a lease. Include his new address, [[STREET_ADDRESS|88 Prospect Street, Apt 2B, New Haven, CT 06511]], and keep it to one paragraph.",
    "Please write an email to the finance office in Granada asking them to pay the honorarium for my keynote into [[IBAN_CODE|ES27 2100 3847 2156 0391 8274]], account holder [[PERSON|Inés Navarro Gil]].",
    "Our Grafana alert says the lab NAS at [[IP_ADDRESS|192.0.2.47]] is being hit with the token [[API_KEY|glsa_Vq7TmR2xKd94LpZw8nBc3HyF]] from [[IP_ADDRESS|198.51.100.203]]. [[PERSON|Karan]] set that token up. What should I ask him?",
    "Write a reminder for the rota: this week [[PERSON|Imogen]] does the liquid nitrogen top-up, [[PERSON|Bilal]] checks the eyewash stations and [[PERSON|Xiomara]] empties the sharps bins.",
    "My co-author [[PERSON|Yaw Boateng]] wants to submit using his ORCID [[ID_NUMBER|0000-0002-4817-3950]] but the journal portal says it doesn't match his name. What could be wrong?",
    "I paid the open-access fee of 2,890 GBP with my Amex [[CREDIT_CARD|3762 940185 76335]] and the publisher now says the payment failed. Draft a firm but polite email to their billing team, cc my head of department, Professor [[PERSON|Adaeze Nwosu]].",
    "Help me plan the budget line for participant payments: 60 participants at 25 pounds per visit, 4 visits each. The PI, [[PERSON|Wen-Li Chang]], wants a 10% contingency on top.",
    "Translate to Italian for the field assistant: '[[PERSON|Giorgio]], the alarm code for the equipment shed is [[PASSWORD|3318]] and the spare key is with Nonna [[PERSON|Pina]] next door.'",
    "Summarise these emails in three bullets: (1) [[PERSON|Hannah Schultz]]: the -80 in room 118 alarmed overnight. (2) [[PERSON|Rafael]]: moved my samples to the backup freezer. (3) [[PERSON|Hannah]]: thanks, engineer coming Tuesday.",
    "Is it normal for a conference to ask for passport details? The form wants my passport number [[ID_NUMBER|C4X82719]] and date of birth for the visa letter. I'm [[PERSON|Thulani Dlamini]] and it's the IEEE meeting in Singapore.",
    "Write a WhatsApp message to Aunty [[PERSON|Bola]] explaining that I can't come to the wedding because my thesis defence got moved to 21 August.",
    "Draft a welcome note for visiting researchers: Wi-Fi network FS-Guest, key [[PASSWORD|Heron&Reeds2024]]; building entry code [[PASSWORD|6142]]; emergency contact [[PERSON|Ewan McLeod]], [[PHONE_NUMBER|07700 900733]].",
    "Can you make this email less blunt? 'Dear [[PERSON|Magnus]], your section of the ERC proposal is 9 days late. If it isn't in by Monday, [[PERSON|Claudia]] and I will write it ourselves.'",
    "Please format this for an envelope: Dr. [[PERSON|Émile Tremblay]], Département de chimie, [[STREET_ADDRESS|1845 rue Saint-Hubert, Montréal QC H2L 3Z6]]",
    "I'm in a vaccine trial and the coordinator [[PERSON|Jess]] asked me to text my temperature every morning to [[PHONE_NUMBER|0491 570 218]]. My participant number is [[ID_NUMBER|VX-10482]]. Can you make me a simple log template?",
    "Write a short LinkedIn post congratulating Dr [[PERSON|Ayesha Karim]] on passing her viva. Her thesis on soil microbiomes was examined by [[PERSON|Olumide]] and an external from Wageningen, and she's off to Leiden next.",
    "Got this from [[PHONE_NUMBER|+234 803 418 2759]]: 'This is Prof [[PERSON|Chukwu]], your external examiner. Urgent: buy 5 Apple gift cards for the viva panel and send me the codes.' Scam, right?",
    "Four of us shared a car to Lyon for the workshop: [[PERSON|Aurélien]], [[PERSON|Noor]], [[PERSON|Kasia]] and me. Tolls 64 euros, petrol 118. [[PERSON|Noor]] paid everything. Write a message asking people to send their share to her IBAN [[IBAN_CODE|FR18 3000 4008 2717 6395 0182 461]].",
    "Rewrite for the lab newsletter: 'Welcome to our new technician [[PERSON|Rosie]]! She joins us from the Wellcome Sanger Institute and will manage the sequencing queue from May.'",
    "What does this mean? 'Failed password for [[ID_NUMBER|mfernandes]] from [[IP_ADDRESS|198.51.100.17]] port 52214 ssh2' appears 400 times in the login node log, and [[PERSON|Miguel Fernandes]] is on leave.",
    "Draft a consent withdrawal confirmation for participant [[PERSON|Beatrice Kowalski]], study ID [[ID_NUMBER|DEP-0088]]. She asked that her stored blood samples be destroyed.",
    "Can you write a reference request to my master's supervisor? Her name is [[PERSON|Sigrid Halvorsen]] and her email is [[EMAIL_ADDRESS|sigrid.halvorsen@tromsdal-uni.no]]. I'm applying for a PhD in glaciology.",
    "Five of us share a cluster allocation of 200,000 core hours: [[PERSON|Amara]], [[PERSON|Felix]], [[PERSON|Joon-ho]], [[PERSON|Paloma]] and me. [[PERSON|Amara]] needs double. How should we split it?",
    "Write a note to the courier: deliver the weather station parts to [[PERSON|Matilda Byrne]], [[STREET_ADDRESS|Unit 4, 27 Banksia Street, Alice Springs NT 0870]], and call [[PHONE_NUMBER|0491 570 903]] on arrival.",
    "Help me explain to my mum why I can't tell her which drug is in the trial I'm running. She keeps phoning [[PERSON|Caitlin]], my coordinator, to ask. Even our lab dog Biscuit knows more than I'm allowed to say.",
    "[[PERSON|Ibrahim]] wrote the lab's shared Benchling password [[PASSWORD|Plasmid!Oct2023]] on the whiteboard. Draft a friendly but clear message to the whole lab about it.",
    "A 'reviewer assistant' emailed asking me to confirm my SSN [[US_SSN|268-39-1745]] to release my honorarium. I'm [[PERSON|Dolores Vance]]. Is this a normal request from a journal?",
    "Summarise: [[PERSON|Keanu]] booked the NMR for 14:00-18:00, then [[PERSON|Priyanka]] from 18:00 to 22:00, then overnight is free. [[PERSON|Keanu]] wants to extend by an hour. Is there a clash?",
    "Write an invitation letter for the visa of our visiting student [[PERSON|Arash Tehrani]]. He'll stay in the university guest house at [[STREET_ADDRESS|Kaiserstraße 12, 76131 Karlsruhe]] from 1 October to 20 December.",
    "Reply to [[PERSON|Ananya Iyer]] confirming that the joint workshop in Bengaluru is on. Her mobile is [[PHONE_NUMBER|+91 98451 27036]] and email [[EMAIL_ADDRESS|ananya.iyer@deccan-sci.in]].",
    "Fix this sentence: 'The samples was collected by [[PERSON|Bongani]] and [[PERSON|Charity]] at the Kruger site and was stored in the cold box.'",
    "My postdoc [[PERSON|Viktor]] committed our OpenAI key [[API_KEY|sk-proj-Xh28vNq4LmT9wzR1pK6eYb3Gc7Ua0sDf]] to a public GitHub repo. What steps do I take right now?",
    "Make a calendar invite text for the thesis committee: Dr [[PERSON|Osei]], Prof [[PERSON|Bergström]], Dr [[PERSON|Nakagawa]] and the student, [[PERSON|Liam Doherty]]. Room 3.07, 10 May at 2pm.",
    "Our trial coordinator [[PERSON|Sunita]] accidentally emailed the full participant list to [[EMAIL_ADDRESS|r.okeke@hillcrest-clinic.ng]] instead of the monitor. Write the incident notification for the ethics board.",
    "Please reword this booking rule so it's clearer: users must cancel at least 24 hours in advance or [[PERSON|Marta]] will charge the group. Questions to [[EMAIL_ADDRESS|marta.kral@facility-booking.cz]].",
    "Someone called claiming to be from the conference organisers and asked for the card I used, [[CREDIT_CARD|4920 4731 8826 5514]], plus the 3-digit code. I gave them the number but not the code. What now?",
    "Write a short condolence card to [[PERSON|Hiroshi]]'s family from the lab. He ran the greenhouse for 30 years and quoted Darwin to every new student.",
    "Turn into a formal letter heading:\n[[PERSON|Eleanor Pryce]]\n[[STREET_ADDRESS|17 Tanner's Row\nEly\nCB7 4QF]]",
    "How do I tell [[PERSON|Destiny]] that her abstract can't go in because the deadline passed at midnight AoE?",
    "I forgot which passphrase I used for my SSH key to the cluster. Was it [[PASSWORD|blue heron at dawn]] or [[PASSWORD|blue-heron-dawn!]]? How can I test without locking my account [[ID_NUMBER|ncampbell]]?",
    "Can you write the payment request to our partner [[PERSON|Joost]] at Wageningen? It's 3,200 euros for sequencing, to be paid to [[IBAN_CODE|NL33 RABO 0318 4729 65]].",
    "Draft an out-of-office: I'm at the field station until 30 July with no signal. Urgent lab matters to [[PERSON|Zainab Hussain]] ([[EMAIL_ADDRESS|z.hussain@calder-lab.org]]), safety issues to [[PHONE_NUMBER|020 7946 0552]].",
    "Help me split lunch after the thesis defence: [[PERSON|Rohan]] 28, [[PERSON|Faith]] 14, [[PERSON|Mateo]] 19, me 22, plus a 15% tip shared equally.",
    "Write a reply to Ms [[PERSON|Cho]], who asked whether her son can volunteer in our lab over the summer. He is 15, so our insurance won't allow it.",
    "For the South African ethics form they want my ID number, [[ID_NUMBER|8711230846085]]. I'm [[PERSON|Lerato Mokoena]], a visiting PhD student. Is it safe to type it into their online portal?",
    "Fix my email: 'Dear Professor [[PERSON|Patel]], I writing to request one week extension for the Leverhulme form, since my mother was in hospital.'",
    "Write a sick-day email to my PI [[PERSON|Gustavo]]: I've got covid and won't be in until Monday. HR wants my staff number [[ID_NUMBER|700219843]] in the subject line.",
    "Write the address block for our French collaborator: [[PERSON|Camille Roux]], [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]], [[PHONE_NUMBER|06 39 98 41 27]].",
    "Is it okay to let [[PERSON|Finn]] borrow my badge [[ID_NUMBER|B-30571]] to get into the animal facility tonight? He forgot his.",
    "Write a polite sign for the cold room door: 'Please close fully, the alarm goes off after 2 minutes. Code [[PASSWORD|1947*]] is for lab members only. Problems: ask [[PERSON|Ola]].'",
    "Draft an email to the program chair [[PERSON|Nikolai Petrov]] asking whether we can add a fourth author, [[PERSON|Soo-ah Park]], after submission.",
    "My host professor, [[PERSON|Takeshi Mori]], gave me his mobile, [[PHONE_NUMBER|090-4172-8365]]. Write a text telling him my train from Osaka is 40 minutes late.",
    "Can you rewrite this Slack message? '@channel [[PERSON|Jaz]] found mould in incubator 3. Don't open it. [[PERSON|Jaz]] is cleaning it tomorrow morning.'",
    "Help me write my PhD progress report intro. My supervisors are [[PERSON|Ruth Abernathy]] and [[PERSON|Kenji Watanabe]], and the project is on coral bleaching thresholds.",
    "Please write directions for the delivery driver: the field station is at [[STREET_ADDRESS|Plot 27, Moi South Lake Road, Naivasha 20117]], ask for [[PERSON|Wanjiku]] at the gate, [[PHONE_NUMBER|+254 722 418 930]].",
    "VPN keeps rejecting me. Username [[ID_NUMBER|pa.nguyen]], it says my IP [[IP_ADDRESS|2001:db8:4a1::17]] is blocked. Can you draft a ticket? I'm [[PERSON|Phuong Anh Nguyen]] from the Physics department.",
    "Summarise this for the PI: [[PERSON|Tobias]] calibrated the spectrometer Friday; [[PERSON|Lin]] found a drift of 0.3 nm on Monday; [[PERSON|Tobias]] thinks it's the room temperature.",
    "Book-keeping question: I put the flights for [[PERSON|Chiara]] and me on my personal Mastercard [[CREDIT_CARD|5263 9184 0745 2618]]. Can the grant reimburse both if only my name is on the receipt?",
    "Draft a message to [[PERSON|Patience]] reminding her that the HPLC logbook must be filled in after every run.",
    "A reviewer signed his report '[[PERSON|Jonathan Reyes-Whitmore]], Stanford'. The journal is double-blind. Should I tell the editor, [[PERSON|Elif]]?",
    "Write a note to [[PERSON|Sven]] ([[EMAIL_ADDRESS|sven.ek@lundmark-institute.se]]) with the NCBI API key for the pipeline, [[API_KEY|9f3c1a7e2b84d6051fe39a0c72bd41e6a8c5]], and tell him not to share it.",
    "Notes for an email to Dr [[PERSON|Al-Masri]]: thanks for hosting, samples arrived ok, [[PERSON|Yasmin]] will send data in 2 weeks, invite him to our seminar series in spring.",
    "Write a customs note for soil samples sent to [[PERSON|Thiago Moreira]], [[STREET_ADDRESS|Rua dos Mundurucus 2184, Belém - PA, 66035-360]]. They are air-dried and sterilised.",
    "Plan a two-day schedule for the funder's site visit. Guests: [[PERSON|Hélène]] and [[PERSON|Kwame]] from the foundation; our side: [[PERSON|Ingeborg]], [[PERSON|Tariq]] and me.",
    "My grad student [[PERSON|Carlos Mendoza]] needs a stipend letter for his new apartment at [[STREET_ADDRESS|2215 W Elm St, Apt 4, Urbana, IL 61801]]. His SSN is [[US_SSN|457-30-6182]] but leave it out.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    # with a national id
    "Participant [[PERSON|Maja Lindgren]], personnummer [[ID_NUMBER|910318-7242]], enrolled in the migraine trial on 4 February; contact [[PHONE_NUMBER|+46 70 418 26 53]].",
    "name: [[PERSON|Chen Xiaoling]] | id: [[ID_NUMBER|320106198905234712]] | email: [[EMAIL_ADDRESS|chenxl@jinling-chem.edu.cn]] | role: visiting scholar",
    "[[PERSON|Rafael Souza Lima]],[[ID_NUMBER|605.183.927-59]],[[EMAIL_ADDRESS|rafael.lima@ufsul-pesquisa.br]],bolsista de doutorado",
    '{"name": "[[PERSON|Aditi Deshmukh]]", "aadhaar": "[[ID_NUMBER|6384 2917 4502]]", "phone": "[[PHONE_NUMBER|+91 99201 48375]]", "lab": "Plant Genomics"}',
    "Visitor log 2024-03-11 08:52 | [[PERSON|Tan Wei Ming]] | NRIC [[ID_NUMBER|S8815274C]] | host: Cell Imaging Core | badge returned 17:10",
    "Beste [[PERSON|Femke de Vries]], uw deelname aan het slaaponderzoek is bevestigd. BSN: [[ID_NUMBER|316827459]]. Vragen? Bel [[PHONE_NUMBER|+31 6 48271935]].",
    "[[PERSON|Park Ji-hoon]] (RRN [[ID_NUMBER|880412-2157380]]) registered for the Seoul summer school in bioinformatics; the fee was paid by card [[CREDIT_CARD|4716 8302 9514 8271]].",
    "Employee record: [[PERSON|Lachlan Hughes]], TFN [[ID_NUMBER|718 392 642]], Research Fellow in Marine Science, mobile [[PHONE_NUMBER|0491 570 344]].",
    "Applicant [[PERSON|Geneviève Lapointe]], SIN [[ID_NUMBER|193 482 650]], is applying for the postdoctoral fellowship; e-mail [[EMAIL_ADDRESS|g.lapointe@laurentide-univ.ca]].",
    "[[PERSON|Noa Ben-David]], teudat zehut [[ID_NUMBER|046218939]], field assistant at the Negev desert station, phone [[PHONE_NUMBER|+972 52-418-3065]].",
    "Katılımcı: [[PERSON|Elif Yıldırım]], T.C. Kimlik No: [[ID_NUMBER|52817364028]], Tel: [[PHONE_NUMBER|+90 532 418 27 63]], çalışma: uyku ve bellek.",
    "Patient [[PERSON|Oliver Bramwell]], NHS number [[ID_NUMBER|943 476 5919]], was randomised to arm B of the trial on 17 January; his GP practice has been notified.",
    "Referral: [[PERSON|Amina Begum]], NHS no. [[ID_NUMBER|721 058 3343]], of [[STREET_ADDRESS|42 Cavendish Road, Leeds LS6 2QE]], is suitable for the asthma biologics study.",
    "Uczestnik badania: [[PERSON|Katarzyna Wójcik]], PESEL [[ID_NUMBER|92071803642]], e-mail [[EMAIL_ADDRESS|k.wojcik@poczta-lab.pl]], grupa kontrolna.",
    "Dottoranda [[PERSON|Giulia Conti]], codice fiscale [[ID_NUMBER|CNTGLI88M52L219N]], IBAN [[IBAN_CODE|IT46 K030 6909 6061 0000 0147 382]] per il rimborso della missione a Ginevra.",
    "[[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|230791-2545]], kenttäasema Kilpisjärvi, puh. [[PHONE_NUMBER|+358 40 718 2954]].",
    "Research assistant [[PERSON|Sipho Ndlovu]], SA ID [[ID_NUMBER|9204155123085]], cell [[PHONE_NUMBER|+27 82 419 3076]], is stationed at the Karoo field site until March.",
    "氏名: [[PERSON|高橋 健太]] / マイナンバー: [[ID_NUMBER|7391 4602 8158]] / 所属: 理学研究科 / 電話: [[PHONE_NUMBER|080-3917-4625]]",
    "El investigador [[PERSON|Javier Ortega Ruiz]], con DNI [[ID_NUMBER|53819274X]], solicita el reembolso del congreso de Oporto en la cuenta [[IBAN_CODE|ES51 0049 1826 3071 5492 8360]].",
    "[[PERSON|Mihaela Popescu]], NIE [[ID_NUMBER|Y4739182T]], contrato predoctoral en el grupo de ecología, correo [[EMAIL_ADDRESS|mpopescu@ibercien.es]].",
    "Staff file: [[PERSON|Ciarán Ó Briain]], PPSN [[ID_NUMBER|7315824P]], Lecturer in Microbiology, home address [[STREET_ADDRESS|12 Glenview Park, Ballincollig, Co. Cork P31 X2K8]].",
    "Trial screening: [[PERSON|Charlotte Nguyen]], Medicare [[ID_NUMBER|3518 46027 1]], eligible, consent signed on 2 May.",
    "Dossier de [[PERSON|Léa Fontaine]] : numéro de sécurité sociale [[ID_NUMBER|2 91 07 75 118 042 34]], doctorante en écologie, tél. [[PHONE_NUMBER|06 39 98 12 60]].",
    "[[PERSON|Pieter Janssens]] - rijksregisternummer [[ID_NUMBER|85.07.30-273.79]] - [[EMAIL_ADDRESS|pieter.janssens@schelde-onderzoek.be]] - gastonderzoeker",
    "Feltassistent [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|14059032535]], Svalbard-stasjonen, mobil [[PHONE_NUMBER|+47 915 27 468]].",
    "Bolseiro: [[PERSON|Tiago Marques]]; NIF [[ID_NUMBER|238174654]]; IBAN [[IBAN_CODE|PT39 0035 0746 0012 8391 7452 6]]; laboratório de oceanografia.",
    "Candidat: [[PERSON|Andreea Dumitrescu]], CNP [[ID_NUMBER|2960812407319]], doctorand la Facultatea de Biologie, telefon [[PHONE_NUMBER|+40 721 384 196]].",
    "Investigadora responsable: [[PERSON|Valentina Muñoz]], RUT [[ID_NUMBER|16.482.937-5]], estación de campo de Chiloé, correo [[EMAIL_ADDRESS|vmunoz@austral-campo.cl]].",
    "[[PERSON|Kertu Tamm]], isikukood [[ID_NUMBER|49203112758]], is registered for the Baltic Sea sampling cruise, cabin 6.",
    "Rannsóknarmaður: [[PERSON|Sigríður Jónsdóttir]], kennitala [[ID_NUMBER|120388-4369]], sími [[PHONE_NUMBER|+354 845 2931]].",
    "[[PERSON|Tereza Horáková]], rodné číslo [[ID_NUMBER|905714/3205]], postdoc, e-mail [[EMAIL_ADDRESS|tereza.horakova@vltava-bio.cz]].",
    "Visiting fellow [[PERSON|Oleksandr Kovalenko]], RNOKPP [[ID_NUMBER|3184572901]], arrives from Kyiv on 9 September; phone [[PHONE_NUMBER|+380 67 418 2590]].",
    "Hilfskraft [[PERSON|Jonas Becker]], Steuer-ID [[ID_NUMBER|47281936053]], IBAN [[IBAN_CODE|DE43 1007 0024 0318 5729 64]], Stundenvertrag 40 h/Monat.",
    "Patient [[PERSON|Mere Tipene]], NHI [[ID_NUMBER|ZKT4821]], enrolled in the gout study at the Rotorua site; phone [[PHONE_NUMBER|+64 21 418 3927]].",
    "Ασθενής: [[PERSON|Νίκος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|12068714521]], τηλ. [[PHONE_NUMBER|+30 697 318 4025]], ομάδα Β.",
    "[[PERSON|Aoife Gallagher]] | PPS [[ID_NUMBER|8204613AF]] | clinical research nurse | [[EMAIL_ADDRESS|aoife.gallagher@shannonside-crf.ie]]",
    "Field worker [[PERSON|Ramesh Yadav]], Aadhaar [[ID_NUMBER|3927 5816 0429]], was paid daily wages for the groundwater survey in March.",
    "[[PERSON|Liu Yang]]，身份证号 [[ID_NUMBER|51010719930211286X]]，博士研究生，邮箱 [[EMAIL_ADDRESS|liuyang93@xinan-geo.edu.cn]]",
    "Foreign researcher [[PERSON|Arjun Menon]], FIN [[ID_NUMBER|G5192073U]], Work Pass holder, lab phone [[PHONE_NUMBER|+65 6418 2937]].",
    "Proefpersoon [[PERSON|Sanne Visser]], BSN [[ID_NUMBER|207194634]], geboortedatum 12-06-1979, woont op [[STREET_ADDRESS|Oudegracht 214, 3511 NV Utrecht]].",
    "[[PERSON|Erik Nilsson]] ([[ID_NUMBER|870926-3613]]) har bokat mikroskopet för vecka 12; e-post [[EMAIL_ADDRESS|erik.nilsson@uppsala-lab.se]].",
    "Subject [[PERSON|Lee Soo-min]], RRN [[ID_NUMBER|970105-2648139]], completed the baseline MRI; mobile [[PHONE_NUMBER|010-7315-2846]].",
    # without a national id
    "[[PERSON|Samuel Okoro]] is a third-year PhD student in materials science; reach him at [[EMAIL_ADDRESS|samuel.okoro@tyneside-uni.ac.uk]] or [[PHONE_NUMBER|07700 900128]].",
    "2024-05-02T03:14:07Z sshd[2231]: Accepted publickey for [[ID_NUMBER|hkimura]] from [[IP_ADDRESS|192.0.2.131]] (user [[PERSON|Hana Kimura]], Physics)",
    '{"student": "[[PERSON|Isabela Cruz]]", "student_no": "[[ID_NUMBER|2031847]]", "email": "[[EMAIL_ADDRESS|icruz@lakeshore.edu]]", "programme": "MSc Ecology"}',
    "Equipment booking: LSM 980 confocal | 2024-06-11 09:00-13:00 | [[PERSON|Mohammed Al-Farsi]] | account [[ID_NUMBER|MAF-LSM-017]]",
    "Payroll onboarding: [[PERSON|Kayla Brooks]], graduate research assistant, SSN [[US_SSN|384-71-2096]], direct deposit confirmed.",
    "Lab safety register, entry 57: [[PERSON|Dylan Price]] (staff no. [[ID_NUMBER|U8841027]]) reported a minor burn from a hot plate in Lab 2.08; first aid given.",
    "Mr [[PERSON|Ahmed Rahimi]] of [[STREET_ADDRESS|58 avenue des Pins Est, Montréal QC H2W 1P6]] has been accepted as a summer research intern.",
    "[[PERSON|Beatriz Santos]],conference registration,EUR 480,[[CREDIT_CARD|5547 0392 1688 0473]]",
    "Hi [[PERSON|Wojtek]], your cluster account is ready: login [[ID_NUMBER|wnowak]], initial password [[PASSWORD|Granite-Owl-418]]. Please change it within 7 days.",
    "Grant holder: Prof. [[PERSON|Linnea Berg]]; paying account [[IBAN_CODE|SE63 8000 0832 7910 4627 1853]]; project end 2026.",
    "Interviewee 14, [[PERSON|Ruth Kamau]], agreed to follow-up interviews and can be contacted at [[EMAIL_ADDRESS|ruthkamau@nyeri-mail.co.ke]].",
    "[[PERSON|Tomasz Zieliński]] | [[ID_NUMBER|tzielinski]] | [[IP_ADDRESS|198.51.100.66]] | last login 2024-04-30 21:07",
    "Reviewer profile: Dr [[PERSON|Anjali Rao]], ORCID [[ID_NUMBER|0000-0001-7362-084X]], expertise epigenetics, [[EMAIL_ADDRESS|anjali.rao@kaveri-inst.in]]",
    "To whom it may concern: [[PERSON|Nathaniel Brooks]] worked in my laboratory from 2019 to 2023 as a research technician. He can be reached at [[PHONE_NUMBER|(206) 555-0187]].",
    "config.yaml, owner [[PERSON|Greta Lindholm]]: ncbi_api_key: [[API_KEY|7d2e91fa40c3b85e16a9d07f4c28eb3b5d19]]",
    "The alarm code for cold store C assigned to [[PERSON|Bongani Zulu]] is [[PASSWORD|5521]] and expires at the end of term.",
    "[[PERSON|Frieda Hartmann]], [[STREET_ADDRESS|Lindenweg 8, 37073 Göttingen]], Tel. [[PHONE_NUMBER|030 23125 418]]",
    "La coordinadora del ensayo, [[PERSON|Lucía Herrera]], atiende en el [[PHONE_NUMBER|+34 612 485 903]] y en [[EMAIL_ADDRESS|lherrera@hospital-levante.es]].",
    "[[PERSON|Yusuf Adebayo]] paid the bench fee for the summer school with card [[CREDIT_CARD|4019 2837 4615 6820]].",
    'WARN booking-svc user=[[ID_NUMBER|kpatel22]] ip=[[IP_ADDRESS|203.0.113.12]] action=cancel resource=FACS-Aria name="[[PERSON|Krishna Patel]]"',
    "Visitor: [[PERSON|Harriet Osei-Bonsu]] · Company: Thermo Fisher · Phone: [[PHONE_NUMBER|020 7946 0219]] · Escorted by the lab manager",
    "Gentile [[PERSON|Marco Esposito]], la sua richiesta di accesso al cluster è approvata. Utente: [[ID_NUMBER|mesposito]], password provvisoria: [[PASSWORD|Vesuvio!2024mx]].",
    "[[PERSON|Olivia Thornton]], [[STREET_ADDRESS|14 Orchard Close, Keswick CA12 4HT]], volunteer bird ringer since 2015.",
    "[[PERSON|Jamal Washington]], a postdoctoral fellow, listed SSN [[US_SSN|219-54-8803]] and home address [[STREET_ADDRESS|417 Magnolia Ave, Durham, NC 27701]] on the fellowship form.",
    "Honorar til [[PERSON|Mette Kjær]], konto [[IBAN_CODE|DK93 3000 4197 2846 35]], for opposition ved ph.d.-forsvaret.",
    '{"user": "[[ID_NUMBER|sofia.r]]", "full_name": "[[PERSON|Sofía Ramírez]]", "last_ip": "[[IP_ADDRESS|2001:db8:7c::2e]]"}',
    "[[PERSON|Hope Mwangi]], MSc student, wildlife field camp, [[PHONE_NUMBER|+254 711 638 402]].",
    "Reisekostenabrechnung für [[PERSON|Florian Gruber]], [[IBAN_CODE|AT08 3200 0001 9384 7261]], Konferenz in Graz, 3 Nächte.",
    "Login attempt blocked: account [[ID_NUMBER|r.haddad]] from [[IP_ADDRESS|198.51.100.241]] (owner [[PERSON|Rami Haddad]]).",
    "[[PERSON|Lea Meier]] erhält das Stipendium ab Oktober auf das Konto [[IBAN_CODE|CH18 0483 5027 9316 4810 2]].",
    "Matkakorvaus: [[PERSON|Mikko Virtanen]], tili [[IBAN_CODE|FI84 4005 5017 3829 46]], konferenssi Tromssassa.",
    "[[PERSON|Astrid Haugen]], kontonummer [[IBAN_CODE|NO78 1503 8264 917]], feltarbeid på Finse.",
    "Bursary for [[PERSON|Kieran Walsh]] paid to [[IBAN_CODE|GB85 LOYD 3096 2471 8503 16]]; email [[EMAIL_ADDRESS|k.walsh@pennine-uni.ac.uk]].",
    "Vergoeding voor [[PERSON|Lotte Peeters]] als proefpersoon: 60 euro op [[IBAN_CODE|BE50 7310 4628 9517]].",
    "[[PERSON|Niamh Byrne]], stipend account [[IBAN_CODE|IE53 BOFI 9058 3316 2749 05]], mobile [[PHONE_NUMBER|+353 87 418 2693]]",
    "[[PERSON|Victoria Ashworth]] booked the symposium dinner for 40 with her Amex [[CREDIT_CARD|3487 001639 59428]].",
    "[[PERSON|Kenneth Obi]] | travel card [[CREDIT_CARD|2223 5160 8489 7315]] | exp 09/27 | trip: Lisbon",
    "Name: [[PERSON|Ximena Ríos]]; Lab: Entomology; Office: B214; Email: [[EMAIL_ADDRESS|xrios@valle-ento.edu.mx]]; Mobile: [[PHONE_NUMBER|+52 55 4821 7306]]",
    "[[PERSON|Aya Fujimoto]], [[STREET_ADDRESS|4-7-12 Honcho, Aoba-ku, Sendai 980-0014]], JSPS fellow.",
    "[[PERSON|Paweł Nowicki]], [[STREET_ADDRESS|ul. Długa 14/3, 80-827 Gdańsk]], technik laboratoryjny.",
    "Guest Wi-Fi for [[PERSON|Elias Ford]]: network LAB-GUEST, key [[PASSWORD|amber-falcon-62]], valid this week.",
    "Locker 12 in the changing room belongs to [[PERSON|Fiona Grant]]; code [[PASSWORD|0386]].",
    "Subject [[ID_NUMBER|CARD-04-117]], [[PERSON|Arturo Vega]], completed the week 12 visit; phone reminder for the next one to [[PHONE_NUMBER|(702) 555-0134]].",
    "Bästa [[PERSON|Johan Ekström]], ditt konto på beräkningsklustret är [[ID_NUMBER|jekstrom]] och lösenordet är [[PASSWORD|Fjord#Ljus77]].",
    "2024-02-18 22:41:09 door-ctrl: badge [[ID_NUMBER|0048817]] ([[PERSON|Salma Idris]]) opened Lab 4 after hours",
    "[[PERSON|Tevita Fifita]] applied for the Pacific climate scholarship; e-mail [[EMAIL_ADDRESS|tevita.fifita@moana-mail.to]].",
    "Service account for [[PERSON|Ilse Brandt]]: token [[API_KEY|ghp_4Ld9QxT2mZr7Vw1Kp8Bn3Hs6Yc0Fj5Ea2Rux]]",
    "[[PERSON|Grace Achieng]], lab manager, [[PHONE_NUMBER|+254 733 902 145]], [[EMAIL_ADDRESS|g.achieng@lakebasin-research.org]]",
    "[[PERSON|Brandon Lee]]\n[[STREET_ADDRESS|3301 Cedar Ridge Rd\nAustin, TX 78731]]\n[[EMAIL_ADDRESS|brandon.lee@texhill.edu]]",
    "[[PERSON|Camila Soto]] | [[EMAIL_ADDRESS|camila.soto@andes-geo.cl]] | [[PHONE_NUMBER|+56 9 8417 2360]] | geóloga",
    "[[PERSON|Megan O'Connell]],[[US_SSN|602-18-4473]],Graduate Assistant,Chemistry,Fall 2024",
    "[[PERSON|Hugo Lefèvre]] est ingénieur d'études au laboratoire ; joignable au [[PHONE_NUMBER|+33 6 39 98 57 14]].",
    "Peer reviewer [[PERSON|Ayodele Bankole]] uploaded his report from [[IP_ADDRESS|203.0.113.199]] on 3 March.",
    "[[PERSON|Zhang Lei]], employee no. [[ID_NUMBER|HR-20931]], completed the radiation safety induction.",
    "Emergency contact for field station resident [[PERSON|Isla Fraser]]: [[PHONE_NUMBER|01632 960715]].",
    "Ethics form, section 1: principal investigator [[PERSON|Rosalind Achterberg]], staff ID [[ID_NUMBER|S-5520913]], phone [[PHONE_NUMBER|01632 960842]].",
    "Conference travel claim 882: [[PERSON|Sunny Abiodun]], card [[CREDIT_CARD|5412 7609 3845 1127]], hotel in Prague, 3 nights.",
    "Applicant [[PERSON|Darius Farahani]], SSN [[US_SSN|457-19-3360]], e-mail [[EMAIL_ADDRESS|dfarahani@prairie-state.edu]], for the summer research program.",
]

# 25 MT-Bench/Vicuna-style prompts; historical and fictional people are not personal data.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that public funding for basic research pays for itself in the long run.",
    "Compose a short poem about a graduate student waiting at midnight for a centrifuge to finish its run.",
    "Explain the difference between a p-value and a confidence interval to a first-year biology student.",
    "Imagine you are Marie Curie giving a public lecture in 1911. Describe your work on radium to an audience with no scientific training.",
    "Draft a blog post about the advantages and drawbacks of open peer review.",
    "Role-play as Sherlock Holmes examining a contaminated cell culture and deducing where the contamination came from.",
    "Write a Python function that reads a CSV file of plate reader absorbance values and returns the mean of each column.",
    "What are the main steps in preparing a competitive research grant application? Give me a checklist.",
    "Summarise the key ideas of Darwin's On the Origin of Species in five bullet points.",
    "Compare cryo-electron microscopy and X-ray crystallography for determining protein structures. When would you choose each?",
    "How would you design a fair system for booking time on a shared mass spectrometer in a department of twelve research groups?",
    "Write a short story in which a field station on a remote island loses radio contact during a three-day storm.",
    "Explain how double-blind peer review works and what its limitations are.",
    "Give me ten tips for presenting a scientific poster at a large international conference.",
    "If Ada Lovelace could see modern machine learning, what might she say about it? Answer in her voice.",
    "What ethical principles guide research with human participants, and which historical documents do they come from?",
    "Write a SQL query that lists every instrument in a bookings table that has not been booked in the last 30 days.",
    "Describe the role of an independent data monitoring committee in a randomised controlled trial.",
    "Edit this sentence for clarity: 'The results of the experiment which was done in the lab shows that the the enzyme is more active at higher temperature.'",
    "Pretend you are Captain Nemo and describe the marine life visible through the windows of the Nautilus, using accurate modern biology.",
    "Which matters more for a PhD student: publishing early or mastering methods deeply? Argue both sides, then give your view.",
    "Extract the sample sizes and effect size from this abstract as JSON: 'In a trial of 240 adults, the intervention reduced systolic blood pressure by 6.2 mmHg compared with placebo (n=238).'",
    "Write a limerick about Isaac Newton and a falling apple in a university orchard.",
    "How can a small molecular biology lab reduce its plastic waste without compromising sterility?",
    "Explain the Monty Hall problem and why the intuitive answer is wrong, with a small simulation in Python.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priya pipettes 24 samples per hour. She works for 3.5 hours, then her colleague takes over and pipettes 18 samples per hour for 2 hours. How many samples are pipetted in total?",
    "A lab orders 6 boxes of gloves each week. Each box costs $12.50. How much does the lab spend on gloves in a 13-week term?",
    "Tomas has a conference budget of $2,000. The flight costs $640, the hotel is $145 per night for 4 nights, and registration is $520. How much money is left?",
    "A freezer holds 9 racks, and each rack holds 16 boxes of 81 tubes. How many tubes can the freezer hold?",
    "Amara grows bacteria that double every 20 minutes. She starts with 500 cells. How many cells are there after 2 hours?",
    "A clinical trial needs 360 participants. Each of 4 sites recruits 7 participants a week. How many weeks will recruitment take?",
    "Kenji books the microscope for 45 minutes per session. If he has 11 sessions this month, how many hours does he spend at the microscope?",
    "A field station has 120 liters of fresh water. Five researchers each use 3.5 liters a day. How many full days will the water last?",
    "Lucia reads 14 pages of a thesis per hour. The thesis has 238 pages. How many hours will she need to read it all?",
    "A grant pays a student $1,850 a month. Rent is $720 and food is $310 a month. How much can the student save in a 12-month year?",
    "There are 28 seats in the seminar room. If 3/4 of the seats are filled and 5 more people arrive, how many seats are still empty?",
    "Omar collects 36 soil samples on Monday, twice as many on Tuesday, and 15 fewer than Tuesday on Wednesday. How many samples does he collect over the three days?",
    "A reagent costs $84 per 500 mL. A protocol uses 35 mL per run. How much does the reagent cost for 20 runs?",
    "Ingrid walks 4.2 km from the field station to the first plot, 2.7 km to the second plot, and then back to the station along a 5.1 km path. How far does she walk?",
    "A cluster has 64 nodes with 48 cores each. If 3/8 of the cores are busy, how many cores are free?",
    "Sam reviews 3 manuscripts a month. Each review takes 5 hours. How many hours does Sam spend reviewing in a year?",
    "A poster printer charges $35 for the first poster and $22 for each extra copy. How much do 7 posters cost?",
    "Hana has 250 mL of a 2 M stock solution. How many mL of 0.5 M solution can she make by diluting all of it?",
    "A bus to the conference leaves at 7:40 and the trip takes 2 hours 35 minutes. What time does it arrive?",
    "Leo measures the height of 5 seedlings: 12 cm, 15 cm, 9 cm, 14 cm and 10 cm. What is the average height?",
    "Each participant in a study receives $25 per visit and attends 6 visits. If there are 48 participants, what is the total payment?",
    "A lab has 3 fume hoods. Each hood is used 6 hours a day, 5 days a week. How many hood-hours are used in 4 weeks?",
    "Nadia types 45 words per minute. Her ethics form needs 2,700 words. How many minutes will typing take?",
    "A liquid nitrogen dewar holds 180 liters and loses 2.5 liters a day to evaporation. After 3 weeks, how many liters remain?",
    "Felix spends 1/3 of his week on experiments, 1/4 on writing and the rest of his 48 working hours on teaching. How many hours does he teach?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following is the SI base unit of luminous intensity? A. lumen B. candela C. lux D. watt",
    "In a randomised controlled trial, the main purpose of randomisation is to: A. increase the sample size B. balance known and unknown confounders between groups C. blind the investigators D. reduce the cost of the trial",
    "Which organelle is the main site of ATP production in eukaryotic cells? A. Golgi apparatus B. ribosome C. mitochondrion D. lysosome",
    "A type I error occurs when a researcher: A. rejects a true null hypothesis B. fails to reject a false null hypothesis C. uses the wrong test D. reports a small sample",
    "Which document first set out the principle of voluntary informed consent in research? A. the Belmont Report B. the Nuremberg Code C. the Declaration of Helsinki D. the Geneva Convention",
    "What is the pH of a 0.001 M solution of hydrochloric acid? A. 1 B. 2 C. 3 D. 11",
    "Which of the following is a measure of spread? A. mean B. median C. mode D. interquartile range",
    "The enzyme that joins Okazaki fragments during DNA replication is: A. helicase B. primase C. DNA ligase D. topoisomerase",
    "In peer review, a 'desk rejection' means that a manuscript is: A. rejected by the editor without external review B. rejected after two rounds of review C. accepted with minor revisions D. transferred to another journal",
    "Which gas makes up about 78 percent of Earth's atmosphere? A. oxygen B. carbon dioxide C. argon D. nitrogen",
    "A p-value of 0.03 means that: A. there is a 3% chance the null hypothesis is true B. data at least this extreme would occur 3% of the time if the null hypothesis were true C. the effect size is 3% D. the result will replicate 97% of the time",
    "Which class of fire extinguisher is suitable for burning metals such as sodium? A. Class A B. Class B C. Class C D. Class D",
    "The speed of light in a vacuum is closest to: A. 3 x 10^5 m/s B. 3 x 10^6 m/s C. 3 x 10^8 m/s D. 3 x 10^10 m/s",
    "Which phase of a clinical trial first tests a drug in a large population to confirm efficacy? A. Phase 0 B. Phase I C. Phase II D. Phase III",
    "Which statistical test compares the means of three or more independent groups? A. paired t-test B. chi-square test C. one-way ANOVA D. Pearson correlation",
    "Which scientist proposed the theory of evolution by natural selection together with Charles Darwin? A. Gregor Mendel B. Alfred Russel Wallace C. Louis Pasteur D. Jean-Baptiste Lamarck",
    "What does an h-index of 12 mean? A. 12 papers in total B. 12 papers each cited at least 12 times C. 12 citations on average D. 12 years of publishing",
    "Which of these is a biosafety level used for work with agents that can cause serious disease by inhalation? A. BSL-1 B. BSL-2 C. BSL-3 D. BSL-0",
    "In a Punnett square for two heterozygous parents (Aa x Aa), what fraction of offspring are homozygous recessive? A. 1/4 B. 1/2 C. 3/4 D. 0",
    "Which instrument measures the absorbance of light by a solution at a given wavelength? A. centrifuge B. spectrophotometer C. thermocycler D. autoclave",
    "Which of the following is NOT one of the three principles of the Belmont Report? A. respect for persons B. beneficence C. justice D. profitability",
    "Avogadro's number is approximately: A. 6.02 x 10^23 B. 3.14 x 10^23 C. 1.60 x 10^-19 D. 9.81 x 10^2",
    "The main advantage of a crossover trial design is that: A. no washout is needed B. each participant serves as their own control C. it needs more participants D. it cannot be blinded",
    "Which layer of the atmosphere contains most of the ozone? A. troposphere B. stratosphere C. mesosphere D. thermosphere",
    "Plagiarism in a grant application is best described as: A. a conflict of interest B. research misconduct C. a data management issue D. an authorship dispute",
]

# 25 health and trial-participation questions naming no one.
CLEAN_HEALTH = [
    "What are the common side effects after a flu vaccine, and when should I see a doctor?",
    "Is it safe to take part in a clinical trial while breastfeeding?",
    "How long should I wait after a blood donation before doing hard exercise?",
    "What is the difference between a placebo and a sham procedure in a trial?",
    "Can I withdraw from a clinical study halfway through, and will it affect my normal care?",
    "How much caffeine is too much for someone working long night shifts in a lab?",
    "What should I do if I get a needle-stick injury while handling blood samples?",
    "What are the early signs of a latex allergy?",
    "How can I reduce eye strain from looking at a microscope for several hours a day?",
    "Is it normal to feel dizzy after a fasting blood test?",
    "What does it mean if a trial is described as double-blind and placebo-controlled?",
    "How do I treat a minor chemical burn on the skin before getting medical help?",
    "What vaccinations are recommended before fieldwork in tropical regions?",
    "How can I tell whether a headache after a long flight is just dehydration?",
    "What are the symptoms of hypothermia, and how should it be treated in a remote area?",
    "Are there long-term risks from working near strong magnetic fields such as MRI scanners?",
    "How much sleep do adults need, and does catching up at weekends help?",
    "What is a normal resting heart rate for an adult?",
    "Should I tell a trial doctor about herbal supplements I take?",
    "What is the safest way to lift heavy gas cylinders to avoid back injury?",
    "How long do the effects of a general anaesthetic last after minor surgery?",
    "Can stress before a thesis defence cause stomach problems, and what helps?",
    "What are the signs of heat exhaustion during summer fieldwork?",
    "How often should someone with asthma check the expiry date of their inhaler?",
    "Is it safe to get a tick bite checked days later, and what rash should I look for?",
]

# Every national id of the set and its validator (the first two are in chat requests).
NATIONAL_IDS = {
    "274.519.836-09": cpf_ok,  # Brazilian CPF
    "8711230846085": luhn_len(13),  # South African id
    "910318-7242": luhn_len(10),  # Swedish personnummer
    "870926-3613": luhn_len(10),
    "320106198905234712": china_id_ok,  # Chinese resident identity number
    "51010719930211286X": china_id_ok,
    "605.183.927-59": cpf_ok,
    "6384 2917 4502": aadhaar_ok,  # Indian Aadhaar
    "3927 5816 0429": aadhaar_ok,
    "S8815274C": nric_ok,  # Singapore NRIC
    "G5192073U": nric_ok,  # Singapore FIN
    "316827459": bsn_ok,  # Dutch BSN
    "207194634": bsn_ok,
    "880412-2157380": rrn_ok,  # Korean resident registration number
    "970105-2648139": rrn_ok,
    "718 392 642": tfn_ok,  # Australian tax file number
    "193 482 650": luhn_len(9),  # Canadian SIN
    "046218939": luhn_len(9),  # Israeli teudat zehut
    "52817364028": kimlik_ok,  # Turkish kimlik
    "943 476 5919": nhs_ok,  # NHS number
    "721 058 3343": nhs_ok,
    "92071803642": pesel_ok,  # Polish PESEL
    "CNTGLI88M52L219N": codice_fiscale_ok,  # Italian codice fiscale
    "230791-2545": hetu_ok,  # Finnish henkilötunnus
    "9204155123085": luhn_len(13),
    "7391 4602 8158": my_number_ok,  # Japanese My Number
    "53819274X": dni_ok,  # Spanish DNI
    "Y4739182T": dni_ok,  # Spanish NIE
    "7315824P": pps_ok,  # Irish PPS number
    "8204613AF": pps_ok,
    "3518 46027 1": medicare_ok,  # Australian Medicare
    "2 91 07 75 118 042 34": nir_ok,  # French NIR
    "85.07.30-273.79": belgian_id_ok,  # Belgian national number
    "14059032535": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238174654": nif_ok,  # Portuguese NIF
    "2960812407319": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49203112758": isikukood_ok,  # Estonian isikukood
    "120388-4369": kennitala_ok,  # Icelandic kennitala
    "905714/3205": rodne_cislo_ok,  # Czech rodné číslo
    "3184572901": rnokpp_ok,  # Ukrainian RNOKPP
    "47281936053": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "12068714521": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|31|34|40|46|47|52|55|56|64|65|90|91|234|254|353|354|358|380|972) [\d -]+\d",
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record
    names exactly one person beside 1 to 4 other values, and 35 to 45 carry a national
    id from ``NATIONAL_IDS``."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    national = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"record: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        national += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 35 <= national <= 45:
        raise SystemExit(f"records: {national} with a national id")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean prompts": (CLEAN_PROMPTS, 25),
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
        "blind134", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
