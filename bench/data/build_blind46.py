# ruff: noqa: E501
"""A forty-sixth blind privacy set: 220 texts with personal data and 100 clean ones, people
asking a chat assistant for help with forms, messages and admin in their own words.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table format
and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 80 "fill in / check / write" requests: visa applications (Japan, Schengen, ESTA, Canada,
  UK family, Australia, India, Thailand), rental applications and references, school,
  nursery and university enrolment, insurance claims (motor, travel, contents, pet, health,
  phone, life), job applications and onboarding forms, complaint letters, GP, dentist and
  clinic forms, bank disputes and chargebacks, delivery problems and other admin (tax,
  licence, council tax, pension, residency); each carries the person's name with some of
  address, phone, e-mail, passport, driving licence, NHS, SSN, tax or national id, account,
  policy, member or student numbers, card or IBAN;
* 70 messages to draft or reply to (babysitter, plumber, landlord, ex, teacher, coach,
  neighbour, cleaner, group chats) naming private people with and without cue words: names
  of many origins, surnames alone, nicknames and word-names (Rose, Bill, Sunny, Destiny,
  Hope, Joy, Faith, Grace, Precious); the first 18 typed all in lower case; 3 name no one
  but carry an address or phone;
* 40 "is this a scam?" pastes quoting the user's (or a relative's) name, phone, e-mail,
  address, card, IBAN, national id, a one-time code or a password the user gave away;
* 30 passwords, PINs, door, alarm and key-safe codes, wifi keys and logins typed in passing.

Labels: usernames and logins, account, customer, member, policy, student, staff and super
fund numbers, passports, driving licences, National Insurance, tax and national ids are
ID_NUMBER (US SSNs US_SSN); passwords, PINs, door, gate, lockbox and alarm codes, wifi keys,
memorable words, a collection password and one-time codes the user quotes are PASSWORD; a
private person's e-mail is EMAIL_ADDRESS even in a scam paste, and an IBAN a scammer asks
for is still IBAN_CODE. Titles and relation words (Mr, Mrs, Ms, Dr, Coach, Aunty, Uncle,
Grandma, my sister) stay outside PERSON spans; an address span runs from the first street
line through the postcode and city as typed (a street line alone where that is all that is
typed). Not labelled: dates of birth, the last four digits of a card, sort codes, order,
claim, booking, tracking, crime and reference numbers, wifi network names, links, brands,
public places, pets, public figures and fictional characters. Every occurrence of a
private value is marked.

The 100 clean texts hold no personal data at all: 30 admin questions naming no one, 20
scam-awareness questions quoting only sample values ("Dear Customer", example.com
addresses, XXXX-masked cards), 20 message-writing requests with no names, 15 questions
naming public figures, brands and places and 15 word problems with fictional first names.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 0113 to 0118 and 0121
to 0161 496 0, 020 7946 0, 029 2018 0, 01632 960; North America 555-01xx; Australia
0491 570; France 06 39 98; Germany 030 23125) and in each country's own layout elsewhere;
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS number, Chinese resident id, Brazilian CPF,
Swedish personnummer, Turkish kimlik, Spanish DNI, Dutch BSN, German tax id, Irish PPS,
Singapore NRIC, French NIR, Indian Aadhaar, Australian TFN and Medicare, Polish PESEL,
Korean resident registration number, New Zealand NHI, Finnish henkilötunnus, Belgian
national number, Norwegian fødselsnummer, Italian codice fiscale, Canadian SIN, South
African id, Czech rodné číslo, Japanese My Number, Romanian CNP).

Run ``.venv/bin/python bench/data/build_blind46.py`` from the repository root; the output is
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
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhi_ok,
    nhs_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rodne_cislo_ok,
    rrn_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_MESSAGES = 18
MIN_CHARS = 15
MAX_WORDS = 300
FORM_WORDS = (20, 110)
MESSAGE_WORDS = (10, 70)
SCAM_WORDS = (20, 100)
SECRET_WORDS = (10, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Aunty|Uncle|Nurse|Coach|Grandma|Grandad|Nani|Sir|Herr|Frau|Mme|Sra|Sr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 80 requests to fill in, check or write a form, application or letter.
FORMS = [
    "Can you fill in this visa application summary for me? Full name: [[PERSON|Anjali Deshmukh]], DOB 14/03/1991, passport [[ID_NUMBER|Z4827163]], home address [[STREET_ADDRESS|Flat 3, 27 Moorland Road, Leeds LS6 1AN]], phone [[PHONE_NUMBER|07700 900318]], email [[EMAIL_ADDRESS|anjali.deshmukh91@gmail.com]]. Purpose of visit: tourism in Japan for 10 days in April.",
    "I'm applying for a Schengen visa at the French consulate. My details: [[PERSON|Oluwaseun Adebayo]], born 2 July 1988 in Lagos, Nigerian passport [[ID_NUMBER|A09382716]], UK residence permit [[ID_NUMBER|ZX4837261]], living at [[STREET_ADDRESS|48 Hollybush Lane, Manchester M14 6PQ]]. Can you write the cover letter explaining I'm attending my cousin [[PERSON|Funmilayo]]'s wedding in Lyon?",
    "Please check my ESTA answers before I pay. Surname: [[PERSON|MacAllister]]. Given names: [[PERSON|Fiona Ruth]]. Passport number: [[ID_NUMBER|538214697]], issued UK. Date of birth 09 Nov 1979. Address while in the US: staying with a friend, [[PERSON|Dana Whitcombe]], [[STREET_ADDRESS|1142 Alder Street, Eugene, OR 97401]]. Email [[EMAIL_ADDRESS|fiona.macallister@btinternet.com]]. Did I put the names in the right boxes?",
    "I'm filling in the Canadian study permit form and the box 'national identity document' confuses me. My name is [[PERSON|Zhang Yuxin]], Chinese resident ID [[ID_NUMBER|510107199211083629]], passport [[ID_NUMBER|EK4829173]], home address [[STREET_ADDRESS|No. 18 Renmin South Road, Wuhou District, Chengdu 610041]]. Do I put the ID card number there or only the passport?",
    "Help me write the sponsor section of my wife's UK family visa. Sponsor: [[PERSON|Daniel Hartley]], British citizen, National Insurance number [[ID_NUMBER|JT 48 27 61 B]], living at [[STREET_ADDRESS|22 Kestrel Close, Swindon SN3 4RW]] since 2019, employed full time by Brookside Joinery. Applicant: [[PERSON|Mariana Costa Hartley]], Brazilian, CPF [[ID_NUMBER|517.284.903-32]]. We married in Recife in 2022.",
    "my mum is applying for an australian visitor visa to see the baby. can you check her details read ok: [[PERSON|nguyen thi lan]], born 1962, vietnamese passport [[ID_NUMBER|C2817465]], address [[STREET_ADDRESS|45 le van sy, ward 13, district 3, ho chi minh city]], phone [[PHONE_NUMBER|+84 908 417 263]]. she'll stay with me at [[STREET_ADDRESS|7 banksia court, parramatta nsw 2150]].",
    "I'm filling in the Indian e-Visa form and it asks for 'any visible identification marks' and 'previous visa number'. My details: [[PERSON|Elin Lindqvist]], personnummer [[ID_NUMBER|870226-5045]], passport [[ID_NUMBER|91827364]], email [[EMAIL_ADDRESS|elin.lindqvist@telia.se]]. What do I write if I have no marks and no previous visa?",
    "Can you turn this into answers for the Thai e-visa? I'm [[PERSON|Elif Yıldırım]], TC kimlik no [[ID_NUMBER|31847059210]], passport [[ID_NUMBER|U18273645]], email [[EMAIL_ADDRESS|elif.yildirim@outlook.com.tr]], hotel in Bangkok is the Riva Surya. Occupation: pharmacist. Which answer goes under 'sponsor'?",
    "Writing a rental application for a flat in Bristol. Please make this sound professional: I'm [[PERSON|Kwabena Mensah]], 29, software tester, current address [[STREET_ADDRESS|Flat 12, 90 Gloucester Road, Bristol BS7 8BN]], mobile [[PHONE_NUMBER|07700 900582]], email [[EMAIL_ADDRESS|k.mensah.work@gmail.com]]. Previous landlord [[PERSON|Hilary Fenwick]] on [[PHONE_NUMBER|0117 496 0314]] is happy to give a reference.",
    "My dad is my guarantor. Fill in this guarantor form text for him: guarantor name [[PERSON|Rajesh Kumar Iyer]], address [[STREET_ADDRESS|16 Chestnut Avenue, Leicester LE2 3FG]], phone [[PHONE_NUMBER|0116 496 0782]], employer University Hospitals, annual income £58,000, bank IBAN [[IBAN_CODE|GB67 MIDL 4005 1523 8471 96]]. Relationship to tenant: father of [[PERSON|Meera Iyer]].",
    "The rental app for an apartment in Austin asks for my SSN for the credit check, is that normal? Here's what I've filled so far: applicant [[PERSON|Marisol Guerrero]], SSN [[US_SSN|512-48-3396]], current address [[STREET_ADDRESS|2218 Willow Creek Dr, Apt 4B, Austin, TX 78745]], phone [[PHONE_NUMBER|(512) 555-0147]], landlord reference [[PERSON|Todd Pruitt]] [[PHONE_NUMBER|(512) 555-0162]].",
    "Can you help me fill in a Mieterselbstauskunft in German? Name: [[PERSON|Aleksandra Nowak]], born 12.05.1993, current address [[STREET_ADDRESS|Sonnenallee 114, 12045 Berlin]], phone [[PHONE_NUMBER|030 23125 684]], email [[EMAIL_ADDRESS|ola.nowak93@web.de]], Steuer-ID [[ID_NUMBER|47 281 059 368]]. Do I actually have to give my tax ID to a landlord?",
    "need to send my rental application for the flat on cowley road, can you check it reads ok. name [[PERSON|callum o'neill]], current address [[STREET_ADDRESS|3 st clements street, oxford ox4 1ah]], phone [[PHONE_NUMBER|07700900643]], previous landlord [[PERSON|bev]] at harcourt lettings, bank for the deposit iban [[IBAN_CODE|GB75 BARC 2065 8217 4309 52]]",
    "For a huurwoning in Utrecht they want these details by email, please write it in English: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|183726455]], current address [[STREET_ADDRESS|Biltstraat 212, 3572 BL Utrecht]], phone [[PHONE_NUMBER|+31 6 48271936]], IBAN [[IBAN_CODE|NL82 RABO 0318 4729 56]], permanent contract as a physiotherapist.",
    "I'm a landlord and my old tenant asked for a reference. Write it for me: [[PERSON|Tomasz Wójcik]] rented [[STREET_ADDRESS|Flat 2, 41 Mafeking Road, Cardiff CF23 5DQ]] from 2020 to 2024, always paid on time and left it spotless. Sign it from me, [[PERSON|Gareth Pryce]], [[PHONE_NUMBER|029 2018 0457]].",
    "The student housing form wants an emergency contact and my student number. Check the spelling and layout: student [[PERSON|Aoife Ní Bhriain]], student no. [[ID_NUMBER|C21834756]], PPS [[ID_NUMBER|3847261F]], emergency contact [[PERSON|Siobhán Ní Bhriain]] (mum), [[PHONE_NUMBER|+353 87 214 3096]].",
    "Filling in the reception class application for my son. Child: [[PERSON|Yusuf Rahman]], DOB 03/09/2020. Parent: [[PERSON|Nasrin Rahman]], [[STREET_ADDRESS|61 Whitechapel Road, London E1 1DU]], [[PHONE_NUMBER|020 7946 0719]], [[EMAIL_ADDRESS|nasrin.rahman@hotmail.co.uk]]. Sibling already at the school: [[PERSON|Amina Rahman]], Year 3. Does the sibling link go in section B or C?",
    "Kindergarten enrollment packet for Oakridge Elementary. Student: [[PERSON|Mateo Alvarez-Ruiz]], born 5/14/2019. Parent/guardian: [[PERSON|Lucía Ruiz]], [[STREET_ADDRESS|845 Pinecrest Ln, Charlotte, NC 28205]], cell [[PHONE_NUMBER|(704) 555-0128]]. Emergency contacts: grandma [[PERSON|Carmen Ruiz]] [[PHONE_NUMBER|(704) 555-0193]] and neighbor [[PERSON|Shonda Greer]]. The form asks for my SSN, it's [[US_SSN|243-71-5098]], do I have to give it?",
    "School trip consent form, medical section. Pupil [[PERSON|Lily-Mae Thornton]], NHS number [[ID_NUMBER|472 918 3053]], allergies: peanuts (carries an EpiPen), GP is Dr [[PERSON|Okonjo]] at Parkside Surgery. Parent contact [[PERSON|Kerry Thornton]] [[PHONE_NUMBER|07700 900274]]. Can you word the allergy bit clearly for the teachers?",
    "help me fill the secondary school transfer form for my daughter. her full name is [[PERSON|zainab bello]], our address [[STREET_ADDRESS|flat 7, 19 hollow lane, birmingham b23 6la]], my number [[PHONE_NUMBER|0121 496 0538]]. first choice is the girls school near us, second choice the academy. what do i put under 'reasons for preference'",
    "Enrolling my son at the lycée international in Saint-Germain. The form needs: élève [[PERSON|Hugo Marchetti]], responsable légal [[PERSON|Claire Marchetti]], [[STREET_ADDRESS|14 rue des Ursulines, 78100 Saint-Germain-en-Laye]], portable [[PHONE_NUMBER|06 39 98 41 27]], numéro de sécurité sociale [[ID_NUMBER|2 87 06 75 114 238 41]]. Whose social security number goes there, mine or his?",
    "Write a short email asking my old chemistry teacher, Mrs [[PERSON|Achterberg]], for a university reference. Her address is [[EMAIL_ADDRESS|r.achterberg@stmarysacademy.org.uk]]. I'm [[PERSON|Jonah Feldman]], UCAS personal ID [[ID_NUMBER|148-372-9054]], applying for pharmacy, she taught me from 2021 to 2023.",
    "Nursery registration asks for everyone allowed to collect. Can you format this as a table: [[PERSON|Priyanka Shah]] (mum) [[PHONE_NUMBER|07700 900815]], [[PERSON|Dev Shah]] (dad) [[PHONE_NUMBER|07700 900816]], and Nani, [[PERSON|Kusum Patel]], [[PHONE_NUMBER|0116 496 0294]]. Child [[PERSON|Arjun Shah]], address [[STREET_ADDRESS|8 Melton Road, Leicester LE4 6PN]]. Collection password: [[PASSWORD|mango tree]].",
    "Registering my daughter for Primary 1 in Singapore. Child: [[PERSON|Tan Hui Min]], birth certificate no. [[ID_NUMBER|T0381465Z]]; parent [[PERSON|Tan Wei Jie]], NRIC [[ID_NUMBER|S9047281Z]], address [[STREET_ADDRESS|Blk 412 Bedok North Ave 2, #08-117, Singapore 460412]], handphone [[PHONE_NUMBER|+65 9183 4726]]. Which phase should I register under?",
    "Help me write my car insurance claim. Policy holder [[PERSON|Gráinne Doherty]], policy no. [[ID_NUMBER|MTR-4827163-01]], claim ref CLM0093817. Another driver, [[PERSON|Stuart Bellamy]], reversed into me in the supermarket car park. His details: [[PHONE_NUMBER|07700 900147]], insurer Admiral, licence [[ID_NUMBER|BELLA804127SJ9LK]]. I need it factual, not angry.",
    "Travel insurance claim for a cancelled trip: insured [[PERSON|Hamid Farouqi]], policy [[ID_NUMBER|TRV88214537]], address [[STREET_ADDRESS|5 Regent Terrace, Edinburgh EH7 5BN]], phone [[PHONE_NUMBER|0131 496 0825]]. My father [[PERSON|Abdul Farouqi]] was taken into hospital in Kabul so I couldn't fly. Refund to [[IBAN_CODE|GB07 LOYD 3094 6172 5830 14]]. Write the 'reason for claim' paragraph.",
    "Home contents claim. My laptop and my partner [[PERSON|Leon]]'s bike were stolen from [[STREET_ADDRESS|Flat 4, 12 Coldharbour Lane, London SE5 9NR]]. Police crime ref 01/6628341/24. The policy is in my name, [[PERSON|Shanice Campbell]], number [[ID_NUMBER|HC-20394857]]. Can you list the items in a table with rough values?",
    "Pet insurance form for the vet bill. Pet: Biscuit (cocker spaniel). Owner [[PERSON|Harriet Oyelaran-Smith]], policy [[ID_NUMBER|PP7736190]], vet Dr [[PERSON|Kaminski]] at Abbeyvets. Bank for payout [[IBAN_CODE|GB85 NWBK 5600 3718 2946 05]]. Fill in the 'history of condition' box from my notes: limping since March, x-ray, ligament surgery.",
    "Out-of-network claim form for my therapist. Member: [[PERSON|Jessica Lindgren-Ortiz]], member ID [[ID_NUMBER|XJH884271930]], group 00471, DOB 02/28/1986, address [[STREET_ADDRESS|3307 N Halsted St, Chicago, IL 60657]]. Provider [[PERSON|Rebecca Stahl]], LCSW. Which box does the CPT code 90834 go in?",
    "phone insurance claim says i need to give my account number and describe what happened. account [[ID_NUMBER|77318204]], name [[PERSON|dmitri volkov]], email [[EMAIL_ADDRESS|dvolkov.88@yandex.ru]], the screen cracked when i dropped it at work on friday. write the description for me pls",
    "My car was hit in Málaga and the Spanish insurer wants a declaración. Details: [[PERSON|Javier Morales Peña]], DNI [[ID_NUMBER|53718264Q]], póliza [[ID_NUMBER|AX-55102938]], address [[STREET_ADDRESS|Calle Larios 9, 3º B, 29005 Málaga]], phone [[PHONE_NUMBER|+34 612 48 39 07]]. Write it in Spanish please, short and neutral.",
    "Updating the beneficiaries on my life policy [[ID_NUMBER|LP-3319028]]. Beneficiaries: my wife [[PERSON|Ngozi Eze]] 70%, my brother [[PERSON|Chukwuemeka Eze]] 30%. Policy holder: [[PERSON|Ikenna Eze]], NI [[ID_NUMBER|NP 73 19 46 D]]. Is the wording 'per stirpes' needed here or is that just American?",
    "Rewrite the top of my CV to look cleaner: [[PERSON|Agnieszka Kowalczyk]] | [[PHONE_NUMBER|07700 900436]] | [[EMAIL_ADDRESS|a.kowalczyk.hr@gmail.com]] | [[STREET_ADDRESS|27 Fernbank Road, Sheffield S6 2LN]]. Then add a 3-line profile: HR advisor, 6 years, CIPD level 5, looking for hybrid roles.",
    "Cover letter for a band 5 nursing job at the Royal Free. I'm [[PERSON|Rhea Fernandes]], NMC PIN [[ID_NUMBER|18I4729E]], three years on a surgical ward. Reference 1: ward manager [[PERSON|Colette Abara]], [[EMAIL_ADDRESS|colette.abara@nhs.net]]. Keep it under 300 words and mention my IV cannulation training.",
    "An online job application asks for my SSN and driver's license at the very first step, which feels off. Fields: name [[PERSON|Tyrone Beasley]], SSN [[US_SSN|371-84-2260]], DL [[ID_NUMBER|B418-2093-6651]] (Michigan), phone [[PHONE_NUMBER|(313) 555-0176]]. Is that normal for a warehouse job?",
    "can u help me write a message to apply for the barista job in the window of the cafe on the high street. my name is [[PERSON|chiara benedetti]], im 19, number [[PHONE_NUMBER|07700 900961]], i worked at my uncle [[PERSON|paolo]]'s gelateria last summer so i can do coffee and till",
    "Please translate my Bewerbung header into proper German: [[PERSON|Mehmet Öztürk]], [[STREET_ADDRESS|Hohenzollernring 58, 50672 Köln]], [[EMAIL_ADDRESS|m.oeztuerk@gmx.de]]. Then the Anschreiben: I'm applying as Elektroniker für Betriebstechnik, 4 years experience, available from March.",
    "My former colleague [[PERSON|Bartholomew Osei]] is applying to the council and gave me as his referee. Referee: me, [[PERSON|Zhou Lina]], [[EMAIL_ADDRESS|lina.zhou@pennantlogistics.co.uk]], [[PHONE_NUMBER|0161 496 0271]]. Help me write 'strengths and weaknesses' honestly but kindly: brilliant with customers, bad at deadlines.",
    "HR onboarding form asks for PAN, Aadhaar and bank account. My details: [[PERSON|Sneha Kulkarni]], PAN [[ID_NUMBER|BQKPK4827L]], Aadhaar [[ID_NUMBER|5830 7216 4931]], account no [[ID_NUMBER|50100238471965]], IFSC HDFC0001742, address [[STREET_ADDRESS|B-204, Sai Krupa Apartments, Kothrud, Pune 411038]]. Is it safe to email all this to HR?",
    "Tax file number declaration for my new job: [[PERSON|Liam O'Callaghan]], TFN [[ID_NUMBER|528 173 406]], address [[STREET_ADDRESS|14 Wattle Street, Fitzroy VIC 3065]], mobile [[PHONE_NUMBER|0491 570 318]]. Super fund member no. [[ID_NUMBER|20487315]]. Should I tick 'claim the tax-free threshold' if I also have a weekend job?",
    "Write a complaint to my energy supplier. Account number [[ID_NUMBER|A-7392018-4]], name [[PERSON|Beatrice Akinola]], supply address [[STREET_ADDRESS|9 Partridge Way, Northampton NN3 8JY]]. They've estimated my bills for 11 months and now want £1,240 in one go. Firm but polite, and ask for a payment plan.",
    "Help me write a complaint to the council about fly-tipping outside my house, [[STREET_ADDRESS|113 Tiverton Road, Birmingham B29 6BP]]. It's been reported four times. My neighbour Mr [[PERSON|Sadiq]] has photos. Replies to [[EMAIL_ADDRESS|k.dunmore@yahoo.co.uk]], I'm [[PERSON|Kevin Dunmore]].",
    "Write a complaint to the airline about our lost bag. Passengers: [[PERSON|Ramón Castillo]] and [[PERSON|Inés Castillo]], booking ref QX7TPL, bag tag 0125AA448219, delivery address [[STREET_ADDRESS|Calle de Alcalá 211, 4º izq., 28028 Madrid]], phone [[PHONE_NUMBER|+34 691 27 48 53]], refund to [[IBAN_CODE|ES53 2100 0418 4012 3498 7165]]. It's been 9 days.",
    "complaint to the letting agent. my deposit of 1450 still isnt back 6 weeks after we left [[STREET_ADDRESS|flat b, 28 albert road, southsea po5 2sh]]. the agent was [[PERSON|jade]] at coastline homes. the tenancy was in the names of me, [[PERSON|ellie marsh]], and [[PERSON|ruby atkins]]. make it sound like i know my rights",
    "I want to complain to PALS about how my grandad was treated in A&E. Patient: [[PERSON|Desmond Achebe]], hospital number [[ID_NUMBER|RJ1 447 2938]], NHS number [[ID_NUMBER|718 264 9306]]. He waited 14 hours on a trolley. I'm his granddaughter [[PERSON|Tamara Achebe]], [[PHONE_NUMBER|07700 900729]]. Help me structure it.",
    "Complaint to my broadband provider: customer number [[ID_NUMBER|41829376501]], account holder [[PERSON|Paulo Mendes]], [[STREET_ADDRESS|Flat 19, Kingfisher House, Juniper Drive, London SW18 1TX]]. Internet down three weeks, four engineer no-shows. I want compensation under the automatic scheme.",
    "Can you draft a complaint to the HSE about my mam's home care hours being cut? She's [[PERSON|Bridget Fitzgerald]], PPS [[ID_NUMBER|5190734H]], address [[STREET_ADDRESS|12 Ballyfermot Road, Dublin 10, D10 X2K4]]. Her carer [[PERSON|Oksana]] is great, it's not about her. My number is [[PHONE_NUMBER|+353 86 402 7718]].",
    "Help me write to the commune in Ixelles about a parking fine sent to the wrong person. My name is [[PERSON|Nathalie Vandenbroucke]], registre national [[ID_NUMBER|79.09.22-148.41]], address [[STREET_ADDRESS|Rue du Bailli 42, 1050 Ixelles]]. The car in the photo isn't mine and I don't own one. In French please.",
    "Registering with a new GP. Check my answers: [[PERSON|Samira Haddad]], previous address [[STREET_ADDRESS|4 Lime Grove, Nottingham NG7 2DP]], new address [[STREET_ADDRESS|21 Beeston Lane, Nottingham NG9 2NQ]], NHS number [[ID_NUMBER|508 391 6274]], phone [[PHONE_NUMBER|0115 496 0361]]. What do I put for 'previous GP' if I can't remember the name?",
    "New patient intake at a dermatology clinic. Can you put my answers in the right order? Name [[PERSON|Brandon Kowalski]], SSN [[US_SSN|418-26-7731]], insurance member ID [[ID_NUMBER|W217849305]], emergency contact my wife [[PERSON|Kayla]] [[PHONE_NUMBER|(614) 555-0182]], pharmacy is the CVS on High St. Meds: lisinopril 10mg.",
    "my mum needs to fill in the form for her blood test, she doesnt read english well. name [[PERSON|fatima zahra el amrani]], nhs no [[ID_NUMBER|612 483 9075]], dob 1958, phone [[PHONE_NUMBER|07700 900154]]. what does 'fasting' mean on it, can she still drink water",
    "Help me fill in the manager's part of a return-to-work form. Employee [[PERSON|Marcus Oduya]], employee number [[ID_NUMBER|E0048217]], his GP Dr [[PERSON|Sheila Vance]] recommended a phased return over 4 weeks. I'm his line manager, [[PERSON|Colin Ashworth]]. What adjustments should I list?",
    "Claiming a Medicare rebate for my daughter's specialist visit. Card number [[ID_NUMBER|2745 18366 1]], patient [[PERSON|Isla Nakamura-Reid]], claimant [[PERSON|Ben Reid]], bank account [[ID_NUMBER|10482736]]. Which section does the referral date go in, and does the specialist need to sign?",
    "My sister needs her clinic registration form in Kraków filled in Polish with her details: [[PERSON|Katarzyna Grabowska]], PESEL [[ID_NUMBER|85112307465]], address [[STREET_ADDRESS|ul. Długa 17/4, 31-147 Kraków]], phone [[PHONE_NUMBER|+48 512 804 317]]. She's pregnant, 12 weeks, first visit.",
    "Registering my family with a dentist. Adults: [[PERSON|Chidi Nwosu]] and [[PERSON|Adaeze Nwosu]]; kids [[PERSON|Tobenna]] (8) and [[PERSON|Ifeoma]] (5). Address [[STREET_ADDRESS|52 Brookfield Avenue, Coventry CV5 6JB]], email [[EMAIL_ADDRESS|nwosu.family@gmail.com]]. Are the children free on the NHS and do I need to say so on the form?",
    "A health checkup form at a Seoul clinic for my wife, [[PERSON|Kim Ji-yeon]]: resident registration number [[ID_NUMBER|880514-2158738]], phone [[PHONE_NUMBER|010-4827-3916]], address [[STREET_ADDRESS|102-1405, 32 Yeonnam-ro, Mapo-gu, Seoul]]. Translate the questions about alcohol and smoking so I can fill them in with her.",
    "Enrolling with a GP in Wellington. My NHI is [[ID_NUMBER|ZKM4829]], name [[PERSON|Aroha Ngata]], address [[STREET_ADDRESS|18 Aro Street, Aro Valley, Wellington 6021]], mobile [[PHONE_NUMBER|+64 21 483 9021]]. Do I need to bring proof of residency, and what counts?",
    "The occupational health questionnaire for my new job in Helsinki asks about past sick leave. My details: [[PERSON|Mikko Koskinen]], henkilötunnus [[ID_NUMBER|120488-318X]], staff id [[ID_NUMBER|SG-20931]]. I had burnout leave in 2021. How much do I have to disclose?",
    "Write a chargeback request to my bank. Card [[CREDIT_CARD|4532 0178 4562 9131]], cardholder [[PERSON|Harpreet Sandhu]]. The gym kept charging £39.99 a month after I cancelled in January. Account [[ID_NUMBER|31926804]]. I have the cancellation email if they want it.",
    "Disputing a transaction with my bank. I didn't make a $612.40 purchase at an electronics store in Houston on my card [[CREDIT_CARD|4917 6203 8451 2074]]. Name [[PERSON|Alyssa Whitfield]], phone [[PHONE_NUMBER|(972) 555-0139]], address [[STREET_ADDRESS|6120 Greenville Ave, Dallas, TX 75206]]. Help me write the statement of fraud.",
    "How do I dispute a SEPA direct debit I never authorised? It was taken from [[IBAN_CODE|DE12 5001 0517 0482 6193 7502]], account holder [[PERSON|Jürgen Hoffmann]], creditor 'Fitnessclub Nord'. Write the Widerspruch letter to the bank in German.",
    "bank wont refund me for the scam, i sent 2300 by bank transfer to someone pretending to be from hmrc. my account number is [[ID_NUMBER|40518273]], name [[PERSON|leanne pritchard]], phone [[PHONE_NUMBER|07700 900392]]. help me write a complaint to the financial ombudsman",
    "Write a dispute for a hotel that charged my Amex twice: card [[CREDIT_CARD|3742 190856 37126]], card member [[PERSON|Graham Whitaker-Boyd]], stay 3-5 May, confirmation 88213309. Email for replies [[EMAIL_ADDRESS|g.whitakerboyd@icloud.com]]. Attach a line about the hotel ignoring two emails.",
    "Contestation d'un prélèvement, help me write it. Titulaire [[PERSON|Amélie Rousseau]], IBAN [[IBAN_CODE|FR92 3000 4028 3700 0194 7285 173]], card ending 4417, adresse [[STREET_ADDRESS|8 avenue Jean Jaurès, 69007 Lyon]]. The mobile operator took 59,90 € after I cancelled the contract.",
    "My bank took the rent to my landlord [[PERSON|Declan Moriarty]] twice this month. My IBAN is [[IBAN_CODE|IE14 BOFI 9000 1728 4639 15]], name [[PERSON|Saoirse Kavanagh]]. Write an email asking the bank to reverse the duplicate payment of €1,350.",
    "Card dispute: card [[CREDIT_CARD|5529 4108 7362 0159]], name on card [[PERSON|Oyelola Bankole]], billing address [[STREET_ADDRESS|77 Harehills Lane, Leeds LS8 4HD]]. The dress never arrived and the shop's website has vanished. Write the dispute reason in about 100 words.",
    "Royal Mail says delivered but I got nothing. Write a complaint for me: sender [[PERSON|Gwen Parry]], recipient me, [[PERSON|Eleri Hughes]], [[STREET_ADDRESS|3 Maes y Dre, Caernarfon LL55 1RR]], tracking KD483920175GB. Phone [[PHONE_NUMBER|07700 900503]]. The parcel was a birthday present.",
    "amazon says my parcel was left with the neighbour at number 14 but im at [[STREET_ADDRESS|16 cedar grove, wigan wn1 2ht]] and nobody at 14 has it. write a message to amazon customer service. my name is [[PERSON|kayleigh brennan]], order 204-8817263-5531099",
    "The driver left my parcel in the recycling bin and it got emptied. Write a message to the courier: [[PERSON|Ahmed Siddiqui]], [[STREET_ADDRESS|Flat 6, 210 Stockport Road, Manchester M13 0RR]], [[PHONE_NUMBER|0161 496 0917]]. The parcel was a laptop. Ask for a refund or a replacement.",
    "FedEx lost my package. The claim form needs: shipper [[PERSON|Marcus Delgado]], recipient [[PERSON|Tiana Brooks]], [[STREET_ADDRESS|1450 Peachtree St NE, Apt 1208, Atlanta, GA 30309]], phone [[PHONE_NUMBER|404-555-0115]], declared value $380. Write the description of contents: two pairs of boots and a jacket.",
    "The courier wants my tax id to release a parcel from Portugal. My CPF is [[ID_NUMBER|306.915.472-70]], name [[PERSON|Thiago Albuquerque]], address [[STREET_ADDRESS|Rua Augusta 1508, apto 72, São Paulo - SP, 01304-001]]. Write the reply with the details they asked for, in Portuguese.",
    "The sofa company keeps missing delivery slots. Write to them: order 55102, customer [[PERSON|Nkechi Obi]], [[STREET_ADDRESS|40 Kenilworth Road, Luton LU1 1DQ]], [[PHONE_NUMBER|01632 960417]]. This is the third missed slot and I took unpaid time off work each time.",
    "A parcel was marked 'refused by recipient' but nobody came to the door. Write a complaint: me, [[PERSON|Wiktoria Zielińska]], [[EMAIL_ADDRESS|wiktoria.z@o2.pl]], address [[STREET_ADDRESS|Flat 1A, 7 Grange Road, Darlington DL1 5NR]]. I was working from home all day.",
    "Australia Post lost the envelope with my passport renewal in it. Write an enquiry: sender [[PERSON|Chloe Papadopoulos]], [[STREET_ADDRESS|22 Rosella Street, Murrumbeena VIC 3163]], [[PHONE_NUMBER|0491 570 644]], old passport number [[ID_NUMBER|PA4820173]]. Should I report it lost to the passport office as well?",
    "Fill in a letter to HMRC about my tax code being wrong. Name [[PERSON|Olumide Sowemimo]], NI number [[ID_NUMBER|SR 38 27 19 A]], UTR [[ID_NUMBER|83927 16450]], address [[STREET_ADDRESS|5 Clarence Street, Bolton BL1 2EZ]]. They've put me on an emergency code since I changed jobs in June.",
    "Change of address on my driving licence. Licence no. [[ID_NUMBER|PATEL757215NS9WE]], name [[PERSON|Nisha Patel]], old address [[STREET_ADDRESS|31 Granby Street, Leicester LE1 6EJ]], new address [[STREET_ADDRESS|9 Swan Court, Loughborough LE11 5DL]]. Which form is it, and can I do it online?",
    "want to apply for the single person discount because my partner [[PERSON|jamal]] moved out in march. council tax account [[ID_NUMBER|6001842937]], me [[PERSON|ashleigh turner]], [[STREET_ADDRESS|22 bramble close, norwich nr5 9qt]]. can you write the form answers and the email",
    "Help me trace an old pension for my mum. She's [[PERSON|Margaret Wheelan]], NI [[ID_NUMBER|WB 62 41 83 C]], worked at a vacuum cleaner factory in Merthyr from 1978 to 1991. Address now [[STREET_ADDRESS|7 Heol y Nant, Merthyr Tydfil CF47 8BS]]. Write the letter to the Pension Tracing Service.",
    "The tax office wants me to confirm my details before they pay a refund: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|03039248653]], address [[STREET_ADDRESS|Thorvald Meyers gate 44, 0555 Oslo]], account [[ID_NUMBER|1503.48.27195]]. Help me write the reply in Norwegian.",
    "Help me fill in the autocertificazione for residency in Bologna. Name [[PERSON|Giulia Rossetti]], codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]], residence [[STREET_ADDRESS|Via Zamboni 33, 40126 Bologna]], phone [[PHONE_NUMBER|+39 347 281 9046]]. Which boxes do I tick for 'stato di famiglia'?",
]

# 70 messages to draft or reply to; the first 18 typed all in lower case.
MESSAGES = [
    "text the babysitter [[PERSON|marisol]] that we'll be back by 11 not 10 and the kids can have one episode of bluey before bed",
    "can you write a msg to [[PERSON|okafor]] the plumber, tell him the boiler's leaking again from the same pipe and ask if he can come thursday. his number is [[PHONE_NUMBER|07700 900218]] if that matters",
    "reply to my ex [[PERSON|dom]] saying no he cant have the kids this weekend because its [[PERSON|mia]]'s birthday party at my mums, keep it calm",
    "help me text [[PERSON|rose]] from next door, her dog has been barking since 6am and i work nights. dont want to start a feud",
    "write a group chat msg for the under 9s parents: training moved to saturday 10am at the rec, coach [[PERSON|bill]] is away so [[PERSON|sunny]]'s dad is running it. bring water",
    "text my landlord mr [[PERSON|kapoor]] the rent will be 3 days late this month because my pay date moved, say sorry and that it'll be there by the 4th",
    "msg to [[PERSON|destiny]]'s teacher mrs [[PERSON|adeyemi]] that [[PERSON|destiny]] has a dentist appointment on tuesday at 1:30 and i'll pick her up at 1",
    "draft a reply to [[PERSON|wojtek]] who wants his drill back, say ill drop it round to [[STREET_ADDRESS|14 alma road]] after work tomorrow",
    "write a thank you text to aunty [[PERSON|folake]] for the money she sent for [[PERSON|tolu]]'s graduation, something warm",
    "tell [[PERSON|hiroshi]] and [[PERSON|mei]] dinner is moved to 8 and the address is [[STREET_ADDRESS|flat 3, 88 camden road, london nw1 9ey]], buzzer doesnt work so call me on [[PHONE_NUMBER|07700 900671]]",
    "text for the cleaner [[PERSON|gosia]]: please skip the spare room this week, my brother [[PERSON|kuba]] is staying. money is on the side as usual",
    "reply to [[PERSON|priya]] in the book club chat saying i havent finished it yet lol and can we push to next month",
    "help me say no to [[PERSON|nkem]] who keeps asking to borrow money, shes a good friend so i dont want to be mean about it",
    "write a note for [[PERSON|jayden]]'s football coach [[PERSON|hendricks]] saying he sprained his ankle and will miss two weeks",
    "whatsapp to the neighbours group: whoever parks the white van across my drive at [[STREET_ADDRESS|27 oakfield avenue]] please stop, i couldnt get out for the school run. signed [[PERSON|gemma]]",
    "text my sister [[PERSON|anh]] to pick up mum from the airport at 4, flight from hanoi, mums new uk number is [[PHONE_NUMBER|07700 900482]]",
    "tell [[PERSON|bazza]] the five-a-side pitch is booked for 7 and he still owes me six quid from last week",
    "text [[PERSON|sunita]] and [[PERSON|raj]] that we cant make the mehndi on friday, [[PERSON|arav]] has a fever, send love and say we'll be at the wedding",
    "Can you write a polite message to my plumber, Mr [[PERSON|Kowalczyk]], asking when he can finish the bathroom? He started three weeks ago and left the toilet disconnected.",
    "Reply to my ex [[PERSON|Jake]]: he wants to swap weekends so he can go to Ibiza. I'm fine with it as long as he has [[PERSON|Poppy]] for the whole of half term. Keep it short.",
    "Write a text to the babysitter: [[PERSON|Abena]], the kids eat at 6, [[PERSON|Kofi]] can't have dairy, bedtime 7:30. Our numbers: me [[PHONE_NUMBER|07700 900731]], [[PERSON|Yaw]] [[PHONE_NUMBER|07700 900732]]. The side gate code is [[PASSWORD|2580]].",
    "Draft a message to my son's teacher, Ms [[PERSON|Okonkwo-Barnes]], about him being picked on at lunch by two boys in his class. I don't want to name the boys yet.",
    "Help me reply to my landlord [[PERSON|Geoffrey Lamb]], who says he's coming round Saturday for an inspection with 12 hours' notice. I want the 24 hours the tenancy says.",
    "Write a text to [[PERSON|Sunny]] from my running club saying thanks for the lift on Sunday and that I'll cover the fuel next time.",
    "Message for the class WhatsApp: Lost, a navy lunchbox with [[PERSON|Ollie Hammond]] written on the lid. If your child brought it home by mistake please message me on [[PHONE_NUMBER|07700 900964]]. Thanks! [[PERSON|Lauren]]",
    "Reply to [[PERSON|Destiny]], who asked if she can bring her boyfriend to the hen do. Answer: yes, but he heads off after dinner.",
    "My neighbour [[PERSON|Bill]] keeps putting his recycling in our bin. Write him a friendly note I can put through his door at [[STREET_ADDRESS|15 Primrose Close]].",
    "Write a message to my cleaner [[PERSON|Rosângela]] in Portuguese saying we're away next week so she doesn't need to come, and we'll still pay her.",
    "Help me message Coach [[PERSON|Dimitriou]] that [[PERSON|Eleni]] wants to move up to the U14 squad and ask what the trial involves.",
    "Write a reply to this from [[PERSON|Tomasz]]: 'hey can u cover my shift sat' - I can do the morning but not after 2.",
    "Please write a message to the flat group chat telling [[PERSON|Ravi]], [[PERSON|Chen]] and [[PERSON|Maddie]] that the electricity bill is £186, so we each owe £46.50, paid to me by Friday.",
    "Text my dad that Grandma [[PERSON|Iris]]'s care home called, she had a fall but she's fine, and the nurse, [[PERSON|Precious]], said to ring back on [[PHONE_NUMBER|0113 496 0288]].",
    "Write a firm message to [[PERSON|Carter]] from the building company: the extension is six weeks late and I'm withholding the final payment until the snagging list is done.",
    "Reply to my brother-in-law [[PERSON|Faisal]], who's asked for the wifi while he stays. Tell him the network is VM4471920 and the password is [[PASSWORD|qk7Ltr92xw]].",
    "Can you write a birthday message for [[PERSON|Grace]]'s card from all of us at work? She's retiring after 31 years in accounts.",
    "Write a WhatsApp to the allotment group: the shed combination changes to [[PASSWORD|7391]] from Monday, ask [[PERSON|Hennessy]] if you're not on the list.",
    "Help me reply to an email from a teacher. Mr [[PERSON|Abernathy]] says [[PERSON|Zara]] hasn't handed in three pieces of homework. I'd like to say we weren't aware and ask for the list.",
    "Text for my neighbour Mrs [[PERSON|Li]]: her parcel was left with us, I can drop it round after 6 or she can knock any time.",
    "Write a note to [[PERSON|Hope]], our dog walker: the spare key is in the key safe, code [[PASSWORD|0614]], and please don't let Pepper off the lead near the canal.",
    "Draft a message to [[PERSON|Svetlana Ivanova]], who's selling me her car on Marketplace. Ask for the logbook and service history before I pay, and suggest meeting at my place, [[STREET_ADDRESS|8 Rowan Way, Reading RG2 7TU]].",
    "Tell [[PERSON|Kwame]] that his mum called and wants him to ring her back on her new number, [[PHONE_NUMBER|0151 496 0734]].",
    "Write a breakup text to [[PERSON|Lorenzo]] that's kind but clear. We've been seeing each other for two months and it's just not there for me.",
    "Reply to my landlady, [[PERSON|Deborah]], who wants to put the rent up by £150. Ask if she'll meet halfway given I've been here five years and never paid late.",
    "Help me write to [[PERSON|Joy]] and [[PERSON|Faith]] (the twins' swimming teachers) that the twins are moving to the Thursday class from next month.",
    "Write a text for the cricket club group: nets are at 6:30, [[PERSON|Singh]] has the keys, call him on [[PHONE_NUMBER|07700 900845]] if the gate is locked.",
    "Message to [[PERSON|Siobhan]]: can she swap Tuesday's school run with me? [[PERSON|Niamh]] has a dental appointment at 8:40.",
    "Write to the nursery manager, [[PERSON|Claire Doyle]], asking why [[PERSON|Ethan]]'s key worker keeps changing and whether [[PERSON|Bronwyn]] is coming back.",
    "Reply to this from my ex-husband [[PERSON|Andrei]]: 'Send me the kids' passports, I'm taking them to Romania in August.' Say I need his itinerary and a signed consent first. He'll need my CNP for the consent form, it's [[ID_NUMBER|2860912403810]].",
    "Help me text the electrician, [[PERSON|Gaz]], that the fuse box trips whenever the kettle and toaster are on together, and ask if he's free this week.",
    "Write a message to [[PERSON|Benedikt]], my flatmate, about the washing up piling up. Passive-aggressive, but only a little.",
    "Draft a polite reminder to Mrs [[PERSON|Oyelowo]] at number 12 that she still has our ladder from July.",
    "Text [[PERSON|Marguerite]] that I'm outside and the taxi is the grey Skoda by the bus stop.",
    "Write a thank-you message to the midwife, [[PERSON|Temitope]], and the student midwife, [[PERSON|Harriet]], for helping deliver [[PERSON|Amara]] last week.",
    "Can you write a message to the parents' group to collect for Miss [[PERSON|Fairweather]]'s leaving present? Suggest £5 each, sent to [[PERSON|Keisha]] on [[PHONE_NUMBER|07700 900627]] by bank transfer.",
    "Reply to [[PERSON|Salvatore]] the builder: yes, the quote of £4,200 is fine, start Monday, the key is with [[PERSON|Bernadette]] at [[STREET_ADDRESS|19 Lindley Street, York YO24 4JG]].",
    "Help me tell my mother-in-law, [[PERSON|Shirin]], politely that we're not coming for Nowruz this year because of my exams.",
    "Text [[PERSON|Xu Mingyu]] from work that I left my badge on my desk and ask if he can hand it to security before he leaves.",
    "Message for the babysitter, [[PERSON|Leilani]]: the wifi is TALKTALK-8F2A10 and the password is [[PASSWORD|YH7MR4KD]]; emergency numbers are on the fridge; [[PERSON|Noah]] goes down at 7.",
    "Write a message to the letting agent, [[PERSON|Priscilla Mwangi]], at [[EMAIL_ADDRESS|p.mwangi@harbourlets.co.uk]], that the mould in the back bedroom is back and I need it fixed before winter.",
    "Draft a text to Coach [[PERSON|Baptiste]] saying [[PERSON|Hugo]] can't make the away game, but [[PERSON|Ines]] can give two other kids a lift.",
    "Write a note for the neighbours at [[STREET_ADDRESS|4 Mill Lane]] and [[STREET_ADDRESS|6 Mill Lane]] warning them we're having the big oak cut down on the 14th and the lane may be blocked all morning.",
    "Reply to [[PERSON|Nadia]]'s message 'Did you tell Mum about the money?' and say no, and that I won't unless she wants me to.",
    "Text Uncle [[PERSON|Tunde]] the address for Saturday: [[STREET_ADDRESS|Flat 22, Beckett House, Tabard Street, London SE1 4XU]], and tell him to park on the street behind.",
    "Write an apology to my tutor, Dr [[PERSON|Rahimi]], for missing Thursday's seminar, and ask to submit the essay late. My student number is [[ID_NUMBER|2104783]].",
    "Write to [[PERSON|Brooke]] and [[PERSON|Tanner]] in the carpool chat: I'm driving Mon/Wed, they do Tue/Thu, and Fridays we rotate.",
    "Help me message [[PERSON|Ayşe Demir]]'s mum to arrange a playdate; her number is [[PHONE_NUMBER|07700 900592]] and we're free Sunday afternoon.",
    "Reply to the roofer, [[PERSON|Lachlan]]: I'm at work, but the side gate code is [[PASSWORD|1904]] and the ladder's in the garage.",
    "Write a short message to our new neighbours welcoming them, from [[PERSON|Ingrid]] and [[PERSON|Mateus]] at number 9, inviting them round for drinks on Saturday.",
    "Write a text I can send to [[PHONE_NUMBER|07700 900358]], the man who handed my wallet in, thanking him and asking where I can collect it.",
    "Write a polite note for the neighbour at [[STREET_ADDRESS|31 Foxglove Road]] whose car alarm has been going off every night this week.",
]

# 40 "is this a scam?" pastes quoting the user's details.
SCAMS = [
    "Is this a scam? Text I got: 'Royal Mail: your parcel has a £1.45 unpaid shipping fee. Pay at rm-redeliver-uk.com or it will be returned.' They sent it to my number [[PHONE_NUMBER|07700 900284]] and I am actually expecting a parcel.",
    "Got this email, is it real? 'Dear [[PERSON|Olivia Pemberton]], we detected an unusual sign-in to your account from Lagos. Verify now at secure-streaming-billing.com or your card ending 4417 will be suspended.' It uses my full name which is freaky.",
    "is this legit?? 'hsbc: we've blocked a payment of £849.00 from your account ending 7781. to cancel reply with the code we send you.' then a code came through, [[PASSWORD|482913]]. should i send it back to them?",
    "This came on WhatsApp from an unknown number: 'Hi Mum it's [[PERSON|Jessie]], I dropped my phone in the toilet, this is my new number. Can you help me pay a bill, it's urgent.' My daughter is [[PERSON|Jessie]] but she's in Spain right now and I can't reach her.",
    "Scam? Email says: 'HMRC Tax Refund. Dear Mr [[PERSON|Adebayo]], you are owed £412.80. Confirm your National Insurance number to receive it.' I already replied with my NI number [[ID_NUMBER|TN 72 18 39 B]]. Did I mess up?",
    "I got an email to [[EMAIL_ADDRESS|jk.harrington@btinternet.com]] saying 'I know that [[PASSWORD|Charlie2011!]] is your password. I recorded you through your webcam' and demanding $1500 in bitcoin. That really was my password years ago on an old forum! Is this real?",
    "Is this text from Amazon real? '[[PERSON|Sandeep]], your Amazon account is locked. Confirm your details at amzn-secure-login.net within 24 hours.' They used my first name, which is why I almost clicked.",
    "A caller said he was from Microsoft and needed remote access. Before I hung up I gave him my IP address [[IP_ADDRESS|203.0.113.84]] and my laptop login [[ID_NUMBER|pkowalski58]]. Was that a scam, and what should I do now?",
    "Check this for me: my gran got a letter saying 'Dear [[PERSON|Edna Whitlock]], of [[STREET_ADDRESS|14 Laburnum Terrace, Stockton-on-Tees TS18 3AN]], you have won £250,000 in the International Lottery. Send a £95 release fee.' She never entered anything. Surely fake?",
    "Is this a phishing attempt? 'Your EE bill payment failed. Update details to avoid disconnection: ee-billing-help.co'. I'm on EE with the number [[PHONE_NUMBER|07700 900915]]. I did click it and typed my card [[CREDIT_CARD|5317 8420 9617 3523]] before I stopped. Help!",
    "Got a voicemail saying my Social Insurance Number [[ID_NUMBER|046 291 753]] has been suspended due to fraudulent activity and I need to press 1 to speak to an officer. It read out my real SIN. Is this a scam? How would they have it?",
    "my dad got a call from 'bt' saying his router is hacked and they need his account password. he gave them [[PASSWORD|Bluebird1947]] and his account number [[ID_NUMBER|BT48213907]]. was that a scam and what do we do now",
    "Scam or not? 'Dear Customer, your DPD parcel could not be delivered to [[STREET_ADDRESS|33 Wellington Road, Hove BN3 2HH]]. Reschedule at dpd-parcels-uk.info.' The address is right, which is what worries me.",
    "I'm selling a sofa on Marketplace and a buyer wants to 'verify' I'm real by sending a code to my phone, [[PHONE_NUMBER|07700 900376]]. The code came in: [[PASSWORD|G-731604]]. He wants me to read it back to him. Is this a scam?",
    "This email says it's from PayPal: 'Hello [[PERSON|Rutendo Chikwanha]], you sent $749.99 to a crypto exchange. If you didn't authorise this, call support.' But it came to [[EMAIL_ADDRESS|rutendo.c@hotmail.com]], which isn't even my PayPal email. Scam?",
    "Is this text from my bank real? 'Santander: Hi [[PERSON|Mohammed]], your card ending 2290 has been frozen. Please call us on the number on the back of your card.' There's no link in it, so I'm not sure whether it's a scam.",
    "Scam? A LinkedIn 'recruiter' offered me £4k a month remote work and asked for a passport scan and bank details for payroll. I've already sent my passport number [[ID_NUMBER|548210736]] and IBAN [[IBAN_CODE|GB16 HBUK 4012 7631 9248 57]]. How worried should I be?",
    "Got a WhatsApp saying I won the KBC lottery of 25 lakh, they need my Aadhaar [[ID_NUMBER|6291 4873 0526]] and a processing fee of 12,500 rupees. Fake, right? They even knew my name, [[PERSON|Ramesh Yadav]].",
    "Received an SMS: 'SARS: your tax refund of R4,230 is ready. Confirm your ID number [[ID_NUMBER|9206145284083]] at sars-efiling-refund.co.za.' It's my actual ID number. Does SARS really do this or is it a scam?",
    "got an email from 'apple' saying my apple id [[EMAIL_ADDRESS|chloe.mb2004@icloud.com]] was used to buy something on a new ipad and i need to log in to cancel. i typed my password [[PASSWORD|Frankie&Me22]] on the link before i thought about it. is this bad",
    "My aunt [[PERSON|Philippa]] has been talking online to a 'US army doctor' who now wants her to send gift cards. She's already given him her address, [[STREET_ADDRESS|2 Willow Bank, Keswick CA12 5DE]], and her phone number, [[PHONE_NUMBER|01632 960582]]. Is this a romance scam?",
    "Is this call a scam? Someone said they were from Barclays fraud team, knew my name, [[PERSON|Thomas Ogunleye]], my address, [[STREET_ADDRESS|9 Alder Close, Basingstoke RG22 4PL]], and my date of birth, and asked me to move my savings to a 'safe account'.",
    "Scam text? 'Your Evri parcel is held due to an incorrect address. Update here: evri-uk-redelivery.com.' I filled in my name, [[PERSON|Hollie Stanton]], and card [[CREDIT_CARD|4761 7392 0584 6318]] and the 3-digit code before it asked for my bank login.",
    "My grandma got a call: 'Grandma, it's [[PERSON|Ricky]], I'm in jail in Mexico and need bail money, don't tell Mom.' Her grandson [[PERSON|Ricky]] is at college in Phoenix. How do I explain this scam to her?",
    "Got an SMS in Spanish: 'BBVA: se ha detectado un acceso no autorizado. Verifique su identidad: bbva-seguridad.es'. I'm [[PERSON|Lucía Ferrández]], DNI [[ID_NUMBER|71640283K]], and I typed my DNI and online banking PIN [[PASSWORD|839104]] into the page. Was it fake and what now?",
    "Is this real? An email to [[EMAIL_ADDRESS|a.novakova@seznam.cz]] from 'Česká pošta' asking me to pay 49 Kč customs fee on a parcel. It even quotes my rodné číslo [[ID_NUMBER|855712/4180]]. Is the post office really sending these?",
    "Got a DM on Instagram from my friend [[PERSON|Kezia]] saying she's stuck at an airport abroad and needs £300. I rang [[PERSON|Kezia]] and she's at home in Bristol. So her account is hacked and it's a scam, right? How do I tell her?",
    "A pop-up said my computer was infected and to call Microsoft. I called, and they had me install a remote app, and I gave them my online banking login [[ID_NUMBER|mbrennan1961]] and password [[PASSWORD|Kilkenny#61]]. Is my money at risk? Was it a scam?",
    "A crypto 'account manager' on Telegram asked for my exchange API key to 'manage trades' for me. I pasted it: [[API_KEY|Qk3vT9mLx2RbW7nPz4YcH8sJd5FgA1eUo6KiN0tVrM3qXwBy2ZlCjE9hDuS7pGaf]]. Now my balance looks lower. Is this a scam?",
    "Got a letter from 'the DVLA' saying my licence [[ID_NUMBER|OKAFO710148CN9PT]] will be revoked unless I pay £60 online within 7 days. The licence number is right. Scam or real?",
    "Someone on Vinted asked to complete the sale through a link. I entered my email [[EMAIL_ADDRESS|bea.lindqvist@gmail.com]] and bank card [[CREDIT_CARD|4546 1830 2975 1846]] to 'receive the payment'. Was that a fake page?",
    "Is this an invoice scam? Email to our small business from a supplier we use: 'Please update our bank details, pay all future invoices to [[IBAN_CODE|DE85 1007 0024 0938 1746 5200]].' The supplier is in Leeds, not Germany.",
    "text said 'ur netflix payment failed, update at netflx-account-help.com'. i put in my login [[EMAIL_ADDRESS|tayo.b@gmail.com]] and password [[PASSWORD|tayo4life!]]. obviously a scam now i look at it. how do i lock everything down",
    "My mum got an email claiming to be from her pension provider: 'Dear Mrs [[PERSON|Gillian Forsythe]], policy [[ID_NUMBER|PN-4827716]]: you can release 25% of your pension early, call us today.' The policy number is genuinely hers. Scam?",
    "Is this Facebook message a scam? 'Is this you in the video?? lol' with a link, from my friend [[PERSON|Marcus Hale]]. Has his account been hacked? Should I message him somewhere else?",
    "Got a Japanese text on my phone [[PHONE_NUMBER|090-4827-1936]] saying my SMBC account was frozen. I live in Osaka. I entered my My Number [[ID_NUMBER|3816 2074 5913]] on the site it linked to. Was that a scam and is it dangerous?",
    "Scam check: my landlord [[PERSON|Gary Lennox]] emailed saying his bank changed and to send rent to [[IBAN_CODE|GB50 TSBS 7784 2103 9936 41]] instead. His usual email is [[EMAIL_ADDRESS|g.lennox@lennoxproperty.co.uk]] but this came from [[EMAIL_ADDRESS|gary.lennox.lets@gmail.com]].",
    "Scam or legit? I got 'Your Uber code: [[PASSWORD|5821]]. Never share this code.' and two minutes later a guy called saying he's from Uber and needs the code to refund me.",
    "Is this Airbnb host a scammer? He wants me to pay off-site by bank transfer and asked for a copy of my passport. I've sent my name, [[PERSON|Maximilian Berger]], and passport number [[ID_NUMBER|C4K7M2R91]] so far.",
    "Someone called saying they're from the Social Security Administration and that my SSN [[US_SSN|529-63-1184]] was used in a crime in Texas and will be suspended. They knew the number. Is that a real thing or a scam?",
]

# 30 texts with a password, PIN, code, wifi key or login typed in passing.
SECRETS = [
    "the wifi is [[PASSWORD|Tiramisu-4471]] by the way, can you help me write a welcome card for the airbnb guests with the house rules?",
    "My login for the council portal is [[ID_NUMBER|hwinters_72]] and pw [[PASSWORD|Primula!2290]], and it keeps saying invalid. What should I try?",
    "Door code for the building is [[PASSWORD|2846#]], I'm writing instructions for my new cleaner, can you make them clearer and friendlier?",
    "Write an email to IT: my username is [[ID_NUMBER|r.nakagawa]] and the temporary password they gave me, [[PASSWORD|Welcome2024!]], expired before I could use it.",
    "My PIN is [[PASSWORD|6093]] but the card machine at the shop keeps declining, is the chip broken or is the card blocked?",
    "ok so the router password is [[PASSWORD|kq82mxv7tp]] and the network name is skynet-5g, how do i change it to something easier for my nan",
    "My Netflix is [[EMAIL_ADDRESS|danielle.okoro@gmail.com]] / [[PASSWORD|Okoro!Fam2019]], how do I kick my ex off it without changing the password?",
    "The alarm code is [[PASSWORD|1357]]. Write a note for the house sitter explaining how to set it at night and what to do if it goes off.",
    "I keep forgetting, the garage keypad is [[PASSWORD|9021]] and the shed padlock is [[PASSWORD|446]]. Suggest a safe way to store codes like these.",
    "Can you make a checklist for my mum's new laptop? Her Gmail is [[EMAIL_ADDRESS|pat.ellingham47@gmail.com]] and password [[PASSWORD|GardenGnome88]], she'll want it all written down.",
    "my student portal login is [[ID_NUMBER|s2198437]] and password [[PASSWORD|Lemonade_Stand9]], can you tell me how to find my timetable on it",
    "Our guest wifi is CasaAzul_Guest and the key is [[PASSWORD|bienvenidos2023]]. Make a little sign in Spanish and English for the hallway.",
    "The bank app wants a 6-digit passcode and I was going to use [[PASSWORD|190388]] (my birthday). Is that a bad idea?",
    "My Steam account [[ID_NUMBER|xXshadowfoxXx]] got hacked even though my password was [[PASSWORD|F0xtr0t!Lima]]. How do I get it back?",
    "The lockbox at the holiday let is [[PASSWORD|5523]], can you write the check-in message for guests arriving after 4pm?",
    "Write a sticky note for my husband: TV PIN [[PASSWORD|8812]], broadband account password [[PASSWORD|Kestrel#441]], don't change either of them!",
    "hey so my work vpn login is [[ID_NUMBER|akhan3]] and the pass is [[PASSWORD|Rawalpindi@1990]] and it says account locked, what do i tell the helpdesk",
    "My neighbour needs to get in to feed the cat while we're away: key safe code [[PASSWORD|3390]], alarm [[PASSWORD|7714]]. Can you write her a short note with the feeding routine?",
    "I typed my password [[PASSWORD|m00nlight-Sonata]] into the username box on a shared computer at the library. Is that a problem now?",
    "The Zoom passcode for the parents' evening is [[PASSWORD|Tk9r2W]], write a reminder message to the other parents in the class group.",
    "For our holiday cottage listing: the wifi key is [[PASSWORD|ShellBeach!Cottage7]]. Write the 'getting online' section of the guest guide.",
    "The PIN for the office printer is [[PASSWORD|00428]] and my staff number is [[ID_NUMBER|EMP-44819]]. How do I release my print job?",
    "I'm setting up my dad's iPhone. His Apple ID is [[EMAIL_ADDRESS|ken.marlowe@icloud.com]], password [[PASSWORD|Marlowe1951!]], and his SIM PIN is [[PASSWORD|2741]]. What order do I do things in?",
    "the code for the bike lock is [[PASSWORD|0817]], can you write a text to my flatmate saying she can borrow it whenever",
    "My banking login is customer number [[ID_NUMBER|7719204836]], passcode [[PASSWORD|482917]] and memorable word [[PASSWORD|tangerine]]. Which of these is it safe to give when the bank rings me?",
    "My gym locker combination is [[PASSWORD|5-19-33]] and I always forget it. Give me a mnemonic to remember it.",
    "Can you help me reset my Hotmail? Old password [[PASSWORD|Summer2016]], recovery phone [[PHONE_NUMBER|07700 900193]], and it says the recovery code never arrives.",
    "Our building's Wi-Fi is BT-Hub6-9QKX, password [[PASSWORD|cR4fX9vDq2Nn]]. My landlord wants me to print it out for the other tenants. Write the notice.",
    "The ParentPay login is [[EMAIL_ADDRESS|fkaur.parent@outlook.com]] and pw [[PASSWORD|Jaspreet2015]], my daughter's name and birth year. How do I top up her dinner money?",
    "My wifi password at home is [[PASSWORD|purplemonkeydishwasher]], can my kids see it in their phone settings and change it?",
]

# 30 admin questions naming no one.
CLEAN_ADMIN = [
    "How do I renew a UK passport online, and how long does it usually take?",
    "What goes in box 14 of a P60? Mine looks different from the example online.",
    "Do I need a visa to visit Canada from the UK for two weeks, or just an eTA?",
    "How do I apply for a school place if we move to a new council area in the middle of the year?",
    "What documents do I need to open a bank account as a new arrival in Germany?",
    "How long does a landlord have to return a tenancy deposit in England?",
    "What's the difference between a chargeback and a section 75 claim?",
    "How do I register with a GP if I don't have proof of address yet?",
    "Can I claim on travel insurance if my flight is cancelled because of a strike?",
    "How do I change the address on my driving licence, and is there a fee?",
    "For a Schengen visa, what counts as proof of accommodation if I'm staying with friends?",
    "Is it normal for a rental application to ask for three months of bank statements?",
    "What structure should a formal complaint letter follow?",
    "What is a fit note and who is allowed to issue one?",
    "How do I appeal a parking charge from a private car park operator?",
    "What's the deadline for filing a Self Assessment tax return online?",
    "How do I order a replacement copy of a birth certificate?",
    "What does proof of no claims bonus mean when switching car insurer?",
    "What should a cover letter for a part-time retail job include?",
    "How do I report a missing parcel to Royal Mail and how long must I wait first?",
    "Can a school refuse a child a place even if the family lives in the catchment area?",
    "How do I apply for a Blue Badge for an elderly parent who can't walk far?",
    "What's the difference between a guarantor and a co-signer on a lease?",
    "How do I get a copy of my medical records from my GP surgery?",
    "What does 'indefinite leave to remain' mean on a UK visa form?",
    "How do I cancel a direct debit, and does the company have to agree?",
    "In the US, when is it actually required to give someone your Social Security number?",
    "How should I fill in the employment history section if I have a two-year gap?",
    "What is a P45 and what should I do with it when I start a new job?",
    "How do I get a council tax reduction if I'm the only adult living in the property?",
]

# 20 scam-awareness questions quoting only sample values.
CLEAN_SCAM_AWARE = [
    "Is an email that starts 'Dear Customer, your account has been suspended' always phishing?",
    "I got an email from security@example.com saying my password expires today. How can I check whether an email like that is genuine?",
    "My statement shows a charge on card XXXX-XXXX-XXXX-1234 that I don't recognise. What's the first thing to do?",
    "What are the common signs of a 'Hi Mum, this is my new number' WhatsApp scam?",
    "Here's a sample text: 'Your parcel could not be delivered, pay £1.99 at example.com/redeliver.' What makes this look fake?",
    "Can scammers make a call look like it's coming from my bank's real phone number?",
    "How do I report a suspicious text message in the UK?",
    "Is it ever safe to share a one-time passcode with someone who says they're from my bank?",
    "What is a 'safe account' scam and why do people fall for it?",
    "An email from noreply@example.org says 'Dear Valued Member, claim your reward now'. What should I check before clicking anything?",
    "How do invoice redirection scams work against small businesses?",
    "Why do so many scam emails contain obvious spelling mistakes?",
    "What should I do straight away if I typed my card details into a fake website?",
    "How do sextortion emails get hold of an old password to quote back at people?",
    "'Dear User, your mailbox is 98% full, click here to upgrade' - is this a scam?",
    "How can I find out whether my email address has appeared in a data breach?",
    "What's the difference between smishing and vishing?",
    "A text says 'Your card ending XXXX has been used in London. Reply Y if this was you.' Could that be legitimate?",
    "How do romance scammers usually end up asking for money?",
    "Is a phone call from 'HMRC' threatening arrest over unpaid tax ever real?",
]

# 20 message-writing requests naming no one.
CLEAN_WRITE = [
    "Text my landlord that the boiler broke this morning and there's no hot water.",
    "Write a message to my child's teacher saying she'll be off sick today with a temperature.",
    "Draft an email to my manager asking to take Friday off for a family event.",
    "Write a text to a plumber asking for a quote to replace a dripping kitchen tap.",
    "Help me reply to a neighbour who complained about my music last night; I want to sound genuinely sorry.",
    "Write a message for the parents' group chat reminding everyone about the bake sale on Friday.",
    "Write a polite note to leave on a car that keeps blocking my driveway.",
    "Help me decline a wedding invitation nicely without giving a reason.",
    "Write a message to our babysitter asking if she's free Saturday from 7 until 11.",
    "Write an out-of-office reply for a two-week holiday.",
    "Text my ex that I'll be twenty minutes late for the handover because of traffic.",
    "Write a message to the football coach saying my son has decided to quit the team.",
    "Draft a thank-you card for the staff at our child's nursery.",
    "Write a message to the residents' group about the lift being out of order again.",
    "Write an email to a letting agent asking to view the two-bed flat on Saturday.",
    "Help me write to my gym to cancel my membership at the end of the month.",
    "Write a friendly reminder to my flatmates to pay their share of the internet bill.",
    "Write a complaint to a takeaway that delivered the wrong order and won't answer the phone.",
    "Text the electrician confirming Tuesday at 9am works for us.",
    "Write a message to my neighbour asking to borrow a ladder for the weekend.",
]

# 15 questions naming public figures, brands and places.
CLEAN_PUBLIC = [
    "What advice has Martin Lewis given about reclaiming mis-sold PPI or bank charges?",
    "What did Marcus Rashford campaign for on free school meals during the pandemic?",
    "What documents does the US Embassy in London ask for at a visa interview?",
    "Is Monzo or Starling better for a joint account between two flatmates?",
    "What was Rishi Sunak's Eat Out to Help Out scheme and how long did it run?",
    "How does Which? suggest claiming compensation from Ryanair for a delayed flight?",
    "How can Citizens Advice help with a dispute about a tenancy deposit?",
    "After Elon Musk bought Twitter, what changed about the blue tick verification?",
    "What is Ofcom's automatic compensation scheme for broadband faults?",
    "What did the Financial Ombudsman say about refunds for authorised push payment scams?",
    "What did Jeremy Hunt's 2023 budget change about funded childcare hours?",
    "What did the Ticketmaster problems with Taylor Swift's Eras Tour teach fans about resale scams?",
    "How does Ofsted decide whether a school in Manchester is rated outstanding?",
    "What does the DVLA office in Swansea actually deal with?",
    "What happened in the Post Office Horizon scandal, and what did Alan Bates's campaign achieve?",
]

# 15 word problems with fictional first names.
CLEAN_WORD = [
    "Priya pays £850 rent a month and splits £120 of bills equally with two flatmates. How much does she pay each month in total?",
    "Tom's parcel weighs 2.4 kg. Postage is £3.20 for the first kilogram and £1.10 for each extra half kilogram or part of one. What does he pay?",
    "Amara saves £45 a week towards a visa fee of £1,048. How many weeks does she need to save?",
    "Leo's car insurance has a £250 excess and his repair bill is £1,380. How much does the insurer pay?",
    "Sofia's council tax is £1,764 a year and she gets a 25% single person discount. What is each of her 10 monthly instalments?",
    "Hannah collects £36 each for a school trip from 28 children, but 4 children go free. How much does she collect?",
    "Kwame's phone plan costs £18 a month plus 5p for every text over 500. He sent 640 texts. What is his bill?",
    "Mei's flight lands 3 hours 40 minutes late, and compensation starts at 3 hours. By how many minutes is she over the threshold?",
    "Jack and Ella split a £1,200 deposit 60/40, with Jack paying the larger share. How much does each pay?",
    "Omar spends €400 abroad at €1.16 to the pound and his bank adds a 2.75% fee. How much does it cost him in pounds?",
    "Lucia's babysitter charges £12 an hour and stays from 6:30pm to 11:15pm. How much does Lucia owe?",
    "Daniel orders 3 parcels, and each has a 5% chance of arriving late, independently. What is the chance none of them is late?",
    "Aisha's passport expires in 14 months. Her visa needs 6 months' validity after a 9-month stay starting in 2 months. Is her passport valid long enough?",
    "Ben earns £28,600 a year. The first £12,570 is tax free and the rest is taxed at 20%. How much income tax does he pay?",
    "Rosa's plumber charges a £65 call-out fee plus £48 an hour, and the job takes 2.5 hours. What is the total?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "472 918 3053": nhs_ok,  # NHS number
    "718 264 9306": nhs_ok,
    "508 391 6274": nhs_ok,
    "612 483 9075": nhs_ok,
    "510107199211083629": china_id_ok,  # Chinese resident identity card
    "517.284.903-32": cpf_ok,  # Brazilian CPF
    "306.915.472-70": cpf_ok,
    "870226-5045": luhn_len(10),  # Swedish personnummer
    "31847059210": kimlik_ok,  # Turkish kimlik
    "53718264Q": dni_ok,  # Spanish DNI
    "71640283K": dni_ok,
    "183726455": bsn_ok,  # Dutch BSN
    "47 281 059 368": steuer_id_ok,  # German tax id
    "3847261F": pps_ok,  # Irish PPS number
    "5190734H": pps_ok,
    "T0381465Z": nric_ok,  # Singapore NRIC (birth certificate number)
    "S9047281Z": nric_ok,
    "2 87 06 75 114 238 41": nir_ok,  # French NIR
    "5830 7216 4931": aadhaar_ok,  # Indian Aadhaar
    "6291 4873 0526": aadhaar_ok,
    "528 173 406": tfn_ok,  # Australian tax file number
    "2745 18366 1": medicare_ok,  # Australian Medicare card
    "85112307465": pesel_ok,  # Polish PESEL
    "880514-2158738": rrn_ok,  # Korean resident registration number
    "ZKM4829": nhi_ok,  # New Zealand NHI
    "120488-318X": hetu_ok,  # Finnish henkilötunnus
    "79.09.22-148.41": belgian_id_ok,  # Belgian national number
    "03039248653": fodselsnummer_ok,  # Norwegian fødselsnummer
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "046 291 753": luhn_len(9),  # Canadian SIN
    "9206145284083": luhn_len(13),  # South African id
    "855712/4180": rodne_cislo_ok,  # Czech rodné číslo
    "3816 2074 5913": my_number_ok,  # Japanese My Number
    "2860912403810": cnp_ok,  # Romanian CNP
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"(\+44 ?7700|07700) ?900 ?\d{3}",  # UK mobile drama range
        r"(011[3-8]|01[2-6]1) 496 0\d{3}",  # UK city drama ranges (Leeds to Manchester)
        r"020 7946 0\d{3}",  # London drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"01632 ?960 ?\d{3}",  # UK drama range with no area
        r"(\(\d{3}\) |\d{3}-)555-01\d{2}",  # North America 555-0100 to 555-0199
        r"(\+61 |0)491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(31|34|39|48|64|65|84|353) [\d ]+\d",  # no fiction range known
    )
]
SAMPLE_EMAIL = re.compile(r"[^@\s]+@example\.(com|org|net)")


def check_mix() -> None:
    """Every form names its person; the forms cover each kind of admin; the messages name
    people; the scam pastes quote secrets; every passing-secret text holds a secret."""
    if not all(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in FORMS):
        raise SystemExit("forms: a form without a name")
    plain = [strip_marks(t)[0].lower() for t in FORMS]
    topics = {
        "visa": ("visa", "esta"),
        "rental": ("rent", "landlord", "tenan", "housing", "huurwoning"),
        "school": ("school", "nursery", "enrol", "kindergarten", "university"),
        "insurance": ("insurance", "insurer", "policy"),
        "job": ("job", "cv", "bewerbung", "referee", "onboarding"),
        "complaint": ("complain",),
        "medical": ("gp", "clinic", "dentist", "nhs", "medicare", "health"),
        "bank": ("dispute", "chargeback", "debit", "bank"),
        "delivery": ("parcel", "deliver", "package", "courier"),
    }
    for topic, words in topics.items():
        if sum(any(w in p for w in words) for p in plain) < 6:
            raise SystemExit(f"forms: too few {topic} requests")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in MESSAGES)
    if named < 60:
        raise SystemExit(f"messages: {named} texts with a name")
    secrets = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in SCAMS)
    if secrets < 8:
        raise SystemExit(f"scams: {secrets} texts with a code or password")
    if not all(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in SECRETS):
        raise SystemExit("secrets: a text without a secret")


def check_clean(texts: list[str]) -> None:
    """Clean texts quote no real-looking value: e-mails only at example domains, no long
    digit runs."""
    for text in texts:
        for word in text.split():
            if "@" in word and not SAMPLE_EMAIL.search(word):
                raise SystemExit(f"clean: e-mail outside example domains in {text[:60]!r}")
        if re.search(r"\d[\d ]{7,}\d", text):
            raise SystemExit(f"clean: long number in {text[:60]!r}")


def main() -> None:
    sections = {
        "forms": (FORMS, 80),
        "messages": (MESSAGES, 70),
        "scams": (SCAMS, 40),
        "secrets": (SECRETS, 30),
        "clean admin": (CLEAN_ADMIN, 30),
        "clean scam awareness": (CLEAN_SCAM_AWARE, 20),
        "clean writing": (CLEAN_WRITE, 20),
        "clean public": (CLEAN_PUBLIC, 15),
        "clean word problems": (CLEAN_WORD, 15),
    }
    pii = FORMS + MESSAGES + SCAMS + SECRETS
    check_counts("forms", FORMS, FORM_WORDS, (2, 9))
    check_counts("messages", MESSAGES, MESSAGE_WORDS, (1, 6))
    check_counts("scams", SCAMS, SCAM_WORDS, (1, 6))
    check_counts("secrets", SECRETS, SECRET_WORDS, (1, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    check_clean(CLEAN_ADMIN + CLEAN_SCAM_AWARE + CLEAN_WRITE + CLEAN_PUBLIC + CLEAN_WORD)
    build_sections(
        "blind46", HERE, sections, {"forms", "messages", "scams", "secrets"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=MESSAGES, lower_chat=LOWER_MESSAGES, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
