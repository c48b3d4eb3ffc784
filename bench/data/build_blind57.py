# ruff: noqa: E501
"""A fifty-seventh blind privacy set: 220 texts with personal data and 100 clean ones, the
mix a held-out privacy check of a chat gateway would use.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 90 chat requests (3 to 100 words) that people type to an assistant about private people
  and their own data; the first 22 are typed all in lower case, with typos and no
  punctuation. A surname alone ("pls remind baptiste"), names with accents or non-English
  letters, lower-case names, names that are common words (Mercy, Lane, Cash, Dusty, Star,
  Royal, Hope, Sunny), names with no cue in the middle of a sentence, nicknames; passwords
  that look like passwords, PINs, door codes and ordinary words used as passwords; phones
  without separators and in national layouts; street addresses of the UK, Ireland, Canada,
  Australia, Germany, Sweden, Japan, South Korea, Nigeria, Ghana, Chile and Peru, an APO
  and an FPO military address; e-mails; member, loyalty, student and account numbers;
* 80 short third-person statements (5 to 45 words) in the style of presidio-research's
  synthetic PII sentences, each of its own shape (a bio, a payment line, an HR record, a
  shipping note, a support log, a travel line, a tenancy line, a form, a court listing, a
  lab slip...), one to three values each: names of many origins with titles, particles and
  hyphens; addresses of many countries; phones, cards, IBANs, SSNs, national ids with valid
  check digits, passports, driver licences, usernames and IPs;
* 50 free-text rows (6 to 60 words) like a synthetic PII dataset's: a name and one to
  three of e-mail, username, password, IP, account number, API key, card, IBAN and phone,
  each its own sentence.

Usernames and logins, account, member, loyalty, customer, student, employee and patient
numbers, passports, driver licences and national ids are ID_NUMBER; PINs, door and gate
codes, wifi keys, passphrases and one-time codes PASSWORD; titles and relation words (Mr,
Ms, Dr, Sgt, my gran, my landlord) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; public figures, fictional
characters, brands, places named after people, order, tracking, invoice and ticket numbers
and dates of birth are not labelled; every occurrence of a private value is marked.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (writing,
role-play, reasoning, math, coding, STEM, humanities; some naming famous or fictional
people), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items with
options A to D (law cases with fictional parties, medicine vignettes, history naming
historical figures) and 25 healthcare-routing questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0, 0161 496
0; North America 555-01xx; Australia 0491 570 and 02 5550; France 06 39 98; Germany 030
23125, 069 90009, 040 66969) and in each country's own layout elsewhere (Ireland, Sweden,
Japan, South Korea, Nigeria, Ghana, Chile, Peru, India); cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (Canadian SIN, Swedish personnummer, NHS number, Irish PPS number, Korean
resident registration number, Japanese My Number, Chilean RUT, German tax id, Australian
TFN and Medicare number, Spanish DNI and NIE, Indian Aadhaar, Dutch BSN, Brazilian CPF,
Finnish henkilötunnus, Norwegian fødselsnummer, Polish PESEL, South African id, Singapore
NRIC, French NIR, Italian codice fiscale, Chinese resident id, Turkish kimlik, Romanian
CNP).

Run ``.venv/bin/python bench/data/build_blind57.py`` from the repository root; the output is
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
    nhs_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 22
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
PRESIDIO_WORDS = (5, 45)
ROWS_WORDS = (6, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|SSG|Capt|Lt|Rev|Fr|Sr|Sra|Srta|Herr|Frau|Mme|Auntie|Aunt|Uncle|Nurse|Coach|Sir|Dame|Alhaji|Chief)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 90 chat requests; the first 22 typed all in lower case.
CHAT = [
    "pls remind [[PERSON|baptiste]] about the invoice hes been ignoring my emails for 2 weeks lol",
    "text [[PERSON|mercy]] that the wifi pasword is [[PASSWORD|pineapple2019]] she keeps asking me evry time she comes over",
    "can u draft a msg to [[PERSON|dusty]] saying rent is due friday his number is [[PHONE_NUMBER|07700900418]]",
    "whats a polite way to tell [[PERSON|lane]] i dont want to share my streaming login anymore",
    "door code is [[PASSWORD|4471]] and the key lockbox is [[PASSWORD|0930]] write a short note for the cleaner [[PERSON|ximena]] in spanish",
    "forgot my student number again its [[ID_NUMBER|s2318847]] pls save it somewhere i can find it",
    "send [[PERSON|cash]] the address [[STREET_ADDRESS|14 ashgrove road leeds ls6 2jp]] for saturday he always gets lost",
    "remind me to call [[PERSON|siobhán]] back on [[PHONE_NUMBER|087 314 6620]] after 6 tonite",
    "set a reminder to change my gym app password from [[PASSWORD|bluemonkey88]] its been like 4 years",
    "who do i contact if the courier left [[PERSON|kwame]]s parcel at the wrong house his place is [[STREET_ADDRESS|house no 12 nii odoi street osu accra]]",
    "write a birthday msg for [[PERSON|star]] from me and [[PERSON|royal]] keep it short and funny",
    "[[PERSON|jörg]] wants the spare key left under the mat at [[STREET_ADDRESS|lindenstraße 42 50674 köln]] how do i say that in german",
    "my loyalty card number is [[ID_NUMBER|6034 5521 8807 1942]] why isnt it giving me any points",
    "can you check if this email looks right for [[PERSON|nnamdi]] [[EMAIL_ADDRESS|nnamdi.okeke84@gmail.com]] it bounced yesterday",
    "tell my landlord mr [[PERSON|kim]] the boiler at [[STREET_ADDRESS|34 worldcup-buk-ro 12-gil mapo-gu seoul 03995]] broke again pls translate to korean",
    "my bank pin is [[PASSWORD|2580]] is that too easy to guess be honest",
    "whats [[PERSON|tobi]]s number again oh wait its [[PHONE_NUMBER|08031457726]] save it as [[PERSON|tobi]] work",
    "help me write an apology to [[PERSON|agnieszka wróbel]] i totaly missed her kids party on sunday",
    "account no [[ID_NUMBER|40298813]] is that enough for [[PERSON|maguire]] to pay me back or does he need more",
    "ok new wifi is [[PASSWORD|marmalade]] and the router admin is [[PASSWORD|hunter77x]] put that on a card for my gran [[PERSON|maeve]]",
    "pls forward the receipts to [[EMAIL_ADDRESS|hanna.lindqvist@telia.se]] and cc her boss [[PERSON|göran]]",
    "write to the school that [[PERSON|matías]] moved to [[STREET_ADDRESS|av los leones 1320 depto 504 providencia santiago]] from next month",
    "Can you remind [[PERSON|Okonkwo]] that the quarterly figures are due on Thursday?",
    "Ask [[PERSON|Mercy Adjei]] if she is still at [[STREET_ADDRESS|15 Adebayo Close, Ikeja, Lagos 100271]] before I post the wedding card.",
    "I keep mixing up my passwords. The work one is [[PASSWORD|Kx9#mQ2!vTe]] and the home one is [[PASSWORD|Lantern-Ox-47]]. Give me a memory trick for each.",
    "Draft a short text: Hi [[PERSON|Lane]], the plumber can come Tuesday, call me on [[PHONE_NUMBER|(312) 555-0147]] if that's a problem.",
    "My son [[PERSON|Cash]] needs a permission slip signed. Write one saying he can go on the zoo trip with Ms [[PERSON|Delacroix]]'s class.",
    "Please turn this into a formal letter to [[PERSON|Dusty Harlan]] asking him to move his trailer off the shared drive.",
    "What should I write on the envelope for my cousin in Sapporo? His address is [[STREET_ADDRESS|2-15-8 Kita 3-jo Nishi, Chuo-ku, Sapporo, Hokkaido 060-0003]].",
    "Convert this into a tidy contact card: [[PERSON|Sinéad Ní Bhriain]], [[STREET_ADDRESS|7 Glenmore Park, Ballincollig, Co. Cork P31 X2F4]], [[PHONE_NUMBER|+353 86 204 7719]].",
    "The garage door code is [[PASSWORD|7719#]] and the side gate is [[PASSWORD|1204]]. Make a checklist for the dog sitter.",
    "Is it normal that my credit union member number [[ID_NUMBER|M-0047821]] is on the front of the statement?",
    "Tell [[PERSON|Bex]] I'll be late, her number is [[PHONE_NUMBER|07700 900261]].",
    "Could you write a reference for [[PERSON|Star Okafor]]? She worked on my team for three years and [[PERSON|Star]] was always first in.",
    "My uncle [[PERSON|Royal Pettigrew]] turns ninety next week. Write something warm for the cake.",
    "Can you explain what a gate code is? Ours is [[PASSWORD|3366]] and the courier says it doesn't work.",
    "Summarise this for me: [[PERSON|Ingrid Söderberg]] moved to [[STREET_ADDRESS|Storgatan 17, 411 38 Göteborg]] and her new mobile is [[PHONE_NUMBER|070-412 83 55]].",
    "I need to send a parcel to my brother on base. Is this right: [[PERSON|Marcus Whitfield]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]]?",
    "Write a thank-you note to the roofers, especially [[PERSON|Ines]] and [[PERSON|Harlan]] who stayed late in the rain.",
    "My login for the library portal is [[ID_NUMBER|dmcreedy04]] and the password is [[PASSWORD|butterscotch]]. Why does it keep locking me out?",
    "Reply to [[PERSON|Łukasz]] and say the invoice went to [[EMAIL_ADDRESS|lukasz.zielinski@onet.pl]] yesterday.",
    "Remind me Saturday to ring [[PERSON|Gaz]] on [[PHONE_NUMBER|0161 496 0382]] about the football tickets.",
    "We're moving! New address: [[STREET_ADDRESS|88 Rue Saint-Vallier Est, Québec, QC G1K 3P2]]. Write a cheerful announcement for the family group chat.",
    "How do I tell [[PERSON|Hope]] that I can't lend her money again without sounding cold?",
    "Can you format this for the HR form? Student ID [[ID_NUMBER|20417793]], name [[PERSON|Zoë Achterberg]], email [[EMAIL_ADDRESS|z.achterberg@student.uva.nl]].",
    "the OTP they sent me is [[PASSWORD|418207]], is it safe to paste it into this chat?",
    "Plan a surprise dinner for [[PERSON|Sunny]] and me next Friday, somewhere near [[STREET_ADDRESS|23 Banksia Crescent, Toowong QLD 4066]].",
    "What's the easiest way to share the Airbnb door PIN [[PASSWORD|5821]] with [[PERSON|Teodora]] without texting it?",
    "Text my nonna [[PERSON|Graziella]] on [[PHONE_NUMBER|+39 347 218 6604]] that lunch moved to one.",
    "Please make a packing list for [[PERSON|Nguyễn Thị Lan]] and me, we fly to Lima and stay at [[STREET_ADDRESS|Jr. Huallaga 455, Cercado de Lima 15001]].",
    "My Tesco Clubcard is [[ID_NUMBER|634004 0192 7735 118]] and it says expired. Who do I call?",
    "Write a break-up text to [[PERSON|Jonno]]. Be kind but firm.",
    "I think someone used my account [[ID_NUMBER|CHK-3390417]] at the petrol station. What do I say to the bank?",
    "Send a reminder to [[EMAIL_ADDRESS|r.featherstonehaugh@btinternet.com]] that the book club meets at [[PERSON|Philippa]]'s this month.",
    "Is [[PASSWORD|Summer2024!]] a strong enough password for my email? My sister [[PERSON|Summer]] thinks it's fine.",
    "Translate into Korean: please deliver to [[STREET_ADDRESS|서울특별시 강남구 테헤란로 152, 1204호]] and call [[PHONE_NUMBER|010-3827-4416]] on arrival.",
    "Write a short bio for [[PERSON|Søren Kierkegaard-Holm]] for the parish newsletter; he runs the Tuesday soup kitchen.",
    "My frequent flyer number is [[ID_NUMBER|BA 48203917]], can you check what tier that is?",
    "Can you help me word a complaint? The delivery for [[PERSON|Adaeze Nwosu]] went to [[STREET_ADDRESS|22 Ogui Road, Enugu 400102]] instead of the office.",
    "Reword this: Dear [[PERSON|Rich]], the kayak club fees are overdue.",
    "What time is it in Accra? I need to call [[PERSON|Efua]] on [[PHONE_NUMBER|024 553 1870]] before she leaves work.",
    "Add [[PERSON|Priya Raghunathan]] to my contacts: [[PHONE_NUMBER|+91 98450 31276]], [[EMAIL_ADDRESS|priya.r@fastmail.in]].",
    "My husband changed the Netflix password to [[PASSWORD|couchpotato]] and forgot it. How do we reset it?",
    "Write an invitation to [[PERSON|Mateo]], [[PERSON|Lucía]] and [[PERSON|Benjamín]] for Saturday at [[STREET_ADDRESS|Pasaje Las Camelias 2281, Ñuñoa, Santiago]].",
    "Compose a note to the neighbours at [[STREET_ADDRESS|41 Cedar Avenue, Mississauga, ON L5B 2T7]] asking them to trim the hedge.",
    "Check my maths: [[PERSON|Dagny]] owes me 40, [[PERSON|Olu]] owes me 25 and I owe [[PERSON|Wren]] 30. Who pays whom?",
    "Is this a scam? Someone texted asking me to confirm my loyalty ID [[ID_NUMBER|LY-77402918]] and my postcode.",
    "Can you write a note for [[PERSON|Ayşe]]'s teacher? She was off sick Monday.",
    "The school portal says my username [[ID_NUMBER|okafor.c2011]] doesn't exist. What else could it be?",
    "My brother's FPO address is [[STREET_ADDRESS|PSC 817 Box 23, FPO AE 09622]]. Can I send batteries there?",
    "Please write a polite reminder to [[PERSON|Ferreira-Lopes]] that the deposit is still outstanding.",
    "Put these in a table: [[PERSON|Kenji Mori]] [[PHONE_NUMBER|09038275146]], [[PERSON|Haruka Ito]] [[PHONE_NUMBER|080-6614-2093]].",
    "Write a good luck card for [[PERSON|Dusty Mae]], who starts nursing school tomorrow.",
    "My wife [[PERSON|Ngozi]] keeps her bank pin [[PASSWORD|1793]] in her phone notes. Convince her that's a bad idea.",
    "Help me answer this email from [[EMAIL_ADDRESS|b.asante@ug.edu.gh]] about my thesis draft.",
    "Rewrite my voicemail greeting: you've reached [[PERSON|Cormac]], leave a message or try [[PHONE_NUMBER|085 771 0258]].",
    "What gift should I get [[PERSON|Tavita]] for her graduation? She loves hiking.",
    "I set the laptop password to [[PASSWORD|Otter!Stream9]] and the screen PIN to [[PASSWORD|608214]]. Are those fine?",
    "Compose a WhatsApp message to [[PERSON|Ñusta Quispe]] on [[PHONE_NUMBER|+51 984 226 713]] confirming the Cusco tour.",
    "Remind me to meet [[PERSON|Oli]] and [[PERSON|Amaru]] at the café at noon.",
    "My gym membership number is [[ID_NUMBER|PG-204481]] and they charged me twice. Write the complaint.",
    "Can you make [[PERSON|İlkay]]'s CV sound more confident? She's applying for logistics roles.",
    "Should I give the babysitter the house alarm code [[PASSWORD|9045]] or just leave the door unlocked?",
    "Format for a label: [[PERSON|Yaw Boateng]], [[STREET_ADDRESS|9 Lagos Avenue, East Legon, Accra GA-183-8164]].",
    "Email [[PERSON|Ólafur]] at [[EMAIL_ADDRESS|olafur.h@simnet.is]] and ask for the cabin photos.",
    "Write a LinkedIn recommendation for [[PERSON|Temperance Oduya]], who managed our warehouse rota.",
    "What should I say when I call [[PHONE_NUMBER|3125550162]] to cancel my dentist appointment?",
    "My account number is [[ID_NUMBER|00418827]] and [[PERSON|Aurelio]] needs it to send rent; is it safe to text?",
    "Help me split the bill: me, [[PERSON|Bao]], [[PERSON|Mercedes]] and [[PERSON|Fitz]] spent 184 at dinner.",
    "Turn this into a sign for the door: visitors ring [[PHONE_NUMBER|0491 570 118]] and ask for [[PERSON|Blessing]].",
]

# 80 short third-person statements in the style of presidio-research's synthetic PII sentences.
PRESIDIO = [
    "[[PERSON|Harriet Oyelaran-Smythe]] grew up in Bristol and now teaches violin from her home at [[STREET_ADDRESS|12 Whiteladies Road, Bristol BS8 2PH]].",
    "Payment of 240.00 was taken from card [[CREDIT_CARD|4539 1726 0483 7152]] on behalf of [[PERSON|Tomasz Wierzbicki]].",
    "Employee record: [[PERSON|Aiyana Redcloud]], employee no. [[ID_NUMBER|E-558102]], started in the Denver office in March.",
    "Ship to [[PERSON|Callum MacAulay]], [[STREET_ADDRESS|4 Harbour Street, Stornoway HS1 2XA]], leave with neighbour if out.",
    "Support log 14:02 - user [[ID_NUMBER|jvandermeer]] signed in from [[IP_ADDRESS|203.0.113.58]] and reset two-factor.",
    "[[PERSON|Fatima Zahra El Idrissi]] flies from Casablanca to Montreal on passport [[ID_NUMBER|UZ4810273]].",
    "Tenancy: [[PERSON|Rory Fitzpatrick]] rents [[STREET_ADDRESS|Apartment 6, 19 Dame Lane, Dublin 2, D02 FX65]] from the first of June.",
    "The refund went to IBAN [[IBAN_CODE|DE21 5001 0517 0648 2139 57]], held by [[PERSON|Wiebke Hansen]].",
    "[[PERSON|Jae-won Baek]]'s resident registration number is [[ID_NUMBER|920318-2074518]].",
    "Dr. [[PERSON|Esperanza Villalobos de la Torre]] can be reached at [[PHONE_NUMBER|+56 9 6241 3087]].",
    "Social Security number [[US_SSN|412-68-3097]] belongs to [[PERSON|Darnell Whitaker]].",
    "Contact [[PERSON|Pieter-Jan de Smet]] by email at [[EMAIL_ADDRESS|pj.desmet@telenet.be]].",
    "Driver licence [[ID_NUMBER|MORGA753116SM9IJ]] was issued to [[PERSON|Sian Morgan]] in 2016.",
    "[[PERSON|Mehmet Can Yıldırım]], kimlik no [[ID_NUMBER|31847052662]], applied for a visitor permit.",
    "Billing address on file: [[STREET_ADDRESS|Kungsgatan 8, 111 43 Stockholm]].",
    "Mr. [[PERSON|Abimbola Adeyemi]] calls in most weeks from [[PHONE_NUMBER|+234 803 552 1907]].",
    "Her Aadhaar, [[ID_NUMBER|6184 2907 3516]], was attached to the gas connection form.",
    "The parcel for [[PERSON|Chloé Marchand]] is addressed to [[STREET_ADDRESS|27 rue des Tanneurs, 67000 Strasbourg]].",
    "[[PERSON|Liang Xiaoyu]] (ID [[ID_NUMBER|110105198806142737]]) checked in at the Beijing office.",
    "Amex [[CREDIT_CARD|3762 148590 31273]] belongs to [[PERSON|Bartholomew Finch]].",
    "The NHS number of [[PERSON|Gwendolyn Price]] is [[ID_NUMBER|485 721 9069]].",
    "Request from [[IP_ADDRESS|198.51.100.201]] flagged for [[PERSON|Oksana Hrytsenko]]'s account.",
    "[[PERSON|Tariq Al-Hashimi]] wires rent each month to [[IBAN_CODE|GB54 BARC 2031 7459 1830 26]].",
    "Court listing: [[PERSON|Reginald Ashcombe-Wells]] v. Harbourside Lettings, hearing moved to May.",
    "Lab slip for [[PERSON|Noor Siddiqui]], patient number [[ID_NUMBER|PT-0093318]], collected at 08:40.",
    "Please call [[PERSON|Anneliese Vogt]] on [[PHONE_NUMBER|030 23125 417]] to confirm the viewing.",
    "The scholarship goes to [[PERSON|Kofi Mensah-Bonsu]], whose SIN is [[ID_NUMBER|527 193 841]].",
    "[[PERSON|Ji-hoon Shin]] lives at [[STREET_ADDRESS|45 Haeundaehaebyeon-ro, Haeundae-gu, Busan 48099]].",
    "Ticket 5512: [[PERSON|Marisol Quintero]] cannot log in as [[ID_NUMBER|mquintero_88]].",
    "Sra. [[PERSON|Carmen Rodríguez Olmedo]], DNI [[ID_NUMBER|48291736Q]], signed the lease.",
    "Personnummer [[ID_NUMBER|870923-4184]] is registered to [[PERSON|Elin Bergqvist]].",
    "[[PERSON|Declan O'Shaughnessy]]'s PPS number is [[ID_NUMBER|6283017D]].",
    "Invoice paid by [[PERSON|Sakura Yamamoto]] with card [[CREDIT_CARD|5523 8401 9627 3409]].",
    "Forwarding address for [[PERSON|Benedict Oyelowo]]: [[STREET_ADDRESS|Flat 2B, 30 Marine Parade, Brighton BN2 1TL]].",
    "[[PERSON|Mariam Tesfaye]] works nights and answers [[PHONE_NUMBER|(206) 555-0139]] after six.",
    "Account holder [[PERSON|Lennart Bos]], BSN [[ID_NUMBER|274816301]].",
    "Passport [[ID_NUMBER|C7FJ20K4M]] was renewed for [[PERSON|Henrike Schäfer]] last spring.",
    "The Medicare card [[ID_NUMBER|2947 31583 1]] is in the name of [[PERSON|Bronwyn Tait]].",
    "[[PERSON|Ashkii Begay]] volunteers at the clinic and lists [[EMAIL_ADDRESS|ashkii.begay@navajonet.org]] as contact.",
    "Steuer-ID [[ID_NUMBER|47182903657]] was quoted by [[PERSON|Dietrich von Hallberg]].",
    "[[PERSON|Camila Andrade]], CPF [[ID_NUMBER|639.417.208-13]], moved to Curitiba.",
    "The wedding list is held by [[PERSON|Eilidh Grant]] at [[EMAIL_ADDRESS|eilidh.grant@hotmail.co.uk]].",
    "Shipment left the depot for [[STREET_ADDRESS|Paseo de la Castellana 118, 4º B, 28046 Madrid]].",
    "A charge on [[CREDIT_CARD|6011 5283 9047 2615]] was disputed by [[PERSON|Travis Beaumont]].",
    "Rent for [[STREET_ADDRESS|3/27 Albert Street, Brunswick VIC 3056]] is paid by [[PERSON|Mele Tupou]].",
    "[[PERSON|Rajesh Venkataraman]] logged in with user [[ID_NUMBER|rvenkat]] from [[IP_ADDRESS|192.0.2.77]].",
    "RUT [[ID_NUMBER|16.482.907-3]] belongs to [[PERSON|Ignacio Fuentealba]].",
    "Ms. [[PERSON|Olamide Bakare-Jones]] prefers calls to [[PHONE_NUMBER|020 7946 0581]].",
    "[[PERSON|Hamid Rezaei]] used card [[CREDIT_CARD|4916 7203 8845 1260]] at the hotel in Muscat.",
    "Henkilötunnus [[ID_NUMBER|140389-417V]] identifies [[PERSON|Aino Lehtinen]].",
    "[[PERSON|Gustavo Ferraz]] transferred the deposit from [[IBAN_CODE|PT34 0033 0000 4531 8273 6090 5]].",
    "The tutor [[PERSON|Wanjiru Kamau]] is based at [[STREET_ADDRESS|Plot 14, Ngong Road, Nairobi 00100]].",
    "SSN [[US_SSN|538-21-7764]] appears on [[PERSON|Kayla Brennan]]'s W-2.",
    "[[PERSON|Tevita Fifita]] asked that mail go to [[EMAIL_ADDRESS|tevita.f@xtra.co.nz]].",
    "Singapore NRIC [[ID_NUMBER|S8731462F]] was scanned for [[PERSON|Goh Wei Ling]].",
    "[[PERSON|Anouk Verbeek]] banks with [[IBAN_CODE|NL57 RABO 0318 4620 57]].",
    "Codice fiscale [[ID_NUMBER|BRNGLI85M52F205A]] belongs to [[PERSON|Giulia Bruno]].",
    "Travel profile: [[PERSON|Sebastián Echeverría]], passport [[ID_NUMBER|P02748391]], seat 14C.",
    "The lab emailed results to [[PERSON|Svetlana Morozova]] at [[EMAIL_ADDRESS|s.morozova@yandex.ru]].",
    "[[PERSON|Olumide Fashola]] runs a tailoring shop at [[STREET_ADDRESS|21 Awolowo Road, Ikoyi, Lagos 101233]].",
    "Fødselsnummer [[ID_NUMBER|03079148511]] was given by [[PERSON|Sigrid Haugland]].",
    "Sgt. [[PERSON|Rosalind Achebe]] can be paged at [[PHONE_NUMBER|(910) 555-0172]].",
    "The API call came from [[IP_ADDRESS|2001:db8:4a1::17]] using [[PERSON|Mikael Lund]]'s token.",
    "PESEL [[ID_NUMBER|91081734526]] is on [[PERSON|Zofia Kamińska]]'s prescription.",
    "[[PERSON|Thandiwe Nkosi]], id number [[ID_NUMBER|8804125170081]], enrolled in the evening course.",
    "[[PERSON|Moana Kealoha]] paid with [[CREDIT_CARD|2221 0438 5916 0722]] and tipped the driver.",
    "TFN [[ID_NUMBER|865 214 077]] was lodged for [[PERSON|Lachlan Pryor]].",
    "[[PERSON|Margaux Lefebvre-Duval]]'s NIR is [[ID_NUMBER|2 84 07 69 123 047 93]].",
    "The hotel kept [[CREDIT_CARD|3718 356029 47111]] on file for [[PERSON|Cornelius Van Rensburg]].",
    "[[PERSON|Aditi Kulkarni]] is reachable at [[PHONE_NUMBER|+91 99002 17384]] until nine.",
    "My Number [[ID_NUMBER|4827 1930 5622]] was written on [[PERSON|Daiki Fujimoto]]'s form.",
    "Funds were returned to [[IBAN_CODE|IE78 AIBK 9311 5247 2619 83]] in the name of [[PERSON|Niamh Brady]].",
    "[[PERSON|Florin Dumitrescu]] (CNP [[ID_NUMBER|2960312405835]]) signed for the delivery.",
    "Rev. [[PERSON|Absalom Mthembu]] hosts a study group at [[STREET_ADDRESS|17 Church Street, Stellenbosch 7600]].",
    "New hire [[PERSON|Quinn Ashdown]] was given the username [[ID_NUMBER|qashdown]] and desk 4F.",
    "[[PERSON|Pilar Huamán]] rents a room at [[STREET_ADDRESS|Calle Los Pinos 318, Miraflores, Lima 15074]].",
    "Refund of 59.90 to [[CREDIT_CARD|4762 0193 4858 6215]], owner [[PERSON|Eamon Kinsella]].",
    "[[PERSON|Yusuf Demir]] reported a failed login from [[IP_ADDRESS|203.0.113.144]] at 03:11.",
    "The NIE [[ID_NUMBER|Y4038271Z]] of [[PERSON|Oleksandr Bondar]] expires next year.",
    "[[PERSON|Philippa Strand]] can be contacted at [[PHONE_NUMBER|069 90009 264]] or [[EMAIL_ADDRESS|p.strand@posteo.de]].",
]

# 50 free-text rows like a synthetic PII dataset's: a name and one to three other values.
ROWS = [
    "[[PERSON|Clementine Osei]] signed up with [[EMAIL_ADDRESS|clem.osei@protonmail.com]] and picked the username [[ID_NUMBER|clemo_92]].",
    "For the staging server, [[PERSON|Vikram Bhattacharya]] uses the login [[ID_NUMBER|vbhatta]] with password [[PASSWORD|Gr8!monsoon#41]].",
    "The last session for [[PERSON|Lorelei Ambrose]] came from [[IP_ADDRESS|198.51.100.23]].",
    "[[PERSON|Ezekiel Tshabalala]]'s savings account [[ID_NUMBER|6284017733]] received the transfer on Monday.",
    "The build pipeline failed because [[PERSON|Hana Novotná]] pasted the key [[API_KEY|ak_live_7Hq2Lw9ZpR4xVb81TcYe3N]] into the log.",
    "Card [[CREDIT_CARD|5351 0294 7781 6030]] was saved to [[PERSON|Raphael Adebisi]]'s wallet.",
    "[[PERSON|Ottilie Brandt]] receives her salary into [[IBAN_CODE|AT64 2011 1827 1936 4520]].",
    "Text [[PERSON|Kaveh Jafari]] at [[PHONE_NUMBER|07700 900734]] if the meeting moves.",
    "[[PERSON|Beatriz Saraiva]] can be reached on [[EMAIL_ADDRESS|bia.saraiva@sapo.pt]] or by phone at [[PHONE_NUMBER|+351 912 408 377]].",
    "User [[ID_NUMBER|fenwick.arlo]] belongs to [[PERSON|Arlo Fenwick]], whose password was reset to [[PASSWORD|Tidal-Fern-2203]].",
    "[[PERSON|Magnus Eriksen]] has connected from [[IP_ADDRESS|203.0.113.9]] and [[IP_ADDRESS|192.0.2.214]] this week.",
    "The monthly gym fee is charged to [[PERSON|Soraya Haddad]]'s card [[CREDIT_CARD|4026 1375 8290 1445]].",
    "[[PERSON|Jovan Petrović]] opened account [[ID_NUMBER|ACC-00721946]] and gave [[EMAIL_ADDRESS|jovan.petrovic@gmx.net]] for statements.",
    "Rotate the token [[API_KEY|ghx_5fT9kQ2mW8rL1vZ0nB7cJ4yD6hS3]] that [[PERSON|Ruairí Gallagher]] left in the repository.",
    "[[PERSON|Lindiwe Dlamini]] asked that refunds go to [[IBAN_CODE|GB84 MIDL 4005 1273 9460 81]].",
    "Please reset the wifi for [[PERSON|Theo Marchetti]]; the old key was [[PASSWORD|cappuccino44]].",
    "[[PERSON|Ayesha Chaudhry]] uses the handle [[ID_NUMBER|ayeshac.design]] on the marketplace.",
    "The shipping notification for [[PERSON|Gideon Ramsay]] went to [[EMAIL_ADDRESS|gideon.ramsay@icloud.com]] and [[PHONE_NUMBER|(503) 555-0118]].",
    "[[PERSON|Xochitl Mendoza]] paid the invoice with [[CREDIT_CARD|5168 9430 2271 9585]] and kept the receipt.",
    "Admin [[PERSON|Bjørn Aasen]] whitelisted [[IP_ADDRESS|198.51.100.77]] for the VPN.",
    "A new device for [[PERSON|Perpetua Ogunleye]] logged in with username [[ID_NUMBER|pogunleye]] from [[IP_ADDRESS|2001:db8:7c::a2]].",
    "[[PERSON|Stellan Ruud]] transferred 300 from [[IBAN_CODE|NO36 8601 1117 421]] to pay the cabin deposit.",
    "Note for support: [[PERSON|Marguerite Fontaine]] forgot her password [[PASSWORD|lavande&miel]] again.",
    "[[PERSON|Kwabena Asamoah]] gave [[PHONE_NUMBER|+233 20 417 6628]] as his daytime number.",
    "The analytics key [[API_KEY|AKc9f4e21b7d6083a5e2f1c8b0d47a9e36]] issued to [[PERSON|Imogen Thackeray]] was revoked.",
    "[[PERSON|Darius Kazemi-Rahn]] keeps his brokerage account [[ID_NUMBER|BRK-4470193]] with the same email, [[EMAIL_ADDRESS|dkr@fastmail.com]].",
    "On the phone, [[PERSON|Leilani Kahale]] read out her full card number, [[CREDIT_CARD|4987 3061 5524 0872]], to the agent.",
    "[[PERSON|Anselm Richter]] pays the school fees from [[IBAN_CODE|DE20 3705 0198 1930 4788 26]].",
    "[[PERSON|Yuki Tanabe]]'s phone [[PHONE_NUMBER|070-2291-5863]] is linked to the account.",
    "The shared inbox password [[PASSWORD|Quokka$Harbour77]] was set by [[PERSON|Saoirse Delaney]].",
    "[[PERSON|Malik Abernathy]] signed in from [[IP_ADDRESS|192.0.2.151]] as [[ID_NUMBER|mabernathy]].",
    "Refunds for [[PERSON|Élodie Garnier]] are sent to [[IBAN_CODE|FR25 3000 4008 9100 0419 3725 862]].",
    "[[PERSON|Orlando Batista]] registered [[EMAIL_ADDRESS|obatista@uol.com.br]] with password [[PASSWORD|SambaNoite!9]].",
    "The webhook secret [[API_KEY|whsec_Qm3t8ZrV2pXk6LfN9bDw4YcH]] belongs to [[PERSON|Nadia Qureshi]]'s test app.",
    "[[PERSON|Bertrand Oyono]] uses card [[CREDIT_CARD|5432 6618 0297 3509]] and phone [[PHONE_NUMBER|06 39 98 41 27]].",
    "[[PERSON|Freya Lindholm]] set up online banking for account [[ID_NUMBER|90451287]].",
    "Escalate: [[PERSON|Cosimo Ricci]] shared his password [[PASSWORD|tramonto1987]] over chat.",
    "[[PERSON|Adwoa Frimpong]]'s new email is [[EMAIL_ADDRESS|adwoa.frimpong@yahoo.com]].",
    "Salary for [[PERSON|Ivan Kostadinov]] goes to [[IBAN_CODE|ES12 2100 0418 4102 0736 4519]] and payslips to [[EMAIL_ADDRESS|ivan.kostadinov@abv.bg]].",
    "[[PERSON|Maximilian Ebner]] keeps the cloud key [[API_KEY|xk-prod-93JfL2qWz8MnB5vR0tKc]] in a notes app.",
    "The courier texted [[PERSON|Roisin Keane]] at [[PHONE_NUMBER|+353 87 552 0914]] about a missed delivery.",
    "[[PERSON|Tomás Ó Murchú]] has the gamer tag [[ID_NUMBER|murchu_t]] and logs in from [[IP_ADDRESS|203.0.113.201]].",
    "A chargeback on [[CREDIT_CARD|3569 1204 8873 6219]] was raised by [[PERSON|Haruto Sasaki]].",
    "[[PERSON|Vivienne Okoro]] moved her savings to [[IBAN_CODE|BE34 3102 7450 8356]].",
    "The helpdesk reset [[PERSON|Lucas Moreau-Bell]]'s password to the temporary [[PASSWORD|Temp-8842-Kiwi]].",
    "[[PERSON|Paloma Serrano]] checks her account [[ID_NUMBER|5501-388204]] from [[IP_ADDRESS|198.51.100.162]].",
    "[[PERSON|Emre Aksoy]] pays subscriptions with [[CREDIT_CARD|4130 7956 2818 3063]] and gets receipts at [[EMAIL_ADDRESS|emre.aksoy@outlook.com]].",
    "The staging key [[API_KEY|stg_R7vQ1xN4bW9zK2mT6pH8cL3d]] was committed by [[PERSON|Priscilla Maddox]].",
    "[[PERSON|Kalani Akana]] calls in from [[PHONE_NUMBER|(808) 555-0164]] and banks with [[IBAN_CODE|CH68 0076 2011 6238 5204 9]].",
    "[[PERSON|Wilhelmina Okafor-Reid]] logs in as [[ID_NUMBER|wokaforreid]] with [[PASSWORD|Marigold!Ledger5]].",
]

CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that public libraries should stay open until midnight.",
    "Pretend you are Sherlock Holmes and explain to Watson how you deduced that a visitor had just come from the seaside.",
    "Compose a haiku sequence of three verses about the first frost of autumn.",
    "You are a tour guide in Kyoto. Describe a one-day walking route for a first-time visitor.",
    "If a train leaves at 9:40 and arrives at 13:15, how long is the journey? Explain your reasoning step by step.",
    "Write a Python function that returns the longest palindromic substring of a string, and state its time complexity.",
    "Explain to a high-school student why the sky looks blue during the day and red at sunset.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Solve for x: 3x + 7 = 2x - 5. Then check your answer.",
    "Draft a product description for a reusable water bottle that keeps drinks cold for 24 hours.",
    "Act as Hermione Granger giving study tips to first-year students before their exams.",
    "What are the main causes of the French Revolution? Answer in under 200 words.",
    "Write a SQL query that finds the three most frequent customers in an orders table.",
    "Explain the difference between mitosis and meiosis with a simple table.",
    "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost?",
    "Rewrite the opening paragraph of Moby-Dick in the style of a modern news report.",
    "Describe how a bill becomes law in the United States in five steps.",
    "Write a short dialogue between Marie Curie and Albert Einstein meeting at a conference in 1911.",
    "Implement binary search in JavaScript and explain what happens when the target is missing.",
    "Why do we have leap years? Give the rules for which years are leap years.",
    "Imagine you are a medieval blacksmith. Describe a typical working day.",
    "What is the derivative of x^3 sin(x)? Show each step.",
    "Summarise the plot of Pride and Prejudice in five sentences for someone who has never read it.",
    "Explain how vaccines train the immune system, using an analogy a ten-year-old would understand.",
    "Give three arguments for and three against a four-day working week.",
]

CLEAN_GSM8K = [
    "Maya buys 4 packs of pencils with 12 pencils each. She gives 15 pencils to her friends. How many pencils does she have left?",
    "Jonah runs 3 miles every weekday and 5 miles on Saturday. How many miles does he run in 4 weeks?",
    "A bakery sells muffins for 2 dollars each. Priya buys 7 muffins and pays with a 20 dollar bill. How much change does she get?",
    "Leo has twice as many marbles as Sam. Together they have 45 marbles. How many marbles does Leo have?",
    "Ava reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish?",
    "Carlos earns 15 dollars an hour and works 32 hours a week. How much does he earn in a month of 4 weeks?",
    "A garden has 6 rows of tomato plants with 9 plants in each row. Nina picks 4 tomatoes from each plant. How many tomatoes does she pick?",
    "Ethan saves 25 dollars a week. He wants a bike that costs 310 dollars. After how many weeks can he buy it?",
    "Zara has 3 times as many stickers as Omar. If Omar has 28 stickers, how many do they have together?",
    "A school bus holds 48 students. How many buses are needed for 275 students?",
    "Grace bought a jacket for 80 dollars at 25 percent off. What was the original price?",
    "Mateo baked 5 trays of cookies with 16 cookies per tray. He ate 6 and sold the rest at 50 cents each. How much money did he make?",
    "Hannah's fish tank holds 60 liters. She fills it at 4 liters per minute. How long until it is three-quarters full?",
    "Isaac is 4 years older than his sister Lily. In 6 years, their ages will add up to 34. How old is Lily now?",
    "A farmer has 120 eggs and packs them in cartons of 12. He sells each carton for 3 dollars. How much does he make?",
    "Ruby walks 1.5 kilometers to school and back each day. How far does she walk in a 5-day school week?",
    "Tom's phone plan costs 35 dollars a month plus 10 cents per text. Last month he sent 140 texts. What was his bill?",
    "Aisha has 72 beads. She uses a third of them for a necklace and half of the rest for a bracelet. How many beads are left?",
    "A rectangle is 14 cm long and 9 cm wide. Felix draws a square with the same perimeter. What is the side of the square?",
    "Olivia collects 3 shells on Monday, and each day after she collects 2 more than the day before. How many shells does she have after Friday?",
    "Noah pays 45 dollars for 3 concert tickets. How much would 8 tickets cost at the same price?",
    "Chloe scored 82, 91 and 77 on three tests. What score does she need on the fourth test to average 85?",
    "A car travels 240 km on 16 liters of fuel. How far can Ben drive on 25 liters?",
    "Sofia's class has 30 students and 40 percent of them play an instrument. How many students do not play one?",
    "Jack cuts a 5 meter rope into pieces of 35 centimeters. How many full pieces does he get and how much rope is left?",
]

CLEAN_MMLU = [
    "Which of the following best describes the holding in Marbury v. Madison? A) Congress may regulate interstate commerce B) The Supreme Court may review the constitutionality of laws C) States may not tax federal banks D) Segregated schools are unconstitutional",
    "A 58-year-old man presents with crushing chest pain radiating to the left arm and ST elevation in leads II, III and aVF. Which artery is most likely occluded? A) Left anterior descending B) Left circumflex C) Right coronary D) Left main",
    "Who was the first emperor of the Roman Empire? A) Julius Caesar B) Augustus C) Nero D) Constantine",
    "Plaintiff Arden sued Defendant Brookvale Builders after a wall collapsed on his car parked lawfully on the street. Which doctrine most likely allows Arden to recover without proving specific negligence? A) Res ipsa loquitur B) Assumption of risk C) Contributory negligence D) Last clear chance",
    "Which hormone is primarily responsible for lowering blood glucose? A) Glucagon B) Cortisol C) Insulin D) Adrenaline",
    "The Treaty of Versailles was signed at the end of which war? A) The Franco-Prussian War B) World War I C) World War II D) The Crimean War",
    "A 24-year-old woman has fatigue, pale conjunctivae and a low mean corpuscular volume. What is the most likely diagnosis? A) Vitamin B12 deficiency B) Iron deficiency anemia C) Hemolytic anemia D) Aplastic anemia",
    "Under the common law, which element is required for a valid contract? A) Notarization B) Consideration C) A written document D) A witness",
    "Which leader introduced the New Deal? A) Herbert Hoover B) Franklin D. Roosevelt C) Harry Truman D) Woodrow Wilson",
    "What is the value of the integral of 2x from 0 to 3? A) 3 B) 6 C) 9 D) 18",
    "Corvin agreed in writing to sell his horse to Delmar for 2,000 but then sold it to a third party. Delmar's best remedy is: A) Specific performance B) Expectation damages C) Rescission D) Punitive damages",
    "Which organelle is the site of aerobic respiration? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Lysosome",
    "Who wrote The Wealth of Nations? A) John Locke B) Adam Smith C) Karl Marx D) David Ricardo",
    "A 6-year-old child has a barking cough and inspiratory stridor. What is the most likely cause? A) Epiglottitis B) Croup C) Asthma D) Foreign body aspiration",
    "In the Byzantine Empire, who ordered the construction of the Hagia Sophia completed in 537? A) Justinian I B) Basil II C) Heraclius D) Theodosius II",
    "Which amendment to the US Constitution protects against unreasonable searches and seizures? A) First B) Fourth C) Fifth D) Eighth",
    "What is the pH of a solution with a hydrogen ion concentration of 10^-3 M? A) 3 B) 7 C) 11 D) -3",
    "A tenant, Halloran, stopped paying rent after the landlord, Pemberton Estates, failed to fix a broken heating system in winter. Which doctrine best supports Halloran? A) Adverse possession B) Implied warranty of habitability C) Easement by necessity D) Rule against perpetuities",
    "Which explorer led the first expedition to circumnavigate the globe? A) Christopher Columbus B) Vasco da Gama C) Ferdinand Magellan D) James Cook",
    "A patient on warfarin has an INR of 6 without bleeding. What is the most appropriate first step? A) Give fresh frozen plasma B) Hold warfarin C) Start heparin D) Double the dose",
    "Which economic concept describes the value of the next best alternative forgone? A) Marginal utility B) Opportunity cost C) Comparative advantage D) Elasticity",
    "The Magna Carta was sealed by which English king? A) Henry II B) Richard I C) John D) Edward I",
    "Which of the following is a prime number? A) 51 B) 57 C) 59 D) 63",
    "Defendant Quill was charged with burglary after entering an unlocked shed at noon to take tools. At common law, burglary required entry: A) At night into a dwelling B) Into any building C) With a weapon D) By force only",
    "Which philosopher wrote Leviathan? A) Thomas Hobbes B) Jean-Jacques Rousseau C) Immanuel Kant D) Plato",
]

CLEAN_HEALTH = [
    "I have had a sore throat and fever for three days. Should I see a GP or go to urgent care?",
    "Which department handles referrals for knee replacement surgery?",
    "How do I book a follow-up appointment after a blood test?",
    "My child has a rash that does not fade when pressed with a glass. Is this an emergency?",
    "What are the visiting hours for the maternity ward?",
    "Can I get a repeat prescription for my inhaler online, and how long does it take?",
    "Where should I go for a sprained ankle on a Sunday evening?",
    "Is there a clinic that offers travel vaccinations for a trip to Kenya?",
    "How do I request a copy of my medical records?",
    "I feel chest tightness when I climb stairs. Who should I talk to first?",
    "Does the hospital have a pharmacy open at night?",
    "What should I bring to my first physiotherapy appointment?",
    "How do I change the date of my MRI scan?",
    "I think I have a urinary tract infection. Can a pharmacist help or do I need a doctor?",
    "Which number do I call for mental health support outside office hours?",
    "Do I need to fast before a cholesterol test?",
    "How can I register with a new dentist after moving house?",
    "Where is the nearest walk-in centre that treats minor burns?",
    "Can I bring someone into the room during my colonoscopy consultation?",
    "What is the waiting time for a dermatology referral at the moment?",
    "I lost my hospital appointment letter. How can I find out when my next visit is?",
    "Is the flu vaccine free for people over 65, and where can I get it?",
    "My elderly parent has become suddenly confused. Should we call an ambulance?",
    "Who do I contact to arrange patient transport to dialysis?",
    "Can I see a sexual health nurse without an appointment?",
]

NATIONAL_IDS = {
    "920318-2074518": rrn_ok,  # Korean resident registration number
    "31847052662": kimlik_ok,  # Turkish kimlik
    "6184 2907 3516": aadhaar_ok,  # Indian Aadhaar
    "110105198806142737": china_id_ok,  # Chinese resident id
    "485 721 9069": nhs_ok,  # NHS number
    "527 193 841": luhn_len(9),  # Canadian SIN
    "48291736Q": dni_ok,  # Spanish DNI
    "870923-4184": luhn_len(10),  # Swedish personnummer
    "6283017D": pps_ok,  # Irish PPS number
    "274816301": bsn_ok,  # Dutch BSN
    "2947 31583 1": medicare_ok,  # Australian Medicare
    "47182903657": steuer_id_ok,  # German tax id
    "639.417.208-13": cpf_ok,  # Brazilian CPF
    "16.482.907-3": rut_ok,  # Chilean RUT
    "140389-417V": hetu_ok,  # Finnish henkilötunnus
    "S8731462F": nric_ok,  # Singapore NRIC
    "BRNGLI85M52F205A": codice_fiscale_ok,  # Italian codice fiscale
    "03079148511": fodselsnummer_ok,  # Norwegian fødselsnummer
    "91081734526": pesel_ok,  # Polish PESEL
    "8804125170081": luhn_len(13),  # South African id
    "865 214 077": tfn_ok,  # Australian TFN
    "2 84 07 69 123 047 93": nir_ok,  # French NIR
    "4827 1930 5622": my_number_ok,  # Japanese My Number
    "2960312405835": cnp_ok,  # Romanian CNP
    "Y4038271Z": dni_ok,  # Spanish NIE
}

# Every phone must match one of these: ranges kept for fiction where the country has one,
# the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"020 7946 0\d{3}",  # London drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same, typed without separators
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"069 90009 \d{3}",
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile, national layout
        r"07[0236]-\d{3} \d{2} \d{2}",  # Sweden mobile, national layout
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"0[789]0\d{8}",  # Japan mobile, no separators
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"080\d{8}",  # Nigeria mobile, no separators
        r"0[25]\d \d{3} \d{4}",  # Ghana mobile, national layout
        r"\+(39|51|56|91|233|234|351|353) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Chat requests name people and carry secrets, addresses and numbers; every free-text
    row names someone; every MMLU item has options A to D."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    address = sum(any(s["type"] == "STREET_ADDRESS" for s in marked_spans(t)) for t in CHAT)
    number = sum(any(s["type"] == "ID_NUMBER" for s in marked_spans(t)) for t in CHAT)
    if named < 60 or secret < 15 or address < 18 or number < 10:
        raise SystemExit(
            f"chat: {named} named, {secret} secrets, {address} addresses, {number} numbers"
        )
    for t in ROWS:
        kinds = [s["type"] for s in marked_spans(t)]
        if kinds.count("PERSON") != 1 or len(kinds) < 2:
            raise SystemExit(f"rows: one name and at least one other value in {t[:60]!r}")
    for t in CLEAN_MMLU:
        if not all(f"{c}) " in t for c in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {t[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 90),
        "presidio": (PRESIDIO, 80),
        "rows": (ROWS, 50),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + PRESIDIO + ROWS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("rows", ROWS, ROWS_WORDS, (2, 4))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind57", HERE, sections, {"chat", "presidio", "rows"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
