# ruff: noqa: E501
"""A thirty-sixth blind privacy set: 220 texts with personal data and 100 clean ones, a
held-out mix in the manner of a public privacy benchmark.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind20.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 80 sentences in the style of presidio-research's synthetic PII sentences, one to three
  identifiers each (6 to 45 words): bios, customer-service lines, shipping labels, travel
  profiles, news items about the invented founder or chief executive of an invented firm
  (an invented executive is a private person here and is labelled), forms and log lines;
  names of many origins; addresses in US, UK, German, French, Dutch, Spanish, Italian,
  Portuguese, Austrian, Australian, Mexican, Colombian, Argentine, Nigerian, Indian,
  Singaporean, Chinese, Japanese and Vietnamese formats; phones in a dozen national
  formats; e-mails, cards, IBANs, SSNs, IPs, national ids, passports, driver licences,
  usernames and three secrets (a PIN, two passwords);
* 60 formal enterprise narratives (25 to 120 words) in the style of synthetic enterprise
  PII datasets: audit findings, breach and incident notices, HR, payroll and reference
  notes, insurance (motor, home, travel, pet, health, life) and loan records, clinical
  notes, letters and referrals; 2 to 5 identifiers each, among them passwords and PINs,
  account, customer, member, policy holder, employee, student and patient numbers;
* 80 chat requests (8 to 120 words) to a general assistant, a hospital bot or an IT help
  desk about the writer or people they know, with names and contact details or secrets;
  the first 27 (a third) are typed all in lower case.

Usernames and logins, account, customer, member, employee, student, patient, policy holder
and borrower numbers, passports, driver licences and national ids are ID_NUMBER; PINs,
door and alarm codes, wifi keys and passwords PASSWORD; titles and relation words (Mr, Mrs,
Ms, Dr, Auntie, Uncle, my sister) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; public figures, companies,
fictional characters, order, ticket, invoice, booking, claim and incident numbers and dates
of birth are not labelled; every occurrence of a private value is marked. The 100 clean
texts hold no personal data at all: 20 MT-Bench-style writing, role-play, reasoning,
extraction and coding prompts, 20 Vicuna-style questions, 20 GSM8K-style word problems
with fictional first names, 20 MMLU-style items with options A to D and 20 hospital
chatbot questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125,
040 66969) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (Chinese resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC, Swedish
personnummer, Dutch BSN, Korean resident registration number, Australian TFN, Canadian
SIN, Turkish kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish
henkilötunnus, South African id, Japanese My Number, Spanish DNI, Irish PPS number).

Run ``.venv/bin/python bench/data/build_blind36.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    china_id_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    hetu_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhs_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 27
MIN_CHARS = 15
MAX_WORDS = 300
PRESIDIO_WORDS = (6, 45)
ENTERPRISE_WORDS = (25, 120)
CHAT_WORDS = (8, 120)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 80 sentences in the manner of presidio-research's synthetic PII sentences.
PRESIDIO = [
    "My name is [[PERSON|Oluwaseun Adebayo]] and my new address is [[STREET_ADDRESS|Flat 4, 27 Kingsley Road, Leicester LE2 1TQ]].",
    "Please ship the replacement router to [[STREET_ADDRESS|4418 Maple Crest Drive, Unit 210, Plano, TX 75024]], attention [[PERSON|Dana Whitfield]].",
    "You can reach [[PERSON|Hiroshi Tanabe]] on [[PHONE_NUMBER|090-4821-7735]] or at [[STREET_ADDRESS|3-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001]] after 6 pm.",
    "Customer [[PERSON|Valentina Greco]] asked us to replace card [[CREDIT_CARD|5425 1196 3308 7725]] after it was skimmed at a petrol station.",
    "[[PERSON|Kwame Mensah-Bonsu]] was born in Kumasi, studied chemical engineering in Leeds and now runs a small water purification lab.",
    "Update the e-mail on account [[ID_NUMBER|ACC-5519372]] to [[EMAIL_ADDRESS|r.castellanos@outlook.com]], please.",
    "She goes by [[PERSON|Tamsin Oyelowo]] at work, but her social security number [[US_SSN|412-73-5096]] is filed under her maiden name.",
    "Login attempts for [[ID_NUMBER|jbrightwater]] came from [[IP_ADDRESS|203.0.113.47]] and [[IP_ADDRESS|198.51.100.212]] within two minutes.",
    "Wire the deposit to [[IBAN_CODE|DE15 7602 6000 0192 8443 71]] in the name of [[PERSON|Lukas Brandstätter]].",
    "Passenger [[PERSON|Ngozi Eze]], passport [[ID_NUMBER|A07394826]], seat 14C, Lagos to London Heathrow.",
    "[[PERSON|Sophie Marchetti]] lives at [[STREET_ADDRESS|Via Saragozza 118, 40135 Bologna]] with her two cats.",
    "Call me on [[PHONE_NUMBER|+44 7700 900418]] if the courier can't find the gate.",
    "The driver licence number [[ID_NUMBER|D5820473]] belongs to [[PERSON|Marisol Vega]] of Sacramento.",
    "We have booked a twin room for [[PERSON|Arjun Mehta]] and [[PERSON|Kavya Mehta]] from 12 to 15 March; confirmation goes to [[EMAIL_ADDRESS|arjun.mehta84@gmail.com]].",
    "[[PERSON|Ingrid Solvang]], chief executive of the Bergen start-up Tidewell, said the company will double its staff by next spring.",
    "Shipping label: [[PERSON|Camila Restrepo]], [[STREET_ADDRESS|Carrera 15 # 93-47, Apto 502, Bogotá 110221]], tel. [[PHONE_NUMBER|+57 310 482 7719]].",
    "For verification, the last payment came from IP [[IP_ADDRESS|192.0.2.183]] using the username [[ID_NUMBER|tideglass_77]].",
    "[[PERSON|Wei Zhang]]'s resident identity card number is [[ID_NUMBER|440305199103152818]] and he lives at [[STREET_ADDRESS|Room 1702, Block B, 3 Keyuan Road, Nanshan District, Shenzhen 518057]].",
    "Transfer 250 euros to [[PERSON|Mathilde Durand]], IBAN [[IBAN_CODE|FR76 3000 4018 2300 0472 9163 574]].",
    "Hi, this is [[PERSON|Brendan O'Sullivan]], my number is [[PHONE_NUMBER|+353 87 419 2260]] in case you need to call back.",
    "Her Aadhaar number [[ID_NUMBER|4829 1735 6028]] was linked to a new bank account without her consent.",
    "Send the signed lease to [[EMAIL_ADDRESS|p.nakashima@shinwa-realty.jp]] before Friday.",
    "[[PERSON|Fatima Al-Sayed]] (phone [[PHONE_NUMBER|+971 50 418 2736]]) will collect the keys from reception.",
    "The refund for order 88314 will go back to card [[CREDIT_CARD|4539 7182 0416 5533]], held by [[PERSON|Gareth Pryce]].",
    "Deliver to [[STREET_ADDRESS|Unit 4, 27 Wattle Street, Fitzroy VIC 3065]] and ring [[PHONE_NUMBER|0491 570 156]] on arrival.",
    "[[PERSON|Siobhan Kearney]] is a 34-year-old nurse from Galway who enjoys sea swimming and crochet.",
    "The SSN [[US_SSN|538-20-1847]] was entered twice on the benefits form for [[PERSON|Curtis Delgado]].",
    "Please confirm your new PIN [[PASSWORD|4826]] with the branch before using the card abroad.",
    "[[PERSON|Rajesh Kulkarni]] can be contacted at [[EMAIL_ADDRESS|rajesh.k@infoweave.in]] or [[PHONE_NUMBER|+91 98452 17360]].",
    "Our member [[PERSON|Beatriz Fonseca]], CPF [[ID_NUMBER|428.613.975-19]], asked to close her savings account.",
    "Bio: [[PERSON|Tomasz Wiśniewski]] is a structural engineer in Gdańsk; reach him at [[EMAIL_ADDRESS|t.wisniewski@poczta.pl]].",
    "Ticket 55102: user [[ID_NUMBER|a.kowalczyk]] cannot log in from [[IP_ADDRESS|2001:db8:4a1f::17]].",
    "Ms [[PERSON|Adaeze Okafor]] changed her billing address to [[STREET_ADDRESS|58 Harcourt Crescent, Sheffield S10 3PL]].",
    "The courier left the parcel with a neighbour at [[STREET_ADDRESS|Körnerstraße 17, 12169 Berlin]].",
    "Mr [[PERSON|Yusuf Demir]] presented Turkish ID [[ID_NUMBER|37491058210]] at check-in.",
    "My Singapore NRIC is [[ID_NUMBER|S8374612B]] and I live at [[STREET_ADDRESS|Blk 218 Bedok North Street 1, #07-112, Singapore 460218]].",
    "[[PERSON|Elena Popescu]] works as a pharmacist in Cluj and volunteers at the animal shelter on weekends.",
    "Flight LH 902: passenger [[PERSON|Kenji Watanabe]], frequent flyer number [[ID_NUMBER|992041873512]].",
    "Please update my phone number to [[PHONE_NUMBER|(312) 555-0188]].",
    "Our records list [[PERSON|Gabriela Sánchez Ortiz]] at [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]], phone [[PHONE_NUMBER|+52 55 3148 2976]].",
    "The payment card [[CREDIT_CARD|3782 615099 34412]] was added to the wallet of [[PERSON|Nathaniel Brooks]] yesterday.",
    "[[PERSON|Leilani Kahale]] won the regional spelling bee in 2009 and now teaches third grade in Hilo.",
    "Name: [[PERSON|Callum Fairbairn]]; National Insurance number: [[ID_NUMBER|JT 48 29 17 B]]; date of birth: 02/11/1987.",
    "Contact [[PERSON|Anneke de Vries]] at [[EMAIL_ADDRESS|anneke.devries@ziggo.nl]] about the bike she is selling.",
    "The IP address [[IP_ADDRESS|198.51.100.73]] belongs to the laptop of [[PERSON|Marcus Lindqvist]].",
    "Swedish personal number [[ID_NUMBER|850312-4276]] is registered to [[PERSON|Henrik Holmberg]].",
    "Dr [[PERSON|Amara Nwosu]] sees patients on Tuesdays at [[STREET_ADDRESS|14 Adeola Odeku Street, Victoria Island, Lagos 101241]].",
    "Billing: [[CREDIT_CARD|6011 5274 8093 1621]], exp 09/27, name on card [[PERSON|Owen Trelawney]].",
    "I'd like to change the account holder to my husband, [[PERSON|Diego Alarcón]].",
    "[[PERSON|Chloé Lefèvre]], 41, graphic designer, [[STREET_ADDRESS|17 rue des Tanneurs, 69004 Lyon]], [[PHONE_NUMBER|06 39 98 41 27]].",
    "Username [[ID_NUMBER|svetlana.orlova]] with password [[PASSWORD|Kashtan!2019]] was found in the leaked dump.",
    "[[PERSON|Ahmad Rahimi]]'s Canadian SIN is [[ID_NUMBER|527 318 646]].",
    "Please forward all invoices to [[EMAIL_ADDRESS|accounts.moreno@telefonica.net]], attention [[PERSON|Lucía Moreno]].",
    "The new tenant, [[PERSON|Priyanka Das]], moves into [[STREET_ADDRESS|Flat 402, Shanti Residency, 14th Cross, Indiranagar, Bengaluru 560038]] on the first.",
    "News: [[PERSON|Henrietta Blackwood]], founder and CEO of the payroll start-up Ledgerlark, stepped down on Monday after eleven years.",
    "Account holder [[PERSON|Jonas Weber]], IBAN [[IBAN_CODE|CH47 0900 0000 8471 9322 6]], requested a paper statement.",
    "I am [[PERSON|Mei Ling Tan]] and my mobile is [[PHONE_NUMBER|+65 9148 2735]].",
    "The passport [[ID_NUMBER|548391207]] issued to [[PERSON|Wyatt Holloway]] expires next June.",
    "Reservation for [[PERSON|Thandiwe Mokoena]], phone [[PHONE_NUMBER|+27 82 419 7730]], two guests, sea view.",
    "Send the contract to [[PERSON|Javier Iglesias]] at [[STREET_ADDRESS|Calle Mayor 57, 2º izq., 46001 Valencia]].",
    "[[PERSON|Park Ji-yeon]]'s resident registration number is [[ID_NUMBER|910727-2048133]].",
    "IP [[IP_ADDRESS|203.0.113.9]] tried the password of [[ID_NUMBER|hkowalski]] 40 times overnight.",
    "[[PERSON|Olamide Balogun]] paid with card [[CREDIT_CARD|4024 0071 3358 9266]] and asked for the receipt at [[EMAIL_ADDRESS|olamide.b@yahoo.com]].",
    "Please note that [[PERSON|Rosalind Achterberg]] has moved to [[STREET_ADDRESS|Vondelkade 88, 2023 KN Haarlem]].",
    "Customer service note: caller verified with SSN [[US_SSN|271-48-6603]] and asked for a callback on [[PHONE_NUMBER|(704) 555-0162]].",
    "[[PERSON|Nguyen Thi Lan]] lives at [[STREET_ADDRESS|45 Nguyễn Trãi, Phường 7, Quận 5, Thành phố Hồ Chí Minh 700000]].",
    "Her tax file number, [[ID_NUMBER|876 154 024]], was printed in full on the payslip [[PERSON|Brianna Cole]] received from her Perth employer.",
    "The delivery for [[PERSON|Rui Carvalho]] goes to [[STREET_ADDRESS|Rua da Boavista 212, 3.º Esq., 4050-105 Porto]].",
    "Our IT log shows [[ID_NUMBER|mokonkwo]] signed in from [[IP_ADDRESS|198.51.100.5]] at 04:12.",
    "Travel profile: [[PERSON|Sakura Ishikawa]], passport [[ID_NUMBER|TZ4827153]], mobile [[PHONE_NUMBER|080-3394-2618]].",
    "The account [[IBAN_CODE|GB47 BARC 2044 1763 9281 04]] belongs to [[PERSON|Imogen Ashcroft]].",
    "[[PERSON|Bartholomew Quaye]] is a retired postman from Accra who collects stamps.",
    "Please reset the password for [[EMAIL_ADDRESS|lena.hoffmann@web.de]]; the old one, [[PASSWORD|Sommer2023#]], was leaked.",
    "Dutch citizen service number [[ID_NUMBER|271948309]] belongs to [[PERSON|Sanne Bakker]].",
    "[[PERSON|Alejandro Cruz]] shipped the sample to [[STREET_ADDRESS|Av. Corrientes 2455, piso 6 B, C1040AAB Buenos Aires]].",
    "Driver licence [[ID_NUMBER|PENNI703148O99KT]] was scanned at the rental desk for [[PERSON|Oliver Pennington]].",
    "The guest in room 1204, [[PERSON|Seo-yeon Kim]], asked for a wake-up call; her number is [[PHONE_NUMBER|010-4827-3315]].",
    "New hire [[PERSON|Zainab Hussain]] gave [[EMAIL_ADDRESS|zainab.hussain@protonmail.com]] as her personal e-mail.",
    "[[PERSON|Maximilian Gruber]] of [[STREET_ADDRESS|Mariahilfer Straße 101/14, 1060 Wien]] ordered three copies.",
    "The loan from [[PERSON|Ruth Abernathy]] was repaid to [[IBAN_CODE|IE14 BOFI 9000 1748 1620 93]] on 3 May.",
]

# 60 formal enterprise narratives: audits, breaches, HR and payroll, insurance, loans, clinical notes.
ENTERPRISE = [
    "Audit finding 2024-17: during the quarterly access review, the service desk spreadsheet was found to store the domain password of employee [[PERSON|Gregory Addo]] (employee no. [[ID_NUMBER|E-204871]]) in clear text as [[PASSWORD|Winter#Harbour88]]. The password has been rotated and the spreadsheet removed from the shared drive.",
    "Notice of data incident. Dear [[PERSON|Margaret Ellison]], on 14 February an unauthorised party accessed a file server containing your name, your address at [[STREET_ADDRESS|219 Orchard Hill Road, Frederick, MD 21701]] and your Social Security number, [[US_SSN|159-62-0734]]. Your member number [[ID_NUMBER|MBR-6613820]] has been reissued and two years of credit monitoring are offered at no cost.",
    "HR file note: [[PERSON|Samuel Oduya]] (employee ID [[ID_NUMBER|40017562]]) reported a change of bank details on 2 April. Salary from the May payroll onwards will be paid to [[IBAN_CODE|NL33 RABO 0318 4729 65]] instead of the previous account.",
    "Payroll exception: net pay for employee [[ID_NUMBER|EMP-77314]], [[PERSON|Lorna McTavish]], was returned by the bank because account [[IBAN_CODE|GB10 NWBK 6072 8419 3055 62]] had been closed. Payroll will reissue the amount by cheque to [[STREET_ADDRESS|6 Kirkgate Wynd, Dunfermline KY12 7QP]].",
    "Policy holder [[PERSON|Bernard Okonjo]], policy holder number [[ID_NUMBER|PH-3308127]], reported water damage to the kitchen at [[STREET_ADDRESS|77 Cedar Ridge Court, Naperville, IL 60540]]. Claim CL-22019 has been opened and an adjuster will call him on [[PHONE_NUMBER|(630) 555-0147]] within two working days.",
    "Loan file LN-88120: applicant [[PERSON|Patricia Nkemelu]], SSN [[US_SSN|604-31-9258]], customer number [[ID_NUMBER|CUS-0049182]], requests a 15-year fixed-rate mortgage. Income was verified against two payslips and repayments will be drawn from checking account [[ID_NUMBER|004417829163]].",
    "Clinical note. Patient [[PERSON|Eleanor Fitzgerald]], NHS number [[ID_NUMBER|638 201 4575]], hospital number [[ID_NUMBER|RX4471920]], attended with a three-day history of productive cough. Chest clear on auscultation; advised fluids and given safety-netting advice. Next of kin: daughter [[PERSON|Claire Fitzgerald]], [[PHONE_NUMBER|07700 900512]].",
    "Internal audit observed that the firewall administrator account [[ID_NUMBER|fw-admin-dkaur]], assigned to [[PERSON|Dalbir Kaur]], still used the password [[PASSWORD|Kaur2020!]] and was accessed from [[IP_ADDRESS|198.51.100.140]] without multi-factor authentication. Recommendation: enforce MFA and rotate the credential within five days.",
    "The vendor confirmed that a misconfigured storage bucket exposed the claim form of policy holder [[PERSON|Hamid Farouk]], which listed his policy holder number [[ID_NUMBER|PHN-5521907]], his mobile [[PHONE_NUMBER|+44 7700 900733]] and his e-mail [[EMAIL_ADDRESS|hfarouk@btinternet.com]].",
    "HR case summary: on 9 October, [[PERSON|Kieran Boateng]] (staff no. [[ID_NUMBER|S-118402]]) was found to have shared his door badge PIN, [[PASSWORD|7391]], with a contractor. A written warning was issued and the PIN was reset the same day.",
    "Beneficiary change request: policy holder [[PERSON|Yvonne Achebe]] (holder no. [[ID_NUMBER|LH-2047761]]) names her nephew [[PERSON|Tobenna Achebe]] as sole beneficiary. Any payment is to be made to [[IBAN_CODE|BE62 3101 8462 7361]].",
    "Discharge summary: [[PERSON|Rahul Venkataraman]], MRN [[ID_NUMBER|MRN-00581274]], was admitted with community-acquired pneumonia, treated with intravenous antibiotics and discharged home to [[STREET_ADDRESS|12 Gandhi Nagar 3rd Street, Adyar, Chennai 600020]]. GP follow-up in one week.",
    "Payroll correction for pay period 14: employee [[PERSON|Agnieszka Nowak]], personnel number [[ID_NUMBER|PN-20931]], PESEL [[ID_NUMBER|88051437624]], was under-taxed by 312 PLN. The difference will be deducted in three equal monthly instalments.",
    "Security incident report: at 02:14 UTC an attacker using [[IP_ADDRESS|203.0.113.88]] logged in as [[ID_NUMBER|rthornbury]] with the password [[PASSWORD|Bl@ckfen2022]]. The account belongs to [[PERSON|Russell Thornbury]], a payroll administrator, and was disabled at 02:31.",
    "Credit committee minute: the overdraft extension for [[PERSON|Giulia Bianchi]], codice fiscale [[ID_NUMBER|BNCGLI91E63F205Z]], customer number [[ID_NUMBER|CL-774102]], was approved up to EUR 15,000 subject to a salary mandate on her current account.",
    "Nursing note: patient [[PERSON|Hemi Tawhiri]], patient number [[ID_NUMBER|PT-5530271]], reported pain of 6/10 on the second day after hip replacement. His wife [[PERSON|Aroha Tawhiri]] asked to be called on [[PHONE_NUMBER|+64 21 482 9937]] before any change in medication.",
    "Finding 7: the legacy CRM exports contain full card numbers. Sample record: [[PERSON|Desmond Oyelaran]], card [[CREDIT_CARD|4916 2038 5571 9048]], customer number [[ID_NUMBER|C-0093317]]. Cardholder data must be truncated or tokenised under PCI DSS requirement 3.4.",
    "We regret to inform you, [[PERSON|Klaus Reinholt]], that your portal login [[ID_NUMBER|kreinholt]] and an old password, [[PASSWORD|Fussball1974!]], were exposed in a breach of our customer portal. Please change that password on any other site where you may have reused it.",
    "Leave record: [[PERSON|Ayesha Siddiqui]] (employee ID [[ID_NUMBER|HR-55021]]) is on maternity leave from 3 June. Her emergency contact is her husband, [[PERSON|Imran Siddiqui]], on [[PHONE_NUMBER|+44 20 7946 0381]].",
    "Motor policy holder [[PERSON|Tyrone Jefferson]], holder ID [[ID_NUMBER|MTR-0817734]], driver licence [[ID_NUMBER|J521-804-77-312-0]], reported a rear-end collision on the interstate near Jacksonville. The other driver's insurer has been notified and a rental car authorised.",
    "Lab result notification: potassium of 6.1 mmol/L for patient [[PERSON|Walter Osei-Tutu]], patient ID [[ID_NUMBER|P-4410928]]. The on-call registrar was informed and repeat bloods were requested. Contact the patient at [[PHONE_NUMBER|020 7946 0927]] to return today.",
    "Personal loan application 2024-0519: [[PERSON|Aino Virtanen]], personal identity code [[ID_NUMBER|150386-472H]], applies for EUR 12,000 over five years for home renovation. Funds are to be paid to [[IBAN_CODE|FI97 4711 0520 0182 93]] after signature.",
    "Access review exception: former employee [[PERSON|Gordon Pike]] (employee no. [[ID_NUMBER|71-20394]]) still had VPN access on 30 June; his last login came from [[IP_ADDRESS|192.0.2.61]] on 28 June, twelve days after his leaving date.",
    "Ransomware incident summary: the exfiltrated files include the scanned passport of [[PERSON|Lucinda Marlowe]] (passport no. [[ID_NUMBER|533817204]]) and her home address, [[STREET_ADDRESS|41 Wellington Terrace, Clifton, Bristol BS8 4LE]]. She has been informed in writing.",
    "Reference check: [[PERSON|Emeka Chukwu]] worked for us as a forklift operator from 2017 to 2022 under employee number [[ID_NUMBER|WH-30217]]. Further questions can go to the referee, [[PERSON|Doreen Walsh]], at [[EMAIL_ADDRESS|d.walsh@harbourlogistics.co.uk]].",
    "Pre-authorisation request: member [[PERSON|Sunita Reddy]], member number [[ID_NUMBER|HLT-9902184]], requires an MRI of the lumbar spine following six weeks of radicular pain. Treating physician: Dr [[PERSON|Alan Cheung]], orthopaedics.",
    "Psychiatry clinic letter: [[PERSON|Jonah Abramowitz]] (patient no. [[ID_NUMBER|PSY-210447]]) continues sertraline 100 mg daily. He lives alone at [[STREET_ADDRESS|Apt 5C, 310 West 97th Street, New York, NY 10025]] and has agreed to a written crisis plan.",
    "Year-end payroll check: the W-2 prepared for [[PERSON|Monique Fairchild]] showed SSN [[US_SSN|730-15-4482]] while the HR system holds [[US_SSN|730-15-4428]]; the correct number was confirmed with the employee before filing.",
    "Phishing incident: on 5 March [[PERSON|Stefan Novak]] entered his login [[ID_NUMBER|snovak]] and password [[PASSWORD|Greyfield!Spring24]] on a fake sign-in page; the attacker connected from [[IP_ADDRESS|198.51.100.199]] within the hour and set up a forwarding rule.",
    "Mortgage offer: the bank will lend GBP 182,000 to [[PERSON|Callum Reid]] and [[PERSON|Fiona Reid]] for the purchase of [[STREET_ADDRESS|9 Larch Grove, Livingston EH54 6HR]]. Monthly repayments will be collected from their joint account [[ID_NUMBER|71829304]].",
    "Paediatric note: [[PERSON|Amelie Schröder]], aged 6, hospital number [[ID_NUMBER|KH-3302918]], seen with her mother [[PERSON|Katrin Schröder]] for recurrent ear infections. Referred to ENT; parent contact [[PHONE_NUMBER|+49 40 66969 214]].",
    "Audit of the student records system: the test environment holds a real record for [[PERSON|Isabella Ferreira]], student number [[ID_NUMBER|20194417]], including her personal e-mail [[EMAIL_ADDRESS|isa.ferreira@gmail.com]]. Production data must be masked before it is copied to test.",
    "Travel insurance claim: insured person [[PERSON|Diyar Karimi]], policy holder number [[ID_NUMBER|TRV-6620041]], passport [[ID_NUMBER|P8820317]], lost checked luggage on a flight to Istanbul. Compensation of EUR 640 will be paid to [[IBAN_CODE|AT56 2011 1829 3041 7652]].",
    "Grievance log: [[PERSON|Mariana Pacheco]] (employee [[ID_NUMBER|E-330918]]) alleges that her supervisor, [[PERSON|Derek Vance]], read her private messages on a shared terminal. The investigation has been assigned to HR partner [[PERSON|Olu Adeyemi]].",
    "Data breach notification to the regulator: the lost laptop held an unencrypted spreadsheet with the names and card numbers of 212 customers, for example [[PERSON|Henry Ashdown]], card [[CREDIT_CARD|5412 7730 1968 2452]]. All affected cards have been cancelled.",
    "GP consultation: [[PERSON|Moira Kilbride]], NHS number [[ID_NUMBER|402 817 3655]], type 2 diabetes, HbA1c 58 mmol/mol. Advised to keep a glucose diary; her carer [[PERSON|Janet Moody]] can be reached on [[PHONE_NUMBER|0131 496 0732]].",
    "Collections note: borrower [[PERSON|Anthony Ruiz]], loan account [[ID_NUMBER|LA-20047139]], has missed three payments. Last known address [[STREET_ADDRESS|1820 Sunset Vista Blvd, Apt 12, Henderson, NV 89052]]; mobile [[PHONE_NUMBER|(702) 555-0173]].",
    "Penetration test finding: a configuration file on the intranet server exposed the database password [[PASSWORD|qZ7!mLp2#vR9]] of developer [[PERSON|Niamh Cullen]], whose login [[ID_NUMBER|ncullen]] also holds domain administrator rights.",
    "Payroll note: overtime for [[PERSON|Thabo Nkosi]], employee number [[ID_NUMBER|ZA-44107]], South African ID [[ID_NUMBER|8804195127086]], was paid twice in March. Recovery has been agreed in two instalments.",
    "Home insurance renewal: policy holder [[PERSON|Gwen Pritchard]], holder number [[ID_NUMBER|HH-7741093]], insured address [[STREET_ADDRESS|Ty Newydd, 3 Heol y Parc, Llandeilo SA19 6AB]]. The premium will be collected by direct debit from [[IBAN_CODE|GB23 LOYD 3096 2248 1033 75]].",
    "Emergency department triage: a man brought in by ambulance was identified from his wallet as [[PERSON|Darnell Hughes]], driver licence [[ID_NUMBER|H420-7719-3382]]. His sister, [[PERSON|Keisha Hughes]], was informed by phone at [[PHONE_NUMBER|(404) 555-0131]].",
    "Expense audit: claims submitted by [[PERSON|Viktor Hallgren]] (employee [[ID_NUMBER|SE-20871]]) were reimbursed to a personal account, [[IBAN_CODE|SE15 8000 0832 7900 4127 3856]], rather than the payroll account on file. Finance has been asked to confirm the change.",
    "Notification: the customer list leaked from our Osaka branch includes [[PERSON|Yuki Morimoto]], customer number [[ID_NUMBER|JP-0331872]], My Number [[ID_NUMBER|4821 7305 9161]] and home telephone [[PHONE_NUMBER|06-6342-1187]]. Each affected customer has been sent a letter of apology.",
    "Onboarding checklist for [[PERSON|Lachlan Price]]: employee ID [[ID_NUMBER|AU-30552]], tax file number [[ID_NUMBER|459 203 718]], super fund member number [[ID_NUMBER|SF-88102774]], mobile [[PHONE_NUMBER|0491 570 389]]. Laptop and badge to be ready by Monday.",
    "Dental record: [[PERSON|Beatrix Kowal]], patient no. [[ID_NUMBER|DN-17705]], extraction of the lower left third molar under local anaesthetic. Recall in six months; reminders to [[EMAIL_ADDRESS|bea.kowal@onet.pl]]. The patient tolerated the procedure well.",
    "Vehicle finance agreement: hirer [[PERSON|Rashid Bello]], customer no. [[ID_NUMBER|VF-5512039]], address [[STREET_ADDRESS|33 Osborne Avenue, Southport QLD 4215]], phone [[PHONE_NUMBER|+61 491 570 844]]. The balloon payment falls due in month 48.",
    "Audit trail excerpt: user [[ID_NUMBER|mchandra]] ([[PERSON|Meera Chandra]]) exported 4,812 patient records at 23:47 from workstation IP [[IP_ADDRESS|192.0.2.230]]. The export was not authorised and has been referred to the privacy officer.",
    "Credential stuffing report: the account of [[PERSON|Olivia Bennett-Shaw]] ([[EMAIL_ADDRESS|olivia.bshaw@icloud.com]]) was accessed with the reused password [[PASSWORD|Buttercup!91]] from [[IP_ADDRESS|203.0.113.155]]. A password reset has been forced and the customer has been advised not to reuse passwords.",
    "Exit record: [[PERSON|Gustavo Peralta]], employee number [[ID_NUMBER|MX-71023]], resigned effective 31 January. The final settlement letter is to be sent to [[STREET_ADDRESS|Calle Hidalgo 418, Col. Centro, 44100 Guadalajara]].",
    "Pet insurance: policy holder [[PERSON|Harriet Quigley]], holder no. [[ID_NUMBER|PET-220184]], claimed for her dog's cruciate ligament surgery. The settlement will be refunded to card [[CREDIT_CARD|5236 9104 4827 0160]].",
    "Tumour board outcome: [[PERSON|Rosa Jiménez Vidal]], clinical record [[ID_NUMBER|HC-0082741]], DNI [[ID_NUMBER|48271936L]], stage II breast carcinoma; proceed to lumpectomy. The patient is to be informed by phone on [[PHONE_NUMBER|+34 612 48 39 07]].",
    "Segregation-of-duties review: [[PERSON|Pieter van Dam]] (user [[ID_NUMBER|pvdam]]) both created and approved vendor payments to [[IBAN_CODE|NL81 INGB 0007 7412 96]], an account registered to his brother-in-law, [[PERSON|Koen Smit]].",
    "Incident 4471 closure: the stolen backup tape contained HR data including the SSN [[US_SSN|326-09-7715]] and home address [[STREET_ADDRESS|5502 Bluebonnet Trail, Round Rock, TX 78681]] of employee [[PERSON|Carla Mendoza]]. Notification letters were sent on 2 May.",
    "Salary sacrifice form: [[PERSON|Oisín Mac Giolla]] (payroll number [[ID_NUMBER|IE-20913]], PPS number [[ID_NUMBER|6482915V]]) elects to contribute 8% of basic salary to the company pension scheme from the next pay date.",
    "Referral letter: Dear Dr [[PERSON|Lindiwe Dube]], I am referring [[PERSON|Sipho Mahlangu]] (hospital number [[ID_NUMBER|CH-2291047]]) for assessment of new atrial fibrillation. He can be reached on [[PHONE_NUMBER|+27 72 508 1164]].",
    "Student loan deferment granted to [[PERSON|Kaitlyn O'Rourke]], borrower ID [[ID_NUMBER|SL-40931827]], SSN [[US_SSN|487-56-2391]], until she completes her medical residency. Interest continues to accrue during the deferment.",
    "Privileged access audit: the root password of the payroll server, [[PASSWORD|P@yr0ll-Root-7731]], was known to both [[PERSON|Bogdan Ilie]] and [[PERSON|Corina Stan]], although only one of them is on the approved administrator list.",
    "Subrogation file: policy holder [[PERSON|Eun-ji Choi]], holder number [[ID_NUMBER|PH-4481207]], address [[STREET_ADDRESS|Apt 1204, 55 Teheran-ro 23-gil, Gangnam-gu, Seoul 06142]]. Recovery will be sought from the contractor responsible for the burst pipe.",
    "Pharmacy intervention: patient [[PERSON|Hassan Jaber]], patient ID [[ID_NUMBER|PAT-771209]], was prescribed warfarin together with clarithromycin; the prescriber was informed. The patient's e-mail for follow-up is [[EMAIL_ADDRESS|h.jaber@hotmail.com]].",
    "Background check consent: [[PERSON|Aleksandra Petrović]], date of birth 14/08/1990, passport [[ID_NUMBER|012874519]], current address [[STREET_ADDRESS|Bulevar oslobođenja 64, 21000 Novi Sad]], e-mail [[EMAIL_ADDRESS|a.petrovic@eunet.rs]]. The candidate consents to checks of criminal records and previous employment.",
]

# 80 chat requests to an assistant, a hospital bot or an IT help desk: the first 27 in lower case.
CHAT = [
    "hey can you write a short text to my landlord [[PERSON|gary whitmore]] saying the boiler is broken again, his number is [[PHONE_NUMBER|07700 900264]] if that helps",
    "my wifi password is [[PASSWORD|lemontree4417]] and my laptop still won't connect, what should i check first",
    "hi, i need to reschedule my appointment, my name is [[PERSON|anita sharma]] and my patient number is [[ID_NUMBER|hn-4418203]]",
    "i forgot my login for the staff portal, username is [[ID_NUMBER|jmorales2]] and i think the last password was [[PASSWORD|morales#0917]]",
    "can you help me write a birthday message for my grandma [[PERSON|edna]], she's turning 90 and lives at [[STREET_ADDRESS|14 primrose lane, whitby yo21 3hd]]",
    "my sister [[PERSON|lucy tran]] keeps getting texts from a number she doesn't know, her phone is [[PHONE_NUMBER|0491 570 612]], is there a way to block them on android",
    "what's the best way to ask my boss [[PERSON|raymond]] for a raise, he prefers email so i'd send it to [[EMAIL_ADDRESS|raymond.oakes@brightline.io]]",
    "the hospital portal locked me out after three tries, my mrn is [[ID_NUMBER|0072841]] and my date of birth is 3 april 1961",
    "pls remind me to pay [[PERSON|kofi]] back the 40 quid, his account number is [[ID_NUMBER|63928177]]",
    "is it safe to send my card number [[CREDIT_CARD|4485 3319 0627 7418]] over email to the hotel or should i call them",
    "my dad [[PERSON|tomás ferreira]] needs to update his address to [[STREET_ADDRESS|rua augusta 1508, apto 72, consolação, são paulo - sp, 01304-001]], can you draft the email to his bank",
    "need help resetting the vpn on my work laptop, it's asking for my employee id which is [[ID_NUMBER|77201456]] and the ip it shows is [[IP_ADDRESS|198.51.100.38]]",
    "my son [[PERSON|ethan]] has had a fever of 39.2 since last night, he's 4, should i bring him to the er or call the nurse line",
    "write a polite message to [[PERSON|priya]] and [[PERSON|dev]] telling them the dinner is moved to saturday",
    "the alarm code at my mum's house is [[PASSWORD|3804]], can you remind me how to reset it on a yale panel",
    "i'm [[PERSON|bilal qureshi]], room 412, can someone from it help me, my email [[EMAIL_ADDRESS|bilal.qureshi@northgate-health.org]] stopped syncing on my phone",
    "how do i tell my flatmate [[PERSON|jess]] that she owes 320 for bills without sounding rude",
    "can you check if this ssn format is right for my tax form: [[US_SSN|218-84-6057]]",
    "my partner [[PERSON|marco bellini]] is in ward 7 after surgery, his hospital number is [[ID_NUMBER|bg-5531902]], when are visiting hours",
    "i got a weird login alert from [[IP_ADDRESS|203.0.113.201]] on my account [[ID_NUMBER|chloe_r_88]], was that me or a hacker",
    "please write a reference for my former nanny [[PERSON|rosa quispe]], she can be reached at [[PHONE_NUMBER|+51 987 412 036]] or [[EMAIL_ADDRESS|rosaquispe.h@gmail.com]]",
    "help me split the rent with [[PERSON|hamza]] and [[PERSON|yara]], [[PERSON|hamza]] pays 55 percent and the flat is 1400 a month",
    "printer on 3rd floor won't take my badge, my staff number is [[ID_NUMBER|t-40982]] and my pin is [[PASSWORD|6619]]",
    "my neighbour mrs [[PERSON|okafor]] at [[STREET_ADDRESS|22 beech road, didsbury, manchester m20 6ux]] has had no heating for two days, who do i call",
    "can you translate this for my uncle [[PERSON|kenji]]: the train leaves at 7, call me on [[PHONE_NUMBER|090-7715-2284]] if you get lost",
    "i need to transfer money to my cousin [[PERSON|ana lucía paredes]] in spain, her iban is [[IBAN_CODE|es72 2100 0813 6702 0184 7365]], how long does a sepa transfer take",
    "my daughter [[PERSON|maya]] is allergic to penicillin, can you note that for her appointment tomorrow, patient id [[ID_NUMBER|ped-220914]]",
    "Hi, I'm [[PERSON|Daniel Osei]] and I can't get into my work email. My username is [[ID_NUMBER|dosei]] and I reset the password to [[PASSWORD|Accra!Lights22]] this morning, but Outlook still says it's wrong. What should I try?",
    "Can you draft a short letter to my landlord, [[PERSON|Philippa Greaves]], at [[STREET_ADDRESS|Flat 3, 41 Marlborough Road, Oxford OX1 4LP]], asking for my deposit back? I moved out on 30 June.",
    "My mother, [[PERSON|Rukhsana Begum]], has a cardiology appointment next week. Her NHS number is [[ID_NUMBER|485 772 0191]]. Can you tell me which entrance is closest to the heart unit?",
    "Please write a wedding toast for my best friend [[PERSON|Connor Maguire]] and his fiancée [[PERSON|Aisling Byrne]]. They met at a pub quiz in Cork.",
    "I keep getting locked out of the hospital's patient app. Name: [[PERSON|Gloria Esposito]], date of birth 12/09/1958, patient number [[ID_NUMBER|0451-228-97]], mobile [[PHONE_NUMBER|(617) 555-0104]]. Can you unlock it?",
    "Our new intern, [[PERSON|Tariq Hamdan]], needs a laptop and an account. His personal e-mail is [[EMAIL_ADDRESS|tariq.hamdan99@gmail.com]] and he starts Monday. What do I need to submit to IT?",
    "Help me write a reminder to my tenant [[PERSON|Jurgen Vos]] that rent is due. He pays into [[IBAN_CODE|LU22 0019 4051 7283 0000]] and is two weeks late.",
    "What's a good leaving gift for my colleague [[PERSON|Haruka Sato]], who is moving to Osaka? I only know she likes tea and hiking.",
    "My card [[CREDIT_CARD|4716 8820 3954 0685]] was charged twice by the pharmacy. How do I dispute it with my bank?",
    "Can you find a kind way to tell my brother [[PERSON|Idris]] that I can't lend him money again? He texts me from [[PHONE_NUMBER|+44 7700 900887]] every day.",
    "The shared drive says access denied for user [[ID_NUMBER|kwilliams4]]. That's me, [[PERSON|Kendra Williams]], in accounts. My machine's IP is [[IP_ADDRESS|192.0.2.114]].",
    "My husband [[PERSON|Adebola Ogunleye]] was brought to A&E last night. Can you tell me which ward he is on? His date of birth is 7 March 1975.",
    "Please help me fill in the visa invitation letter for my friend [[PERSON|Nguyen Van Minh]]; he will stay with me at [[STREET_ADDRESS|8 Rosebery Avenue, Croydon CR0 2QT]] for three weeks.",
    "I think someone is using my Netflix. The login is [[EMAIL_ADDRESS|marta.kowalska@wp.pl]] and the password is [[PASSWORD|Zielony_Las7]]. Should I change it or call support first?",
    "Draft a message to my piano teacher, [[PERSON|Evgenia Volkova]], cancelling Thursday's lesson; her number is [[PHONE_NUMBER|030 23125 640]] and she prefers texts.",
    "Can you turn this into a nice Christmas card text: Dear Auntie [[PERSON|Pam]] and Uncle [[PERSON|Roger]], thank you for the scarf, it's lovely.",
    "My daughter [[PERSON|Lily Chen]] starts at a new school and they want emergency contacts. Can you format these: me, [[PERSON|Grace Chen]], [[PHONE_NUMBER|(415) 555-0152]], and her grandfather [[PERSON|Wen Chen]], [[PHONE_NUMBER|(415) 555-0196]].",
    "I'm locked out of my Windows account at work. Employee ID [[ID_NUMBER|EMP0048221]], and the temporary password I was given, [[PASSWORD|Tmp-Rb48!kq]], doesn't work.",
    "My father [[PERSON|Ignatius Mwangi]] needs a wheelchair at the main entrance tomorrow at 9. Please call me, his son [[PERSON|Peter Mwangi]], on [[PHONE_NUMBER|+254 722 419 058]].",
    "I need to email my accountant [[PERSON|Howard Lim]] my SSN for the tax return. Is it OK to just write [[US_SSN|093-41-8826]] in the email body?",
    "Can you check my Python script? It logs in as [[ID_NUMBER|r.banerjee]] with the password [[PASSWORD|Kolkata@1987]] hard-coded. I know that's bad, but how do I fix it?",
    "We're planning a surprise party for [[PERSON|Marguerite Dubois]]. Her husband [[PERSON|Alain Dubois]] said to contact him at [[EMAIL_ADDRESS|alain.dubois@orange.fr]] so she doesn't see the messages.",
    "The door code for our holiday flat is [[PASSWORD|7B4419]] and the owner, [[PERSON|Katerina Papadaki]], said to call [[PHONE_NUMBER|+30 694 718 2203]] if it fails. Can you write this up for my friends?",
    "My ex, [[PERSON|Trevor Banks]], keeps posting my old address, [[STREET_ADDRESS|2907 Linden Ave, Apt 4, Richmond, VA 23220]], online. What can I do legally?",
    "Can the help desk move my phone extension? I'm [[PERSON|Fernanda Lima]] in procurement, login [[ID_NUMBER|flima]], and my mobile for the MFA app is [[PHONE_NUMBER|+55 11 98732-4410]].",
    "Please write an out-of-office reply that says urgent matters go to my colleague [[PERSON|Rohan Pillai]] at [[EMAIL_ADDRESS|rohan.pillai@sunbridge-consulting.com]].",
    "I'm a patient of Dr [[PERSON|Ingrid Halvorsen]]. My patient ID is [[ID_NUMBER|NO-882017]] and I need a repeat prescription for levothyroxine. Can you send the request?",
    "My friend [[PERSON|Luca Ferrari]] got an email asking him to confirm his codice fiscale, [[ID_NUMBER|FRRLCU86B14H501Z]], and his card number. Is this a scam?",
    "I run a small book club. Can you make a table of members: [[PERSON|Joan Pemberton]] ([[EMAIL_ADDRESS|joanpem@btinternet.com]]), [[PERSON|Ravi Kapoor]] ([[EMAIL_ADDRESS|ravikapoor61@gmail.com]]), [[PERSON|Delphine Moreau]] ([[EMAIL_ADDRESS|d.moreau@free.fr]]).",
    "The hospital asked for my insurance member number before the scan: [[ID_NUMBER|XKH 904 118 372]]. I'm [[PERSON|Brandon Tate]]. Will they bill me directly?",
    "Our router admin password is still [[PASSWORD|Kittiwake#55]] and the wifi key is [[PASSWORD|BlueHeron-2231]]. Can you explain how to change both on a TP-Link?",
    "Please help me write a condolence note to [[PERSON|Margarethe Lindner]], whose husband [[PERSON|Ernst]] died last week. Her address is [[STREET_ADDRESS|Am Weinberg 7, 69117 Heidelberg]].",
    "My Aadhaar [[ID_NUMBER|7316 0482 9157]] is linked to an old phone number, [[PHONE_NUMBER|+91 99020 58314]]. How do I update it online?",
    "Can you write an email to the school saying [[PERSON|Oscar]] will be picked up by his aunt, [[PERSON|Sienna Ward]], today? Her mobile is [[PHONE_NUMBER|07700 900145]].",
    "Got a new laptop from IT. It asks me to sign in; my UPN is [[EMAIL_ADDRESS|j.ababio@keystonefreight.com]] and the one-time code sent to my phone expired. Who do I contact?",
    "Is this a phishing email? It says my account [[ID_NUMBER|00193847261]] at the credit union will be closed unless I confirm my SSN [[US_SSN|761-38-5049]] within 24 hours.",
    "I'm organising a carpool. Drivers: [[PERSON|Megan Holt]] [[PHONE_NUMBER|(503) 555-0127]] and [[PERSON|Luis Arroyo]] [[PHONE_NUMBER|(503) 555-0159]]. Can you make a rota for five weekdays?",
    "My mother [[PERSON|Shirin Tehrani]] has dementia and keeps forgetting her PIN, which is [[PASSWORD|0915]]. Is there a safer way to let her pay at the shop?",
    "Please check this bank transfer before I send it: to [[PERSON|Aurelio Santangelo]], IBAN [[IBAN_CODE|PT12 0035 0097 0004 7261 8351 1]], reference 'bike'.",
    "Our receptionist [[PERSON|Bronwyn Hale]] clicked a link and now her PC at [[IP_ADDRESS|192.0.2.17]] shows a ransom note. What do we do first?",
    "Can you write my bio for the conference? I'm Dr [[PERSON|Sunil Varma]], a paediatric oncologist in Pune; people can reach me at [[EMAIL_ADDRESS|sunil.varma@jehangir-onco.in]].",
    "Hi, this is [[PERSON|Abigail Thornton]] in room 7 on Rowan Ward. Can you order a vegetarian lunch for me? My wristband number is [[ID_NUMBER|RW-660318]].",
    "I need to send a parcel to my friend [[PERSON|Kim Thuy Pham]] at [[STREET_ADDRESS|Unit 1205, 88 Jupiter Street, Bel-Air, Makati City 1209]]. Which courier is cheapest from Vancouver?",
    "My colleague [[PERSON|Jasper Lindgren]] left his password, [[PASSWORD|Kanelbulle!8]], on a sticky note. Should I report it to IT or just tell him?",
    "Please help me contest a parking fine. Name: [[PERSON|Caroline Ashby]], address [[STREET_ADDRESS|12 Queen's Parade, Cheltenham GL50 3BA]], driving licence [[ID_NUMBER|ASHBY756218C99LM]].",
    "Could you write a thank-you note to the midwife [[PERSON|Precious Dlamini]], who delivered our son on Tuesday? I'll send it to [[EMAIL_ADDRESS|precious.dlamini@nhs.net]].",
    "I'm [[PERSON|Javad Moradi]]. My phone [[PHONE_NUMBER|+98 912 418 3306]] was stolen and the thief may get into my banking app. What should I do in the next hour?",
    "Please add my new colleague [[PERSON|Tilde Andersen]] to the Finance Teams channel. Her user is [[ID_NUMBER|tiand]] and her desk machine is [[IP_ADDRESS|2001:db8:1c0:7::42]].",
    "Can you summarise my symptoms for the doctor? I'm [[PERSON|Rebecca Stone]], 52, dizzy spells for two weeks, on amlodipine. Patient number [[ID_NUMBER|40021987]].",
    "My sister-in-law [[PERSON|Nadia Haddad]] wants to rent our spare room. Can you write a simple agreement? The address is [[STREET_ADDRESS|19 Pinecrest Road, Hamilton, ON L8P 2X4]] and she can be reached at [[PHONE_NUMBER|(905) 555-0181]].",
    "Please reset my VPN password. I'm [[PERSON|Henrik Dahl]], employee [[ID_NUMBER|4471-SE]], and my old password [[PASSWORD|Fjallraven_91]] expired yesterday.",
    "Can you format a contact card for my plumber, [[PERSON|Stavros Nikolaidis]], [[PHONE_NUMBER|0491 570 920]], [[EMAIL_ADDRESS|stavros.plumbing@bigpond.com]]?",
    "My girlfriend [[PERSON|Yasmin Farah]] wants to know if the hospital got her blood results. Her patient number is [[ID_NUMBER|HF-3308841]] and her phone is [[PHONE_NUMBER|+44 7700 900356]].",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks.
CLEAN_MTBENCH = [
    "Write a persuasive blog post about why small towns should invest in public libraries, with three concrete arguments and a catchy title.",
    "Pretend you are a lighthouse keeper in the 1890s writing a diary entry on the night of a terrible storm.",
    "Draft a professional email to a supplier asking for a two-week extension on an invoice payment, keeping it under 120 words.",
    "Explain the difference between a stack and a queue to a twelve-year-old, using everyday examples.",
    "Write a Python function that returns the longest palindromic substring of a string and explain its time complexity.",
    "If a train leaves at 3:15 pm and travels 210 km at an average speed of 84 km/h, at what time does it arrive? Show your reasoning step by step.",
    "Rewrite the following sentence in a more formal register: 'We kinda messed up the launch, so we're gonna push it back a bit.'",
    "Act as a sommelier and suggest wine pairings for a three-course vegetarian dinner: beetroot soup, mushroom risotto and lemon tart.",
    "Compare the economic causes of the French Revolution with those of the American Revolution in a short essay of about 300 words.",
    "Extract all the dates and amounts from this text and return them as JSON: 'The first payment of $1,200 is due on 4 May, the second of $850 on 1 August.'",
    "Describe how photosynthesis works in a way a curious ten-year-old would enjoy, then give a one-sentence summary for an adult.",
    "Imagine you are Sherlock Holmes. Deduce what you can about a visitor from a muddy left boot and a torn train ticket.",
    "Write a sequence of four haiku about the changing seasons in a city park.",
    "A bat and a ball cost $1.10 together, and the bat costs $1.00 more than the ball. How much does the ball cost? Explain why the intuitive answer is wrong.",
    "Critique the following argument: 'Since ice cream sales and drowning rates rise together, ice cream must cause drowning.'",
    "Write a SQL query that finds the three products with the highest total revenue from the tables orders(product_id, quantity, price) and products(id, name).",
    "Propose five names for a new coffee shop that focuses on sustainability, with a one-line explanation for each.",
    "Summarise the plot of Romeo and Juliet in exactly five sentences, then rewrite it as a tabloid headline.",
    "You are a career coach. Give advice to someone who wants to move from teaching into software development within a year.",
    "Explain what a p-value is, list two common misinterpretations, and give a short example from medicine.",
]

CLEAN_VICUNA = [
    "What are some practical ways to stay focused when working from home?",
    "What are the main differences between Python and JavaScript for a beginner?",
    "How do vaccines train the immune system to recognise a virus?",
    "What are the most effective ways to deal with stress before an exam?",
    "How might the world be different if the printing press had never been invented?",
    "Why do some countries drive on the left side of the road and others on the right?",
    "How many times does the average human heart beat in a lifetime? Walk me through your estimate.",
    "What are the pros and cons of fully electric cars compared with hybrid cars?",
    "As a pirate captain, what would you say to motivate your crew to search for hidden treasure?",
    "How can governments use fiscal policy to fight a recession?",
    "What factors should I consider when choosing between renting and buying a home?",
    "Can you explain how a blockchain works without using technical jargon?",
    "What would happen to agriculture if bees disappeared from the planet?",
    "How do language and culture shape the way people express politeness?",
    "What are some tips for writing a strong cover letter?",
    "How does social media influence the way people consume news?",
    "If you were a medieval knight, how would you introduce yourself at a royal banquet?",
    "What are the main challenges of establishing a permanent settlement on Mars?",
    "How can cities reduce traffic congestion without building more roads?",
    "How many snowflakes fall during a typical winter? Explain your reasoning step by step.",
]

CLEAN_GSM8K = [
    "Omar buys 3 notebooks at $2.50 each and a pen for $1.20. He pays with a $10 bill. How much change does he get?",
    "Lena reads 18 pages of a book every evening. The book has 342 pages. How many evenings will it take her to finish it?",
    "A bakery makes 240 muffins. Bongani packs them into boxes of 6 and sells each box for $9. How much money does he make if he sells every box?",
    "Priti has twice as many stickers as Mateo. Together they have 84 stickers. How many stickers does Priti have?",
    "Freya runs 4 km on Monday, and each day after that she runs 0.5 km more than the day before. How many kilometres does she run from Monday to Friday?",
    "Kenta has 56 chickens. He sells a quarter of them and then buys 9 more. How many chickens does he have now?",
    "Zuri earns $14 an hour. She works 6 hours a day from Monday to Friday and 4 hours on Saturday. How much does she earn in one week?",
    "Ilse fills a 12-litre bucket from a tap that pours 0.75 litres per minute. How many minutes does it take to fill the bucket?",
    "Tobias bought a bicycle for $360 and sold it a year later for 35% less. How much did he sell it for?",
    "Amaya has 5 boxes of crayons with 24 crayons in each. She gives 18 crayons to her brother and shares the rest equally among 6 friends. How many crayons does each friend get?",
    "Nikhil's garden is a rectangle 12 m long and 7.5 m wide. Fencing costs $8 per metre. How much will it cost to fence the whole garden?",
    "Sofia saves $25 every week. She already has $140. How many weeks will it take her to have enough for a $490 tablet?",
    "Hamish drives 180 miles on 6 gallons of fuel. How many gallons will he need for a 450-mile trip at the same rate?",
    "Ines baked 4 trays of 16 cookies. Her family ate 14 cookies and she gave half of the remaining cookies to her neighbours. How many cookies does she have left?",
    "Yosef is 3 times as old as his daughter. In 12 years he will be twice as old as she will be. How old is Yosef now?",
    "Marisa orders 4 pizzas cut into 8 slices each for a party of 13 people. If everyone eats 2 slices, how many slices are left over?",
    "Dmitri's phone plan costs $18 a month plus $0.05 for each text message. Last month his bill was $23.40. How many texts did he send?",
    "Chiara swims 25-metre lengths. She swims 36 lengths on Tuesday and 48 on Thursday. How many kilometres does she swim in total that week?",
    "Kwesi buys 2.5 kg of rice at $3.20 per kg and 1.5 kg of beans at $4.00 per kg. What is the total cost?",
    "A class trip costs $1,260 for 28 students. Ebba's parents pay for her and her twin brother. How much do they pay?",
]

CLEAN_MMLU = [
    "Which of the following is the primary function of the enzyme DNA ligase? A) Unwinding the double helix B) Joining Okazaki fragments C) Adding RNA primers D) Proofreading new strands",
    "In macroeconomics, a decrease in the reserve requirement will most likely: A) decrease the money supply B) increase the money supply C) raise interest rates D) have no effect on lending",
    "Which philosopher argued that the unexamined life is not worth living? A) Aristotle B) Socrates C) Descartes D) Hume",
    "What is the derivative of x·sin(x)? A) x·cos(x) B) sin(x) + x·cos(x) C) cos(x) D) x·sin(x) − cos(x)",
    "Under the United States Constitution, the power to declare war belongs to: A) the President B) the Supreme Court C) Congress D) the Secretary of Defense",
    "Which blood vessel carries oxygenated blood from the lungs to the heart? A) Pulmonary artery B) Pulmonary vein C) Aorta D) Superior vena cava",
    "The Peace of Westphalia (1648) is best known for: A) ending the Hundred Years' War B) establishing the principle of state sovereignty C) creating the League of Nations D) dividing the Americas between Spain and Portugal",
    "A sample of gas at constant temperature has its pressure doubled. Its volume will: A) double B) halve C) stay the same D) quadruple",
    "Which of the following is a first-line treatment for uncomplicated hypertension in adults? A) Thiazide diuretic B) Digoxin C) Warfarin D) Prednisolone",
    "What is the worst-case time complexity of quicksort? A) O(n) B) O(n log n) C) O(n²) D) O(log n)",
    "Which concept describes the tendency to search for information that confirms existing beliefs? A) Anchoring B) Confirmation bias C) Hindsight bias D) Availability heuristic",
    "Which element has the highest electronegativity? A) Oxygen B) Chlorine C) Fluorine D) Nitrogen",
    "In contract law, an offer is generally terminated by all of the following EXCEPT: A) rejection B) a counteroffer C) lapse of time D) the offeree remaining silent",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which of the following best describes a Type I error? A) Rejecting a true null hypothesis B) Failing to reject a false null hypothesis C) Using the wrong test D) Drawing a biased sample",
    "The main pigment that gives plants their green colour is: A) carotene B) chlorophyll C) xanthophyll D) anthocyanin",
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "Which of these is an example of a monopolistically competitive market? A) Local restaurants B) An electricity grid C) Wheat farming D) A national railway",
    "What does the S in the SOLID principles of object-oriented design stand for? A) Single responsibility B) Scalability C) Separation of concerns D) Simplicity",
    "Utilitarianism judges the rightness of actions mainly by: A) their consequences B) the agent's intentions C) duties and rules D) virtues of character",
]

CLEAN_HOSPITAL = [
    "What are the visiting hours for the maternity ward?",
    "Do I need to fast before a blood glucose test, and for how long?",
    "Where is the car park for the outpatient clinic and how much does it cost per hour?",
    "Can I bring my own medication when I'm admitted for surgery?",
    "How do I request a copy of my medical records?",
    "What should I bring to my first antenatal appointment?",
    "Is the hospital pharmacy open on Sundays?",
    "How long does it usually take to get MRI results back?",
    "Can children visit patients in the intensive care unit?",
    "What is the difference between urgent care and the emergency department?",
    "Is there free Wi-Fi for patients and visitors?",
    "How early should I arrive for a day surgery appointment?",
    "Does the hospital offer interpreters for patients who don't speak English?",
    "What are the warning signs of a stroke, and when should I call an ambulance?",
    "Can I eat anything the day before a colonoscopy?",
    "Who do I contact about a hospital bill I don't understand?",
    "Are flu vaccines available for walk-in patients this month?",
    "Are flowers allowed on the wards?",
    "How do I cancel or reschedule an outpatient appointment?",
    "Is there a quiet room or chapel available for families?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "440305199103152818": china_id_ok,  # Chinese resident identity card
    "428.613.975-19": cpf_ok,  # Brazilian CPF
    "4829 1735 6028": aadhaar_ok,  # Indian Aadhaar
    "7316 0482 9157": aadhaar_ok,
    "S8374612B": nric_ok,  # Singapore NRIC
    "850312-4276": luhn_len(10),  # Swedish personnummer
    "271948309": bsn_ok,  # Dutch BSN
    "910727-2048133": rrn_ok,  # Korean resident registration number
    "876 154 024": tfn_ok,  # Australian tax file number
    "459 203 718": tfn_ok,
    "527 318 646": luhn_len(9),  # Canadian SIN
    "37491058210": kimlik_ok,  # Turkish kimlik
    "638 201 4575": nhs_ok,  # NHS number
    "402 817 3655": nhs_ok,
    "485 772 0191": nhs_ok,
    "88051437624": pesel_ok,  # Polish PESEL
    "BNCGLI91E63F205Z": codice_fiscale_ok,  # Italian codice fiscale
    "FRRLCU86B14H501Z": codice_fiscale_ok,
    "150386-472H": hetu_ok,  # Finnish henkilötunnus
    "8804195127086": luhn_len(13),  # South African id
    "4821 7305 9161": my_number_ok,  # Japanese My Number
    "48271936L": dni_ok,  # Spanish DNI
    "6482915V": pps_ok,  # Irish PPS number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|34|51|52|55|57|64|65|91|98|254|353|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The enterprise narratives carry passwords and every kind of record number; the chat
    requests name people and carry contacts or secrets."""
    kinds = [s["type"] for t in ENTERPRISE for s in marked_spans(t)]
    if kinds.count("PASSWORD") < 8 or kinds.count("ID_NUMBER") < 50:
        raise SystemExit("enterprise: too few passwords or record numbers")
    plain = " ".join(strip_marks(t)[0] for t in ENTERPRISE).lower()
    for word in ("policy holder", "employee", "patient", "account", "customer", "member"):
        if word not in plain:
            raise SystemExit(f"enterprise: no {word} number")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 60 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")


def main() -> None:
    sections = {
        "presidio": (PRESIDIO, 80),
        "enterprise": (ENTERPRISE, 60),
        "chat": (CHAT, 80),
        "clean mt-bench": (CLEAN_MTBENCH, 20),
        "clean vicuna": (CLEAN_VICUNA, 20),
        "clean gsm8k": (CLEAN_GSM8K, 20),
        "clean mmlu": (CLEAN_MMLU, 20),
        "clean hospital": (CLEAN_HOSPITAL, 20),
    }
    pii = PRESIDIO + ENTERPRISE + CHAT
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("enterprise", ENTERPRISE, ENTERPRISE_WORDS, (2, 5))
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind36", HERE, sections, {"presidio", "enterprise", "chat"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
