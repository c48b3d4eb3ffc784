# ruff: noqa: E501
"""A twenty-ninth blind privacy set: 220 texts with personal data and 100 clean ones.

Theme: texts in the shapes of public PII and routing benchmarks. Written blind to the
detector: the writer read only ``marks.py``, the table format and the labelling paragraph of
``README.md`` and the file layout of ``build_blind20.py``, never the detector, its rules,
docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 90 single sentences or short paragraphs shaped like presidio-research's synthetic
  sentences (customer-service lines, bios, shipping notes, form lines, news lines about the
  chief executive of a company, requests to call someone, travel lines), each with one to
  three identifiers: names from many origins (middle names, initials, hyphenated and
  particle surnames, a Jr, titles kept outside the span), street addresses in US, Canadian,
  UK, Welsh, German, French, Spanish, Italian, Dutch, Polish, Hungarian, Brazilian,
  Australian, Japanese, Singapore, Hong Kong and Indian formats (some over several lines;
  the business and clinic texts add Irish, Belgian, Luxembourg, UAE, New Zealand and South
  African ones),
  phones in many national formats, e-mails, cards, IBANs, SSNs, IPs, national ids,
  passports, driver licences and usernames;
* 60 business texts (40 to 150 words) shaped like synthetic enterprise PII corpora: HR
  memos, incident reports, customer complaint logs, insurance claims, KYC notes, support
  ticket transcripts, medical intake summaries and bank disputes, each with several
  identifiers, among them passwords, account, policyholder and employee numbers;
* 40 chat-assistant requests (10 to 80 words) as people type them, about themselves or
  someone they know, each with a name and sometimes one more identifier; the first 15 all
  in lower case;
* 30 hospital and clinic chatbot messages (8 to 50 words) with patient names, dates,
  member and patient numbers and phones.

Usernames, logins, account, customer, member, employee, patient, policyholder and student
numbers, passports, driver licences and national ids are labelled ID_NUMBER; PINs, door and
alarm codes, wifi keys and passwords PASSWORD; titles (Mr, Mrs, Ms, Dr) stay outside PERSON
spans; an address span runs from the first street line through the postcode and city as
typed; public figures, companies, fictional characters, order, ticket, invoice, booking and
claim numbers and dates of birth are not labelled; every occurrence of a private value is
marked. The 100 clean texts are in the styles of routing benchmarks: 20 MT-Bench-style
writing, role-play, reasoning, maths, coding, extraction, STEM and humanities prompts, 20
Vicuna-bench-style open questions (generic, knowledge, counterfactual, Fermi, role-play),
20 GSM8K-style word problems with fictional first names, 20 MMLU-style multiple-choice items
with options A to D, and 20 short questions to a hospital bot about services, symptoms,
visiting hours and insurance with no person named.

All values are invented: phones from ranges kept for fiction where a country has one (UK
07700 900 and 020 7946 0, North America 555-01xx, Australia 0491 570, Sweden 070-174 06,
France 06 39 98, Germany 030 23125) and plausible invented numbers elsewhere, cards
Luhn-valid and not well-known test numbers, IBANs valid mod 97 with their country's length
and not documentation examples, SSNs with assignable area, group and serial, national ids
with valid check digits where the format has one (Indian Aadhaar, NHS number, Dutch BSN,
Spanish DNI and NIE, Swedish personnummer, Canadian SIN, South African id, Brazilian CPF,
Polish PESEL, Singapore NRIC, Chinese resident id, Finnish henkilötunnus, French NIR,
Belgian national number, Italian codice fiscale, Irish PPS number, New Zealand NHI), IPs
from documentation ranges. The builder only checks values; it generates none.

Run ``.venv/bin/python bench/data/build_blind29.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    aadhaar_ok,
    belgian_id_ok,
    bsn_ok,
    check_national_ids,
    china_id_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    hetu_ok,
    luhn_len,
    marked_spans,
    nhi_ok,
    nhs_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    word_count,
)
from marks import build_sections, iban_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 15
MIN_CHARS = 15
MAX_WORDS = 300
SENTENCE_WORDS = (5, 60)
BUSINESS_WORDS = (40, 150)
CHAT_WORDS = (10, 80)
CLINIC_WORDS = (8, 50)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Herr|Frau|Mme|Sra)\.?\s")
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 90 sentences and short paragraphs in the shape of presidio-research's synthetic set.
SENTENCES = [
    # customer-service and form lines
    "My name is [[PERSON|Oluwaseun Adebayo-Clarke]] and I live at [[STREET_ADDRESS|4127 Larkspur Lane, Apt 3B, Boise, ID 83704]].",
    "Please have the billing team call Mrs [[PERSON|Henrietta Vos]] on [[PHONE_NUMBER|(208) 555-0147]] before Friday.",
    "Could you please send me the statement for last month? My credit card number is [[CREDIT_CARD|4539 2170 6184 3555]].",
    "The IP address of my home laptop is [[IP_ADDRESS|203.0.113.58]] if you need to whitelist it.",
    "Name: [[PERSON|Nguyen Thi Minh Chau]]\nEmail: [[EMAIL_ADDRESS|minhchau.nguyen@hoalan-mail.vn]]\nPhone: [[PHONE_NUMBER|+84 912 407 385]]",
    "I need to change the delivery address on my order to [[STREET_ADDRESS|Flat 2, 19 Ashgrove Road, Bristol BS6 5LQ]].",
    "My social security number is [[US_SSN|412-58-3097]] and I am calling about a letter I got from your office.",
    "Username [[ID_NUMBER|kwame_osei88]] has been locked after five failed attempts.",
    "Please update my home phone to [[PHONE_NUMBER|0491 570 218]] and my e-mail to [[EMAIL_ADDRESS|bec.harland@outlook.com]].",
    "Kindly refund the amount to [[IBAN_CODE|FR54 3000 4028 3700 0108 4297 615]]; the account is in the name of [[PERSON|Amélie Rousseau-Gauthier]].",
    "Hi, this is [[PERSON|Priya Raghunathan]], my Aadhaar number is [[ID_NUMBER|7385 2094 6186]] and I want to update my KYC.",
    "Please call me back at [[PHONE_NUMBER|312.555.0119]], it's about the water damage in the basement.",
    "My login is [[ID_NUMBER|mgarcia.lopez]] and the reset link never arrives.",
    "I think someone logged into my account from [[IP_ADDRESS|198.51.100.77]] last night.",
    "Please use my SSN [[US_SSN|529-31-7840]] to look up the tax transcript.",
    "Payment details: [[CREDIT_CARD|5268 4109 3752 2081]], expiry 09/27, cardholder [[PERSON|Beatriz Moura]].",
    "My Canadian SIN is [[ID_NUMBER|538 194 028]]; please add it to the payroll form.",
    "You can reach me on [[PHONE_NUMBER|+61 491 570 906]] after six, Sydney time.",
    "Please transfer the rent to [[IBAN_CODE|ES56 0049 3570 8120 9461 7358]] before the 5th.",
    "Her NHS number is [[ID_NUMBER|485 203 9178]] and she is registered with the Elm Tree practice.",
    "First name: [[PERSON|Tariq]]\nLast name: [[PERSON|Mahmoud]]\nDriver's license: [[ID_NUMBER|M532-417-88-209-0]]",
    "Date of birth 14/02/1979, passport number [[ID_NUMBER|562094817]], nationality American, holder [[PERSON|Lorna Beth Kessler]].",
    # bios
    "[[PERSON|Thomas Edward Whitlock Jr]] was born in Savannah and spent twenty years as a merchant seaman before opening a bookshop.",
    "[[PERSON|Siobhán Ní Bhriain]] joined the choir in 2019 and now sings alto on Sunday evenings.",
    "[[PERSON|Abigail Rose Fairweather]], 34, was promoted to head of operations at Kestrel Freight last month.",
    "[[PERSON|Fatima Zahra El Idrissi]] booked two seats on the 07:15 train to Marseille.",
    "[[PERSON|Giovanni Russo]], born in Naples, drives a taxi and coaches a youth football team at weekends.",
    "[[PERSON|Margaret Ellen O'Shaughnessy]] celebrated her ninetieth birthday with a garden party.",
    "[[PERSON|Dong-hyun Seo]] graduated in civil engineering and now inspects bridges for the county.",
    "[[PERSON|Mariana de la Fuente]] runs a small bakery and supplies bread to three cafés nearby.",
    # news lines about the chief executive of a company
    "[[PERSON|Rajiv K. Malhotra]], CEO of Brightwater Logistics, said the company would open two new depots in the spring.",
    "[[PERSON|Olga Petrenko-Hall]], chief executive of Northgate Dairies, told reporters the merger would close by June.",
    "[[PERSON|Kofi Boateng]], founder and CEO of Sankofa Solar, announced a partnership with two rural cooperatives.",
    "Shares of Halvard Marine fell 4% after CEO [[PERSON|Sigrid Aasland]] warned of lower freight rates.",
    "Our new regional director, [[PERSON|Anjali Venkataraman]], can be reached at [[EMAIL_ADDRESS|a.venkataraman@tealbridge-consult.com]].",
    # shipping notes
    "Ship the replacement router to [[PERSON|Chiara Benedetti]], [[STREET_ADDRESS|Via dei Serpenti 62, 00184 Roma]], and leave it with the porter.",
    "Send the signed lease to [[PERSON|Mateus Carvalho]] at [[STREET_ADDRESS|Rua Augusta 1508, apto 72, São Paulo - SP, 01304-001]].",
    "Forward the parcel to:\n[[STREET_ADDRESS|221 Whitcombe Street\nApt 5\nPortland, OR 97209]]",
    "The ship-to address is [[STREET_ADDRESS|Schönhauser Allee 141, 10437 Berlin]], attention [[PERSON|Katharina Wendt]].",
    "Mr [[PERSON|Olumide Fashola]] lives at [[STREET_ADDRESS|Unit 7, 34 Beach Road, Bondi NSW 2026]] with his two dogs.",
    "[[PERSON|José Luis Ortega Ramírez]] lives at [[STREET_ADDRESS|Calle de Ponzano 37, 3º B, 28003 Madrid]] and works nights.",
    "[[PERSON|Viktor Horváth]] and his wife moved to [[STREET_ADDRESS|Andrássy út 52, 1061 Budapest]] in the summer.",
    "Mr [[PERSON|Hamza Qureshi]] requested that all correspondence go to [[STREET_ADDRESS|14 Larch Close, Leicester LE3 9PW]].",
    "[[PERSON|Émile Tremblay]] lives at [[STREET_ADDRESS|4480 rue Saint-Denis, app. 3, Montréal, QC H2J 2L1]] and can be reached on [[PHONE_NUMBER|514-555-0162]].",
    "[[PERSON|Hiroshi Kondo]] lives at [[STREET_ADDRESS|2-14-7 Shoto, Shibuya-ku, Tokyo 150-0046]].",
    "Deliver to [[PERSON|Aarav Shah]], [[STREET_ADDRESS|Flat 304, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038]], phone [[PHONE_NUMBER|+91 98451 20637]].",
    "Her address is [[STREET_ADDRESS|Flat C, 12/F, Kam Fung Mansion, 88 Tai Hang Road, Causeway Bay, Hong Kong]].",
    "Her Singapore NRIC is [[ID_NUMBER|S8134072B]] and she lives at [[STREET_ADDRESS|Blk 418 Bedok North Avenue 2, #07-233, Singapore 460418]].",
    "[[PERSON|Aiyana Redcloud]] reported that her bike was stolen outside her home at [[STREET_ADDRESS|908 Pine Ridge Drive, Rapid City, SD 57701]].",
    "PESEL [[ID_NUMBER|95072314856]], name [[PERSON|Zofia Kamińska]], address [[STREET_ADDRESS|ul. Mokotowska 48 m. 12, 00-543 Warszawa]].",
    "The contractor [[PERSON|Rhys Llewellyn]] lives at:\n[[STREET_ADDRESS|Tŷ Gwyn\n8 Heol y Bont\nAberystwyth\nSY23 1PQ]]",
    "Return address: [[PERSON|Brigid Kavanagh]], [[STREET_ADDRESS|Apartment 6, 31 Leeson Park, Ranelagh, Dublin 6, D06 X2K7]].",
    "Collect from [[STREET_ADDRESS|Keizersgracht 418-II, 1016 GD Amsterdam]] and deliver to [[STREET_ADDRESS|12 rue des Trois-Frères, 75018 Paris]].",
    # requests to call or write to someone
    "Please have [[PERSON|Dagny Haugen]] call the depot at [[PHONE_NUMBER|+47 912 48 376]] about her parcel.",
    "Follow up with [[PERSON|Ingrid Solberg]] at [[EMAIL_ADDRESS|ingrid.solberg@fjordpost.no]] about the delayed pallet.",
    "Dr [[PERSON|Farid Haddad]] will see you on Tuesday; if you need to cancel, ring the surgery on [[PHONE_NUMBER|020 7946 0382]].",
    "Call [[PERSON|Yuki Tanabe]] on [[PHONE_NUMBER|090-4821-7365]] when the courier reaches the building.",
    "[[PERSON|Dmitri Volkov]] can be contacted on [[PHONE_NUMBER|+7 916 438 27 05]] or [[EMAIL_ADDRESS|d.volkov@severmail.ru]].",
    "Ask [[PERSON|Tomasz Wiśniewski]] whether he still uses [[PHONE_NUMBER|+48 601 274 389]]; the texts bounce.",
    "Could you call [[PERSON|Ama Owusu-Ansah]] at [[PHONE_NUMBER|+233 24 418 3902]] to confirm the pickup time?",
    "Reach [[PERSON|Lars Bergström]] on [[PHONE_NUMBER|070-174 06 83]] during office hours.",
    "Please ask [[PERSON|Sebastián Cruz]] to email the drawings to [[EMAIL_ADDRESS|scruz.arq@estudio-cruz.mx]].",
    "[[PERSON|Wei Ling Tan]] can be reached at [[EMAIL_ADDRESS|weiling.tan@merlionmail.sg]] or [[PHONE_NUMBER|+65 9274 1836]].",
    "Send the contract to [[EMAIL_ADDRESS|h.oyelaran@lagosbridge.com.ng]], attention [[PERSON|Halima Oyelaran]], and call her on [[PHONE_NUMBER|+234 803 517 2964]].",
    "Leave a message for [[PERSON|Camille Aubert]] on [[PHONE_NUMBER|06 39 98 41 27]]; she is on site until noon.",
    "Please phone Herr [[PERSON|Jörg Kessling]] at [[PHONE_NUMBER|030 23125 648]] to arrange the meter reading.",
    # travel lines
    "Travelling next week with my colleague [[PERSON|Akosua Mensah]]; her passport number is [[ID_NUMBER|G4702918]].",
    "Booking confirmed for [[PERSON|Daniel Mwangi]] and [[PERSON|Esther Wanjiru]]; contact number [[PHONE_NUMBER|+254 722 640 318]].",
    "Mrs [[PERSON|Ngozi Eze]]'s passport, number [[ID_NUMBER|A08472193]], expires in March.",
    "[[PERSON|Chen Jiahui]] (ID [[ID_NUMBER|310104198705124637]]) checked in at 22:40 and asked for a late checkout.",
    "Tenant [[PERSON|Sanne de Wit]] gave her BSN [[ID_NUMBER|271603847]] for the rental contract at [[STREET_ADDRESS|Biltstraat 88 bis, 3572 BD Utrecht]].",
    "Guest [[PERSON|Álvaro Méndez Castillo]], DNI [[ID_NUMBER|48291736Q]], room 312, two nights, paid in cash.",
    "The NIE of [[PERSON|Ioana Marinescu]] is [[ID_NUMBER|Y4820371E]]; her Spanish mobile is [[PHONE_NUMBER|+34 622 418 903]].",
    "[[PERSON|Aino Koskinen]], henkilötunnus [[ID_NUMBER|190392-417V]], is the new tenant of the two-room flat in Tampere.",
    "[[PERSON|Magnus Eriksson]], personnummer [[ID_NUMBER|880415-2737]], is listed as the second driver.",
    "Please charge the booking to [[CREDIT_CARD|3746 192058 31170]], name on card [[PERSON|R. J. Ashworth]].",
    # accounts, cards and ids
    "Please wire the deposit to [[IBAN_CODE|DE71 7005 0000 0933 1748 26]], account holder [[PERSON|Lukas Brandstätter]].",
    "The card ending in 9108, full number [[CREDIT_CARD|2231 0458 7662 9108]], was declined at the pump.",
    "Driver licence [[ID_NUMBER|D412-7730-9158]] belongs to [[PERSON|Marcus Delacroix]], who rented the van on the 4th.",
    "Can you verify the IBAN [[IBAN_CODE|NL09 RABO 0364 8190 27]] for supplier contact [[PERSON|Joost van der Berg]]?",
    "The student [[PERSON|Kai Blackfeather]] left his laptop in room 204; his student number is [[ID_NUMBER|S20471836]].",
    "The suspicious login came from [[IP_ADDRESS|192.0.2.144]] using the account [[ID_NUMBER|t.okonkwo]].",
    "The card on file, [[CREDIT_CARD|6011 5328 4709 1267]], belongs to [[PERSON|Trevor Mbeki-Lang]].",
    "[[PERSON|Pedro Henrique Alves]] has the CPF [[ID_NUMBER|418.930.572-32]] registered with us.",
    "The Wi-Fi guest account [[ID_NUMBER|guest_rmorales]] was created for [[PERSON|Rosa Morales]].",
    "Update the beneficiary IBAN to [[IBAN_CODE|IE55 BOFI 9000 8417 2639 50]] for [[PERSON|Cormac Doyle]].",
    "Remind [[PERSON|Jamal Washington]] that the PIN for his new debit card is [[PASSWORD|8164]].",
    "Tell [[PERSON|Bongani Dlamini]] that his ID number [[ID_NUMBER|8706235124082]] was captured incorrectly.",
    "Please reissue the card for [[PERSON|Sipho Nkosi]]; the old number was [[CREDIT_CARD|4917602388517044]].",
    "My wife [[PERSON|Hana Novák]] will pick up the keys; her driving licence number is [[ID_NUMBER|NOVAK851157HN9XY]].",
]

# 60 business texts in the shape of synthetic enterprise PII corpora.
BUSINESS = [
    # HR memos
    "MEMO (HR, confidential)\nTo: Payroll team\nSubject: Grade change for [[PERSON|Deborah Okwuosa]], employee ID [[ID_NUMBER|EMP-20417]]\n\nFrom 1 March [[PERSON|Deborah]] moves from grade 6 to grade 7 in Customer Operations. Her salary should be paid into the new account she supplied, [[IBAN_CODE|GB85 MIDL 4027 1893 0165 42]]. Please do not send the letter to her work address; use [[EMAIL_ADDRESS|debbie.okwuosa@fastmail.com]] instead. Questions to [[PERSON|Lorraine Pike]], HR business partner.",
    "HR NOTE – return to work\nEmployee: [[PERSON|Callum Fraser]] (ID [[ID_NUMBER|E-558203]])\nManager: [[PERSON|Priyanka Dutta]]\n\n[[PERSON|Callum]] returns on a phased basis from Monday after eight weeks of sick leave. Occupational health recommends four-hour days for the first fortnight and no night shifts. His emergency contact has changed to his sister, [[PERSON|Isla Fraser]], on [[PHONE_NUMBER|07700 900318]]. Please update the rota and the HR system before the weekend.",
    "To: All line managers\nFrom: People Team\n\nThe laptop of [[PERSON|Mirela Popescu]] (employee no. [[ID_NUMBER|100482]]) was reissued after the theft reported last week. Her temporary network password is [[PASSWORD|Kestrel!Harbour47]] and must be changed at first login. Until her badge is replaced she will sign in at reception. Do not forward this memo outside the team.",
    "Offboarding checklist – [[PERSON|Gustavo Ibáñez]], employee [[ID_NUMBER|EMP-31876]], last day 28 June.\n1. Revoke VPN account [[ID_NUMBER|gibanez]].\n2. Collect laptop and badge.\n3. Final pay to his new account [[IBAN_CODE|ES54 2100 0813 6102 0045 3317]], confirmed by phone.\n4. Forward personal mail to [[STREET_ADDRESS|Avenida de la Constitución 14, 2º izq., 41004 Sevilla]].\n5. Exit interview with [[PERSON|Ruth Adeyemi]].",
    "Memo: relocation support\n\n[[PERSON|Aleksander Nowicki]] (staff no. [[ID_NUMBER|S-22981]]) transfers from the Kraków office to Manchester on 3 September. Relocation allowance will be paid to his Polish account [[IBAN_CODE|PL27 1050 1445 1000 2276 4839 1057]] in two instalments. Temporary housing is booked at [[STREET_ADDRESS|Flat 11, 6 Jutland Street, Manchester M1 2BE]] for six weeks. His UK mobile will be [[PHONE_NUMBER|07700 900742]].",
    "Disciplinary hearing notice\n\nEmployee: [[PERSON|Shane Mulcahy]], payroll number [[ID_NUMBER|PR-70913]]\nHearing chair: [[PERSON|Annette Boyle]]\n\nThe hearing concerns the repeated sharing of the warehouse alarm code [[PASSWORD|4826]] with agency staff. [[PERSON|Shane]] may bring a colleague or union representative. The code has since been changed. Send any written statement to [[EMAIL_ADDRESS|hr.cases@marrowfield-dist.ie]] by Thursday.",
    "New starter form\nFull name: [[PERSON|Tendai Chikwanha]]\nEmployee ID: [[ID_NUMBER|EMP-40326]]\nNI number: [[ID_NUMBER|JT 48 21 93 C]]\nHome address: [[STREET_ADDRESS|42 Brookfield Avenue, Reading RG1 6LX]]\nPersonal e-mail: [[EMAIL_ADDRESS|tendai.c@protonmail.com]]\nStart date: 7 October\nDepartment: Finance, reporting to [[PERSON|Helen Marsh]]\nNotes: visa check completed, passport seen and copied.",
    # incident reports
    "INCIDENT REPORT IR-2291\nReported by: [[PERSON|Nikhil Bansal]] (staff no. [[ID_NUMBER|40388]])\n\nAt 02:14 the VPN gateway accepted a login for [[ID_NUMBER|j.ferreira]] from [[IP_ADDRESS|203.0.113.191]], an address in a country where we have no staff. [[PERSON|Joana Ferreira]] confirmed she was asleep at the time. Her password, [[PASSWORD|Lisboa#Verao2024]], had been reused on a forum breached last year. Account disabled at 02:31, password reset, MFA re-enrolled. Follow-up: check mailbox rules and files downloaded from the finance share.",
    "Security incident summary\n\nOn 11 April a phishing e-mail impersonating the CFO reached 40 inboxes. One recipient, [[PERSON|Lena Hoffmann]] (user [[ID_NUMBER|lhoffmann]]), entered her credentials on the fake page. Sign-ins from [[IP_ADDRESS|198.51.100.23]] followed within ten minutes. The attacker set a forwarding rule to an outside address, [[EMAIL_ADDRESS|invoices.hoffmann@mailbox-secure.co]]. Rule removed, sessions revoked, password reset. No payment was made.",
    "Physical security log, Site B\n\n22:50 – Guard [[PERSON|Emeka Nwosu]] found the loading-bay door open. The keypad log shows code [[PASSWORD|770315]] used at 22:41, issued to contractor [[PERSON|Dale Pritchard]] (contractor ID [[ID_NUMBER|CT-0619]]). [[PERSON|Pritchard]] says he left at 21:30. CCTV requested. Code revoked at 23:05 and a new code issued to the night team.",
    "Incident: misdirected e-mail\n\nA claims handler sent the claim pack for [[PERSON|Yasmin Haddad]] to the wrong recipient. The pack held her home address, [[STREET_ADDRESS|3 Orchard Mews, Cheltenham GL50 2PD]], her policyholder ID [[ID_NUMBER|PH-5527-1840]] and her bank details ([[IBAN_CODE|GB71 BARC 2065 3297 4810 26]]). The recipient confirmed deletion in writing. Ms [[PERSON|Haddad]] was informed by phone on 6 May.",
    "IT incident #INC-88412\nSummary: shared admin account misuse\n\nThe legacy admin account [[ID_NUMBER|svc_admin_rg]] was used from [[IP_ADDRESS|192.0.2.61]] to export the customer table. The workstation belongs to [[PERSON|Rahul Gupta]] (employee [[ID_NUMBER|EMP-27750]]), who says the password [[PASSWORD|Summer2023!]] was written on a sticky note in the server room. Account disabled; note removed; review of all shared accounts scheduled.",
    "Lost device report\n\nReporter: [[PERSON|Marisol Quintero]], field sales, employee ID [[ID_NUMBER|EMP-18094]]\nDevice: company phone, number [[PHONE_NUMBER|(713) 555-0183]]\nLast seen: taxi from the airport, Tuesday evening\nThe device PIN was [[PASSWORD|290471]] and it had no remote wipe enrolled. IT wiped the mailbox remotely and blocked the SIM. [[PERSON|Marisol]] was issued a replacement the next morning.",
    "Incident note – data subject complaint\n\n[[PERSON|Anders Kjeldsen]] reports that marketing e-mails continued after he unsubscribed. His address [[EMAIL_ADDRESS|anders.kjeldsen@postkasse.dk]] was found in an old list imported by a vendor. Customer number [[ID_NUMBER|CU-3318042]]. The list has been purged and the vendor told to delete its copy. Reply to be sent by the DPO within five working days.",
    # customer complaint logs
    "Complaint log – 14 Feb\nCaller: [[PERSON|Gwendolyn Price]], customer no. [[ID_NUMBER|77120934]]\nPhone: [[PHONE_NUMBER|0113 496 0527]]\n\nCustomer says the engineer missed two appointments at [[STREET_ADDRESS|9 Hollybush Lane, Leeds LS6 4QT]] and she took unpaid leave both times. Wants compensation for lost wages. Offered £40 goodwill; declined. Escalated to team leader [[PERSON|Sandeep Kaur]]. Callback promised within 48 hours.",
    "Complaint #C-40921\nCustomer: [[PERSON|Ignacio Robles]] ([[EMAIL_ADDRESS|ignacio.robles@correo-sur.cl]])\nAccount: [[ID_NUMBER|ACC-90817726]]\n\nMr [[PERSON|Robles]] was charged twice for his March subscription on card [[CREDIT_CARD|5423-8810-6479-3129]]. He has asked for one charge to be reversed and for written confirmation. Billing confirmed the duplicate. Refund raised, 5 to 7 working days. Apology e-mail sent.",
    "Customer complaint summary\n\nOn 3 June [[PERSON|Precious Mahlangu]] visited the Sandton branch to close her late father's account. She says staff asked for documents she had already supplied and spoke about the account in front of other customers. Her contact number is [[PHONE_NUMBER|+27 82 461 3907]] and the account in question is [[ID_NUMBER|62 0418 377 5]]. Branch manager to call her and review the bereavement process.",
    "Complaint log entry\nName: [[PERSON|Hollis Wainwright III]]\nMember number: [[ID_NUMBER|M-4402917]]\nCategory: gym access\nDetails: Member's fob stopped working and staff refused entry although his direct debit is up to date. He has been a member for nine years. Door code for members without a fob is [[PASSWORD|2468#]] and was not offered. Action: new fob posted to [[STREET_ADDRESS|1730 Briarwood Court, Lexington, KY 40503]].",
    "Complaint received by web form\nFrom: [[PERSON|Nadia Benali]] <[[EMAIL_ADDRESS|nadia.benali@orange-mail.fr]]>\nOrder 20-558193\n\nThe sofa arrived with a torn cushion and the driver would not wait while I checked it. I live at [[STREET_ADDRESS|27 boulevard Voltaire, 13001 Marseille]], third floor, no lift. I want a replacement cushion and a refund of the delivery fee. Call me on [[PHONE_NUMBER|06 39 98 17 52]] after 6 pm.",
    "Call note, retention team\nCustomer [[PERSON|Deshawn Carter]], account [[ID_NUMBER|5019 2283 44]], wants to cancel broadband because speeds drop every evening. Line test shows faults at the cabinet. Offered a free month and an engineer visit; customer accepted the visit only. Engineer booked for Saturday morning at [[STREET_ADDRESS|615 Elm Street, Apt 2F, Cincinnati, OH 45202]]. Contact number on file [[PHONE_NUMBER|513-555-0138]].",
    "Complaint escalation\n\nCustomer [[PERSON|Wilhelmina Jansen-Koster]] (klantnummer [[ID_NUMBER|KN-8830417]]) has written three times about an energy bill of €1,940 for a two-bedroom flat. Meter photos she sent show a reading far below the estimate. Her phone number is [[PHONE_NUMBER|+31 6 4827 1390]]. Please cancel the estimated bill, issue a new one on the actual reading and waive the late fee.",
    # insurance claims
    "CLAIM NOTIFICATION\nClaim no.: CL-2024-118034\nPolicyholder: [[PERSON|Fiona McAllister]]\nPolicyholder ID: [[ID_NUMBER|PH-3390-7162]]\nInsured address: [[STREET_ADDRESS|14 Braeside Terrace, Aberdeen AB15 7TQ]]\n\nOn the night of 12 January a burst pipe in the loft flooded the upstairs bedroom and hallway. The insured moved to her sister's house. Contractor quotes attached. Settlement, if approved, to be paid to [[IBAN_CODE|GB43 BOFS 8020 1154 0937 62]].",
    "Motor claim – first notice of loss\nDriver: [[PERSON|Oscar Lindahl]], licence [[ID_NUMBER|LINDA704229OL9AB]]\nPolicyholder ID: [[ID_NUMBER|MTR-0049218]]\nThird party: [[PERSON|Bethany Coles]], phone [[PHONE_NUMBER|07700 900825]]\n\nInsured was stationary at lights when the third-party vehicle hit the rear. No injuries reported. Both cars drivable. Third party admitted fault at the scene. Photos and dashcam footage to follow by e-mail.",
    "Travel insurance claim\n\nClaimant [[PERSON|Ravi Subramanian]] (policyholder ID [[ID_NUMBER|TRV-771204]]) had his luggage stolen from a hotel lobby in Barcelona on 2 August. Police report attached. Items claimed: laptop, camera, clothes, total €2,310. He asks for payment to his account [[IBAN_CODE|DE74 1001 0010 0582 1937 05]]. Contact [[EMAIL_ADDRESS|ravi.subra@kolam-net.in]].",
    "Pet insurance claim form\nOwner: [[PERSON|Tamsin Rowe]]\nPolicyholder ID: [[ID_NUMBER|PET-2281-9945]]\nPet: Biscuit, spaniel, 6 years\nVet: Riverside Veterinary Centre\nTreatment: removal of a swallowed sock, one night in hospital, £1,180.\nPay to: [[PERSON|Tamsin Rowe]], account ending 4410\nContact: [[PHONE_NUMBER|0118 496 0271]], [[EMAIL_ADDRESS|tamsin.rowe@btinternet.com]]",
    "Home contents claim – adjuster notes\n\nVisited Mr [[PERSON|Bautista]] at [[STREET_ADDRESS|2209 Ocean View Boulevard, Unit 14, San Diego, CA 92107]]. Burglary through the rear window; television, jewellery and a bicycle taken. [[PERSON|Rolando Bautista]] provided receipts for most items. Policyholder ID [[ID_NUMBER|HC-60217733]]. SSN given for the fraud check: [[US_SSN|238-64-1152]]. Recommend settlement less excess.",
    "Health insurance reimbursement request\n\nMember: [[PERSON|Ayşe Demir]], member ID [[ID_NUMBER|HX-00384726]]\nProvider: outpatient physiotherapy, six sessions\nAmount: €540\n\nThe member paid the clinic directly and asks to be reimbursed to [[IBAN_CODE|AT54 1420 0201 1048 2937]]. Referral letter from her GP enclosed. For questions call [[PHONE_NUMBER|+43 664 518 2273]].",
    "Life insurance beneficiary update\n\nPolicyholder [[PERSON|Gerald Ainsworth]] (ID [[ID_NUMBER|LF-1057734]]) asks to name his daughter [[PERSON|Charlotte Ainsworth]] as sole beneficiary in place of his former wife. Signed form received with witness signature. Daughter's address: [[STREET_ADDRESS|88 Cranbrook Road, Ilford IG1 4PJ]]. Confirmation letter to the policyholder's registered address.",
    "Claim phone transcript (excerpt)\nAgent: Can I take your policyholder ID?\nCaller: It's [[ID_NUMBER|PH-8804-2319]].\nAgent: And your name?\nCaller: [[PERSON|Lucía Ferrández]]. The hail dented the whole roof of the car.\nAgent: Where is the car now?\nCaller: At my house, [[STREET_ADDRESS|Calle Sorní 19, 46004 València]].\nAgent: We'll send an assessor on Wednesday.",
    # KYC notes
    "KYC review – individual\nName: [[PERSON|Khalid bin Rashid Al-Mansouri]]\nPassport: [[ID_NUMBER|P4827195]]\nAccount: [[IBAN_CODE|AE63 0330 0000 1984 7362 051]]\n\nSource of funds: sale of a family property, supported by the title deed and sale agreement. Residential address verified with a utility bill for [[STREET_ADDRESS|Villa 27, Street 14, Al Barsha 2, Dubai]]. PEP screening negative. Risk rating: medium, review in 12 months.",
    "Customer due diligence note\n\n[[PERSON|Svetlana Morozova]] opened a business account for a translation agency. ID checked: passport [[ID_NUMBER|752019384]], issued 2021. Registered office and home address the same: [[STREET_ADDRESS|Flat 9, 140 Queensway, London W2 6LY]]. Expected monthly turnover £8,000. Phone [[PHONE_NUMBER|020 7946 0915]]. Adverse media search returned nothing relevant.",
    "KYC refresh\nCustomer: [[PERSON|Rohan Mehta]], customer ID [[ID_NUMBER|CIF-20194476]]\nPAN: [[ID_NUMBER|BXTPM4821K]]\nAadhaar: [[ID_NUMBER|4826 1903 7756]]\nMobile: [[PHONE_NUMBER|+91 90082 14736]]\n\nDocuments re-collected after the customer changed address to [[STREET_ADDRESS|B-1204, Lodha Aqua, Dahisar East, Mumbai 400068]]. Video KYC completed by [[PERSON|Sneha Kulkarni]]. No discrepancies.",
    "Onboarding file – sole trader\n\nApplicant [[PERSON|Jean-Baptiste Mbarga]] runs a phone repair stall. French NIR [[ID_NUMBER|1 85 07 69 381 042 22]] and residence permit checked. Business account opened with [[IBAN_CODE|FR76 1027 8060 3100 0204 5680 146]]. Home address [[STREET_ADDRESS|8 rue Paul Bert, 69003 Lyon]]. Cash deposits expected to be small and frequent; monitoring rule applied.",
    "Enhanced due diligence summary\n\nSubject: [[PERSON|Valentina Greco]], customer [[ID_NUMBER|IT-CL-5520187]]\nCodice fiscale: [[ID_NUMBER|GRCVNT81M52F205M]]\nIncoming transfers totalling €420,000 from a company in Cyprus where Ms [[PERSON|Greco]] is a director. Supporting contracts requested. Account [[IBAN_CODE|IT58 X030 6909 6061 0000 0172 934]] placed on enhanced monitoring pending review.",
    "KYC note\n\n[[PERSON|Liam Ó Súilleabháin]] called to add his partner [[PERSON|Róisín Keane]] as a joint holder. Her PPS number is [[ID_NUMBER|6283957OA]] and her address is [[STREET_ADDRESS|41 Cois Cuain, Salthill, Galway H91 W2P4]]. Proof of address and photo ID uploaded to the file. Joint account mandate signed by both parties.",
    "Identity verification failed\n\nApplicant [[PERSON|Marco Antonio Díaz]] submitted a driver licence [[ID_NUMBER|D4472-19038-61207]] whose photo did not match the selfie taken during onboarding. Phone on the application, [[PHONE_NUMBER|(305) 555-0191]], is registered to another name. E-mail [[EMAIL_ADDRESS|marco.diaz.1990@yahoo.com]]. Application declined and reported to the fraud team.",
    # support ticket transcripts
    "Ticket #58213 – chat transcript\nAgent: Hi, thanks for waiting. How can I help?\nCustomer: Hi, I'm [[PERSON|Esperanza Villalobos]]. I can't log into the portal.\nAgent: What's the username?\nCustomer: [[ID_NUMBER|evillalobos77]]. I tried [[PASSWORD|Girasol_2019]] and the old one.\nAgent: Please don't share passwords here. I've sent a reset link to the address on file, [[EMAIL_ADDRESS|e.villalobos@mercurio-web.mx]].\nCustomer: Got it, thanks.",
    "Support ticket 7731\nFrom: [[PERSON|Olamide Akinwale]]\nAccount ID: [[ID_NUMBER|ACC-2208417]]\n\nHi team, after the update my router admin page says the wifi key is wrong. It was [[PASSWORD|sunflower-quay-82]] and I never changed it. The router is at [[STREET_ADDRESS|19 Whitebeam Road, Coventry CV4 9FG]]. Can someone call me on [[PHONE_NUMBER|07700 900569]]?",
    "Transcript – phone support, 09:42\nCaller identified as [[PERSON|Hartmut Seidel]], customer number [[ID_NUMBER|K-40918273]].\nIssue: printer driver fails on the new laptop.\nAgent connected remotely from the support desk; customer's public IP [[IP_ADDRESS|198.51.100.214]].\nDriver reinstalled, test page printed.\nCustomer asked for the remote session log to be sent to [[EMAIL_ADDRESS|h.seidel@kanzlei-seidel.de]].\nClosed 10:05.",
    "Ticket INC-20931 (priority 2)\nRequester: [[PERSON|Bich Ngoc Pham]] (user [[ID_NUMBER|bnpham]])\nDescription: cannot access the shared drive since Monday. Error says the account is disabled.\nUpdate 1: account was disabled by the quarterly review because the employee ID was wrong: [[ID_NUMBER|EMP-51420]] instead of [[ID_NUMBER|EMP-51402]].\nUpdate 2: corrected and re-enabled; requester confirmed access.",
    "Live chat log\n[14:02] Customer: hello my card was blocked abroad\n[14:02] Agent: Sorry about that. Can you confirm your full name?\n[14:03] Customer: [[PERSON|Ewan Gallacher]]\n[14:03] Agent: And the last four digits?\n[14:03] Customer: the full number is [[CREDIT_CARD|4556 7290 1348 8253]]\n[14:04] Agent: Please only share the last four next time. I've unblocked it for travel until 30 September.\n[14:05] Customer: ok can you send that to [[EMAIL_ADDRESS|ewan.gallacher@tiscali.co.uk]]\n[14:05] Agent: Done, confirmation sent.",
    "Ticket #30177\nSubject: locked out of admin panel\n\nHi, this is [[PERSON|Björn Sandvik]] from the Tromsø office. My username is [[ID_NUMBER|bsandvik-adm]] and I reset the password to [[PASSWORD|Nordlys!2025]] yesterday, but the panel still rejects it. Logging in from [[IP_ADDRESS|203.0.113.40]]. My phone is [[PHONE_NUMBER|+47 415 82 903]] if a call is easier.",
    "Chat transcript (excerpt)\nBot: Please enter your member number.\nUser: [[ID_NUMBER|77-3049-1182]]\nBot: Thanks. What is the registered e-mail?\nUser: [[EMAIL_ADDRESS|kiri.tawhiri@xtra.co.nz]]\nBot: Hello [[PERSON|Kiri]]. What can I help with?\nUser: I moved house, new address is [[STREET_ADDRESS|12 Kowhai Street, Mount Eden, Auckland 1024]]\nBot: Updated. Anything else?",
    # medical intake summaries
    "INTAKE SUMMARY\nPatient: [[PERSON|Rosalind Achterberg]]\nMRN: [[ID_NUMBER|00482913]]\nDOB: 03/11/1961\nInsurance member ID: [[ID_NUMBER|BCX448201937]]\nPhone: [[PHONE_NUMBER|(614) 555-0127]]\n\nPresenting complaint: three weeks of worsening shortness of breath on exertion and ankle swelling. History of hypertension. Medications: amlodipine, atorvastatin. Allergies: penicillin (rash). Plan: ECG, bloods, echocardiogram; review with Dr [[PERSON|Banerjee]].",
    "New patient registration\nName: [[PERSON|Kwabena Asante-Darko]]\nNHS number: [[ID_NUMBER|612 774 3052]]\nAddress: [[STREET_ADDRESS|27 Coldharbour Lane, London SE5 9NR]]\nNext of kin: [[PERSON|Abena Asante-Darko]] (wife), [[PHONE_NUMBER|07700 900914]]\nConditions: type 2 diabetes, asthma\nRepeat prescriptions transferred from previous practice. Patient prefers morning appointments and asked for letters in large print because of poor eyesight.",
    "Emergency department triage note\n\n58-year-old man brought in by ambulance after a fall from a ladder. Identified as [[PERSON|Dariusz Zieliński]], patient number [[ID_NUMBER|P-2290417]]. Alert, complaining of left wrist pain and a scalp laceration. Wife [[PERSON|Ewa Zielińska]] contacted on [[PHONE_NUMBER|07700 900203]]. X-ray wrist, CT head per protocol, tetanus booster given.",
    "Clinic intake form (summary)\nPatient [[PERSON|Yolanda Fuentes-Brooks]], chart no. [[ID_NUMBER|CH-118406]], seen for a follow-up of migraine. Headaches now twice a month on the new preventive. Insurance: member [[ID_NUMBER|UHX-90218844]]. Patient portal username [[ID_NUMBER|yfbrooks]]; she asked for the after-visit summary to be sent to [[EMAIL_ADDRESS|yolanda.fb@icloud.com]]. Next visit in three months.",
    "Mental health intake\n\nClient: [[PERSON|Toby Hargreaves]], 24, client ID [[ID_NUMBER|MH-30571]]\nReferral: GP, for low mood and poor sleep after redundancy.\nRisk: no current plans of self-harm; protective factors include his partner and his football team.\nContact: [[PHONE_NUMBER|0131 496 0684]], consent given for text reminders.\nPlan: six sessions of CBT with [[PERSON|Niamh Gallagher]].",
    "Pre-operative assessment\nPatient: [[PERSON|Mohammed Al-Sayed]], hospital number [[ID_NUMBER|H7740213]]\nProcedure: laparoscopic cholecystectomy, list of 19 November\nBMI 29, ASA 2, no previous anaesthetic problems. Stop clopidogrel seven days before. Escort home: son, [[PERSON|Yusuf Al-Sayed]], [[PHONE_NUMBER|07700 900377]]. Fasting instructions given verbally and in writing.",
    "Maternity booking summary\n\n[[PERSON|Leah Goldstein]], first pregnancy, booking at 10 weeks. Medicaid member ID [[ID_NUMBER|MCD-6614082]]. Lives at [[STREET_ADDRESS|340 Riverside Drive, Apt 9C, New York, NY 10025]] with partner [[PERSON|Avi Rosen]]. Blood group O positive, rubella immune. Next appointment for the dating scan. Preferred contact [[PHONE_NUMBER|212-555-0175]].",
    # bank disputes
    "DISPUTE FORM\nCardholder: [[PERSON|Bernadette Quigley]]\nCard number: [[CREDIT_CARD|5156 2937 4018 0643]]\nAccount: [[ID_NUMBER|40917733]]\n\nTransaction disputed: €389.00 at an online electronics shop on 17 March. I did not make this purchase and still have my card. I have not shared my PIN or card details. Please cancel the card and send a new one to my home address.",
    "Chargeback case note\n\nCustomer [[PERSON|Tobias Engström]] disputes a gym subscription of 499 SEK charged every month since he cancelled in January. Cancellation e-mail supplied. Card [[CREDIT_CARD|4027 1845 6603 9171]], account [[IBAN_CODE|SE57 8000 0810 3400 9816 2734]]. Merchant contacted on 2 April; no reply. Provisional credit given for three months. Customer phone [[PHONE_NUMBER|+46 70 174 06 41]].",
    "Unauthorised transfer report\n\nOn 9 October [[PERSON|Alhassan Issah]] noticed a transfer of £2,750 from his account [[ID_NUMBER|31926604]] to a payee he does not recognise. He admits he gave a one-time passcode to a caller claiming to be from the bank. Online banking username [[ID_NUMBER|aissah.bank]] reset, password [[PASSWORD|Tamale*Rains8]] noted in the call and now invalid. APP fraud claim opened.",
    "Bank dispute letter\n\n[[STREET_ADDRESS|Ruelle des Tanneurs 5, 1000 Bruxelles]]\n\nDear Sir or Madam,\nI, [[PERSON|Géraldine Wouters]], dispute two direct debits from my account [[IBAN_CODE|BE40 3630 4817 2563]] in favour of a mobile operator I left last year. My national number is [[ID_NUMBER|85.07.12-284.26]]. Please refund both amounts and block further collections.\nYours faithfully,\n[[PERSON|Géraldine Wouters]]",
    "Dispute intake (phone)\nCustomer: [[PERSON|Ingeborg Lund]]\nCustomer number: [[ID_NUMBER|DK-99301857]]\nAccount: [[IBAN_CODE|DK72 3000 3927 4810 65]]\nIssue: card payment of 2,400 DKK at a hotel in Aarhus she never stayed at. Card [[CREDIT_CARD|6011 9827 3640 5138]] cancelled, new card ordered. Customer to confirm the claim by signing the form sent to her e-mail.",
    "Fraud operations note\n\nTwo disputes from [[PERSON|Warrick Jamieson]] this month: a £120 streaming bundle and a £64 takeaway order, both on card [[CREDIT_CARD|4801 3372 6905 2485]]. Device data shows both orders came from [[IP_ADDRESS|192.0.2.217]], the same IP he uses for online banking. Customer account [[ID_NUMBER|87340219]]. Likely first-party misuse; refer to the disputes team before any refund.",
    "Dispute follow-up e-mail\nTo: [[EMAIL_ADDRESS|okta.pramudya@surelnusa.id]]\nDear Mr [[PERSON|Pramudya]],\nRegarding your dispute of the Amex charge on card [[CREDIT_CARD|3792 940167 55284]]: the merchant has provided a signed delivery receipt. If you still believe the charge is wrong, please send a written statement. Your case has been logged against customer ID [[ID_NUMBER|CID-5580441]].\nRegards, Card Services",
    "Dispute summary for compliance\n\nSubject: [[PERSON|Hye-jin Lim]], account [[IBAN_CODE|CH40 0483 5093 7816 2400 1]]\nA payment of CHF 6,800 to a crypto exchange was reported as unauthorised. Login logs show the customer's own device and [[IP_ADDRESS|203.0.113.122]], with two-factor approval on her phone [[PHONE_NUMBER|+41 79 482 61 07]]. Dispute rejected; customer informed in writing and given the ombudsman's details.",
    "Medication reconciliation at admission\nPatient: [[PERSON|Perpetua Onyekachi]], MRN [[ID_NUMBER|00917362]]\nAdmitted from: home, [[STREET_ADDRESS|76 Tulip Tree Road, Silver Spring, MD 20904]]\nPharmacy: community pharmacy on file, phone [[PHONE_NUMBER|(301) 555-0153]]\nHome medicines: metformin 500 mg twice daily, lisinopril 10 mg, vitamin D. Patient unsure about a new eye drop; daughter [[PERSON|Chidinma]] will bring the bottle tomorrow. Reconciled by the ward pharmacist.",
    "KYC note – minor's account\n\nA savings account was opened for [[PERSON|Leon Baumgartner]], aged 11, with his mother [[PERSON|Sabine Baumgartner]] as legal guardian. Guardian's ID card number [[ID_NUMBER|L01X00T47]] was verified in branch. Standing order from the guardian's own account, [[IBAN_CODE|LU33 0019 4056 2038 1400]], set at €20 a month. Address on file: [[STREET_ADDRESS|Rue de Hollerich 112, L-1741 Luxembourg]].",
]

# 40 chat-assistant requests about the writer or someone they know; the first 15 in lower case.
CHAT = [
    "can you write a short birthday message for my nan [[PERSON|dorothy pennington]], she turns 85 on sunday and loves her allotment",
    "my flatmate [[PERSON|oisin brennan]] keeps leaving dishes in the sink, how do i bring it up without starting a fight",
    "help me write an email to my landlord [[PERSON|tariq aziz]] at [[EMAIL_ADDRESS|t.aziz.lettings@gmail.com]] asking him to fix the boiler, its been 2 weeks",
    "whats a polite way to tell [[PERSON|bronwyn]] from book club that she cant host every month",
    "i'm [[PERSON|kelechi obi]] and my number is [[PHONE_NUMBER|07700 900152]], can you make me a simple cv header with that",
    "my son [[PERSON|rafael]] has a fever of 38.4 since this morning, he's 6. when should i take him to a doctor",
    "rewrite this so it sounds nicer: [[PERSON|svenja]] you forgot the keys again and i had to wait outside for an hour",
    "is it safe to send my sister [[PERSON|marisa lopes]] my card number [[CREDIT_CARD|3542 1876 3092 4516]] over whatsapp so she can book the flights",
    "my mum [[PERSON|parveen akhtar]] got a letter saying her pension is being reviewed, what documents does she usually need",
    "can u help me plan a surprise trip for my gf [[PERSON|ayaka]], she likes hiking and onsen, budget about 1500",
    "write a reference for my babysitter [[PERSON|tegan morrissey]], she looked after our twins for 2 years and is great with them",
    "my wifi password is [[PASSWORD|blue-otter-4412]] and my neighbour [[PERSON|desmond]] says he can see the network, should i change it",
    "translate to spanish: dear señora [[PERSON|ibarra]], thank you for looking after our cat while we were away",
    "i need to cancel my gym membership, my name is [[PERSON|ciaran doherty]] and member number [[ID_NUMBER|gm220147]], can you draft the letter",
    "grandad [[PERSON|walter kowalczyk]] passed away last week, can you help me write a few lines for the funeral card",
    "Can you help me write a LinkedIn recommendation for my former manager [[PERSON|Adaeze Nwachukwu]]? She led our data team for three years.",
    "My name is [[PERSON|Thandiwe Moyo]] and I want to apply for a master's in public health. Can you proofread my personal statement opening?",
    "Please draft a text to my neighbour [[PERSON|Gerhard]] asking if he can water my tomatoes while I'm away from the 10th to the 17th.",
    "I'm [[PERSON|Fadi Khoury]] and I keep forgetting my bank login. It's [[ID_NUMBER|fkhoury_83]] with password [[PASSWORD|Cedars&Snow1983]]. Is there a safe way to store it?",
    "My daughter [[PERSON|Imogen]] has her first driving test on Friday and is very nervous. Any tips I can pass on?",
    "Write a short speech for my brother [[PERSON|Mateo Herrera]]'s wedding. He met his wife on a ferry to Menorca.",
    "Can you check this address is formatted correctly for an envelope to the UK? [[PERSON|Agnieszka Lewandowska]], [[STREET_ADDRESS|23 Clifton Gardens, Folkestone CT20 2EF]]",
    "This is [[PERSON|Darnell Hayes]]. I got a call from someone saying they were from my bank and asked for my SSN. I gave them [[US_SSN|671-22-4089]]. What should I do now?",
    "My colleague [[PERSON|Rashida Bello]] is leaving after twelve years. Help me write a farewell card message from the whole team.",
    "How do I explain to my father [[PERSON|Hideo Sato]] that he needs to stop driving at night? He's 81 and very proud.",
    "Please write a complaint to the council about bins not being collected at [[STREET_ADDRESS|5 Mill Race Close, Kendal LA9 4RS]]. Sign it from [[PERSON|Eleanor Birch]].",
    "My ex [[PERSON|Corentin Marchal]] still has access to our shared Netflix. How do I remove him without changing my e-mail?",
    "I'm [[PERSON|Aroha Ngata]], a nurse in Hamilton. Can you help me prepare for an interview for a charge nurse role?",
    "Send a reminder to [[PERSON|Jonah Whitaker]] at [[EMAIL_ADDRESS|jonah.whitaker@hey.com]] that the band rehearsal moved to Wednesday at 7.",
    "My friend [[PERSON|Lucía Paredes]] wants to move to Canada as a nurse. What are the first steps she should take?",
    "Could you write a polite message to Mr [[PERSON|Okonjo]]'s assistant asking to reschedule our call to next Tuesday?",
    "Set up a budget for me: I'm [[PERSON|Caoimhe Byrne]], I earn €2,900 a month after tax and pay €1,100 rent.",
    "My aunt [[PERSON|Zainab Osman]] keeps getting scam calls on [[PHONE_NUMBER|+1 416 555 0129]]. How can she block them on an old Nokia?",
    "Help me answer my tenant [[PERSON|Florin Ungureanu]], who is asking for his deposit back before the inspection.",
    "What should I get my coach [[PERSON|Kerry-Ann Baptiste]] as a thank-you gift after our team won the county final?",
    "The school asked for my son's student ID for the trip form. It's [[ID_NUMBER|2024-07713]] and his name is [[PERSON|Arjun Pillai]]. Can you fill in this form text for me?",
    "Write a short obituary for my grandmother [[PERSON|Edna Mae Holloway]], a teacher for forty years in rural Georgia.",
    "Can you explain what my cousin [[PERSON|Nasrin Karimi]] needs to do to renew her Iranian passport [[ID_NUMBER|Z48120937]] from abroad?",
    "I told my coworker [[PERSON|Brent Lindgren]] my alarm code [[PASSWORD|5907]] so he could feed my dog. Should I change it now?",
    "Please write an apology from me, [[PERSON|Yaw Darko]], to my team for missing the deadline on the grant report.",
]

# 30 messages to a hospital or clinic chatbot.
CLINIC = [
    "Hi, I need to move my appointment on 14 March. Name [[PERSON|Gloria Adjei]], patient number [[ID_NUMBER|PT-0448127]].",
    "Can I get my blood test results? I'm [[PERSON|Mehmet Yıldız]], born 02/09/1975, MRN [[ID_NUMBER|00731854]].",
    "This is [[PERSON|Sandra Kowalski]], please call me back on [[PHONE_NUMBER|(414) 555-0196]] about my MRI on Thursday.",
    "My husband [[PERSON|Peter Lindholm]] was admitted last night to ward 6. Can I visit him today?",
    "Is my insurance accepted? Member ID [[ID_NUMBER|AET-55120394]], name [[PERSON|Courtney Ruiz]].",
    "I'd like to register my newborn [[PERSON|Amara Okafor]], born 21 June, with the practice. My NHS number is [[ID_NUMBER|731 508 2646]].",
    "Reschedule the physio for [[PERSON|Ignatius Mwale]] from 3 to 10 April please, same time. Patient no. [[ID_NUMBER|P-7719042]].",
    "Hello, my name is [[PERSON|Bích Trâm Lê]] and I missed a call from the cardiology clinic. My number is [[PHONE_NUMBER|0491 570 663]].",
    "Prescription refill for [[PERSON|Harold Dunmore]], date of birth 30/12/1948, lisinopril 10 mg.",
    "I need a copy of my discharge letter from 8 January. [[PERSON|Juliette Marchetti]], hospital number [[ID_NUMBER|H5520981]].",
    "Can Dr [[PERSON|Okoro]] see my daughter [[PERSON|Zuri Wambua]] this week? She has had an ear infection since Monday.",
    "My mother [[PERSON|Rukhsana Begum]] needs an interpreter for her appointment on 19 May. She speaks Sylheti.",
    "Cancel the dental check-up for [[PERSON|Finnegan Walsh]] on Friday 2 pm, member number [[ID_NUMBER|DNT-3308215]].",
    "Please text the appointment reminder to [[PHONE_NUMBER|07700 900486]] instead of my old number. [[PERSON|Carys Pryce]].",
    "I am [[PERSON|Wiremu Paki]] and I want to know if my flu jab is due. My NHI is [[ID_NUMBER|ZKT4619]].",
    "Booking a telehealth consult for [[PERSON|Anneliese Brandt]], patient ID [[ID_NUMBER|PID-88203716]], any time after 3 pm on 12 September.",
    "Has the lab received the sample for [[PERSON|Obinna Chukwu]]? It was taken on 27 February, MRN [[ID_NUMBER|01288407]].",
    "Hi, [[PERSON|Rosa Vitale]] here. My son [[PERSON|Enzo]] needs his vaccination record for school, member ID [[ID_NUMBER|UHC-77402819]].",
    "Can someone call my dad [[PERSON|Emmanuel Tetteh]] on [[PHONE_NUMBER|020 7946 0751]]? He doesn't use the app.",
    "I need to update my address for [[PERSON|Nomvula Khumalo]] to [[STREET_ADDRESS|18 Jacaranda Street, Menlo Park, Pretoria 0081]].",
    "What time is my colonoscopy tomorrow? [[PERSON|Douglas Fairbairn]], patient number [[ID_NUMBER|PT-2290583]].",
    "Hello, I'm [[PERSON|Lakshmi Narayanan]]. I was told to fast before my scan on 6 November. From what time?",
    "Please confirm the eye clinic appointment for Mrs [[PERSON|Agatha Fenwick]] on 23 October at 9:40.",
    "My wife [[PERSON|Sun Mei]] is 32 weeks pregnant and has a bad headache. Member ID [[ID_NUMBER|KPX-60217745]]. Should we come in?",
    "Can I pay the outstanding bill for [[PERSON|Tomás Quiroga]] by phone? Account [[ID_NUMBER|HB-4471920]].",
    "Need a sick note for [[PERSON|Jakub Horák]] from 2 to 6 December, patient no. [[ID_NUMBER|P-3105526]].",
    "Physiotherapy referral for [[PERSON|Felicity Awolowo]]; she can be reached at [[PHONE_NUMBER|(617) 555-0142]] after 5.",
    "Hi it's [[PERSON|Kenji Watanabe]], MRN [[ID_NUMBER|00564219]]. My allergy to latex is missing from my record.",
    "Could the diabetes nurse ring [[PERSON|Maureen Gallagher]] on [[PHONE_NUMBER|0141 496 0838]] about her insulin doses?",
    "Where do I collect the test kit for [[PERSON|Samir Benjelloun]]? Appointment on 15 January, patient ID [[ID_NUMBER|PID-40917288]].",
]

# 20 MT-Bench-style prompts: writing, role-play, reasoning, maths, coding, extraction, STEM
# and humanities.
CLEAN_MTBENCH = [
    "Compose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.",
    "Write a persuasive e-mail to convince an introverted friend to volunteer as a guest speaker at a local event. Keep it under 200 words.",
    "Describe a vivid and unique character, using strong imagery and creative language, in fewer than two paragraphs.",
    "Pretend you are Sherlock Holmes and explain to Dr Watson how you deduced that the visitor had recently returned from a sea voyage.",
    "Act as a math teacher. I will give you equations and you will explain the steps to solve them. First: 3x + 7 = 2x - 5.",
    "Imagine you are Marie Curie giving a short lecture to schoolchildren about why scientists must keep careful notebooks.",
    "You are in a race and overtake the person in second place. What position are you in now? Explain your reasoning.",
    "Thomas is very healthy but has to go to the hospital every day. What could be the reasons? List at least three.",
    "If the vertices of a triangle are at (0, 0), (-1, 1) and (3, 3), what is the area of the triangle?",
    "When a number is divided by 10 the remainder is 4. What is the remainder when twice the number is divided by 4?",
    "Write a Python function that finds the longest common subsequence of two input strings using dynamic programming.",
    "Implement a function in C++ that returns the k-th smallest element in the union of two sorted arrays in linear time.",
    "Extract the names of the books, their authors and the years of publication from this text and return them as JSON: 'In 1997 a young wizard story by J. K. Rowling appeared, while Tolkien's The Hobbit dates from 1937.'",
    "Given these sentences, identify the country, capital and language spoken in each: 'Amidst the idyllic vistas, Copenhagen, Denmark's capital, captivates visitors with its thriving art scene and the enchanting Danish language.'",
    "Explain in simple terms how photosynthesis turns light energy into chemical energy, and name the two main stages.",
    "A satellite is in a circular orbit around the Earth. If its speed decreases, what happens to its orbital radius and period? Justify using physics.",
    "Describe the process of nuclear fusion in stars and explain why iron marks the end of energy-releasing fusion.",
    "Discuss how the Industrial Revolution changed family life in nineteenth-century Britain, with two concrete examples.",
    "Compare the political philosophies of Thomas Hobbes and John Locke on the state of nature in about 300 words.",
    "Suggest five award-winning documentary films with brief background descriptions for aspiring filmmakers to study.",
]

# 20 Vicuna-bench-style open questions: generic, knowledge, counterfactual, Fermi, role-play.
CLEAN_VICUNA = [
    "How can I improve my time management skills?",
    "What are the most effective ways to deal with stress?",
    "What are the main differences between Python and JavaScript programming languages?",
    "How can I increase my productivity while working from home?",
    "Can you explain the basics of quantum computing?",
    "What are the differences between plant-based and animal-based protein sources?",
    "Why do some people enjoy the sensation of being scared, such as by watching horror movies, while others avoid it?",
    "What are the primary factors that influence consumer behaviour?",
    "How do vaccinations work to protect individuals and communities from infectious diseases?",
    "What if the Internet had been invented during the Renaissance period?",
    "What if Isaac Newton had focused on biology instead of physics?",
    "What if the Beatles had never formed as a band?",
    "How many times does the average human blink in a lifetime? Explain your reasoning step by step.",
    "How many atoms are in a grain of salt? Walk me through your estimate.",
    "How many snowflakes fall during a typical winter in a northern city? Explain your reasoning.",
    "How many songs have been recorded throughout history? Give a reasoned estimate.",
    "As a pirate captain, what would you say to your crew to motivate them to search for hidden treasure?",
    "If you were a Shakespearean character, how would you declare your love for someone in a soliloquy?",
    "As a superhero, how would you explain your origin story to a curious child?",
    "Imagine you are a time traveller from the year 3000. What technological advancements would you tell people about?",
]

# 20 grade-school word problems with fictional first names.
CLEAN_GSM = [
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?",
    "Weng earns $12 an hour for babysitting. Yesterday, she did 50 minutes of babysitting. How much did she earn?",
    "Betty is saving money for a new wallet which costs $100. She has only half of the money she needs. Her parents give her $15 and her grandparents twice as much as her parents. How much more money does Betty need?",
    "Julie is reading a 120-page book. Yesterday she read 12 pages and today she read twice as many. If she wants to read half of the remaining pages tomorrow, how many pages should she read?",
    "Omar buys 3 notebooks at $2.50 each and a pen for $1.75. He pays with a $20 note. How much change does he get?",
    "A baker named Lucia makes 144 cupcakes and packs them in boxes of 6. She sells 18 boxes. How many cupcakes are left?",
    "Priyanka runs 3 laps of a 400-metre track every morning for 5 days a week. How many kilometres does she run in 4 weeks?",
    "Tomas has 5 times as many marbles as Ines. Together they have 84 marbles. How many marbles does Ines have?",
    "A tank holds 600 litres. Kwesi fills it at 25 litres per minute while a leak drains 5 litres per minute. How long does it take to fill the empty tank?",
    "Mei bought a jacket for $80 during a 25% off sale. What was the original price of the jacket?",
    "Diego plants 7 rows of tomatoes with 12 plants in each row. Each plant gives 9 tomatoes. How many tomatoes does he harvest?",
    "Hannah's garden is 15 metres long and 8 metres wide. She wants to put a fence around it that costs $4 per metre. How much will the fence cost?",
    "Arjun is 4 years older than his sister Leela. In 6 years, the sum of their ages will be 40. How old is Leela now?",
    "Sofia reads 25 pages on weekdays and 40 pages on each weekend day. How many pages does she read in two weeks?",
    "A school trip costs $18 per student plus $120 for the bus. If 35 students go, and the class collects $800, how much more is needed?",
    "Kenji drives 180 km at 60 km/h and then 120 km at 80 km/h. What is his average speed for the whole trip?",
    "Ada has 3 dozen eggs. She uses 7 for a cake and 5 for breakfast, then buys 2 dozen more. How many eggs does she have?",
    "Farah earns $15 an hour and works 6 hours a day, 5 days a week. She saves one third of her earnings. How much does she save in 4 weeks?",
    "A library has 2,400 books. Lars donates 15% more books to it, and then 180 books are lost. How many books does the library have now?",
    "Rosa makes lemonade with 3 cups of water for every cup of lemon juice. If she uses 16 cups of liquid in total, how many cups of lemon juice does she use?",
]

# 20 multiple-choice items with options A to D.
CLEAN_MMLU = [
    "Which of the following is the body cavity that contains the pituitary gland?\nA. Abdominal\nB. Cranial\nC. Pleural\nD. Spinal",
    "Which of the following best describes the main purpose of the Marshall Plan?\nA. To rebuild Western European economies after World War II\nB. To establish the United Nations\nC. To divide Germany into occupation zones\nD. To create NATO",
    "A 45-year-old woman comes to the physician because of fatigue and weight gain over six months. Her skin is dry and her reflexes show a delayed relaxation phase. Which of the following is the most likely diagnosis?\nA. Hyperthyroidism\nB. Hypothyroidism\nC. Addison disease\nD. Cushing syndrome",
    "A man is arrested for burglary. At trial, the prosecution offers a statement he made before being read his rights. The defence should move to:\nA. dismiss the case\nB. suppress the statement\nC. change the venue\nD. sever the charges",
    "Find the degree of the field extension Q(sqrt(2), sqrt(3)) over Q.\nA. 0\nB. 4\nC. 2\nD. 6",
    "Who wrote the Ninety-five Theses in 1517?\nA. John Calvin\nB. Martin Luther\nC. Ulrich Zwingli\nD. Thomas More",
    "Which of the following statements about the Krebs cycle is correct?\nA. It occurs in the cytoplasm\nB. It produces most of the cell's ATP directly\nC. It takes place in the mitochondrial matrix\nD. It requires no oxygen at any stage",
    "In economics, a price ceiling set below the equilibrium price will most likely cause:\nA. a surplus\nB. a shortage\nC. no change in quantity\nD. an increase in supply",
    "A woman signs a contract to sell her car to a neighbour for $5,000 but later refuses to deliver it. The most appropriate remedy for the buyer, if the car is unique, is:\nA. nominal damages\nB. specific performance\nC. rescission\nD. punitive damages",
    "Which philosopher argued that the unexamined life is not worth living?\nA. Aristotle\nB. Plato\nC. Socrates\nD. Epicurus",
    "The time complexity of binary search on a sorted array of n elements is:\nA. O(1)\nB. O(log n)\nC. O(n)\nD. O(n log n)",
    "A 30-year-old man has a sudden severe headache described as the worst of his life. Which investigation should be done first?\nA. Lumbar puncture\nB. Non-contrast CT of the head\nC. EEG\nD. Carotid ultrasound",
    "Which treaty ended the Thirty Years' War in 1648?\nA. Treaty of Utrecht\nB. Peace of Westphalia\nC. Treaty of Versailles\nD. Congress of Vienna",
    "In a hypothesis test, a Type I error occurs when:\nA. a true null hypothesis is rejected\nB. a false null hypothesis is not rejected\nC. the sample is too small\nD. the p-value is above 0.05",
    "Which of these elements has the highest electronegativity?\nA. Oxygen\nB. Chlorine\nC. Fluorine\nD. Nitrogen",
    "Napoleon Bonaparte was finally defeated at which battle in 1815?\nA. Austerlitz\nB. Leipzig\nC. Waterloo\nD. Trafalgar",
    "A 60-year-old woman taking warfarin starts a new antibiotic and develops bruising. Which antibiotic most likely caused the interaction?\nA. Amoxicillin\nB. Metronidazole\nC. Nitrofurantoin\nD. Fosfomycin",
    "Which of the following is a primary function of the World Trade Organization?\nA. Setting exchange rates\nB. Settling trade disputes between member states\nC. Lending to developing countries\nD. Regulating central banks",
    "According to Kant, an action has moral worth only if it is done:\nA. from inclination\nB. from duty\nC. for the greatest happiness\nD. out of self-interest",
    "What is the output of print(len({1, 2, 2, 3, 3, 3})) in Python?\nA. 6\nB. 3\nC. 1\nD. An error",
]

# 20 short questions to a hospital bot about services, symptoms, visiting hours and
# insurance, with no person named.
CLEAN_HEALTH = [
    "What are the visiting hours for the maternity ward?",
    "Do you accept Medicare Advantage plans?",
    "Is there parking at the main hospital entrance, and how much does it cost?",
    "I have had a sore throat and fever for three days. Should I see a GP or go to urgent care?",
    "Does the hospital offer free flu vaccinations for people over 65?",
    "How do I request a copy of my medical records?",
    "What should I bring to a pre-operative assessment appointment?",
    "Is the pharmacy open on Sundays?",
    "Can children visit patients in the intensive care unit?",
    "What are the symptoms of a stroke, and when should I call an ambulance?",
    "Do I need a referral to see a dermatologist at your clinic?",
    "How long is the usual wait in the emergency department on a weekday evening?",
    "Which insurance providers are in network for physiotherapy?",
    "Is there a wheelchair available at the front desk for visitors?",
    "Can I get a COVID test without an appointment?",
    "What is the difference between urgent care and the emergency room?",
    "Are interpreters available for appointments, and how do I book one?",
    "My chest feels tight when I climb stairs. Is that something to get checked soon?",
    "Does the clinic offer telehealth appointments for mental health?",
    "How much does a routine blood test cost without insurance?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "7385 2094 6186": aadhaar_ok,  # Indian Aadhaar
    "4826 1903 7756": aadhaar_ok,
    "485 203 9178": nhs_ok,  # NHS number
    "612 774 3052": nhs_ok,
    "731 508 2646": nhs_ok,
    "271603847": bsn_ok,  # Dutch BSN
    "48291736Q": dni_ok,  # Spanish DNI
    "Y4820371E": dni_ok,  # Spanish NIE
    "880415-2737": luhn_len(10),  # Swedish personnummer
    "538 194 028": luhn_len(9),  # Canadian SIN
    "8706235124082": luhn_len(13),  # South African id
    "418.930.572-32": cpf_ok,  # Brazilian CPF
    "95072314856": pesel_ok,  # Polish PESEL
    "S8134072B": nric_ok,  # Singapore NRIC
    "310104198705124637": china_id_ok,  # Chinese resident id
    "190392-417V": hetu_ok,  # Finnish henkilötunnus
    "1 85 07 69 381 042 22": nir_ok,  # French NIR
    "85.07.12-284.26": belgian_id_ok,  # Belgian national number
    "GRCVNT81M52F205M": codice_fiscale_ok,  # Italian codice fiscale
    "6283957OA": pps_ok,  # Irish PPS number
    "ZKT4619": nhi_ok,  # New Zealand NHI
}

# IBAN lengths of the countries used here.
IBAN_LENGTHS = {
    "GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "IE": 22,
    "AT": 20, "CH": 21, "PL": 28, "SE": 24, "DK": 18, "AE": 23, "LU": 20,
}  # fmt: skip

# SSNs printed in advertising, on sample cards or in documentation.
WELL_KNOWN_SSNS = frozenset({"078-05-1120", "219-09-9999", "457-55-5462", "123-45-6789"})

# Every phone must match one of these: ranges kept for fiction where a country has one,
# invented numbers in the national formats of the others.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"01(13|18|31|41) 496 0\d{3}",  # Leeds, Reading, Edinburgh, Glasgow
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}\.555\.01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"\+61 491 570 \d{3}",
        r"070-174 06 \d{2}",  # Sweden
        r"\+46 70 174 06 \d{2}",
        r"06 39 98 \d{2} \d{2}",  # France
        r"030 23125 \d{3}",  # Germany, Berlin
        r"090-\d{4}-\d{4}",  # Japan, invented
        r"\+(7|27|31|34|41|43|47|48|65|84|91|233|234|254|972)( \d{1,5}){2,5}",  # invented
    )
]


def check_section(
    name: str, texts: list[str], words: tuple[int, int], spans: tuple[int, int], person: bool
) -> None:
    """Each text of a section has ``words`` words and ``spans`` spans (least, most) and, with
    ``person``, names someone."""
    for marked in texts:
        count, found = word_count(marked), marked_spans(marked)
        if not words[0] <= count <= words[1]:
            raise SystemExit(f"{name}: {count} words in {marked[:60]!r}")
        if not spans[0] <= len(found) <= spans[1]:
            raise SystemExit(f"{name}: {len(found)} spans in {marked[:60]!r}")
        if person and not any(s["type"] == "PERSON" for s in found):
            raise SystemExit(f"{name}: no name in {marked[:60]!r}")


def check_business(texts: list[str]) -> None:
    """Business texts: several kinds of identifier each; passwords and ids across the set."""
    with_password = with_id = 0
    for marked in texts:
        kinds = {s["type"] for s in marked_spans(marked)}
        if len(kinds) < 2:
            raise SystemExit(f"business: one kind of identifier in {marked[:60]!r}")
        with_password += "PASSWORD" in kinds
        with_id += "ID_NUMBER" in kinds
    if with_password < 10 or with_id < 50:
        raise SystemExit(f"business: {with_password} with a password, {with_id} with an id")


def check_mmlu(texts: list[str]) -> None:
    """Multiple-choice items: options A to D, each on its own line."""
    for text in texts:
        if not all(f"\n{letter}. " in text for letter in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {text[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones in the listed formats, IPs from documentation ranges, IBANs of the right length
    and not documentation examples, no well-known SSN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in PHONES):
                raise SystemExit(f"phone {value!r} outside the listed formats")
            if kind == "IP_ADDRESS" and not value.startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
            ):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (
                compact in DOCUMENTATION_IBANS
                or not iban_ok(compact)
                or IBAN_LENGTHS.get(compact[:2]) != len(compact)
            ):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
            if kind == "US_SSN" and value in WELL_KNOWN_SSNS:
                raise SystemExit(f"well-known SSN {value!r}")


def main() -> None:
    sections = {
        "sentences": (SENTENCES, 90),
        "business": (BUSINESS, 60),
        "chat": (CHAT, 40),
        "clinic": (CLINIC, 30),
        "clean mt-bench": (CLEAN_MTBENCH, 20),
        "clean vicuna": (CLEAN_VICUNA, 20),
        "clean gsm8k": (CLEAN_GSM, 20),
        "clean mmlu": (CLEAN_MMLU, 20),
        "clean health": (CLEAN_HEALTH, 20),
    }
    pii = SENTENCES + BUSINESS + CHAT + CLINIC
    check_section("sentences", SENTENCES, SENTENCE_WORDS, (1, 3), person=False)
    check_section("business", BUSINESS, BUSINESS_WORDS, (3, 20), person=True)
    check_section("chat", CHAT, CHAT_WORDS, (1, 3), person=True)
    check_section("clinic", CLINIC, CLINIC_WORDS, (1, 3), person=True)
    check_business(BUSINESS)
    check_mmlu(CLEAN_MMLU)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind29", HERE, sections, {"sentences", "business", "chat", "clinic"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
