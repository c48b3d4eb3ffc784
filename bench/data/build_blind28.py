# ruff: noqa: E501
"""A twenty-eighth blind privacy set: 220 texts with personal data and 100 clean ones.

Theme: longer requests with personal data buried in prose. Written blind to the detector:
the writer read only ``marks.py``, the table format and the labelling paragraph of
``README.md`` and the file layout of ``build_blind20.py``, never the detector, its rules,
docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations); every
card, IBAN and national id was worked out once while writing and is only checked here:

* 80 records of one invented person each, one to three sentences in the shapes of
  synthetic PII corpora ("Please update the billing address for ... to ...", "... was born
  in ... and can be reached at ...", "Send the contract to ... at ...", "The account
  holder ... reported card ... stolen"). Names with middle names, initials, particles,
  hyphens and apostrophes from more than 40 countries; 20 hold only a name, 60 add
  addresses in the formats of more than 20 countries, phones, e-mails, cards, IBANs, SSNs,
  national ids, passports, driver licences, usernames or IPs.
* 70 long chat messages (60 to 200 words): cover letters, complaint letters, a landlord
  dispute, references, a eulogy draft, wedding and retirement speeches, a diary-like vent
  about coworkers, a medical history to summarise, school reports, minutes and more, each
  naming several private people, every name repeated and every occurrence marked, many
  referred to later only by surname or nickname.
* 40 medical and care messages (15 to 120 words) to a clinic, hospital or insurer with
  patients, relatives, member, policy and patient numbers, dates and phones.
* 30 messages with a secret in the prose (passwords, PINs, door and alarm codes, wifi keys,
  recovery codes, usernames): 15 say password, PIN, code or passcode, 15 do not.

The clean texts look like the same traffic with no personal data: 25 long writing prompts
about fictional or historical characters and public figures, 20 grade-school word problems
with fictional first names, 20 multiple-choice exam items with options A to D, 15 general
health questions and 20 questions to a hospital or insurer chatbot about policies and
procedures that name no person.

Labels follow the README: usernames, logins, account, customer, member, policy, employee,
patient and student numbers, passports, driver licences and national ids are ID_NUMBER;
PINs, door and alarm codes, wifi keys, recovery codes and passwords PASSWORD; titles stay
outside PERSON spans; an address runs from the first street line through postcode and city
as typed; public figures, companies, fictional characters, order, ticket, invoice and
booking numbers and dates of birth are not labelled. Phones come from fictional ranges,
IPs from documentation ranges, cards pass Luhn and are not test numbers, IBANs pass mod 97
and are not documentation examples, SSNs use assignable area, group and serial numbers and
national ids carry valid check digits. Run ``.venv/bin/python bench/data/build_blind28.py``.
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
    fodselsnummer_ok,
    hetu_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    tfn_ok,
    word_count,
)
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 300
RECORD_WORDS = (6, 70)
LETTER_WORDS = (60, 200)
MEDICAL_WORDS = (15, 120)
SECRET_WORDS = (8, 90)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Nurse|Sister|Sgt|Capt|Herr|Frau|Mme|Madame|Monsieur|Sr|Sra|Sir|Dame)\.?\s",
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 80 records of one person each: the first 20 hold only a name.
RECORDS = [
    "Please add [[PERSON|Oluwaseun Adebayo Fashola]] to the guest list for the Thursday board dinner and seat him near the window.",
    "The reference was signed by [[PERSON|Ingrid Solveig Haugland]], who supervised the applicant for three years at the shipyard.",
    "[[PERSON|Marie-Ève Tremblay-Gagnon]] will cover the front desk while the regular receptionist is on leave.",
    "According to the intake form, [[PERSON|Nguyễn Thị Thu Hà]] moved into the flat above the bakery last spring.",
    "Can you rewrite this so it sounds friendlier: [[PERSON|Pádraig Ó Súilleabháin]] has still not returned the ladder he borrowed in June.",
    "The keynote slot on day two now belongs to [[PERSON|Rukhsana Begum Chowdhury]] after the original speaker cancelled.",
    "[[PERSON|Giuseppe D'Alessandro-Russo]] was promoted to shift supervisor at the warehouse on Monday.",
    "Our new lodger, [[PERSON|Kwabena Owusu-Ansah]], asked whether bicycles can be kept in the hallway overnight.",
    "Draft a short thank-you note from the whole team to [[PERSON|Hiroko Matsumoto-Clarke]] for organising the charity bake sale.",
    "Everyone at the allotment society agrees that [[PERSON|Bartholomew J. Featherstonehaugh]] grows the best leeks in the county.",
    "[[PERSON|Svetlana Igorevna Kuznetsova]] left her umbrella and a library book in meeting room four.",
    "The witness statement names [[PERSON|Tavita Faleolo Aumua]] as the driver of the blue van that clipped the gate.",
    "Is it normal that [[PERSON|Mateus Henrique dos Santos]] still hasn't heard back about his visa interview after nine weeks?",
    "[[PERSON|A. K. Raghunathan]] has agreed to chair the residents' association for another year.",
    "[[PERSON|Aroha Mereana Te Whata]] won the regional spelling competition for the second year running.",
    "Please tell the caterers that [[PERSON|Yitzhak Ben-Ami]] does not eat shellfish and sits at table six.",
    "The volunteer rota puts [[PERSON|Fatima Zahra El Idrissi]] on the Saturday morning shift at the food bank.",
    "Help me word a polite reminder to [[PERSON|Lars-Erik Lindqvist]] that his sailing club subscription lapsed in March.",
    "[[PERSON|Thandiwe Nomvula Mahlangu]] is the first in her family to finish university, and her graduation is next week.",
    "Write a limerick for the retirement party of [[PERSON|Ewan Alasdair MacLeod]], who drove the school bus for thirty-one years.",
    "Please update the billing address for [[PERSON|Dorothea M. Vandenberg]] to [[STREET_ADDRESS|412 Linden Street, Apt 5C, Albany, NY 12203]] before the next statement goes out.",
    "[[PERSON|Chidinma Grace Okonkwo]] was born in Enugu and can be reached at [[PHONE_NUMBER|07700 900418]] or [[EMAIL_ADDRESS|chidinma.okonkwo@gmail.com]].",
    "Send the signed contract to [[PERSON|Rafael Ignacio Montoya Vélez]] at [[STREET_ADDRESS|Calle de Alcalá 147, 3º izquierda, 28009 Madrid]] by registered post.",
    "The account holder, [[PERSON|Bernadette O'Rourke]], reported card [[CREDIT_CARD|4539 8204 7715 3624]] stolen on Friday evening after her bag was taken at the station.",
    "[[PERSON|Henrik Aleksander Johansen]]'s salary should be paid into [[IBAN_CODE|NO36 8601 7497 111]] from next month.",
    "Social Security number on file for [[PERSON|Tamika Renee Whitfield]]: [[US_SSN|523-71-4086]]. Please confirm it before the payroll run.",
    "[[PERSON|Kenji Watanabe]], who lives at [[STREET_ADDRESS|2-14-7 Ebisu, Shibuya-ku, Tokyo 150-0013]], asked for the invoice to be e-mailed to [[EMAIL_ADDRESS|kwatanabe@docomo.ne.jp]].",
    "[[PERSON|Marcus T. Delacroix-Bell]] holds Louisiana driver's licence [[ID_NUMBER|009847215]], which expires in October.",
    "Passport [[ID_NUMBER|A27319480]] belongs to [[PERSON|Amira Hassan Abdelrahman]], who flies to Lisbon on the 14th.",
    "Our records show [[PERSON|Wojciech Paweł Zieliński]], PESEL [[ID_NUMBER|88071503859]], living at [[STREET_ADDRESS|ul. Mokotowska 43 m. 12, 00-551 Warszawa]].",
    "Please change the delivery address for [[PERSON|Hamish Fergus Drummond]] to [[STREET_ADDRESS|Flat 2/1, 38 Hyndland Road, Glasgow G12 9UR]] and his phone to [[PHONE_NUMBER|0141 496 0273]].",
    "Customer [[PERSON|Paulina Ewa Kowalczyk-Nowak]] logged in from [[IP_ADDRESS|203.0.113.57]] twice within one minute, and the second attempt was blocked.",
    "[[PERSON|Sipho Bongani Khumalo]], ID number [[ID_NUMBER|8809125124087]], has applied for the engineering bursary.",
    "Please wire the deposit from [[PERSON|Maximilian von Hohenberg-Falk]]'s account [[IBAN_CODE|DE63 5001 0517 2189 8484 60]] before noon on Wednesday.",
    "The new hire, [[PERSON|Priya Venkataraman Iyer]], gave her Aadhaar as [[ID_NUMBER|7381 5062 9420]] and her personal e-mail as [[EMAIL_ADDRESS|priya.iyer91@rediffmail.com]].",
    "Ship the replacement router to [[PERSON|Aigerim Nurlanovna Bekova]], [[STREET_ADDRESS|Abay Avenue 52, apt 17, Almaty 050008]].",
    "The tenant [[PERSON|Jean-Baptiste Koffi Mensah]] pays his rent by standing order from [[IBAN_CODE|FR60 3000 4028 3700 0197 4512 388]].",
    "[[PERSON|Leilani Kahananui]] moved to [[STREET_ADDRESS|94-1021 Waipahu Street, Waipahu, HI 96797]] and her new number is [[PHONE_NUMBER|(808) 555-0163]].",
    "[[PERSON|Olumide Babatunde Adeyemi]] can be reached at [[EMAIL_ADDRESS|olumide.adeyemi@yahoo.com]] or on [[PHONE_NUMBER|+44 7700 900652]] after six.",
    "Employee [[PERSON|Sanna Helena Virtanen]], henkilötunnus [[ID_NUMBER|150392-418A]], starts in the Tampere office on 1 September.",
    "[[PERSON|María Fernanda Castillo Ruiz]] lives at [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]] and works night shifts at the airport.",
    "The flagged sign-in came from user [[ID_NUMBER|kdarko_88]] at [[IP_ADDRESS|198.51.100.23]], and the real owner of that login, [[PERSON|Kofi Darko]], says he was asleep.",
    "Please register [[PERSON|Ana Lúcia Ferreira da Costa]], CPF [[ID_NUMBER|538.204.917-32]], for the evening ceramics class.",
    "Send the invoice for [[PERSON|Emre Can Yıldırım]] to [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 6, 34728 Kadıköy/İstanbul]].",
    "The NHS number for [[PERSON|Gwendolyn Rhiannon Pryce-Jones]] is [[ID_NUMBER|943 476 5919]], and she has asked for letters in Welsh.",
    "Transfer the refund to [[PERSON|Joost van der Meulen]], [[IBAN_CODE|NL90 RABO 0316 5487 20]], and copy the receipt to [[EMAIL_ADDRESS|j.vandermeulen@ziggo.nl]].",
    "[[PERSON|Mohammed Saif Al-Farsi]] says the card [[CREDIT_CARD|4917 2305 6184 4025]] was used in three shops he has never visited.",
    "Dr [[PERSON|Anjali Deshpande-Rao]] has moved her private practice to [[STREET_ADDRESS|17 Harbour Terrace, Dunedin 9016]], so please update the referral letters.",
    "[[PERSON|Sebastián Andrés Pérez Olmedo]] was born in Valparaíso and can be reached at [[EMAIL_ADDRESS|sebastian.perez.olmedo@gmail.com]].",
    "Beneficiary: [[PERSON|Ifeoma Chiamaka Eze]], [[IBAN_CODE|GB70 NWBK 4012 2653 9140 87]], reference school fees for the spring term.",
    "Deliver the desk for [[PERSON|Thorsten Klaus Brandtner]] to [[STREET_ADDRESS|Hauptstraße 27, 69117 Heidelberg]] and call [[PHONE_NUMBER|030 23125 417]] on arrival.",
    "The loyalty account [[ID_NUMBER|CUST-55820417]] belongs to [[PERSON|Noor ul-Ain Qureshi]], whose e-mail is [[EMAIL_ADDRESS|noorqureshi@hotmail.co.uk]].",
    "[[PERSON|Laila Ahmadi Farahani]] rents the flat at [[STREET_ADDRESS|Kungsgatan 12, 3 tr, 111 43 Stockholm]], and her personnummer is [[ID_NUMBER|870523-3818]].",
    "Please cancel the gym membership of [[PERSON|Dmitri Olegovich Sorokin]], member number [[ID_NUMBER|GYM-204871]], at the end of this billing cycle.",
    "Send the offer letter to [[PERSON|Chloé Marguerite Delaunay]], [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]], phone [[PHONE_NUMBER|06 39 98 41 27]].",
    "[[PERSON|Tevita Fifita Taufa]]'s tax file number is [[ID_NUMBER|459 823 715]] and his mobile is [[PHONE_NUMBER|0491 570 318]].",
    "[[PERSON|Lucía Beatriz Romero Alcázar]], DNI [[ID_NUMBER|47302918Z]], has requested a copy of her tenancy agreement.",
    "[[PERSON|Camille Nakamura-Okafor]] signed up with the username [[ID_NUMBER|camnako_22]] from [[IP_ADDRESS|192.0.2.148]] late on Sunday night.",
    "[[PERSON|Ravindra Prasad Thakur]]'s SIN is [[ID_NUMBER|527 319 644]], and his address is [[STREET_ADDRESS|88 Dundas Street West, Unit 1204, Toronto, ON M5G 1C3]].",
    "[[PERSON|Tomás Ó Briain]] asked to be paid into [[IBAN_CODE|IE15 AIBK 9311 5212 8740 95]]; his PPS number is [[ID_NUMBER|6183402W]].",
    "[[PERSON|Astrid Kristine Bergström-Lund]] was born in Bergen, fødselsnummer [[ID_NUMBER|22048630190]], and lives at [[STREET_ADDRESS|Møllendalsveien 14B, 5009 Bergen]].",
    "Please courier the documents to [[PERSON|Marta Russo]] at [[STREET_ADDRESS|Via dei Mille 34, 80121 Napoli NA]]; her codice fiscale is [[ID_NUMBER|RSSMRT85M52H501T]].",
    "[[PERSON|Ahmad Zaki bin Abdullah]] can be reached at [[PHONE_NUMBER|+1 604 555 0127]] or [[EMAIL_ADDRESS|zaki.abdullah@shaw.ca]] during Vancouver business hours.",
    "Our courier could not find [[PERSON|Bogdan Mihai Popescu]] at [[STREET_ADDRESS|Strada Lipscani 18, ap. 4, 030033 București]] and left a card in the letterbox.",
    "Please close the account of [[PERSON|Eleni Papadopoulou-Stavrou]], AMKA [[ID_NUMBER|15078812342]], and send the final statement to [[EMAIL_ADDRESS|e.papadopoulou@otenet.gr]].",
    "[[PERSON|Duarte Miguel Sousa Tavares]], NIF [[ID_NUMBER|238174603]], lives at [[STREET_ADDRESS|Rua de Santa Catarina 512, 4000-447 Porto]] and is paid into [[IBAN_CODE|PT48 0002 0123 6098 7654 3215 4]].",
    "The mortgage application from [[PERSON|Keisha Monique Alleyne-Brathwaite]] lists SSN [[US_SSN|604-38-2917]] and the address [[STREET_ADDRESS|1187 Flatbush Avenue, Apt 4R, Brooklyn, NY 11226]].",
    "[[PERSON|Jiří Dvořáček]] updated his delivery address to [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]] yesterday.",
    "[[PERSON|Liu Jianhong]]'s resident identity card number is [[ID_NUMBER|440305198706152732]], and he needs it printed on the visa letter.",
    "Please send the tax summary to [[PERSON|Ngozi Adaeze Obi]] at [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104]].",
    "[[PERSON|Ahmed Hassan Warsame]]'s IBAN is [[IBAN_CODE|SE26 5006 6475 2893 8500 0000]], and he prefers calls on [[PHONE_NUMBER|070-174 06 53]].",
    "The hotel asked for the resident registration number of [[PERSON|Hwang Dae-seong]], which is [[ID_NUMBER|880415-1254372]].",
    "Contact details for [[PERSON|Mariam Tsiklauri-Beridze]]: [[EMAIL_ADDRESS|mariam.tsiklauri@mail.ge]], [[PHONE_NUMBER|+49 40 66969 214]].",
    "Please refund the overcharge to card [[CREDIT_CARD|5376 1429 0853 1176]] held by [[PERSON|Ólafur Þór Gunnarsson]].",
    "[[PERSON|Nurul Huda binte Ismail]] lives at [[STREET_ADDRESS|Blk 406 Ang Mo Kio Avenue 10, #07-1123, Singapore 560406]], and her NRIC is [[ID_NUMBER|S8834172D]].",
    "Ship the order for [[PERSON|Ma. Teresita dela Cruz-Santos]] to [[STREET_ADDRESS|Unit 5B, 21 Jupiter Street, Bel-Air, Makati City 1209]] and e-mail [[EMAIL_ADDRESS|tess.delacruz@yahoo.com.ph]].",
    "[[PERSON|Wanjiru Njeri Kamau]] was born in Nyeri and now lives at [[STREET_ADDRESS|House 14, Ngong Road, Kilimani, Nairobi 00100]].",
    "[[PERSON|Yosef Haim Mizrahi]]'s teudat zehut is [[ID_NUMBER|318572047]], and his address is [[STREET_ADDRESS|Rehov Herzl 45, Apt 9, Haifa 3303117]].",
    "The hire car was booked by [[PERSON|Cormac Eoin Dalby]] with UK driving licence [[ID_NUMBER|DALBY804157CE9PX]] and will be collected at Leeds station.",
    "[[PERSON|Beatriz Helena Ortiz Quintero]], [[STREET_ADDRESS|Carrera 7 # 71-21, Apto 502, Bogotá 110231]], paid with card [[CREDIT_CARD|4126 9083 7251 1480]].",
]

# 70 long chat messages (60 to 200 words) naming several private people each.
LETTERS = [
    "Can you tighten this cover letter? 'Dear Ms [[PERSON|Okoro]], I am writing to apply for the logistics coordinator role advertised on your website. For the past four years I have worked under [[PERSON|Gareth Pugh-Williams]] at a regional freight company, where I rebuilt the delivery schedule for forty drivers and cut missed slots by a third. [[PERSON|Gareth]] has kindly agreed to act as a referee and can be contacted on [[PHONE_NUMBER|07700 900731]]. Before that I volunteered with [[PERSON|Marisol Achterberg]] at the community food hub, and [[PERSON|Marisol]] can speak to my work with volunteers and donors. I would welcome the chance to discuss the role with you. Yours sincerely, [[PERSON|Daniel Kiprono Rotich]]'",
    "Please turn this into a formal complaint to the council. On 3 March my neighbour [[PERSON|Trevor Ashcombe]] parked his camper van across the shared drive again, blocking my mother, [[PERSON|Hilda Brennan]], who needs the car for dialysis three times a week. I have spoken to [[PERSON|Ashcombe]] four times. He says the drive belongs to him, but the deeds for [[STREET_ADDRESS|27 Orchard Close, Bedford MK41 7QP]] show a right of way. Last Tuesday [[PERSON|Hilda]] missed her session and the hospital transport driver, [[PERSON|Lenny Okafor]], had to wait forty minutes at the end of the road. [[PERSON|Lenny]] is willing to give a statement. Please also mention that [[PERSON|Trevor]] has ignored two letters from the estate agent.",
    "I need help writing to my landlord. I rent [[STREET_ADDRESS|Flat 3, 114 Gloucester Road, Bristol BS7 8AE]] from [[PERSON|Colin Featherby]] and share it with [[PERSON|Aoife Gallagher]]. In November the boiler failed and [[PERSON|Featherby]] promised a plumber within the week. Nothing happened until January, and [[PERSON|Aoife]] and I paid £340 for electric heaters. When I raised it, [[PERSON|Colin]] said we could deduct it from the rent, but his agent, [[PERSON|Sandra Velloso]], now says we are in arrears. [[PERSON|Sandra]] keeps phoning me at [[PHONE_NUMBER|07700 900215]] before eight in the morning. I want a calm letter asking [[PERSON|Featherby]] to confirm the deduction in writing and to tell [[PERSON|Velloso]] to contact us by e-mail only.",
    "Please polish this reference. 'To whom it may concern, I have known [[PERSON|Bongani Sithole]] for six years as his line manager at the parks department. [[PERSON|Bongani]] led the tree survey team and trained two apprentices, [[PERSON|Keira Lomax]] and [[PERSON|Dev Malhotra]], who both now hold permanent posts. [[PERSON|Sithole]] is punctual, calm with the public and careful with equipment. When [[PERSON|Keira]] was injured on site, he handled the first aid and the paperwork without any fuss. I recommend him without reservation. Please contact me at [[EMAIL_ADDRESS|r.fairweather@btinternet.com]] if you need anything more. [[PERSON|Ruth Fairweather]]'",
    "Help me finish this eulogy for my grandfather. '[[PERSON|Stanisław Jan Wróblewski]] came to Sheffield in 1961 with one suitcase and a violin. Everyone at the steelworks called him [[PERSON|Stan]], and my grandmother, [[PERSON|Irena Wróblewska]], called him [[PERSON|Staś]] when she was pleased with him and [[PERSON|Stanisław]] when she was not. [[PERSON|Stan]] taught half the street to play chess, including his best friend [[PERSON|Desmond Achebe]], who beat him exactly once in forty years. [[PERSON|Desmond]] still keeps the scoresheet in his wallet. After [[PERSON|Irena]] died, [[PERSON|Stan]] kept her roses going for eleven more summers.' Can you write a warm closing paragraph in the same voice?",
    "Can you make this best man speech funnier without being rude? 'Good evening everyone. For those who don't know me, I'm [[PERSON|Callum Reid]], and I have been [[PERSON|Jamie Okonjo-Hart]]'s friend since we were eleven. [[PERSON|Jamie]] once tried to impress a girl by cycling with no hands and ended up in a hedge. That girl was not [[PERSON|Priyanka]], thankfully. [[PERSON|Priyanka Sehgal]] met [[PERSON|Jamie]] at a pub quiz where he insisted the capital of Australia was Sydney, and she corrected him in front of the whole room. Her dad, [[PERSON|Rakesh]], told me earlier that he knew right then she would marry him. Please raise your glasses to [[PERSON|Jamie]] and [[PERSON|Priyanka]].'",
    "I just need to vent, then help me plan what to say on Monday. Today [[PERSON|Gemma Thornbury]] took credit for the supplier report that [[PERSON|Oskar]] and I wrote, in front of the whole department. [[PERSON|Oskar Lindahl]] didn't say a word, which honestly hurt more. Then [[PERSON|Thornbury]] asked me to 'tidy up' her slides for Friday. Our manager, [[PERSON|Bev Adeyinka]], just nodded along like always. [[PERSON|Bev]] promised in my review that I would lead the next project, but [[PERSON|Gemma]] is leading it now. I went for a walk at lunch and rang my sister [[PERSON|Hannah]], who said I should keep a log. Should I talk to [[PERSON|Oskar]] first or go straight to [[PERSON|Adeyinka]]?",
    "Please summarise this history for my mum's new GP in plain bullet points. My mother, [[PERSON|Margaret Eileen Cartwright]], is 78. [[PERSON|Margaret]] had a hip replacement in 2016, has had type 2 diabetes since 2009 and had a mini-stroke in 2021. Her previous GP was Dr [[PERSON|Fenwick]] at the Milton practice, and Dr [[PERSON|Fenwick]] retired last year. She takes metformin, amlodipine and a statin. My brother [[PERSON|Neil Cartwright]] manages her tablets on weekdays and I do weekends. [[PERSON|Neil]] noticed she has been more confused since March. Her NHS number is [[ID_NUMBER|944 217 6080]] and she lives with us at [[STREET_ADDRESS|6 Birchfield Avenue, Harrogate HG2 0LR]]. Staff should call her [[PERSON|Peggy]], not [[PERSON|Margaret]].",
    "Please make this end-of-term report sound warmer. '[[PERSON|Ezekiel Adjei-Mensah]] has had a strong term in Year 4. [[PERSON|Ezekiel]] reads confidently and has finished every book on the class list. In maths, [[PERSON|Zeke]] still rushes and needs reminding to check his working. He works well with [[PERSON|Freya Lindgren]] and [[PERSON|Tomasz Wiśniewski]] on group projects, though [[PERSON|Tomasz]] and [[PERSON|Ezekiel]] can get silly together. Next term I would like [[PERSON|Ezekiel]] to read aloud more often. Mrs [[PERSON|Adjei-Mensah]], thank you for all the support at home. Signed, [[PERSON|Nia Roberts-Heath]], class teacher.'",
    "Could you proofread my cover letter for a healthcare assistant job? 'Dear Mr [[PERSON|Halvorsen]], I saw your advert for night healthcare assistants. I have spent two years caring for my grandmother, [[PERSON|Rosa Mbatha]], and eighteen months at a care home managed by [[PERSON|Deirdre Quinlan]]. [[PERSON|Deirdre]] trusted me with the night shift after only three months. Before that I worked on a ward with senior nurse [[PERSON|Abimbola Coker]], who taught me how to support difficult families. [[PERSON|Coker]] is happy to be contacted at [[EMAIL_ADDRESS|abimbola.coker@nhs.net]]. I can start in two weeks and can be reached on [[PHONE_NUMBER|07700 900384]]. Kind regards, [[PERSON|Lindiwe Mbatha]]'",
    "Write a firm complaint to the airline for me. My wife [[PERSON|Inês Carvalho Duarte]] and I flew home from Faro on 12 August with our son [[PERSON|Rafael]]. Our bags never arrived. [[PERSON|Inês]] needs the medication in her case, and the agent at the desk, who gave her name as [[PERSON|Chantelle]], told us to 'just buy more'. [[PERSON|Rafael]] is six and now has no school uniform. I have called the baggage line eleven times. Please ask them to reply to [[EMAIL_ADDRESS|paulo.duarte.lx@gmail.com]] or [[PHONE_NUMBER|07700 900947]], and mention that the bags were tagged under my name, [[PERSON|Paulo Duarte]], and under [[PERSON|Inês]]'s.",
    "Help me shorten this toast to under two minutes. 'Thirty-four years ago a nervous young clerk called [[PERSON|Yvonne Castellano-Sloan]] walked into this office and asked where the photocopier was. Today [[PERSON|Yvonne]] knows where everything is, including the biscuits [[PERSON|Derek]] hides in the filing cabinet. [[PERSON|Derek Mulholland]] has asked me to say that he denies this. [[PERSON|Yvonne]] trained most of us, covered for [[PERSON|Mulholland]] through two hip operations and never once complained about the coffee. Her husband [[PERSON|Geoff]] tells me she plans to walk the Camino in the spring. [[PERSON|Geoff]], good luck keeping up. To [[PERSON|Yvonne]]!'",
    "Please format this as a proper landlord reference. I am writing to confirm that [[PERSON|Fiorella Mancini]] and [[PERSON|Adebola Ogunleye]] rented [[STREET_ADDRESS|22 Rosemount Place, Aberdeen AB25 2XB]] from me between 2019 and 2024. [[PERSON|Fiorella]] paid the rent on the first of every month by transfer from [[IBAN_CODE|GB84 BUKB 2015 8731 6290 44]], and [[PERSON|Adebola]] dealt with repairs through the letting agent, [[PERSON|Graham Kerr]]. [[PERSON|Kerr]] tells me they reported problems promptly and left the property spotless. I would happily rent to [[PERSON|Mancini]] and [[PERSON|Ogunleye]] again. [[PERSON|Morag Innes]]",
    "I'm father of the bride and terrified. Can you tidy this up? 'When [[PERSON|Siobhan]] was four she announced she would marry a fireman. [[PERSON|Ciarán Byrne-Okeke]] is not a fireman, he is a dentist, but he did once put out a barbecue fire at our house, so I'm counting it. [[PERSON|Ciarán]], welcome to the family. [[PERSON|Siobhan Mary Keane]], your mother [[PERSON|Bríd]] and I could not be prouder. [[PERSON|Bríd]] wants me to thank [[PERSON|Ciarán]]'s parents, [[PERSON|Emeka]] and [[PERSON|Louise Okeke]], for the wonderful rehearsal dinner, and [[PERSON|Siobhan]]'s godmother [[PERSON|Nora Flaherty]] for the flowers.'",
    "Draft notes for a eulogy, please. My aunt [[PERSON|Esperanza Villanueva Ocampo]], Tita [[PERSON|Espie]] to all of us, ran a sari-sari store in Quezon City for thirty years before joining us in Winnipeg. [[PERSON|Espie]] sent money home every single month. She raised my cousins [[PERSON|Jomar]] and [[PERSON|Kristine Ocampo]] after their mother died, and [[PERSON|Kristine]] says she learned to cook by watching her. Her best friend at church, [[PERSON|Lourdes Ablaza]], remembers [[PERSON|Esperanza]] singing off-key every Sunday. I want to mention her laugh, her adobo and how she called everyone 'anak'. Please keep it under four minutes and end with something [[PERSON|Lourdes]] can read as a prayer.",
    "Please help me write to the head teacher. My daughter [[PERSON|Amara Osei]] is in Year 8, and since September a girl in her form, [[PERSON|Kayleigh]], has been posting photos of [[PERSON|Amara]] in a group chat with nasty captions. [[PERSON|Amara]]'s friend [[PERSON|Jasmine Patel-Ward]] showed me the screenshots. The form tutor, Mr [[PERSON|Doherty]], said he would 'keep an eye on it', but nothing has changed and [[PERSON|Amara]] now pretends to be ill on Mondays. I want a meeting with Mr [[PERSON|Doherty]] and the head of year this week. My number is [[PHONE_NUMBER|07700 900506]]. Thanks, [[PERSON|Yaa Osei]]",
    "Rewrite this cover letter so it sounds less stiff. 'Hello, my name is [[PERSON|Thi Minh Anh Tran]] and I am applying for the junior data analyst role. During my placement at a housing charity I built the rent arrears dashboard with my supervisor, [[PERSON|Owain Lloyd-Evans]]. [[PERSON|Owain]] will confirm that the dashboard cut reporting time in half. I also tutor maths at weekends through a programme run by [[PERSON|Farrukh Nazarov]]. You can see my projects on GitHub as [[ID_NUMBER|tmatran-data]] and reach me at [[EMAIL_ADDRESS|minhanh.tran@outlook.com]]. Thank you for reading, [[PERSON|Minh Anh]]'",
    "Help me write a final warning letter. We paid a roofer, [[PERSON|Gary Nuttall]], £4,200 in May to replace the flat roof over the kitchen at [[STREET_ADDRESS|9 Clement Way, Ipswich IP4 2RT]]. [[PERSON|Nuttall]] and his labourer, a young man called [[PERSON|Kyle]], worked for two days and have not been back. Since then it has rained through the light fitting twice. My husband [[PERSON|Raymond Achebe-Frost]] has left six voicemails. Our neighbour [[PERSON|Pauline Goodhew]] saw [[PERSON|Kyle]] taking our leftover felt away in the van. Please draft a letter giving [[PERSON|Gary]] fourteen days to finish the job or refund us, and say that [[PERSON|Raymond]] will go to the small claims court.",
    "Dear diary, or dear chatbot I suppose. Christmas at [[PERSON|Lorraine]]'s was a disaster again. [[PERSON|Lorraine Pickering]] spent the whole lunch asking when [[PERSON|Mitch]] and I are having a baby, in front of [[PERSON|Mitch]]'s cousin [[PERSON|Tasha]], who has been trying for three years. [[PERSON|Tasha Greenidge]] left the table in tears. [[PERSON|Mitchell Pickering]] just kept carving the turkey. Then his dad [[PERSON|Roy]] told a joke about my accent. I love [[PERSON|Mitch]] but I'm not going next year. Can you help me say this to him kindly tonight?",
    "Summarise this for an insurance form, please. My husband, [[PERSON|Abdulkadir Yusuf Hersi]], had a heart attack in 2019 and two stents fitted. [[PERSON|Abdulkadir]] also has sleep apnoea and uses a CPAP machine. His cardiologist was Dr [[PERSON|Fenella Marchetti]] until she moved away, and now he sees Dr [[PERSON|Obinna Uzor]]. Dr [[PERSON|Uzor]] changed his beta blocker in January. His brother [[PERSON|Farah Hersi]] had the same condition at fifty, and there is diabetes on his mother's side too. His policy number is [[ID_NUMBER|PLC-7730-4158-22]].",
    "Turn these notes into a short report for parents. [[PERSON|Lucía Montenegro Paz]], Year 2. Lovely term. [[PERSON|Lucía]] settled well after moving from Lima and now chats in English with [[PERSON|Aiden]] and [[PERSON|Sofia Grabowska]] at playtime. Phonics: secure on phase 4. Maths: counts in 2s, 5s and 10s but struggles with subtraction. Needs to wear her glasses in class; her mum, Mrs [[PERSON|Paz]], says they are in her bag. Teaching assistant [[PERSON|Shelley Dunmore]] works with [[PERSON|Lucía]] three mornings a week on reading. Next step: read with an adult at home five times a week. [[PERSON|Shelley]] and I are very pleased with her.",
    "Please make my cover letter more concise. 'Dear Dr [[PERSON|Anand]], I am applying for the post of Spanish teacher. I trained at Leeds and completed my placements with [[PERSON|Carys Hughes]] at a comprehensive in Wakefield and with [[PERSON|Ignacio Ferrer]] at a sixth-form college. [[PERSON|Carys]] gave me my own Year 9 group for a term, and [[PERSON|Ferrer]] encouraged me to run the exchange trip. I speak Spanish at home with my mother, [[PERSON|Rocío]], and have family in Sevilla. Both [[PERSON|Hughes]] and [[PERSON|Ferrer]] are listed as referees. My address is [[STREET_ADDRESS|31 Kirkstall Lane, Leeds LS5 3BJ]]. Yours sincerely, [[PERSON|Elena Rocío Whitaker]]'",
    "Write a complaint to my energy supplier. The account is in my late father's name, [[PERSON|Ernest Albert Holloway]], and since he died in April I have asked five times for it to be moved to me, [[PERSON|Judith Holloway]]. Each time an adviser, most recently [[PERSON|Bradley]] and before him [[PERSON|Shabnam]], promised a callback that never came. Letters still arrive addressed to [[PERSON|Ernest]], which upsets my mother, [[PERSON|Violet]], every time. The account number is [[ID_NUMBER|8401 2267 9315]] and the property is [[STREET_ADDRESS|58 Tennyson Road, Kettering NN16 0AS]]. Please ask them to stop the letters to [[PERSON|Ernest Holloway]] immediately.",
    "I've been asked to write a character reference for a court hearing. Can you help? I have known [[PERSON|Liam Patrick Donnelly]] for twelve years through the boxing club where I coach. [[PERSON|Liam]] started as a troubled fifteen-year-old and now runs the Tuesday junior session himself. When my assistant coach [[PERSON|Errol Bascombe]] was ill last winter, [[PERSON|Donnelly]] kept the club open five nights a week. [[PERSON|Errol]] says the kids would follow [[PERSON|Liam]] anywhere. I understand the charge relates to one night in March and I don't excuse it, but it is out of character. Signed, [[PERSON|Marcia Fenton-Royle]].",
    "Speech draft for my sister's wedding, please make it flow. 'Hi everyone, I'm [[PERSON|Nadia]], [[PERSON|Yasmin]]'s little sister. [[PERSON|Yasmin Haddad]] has been bossing me around for twenty-six years and I wouldn't change it. When she met [[PERSON|Théo Marchal]] at the climbing wall, she told me he was just a belay partner. [[PERSON|Théo]] was not just a belay partner. [[PERSON|Théo]]'s grandmother [[PERSON|Odile]] flew in from Lyon today, and our parents, [[PERSON|Karim]] and [[PERSON|Hala Haddad]], have been cooking for a week. [[PERSON|Yasmin]], [[PERSON|Théo]], I love you both. Cheers!'",
    "Tidy up this handover note before I go on leave. While I'm away [[PERSON|Priscilla Nakato]] will run the Monday stand-up and [[PERSON|Arjun Shenoy]] will handle supplier calls. [[PERSON|Priscilla]] has the login for the booking system. If the printer vendor rings, send them to [[PERSON|Arjun]] on [[PHONE_NUMBER|020 7946 0382]]. [[PERSON|Bronwyn]] from finance needs the October invoices by the 28th, and [[PERSON|Bronwyn Tate]] is very strict about it. Our intern [[PERSON|Mikael]] can help with filing but shouldn't approve anything. [[PERSON|Shenoy]] and [[PERSON|Nakato]] both have my mobile, [[PHONE_NUMBER|07700 900129]], for emergencies only.",
    "Help me write a calm message to my ex about the holidays. [[PERSON|Darren Whitlock]] wants our son [[PERSON|Oliver]] for the whole of Christmas week because his new partner [[PERSON|Stacey]] has booked a cabin. The agreement says [[PERSON|Oliver]] spends Christmas Day with me in even years, and [[PERSON|Darren]] knows this. I don't want [[PERSON|Olly]] caught in the middle; he's already upset that [[PERSON|Stacey Morland]]'s kids get the top bunk. I'd offer [[PERSON|Whitlock]] Boxing Day to New Year instead. Keep it short and not passive-aggressive.",
    "Please write this up as a formal complaint. On 19 February my personal trainer at the gym, [[PERSON|Kristof Baranyi]], pushed me to lift far beyond what my physio, [[PERSON|Helen Achterkamp]], had cleared. I told [[PERSON|Kristof]] about my disc injury twice. [[PERSON|Baranyi]] said I was being soft. I have been off work for three weeks and [[PERSON|Helen]] has written a note about the setback. The duty manager that night, [[PERSON|Sione]], saw it happen. My membership number is [[ID_NUMBER|FL-0938817]]. I want a refund of the twelve sessions I paid for. From [[PERSON|Ruairí Mac Giolla Phádraig]]",
    "Help me write a gracious resignation letter. I've been at the practice for seven years under [[PERSON|Hugh Penhaligon]] and I'm leaving to care for my father. I'd like to thank [[PERSON|Hugh]] for his patience, and especially [[PERSON|Rosalind Ekwueme]] and [[PERSON|Tunde Bakare]], who trained me on the accounts software. [[PERSON|Rosalind]] covered for me during my father's first operation and [[PERSON|Tunde]] drove me to the hospital twice. Please mention that I can help recruit my replacement and that my last day will be 31 May. Sign it from [[PERSON|Gwen Tregarthen]]. [[PERSON|Penhaligon]] likes things short.",
    "I need to get this off my chest. My housemates are driving me mad. [[PERSON|Jonty]] leaves his bike in the kitchen and [[PERSON|Rhiannon]] uses my oat milk every single day. When I asked [[PERSON|Rhiannon Price]] about it she said [[PERSON|Jonty]] told her it was shared. [[PERSON|Jonathan Ashby-Kerr]], to give [[PERSON|Jonty]] his full name, denies this. The only normal one is [[PERSON|Ikenna]], who cleans the bathroom without being asked. [[PERSON|Ikenna Obi-Dike]] is moving out in June though, and then it's just me, [[PERSON|Price]] and [[PERSON|Ashby-Kerr]]. How do I start a house meeting without it turning into a fight?",
    "Can you improve this cover letter for a head chef job? 'Dear Chef [[PERSON|Baptiste]], I have cooked for eleven years, the last four as sous chef to [[PERSON|Marguerite Oduya]] at a sixty-cover bistro. [[PERSON|Marguerite]] handed me the menu on Mondays and Tuesdays, and my lamb shoulder is still on it. Before that I worked the fish section for [[PERSON|Paolo Brancaleone]], who taught me to butcher a whole turbot. [[PERSON|Brancaleone]] and [[PERSON|Oduya]] have both agreed to be referees. I can be reached on [[PHONE_NUMBER|07700 900860]]. Regards, [[PERSON|Aleksander Nowicki]]'",
    "Please draft a letter to the council's tree officer. The leylandii between my garden and my neighbour's at [[STREET_ADDRESS|15 Fernhill Drive, Solihull B91 3JT]] is now eleven metres tall. The neighbour, [[PERSON|Desmond Harcourt-Lowe]], refuses to trim it. His wife [[PERSON|Celia]] agreed last summer that it was too tall, but [[PERSON|Harcourt-Lowe]] overruled her. My other neighbour [[PERSON|Parminder Gill]] has the same problem and will co-sign. [[PERSON|Parminder]] measured the hedge with me. I would like the council to consider a high hedge complaint. My name is [[PERSON|Eileen Mortimer]] and I live at number 17.",
    "Can you summarise this for the school nurse? My son [[PERSON|Kwame Asante-Boateng]] is nine. [[PERSON|Kwame]] has asthma (blue and brown inhalers), a peanut allergy with an auto-injector, and eczema. Last year he was admitted twice, once after [[PERSON|Kwame]] ate a cereal bar at a party at [[PERSON|Kezia Holt]]'s house. [[PERSON|Kezia]]'s mum, [[PERSON|Donna Holt]], was brilliant and called 999. His consultant is Dr [[PERSON|Rajeswari Pillai]], and Dr [[PERSON|Pillai]] wants the school to keep a spare inhaler. His dad [[PERSON|Kofi]] collects him on Wednesdays and can be reached on [[PHONE_NUMBER|07700 900591]]. Please keep the summary to half a page.",
    "Please write a complaint to my car insurer. On 2 October a van driven by [[PERSON|Craig Lamont]] reversed into my parked car outside [[STREET_ADDRESS|44 Portobello High Street, Edinburgh EH15 1DE]]. [[PERSON|Lamont]] admitted fault to me and to a witness, [[PERSON|Mhairi Sutherland]], who left her number. [[PERSON|Mhairi]] has since been contacted by the insurer's handler, [[PERSON|Dean]], who apparently told her the claim was disputed. [[PERSON|Dean]] has not returned my calls in three weeks. My policy number is [[ID_NUMBER|MTR-66104829]]. I want the claim handled as non-fault and a courtesy car. Sign it [[PERSON|Fergus Alasdair Baird]].",
    "Help me write a eulogy for my best friend. [[PERSON|Tendai Moyo]] and I met on the first day of nursing school in Bulawayo. [[PERSON|Tendai]] was the one who made me laugh whenever I wanted to quit. We moved to Leicester together in 2004 and shared a tiny flat with [[PERSON|Chipo]], who is flying in from Harare for the funeral. [[PERSON|Tendai]] married [[PERSON|Brian Nkomo]] in 2010; [[PERSON|Brian]] and their twins, [[PERSON|Rufaro]] and [[PERSON|Tatenda]], will sit at the front. I want to tell the story of [[PERSON|Moyo]] singing to a frightened patient at three in the morning. Please keep it personal and under five minutes.",
    "Please make this note to the teacher more polite. 'Dear Ms [[PERSON|Fairclough]], [[PERSON|Mia]] was off on Thursday and Friday because her grandad, [[PERSON|Norman Ellery]], had a fall and we had to drive to Carlisle. [[PERSON|Mia Ellery-Kaur]] was upset and didn't do the reading homework. Her brother [[PERSON|Arjan]] was also off, but he is in Mr [[PERSON|Lowther]]'s class. Could [[PERSON|Mia]] catch up on the spelling test next week? [[PERSON|Norman]] is home now and recovering. Thanks, [[PERSON|Harpreet Kaur]]'",
    "Help me dispute a deposit deduction. We left [[STREET_ADDRESS|Apartment 12, 9 Quayside Walk, Cardiff CF10 5BZ]] in August. The landlord, [[PERSON|Anthony Veryan Trethewey]], is keeping £650 for carpet damage that was already in the check-in photos. My flatmate [[PERSON|Bethan]] took those photos on move-in day, and [[PERSON|Bethan Morgan-Rees]] still has them with timestamps. The agent, [[PERSON|Lisa Coombes]], told us [[PERSON|Trethewey]] would not back down. [[PERSON|Coombes]] also charged us twice for cleaning the oven. Please write to the deposit scheme explaining all this, signed by me, [[PERSON|Osagie Idahosa]], and by [[PERSON|Bethan]].",
    "Long day, sorry. Night shift again with [[PERSON|Wes]] and [[PERSON|Dolores]]. [[PERSON|Wesley Crump]] spends half the shift on his phone and then [[PERSON|Dolores Sánchez-Murillo]] ends up doing his rounds and mine. When I told [[PERSON|Crump]] the bins needed doing he called me the clipboard. [[PERSON|Dolores]] laughed, which stung. Our supervisor [[PERSON|Anil Varghese]] says he can't change rotas till April. I like [[PERSON|Anil]], but I'm done. Give me three ways to raise this at Friday's team meeting without sounding petty.",
    "Please rewrite this tutor comment for [[PERSON|Isabella Fontaine-Mwangi]]'s Year 10 report. [[PERSON|Isabella]] has had a difficult year but has shown real resilience. Her attendance dipped after Christmas, and her mum [[PERSON|Wairimu]] and I agreed a plan with the pastoral lead, Mr [[PERSON|Ogundipe]]. Since Easter [[PERSON|Bella]] has not missed a day. She is a gifted artist; Mrs [[PERSON|Haworth]] in the art department describes her portfolio as the strongest in the year. [[PERSON|Isabella]] should keep working on maths with her tutor, [[PERSON|Callum Brice]]. Make it encouraging and no longer than 120 words.",
    "Here's my groom's speech; please fix the pacing. 'Thank you all for coming. First, thank you to my parents, [[PERSON|Gurpreet]] and [[PERSON|Manjit Sandhu]], and to [[PERSON|Alice]]'s parents, [[PERSON|Robert]] and [[PERSON|Janet Cavendish-Wood]], for welcoming me so warmly. [[PERSON|Robert]] taught me to fish, badly. To my best man, [[PERSON|Harvinder]], thanks for keeping the rings safe, even though [[PERSON|Harvinder Bains]] lost his own car keys twice today. And to [[PERSON|Alice Cavendish-Wood]], my wife, you are the bravest person I know. [[PERSON|Alice]], I will try to deserve you.'",
    "Please help me complain to the care home manager. My mother-in-law [[PERSON|Agnieszka Kowalewska]] has lived at the home for two years. Last week [[PERSON|Agnieszka]] was left in a wet bed for most of the morning, and a carer called [[PERSON|Marlon]] told my wife, [[PERSON|Beata]], that they were short-staffed as always. [[PERSON|Beata Kowalewska-Hughes]] has raised this before with the manager, [[PERSON|Janice Pettigrew]]. [[PERSON|Pettigrew]] promised a care review in March that never happened. [[PERSON|Agnieszka]]'s room is 14 and her resident number is [[ID_NUMBER|RH-20931]]. We want the review within a fortnight. From [[PERSON|Gareth Hughes]]",
    "Please improve this recommendation. 'I am delighted to recommend [[PERSON|Oyelaran Babajide Akintola]] for the MSc in Public Health. [[PERSON|Babajide]] worked as my research assistant on a bed-net study in Ogun State. Together with [[PERSON|Chiamaka Nwosu]] he visited three hundred households, and [[PERSON|Chiamaka]] tells me he never lost a single consent form. [[PERSON|Akintola]] co-authored our conference poster and presented it himself. I have supervised over forty assistants and [[PERSON|Babajide]] is among the best three. Professor [[PERSON|Folasade Ige]], [[EMAIL_ADDRESS|f.ige@unilag-health.org]]'",
    "Please write a letter to our landlord, Mr [[PERSON|Khalid Rahimi]], about the damp. We are [[PERSON|Olena Shevchuk]] and [[PERSON|Taras Shevchuk]] at [[STREET_ADDRESS|Flat 7, 63 Cheetham Hill Road, Manchester M8 8EJ]]. Our daughter [[PERSON|Sofiia]] has had three chest infections since October and her GP says the black mould in her bedroom may be the cause. We told Mr [[PERSON|Rahimi]] in writing on 4 November. He sent his nephew [[PERSON|Bilal]] to paint over it, and it came back within two weeks. [[PERSON|Taras]] has photos. The letter should mention the council's housing standards team and ask for a proper survey within 14 days.",
    "Please turn these notes into a newspaper death notice. [[PERSON|Harold Ernest Biddulph]], aged 91, died peacefully on 2 February. Beloved husband of the late [[PERSON|Joan]], father of [[PERSON|Christine]], [[PERSON|Malcolm]] and [[PERSON|Sue]], grandfather of seven. [[PERSON|Harold]] worked on the railways for 44 years and was a bellringer at St Chad's. Funeral at 11am on 19 February; donations to the air ambulance c/o [[PERSON|Christine Biddulph-Hart]], [[STREET_ADDRESS|3 Vicarage Lane, Leek ST13 6AB]]. [[PERSON|Malcolm]] asks that people wear something red, [[PERSON|Harold]]'s favourite colour.",
    "Could you make my cover letter punchier? 'Dear Hiring Team, after twelve years in the army I am applying for the site safety manager role. My last commanding officer, Major [[PERSON|Elspeth Varley]], wrote that I ran the safest workshop in the battalion. Since leaving I have trained under [[PERSON|Rohan Desai]] at a construction firm in Swindon, and [[PERSON|Rohan]] signed off my NEBOSH certificate in March. [[PERSON|Varley]] and [[PERSON|Desai]] are both happy to be referees. I live at [[STREET_ADDRESS|12 Kestrel Rise, Swindon SN3 6FP]] and am available immediately. Regards, [[PERSON|Jordan Makepeace]]'",
    "Please turn these scribbled minutes into something readable. Residents' meeting, 14 Nov. Present: [[PERSON|Val Ostrowski]] (chair), [[PERSON|Femi Adebanjo]], [[PERSON|Grace Liu-Hammond]], [[PERSON|Dennis Rourke]], and [[PERSON|Sunita]] from flat 9. [[PERSON|Val]] reported the lift has been fixed. [[PERSON|Femi]] said the bins still overflow on Sundays. [[PERSON|Dennis]] wants CCTV; [[PERSON|Grace]] and [[PERSON|Sunita]] worried about privacy. Vote: 3-2 against. [[PERSON|Ostrowski]] will write to the housing association. [[PERSON|Rourke]] unhappy, left early. Next meeting in January.",
    "Help me report a taxi driver to the licensing office. On Saturday night my daughter [[PERSON|Chloe Anstruther]] and her friend [[PERSON|Nimra Javed]] took a cab from the station. The driver, who said his name was [[PERSON|Vince]], refused to go the last half mile and left them on an unlit road. [[PERSON|Chloe]] rang me in tears. [[PERSON|Nimra]]'s father, [[PERSON|Tariq Javed]], collected them, and [[PERSON|Tariq]] noted the badge number. [[PERSON|Vince]] also charged [[PERSON|Chloe]] £28 on her card. Please write it up formally; my name is [[PERSON|Philippa Anstruther]] and my number is [[PHONE_NUMBER|07700 900772]].",
    "Make this 60th birthday toast a bit more heartfelt. 'Sixty years ago in Kingston a baby called [[PERSON|Winston Delroy Campbell]] arrived two weeks late, and [[PERSON|Delroy]] has been late ever since. Most of you know him as [[PERSON|Del]]. He came to Birmingham at nine with his sister [[PERSON|Marcia]], who is here tonight, and spent forty years fixing buses. [[PERSON|Del]] married my mum, [[PERSON|Beverley]], in 1987, and they have kept each other laughing through everything. Everybody, please raise your glasses to [[PERSON|Del]]!'",
    "Please draft a complaint to my bank. My elderly father, [[PERSON|Frederick Ashworth-Boyle]], was talked into moving £9,000 by a caller claiming to be from the bank's fraud team. [[PERSON|Frederick]] sent the money from his savings account [[IBAN_CODE|GB21 LOYD 3096 3458 2710 46]] on 9 January. The branch adviser, [[PERSON|Kirsty]], was kind but said nothing could be done. I hold power of attorney with my brother [[PERSON|Giles Ashworth-Boyle]]. [[PERSON|Giles]] and I want the bank to review the case under the reimbursement rules. Dad is 86 and has dementia. Please write it in my name, [[PERSON|Annabel Ashworth-Boyle]].",
    "I have to speak at a colleague's funeral on Thursday. Can you shape this? [[PERSON|Rashida Khatun Miah]] taught science at our school for 22 years. [[PERSON|Rashida]] ran the eco club, kept tadpoles in the prep room and once persuaded the head, [[PERSON|Malcolm Greaves]], to install solar panels. [[PERSON|Greaves]] still talks about that meeting. Her husband [[PERSON|Shafiq]] tells me she marked books on the bus home every single night. Her former student [[PERSON|Joel Atherton]], now a vet, will read a poem. Generations of children knew her as Miss [[PERSON|Miah]], and I'd like to end with that.",
    "Writing this down so I stop replaying it. My boss [[PERSON|Clive Stanhope]] called me into his office at 5:45 and said my report for the Hendry account was amateur. [[PERSON|Stanhope]] never read the draft I sent him on Monday. His deputy [[PERSON|Ngaire Tapsell]] had already approved it. [[PERSON|Ngaire]] looked embarrassed and mouthed sorry. Then [[PERSON|Clive]] told [[PERSON|Jess]] from HR that I was struggling. [[PERSON|Jessica Obrador]] e-mailed me an hour later offering a wellbeing chat. I'm not struggling, I'm furious. Help me write a short, professional e-mail to [[PERSON|Stanhope]] asking for specific feedback.",
    "Please write a friendly reception report from these notes. Child: [[PERSON|Oluwadamilare Ajayi]], known as [[PERSON|Dami]]. [[PERSON|Dami]] loves the construction area and built a bridge with [[PERSON|Poppy Greenwood]] and [[PERSON|Yusuf]] that lasted three days. Counts to 20 and recognises numerals to 10. Mark making improving; can write [[PERSON|Dami]] but not yet his full name. Speech therapist [[PERSON|Helga Strand]] visits weekly, and [[PERSON|Helga]] says his sounds are improving. Mum ([[PERSON|Funmilayo]]) asked about phonics at home. Both parents very supportive.",
    "Please help me write to the housing association about noise. The tenant above me at [[STREET_ADDRESS|Flat 11, Marlowe Court, 40 Station Road, Crewe CW2 7HS]], a man called [[PERSON|Lee Draycott]], plays music until 3 a.m. most nights. I've spoken to [[PERSON|Draycott]] twice; the second time his girlfriend, [[PERSON|Shauna]], threatened me on the stairs. My neighbour [[PERSON|Beryl Oakes]] is 84 and heard it. [[PERSON|Beryl]] is willing to sign a statement. The housing officer, [[PERSON|Ashok Menon]], has had my diary of dates since July. I want [[PERSON|Menon]] to explain what happens next. Sign it from [[PERSON|Tomasz Kaczmarek]].",
    "Please shorten this cover letter to one page. 'Dear Ms [[PERSON|Rutherford]], I recently graduated in civil engineering from Manchester and am applying for your graduate scheme. My dissertation, supervised by Dr [[PERSON|Kalinda Jayasuriya]], modelled flood risk for three Pennine towns, and Dr [[PERSON|Jayasuriya]] has agreed to provide a reference. During my summer placement I worked with site engineer [[PERSON|Owen Pritchard-Nash]], who let me run the concrete pour logs. [[PERSON|Owen]] described me as unflappable. You can reach me at [[EMAIL_ADDRESS|aditya.r.kulkarni@gmail.com]]. Yours sincerely, [[PERSON|Aditya Ramesh Kulkarni]]'",
    "Write a complaint to the veterinary practice. Our dog was seen on 3 June by a locum, Dr [[PERSON|Stefan Ilić]], who sent us home with painkillers. Two days later our usual vet, [[PERSON|Moira Gallacher]], found a blockage and operated. [[PERSON|Moira]] was wonderful, but [[PERSON|Ilić]] had not even felt the abdomen, according to my husband [[PERSON|Euan]], who was in the room. [[PERSON|Euan Docherty]] wants the practice to review the locum's notes and refund the first consultation. Our client number is [[ID_NUMBER|VET-448102]]. Please sign it from [[PERSON|Kirsteen Docherty]].",
    "Help me write the order-of-service blurb. 'Today [[PERSON|Adaeze Nnamdi]] and [[PERSON|Lukas Brenner]] are married in the presence of their families. [[PERSON|Adaeze]]'s uncle, [[PERSON|Chukwudi Nnamdi]], will give the blessing in Igbo, and [[PERSON|Lukas]]'s sister [[PERSON|Franziska Brenner]] will read in German. [[PERSON|Franzi]] and [[PERSON|Adaeze]] met at university and introduced the couple. The ushers are [[PERSON|Obinna]] and [[PERSON|Max]]. Please join [[PERSON|Adaeze]] and [[PERSON|Lukas]] for drinks in the garden afterwards.'",
    "Please polish this welcome e-mail. 'Hi all, please welcome [[PERSON|Rosalía Quintanilla Ibarra]] to the claims team. [[PERSON|Rosalía]] joins us from a broker in Valencia and will sit with [[PERSON|Marek]] and [[PERSON|Tomoko]] on the motor desk. [[PERSON|Marek Jankowski]] will be her buddy for the first month, and [[PERSON|Tomoko Arai]] will run her systems training. Her e-mail is [[EMAIL_ADDRESS|r.quintanilla@harbourclaims.co.uk]]. [[PERSON|Quintanilla]] is the surname you'll see on e-mails, but she goes by [[PERSON|Rosa]]. Lunch on Friday to say hello!'",
    "I'm a small landlord and need to write a firm but fair letter. My tenants, [[PERSON|Darius Farahmand]] and [[PERSON|Kelly-Ann Roper]], are three months behind on the rent at [[STREET_ADDRESS|5 Coronation Terrace, Sunderland SR4 7QJ]]. [[PERSON|Darius]] lost his job in September and [[PERSON|Kelly-Ann]] has been paying what she can. I don't want to evict them. I'd like to offer a repayment plan of £150 a month on top of the rent. My daughter [[PERSON|Jodie]], who helps manage the flat, will visit on Saturday to discuss it. Please mention that [[PERSON|Farahmand]] and [[PERSON|Roper]] can get free advice from Citizens Advice. From [[PERSON|Brian Tulloch]].",
    "I just need to write this down. Mum rang again about Grandad [[PERSON|Ted]] moving in with us. [[PERSON|Edward Pilling]] is 89 and refuses carers. My brother [[PERSON|Shaun]] lives ten minutes from him but says his flat is too small, and [[PERSON|Shaun Pilling]] always has an excuse. My partner [[PERSON|Lowri]] says yes, we'll make it work, but [[PERSON|Lowri]] works nights and I'd be the one doing everything. [[PERSON|Ted]] would hate our stairs anyway. Help me list the options fairly before I ring [[PERSON|Shaun]] tonight.",
    "Summarise this for the annual review meeting. [[PERSON|Hamza Rashid Chaudhry]], age 11, autism diagnosis 2019. [[PERSON|Hamza]] has a one-to-one, Mrs [[PERSON|Delia Stroud]], in the mornings. Mrs [[PERSON|Stroud]] reports fewer meltdowns since the quiet room was set up. [[PERSON|Hamza]] loves trains and will talk to [[PERSON|Ollie Brennan]] about them for hours; [[PERSON|Ollie]] is his first real friend. Speech and language therapist [[PERSON|Mandeep Sidhu]] recommends visual timetables at home too. Dad, [[PERSON|Rashid Chaudhry]], is worried about the move to secondary school. Both parents prefer meetings after 4pm.",
    "Please check the grammar of my cover letter, English is my second language. 'Dear Mr [[PERSON|Oyelowo]], I want to apply for the receptionist post at your dental clinic. In Colombia I worked four years for Dr [[PERSON|Gustavo Arbeláez]] in Medellín, where I managed the appointment book for three dentists. Dr [[PERSON|Arbeláez]] wrote me a letter that I attach. In London I help my cousin [[PERSON|Yuliana]] at her cleaning company. [[PERSON|Yuliana Restrepo]] says I am the most organised person she knows. My phone is [[PHONE_NUMBER|07700 900338]]. Thank you, [[PERSON|Daniela Restrepo Gaviria]]'",
    "Help me report a seller to the marketplace. I bought a bike from a seller called [[PERSON|Aaron Whitcombe]] who gave his address as [[STREET_ADDRESS|77 Lytham Road, Blackpool FY1 6DU]]. [[PERSON|Whitcombe]] took £480 by bank transfer and never posted it. When my partner [[PERSON|Suki]] messaged him, a woman called [[PERSON|Tegan]] replied saying [[PERSON|Aaron]] had moved away. [[PERSON|Suki Tanaka-Blythe]] then found the same photos on another listing under a different name. Please write a clear report with the dates: paid 6 May, chased 13 May, blocked 20 May.",
    "Help me write a short memorial post. Dad, [[PERSON|Giovanni Battista Lombardi]], passed away on Sunday. [[PERSON|Gianni]], as everyone called him, ran the chip shop on Corporation Street for forty years with Mum, [[PERSON|Patricia]]. [[PERSON|Gianni]] gave free chips to every kid in a football kit. My sister [[PERSON|Francesca]] and I are taking over the shop, and [[PERSON|Fran]] wants to keep his name on the sign. Thank you to his carers, [[PERSON|Joyce]] and [[PERSON|Adwoa]], who made his last months gentle. The funeral is at the Sacred Heart on Friday and his grandchildren will carry the photos.",
    "Summarise this for my new physiotherapist. I'm [[PERSON|Rhys Gwilym Prothero]], 46, a postman. Two years ago I tore my right ACL playing five-a-side; the surgeon, Mr [[PERSON|Vikram Sood]], reconstructed it in March 2022. Rehab with [[PERSON|Tamsin Leach]] went well until I slipped on ice last winter. [[PERSON|Tamsin]] has since retired, and Mr [[PERSON|Sood]] says the graft is intact but the knee swells after long rounds. My wife [[PERSON|Carys]] noticed I limp by the evening. Hospital number [[ID_NUMBER|H4471902]]. I'd like the summary in five bullet points.",
    "Help me write a nomination for the volunteer of the year award. I'd like to nominate [[PERSON|Precious Ndlovu-Hartley]], who has run our Saturday homework club for six years. [[PERSON|Precious]] recruited [[PERSON|Ibrahim Sesay]] and [[PERSON|Hollie Marsh]], who now lead the maths table. When the church hall flooded, [[PERSON|Ndlovu-Hartley]] moved the club into her own living room for a month. [[PERSON|Ibrahim]] says half his GCSE class would have failed without her. Please keep it under 250 words and say that I, the Revd [[PERSON|Alan Pocock]], am happy to be contacted.",
    "Please draft a letter to the hospital complaints team. My father, [[PERSON|Derrick Ampofo]], was on the stroke ward from 8 to 21 March. Twice his water jug was out of reach and my sister [[PERSON|Abena]] found him dehydrated. A nurse, [[PERSON|Kerry]], was kind, but the night staff ignored his buzzer. [[PERSON|Abena Ampofo-Clarke]] spoke to the ward sister, [[PERSON|Magdalena Wrona]], who apologised and promised checks, and [[PERSON|Wrona]] has been helpful since. His hospital number is [[ID_NUMBER|RXQ0938271]]. We want to know what has changed so nobody else's dad is left like that. From [[PERSON|Kojo Ampofo]].",
    "Rant incoming. Group project with [[PERSON|Declan]], [[PERSON|Bethany]] and [[PERSON|Ayodele]] is a nightmare. [[PERSON|Declan Furlong]] hasn't opened the shared doc once. [[PERSON|Bethany Quist]] rewrote my section at 2am without asking, and [[PERSON|Ayodele]] just sends thumbs-up emojis. Our tutor, Dr [[PERSON|Hargreaves]], says peer marks count for 20%. I don't want to grass on [[PERSON|Furlong]] but I also don't want to carry him. [[PERSON|Ayodele Babatunde]] is nice, just overwhelmed I think. Help me write a group message that assigns tasks without starting a war.",
    "Could you polish this leaving speech? 'After nine years, [[PERSON|Nomvula Dube]] is leaving us for Toronto. [[PERSON|Nomvula]] has been the calm in every storm, from the server fire to the year [[PERSON|Piotr]] deleted the payroll. [[PERSON|Piotr Zawadzki]] would like it noted that the backup worked. [[PERSON|Nomvula]] mentored half of this room, including me and [[PERSON|Saoirse]]. [[PERSON|Saoirse Lennon]] has made a cake shaped like the CN Tower. [[PERSON|Dube]], we will miss your laugh and your spreadsheets. Good luck!'",
    "Help me write to the nursery manager. Yesterday my son [[PERSON|Jude Okwuosa]] came home with a bite mark on his arm and nobody told me at pickup. His key worker, [[PERSON|Tiffany]], said she had meant to mention it. [[PERSON|Jude]] says a boy called [[PERSON|Harvey]] bit him, and it is the third time. I understand [[PERSON|Harvey]] is only two, but I need an incident form. The manager, [[PERSON|Sonia Baptiste-Greaves]], was not in. Please ask [[PERSON|Baptiste-Greaves]] to call me on [[PHONE_NUMBER|07700 900459]]. My partner [[PERSON|Chinedu Okwuosa]] will collect [[PERSON|Jude]] today.",
    "Please organise these notes into a family tree summary. My great-grandmother [[PERSON|Bridget Mary Cullinane]] emigrated from Cork to Boston in 1912. [[PERSON|Bridget]] married [[PERSON|Antonio Ferraro]], a stonemason, in 1915. They had four children: [[PERSON|Rose]], [[PERSON|Salvatore]], [[PERSON|Nellie]] and [[PERSON|Frank]]. [[PERSON|Salvatore Ferraro]] was my grandfather; he married [[PERSON|Dorothy Kaminski]] in 1946. [[PERSON|Nellie]] became a nun in Providence. My mother, [[PERSON|Linda Ferraro-Walsh]], has the marriage certificates. I'd like a timeline and a simple tree diagram in text.",
]

# 40 medical and care messages (15 to 120 words) to a clinic, hospital or insurer.
MEDICAL = [
    "Hello, I'd like to book a follow-up for my mother, [[PERSON|Doreen Ashby]], NHS number [[ID_NUMBER|943 582 0174]]. She saw Dr [[PERSON|Mallory]] on 2 May about her ankle. Please call me, her daughter [[PERSON|Karen Ashby-Cole]], on [[PHONE_NUMBER|07700 900283]].",
    "Insurance query: member [[PERSON|Pieter Jan de Vries]], member number [[ID_NUMBER|ZVK-3318-0472]], BSN [[ID_NUMBER|273619408]]. The physiotherapy invoice from March was rejected. Can you tell me why and what I need to send?",
    "My husband [[PERSON|Wouter Claes]] was brought into A&E last night after a fall. His Belgian national number is [[ID_NUMBER|78.04.12-273.63]]. Which ward is he on, and can I bring his glasses? I'm [[PERSON|Sofie Claes]], [[PHONE_NUMBER|+44 7700 900810]].",
    "I need a copy of my daughter's vaccination record for her new school in Lyon. The patient is [[PERSON|Léa Margaux Fontaine]], born 3 March 2015, registered under her mother [[PERSON|Aurélie Fontaine]], social security number [[ID_NUMBER|2 86 08 75 114 207 56]].",
    "Patient [[PERSON|Hatice Öztürk]], kimlik number [[ID_NUMBER|38271640540]], has a cardiology appointment on Thursday. Her son [[PERSON|Murat]] will interpret. Could the clinic call [[PERSON|Murat Öztürk]] on [[PHONE_NUMBER|07700 900164]] to confirm the time?",
    "Hi, I'm trying to claim for my son's speech therapy. His name is [[PERSON|Lachlan Fitzgerald-Moore]] and our Medicare card is [[ID_NUMBER|2947 18360 1]]. My name is [[PERSON|Bree Fitzgerald]] and my mobile is [[PHONE_NUMBER|0491 570 226]]. Do we need a new referral every year?",
    "Please update the medical aid details for [[PERSON|Lerato Mokoena]], ID [[ID_NUMBER|9102030167089]]. The main member is her husband [[PERSON|Thabo Mokoena]], membership number [[ID_NUMBER|DH 4471 0298]], and she is now his dependant from 1 July.",
    "Booking a health check for my father [[PERSON|Suresh Chandra Mehta]], age 67, Aadhaar [[ID_NUMBER|4820 6719 3534]]. He is diabetic and will need a fasting slot early in the morning. Please contact me, [[PERSON|Kavita Mehta]], at [[EMAIL_ADDRESS|kavita.mehta.pune@gmail.com]].",
    "My wife [[PERSON|Geneviève Ouellet-Barnes]] is 32 weeks pregnant and we just moved from Québec. Her SIN is [[ID_NUMBER|614 820 371]] and her new health card hasn't arrived yet. Can she still book the prenatal clinic? Reach me, [[PERSON|Darnell Barnes]], at [[PHONE_NUMBER|(613) 555-0148]].",
    "Patient [[PERSON|Szymon Wiśniewski]], PESEL [[ID_NUMBER|02240915715]], needs to move his MRI appointment. He is a student and can only come after 3pm on weekdays. His sister [[PERSON|Kinga]] will bring him.",
    "I'm booking an international patient consultation for my husband [[PERSON|Zhang Guoqiang]], resident identity number [[ID_NUMBER|110108199203084519]]. He has had chest pain on exertion for two months. Is a Mandarin interpreter available on Fridays?",
    "Please reschedule the polyclinic review for [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0219846G]], to next Tuesday morning. Her grandmother [[PERSON|Lim Ah Moi]] will accompany her and needs wheelchair access.",
    "My son [[PERSON|Noam Avraham Levi]] needs a medical letter for his army board. His teudat zehut is [[ID_NUMBER|204931687]]. Dr [[PERSON|Shulamit Katz]] treated his asthma until last year. How long does the letter take?",
    "Hi, I'm [[PERSON|Niamh Ní Dhubhghaill]] and my PPS number is [[ID_NUMBER|3920715B]]. I had a smear test at your clinic on 12 June and still haven't had the results. Could someone ring me on [[PHONE_NUMBER|07700 900027]]?",
    "Income protection claim for [[PERSON|Mitchell Kaye Armstrong]], tax file number [[ID_NUMBER|871 204 651]], policy [[ID_NUMBER|IP-50493817]]. He was signed off by his GP, Dr [[PERSON|Adaeze Uko]], after back surgery on 4 April. What forms are still missing?",
    "I'm travelling with my wife [[PERSON|Vasiliki Georgiou]], AMKA [[ID_NUMBER|03027905417]], who needs dialysis three times a week during our stay in Manchester. Can you arrange holiday dialysis? I am [[PERSON|Nikos Georgiou]], [[EMAIL_ADDRESS|nikos.georgiou77@gmail.com]].",
    "Reimbursement request for [[PERSON|Thiago Nascimento Barros]], CPF [[ID_NUMBER|761.093.452-61]], for the emergency visit in Orlando on 2 January. I paid the clinic with card [[CREDIT_CARD|5482 0971 3364 0252]] and have the receipt.",
    "Hello, I'm a foreign resident in Málaga. My NIE is [[ID_NUMBER|Y2841937W]] and my name is [[PERSON|Ruslan Akhmetov]]. I need to register my newborn daughter [[PERSON|Amina]] with the health centre. Which documents should I bring?",
    "Patient [[PERSON|Inês Margarida Lopes]], NIF [[ID_NUMBER|196402530]], utente number [[ID_NUMBER|284 719 305]], needs her thyroid prescription renewed before she travels to Canada for three months.",
    "My husband [[PERSON|Luca Bianchi]], codice fiscale [[ID_NUMBER|BNCLCU79A14F205K]], was treated at your A&E in Edinburgh while on holiday. Our insurer wants an itemised invoice. Please e-mail it to me, [[PERSON|Giorgia Bianchi]], at [[EMAIL_ADDRESS|giorgia.bianchi@libero.it]].",
    "I'm [[PERSON|Johanna Lindberg]], personnummer [[ID_NUMBER|910817-6240]]. I need to cancel my mammography appointment on the 9th and get a new one. My phone is [[PHONE_NUMBER|+46 70 174 06 31]].",
    "Patient [[PERSON|Aino Mäkelä]], henkilötunnus [[ID_NUMBER|030778-256Y]], is allergic to penicillin. Please make sure this is on her record before her surgery on Monday. Her husband [[PERSON|Juhani]] is her next of kin.",
    "My son [[PERSON|Tyler Jameson Brooks]] was seen at urgent care on 5/14. Member ID [[ID_NUMBER|XKW448207193]]. The claim shows as denied. The subscriber is me, [[PERSON|Kimberly Brooks]], SSN [[US_SSN|412-67-3098]]. Can you reprocess it?",
    "Hi, calling about my dad, [[PERSON|Earl Washington Pruitt]], Medicare number [[ID_NUMBER|5KD2-XW7-HN41]]. He needs prior authorisation for a knee MRI and his surgeon's office says it's with you. His phone is [[PHONE_NUMBER|(901) 555-0186]].",
    "Repeat prescription for [[PERSON|Sheila Margaret Dunstan]], DOB 12/09/1948, [[STREET_ADDRESS|4 Mill Lane, Tavistock PL19 8AL]]. Amlodipine and lansoprazole please, to be collected by her neighbour [[PERSON|Glenys]] on Friday.",
    "I'm the carer for [[PERSON|Tobias Wendt]], who has learning disabilities and a hospital appointment on the 22nd. Hospital number [[ID_NUMBER|K0937561]]. Please note on his file that he needs a quiet waiting area and that his mum, [[PERSON|Ursula Wendt]], must be in the room.",
    "Dental claim: policyholder [[PERSON|Aminata Diallo]], policy [[ID_NUMBER|DNT-772-019-84]], dependant [[PERSON|Mariama Diallo]], age 8. Two fillings on 15 March, £140. Please pay the refund to [[IBAN_CODE|GB74 HBUK 4012 7690 4513 82]].",
    "Hello, my aunt [[PERSON|Philomena Gatt]] moves into your care home on Monday. She is hard of hearing, takes warfarin and likes to be called [[PERSON|Phil]]. Her GP is Dr [[PERSON|Okafor-Reid]] at the Lindley surgery. My number is [[PHONE_NUMBER|0113 496 0558]].",
    "Can you check whether the prescription for [[PERSON|Dylan Rhys Cadwaladr]] is ready? Patient number [[ID_NUMBER|PX-0049215]]. His mum [[PERSON|Sian]] will collect it after work.",
    "My grandmother [[PERSON|Kalliope Andreou]] is on ward 7. My cousin [[PERSON|Stavros]] and I want to visit this evening. Is it two visitors at a time? Her patient number is [[ID_NUMBER|RBN 5528104]].",
    "My partner [[PERSON|Callum O'Driscoll]] broke his wrist skiing in Andorra. Policy [[ID_NUMBER|TRV-9083-1174]]. The clinic wants payment upfront. Can you call me, [[PERSON|Erin Fahy]], on [[PHONE_NUMBER|07700 900698]] or e-mail [[EMAIL_ADDRESS|erin.fahy@icloud.com]]?",
    "Please add a note for Dr [[PERSON|Ostrowska]]: my son [[PERSON|Reuben Ashkenazi-Flynn]], patient number [[ID_NUMBER|MH-30417]], has stopped taking his sertraline. He is 17. His father, [[PERSON|Daniel Flynn]], and I are worried and would like a call.",
    "Booking question for the midwife team: I'm [[PERSON|Amelia Rosenthal]], 12 weeks pregnant, NHS number [[ID_NUMBER|943 909 3315]]. My partner [[PERSON|Sam Okoro]] wants to come to the scan. Is that allowed?",
    "My father-in-law [[PERSON|Ramón Echeverría]] fell at home at [[STREET_ADDRESS|21 Wellington Crescent, Ramsgate CT11 8NU]] and is now back from hospital. Who arranges the occupational therapy visit? Please call his daughter [[PERSON|Pilar]] on [[PHONE_NUMBER|01632 960412]].",
    "Hi, this is [[PERSON|Babak Rostami]], patient [[ID_NUMBER|CL-882045]]. Dr [[PERSON|Yeo]] said my blood results would be back on Tuesday. Can someone text me on [[PHONE_NUMBER|07700 900903]]?",
    "Claim for [[PERSON|Oksana Hnatiuk]], member [[ID_NUMBER|GH-55019283]]. She has been off work since 1 February with long COVID. Her employer contact is [[PERSON|Julian Pierce]], [[EMAIL_ADDRESS|j.pierce@morland-print.co.uk]].",
    "My brother [[PERSON|Aziz Karimov]] is being discharged tomorrow but nobody has told us about his new medication. I'm his next of kin, [[PERSON|Dilnoza Karimova]], on [[PHONE_NUMBER|07700 900146]]. Who should I speak to?",
    "Our daughter [[PERSON|Isla-Rose McKinnon]] has an appointment at the allergy clinic on the 3rd. Hospital number [[ID_NUMBER|GGC4471093]]. Is there blue badge parking near the entrance? Her dad [[PERSON|Stuart McKinnon]] uses a wheelchair.",
    "Please take my daughter's premium from card [[CREDIT_CARD|4557 0139 2846 8133]] this month. Policyholder [[PERSON|Esther Goldfarb]], member ID [[ID_NUMBER|BCX902477165]].",
    "My mother [[PERSON|Sato Fumiko]] is visiting from Osaka and needs her insulin refilled. Her travel insurance number is [[ID_NUMBER|JTI-2209-55817]]. I'm [[PERSON|Emi Sato-Harris]], [[PHONE_NUMBER|(312) 555-0175]].",
]

# 30 messages with a secret in the prose: the first 15 say password, PIN, code or
# passcode, the last 15 do not.
SECRETS = [
    "My mum keeps forgetting her banking password, so she wrote it on the fridge: [[PASSWORD|Tulips&Tea1957]]. Can you help me convince her to use a password manager instead? Her name is [[PERSON|Maureen Tillotson]] and she's 81.",
    "The alarm code for the unit is [[PASSWORD|4471]] and the spare key is with [[PERSON|Ravi Nandakumar]] next door. Please write this into a tidy welcome note for the new cleaner.",
    "Can you proofread this before I send it to the babysitter? 'Hi [[PERSON|Courtney]], the door code is [[PASSWORD|2580#]] and the wifi password is [[PASSWORD|LemonTree_Garden42]]. [[PERSON|Maisie]] goes to bed at 7:30 and [[PERSON|Alfie]] can stay up till 8.'",
    "I set up my dad's new phone. His PIN is [[PASSWORD|190358]] and his Apple ID password is [[PASSWORD|Brockley!Station7]]. How do I turn on Face ID so [[PERSON|Desmond Quarshie]] doesn't have to type them every time?",
    "Recovery codes for my work account, in case I lose my phone: [[PASSWORD|8k2m-4rtx]], [[PASSWORD|p9qz-71wd]], [[PASSWORD|h3vn-c08j]]. Is it safe to keep them in my notes app?",
    "Our shared streaming login is [[ID_NUMBER|thekowalskis2019]] with password [[PASSWORD|Pierogi4Ever!]]. My brother-in-law [[PERSON|Marcin]] changed it without telling anyone. Write a passive-aggressive family group message about it.",
    "The gate code at grandma's is [[PASSWORD|1947*]] and the key safe is [[PASSWORD|0312]]. Please turn this into clear instructions for the new carer, [[PERSON|Ebony Fraser]], who starts on Monday.",
    "My SIM PIN is [[PASSWORD|7026]] and the PUK is [[PASSWORD|48153920]]. The phone contract is in my name, [[PERSON|Hyun-woo Baek]]. Why would it lock itself after a software update?",
    "The office wifi is Harbourside-Staff and the passphrase is [[PASSWORD|gull-anchor-tide-93]]. Can you write a sign for the kitchen telling visitors to use the guest network instead? Sign it from [[PERSON|Morven Aitchison]], office manager.",
    "Here's my login for the school portal so you can see the error: username [[ID_NUMBER|pmwangi.parent]], password [[PASSWORD|Kibera#2011]]. My daughter is [[PERSON|Wambui Mwangi]] in class 6B.",
    "Locker combination and padlock code: [[PASSWORD|3-17-29]] and [[PASSWORD|8842]]. I keep mixing them up. [[PERSON|Kai]] from swim club says I should write them on my arm, lol.",
    "Forgot my PIN again. I was sure it was [[PASSWORD|5081]], but the machine rejected it twice. The card is [[CREDIT_CARD|5273 8164 9025 3372]], in the name of [[PERSON|Aurelio Mendes-Ferraz]]. What's the fastest way to reset it without going into a branch?",
    "Can you make this note friendlier for my guests? 'Lockbox code: [[PASSWORD|5519]]. Wifi: CasaAzul, password [[PASSWORD|azulejo2023!]]. Any problems, message [[PERSON|Inmaculada]] on [[PHONE_NUMBER|+1 305 555 0119]].'",
    "My password for everything used to be [[PASSWORD|Chelsea1905!]] until someone logged into my e-mail from [[IP_ADDRESS|198.51.100.77]]. I'm [[PERSON|Dean Featherstone]], by the way. What should I change first?",
    "The garage door opener code is [[PASSWORD|639170]]. My neighbour [[PERSON|Gunnar Eriksen]] needs it while we're away; please write him a short message with it and the bin collection days.",
    "I always use [[PASSWORD|Bluebell.Cottage88]] for everything, banking included. Is that really as bad as my son [[PERSON|Tobi]] says?",
    "For the new laptop I picked [[PASSWORD|Zanzibar-Sunset-2019]] because it's where [[PERSON|Halima]] and I got married. Will the admin tool accept dashes?",
    "Tell [[PERSON|Eoin Brannigan]] the router key is [[PASSWORD|7Fh2kQ9xLp3w]] and to stop asking me every time he visits.",
    "The bike lock combination is [[PASSWORD|0-4-1-9]], our wedding anniversary. [[PERSON|Roisin Keogh]] borrowed the bike and can't get it off the rack. How can she reset a four-dial lock?",
    "Log in as [[ID_NUMBER|gbalogun_admin]] with [[PASSWORD|Ibadan#Rain77]] and check why the invoices page is blank. I'm [[PERSON|Gbenga Balogun]], and I'll be offline till Monday.",
    "My Steam account is [[ID_NUMBER|frostbyte_kiwi]] and the last thing I remember setting it to was [[PASSWORD|pohutukawa!22]]. Support says the account isn't mine. How do I prove ownership?",
    "Punch [[PASSWORD|7734]] into the keypad by the side door, then the hall light is on the left. Can you rewrite that as a clear message for Mrs [[PERSON|Okafor]]'s cleaner?",
    "My wallet's seed words are [[PASSWORD|orbit canvas lemon thrive saddle ocean middle fresh dwarf pilot amber kettle]]. Is it safe to store them in a Google Doc?",
    "My Netflix sign-in is [[EMAIL_ADDRESS|jolene.okafor1@gmail.com]] with [[PASSWORD|sunflowers4jo]], and someone in Brazil is watching on it. Help me kick them off.",
    "Backup phrase for the family NAS: [[PASSWORD|Marrow!Harbour!Falcon]]. Uncle [[PERSON|Dev]] set it up and nobody else knows where the box is.",
    "Can you turn this into a handover note? The till opens with [[PASSWORD|2468]], the safe with [[PASSWORD|91-33-07]], and the manager on call this week is [[PERSON|Parisa Mohammadi]].",
    "I reuse [[PASSWORD|Tigger2005]] on all my kids' accounts so they can remember it. [[PERSON|Lily-Mae]] is 9 and [[PERSON|Ryan]] is 12. Bad idea?",
    "Just so you know, my secret word for the bank phone line is [[PASSWORD|marmalade]] and my customer number is [[ID_NUMBER|40918822]]. Please write me a script for calling them about a blocked transfer.",
    "The Instagram handle I want back is [[ID_NUMBER|@ayesha.bakes.bristol]], and I'm sure the last login I used was [[PASSWORD|Cupcake_Queen91]]. Write an appeal to Meta support from [[PERSON|Ayesha Siddiqui-Ross]].",
    "After the break-in we changed the keypad to [[PASSWORD|080614]]. [[PERSON|Lindani]] and [[PERSON|Refilwe]] know it; nobody else should. Write a short WhatsApp to them reminding them not to share it.",
]

# 25 long writing prompts about fictional or historical characters and public figures.
CLEAN_PROMPTS = [
    "Write a 600-word short story in which Sherlock Holmes and Dr Watson investigate a missing painting in a Cornish fishing village during a storm. Keep Watson as the narrator and end with a twist that depends on the tides.",
    "Draft a persuasive speech for a school debate arguing that Ada Lovelace deserves more credit than Charles Babbage for the idea of general-purpose computing. It should last about four minutes and include two rebuttals.",
    "Write an essay of around 800 words comparing the leadership styles of Elizabeth I and Catherine the Great, paying attention to how each handled religion, foreign threats and rivals at court.",
    "Compose a letter from Jane Eyre to Mr Rochester written ten years after their marriage, reflecting on Thornfield, on Bertha and on what she has learned since. Use the voice of the novel.",
    "I'm writing a graphic novel about the Apollo 13 mission. Write the scene where Jim Lovell, Fred Haise and Jack Swigert realise the oxygen tank has failed, with panel descriptions and dialogue for six panels.",
    "Write a eulogy for Gandalf as if delivered by Samwise Gamgee at a gathering in the Shire, mixing humour and grief, in about 500 words.",
    "Write a motivational speech in the style of a half-time team talk, but delivered by Captain Ahab to the crew of the Pequod. Make it dramatic and slightly unhinged, around 400 words.",
    "Produce a 1,000-word essay on how Frederick Douglass used his autobiographies as political tools, drawing on the Narrative of 1845 and My Bondage and My Freedom, with a clear argument in the introduction.",
    "Write a bedtime story for a six-year-old about Paddington Bear getting lost in the Natural History Museum and making friends with a dinosaur skeleton who is afraid of the dark.",
    "Imagine Marie Curie and Rosalind Franklin meet at a conference. Write their conversation about being women in science, about 700 words, keeping the details historically plausible.",
    "Write the wedding speech Mr Bennet gives at Elizabeth's wedding to Mr Darcy, full of dry wit about Mrs Bennet, Lydia and the entail, in about 500 words.",
    "Write a persuasive essay arguing whether Brutus is a hero or a traitor in Shakespeare's Julius Caesar, quoting from Act 3 and considering Mark Antony's funeral speech.",
    "Write a cover letter for Hermione Granger applying to the Department of Magical Law Enforcement, highlighting her campaign for house-elf rights and her record at Hogwarts.",
    "Write a diary entry by Samuel Pepys describing a modern-day London Tube strike, in his seventeenth-century style, with complaints about the price of a cab.",
    "Write a five-minute keynote speech on resilience for a business conference, using the examples of Nelson Mandela, Malala Yousafzai and Ernest Shackleton, with a memorable closing line.",
    "Write a complaint letter from Ebenezer Scrooge to the Ghost of Christmas Yet to Come about being shown his own grave without consent. Keep it funny and in Victorian English.",
    "Write a story in which Odysseus returns to Ithaca in the present day and finds Penelope running a successful olive oil business with Telemachus as her accountant.",
    "Write an essay on the causes of the French Revolution, discussing the roles of Louis XVI, Marie Antoinette and Robespierre, in about 900 words with a clear thesis and a conclusion.",
    "Write a reference letter from Albus Dumbledore recommending Neville Longbottom for the post of Herbology teacher, mentioning the Battle of Hogwarts.",
    "Write a short play in which Leonardo da Vinci and Steve Jobs argue about design and craftsmanship in a café in Florence, with stage directions.",
    "Write a landlord dispute scene for a sitcom where Homer Simpson is the tenant and Ned Flanders is the landlord. Keep it family friendly and under 600 words.",
    "Write a 700-word biography of Mary Seacole for primary school pupils, explaining her work during the Crimean War and why she became famous again in the twentieth century.",
    "Write a school report for Bart Simpson from Mrs Krabappel's point of view, funny but not mean, covering behaviour, reading and science.",
    "Write a speech that Abraham Lincoln might have given if he had visited a modern American classroom, in his rhetorical style, about 400 words.",
    "Write a long letter from Anne Shirley to Diana Barry describing her first term at Queen's Academy, with vivid descriptions of Charlottetown and her new classmates.",
]

# 20 grade-school word problems with fictional first names.
CLEAN_MATHS = [
    "Maya bakes 4 trays of cookies with 18 cookies on each tray. She gives 23 cookies to her neighbours and packs the rest into bags of 7. How many full bags can she make, and how many cookies are left over?",
    "Jonah reads 12 pages on Monday and twice as many on Tuesday. On Wednesday he reads 5 fewer pages than on Tuesday. If the book has 120 pages, how many pages does he still have to read?",
    "A farmer named Rosa has 36 chickens and 14 goats. Each chicken eats 0.25 kg of feed a day and each goat eats 1.5 kg. How much feed does Rosa need for one week?",
    "Leo buys 3 notebooks at $2.40 each and a pen for $1.15. He pays with a $10 bill. How much change does he get back?",
    "Priya runs 2.5 km every weekday and 6 km on Saturday. She rests on Sunday. How many kilometres does she run in four weeks?",
    "There are 28 students in Mr Ortiz's class. Three-quarters of them bring a packed lunch and the rest buy school lunch for $3 each. How much do the students who buy lunch spend in a 5-day week?",
    "Sam's garden is 12 m long and 8 m wide. He wants to put a fence around it but leave a 1.5 m gap for a gate. Fencing costs $14 per metre. How much will the fence cost?",
    "Hannah saves $15 every week. Her brother Eli saves $4 more than she does each week. After how many weeks will they have saved $408 together?",
    "A bus leaves at 8:45 and takes 1 hour 35 minutes to reach the city. Amara's train leaves at 9:10 and takes 58 minutes. Who arrives first, and by how many minutes?",
    "Carlos has 5 boxes of pencils with 24 pencils in each box. He gives one third of all the pencils to his sister Lucia and shares the rest equally among 8 friends. How many pencils does each friend get?",
    "A pizza is cut into 12 slices. Noah eats 3 slices, Ava eats 2 more than Noah, and Zoe eats half as many as Ava. How many slices are left?",
    "Grace sells lemonade for $1.25 a cup. On Saturday she sells 48 cups and on Sunday she sells 30% more than on Saturday. How much money does she make over the weekend?",
    "Oliver's fish tank holds 60 litres. He fills it at 4 litres per minute, but it leaks 0.5 litres per minute. How many minutes does it take to fill the tank?",
    "Mia is 4 years older than her brother Finn. In 6 years, the sum of their ages will be 38. How old is Finn now?",
    "A school trip costs $18 per student plus $120 for the bus. If 35 students go and Ms Chen collects $25 from each of them, how much money is left over?",
    "Ethan walks his dog 3 times a day for 20 minutes each time. How many hours does he spend walking the dog in April?",
    "Isabel buys a coat marked $80 with a 25% discount and then pays 8% sales tax on the discounted price. What is the final price she pays?",
    "A library has 1,240 books. Tom donates 85 more, and then the library gives away 12% of the new total. How many books are left?",
    "Ruby plants 6 rows of tulips with 15 bulbs in each row. If 4 out of every 5 bulbs flower, how many tulips bloom?",
    "Kofi earns $12 an hour and works 6 hours on Saturday and 4 hours on Sunday. He spends a quarter of his weekend pay on a video game. How much money does he have left?",
]

# 20 multiple-choice exam items with options A to D.
CLEAN_EXAM = [
    "Which of the following best describes the holding in Marbury v. Madison (1803)? A) Congress may regulate interstate commerce. B) The Supreme Court may review the constitutionality of acts of Congress. C) States may not tax federal institutions. D) Separate but equal facilities are constitutional.",
    "A 58-year-old presents with crushing chest pain radiating to the left arm and ST elevation in leads II, III and aVF. Which artery is most likely occluded? A) Left anterior descending B) Left circumflex C) Right coronary artery D) Left main stem",
    "Who led the Haitian Revolution before being captured by the French in 1802? A) Jean-Jacques Dessalines B) Toussaint Louverture C) Henri Christophe D) Simón Bolívar",
    "Under the doctrine of promissory estoppel, which element is required? A) Consideration given by the promisee B) A written contract C) Reasonable reliance on a promise to one's detriment D) A deed executed under seal",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "Magna Carta was sealed in 1215 by which English king? A) Henry II B) Richard I C) John D) Edward I",
    "Which drug is the first-line treatment for anaphylaxis? A) Oral antihistamine B) Intramuscular adrenaline C) Intravenous hydrocortisone D) Nebulised salbutamol",
    "In tort law, the eggshell skull rule means that: A) the claimant must prove intent B) the defendant takes the victim as they find them C) damages are capped for pre-existing conditions D) contributory negligence is a complete defence",
    "Which treaty ended the Thirty Years' War? A) Treaty of Utrecht B) Peace of Westphalia C) Treaty of Tordesillas D) Congress of Vienna",
    "Which of these is a feature of Cushing's syndrome? A) Weight loss and hypotension B) Central obesity and purple striae C) Hyperpigmented skin and hyponatraemia D) Exophthalmos and tremor",
    "Who was the first Roman emperor? A) Julius Caesar B) Augustus C) Nero D) Constantine",
    "In most common law jurisdictions a valid will must usually be: A) notarised and registered B) in writing, signed by the testator and witnessed C) approved by a court before death D) written entirely by hand",
    "Which nerve is compressed in carpal tunnel syndrome? A) Ulnar B) Radial C) Median D) Musculocutaneous",
    "Whose 1492 voyage was sponsored by Ferdinand and Isabella of Spain? A) Vasco da Gama B) Christopher Columbus C) Ferdinand Magellan D) John Cabot",
    "The mens rea for murder at common law is best described as: A) negligence B) malice aforethought C) strict liability D) recklessness as to property damage",
    "Which organism is the most common cause of community-acquired pneumonia in adults? A) Staphylococcus aureus B) Streptococcus pneumoniae C) Pseudomonas aeruginosa D) Legionella pneumophila",
    "Who co-wrote The Communist Manifesto with Karl Marx? A) Friedrich Engels B) Vladimir Lenin C) Leon Trotsky D) Rosa Luxemburg",
    "Which amendment to the US Constitution abolished slavery? A) Tenth B) Thirteenth C) Fifteenth D) Nineteenth",
    "A Glasgow Coma Scale score of 8 or less usually indicates: A) a minor head injury B) the need to consider airway protection C) brain death D) normal consciousness",
    "Which ruler of ancient Egypt formed alliances with Julius Caesar and Mark Antony? A) Nefertiti B) Hatshepsut C) Cleopatra VII D) Ankhesenamun",
]

# 15 general health questions with no personal detail.
CLEAN_HEALTH = [
    "What are the early warning signs of a stroke, and why is it important to act fast?",
    "How much water should an adult drink in a day, and does coffee count towards it?",
    "Is it safe to take ibuprofen and paracetamol together for a bad headache?",
    "What is the difference between a cold and the flu, and when should someone see a doctor?",
    "How long does a sprained ankle usually take to heal, and should you use ice or heat?",
    "What does a high cholesterol reading mean, and which lifestyle changes can lower it?",
    "Can you explain what a normal blood pressure range is for adults?",
    "Why do some vaccines need booster doses while others seem to last a lifetime?",
    "What are common symptoms of iron deficiency anaemia, and which foods are rich in iron?",
    "Is it normal to feel dizzy when standing up quickly, and what causes it?",
    "How can I tell whether a rash needs medical attention?",
    "How much sleep do teenagers need, and why does it matter for school performance?",
    "What should be in a basic first aid kit for a family home?",
    "How does type 2 diabetes differ from type 1, and can it be reversed with diet?",
    "When is a fever in a toddler considered dangerous?",
]

# 20 questions to a hospital or insurer chatbot about policies that name no person.
CLEAN_POLICY = [
    "What are the visiting hours on the general medical wards, and are children allowed to visit?",
    "Does my health insurance policy cover physiotherapy without a GP referral?",
    "How do I request a copy of my medical records, and is there a fee?",
    "What is the process for making a complaint about the care I received in the emergency department?",
    "Can I change my registered GP practice online, or do I need to fill in a paper form?",
    "Is there free parking for patients attending chemotherapy appointments?",
    "How long does it usually take for a dental claim to be paid after I submit the receipts?",
    "What documents do I need to bring to my first antenatal appointment?",
    "Does the travel insurance cover pre-existing conditions if I declare them when I buy the policy?",
    "How do I cancel an outpatient appointment, and how much notice should I give?",
    "Are interpreters available for patients who do not speak English, and how are they booked?",
    "What is the excess on the standard family health plan, and does it apply per claim or per year?",
    "Can a relative collect a prescription on behalf of a patient, and what ID do they need to show?",
    "What happens to my cover if I miss a monthly premium payment?",
    "Is there a quiet room or sensory-friendly waiting area for autistic patients?",
    "How do I get pre-authorisation for an MRI scan under my policy?",
    "Which items are patients not allowed to bring onto the maternity ward?",
    "Does the hospital offer a patient transport service for people who cannot drive?",
    "Can I add a newborn to my health insurance plan, and how soon after the birth must I do it?",
    "What is the hospital's policy on mobile phone use in the intensive care unit?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "870523-3818": luhn_len(10),  # Swedish personnummer
    "910817-6240": luhn_len(10),
    "150392-418A": hetu_ok,  # Finnish henkilötunnus
    "030778-256Y": hetu_ok,
    "22048630190": fodselsnummer_ok,  # Norwegian fødselsnummer
    "273619408": bsn_ok,  # Dutch BSN
    "88071503859": pesel_ok,  # Polish PESEL
    "02240915715": pesel_ok,
    "38271640540": kimlik_ok,  # Turkish kimlik
    "538.204.917-32": cpf_ok,  # Brazilian CPF
    "761.093.452-61": cpf_ok,
    "47302918Z": dni_ok,  # Spanish DNI
    "Y2841937W": dni_ok,  # Spanish NIE
    "2 86 08 75 114 207 56": nir_ok,  # French NIR
    "RSSMRT85M52H501T": codice_fiscale_ok,  # Italian codice fiscale
    "BNCLCU79A14F205K": codice_fiscale_ok,
    "238174603": nif_ok,  # Portuguese NIF
    "196402530": nif_ok,
    "78.04.12-273.63": belgian_id_ok,  # Belgian national number
    "8809125124087": luhn_len(13),  # South African id
    "9102030167089": luhn_len(13),
    "7381 5062 9420": aadhaar_ok,  # Indian Aadhaar
    "4820 6719 3534": aadhaar_ok,
    "527 319 644": luhn_len(9),  # Canadian SIN
    "614 820 371": luhn_len(9),
    "943 476 5919": nhs_ok,  # NHS numbers
    "944 217 6080": nhs_ok,
    "943 582 0174": nhs_ok,
    "943 909 3315": nhs_ok,
    "440305198706152732": china_id_ok,  # Chinese resident identity card
    "110108199203084519": china_id_ok,
    "S8834172D": nric_ok,  # Singapore NRIC
    "T0219846G": nric_ok,
    "318572047": luhn_len(9),  # Israeli teudat zehut
    "204931687": luhn_len(9),
    "6183402W": pps_ok,  # Irish PPS number
    "3920715B": pps_ok,
    "459 823 715": tfn_ok,  # Australian tax file number
    "871 204 651": tfn_ok,
    "2947 18360 1": medicare_ok,  # Australian Medicare card
    "15078812342": luhn_len(11),  # Greek AMKA
    "03027905417": luhn_len(11),
    "880415-1254372": rrn_ok,  # Korean resident registration number
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"01(13|14|15|16|17|18|21|31|41|51|61|91) 496 0\d{3}",  # UK cities
        r"01632 960\d{3}",  # UK drama area code
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"070-174 06 \d{2}",  # Sweden
        r"\+46 70 174 06 \d{2}",
        r"06 39 98 \d{2} \d{2}",  # France
        r"030 23125 \d{3}",  # Germany: Berlin, Hamburg
        r"\+49 40 66969 \d{3}",
    )
]

KEYWORDS = re.compile(r"\b(password|passwords|passcode|passphrase|pin|code|codes)\b", re.IGNORECASE)
MARK_TEXT = re.compile(r"\[\[[A-Z_]+\|.+?\]\]", re.DOTALL)


def _people(marked: str) -> list[str]:
    return [s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"]


def _sentences(marked: str) -> int:
    """Sentences of a text with every marked value replaced by one word."""
    plain = MARK_TEXT.sub("X", marked)
    return len(re.findall(r"[.!?](?=\s+['A-Z]|['\"]?$)", plain.strip()))


def _length(texts: list[str], bounds: tuple[int, int], section: str) -> None:
    for marked in texts:
        if not bounds[0] <= word_count(marked) <= bounds[1]:
            raise SystemExit(f"{section}: {word_count(marked)} words in {marked[:60]!r}")


def check_records(texts: list[str]) -> None:
    """Records: one to three sentences and one person each; the first 20 hold only a name,
    the other 60 at least one more value."""
    _length(texts, RECORD_WORDS, "records")
    for i, marked in enumerate(texts):
        if not 1 <= _sentences(marked) <= 3:
            raise SystemExit(f"records: {_sentences(marked)} sentences in {marked[:60]!r}")
        if len(set(_people(marked))) != 1:
            raise SystemExit(f"records: want one person in {marked[:60]!r}")
        others = [s for s in marked_spans(marked) if s["type"] != "PERSON"]
        if bool(others) != (i >= 20):
            raise SystemExit(
                f"records: the first 20 and only they hold a name alone: {marked[:60]!r}"
            )


def check_letters(texts: list[str]) -> None:
    """Long messages: 60 to 200 words, at least three people and a repeated name each; at
    least 30 say a person again by a lone surname or first name taken from a full name."""
    _length(texts, LETTER_WORDS, "letters")
    short_again = 0
    for marked in texts:
        people = _people(marked)
        again = len(people) > len(set(people)) or any(
            a != b and set(a.split()) & set(b.split()) for a in people for b in people
        )
        if len(set(people)) < 3 or not again:
            raise SystemExit(f"letters: want several people, one named again, in {marked[:60]!r}")
        full = [p.split() for p in people if len(p.split()) > 1]
        short_again += any(len(p.split()) == 1 and any(p in f for f in full) for p in people)
    if short_again < 30:
        raise SystemExit(f"letters: {short_again} say a name part again, want 30")


def check_medical(texts: list[str]) -> None:
    """Medical messages: 15 to 120 words, a person each, at least 30 with an id number."""
    _length(texts, MEDICAL_WORDS, "medical")
    with_id = 0
    for marked in texts:
        if not _people(marked):
            raise SystemExit(f"medical: no person in {marked[:60]!r}")
        with_id += any(s["type"] == "ID_NUMBER" for s in marked_spans(marked))
    if with_id < 30:
        raise SystemExit(f"medical: {with_id} with an id number, want 30")


def check_secrets(texts: list[str]) -> None:
    """Secrets: a password or login in each; the first 15 say a keyword, the last 15 not."""
    _length(texts, SECRET_WORDS, "secrets")
    for i, marked in enumerate(texts):
        if not any(s["type"] in {"PASSWORD", "ID_NUMBER"} for s in marked_spans(marked)):
            raise SystemExit(f"secrets: no secret in {marked[:60]!r}")
        if bool(KEYWORDS.search(strip_marks(marked)[0])) != (i < 15):
            raise SystemExit(f"secrets: keyword in the wrong half: {marked[:60]!r}")


def check_exam(texts: list[str]) -> None:
    """Exam items offer options A) to D)."""
    for text in texts:
        if not all(f"{letter}) " in text for letter in "ABCD"):
            raise SystemExit(f"exam: options missing in {text[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.")
            ):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def main() -> None:
    sections = {
        "records": (RECORDS, 80),
        "letters": (LETTERS, 70),
        "medical": (MEDICAL, 40),
        "secrets": (SECRETS, 30),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean health": (CLEAN_HEALTH, 15),
        "clean policy": (CLEAN_POLICY, 20),
    }
    pii = RECORDS + LETTERS + MEDICAL + SECRETS
    check_records(RECORDS)
    check_letters(LETTERS)
    check_medical(MEDICAL)
    check_secrets(SECRETS)
    check_exam(CLEAN_EXAM)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind28", HERE, sections, {"records", "letters", "medical", "secrets"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=RECORDS, lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
