# ruff: noqa: E501
"""A sixty-first blind privacy set: 220 texts with personal data and 100 clean ones, an
independent sample of what a company's LLM gateway sees.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
table and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 110 chat requests (4 to 120 words) from employees and customers: HR questions about named
  colleagues, customer replies quoting a customer's name, order and address, doctors' and
  carers' notes about named patients, tenants and landlords, parents writing about named
  children and teachers, and people sharing their own phone, e-mail and address (UK,
  Ireland, France, Germany, the Netherlands, Poland, Portugal, Brazil, Mexico, India,
  Pakistan, Nigeria, South Africa, Australia, New Zealand, Canada, the USA), passwords,
  PINs, one-time codes, account and national id numbers, cards and IBANs; the first 30 are
  typed all in lower case with chat shorthand;
* 60 one-line records of one invented person each, in the manner of synthetic PII benchmark
  sentences, one to three identifiers each (4 to 45 words);
* 50 pasted snippets (8 to 200 words): e-mail threads with signatures, CSV rows, JSON
  records, log lines with usernames, IPs and API keys, meeting notes with attendee lists.

Usernames and logins, account, customer, member, employee, student and patient numbers,
passports, driver licences, tax and national ids are ID_NUMBER; PINs, door and key-safe
codes, wifi keys, one-time codes and passwords PASSWORD; titles and relation words (Mr, Mrs,
Dr, Herr, Frau, Mme, Pani, Coach, my son) stay outside PERSON spans; an address span runs
from the first street line through the postcode and city as typed; public figures,
fictional characters, brands, places named after people, order, tracking and invoice
numbers and dates of birth are not labelled; every occurrence of a private value is marked.
The 100 clean texts hold no personal data: 30 benchmark-style items (15 MMLU-style
questions with options A to D, 15 GSM8K-style word problems with fictional first names),
30 everyday requests naming nobody, 20 requests naming public figures, fictional
characters, brands and places named after people, and 20 technical requests whose only
data are placeholders.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0; North America 555-01xx; Australia 0491 57x and (0x) 5550 / 7010; France
06 39 98; Germany 030 23125, 040 66969) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS number, Irish PPS, French NIR, German Steuer-ID,
Dutch BSN, Polish PESEL, Portuguese NIF, Brazilian CPF, Indian Aadhaar, South African id,
Australian TFN and Medicare, New Zealand NHI, Canadian SIN).

Run ``.venv/bin/python bench/data/build_blind61.py`` from the repository root; the output is
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
    cpf_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    nhi_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (4, 120)
RECORD_WORDS = (4, 45)
SNIPPET_WORDS = (8, 200)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Pani|Coach|Whaea|Professora|Sr|Sra)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 110 chat requests from employees and customers: the first 30 typed all in lower case.
CHAT = [
    "hr q: how much annual leave does [[PERSON|priya raghunathan]] have left? her emp no is [[ID_NUMBER|emp-40917]], payroll shows 3 days but she swears its 8",
    "pls draft a reply to [[PERSON|tom okafor]], order 88213-kx never turned up at [[STREET_ADDRESS|14 mill lane, hebden bridge hx7 8aq]]. say we'll resend tmrw, thx",
    "new mobile is [[PHONE_NUMBER|07700 900418]] n email [[EMAIL_ADDRESS|sinead.kav88@eircom.net]], can u update my profile",
    "forgot my pin again lol. is it [[PASSWORD|4471]] or [[PASSWORD|7714]]?? bank app locks after 3 tries",
    "dr says [[PERSON|marguerite lefèvre]] needs bloods redone fri. her nir is [[ID_NUMBER|287116912345686]], can u book the lab slot",
    "landlord here. tenant [[PERSON|kasia wiśniewska]] at [[STREET_ADDRESS|ul. ogrodowa 17/4, 00-876 warszawa]] is 2 months behind, how do i write a polite but firm warning",
    "my son [[PERSON|oisín]] keeps getting detention off mr [[PERSON|hartigan]] for talking. is that even allowed for 1st class??",
    "carer note: [[PERSON|edna pollard]] refused lunch again. daughter [[PERSON|julie]] says ring her on [[PHONE_NUMBER|0161 496 0732]] if she wont drink either",
    "whats the iban format for ireland? mine is [[IBAN_CODE|ie33 bofi 9058 3716 2840 59]] and the form keeps rejecting it",
    "shared finance drive pw is [[PASSWORD|ledger!moth22]], pls rotate it asap, [[PERSON|gareth]] left fri and he knew it",
    "aadhaar update: no. is [[ID_NUMBER|5284 7193 0629]], new addr [[STREET_ADDRESS|flat 3b, sai krupa apts, 12th cross, indiranagar, bengaluru 560038]]. what docs do i need",
    "translate to portuguese pls: hi [[PERSON|joão]], ur parcel for [[STREET_ADDRESS|rua das flores 112, 4050-262 porto]] is held at customs, call [[PHONE_NUMBER|+351 912 480 376]]",
    "teacher ms [[PERSON|okonjo]] emailed me from [[EMAIL_ADDRESS|c.okonjo@stbrendans-primary.ie]] re [[PERSON|ruairí]] skipping homework. how do i answer w/o sounding defensive",
    "need to pay rent to my landlord [[PERSON|hennie du plessis]], fnb acc [[ID_NUMBER|62841930572]], ref flat 2. is eft same day in sa?",
    "my cpf is [[ID_NUMBER|483.920.175-79]] and the site says invalid?? tried w/o dots too",
    "login [[ID_NUMBER|rkhan_92]] pw [[PASSWORD|shalimar#1992]] not working on vpn since tues, help",
    "pt [[PERSON|bongani mthembu]] bp 150/95 this am, gp is dr [[PERSON|naidoo]], id no [[ID_NUMBER|8804125123080]]. write it up as a sbar",
    "how do i tell [[PERSON|fatima]] from accounts her probation got extended w/o her crying in the meeting lol",
    "shipping to mx: [[PERSON|guadalupe ríos]], [[STREET_ADDRESS|av. insurgentes sur 1457, col. insurgentes mixcoac, 03920 ciudad de méxico]], tel [[PHONE_NUMBER|+52 55 4821 0937]]. whats the customs form called",
    "property mgr [[PERSON|aroha pene]] wont fix the mould. her email is [[EMAIL_ADDRESS|aroha.p@harbourlets.co.nz]], can u write smth firm",
    "write a sick note for [[PERSON|declan]] pls, flu since mon. my num [[PHONE_NUMBER|+353 87 214 6093]] if school needs to call",
    "my tfn is [[ID_NUMBER|483 091 708]], does it go on the super form or leave blank?",
    "fyi new starter [[PERSON|wojciech nowicki]] pesel [[ID_NUMBER|92031547186]] needs a laptop by mon, who do i ping",
    "card [[CREDIT_CARD|4539 1728 4061 5735]] declined twice at checkout, exp 09/27. is ur payment page down or is it me",
    "summarise for my mum pls: gp dr [[PERSON|amelia rowe]] says dad's nhs no [[ID_NUMBER|485 219 7369]] has to go on the referral",
    "office alarm code is [[PASSWORD|2580]]# now?? who changed it, [[PERSON|lindiwe]] cant get in",
    "cnic [[ID_NUMBER|35202-4819736-5]], ntn form wants father name too. is [[PERSON|muhammad tariq]] enough or full name",
    "wifi pw at the flat is [[PASSWORD|kettle-on-4ever]], make me a cute sign for guests",
    "nin [[ID_NUMBER|48210397561]] + bvn [[ID_NUMBER|22193748105]], bank app wants both. safe to paste here?",
    "reply to customer [[PERSON|bianca ferreira]]: refund of r$ 249,90 goes back to her pix key [[EMAIL_ADDRESS|bia.ferreira.rj@gmail.com]] in 2 working days",
    "HR question: [[PERSON|Siobhán Mulcahy]] in Finance has asked to see her full disciplinary file. Her employee number is [[ID_NUMBER|E-22871]]. What do we have to hand over under GDPR, and how fast?",
    "Could you make this customer reply warmer? 'Dear Mr [[PERSON|Abernethy]], your order to [[STREET_ADDRESS|27 Kingsway, Hove BN3 4FA]] was split into two parcels and the second is delayed.'",
    "Tidy up my ward handover, please: Frau [[PERSON|Henrike Vogt]], 78, admitted with pneumonia, lives alone at [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]]; her son [[PERSON|Matthias]] is on [[PHONE_NUMBER|030 23125 418]].",
    "Is it legal for my landlord, Mr [[PERSON|Pieter de Graaf]], to demand my BSN ([[ID_NUMBER|273940181]]) before we sign a rental contract in Utrecht?",
    "Our daughter [[PERSON|Zofia Kamińska]] is being moved to another class by Pani [[PERSON|Rutkowska]] halfway through the year. Help me write a calm note asking why.",
    "Fill in this delivery form with my details, please — [[PERSON|Callum Ferris]], [[STREET_ADDRESS|41 Dunnock Road, Leeds LS6 2QT]], [[EMAIL_ADDRESS|callum.ferris@btinternet.com]], [[PHONE_NUMBER|07700 900527]].",
    "Where on the 2024 W-4 does my SSN go? It's [[US_SSN|512-74-3098]] and the PDF won't accept the dashes.",
    "My employer in Halifax insists my SIN [[ID_NUMBER|273 918 466]] is mistyped. Is there a way to check it myself?",
    "Before I wire the deposit to Herr [[PERSON|Kessler]], can you confirm that [[IBAN_CODE|DE40 5001 0517 5417 3960 28]] is a correctly formed German IBAN?",
    "Somebody used my Amex [[CREDIT_CARD|3742 981506 37211]] at a hotel in Lisbon while I was at home in Toronto. Draft a dispute letter.",
    "GP letter, check the tone: 'I reviewed Mrs [[PERSON|Adaeze Nwosu]] today regarding her asthma. She can be contacted on [[PHONE_NUMBER|0803 417 2950]] and prefers WhatsApp.'",
    "Teacher here. A parent, [[PERSON|Rhys Pritchard]], keeps emailing me at 11pm from [[EMAIL_ADDRESS|rhys.pritchard77@outlook.com]] about his son [[PERSON|Owain]]'s reading level. How do I set boundaries politely?",
    "Write a short apology to [[PERSON|Maëlle Girard]]: her espresso machine, shipped to [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]], arrived with a cracked water tank. Offer a replacement.",
    "Honest opinion: I use [[PASSWORD|Gr@nite-Valley-2024]] for both my bank and my email. Bad idea?",
    "Change my delivery address to [[STREET_ADDRESS|House No. 221, Sector 15A, Noida 201301]] and my number to [[PHONE_NUMBER|+91 98450 27316]]. Name on the account: [[PERSON|Ritu Malhotra]].",
    "My uncle [[PERSON|Shahid Rehman]] in Lahore wants to receive money through my Wise account. His mobile is [[PHONE_NUMBER|0321-4870915]]. What will Wise ask him for?",
    "I'm applying for a lease in Cape Town. Is it normal for the agent to want my ID number, [[ID_NUMBER|9507230184082]], plus three months of bank statements?",
    "I'm [[PERSON|Lachlan Pryor]] and my Medicare card [[ID_NUMBER|2948 17366 1]] expired last month. Do I need the new one before booking a GP in Fremantle?",
    "My NHI is [[ID_NUMBER|JBT9156]]. The pharmacy in Dunedin can't find my prescription — what should I ask them to check?",
    "Ship the replacement keyboard to [[PERSON|Darnell Whitaker]], [[STREET_ADDRESS|1840 Juniper Ave, Apt 6, Boise, ID 83702]], phone [[PHONE_NUMBER|(208) 555-0143]].",
    "Reply to our tenant [[PERSON|Amélie Tremblay]] at [[STREET_ADDRESS|3417 rue Saint-Denis, Montréal, QC H2X 3L1]]: the plumber comes Thursday between 9 and noon.",
    "Pay the invoice from [[PERSON|Tomasz Zieliński]] into [[IBAN_CODE|PL34 1020 1026 0000 1520 4739 1846]] — what should the transfer title say?",
    "Does my NIF, [[ID_NUMBER|248193570]], need to be on every receipt in Portugal or only the ones for IRS deductions?",
    "Translate for my landlady, Mme [[PERSON|Odile Marchand]]: the boiler at [[STREET_ADDRESS|14 avenue Jean Jaurès, 69007 Lyon]] broke again and she can reach me on [[PHONE_NUMBER|06 39 98 41 27]].",
    "Just moved to Galway. With PPS number [[ID_NUMBER|4827163B]], how do I register with a GP?",
    "My new employer wants my Steuer-ID by Friday; it's [[ID_NUMBER|57391028463]]. Is email an acceptable way to send it?",
    "Customer [[PERSON|Thiago Albuquerque]] wants the boleto resent to [[EMAIL_ADDRESS|thiago.alb@uol.com.br]]; his CPF is [[ID_NUMBER|719.305.842-88]]. Write the email in Portuguese.",
    "My CURP is [[ID_NUMBER|ROGA910614MDFDRL08]] and the SAT portal says it doesn't match my RFC. Any idea why?",
    "Draft a reference for [[PERSON|Kwabena Asante]], warehouse supervisor with us from 2019 to 2024. Keep it factual and short.",
    "Night log, turn into bullets: [[PERSON|Walter Higgins]] up three times, asking where [[PERSON|Peggy]] is (his wife, died 2021). Key safe code [[PASSWORD|1946]], left locked.",
    "The PIN on my banking app is [[PASSWORD|830215]], which is my birthday. Suggest a method for picking a better one.",
    "Can a Dutch company refuse to pay my salary into a Belgian account? Mine is [[IBAN_CODE|BE69 0014 8392 0571]].",
    "[[PERSON|Ethan Moloi]], my son, got a detention from Mr [[PERSON|Lawson]] for 'attitude'. How should I ask the school for details without escalating?",
    "A customer, [[PERSON|Ingrid Solberg]], says her order never reached [[STREET_ADDRESS|Flat 12, 9 Marine Parade, Brighton BN2 1TL]] although the courier shows it delivered. Suggest next steps and a reply.",
    "Rephrase this referral: 'Dear Dr [[PERSON|Oyelaran]], I would be grateful if you could see [[PERSON|Chiamaka Obi]], NHS number [[ID_NUMBER|612 803 4578]], with recurrent migraine.'",
    "Three weeks of damp and no answer from the landlord, [[PERSON|Fergal Doherty]] ([[EMAIL_ADDRESS|fdoherty.lettings@gmail.com]]). Can I go to the RTB yet?",
    "Add me to the Lagos mailing list: [[PERSON|Temitope Adebayo]], [[EMAIL_ADDRESS|temi.adebayo@yahoo.com]], [[PHONE_NUMBER|+234 809 512 4738]].",
    "Why would [[CREDIT_CARD|5374 1926 0583 7162]] be declined for an online subscription when it works fine in shops?",
    "My tax preparer asked me to text her my SSN ([[US_SSN|418-62-9057]]) and my wife's. Is that safe, or should I insist on a portal?",
    "[[PERSON|Mia Kowalczyk]] starts Monday and her TFN declaration lists [[ID_NUMBER|627 154 918]]. Which payroll field does it go in?",
    "Write a complaint to the gemeente for me. My name is [[PERSON|Sanne Visser]], I live at [[STREET_ADDRESS|Prinsengracht 318-II, 1016 HW Amsterdam]], and the bins have been missed four times.",
    "The university in Kraków wants [[PERSON|Hanna]]'s PESEL, [[ID_NUMBER|04250839157]], on the dorm form. She's abroad — can I sign for her as her mother?",
    "Team lead [[PERSON|Rosalind Achterberg]] wants to share [[PERSON|Imran Siddiqui]]'s sick-leave dates with the client. Is she allowed to?",
    "I keep my passwords in Notes. Netflix is [[PASSWORD|popcorn&Sofa91]] and Gmail is [[PASSWORD|Mirabel!Lighthouse]]. What's a better way?",
    "The bank wants my Aadhaar [[ID_NUMBER|7391 6048 2572]] linked to PAN [[ID_NUMBER|BKTPM4821Q]] before the 30th. What's the SMS format?",
    "Check this label for my client [[PERSON|Ximena Castañeda]]: [[STREET_ADDRESS|Calle Morelos 214, Col. Centro, 44100 Guadalajara, Jalisco]]. Does the postcode match the colonia?",
    "Message for the landlord, Mr [[PERSON|Johan Steyn]]: the geyser at [[STREET_ADDRESS|23 Protea Close, Durbanville, 7550]] burst and I've shut off the water. My number is [[PHONE_NUMBER|082 417 3096]].",
    "Help me write to Whaea [[PERSON|Moana]], my son's teacher, about [[PERSON|Tipene]] being anxious before camp. Sign it [[PERSON|Hemi Walker]], [[EMAIL_ADDRESS|hemi.walker@xtra.co.nz]].",
    "Pflegedienst note to translate: Herr [[PERSON|Günther Albrecht]], Versichertennummer [[ID_NUMBER|K284917365]], wound dressing changed, daughter informed.",
    "I gave my account number, [[ID_NUMBER|82639047]], to a caller who said he was from HSBC. What should I do right now?",
    "An email from 'my landlord' says to pay rent into [[IBAN_CODE|IE90 AIBK 9320 1547 8693 12]] from now on. How can I check it isn't a scam?",
    "Summarise for the on-call: [[PERSON|Rosa Delgado]], DOB 3/14/52, MRN [[ID_NUMBER|MRN-7729104]], fell at home, lives with granddaughter [[PERSON|Alexis]], contact [[PHONE_NUMBER|(505) 555-0172]].",
    "Update [[PERSON|Lucas Moreau]]'s salary account to [[IBAN_CODE|FR23 3000 4028 3700 0194 7261 583]] from next month and write the confirmation email.",
    "Write to Professora [[PERSON|Helena Sousa]] that [[PERSON|Inês]] will miss Friday's test for a hospital appointment. Sign it from [[PERSON|Ricardo Pinto]], [[PHONE_NUMBER|+351 936 204 718]].",
    "Cliente [[PERSON|Larissa Menezes]] ([[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]]) says the tracking stopped. Draft a reply in English and Portuguese.",
    "Which documents does NADRA need to correct my father's name on CNIC [[ID_NUMBER|42101-6039284-7]]? He is [[PERSON|Ghulam Mustafa]].",
    "Security alert says someone logged into [[ID_NUMBER|o.gauthier84]] from [[IP_ADDRESS|203.0.113.84]]. Could that have been me on hotel wifi?",
    "Here's my card for the booking, [[CREDIT_CARD|4716 2839 0514 7269]], name [[PERSON|Harriet Clegg]]... wait, I shouldn't paste that here, should I?",
    "Mum ([[PERSON|Beverley Tran]]) is in respite at Banksia Lodge this week and the nurse rang from [[PHONE_NUMBER|(03) 7010 4829]] about her meds. What should I ask when I call back?",
    "Can I legally tell the team why [[PERSON|Nkosana Dube]] was let go? Several people keep asking.",
    "The Hausverwaltung wants the Nebenkosten sent to [[IBAN_CODE|DE34 1007 0024 0637 1849 52]], account holder [[PERSON|Brigitte Hollmann]]. Does the SEPA reference need my flat number?",
    "Someone on WhatsApp claiming to be Vodacom wants the code [[PASSWORD|583019]] they just texted me. Should I give it?",
    "Illinois driver's license [[ID_NUMBER|D482-7193-0615]]: the DMV site wants it without dashes. Does that matter?",
    "Draft a leave letter to the class teacher, Mrs [[PERSON|Fernandes]], for my daughter [[PERSON|Aanya Kulkarni]] of 6B; we travel to Pune for a wedding.",
    "As a landlord, how do I answer my tenant [[PERSON|Kieran Blythe]] at [[STREET_ADDRESS|Flat 2, 66 Grange Road, Sheffield S11 8PN]], who wants to keep a dog? Give me a pet clause.",
    "Reply to [[PERSON|Chinedu Okeke]]: his refund of ₦45,000 went to GTBank account [[ID_NUMBER|0148273956]] on Monday and can take 48 hours.",
    "Reset my account please. Username [[ID_NUMBER|k.vandermeer]], recovery email [[EMAIL_ADDRESS|kvdmeer@kpnmail.nl]], last password [[PASSWORD|Tulip$Haven88]].",
    "Turn my clinic notes into a letter: [[PERSON|Losa Faleolo]], NHI [[ID_NUMBER|PLX3060]], type 2 diabetes, HbA1c 71, recall in 3 months.",
    "The clinic says my Ontario health card [[ID_NUMBER|5824-917-306-KT]] has expired. How do I renew it online?",
    "Send the invoice to [[EMAIL_ADDRESS|biuro@malinowski-stolarka.pl]] and copy me in: [[PERSON|Jakub Malinowski]], tel. [[PHONE_NUMBER|+48 601 284 937]].",
    "Write mid-year feedback for [[PERSON|Anjali Deshpande]]: great with clients, keeps missing internal deadlines.",
    "Note for next shift — Mr [[PERSON|Desmond Ellis]], [[STREET_ADDRESS|7 Orchard Close, Taunton TA1 2RW]], key safe [[PASSWORD|3092]], district nurse due at 2pm.",
    "Confirm my reservation: [[PERSON|Fernanda Villaseñor]], [[EMAIL_ADDRESS|fer.villasenor@prodigy.net.mx]], [[PHONE_NUMBER|+52 33 1846 2059]], two adults, three nights.",
    "My carte Vitale number is [[ID_NUMBER|2 95 06 75 112 047 94]] and the pharmacy says it isn't recognised. What now?",
    "Deliveroo riders never get in because nobody knows the door code, [[PASSWORD|B4719]]. How do I add it to the app?",
    "Why does my script fail with 401? I set OPENWEATHER_KEY=[[API_KEY|7f3c9a1e48d2b6057e9c4a1f2d8b3e60]] in the env file.",
    "Our agent [[PERSON|Shannon Morrissey]] wants the bond paid to BSB 062-914, account [[ID_NUMBER|10483726]]. Isn't it supposed to go to the bond authority?",
    "Write back to [[PERSON|Joost Verbeek]] (customer no. [[ID_NUMBER|KL-558210]]): his bike was collected from [[STREET_ADDRESS|Oudegracht 87, 3511 AE Utrecht]] on Tuesday and repairs take a week.",
    "Dad ([[PERSON|Paddy Geraghty]]) needs his medical card renewed, PPSN [[ID_NUMBER|6093418N]]. List what the HSE will ask for.",
    "Emailing Coach [[PERSON|Brenner]] about [[PERSON|Kayla]] missing practice; my cell is [[PHONE_NUMBER|(614) 555-0119]]. Make it sound less angry.",
]

# 60 one-line records of one invented person each, one to three identifiers.
RECORDS = [
    "[[PERSON|Ottilie Brandauer]]'s registered email is [[EMAIL_ADDRESS|o.brandauer@gmx.at]].",
    "Ship to: [[STREET_ADDRESS|902 Harmon Street, Apt 3C, Brooklyn, NY 11221]]",
    "The account [[IBAN_CODE|GB46 BARC 2038 4561 9302 76]] belongs to [[PERSON|Malcolm Ivers]].",
    "You can reach [[PERSON|Yusuf Demirci]] on [[PHONE_NUMBER|+49 40 66969 217]] after five.",
    "Card on file: [[CREDIT_CARD|5228 9304 1675 9283]], holder [[PERSON|Esperanza Molina]].",
    "Born in Kochi, [[PERSON|Aarav Menon]] now lives at [[STREET_ADDRESS|14/302 Lodha Park, Lower Parel, Mumbai 400013]].",
    "Passport [[ID_NUMBER|PE4817392]] was issued to [[PERSON|Niamh Ó Dálaigh]] in Cork.",
    "Her SSN, [[US_SSN|233-51-8047]], was printed on the old staff badge.",
    "Invoices go to [[EMAIL_ADDRESS|r.castellanos@telmexmail.mx]] from now on.",
    "The BSN of [[PERSON|Floris Bakker]] is [[ID_NUMBER|618504722]].",
    "Call Mr. [[PERSON|Adeyemi]] on [[PHONE_NUMBER|+234 803 961 2074]] about the lease.",
    "IP [[IP_ADDRESS|198.51.100.23]] was last used by [[PERSON|Sigrún Pálsdóttir]].",
    "Account holder: [[PERSON|Wanjiru Kamau]]; login: [[ID_NUMBER|wkamau_ops]].",
    "[[PERSON|Benedikt Roth]] (Steuer-ID [[ID_NUMBER|82640173953]]) moved to [[STREET_ADDRESS|Hauptstraße 7, 79098 Freiburg im Breisgau]].",
    "I'm [[PERSON|Priscilla Nakamura]] and my number is [[PHONE_NUMBER|(808) 555-0186]].",
    "Send the signed contract to [[PERSON|Rafael Quintero]] at [[EMAIL_ADDRESS|rquintero@vianet.com.br]].",
    "PESEL [[ID_NUMBER|85112703629]] belongs to [[PERSON|Agnieszka Dąbrowska]].",
    "[[PERSON|Ikechukwu Eze]] lives at [[STREET_ADDRESS|12 Adeola Odeku Street, Victoria Island, Lagos]].",
    "Aadhaar [[ID_NUMBER|4826 0397 1589]] is registered to [[PERSON|Sunita Rao]] of Hyderabad.",
    "Payment was taken from card [[CREDIT_CARD|4026 8417 5930 2184]] on 3 March.",
    "Username: [[ID_NUMBER|margo.lindqvist]] Password: [[PASSWORD|Fjord#Winter19]]",
    "[[PERSON|Thandeka Zulu]], ID number [[ID_NUMBER|7909155831089]], applied for the bursary.",
    "Our new tenant, [[PERSON|Cormac Lynch]], prefers email: [[EMAIL_ADDRESS|cormaclynch@eircom.net]].",
    "The parcel for [[PERSON|Leilani Kahale]] is addressed to [[STREET_ADDRESS|PO Box 4471, Hilo, HI 96720]].",
    "NIF [[ID_NUMBER|235609188]], [[PERSON|Duarte Carvalho]], [[STREET_ADDRESS|Avenida da Liberdade 201, 3.º Esq., 1250-142 Lisboa]]",
    "Contact number for [[PERSON|Saoirse Keane]]: [[PHONE_NUMBER|087 314 5520]]",
    "Dr. [[PERSON|Mehwish Anwar]] practises from [[STREET_ADDRESS|House 45, Street 12, F-7/2, Islamabad 44000]].",
    "The wire came from [[IBAN_CODE|NL87 RABO 0316 7294 85]] with the reference 'rent May'.",
    "[[PERSON|Kofi Mensah]]'s employee ID is [[ID_NUMBER|EMP-58213]] and his desk extension is 4417.",
    "[[EMAIL_ADDRESS|anneke.devries@ziggo.nl]] is the billing contact for order 7781.",
    "Mobile: [[PHONE_NUMBER|+27 72 904 1836]] (ask for [[PERSON|Sipho]])",
    "[[PERSON|Gabriel Lemaire]] paid with [[CREDIT_CARD|5450 6173 8294 0174]] and asked for a receipt at [[EMAIL_ADDRESS|g.lemaire@orange.fr]].",
    "CPF do titular: [[ID_NUMBER|265.148.903-42]]",
    "The SIN [[ID_NUMBER|518 047 295]] appears on [[PERSON|Marc-André Bouchard]]'s T4 slip.",
    "Most mornings [[PERSON|Ruby Fairweather]] logs in from [[IP_ADDRESS|192.0.2.147]].",
    "NHS number [[ID_NUMBER|394 027 8165]] — [[PERSON|Gwendolyn Price]], aged 82.",
    "Billing address: [[STREET_ADDRESS|55 Ponsonby Road, Grey Lynn, Auckland 1021]]",
    "Either [[EMAIL_ADDRESS|arjun.b@rediffmail.com]] or [[PHONE_NUMBER|+91 90071 48253]] will reach [[PERSON|Arjun Bhattacharya]].",
    "Tax file number [[ID_NUMBER|395 820 602]] was quoted by [[PERSON|Brodie McAllister]] on the phone.",
    "Visitor [[PERSON|Henrik Aasland]] signed in with badge [[ID_NUMBER|VB-20931]].",
    "Every month [[PERSON|Olumide Bankole]] sends money from [[IBAN_CODE|GB40 LOYD 3096 1547 2830 16]] to his mother.",
    "Home phone for the [[PERSON|Castillo-Reyes]] family: [[PHONE_NUMBER|(915) 555-0127]]",
    "The Wi-Fi password [[PASSWORD|cedar-moon-42]] was set by [[PERSON|Yara Haddad]] last week.",
    "Refunds go to [[IBAN_CODE|PT61 0035 0082 0004 8173 6295 1]], held by [[PERSON|Beatriz Lacerda]].",
    "[[PERSON|Grzegorz Lis]] lives at [[STREET_ADDRESS|ul. Długa 45 m. 12, 80-831 Gdańsk]].",
    "[[PERSON|Imelda Garza]], [[STREET_ADDRESS|4120 Calle del Sol, Laredo, TX 78041]]",
    "CNIC [[ID_NUMBER|61101-2947381-6]] — issued to [[PERSON|Sana Qureshi]], Rawalpindi.",
    "API key [[API_KEY|AIzaSyD4k9Qm2Lx7Vt0Rb8Nw3Hs6Pc1Jf5Ze2U]] is assigned to [[PERSON|Ines Wagner]].",
    "[[PERSON|Emeka Nwachukwu]] called from [[PHONE_NUMBER|0706 284 1937]] about his meter.",
    "Student [[PERSON|Léa Fontaine]], numéro étudiant [[ID_NUMBER|21904736]], [[EMAIL_ADDRESS|lea.fontaine@etu.univ-lyon1.fr]]",
    "[[PERSON|Desmond Onyeka]] owns the house at [[STREET_ADDRESS|18 Bompas Road, Rosebank, Johannesburg 2196]].",
    "[[PERSON|Mariana Ortega]]'s Mastercard [[CREDIT_CARD|2221 0485 7361 9051]] expires in 2028.",
    "For everything, [[PERSON|Kaito Morales]] uses [[EMAIL_ADDRESS|kaito.m@protonmail.com]].",
    "Medicare number [[ID_NUMBER|5183 09479 1]] for [[PERSON|Jedda Collins]].",
    "IBAN: [[IBAN_CODE|BR59 0036 0305 0247 8000 0019 472C 1]] — titular [[PERSON|Renata Guimarães]]",
    "[[PERSON|Fionnuala Rooney]] set her voicemail PIN to [[PASSWORD|9090]].",
    "Service account [[ID_NUMBER|svc_pgreaves]] connected from [[IP_ADDRESS|2001:db8:4a1::17]] at 02:14.",
    "Emergency contact: [[PERSON|Rangi Parata]], [[PHONE_NUMBER|021 408 2719]]",
    "On file for [[PERSON|Harvey Lindgren]]: SSN [[US_SSN|371-08-2264]], card [[CREDIT_CARD|6011 9374 5028 1636]].",
    "The deposit was returned to [[PERSON|Aylin Yıldız]] via [[IBAN_CODE|DE88 3705 0198 0019 4827 36]].",
]

# 50 pasted snippets: e-mail threads, CSV rows, JSON records, log lines, meeting notes.
SNIPPETS = [
    "Can you shorten this thread into one paragraph?\n\nFrom: [[PERSON|Harriet Osei]] <[[EMAIL_ADDRESS|harriet.osei@brightwater-logistics.co.uk]]>\nTo: [[PERSON|Dominic Farrell]]\nSubject: Re: Tuesday's van\n\n[[PERSON|Dom]], the van is booked for 7am. Ring me if the depot gives you grief.\n\n[[PERSON|Harriet Osei]]\nFleet Coordinator\nM: [[PHONE_NUMBER|07700 900613]]",
    "Dedupe these rows:\ncustomer_id,full_name,email,phone\n[[ID_NUMBER|C-100482]],[[PERSON|Moira Kilbride]],[[EMAIL_ADDRESS|moira.kilbride@talktalk.net]],[[PHONE_NUMBER|020 7946 0381]]\n[[ID_NUMBER|C-100483]],[[PERSON|Ashok Venkataraman]],[[EMAIL_ADDRESS|ashok.v@sify.com]],[[PHONE_NUMBER|+91 94432 61870]]\n[[ID_NUMBER|C-100482]],[[PERSON|Moira Kilbride]],[[EMAIL_ADDRESS|moira.kilbride@talktalk.net]],[[PHONE_NUMBER|020 7946 0381]]",
    'Why does this JSON fail schema validation? {"user_id": "[[ID_NUMBER|u_83920]]", "name": "[[PERSON|Elif Şahin]]", "email": "[[EMAIL_ADDRESS|elif.sahin@posteo.de]]", "last_ip": "[[IP_ADDRESS|203.0.113.57]]", "age": "34"}',
    "What do these auth lines mean?\n2024-05-14T09:12:33Z auth INFO login ok user=[[ID_NUMBER|jmorrissey]] src=[[IP_ADDRESS|198.51.100.71]]\n2024-05-14T09:12:41Z auth WARN failed login user=[[ID_NUMBER|admin.kwoolf]] src=[[IP_ADDRESS|192.0.2.200]] attempts=3",
    "Turn these notes into an action list.\nFacilities sync, 6 June\nAttendees: [[PERSON|Bernadette Coyle]], [[PERSON|Ravindra Pillai]], [[PERSON|Greta Holmberg]]\n- [[PERSON|Greta]] to chase the lift engineer\n- [[PERSON|Bernadette]] to send floor plans round\n- [[PERSON|Ravindra]] books the room for 20 June",
    "[2024-03-02 14:07:55] ERROR payments: charge failed key=[[API_KEY|sk_live_51Hx9QpLmT4vRz8KcW2nYb7DfA]] customer=[[ID_NUMBER|cus_PkR7x2MzQw]] ip=[[IP_ADDRESS|203.0.113.19]] — is this a key problem or a card problem?",
    "Reply to the last email for me:\n\n> On Mon, [[PERSON|Kateryna Bondar]] <[[EMAIL_ADDRESS|k.bondar@novapost-partners.eu]]> wrote:\n> Could you confirm the pallets leave Gdynia on Thursday?\n\nHi [[PERSON|Kateryna]], yes, confirmed.\n\n[[PERSON|Piotr Sadowski]] | Dispatch\n[[PHONE_NUMBER|+48 512 390 746]]",
    "Convert to a markdown table:\nname;city;iban\n[[PERSON|Jeroen Mulder]];Haarlem;[[IBAN_CODE|NL06 INGB 0007 4619 28]]\n[[PERSON|Femke Jansen]];Leiden;[[IBAN_CODE|NL62 ABNA 0572 8193 64]]",
    'Is anything wrong with this patient record?\n{"patient": "[[PERSON|Ngozi Achterberg-Eze]]", "nhs_number": "[[ID_NUMBER|703 561 2971]]", "gp": "Dr [[PERSON|Alistair Munro]]", "phone": "[[PHONE_NUMBER|0113 496 0854]]"}',
    'nginx keeps logging this, should I worry?\n[[IP_ADDRESS|198.51.100.209]] - [[ID_NUMBER|bkowalski]] [12/Feb/2024:03:14:07 +0000] "POST /admin/login HTTP/1.1" 401 512\n[[IP_ADDRESS|198.51.100.209]] - [[ID_NUMBER|bkowalski]] [12/Feb/2024:03:14:09 +0000] "POST /admin/login HTTP/1.1" 401 512',
    "Summarise this thread:\n\nFrom: [[PERSON|Camille Rousseau]] <[[EMAIL_ADDRESS|camille.rousseau@atelier-lumen.fr]]>\nThe invoice for the Lyon job is attached. Please pay to [[IBAN_CODE|FR88 3000 3014 6500 0281 7365 K42]].\n\nFrom: [[PERSON|Oliver Quayle]]\nThanks [[PERSON|Camille]], finance will pay on the 30th.\n--\n[[PERSON|Oliver Quayle]], Procurement, [[PHONE_NUMBER|+44 20 7946 0552]]",
    "Sort by start date:\nemployee_no,name,start,manager\n[[ID_NUMBER|40112]],[[PERSON|Tendai Moyo]],2021-03-01,[[PERSON|Carys Llewellyn]]\n[[ID_NUMBER|40187]],[[PERSON|Bartosz Wróbel]],2019-11-18,[[PERSON|Carys Llewellyn]]\n[[ID_NUMBER|40203]],[[PERSON|Precious Dlamini]],2022-07-04,[[PERSON|Hamza Shaikh]]",
    "Meeting notes from the school governors, please tidy:\nPresent: [[PERSON|Margaret Ennis]] (chair), [[PERSON|Uchenna Obi]], [[PERSON|Lorcan Daly]]\nApologies: [[PERSON|Sushila Patel]]\n[[PERSON|Lorcan]] reported two safeguarding referrals. [[PERSON|Margaret]] to write to parents.",
    "My config leaked in a screenshot, which of these do I rotate first?\nAWS_ACCESS_KEY_ID=[[API_KEY|AKIAQX7R2M4TNB6WZ3LE]]\nAWS_SECRET_ACCESS_KEY=[[API_KEY|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]]\nDB_USER=[[ID_NUMBER|app_reporting]]\nDB_PASSWORD=[[PASSWORD|Quill!Harbor77]]",
    "Parse this into fields:\n[[PERSON|Bongiwe Nkosi]], [[STREET_ADDRESS|17 Jacaranda Avenue, Lynnwood, Pretoria 0081]], [[PHONE_NUMBER|+27 83 516 2049]], ID [[ID_NUMBER|0103066129083]]",
    "From: [[PERSON|Séamus Boyle]] <[[EMAIL_ADDRESS|seamus@boyleandquinn.ie]]>\nTo: accounts\nSubject: April rent\n\nPaid from [[IBAN_CODE|IE16 BOFI 9014 9237 6150 82]] this morning. Receipt to this address please.\n\nRegards,\n[[PERSON|Séamus]]\n\nWhat should I reply?",
    'Can you spot the error in this JSON array?\n[{"id": "[[ID_NUMBER|M-2231]]", "member": "[[PERSON|Tui Henare]]", "email": "[[EMAIL_ADDRESS|tui.henare@gmail.com]]"},\n {"id": "[[ID_NUMBER|M-2232]]", "member": "[[PERSON|Kahu Whaanga]]", "email": "[[EMAIL_ADDRESS|kahu.w@outlook.co.nz]]",}]',
    "sshd log:\nFeb 03 22:41:19 bastion sshd[2231]: Accepted publickey for [[ID_NUMBER|dmcallister]] from [[IP_ADDRESS|2001:db8:7c::42]] port 51122\nFeb 03 22:43:02 bastion sudo: [[ID_NUMBER|dmcallister]] : TTY=pts/0 ; COMMAND=/bin/systemctl restart postgres\nWas this expected?",
    "Clean up these minutes. Product review, 14 Nov. Attendees: [[PERSON|Yasmin Farouk]], [[PERSON|Gustavo Pereira]], [[PERSON|Eilidh MacLeod]]. [[PERSON|Gustavo]] demoed checkout; [[PERSON|Eilidh]] raised accessibility issues; [[PERSON|Yasmin]] will set the next date.",
    "Below is a bounced email, why did it bounce?\n\nTo: [[EMAIL_ADDRESS|rahul.k@infosys-mail.co]]\nCc: [[EMAIL_ADDRESS|meera.iyer@outlook.in]]\nHi [[PERSON|Rahul]], please find the signed NDA.\n\n[[PERSON|Meera Iyer]]\n[[PHONE_NUMBER|+91 99860 41327]]",
    'Import this row into the CRM:\n"[[PERSON|Wilhelmina van Dijk]]","[[STREET_ADDRESS|Kerkstraat 12, 2011 HP Haarlem]]","[[PHONE_NUMBER|+31 6 4817 2936]]","[[EMAIL_ADDRESS|w.vandijk@hetnet.nl]]"',
    "What does the 403 mean here?\n10:02:11 api-gw request_id=7f2a user=[[ID_NUMBER|leticia.mora]] client_ip=[[IP_ADDRESS|203.0.113.230]] token=[[API_KEY|ghp_4fX9kLm2Qr7Tz1Wv8Yb3Nc6Hd0Js5Pa2Ue]] status=403",
    "Summarise the care-home handover:\nResidents seen: [[PERSON|Norah Fitzgibbon]] (room 4), [[PERSON|Albert Kettering]] (room 9)\nStaff: [[PERSON|Joy Mwangi]], [[PERSON|Tomás Keogh]]\n[[PERSON|Norah]] had a fall at 03:00, no injury. [[PERSON|Albert]] refused meds.",
    "Fix the date format in this CSV:\norder,customer,card,ship_to\n55102,[[PERSON|Dalia Haddad]],[[CREDIT_CARD|4928 1730 5618 2401]],[[STREET_ADDRESS|301 Elm St, Apt 4B, Dearborn, MI 48126]],05/03/24",
    "Thread for context:\n\nFrom: [[PERSON|Lucía Benítez]] <[[EMAIL_ADDRESS|lucia.benitez@cafeorigen.mx]]>\nHola, the shipment was short by 3 sacks. My WhatsApp is [[PHONE_NUMBER|+52 81 2047 3958]].\n\nFrom: Supplier desk\nSorry [[PERSON|Lucía]], we will credit them.\n\nDraft a follow-up in English.",
    '{"event": "password_reset", "username": "[[ID_NUMBER|hvoss]]", "temp_password": "[[PASSWORD|Ruby-Anchor-5519]]", "ip": "[[IP_ADDRESS|192.0.2.61]]"} — should a temp password ever be logged like this?',
    "Check these payroll lines:\n[[ID_NUMBER|PR-0091]] | [[PERSON|Oluwaseun Bello]] | [[IBAN_CODE|GB44 HBUK 4011 2783 5294 61]] | 2,850.00\n[[ID_NUMBER|PR-0092]] | [[PERSON|Kirsty Muir]] | [[IBAN_CODE|GB70 NWBK 5600 4371 8294 65]] | 3,120.00",
    "Retro notes, sprint 42\nWho: [[PERSON|Anouk Peeters]], [[PERSON|Farid Benali]], [[PERSON|Thabo Ndlovu]], [[PERSON|Keiko Arai]]\nWent well: deploys. Went badly: on-call. [[PERSON|Thabo]] to fix alert noise; [[PERSON|Keiko]] to write runbook.\nMake this shorter.",
    "Translate the signature block into French:\n\nKind regards,\n[[PERSON|Gideon Ashworth]]\nSenior Account Manager\nD: [[PHONE_NUMBER|020 7946 0917]] | M: [[PHONE_NUMBER|07700 900284]]\n[[EMAIL_ADDRESS|gideon.ashworth@fernhill-insurance.co.uk]]",
    "Why is the first line rejected by the bank's upload?\niban,amount,name\n[[IBAN_CODE|DE96760400610528193740]],120,00,[[PERSON|Jana Richter]]\n[[IBAN_CODE|PL92 1140 2004 0000 3902 8174 5630]],80.00,[[PERSON|Marek Górski]]",
    'Postgres log excerpt:\n2024-06-01 02:00:13 UTC [4471] [[ID_NUMBER|etl_rdunne]]@warehouse FATAL: password authentication failed for user "[[ID_NUMBER|etl_rdunne]]"\nconnection from [[IP_ADDRESS|198.51.100.140]]',
    "Board call, 3 April. On the line: [[PERSON|Ifeoma Chukwu]], [[PERSON|Ronan Whelan]], [[PERSON|Astrid Lindahl]]. Dial-in PIN [[PASSWORD|771904]]. [[PERSON|Ronan]] presented Q1. Please redact this for the newsletter.",
    "Extract the contact details from this signature:\n\nDr [[PERSON|Pradeep Nair]]\nConsultant Cardiologist, Lakeshore Cardiac Centre\n[[EMAIL_ADDRESS|pradeep.nair@lakeshore-cardiac.in]]\n[[PHONE_NUMBER|+91 94470 18263]]",
    "Put these tenants in a table:\n- [[PERSON|Grace O'Donoghue]], Flat 1, [[PHONE_NUMBER|085 702 4418]]\n- [[PERSON|Mateusz Kaczmarek]], Flat 2, [[PHONE_NUMBER|+48 698 215 304]]\n- [[PERSON|Aisha Bello]], Flat 3, [[EMAIL_ADDRESS|aisha.bello@hotmail.co.uk]]",
    'Customer export, find the duplicates:\n{"customer": "[[ID_NUMBER|CUST-77310]]", "name": "[[PERSON|Vinícius Prado]]", "cpf": "[[ID_NUMBER|837.462.019-69]]", "city": "Recife"}\n{"customer": "[[ID_NUMBER|CUST-77311]]", "name": "[[PERSON|Vinicius Prado]]", "cpf": "[[ID_NUMBER|837.462.019-69]]", "city": "Recife"}',
    'Why does the gateway reject this?\ncurl -H "Authorization: Bearer [[API_KEY|xoxb-482910374615-5820174639-Kq7Rz2Mw9Lb4Tn8Vx1Yc3Hd]]" https://hooks.internal/notify?user=[[ID_NUMBER|fbarros]]',
    "From: [[PERSON|Willemijn Hoekstra]]\nSent: Friday\nSubject: keys\n\nThe spare keys are with my neighbour. Alarm is [[PASSWORD|4096]], garage [[PASSWORD|1357]].\n\n[[PERSON|Willemijn]]\n\nForward this to the cleaner but remove the codes.",
    "Find the bad row:\nstudent_id,student,guardian,guardian_phone\n[[ID_NUMBER|S20931]],[[PERSON|Maya Thornbury]],[[PERSON|Neil Thornbury]],[[PHONE_NUMBER|(416) 555-0133]]\n[[ID_NUMBER|S20932]],[[PERSON|Jaden Osei-Bonsu]],[[PERSON|Abena Osei-Bonsu]],[[PHONE_NUMBER|416-555-0191]],extra",
    "Firewall log, anything odd?\nDENY tcp [[IP_ADDRESS|203.0.113.45]]:51200 -> 10.0.4.10:22 user=-\nALLOW tcp [[IP_ADDRESS|198.51.100.88]]:49822 -> 10.0.4.10:443 user=[[ID_NUMBER|gpatel]]",
    "Rewrite kindly:\n\n> From: [[PERSON|Kerry-Ann Baptiste]] <[[EMAIL_ADDRESS|kbaptiste@harbourview-dental.ca]]>\n> Your daughter missed her appointment again.\n\nSorry, [[PERSON|Kerry-Ann]] — [[PERSON|Lily]] had a fever. Can we rebook? [[PERSON|Paul Ostrowski]], [[PHONE_NUMBER|(902) 555-0158]]",
    '{\n  "tenant": "[[PERSON|Rashida Mahmood]]",\n  "address": "[[STREET_ADDRESS|Flat 5, 112 Wilmslow Road, Manchester M14 5AQ]]",\n  "deposit_ref": "[[ID_NUMBER|DPS-448120]]",\n  "mobile": "[[PHONE_NUMBER|07700 900751]]"\n}\nWrite the end-of-tenancy letter from this.',
    "Stand-up, Tues. Here: [[PERSON|Kenji Watanabe]], [[PERSON|Obinna Nwosu]], [[PERSON|Clara Weiß]]. Blocked: [[PERSON|Clara]] needs VPN access, ticket IT-3391. [[PERSON|Kenji]] out Thursday. Format as Slack post.",
    "Summarise:\n\nFrom: [[PERSON|Tomás Ferreira]] <[[EMAIL_ADDRESS|tferreira@quintadovale.pt]]>\nSubject: Encomenda\nThe wine was delivered to [[STREET_ADDRESS|Rua de Santa Catarina 405, 4000-451 Porto]] but two bottles broke.\nNIF for the invoice: [[ID_NUMBER|271046830]]\n[[PERSON|Tomás]]",
    "Explain this stack trace:\nKeyError: 'email' in handler(user={'login': '[[ID_NUMBER|sbhatt]]', 'aadhaar': '[[ID_NUMBER|610394827354]]', 'ip': '[[IP_ADDRESS|192.0.2.33]]'})",
    "HR export, remove the salary column:\nemp,name,national_id,salary\n[[ID_NUMBER|77104]],[[PERSON|Lotte Smit]],[[ID_NUMBER|157369249]],52000\n[[ID_NUMBER|77105]],[[PERSON|Daan Hermans]],[[ID_NUMBER|804612377]],48500",
    "Write replies to both:\n1) [[PERSON|Kwame Boateng]] ([[EMAIL_ADDRESS|kwame.boateng@ymail.com]]): wants a refund for order 20931.\n2) [[PERSON|Mirela Popescu]] ([[EMAIL_ADDRESS|mirela.popescu@gmail.com]]): package sent to [[STREET_ADDRESS|Bahnhofstraße 22, 60329 Frankfurt am Main]] came back.",
    "Access log:\n[[IP_ADDRESS|2001:db8:19::5]] [[ID_NUMBER|akwasi.d]] GET /payroll/2024-05.pdf 200\n[[IP_ADDRESS|2001:db8:19::9]] [[ID_NUMBER|hr.temp3]] GET /payroll/2024-05.pdf 200\nWho downloaded the payroll file?",
    "Project kickoff\nDate: 9 Sept\nAttendees: [[PERSON|Mthunzi Khumalo]] (client), [[PERSON|Rebecca Harcourt]], [[PERSON|Niklas Becker]]\nClient contact: [[EMAIL_ADDRESS|mthunzi.k@umoya-energy.co.za]], [[PHONE_NUMBER|+27 21 480 3915]]\nNext step: [[PERSON|Niklas]] drafts the SOW.",
    "Check the Luhn digits in this export:\nholder,card\n[[PERSON|Annika Sørensen]],[[CREDIT_CARD|5418 7329 0461 5278]]\n[[PERSON|Rory Buchanan]],[[CREDIT_CARD|3746 105829 37466]]",
    "Forwarded message. Pull out the key facts.\n\nFrom: [[PERSON|Zainab Lawal]] <[[EMAIL_ADDRESS|zlawal@kanoagrotech.ng]]>\nMy new office is at [[STREET_ADDRESS|14 Bompai Road, Nassarawa, Kano 700233]] and my line is [[PHONE_NUMBER|+234 803 612 0475]].\n\n[[PERSON|Zainab]]",
]

# 100 clean texts. 30 benchmark-style items: 15 MMLU-style questions, 15 word problems.
CLEAN_BENCHMARK = [
    "Which organelle is the main site of ATP synthesis in eukaryotic cells? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "In economics, a price floor set above the equilibrium price will most likely cause: A) a shortage B) a surplus C) no change in quantity D) a shift in demand. Answer with the letter only.",
    "Question: The derivative of sin(x)·x with respect to x is\nA. cos(x)\nB. x·cos(x)\nC. sin(x) + x·cos(x)\nD. sin(x) − x·cos(x)",
    "Which of these is a primary source for a historian studying the 1918 influenza pandemic? A) A 2010 textbook B) A nurse's diary from 1918 C) A documentary from 1995 D) An encyclopedia entry",
    "A contract signed by a minor is generally: (A) void (B) voidable by the minor (C) enforceable against the minor (D) illegal. Pick one and explain briefly.",
    "What is the time complexity of binary search on a sorted array of n elements? A) O(1) B) O(log n) C) O(n) D) O(n log n)",
    "Choose the correct option. The pH of a 0.001 M HCl solution is approximately: A) 1 B) 2 C) 3 D) 11",
    "Which logical fallacy attacks the person instead of the argument? A) Straw man B) Ad hominem C) Slippery slope D) False dilemma",
    "In a perfectly competitive market in the long run, firms earn: A) positive economic profit B) zero economic profit C) negative accounting profit D) monopoly rents",
    "Multiple choice (clinical knowledge): The normal resting adult respiratory rate is A) 4–8 B) 12–20 C) 25–35 D) 40–50 breaths per minute.",
    "Which layer of the OSI model is responsible for routing packets between networks? A) Data link B) Transport C) Network D) Session",
    "The philosophical view that the right action maximises overall happiness is called: A) Deontology B) Virtue ethics C) Utilitarianism D) Existentialism",
    "Which gas makes up roughly 78% of Earth's atmosphere? A. Oxygen B. Argon C. Carbon dioxide D. Nitrogen",
    "If a fair six-sided die is rolled twice, the probability that both rolls show an even number is: A) 1/2 B) 1/3 C) 1/4 D) 1/6",
    "Which accounting statement reports a company's assets, liabilities and equity at a single point in time? A) Income statement B) Cash flow statement C) Balance sheet D) Statement of retained earnings",
    "Nadia bakes 48 cookies. She gives a quarter to her neighbours and packs the rest equally into 6 boxes. How many cookies are in each box?",
    "A train leaves at 2:15 pm and travels 210 km at 70 km/h. At what time does it arrive?",
    "Tobias earns $18 an hour and works 7.5 hours a day, 5 days a week. How much does he earn in 4 weeks?",
    "Leilani has 3 times as many stickers as Omar. Together they have 96 stickers. How many does Omar have? Show your reasoning step by step.",
    "A shop sells pencils at 4 for $1.20. How much do 30 pencils cost?",
    "Priyanka reads 25 pages on Monday and each following day reads 5 pages more than the day before. How many pages has she read after Friday?",
    "A rectangular garden is 12 m long and 7 m wide. Mateo wants to put a fence around it with a 1 m gate. How many metres of fencing does he need?",
    "Solve: Ingrid buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 note. How much change does she get?",
    "A recipe for 4 people uses 300 g of rice. How much rice does Kofi need to cook for 10 people?",
    "The temperature was −4°C at 6 am and rose 3°C every two hours. What was it at noon?",
    "Ayesha saves $15 the first week, $20 the second, $25 the third, and so on. How much has she saved after 8 weeks?",
    "A bus holds 52 passengers. How many buses are needed for a school trip of 340 students and 24 teachers?",
    "Sven runs 5 km in 27 minutes. At the same pace, how long would a 21 km half marathon take him, in hours and minutes?",
    "Word problem: a jacket costs $80 and is discounted by 25%, then a further 10% off the sale price. What is the final price?",
    "Rosalie has 7 red marbles, 5 blue and 8 green. If she picks one at random, what is the probability it is not green?",
]

# 30 everyday requests naming nobody.
CLEAN_EVERYDAY = [
    "What's a good 20-minute dinner using chickpeas, spinach and a tin of tomatoes?",
    "Help me write a polite out-of-office message for two weeks of holiday.",
    "How do I get red wine out of a light wool carpet?",
    "Suggest five names for a book club that reads mostly crime novels.",
    "Can you explain the difference between a Roth and a traditional retirement account in plain terms?",
    "I have a job interview for a logistics coordinator role tomorrow. What questions should I expect?",
    "Plan a three-day walking itinerary for a first visit to Lisbon on a modest budget.",
    "Is it better to stretch before or after a run? Keep it short.",
    "Write a birthday message for a colleague who's leaving for a new job, funny but kind.",
    "My sourdough is dense and gummy inside. What am I probably doing wrong?",
    "Turn this into a checklist: pack for a weekend camping trip in autumn with two kids.",
    "What's the etiquette for tipping in restaurants in Japan, Germany and the US?",
    "How often should I water a fiddle-leaf fig in winter?",
    "Draft a short message to my team reminding them the quarterly report is due Friday.",
    "Explain compound interest like I'm fifteen.",
    "Recommend a beginner strength routine I can do at home with two dumbbells.",
    "Rewrite this sentence to sound more confident: 'I think maybe we could possibly try a new approach.'",
    "What should I look for when viewing a rented flat for the first time?",
    "Give me a week of packed-lunch ideas that don't need a fridge.",
    "How do I politely decline a wedding invitation from a distant relative?",
    "Summarise the pros and cons of heat pumps versus gas boilers for an older house.",
    "Write a haiku about Monday mornings and cold coffee.",
    "What documents do people usually need to renew a passport? General list is fine.",
    "my cat keeps scratching the sofa, any tips that actually work?",
    "Create a simple monthly budget template for a student living away from home.",
    "What are some calm ways to handle a toddler's tantrum in a supermarket?",
    "Translate 'Where is the nearest pharmacy?' into Spanish, Polish and Portuguese.",
    "Is it safe to leave cooked rice out overnight?",
    "Suggest a slide structure for a 10-minute talk on reducing office waste.",
    "How can I make my small north-facing balcony feel greener?",
]

# 20 requests naming public figures, fictional characters, brands and places named after people.
CLEAN_PUBLIC = [
    "Compare Marie Curie's and Rosalind Franklin's contributions to science in two paragraphs.",
    "Why did Sherlock Holmes keep Dr Watson around? Give a literary answer.",
    "Write a product description for a Dyson-style cordless vacuum without using the brand name.",
    "Plan a day in Washington, D.C. that includes the Lincoln Memorial and the Smithsonian.",
    "Who was older when they died, Leonardo da Vinci or Michelangelo?",
    "Summarise the plot of Jane Austen's Pride and Prejudice focusing on Elizabeth Bennet.",
    "Is a Ferrari or a Porsche more expensive to maintain over five years? Rough comparison.",
    "What did Nelson Mandela do between his release in 1990 and the 1994 election?",
    "Explain why Hermione Granger is often called the real hero of the Harry Potter books.",
    "How do I get from Charles de Gaulle airport to the Eiffel Tower by public transport?",
    "Write a short poem in the style of Emily Dickinson about winter light.",
    "Was Serena Williams or Steffi Graf more dominant at their peak? Use Grand Slam counts.",
    "What makes a Ben & Jerry's flavour name memorable? Give examples.",
    "Describe the architecture of the Sydney Harbour Bridge and how it compares to the Golden Gate.",
    "List three leadership lessons from Captain Jean-Luc Picard.",
    "How much did the Hubble Space Telescope cost, and what replaced it?",
    "Give me a reading order for Terry Pratchett's Discworld city watch novels.",
    "Explain the McDonald's franchise model to a business student.",
    "What was Ada Lovelace's role in early computing, and how accurate is that reputation?",
    "Plan a weekend in Victoria, British Columbia, including Butchart Gardens.",
]

# 20 technical requests with placeholder data only.
CLEAN_TECHNICAL = [
    "Write a Python function that validates an email address format, with tests using user@example.com and not-an-email.",
    "Give me a SQL query that returns the top 5 customers by total order value from tables customers(id, name) and orders(id, customer_id, amount).",
    "Create a JSON schema for a user object with fields id (integer), name (string), email (string, format email) and created_at (date-time).",
    "How do I configure nginx to proxy requests from example.com to a Node app on localhost:3000?",
    "Write a bash one-liner that counts unique IP addresses in an access.log file.",
    "Generate a Jinja template for an invoice email that uses {{ customer_name }}, {{ invoice_number }} and {{ amount_due }}.",
    "Explain how to store API keys in environment variables instead of hard-coding them, with an example using MY_API_KEY=your-key-here.",
    "Write a regex that matches UK postcodes like SW1A 1AA and explain each part.",
    "Docker compose file for Postgres with POSTGRES_USER=app and POSTGRES_PASSWORD=changeme, plus a volume.",
    'How do I mock an HTTP call in pytest that returns {"status": "ok", "user": "test-user"}?',
    "Write a TypeScript type for an address with street, city, postcode and country, all strings.",
    "What's the difference between 0.0.0.0 and 127.0.0.1 when binding a development server?",
    "Show a curl example that posts JSON to https://api.example.com/v1/items with a bearer token placeholder <TOKEN>.",
    "Write a Go function that masks all but the last four digits of a card number string like XXXX-XXXX-XXXX-1234.",
    "Explain how to set up a .gitignore that excludes .env files, node_modules and build output.",
    "Design a database table for storing customer support tickets; use sample rows with names like Customer A and Customer B.",
    "Convert this CSV header to a Pandas DataFrame with typed columns: id,first_name,last_name,signup_date,plan.",
    "Write a GitHub Actions workflow that runs pytest on Python 3.11 and 3.12.",
    "How do I rotate logs daily with logrotate and keep 14 days of compressed files?",
    "Write a function that generates a random 12-character password and explain why secrets is better than random in Python.",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "287116912345686": nir_ok,
    "2 95 06 75 112 047 94": nir_ok,
    "485 219 7369": nhs_ok,
    "612 803 4578": nhs_ok,
    "394 027 8165": nhs_ok,
    "703 561 2971": nhs_ok,
    "4827163B": pps_ok,
    "6093418N": pps_ok,
    "57391028463": steuer_id_ok,
    "82640173953": steuer_id_ok,
    "273940181": bsn_ok,
    "618504722": bsn_ok,
    "157369249": bsn_ok,
    "804612377": bsn_ok,
    "92031547186": pesel_ok,
    "04250839157": pesel_ok,
    "85112703629": pesel_ok,
    "248193570": nif_ok,
    "235609188": nif_ok,
    "271046830": nif_ok,
    "483.920.175-79": cpf_ok,
    "719.305.842-88": cpf_ok,
    "265.148.903-42": cpf_ok,
    "837.462.019-69": cpf_ok,
    "5284 7193 0629": aadhaar_ok,
    "7391 6048 2572": aadhaar_ok,
    "4826 0397 1589": aadhaar_ok,
    "610394827354": aadhaar_ok,
    "8804125123080": luhn_len(13),
    "9507230184082": luhn_len(13),
    "7909155831089": luhn_len(13),
    "0103066129083": luhn_len(13),
    "483 091 708": tfn_ok,
    "627 154 918": tfn_ok,
    "395 820 602": tfn_ok,
    "2948 17366 1": medicare_ok,
    "5183 09479 1": medicare_ok,
    "JBT9156": nhi_ok,
    "PLX3060": nhi_ok,
    "273 918 466": luhn_len(9),
    "518 047 295": luhn_len(9),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\(0[2378]\) (5550|7010) \d{4}",  # Australian fictional landlines
        r"0491 57\d \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"08\d \d{3} \d{4}",  # Irish and South African mobiles
        r"0[78]0\d \d{3} \d{4}",  # Nigerian mobiles
        r"03\d{2}-\d{7}",  # Pakistani mobiles
        r"02\d \d{3} \d{4}",  # New Zealand mobiles
        r"\+(27|31|48|52|91|234|351|353) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Most chat requests name someone and many carry a secret; every snippet holds at least
    two values; the records carry one person each."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 70 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in SNIPPETS for s in marked_spans(t)}
    for kind in ("API_KEY", "IP_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "PASSWORD"):
        if kind not in kinds:
            raise SystemExit(f"snippets: no {kind}")
    for text in RECORDS:
        names = {s["value"] for s in marked_spans(text) if s["type"] == "PERSON"}
        if len(names) > 1:
            raise SystemExit(f"records: more than one person in {strip_marks(text)[0][:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 110),
        "records": (RECORDS, 60),
        "snippets": (SNIPPETS, 50),
        "clean benchmark": (CLEAN_BENCHMARK, 30),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean public": (CLEAN_PUBLIC, 20),
        "clean technical": (CLEAN_TECHNICAL, 20),
    }
    pii = CHAT + RECORDS + SNIPPETS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (1, 3))
    check_counts("snippets", SNIPPETS, SNIPPET_WORDS, (2, 14))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind61", HERE, sections, {"chat", "records", "snippets"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
