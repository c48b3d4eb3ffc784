# ruff: noqa: E501
"""An eighty-seventh blind privacy set: 220 texts with personal data and 100 clean ones,
written in the manner of everyday chat by older and non-native English writers.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1-12
and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py`` (imports, constants, check functions, ``main``), never the detector,
its rules, docs, tests, the benchmark's rules or any other set's texts. Every text is typed
by hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated
combinations). The writer's emphasis: typos, missing punctuation, run-on sentences,
abbreviations (pls, u, thx, acct, no.) and values typed the way people type them (phones
without separators or split oddly, a card with dots, PINs with spaces, lower-case IBANs).

* 120 chat requests (3 to 100 words) to an AI assistant: people asking to draft, reply,
  translate, summarise, fix, plan, calculate or advise about their own life, work, family,
  health, money, travel, school, home and IT accounts; the first 30 typed all in lower
  case, the next 6 in German, Spanish, French, Portuguese, Turkish and Italian, the rest
  English with capitals. Names of many origins: first names alone, surnames after titles,
  lower-case names, names with non-English letters, a few in Cyrillic, Hangul and Greek
  script, names that are ordinary words (hope, precious, june, Faith, Sunny, Daisy,
  Blessing); passwords, passphrases, PINs, door, gate, alarm and key-safe codes and a wifi
  key (some without the word password); phones, e-mails, usernames, account, member,
  employee, student, patient and policy numbers, national ids, cards, IBANs, one SSN, IPs,
  API keys and street addresses of many countries (one APO address).
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one
  invented person each with one to four values besides the name: contact lines, form
  rows, CSV and JSON fragments, log lines, notes, letters, profiles, bank, HR, payroll,
  insurance and clinical lines, one DPO military address, names in Arabic, Greek,
  Cyrillic, Hangul, Han, Japanese and Hebrew contexts.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (writing,
  reasoning, coding, role-play, STEM; some name public or historical figures or fictional
  characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style
  items with options A to D (some naming historical figures) and 25 patient-style health
  questions naming no one.

Usernames and logins, account, customer, member, employee, student, patient and policy
numbers, passports, driving licences, national and tax ids are ID_NUMBER; PINs, door,
gate, alarm, locker and key-safe codes, wifi keys and passphrases PASSWORD; titles and
relation words (Mr, Mrs, Ms, Dr, my wife, my son) stay outside PERSON spans; an address
span runs from the street line through the postcode and city as typed; public figures,
fictional characters, pets, brands, places, order, invoice, booking, ticket and flight
numbers and dates of birth are not labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (Indian Aadhaar, NHS
number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE,
Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC, Korean
resident registration number, Australian TFN and Medicare, Japanese My Number, Irish PPS,
French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian
CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian
RNOKPP, German tax id, New Zealand NHI, Canadian SIN, Swedish personnummer, South African
id, Israeli teudat zehut, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind87.py`` from the repository root; the output is
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

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|SSgt|PFC|Herr|Frau|Sr|Sra|Mme|Nurse|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all lower case, 6 in other languages, 84 English with capitals.
CHAT = [
    # all lower case
    "hi can u help me write short msg to my landlord mr [[PERSON|okafor]] , the heating not working since friday and it is freezing in the flat, my grandchildren come on the weekend and the little one has a cold already, i call him 3 times no answer and his wife say he is away till the 20th, i want to be polite but firm because i pay the rent always on time for 6 years now and never complain before, he can reach me on [[PHONE_NUMBER|07700 900417]] any time thx",
    "my grandson set up my email and wrote the password on paper but i lost the paper, i think it was [[PASSWORD|bluebird1952]] or similar. how do i reset it for [[EMAIL_ADDRESS|margie.holloway52@inboxmail.net]] pls explain slowly",
    "pls translate to english for my doctor: my name is [[PERSON|teodora vasilescu]], i have pain in the knee since two weeks and cant sleep, my phone is [[PHONE_NUMBER|0161 496 0732]]",
    "can you calculate how much interest i pay, loan is 8500 pounds at 6.9% for 3 years. account no is [[ID_NUMBER|44102937]] if that matter. my wife [[PERSON|bernadette]] says we overpay",
    "card for neighbour [[PERSON|hope]], 80 on sunday, warm words pls",
    "the wifi at my daughters flat is [[PASSWORD|kettle42marmalade]] and the network is called brambles. my laptop keeps saying wrong password what am i doing wrong, windows 10",
    "help me reply to my son [[PERSON|dmitri]] who ask for money again, i want say no but nice. he can call me on [[PHONE_NUMBER|+7 912 408-33-16]] if he want talk",
    "whats a good plan for my trip to lisbon in may, im 71 and walk slow. hotel booked under [[PERSON|arthur penhaligon]] , confirmation lx-55821. how many days is enough",
    "my bank card [[CREDIT_CARD|4716 2093 8841 5071]] got declined at tesco twice today but there is money in there. what could be reason before i ring them",
    "fix my english pls: dear sir, i am [[PERSON|nguyen thi lan]] and i want aply for the cleaner job at your hotel, i have 5 year experience, my email [[EMAIL_ADDRESS|lan.nguyen.hcm@postbox.vn]] thank you",
    "door code for the building is [[PASSWORD|4 7 1 9]] and then press bell flat 3. write a text to the cleaning lady [[PERSON|rosa]] telling her this and that the key is under the green pot",
    "trying to log in the pension website, user name is [[ID_NUMBER|hkowalczyk47]] and it says account locked. what do i do, wait for them to ring me back on [[PHONE_NUMBER|0113 496 0285]] or go in person",
    "how much to tip in usa restaurant? going to see my brother [[PERSON|sunil]] in new jersey, his adress is [[STREET_ADDRESS|41 maple ave, edison nj 08817]] , also what gift to bring from india",
    "can u summarise this letter in simple words: dear mr [[PERSON|g. abernethy]], your council tax account [[ID_NUMBER|7710 4482 19]] is in arrears of £212.40, please pay by the 30th to avoid court action. is it serious??",
    "my pin for the card is [[PASSWORD|0628]] and i keep forgetting it, give me a trick to remember [[PASSWORD|0628]] . is it safe to write it in phone notes",
    "my friend [[PERSON|ольга]] is visiting from kharkiv, can you write a welcome note in simple english she can read, also her uk number is [[PHONE_NUMBER|07700900628]] how i save it with +44",
    "i need send money to my sister in spain, her iban is [[IBAN_CODE|es27 0182 5322 1702 0154 7763]] name [[PERSON|lucía ferrer]]. is swift code needed or only iban? bank is bbva",
    "plan meals for a week for diabetic, my husband [[PERSON|ken]] was diagnosed type 2 last month, his patient number [[ID_NUMBER|rx-330918]] is on the leaflet if need. budget 60 dollars",
    "write complaint email to the internet company, my customer no. [[ID_NUMBER|cn 8841 0273]] , internet down 4 days and i work from home. my landline [[PHONE_NUMBER|020 7946 0518]] also dead. sign it [[PERSON|winston adeyemi]]",
    "grandma here. what does this mean my tablet says new sign in from ip [[IP_ADDRESS|203.0.113.87]] and i was asleep. my account is [[EMAIL_ADDRESS|nana.joyce@kmail.com]] should i worry",
    "how i say in german: i have appointment at 10 with doctor [[PERSON|brandstätter]], my insurance card number is [[ID_NUMBER|x 284 619 037]]",
    "mums alarm code is now [[PASSWORD|3906]] not the old one, write a short note for her carer [[PERSON|precious]] to stick on the fridge, nice tone",
    "github user [[ID_NUMBER|oldtimer_rajesh]], password [[PASSWORD|chai&code68]] not working, reset how",
    "calculate my electricity: meter read 45211 last month now 45873, price 0.27 per kwh, standing charge 0.53 a day, 30 days. account holder [[PERSON|mohammed al-rashid]] acc [[ID_NUMBER|97730146]]",
    "pls check my cv line: contact: [[PERSON|ines marchetti]], [[PHONE_NUMBER|+39 347 218 5590]], [[EMAIL_ADDRESS|ines.marchetti@postaweb.it]] is the order ok or put email first",
    "lost my phone on the bus, how do i block the sim quick, number was [[PHONE_NUMBER|087 914 3326]] (ireland) provider is three i think. also can they see my photos",
    "write a whatsapp to my tenants [[PERSON|kasia]] and [[PERSON|tomek]] that the rent goes up 50 from march, sorry for short notice, bank details same as always [[IBAN_CODE|pl06 1140 2004 0000 3702 7918 4536]]",
    "my ssn is [[US_SSN|518-42-7736]] and the form at the dmv website asks it twice, is that normal or scam? the site was dmv-renewal-help dot com",
    "what time is good to call japan from toronto? my pen friend [[PERSON|haruki]] gave me his number [[PHONE_NUMBER|090-4417-2258]] and i dont want wake him up",
    "send to plumber: hello its [[PERSON|june]] from [[STREET_ADDRESS|7 alder close, leeds ls6 2qp]] , the sink still leak after you came tuesday, can you come back this week? thanks",
    # other languages
    "Kannst du bitte diese Nachricht verbessern: Hallo Frau [[PERSON|Kühnel]], ich komme am Montag nicht zur Arbeit, bin krank. Meine Personalnummer ist [[ID_NUMBER|PN-40718]]. Gruß [[PERSON|Jörg Wendlandt]]",
    "hola, necesito escribir un correo al casero, me llamo [[PERSON|Rocío Santamaría]] y vivo en [[STREET_ADDRESS|Calle del Olivo 14, 3º B, 28039 Madrid]], la caldera no funciona desde hace 5 dias. mi movil [[PHONE_NUMBER|612 48 93 07]]",
    "Bonjour, tu peux m'aider à répondre à ma banque? Ils disent que ma carte [[CREDIT_CARD|5398 2207 6614 9036]] est bloquée pour sécurité. Je suis [[PERSON|Awa Sangaré]], cliente depuis 12 ans, je veux juste payer mes courses",
    "oi, preciso de ajuda pra preencher um formulário do INSS, meu CPF é [[ID_NUMBER|305.819.742-04]] e o nome completo [[PERSON|Josefa Aparecida dos Santos]], onde coloco o número do benefício?",
    "Merhaba, babam için doktor randevusu mesajı yazar mısın? Adı [[PERSON|Hüseyin Yıldırım]], TC kimlik no [[ID_NUMBER|29847135638]], telefon [[PHONE_NUMBER|0532 417 86 20]]. Kalp kontrolü için",
    "Ciao, mi aiuti a scrivere due righe al commercialista? Sono [[PERSON|Luca Marino]], codice fiscale [[ID_NUMBER|MRNLCU62T12F839U]], devo mandare le spese mediche del 2023 entro venerdì. grazie mille",
    # English with capitals
    "Hello, I am retired teacher and my granddaughter [[PERSON|Chloé]] need help with her school form. It ask for parent phone, I put [[PHONE_NUMBER|(415) 555-0173]] is that format correct for America?",
    "Pls draft email to HR. I am [[PERSON|Priyanka Venkataraman]], employee ID [[ID_NUMBER|E-204417]], I want to take 3 weeks leave in Dec for my brothers wedding in Chennai. Manager is Mr [[PERSON|Holt]].",
    "My Aadhaar is [[ID_NUMBER|5804 2217 9369]] and the bank want KYC again, they sent SMS with a link and say account will be blocked in 24 hours if I dont update, last year my friend lost 40,000 rupees like this so I am very scared, I already did KYC in branch in March with all papers and photo. Is this real or fraud?? I am 66 year old and my son is abroad so I cant ask him, what should I do step by step",
    "Can you make this sound more proffesional: Hi [[PERSON|Gary]], the invoice INV-2291 is still not paid, pls transfer to [[IBAN_CODE|GB81 LOYD 3094 1272 8361 05]] by Friday, regards [[PERSON|Malcolm]]",
    "I need new password for online banking that I can remember. Old one was [[PASSWORD|Tulip$1961]] but bank says must change. Something with my late wifes name [[PERSON|Eileen]] maybe? Not too long pls",
    "Translate to spanish pls for my cleaner [[PERSON|Marisol]]: gate code is [[PASSWORD|*1973#]], dog is friendly, dont let the cat out. Money is on kitchen table",
    "My husband [[PERSON|Desmond]] forgot his Netflix login, the email he use is [[EMAIL_ADDRESS|des.oconnell1958@eirmail.ie]] and he thinks password [[PASSWORD|Kerry_Blue58]] - how we reset on the TV?",
    "Hi, calculate pls: I was born 1957, worked 38 years, pension statement say 14,230 per year. Member number [[ID_NUMBER|MBR 0047 5521]]. How much a month after 20% tax?",
    "Write letter to the embassy. Applicant: [[PERSON|Olumide Babatunde]], passport no. [[ID_NUMBER|A09417326]], address [[STREET_ADDRESS|Plot 14, Adeola Odeku Street, Victoria Island, Lagos 101241]]. I need visa to visit my daughter in Manchester for her graduation",
    "My computer very slow. The IT man at work gave me remote access with IP [[IP_ADDRESS|198.51.100.42]] and user [[ID_NUMBER|admin.fwalsh]] and said dont share, but you are a computer so ok? How I make it faster",
    "Fix this text for my Facebook post: Happy 50th anniversary to my darling [[PERSON|Harold]]!!! 50 years and still you snore lol. Love [[PERSON|Peggy]]",
    "Whats the best way to get from Schiphol to [[STREET_ADDRESS|Keizersgracht 318-II, 1016 EZ Amsterdam]]? Thats my son's flat, he is [[PERSON|Ruud]] and he will be at work when we land",
    "I have to pay a parking fine online and it asks card number. Is [[CREDIT_CARD|3742 819305 62172]] the long number on front? Exp 09/27. Sorry not good with this",
    "Dear assistant, my GP said NHS number needed for repeat prescription, its [[ID_NUMBER|943 275 1082]]. Can you write request to pharmacy for my blood pressure tablets Amlodipine 5mg. Name [[PERSON|Doreen Pickering]]",
    "Help! I clicked a link and typed my email [[EMAIL_ADDRESS|fatima.zahra.b@webpost.ma]] and password [[PASSWORD|Casa2019!!]] into page that look like my bank. What I do now step by step",
    "Can you plan 3 days in Rome for me and my wife [[PERSON|Gudrun]]? We are 74 and 76, not much walking. Hotel is [[STREET_ADDRESS|Via dei Serpenti 61, 00184 Roma]]",
    "hi im [[PERSON|Wang Fang]] but my English name is [[PERSON|Fiona]]. Can u fix this msg to my teacher: Sorry I miss class, I was sick, I send homework to your email tonight. thanks",
    "Need to reply my landlord, he want my IBAN for return the deposit. It is [[IBAN_CODE|DE29 5001 0517 3382 9104 66]], name on account [[PERSON|Oksana Melnyk]]. Write short polite msg in German?",
    "Calculate for me: my pay slip says gross 2,850 net 2,131. Employee no [[ID_NUMBER|00731942]], tax code 1257L. Why so much difference? Is the tax code right for me",
    "My daughter [[PERSON|Aaliyah]] is going to university in Leeds, her new address will be [[STREET_ADDRESS|Flat 12, 3 Woodhouse Lane, Leeds LS2 3AR]]. Can you make a checklist what she needs for the room",
    "How do I connect my new HP printer to wifi, the key on router sticker says [[PASSWORD|7GQ2 MX4K 91PD]], printer has no screen only buttons. pls simple",
    "Write short letter in English to the parcel company, the parcel for my brother [[PERSON|Bogdan Zieliński]] goes to [[STREET_ADDRESS|ul. Piotrkowska 112 m. 7, 90-006 Łódź]], tel [[PHONE_NUMBER|+48 601 327 845]], it was send to old address by mistake",
    "Is this email real? It says Dear Mr [[PERSON|Tanaka]], your Amazon account [[EMAIL_ADDRESS|k.tanaka.home@jmail.jp]] has been suspended, click here. My name is [[PERSON|Kenji Tanaka]] yes but I never had Amazon",
    "I run small shop, a customer paid by phone with card [[CREDIT_CARD|5164-8830-2279-4101]] and now bank say chargeback. Customer name [[PERSON|Leroy Baptiste]]. What evidence I need to send to fight it",
    "Write a sick note email for my son [[PERSON|Mateo]] to his school, he has fever since last night, student number [[ID_NUMBER|ST-2210487]], teacher is Mrs [[PERSON|Okonkwo-Reilly]]",
    "Cant log into work VPN. Username [[ID_NUMBER|tpetrovic]] password [[PASSWORD|Zagreb#2024spring]], server [[IP_ADDRESS|192.0.2.215]]. Error 809 on Windows 11. what to check before I call helpdesk",
    "Please help me understand insurance letter. Policy number [[ID_NUMBER|HL-7730-2941-02]], holder [[PERSON|Bartholomew Ngata]]. It says excess 250 and co-pay 20%. If hospital bill is 3,400 how much I pay?",
    "My mother [[PERSON|Zeynep]] in Izmir need her address in English for UK visa form, she writes [[STREET_ADDRESS|Şehit Nevres Bulvarı No: 21 D: 4, 35210 Alsancak/İzmir]] is that ok or change the letters?",
    "Write a small poem for my wife [[PERSON|Faith]] birthday, she loves gardening and her cat Biscuit. She is 62. Not too cheesy pls",
    "Filling direct debit form for council tax. My account number [[ID_NUMBER|31926604]], sort code 40-11-62, name [[PERSON|Agnieszka Nowak-Hughes]]. Which box is reference?? the form is confusing",
    "Hi im travelling with my grandson [[PERSON|Eli]] to Sydney, hotel wants Australian phone number, I got sim today its [[PHONE_NUMBER|0491 570 826]]. Also how to use Opal card on bus",
    "Can you proof read: To whom it concern, I [[PERSON|Alevtina Krupskikh]], living at [[STREET_ADDRESS|Flat 4, 27 Gloucester Road, Bristol BS7 8AB]], give permission to my neighbour to collect my parcel. Is grammar ok",
    "My card got blocked at ATM, I put [[PASSWORD|7281]] three times and I am sure it is correct. Card is [[CREDIT_CARD|6011 5829 3047 7121]]. What to do on weekend, bank closed",
    "Please summarise for me in big letters what my son wrote: Dad I changed router password to [[PASSWORD|SunnyVale_88]], type it on your tablet and the telly, if not work call me [[PHONE_NUMBER|07700 900 351]] love [[PERSON|Callum]]",
    "My doctor asked me keep a diary of blood sugar. Can you make a table? Name [[PERSON|Abdulrahman Haddad]], patient ID [[ID_NUMBER|PT0093381]], mornings and evenings for 2 weeks",
    "Write message to my grand daughter [[PERSON|Siobhán]]: congrats on passing driving test, I will send 100 euro. Her mum gave me [[IBAN_CODE|IE47 BOFI 9005 1738 4462 19]] is that hers or the mums?",
    "Hello. I work reception in small dental clinic and need template reminder SMS. Example for patient [[PERSON|Ana Paula Ribeiro]] appointment Tues 10:30, her mobile [[PHONE_NUMBER|+55 11 98432-6617]]",
    "My gmail got hacked. Recovery phone is [[PHONE_NUMBER|206.555.0148]] and recovery email [[EMAIL_ADDRESS|hank.dorsey49@coppermail.com]] but google says cant verify. Im 74 please help what next",
    "how do I change the API key in my little python script, old one [[API_KEY|ak_live_7Hq2Rt9ZpX4mL8vN3cW6yB1s]] was leaked by my nephew [[PERSON|Trevor]] on github lol. env file or what",
    "Plan budget for me: pension 1,420 a month, rent 650, bills 210. I also send 150 to my son [[PERSON|Emeka]] in Abuja, his acct [[ID_NUMBER|0123847759]]. Is it sustainable? what else can i cut",
    "Make this clearer for insurance claim: On 3 March my car was hit in car park, other driver [[PERSON|Graham Whitlock]], his phone [[PHONE_NUMBER|07700 900 214]], he admitted it. My policy [[ID_NUMBER|MTR/558102/77]]",
    "I'm from Korea, my name is [[PERSON|박지훈]] ([[PERSON|Park Ji-hoon]]) and British form confuse me, which one is surname? Also they ask resident number [[ID_NUMBER|820614-1234588]] do they really need it?",
    "Write a room to rent ad: spare room at [[STREET_ADDRESS|23 Rue des Tanneurs, 67000 Strasbourg]], 450€ month bills incl, no smokers, contact [[PERSON|Hélène]] on [[PHONE_NUMBER|06 39 98 41 27]]",
    "Help me with sum: I have 3 kids, [[PERSON|Amir]], [[PERSON|Leila]] and [[PERSON|Dariush]], and 4500 to split so oldest get 40% and the two others same. How much each",
    "My email [[EMAIL_ADDRESS|bob.t@harbourline.co.uk]] keeps sending spam to my contacts, I changed password to [[PASSWORD|Bob Loves Fishing 2024]] but still happen. Is my computer infected?",
    "Fix grammar: Dear Sir/Madam, I, [[PERSON|Kwame Asante-Boateng]], employee nr [[ID_NUMBER|30915]], wish resign from my position of warehouse supervisor effective 1 month from today.",
    "I look after my neighbour [[PERSON|Winifred Oyelaran]] who is 89 and lives alone since her husband passed, she is very independent but last month she fell in the garden and nobody knew for two hours, so I want to make a card for her fridge with the emergency info in big print: her son [[PERSON|Tunde]] [[PHONE_NUMBER|07700 900 663]] who lives in Croydon, the key safe code [[PASSWORD|C-4471]] for the ambulance men, her tablets are in the blue box in the kitchen, GP surgery opens 8am. Can you lay it out nice",
    "Can you explain what is IBAN and BIC, my cousin in Vienna send me [[IBAN_CODE|AT40 2011 1829 4470 3615]] and BIC, I want send him 200 for his wedding present",
    "Hello I am [[PERSON|Xu Mingyu]] from Chengdu, resident ID [[ID_NUMBER|510107198409176236]], the London hotel ask passport not ID, my passport [[ID_NUMBER|EK4418203]]. Which one I give at check in?",
    "I want make simple will. House at [[STREET_ADDRESS|16 Kowhai Street, Remuera, Auckland 1050]], savings about 80k. Split between [[PERSON|Aroha]] and [[PERSON|Wiremu]] half half. What I need lawyer for?",
    "Pls write polite reminder to my tenant [[PERSON|Sunny]] that rent is late 2 weeks, he can pay to BSB 062-914 acct [[ID_NUMBER|10387752]] as usual",
    "My home IP [[IP_ADDRESS|203.0.113.19]] is banned from the gardening forum, the admin [[PERSON|Dirk]] says I spammed but I didnt. Write appeal not angry",
    "The care home needs my dads details for their form and my writing is terrible so can you tidy it in a neat list: Name [[PERSON|Ernest Albert Fairbairn]], DOB 02/11/1934, NHS no. [[ID_NUMBER|486 019 2273]], likes his tea weak with two sugars, hard of hearing in left ear, no nuts, he was a railway signalman 40 years and loves talking about it, next of kin me [[PERSON|Linda]] tel [[PHONE_NUMBER|0113 496 0571]] evenings best as I work days",
    "Translate to simple English pls, my Norwegian employer wrote that my fødselsnummer [[ID_NUMBER|150873 49672]] is wrong in their system so salary is delayed. I am [[PERSON|Rasa]], what I must send them",
    "Can you help write first email to new client? Sign off should have my name [[PERSON|Thandiwe Mokoena]], cell [[PHONE_NUMBER|+27 82 614 3390]], and company website. Keep short",
    "What is good PIN that is not birthday? Mine was [[PASSWORD|1 4 0 5]] because birthday is 14 May, bank told me change it",
    "My Canadian SIN is [[ID_NUMBER|618 204 374]] and new employer wants it by email. Safe? The manager [[PERSON|Réjean Gagnon]] said its normal",
    "Please make shopping list and weekly plan for my mum [[PERSON|Rukhsana]] who just had hip operation. Delivery to [[STREET_ADDRESS|88 Belgrave Road, Leicester LE4 6AR]] on Thursdays",
    "I teach piano, write invoice for my student's father [[PERSON|Anders Lindqvist]]: 8 lessons x 35, pay to [[IBAN_CODE|SE91 8000 0832 7940 1755 3621]] within 14 days",
    "Pls explain like I am 10 what is 2FA. My grandson set it on my account [[ID_NUMBER|gran_mavis_w]] and now I need the phone every time ugh",
    "Write SMS to my sister [[PERSON|Dolores]] in Manila, her number [[PHONE_NUMBER|+63 917 842 3306]], telling flight arrive NAIA 9:40pm PR 721, please pick me up",
    "I got letter from German tax office, Steuer-ID [[ID_NUMBER|65189302471]], they want Steuererklärung 2022 but I moved back to Ghana. What to do? My name [[PERSON|Kofi Mensah-Bonsu]]",
    "Password [[PASSWORD|Ranunculus!77]] strong enough?",
    "Help write message for the building group chat: new front door code from Monday is [[PASSWORD|04119]], please dont give to delivery guys. Signed [[PERSON|Costas]] flat 2",
    "I am [[PERSON|Nikolaos Papadimitriou]] and my AMKA is [[ID_NUMBER|12038304759]], the Greek pharmacy website wont accept it, is there a check digit or something",
    "Hi there, need help with email to my sons school, he is [[PERSON|Jayden]], year 4, we moving to [[STREET_ADDRESS|2/48 Beach Road, Bondi NSW 2026]] next month. contact me [[EMAIL_ADDRESS|kellie.mcg77@southernmail.com.au]]",
    "Help!! My teenager [[PERSON|Daisy]] posted our address [[STREET_ADDRESS|5 Orchard Row, Thame OX9 3DT]] on TikTok, how do I get it removed quick",
    "Sending care package to my grandson, is this address right? PFC [[PERSON|Tyler Brooks]], [[STREET_ADDRESS|Unit 2050 Box 317, APO AE 09096]]. Can I put homemade cookies, customs ok?",
    "Hiring a car in Faro next week, form asks licence number, is it the long one [[ID_NUMBER|WILKI 651208 J99ZT]] on the card? Name on it [[PERSON|Janet Wilkinson]]",
    "Hi can you make my CV header nice: [[PERSON|Juan Carlos Ibarra]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]], [[PHONE_NUMBER|+52 55 4128 9930]], [[EMAIL_ADDRESS|jc.ibarra.mx@correonet.mx]]",
    "Is it ok to send bank details by email to the new tenant? [[PERSON|Gerrit]] asked for it. My NL IBAN [[IBAN_CODE|NL58RABO0318447295]] no spaces like that",
    "I bought online course but it charge my card twice [[CREDIT_CARD|4485.3310.9026.7712]]. Write refund request, order is 77120 and my name [[PERSON|Eun-ji Choi]]",
    "Thank you card for nurse [[PERSON|Blessing]], ward 7, short pls",
    "My son set up ssh for me to his raspberry pi, user [[ID_NUMBER|grampa]] at [[IP_ADDRESS|198.51.100.77]] and the passphrase [[PASSWORD|correct-llama-tuesday]]. How I type it on Windows, where",
    "hello. School form ask passport and national number, I am [[PERSON|Ngozi]] from Nigeria, NIN [[ID_NUMBER|48291730562]]. Where do I put NIN if no box for it?",
    "My mother-in-law [[PERSON|Pilar]] wants learn WhatsApp video call. Write step by step with big letters. Her phone [[PHONE_NUMBER|+34 689 20 41 57]] is Samsung",
    "Calculate how much tablets I need for 6 weeks trip: 2 x 500mg morning, 1 evening. Pharmacy asked patient number [[ID_NUMBER|0042 7718]] and name [[PERSON|Stanisław Jabłoński]]",
    "Calculate dates: my visa expires 14/09, I need apply 60 days before. Also form wants BSN [[ID_NUMBER|304718622]], is that same as tax number?",
    "Fix my email to the gym: I want cancel membership, member no [[ID_NUMBER|GYM-5520914]], I sent already 2 emails from [[EMAIL_ADDRESS|raf.delgado@postamail.es]] no answer. Stop taking money or I go to bank",
    "Can you write family history text for my grandchildren: my father [[PERSON|Ioannis]] came from Crete 1952, married [[PERSON|Ελένη Μαυρίδου]] in Melbourne, they opened a milk bar. Make it warm",
    "Claim glasses on policy [[ID_NUMBER|POL 4482-11-3398]]? Name [[PERSON|Rosalind Achterberg]]",
    "Write note for plumber: Key in lockbox by the door, code [[PASSWORD|1-9-5-6]], please lock after. Call [[PERSON|Hamish]] [[PHONE_NUMBER|07700900 145]] if any problem",
    "Tell me how to fill Medicare claim online, card number [[ID_NUMBER|2953 18468 1]], its for my wife [[PERSON|Lorraine]] physio sessions, 6 of them",
    "my new API token for the weather station [[API_KEY|wx-3f9c1e77a2b84d0f95e6c18b2a7d4e03]] stopped working after 1 day, log says 401 Unauthorized. Help?",
]

# 100 records in the style of synthetic PII benchmark datasets: one person, 1-4 values.
RECORDS = [
    "Name: [[PERSON|Henrietta Boateng]] | Phone: [[PHONE_NUMBER|020 7946 0384]] | Email: [[EMAIL_ADDRESS|h.boateng@lintelmail.co.uk]]",
    '{"customer": "[[PERSON|Ruslan Akhmetov]]", "card": "[[CREDIT_CARD|4929187305526142]]", "status": "declined"}',
    '2024-03-11 08:14:52 INFO login ok user=[[ID_NUMBER|mvanderberg]] src=[[IP_ADDRESS|203.0.113.140]] cn="[[PERSON|Marit van der Berg]]"',
    "Payroll line: [[PERSON|Oluwaseun Adebayo]], emp# [[ID_NUMBER|PR-66142]], net 2,318.40, paid to [[IBAN_CODE|BE29 0635 8817 2940]]",
    "Patient: [[PERSON|Consuelo Arriaga]]; MRN [[ID_NUMBER|00482915]]; allergies: penicillin; mobile [[PHONE_NUMBER|+52 33 3614 7720]]",
    "Dear Mr [[PERSON|Faulkner-Ames]], your new online banking PIN is [[PASSWORD|550917]]. Please do not share it with anyone.",
    "Employee profile: [[PERSON|Ingrid Solberg]], desk 4.12, ext 2231, login [[ID_NUMBER|isolberg]], laptop IP [[IP_ADDRESS|198.51.100.203]]",
    "الاسم: [[PERSON|يوسف الحداد]]، الهاتف: [[PHONE_NUMBER|+971 50 418 2276]]، الحساب: [[IBAN_CODE|AE68 0260 0010 1532 8874 201]]",
    "Όνομα: [[PERSON|Δημήτρης Κωνσταντίνου]], κινητό [[PHONE_NUMBER|+30 694 812 3350]], email [[EMAIL_ADDRESS|d.konst@hellasnet.gr]]",
    "Получатель: [[PERSON|Анна Сергеевна Белова]], телефон [[PHONE_NUMBER|+7 921 305-47-18]], адрес [[STREET_ADDRESS|ул. Садовая, д. 17, кв. 42, Санкт-Петербург, 190031]]",
    "고객명: [[PERSON|김서연]] / 연락처: [[PHONE_NUMBER|010-4827-1936]] / 주민등록번호: [[ID_NUMBER|950302-2617447]]",
    "姓名：[[PERSON|陈嘉怡]] 身份证号：[[ID_NUMBER|330106197912051428]] 手机：[[PHONE_NUMBER|138 0571 4426]] 住址：杭州市西湖区",
    "Mail to: SSgt [[PERSON|Marcus Delacroix-Hill]], [[STREET_ADDRESS|Unit 8400 Box 0112, DPO AE 09498]]",
    "Insurance claim note: policyholder [[PERSON|Dagmar Hrušková]], rodné číslo [[ID_NUMBER|755428/0316]], policy [[ID_NUMBER|CZ-HP-2207415]], water damage in kitchen",
    "HR note 14/02: [[PERSON|Tomasz Wróblewski]] (PESEL [[ID_NUMBER|52081473909]]) agreed reduced hours from April, salary account [[IBAN_CODE|PL60 1020 5558 0000 8602 3014 7729]]",
    "Consult 12/05 - [[PERSON|Sylvie Lefebvre]], n° sécu [[ID_NUMBER|2 68 04 75 116 043 08]], HTA, renouvellement ordonnance, tél [[PHONE_NUMBER|06 39 98 17 52]]",
    "Bewoner [[PERSON|Wouter Claeys]], rijksregisternummer [[ID_NUMBER|71.03.12-274.05]], adres [[STREET_ADDRESS|Kortrijksesteenweg 214 bus 3, 9000 Gent]]",
    "Fatura para: [[PERSON|Margarida Sousa Leite]], NIF [[ID_NUMBER|236817400]], morada [[STREET_ADDRESS|Rua de Cedofeita 389, 2.º Esq., 4050-181 Porto]]",
    "Angajat: [[PERSON|Ionuț Dumitrescu]], CNP [[ID_NUMBER|1960925403819]], telefon [[PHONE_NUMBER|0722 418 365]]",
    "Cliente [[PERSON|Catalina Fuentes Rojas]] RUT [[ID_NUMBER|16.482.937-5]] correo [[EMAIL_ADDRESS|cata.fuentes.r@correochile.cl]]",
    "Kasutaja [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48607192712]], e-post [[EMAIL_ADDRESS|kadri.tamm@postkast.ee]]",
    "[[PERSON|Sigrún Þórsdóttir]] kt. [[ID_NUMBER|2109613139]] sími [[PHONE_NUMBER|+354 862 4417]]",
    "Платник: [[PERSON|Олександр Ткаченко]], РНОКПП [[ID_NUMBER|2984173651]], тел. [[PHONE_NUMBER|+380 67 314 2290]]",
    "Referral for [[PERSON|Mereana Tipene]], NHI [[ID_NUMBER|ZKT4180]], to cardiology outpatients, contact [[PHONE_NUMBER|021 448 3175]]",
    "Kund: [[PERSON|Joakim Sandell]], personnr [[ID_NUMBER|720915-4173]], adress [[STREET_ADDRESS|Storgatan 41 lgh 1102, 753 31 Uppsala]]",
    "Applicant [[PERSON|Bongani Ntuli]] ID [[ID_NUMBER|7903265124089]] cell [[PHONE_NUMBER|+27 73 905 2184]]",
    "[[PERSON|Noa Ben-Ami]], ת.ז. [[ID_NUMBER|039481726]], tel [[PHONE_NUMBER|+972 52 614 8830]]",
    "氏名: [[PERSON|佐藤 美咲]] マイナンバー: [[ID_NUMBER|6193 8274 0513]] 電話: [[PHONE_NUMBER|080-3317-5624]]",
    "Tenant: [[PERSON|Niamh Ó Súilleabháin]], PPSN [[ID_NUMBER|7391046HA]], mobile [[PHONE_NUMBER|086 215 7740]]",
    "Potilas [[PERSON|Veikko Heikkinen]], hetu [[ID_NUMBER|230457-3181]], puh. [[PHONE_NUMBER|040 718 2265]]",
    "Member: [[PERSON|Tan Wei Ling]] NRIC [[ID_NUMBER|S6829041D]] HP [[PHONE_NUMBER|9183 4472]]",
    "[[PERSON|Muhammad Haziq bin Rahman]], NRIC [[ID_NUMBER|T0314726B]], address [[STREET_ADDRESS|Blk 418 Tampines Street 41, #07-233, Singapore 520418]]",
    "Titular: [[PERSON|Alejandro Gómez Prieto]] · DNI [[ID_NUMBER|53914728Z]] · IBAN [[IBAN_CODE|ES45 2100 0721 0902 0063 5518]]",
    "Inquilina [[PERSON|Oana Popescu]], NIE [[ID_NUMBER|Y4825613C]], tel. [[PHONE_NUMBER|644 210 938]]",
    "ATO note: [[PERSON|Bridget O'Loughlin]] TFN [[ID_NUMBER|431 819 628]] lodged late, penalty waived",
    "Cliënt [[PERSON|Anouk de Graaf]], BSN [[ID_NUMBER|182340570]], tel [[PHONE_NUMBER|06-18427735]]",
    "[[PERSON|Giulia Costa]], C.F. [[ID_NUMBER|CSTGLI77M54L219T]], residente in [[STREET_ADDRESS|Corso Vittorio Emanuele II 88, 10121 Torino]]",
    "W-2 prep: [[PERSON|Dwayne Whitfield]] SSN [[US_SSN|231-67-0482]], Box 1 wages 48,112.06",
    "KYC: [[PERSON|Lakshmi Narayanan Iyer]] Aadhaar [[ID_NUMBER|3927 4815 0628]], mobile [[PHONE_NUMBER|+91 98450 31276]]",
    "From: [[PERSON|Claudette Moreau]] <[[EMAIL_ADDRESS|claudette.moreau@laposte-mail.fr]]> Subject: changement d'adresse",
    "Shipping label: [[PERSON|Bartosz Krawczyk]], [[STREET_ADDRESS|ul. Długa 7/12, 80-827 Gdańsk]], tel. [[PHONE_NUMBER|+48 512 730 964]]",
    "Reset ticket 55102: user [[PERSON|Harriet Olufemi]] ([[ID_NUMBER|holufemi2]]) temp password set to [[PASSWORD|Welcome-Plum-73]]",
    "Loyalty profile: [[PERSON|Maeve Gallagher]], member [[ID_NUMBER|LOY 2290 4417 83]], points 3,120, email [[EMAIL_ADDRESS|maevegallagher@greenpost.ie]]",
    "Note to file: [[PERSON|Rashida Okeke]] called from [[PHONE_NUMBER|+234 803 417 2259]] re late payment on account [[ID_NUMBER|ACC-0093827]]",
    "Door entry list, flat 5B: [[PERSON|Vikram Chaudhary]], keypad code [[PASSWORD|3317]]",
    '{"row": 12, "full_name": "[[PERSON|Beatriz Nascimento]]", "phone": "[[PHONE_NUMBER|+55 21 99718-4402]]", "city": "Niterói"}',
    '[auth] 2024-07-02T22:41:09Z failed password user=[[ID_NUMBER|rkapoor]] cn="[[PERSON|Rohan Kapoor]]" from [[IP_ADDRESS|2001:db8:3c4d:15::a2]] port 51344',
    "Dear Ms [[PERSON|Abiodun]], your appointment letter was returned. Please confirm your address is still [[STREET_ADDRESS|19 Cranbrook Avenue, Hull HU6 7TT]].",
    "Payroll: [[PERSON|Zhou Xiaomei]], employee [[ID_NUMBER|E119043]], bank acct [[ID_NUMBER|4471 0892 3310]]",
    "Motor policy [[ID_NUMBER|MP-3391-7720]], insured [[PERSON|Gerald Ashworth]], [[STREET_ADDRESS|3 Millbrook Cottages, Harrogate HG3 1PX]], no claims 6 yrs",
    "Discharge summary: [[PERSON|Fernando Quispe Mamani]], hospital no. [[ID_NUMBER|HN 7720-1184]], follow up 2 wks, next of kin phone [[PHONE_NUMBER|+51 987 334 215]]",
    "About me: Hi I'm [[PERSON|Chiamaka]], nurse from Enugu living in Dublin, love hiking. Write me at [[EMAIL_ADDRESS|chiamaka.nurse@postbox.ie]]",
    "[[PERSON|Bjørn Haugland]],[[EMAIL_ADDRESS|bjorn.haugland@fjordpost.no]],[[PHONE_NUMBER|+47 915 38 204]],Bergen",
    "Gym waiver signed by [[PERSON|Kateryna Bondarenko]], emergency phone [[PHONE_NUMBER|07700 900 129]], no medical conditions",
    "SO monthly £75.00 to [[PERSON|P. Ramaswamy]] acct [[ID_NUMBER|20-44-91 53817264]] ref RENT",
    "Reference request for [[PERSON|Adaeze Nwosu]], former employee no. [[ID_NUMBER|HR-00571]], worked 2019-2023 as data analyst, reliable.",
    "Dear [[PERSON|Gustavo]], your new card ending 8812 is on its way to [[STREET_ADDRESS|Rua Augusta 1450, apto 92, Consolação, São Paulo - SP, 01304-001]].",
    "Pls ring [[PERSON|Babajide]] on [[PHONE_NUMBER|0803 562 1194]] after 6pm about the generator",
    "User profile: handle [[ID_NUMBER|@quiltqueen_marjorie]], real name [[PERSON|Marjorie Quinlan]], joined 2017",
    "2024-01-19 03:12:44 WARN api key [[API_KEY|tk_prod_5d8E2qLw91ZxRb7Vc0Nh]] used by [[PERSON|Sebastián Ortega]] from [[IP_ADDRESS|192.0.2.66]]",
    "dev onboarding: [[PERSON|Amara Eze]] gets staging key [[API_KEY|stg-9b71c4e0f2d84a6e8c3f5a17d0b29e64]], rotate after 30 days",
    "Customer [[PERSON|Jean-Baptiste Kouassi]] card [[CREDIT_CARD|2223 0417 5590 8366]] exp 11/26, verified by phone",
    "Note: [[PERSON|Ilse Vandermeer]] asked again for the guest wifi key, it is [[PASSWORD|GuestNet-Falcon-2291]]",
    "Travel insurance: insured [[PERSON|Halima Yusuf]], policy [[ID_NUMBER|TRV-2024-558310]], home phone [[PHONE_NUMBER|+44 20 7946 0692]]",
    "Lab request: [[PERSON|Pita Havili]], patient no. [[ID_NUMBER|P-204881]], FBC + HbA1c, fasting",
    "Leaver form: [[PERSON|Dominika Horváthová]], staff id [[ID_NUMBER|SK-30419]], return laptop, final pay to [[IBAN_CODE|SK05 0900 0000 0051 4827 3361]]",
    '{"user": "[[ID_NUMBER|k.mwangi]]", "name": "[[PERSON|Kamau Mwangi]]", "ip": "[[IP_ADDRESS|198.51.100.9]]", "pw_hint": "dog"}',
    "Message for [[PERSON|Solveig]]: your locker combo is [[PASSWORD|27-09-14]], dont lose it again",
    "Surname: [[PERSON|Achebe-Nwankwo]]  First name: [[PERSON|Chidera]]  Tel: [[PHONE_NUMBER|+234 809 771 3024]]",
    "[[PERSON|Rangi Parata]] | Site manager | [[PHONE_NUMBER|027 551 8832]] | [[EMAIL_ADDRESS|rangi.p@kiwibuild.co.nz]]",
    "Dear Dr [[PERSON|Wanjiru Otieno]], thank you for joining. Your staff login is [[ID_NUMBER|wotieno]] and first-time password [[PASSWORD|Nairobi!Start9]].",
    "Payroll: [[PERSON|Pedro Henrique Lima]]; CPF [[ID_NUMBER|418.207.593-50]]; cargo: motorista; salário 3.200,00",
    "Direct debit mandate: debtor [[PERSON|Friederike Lang]], IBAN [[IBAN_CODE|DE69 1203 0000 1064 8827 39]], first collection 1 March",
    "Salary change: [[PERSON|Ali Reza Moradi]] (emp [[ID_NUMBER|07731]]) new gross 52,000 from 1 Jan",
    "[[PERSON|Concepción Ruiz]] / Tel. [[PHONE_NUMBER|+34 954 21 87 63]] / [[STREET_ADDRESS|C/ Feria 112, 2ºA, 41002 Sevilla]]",
    "[[PERSON|Hamza Qureshi]] DOB 1961, NHS [[ID_NUMBER|612 883 0471]], T2DM review, metformin increased to 1g bd",
    "Prize draw winner: congrats to [[PERSON|Lotte Vermeulen]] of [[STREET_ADDRESS|Lange Nieuwstraat 22, 3512 PH Utrecht]]",
    "[[PERSON|Evangelia Stavrou]], tel. [[PHONE_NUMBER|210 948 3317]], piano lessons Tuesdays",
    "Applicant [[PERSON|Lee Soo-min]], passport [[ID_NUMBER|M48201739]], email [[EMAIL_ADDRESS|soomin.lee@hanpost.kr]]",
    "Ship to: [[PERSON|Yamamoto Haruka]], [[STREET_ADDRESS|2-14-7 Umeda, Kita-ku, Osaka 530-0001]], tel [[PHONE_NUMBER|06-6341-2278]]",
    "[[PERSON|Sandeep Kulkarni]], PAN [[ID_NUMBER|BQKPK4821M]], [[STREET_ADDRESS|Flat 302, Shanti Niwas, 14th Cross, Indiranagar, Bengaluru 560038]]",
    "M-Pesa: sent KES 2,500 to [[PERSON|Wambui Njeri]] [[PHONE_NUMBER|0712 563 208]] for school fees",
    "[[PERSON|Marie-Ève Tremblay]], [[STREET_ADDRESS|4820 rue Saint-Denis, app. 3, Montréal QC H2J 2L6]], [[PHONE_NUMBER|(514) 555-0126]]",
    "Bill to: [[PERSON|Darnell Hutchins]], [[STREET_ADDRESS|1187 Sycamore Ridge Dr, Apt 4B, Columbus, OH 43229]]",
    "Chargeback log: cardholder [[PERSON|Yelena Brodskaya]], card [[CREDIT_CARD|3568 1940 2275 6307]], disputed amount 89.99",
    "Saved payment method: [[PERSON|Thomas Egerton-Blyth]] · [[CREDIT_CARD|4024 0071 8853 2260]] · default",
    "[[PERSON|Amelia Hargreaves]], Amex [[CREDIT_CARD|3496 221870 55315]] on file for room charges",
    "Corporate card holder [[PERSON|Rahul Menon]], card [[CREDIT_CARD|5412 7590 3318 2645]], monthly limit 5000",
    "[[PERSON|Francesca Bellini]] IBAN [[IBAN_CODE|IT25 K030 6911 8840 0005 1827 403]] per rimborso",
    "Refund to [[PERSON|Léa Girard]]: [[IBAN_CODE|FR83 1027 8060 8100 0207 3495 184]]",
    "Lohnkonto [[PERSON|Reto Baumgartner]]: [[IBAN_CODE|CH15 0483 5091 2277 8100 0]]",
    "Alıcı: [[PERSON|Elif Demirtaş]], IBAN: [[IBAN_CODE|TR59 0001 2009 4410 0005 3728 71]]",
    "[[PERSON|Eirik Nygaard]] kontonr [[IBAN_CODE|NO15 1503 3960 415]], tlf [[PHONE_NUMBER|+47 412 77 530]]",
    "Vault entry: owner [[PERSON|Gwendolyn Price]], site council portal, passphrase [[PASSWORD|paper lantern river 9]]",
    "Alarm company record: keyholder [[PERSON|Colm Brennan]], alarm code [[PASSWORD|7 0 3 2]], callback [[PHONE_NUMBER|+353 1 874 2290]]",
    "Contact: [[PERSON|Nadia Benali]], [[EMAIL_ADDRESS|nadia.benali@maghrebmail.fr]], [[PHONE_NUMBER|06 39 98 62 04]]",
    "Student record: [[PERSON|Oscar Lindgren-Adeyinka]], student no. [[ID_NUMBER|S2291047]], email [[EMAIL_ADDRESS|o.lindgren-adeyinka@student-mail.ac.uk]]",
    "Contact [[PERSON|Yaw Owusu]] [[EMAIL_ADDRESS|yaw.owusu@akwaabamail.com]]",
    "Dear Mrs [[PERSON|Pennington]], we write to confirm that your home insurance policy [[ID_NUMBER|HH-20931-884]] has been renewed from 1 October. Your monthly direct debit of £31.20 will continue from the account ending 0926. If your address at [[STREET_ADDRESS|Rosemary Cottage, 12 Church Lane, Ludlow SY8 1AP]] has changed, please call us before the renewal date. Kind regards, Customer Services",
    "Clinic note: [[PERSON|Abebe Tesfaye]], 58, attended with his daughter for review of chest pain on exertion. ECG sinus rhythm, troponin negative. Plan: exercise stress test, continue aspirin 75 mg. Patient no. [[ID_NUMBER|CL-0558172]]. Daughter asked that results go to [[EMAIL_ADDRESS|tesfaye.family@ethiomail.et]].",
]

# 25 MT-Bench and Vicuna style prompts.
CLEAN_MTBENCH = [
    "Write a short persuasive essay arguing that public libraries matter more now than they did fifty years ago.",
    "Imagine you are Sherlock Holmes. Explain to Dr Watson how you deduced that a visitor had recently returned from a sea voyage.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "If a train leaves at 3pm going 60 mph and another leaves an hour later at 80 mph on the same track, when does the second catch up? Show reasoning.",
    "Compose a haiku sequence of three poems about the changing of seasons in a mountain village.",
    "Explain quantum entanglement to a curious twelve year old without using any equations.",
    "Role-play as a medieval blacksmith describing your working day to a time traveller.",
    "What were the main causes of the fall of the Western Roman Empire? Give three and rank them.",
    "Write a SQL query that lists the top five customers by total order value from tables orders and customers, and explain the join.",
    "Draft a formal apology letter from a fictional airline to passengers whose flight was delayed by twelve hours.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Describe how photosynthesis works, and why the leaves of most plants are green rather than black.",
    "You are a travel guide. Suggest a two-day itinerary for a first visit to Kyoto, focusing on temples and food.",
    "Write a limerick about a cat who learned to use a computer keyboard.",
    "Explain the difference between a stack and a queue, with one real world example of each.",
    "Pretend you are Elizabeth Bennet writing a diary entry after first meeting Mr Darcy.",
    "Solve: a bat and a ball cost 1.10 in total and the bat costs 1.00 more than the ball. How much is the ball? Explain the common mistake.",
    "Write a JavaScript snippet that debounces a search box so it only queries after the user stops typing for 300 ms.",
    "Summarise the plot of Homer's Odyssey in exactly five sentences.",
    "What would happen to Earth's climate if the Moon suddenly disappeared? Discuss tides, axial tilt and day length.",
    "Give me 10 creative names for a bakery that specialises in sourdough, with a one line reason for each.",
    "Explain why the sky looks blue in the day and red at sunset, using Rayleigh scattering.",
    "Act as a job interview coach and ask me five tough questions for a junior accountant role, one at a time.",
    "How did Marie Curie's work change medicine in the twentieth century? Answer in two paragraphs.",
    "Write a short dialogue in which Gandalf tries to explain Wi-Fi to a hobbit.",
]

# 25 GSM8K style word problems with fictional first names.
CLEAN_GSM8K = [
    "Tamsin bakes 4 trays of cookies with 18 cookies on each tray. She gives away 25 cookies. How many cookies does she have left?",
    "Oyelade buys 3 notebooks at 2.50 each and a pen for 1.75. He pays with a 20 note. How much change does he get?",
    "A farmer named Bruno has 120 apples. He sells a third of them on Monday and half of what is left on Tuesday. How many apples remain?",
    "Mirela reads 14 pages every weekday and 30 pages on each weekend day. How many pages does she read in two weeks?",
    "A bus holds 52 passengers. If 9 buses are used for a school trip and every seat but 17 is filled, how many students went?",
    "Kofi saves 15 dollars a week. His bike costs 240 dollars. How many weeks must he save to buy it?",
    "Ingeborg has twice as many stamps as Lucas, and Lucas has 36 stamps. How many stamps do they have together?",
    "A recipe for 6 people needs 450 grams of rice. How many grams are needed for 10 people?",
    "Priya runs 3.5 km each morning for 12 days. How far does she run in total?",
    "Hamid earns 18 dollars an hour and works 7 hours a day for 5 days. He spends a quarter of it on rent. How much is left?",
    "A shop discounts a 80 dollar jacket by 25 percent, then adds 10 percent tax to the sale price. What is the final price?",
    "Sunniva plants 8 rows of tulips with 13 bulbs in each row. A squirrel digs up 11 bulbs. How many bulbs are still planted?",
    "Two friends, Arjun and Mateus, share 84 marbles in the ratio 3 to 4. How many marbles does Mateus get?",
    "A tank holds 600 litres and is leaking 15 litres an hour. If it starts full, how many litres remain after 9 hours?",
    "Nadia buys 5 kilograms of oranges at 1.20 per kilogram and 2 kilograms of grapes at 3.40 per kilogram. What is the total cost?",
    "Each week Elodie swims 4 times for 45 minutes. How many hours does she swim in 6 weeks?",
    "A cinema sells 215 tickets at 9 dollars and 140 tickets at 6 dollars. How much money does it take in?",
    "Yusuf is 4 years older than his sister. In 5 years the sum of their ages will be 40. How old is Yusuf now?",
    "A school has 630 students and 45 percent of them walk to school. How many students do not walk?",
    "Greta knits 3 scarves a week. Each scarf uses 2 balls of wool costing 4 dollars each. How much does she spend on wool in 8 weeks?",
    "A car travels 270 km on 18 litres of fuel. How many litres does it need for a 450 km trip?",
    "Tobias had 3 boxes of 24 pencils. He gave 7 pencils to each of 6 classmates. How many pencils does he have now?",
    "A garden is 12 metres long and 7 metres wide. Fencing costs 6 dollars a metre. How much to fence the whole garden?",
    "Rosalind spent 2/5 of her money on a book and 1/4 of the rest on lunch. She has 27 dollars left. How much did she start with?",
    "A baker sells muffins in packs of 6 for 9 dollars or single for 1.80. How much does Ikaika save buying 4 packs instead of 24 singles?",
]

# 25 MMLU style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is primarily responsible for producing ATP in eukaryotic cells? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "Who wrote the Ninety-five Theses in 1517? A) John Calvin B) Martin Luther C) Erasmus D) Henry VIII",
    "What is the derivative of sin(x) with respect to x? A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "In economics, a price ceiling set below the equilibrium price usually causes: A) a surplus B) a shortage C) no change D) higher quality goods",
    "Which treaty ended the First World War with Germany? A) Treaty of Paris B) Treaty of Versailles C) Treaty of Utrecht D) Treaty of Westphalia",
    "The speed of light in a vacuum is closest to: A) 300 km/s B) 3,000 km/s C) 300,000 km/s D) 3,000,000 km/s",
    "Which philosopher wrote 'The Republic'? A) Aristotle B) Socrates C) Plato D) Epicurus",
    "What is the pH of a neutral solution at 25 degrees Celsius? A) 0 B) 5 C) 7 D) 14",
    "Under the US Constitution, who has the power to declare war? A) The President B) The Supreme Court C) Congress D) The Secretary of State",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Francium",
    "Who formulated the three laws of motion? A) Galileo Galilei B) Johannes Kepler C) Isaac Newton D) Albert Einstein",
    "In a normal distribution, approximately what percent of values lie within one standard deviation of the mean? A) 50% B) 68% C) 95% D) 99.7%",
    "Which of the following is a prime number? A) 21 B) 27 C) 29 D) 33",
    "The Magna Carta was sealed in which year? A) 1066 B) 1215 C) 1415 D) 1588",
    "Which part of the brain is chiefly involved in balance and coordination? A) Cerebellum B) Frontal lobe C) Hypothalamus D) Medulla",
    "Which legal principle means a person is innocent until proven guilty? A) Habeas corpus B) Stare decisis C) Presumption of innocence D) Double jeopardy",
    "Which composer wrote the Moonlight Sonata? A) Mozart B) Beethoven C) Chopin D) Bach",
    "What is the time complexity of binary search on a sorted array? A) O(1) B) O(log n) C) O(n) D) O(n log n)",
    "Who was the first emperor of a unified China? A) Kublai Khan B) Qin Shi Huang C) Liu Bang D) Sun Yat-sen",
    "In accounting, which of these is a current asset? A) Land B) Goodwill C) Accounts receivable D) Long-term bonds payable",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Argon D) Nitrogen",
    "Which psychologist is known for the hierarchy of needs? A) Sigmund Freud B) Abraham Maslow C) B. F. Skinner D) Jean Piaget",
    "What is the value of 7 factorial divided by 5 factorial? A) 12 B) 35 C) 42 D) 56",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "Who led the Haitian Revolution's early campaigns and later became governor of Saint-Domingue? A) Simón Bolívar B) Toussaint Louverture C) José de San Martín D) Miguel Hidalgo",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "i have had a dry cough for 3 weeks now and my chest hurts when i breath deep, should i see a doctor or wait it out",
    "Is it safe to take ibuprofen together with my blood pressure tablets? I am 72 and take ramipril every morning",
    "my ankle swolen after i twisted it on the stairs yesterday, i can walk but it hurts, ice or heat?",
    "What are early signs of diabetes? I am thirsty all the time and get up at night to pee 3 or 4 times",
    "How much water should an older person drink a day, my doctor said more but not how much",
    "I keep getting dizzy when I stand up fast, is that low blood pressure or something with ears?",
    "can you explain what a cholesterol number of 6.2 means, is it high, the letter didnt say",
    "Since starting new tablets for my heart my feet are swollen by evening. Normal side effect or call the surgery?",
    "What is the difference between a cold and the flu, and when should somebody my age get the flu jab",
    "my knees are stiff every morning for about half hour then better, is this arthritis and what exercises help",
    "I had my cataract done last week, when can I drive again and can I wash my hair normal?",
    "Are eggs bad for cholesterol or is that old advice? I eat two most days",
    "i forgot to take my warfarin yesterday evening, should i take double today or just normal dose",
    "How do I know if a mole is cancer? One on my back looks darker and a bit bigger than last year",
    "Whats the best way to sleep with a bad back, I wake up at 4 every night from pain",
    "After my covid booster my arm is red and hot around the spot 3 days later, is this infection",
    "Can stress cause chest pain? I get tight chest when worried about money but tests were normal",
    "how long does it take to recover from hip replacement for someone 70, walking normal again i mean",
    "Is it ok to drink coffee when I have high blood pressure, how many cups is too much",
    "my hands shake a little when i hold a cup, only sometimes, should i be worried about parkinsons",
    "What foods help with constipation, the tablets from pharmacy dont work much",
    "I get heartburn almost every night after dinner, what can I change before trying medicine",
    "how often should a person over 65 get eyes and hearing checked, i never know",
    "Is it normal to feel very tired for weeks after a chest infection, antibiotics finished 10 days ago",
    "What should be in a first aid kit at home for a couple in their seventies living far from town?",
]

NATIONAL_IDS = {
    "5804 2217 9369": aadhaar_ok,  # Indian Aadhaar
    "3927 4815 0628": aadhaar_ok,
    "943 275 1082": nhs_ok,  # NHS number
    "486 019 2273": nhs_ok,
    "612 883 0471": nhs_ok,
    "304718622": bsn_ok,  # Dutch BSN
    "182340570": bsn_ok,
    "52081473909": pesel_ok,  # Polish PESEL
    "305.819.742-04": cpf_ok,  # Brazilian CPF
    "418.207.593-50": cpf_ok,
    "29847135638": kimlik_ok,  # Turkish kimlik
    "53914728Z": dni_ok,  # Spanish DNI
    "Y4825613C": dni_ok,  # Spanish NIE
    "230457-3181": hetu_ok,  # Finnish henkilötunnus
    "MRNLCU62T12F839U": codice_fiscale_ok,  # Italian codice fiscale
    "CSTGLI77M54L219T": codice_fiscale_ok,
    "510107198409176236": china_id_ok,  # Chinese resident identity number
    "330106197912051428": china_id_ok,
    "T0314726B": nric_ok,  # Singapore NRIC
    "S6829041D": nric_ok,
    "820614-1234588": rrn_ok,  # Korean resident registration number
    "950302-2617447": rrn_ok,
    "431 819 628": tfn_ok,  # Australian tax file number
    "2953 18468 1": medicare_ok,  # Australian Medicare card
    "6193 8274 0513": my_number_ok,  # Japanese My Number
    "7391046HA": pps_ok,  # Irish PPS number
    "2 68 04 75 116 043 08": nir_ok,  # French NIR
    "71.03.12-274.05": belgian_id_ok,  # Belgian national number
    "150873 49672": fodselsnummer_ok,  # Norwegian fødselsnummer
    "236817400": nif_ok,  # Portuguese NIF
    "1960925403819": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "48607192712": isikukood_ok,  # Estonian isikukood
    "2109613139": kennitala_ok,  # Icelandic kennitala
    "755428/0316": rodne_cislo_ok,  # Czech rodné číslo
    "2984173651": rnokpp_ok,  # Ukrainian RNOKPP
    "65189302471": steuer_id_ok,  # German tax id
    "ZKT4180": nhi_ok,  # New Zealand NHI
    "618 204 374": luhn_len(9),  # Canadian SIN
    "720915-4173": luhn_len(10),  # Swedish personnummer
    "7903265124089": luhn_len(13),  # South African id
    "039481726": luhn_len(9),  # Israeli teudat zehut
    "12038304759": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"(\+44 ?|0)7700 ?900 ?\d{3}",  # UK mobile drama range, spaced or not
        r"(\+44 ?|0)20 ?7946 ?0\d{3}",  # London drama range
        r"0(113|161) 496 0\d{3}",  # Leeds and Manchester drama ranges
        r"(\(\d{3}\) |\d{3}\.)555[.-]01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"08[5-7] \d{3} \d{4}",  # Ireland mobile
        r"[67]\d{2}( \d{2}){3}|6\d{2} \d{3} \d{3}",  # Spain mobile
        r"05\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"07\d{2} \d{3} \d{3}",  # Romania and Kenya mobile
        r"080\d \d{3} \d{4}",  # Nigeria mobile
        r"02[1-9] \d{3} \d{4}",  # New Zealand mobile
        r"04\d \d{3} \d{4}",  # Finland mobile
        r"[89]\d{3} \d{4}",  # Singapore
        r"06-\d{8}",  # Netherlands mobile
        r"210 \d{3} \d{4}",  # Athens
        r"\+(7|27|30|34|39|47|48|51|52|55|63|91|234|353|354|380|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every record names its one person; the chat requests name people and carry contacts
    and secrets; the writer's odd layouts are there."""
    for marked in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"record without a name: {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 20:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    }:  # fmt: skip
        raise SystemExit(f"chat: types {sorted(kinds)}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT + RECORDS)
    for layout in (
        "07700900628",
        "4485.3310.9026.7712",
        "1 4 0 5",
        "es27 0182",
        "APO AE",
        "DPO AE",
    ):
        if layout not in plain:
            raise SystemExit(f"missing layout {layout!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
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
        "blind87", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
