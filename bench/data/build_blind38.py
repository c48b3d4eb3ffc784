# ruff: noqa: E501
"""A thirty-eighth blind privacy set: 220 texts with personal data and 100 clean ones, a
held-out mix in the manner of public privacy benchmarks.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1 to 12
and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 90 short sentences in the style of presidio-research's synthetic PII sentences, one to
  three identifiers each (6 to 40 words): "my name is ... and my number is ...", shipping and
  billing lines, profile bios, customer-service utterances, bank transfer instructions,
  "please update my address to ...", log lines with usernames and IPs; names of Slavic,
  Arabic, Chinese, Japanese, Korean, Vietnamese, Indian, Yoruba, Igbo, Swahili, Zulu,
  Turkish, Greek, Hungarian, Finnish, Portuguese, Latin American, Irish, Welsh and other
  origins, some single first names, some surnames alone after a title; addresses in Polish,
  Vietnamese, Kenyan, Indian, Greek, Welsh, Hungarian, Portuguese, Spanish, Japanese,
  Brazilian, Mexican, Irish, US, Finnish, German, French, Italian, Argentine, Chinese,
  Canadian, Korean and Dutch formats;
* 70 records in the manner of an LLM-generated PII dataset (12 to 150 words): short
  letters, forms, e-mails, support tickets, medical intake and triage notes, HR records, CV
  headers, rental and lease applications, incident logs, with 2 to 6 identifiers each
  (names, e-mails, phones, addresses, unlabelled dates of birth, national ids, passports,
  licences, bank accounts, IBANs, cards, usernames, passwords, PINs, IPs);
* 60 chat requests to an assistant about the writer or people they know (family,
  colleagues, tenants, patients, students), with names and contacts or secrets (4 to 60
  words, some under 12); the first 20 (a third) are typed all in lower case.

Usernames and logins, account, customer, member, employee, student, patient, policy and
resident numbers, passports, driver licences and national ids are ID_NUMBER; PINs, door,
alarm and locker codes, wifi keys and passwords PASSWORD; titles and relation words (Mr,
Mrs, Ms, Dr, Prof, Herr, Father, my sister) stay outside PERSON spans; an address span runs
from the street line through the postcode and city as typed; public figures, companies,
fictional characters, order, ticket and booking numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench-style prompts (writing, role-play as famous or fictional
people, reasoning, maths, coding, extraction, STEM, humanities), 25 Vicuna-style questions,
20 GSM8K-style word problems with fictional first names, 15 MMLU-style items with options A
to D (history, law, medicine, business ethics, naming historical figures) and 15
hospital-routing questions naming no one. All are written for this set, none copied from
those benchmarks.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0, North
America 555-01xx, Australia 0491 570, France 06 39 98) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from documentation
ranges; national ids with valid check digits (Finnish henkilötunnus, Brazilian CPF, Polish
PESEL, Swedish personnummer, Portuguese NIF, NHS number, German tax id, Spanish DNI, Indian
Aadhaar, Turkish kimlik, Romanian CNP, Japanese My Number, Greek AMKA, Czech rodné číslo,
Norwegian fødselsnummer, South African id, Chinese resident id, Irish PPS number, French
NIR, Italian codice fiscale, Canadian SIN, Korean resident registration number, Belgian
national number, Ukrainian RNOKPP, Mexican CURP).

Run ``.venv/bin/python bench/data/build_blind38.py`` from the repository root; the output is
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
    kimlik_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    pesel_ok,
    pps_ok,
    rnokpp_ok,
    rodne_cislo_ok,
    rrn_ok,
    steuer_id_ok,
    word_count,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 20
MIN_CHARS = 15
MAX_WORDS = 300
PRESIDIO_WORDS = (6, 40)
RECORD_WORDS = (12, 150)
CHAT_WORDS = (4, 60)
SHORT_CHAT = 8
"""At least this many chat requests have fewer than 12 words."""
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Father|Nurse|Herr|Frau|Mme|Sr|Sra|Pani|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 90 short sentences in the manner of presidio-research's synthetic PII sentences.
PRESIDIO = [
    "My name is [[PERSON|Dragana Petrović]] and my number is [[PHONE_NUMBER|+381 64 318 2759]].",
    "Please update my address to [[STREET_ADDRESS|ul. Marszałkowska 84/12, 00-514 Warszawa]], thanks.",
    "Ship to: [[PERSON|Nguyễn Thị Lan]], [[STREET_ADDRESS|125 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh]], tel [[PHONE_NUMBER|+84 903 418 275]]",
    "Billing contact for the Osaka order: [[PERSON|Kenji Watanabe]], [[EMAIL_ADDRESS|k.watanabe@kumo-mail.jp]]",
    "2024-03-11 09:14:02 sshd accepted publickey for user=[[ID_NUMBER|ayse.demir]] from [[IP_ADDRESS|198.51.100.23]]",
    "Hi, this is [[PERSON|Oluwaseun]] calling about my order, you can reach me on [[PHONE_NUMBER|+234 803 517 2946]].",
    "[[PERSON|Siobhán Ní Bhriain]] is a potter based in Galway who loves sea swimming and terrible puns.",
    "Please transfer 450 EUR to [[IBAN_CODE|DE44 5001 0517 5407 3249 31]], account holder [[PERSON|Tobias Reinholt]].",
    "Mr. [[PERSON|Papadopoulos]] asked that all letters go to [[STREET_ADDRESS|Ermou 42, 105 63 Athina]] from now on.",
    "Customer [[PERSON|Chinonso Eze]] says her card [[CREDIT_CARD|4529 8317 0462 1582]] was charged twice for the same order.",
    "Kwa [[PERSON|Wanjiru Kamau]], [[STREET_ADDRESS|P.O. Box 4471-00100, Nairobi]], simu [[PHONE_NUMBER|+254 712 604 381]].",
    "My email changed, it's [[EMAIL_ADDRESS|mehmet.yilmaz82@postakutusu.com.tr]] now.",
    "[[PERSON|Ananya Krishnamurthy]] lives at [[STREET_ADDRESS|Flat 3B, Lakshmi Residency, 14 Cunningham Road, Bengaluru 560052]].",
    "Hello, I'm [[PERSON|Eero Virtanen]] and my henkilötunnus is [[ID_NUMBER|070391-318N]].",
    "Dr. [[PERSON|Farouk]] will see you now; please confirm the slot on [[PHONE_NUMBER|+971 50 381 2264]].",
    "Can you send the invoice to [[PERSON|Bethan Pryce]] at [[STREET_ADDRESS|17 Heol y Wern, Caernarfon LL55 1AB]]?",
    "The parcel for [[PERSON|Zsófia Kertész]] should go to [[STREET_ADDRESS|Király utca 26, 1061 Budapest]].",
    "My social is [[US_SSN|412-63-8095]], name on the account is [[PERSON|Marisol Quintero]].",
    "Mar 02 22:41:17 web01 sshd[2231]: Failed password for invalid user [[ID_NUMBER|pkowalczyk]] from [[IP_ADDRESS|203.0.113.88]] port 51422 ssh2",
    "[[PERSON|Li Wei]]'s mobile is [[PHONE_NUMBER|+86 138 2047 6193]], call after 6pm Beijing time.",
    "Send the replacement card to [[STREET_ADDRESS|Rua Augusta 211, 3º Esq, 1100-048 Lisboa]] for [[PERSON|João Mendes Carvalho]].",
    "I'm [[PERSON|Hyun-woo]], 29, I write Go for a living and climb on weekends.",
    "Please update my address to [[STREET_ADDRESS|Calle de Alcalá 155, 4º B, 28009 Madrid]].",
    "Contact [[PERSON|Ngozi Adeyemi]] at [[EMAIL_ADDRESS|ngozi.adeyemi@brightmail.ng]] or on [[PHONE_NUMBER|+234 809 226 4170]].",
    "Wire the deposit to [[IBAN_CODE|NL74 RABO 0317 9248 56]] in the name of [[PERSON|Femke de Vries]].",
    "Mrs. [[PERSON|Haataja]] reported her phone [[PHONE_NUMBER|+358 40 736 2918]] stolen on Friday.",
    "hi my name is [[PERSON|Tomasz]] and i cant log in to my account since yesterday",
    "[[PERSON|Aroha Ngata]] runs a small bakery in Rotorua and volunteers at the marae on Sundays.",
    "Your order will be delivered to [[STREET_ADDRESS|4-12-8 Jingumae, Shibuya-ku, Tokyo 150-0001]] on Thursday.",
    "Name: [[PERSON|Park Ji-yeon]] | Phone: [[PHONE_NUMBER|010-3827-5914]] | Email: [[EMAIL_ADDRESS|jiyeon.park@hanmail.net]]",
    "The account [[ID_NUMBER|AC-88301927]] belongs to Ms. [[PERSON|Okonkwo]], please verify before refunding.",
    "[[PERSON|Tariq Al-Hashimi]] asked us to call him back on [[PHONE_NUMBER|(312) 555-0148]] after lunch.",
    "Deliver to [[PERSON|Carmen Ríos]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]].",
    "Prof. [[PERSON|Nakamura]] can be reached at [[EMAIL_ADDRESS|h.nakamura@tokai-u.example.jp]] during term.",
    "My card number is [[CREDIT_CARD|5318 4629 0175 3648]] and it expires 09/27.",
    "[[PERSON|Emeka]] says the wifi password at the flat is [[PASSWORD|Jollof4Life!]]",
    "The new tenant, [[PERSON|Mariana Gonçalves]], moves into [[STREET_ADDRESS|Rua Oscar Freire 879, apto 52, Jardins, São Paulo - SP, 01426-001]] next week.",
    "Please note my CPF for the invoice: [[ID_NUMBER|418.093.276-87]].",
    "I am [[PERSON|Kemal Öztürk]], reachable on [[PHONE_NUMBER|+90 532 418 67 29]] between 9 and 5.",
    "2023-11-30T18:02:55Z WARN rate limit exceeded ip=[[IP_ADDRESS|192.0.2.147]] user=[[ID_NUMBER|lena_k]]",
    "Mr. [[PERSON|Ó Súilleabháin]] wants his statements sent to [[STREET_ADDRESS|8 Ashgrove Terrace, Ballincollig, Co. Cork, P31 K2X4]].",
    "[[PERSON|Amara Nwosu]] is a data analyst who writes about Lagos street food on the weekends.",
    "Billing address: [[STREET_ADDRESS|1842 Maple Grove Dr, Apt 7, Columbus, OH 43215]]",
    "Transfer the rent to [[IBAN_CODE|ES14 2100 3812 7402 0015 7368]] before the fifth of every month.",
    "Can someone call [[PERSON|Fatima Zahra Benali]] back? Her number is [[PHONE_NUMBER|+212 661 472 038]].",
    "Passport number [[ID_NUMBER|C7L48N2K1]] was scanned at the gate for passenger [[PERSON|Lukas Brandt]].",
    "I'm [[PERSON|Priya]] and I'd like to change the email on file to [[EMAIL_ADDRESS|priya.menon.work@gmail.com]].",
    "Thanks for calling, Ms. [[PERSON|Adebayo]], your reference is noted and an agent will phone [[PHONE_NUMBER|07700 900284]] shortly.",
    "[[PERSON|Dimitra Karagianni]] teaches Byzantine history in Thessaloniki and collects old maps.",
    "Please update my address to [[STREET_ADDRESS|Hämeenkatu 14 B 22, 33100 Tampere]].",
    "The driver licence on the rental is [[ID_NUMBER|D412-5583-9027]], issued to [[PERSON|Gabriel Moreau]].",
    "Pay the supplier at [[IBAN_CODE|PL56 1090 1056 0000 0001 4583 6290 77]], ref. INV-2291.",
    "[[PERSON|Trần Minh Khoa]] ordered two bags of coffee to [[STREET_ADDRESS|48 Hàng Bạc, Hoàn Kiếm, Hà Nội]].",
    "She signed up with the username [[ID_NUMBER|zeynep_art]] and the email [[EMAIL_ADDRESS|zeynep.arslan@mailbox.org]].",
    "Call me on [[PHONE_NUMBER|0491 570 316]] if the courier gets lost, cheers, [[PERSON|Mick]].",
    "Kindly send the documents to [[PERSON|Rajesh Iyer]], [[STREET_ADDRESS|B-204, Sea Breeze Apartments, Juhu Tara Road, Mumbai 400049]].",
    "Father [[PERSON|Chukwuemeka Obi]] will officiate; his email is [[EMAIL_ADDRESS|fr.obi@stmarys-parish.org.ng]].",
    "[[PERSON|Kaito]] left his number, [[PHONE_NUMBER|090-4172-8356]], and said he will come back tomorrow.",
    "Your refund of 89.90 will go back to the card ending [[CREDIT_CARD|4026 1783 9501 4729]].",
    "User [[ID_NUMBER|m.horvath]] logged in from [[IP_ADDRESS|2001:db8:4a2::17]] at 03:12, which is unusual.",
    "[[PERSON|Gwenllian Morgan]] lives at [[STREET_ADDRESS|3 Stryd y Castell, Aberystwyth SY23 2AG]] with two cats.",
    "Please deliver to [[STREET_ADDRESS|Kastanienallee 27, 10435 Berlin]], bei [[PERSON|Schulze]] klingeln.",
    "Mr. [[PERSON|Adeleke]] asked to be called on [[PHONE_NUMBER|020 7946 0731]] about his mortgage.",
    "[[PERSON|Luísa Fernandes]], NIF [[ID_NUMBER|247168351]], requested a copy of her receipt.",
    "Envoyez la facture à [[PERSON|Amélie Roussel]], [[STREET_ADDRESS|14 rue des Capucins, 69001 Lyon]].",
    "I'd like to book a table for four under [[PERSON|Aleksandra]], phone [[PHONE_NUMBER|+48 512 836 407]].",
    "Member [[ID_NUMBER|GYM-004821]] ([[PERSON|Sipho Dlamini]]) has frozen his membership for June.",
    "My PESEL is [[ID_NUMBER|89072314589]] if you need it for the form.",
    "[[PERSON|Yuki Tanaka]] updated her shipping address to [[STREET_ADDRESS|2-3-15 Umeda, Kita-ku, Osaka 530-0001]].",
    "Account holder: [[PERSON|Ferenc Szabó]], IBAN [[IBAN_CODE|HU43 1070 0024 6642 8708 5110 0005]]",
    "[[PERSON|Bongani]] wants his payslip emailed to [[EMAIL_ADDRESS|bongani.m@webmail.co.za]] instead.",
    "Please add [[PERSON|Saoirse Kavanagh]] to the school newsletter list: [[EMAIL_ADDRESS|saoirse.kav@eircom.net]].",
    "Send the keys to [[STREET_ADDRESS|Via dei Serpenti 48, 00184 Roma RM]] to the attention of [[PERSON|Giulia Bianchi]].",
    "New contact: [[PERSON|Hamza Qureshi]], [[PHONE_NUMBER|+92 300 418 2736]], met at the Karachi trade fair.",
    "The ticket was opened by [[ID_NUMBER|olamide.o]] from [[IP_ADDRESS|198.51.100.201]] and closed an hour later.",
    "Please cancel the subscription for [[EMAIL_ADDRESS|vkozlov1979@yandex.ru]], it is no longer used.",
    "[[PERSON|Joaquín Herrera]] lives in [[STREET_ADDRESS|Av. Corrientes 3247, piso 6 depto B, C1193AAE CABA]] and works nights.",
    "my name is [[PERSON|Lejla]] and my number is [[PHONE_NUMBER|+387 61 248 937]]",
    "Mrs. [[PERSON|Wiśniewska]] would like her card [[CREDIT_CARD|5582 0471 6392 0586]] removed from the account.",
    "Contact person: [[PERSON|Wang Fang]], [[STREET_ADDRESS|上海市徐汇区漕溪北路88号 200030]], [[PHONE_NUMBER|+86 139 1826 4057]]",
    "[[PERSON|Mthunzi]] forgot his PIN again; the new one is [[PASSWORD|7391]].",
    "Please forward all mail to [[STREET_ADDRESS|221 Wellesley St E, Toronto, ON M4X 1G7]] until further notice.",
    "[[PERSON|Ji-hoon Choi]] paid with card [[CREDIT_CARD|4136 5908 2714 3669]] at 14:22.",
    "Hello, this is [[PERSON|Aisling]] from flat 4, my phone is [[PHONE_NUMBER|07700 900617]].",
    "Address on the parcel: [[STREET_ADDRESS|서울특별시 마포구 와우산로 94, 03995]], recipient [[PERSON|Kim Min-seo]].",
    "[[PERSON|Yaw Boateng]] moved to Kumasi and his new email is [[EMAIL_ADDRESS|yaw.boateng@ghmail.com.gh]].",
    "Please debit my account [[IBAN_CODE|FR55 2004 1010 1118 7236 0Y01 154]] for the annual fee.",
    "[[PERSON|Maria José Pereira]] can be reached at [[PHONE_NUMBER|+351 912 604 833]] on weekdays.",
    "Refund to [[PERSON|Viktor Hallström]], personnummer [[ID_NUMBER|871203-5412]].",
    "Please update my address to [[STREET_ADDRESS|Keizersgracht 412-III, 1016 GC Amsterdam]] and my phone to [[PHONE_NUMBER|+31 6 4827 1930]].",
]

# 70 records in the manner of an LLM-generated PII dataset: letters, forms, e-mails,
# tickets, intake notes, HR records, CV headers and rental applications.
RECORDS = [
    "Dear Ms. [[PERSON|Kowalczyk]],\n\nThank you for applying for the flat on Długa Street. Before we can sign, please confirm that your PESEL [[ID_NUMBER|02261507366]] and the e-mail [[EMAIL_ADDRESS|a.kowalczyk@onet.pl]] are correct. The deposit account is [[IBAN_CODE|PL44 1140 2004 0000 3902 7612 4471]].\n\nKind regards,\n[[PERSON|Marek]], Lokum Rentals",
    "PATIENT INTAKE\nName: [[PERSON|Adaeze Okafor]]\nDOB: 14/02/1988\nNHS No: [[ID_NUMBER|485 917 3627]]\nPhone: [[PHONE_NUMBER|07700 900452]]\nAddress: [[STREET_ADDRESS|41 Kingsley Road, Leeds LS6 2JA]]\nPresenting complaint: recurring migraines, worse in the mornings, no aura.",
    "Subject: Password reset\n\nHi IT,\nI'm locked out again. My username is [[ID_NUMBER|rsantos]] and I temporarily set the password to [[PASSWORD|Verao2024#]] before it locked. Can you unlock it? My desk phone is ext 4471, mobile [[PHONE_NUMBER|+55 11 98426-3107]].\n\nThanks,\n[[PERSON|Rafael Santos]]",
    "EMPLOYEE RECORD\nEmployee ID: [[ID_NUMBER|EMP-20931]]\nFull name: [[PERSON|Hoang Van Duc]]\nDate of birth: 03 March 1991\nBank account: [[IBAN_CODE|DE27 3704 0044 0918 2736 45]]\nSteuer-ID: [[ID_NUMBER|58 391 047 266]]\nStart date: 01.09.2022, Logistics team Hamburg",
    "[[PERSON|Chiamaka Eze-Williams]]\nSenior Product Designer\n[[STREET_ADDRESS|Flat 9, 22 Balfour Street, London SE17 1PB]] | [[PHONE_NUMBER|+44 7700 900318]] | [[EMAIL_ADDRESS|chiamaka.ew@designmail.co.uk]]\n\nPROFILE\nEight years designing fintech and health products for West African and UK markets.",
    "Rental application\nApplicant: [[PERSON|Mateus Oliveira Costa]]\nBorn: 22/07/1994\nCPF: [[ID_NUMBER|295.604.183-51]]\nCurrent address: [[STREET_ADDRESS|Rua das Laranjeiras 318, apto 1202, Laranjeiras, Rio de Janeiro - RJ, 22240-003]]\nMonthly income: R$ 9.800\nReferences available on request.",
    "Support ticket #58213\nFrom: [[EMAIL_ADDRESS|kh.tran@vnmail.vn]]\nCustomer: [[PERSON|Tran Khanh Huyen]]\nCustomer no.: [[ID_NUMBER|CUS-7730192]]\nIssue: the app charges my card [[CREDIT_CARD|4917 2503 6184 9073]] twice every month. Please refund the duplicate and confirm by email.",
    "To whom it may concern,\n\nI confirm that [[PERSON|Olumide Bankole]], born 9 November 1985, holder of passport [[ID_NUMBER|A08472916]], has worked for us as a site engineer since 2019. He lives at [[STREET_ADDRESS|15 Admiralty Way, Lekki Phase 1, Lagos]].\n\nSigned,\nHR Department",
    "Hi [[PERSON|Sanne]],\n\nAs discussed, here are the login details for the shared mailbox: user [[ID_NUMBER|finance-nl]], password [[PASSWORD|Tulp!Gracht77]]. Please change it after the first login.\n\nGroet,\n[[PERSON|Joris]]",
    "MEDICAL INTAKE - Clínica San Rafael\nPaciente: [[PERSON|Lucía Fernández Ortega]]\nFecha de nacimiento: 30/05/1979\nDNI: [[ID_NUMBER|53817264R]]\nTeléfono: [[PHONE_NUMBER|+34 612 847 390]]\nMotivo: dolor lumbar de 3 semanas, sin traumatismo previo.",
    "Candidate: [[PERSON|Arjun Mehta]]\nEmail: [[EMAIL_ADDRESS|arjun.mehta.dev@outlook.com]]\nPhone: [[PHONE_NUMBER|+91 98450 27316]]\nAadhaar: [[ID_NUMBER|7382 1946 0533]]\nDOB: 12-08-1996\nApplied for: Backend Engineer (Pune)",
    "Dear [[PERSON|Kenji]],\n\nYour new staff account is ready. Username: [[ID_NUMBER|kenji.s]], temporary password: [[PASSWORD|Sakura-2291]]. Your locker is in the basement and the door code is [[PASSWORD|4817]].\n\nWelcome aboard!\nFacilities",
    "LEASE SUMMARY\nTenant: [[PERSON|Ayşe Kaya]]\nT.C. Kimlik No: [[ID_NUMBER|38415290754]]\nProperty: [[STREET_ADDRESS|Moda Cad. No:47 D:5, 34710 Kadıköy/İstanbul]]\nMonthly rent: 28.000 TL, paid to [[IBAN_CODE|TR02 0006 4000 0011 0894 3172 9]]\nTerm: 12 months from 1 March.",
    "From: [[PERSON|Ioana Popescu]] <[[EMAIL_ADDRESS|ioana.popescu@mailro.ro]]>\nTo: Payroll\nSubject: bank change\n\nPlease pay my salary into [[IBAN_CODE|RO48 BTRL RONC RT02 9138 4756]] from next month. My CNP is [[ID_NUMBER|2920412403189]] if you need to verify.\n\nMulțumesc,\n[[PERSON|Ioana]]",
    "Nurse triage note\nPt: [[PERSON|Mohammed Al-Rashid]], 61 y/o male, DOB 02/01/1963\nMRN [[ID_NUMBER|MRN-4471802]]\nNext of kin: son [[PERSON|Yousef]], [[PHONE_NUMBER|(617) 555-0173]]\nChest tightness on exertion x2 days, BP 158/94.",
    "Hello,\n\nI'd like to close my savings account [[ID_NUMBER|0045-338192-07]]. Please move the balance to my current account at another bank, [[IBAN_CODE|GB31 BARC 2071 4583 9261 04]].\n\nRegards,\n[[PERSON|Eilidh MacLeod]]\n[[STREET_ADDRESS|12 Harbour Street, Portree IV51 9BZ]]",
    "Driver registration form\nName: [[PERSON|Wojciech Nowicki]]\nDriving licence no.: [[ID_NUMBER|04871/12/2214]]\nPhone: [[PHONE_NUMBER|+48 601 284 573]]\nVehicle: Škoda Octavia, 2017\nDate of birth: 17.10.1983",
    "CV\n[[PERSON|Mwajuma Hassan]]\n[[STREET_ADDRESS|Plot 14, Mikocheni B, Dar es Salaam]]\n[[PHONE_NUMBER|+255 754 318 902]] · [[EMAIL_ADDRESS|mwajuma.hassan@zmail.co.tz]]\nBorn 5 April 1990\nObjective: a public health role with a focus on maternal care.",
    "Ticket 00931 - account takeover?\nUser [[ID_NUMBER|niamh.obrien]] reports logins from [[IP_ADDRESS|203.0.113.54]] and [[IP_ADDRESS|198.51.100.77]], neither of which she recognises. Contact her on [[PHONE_NUMBER|+353 87 462 1938]]. Forced password reset done.",
    "Dear Mr. [[PERSON|Takahashi]],\n\nWe received your passport [[ID_NUMBER|TK4820371]] copy and your My Number [[ID_NUMBER|7392 0581 6408]] for the tax filing. Your refund will be paid to your registered account within 20 working days.\n\nYours sincerely,\nClient Services",
    "Application for membership\nFull name: [[PERSON|Eleni Vasilaki]]\nAMKA: [[ID_NUMBER|15048302713]]\nAddress: [[STREET_ADDRESS|Leoforos Alexandras 61, 114 73 Athina]]\nE-mail: [[EMAIL_ADDRESS|eleni.vas@otenet.gr]]\nDate of birth: 15/04/1983",
    "Hi [[PERSON|Dev]],\n\nHere is the card for the team offsite, please only use it for the hotel: [[CREDIT_CARD|5229 7140 3856 4126]], exp 11/26. Billing address is the office, [[STREET_ADDRESS|90 Collins Street, Melbourne VIC 3000]].\n\nThanks, [[PERSON|Harriet]]",
    "INCIDENT LOG 2024-05-02\n09:02 user [[ID_NUMBER|s.adeyemi]] reported phishing email\n09:15 credentials ([[PASSWORD|Lagos#Sun88]]) confirmed entered on fake page\n09:20 source IP of attacker login [[IP_ADDRESS|192.0.2.219]]\n09:25 account disabled, user notified.",
    "Dear [[PERSON|Pekka Laaksonen]],\n\nYour henkilötunnus [[ID_NUMBER|241178-526E]] has been linked to your new pension account. Statements will be sent to [[STREET_ADDRESS|Mannerheimintie 102 A 7, 00250 Helsinki]].\n\nYstävällisin terveisin,\nEläketurva",
    "Tenant reference\nApplicant: [[PERSON|Fiifi Mensah]]\nPrevious landlord: [[PERSON|Grace Owusu]], [[PHONE_NUMBER|+233 24 418 7290]]\nPrevious address: [[STREET_ADDRESS|House 12, Asylum Down Lane, Accra]]\nRent always paid on time, left the flat in good condition.",
    "From: [[EMAIL_ADDRESS|d.novak@seznam.cz]]\nSubject: Re: insurance claim\n\nGood morning, my rodné číslo is [[ID_NUMBER|856214/3524]] and the policy number is [[ID_NUMBER|POL-CZ-882014]]. I was born in December 1985.\n\n[[PERSON|Daniela Nováková]]",
    "HR NOTE - confidential\n[[PERSON|Santiago Ramírez]] (employee [[ID_NUMBER|MX-44127]]) requested unpaid leave from 3 to 24 June. Emergency contact: his wife [[PERSON|Valeria]], [[PHONE_NUMBER|+52 55 4821 9037]]. Approved by line manager.",
    "Hi there,\n\nI'm applying for the studio. My name is [[PERSON|Astrid Haugen]], fødselsnummer [[ID_NUMBER|14068951292]], and I work as a nurse at Ullevål. You can reach me at [[EMAIL_ADDRESS|astrid.haugen@norsknett.no]].\n\nBest,\n[[PERSON|Astrid]]",
    "Order confirmation\nCustomer: [[PERSON|Farida Nasser]]\nEmail: [[EMAIL_ADDRESS|farida.n@inbox.lb]]\nDeliver to: [[STREET_ADDRESS|Rue Hamra, Bldg 18, 3rd floor, Beirut]]\nPaid with: [[CREDIT_CARD|4005 9317 2864 0254]]\nItems: 2x linen shirts, 1x sandals.",
    "Dear Dr. [[PERSON|Ilunga]],\n\nI am referring [[PERSON|Kabongo Mutombo]], born 20/09/1972, for a cardiology opinion. Patient number [[ID_NUMBER|PT-0093127]]. He can be contacted on [[PHONE_NUMBER|+243 81 472 6039]].\n\nYours,\nDr. [[PERSON|Tshala]]",
    "STUDENT FILE\nName: [[PERSON|Liang Xiaoyu]]\nStudent no.: [[ID_NUMBER|S2291847]]\nResident ID: [[ID_NUMBER|310115199302284621]]\nEmail: [[EMAIL_ADDRESS|xiaoyu.liang@stu.fudan.example.cn]]\nProgramme: MSc Environmental Engineering",
    "Hello,\n\nplease find my details for the visa appointment:\n[[PERSON|Babajide Ogunleye]]\nPassport [[ID_NUMBER|B49217364]]\nDOB 1 January 1990\nPhone [[PHONE_NUMBER|+234 705 318 4462]]\n\nThank you.",
    "Account opening form\nSurname: [[PERSON|Dubois]]\nFirst name: [[PERSON|Clémence]]\nNIR: [[ID_NUMBER|2 85 07 75 056 148 45]]\nAddress: [[STREET_ADDRESS|27 avenue Jean Jaurès, 31000 Toulouse]]\nMobile: [[PHONE_NUMBER|06 39 98 41 27]]",
    "Subject: wifi at the cabin\n\nHey [[PERSON|Sigrid]], the network is CabinNet and the key is [[PASSWORD|blåbær-skog-19]]. The alarm code is [[PASSWORD|2604]]. Enjoy the weekend!\n[[PERSON|Håkon]]",
    "Customer complaint\nName: [[PERSON|Nomvula Khumalo]]\nID number: [[ID_NUMBER|8804195127086]]\nPhone: [[PHONE_NUMBER|+27 82 614 3078]]\nThe technician never came on Tuesday and I lost a day of work waiting.",
    "Dear [[PERSON|Hiroshi]],\n\nYour booking is confirmed. We have the card [[CREDIT_CARD|4863 1059 7248 1035]] on file for incidentals. Check-in is from 3pm at our Kyoto property.\n\nWarm regards,\nFront Desk",
    "RENTAL APPLICATION\nName: [[PERSON|Oisín Gallagher]]\nPPS: [[ID_NUMBER|4718293G]]\nEmail: [[EMAIL_ADDRESS|oisin.gallagher@iolmail.ie]]\nMobile: [[PHONE_NUMBER|+353 86 204 7715]]\nEmployer: Galway University Hospital\nBorn: 03/03/1992",
    "Intake form - physiotherapy\nName: [[PERSON|Gizem Arslan]]\nDate of birth: 19/11/1997\nPhone: [[PHONE_NUMBER|+90 544 382 1706]]\nAddress: [[STREET_ADDRESS|Atatürk Bulvarı No:112/4, Çankaya, 06680 Ankara]]\nInjury: left ankle sprain during basketball.",
    "From: [[PERSON|Nikolai Ivanov]]\nTo: service desk\n\nVPN doesn't work from home. Username [[ID_NUMBER|nivanov]], my home IP is [[IP_ADDRESS|198.51.100.142]]. I already tried the password [[PASSWORD|Baikal_1986]] twice, please don't lock me out.",
    "Payment instruction\nBeneficiary: [[PERSON|Giulia Bianchi]]\nIBAN: [[IBAN_CODE|IT05 X030 6909 6061 0000 0126 843]]\nCodice fiscale: [[ID_NUMBER|BNCGLI86E52F205Z]]\nAmount: 1.250,00 EUR\nReason: consulting fees April",
    "Welcome letter\n\nDear [[PERSON|Shreya Banerjee]],\nyour student number is [[ID_NUMBER|2024-CS-10473]] and your campus login is [[ID_NUMBER|sbanerjee24]]. Your initial password, [[PASSWORD|Kolkata@Rain3]], must be changed within seven days.\n\nRegistry Office",
    "Dear [[PERSON|Tomás Villanueva]],\n\nWe could not process the direct debit from [[IBAN_CODE|ES89 0182 4578 3102 0193 8472]]. Please call us on [[PHONE_NUMBER|+34 655 208 413]] or update the account online.\n\nAtentamente,\nCustomer Billing",
    "NEW HIRE CHECKLIST\nName: [[PERSON|Anh Thư Phạm]]\nEmployee no: [[ID_NUMBER|E-00817]]\nPersonal email: [[EMAIL_ADDRESS|anhthu.pham@protonmail.com]]\nHome: [[STREET_ADDRESS|3350 Kingsway, Vancouver, BC V5R 5K6]]\nSIN: [[ID_NUMBER|528 147 366]]\nLaptop: issued",
    "Clinic note\n[[PERSON|Bui Thanh Tam]], DOB 11/06/1958, came in with his daughter [[PERSON|Linh]] ([[PHONE_NUMBER|(408) 555-0126]]). Patient ID [[ID_NUMBER|PID-559201]]. Blood sugar poorly controlled; metformin increased.",
    "Subject: Re: flat viewing\n\nHi, I'm [[PERSON|Katarzyna Lewandowska]], the one who called yesterday. My number is [[PHONE_NUMBER|+48 698 213 570]] and I can come on Saturday. My current address is [[STREET_ADDRESS|ul. Piotrkowska 121 m. 8, 90-430 Łódź]].\n\nPozdrawiam",
    "SECURITY ALERT\nAccount: [[EMAIL_ADDRESS|dimitris.k@mailgr.gr]]\nNew sign-in from [[IP_ADDRESS|203.0.113.199]] (Thessaloniki, GR)\nDevice: Firefox on Linux\nIf this wasn't you, reset your password immediately.",
    "Employee: [[PERSON|Siddharth Rao]]\nBank: HDFC, account [[ID_NUMBER|50100284731962]], IFSC HDFC0001234\nUAN: [[ID_NUMBER|100938472615]]\nJoining date: 04/01/2021",
    "Dear Landlord,\n\nI, [[PERSON|Agnieszka Zielińska]], give notice that I will vacate [[STREET_ADDRESS|Flat 2, 58 Cowley Road, Oxford OX4 1JB]] on 30 June. Please return the deposit to sort code 20-45-77, account [[ID_NUMBER|83920174]].\n\n[[PERSON|Agnieszka]]",
    "Patient registration\nName: [[PERSON|Jarrah Wilson]]\nDOB: 08/12/2001\nMobile: [[PHONE_NUMBER|0491 570 882]]\nEmail: [[EMAIL_ADDRESS|jarrah.w@bigpond.example.com.au]]\nAddress: [[STREET_ADDRESS|7/44 Smith Street, Fitzroy VIC 3065]]\nReason for visit: asthma review",
    "From: [[PERSON|Kwame Asante]] <[[EMAIL_ADDRESS|kwame.asante@ghana-post.example.gh]]>\n\nHello, I paid the school fees by card [[CREDIT_CARD|5412 0786 3914 5702]] but the receipt shows the wrong student. My son's student ID is [[ID_NUMBER|ST-338104]]. Please correct it.",
    "CV - [[PERSON|Ilse van den Berg]]\n[[STREET_ADDRESS|Oudegracht 214, 3511 NR Utrecht]] | [[PHONE_NUMBER|+31 6 2918 4073]] | [[EMAIL_ADDRESS|ilse.vdberg@ziggo.example.nl]]\nBSN on request. Born 1988.\nExperience: 6 years as a logistics planner.",
    "Dear [[PERSON|Chidera]],\n\nThanks for taking over the payroll run. The admin portal login is [[ID_NUMBER|payroll_admin2]] and the password is [[PASSWORD|Enugu!Coal42]]. The backup approver is [[PERSON|Obinna]] on [[PHONE_NUMBER|+234 814 602 3391]].\n\n[[PERSON|Ada]]",
    "Lease renewal\nTenant: [[PERSON|Rahel Tesfaye]]\nUnit: [[STREET_ADDRESS|1128 U Street NW, Apt 304, Washington, DC 20009]]\nSSN: [[US_SSN|523-48-1907]]\nPhone: [[PHONE_NUMBER|(202) 555-0139]]\nRenewal term: 12 months at $2,150 per month.",
    "Dear Sir or Madam,\n\nMy wallet was stolen on the tram. It contained my driver's licence [[ID_NUMBER|VAS-880412-K9]] and my card [[CREDIT_CARD|4719 5206 8341 2796]]. Please block the card immediately.\n\n[[PERSON|Katalin Vass]]\n[[PHONE_NUMBER|+36 30 482 7156]]",
    "HR RECORD\nName: [[PERSON|Lerato Mokoena]]\nEmployee no.: [[ID_NUMBER|ZA-EMP-3390]]\nDOB: 27 June 1993\nNext of kin: [[PERSON|Thabo Mokoena]] (brother), [[PHONE_NUMBER|+27 71 308 4426]]\nDisciplinary: none",
    "Hey support,\n\ngot a weird charge on my account. email on file is [[EMAIL_ADDRESS|sung.min.lee@naver.com]], resident number [[ID_NUMBER|880512-2157322]]. please call [[PHONE_NUMBER|010-4719-2863]].\n\n- [[PERSON|Lee Sung-min]]",
    "Admission note\nPatient: [[PERSON|Hana Novak]]\nDOB 21.09.1945\nPatient no. [[ID_NUMBER|HN-200871]]\nDaughter: [[PERSON|Mirjana Horvat]], [[EMAIL_ADDRESS|mirjana.horvat@tportal.example.hr]]\nAdmitted after a fall at home, suspected hip fracture.",
    "Dear [[PERSON|Arash Karimi]],\n\nyour mortgage offer is attached. The monthly payment of 1 482 EUR will be collected from [[IBAN_CODE|AT82 1420 0200 1748 5623]]. Your customer number is [[ID_NUMBER|KD-5593017]].\n\nMit freundlichen Grüßen,\nBauspar Service",
    "Online form submission\nfirst_name: [[PERSON|Aleksei]]\nlast_name: [[PERSON|Smirnov]]\nemail: [[EMAIL_ADDRESS|asmirnov.spb@mail.example.ru]]\nphone: [[PHONE_NUMBER|+7 921 408 36 17]]\nip: [[IP_ADDRESS|192.0.2.61]]\nmessage: please send me the price list",
    "Dear Ms. [[PERSON|Oyelaran]],\n\nYour home insurance policy [[ID_NUMBER|HOM-7720184]] now covers [[STREET_ADDRESS|5 Ridgeway Close, Bristol BS9 3QT]]. The premium will be taken from the card ending in the digits you gave us.\n\nRegards,\nUnderwriting",
    "Reference letter\n\n[[PERSON|Mateo Rossi]] worked in our kitchen from 2018 to 2023 and I recommend him warmly. You can call me on [[PHONE_NUMBER|+39 347 218 6093]] or write to [[EMAIL_ADDRESS|chef.lucia@trattoria-example.it]].\n\n[[PERSON|Lucia Ferraro]], head chef",
    "Support ticket\nUser: [[ID_NUMBER|vu.thanh]]\nSays someone in the office knows his password ([[PASSWORD|Hanoi2023!!]]) because it's written on a sticky note. Requests forced change. Workstation IP [[IP_ADDRESS|203.0.113.17]].",
    "Application for a library card\nName: [[PERSON|Itzel Cruz Hernández]]\nCURP: [[ID_NUMBER|CUHI950314MDFRRT06]]\nAddress: [[STREET_ADDRESS|Calle Mina 214, Centro, 68000 Oaxaca de Juárez, Oax]]\nPhone: [[PHONE_NUMBER|+52 951 204 8317]]",
    "Good afternoon,\n\nI am [[PERSON|Sophie Lambert]], born 12/04/1985, national number [[ID_NUMBER|85.04.12-337.49]]. Please send the certificate to [[STREET_ADDRESS|Rue de la Loi 88, 1040 Etterbeek]] rather than my old address.\n\nCordialement",
    "Medical intake\nName: [[PERSON|Aditi Sharma]]\nAge 34, DOB 07/07/1990\nPolicy no.: [[ID_NUMBER|HLT-IN-4482091]]\nPhone: [[PHONE_NUMBER|+91 99870 41265]]\nAllergies: penicillin\nComplaint: persistent cough for three weeks.",
    "Hi [[PERSON|Jussi]],\n\nthe server box in the storeroom: root password is [[PASSWORD|Sauna#Lakes91]], management IP [[IP_ADDRESS|192.0.2.33]]. Don't email this to anyone else please.\n\n[[PERSON|Minna]]",
    "Conference registration\nName: [[PERSON|Emre Şahin]]\nAffiliation: Boğaziçi University\nCard: [[CREDIT_CARD|5356 4819 0237 4165]]\nBilling email: [[EMAIL_ADDRESS|emre.sahin@boun.example.edu.tr]]\nDietary needs: vegetarian",
    "Dear [[PERSON|Noa Levi]],\n\nyour parking permit is now linked to your resident number [[ID_NUMBER|RES-22817]]. We will post the sticker to [[STREET_ADDRESS|Rehov Dizengoff 142, Tel Aviv 6346110]].\n\nCity Parking Authority",
    "Subject: my details for the school trip\n\nParent: [[PERSON|Oksana Melnyk]]\nPhone: [[PHONE_NUMBER|+380 67 412 9058]]\nRNOKPP: [[ID_NUMBER|3184529065]]\nChild: [[PERSON|Sofiia]], class 4B\nShe is allergic to nuts.",
    "Registration - coworking space\nName: [[PERSON|Kaan Yıldız]]\nUsername: [[ID_NUMBER|kaan.yildiz]]\nPassword: [[PASSWORD|Bosphorus!552]]\nDoor PIN: [[PASSWORD|9026]]\nMembership: hot desk, monthly",
]

# 60 chat requests about the writer or people they know; the first 20 typed all in lower case.
CHAT = [
    "can you write a short birthday message for my mum [[PERSON|halina]]? she turns 60 on sunday and loves gardening",
    "my email is [[EMAIL_ADDRESS|bao.nguyen.92@gmail.com]] can you check if it looks professional enough for job apps",
    "remind me that my wifi password is [[PASSWORD|mangotree2019]]",
    "help me write a text to my landlord mr [[PERSON|okoro]] saying the boiler is broken again, his number is [[PHONE_NUMBER|+234 802 418 6637]] if that matters",
    "my student [[PERSON|kiri]] keeps missing class, draft an email to her dad at [[EMAIL_ADDRESS|tane.walker@xtra.example.co.nz]] pls",
    "whats a good way to remember my bank pin [[PASSWORD|5830]] without writing it down",
    "i need to tell my tenant [[PERSON|jamal haddad]] at [[STREET_ADDRESS|22 elm street apt 3, hartford ct 06106]] that rent goes up in march, make it polite",
    "translate into turkish: hi [[PERSON|elif]], my new number is [[PHONE_NUMBER|+90 505 318 2746]], save it",
    "my colleague [[PERSON|rustam]] sent me his login [[ID_NUMBER|r.nazarov]] and password [[PASSWORD|samarkand77]] so i can cover his shifts, is that ok to use?",
    "summarise this for me: patient [[PERSON|yetunde alabi]], 45, hba1c 8.2, lives alone, phone [[PHONE_NUMBER|07700 900741]]",
    "is my iban [[IBAN_CODE|lt78 7300 0101 9283 7465]] safe to give to a buyer on facebook marketplace",
    "write a cover letter for me, [[PERSON|ngozi chukwu]], applying for a nursing job in leeds",
    "can u make a packing list for my trip with [[PERSON|aiko]] and [[PERSON|ren]] to hokkaido next month",
    "my brother [[PERSON|dawit]] lost his phone, his email is [[EMAIL_ADDRESS|dawit.bekele@ethionet.example.et]], how do we find it",
    "help me reply to [[PERSON|gráinne]], she wants 200 quid again",
    "my card [[CREDIT_CARD|4556 1873 0296 4510]] got declined at the pharmacy, why could that be",
    "address a christmas card to my grandparents at [[STREET_ADDRESS|ul. lipowa 7, 20-020 lublin]] in polish",
    "my ssn is [[US_SSN|318-74-2056]], does it go on the w-4",
    "draft a reminder to student [[PERSON|omar siddiqui]] about his overdue library books, email [[EMAIL_ADDRESS|omar.siddiqui@students.example.ac.uk]]",
    "what should i say to my aunt [[PERSON|rosalind]] about the will",
    "Can you help me write a thank-you note to Dr. [[PERSON|Mbeki]] for looking after my dad during his surgery?",
    "Please remember: my gym locker code is [[PASSWORD|3371]].",
    "My daughter [[PERSON|Sakura]] wants to join a robotics club. Can you draft an email to her teacher, Mr. [[PERSON|Hayashi]], at [[EMAIL_ADDRESS|t.hayashi@school-example.jp]]?",
    "I'm [[PERSON|Bogdan Ilić]], a freelance translator. Write me a two-line bio for my website.",
    "Our new hire [[PERSON|Thandiwe Ndlovu]] starts Monday. Her number is [[PHONE_NUMBER|+27 83 509 2741]]. Write a welcome text I can send her.",
    "Safe to email my passport number [[ID_NUMBER|K38291047]] to a hotel?",
    "I rent out the basement to [[PERSON|Luca Moretti]]. He hasn't paid for two months. How do I start an eviction in Ontario? The unit is [[STREET_ADDRESS|58 Brock Ave, Toronto, ON M6K 2L1]].",
    "Write a LinkedIn recommendation for my former colleague [[PERSON|Ebere Nnamdi]], she was our best QA engineer.",
    "Can you check this email to my tenant before I send it? 'Dear [[PERSON|Priyanka]], the inspection is on the 14th at 10am. If that's a problem, call me on [[PHONE_NUMBER|(415) 555-0162]]. Regards, [[PERSON|Colm]]'",
    "My login for the university portal is [[ID_NUMBER|mwilliams7]] and the password is [[PASSWORD|Cardiff!Dragon5]]. Why does it keep saying invalid credentials?",
    "My patient [[PERSON|Svetlana Orlova]] (DOB 12/03/1951) keeps forgetting her evening insulin. Any ideas for reminders that work for elderly people?",
    "Short anniversary poem for my wife [[PERSON|Mei-Ling]]?",
    "Help me fill in this form. Name: [[PERSON|Abdullahi Musa]], address [[STREET_ADDRESS|No. 14 Ahmadu Bello Way, Kaduna 800283]], phone [[PHONE_NUMBER|+234 803 226 9140]]. What goes under 'next of kin'?",
    "Text for my sister: 'the spare key code is [[PASSWORD|0719]], feed the cat twice'. Make it sound less bossy.",
    "My coworker [[PERSON|Jonas Lindqvist]] asked me to update his bank details in the payroll system to [[IBAN_CODE|SE92 5000 0000 0549 1037 2815]]. Is this a scam pattern?",
    "I'm [[PERSON|Fernanda]]. Please translate my address into English for a DHL form: [[STREET_ADDRESS|Rua Padre Chagas 145, apto 301, Moinhos de Vento, Porto Alegre - RS, 90570-080]].",
    "Draft a polite follow-up to Prof. [[PERSON|Okonjo]] about my thesis feedback.",
    "Can you make a budget spreadsheet for me and my husband [[PERSON|Ravi]]? We both earn about 3,000 a month.",
    "Mum's email [[EMAIL_ADDRESS|margaret.doyle54@eircom.example.ie]] got hacked, what now?",
    "I teach year 9. One student, [[PERSON|Tyrese Campbell]], told me his stepdad hits him. What do I do? His mum's number is [[PHONE_NUMBER|020 7946 0583]].",
    "Give me a cute nickname for my girlfriend [[PERSON|Yasmin]].",
    "Please turn this into a formal letter: tell Herr [[PERSON|Baumann]] that his lease at [[STREET_ADDRESS|Lindenstraße 9, 80331 München]] ends on 31 August.",
    "My server's public IP is [[IP_ADDRESS|203.0.113.240]] and the root password is [[PASSWORD|Tr0ub4dor&Kiwi]]. Why can't I SSH in?",
    "Write a reference for our nanny [[PERSON|Juliet Achieng]]. She worked with us for three years. Anyone can call her on [[PHONE_NUMBER|+254 722 418 306]].",
    "My Aadhaar is [[ID_NUMBER|5619 0283 7466]]. The bank says it doesn't match my PAN. What should I do?",
    "Please plan a surprise party for my colleague [[PERSON|Nkechi]]; I'll send invites from [[EMAIL_ADDRESS|office.fun.club@northwind-example.com]].",
    "Hi! I'm [[PERSON|Sione Taufa]], and I need a resume summary for warehouse jobs in Auckland.",
    "Roleplay as a bank agent and tell me if [[CREDIT_CARD|5109 3428 7615 0439]] is a valid card number format.",
    "Help me explain to my son [[PERSON|Mikael]] why he can't have a phone until he's 13.",
    "My tenant [[PERSON|Dariusz Wójcik]] left this number as a reference: [[PHONE_NUMBER|+48 507 392 814]]. What questions should I ask when I call?",
    "Can you reword this so it sounds friendlier? 'Hi [[PERSON|Aoife]], your locker combination is [[PASSWORD|24-11-37]], don't share it.'",
    "I manage a clinic. Dr. [[PERSON|Haruka Sato]] wants her schedule emailed to [[EMAIL_ADDRESS|haruka.sato@clinic-example.jp]] daily. How do I automate that in Outlook?",
    "My father, [[PERSON|Giorgos Antoniou]], needs a power of attorney letter. Draft one naming me as attorney.",
    "Our intern [[PERSON|Benedikt]] accidentally posted the staging API key [[API_KEY|sk_live_9fK2xQ7vLm4Tz8RwB3nY6pHd]] on Slack. What do we do right now?",
    "Write a message to my Airbnb guests that the door code is [[PASSWORD|8842#]] and checkout is at 11.",
    "Please rewrite my signature: [[PERSON|Amaru Quispe]], Field Coordinator, [[PHONE_NUMBER|+51 984 372 105]], [[EMAIL_ADDRESS|amaru.quispe@andesfield.example.pe]]",
    "Can you help me find a nice restaurant near [[STREET_ADDRESS|Carrera 7 #71-21, Bogotá]] for dinner with my in-laws?",
    "My Norwegian colleague [[PERSON|Ingrid]] asked for my personal number to add me to payroll. Mine is [[ID_NUMBER|23079148210]]. Is it normal to share?",
    "I'm [[PERSON|Olga]]. What's a good password manager? Right now everything uses [[PASSWORD|olga1985]].",
    "Draft a condolence card to Mrs. [[PERSON|Tiwari]], whose husband [[PERSON|Anil]] passed away last week.",
]

# 25 MT-Bench-style prompts.
CLEAN_MTBENCH = [
    "Write a lively travel blog post about three days in Lisbon, covering the food, the trams and one place most tourists miss.",
    "Pretend you are Sherlock Holmes explaining to Dr. Watson how you deduced that a visitor had just come back from Afghanistan. Stay in character.",
    "Write a persuasive note convincing a shy coworker to present their side project at the next team meetup. Keep it under 150 words.",
    "Imagine you are Marie Curie giving a short lecture to schoolchildren about radioactivity. What would you say?",
    "If a train leaves at 3:40 pm and travels 210 km at 84 km/h, at what time does it arrive? Show your reasoning step by step.",
    "Implement a Python function that finds the longest common subsequence of two strings using dynamic programming, and explain its complexity.",
    "Extract the company names, founding years and headquarters cities from this text: 'Nokia was founded in 1865 and is based in Espoo. Siemens, founded in 1847, is headquartered in Munich. Toyota started in 1937 in Toyota City.' Return JSON.",
    "Explain the difference between exothermic and endothermic reactions, with two everyday examples of each.",
    "Write a sonnet about the loneliness of a lighthouse keeper in the style of Shakespeare.",
    "Act as Elon Musk and pitch the idea of a city on Mars to a skeptical room of economists in three paragraphs.",
    "A man walks into a hospital every single morning even though he has never been ill. List plausible explanations and pick the most likely.",
    "Solve for x: 3x^2 - 12x + 9 = 0. Then describe the graph of the corresponding parabola.",
    "Write a C++ program that reads a text file line by line and counts how many times each word occurs.",
    "Discuss how Adam Smith's idea of the invisible hand compares with Keynes's views on government spending during recessions.",
    "Roleplay as Gandalf advising a nervous hobbit who has just been offered a job in a big city.",
    "Given the following reviews, rate each phone from 1 to 10 and return only the numbers: iPhone 15 'sleek but pricey', Pixel 8 'great camera, meh battery', Galaxy S24 'bright screen, too many apps'.",
    "Describe the process of photosynthesis to a ten-year-old, then to a biology undergraduate.",
    "Edit the following paragraph to fix grammar errors: 'She dont know where is the library, and him also confused about it.'",
    "A notebook and a pencil cost 3.30 together, and the notebook costs 3.00 more than the pencil. What does the pencil cost, and why do people often get this wrong?",
    "Write a short dialogue between Socrates and a modern software engineer about whether AI can be wise.",
    "What are the main causes of the French Revolution? Provide a concise answer in five bullet points.",
    "Write a SQL query that returns the top three departments by average salary from tables employees(id, dept_id, salary) and departments(id, name).",
    "Suggest five names for a bakery that specialises in sourdough, and explain the reasoning behind each.",
    "Pretend to be Hermione Granger and explain to Ron why he should start revising for exams a month early.",
    "Explain how quantum tunnelling works and why it matters for modern transistors, without using equations.",
]

# 25 Vicuna-style questions.
CLEAN_VICUNA = [
    "How do I stop procrastinating when a deadline is still weeks away?",
    "What are some healthy ways to wind down after a stressful workday?",
    "What are the key differences between Rust and Go for writing backend services?",
    "How can I stay focused in an open-plan office?",
    "Can you explain how public-key cryptography works in simple terms?",
    "Are frozen vegetables as nutritious as fresh ones?",
    "How can I get better at spotting misleading statistics in the news?",
    "What are the biggest problems facing rural hospitals today?",
    "Why do people buy more when a store plays slow music?",
    "How should a manager handle two team members who refuse to work together?",
    "How does herd immunity work, and why does the threshold differ between diseases?",
    "How has streaming changed the way musicians earn money?",
    "Why do some people love spicy food while others can't stand it?",
    "What can you learn about a culture from how people queue?",
    "Should rich countries pay for climate adaptation in poorer ones? Give arguments on both sides.",
    "What if the printing press had been invented in China a thousand years earlier than Gutenberg's?",
    "What if Charles Darwin had never boarded the Beagle?",
    "Roughly how many words does a person speak in a lifetime? Walk me through your estimate.",
    "How many grains of sand are on a typical beach? Explain your reasoning step by step.",
    "As a ship's cook on a long voyage, how would you convince the crew to eat their vegetables?",
    "How would a Viking explain a smartphone to his village?",
    "What would the world look like if the Library of Alexandria had never burned?",
    "Write an enthusiastic review of an imaginary documentary about deep-sea creatures.",
    "What are the trade-offs between electric cars and hydrogen fuel cell cars?",
    "Why did the Bronze Age collapse happen, and what do historians still disagree about?",
]

# 20 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Noor sold 36 bracelets at the craft fair on Saturday and a third as many on Sunday. How many bracelets did she sell over the weekend?",
    "Ravi gets $15 an hour for tutoring. On Tuesday he tutored for 40 minutes. How much did he earn that day?",
    "Elsa wants a pair of skates that cost $120. She has saved a third of that. Her uncle gives her $20 and her sister gives her half as much as the uncle. How much more does Elsa need?",
    "Kofi bakes 3 trays of cookies with 24 cookies on each tray. He gives away 17 cookies and eats 4. How many cookies are left?",
    "A farmer named Ines has 56 chickens. She sells a quarter of them and then buys 9 more. How many chickens does she have now?",
    "Yusuf runs 5 km on Monday, twice as far on Wednesday, and 3 km less than Wednesday on Friday. How far does he run that week?",
    "Mira reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish the book?",
    "Tomas buys 4 notebooks at $2.75 each and a pen for $1.40. He pays with a $20 bill. How much change does he get?",
    "A school bus carries 42 students. At the first stop 9 get off and 5 get on; at the second stop 12 get off. How many students are still on the bus?",
    "Aiyana plants tomatoes in 7 rows with 13 plants in each row. Each plant gives 6 tomatoes. How many tomatoes does she harvest?",
    "Lars has three times as many marbles as Pia. Together they have 64 marbles. How many marbles does Pia have?",
    "A recipe needs 250 g of flour for 10 pancakes. Chidi wants to make 36 pancakes. How much flour does he need?",
    "Sana earns $18 per hour and works 7.5 hours a day, 5 days a week. How much does she earn in four weeks?",
    "A shop sells apples at 3 for $2. Diego buys 27 apples. How much does he pay?",
    "Hana's phone battery loses 8% every hour. It starts at 100%. After how many full hours will it first drop below 30%?",
    "A water tank holds 1,200 litres. Rafael uses 85 litres a day. After 9 days, how many litres remain?",
    "Amira is 4 years older than her brother Idris. In 6 years, the sum of their ages will be 40. How old is Idris now?",
    "A cinema has 18 rows of 24 seats. On Saturday 5/6 of the seats were sold. How many seats were empty?",
    "Olek saves $15 every week. He already has $65. How many weeks until he can buy a bike that costs $290?",
    "Zuri shares 96 stickers among herself and 5 friends equally, then her aunt gives her 14 more. How many stickers does Zuri have?",
]

# 15 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following best describes the main purpose of the Marshall Plan? A. To rebuild Western European economies after World War II B. To establish NATO C. To divide Germany into occupation zones D. To fund the Manhattan Project",
    "In Marbury v. Madison (1803), Chief Justice John Marshall established which principle? A. Separation of church and state B. Judicial review C. Federal supremacy over banks D. Executive privilege",
    "A 55-year-old man presents with crushing chest pain radiating to his left arm. Which of the following is the most appropriate initial test? A. Chest X-ray B. Electrocardiogram C. Echocardiogram D. Lumbar puncture",
    "Which philosopher argued that actions are right if they promote the greatest happiness for the greatest number? A. Immanuel Kant B. John Stuart Mill C. Aristotle D. Friedrich Nietzsche",
    "Otto von Bismarck is best known for: A. Unifying Germany in 1871 B. Leading the French Revolution C. Writing the Communist Manifesto D. Founding the League of Nations",
    "Under the UCC, a contract for the sale of goods priced at $500 or more generally must be: A. Notarized B. In writing C. Witnessed by two people D. Registered with the state",
    "Which vitamin deficiency causes scurvy? A. Vitamin A B. Vitamin B12 C. Vitamin C D. Vitamin D",
    "Milton Friedman argued that the social responsibility of business is to: A. Maximize employee welfare B. Increase its profits within the rules of the game C. Support local charities D. Minimize environmental impact at any cost",
    "The Treaty of Westphalia (1648) is significant because it: A. Ended the Hundred Years' War B. Established the principle of state sovereignty C. Created the Holy Roman Empire D. Divided Africa among European powers",
    "Which of the following enzymes is primarily responsible for breaking down starch in the mouth? A. Pepsin B. Lipase C. Salivary amylase D. Trypsin",
    "Nelson Mandela was released from prison in which year? A. 1985 B. 1990 C. 1994 D. 1999",
    "In tort law, the 'eggshell skull' rule means that a defendant: A. Is liable only for foreseeable harm B. Takes the plaintiff as they find them C. Can plead contributory negligence D. Is immune if acting in good faith",
    "Which economist is associated with the concept of 'creative destruction'? A. Joseph Schumpeter B. David Ricardo C. Thomas Malthus D. Karl Marx",
    "Florence Nightingale is credited with pioneering which of the following? A. Germ theory B. Modern nursing and the use of statistics in health care C. The smallpox vaccine D. Antiseptic surgery",
    "Enron's collapse in 2001 is most often cited in business ethics courses as an example of: A. Successful diversification B. Accounting fraud and failures of corporate governance C. Hostile takeover defence D. Excessive philanthropy",
]

# 15 hospital-routing questions naming no one.
CLEAN_HOSPITAL = [
    "Which department should I go to for a broken wrist?",
    "Where do I get a blood test done, and do I need to fast beforehand?",
    "My child has a high fever and a rash. Should we go to the emergency room or the paediatric clinic?",
    "What are the visiting hours for the maternity ward?",
    "I need to renew a prescription for blood pressure tablets. Who do I contact?",
    "Is there a walk-in clinic for minor cuts and burns, or do I need an appointment?",
    "Which floor is the radiology department on?",
    "How do I book a follow-up appointment with cardiology after my discharge?",
    "Can I bring my own food for a relative staying in the oncology unit?",
    "Where is the pharmacy and is it open on Sundays?",
    "I have had chest pain for an hour. Should I call an ambulance or drive to A&E?",
    "Which clinic handles allergy testing for adults?",
    "Do I need a referral to see a dermatologist at this hospital?",
    "Where can I park for the outpatient physiotherapy department?",
    "Who do I talk to about getting a copy of my medical records?",
]

_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_ok(value: str) -> bool:
    """Mexican CURP: 18 characters, the last the check digit of the 17 before (weights 18
    down to 2 over the character values, ten minus the sum mod 10)."""
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", value):
        return False
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


NATIONAL_IDS = {
    "070391-318N": hetu_ok,  # Finnish henkilötunnus
    "241178-526E": hetu_ok,
    "418.093.276-87": cpf_ok,  # Brazilian CPF
    "295.604.183-51": cpf_ok,
    "89072314589": pesel_ok,  # Polish PESEL
    "02261507366": pesel_ok,
    "871203-5412": luhn_len(10),  # Swedish personnummer
    "247168351": nif_ok,  # Portuguese NIF
    "485 917 3627": nhs_ok,  # NHS number
    "58 391 047 266": steuer_id_ok,  # German tax id
    "53817264R": dni_ok,  # Spanish DNI
    "7382 1946 0533": aadhaar_ok,  # Indian Aadhaar
    "5619 0283 7466": aadhaar_ok,
    "38415290754": kimlik_ok,  # Turkish kimlik
    "2920412403189": cnp_ok,  # Romanian CNP
    "7392 0581 6408": my_number_ok,  # Japanese My Number
    "15048302713": luhn_len(11),  # Greek AMKA
    "856214/3524": rodne_cislo_ok,  # Czech rodné číslo
    "14068951292": fodselsnummer_ok,  # Norwegian fødselsnummer
    "23079148210": fodselsnummer_ok,
    "8804195127086": luhn_len(13),  # South African id
    "310115199302284621": china_id_ok,  # Chinese resident identity card
    "4718293G": pps_ok,  # Irish PPS number
    "2 85 07 75 056 148 45": nir_ok,  # French NIR
    "BNCGLI86E52F205Z": codice_fiscale_ok,  # Italian codice fiscale
    "528 147 366": luhn_len(9),  # Canadian SIN
    "880512-2157322": rrn_ok,  # Korean resident registration number
    "85.04.12-337.49": belgian_id_ok,  # Belgian national number
    "3184529065": rnokpp_ok,  # Ukrainian RNOKPP
    "CUHI950314MDFRRT06": curp_ok,  # Mexican CURP
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        # No fiction range known: the country's own layout after its code.
        r"\+(7|27|30|31|34|36|39|48|51|52|55|84|86|90|91|92|212|233|234|243|254|255|351|353|358|380|381|387|971) [\d -]+\d",
    )
]


def check_mix() -> None:
    """The records carry secrets and record numbers; the chat requests name people or carry
    contacts and secrets, and some are short."""
    kinds = [s["type"] for t in RECORDS for s in marked_spans(t)]
    if kinds.count("PASSWORD") < 8 or kinds.count("ID_NUMBER") < 40:
        raise SystemExit("records: too few passwords or record numbers")
    plain = " ".join(strip_marks(t)[0] for t in RECORDS).lower()
    for word in ("passport", "licence", "employee", "patient", "student", "tenant", "password"):
        if word not in plain:
            raise SystemExit(f"records: no {word}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    short = sum(word_count(t) < 12 for t in CHAT)
    if named < 40 or secret < 10 or short < SHORT_CHAT:
        raise SystemExit(f"chat: {named} with a name, {secret} with a secret, {short} short")


def main() -> None:
    sections = {
        "presidio": (PRESIDIO, 90),
        "records": (RECORDS, 70),
        "chat": (CHAT, 60),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean vicuna": (CLEAN_VICUNA, 25),
        "clean gsm8k": (CLEAN_GSM8K, 20),
        "clean mmlu": (CLEAN_MMLU, 15),
        "clean hospital": (CLEAN_HOSPITAL, 15),
    }
    pii = PRESIDIO + RECORDS + CHAT
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind38", HERE, sections, {"presidio", "records", "chat"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
