# ruff: noqa: E501
"""A fifty-sixth blind privacy set: 220 texts with personal data and 100 clean ones, about
personal records pasted or dictated into a chat assistant: forms, letters and records with
many identifiers.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1 to 12
and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 80 requests to fill in or check forms and letters (job applications, rental and lease
  applications, visa invitation and sponsor letters, school enrolment, insurance claims, GP
  registration, bank disputes and chargebacks, utility switches, mail and parcel
  redirects) with the writer's or a relative's name, date of birth, address (multi-line
  and one-line, in the layouts of the UK, Ireland, Germany, Austria, Switzerland, France,
  Belgium, the Netherlands, Spain, Portugal, Italy, Poland, Sweden, Norway, Denmark,
  Finland, the USA, Canada, Mexico, Brazil, Argentina, India, Pakistan, Bangladesh, Sri
  Lanka, Singapore, Malaysia, Japan, Korea, Australia, New Zealand, South Africa, Nigeria,
  Kenya and Egypt), phones, e-mails, national ids, passports, driving licences, IBANs,
  cards, SSNs, NHS and National Insurance numbers, tax ids, policy, member, customer and
  account numbers (3 to 10 values, 20 to 200 words);
* 70 short records in the style of synthetic PII datasets: one invented person per record
  with two to four identifiers (the name counted), each record a different sentence shape
  (labels, pipes, log-like notes, letters returned, payroll lines), among them addresses
  with flat and unit numbers, PO boxes and postal boxes, rural routes and highway contract
  routes, c/o lines and military addresses (APO, FPO, DPO, BFPO);
* 70 chat requests asking about someone's details ("is this IBAN right for ...", "what's
  the postcode format on ...'s address"), with names in Latin, Cyrillic, Greek, Hebrew,
  Arabic, Ethiopic, Chinese, Japanese and Korean script and of many cultures; the first 20
  are typed all in lower case.

Usernames, logins, student, matriculation, member, customer, employee and account numbers,
policy numbers, passports, driving licences, tax ids and national ids are ID_NUMBER; the
alarm code and the wifi key are PASSWORD; titles and relation words (Mr, Mrs, Herr, Sgt.,
Corporal, Lt Col, my mum, auntie) stay outside PERSON spans; a c/o name is a PERSON apart
from the address; an address span runs from the first street line (or PO box, rural route
or military unit) through the postcode and city as typed, the country left outside; sort
codes, tracking numbers and dates of birth are not labelled; every occurrence of a private
value is marked. The 100 clean texts hold no personal data: 25 questions on how to fill a
form field, 25 questions on the format of postcodes, IBANs, phone and id numbers with
placeholders only (XX00 0000, GB00XXXX, 123 Main Street as an explicit example), 25
templates with [Name] / <address> / {slot} fields, and 25 everyday admin questions naming
nobody, two of them with sample data named as sample.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960,
01xx 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France 06 39 98 and
01 99 00; Germany 030 23125, 069 90009, 089 99998) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 (the
national check digits computed too for France, Belgium, Spain, Portugal, Italy, Norway and
Finland) and not documentation examples;
SSNs with assignable area, group and serial; national ids with valid check digits (NHS
number, Irish PPS, German tax id, French NIR, Belgian national number, Dutch BSN, Spanish
DNI and NIE, Portuguese NIF, Italian codice fiscale, Polish PESEL, Swedish personnummer,
Norwegian fødselsnummer, Finnish henkilötunnus, Canadian SIN, Brazilian CPF, Indian
Aadhaar, Singapore NRIC and FIN, Japanese My Number, Korean resident registration
number, Australian TFN and Medicare, New Zealand NHI, South African id, Turkish kimlik,
Romanian CNP, and here checked locally the Swiss AHV number and Austrian social insurance
number).

Run ``.venv/bin/python bench/data/build_blind56.py`` from the repository root; the output is
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
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    digits,
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
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 20
MIN_CHARS = 15
MAX_WORDS = 300
FORM_WORDS = (20, 200)
RECORD_WORDS = (6, 45)
CHAT_WORDS = (8, 80)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Cpl|Corporal|Lt|Col|Capt|Herr|Frau|Mme|Sr|Sra|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 80 requests to fill in or check forms and letters, with the writer's or a relative's details.
FORMS = [
    "Can you check the header of my job application before I send it?\nName: [[PERSON|Oluwadamilare Fashola]]\nDate of birth: 14/03/1991\nAddress: [[STREET_ADDRESS|Flat 7, Corbridge House\n22 Elswick Row\nNewcastle upon Tyne\nNE4 6JH]]\nMobile: [[PHONE_NUMBER|07700 900418]]\nEmail: [[EMAIL_ADDRESS|dami.fashola@outlook.com]]\nNational Insurance number: [[ID_NUMBER|JK 38 27 46 B]]\nIs it normal to give the NI number at this stage or should I leave it off until they make an offer?",
    "I'm filling in the GMS1 form to register my mum with the new surgery. Her details: [[PERSON|Patricia Anne Whitlock]], born 2 September 1948, NHS number [[ID_NUMBER|485 219 7369]], previous address [[STREET_ADDRESS|31 Hollybush Lane, Stevenage SG1 4PT]], new address [[STREET_ADDRESS|Bungalow 2, Meadow Court, 9 Church Street, Baldock SG7 5AE]]. Her landline is [[PHONE_NUMBER|01632 960 174]]. Does the 'previous GP' box want the practice name or the doctor's name? Mrs [[PERSON|Whitlock]] can't remember which doctor she saw last.",
    "Please tidy up this letter to my bank disputing a charge:\n\nDear Sir or Madam,\nI am writing about a payment of £389.00 to 'FASTJET HOLIDAYS' on 11 June that I did not authorise. My card number is [[CREDIT_CARD|4539 1782 0461 5377]] and my account number is [[ID_NUMBER|41827360]]. Please refund the amount and send a new card to [[STREET_ADDRESS|58 Ravensworth Terrace, Durham DH1 1QP]]. You can call me on [[PHONE_NUMBER|07700 900622]].\nYours faithfully,\n[[PERSON|Imogen Hartley-Baines]]",
    "We're moving and I'm doing the Royal Mail redirection online for both of us. Old address: [[STREET_ADDRESS|12 Albany Villas, Hove BN3 2RS]]. New address: [[STREET_ADDRESS|Top Floor Flat, 3 Clifton Hill, Brighton BN1 3HQ]]. Names on the redirect: [[PERSON|Tobias Wren]] and [[PERSON|Maryam Qureshi-Wren]]. Contact email [[EMAIL_ADDRESS|toby.wren@btinternet.com]]. Do we both need to show ID if we share a surname only partly?",
    "Rental application for a flat in Dublin, can you make this read better? Applicant: [[PERSON|Aoife Ní Bhriain]], PPS number [[ID_NUMBER|7395812K]], current address [[STREET_ADDRESS|Apartment 14, The Maltings, Bishop Street, Dublin 8, D08 X2F7]], mobile [[PHONE_NUMBER|+353 87 412 6093]], email [[EMAIL_ADDRESS|aoife.nibhriain@gmail.com]]. Employer: a software company in Sandyford, permanent contract since 2021. I'd like to say I have a reference from my last landlord without sounding desperate.",
    "Switching electricity supplier and the form wants a direct debit. Account holder [[PERSON|Ciarán Mac Giolla Phádraig]], address [[STREET_ADDRESS|Knocknagree Cross, Rathmore, Co. Kerry, P51 KX93]], IBAN [[IBAN_CODE|IE90 BOFI 9000 1748 2936 15]], phone [[PHONE_NUMBER|+353 64 775 1382]]. The Eircode field only takes 7 characters, so do I type it with or without the space?",
    "Kannst du mir helfen, das Formular für die Wohnungsbewerbung auszufüllen? Name: [[PERSON|Friederike Oberländer]], geboren am 03.11.1989, aktuelle Anschrift: [[STREET_ADDRESS|Gneisenaustraße 41, 10961 Berlin]], Telefon [[PHONE_NUMBER|030 23125 617]], E-Mail [[EMAIL_ADDRESS|f.oberlaender@posteo.de]], Steuer-ID [[ID_NUMBER|47 036 952 476]], IBAN für die Kaution [[IBAN_CODE|DE03 5001 0517 4817 2039 56]]. Muss die Steuer-ID da überhaupt rein? Der Vermieter fragt danach.",
    "I need to write to my liability insurer in Germany about a broken window at the neighbour's. Policyholder: [[PERSON|Jens-Uwe Kaltenbrunner]], Versicherungsnummer [[ID_NUMBER|HV-20-3918274]], address [[STREET_ADDRESS|Am Mühlbach 7a\n83022 Rosenheim]], phone [[PHONE_NUMBER|089 99998 204]]. The damage happened on 18 May when my son kicked a ball through the glass. Can you draft it in plain English, I'll translate after?",
    "Schulanmeldung für meine Tochter in Graz: Kind [[PERSON|Lena Marie Pichler]], geboren 14.05.2018, Sozialversicherungsnummer des Kindes [[ID_NUMBER|2361 140518]], Erziehungsberechtigte: [[PERSON|Verena Pichler]], [[STREET_ADDRESS|Leonhardstraße 88/Top 5, 8010 Graz]], Tel. [[PHONE_NUMBER|+43 664 382 9174]], IBAN für den Essensbeitrag [[IBAN_CODE|AT38 2011 1827 4910 6352]]. The form also has a field for my own SV-Nummer; is that compulsory for a school?",
    "Changing Krankenkasse in Switzerland, the form asks for: Name [[PERSON|Reto Brunschwiler]], AHV-Nummer [[ID_NUMBER|756.4183.9270.57]], Adresse [[STREET_ADDRESS|Seefeldstrasse 214, 8008 Zürich]], Telefon [[PHONE_NUMBER|+41 79 482 16 37]], IBAN for refunds [[IBAN_CODE|CH30 0023 5047 1938 2506 1]]. The deadline is 30 November for cancelling the old one, right? Write me the cancellation letter too, signed with my name.",
    "Dossier de location, can you check the 'garant' section? Garant: [[PERSON|Marie-Hélène Castagnet]], née le 22/06/1961, numéro de sécurité sociale [[ID_NUMBER|2 92 06 31 055 219 57]], adresse [[STREET_ADDRESS|14 rue des Pénitents Blancs, 31000 Toulouse]], téléphone [[PHONE_NUMBER|06 39 98 41 27]], RIB [[IBAN_CODE|FR76 3000 4028 1700 0193 8472 535]]. The agency also asks for her last three payslips. Is asking for the social security number even allowed?",
    "Help me write a dispute to my French bank. Card [[CREDIT_CARD|5182 7493 0165 8242]] was charged twice by a hotel in Lyon on 3 March, 214 euros each time. Account holder [[PERSON|Baptiste Lemarié]], [[STREET_ADDRESS|Résidence Les Tilleuls, Bât. C, Apt 12\n7 avenue Jean Jaurès\n69007 Lyon]], phone [[PHONE_NUMBER|+33 6 39 98 73 05]]. Keep it formal, 'Madame, Monsieur'.",
    "Energy switch form in Belgium: titulaire [[PERSON|Wout Vanderhaeghen]], rijksregisternummer [[ID_NUMBER|85.07.30-273.79]], adres [[STREET_ADDRESS|Kortrijksesteenweg 312 bus 4, 9000 Gent]], gsm [[PHONE_NUMBER|+32 478 19 46 25]], domiciliëring op [[IBAN_CODE|BE70 0634 8271 9525]]. The EAN code of the meter is on the old bill, do I need it or does the new supplier find it?",
    "Registering with a huisarts in Utrecht. Name [[PERSON|Sanne de Groot-Verhoef]], BSN [[ID_NUMBER|183647294]], address [[STREET_ADDRESS|Oudegracht 219-bis, 3511 NK Utrecht]], phone [[PHONE_NUMBER|+31 6 4182 7390]], email [[EMAIL_ADDRESS|sanne.degroot@ziggo.nl]], insurer policy number [[ID_NUMBER|ZK-7719-4402]]. The form has 'tussenvoegsel' as a separate box, so does 'de' go there even with the double surname?",
    "Can you write a short motivation letter for a rental in Amsterdam? We are [[PERSON|Maarten Kooistra]] and [[PERSON|Yuki Kooistra-Endo]], currently at [[STREET_ADDRESS|Van Woustraat 77-III, 1073 LN Amsterdam]], email [[EMAIL_ADDRESS|kooistra.endo@gmail.com]]. Rent would be paid from [[IBAN_CODE|NL89 RABO 0318 2746 59]]. Mention that [[PERSON|Maarten]] works at a hospital and [[PERSON|Yuki]] teaches Japanese.",
    "Empadronamiento form in Valencia, I'm not sure about the order. Nombre: [[PERSON|Thiago Alves Monteiro]], NIE [[ID_NUMBER|X4918273E]], domicilio [[STREET_ADDRESS|Calle de Cuba 36, 3º 2ª, 46006 València]], teléfono [[PHONE_NUMBER|+34 612 48 93 07]]. My landlord's name also goes on it as 'titular de la vivienda': [[PERSON|Remedios Sanchis Ferrer]]. Which box is the 'escalera'?",
    "Please draft a claim letter to my home insurer in Spain about water damage. Asegurado: [[PERSON|Ignacio Bermúdez Ortega]], DNI [[ID_NUMBER|73018462V]], póliza [[ID_NUMBER|HOG-0481927-3]], vivienda [[STREET_ADDRESS|Avenida de la Constitución 18, 2º izq., 41004 Sevilla]], IBAN para la indemnización [[IBAN_CODE|ES73 2085 0713 8474 0291 8365]]. The leak came from the flat above on 9 April.",
    "I'm setting up water and electricity in Porto and the form asks for the NIF. Titular: [[PERSON|Beatriz Cardoso Nogueira]], NIF [[ID_NUMBER|258317469]], morada [[STREET_ADDRESS|Rua de Cedofeita 412, 2.º Esq., 4050-174 Porto]], telemóvel [[PHONE_NUMBER|+351 912 847 306]], IBAN [[IBAN_CODE|PT50 0035 0417 0028 4619 3757 1]]. Is the 'código postal' always four digits, a dash and three?",
    "Iscrizione scuola primaria for my son, the online form wants both parents. Alunno: [[PERSON|Tommaso Bertolini]], genitore: [[PERSON|Giuseppe Bertolini]], codice fiscale [[ID_NUMBER|BRTGPP79T04L219M]], residenza [[STREET_ADDRESS|Via Nizza 128, 10126 Torino]], cellulare [[PHONE_NUMBER|+39 347 281 9064]], IBAN per la mensa [[IBAN_CODE|IT33 V030 6911 7050 0004 9271 836]]. Do I put my own codice fiscale in the child's slot by mistake if he doesn't have his card yet?",
    "Write an invitation letter for my cousin's Schengen visa. I am [[PERSON|Francesca Colombo]], codice fiscale [[ID_NUMBER|CLMFNC91M45H501I]], living at [[STREET_ADDRESS|Via dei Volsci 57, int. 9, 00185 Roma]], phone [[PHONE_NUMBER|+39 06 4821 7730]]. My cousin is [[PERSON|Adebola Ogunleye]], Nigerian passport [[ID_NUMBER|A07482913]], and will stay with me for three weeks in August.",
    "Can you translate my CV header into Polish conventions? [[PERSON|Katarzyna Wróblewska-Nowak]], PESEL [[ID_NUMBER|92071435287]], [[STREET_ADDRESS|ul. Świętokrzyska 30 m. 64, 00-116 Warszawa]], tel. [[PHONE_NUMBER|+48 601 482 917]], [[EMAIL_ADDRESS|k.wroblewska@wp.pl]]. I heard Polish employers expect a GDPR consent clause at the bottom, can you add it?",
    "Reklamacja to my bank in Kraków about a transfer that never arrived. Sender: [[PERSON|Bartłomiej Zając]], [[STREET_ADDRESS|os. Złotego Wieku 44/12, 31-618 Kraków]], from account [[IBAN_CODE|PL44 1050 1445 1000 0022 9187 3640]]. Amount 2 400 zł on 4 February. Please draft it in English and I'll fix the Polish.",
    "Apartment queue form in Uppsala: Namn [[PERSON|Elin Sjöström]], personnummer [[ID_NUMBER|930822-4170]], adress [[STREET_ADDRESS|Sysslomansgatan 17 lgh 1203, 753 11 Uppsala]], mobil [[PHONE_NUMBER|+46 70 482 19 36]], konto [[IBAN_CODE|SE48 5000 0000 0582 1749 3062]]. Is 'lgh 1203' the right way to write the flat?",
    "NAV form for my mother's pension, Norway. Name [[PERSON|Solveig Haugland]], fødselsnummer [[ID_NUMBER|170352 41256]], address [[STREET_ADDRESS|Kongsgårdbakken 3, 4005 Stavanger]], phone [[PHONE_NUMBER|+47 412 38 905]], account for payments [[IBAN_CODE|NO20 1503 2749 183]]. She wants me to write a cover note saying she cannot use BankID herself.",
    "Danish school form, parent section. Forælder: [[PERSON|Mette Kjærgaard Lund]], CPR [[ID_NUMBER|190785-2614]], adresse [[STREET_ADDRESS|Nørrebrogade 52, 3. tv., 2200 København N]], tlf. [[PHONE_NUMBER|+45 28 41 93 76]], NemKonto [[IBAN_CODE|DK37 3000 0004 9382 71]]. What does 'tv.' vs 'th.' mean again, my partner says I have it backwards.",
    "Kela housing allowance application, please check. Hakija [[PERSON|Aleksi Väisänen]], henkilötunnus [[ID_NUMBER|240395-7310]], osoite [[STREET_ADDRESS|Hämeenkatu 26 B 18, 33200 Tampere]], puhelin [[PHONE_NUMBER|+358 40 719 2846]], tili [[IBAN_CODE|FI85 4006 1020 3184 769]]. Do I have to include my girlfriend [[PERSON|Noora Laaksonen]] on the same application if we split rent?",
    "Fill in the top of this job application for me, US format:\n[[PERSON|Darnell J. Whitaker]]\n[[STREET_ADDRESS|2217 Pleasant Valley Rd, Apt 3B\nKnoxville, TN 37917]]\n[[PHONE_NUMBER|(865) 555-0147]] | [[EMAIL_ADDRESS|dwhitaker.tn@gmail.com]]\nSSN (for background check): [[US_SSN|529-38-4172]]\nDriver's license: TN [[ID_NUMBER|094827361]]\nShould the SSN even be on the first page?",
    "Help me fill out an auto insurance claim. Insured: [[PERSON|Guadalupe Reyes-Finnegan]], policy [[ID_NUMBER|PAC-448-21937]], address [[STREET_ADDRESS|905 W Alameda Ave, Santa Fe, NM 87501]], cell [[PHONE_NUMBER|505-555-0163]]. The other driver was [[PERSON|Kyle Brandt]], his policy number [[ID_NUMBER|GX7-310-558-22]], phone [[PHONE_NUMBER|505-555-0189]]. The accident was at the roundabout on Cerrillos Road on 12 October, his fault.",
    "Draft a chargeback request to my credit union. Member [[PERSON|Rosalind Ochoa]], member number [[ID_NUMBER|00718234]], Visa [[CREDIT_CARD|4916 0372 8815 0946]], mailing address [[STREET_ADDRESS|P.O. Box 1182, Ely, NV 89301]]. Merchant sent a broken treadmill and refuses returns. I have photos and the email thread.",
    "Kindergarten enrollment packet for my daughter. Student: [[PERSON|Amara Okonkwo-Leary]], DOB 08/19/2019. Parent/guardian: [[PERSON|Brendan Leary]], [[STREET_ADDRESS|41 Chestnut St, Unit 2, Somerville, MA 02143]], [[PHONE_NUMBER|(617) 555-0112]], [[EMAIL_ADDRESS|bleary.home@icloud.com]]. Emergency contact: grandma [[PERSON|Ngozi Okonkwo]], [[PHONE_NUMBER|(617) 555-0178]]. What counts as 'proof of residency' if the lease is in my wife's name only?",
    "Rental application, previous addresses section, does this look right?\nCurrent: [[STREET_ADDRESS|1840 N Halsted St #4R, Chicago, IL 60614]] (2021-present)\nPrevious: [[STREET_ADDRESS|RR 1 Box 72, Galena, IL 61036]] (2017-2021)\nApplicant: [[PERSON|Harper Lindqvist]], SSN [[US_SSN|318-62-9047]], phone [[PHONE_NUMBER|(312) 555-0131]].\nThe rural route one looks weird, is that acceptable?",
    "Need to fill the SIN field on my new job's onboarding in Toronto. Name [[PERSON|Priyanka Raghunathan]], SIN [[ID_NUMBER|546 193 723]], address [[STREET_ADDRESS|1205-88 Erskine Ave, Toronto, ON M4P 1Y3]], phone [[PHONE_NUMBER|(416) 555-0126]], OHIP [[ID_NUMBER|4829-173-605-KT]]. The form puts the unit before the street number with a dash, is that standard?",
    "Canada Post mail forwarding for my parents who are moving off the farm. Old: [[STREET_ADDRESS|RR 2, Site 5, Box 14, Olds, AB T4H 1P5]]. New: [[STREET_ADDRESS|304-5010 50 St, Red Deer, AB T4N 1X8]]. Names: [[PERSON|Gordon Mykytiuk]] and [[PERSON|Lorraine Mykytiuk]]. Contact [[PHONE_NUMBER|(403) 555-0155]]. Tracking number for the welcome kit was 7029 1183 4472, no idea if I need it.",
    "Carta de invitación for my sister's US tourist visa, from Guadalajara. She is [[PERSON|María Fernanda Hernández Ruvalcaba]], CURP [[ID_NUMBER|HERF930412MJCRVR06]], passport [[ID_NUMBER|G48291736]], domicilio [[STREET_ADDRESS|Av. Chapultepec Sur 284, Col. Americana, 44160 Guadalajara, Jalisco]], cel. [[PHONE_NUMBER|+52 33 1847 2935]]. I'm the host in Phoenix. Write it in English, warm but formal.",
    "Formulário de seguro residencial, Brazil. Segurado: [[PERSON|Rodrigo Takahashi Pereira]], CPF [[ID_NUMBER|372.814.596-37]], endereço [[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]], celular [[PHONE_NUMBER|+55 11 98472-3610]], e-mail [[EMAIL_ADDRESS|rodrigo.tp@uol.com.br]]. Is 'Consolação' the bairro and does it go before the city?",
    "Argentina, formulario para el alquiler. Inquilina: [[PERSON|Valeria Soledad Iturralde]], DNI [[ID_NUMBER|32.481.927]], domicilio [[STREET_ADDRESS|Av. Corrientes 3452, piso 7 depto. B, C1193AAR CABA]], celular [[PHONE_NUMBER|+54 9 11 4827-3916]]. Garante: [[PERSON|Héctor Iturralde]], [[PHONE_NUMBER|+54 9 11 5093-1847]]. How do I write the garantía propietaria part?",
    "Passport renewal form for my father in India. Applicant [[PERSON|Venkataraman Subramaniam]], Aadhaar [[ID_NUMBER|5827 3914 6020]], PAN [[ID_NUMBER|BQKPS4827M]], address [[STREET_ADDRESS|Flat 3C, Sri Sai Enclave, 14 Second Main Road, Besant Nagar, Chennai 600090]], mobile [[PHONE_NUMBER|+91 98401 27365]]. Old passport [[ID_NUMBER|T4829173]]. In 'Given name' do we write [[PERSON|Venkataraman]] and leave surname blank, as on his old passport?",
    "School admission form for my niece in Pune. Student [[PERSON|Ishita Deshmukh]], Aadhaar [[ID_NUMBER|3619 0475 2811]], guardian [[PERSON|Anand Deshmukh]], [[STREET_ADDRESS|B-402, Ganga Heights, Baner Road, Pune, Maharashtra 411045]], mobile [[PHONE_NUMBER|+91 90110 48273]], email [[EMAIL_ADDRESS|anand.deshmukh78@yahoo.co.in]]. Which one goes in 'Father/Mother/Guardian', she lives with us.",
    "Fill in my job application for a bank in Lahore. Name [[PERSON|Hira Fatima Butt]], CNIC [[ID_NUMBER|35202-4817362-5]], address [[STREET_ADDRESS|House 27, Street 9, Block F, Model Town, Lahore 54700]], mobile [[PHONE_NUMBER|+92 321 4829173]], email [[EMAIL_ADDRESS|hirafbutt@gmail.com]]. Father's name field: [[PERSON|Muhammad Tariq Butt]]. Do Pakistani forms still want the father's name for a married woman?",
    "My uncle in Dhaka needs a letter to the electricity office to change the name on the meter. Name: [[PERSON|Abul Kalam Chowdhury]], NID [[ID_NUMBER|4619273850]], address [[STREET_ADDRESS|House 12, Road 7, Dhanmondi R/A, Dhaka 1205]], mobile [[PHONE_NUMBER|+880 1712-482937]]. The meter was in his late brother's name. Keep it respectful and short.",
    "Sri Lanka, visa extension form for my husband, and I need to fill my sponsor details. Sponsor [[PERSON|Dilani Wickramasinghe]], NIC [[ID_NUMBER|199472603815]], address [[STREET_ADDRESS|No. 48/2, Temple Road, Nugegoda 10250]], phone [[PHONE_NUMBER|+94 77 482 9163]]. Husband [[PERSON|Lukas Brenner]], Austrian passport [[ID_NUMBER|P4829173]]. Is the NIC the new 12-digit kind they want?",
    "HDB rental form check please. Tenant: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S9138274A]], current address [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412]], mobile [[PHONE_NUMBER|+65 9184 2736]], email [[EMAIL_ADDRESS|weiling.tan@singnet.com.sg]]. Co-tenant is my housemate [[PERSON|Nurul Aisyah binte Rahman]], [[PHONE_NUMBER|+65 8271 4930]]. Unit numbers are floor then unit, yes?",
    "Borang permohonan for my mother's medical card in Malaysia. Nama [[PERSON|Siti Aminah binti Abdullah]], MyKad [[ID_NUMBER|520317-10-5284]], alamat [[STREET_ADDRESS|No. 23, Jalan SS 2/72, 47300 Petaling Jaya, Selangor]], telefon [[PHONE_NUMBER|+60 12-482 9173]]. I also need to add myself as next of kin, [[PERSON|Farid bin Ismail]]. Is it 'binti' for her and 'bin' for me, right?",
    "Job application in Japan, the rirekisho header. 氏名 [[PERSON|佐藤 美咲]] ([[PERSON|Sato Misaki]]), 現住所 [[STREET_ADDRESS|〒150-0043 東京都渋谷区道玄坂2-18-11 サンライズ渋谷305]], 電話 [[PHONE_NUMBER|090-4827-1936]], メール [[EMAIL_ADDRESS|misaki.sato.0412@docomo.ne.jp]]. Should I write the furigana for the address too? And they ask for My Number [[ID_NUMBER|7294 0518 3625]] only after hiring, correct?",
    "Korean visa extension for my husband, I'm the Korean spouse. Me: [[PERSON|이서연]], 주민등록번호 [[ID_NUMBER|880315-2058172]], address [[STREET_ADDRESS|서울특별시 마포구 월드컵로 212, 103동 1504호]], phone [[PHONE_NUMBER|010-4829-3617]]. Husband: [[PERSON|Julien Dumont]], French passport [[ID_NUMBER|19AV48273]]. Which box is 'sponsor'?",
    "Registering at a new GP in Melbourne. Name [[PERSON|Siobhan Kavanagh-Tran]], Medicare [[ID_NUMBER|2947 61832 1]], address [[STREET_ADDRESS|Unit 6/41 Glenferrie Rd, Malvern VIC 3144]], mobile [[PHONE_NUMBER|0491 570 219]], email [[EMAIL_ADDRESS|siobhan.kt@bigpond.com]]. The form also asks for my tax file number [[ID_NUMBER|392 718 009]], surely a GP doesn't need that?",
    "NZ Inland Revenue form for my son. Name [[PERSON|Tāne Wiremu Parata]], IRD number [[ID_NUMBER|104-382-916]], NHI [[ID_NUMBER|ZLK4822]], address [[STREET_ADDRESS|27 Kowhai Street, RD 2, Whakatāne 3192]], phone [[PHONE_NUMBER|+64 21 482 9173]]. Does 'RD 2' go on the same line as the street or below?",
    "Lease application for a flat in Cape Town. Applicant [[PERSON|Thandiwe Mokoena]], ID number [[ID_NUMBER|8906145127080]], current address [[STREET_ADDRESS|Unit 14, Harbour Mews, 22 Somerset Road, Green Point, Cape Town, 8005]], cell [[PHONE_NUMBER|+27 82 481 9372]], email [[EMAIL_ADDRESS|thandi.mokoena@webmail.co.za]]. My employer letter is attached; can you write the short cover note?",
    "Help with my bank account opening form in Lagos. Name [[PERSON|Chukwuemeka Obiora Nwachukwu]], NIN [[ID_NUMBER|48291037562]], BVN [[ID_NUMBER|22183746592]], address [[STREET_ADDRESS|Plot 14, Adebayo Doherty Road, Lekki Phase 1, Lagos]], phone [[PHONE_NUMBER|+234 803 482 9173]]. Next of kin: my wife [[PERSON|Adaeze Nwachukwu]], [[PHONE_NUMBER|+234 706 218 4937]].",
    "Kenya, HELB loan application for my brother. Name [[PERSON|Kiprotich Kipchumba Ruto]], ID [[ID_NUMBER|31847265]], KRA PIN [[ID_NUMBER|A012847391K]], postal address [[STREET_ADDRESS|P.O. Box 2718-30100, Eldoret]], phone [[PHONE_NUMBER|+254 722 481 937]]. Is P.O. Box acceptable or do they want a physical address too?",
    "Egyptian residency form for my wife, I'm the sponsor. Me: [[PERSON|Karim Mostafa El-Sayed]], national ID [[ID_NUMBER|29203150128473]], address [[STREET_ADDRESS|12 Shagaret El Dor Street, Zamalek, Cairo 11211]], mobile [[PHONE_NUMBER|+20 100 482 9173]]. Wife: [[PERSON|Hanna Lindberg]], Swedish passport [[ID_NUMBER|91847362]]. Can you make an English cover letter?",
    "Car insurance claim, UK. Policyholder [[PERSON|Gethin Prydderch]], policy [[ID_NUMBER|MTR-4471-0928]], address [[STREET_ADDRESS|Tŷ Gwyn, 4 Heol y Felin, Llandeilo SA19 6BU]], mobile [[PHONE_NUMBER|07700 900735]]. Licence number [[ID_NUMBER|PRYDD803127G99LK]]. Third party: [[PERSON|Sharon Beddoes]], [[PHONE_NUMBER|029 2018 0442]]. Please write the incident description: she reversed out of a bay into my door in the Tesco car park.",
    "Secondary school in-year admission form, Leeds. Child [[PERSON|Zainab Mohamud]], born 30/01/2012, current school in Bristol. Parent [[PERSON|Hodan Abdi Farah]], [[STREET_ADDRESS|47 Harehills Lane, Leeds LS8 5HS]], [[PHONE_NUMBER|0113 496 0581]], [[EMAIL_ADDRESS|hodan.farah@hotmail.co.uk]]. Sibling link: [[PERSON|Abdirahman Mohamud]] in Year 10 at the same school. Does sibling priority still apply mid-year?",
    "I'm writing a sponsor letter for my partner's UK family visa. Sponsor: [[PERSON|Callum Fraser McLeod]], British passport [[ID_NUMBER|561928374]], address [[STREET_ADDRESS|2F1, 19 Marchmont Crescent, Edinburgh EH9 1HN]], phone [[PHONE_NUMBER|0131 496 0927]]. Partner: [[PERSON|Maximiliano Ruiz Paredes]], Chilean passport [[ID_NUMBER|F18374926]]. We've lived together since 2020. What's '2F1' in Edinburgh terms, should I explain it?",
    "GP registration in Galway, applying for the GP visit card for my dad. [[PERSON|Seamus Ó Flaithearta]], PPS [[ID_NUMBER|1284736JA]], address [[STREET_ADDRESS|Cnoc na Coille, Bearna, Co. na Gaillimhe, H91 E2P4]], phone [[PHONE_NUMBER|+353 91 592 847]]. He only has an Irish-language address on his bills, is that okay on the HSE form?",
    "German bank dispute: my card was used in Prague while I was at home. Kontoinhaber [[PERSON|Hannelore Ziegenbein]], IBAN [[IBAN_CODE|DE97 7605 0101 0012 9483 70]], Karte [[CREDIT_CARD|5529 1038 6741 2937]], Anschrift [[STREET_ADDRESS|Pirckheimerstraße 16, 90408 Nürnberg]], Telefon [[PHONE_NUMBER|069 90009 318]]. Please write the Widerspruch in German, polite but firm.",
    "Swiss Post forwarding order. Names [[PERSON|Nadia Ferrari-Imhof]] and [[PERSON|Luca Imhof]], old address [[STREET_ADDRESS|Rue de Carouge 94, 1205 Genève]], new [[STREET_ADDRESS|Postfach 412, 1950 Sion]], phone [[PHONE_NUMBER|+41 27 482 19 36]]. Can you forward to a Postfach or only a street address?",
    "Fiche d'inscription for my twins at a collège in Lille. Élèves: [[PERSON|Inès Bouzid]] and [[PERSON|Rayan Bouzid]]. Responsable légal: [[PERSON|Samira Bouzid-Lefèvre]], [[STREET_ADDRESS|27 rue Solférino, 59000 Lille]], portable [[PHONE_NUMBER|06 39 98 15 62]], e-mail [[EMAIL_ADDRESS|samira.bouzid@orange.fr]]. The form asks which numéro de sécurité sociale the children are attached to: their father's is [[ID_NUMBER|1 85 07 75 114 087 65]], mine isn't linked yet. Which one do I give?",
    "Spanish rental deposit form, the landlord wants these filled. Arrendataria [[PERSON|Ona Puigdomènech i Vila]], NIE [[ID_NUMBER|Y2736185G]], domicilio anterior [[STREET_ADDRESS|Carrer de Mallorca 401, 5è 1a, 08013 Barcelona]], teléfono [[PHONE_NUMBER|+34 678 21 49 03]], cuenta [[IBAN_CODE|ES16 0182 5391 9602 0471 8263]]. Can you explain what 'fianza' vs 'depósito' means here?",
    "Italian car insurance, they want the 'attestato di rischio' request letter. Contraente [[PERSON|Raffaella Esposito]], polizza [[ID_NUMBER|RCA-3318-40271]], indirizzo [[STREET_ADDRESS|Via Toledo 256, scala B, 80134 Napoli]], telefono [[PHONE_NUMBER|+39 081 482 9173]], IBAN [[IBAN_CODE|IT58 R050 3401 6330 0000 7218 490]]. Brief and formal, please.",
    "Change of address for my son who's deployed. Name [[PERSON|Tyler J. Broussard]], new mailing address [[STREET_ADDRESS|Unit 8400 Box 1172, DPO AE 09498]], old [[STREET_ADDRESS|412 Bayou Oaks Dr, Lafayette, LA 70508]]. The USPS form asks for a phone, I'll use mine, [[PHONE_NUMBER|(337) 555-0104]]. Is DPO treated like a domestic address for the form?",
    "Utility switch in Texas, the new provider's form: name [[PERSON|Esperanza Villarreal]], service address [[STREET_ADDRESS|7718 Mesa Verde Ln, El Paso, TX 79912]], SSN for credit check [[US_SSN|604-17-8823]], phone [[PHONE_NUMBER|(915) 555-0138]], email [[EMAIL_ADDRESS|e.villarreal915@yahoo.com]]. Can I refuse the SSN and pay a deposit instead? How do I phrase that?",
    "Condo rental application in Vancouver. Applicant [[PERSON|Jasmine Kaur Grewal]], SIN [[ID_NUMBER|628 304 719]], current address [[STREET_ADDRESS|Suite 1907, 1288 W Georgia St, Vancouver, BC V6E 4R3]], phone [[PHONE_NUMBER|(604) 555-0192]], employer reference [[PERSON|Devon Achterberg]], [[PHONE_NUMBER|(604) 555-0117]]. Does the landlord actually need my SIN?",
    "Sydney rental application, please check formatting. Applicant: [[PERSON|Lachlan O'Dwyer]], [[STREET_ADDRESS|PO Box 318, Katoomba NSW 2780]], mobile [[PHONE_NUMBER|+61 491 570 883]], email [[EMAIL_ADDRESS|lachie.odwyer@outlook.com.au]]. Second applicant [[PERSON|Mei-Ling Zhou]], mobile [[PHONE_NUMBER|0491 570 446]]. Do agents accept a PO Box as the current address or do they want the street one?",
    "Switching power company in Wellington. Account holder [[PERSON|Aroha Ngata-Williams]], address [[STREET_ADDRESS|Flat 2, 15 Aro Street, Aro Valley, Wellington 6021]], phone [[PHONE_NUMBER|+64 4 482 9173]], email [[EMAIL_ADDRESS|aroha.nw@xtra.co.nz]], current customer number [[ID_NUMBER|CN-40918273]]. What's the ICP number they keep asking for?",
    "Credit card dispute letter to my bank in Mumbai. Cardholder [[PERSON|Rohan Malhotra]], card [[CREDIT_CARD|4023 8471 9206 4581]], address [[STREET_ADDRESS|1102, Tower B, Lodha Bellissimo, N. M. Joshi Marg, Mahalaxmi, Mumbai 400011]], mobile [[PHONE_NUMBER|+91 98200 31746]], customer ID (CIF) [[ID_NUMBER|7738102946]]. The merchant charged me for an annual plan I cancelled in the trial.",
    "Polyclinic registration in Singapore for my helper. Name [[PERSON|Maricel Dela Cruz Bautista]], FIN [[ID_NUMBER|F1948273K]], address [[STREET_ADDRESS|Blk 227 Bishan St 23, #05-84, Singapore 570227]] (employer's), phone [[PHONE_NUMBER|+65 8473 1926]]. Emergency contact is my wife [[PERSON|Lim Hui Min]], [[PHONE_NUMBER|+65 9627 0381]].",
    "Japanese apartment application, guarantor section. 連帯保証人 [[PERSON|高橋 健一]] (my father), 住所 [[STREET_ADDRESS|〒530-0001 大阪府大阪市北区梅田1-3-1-800]], 電話 [[PHONE_NUMBER|06-4827-3915]]. Applicant is me, [[PERSON|高橋 彩]], [[PHONE_NUMBER|080-3917-4826]]. Do I write the room number after the hyphen like that?",
    "Korean school transfer for my son. Student [[PERSON|박서준]], parent [[PERSON|박지훈]], parent's 주민등록번호 [[ID_NUMBER|950721-1739241]], address [[STREET_ADDRESS|부산광역시 해운대구 센텀중앙로 97, 1203호]], parent phone [[PHONE_NUMBER|010-7294-1836]]. Can you explain how to write the 동/호 part in English for the international school form?",
    "Seguro de saúde claim in Brazil for my mother. Beneficiária [[PERSON|Maria do Socorro Albuquerque]], CPF [[ID_NUMBER|085.273.941-97]], carteirinha [[ID_NUMBER|0 482 917360019 8]], endereço [[STREET_ADDRESS|Av. Boa Viagem 3720, apto 1402, Recife - PE, 51021-000]], telefone [[PHONE_NUMBER|+55 81 99827-4163]]. Reimbursement for an MRI.",
    "Rental in Johannesburg, tenant info sheet. Tenant [[PERSON|Pieter van der Merwe]], ID [[ID_NUMBER|7609230285083]], current address [[STREET_ADDRESS|14 Jan Smuts Avenue, Parktown North, Johannesburg, 2193]], cell [[PHONE_NUMBER|+27 83 719 2846]]. Co-tenant [[PERSON|Lerato Dlamini]], ID [[ID_NUMBER|9303170824089]], cell [[PHONE_NUMBER|+27 71 482 0937]].",
    "Job application to a Nigerian oil company. [[PERSON|Oluwakemi Adeyemi-Bello]], [[STREET_ADDRESS|Flat 5, Block C, Federal Housing Estate, Gwarinpa, Abuja]], [[PHONE_NUMBER|+234 809 271 4836]], [[EMAIL_ADDRESS|kemi.adeyemibello@yahoo.com]], NYSC certificate number [[ID_NUMBER|NYSC/FCT/2016/381927]]. Should the NYSC number be on the CV or only the form?",
    "School fees form in Nairobi, parent details. Parent [[PERSON|Wanjiru Kamau]], ID [[ID_NUMBER|27481936]], [[STREET_ADDRESS|P.O. Box 48271-00100, Nairobi]], M-Pesa number [[PHONE_NUMBER|+254 712 839 402]], email [[EMAIL_ADDRESS|wanjiru.kamau@gmail.com]]. Pupil [[PERSON|Baraka Kamau]], Grade 4.",
    "Belgian job application, they want everything on one line: [[PERSON|Amélie Dufrasne]], [[STREET_ADDRESS|Rue Saint-Gilles 87, 4000 Liège]], [[PHONE_NUMBER|+32 471 28 93 40]], [[EMAIL_ADDRESS|amelie.dufrasne@skynet.be]], national number [[ID_NUMBER|72.02.14-519.05]]. Is it normal to ask for the rijksregisternummer before an interview?",
    "Dutch bank dispute about a direct debit I never agreed to. Rekeninghouder [[PERSON|Henk Bosschaart]], [[IBAN_CODE|NL55 INGB 0007 4921 83]], adres [[STREET_ADDRESS|Postbus 1274, 9701 BG Groningen]], tel. [[PHONE_NUMBER|+31 50 482 9173]]. Collector is some magazine subscription. Draft the 'storneren' request.",
    "PostNord forwarding for my grandmother in Malmö. [[PERSON|Birgitta Nyqvist]], from [[STREET_ADDRESS|Amiralsgatan 36 B, 211 55 Malmö]] to c/o [[PERSON|Eriksson]], [[STREET_ADDRESS|Fågelbacksgatan 9, 217 44 Malmö]]. Contact me at [[EMAIL_ADDRESS|j.nyqvist@telia.com]]. Is 'c/o' written before the street line in Sweden?",
    "Polish rental agreement, tenant section. Najemca [[PERSON|Oleksandr Hrytsenko]], paszport [[ID_NUMBER|FT482917]], PESEL [[ID_NUMBER|03241507460]], adres [[STREET_ADDRESS|ul. Piotrkowska 148/21, 90-063 Łódź]], tel. [[PHONE_NUMBER|+48 512 839 407]]. He's Ukrainian and just got the PESEL UKR, does that change anything?",
    "Portuguese health centre registration, utente number application. Name [[PERSON|Gonçalo Meireles]], NIF [[ID_NUMBER|192740350]], address [[STREET_ADDRESS|Travessa do Carmo 8, 1.º Dto., 1200-095 Lisboa]], phone [[PHONE_NUMBER|+351 213 482 917]]. The clerk said to bring an 'atestado de residência', what's that?",
    "Austrian bank, Einspruch gegen eine Abbuchung. [[PERSON|Wolfgang Strasser-Hödl]], IBAN [[IBAN_CODE|AT02 3200 0000 1729 4856]], [[STREET_ADDRESS|Getreidegasse 21/3, 5020 Salzburg]], Tel. [[PHONE_NUMBER|+43 662 84 19 27]]. The fitness studio kept charging after I cancelled in writing.",
    "Contrato de luz in Monterrey, the form for the CFE. Titular [[PERSON|Rogelio Garza Treviño]], RFC [[ID_NUMBER|GATR7805149K2]], domicilio [[STREET_ADDRESS|Calle Padre Mier 1420 Pte., Col. Obispado, 64060 Monterrey, Nuevo León]], celular [[PHONE_NUMBER|+52 81 1482 7395]]. The service number (RPU) on the old receipt is [[ID_NUMBER|498271036455]].",
]

# 70 short records in the style of synthetic PII datasets, one invented person each.
RECORDS = [
    "[[PERSON|Marguerite Okafor-Lindahl]] lives at [[STREET_ADDRESS|Flat 12B, 40 Prince of Wales Road, Norwich NR1 1LD]] and can be reached on [[PHONE_NUMBER|07700 900153]].",
    "Send the renewal notice to [[PERSON|Desmond Achebe]], [[STREET_ADDRESS|PSC 817, Box 42, FPO AE 09622]].",
    "Customer since 2014: [[PERSON|Ilse Vandenbroucke]], e-mail [[EMAIL_ADDRESS|ilse.vdbroucke@telenet.be]], card on file [[CREDIT_CARD|6011 3958 2047 1637]].",
    "Born in Oaxaca, [[PERSON|Xóchitl Ramírez Cruz]] now rents [[STREET_ADDRESS|Apt 5C, 318 E 116th St, New York, NY 10029]].",
    "Post for [[PERSON|Hamish Gillespie]] goes to c/o Strathmore Estate Office, [[STREET_ADDRESS|Glamis Road, Kirriemuir DD8 4QP]] during lambing season.",
    "The parcel was signed for by [[PERSON|Yevgenia Koval]] at [[STREET_ADDRESS|Unit 4, 19-23 Parramatta Road, Annandale NSW 2038]], mobile [[PHONE_NUMBER|0491 570 662]].",
    "Employee [[ID_NUMBER|E-204817]], [[PERSON|Rashida Bello]], updated her personal e-mail to [[EMAIL_ADDRESS|rashida.bello@proton.me]].",
    "According to the form, [[PERSON|Anders Fjeldstad]] holds fødselsnummer [[ID_NUMBER|120488 50772]] and the account [[IBAN_CODE|NO39 8601 1172 948]].",
    "[[PERSON|Consuelo Ibarra de León]] | [[STREET_ADDRESS|Apartado Postal 218, 29200 San Cristóbal de las Casas, Chiapas]] | [[PHONE_NUMBER|+52 967 482 1936]]",
    "Reach [[PERSON|Tomasz Kowalczyk]] at [[EMAIL_ADDRESS|tkowalczyk@onet.pl]] or by post at [[STREET_ADDRESS|Skrytka pocztowa 74, 80-958 Gdańsk]].",
    "Mrs [[PERSON|Eilidh MacPhail]]'s pension goes into [[IBAN_CODE|GB22 NWBK 6016 1348 2719 30]], and her NI number is [[ID_NUMBER|PW 61 93 04 A]].",
    "The tenant, [[PERSON|Jun-seo Hwang]], gave [[STREET_ADDRESS|Rural Route 3, Box 118, Hartwell, GA 30643]] as a forwarding address.",
    "[[PERSON|Fiorella Mancuso]] (SSN [[US_SSN|271-84-3309]]) started on the night shift in March.",
    "Corporal [[PERSON|Ewan Pritchard]], [[STREET_ADDRESS|BFPO 58]], asked for his statements to be sent by e-mail to [[EMAIL_ADDRESS|e.pritchard.88@gmail.com]].",
    "Patient [[PERSON|Bronwyn Hale]], NHS [[ID_NUMBER|721 604 3987]], missed two appointments and gave [[PHONE_NUMBER|0117 496 0382]] as her new number.",
    "A refund of €42 was sent to [[PERSON|Mathilde Wouters]] on [[IBAN_CODE|BE86 7350 9182 6450]].",
    "[[PERSON|Ravindra Iyengar]]'s PAN is [[ID_NUMBER|AKZPI7391Q]] and he banks at the Jayanagar branch.",
    "Shipping label: [[PERSON|Nomvula Sithole]], [[STREET_ADDRESS|PO Box 1183, Mthatha 5099]], tel [[PHONE_NUMBER|+27 47 531 8294]].",
    "Our volunteer [[PERSON|Grzegorz Lis]] is at [[STREET_ADDRESS|ul. Długa 7 lok. 3, 87-100 Toruń]] and prefers texts to [[PHONE_NUMBER|+48 698 210 473]].",
    "Membership for [[PERSON|Aurelio Cassani]] was paid with [[CREDIT_CARD|3487 152093 64821]].",
    "Her badge says [[PERSON|Nkechi Eze]]; her staff login is [[ID_NUMBER|neze04]].",
    "The letter came back undelivered from [[STREET_ADDRESS|Flat 3/2, 112 Dumbarton Road, Glasgow G11 6NX]], addressed to [[PERSON|Rory Gallacher]].",
    "Driver: [[PERSON|Kalani Akana]], licence [[ID_NUMBER|H04-82-9173]], address [[STREET_ADDRESS|94-1047 Waipahu St, Unit 12, Waipahu, HI 96797]].",
    "When [[PERSON|Soraya Haddad]] registered, she used [[EMAIL_ADDRESS|soraya.h@hotmail.fr]] and gave no phone number.",
    "Delivery to [[PERSON|Björn Ekholm]] at [[STREET_ADDRESS|Box 2114, 103 13 Stockholm]] failed twice.",
    "[[PERSON|Joaquim Barros]] gave his NIF as [[ID_NUMBER|245190830]] when he opened the account.",
    "Please note that [[PERSON|Adwoa Sarpong]] moved to [[STREET_ADDRESS|Suite 410, 1133 Yonge St, Toronto, ON M4T 2Y7]] and her new phone is [[PHONE_NUMBER|(647) 555-0129]].",
    "[[PERSON|Kenji Watanabe]] — [[STREET_ADDRESS|〒060-0042 北海道札幌市中央区大通西8-2-39]] — [[EMAIL_ADDRESS|k.watanabe@nifty.com]]",
    "The insurer lists [[PERSON|Dolores Quintanilla]] under policy [[ID_NUMBER|LF-0093-2714-88]] with beneficiary her son.",
    "Old records show [[PERSON|Eamon Daly]] at [[STREET_ADDRESS|Knockbrack, Ballinamore, Co. Leitrim, N41 HV28]].",
    "My colleague [[PERSON|Amélie Rochefort]] can be reached at [[PHONE_NUMBER|01 99 00 27 48]].",
    "For payroll: [[PERSON|Lukas Hofstätter]], Steuer-ID [[ID_NUMBER|58291643189]], [[IBAN_CODE|DE07 3705 0198 1029 3847 56]].",
    "Sgt. [[PERSON|Marisol Vance]], [[STREET_ADDRESS|Unit 2050 Box 318, APO AP 96278]], requests absentee ballot delivery.",
    "[[PERSON|Chiamaka Obi]] is registered with NIN [[ID_NUMBER|71928304615]] and lives on [[STREET_ADDRESS|22 Ogui Road, Enugu]].",
    "The key holder for the shop is [[PERSON|Idris Mahmoud]], mobile [[PHONE_NUMBER|07700 900847]], alarm code [[PASSWORD|4471]].",
    "Guest [[PERSON|Ana Paula Vasconcelos]] checked out early; the deposit went back to card [[CREDIT_CARD|5354 1820 9736 4019]].",
    "[[PERSON|Ngaio Fitzgerald-Hohaia]] uses [[STREET_ADDRESS|PO Box 77, Kaikōura 7340]] for all correspondence.",
    "Vendor contact: [[PERSON|Suresh Ramanathan]] <[[EMAIL_ADDRESS|suresh.ramanathan@rediffmail.com]]>, [[PHONE_NUMBER|+91 44 2482 9173]].",
    "Resident [[PERSON|Gerda Vogelsang]], born 1939, lives at [[STREET_ADDRESS|Seniorenresidenz Am Stadtpark, Zimmer 214, Parkallee 3, 28209 Bremen]].",
    "The apprenticeship offer went to [[PERSON|Kyle MacKinnon]], [[STREET_ADDRESS|RR 1, 2217 Hwy 4, Antigonish, NS B2G 2K9]].",
    "The new pupil's father, [[PERSON|Youssef Benali]], can be contacted at [[PHONE_NUMBER|+212 661 482 937]].",
    "Student [[PERSON|Lin Xiaoyu]], student number [[ID_NUMBER|S2419387]], e-mail [[EMAIL_ADDRESS|xiaoyu.lin@student.unimelb.edu.au]].",
    "Forward anything for [[PERSON|Oisín Breathnach]] to c/o Tigh Mhic Dhonncha, [[STREET_ADDRESS|Bóthar na Trá, An Spidéal, Co. na Gaillimhe, H91 T2W6]].",
    "[[PERSON|Rafaela Monteiro]]'s CPF, [[ID_NUMBER|529.184.736-00]], appears on the rental contract.",
    "In the contact sheet, [[PERSON|Faisal Al-Qahtani]] is listed with the private number [[PHONE_NUMBER|+966 55 482 9173]].",
    "[[PERSON|Priscilla Mensah]] asked that her statements go to [[STREET_ADDRESS|Apt 9, 71 Bedford Avenue, Brooklyn, NY 11211]] from now on.",
    "Last seen at [[STREET_ADDRESS|Kirkegårdsvej 19, st. th., 8000 Aarhus C]], [[PERSON|Rasmus Holmgaard]] left no forwarding address.",
    "Candidate: [[PERSON|Beatriz Olmedo]]; e-mail: [[EMAIL_ADDRESS|bea.olmedo@gmail.com]]; DNI: [[ID_NUMBER|51839274B]].",
    "The Medicare card for [[PERSON|Jarrah Wilson]] ends in issue number 2: [[ID_NUMBER|5103 82744 2]].",
    "Refunds for [[PERSON|Camille Moreau-Diallo]] are paid into [[IBAN_CODE|FR76 1027 8060 1500 0274 6193 822]].",
    "Attn: [[PERSON|Hyun-woo Jang]], [[STREET_ADDRESS|Unit 15294, APO AP 96205-5294]].",
    "[[PERSON|Ritu Bhattacharjee]] signed the lease at [[STREET_ADDRESS|Flat 2A, 18/1 Ballygunge Circular Road, Kolkata 700019]] with Aadhaar [[ID_NUMBER|7401 2863 5919]].",
    "Caller [[PERSON|Stanisław Pietrzak]] gave his PESEL as [[ID_NUMBER|85120304175]] before the line dropped.",
    "She signs her e-mails Dr [[PERSON|Ayesha Siddiqa Rahman]] and writes from [[EMAIL_ADDRESS|ayesha.rahman@bracu.ac.bd]].",
    "Cheques payable to [[PERSON|Gideon Sawyer]], [[STREET_ADDRESS|HC 64 Box 2031, Castle Valley, UT 84532]].",
    "[[PERSON|Mwajuma Hassan]] collects her pension via M-Pesa on [[PHONE_NUMBER|+254 733 218 490]].",
    "The account of [[PERSON|Liesbeth Dekker]] ([[ID_NUMBER|KL-4471902]]) was closed at her request.",
    "Ship to: [[PERSON|Tavita Leiataua]], [[STREET_ADDRESS|PO Box 5531, Pago Pago, AS 96799]], phone [[PHONE_NUMBER|(684) 555-0143]].",
    "Henkilö [[PERSON|Pirjo Hämäläinen]], henkilötunnus [[ID_NUMBER|070901A258B]], asuu osoitteessa [[STREET_ADDRESS|Rantakatu 4 as. 9, 90100 Oulu]].",
    "The named driver, [[PERSON|Callum Ashdown]], has licence number [[ID_NUMBER|ASHDO901224C99TW]].",
    "Wedding RSVP from [[PERSON|Elif Yıldırım]]: reply to [[EMAIL_ADDRESS|elif.yildirim@yandex.com.tr]], kimlik no [[ID_NUMBER|28471593616]].",
    "[[PERSON|Nadine Kriel]], [[STREET_ADDRESS|Plot 88, Rietfontein Road, Rietfontein AH, Pretoria, 0084]].",
    "From the old Rolodex: [[PERSON|Bernard Thibodeaux]], [[PHONE_NUMBER|(504) 555-0176]], [[STREET_ADDRESS|1219 Esplanade Ave, New Orleans, LA 70116]].",
    "Passport [[ID_NUMBER|PA8271936]] belongs to [[PERSON|Matilda Greer]], who is travelling alone.",
    "[[PERSON|Ahmed Raza Qureshi]] entered [[STREET_ADDRESS|Flat 6, Al-Noor Plaza, Satellite Town, Rawalpindi 46300]] as his current address.",
    "The emergency contact for [[PERSON|Noa Ben-David]] is her brother on [[PHONE_NUMBER|+972 52 482 9173]].",
    "Refund declined: [[PERSON|Dieter Hoxha]]'s IBAN [[IBAN_CODE|CH65 0070 0110 0028 4639 1]] was closed.",
    "Meet [[PERSON|Lucía Fernández Pazos]], our new volunteer; her phone is [[PHONE_NUMBER|+34 698 412 730]] and she lives in [[STREET_ADDRESS|Rúa do Franco 22, 2º, 15702 Santiago de Compostela]].",
    "Tax agent note: [[PERSON|Hemi Rangitoto]], IRD [[ID_NUMBER|98-273-646]].",
    "Wi-fi for the holiday let run by [[PERSON|Gwenllian Roberts]] is [[PASSWORD|bara-brith-1979]], and guests can text her on [[PHONE_NUMBER|07700 900294]].",
]

# 70 chat requests about someone's details; the first 20 are typed all in lower case.
CHAT = [
    "is this iban right for [[PERSON|gerhard]]? [[IBAN_CODE|de52 1002 0030 0573 8291 46]], he says his bank is in berlin but the code looks short to me",
    "whats the postcode format on [[PERSON|siobhán]]'s address, [[STREET_ADDRESS|14 gortnamona drive, tralee, co. kerry, v92 p6d3]], is the eircode meant to be lowercase like that",
    "can you check if my nans nhs number is valid [[ID_NUMBER|634 902 8171]] her name is [[PERSON|edna pickersgill]] and the surgery keeps saying they cant find her",
    "my flatmate [[PERSON|wojciech]] gave me his number as [[PHONE_NUMBER|+48 503 194 827]], is that a mobile or a landline in poland",
    "i need to send flowers to [[PERSON|nguyễn thị lan]] at [[STREET_ADDRESS|42/7 đường trần hưng đạo, phường 6, quận 5, tp. hồ chí minh]], which part is the district",
    "hey is [[EMAIL_ADDRESS|kofi.boateng1987@gmail.com]] the right format to put on [[PERSON|kofi boateng]]'s reference form or do they want a work email",
    "how do i write [[PERSON|ольга сергеевна кузнецова]] on a uk form in latin letters? her address is [[STREET_ADDRESS|ул. ленина 27, кв. 14, екатеринбург, 620014]]",
    "my dad [[PERSON|rajinder singh sandhu]] wants his pension paid to [[IBAN_CODE|gb32 barc 2004 1563 9182 74]] does that look like a real uk iban",
    "is [[PHONE_NUMBER|(702) 555-0181]] the right way to write [[PERSON|tiana]]'s cell on an american form or do i need the +1",
    "whats wrong with this address for [[PERSON|hamid rezaei]], the courier says it failed: [[STREET_ADDRESS|flat 9 58 london road, leicester le2 0qb]]",
    "my sister [[PERSON|aisling]] changed banks, new one is [[IBAN_CODE|ie16 aibk 9311 5227 3648 10]] can you tell me what aibk means",
    "does [[PERSON|mehmet]]'s tc kimlik number need to go on the visa letter or only the passport, passport is [[ID_NUMBER|u28491736]]",
    "pls check the card number i copied for my auntie [[PERSON|maureen delaney]], [[CREDIT_CARD|4556 7381 0294 7525]], does it pass the check",
    "what does 'c/o' mean on [[PERSON|thabo]]'s letter, its addressed to him c/o [[PERSON|nomsa dube]], [[STREET_ADDRESS|18 vilakazi street, orlando west, soweto, 1804]]",
    "[[PERSON|李明]] asked me to fill in his phone on the hotel form, its [[PHONE_NUMBER|+86 138 2749 1063]], do chinese mobiles always start with 1",
    "quick one: [[PERSON|yasmin al-farsi]] email [[EMAIL_ADDRESS|yasmin.alfarsi@outlook.com]], should i put her on cc or bcc for the school trip emails",
    "is [[ID_NUMBER|291753863]] a real bsn? its on [[PERSON|joost van leeuwen]]'s contract and the payroll system rejects it",
    "how do you abbreviate the state in [[PERSON|brianna kowalski]]'s address [[STREET_ADDRESS|88 birch hollow rd, rr 2, montpelier, vermont 05602]]",
    "can i use [[PERSON|aditi]]'s aadhaar [[ID_NUMBER|2938 4710 5621]] to book her train ticket or does she need to be there",
    "my grandad [[PERSON|dafydd]] only has a po box, [[STREET_ADDRESS|po box 12, aberaeron sa46 0aa]], will amazon deliver there",
    "Is this IBAN right for Herr [[PERSON|Achterberg]]? [[IBAN_CODE|DE44 4306 0967 2048 1736 50]]. He sent it by text and I'm worried a digit got swapped.",
    "What's the postcode format on [[PERSON|Siobhán Ní Dhomhnaill]]'s address, [[STREET_ADDRESS|14 Ballymun Road, Glasnevin, Dublin 9, D09 Y8W2]]? Does 'Dublin 9' still need to be there with the Eircode?",
    "My colleague [[PERSON|Χαράλαμπος Παπαδόπουλος]] wants to be paid into a Greek account but sent me [[IBAN_CODE|NL13 ABNA 0582 9173 64]] instead. Is that a Dutch IBAN? Should I double check with him?",
    "Could you tell me if [[PERSON|Dmitri Volkov]]'s SIN looks right? [[ID_NUMBER|718 392 046]]. The HR portal flags it.",
    "I'm writing a reference for [[PERSON|Fatoumata Diallo]]. Her contact details are [[EMAIL_ADDRESS|fatou.diallo@orange.sn]] and [[PHONE_NUMBER|+221 77 482 91 36]]. Should I put those at the top or the bottom?",
    "[[PERSON|דניאל כהן]] sent me his Israeli number as [[PHONE_NUMBER|+972 54 738 2910]]. Do I drop the zero when I dial from the UK?",
    "What's the house number in this address for [[PERSON|Hoàng Đức Anh]]: [[STREET_ADDRESS|Số 15 ngõ 82 phố Chùa Láng, Đống Đa, Hà Nội]]? I can't tell which number is the lane.",
    "My mother-in-law [[PERSON|Sakina Bibi]] needs her CNIC [[ID_NUMBER|61101-3928471-8]] on the bank form. Is the last digit the gender one?",
    "Is this a valid Singapore NRIC for my tenant [[PERSON|Goh Jia Hui]]? [[ID_NUMBER|S7825103D]]",
    "I have [[PERSON|Anjali Krishnamurthy]]'s address as [[STREET_ADDRESS|No. 7, 3rd Cross, 5th Block, Koramangala, Bengaluru 560095]]. Which part is the 'locality' on an online form?",
    "Can you help me understand [[PERSON|Zeynep Arslan]]'s German address? Bei Familie [[PERSON|Yılmaz]], [[STREET_ADDRESS|Hauptstraße 112, 70563 Stuttgart]]. Is 'Bei Familie' like c/o?",
    "Is [[ID_NUMBER|756.9273.0451.85]] a proper AHV number? It belongs to our new cleaner [[PERSON|Marlène Pittet]] and I need it for the household employment form.",
    "How would you format [[PERSON|Kwabena Owusu-Ansah]]'s Ghana address for a UK parcel? He wrote [[STREET_ADDRESS|House No. 14, Abafum Avenue, Adenta, GA-543-2718, Accra]].",
    "The phone [[PERSON|Sigrún Jónsdóttir]] gave me is [[PHONE_NUMBER|+354 862 4917]], only seven digits. Is that normal for Iceland?",
    "My neighbour [[PERSON|Tadeusz Wiśniewski]] asked me to check his tax refund form: the account is [[IBAN_CODE|PL08 1140 2004 0000 3502 1837 4619]]. Does the first part tell you the bank?",
    "[[PERSON|Tomás Ó Súilleabháin]] wants me to send his P60 to [[EMAIL_ADDRESS|tomas.osuilleabhain@eircom.net]]. Is it safe to e-mail a P60?",
    "Is 'Ms' or 'Mrs' right for [[PERSON|Adaora Chukwuma]]? I'm writing to her at [[STREET_ADDRESS|7 Awolowo Road, Ikoyi, Lagos 101233]] about her late husband's insurance.",
    "Here's [[PERSON|森本 直樹]]'s address, [[STREET_ADDRESS|〒604-8005 京都府京都市中京区河原町通三条上る恵比須町427]]. How do I write this in English order for a Christmas card?",
    "Which is the surname in [[PERSON|Nguyễn Văn Bình]]? I need to fill his name on the insurance form and his phone [[PHONE_NUMBER|+84 912 482 937]].",
    "My Finnish colleague [[PERSON|Juha-Pekka Nieminen]] says his henkilötunnus has a letter in it, [[ID_NUMBER|150372-846Y]]. Is that a typo?",
    "Can you check the Swedish personnummer [[ID_NUMBER|810417-3284]] that [[PERSON|Karin Lundqvist]] put on the club membership form?",
    "I'm sending a birthday card to [[PERSON|Mariana Gutiérrez Solís]] at [[STREET_ADDRESS|Calle 5 de Mayo 214, Int. 3, Col. Centro, 68000 Oaxaca de Juárez, Oaxaca]]. Is 'Int. 3' the flat?",
    "Is this Australian TFN format okay for my son [[PERSON|Oliver Nakamura-Byrne]]: [[ID_NUMBER|459 821 319]]? It's for his first casual job.",
    "How do I write [[PERSON|أحمد عبد الرحمن]]'s name on an English form? His email is [[EMAIL_ADDRESS|ahmed.abdelrahman@yahoo.com]] if that helps with spelling.",
    "[[PERSON|Ifeoma]] gave me this card to pay for the group dinner: [[CREDIT_CARD|5241 8309 6471 5286]]. Should I just enter it or ask her to pay me back?",
    "What's the format of a New Zealand NHI? My partner [[PERSON|Rāwiri Tamihana]] has [[ID_NUMBER|CGW3198]] on his card.",
    "Is the Dutch postcode in [[PERSON|Femke Jansen-Brouwer]]'s address complete? [[STREET_ADDRESS|Lange Nieuwstraat 31a, 3512 PK Utrecht]]",
    "My aunt [[PERSON|Gülşen Demir]] wants her refund to [[IBAN_CODE|AT24 1400 0038 1029 4756]]. That's Austrian, right?",
    "Could you check [[PERSON|Pranav Choudhury]]'s address line? [[STREET_ADDRESS|Flat 11, Riverside House, 3 Canal Way, Salford M50 3XP]]. The form has only two lines.",
    "Which box does [[PERSON|Hyejin Cho]]'s apartment number go in? Her address is [[STREET_ADDRESS|Apt 1502, 2250 Yonge St, Toronto, ON M4S 2B6]].",
    "Is [[ID_NUMBER|T0274819Z]] the right kind of NRIC for [[PERSON|Muhammad Haziq bin Roslan]], who was born in 2002?",
    "For the wedding seating plan, can you list [[PERSON|Φωτεινή Αλεξίου]] and her husband [[PERSON|Νίκος Αλεξίου]] in Latin letters? I also have her number, [[PHONE_NUMBER|+30 694 827 3916]].",
    "I'm trying to post something to Lt Col [[PERSON|Graham Fenwick]], [[STREET_ADDRESS|BFPO 801]]. Do I need a customs form?",
    "My friend [[PERSON|Bilal Chaudhry]] says his Pakistani mobile is [[PHONE_NUMBER|0300 4827193]]. How do I save it with the country code?",
    "Does this South African ID for my employee [[PERSON|Sipho Ndlovu]] pass the check digit? [[ID_NUMBER|0102255912085]]",
    "Help me address an envelope to [[PERSON|Eleanor Whitcombe]] at [[STREET_ADDRESS|Rose Cottage, Long Lane, Little Snoring, Fakenham NR21 0HZ]]. Does the cottage name go above the street?",
    "Is it okay that [[PERSON|Ayodele Bankole]]'s UK sort code 40-12-76 and account number [[ID_NUMBER|83920418]] are on the same line as her name on the payroll sheet?",
    "What country is this IBAN from? [[IBAN_CODE|CH13 0048 3183 9204 7501 6]] — our supplier contact [[PERSON|Urs Tschanz]] asked us to pay his expenses there.",
    "Could you convert [[PERSON|Павел Ким]]'s phone [[PHONE_NUMBER|8 (916) 482-19-37]] to international format? He's in Moscow.",
    "Can you check if [[PERSON|Dorothea Fairweather-Oyelaran]]'s NHS number [[ID_NUMBER|573 018 2643]] is written correctly for the referral letter?",
    "My grandmother [[PERSON|ሰላም ተስፋዬ]] lives at [[STREET_ADDRESS|Kebele 07, House No. 1124, Bole Sub-City, Addis Ababa]]. How should I write the kebele on a DHL form?",
    "Is this PESEL plausible for my colleague [[PERSON|Magdalena Kruk]]? [[ID_NUMBER|79081204865]]",
    "[[PERSON|Niamh Ó Ceallaigh]] asked me to pay her back by SEPA to [[IBAN_CODE|IE67 ULSB 9850 1073 9281 64]]. Do I need a BIC too?",
    "I'm registering my parents for the senior bus pass. Dad is [[PERSON|Ramesh Patel]], mum [[PERSON|Kokila Patel]], both at [[STREET_ADDRESS|29 Belgrave Road, Leicester LE4 6AR]]. Do they need separate applications?",
    "What's [[PERSON|Somchai Wongsakul]]'s district in this Bangkok address? [[STREET_ADDRESS|99/12 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110]]",
    "Should I include [[PERSON|Ana-Maria Popescu]]'s CNP [[ID_NUMBER|2940517410037]] on the flat contract, or just her passport?",
    "Does the French number [[PHONE_NUMBER|+33 6 39 98 20 84]] look right for [[PERSON|Gaëlle Le Goff]]? She said it starts with 06.",
    "[[PERSON|Shreya Banerjee]]'s student email is [[EMAIL_ADDRESS|sbanerjee22@ed.ac.uk]] and her matric number is [[ID_NUMBER|s2249183]]. Which one do I put in the 'username' field for the library?",
    "Can you tell me which part of [[PERSON|Ekaterina Morozova]]'s Berlin address is the floor? [[STREET_ADDRESS|Schönhauser Allee 141, Vorderhaus 3. OG links, 10437 Berlin]]",
    "Is the Korean address for my pen pal [[PERSON|정하은]] right? [[STREET_ADDRESS|대구광역시 수성구 달구벌대로 2450, 702호]], and is [[PHONE_NUMBER|010-3826-4917]] a mobile?",
]

# 25 questions on how to fill a field, naming nobody.
CLEAN_FIELDS = [
    "On a UK job application, what goes in the 'right to work' box if I have settled status?",
    "The rental form has a box called 'previous landlord reference'. Do they want a letter or just contact details?",
    "What is the difference between 'forename' and 'given name' on a British form?",
    "On a visa form, 'surname at birth' - do I fill that in if I never changed my name?",
    "The GP registration form asks for 'ethnic origin'. Is that compulsory?",
    "What should I put in 'occupation' on an insurance form if I'm between jobs?",
    "How do I fill in 'county' on a UK address form when I live in a city?",
    "The school form asks for 'parental responsibility'. What does that mean legally?",
    "What does 'address for correspondence' mean, and when is it different from the home address?",
    "On a German form, what's the difference between 'Wohnsitz' and 'Meldeadresse'?",
    "The bank dispute form has a field 'date you became aware of the transaction'. Is that the statement date?",
    "What do I write under 'nationality' if I hold two passports?",
    "On a US form, what does 'MI' next to the name fields stand for?",
    "What is a 'billing address' and why does it have to match the card exactly?",
    "The utility switch form asks for the 'MPAN'. Where do I find it on a bill?",
    "When a form says 'title (optional)', is it rude to leave it empty?",
    "What's the difference between 'place of birth' and 'country of birth' on a passport application?",
    "How should I fill in 'house name or number' if my flat has both?",
    "On a French form, what is 'nom d'usage' compared with 'nom de naissance'?",
    "The insurance claim form has a section called 'third party details'. What counts as a third party?",
    "Should the 'date of birth' field be day first or month first on Canadian government forms?",
    "What does 'next of kin' mean on a hospital form, and can it be a friend?",
    "The parcel redirect form asks whether the redirection is for 'individuals or the whole household'. What's the practical difference?",
    "On a Spanish form, why are there two surname boxes, 'primer apellido' and 'segundo apellido'?",
    "What goes in the field 'employer's PAYE reference' on a UK tax form, and is it on my payslip?",
]

# 25 questions on formats, with placeholders only.
CLEAN_FORMATS = [
    "What is the format of a UK postcode? I've seen it written as XX00 0XX and A9 9AA.",
    "Is a UK IBAN always GB00XXXX followed by a sort code and account number?",
    "Our template uses 123 Main Street, Anytown as an explicit example address. Is that the usual placeholder in the US?",
    "What does the 'DE' and the two digits after it mean at the start of a German IBAN, like DE00 0000 0000 0000 0000 00?",
    "How many characters does an Irish Eircode have? The help text shows A00 XXXX as the pattern, a routing key and four characters, is that right?",
    "In the US, is a ZIP+4 written as 00000-0000?",
    "What does the format 'AA 00 00 00 A' mean for a National Insurance number?",
    "Is a Canadian postal code always letter-digit-letter, space, digit-letter-digit, like A1A 1A1?",
    "What's the standard layout of a Dutch postcode - four digits and two letters, like 1234 AB?",
    "How is a Japanese postal code written? Our form shows 〒000-0000 as the example.",
    "Is a Brazilian CEP always eight digits, written 00000-000?",
    "Why does a French IBAN end with two digits after the account number, FR00 0000 0000 0000 0000 0000 000?",
    "For a phone field, should I use E.164 format, +CC followed by the national number without the leading zero?",
    "What's the format for Indian PIN codes? Six digits like 000000?",
    "The sample address on our signup page is 'Your Name, 1 Example Road, Exampletown EX1 1AA'. Is that an okay placeholder?",
    "How do you write a Swiss address: street and number first, then a four-digit postcode and town, like Musterstrasse 1, 0000 Musterstadt?",
    "What does the check digit in an IBAN protect against?",
    "Are Australian postcodes always four digits after the state abbreviation, like SUBURB NSW 0000?",
    "How do American military addresses look in general? I've seen APO, FPO and DPO with AA, AE and AP.",
    "Is an email field supposed to accept addresses like name@example.com with a plus sign, e.g. name+tag@example.com?",
    "What does 'Flat X, Building Y' vs 'X/Y Street' mean in Australian unit addresses?",
    "How is a German address written on one line, Musterstraße 1, 12345 Musterstadt, or with the postcode first?",
    "What do the letters in a UK driving licence number encode, in general?",
    "Should a card number field accept spaces, like 0000 0000 0000 0000, or only the digits?",
    "Is a Polish postcode written 00-000, with the dash?",
]

# 25 templates with slots.
CLEAN_TEMPLATES = [
    "Can you improve this template? 'Dear [Name], thank you for your application for [Role]. We will contact you at [Email] within [Number] working days.'",
    "Write me a tenancy reference request template with slots for <landlord name>, <tenant name>, <property address> and <tenancy dates>.",
    "Here's my cover letter skeleton: [Your Name] / [Your Address] / [Date] / Dear [Hiring Manager]. Does the date go above or below the recipient?",
    "Create a GP registration checklist template with blank fields: Full name: ____ Date of birth: ____ NHS number (if known): ____ Previous GP: ____.",
    "Draft a generic complaint letter to a bank with {ACCOUNT_HOLDER}, {ACCOUNT_NUMBER}, {TRANSACTION_DATE} and {AMOUNT} as placeholders.",
    "I need a mail merge template for school trip consent: 'I give permission for <<child_name>> in class <<class>> to attend <<trip>> on <<date>>.'",
    "Is this placeholder order okay for an insurance claim template: [Policy number], [Policyholder], [Date of incident], [Description], [Witnesses]?",
    "Write a change of address notification template: 'Please update my records. Old address: [OLD ADDRESS]. New address: [NEW ADDRESS]. Effective from: [DATE].'",
    "Make a template for requesting a copy of my data under GDPR with [Your name], [Your address], [Reference if any] as the slots.",
    "Give me a visa invitation letter template with slots [Host name], [Host address], [Guest name], [Guest passport number], [Dates of visit].",
    "Can you format this as a form? Name: <first> <last>; Address line 1: <line1>; Address line 2: <line2>; Postcode: <postcode>; Phone: <phone>.",
    "Write a utility switch email template: 'Hello, I would like to switch my supply at [address] from [date]. My customer number with you is [customer number].'",
    "Template for a resignation letter, please: [Manager's name], [Your job title], [Last working day], [Your signature].",
    "I'm making a spreadsheet for a club. Suggest column headers like First name, Last name, Email, Emergency contact, Membership number.",
    "Create a parcel redirection note template: 'Please redirect parcels for [Recipient] from [Old address] to [New address] until [End date].'",
    "Draft a polite chaser to a landlord about a deposit, with {tenant}, {property}, {deposit amount} and {end of tenancy date} slots.",
    "Write a school absence note template: 'Dear [Teacher], [Child's name] was absent on [date] because [reason]. Kind regards, [Parent/Carer].'",
    "Make an employee onboarding form template with fields for legal name, preferred name, home address, bank details and tax number, all left blank.",
    "Write a short template for asking a previous employer for a reference, with %NAME%, %ROLE%, %DATES% and %CONTACT% as tokens.",
    "Template for a bank standing order instruction with [Payee], [Sort code], [Account number], [Amount], [Start date], please.",
    "Could you write a letter template to a council about a missed bin collection, slots: <your name>, <your address>, <collection day>?",
    "Please create a jinja template for an address label: {{ name }}\\n{{ line1 }}\\n{{ city }} {{ postcode }}.",
    "Write a form letter to a doctor requesting medical records, slots [Patient name], [Date of birth], [Practice], [Period requested].",
    "I need a blank authorisation letter allowing [Name of representative] to collect a parcel on behalf of [Your name]. Keep it short.",
    "Draft a template for disputing a parking charge: [Reference number], [Vehicle registration], [Date], [Location], [Grounds for appeal].",
]

# 25 sample-data and everyday admin questions naming nobody.
CLEAN_ADMIN = [
    "How long does a Royal Mail redirection usually take to start?",
    "Do I need to tell my car insurer if I move house within the same town?",
    "Is it safe to send a copy of my passport by e-mail to a letting agent?",
    "What documents count as proof of address for opening a bank account in the UK?",
    "How do I find out which GP practices are accepting new patients near me?",
    "Can a landlord ask for six months' rent in advance?",
    "How long should I keep old bank statements and utility bills?",
    "What is a chargeback and how is it different from a refund?",
    "For our test database, the sample customer is 'Jane Sample, 1 Test Street, Testville'. Is it fine to ship with that seed row?",
    "How do I cancel a direct debit without upsetting the company?",
    "Should I shred letters with my address on them or is recycling fine?",
    "What is the difference between a Schengen visa and a national visa?",
    "When switching energy supplier, who reads the meter on the switch day?",
    "How do school admission appeals work in England?",
    "Is it normal for a job application to ask for my date of birth?",
    "What's the best way to store copies of important documents for an elderly parent?",
    "How do I register a death and who needs to be informed afterwards?",
    "Our demo shows 'Sample User' with the sample email user@example.com and the phone +00 0000 000000. Does that look obviously fake enough?",
    "What should I do if a parcel is marked delivered but never arrived?",
    "How do I apply for a blue badge for someone who can't walk far?",
    "Do I need to update my address with the electoral register separately from the council tax?",
    "Is it better to pay a deposit by bank transfer or card?",
    "What does 'joint and several liability' mean in a tenancy agreement?",
    "How can I check whether a letting agent is a member of a redress scheme?",
    "What is the usual notice period for ending a mobile phone contract?",
]


def ahv_ok(value: str) -> bool:
    """Swiss AHV number: 756 and ten digits, the last the EAN-13 check of the twelve before."""
    d = digits(value)
    if len(d) != 13 or d[:3] != [7, 5, 6]:
        return False
    return (10 - sum(x * (3 if i % 2 else 1) for i, x in enumerate(d[:12])) % 10) % 10 == d[12]


def svnr_ok(value: str) -> bool:
    """Austrian social insurance number: three digits, a mod-11 check digit (never 10) and
    the date of birth DDMMYY, weights 3 7 9 _ 5 8 4 2 1 6."""
    d = digits(value)
    if len(d) != 10:
        return False
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    return sum(w * x for w, x in zip(weights, d, strict=True)) % 11 == d[3]


NATIONAL_IDS = {
    "485 219 7369": nhs_ok,  # NHS number
    "721 604 3987": nhs_ok,
    "634 902 8171": nhs_ok,
    "573 018 2643": nhs_ok,
    "7395812K": pps_ok,  # Irish PPS number
    "1284736JA": pps_ok,
    "47 036 952 476": steuer_id_ok,  # German tax id
    "58291643189": steuer_id_ok,
    "2 92 06 31 055 219 57": nir_ok,  # French NIR
    "1 85 07 75 114 087 65": nir_ok,
    "85.07.30-273.79": belgian_id_ok,  # Belgian national number
    "72.02.14-519.05": belgian_id_ok,
    "183647294": bsn_ok,  # Dutch BSN
    "291753863": bsn_ok,
    "73018462V": dni_ok,  # Spanish DNI and NIE
    "51839274B": dni_ok,
    "X4918273E": dni_ok,
    "Y2736185G": dni_ok,
    "258317469": nif_ok,  # Portuguese NIF
    "192740350": nif_ok,
    "245190830": nif_ok,
    "BRTGPP79T04L219M": codice_fiscale_ok,  # Italian codice fiscale
    "CLMFNC91M45H501I": codice_fiscale_ok,
    "92071435287": pesel_ok,  # Polish PESEL
    "03241507460": pesel_ok,
    "85120304175": pesel_ok,
    "79081204865": pesel_ok,
    "930822-4170": luhn_len(10),  # Swedish personnummer
    "810417-3284": luhn_len(10),
    "170352 41256": fodselsnummer_ok,  # Norwegian fødselsnummer
    "120488 50772": fodselsnummer_ok,
    "240395-7310": hetu_ok,  # Finnish henkilötunnus
    "070901A258B": hetu_ok,
    "150372-846Y": hetu_ok,
    "546 193 723": luhn_len(9),  # Canadian SIN
    "628 304 719": luhn_len(9),
    "718 392 046": luhn_len(9),
    "372.814.596-37": cpf_ok,  # Brazilian CPF
    "085.273.941-97": cpf_ok,
    "529.184.736-00": cpf_ok,
    "5827 3914 6020": aadhaar_ok,  # Indian Aadhaar
    "3619 0475 2811": aadhaar_ok,
    "7401 2863 5919": aadhaar_ok,
    "2938 4710 5621": aadhaar_ok,
    "S9138274A": nric_ok,  # Singapore NRIC and FIN
    "F1948273K": nric_ok,
    "S7825103D": nric_ok,
    "T0274819Z": nric_ok,
    "7294 0518 3625": my_number_ok,  # Japanese My Number
    "880315-2058172": rrn_ok,  # Korean resident registration number
    "950721-1739241": rrn_ok,
    "392 718 009": tfn_ok,  # Australian tax file number
    "459 821 319": tfn_ok,
    "2947 61832 1": medicare_ok,  # Australian Medicare
    "5103 82744 2": medicare_ok,
    "ZLK4822": nhi_ok,  # New Zealand NHI
    "CGW3198": nhi_ok,
    "8906145127080": luhn_len(13),  # South African id
    "7609230285083": luhn_len(13),
    "9303170824089": luhn_len(13),
    "0102255912085": luhn_len(13),
    "28471593616": kimlik_ok,  # Turkish kimlik
    "2940517410037": cnp_ok,  # Romanian CNP
    "756.4183.9270.57": ahv_ok,  # Swiss AHV number (checked here)
    "756.9273.0451.85": ahv_ok,
    "2361 140518": svnr_ok,  # Austrian social insurance number (checked here)
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960 ?\d{3}",  # UK fictional area code
        r"01(13|14|15|16|17|18|21|31|41|51|61|91) 496 0\d{3}",  # UK city drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"(\+61 |0)491 570 ?\d{3}",  # Australian fictional mobiles
        r"(\+33 6|06) 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"01 99 00 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"069 90009 \d{3}",
        r"089 99998 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"03\d{2} \d{7}",  # Pakistan mobile, national
        r"8 \(9\d{2}\) \d{3}-\d{2}-\d{2}",  # Russian mobile, national
        r"\+(20|27|30|31|32|34|39|41|43|45|46|47|48|52|54|55|60|64|65|84|86|91|92|94|212|221|234|254|351|353|354|358|880|966|972) [\d -]+\d",  # no fiction range known
    )
]

NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u1200-\u137f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
COUNTRIES = (
    "UK", "Dublin", "German", "Austria", "Swiss", "French", "Belgi", "Dutch", "Spain", "Portug",
    "Ital", "Pol", "Swed", "Norway", "Danish", "Tampere", "US", "Canada", "Guadalajara", "Brazil",
    "Argentina", "India", "Pakistan", "Dhaka", "Sri Lanka", "Singapore", "Malaysia", "Japan",
    "Korea", "Melbourne", "NZ", "Cape Town", "Nigeria", "Kenya", "Egypt",
)  # fmt: skip


def check_mix() -> None:
    """The forms cover the listed countries (by a country or city word) and carry every kind of identifier; the records
    have one person each and every unusual kind of address; the chat requests name people,
    some in non-Latin scripts."""
    plain = " ".join(strip_marks(t)[0] for t in FORMS)
    for country in COUNTRIES:
        if country not in plain:
            raise SystemExit(f"forms: no {country}")
    kinds = [s["type"] for t in FORMS for s in marked_spans(t)]
    for kind, least in (("IBAN_CODE", 20), ("CREDIT_CARD", 5), ("US_SSN", 3), ("ID_NUMBER", 60)):
        if kinds.count(kind) < least:
            raise SystemExit(f"forms: {kinds.count(kind)} {kind}")
    for marked in RECORDS:
        if len({s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}) != 1:
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
    addresses = " ".join(
        s["value"] for t in RECORDS for s in marked_spans(t) if s["type"] == "STREET_ADDRESS"
    )
    records = " ".join(RECORDS)
    for cue in (
        "Flat",
        "Unit",
        "Apt",
        "Suite",
        "PO Box",
        "Box",
        "Rural Route",
        "RR",
        "HC",
        "APO",
        "FPO",
        "BFPO",
        "Postal",
        "c/o",
    ):
        if cue not in addresses and cue not in records:
            raise SystemExit(f"records: no {cue} address")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    scripts = sum(
        any(s["type"] == "PERSON" and NON_LATIN.search(s["value"]) for s in marked_spans(t))
        for t in CHAT
    )
    if named != len(CHAT) or scripts < 10:
        raise SystemExit(f"chat: {named} texts with a name, {scripts} in non-Latin script")
    if any(is_lower(t) for t in FORMS + RECORDS):
        raise SystemExit("forms and records are typed with capitals")


def main() -> None:
    sections = {
        "forms": (FORMS, 80),
        "records": (RECORDS, 70),
        "chat": (CHAT, 70),
        "clean fields": (CLEAN_FIELDS, 25),
        "clean formats": (CLEAN_FORMATS, 25),
        "clean templates": (CLEAN_TEMPLATES, 25),
        "clean admin": (CLEAN_ADMIN, 25),
    }
    pii = FORMS + RECORDS + CHAT
    check_counts("forms", FORMS, FORM_WORDS, (3, 10))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 4))
    check_counts("chat", CHAT, CHAT_WORDS, (1, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind56", HERE, sections, {"forms", "records", "chat"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
