# ruff: noqa: E501
"""A hundred-and-first blind privacy set: 220 texts with personal data and 100 clean ones,
themed on consumer tech support.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions
of ``build_blind36.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise about phones, laptops, smart homes,
  routers, streaming and bank app logins, account recovery, two-factor codes, Wi-Fi keys,
  PINs, parental controls and settings screens pasted as text; the first 30 are typed all
  in lower case, the next 6 are in Spanish, French, German, Portuguese, Italian and Dutch,
  the rest are English with capitals. Names of many origins: first names alone, surnames
  after titles, full names, lower-case names, names with non-English letters, names that
  are ordinary words and a few in Cyrillic, Greek, Chinese, Japanese, Korean and Arabic
  script; e-mails, phones with and without separators, street addresses in a dozen
  countries, passwords, PINs, one-time codes and Wi-Fi keys, account, customer, policy,
  employee and patient numbers, usernames, national ids, cards, IBANs, IPs and API keys;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research's synthetic sentences and Nannigalaxy-style records): one invented
  person each with one to four values besides the name, as free prose, labelled profile
  lines, form rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, member, employee, patient and policy numbers,
passports, driver licences and national and tax ids are ID_NUMBER; PINs, door, gate,
alarm and locker codes, one-time codes, Wi-Fi keys, passphrases and passwords PASSWORD;
titles and relation words (Mr, Mrs, Dr, Nan, my brother) stay outside PERSON spans; an
address span runs from the street line through the postcode and city as typed; public
figures, fictional characters, pets, brands, places, order, ticket and invoice numbers and
dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (writing,
reasoning, coding, role-play, STEM), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 patient-style health questions
naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (NHS number, Dutch
BSN, Spanish DNI, Brazilian CPF, Polish PESEL, Indian Aadhaar, Canadian SIN, Australian
TFN, Turkish kimlik, German tax id, Portuguese NIF, French NIR, Singapore NRIC, Italian
codice fiscale, Irish PPS number, Japanese My Number, Korean resident registration number,
South African id).

Run ``.venv/bin/python bench/data/build_blind101.py`` from the repository root; the output
is deterministic.
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
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nan|Grandad|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme|Sig|Dhr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about consumer tech support: 30 in lower case, 6 in other languages,
# 84 in English with capitals.
CHAT = [
    # --- all lower case ---
    "my daughter [[PERSON|amara okafor]] forgot her ipad passcode, it used to be [[PASSWORD|281604]] but now it says wrong. how do i reset it without wiping her photos?",
    "router admin page shows wan ip [[IP_ADDRESS|203.0.113.47]] and the wifi key is [[PASSWORD|tangerine-kettle-92]]. why does my laptop drop off every ten minutes",
    "write a short text to my landlord [[PERSON|declan moriarty]] asking him to reboot the fibre box in the hallway. his mobile is [[PHONE_NUMBER|07700900318]]",
    "bank app locked me out after three wrong pins. customer number [[ID_NUMBER|44817302]], email [[EMAIL_ADDRESS|wren.halloway@postmail.net]]. draft a polite complaint please",
    "fix the grammar: hi [[PERSON|priya]], the new netflix login is [[EMAIL_ADDRESS|raghunathan.family@gmail.com]] and password [[PASSWORD|sofa!monsoon44]] dont share it",
    "my nan [[PERSON|edith pollard]] keeps getting texts saying her parcel is held. she lives at [[STREET_ADDRESS|14 wharf lane, hebden bridge hx7 8ad]]. how can i block these on her android?",
    "summarise this for my brother: the smart lock code for the back door is [[PASSWORD|7391]] and the alarm code is [[PASSWORD|0826]], guests arrive friday",
    "how do i change the admin password on a tp-link router? current one is [[PASSWORD|admin4kowalczyk]] and the box is at [[IP_ADDRESS|192.0.2.1]]",
    "can you plan a weekend to move all of [[PERSON|tomás]]'s photos from his old samsung to a new pixel? his google account is [[EMAIL_ADDRESS|tomas.ibarra.r@gmail.com]]",
    "reply to [[PERSON|joy]] saying yes the printer is on the guest wifi, network name is holly-house and the key is [[PASSWORD|marmalade sunrise 1987]]",
    "i pasted my card [[CREDIT_CARD|4539 1728 0461 7537]] into a fake apple support site. what do i do first, call the bank or freeze the card in the app?",
    "parental controls question: my son [[PERSON|kwabena asante]] has the screen time pin [[PASSWORD|5520]] memorised. how do i set a new one he cant guess",
    "draft an email to the smartheat support team saying my thermostat account [[ID_NUMBER|sh-00917733]] shows someone elses house",
    "my sister [[PERSON|ngozi]] got a two factor code [[PASSWORD|604 118]] she never asked for. is someone trying to get into her instagram?",
    "calculate how much data my family uses: [[PERSON|rosa]] 14gb, [[PERSON|hugo]] 22gb, me 9gb. our plan is 40gb, account [[ID_NUMBER|73820194]]",
    "explain like im 70 how to log in to online banking. username [[ID_NUMBER|dmitri.volkov58]], the memorable word is [[PASSWORD|samovar]]",
    "the isp guy [[PERSON|gareth]] said call him back on [[PHONE_NUMBER|02079460571]] if the light stays red. write me a reminder for tomorrow",
    "settings screen says: device name livingroom-tv, mac 3c:22:fb:91:0e:4a, ip [[IP_ADDRESS|198.51.100.88]], owner [[EMAIL_ADDRESS|b.santangelo@outlook.com]]. is the tv on the right network?",
    "help me write a note for the babysitter [[PERSON|summer]]: the door keypad is [[PASSWORD|4490]], wifi is [[PASSWORD|oakhill-guest-5523]], our number is [[PHONE_NUMBER|0491 570 214]]",
    "lost my phone on the bus. my apple id is [[EMAIL_ADDRESS|liang.wei.hk@icloud.com]] and it has my banking apps on it. what steps should i take tonight",
    "translate to french for my neighbour: the shared wifi password changed to [[PASSWORD|lavande2024!]]",
    "my dad [[PERSON|rajesh nair]] got a call from someone saying they were microsoft and gave them his pc pin [[PASSWORD|1958]]. what now",
    "draft a message to the streaming service that my account [[EMAIL_ADDRESS|hopewilliams77@yahoo.co.uk]] was taken over and the email changed. my phone on the account is [[PHONE_NUMBER|07700 900 642]]",
    "is it safe to keep my bank details in the notes app? iban [[IBAN_CODE|gb25midl40051572093618]] sort of thing",
    "write a checklist for setting up a new laptop for [[PERSON|ines duarte]], she starts work monday and her employee number is [[ID_NUMBER|e-20931]]",
    "my mum [[PERSON|fatima]] at [[STREET_ADDRESS|27 rue des tilleuls, 69003 lyon]] needs her livebox reset, what do i tell the technician",
    "whats wrong with this line in my home assistant config: api_key: [[API_KEY|ha_live_8f3k2q9xw7t1m6zp4r]]",
    "help my aunt [[PERSON|bronwyn]] recover her facebook, recovery email [[EMAIL_ADDRESS|bronwyn.pryce@btinternet.com]], old password might be [[PASSWORD|corgi2corgi]]",
    "ssn [[US_SSN|318-52-7046]] was asked for by a 'geek squad' email. real or scam? write a reply refusing",
    "the alexa in [[PERSON|oskar lindqvist]]'s flat keeps ordering things. his amazon login is [[EMAIL_ADDRESS|oskar.lq@proton.me]]. how do we turn off voice purchasing",
    # --- other languages ---
    "Hola, mi madre [[PERSON|Remedios Gallardo]] no puede entrar en la app del banco. Su DNI es [[ID_NUMBER|59302718R]] y su móvil [[PHONE_NUMBER|+34 612 448 903]]. ¿Me ayudas a escribir un correo al banco?",
    "Bonjour, pouvez-vous rédiger un message pour la Freebox ? Mon numéro de sécurité sociale [[ID_NUMBER|2 84 06 75 123 418 29]] m'a été demandé par téléphone, est-ce normal ? Je m'appelle [[PERSON|Aurélie Marchand]].",
    "Kannst du mir helfen? Mein WLAN-Schlüssel ist [[PASSWORD|Birkenweg!77Sonne]] und der Router steht bei [[PERSON|Jürgen Habicht]], [[STREET_ADDRESS|Birkenweg 12, 34117 Kassel]]. Wie ändere ich den Schlüssel?",
    "Oi, meu CPF é [[ID_NUMBER|518.204.937-41]] e alguém pediu ele num e-mail falso do Nubank. Pode escrever uma resposta ao remetente dizendo que não vou enviar? Assinado [[PERSON|Thiago Barros]].",
    "Ciao, il codice del cancello è [[PASSWORD|8842]] e il mio codice fiscale [[ID_NUMBER|MRTGLI88C52L219R]]. Puoi tradurre in inglese per il tecnico della fibra? Grazie, [[PERSON|Giulia Martelli]].",
    "Hoi, mijn BSN is [[ID_NUMBER|392817408]] en de DigiD-app vraagt een nieuwe pincode. Mijn oude was [[PASSWORD|30917]]. Kun je uitleggen hoe ik dat herstel? Groet, [[PERSON|Femke de Wit]]",
    # --- English with capitals ---
    "Draft a reply to [[PERSON|Marcus Oyelaran]] confirming his router replacement is booked for Thursday at [[STREET_ADDRESS|58 Kingsley Road, Reading RG1 4PT]].",
    "My Wi-Fi details, pasted from the router sticker: SSID: BT-Hub-4471, Key: [[PASSWORD|Xq7f-Rm2K-Lp9w]], Admin: [[PASSWORD|Hub-Admin-5832]]. Which one do I give to my smart plug?",
    "Can you summarise this support chat? Agent: Please confirm the PIN. Me: [[PASSWORD|2264]]. Agent: Thanks Ms. [[PERSON|Okonkwo]], your account [[ID_NUMBER|889 310 742]] is unlocked.",
    "Please fix the formatting of this contact card: Name [[PERSON|Sebastián Peñaloza]] Phone [[PHONE_NUMBER|(415) 555-0163]] Email [[EMAIL_ADDRESS|s.penaloza@fastmail.com]]",
    "Calculate the monthly cost if I add Dad's line to my plan. My account is [[ID_NUMBER|AC-5521-0938]] and his number is [[PHONE_NUMBER|07700 900 271]].",
    "Mr. [[PERSON|Haverford]] from the Hillcrest Retirement Village asked me to set up video calling on his tablet. His email is [[EMAIL_ADDRESS|n.haverford@hillcrestvillage.co.uk]]. Write step-by-step instructions in large print.",
    "Write a friendly note to my roommate [[PERSON|Delphine]] saying the Chromecast PIN is [[PASSWORD|9031]] and that she shouldn't change the Disney+ profile lock.",
    "I need to recover my Steam account. Username [[ID_NUMBER|frostbyte_kiran]], email [[EMAIL_ADDRESS|kiran.bhattacharya@gmail.com]], last card used [[CREDIT_CARD|5228 1409 6733 1801]]. Help me write to support.",
    "Translate into Japanese for my host mother [[PERSON|佐藤 恵子]]: the Wi-Fi password is [[PASSWORD|Sakura_Mizu_22]] and the router is behind the TV.",
    "My grandmother [[PERSON|Ольга Смирнова]] calls me every time her phone asks for the SIM PIN [[PASSWORD|7733]]. Can I turn that prompt off safely?",
    "Plan a one-hour lesson for [[PERSON|Grace]] and [[PERSON|Winston Abara]] on spotting phishing texts. Use their real bank, the account ending in 4418, as an example.",
    "Here is my Ring doorbell settings page: Owner: [[PERSON|Leilani Kahananui]] / Address: [[STREET_ADDRESS|1721 Palolo Ave, Honolulu, HI 96816]] / Shared with: [[EMAIL_ADDRESS|keoni.k@hawaiiantel.net]]. How do I remove the shared user?",
    "Is it a problem that my IP [[IP_ADDRESS|198.51.100.203]] shows up in a login alert for [[EMAIL_ADDRESS|yusuf.demir@hotmail.com]] from a city I've never been to?",
    "Write a message to [[PERSON|Hannah]] telling her the code for the parcel locker is [[PASSWORD|A6-2290]] and it's at the corner shop.",
    "Help me reply to this: 'Dear Mr. [[PERSON|Ferreira-Lund]], your policy [[ID_NUMBER|HP-7740182]] covers accidental damage to phones.' I want to claim for a cracked screen.",
    "Our family Apple ID is [[EMAIL_ADDRESS|the.mwangi.house@icloud.com]], and [[PERSON|Wanjiru]] keeps buying games. How do I turn on Ask to Buy for her?",
    "Fix this Python so it doesn't print my token: TOKEN = '[[API_KEY|ghp_R4nd0mL00k1ngT0k3nQw8Xz2Vb7Ny5Mp1Ks]]'; print(TOKEN)",
    "Advise me: my bank texted a one-time code [[PASSWORD|830271]] and a caller named [[PERSON|Steve]] asked me to read it out. I did. What happens now?",
    "Draft a letter to Virgin Media from [[PERSON|Bartholomew Kettering]], [[STREET_ADDRESS|Flat 3, 9 Albion Street, Leeds LS1 6AG]], account [[ID_NUMBER|610448293]], asking for compensation for a week without broadband.",
    "My son's Nintendo parental control PIN is [[PASSWORD|4127]]. Explain in one paragraph how I can stop him seeing it in the app.",
    "Could you translate this into Greek for my neighbour [[PERSON|Δημήτρης Παπαδόπουλος]]? 'The router password is [[PASSWORD|Olive-Grove-38]], please don't share it.'",
    "Reset instructions needed: laptop belongs to Dr. [[PERSON|Anjali Menon]], patient portal login [[ID_NUMBER|PT-0048217]], and she forgot the BitLocker PIN.",
    "Summarise these three logins from my router log for me: 14:02 [[IP_ADDRESS|203.0.113.9]] admin success; 14:05 [[IP_ADDRESS|203.0.113.150]] admin fail; 14:06 [[IP_ADDRESS|2001:db8:4a::17]] admin fail.",
    "Help [[PERSON|Hope]] change her Spotify password from [[PASSWORD|hope1234]] to something stronger she can remember.",
    "Please write a text to [[PERSON|Baptiste]] with our new door code [[PASSWORD|1966#]], and remind him the old one stops working tonight.",
    "My smart TV asks for a 'pairing code'. The Samsung account is [[EMAIL_ADDRESS|min-jun.cho82@naver.com]]. Where do I type the code?",
    "Write an email to my mobile carrier. My name is [[PERSON|Aroha Ngata]], my number is [[PHONE_NUMBER|+64 21 448 9302]], and someone ported it out without my permission yesterday.",
    "Calculate how long my backup will take: 480 GB at 35 Mbit/s. The NAS is at [[IP_ADDRESS|192.0.2.44]] and the admin user is [[ID_NUMBER|nas_owen_p]].",
    "Can you explain this error from my banking app? 'Card [[CREDIT_CARD|4916 8305 7214 9263]] is blocked. Call 0800 fraud team.' Is that a real message?",
    "Help me fill in a support form: Full name [[PERSON|Siobhán Ní Bhriain]], PPS number [[ID_NUMBER|7391820M]], phone [[PHONE_NUMBER|+353 87 204 5517]], issue: can't log in to MyGovID.",
    "Translate to Arabic for my uncle [[PERSON|يوسف الخطيب]]: your new SIM PIN is [[PASSWORD|3086]] and your PUK is on the card.",
    "Write a message reminding [[PERSON|Bill]] that his Xbox gamertag [[ID_NUMBER|BillyBuckets99]] is linked to my credit card and he needs to ask before buying.",
    "My Hive thermostat was installed at [[STREET_ADDRESS|42 Ashgrove Crescent, Glasgow G42 7TY]] under the name [[PERSON|Catriona McPhail]]. We moved out. How do I remove the device from the account?",
    "Is this IBAN right for paying the phone repair shop? [[IBAN_CODE|DE33 5001 0517 4417 9836 20]] - they emailed it from [[EMAIL_ADDRESS|handyreparatur.koenig@web.de]].",
    "Please plan a family tech day: set up password managers for [[PERSON|Mateus]], [[PERSON|Lívia]] and Grandpa [[PERSON|Otávio]], and change the Wi-Fi key from [[PASSWORD|familia2019]].",
    "Reply to my colleague [[PERSON|Tobias Brenner]] that the VPN gateway is [[IP_ADDRESS|198.51.100.17]] and his one-time enrolment code is [[PASSWORD|K7P-29Q-X4M]].",
    "My phone number [[PHONE_NUMBER|(604) 555-0187]] is getting spam calls in Mandarin. Is there a setting on the iPhone to silence unknown callers?",
    "Write a complaint from [[PERSON|Zeynep Aksoy]], TC kimlik [[ID_NUMBER|58203917410]], about a Turkcell SIM swap done without her ID.",
    "Debug this curl for me: curl -H 'Authorization: Bearer [[API_KEY|sk_live_51HqL9xTpVw3Rz8KmN2bYc4Ea]]' https://api.example-pay.com/v1/charges",
    "Draft a short message for Mrs. [[PERSON|Adeyemi-Clarke]] telling her the engineer will ring her mobile [[PHONE_NUMBER|07700 900 755]] before arriving at [[STREET_ADDRESS|6 Poplar Mews, Bristol BS3 1QE]].",
    "Advise me on the safest way to send my employee ID [[ID_NUMBER|EMP-558102]] and date of birth to IT so they can reset my laptop.",
    "Our kid [[PERSON|Soren]] set the iPad restrictions passcode to [[PASSWORD|0719]] and now forgot it. Can it be reset without a full wipe?",
    "Translate into Korean for my grandfather [[PERSON|김영수]]: 'Your KakaoTalk backup password is [[PASSWORD|Ginkgo!4417]].'",
    "Please rewrite this sticky note as a tidy list: Netflix [[EMAIL_ADDRESS|patel.home@gmail.com]] / [[PASSWORD|Diwali*Lights9]]; Router [[PASSWORD|Chai-Kettle-3310]]; Bank PIN [[PASSWORD|6082]].",
    "I got an email claiming to be from Apple for [[PERSON|Sunny Ahluwalia]] asking me to confirm card [[CREDIT_CARD|379250618403376]]. Write a reply that tells them nothing.",
    "Help me write instructions for my father [[PERSON|Bogdan Wiśniewski]] so he can log in to his pension account with PESEL [[ID_NUMBER|92061103802]].",
    "Can you summarise what my Google security page says? Recent device: Pixel 7, location Porto, IP [[IP_ADDRESS|2001:db8:9c1::2f]], account [[EMAIL_ADDRESS|mariana.couto.pt@gmail.com]].",
    "Write a message to the gym app support: my member number is [[ID_NUMBER|GYM-00384721]], my name is [[PERSON|Frank Lemaire]], and the QR entry code stopped working.",
    "How do I turn off SMS two-factor for [[EMAIL_ADDRESS|eitan.rosenfeld@walla.co.il]] and use an authenticator app instead? The current backup code is [[PASSWORD|8841-2290-5573]].",
    "Draft a text to [[PERSON|Ivy]] that the garage door opener code is [[PASSWORD|51842]], and she should change it when she moves in.",
    "My Aadhaar [[ID_NUMBER|6392 0815 7449]] is linked to the wrong mobile. How do I update it to [[PHONE_NUMBER|+91 98450 31276]]?",
    "Here's my router's DHCP table, which device is the unknown one? [[IP_ADDRESS|192.0.2.101]] Pixel-of-[[PERSON|Jonah]], [[IP_ADDRESS|192.0.2.102]] HP-Printer, [[IP_ADDRESS|192.0.2.103]] unknown",
    "Please write a polite chaser to FibreFast support for customer [[PERSON|Olusegun Bakare]], account [[ID_NUMBER|FF-7781093]], installation at [[STREET_ADDRESS|12 Adeola Odeku Street, Victoria Island, Lagos 101241]].",
    "Plan how I should store these recovery codes for [[EMAIL_ADDRESS|noor.haddad@gmail.com]]: [[PASSWORD|q7vt-k2mz]], [[PASSWORD|p9xr-w4ne]], [[PASSWORD|b3hc-y8ld]].",
    "Advise me whether to give my Canadian SIN [[ID_NUMBER|638 402 503]] to a phone store that wants it for a credit check.",
    "Write a note for Mr. [[PERSON|Abernathy]]'s carer: his tablet unlock pattern is an L shape, the PIN backup is [[PASSWORD|2580]], and his son's number is [[PHONE_NUMBER|0491 570 388]].",
    "Translate this Chinese error my mother [[PERSON|周明慧]] got on WeChat into English: 账号 [[ID_NUMBER|zmh_1962]] 在新设备登录.",
    "Can you check whether this IBAN is typed right before I set up the broadband direct debit? [[IBAN_CODE|NL41 RABO 0318 8402 57]], account holder [[PERSON|Pieter Verhoeven]].",
    'Fix this JSON for my smart bulb config: {"owner": "[[EMAIL_ADDRESS|dawn.hollis@gmail.com]]", "hub_ip": "[[IP_ADDRESS|203.0.113.66]]", "token": "[[API_KEY|lifx_c9e2a8f14b7d36e05a1c]]"',
    "Write a short story for kids about a robot, but name the robot after my son [[PERSON|Rafferty]], no other details.",
    "My work laptop got stolen from the car outside [[STREET_ADDRESS|305 Harbour Drive, Coffs Harbour NSW 2450]]. Draft an incident email; my employee number is [[ID_NUMBER|AUS-40917]] and TFN [[ID_NUMBER|382 916 003]] was saved on it.",
    "Help [[PERSON|Ayşe]] log in to e-Devlet; her password was [[PASSWORD|Kedi.Bahar.61]] and she changed phones.",
    "Please draft a message to [[PERSON|Chiamaka]] telling her the shared Disney+ account is [[EMAIL_ADDRESS|chiamaka.and.tunde@gmail.com]] and the PIN for the kids profile is [[PASSWORD|3140]].",
    "Summarise this fraud alert: 'Transaction of 899.00 on card [[CREDIT_CARD|6011 7483 0295 1262]] at an electronics store.' Should I cancel the card or wait for the bank to call?",
    "My NHS App login stopped working. NHS number [[ID_NUMBER|482 917 3602]], email [[EMAIL_ADDRESS|gwen.ashby@nhs-mail-fake.co]]. Write a message to my GP surgery.",
    "Advise [[PERSON|Hamid]] on setting up a guest network so visitors don't get the main key [[PASSWORD|Pomegranate#Orchard7]].",
    "Write a reply to [[PERSON|Kasia]] confirming the new Wi-Fi is up: name KasiaNet-5G, key [[PASSWORD|Pierogi-Baltyk-2211]].",
    "Calculate whether the two-year phone contract is cheaper than buying outright for [[PERSON|Magnus Eriksson]], account [[ID_NUMBER|TEL-90214577]]: 32 per month or 699 upfront plus 12 per month.",
    "Set up a reminder list for [[PERSON|Rin Takahashi]]: renew domain, rotate API key [[API_KEY|AKIAZ7QW3RTY5UIO2PXC]], update the router firmware.",
    "Please translate into Spanish for my cleaner [[PERSON|Maricela]]: the alarm code is [[PASSWORD|60931]] and she must enter it within 30 seconds.",
    "My Korean resident number [[ID_NUMBER|850923-1407205]] was shown on a screenshot I posted. How do I report it?",
    "Draft an apology to Professor [[PERSON|Whitlock]]'s students: the lab Wi-Fi key [[PASSWORD|Quasar-Lab-0042]] was posted by mistake and has been changed.",
    "Can you tell if this is a scam? 'Hello [[PERSON|Sipho Dlamini]], verify your ID [[ID_NUMBER|9007215083003]] to keep your Vodacom line active.'",
    "Write setup notes for my Singapore office laptop: user [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7621584G]], desk phone [[PHONE_NUMBER|+65 6123 4478]].",
    "Help me change the PIN on my Japanese bank card; my My Number is [[ID_NUMBER|5830 1749 2603]] and the card is under [[PERSON|Haruto Sakamoto]].",
    "Explain why my Steuer-ID [[ID_NUMBER|56821049309]] is asked for when I sign up for a German mobile contract as [[PERSON|Lena Vogt]].",
    "Write a reply to my ISP's email addressed to Mr. [[PERSON|Keane]] asking them to update the billing address to [[STREET_ADDRESS|Unit 4, 18 Quay Street, Galway H91 X2P4]].",
    "I want to pay the laptop repair invoice by transfer. Their IBAN is [[IBAN_CODE|FR58 2004 1010 0505 0001 3M02 784]]. Write the payment reference line for invoice INV-2291.",
    "Please write a very short text to [[PERSON|Rose]] saying the code for the smart safe is [[PASSWORD|882014]].",
    "Write a thank-you note to [[PERSON|Florian Achterhof]] for fixing our mesh network; send it to [[EMAIL_ADDRESS|f.achterhof@kpnmail.nl]].",
    "My father-in-law [[PERSON|Eberhard Kühn]] pasted this from his banking app settings: Login ID [[ID_NUMBER|EKuehn1949]], Device PIN [[PASSWORD|19491]], Trusted phone [[PHONE_NUMBER|030 23125 688]]. Which of these should he never tell a caller?",
    "Please plan a 20-minute call with [[PERSON|Marguerite]] to set up Face ID on her new phone, then remind her to change the passcode from [[PASSWORD|111111]].",
    "Draft a handover email: the office printer admin password is [[PASSWORD|Toner&Tray-665]], and [[PERSON|Obinna Chukwu]] ([[PHONE_NUMBER|(647) 555-0192]]) is the backup contact.",
    "[[PERSON|Valérie]] wants the Google Home to stop answering the kids. Write simple steps for her, and mention the household account [[EMAIL_ADDRESS|maison.bertrand@gmail.com]].",
]

# 100 records in the style of synthetic PII benchmark datasets.
RECORDS = [
    # --- prose sentences ---
    "[[PERSON|Henrietta Cole]] lives at [[STREET_ADDRESS|88 Juniper Street, Portland, OR 97205]] and can be reached at [[PHONE_NUMBER|(503) 555-0147]].",
    "Please send the replacement modem to [[PERSON|Kofi Mensah]] at [[STREET_ADDRESS|21 Ring Road East, Accra]].",
    "The account belonging to [[PERSON|Jae-won Park]] was registered with [[EMAIL_ADDRESS|jaewon.park@daum.net]].",
    "[[PERSON|Lucía Fernández Ortega]] paid with the card [[CREDIT_CARD|5354 0291 8476 6129]] on her last visit.",
    "My name is [[PERSON|Ingrid Solberg]] and my phone number is [[PHONE_NUMBER|+47 912 48 330]].",
    "[[PERSON|Dev Malhotra]]'s IP address was logged as [[IP_ADDRESS|198.51.100.142]] during checkout.",
    "Contact [[PERSON|Beatriz Lobo]] at [[EMAIL_ADDRESS|bia.lobo@sapo.pt]] or [[PHONE_NUMBER|+351 912 408 337]] about the refund.",
    "[[PERSON|Aleksander Nowicki]] moved to [[STREET_ADDRESS|ul. Kwiatowa 17/4, 02-591 Warszawa]] last spring.",
    "The refund for [[PERSON|Mireille Toussaint]] goes to [[IBAN_CODE|BE95 0634 5892 1774]].",
    "[[PERSON|Callum Fraser]] was born in Inverness and now works from [[STREET_ADDRESS|3 Canal Walk, Manchester M1 3LA]].",
    "We shipped the smart speaker to [[PERSON|Yuki Morimoto]] at [[STREET_ADDRESS|2-14-7 Shimokitazawa, Setagaya-ku, Tokyo 155-0031]].",
    "[[PERSON|Estelle Varga]] uses the password [[PASSWORD|Paprika&Danube88]] for everything, which is risky.",
    "Driver licence [[ID_NUMBER|D5127-40918-3361]] belongs to [[PERSON|Orlando Whitfield]].",
    "[[PERSON|Nasrin Karimi]] can be emailed at [[EMAIL_ADDRESS|nasrin.karimi@chmail.ir]] after six.",
    "The technician, [[PERSON|Paulo Tuilagi]], left his number: [[PHONE_NUMBER|+64 27 503 8814]].",
    "[[PERSON|Greta Lindahl]]'s passport number is [[ID_NUMBER|SE8827314]] and it expires next year.",
    "Our records show [[PERSON|Ahmed Benali]] paid into [[IBAN_CODE|ES77 2100 0418 4702 0038 6621]].",
    "[[PERSON|Imogen Ashcroft]] asked that post go to [[STREET_ADDRESS|The Old Forge, Church Lane, Ambleside LA22 9DH]] instead.",
    "Card [[CREDIT_CARD|4488 1209 3375 6149]] was used by [[PERSON|Terrence Boateng]] at 21:14.",
    "[[PERSON|Valentina Russo]] lives at [[STREET_ADDRESS|Via dei Mille 44, 80121 Napoli]] with her two cats.",
    "I am [[PERSON|Chukwuemeka Eze]], SSN [[US_SSN|527-63-1849]], and I am writing about my tax refund.",
    "[[PERSON|Parisa]] from accounts can be reached on extension 4418 or [[EMAIL_ADDRESS|parisa.j@northwind-supply.com]].",
    "[[PERSON|Willem Jansen]] gave [[PHONE_NUMBER|+31 6 4820 1937]] as his daytime number.",
    "The parcel for [[PERSON|Mercy Achieng]] is waiting at [[STREET_ADDRESS|Ngong Road, Plot 22, Nairobi 00100]].",
    "[[PERSON|Anton Kuznetsov]]'s login is [[ID_NUMBER|akuznetsov]] and his last IP was [[IP_ADDRESS|203.0.113.201]].",
    # --- labelled profile lines ---
    "Name: [[PERSON|Marisol Quintero]] | Email: [[EMAIL_ADDRESS|marisol.q@yahoo.com.mx]] | Phone: [[PHONE_NUMBER|+52 55 4128 9037]]",
    "Customer: [[PERSON|Gideon Abramowitz]]; Customer No.: [[ID_NUMBER|CN-3318402]]; Address: [[STREET_ADDRESS|410 West 86th Street, Apt 5C, New York, NY 10024]]",
    "Full name: [[PERSON|Ngaire Poutama]]  Mobile: [[PHONE_NUMBER|021 558 9034]]  Email: [[EMAIL_ADDRESS|ngaire.p@xtra.co.nz]]",
    "Patient: [[PERSON|Ruairí Gallagher]] / Patient ID: [[ID_NUMBER|PID-0091847]] / NHS: [[ID_NUMBER|715 039 2806]]",
    "Employee: [[PERSON|Sunita Krishnamurthy]], Employee ID: [[ID_NUMBER|EMP-77102]], Email: [[EMAIL_ADDRESS|sunita.k@halcyon-labs.com]]",
    "Policyholder [[PERSON|Oswaldo Pineda]] - Policy [[ID_NUMBER|AUT-55810293]] - Phone [[PHONE_NUMBER|(210) 555-0134]]",
    "Username: [[ID_NUMBER|moonlit_marguerite]] Password: [[PASSWORD|Lilac!Rain_205]] Owner: [[PERSON|Marguerite Duval]]",
    "Cardholder: [[PERSON|Ewa Zielińska]] Card: [[CREDIT_CARD|4027 1938 6650 2812]] Billing: [[STREET_ADDRESS|ul. Długa 8, 80-827 Gdańsk]]",
    "Name - [[PERSON|Tariq Al-Mansouri]]; Phone - [[PHONE_NUMBER|+971 50 318 4427]]; Email - [[EMAIL_ADDRESS|tariq.mansouri@eim.ae]]",
    "Member: [[PERSON|Bridget O'Halloran]]; Member number: [[ID_NUMBER|M-00471953]]; PIN: [[PASSWORD|8023]]",
    "Account holder: [[PERSON|Lorenz Huber]] / IBAN: [[IBAN_CODE|AT38 1420 0260 7143 8290]]",
    "Contact: [[PERSON|Xochitl Ramírez]], [[EMAIL_ADDRESS|xochitl.rmz@gmail.com]]",
    "Resident: [[PERSON|Hamza Qureshi]]; Flat: [[STREET_ADDRESS|Flat 12, Tanner House, 7 Mill Road, Cambridge CB1 2AZ]]; Gate code: [[PASSWORD|3571]]",
    "Name: [[PERSON|Elif Yıldırım]]; Phone: [[PHONE_NUMBER|+90 532 418 2076]]; Email: [[EMAIL_ADDRESS|elif.yildirim@ttmail.com]]",
    "Subscriber: [[PERSON|Dominic Achterberg]]  Account: [[ID_NUMBER|STR-4409128]]  Email: [[EMAIL_ADDRESS|dom.achterberg@ziggo.nl]]",
    "Student: [[PERSON|Aisling Brennan]] - Wi-Fi voucher: [[PASSWORD|W7K2-QP4M]]",
    "Owner: [[PERSON|Raimundo Cavalcanti]] | Phone: [[PHONE_NUMBER|+55 21 98834 2017]] | CPF: [[ID_NUMBER|274.516.308-62]]",
    "Applicant: [[PERSON|Hye-jin Seo]]; Email: [[EMAIL_ADDRESS|hyejin.seo@kakao.com]]; Phone: [[PHONE_NUMBER|010-4829-3315]]",
    "Tenant: [[PERSON|Matteo Colombo]], Address: [[STREET_ADDRESS|Corso Buenos Aires 61, 20124 Milano]], Alarm code: [[PASSWORD|19470]]",
    "Name: [[PERSON|Olamide Fashola]]  NIN: [[ID_NUMBER|50392817465]]  Mobile: [[PHONE_NUMBER|+234 803 417 2290]]",
    # --- form rows ---
    "first_name=[[PERSON|Cormac]], last_name=[[PERSON|Dunleavy]], email=[[EMAIL_ADDRESS|cormac.dunleavy@eircom.net]], phone=[[PHONE_NUMBER|+353 86 771 4302]]",
    "[[PERSON|Priscilla Mbatha]], [[STREET_ADDRESS|17 Jacaranda Avenue, Sandton, Johannesburg 2196]], [[PHONE_NUMBER|+27 82 514 3069]]",
    "Row 14: [[PERSON|Florin Popescu]] | [[EMAIL_ADDRESS|florin.popescu@yahoo.ro]] | [[IP_ADDRESS|192.0.2.219]] | signup complete",
    "name,email,card / [[PERSON|Abigail Thorne]],[[EMAIL_ADDRESS|abi.thorne@icloud.com]],[[CREDIT_CARD|5460 1377 5829 0433]]",
    "Order form - Ship to: [[PERSON|Benedikt Schröder]], [[STREET_ADDRESS|Lindenstraße 23, 10969 Berlin]]; Tel: [[PHONE_NUMBER|030 23125 417]]",
    "Signup: [[PERSON|Camille Laurent]], [[EMAIL_ADDRESS|camille.laurent@orange.fr]], [[PHONE_NUMBER|06 39 98 42 17]]",
    "Booking for [[PERSON|Sanjay Chaturvedi]]; contact [[PHONE_NUMBER|+91 99201 48736]]; Aadhaar [[ID_NUMBER|4871 2093 6110]]",
    "Registration | [[PERSON|Noa Ben-David]] | [[EMAIL_ADDRESS|noa.bendavid@gmail.com]] | [[PASSWORD|Negev_Stars_31]]",
    "Return request: [[PERSON|Harriet Okoro]], [[STREET_ADDRESS|9 Bellevue Terrace, Edinburgh EH7 4DT]], [[EMAIL_ADDRESS|harriet.okoro@gmail.com]]",
    "Warranty claim: [[PERSON|Joaquín Vidal]], serial HX-40291, [[PHONE_NUMBER|+34 699 210 448]]",
    "Direct debit mandate: [[PERSON|Sophie Gruber]], [[IBAN_CODE|CH21 0023 5233 7219 6401 Z]]",
    "Repair slip - [[PERSON|Ilya Morozov]] - [[PHONE_NUMBER|07700 900 139]] - unlock code [[PASSWORD|1493]] - screen replacement",
    "Volunteer list: [[PERSON|Faith Oduya]], [[EMAIL_ADDRESS|faith.oduya@outlook.com]], available weekends",
    "Visitor log: [[PERSON|Stanisław Górski]] signed in, badge 44, phone [[PHONE_NUMBER|+48 601 337 482]]",
    "Enrolment: [[PERSON|Mthunzi Zulu]]; student email [[EMAIL_ADDRESS|mthunzi.zulu@students.wits.example]]; password [[PASSWORD|Baobab#Wits22]]",
    # --- JSON fragments ---
    '{"name": "[[PERSON|Clara Weiß]]", "email": "[[EMAIL_ADDRESS|clara.weiss@gmx.de]]", "tax_id": "[[ID_NUMBER|71932580415]]"}',
    '{"user": "[[ID_NUMBER|dtrinh88]]", "full_name": "[[PERSON|Trịnh Văn Đức]]", "last_ip": "[[IP_ADDRESS|198.51.100.61]]"}',
    '{"customer": {"name": "[[PERSON|Aditi Deshpande]]", "phone": "[[PHONE_NUMBER|+91 90040 27518]]", "card": "[[CREDIT_CARD|4147362088519301]]"}}',
    '{"owner": "[[PERSON|Rhys Llewellyn]]", "address": "[[STREET_ADDRESS|23 Heol y Bont, Cardiff CF10 1EP]]"}',
    '{"patient_name": "[[PERSON|Margarida Sousa]]", "nif": "[[ID_NUMBER|258413700]]", "phone": "[[PHONE_NUMBER|+351 932 180 446]]"}',
    '{"contact": "[[PERSON|Bongani Nkosi]]", "email": "[[EMAIL_ADDRESS|bongani.nkosi@telkomsa.net]]"}',
    '{"name": "[[PERSON|Leopold Fischbach]]", "iban": "[[IBAN_CODE|DK5830002051738094]]", "phone": "[[PHONE_NUMBER|+45 31 48 20 97]]"}',
    '{"device_owner": "[[PERSON|Maya Rosenthal]]", "api_key": "[[API_KEY|sg_9Jk2LmX8pQ4rT7vW1yZ3bN6c]]"}',
    '{"applicant": "[[PERSON|Enzo Moretti]]", "codice_fiscale": "[[ID_NUMBER|MRTNZE90T15F205F]]", "email": "[[EMAIL_ADDRESS|enzo.moretti@libero.it]]"}',
    '{"full_name": "[[PERSON|Ayodele Bankole]]", "ssn": "[[US_SSN|412-58-7736]]", "dob": "1983-04-19"}',
    '{"name": "[[PERSON|Shira Katz]]", "address": "[[STREET_ADDRESS|14 Rothschild Blvd, Tel Aviv 6688119]]", "phone": "[[PHONE_NUMBER|+972 52 418 3309]]"}',
    '{"login": "[[EMAIL_ADDRESS|kai.lindgren@telia.se]]", "name": "[[PERSON|Kai Lindgren]]", "password": "[[PASSWORD|Fjord&Moose2020]]"}',
    # --- log lines ---
    "2024-02-11 08:41:07 INFO login ok user=[[ID_NUMBER|gbianchi]] name=[[PERSON|Giorgio Bianchi]] src=[[IP_ADDRESS|203.0.113.58]]",
    "[auth] failed password for [[EMAIL_ADDRESS|lwong@harborview-dental.com]] ([[PERSON|Lydia Wong]]) from [[IP_ADDRESS|198.51.100.9]]",
    "WARN 2023-11-30T22:15:44Z reset link sent to [[EMAIL_ADDRESS|mateja.kovac@t-com.hr]] for [[PERSON|Mateja Kovač]]",
    "sms-gateway: OTP [[PASSWORD|552 907]] delivered to [[PHONE_NUMBER|+61 491 570 663]] for [[PERSON|Jarrah Whitlam]]",
    "audit: [[PERSON|Reuben Castellanos]] changed mailing address to [[STREET_ADDRESS|77 Calle Ocho, Miami, FL 33135]]",
    "DEBUG payment token [[API_KEY|pk_live_7Hs2Kd9Qm4Wx1Zt6Rb3Lp8Ny]] created for [[PERSON|Amelia Hartigan]]",
    "router.log: new device 'Phone-of-[[PERSON|Ezekiel]]' joined at [[IP_ADDRESS|2001:db8:17::4c]]",
    "ERROR vpn: cert mismatch for employee [[ID_NUMBER|E-661204]] ([[PERSON|Wiremu Tane]]) at [[IP_ADDRESS|192.0.2.77]]",
    "INFO call back requested by [[PERSON|Giovanna Ferraz]] on [[PHONE_NUMBER|+55 11 97415 3082]]",
    "security: 2FA disabled on account [[ID_NUMBER|ACC-90417735]] owned by [[PERSON|Harlan Pike]]",
    # --- letters and notes ---
    "Dear Ms. [[PERSON|Okafor-Reid]], your new router will be delivered to [[STREET_ADDRESS|31 Elm Grove, Southsea PO5 1JF]] on Monday.",
    "Hi [[PERSON|Paddy]], the spare key box code is [[PASSWORD|2718]], see you Sunday.",
    "Dear Mr. [[PERSON|Sørensen]], we have updated your email to [[EMAIL_ADDRESS|jens.sorensen@mail.dk]] as requested.",
    "To whom it may concern, I, [[PERSON|Ana Paula Rezende]], authorise payment from [[IBAN_CODE|PT87 0035 0097 0000 5612 4718 3]].",
    "Dear Dr. [[PERSON|Lindiwe Khumalo]], your patient portal number is [[ID_NUMBER|PP-5520813]]; please log in to view results.",
    "Hello [[PERSON|Basil]], your temporary password is [[PASSWORD|Tmp-7Kq9-Zr2w]]; change it at first login.",
    "Dear Mrs. [[PERSON|Vasquez]], our technician will call [[PHONE_NUMBER|(702) 555-0118]] before visiting.",
    "Thank you, [[PERSON|Björn Håkansson]]. Your refund to [[IBAN_CODE|SE29 5000 0000 0583 9714 5261]] is on its way.",
    "Dear [[PERSON|Pavel Novák]], please confirm that [[EMAIL_ADDRESS|pavel.novak@seznam.cz]] is still your address.",
    "Hi [[PERSON|Autumn]], I left the Wi-Fi password on the fridge: [[PASSWORD|Maple-Cabin-904]]. Love, Mum",
    "Dear Mr. [[PERSON|Tshabalala]], your account [[ID_NUMBER|SA-2094471]] has been reactivated.",
    "Dear [[PERSON|Keziah Mwangi]], your new SIM will be posted to [[STREET_ADDRESS|House 14, Kindaruma Road, Kilimani, Nairobi]].",
    "Hi [[PERSON|Chen Jiahui]], your IT ticket is closed; your laptop is registered to employee [[ID_NUMBER|SG-30918]].",
    "[[PERSON|Seamus Byrne]] asked to be called back on [[PHONE_NUMBER|07700 900 584]] about his broadband.",
    "Dear Sra. [[PERSON|Montserrat Puig]], hemos recibido su solicitud; su número de cliente es [[ID_NUMBER|CLI-4471902]].",
    "[[PERSON|Thandiwe Moyo]] said her home Wi-Fi password is [[PASSWORD|Zambezi-Falls-77]] and her router sits at [[IP_ADDRESS|192.0.2.150]].",
    "Insured: [[PERSON|Lachlan Brody]] | Policy no. [[ID_NUMBER|HC-30019584]] | Medicare-linked mobile [[PHONE_NUMBER|+61 491 570 917]]",
    "Hello [[PERSON|Esperanza Villanueva]], we have sent your new bank card ending 7712 to [[STREET_ADDRESS|Avenida Reforma 228, Col. Juárez, 06600 Ciudad de México]].",
]

# 25 MT-Bench and Vicuna style prompts.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that public libraries should lend out tools as well as books.",
    "Compose a haiku sequence about a router blinking in the dark.",
    "Imagine you are Sherlock Holmes investigating why a smart fridge ordered forty cartons of milk. Narrate your deduction.",
    "Explain the difference between symmetric and asymmetric encryption to a twelve-year-old.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its complexity.",
    "If a train leaves at noon travelling at 80 km/h and another leaves an hour later at 100 km/h on the same track, when does the second catch up?",
    "Role-play as Ada Lovelace explaining the Analytical Engine to a modern software engineer.",
    "Draft a two-paragraph product description for a solar-powered phone charger.",
    "What are the pros and cons of using a mesh Wi-Fi system compared with a single router and extenders?",
    "Write a short dialogue between Hamlet and a voice assistant that keeps misunderstanding him.",
    "Give three arguments for and three against a four-day work week.",
    "Explain how public-key certificates let a browser trust a website.",
    "Write a SQL query that finds the top five customers by total order value from tables orders and customers.",
    "Describe the water cycle as if you were a drop of water.",
    "Which is heavier, a kilogram of feathers or a kilogram of steel? Explain the trick in the question.",
    "Pretend you are Captain Nemo writing a log entry about discovering an underwater cable.",
    "Summarise the causes of the French Revolution in five bullet points.",
    "Explain what a race condition is and give a small example in JavaScript.",
    "Write a limerick about a cat who learns to use a touchscreen.",
    "How did Marie Curie's work change the treatment of cancer?",
    "Outline a beginner's two-week plan for learning the basics of Linux on the command line.",
    "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much is the ball? Show your reasoning.",
    "Write a formal email template for asking a manager for feedback on a project, with blanks for the details.",
    "Compare the leadership styles of Julius Caesar and Napoleon Bonaparte in a short essay.",
    "Explain the Monty Hall problem and why switching doors is the better strategy.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Tobin buys 3 phone cases at 12 dollars each and a charger for 18 dollars. How much does he spend in total?",
    "Marisa's tablet battery drops 15 percent every hour of video. If she starts at 90 percent, how many full hours can she watch before it reaches 30 percent?",
    "A router costs 140 dollars. Ellery gets a 25 percent discount. How much does he pay?",
    "Quinn downloads a 6 GB game at 50 MB per second. How many seconds does it take, using 1 GB = 1000 MB?",
    "Leona has 48 photos. She deletes a quarter of them and then takes 10 more. How many photos does she have now?",
    "Three friends split a streaming subscription of 17.97 dollars a month equally. How much does each pay per year?",
    "Jasper walks 2.5 km to school and back every weekday. How far does he walk in four weeks?",
    "A smart bulb uses 9 watts. Odette leaves 6 bulbs on for 5 hours a day. How many kilowatt-hours do they use in 30 days?",
    "Rudi reads 24 pages on Monday and twice as many on Tuesday. The book has 150 pages. How many pages are left?",
    "Pia saves 35 dollars a week for a laptop that costs 840 dollars. How many weeks does she need?",
    "A bakery sells muffins at 3 for 5 dollars. Hollis buys 12 muffins. How much does he pay?",
    "Saskia's phone plan costs 20 dollars plus 0.05 dollars per text. She sends 340 texts. What is her bill?",
    "A class of 28 students is split into teams of 4. Each team needs 2 laptops. How many laptops are needed?",
    "Bram has 5 more stickers than Ines. Together they have 37. How many stickers does Bram have?",
    "An online course has 42 videos of 8 minutes each. Corin watches 6 videos a day. How many days until he finishes, and how many minutes is the whole course?",
    "Mila fills a 2-litre jug from a tap running at 250 millilitres per 10 seconds. How long does it take?",
    "A printer prints 18 pages per minute. Dario needs 450 pages. How many minutes will it take?",
    "Tamsin bought a phone for 600 dollars and sold it a year later for 45 percent less. What did she sell it for?",
    "Fenn plants 4 rows of 9 tomato plants. A quarter of them do not survive. How many survive?",
    "A cinema has 18 rows of 22 seats. 275 tickets are sold. How many seats are empty?",
    "Arlo runs 400 metres in 80 seconds. At the same pace, how long does he take to run 3 kilometres?",
    "Nadia buys 2.4 kg of apples at 3.50 dollars per kg and pays with a 20-dollar note. How much change does she get?",
    "A game costs 60 dollars and is on sale for a third off. Ottilie also pays 5 dollars shipping. What is her total?",
    "Kit's hard drive holds 2 TB. Photos take 650 GB and videos take twice as much. How much space is free, in GB, using 1 TB = 1000 GB?",
    "Every hour Selby's cloud backup uploads 1.2 GB. How many hours does a 30 GB backup take?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which protocol assigns IP addresses to devices on a local network automatically? A) DNS B) DHCP C) FTP D) SMTP",
    "Who formulated the laws of planetary motion? A) Galileo Galilei B) Tycho Brahe C) Johannes Kepler D) Isaac Newton",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which scientist is credited with the discovery of penicillin? A) Louis Pasteur B) Alexander Fleming C) Robert Koch D) Joseph Lister",
    "In binary, what is 1011 in decimal? A) 9 B) 10 C) 11 D) 13",
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "The Treaty of Westphalia (1648) ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The War of the Roses D) The Seven Years' War",
    "Which layer of the OSI model is responsible for routing? A) Physical B) Data link C) Network D) Transport",
    "What is the derivative of sin(x)? A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "Who wrote 'One Hundred Years of Solitude'? A) Jorge Luis Borges B) Gabriel García Márquez C) Pablo Neruda D) Isabel Allende",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "Which river flows through Budapest? A) Rhine B) Danube C) Elbe D) Vistula",
    "In economics, what does GDP stand for? A) Gross Domestic Product B) General Debt Position C) Government Development Plan D) Gross Direct Payment",
    "Which philosopher wrote 'The Republic'? A) Aristotle B) Socrates C) Plato D) Epicurus",
    "What is the time complexity of binary search on a sorted array? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Francium",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Leonardo da Vinci C) Michelangelo D) Donatello",
    "Which of these is a symmetric cipher? A) RSA B) AES C) Diffie-Hellman D) ECDSA",
    "What is the largest desert in the world by area? A) Sahara B) Gobi C) Antarctic D) Arabian",
    "Which amendment to the US Constitution abolished slavery? A) First B) Fifth C) Thirteenth D) Nineteenth",
    "Mitochondria are primarily responsible for: A) protein synthesis B) energy production C) cell division D) waste storage",
    "Which mathematician proved the incompleteness theorems? A) David Hilbert B) Kurt Gödel C) Alan Turing D) Bertrand Russell",
    "What does HTTPS add to HTTP? A) Compression B) Encryption with TLS C) Faster routing D) Larger packets",
    "Mount Kilimanjaro is located in which country? A) Kenya B) Uganda C) Tanzania D) Ethiopia",
    "Which unit measures electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I get headaches after long hours staring at my laptop. Could it be eye strain, and what helps?",
    "Is it normal for my wrist to tingle after a day of typing?",
    "How much screen time is reasonable for a five-year-old?",
    "My blood pressure reading was 145 over 92 this morning. Should I be worried?",
    "What are the early signs of type 2 diabetes?",
    "Can using my phone in bed really affect my sleep, and how?",
    "I've had a dry cough for three weeks with no fever. When should I see a doctor?",
    "Are blue light glasses worth buying for someone who works at a computer all day?",
    "What stretches help with neck pain from looking down at a phone?",
    "How long should I wait after eating before going for a run?",
    "Is it safe to take ibuprofen and paracetamol together for a toothache?",
    "My toddler has a temperature of 38.4 C. When does that need a doctor?",
    "What is the difference between a cold and the flu?",
    "Can stress cause stomach pain even if I eat normally?",
    "How can I tell if a mole has changed enough to get it checked?",
    "Does drinking coffee in the afternoon affect sleep quality?",
    "What vaccinations do adults usually need boosters for?",
    "I feel dizzy when I stand up quickly. What could cause that?",
    "Are smartwatch heart-rate readings accurate enough to spot an irregular rhythm?",
    "What should a first-aid kit at home contain?",
    "How much water should an adult drink in hot weather?",
    "My knee clicks when I climb stairs but doesn't hurt. Is that a concern?",
    "What are the symptoms of a concussion after a minor fall?",
    "Is it bad to crack my knuckles?",
    "How can I reduce ringing in my ears after a loud concert?",
]

NATIONAL_IDS = {
    "59302718R": dni_ok,  # Spanish DNI
    "2 84 06 75 123 418 29": nir_ok,  # French NIR
    "518.204.937-41": cpf_ok,  # Brazilian CPF
    "274.516.308-62": cpf_ok,
    "MRTGLI88C52L219R": codice_fiscale_ok,  # Italian codice fiscale
    "MRTNZE90T15F205F": codice_fiscale_ok,
    "392817408": bsn_ok,  # Dutch BSN
    "7391820M": pps_ok,  # Irish PPS number
    "58203917410": kimlik_ok,  # Turkish kimlik
    "92061103802": pesel_ok,  # Polish PESEL
    "6392 0815 7449": aadhaar_ok,  # Indian Aadhaar
    "4871 2093 6110": aadhaar_ok,
    "638 402 503": luhn_len(9),  # Canadian SIN
    "382 916 003": tfn_ok,  # Australian tax file number
    "482 917 3602": nhs_ok,  # NHS number
    "715 039 2806": nhs_ok,
    "850923-1407205": rrn_ok,  # Korean resident registration number
    "9007215083003": luhn_len(13),  # South African id
    "S7621584G": nric_ok,  # Singapore NRIC
    "5830 1749 2603": my_number_ok,  # Japanese My Number
    "56821049309": steuer_id_ok,  # German tax id
    "71932580415": steuer_id_ok,
    "258413700": nif_ok,  # Portuguese NIF
}

# Every phone must match one of these: ranges kept for fiction where the country has one,
# the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"020 ?7946 ?0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"021 \d{3} \d{4}",  # New Zealand mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|31|34|45|47|48|52|55|64|65|90|91|234|351|353|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every record names one person; most chat requests name someone or carry a secret;
    the chat requests touch every kind of value."""
    for marked in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"record without a name: {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 80 or secret < 40:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    want = {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD",
        "CREDIT_CARD", "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    }  # fmt: skip
    if want - kinds:
        raise SystemExit(f"chat: no {sorted(want - kinds)}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT).lower()
    for word in ("account", "customer", "policy", "employee", "patient"):
        if word not in plain:
            raise SystemExit(f"chat: no {word} number")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 10))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind101", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
