# ruff: noqa: E501
"""A fifty-third blind privacy set: 220 texts with personal data and 100 clean ones, the
requests a company's chat-assistant gateway sees when people at work paste material in.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 80 pasted documents (15 to 220 words) to summarise, answer, translate or fix: e-mails and
  threads, meeting notes, support tickets, HR and sick notes, clinic letters and discharge
  notes, CVs, invoices, contracts, tenancy and bank letters with signature blocks; names with
  and without titles from many cultures and lone surnames; e-mails; phones in national
  layouts; street addresses of a dozen and more countries on one line or several; employee,
  patient, customer, policy and account numbers; national ids with valid check digits;
  IBANs and cards;
* 70 technical requests (8 to 220 words) pasting code, configs, ``.env`` files, logs, stack
  traces, SQL rows, CSV, JSON, YAML, curl commands, git logs, kubectl output and crash
  reports that hold real-looking private values: names, e-mails, usernames and logins,
  passwords, API keys and tokens of many providers and of invented formats, IPs, phones and
  home directories carrying a user name;
* 70 chat requests (8 to 120 words) that mention colleagues, clients, candidates and patients
  in passing, with and without cue words; the first 20 are typed all in lower case.

Usernames and logins (also inside a home directory path), account, customer, member,
employee, patient and policy numbers and national ids are ID_NUMBER; PINs, door
codes, wifi keys, passphrases, one-time codes and passwords PASSWORD; keys, tokens and
secrets handed to programs API_KEY; titles and relation words (Mr, Mrs, Ms, Dr, Prof, my
colleague) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, companies, fictional characters,
order, ticket, invoice and tracking numbers, dates of birth, service accounts and private
(RFC 1918) or loopback addresses are not labelled; every occurrence of a private value is
marked.

The 100 clean texts hold no personal data at all though a naive detector might flag them:
25 code and config snippets with placeholders only (example.com, ``<password>``,
``${API_KEY}``, "changeme", John Doe, localhost, 0.0.0.0, private ranges, UUIDs, hashes,
versions, ports), 25 pasted public documentation, release notes and changelogs naming
public maintainers or companies named after people, 25 error messages, SQL schemas, CSV
headers and meeting or letter templates with "[Name]" slots, and 25 pasted public texts
(news paragraphs, book passages, encyclopedia-style bios of famous people).

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0161 496 0, 0113 496
0; North America 555-01xx; Australia 0491 570 and 5550 landlines; France 06 39 98 and 01 99
00; Germany 030 23125 and 040 66969) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF,
Indian Aadhaar, Singapore NRIC, Spanish DNI and NIE, Finnish henkilötunnus, German tax id,
French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian
CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Australian
TFN and Medicare, Canadian SIN, South African id, Swedish personnummer, Turkish kimlik,
Chinese resident id, Korean resident registration number, Japanese My Number, Irish PPS,
New Zealand NHI, Italian codice fiscale, Ukrainian RNOKPP).

Run ``.venv/bin/python bench/data/build_blind53.py`` from the repository root; the output is
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

LOWER_CHAT = 20
MIN_CHARS = 15
MAX_WORDS = 300
PASTED_WORDS = (15, 220)
TECH_WORDS = (8, 220)
CHAT_WORDS = (8, 120)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|M|Sr|Sra|Dott|Ing)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 80 pasted documents to summarise, answer, translate or fix.
PASTED = [
    "Can you summarise this thread in three bullet points?\n\nFrom: [[PERSON|Katarzyna Wójcik]] <[[EMAIL_ADDRESS|k.wojcik@harbourline-freight.pl]]>\nSubject: Delayed pallets\n\nHi all, the Gdańsk pallets are stuck at customs again. Customer account [[ID_NUMBER|HLF-C-208841]] is threatening to cancel the frame contract. Call me on [[PHONE_NUMBER|+48 601 274 538]] before Friday if you need the paperwork.\n\n[[PERSON|Kasia]]",
    "Help me reply to this letter in a friendly tone, saying Thursday works:\n\nDear Ms [[PERSON|Lindqvist]],\nThank you for your interest in the flat at [[STREET_ADDRESS|Sveavägen 41, 113 59 Stockholm]]. Viewings are possible on Thursday afternoon. Please confirm by calling [[PHONE_NUMBER|+46 70 418 22 93]] or writing to [[EMAIL_ADDRESS|uthyrning@norrmalmfast.se]].\nKind regards,\n[[PERSON|Henrik Dahl]]\nNorrmalm Fastigheter AB",
    "Translate this into German for our Munich office, keep the formatting:\n\nMeeting notes 14 March – onboarding\nAttendees: [[PERSON|Priya Raman]], [[PERSON|Tobias Lehner]], [[PERSON|Aoife Brennan]]\n- [[PERSON|Raman]] to set up laptop for new starter, employee no. [[ID_NUMBER|E-40917]]\n- [[PERSON|Lehner]] sends the welcome pack to [[STREET_ADDRESS|Leopoldstraße 112, 80802 München]]\n- [[PERSON|Brennan]] owns payroll setup, IBAN on file [[IBAN_CODE|DE56 1070 6588 4524 3051 07]]",
    "Fix the grammar in this sick note before I forward it to HR:\n\nTo whom it may concern, my employee [[PERSON|Gareth Pritchard]] (staff number [[ID_NUMBER|CW-55812]]) was not in work from 3rd till 7th because he have a chest infection. His NHS number is [[ID_NUMBER|354 845 4607]] if the occupational health need it. He can be reach on [[PHONE_NUMBER|07700 900418]].\n[[PERSON|Sian Morgan]], Team Leader",
    "Summarise this clinic letter for the patient in plain English:\n\nRe: [[PERSON|Margaret Oyelaran]], DOB 12/04/1958, NHS no. [[ID_NUMBER|434 907 6395]], Hospital no. [[ID_NUMBER|RXH0093317]]\nAddress: [[STREET_ADDRESS|17 Albany Road\nLeeds\nLS8 2QJ]]\nDear Dr [[PERSON|Haddad]],\nI reviewed Mrs [[PERSON|Oyelaran]] in the cardiology clinic today. Her echo shows mild LV impairment. I have started bisoprolol 1.25 mg and will see her again in 8 weeks.\nYours sincerely,\nDr [[PERSON|Nikhil Bhardwaj]], Consultant Cardiologist",
    "Please turn this CV into a short LinkedIn-style summary:\n\n[[PERSON|LUCÍA FERNÁNDEZ OCAÑA]]\n[[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]] · [[PHONE_NUMBER|+34 612 847 903]] · [[EMAIL_ADDRESS|lucia.fdez.ocana@correo-mail.es]]\nDNI [[ID_NUMBER|93706787A]]\nExperience: 2019–now Senior Data Analyst, Grupo Ibérico de Seguros; 2015–2019 BI developer, Telefónica.\nSkills: SQL, Python, Power BI, actuarial reporting.",
    "Can you check this invoice for mistakes before I send it?\n\nINVOICE 2024-0312\nBilled to: [[PERSON|Jean-Baptiste Moreau]], [[STREET_ADDRESS|27 rue des Carmes, 69002 Lyon]]\nCustomer no. [[ID_NUMBER|CLI-77304]]\nDesign consultancy, 12 days at 650 EUR = 7,800 EUR\nVAT 20% = 1,650 EUR\nTotal due: 9,450 EUR\nPay to: [[IBAN_CODE|FR07 3933 3268 8200 2505 6396 090]]\nQuestions: [[PHONE_NUMBER|06 39 98 41 27]]",
    "Summarise this support ticket and suggest next steps:\n\nTicket #88213 – Card declined at checkout\nCustomer: [[PERSON|Brandon Keo]] ([[EMAIL_ADDRESS|bkeo.home@mailbox-us.net]])\nAccount: [[ID_NUMBER|ACC-3309-1174]]\nCustomer says his card [[CREDIT_CARD|4780 3124 5533 4745]] was charged twice for order 55-90412 and then declined. Wants a callback on [[PHONE_NUMBER|(312) 555-0147]] after 5pm Central.",
    "Rewrite this HR note so it sounds more neutral:\n\nFile note – [[PERSON|Dariusz Zieliński]], employee [[ID_NUMBER|PL-EMP-08812]], PESEL [[ID_NUMBER|78120695275]]\n[[PERSON|Zieliński]] was late again four times this month and was rude to the shift lead [[PERSON|Ewa Mazur]]. Verbal warning given. He lives at [[STREET_ADDRESS|ul. Piotrkowska 87/12, 90-423 Łódź]] and says the bus is the problem.",
    "Translate to English please:\n\nPrezado Sr. [[PERSON|Rodrigo Albuquerque]],\nConfirmamos o recebimento da sua documentação. CPF [[ID_NUMBER|515.013.190-35]], endereço [[STREET_ADDRESS|Rua Haddock Lobo 595, apto 71, Cerqueira César, São Paulo - SP, 01414-001]]. O contrato nº 4471/24 será enviado para [[EMAIL_ADDRESS|r.albuquerque@provedor-br.com.br]] até sexta-feira.\nAtenciosamente,\n[[PERSON|Fernanda Lima]]",
    "Draft a reply to this complaint, apologise and offer a refund:\n\nHi, I'm writing about policy [[ID_NUMBER|HMP-2291-4460]]. My claim for the burst pipe at [[STREET_ADDRESS|8 Cromwell Terrace, Bath BA2 4EL]] has been open for six weeks and nobody calls back. My number is [[PHONE_NUMBER|020 7946 0733]]. Please sort this out.\n[[PERSON|Fiona McAllister]]",
    "Make these meeting notes into a tidy action list:\n\nweekly sync – notes by [[PERSON|Tomás Ó Ceallaigh]]\n* [[PERSON|Yusuf Demir]] still waiting on access; login is [[ID_NUMBER|ydemir]]\n* [[PERSON|Ngozi Eze]] will send the budget to [[EMAIL_ADDRESS|finance.approvals@brightcastle.io]] by Wed\n* [[PERSON|Demir]] + [[PERSON|Eze]] demo on the 22nd\n* [[PERSON|Tomás]] to book the room",
    "Shorten this email to under 80 words:\n\nHello [[PERSON|Mei Ling]],\n\nFollowing our call, I am attaching the revised quotation for the warehouse racking. As discussed, delivery will be to [[STREET_ADDRESS|Block 23 Tampines Street 92, #04-11, Singapore 528872]]. For customs we will need your NRIC ([[ID_NUMBER|T0155262C]] as you sent earlier) on the import declaration. If anything changes please reach me on [[PHONE_NUMBER|+65 9127 4830]]. Thank you once again for your patience.\n\nBest regards,\n[[PERSON|Darren Goh]]",
    "Can you translate this Finnish letter into English?\n\nHyvä [[PERSON|Aino Virtanen]],\nvuokrasopimuksesi asuntoon [[STREET_ADDRESS|Mannerheimintie 58 B 14, 00260 Helsinki]] päättyy 31.5. Henkilötunnuksesi [[ID_NUMBER|060285-8295]] on kirjattu väärin, korjaamme sen. Vuokratili: [[IBAN_CODE|FI58 3066 9382 5225 45]].\nYstävällisin terveisin,\n[[PERSON|Mikko Laine]]",
    "What is this contract clause actually saying? Explain simply.\n\nThis Agreement is made between Tessaro Components GmbH and [[PERSON|Ingrid Baumgartner]], residing at [[STREET_ADDRESS|Mariahilfer Straße 76/9, 1070 Wien]] (the Contractor). The Contractor shall invoice monthly to the account [[IBAN_CODE|AT85 4665 9194 8403 3376]] and shall not assign any rights hereunder without prior written consent.",
    "Please reply to this candidate and invite her to a second interview next Tuesday:\n\nFrom: [[EMAIL_ADDRESS|adaeze.nwosu@gmail-alt.com]]\nDear Hiring Team,\nThank you for the first interview. I remain very interested in the Product Designer role and can be reached on [[PHONE_NUMBER|07700 900265]].\nBest,\n[[PERSON|Adaeze Nwosu]]",
    "Summarise the key facts of this discharge note for the GP:\n\nPatient: [[PERSON|Hamid Rostami]]   MRN [[ID_NUMBER|MRN-00618234]]\nAdmitted 02/09 with community-acquired pneumonia, treated with IV co-amoxiclav, switched to oral on day 3. Discharged home to [[STREET_ADDRESS|44 Wellesley Street, Auckland Central, Auckland 1010]]. NHI [[ID_NUMBER|NCP8254]]. Follow-up chest X-ray in 6 weeks. Next of kin: [[PERSON|Leila Rostami]] [[PHONE_NUMBER|+64 21 448 903]].",
    "Translate to Dutch and keep it formal:\n\nDear Mr [[PERSON|van der Berg]],\nWe have received your application for parental leave. To process it we need your BSN ([[ID_NUMBER|807938828]]) confirmed on the attached form and your personnel number [[ID_NUMBER|NL-P-31174]]. Please return it to [[EMAIL_ADDRESS|hr.benelux@kestrelmarine.nl]].\nKind regards,\n[[PERSON|Sanne Vermeulen]], HR Advisor",
    "Is this letter too aggressive? Please soften it.\n\n[[PERSON|Derek Halvorsen]]\n[[STREET_ADDRESS|2209 Birchwood Lane\nMinnetonka, MN 55305]]\n\nTo the billing department: I have now asked THREE times for my account [[ID_NUMBER|778-20154-3]] to be closed. Stop charging my card ending in 8539. If I hear nothing by Monday I am going to my bank. Call me at [[PHONE_NUMBER|952-555-0183]].",
    "Summarise these interview notes in two sentences:\n\nCandidate: [[PERSON|Rahul Venkataraman]] – backend engineer\nPanel: [[PERSON|Claire Dubois]], [[PERSON|Joon-ho Park]]\nStrong on distributed systems, weaker on testing. [[PERSON|Park]] thinks he'd need mentoring. [[PERSON|Dubois]] recommends hire at L4. Contact: [[EMAIL_ADDRESS|rahul.venk@protonmail-like.in]], [[PHONE_NUMBER|+91 98450 61732]].",
    "Help me answer this customer who wants to change her direct debit:\n\nHello, this is [[PERSON|Bridget O'Rourke]], member number [[ID_NUMBER|GYM-0045127]]. I've changed banks, please take the monthly fee from [[IBAN_CODE|IE31 AIBK 8946 2443 8746 93]] from next month. My PPS is [[ID_NUMBER|0492088Q]] if you need it for the tax relief form. Thanks!",
    "Proofread this reference letter:\n\nTo whom it may concern,\nI am pleased to recommend [[PERSON|Anjali Deshmukh]], who worked under me at Corvina Labs from 2020 to 2024 as a research assistent. [[PERSON|Anjali]] was reliable, curious and a great team player. Feel free to contact me at [[EMAIL_ADDRESS|m.castellanos@corvinalabs.com]] or [[PHONE_NUMBER|(617) 555-0129]].\nDr [[PERSON|Miguel Castellanos]]",
    "Translate into Spanish for the tenant:\n\nDear [[PERSON|Alejandro Ruiz]], your rent for [[STREET_ADDRESS|Flat 3, 58 Stokes Croft, Bristol BS1 3QY]] is two months in arrears. Please pay into [[IBAN_CODE|GB24 NWBK 8010 0744 9390 45]] quoting tenancy ref TN-5512 or call the office on [[PHONE_NUMBER|0117 496 0382]].",
    "Write a short reply confirming receipt of these bank details:\n\nHi, please pay my final invoice to the account below.\nName: [[PERSON|Ole-Kristian Haugen]]\nIBAN: [[IBAN_CODE|NO58 8487 3723 446]]\nFødselsnummer (for the tax form): [[ID_NUMBER|090764 82451]]\nAddress: [[STREET_ADDRESS|Thorvald Meyers gate 33, 0555 Oslo]]\nThanks, [[PERSON|Ole]]",
    "Summarise this call log for the account manager:\n\n10:02 Inbound from Mrs [[PERSON|Chen]]... [[PERSON|Chen Xiaoling]] (customer [[ID_NUMBER|CN-882017]]). Wants invoice copies sent to [[EMAIL_ADDRESS|chen.xl@huayuan-trading.cn]]. Resident ID on file [[ID_NUMBER|310104199603212550]] for the export licence. Shipping address [[STREET_ADDRESS|上海市徐汇区漕溪北路398号 200030]]. Callback: [[PHONE_NUMBER|+86 138 1726 4490]].",
    "Please translate this Korean message to English:\n\n[[PERSON|김서연]] 님, 안녕하세요. 요청하신 계약서를 보내드립니다. 주민등록번호 [[ID_NUMBER|670606-1417212]]는 마스킹 처리해 주세요. 연락처는 [[PHONE_NUMBER|010-4821-7730]]입니다. 주소: [[STREET_ADDRESS|서울특별시 강남구 테헤란로 152, 12층]]",
    "Can you summarise this expense dispute email?\n\nFrom: [[PERSON|Grant Whitfield]] <[[EMAIL_ADDRESS|grant.whitfield@orrin-consult.com.au]]>\nI was charged twice on the corporate card [[CREDIT_CARD|5193 6204 8578 5498]] for the Brisbane hotel. Employee ID [[ID_NUMBER|AU-44190]]. TFN [[ID_NUMBER|513 272 747]] was put on the reimbursement form by mistake, please remove it. Mobile [[PHONE_NUMBER|0491 570 316]].",
    "Make this letter to the tax office sound more professional:\n\nHallo, ich bin [[PERSON|Jonas Albrecht]], Steuer-ID [[ID_NUMBER|11 354 783 180]]. Meine neue Adresse ist [[STREET_ADDRESS|Schönhauser Allee 140, 10437 Berlin]]. Bitte schicken Sie den Bescheid dahin. Telefon [[PHONE_NUMBER|030 23125 477]]. Danke",
    "Summarise this French payslip query:\n\nBonjour, je suis [[PERSON|Élodie Marchand]], matricule [[ID_NUMBER|FR-MAT-20731]]. Mon numéro de sécurité sociale [[ID_NUMBER|2 82 12 50 763 843 91]] est mal saisi sur ma fiche de paie de mars. Pouvez-vous corriger et me répondre à [[EMAIL_ADDRESS|elodie.marchand@atelier-vauban.fr]] ? Merci.",
    "Please reply declining this supplier's request for my colleague's details:\n\nDear Sir/Madam,\nWe are updating our records for [[PERSON|Sebastián Ortega]] who signed the order. Please confirm his mobile ([[PHONE_NUMBER|+56 9 8741 2203]]) and RUT ([[ID_NUMBER|13.821.989-5]]) and the office address [[STREET_ADDRESS|Av. Providencia 1208, Of. 504, Providencia, Santiago]].\nRegards, [[PERSON|Paula Sepúlveda]]",
    "Summarise this in one paragraph for the board:\n\nIncident review – lost laptop\nOwner: [[PERSON|Lars Eriksen]] (emp. [[ID_NUMBER|DK-7702]]). Laptop left on a train; disk encrypted. It held a spreadsheet of 40 customer records including [[PERSON|Mette Kjær]]'s account [[IBAN_CODE|DK84 3317 1090 9242 89]]. [[PERSON|Eriksen]] reported it within 2 hours. Police ref noted.",
    "Can you fix the formatting of this signature block?\n\nDr. [[PERSON|Olusegun Adebayo-Smith]] MBBS FRCP consultant Physician   St Aldwyn's hospital  [[PHONE_NUMBER|0161 496 0917]] | [[EMAIL_ADDRESS|o.adebayo-smith@staldwyns.nhs-mail.uk]]  secretary: [[PERSON|Jo Kershaw]] ext 4421",
    "Reply to this parent email and confirm the meeting:\n\nHi Mr [[PERSON|Kowalczyk]], this is [[PERSON|Shanice Grant]], [[PERSON|Kayden]]'s mum. Can we meet Thursday about his reading? I'm on [[PHONE_NUMBER|07700 900574]]. Our new address for letters is [[STREET_ADDRESS|12 Marlowe Close, Croydon CR0 6LT]].",
    "Please translate this Italian note for our auditor:\n\nGentile Dott. [[PERSON|Bertolini]], in allegato il contratto di consulenza della Sig.ra [[PERSON|Giulia Bertolini]], codice fiscale [[ID_NUMBER|BRTGLI88D52L219B]], residente in [[STREET_ADDRESS|Via Po 18, 10123 Torino]]. Pagamento su [[IBAN_CODE|IT31 K038 5385 0069 6986 7176 845]]. Cordiali saluti, [[PERSON|Davide Ferrandi]]",
    "Turn this into a short status update for Slack:\n\nOpen items after the audit: (1) [[PERSON|Amara Diallo]] still has admin rights after moving teams, (2) the shared mailbox password was emailed to [[EMAIL_ADDRESS|contractor.ops@freelance-mail.com]], (3) [[PERSON|Diallo]]'s old badge [[ID_NUMBER|BDG-113904]] was never deactivated.",
    "Summarise what this patient wrote in the portal:\n\nHi, it's [[PERSON|Rosa Delgado]], patient ID [[ID_NUMBER|PT-5520871]]. My Medicare number is [[ID_NUMBER|6410 64757 6]]. The new tablets make me dizzy in the mornings. Can Dr [[PERSON|Nguyen]] call me on [[PHONE_NUMBER|(03) 5550 2781]]? I live at [[STREET_ADDRESS|9 Hawthorn Grove, Brunswick VIC 3056]].",
    "Translate to Portuguese (Portugal) for the new hire:\n\nWelcome [[PERSON|Inês Carvalho]]! Your employee number is [[ID_NUMBER|PT-EMP-6612]]. We have your NIF as [[ID_NUMBER|271 048 280]] and your salary account as [[IBAN_CODE|PT41 1869 2061 2433 0532 4921 5]]. Your first day is at our office, [[STREET_ADDRESS|Avenida da Liberdade 190, 1250-147 Lisboa]].",
    "Please make this complaint letter more concise:\n\nDear Customer Relations,\nMy name is [[PERSON|Haruto Sasaki]], and I am writing regarding my account [[ID_NUMBER|JPA-48-227710]]. I moved to [[STREET_ADDRESS|東京都世田谷区三軒茶屋2-14-7-302]] in April and informed you by phone, but the statements continue to go to my old address. My mobile is [[PHONE_NUMBER|090-3318-5527]]. I would be grateful if you could fix this as soon as possible because the letters contain my My Number [[ID_NUMBER|9304 9765 3638]].",
    "Help me write a thank-you reply to this client:\n\nHi team, just wanted to say the install at [[STREET_ADDRESS|412 Queen Street West, Toronto, ON M5V 2A8]] went perfectly. Special thanks to [[PERSON|Marco]] and [[PERSON|Deepa]]. If you need a testimonial, email me at [[EMAIL_ADDRESS|liz.tremblay@tremblaydesign.ca]].\n– [[PERSON|Elizabeth Tremblay]]",
    "Summarise this probation review:\n\nEmployee: [[PERSON|Kwame Asante]]  No. [[ID_NUMBER|GH-2023-0417]]\nManager: [[PERSON|Helen Foster]]\n[[PERSON|Kwame]] met 4 of 5 objectives. Needs to improve written reports. [[PERSON|Foster]] recommends confirming employment. Personal email for the letter: [[EMAIL_ADDRESS|kwame.asante88@webmail-gh.com]].",
    "Please translate this Romanian landlord message:\n\nBună ziua, doamna [[PERSON|Ionescu]]. Contractul pentru apartamentul din [[STREET_ADDRESS|Strada Lipscani 43, ap. 6, București 030033]] este pregătit. Am nevoie de CNP-ul dumneavoastră ([[ID_NUMBER|2871120537582]]) confirmat și de un telefon: am notat [[PHONE_NUMBER|+40 722 418 930]]. Mulțumesc, [[PERSON|Radu Popescu]]",
    "Extract the action items from this email:\n\n[[PERSON|Yasmin]], can you (a) add [[PERSON|Olumide Bakare]] to the Q3 distribution list ([[EMAIL_ADDRESS|o.bakare@westgateholdings.ng]]), (b) courier the signed copy to [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos]], and (c) call him on [[PHONE_NUMBER|+234 803 417 2290]] to confirm. Thanks, [[PERSON|Charles]]",
    "Summarise this pharmacy note:\n\nPatient [[PERSON|Tariq Mahmood]], NHS [[ID_NUMBER|762 200 0205]], collected repeat prescription on behalf of his father [[PERSON|Abdul Mahmood]]. Address on record: [[STREET_ADDRESS|71 Stratford Road, Sparkhill, Birmingham B11 1RA]]. Contact [[PHONE_NUMBER|07700 900839]].",
    "Translate into English:\n\nSehr geehrte Frau [[PERSON|Krüger]],\nanbei Ihre Versicherungsbestätigung. Versicherungsnummer: [[ID_NUMBER|KV-0883-17265]]. Bitte überweisen Sie den Beitrag auf [[IBAN_CODE|DE83 1427 8047 6840 4186 21]].\nMit freundlichen Grüßen\n[[PERSON|Stefan Hoffmann]]\nKundenservice, Tel. [[PHONE_NUMBER|+49 40 66969 214]]",
    "Please summarise the customer's issue:\n\nchat transcript\ncustomer: hi my name is [[PERSON|Aaliyah Robinson]] and my account [[ID_NUMBER|SUB-99120447]] got charged after i cancelled\nagent: can you confirm the email on the account?\ncustomer: [[EMAIL_ADDRESS|aaliyah.r.robinson@inboxly.com]]\nagent: and the last 4 of the card?\ncustomer: 0613",
    "Rewrite this CV header in a cleaner format:\n\n[[PERSON|Siddharth Iyer]] | [[PHONE_NUMBER|+91 99001 27845]] | [[EMAIL_ADDRESS|sid.iyer.dev@mailhub.in]] | [[STREET_ADDRESS|Flat 6B, Prestige Shantiniketan, Whitefield, Bengaluru 560048]] | Aadhaar [[ID_NUMBER|8119 8794 1018]] | github: [[ID_NUMBER|sidiyer-dev]]",
    "Help me reply to this landlord in a firm but polite way:\n\nMr [[PERSON|Patel]] here again. The deposit for [[STREET_ADDRESS|Apartment 14, 220 Collins Street, Melbourne VIC 3000]] will be returned once you send your new bank details. Please stop calling my mobile, email me at [[EMAIL_ADDRESS|vpatel.properties@ozmail-alt.com.au]] instead.",
    "Summarise this customer record so I can brief the new account owner:\n\nName: [[PERSON|Beatriz Nogueira Santos]]\nCustomer number: [[ID_NUMBER|BR-CUST-440921]]\nCPF: [[ID_NUMBER|098.309.765-80]]\nPreferred contact: WhatsApp [[PHONE_NUMBER|+55 11 98347 2216]]\nNotes: renewed for 2 years in January, unhappy with support response times.",
    "Please translate to English and summarise:\n\nHej [[PERSON|Karin]]! Jag har skickat lönespecifikationen till [[EMAIL_ADDRESS|karin.holm@fjordlinje.se]]. Personnummer [[ID_NUMBER|601208-7638]] stämmer inte i systemet, kan du kontrollera? Lönen går till [[IBAN_CODE|SE90 0940 2530 5940 7123 6875]]. /[[PERSON|Anders]]",
    "Can you make this meeting recap more readable?\n\nrecap: client call w/ Belmont Partners. their side [[PERSON|Rebecca Okafor]] (cfo) + [[PERSON|Josh Lieberman]]. [[PERSON|Okafor]] wants the revised fee schedule by friday, send to [[EMAIL_ADDRESS|rokafor@belmontpartners.com]]. [[PERSON|Lieberman]] asked about SSO. next call 3pm ET, dial [[PHONE_NUMBER|(646) 555-0112]].",
    "Translate this Czech HR message into English:\n\nDobrý den, pane [[PERSON|Dvořák]], posílám potvrzení o zaměstnání pro [[PERSON|Petra Novotná]], rodné číslo [[ID_NUMBER|680428/2496]], bydliště [[STREET_ADDRESS|Vinohradská 1511/230, 100 00 Praha 10]]. S pozdravem [[PERSON|Lenka Horáková]]",
    "Summarise the dispute in this email:\n\nFrom: [[PERSON|Niamh Gallagher]]\nI paid the deposit with my Amex [[CREDIT_CARD|3752 744006 45469]] on 2 May and the venue now says they never received it. Booking ref WED-2291. My billing address is [[STREET_ADDRESS|5 Ashgrove Terrace, Dundrum, Dublin 14, D14 X2F7]]. Please help, the wedding is in June!",
    "Please correct the English in this note from our Turkish partner:\n\nDear [[PERSON|Sarah]], I am send you the documents of new driver [[PERSON|Emre Yıldız]]. His kimlik number is [[ID_NUMBER|11703190776]] and telephone [[PHONE_NUMBER|+90 532 418 7702]]. He is living in [[STREET_ADDRESS|Bağdat Caddesi No: 214/5, Kadıköy, İstanbul]]. Best regards, [[PERSON|Murat]]",
    "Summarise this incident report for the safety committee:\n\nOn 11 June warehouse operative [[PERSON|Callum Reid]] (payroll [[ID_NUMBER|WH-30877]]) slipped near bay 14. First aid given by [[PERSON|Agnieszka Sobczak]]. [[PERSON|Reid]] attended A&E and returned next day. Witness statement from [[PERSON|Sobczak]] attached.",
    "Write a reply confirming we have updated the address:\n\nHello, please update my address for policy [[ID_NUMBER|LIFE-7720-0931]] to:\n[[STREET_ADDRESS|Unit 4, 19 Kent Street\nMillers Point NSW 2000]]\nThanks, [[PERSON|Graham Whitlock]]\n[[PHONE_NUMBER|+61 491 570 842]]",
    "Translate this Estonian notice into English:\n\nLugupeetud [[PERSON|Kristjan Tamm]], teie isikukood [[ID_NUMBER|47805080558]] on registreeritud. Arve saadetakse aadressile [[STREET_ADDRESS|Narva mnt 31-12, 10120 Tallinn]]. Küsimuste korral kirjutage [[EMAIL_ADDRESS|klienditugi@linnavesi-ee.com]].",
    "Please summarise this email from the recruiter:\n\nHi! I have a great candidate for the ML role, [[PERSON|Zheng Wei]], currently at a fintech in Shenzhen. CV attached. She's available for a call on [[PHONE_NUMBER|+86 159 2087 3316]] or [[EMAIL_ADDRESS|zheng.wei.ml@163-mail.com]]. Salary expectation is flexible. Cheers, [[PERSON|Tom Brightwell]]",
    "Check this direct debit mandate text for errors:\n\nI, [[PERSON|Pieter de Smet]], authorise Lumina Energy to debit my account [[IBAN_CODE|BE53 4249 5906 6312]] monthly. National number [[ID_NUMBER|84.01.12-024.29]]. Address [[STREET_ADDRESS|Rue Royale 123, 1000 Bruxelles]]. Signed in Brussels.",
    "Summarise this nurse handover note:\n\nBed 7 – Mr [[PERSON|Okeke]] ([[PERSON|Emeka Okeke]]), hosp no [[ID_NUMBER|K448210]]. Post-op day 2, pain controlled, mobilising with frame. Wife [[PERSON|Chioma]] visiting at 2, wants a call from the surgeon on [[PHONE_NUMBER|07700 900312]].",
    "Reply to this freelancer confirming payment date:\n\nHey, invoice 118 for the illustrations is attached. Bank: [[IBAN_CODE|NL47 RABO 2740 5086 84]] t.n.v. [[PERSON|Femke Jansen]]. Let me know if you need anything else!\n[[PERSON|Femke]] – [[PHONE_NUMBER|+31 6 2817 4409]]",
    "Summarise the complaint and draft an apology:\n\nI'm [[PERSON|Dolores Whitaker]]. Your driver left my parcel at [[STREET_ADDRESS|3318 Magnolia Avenue, Apt 2C, Long Beach, CA 90806]] with the wrong neighbor. The tracking number is 1Z84R70A0392. My SSN was printed on the customs form, [[US_SSN|529-14-8862]], which is unacceptable.",
    "Translate this Ukrainian note:\n\nШановний пане [[PERSON|Коваленко]], надсилаю довідку для [[PERSON|Олена Шевчук]]. РНОКПП [[ID_NUMBER|7276448181]], телефон [[PHONE_NUMBER|+380 67 418 2290]], адреса [[STREET_ADDRESS|вул. Хрещатик 22, кв. 41, Київ, 01001]].",
    "Fix the typos in this onboarding email:\n\nHi [[PERSON|Connor]], welcom to the team! Your laptop will be shiped to [[STREET_ADDRESS|781 Peachtree Street NE, Atlanta, GA 30308]]. Your temprary password for the portal is [[PASSWORD|Welcome-Atl-2291]] and you must change it on first login. Your username is [[ID_NUMBER|cbyrne]].\n[[PERSON|Dana]], IT",
    "Help me reply to this tenant who wants to pay by card:\n\nHello, can I pay the remaining rent with my card? Details: [[CREDIT_CARD|5411 7851 4851 0066]], exp 09/27, name [[PERSON|Viktor Haldorsen]]. I'm in flat 2 at [[STREET_ADDRESS|Bryggen 11, 5003 Bergen]].",
    "Summarise the medical history in this referral:\n\nReferral for [[PERSON|Anneliese Vogt]], 72, Versichertennummer [[ID_NUMBER|A728194026]]. Type 2 diabetes, hypertension, previous TIA 2019. Lives alone at [[STREET_ADDRESS|Kantstraße 9, 04275 Leipzig]], daughter [[PERSON|Maren]] is contact ([[PHONE_NUMBER|+49 341 2287 4410]]). Dr [[PERSON|Ulrich Brandt]]",
    "Can you translate this Icelandic invoice?\n\nReikningur til [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|030698-0615]], [[STREET_ADDRESS|Laugavegur 64, 101 Reykjavík]]. Upphæð 84.500 kr. Greiðist fyrir 15. maí. Spurningar: [[PHONE_NUMBER|+354 661 4820]].",
    "Shorten these minutes for the newsletter:\n\nBoard minutes, 4 April. Present: [[PERSON|Moira Fitzgerald]] (chair), [[PERSON|Anil Kapoor-Shaw]], [[PERSON|Beth Llewellyn]]. [[PERSON|Fitzgerald]] reported the grant was approved. [[PERSON|Llewellyn]] will contact the donor [[PERSON|Harold Quince]] at [[EMAIL_ADDRESS|hquince@quincefamily-trust.org]] to thank him.",
    "Please make this bank letter easier to understand:\n\nDear Customer [[PERSON|Abimbola Adeyemi]], Account Number [[ID_NUMBER|0034718826]], Sort Code 20-45-77. Following our review, your overdraft limit will be reduced with effect from 1 July. If you have questions, please call us on [[PHONE_NUMBER|0113 496 0528]].",
    "Summarise and translate to French:\n\nHi [[PERSON|Amélie]], the customer [[PERSON|Farid Benali]] called again about his NIR on the contract, [[ID_NUMBER|1 89 07 38 206 129 06]]. He says it's wrong and wants a corrected copy sent to [[STREET_ADDRESS|14 boulevard de la Croix-Rousse, 69004 Lyon]] and by email to [[EMAIL_ADDRESS|farid.benali@fournisseur-mail.fr]].",
    "Draft a short reply accepting this candidate's start date:\n\nDear Ms [[PERSON|Abara]] — sorry, Dear [[PERSON|Chiamaka]], I can start on 1 September. My South African ID is [[ID_NUMBER|9806216685181]] for the contract and my phone is [[PHONE_NUMBER|+27 82 417 5530]].\nKind regards, [[PERSON|Chiamaka Abara]]",
    "Please proofread this client onboarding form:\n\nClient name: [[PERSON|Aleksander Nowicki]]\nDate of birth: 24.09.1975\nPESEL: [[ID_NUMBER|75092460285]]\nAdres: [[STREET_ADDRESS|ul. Długa 44/3, 80-831 Gdańsk]]\nKonto: [[IBAN_CODE|PL37 0702 9674 0930 3150 7169 3708]]\nTel.: [[PHONE_NUMBER|+48 512 903 884]]",
    "Summarise this customer escalation:\n\nMr [[PERSON|Thornbury]] (customer [[ID_NUMBER|UKC-552901]]) has been without broadband for 9 days at [[STREET_ADDRESS|The Old Forge, Lower Street, Chilham, Canterbury CT4 8DA]]. Engineer no-showed twice. He wants compensation and a call from a manager on [[PHONE_NUMBER|01632 960 833]].",
    "Translate this Canadian HR letter to French:\n\nDear [[PERSON|Mathieu Gagnon]], your T4 slip has been reissued with the corrected SIN [[ID_NUMBER|236 397 345]]. It will be mailed to [[STREET_ADDRESS|2150 rue Sherbrooke Est, Montréal, QC H2K 1C4]]. Questions: [[EMAIL_ADDRESS|paie@erablierecorp.ca]].",
    "Make this a friendlier reminder:\n\nTo: [[PERSON|Ravi Chandrasekaran]]\nYour corporate card [[CREDIT_CARD|4221 9112 9360 8421]] has 14 unreconciled transactions. Employee no. [[ID_NUMBER|IN-EMP-20418]]. Reconcile by the 25th or the card will be suspended. – Finance",
    "Summarise this vet referral (it's for our pet insurance team):\n\nOwner: [[PERSON|Imogen Ashworth]], policy [[ID_NUMBER|PET-83310-2]], [[STREET_ADDRESS|Rose Cottage, 2 Church Lane, Much Wenlock TF13 6AP]]. Dog 'Biscuit', 6 y.o. labrador, suspected cruciate rupture. Owner mobile [[PHONE_NUMBER|07700 900947]].",
    "Please translate this Irish language email to English:\n\nA [[PERSON|Sheáin]], a chara, seo sonraí an bhaill nua: [[PERSON|Máire Ní Bhriain]], uimhir bhallraíochta [[ID_NUMBER|CLG-40271]], [[EMAIL_ADDRESS|maire.nibhriain@post-eire.ie]]. Go raibh maith agat, [[PERSON|Pádraig]]",
    "Turn these notes into a formal warning letter:\n\nstaff: [[PERSON|Dwayne Mitchell]], #[[ID_NUMBER|US-71184]], store 212. caught sharing his POS login [[ID_NUMBER|dmitchell212]] and PIN [[PASSWORD|4471]] with a new hire. second incident.",
    "Summarise this Singapore tenancy email:\n\nHi [[PERSON|Rajesh]], the landlord needs your NRIC ([[ID_NUMBER|S9481991A]]) and the first month via PayNow to [[PHONE_NUMBER|+65 8422 9107]]. Unit is [[STREET_ADDRESS|38 Jalan Bukit Merah, #11-204, Singapore 169642]]. Key handover Saturday. – [[PERSON|Wendy Lim]]",
    "Summarise this onboarding email from our Valencia office and list what's missing:\n\nHola! New starter details below.\nName: [[PERSON|Khadija El Amrani]]\nNIE: [[ID_NUMBER|Y3867895E]]\nEmployee no.: [[ID_NUMBER|ES-VLC-0918]]\nSalary account: [[IBAN_CODE|ES34 8070 2935 3675 9345 5335]]\nHome: [[STREET_ADDRESS|Carrer de Sueca 61, pta. 9, 46006 València]]\nMobile: [[PHONE_NUMBER|+34 655 210 874]]\nStill need her signed contract. Thanks, [[PERSON|Vicent]]",
    "Please rewrite this doctor's note in plain language for the employer:\n\nThis is to certify that [[PERSON|Ana Sofía Restrepo]] (CC [[ID_NUMBER|1.020.448.913]]) was seen at our clinic, [[STREET_ADDRESS|Carrera 7 # 72-41, Bogotá]], for acute gastroenteritis and requires rest until 18/03. Dr. [[PERSON|Julián Cárdenas]], tel. [[PHONE_NUMBER|+57 310 448 2917]]",
]

# 70 technical requests pasting code, configs, logs and data with private values.
TECHNICAL = [
    "Why does my app not pick up these variables?\n\n# .env\nDATABASE_URL=postgres://app:[[PASSWORD|Vq7!mR2x#Lp9]]@db.internal:5432/orders\nOPENAI_API_KEY=[[API_KEY|sk-proj-KGFMXuBTVqF8YWZn3V4hBVRztPsX4X6nJ95UZgoeQK37Itv0]]\nADMIN_EMAIL=[[EMAIL_ADDRESS|d.okafor@tallyhoapps.com]]\nDEBUG=true",
    "Getting a 401 from this curl, what's wrong?\n\ncurl -X POST https://api.stripe.com/v1/refunds \\\n  -u [[API_KEY|sk_live_DRnD4qVI5TLmSP3hRIAJ7Op6]]: \\\n  -d charge=ch_3Ox91K \\\n  -d metadata[requested_by]=[[EMAIL_ADDRESS|lena.sorensen@nordpixel.dk]]",
    'This stack trace shows up every night at 02:00, any idea?\n\nTraceback (most recent call last):\n  File "/home/[[ID_NUMBER|mkaczmarek]]/projects/etl/run.py", line 88, in <module>\n    load(conn)\n  File "/home/[[ID_NUMBER|mkaczmarek]]/projects/etl/loader.py", line 41, in load\n    cur.execute(sql)\npsycopg2.OperationalError: FATAL: password authentication failed for user "[[ID_NUMBER|m.kaczmarek]]"',
    "Can you convert these SQL rows to JSON?\n\nid | full_name | email | phone\n1041 | [[PERSON|Harriet Quayle]] | [[EMAIL_ADDRESS|hquayle@blueharbour.co.uk]] | [[PHONE_NUMBER|+44 7700 900512]]\n1042 | [[PERSON|Obinna Chukwu]] | [[EMAIL_ADDRESS|obinna.c@blueharbour.co.uk]] | [[PHONE_NUMBER|+44 7700 900688]]\n1043 | [[PERSON|Sofía Herrera]] | [[EMAIL_ADDRESS|s.herrera@blueharbour.co.uk]] | [[PHONE_NUMBER|+44 7700 900731]]",
    "My GitHub Action fails at checkout, here's the workflow:\n\nenv:\n  GH_TOKEN: [[API_KEY|ghp_6XTNiUKG5zUKiZxNkQAl0rlKhAKeiO92ZZjX]]\n  NPM_TOKEN: [[API_KEY|npm_thPwUDLzocR4qfD1eMp64CySx92FpJ65ify5]]\nsteps:\n  - uses: actions/checkout@v4\n  - run: npm ci",
    "kubectl says CrashLoopBackOff, logs below. What's happening?\n\n$ kubectl logs billing-api-7d9f8c-x2kqp\n2024-05-02T09:14:11Z INFO starting billing-api v2.14.3\n2024-05-02T09:14:11Z INFO connecting to redis as [[ID_NUMBER|svc-jpereira]]\n2024-05-02T09:14:12Z ERROR auth failed: WRONGPASS invalid username-password pair (password=[[PASSWORD|r3dis-Pereira-88]])\n2024-05-02T09:14:12Z FATAL exiting",
    "Help me write a regex to pull the user and IP out of these sshd lines:\n\nMay 12 03:11:52 bastion sshd[2213]: Failed password for [[ID_NUMBER|akhanna]] from [[IP_ADDRESS|203.0.113.47]] port 51422 ssh2\nMay 12 03:11:58 bastion sshd[2213]: Accepted publickey for [[ID_NUMBER|tbeaumont]] from [[IP_ADDRESS|198.51.100.23]] port 60118 ssh2",
    "Why is this boto3 call failing with SignatureDoesNotMatch?\n\nimport boto3\ns3 = boto3.client(\n    's3',\n    aws_access_key_id='[[API_KEY|AKIAZTFNZIEGFRP7IIKG]]',\n    aws_secret_access_key='[[API_KEY|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]]',\n    region_name='eu-west-1',\n)\ns3.upload_file('/Users/[[ID_NUMBER|ggallo]]/Desktop/report.pdf', 'fin-reports', 'q2.pdf')",
    "Clean up this CSV so the phone column is E.164:\n\nname,email,phone,city\n[[PERSON|Ahmed Farouk]],[[EMAIL_ADDRESS|ahmed.farouk@nilelink.eg]],[[PHONE_NUMBER|+20 100 418 2297]],Cairo\n[[PERSON|Yara Saleh]],[[EMAIL_ADDRESS|yara.saleh@nilelink.eg]],[[PHONE_NUMBER|+20 122 730 5514]],Alexandria",
    "The Slack bot stopped posting. Config:\n\nslack:\n  bot_token: [[API_KEY|xoxb-12084271627-8842876696221-HosoMaI5jaWJJfhrpDtEJ232]]\n  channel: '#deploys'\n  mention_on_fail: '@[[ID_NUMBER|rhiannon.lewis]]'",
    "Explain this git log, who changed the payment code?\n\ncommit 8f3c2a1e9b7d\nAuthor: [[PERSON|Kenji Watanabe]] <[[EMAIL_ADDRESS|kenji.watanabe@sakuraworks.jp]]>\nDate:   Tue Apr 9 16:02:11 2024 +0900\n\n    fix rounding in PaymentCalculator\n\ncommit 41be09c7a3f2\nAuthor: [[PERSON|Naledi Mokoena]] <[[EMAIL_ADDRESS|naledi@mokoena.dev]]>\nDate:   Mon Apr 8 11:47:30 2024 +0200\n\n    add ZAR currency",
    "Write a migration that hashes the password column. Current rows look like:\n\nINSERT INTO users (username, email, password) VALUES\n('[[ID_NUMBER|fbianchi]]', '[[EMAIL_ADDRESS|f.bianchi@trattoria-net.it]]', '[[PASSWORD|Roma1987!]]'),\n('[[ID_NUMBER|lmoretti]]', '[[EMAIL_ADDRESS|luca.moretti@trattoria-net.it]]', '[[PASSWORD|juventus2020]]');",
    'This Anthropic client throws \'invalid x-api-key\', can you spot it?\n\nimport anthropic\nclient = anthropic.Anthropic(api_key="[[API_KEY|sk-ant-api03-gD3Xm4JCxPy1iOY4pkXQlr_X4N5GZVBOcrjXORvw_MEL43uoEtnBBrsBWSwxogj1CCAr249jsCTrI4xKAA]]")\nmsg = client.messages.create(model="claude-3-haiku", max_tokens=100, messages=[{"role": "user", "content": "hi"}])',
    'Can you parse this JSON and list the customers with overdue invoices?\n\n[{"customer_id": "[[ID_NUMBER|C-009183]]", "name": "[[PERSON|Ingeborg Solheim]]", "email": "[[EMAIL_ADDRESS|ingeborg.solheim@fjellpost.no]]", "overdue": true},\n {"customer_id": "[[ID_NUMBER|C-009184]]", "name": "[[PERSON|Bartholomew Achterberg]]", "email": "[[EMAIL_ADDRESS|b.achterberg@polderweb.nl]]", "overdue": false}]',
    'Our nginx access log, why are there so many 499s from this client?\n\n[[IP_ADDRESS|192.0.2.188]] - [[ID_NUMBER|jmcintyre]] [12/May/2024:10:22:01 +0000] "GET /api/v2/reports?user=[[ID_NUMBER|jmcintyre]] HTTP/1.1" 499 0 "-" "python-requests/2.31"\n[[IP_ADDRESS|192.0.2.188]] - [[ID_NUMBER|jmcintyre]] [12/May/2024:10:22:03 +0000] "GET /api/v2/reports?user=[[ID_NUMBER|jmcintyre]] HTTP/1.1" 499 0 "-" "python-requests/2.31"',
    "docker compose up fails with 'unauthorized', here's my compose file:\n\nservices:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: [[PASSWORD|Tb8#qLw2Zx!e]]\n  app:\n    image: registry.gitlab.com/acme/app:latest\n    environment:\n      GITLAB_TOKEN: [[API_KEY|glpat-mN2mYWiXuZCLWah4ygIO]]",
    "Crash report from a tester's phone, what does it mean?\n\nIncident Identifier: 5C1F...\nHardware Model: iPhone15,3\nProcess: FieldNotes [4471]\nPath: /private/var/containers/Bundle/Application/FieldNotes.app\nUser: [[EMAIL_ADDRESS|tester.amal.haddad@qa-mail.com]]\nException Type: EXC_BAD_ACCESS (SIGSEGV)\nThread 0 Crashed: 0 FieldNotes 0x1024 -[NoteSync upload:] + 212",
    "Can you turn this into a pandas DataFrame? It's our on-call list.\n\noncall = [\n  {'name': '[[PERSON|Beatrix Holm]]', 'phone': '[[PHONE_NUMBER|+45 28 41 77 90]]', 'slack': '[[ID_NUMBER|bholm]]'},\n  {'name': '[[PERSON|Sunil Varma]]', 'phone': '[[PHONE_NUMBER|+91 98201 44731]]', 'slack': '[[ID_NUMBER|svarma]]'},\n]",
    'Terraform plan shows this variable in clear text, how do I mark it sensitive?\n\nvariable "db_password" {\n  default = "[[PASSWORD|Hx92-plover-Quartz]]"\n}\nvariable "datadog_api_key" {\n  default = "[[API_KEY|1c0eae16348ab778f8a5d4da817ae17f]]"\n}',
    "Why does my Twilio SMS script error with 20003?\n\nfrom twilio.rest import Client\nclient = Client('AC7f1e', '[[API_KEY|35db2dee0df35bb041599c3573be2f8b]]')\nclient.messages.create(to='[[PHONE_NUMBER|+1 415 555 0163]]', from_=SENDER, body='Your code is [[PASSWORD|830215]]')",
    "Fix this Jenkinsfile, the deploy stage never runs:\n\npipeline {\n  environment {\n    SENDGRID_KEY = '[[API_KEY|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]]'\n    NOTIFY = '[[EMAIL_ADDRESS|releases-owner.hwang@kitefin.kr]]'\n  }\n  stages { stage('deploy') { when { branch 'main' } steps { sh './deploy.sh' } } }\n}",
    "Which of these users hasn't logged in for 90 days?\n\nusername,last_login,email\n[[ID_NUMBER|akovacs]],2024-01-03,[[EMAIL_ADDRESS|a.kovacs@dunaweb.hu]]\n[[ID_NUMBER|pnagy]],2024-04-28,[[EMAIL_ADDRESS|peter.nagy@dunaweb.hu]]\n[[ID_NUMBER|eszabo]],2023-12-19,[[EMAIL_ADDRESS|eszter.szabo@dunaweb.hu]]",
    "Windows event log, is this a brute force?\n\nAn account failed to log on.\nAccount Name: [[ID_NUMBER|CORP\\r.adeyinka]]\nSource Network Address: [[IP_ADDRESS|198.51.100.142]]\nFailure Reason: Unknown user name or bad password.\nLogon Type: 10",
    "My Hugging Face download fails with 401:\n\n$ HF_TOKEN=[[API_KEY|hf_wiAYti2MEtmiTmMvFska8qXhPrhCZkjpL5]] python download.py\nOSError: You are trying to access a gated repo.\nCache dir: /home/[[ID_NUMBER|oluwaseun]]/.cache/huggingface/hub",
    "Convert this YAML user list to a Python dict:\n\nusers:\n  - name: [[PERSON|Valentina Greco]]\n    login: [[ID_NUMBER|vgreco]]\n    ssh_from: [[IP_ADDRESS|203.0.113.61]]\n  - name: [[PERSON|Mateus Ribeiro]]\n    login: [[ID_NUMBER|mribeiro]]\n    ssh_from: [[IP_ADDRESS|203.0.113.62]]",
    "The PHP mailer throws 'SMTP connect() failed'. Code:\n\n$mail->Host = 'smtp.mailprovider.eu';\n$mail->Username = '[[EMAIL_ADDRESS|noreply.klein@kleinmoebel.de]]';\n$mail->Password = '[[PASSWORD|Moebel#Klein2023]]';\n$mail->Port = 587;\n$mail->addAddress('[[EMAIL_ADDRESS|bestellung.weber@kundenpost.de]]', '[[PERSON|Jürgen Weber]]');",
    "What's the quickest way to dedupe these rows in Postgres?\n\n patient_id |   name            | nhs_number\n------------+-------------------+-------------\n  [[ID_NUMBER|P-220931]] | [[PERSON|Eleanor Whitcombe]] | [[ID_NUMBER|386 924 4941]]\n  [[ID_NUMBER|P-220932]] | [[PERSON|Eleanor Whitcombe]] | [[ID_NUMBER|736 452 0872]]",
    "This mobile app crash mentions a file path, what does it tell us?\n\nFATAL EXCEPTION: main\njava.io.FileNotFoundException: /storage/emulated/0/Download/[[PERSON|Rania Aziz]]_payslip_March.pdf (Permission denied)\n    at java.io.FileInputStream.open0(Native Method)\n    at com.payday.ui.PayslipActivity.onCreate(PayslipActivity.kt:57)",
    "Is this webhook signature check right?\n\nWEBHOOK_SECRET = \"[[API_KEY|whsec_Qs7MLef3HUN1HZh1GRu2nQDAw-xLenc0u6w_nXrV]]\"\ndef verify(payload, sig):\n    mac = hmac.new(WEBHOOK_SECRET.encode(), payload, 'sha256').hexdigest()\n    return hmac.compare_digest(mac, sig)\n# test payload from [[EMAIL_ADDRESS|amir.tehrani@parsian-shop.ir]]",
    "The Google Maps widget shows 'For development purposes only':\n\n<script src=\"https://maps.googleapis.com/maps/api/js?key=[[API_KEY|AIzahNXYRT__rySggCUApC2HTdenDbgavDtsaIL]]&callback=initMap\"></script>\n<!-- store owner: [[PERSON|Lorenzo Vitale]], [[STREET_ADDRESS|Corso Buenos Aires 33, 20124 Milano]] -->",
    "Why does this psql command prompt for a password even though I set it?\n\nPGPASSWORD='[[PASSWORD|Wintermute!42]]' psql -h [[IP_ADDRESS|198.51.100.77]] -U [[ID_NUMBER|oadeleke]] -d analytics -c 'select count(*) from events'",
    "Help me anonymise this log before sharing it with the vendor:\n\n2024-06-03 14:22:17 WARN checkout user=[[EMAIL_ADDRESS|grace.mwangi@safaricloud.co.ke]] ip=[[IP_ADDRESS|203.0.113.9]] card=[[CREDIT_CARD|4132563810244798]] status=declined reason=insufficient_funds\n2024-06-03 14:22:40 INFO checkout user=[[EMAIL_ADDRESS|grace.mwangi@safaricloud.co.ke]] retry=1",
    "My Mailgun send returns 'Forbidden':\n\nrequests.post(\n  'https://api.mailgun.net/v3/mg.lakeviewclinic.com/messages',\n  auth=('api', '[[API_KEY|key-a27cd613890b1905f629e708f29c7d92]]'),\n  data={'from': FROM_ADDR, 'to': '[[EMAIL_ADDRESS|h.obi.patient@mailbox-ng.com]]', 'subject': 'Your appointment'})",
    "kubectl get secrets output, why is it base64? and is this safe to paste?\n\n$ kubectl get secret db-creds -o yaml\ndata:\n  password: [[PASSWORD|UzNjdXJlUGFzcyEyMDI0]]\n  username: YWRtaW4=\nmetadata:\n  annotations:\n    owner: [[EMAIL_ADDRESS|platform.lead.iwu@corvid-systems.com]]",
    'Explain why this Dockerfile leaks a secret:\n\nFROM node:20-alpine\nARG NPM_AUTH=[[API_KEY|npm_Tz8Lq2VxR4mKp7Wn3YsB9dHc6FjA1gEu5oNi]]\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_AUTH}" > ~/.npmrc && npm ci\nLABEL maintainer="[[PERSON|Bogdan Petrescu]] <[[EMAIL_ADDRESS|bogdan.petrescu@dacialabs.ro]]>"',
    "Write a unit test for this function; the fixture uses a colleague's real data, can you replace it?\n\ndef test_format_address():\n    addr = format_address('[[PERSON|Hannah Schreiber]]', '[[STREET_ADDRESS|Königsallee 48, 40212 Düsseldorf]]')\n    assert '[[PERSON|Schreiber]]' in addr",
    "The Telegram bot doesn't respond. Token and chat id:\n\nBOT_TOKEN = \"[[API_KEY|3939532495:AAc27TcArsNKyNokJlVGtGdu-RYWnxk1bNa]]\"\nCHAT_ID = [[ID_NUMBER|50331827]]  # [[PERSON|Alexei Morozov]]'s DM",
    "Can you explain this Azure error? Connection string is below.\n\nDefaultEndpointsProtocol=https;AccountName=finarchivestore;AccountKey=[[API_KEY|jYKoyUbGSr2S0Ui4fUqcR51PKChc5bctz9HHnV03hv2vY1zwoDOV]];EndpointSuffix=core.windows.net\nAuthenticationFailed: Server failed to authenticate the request.",
    "Why does this Jira API call return 401?\n\ncurl -u [[EMAIL_ADDRESS|s.nakamura@tidewater.io]]:[[API_KEY|P9nDT3yFnZTG5vmUQLijfLgf]] \\\n  -H 'Content-Type: application/json' \\\n  https://tidewater.atlassian.net/rest/api/3/issue/OPS-412",
    "Please help me fix the indentation of this Ansible inventory:\n\n[web]\nweb01 ansible_host=[[IP_ADDRESS|192.0.2.21]] ansible_user=[[ID_NUMBER|dfarrugia]]\nweb02 ansible_host=[[IP_ADDRESS|192.0.2.22]] ansible_user=[[ID_NUMBER|dfarrugia]] ansible_password=[[PASSWORD|Valletta_77x]]",
    "This Sentry DSN is in our frontend bundle, is that a problem?\n\nSentry.init({ dsn: '[[API_KEY|https://d5f193a76a26c2e9edba9994e5b6268b@o078525.ingest.sentry.io/6411760]]', initialScope: { user: { email: '[[EMAIL_ADDRESS|qa.ilse.dekker@veldlab.nl]]' } } })",
    "Parse this vCard and give me a CSV line:\n\nBEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON|Thandiwe Dlamini]]\nTEL;TYPE=cell:[[PHONE_NUMBER|+27 71 604 3328]]\nEMAIL:[[EMAIL_ADDRESS|thandi.dlamini@ubuntu-mail.co.za]]\nADR;TYPE=home:;;[[STREET_ADDRESS|23 Vilakazi Street;Orlando West;Soweto;1804]]\nEND:VCARD",
    "Optimise this query, it's slow on the customers table:\n\nSELECT * FROM customers WHERE email = '[[EMAIL_ADDRESS|marguerite.fontaine@laposte-alt.fr]]' OR phone = '[[PHONE_NUMBER|01 99 00 47 21]]';\n-- returns customer_no [[ID_NUMBER|FRC-311207]]",
    "Can you explain this JWT? Got it from the browser dev tools:\n\nAuthorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.wb7tTfy_VJGs3DG6eolmFHPFeS_3raAXvcHS8QNf-ni-1eio4Ybx0PdDrXWy.OhOqeoZkUYf6D9HrJmrqyd01t2ehK-EyLhWfdDW8Q71]]\nuser: [[ID_NUMBER|kfraser]] ([[EMAIL_ADDRESS|kirsty.fraser@lochside-energy.co.uk]])",
    "Write a bash loop that pings these hosts and prints the owner:\n\n[[IP_ADDRESS|198.51.100.14]]  laptop-[[ID_NUMBER|rsouza]]\n[[IP_ADDRESS|198.51.100.15]]  laptop-[[ID_NUMBER|mtakahashi]]\n[[IP_ADDRESS|2001:db8:4a::17]]  laptop-[[ID_NUMBER|ebakker]]",
    "Our Shopify app install fails, here are the creds we use:\n\nSHOPIFY_ACCESS_TOKEN=[[API_KEY|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]]\nSHOP_OWNER=[[PERSON|Imani Okoro]]\nSHOP_OWNER_PHONE=[[PHONE_NUMBER|(404) 555-0196]]",
    "How do I rotate this DigitalOcean token safely? It's in our deploy script:\n\nexport DO_TOKEN=[[API_KEY|dop_v1_ce9223530f0d396af035eb804fb9fb670df90df7d90a380d907374126440582b]]\ndoctl compute ssh web-1 --ssh-user [[ID_NUMBER|hlindgren]]",
    "Help me understand this PowerShell error:\n\nPS C:\\Users\\[[ID_NUMBER|alejandra.vidal]]> Connect-ExchangeOnline -UserPrincipalName [[EMAIL_ADDRESS|alejandra.vidal@montanaverde.es]]\nConnect-ExchangeOnline : AADSTS50126: Error validating credentials due to invalid username or password.",
    'Format this JSON nicely:\n\n{"employee":{"id":"[[ID_NUMBER|EMP-88013]]","name":"[[PERSON|Oksana Hrytsenko]]","iban":"[[IBAN_CODE|CH2901881713597167385]]","manager":"[[PERSON|Urs Keller]]","phone":"[[PHONE_NUMBER|+41 79 418 27 63]]"}}',
    "Why does my Notion integration return object_not_found?\n\nconst notion = new Client({ auth: '[[API_KEY|secret_OCTNkDO9z5ElrvTn5A9eDhA7aEGm1NZSL8Ex4D0ck4d]]' })\n// page shared by [[PERSON|Camille Roussel]] ([[EMAIL_ADDRESS|camille.roussel@studio-lumen.fr]])",
    "The cron job emails me this error every hour:\n\nFrom: Cron Daemon <root@build03>\nTo: [[EMAIL_ADDRESS|joaquin.mendez@andesoft.cl]]\nSubject: Cron <[[ID_NUMBER|jmendez]]@build03> /home/[[ID_NUMBER|jmendez]]/bin/backup.sh\n\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12)",
    'Can you write a Go struct for this API response?\n\n{"user":{"login":"[[ID_NUMBER|tomasz-pawlak]]","email":"[[EMAIL_ADDRESS|tomasz.pawlak@vistulasoft.pl]]","last_ip":"[[IP_ADDRESS|203.0.113.201]]","mfa":false}}',
    "This Figma plugin can't authenticate:\n\nconst FIGMA_TOKEN = '[[API_KEY|figd_VOFQdyvtJyx2-niqB1MX_yiSirlFK_cGVPKhrok_]]';\nconst FILE_OWNER = '[[EMAIL_ADDRESS|design.ops.yuki@hanamidesign.jp]]';",
    'Tell me why the LDAP bind fails:\n\nldapsearch -x -H ldaps://ldap.corp.internal -D "uid=[[ID_NUMBER|nbrandt]],ou=people,dc=corp,dc=internal" -w \'[[PASSWORD|Elbe-Fluss-1999]]\' -b "dc=corp,dc=internal"\nldap_bind: Invalid credentials (49)',
    "Please summarise the errors in this build log:\n\n[INFO] Building on agent buildkite-07 as user [[ID_NUMBER|vkumaran]]\n[INFO] Using cache at /home/[[ID_NUMBER|vkumaran]]/.m2/repository\n[ERROR] Failed to execute goal maven-compiler-plugin:3.11.0:compile\n[ERROR] /home/[[ID_NUMBER|vkumaran]]/src/ledger/Invoice.java:[44,17] cannot find symbol",
    "Why does the Linear API say 'authentication required'?\n\nfetch('https://api.linear.app/graphql', { headers: { Authorization: '[[API_KEY|lin_api_nNpGTLjK16yzvIU0sgHoPZgazkQ3YNZfb3DIdaAa]]' } })\n// assignee: [[PERSON|Rasmus Lund]]",
    "Convert these payroll rows into a markdown table:\n\nemp_no;name;iban;tax_id\n[[ID_NUMBER|4410]];[[PERSON|Matthias Grünewald]];[[IBAN_CODE|DE65760501010093817264]];[[ID_NUMBER|78 322 135 192]]\n[[ID_NUMBER|4411]];[[PERSON|Selin Aydın]];[[IBAN_CODE|LU029578736538856141]];",
    "Spot the bug in this Flask login handler:\n\n@app.route('/login', methods=['POST'])\ndef login():\n    if request.form['user'] == '[[ID_NUMBER|adminsorensen]]' and request.form['pw'] == '[[PASSWORD|Hygge!Koben77]]':\n        return redirect('/dash')\n    return 'nope', 401",
    "The billing export has the wrong column order, can you fix the header?\n\ncustomer_no,card_number,expiry,holder\n[[ID_NUMBER|CU-77104]],[[CREDIT_CARD|5259790359330613]],11/26,[[PERSON|Lauren Mbeki]]\n[[ID_NUMBER|CU-77105]],[[CREDIT_CARD|370289663034420]],02/27,[[PERSON|Ethan Caldwell]]",
    "Why is my internal pip index rejecting uploads?\n\n[distutils]\nindex-servers = internal\n[internal]\nrepository = https://pypi.corp.example.net/\nusername = [[ID_NUMBER|ychowdhury]]\npassword = [[PASSWORD|Dhaka#Monsoon19]]",
    "Summarise this access review export:\n\nuser_principal,role,last_sign_in,ip\n[[EMAIL_ADDRESS|fatima.zahra@atlasmaroc-corp.ma]],Global Admin,2024-05-30,[[IP_ADDRESS|203.0.113.150]]\n[[EMAIL_ADDRESS|youssef.bennani@atlasmaroc-corp.ma]],Reader,2023-11-02,[[IP_ADDRESS|2001:db8:c0:1::9]]",
    "Here's the panic from our Rust service, what caused it?\n\nthread 'tokio-runtime-worker' panicked at 'called `Option::unwrap()` on a `None` value', src/handlers/profile.rs:73:41\nrequest_id=9f1c user_id=[[ID_NUMBER|u_48812077]] email=[[EMAIL_ADDRESS|ravi.menon.b@keralanet.in]] client_ip=[[IP_ADDRESS|198.51.100.233]]",
    "My .pgpass isn't being used, format looks right to me:\n\n# /home/[[ID_NUMBER|ahmadi]]/.pgpass\ndb-prod.internal:5432:crm:[[ID_NUMBER|s.ahmadi]]:[[PASSWORD|Pomegranate_9911]]",
    'What\'s wrong with this wifi config for the office Raspberry Pi?\n\nnetwork={\n    ssid="Harlow-Office-5G"\n    psk="[[PASSWORD|kettle-ribbon-73-orchard]]"\n    identity="[[EMAIL_ADDRESS|pi.owner.cole@harlowstudio.co.uk]]"\n}',
    'Explain this Kubernetes event list:\n\nLAST SEEN   TYPE      REASON      OBJECT                 MESSAGE\n2m          Warning   Failed      pod/etl-worker-5kq2    Failed to pull image "ghcr.io/[[ID_NUMBER|dmitri-volkov]]/etl:1.4": unauthorized\n2m          Normal    BackOff     pod/etl-worker-5kq2    Back-off pulling image',
    "Can you refactor this so the token isn't hardcoded?\n\nHEADERS = {\n    'X-Api-Key': '[[API_KEY|nmbl_live_4daa0febbc8b277a88be109dec19413d]]',\n    'X-Client': 'orchard-sync',\n}\nOWNER_EMAIL = '[[EMAIL_ADDRESS|priscila.moura@orchard-sync.com.br]]'",
    "These two secrets are from our partner's portal, which one is the client secret?\n\nclient_id: qx-partner-481\nclient_secret: [[API_KEY|qx-8015f390-1888-a6f84477be06b760d374db8f]]\nrefresh_token: [[API_KEY|tok_prd_t329Jv4VebQPYbQzWZzNr9rMfB0W]]\naccount_owner: [[PERSON|Wiremu Tane]]",
    "Why does my SSH config not use the right key?\n\nHost jump\n  HostName [[IP_ADDRESS|203.0.113.88]]\n  User [[ID_NUMBER|mhosseini]]\n  IdentityFile /Users/[[ID_NUMBER|mhosseini]]/.ssh/id_ed25519_work",
    "Could you write a short summary of this on-call handoff?\n\n@[[ID_NUMBER|liam.oconnell]] handing over. DB failover at 03:10, root cause the replica disk. Vendor contact [[PERSON|Gustavo Pires]] [[PHONE_NUMBER|+351 912 447 308]]. Escalation pager PIN for the vendor line is [[PASSWORD|552914]].",
    "Can you explain what this Android logcat line means?\n\n05-21 18:02:44.117 E/AuthRepo: login failed for [[EMAIL_ADDRESS|hoang.minh.tuan@saigonmail.vn]] phone=[[PHONE_NUMBER|+84 903 418 227]] otp=[[PASSWORD|604917]] err=EXPIRED",
]

# 70 chat requests naming colleagues, clients, candidates and patients in passing; the
# first 20 typed all in lower case.
CHAT = [
    "can you help me write a birthday message for [[PERSON|deepika]] from accounts, she's turning 40 and loves hiking",
    "my manager [[PERSON|okonjo]] keeps scheduling meetings at 5pm, how do i push back without sounding lazy",
    "write a short intro email connecting [[PERSON|farah siddiqui]] ([[EMAIL_ADDRESS|farah.siddiqui@lumenrisk.com]]) with our new auditor, keep it casual",
    "candidate [[PERSON|luca ferraro]] asked for 72k, our band tops at 68k. how do i say no nicely and still keep him interested",
    "remind me what to ask [[PERSON|chinedu]] in our 1:1 tomorrow, he's been quiet since the reorg",
    "patient in bed 4, mrs [[PERSON|gallagher]]... sorry, [[PERSON|eileen gallagher]], keeps refusing her meds. any tips for a gentle conversation about it",
    "draft a text to [[PERSON|sven]] saying the client call moved to 3, his number is [[PHONE_NUMBER|+46 73 902 18 44]]",
    "the client [[PERSON|hartmann]] wants a discount again. what are three ways to offer value without cutting price",
    "what's a good way to thank [[PERSON|nomvula khumalo]] for covering my shifts last week? not money",
    "how do i tell my team that [[PERSON|beatriz]] is leaving without causing panic, she ran most of the vendor relationships",
    "our intern [[PERSON|tadeo ramos]] forgot his vpn password again, it's [[PASSWORD|tadeo-vpn-4410]] now, can you write him a short guide on using a password manager",
    "help me give feedback to [[PERSON|agnes]] on her slide deck, too many bullet points and tiny fonts",
    "the door code for the 3rd floor changed to [[PASSWORD|8821#]], write a slack message to the team that doesn't sound like a security risk lol",
    "summarise why dr. [[PERSON|imran qureshi]] might want a second opinion on a knee mri, i'm booking it for him",
    "my colleague [[PERSON|hyun-woo]] is moving to seoul, what's a nice farewell card message in korean and english",
    "can you reword this for me: 'ms. [[PERSON|adeyemi]] will be out until friday, contact [[PERSON|kofi]] on [[PHONE_NUMBER|07700 900163]] instead'",
    "is it ok to ask candidate [[PERSON|anastasia petrova]] for references before the final round? she emailed from [[EMAIL_ADDRESS|a.petrova.work@yandex-alt.ru]]",
    "write a polite chaser to [[PERSON|ruairi]] about the unpaid invoice, third time asking",
    "what should i pack in a care box for [[PERSON|thi lan]] who just had surgery? she's from our finance team",
    "i need a quick agenda for a call with [[PERSON|oyelowo]] and [[PERSON|brandt]] about the warehouse lease",
    "Can you help me plan a handover for when [[PERSON|Mariam Haddad]] goes on maternity leave in July? She owns payroll and supplier onboarding.",
    "Write a LinkedIn recommendation for [[PERSON|Gustav Lindholm]], a project manager I worked with for three years at a shipping firm.",
    "My client [[PERSON|Olga Smirnova]] wants her contract signed today but legal hasn't reviewed it. How do I stall without losing her?",
    "Please draft a congratulations note to [[PERSON|Tunde]] for closing the Accra deal.",
    "I have to tell [[PERSON|Bernard]] his role is being made redundant. What should I say in the first two minutes?",
    "Our patient Mr [[PERSON|Lindgren]] is anxious about his colonoscopy tomorrow. Can you write a simple explanation I can read to him?",
    "Candidate [[PERSON|Keisha Obi]] interviewed great but her notice period is three months. Is it worth waiting? Her number is [[PHONE_NUMBER|(202) 555-0174]] if you need to draft a message.",
    "Can you help me phrase a warning to [[PERSON|Rhys]] about his timekeeping without demotivating him?",
    "Summarise in a sentence why [[PERSON|Ayesha Karim]] should get the promotion: she led the migration, mentored two juniors and cut costs by 12%.",
    "The new joiner [[PERSON|Pablo Giménez]] will use the login [[ID_NUMBER|pgimenez]] and temp password [[PASSWORD|Cambiar-Ya-2024]]. Can you write him a welcome message with first-day steps?",
    "Write a reply to our supplier [[PERSON|Hiroshi Tanaka]] accepting the new delivery date, he prefers formal Japanese-style politeness in English.",
    "I'm meeting Dr. [[PERSON|Abena Owusu]] from the hospital trust next week. What questions should I ask about their procurement process?",
    "What's a tactful way to ask [[PERSON|Clémence]] to stop cc'ing the whole department?",
    "Draft an out-of-office saying urgent issues go to [[PERSON|Viktor Novak]] at [[EMAIL_ADDRESS|viktor.novak@brnoline.cz]] or [[PHONE_NUMBER|+420 602 418 377]].",
    "Give me three icebreakers for lunch with the new CFO, [[PERSON|Ingrid Solberg]].",
    "Our client Mr [[PERSON|Abernathy]] gave us his card over the phone: [[CREDIT_CARD|4442 7253 1345 0785]]. What's the right way to process this without storing it?",
    "How can I support [[PERSON|Jamal]] on my team, whose father is in hospital? I don't want to overstep.",
    "Please write a short bio for [[PERSON|Leonie Fischer-Brandt]] for the conference program: 15 years in logistics, now heads operations at our Hamburg site.",
    "I got a call from a patient's daughter, [[PERSON|Sandra Pollard]], asking for her mother's results. Can I share them? Her mother is [[PERSON|June Pollard]], NHS [[ID_NUMBER|423 062 8951]].",
    "Could you turn this into a polite decline: we are not moving forward with [[PERSON|Arjun Mehta]]'s application.",
    "Help me write a thank-you note to [[PERSON|Ximena]] and [[PERSON|Paolo]] for organising the offsite.",
    "What's the best way to onboard [[PERSON|Fenna de Vries]] remotely? She starts Monday and lives in Utrecht.",
    "My colleague [[PERSON|Stanislav]] left his laptop unlocked with the finance share open. Should I report it or just tell him?",
    "Rewrite this to sound less blunt: '[[PERSON|Priyanka]], your numbers were wrong again.'",
    "The candidate [[PERSON|Emil Johansson]] sent a take-home with a bug in the pagination. How do I give feedback that's useful?",
    "Can you make a checklist for visiting our client Mrs [[PERSON|Okwuosa]] at her home office at [[STREET_ADDRESS|14 Glebe Road, Cheltenham GL52 2PN]]?",
    "Write a Slack message asking [[PERSON|Wen]] to share the Figma file with the agency.",
    "I'm covering for [[PERSON|Tiago]] this week and his voicemail PIN is [[PASSWORD|0931]]. How do I change the greeting on a Cisco phone?",
    "Draft a short apology to Mr [[PERSON|Fairbanks]] for the late delivery; offer free shipping on his next order.",
    "Our patient [[PERSON|Kalani Kahale]] needs a low-sodium meal plan for a week. Keep it simple.",
    "Write an email to [[PERSON|Dominika]] asking her to approve the budget before Thursday.",
    "Who should I put as the emergency contact for the off-site? Probably [[PERSON|Ewan Grant]], [[PHONE_NUMBER|07700 900726]]. Can you draft the form note?",
    "How do I tell a client, [[PERSON|Bogdan]], that his requirements changed too late for this sprint?",
    "Give me talking points to nominate [[PERSON|Marisol Pacheco]] for the employee-of-the-year award.",
    "I need to send [[PERSON|Hamza]] the wifi details for the guest network, the key is [[PASSWORD|blue-heron-fjord-28]]. Make it a short friendly message.",
    "Please suggest a fair way to split on-call between [[PERSON|Ines]], [[PERSON|Kaito]] and [[PERSON|Ruth]] over the holidays.",
    "Help me write a condolence card to [[PERSON|Adebola]] from the whole team.",
    "The recruiter says candidate [[PERSON|Noor Al-Hassan]] wants a remote contract. What are the tax issues for hiring someone in Jordan?",
    "I promised Frau [[PERSON|Becker]]... sorry, I promised [[PERSON|Greta Becker]] a recap of our pricing call. Can you make it sound professional?",
    "Write a reminder to [[PERSON|Callum]] that his fire-warden training is due.",
    "Our client's CFO [[PERSON|Nathaniel Oduya]] asked for our bank details for the retainer; it's [[IBAN_CODE|GB20 BARC 4584 8183 5486 31]]. Draft the email.",
    "How can I explain to [[PERSON|Zofia]], a new nurse, the difference between our two triage scales?",
    "Patient [[PERSON|Oskar Lindahl]] asked whether he can fly two weeks after his hip replacement. Give me a patient-friendly answer to pass on.",
    "Suggest a polite way to ask [[PERSON|Esperanza]] to keep her camera on in client calls.",
    "Can you write a toast for [[PERSON|Dimitri]]'s retirement party? He's been our head chef for 22 years.",
    "The customer [[PERSON|Ayodele Bankole]] says our app charged his card [[CREDIT_CARD|5328 5640 9523 3358]] three times. What should I tell him while finance checks?",
    "Help me write a short performance note for [[PERSON|Yuki Mori]]: strong on delivery, needs to delegate more.",
    "What's a nice way to welcome back [[PERSON|Aleksandra]] after her sick leave?",
    "I'm interviewing [[PERSON|Benedikt Kraus]] tomorrow for a data engineer role. Give me five technical questions about streaming pipelines.",
    "Please draft a message to our account manager [[PERSON|Shreya Nair]] ([[EMAIL_ADDRESS|shreya.nair@cloudmesa.io]]) asking for a price review.",
]

# 25 clean code and config snippets with placeholders only.
CLEAN_CODE = [
    "Why does this .env template not load in Docker?\n\nDATABASE_URL=postgres://user:<password>@localhost:5432/app\nOPENAI_API_KEY=${OPENAI_API_KEY}\nADMIN_EMAIL=admin@example.com\nPORT=8080",
    'Explain this docker-compose file line by line:\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: changeme\n    ports:\n      - "5432:5432"\n  web:\n    build: .\n    ports:\n      - "0.0.0.0:8000:8000"',
    'Write a pytest fixture that creates a user like this one:\n\nuser = User(name="John Doe", email="john.doe@example.com", password="<password>")',
    "Is this nginx config correct for proxying to my app?\n\nserver {\n    listen 80;\n    server_name example.com www.example.com;\n    location / {\n        proxy_pass http://127.0.0.1:3000;\n        proxy_set_header Host $host;\n    }\n}",
    'What does this curl command do?\n\ncurl -H "Authorization: Bearer $API_TOKEN" -H "Content-Type: application/json" -d \'{"name": "test"}\' https://api.example.com/v1/items',
    "Explain this Kubernetes secret manifest and how to fill it in:\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\nstringData:\n  username: <username>\n  password: <password>",
    'Convert this to a Python dataclass:\n\n{"id": "3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d", "name": "Jane Doe", "email": "jane@example.org", "created_at": "2024-01-01T00:00:00Z"}',
    'Why does this Terraform module complain about the CIDR?\n\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\nresource "aws_subnet" "a" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "10.0.1.0/24"\n}',
    "Review this GitHub Actions snippet for secret handling:\n\n- name: Deploy\n  env:\n    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n    AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n  run: ./deploy.sh",
    "What's the difference between these two bind addresses in my Flask app: app.run(host='0.0.0.0', port=5000) versus app.run(host='127.0.0.1', port=5000)?",
    "Help me write a regex that validates e-mails like user@example.com and first.last+tag@sub.example.co.uk.",
    "My SSH config uses placeholders, is the syntax right?\n\nHost myserver\n  HostName 192.168.1.50\n  User ubuntu\n  IdentityFile ~/.ssh/id_ed25519\n  Port 2222",
    "Explain what this SHA-256 checksum line means in a release file:\n\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  app-2.4.1-linux-amd64.tar.gz",
    "Write a bash script that reads DB_HOST, DB_USER and DB_PASS from the environment and fails if any is empty.",
    "Is it bad practice to commit a config like this?\n\n[database]\nhost = localhost\nuser = root\npassword = changeme\nname = test_db",
    "Fix the indentation in this YAML:\n\nlogging:\n  level: INFO\n   handlers:\n    - console\nserver:\n  host: 0.0.0.0\n  port: 8443",
    "What does this Java exception mean?\n\njava.net.ConnectException: Connection refused (Connection refused)\n    at java.base/sun.nio.ch.Net.connect0(Native Method)\n    at com.example.client.HttpClient.send(HttpClient.java:112)\nCaused by: connect to localhost/127.0.0.1:9092 failed",
    "How do I pass the API key safely here?\n\nimport os\nimport requests\nresp = requests.get('https://api.example.com/data', headers={'X-Api-Key': os.environ['API_KEY']})",
    "Explain the subnet 172.16.0.0/12 and whether 172.20.5.4 belongs to it.",
    "Write a SQL insert for a test customer using obvious dummy data (Test User, test@example.com, 000-000-0000).",
    "What does this git config do?\n\n[user]\n    name = Your Name\n    email = you@example.com\n[core]\n    editor = vim",
    'My Helm values file, is the image tag pinned correctly?\n\nimage:\n  repository: nginx\n  tag: "1.25.3"\nservice:\n  type: ClusterIP\n  port: 80\ningress:\n  host: app.example.local',
    'Translate this Python to TypeScript:\n\ndef greet(name: str = "World") -> str:\n    return f"Hello, {name}!"\n\nprint(greet("Alice"))',
    "What's wrong with this Redis URL? redis://:<password>@localhost:6379/0 keeps giving NOAUTH.",
    "Explain semantic versioning using these tags: v1.9.0, v1.10.0-rc.1, v2.0.0+build.5.",
]

# 25 clean pasted public documentation, release notes and changelogs.
CLEAN_DOCS = [
    "Summarise this changelog for my team:\n\nPython 3.12.0\n- PEP 695: type parameter syntax\n- PEP 701: f-strings formalised in the grammar\n- Improved error messages for NameError suggestions\n- distutils removed from the standard library",
    "What changed here? 'Linux 6.6 was released by Linus Torvalds, bringing the EEVDF scheduler, which replaces CFS as the default CPU scheduler.'",
    "Explain this paragraph from the Django docs in simpler words: 'Django was created in 2003 by Adrian Holovaty and Simon Willison at the Lawrence Journal-World newspaper and released publicly under a BSD license in July 2005.'",
    "Summarise: 'The Ford Motor Company announced updates to its F-150 Lightning lineup, while Dell Technologies reported quarterly revenue growth driven by AI servers.'",
    "Rewrite this release note in plain English: 'React 18 introduces concurrent rendering, automatic batching and the new createRoot API. Thanks to Dan Abramov and the React core team.'",
    "What does this README section mean? 'Requests is an elegant and simple HTTP library for Python, built for human beings. Originally written by Kenneth Reitz.'",
    "Explain the history in this passage: 'Git was created by Linus Torvalds in 2005 for development of the Linux kernel, and Junio Hamano has maintained it since.'",
    "Summarise the Rust 1.75 release notes: async fn and return-position impl Trait in traits are now stable; pointer byte offset APIs; and compiler performance improvements.",
    "Translate this product blurb to Spanish: 'Siemens Healthineers and Philips both showcased new MRI scanners at this year's RSNA meeting in Chicago.'",
    "What does 'Deprecated: the --legacy-peer-deps flag will be removed in npm v11' mean for my build?",
    "Summarise this encyclopedia snippet: 'The Kalman filter, named after Rudolf E. Kálmán, is an algorithm that uses a series of measurements observed over time to produce estimates of unknown variables.'",
    "Explain this Kubernetes doc line: 'A Deployment provides declarative updates for Pods and ReplicaSets. You describe a desired state, and the Deployment Controller changes the actual state at a controlled rate.'",
    "Condense this: 'PostgreSQL 16 adds logical replication from standbys, parallel execution of FULL and RIGHT joins, and the pg_stat_io view for I/O statistics.'",
    "Rewrite as a tweet: 'Guido van Rossum, the creator of Python, joined Microsoft in 2020 to work on making CPython faster.'",
    "What's the licence situation described here? 'The MIT License is a permissive free software license originating at the Massachusetts Institute of Technology in the late 1980s.'",
    "Summarise this changelog entry: 'v4.2.0 — Added dark mode (#1203), fixed memory leak in the image cache (#1187), bumped minimum Node.js to 18.'",
    "Explain this AWS doc sentence: 'Amazon S3 provides strong read-after-write consistency for PUT and DELETE requests of objects in your Amazon S3 bucket in all AWS Regions.'",
    "Translate to German: 'Johnson & Johnson and Procter & Gamble both raised their full-year guidance on Tuesday.'",
    "Summarise: 'TypeScript was developed by Microsoft and first released in 2012; Anders Hejlsberg, lead architect of C#, worked on its development.'",
    "What does this deprecation warning mean? 'DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects instead.'",
    "Explain in two sentences: 'The Dijkstra algorithm finds the shortest paths between nodes in a weighted graph; it was conceived by Edsger W. Dijkstra in 1956.'",
    "Summarise this vendor notice: 'Mercedes-Benz and Porsche announced a recall affecting certain 2022 models due to a software fault in the braking control unit.'",
    "Turn this into a one-line summary: 'Kubernetes 1.29, codenamed Mandala, graduates ReadWriteOncePod to stable and adds sidecar containers in beta.'",
    "Explain this docs note: 'Node.js 20 enters maintenance LTS in October 2024. Users should plan upgrades to Node.js 22.'",
    "Summarise: 'Tim Berners-Lee invented the World Wide Web in 1989 while working at CERN, proposing an information management system based on hypertext.'",
]

# 25 clean error messages, schemas, CSV headers and templates with slots.
CLEAN_TEMPLATES = [
    "What does this error mean? 'ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)'",
    "Review this SQL schema:\n\nCREATE TABLE customers (\n  id UUID PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email TEXT UNIQUE,\n  phone VARCHAR(32),\n  date_of_birth DATE,\n  created_at TIMESTAMPTZ DEFAULT now()\n);",
    "Suggest types for this CSV header: customer_id,first_name,last_name,email,phone,street,city,postcode,iban,signup_date",
    "Fill in this meeting template with sensible section headings:\n\nMeeting: [Meeting title]\nDate: [Date]\nAttendees: [Name], [Name], [Name]\nFacilitator: [Name]\nNotes taken by: [Name]",
    "Improve this email template:\n\nDear [Name],\nThank you for your application for the role of [Job Title]. We will be in touch by [Date].\nKind regards,\n[Your Name]\n[Company]",
    "Why do I get 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"users_email_key\"'?",
    "What does 'Permission denied (publickey)' mean when I push to GitHub?",
    "Design an ER diagram description for: employees(id, name, department_id, manager_id), departments(id, name), salaries(employee_id, amount, effective_from).",
    "Make this letter template sound warmer:\n\n[Recipient Name]\n[Street Address]\n[City, Postcode]\n\nDear [Title] [Surname],\nWe are writing to inform you that your account [Account Number] has been updated.",
    "Explain: 'SSL: CERTIFICATE_VERIFY_FAILED certificate verify failed: unable to get local issuer certificate'.",
    "Write a JSON schema for an object with fields name (string), email (string, format email), phone (string) and employee_id (string, pattern ^E-[0-9]{5}$).",
    "What's a good CSV header for an event sign-up sheet? I have: Name, Email, Phone, Dietary requirements, Emergency contact.",
    "Translate this HR form template to French:\n\nEmployee name: ________\nEmployee number: ________\nManager: ________\nStart date: ________\nSignature: ________",
    "Explain 'fatal: refusing to merge unrelated histories' and when it's safe to use --allow-unrelated-histories.",
    "Create a one-on-one template with slots for [Employee], [Manager], wins, blockers and goals.",
    "Why does MySQL say 'ERROR 1452: Cannot add or update a child row: a foreign key constraint fails'?",
    "Turn this schema into a Django model:\n\nCREATE TABLE patients (\n  patient_id SERIAL PRIMARY KEY,\n  nhs_number CHAR(10),\n  surname TEXT,\n  given_name TEXT,\n  gp_practice TEXT\n);",
    "What does 'OOMKilled' with exit code 137 mean in kubectl describe pod?",
    "Write an invoice template with placeholders: [Client Name], [Client Address], [Invoice Number], [Date], [Amount], [IBAN].",
    "Explain the error 'TypeError: Cannot read properties of undefined (reading 'map')' in React.",
    "Fix this support ticket template:\n\nTicket ID: {{ticket_id}}\nCustomer: {{customer_name}}\nEmail: {{customer_email}}\nIssue: {{description}}\nPriority: {{priority}}",
    "What does 'Error: EADDRINUSE: address already in use :::3000' mean and how do I free the port?",
    "Suggest column names for an anonymised patient export: no names, no dates of birth, just age band, region and diagnosis code.",
    "Give me a reference-letter template with [Candidate Name], [Role], [Dates of Employment] and [Referee Name] slots.",
    "Why does Postgres say 'FATAL: password authentication failed for user \"postgres\"' right after a fresh install?",
]

# 25 clean pasted public texts: news, book passages, encyclopedia-style bios.
CLEAN_TEXTS = [
    "Summarise this book passage: 'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.'",
    "Explain the tone of this opening: 'Call me Ishmael. Some years ago—never mind how long precisely—having little or no money in my purse, I thought I would sail about a little and see the watery part of the world.'",
    "Summarise this bio: 'Marie Curie was a Polish and naturalised-French physicist and chemist who conducted pioneering research on radioactivity. She was the first woman to win a Nobel Prize.'",
    "Shorten this news paragraph: 'The European Central Bank held interest rates steady on Thursday, with President Christine Lagarde saying inflation was on track to return to target next year.'",
    "What is the main idea of this passage? 'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness.'",
    "Summarise this bio in one line: 'Alan Turing was an English mathematician and computer scientist, widely considered the father of theoretical computer science and artificial intelligence.'",
    "Translate into Italian: 'Leonardo da Vinci painted the Mona Lisa in the early sixteenth century; it now hangs in the Louvre in Paris.'",
    "Rewrite for a children's book: 'Neil Armstrong became the first person to walk on the Moon on 20 July 1969, followed by Buzz Aldrin.'",
    "Summarise: 'Nelson Mandela served as President of South Africa from 1994 to 1999, the country's first black head of state and the first elected in a fully representative democratic election.'",
    "What's the theme of this quote from Sherlock Holmes? 'When you have eliminated the impossible, whatever remains, however improbable, must be the truth.'",
    "Summarise this news item: 'Apple CEO Tim Cook unveiled the company's new headset at the Worldwide Developers Conference in Cupertino on Monday.'",
    "Explain the metaphor in: 'All the world's a stage, and all the men and women merely players.'",
    "Summarise this encyclopedia entry: 'Ada Lovelace was an English mathematician chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine.'",
    "Shorten: 'Serena Williams, who won 23 Grand Slam singles titles, announced her evolution away from tennis in a magazine essay in August 2022.'",
    "Summarise: 'Frida Kahlo was a Mexican painter known for her many portraits, self-portraits, and works inspired by the nature and artifacts of Mexico.'",
    "Give me the gist of this passage from Alice in Wonderland: 'Alice was beginning to get very tired of sitting by her sister on the bank, and of having nothing to do.'",
    "Summarise the news: 'Elon Musk said on Tuesday that Tesla would open more of its Supercharger network to other electric vehicle makers.'",
    "What does this passage say about Gatsby? 'He had one of those rare smiles with a quality of eternal reassurance in it, that you may come across four or five times in life.'",
    "Summarise: 'Wangari Maathai founded the Green Belt Movement in Kenya in 1977 and became the first African woman to receive the Nobel Peace Prize, in 2004.'",
    "Rewrite in simpler English: 'Albert Einstein published his theory of special relativity in 1905, a year often called his annus mirabilis.'",
    "Summarise this sports report: 'Lionel Messi scored twice as Inter Miami beat Orlando City 5-0 on Saturday night.'",
    "Explain this quote from Pride and Prejudice: 'I could easily forgive his pride, if he had not mortified mine,' said Elizabeth Bennet.",
    "Summarise: 'Satya Nadella became chief executive of Microsoft in 2014, succeeding Steve Ballmer, and refocused the company on cloud computing.'",
    "Turn this into a quiz question: 'Rosalind Franklin's X-ray diffraction images were critical to the discovery of the double-helix structure of DNA in 1953.'",
    "Summarise this passage: 'As Gregor Samsa awoke one morning from uneasy dreams he found himself transformed in his bed into a gigantic insect.'",
]

NATIONAL_IDS = {
    "354 845 4607": nhs_ok,  # NHS number
    "434 907 6395": nhs_ok,
    "762 200 0205": nhs_ok,
    "386 924 4941": nhs_ok,
    "736 452 0872": nhs_ok,
    "423 062 8951": nhs_ok,
    "807938828": bsn_ok,  # Dutch BSN
    "78120695275": pesel_ok,  # Polish PESEL
    "75092460285": pesel_ok,
    "515.013.190-35": cpf_ok,  # Brazilian CPF
    "098.309.765-80": cpf_ok,
    "8119 8794 1018": aadhaar_ok,  # Indian Aadhaar
    "T0155262C": nric_ok,  # Singapore NRIC
    "S9481991A": nric_ok,
    "93706787A": dni_ok,  # Spanish DNI and NIE
    "Y3867895E": dni_ok,
    "060285-8295": hetu_ok,  # Finnish henkilötunnus
    "11 354 783 180": steuer_id_ok,  # German tax id
    "78 322 135 192": steuer_id_ok,
    "1 89 07 38 206 129 06": nir_ok,  # French NIR
    "2 82 12 50 763 843 91": nir_ok,
    "84.01.12-024.29": belgian_id_ok,  # Belgian national number
    "090764 82451": fodselsnummer_ok,  # Norwegian fødselsnummer
    "271 048 280": nif_ok,  # Portuguese NIF
    "2871120537582": cnp_ok,  # Romanian CNP
    "13.821.989-5": rut_ok,  # Chilean RUT
    "47805080558": isikukood_ok,  # Estonian isikukood
    "030698-0615": kennitala_ok,  # Icelandic kennitala
    "680428/2496": rodne_cislo_ok,  # Czech rodné číslo
    "513 272 747": tfn_ok,  # Australian TFN
    "6410 64757 6": medicare_ok,  # Australian Medicare card
    "236 397 345": luhn_len(9),  # Canadian SIN
    "9806216685181": luhn_len(13),  # South African id
    "601208-7638": luhn_len(10),  # Swedish personnummer
    "11703190776": kimlik_ok,  # Turkish kimlik
    "310104199603212550": china_id_ok,  # Chinese resident identity number
    "670606-1417212": rrn_ok,  # Korean resident registration number
    "9304 9765 3638": my_number_ok,  # Japanese My Number
    "0492088Q": pps_ok,  # Irish PPS number
    "NCP8254": nhi_ok,  # New Zealand NHI
    "BRTGLI88D52L219B": codice_fiscale_ok,  # Italian codice fiscale
    "7276448181": rnokpp_ok,  # Ukrainian RNOKPP
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|17|61) 496 0\d{3}",  # Leeds, Bristol, Manchester drama ranges
        r"01632 960 \d{3}",  # UK fictional area code
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"\(0[2378]\) 5550 \d{4}",  # Australian fictional landlines
        r"06 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"01 99 00 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(20|27|31|34|40|41|45|46|48|49|55|56|57|64|65|84|86|90|91|234|351|354|380|420) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The pasted documents carry record numbers and bank details; the technical requests
    carry keys and secrets; the chat requests name people."""
    kinds = [s["type"] for t in PASTED for s in marked_spans(t)]
    if kinds.count("ID_NUMBER") < 50 or kinds.count("IBAN_CODE") < 12:
        raise SystemExit("pasted: too few record numbers or IBANs")
    plain = " ".join(strip_marks(t)[0] for t in PASTED).lower()
    for word in ("employee", "patient", "customer", "policy", "account"):
        if word not in plain:
            raise SystemExit(f"pasted: no {word} number")
    kinds = [s["type"] for t in TECHNICAL for s in marked_spans(t)]
    if kinds.count("API_KEY") < 25 or kinds.count("PASSWORD") < 15:
        raise SystemExit("technical: too few keys or passwords")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    if named < 65:
        raise SystemExit(f"chat: {named} texts with a name")


def main() -> None:
    sections = {
        "pasted": (PASTED, 80),
        "technical": (TECHNICAL, 70),
        "chat": (CHAT, 70),
        "clean code": (CLEAN_CODE, 25),
        "clean docs": (CLEAN_DOCS, 25),
        "clean templates": (CLEAN_TEMPLATES, 25),
        "clean texts": (CLEAN_TEXTS, 25),
    }
    pii = PASTED + TECHNICAL + CHAT
    check_counts("pasted", PASTED, PASTED_WORDS, (1, 12))
    check_counts("technical", TECHNICAL, TECH_WORDS, (1, 12))
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind53", HERE, sections, {"pasted", "technical", "chat"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
